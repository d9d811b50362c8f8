"""Roles: what Editors, Clinical reviewers, Translators and Directory managers may do.

The groups and their model permissions are made by migration 0002_roles. This module adds
what model permissions cannot say, for every content ModelAdmin and inline:

- a translator changes only the non-English columns of translated fields; the English
  text and every other field are read-only, the English shown beside its translations;
- `is_published` is read-only (and kept as stored) for users without editorial.publish;
- restoring a version needs editorial.restore_version, recovering a deleted object
  editorial.recover_deleted.

Translated fields are found through modeltranslation's own registry, never by name.
"""

import re
from html import unescape

import nh3
from django.contrib.admin import ActionLocation
from django.contrib.admin.utils import unquote
from django.contrib.auth import get_permission_codename
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import Truncator, capfirst, format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_prose_editor.fields import ProseEditorField
from modeltranslation import settings as mt_settings
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname

from .models import Publishable

EDITORS = "Editors"
CLINICAL_REVIEWERS = "Clinical reviewers"
TRANSLATORS = "Translators"
DIRECTORY_MANAGERS = "Directory managers"

PUBLISH = "editorial.publish"
MARK_REVIEWED = "editorial.mark_reviewed"
RESTORE_VERSION = "editorial.restore_version"
RECOVER_DELETED = "editorial.recover_deleted"

# Read-only fields of a translator that show a translated field's English text.
ENGLISH_PREFIX = "english__"
ENGLISH_HINT_CHARS = 300
TAG = re.compile(r"<[^>]+>")


def group_names(user):
    """The names of the user's groups, looked up once per user object (so once per request)."""
    if not getattr(user, "is_authenticated", False):
        return frozenset()
    if not hasattr(user, "_editorial_groups"):
        user._editorial_groups = frozenset(user.groups.values_list("name", flat=True))
    return user._editorial_groups


def in_group(user, name):
    return name in group_names(user)


def may_publish(user):
    return user.has_perm(PUBLISH)


def translates_only(user, model):
    """True for a translator without an editor's rights: they change only the model's non-English text."""
    if user.is_superuser or not in_group(user, TRANSLATORS):
        return False
    opts = model._meta
    return not user.has_perm(f"{opts.app_label}.{get_permission_codename('add', opts)}")


def translated_fields(model):
    """{original name: {language: column}} of the model's translated fields; empty when none are."""
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return {}
    return {
        name: {lang: build_localized_fieldname(name, lang) for lang in mt_settings.AVAILABLE_LANGUAGES}
        for name in options.all_fields
    }


def english_alias(name):
    """The read-only field that shows translated field `name`'s English text to a translator."""
    return f"{ENGLISH_PREFIX}{name}"


def plain_text(html):
    """Rich or plain text as one plain line."""
    return " ".join(unescape(TAG.sub(" ", html or "")).split())


def english_display(model, name):
    """A read-only admin field for the English text of `name`: rich text rendered (sanitised), not as tags."""
    column = build_localized_fieldname(name, mt_settings.DEFAULT_LANGUAGE)
    field = model._meta.get_field(column)
    rich = isinstance(field, ProseEditorField)

    def show(obj):
        value = getattr(obj, column, "") or ""
        if not value:
            return "—"
        if rich:
            return format_html('<div class="english-source">{}</div>', mark_safe(nh3.clean(value)))  # noqa: S308
        return value

    show.__name__ = english_alias(name)
    show.short_description = format_lazy("{} ({})", capfirst(model._meta.get_field(name).verbose_name), _("English"))
    return show


def english_hint(form_fields, instance, model):
    """Each non-English translation field's help text starts with the English it translates."""
    for columns in translated_fields(model).values():
        english = plain_text(getattr(instance, columns[mt_settings.DEFAULT_LANGUAGE], ""))
        if not english:
            continue
        hint = gettext("English: %(text)s") % {"text": Truncator(english).chars(ENGLISH_HINT_CHARS)}
        for lang, column in columns.items():
            field = form_fields.get(column)
            if lang == mt_settings.DEFAULT_LANGUAGE or field is None:
                continue
            # The admin prints help texts as HTML; the help text there is escaped already.
            original = mark_safe(field.help_text) if field.help_text else ""  # noqa: S308
            field.help_text = format_html('<span class="english-source">{}</span>{}', hint, original)


