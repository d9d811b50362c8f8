import re

from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import patch_cache_control
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe

from editorial.drafts import sees_drafts
from hiphelp.caching import public_page
from hiphelp.client import over_limit
from hiphelp.partials import render_partial
from hiphelp.translation_status import hide_unchecked, translated_languages

from .forms import PREPARE_SECTIONS, PrepareForm
from .models import Article, Condition, Guide, Resource, Snippet
from .richtext import render_rich_text, render_snippet, snippet_slugs


def _render_sections(sections, *, guide, language):
    """Expand each section's body once, and the guide intro, with one snippet query at most."""
    if guide.pk:  # not in a preview of unsaved changes
        figures = [f for s in sections if s.pk for f in s.figures.all()]
        hide_unchecked([guide, *guide.common_conditions.all(), *sections, *figures], language)
    texts = [guide.intro, *(s.body for s in sections)]
    slugs = snippet_slugs(*texts)
    snippets = {s.slug: s for s in Snippet.objects.filter(slug__in=slugs)} if slugs else {}
    guide.rendered_intro = render_rich_text(guide.intro, snippets=snippets, language=language)
    if guide.snippet:
        render_snippet(guide.snippet, language=language)
    for section in sections:
        # A tab not saved yet (a preview) has no figures of its own.
        figures = list(section.figures.all()) if section.pk else []
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


def linked_conditions(common_conditions, sections):
    """The guide's common conditions, each marked with whether the tab it points at is shown."""
    shown = {section.category_id for section in sections}
    items = list(common_conditions)
    for item in items:
        item.tab_shown = item.category_id in shown
    return items


def _guide_or_404(request, slug):
    return get_object_or_404(Guide.objects.for_detail(drafts=sees_drafts(request)), slug=slug)


def all_sections_context(guide, sections, common_conditions, *, language):
    """What guide_all.html renders: shared by the page and the admin's preview of unsaved changes."""
    _render_sections(sections, guide=guide, language=language)
    return {
        "guide": guide,
        "sections": sections,
        "common_conditions": linked_conditions(common_conditions, sections),
        "page_languages": guide_languages(guide, sections),
    }


# The sides of the body map (painmap.Region.Side): ?side= says which one the reader chose.
MAP_SIDES = ("right", "left")


@require_safe
@public_page(params=["side"])
def guide_detail(request, slug, category=None):
    """A guide with one tab open: the first, or the one in the URL."""
    if "side" in request.GET and request.GET["side"] not in MAP_SIDES:
        return redirect(request.path)  # not cached: junk sides make no pages
    guide = _guide_or_404(request, slug)
    sections = list(guide.sections.all())
    if category is None:
        section = sections[0] if sections else None
    else:
        section = next((s for s in sections if s.category.slug == category), None)
        if section is None:
            raise Http404("No such tab in this guide.")
    _render_sections([section] if section else [], guide=guide, language=request.LANGUAGE_CODE)
    context = {
        "guide": guide,
        "sections": sections,
        "section": section,
        "common_conditions": linked_conditions(guide.common_conditions.all(), sections),
        "page_languages": guide_languages(guide, [section] if section else []),
    }
    return render_partial(request, "conditions/guide.html", context, partial="cause-panel")


@require_safe
@public_page
def guide_all(request, slug):
    """The introduction and every tab on one page: for reading through and for print."""
    guide = _guide_or_404(request, slug)
    sections = list(guide.sections.all())
    context = all_sections_context(guide, sections, guide.common_conditions.all(), language=request.LANGUAGE_CODE)
    return render(request, "conditions/guide_all.html", context)


def _prepare_context(guide, form):
    """What guide_prepare.html renders: the guide's lists, and the reader's answers when making the PDF."""
    sections = list(guide.sections.all())
    return {
        "guide": guide,
        "sections": sections,
        "common_conditions": list(guide.common_conditions.all()),
        "page_languages": translated_languages((guide, "title"), *((s, "summary") for s in sections)),
        "form": form,
        # Unbound (the page everyone gets): every section ticked; else what the reader ticked.
        "included": [s for s in form.data.getlist("include") if s in PREPARE_SECTIONS]
        if form.is_bound
        else PREPARE_SECTIONS,
        "scores": [str(n) for n in range(11)],
    }


@require_safe
@public_page
def guide_prepare(request, slug):
    """A one-page sheet to take to an appointment: the reader fills it in and prints it."""
    guide = _guide_or_404(request, slug)
    return render(request, "conditions/guide_prepare.html", _prepare_context(guide, PrepareForm()))


PDF_LIMIT = 30  # PDFs per client per 10 minutes: each takes a moment of the server's time


