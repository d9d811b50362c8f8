import pickle

import pytest
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from conditions.models import CauseSection
from hiphelp import caching

GUIDE = "/en/pain/upper-buttock/bone/"


def queries(client, url, **kwargs):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **kwargs)
    return response, len(captured)


def is_page(response):
    return b"<html" in response.content


def bone_section():
    return CauseSection.objects.get(guide__slug="upper-buttock", category__slug="bone")


def cached_pages():
    """Keys of the pages in the cache, read from the backend's own store."""
    backend = caches["default"]
    if isinstance(backend, LocMemCache):
        return [key for key in backend._cache if ":page:" in key]
    client = backend._cache.get_client(write=False)  # Django's Redis backend: the redis-py client
    return list(client.scan_iter(match="*:page:*"))


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


@pytest.mark.parametrize(
    "headers",
    [
        {"HX-Request": "true", "HX-History-Restore-Request": "no"},
        {"HX-Request": "true", "HX-History-Restore-Request": "false"},
        {"HX-Request": "true", "HX-Target": "cause-panel", "HX-Current-URL": "http://x/"},
    ],
)
def test_no_htmx_header_can_file_a_fragment_as_the_page(client, demo, headers):
    attack = client.get(GUIDE, headers=headers)
    assert not is_page(attack)  # htmx was asked for a fragment, and got one
    innocent = client.get(GUIDE)
    assert innocent.status_code == 200 and is_page(innocent)
    assert "Bone Related Pain in the Upper Buttock" in innocent.content.decode()


@pytest.mark.parametrize("value", ["1", "yes", "TRUE", "false"])
def test_no_htmx_header_can_file_the_page_as_a_fragment(client, demo, value):
    attack = client.get(GUIDE, headers={"HX-Request": value, "HX-Target": "cause-panel"})
    assert is_page(attack)  # not an htmx request as django-htmx reads it: the page
    innocent = client.get(GUIDE, headers={"HX-Request": "true", "HX-Target": "cause-panel"})
    assert not is_page(innocent)
    assert 'id="cause-panel"' in innocent.content.decode()


@pytest.mark.parametrize("url", ["/en/", "/en/pain-map/?view=back", "/en/pain-map/upper-buttock/"])
def test_map_pages_keep_fragment_and_page_apart_too(client, demo, url):
    client.get(url, headers={"HX-Request": "true", "HX-History-Restore-Request": "0"})
    assert is_page(client.get(url))
    client.get(url, headers={"HX-Request": "1"})
    assert not is_page(client.get(url, headers={"HX-Request": "true"}))


def test_an_edit_shows_on_the_very_next_request(client, demo, django_capture_on_commit_callbacks):
    client.get(GUIDE)
    section = bone_section()
    section.heading_en = "A heading changed a moment ago"
    with django_capture_on_commit_callbacks(execute=True):
        section.save()
    assert "A heading changed a moment ago" in client.get(GUIDE).content.decode()


def test_deleting_content_invalidates_too(client, demo, django_capture_on_commit_callbacks):
    from conditions.models import Figure

    assert 'id="figure-3"' in client.get(GUIDE).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        Figure.objects.filter(number="3").delete()
    assert 'id="figure-3"' not in client.get(GUIDE).content.decode()


def test_the_version_moves_only_when_the_change_commits(demo, django_capture_on_commit_callbacks):
    before = caching.content_version()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        section = bone_section()
        section.heading_en = "Not yet committed"
        section.save()
        # A reader now must not file the old text under a new version.
        assert caching.content_version() == before
    assert callbacks


def test_one_save_moves_the_version_once(demo, django_capture_on_commit_callbacks):
    # The save writes the section and its history row: one move, not one per model.
    with django_capture_on_commit_callbacks() as callbacks:
        section = bone_section()
        section.heading_en = "Saved once"
        section.save()
    assert len(callbacks) == 1


