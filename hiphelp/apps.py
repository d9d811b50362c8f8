from django.apps import AppConfig


class HipHelpConfig(AppConfig):
    name = "hiphelp"
    verbose_name = "HipHelp"
