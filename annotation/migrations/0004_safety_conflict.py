from django.db import migrations


class Migration(migrations.Migration):
    """Placeholder filled in by the change that needs it."""

    dependencies = [("annotation", "0003_deid")]
    operations: list = []
