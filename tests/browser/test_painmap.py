import itertools

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from painmap.models import Region

from .conftest import screenshot

MAP = "/en/pain-map/"


def region(page, slug):
    return page.locator(f'svg.body-map a.region[data-region="{slug}"]')


def mark_document(page):
    page.evaluate("window.__sameDocument = true")


def same_document(page):
    return page.evaluate("window.__sameDocument === true")


def overlaps(a, b):
    return (
        a["x"] < b["x"] + b["width"]
        and b["x"] < a["x"] + a["width"]
        and a["y"] < b["y"] + b["height"]
        and (b["y"] < a["y"] + a["height"])
    )


@pytest.mark.parametrize("view", ["front", "back", "side"])
def test_on_each_view_every_region_marks_its_place_and_opens_its_guide_with_the_side(page, site, view):
    page.goto(site + MAP + (f"?view={view}" if view != "front" else ""))
    mark_document(page)
    regions = list(Region.objects.filter(view=view).select_related("guide"))
    for target in regions:
        region(page, target.slug).click()
        expect(region(page, target.slug)).to_have_attribute("aria-current", "true")
        panel = page.locator("#region-panel")
        expect(panel.locator(".chosen-places__name")).to_have_text([target.side_name])
        expect(panel).to_contain_text(target.teaser)
        # Unmark it again: one place at a time here.
        region(page, target.slug).click()
        expect(region(page, target.slug)).not_to_have_attribute("aria-current", "true")
    assert same_document(page)
    target = regions[-1]
    region(page, target.slug).click()
    page.locator("#region-panel").get_by_role("link", name="Read the guide").click()
    expect(page).to_have_url(site + target.guide_url)
    expect(page.get_by_role("heading", level=1)).to_have_text(target.guide.title)
    if target.side:
        expect(page.locator(".guide-side")).to_have_text(
            f"Your {target.side} {target.name[0].lower()}{target.name[1:]}"
        )
    assert page.console.errors == []


def test_click_several_places_and_see_your_pain_map_with_shared_causes_first(page, site):
    page.goto(site + MAP + "?view=back")
    mark_document(page)
    region(page, "upper-buttock-right").click()
    expect(page).to_have_url(site + MAP + "?places=upper-buttock-right&view=back")
    region(page, "back-of-thigh-right").click()
    expect(page).to_have_url(site + MAP + "?places=back-of-thigh-right,upper-buttock-right&view=back")
    panel = page.locator("#region-panel")
    expect(panel.get_by_role("heading", name="Your pain map")).to_be_visible()
    expect(panel.locator(".shared-causes__item strong").first).to_have_text("Back")
    expect(panel.locator(".shared-causes__item.is-shared strong")).to_have_text(["Back", "Nerve"])
    # The list twin shows the same choice, and the view switch keeps it.
    expect(page.locator('input[value="upper-buttock-right"]')).to_be_checked()
    page.get_by_role("navigation", name="Body view").get_by_role("link", name="Front").click()
    expect(page).to_have_url(site + MAP + "?places=back-of-thigh-right,upper-buttock-right")
    expect(panel.locator(".chosen-places__name")).to_have_count(2)
    # Announced for screen readers.
    expect(page.locator("#map-status")).to_have_text(
        "2 places marked: Upper buttock, right side; Back of thigh, right side"
    )
    assert same_document(page)
    page.reload()
    expect(panel.locator(".chosen-places__name")).to_have_count(2)
    page.go_back()
    expect(page).to_have_url(site + MAP + "?places=back-of-thigh-right,upper-buttock-right&view=back")
    assert page.console.errors == []


