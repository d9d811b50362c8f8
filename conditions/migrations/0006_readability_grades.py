"""Grade the English text of the rows that existed before grades were kept on save."""

from django.db import migrations

# (model, English column the grade follows), as ReadabilityGraded does on save.
GRADED = (("Guide", "intro_en"), ("CauseSection", "body_en"), ("Snippet", "body_en"))


def grade_existing(apps, schema_editor):
    from editorial.readability import grade

    for name, column in GRADED:
        model = apps.get_model("conditions", name)
        for pk, html in model.objects.filter(readability_grade__isnull=True).values_list("pk", column):
            model.objects.filter(pk=pk).update(readability_grade=grade(html))


class Migration(migrations.Migration):
    dependencies = [("conditions", "0005_editorial_fields")]

    operations = [migrations.RunPython(grade_existing, migrations.RunPython.noop)]
