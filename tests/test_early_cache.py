"""The early page-cache hit: answered at the top of the stack, with a full render's headers.

A "full render" here is the first request (a miss, the whole stack and the view); the
early hit is the next one. To prove a response came early, LocaleMiddleware (which every
full-stack request passes) is made to fail: an early hit never reaches it.
"""

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.db import connection
from django.middleware.locale import LocaleMiddleware
from django.test import Client
from django.test.utils import CaptureQueriesContext

from hiphelp import caching
from professionals.models import Profession, Professional

GUIDE = "/en/pain/upper-buttock/"


@pytest.fixture
def profile_url(demo):
    profession = Profession.objects.get_or_create(slug="physio-early", defaults={"name": "Physio"})[0]
    professional = Professional.objects.create(name="Dr Early", slug="dr-early", profession=profession)
    return professional.get_absolute_url()


def refuse_stack(monkeypatch):
    """Fail any request that goes past the page-cache middleware into the stack."""

    def refuse(self, request):
        raise AssertionError(f"{request.path} went through the whole stack")

    monkeypatch.setattr(LocaleMiddleware, "process_request", refuse)


def went_through_stack(client, url, monkeypatch, **kwargs):
    """True when the request reached LocaleMiddleware (the response is returned too)."""
    seen = []
    original = LocaleMiddleware.process_request

    def spy(self, request):
        seen.append(request.path)
        return original(self, request)

    monkeypatch.setattr(LocaleMiddleware, "process_request", spy)
    response = client.generic(kwargs.pop("method", "GET"), url, **kwargs)
    monkeypatch.setattr(LocaleMiddleware, "process_request", original)
    return bool(seen), response


PAGES = [
    (GUIDE, {}),
    (f"{GUIDE}nerve/", {"HX-Request": "true"}),
    (f"{GUIDE}nerve/", {}),
    ("/en/pain-map/", {}),
    ("/en/pain-map/?view=back", {}),
    ("/en/", {}),
    ("/en/conditions/", {}),
    ("/zh-hans/pain/upper-buttock/", {}),
    ("/ar/", {}),
    ("/en/find-a-professional/?where=2000&km=10", {}),
    ("/en/find-a-professional/?where=2000&km=10", {"HX-Request": "true"}),
]


@pytest.mark.parametrize(("url", "headers"), PAGES)
def test_an_early_hit_sends_exactly_what_the_full_render_sent(client, demo, monkeypatch, url, headers):
    stack, full = went_through_stack(client, url, monkeypatch, headers=headers)
    assert stack and full.status_code == 200
    with CaptureQueriesContext(connection) as queries:
        stack, early = went_through_stack(client, url, monkeypatch, headers=headers)
    assert not stack, "the second request was not answered early"
    assert len(queries) == 0
    assert early.content == full.content
    assert list(early.items()) == list(full.items())
    for name in ("Content-Security-Policy", "ETag", "Content-Language", "X-Frame-Options",
                 "X-Content-Type-Options", "Referrer-Policy", "Cross-Origin-Opener-Policy",
                 "Permissions-Policy", "Cross-Origin-Resource-Policy", "Content-Length"):  # fmt: skip
        assert early[name], name
    if headers:
        assert "HX-Request" in early["Vary"]


def test_a_profile_is_answered_early_too(client, profile_url, monkeypatch):
    _, full = went_through_stack(client, profile_url, monkeypatch)
    stack, early = went_through_stack(client, profile_url, monkeypatch)
    assert not stack and list(early.items()) == list(full.items()) and early.content == full.content


def test_an_early_conditional_get_answers_304_as_the_whole_stack_does(client, demo, monkeypatch):
    etag = client.get(GUIDE)["ETag"]
    # Through the whole stack: a CSRF cookie sends it past the early path to the view's cache.
    stacked = Client()
    stacked.cookies["csrftoken"] = "x" * 32
    stack, full = went_through_stack(stacked, GUIDE, monkeypatch, headers={"If-None-Match": etag})
    assert stack and full.status_code == 304
    stack, early = went_through_stack(client, GUIDE, monkeypatch, headers={"If-None-Match": etag})
    assert not stack and early.status_code == 304 and early.content == b""
    assert dict(early.items()) == dict(full.items())
    stack, changed = went_through_stack(client, GUIDE, monkeypatch, headers={"If-None-Match": '"other"'})
    assert not stack and changed.status_code == 200


