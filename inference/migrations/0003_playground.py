from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("inference", "0002_evaluation_trust")]

    operations = []
