from django.contrib import admin
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from conditions.admin import ContentAdmin

from .models import CANVAS_HEIGHT, CANVAS_WIDTH, Region
from .outlines import OUTLINES


@admin.register(Region)
class RegionAdmin(ContentAdmin):
    list_display = ("name", "view", "side", "order", "is_published", "guide", "guide_status")
    list_editable = ("order",)
    list_filter = ("is_published", "view", "side", "guide__is_published")
    list_select_related = ("guide",)
    search_fields = ("name", "teaser", "slug")
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("guide",)
    readonly_fields = ("preview",)
    fieldsets = (
        (None, {"fields": ("name", "slug", "is_published", "teaser", "guide", ("view", "side"), "order")}),
        (
            _("Shape on the map"),
            {"fields": ("shape", "preview", ("label_x", "label_y"), ("anchor_x", "anchor_y"))},
        ),
    )

    class Media:
        js = ("js/region_preview.js",)
        css = {"all": ("admin_site/region_preview.css",)}

    @admin.display(description=_("guide status"))
    def guide_status(self, obj):
        return _("published") if obj.open_guide else _("guide coming soon")

    @admin.display(description=_("preview"))
    def preview(self, obj):
        """The shape drawn on its view's outline; region_preview.js redraws it as the editor types."""
        outlines = format_html_join(
            "",
            '<g class="region-preview__outline" data-view="{}"{}>{}</g>',
            (
                (
                    view,
                    "" if view == (obj.view or Region.View.FRONT) else mark_safe(" hidden"),
                    mark_safe(markup),  # noqa: S308 -- the site's own drawing (painmap/drawing.py), never content
                )
                for view, markup in OUTLINES.items()
            ),
        )
        return format_html(
            '<svg viewBox="0 0 {} {}" width="300" height="320" class="region-preview" role="img" aria-label="{}">'
            '<rect class="region-preview__canvas" width="{}" height="{}"/>{}'
            '<path class="region-preview__shape" d="{}"/>'
            '<circle class="region-preview__number" cx="{}" cy="{}" r="11"/></svg>'
            '<p class="help region-preview__help">{}</p>',
            CANVAS_WIDTH,
            CANVAS_HEIGHT,
            _("The region on its view of the body"),
            CANVAS_WIDTH,
            CANVAS_HEIGHT,
            outlines,
            obj.shape or "",
            obj.label_x,
            obj.label_y,
            _("Redrawn as you type the shape, the number's place or the view; nothing is saved until you save."),
        )