def test_keyboard_only_arrows_move_between_neighbours_and_space_marks(page, site):
    page.goto(site + MAP + "?view=back")
    mark_document(page)
    region(page, "lower-back").focus()
    page.keyboard.press("ArrowDown")
    focused = page.evaluate("document.activeElement.getAttribute('data-region')")
    assert focused in {"tailbone", "upper-buttock-left", "upper-buttock-right"}
    # From the person's left upper buttock (viewer's left, from the back), right goes across the body.
    region(page, "upper-buttock-left").focus()
    page.keyboard.press("ArrowRight")
    assert page.evaluate("document.activeElement.getAttribute('data-region')") == "tailbone"
    page.keyboard.press("ArrowRight")
    assert page.evaluate("document.activeElement.getAttribute('data-region')") == "upper-buttock-right"
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.getAttribute('data-region')") == "lower-buttock-right"
    page.keyboard.press("Enter")
    expect(page).to_have_url(site + MAP + "?places=lower-buttock-right&view=back")
    # Focus stays on the region just marked, after the swap.
    expect(region(page, "lower-buttock-right")).to_be_focused()
    page.keyboard.press("ArrowDown")
    page.keyboard.press(" ")
    expect(page).to_have_url(site + MAP + "?places=back-of-thigh-right,lower-buttock-right&view=back")
    expect(region(page, "back-of-thigh-right")).to_be_focused()
    expect(page.locator("#map-status")).to_contain_text("2 places marked")
    assert same_document(page)


def test_keyboard_ticks_places_in_the_list(page, site):
    page.goto(site + MAP)
    mark_document(page)
    box = page.get_by_role("checkbox", name="Tailbone (coccyx)")
    box.focus()
    page.keyboard.press(" ")
    expect(page).to_have_url(site + MAP + "?places=tailbone")
    expect(page.get_by_role("checkbox", name="Tailbone (coccyx)")).to_be_checked()
    expect(page.get_by_role("checkbox", name="Tailbone (coccyx)")).to_be_focused()
    page.get_by_role("checkbox", name="Pubic area").focus()
    page.keyboard.press(" ")
    expect(page).to_have_url(site + MAP + "?places=pubic,tailbone")
    expect(page.locator("#region-panel .chosen-places__name")).to_have_text(["Pubic area", "Tailbone (coccyx)"])
    assert same_document(page)


def test_without_javascript_the_map_and_the_list_work_with_page_loads(browser, site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site + MAP)
    page.get_by_role("link", name="Back", exact=True).click()
    expect(page).to_have_url(site + MAP + "?view=back")
    region(page, "upper-buttock-right").click()
    expect(page).to_have_url(site + MAP + "?places=upper-buttock-right&view=back")
    page.get_by_role("checkbox", name="Back of thigh, right side").check()
    page.get_by_role("button", name="Show my pain map").click()
    expect(page).to_have_url(site + MAP + "?places=back-of-thigh-right,upper-buttock-right&view=back")
    page.locator("#region-panel").get_by_role("link", name="Read the guide: Upper Buttock Pain").click()
    expect(page).to_have_url(site + "/en/pain/upper-buttock/?side=right")
    expect(page.locator(".guide-side")).to_have_text("Your right upper buttock")
    context.close()


def test_a_refused_choice_shows_its_message_in_place(page, site):
    page.goto(site + MAP + "?places=tailbone,kneecap")
    expect(page.get_by_role("alert")).to_contain_text("The map has no place called “kneecap”")
    expect(page.get_by_role("checkbox", name="Tailbone (coccyx)")).to_be_checked()


@pytest.mark.parametrize("width", [320, 360, 390, 768, 1280, 1440])
def test_numbers_and_marks_never_overlap_and_are_big_enough(page, site, width):
    page.set_viewport_size({"width": width, "height": 900})
    for view in ("front", "back", "side"):
        page.goto(f"{site}{MAP}?view={view}")
        labels = page.locator("svg.body-map .region__badge, .body-map__mark")
        boxes = [labels.nth(i).bounding_box() for i in range(labels.count())]
        assert len(boxes) >= 6
        for a, b in itertools.combinations(boxes, 2):
            assert not overlaps(a, b), (view, width, a, b)
        # Nothing runs off the page sideways.
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        size = page.locator("svg.body-map .region__number").first.evaluate("el => el.getBoundingClientRect().height")
        if width >= 360:
            assert size >= 16, (view, width, size)


def test_map_and_home_have_no_axe_violations_and_are_screenshotted(page, site):
    axe = Axe()
    for name, path in [
        ("home", "/en/"),
        ("map-front", MAP),
        ("map-back", MAP + "?view=back"),
        ("map-side", MAP + "?view=side"),
        ("map-several-places", MAP + "?places=back-of-thigh-right,upper-buttock-right&view=back"),
        ("map-region-chosen", MAP + "upper-buttock-right/"),
        ("map-refused", MAP + "?places=kneecap"),
        ("guide-with-side", "/en/pain/upper-buttock/?side=right"),
        ("guide-tailbone", "/en/pain/tailbone/"),
        ("map-ar-side", "/ar/pain-map/?view=side"),
    ]:
        page.goto(site + path)
        results = axe.run(page)
        assert results.violations_count == 0, f"{name}:\n{results.generate_report()}"
        screenshot(page, name)


