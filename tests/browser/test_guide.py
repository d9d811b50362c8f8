import re

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from conditions.models import CauseSection

from .conftest import WIDTHS, admin_log_in, screenshot

GUIDE = "/en/pain/upper-buttock/"


def panel_heading(page):
    return page.locator("#cause-panel h2.section-heading")


def mark_document(page):
    """A flag that survives only as long as the document does (no full page load)."""
    page.evaluate("window.__sameDocument = true")


def same_document(page):
    return page.evaluate("window.__sameDocument === true")


def test_tab_click_swaps_only_the_panel_and_pushes_the_url(page, site):
    page.goto(site + GUIDE)
    expect(panel_heading(page)).to_have_text("Joint Related Pain")
    mark_document(page)
    page.get_by_role("tab", name="Nerve").click()
    expect(page).to_have_url(site + GUIDE + "nerve/")
    expect(panel_heading(page)).to_have_text("Peripheral Nerve Related Pain")
    expect(page.get_by_role("tab", name="Nerve")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("tab", name="Joint")).to_have_attribute("aria-selected", "false")
    expect(page.locator("#cause-panel")).to_have_attribute("aria-labelledby", "tab-nerve")
    assert same_document(page)
    assert page.title().startswith("Peripheral Nerve Related Pain")
    # A reload, or the link shared, shows the same tab.
    page.reload()
    expect(panel_heading(page)).to_have_text("Peripheral Nerve Related Pain")
    assert page.console.errors == []


def test_back_and_forward_return_to_the_previous_tabs(page, site):
    page.goto(site + GUIDE)
    page.get_by_role("tab", name="Bone").click()
    expect(panel_heading(page)).to_have_text("Bone Related Pain in the Upper Buttock")
    page.get_by_role("tab", name="Other").click()
    expect(panel_heading(page)).to_have_text("Other Causes of Hip, Pelvic & Groin Pain")
    page.go_back()
    expect(page).to_have_url(site + GUIDE + "bone/")
    expect(panel_heading(page)).to_have_text("Bone Related Pain in the Upper Buttock")
    expect(page.get_by_role("tab", name="Bone")).to_have_attribute("aria-selected", "true")
    page.go_back()
    expect(page).to_have_url(site + GUIDE)
    expect(panel_heading(page)).to_have_text("Joint Related Pain")
    page.go_forward()
    expect(panel_heading(page)).to_have_text("Bone Related Pain in the Upper Buttock")
    assert page.console.errors == []


def test_tabs_work_with_the_keyboard_alone(page, site):
    page.goto(site + GUIDE)
    # Tab from the top of the page until the open tab has focus.
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('role')") == "tab":
            break
    assert page.evaluate("document.activeElement.id") == "tab-joint"
    page.keyboard.press("ArrowRight")
    assert page.evaluate("document.activeElement.id") == "tab-soft-tissue"
    page.keyboard.press("Enter")
    expect(panel_heading(page)).to_have_text("Soft Tissue Related Pain")
    expect(page).to_have_url(site + GUIDE + "soft-tissue/")
    page.keyboard.press("End")
    assert page.evaluate("document.activeElement.id") == "tab-other"
    page.keyboard.press(" ")
    expect(panel_heading(page)).to_have_text("Other Causes of Hip, Pelvic & Groin Pain")
    page.keyboard.press("Home")
    page.keyboard.press("ArrowLeft")  # wraps around to the last tab
    assert page.evaluate("document.activeElement.id") == "tab-other"
    # Focus stays on the tabs after a swap, and only the open tab is in the Tab order.
    assert page.evaluate("[...document.querySelectorAll('[role=tab]')].filter(t => t.tabIndex === 0).length") == 1
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "tab-other"
    # The next Tab leaves the tab list for the panel.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "cause-panel"


def test_skip_link_jumps_to_the_content(page, site):
    page.goto(site + GUIDE)
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to main content")).to_be_focused()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_without_javascript_every_tab_is_a_normal_link(browser, site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site + GUIDE)
    page.get_by_role("tab", name="Back").click()
    expect(page).to_have_url(site + GUIDE + "back/")
    expect(panel_heading(page)).to_have_text("Back Related Hip Pain")
    details = page.locator("details.snippet").first
    details.locator("summary").click()
    expect(details.get_by_text("Pain is an experience that the brain creates")).to_be_visible()
    context.close()


def test_what_is_pain_opens_as_a_disclosure(page, site):
    page.goto(site + GUIDE)
    text = page.get_by_text("Pain is an experience that the brain creates").first
    expect(text).to_be_hidden()
    page.locator("details.snippet summary").first.click()
    expect(text).to_be_visible()


def test_figures_load_and_are_described(page, site):
    page.goto(site + GUIDE + "nerve/")
    images = page.locator("#cause-panel figure img")
    expect(images).to_have_count(4)
    for i in range(4):
        image = images.nth(i)
        image.scroll_into_view_if_needed()
        expect(image).to_have_attribute("alt", re.compile(r".{10,}"))
        page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=image.element_handle())


AXE_PAGES = [
    ("home", "/en/"),
    ("guide", GUIDE),
    ("guide-nerve-tab", GUIDE + "nerve/"),
    ("guide-all-sections", GUIDE + "all/"),
    ("conditions", "/en/conditions/"),
    ("not-found", "/en/pain/no-such-guide/"),
]


def test_pages_have_no_axe_violations_at_both_widths(page, site):
    axe = Axe()
    for name, path in AXE_PAGES:
        page.goto(site + path)
        for label, width in WIDTHS.items():
            page.set_viewport_size({"width": width, "height": 900})
            # Open every disclosure so its content is checked too.
            page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
            results = axe.run(page)
            assert results.violations_count == 0, f"{name} at {label}:\n{results.generate_report()}"
        screenshot(page, name)


def test_pages_have_no_axe_violations_in_dark_mode(browser, site):
    context = browser.new_context(color_scheme="dark", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    axe = Axe()
    for name, path in AXE_PAGES[:3]:
        page.goto(site + path)
        results = axe.run(page)
        assert results.violations_count == 0, f"{name} (dark):\n{results.generate_report()}"
    screenshot(page, "guide-nerve-tab-dark")
    context.close()


def test_tab_swapped_by_htmx_has_no_axe_violations(page, site):
    page.goto(site + GUIDE)
    page.get_by_role("tab", name="Soft tissue").click()
    expect(panel_heading(page)).to_have_text("Soft Tissue Related Pain")
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def test_admin_editor_raises_no_csp_violation_and_keeps_spaces(page, site, django_user_model):
    admin_log_in(page, site, django_user_model)
    section = CauseSection.objects.get(guide__slug="upper-buttock", category__slug="other")
    page.goto(site + f"/admin/conditions/causesection/{section.pk}/change/")
    editor = page.locator(".ProseMirror").filter(visible=True).first
    expect(editor).to_be_visible()
    # The language tabs (jQuery UI, served from this site) are working.
    expect(page.locator(".ui-tabs").first).to_be_visible()
    editor.click()
    page.keyboard.press("Control+End")
    page.keyboard.press("Enter")
    page.keyboard.type("Two words and three more")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_be_visible()
    section.refresh_from_db()
    assert "Two words and three more" in section.body_en
    assert "&nbsp;" not in section.body_en
    print("\n".join(page.console.errors))
    assert page.console.errors == []