def test_htmx_variants_are_keyed_by_the_views_own_rule(client, demo, monkeypatch):
    Client().get(f"{GUIDE}nerve/", headers={"HX-Request": "true"})  # stores the fragment
    Client().get(f"{GUIDE}nerve/")  # and the page
    refuse_stack(monkeypatch)
    restore = client.get(f"{GUIDE}nerve/", headers={"HX-Request": "true", "HX-History-Restore-Request": "true"})
    assert b"<html" in restore.content  # a history restore gets the page, never the fragment
    fragment = client.get(f"{GUIDE}nerve/", headers={"HX-Request": "true"})
    assert b"<html" not in fragment.content
    odd = client.get(f"{GUIDE}nerve/", headers={"HX-Request": "TRUE"})
    assert b"<html" in odd.content


@pytest.fixture
def cached_guide(client, demo):
    assert client.get(GUIDE).status_code == 200
    return GUIDE


def test_a_session_cookie_skips_the_early_path(cached_guide, monkeypatch, db):
    session = SessionStore()
    session.create()
    reader = Client()
    reader.cookies["sessionid"] = session.session_key
    stack, response = went_through_stack(reader, cached_guide, monkeypatch)
    assert stack and response.status_code == 200


def test_any_session_cookie_even_a_stale_one_skips_it(cached_guide, monkeypatch):
    reader = Client()
    reader.cookies["sessionid"] = "not-a-session"
    assert went_through_stack(reader, cached_guide, monkeypatch)[0]


def test_a_csrf_cookie_skips_the_early_path(cached_guide, monkeypatch):
    reader = Client()
    reader.cookies["csrftoken"] = "y" * 32
    assert went_through_stack(reader, cached_guide, monkeypatch)[0]


def test_another_cookie_does_not(cached_guide, monkeypatch):
    reader = Client()
    reader.cookies["theme"] = "dark"
    assert not went_through_stack(reader, cached_guide, monkeypatch)[0]


def test_staff_get_drafts_never_the_early_page(cached_guide, django_user_model, monkeypatch):
    staff = Client()
    staff.force_login(django_user_model.objects.create_superuser("early", "e@example.org", "a-long-test-password"))
    stack, response = went_through_stack(staff, cached_guide, monkeypatch)
    assert stack and "no-store" in response["Cache-Control"]


def test_unknown_parameters_skip_it_and_go_to_the_clean_address(cached_guide, client, monkeypatch):
    stack, response = went_through_stack(client, f"{cached_guide}?utm_source=x", monkeypatch)
    assert stack and response.status_code == 302 and response["Location"] == cached_guide


def test_a_repeated_parameter_is_never_the_page_of_its_last_value(client, demo, monkeypatch):
    # The map reads every `places` value: "?places=pubic&places=tailbone" is a request for two
    # places (redirected to their one address), not the cached page of the tailbone alone.
    assert client.get("/en/pain-map/?places=tailbone").status_code == 200
    stack, response = went_through_stack(client, "/en/pain-map/?places=pubic&places=tailbone", monkeypatch)
    assert stack and response.status_code == 302
    assert response["Location"] == "/en/pain-map/?places=pubic,tailbone"


@pytest.mark.parametrize("method", ["POST", "PUT", "HEAD", "OPTIONS"])
def test_other_methods_skip_it(cached_guide, client, monkeypatch, method):
    stack, response = went_through_stack(client, cached_guide, monkeypatch, method=method)
    assert stack
    assert response.status_code == (200 if method == "HEAD" else 405)


def test_paths_without_a_language_skip_it(client, db, monkeypatch):
    client.get("/robots.txt")
    assert caching.early_key(client.get("/robots.txt").wsgi_request) is None


def test_a_page_rendered_for_staff_is_never_stored(client, demo, django_user_model, monkeypatch):
    staff = Client()
    staff.force_login(django_user_model.objects.create_superuser("early2", "f@example.org", "a-long-test-password"))
    staff.get(GUIDE)
    stack, response = went_through_stack(client, GUIDE, monkeypatch)
    assert stack, "the staff member's page was stored"
    assert "Cache-Control" not in response


def test_an_edit_shows_at_once_on_the_early_path(client, demo, django_capture_on_commit_callbacks, monkeypatch):
    from conditions.models import CauseSection

    client.get(f"{GUIDE}bone/")
    section = CauseSection.objects.get(guide__slug="upper-buttock", category__slug="bone")
    section.heading_en = "Edited for the early path"
    with django_capture_on_commit_callbacks(execute=True):
        section.save()
    stack, response = went_through_stack(client, f"{GUIDE}bone/", monkeypatch)
    assert stack and "Edited for the early path" in response.content.decode()
    stack, again = went_through_stack(client, f"{GUIDE}bone/", monkeypatch)
    assert not stack and again.content == response.content


