"""Search engines and sharing: the sitemap, robots.txt, canonical links, Open Graph and JSON-LD."""

import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.conf import settings

from conditions.models import Article, CauseSection, Guide

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def sitemap_sections(client):
    """The addresses /sitemap.xml, the index, lists: one or more per kind of page."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 -- our own sitemap; it must parse as XML
    assert root.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}sitemapindex"
    return [entry.find("s:loc", NS).text for entry in root.findall("s:sitemap", NS)]


def sitemap(client, max_queries=None):
    urls = {}
    for location in sitemap_sections(client):
        assert location.startswith(settings.SITE_URL)
        path = location.removeprefix(settings.SITE_URL)
        if max_queries:
            with max_queries(10):
                response = client.get(path)
        else:
            response = client.get(path)
        assert response.status_code == 200, path
        root = ET.fromstring(response.content)  # noqa: S314 -- our own sitemap; it must parse as XML
        urls |= {
            url.find("s:loc", NS).text: {
                "lastmod": getattr(url.find("s:lastmod", NS), "text", None),
                "alternates": {link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)},
            }
            for url in root.findall("s:url", NS)
        }
    return urls


def test_sitemap_lists_tabs_in_the_languages_they_are_written_in(client, demo):
    urls = sitemap(client)
    site = settings.SITE_URL
    tab = urls[f"{site}/en/pain/upper-buttock/nerve/"]
    assert tab["lastmod"]
    # Written in all four languages for the demo; the groin guide's Vietnamese falls back to English.
    assert set(tab["alternates"]) == {"en", "zh-hans", "ar", "vi", "x-default"}
    assert f"{site}/zh-hans/pain/upper-buttock/nerve/" in urls
    assert f"{site}/vi/pain/upper-buttock/nerve/" in urls
    groin = urls[f"{site}/en/pain/groin/joint/"]
    assert "vi" not in groin["alternates"] and f"{site}/vi/pain/groin/joint/" not in urls
    for page in ["/en/", "/vi/conditions/", "/ar/find-a-professional/", "/en/articles/"]:
        assert f"{site}{page}" in urls
    for article in Article.objects.published():
        assert f"{site}{article.get_absolute_url()}" in urls


def test_sitemap_lists_no_unpublished_page(client, demo):
    guide = Guide.objects.get(slug="upper-buttock")
    tab = CauseSection.objects.get(guide__slug="lower-back", category__slug="nerve")
    tab.is_published = False
    tab.save()
    guide.is_published = False
    guide.save()
    urls = sitemap(client)
    assert not [url for url in urls if "/upper-buttock/" in url]
    assert not [url for url in urls if url.endswith("/lower-back/nerve/")]
    assert [url for url in urls if url.endswith("/lower-back/joint/")]


def test_sitemap_uses_the_site_url_not_the_host_header(client, demo):
    host = "localhost" if "localhost" not in settings.SITE_URL else "127.0.0.1"
    for path in ["/sitemap.xml", "/sitemap-tabs.xml"]:
        response = client.get(path, HTTP_HOST=host)
        assert f"//{host}".encode() not in response.content
        assert settings.SITE_URL.encode() in response.content


def test_robots_points_to_the_sitemap(client):
    body = client.get("/robots.txt").content.decode()
    assert f"Sitemap: {settings.SITE_URL}/sitemap.xml" in body
    assert "Disallow: /en/search/" in body


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def test_tab_has_medical_webpage_json_ld_canonical_and_open_graph(client, demo):
    html = client.get("/zh-hans/pain/upper-buttock/nerve/").content.decode()
    data = json_ld(html)
    assert data["@type"] == "MedicalWebPage"
    assert data["inLanguage"] == "zh-hans"
    assert data["lastReviewed"]
    assert data["url"].endswith("/zh-hans/pain/upper-buttock/nerve/")
    # The tab is about the guide's common conditions it explains, in the reader's language.
    assert [item["@type"] for item in data["about"]] == ["MedicalCondition"]
    assert "坐骨神经痛" in data["about"][0]["name"]
    assert html.count('rel="canonical"') == 1
    assert f'<link rel="canonical" href="{settings.SITE_URL}/zh-hans/pain/upper-buttock/nerve/">' in html
    assert '<meta property="og:title" content="' in html and 'og:locale" content="zh_CN"' in html


def test_first_tab_page_names_the_tab_as_canonical(client, demo):
    html = client.get("/en/pain/upper-buttock/").content.decode()
    assert f'<link rel="canonical" href="{settings.SITE_URL}/en/pain/upper-buttock/joint/">' in html


def test_all_sections_page_is_about_every_condition_of_the_guide(client, demo):
    data = json_ld(client.get("/en/pain/upper-buttock/all/").content.decode())
    names = {item["name"] for item in data["about"]}
    assert names == {
        "Pelvic girdle pain or Sacroiliac joint pain/dysfunction",
        "Referred pain from the lower back",
        "Sciatica (piriformis syndrome or deep gluteal syndrome)",
    }


def test_article_has_article_json_ld(client, demo):
    article = Article.objects.published().first()
    if article is None:
        pytest.skip("no published demo article")
    html = client.get(article.get_absolute_url()).content.decode()
    data = json_ld(html)
    assert data["@type"] == "Article"
    assert data["headline"] == article.title
    assert data["datePublished"] == article.published_on.isoformat()
    assert 'og:type" content="article"' in html
    assert html.count('rel="canonical"') == 1


def test_professional_profile_has_physician_or_business_json_ld(client, demo):
    from django.core.management import call_command

    from professionals.models import Professional

    call_command("generate_professionals", "12", verbosity=0)
    seen = set()
    for professional in Professional.objects.listed().select_related("profession")[:12]:
        data = json_ld(client.get(professional.get_absolute_url()).content.decode())
        assert data["name"] == professional.name
        seen.add(data["@type"])
        if data["@type"] == "Physician":
            assert data["location"][0]["address"]["postalCode"]
    assert seen <= {"Physician", "Physiotherapy", "MedicalBusiness"} and seen


def test_json_ld_cannot_be_closed_by_the_content():
    from hiphelp.templatetags.seo import json_ld as tag

    html = tag({"name": "</script><script>alert(1)</script>"})
    assert "</script><script>" not in html
    assert json.loads(html.removeprefix('<script type="application/ld+json">').removesuffix("</script>"))["name"]


def test_every_page_has_a_canonical_link_and_a_description(client, demo):
    for path in ["/en/", "/en/conditions/", "/en/pain-map/", "/en/find-a-professional/", "/en/articles/"]:
        html = client.get(path).content.decode()
        assert html.count('rel="canonical"') == 1, path
        assert re.search(r'<meta name="description" content="[^"]{20,}">', html), path
    assert 'rel="canonical"' not in client.get("/en/no-such-page/").content.decode()


def test_sitemap_takes_a_fixed_number_of_queries(client, demo, django_assert_max_num_queries):
    from django.core.management import call_command

    call_command("generate_professionals", "20", verbosity=0)
    urls = sitemap(client, max_queries=django_assert_max_num_queries)
    assert sum("/professionals/" in url for url in urls) == 20 * len(settings.LANGUAGES)
    assert not [url for url in urls if "/search/" in url or "/feedback/" in url]


def test_sitemap_index_pages_a_long_list(client, demo, monkeypatch):
    from hiphelp.sitemaps import PagesSitemap

    monkeypatch.setattr(PagesSitemap, "limit", 2)
    sections = sitemap_sections(client)
    pages = [location for location in sections if "/sitemap-pages.xml" in location]
    # Five pages in four languages, two addresses a page.
    assert len(pages) == 10 and pages[1].endswith("?p=2")
    assert f"{settings.SITE_URL}/en/" in sitemap(client)
