# Reserved for the SFT mixture work (placeholder: no operations yet).
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("training", "0002_training_config_sections")]

    operations = []
