"""The article list, article and resource pages, the guide foot and the navigation."""

import datetime
import re

import pytest
from django.core.cache import cache
from django.test import Client

from conditions.models import Article, Guide, Resource, Snippet
from conditions.views import ARTICLES_PER_PAGE
from tests.conditions.test_reading_models import make_article, make_course
from tests.htmlparse import visible_text

FALLBACK = 'class="notice notice--fallback"'  # its words are in the reader's language
DRAFT = "Draft: not visible to the public."
REVIEW = "waiting to be reviewed by a clinician"


@pytest.fixture
def staff_client(django_user_model):
    user = django_user_model.objects.create_superuser("staff", "s@example.org", "a-long-test-password")
    staff = Client()
    staff.force_login(user)
    return staff


def main_text(response):
    html = response.content.decode()
    return visible_text(html[html.index("<main") : html.index("</main>")])


def test_article_list_shows_the_demo_articles_newest_first(client, demo):
    response = client.get("/en/articles/")
    assert response.status_code == 200
    text = main_text(response)
    titles = [
        "How Do I Find The Right Hip Pain Professional?",
        "How Will A Health Professional Help Me?",
        "Welcome to HipHelp",
        "Understanding pain",
    ]
    positions = [text.index(title) for title in titles]
    assert positions == sorted(positions)
    assert "Vary" in response and "HX-Request" in response["Vary"]


def test_article_list_leaves_out_drafts_for_readers_and_shows_them_to_staff(client, staff_client, db):
    make_article("live", on=datetime.date(2025, 1, 1))
    make_article("hidden", on=datetime.date(2025, 2, 1), published=False, title_en="Hidden draft")
    assert "Hidden draft" not in client.get("/en/articles/").content.decode()
    html = staff_client.get("/en/articles/").content.decode()
    assert "Hidden draft" in html and "(draft)" in html


def test_article_list_pages_and_htmx_gets_only_the_list(client, db):
    for n in range(ARTICLES_PER_PAGE + 3):
        make_article(f"a{n:02}", on=datetime.date(2024, 1, 1) + datetime.timedelta(days=n))
    first = client.get("/en/articles/").content.decode()
    assert "Article a22" in first and "Article a02" not in first and 'href="?page=2"' in first
    second = client.get("/en/articles/?page=2", headers={"HX-Request": "true"})
    html = second.content.decode()
    assert "<html" not in html and html.lstrip().startswith('<div id="article-list">')
    assert "Article a02" in html and "Article a22" not in html
    assert "HX-Request" in second["Vary"]


@pytest.mark.parametrize("page", ["abc", "0", "-1", "999", "1", "2.5", "\x00", "9" * 400])
def test_a_junk_or_first_page_number_is_sent_to_one_clean_address(client, db, page):
    make_article()
    response = client.get("/en/articles/", {"page": page})
    assert response.status_code == 302
    assert response["Location"] == "/en/articles/"


def test_article_list_query_count_does_not_grow_with_the_articles(client, db, django_assert_max_num_queries):
    for n in range(ARTICLES_PER_PAGE * 2):
        make_article(f"a{n}")
    with django_assert_max_num_queries(3):
        assert client.get("/en/articles/").status_code == 200


def test_an_article_page_shows_its_text_review_notice_and_guides(client, demo):
    response = client.get("/en/articles/understanding-pain/")
    assert response.status_code == 200
    text = main_text(response)
    assert "Understanding pain" in text
    assert "Pain is an experience that the brain creates" in text
    assert REVIEW in text  # the demo awaits clinical review
    assert "Upper Buttock Pain" in text  # its related guide
    html = response.content.decode()
    assert re.search(r'<link rel="canonical" href="https?://[^"/]+/en/articles/understanding-pain/">', html)
    assert FALLBACK not in html


def test_an_untranslated_article_falls_back_to_english_with_the_notice(client, demo):
    response = client.get("/vi/articles/understanding-pain/")
    assert response.status_code == 200
    html = response.content.decode()
    assert FALLBACK in html
    assert re.search(r'<div class="prose" lang="en" dir="ltr">', html)
    # Links inside the English text keep the reader in their language.
    assert 'href="/vi/pain-map/"' in html
    # Only English is offered as an alternate: the page is not written in Vietnamese.
    assert 'hreflang="vi"' not in html.split("</head>")[0]


