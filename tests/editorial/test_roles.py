"""Roles, tested with real admin requests by a staff member of each group the migration made."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from conditions.models import CauseSection, Guide, Snippet
from painmap.models import Region
from tests.htmlparse import form_data

CONTENT_MODELS = {
    "conditions": [
        "snippet",
        "causecategory",
        "guide",
        "commoncondition",
        "causesection",
        "figure",
        "condition",
        "carecard",
        "redflag",
        "article",
        "resource",
    ],
    "painmap": ["region"],
}
DIRECTORY_MODELS = ["professional", "clinic", "place", "practice", "listingapplication", "profession", "language"]
EDITORIAL = {f"editorial.{name}" for name in ("mark_reviewed", "publish", "restore_version", "recover_deleted")}


def group_perms(name):
    group = Group.objects.get(name=name)
    return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.select_related("content_type")}


def content(*actions, history=False):
    perms = set()
    for app, models in CONTENT_MODELS.items():
        perms |= {f"{app}.{action}_{model}" for action in actions for model in models}
        if history:
            perms |= {f"{app}.view_historical{model}" for model in models}
    return perms


def change_url(obj):
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


def test_the_migration_makes_the_four_roles_with_their_permissions(db):
    deletable = {"conditions.delete_commoncondition", "conditions.delete_carecard"}
    # Rows of the guide form they may remove, and readers' feedback to read.
    editors = content("add", "change", "view", history=True) | deletable | {"feedback.view_tabfeedback"}
    # The translator's desk (translations/migrations/0002_roles.py).
    desk = {"translations.view_translationstate", "translations.exchange_translations"}
    review = {"translations.review_translation"}
    assert group_perms("Editors") == editors | desk
    assert group_perms("Clinical reviewers") == editors | EDITORIAL | desk | review
    assert group_perms("Translators") == content("change", "view") | desk | review
    directory = {f"professionals.{a}_{m}" for a in ("add", "change", "view", "delete") for m in DIRECTORY_MODELS}
    assert group_perms("Directory managers") == directory | {"conditions.view_guide", "conditions.view_condition"}


# What each role finds on the admin index: links present, links absent.
INDEX = {
    "Editors": (
        ["/admin/conditions/guide/add/", "/admin/conditions/causesection/", "/admin/painmap/region/add/"],
        ["/admin/auth/user/", "/admin/auth/group/", "/admin/professionals/", "/admin/professionals/clinic/"],
    ),
    "Clinical reviewers": (
        ["/admin/conditions/guide/add/", "/admin/conditions/snippet/", "/admin/painmap/region/"],
        ["/admin/auth/user/", "/admin/auth/group/", "/admin/professionals/"],
    ),
    "Translators": (
        ["/admin/conditions/guide/", "/admin/conditions/figure/", "/admin/painmap/region/"],
        ["/admin/conditions/guide/add/", "/admin/painmap/region/add/", "/admin/auth/user/", "/admin/professionals/"],
    ),
    "Directory managers": (
        [
            *("/admin/professionals/professional/add/", "/admin/professionals/listingapplication/"),
            *("/admin/professionals/place/", "/admin/professionals/clinic/add/"),
        ],
        ["/admin/conditions/guide/add/", "/admin/conditions/causesection/", "/admin/painmap/", "/admin/auth/user/"],
    ),
}


@pytest.mark.parametrize("role", INDEX)
def test_the_admin_index_shows_each_role_only_what_it_may_use(role_client, demo, role):
    html = role_client(role).get("/admin/").content.decode()
    present, absent = INDEX[role]
    for url in present:
        assert f'href="{url}"' in html, (role, url)
    for url in absent:
        assert f'href="{url}"' not in html, (role, url)


REFUSED = {
    "Editors": ["/admin/auth/user/", "/admin/auth/group/", "/admin/professionals/professional/"],
    "Clinical reviewers": ["/admin/auth/user/", "/admin/professionals/listingapplication/"],
    "Translators": ["/admin/conditions/guide/add/", "/admin/painmap/region/add/", "/admin/professionals/clinic/"],
    "Directory managers": ["/admin/painmap/region/", "/admin/conditions/causesection/", "/admin/auth/group/"],
}


@pytest.mark.parametrize("role", REFUSED)
def test_each_role_is_refused_what_it_may_not_do(role_client, demo, role):
    client = role_client(role)
    for url in REFUSED[role]:
        assert client.get(url).status_code == 403, (role, url)


@pytest.mark.parametrize("role", ["Editors", "Clinical reviewers"])
def test_editors_and_reviewers_may_not_delete_content(role_client, demo, role):
    snippet = Snippet.objects.first()
    url = reverse("admin:conditions_snippet_delete", args=[snippet.pk])
    client = role_client(role)
    assert client.get(url).status_code == 403
    assert client.post(url, {"post": "yes"}).status_code == 403
    assert Snippet.objects.filter(pk=snippet.pk).exists()


def test_a_directory_manager_may_read_but_not_change_a_guide(role_client, guide):
    client = role_client("Directory managers")
    url = change_url(guide)
    response = client.get(url)
    assert response.status_code == 200
    assert 'name="title_en"' not in response.content.decode()
    assert client.post(url, {"title_en": "Taken over"}).status_code == 403
    guide.refresh_from_db()
    assert guide.title_en == "Upper Buttock Pain"


def test_a_directory_manager_picks_a_professionals_interests_from_the_guides(role_client, guide):
    # The interests picker searches the guides: it needs the right to view them.
    params = {"app_label": "professionals", "model_name": "professional", "field_name": "interests", "term": "upper"}
    response = role_client("Directory managers").get(reverse("admin:autocomplete"), params)
    assert response.status_code == 200
    assert "Upper Buttock Pain" in [result["text"] for result in response.json()["results"]]


# Translators


def test_a_translator_sees_the_english_read_only_beside_each_translation(role_client, guide):
    html = role_client("Translators").get(change_url(guide)).content.decode()
    # English and untranslated fields are no inputs; every other language is.
    for name in ("title_en", "intro_en", "slug", "is_published", "snippet", "next_review"):
        assert f'name="{name}"' not in html, name
    for name in ("title_zh_hans", "title_vi", "title_ar", "intro_zh_hans", "meta_description_vi"):
        assert f'name="{name}"' in html, name
    # The English text stands beside its translations, rich text rendered rather than tags.
    assert "<label>Title (English):</label>" in html
    english_intro = html.index('class="form-row field-english__intro"')
    assert html.index('class="form-row field-intro_zh_hans"') > english_intro
    assert '<div class="english-source"><p>Upper buttock pain is pain' in html
    assert "&lt;p&gt;" not in html[english_intro : html.index('class="form-row field-intro_zh_hans"')]
    # Each translation's help text quotes the English it translates, the tabs' too.
    assert '<span class="english-source">English: Upper Buttock Pain</span>' in html
    assert 'name="sections-0-heading_zh_hans"' in html and 'name="sections-0-heading_en"' not in html
    assert '<span class="english-source">English: Joint Related Pain</span>' in html


def test_a_translator_keeps_the_models_order_where_the_admin_lays_out_no_fields(role_client, demo):
    snippet = Snippet.objects.first()
    html = role_client("Translators").get(change_url(snippet)).content.decode()
    order = [html.index(f'class="form-row field-{name}"') for name in ("english__title", "title_zh_hans")]
    order += [html.index(f'class="form-row field-{name}"') for name in ("english__body", "body_zh_hans")]
    assert order == sorted(order)


def test_a_translators_save_changes_the_translation_and_never_the_english(
    role_client, guide, django_capture_on_commit_callbacks
):
    client = role_client("Translators")
    url = change_url(guide)
    data = form_data(client.get(url).content.decode(), "guide_form")
    data.update(
        {
            "title_zh_hans": "臀部上方的疼痛",
            # A hand-made post: fields the form does not offer are ignored.
            "title_en": "Rewritten by a translator",
            "intro_en": "<p>Gone.</p>",
            "slug": "taken",
            "is_published": "",
            "sections-0-heading_en": "Rewritten tab",
        }
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    guide.refresh_from_db()
    assert guide.title_zh_hans == "臀部上方的疼痛"
    assert guide.title_en == "Upper Buttock Pain"
    assert guide.intro_en.startswith("<p>Upper buttock pain is pain")
    assert guide.slug == "upper-buttock" and guide.is_published
    assert not CauseSection.objects.filter(heading_en="Rewritten tab").exists()


def test_a_translator_changes_a_regions_translation_only(role_client, demo):
    region = Region.objects.filter(guide__isnull=False).first()
    client = role_client("Translators")
    url = change_url(region)
    data = form_data(client.get(url).content.decode(), "region_form")
    assert "name_en" not in data and "shape" not in data
    data.update({"name_vi": "Vùng thử", "name_en": "Renamed", "shape": "M0 0Z"})
    assert client.post(url, data).status_code == 302
    region.refresh_from_db()
    assert region.name_vi == "Vùng thử"
    assert region.name_en != "Renamed" and region.shape != "M0 0Z"


def test_a_translator_runs_no_actions(role_client, guide):
    client = role_client("Translators")
    changelist = reverse("admin:conditions_guide_changelist")
    assert 'name="action"' not in client.get(changelist).content.decode()
    client.post(changelist, {"action": "archive", ACTION_CHECKBOX_NAME: [guide.pk], "index": 0})
    guide.refresh_from_db()
    assert not guide.is_archived and guide.is_published


# Publishing


def test_publishing_is_refused_to_an_editor(role_client, guide, django_capture_on_commit_callbacks):
    Guide.objects.filter(pk=guide.pk).update(is_published=False)
    client = role_client("Editors")
    url = change_url(guide)
    html = client.get(url).content.decode()
    assert 'name="is_published"' not in html
    assert 'name="sections-0-is_published"' not in html
    data = form_data(html, "guide_form")
    data.update({"is_published": "on", "title_en": "Upper Buttock Pain, edited", "sections-0-is_published": "on"})
    CauseSection.objects.filter(guide=guide).update(is_published=False)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    guide.refresh_from_db()
    assert guide.title_en == "Upper Buttock Pain, edited"  # the edit is saved, as a draft
    assert not guide.is_published
    assert not guide.sections.filter(is_published=True).exists()


def test_a_guide_an_editor_adds_is_a_draft_whatever_is_posted(role_client, demo):
    client = role_client("Editors")
    data = form_data(client.get(reverse("admin:conditions_guide_add")).content.decode(), "guide_form")
    data.update({"title_en": "Calf pain", "slug": "calf-pain", "is_published": "on"})
    response = client.post(reverse("admin:conditions_guide_add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert not Guide.objects.get(slug="calf-pain").is_published


def test_a_clinical_reviewer_publishes(role_client, guide, django_capture_on_commit_callbacks):
    Guide.objects.filter(pk=guide.pk).update(is_published=False)
    client = role_client("Clinical reviewers")
    url = change_url(guide)
    data = form_data(client.get(url).content.decode(), "guide_form")
    data["is_published"] = "on"
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, data).status_code == 302
    guide.refresh_from_db()
    assert guide.is_published


def test_a_restored_version_does_not_publish_for_someone_who_may_not_publish(role_client, guide):
    client = role_client("Editors")
    client.user.user_permissions.add(Permission.objects.get(codename="restore_version"))
    record = guide.history.filter(is_published=True).latest("history_date")  # from when it was live
    Guide.objects.filter(pk=guide.pk).update(is_published=False)
    url = reverse("admin:conditions_guide_simple_history", args=[guide.pk, record.history_id])
    data = form_data(client.get(url).content.decode(), "historicalguide_form")
    assert client.post(url, data).status_code == 302
    guide.refresh_from_db()
    assert not guide.is_published


# Restoring and recovering


def edited_snippet():
    snippet = Snippet.objects.first()
    old = snippet.title_en
    snippet.title_en = "A newer title"
    snippet.save()
    return snippet, old, snippet.history.filter(title_en=old).latest("history_date")


def test_an_editor_may_not_restore_a_version(role_client, demo):
    snippet, _old, record = edited_snippet()
    client = role_client("Editors")
    url = reverse("admin:conditions_snippet_simple_history", args=[snippet.pk, record.history_id])
    html = client.get(url).content.decode()
    assert 'value="Revert"' not in html
    assert client.post(url, form_data(html, "historicalsnippet_form")).status_code == 403
    snippet.refresh_from_db()
    assert snippet.title_en == "A newer title"


def test_a_clinical_reviewer_restores_a_version(role_client, demo):
    snippet, old, record = edited_snippet()
    client = role_client("Clinical reviewers")
    url = reverse("admin:conditions_snippet_simple_history", args=[snippet.pk, record.history_id])
    html = client.get(url).content.decode()
    assert 'value="Revert"' in html
    assert client.post(url, form_data(html, "historicalsnippet_form")).status_code == 302
    snippet.refresh_from_db()
    assert snippet.title_en == old


def deleted_snippet():
    snippet = Snippet.objects.create(slug="short-lived", title_en="Short-lived", body_en="<p>Soon gone.</p>")
    pk = snippet.pk
    record = snippet.history.latest("history_date")
    snippet.delete()
    return pk, record


def test_only_reviewers_see_and_open_the_recover_deleted_page(role_client, demo):
    deleted = reverse("admin:conditions_snippet_deleted")
    editor, reviewer = role_client("Editors"), role_client("Clinical reviewers")
    assert f'href="{deleted}"' not in editor.get(reverse("admin:conditions_snippet_changelist")).content.decode()
    assert editor.get(deleted).status_code == 403
    assert f'href="{deleted}"' in reviewer.get(reverse("admin:conditions_snippet_changelist")).content.decode()
    assert reviewer.get(deleted).status_code == 200


@pytest.mark.parametrize(("role", "status", "recovered"), [("Editors", 403, False), ("Clinical reviewers", 302, True)])
def test_recovering_a_deleted_object_needs_the_right_to_recover(role_client, demo, role, status, recovered):
    pk, record = deleted_snippet()
    client = role_client(role)
    url = reverse("admin:conditions_snippet_simple_history", args=[pk, record.history_id])
    data = form_data(client.get(url).content.decode(), "historicalsnippet_form")
    assert client.post(url, data).status_code == status
    assert Snippet.objects.filter(pk=pk).exists() is recovered
