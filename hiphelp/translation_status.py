"""Which languages a piece of content is really written in, and how far to trust it.

modeltranslation falls back to English where a translation is missing; pages mark that
text with lang="en" and a notice, and offer hreflang alternates only for languages the
page's own content exists in. The translator's desk (translations/) keeps a state per
field and language: a draft shows with a notice (or, with TRANSLATION_DRAFTS="english",
gives way to the English), an outdated translation says when the English changed.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname

SOURCE = settings.LANGUAGE_CODE
MISSING, DRAFT, OUTDATED, REVIEWED = "missing", "draft", "outdated", "reviewed"


def has_own_text(obj, field, language):
    return bool(getattr(obj, build_localized_fieldname(field, language), None))


def is_fallback(obj, field, language=None):
    """True when the reader's language has no text for this field and English shows instead."""
    language = language or get_language()
    if obj is None or language == SOURCE:
        return False
    return not has_own_text(obj, field, language) and has_own_text(obj, field, SOURCE)


def drafts_show_english():
    return getattr(settings, "TRANSLATION_DRAFTS", "show") == "english"


def _states():
    return apps.get_model("translations", "TranslationState").objects


def _own_fields(obj):
    from translations.states import translated_field_names

    return translated_field_names(type(obj))


def translated_languages(*items):
    """Codes of the languages in which every (object, field) given has its own text.

    With drafts shown as English, a language whose text for them is a draft is not there either.
    """
    codes = [
        code
        for code, _name in settings.LANGUAGES
        if all(obj is None or not getattr(obj, field, None) or has_own_text(obj, field, code) for obj, field in items)
    ]
    if drafts_show_english() and len(codes) > 1:
        wanted = {(type(obj), str(obj.pk), field) for obj, field in items if obj is not None and obj.pk is not None}
        objects = {(type(obj), obj.pk): obj for obj, _field in items if obj is not None and obj.pk is not None}
        drafts = set()
        for row in (
            _states()
            .filter(state=DRAFT, language__in=codes)
            .for_objects(objects.values())
            .select_related("content_type")
        ):
            if (row.content_type.model_class(), row.object_id, row.field) in wanted:
                drafts.add(row.language)
        codes = [code for code in codes if code not in drafts]
    return codes


def hide_unchecked(objects, language=None):
    """With TRANSLATION_DRAFTS="english", blank (in memory only) the draft translations of these
    objects, so the page shows, and marks, the English in their place. One query."""
    language = language or get_language()
    objects = [obj for obj in objects if obj is not None and obj.pk is not None]
    if language == SOURCE or not drafts_show_english() or not objects:
        return
    by_key = {(type(obj)._meta.concrete_model._meta.label_lower, str(obj.pk)): obj for obj in objects}
    for row in _states().for_objects(objects, language).filter(state=DRAFT).select_related("content_type"):
        obj = by_key.get((f"{row.content_type.app_label}.{row.content_type.model}", row.object_id))
        if obj is not None:
            setattr(obj, build_localized_fieldname(row.field, language), "")


@dataclass
class Notices:
    """What a part of a page (a guide's introduction, a tab) tells readers about its translation."""

    missing: bool = False
    draft: bool = False
    outdated: bool = False
    english_changed: object = None  # when the English of an outdated part last changed
    parts: list = field(default_factory=list)

    def __bool__(self):
        return self.missing or self.draft or self.outdated


def notices_for(parts, language=None):
    """The notices of a part of a page made of these (object, fields) pairs, in one query.

    `fields` is a list of field names, or None for all the object's translated fields.
    Missing is judged field by field from the text itself (as today's fallback); draft and
    outdated come from the translator's desk. A field with text but no state yet is a draft.
    """
    language = language or get_language()
    notices = Notices()
    parts = [(obj, fields if fields is not None else _own_fields(obj)) for obj, fields in parts if obj is not None]
    if language == SOURCE or not parts:
        return notices
    present = []
    for obj, fields in parts:
        for name in fields:
            if is_fallback(obj, name, language):
                notices.missing = True
            elif has_own_text(obj, name, language) and obj.pk is not None:
                present.append((obj, name))
    if not present:
        return notices
    objects = list({id(obj): obj for obj, _name in present}.values())
    states = {
        (row.content_type_id, row.object_id, row.field): row
        for row in _states()
        .for_objects(objects, language)
        .only("content_type_id", "object_id", "field", "state", "source_changed_at")
    }
    from django.contrib.contenttypes.models import ContentType

    for obj, name in present:
        row = states.get((ContentType.objects.get_for_model(obj).pk, str(obj.pk), name))
        if row is None or row.state == DRAFT:
            notices.draft = True
        elif row.state == OUTDATED:
            notices.outdated = True
            if notices.english_changed is None or row.source_changed_at > notices.english_changed:
                notices.english_changed = row.source_changed_at
    return notices
