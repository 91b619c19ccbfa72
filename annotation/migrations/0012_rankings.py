"""Rankings of K candidates (PROTOCOL §10): candidates, per-candidate scores and orders; the annotation's campaign column."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("annotation", "0011_users"),
    ]

    operations = [
        migrations.CreateModel(
            name="Candidate",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "position",
                    models.PositiveSmallIntegerField(help_text="0 is the item's response_a, 1 its response_b."),
                ),
            ],
            options={
                "ordering": ["pair", "position"],
            },
        ),
        migrations.AddField(
            model_name="annotation",
            name="campaign",
            field=models.ForeignKey(
                null=True, on_delete=django.db.models.deletion.CASCADE, related_name="+", to="annotation.campaign"
            ),
        ),
        # Existing annotations take their pair's campaign, then the column becomes required.
        migrations.RunSQL(
            "UPDATE annotation_annotation SET campaign_id = "
            "(SELECT campaign_id FROM annotation_pair WHERE annotation_pair.id = annotation_annotation.pair_id)",
            reverse_sql=migrations.RunSQL.noop,
        ),
        migrations.AlterField(
            model_name="annotation",
            name="campaign",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE, related_name="+", to="annotation.campaign"
            ),
        ),
        migrations.AddField(
            model_name="annotation",
            name="candidate_scores",
            field=models.JSONField(blank=True, default=list),
        ),
        migrations.AddField(
            model_name="annotation",
            name="display_order",
            field=models.JSONField(blank=True, default=list),
        ),
        migrations.AddField(
            model_name="annotation",
            name="ranking",
            field=models.JSONField(blank=True, default=list),
        ),
        migrations.AddField(
            model_name="annotationrevision",
            name="ranking",
            field=models.JSONField(blank=True, default=list),
        ),
        migrations.AddField(
            model_name="arbitration",
            name="candidate_scores",
            field=models.JSONField(blank=True, default=list),
        ),
        migrations.AddField(
            model_name="arbitration",
            name="excluded_candidates",
            field=models.JSONField(blank=True, default=list),
        ),
        migrations.AddField(
            model_name="arbitration",
            name="ranking",
            field=models.JSONField(blank=True, default=list),
        ),
        migrations.AddField(
            model_name="campaign",
            name="kind",
            field=models.CharField(
                choices=[("pairs", "pairs"), ("rankings", "rankings")],
                default="pairs",
                help_text="Pairs (A or B) or rankings of K candidate answers; fixed once the campaign has items.",
                max_length=16,
            ),
        ),
        migrations.AddField(
            model_name="lease",
            name="display_order",
            field=models.JSONField(blank=True, default=list),
        ),
        migrations.AddField(
            model_name="pair",
            name="ranking",
            field=models.JSONField(blank=True, default=list),
        ),
        migrations.AlterField(
            model_name="arbitration",
            name="decision",
            field=models.CharField(
                choices=[("a", "A"), ("b", "B"), ("tie", "Tie"), ("exclude", "Exclude"), ("ranked", "Ranked")],
                max_length=8,
            ),
        ),
        migrations.AlterField(
            model_name="pair",
            name="decision",
            field=models.CharField(
                blank=True,
                choices=[("a", "A"), ("b", "B"), ("tie", "Tie"), ("exclude", "Exclude"), ("ranked", "Ranked")],
                max_length=8,
                null=True,
            ),
        ),
        migrations.AlterField(
            model_name="snapshot",
            name="kind",
            field=models.CharField(choices=[("dpo", "Dpo"), ("sft", "Sft"), ("ranking", "Ranking")], max_length=8),
        ),
        migrations.AddIndex(
            model_name="annotation",
            index=models.Index(fields=["campaign", "annotator"], name="annotation_campaign_idx"),
        ),
        migrations.AddField(
            model_name="candidate",
            name="pair",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE, related_name="candidates", to="annotation.pair"
            ),
        ),
        migrations.AddField(
            model_name="candidate",
            name="response",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT, related_name="+", to="annotation.response"
            ),
        ),
        migrations.AddConstraint(
            model_name="candidate",
            constraint=models.UniqueConstraint(fields=("pair", "position"), name="candidate_unique_position"),
        ),
        migrations.AddConstraint(
            model_name="candidate",
            constraint=models.UniqueConstraint(fields=("pair", "response"), name="candidate_unique_response"),
        ),
        migrations.AddConstraint(
            model_name="candidate",
            constraint=models.CheckConstraint(condition=models.Q(("position__lt", 8)), name="candidate_position_range"),
        ),
    ]
