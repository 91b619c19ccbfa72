"""Snapshot bytes move from the database to files of the artifact storage, and texts found clean
by the export's re-scan are remembered (CleanText), so exports scale (issue 15).

Snapshots made before keep their bytes in `data`; `Snapshot.open` reads them from there, so they
still download and still train without rewriting them here.
"""
from django.db import migrations, models

import annotation.storage


class Migration(migrations.Migration):
    dependencies = [("annotation", "0004_safety_conflict")]

    operations = [
        migrations.AddField(
            model_name="snapshot",
            name="file",
            field=models.FileField(blank=True, max_length=300, storage=annotation.storage.artifacts, upload_to="snapshots/"),
        ),
        migrations.AlterField(model_name="snapshot", name="data", field=models.BinaryField(blank=True, default=b"")),
        migrations.CreateModel(
            name="CleanText",
            fields=[
                ("digest", models.CharField(max_length=64, primary_key=True, serialize=False)),
                ("scrubber_version", models.CharField(max_length=16)),
            ],
        ),
    ]
