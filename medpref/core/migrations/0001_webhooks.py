# Webhook subscriptions and deliveries (issue 13; medpref.core.webhooks).
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="Subscription",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("url", models.URLField(help_text="Where events are POSTed (http or https).", max_length=2000)),
                ("events", models.JSONField(default=list, help_text="The event types sent to this URL.")),
                ("description", models.CharField(blank=True, max_length=200)),
                ("active", models.BooleanField(default=True)),
                ("secret", models.CharField(max_length=100)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("updated_at", models.DateTimeField(auto_now=True)),
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
            },
        ),
        migrations.CreateModel(
            name="Delivery",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "event_id",
                    models.CharField(help_text="The webhook-id header: the same on every retry.", max_length=40),
                ),
                ("event_type", models.CharField(max_length=64)),
                ("payload", models.JSONField(help_text="The body sent: {type, timestamp, data}.")),
                (
                    "status",
                    models.CharField(
                        choices=[("pending", "pending"), ("succeeded", "succeeded"), ("failed", "failed")],
                        default="pending",
                        max_length=16,
                    ),
                ),
                ("attempts", models.PositiveIntegerField(default=0)),
                ("last_status_code", models.PositiveIntegerField(blank=True, null=True)),
                ("last_error", models.TextField(blank=True)),
                ("next_attempt_at", models.DateTimeField(blank=True, null=True)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("last_attempt_at", models.DateTimeField(blank=True, null=True)),
                ("finished_at", models.DateTimeField(blank=True, null=True)),
                (
                    "subscription",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="deliveries", to="core.subscription"
                    ),
                ),
            ],
            options={
                "verbose_name_plural": "deliveries",
                "ordering": ["-created_at", "-id"],
                "indexes": [models.Index(fields=["status", "next_attempt_at"], name="webhook_delivery_due")],
                "constraints": [
                    models.UniqueConstraint(fields=("subscription", "event_id"), name="webhook_delivery_once_per_event")
                ],
            },
        ),
    ]
