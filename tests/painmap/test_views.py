import re

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from conditions.models import Guide
from painmap.models import Region
from tests.htmlparse import visible_text

MAP = "/en/pain-map/"
REQUIRED = [
    "groin",
    "pubic",
    "front-thigh",
    "inner-thigh",
    "lateral-hip",
    "outer-thigh",
    "upper-buttock",
    "lower-buttock",
    "back-of-thigh",
    "lower-back",
]


def svg_links(html):
    svg = html.split('<svg class="body-map')[1].split("</svg>")[0]
    return re.findall(r'<a class="region[^"]*" href="([^"]+)"', svg)


def test_the_map_has_every_required_region_and_the_knee_link(demo):
    slugs = set(Region.objects.values_list("slug", flat=True))
    assert set(REQUIRED) <= slugs
    assert Region.objects.get(slug="knee").view == Region.View.AWAY
    assert Region.objects.get(slug="upper-buttock").guide.slug == "upper-buttock"


@pytest.mark.parametrize("view", ["front", "back", "side"])
def test_every_region_link_on_each_view_resolves_to_its_panel_and_guide(client, demo, view):
    html = client.get(f"{MAP}?view={view}").content.decode()
    links = svg_links(html)
    expected = Region.objects.filter(view=view)
    assert len(links) == expected.count() > 0
    for href in links:
        page = client.get(href)
        assert page.status_code == 200, href
        guide = re.search(r'<a class="button" href="([^"]+)">Read the guide', page.content.decode())
        assert guide, href
        assert client.get(guide[1]).status_code == 200


def test_each_region_is_a_link_inside_the_svg_with_an_accessible_name(client, demo):
    html = client.get(f"{MAP}?view=back").content.decode()
    svg = html.split('<svg class="body-map')[1].split("</svg>")[0]
    anchors = re.findall(r"<a class=\"region[^>]*>", svg)
    assert len(anchors) == 4
    for anchor in anchors:
        assert re.search(r'aria-label="[^"]{4,}"', anchor)
        assert 'hx-target="#region-panel"' in anchor
    assert 'aria-label="Upper buttock"' in svg
    assert "<title" in svg


def test_the_plain_list_has_every_region(client, demo):
    html = client.get(MAP).content.decode()
    listing = html.split('class="region-list"')[1]
    for region in Region.objects.all():
        assert f'href="{region.get_absolute_url()}"' in listing
    assert "Pain further away (knee)" in listing


def test_view_switch_is_plain_links_with_htmx(client, demo):
    html = client.get(MAP).content.decode()
    for view in ("front", "back", "side"):
        assert re.search(
            rf'<a href="/en/pain-map/\?view={view}" hx-get="/en/pain-map/\?view={view}" hx-target="#pain-map"', html
        )
    assert re.search(r'view=front"[^>]*aria-current="true"', html)


def test_htmx_view_switch_returns_only_the_map(client, demo):
    response = client.get(f"{MAP}?view=side", headers={"HX-Request": "true"})
    html = response.content.decode()
    assert "<html" not in html
    assert html.strip().startswith('<div class="pain-map" id="pain-map">')
    assert 'aria-label="Outer hip"' in html
    assert 'aria-label="Upper buttock"' not in html
    assert "HX-Request" in response["Vary"]
    assert "HX-Request" in client.get(MAP)["Vary"]


def test_htmx_region_choice_returns_only_the_panel(client, demo):
    response = client.get(f"{MAP}lower-buttock/", headers={"HX-Request": "true"})
    html = response.content.decode()
    assert "<html" not in html
    assert html.strip().startswith('<section class="region-panel" id="region-panel"')
    assert "Lower buttock and sitting bone" in html
    assert 'href="/en/pain/lower-buttock/"' in html
    assert "HX-Request" in response["Vary"]


def test_region_page_without_javascript_shows_the_map_with_the_region_chosen(client, demo):
    html = client.get(f"{MAP}upper-buttock/").content.decode()
    assert "<html" in html
    assert re.search(r'class="region is-selected"[^>]*data-region="upper-buttock"[^>]*aria-current="location"', html)
    assert "Pain over the top of the buttock" in html
    assert re.search(r'view=back"[^>]*aria-current="true"', html)


