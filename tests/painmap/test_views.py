import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from conditions.models import Guide
from painmap.models import Region
from tests.htmlparse import visible_text

MAP = "/en/pain-map/"
# Places the map must have; those with two sides are two regions.
SIDED = [
    "groin",
    "front-thigh",
    "inner-thigh",
    "lateral-hip",
    "outer-thigh",
    "upper-buttock",
    "lower-buttock",
    "back-of-thigh",
]
MIDDLE = ["pubic", "lower-back", "tailbone"]


def svg_of(html):
    return html.split('<svg class="body-map')[1].split("</svg>")[0]


def svg_links(html):
    return re.findall(r'<a class="region[^"]*" href="([^"]+)"', svg_of(html))


def anchors(html):
    return re.findall(r'<a class="region[^>]*>', svg_of(html))


def cached_pages():
    from tests.test_caching import cached_pages as pages_in_the_store

    return pages_in_the_store()


def test_the_map_has_both_sides_of_every_paired_place_and_the_new_places(demo):
    slugs = set(Region.objects.values_list("slug", flat=True))
    for place in SIDED:
        assert {f"{place}-right", f"{place}-left"} <= slugs, place
        right, left = Region.objects.get(slug=f"{place}-right"), Region.objects.get(slug=f"{place}-left")
        assert (right.side, left.side) == ("right", "left")
        assert right.guide == left.guide is not None
    assert {*MIDDLE, "lower-abdomen-right", "lower-abdomen-left", "knee"} <= slugs
    assert Region.objects.get(slug="knee").view == Region.View.AWAY
    assert Region.objects.get(slug="tailbone").guide.slug == "tailbone"
    assert Region.objects.get(slug="lower-abdomen-left").guide.slug == "lower-abdomen"
    on_body = Region.objects.exclude(view=Region.View.AWAY)
    assert on_body.count() >= 20
    assert set(on_body.values_list("view", flat=True)) == {"front", "back", "side"}


@pytest.mark.parametrize("view", ["front", "back", "side"])
def test_every_region_on_every_view_opens_a_live_guide_that_names_its_side(client, demo, view):
    html = client.get(f"{MAP}?view={view}").content.decode()
    links = svg_links(html)
    regions = list(Region.objects.filter(view=view, is_published=True))
    assert len(links) == len(regions) > 0
    for region in regions:
        # The region's link marks it: the page then lists it with its guide.
        href = re.search(rf'<a class="region[^"]*" href="([^"]+)"[^>]*data-region="{region.slug}"', html)[1]
        page = client.get(href.replace("&amp;", "&"))
        assert page.status_code == 200, href
        panel = page.content.decode().split('id="region-panel"')[1].split("</section>")[0]
        guide = re.search(r'<a class="button" href="([^"]+)">Read the guide', panel)
        assert guide, region
        guide_page = client.get(guide[1])
        assert guide_page.status_code == 200, guide[1]
        text = visible_text(guide_page.content.decode())
        if region.side:
            assert guide[1].endswith(f"?side={region.side}")
            name = region.name[0].lower() + region.name[1:]
            assert f"Your {region.side} {name}" in text, region
        else:
            assert "Your right" not in text and "Your left" not in text


def test_each_region_is_a_link_in_the_svg_whose_name_says_its_side_and_number(client, demo):
    html = client.get(f"{MAP}?view=back").content.decode()
    found = anchors(html)
    assert len(found) == Region.objects.filter(view="back").count() == 8
    for anchor in found:
        assert re.search(r'aria-label="\d+\. [^"]{4,}"', anchor)
        assert 'hx-target="#pain-map"' in anchor
    svg = svg_of(html)
    assert 'aria-label="3. Upper buttock, right side"' in svg
    assert 'aria-label="2. Upper buttock, left side"' in svg
    assert 'aria-label="4. Tailbone (coccyx)"' in svg
    assert "<title" in svg


