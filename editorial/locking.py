"""Optimistic locking: a save over a newer version is refused, and nothing typed is lost.

The change form carries the `lock_version` the editor opened in a hidden field. On save
the row is read again, locked until the admin's transaction ends, and a different
version refuses the save with a message naming who saved it and when; the form comes
back with everything typed (inline formsets included) and the version now stored, so
that the editor can merge and save again. A save that passes moves the version on with
`UPDATE … SET lock_version = lock_version + 1 WHERE lock_version = <seen>`, so two saves
can never both pass, whatever the database.

Inline formsets of versioned models (a guide's tabs, a tab's figures) carry the versions
of their rows in their management form, and a row that someone else saved meanwhile is
refused the same way: a stale inline would otherwise write back what the page showed.
"""

import json

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.urls import NoReverseMatch, reverse
from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext as _
from simple_history.utils import get_history_manager_for_model

from .models import Versioned

LOCK_FIELD = "lock_version_seen"
INLINE_LOCK_KEY = "LOCK_VERSIONS"


class LockConflict(Exception):
    """Another save moved the version on between this form's check and its write."""


def is_versioned(model):
    return issubclass(model, Versioned)


def for_update(queryset):
    """The rows, locked until the transaction ends (outside one, and on SQLite, a plain read)."""
    return queryset if transaction.get_autocommit(using=queryset.db) else queryset.select_for_update()


def stored_version(obj):
    """The version in the table now, locked for this transaction; None when the row is gone."""
    rows = for_update(type(obj)._base_manager.filter(pk=obj.pk)).values_list("lock_version", flat=True)
    return next(iter(rows), None)


def claim_next_version(obj, seen=None):
    """Move the stored version on, if it is still `seen` (any, when None); the new version.

    Raises LockConflict when someone else saved first. A row that no longer exists is
    being recovered from its history: it simply goes on from the version it had.
    """
    rows = type(obj)._base_manager.filter(pk=obj.pk)
    if seen is not None:
        try:
            rows = rows.filter(lock_version=int(seen))
        except (TypeError, ValueError):
            raise LockConflict from None
    if rows.update(lock_version=F("lock_version") + 1):
        return type(obj)._base_manager.filter(pk=obj.pk).values_list("lock_version", flat=True).get()
    if type(obj)._base_manager.filter(pk=obj.pk).exists():
        raise LockConflict
    return obj.lock_version + 1


def _admin_url(obj, view, site_name, *args, query=""):
    opts = obj._meta
    try:
        return reverse(f"{site_name}:{opts.app_label}_{opts.model_name}_{view}", args=[obj.pk, *args]) + query
    except NoReverseMatch:  # a model edited only inline has no admin pages of its own
        return ""


def conflict_message(obj, seen, site_name, *, inline=False):
    """Who saved `obj` last and when, and what to do now: shown above the refused form."""
    history = get_history_manager_for_model(obj)
    latest = history.select_related("history_user").first()
    name = obj._meta.verbose_name
    if latest is not None:
        user = latest.history_user
        who = (user.get_full_name() or user.get_username()) if user else _("someone")
        when = formats.date_format(timezone.localtime(latest.history_date), "DATETIME_FORMAT")
        if inline:
            text = _(
                "Someone else saved the %(name)s “%(object)s” while you were editing: %(user)s at %(time)s; "
                "your changes are below and have not been saved. Compare them with the current version "
                "and save again."
            ) % {"name": name, "object": obj, "user": who, "time": when}
        else:
            text = _(
                "Someone else saved this %(name)s while you were editing: %(user)s at %(time)s; "
                "your changes are below and have not been saved. Compare them with the current version "
                "and save again."
            ) % {"name": name, "user": who, "time": when}
    else:
        text = _(
            "Someone else saved the %(name)s “%(object)s” while you were editing; your changes are below "
            "and have not been saved. Compare them with the current version and save again."
        ) % {"name": name, "object": obj}
    # The version the editor opened against the one saved since: what the other person changed.
    opened = history.filter(lock_version=seen).first() if str(seen).isdigit() else None
    if latest is not None and opened is not None and opened.pk != latest.pk:
        query = f"?from={opened.history_id}&to={latest.history_id}"
        url = _admin_url(obj, "history_compare", site_name, query=query)
        label = _("See what they changed")
    else:
        url = _admin_url(obj, "history", site_name)
        label = _("Open the history")
    if not url:
        return text
    return format_html('{} <a href="{}" class="conflict-compare">{}</a>', text, url, label)


class LockedFormMixin:
    """The change form half of the lock: the version opened travels with the form and is checked."""

    lock_site_name = "admin"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound and self.instance.pk is not None:
            # Read from the table, not the instance: the restore form is filled from an old version.
            self.fields[LOCK_FIELD].initial = stored_version(self.instance)

    def clean(self):
        cleaned_data = super().clean()
        seen = self.data.get(self.add_prefix(LOCK_FIELD))
        if self.instance.pk is None or seen is None:
            return cleaned_data  # adding, or a post that never had the form (nothing to compare)
        current = stored_version(self.instance)
        if current is not None and str(current) != seen.strip():
            self.add_error(None, ValidationError(conflict_message(self.instance, seen, self.lock_site_name)))
            # The form comes back with the version stored now: the next save, merged, goes through.
            data = self.data.copy()
            data[self.add_prefix(LOCK_FIELD)] = str(current)
            self.data = data
        return cleaned_data


