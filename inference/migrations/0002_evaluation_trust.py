from django.db import migrations, models


def neutral_campaign_names(apps, schema_editor):
    """Evaluation campaigns made before code names carried the model names: rename them."""
    Evaluation = apps.get_model("inference", "Evaluation")
    Campaign = apps.get_model("annotation", "Campaign")
    for evaluation in Evaluation.objects.all():
        name = f"Evaluation E-{evaluation.pk}"
        if Campaign.objects.filter(name=name).exclude(pk=evaluation.campaign_id).exists():
            name = f"{name} ({evaluation.campaign_id})"
        Campaign.objects.filter(pk=evaluation.campaign_id).update(name=name, description="Blinded comparison of two answers to each prompt.")


class Migration(migrations.Migration):
    dependencies = [("inference", "0001_initial"), ("annotation", "0001_initial")]

    operations = [
        migrations.AlterField(
            model_name="generationjob",
            name="skipped_similar",
            field=models.PositiveIntegerField(default=0, help_text="Training rounds: (near-)identical or empty answers, not paired."),
        ),
        migrations.AddField(
            model_name="generationjob",
            name="auto_ties",
            field=models.PositiveIntegerField(default=0, help_text="Evaluations: (near-)identical answers stored as pairs resolved as ties."),
        ),
        migrations.RunPython(neutral_campaign_names, migrations.RunPython.noop),
    ]
