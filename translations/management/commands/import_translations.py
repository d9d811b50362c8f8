"""Read an XLIFF 1.2 or PO file back: changed units become drafts; nothing changes if the file is refused."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from translations.exchange import MAX_BYTES, Refused, import_file


class Command(BaseCommand):
    help = "Import a file made by export_translations (XLIFF 1.2 or PO) and report what changed."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--language", help="Refuse the file unless it is in this language.")

    def handle(self, *args, file, language=None, **options):
        path = Path(file)
        try:
            if path.stat().st_size > MAX_BYTES:
                raise Refused("The file is larger than 20 MB.")
            report = import_file(path.read_bytes(), expected_language=language)
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}") from error
        except Refused as error:
            raise CommandError(f"Refused, nothing changed: {error}") from error
        for line in report.lines():
            self.stdout.write(line)
