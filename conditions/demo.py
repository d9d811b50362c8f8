"""Loading the demo content: create what is missing, keep what editors changed.

`reset=True` puts the demo text back on objects that exist.
"""

import datetime

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from . import demo_care, demo_content, demo_guides_back, demo_guides_front, demo_guides_painmap, demo_reading
from .demo_i18n import ar, vi, zh_hans
from .models import (
    Article,
    CareCard,
    CauseCategory,
    CauseSection,
    CommonCondition,
    Condition,
    Figure,
    Guide,
    RedFlag,
    Resource,
    Snippet,
)

GUIDE_MODULES = (demo_content, demo_guides_front, demo_guides_back, demo_guides_painmap)
TRANSLATION_MODULES = (zh_hans, ar, vi)


class Loader:
    def __init__(self, *, reset=False):
        self.reset = reset
        self.created = 0

    def upsert(self, model, lookup, data):
        """Create the object if missing; with reset, also restore its demo values."""
        fields = {k: v for k, v in data.items() if k not in lookup and not isinstance(v, list)}
        obj = model.objects.filter(**lookup).first()
        if obj is None:
            obj = model(**lookup, **fields)
            obj.full_clean()
            obj.save()
            self.created += 1
        elif self.reset:
            for name, value in fields.items():
                setattr(obj, name, value)
            obj.full_clean()
            obj.save()
        return obj


def translate(loader, obj, language, values):
    """Fill an object's columns in one language: empty ones, or all with reset."""
    changed = False
    for field, value in values.items():
        column = f"{field}_{language}"
        if loader.reset or not getattr(obj, column):
            setattr(obj, column, value)
            changed = True
    if changed:
        obj.save()


def load_translations(loader):
    """Demo translations, each module one language (see conditions/demo_i18n/)."""
    for module in TRANSLATION_MODULES:
        lang = module.LANGUAGE
        for slug, values in getattr(module, "SNIPPETS", {}).items():
            translate(loader, Snippet.objects.get(slug=slug), lang, values)
        for slug, values in getattr(module, "CATEGORIES", {}).items():
            translate(loader, CauseCategory.objects.get(slug=slug), lang, values)
        for slug, data in getattr(module, "GUIDES", {}).items():
            guide = Guide.objects.get(slug=slug)
            plain = {k: v for k, v in data.items() if isinstance(v, str)}
            translate(loader, guide, lang, plain)
            for item, values in zip(guide.common_conditions.all(), data.get("common_conditions", []), strict=False):
                translate(loader, item, lang, values)
            for category, values in data.get("sections", {}).items():
                section = guide.sections.get(category__slug=category)
                translate(loader, section, lang, {k: v for k, v in values.items() if k != "figures"})
                for number, figure_values in values.get("figures", {}).items():
                    translate(loader, section.figures.get(number=number), lang, figure_values)
        for slug, values in getattr(module, "CONDITIONS", {}).items():
            translate(loader, Condition.objects.get(slug=slug), lang, values)
        for slug, values in getattr(module, "RED_FLAGS", {}).items():
            translate(loader, RedFlag.objects.get(slug=slug), lang, values)
        for model, name in ((Article, "ARTICLES"), (Resource, "RESOURCES")):
            for slug, values in getattr(module, name, {}).items():
                translate(loader, model.objects.get(slug=slug), lang, values)
        for slug, levels in getattr(module, "CARE_CARDS", {}).items():
            for level, values in levels.items():
                translate(loader, CareCard.objects.get(guide__slug=slug, level=level), lang, values)


def load(loader):
    for data in demo_content.SNIPPETS:
        loader.upsert(Snippet, {"slug": data["slug"]}, data)
    categories = {
        data["slug"]: loader.upsert(CauseCategory, {"slug": data["slug"]}, data) for data in demo_content.CATEGORIES
    }
    for module in GUIDE_MODULES:
        for data in module.GUIDES:
            load_guide(loader, data, categories)
    load_care_cards(loader)
    load_reading(loader)
    load_translations(loader)


