"""Write the site search table afresh from the content (after a bulk load, an import or raw SQL)."""

from django.core.management.base import BaseCommand

from hiphelp.search import rebuild


class Command(BaseCommand):
    help = "Rebuild the site search index: every public guide, tab, article and resource in every language."

    def handle(self, *args, verbosity=1, **options):
        count = rebuild()
        if verbosity:
            self.stdout.write(f"Search index: {count} page(s) in all languages.")
