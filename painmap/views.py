from urllib.parse import urlencode

from django.http import Http404, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from editorial.drafts import sees_drafts
from hiphelp.caching import public_page
from hiphelp.partials import render_partial
from hiphelp.translation_status import translated_languages

from .models import Region
from .outlines import FIGURE_BOX, OUTLINES
from .places import MAX_PLACES, PlacesError, canonical_query, parse_places, places_query, shared_categories

# Views drawn as a body; regions "further away" are plain links under the map.
VIEWS = [Region.View.FRONT, Region.View.BACK, Region.View.SIDE]
# Which way round each view is, for the "Right" and "Left" marks: the person's own sides.
VIEW_SIDES = {
    Region.View.FRONT: ("right", "left"),
    Region.View.BACK: ("left", "right"),
    Region.View.SIDE: ("right", "left"),
}


def map_url(base, *, view=None, places=()):
    """The map's address with a view and a set of places, in the one canonical form."""
    query = []
    if places:
        query.append(("places", places_query(places)))
    if view and view != Region.View.FRONT:
        query.append(("view", view))
    return f"{base}?{urlencode(query, safe=',')}" if query else base


def map_context(regions, *, view, selected=(), base=None, shared=None):
    """What the map partial renders: the view shown, its regions, the list twin and the reader's places.

    `selected` is the regions the reader marked; each region's link toggles it in that set.
    """
    base = base or reverse("painmap:pain_map")
    by_view = {value: [r for r in regions if r.view == value] for value in Region.View.values}
    chosen = {r.slug for r in selected}
    for value in VIEWS:
        for number, region in enumerate(by_view[value], start=1):
            region.number = number
    for region in regions:
        region.is_chosen = region.slug in chosen
        toggled = [r for r in regions if (r.slug in chosen) != (r.slug == region.slug)]
        region.toggle_url = map_url(base, view=region.view if region.view in VIEWS else view, places=toggled)
    right, left = VIEW_SIDES[view]
    return {
        "map_view": view,
        "map_views": [(value, Region.View(value).label, map_url(base, view=value, places=selected)) for value in VIEWS],
        "map_regions": by_view[view],
        "map_outline": OUTLINES[view],
        "map_figure_box": " ".join(str(n) for n in FIGURE_BOX),
        "map_marks": {"start": right, "end": left},
        "regions_by_view": [(value, Region.View(value).label, by_view[value]) for value in VIEWS if by_view[value]],
        "regions_away": by_view[Region.View.AWAY],
        "selected": list(selected),
        "shared": shared if shared is not None else shared_categories(selected),
        "clear_url": map_url(base, view=view),
        "max_places": MAX_PLACES,
        "map_base": base,
        "map_form_url": base,
    }


def parse_view(request):
    """The view asked for in ?view=, or the front with a message saying why."""
    value = request.GET.get("view", Region.View.FRONT)
    if value in VIEWS:
        return value, None
    return Region.View.FRONT, _("There is no body view called “%(view)s”. Showing the front.") % {"view": value[:40]}


def canonical_redirect(request):
    """A redirect to the one address of the places asked for, when they were asked for another way.

    Several `places` values (the list's checkboxes), repeats or another order become one sorted,
    comma-separated value: each set of places has one address, and so one page in the cache.
    Decided from the query string alone, before the cache and without the database; values
    that cannot be places are left for the page to refuse.
    """
    values = request.GET.getlist("places")
    if not values:
        return None
    wanted = canonical_query(values)
    if wanted is None or (len(values) == 1 and values[0] == wanted and wanted):
        return None
    query = [("places", wanted)] if wanted else []
    if "view" in request.GET:
        query.append(("view", request.GET["view"]))
    return HttpResponseRedirect(f"{request.path}?{urlencode(query, safe=',')}" if query else request.path)


def map_page_context(request, regions, *, view):
    """The map with the reader's places from ?places=, or the message that says what was wrong."""
    try:
        selected = parse_places(request.GET.get("places"), regions)
        error = None
    except PlacesError as exc:
        selected, error = exc.kept, str(exc)
    context = map_context(regions, view=view, selected=selected, base=request.path)
    context["places_error"] = error
    return context


@require_safe
def pain_map(request):
    """The body map, one view at a time, with the places the reader marked."""
    # Before the cache: only canonical addresses reach it, so each set of places is one entry.
    return canonical_redirect(request) or _pain_map(request)


@public_page(params=["view", "places"])
def _pain_map(request):
    regions = list(Region.objects.for_map(drafts=sees_drafts(request)))
    view, error = parse_view(request)
    context = map_page_context(request, regions, view=view)
    context["map_error"] = error
    context["page_languages"] = translated_languages(*((r, "name") for r in regions))
    status = 400 if error or context["places_error"] else 200
    return render_partial(request, "painmap/pain_map.html", context, partial="pain-map", status=status)


@require_safe
@public_page
def region_detail(request, slug):
    """The map with one region chosen (or both sides of a place), its teaser and guide beside it."""
    regions = list(Region.objects.for_map(drafts=sees_drafts(request)))
    chosen = [r for r in regions if r.slug == slug] or [r for r in regions if r.side and r.place == slug]
    if not chosen:
        raise Http404("No such region.")
    view = chosen[0].view if chosen[0].view in VIEWS else Region.View.FRONT
    base = reverse("painmap:pain_map")
    context = {
        **map_context(regions, view=view, selected=chosen, base=base),
        "places_error": None,
        "canonical_url": map_url(base, places=chosen),
        "page_languages": translated_languages(
            *((r, "name") for r in regions), *((region, "teaser") for region in chosen)
        ),
    }
    return render_partial(request, "painmap/pain_map.html", context, partial="region-panel")
