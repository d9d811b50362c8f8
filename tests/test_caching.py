import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from conditions.models import CauseSection

GUIDE = "/en/pain/upper-buttock/bone/"


def queries(client, url, **kwargs):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **kwargs)
    return response, len(captured)


def test_a_public_page_is_served_from_the_cache_the_second_time(client, demo):
    first, n1 = queries(client, GUIDE)
    second, n2 = queries(client, GUIDE)
    assert n1 > 0 and n2 == 0
    assert first.content == second.content
    # The headers added around the view are still there.
    assert "HX-Request" in second["Vary"]
    assert "Content-Security-Policy" in second


def test_the_cache_keeps_languages_and_htmx_apart(client, demo):
    full = client.get(GUIDE).content.decode()
    partial = client.get(GUIDE, headers={"HX-Request": "true"}).content.decode()
    chinese = client.get("/zh-hans/pain/upper-buttock/bone/").content.decode()
    assert "<html" in full and "<html" not in partial
    assert 'lang="zh-hans"' in chinese and chinese != full


def test_an_edit_shows_on_the_very_next_request(client, demo):
    client.get(GUIDE)
    section = CauseSection.objects.get(guide__slug="upper-buttock", category__slug="bone")
    section.heading_en = "A heading changed a moment ago"
    section.save()
    assert "A heading changed a moment ago" in client.get(GUIDE).content.decode()


def test_deleting_content_invalidates_too(client, demo):
    from conditions.models import Figure

    assert 'id="figure-3"' in client.get(GUIDE).content.decode()
    Figure.objects.filter(number="3").delete()
    assert 'id="figure-3"' not in client.get(GUIDE).content.decode()


def test_pages_answer_conditional_requests(client, demo):
    response = client.get(GUIDE)
    etag = response["ETag"]
    assert etag
    again = client.get(GUIDE, headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""


@pytest.mark.parametrize("url", ["/en/find-a-professional/apply/", "/en/find-a-professional/?where=2000"])
def test_forms_and_searches_are_not_cached(client, demo, url):
    queries(client, url)
    _, n = queries(client, url)
    assert n > 0


def test_error_pages_are_not_cached(client, demo):
    queries(client, "/en/pain-map/?view=nope")
    response, n = queries(client, "/en/pain-map/?view=nope")
    assert response.status_code == 400 and n > 0


def test_healthz_reports_database_and_cache_without_details(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_says_unavailable_when_the_database_fails(client, db, monkeypatch):
    class BrokenConnection:
        def cursor(self):
            raise RuntimeError("secret connection detail")

    monkeypatch.setattr("hiphelp.views.connection", BrokenConnection())
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "failing"
    assert "secret" not in response.content.decode()
