import math
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from professionals.geo import haversine_km
from professionals.models import Clinic, Language, Place, Profession, Professional
from tests.htmlparse import visible_text

FIND = "/en/find-a-professional/"
# Sydney GPO and nearby points; distances worked out by hand below.
SYDNEY = (-33.8688, 151.2093)


def hand_haversine(lat1, lng1, lat2, lng2):
    """The textbook formula, written out separately from the code under test."""
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lng2 - lng1)
    return 2 * r * math.asin(math.sqrt(math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2))


def make(name, profession, *points, telehealth=False, listed=True):
    pro = Professional.objects.create(
        name=name,
        slug=re.sub(r"\W+", "-", name.lower()),
        profession=profession,
        telehealth=telehealth,
        is_listed=listed,
    )
    for i, (lat, lng) in enumerate(points):
        pro.clinics.add(clinic(f"{name} clinic {i}", lat, lng))
    return pro


def clinic(name, lat=SYDNEY[0], lng=SYDNEY[1]):
    return Clinic.objects.create(
        name=name, address="1 Test St", suburb="Testville", state="NSW", postcode="9990", latitude=lat, longitude=lng
    )


def names(response):
    return re.findall(r'<h3><a href="/en/professionals/[^"]+">([^<]+)</a></h3>', response.content.decode())


def test_haversine_matches_hand_computed_values():
    # Sydney to Melbourne (GPO to GPO) is about 713 km; one degree of latitude about 111.2 km.
    assert haversine_km(-33.8688, 151.2093, -37.8136, 144.9631) == pytest.approx(713.4, abs=1.0)
    assert haversine_km(0, 0, 1, 0) == pytest.approx(111.19, abs=0.01)
    assert haversine_km(*SYDNEY, *SYDNEY) == 0


def test_results_are_nearest_first_with_hand_computed_distances(client, physio, place):
    near = (-33.8788, 151.2093)  # 0.01° south: 1.11 km
    mid = (-33.8688, 151.2693)  # 0.06° east: about 5.5 km
    far = (-33.9588, 151.2093)  # 0.09° south: 10.0 km
    make("Far Fiona", physio, far)
    make("Near Nadia", physio, near)
    make("Mid Mike", physio, mid)
    response = client.get(FIND, {"where": "9990", "km": "25"})
    assert names(response) == ["Near Nadia", "Mid Mike", "Far Fiona"]
    text = visible_text(response.content.decode())
    for point in (near, mid, far):
        expected = hand_haversine(*SYDNEY, *point)
        assert f"{expected:.1f} km away" in text
    assert f"{hand_haversine(*SYDNEY, *far):.1f}" == "10.0"
    # 5 km keeps the nearest only; 10 km also the one 5.5 km away (the third is just over 10).
    assert names(client.get(FIND, {"where": "9990", "km": "5"})) == ["Near Nadia"]
    assert names(client.get(FIND, {"where": "9990", "km": "10"})) == ["Near Nadia", "Mid Mike"]


def test_a_professional_at_several_nearby_clinics_appears_once_at_the_nearest(client, physio, place):
    make("Multi Mia", physio, (-33.9388, 151.2093), (-33.8738, 151.2093), (-33.8988, 151.2093))
    response = client.get(FIND, {"where": "9990", "km": "25"})
    assert names(response) == ["Multi Mia"]
    text = visible_text(response.content.decode())
    assert f"{hand_haversine(*SYDNEY, -33.8738, 151.2093):.1f} km away" in text
    assert "Multi Mia clinic 1" in text


