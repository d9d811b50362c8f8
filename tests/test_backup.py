"""make backup / make restore round-trip every row and every translation."""

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection

from conditions.models import CauseSection

APPS = ("conditions", "painmap", "professionals", "auth")


def counts():
    return {
        model._meta.label: model._default_manager.count()
        for label in APPS
        for model in apps.get_app_config(label).get_models()
        if model._meta.label != "auth.Permission"
    }


@pytest.mark.parametrize("suffix", [".json", ".dump"])
def test_backup_and_restore_lose_nothing(transactional_db, tmp_path, suffix, django_user_model):
    if suffix == ".dump" and connection.vendor != "postgresql":
        pytest.skip("pg_dump backups are for PostgreSQL (CI's second run)")
    call_command("load_demo_content", verbosity=0)
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
    call_command("restore", str(path), yes=True, verbosity=0)

    assert counts() == before
    restored = CauseSection.objects.get(pk=section.pk)
    assert restored.heading_ar == "عنوان للاختبار"
    assert restored.body_zh_hans == section.body_zh_hans != ""
    assert django_user_model.objects.get(username="editor").check_password("a-long-test-password")


def test_restore_refuses_a_missing_file(db, tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="No backup"):
        call_command("restore", str(tmp_path / "nothing.json"), yes=True)
