"""The translator's desk in the admin.

"Translation states" on the admin index opens the dashboard: per language the share of
fields and words in each state (a bar each), then the work list (filtered by language,
state and model, newest English change first), each row a link to the object's form with
that language's tab selected. The desk also downloads and uploads exchange files, marks
translations reviewed, and answers the change forms' script (static/translations/desk.js)
with each field's state, English, difference and memory suggestions.
"""

from django.contrib import admin, messages
from django.contrib.admin.options import get_content_type_for_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from editorial.history import readable_text, word_diff

from . import exchange, memory
from .dashboard import counts, language_choices, language_name
from .forms import ExportForm, ImportForm, WorkListForm
from .models import State, TranslationState
from .states import SOURCE, column, mark_reviewed, target_languages, translated_field_names, translated_models, unit_id

REVIEW = "translations.review_translation"
EXCHANGE = "translations.exchange_translations"
PER_PAGE = 50
STATE_MARKS = {State.MISSING: "○", State.DRAFT: "✎", State.OUTDATED: "⚠", State.REVIEWED: "✓"}


def translation_url(admin_site, obj, field, language):
    """The admin form of `obj` (or of the object whose form holds it inline) with `language`'s tab of `field` open."""
    fragment = f"#translate={language}:{field}:{obj.pk}"
    model = type(obj)
    if model in admin_site._registry:
        opts = model._meta
        try:
            return reverse(f"{admin_site.name}:{opts.app_label}_{opts.model_name}_change", args=[obj.pk]) + fragment
        except NoReverseMatch:
            pass
    for parent_model, model_admin in admin_site._registry.items():
        for inline in model_admin.inlines:
            if inline.model is not model:
                continue
            for fk in model._meta.get_fields():
                if getattr(fk, "many_to_one", False) and fk.related_model is parent_model:
                    parent_pk = getattr(obj, fk.attname)
                    opts = parent_model._meta
                    return (
                        reverse(f"{admin_site.name}:{opts.app_label}_{opts.model_name}_change", args=[parent_pk])
                        + fragment
                    )
    return ""


