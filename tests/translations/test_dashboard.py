"""The dashboard, the work list, the translation_status command and the desk in change forms."""

import datetime
import re
from io import StringIO

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.utils import timezone

from conditions.models import CauseSection, Guide, Snippet
from translations.dashboard import counts
from translations.models import State, TranslationState

DASHBOARD = "/admin/translations/translationstate/"


@pytest.fixture
def hand_built(db):
    """Every state replaced by a known set: vi 2 reviewed (10 + 30 words), 1 draft (20), 1 outdated (40), 1 missing."""
    TranslationState.objects.all().delete()
    guide = Guide.objects.get(slug="upper-buttock")
    content_type = ContentType.objects.get_for_model(Guide)
    now = timezone.now()
    rows = [
        ("title", "vi", State.REVIEWED, 10, 1),
        ("intro", "vi", State.REVIEWED, 30, 2),
        ("related_heading", "vi", State.DRAFT, 20, 3),
        ("meta_description", "vi", State.OUTDATED, 40, 5),
        ("common_conditions_heading", "vi", State.MISSING, 0, 4),
        ("title", "ar", State.MISSING, 10, 0),
    ]
    TranslationState.objects.bulk_create(
        TranslationState(
            content_type=content_type,
            object_id=str(guide.pk),
            field=field,
            language=language,
            state=state,
            source_fingerprint="0" * 64,
            source_words=words,
            source_changed_at=now - datetime.timedelta(days=10 - age),
            updated_at=now,
        )
        for field, language, state, words, age in rows
    )
    return guide


def test_counts_per_language_from_a_hand_built_fixture(hand_built):
    by_code = {entry.code: entry for entry in counts()}
    vi = by_code["vi"]
    assert vi.fields == {"reviewed": 2, "draft": 1, "outdated": 1, "missing": 1}
    assert vi.words == {"reviewed": 40, "draft": 20, "outdated": 40, "missing": 0}
    shares = {state: (share, word_share) for state, _f, share, _w, word_share in vi.shares()}
    assert shares["reviewed"] == (40.0, 40.0) and shares["outdated"] == (20.0, 40.0)
    assert by_code["ar"].fields == {"missing": 1} and by_code["zh-hans"].total_fields == 0


def test_translation_status_prints_the_same_counts(hand_built):
    out = StringIO()
    call_command("translation_status", stdout=out)
    line = next(line for line in out.getvalue().splitlines() if line.startswith("vi "))
    assert re.search(r"2 \(40%\) 40w\s+1 \(20%\) 20w\s+1 \(20%\) 40w\s+1 \(20%\) 0w\s+5 100w", line), line


def test_the_dashboard_shows_bars_counts_and_the_work_list_newest_first(admin_client, hand_built):
    html = admin_client.get(DASHBOARD).content.decode()
    counts_table = html.split('id="counts-vi"')[1].split("</table>")[0]
    assert re.search(
        r'data-state="reviewed">.*?<td>2</td><td>40.0 %</td><td>40</td><td>40.0 %</td>', counts_table, re.S
    )
    assert 'class="desk-bar"' in html and 'aria-label="reviewed: 2 (40.0 %)' in html
    work = html.split('id="work-list"')[1]
    units = re.findall(r'data-unit="conditions.guide:\d+:(\w+)" data-language="(\w+)"', work)
    # Not reviewed ones by default, newest English change first.
    assert units == [
        ("meta_description", "vi"),
        ("common_conditions_heading", "vi"),
        ("related_heading", "vi"),
        ("title", "ar"),
    ]
    assert f"/admin/conditions/guide/{hand_built.pk}/change/#translate=vi:meta_description:{hand_built.pk}" in work


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("language=vi&state=reviewed", [("intro", "vi"), ("title", "vi")]),
        ("language=ar", [("title", "ar")]),
        ("state=missing&model=conditions.guide", [("common_conditions_heading", "vi"), ("title", "ar")]),
        ("model=painmap.region", []),
    ],
)
def test_the_work_list_filters_by_language_state_and_model(admin_client, hand_built, query, expected):
    work = admin_client.get(f"{DASHBOARD}?{query}").content.decode().split('id="work-list"')[1]
    assert re.findall(r'data-unit="conditions.guide:\d+:(\w+)" data-language="(\w+)"', work) == expected


