"""The editorial admin: one mixin per capability, composed for every content ModelAdmin."""

from translations.admin_mixins import TranslationDeskMixin

from .history import HistoryAdminMixin
from .locking import LockingAdminMixin
from .readability import ReadabilityAdminMixin
from .review import ReviewAdminMixin
from .roles import RoleAdminMixin


class EditorialAdmin(
    RoleAdminMixin, LockingAdminMixin, ReadabilityAdminMixin, ReviewAdminMixin, HistoryAdminMixin, TranslationDeskMixin
):
    """Mixed in before SimpleHistoryAdmin and the translation admin (see conditions/admin.py)."""