@pytest.mark.parametrize(
    ("view", "start", "end"), [("front", "Right", "Left"), ("back", "Left", "Right"), ("side", "Right", "Left")]
)
def test_each_view_marks_the_persons_own_right_and_left(client, demo, view, start, end):
    html = client.get(f"{MAP}?view={view}").content.decode()
    marks = re.findall(r'<span class="body-map__mark" data-side="(\w+)">(\w+)</span>', html)
    assert marks == [(start.lower(), start), (end.lower(), end)]
    # Their right is on the viewer's left from the front, on the viewer's right from the back.
    right = Region.objects.filter(view=view, side="right")
    left = Region.objects.filter(view=view, side="left")
    for r, lf in zip(right.order_by("slug"), left.order_by("slug"), strict=True):
        assert (r.label_x < 150 < lf.label_x) == (view != "back"), (r, lf)


def test_the_map_is_not_mirrored_in_arabic(client, demo):
    en = svg_of(client.get(f"{MAP}?view=front").content.decode())
    ar_html = client.get(f"/ar{MAP[3:]}?view=front").content.decode()
    assert '<html lang="ar" dir="rtl">' in ar_html
    ar = svg_of(ar_html)
    shapes = lambda svg: re.findall(r'class="region__shape" d="([^"]+)"', svg)  # noqa: E731
    assert shapes(en) == shapes(ar)
    # Same marks in the same order, laid out left to right: the person's right stays on the viewer's left.
    assert re.findall(r'class="body-map__mark" data-side="(\w+)"', ar_html) == ["right", "left"]
    with open("static/css/site.css") as css:
        assert ".body-map__marks { direction: ltr;" in css.read()


def test_the_list_twin_has_every_place_as_a_checkbox_with_its_number(client, demo):
    html = client.get(MAP).content.decode()
    listing = html.split('class="region-list"')[1]
    for region in Region.objects.exclude(view=Region.View.AWAY):
        assert f'name="places" value="{region.slug}"' in listing
    assert "Pain further away (knee)" in listing
    assert re.search(r'place-check__number">1</span> <span>Lower abdomen, right side', listing)
    assert '<form class="region-list" method="get" action="/en/pain-map/"' in html


def test_view_switch_is_plain_links_with_htmx_that_keep_the_places(client, demo):
    html = client.get(f"{MAP}?places=tailbone").content.decode()
    for view in ("back", "side"):
        url = f"/en/pain-map/\\?places=tailbone&amp;view={view}"
        assert re.search(rf'<a href="{url}" hx-get="{url}" hx-target="#pain-map"', html)
    assert re.search(r'<a href="/en/pain-map/\?places=tailbone" hx-get="[^"]+"[^>]*aria-current="true">Front', html)


def test_htmx_view_switch_returns_only_the_map(client, demo):
    response = client.get(f"{MAP}?view=side", headers={"HX-Request": "true"})
    html = response.content.decode()
    assert "<html" not in html
    assert html.strip().startswith('<div class="pain-map" id="pain-map"')
    assert 'aria-label="1. Outer hip, right side"' in html
    assert "Upper buttock, right side" in html  # in the list twin, not on this view
    assert 'data-region="upper-buttock-right"' not in svg_of(html)
    assert "HX-Request" in response["Vary"]
    assert "HX-Request" in client.get(MAP)["Vary"]


SEVERAL = f"{MAP}?places=back-of-thigh-right,upper-buttock-right&view=back"


def test_several_places_show_your_pain_map_with_shared_causes_first(client, demo):
    response = client.get(SEVERAL)
    assert response.status_code == 200
    html = response.content.decode()
    panel = html.split('id="region-panel"')[1].split("</section>")[0]
    assert "Your pain map" in panel
    causes = re.findall(r'<li class="shared-causes__item( is-shared)?">\s*<strong>([^<]+)</strong>', panel)
    # Back-related and nerve-related causes are common to both places; the rest follow.
    assert [name for _, name in causes[:2]] == ["Back", "Nerve"]
    assert [bool(shared) for shared, _ in causes] == [True, True] + [False] * (len(causes) - 2)
    assert 'href="/en/pain/upper-buttock/back/?side=right"' in panel
    assert 'href="/en/pain/back-of-thigh/nerve/?side=right"' in panel
    assert 'href="/en/pain/upper-buttock/?side=right"' in panel
    # Both are marked on the map and ticked in the list.
    assert len(re.findall(r'class="region is-selected"', svg_of(html))) == 2
    assert re.search(r'value="upper-buttock-right" data-region="upper-buttock-right" checked', html)
    assert 'data-announce="2 places marked: Upper buttock, right side; Back of thigh, right side"' in html


