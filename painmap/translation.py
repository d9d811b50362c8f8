"""Translated fields, then history (see conditions/translation.py for why the order matters)."""

import simple_history
from modeltranslation.translator import TranslationOptions, register

from .models import Region


@register(Region)
class RegionTranslation(TranslationOptions):
    fields = ("name", "teaser")
    required_languages = ("en",)


simple_history.register(Region)
