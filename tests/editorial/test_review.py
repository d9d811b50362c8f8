"""The clinical review cycle: states, the admin's filter, panel and action, the command, the page."""

import datetime
import json
from io import StringIO

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from conditions.models import Guide
from editorial.review import ReviewState, add_months
from tests.htmlparse import form_data, visible_text

TODAY = timezone.localdate()
DAY = datetime.timedelta(days=1)
CHANGELIST = "/admin/conditions/guide/"
GROIN = "Groin and Front of Hip Pain"


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (datetime.date(2026, 3, 3), 12, datetime.date(2027, 3, 3)),
        (datetime.date(2026, 1, 31), 1, datetime.date(2026, 2, 28)),
        (datetime.date(2027, 1, 31), 1, datetime.date(2027, 2, 28)),
        (datetime.date(2028, 1, 31), 1, datetime.date(2028, 2, 29)),
        (datetime.date(2026, 8, 31), 6, datetime.date(2027, 2, 28)),
        (datetime.date(2026, 12, 15), 1, datetime.date(2027, 1, 15)),
        (datetime.date(2028, 2, 29), 12, datetime.date(2029, 2, 28)),
    ],
)
def test_the_next_review_is_whole_calendar_months_on_clamped_to_the_months_end(day, months, expected):
    assert add_months(day, months) == expected


def set_review(slug, last, next_, **fields):
    Guide.objects.filter(slug=slug).update(last_reviewed=last, next_review=next_, **fields)
    return Guide.objects.get(slug=slug)


@pytest.fixture
def states(demo):
    """One guide in each state; every other guide awaits its first review, as in the demo content."""
    Guide.objects.update(last_reviewed=None, next_review=None)
    return {
        "overdue": set_review("upper-buttock", TODAY - 400 * DAY, TODAY - DAY),
        "due_soon": set_review("lower-back", TODAY - 340 * DAY, TODAY + 30 * DAY),
        "ok": set_review("groin", TODAY - 10 * DAY, TODAY + 31 * DAY),
        "no_date": set_review("lateral-hip", TODAY - 10 * DAY, None),
        "archived": set_review("inner-thigh", TODAY - 400 * DAY, TODAY - 30 * DAY, is_archived=True),
    }


def test_each_guide_has_one_review_state_and_the_querysets_agree(states):
    assert states["overdue"].review_state == ReviewState.OVERDUE
    assert states["due_soon"].review_state == ReviewState.DUE_SOON
    assert states["ok"].review_state == ReviewState.OK
    # Reviewed but given no next date: nothing would ever remind anyone, so it counts as overdue.
    assert states["no_date"].review_state == ReviewState.OVERDUE
    assert states["archived"].review_state == ReviewState.ARCHIVED  # off the site, out of the cycle
    assert Guide.objects.get(slug="back-of-thigh").review_state == ReviewState.AWAITING
    assert set(Guide.objects.overdue()) == {states["overdue"], states["no_date"]}
    assert set(Guide.objects.due_soon()) == {states["due_soon"]}
    awaiting = Guide.objects.awaiting_first_review()
    assert awaiting.count() == Guide.objects.filter(is_archived=False).count() - 4
    assert all(guide.review_state == ReviewState.AWAITING for guide in awaiting)


@pytest.mark.parametrize(
    ("value", "shown", "hidden"),
    [
        (
            "overdue",
            ["Upper Buttock Pain", "Outer Hip Pain"],
            ["Lower Back Pain", GROIN, "Inner Thigh Pain"],
        ),
        ("due_soon", ["Lower Back Pain"], ["Upper Buttock Pain", GROIN]),
        (
            "awaiting_first_review",
            ["Back of Thigh Pain"],
            ["Upper Buttock Pain", "Lower Back Pain", GROIN],
        ),
    ],
)
def test_the_review_filter_lists_the_guides_in_that_state(editor_client, states, value, shown, hidden):
    response = editor_client.get(CHANGELIST, {"review": value})
    assert response.status_code == 200
    rows = visible_text(response.content.decode().split('id="result_list"')[1].split("</table>")[0])
    for title in shown:
        assert title in rows, (value, title)
    for title in hidden:
        assert title not in rows, (value, title)


def test_the_review_filter_offers_its_three_states(editor_client, demo):
    text = visible_text(editor_client.get(CHANGELIST).content.decode())
    assert "By review" in text
    for label in ("overdue for review", "due within 30 days", "awaiting first review"):
        assert label in text


