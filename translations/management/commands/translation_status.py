"""Print, per language, the fields and words reviewed, draft, outdated and missing."""

from django.core.management.base import BaseCommand

from translations.dashboard import ORDER, counts
from translations.states import sync_all


class Command(BaseCommand):
    help = "Print the translation states per language as a table (fields and words in each state)."

    def add_arguments(self, parser):
        parser.add_argument("--sync", action="store_true", help="Recompute every state from the stored text first.")

    def handle(self, *args, sync=False, **options):
        if sync:
            self.stdout.write(f"Synchronised {sync_all()} object(s).")
        header = ["language", *[str(state.value) for state in ORDER], "total"]
        rows = []
        for entry in counts():
            cells = [f"{entry.code} ({entry.name})"]
            for _state, fields, share, words, _word_share in entry.shares():
                cells.append(f"{fields} ({share:g}%) {words}w")
            cells.append(f"{entry.total_fields} {entry.total_words}w")
            rows.append(cells)
        widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
        for row in [header, ["-" * w for w in widths], *rows]:
            self.stdout.write("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
