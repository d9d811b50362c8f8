"""Guides are never deleted: they are archived, every part kept, and come back from the archive as drafts."""

import pytest
from django.test import Client
from django.urls import reverse

from conditions.models import CauseSection, Figure, Guide
from painmap.models import Region
from tests.htmlparse import form_data, visible_text

GUIDE_URL = "/en/pain/upper-buttock/"
CHANGELIST = "admin:conditions_guide_changelist"


def act(client, action, *guides, query=""):
    """Select guides in the changelist (filtered by `query`) and run an action on them."""
    data = {"action": action, "_selected_action": [g.pk for g in guides], "index": 0}
    return client.post(reverse(CHANGELIST) + query, data, follow=True)


def latest(guide):
    return guide.history.order_by("-history_date", "-history_id").first()


def test_no_one_can_delete_a_guide(editor_client, guide):
    delete = reverse("admin:conditions_guide_delete", args=[guide.pk])
    assert editor_client.get(delete).status_code == 403
    assert editor_client.post(delete, {"post": "yes"}).status_code == 403
    assert Guide.objects.filter(pk=guide.pk).exists()
    change = editor_client.get(reverse("admin:conditions_guide_change", args=[guide.pk])).content.decode()
    assert delete not in change
    assert 'class="deletelink"' not in change
    changelist = editor_client.get(reverse(CHANGELIST)).content.decode()
    assert 'value="delete_selected"' not in changelist
    assert 'value="archive"' in changelist and 'value="restore_from_archive"' in changelist


def test_the_delete_action_cannot_be_posted_either(editor_client, guide):
    response = act(editor_client, "delete_selected", guide)
    assert "No action selected." in response.content.decode()
    assert Guide.objects.filter(pk=guide.pk).exists()


def test_archiving_takes_a_guide_off_the_site_and_keeps_every_part_of_it(
    editor_client, guide, django_capture_on_commit_callbacks
):
    reader = Client()
    sections = set(guide.sections.values_list("pk", flat=True))
    figures = set(Figure.objects.filter(section__guide=guide).values_list("pk", flat=True))
    common = guide.common_conditions.count()
    regions = set(Region.objects.filter(guide=guide).values_list("pk", flat=True))
    assert regions and figures and reader.get(GUIDE_URL).status_code == 200
    version = guide.lock_version

    with django_capture_on_commit_callbacks(execute=True):
        response = act(editor_client, "archive", guide)
    assert "1 guide archived" in visible_text(response.content.decode())

    guide.refresh_from_db()
    assert guide.is_archived and not guide.is_published
    assert guide.lock_version == version + 1
    record = latest(guide)
    assert (record.history_change_reason, record.history_user.username) == ("Archived", "editor")
    # Nothing of it is gone; the map's regions wait for it as "guide coming soon".
    assert set(guide.sections.values_list("pk", flat=True)) == sections
    assert set(Figure.objects.filter(section__guide=guide).values_list("pk", flat=True)) == figures
    assert guide.common_conditions.count() == common
    assert set(Region.objects.filter(guide=guide).values_list("pk", flat=True)) == regions
    assert all(region.open_guide is None for region in Region.objects.filter(guide=guide))
    assert reader.get(GUIDE_URL).status_code == 404
    assert guide not in Guide.objects.published()


def test_restoring_from_the_archive_leaves_a_draft_for_a_reviewer_to_publish(
    editor_client, guide, django_capture_on_commit_callbacks
):
    act(editor_client, "archive", guide)
    with django_capture_on_commit_callbacks(execute=True):
        response = act(editor_client, "restore_from_archive", guide, query="?archived=yes")
    assert "1 guide restored from the archive as a draft" in visible_text(response.content.decode())
    guide.refresh_from_db()
    assert not guide.is_archived and not guide.is_published
    assert latest(guide).history_change_reason == "Restored from the archive"
    assert Client().get(GUIDE_URL).status_code == 404  # not online until published again
    assert guide.sections.count() == CauseSection.objects.filter(guide=guide).count() > 0


def test_an_edit_opened_before_the_guide_was_archived_is_refused(editor_client, second_editor_client, guide):
    url = reverse("admin:conditions_guide_change", args=[guide.pk])
    stale = form_data(editor_client.get(url).content.decode(), "guide_form")
    act(second_editor_client, "archive", guide)
    response = editor_client.post(url, stale)  # it still says "published"
    assert response.status_code == 200
    assert "Someone else saved this guide while you were editing: Sam Lee at" in visible_text(response.content.decode())
    guide.refresh_from_db()
    assert guide.is_archived and not guide.is_published


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        ({}, {"Upper Buttock Pain": False, "Back of Thigh Pain": True}),
        ({"archived": "junk"}, {"Upper Buttock Pain": False, "Back of Thigh Pain": True}),
        ({"archived": "yes"}, {"Upper Buttock Pain": True, "Back of Thigh Pain": False}),
        ({"archived": "all"}, {"Upper Buttock Pain": True, "Back of Thigh Pain": True}),
    ],
)
def test_the_guide_list_hides_archived_guides_unless_asked(editor_client, guide, query, listed):
    Guide.objects.filter(pk=guide.pk).archive()
    html = editor_client.get(reverse(CHANGELIST), query).content.decode()
    for title, shown in listed.items():
        assert (f">{title}</a>" in html) is shown, title


def test_the_guide_form_shows_it_is_archived_and_will_not_publish_it(editor_client, guide):
    Guide.objects.filter(pk=guide.pk).archive()
    url = reverse("admin:conditions_guide_change", args=[guide.pk])
    html = editor_client.get(url).content.decode()
    assert "field-is_archived" in html
    data = form_data(html, "guide_form")
    assert "is_archived" not in data  # shown, not editable: archiving is the actions' job
    data["is_published"] = "on"
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert "An archived guide is not shown on the site: restore it from the archive first." in response.content.decode()
    assert not Guide.objects.get(pk=guide.pk).is_published


def test_only_who_may_recover_brings_a_guide_back_from_the_archive(client, django_user_model, guide):
    from django.contrib.auth.models import Permission

    editor = django_user_model.objects.create_user("plain-editor", password="a-long-test-password", is_staff=True)
    editor.user_permissions.set(Permission.objects.filter(codename__in=["view_guide", "change_guide"]))
    client.force_login(editor)
    html = client.get(reverse(CHANGELIST)).content.decode()
    assert 'value="archive"' in html and 'value="restore_from_archive"' not in html
    Guide.objects.filter(pk=guide.pk).archive()
    act(client, "restore_from_archive", guide, query="?archived=yes")
    assert Guide.objects.get(pk=guide.pk).is_archived

    editor.user_permissions.add(Permission.objects.get(codename="recover_deleted"))
    editor = django_user_model.objects.get(pk=editor.pk)  # permissions are cached per user object
    client.force_login(editor)
    act(client, "restore_from_archive", guide, query="?archived=yes")
    assert not Guide.objects.get(pk=guide.pk).is_archived
