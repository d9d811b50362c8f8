import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.html import escape
from PIL import Image

from conditions.models import FIGURE_IMAGE_ERROR, CauseCategory, CauseSection, Figure, Guide, Snippet
from painmap.models import Region
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


def test_admin_edit_shows_on_the_next_request(editor_client, client, guide, django_capture_on_commit_callbacks):
    section = guide.sections.get(category__slug="bone")
    # Seen (and so cached) before the edit: a page never cached cannot show a stale one.
    assert "Bone Related Pain in the Upper Buttock" in client.get(f"{GUIDE_URL}bone/").content.decode()
    url = admin_url(CauseSection, "change", section.pk)
    data = form_data(editor_client.get(url).content.decode(), "causesection_form")
    assert data["heading_en"] == "Bone Related Pain in the Upper Buttock"
    data["heading_en"] = "Bone-related pain, freshly edited"
    with django_capture_on_commit_callbacks(execute=True):  # the test's transaction never commits
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


@pytest.mark.parametrize(
    ("model", "shown"),
    [
        (CauseCategory, "Used in tab URLs: /pain/&lt;guide&gt;/&lt;this&gt;/."),
        (Guide, "The guide&#x27;s URL: /pain/&lt;this&gt;/."),
        (Region, "The region&#x27;s URL: /pain-map/&lt;this&gt;/."),
    ],
)
def test_slug_help_texts_show_their_placeholders(editor_client, demo, model, shown):
    # Printed as HTML by the admin, "/pain/<this>/." would read "/pain//.".
    opts = model._meta
    obj = model.objects.first()
    html = editor_client.get(f"/admin/{opts.app_label}/{opts.model_name}/{obj.pk}/change/").content.decode()
    assert shown in html
    assert "<this>" not in html


def picture(kind, size=(4, 4), padding=0):
    data = io.BytesIO()
    Image.new("RGB", size).save(data, kind)
    return data.getvalue() + b"\0" * padding


SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


@pytest.mark.parametrize(
    ("name", "content"),
    [
        pytest.param("drawing.svg", SVG, id="svg"),
        pytest.param("drawing.png", SVG, id="svg-named-png"),
        pytest.param("photo.svg", picture("PNG"), id="png-named-svg"),
        pytest.param("photo.gif", picture("GIF"), id="gif"),
        pytest.param("photo.png", picture("GIF"), id="gif-named-png"),
        pytest.param("huge.gif", picture("GIF", padding=5 * 1024 * 1024), id="too-big-gif"),
        pytest.param("huge.png", picture("PNG", padding=5 * 1024 * 1024), id="too-big-png"),
        pytest.param("broken.jpg", b"not a picture", id="not-a-picture"),
    ],
)
def test_a_refused_figure_upload_gets_one_clear_message(editor_client, demo, settings, tmp_path, name, content):
    settings.MEDIA_ROOT = tmp_path
    figure = Figure.objects.get(section__guide__slug="upper-buttock", number="1.2")
    url = admin_url(Figure, "change", figure.pk)
    data = form_data(editor_client.get(url).content.decode(), "figure_form")
    data["image"] = SimpleUploadedFile(name, content)
    response = editor_client.post(url, data)
    assert response.status_code == 200
    html = response.content.decode()
    errors = re.search(r'<ul class="errorlist" id="id_image_error">(.*?)</ul>', html, re.S)[1]
    assert re.findall(r"<li>(.*?)</li>", errors) == [escape(FIGURE_IMAGE_ERROR)]
    figure.refresh_from_db()
    assert not figure.image


def test_a_figure_upload_in_the_tab_form_gets_the_same_one_message(editor_client, demo, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    section = CauseSection.objects.get(guide__slug="upper-buttock", category__slug="bone")
    url = admin_url(CauseSection, "change", section.pk)
    data = form_data(editor_client.get(url).content.decode(), "causesection_form")
    data["figures-0-image"] = SimpleUploadedFile("huge.gif", picture("GIF", padding=5 * 1024 * 1024))
    html = editor_client.post(url, data).content.decode()
    errors = re.search(r'<ul class="errorlist" id="id_figures-0-image_error">(.*?)</ul>', html, re.S)[1]
    assert re.findall(r"<li>(.*?)</li>", errors) == [escape(FIGURE_IMAGE_ERROR)]


@pytest.mark.parametrize("kind", ["PNG", "JPEG", "WEBP"])
def test_a_figure_takes_a_png_jpeg_or_webp_upload(editor_client, demo, settings, tmp_path, kind):
    settings.MEDIA_ROOT = tmp_path
    figure = Figure.objects.get(section__guide__slug="upper-buttock", number="1.2")
    url = admin_url(Figure, "change", figure.pk)
    data = form_data(editor_client.get(url).content.decode(), "figure_form")
    data["image"] = SimpleUploadedFile(f"photo.{kind.lower()}", picture(kind, size=(64, 40)))
    assert editor_client.post(url, data).status_code == 302
    figure.refresh_from_db()
    assert figure.size == (64, 40)


def test_the_image_picker_offers_only_the_pictures_a_figure_takes(editor_client, demo):
    figure = Figure.objects.first()
    for url in (admin_url(Figure, "change", figure.pk), admin_url(CauseSection, "change", figure.section_id)):
        html = editor_client.get(url).content.decode()
        inputs = re.findall(r'<input type="file"[^>]*>', html)
        assert inputs, url
        for tag in inputs:
            assert 'accept="image/png,image/jpeg,image/webp"' in tag, tag


def test_the_figure_admin_refuses_an_illustration_the_site_does_not_ship(editor_client, demo):
    figure = Figure.objects.get(section__guide__slug="upper-buttock", number="1.2")
    url = admin_url(Figure, "change", figure.pk)
    data = form_data(editor_client.get(url).content.decode(), "figure_form")
    data["illustration"] = "conditions/figures/no-such-figure.svg"
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert "The site ships no file called “conditions/figures/no-such-figure.svg”." in response.content.decode()
    figure.refresh_from_db()
    assert figure.illustration == "conditions/figures/figure-1-2.svg"


def test_figure_admin_lists_a_figure_whose_illustration_is_lost(editor_client, demo):
    Figure.objects.filter(number="1.2").update(illustration="conditions/figures/lost.svg")
    html = editor_client.get(admin_url(Figure)).content.decode()
    assert html.count('class="figure-preview"') == Figure.objects.count() - Figure.objects.filter(number="1.2").count()
    assert "lost.svg" not in html
