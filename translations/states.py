"""Keeping each translated field's state in step with its English source.

Models take part by being registered with modeltranslation (`<app>/translation.py`): the
translated models and their fields come from its registry, so a new model needs no code
here. English is the source; every other language in LANGUAGES gets one state per field.

A state follows from three fingerprints: of the English now, of the English the
translation was made from (or last reviewed against), and of the translation itself.

- no translation: missing;
- a new or changed translation: draft, made from the English now;
- the English changed since: outdated (the English it was made from is kept for the diff);
- "Mark reviewed": reviewed, against the English now, with who and when.

Whitespace and markup do not count: the fingerprint is of the text a reader reads.
"""

import contextvars
import hashlib
import re
from contextlib import contextmanager
from html import unescape

import nh3
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname

from .models import MemorySegment, State, TranslationState

SOURCE = settings.LANGUAGE_CODE
BLOCK_TAGS = re.compile(
    r"</?(?:p|div|li|ul|ol|h[1-6]|br|hr|blockquote|table|tr|td|th|figure|figcaption|section)\b[^>]*>", re.I
)
ANY_TAG = re.compile(r"<[^>]*>")
SEGMENT = re.compile(r"<(p|li|h[1-6])\b[^>]*>(.*?)</\1>", re.I | re.S)

_acting_user = contextvars.ContextVar("translations_acting_user", default=None)
# Inside deferred_sync(): {(model, pk): acting user} of the objects saved, synced at the end.
_pending = contextvars.ContextVar("translations_pending_sync", default=None)


@contextmanager
def acting_user(user):
    """Record `user` as the author of the state changes made inside the block (admin saves, imports)."""
    token = _acting_user.set(user if getattr(user, "is_authenticated", False) else None)
    try:
        yield
    finally:
        _acting_user.reset(token)


@contextmanager
def deferred_sync():
    """Sync each object the block saves once, at its end, from what is stored then.

    A loader saving an object once per language computes its states once. Deletions still
    drop their states at once. Inside an outer block, the outer one does the work.
    """
    if _pending.get() is not None:
        yield
        return
    token = _pending.set({})
    try:
        yield
        pending = _pending.get()
    finally:
        _pending.reset(token)
    by_model = {}
    for (model, pk), user in pending.items():
        by_model.setdefault(model, {})[pk] = user
    for model, users in by_model.items():
        for pk, obj in model._base_manager.in_bulk(list(users)).items():
            user_token = _acting_user.set(users[pk])  # who saved it, as an immediate sync would record
            try:
                sync_object(obj)
            finally:
                _acting_user.reset(user_token)


def target_languages():
    """Every language but English, in the order of LANGUAGES."""
    return [code for code, _name in settings.LANGUAGES if code != SOURCE]


def normalise(text):
    """The text a reader reads: markup stripped (blocks become spaces), entities decoded, whitespace collapsed."""
    if not text:
        return ""
    cleaned = nh3.clean(str(text))
    cleaned = BLOCK_TAGS.sub(" ", cleaned)
    cleaned = ANY_TAG.sub("", cleaned)
    return " ".join(unescape(cleaned).split())


def fingerprint(text):
    """SHA-256 of the normalised text; the empty string for text with nothing to read."""
    plain = normalise(text)
    return hashlib.sha256(plain.encode()).hexdigest() if plain else ""


def segments(html):
    """The paragraphs, list items and headings of rich text, normalised, in order."""
    found = [normalise(inner) for _tag, inner in SEGMENT.findall(nh3.clean(str(html or "")))]
    return [text for text in found if text]


def translated_models():
    """Every model with translated fields, from modeltranslation's registry (concrete models only)."""
    return [model for model in translator.get_registered_models() if not model._meta.abstract]


