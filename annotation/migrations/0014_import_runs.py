"""Background imports (issue 15): ImportRun, a run whose worker streams a stored upload in one transaction."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

import annotation.storage


class Migration(migrations.Migration):
    dependencies = [
        ("annotation", "0013_scale"),
    ]

    operations = [
        migrations.CreateModel(
            name="ImportRun",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "state",
                    models.CharField(
                        choices=[
                            ("queued", "Queued"),
                            ("running", "Running"),
                            ("succeeded", "Succeeded"),
                            ("failed", "Failed"),
                            ("cancelled", "Cancelled"),
                        ],
                        default="queued",
                        max_length=16,
                    ),
                ),
                ("error", models.TextField(blank=True)),
                ("cancel_requested", models.BooleanField(default=False)),
                ("task_id", models.CharField(blank=True, max_length=100)),
                ("worker_host", models.CharField(blank=True, max_length=200)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("started_at", models.DateTimeField(blank=True, null=True)),
                ("finished_at", models.DateTimeField(blank=True, null=True)),
                ("heartbeat_at", models.DateTimeField(blank=True, null=True)),
                (
                    "file",
                    models.FileField(
                        blank=True, max_length=300, storage=annotation.storage.artifacts, upload_to="imports/"
                    ),
                ),
                ("filename", models.CharField(blank=True, help_text="The uploaded file's name.", max_length=300)),
                ("size", models.BigIntegerField(default=0, help_text="The uploaded file's size in bytes.")),
                (
                    "mapping",
                    models.JSONField(
                        blank=True, help_text="The column mapping the rows are read with, if given.", null=True
                    ),
                ),
                ("save_mapping", models.BooleanField(default=False)),
                ("stage", models.CharField(blank=True, help_text="What the worker is doing now.", max_length=200)),
                ("bytes_read", models.BigIntegerField(default=0)),
                ("rows_read", models.BigIntegerField(default=0)),
                (
                    "report",
                    models.JSONField(
                        blank=True, help_text="The import's report once it ended (created, errors...).", null=True
                    ),
                ),
                (
                    "campaign",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="import_runs",
                        to="annotation.campaign",
                    ),
                ),
                (
                    "created_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "ordering": ["-created_at", "-id"],
                "abstract": False,
                "constraints": [
                    models.UniqueConstraint(
                        condition=models.Q(("state__in", ["queued", "running"])),
                        fields=("campaign",),
                        name="one_active_import_per_campaign",
                    )
                ],
            },
        ),
    ]
