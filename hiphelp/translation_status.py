"""Which languages a piece of content is really written in.

modeltranslation falls back to English where a translation is missing; pages mark that
text with lang="en" and a notice, and offer hreflang alternates only for languages the
page's own content exists in.
"""

from django.conf import settings
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname

SOURCE = settings.LANGUAGE_CODE


def has_own_text(obj, field, language):
    return bool(getattr(obj, build_localized_fieldname(field, language), None))


def is_fallback(obj, field, language=None):
    """True when the reader's language has no text for this field and English shows instead."""
    language = language or get_language()
    if obj is None or language == SOURCE:
        return False
    return not has_own_text(obj, field, language) and has_own_text(obj, field, SOURCE)


def translated_languages(*items):
    """Codes of the languages in which every (object, field) given has its own text."""
    return [
        code
        for code, _name in settings.LANGUAGES
        if all(obj is None or not getattr(obj, field, None) or has_own_text(obj, field, code) for obj, field in items)
    ]