def test_a_translated_article_shows_no_notice(client, db):
    article = make_article(title_en="Pain", body_en="<p>English</p>")
    article.title_zh_hans, article.summary_zh_hans, article.body_zh_hans = "疼痛", "摘要", "<p>中文正文</p>"
    article.save()
    html = client.get("/zh-hans/articles/a/").content.decode()
    assert "中文正文" in html and "疼痛" in html
    assert FALLBACK not in html


def test_an_article_places_a_snippet(client, db):
    Snippet.objects.create(slug="shared-block", title_en="A shared block", body_en="<p>Shared block</p>")
    make_article(body_en="<p>Intro</p><p>[[snippet shared-block]]</p>")
    html = client.get("/en/articles/a/").content.decode()
    assert '<details class="snippet"' in html and "Shared block" in html


def test_an_unpublished_article_is_not_found_for_readers_and_shown_to_staff(client, staff_client, db):
    make_article(published=False)
    assert client.get("/en/articles/a/").status_code == 404
    response = staff_client.get("/en/articles/a/")
    assert response.status_code == 200
    assert DRAFT in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    assert Client().get("/en/articles/a/").status_code == 404  # the staff's page was not cached


def test_an_unknown_article_or_resource_is_not_found(client, db):
    assert client.get("/en/articles/no-such-thing/").status_code == 404
    assert client.get("/en/resources/no-such-thing/").status_code == 404


def test_article_page_query_count_does_not_grow_with_its_guides(client, db, django_assert_max_num_queries):
    guides = [Guide.objects.create(slug=f"g{n}", title_en=f"Guide {n}", is_published=True) for n in range(10)]
    make_article(guides=guides, body_en="<p>[[snippet what-is-pain]]</p>")
    with django_assert_max_num_queries(3):
        html = client.get("/en/articles/a/").content.decode()
    assert "Guide 9" in html


def test_a_course_page_links_out_and_says_it_leaves_the_site(client, demo):
    response = client.get("/en/resources/deep-gluteal-syndrome-course/")
    assert response.status_code == 200
    html = response.content.decode()
    link = re.search(r'<a class="button" href="(https://[^"]+)" rel="external noopener">(.*?)</a>', html, re.S)
    assert link and link[1].startswith("https://courses.example.org/")
    assert visible_text(link[2]) == "Go to the course (leaves HipHelp for courses.example.org)"
    assert "Self-help course" in main_text(response)
    assert REVIEW in main_text(response)


def test_a_file_page_offers_the_download_with_its_type_and_size(client, demo):
    resource = Resource.objects.get(slug="upper-buttock-pain-key-points")
    response = client.get(resource.get_absolute_url())
    html = response.content.decode()
    link = re.search(r'<a class="button" href="([^"]+)" download type="application/pdf">(.*?)</a>', html, re.S)
    assert link and link[1] == resource.file.url
    assert re.fullmatch(r"Download \(PDF, [\d.]+ KB\)", visible_text(link[2]))
    # The file is a real PDF made by the project.
    with resource.file.open("rb") as file:
        assert file.read(5) == b"%PDF-"


def test_a_resource_page_in_another_language_falls_back_with_the_notice(client, demo):
    response = client.get("/ar/resources/deep-gluteal-syndrome-course/")
    assert response.status_code == 200
    assert FALLBACK in response.content.decode()


def test_resource_page_query_count_is_bounded(client, db, django_assert_max_num_queries):
    guides = [Guide.objects.create(slug=f"g{n}", title_en=f"Guide {n}", is_published=True) for n in range(10)]
    make_course(guides=guides)
    with django_assert_max_num_queries(2):
        assert client.get("/en/resources/c/").status_code == 200


def test_the_guide_foot_lists_related_items_newest_first_on_every_tab_and_the_all_page(client, demo):
    for url in ("/en/pain/upper-buttock/", "/en/pain/upper-buttock/nerve/", "/en/pain/upper-buttock/all/"):
        html = client.get(url).content.decode()
        foot = html[html.index('<section class="further-reading"') :]
        foot = foot[: foot.index("</section>")]
        assert "You might also be interested in" in foot
        slugs = re.findall(r'href="/en/(?:articles|resources)/([\w-]+)/"', foot)
        expected = sorted(
            [*Article.objects.filter(related_guides__slug="upper-buttock"), *Resource.objects.filter()],
            key=lambda item: item.published_on,
            reverse=True,
        )
        assert slugs == [item.slug for item in expected]
        assert slugs[0] == "upper-buttock-pain-key-points"


