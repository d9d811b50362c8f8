from django.core.cache import cache
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods
from django.views.decorators.vary import vary_on_headers

from hiphelp.caching import public_page
from hiphelp.client import client_address

from . import search as directory
from .forms import ApplicationForm, SearchForm, clean_text
from .models import Place, Professional

APPLY_LIMIT = 10  # submissions per client per hour, valid or not


@require_GET
@vary_on_headers("HX-Request")
def find_professional(request):
    """The directory: a GET form whose results update in place and whose URL can be shared."""
    form = SearchForm(request.GET or None)
    result = directory.Search()
    status = 200
    if form.is_bound:
        if form.is_valid():
            result = directory.run(form.cleaned_data)
        else:
            status = 400
    template = "professionals/find.html"
    if request.htmx and not request.htmx.history_restore_request:
        template += "#results"
    context = {"form": form, "result": result}
    if result.page:
        context["previous_url"] = page_url(request, result.page, -1)
        context["next_url"] = page_url(request, result.page, +1)
    return render(request, template, context, status=status)


def page_url(request, page, step):
    """The same search, one page before or after; None past either end."""
    number = page.number + step
    if not 1 <= number <= page.paginator.num_pages:
        return None
    query = request.GET.copy()
    query["page"] = number
    return f"{request.path}?{query.urlencode()}"


@require_GET
def place_suggestions(request):
    """Suggestions for the postcode-or-suburb box, as <option>s of its datalist."""
    text = clean_text(request.GET.get("q") or request.GET.get("where") or "")[:100]
    places = Place.objects.suggest(text) if len(text) >= 2 else []
    return render(request, "professionals/place_options.html", {"places": places})


@require_GET
@public_page
def profile(request, slug):
    professional = get_object_or_404(
        Professional.objects.listed()
        .select_related("profession")
        .prefetch_related("languages", "clinics", "interests"),
        slug=slug,
    )
    return render(request, "professionals/profile.html", {"professional": professional})


@require_http_methods(["GET", "POST"])
def apply(request):
    """A professional asks to be listed; staff review the application in admin."""
    form = ApplicationForm(request.POST or None)
    status = 200
    if request.method == "POST":
        key = f"apply-rate:{client_address(request)}"
        attempts = cache.get(key, 0)
        cache.set(key, attempts + 1, 60 * 60)
        if attempts >= APPLY_LIMIT:
            # What was typed stays in the form: nothing is lost by waiting.
            form.add_error(None, _("Too many tries from your connection. Please try again in an hour."))
            status = 429
        elif form.is_valid():
            form.save()
            return redirect("professionals:apply_thanks")
        else:
            status = 400
    return render(request, "professionals/apply.html", {"form": form}, status=status)


@require_GET
def apply_thanks(request):
    return render(request, "professionals/apply_thanks.html")
