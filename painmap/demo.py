"""The map's demo regions: names and teasers written here per place, shapes drawn in painmap/drawing.py."""

from conditions.demo import TRANSLATION_MODULES, translate
from conditions.models import Guide

from .demo_regions import REGIONS
from .models import Region

# place (the slug without its side): (name, teaser, guide slug)
TEXT = {
    "groin": (
        "Groin and front of hip",
        "Pain in the crease at the top of the thigh, often from the hip joint or the muscles around it.",
        "groin",
    ),
    "pubic": (
        "Pubic area",
        "Pain over the bone at the front of the pelvis, common in pregnancy and in kicking sports.",
        "pubic",
    ),
    "front-thigh": (
        "Front of thigh",
        "Pain down the front of the thigh, from a muscle, the hip joint or the lower back.",
        "front-thigh",
    ),
    "inner-thigh": (
        "Inner thigh",
        "Pain along the inside of the thigh, often from the groin muscles (the adductors).",
        "inner-thigh",
    ),
    "lateral-hip": (
        "Outer hip",
        "Pain over the bony point at the side of the hip, often worse when lying on that side.",
        "lateral-hip",
    ),
    "outer-thigh": ("Outer thigh", "Pain, burning or numbness down the side of the thigh.", "outer-thigh"),
    "lower-back": ("Lower back", "Back pain that may spread into the buttock, hip or leg.", "lower-back"),
    "lower-abdomen": (
        "Lower abdomen",
        "Pain low in the belly, above the groin crease, from the tummy wall, the bowel, the bladder or the pelvis.",
        "lower-abdomen",
    ),
    "tailbone": (
        "Tailbone (coccyx)",
        "Pain at the very bottom of the spine, between the buttocks, often worse when sitting.",
        "tailbone",
    ),
    "upper-buttock": (
        "Upper buttock",
        "Pain over the top of the buttock, near the dimples at the base of the spine.",
        "upper-buttock",
    ),
    "lower-buttock": (
        "Lower buttock and sitting bone",
        "Pain low in the buttock or over the bone you sit on, often worse when sitting.",
        "lower-buttock",
    ),
    "back-of-thigh": (
        "Back of thigh",
        "Pain down the back of the thigh, from the hamstrings, a nerve or the back.",
        "back-of-thigh",
    ),
    "knee": (
        "Pain further away (knee)",
        "Knee pain can come from the hip or the lower back, not only from the knee itself.",
        "knee",
    ),
}
GEOMETRY = ("view", "side", "shape", "label_x", "label_y", "anchor_x", "anchor_y", "order")
KNEE = {"slug": "knee", "view": Region.View.AWAY, "shape": "", "order": 99}
# Regions of the map before it had two sides: gone from the demo, unless an editor kept them.
RETIRED = [
    "groin",
    "front-thigh",
    "inner-thigh",
    "lateral-hip",
    "outer-thigh",
    "upper-buttock",
    "lower-buttock",
    "back-of-thigh",
]


def load(loader):
    guides = {g.slug: g for g in Guide.objects.all()}
    # A database from before the map had two sides: its one-sided demo regions make way for the
    # sided ones (deleting keeps their history, and "Recover deleted" brings one back).
    Region.objects.filter(slug__in=RETIRED, side="").delete()
    regions = {}
    for geometry in [*REGIONS, KNEE]:
        place = (
            geometry["slug"].removesuffix(f"-{geometry.get('side', '')}") if geometry.get("side") else geometry["slug"]
        )
        name, teaser, guide_slug = TEXT[place]
        data = {**geometry, "name": name, "teaser": teaser, "guide": guides.get(guide_slug), "is_published": True}
        region = loader.upsert(Region, {"slug": data.pop("slug")}, data)
        # The drawing is the site's, not an editor's: a region no editor has saved follows it
        # when it is redrawn (the middle regions of a database from before the two sides).
        drawn = {k: v for k, v in geometry.items() if k in GEOMETRY}
        if (
            any(getattr(region, k) != v for k, v in drawn.items())
            and not region.history.exclude(history_user=None).exists()
        ):
            for name, value in drawn.items():
                setattr(region, name, value)
            region.full_clean()
            region.save()
        regions[geometry["slug"]] = region
    for module in TRANSLATION_MODULES:
        # Translations are written per place and go to both its sides.
        for place, values in getattr(module, "REGIONS", {}).items():
            for region in regions.values():
                if region.place == place:
                    translate(loader, region, module.LANGUAGE, values)
