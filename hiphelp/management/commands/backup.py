"""Write a backup of the whole database: pg_dump on PostgreSQL, dumpdata elsewhere."""

import os
import shutil
import subprocess
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

# Recreated by migrate; restoring them would clash with the fresh rows.
EXCLUDE = ["contenttypes", "auth.permission", "sessions", "axes"]


def pg_env_and_args():
    db = connection.settings_dict
    env = {**os.environ}
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    args = ["--dbname", db["NAME"]]
    for flag, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if db.get(key):
            args += [flag, str(db[key])]
    return env, args


class Command(BaseCommand):
    help = "Back up the database to FILE (.dump for pg_dump's format on PostgreSQL, else .json)."

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, file, verbosity=1, **options):
        path = Path(file)
        path.parent.mkdir(parents=True, exist_ok=True)
        if connection.vendor == "postgresql" and path.suffix == ".dump":
            pg_dump = shutil.which("pg_dump")
            if not pg_dump:
                raise CommandError("pg_dump is not installed.")
            env, db_args = pg_env_and_args()
            command = [pg_dump, "--format=custom", "--no-owner", *db_args, "--file", str(path)]
            subprocess.run(command, env=env, check=True)  # noqa: S603 -- our settings, not user input
        else:
            call_command("dumpdata", exclude=EXCLUDE, natural_foreign=True, output=str(path), verbosity=0)
        if verbosity:
            self.stdout.write(f"Backed up to {path} ({path.stat().st_size:,} bytes).")
