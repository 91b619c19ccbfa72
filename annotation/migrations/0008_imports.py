# Reserved for the import formats work (placeholder: no operations yet).
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("annotation", "0007_team")]

    operations = []
