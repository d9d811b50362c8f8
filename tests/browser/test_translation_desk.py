"""The translator's desk, as a translator uses it: the work list, a Vietnamese tab with the
English beside it and the difference, a memory suggestion accepted, saved, marked reviewed."""

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from conditions.models import CauseSection
from tests.browser.conftest import WIDTHS, admin_log_in, screenshot
from translations.models import State, TranslationState


def outdated_vietnamese_summary():
    """The groin guide's joint tab: a Vietnamese summary made from English that has since changed."""
    section = CauseSection.objects.get(guide__slug="groin", category__slug="joint")
    section.summary_vi = "khớp hông, nơi xương đùi gặp khung chậu"
    section.save()
    section.summary_en = section.summary_en + " (the ball and socket)"
    section.save()
    return section


def test_translator_journey_from_work_list_to_reviewed(page, site, django_user_model):
    section = outdated_vietnamese_summary()
    admin_log_in(page, site, django_user_model)
    axe = Axe()

    page.goto(site + "/admin/")
    page.get_by_role("link", name="Translation states").click()
    expect(page.locator("#counts-vi")).to_be_visible()
    for label, width in WIDTHS.items():
        page.set_viewport_size({"width": width, "height": 900})
        results = axe.run(page)
        assert results.violations_count == 0, f"dashboard at {label}:\n{results.generate_report()}"
    screenshot(page, "translations-dashboard")

    page.get_by_label("Language").first.select_option("vi")
    page.locator("#work-filters").get_by_label("State").select_option("outdated")
    page.locator("#work-filters").get_by_role("button", name="Filter").click()
    row = page.locator(f'#work-list tr[data-unit="conditions.causesection:{section.pk}:summary"]')
    expect(row).to_have_count(1)
    row.get_by_role("link").click()

    # The Vietnamese tab is open, named in Vietnamese with its state; the English and the difference beside it.
    page.wait_for_selector("#desk-id_summary_vi")
    tab = page.locator('a[href="#tab_id_summary_vi"]')
    expect(tab).to_contain_text("Tiếng Việt")
    expect(tab).to_contain_text("outdated")
    expect(page.locator("#id_summary_vi")).to_be_visible()
    panel = page.locator("#desk-id_summary_vi")
    expect(panel.locator(".desk-english-text")).to_contain_text("(the ball and socket)")
    expect(panel.locator(".desk-diff ins")).to_contain_text("ball and socket")
    expect(page.locator('a[href="#tab_id_heading_zh_hans"]')).to_contain_text("简体中文")
    expect(page.locator('a[href="#tab_id_heading_ar"]')).to_contain_text("العربيّة")
    screenshot(page, "translations-change-form")

    # A fuzzy memory suggestion for the missing Vietnamese heading, put in only on "Use this".
    heading = page.locator("#id_heading_vi")
    expect(heading).to_have_value("")
    suggestion = page.locator("#desk-id_heading_vi .desk-suggestion").first
    expect(suggestion).to_contain_text("fuzzy")
    suggested = suggestion.locator(".desk-suggestion-target").inner_text()
    suggestion.get_by_role("button", name="Use this").click()
    expect(heading).to_have_value(suggested)

    page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist")).to_be_visible()
    section.refresh_from_db()
    assert section.heading_vi == suggested
    state = TranslationState.objects.for_object(section).get(field="heading", language="vi")
    assert state.state == State.DRAFT
    assert state.updated_by.username == "editor"

    # Marked reviewed from the field itself.
    page.wait_for_selector("#desk-id_heading_vi")
    page.locator("#desk-id_heading_vi").get_by_role("button", name="Mark reviewed").click()
    expect(page.locator("#desk-id_heading_vi-status")).to_contain_text("Marked reviewed")
    expect(page.locator('a[href="#tab_id_heading_vi"]')).to_contain_text("reviewed")
    state.refresh_from_db()
    assert state.state == State.REVIEWED and state.reviewed_by.username == "editor"
    assert page.console.errors == []


def test_reader_notices_have_no_axe_violations(page, site):
    axe = Axe()
    for path in ("/zh-hans/pain/upper-buttock/other/", "/vi/pain/upper-buttock/", "/vi/pain/groin/"):
        page.goto(site + path)
        for label, width in WIDTHS.items():
            page.set_viewport_size({"width": width, "height": 900})
            results = axe.run(page)
            assert results.violations_count == 0, f"{path} at {label}:\n{results.generate_report()}"
    page.goto(site + "/zh-hans/pain/upper-buttock/other/")
    expect(page.locator(".notice--outdated")).to_contain_text("2")
    screenshot(page, "translations-reader-outdated")
    assert page.console.errors == []
