import math
import re

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from editorial.models import Publishable, Versioned

# SVG path data: commands, numbers, separators; nothing that could carry markup.
PATH_DATA = re.compile(r"^[MmLlHhVvCcSsQqTtAaZz0-9eE.,\s+-]+$")
# How many numbers each command takes; svgelements forgives missing ones, the editor should know.
ARITY = {"m": 2, "l": 2, "h": 1, "v": 1, "c": 6, "s": 4, "q": 4, "t": 2, "a": 7, "z": 0}
TOKEN = re.compile(r"[MmLlHhVvCcSsQqTtAaZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def _well_formed(value):
    """True when the data starts with a move and every command has whole sets of numbers."""
    tokens = TOKEN.findall(value)
    if not tokens or tokens[0] not in "Mm":
        return False
    command, count = None, 0
    for token in [*tokens, "Z"]:
        if token.isalpha():
            if command is not None:
                arity = ARITY[command.lower()]
                if (arity == 0 and count) or (arity and (count == 0 or count % arity)):
                    return False
            command, count = token, 0
        else:
            count += 1
    return True


CANVAS_WIDTH, CANVAS_HEIGHT = 300, 320


def validate_path_data(value):
    """Path data a real SVG parser reads, closed, and drawn inside the map's canvas."""
    if not PATH_DATA.match(value or ""):
        raise ValidationError(_("Use SVG path data only (M, L, C, Z … and numbers)."))
    from svgelements import Close, Move, Path  # parsing only happens when an editor saves

    unreadable = ValidationError(_("This path data cannot be read. Check its commands and numbers."))
    if not _well_formed(value):
        raise unreadable
    try:
        path = Path(value)
        segments = list(path)
        box = path.bbox()
    except (ValueError, IndexError, TypeError, ZeroDivisionError, OverflowError):
        raise unreadable from None
    if box is None or not all(math.isfinite(n) for n in box):
        raise unreadable
    if box[2] - box[0] <= 0 or box[3] - box[1] <= 0:
        raise ValidationError(_("This path data draws nothing."))
    # Every sub-path must end with Z: an open shape has no inside to tap.
    open_subpaths = sum(
        1 for i, s in enumerate(segments) if isinstance(s, Move) and i > 0 and not isinstance(segments[i - 1], Close)
    ) + (0 if isinstance(segments[-1], Close) else 1)
    if open_subpaths:
        raise ValidationError(_("Close every part of the shape with Z, so it has an inside to tap."))
    x0, y0, x1, y1 = box
    if x0 < 0 or y0 < 0 or x1 > CANVAS_WIDTH or y1 > CANVAS_HEIGHT:
        raise ValidationError(
            _("The shape goes outside the %(width)s × %(height)s canvas (it spans x %(x0)s–%(x1)s, y %(y0)s–%(y1)s).")
            % {
                "width": CANVAS_WIDTH,
                "height": CANVAS_HEIGHT,
                "x0": round(x0),
                "x1": round(x1),
                "y0": round(y0),
                "y1": round(y1),
            }
        )


class RegionQuerySet(models.QuerySet):
    def for_map(self, *, drafts=False):
        """The regions shown (with `drafts`, for staff, unpublished ones too), in map order: one query."""
        regions = self if drafts else self.filter(is_published=True)
        return regions.select_related("guide").order_by("order", "pk")


class Region(Versioned, Publishable, models.Model):
    """A clickable area of the body map, opening the guide to pain in that place."""

    class View(models.TextChoices):
        FRONT = "front", _("Front")
        BACK = "back", _("Back")
        SIDE = "side", _("Side")
        AWAY = "away", _("Further away")

    class Side(models.TextChoices):
        # The person's own side, whichever way the view faces.
        NONE = "", _("Middle (one region)")
        RIGHT = "right", _("Right")
        LEFT = "left", _("Left")

    class Align(models.TextChoices):
        START = "start", _("Label right of the point")
        END = "end", _("Label left of the point")

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        unique=True, help_text=_("The region's URL: /pain-map/<this>/. The same in every language.")
    )
    view = models.CharField(_("view"), max_length=5, choices=View.choices, default=View.FRONT)
    side = models.CharField(
        _("side"),
        max_length=5,
        choices=Side.choices,
        default=Side.NONE,
        blank=True,
        help_text=_(
            "The person’s own side. A place with two sides is two regions, "
            "slugs ending in “-right” and “-left”, opening the same guide."
        ),
    )
    shape = models.TextField(
        _("shape"),
        blank=True,
        validators=[validate_path_data],
        help_text=_(
            "SVG path data in the map's 300 × 320 canvas, every part closed with Z. "
            "Not needed for “further away”, which is a plain link under the map."
        ),
    )
    label_x = models.PositiveSmallIntegerField(
        _("number x"), default=0, help_text=_("Where its number sits on the map.")
    )
    label_y = models.PositiveSmallIntegerField(_("number y"), default=0)
    anchor_x = models.PositiveSmallIntegerField(_("leader line end x"), default=0)
    anchor_y = models.PositiveSmallIntegerField(_("leader line end y"), default=0)
    align = models.CharField(_("label side"), max_length=5, choices=Align.choices, default=Align.START)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    teaser = models.CharField(_("teaser"), max_length=200, help_text=_("One line shown when a reader picks it."))
    guide = models.ForeignKey(
        "conditions.Guide",
        verbose_name=_("guide"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="regions",
        help_text=_("Left empty, or unpublished, the region shows “guide coming soon”."),
    )

    objects = RegionQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("painmap:region_detail", kwargs={"slug": self.slug})

    def clean(self):
        if self.view != self.View.AWAY and not self.shape:
            raise ValidationError({"shape": _("A region on the body needs a shape.")})
        if self.side and not (self.slug or "").endswith(f"-{self.side}"):
            raise ValidationError(
                {"slug": _("A region on one side needs a slug ending in “-%(side)s”.") % {"side": self.side}}
            )
        if self.label_x > CANVAS_WIDTH or self.label_y > CANVAS_HEIGHT:
            raise ValidationError({"label_x": _("Put the number inside the 300 × 320 canvas.")})

    @property
    def place(self):
        """The place this region is one side of: its slug without "-right" or "-left"."""
        return self.slug.removesuffix(f"-{self.side}") if self.side else self.slug

    @property
    def side_name(self):
        """The region's name with its side, as a reader hears it: "Upper buttock, right side"."""
        if self.side == self.Side.RIGHT:
            return _("%(name)s, right side") % {"name": self.name}
        if self.side == self.Side.LEFT:
            return _("%(name)s, left side") % {"name": self.name}
        return self.name

    @property
    def open_guide(self):
        """The guide a reader can open from here, or None while it is coming."""
        guide = self.guide if self.guide_id else None
        return guide if guide and guide.is_published and not guide.is_archived else None

    @property
    def guide_url(self):
        """The guide's address, saying which side the reader chose (None while it is coming)."""
        from .places import guide_url

        return guide_url(self)
