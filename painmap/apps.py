from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PainMapConfig(AppConfig):
    name = "painmap"
    verbose_name = _("Pain map")
