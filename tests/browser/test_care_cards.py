"""The urgent-care cards in a real browser: on the first screen of a phone, kept by tab swaps."""

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from .conftest import SCREENSHOTS, WIDTHS, screenshot

GUIDE = "/en/pain/upper-buttock/"
PHONE = {"width": WIDTHS["phone"], "height": 844}
TABS = ["", "joint/", "soft-tissue/", "bone/", "back/", "nerve/", "other/", "all/"]


def bottom_in_document(locator):
    """How far down the document the element ends, in CSS pixels, wherever the page is scrolled."""
    return locator.evaluate("el => el.getBoundingClientRect().bottom + window.scrollY")


def test_the_emergency_card_is_on_the_first_screen_of_every_tab_on_a_phone(page, site):
    page.set_viewport_size(PHONE)
    for path in TABS:
        page.goto(site + GUIDE + path)
        emergency = page.locator(".care-card--emergency")
        expect(emergency).to_be_visible()
        expect(emergency.get_by_role("heading", level=2)).to_have_text(
            "Call 000 or go to an emergency department now if you have:"
        )
        assert bottom_in_document(emergency) <= PHONE["height"], path
        # The second level starts on the first screen too: the reader sees there is more.
        top = page.locator(".care-card--today").evaluate("el => el.getBoundingClientRect().top + window.scrollY")
        assert top < PHONE["height"], path
    assert page.console.errors == []


def test_a_tab_swap_keeps_the_cards_in_place(page, site):
    page.set_viewport_size(PHONE)
    page.goto(site + GUIDE)
    page.locator(".care-card--emergency").evaluate("el => { el.dataset.sameNode = 'yes'; }")
    page.get_by_role("tab", name="Nerve").click()
    expect(page).to_have_url(site + GUIDE + "nerve/")
    expect(page.locator("#cause-panel h2.section-heading")).to_have_text("Peripheral Nerve Related Pain")
    emergency = page.locator(".care-card--emergency")
    # The same element, not a copy brought in by the swap, and still on the first screen.
    expect(emergency).to_have_attribute("data-same-node", "yes")
    expect(page.locator(".care-card")).to_have_count(2)
    assert bottom_in_document(emergency) <= PHONE["height"]
    page.evaluate("window.scrollTo(0, 0)")
    expect(emergency).to_be_in_viewport(ratio=1)
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
    assert page.console.errors == []


def test_screen_readers_find_the_cards_as_named_regions_not_alerts(page, site):
    page.goto(site + GUIDE)
    regions = page.get_by_role("region", name="Call 000 or go to an emergency department now if you have:")
    expect(regions).to_have_count(1)
    expect(page.get_by_role("region", name="See a doctor today if you have:")).to_have_count(1)
    expect(page.get_by_role("alert")).to_have_count(0)


def test_the_cards_have_no_axe_violations_at_both_widths_and_in_dark_mode(page, browser, site):
    axe = Axe()
    for path in ("", "all/", "../lower-back/"):
        page.goto(site + GUIDE + path)
        for label, width in WIDTHS.items():
            page.set_viewport_size({"width": width, "height": 844})
            results = axe.run(page)
            assert results.violations_count == 0, f"{path} at {label}:\n{results.generate_report()}"
    page.goto(site + GUIDE)
    screenshot(page, "care-cards")
    # What a phone shows before any scrolling, for people to look at.
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for label, width in WIDTHS.items():
        page.set_viewport_size({"width": width, "height": 844})
        page.screenshot(path=str(SCREENSHOTS / f"care-cards-first-screen-{label}.png"), caret="initial")
    dark = browser.new_context(color_scheme="dark", viewport=PHONE)
    dark_page = dark.new_page()
    dark_page.goto(site + GUIDE)
    results = axe.run(dark_page)
    assert results.violations_count == 0, f"dark:\n{results.generate_report()}"
    dark_page.screenshot(path=str(SCREENSHOTS / "care-cards-first-screen-dark-phone.png"), caret="initial")
    dark.close()
