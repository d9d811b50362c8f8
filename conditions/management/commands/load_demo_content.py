"""Load the demo content of every app. Safe to run again: what exists is left as
editors made it, unless --reset asks for the demo text back."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import translation

from conditions import demo as conditions_demo
from hiphelp.caching import bump_content_version
from hiphelp.search import deferred_indexing
from hiphelp.search import rebuild as rebuild_search_index
from painmap import demo as painmap_demo
from translations import demo as translations_demo
from translations.states import deferred_sync


class Command(BaseCommand):
    help = "Load the demo guides, tabs, figures, snippets, conditions and map regions (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--reset", action="store_true", help="Overwrite demo objects with the demo text.")

    @transaction.atomic
    def handle(self, *args, reset=False, verbosity=1, **options):
        loader = conditions_demo.Loader(reset=reset)
        # The demo text is English: lookups and plain field names must mean the English columns.
        with translation.override(settings.LANGUAGE_CODE), deferred_indexing(reindex=False):
            # The loader saves an object once per language: sync its states once, at the end.
            with deferred_sync():
                conditions_demo.load(loader)
                painmap_demo.load(loader)
            # After the states exist: the content's saves made every demo translation a draft.
            translations_demo.load()
        bump_content_version()  # bulk writes send no signals
        indexed = rebuild_search_index()  # nor do they reach the search table
        if verbosity:
            self.stdout.write(f"Demo content: {loader.created} object(s) created; {indexed} search row(s).")