def test_a_marked_regions_link_unmarks_it(client, demo):
    html = client.get(SEVERAL).content.decode()
    href = re.search(r'<a class="region is-selected" href="([^"]+)"[^>]*data-region="upper-buttock-right"', html)[1]
    assert href == "/en/pain-map/?places=back-of-thigh-right&amp;view=back"
    unmark = re.search(r'<a class="unmark" href="([^"]+)"', html)[1]
    assert unmark.startswith("/en/pain-map/?places=")


def test_several_places_htmx_gets_the_map_fragment(client, demo):
    response = client.get(SEVERAL, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert "<html" not in html and html.strip().startswith('<div class="pain-map" id="pain-map"')
    assert "Your pain map" in html
    assert "HX-Request" in response["Vary"]


@pytest.mark.parametrize(
    ("query", "canonical"),
    [
        ("places=upper-buttock-right,back-of-thigh-right", "places=back-of-thigh-right,upper-buttock-right"),
        ("places=tailbone,tailbone", "places=tailbone"),
        ("places=tailbone&places=pubic", "places=pubic,tailbone"),
        ("places=%20pubic%20,,tailbone", "places=pubic,tailbone"),
        ("places=tailbone,pubic&view=back", "places=pubic,tailbone&view=back"),
        ("places=", ""),
    ],
)
def test_places_are_sent_to_their_one_canonical_address(client, demo, query, canonical):
    response = client.get(f"{MAP}?{query}")
    assert response.status_code == 302
    assert response["Location"] == (f"{MAP}?{canonical}" if canonical else MAP)
    assert client.get(response["Location"]).status_code == 200


def test_the_list_form_without_javascript_lands_on_the_canonical_address(client, demo):
    response = client.get(MAP, {"places": ["upper-buttock-right", "back-of-thigh-right"], "view": "back"}, follow=True)
    assert response.redirect_chain == [(f"{MAP}?places=back-of-thigh-right,upper-buttock-right&view=back", 302)]
    assert "Your pain map" in response.content.decode()


@pytest.mark.parametrize(
    ("places", "message"),
    [
        ("no-such-place", "The map has no place called “no-such-place”"),
        ("tailbone,kneecap", "The map has no place called “kneecap”"),
        ("<script>alert(1)</script>", "The map has no place called"),
        ("x" * 5000, "The map has no place called “xxxx"),
        ("pubic\x00", "The map has no place called"),
        (",".join(f"p{n}" for n in range(500)), "You can mark up to 8 places at once"),
        (",".join(["tailbone"] * 500), "You can mark up to 8 places at once"),
    ],
)
def test_bad_places_get_a_clear_message_and_never_a_500(client, demo, places, message):
    # Sorted first when they could be places at all, then refused.
    response = client.get(MAP, {"places": places}, follow=True)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in visible_text(html)
    assert "<script>alert" not in html
    assert len(html) < 80_000  # the message shows at most a few short names


def test_bad_places_keep_the_good_ones_and_are_not_cached(client, demo):
    cache.clear()
    response = client.get(MAP, {"places": "kneecap,tailbone"})
    assert response.status_code == 400
    assert "The map has no place called “kneecap”" in visible_text(response.content.decode())
    assert re.search(r'class="region is-selected"[^>]*data-region="tailbone"', response.content.decode()) is None
    assert re.search(r'value="tailbone" data-region="tailbone" checked', response.content.decode())
    assert cached_pages() == []


def test_every_set_of_places_is_one_page_in_the_cache(client, demo):
    cache.clear()
    for query in ("tailbone,pubic", "pubic,tailbone", "pubic,tailbone,pubic", "tailbone&places=pubic"):
        client.get(f"{MAP}?places={query}", follow=True)
    assert len(cached_pages()) == 1


def test_region_page_without_javascript_shows_the_map_with_the_region_chosen(client, demo):
    html = client.get(f"{MAP}upper-buttock-right/").content.decode()
    assert "<html" in html
    assert re.search(r'class="region is-selected"[^>]*data-region="upper-buttock-right"[^>]*aria-current="true"', html)
    assert "Pain over the top of the buttock" in html
    assert re.search(r'view=back"[^>]*aria-current="true"', html)
    assert re.search(rf'<link rel="canonical" href="[^"]*{MAP}\?places=upper-buttock-right">', html)


def test_a_place_without_its_side_shows_both_sides(client, demo):
    html = client.get(f"{MAP}upper-buttock/").content.decode()
    assert len(re.findall(r'class="region is-selected"', svg_of(html))) == 2


def test_history_restore_of_a_region_gets_the_full_page(client, demo):
    response = client.get(f"{MAP}groin-left/", headers={"HX-Request": "true", "HX-History-Restore-Request": "true"})
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
    assert re.search(r'class="region is-coming"[^>]*aria-label="1\. Outer hip, right side \(guide coming soon\)"', html)
    panel = client.get(f"{MAP}?places=lateral-hip-right").content.decode()
    assert "Guide coming soon" in panel
    assert 'href="/en/pain/lateral-hip/' not in panel


def test_a_region_without_a_guide_says_coming_soon(client, demo):
    Region.objects.filter(slug="groin-left").update(guide=None)
    assert "Guide coming soon" in client.get(f"{MAP}groin-left/").content.decode()


@pytest.mark.parametrize("side", ["up", "", "RIGHT", "right<script>"])
def test_a_guide_with_a_junk_side_goes_to_its_clean_address(client, demo, side):
    response = client.get("/en/pain/upper-buttock/", {"side": side})
    assert response.status_code == 302 and response["Location"] == "/en/pain/upper-buttock/"


def test_the_guide_names_the_side_in_every_language_it_has(client, demo):
    assert "Your left lower buttock and sitting bone" in visible_text(
        client.get("/en/pain/lower-buttock/nerve/?side=left").content.decode()
    )
    html = client.get("/zh-hans/pain/upper-buttock/?side=right").content.decode()
    assert 'class="guide-side"' in html


def count_queries(client, url, **headers):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, headers=headers).status_code == 200
    return len(queries)