def test_filters_narrow_the_results(client, physio, place):
    gp = Profession.objects.create(slug="gp-test", name="GP test")
    greek = Language.objects.get_or_create(code="el", defaults={"name": "Greek"})[0]
    a = make("Anna Physio", physio, (-33.87, 151.21))
    make("Ben Doctor", gp, (-33.87, 151.21), telehealth=True)
    make("Hidden Hal", physio, (-33.87, 151.21), listed=False)
    a.languages.add(greek)
    assert names(client.get(FIND, {"where": "9990", "profession": "physiotherapist"})) == ["Anna Physio"]
    assert names(client.get(FIND, {"where": "9990", "language": "el"})) == ["Anna Physio"]
    assert names(client.get(FIND, {"where": "9990", "telehealth": "on"})) == ["Ben Doctor"]


def test_telehealth_reaches_beyond_the_distance(client, physio, place):
    make("Perth Tele", physio, (-31.95, 115.86), telehealth=True)
    make("Perth Local", physio, (-31.95, 115.86))
    assert names(client.get(FIND, {"where": "9990", "km": "5"})) == []
    assert names(client.get(FIND, {"where": "9990", "km": "5", "telehealth": "on"})) == ["Perth Tele"]


def test_no_result_says_so_and_suggests_widening(client, place, physio):
    html = client.get(FIND, {"where": "9990", "km": "5"}).content.decode()
    assert "No professionals match your search." in html
    assert "Try a larger distance." in html
    assert "Telehealth only" in html


def test_place_by_name_and_by_suggestion_text(client, physio, place):
    make("Anna Physio", physio, (-33.87, 151.21))
    for where in ("Testville", "testville", "TESTVILLE NSW 9990", "Testville 9990"):
        assert names(client.get(FIND, {"where": where})) == ["Anna Physio"], where


def test_unknown_place_says_so_and_suggests_similar_names(client, db):
    response = client.get(FIND, {"where": "Melborne"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "We couldn’t find a place called “Melborne”." in html
    assert "Did you mean:" in html
    assert re.search(r">Melbourne VIC \d{4}</a>", html)


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"km": "abc"}, "Choose a distance of 5, 10, 25, 50 or 100 km."),
        ({"km": "7"}, "Choose a distance of 5, 10, 25, 50 or 100 km."),
        ({"km": "-5"}, "Choose a distance of 5, 10, 25, 50 or 100 km."),
        ({"where": "x" * 10_000}, "at most 100 characters"),
        ({"profession": "astrologer"}, "We don’t list that profession."),
        ({"page": "two", "where": "2000"}, "The page number must be a whole number."),
        ({"page": "0", "where": "2000"}, "greater than or equal to 1"),
        ({"lat": "91", "lng": "151"}, "less than or equal to"),
        ({"lat": "-33.8"}, "Your location was incomplete."),
        ({"language": "klingon"}, "Choose a language from the list."),
    ],
)
def test_bad_input_gets_a_clear_message_not_a_500(client, db, params, message):
    response = client.get(FIND, params)
    assert response.status_code == 400
    assert message in response.content.decode()


@pytest.mark.parametrize("where", ["2000\x00", "\x07\x1bSydney", "<script>alert(1)</script>", "' OR 1=1 --", "🙂"])
def test_odd_characters_are_handled(client, db, where):
    response = client.get(FIND, {"where": where})
    assert response.status_code in (200, 400)
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_a_page_past_the_end_says_so(client, physio, place):
    make("Anna Physio", physio, (-33.87, 151.21))
    response = client.get(FIND, {"where": "9990", "page": "99"})
    assert response.status_code == 200
    assert "There is no page 99; the last page is 1." in response.content.decode()
    assert names(response) == ["Anna Physio"]


def test_results_are_paginated_with_working_links(client, physio, place):
    for n in range(45):
        make(f"Pro {n:02d}", physio, (-33.87 - n * 0.001, 151.21))
    first = client.get(FIND, {"where": "9990"})
    assert len(names(first)) == 20
    html = first.content.decode()
    assert "Page 1 of 3" in html
    next_url = re.search(r'<a href="([^"]+)" rel="next"', html)[1].replace("&amp;", "&")
    assert "page=2" in next_url and "where=9990" in next_url
    second = client.get(next_url)
    assert names(second)[0] == "Pro 20"


