from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.core.validators import validate_image_file_extension
from django.db.models import Count, Q
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import escape, format_html, format_html_join
from django.utils.translation import get_language_info, ngettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline, TranslationTabularInline
from simple_history.admin import SimpleHistoryAdmin

from editorial.admin import EditorialAdmin
from editorial.drafts import PreviewAdminMixin
from editorial.guardrails import CitedFiguresFormSet, GuardrailAdminMixin, SavedFiguresFormSet, register_link_check
from editorial.review import ReviewFilter
from editorial.roles import RoleInlineMixin

from .models import (
    FIGURE_IMAGE_ERROR,
    RESOURCE_FILE_TYPES,
    Article,
    CareCard,
    CauseCategory,
    CauseSection,
    CommonCondition,
    Condition,
    Figure,
    Guide,
    RedFlag,
    Resource,
    Snippet,
)
from .views import all_sections_context, article_context, resource_context

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


class ContentAdmin(EditorialAdmin, GuardrailAdminMixin, RightToLeftMixin, SimpleHistoryAdmin, TabbedTranslationAdmin):
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
        if not self.has_recover_deleted_permission(request):
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


class FigureFormSet(CitedFiguresFormSet):
    """A tab's figures: every one its text cites or places is kept."""

    text_fields = ("body", "professional_can", "note")


class FigureInline(RoleInlineMixin, RightToLeftMixin, TranslationStackedInline):
    model = Figure
    form = FigureForm
    formset = FigureFormSet
    extra = 0
    fields = ("number", "order", "caption", "alt_text", "image", "illustration", "preview")
    readonly_fields = ("preview",)

    @admin.display(description=_("preview"))
    def preview(self, obj):
        return preview(obj)


class CommonConditionInline(RoleInlineMixin, RightToLeftMixin, TranslationTabularInline):
    model = CommonCondition
    extra = 0
    fields = ("order", "text", "category", "link_text")


class CareCardInline(RoleInlineMixin, RightToLeftMixin, TranslationStackedInline):
    """The guide's "get help now" cards, at most one per level, on the guide's own form."""

    model = CareCard
    extra = 0
    max_num = len(CareCard.Level)
    fields = ("level", "order", "red_flags", "symptoms", "awaiting_review")
    autocomplete_fields = ("red_flags",)
    verbose_name = _("urgent-care card")
    verbose_name_plural = _("urgent-care cards (shown above the tabs)")


class TabsFormSet(SavedFiguresFormSet):
    """The tabs on a guide's form: each changed one cites and places only the figures it has."""

    text_fields = FigureFormSet.text_fields


class CauseSectionInline(RoleInlineMixin, RightToLeftMixin, TranslationStackedInline):
    """The tabs' text on the guide's own form, so that Preview shows the whole guide as typed."""

    model = CauseSection
    formset = TabsFormSet
    extra = 0
    fields = ("category", "is_published", "heading", "summary", "body", "professional_can", "note")
    show_change_link = True  # figures are edited on the tab's own page
    classes = ["collapse"]
    verbose_name = _("tab")
    verbose_name_plural = _("tabs (their figures are on each tab's own page)")


class ArchivedFilter(admin.SimpleListFilter):
    """Archived guides are out of the way unless asked for: the list opens on the guides in use."""

    title = _("archived")
    parameter_name = "archived"

    def lookups(self, request, model_admin):
        return [("no", _("No")), ("yes", _("Yes")), ("all", _("All"))]

    def value(self):
        return super().value() if super().value() in ("yes", "all") else "no"

    def choices(self, changelist):
        for lookup, title in self.lookup_choices:
            yield {
                "selected": self.value() == lookup,
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }

    def queryset(self, request, queryset):
        if self.value() == "all":
            return queryset
        return queryset.filter(is_archived=self.value() == "yes")


