"""What readers see of a translation's state: part by part, in every language, through the page cache."""

import re

import pytest
from django.core.cache import cache

from conditions.models import CauseSection, Figure
from translations.models import State, TranslationState
from translations.states import mark_reviewed

GUIDE = "/pain/upper-buttock/"


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def panel_of(html):
    return html.split('id="cause-panel"')[1].split("</section>")[0]


@pytest.fixture
def review_everything(django_capture_on_commit_callbacks):
    """Mark every translated field of these objects reviewed, committed (so the page cache moves on)."""

    def review(*objects, language):
        with django_capture_on_commit_callbacks(execute=True):
            for obj in objects:
                rows = TranslationState.objects.for_object(obj).filter(language=language)
                for row in rows.exclude(state=State.MISSING):
                    mark_reviewed(row, by=None)

    return review


@pytest.fixture
def nerve_tab(demo):
    return CauseSection.objects.get(guide__slug="upper-buttock", category__slug="nerve")


@pytest.mark.parametrize("language", ["zh-hans", "vi", "ar"])
def test_an_outdated_tab_says_when_the_english_changed_and_links_to_it(
    client, nerve_tab, language, django_capture_on_commit_callbacks
):
    html_of(client, f"/{language}{GUIDE}nerve/")  # cached before the change
    with django_capture_on_commit_callbacks(execute=True):
        nerve_tab.body_en = nerve_tab.body_en + "<p>A new paragraph in English.</p>"
        nerve_tab.save()
    panel = panel_of(html_of(client, f"/{language}{GUIDE}nerve/"))
    assert "notice--outdated" in panel
    notice = re.search(r'<p class="notice notice--outdated">(.*?)</p>', panel, re.S).group(1)
    assert '<a href="/en/pain/upper-buttock/nerve/" hreflang="en">' in notice
    assert "2" in re.sub(r"<[^>]+>", "", notice)  # a date
    # The other tabs did not change.
    assert "notice--outdated" not in panel_of(html_of(client, f"/{language}{GUIDE}bone/"))


def test_a_reviewed_tab_shows_plain_and_a_draft_tab_says_it_is_unchecked(client, nerve_tab, review_everything):
    draft = panel_of(html_of(client, f"/vi{GUIDE}nerve/"))
    assert 'class="notice notice--draft-translation">Bản dịch này chưa được kiểm tra' in draft
    review_everything(nerve_tab, *nerve_tab.figures.all(), language="vi")
    panel = panel_of(html_of(client, f"/vi{GUIDE}nerve/"))
    assert "notice--" not in panel.split('class="feedback')[0]
    assert "Dây thần kinh tọa" in panel


def test_a_tab_whose_note_or_a_caption_is_untranslated_still_says_so(client, nerve_tab, review_everything):
    review_everything(nerve_tab, *nerve_tab.figures.all(), language="vi")
    assert "notice--fallback" not in panel_of(html_of(client, f"/vi{GUIDE}nerve/"))
    cache.clear()  # update() sends no signals: the page cache does not know
    CauseSection.objects.filter(pk=nerve_tab.pk).update(note_vi="")
    panel = panel_of(html_of(client, f"/vi{GUIDE}nerve/"))
    assert "notice--fallback" in panel
    assert 'class="note" lang="en" dir="ltr"' in panel
    CauseSection.objects.filter(pk=nerve_tab.pk).update(note_vi="*Xin lưu ý.")
    cache.clear()
    Figure.objects.filter(section=nerve_tab, number="5.2").update(caption_vi="")
    cache.clear()
    assert "notice--fallback" in panel_of(html_of(client, f"/vi{GUIDE}nerve/"))


def test_untranslated_parts_keep_the_english_fallback(client, demo):
    html = html_of(client, "/vi/pain/groin/")
    assert "notice--fallback" in html and "notice--draft-translation" not in panel_of(html)


def test_drafts_can_give_way_to_english_by_setting(client, nerve_tab, settings, review_everything):
    settings.TRANSLATION_DRAFTS = "english"
    html = html_of(client, f"/vi{GUIDE}nerve/")
    panel = panel_of(html)
    assert '<h2 class="section-heading" lang="en" dir="ltr">Peripheral Nerve Related Pain</h2>' in panel
    assert "notice--fallback" in panel and "notice--draft-translation" not in panel
    assert 'hreflang="vi"' not in html.split("</head>")[0]
    review_everything(nerve_tab, *nerve_tab.figures.all(), language="vi")
    panel = panel_of(html_of(client, f"/vi{GUIDE}nerve/"))
    assert "Đau liên quan đến dây thần kinh ngoại biên" in panel
    assert 'class="section-heading" lang="en"' not in panel


def test_the_cached_page_shows_a_state_change_at_once(client, nerve_tab, review_everything):
    url = f"/vi{GUIDE}nerve/"
    assert "notice--draft-translation" in panel_of(html_of(client, url))
    assert "notice--draft-translation" in panel_of(html_of(client, url))  # from the cache
    review_everything(nerve_tab, *nerve_tab.figures.all(), language="vi")
    assert "notice--draft-translation" not in panel_of(html_of(client, url))


def test_hreflang_offers_vietnamese_now_the_flagship_guide_is_translated(client, demo):
    html = html_of(client, f"/en{GUIDE}")
    assert set(re.findall(r'hreflang="([\w-]+)" href', html.split("</head>")[0])) >= {"en", "zh-hans", "vi", "ar"}


def test_a_vietnamese_tab_renders_in_a_bounded_number_of_queries(client, demo, django_assert_max_num_queries):
    with django_assert_max_num_queries(10):
        html_of(client, f"/vi{GUIDE}nerve/")
    with django_assert_max_num_queries(16):
        html_of(client, f"/vi{GUIDE}all/")
