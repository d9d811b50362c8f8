from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProfessionalsConfig(AppConfig):
    name = "professionals"
    verbose_name = _("Find a professional")

    def ready(self):
        from hiphelp.caching import register_public

        from . import signals  # noqa: F401
        from .models import Clinic, Language, Practice, Profession, Professional

        # What profiles and the search form show; applications and places are not on any cached page.
        register_public(Profession, Language, Professional, Clinic, Practice)
