from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("inference", "0001_initial")]

    operations = []
