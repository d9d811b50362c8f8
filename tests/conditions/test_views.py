import json
import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import StaticFilesStorage
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from conditions.models import CauseCategory, CauseSection, Condition, Figure, Guide, Snippet
from hiphelp.collation import sort_key
from tests.htmlparse import normalize, visible_text

SEED = Path(__file__).resolve().parent.parent / "data" / "upper_buttock_seed.txt"
TAB_HEADINGS = {
    "Joint Related Pain": "joint",
    "Soft Tissue Related Pain": "soft-tissue",
    "Bone Related Pain in the Upper Buttock": "bone",
    "Back Related Hip Pain": "back",
    "Peripheral Nerve Related Pain": "nerve",
    "Other Causes of Hip, Pelvic & Groin Pain": "other",
}
GUIDE_URL = "/en/pain/upper-buttock/"


def seed_sentences():
    """The seed's lines, grouped by the page they belong on: "intro" or a tab slug.

    Lines the template prints itself (the "can:" heading) are left out, and so is the
    seed's footer of blog teasers, which is not part of the guide.
    """
    groups = {"intro": []}
    current = "intro"
    for raw in SEED.read_text().splitlines():
        line = normalize(raw.removeprefix("- ").strip())
        if line.startswith("FREE DOWNLOADABLE RESOURCE"):
            break
        if not line or line == "Your Hip Pain Professional can:":
            continue
        if line in TAB_HEADINGS:
            current = TAB_HEADINGS[line]
            groups[current] = []
        groups[current].append(line)
    return groups


def test_seed_is_split_into_the_intro_and_six_tabs():
    groups = seed_sentences()
    assert list(groups) == ["intro", "joint", "soft-tissue", "bone", "back", "nerve", "other"]
    assert sum(len(lines) for lines in groups.values()) > 150


@pytest.mark.parametrize("tab", ["joint", "soft-tissue", "bone", "back", "nerve", "other"])
def test_every_seed_sentence_renders_on_its_tab(client, demo, tab):
    response = client.get(f"{GUIDE_URL}{tab}/")
    assert response.status_code == 200
    text = visible_text(response.content.decode())
    groups = seed_sentences()
    missing = [line for line in groups["intro"] + groups[tab] if line not in text]
    assert missing == []


def test_every_seed_sentence_renders_on_the_all_sections_page(client, demo):
    response = client.get(f"{GUIDE_URL}all/")
    text = visible_text(response.content.decode())
    missing = [line for lines in seed_sentences().values() for line in lines if line not in text]
    assert missing == []
    # In the seed's order: each tab heading after the one before it.
    positions = [text.index(heading) for heading in TAB_HEADINGS]
    assert positions == sorted(positions)


