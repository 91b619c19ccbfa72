# Sign-in lockout and "sign out everywhere" (issue 8).

import annotation.models
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("annotation", "0001_initial"),
    ]

    operations = [
        migrations.AlterModelManagers(
            name="user",
            managers=[
                ("objects", annotation.models.MedprefUserManager()),
            ],
        ),
        migrations.AddField(
            model_name="user",
            name="auth_generation",
            field=models.PositiveIntegerField(default=0, help_text="Bumped by 'sign out everywhere': part of the session hash, so older sessions stop working."),
        ),
        migrations.CreateModel(
            name="SignInLockout",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("scope", models.CharField(choices=[("account", "Account"), ("address", "Network address")], max_length=16)),
                ("key", models.CharField(help_text="The username (lower case) or the IP address.", max_length=150)),
                ("failures", models.PositiveIntegerField(default=0)),
                ("last_failure_at", models.DateTimeField()),
                ("locked_until", models.DateTimeField(blank=True, null=True)),
            ],
            options={
                "ordering": ["-last_failure_at"],
                "indexes": [models.Index(fields=["last_failure_at"], name="signin_lockout_last_failure")],
                "constraints": [models.UniqueConstraint(fields=("scope", "key"), name="signin_lockout_unique_key")],
            },
        ),
    ]
