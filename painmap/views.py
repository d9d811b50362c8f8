from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from editorial.drafts import sees_drafts
from hiphelp.caching import public_page
from hiphelp.partials import render_partial
from hiphelp.translation_status import translated_languages

from .models import Region
from .outlines import OUTLINES

# Views drawn as a body; regions "further away" are plain links under the map.
VIEWS = [Region.View.FRONT, Region.View.BACK, Region.View.SIDE]


def map_context(regions, *, view, selected=None):
    """What the map partial renders: the view shown, its regions, and all regions for the list."""
    by_view = {value: [r for r in regions if r.view == value] for value in Region.View.values}
    return {
        "map_view": view,
        "map_views": [(value, Region.View(value).label) for value in VIEWS],
        "map_regions": by_view[view],
        "map_outline": OUTLINES[view],
        "regions_by_view": [(Region.View(value).label, by_view[value]) for value in VIEWS if by_view[value]],
        "regions_away": by_view[Region.View.AWAY],
        "selected": selected,
    }


def parse_view(request):
    """The view asked for in ?view=, or the front with a message saying why."""
    value = request.GET.get("view", Region.View.FRONT)
    if value in VIEWS:
        return value, None
    return Region.View.FRONT, _("There is no body view called “%(view)s”. Showing the front.") % {"view": value[:40]}


@require_safe
@public_page(params=["view"])
def pain_map(request):
    """The body map, one view at a time."""
    view, error = parse_view(request)
    regions = list(Region.objects.for_map(drafts=sees_drafts(request)))
    context = {
        **map_context(regions, view=view),
        "map_error": error,
        "map_base": request.path,
        "page_languages": translated_languages(*((r, "name") for r in regions)),
    }
    return render_partial(request, "painmap/pain_map.html", context, partial="pain-map", status=400 if error else 200)


@require_safe
@public_page
def region_detail(request, slug):
    """The map with one region chosen, its teaser and guide beside it."""
    regions = list(Region.objects.for_map(drafts=sees_drafts(request)))
    region = next((r for r in regions if r.slug == slug), None)
    if region is None:
        raise Http404("No such region.")
    view = region.view if region.view in VIEWS else Region.View.FRONT
    context = {
        **map_context(regions, view=view, selected=region),
        "map_base": reverse("painmap:pain_map"),
        "page_languages": translated_languages(*((r, "name") for r in regions), (region, "teaser")),
    }
    return render_partial(request, "painmap/pain_map.html", context, partial="region-panel")
