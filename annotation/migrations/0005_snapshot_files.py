from django.db import migrations


class Migration(migrations.Migration):
    """Placeholder filled in by the change that needs it."""

    dependencies = [("annotation", "0004_safety_conflict")]
    operations: list = []
