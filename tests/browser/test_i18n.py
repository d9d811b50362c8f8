from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from conditions.demo_i18n import ar, zh_hans

from .conftest import screenshot

GUIDE = "pain/upper-buttock/"


def test_switch_language_on_a_guide_tab_and_stay_on_the_tab(page, site):
    page.goto(f"{site}/en/{GUIDE}")
    page.get_by_role("tab", name="Nerve").click()
    expect(page).to_have_url(f"{site}/en/{GUIDE}nerve/")
    page.get_by_role("navigation", name="Language").get_by_role("link", name="简体中文").click()
    expect(page).to_have_url(f"{site}/zh-hans/{GUIDE}nerve/")
    heading = zh_hans.GUIDES["upper-buttock"]["sections"]["nerve"]["heading"]
    expect(page.locator("#cause-panel h2.section-heading")).to_have_text(heading)
    assert page.evaluate("document.documentElement.lang") == "zh-hans"
    # An htmx tab swap on the Chinese page brings the Chinese panel.
    bone = zh_hans.GUIDES["upper-buttock"]["sections"]["bone"]["heading"]
    page.locator("#tab-bone").click()
    expect(page.locator("#cause-panel h2.section-heading")).to_have_text(bone)
    screenshot(page, "guide-zh-hans")


def test_switch_language_keeps_the_map_view(page, site):
    page.goto(f"{site}/en/pain-map/")
    page.get_by_role("link", name="Back", exact=True).click()
    expect(page).to_have_url(f"{site}/en/pain-map/?view=back")
    page.locator(".language-switch a[hreflang=vi]").click()
    expect(page).to_have_url(f"{site}/vi/pain-map/?view=back")


def test_arabic_pages_are_laid_out_right_to_left(page, site):
    page.goto(f"{site}/ar/{GUIDE}")
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    expect(page.get_by_role("heading", level=1)).to_have_text(ar.GUIDES["upper-buttock"]["title"])
    first = page.locator("#tab-joint").bounding_box()
    last = page.locator("#tab-other").bounding_box()
    assert first["x"] > last["x"]  # the first tab is on the right
    # Arrow keys follow the reading direction: left moves to the next tab.
    page.locator("#tab-joint").focus()
    page.keyboard.press("ArrowLeft")
    assert page.evaluate("document.activeElement.id") == "tab-soft-tissue"
    screenshot(page, "guide-ar")
    page.goto(f"{site}/ar/pain-map/?view=back")
    # The drawing itself is not mirrored: anatomy does not flip.
    assert page.evaluate("getComputedStyle(document.querySelector('.body-map')).direction") == "ltr"
    screenshot(page, "map-ar")
    page.goto(f"{site}/ar/find-a-professional/")
    screenshot(page, "directory-ar")


def test_no_axe_violations_in_any_language(page, site):
    axe = Axe()
    for lang in ("zh-hans", "vi", "ar"):
        for path in (GUIDE + "nerve/", "pain-map/", "pain-map/upper-buttock/", "find-a-professional/", "conditions/"):
            page.goto(f"{site}/{lang}/{path}")
            results = axe.run(page)
            assert results.violations_count == 0, f"{lang}/{path}:\n{results.generate_report()}"
    page.goto(f"{site}/vi/pain/groin/")  # the upper-buttock guide is translated into Vietnamese
    screenshot(page, "guide-vi-fallback")