def test_the_admin_index_panel_lists_overdue_and_due_soon_guides_with_links(role_client, states):
    html = role_client("Editors").get("/admin/").content.decode()
    panel = html.split('id="review-panel"')[1].split('<div class="app-')[0]
    overdue = panel.split('id="review-guide-overdue"')[1].split("</table>")[0]
    due_soon = panel.split('id="review-guide-due_soon"')[1].split("</table>")[0]
    for guide in (states["overdue"], states["no_date"]):
        assert f'href="{reverse("admin:conditions_guide_change", args=[guide.pk])}"' in overdue
    assert "no review date set" in overdue
    assert f'href="{reverse("admin:conditions_guide_change", args=[states["due_soon"].pk])}"' in due_soon
    assert "Guides due for review within 30 days (1)" in visible_text(due_soon)
    for guide in (states["ok"], states["archived"]):
        assert reverse("admin:conditions_guide_change", args=[guide.pk]) not in panel
    assert 'href="/admin/conditions/guide/?review=overdue"' in overdue


def test_the_admin_index_panel_is_only_for_those_who_may_change_guides(role_client, states):
    assert 'id="review-panel"' not in role_client("Directory managers").get("/admin/").content.decode()


def test_the_admin_index_panel_says_when_nothing_is_due(role_client, demo):
    Guide.objects.update(last_reviewed=TODAY, next_review=TODAY + 100 * DAY)
    text = visible_text(role_client("Clinical reviewers").get("/admin/").content.decode())
    assert "Guides: nothing is overdue for review or due within 30 days." in text


def mark_reviewed(client, *guides):
    data = {"action": "mark_reviewed", ACTION_CHECKBOX_NAME: [g.pk for g in guides], "index": 0}
    return client.post(CHANGELIST, data, follow=True)


def test_a_reviewer_marks_guides_reviewed(role_client, states, settings, django_capture_on_commit_callbacks):
    settings.REVIEW_INTERVAL_MONTHS = 6
    client = role_client("Clinical reviewers")
    guide = states["overdue"]
    with django_capture_on_commit_callbacks(execute=True):
        response = mark_reviewed(client, guide, states["no_date"])
    assert "2 pages marked reviewed by you today" in visible_text(response.content.decode())
    guide.refresh_from_db()
    assert guide.reviewer == client.user
    assert guide.last_reviewed == TODAY
    assert guide.next_review == add_months(TODAY, 6)
    assert not guide.awaiting_review
    assert guide.review_state == ReviewState.OK
    # Saved through the model: history knows who and why.
    record = guide.history.latest("history_date")
    assert record.history_user == client.user
    assert record.history_change_reason == "Marked reviewed"
    assert record.next_review == add_months(TODAY, 6)


def test_a_form_opened_before_mark_reviewed_cannot_save_over_it(role_client, states):
    guide = states["overdue"]
    client = role_client("Clinical reviewers")
    url = reverse("admin:conditions_guide_change", args=[guide.pk])
    data = form_data(client.get(url).content.decode(), "guide_form")
    mark_reviewed(role_client("Clinical reviewers", "second-reviewer"), guide)
    data["next_review"] = (TODAY - 5 * DAY).isoformat()
    assert client.post(url, data).status_code == 200  # refused, the form kept
    guide.refresh_from_db()
    assert guide.next_review == add_months(TODAY, 12)


def test_the_next_review_defaults_to_twelve_months(role_client, states):
    guide = states["overdue"]
    mark_reviewed(role_client("Clinical reviewers"), guide)
    guide.refresh_from_db()
    assert guide.next_review == add_months(TODAY, 12)


def test_only_reviewers_are_offered_mark_reviewed_and_an_editors_post_changes_nothing(role_client, states):
    assert 'value="mark_reviewed"' in role_client("Clinical reviewers", "rev").get(CHANGELIST).content.decode()
    editor = role_client("Editors")
    assert 'value="mark_reviewed"' not in editor.get(CHANGELIST).content.decode()
    guide = states["overdue"]
    response = mark_reviewed(editor, guide)
    assert response.status_code == 200
    guide.refresh_from_db()
    assert guide.last_reviewed == TODAY - 400 * DAY and guide.reviewer is None


def test_a_superuser_outside_the_reviewers_group_cannot_be_named_reviewer(editor_client, states):
    guide = states["overdue"]
    response = mark_reviewed(editor_client, guide)
    assert "Only a member of the “Clinical reviewers” group" in visible_text(response.content.decode())
    guide.refresh_from_db()
    assert guide.reviewer is None and guide.next_review == TODAY - DAY


