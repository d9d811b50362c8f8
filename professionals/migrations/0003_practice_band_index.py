"""Index practices by band of latitude, then longitude: a search reads its box, not its rows of latitude.

The old index (latitude first) let a search narrow latitude only: a 50 km search near
Alice Springs read every practice between Rockhampton and Carnarvon. Removing it leaves
old code working (only slower) while both run.
"""

import math

from django.db import migrations, models

BAND_DEGREES = 0.1  # professionals.geo.BAND_DEGREES when this was written


def fill_bands(apps, schema_editor):
    Practice = apps.get_model("professionals", "Practice")
    batch = []
    for practice in Practice.objects.exclude(latitude=None).only("pk", "latitude").iterator(chunk_size=5000):
        practice.band = math.floor(practice.latitude / BAND_DEGREES)
        batch.append(practice)
        if len(batch) == 5000:
            Practice.objects.bulk_update(batch, ["band"])
            batch = []
    Practice.objects.bulk_update(batch, ["band"])


class Migration(migrations.Migration):
    dependencies = [
        ("professionals", "0002_application_review"),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="practice",
            name="practice_search",
        ),
        migrations.AddField(
            model_name="practice",
            name="band",
            field=models.IntegerField(editable=False, null=True),
        ),
        migrations.RunPython(fill_bands, migrations.RunPython.noop),
        migrations.AddIndex(
            model_name="practice",
            index=models.Index(
                fields=["band", "longitude", "latitude", "x", "y", "z", "is_listed", "professional"],
                name="practice_band_search",
            ),
        ),
    ]
