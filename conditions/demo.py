"""Loading the demo content: create what is missing, keep what editors changed.

`reset=True` puts the demo text back on objects that exist.
"""

import datetime

from . import demo_content, demo_guides_back, demo_guides_front
from .models import CauseCategory, CauseSection, CommonCondition, Condition, Figure, Guide, Snippet

GUIDE_MODULES = (demo_content, demo_guides_front, demo_guides_back)


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


def load(loader):
    for data in demo_content.SNIPPETS:
        loader.upsert(Snippet, {"slug": data["slug"]}, data)
    categories = {
        data["slug"]: loader.upsert(CauseCategory, {"slug": data["slug"]}, data) for data in demo_content.CATEGORIES
    }
    for module in GUIDE_MODULES:
        for data in module.GUIDES:
            load_guide(loader, data, categories)


def load_guide(loader, data, categories):
    today = datetime.date.today()
    fields = {k: v for k, v in data.items() if not isinstance(v, list)}
    fields["snippet"] = Snippet.objects.get(slug=data["snippet"]) if data.get("snippet") else None
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
        fields = {k: v for k, v in item.items() if k != "category"}
        section = loader.upsert(CauseSection, {"guide": guide, "category": category}, fields)
        sections[item["category"]] = section
        for order, figure in enumerate(item.get("figures", []), start=1):
            figure = {"order": order, **figure}
            loader.upsert(Figure, {"section": section, "number": figure.pop("number")}, figure)
    for item in data.get("conditions", []):
        item = {**item, "section": sections.get(item["category"])}
        item.pop("category")
        loader.upsert(Condition, {"slug": item.pop("slug")}, item)
