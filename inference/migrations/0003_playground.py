import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("inference", "0002_evaluation_trust"),
        ("training", "0001_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="PlaygroundTurn",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("state", models.CharField(choices=[("queued", "Queued"), ("running", "Running"), ("succeeded", "Succeeded"), ("failed", "Failed"), ("cancelled", "Cancelled")], default="queued", max_length=16)),
                ("error", models.TextField(blank=True)),
                ("cancel_requested", models.BooleanField(default=False)),
                ("worker_host", models.CharField(blank=True, max_length=200)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("started_at", models.DateTimeField(blank=True, null=True)),
                ("finished_at", models.DateTimeField(blank=True, null=True)),
                ("heartbeat_at", models.DateTimeField(blank=True, null=True)),
                ("messages", models.JSONField(help_text="The conversation so far, ending with the user's message.")),
                ("sampling", models.JSONField(default=dict)),
                ("reply", models.TextField(blank=True)),
                ("new_tokens", models.PositiveIntegerField(default=0)),
                ("load_seconds", models.FloatField(blank=True, help_text="Loading the version; 0 when the worker had it loaded already.", null=True)),
                ("generate_seconds", models.FloatField(blank=True, null=True)),
                ("created_by", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to=settings.AUTH_USER_MODEL)),
                ("model_version", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="+", to="training.modelversion")),
            ],
            options={"ordering": ["-created_at", "-id"], "abstract": False},
        ),
    ]
