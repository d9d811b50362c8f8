"""The body map's drawing, made from one set of curves: the figure and the regions on it.

A whole, neutral figure 800 units tall (head to feet, arms slightly away from the body) is
described by its half-widths at heights above the floor (``h``), for the front and back views,
and by its depths for the side views. Smooth outlines pass through those points (Catmull-Rom
splines written as cubic Béziers). The regions are cut from the same curves, so they sit on the
body and follow its edges.

The map shows the part from the waist to the knees in a 300 × 320 canvas: ``y = 515 - h``, so
the canvas spans heights 515 (above the waist) to 195 (below the knees); the rest of the figure
lies outside it (negative ``y`` for the head) and is shown whole, small, beside the map.

Left and right are the person's own. Front view: their right is on the viewer's left. Back view:
on the viewer's right. Side view: two figures, their right side on the viewer's left (facing the
viewer's right) and their left side on the viewer's right (facing the viewer's left).

Everything here is computed once, at import, in plain Python.
"""

import math

TOP = 515  # the height at the canvas's top edge (y = 0)
CANVAS = (300, 320)
# The whole figure, for the small orientation drawing: x, y, width, height.
FIGURE_BOX = (0, -292, 300, 820)
CX = 150


def y_of(h):
    return TOP - h


# -- splines -------------------------------------------------------------------------------


def _fmt(value):
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _pt(p):
    return f"{_fmt(p[0])},{_fmt(p[1])}"


def spline_path(points, *, closed=True):
    """SVG path data for a smooth curve through `points` (Catmull-Rom as cubic Béziers)."""
    n = len(points)
    parts = [f"M{_pt(points[0])}"]
    segments = n if closed else n - 1
    for i in range(segments):
        p0 = points[(i - 1) % n] if closed or i > 0 else points[0]
        p1, p2 = points[i], points[(i + 1) % n]
        p3 = points[(i + 2) % n] if closed or i + 2 < n else points[-1]
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        parts.append(f"C{_pt(c1)} {_pt(c2)} {_pt(p2)}")
    return " ".join(parts) + (" Z" if closed else "")


def spline_points(points, *, closed=False, steps=10):
    """Points along the same curve as `spline_path`, for measuring it."""
    n = len(points)
    out = []
    segments = n if closed else n - 1
    for i in range(segments):
        p0 = points[(i - 1) % n] if closed or i > 0 else points[0]
        p1, p2 = points[i], points[(i + 1) % n]
        p3 = points[(i + 2) % n] if closed or i + 2 < n else points[-1]
        for s in range(steps):
            t = s / steps
            t2, t3 = t * t, t * t * t
            out.append(
                tuple(
                    0.5
                    * (
                        2 * p1[k]
                        + (-p0[k] + p2[k]) * t
                        + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2
                        + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3
                    )
                    for k in (0, 1)
                )
            )
    if not closed:
        out.append(points[-1])
    return out


class Profile:
    """A smooth curve of (h, w) points, read as w at any height h it spans."""

    def __init__(self, points):
        self.points = points
        dense = spline_points([(w, h) for h, w in points], steps=16)
        self.samples = sorted((h, w) for w, h in dense)

    def __call__(self, h):
        s = self.samples
        if h <= s[0][0]:
            return s[0][1]
        if h >= s[-1][0]:
            return s[-1][1]
        lo, hi = 0, len(s) - 1
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if s[mid][0] <= h:
                lo = mid
            else:
                hi = mid
        (h0, w0), (h1, w1) = s[lo], s[hi]
        return w0 if h1 == h0 else w0 + (w1 - w0) * (h - h0) / (h1 - h0)


def ellipse_path(cx, cy, rx, ry):
    return (
        f"M{_fmt(cx - rx)},{_fmt(cy)} A{_fmt(rx)},{_fmt(ry)} 0 1,0 {_fmt(cx + rx)},{_fmt(cy)} "
        f"A{_fmt(rx)},{_fmt(ry)} 0 1,0 {_fmt(cx - rx)},{_fmt(cy)} Z"
    )


