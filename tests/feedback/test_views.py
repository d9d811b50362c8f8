import threading
import time

import pytest
from django.core import signing
from django.test import RequestFactory
from django_htmx.middleware import HtmxDetails

from feedback import protection
from feedback.models import TabFeedback
from feedback.views import FEEDBACK_LIMIT, tab_feedback

TAB = "/en/pain/upper-buttock/joint/"
ORIGIN = {"HTTP_ORIGIN": "http://testserver"}
HINT = "Please do not include personal details such as your name, email or phone number."


@pytest.fixture
def section(guide):
    return guide.sections.get(category__slug="joint")


def url(section, language="en"):
    return f"/{language}/feedback/{section.pk}/"


def answer(client, section, language="en", headers=(), **data):
    """POST an answer the way the form does: a fresh token, from this site."""
    data = {"token": protection.issue_token(section), "helpful": "yes", "comment": "", **data}
    return client.post(url(section, language), data, **ORIGIN, **dict(headers))


def test_the_cached_tab_page_asks_with_plain_links_and_carries_no_token_or_cookie(client, section):
    for _ in range(2):  # rendered, then from the page cache
        response = client.get(TAB)
        html = response.content.decode()
        assert f'href="/en/feedback/{section.pk}/?helpful=yes"' in html
        assert f'hx-get="/en/feedback/{section.pk}/?helpful=no"' in html
        assert "csrfmiddlewaretoken" not in html
        assert 'name="token"' not in html
        assert not response.cookies
        assert "Set-Cookie" not in response.headers


def test_the_yes_step_via_htmx_returns_only_the_form_fragment(client, section):
    response = client.get(url(section) + "?helpful=yes", HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html
    assert html.strip().startswith(f'<div class="feedback" id="feedback-{section.pk}">')
    assert 'value="yes" required checked' in html
    assert HINT in html
    assert "HX-Request" in response["Vary"]
    assert "no-store" in response["Cache-Control"]
    assert not TabFeedback.objects.exists()  # a GET writes nothing


def test_the_yes_step_without_htmx_is_a_whole_page_with_a_way_back(client, section):
    response = client.get(url(section) + "?helpful=no")
    html = response.content.decode()
    assert "<html" in html
    assert 'value="no" required checked' in html
    assert f'href="{section.get_absolute_url()}"' in html
    assert '<meta name="robots" content="noindex">' in html


def test_a_junk_answer_in_the_link_shows_the_form_with_nothing_chosen(client, section):
    html = client.get(url(section) + "?helpful=%00maybe").content.decode()
    assert "checked" not in html


def test_an_unpublished_tab_takes_no_feedback(client, section):
    section.is_published = False
    section.save()
    assert client.get(url(section)).status_code == 404
    assert answer(client, section).status_code == 404


def test_an_answer_is_stored_with_its_guide_tab_and_language(client, section, guide):
    response = answer(client, section, language="zh-hans", helpful="no", comment="Too long")
    assert response.status_code == 200
    row = TabFeedback.objects.get()
    assert (row.guide, row.section, row.language, row.helpful, row.comment) == (
        guide,
        section,
        "zh-hans",
        False,
        "Too long",
    )


def test_an_answer_without_a_comment_offers_to_add_one_to_the_same_row(client, section):
    response = answer(client, section, headers={"HTTP_HX_REQUEST": "true"})
    html = response.content.decode()
    assert "<html" not in html
    assert "Thank you for your feedback." in html
    row_token = html.split('name="row" value="')[1].split('"')[0]
    response = client.post(
        url(section), {"token": protection.issue_token(section), "row": row_token, "comment": "Clear, thanks"}, **ORIGIN
    )
    assert response.status_code == 200
    assert 'name="row"' not in response.content.decode()
    row = TabFeedback.objects.get()
    assert (row.helpful, row.comment) == (True, "Clear, thanks")


def test_a_forged_row_id_never_reaches_someone_elses_answer(client, section):
    answer(client, section, comment="mine")
    row = TabFeedback.objects.get()
    forged = signing.TimestampSigner(salt="other").sign(str(row.pk))
    response = client.post(
        url(section), {"token": protection.issue_token(section), "row": forged, "comment": "overwritten"}, **ORIGIN
    )
    assert response.status_code == 400
    assert "overwritten" in response.content.decode()  # kept to send again as a new answer
    assert TabFeedback.objects.get().comment == "mine"


def test_emails_and_phone_numbers_in_a_comment_are_masked_before_saving(client, section):
    answer(client, section, comment="Call me on 0412 345 678 or mail jo.bloggs@example.com please")
    assert TabFeedback.objects.get().comment == "Call me on [phone removed] or mail [email removed] please"


@pytest.mark.parametrize(
    "token",
    ["", "junk", "feedback:1:forged:signature", "other-tab"],
)
def test_a_post_without_a_valid_signed_token_is_refused(client, section, guide, token):
    if token == "other-tab":
        token = protection.issue_token(guide.sections.exclude(pk=section.pk).first())
    response = client.post(url(section), {"token": token, "helpful": "yes", "comment": "kept"}, **ORIGIN)
    assert response.status_code == 403
    assert "kept" in response.content.decode()
    assert not TabFeedback.objects.exists()


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_REFERER": "https://evil.example/page"},
        {},  # neither: a browser always sends one of them with a form
    ],
)
def test_a_post_from_another_origin_is_refused(client, section, headers):
    data = {"token": protection.issue_token(section), "helpful": "yes"}
    assert client.post(url(section), data, **headers).status_code == 403
    assert not TabFeedback.objects.exists()


