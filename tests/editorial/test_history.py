"""History: who, when and why for every save; any two versions compared in every language, and restored."""

import re

import pytest
from django.urls import reverse

from conditions.models import CauseSection, Guide
from editorial.history import readable_text, tokens, word_diff
from tests.htmlparse import form_data, visible_text


def url(obj, view, *args):
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=[obj.pk, *args])


def save_through_admin(client, obj, **changes):
    """Open the change form, change some fields, save it; the response."""
    data = form_data(client.get(url(obj, "change")).content.decode(), f"{obj._meta.model_name}_form")
    data.update(changes)
    response = client.post(url(obj, "change"), data)
    assert response.status_code == 302, visible_text(response.content.decode())[:3000]
    return response


def latest(obj):
    return obj.history.order_by("-history_date", "-history_id").first()


@pytest.fixture
def section(guide):
    return guide.sections.get(category__slug="bone")


def test_a_save_keeps_who_when_and_the_reason_typed(editor_client, section):
    save_through_admin(editor_client, section, heading_en="A new heading", change_reason="Shorter heading")
    record = latest(section)
    assert record.history_user.username == "editor"
    assert record.history_change_reason == "Shorter heading"
    assert record.heading_en == "A new heading"


def test_a_save_without_a_reason_lists_the_fields_changed_with_their_language(editor_client, section):
    save_through_admin(editor_client, section, heading_en="A new heading", body_zh_hans="<p>骶骨。</p>")
    assert latest(section).history_change_reason == "Changed heading (en), body (zh-hans)"


def test_a_tab_changed_in_the_guide_form_gets_a_reason_in_both_histories(editor_client, guide):
    # form_data keeps one value of a multiple select: the cards' signs would change with it.
    guide.care_cards.all().delete()
    data = form_data(editor_client.get(url(guide, "change")).content.decode(), "guide_form")
    section = CauseSection.objects.get(pk=data["sections-0-id"])
    data["sections-0-heading_en"] = "Changed in the guide form"
    assert editor_client.post(url(guide, "change"), data).status_code == 302
    assert latest(section).history_change_reason == "Changed heading (en)"
    assert latest(section).history_user.username == "editor"
    assert latest(guide).history_change_reason == f"cause section (tab) “{section}”: Changed heading (en)"


def test_the_change_form_asks_what_changed(editor_client, section):
    html = editor_client.get(url(section, "change")).content.decode()
    assert "What did you change?" in html
    assert 'name="change_reason"' in html


def test_the_history_page_offers_two_versions_to_compare_without_javascript(editor_client, section):
    save_through_admin(editor_client, section, heading_en="Second")
    save_through_admin(editor_client, section, heading_en="Third")
    html = editor_client.get(url(section, "history")).content.decode()
    form = re.search(r'<form id="history-compare-form" method="get" action="([^"]+)"', html)
    assert form and form[1] == url(section, "history_compare")
    records = list(section.history.order_by("-history_date", "-history_id"))
    # Newest against the one before it, to begin with.
    assert re.search(rf'name="to" value="{records[0].history_id}"[^>]*checked', html)
    assert re.search(rf'name="from" value="{records[1].history_id}"[^>]*checked', html)
    assert 'style="' not in html


def test_the_comparison_shows_a_word_level_diff_in_every_language(editor_client, section):
    long_tail = " ".join(f"word{n}" for n in range(400))  # well past any truncation
    save_through_admin(
        editor_client,
        section,
        body_en=f"<p>The sacrum can break under stress.</p><p>{long_tail}</p>",
        body_zh_hans="<p>骶骨可能因压力而骨折。</p>",
    )
    old = latest(section)
    save_through_admin(
        editor_client,
        section,
        body_en=f"<p>The sacrum can crack under repeated stress.</p><p>{long_tail} end</p>",
        body_zh_hans="<p>骶骨可能因反复压力而骨折。</p>",
    )
    new = latest(section)
    response = editor_client.get(url(section, "history_compare"), {"from": old.history_id, "to": new.history_id})
    assert response.status_code == 200
    html = response.content.decode()
    rows = dict(re.findall(r'<tr id="diff-(\w+)">\s*<th scope="row">([^<]+)</th>', html))
    assert rows == {"body_en": "Body (English)", "body_zh_hans": "Body (Simplified Chinese)"}
    english = re.search(r'<tr id="diff-body_en">(.*?)</tr>', html, re.S)[1]
    assert '<del><span class="visually-hidden">deleted: </span>break</del>' in english
    assert '<ins><span class="visually-hidden">inserted: </span>crack</ins>' in english
    assert '<ins><span class="visually-hidden">inserted: </span>repeated </ins>' in english
    assert "word399" in english and "&lt;p&gt;" not in english and "<p>" not in english
    chinese = re.search(r'<tr id="diff-body_zh_hans">(.*?)</tr>', html, re.S)[1]
    assert 'lang="zh-hans"' in chinese
    assert '可能因<ins><span class="visually-hidden">inserted: </span>反复</ins>压力' in chinese
    assert 'style="' not in html