# -- the front (and back) figure: half-widths from the midline ---------------------------------

# Outer edge of the trunk and leg, neck to ankle (h, half-width).
OUTER = [
    (702, 21),
    (688, 25),
    (677, 50),
    (664, 82),
    (648, 99),
    (628, 100),
    (604, 84),
    (580, 78),
    (550, 72),
    (522, 65),
    (500, 63),
    (478, 67),
    (452, 74),
    (424, 78),
    (396, 76),
    (352, 70),
    (300, 62),
    (262, 53),
    (236, 48),
    (214, 47),
    (190, 50),
    (168, 51),
    (130, 43),
    (92, 33),
    (56, 26),
    (38, 26),
]
# Inner edge of the leg, crotch to ankle.
INNER = [
    (384, 2),
    (372, 6),
    (330, 9),
    (282, 13),
    (242, 15),
    (220, 15),
    (192, 12),
    (168, 11),
    (120, 14),
    (70, 16),
    (38, 16),
]
FOOT = [(26, 31), (12, 38), (2, 36), (2, 8), (10, 8), (24, 13)]  # outer ankle → sole → inner ankle

ARM = [  # outer edge from the shoulder to the fingertips, then the inner edge back up
    (640, 101),
    (616, 110),
    (580, 112),
    (540, 113),
    (504, 115),
    (462, 119),
    (424, 123),
    (402, 125),
    (376, 129),
    (350, 127),
    (334, 120),
    (334, 110),
    (350, 104),
    (376, 103),
    (402, 105),
    (424, 102),
    (462, 97),
    (504, 91),
    (540, 87),
    (578, 84),
    (604, 86),
]

outer = Profile(OUTER[6:])  # armpit down: one width per height
inner = Profile(INNER)
CROTCH = INNER[0][0]


def across(h):
    """The inner bound of one half at height h: the midline above the crotch, the inner leg below."""
    return 0 if h >= CROTCH else inner(h)


def _half_outline():
    """One half of the trunk and leg, neck down the outside, round the foot, up the inside."""
    return [*OUTER, *FOOT, *reversed(INNER)]


def front_outline_points():
    """The trunk and both legs as one closed loop in canvas coordinates (the person's right first)."""
    right = [(CX - w, y_of(h)) for h, w in _half_outline()]
    left = [(CX + w, y_of(h)) for h, w in reversed(_half_outline())]
    # The crotch point is shared; keep it once.
    return right + left[1:]


def arm_points(sign):
    return [(CX + sign * w, y_of(h)) for h, w in ARM]


HEAD = (CX, y_of(752), 31, 44)


def front_outline(*, back=False):
    """SVG markup for the whole figure seen from the front (or the back): paths only."""
    body = spline_path(front_outline_points())
    arms = "".join(f'<path class="body-outline" d="{spline_path(arm_points(s))}"/>' for s in (-1, 1))
    hx, hy, rx, ry = HEAD
    ears = "".join(
        f'<path class="body-outline" d="{ellipse_path(hx + s * (rx - 1), hy + 4, 6, 10)}"/>' for s in (-1, 1)
    )
    parts = [arms, ears, f'<path class="body-outline" d="{body}"/>']
    parts.append(f'<path class="body-outline" d="{ellipse_path(hx, hy, rx, ry)}"/>')
    details = []
    if back:
        # Spine, shoulder blades, the dimples over the sacroiliac joints, the cleft, the folds, the knee creases.
        details.append(spline_path([(CX, y_of(h)) for h in (686, 600, 520, 470)], closed=False))
        for s in (-1, 1):
            details.append(
                spline_path([(CX + s * x, y_of(h)) for h, x in ((640, 30), (600, 38), (572, 46))], closed=False)
            )
            details.append(ellipse_path(CX + s * 17, y_of(456), 1.8, 1.8))
            details.append(
                spline_path(
                    [(CX + s * x, y_of(h)) for h, x in ((386, 6), (379, 26), (381, 50), (390, 68))], closed=False
                )
            )
            details.append(
                spline_path([(CX + s * x, y_of(h)) for h, x in ((229, 20), (226, 32), (229, 44))], closed=False)
            )
        details.append(spline_path([(CX, y_of(h)) for h in (418, 400, 386)], closed=False))
    else:
        # Navel, the creases of the groin, the kneecaps, the collarbones.
        details.append(ellipse_path(CX, y_of(480), 2.2, 3.2))
        for s in (-1, 1):
            crease = [(width_at(u, INGUINAL(u)), INGUINAL(u)) for u in (0.08, 0.4, 0.78)]
            details.append(spline_path([(CX + s * w, y_of(h)) for w, h in crease], closed=False))
            details.append(ellipse_path(CX + s * 31, y_of(238), 10, 12))
            details.append(
                spline_path([(CX + s * x, y_of(h)) for h, x in ((672, 8), (676, 30), (670, 60))], closed=False)
            )
    parts += [f'<path class="body-detail" d="{d}"/>' for d in details]
    return "".join(parts)


