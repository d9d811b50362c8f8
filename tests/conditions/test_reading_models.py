"""Articles and resources: their rules, upload checks, history and the guide foot's list."""

import datetime
import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image

from conditions.models import RESOURCE_FILE_MAX_BYTES, Article, Guide, Resource, validate_resource_file

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def picture(kind, size=(8, 8)):
    buffer = io.BytesIO()
    Image.new("RGB", size, "teal").save(buffer, kind)
    return buffer.getvalue()


def make_article(slug="a", *, on=datetime.date(2025, 1, 1), published=True, guides=(), **fields):
    article = Article.objects.create(
        slug=slug,
        title_en=fields.pop("title_en", f"Article {slug}"),
        summary_en=fields.pop("summary_en", f"Summary {slug}"),
        body_en=fields.pop("body_en", "<p>Body</p>"),
        published_on=on,
        is_published=published,
        **fields,
    )
    article.related_guides.set(guides)
    return article


def make_course(slug="c", *, on=datetime.date(2025, 1, 1), published=True, guides=()):
    resource = Resource.objects.create(
        slug=slug,
        kind=Resource.Kind.COURSE,
        title_en=f"Course {slug}",
        summary_en=f"Summary {slug}",
        description_en="<p>About</p>",
        link="https://courses.example.org/x/",
        published_on=on,
        is_published=published,
    )
    resource.related_guides.set(guides)
    return resource


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        pytest.param("leaflet.pdf", b"<html>not a pdf</html>", "not really a PDF", id="fake-pdf"),
        pytest.param("leaflet.pdf", picture("PNG"), "not really a PDF", id="png-named-pdf"),
        pytest.param("photo.png", PDF, "not really a PNG", id="pdf-named-png"),
        pytest.param("photo.jpg", picture("PNG"), "not really a JPEG", id="png-named-jpg"),
        pytest.param("photo.png", picture("PNG")[:40], "not really a PNG", id="truncated-png"),
        pytest.param("script.svg", b"<svg onload='x()'/>", "Upload a PDF, or a PNG", id="svg"),
        pytest.param("setup.exe", b"MZ", "Upload a PDF, or a PNG", id="exe"),
        pytest.param("noextension", PDF, "Upload a PDF, or a PNG", id="no-extension"),
        pytest.param("big.pdf", PDF + b"0" * RESOURCE_FILE_MAX_BYTES, "10 MB at most", id="oversize"),
    ],
)
def test_a_resource_file_is_refused_with_a_clear_message(name, content, message):
    with pytest.raises(ValidationError) as refused:
        validate_resource_file(SimpleUploadedFile(name, content))
    assert message in " ".join(refused.value.messages)


@pytest.mark.parametrize(
    ("name", "content"),
    [("leaflet.pdf", PDF), ("photo.png", picture("PNG")), ("photo.jpeg", picture("JPEG")), ("p.webp", picture("WEBP"))],
)
def test_a_real_pdf_or_picture_is_accepted_and_its_size_kept(db, settings, tmp_path, name, content):
    settings.MEDIA_ROOT = tmp_path
    upload = SimpleUploadedFile(name, content)
    validate_resource_file(upload)
    resource = Resource(slug="r", title_en="R", summary_en="S", file=upload)
    resource.full_clean()
    resource.save()
    assert resource.file_size == len(content)
    assert resource.file_type == {"pdf": "PDF", "png": "PNG", "jpeg": "JPEG", "webp": "WEBP"}[name.rsplit(".")[1]]


def test_a_file_resource_needs_its_file_and_a_course_its_link(db):
    with pytest.raises(ValidationError) as refused:
        Resource(slug="f", title_en="F", summary_en="S", kind=Resource.Kind.FILE).full_clean()
    assert "file" in refused.value.message_dict
    with pytest.raises(ValidationError) as refused:
        Resource(slug="c", title_en="C", summary_en="S", kind=Resource.Kind.COURSE).full_clean()
    assert "link" in refused.value.message_dict


def test_a_course_names_the_website_it_leaves_for(db):
    assert make_course().link_host == "courses.example.org"


def test_article_rich_text_is_sanitised_on_save_in_every_language(db):
    article = make_article(body_en='<p onclick="x()">Hi<script>alert(1)</script></p>')
    article.body_zh_hans = "<p>你好<img src=x onerror=alert(1)></p>"
    article.save()
    article.refresh_from_db()
    assert "onclick" not in article.body_en and "script" not in article.body_en
    assert "onerror" not in article.body_zh_hans


def test_new_articles_and_resources_start_as_drafts(db):
    assert Article().is_published is False
    assert Resource().is_published is False


def test_history_keeps_every_language_and_the_related_guides(db, guide):
    article = make_article(guides=[guide])
    article.title_zh_hans = "文章"
    article.save()
    latest = article.history.latest()
    assert latest.title_en == "Article a" and latest.title_zh_hans == "文章"
    assert [row.guide_id for row in latest.related_guides.all()] == [guide.pk]
    assert {f"summary_{code}" for code in ("en", "zh_hans", "ar", "vi")} <= {
        f.name for f in Resource.history.model._meta.fields
    }


def test_a_guide_lists_its_published_articles_and_resources_newest_first(db):
    guide = Guide.objects.create(slug="g", title_en="G", is_published=True)
    other = Guide.objects.create(slug="other", title_en="O", is_published=True)
    make_article("old", on=datetime.date(2024, 1, 1), guides=[guide])
    make_course("course", on=datetime.date(2024, 6, 1), guides=[guide])
    make_article("new", on=datetime.date(2025, 1, 1), guides=[guide])
    make_article("draft", on=datetime.date(2026, 1, 1), published=False, guides=[guide])
    make_article("elsewhere", on=datetime.date(2026, 1, 1), guides=[other])
    items = Guide.objects.get(pk=guide.pk).further_reading
    assert [item.slug for item in items] == ["new", "course", "old"]
    assert [item.get_absolute_url() for item in items] == [
        "/en/articles/new/",
        "/en/resources/course/",
        "/en/articles/old/",
    ]


def test_the_guide_foot_shows_the_readers_language_and_falls_back_to_english(db):
    guide = Guide.objects.create(slug="g", title_en="G", is_published=True)
    article = make_article(guides=[guide])
    article.title_zh_hans = "中文标题"
    article.save()
    with translation.override("zh-hans"):
        [item] = Guide.objects.get(pk=guide.pk).further_reading
        assert item.title == "中文标题" and item.summary == "Summary a"
    with translation.override("vi"):
        [item] = Guide.objects.get(pk=guide.pk).further_reading
        assert item.title == "Article a"


def test_the_guide_foot_is_one_query(db, django_assert_num_queries):
    guide = Guide.objects.create(slug="g", title_en="G", is_published=True)
    for n in range(6):
        make_article(f"a{n}", guides=[guide])
        make_course(f"c{n}", guides=[guide])
    guide = Guide.objects.get(pk=guide.pk)
    with django_assert_num_queries(1):
        assert len(guide.further_reading) == 12
