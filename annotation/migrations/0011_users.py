# Reserved for the user management work (placeholder: no operations yet).
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("annotation", "0010_pairs")]

    operations = []
