from django.apps import AppConfig


class HipHelpConfig(AppConfig):
    name = "hiphelp"
    verbose_name = "HipHelp"

    def ready(self):
        from .caching import connect_invalidation

        connect_invalidation()