def test_an_admin_save_with_inlines_moves_the_version_once(editor_client, guide, django_capture_on_commit_callbacks):
    from tests.htmlparse import form_data

    url = f"/admin/conditions/guide/{guide.pk}/change/"
    data = form_data(editor_client.get(url).content.decode(), "guide_form")
    data["title_en"] = "Upper buttock pain, edited"
    with django_capture_on_commit_callbacks() as callbacks:
        response = editor_client.post(url, data)
    assert response.status_code == 302
    assert len(callbacks) == 1


def profession_and_language():
    from professionals.models import Language, Profession

    profession = Profession.objects.get_or_create(slug="physiotherapist", defaults={"name": "Physiotherapist"})[0]
    return profession, Language.objects.get_or_create(code="vi", defaults={"name": "Vietnamese"})[0]


def application(profession):
    from professionals.models import ListingApplication

    return ListingApplication.objects.create(
        name="Dr Applicant",
        profession=profession,
        qualifications="BPhty",
        email="applicant@example.org",
        bio="Physio.",
        clinic_name="Test Clinic",
        clinic_address="1 George St",
        clinic_suburb="Sydney",
        clinic_state="NSW",
        clinic_postcode="2000",
    )


@pytest.fixture
def bumps(monkeypatch):
    """The content version's moves, as they happen (committed), counted."""
    moves = []
    original = caching.bump_content_version

    def counted(**kwargs):
        moves.append(1)
        original()

    monkeypatch.setattr(caching, "bump_content_version", counted)
    return moves


# Committed for real (no test transaction), so that the version moves as in production.
def test_a_listing_application_does_not_move_the_version(transactional_db, bumps):
    from professionals.models import ListingApplication

    profession, language = profession_and_language()
    bumps.clear()
    before = caching.content_version()
    submitted = application(profession)
    submitted.languages.set([language])
    submitted.status = ListingApplication.Status.REJECTED
    submitted.save()
    assert bumps == []
    assert caching.content_version() == before


def test_approving_an_application_moves_the_version_once(transactional_db, bumps, django_user_model):
    from professionals import services

    submitted = application(profession_and_language()[0])
    staff = django_user_model.objects.create_superuser("approver", "a@example.org", "a-long-test-password")
    bumps.clear()
    before = caching.content_version()
    services.application_approve(application=submitted, by=staff)
    assert len(bumps) == 1
    assert caching.content_version() != before


@pytest.mark.parametrize("junk", ["?utm_source=x", "?a=1&b=2", "?view=back", "?%00=%ff", "?page=2"])
def test_a_page_with_junk_in_its_query_string_goes_to_its_clean_address(client, demo, junk):
    response = client.get(GUIDE + junk)
    assert response.status_code == 302
    assert response["Location"] == GUIDE
    assert cached_pages() == []


def test_junk_query_strings_cannot_grow_the_cache(client, demo):
    client.get("/en/pain-map/?view=back")
    client.get("/en/pain-map/?view=back", headers={"HX-Request": "true"})
    assert len(cached_pages()) == 2
    for n in range(50):
        client.get(f"/en/pain-map/?view=back&junk={n}")
        client.get(f"/en/pain-map/?junk={n}", headers={"HX-Request": "true"})
        client.get(f"{GUIDE}?n={n}", headers={"HX-Request": "true"})
        client.get(f"/en/pain-map/?view=junk{n}")
    assert len(cached_pages()) == 2


def test_the_parameters_a_page_reads_are_kept_on_its_clean_address(client, demo):
    response = client.get("/en/pain-map/?utm=1&view=back")
    assert response.status_code == 302 and response["Location"] == "/en/pain-map/?view=back"
    assert "view=back" in client.get(response["Location"]).content.decode()


def test_an_htmx_request_with_junk_is_rendered_but_not_cached(client, demo):
    response = client.get(GUIDE + "?junk=1", headers={"HX-Request": "true"})
    assert response.status_code == 200 and 'id="cause-panel"' in response.content.decode()
    assert cached_pages() == []


