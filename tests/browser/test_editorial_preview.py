"""The editor's Preview: the guide as typed, unsaved, in a new window; then drafts on the site."""

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from conditions.models import Guide
from tests.browser.conftest import admin_log_in, screenshot


def test_preview_shows_unsaved_changes_in_a_new_window(page, site, django_user_model):
    admin_log_in(page, site, django_user_model)
    guide = Guide.objects.get(slug="upper-buttock")
    page.goto(site + f"/admin/conditions/guide/{guide.pk}/change/")
    page.locator("#id_title_en").fill("Upper buttock pain, in the middle of a rewrite")
    # The tabs' text is on the guide's form too, folded away until opened.
    page.get_by_text("tabs (their figures are on each tab's own page)").first.click()
    heading = page.locator("input[name$='-heading_en']").filter(visible=True).first
    heading.fill("Joint pain, as typed a moment ago")

    with page.context.expect_page() as opened:
        page.get_by_role("button", name="Preview").click()
    preview = opened.value
    preview.wait_for_load_state()
    expect(preview.locator("h1")).to_have_text("Upper buttock pain, in the middle of a rewrite")
    expect(preview.get_by_text("Preview of unsaved changes.")).to_be_visible()
    expect(preview.get_by_role("heading", name="Joint pain, as typed a moment ago")).to_be_visible()
    results = Axe().run(preview)
    assert results.violations_count == 0, results.generate_report()
    screenshot(preview, "admin-preview")

    # Nothing was saved, and the form still holds what was typed.
    guide.refresh_from_db()
    assert guide.title_en == "Upper Buttock Pain"
    expect(page.locator("#id_title_en")).to_have_value("Upper buttock pain, in the middle of a rewrite")
    assert page.console.errors == []


def test_staff_see_a_draft_with_a_banner_and_readers_do_not(page, browser, site, django_user_model):
    Guide.objects.filter(slug="upper-buttock").update(is_published=False)
    admin_log_in(page, site, django_user_model)
    page.goto(site + "/en/pain/upper-buttock/")
    expect(page.get_by_text("Draft: not visible to the public.")).to_be_visible()
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
    screenshot(page, "guide-draft-for-staff")

    reader = browser.new_context()
    try:
        anonymous = reader.new_page()
        response = anonymous.goto(site + "/en/pain/upper-buttock/")
        assert response.status == 404
        anonymous.goto(site + "/en/pain-map/upper-buttock/")
        expect(anonymous.get_by_text("Guide coming soon. We are still writing this guide.").first).to_be_visible()
    finally:
        reader.close()
