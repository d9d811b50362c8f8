"""Rich text: one editor configuration, one sanitiser, one renderer.

Bodies are edited with django-prose-editor and cleaned with nh3 whenever a model is
saved, and again whenever they are rendered: loaddata (and so a restore), QuerySet.update
and raw SQL write without calling save(). Whole pages are cached, so that costs once per
edit. At render time two short codes, written as a paragraph of their own, place shared
blocks inside a body:

    [[figure 1.2]]            the section's figure numbered 1.2
    [[snippet what-is-pain]]  the snippet with that slug, as a disclosure
"""

import re
from html import unescape

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django_prose_editor.fields import ProseEditorField, create_sanitizer

from editorial.guardrails import language_columns, short_code_errors

# No extension that writes style="" attributes: the CSP strips them on load.
EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Heading": {"levels": [3, 4]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HardBreak": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto"]},
    "History": True,
    "HTML": True,
}

sanitize_html = create_sanitizer(EXTENSIONS)


class RichTextField(ProseEditorField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("extensions", EXTENSIONS)
        kwargs.setdefault("sanitize", True)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)


class RichTextModel:
    """Mixin: sanitise every rich-text column, each language's included, on save; check its short codes."""

    # Field -> the kinds of short code its text may hold. A tab's figure codes are checked by
    # the admin, which saves the figures with the tab: here only what is true at any moment.
    short_code_fields = {}

    def clean_fields(self, exclude=None):
        errors = {}
        try:
            super().clean_fields(exclude=exclude)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        for name, places in self.short_code_fields.items():
            for column in language_columns(type(self), name):
                if column in (exclude or ()) or column in errors:
                    continue  # not in the form (nothing typed there), or already refused
                if problems := short_code_errors(getattr(self, column), places=places, snippets_found=snippets_found):
                    errors[column] = problems
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        for field in self._meta.concrete_fields:
            if isinstance(field, RichTextField):
                # Read the column itself: the translated descriptor would hand
                # back fallback text and write it into the wrong language.
                value = self.__dict__.get(field.attname)
                if value:
                    self.__dict__[field.attname] = sanitize_html(value)
        super().save(*args, **kwargs)


SHORTCODE = re.compile(r"(?:<p>\s*)?\[\[\s*(figure|snippet)\s+([\w.-]+)\s*\]\](?:\s*</p>)?")
HEADING = re.compile(r"<h([34])>(.*?)</h\1>", re.S)
TAG = re.compile(r"<[^>]+>")
LANG_PREFIX = re.compile('href="/({})/'.format("|".join(re.escape(code) for code, _ in settings.LANGUAGES)))


def heading_id(text):
    return slugify(unescape(TAG.sub("", text)), allow_unicode=True)


def figure_anchor(number):
    return "figure-" + slugify(str(number).replace(".", "-"))


def render_rich_text(html, *, figures=None, snippets=None, language="en", placed=None, anchors_from=None):
    """Render a body: sanitised, short codes expanded, headings anchored, links localised.

    ``figures`` maps a figure number to its Figure, ``snippets`` a slug to its Snippet;
    numbers of the figures placed are added to ``placed`` so the rest can follow the body.
    ``anchors_from`` is the English text of the same body: a translation's headings take
    the English ids, so a link to a heading works in every language.
    """
    # Cleaned before anything is added: the includes below are escaped by their templates.
    html = sanitize_html(html) if html else ""
    if not html:
        return mark_safe("")
    figures = figures or {}
    snippets = snippets or {}

    def expand(match):
        kind, key = match.groups()
        if kind == "figure" and key in figures:
            if placed is not None:
                placed.add(key)
            return render_to_string("includes/figure.html", {"figure": figures[key]})
        if kind == "snippet" and key in snippets:
            snippet = render_snippet(snippets[key], language=language)
            return render_to_string("includes/snippet.html", {"snippet": snippet})
        return ""  # A code naming nothing is left out rather than shown raw.

    html = SHORTCODE.sub(expand, html)
    ids = [heading_id(m[2]) for m in HEADING.finditer(anchors_from or "")]
    own = list(HEADING.finditer(html))
    if len(ids) != len(own):
        ids = [heading_id(m[2]) for m in own]
    ids = iter(ids)
    html = HEADING.sub(lambda m: f'<h{m[1]} id="{next(ids)}">{m[2]}</h{m[1]}>', html)
    # Editors link within the site in English; readers stay in their language.
    html = LANG_PREFIX.sub(f'href="/{language}/', html)
    return mark_safe(html)  # noqa: S308 -- sanitised above; includes are auto-escaped


def render_snippet(snippet, *, language):
    """Give a snippet its `rendered` body, as includes/snippet.html shows it: like any body."""
    # No snippets inside a snippet: a code in one is left out, and cannot recurse.
    snippet.rendered = render_rich_text(snippet.body, language=language, anchors_from=snippet.body_en)
    return snippet


def snippets_found(slugs):
    """Which of these slugs name a snippet."""
    snippet = apps.get_model("conditions", "Snippet")
    return set(snippet.objects.filter(slug__in=slugs).values_list("slug", flat=True))


def snippet_slugs(*texts):
    """Slugs of the snippets that the given bodies place."""
    return {key for text in texts if text for kind, key in SHORTCODE.findall(text) if kind == "snippet"}