def test_the_map_is_not_mirrored_in_arabic(page, site):
    page.goto(site + "/ar/pain-map/?view=front")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.querySelector('.body-map')).direction") == "ltr"
    # The person's right groin is on the viewer's left, as in English.
    right = region(page, "groin-right").bounding_box()
    left = region(page, "groin-left").bounding_box()
    assert right["x"] < left["x"]
    marks = page.locator(".body-map__mark")
    assert marks.nth(0).bounding_box()["x"] < marks.nth(1).bounding_box()["x"]


@pytest.mark.parametrize("scheme", ["dark", "light"])
def test_region_outlines_keep_3_to_1_against_the_body_in_both_schemes(browser, site, scheme):
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    page.goto(site + MAP)
    colours = page.evaluate(
        """() => {
        const rgb = c => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
        const linear = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
        const lum = c => c.map(linear).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
        const ratio = (a, b) => {
          const [x, y] = [lum(rgb(a)), lum(rgb(b))].sort((p, q) => q - p);
          return (x + 0.05) / (y + 0.05);
        };
        const body = getComputedStyle(document.querySelector('.body-map .body-outline')).fill;
        const page = getComputedStyle(document.body).backgroundColor;
        const shape = getComputedStyle(document.querySelector('.region__shape')).stroke;
        const outline = getComputedStyle(document.querySelector('.body-map .body-outline')).stroke;
        return {region: ratio(shape, body), outline: ratio(outline, page)};
    }"""
    )
    assert colours["region"] >= 3, colours
    assert colours["outline"] >= 3, colours
    context.close()


def test_forced_colours_keep_the_regions_outlined(browser, site):
    context = browser.new_context(forced_colors="active")
    page = context.new_page()
    page.goto(site + MAP + "?places=tailbone&view=back")
    stroke = page.locator(".region__shape").first.evaluate("el => getComputedStyle(el).stroke")
    fill = page.locator(".region.is-selected .region__shape").evaluate("el => getComputedStyle(el).fill")
    body = page.locator(".body-map .body-outline").first.evaluate("el => getComputedStyle(el).fill")
    assert stroke != body and fill != body
    screenshot(page, "map-forced-colours")
    context.close()


def test_region_hover_and_focus_are_visible(page, site):
    page.goto(site + MAP + "?view=back")
    shape = region(page, "upper-buttock-right").locator("path")
    before = shape.evaluate("el => getComputedStyle(el).fill")
    region(page, "upper-buttock-right").hover()
    expect(shape).not_to_have_css("fill", before)
    page.mouse.move(0, 0)
    region(page, "lower-back").focus()
    page.keyboard.press("Tab")
    expect(region(page, "upper-buttock-left")).to_be_focused()
    expect(region(page, "upper-buttock-left").locator("path")).to_have_css("stroke-width", "3px")


def test_the_admin_preview_redraws_as_the_editor_types(page, site, django_user_model):
    from .conftest import admin_log_in

    admin_log_in(page, site, django_user_model)
    tailbone = Region.objects.get(slug="tailbone")
    page.goto(f"{site}/admin/painmap/region/{tailbone.pk}/change/")
    preview = page.locator("svg.region-preview")
    expect(preview.locator('.region-preview__outline[data-view="back"]')).to_be_visible()
    page.locator("textarea[name=shape]").fill("M 20 20 L 80 20 L 50 70 Z")
    expect(preview.locator(".region-preview__shape")).to_have_attribute("d", "M 20 20 L 80 20 L 50 70 Z")
    page.locator("select[name=view]").select_option("side")
    expect(preview.locator('.region-preview__outline[data-view="side"]')).to_be_visible()
    expect(preview.locator('.region-preview__outline[data-view="back"]')).to_be_hidden()
    screenshot(page, "admin-region-preview")
    assert page.console.errors == []
