import re

import pytest
from django.core.exceptions import ValidationError

from painmap.models import Region, validate_path_data


def region(**fields):
    data = {"name": "Test", "slug": "test-right", "side": "right", "view": "back", "teaser": "t", **fields}
    return Region(**data)


@pytest.mark.parametrize(
    ("shape", "message"),
    [
        ('M0 0"/><script>alert(1)</script>', "Use SVG path data only"),
        ("M 10 10 L 20 20", "Close every part of the shape with Z"),
        ("M 10 10 L 20 20 L 10 30 Z M 40 40 L 50 50 L 40 60", "Close every part of the shape with Z"),
        ("M 10 10 L 400 20 L 10 30 Z", "goes outside the 300 × 320 canvas"),
        ("M -5 10 L 20 20 L 10 30 Z", "goes outside the 300 × 320 canvas"),
        ("M 10 10 C 20 20 Z", "cannot be read"),
        ("M 10 10 Z", "draws nothing"),
        ("M 10 10 C 20 20 30 30 40 40 50 Z", "cannot be read"),
        ("M 10 10 L 20 10 Z", "draws nothing"),
        ("Z", "cannot be read"),
        ("L 10 10 L 20 20 Z", "cannot be read"),
        ("M 10 10 A 5 5 0 1 Z", "cannot be read"),
        ("M 1e999 10 L 20 20 L 10 30 Z", "cannot be read"),
    ],
)
def test_bad_path_data_is_refused_with_a_clear_message(shape, message):
    with pytest.raises(ValidationError) as error:
        validate_path_data(shape)
    assert message in " ".join(error.value.messages)


def test_curved_closed_shapes_inside_the_canvas_are_accepted(db):
    validate_path_data("M 10 10 C 40 0 60 40 30 60 Q 10 50 10 10 Z M 100 100 h 20 v 20 h -20 z")
    region(shape="M 10 10 L 20 20 L 10 30 Z", label_x=15, label_y=20).full_clean()


def test_every_demo_region_passes_the_parser(demo):
    for r in Region.objects.exclude(view=Region.View.AWAY):
        r.full_clean()


def test_a_sided_region_needs_a_slug_that_says_its_side(db):
    with pytest.raises(ValidationError) as error:
        region(slug="test-left", shape="M 10 10 L 20 20 L 10 30 Z").full_clean()
    assert "slug" in error.value.message_dict


def test_the_change_form_draws_the_region_on_its_views_outline(editor_client, demo):
    r = Region.objects.get(slug="tailbone")
    html = editor_client.get(f"/admin/painmap/region/{r.pk}/change/").content.decode()
    preview = html.split('<svg viewBox="0 0 300 320" width="300" height="320" class="region-preview"')[1].split(
        "</svg>"
    )[0]
    assert f'class="region-preview__shape" d="{r.shape}"' in preview
    # Every view's outline is there for the live preview; only this region's is shown.
    assert re.findall(r'data-view="(\w+)"( hidden)?', preview) == [
        ("front", " hidden"),
        ("back", ""),
        ("side", " hidden"),
    ]
    assert "js/region_preview.js" in html


def test_a_bad_shape_in_admin_keeps_what_was_typed_and_says_why(editor_client, demo):
    r = Region.objects.get(slug="tailbone")
    url = f"/admin/painmap/region/{r.pk}/change/"
    html = editor_client.get(url).content.decode()
    data = dict(re.findall(r'<input type="(?:text|number|hidden)" name="([^"]+)" value="([^"]*)"', html))
    data.update(
        name_en=r.name_en,
        teaser_en=r.teaser_en,
        slug=r.slug,
        view="back",
        side="",
        order=r.order,
        shape="M 10 10 L 20 20",
        label_x=r.label_x,
        label_y=r.label_y,
        anchor_x=0,
        anchor_y=0,
        is_published="on",
    )
    response = editor_client.post(url, data)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Close every part of the shape with Z" in body
    assert "M 10 10 L 20 20</textarea>" in body
    r.refresh_from_db()
    assert r.shape.endswith("Z")


def test_the_demo_loader_redraws_regions_no_editor_saved_and_keeps_those_an_editor_did(demo, django_user_model):
    from django.core.management import call_command

    Region.objects.filter(slug="pubic").update(label_x=212, label_y=52)  # a database from before
    edited = Region.objects.get(slug="lower-back")
    edited.label_x = 100
    edited._history_user = django_user_model.objects.create_user("someone")
    edited.save()
    call_command("load_demo_content", verbosity=0)
    assert (Region.objects.get(slug="pubic").label_x, Region.objects.get(slug="pubic").label_y) != (212, 52)
    assert Region.objects.get(slug="lower-back").label_x == 100