def test_who_reviewed_and_when_is_recorded_never_typed(role_client, guide):
    url = reverse("admin:conditions_guide_change", args=[guide.pk])
    reviewer_form = role_client("Clinical reviewers").get(url).content.decode()
    editor_form = role_client("Editors").get(url).content.decode()
    for html in (reviewer_form, editor_form):
        assert 'name="reviewer"' not in html and 'name="last_reviewed"' not in html
        assert 'class="form-row field-reviewer"' in html
    # A reviewer may move the next review or flag the guide for review; an editor may not.
    assert 'name="next_review"' in reviewer_form and 'name="awaiting_review"' in reviewer_form
    assert 'name="next_review"' not in editor_form and 'name="awaiting_review"' not in editor_form


def review_status(*args):
    out, err = StringIO(), StringIO()
    try:
        call_command("review_status", *args, stdout=out, stderr=err)
    except SystemExit as exit_:
        code = exit_.code
    else:
        code = 0
    return code, out.getvalue(), err.getvalue()


def test_review_status_prints_every_guide_tab_separated_and_exits_1_when_one_is_overdue(states, django_user_model):
    reviewer = django_user_model.objects.create_user("dr-lee")
    Guide.objects.filter(slug="groin").update(reviewer=reviewer)
    code, out, err = review_status()
    assert code == 1
    assert "2 overdue" in err
    lines = [line.split("\t") for line in out.splitlines()]
    assert lines[0] == ["slug", "title", "last_reviewed", "next_review", "reviewer", "state", "type"]
    rows = {row[0]: row for row in lines[1:]}
    assert len(rows) == Guide.objects.count()
    assert all(len(row) == 7 for row in rows.values())
    groin = states["ok"]
    assert rows["groin"] == [
        "groin",
        GROIN,
        groin.last_reviewed.isoformat(),
        groin.next_review.isoformat(),
        "dr-lee",
        "ok",
        "guide",
    ]
    assert rows["upper-buttock"][5] == "overdue"
    assert rows["lower-back"][5] == "due_soon"
    assert rows["back-of-thigh"][2:6] == ["", "", "", "awaiting_first_review"]
    assert rows["inner-thigh"][5] == "archived"


def test_review_status_exits_0_when_nothing_is_overdue_and_speaks_json(states):
    Guide.objects.filter(pk__in=[states["overdue"].pk, states["no_date"].pk]).update(next_review=TODAY)
    code, out, err = review_status("--json")
    assert code == 0 and err == ""
    rows = {row["slug"]: row for row in json.loads(out)}
    assert rows["upper-buttock"]["state"] == "due_soon"
    assert rows["upper-buttock"]["next_review"] == TODAY.isoformat()
    assert rows["groin"]["title"] == GROIN
    assert rows["back-of-thigh"]["last_reviewed"] is None and rows["back-of-thigh"]["reviewer"] is None


# The page


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("/en", ["Page last reviewed: 3 March 2026 · Next review due: March 2027"]),
        # Dates in each language's own format, whatever the sentence around them becomes.
        ("/zh-hans", ["2026年3月3日", "2027年3月"]),
        ("/vi", ["Ngày 03 tháng 3 năm 2026", "Tháng 3 2027"]),
        ("/ar", ["3 مارس، 2026", "مارس 2027"]),
    ],
)
def test_the_page_says_when_it_was_last_reviewed_in_the_readers_date_format(client, guide, prefix, expected):
    set_review("upper-buttock", datetime.date(2026, 3, 3), datetime.date(2027, 3, 3))
    html = client.get(f"{prefix}/pain/upper-buttock/").content.decode()
    footer = visible_text(html.split('class="guide__footer"')[1].split("</footer>")[0])
    for text in expected:
        assert text in footer, footer


def test_a_guide_awaiting_its_first_review_shows_no_review_dates(client, guide):
    set_review("upper-buttock", None, datetime.date(2027, 3, 3))
    html = client.get("/en/pain/upper-buttock/").content.decode()
    assert "Page last reviewed" not in html and "Next review due" not in html


def test_a_guide_waiting_for_review_again_shows_no_review_dates(client, guide):
    set_review("upper-buttock", datetime.date(2026, 3, 3), datetime.date(2027, 3, 3), awaiting_review=True)
    assert "Page last reviewed" not in client.get("/en/pain/upper-buttock/").content.decode()
