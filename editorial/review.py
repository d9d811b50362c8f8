"""The clinical review cycle: who reviewed a page, when, and when it is due again."""


class ReviewAdminMixin:
    pass
