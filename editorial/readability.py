"""Readability of English rich text, in front of the editor (filled in by its owner)."""


class ReadabilityAdminMixin:
    pass
