# Reserved for the webhooks work (placeholder: no operations yet).
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = []

    operations = []
