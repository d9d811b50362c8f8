"""Articles and resources in Chromium: accessible, keyboard-only, and reached from the guide and the menu."""

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from .conftest import WIDTHS, screenshot

PAGES = [
    ("articles", "/en/articles/"),
    ("article-understanding-pain", "/en/articles/understanding-pain/"),
    ("resource-course", "/en/resources/deep-gluteal-syndrome-course/"),
    ("resource-pdf", "/en/resources/upper-buttock-pain-key-points/"),
    ("article-zh-hans", "/zh-hans/articles/how-will-a-health-professional-help-me/"),
    ("resource-ar", "/ar/resources/upper-buttock-pain-key-points/"),
]


def test_article_and_resource_pages_have_no_axe_violations_at_both_widths(page, site):
    axe = Axe()
    for name, path in PAGES:
        page.goto(site + path)
        for label, width in WIDTHS.items():
            page.set_viewport_size({"width": width, "height": 900})
            page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
            results = axe.run(page)
            assert results.violations_count == 0, f"{name} at {label}:\n{results.generate_report()}"
        screenshot(page, name)
    assert page.console.errors == []


def test_article_pages_have_no_axe_violations_in_dark_mode(browser, site):
    context = browser.new_context(color_scheme="dark", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    for _name, path in PAGES[:3]:
        page.goto(site + path)
        results = Axe().run(page)
        assert results.violations_count == 0, f"{path} (dark):\n{results.generate_report()}"
    screenshot(page, "resource-course-dark")
    context.close()


def test_the_guide_foot_leads_to_an_article_and_on_to_a_course_by_keyboard(page, site):
    page.goto(site + "/en/pain/upper-buttock/")
    foot = page.locator(".further-reading")
    expect(foot.get_by_role("heading", name="You might also be interested in")).to_be_visible()
    foot.scroll_into_view_if_needed()
    screenshot(page, "guide-further-reading")
    link = foot.get_by_role("link", name="Understanding pain")
    link.focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(site + "/en/articles/understanding-pain/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Understanding pain")
    # The seed's "click here" for the course, followed from the tab's text.
    page.goto(site + "/en/pain/upper-buttock/nerve/")
    course = page.get_by_role("link", name="self help course for the management and rehabilitation", exact=False)
    course.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Self help course: deep gluteal (piriformis) syndrome")
    out = page.get_by_role("link", name="Go to the course (leaves HipHelp for courses.example.org)")
    expect(out).to_have_attribute("href", "https://courses.example.org/deep-gluteal-syndrome/")
    assert page.console.errors == []


def test_the_header_menu_opens_the_articles(page, site):
    page.goto(site + "/en/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Articles").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Articles")
    expect(page.get_by_role("navigation", name="Main").get_by_role("link", name="Articles")).to_have_attribute(
        "aria-current", "page"
    )


def test_the_pdf_downloads(page, site):
    page.goto(site + "/en/resources/upper-buttock-pain-key-points/")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download (PDF,", exact=False).click()
    path = download.value.path()
    with open(path, "rb") as file:
        assert file.read(5) == b"%PDF-"
