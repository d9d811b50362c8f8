"""The appointment sheet in Chromium: filled in, printed on one A4 page, accessible."""

import re

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from .conftest import screenshot

PREPARE = "/en/pain/upper-buttock/prepare/"
OUTPUT_PDF = "test-output/prepare-upper-buttock.pdf"


def fill_in(page):
    """What a reader might type, at some length, with every section ticked."""
    page.get_by_label("Where is the pain?").fill("Top of the right buttock, sometimes spreading to the back of the leg")
    page.get_by_label("When did it start?").fill("About three weeks ago, after a long run")
    page.get_by_label("What makes it better?").fill("Walking slowly, a warm shower, lying on my left side")
    page.get_by_label("What makes it worse?").fill("Sitting for more than an hour; getting out of the car; stairs")
    page.get_by_role("radio", name="6").check()
    page.get_by_role("textbox", name="Questions for your appointment").fill(
        "Do I need a scan?\nShould I keep running?\nWhich exercises should I do, and how often?\nWhen will it heal?"
    )


def pages_of(pdf):
    """The number of pages of a PDF as Chromium writes it (its page objects are not compressed)."""
    return len(re.findall(rb"/Type\s*/Page\b", pdf))


def print_pdf(page):
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4", print_background=True)
    page.emulate_media(media="screen")
    return pdf


def test_filled_in_sheet_prints_on_one_a4_page(page, site):
    page.goto(site + PREPARE)
    for box in page.locator("input[name=include]").all():
        expect(box).to_be_checked()
    fill_in(page)
    pdf = print_pdf(page)
    with open(OUTPUT_PDF, "wb") as file:  # for people to look at
        file.write(pdf)
    assert pdf.startswith(b"%PDF")
    assert pages_of(pdf) == 1
    assert page.console.errors == []


def test_the_counting_sees_a_second_page(page, site):
    """The one-page check can fail: the all-sections guide prints on many pages."""
    page.goto(site + "/en/pain/upper-buttock/all/")
    assert pages_of(print_pdf(page)) > 1


def test_unticking_a_section_leaves_it_out_of_the_print_only(page, site):
    page.goto(site + PREPARE)
    section = page.locator("section", has=page.locator("#prepare-professional"))
    page.get_by_role("checkbox", name="Include in print").nth(1).uncheck()
    # Still on the screen, to tick again; gone from the sheet.
    expect(section).to_be_visible()
    page.emulate_media(media="print")
    expect(section).to_be_hidden()
    expect(page.locator("section", has=page.locator("#prepare-diary"))).to_be_visible()
    expect(page.get_by_role("button", name="Print")).to_be_hidden()
    page.emulate_media(media="screen")
    page.get_by_role("checkbox", name="Include in print").nth(1).check()
    page.emulate_media(media="print")
    expect(section).to_be_visible()


def test_print_button_opens_the_print_dialog(page, site):
    page.goto(site + PREPARE)
    page.evaluate("window.print = () => { window.__printed = true; }")
    page.get_by_role("button", name="Print").click()
    assert page.evaluate("window.__printed === true")


def test_typing_sends_nothing_until_the_pdf_is_asked_for(page, site):
    requests = []
    page.goto(site + PREPARE)
    page.wait_for_load_state("networkidle")
    # What the reader types is what matters: the browser may still fetch a static file (favicon).
    page.on("request", lambda r: "/static/" not in r.url and requests.append(r))
    fill_in(page)
    page.get_by_label("When did it start?").press("Enter")  # must not submit the form
    page.wait_for_timeout(300)
    assert requests == []
    with page.expect_download() as download:
        page.get_by_role("button", name="Download PDF").click()
    assert download.value.suggested_filename == "upper-buttock-appointment.pdf"
    assert [r.method for r in requests] == ["POST"]
    with open(download.value.path(), "rb") as file:
        assert file.read().startswith(b"%PDF")


def test_prepare_sheet_has_no_axe_violations(page, site):
    page.goto(site + PREPARE)
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
    fill_in(page)
    page.get_by_role("checkbox", name="Include in print").first.uncheck()
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
    screenshot(page, "prepare-filled-in")
    page.goto(site + "/ar/pain/upper-buttock/prepare/")
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
    screenshot(page, "prepare-arabic")
