from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PainMapConfig(AppConfig):
    name = "painmap"
    verbose_name = _("Pain map")

    def ready(self):
        from hiphelp.caching import register_public

        from .models import Region

        register_public(Region)
