"""make backup / make restore round-trip every row and every translation, and a backup that
is damaged, empty or not this site's changes nothing."""

import json
import os
import shutil
import stat
import subprocess
from io import StringIO

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.base import CommandError
from django.core.serializers.json import Serializer as JSONSerializer
from django.db import connection

from conditions.models import CauseSection
from hiphelp.management.commands.backup import pg_env_and_args

APPS = ("conditions", "painmap", "professionals", "translations", "auth")


def counts():
    return {
        model._meta.label: model._default_manager.count()
        for label in APPS
        for model in apps.get_app_config(label).get_models()
        if model._meta.label != "auth.Permission"
    }


@pytest.mark.parametrize("suffix", [".json", ".dump"])
def test_backup_and_restore_lose_nothing(transactional_demo, tmp_path, suffix, django_user_model):
    if suffix == ".dump" and connection.vendor != "postgresql":
        pytest.skip("pg_dump backups are for PostgreSQL (CI's second run)")
    call_command("load_places", verbosity=0)
    call_command("generate_professionals", "25", verbosity=0)
    django_user_model.objects.create_superuser("editor", "e@example.org", "a-long-test-password")
    section = CauseSection.objects.get(guide__slug="upper-buttock", category__slug="nerve")
    section.heading_ar = "عنوان للاختبار"
    section.save()
    before = counts()
    assert before["conditions.HistoricalCauseSection"] > 0

    path = tmp_path / f"backup{suffix}"
    call_command("backup", str(path), verbosity=0)
    # Lose everything, then restore.
    call_command("flush", interactive=False, verbosity=0)
    assert counts()["conditions.Guide"] == 0
    out = StringIO()
    call_command("restore", str(path), yes=True, stdout=out)

    assert counts() == before
    assert out.getvalue() == f"Restored {sum(before.values())} objects from {path}.\n"
    restored = CauseSection.objects.get(pk=section.pk)
    assert restored.heading_ar == "عنوان للاختبار"
    assert restored.body_zh_hans == section.body_zh_hans != ""
    editor = django_user_model.objects.get(username="editor")
    assert editor.check_password("a-long-test-password")
    # New rows get fresh ids (PostgreSQL's sequences follow the restored rows).
    assert django_user_model.objects.create_user("newcomer").pk > editor.pk


def test_restore_refuses_a_missing_file(db, tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="No backup"):
        call_command("restore", str(tmp_path / "nothing.json"), yes=True)


KNOWN_TEXT = "عنوان للاختبار"


@pytest.fixture
def site(transactional_demo, django_user_model):
    """The demo content, an editor and a known translation: what a failed restore must keep."""
    django_user_model.objects.create_superuser("editor", "e@example.org", "a-long-test-password")
    section = CauseSection.objects.get(guide__slug="upper-buttock", category__slug="nerve")
    section.heading_ar = KNOWN_TEXT
    section.save()
    return section


def every_count():
    """Rows in every table, the ones backups leave out included."""
    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed  # the editorial permissions' model has no table
    }


def assert_nothing_changed(before, section):
    assert every_count() == before
    assert CauseSection.objects.get(pk=section.pk).heading_ar == KNOWN_TEXT