def test_history_restore_of_a_region_gets_the_full_page(client, demo):
    response = client.get(f"{MAP}groin/", headers={"HX-Request": "true", "HX-History-Restore-Request": "true"})
    assert "<html" in response.content.decode()


@pytest.mark.parametrize("junk", ["sideways", "", "<script>", "x" * 5000, "front\x00"])
def test_a_bad_view_gets_a_clear_page_not_a_500(client, demo, junk):
    response = client.get(MAP, {"view": junk})
    assert response.status_code == 400
    text = visible_text(response.content.decode())
    assert "There is no body view called" in text
    assert "<script>" not in response.content.decode().split("</header>")[1]


@pytest.mark.parametrize("slug", ["no-such-region", "knee-cap"])
def test_an_unknown_region_gets_a_404_page(client, demo, slug):
    response = client.get(f"{MAP}{slug}/")
    assert response.status_code == 404
    assert "We can’t find that page" in response.content.decode()


def test_a_region_whose_guide_is_unpublished_says_coming_soon(client, demo):
    Guide.objects.filter(slug="lateral-hip").update(is_published=False)
    html = client.get(f"{MAP}?view=side").content.decode()
    assert re.search(r'class="region is-coming"[^>]*aria-label="Outer hip \(guide coming soon\)"', html)
    panel = client.get(f"{MAP}lateral-hip/").content.decode()
    assert "Guide coming soon" in panel
    assert 'href="/en/pain/lateral-hip/"' not in panel
    # Still a working link on the map and in the list.
    assert client.get(f"{MAP}lateral-hip/").status_code == 200


def test_a_region_without_a_guide_says_coming_soon(client, demo):
    Region.objects.filter(slug="groin").update(guide=None)
    assert "Guide coming soon" in client.get(f"{MAP}groin/").content.decode()


def test_map_query_count_is_constant_in_the_number_of_regions(client, demo, django_assert_max_num_queries):
    def count(url):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    before = [count(url) for url in (MAP, f"{MAP}upper-buttock/", "/en/")]
    guide = Guide.objects.get(slug="upper-buttock")
    shape = Region.objects.get(slug="upper-buttock").shape
    Region.objects.bulk_create(
        Region(
            name=f"Extra {n}",
            slug=f"extra-{n}",
            view="back",
            shape=shape,
            teaser="t",
            guide=guide,
            order=50 + n,
            is_published=True,
        )
        for n in range(40)
    )
    cache.clear()  # bulk_create sends no signal; this test is about queries, not caching
    after = [count(url) for url in (MAP, f"{MAP}upper-buttock/", "/en/")]
    assert before == after
    cache.clear()  # a page served from the cache makes no queries, and would pass any pin
    with django_assert_max_num_queries(3):
        assert 'aria-label="Extra 39"' in client.get(f"{MAP}?view=back").content.decode()


def test_home_page_shows_the_map(client, demo):
    html = client.get("/en/").content.decode()
    assert 'id="pain-map"' in html
    assert '<a href="/en/?view=back" hx-get="/en/?view=back"' in html
    partial = client.get("/en/?view=back", headers={"HX-Request": "true"}).content.decode()
    assert partial.strip().startswith('<div class="pain-map" id="pain-map">')
    assert 'aria-label="Lower back"' in partial


def test_drafted_guides_tell_readers_they_await_clinical_review(client, demo):
    for region in Region.objects.exclude(guide__slug="upper-buttock"):
        assert region.guide.awaiting_review, region
        html = client.get(region.guide.get_absolute_url()).content.decode()
        assert "waiting to be reviewed by a clinician" in html
    assert "waiting to be reviewed" not in client.get("/en/pain/upper-buttock/").content.decode()


def test_every_drafted_guide_tab_renders(client, demo):
    for guide in Guide.objects.prefetch_related("sections__category"):
        for section in guide.sections.all():
            assert client.get(section.get_absolute_url()).status_code == 200, section


def test_region_shape_must_be_path_data(db):
    region = Region(name="Bad", slug="bad", view="front", teaser="t", shape='M0 0"/><script>alert(1)</script>')
    with pytest.raises(ValidationError):
        region.full_clean()
    region.shape = "M 10 10 L 20 20 Z"
    region.full_clean()