def test_map_query_count_is_constant_with_60_regions(client, demo, django_assert_max_num_queries):
    urls = (MAP, SEVERAL, f"{MAP}upper-buttock-right/", "/en/")
    cache.clear()
    before = [count_queries(client, url) for url in urls]
    guide = Guide.objects.get(slug="upper-buttock")
    shape = Region.objects.get(slug="upper-buttock-right").shape
    existing = Region.objects.count()
    Region.objects.bulk_create(
        Region(
            name=f"Extra {n}",
            slug=f"extra-{n}-right",
            side="right",
            view="back",
            shape=shape,
            teaser="t",
            guide=guide,
            order=50 + n,
            is_published=True,
        )
        for n in range(60 - existing)
    )
    assert Region.objects.count() == 60
    cache.clear()  # bulk_create sends no signal; this test is about queries, not caching
    after = [count_queries(client, url) for url in urls]
    assert before == after
    cache.clear()  # a page served from the cache makes no queries, and would pass any pin
    with django_assert_max_num_queries(3):
        assert "Extra 30, right side" in client.get(f"{MAP}?view=back").content.decode()
    cache.clear()
    many = f"{MAP}?places=" + ",".join(sorted(f"extra-{n}-right" for n in range(8)))
    with django_assert_max_num_queries(4):
        assert "Your pain map" in client.get(many).content.decode()


def test_home_page_shows_the_map_and_leads_to_the_map_page(client, demo):
    html = client.get("/en/").content.decode()
    assert 'id="pain-map"' in html
    assert '<a href="/en/pain-map/?view=back" hx-get="/en/pain-map/?view=back"' in html
    assert 'action="/en/pain-map/"' in html
    partial = client.get("/en/?view=back", headers={"HX-Request": "true"}).content.decode()
    assert partial.strip().startswith('<div class="pain-map" id="pain-map"')
    assert 'aria-label="1. Lower back"' in partial


def test_drafted_guides_tell_readers_they_await_clinical_review(client, demo):
    for region in Region.objects.exclude(guide__slug="upper-buttock").select_related("guide"):
        assert region.guide.awaiting_review, region
        html = client.get(region.guide.get_absolute_url()).content.decode()
        assert "waiting to be reviewed by a clinician" in html
    assert "waiting to be reviewed" not in client.get("/en/pain/upper-buttock/").content.decode()


def test_every_drafted_guide_tab_renders(client, demo):
    for guide in Guide.objects.prefetch_related("sections__category"):
        for section in guide.sections.all():
            assert client.get(section.get_absolute_url()).status_code == 200, section