@admin.register(TranslationState)
class TranslationStateAdmin(admin.ModelAdmin):
    """The dashboard stands in for the change list; states change only through the desk."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            *self.desk_urls(wrap),
            *super().get_urls(),
        ]

    def desk_urls(self, wrap):
        return [
            path("export/", wrap(self.export_view), name="translations_export"),
            path("import/", wrap(self.import_view), name="translations_import"),
            path("review/", wrap(self.review_view), name="translations_review"),
            path(
                "desk/<str:app_label>/<str:model_name>/<str:object_id>/", wrap(self.desk_view), name="translations_desk"
            ),
        ]

    # The dashboard

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_permission(request):
            raise PermissionDenied
        models = translated_models()
        model_choices = [
            (f"{m._meta.app_label}.{m._meta.model_name}", str(m._meta.verbose_name).capitalize()) for m in models
        ]
        form = WorkListForm(request.GET or None, languages=language_choices(), models=model_choices)
        rows = TranslationState.objects.for_work_list()
        if form.is_valid():
            data = form.cleaned_data
            if data.get("language"):
                rows = rows.filter(language=data["language"])
            if data.get("state"):
                rows = rows.filter(state=data["state"])
            if data.get("model"):
                app_label, model_name = data["model"].split(".")
                rows = rows.filter(content_type__app_label=app_label, content_type__model=model_name)
        else:
            rows = rows.exclude(state=State.REVIEWED)
        page = Paginator(rows, PER_PAGE).get_page(request.GET.get("page"))
        context = {
            **self.admin_site.each_context(request),
            **(extra_context or {}),
            "title": _("Translations"),
            "opts": self.model._meta,
            "languages": counts(),
            "form": form,
            "page": page,
            "items": self.work_items(page.object_list),
            "marks": STATE_MARKS,
            "query": _query_without_page(request),
            "may_review": request.user.has_perm(REVIEW),
            "may_exchange": request.user.has_perm(EXCHANGE),
            "export_form": ExportForm(languages=language_choices()),
        }
        return TemplateResponse(request, "admin/translations/dashboard.html", context)

    def work_items(self, rows):
        """Each row with its object (one query per model on the page) and its link."""
        rows = list(rows)
        wanted = {}
        for row in rows:
            wanted.setdefault(row.content_type, set()).add(row.object_id)
        objects = {}
        for content_type, ids in wanted.items():
            model = content_type.model_class()
            if model is not None:
                for obj in model._base_manager.filter(pk__in=ids):
                    objects[(content_type.pk, str(obj.pk))] = obj
        items = []
        for row in rows:
            obj = objects.get((row.content_type_id, row.object_id))
            if obj is None:
                continue
            items.append(
                {
                    "row": row,
                    "object": obj,
                    "model": str(obj._meta.verbose_name).capitalize(),
                    "field": str(obj._meta.get_field(row.field).verbose_name).capitalize(),
                    "language_name": language_name(row.language),
                    "url": translation_url(self.admin_site, obj, row.field, row.language),
                }
            )
        return items

    # Marking reviewed

    @staticmethod
    def _back(request, fallback):
        target = request.POST.get("next", "")
        if url_has_allowed_host_and_scheme(
            target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            return target
        return fallback

    def review_view(self, request):
        if request.method != "POST":
            return HttpResponseBadRequest()
        if not request.user.has_perm(REVIEW):
            raise PermissionDenied
        wants_json = request.headers.get("Accept", "").startswith("application/json")
        try:
            row = TranslationState.objects.select_related("content_type").get(pk=int(request.POST.get("state", "")))
        except (TranslationState.DoesNotExist, ValueError):
            if wants_json:
                return JsonResponse({"error": _("No such translation.")}, status=404)
            messages.error(request, _("No such translation."))
            return HttpResponseRedirect(self._back(request, reverse("admin:translations_translationstate_changelist")))
        done = mark_reviewed(row, by=request.user)
        message = (
            _("Marked reviewed: %(unit)s in %(language)s.")
            % {"unit": row.unit_id, "language": language_name(row.language)}
            if done
            else _("There is no translation to review yet.")
        )
        if wants_json:
            return JsonResponse({"ok": done, "message": message, "state": row.state}, status=200 if done else 400)
        (messages.success if done else messages.error)(request, message)
        return HttpResponseRedirect(self._back(request, reverse("admin:translations_translationstate_changelist")))

    # Files for outside translators

    def export_view(self, request):
        if not request.user.has_perm(EXCHANGE):
            raise PermissionDenied
        form = ExportForm(request.GET or None, languages=language_choices())
        if not form.is_valid():
            messages.error(request, _("Choose a language and a format to download."))
            return HttpResponseRedirect(reverse("admin:translations_translationstate_changelist"))
        data = form.cleaned_data
        body = exchange.export(data["language"], data["format"], include_all=data["include_all"])
        content_type = "application/x-xliff+xml" if data["format"] == "xliff" else "text/x-gettext-translation"
        response = HttpResponse(body, content_type=f"{content_type}; charset=utf-8")
        response["Content-Disposition"] = (
            f'attachment; filename="{exchange.filename(data["language"], data["format"])}"'
        )
        return response

    def import_view(self, request):
        if not request.user.has_perm(EXCHANGE):
            raise PermissionDenied
        report = error = None
        if request.method == "POST":
            # The size is checked before the upload is read or parsed.
            upload = request.FILES.get("file")
            if upload is not None and upload.size > exchange.MAX_BYTES:
                form = ImportForm(request.POST, languages=language_choices())
                error = _("The file is larger than 20 MB.")
            else:
                form = ImportForm(request.POST, request.FILES, languages=language_choices())
                if form.is_valid():
                    try:
                        report = exchange.import_file(
                            form.cleaned_data["file"].read(),
                            expected_language=form.cleaned_data["language"],
                            user=request.user,
                        )
                    except exchange.Refused as refused:
                        error = str(refused)
        else:
            form = ImportForm(languages=language_choices())
        context = {
            **self.admin_site.each_context(request),
            "title": _("Import translations"),
            "opts": self.model._meta,
            "form": form,
            "report": report,
            "error": error,
        }
        return TemplateResponse(request, "admin/translations/import.html", context, status=400 if error else 200)

    # What a change form's script asks for

    def desk_view(self, request, app_label, model_name, object_id):
        content_type = get_object_or_404(ContentType, app_label=app_label, model=model_name)
        model = content_type.model_class()
        model_admin = self.admin_site._registry.get(model)
        if model is None or model_admin is None:
            return JsonResponse({"error": "not found"}, status=404)
        obj = model_admin.get_object(request, object_id)
        if obj is None or not model_admin.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        inlines = {}
        for inline in model_admin.get_inline_instances(request, obj):
            if not translated_field_names(inline.model):
                continue
            prefix = inline.get_formset(request, obj).get_default_prefix()
            fk = next(
                f
                for f in inline.model._meta.get_fields()
                if getattr(f, "many_to_one", False) and f.related_model is model
            )
            children = inline.model._base_manager.filter(**{fk.name: obj})
            inlines[prefix] = {str(child.pk): self.describe(child) for child in children}
        return JsonResponse(
            {
                "object": self.describe(obj),
                "inlines": inlines,
                "languages": {code: language_name(code) for code in [SOURCE, *target_languages()]},
                "labels": {
                    **{state.value: str(state.label) for state in State},
                    "english": _("English"),
                    "changed": _("What changed in the English since this was translated"),
                    "suggestions": _("Suggestions from the translation memory"),
                    "exact": _("exact match"),
                    "fuzzy": _("fuzzy match"),
                    "use": _("Use this"),
                    "used": _("Suggestion put in the field: check it, then save."),
                    "review": _("Mark reviewed"),
                    "reviewed_now": _("Marked reviewed."),
                    "state": _("State"),
                    "paragraph": _("for a paragraph or list item"),
                },
                "review_url": reverse("admin:translations_review") if request.user.has_perm(REVIEW) else "",
            }
        )

    def describe(self, obj):
        """Each translated field of `obj`: per language its state, the English, the difference, suggestions."""
        rows = {(r.field, r.language): r for r in TranslationState.objects.for_object(obj)}
        fields = {}
        for name in translated_field_names(type(obj)):
            english = getattr(obj, column(name, SOURCE), "") or ""
            languages = {}
            for language in target_languages():
                row = rows.get((name, language))
                if row is None:
                    continue
                entry = {"id": row.pk, "state": row.state, "mark": STATE_MARKS[row.state]}
                if row.state == State.OUTDATED:
                    entry["diff"] = str(word_diff(readable_text(row.source_text), readable_text(english)))
                if row.state in (State.MISSING, State.OUTDATED):
                    entry["suggestions"] = [
                        s.as_json() for s in memory.suggest(english, language, exclude_origin=unit_id(obj, name))
                    ]
                languages[language] = entry
            fields[name] = {"english": readable_text(english), "languages": languages}
        return {"content_type": get_content_type_for_model(obj).pk, "pk": str(obj.pk), "fields": fields}


def _query_without_page(request):
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()
