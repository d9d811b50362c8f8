"""What the guides and their tabs, conditions, articles and resources put in the site search.

Imported by ConditionsConfig.ready(). Each builder is called once per language with that
language active: translated fields give what a reader of it sees (English where a
translation is missing, as on the page).
"""

from django.db.models import Prefetch
from django.utils.html import format_html

from hiphelp.search import Document, register

from .models import Article, CauseCategory, CauseSection, CommonCondition, Condition, Guide, Resource
from .richtext import HEADING, heading_id


def _headings(html, english):
    """(text, id) of a body's headings, with the ids the page gives them (the English text's)."""
    own = [match[2] for match in HEADING.finditer(html or "")]
    ids = [heading_id(match[2]) for match in HEADING.finditer(english or "")]
    if len(ids) != len(own):
        ids = [heading_id(text) for text in own]
    return list(zip(own, ids, strict=True))


def guide_document(guide):
    # As the page lists them ("text – link"), one apart from the next, under their heading:
    # a snippet must not run one into another.
    items = " · ".join(f"{item.text} – {item.link_text}" for item in guide.common_conditions.all())
    return Document(
        title=guide.title,
        url=guide.get_absolute_url(),
        kind="guide",
        summary=guide.meta_description,
        body=" ".join([guide.intro, format_html("<h2>{}</h2>{}", guide.common_conditions_heading, items)]),
    )


def section_document(section):
    conditions = list(section.condition_set.all())
    keywords = []
    for condition in conditions:
        keywords += [condition.name, condition.other_names]
        # Readers everywhere type the English names they have heard ("SIJ", "sciatica").
        keywords += [condition.name_en or "", condition.other_names_en or ""]
    return Document(
        title=section.heading,
        url=section.get_absolute_url(),
        kind="tab",
        context=f"{section.guide.title} · {section.category.name}",
        keywords=" · ".join(dict.fromkeys(k for k in keywords if k)),
        summary=section.summary,
        body=" ".join([section.body, section.professional_can, section.note]),
        headings=_headings(section.body, section.body_en),
        anchors=[
            {"text": c.name, "also": c.other_names, "anchor": c.anchor}
            for c in sorted(conditions, key=lambda c: c.name)
        ],
    )


def article_document(article):
    return Document(
        title=article.title,
        url=article.get_absolute_url(),
        kind="article",
        summary=article.summary,
        body=article.body,
        headings=_headings(article.body, article.body_en),
    )


def resource_document(resource):
    return Document(
        title=resource.title,
        url=resource.get_absolute_url(),
        kind="resource",
        summary=resource.summary,
        body=resource.description,
    )


def _sections():
    return (
        CauseSection.objects.filter(is_published=True, guide__in=Guide.objects.published())
        .select_related("guide", "category")
        .prefetch_related(Prefetch("condition_set", queryset=Condition.objects.order_by("pk")))
    )


def _section_pks(**lookup):
    return CauseSection.objects.filter(**lookup).values_list("pk", flat=True)


register(
    Guide,
    document=guide_document,
    queryset=lambda: Guide.objects.published().prefetch_related("common_conditions"),
    related={CommonCondition: lambda item: [item.guide_id]},
)
register(
    CauseSection,
    document=section_document,
    queryset=_sections,
    related={
        Guide: lambda guide: _section_pks(guide=guide),
        CauseCategory: lambda category: _section_pks(category=category),
        Condition: lambda condition: [condition.section_id] if condition.section_id else [],
    },
)
register(Article, document=article_document, queryset=Article.objects.published)
register(Resource, document=resource_document, queryset=Resource.objects.published)
