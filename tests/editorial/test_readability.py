import re
import subprocess
import sys
from html import unescape

import pytest
import textstat
from django.urls import reverse

from conditions.models import CauseSection, Guide, Snippet
from editorial.readability import measure, text_blocks
from tests.htmlparse import form_data, visible_text


def change_url(obj):
    return reverse(f"admin:conditions_{obj._meta.model_name}_change", args=[obj.pk])


def panel(html):
    """The readability panel of a change form, as HTML."""
    match = re.search(r'<div class="readability-panel">(.*?)<p class="help">', html, re.S)
    assert match, "no readability panel on the page"
    return match[1]


def quoted(html):
    """The sentences the panel quotes, as a reader sees them."""
    return [visible_text(unescape(q)) for q in re.findall(r"<q>(.*?)</q>", html, re.S)]


@pytest.fixture
def joint_tab(guide):
    return guide.sections.get(category__slug="joint")


def test_blocks_end_sentences_and_short_codes_are_not_text():
    html = (
        "<h3>Hip pain</h3><p>It hurts when you walk<br>and when you sit.</p>"
        "<ul><li>rest</li><li>move gently</li></ul><p>[[figure 1.1]]</p><p>[[snippet what-is-pain]]</p>"
    )
    assert text_blocks(html) == ["Hip pain", "It hurts when you walk", "and when you sit.", "rest", "move gently"]
    result = measure(html)
    assert [s.text for s in result.sentences] == text_blocks(html)
    assert "figure" not in " ".join(s.text for s in result.sentences)


def test_measure_quotes_the_three_longest_sentences_and_grades_with_textstat():
    html = (
        "<p>Rest. The hip hurts a lot today. "
        "Pain in the buttock can come from the joint, the muscles or the nerves of the lower back. "
        "Walking helps most people. A physiotherapist can show you exercises that ease the pain.</p>"
    )
    result = measure(html)
    assert [s.text for s in result.longest] == [
        "Pain in the buttock can come from the joint, the muscles or the nerves of the lower back.",
        "A physiotherapist can show you exercises that ease the pain.",
        "The hip hurts a lot today.",
    ]
    text = " ".join(s.text for s in result.sentences)
    assert result.grade == round(textstat.flesch_kincaid_grade(text), 1)
    assert result.words_per_sentence == round(textstat.words_per_sentence(text), 1)


def test_measure_of_empty_text_has_no_grade():
    assert measure("").grade is None
    assert measure("<p>[[figure 1.1]]</p>").grade is None


def test_textstat_works_offline():
    """Pinned at 0.7.8: later versions fetch NLTK data at run time, and a server has no network."""
    code = (
        "import socket\n"
        "def refuse(*args, **kwargs): raise OSError('network used')\n"
        "socket.socket.connect = socket.create_connection = refuse\n"
        "import textstat\n"
        "print(textstat.flesch_kincaid_grade('The hip is a ball and socket joint. It carries your weight.'))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert float(result.stdout) > 0


def test_tab_change_form_shows_grade_and_three_longest_sentences(editor_client, joint_tab):
    html = panel(editor_client.get(change_url(joint_tab)).content.decode())
    expected = measure(joint_tab.body_en)
    text = visible_text(html)
    assert f"Flesch–Kincaid grade {joint_tab.readability_grade:.1f}" in text
    assert expected.grade == joint_tab.readability_grade == 10.0
    assert f"Words per sentence {expected.words_per_sentence:.1f}" in text
    assert "Target grade 8" in text
    assert "Above target: grade 10.0 is harder to read than the target of 8." in text
    sentences = quoted(html)
    # The first rich-text field's three longest, the seed's own words.
    assert sentences[:3] == [s.text for s in expected.longest]
    assert sentences[0].startswith("may occur after a major trauma, such as a hard fall")  # a list item
    assert sentences[1].startswith("While true instability does occur, it is relatively rare")
    assert "(36 words)" in text
    # Every English rich-text field has its part; the tab's list has no text yet.
    assert "Body" in text and "“Your Hip Pain Professional can:” list" in text
    assert "No English text saved yet." in text


@pytest.mark.parametrize("model", [Guide, Snippet, CauseSection])
def test_every_rich_text_model_has_the_panel(editor_client, demo, model):
    obj = model.objects.exclude(readability_grade=None).first()
    text = visible_text(panel(editor_client.get(change_url(obj)).content.decode()))
    assert f"Flesch–Kincaid grade {obj.readability_grade:.1f}" in text


def test_add_form_has_no_panel(editor_client, demo):
    html = editor_client.get(reverse("admin:conditions_snippet_add")).content.decode()
    assert "readability-panel" not in html


def test_panel_says_within_target_under_a_higher_target(editor_client, joint_tab, settings):
    settings.READABILITY_TARGET_GRADE = 12
    text = visible_text(panel(editor_client.get(change_url(joint_tab)).content.decode()))
    assert "Target grade 12" in text
    assert "Within target." in text
    assert "Above target" not in text


def test_grade_and_panel_update_when_the_editor_saves(editor_client, joint_tab):
    url = change_url(joint_tab)
    data = form_data(editor_client.get(url).content.decode(), "causesection_form")
    data["body_en"] = "<p>The hip can hurt. Rest helps. See your physio if it lasts more than a week.</p>"
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    joint_tab.refresh_from_db()
    assert joint_tab.readability_grade == measure(data["body_en"]).grade
    assert joint_tab.readability_grade < 10.0
    html = panel(editor_client.get(url).content.decode())
    assert f"Flesch–Kincaid grade {joint_tab.readability_grade:.1f}" in visible_text(html)
    assert quoted(html)[0] == "See your physio if it lasts more than a week."


def test_grade_follows_the_english_text_only(guide):
    before = guide.readability_grade
    guide.intro_vi = "<p>" + "Một câu rất dài " * 40 + ".</p>"
    guide.save()
    guide.refresh_from_db()
    assert guide.readability_grade == before
    guide.intro_en = "<p>Hip pain is common. It often gets better.</p>"
    guide.save()
    guide.refresh_from_db()
    assert guide.readability_grade == measure(guide.intro_en).grade != before


def test_every_demo_guide_tab_and_snippet_has_a_grade(demo):
    for model in (Guide, CauseSection, Snippet):
        assert not model.objects.filter(readability_grade=None).exists()


def grade_column_order(client, url):
    """Follow the grade column's sort link; the grades of the rows, in the order listed."""
    html = client.get(url).content.decode()
    header = re.search(r'<th scope="col" class="[^"]*column-grade[^"]*">.*?<a [^>]*href="(\?o=[^"]+)"', html, re.S)
    assert header, "the grade column is not sortable"
    listed = client.get(url + unescape(header[1])).content.decode()
    return [float(g) for g in re.findall(r'<td class="field-grade">([\d.]+)', listed)]


@pytest.mark.parametrize("model", [Guide, CauseSection])
def test_grade_column_sorts_the_list(editor_client, demo, model):
    url = reverse(f"admin:conditions_{model._meta.model_name}_changelist")
    grades = grade_column_order(editor_client, url)
    assert len(grades) == min(model.objects.count(), 100)
    assert grades == sorted(grades)
    assert len(set(grades)) > 1


def test_grade_column_says_when_a_grade_is_above_target(editor_client, demo):
    html = editor_client.get(reverse("admin:conditions_causesection_changelist")).content.decode()
    assert "10.0 · above 8" in html