def test_the_version_file_is_read_again_only_when_it_changes(settings, tmp_path, monkeypatch):
    settings.CONTENT_VERSION_FILE = tmp_path / "version"
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    reads = []

    def counted(path, *args, **kwargs):
        reads.append(path)
        return open(path, *args, **kwargs)

    monkeypatch.setattr(caching, "open", counted, raising=False)
    assert caching.content_version() == "0"  # no file yet
    caching.bump_content_version()
    first = caching.content_version()
    assert first != "0" and caching.content_version() == first and caching.content_version() == first
    assert len(reads) == 1
    caching.bump_content_version()
    second = caching.content_version()
    assert second != first and len(reads) == 2


@pytest.mark.parametrize(
    ("headers", "cookie", "storable"),
    [
        ({}, False, True),
        ({"Vary": "HX-Request, Cookie"}, False, False),  # the page read the session
        ({"Cache-Control": "private, no-store"}, False, False),
        ({"Cache-Control": "no-store"}, False, False),
        ({}, True, False),  # it set a cookie (a CSRF token, a message)
    ],
)
def test_only_a_response_any_reader_may_get_is_stored(headers, cookie, storable):
    from django.http import HttpResponse

    response = HttpResponse(b"<p>page</p>", headers=headers)
    if cookie:
        response.set_cookie("csrftoken", "z" * 32)
    assert caching._storable(response) is storable


@pytest.fixture
def behind_https_proxy(settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 3600
    settings.TRUSTED_PROXIES = ["10.0.0.1"]


def test_first_in_the_stack_it_keeps_the_https_redirect_and_the_proxy_rule(
    behind_https_proxy, settings, client, demo, monkeypatch
):
    proxy = {"REMOTE_ADDR": "10.0.0.1", "HTTP_X_FORWARDED_PROTO": "https"}
    stack, full = went_through_stack(client, GUIDE, monkeypatch, **proxy)
    assert stack and full.status_code == 200 and full["Strict-Transport-Security"]
    stack, early = went_through_stack(client, GUIDE, monkeypatch, **proxy)
    assert not stack and list(early.items()) == list(full.items())
    # Plain HTTP is still sent to HTTPS, even with a page kept from before the redirect was
    # on (a shared cache outlives a restart), and a client that is not the proxy cannot claim it.
    settings.SECURE_SSL_REDIRECT = False
    assert Client().get(GUIDE, REMOTE_ADDR="10.0.0.1").status_code == 200  # SecurityMiddleware reads it once
    settings.SECURE_SSL_REDIRECT = True
    for meta in ({"REMOTE_ADDR": "10.0.0.1"}, {"REMOTE_ADDR": "192.0.2.7", "HTTP_X_FORWARDED_PROTO": "https"}):
        redirect = client.get(GUIDE, **meta)  # SecurityMiddleware's, before LocaleMiddleware
        assert redirect.status_code == 301 and redirect["Location"] == f"https://testserver{GUIDE}"


def test_pages_over_http_and_https_are_kept_apart(settings, client, demo, monkeypatch):
    """HSTS is sent over HTTPS only, so a page stored from one is never the other's."""
    settings.SECURE_HSTS_SECONDS = 3600
    plain = client.get(GUIDE)
    stack, secure = went_through_stack(client, GUIDE, monkeypatch, secure=True)
    assert stack and "Strict-Transport-Security" in secure and "Strict-Transport-Security" not in plain
    stack, again = went_through_stack(client, GUIDE, monkeypatch, secure=True)
    assert not stack and list(again.items()) == list(secure.items())
    stack, plain_again = went_through_stack(client, GUIDE, monkeypatch)
    assert not stack and "Strict-Transport-Security" not in plain_again


HTMX_HEADERS = [
    {},
    {"HX-Request": "true"},
    {"HX-Request": "TRUE"},
    {"HX-Request": ""},
    {"HX-Request": "true", "HX-History-Restore-Request": "true"},
    {"HX-Request": "true", "HX-History-Restore-Request": "false"},
    {"HX-Request": "%74rue", "HX-Request-URI-AutoEncoded": "true"},
    {"HX-Request": "%74rue"},
]


@pytest.mark.parametrize("headers", HTMX_HEADERS)
def test_the_early_variant_is_the_views_own_rule(rf, headers):
    from django_htmx.middleware import HtmxDetails

    from hiphelp.partials import variant, variant_of_headers

    request = rf.get(GUIDE, headers=headers)
    request.htmx = HtmxDetails(request)
    assert variant_of_headers(request.META) == variant(request)


@pytest.mark.parametrize(
    ("path", "language"),
    [("/en/", "en"), ("/zh-hans/pain/", "zh-hans"), ("/ar/x/", "ar"), ("/en", None), ("/en-us/", None),
     ("/", None), ("/static/x.css", None), ("/xx/", None), ("", None)],
)  # fmt: skip
def test_the_early_language_is_a_prefix_locale_middleware_takes(path, language):
    assert caching._path_language(path) == language
