"""The demo regions on the map: their shapes come from the drawing (painmap/drawing.py).

Each view is numbered in this order; a place with two sides is two regions, the person's
right first. The order goes round the body the way a clinician would read it, top down.
"""

from .drawing import REGION_SHAPES

ORDER = [
    "lower-abdomen-right",
    "lower-abdomen-left",
    "groin-right",
    "groin-left",
    "pubic",
    "front-thigh-right",
    "front-thigh-left",
    "inner-thigh-right",
    "inner-thigh-left",
    "lower-back",
    "upper-buttock-left",
    "upper-buttock-right",
    "tailbone",
    "lower-buttock-left",
    "lower-buttock-right",
    "back-of-thigh-left",
    "back-of-thigh-right",
    "lateral-hip-right",
    "outer-thigh-right",
    "lateral-hip-left",
    "outer-thigh-left",
]

# No leader lines: every number sits inside its region.
REGIONS = [
    {"slug": slug, "order": order, "anchor_x": 0, "anchor_y": 0, **REGION_SHAPES[slug]}
    for order, slug in enumerate(ORDER, start=1)
]
