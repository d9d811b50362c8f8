"""The translator's desk for the editorial roles.

Translators see the desk, mark translations reviewed and exchange files with outside
translators; Clinical reviewers may do the same; Editors see the desk and exchange files.
As in editorial/migrations/0002_roles.py, the permissions are created here first.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

VIEW = ["view_translationstate"]
ROLES = {
    "Translators": [*VIEW, "review_translation", "exchange_translations"],
    "Clinical reviewers": [*VIEW, "review_translation", "exchange_translations"],
    "Editors": [*VIEW, "exchange_translations"],
}


def add_permissions(apps, schema_editor):
    using = schema_editor.connection.alias
    app_config = apps.get_app_config("translations")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, using=using, apps=apps)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in ROLES.items():
        found = list(
            Permission.objects.using(using).filter(content_type__app_label="translations", codename__in=codenames)
        )
        missing = set(codenames) - {p.codename for p in found}
        if missing:
            raise RuntimeError(f"Permissions missing for the group {name}: {sorted(missing)}")
        group, _created = Group.objects.using(using).get_or_create(name=name)
        group.permissions.add(*found)


def remove_permissions(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    using = schema_editor.connection.alias
    for name, codenames in ROLES.items():
        for group in Group.objects.using(using).filter(name=name):
            group.permissions.remove(
                *Permission.objects.using(using).filter(content_type__app_label="translations", codename__in=codenames)
            )


class Migration(migrations.Migration):
    dependencies = [
        ("translations", "0001_states_and_memory"),
        ("editorial", "0002_roles"),
    ]

    operations = [migrations.RunPython(add_permissions, remove_permissions)]
