from django import forms
from django.conf import settings
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.core.validators import validate_image_file_extension
from django.db.models import Count
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import escape, format_html, format_html_join
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline, TranslationTabularInline
from simple_history.admin import SimpleHistoryAdmin

from editorial.admin import EditorialAdmin

from .models import (
    FIGURE_IMAGE_ERROR,
    CauseCategory,
    CauseSection,
    CommonCondition,
    Condition,
    Figure,
    Guide,
    Snippet,
)

RTL_SUFFIXES = tuple(
    "_" + code.replace("-", "_") for code, _name in settings.LANGUAGES if get_language_info(code)["bidi"]
)


class RightToLeftMixin:
    """Inputs for right-to-left languages (Arabic) are written right to left; help texts are plain text."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if field is not None and db_field.name.endswith(RTL_SUFFIXES):
            field.widget.attrs["dir"] = "rtl"
        if field is not None and field.help_text:
            # The admin prints help texts as HTML: "/pain/<this>/" would lose its "<this>".
            field.help_text = escape(field.help_text)
        return field


class ContentAdmin(EditorialAdmin, RightToLeftMixin, SimpleHistoryAdmin, TabbedTranslationAdmin):
    """Translated, versioned content: every save is kept, any version can be restored,
    and deleted objects are listed on their own page to be brought back."""

    change_list_template = "admin/content_change_list.html"

    class Media:
        css = {"all": ["admin_site/admin.css"]}

    def get_urls(self):
        opts = self.model._meta
        extra = [
            path(
                "deleted/",
                self.admin_site.admin_view(self.deleted_view),
                name=f"{opts.app_label}_{opts.model_name}_deleted",
            )
        ]
        return extra + super().get_urls()

    def deleted_view(self, request):
        if not self.has_change_permission(request):
            raise PermissionDenied
        opts = self.model._meta
        history = self.model.history
        existing = self.model._default_manager.values("pk")
        # The last record of each deleted object is its deletion; its history page restores it.
        records = (history.filter(history_type="-").exclude(id__in=existing).select_related("history_user")).order_by(
            "-history_date"
        )[:200]
        context = {
            **self.admin_site.each_context(request),
            "title": _("Deleted %(name)s") % {"name": opts.verbose_name_plural},
            "opts": opts,
            "records": records,
        }
        return TemplateResponse(request, "admin/content_deleted.html", context)


def preview(figure, height=120):
    url = figure.url if figure else ""
    if not url:
        return "—"
    return format_html('<img src="{}" alt="" height="{}" class="figure-preview">', url, height)


class FigureForm(forms.ModelForm):
    """A picker that offers only the pictures a figure takes, and one clear message for any other."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if image := self.fields.get("image"):
            image.widget.attrs["accept"] = "image/png,image/jpeg,image/webp"
            image.error_messages["invalid_image"] = FIGURE_IMAGE_ERROR
            # The model's validator says which extensions; this one would list Pillow's many.
            image.validators = [v for v in image.validators if v is not validate_image_file_extension]

    def clean_image(self):
        image = self.cleaned_data.get("image")
        # Checked by Pillow: a GIF or BMP named .png is refused too.
        checked = getattr(image, "image", None)
        if checked is not None and checked.format not in ("PNG", "JPEG", "WEBP"):
            raise forms.ValidationError(FIGURE_IMAGE_ERROR, code="invalid_image")
        return image


class FigureInline(RightToLeftMixin, TranslationStackedInline):
    model = Figure
    form = FigureForm
    extra = 0
    fields = ("number", "order", "caption", "alt_text", "image", "illustration", "preview")
    readonly_fields = ("preview",)

    @admin.display(description=_("preview"))
    def preview(self, obj):
        return preview(obj)


class CommonConditionInline(RightToLeftMixin, TranslationTabularInline):
    model = CommonCondition
    extra = 0
    fields = ("order", "text", "category", "link_text")


@admin.register(Guide)
class GuideAdmin(ContentAdmin):
    list_display = ("title", "slug", "is_published", "awaiting_review", "last_reviewed", "next_review", "updated_at")
    list_filter = ("is_published", "awaiting_review", "next_review")
    search_fields = ("title", "intro", "slug")
    prepopulated_fields = {"slug": ("title",)}
    inlines = [CommonConditionInline]
    readonly_fields = ("tabs",)
    fieldsets = (
        (None, {"fields": ("title", "slug", "is_published", "intro", "snippet")}),
        (_("Lists under the introduction"), {"fields": ("common_conditions_heading", "related_heading")}),
        (_("Tabs"), {"fields": ("tabs",)}),
        (
            _("Review and search engines"),
            {"fields": ("awaiting_review", "last_reviewed", "next_review", "meta_description")},
        ),
    )

    @admin.display(description=_("tabs"))
    def tabs(self, obj):
        if not obj.pk:
            return _("Save the guide first, then add its tabs.")
        sections = obj.sections.select_related("category")
        rows = format_html_join(
            "",
            '<li><a href="{}">{}</a> — {}</li>',
            (
                (reverse("admin:conditions_causesection_change", args=[s.pk]), s.category.name, s.heading)
                for s in sections
            ),
        )
        add = reverse("admin:conditions_causesection_add") + f"?guide={obj.pk}"
        return format_html(
            '<ul class="guide-tabs">{}</ul><a class="addlink" href="{}">{}</a>', rows, add, _("Add a tab")
        )


@admin.register(CauseSection)
class CauseSectionAdmin(ContentAdmin):
    list_display = ("heading", "guide", "category", "figure_count")
    list_filter = ("guide", "category")
    list_select_related = ("guide", "category")
    search_fields = ("heading", "summary", "body", "guide__title")
    autocomplete_fields = ("guide",)
    inlines = [FigureInline]
    fields = ("guide", "category", "heading", "summary", "body", "professional_can", "note")

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(num_figures=Count("figures"))

    @admin.display(description=_("figures"), ordering="num_figures")
    def figure_count(self, obj):
        return obj.num_figures


@admin.register(CauseCategory)
class CauseCategoryAdmin(ContentAdmin):
    list_display = ("name", "slug", "order")
    list_editable = ("order",)
    search_fields = ("name",)
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Figure)
class FigureAdmin(ContentAdmin):
    form = FigureForm
    list_display = ("thumbnail", "number", "caption", "section")
    list_display_links = ("thumbnail", "number")
    list_filter = ("section__guide", "section__category")
    list_select_related = ("section__guide", "section__category")
    search_fields = ("caption", "alt_text", "number")
    autocomplete_fields = ("section",)
    fields = ("section", "number", "order", "caption", "alt_text", "image", "illustration", "large_preview")
    readonly_fields = ("large_preview",)

    @admin.display(description=_("preview"))
    def thumbnail(self, obj):
        return preview(obj, height=60)

    @admin.display(description=_("preview"))
    def large_preview(self, obj):
        return preview(obj, height=240)


@admin.register(Snippet)
class SnippetAdmin(ContentAdmin):
    list_display = ("title", "slug", "placement")
    search_fields = ("title", "body", "slug")
    prepopulated_fields = {"slug": ("title",)}

    @admin.display(description=_("how to place it"))
    def placement(self, obj):
        return f"[[snippet {obj.slug}]]"


@admin.register(Condition)
class ConditionAdmin(ContentAdmin):
    list_display = ("name", "other_names", "section")
    list_filter = ("section__guide", "section__category")
    list_select_related = ("section__guide", "section__category")
    search_fields = ("name", "other_names", "summary")
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("section",)
