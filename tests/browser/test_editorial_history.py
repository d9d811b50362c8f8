"""Nothing lost between editors: the conflict on a second save, and restoring an earlier version."""

from playwright.sync_api import expect

from conditions.models import CauseSection
from tests.browser.conftest import Console, screenshot
from tests.browser.conftest import admin_log_in as log_in


def bone_tab():
    return CauseSection.objects.get(guide__slug="upper-buttock", category__slug="bone")


def test_a_second_save_shows_the_conflict_and_keeps_the_typed_text(page, browser, site, django_user_model):
    section = bone_tab()
    change = site + f"/admin/conditions/causesection/{section.pk}/change/"
    log_in(page, site, django_user_model, "alex", first_name="Alex", last_name="Kim")
    other = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page_b = other.new_page()
        page_b.console = Console(page_b)
        log_in(page_b, site, django_user_model, "sam", first_name="Sam", last_name="Lee")
        page.goto(change)
        page_b.goto(change)

        page.locator("#id_heading_en").fill("Bone pain, as saved by Alex")
        page.get_by_role("button", name="Save", exact=True).click()
        expect(page.locator(".messagelist")).to_contain_text("was changed successfully")

        page_b.locator("#id_heading_en").fill("Bone pain, as typed by Sam")
        page_b.locator("#id_change_reason").fill("Sam's wording")
        page_b.get_by_role("button", name="Save", exact=True).click()

        error = page_b.locator(".errorlist.nonfield")
        expect(error).to_contain_text("Someone else saved this cause section (tab) while you were editing: Alex Kim at")
        expect(error).to_contain_text("your changes are below and have not been saved")
        expect(error.get_by_role("link", name="See what they changed")).to_be_visible()
        expect(page_b.locator("#id_heading_en")).to_have_value("Bone pain, as typed by Sam")
        expect(page_b.locator("#id_change_reason")).to_have_value("Sam's wording")
        assert bone_tab().heading_en == "Bone pain, as saved by Alex"
        screenshot(page_b, "admin-conflict")

        # Merged and saved again, Sam's save goes through.
        page_b.get_by_role("button", name="Save", exact=True).click()
        expect(page_b.locator(".messagelist")).to_contain_text("was changed successfully")
        assert bone_tab().heading_en == "Bone pain, as typed by Sam"
        assert page.console.errors == [] and page_b.console.errors == []
    finally:
        other.close()


def test_restore_an_earlier_heading_from_the_history_comparison(page, site, django_user_model):
    section = bone_tab()
    original = section.heading_en
    log_in(page, site, django_user_model, "alex")
    page.goto(site + f"/admin/conditions/causesection/{section.pk}/change/")
    page.locator("#id_heading_en").fill("A heading that turned out wrong")
    page.get_by_role("button", name="Save and continue editing").click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")

    page.get_by_role("link", name="History").click()
    expect(page.locator("#change-history")).to_be_visible()
    screenshot(page, "admin-history")
    page.get_by_role("button", name="Compare the selected versions").click()
    row = page.locator("#diff-heading_en")
    expect(row.locator("th")).to_have_text("Heading (English)")
    expect(row.locator("del")).to_contain_text("Bone Related Pain in the Upper Buttock")
    expect(row.locator("ins")).to_contain_text("A heading that turned out wrong")
    expect(page.locator(".diff-legend")).to_be_visible()
    screenshot(page, "admin-history-compare")

    page.locator(".compare-versions a.restore-version").first.click()  # the "From" version: the earlier one
    expect(page.locator("#id_heading_en")).to_have_value(original)
    page.get_by_role("button", name="Revert").click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    assert bone_tab().heading_en == original

    page.goto(site + "/en/pain/upper-buttock/bone/")
    expect(page.locator("#cause-panel h2.section-heading")).to_have_text(original)
    assert page.console.errors == []
