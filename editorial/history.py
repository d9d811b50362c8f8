"""History: every save kept with who, when and why; any two versions compared and restored.

simple-history keeps one record per save with every language's column (it is registered
after modeltranslation). Here the change form gets a "What did you change?" field whose
text, or else a summary of the fields changed, becomes the record's reason; and the
history page compares any two versions, one row per field that differs, in every
language, as readable text with a word-level diff, and links to restoring either.
"""

import datetime
import difflib
import re
from html.parser import HTMLParser

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db import models
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.text import Truncator, capfirst
from django.utils.translation import get_language_info, gettext_lazy
from django.utils.translation import gettext as _
from modeltranslation.translator import NotRegistered, translator

from .locking import LOCK_FIELD, readonly_declared_fields, without_fields

REASON_FIELD = "change_reason"
REASON_MAX_LENGTH = 100  # simple-history's history_change_reason column

# Rich text read as text: each of these starts a line of its own.
BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "ol", "p", "pre",
    "section", "table", "tr", "ul",
}  # fmt: skip
LOOKS_LIKE_HTML = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9]*|/[a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?/?>")
# Words, one token each; Chinese and Japanese have no spaces, so each of their characters is a word.
CJK = "\u2e80-\u9fff\u3040-\u30ff\uac00-\ud7af\uf900-\ufaff"
TOKENS = re.compile(rf"\n|[^\S\n]+|[{CJK}]|(?:[^\W{CJK}]|[\u0300-\u036f\u064b-\u065f\u0670])+|[^\w\s]")


class _ReadableText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "li":
            self.parts.append("\n• ")
        elif tag in BLOCK_TAGS or tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(re.sub(r"\s+", " ", data))


def readable_text(value):
    """Text as a reader sees it: rich text loses its tags and puts each block on a line of its own."""
    text = str(value).replace("\r\n", "\n")
    if LOOKS_LIKE_HTML.search(text):
        parser = _ReadableText()
        parser.feed(text)
        parser.close()
        text = "".join(parser.parts)
    lines = (re.sub(r"[^\S\n]+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def tokens(text):
    """The words, spaces and punctuation of `text`, which join back into it."""
    return TOKENS.findall(text)


def word_diff(old, new):
    """HTML of `new` against `old`, word by word: deletions in <del>, insertions in <ins>."""
    a, b = tokens(old), tokens(new)
    opcodes = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    pieces = []
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        old_text, new_text = "".join(a[i1:i2]), "".join(b[j1:j2])
        # A lone space kept between two changes reads better as part of one change.
        changed = tag != "equal" or (not old_text.strip() and 0 < index < len(opcodes) - 1)
        if changed and pieces and pieces[-1][0]:
            pieces[-1] = (True, pieces[-1][1] + old_text, pieces[-1][2] + new_text)
        else:
            pieces.append((changed, old_text, new_text))
    # " repeated" inserted before " stress" reads better as "repeated " before "stress": slide it.
    for index in range(1, len(pieces) - 1):
        (before, equal, _same), (changed, old_text, new_text), (after, following, _same) = pieces[index - 1 : index + 2]
        text = new_text or old_text
        pure = changed and not before and not after and not (old_text and new_text)
        if pure and text[:1].isspace() and following[:1] == text[:1]:
            slid = text[1:] + text[0]
            pieces[index - 1] = (False, equal + text[0], equal + text[0])
            pieces[index] = (True, slid if old_text else "", slid if new_text else "")
            pieces[index + 1] = (False, following[1:], following[1:])
    deleted, inserted = _("deleted:"), _("inserted:")
    html = []
    for changed, old_text, new_text in pieces:
        if not changed:
            html.append(escape(old_text))
            continue
        if old_text:
            html.append(format_html('<del><span class="visually-hidden">{} </span>{}</del>', deleted, old_text))
        if new_text:
            html.append(format_html('<ins><span class="visually-hidden">{} </span>{}</ins>', inserted, new_text))
    return mark_safe("".join(html))  # noqa: S308 -- every piece escaped above


def _languages():
    return {code: str(name) for code, name in settings.LANGUAGES}


def compared_fields(model):
    """(label, field, language) for each field an editor writes, every language's column in turn."""
    try:
        translated = translator.get_options_for_model(model).all_fields
    except NotRegistered:
        translated = {}
    columns = {column.name for fields in translated.values() for column in fields}
    order = list(_languages())
    for field in model._meta.concrete_fields:
        if field.primary_key or not field.editable or field.name in columns:
            continue
        if field.name not in translated:
            yield capfirst(field.verbose_name), field, None
            continue
        for column in sorted(translated[field.name], key=lambda c: order.index(c.language)):
            label = _("%(field)s (%(language)s)") % {
                "field": capfirst(field.verbose_name),
                "language": _languages()[column.language],
            }
            yield label, column, column.language


def display_value(record, field):
    """A field of a historical record as an editor reads it."""
    value = getattr(record, field.attname)
    if value is None or value == "":
        return ""
    if field.is_relation:
        try:
            return str(getattr(record, field.name))
        except ObjectDoesNotExist:  # pointed at something deleted since
            return f"#{value}"
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(field, models.BooleanField):
        return _("Yes") if value else _("No")
    if isinstance(value, datetime.datetime):
        return formats.date_format(timezone.localtime(value), "DATETIME_FORMAT")
    if isinstance(value, datetime.date):
        return formats.date_format(value, "DATE_FORMAT")
    return readable_text(value)


def differences(model, old, new):
    """One row per field that differs between two historical records, with its word-level diff."""
    rows = []
    for label, field, language in compared_fields(model):
        before, after = display_value(old, field), display_value(new, field)
        if before == after:
            continue
        rows.append(
            {
                "label": label,
                "name": field.name,
                "language": language,
                "direction": "rtl" if language and get_language_info(language)["bidi"] else "",
                "diff": word_diff(before, after),
            }
        )
    return rows


def field_summary_label(model, name):
    """A changed field named briefly, its language included: "body (zh-hans)"."""
    try:
        field = model._meta.get_field(name)
    except Exception:  # a form field of no model column
        return name
    original = getattr(field, "translated_field", None)
    if original is not None:
        return f"{original.verbose_name} ({field.language})"
    return str(field.verbose_name)


def change_summary(model, changed_fields):
    """What an editor changed, when they did not say: "Changed title (en), body (zh-hans)"."""
    labels = [field_summary_label(model, n) for n in changed_fields if n not in (REASON_FIELD, LOCK_FIELD)]
    if not labels:
        return _("Saved without changes")
    return _("Changed %(fields)s") % {"fields": ", ".join(labels)}


def short_reason(text):
    return Truncator(text).chars(REASON_MAX_LENGTH)


def history_of(model):
    """The simple-history manager of a model."""
    return getattr(model, model._meta.simple_history_manager_attribute)


class HistoryAdminMixin:
    """Change reasons on every save, and the comparison of any two versions from the history page."""

    change_reason_label = gettext_lazy("What did you change?")
    change_reason_help = gettext_lazy("Optional: a few words for the history. Left empty, it lists the fields changed.")

    def _saves(self, request, obj):
        return self.has_change_permission(request, obj) if obj is not None else self.has_add_permission(request)

    def get_form(self, request, obj=None, change=False, **kwargs):
        base = kwargs.get("form") or self.form
        field = forms.CharField(
            label=self.change_reason_label,
            help_text=self.change_reason_help,
            max_length=REASON_MAX_LENGTH,
            required=False,
        )
        attrs = {**readonly_declared_fields(self, request, obj, base), REASON_FIELD: field}
        kwargs["form"] = type(base.__name__, (base,), attrs)
        return super().get_form(request, obj, change=change, **kwargs)

    def get_fieldsets(self, request, obj=None):
        fieldsets = without_fields(super().get_fieldsets(request, obj), {REASON_FIELD})
        if self._saves(request, obj):
            fieldsets.append((_("Your change"), {"fields": [REASON_FIELD], "classes": ["change-reason"]}))
        return fieldsets

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        request.editorial_restoring = version_id  # its reason, unless the editor typed one
        return super().history_form_view(request, object_id, version_id, extra_context)

    def save_model(self, request, obj, form, change):
        request.editorial_inline_changes = []
        typed = (form.cleaned_data.get(REASON_FIELD) or "").strip()
        if typed:
            obj._change_reason = typed
        elif version_id := getattr(request, "editorial_restoring", None):
            record = history_of(self.model).filter(history_id=version_id).first()
            date = formats.date_format(timezone.localtime(record.history_date), "DATETIME_FORMAT") if record else ""
            obj._change_reason = short_reason(_("Restored the version of %(date)s") % {"date": date})
        elif not change:
            obj._change_reason = _("Created")
        else:
            obj._change_reason = short_reason(change_summary(self.model, form.changed_data))
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        """Each inline row's history gets the editor's reason too, or what changed in that row."""
        typed = (form.cleaned_data.get(REASON_FIELD) or "").strip()
        instances = formset.save(commit=False)
        changed = {id(obj): fields for obj, fields in formset.changed_objects}
        summaries = getattr(request, "editorial_inline_changes", [])
        for obj in formset.deleted_objects:
            obj._change_reason = typed or _("Deleted")
            obj._history_user = request.user
            obj.delete()
            summaries.append(_("deleted %(name)s “%(object)s”") % {"name": obj._meta.verbose_name, "object": obj})
        for obj in instances:
            if id(obj) in changed:
                summary = change_summary(type(obj), changed[id(obj)])
                summaries.append(f"{obj._meta.verbose_name} “{obj}”: {summary}")
            else:
                summary = _("Created")
                summaries.append(_("added %(name)s “%(object)s”") % {"name": obj._meta.verbose_name, "object": obj})
            obj._change_reason = short_reason(typed or summary)
            obj._history_user = request.user
            obj.save()
        formset.save_m2m()
        request.editorial_inline_changes = summaries

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        inline_changes = getattr(request, "editorial_inline_changes", [])
        if not inline_changes or (form.cleaned_data.get(REASON_FIELD) or "").strip():
            return
        # The object's own record was written before its inlines were saved: say what they changed.
        own = [n for n in form.changed_data if n not in (REASON_FIELD, LOCK_FIELD)]
        parts = ([change_summary(self.model, own)] if own else []) + inline_changes
        record = history_of(self.model).filter(**{self.model._meta.pk.attname: form.instance.pk}).first()
        if record is not None:
            record.history_change_reason = short_reason("; ".join(str(p) for p in parts))
            record.save(update_fields=["history_change_reason"])

    def get_urls(self):
        opts = self.model._meta
        compare = path(
            "<path:object_id>/history/compare/",
            self.admin_site.admin_view(self.history_compare_view),
            name=f"{opts.app_label}_{opts.model_name}_history_compare",
        )
        # Before simple-history's "<id>/history/<version>/", which would take "compare" for a version.
        return [compare, *super().get_urls()]

    def history_compare_view(self, request, object_id):
        """Two versions of one object, side by side: each field that differs, in every language."""
        model, opts = self.model, self.model._meta
        object_id = unquote(object_id)
        records = history_of(model).filter(**{opts.pk.attname: object_id}).select_related("history_user")
        obj = existing = self.get_object(request, object_id)
        if obj is None:  # deleted: its history still compares and restores it
            latest = records.first()
            if latest is None:
                raise Http404
            obj = latest.instance
        if not self.has_view_history_or_change_history_permission(request, obj):
            raise PermissionDenied
        prefix = f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}"
        history_url = reverse(f"{prefix}_history", args=[quote(obj.pk)])
        chosen = [self._history_record(records, request.GET.get(key)) for key in ("from", "to")]
        if None in chosen or chosen[0].pk == chosen[1].pk:
            messages.warning(request, _("Choose two different versions to compare."))
            return HttpResponseRedirect(history_url)
        old, new = chosen
        may_restore = not self.revert_disabled(request, obj)
        versions = []
        for heading, record in ((_("From"), old), (_("To"), new)):
            restore_url = ""
            if may_restore:
                restore_url = reverse(f"{prefix}_simple_history", args=[quote(obj.pk), record.history_id])
            versions.append({"heading": heading, "record": record, "restore_url": restore_url})
        change_url = ""
        if existing is not None:
            change_url = reverse(f"{prefix}_change", args=[quote(obj.pk)])
        context = {
            **self.admin_site.each_context(request),
            "title": _("Compare versions: %(object)s") % {"object": obj},
            "opts": opts,
            "object": obj,
            "versions": versions,
            "rows": differences(model, old, new),
            "history_url": history_url,
            "change_url": change_url,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/editorial/history_compare.html", context)

    @staticmethod
    def _history_record(records, history_id):
        """The record of this object with that id, or None for anything else (junk included)."""
        if not history_id:
            return None
        try:
            return records.filter(history_id=history_id).first()
        except (ValueError, ValidationError):
            return None