def test_the_comparison_links_to_restoring_either_version(editor_client, section):
    old = latest(section)
    save_through_admin(editor_client, section, heading_en="Newer")
    new = latest(section)
    html = editor_client.get(url(section, "history_compare"), {"from": old.history_id, "to": new.history_id}).content
    for record in (old, new):
        assert url(section, "simple_history", record.history_id) in html.decode()


@pytest.mark.parametrize("query", [{}, {"from": "junk", "to": "1"}, {"from": "1", "to": "1"}, {"from": "99999"}])
def test_comparing_anything_but_two_versions_of_this_object_explains_itself(editor_client, section, query):
    response = editor_client.get(url(section, "history_compare"), query, follow=True)
    assert response.status_code == 200
    assert "Choose two different versions to compare." in response.content.decode()


def test_a_version_of_another_object_is_not_compared(editor_client, guide, section):
    other = guide.sections.exclude(pk=section.pk).first()
    theirs, mine = latest(other), latest(section)
    response = editor_client.get(url(section, "history_compare"), {"from": theirs.history_id, "to": mine.history_id})
    assert response.status_code == 302


ALL_LANGUAGES = {
    "title": {"en": "Title one", "zh_hans": "标题一", "vi": "Tiêu đề một", "ar": "العنوان الأول"},
    "intro": {
        "en": "<p>Intro one</p>",
        "zh_hans": "<p>简介一</p>",
        "vi": "<p>Giới thiệu một</p>",
        "ar": "<p>مقدمة</p>",
    },
}


def test_restoring_a_guide_version_brings_back_every_language_column(editor_client, guide):
    first = {f"{field}_{code}": text for field, texts in ALL_LANGUAGES.items() for code, text in texts.items()}
    save_through_admin(editor_client, guide, **first)
    version = latest(guide)
    save_through_admin(editor_client, guide, **{name: f"{value} later" for name, value in first.items()})
    assert Guide.objects.get(pk=guide.pk).title_zh_hans == "标题一 later"

    restore = url(guide, "simple_history", version.history_id)
    data = form_data(editor_client.get(restore).content.decode(), "historicalguide_form")
    assert editor_client.post(restore, data).status_code == 302

    restored = Guide.objects.get(pk=guide.pk)
    for name, value in first.items():
        assert getattr(restored, name) == value, name
    assert latest(guide).history_change_reason.startswith("Restored the version of ")


def test_readable_text_puts_each_block_on_a_line_and_drops_the_tags():
    html = "<h3>Referred&nbsp;pain</h3><p>Discs and <strong>joints</strong>\n of the back.</p>"
    html += "<ul><li>one</li><li>two</li></ul>"
    assert readable_text(html) == "Referred pain\nDiscs and joints of the back.\n• one\n• two"
    assert readable_text("Plain 1 < 2 text") == "Plain 1 < 2 text"


@pytest.mark.parametrize("text", ["Hip pain, at night.\nNext line", "骶骨可能因压力而骨折。", "Đau hông", "ألم الورك"])
def test_tokens_join_back_into_the_text(text):
    assert "".join(tokens(text)) == text


def test_word_diff_escapes_what_it_shows():
    html = str(word_diff("a <b> c", "a <i> c"))
    assert "<b>" not in html and "<i>" not in html
    assert "&lt;" in html and "&gt;" in html


def test_word_diff_starts_an_insertion_at_a_word():
    # With this much text after it, difflib's own match would insert " repeated" after "under".
    tail = " ".join(f"word{n}" for n in range(400))
    html = str(word_diff(f"under stress.\n{tail}", f"under repeated stress.\n{tail}"))
    assert html.startswith('under <ins><span class="visually-hidden">inserted: </span>repeated </ins>stress.')
