"""The map's demo regions: names and teasers written here, shapes drawn in demo_regions."""

from conditions.demo import TRANSLATION_MODULES, translate
from conditions.models import Guide

from .demo_regions import REGIONS
from .models import Region

# slug: (name, teaser, guide slug)
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
KNEE = {"slug": "knee", "view": Region.View.AWAY, "shape": "", "order": 99}


def load(loader):
    guides = {g.slug: g for g in Guide.objects.all()}
    for geometry in [*REGIONS, KNEE]:
        name, teaser, guide_slug = TEXT[geometry["slug"]]
        data = {**geometry, "name": name, "teaser": teaser, "guide": guides.get(guide_slug), "is_published": True}
        loader.upsert(Region, {"slug": data.pop("slug")}, data)
    for module in TRANSLATION_MODULES:
        for slug, values in getattr(module, "REGIONS", {}).items():
            translate(loader, Region.objects.get(slug=slug), module.LANGUAGE, values)
