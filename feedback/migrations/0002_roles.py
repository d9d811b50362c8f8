"""Editors and clinical reviewers read reader feedback in admin: view only, it is the readers' words.

As in editorial/migrations/0002_roles.py, the permissions are created here first: a
migration runs before post_migrate would create them.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ROLES = ("Editors", "Clinical reviewers")
CODENAMES = ("view_tabfeedback",)


def grant(apps, schema_editor):
    using = schema_editor.connection.alias
    app_config = apps.get_app_config("feedback")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, using=using, apps=apps)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = list(
        Permission.objects.using(using).filter(content_type__app_label="feedback", codename__in=CODENAMES)
    )
    if len(permissions) != len(CODENAMES):
        raise RuntimeError(f"Permissions missing for reader feedback: {CODENAMES}")
    for name in ROLES:
        group, _created = Group.objects.using(using).get_or_create(name=name)
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    using = schema_editor.connection.alias
    permissions = Permission.objects.using(using).filter(content_type__app_label="feedback", codename__in=CODENAMES)
    for group in Group.objects.using(using).filter(name__in=ROLES):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0001_initial"),
        ("editorial", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
