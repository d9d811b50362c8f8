import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from feedback.models import TabFeedback

FEEDBACK = reverse("admin:feedback_tabfeedback_changelist")
GUIDES = reverse("admin:conditions_guide_changelist")


@pytest.fixture
def answers(guide):
    joint, soft = guide.sections.order_by("category__order")[:2]
    rows = [
        TabFeedback.objects.create(section=joint, language="en", helpful=True, comment="Very clear"),
        TabFeedback.objects.create(section=joint, language="vi", helpful=True),
        TabFeedback.objects.create(section=soft, language="en", helpful=False, comment="Too many long words"),
    ]
    return rows


@pytest.mark.parametrize("role", ["Editors", "Clinical reviewers"])
def test_editors_see_the_counts_beside_each_guide(role_client, guide, answers, role):
    html = role_client(role).get(GUIDES).content.decode()
    assert f'href="{FEEDBACK}?guide__id__exact={guide.pk}&amp;helpful__exact=1">👍 2</a> · ' in html
    assert f'href="{FEEDBACK}?guide__id__exact={guide.pk}&amp;helpful__exact=0">👎 1</a>' in html


def test_the_no_filter_lists_only_the_unhelpful_answers_with_their_comments(role_client, guide, answers):
    response = role_client("Editors").get(FEEDBACK, {"guide__id__exact": guide.pk, "helpful__exact": "0"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Too many long words" in html
    assert "Very clear" not in html
    assert list(response.context["cl"].result_list) == [answers[2]]


def test_editors_read_feedback_but_cannot_add_or_change_it(role_client, answers):
    editor = role_client("Editors")
    assert editor.get(reverse("admin:feedback_tabfeedback_add")).status_code == 403
    change = reverse("admin:feedback_tabfeedback_change", args=[answers[0].pk])
    response = editor.get(change)
    assert response.status_code == 200
    assert 'name="comment"' not in response.content.decode()  # read only


def test_translators_do_not_see_reader_feedback(role_client, answers):
    assert role_client("Translators").get(FEEDBACK).status_code == 403


def test_the_guide_list_counts_feedback_in_a_fixed_number_of_queries(editor_client, guide, answers):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert editor_client.get(GUIDES).status_code == 200
        return len(captured)

    before = queries()
    for other in type(guide).objects.exclude(pk=guide.pk)[:3]:
        for section in other.sections.all()[:2]:
            TabFeedback.objects.create(section=section, language="en", helpful=False)
    assert queries() == before
