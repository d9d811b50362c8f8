from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProfessionalsConfig(AppConfig):
    name = "professionals"
    verbose_name = _("Find a professional")

    def ready(self):
        from . import signals  # noqa: F401