def test_a_draft_article_is_not_on_the_guide_foot(client, guide):
    make_article("secret", on=datetime.date(2030, 1, 1), published=False, guides=[guide], title_en="Secret draft")
    assert "Secret draft" not in client.get("/en/pain/upper-buttock/").content.decode()


def test_a_guide_without_related_items_has_no_empty_heading(client, db):
    Guide.objects.create(slug="lonely", title_en="Lonely", is_published=True)
    assert "You might also be interested in" not in client.get("/en/pain/lonely/").content.decode()


def test_an_article_edit_shows_on_the_guide_and_its_page_at_once(client, guide, django_capture_on_commit_callbacks):
    article = Article.objects.get(slug="understanding-pain")
    assert "Understanding pain" in client.get("/en/pain/upper-buttock/").content.decode()  # cached now
    client.get(article.get_absolute_url())
    with django_capture_on_commit_callbacks(execute=True):
        article.title_en = "Understanding pain, revised"
        article.save()
    assert "Understanding pain, revised" in client.get("/en/pain/upper-buttock/").content.decode()
    assert "Understanding pain, revised" in client.get(article.get_absolute_url()).content.decode()


# Every "click here" and "here" of the seed, with where it must now lead.
SEED_LINKS = [
    (
        "/en/pain/upper-buttock/",
        "read more about understanding what pain is, please click here",
        "/en/articles/understanding-pain/",
    ),
    (
        "/en/pain/upper-buttock/joint/",
        "read more about non-musculoskeletal causes of hip and pelvic pain here",
        "/en/pain/upper-buttock/other/",
    ),
    (
        "/en/pain/upper-buttock/soft-tissue/",
        "self help course for this condition. For more info click here",
        "/en/resources/buttock-and-trunk-muscle-pain-course/",
    ),
    (
        "/en/pain/upper-buttock/nerve/",
        "self help course for the management and rehabilitation of deep gluteal (piriformis) syndrome. "
        "For more info click here",
        "/en/resources/deep-gluteal-syndrome-course/",
    ),
]


@pytest.mark.parametrize(("page", "text", "target"), SEED_LINKS)
def test_the_seeds_click_here_links_lead_to_their_target_with_text_saying_where(client, demo, page, text, target):
    html = client.get(page).content.decode()
    links = {visible_text(label): href for href, label in re.findall(r'<a href="([^"]+)"[^>]*>(.*?)</a>', html, re.S)}
    assert links.get(text) == target
    assert client.get(target).status_code == 200


@pytest.mark.parametrize("language", ["en", "zh-hans", "ar", "vi"])
def test_no_link_in_the_demo_content_is_only_here(client, demo, language):
    pages = [f"/{language}/pain/upper-buttock/all/", f"/{language}/articles/understanding-pain/"]
    bare = {"here", "click here", "please click here", "这里", "请点击这里", "هنا", "انقر هنا", "يُرجى النقر هنا"}
    for page in pages:
        labels = [
            visible_text(label).strip(" .。")
            for label in re.findall(r"<a [^>]*>(.*?)</a>", client.get(page).content.decode(), re.S)
        ]
        assert not bare & set(labels), page


def test_every_navigation_link_answers(client, demo):
    html = client.get("/en/").content.decode()
    navs = re.findall(r'<nav class="site-nav".*?</nav>', html, re.S) + re.findall(
        r'<footer class="site-footer">.*?</footer>', html, re.S
    )
    hrefs = {href.split("#")[0] for nav in navs for href in re.findall(r'href="(/[^"]*)"', nav)}
    assert "/en/articles/" in hrefs
    for href in sorted(hrefs):
        cache.clear()
        assert client.get(href).status_code == 200, href
    assert ">Articles</a>" in navs[0]


def test_the_article_list_marks_itself_as_the_current_page(client, demo):
    html = client.get("/en/articles/").content.decode()
    assert '<a href="/en/articles/" aria-current="page">Articles</a>' in html


def test_an_articles_headings_follow_its_title_without_a_gap(client, db):
    make_article(body_en="<h3>First</h3><p>a</p><h4>Inner</h4><p>b</p>")
    html = client.get("/en/articles/a/").content.decode()
    assert '<h2 id="first">First</h2>' in html and '<h3 id="inner">Inner</h3>' in html
    assert "<h4" not in html
