"""The readability panel on a tab's change form, as an editor sees it."""

from playwright.sync_api import expect

from conditions.models import CauseSection
from tests.browser.conftest import SCREENSHOTS, WIDTHS, admin_log_in


def test_tab_change_form_shows_the_readability_panel(page, site, django_user_model):
    admin_log_in(page, site, django_user_model)

    section = CauseSection.objects.get(guide__slug="upper-buttock", category__slug="joint")
    page.set_viewport_size({"width": WIDTHS["desktop"], "height": 900})
    page.goto(site + f"/admin/conditions/causesection/{section.pk}/change/")
    panel = page.locator(".readability-panel")
    expect(panel).to_be_visible()
    expect(panel.locator(".readability-grade").first).to_have_text(f"{section.readability_grade:.1f}")
    expect(panel.locator(".readability-longest").first.locator("li")).to_have_count(3)
    expect(panel.locator(".readability-above").first).to_contain_text("Above target")
    # The panel sits inside the form's width, its figures side by side, nothing overlapping.
    box = panel.bounding_box()
    assert box["x"] + box["width"] <= WIDTHS["desktop"]
    figures = panel.locator(".readability-figures").first.locator("dd").all()
    tops = {round(dd.bounding_box()["y"]) for dd in figures}
    assert len(tops) == 1, "the grade, target and words per sentence are not on one row"

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    panel.scroll_into_view_if_needed()
    fieldset = page.locator("fieldset.readability-fieldset")
    page.screenshot(path=str(SCREENSHOTS / "admin-readability-desktop.png"), caret="initial")
    fieldset.screenshot(path=str(SCREENSHOTS / "admin-readability-panel-desktop.png"), caret="initial")
    assert page.console.errors == []
