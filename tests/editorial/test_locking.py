"""Optimistic locking: two editors on one page never overwrite each other without a word."""

from django.urls import reverse
from django.utils.html import escape

from conditions.models import CauseCategory, CauseSection, Guide, Snippet
from tests.htmlparse import form_data, visible_text

CONFLICT = "while you were editing"


def change_url(obj):
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


def open_form(client, obj):
    return form_data(client.get(change_url(obj)).content.decode(), f"{obj._meta.model_name}_form")


def test_the_second_of_two_saves_is_refused_and_keeps_what_was_typed(editor_client, second_editor_client, guide):
    version = guide.lock_version
    first, second = open_form(editor_client, guide), open_form(second_editor_client, guide)
    assert first["lock_version_seen"] == str(version)

    first["title_en"] = "Upper buttock pain (edited first)"
    assert editor_client.post(change_url(guide), first).status_code == 302

    second["title_en"] = "Upper buttock pain, the second editor's title"
    second["meta_description_en"] = "The second editor's description"
    second["sections-0-heading_en"] = "The second editor's tab heading"
    response = second_editor_client.post(change_url(guide), second)

    assert response.status_code == 200
    html = response.content.decode()
    text = visible_text(html)
    assert "Someone else saved this guide while you were editing: editor at" in text
    assert "your changes are below and have not been saved" in text
    # Everything the second editor typed is still in the form, inline tabs included.
    again = form_data(html, "guide_form")
    assert again["title_en"] == "Upper buttock pain, the second editor's title"
    assert again["meta_description_en"] == "The second editor's description"
    assert again["sections-0-heading_en"] == "The second editor's tab heading"
    # The first save stands, once.
    guide.refresh_from_db()
    assert guide.title_en == "Upper buttock pain (edited first)"
    assert guide.meta_description_en != "The second editor's description"
    assert guide.lock_version == version + 1
    assert not CauseSection.objects.filter(heading_en="The second editor's tab heading").exists()


def test_the_refused_editor_can_merge_and_save_again(editor_client, second_editor_client, guide):
    first, second = open_form(editor_client, guide), open_form(second_editor_client, guide)
    first["title_en"] = "Edited first"
    editor_client.post(change_url(guide), first)
    second["meta_description_en"] = "Merged by the second editor"
    refused = second_editor_client.post(change_url(guide), second)
    assert CONFLICT in refused.content.decode()

    # The form came back carrying the version saved since: saved again, it goes through.
    merged = form_data(refused.content.decode(), "guide_form")
    merged["title_en"] = "Edited first"
    assert merged["lock_version_seen"] == str(guide.lock_version + 1)
    assert second_editor_client.post(change_url(guide), merged).status_code == 302
    guide.refresh_from_db()
    assert (guide.title_en, guide.meta_description_en) == ("Edited first", "Merged by the second editor")


def test_the_conflict_message_links_to_what_the_other_editor_changed(editor_client, second_editor_client, guide):
    first, second = open_form(editor_client, guide), open_form(second_editor_client, guide)
    editor_client.post(change_url(guide), {**first, "title_en": "Edited first"})
    html = second_editor_client.post(change_url(guide), second).content.decode()
    compare = reverse("admin:conditions_guide_history_compare", args=[guide.pk])
    assert escape(compare) + "?from=" in html
    assert "See what they changed" in html


def test_saves_one_after_the_other_each_move_the_version_on(editor_client, guide):
    version = guide.lock_version
    for title in ("Once", "Twice"):
        data = open_form(editor_client, guide)
        data["title_en"] = title
        assert editor_client.post(change_url(guide), data).status_code == 302
    guide.refresh_from_db()
    assert guide.lock_version == version + 2
    assert guide.title_en == "Twice"


def test_a_tab_saved_meanwhile_is_not_written_back_by_the_guide_form(editor_client, second_editor_client, guide):
    """The guide form shows its tabs inline: a stale copy of one must not overwrite it."""
    stale_guide_form = open_form(editor_client, guide)
    section = guide.sections.get(pk=stale_guide_form["sections-0-id"])
    tab = open_form(second_editor_client, section)
    tab["heading_en"] = "Saved on the tab's own page"
    assert second_editor_client.post(change_url(section), tab).status_code == 302

    stale_guide_form["meta_description_en"] = "Only the description was edited here"
    response = editor_client.post(change_url(guide), stale_guide_form)

    assert response.status_code == 200
    text = visible_text(response.content.decode())
    assert f"Someone else saved the cause section (tab) “{section}” while you were editing: Sam Lee at" in text
    section.refresh_from_db()
    assert section.heading_en == "Saved on the tab's own page"
    guide.refresh_from_db()
    assert guide.meta_description_en != "Only the description was edited here"


def test_a_tab_edited_in_the_guide_form_moves_its_own_version_on(editor_client, guide):
    data = open_form(editor_client, guide)
    section = CauseSection.objects.get(pk=data["sections-0-id"])
    data["sections-0-heading_en"] = "Edited in the guide form"
    assert editor_client.post(change_url(guide), data).status_code == 302
    refreshed = CauseSection.objects.get(pk=section.pk)
    assert refreshed.heading_en == "Edited in the guide form"
    assert refreshed.lock_version == section.lock_version + 1
    # A tab form opened before that save is refused in turn.


def test_a_restore_opened_before_another_save_is_refused(editor_client, second_editor_client, demo):
    snippet = Snippet.objects.get(slug="what-is-pain")
    data = open_form(editor_client, snippet)
    editor_client.post(change_url(snippet), {**data, "title_en": "An edited title"})
    first_version = snippet.history.order_by("history_date", "history_id").first()
    restore = reverse("admin:conditions_snippet_simple_history", args=[snippet.pk, first_version.history_id])
    restore_form = form_data(editor_client.get(restore).content.decode(), "historicalsnippet_form")

    later = open_form(second_editor_client, snippet)
    second_editor_client.post(change_url(snippet), {**later, "title_en": "Saved by someone else meanwhile"})

    response = editor_client.post(restore, restore_form)
    assert response.status_code == 200
    assert "Someone else saved this snippet while you were editing: Sam Lee at" in visible_text(
        response.content.decode()
    )
    snippet.refresh_from_db()
    assert snippet.title_en == "Saved by someone else meanwhile"


def test_a_post_with_a_junk_version_is_refused_not_saved(editor_client, guide):
    data = open_form(editor_client, guide)
    data["lock_version_seen"] = "not-a-number"
    data["title_en"] = "Junk version"
    response = editor_client.post(change_url(guide), data)
    assert response.status_code == 200
    assert CONFLICT in response.content.decode()
    assert Guide.objects.get(pk=guide.pk).title_en != "Junk version"


def test_the_list_editable_order_of_categories_still_saves_and_moves_the_version_on(editor_client, demo):
    """A changelist form carries no version: its save is not refused, and later forms see it."""
    category = CauseCategory.objects.order_by("order").first()
    version = category.lock_version
    changelist = reverse("admin:conditions_causecategory_changelist")
    data = form_data(editor_client.get(changelist).content.decode(), "changelist-form")
    index = next(k.split("-")[1] for k, v in data.items() if k.endswith("-id") and v == str(category.pk))
    data[f"form-{index}-order"] = "42"
    data["_save"] = "Save"
    assert editor_client.post(changelist, data).status_code == 302
    category.refresh_from_db()
    assert category.order == 42
    assert category.lock_version == version + 1
