"""Translated fields, then history: registered in this order so that the history
models copy every language's column (see DESIGN.md)."""

import simple_history
from modeltranslation.translator import TranslationOptions, register

from .models import (
    Article,
    CareCard,
    CauseCategory,
    CauseSection,
    CommonCondition,
    Condition,
    Figure,
    Guide,
    RedFlag,
    Resource,
    Snippet,
)


@register(Snippet)
class SnippetTranslation(TranslationOptions):
    fields = ("title", "body")
    required_languages = ("en",)


@register(CauseCategory)
class CauseCategoryTranslation(TranslationOptions):
    fields = ("name", "explainer")
    required_languages = ("en",)


@register(Guide)
class GuideTranslation(TranslationOptions):
    fields = ("title", "intro", "common_conditions_heading", "related_heading", "meta_description")
    required_languages = {"en": ("title",)}


@register(CommonCondition)
class CommonConditionTranslation(TranslationOptions):
    fields = ("text", "link_text")
    required_languages = ("en",)


@register(CauseSection)
class CauseSectionTranslation(TranslationOptions):
    fields = ("heading", "summary", "body", "professional_can", "note")
    required_languages = {"en": ("heading", "summary")}


@register(Figure)
class FigureTranslation(TranslationOptions):
    fields = ("caption", "alt_text")
    required_languages = ("en",)


@register(Condition)
class ConditionTranslation(TranslationOptions):
    fields = ("name", "other_names", "summary")
    required_languages = {"en": ("name",)}


@register(RedFlag)
class RedFlagTranslation(TranslationOptions):
    fields = ("text",)
    required_languages = ("en",)


@register(CareCard)
class CareCardTranslation(TranslationOptions):
    fields = ("symptoms",)


@register(Article)
class ArticleTranslation(TranslationOptions):
    fields = ("title", "summary", "body", "meta_description")
    required_languages = {"en": ("title", "summary")}


@register(Resource)
class ResourceTranslation(TranslationOptions):
    fields = ("title", "summary", "description", "meta_description")
    required_languages = {"en": ("title", "summary")}


for model in (Snippet, CauseCategory, Guide, CommonCondition, CauseSection, Figure, Condition, RedFlag):
    simple_history.register(model)
# A card's history keeps which shared signs it listed, so restoring a version brings them back.
simple_history.register(CareCard, m2m_fields=["red_flags"])
# Their history keeps the guides they were related to, so restoring a version brings them back.
simple_history.register(Article, m2m_fields=["related_guides"])
simple_history.register(Resource, m2m_fields=["related_guides"])
