# Reserved for the pair browser work (placeholder: no operations yet).
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("annotation", "0009_lifecycle")]

    operations = []