@admin.register(Guide)
class GuideAdmin(PreviewAdminMixin, ContentAdmin):
    """Guides are never deleted, by anyone: they are archived, and restored from the archive as drafts."""

    list_display = (
        *("title", "slug", "is_published", "awaiting_review", "last_reviewed", "next_review", "updated_at"),
        "grade",
        "is_archived",
        "feedback_counts",
    )
    list_filter = (ArchivedFilter, ReviewFilter, "is_published", "awaiting_review", "next_review")
    search_fields = ("title", "intro", "slug")
    prepopulated_fields = {"slug": ("title",)}
    inlines = [CareCardInline, CommonConditionInline, CauseSectionInline]
    readonly_fields = ("tabs", "is_archived")
    actions = ["archive", "restore_from_archive", "mark_reviewed"]
    fieldsets = (
        (None, {"fields": ("title", "slug", "is_published", "is_archived", "intro", "snippet")}),
        (_("Lists under the introduction"), {"fields": ("common_conditions_heading", "related_heading")}),
        (_("Tabs"), {"fields": ("tabs",)}),
        (
            _("Review and search engines"),
            {"fields": ("awaiting_review", "last_reviewed", "reviewer", "next_review", "meta_description")},
        ),
    )

    def has_delete_permission(self, request, obj=None):
        # Deleting a guide would take its tabs, figures and map links with it: archive it instead.
        return False

    def get_queryset(self, request):
        # Readers' "Was this helpful?" answers, counted in the list's own query.
        return (
            super()
            .get_queryset(request)
            .annotate(
                helpful_count=Count("feedback", filter=Q(feedback__helpful=True), distinct=True),
                unhelpful_count=Count("feedback", filter=Q(feedback__helpful=False), distinct=True),
            )
        )

    @admin.display(description=_("feedback"), ordering="-unhelpful_count")
    def feedback_counts(self, obj):
        """👍 and 👎 counts, each a link to those answers and their comments."""
        answers = reverse("admin:feedback_tabfeedback_changelist")
        return format_html(
            '<a href="{}?guide__id__exact={}&amp;helpful__exact=1">👍 {}</a> · '
            '<a href="{}?guide__id__exact={}&amp;helpful__exact=0">👎 {}</a>',
            *(answers, obj.pk, obj.helpful_count),
            *(answers, obj.pk, obj.unhelpful_count),
        )

    @admin.action(description=_("Archive the selected guides (off the site, nothing deleted)"), permissions=["change"])
    def archive(self, request, queryset):
        count = queryset.archive(by=request.user)
        self.message_user(
            request,
            ngettext(
                "%(count)d guide archived: it is off the site and its map regions show “guide coming soon”.",
                "%(count)d guides archived: they are off the site and their map regions show “guide coming soon”.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )

    # Bringing back is recovering (editorial.recover_deleted, see editorial/roles.py); archiving loses nothing.
    @admin.action(
        description=_("Restore the selected guides from the archive (as drafts)"), permissions=["recover_deleted"]
    )
    def restore_from_archive(self, request, queryset):
        count = queryset.restore_from_archive(by=request.user)
        self.message_user(
            request,
            ngettext(
                "%(count)d guide restored from the archive as a draft: a reviewer publishes it again.",
                "%(count)d guides restored from the archive as drafts: a reviewer publishes them again.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )

    def render_preview(self, request, guide, formsets):
        """The all-sections page of the guide and its tabs as typed in the form, saved or not."""
        by_model = {formset.model: formset for formset in formsets}
        # Inlines a user may not see are not in the form: their saved rows stand instead.
        if CauseSection in by_model:
            sections = [s for s in self.kept_instances(by_model[CauseSection]) if s.category_id]
        else:
            sections = list(guide.sections.select_related("category")) if guide.pk else []
        sections.sort(key=lambda s: (s.category.order, s.category_id))
        if CommonCondition in by_model:
            common = [c for c in self.kept_instances(by_model[CommonCondition]) if c.category_id]
        else:
            common = list(guide.common_conditions.select_related("category")) if guide.pk else []
        guide.slug = guide.slug or "preview"  # its links need one even before it has its own
        context = all_sections_context(guide, sections, common, language=request.LANGUAGE_CODE)
        return TemplateResponse(request, "conditions/guide_all.html", {**context, "preview": True})

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
    list_display = ("heading", "guide", "category", "is_published", "figure_count", "grade")
    list_filter = ("is_published", "guide", "category")
    list_select_related = ("guide", "category")
    search_fields = ("heading", "summary", "body", "guide__title")
    autocomplete_fields = ("guide",)
    inlines = [FigureInline]
    fields = ("guide", "category", "is_published", "heading", "summary", "body", "professional_can", "note")

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
    list_display = ("title", "slug", "placement", "grade")
    search_fields = ("title", "body", "slug")
    prepopulated_fields = {"slug": ("title",)}

    @admin.display(description=_("how to place it"))
    def placement(self, obj):
        return f"[[snippet {obj.slug}]]"


@admin.register(RedFlag)
class RedFlagAdmin(ContentAdmin):
    """Warning signs written once: a change here shows on every guide's card that lists the sign."""

    list_display = ("text", "slug", "order", "guides")
    search_fields = ("text", "slug")
    prepopulated_fields = {"slug": ("text",)}

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("care_cards__guide")

    @admin.display(description=_("on the cards of"))
    def guides(self, obj):
        return ", ".join(sorted({str(card.guide) for card in obj.care_cards.all()})) or "—"


@admin.register(Condition)
class ConditionAdmin(ContentAdmin):
    list_display = ("name", "other_names", "section")
    list_filter = ("section__guide", "section__category")
    list_select_related = ("section__guide", "section__category")
    search_fields = ("name", "other_names", "summary")
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("section",)


class ReadingAdmin(PreviewAdminMixin, ContentAdmin):
    """Articles and resources: drafts, preview, locking, review marker and history, as guides have."""

    list_filter = ("is_published", "awaiting_review", "related_guides")
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("related_guides",)
    date_hierarchy = "published_on"
    preview_template = ""

    def render_preview(self, request, obj, formsets):
        """The public page as the form stands, saved or not."""
        obj.slug = obj.slug or "preview"  # its links need one even before it has its own
        context = self.preview_context(obj, language=request.LANGUAGE_CODE)
        return TemplateResponse(request, self.preview_template, {**context, "preview": True})


@admin.register(Article)
class ArticleAdmin(ReadingAdmin):
    list_display = ("title", "slug", "published_on", "is_published", "awaiting_review", "updated_at", "grade")
    search_fields = ("title", "summary", "body", "slug")
    preview_template = "conditions/article_detail.html"
    fieldsets = (
        (None, {"fields": ("title", "slug", "is_published", "published_on", "summary", "body")}),
        (_("Where it is listed"), {"fields": ("related_guides",)}),
        (_("Review and search engines"), {"fields": ("awaiting_review", "meta_description")}),
    )

    def preview_context(self, obj, *, language):
        return article_context(obj, language=language)


class ResourceForm(forms.ModelForm):
    """The file picker offers only the files a resource takes."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if file := self.fields.get("file"):
            file.widget.attrs["accept"] = ",".join(f".{extension}" for extension in RESOURCE_FILE_TYPES)


@admin.register(Resource)
class ResourceAdmin(ReadingAdmin):
    form = ResourceForm
    list_display = ("title", "kind", "slug", "published_on", "is_published", "awaiting_review", "updated_at", "grade")
    list_filter = ("kind", *ReadingAdmin.list_filter)
    search_fields = ("title", "summary", "description", "slug")
    readonly_fields = ("file_size",)
    preview_template = "conditions/resource_detail.html"
    fieldsets = (
        (None, {"fields": ("kind", "title", "slug", "is_published", "published_on", "summary", "description")}),
        (
            _("The file or the course"),
            {
                "fields": ("file", "file_size", "link"),
                "description": _("A downloadable file needs its file; a course needs the address of its page."),
            },
        ),
        (_("Where it is listed"), {"fields": ("related_guides",)}),
        (_("Review and search engines"), {"fields": ("awaiting_review", "meta_description")}),
    )

    def preview_context(self, obj, *, language):
        return resource_context(obj, language=language)


def _guide_exists(slug):
    return Guide.objects.filter(slug=slug).exists()


def _tab_exists(slug, category):
    return CauseSection.objects.filter(guide__slug=slug, category__slug=category).exists()


# A link in rich text to a guide or tab that does not exist warns the editor who saves it.
register_link_check("conditions:guide_detail", _guide_exists)
register_link_check("conditions:guide_all", _guide_exists)
register_link_check("conditions:guide_tab", _tab_exists)
register_link_check("conditions:article_detail", lambda slug: Article.objects.filter(slug=slug).exists())
register_link_check("conditions:resource_detail", lambda slug: Resource.objects.filter(slug=slug).exists())
