from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("annotation", "0001_initial")]

    operations = []
