"""The editorial roles' permissions on articles and resources.

As in 0008_care_card_roles.py: permissions are created here first, because post_migrate
(which would create them) runs only after every migration. Like guides, nobody but a
superuser deletes them (editors unpublish instead; reviewers recover what was deleted).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODELS = ["article", "resource"]
EDITORS = [
    *[f"{action}_{model}" for action in ("add", "change", "view") for model in MODELS],
    *[f"view_historical{model}" for model in MODELS],
]
ROLES = {
    "Editors": EDITORS,
    "Clinical reviewers": EDITORS,
    "Translators": [f"{action}_{model}" for action in ("change", "view") for model in MODELS],
}


def add_permissions(apps, schema_editor):
    using = schema_editor.connection.alias
    app_config = apps.get_app_config("conditions")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, using=using, apps=apps)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in ROLES.items():
        found = list(
            Permission.objects.using(using).filter(content_type__app_label="conditions", codename__in=codenames)
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
                *Permission.objects.using(using).filter(content_type__app_label="conditions", codename__in=codenames)
            )


class Migration(migrations.Migration):
    dependencies = [
        ("conditions", "0009_articles_and_resources"),
        ("editorial", "0002_roles"),
    ]

    operations = [migrations.RunPython(add_permissions, remove_permissions)]
