"""The drawing the map is made of: regions on the body, numbers inside them and apart."""

import itertools
import math
import re

import pytest
from svgelements import Path

from painmap import drawing
from painmap.demo_regions import REGIONS
from painmap.models import validate_path_data

BADGE = 11  # the number's circle radius, as the template draws it


def polygon(shape):
    return [(float(x), float(y)) for x, y in re.findall(r"([-\d.]+),([-\d.]+)", shape)]


def inside(point, poly):
    x, y = point
    hit = False
    for (x0, y0), (x1, y1) in zip(poly, poly[1:] + poly[:1], strict=True):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            hit = not hit
    return hit


def test_there_are_at_least_twenty_regions_over_three_views():
    assert len(REGIONS) >= 20
    assert {r["view"] for r in REGIONS} == {"front", "back", "side"}


@pytest.mark.parametrize("region", REGIONS, ids=lambda r: r["slug"])
def test_each_region_is_valid_closed_path_data_inside_the_canvas(region):
    validate_path_data(region["shape"])


@pytest.mark.parametrize("region", REGIONS, ids=lambda r: r["slug"])
def test_each_region_lies_on_the_body_and_its_number_inside_it(region):
    poly = polygon(region["shape"])
    assert inside((region["label_x"], region["label_y"]), poly)
    # On the body: every corner of the region is inside the figure's outline.
    markup = drawing.OUTLINES[region["view"]]
    bodies = [polygon(d) for d in re.findall(r'class="body-outline" d="([^"]+)"', markup)]
    for point in poly[:: max(1, len(poly) // 12)]:
        assert any(inside(point, body) for body in bodies), (region["slug"], point)


@pytest.mark.parametrize("view", ["front", "back", "side"])
def test_numbers_on_a_view_never_overlap(view):
    badges = [(r["label_x"], r["label_y"]) for r in REGIONS if r["view"] == view]
    for a, b in itertools.combinations(badges, 2):
        assert math.dist(a, b) >= 2 * BADGE + 2, (a, b)


def test_the_person_s_right_is_on_the_viewer_s_left_from_the_front_and_right_from_the_back():
    by_slug = {r["slug"]: r for r in REGIONS}
    assert by_slug["groin-right"]["label_x"] < 150 < by_slug["groin-left"]["label_x"]
    assert by_slug["upper-buttock-left"]["label_x"] < 150 < by_slug["upper-buttock-right"]["label_x"]
    assert by_slug["lateral-hip-right"]["label_x"] < 150 < by_slug["lateral-hip-left"]["label_x"]


@pytest.mark.parametrize("view", ["front", "back", "side"])
def test_the_whole_figure_is_drawn_head_to_feet(view):
    boxes = [Path(d).bbox() for d in re.findall(r' d="([^"]+)"', drawing.OUTLINES[view])]
    top = min(b[1] for b in boxes)
    bottom = max(b[3] for b in boxes)
    x, y, width, height = drawing.FIGURE_BOX
    # Far above and below the 0–320 map frame, and all within the small whole-figure drawing.
    assert y <= top < -250 and 500 < bottom <= y + height
    assert x <= min(b[0] for b in boxes) and max(b[2] for b in boxes) <= x + width
