"""Guardrails an editor meets on save: figures, short codes and site links that lead nowhere.

What is true at any moment (a snippet code names a snippet) is checked by the model, so the
shell and the demo loader meet it too; what depends on the figures saved with a tab in the
same form is checked by the admin's figure formset; a link that leads nowhere only warns,
since the page it names may be written next.
"""

import re
from html import unescape
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _

from .readability import rich_text_fields, text_blocks

# Short codes exactly as the renderer (conditions/richtext.py) expands them; anything else
# in double brackets is shown to readers raw.
ANY_CODE = re.compile(r"\[\[(.*?)\]\]", re.S)
CODE = re.compile(r"\s*(figure|snippet)\s+([\w.-]+)\s*")
CITATION = re.compile(r"\b(?:Figure|Fig\.)\s*(\d+(?:\.\d+)*)", re.IGNORECASE)
SITE_LINK = re.compile(r"""href\s*=\s*["'](/(?!/)[^"']*)["']""")
LANGUAGE_PREFIX = re.compile(r"^/([\w-]+)/")

# view name -> check(**url kwargs) -> bool: whether the object that URL shows exists.
LINK_CHECKS = {}


def short_codes(html):
    """(kind, key, as written) for each [[…]] in the text; kind is None for a code the site does not know."""
    found = []
    for match in ANY_CODE.finditer(unescape(html or "")):
        code = CODE.fullmatch(match[1])
        found.append((code[1], code[2], match[0]) if code else (None, None, match[0]))
    return found


def cited_figures(html):
    """Numbers of the figures the prose cites as “Figure N” or “Fig. N”, in order, once each."""
    text = " ".join(text_blocks(html))  # short codes left out: [[figure 1.2]] places, it does not cite
    return list(dict.fromkeys(CITATION.findall(text)))


def short_code_errors(html, *, places=(), snippets_found=None):
    """Messages for codes in one text that would show nothing (or show raw).

    `places` are the kinds of code this text may hold ("figure", "snippet"); figure numbers
    are left to the caller, who knows the figures. `snippets_found(slugs)` returns the slugs
    of those that exist.
    """
    errors = []
    codes = short_codes(html)
    for kind, key, written in codes:
        if kind is None:
            errors.append(
                _("“%(code)s” is not a code this site knows: write [[figure 1.2]] or [[snippet slug]].")
                % {"code": written}
            )
        elif kind not in places:
            message = (
                _("The text places [[figure %(key)s]], but figures cannot be placed in this text.")
                if kind == "figure"
                else _("The text places [[snippet %(key)s]], but snippets cannot be placed in this text.")
            )
            errors.append(message % {"key": key})
    wanted = [key for kind, key, _w in codes if kind == "snippet" and "snippet" in places]
    if wanted and snippets_found is not None:
        found = set(snippets_found(set(wanted)))
        for slug in dict.fromkeys(wanted):
            if slug not in found:
                errors.append(
                    _("The text places [[snippet %(slug)s]], but there is no snippet “%(slug)s”.") % {"slug": slug}
                )
    return list(dict.fromkeys(errors))


def figure_errors(html, numbers):
    """Messages for figures the text cites or places that are not among `numbers`."""
    errors = []
    for number in cited_figures(html):
        if number not in numbers:
            errors.append(
                _("The text cites Figure %(number)s, but this tab has no Figure %(number)s.") % {"number": number}
            )
    placed = dict.fromkeys(key for kind, key, _w in short_codes(html) if kind == "figure")
    for number in placed:
        if number not in numbers:
            errors.append(
                _("The text places [[figure %(number)s]], but this tab has no Figure %(number)s.") % {"number": number}
            )
    return errors


def register_link_check(view_name, check):
    """Have links to `view_name` checked: `check(**kwargs)` says whether what the URL shows exists."""
    LINK_CHECKS[view_name] = check


def site_link_resolves(href):
    """Whether a link to a path of this site leads to a page (or a file it serves)."""
    path = urlsplit(unescape(href)).path or "/"
    if path.startswith((settings.STATIC_URL, settings.MEDIA_URL)):
        return True  # files, not views; served outside the URLconf in production
    prefix = LANGUAGE_PREFIX.match(path)
    language = prefix[1] if prefix and prefix[1] in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
    # i18n_patterns match only the active language's prefix.
    with translation.override(language):
        candidates = [path] + ([path + "/"] if settings.APPEND_SLASH and not path.endswith("/") else [])
        for candidate in candidates:
            try:
                match = resolve(candidate)
            except Resolver404:
                continue
            check = LINK_CHECKS.get(match.view_name)
            return check is None or bool(check(**match.kwargs))
    return False


