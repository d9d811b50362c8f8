"""Drafts: staff see them on the site with a banner; nobody else learns they exist. Preview."""

import pytest
from django.test import Client
from django.urls import reverse

from conditions.models import CauseSection, Guide
from painmap.models import Region
from tests.htmlparse import form_data

GUIDE = "/en/pain/upper-buttock/"
BANNER = "Draft: not visible to the public."


@pytest.fixture
def staff_client(django_user_model):
    user = django_user_model.objects.create_superuser("drafter", "d@example.org", "a-long-test-password")
    staff = Client()
    staff.force_login(user)
    return staff


def unpublish(model, **lookup):
    model.objects.filter(**lookup).update(is_published=False)


@pytest.mark.parametrize("url", [GUIDE, f"{GUIDE}nerve/", f"{GUIDE}all/", f"/zh-hans{GUIDE[3:]}"])
def test_a_draft_guide_is_not_found_by_readers(client, guide, url):
    unpublish(Guide, pk=guide.pk)
    assert client.get(url).status_code == 404
    assert client.get(url, headers={"HX-Request": "true"}).status_code == 404


def test_staff_see_a_draft_guide_with_a_banner_that_no_cache_keeps(staff_client, client, guide):
    unpublish(Guide, pk=guide.pk)
    response = staff_client.get(GUIDE)
    assert response.status_code == 200
    html = response.content.decode()
    assert BANNER in html and "Upper Buttock Pain" in html
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    # The reader who comes next is not served the staff's page.
    assert Client().get(GUIDE).status_code == 404


def test_the_draft_banner_is_translated(staff_client, guide):
    unpublish(Guide, pk=guide.pk)
    html = staff_client.get(f"/zh-hans{GUIDE[3:]}").content.decode()
    assert BANNER not in html
    assert 'class="notice notice--draft"' in html


def test_a_published_guide_page_cached_for_readers_is_not_shown_to_staff_and_back(staff_client, guide):
    reader = Client()
    reader.get(GUIDE)  # cached now
    unpublish(CauseSection, guide=guide, category__slug="joint")
    from hiphelp.caching import bump_content_version

    bump_content_version()  # QuerySet.update sends no signal
    assert "tab-joint" not in reader.get(GUIDE).content.decode()
    assert f'href="{GUIDE}joint/"' in staff_client.get(GUIDE).content.decode()


def test_a_draft_tab_is_hidden_from_readers_and_marked_for_staff(client, staff_client, guide):
    unpublish(CauseSection, guide=guide, category__slug="nerve")
    assert client.get(f"{GUIDE}nerve/").status_code == 404
    assert f"{GUIDE}nerve/" not in client.get(GUIDE).content.decode()
    assert "Cluneal" not in client.get(f"{GUIDE}all/").content.decode()
    html = staff_client.get(f"{GUIDE}nerve/").content.decode()
    assert "(draft)" in html and BANNER in html


def test_a_draft_guide_is_in_no_list_for_readers(client, guide):
    unpublish(Guide, pk=guide.pk)
    assert f'href="{GUIDE}"' not in client.get("/en/").content.decode()
    assert "Cluneal nerve" not in client.get("/en/conditions/").content.decode()
    search = client.get("/en/find-a-professional/").content.decode()
    assert 'value="upper-buttock"' not in search
    region = client.get("/en/pain-map/upper-buttock/").content.decode()
    assert "Guide coming soon" in region and f'href="{GUIDE}"' not in region


def test_a_draft_region_is_off_the_map_for_readers_only(client, staff_client, demo):
    unpublish(Region, slug="upper-buttock-right")
    assert client.get("/en/pain-map/upper-buttock-right/").status_code == 404
    assert 'data-region="upper-buttock-right"' not in client.get("/en/pain-map/?view=back").content.decode()
    html = staff_client.get("/en/pain-map/upper-buttock-right/").content.decode()
    assert BANNER in html


def test_an_archived_guide_is_gone_for_staff_too(staff_client, guide):
    Guide.objects.filter(pk=guide.pk).update(is_archived=True, is_published=False)
    assert staff_client.get(GUIDE).status_code == 404


def test_a_new_guide_starts_as_a_draft(staff_client, demo):
    url = reverse("admin:conditions_guide_add")
    data = form_data(staff_client.get(url).content.decode(), "guide_form")
    data.update(title_en="Hip pointer pain", slug="hip-pointer")
    data.pop("is_published", None)  # the box as it comes: unticked
    response = staff_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Guide.objects.get(slug="hip-pointer").is_published is False


def change_form(client, guide):
    url = reverse("admin:conditions_guide_change", args=[guide.pk])
    return url, form_data(client.get(url).content.decode(), "guide_form")


def test_the_guide_form_has_a_preview_button_opening_a_new_window(staff_client, guide):
    url = reverse("admin:conditions_guide_change", args=[guide.pk])
    html = staff_client.get(url).content.decode()
    preview = reverse("admin:conditions_guide_preview", args=[guide.pk])
    assert f'formaction="{preview}" formtarget="_blank"' in html


def test_preview_shows_unsaved_changes_to_the_guide_and_its_tabs_and_saves_nothing(staff_client, guide):
    _url, data = change_form(staff_client, guide)
    tab = next(key for key, value in data.items() if key.endswith("-heading_en") and "Nerve" in value)
    data["title_en"] = "Upper buttock pain, being rewritten"
    data[tab] = "Nerves, as typed a moment ago"
    history = guide.history.count()
    response = staff_client.post(reverse("admin:conditions_guide_preview", args=[guide.pk]), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Upper buttock pain, being rewritten" in html
    assert "Nerves, as typed a moment ago" in html
    assert "Preview of unsaved changes." in html
    assert response["X-Robots-Tag"] == "noindex" and "no-store" in response["Cache-Control"]
    guide.refresh_from_db()
    assert guide.title_en == "Upper Buttock Pain"
    assert guide.history.count() == history
    assert not CauseSection.objects.filter(heading_en="Nerves, as typed a moment ago").exists()


def test_preview_of_a_new_guide_before_its_first_save(staff_client, demo):
    url = reverse("admin:conditions_guide_add")
    data = form_data(staff_client.get(url).content.decode(), "guide_form")
    data.update(title_en="Coccyx pain", slug="", intro_en="<p>Pain at the very bottom of the spine.</p>")
    response = staff_client.post(reverse("admin:conditions_guide_preview_add"), data)
    assert response.status_code == 200
    assert "Pain at the very bottom of the spine." in response.content.decode()
    assert not Guide.objects.filter(title_en="Coccyx pain").exists()


def test_preview_is_a_post_and_needs_the_right_to_change(client, staff_client, guide, django_user_model):
    preview = reverse("admin:conditions_guide_preview", args=[guide.pk])
    assert staff_client.get(preview).status_code == 405
    viewer = django_user_model.objects.create_user("viewer", "v@example.org", "a-long-test-password", is_staff=True)
    client.force_login(viewer)
    assert client.post(preview, {}).status_code == 403


def test_a_staff_draft_page_runs_a_bounded_number_of_queries(staff_client, guide, django_assert_max_num_queries):
    unpublish(Guide, pk=guide.pk)
    with django_assert_max_num_queries(12):
        assert staff_client.get(f"{GUIDE}all/").status_code == 200
