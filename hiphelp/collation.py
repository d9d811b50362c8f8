"""Sorting and A–Z letters the way a reader of each language expects.

Databases sort by code point (or by a collation the site does not control), which puts
Chinese in an order no reader knows and Vietnamese letters with tone marks after "z".
Lists people read are short, so they are sorted in Python with these keys:

- Chinese: by pinyin, grouped by its initial letter, as Chinese dictionaries and indexes do;
- Vietnamese: tone marks are ignored for order and grouping, but the letters of its alphabet
  (ă, â, đ, ê, ô, ơ, ư) stay letters of their own;
- other languages: case-insensitively, accents folded for the group letter.
"""

import unicodedata

from django.utils.translation import get_language
from pypinyin import Style, lazy_pinyin

# The five Vietnamese tone marks; breve, circumflex and horn make letters, so they stay.
VIETNAMESE_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
# Where Vietnamese letters sort: each one right after its base letter.
VIETNAMESE_ORDER = {"ă": "a\uffff1", "â": "a\uffff2", "đ": "d\uffff", "ê": "e\uffff", "ô": "o\uffff1", "ơ": "o\uffff2"}
VIETNAMESE_ORDER["ư"] = "u\uffff"


def _base(language):
    return (language or get_language() or "en").split("-")[0].lower()


def _without_tones(text):
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in VIETNAMESE_TONES))


def _folded(text):
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _pinyin(text):
    # Characters without a reading (Latin, digits) come back as they are.
    return " ".join(lazy_pinyin(text, style=Style.NORMAL, errors="default"))


def sort_key(text, language=None):
    """A key that sorts `text` as a reader of `language` (default: the active one) expects."""
    text = (text or "").strip()
    base = _base(language)
    if base == "zh":
        return (_pinyin(text).casefold(), text)
    if base == "vi":
        plain = _without_tones(text).casefold()
        return ("".join(VIETNAMESE_ORDER.get(c, c) for c in plain), text.casefold())
    return (_folded(text).casefold(), text.casefold())


def index_letter(text, language=None):
    """The A–Z group `text` belongs to: its initial letter (the pinyin initial for Chinese)."""
    text = (text or "").strip()
    if not text:
        return "#"
    base = _base(language)
    if base == "zh":
        first = _pinyin(text[0])[:1]
    elif base == "vi":
        first = _without_tones(text[0])
    else:
        first = _folded(text[0])[:1] or text[0]
    first = first.upper()
    return first if first.isalpha() else "#"
