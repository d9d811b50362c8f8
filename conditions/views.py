from itertools import groupby

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from hiphelp.caching import public_page
from hiphelp.translation_status import translated_languages

from .models import Condition, Guide, Snippet
from .richtext import render_rich_text, snippet_slugs


def _render_sections(sections, *, guide, language):
    """Expand each section's body once, and the guide intro, with one snippet query at most."""
    texts = [guide.intro, *(s.body for s in sections)]
    slugs = snippet_slugs(*texts)
    snippets = {s.slug: s for s in Snippet.objects.filter(slug__in=slugs)} if slugs else {}
    guide.rendered_intro = render_rich_text(guide.intro, snippets=snippets, language=language)
    for section in sections:
        figures = list(section.figures.all())
        placed = set()
        section.rendered_body = render_rich_text(
            section.body,
            figures={f.number: f for f in figures},
            snippets=snippets,
            language=language,
            placed=placed,
            anchors_from=section.body_en,
        )
        section.rendered_professional_can = render_rich_text(section.professional_can, language=language)
        # Figures an editor did not place in the text follow it, so none is lost.
        section.trailing_figures = [f for f in figures if f.number not in placed]


def guide_languages(guide, sections):
    """Languages the page is really written in: the guide's text and that of the tabs shown."""
    items = [(guide, "title"), (guide, "intro")]
    for section in sections:
        items += [(section, "heading"), (section, "body"), (section, "professional_can")]
    return translated_languages(*items)


def _guide_or_404(slug):
    return get_object_or_404(Guide.objects.for_detail(), slug=slug)


@require_GET
@vary_on_headers("HX-Request")
@public_page
def guide_detail(request, slug, category=None):
    """A guide with one tab open: the first, or the one in the URL."""
    guide = _guide_or_404(slug)
    sections = list(guide.sections.all())
    if category is None:
        section = sections[0] if sections else None
    else:
        section = next((s for s in sections if s.category.slug == category), None)
        if section is None:
            raise Http404("No such tab in this guide.")
    template = "conditions/guide.html"
    partial = request.htmx and not request.htmx.history_restore_request
    if partial:
        template += "#cause-panel"
    _render_sections([section] if section else [], guide=guide, language=request.LANGUAGE_CODE)
    context = {
        "guide": guide,
        "sections": sections,
        "section": section,
        "common_conditions": guide.common_conditions.all(),
        "page_languages": guide_languages(guide, [section] if section else []),
    }
    return render(request, template, context)


@require_GET
@public_page
def guide_all(request, slug):
    """The introduction and every tab on one page: for reading through and for print."""
    guide = _guide_or_404(slug)
    sections = list(guide.sections.all())
    _render_sections(sections, guide=guide, language=request.LANGUAGE_CODE)
    context = {
        "guide": guide,
        "sections": sections,
        "common_conditions": guide.common_conditions.all(),
        "page_languages": guide_languages(guide, sections),
    }
    return render(request, "conditions/guide_all.html", context)


@require_GET
@public_page
def condition_index(request):
    """Conditions A–Z, each linking to the tab that explains it."""
    # Sorted as shown: names a language lacks fall back to English.
    conditions = sorted(Condition.objects.for_index(), key=lambda c: c.name.casefold())
    letters = [(letter, list(items)) for letter, items in groupby(conditions, key=lambda c: c.name[:1].upper())]
    return render(request, "conditions/condition_index.html", {"letters": letters})