class LockedInlineFormSetMixin:
    """The inline half: the versions of the formset's rows travel in its management form."""

    lock_site_name = "admin"
    lock_conflicts = ()

    @property
    def lock_key(self):
        return f"{self.prefix}-{INLINE_LOCK_KEY}"

    @cached_property
    def management_form(self):
        form = super().management_form
        form.fields[INLINE_LOCK_KEY] = forms.CharField(widget=forms.HiddenInput, required=False)
        if not self.is_bound:
            form.initial[INLINE_LOCK_KEY] = json.dumps({str(o.pk): o.lock_version for o in self.get_queryset()})
        return form

    def seen_versions(self):
        """{pk: version} as the page showed them; None when the post did not carry them."""
        raw = self.data.get(self.lock_key)
        if raw is None:
            return None
        try:
            return {str(pk): str(version) for pk, version in json.loads(raw).items()}
        except (ValueError, TypeError, AttributeError):
            return {}

    def clean(self):
        super().clean()
        seen = self.seen_versions()
        if seen is None:
            return
        touched = [
            form.instance
            for form in self.initial_forms
            if form.instance.pk is not None
            and (form.has_changed() or (self.can_delete and self._should_delete_form(form)))
        ]
        if not touched:
            return
        rows = self.model._base_manager.filter(pk__in=[o.pk for o in touched])
        current = {str(pk): str(version) for pk, version in for_update(rows).values_list("pk", "lock_version")}
        stale = [o for o in touched if str(o.pk) in current and seen.get(str(o.pk)) != current[str(o.pk)]]
        if not stale:
            return
        self.lock_conflicts = [
            conflict_message(o, seen.get(str(o.pk)), self.lock_site_name, inline=True) for o in stale
        ]
        management = self.management_form
        management.data = management.data.copy()
        management.data[self.lock_key] = json.dumps({**seen, **current})
        raise ValidationError(self.lock_conflicts, code="conflict")

    def save_existing(self, form, obj, commit=True):
        seen = (self.seen_versions() or {}).get(str(obj.pk))
        obj.lock_version = claim_next_version(obj, seen)
        return super().save_existing(form, obj, commit=commit)


def readonly_declared_fields(model_admin, request, obj, form):
    """What ModelAdmin.get_form does for a form it subclasses: declared fields shown read-only drop out."""
    readonly = model_admin.get_readonly_fields(request, obj)
    return dict.fromkeys(f for f in readonly if f in form.declared_fields)


class LockingAdminMixin:
    """Optimistic locking for every ContentAdmin model with a `lock_version` (editorial.models.Versioned)."""

    def _locks(self, obj):
        return obj is not None and is_versioned(self.model)

    def get_form(self, request, obj=None, change=False, **kwargs):
        if self._locks(obj):
            base = kwargs.get("form") or self.form
            attrs = {
                **readonly_declared_fields(self, request, obj, base),
                LOCK_FIELD: forms.CharField(widget=forms.HiddenInput, required=False),
                "lock_site_name": self.admin_site.name,
            }
            kwargs["form"] = type(base.__name__, (LockedFormMixin, base), attrs)
        return super().get_form(request, obj, change=change, **kwargs)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if not self._locks(obj):
            return fieldsets
        fieldsets = without_fields(fieldsets, {LOCK_FIELD})
        if fieldsets and self.has_change_permission(request, obj):
            # A hidden row at the end of the first fieldset: the admin renders it invisibly.
            name, options = fieldsets[0]
            fieldsets[0] = (name, {**options, "fields": [*options.get("fields", ()), LOCK_FIELD]})
        return fieldsets

    def get_formsets_with_inlines(self, request, obj=None):
        for formset, inline in super().get_formsets_with_inlines(request, obj):
            if obj is not None and is_versioned(formset.model):
                attrs = {"lock_site_name": self.admin_site.name}
                formset = type(formset.__name__, (LockedInlineFormSetMixin, formset), attrs)
            yield formset, inline

    def save_model(self, request, obj, form, change):
        if change and is_versioned(self.model):
            seen = form.cleaned_data.get(LOCK_FIELD) if LOCK_FIELD in form.fields else None
            obj.lock_version = claim_next_version(obj, seen if seen != "" else None)
        super().save_model(request, obj, form, change)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except LockConflict:
            # A save came in between this form's check and its write, and the transaction was
            # rolled back: checked again, the form now comes back with the conflict.
            return super().changeform_view(request, object_id, form_url, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """simple-history's restore form, in a transaction like the change form's (the lock needs one)."""
        if request.method != "POST":
            return super().history_form_view(request, object_id, version_id, extra_context)
        try:
            with transaction.atomic(using=self.model._default_manager.db):
                return super().history_form_view(request, object_id, version_id, extra_context)
        except LockConflict:
            with transaction.atomic(using=self.model._default_manager.db):
                return super().history_form_view(request, object_id, version_id, extra_context)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        # A tab refused for a conflict says so at the top of the page too, not only inside its inline.
        adminform = context.get("adminform")
        for inline_admin_formset in context.get("inline_admin_formsets", ()):
            for message in getattr(inline_admin_formset.formset, "lock_conflicts", ()):
                if adminform is not None:
                    adminform.form.add_error(None, ValidationError(message))
        return super().render_change_form(request, context, add=add, change=change, form_url=form_url, obj=obj)


def without_fields(fieldsets, names):
    """A copy of `fieldsets` without the fields `names` (added again where they belong)."""
    return [
        (name, {**options, "fields": [f for f in options.get("fields", ()) if f not in names]})
        for name, options in fieldsets
    ]
