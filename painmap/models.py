import re

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from editorial.models import Publishable, Versioned

# SVG path data: commands, numbers, separators; nothing that could carry markup.
PATH_DATA = re.compile(r"^[MmLlHhVvCcSsQqTtAaZz0-9eE.,\s+-]+$")


def validate_path_data(value):
    if not PATH_DATA.match(value or ""):
        raise ValidationError(_("Use SVG path data only (M, L, C, Z … and numbers)."))


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

    class Align(models.TextChoices):
        START = "start", _("Label right of the point")
        END = "end", _("Label left of the point")

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        unique=True, help_text=_("The region's URL: /pain-map/<this>/. The same in every language.")
    )
    view = models.CharField(_("view"), max_length=5, choices=View.choices, default=View.FRONT)
    shape = models.TextField(
        _("shape"),
        blank=True,
        validators=[validate_path_data],
        help_text=_(
            "SVG path data in the map's 300 × 320 canvas; several sub-paths for both sides. "
            "Not needed for “further away”, which is a plain link under the map."
        ),
    )
    label_x = models.PositiveSmallIntegerField(_("label x"), default=0)
    label_y = models.PositiveSmallIntegerField(_("label y"), default=0)
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

    @property
    def open_guide(self):
        """The guide a reader can open from here, or None while it is coming."""
        guide = self.guide if self.guide_id else None
        return guide if guide and guide.is_published and not guide.is_archived else None

    @property
    def label_lines(self):
        """The name broken into lines of about 14 characters, for the SVG label."""
        lines, line = [], ""
        for word in self.name.split():
            if line and len(line) + 1 + len(word) > 14:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        return [*lines, line] if line else lines