def load_care_cards(loader):
    """The shared warning signs, then each guide's cards listing them (see conditions/demo_care.py)."""
    flags = {data["slug"]: loader.upsert(RedFlag, {"slug": data["slug"]}, data) for data in demo_care.RED_FLAGS}
    for slug, levels in demo_care.CARDS.items():
        guide = Guide.objects.get(slug=slug)
        for order, level in enumerate(CareCard.Level, start=1):
            if level not in levels:
                continue
            created = loader.created
            fields = {"order": order, "symptoms": levels.get(f"{level}_symptoms", ""), "awaiting_review": True}
            card = loader.upsert(CareCard, {"guide": guide, "level": level}, fields)
            # The signs a card lists are the editors' once it exists: set on creation or reset only.
            if loader.created > created or loader.reset:
                card.red_flags.set([flags[flag] for flag in levels[level]])


def load_guide(loader, data, categories):
    today = datetime.date.today()
    fields = {k: v for k, v in data.items() if not isinstance(v, list)}
    fields["snippet"] = Snippet.objects.get(slug=data["snippet"]) if data.get("snippet") else None
    fields.setdefault("is_published", True)  # the demo is live; new guides start as drafts
    if not data.get("awaiting_review"):
        fields.setdefault("last_reviewed", today)
        fields.setdefault("next_review", today.replace(year=today.year + 1, day=1))
    guide = loader.upsert(Guide, {"slug": data["slug"]}, fields)
    for order, item in enumerate(data["common_conditions"], start=1):
        item = {**item, "category": categories[item["category"]], "order": order}
        loader.upsert(CommonCondition, {"guide": guide, "text": item.pop("text")}, item)
    sections = {}
    for item in data["sections"]:
        category = categories[item["category"]]
        fields = {"is_published": True, **{k: v for k, v in item.items() if k != "category"}}
        section = loader.upsert(CauseSection, {"guide": guide, "category": category}, fields)
        sections[item["category"]] = section
        for order, figure in enumerate(item.get("figures", []), start=1):
            figure = {"order": order, **figure}
            loader.upsert(Figure, {"section": section, "number": figure.pop("number")}, figure)
    for item in data.get("conditions", []):
        item = {**item, "section": sections.get(item["category"])}
        item.pop("category")
        loader.upsert(Condition, {"slug": item.pop("slug")}, item)


def load_reading(loader):
    """The articles and resources the seed lists (see conditions/demo_reading.py), related to their guides."""
    for model, items in ((Article, demo_reading.ARTICLES), (Resource, demo_reading.RESOURCES)):
        for data in items:
            fields = {k: v for k, v in data.items() if k not in ("guides", "file_name")}
            fields.setdefault("is_published", True)
            fields.setdefault("awaiting_review", True)
            if data.get("file_name"):
                fields["file"] = demo_file(data["file_name"], reset=loader.reset)
                fields["file_size"] = default_storage.size(data["file_name"])
            created = loader.created
            obj = loader.upsert(model, {"slug": data["slug"]}, fields)
            # The guides it is listed on are the editors' once it exists: set on creation or reset only.
            if loader.created > created or loader.reset:
                obj.related_guides.set(Guide.objects.filter(slug__in=data["guides"]))


def demo_file(name, *, reset=False):
    """The demo's printable PDF in the media storage, made by WeasyPrint when missing (or with reset)."""
    if reset or not default_storage.exists(name):
        import logging

        from .pdf import html_to_pdf  # WeasyPrint is heavy to import: only when the file is made

        logging.getLogger("weasyprint.progress").setLevel(logging.ERROR)  # "Step 2 - …" lines: not news

        pdf = html_to_pdf(demo_reading.KEY_POINTS_HTML, base_url="http://localhost/")
        if default_storage.exists(name):
            default_storage.delete(name)
        saved = default_storage.save(name, ContentFile(pdf))
        if saved != name:
            raise RuntimeError(f"The demo PDF was stored as {saved}, not {name}.")
    return name
