from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from .conftest import WIDTHS, screenshot


def test_search_as_you_type_with_the_keyboard(page, site):
    page.goto(site + "/en/")
    box = page.locator("#header-search-q")
    box.focus()
    page.keyboard.type("clun", delay=30)
    suggestions = page.locator("#search-suggestions")
    expect(suggestions).to_be_visible()
    expect(suggestions.locator(".search-suggestion").first).to_contain_text("Cluneal nerve neuralgia")
    expect(page.locator("#search-status")).to_have_text("2 suggestions")
    screenshot(page, "search-suggestions")
    page.keyboard.press("ArrowDown")
    expect(suggestions.locator(".search-suggestion").first).to_be_focused()
    page.keyboard.press("Escape")
    expect(box).to_be_focused()
    expect(suggestions).to_be_hidden()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(page).to_have_url(site + "/en/pain/upper-buttock/nerve/#cluneal-nerve-neuralgia")
    assert page.console.errors == []


def test_search_form_works_without_javascript(browser, site):
    context = browser.new_context(java_script_enabled=False, viewport={"width": WIDTHS["desktop"], "height": 900})
    page = context.new_page()
    page.goto(site + "/en/")
    page.fill("#header-search-q", "Sacroiliac")
    page.press("#header-search-q", "Enter")
    expect(page).to_have_url(site + "/en/search/?q=sacroiliac")
    first = page.locator(".search-result__title a").first
    expect(first).to_have_attribute("href", "/en/pain/upper-buttock/joint/#pain-related-to-the-sacroiliac-joint")
    context.close()


def test_search_pages_have_no_axe_violations_and_no_csp_errors(page, site):
    axe = Axe()
    for name, path in [
        ("search-results", "/en/search/?q=sciatica"),
        ("search-none", "/en/search/?q=xylophone"),
        ("search-zh", "/zh-hans/search/?q=%E5%9D%90%E9%AA%A8%E7%A5%9E%E7%BB%8F"),
        ("search-too-long", "/en/search/?q=" + "a" * 120),
    ]:
        page.goto(site + path)
        screenshot(page, name)
        for width in WIDTHS.values():
            page.set_viewport_size({"width": width, "height": 900})
            results = axe.run(page)
            assert results.violations_count == 0, (path, results.generate_report())
    # JSON-LD is data, not script: the strict policy reports nothing on a guide page.
    page.console.errors.clear()
    page.goto(site + "/en/pain/upper-buttock/nerve/")
    assert page.locator('script[type="application/ld+json"]').count() == 1
    assert [e for e in page.console.errors if "400" not in e] == []
