from django.core.management.base import BaseCommand

from professionals.places import load_places


class Command(BaseCommand):
    help = "Load the Australian postcode and locality table (idempotent)."

    def handle(self, *args, verbosity=1, **options):
        added = load_places()
        if verbosity:
            self.stdout.write(f"Places: {added} added.")
