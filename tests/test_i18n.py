import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings

from conditions.demo_i18n import ar, vi, zh_hans

ROOT = Path(__file__).resolve().parent.parent
GUIDE = "pain/upper-buttock/"
LANGS = {"en": "ltr", "zh-hans": "ltr", "vi": "ltr", "ar": "rtl"}


def html_of(client, url, **kwargs):
    response = client.get(url, **kwargs)
    assert response.status_code == 200, url
    return response.content.decode()


def test_four_languages_are_configured_in_one_place():
    assert [code for code, _name in settings.LANGUAGES] == ["en", "zh-hans", "vi", "ar"]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", ["", GUIDE, GUIDE + "nerve/", "pain-map/", "pain-map/upper-buttock/", "conditions/"])
def test_every_page_has_the_right_lang_and_dir(client, demo, lang, path):
    html = html_of(client, f"/{lang}/{path}")
    assert f'<html lang="{lang}" dir="{LANGS[lang]}">' in html


def test_the_guide_reads_in_chinese_and_arabic(client, demo):
    for lang, module in (("zh-hans", zh_hans), ("ar", ar)):
        data = module.GUIDES["upper-buttock"]
        html = html_of(client, f"/{lang}/{GUIDE}nerve/")
        assert data["title"] in html
        assert data["sections"]["nerve"]["heading"] in html
        assert "This part is not yet translated" not in html
        assert "Peripheral Nerve Related Pain" not in html


def test_htmx_tab_swap_on_a_chinese_page_returns_the_chinese_panel(client, demo):
    # The nerve tab links to the back tab: that link must stay in Chinese too.
    response = client.get(f"/zh-hans/{GUIDE}nerve/", headers={"HX-Request": "true"})
    html = response.content.decode()
    assert "<html" not in html
    assert zh_hans.GUIDES["upper-buttock"]["sections"]["nerve"]["heading"] in html
    assert 'href="/zh-hans/pain/upper-buttock/back/"' in html
    assert "/en/" not in html


def test_internal_links_in_bodies_stay_in_the_reader_language(client, demo):
    html = html_of(client, f"/ar/{GUIDE}nerve/")
    panel = html.split('id="cause-panel"')[1]
    assert 'href="/ar/pain/upper-buttock/back/"' in panel
    assert 'href="/en/' not in panel


def test_untranslated_text_falls_back_to_english_marked_and_announced(client, demo):
    html = html_of(client, "/vi/pain/groin/joint/")
    assert '<h1 lang="en" dir="ltr">Groin and Front of Hip Pain</h1>' in html
    assert html.count("notice--fallback") >= 2  # the introduction and the open tab
    # The interface around it is Vietnamese, and the tab is not half empty.
    assert "Joint Related Groin Pain" in html


def test_no_fallback_notice_where_everything_is_translated(client, demo):
    for lang in ("en", "zh-hans", "vi", "ar"):
        body = html_of(client, f"/{lang}/{GUIDE}").split("<body>")[1]
        assert "notice--fallback" not in body, lang
        assert ' lang="en" dir="ltr"' not in body, lang


def test_a_guide_not_yet_translated_shows_the_notice_in_chinese(client, demo):
    html = html_of(client, "/zh-hans/pain/groin/")
    assert "notice--fallback" in html
    assert 'lang="en"' in html


def test_vietnamese_map_has_vietnamese_names_and_english_teasers(client, demo):
    html = html_of(client, "/vi/pain-map/upper-buttock/")
    name = vi.REGIONS["upper-buttock"]["name"]
    # Both sides carry the place's name, with the side and the mark in Vietnamese too.
    assert f'aria-label="3. {name}, bên phải, đã đánh dấu"' in html
    panel = html.split('id="region-panel"')[1].split("</section>")[0]
    assert "notice--fallback" in panel
    assert '<p lang="en" dir="ltr">Pain over the top of the buttock' in panel


def alternates(html):
    return set(re.findall(r'<link rel="alternate" hreflang="([\w-]+)"', html)) - {"x-default"}


