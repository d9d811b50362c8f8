from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConditionsConfig(AppConfig):
    name = "conditions"
    verbose_name = _("Guides and conditions")

    def ready(self):
        from hiphelp.caching import register_public

        from . import search  # noqa: F401 -- registers what the site search indexes

        # Every content model; not their history models, which no page shows.
        register_public(*(model for model in self.get_models() if not hasattr(model, "instance_type")))