# -- the side figures: depth in front of and behind the body's mid-plane -----------------------

FRONT_DEPTH = [
    (700, 15),
    (684, 17),
    (660, 30),
    (620, 44),
    (580, 42),
    (540, 36),
    (500, 35),
    (470, 38),
    (440, 36),
    (412, 32),
    (380, 38),
    (330, 35),
    (280, 30),
    (240, 29),
    (214, 24),
    (180, 22),
    (120, 19),
    (70, 15),
    (40, 14),
]
BACK_DEPTH = [
    (700, 16),
    (680, 22),
    (650, 34),
    (610, 42),
    (570, 38),
    (530, 29),
    (500, 26),
    (470, 32),
    (440, 48),
    (414, 56),
    (394, 52),
    (380, 42),
    (340, 36),
    (290, 31),
    (238, 24),
    (214, 26),
    (182, 33),
    (150, 30),
    (100, 18),
    (50, 13),
    (40, 13),
]
front_depth = Profile(FRONT_DEPTH)
back_depth = Profile(BACK_DEPTH)
SIDE_CENTRES = {"right": 76, "left": 224}  # the person's right side on the viewer's left
SIDE_SHIFT = -8  # the body's mid-plane sits a little behind the panel's centre: room for the toes


def side_x(side, d):
    """Canvas x of a point `d` in front of (positive) or behind the mid-plane, on one side's figure."""
    facing = 1 if side == "right" else -1  # seen from the right, the person faces the viewer's right
    return SIDE_CENTRES[side] + facing * (SIDE_SHIFT + d)


def side_body_points(side):
    front = [(side_x(side, d), y_of(h)) for h, d in FRONT_DEPTH]
    foot = [(side_x(side, d), y_of(h)) for h, d in ((26, 18), (12, 50), (2, 54), (2, -20), (14, -22), (30, -16))]
    back = [(side_x(side, -d), y_of(h)) for h, d in reversed(BACK_DEPTH)]
    return front + foot + back


def side_arm_points(side):
    # Upper arm down the side of the chest, the elbow bent, the forearm across the front of the waist:
    # it keeps the outer hip and thigh in view.
    pts = [
        (650, -20),
        (652, 8),
        (620, 14),
        (560, 14),
        (524, 14),
        (508, 26),
        (494, 42),
        (484, 52),
        (474, 50),
        (476, 38),
        (488, 22),
        (498, 4),
        (512, -20),
        (560, -22),
        (610, -24),
    ]
    return [(side_x(side, d), y_of(h)) for h, d in pts]


