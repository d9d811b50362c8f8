import re

from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command
from playwright.sync_api import expect

from .conftest import screenshot

FIND = "/en/find-a-professional/"


def test_type_a_suburb_pick_a_suggestion_and_results_update_in_place(page, site):
    call_command("load_places", verbosity=0)
    call_command("generate_professionals", "150", verbosity=0)
    page.goto(site + FIND)
    page.evaluate("window.__sameDocument = true")
    where = page.get_by_label("Postcode or suburb")
    where.press_sequentially("Melbou", delay=40)
    # The suggestions arrive in the box's list as you type.
    expect(page.locator("#place-options option").first).to_have_attribute("value", "Melbourne VIC 3000")
    # Picking a suggestion puts its text in the box, as the browser's list does.
    where.fill(page.locator("#place-options option").first.get_attribute("value"))
    where.dispatch_event("change")
    # The search is in the URL: it can be shared, reloaded and gone back to.
    expect(page).to_have_url(re.compile(r"\?where=Melbourne(\+|%20)VIC(\+|%20)3000&.*km=25"))
    expect(page.locator("#result-count")).to_contain_text("within 25 km of Melbourne VIC 3000")
    expect(page.locator(".pro-card").first).to_be_visible()
    first_count = page.locator("#result-count").inner_text()
    page.get_by_label("Distance").select_option("100")
    expect(page.locator("#result-count")).to_contain_text("within 100 km")
    assert page.evaluate("window.__sameDocument === true")
    screenshot(page, "directory-results")
    page.go_back()
    expect(page.locator("#result-count")).to_have_text(first_count)
    assert page.console.errors == []


def test_a_result_opens_the_profile(page, site):
    call_command("load_places", verbosity=0)
    call_command("generate_professionals", "60", verbosity=0)
    page.goto(site + FIND + "?where=3000&km=100")
    card = page.locator(".pro-card").first
    name = card.locator("h3").inner_text()
    card.get_by_role("link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(name)
    screenshot(page, "professional-profile")


def test_without_javascript_the_form_submits_as_a_page_load(browser, site):
    call_command("load_places", verbosity=0)
    call_command("generate_professionals", "60", verbosity=0)
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site + FIND)
    expect(page.get_by_role("button", name="Use my location")).to_be_hidden()
    page.get_by_label("Postcode or suburb").fill("2000")
    page.get_by_role("main").get_by_role("button", name="Search").click()
    expect(page.locator("#result-count")).to_contain_text("within 25 km of")
    context.close()


def test_directory_and_apply_pages_have_no_axe_violations(page, site):
    call_command("load_places", verbosity=0)
    call_command("generate_professionals", "60", verbosity=0)
    axe = Axe()
    for name, path in [
        ("directory-empty", FIND),
        ("directory-no-place", FIND + "?where=Melborne"),
        ("directory-bad-input", FIND + "?km=abc"),
        ("directory-results-sydney", FIND + "?where=2000&km=50"),
        ("apply", FIND + "apply/"),
    ]:
        page.goto(site + path)
        results = axe.run(page)
        assert results.violations_count == 0, f"{name}:\n{results.generate_report()}"
        screenshot(page, name)
    page.goto(site + FIND + "apply/")
    page.get_by_role("button", name="Send application").click()
    expect(page.locator("#form-errors")).to_be_visible()
    results = axe.run(page)
    assert results.violations_count == 0, results.generate_report()
    screenshot(page, "apply-with-errors")
