"""Write a language's missing and outdated units (every unit with --all) as XLIFF 1.2 or PO."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from translations.exchange import FORMATS, Refused, export


class Command(BaseCommand):
    help = "Export the units to translate in one language, as XLIFF 1.2 or PO, to standard output or a file."

    def add_arguments(self, parser):
        parser.add_argument("--language", required=True, help="e.g. vi, zh-hans, ar")
        parser.add_argument("--format", choices=FORMATS, default="xliff")
        parser.add_argument("--output", help="A file to write (default: standard output).")
        parser.add_argument("--all", action="store_true", dest="include_all", help="Include draft and reviewed units.")

    def handle(self, *args, language, format, output=None, include_all=False, **options):
        try:
            data = export(language, format, include_all=include_all)
        except Refused as error:
            raise CommandError(str(error)) from error
        if output:
            Path(output).write_bytes(data)
        else:
            self.stdout.write(data.decode(), ending="")