def side_outline():
    parts = []
    for side in SIDE_CENTRES:
        hx = side_x(side, 2)
        head = ellipse_path(hx, y_of(752), 36, 44)
        facing = 1 if side == "right" else -1
        nose = spline_path(
            [(side_x(side, d), y_of(h)) for h, d in ((760, 34), (748, 44), (738, 34))],
            closed=False,
        )
        parts.append(f'<path class="body-outline" d="{spline_path(side_body_points(side))}"/>')
        parts.append(f'<path class="body-outline" d="{head}"/>')
        parts.append(f'<path class="body-outline body-outline--nose" d="{nose}"/>')
        parts.append(f'<path class="body-outline" d="{ellipse_path(hx - facing * 4, y_of(750), 6, 10)}"/>')
        parts.append(f'<path class="body-outline" d="{spline_path(side_arm_points(side))}"/>')
        fold = spline_path([(side_x(side, -d), y_of(h)) for h, d in ((386, 46), (382, 30), (384, 18))], closed=False)
        knee = ellipse_path(side_x(side, 20), y_of(232), 6, 10)
        parts += [f'<path class="body-detail" d="{fold}"/>', f'<path class="body-detail" d="{knee}"/>']
    return "".join(parts)


# -- regions ------------------------------------------------------------------------------------


def chaikin(points, rounds=3):
    """Round a closed polygon's corners (Chaikin's corner cutting)."""
    for _ in range(rounds):
        out = []
        n = len(points)
        for i in range(n):
            (x0, y0), (x1, y1) = points[i], points[(i + 1) % n]
            out += [(0.75 * x0 + 0.25 * x1, 0.75 * y0 + 0.25 * y1), (0.25 * x0 + 0.75 * x1, 0.25 * y0 + 0.75 * y1)]
        points = out
    return points


def _thin(points, tolerance=0.3):
    """Drop points within `tolerance` of the line through the ones kept (Ramer-Douglas-Peucker)."""
    if len(points) < 3:
        return points
    (ax, ay), (bx, by) = points[0], points[-1]
    length = math.hypot(bx - ax, by - ay) or 1
    far, index = 0.0, 0
    for i in range(1, len(points) - 1):
        px, py = points[i]
        distance = abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length
        if distance > far:
            far, index = distance, i
    if far <= tolerance:
        return [points[0], points[-1]]
    return _thin(points[: index + 1], tolerance)[:-1] + _thin(points[index:], tolerance)


def polygon_path(points):
    pts = chaikin(points)
    # Split at the far point so the closed loop's two ends are not treated as one line.
    half = len(pts) // 2
    pts = _thin(pts[: half + 1])[:-1] + _thin(pts[half:] + pts[:1])[:-1]
    return "M" + " L".join(_pt(p) for p in pts) + " Z"


def area_centroid(points):
    a = cx = cy = 0.0
    n = len(points)
    for i in range(n):
        (x0, y0), (x1, y1) = points[i], points[(i + 1) % n]
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    a /= 2
    return (cx / (6 * a), cy / (6 * a)) if a else points[0]


def _range(h1, h2, n=14):
    return [h1 + (h2 - h1) * i / n for i in range(n + 1)]


def width_at(u, h, *, inset=3.0, gap=1.5):
    """The half-width at fraction u across one half (0 its outer edge, 1 the midline or inner leg)."""
    o, i = outer(h) - inset, across(h) + (inset if h < CROTCH else gap)
    return o + (i - o) * u


def half_region(top, bottom, u1, u2, *, inset=3.0, gap=1.5):
    """A region of one half between two boundary lines, from fraction u1 to u2 of the half's width.

    `top` and `bottom` give the height of each boundary at a fraction u (0 the outer edge, 1 the
    midline or the inner leg); the sides follow the body's own edges. Returns (u, h) points.
    """

    def w_at(u, h):
        return width_at(u, h, inset=inset, gap=gap)

    pts = []
    us = _range(u1, u2, 10)
    pts += [(w_at(u, top(u) - gap), top(u) - gap) for u in us]
    pts += [(w_at(u2, h), h) for h in _range(top(u2) - gap, bottom(u2) + gap)]
    pts += [(w_at(u, bottom(u) + gap), bottom(u) + gap) for u in reversed(us)]
    pts += [(w_at(u1, h), h) for h in _range(bottom(u1) + gap, top(u1) - gap)]
    return pts


def line(h_outer, h_inner):
    return lambda u: h_outer + (h_inner - h_outer) * u


