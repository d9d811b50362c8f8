"""Translated fields, then history (see conditions/translation.py for why the order matters)."""

import simple_history
from modeltranslation.translator import TranslationOptions, register

from .models import Clinic, Language, ListingApplication, Profession, Professional


@register(Profession)
class ProfessionTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ("en",)


@register(Language)
class LanguageTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ("en",)


for model in (Profession, Language, Professional, Clinic, ListingApplication):
    simple_history.register(model)