def test_htmx_search_returns_the_results_partial_and_the_count(client, physio, place):
    make("Anna Physio", physio, (-33.87, 151.21))
    response = client.get(FIND, {"where": "9990"}, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert "<html" not in html
    assert html.strip().startswith('<section class="results" id="results"')
    assert (
        '<p id="result-count" hx-swap-oob="innerHTML">1 professional found within 25 km of Testville NSW 9990' in html
    )
    assert "HX-Request" in response["Vary"]
    full = client.get(FIND, {"where": "9990"})
    assert "HX-Request" in full["Vary"]
    assert 'id="result-count" role="status"' in full.content.decode()


def test_search_query_count_is_constant(client, physio, place, django_assert_max_num_queries):
    def count():
        cache.clear()  # both cold: the menus' choices are cached with the content version
        with CaptureQueriesContext(connection) as queries:
            client.get(FIND, {"where": "9990", "km": "50"})
        return len(queries)

    make("Anna Physio", physio, (-33.87, 151.21))
    small = count()
    greek = Language.objects.get_or_create(code="el", defaults={"name": "Greek"})[0]
    for n in range(30):
        pro = make(f"Pro {n:02d}", physio, (-33.87 - n * 0.001, 151.21), (-33.88, 151.2 + n * 0.001))
        pro.languages.add(greek)
    assert count() == small
    # The results (what htmx fetches as the form changes): place, count, page, the cards.
    with django_assert_max_num_queries(4):
        client.get(FIND, {"where": "9990", "km": "50"}, headers={"HX-Request": "true"})
    # The full page adds the form's three lists of choices.
    with django_assert_max_num_queries(7):
        client.get(FIND, {"where": "9990", "km": "50"})


def test_place_suggestions_as_you_type(client, db):
    html = client.get("/en/find-a-professional/places/", {"q": "melb"}).content.decode()
    assert '<option value="Melbourne VIC 3000">' in html
    assert client.get("/en/find-a-professional/places/", {"q": "300"}).content.decode().count("<option") == 8
    assert "<option" not in client.get("/en/find-a-professional/places/", {"q": "x" * 5000}).content.decode()
    assert "<option" not in client.get("/en/find-a-professional/places/", {"q": "\x00"}).content.decode()


def test_profile_page_shows_the_listing(client, physio, place):
    pro = make("Anna Physio", physio, (-33.87, 151.21), telehealth=True)
    html = client.get(pro.get_absolute_url()).content.decode()
    assert "<h1>Anna Physio</h1>" in html
    assert "Offers telehealth appointments" in html
    assert "Anna Physio clinic 0" in html
    hidden = make("Hidden Hal", physio, (-33.87, 151.21), listed=False)
    assert client.get(hidden.get_absolute_url()).status_code == 404


def test_clinic_coordinates_come_from_the_postcode(db):
    Place.objects.create(postcode="9991", locality="OTHERTON", state="VIC", latitude=-37.5, longitude=145.5)
    clinic = Clinic.objects.create(name="C", address="1 St", suburb="Otherton", state="VIC", postcode="9991")
    assert (clinic.latitude, clinic.longitude) == (-37.5, 145.5)
    assert clinic.z == pytest.approx(math.sin(math.radians(-37.5)))


def test_demo_generator_makes_fictional_listings_idempotently(db):
    from django.core.management import call_command

    call_command("generate_professionals", "40", verbosity=0)
    demo = Professional.objects.filter(email__endswith="@example.org")
    assert demo.count() == 40
    call_command("generate_professionals", "40", verbosity=0)
    assert demo.count() == 40
    assert Clinic.objects.filter(professionals__in=demo).distinct().count() == 50
    clinic = Clinic.objects.filter(professionals__in=demo).first()
    assert "(demo)" in clinic.name and " 5550 " in clinic.phone
    assert all("fictional" in p.bio for p in demo)


def test_a_page_past_every_professional_shows_the_last_page_in_few_queries(client, physio, place):
    for n in range(23):
        make(f"Pro {n:02d}", physio, (-33.87 - n * 0.001, 151.21), telehealth=True)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(FIND, {"where": "9990", "telehealth": "on", "page": "10000"})
    assert "There is no page 10000; the last page is 2." in response.content.decode()
    assert names(response) == ["Pro 20", "Pro 21", "Pro 22"]
    # One look for the page asked for (a filtered search reads its page and total together),
    # then the last page, from the total: no walk back through the pages.
    offsets = [m[1] for m in (re.search(r"OFFSET (\d+)", q["sql"]) for q in queries) if m]
    assert offsets[-1] == "20" and len(offsets) <= 2, offsets


@pytest.mark.parametrize("telehealth", ["", "on"])
def test_a_page_just_past_the_end_shows_the_last_page_in_order(client, physio, place, telehealth):
    for n in range(23):
        make(f"Pro {n:02d}", physio, (-33.87 - n * 0.001, 151.21), telehealth=True)
    for n in range(30):  # listed far away: the page number is within the table, past the results
        make(f"Perth {n:02d}", physio, (-31.95, 115.86))
    query = {"telehealth": telehealth} if telehealth else {"where": "9990"}
    response = client.get(FIND, {**query, "page": "3"})
    expected = ["Pro 20", "Pro 21", "Pro 22"] if not telehealth else [f"Pro {n:02d}" for n in range(20, 23)]
    assert "There is no page 3; the last page is 2." in response.content.decode()
    assert names(response) == expected


def test_the_distance_menu_is_in_the_readers_language(client, db):
    html = client.get("/zh-hans/find-a-professional/").content.decode()
    assert '<option value="5">5 公里以内</option>' in html
    assert "within 5 km" not in html


def option_labels(html, select_name, values):
    """The labels of the given option values in a select, in page order."""
    select = re.search(rf'<select name="{select_name}".*?</select>', html, re.S)[0]
    found = re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>', select)
    return [label for value, label in found if value in values]


@pytest.fixture
def languages_half_translated(db):
    """Shown in Chinese as 日语, Beta (no Chinese name yet) and 阿拉伯语: by pinyin a-la-bo, beta, ri.

    Neither the English names nor the Chinese column (empty first) sort them that way.
    """
    return [
        Language.objects.create(code="tst-ri", name="Alpha test", name_zh_hans="日语"),
        Language.objects.create(code="tst-beta", name="Beta"),
        Language.objects.create(code="tst-a", name="Gamma test", name_zh_hans="阿拉伯语"),
    ]


def test_search_menus_sort_by_the_text_the_reader_sees(client, languages_half_translated):
    html = client.get("/zh-hans/find-a-professional/").content.decode()
    codes = {language.code for language in languages_half_translated}
    assert option_labels(html, "language", codes) == ["阿拉伯语", "Beta", "日语"]


def test_apply_checkboxes_sort_by_the_text_the_reader_sees(client, languages_half_translated):
    html = client.get("/zh-hans/find-a-professional/apply/").content.decode()
    ids = {str(language.pk) for language in languages_half_translated}
    labels = re.findall(r'<input type="checkbox" name="languages" value="(\d+)"[^>]*>\s*([^<]+?)\s*</label>', html)
    assert [label for value, label in labels if value in ids] == ["阿拉伯语", "Beta", "日语"]


def test_a_place_over_its_limit_is_not_echoed_back_whole(client, db):
    response = client.get(FIND, {"where": "x" * 10_000, "lat": "1" * 5_000})
    assert response.status_code == 400
    form = re.search(r'<form class="search-form".*?</form>', response.content.decode(), re.S)[0]
    assert re.search(r'name="where" id="id_where" value="(x*)"', form)[1] == "x" * 100
    assert re.search(r'name="lat" id="id_lat" value="(1*)"', form)[1] == "1" * 100
