"""Property-based: random query strings, paths, headers and form bodies at every public URL
never get a 500. More examples with HYPOTHESIS_PROFILE=deep (`make fuzz`)."""

import os
import string

from django.core.cache import cache
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

settings.register_profile(
    "default", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
settings.register_profile(
    "deep", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

PAGES = [
    "/",
    "/en/",
    "/zh-hans/",
    "/ar/pain-map/",
    "/en/pain-map/upper-buttock/",
    "/en/pain/upper-buttock/",
    "/en/pain/upper-buttock/nerve/",
    "/vi/pain/upper-buttock/all/",
    "/en/conditions/",
    "/en/find-a-professional/",
    "/en/find-a-professional/places/",
    "/en/find-a-professional/apply/",
    "/en/professionals/nobody/",
    "/en/search/",
    "/zh-hans/search/",
    "/sitemap.xml",
    "/robots.txt",
    "/healthz",
]
PARAMS = ["view", "where", "km", "profession", "interest", "language", "telehealth", "page", "lat", "lng", "q"]
junk = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=300)
latin1 = st.text(alphabet=st.characters(codec="latin-1", exclude_characters="\r\n"), max_size=80)
numbers = st.one_of(st.integers(-(10**12), 10**12).map(str), st.floats(allow_nan=True).map(str))
queries = st.dictionaries(st.one_of(st.sampled_from(PARAMS), junk), st.one_of(junk, numbers), max_size=6)
headers = st.fixed_dictionaries(
    {},
    optional={
        "HX-Request": st.sampled_from(["true", "false", ""]) | latin1,
        "HX-Target": latin1,
        "HX-History-Restore-Request": st.sampled_from(["true"]) | latin1,
        "Accept-Language": latin1,
        "If-None-Match": latin1,
    },
)


def assert_no_server_error(response, what):
    assert response.status_code < 500, what


@given(path=st.sampled_from(PAGES), query=queries, extra=headers)
def test_public_pages_never_answer_500_to_odd_queries_and_headers(client, demo, path, query, extra):
    # Every example renders: a page an earlier example left in the cache would answer for the
    # view, whatever headers this one sends (the fixture empties the cache once per test only).
    cache.clear()
    response = client.get(path, query, headers=extra)
    assert_no_server_error(response, (path, query, extra))


@given(segment=st.text(alphabet=string.printable + "éü中ع\x00", max_size=60), prefix=st.sampled_from(PAGES))
def test_odd_paths_are_404s_or_redirects_never_500(client, demo, segment, prefix):
    cache.clear()
    response = client.get(prefix + segment)
    assert_no_server_error(response, prefix + segment)


@given(body=st.dictionaries(st.one_of(st.sampled_from(["name", "email", "profession", "clinic_postcode",
       "languages", "interests", "bio", "agree", "nickname", "clinic_state"]), junk), st.one_of(junk, numbers),
       max_size=12))  # fmt: skip
def test_the_application_form_never_answers_500(client, demo, body):
    cache.clear()  # the rate limit would otherwise answer every later example
    response = client.post("/en/find-a-professional/apply/", body)
    assert_no_server_error(response, body)
    assert response.status_code in (302, 400)
