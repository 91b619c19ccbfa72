"""Pair.safety_conflict: stored as a fact instead of matched on the dispute reason's words.

Existing pairs are filled from their annotations, by the rule itself (PROTOCOL §4: one annotator
rates a response unsafe and another does not), for every pair that has closed.
"""
from django.db import migrations, models
from django.db.models import Count, Q


def fill_safety_conflict(apps, schema_editor) -> None:
    Annotation = apps.get_model("annotation", "Annotation")
    Pair = apps.get_model("annotation", "Pair")
    conflicted = (
        Annotation.objects.exclude(pair__state="pending")
        .values("pair_id")
        .annotate(a_views=Count("a_unsafe", distinct=True), b_views=Count("b_unsafe", distinct=True))
        .filter(Q(a_views__gt=1) | Q(b_views__gt=1))
        .values("pair_id")
    )
    # One UPDATE with a subquery: no list of ids in memory, whatever the number of pairs.
    Pair.objects.filter(pk__in=conflicted).update(safety_conflict=True)


class Migration(migrations.Migration):
    dependencies = [("annotation", "0003_deid")]

    operations = [
        migrations.AddField(model_name="pair", name="safety_conflict", field=models.BooleanField(db_index=True, default=False)),
        migrations.RunPython(fill_safety_conflict, migrations.RunPython.noop),
    ]
