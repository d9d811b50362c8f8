"""Restore a backup made by `backup`: everything in the database is replaced by it."""

import shutil
import subprocess
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from hiphelp.caching import bump_content_version

from .backup import pg_env_and_args


class Command(BaseCommand):
    help = "Replace the database's content with the backup FILE (made by `manage.py backup`)."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--yes", action="store_true", help="Do not ask before replacing the data.")

    def handle(self, *args, file, yes=False, verbosity=1, **options):
        path = Path(file)
        if not path.exists():
            raise CommandError(f"No backup at {path}.")
        if not yes and input(f"Replace everything in the database with {path}? [y/N] ").lower() != "y":
            raise CommandError("Nothing restored.")
        if path.suffix == ".dump":
            pg_restore = shutil.which("pg_restore")
            if connection.vendor != "postgresql" or not pg_restore:
                raise CommandError("A .dump backup restores into PostgreSQL with pg_restore.")
            env, db_args = pg_env_and_args()
            connection.close()
            command = [pg_restore, "--clean", "--if-exists", "--no-owner", "--single-transaction", *db_args]
            subprocess.run([*command, str(path)], env=env, check=True)  # noqa: S603 -- our settings and file
        else:
            call_command("flush", interactive=False, verbosity=0)
            call_command("loaddata", str(path), verbosity=0)
        bump_content_version()
        if verbosity:
            self.stdout.write(f"Restored {path}.")
