"""Articles and resources in the admin: drafts, publishing, preview, history and upload checks."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils.html import escape

from conditions.models import Article, Resource
from tests.conditions.test_reading_models import PDF, make_article, picture
from tests.htmlparse import form_data


def url(model, action, *args):
    return reverse(f"admin:conditions_{model._meta.model_name}_{action}", args=args)


def form_id(model):
    return f"{model._meta.model_name}_form"


def admin_form(client, page, model):
    """The form's fields as a browser posts them: an empty many-to-many picker sends nothing."""
    data = form_data(client.get(page).content.decode(), form_id(model))
    if not data.get("related_guides"):
        data.pop("related_guides", None)
    return data


def new_article_data(client):
    data = admin_form(client, url(Article, "add"), Article)
    data.update(
        {
            "title_en": "Sleeping with hip pain",
            "slug": "sleeping-with-hip-pain",
            "summary_en": "Positions that may help you sleep.",
            "body_en": "<p>Try a pillow between your knees.</p>",
            "is_published": "on",
        }
    )
    return data


@pytest.mark.parametrize("model", [Article, Resource])
@pytest.mark.parametrize("role", ["Editors", "Clinical reviewers", "Translators"])
def test_the_editorial_roles_reach_the_lists_and_forms(role_client, demo, model, role):
    client = role_client(role)
    assert client.get(url(model, "changelist")).status_code == 200
    assert client.get(url(model, "changelist") + "?q=pain").status_code == 200
    obj = model.objects.first()
    html = client.get(url(model, "change", obj.pk)).content.decode()
    assert 'name="title_zh_hans"' in html  # every role may translate
    assert not re.search(r'<script[^>]+src="(https?:)?//', html)  # nothing from a CDN