def test_a_bad_filter_is_ignored_with_a_message_not_a_500(admin_client, hand_built):
    response = admin_client.get(f"{DASHBOARD}?language=xx&state=nonsense")
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()


def test_the_dashboard_is_bounded_in_queries(admin_client, demo, django_assert_max_num_queries):
    with django_assert_max_num_queries(20):
        assert admin_client.get(DASHBOARD).status_code == 200


def test_the_admin_index_links_to_the_dashboard_for_translators(translator, demo):
    assert DASHBOARD in translator.get("/admin/").content.decode()
    assert translator.get(DASHBOARD).status_code == 200


def test_people_without_the_permission_do_not_see_the_desk(client, role_client, demo):
    assert client.get(DASHBOARD).status_code == 302  # to the login page
    managers = role_client("Directory managers")
    assert managers.get(DASHBOARD).status_code == 403


def test_mark_reviewed_is_permissioned_and_records_who_and_when(role_client, demo):
    section = CauseSection.objects.get(guide__slug="upper-buttock", category__slug="joint")
    row = TranslationState.objects.for_object(section).get(field="heading", language="vi")
    editors = role_client("Editors")
    assert editors.post(f"{DASHBOARD}review/", {"state": row.pk}).status_code == 403
    translators = role_client("Translators")
    response = translators.post(f"{DASHBOARD}review/", {"state": row.pk, "next": DASHBOARD})
    assert response.status_code == 302 and response.url == DASHBOARD
    row.refresh_from_db()
    assert row.state == State.REVIEWED and row.reviewed_by == translators.user and row.reviewed_at
    assert translators.get(f"{DASHBOARD}review/").status_code == 400
    assert translators.post(f"{DASHBOARD}review/", {"state": "nope"}).status_code == 302


def test_the_desk_tells_a_change_form_states_english_difference_and_suggestions(admin_client, demo):
    section = CauseSection.objects.get(guide__slug="groin", category__slug="joint")
    section.summary_vi = "khớp hông"
    section.save()
    section.summary_en = section.summary_en + " and more"
    section.save()
    data = admin_client.get(f"{DASHBOARD}desk/conditions/causesection/{section.pk}/").json()
    summary = data["object"]["fields"]["summary"]
    assert summary["languages"]["vi"]["state"] == "outdated"
    assert "<ins>" in summary["languages"]["vi"]["diff"] and "and more" in summary["languages"]["vi"]["diff"]
    heading = data["object"]["fields"]["heading"]["languages"]["vi"]
    assert heading["state"] == "missing"
    assert any(not s["exact"] and s["quality"] >= 85 for s in heading["suggestions"])
    assert data["languages"]["vi"] == "Tiếng Việt" and data["languages"]["ar"] == "العربيّة"
    change_form = admin_client.get(f"/admin/conditions/causesection/{section.pk}/change/").content.decode()
    assert "translations/desk.js" in change_form


def test_the_desk_lists_a_guide_forms_inline_tabs(admin_client, demo):
    guide = Guide.objects.get(slug="upper-buttock")
    data = admin_client.get(f"{DASHBOARD}desk/conditions/guide/{guide.pk}/").json()
    prefixes = {prefix for prefix, objects in data["inlines"].items() if objects}
    assert {"sections", "common_conditions"} <= prefixes


def test_the_desk_escapes_the_difference(admin_client, demo):
    snippet = Snippet.objects.create(slug="esc", title_en="Plain", body_en="<p>Old</p>")
    snippet.body_vi = "<p>Cũ</p>"
    snippet.save()
    snippet.body_en = "<p>New &lt;script&gt;alert(1)&lt;/script&gt;</p>"
    snippet.save()
    data = admin_client.get(f"{DASHBOARD}desk/conditions/snippet/{snippet.pk}/").json()
    diff = data["object"]["fields"]["body"]["languages"]["vi"]["diff"]
    assert "<script>" not in diff and "&lt;script&gt;" in diff
