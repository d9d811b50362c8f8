import re
from html import unescape

import pytest
from django.contrib.messages import get_messages
from django.core.management import call_command
from django.urls import reverse
from django.utils.html import escape

from conditions.models import CauseSection, Figure, Guide, Snippet
from editorial.guardrails import broken_site_links, cited_figures, site_link_resolves
from tests.htmlparse import form_data

JOINT_FIGURES = ["1.1", "1.2", "1.3", "1.4"]


def change_url(obj):
    return reverse(f"admin:conditions_{obj._meta.model_name}_change", args=[obj.pk])


@pytest.fixture
def tab(guide):
    """The upper buttock guide's joint tab, with Figures 1.1 to 1.4."""
    section = guide.sections.get(category__slug="joint")
    assert sorted(section.figures.values_list("number", flat=True)) == JOINT_FIGURES
    return section


def tab_form(client, section):
    return form_data(client.get(change_url(section)).content.decode(), "causesection_form")


def figure_index(data, number):
    """The inline form index of the figure numbered `number` in posted form data."""
    return next(k.split("-")[1] for k, v in data.items() if re.fullmatch(r"figures-\d+-number", k) and v == number)


def errors_of(html):
    """Every error message on a re-rendered change form, as plain text."""
    items = re.findall(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', html, re.S)
    return [unescape(m) for item in items for m in re.findall(r"<li>(.*?)</li>", item, re.S)]


def assert_refused(response, message, typed):
    """The form came back with `message`, and with what the editor typed still in it."""
    assert response.status_code == 200, "saved although it should have been refused"
    html = response.content.decode()
    assert any(message in error for error in errors_of(html)), errors_of(html)
    assert escape(typed) in html, "what the editor typed is gone"


def test_citation_of_a_figure_the_tab_lacks_is_refused(editor_client, tab):
    before = tab.body_en
    data = tab_form(editor_client, tab)
    data["body_en"] = before + "<p>The joint is shown in Figure 1.9 and Fig. 1.2.</p>"
    response = editor_client.post(change_url(tab), data)
    assert_refused(response, "The text cites Figure 1.9, but this tab has no Figure 1.9.", data["body_en"])
    assert "Figure 1.2," not in " ".join(errors_of(response.content.decode()))  # 1.2 exists
    tab.refresh_from_db()
    assert tab.body_en == before


def test_citation_in_a_translation_names_the_language(editor_client, tab):
    before = tab.body_vi
    data = tab_form(editor_client, tab)
    data["body_vi"] = data["body_vi"] + "<p>Xem Figure 7.</p>"
    response = editor_client.post(change_url(tab), data)
    assert_refused(
        response, "The text cites Figure 7, but this tab has no Figure 7. Found in: body (Vietnamese).", data["body_vi"]
    )
    tab.refresh_from_db()
    assert tab.body_vi == before


def test_deleting_a_figure_the_text_cites_is_refused(editor_client, tab):
    data = tab_form(editor_client, tab)
    data[f"figures-{figure_index(data, '1.3')}-DELETE"] = "on"
    data["heading_en"] = "Joint pain, with a new heading"
    response = editor_client.post(change_url(tab), data)
    assert_refused(response, "The text cites Figure 1.3, but this tab has no Figure 1.3.", data["heading_en"])
    assert tab.figures.filter(number="1.3").exists()
    tab.refresh_from_db()
    assert tab.heading_en != data["heading_en"]


def test_renumbering_a_cited_figure_is_refused(editor_client, tab):
    data = tab_form(editor_client, tab)
    data[f"figures-{figure_index(data, '1.4')}-number"] = "1.5"
    response = editor_client.post(change_url(tab), data)
    assert_refused(response, "this tab has no Figure 1.4.", "1.5")
    assert tab.figures.filter(number="1.4").exists()


def test_a_figure_added_in_the_same_save_may_be_cited(editor_client, tab):
    data = tab_form(editor_client, tab)
    new = data["figures-TOTAL_FORMS"]
    data["figures-TOTAL_FORMS"] = str(int(new) + 1)
    data.update(
        {
            f"figures-{new}-number": "1.5",
            f"figures-{new}-order": "5",
            f"figures-{new}-caption_en": "The joint from behind",
            f"figures-{new}-alt_text_en": "A drawing of the pelvis from behind",
            f"figures-{new}-illustration": "conditions/figures/figure-1-1.svg",
        }
    )
    data["body_en"] += "<p>Figure 1.5 shows it from behind.</p><p>[[figure 1.5]]</p>"
    response = editor_client.post(change_url(tab), data)
    assert response.status_code == 302, errors_of(response.content.decode())
    assert tab.figures.filter(number="1.5").exists()
    tab.refresh_from_db()
    assert "Figure 1.5 shows it" in tab.body_en


def test_figure_code_that_matches_no_figure_of_the_tab_is_refused(editor_client, tab):
    before = tab.body_en
    data = tab_form(editor_client, tab)
    data["body_en"] = before + "<p>[[figure 2.1]]</p>"  # another tab's figure
    response = editor_client.post(change_url(tab), data)
    assert_refused(response, "The text places [[figure 2.1]], but this tab has no Figure 2.1.", data["body_en"])
    tab.refresh_from_db()
    assert tab.body_en == before


def test_snippet_code_that_matches_no_snippet_is_refused_beside_its_field(editor_client, tab):
    before = tab.body_en
    data = tab_form(editor_client, tab)
    data["body_en"] = before + "<p>[[snippet what-is-sciatica]]</p>"
    response = editor_client.post(change_url(tab), data)
    message = "The text places [[snippet what-is-sciatica]], but there is no snippet “what-is-sciatica”."
    assert_refused(response, message, data["body_en"])
    field_errors = re.search(r'<ul class="errorlist" id="id_body_en_error">(.*?)</ul>', response.content.decode(), re.S)
    assert field_errors and escape(message) in field_errors[1]
    tab.refresh_from_db()
    assert tab.body_en == before


def test_guide_intro_snippet_and_figure_codes_are_checked(editor_client, guide):
    before = guide.intro_en
    url = change_url(guide)
    data = form_data(editor_client.get(url).content.decode(), "guide_form")
    data["intro_en"] = before + "<p>[[snippet no-such-snippet]]</p><p>[[figure 1.1]]</p>"
    response = editor_client.post(url, data)
    assert_refused(response, "there is no snippet “no-such-snippet”.", data["intro_en"])
    assert_refused(
        response, "The text places [[figure 1.1]], but figures cannot be placed in this text.", "[[figure 1.1]]"
    )
    guide.refresh_from_db()
    assert guide.intro_en == before


def test_guide_intro_may_place_a_snippet_that_exists(editor_client, guide):
    url = change_url(guide)
    data = form_data(editor_client.get(url).content.decode(), "guide_form")
    data["intro_en"] += "<p>[[snippet what-is-pain]]</p>"
    response = editor_client.post(url, data)
    assert response.status_code == 302, errors_of(response.content.decode())


def test_a_snippet_cannot_place_a_snippet(editor_client, demo):
    snippet = Snippet.objects.get(slug="what-is-pain")
    before = snippet.body_en
    url = change_url(snippet)
    data = form_data(editor_client.get(url).content.decode(), "snippet_form")
    data["body_en"] = before + "<p>[[snippet what-is-pain]]</p>"
    response = editor_client.post(url, data)
    message = "The text places [[snippet what-is-pain]], but snippets cannot be placed in this text."
    assert_refused(response, message, data["body_en"])
    snippet.refresh_from_db()
    assert snippet.body_en == before


def test_a_misspelt_code_is_refused(editor_client, tab):
    data = tab_form(editor_client, tab)
    data["body_en"] += "<p>[[figur 1.1]]</p>"
    response = editor_client.post(change_url(tab), data)
    assert_refused(response, "“[[figur 1.1]]” is not a code this site knows", data["body_en"])


def test_the_model_check_holds_outside_the_admin_too(guide):
    from django.core.exceptions import ValidationError

    guide.intro_en = "<p>[[snippet nothing-here]]</p>"
    with pytest.raises(ValidationError) as refused:
        guide.full_clean()
    assert "intro_en" in refused.value.message_dict


def test_demo_content_loads_and_resets_with_the_guardrails(demo):
    call_command("load_demo_content", reset=True, verbosity=0)
    assert Figure.objects.filter(section__guide__slug="upper-buttock").count() == 13


@pytest.mark.parametrize(
    "link",
    ["/en/pain/no-such-guide/", "/en/pain/upper-buttock/no-such-tab/", "/en/no-such-page/", "/zh-hans/pain/gone/all/"],
)
def test_a_link_to_no_page_of_this_site_warns_after_the_save(editor_client, tab, link):
    data = tab_form(editor_client, tab)
    data["body_en"] += f'<p>Read <a href="{link}#more">this page</a>.</p>'
    response = editor_client.post(change_url(tab), data)
    assert response.status_code == 302, errors_of(response.content.decode())
    tab.refresh_from_db()
    assert link in tab.body_en  # saved all the same
    warnings = [str(m) for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]
    assert warnings == [
        f"The link to “{link}#more” leads to no page of this site: check it, or write the page it names."
    ]


def test_links_to_pages_that_exist_do_not_warn(editor_client, tab):
    data = tab_form(editor_client, tab)
    data["body_en"] += (
        '<p><a href="/en/pain/lateral-hip/">hip</a> <a href="/vi/pain/upper-buttock/back/">back</a> '
        '<a href="/en/conditions/">A–Z</a> <a href="/en/pain/upper-buttock/all/">all</a> '
        '<a href="https://example.org/nowhere/">elsewhere</a></p>'
    )
    response = editor_client.post(change_url(tab), data)
    assert response.status_code == 302
    assert not [m for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]


def test_a_broken_link_in_a_guide_intro_warns_too(editor_client, guide):
    url = change_url(guide)
    data = form_data(editor_client.get(url).content.decode(), "guide_form")
    data["intro_ar"] = '<p><a href="/ar/pain/missing/">رابط</a></p>'
    response = editor_client.post(url, data)
    assert response.status_code == 302, errors_of(response.content.decode())
    warnings = [str(m) for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]
    assert len(warnings) == 1 and "/ar/pain/missing/" in warnings[0]


def test_cited_figures_reads_figure_and_fig_but_not_codes():
    html = "<p>See Figure 1.2, fig. 3 and Figure&nbsp;4.1.</p><p>[[figure 9]]</p><p>Figures 5 and 6.</p>"
    assert cited_figures(html) == ["1.2", "3", "4.1"]


def test_site_links_resolve_in_every_language(demo):
    assert site_link_resolves("/zh-hans/pain/upper-buttock/joint/")
    assert site_link_resolves("/en/pain/upper-buttock")  # the slash is added by the site
    assert not site_link_resolves("/xx/pain/upper-buttock/")
    assert broken_site_links('<a href="/en/pain/knee/">k</a><a href="//evil.example/">e</a>') == []
    assert Guide.objects.filter(slug="knee").exists()
    assert CauseSection.objects.exists()


def test_a_tab_edited_on_its_guide_form_cites_only_figures_it_has(editor_client, guide, tab):
    url = change_url(guide)
    data = form_data(editor_client.get(url).content.decode(), "guide_form")
    # The tab inline's form for this tab: the one with a body and this id.
    body = next(
        k.removesuffix("-id") + "-body_en"
        for k, v in data.items()
        if k.endswith("-id") and v == str(tab.pk) and k.removesuffix("-id") + "-body_en" in data
    )
    data[body] += "<p>As Figure 2.2 shows.</p>"
    response = editor_client.post(url, data)
    assert_refused(response, "The text cites Figure 2.2, but this tab has no Figure 2.2.", data[body])
    tab.refresh_from_db()
    assert "As Figure 2.2 shows." not in tab.body_en
    # The other tabs, untouched, hold nothing up; a citation of the tab's own figure is saved.
    data[body] = data[body].replace("Figure 2.2", "Figure 1.2")
    response = editor_client.post(url, data)
    assert response.status_code == 302, errors_of(response.content.decode())
    tab.refresh_from_db()
    assert "As Figure 1.2 shows." in tab.body_en
