"""The directory's shape for speed: bands of latitude, plain cards, menus, pinned query counts."""

import pytest
from django import forms
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from professionals.forms import QuickSelect, SearchForm
from professionals.geo import band, bands_between, bounding_box
from professionals.models import Language, Practice, Profession, Professional
from tests.professionals.test_directory import FIND, SYDNEY, hand_haversine, make, names


def test_bands_cover_the_whole_box_across_band_edges():
    min_lat, max_lat, *_ = bounding_box(*SYDNEY, 50)
    bands = bands_between(min_lat, max_lat)
    assert bands[0] == band(min_lat) and bands[-1] == band(max_lat)
    assert bands == list(range(bands[0], bands[-1] + 1))
    assert band(-0.05) == -1 and band(0.05) == 0 and band(-33.85) == -339
    assert bands_between(-90, 90) is None  # telehealth: every band, no list of 1,800


def test_a_clinic_just_across_a_band_edge_is_found(client, physio, place):
    # SYDNEY is in band -339 (-33.9 .. -33.8); a clinic at -33.7995 lies in the next one, 7.7 km north.
    edge = make("Edge Eve", physio, (-33.7995, 151.2093))
    assert edge.practices.get().band == -338
    assert names(client.get(FIND, {"where": "9990", "km": "10"})) == ["Edge Eve"]
    assert names(client.get(FIND, {"where": "9990", "km": "5"})) == []


def test_moving_a_clinic_moves_its_practices_band(physio, place):
    pro = make("Moving Max", physio, SYDNEY)
    clinic = pro.clinics.get()
    clinic.latitude = -37.81
    clinic.save()
    assert Practice.objects.get(professional=pro).band == band(-37.81) == -379


def test_the_search_reads_its_bands_not_the_whole_latitude(physio, place):
    with CaptureQueriesContext(connection) as queries:
        Professional.objects.near(*SYDNEY, 10).count()
    sql = queries.captured_queries[-1]["sql"]
    assert "band IN (" in sql


def test_cards_carry_the_nearest_clinic_sorted_languages_and_the_profile_link(client, physio, place):
    pro = make("Card Cara", physio, (-33.95, 151.2093), (-33.8788, 151.2093))
    pro.languages.add(
        Language.objects.create(code="el-t", name="Greek"), Language.objects.create(code="ar-t", name="Arabic")
    )
    html = client.get(FIND, {"where": "9990", "km": "25"}).content.decode()
    assert '<a href="/en/professionals/card-cara/">Card Cara</a>' in html
    assert "Card Cara clinic 1, Testville NSW" in html  # the nearer of the two
    assert "Speaks Arabic, Greek" in html
    assert "1.1 km away" in html


def test_quick_select_writes_what_djangos_select_writes(db):
    choices = [("", "Any"), ("a&b", "Fish & <chips>"), ("2", "Two")]
    attrs = {"id": "id_x", "aria-describedby": "x-help", "required": True, "disabled": False}
    ours = QuickSelect(choices=choices).render("x", "a&b", attrs)
    django = forms.Select(choices=choices).render("x", "a&b", attrs)
    assert " ".join(ours.split()) == " ".join(django.split())
    assert 'value="a&amp;b" selected>Fish &amp; &lt;chips&gt;' in ours


def test_the_search_forms_menus_use_it():
    for name in ("km", "profession", "interest", "language"):
        assert isinstance(SearchForm.base_fields[name].widget, QuickSelect), name


@pytest.mark.parametrize("clinics", [3, 40])
@pytest.mark.parametrize("headers", [{"HX-Request": "true"}, {}])
def test_the_directory_runs_a_fixed_number_of_queries(client, physio, place, clinics, headers):
    for n in range(clinics):
        pro = make(f"Pro {n:02d}", physio, (-33.87 - n * 0.001, 151.21), (-33.88, 151.2 + n * 0.001))
        pro.languages.add(Language.objects.get_or_create(code="el", defaults={"name": "Greek"})[0])
    client.get(FIND, {"where": "9990"})  # the menus' choices are cached from now on
    with CaptureQueriesContext(connection) as queries:
        response = client.get(FIND, {"where": "9990", "km": "50"}, headers=headers)
    assert response.status_code == 200 and len(names(response)) == min(clinics, 20)
    # The place, the total, the page (from a circle just big enough, or once more from the whole
    # one), and the cards: the page's practices with their professionals and clinics.
    assert 4 <= len(queries) <= 5, [q["sql"][:80] for q in queries.captured_queries]


def test_a_telehealth_card_without_a_clinic_still_shows_its_professional(client, physio, place):
    greek = Language.objects.create(code="el-t", name="Greek")
    online = make("Online Olga", physio, telehealth=True)
    online.languages.add(greek)
    make("Clinic Cleo", physio, SYDNEY, telehealth=True).languages.add(greek)
    client.get(FIND, {"where": "9990"})  # the menus' choices are cached from now on
    with CaptureQueriesContext(connection) as queries:
        response = client.get(FIND, {"telehealth": "on"})
    assert names(response) == ["Clinic Cleo", "Online Olga"]
    assert response.content.decode().count("Speaks Greek") == 2
    # The total, the page, the cards, and for Olga, who has no clinic, herself and her languages.
    assert len(queries) == 5, [q["sql"][:80] for q in queries.captured_queries]


@pytest.mark.parametrize("query", [{}, {"profession": "physiotherapist"}])
@pytest.mark.parametrize("near_count", [25, 5])
def test_every_page_is_the_nearest_first_order_however_the_clinics_lie(client, physio, place, near_count, query):
    """A page is read from a smaller circle when the place is dense enough: never at the cost of its order."""
    points = {}
    for n in range(near_count):  # within 2 km
        points[f"Near {n:02d}"] = [(SYDNEY[0] - 0.0005 * (n + 1), SYDNEY[1] + 0.0003 * n)]
    # 45 to 50 km north, beyond the smaller circle a first page of this sparse a place is read
    # from; a few with a second, nearer clinic.
    for n in range(45):
        far = (SYDNEY[0] + 0.405 + 0.001 * n, SYDNEY[1])
        points[f"Far {n:02d}"] = [far] + ([(SYDNEY[0] + 0.1 + 0.001 * n, SYDNEY[1])] if n % 5 == 0 else [])
    for name, where in points.items():
        make(name, physio, *where)
    expected = sorted(points, key=lambda name: min(hand_haversine(*SYDNEY, *p) for p in points[name]))
    found = []
    for page in range(1, -(-len(expected) // 20) + 1):
        found += names(client.get(FIND, {"where": "9990", "km": "50", "page": page, **query}))
    assert found == expected


def test_a_change_of_profession_moves_the_professional_between_filtered_searches(client, physio, place):
    pro = make("Changing Chris", physio, SYDNEY)
    surgeon = Profession.objects.create(slug="orthopaedic-surgeon", name="Orthopaedic surgeon")
    assert names(client.get(FIND, {"where": "9990", "profession": "physiotherapist"})) == ["Changing Chris"]
    pro.profession = surgeon
    pro.save()
    cache.clear()  # the pages' version moves when a transaction commits; this test's never does
    assert names(client.get(FIND, {"where": "9990", "profession": "physiotherapist"})) == []
    assert names(client.get(FIND, {"where": "9990", "profession": "orthopaedic-surgeon"})) == ["Changing Chris"]
