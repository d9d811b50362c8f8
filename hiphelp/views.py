from django.conf import settings
from django.db import connection
from django.http import HttpResponse, HttpResponseNotFound, HttpResponseRedirect, HttpResponseServerError, JsonResponse
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from conditions.models import Guide
from editorial.drafts import sees_drafts
from hiphelp.caching import check_page_storage, public_page
from hiphelp.partials import render_partial
from painmap.models import Region
from painmap.views import map_context, parse_view


@require_safe
@public_page(params=["view"])
def home(request):
    """The front door: the body map, and the guides to start from."""
    view, error = parse_view(request)
    context = {
        **map_context(list(Region.objects.for_map(drafts=sees_drafts(request))), view=view),
        "map_error": error,
        "map_base": request.path,
        "guides": Guide.objects.published().only("title", "slug", "meta_description").by_title(),
    }
    return render_partial(
        request, "home.html", context, partial="painmap/pain_map.html#pain-map", status=400 if error else 200
    )


@require_safe
def robots_txt(request):
    # The feedback steps are forms for readers, and search results lists of other pages:
    # neither is a page for search engines. The sitemap lists every page that is.
    languages = [code for code, _name in settings.LANGUAGES]
    lines = [
        "User-agent: *",
        "Allow: /",
        *(f"Disallow: /{code}/feedback/" for code in languages),
        *(f"Disallow: /{code}/search/" for code in languages),
        f"Sitemap: {settings.SITE_URL}/sitemap.xml",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


@require_safe
def favicon(request):
    """Browsers that ignore <link rel=icon> still find it (resolved per request: hashed name)."""
    return HttpResponseRedirect(static("img/favicon.svg"))


def page_not_found(request, exception):
    return HttpResponseNotFound(render_to_string("404.html", request=request))


def server_error(request):
    # No request context: whatever failed may fail again while rendering it.
    return HttpResponseServerError(render_to_string("500.html"))


@require_safe
@never_cache
def healthz(request):
    """Database and cache health for load balancers and monitors, without details."""
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            checks["database"] = cursor.fetchone() == (1,)
    except Exception:
        checks["database"] = False
    # Storing a value the size of a page, not a two-letter one: a full cache fails here.
    checks["cache"] = check_page_storage()
    healthy = all(checks.values())
    body = {"status": "ok" if healthy else "unavailable", **{k: "ok" if v else "failing" for k, v in checks.items()}}
    return JsonResponse(body, status=200 if healthy else 503)