# Exempt from CSRF because it changes nothing: it stores nothing, logs nothing of what was
# typed and only returns a file to whoever asked. A forged cross-site post could do no more
# than hand a reader a PDF of the forger's own text. (The page that posts here is cached for
# everyone, so it cannot carry a per-reader token.)
@csrf_exempt
@require_POST
def guide_prepare_pdf(request, slug):
    """The filled-in sheet as a PDF; nothing the reader typed is kept."""
    from .pdf import html_to_pdf  # WeasyPrint is heavy to import: only when someone asks

    guide = _guide_or_404(request, slug)
    form = PrepareForm(request.POST)
    if form.is_valid() and over_limit(request, "prepare-pdf", limit=PDF_LIMIT, seconds=10 * 60):
        form.add_error(None, _("Too many PDFs asked for in a short time. Please print the page instead, or try later."))
    if not form.is_valid():
        # The sheet again, with what they typed and the reason, to print or try again.
        response = render(request, "conditions/guide_prepare.html", _prepare_context(guide, form), status=400)
    else:
        html = render(request, "conditions/guide_prepare.html", {**_prepare_context(guide, form), "pdf": True})
        pdf = html_to_pdf(html.content.decode(), base_url=request.build_absolute_uri("/"))
        response = HttpResponse(pdf, content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="{guide.slug}-appointment.pdf"'
    patch_cache_control(response, private=True, no_store=True)
    return response


@require_safe
@public_page
def condition_index(request):
    """Conditions A–Z, each linking to the tab that explains it."""
    return render(request, "conditions/condition_index.html", {"letters": Condition.objects.a_to_z()})


ARTICLES_PER_PAGE = 20
PAGE_HEADING = re.compile(r"<(/?)h([34])\b")


@require_safe
@public_page(params=["page"])
def article_list(request):
    """The articles, newest first, a page at a time."""
    articles = Article.objects.for_list(drafts=sees_drafts(request))
    raw = request.GET.get("page")
    page = Paginator(articles, ARTICLES_PER_PAGE).get_page(raw)
    if (raw is not None and raw != str(page.number)) or raw == "1":
        # Junk, out of range or the first page: one address per page, so the cache holds each once.
        query = f"?page={page.number}" if page.number > 1 else ""
        return HttpResponseRedirect(f"{request.path}{query}")
    context = {"page": page, "articles": page.object_list}
    return render_partial(request, "conditions/article_list.html", context, partial="article-list")


def _render_body(text, *, english, language):
    """A body rendered like a guide's: its snippets placed (one query when it has any), links localised."""
    slugs = snippet_slugs(text)
    snippets = {s.slug: s for s in Snippet.objects.filter(slug__in=slugs)} if slugs else {}
    html = render_rich_text(text, snippets=snippets, language=language, anchors_from=english)
    # Editors write headings at levels 3 and 4, for the tabs under a guide's h2; here the page's
    # h1 is the article's own title, so they move up one level and the outline has no gap.
    return mark_safe(PAGE_HEADING.sub(lambda m: f"<{m[1]}h{int(m[2]) - 1}", html))  # noqa: S308 -- rendered above


def article_context(article, *, language):
    """What article_detail.html renders: shared by the page and the admin's preview of unsaved changes."""
    article.rendered_body = _render_body(article.body, english=article.body_en, language=language)
    return {
        "article": article,
        # Not saved yet (a preview): no guides of its own yet.
        "related_guides": list(article.related_guides.all()) if article.pk else [],
        "page_languages": translated_languages((article, "title"), (article, "summary"), (article, "body")),
    }


@require_safe
@public_page
def article_detail(request, slug):
    """One article, with the guides it relates to."""
    article = get_object_or_404(Article.objects.for_detail(drafts=sees_drafts(request)), slug=slug)
    return render(request, "conditions/article_detail.html", article_context(article, language=request.LANGUAGE_CODE))


def resource_context(resource, *, language):
    """What resource_detail.html renders: shared by the page and the admin's preview."""
    resource.rendered_description = _render_body(
        resource.description, english=resource.description_en, language=language
    )
    return {
        "resource": resource,
        "related_guides": list(resource.related_guides.all()) if resource.pk else [],
        "page_languages": translated_languages((resource, "title"), (resource, "summary"), (resource, "description")),
    }


@require_safe
@public_page
def resource_detail(request, slug):
    """A resource: a file to download, with its type and size, or a course on another website."""
    resource = get_object_or_404(Resource.objects.for_detail(drafts=sees_drafts(request)), slug=slug)
    context = resource_context(resource, language=request.LANGUAGE_CODE)
    return render(request, "conditions/resource_detail.html", context)
