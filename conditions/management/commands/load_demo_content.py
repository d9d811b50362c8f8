"""Load the demo guides. Safe to run again: what exists is left as editors made it,
unless --reset asks for the demo text back."""

import datetime

from django.core.management.base import BaseCommand
from django.db import transaction

from conditions import demo_content
from conditions.models import CauseCategory, CauseSection, CommonCondition, Condition, Figure, Guide, Snippet


class Command(BaseCommand):
    help = "Load the demo guides, tabs, figures, snippets and conditions (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--reset", action="store_true", help="Overwrite demo objects with the demo text.")

    @transaction.atomic
    def handle(self, *args, reset=False, **options):
        self.reset = reset
        self.created = 0
        for data in demo_content.SNIPPETS:
            self.upsert(Snippet, {"slug": data["slug"]}, data)
        categories = {}
        for data in demo_content.CATEGORIES:
            categories[data["slug"]] = self.upsert(CauseCategory, {"slug": data["slug"]}, data)
        for data in demo_content.GUIDES:
            self.load_guide(data, categories)
        if options["verbosity"]:
            self.stdout.write(f"Demo content: {self.created} object(s) created.")

    def upsert(self, model, lookup, data):
        """Create the object if missing; with --reset, also restore its demo values."""
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

    def load_guide(self, data, categories):
        today = datetime.date.today()
        fields = {k: v for k, v in data.items() if not isinstance(v, list)}
        fields["snippet"] = Snippet.objects.get(slug=data["snippet"]) if data.get("snippet") else None
        fields.setdefault("last_reviewed", today)
        fields.setdefault("next_review", today.replace(year=today.year + 1, day=1))
        guide = self.upsert(Guide, {"slug": data["slug"]}, fields)
        for order, item in enumerate(data["common_conditions"], start=1):
            item = {**item, "category": categories[item["category"]], "order": order}
            self.upsert(CommonCondition, {"guide": guide, "text": item.pop("text")}, item)
        sections = {}
        for item in data["sections"]:
            category = categories[item["category"]]
            section = self.upsert(
                CauseSection, {"guide": guide, "category": category}, {k: v for k, v in item.items() if k != "category"}
            )
            sections[item["category"]] = section
            for order, figure in enumerate(item.get("figures", []), start=1):
                figure = {"order": order, **figure}
                self.upsert(Figure, {"section": section, "number": figure.pop("number")}, figure)
        for item in data.get("conditions", []):
            item = {**item, "section": sections.get(item["category"])}
            item.pop("category")
            self.upsert(Condition, {"slug": item.pop("slug")}, item)
