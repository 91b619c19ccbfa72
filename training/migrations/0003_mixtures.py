# The SFT mixture work (issue 14): instruction datasets, mixtures, frozen mixture snapshots, sweeps,
# and the fields of a job that trains on a mixture.
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

import annotation.storage


class Migration(migrations.Migration):
    dependencies = [
        ("annotation", "0007_team"),
        ("training", "0002_training_config_sections"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="trainingjob",
            name="heldout",
            field=models.JSONField(
                blank=True,
                default=dict,
                help_text="The forgetting check: held-out loss per dataset and kind, of the parent and of the new version.",
            ),
        ),
        migrations.AddField(
            model_name="trainingjob",
            name="promote",
            field=models.BooleanField(
                default=True, help_text="Whether the new version becomes the lineage's current one."
            ),
        ),
        migrations.AlterField(
            model_name="trainingjob",
            name="snapshot",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="training_jobs",
                to="annotation.snapshot",
            ),
        ),
        migrations.CreateModel(
            name="InstructionDataset",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("name", models.CharField(max_length=200, unique=True)),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("medical", "medical instructions"),
                            ("dialogue", "medical dialogue"),
                            ("general", "general instructions"),
                        ],
                        max_length=16,
                    ),
                ),
                ("description", models.TextField(blank=True)),
                ("source_filename", models.CharField(blank=True, max_length=300)),
                ("source_format", models.CharField(blank=True, max_length=16)),
                (
                    "layouts",
                    models.JSONField(blank=True, default=dict, help_text="Rows per layout read from the file."),
                ),
                ("file", models.FileField(max_length=300, storage=annotation.storage.artifacts, upload_to="datasets/")),
                ("sha256", models.CharField(max_length=64)),
                ("row_count", models.PositiveIntegerField()),
                ("turn_count", models.PositiveIntegerField(default=0, help_text="Assistant turns.")),
                ("token_count", models.PositiveBigIntegerField(blank=True, null=True)),
                (
                    "tokenizer",
                    models.CharField(blank=True, help_text="Model version whose tokenizer counted.", max_length=200),
                ),
                ("redactions", models.JSONField(blank=True, default=dict, help_text="Identifiers replaced, by kind.")),
                ("deid_version", models.CharField(blank=True, max_length=16)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
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
                (
                    "snapshot",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="instruction_datasets",
                        to="annotation.snapshot",
                    ),
                ),
            ],
            options={
                "ordering": ["name"],
            },
        ),
        migrations.CreateModel(
            name="Mixture",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("name", models.CharField(max_length=200, unique=True)),
                ("description", models.TextField(blank=True)),
                (
                    "basis",
                    models.CharField(choices=[("rows", "rows"), ("tokens", "tokens")], default="rows", max_length=8),
                ),
                ("seed", models.IntegerField(default=0)),
                ("heldout_fraction", models.FloatField(default=0.1)),
                ("heldout_max", models.PositiveIntegerField(default=200)),
                (
                    "total",
                    models.PositiveIntegerField(
                        blank=True, help_text="Rows or tokens in all; empty: from the datasets.", null=True
                    ),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True)),
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
                (
                    "tokenizer_version",
                    models.ForeignKey(
                        blank=True,
                        help_text="Counts tokens (needed for a token basis).",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="training.modelversion",
                    ),
                ),
            ],
            options={
                "ordering": ["-created_at", "-id"],
            },
        ),
        migrations.CreateModel(
            name="MixtureComponent",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("position", models.PositiveIntegerField(default=0, help_text="Earlier datasets win deduplication.")),
                ("weight", models.FloatField(blank=True, null=True)),
                ("share", models.FloatField(blank=True, null=True)),
                (
                    "dataset",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="components",
                        to="training.instructiondataset",
                    ),
                ),
                (
                    "mixture",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="components", to="training.mixture"
                    ),
                ),
            ],
            options={
                "ordering": ["mixture", "position", "id"],
            },
        ),
        migrations.CreateModel(
            name="MixtureSnapshot",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("version", models.PositiveIntegerField()),
                (
                    "general_share",
                    models.FloatField(blank=True, help_text="Set when a sweep overrode the shares.", null=True),
                ),
                ("manifest", models.JSONField(default=dict)),
                ("sha256", models.CharField(max_length=64)),
                ("row_count", models.PositiveIntegerField()),
                ("heldout_count", models.PositiveIntegerField()),
                (
                    "train_file",
                    models.FileField(max_length=300, storage=annotation.storage.artifacts, upload_to="mixtures/"),
                ),
                (
                    "heldout_file",
                    models.FileField(max_length=300, storage=annotation.storage.artifacts, upload_to="mixtures/"),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True)),
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
                (
                    "mixture",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT, related_name="snapshots", to="training.mixture"
                    ),
                ),
            ],
            options={
                "ordering": ["-id"],
            },
        ),
        migrations.AddField(
            model_name="trainingjob",
            name="mixture_snapshot",
            field=models.ForeignKey(
                blank=True,
                help_text="An SFT job trains on a frozen mixture instead of an annotation snapshot.",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="training_jobs",
                to="training.mixturesnapshot",
            ),
        ),
        migrations.CreateModel(
            name="Sweep",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("shares", models.JSONField(help_text="General shares, one job each, e.g. [0, 0.1, 0.25, 0.5].")),
                ("config", models.JSONField(default=dict)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                (
                    "base_version",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT, related_name="sweeps", to="training.modelversion"
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
                (
                    "mixture",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT, related_name="sweeps", to="training.mixture"
                    ),
                ),
            ],
            options={
                "ordering": ["-created_at", "-id"],
            },
        ),
        migrations.AddField(
            model_name="trainingjob",
            name="sweep",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="jobs",
                to="training.sweep",
            ),
        ),
        migrations.AddConstraint(
            model_name="trainingjob",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("mixture_snapshot__isnull", False), ("snapshot__isnull", True)),
                    models.Q(("mixture_snapshot__isnull", True), ("snapshot__isnull", False)),
                    _connector="OR",
                ),
                name="job_trains_on_one_data_source",
            ),
        ),
        migrations.AddConstraint(
            model_name="mixturecomponent",
            constraint=models.UniqueConstraint(fields=("mixture", "dataset"), name="mixture_dataset_once"),
        ),
        migrations.AddConstraint(
            model_name="mixturecomponent",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("share__isnull", False), ("weight__isnull", True)),
                    models.Q(("share__isnull", True), ("weight__isnull", False)),
                    _connector="OR",
                ),
                name="component_weight_or_share",
            ),
        ),
        migrations.AddConstraint(
            model_name="mixturesnapshot",
            constraint=models.UniqueConstraint(fields=("mixture", "version"), name="mixture_snapshot_version"),
        ),
        migrations.AddField(
            model_name="trainingjob",
            name="next_job",
            field=models.OneToOneField(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="previous_job",
                to="training.trainingjob",
            ),
        ),
        migrations.AddField(
            model_name="trainingjob",
            name="then_dpo",
            field=models.JSONField(
                blank=True,
                default=dict,
                help_text='Two-stage pipeline: {"campaigns": [ids], "config": {...}} starts DPO from this job\'s version when it succeeds.',
            ),
        ),
    ]
