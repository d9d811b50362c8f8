from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from conditions.admin import ContentAdmin

from .models import Region


@admin.register(Region)
class RegionAdmin(ContentAdmin):
    list_display = ("name", "view", "order", "is_published", "guide", "guide_status")
    list_editable = ("order",)
    list_filter = ("is_published", "view", "guide__is_published")
    list_select_related = ("guide",)
    search_fields = ("name", "teaser", "slug")
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("guide",)
    readonly_fields = ("preview",)
    fieldsets = (
        (None, {"fields": ("name", "slug", "is_published", "teaser", "guide", "view", "order")}),
        (
            _("Shape on the map"),
            {"fields": ("shape", "preview", ("label_x", "label_y", "align"), ("anchor_x", "anchor_y"))},
        ),
    )

    @admin.display(description=_("guide status"))
    def guide_status(self, obj):
        return _("published") if obj.open_guide else _("guide coming soon")

    @admin.display(description=_("preview"))
    def preview(self, obj):
        if not obj.shape:
            return "—"
        return format_html(
            '<svg viewBox="0 0 300 320" width="150" height="160" class="region-preview" aria-hidden="true">'
            '<rect width="300" height="320" fill="#f5f2ec"/><path d="{}" fill="#0b6e69" fill-opacity="0.35" '
            'stroke="#0b6e69"/></svg>',
            obj.shape,
        )
