"""Methods and headers: every page answers HEAD, and security headers reach static files too."""

import re

import pytest
from django.test import Client

from tests.test_settings import run

PAGES = [
    "/en/",
    "/en/pain-map/",
    "/en/pain-map/?view=back",
    "/en/pain-map/upper-buttock/",
    "/en/pain/upper-buttock/",
    "/en/pain/upper-buttock/nerve/",
    "/en/pain/upper-buttock/all/",
    "/en/conditions/",
    "/en/find-a-professional/",
    "/en/find-a-professional/?where=2000",
    "/en/find-a-professional/places/?q=melb",
    "/en/find-a-professional/apply/",
    "/en/find-a-professional/apply/thanks/",
    "/robots.txt",
    "/healthz",
]


@pytest.mark.parametrize("url", PAGES)
def test_every_page_answers_head_like_get(client, demo, url):
    get = client.get(url)
    head = client.head(url)
    assert get.status_code == 200, url
    assert head.status_code == get.status_code, url
    assert head["Content-Type"] == get["Content-Type"]
    assert head.content == b""


def test_a_profile_answers_head(client, demo):
    from professionals.models import Profession, Professional

    profession = Profession.objects.create(slug="physio-head", name="Physio")
    professional = Professional.objects.create(name="Dr Head", slug="dr-head", profession=profession)
    assert client.head(professional.get_absolute_url()).status_code == 200


def test_pages_send_permissions_and_resource_policies(client, demo):
    response = client.get("/en/pain/upper-buttock/")
    policy = response["Permissions-Policy"]
    assert "geolocation=(self)" in policy
    assert "camera=()" in policy and "microphone=()" in policy
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


@pytest.mark.parametrize("path", ["/static/css/site.css", "/static/img/favicon.svg", "/static/js/site.js"])
def test_static_files_carry_the_security_headers(settings, db, path):
    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = True
    response = Client().get(path)  # a new client loads the middleware with these settings
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    assert "geolocation=(self)" in response["Permissions-Policy"]
    # An SVG opened on its own can run no script.
    csp = response["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "script-src" not in csp


def test_hsts_preload_is_opt_in():
    code = "import django; django.setup(); from django.conf import settings; print(settings.SECURE_HSTS_PRELOAD)"
    secret = "a-production-grade-secret-key-with-enough-length-and-variety-8f3kq9x2"
    common = {"DJANGO_SETTINGS_MODULE": "hiphelp.settings", "DJANGO_SECRET_KEY": secret}
    assert run(code, **common).stdout.strip() == "False"
    assert run(code, **common, DJANGO_HSTS_PRELOAD="1").stdout.strip() == "True"


@pytest.mark.parametrize("path", ["//evil.example/x", "//evil.example", "/\\evil.example/x", "/nope/"])
def test_a_404_language_switcher_leads_to_each_home_page(client, db, path):
    response = client.get("/", PATH_INFO=path)
    assert response.status_code == 404
    html = response.content.decode()
    links = dict(re.findall(r'<a href="([^"]*)" hreflang="([^"]+)"', html))
    assert set(links.values()) == {"en", "zh-hans", "vi", "ar"}
    assert set(links) == {"/en/", "/zh-hans/", "/vi/", "/ar/"}
    assert "evil.example" not in html


def test_the_language_switcher_still_keeps_the_page_and_query(client, demo):
    html = client.get("/en/pain-map/?view=back").content.decode()
    assert '<a href="/zh-hans/pain-map/?view=back" hreflang="zh-hans"' in html


def test_a_direct_client_cannot_claim_https_through_forwarded_headers(client, settings, db):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_SSL_REDIRECT = True
    settings.TRUSTED_PROXIES = ["10.0.0.1"]
    # From the internet, straight to the app server: its claim is dropped, so it is redirected.
    direct = client.get("/robots.txt", REMOTE_ADDR="203.0.113.7", HTTP_X_FORWARDED_PROTO="https")
    assert direct.status_code == 301 and direct["Location"].startswith("https://")
    # Through the trusted proxy, which terminated TLS: served.
    proxied = client.get("/robots.txt", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_PROTO="https")
    assert proxied.status_code == 200


def test_junk_query_strings_are_not_repeated_in_every_language_link(client, demo):
    response = client.get("/en/find-a-professional/?where=" + "x" * 10_000)
    html = response.content.decode()
    assert len(html) < 60_000
    assert '<a href="/zh-hans/find-a-professional/" hreflang="zh-hans"' in html


def test_robots_keep_search_engines_out_of_the_feedback_steps(client, db):
    text = client.get("/robots.txt").content.decode()
    assert "Disallow: /en/feedback/" in text and "Disallow: /ar/feedback/" in text
    assert "Disallow: /\n" not in text
