from django.apps import AppConfig


class HipHelpConfig(AppConfig):
    name = "hiphelp"
    verbose_name = "HipHelp"

    def ready(self):
        from . import checks  # noqa: F401
