"""The counts of the desk: per language, fields and words in each state."""

import unicodedata
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Sum
from django.utils.translation import get_language_info

from .models import State, TranslationState
from .states import target_languages

ORDER = [State.REVIEWED, State.DRAFT, State.OUTDATED, State.MISSING]


@dataclass
class LanguageCounts:
    code: str
    name: str
    fields: dict
    words: dict

    @property
    def total_fields(self):
        return sum(self.fields.values())

    @property
    def total_words(self):
        return sum(self.words.values())

    def shares(self):
        """[(state, fields, field %, words, word %)] in the bar's order."""
        rows = []
        for state in ORDER:
            fields, words = self.fields.get(state, 0), self.words.get(state, 0)
            rows.append(
                (
                    state,
                    fields,
                    round(100 * fields / self.total_fields, 1) if self.total_fields else 0,
                    words,
                    round(100 * words / self.total_words, 1) if self.total_words else 0,
                )
            )
        return rows


def language_name(code):
    """The language's own name (Tiếng Việt, 简体中文, العربيّة)."""
    try:
        # Django spells some in decomposed form (Vietnamese): composed, they match what people type.
        return unicodedata.normalize("NFC", get_language_info(code)["name_local"])
    except KeyError:
        return code


def counts(queryset=None):
    """One LanguageCounts per target language, from one grouped query."""
    queryset = TranslationState.objects.all() if queryset is None else queryset
    grouped = queryset.values("language", "state").annotate(fields=Count("pk"), words=Sum("source_words")).order_by()
    table = {code: LanguageCounts(code, language_name(code), {}, {}) for code in target_languages()}
    for row in grouped:
        entry = table.get(row["language"])
        if entry is not None:
            entry.fields[row["state"]] = row["fields"]
            entry.words[row["state"]] = row["words"] or 0
    return list(table.values())


def language_choices():
    return [(code, language_name(code)) for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