def test_a_post_from_this_sites_page_by_referer_alone_is_accepted(client, section):
    data = {"token": protection.issue_token(section), "helpful": "yes"}
    response = client.post(url(section), data, HTTP_REFERER="http://testserver" + url(section))
    assert response.status_code == 200
    assert TabFeedback.objects.count() == 1


def test_a_form_left_open_over_an_hour_asks_again_keeping_the_text(client, section, monkeypatch):
    token = protection.issue_token(section)
    later = time.time() + protection.MAX_AGE + 60
    monkeypatch.setattr(signing.time, "time", lambda: later)
    response = client.post(url(section), {"token": token, "helpful": "no", "comment": "my words"}, **ORIGIN)
    assert response.status_code == 400
    html = response.content.decode()
    assert "was open for a long time" in html
    assert "my words" in html
    assert not TabFeedback.objects.exists()


def test_no_response_of_the_feedback_flow_sets_a_cookie(client, section):
    responses = [
        client.get(url(section) + "?helpful=yes"),
        client.get(url(section) + "?helpful=yes", HTTP_HX_REQUEST="true"),
        answer(client, section),
        answer(client, section, headers={"HTTP_HX_REQUEST": "true"}),
        client.post(url(section), {"helpful": "yes"}, **ORIGIN),  # refused
    ]
    for response in responses:
        assert not response.cookies, response
        assert "Set-Cookie" not in response.headers
    assert not client.cookies


def test_feedback_is_rate_limited_per_client_keeping_what_was_typed(client, section):
    for _ in range(FEEDBACK_LIMIT):
        assert answer(client, section).status_code == 200
    response = answer(client, section, comment="my late words")
    assert response.status_code == 429
    html = response.content.decode()
    assert "a lot of feedback from your connection" in html
    assert "my late words" in html
    assert TabFeedback.objects.count() == FEEDBACK_LIMIT
    # Another reader is not held up.
    assert answer(client, section, headers={"REMOTE_ADDR": "10.9.8.7"}).status_code == 200


def test_the_feedback_limit_holds_under_parallel_posts(section, monkeypatch, slow_cache_reads):
    # Invalid answers (no Yes or No) count too and write nothing, so the threads need no database.
    section = type(section).objects.select_related("guide", "category").get(pk=section.pk)
    monkeypatch.setattr("feedback.views._section_or_404", lambda request, section_id: section)
    token = protection.issue_token(section)
    statuses = []

    def post():
        request = RequestFactory().post(url(section), {"token": token}, REMOTE_ADDR="10.1.2.3", **ORIGIN)
        request.htmx = HtmxDetails(request)
        statuses.append(tab_feedback(request, section.pk).status_code)

    threads = [threading.Thread(target=post) for _ in range(FEEDBACK_LIMIT + 10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses.count(429) == 10
    assert statuses.count(400) == FEEDBACK_LIMIT