class _RoleRules:
    """What ModelAdmins and inlines share: the fields a user may not change, and how they are shown."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Read-only admin fields are looked up by name on the admin: one per translated field.
        for name in translated_fields(self.model):
            setattr(self, english_alias(name), english_display(self.model, name))

    def translator_readonly_fields(self):
        """Every field a translator may not change: all but the non-English translation columns."""
        translated = translated_fields(self.model)
        others = {column for columns in translated.values() for column in columns.values()}
        others -= {columns[mt_settings.DEFAULT_LANGUAGE] for columns in translated.values()}
        parent = getattr(self, "parent_model", None)
        names = []
        for field in [*self.model._meta.fields, *self.model._meta.many_to_many]:
            if field.primary_key or not field.editable or field.name in translated or field.name in others:
                continue
            if parent is not None and isinstance(field, models.ForeignKey) and field.related_model is parent:
                continue  # an inline's link to its parent is the formset's, not a field
            names.append(field.name)
        return names + [english_alias(name) for name in translated]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        extra = []
        if translates_only(request.user, self.model):
            extra = self.translator_readonly_fields()
        elif issubclass(self.model, Publishable) and not may_publish(request.user):
            extra = ["is_published"]
        return fields + [name for name in extra if name not in fields]

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if not translates_only(request.user, self.model):
            return fieldsets
        translated = translated_fields(self.model)
        alias = {columns[mt_settings.DEFAULT_LANGUAGE]: english_alias(name) for name, columns in translated.items()}
        # Where the admin lays out no fields, the read-only ones would all come last: keep the model's order.
        order = {}
        for field in self.model._meta.fields:
            order.setdefault(alias.get(field.name, field.name), len(order))
        declared = bool(self.fieldsets or self.fields)

        def swap(names):
            seen, result = set(), []
            for item in names:
                item = tuple(swap(item)) if isinstance(item, list | tuple) else alias.get(item, item)
                if item not in seen:
                    seen.add(item)
                    result.append(item)
            return result

        patched = []
        for title, options in fieldsets:
            fields = swap(options.get("fields", ()))
            if not declared:
                fields.sort(key=lambda item: order.get(item, len(order)) if isinstance(item, str) else len(order))
            patched.append((title, {**options, "fields": fields}))
        return patched

    def get_prepopulated_fields(self, request, obj=None):
        # A slug filled in from a title needs both to be inputs.
        readonly = set(self.get_readonly_fields(request, obj))
        return {
            field: sources
            for field, sources in super().get_prepopulated_fields(request, obj).items()
            if field not in readonly and not readonly.intersection(sources)
        }


class RoleAdminMixin(_RoleRules):
    """Role rules on a content ModelAdmin (see the module docstring)."""

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if obj is not None and translates_only(request.user, self.model):
            # A fresh class per call: its fields may carry this object's English.
            english_hint(form.base_fields, obj, self.model)
        return form

    def get_actions(self, request, action_location=ActionLocation.CHANGE_LIST):
        # Every action changes more than a translation (archiving, marking reviewed, ...).
        if translates_only(request.user, self.model):
            return {}
        return super().get_actions(request, action_location)

    def save_model(self, request, obj, form, change):
        if issubclass(self.model, Publishable) and not may_publish(request.user):
            # Whatever reached the object (a form, a restored version), publishing stays as stored:
            # a new or recovered object is a draft.
            stored = type(obj)._base_manager.filter(pk=obj.pk).values_list("is_published", flat=True).first()
            obj.is_published = bool(stored) if change else False
        super().save_model(request, obj, form, change)

    # Restoring and recovering

    def has_restore_permission(self, request, obj=None):
        return self.has_change_permission(request, obj) and request.user.has_perm(RESTORE_VERSION)

    def has_recover_deleted_permission(self, request):
        return self.has_change_permission(request) and request.user.has_perm(RECOVER_DELETED)

    def _exists(self, object_id):
        try:
            return self.model._base_manager.filter(pk=object_id).exists()
        except (ValueError, TypeError, ValidationError):
            return False

    def revert_disabled(self, request, obj=None):
        if super().revert_disabled(request, obj):
            return True
        if obj is not None and not self._exists(obj.pk):
            return not self.has_recover_deleted_permission(request)
        return not self.has_restore_permission(request, obj)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method == "POST":
            if self._exists(unquote(object_id)):
                allowed = self.has_restore_permission(request)
            else:
                allowed = self.has_recover_deleted_permission(request)
            if not allowed:
                raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "has_recover_deleted_permission": self.has_recover_deleted_permission(request),
        }
        return super().changelist_view(request, extra_context)


class RoleInlineMixin(_RoleRules):
    """Role rules on a content inline: a translator's English read-only, publishing for publishers."""

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        if not translates_only(request.user, self.model):
            return formset
        model = self.model

        class EnglishHintFormSet(formset):
            def _construct_form(self, i, **kwargs):
                form = super()._construct_form(i, **kwargs)
                if form.instance.pk is not None:
                    english_hint(form.fields, form.instance, model)
                return form

        EnglishHintFormSet.__name__ = formset.__name__
        return EnglishHintFormSet
