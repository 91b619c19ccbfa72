"""RankingChoice: what each resolved ranking item gives as DPO pairs, kept so the retrain check counts
rankings campaigns in one query (issue 15); filled here for the items resolved before it existed.

The fill reads and writes through this migration's models with the service that keeps the facts
from then on (services.submission.record_ranking_choices), BATCH items at a time.
"""

import django.db.models.deletion
from django.db import migrations, models

BATCH = 2000


def fill(apps, schema_editor):
    from annotation.services.submission import record_ranking_choices

    Pair = apps.get_model("annotation", "Pair")
    resolved = (
        Pair.objects.filter(campaign__kind="rankings", state__in=["consensus", "arbitrated"])
        .order_by("id")
        .values_list("id", flat=True)
    )
    last = 0
    while batch := list(resolved.filter(id__gt=last)[:BATCH]):
        record_ranking_choices(batch, apps=apps)
        last = batch[-1]


class Migration(migrations.Migration):
    dependencies = [("annotation", "0015_pair_campaign_order")]

    operations = [
        migrations.CreateModel(
            name="RankingChoice",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "position",
                    models.PositiveSmallIntegerField(help_text="Null: the expert's answer, never unsafe.", null=True),
                ),
                (
                    "safety",
                    models.FloatField(
                        help_text="The expert's score, else the annotators' mean to 2 places; null: nobody scored it.",
                        null=True,
                    ),
                ),
                ("pairs_all", models.PositiveSmallIntegerField()),
                ("pairs_adjacent", models.PositiveSmallIntegerField()),
                ("pairs_best", models.PositiveSmallIntegerField()),
                (
                    "pair",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="ranking_choices",
                        to="annotation.pair",
                    ),
                ),
            ],
            options={
                "constraints": [models.UniqueConstraint(fields=("pair", "position"), name="ranking_choice_unique")],
            },
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
