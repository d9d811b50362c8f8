from django.http import HttpResponse, HttpResponseNotFound, HttpResponseRedirect, HttpResponseServerError
from django.shortcuts import render
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.views.decorators.http import require_GET

from conditions.models import Guide


@require_GET
def home(request):
    """The front door: what the site is and the guides to start from."""
    guides = Guide.objects.published().only("title", "slug", "meta_description")
    return render(request, "home.html", {"guides": guides})


@require_GET
def robots_txt(request):
    return HttpResponse("User-agent: *\nAllow: /\n", content_type="text/plain")


@require_GET
def favicon(request):
    """Browsers that ignore <link rel=icon> still find it (resolved per request: hashed name)."""
    return HttpResponseRedirect(static("img/favicon.svg"))


def page_not_found(request, exception):
    return HttpResponseNotFound(render_to_string("404.html", request=request))


def server_error(request):
    # No request context: whatever failed may fail again while rendering it.
    return HttpResponseServerError(render_to_string("500.html"))