def test_an_article_an_editor_adds_is_a_draft_with_its_history(role_client, demo, django_capture_on_commit_callbacks):
    client = role_client("Editors")
    data = new_article_data(client)
    data["related_guides"] = str(demo_guide_pk())
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url(Article, "add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    article = Article.objects.get(slug="sleeping-with-hip-pain")
    assert not article.is_published  # only a reviewer publishes
    assert [g.slug for g in article.related_guides.all()] == ["upper-buttock"]
    record = article.history.earliest()
    assert record.history_user == client.user and record.history_type == "+"
    assert Client().get(article.get_absolute_url()).status_code == 404


def demo_guide_pk():
    from conditions.models import Guide

    return Guide.objects.get(slug="upper-buttock").pk


def test_a_reviewer_publishes_an_article_and_readers_see_it_at_once(
    role_client, demo, client, django_capture_on_commit_callbacks
):
    # Written without signals: a save here would leave its own page-cache callback pending, which the
    # admin's save then joins, and django_capture_on_commit_callbacks runs only those registered inside it.
    [article] = Article.objects.bulk_create(
        [Article(slug="to-publish", title_en="Ready to publish", summary_en="S", body_en="<p>B</p>")]
    )
    assert client.get("/en/articles/").status_code == 200  # the list, cached without it
    reviewer = role_client("Clinical reviewers")
    change = url(Article, "change", article.pk)
    data = admin_form(reviewer, change, Article)
    data.update({"is_published": "on", "change_reason": "Reviewed and published"})
    with django_capture_on_commit_callbacks(execute=True):
        response = reviewer.post(change, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    article.refresh_from_db()
    assert article.is_published
    assert article.history.latest().history_change_reason == "Reviewed and published"
    assert "Ready to publish" in client.get("/en/articles/").content.decode()
    assert client.get(article.get_absolute_url()).status_code == 200


def test_the_article_form_has_the_preview_button(editor_client, demo):
    article = Article.objects.first()
    html = editor_client.get(url(Article, "change", article.pk)).content.decode()
    assert f'formaction="{url(Article, "preview", article.pk)}" formtarget="_blank"' in html


def test_preview_shows_an_unsaved_article_and_saves_nothing(editor_client, demo):
    article = Article.objects.get(slug="understanding-pain")
    data = admin_form(editor_client, url(Article, "change", article.pk), Article)
    data["body_en"] = "<p>Words typed a moment ago.</p>"
    history = article.history.count()
    response = editor_client.post(url(Article, "preview", article.pk), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Words typed a moment ago." in html and "Preview of unsaved changes." in html
    assert response["X-Robots-Tag"] == "noindex" and "no-store" in response["Cache-Control"]
    article.refresh_from_db()
    assert "Words typed a moment ago." not in article.body_en
    assert article.history.count() == history


def test_preview_of_a_new_resource_before_its_first_save(editor_client, demo):
    data = admin_form(editor_client, url(Resource, "add"), Resource)
    data.update({"kind": "course", "title_en": "A brand new course", "summary_en": "S", "link": "https://x.example/"})
    response = editor_client.post(url(Resource, "preview_add"), data)
    assert response.status_code == 200
    assert "A brand new course" in response.content.decode()
    assert not Resource.objects.filter(title_en="A brand new course").exists()


def test_the_history_of_an_article_compares_versions(editor_client, demo):
    article = make_article("versions", title_en="First title")
    article.title_en = "Second title"
    article.save()
    old, new = article.history.order_by("history_date")
    assert editor_client.get(url(Article, "history", article.pk)).status_code == 200
    response = editor_client.get(
        url(Article, "history_compare", article.pk), {"from": old.history_id, "to": new.history_id}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "First" in html and "Second" in html


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        pytest.param("leaflet.pdf", b"<html>a web page</html>", "not really a PDF", id="fake-pdf"),
        pytest.param("leaflet.exe", b"MZ", "Upload a PDF, or a PNG, JPEG or WebP picture", id="wrong-type"),
        pytest.param("leaflet.pdf", PDF + b" " * (10 * 1024 * 1024), "10 MB at most", id="oversize"),
    ],
)
def test_a_refused_upload_says_why_and_keeps_what_was_typed(
    editor_client, demo, settings, tmp_path, name, content, message
):
    settings.MEDIA_ROOT = tmp_path
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 20 * 1024 * 1024
    data = admin_form(editor_client, url(Resource, "add"), Resource)
    data.update(
        {
            "kind": "file",
            "title_en": "My leaflet, typed carefully",
            "slug": "my-leaflet",
            "summary_en": "A summary I do not want to type again",
        }
    )
    data["file"] = SimpleUploadedFile(name, content)
    response = editor_client.post(url(Resource, "add"), data)
    assert response.status_code == 200
    html = response.content.decode()
    errors = re.search(r'<ul class="errorlist" id="id_file_error">(.*?)</ul>', html, re.S)
    assert errors and message in errors[1].replace("&nbsp;", " ").replace("\xa0", " ")
    assert 'value="My leaflet, typed carefully"' in html
    assert escape("A summary I do not want to type again") in html
    assert not Resource.objects.filter(slug="my-leaflet").exists()


def test_a_real_pdf_upload_is_saved_and_offered_with_its_size(
    editor_client, demo, settings, tmp_path, client, django_capture_on_commit_callbacks
):
    settings.MEDIA_ROOT = tmp_path
    data = admin_form(editor_client, url(Resource, "add"), Resource)
    data.update({"kind": "file", "title_en": "Exercise sheet", "slug": "exercise-sheet", "summary_en": "Print it"})
    data["file"] = SimpleUploadedFile("exercise-sheet.pdf", PDF)
    data["is_published"] = "on"
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(url(Resource, "add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    resource = Resource.objects.get(slug="exercise-sheet")
    assert resource.file_size == len(PDF) and resource.file_type == "PDF"
    html = client.get(resource.get_absolute_url()).content.decode()
    assert f"(PDF, {len(PDF)}\xa0bytes)" in html


def test_a_picture_resource_is_accepted(editor_client, demo, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    data = admin_form(editor_client, url(Resource, "add"), Resource)
    data.update({"kind": "file", "title_en": "Stretch poster", "slug": "stretch-poster", "summary_en": "A poster"})
    data["file"] = SimpleUploadedFile("poster.png", picture("PNG"))
    assert editor_client.post(url(Resource, "add"), data).status_code == 302
    assert Resource.objects.get(slug="stretch-poster").file_type == "PNG"


def test_the_file_picker_offers_only_the_files_a_resource_takes(editor_client, demo):
    html = editor_client.get(url(Resource, "add")).content.decode()
    assert 'accept=".pdf,.png,.jpg,.jpeg,.webp"' in html