def translated_field_names(model):
    """The model's translated fields, in registration order; empty when it has none."""
    try:
        return list(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return []


def is_translated_model(model):
    return bool(translated_field_names(model))


def column(field, language):
    return build_localized_fieldname(field, language)


def unit_id(obj, field):
    opts = obj._meta.concrete_model._meta
    return f"{opts.app_label}.{opts.model_name}:{obj.pk}:{field}"


def _derive(row, *, english, english_fp, text, now, user):
    """Bring one state row (new or stored) in step with the English and translation now; True if it changed."""
    text_fp = fingerprint(text)
    before = (row.state, row.source_fingerprint, row.translation_fingerprint, row.english_fingerprint)
    if row.english_fingerprint != english_fp:
        row.source_changed_at = now
        row.english_fingerprint = english_fp
    row.source_words = len(normalise(english).split())
    if not text_fp:
        row.state = State.MISSING
        row.source_fingerprint, row.source_text = english_fp, english
        row.reviewed_at = row.reviewed_by = None
    elif row.pk is None or row.state == State.MISSING or text_fp != row.translation_fingerprint:
        row.state = State.DRAFT
        row.source_fingerprint, row.source_text = english_fp, english
        row.reviewed_at = row.reviewed_by = None
    elif row.source_fingerprint != english_fp:
        row.state = State.OUTDATED
    elif row.state == State.OUTDATED:
        row.state = State.DRAFT  # the English went back to what it was translated from
    row.translation_fingerprint = text_fp
    changed = row.pk is None or before != (
        row.state,
        row.source_fingerprint,
        row.translation_fingerprint,
        row.english_fingerprint,
    )
    if changed:
        row.updated_at, row.updated_by = now, user
    return changed


def sync_object(obj):
    """Update the states (and memory) of every translated field of `obj` after a save."""
    fields = translated_field_names(type(obj))
    if not fields or obj.pk is None:
        return
    now, user = timezone.now(), _acting_user.get()
    content_type = ContentType.objects.get_for_model(obj)
    stored = {
        (r.field, r.language): r
        for r in TranslationState.objects.filter(content_type=content_type, object_id=str(obj.pk))
    }
    new, changed, gone = [], [], []
    for field in fields:
        english = getattr(obj, column(field, SOURCE), "") or ""
        english_fp = fingerprint(english)
        for language in target_languages():
            row = stored.get((field, language))
            if not english_fp:  # nothing in English: nothing to translate
                if row is not None:
                    gone.append(row.pk)
                continue
            if row is None:
                row = TranslationState(
                    content_type=content_type,
                    object_id=str(obj.pk),
                    field=field,
                    language=language,
                    english_fingerprint="",
                )
                _derive(
                    row, english=english, english_fp=english_fp, text=_text(obj, field, language), now=now, user=user
                )
                new.append(row)
            elif _derive(
                row, english=english, english_fp=english_fp, text=_text(obj, field, language), now=now, user=user
            ):
                changed.append(row)
    _write(new, changed, gone)
    from .memory import remember

    remember(obj, fields)


def _text(obj, field, language):
    return getattr(obj, column(field, language), "") or ""


STATE_FIELDS = [
    "state",
    "source_fingerprint",
    "source_text",
    "source_words",
    "source_changed_at",
    "translation_fingerprint",
    "english_fingerprint",
    "updated_at",
    "updated_by",
    "reviewed_at",
    "reviewed_by",
]


def _write(new, changed, gone):
    if not (new or changed or gone):
        return
    TranslationState.objects.bulk_create(new)
    TranslationState.objects.bulk_update(changed, STATE_FIELDS)
    if gone:
        TranslationState.objects.filter(pk__in=gone).delete()
    # Bulk writes send no signals: the cached pages' notices follow the states.
    from hiphelp.caching import content_changed

    content_changed()


def drop_object(obj):
    """Forget the states and memory of a deleted object."""
    content_type = ContentType.objects.get_for_model(obj)
    TranslationState.objects.filter(content_type=content_type, object_id=str(obj.pk)).delete()
    prefix = f"{content_type.app_label}.{content_type.model}:{obj.pk}:"
    MemorySegment.objects.filter(origin__startswith=prefix).delete()


def sync_all():
    """Recompute every state from the stored text (after bulk writes such as a restore); how many objects."""
    count = 0
    with transaction.atomic():
        for model in translated_models():
            for obj in model._base_manager.iterator(chunk_size=500):
                sync_object(obj)
                count += 1
    return count


def mark_reviewed(row, *, by):
    """Record that `by` checked this translation against the English now; False when there is nothing to review."""
    obj = row.content_object_or_none()
    if obj is None:
        return False
    english = getattr(obj, column(row.field, SOURCE), "") or ""
    text = _text(obj, row.field, row.language)
    if not fingerprint(text) or not fingerprint(english):
        return False
    now = timezone.now()
    row.state = State.REVIEWED
    row.source_fingerprint = row.english_fingerprint = fingerprint(english)
    row.source_text = english
    row.translation_fingerprint = fingerprint(text)
    row.reviewed_at = row.updated_at = now
    row.reviewed_by = row.updated_by = by
    row.save()  # a single save: its post_save moves the cached pages' content version
    from .memory import remember

    remember(obj, [row.field])
    return True


def connect_signals():
    """One receiver for every model: those with translated fields (never history models) take part."""
    from django.db.models.signals import post_delete, post_save

    post_save.connect(_saved, dispatch_uid="translations-state-save")
    post_delete.connect(_deleted, dispatch_uid="translations-state-delete")


def _saved(sender, instance, raw=False, **kwargs):
    # Raw saves (loaddata, restoring a backup) bring their states with them; after a restore
    # of a backup made before the desk existed, `translation_status --sync` recomputes them.
    if not raw and is_translated_model(sender):
        pending = _pending.get()
        if pending is None:
            sync_object(instance)
        elif instance.pk is not None:
            pending[(sender, instance.pk)] = _acting_user.get()


def _deleted(sender, instance, **kwargs):
    if is_translated_model(sender):
        pending = _pending.get()
        if pending is not None:
            pending.pop((sender, instance.pk), None)
        drop_object(instance)
