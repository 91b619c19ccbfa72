# The campaign lifecycle replaces Campaign.is_active: 0007_team already copied it to `status`.
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("annotation", "0008_imports")]

    operations = [migrations.RemoveField(model_name="campaign", name="is_active")]
