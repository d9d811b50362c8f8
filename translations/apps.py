from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    name = "translations"
    verbose_name = _("Translations")

    def ready(self):
        from hiphelp.caching import register_public

        from .models import TranslationState
        from .states import connect_signals

        connect_signals()
        # Readers' notices (draft, outdated) follow the states: a change moves the cached pages on.
        register_public(TranslationState)