class BrokenCache:
    def __getattr__(self, name):
        def fail(*args, **kwargs):
            raise ConnectionError("cache is down")

        return fail


def test_a_cache_that_fails_never_fails_the_page(client, demo, monkeypatch):
    monkeypatch.setattr(caching, "cache", BrokenCache())
    monkeypatch.setattr(caching, "cache_is_process_local", lambda: False)
    response = client.get(GUIDE)
    assert response.status_code == 200
    assert "Bone Related Pain in the Upper Buttock" in response.content.decode()


class FullCache(LocMemCache):
    """Takes small values, refuses page-sized ones: a Redis at its memory limit."""

    def set(self, key, value, *args, **kwargs):
        if len(pickle.dumps(value)) > 1000:
            raise MemoryError("OOM command not allowed when used memory > 'maxmemory'")
        return super().set(key, value, *args, **kwargs)


def test_a_full_cache_still_serves_pages_and_healthz_says_so(client, demo, monkeypatch):
    full = FullCache("full", {})
    monkeypatch.setattr(caching, "cache", full)
    response = client.get(GUIDE)
    assert response.status_code == 200 and "Bone Related Pain" in response.content.decode()
    health = client.get("/healthz")
    assert health.status_code == 503
    assert health.json()["cache"] == "failing"


def test_processes_with_caches_of_their_own_see_an_edit(client, demo, monkeypatch, django_capture_on_commit_callbacks):
    # Two server processes with local-memory caches: each has its own store, one machine.
    first, second = LocMemCache("process-1", {}), LocMemCache("process-2", {})
    monkeypatch.setattr(caching, "cache_is_process_local", lambda: True)  # also in CI's Redis run
    monkeypatch.setattr(caching, "cache", first)
    client.get(GUIDE)
    monkeypatch.setattr(caching, "cache", second)
    client.get(GUIDE)
    section = bone_section()
    section.heading_en = "Edited in the second process"
    with django_capture_on_commit_callbacks(execute=True):
        section.save()
    monkeypatch.setattr(caching, "cache", first)
    assert "Edited in the second process" in client.get(GUIDE).content.decode()


def test_cached_absolute_links_never_come_from_the_host_header(client, demo, settings):
    client.get(GUIDE, HTTP_HOST="localhost:6666")
    html = client.get(GUIDE).content.decode()
    assert "6666" not in html
    assert f'<link rel="canonical" href="{settings.SITE_URL}{GUIDE}">' in html
    assert f'hreflang="zh-hans" href="{settings.SITE_URL}/zh-hans/pain/upper-buttock/bone/"' in html


def test_pages_answer_conditional_requests(client, demo):
    response = client.get(GUIDE)
    etag = response["ETag"]
    assert etag
    again = client.get(GUIDE, headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""


def test_forms_are_not_cached(client, demo):
    queries(client, "/en/find-a-professional/apply/")
    _, n = queries(client, "/en/find-a-professional/apply/")
    assert n > 0


@pytest.mark.parametrize("headers", [{}, {"HX-Request": "true"}])
def test_a_repeated_search_a_shared_link_is_served_from_the_cache(client, demo, headers):
    url = "/en/find-a-professional/?where=2000&km=10&telehealth=on"
    first, n1 = queries(client, url, headers=headers)
    second, n2 = queries(client, url, headers=headers)
    assert first.status_code == 200 and n1 > 0 and n2 == 0
    assert first.content == second.content and 'id="result-count"' in second.content.decode()


def test_a_search_with_other_parameters_goes_to_its_clean_address(client, demo):
    response = client.get("/en/find-a-professional/?where=2000&km=10&fbclid=x")
    assert response.status_code == 302
    assert response["Location"] == "/en/find-a-professional/?where=2000&km=10"


def test_a_search_with_bad_input_is_not_cached(client, demo):
    response = client.get("/en/find-a-professional/?where=2000&km=7")
    assert response.status_code == 400 and "Choose a distance" in response.content.decode()
    assert cached_pages() == []


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
