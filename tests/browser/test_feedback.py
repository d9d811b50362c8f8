from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from feedback.models import TabFeedback

from .conftest import screenshot

TAB = "/en/pain/upper-buttock/joint/"


def test_feedback_is_sent_without_a_page_load_and_sets_no_cookie(page, site):
    page.goto(site + TAB)
    page.evaluate("window.__sameDocument = true")
    feedback = page.locator(".tabs__panel .feedback")
    feedback.get_by_role("link", name="Yes").click()
    expect(feedback.get_by_role("radio", name="Yes")).to_be_checked()
    expect(feedback.get_by_role("radio", name="Yes")).to_be_focused()
    expect(feedback).to_contain_text("Please do not include personal details")
    feedback.get_by_label("Anything to add? (optional)").fill("Clear pictures. Mail me at jo@example.com")
    screenshot(page, "feedback-form")
    feedback.get_by_role("button", name="Send feedback").click()
    expect(page.locator(".feedback__thanks")).to_have_text("Thank you for your feedback.")
    expect(page.locator(".feedback__thanks")).to_be_focused()
    assert page.evaluate("window.__sameDocument === true")
    row = TabFeedback.objects.get()
    assert (row.section.category.slug, row.language, row.helpful) == ("joint", "en", True)
    assert row.comment == "Clear pictures. Mail me at [email removed]"
    assert page.context.cookies() == []
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
    screenshot(page, "feedback-thanks")
    assert page.console.errors == []


def test_a_no_then_a_comment_in_a_second_step_updates_the_same_answer(page, site):
    page.goto(site + TAB)
    page.evaluate("window.__sameDocument = true")
    feedback = page.locator(".tabs__panel .feedback")
    feedback.get_by_role("link", name="No").click()
    feedback.get_by_role("button", name="Send feedback").click()
    expect(page.locator(".feedback__thanks")).to_be_visible()
    page.get_by_label("Would you like to tell us more? (optional)").fill("Too many long words")
    page.get_by_role("button", name="Send comment").click()
    expect(page.locator(".feedback__thanks")).to_be_visible()
    expect(page.get_by_role("button", name="Send comment")).to_have_count(0)
    assert page.evaluate("window.__sameDocument === true")
    row = TabFeedback.objects.get()
    assert (row.helpful, row.comment) == (False, "Too many long words")


def test_feedback_works_without_javascript(browser, site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site + TAB)
    page.locator(".tabs__panel .feedback").get_by_role("link", name="No").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your feedback")
    page.get_by_label("Anything to add? (optional)").fill("Please explain the SIJ test")
    page.get_by_role("button", name="Send feedback").click()
    expect(page.locator(".feedback__thanks")).to_have_text("Thank you for your feedback.")
    row = TabFeedback.objects.get()
    assert (row.helpful, row.comment) == (False, "Please explain the SIJ test")
    assert context.cookies() == []
    page.get_by_role("link", name="Back to the guide").click()
    expect(page).to_have_url(site + TAB)
    context.close()


def test_the_guide_foot_leads_to_the_directory_for_its_interest(page, site):
    page.goto(site + "/en/pain/upper-buttock/")
    form = page.locator("form.find-near")
    form.get_by_label("Postcode or suburb").fill("2000")
    screenshot(page, "guide-find-near")
    form.get_by_role("button", name="Find a professional").click()
    chosen = page.locator(".chosen-interest")
    expect(chosen).to_contain_text("Showing professionals with a special interest in: Upper Buttock Pain")
    expect(page.get_by_label("Special interest", exact=True)).to_have_value("upper-buttock")
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
    screenshot(page, "directory-chosen-interest")
    chosen.get_by_role("link", name="Clear").click()
    expect(page.locator(".chosen-interest")).to_have_count(0)
    expect(page.get_by_label("Postcode or suburb")).to_have_value("2000")
    assert page.console.errors == []
