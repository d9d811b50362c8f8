"""Words of a query and of a page: tokens, plain text, the score that orders results, snippets.

The database finds the pages that match (its own full-text index); these rules order
the best of them and mark the words found, the same way on every database.
"""

import math
import re
import unicodedata
from html import unescape

from django.utils.html import escape
from django.utils.safestring import mark_safe

MAX_QUERY_LENGTH = 100
MAX_TOKENS = 8

WORD = re.compile(r"[^\W_]+")
TAG = re.compile(r"<[^>]+>")
SHORT_CODE = re.compile(r"\[\[[^\]]*\]\]")
INLINE_TAG = re.compile(r"</?(?:a|b|strong|em|i|span|mark|sub|sup|code)\b[^>]*>", re.I)
SPACES = re.compile(r"\s+")
HEADING = re.compile(r"<h[1-6]\b[^>]*>(.*?)</h[1-6]>", re.I | re.S)
SENTENCE_ENDS = ".?!:;…。？！：；"
# Scripts written without spaces between words: matched as substrings (trigrams), not words.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
SUFFIXES = ("ies", "es", "s", "ing", "ed")


def normalise_query(value):
    """The query as the page files it: NFKC, lower case, single spaces, trimmed."""
    return SPACES.sub(" ", unicodedata.normalize("NFKC", value)).strip().lower()


def has_control_characters(value):
    """Characters no one types into a search box (NUL, escapes, unpaired surrogates…)."""
    return any(unicodedata.category(char) in ("Cc", "Cs", "Co", "Cn") for char in value if char not in "\t\n\r")


def printable(value):
    """`value` without the characters has_control_characters() refuses: safe to show back."""
    return "".join(char for char in value if unicodedata.category(char) not in ("Cc", "Cs", "Co", "Cn"))


def tokens(query):
    """The distinct words of a normalised query, at most MAX_TOKENS."""
    seen = []
    for word in WORD.findall(query):
        if word not in seen:
            seen.append(word)
    return seen[:MAX_TOKENS]


def is_cjk(token):
    return bool(CJK.search(token))


def _end_heading(match):
    """A heading as a sentence of its own, so a snippet does not run it into the text after it."""
    text = match[1].rstrip()
    plain = unescape(TAG.sub("", text)).strip()
    if not plain or plain[-1] in SENTENCE_ENDS:
        return f" {text} "
    return f" {text}{'。' if is_cjk(plain[-1]) else '.'} "


def html_to_text(html):
    """Readable text of sanitised HTML: tags and short codes out, entities decoded, one space
    between blocks, and a full stop after a heading that has none."""
    if not html:
        return ""
    text = SHORT_CODE.sub(" ", INLINE_TAG.sub("", HEADING.sub(_end_heading, html)))
    # Every other tag ends a word: "<p>running</p><p>from" must not read "runningfrom".
    return SPACES.sub(" ", unescape(TAG.sub(" ", text))).strip()


def _stem(word):
    for suffix in SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _matcher(token):
    """A regex that finds a query word in text: a word starting with it (or its stem), or anywhere for Chinese."""
    if is_cjk(token):
        return re.compile(re.escape(token), re.I)
    return re.compile(r"(?<![^\W_])" + re.escape(_stem(token)) + r"[^\W_]*", re.I)


def matchers(query_tokens):
    return [_matcher(token) for token in query_tokens]


# What a match is worth in each part of a page: its title and the names of the conditions it
# explains count most, so that a condition's own tab comes before pages that only mention it.
WEIGHTS = {"title": 10.0, "keywords": 8.0, "headings": 5.0, "summary": 3.0, "body": 1.0}
CONDITION_BONUS = 12.0
KIND_BONUS = {"tab": 1.0, "article": 0.5, "resource": 0.5, "guide": 0.0}


def score(document, compiled):
    """How well a page answers the query: weighted, diminishing counts of each word in each part."""
    total = 0.0
    for field, weight in WEIGHTS.items():
        text = getattr(document, field)
        for regex in compiled:
            count = len(regex.findall(text))
            if count:
                total += weight * (1 + math.log(count))
    # A condition the page explains, named by every word of the query: this is its own page.
    for item in document.anchors:
        if "also" in item and all(regex.search(f"{item['text']} {item['also']}") for regex in compiled):
            total += CONDITION_BONUS
            break
    return total + KIND_BONUS.get(document.kind, 0.0)


def highlight(text, compiled):
    """`text` escaped, with every match of the query wrapped in <mark>: safe to render."""
    spans = sorted({m.span() for regex in compiled for m in regex.finditer(text) if m.end() > m.start()})
    parts, position = [], 0
    for start, end in spans:
        if start < position:
            continue  # overlapping matches: the first wins
        parts += [escape(text[position:start]), "<mark>", escape(text[start:end]), "</mark>"]
        position = end
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # noqa: S308 -- every piece of the text is escaped above


def snippet(texts, compiled, *, width=180):
    """A short passage around the first match in the first text that has one, highlighted."""
    for text in texts:
        if not text:
            continue
        first = min((m.start() for regex in compiled if (m := regex.search(text))), default=None)
        if first is None:
            continue
        start = max(0, first - width // 3)
        if start:
            space = text.find(" ", start)
            start = space + 1 if 0 <= space < first else start
        end = min(len(text), start + width)
        if end < len(text):
            space = text.rfind(" ", start, end)
            end = space if space > first else end
        passage = highlight(text[start:end], compiled)
        return mark_safe(("… " if start else "") + passage + (" …" if end < len(text) else ""))  # noqa: S308
    # Nothing matched in the text (the match was in a name): the opening words stand in.
    text = next((t for t in texts if t), "")
    if len(text) > width:
        return mark_safe(escape(text[: text.rfind(" ", 0, width)]) + " …")  # noqa: S308
    return escape(text)