def arch(h_outer, h_inner, rise):
    """A boundary from h_outer to h_inner that bows up by `rise` in its middle (down when negative)."""
    return lambda u: h_outer + (h_inner - h_outer) * u + rise * math.sin(math.pi * u)


def mirror(points_wh, side, view):
    """(w, h) points of the person's `side` into canvas points for `view` ("front" or "back")."""
    # Front view: their right on the viewer's left. Back view: their right on the viewer's right.
    sign = -1 if (view == "front") == (side == "right") else 1
    return [(CX + sign * w, y_of(h)) for w, h in points_wh]


def _middle(top, bottom, half_width_at, steps=14):
    """A region across the midline between heights, as wide as `half_width_at(h)`."""
    hs = _range(top, bottom, steps)
    right = [(CX - half_width_at(h), y_of(h)) for h in hs]
    left = [(CX + half_width_at(h), y_of(h)) for h in reversed(hs)]
    return right + left


def _side_region(side, h_top, h_bottom, *, front_frac, back_frac, inset=4.0):
    hs = _range(h_top, h_bottom, 16)
    fronts = [(side_x(side, front_depth(h) * front_frac - inset), y_of(h)) for h in hs]
    backs = [(side_x(side, -back_depth(h) * back_frac + inset), y_of(h)) for h in reversed(hs)]
    return fronts + backs


# The groin crease runs from the bony point at the front of the pelvis down to the pubic bone.
INGUINAL = line(452, 404)


def _shapes():
    """Every region's polygon in canvas points: {slug: (view, side, points)}."""
    shapes = {}
    for side in ("right", "left"):
        front = {
            "lower-abdomen": half_region(line(476, 476), lambda u: INGUINAL(u) + 5 if u < 0.7 else 426, 0.12, 0.97),
            "groin": half_region(lambda u: INGUINAL(u) - 1, line(420, 376), 0.0, 0.72),
            "front-thigh": half_region(line(418, 376), line(252, 252), 0.0, 0.58),
            "inner-thigh": half_region(line(376, 374), line(270, 270), 0.62, 1.0),
        }
        back = {
            # Up to the arch of the pelvis (the iliac crest), down to the middle of the buttock.
            "upper-buttock": half_region(arch(466, 452, 8), arch(428, 426, -3), 0.0, 0.80),
            # Down to the fold under the buttock, lowest in its middle.
            "lower-buttock": half_region(arch(423, 421, -3), arch(388, 381, -7), 0.0, 0.84),
            "back-of-thigh": half_region(line(382, 374), line(246, 246), 0.0, 1.0),
        }
        for place, pts in front.items():
            shapes[f"{place}-{side}"] = ("front", side, mirror(pts, side, "front"))
        for place, pts in back.items():
            shapes[f"{place}-{side}"] = ("back", side, mirror(pts, side, "back"))
        shapes[f"lateral-hip-{side}"] = (
            "side",
            side,
            _side_region(side, 470, 396, front_frac=0.7, back_frac=0.62),
        )
        shapes[f"outer-thigh-{side}"] = (
            "side",
            side,
            _side_region(side, 388, 252, front_frac=0.92, back_frac=0.9),
        )
    shapes["pubic"] = ("front", "", _middle(421, 394, lambda h: 6 + (h - 394) * 0.42))
    shapes["lower-back"] = ("back", "", _middle(506, 476, lambda h: outer(h) - 4))
    # The tailbone: the tip of the spine, at the top of the cleft between the buttocks.
    shapes["tailbone"] = ("back", "", _middle(447, 420, lambda h: 3 + 8 * math.sin(math.pi * (h - 420) / 27)))
    return shapes


def _label_point(points):
    x, y = area_centroid(points)
    return round(x), round(y)


def _build():
    regions = {}
    for slug, (view, side, points) in _shapes().items():
        x, y = _label_point(points)
        regions[slug] = {"view": view, "side": side, "shape": polygon_path(points), "label_x": x, "label_y": y}
    return regions


REGION_SHAPES = _build()

OUTLINES = {
    "front": front_outline(),
    "back": front_outline(back=True),
    "side": side_outline(),
}
