# Reserved for the campaign lifecycle work (placeholder: no operations yet).
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("annotation", "0008_imports")]

    operations = []
