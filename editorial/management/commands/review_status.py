"""Every page in the clinical review cycle with its dates and state, for automation.

Tab-separated with a header, or --json (null for a missing date), on stdout; exit status 1
when any page is overdue.
"""

import json
import sys

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone, translation

from editorial.review import ReviewState, reviewed_models

COLUMNS = ("slug", "title", "last_reviewed", "next_review", "reviewer", "state", "type")


def one_line(value):
    """A value as one tab-separated cell: nothing for None, no tabs or line breaks."""
    return "" if value is None else " ".join(str(value).split())


class Command(BaseCommand):
    help = "List every guide with its review dates and state (ok, due_soon, overdue, awaiting_first_review)."

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true", help="Print a JSON list instead of tab-separated lines.")

    def handle(self, *args, **options):
        today = timezone.localdate()
        rows = []
        with translation.override(settings.LANGUAGE_CODE):
            for model in reviewed_models():
                pages = model._default_manager.select_related("reviewer").order_by("slug")
                for page in pages:
                    rows.append(
                        {
                            "slug": page.slug,
                            "title": str(page),
                            "last_reviewed": page.last_reviewed.isoformat() if page.last_reviewed else None,
                            "next_review": page.next_review.isoformat() if page.next_review else None,
                            "reviewer": page.reviewer.get_username() if page.reviewer else None,
                            "state": str(page.get_review_state(today)),
                            "type": model._meta.model_name,
                        }
                    )
        if options["json"]:
            self.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2))
        else:
            self.stdout.write("\t".join(COLUMNS))
            for row in rows:
                self.stdout.write("\t".join(one_line(row[column]) for column in COLUMNS))
        overdue = sum(row["state"] == ReviewState.OVERDUE for row in rows)
        if overdue:
            self.stderr.write(f"{overdue} overdue for review.")
            sys.exit(1)
