"""Write a backup of the whole database: pg_dump on PostgreSQL, dumpdata elsewhere."""

import os
import shutil
import stat
import subprocess
import tempfile
from pathlib import Path

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from hiphelp.models import SearchDocument

# Recreated by migrate, or about visitors rather than content; restoring them would clash
# with the fresh rows. `restore` leaves them in place. The search table is made from the
# content: `restore` rebuilds it.
EXCLUDE = ["contenttypes", "auth.permission", "sessions", "axes", "editorial.editorial", "hiphelp.searchdocument"]


def is_backed_up(model):
    """Whether a JSON backup holds this model's rows (EXCLUDE names apps and models)."""
    opts = model._meta
    # Unmanaged models (the editorial permissions) have no table, so no rows to keep.
    return opts.managed and opts.app_label not in EXCLUDE and opts.label_lower not in EXCLUDE


def backed_up_models(*, include_auto_created=False):
    """The models whose tables a JSON backup holds and a restore replaces."""
    return [
        model
        for model in apps.get_models(include_auto_created=include_auto_created)
        if is_backed_up(model) and model._meta.can_migrate(connection)
    ]


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
        if not path.parent.exists():
            # Backups hold every account's password hash: only their owner may list them.
            path.parent.mkdir(parents=True)
            path.parent.chmod(0o700)
        # Written under a temporary name (mkstemp makes it 0600) and renamed when complete,
        # so a failed backup never leaves a truncated file that looks like a good one.
        fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        os.close(fd)
        temp = Path(temp_name)
        try:
            if connection.vendor == "postgresql" and path.suffix == ".dump":
                self.pg_dump(temp)
            else:
                call_command("dumpdata", exclude=EXCLUDE, natural_foreign=True, output=str(temp), verbosity=0)
            temp.chmod(0o600)
            if stat.S_IMODE(temp.stat().st_mode) != 0o600:
                raise CommandError(
                    f"{path.parent} does not keep file permissions: a backup there is readable by others."
                )
            temp.replace(path)
        finally:
            temp.unlink(missing_ok=True)
        if verbosity:
            self.stdout.write(f"Backed up to {path} ({path.stat().st_size:,} bytes).")

    def pg_dump(self, temp):
        """Write pg_dump's custom format to temp, readable by its owner only."""
        pg_dump = shutil.which("pg_dump")
        if not pg_dump:
            raise CommandError("pg_dump is not installed.")
        env, db_args = pg_env_and_args()
        # The search table's rows are made from the content: `restore` rebuilds them.
        command = [
            pg_dump,
            "--format=custom",
            "--no-owner",
            f"--exclude-table-data={SearchDocument._meta.db_table}",
            *db_args,
            "--file",
            str(temp),
        ]
        try:
            # umask: pg_dump may re-create the file rather than reuse the one mkstemp made.
            result = subprocess.run(command, env=env, check=True, capture_output=True, text=True, umask=0o077)  # noqa: S603 -- our settings, not user input
        except subprocess.CalledProcessError as error:
            raise CommandError(f"pg_dump failed, so no backup was written: {error.stderr.strip()}") from error
        if result.stderr:  # warnings
            self.stderr.write(result.stderr.strip())