@pytest.fixture
def everyday_umask():
    """The usual umask (files 0644), so only the backup command can make a backup private."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def good_backup(tmp_path):
    path = tmp_path / "good.json"
    call_command("backup", str(path), verbosity=0)
    return path.read_text()


def with_bad_guide(text):
    rows = json.loads(text)
    next(row for row in rows if row["model"] == "conditions.causesection")["fields"]["guide"] = 999999
    return json.dumps(rows)


def with_unknown_user(text):
    entry = {
        "model": "admin.logentry",
        "pk": 1,
        "fields": {
            "action_time": "2025-01-01T00:00:00Z",
            "user": ["nobody"],
            "content_type": ["conditions", "guide"],
            "object_id": "1",
            "object_repr": "Upper buttock pain",
            "action_flag": 2,
            "change_message": "",
        },
    }
    return json.dumps([*json.loads(text), entry])


def with_unknown_field(text):
    rows = json.loads(text)
    next(row for row in rows if row["model"] == "conditions.guide")["fields"]["colour"] = "blue"
    return json.dumps(rows)


BAD_JSON_BACKUPS = {
    "truncated": (lambda text: text[: len(text) // 2], "not a complete JSON backup"),
    "empty-file": (lambda text: "", "is empty"),
    "empty-list": (lambda text: "[]", "is empty"),
    "object": (lambda text: "{}", "not a HipHelp backup"),
    "foreign-json": (lambda text: '[{"id": 1, "title": "Hello"}]', 'not a HipHelp backup: row 1 has no "model"'),
    "unknown-model": (
        lambda text: '[{"model": "shop.product", "pk": 1, "fields": {"name": "Tea"}}]',
        "not a HipHelp backup: row 1 is a 'shop.product'",
    ),
    "no-content": (
        lambda text: '[{"model": "auth.group", "pk": 1, "fields": {"name": "Cooks", "permissions": []}}]',
        "not a HipHelp backup: it holds no content",
    ),
    "left-out-model": (
        lambda text: '[{"model": "sessions.session", "pk": "x", "fields": {"session_data": "", "expire_date": null}}]',
        "which backups leave out",
    ),
    "bad-foreign-key": (with_bad_guide, "(?s)does not load.*999999"),
    "bad-natural-key": (with_unknown_user, "(?s)does not load.*nobody"),
    "unknown-field": (with_unknown_field, "(?s)does not load.*colour"),
}


@pytest.mark.parametrize("damage", BAD_JSON_BACKUPS.values(), ids=BAD_JSON_BACKUPS.keys())
def test_restoring_a_bad_json_backup_changes_nothing(site, tmp_path, damage):
    make, message = damage
    path = tmp_path / "backup.json"
    path.write_text(make(good_backup(tmp_path)))
    before = every_count()
    out = StringIO()

    with pytest.raises(CommandError, match=message):
        call_command("restore", str(path), yes=True, stdout=out)

    assert_nothing_changed(before, site)
    assert "Restored" not in out.getvalue()


@pytest.mark.parametrize("suffix", [".json", ".dump"])
def test_backup_is_readable_by_its_owner_only(site, tmp_path, suffix, everyday_umask):
    if suffix == ".dump" and connection.vendor != "postgresql":
        pytest.skip("pg_dump backups are for PostgreSQL (CI's second run)")
    path = tmp_path / "backups" / f"hiphelp{suffix}"

    call_command("backup", str(path), verbosity=0)

    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert [child.name for child in path.parent.iterdir()] == [path.name]


def test_a_backup_that_fails_half_way_leaves_no_file(site, tmp_path, monkeypatch):
    written = []

    def disk_fills_up(serializer, obj):
        written.append(obj)
        if len(written) > 20:
            raise OSError("No space left on device")
        return end_object(serializer, obj)

    end_object = JSONSerializer.end_object
    monkeypatch.setattr(JSONSerializer, "end_object", disk_fills_up)
    path = tmp_path / "hiphelp.json"

    with pytest.raises(CommandError, match="No space left on device"):
        call_command("backup", str(path), verbosity=0)

    assert list(tmp_path.iterdir()) == []


# pg_dump's format: PostgreSQL only (CI's second run).
postgresql_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_dump backups are for PostgreSQL")


@postgresql_only
def test_a_failed_pg_dump_is_a_clear_error_and_leaves_no_file(site, tmp_path):
    path = tmp_path / "hiphelp.dump"
    with (
        pytest.MonkeyPatch.context() as patch,
        pytest.raises(CommandError, match=r"pg_dump failed.*no_such_database"),
    ):
        patch.setitem(connection.settings_dict, "NAME", "no_such_database")
        call_command("backup", str(path), verbosity=0)

    assert list(tmp_path.iterdir()) == []


def schema_only_dump(path):
    env, db_args = pg_env_and_args()
    command = [shutil.which("pg_dump"), "--format=custom", "--schema-only", *db_args, "--file", str(path)]
    subprocess.run(command, env=env, check=True)


def truncated_dump(keep):
    def make(path):
        call_command("backup", str(path), verbosity=0)
        data = path.read_bytes()
        path.write_bytes(data[: keep(len(data))])

    return make


BAD_DUMPS = {
    "empty-file": (lambda path: path.write_bytes(b""), "not a pg_dump backup"),
    "json": (lambda path: path.write_text("[]"), "not a pg_dump backup"),
    # It would drop every table and create them empty.
    "schema-only": (schema_only_dump, "not a HipHelp backup"),
    "truncated-in-its-contents": (truncated_dump(lambda size: min(size // 2, 4096)), "not a pg_dump backup"),
    # The table of contents is whole: pg_restore starts, fails on the last table and rolls back.
    "truncated-in-its-data": (truncated_dump(lambda size: size - 100), "pg_restore failed"),
}


@postgresql_only
@pytest.mark.parametrize("damage", BAD_DUMPS.values(), ids=BAD_DUMPS.keys())
def test_restoring_a_bad_dump_changes_nothing(site, tmp_path, damage):
    make, message = damage
    path = tmp_path / "backup.dump"
    make(path)
    before = every_count()
    out = StringIO()

    with pytest.raises(CommandError, match=message):
        call_command("restore", str(path), yes=True, stdout=out)

    assert_nothing_changed(before, site)
    assert "Restored" not in out.getvalue()