def test_hreflang_lists_only_languages_the_page_is_written_in(client, demo, settings):
    assert alternates(html_of(client, f"/en/{GUIDE}")) == {"en", "zh-hans", "vi", "ar"}
    assert alternates(html_of(client, "/en/pain/groin/")) == {"en"}
    assert alternates(html_of(client, "/en/pain-map/")) == {"en", "zh-hans", "vi", "ar"}
    assert alternates(html_of(client, "/en/pain-map/upper-buttock/")) == {"en", "zh-hans", "ar"}
    html = html_of(client, f"/ar/{GUIDE}bone/")
    assert f'hreflang="zh-hans" href="{settings.SITE_URL}/zh-hans/{GUIDE}bone/"' in html


def test_language_switcher_keeps_the_page_tab_and_query(client, demo):
    html = html_of(client, f"/en/{GUIDE}nerve/")
    switch = html.split('class="language-switch"')[1].split("</nav>")[0]
    for lang in LANGS:
        assert f'href="/{lang}/{GUIDE}nerve/"' in switch
    assert 'aria-current="true">English' in switch
    html = html_of(client, "/ar/pain-map/", data={"view": "back"})
    switch = html.split('class="language-switch"')[1].split("</nav>")[0]
    assert 'href="/zh-hans/pain-map/?view=back"' in switch


@pytest.mark.parametrize(("accept", "prefix"), [("zh-Hans,zh;q=0.9", "/zh-hans/"), ("ar", "/ar/"), ("vi-VN", "/vi/")])
def test_root_redirects_by_the_browser_language(client, db, accept, prefix):
    response = client.get("/", headers={"Accept-Language": accept})
    assert response["Location"] == prefix


def test_translation_files_compile_cleanly():
    msgfmt = shutil.which("msgfmt")
    assert msgfmt, "gettext is not installed (scripts/system-deps installs it)"
    files = sorted((ROOT / "locale").glob("*/LC_MESSAGES/django.po"))
    assert len(files) == 3
    for po in files:
        result = subprocess.run([msgfmt, "--check", "-o", "/dev/null", str(po)], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr


def empty_msgstrs(entry):
    """The msgstr lines of a .po entry that leave a translation (any plural form) empty."""
    lines = entry.strip().splitlines()
    return [
        line
        for line, after in zip(lines, [*lines[1:], ""], strict=True)
        if re.fullmatch(r'msgstr(\[\d+\])? ""', line) and not after.startswith('"')
    ]


@pytest.mark.parametrize("locale", ["zh_Hans", "vi", "ar"])
def test_every_interface_string_is_translated(locale):
    po = ROOT / "locale" / locale / "LC_MESSAGES" / "django.po"
    text = po.read_text()
    entries = text.split("\n\n")[1:]
    # Every plural form counts: Arabic has six, and an empty one shows English to some readers.
    untranslated = [e for e in entries if empty_msgstrs(e) and "#~" not in e]
    assert untranslated == []
    assert "#, fuzzy" not in text
    msgfmt = shutil.which("msgfmt")
    assert msgfmt, "gettext is not installed (scripts/system-deps installs it)"
    stats = subprocess.run([msgfmt, "--statistics", "-o", "/dev/null", str(po)], capture_output=True, text=True)
    assert "untranslated" not in stats.stderr and "fuzzy" not in stats.stderr, stats.stderr


def test_admin_inputs_for_arabic_are_right_to_left(editor_client, guide):
    html = editor_client.get(f"/admin/conditions/guide/{guide.pk}/change/").content.decode()
    assert re.search(r'<input[^>]*name="title_ar"[^>]*dir="rtl"|<input[^>]*dir="rtl"[^>]*name="title_ar"', html)
    assert not re.search(r'<input[^>]*name="title_en"[^>]*dir="rtl"', html)


def test_heading_anchors_are_the_same_in_every_language(client, demo):
    from conditions.models import Condition

    condition = Condition.objects.get(slug="cluneal-nerve-neuralgia")
    for lang in ("en", "zh-hans", "ar"):
        html = html_of(client, f"/{lang}/{GUIDE}nerve/")
        assert f'id="{condition.anchor}"' in html, lang
