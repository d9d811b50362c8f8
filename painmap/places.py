"""Several places on the map: reading ?places=, its one canonical form, and what the places share."""

import re

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

# As many places as the map has regions would be no choice at all; more than this and the
# guides to read are better found with a professional. It also bounds the cache: one entry
# per set of at most this many places.
MAX_PLACES = 8
# Checked before anything else: a query string of thousands of items is refused unread.
MAX_ITEMS = 40
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SLUG_LENGTH = 50


class PlacesError(ValueError):
    """?places= that cannot be shown; the message says why, in the reader's language.

    `kept` is the regions of the request that could be shown, so the reader loses no choice.
    """

    def __init__(self, message, kept=()):
        super().__init__(message)
        self.kept = list(kept)


def split_places(values):
    """The items of one or more ?places= values, in the order given (empty items dropped)."""
    items = []
    for value in values:
        items += [item.strip() for item in str(value).split(",") if item.strip()]
        if len(items) > MAX_ITEMS:
            break
    return items


def canonical_query(values):
    """The one ?places= value for these values: sorted, without repeats; None if they cannot be places."""
    items = split_places(values)
    if len(items) > MAX_ITEMS or any(len(item) > SLUG_LENGTH or not SLUG.match(item) for item in items):
        return None
    unique = sorted(set(items))
    return ",".join(unique) if len(unique) <= MAX_PLACES else None


def places_query(regions):
    """The canonical ?places= value of a set of regions."""
    return ",".join(sorted({r.slug for r in regions}))


def _shorten(text, length=40):
    return text if len(text) <= length else text[: length - 1] + "…"


def parse_places(value, regions):
    """The regions named in a ?places= value, in map order, or PlacesError saying what is wrong."""
    if not value:
        return []
    items = split_places([value])
    by_slug = {r.slug: r for r in regions}
    known = [r for r in regions if r.slug in set(items[:MAX_ITEMS])]
    if len(items) > MAX_ITEMS or len(set(items)) > MAX_PLACES:
        raise PlacesError(
            ngettext(
                "You can mark up to %(max)s place at once. Please choose fewer places.",
                "You can mark up to %(max)s places at once. Please choose fewer places.",
                MAX_PLACES,
            )
            % {"max": MAX_PLACES},
            kept=known[:MAX_PLACES],
        )
    junk = [item for item in items if len(item) > SLUG_LENGTH or not SLUG.match(item)]
    unknown = [item for item in items if item not in by_slug and item not in junk]
    if junk or unknown:
        names = ", ".join(f"“{_shorten(item)}”" for item in dict.fromkeys(junk + unknown))
        raise PlacesError(
            _("The map has no place called %(names)s. Choose places on the map or from the list.") % {"names": names},
            kept=known,
        )
    chosen = set(items)
    return [r for r in regions if r.slug in chosen]


def shared_categories(selected):
    """The cause categories of the guides of the chosen places, those most of them share first.

    A category counts as shared by a guide when the guide lists it among its common conditions
    (its usual causes); ties go to the category in more of the guides' tabs, then to the usual
    order. Two queries whatever the number of places: the guides' published tabs with their
    categories, and the categories of their common conditions. Returns a list of {"category",
    "shared" (how many guides list it as common), "entries": [{"guide", "section", "regions", "url"}]}.
    """
    from conditions.models import CauseSection, CommonCondition

    guides = {}
    for region in selected:
        guide = region.open_guide
        if guide is not None:
            guides.setdefault(guide.pk, {"guide": guide, "regions": []})["regions"].append(region)
    if not guides:
        return []
    sections = (
        CauseSection.objects.filter(guide_id__in=guides, is_published=True)
        .select_related("category")
        .order_by("category__order", "category__pk", "guide_id")
    )
    by_category = {}
    for section in sections:
        entry = guides[section.guide_id]
        section.guide = entry["guide"]  # its URL needs the guide's slug: no query per tab
        sides = {r.side for r in entry["regions"]}
        side = sides.pop() if len(sides) == 1 else ""
        url = section.get_absolute_url() + (f"?side={side}" if side else "")
        item = by_category.setdefault(section.category_id, {"category": section.category, "entries": []})
        item["entries"].append({"guide": entry["guide"], "section": section, "regions": entry["regions"], "url": url})
    common = {}
    for guide_id, category_id in CommonCondition.objects.filter(guide_id__in=guides).values_list(
        "guide_id", "category_id"
    ):
        common.setdefault(category_id, set()).add(guide_id)
    for category_id, item in by_category.items():
        item["shared"] = len(common.get(category_id, set()) & {e["guide"].pk for e in item["entries"]})
    return sorted(
        by_category.values(),
        key=lambda c: (-c["shared"], -len(c["entries"]), c["category"].order, c["category"].pk),
    )


def guide_url(region):
    """The region's guide, saying which side was chosen ("Your right upper buttock")."""
    guide = region.open_guide
    if guide is None:
        return None
    return guide.get_absolute_url() + (f"?side={region.side}" if region.side else "")
