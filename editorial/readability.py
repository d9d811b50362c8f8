"""Readability of English rich text, in front of the editor.

The Flesch–Kincaid grade comes from `textstat`, pinned to 0.7.8: later versions fetch
NLTK data at run time, which fails on a server without network. Rich-text fields are
found by their class (django-prose-editor's field), English columns by modeltranslation's
naming, so any content model with rich text gets the panel without being named here.
"""

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

import textstat
from django.conf import settings
from django.contrib.admin.decorators import display
from django.core.exceptions import FieldDoesNotExist
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from django_prose_editor.fields import ProseEditorField

ENGLISH = "en"  # Flesch–Kincaid is a formula for English text
LONGEST = 3
PANEL_FIELD = "readability"

# Tags that end a block of text: a heading or list item is a sentence of its own.
BLOCK_TAGS = {
    *("p", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "div", "section", "br", "hr"),
    *("h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "table", "tr", "td", "th"),
}
SHORT_CODE = re.compile(r"\[\[[^\]]*\]\]")
# After ".", "!" or "?" (and any closing quote or bracket), before the next word; also a
# full stop typed without its space ("region.There"), but not a number's ("1.2").
SENTENCE_BREAK = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)\]]))\s+|(?<=[a-z][.!?])(?=[A-Z])")
# Abbreviations whose full stop ends no sentence.
ABBREVIATION = re.compile(r"(?:\b(?:e\.g|i\.e|etc|approx|vs|Dr|Mr|Mrs|Ms|St|Fig)\.)$", re.IGNORECASE)


class _Blocks(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks = [[]]

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self.blocks.append([])

    def handle_endtag(self, tag):
        if tag in BLOCK_TAGS:
            self.blocks.append([])

    def handle_data(self, data):
        self.blocks[-1].append(data)


def text_blocks(html):
    """The plain text of each block of `html` (paragraph, heading, list item), short codes left out."""
    parser = _Blocks()
    parser.feed(html or "")
    parser.close()
    blocks = (" ".join(SHORT_CODE.sub(" ", "".join(parts)).split()) for parts in parser.blocks)
    return [block for block in blocks if block]


def split_sentences(block):
    """One block of plain text as sentences."""
    sentences = []
    for piece in SENTENCE_BREAK.split(block):
        if sentences and ABBREVIATION.search(sentences[-1]):
            sentences[-1] += " " + piece
        else:
            sentences.append(piece)
    return [s for s in sentences if s]


@dataclass(frozen=True)
class Sentence:
    text: str
    words: int


@dataclass(frozen=True)
class Readability:
    """What the panel shows about one text."""

    grade: float | None
    words_per_sentence: float
    words: int
    sentences: list = field(default_factory=list)
    longest: list = field(default_factory=list)

    @property
    def target(self):
        return target_grade()

    @property
    def above_target(self):
        return self.grade is not None and self.grade > self.target


def target_grade():
    """The grade the site's English text aims at (setting READABILITY_TARGET_GRADE)."""
    return getattr(settings, "READABILITY_TARGET_GRADE", 8)


def measure(html):
    """Flesch–Kincaid grade, words per sentence and the longest sentences of a rich-text body."""
    sentences = [
        Sentence(text, textstat.lexicon_count(text)) for block in text_blocks(html) for text in split_sentences(block)
    ]
    sentences = [s for s in sentences if s.words]
    if not sentences:
        return Readability(grade=None, words_per_sentence=0, words=0)
    # Every block ends a sentence, also a heading or list item without a full stop.
    text = " ".join(s.text if s.text[-1] in ".!?" else s.text + "." for s in sentences)
    longest = sorted(sentences, key=lambda s: s.words, reverse=True)[:LONGEST]
    return Readability(
        grade=round(textstat.flesch_kincaid_grade(text), 1),
        words_per_sentence=round(textstat.words_per_sentence(text), 1),
        words=sum(s.words for s in sentences),
        sentences=sentences,
        longest=longest,
    )


def grade(html):
    """The Flesch–Kincaid grade of a rich-text body, None when it has no words."""
    return measure(html).grade


def english_column(model, name):
    """The column holding the English text of field `name`: `name_en` when it is translated."""
    localized = f"{name}_{ENGLISH.replace('-', '_')}"
    try:
        column = model._meta.get_field(localized)
    except FieldDoesNotExist:  # not translated
        return name
    return localized if getattr(column, "translated_field", None) is not None else name


def rich_text_fields(model):
    """(field, English column) for each rich-text field of the model, in the model's order."""
    return [
        (f, english_column(model, f.name))
        for f in model._meta.concrete_fields
        # modeltranslation's per-language copies are rich text too: each field once.
        if isinstance(f, ProseEditorField) and getattr(f, "translated_field", None) is None
    ]


class ReadabilityGraded:
    """Model mixin: `readability_grade` follows the English text of `readability_field` on every save.

    Listed after the sanitising mixin, so it measures the text as stored.
    """

    readability_field = "body"

    def save(self, *args, **kwargs):
        column = english_column(type(self), self.readability_field)
        update_fields = kwargs.get("update_fields")
        if update_fields is None or column in update_fields:
            self.readability_grade = grade(getattr(self, column))
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "readability_grade"}
        super().save(*args, **kwargs)


class ReadabilityAdminMixin:
    """A panel on the change form: the readability of each English rich-text field, as saved."""

    readability_template = "admin/editorial/readability_panel.html"

    def _measures_readability(self, obj):
        return obj is not None and obj.pk is not None and bool(rich_text_fields(type(obj)))

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if self._measures_readability(obj) and PANEL_FIELD not in fields:
            fields.append(PANEL_FIELD)
        return fields

    def get_fieldsets(self, request, obj=None):
        fieldsets = [
            (name, {**options, "fields": [f for f in options["fields"] if f != PANEL_FIELD]})
            for name, options in super().get_fieldsets(request, obj)
        ]
        if not self._measures_readability(obj):
            return fieldsets
        panel = (
            _("Readability (English)"),
            {"fields": [PANEL_FIELD], "classes": ["readability-fieldset"]},
        )
        # Right after the fieldset holding the last measured field, so it is read beside the text.
        columns = {column for _f, column in rich_text_fields(type(obj))}
        columns |= {f.name for f, _column in rich_text_fields(type(obj))}
        at = len(fieldsets)
        for index, (_name, options) in enumerate(fieldsets):
            names = {n for row in options["fields"] for n in ((row,) if isinstance(row, str) else row)}
            if names & columns:
                at = index + 1
        return [*fieldsets[:at], panel, *fieldsets[at:]]

    @display(description=_("Measured on the English text as last saved"))
    def readability(self, obj):
        # The saved row, not the form's instance: a rejected post must not look measured.
        fields = rich_text_fields(type(obj))
        saved = type(obj)._default_manager.filter(pk=obj.pk).values(*(column for _f, column in fields)).first()
        measures = [{"label": f.verbose_name, "measure": measure((saved or {}).get(column))} for f, column in fields]
        context = {"measures": measures, "target": target_grade()}
        return render_to_string(self.readability_template, context)

    @display(description=_("grade"), ordering="readability_grade")
    def grade(self, obj):
        value = obj.readability_grade
        if value is None:
            return None
        if value > target_grade():
            return _("%(grade)s · above %(target)s") % {"grade": f"{value:.1f}", "target": target_grade()}
        return f"{value:.1f}"
