"""Restore a backup made by `backup`: everything in the database is replaced by it.

The whole file is checked before anything is touched, and the data is replaced in one
transaction, so a damaged, empty or foreign file changes nothing.
"""

import json
import re
import shutil
import subprocess
from pathlib import Path

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core import serializers
from django.core.management.base import BaseCommand, CommandError
from django.core.management.color import no_style
from django.db import connection, transaction

from hiphelp.caching import bump_content_version
from hiphelp.search import rebuild as rebuild_search_index

from .backup import backed_up_models, is_backed_up, pg_env_and_args

# pg_restore --list: "215; 0 16386 TABLE DATA public conditions_guide owner".
TABLE_DATA = re.compile(r"^\d+; \d+ \d+ TABLE DATA \S+ (\S+) ", re.MULTILINE)


def site_tables():
    """The tables whose rows make a backup this site's: its content and its accounts."""
    return {model._meta.db_table for model in apps.get_app_config("conditions").get_models()} | {
        get_user_model()._meta.db_table
    }


def read_json_backup(path):
    """The rows of a JSON backup, refused with a CommandError unless this site can load every one."""
    raw = path.read_bytes()
    if not raw.strip():
        raise CommandError(f"{path} is empty: it holds no data.")
    try:
        rows = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CommandError(f"{path} is not a complete JSON backup (truncated or damaged?): {error}.") from error
    if rows == []:
        raise CommandError(f"{path} is empty: it holds no rows.")
    if not isinstance(rows, list):
        raise CommandError(f"{path} is not a HipHelp backup: it is not a list of rows made by `manage.py backup`.")
    labels = set()
    for number, row in enumerate(rows, 1):
        label = row.get("model") if isinstance(row, dict) else None
        if not isinstance(label, str) or not isinstance(row.get("fields"), dict):
            raise CommandError(f'{path} is not a HipHelp backup: row {number} has no "model" and "fields".')
        try:
            model = apps.get_model(label)
        except (LookupError, ValueError) as error:
            raise CommandError(
                f"{path} is not a HipHelp backup: row {number} is a {label!r}, a model this site does not have."
            ) from error
        if not is_backed_up(model):
            raise CommandError(f"{path} is not a HipHelp backup: row {number} is a {label!r}, which backups leave out.")
        labels.add(model._meta.db_table)
    if not labels & site_tables():
        raise CommandError(f"{path} is not a HipHelp backup: it holds no content and no accounts.")
    return rows


def replace_data(rows):
    """Replace every backed-up table's rows with the backup's, in one transaction."""
    tables = [model._meta.db_table for model in backed_up_models(include_auto_created=True)]
    with transaction.atomic():
        # SQL, not the ORM: no signals (history would record every row as deleted), and the
        # foreign keys Django makes are deferred, so the order of the tables does not matter.
        with connection.cursor() as cursor:
            for sql in connection.ops.sql_flush(no_style(), tables):
                cursor.execute(sql)
        # Saved raw, as loaddata does: no history records, no sanitising again. dumpdata puts
        # the rows a natural key names first, so a missing one is an error, named at once.
        for obj in serializers.deserialize("python", rows):
            # Setting many-to-many links would otherwise add a history record per object.
            obj.object.skip_history_when_saving = True
            obj.save()
        # Now, not at commit, for a message that names the row.
        connection.check_constraints(table_names=tables)
    # After the commit: a sequence moved back by a rolled-back restore would hand out ids in use.
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), backed_up_models()):
            cursor.execute(sql)


class Command(BaseCommand):
    help = "Replace the database's content with the backup FILE (made by `manage.py backup`)."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--yes", action="store_true", help="Do not ask before replacing the data.")

    def handle(self, *args, file, yes=False, verbosity=1, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No backup at {path}.")
        if path.suffix == ".dump":
            pg_restore = shutil.which("pg_restore")
            if connection.vendor != "postgresql" or not pg_restore:
                raise CommandError("A .dump backup restores into PostgreSQL with pg_restore.")
            self.check_dump(pg_restore, path)
        else:
            rows = read_json_backup(path)
        if not yes and input(f"Replace everything in the database with {path}? [y/N] ").lower() != "y":
            raise CommandError("Nothing restored.")
        if path.suffix == ".dump":
            self.pg_restore(pg_restore, path)
            count = sum(model._default_manager.count() for model in backed_up_models())
        else:
            try:
                replace_data(rows)
            except Exception as error:
                raise CommandError(f"{path} does not load, so nothing was restored: {error}") from error
            count = len(rows)
        rebuild_search_index()  # rows are restored raw, which the search table does not follow
        bump_content_version()
        if verbosity:
            self.stdout.write(f"Restored {count} objects from {path}.")

    def check_dump(self, pg_restore, path):
        """Refuse a file pg_restore cannot read, or a dump that holds none of this site's data."""
        listing = subprocess.run([pg_restore, "--list", str(path)], capture_output=True, text=True)  # noqa: S603 -- our file
        if listing.returncode:
            raise CommandError(f"{path} is not a pg_dump backup: {listing.stderr.strip()}")
        if not set(TABLE_DATA.findall(listing.stdout)) & site_tables():
            raise CommandError(f"{path} is not a HipHelp backup: it holds no content and no accounts.")

    def pg_restore(self, pg_restore, path):
        """Run pg_restore in one transaction that any error rolls back."""
        env, db_args = pg_env_and_args()
        connection.close()
        command = [
            pg_restore,
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            "--exit-on-error",
            *db_args,
            str(path),
        ]
        try:
            subprocess.run(command, env=env, check=True, capture_output=True, text=True)  # noqa: S603 -- our settings and file
        except subprocess.CalledProcessError as error:
            raise CommandError(
                f"pg_restore failed on {path}, so nothing was restored: {error.stderr.strip()}"
            ) from error
