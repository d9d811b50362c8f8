"""The editorial roles as groups, with their permissions.

A migration runs before post_migrate creates permissions, so on a fresh database they
are created here first. A content model added later needs a migration of its own that
adds its permissions to these groups.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CONTENT = {
    "conditions": ["snippet", "causecategory", "guide", "commoncondition", "causesection", "figure", "condition"],
    "painmap": ["region"],
}
DIRECTORY = ["professional", "clinic", "place", "practice", "listingapplication", "profession", "language"]


def perms(app_label, actions, models):
    return [(app_label, f"{action}_{model}") for action in actions for model in models]


def content(actions, history=False):
    found = []
    for app_label, models in CONTENT.items():
        found += perms(app_label, actions, models)
        if history:
            found += perms(app_label, ["view"], [f"historical{model}" for model in models])
    return found


EDITORS = [
    *content(["add", "change", "view"], history=True),
    # A line of a guide's "common conditions" list is removed in the guide's form.
    ("conditions", "delete_commoncondition"),
]
ROLES = {
    "Editors": EDITORS,
    "Clinical reviewers": [
        *EDITORS,
        *[("editorial", codename) for codename in ("mark_reviewed", "publish", "restore_version", "recover_deleted")],
    ],
    "Translators": content(["change", "view"]),
    "Directory managers": [
        *perms("professionals", ["add", "change", "view", "delete"], DIRECTORY),
        # A professional's interests are picked from the guides and conditions (autocomplete).
        ("conditions", "view_guide"),
        ("conditions", "view_condition"),
    ],
}


def create_roles(apps, schema_editor):
    using = schema_editor.connection.alias
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, using=using, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, wanted in ROLES.items():
        wanted = set(wanted)
        found = [
            permission
            for permission in Permission.objects.using(using)
            .filter(content_type__app_label__in={app_label for app_label, _codename in wanted})
            .select_related("content_type")
            if (permission.content_type.app_label, permission.codename) in wanted
        ]
        missing = wanted - {(p.content_type.app_label, p.codename) for p in found}
        if missing:
            raise RuntimeError(f"Permissions missing for the group {name}: {sorted(missing)}")
        group, _created = Group.objects.using(using).get_or_create(name=name)
        group.permissions.add(*found)


def remove_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.using(schema_editor.connection.alias).filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("conditions", "0005_editorial_fields"),
        ("painmap", "0003_editorial_fields"),
        ("professionals", "0002_application_review"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
