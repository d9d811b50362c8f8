from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from hiphelp.caching import bump_content_version
from professionals.demo import generate


class Command(BaseCommand):
    help = "Create clearly fictional demo professionals and clinics, up to COUNT in all (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("count", type=int, help="How many demo professionals there should be.")

    def handle(self, *args, count, verbosity=1, **options):
        if count < 0:
            raise CommandError("COUNT must be zero or more.")
        try:
            with translation.override(settings.LANGUAGE_CODE):
                added = generate(count)
        except RuntimeError as error:
            raise CommandError(str(error)) from error
        bump_content_version()  # bulk writes send no signals
        if verbosity:
            self.stdout.write(f"Demo professionals: {added} clinic(s) added.")
