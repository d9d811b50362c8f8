"""Translation memory: earlier translations of the same (or nearly the same) English.

Each translated field's English and its translation are kept as segments: the whole
field, and, where both have the same number of paragraphs and list items, each pair of
them. A lookup offers exact matches (same normalised English) and fuzzy ones (difflib
ratio of 0.85 or more). Its cost is bounded: one query for the exact matches, one for a
capped set of fuzzy candidates of similar length, at most MAX_SEGMENTS paragraphs of the
text asked about, none longer than MAX_FUZZY_LENGTH compared fuzzily. An export loads the
language's memory once (Index).
"""

import hashlib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from difflib import SequenceMatcher

from django.conf import settings
from django.contrib.contenttypes.models import ContentType

from .models import MemorySegment, State, TranslationState
from .states import column, normalise, segments, target_languages, unit_id

FUZZY_THRESHOLD = 0.85
MAX_CANDIDATES = 300
MAX_SEGMENTS = 30
MAX_FUZZY_LENGTH = 1000
MAX_INDEX = 20000
MAX_SUGGESTIONS = 5


def _hash(text):
    return hashlib.sha256(text.encode()).hexdigest()


def remember(obj, fields):
    """Replace what the memory holds from these fields of `obj` with their current translations."""
    content_type = ContentType.objects.get_for_model(obj)
    states = {
        (s.field, s.language): s.state
        for s in TranslationState.objects.filter(content_type=content_type, object_id=str(obj.pk), field__in=fields)
    }
    origins = [unit_id(obj, field) for field in fields]
    MemorySegment.objects.filter(origin__in=origins).delete()
    rows = []
    for field in fields:
        english = getattr(obj, column(field, settings.LANGUAGE_CODE), "") or ""
        source = normalise(english)
        if not source:
            continue
        for language in target_languages():
            state = states.get((field, language))
            text = getattr(obj, column(field, language), "") or ""
            # Only translations made from the English now: an outdated one translates other words.
            if state not in (State.DRAFT, State.REVIEWED) or not normalise(text):
                continue
            origin, reviewed = unit_id(obj, field), state == State.REVIEWED
            pairs = {source: (text, True)}
            english_parts, translated_parts = segments(english), segments(text)
            if len(english_parts) == len(translated_parts) and len(english_parts) > 1:
                for part, translated in zip(english_parts, translated_parts, strict=True):
                    pairs.setdefault(part, (translated, False))
            rows += [
                MemorySegment(
                    language=language,
                    source_hash=_hash(part),
                    source=part,
                    source_length=len(part),
                    target=target,
                    whole_field=whole,
                    origin=origin,
                    reviewed=reviewed,
                )
                for part, (target, whole) in pairs.items()
            ]
    MemorySegment.objects.bulk_create(rows, ignore_conflicts=True)


@dataclass(frozen=True)
class Suggestion:
    source: str  # the English segment asked about
    matched: str  # the English the earlier translation was made from
    target: str
    quality: int  # percent: 100 for an exact match
    whole_field: bool
    origin: str
    reviewed: bool

    @property
    def exact(self):
        return self.quality == 100

    def as_json(self):
        return {
            "source": self.source,
            "matched": self.matched,
            "target": self.target,
            "quality": self.quality,
            "exact": self.exact,
            "whole_field": self.whole_field,
            "origin": self.origin,
            "reviewed": self.reviewed,
        }


class Index:
    """A language's memory held in memory for many lookups (an export): one query, at most MAX_INDEX rows."""

    def __init__(self, language):
        rows = list(MemorySegment.objects.filter(language=language).order_by("-reviewed", "pk")[:MAX_INDEX])
        self.by_hash = {}
        for seg in rows:
            seg.words = seg.source.split()
            self.by_hash.setdefault(seg.source_hash, []).append(seg)
        self.by_length = sorted(rows, key=lambda seg: seg.source_length)
        self.lengths = [seg.source_length for seg in self.by_length]

    def exact(self, hashes, exclude_origin):
        return [seg for h in hashes for seg in self.by_hash.get(h, []) if seg.origin != exclude_origin]

    def near(self, shortest, longest, exclude_origin):
        low, high = bisect_left(self.lengths, shortest), bisect_right(self.lengths, longest)
        return [seg for seg in self.by_length[low:high] if seg.origin != exclude_origin][:MAX_CANDIDATES]


def suggest(english, language, *, exclude_origin="", index=None):
    """Earlier translations into `language` of this English text, its paragraphs and list items; best first.

    `index` (an Index of the language) answers from memory instead of two queries: for exports.
    """
    whole = normalise(english)
    if not whole:
        return []
    parts = [whole, *[p for p in segments(english) if p != whole]][:MAX_SEGMENTS]
    found = {}
    by_hash = {_hash(p): p for p in parts}
    if index is not None:
        exact = index.exact(by_hash, exclude_origin)
    else:
        exact = (
            MemorySegment.objects.filter(language=language, source_hash__in=list(by_hash))
            .exclude(origin=exclude_origin)
            .order_by("-reviewed", "pk")[:MAX_CANDIDATES]
        )
    for seg in exact:
        asked = by_hash[seg.source_hash]
        if seg.whole_field != (asked == whole):
            continue  # a whole field is offered for a whole field, a paragraph for a paragraph
        found.setdefault(
            asked, Suggestion(asked, seg.source, seg.target, 100, asked == whole, seg.origin, seg.reviewed)
        )
    fuzzy_parts = [p for p in parts if p not in found and len(p) <= MAX_FUZZY_LENGTH]
    if fuzzy_parts:
        # A ratio of 2M/(a+b) >= t needs the lengths within t/(2-t) of each other.
        shortest = int(min(map(len, fuzzy_parts)) * FUZZY_THRESHOLD / (2 - FUZZY_THRESHOLD))
        longest = int(max(map(len, fuzzy_parts)) * (2 - FUZZY_THRESHOLD) / FUZZY_THRESHOLD) + 1
        if index is not None:
            candidates = index.near(shortest, longest, exclude_origin)
        else:
            candidates = list(
                MemorySegment.objects.filter(language=language, source_length__gte=shortest, source_length__lte=longest)
                .exclude(origin=exclude_origin)
                .order_by("-reviewed", "pk")[:MAX_CANDIDATES]
            )
        # Compared word by word: as a translator reads, and a tenth of the work of comparing characters.
        matcher = SequenceMatcher(None, autojunk=False)
        words = {seg.pk: getattr(seg, "words", None) or seg.source.split() for seg in candidates}
        for part in fuzzy_parts:
            asked = part.split()
            matcher.set_seq2(asked)  # difflib caches what it learns of the second sequence
            best, best_ratio = None, FUZZY_THRESHOLD
            for seg in candidates:
                other = words[seg.pk]
                if seg.source == part or seg.whole_field != (part == whole):
                    continue
                if 2 * min(len(asked), len(other)) / (len(asked) + len(other)) < best_ratio:
                    continue
                matcher.set_seq1(other)
                if matcher.quick_ratio() < best_ratio:
                    continue
                ratio = matcher.ratio()
                if ratio >= best_ratio:
                    best, best_ratio = seg, ratio
            if best is not None:
                found[part] = Suggestion(
                    part,
                    best.source,
                    best.target,
                    min(99, int(best_ratio * 100)),
                    part == whole,
                    best.origin,
                    best.reviewed,
                )
    return sorted(found.values(), key=lambda s: (not s.whole_field, -s.quality))[:MAX_SUGGESTIONS]
