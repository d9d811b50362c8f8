from django.db import migrations, models


class Migration(migrations.Migration):
    """The search's covering index, with the columns 0004 and 0005 added, in a transaction
    of its own (PostgreSQL builds no index on a table with foreign key checks pending)."""

    dependencies = [
        ("professionals", "0005_practice_search_copies"),
    ]

    operations = [
        # Where 0004 still built the previous index, it goes first (only in the database:
        # the migration state no longer holds it).
        migrations.RunSQL("DROP INDEX IF EXISTS practice_band_search", migrations.RunSQL.noop),
        migrations.AddIndex(
            model_name="practice",
            index=models.Index(
                fields=[
                    "band",
                    "longitude",
                    "latitude",
                    "x",
                    "y",
                    "z",
                    "is_listed",
                    "profession",
                    "only_practice",
                    "language_keys",
                    "interest_keys",
                    "professional",
                ],
                name="practice_band_search",
            ),
        ),
    ]
