"""The "prepare for your appointment" sheet of each guide, and its PDF."""

import re

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from conditions.models import CauseCategory, Guide
from tests.htmlparse import visible_text

PREPARE = "/en/pain/upper-buttock/prepare/"
PDF = "/en/pain/upper-buttock/prepare/pdf/"
DIARY_LABELS = ("Where is the pain?", "When did it start?", "What makes it better?", "What makes it worse?")
ANSWERS = {
    "include": ["conditions", "professional", "diary", "questions"],
    "where": "Top of the right buttock",
    "started": "Three weeks ago, after a long run",
    "better": "Walking slowly",
    "worse": "Sitting for an hour",
    "score": "6",
    "questions": "Do I need a scan?",
}


def guide_slugs():
    """The demo guides, read from the demo data so that a new one is covered too."""
    from conditions.demo_content import GUIDES as FIRST
    from conditions.demo_guides_back import GUIDES as BACK
    from conditions.demo_guides_front import GUIDES as FRONT

    return [g["slug"] for g in (*FIRST, *FRONT, *BACK)]


@pytest.mark.parametrize("slug", guide_slugs())
def test_prepare_sheet_renders_for_every_demo_guide(client, demo, slug):
    guide = Guide.objects.get(slug=slug)
    response = client.get(f"/en/pain/{slug}/prepare/")
    assert response.status_code == 200
    html = response.content.decode()
    text = visible_text(html)
    assert "Prepare for your appointment" in text
    assert guide.title in text
    for item in guide.common_conditions.all():
        assert item.text in text
    for section in guide.sections.filter(is_published=True):
        assert section.summary in text
    for label in DIARY_LABELS:
        assert re.search(rf'<label for="id_\w+">{re.escape(label)}</label>', html)
    assert "Questions for your appointment" in text


def test_prepare_sheet_has_a_labelled_0_to_10_scale_and_a_tick_per_section(client, demo):
    html = client.get(PREPARE).content.decode()
    scale = html[html.index('<fieldset class="pain-scale">') : html.index("</fieldset>")]
    assert "<legend>How bad is the pain, from 0 (no pain) to 10" in scale
    assert re.findall(r'<input type="radio" name="score" value="(\d+)">', scale) == [str(n) for n in range(11)]
    tick = r'<input type="checkbox" name="include" value="(\w+)" aria-describedby="prepare-\1" checked>'
    ticks = re.findall(tick, html)
    assert ticks == ["conditions", "professional", "diary", "questions"]


def test_prepare_sheet_is_the_same_cached_page_for_everyone(client, demo):
    response = client.get(PREPARE)
    html = response.content.decode()
    # No per-reader state: no CSRF token, no cookie, and served from the page cache the second time.
    assert "csrfmiddlewaretoken" not in html
    assert not response.cookies
    with CaptureQueriesContext(connection) as queries:
        again = client.get(PREPARE)
    assert again.content == response.content
    assert len(queries) == 0


def test_prepare_sheet_query_count_is_pinned(client, demo, django_assert_max_num_queries):
    cache.clear()
    with django_assert_max_num_queries(6):
        assert client.get(PREPARE).status_code == 200


def test_guide_and_all_sections_pages_link_to_the_sheet(client, demo):
    for url in ("/en/pain/upper-buttock/", "/en/pain/upper-buttock/all/"):
        assert f'<a href="{PREPARE}">Prepare for your appointment</a>' in client.get(url).content.decode()


def test_prepare_is_not_taken_for_a_tab(demo):
    with pytest.raises(ValidationError) as error:
        CauseCategory(name="Prepare", slug="prepare", order=99).full_clean()
    assert "slug" in error.value.message_dict


def test_prepare_sheet_in_chinese(client, demo):
    html = client.get("/zh-hans/pain/upper-buttock/prepare/").content.decode()
    assert '<html lang="zh-hans"' in html
    text = visible_text(html)
    assert "臀部上方疼痛" in text
    assert "骨盆带疼痛，或骶髂关节疼痛/功能障碍" in text
    assert 'action="/zh-hans/pain/upper-buttock/prepare/pdf/"' in html


def test_prepare_sheet_in_vietnamese_marks_english_fallback_text(client, demo):
    html = client.get("/vi/pain/groin/prepare/").content.decode()
    assert '<html lang="vi"' in html
    # Not translated yet: the guide's title is shown in English, and says so for screen readers.
    assert '<strong lang="en" dir="ltr">Groin and Front of Hip Pain</strong>' in html


def test_draft_guide_sheet_is_not_found_for_readers(client, guide):
    guide.is_published = False
    guide.save()
    assert client.get(PREPARE).status_code == 404
    assert client.post(PDF, ANSWERS).status_code == 404


def test_draft_guide_sheet_is_shown_to_staff(editor_client, guide):
    guide.is_published = False
    guide.save()
    response = editor_client.get(PREPARE)
    assert response.status_code == 200
    assert "Draft: not visible to the public." in response.content.decode()


def test_pdf_of_the_filled_in_sheet_is_a_pdf_download(client, demo):
    response = client.post(PDF, ANSWERS)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="upper-buttock-appointment.pdf"'
    assert response.content.startswith(b"%PDF-")
    assert "no-store" in response["Cache-Control"]


def test_pdf_shows_what_the_reader_typed_on_one_page(client, demo, monkeypatch):
    from weasyprint import HTML

    from conditions import pdf

    html = {}
    original = pdf.html_to_pdf

    def keep(text, **kwargs):
        html["text"] = text
        return original(text, **kwargs)

    monkeypatch.setattr(pdf, "html_to_pdf", keep)
    client.post(PDF, ANSWERS)
    rendered = html["text"]
    assert "Top of the right buttock</textarea>" in rendered
    assert 'value="Three weeks ago, after a long run"' in rendered
    assert '<input type="radio" name="score" value="6" checked>' in rendered
    assert "Do I need a scan?</textarea>" in rendered
    assert "is-excluded" not in rendered
    document = HTML(string=rendered, base_url="http://testserver/", url_fetcher=pdf.StaticOnlyFetcher())
    pages = document.render().pages
    assert len(pages) == 1


def test_pdf_leaves_out_the_sections_the_reader_unticked(client, demo, monkeypatch):
    from conditions import pdf

    html = {}
    monkeypatch.setattr(pdf, "html_to_pdf", lambda text, **kwargs: html.setdefault("text", text).encode())
    client.post(PDF, {**ANSWERS, "include": ["diary"]})
    excluded = re.findall(r'<section class="prepare-section is-excluded" aria-labelledby="prepare-(\w+)"', html["text"])
    assert excluded == ["conditions", "professional", "questions"]


def test_page_post_is_refused(client, demo):
    assert client.post(PREPARE, ANSWERS).status_code == 405


def test_pdf_writes_nothing_to_the_database(client, demo):
    with CaptureQueriesContext(connection) as queries:
        assert client.post(PDF, ANSWERS).status_code == 200
    writes = [q["sql"] for q in queries if not q["sql"].lstrip().upper().startswith("SELECT")]
    assert writes == []
    assert not any(ANSWERS["questions"] in q["sql"] for q in queries)


def test_pdf_with_too_long_answers_shows_the_sheet_again_with_them(client, demo):
    response = client.post(PDF, {**ANSWERS, "questions": "Why? " * 1000})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Some answers are too long for the sheet" in html
    assert "Top of the right buttock</textarea>" in html
    assert "Why? Why?" in html


def test_pdf_of_an_empty_sheet_works(client, demo):
    response = client.post(PDF, {})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"


def test_pdf_needs_a_post(client, demo):
    assert client.get(PDF).status_code == 405