def broken_site_links(html):
    """Links in the text to paths of this site that lead to no page, once each, in order."""
    links = dict.fromkeys(SITE_LINK.findall(html or ""))
    return [href for href in links if not site_link_resolves(href)]


def language_columns(model, name):
    """Every language's column of field `name` (just `name` when it is not translated)."""
    columns = [
        f.name
        for f in model._meta.concrete_fields
        if getattr(getattr(f, "translated_field", None), "name", None) == name
    ]
    return columns or [name]


def column_label(model, column):
    """A column as an editor knows it: “body (Arabic)”."""
    field = model._meta.get_field(column)
    language = getattr(field, "language", None)
    original = getattr(field, "translated_field", field)
    if not language:
        return str(original.verbose_name)
    name = get_language_info(language)["name_translated"]
    return _("%(field)s (%(language)s)") % {"field": original.verbose_name, "language": name}


def where_found(errors):
    """(problem, where) pairs as one message per problem, naming every text it is found in."""
    places = {}
    for problem, where in errors:
        places.setdefault(problem, []).append(where)
    return [
        _("%(problem)s Found in: %(where)s.") % {"problem": problem, "where": ", ".join(dict.fromkeys(where))}
        for problem, where in places.items()
    ]


def missing_figures(obj, text_fields, numbers):
    """One message per figure that the text of `obj` (every language) cites or places but `numbers` lacks."""
    errors = []
    model = type(obj)
    for name in text_fields:
        for column in language_columns(model, name):
            problems = figure_errors(getattr(obj, column, "") or "", numbers)
            errors += [(problem, column_label(model, column)) for problem in problems]
    return where_found(errors)


def _kept(formset, form):
    """Whether a form of the formset stands for an object after the save (not deleted, not empty)."""
    if formset.can_delete and formset._should_delete_form(form):
        return False
    return bool(form.instance.pk or form.has_changed())


class CitedFiguresFormSet(BaseInlineFormSet):
    """The figure inline of a tab: every figure its text cites or places is among those it keeps.

    Checked here, not on the model, because the figures are saved after the tab, in the same
    form; the parent's text is read from the instance the parent form has just filled.
    """

    text_fields = ("body",)
    number_field = "number"

    def kept_numbers(self):
        """Numbers of the figures the tab has after this save: existing and added, less deleted."""
        numbers = set()
        for form in self.forms:
            if not _kept(self, form):
                continue
            data = getattr(form, "cleaned_data", None) or {}
            number = data.get(self.number_field, getattr(form.instance, self.number_field, ""))
            if number:
                numbers.add(str(number).strip())
        return numbers

    def clean(self):
        super().clean()
        if errors := missing_figures(self.instance, self.text_fields, self.kept_numbers()):
            raise ValidationError(errors)


class SavedFiguresFormSet(BaseInlineFormSet):
    """An inline of tabs edited without their figures (on the guide's form): what each changed
    tab's text cites or places is among the figures it has."""

    text_fields = ("body",)
    figures = "figures"
    number_field = "number"

    def clean(self):
        super().clean()
        for form in self.forms:
            if not (_kept(self, form) and form.has_changed()):
                continue  # a tab not touched here is not held up by this guide's save
            obj = form.instance
            numbers = set()
            if obj.pk:
                numbers = {str(n).strip() for n in getattr(obj, self.figures).values_list(self.number_field, flat=True)}
            if errors := missing_figures(obj, self.text_fields, numbers):
                form.add_error(None, errors)


class GuardrailAdminMixin:
    """After a save, a warning naming each link to this site that leads to no page."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        links = []
        for f, _column in rich_text_fields(type(obj)):
            for column in language_columns(type(obj), f.name):
                links += broken_site_links(getattr(obj, column, "") or "")
        for href in dict.fromkeys(links):
            messages.warning(
                request,
                _("The link to “%(link)s” leads to no page of this site: check it, or write the page it names.")
                % {"link": href},
            )
