import re

import pytest

from conditions.models import CauseSection, Figure, Guide, Snippet
from tests.htmlparse import form_data

GUIDE_URL = "/en/pain/upper-buttock/"


def admin_url(model, action="changelist", *args):
    from django.urls import reverse

    return reverse(f"admin:conditions_{model._meta.model_name}_{action}", args=args)


@pytest.mark.parametrize("model", [Guide, CauseSection, Figure, Snippet])
def test_admin_changelists_and_forms_render(editor_client, demo, model):
    assert editor_client.get(admin_url(model)).status_code == 200
    assert editor_client.get(admin_url(model) + "?q=pain").status_code == 200
    obj = model.objects.first()
    response = editor_client.get(admin_url(model, "change", obj.pk))
    assert response.status_code == 200
    html = response.content.decode()
    # Served from this site: jQuery UI for the language tabs, never a CDN.
    assert "googleapis" not in html
    assert not re.search(r'<script[^>]+src="(https?:)?//', html)


def test_admin_edit_shows_on_the_next_request(editor_client, client, guide):
    section = guide.sections.get(category__slug="bone")
    url = admin_url(CauseSection, "change", section.pk)
    data = form_data(editor_client.get(url).content.decode(), "causesection_form")
    assert data["heading_en"] == "Bone Related Pain in the Upper Buttock"
    data["heading_en"] = "Bone-related pain, freshly edited"
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    html = client.get(f"{GUIDE_URL}bone/").content.decode()
    assert "Bone-related pain, freshly edited" in html
    # The other fields came through the round trip untouched.
    section.refresh_from_db()
    assert section.figures.count() == 1
    assert "sacrum" in section.body_en


def test_admin_save_sanitises_what_the_editor_posted(editor_client, guide):
    section = guide.sections.get(category__slug="other")
    url = admin_url(CauseSection, "change", section.pk)
    data = form_data(editor_client.get(url).content.decode(), "causesection_form")
    data["body_en"] = '<p>Safe <img src=x onerror="alert(1)"><script>alert(2)</script></p>'
    assert editor_client.post(url, data).status_code == 302
    section.refresh_from_db()
    assert section.body_en == "<p>Safe </p>"


def test_guide_admin_lists_its_tabs_one_click_away(editor_client, guide):
    html = editor_client.get(admin_url(Guide, "change", guide.pk)).content.decode()
    for section in guide.sections.all():
        assert admin_url(CauseSection, "change", section.pk) in html
    assert "prepopulated" in html  # slug prepopulated from the title


def test_figure_admin_shows_previews(editor_client, demo):
    html = editor_client.get(admin_url(Figure)).content.decode()
    assert html.count('class="figure-preview"') == Figure.objects.count()


def test_history_page_and_revert_form_render(editor_client, guide):
    section = guide.sections.first()
    section.heading_en = "Changed"
    section.save()
    assert editor_client.get(admin_url(CauseSection, "history", section.pk)).status_code == 200
    first = section.history.order_by("history_date")[0]
    url = admin_url(CauseSection, "simple_history", section.pk, first.history_id)
    assert editor_client.get(url).status_code == 200


def test_deleted_objects_are_listed_and_can_be_restored(editor_client, demo):
    snippet = Snippet.objects.get(slug="what-is-pain")
    pk = snippet.pk
    assert editor_client.post(admin_url(Snippet, "delete", pk), {"post": "yes"}).status_code == 302
    assert not Snippet.objects.filter(pk=pk).exists()
    html = editor_client.get(admin_url(Snippet, "deleted")).content.decode()
    link = re.search(r'href="([^"]+/history/\d+/)"', html)
    assert link, html
    data = form_data(editor_client.get(link[1]).content.decode(), "historicalsnippet_form")
    assert editor_client.post(link[1], data).status_code == 302
    restored = Snippet.objects.get(pk=pk)
    assert restored.title_en == "What is pain?"


def test_changelist_offers_recovery_of_deleted_items(editor_client, demo):
    html = editor_client.get(admin_url(Guide)).content.decode()
    assert admin_url(Guide, "deleted") in html


def test_admin_requires_login(client, demo):
    response = client.get(admin_url(Guide))
    assert response.status_code == 302
    assert "/login/" in response["Location"]
    assert client.get(admin_url(Guide, "deleted")).status_code == 302
