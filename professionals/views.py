from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from hiphelp.caching import public_page
from hiphelp.client import over_limit
from hiphelp.partials import render_partial

from . import search as directory
from . import services
from .forms import ApplicationForm, SearchForm, clean_text
from .models import Place, Professional

APPLY_LIMIT = 10  # submissions per client per hour, valid or not
# The query parameters the directory reads (SearchForm's fields): a shared search link is
# served from the page cache; any other parameter sends the reader to the clean address.
SEARCH_PARAMS = ("where", "lat", "lng", "km", "profession", "interest", "language", "telehealth", "page")


@require_safe
@public_page(params=SEARCH_PARAMS)
def find_professional(request):
    """The directory: a GET form whose results update in place and whose URL can be shared."""
    data = None
    if request.GET:
        # A shared link without a distance searches the default one: the menu must say so too.
        data = request.GET.copy()
        data.setdefault("km", SearchForm.base_fields["km"].initial)
    form = SearchForm(data)
    result = directory.Search()
    status = 200
    if form.is_bound:
        if form.is_valid():
            result = directory.run(form.cleaned_data)
        else:
            status = 400
    context = {"form": form, "result": result}
    if form.is_bound and form.is_valid() and form.cleaned_data.get("interest"):
        # Shown above the results with a way to drop it: readers arrive from a guide with it set.
        context["interest"] = form.cleaned_data["interest"]
        context["clear_interest_url"] = url_without(request, "interest", "page")
    if result.page:
        context["previous_url"] = page_url(request, result.page, -1)
        context["next_url"] = page_url(request, result.page, +1)
    return render_partial(request, "professionals/find.html", context, partial="results", status=status)


def url_without(request, *names):
    """The same search without the named parameters."""
    query = request.GET.copy()
    for name in names:
        query.pop(name, None)
    return f"{request.path}?{query.urlencode()}" if query else request.path


def page_url(request, page, step):
    """The same search, one page before or after; None past either end."""
    number = page.number + step
    if not 1 <= number <= page.paginator.num_pages:
        return None
    query = request.GET.copy()
    query["page"] = number
    return f"{request.path}?{query.urlencode()}"


@require_safe
def place_suggestions(request):
    """Suggestions for the postcode-or-suburb box, as <option>s of its datalist."""
    text = clean_text(request.GET.get("q") or request.GET.get("where") or "")[:100]
    places = Place.objects.suggest(text) if len(text) >= 2 else []
    return render(request, "professionals/place_options.html", {"places": places})


@require_safe
@public_page
def profile(request, slug):
    professional = get_object_or_404(
        Professional.objects.listed()
        .select_related("profession")
        .prefetch_related("languages", "clinics", "interests"),
        slug=slug,
    )
    return render(request, "professionals/profile.html", {"professional": professional})


@require_http_methods(["GET", "HEAD", "POST"])
def apply(request):
    """A professional asks to be listed; staff review the application in admin."""
    form = ApplicationForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if over_limit(request, "apply", limit=APPLY_LIMIT, seconds=60 * 60):
            # What was typed stays in the form: nothing is lost by waiting.
            form.add_error(None, _("Too many tries from your connection. Please try again in an hour."))
            status = 429
        elif form.is_valid():
            services.application_submit(form=form)
            return redirect("professionals:apply_thanks")
        else:
            status = 400
    return render(request, "professionals/apply.html", {"form": form}, status=status)


@require_safe
def apply_thanks(request):
    return render(request, "professionals/apply_thanks.html")