def test_guide_page_opens_the_first_tab_and_only_its_panel(client, demo):
    response = client.get(GUIDE_URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('role="tabpanel"') == 1
    assert "Joint Related Pain" in html
    assert "Peripheral Nerve Related Pain" not in html
    assert re.search(r'id="tab-joint"[^>]*aria-selected="true"', html, re.S)
    assert len(re.findall(r'role="tab"', html)) == 6


def test_tab_url_opens_that_tab(client, demo):
    html = client.get(f"{GUIDE_URL}nerve/").content.decode()
    assert re.search(r'id="tab-nerve"[^>]*aria-selected="true"', html, re.S)
    assert 'aria-labelledby="tab-nerve"' in html
    assert "Cluneal Nerve Neuralgia" in html
    assert "Sacroiliac" not in visible_text(html.split('id="cause-panel"')[1])


def test_tab_links_are_real_links_with_htmx_attributes(client, demo):
    html = client.get(GUIDE_URL).content.decode()
    tab = re.search(r'<a class="tabs__tab"[^>]*id="tab-bone"[^>]*>', html, re.S)[0]
    assert 'href="/en/pain/upper-buttock/bone/"' in tab
    assert 'hx-get="/en/pain/upper-buttock/bone/"' in tab
    assert 'hx-target="#cause-panel"' in tab
    assert 'hx-push-url="true"' in tab


def test_guide_tab_htmx_returns_only_the_cause_panel(client, demo):
    response = client.get(f"{GUIDE_URL}bone/", headers={"HX-Request": "true"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html
    assert html.strip().startswith('<section class="tabs__panel" id="cause-panel"')
    assert "Bone Related Pain in the Upper Buttock" in html
    assert "HX-Request" in response["Vary"]


def test_full_page_also_varies_on_hx_request(client, demo):
    response = client.get(f"{GUIDE_URL}bone/")
    assert "<html" in response.content.decode()
    assert "HX-Request" in response["Vary"]


def test_history_restore_gets_the_full_page(client, demo):
    response = client.get(f"{GUIDE_URL}back/", headers={"HX-Request": "true", "HX-History-Restore-Request": "true"})
    html = response.content.decode()
    assert "<html" in html
    assert re.search(r'id="tab-back"[^>]*aria-selected="true"', html, re.S)


def test_figures_render_with_caption_alt_and_size(client, demo):
    html = client.get(f"{GUIDE_URL}joint/").content.decode()
    for number in ("1.1", "1.2", "1.3", "1.4"):
        anchor = "figure-" + number.replace(".", "-")
        figure = re.search(rf'<figure class="figure" id="{anchor}">(.*?)</figure>', html, re.S)
        assert figure, number
        assert re.search(
            r'<img src="[^"]+\.svg" alt="[^"]{10,}"[^>]* width="\d+" height="\d+" loading="lazy"', figure[1]
        )
        assert f"Figure {number}" in figure[1]


def test_every_cited_figure_exists(demo):
    for section in CauseSection.objects.all():
        cited = set(re.findall(r"Figures? ?(\d+(?:\.\d+)?)", section.body))
        cited |= set(re.findall(r"&(?:amp;)? ?(\d\.\d)\)", section.body))
        numbers = set(section.figures.values_list("number", flat=True))
        assert cited <= numbers, (section, cited - numbers)


def test_what_is_pain_is_one_snippet_shown_as_a_disclosure(client, demo):
    html = client.get(f"{GUIDE_URL}joint/").content.decode()
    # Under the intro, and again inside the joint tab, where the seed shows it.
    assert html.count('<details class="snippet">') == 2
    assert html.count("<summary>What is pain?</summary>") == 2
    other = client.get(f"{GUIDE_URL}bone/").content.decode()
    assert other.count('<details class="snippet">') == 1


def test_common_conditions_link_to_their_tabs(client, demo):
    html = client.get(GUIDE_URL).content.decode()
    assert '– see <a href="/en/pain/upper-buttock/joint/">Joint-Related Pain</a>' in html
    assert '– see <a href="/en/pain/upper-buttock/back/">Back-Related Hip Pain</a>' in html
    assert '– see <a href="/en/pain/upper-buttock/nerve/">Peripheral Nerve-Related Pain</a>' in html


def test_professional_can_lists_are_under_their_heading(client, demo):
    for tab in ("soft-tissue", "bone", "back", "nerve", "other"):
        html = client.get(f"{GUIDE_URL}{tab}/").content.decode()
        assert '<div class="professional-can">' in html
        assert "<h3>Your Hip Pain Professional can:</h3>" in html
    joint = client.get(f"{GUIDE_URL}joint/").content.decode()
    assert '<div class="professional-can">' not in joint


def test_all_sections_page_has_contents_and_every_tab(client, demo):
    html = client.get(f"{GUIDE_URL}all/").content.decode()
    for slug in TAB_HEADINGS.values():
        assert f'href="#section-{slug}"' in html
        assert f'id="section-{slug}"' in html
    assert 'role="tablist"' not in html


@pytest.mark.parametrize(
    "url",
    [
        "/en/pain/no-such-guide/",
        "/en/pain/upper-buttock/no-such-tab/",
        "/en/pain/no-such-guide/all/",
        "/en/pain/no-such-guide/joint/",
        "/en/pain/upper-buttock/joint/extra/",
    ],
)
def test_missing_guide_or_tab_is_a_404_page(client, demo, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "We can’t find that page" in response.content.decode()


def test_unpublished_guide_is_not_found(client, guide):
    guide.is_published = False
    guide.save()
    assert client.get(GUIDE_URL).status_code == 404
    assert guide.title not in client.get("/en/").content.decode()


def test_guide_page_query_count_is_constant(client, guide, django_assert_max_num_queries):
    def count(url):
        """Queries of a real render: a page served from the cache makes none, and proves nothing."""
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        return len(queries)

    before = count(f"{GUIDE_URL}joint/"), count(f"{GUIDE_URL}all/")
    assert min(before) > 0
    # Many more tabs and figures: the same number of queries.
    for n in range(1, 9):
        category = CauseCategory.objects.create(name=f"Extra {n}", slug=f"extra-{n}", order=10 + n)
        section = CauseSection.objects.create(
            guide=guide,
            category=category,
            heading=f"Extra {n}",
            summary="s",
            body="<p>[[figure 9.1]]</p>",
            is_published=True,
        )
        for m in range(1, 6):
            Figure.objects.create(
                section=section, number=f"9.{m}", caption="c", alt_text="a", illustration="img/favicon.svg"
            )
    after = count(f"{GUIDE_URL}joint/"), count(f"{GUIDE_URL}all/")
    assert before == after
    for url in (f"{GUIDE_URL}joint/", f"{GUIDE_URL}all/"):
        cache.clear()
        with django_assert_max_num_queries(8):
            assert "Extra 8" in client.get(url).content.decode()


def test_home_leads_to_the_guides(client, guide):
    html = client.get("/en/").content.decode()
    assert f'href="{GUIDE_URL}"' in html
    assert "Upper Buttock Pain" in html


def test_root_redirects_to_a_language(client, db):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_condition_index_links_to_the_explaining_tab(client, demo):
    html = client.get("/en/conditions/").content.decode()
    assert "Cluneal nerve neuralgia" in html or "Cluneal Nerve Neuralgia" in html
    assert re.search(r'href="/en/pain/upper-buttock/nerve/#[\w-]+"', html)


def test_condition_anchors_point_at_real_headings(client, demo):
    conditions = Condition.objects.exclude(anchor="").select_related("section__guide", "section__category")
    assert len(conditions) > 10  # a loop over nothing would pass
    for condition in conditions:
        html = client.get(condition.section.get_absolute_url()).content.decode()
        assert f'id="{condition.anchor}"' in html, condition


def test_every_header_link_resolves(client, demo):
    html = client.get(GUIDE_URL).content.decode()
    header = html.split('<header class="site-header">')[1].split("</header>")[0]
    footer = html.split('<footer class="site-footer">')[1].split("</footer>")[0]
    for href in re.findall(r'href="(/[^"#]*)', header + footer):
        assert client.get(href).status_code == 200, href


def test_public_pages_have_no_inline_script_or_style(client, demo):
    for url in ("/en/", GUIDE_URL, f"{GUIDE_URL}all/", "/en/conditions/", "/en/pain/nope/"):
        html = client.get(url).content.decode()
        # JSON-LD (type="application/ld+json") is data that no browser runs: allowed.
        assert not re.search(r"<script(?![^>]*\b(?:src=|type=\"application/ld\+json\"))[^>]*>", html), url
        assert " style=" not in html, url
        assert "<style" not in html, url
        assert re.search(r" on\w+=", html) is None, url


def test_pages_send_security_headers(client, demo):
    response = client.get(GUIDE_URL)
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "frame-ancestors 'none'" in csp
    # Public pages use no nonce, so identical responses can be cached.
    assert "nonce-" not in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"


def test_htmx_is_served_from_this_site(client, demo):
    html = client.get(GUIDE_URL).content.decode()
    assert re.search(r'<script src="/static/django_htmx/htmx-2\.min\.js" defer>', html)
    assert "includeIndicatorStyles" in html
    # No third-party requests: nothing loads from another host.
    assert not re.search(r'src="(https?:)?//', html)
    assert not re.search(r'<link[^>]+rel="(stylesheet|icon|preload)"[^>]+href="(https?:)?//', html)


def test_guide_exists_in_the_database_as_the_seed_lays_it_out(guide):
    assert guide.title == "Upper Buttock Pain"
    assert [s.category.slug for s in guide.sections.all()] == list(TAB_HEADINGS.values())
    assert Guide.objects.published().count() >= 1


UNSAFE = (
    '<p onclick="steal()">Hello <script>alert(1)</script><a href="javascript:alert(2)">there</a></p>'
    '<p><img src=x onerror="alert(3)"><iframe src="https://example.org/"></iframe></p>'
)


def assert_clean(html):
    for bad in ("<script>alert", "onclick", "onerror", "javascript:", "<iframe"):
        assert bad not in html, bad


def test_html_written_with_queryset_update_is_cleaned_when_shown(client, guide):
    # update() (like raw SQL) never calls save(), so nothing sanitised it on the way in.
    CauseSection.objects.filter(guide=guide, category__slug="bone").update(body_en=UNSAFE)
    Guide.objects.filter(pk=guide.pk).update(intro_en=UNSAFE)
    for url in (f"{GUIDE_URL}bone/", f"{GUIDE_URL}all/"):
        html = client.get(url).content.decode()
        assert_clean(html)
        assert "<p>Hello <a>there</a></p>" in html


def test_a_snippet_loaded_with_loaddata_is_cleaned_when_shown(client, demo, tmp_path):
    # loaddata (and so a restore from a backup) saves raw: RichTextModel.save() never runs.
    snippet = Snippet.objects.get(slug="what-is-pain")
    fixture = tmp_path / "snippet.json"
    record = {"slug": snippet.slug, "title": "What is pain?", "title_en": "What is pain?", "body_en": UNSAFE}
    fixture.write_text(json.dumps([{"model": "conditions.snippet", "pk": snippet.pk, "fields": record}]))
    call_command("loaddata", str(fixture), verbosity=0)
    assert "<script>" in Snippet.objects.get(pk=snippet.pk).body_en
    cache.clear()
    html = client.get(f"{GUIDE_URL}joint/").content.decode()
    assert html.count("<summary>What is pain?</summary>") == 2  # under the intro, and in the tab
    assert_clean(html)
    assert html.count("<p>Hello <a>there</a></p>") == 2


def snippets_in(html):
    return re.findall(r'<details class="snippet".*?</details>', html, re.S)


def test_snippets_on_a_chinese_page_link_in_chinese_and_anchor_their_headings(client, demo):
    Snippet.objects.filter(slug="what-is-pain").update(
        body_en='<h3>About pain</h3><p><a href="/en/pain/upper-buttock/back/">Back-related pain</a></p>',
        body_zh_hans='<h3>关于疼痛</h3><p><a href="/en/pain/upper-buttock/back/">与背部有关的疼痛</a></p>',
    )
    html = client.get(f"/zh-hans{GUIDE_URL.removeprefix('/en')}joint/").content.decode()
    shown = snippets_in(html)
    assert len(shown) == 2  # the guide's own snippet and the [[snippet what-is-pain]] in the tab
    for snippet in shown:
        assert '<a href="/zh-hans/pain/upper-buttock/back/">与背部有关的疼痛</a>' in snippet
        assert "/en/" not in snippet
        assert '<h3 id="about-pain">关于疼痛</h3>' in snippet  # the English id, as body headings have


class ShippedFilesOnlyStorage(StaticFilesStorage):
    """As strict as the manifest storage in production: a file it does not have is a ValueError."""

    def url(self, name):
        if not finders.find(name):
            raise ValueError(f"Missing staticfiles manifest entry for '{name}'")
        return super().url(name)


@pytest.mark.parametrize("path", ["conditions/figures/lost.svg", "../../hiphelp/settings.py", "/etc/passwd"])
def test_a_figure_whose_illustration_is_not_shipped_still_leaves_its_tab_readable(client, guide, settings, path):
    settings.STORAGES = {**settings.STORAGES, "staticfiles": {"BACKEND": f"{__name__}.ShippedFilesOnlyStorage"}}
    # Written around clean(), as a fixture, a restore or the shell can.
    Figure.objects.filter(section__guide=guide, number="1.2").update(illustration=path)
    for url in (f"{GUIDE_URL}joint/", f"{GUIDE_URL}all/"):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        figure = re.search(r'<figure class="figure" id="figure-1-2">(.*?)</figure>', html, re.S)[1]
        alt = Figure.objects.get(section__guide=guide, number="1.2").alt_text
        assert "<img" not in figure and "href=" not in figure
        assert alt in figure  # what the picture showed, in words
        assert "Figure 1.2" in figure
        assert html.count('<figure class="figure"') == (4 if url.endswith("joint/") else 13)


def test_the_chinese_a_to_z_is_grouped_by_pinyin_initial(client, demo):
    html = client.get("/zh-hans/conditions/").content.decode()
    letters = re.findall(r'<h2 id="letter-\d+">(.*?)</h2>', html)
    assert letters == sorted(letters) and all(len(x) == 1 and "A" <= x <= "Z" for x in letters), letters
    d = html.split('">D</h2>')[1].split("</section>")[0]
    assert "骶髂关节疼痛" in d and "骶骨骨折" in d  # dǐ qià, dǐ gǔ: under D, not under 骶


def test_home_lists_the_guides_in_the_order_of_the_titles_shown(client, demo):
    Guide.objects.filter(slug="groin").update(title_vi="Đau háng và mặt trước hông")
    for lang in ("en", "vi", "zh-hans"):
        html = client.get(f"/{lang}/").content.decode()
        guides = html.split('id="guides"')[1].split("</section>")[0]
        titles = re.findall(r"<h3><a [^>]+>(.*?)</a></h3>", guides)
        assert len(titles) == Guide.objects.published().count()
        assert titles == sorted(titles, key=lambda title: sort_key(title, lang)), lang
        if lang == "vi":  # the one translated title sorts among the English ones it falls back to
            assert titles.index("Back of Thigh Pain") < titles.index("Đau háng và mặt trước hông")
            assert titles.index("Đau háng và mặt trước hông") < titles.index("Front of Thigh Pain")
