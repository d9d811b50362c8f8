import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from painmap.models import Region

from .conftest import screenshot

MAP = "/en/pain-map/"
VIEWS = {"front": "Groin and front of hip", "back": "Upper buttock", "side": "Outer hip"}


def region(page, name):
    return page.locator(f'svg.body-map a.region[aria-label="{name}"]')


def mark_document(page):
    page.evaluate("window.__sameDocument = true")


def same_document(page):
    return page.evaluate("window.__sameDocument === true")


@pytest.mark.parametrize("view", ["front", "back", "side"])
def test_on_each_view_choose_a_region_see_its_panel_and_read_its_guide(page, site, view):
    page.goto(site + MAP)
    mark_document(page)
    if view != "front":
        page.get_by_role("navigation", name="Body view").get_by_role("link", name=view.capitalize()).click()
        expect(page).to_have_url(f"{site}{MAP}?view={view}")
    for slug in Region.objects.filter(view=view).values_list("slug", flat=True):
        target = Region.objects.get(slug=slug)
        # Both sides of the body are one link: click its label, not the gap between them.
        region(page, target.name).locator("text").click()
        expect(page).to_have_url(f"{site}{MAP}{slug}/")
        panel = page.locator("#region-panel")
        expect(panel.get_by_role("heading", level=2)).to_have_text(target.name)
        expect(panel).to_contain_text(target.teaser)
        expect(region(page, target.name)).to_have_attribute("aria-current", "location")
        # Focus moves to what the reader chose.
        expect(panel.get_by_role("heading", level=2)).to_be_focused()
    assert same_document(page)
    page.locator("#region-panel").get_by_role("link", name="Read the guide").click()
    expect(page).to_have_url(site + target.guide.get_absolute_url())
    expect(page.get_by_role("heading", level=1)).to_have_text(target.guide.title)
    assert page.console.errors == []


def test_view_switch_swaps_the_map_in_place_and_back_returns(page, site):
    page.goto(site + MAP)
    mark_document(page)
    page.get_by_role("link", name="Back", exact=True).click()
    expect(page).to_have_url(site + MAP + "?view=back")
    expect(region(page, "Upper buttock")).to_be_visible()
    page.get_by_role("link", name="Side", exact=True).click()
    expect(region(page, "Outer hip")).to_be_visible()
    assert same_document(page)
    page.go_back()
    expect(page).to_have_url(site + MAP + "?view=back")
    expect(region(page, "Upper buttock")).to_be_visible()
    page.reload()
    expect(region(page, "Upper buttock")).to_be_visible()


def test_tab_through_the_regions_and_open_one_with_enter(page, site):
    page.goto(site + MAP + "?view=back")
    names = []
    for _ in range(40):
        page.keyboard.press("Tab")
        label = page.evaluate("document.activeElement.getAttribute('aria-label')")
        if label:
            names.append(label)
        if label == "Lower buttock and sitting bone":
            break
    assert names[:3] == ["Lower back", "Upper buttock", "Lower buttock and sitting bone"]
    page.keyboard.press("Enter")
    expect(page).to_have_url(site + MAP + "lower-buttock/")
    expect(page.locator("#region-panel h2")).to_have_text("Lower buttock and sitting bone")
    # Focus moves to the new panel's heading after the swap; Tab goes on from there.
    expect(page.locator("#region-panel h2")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Read the guide")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(site + "/en/pain/lower-buttock/")


def test_without_javascript_the_map_works_with_page_loads(browser, site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site + MAP)
    page.get_by_role("link", name="Back", exact=True).click()
    expect(page).to_have_url(site + MAP + "?view=back")
    region(page, "Upper buttock").locator("text").click()
    expect(page).to_have_url(site + MAP + "upper-buttock/")
    page.get_by_role("link", name="Read the guide").click()
    expect(page).to_have_url(site + "/en/pain/upper-buttock/")
    context.close()


def test_map_and_home_have_no_axe_violations_and_are_screenshotted(page, site):
    axe = Axe()
    for name, path in [
        ("home", "/en/"),
        ("map-front", MAP),
        ("map-back", MAP + "?view=back"),
        ("map-side", MAP + "?view=side"),
        ("map-region-chosen", MAP + "upper-buttock/"),
        ("guide-awaiting-review", "/en/pain/lateral-hip/"),
    ]:
        page.goto(site + path)
        results = axe.run(page)
        assert results.violations_count == 0, f"{name}:\n{results.generate_report()}"
        screenshot(page, name)


def test_region_hover_and_focus_are_visible(page, site):
    page.goto(site + MAP + "?view=back")
    shape = region(page, "Upper buttock").locator("path")
    before = shape.evaluate("el => getComputedStyle(el).fill")
    region(page, "Upper buttock").locator("text").hover()
    expect(shape).not_to_have_css("fill", before)
    page.mouse.move(0, 0)
    # Keyboard focus: Tab from the link before it.
    region(page, "Lower back").focus()
    page.keyboard.press("Tab")
    expect(region(page, "Upper buttock")).to_be_focused()
    expect(shape).to_have_css("stroke-width", "3px")
