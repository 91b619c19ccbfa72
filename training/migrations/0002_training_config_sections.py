"""Training configs get two sections: `lora` (PEFT's LoraConfig) and `trainer` (TRL's DPOConfig or
SFTConfig), instead of one flat object of medpref's own copies of their fields.

Stored jobs (`TrainingJob.config`) and campaigns (`Campaign.training_config`) are rewritten in
place, so a queued job still starts and a campaign still retrains with the same settings. The
mapping is frozen here (not imported), as a migration must not change when the code does.
"""
from django.db import migrations, models

SECTIONS = ("lora", "trainer")
# Old flat name -> LoraConfig field.
LORA_FIELDS = {"lora_r": "r", "lora_alpha": "lora_alpha", "lora_dropout": "lora_dropout", "target_modules": "target_modules"}
# Old names TRL knows under another name; None meant "decided by the hardware", now "not given".
RENAMED = {"gradient_checkpointing": "activation_checkpointing", "bf16": "bf16"}
DPO_ONLY = {"beta", "loss_type", "loss_weights", "precompute_ref_log_probs"}
SFT_ONLY = {"assistant_only_loss"}


def sectioned(flat, kind: str = "dpo"):
    """An old flat config in the new shape; a config already in it (or empty) is returned as it is.

    The old settings merged DPO's fields into SFT jobs too: TRL's SFTConfig refuses them, so an
    SFT job keeps only what SFT uses (and a DPO job drops SFT's `assistant_only_loss`).
    """
    if not isinstance(flat, dict) or not flat or set(flat) <= set(SECTIONS):
        return flat
    lora = {LORA_FIELDS[name]: value for name, value in flat.items() if name in LORA_FIELDS}
    trainer = {}
    for name, value in flat.items():
        if name in LORA_FIELDS or (kind == "sft" and name in DPO_ONLY) or (kind == "dpo" and name in SFT_ONLY):
            continue
        if name in RENAMED:
            if value is not None:
                trainer[RENAMED[name]] = value
            continue
        trainer[name] = value
    return {"lora": lora, "trainer": trainer}


def flattened(config):
    """The way back: the new shape as one flat object of the old names."""
    if not isinstance(config, dict) or not set(config) <= set(SECTIONS) or not config:
        return config
    back_lora = {new: old for old, new in LORA_FIELDS.items()}
    back_trainer = {new: old for old, new in RENAMED.items()}
    flat = {back_lora.get(name, name): value for name, value in config.get("lora", {}).items()}
    flat.update({back_trainer.get(name, name): value for name, value in config.get("trainer", {}).items()})
    return flat


def rewrite(apps, convert):
    TrainingJob = apps.get_model("training", "TrainingJob")
    Campaign = apps.get_model("annotation", "Campaign")
    for job in TrainingJob.objects.only("id", "kind", "config").iterator():
        new = convert(job.config, job.kind) if convert is sectioned else convert(job.config)
        if new != job.config:
            TrainingJob.objects.filter(pk=job.pk).update(config=new)
    for campaign in Campaign.objects.only("id", "training_config").iterator():
        new = convert(campaign.training_config, "dpo") if convert is sectioned else convert(campaign.training_config)
        if new != campaign.training_config:
            Campaign.objects.filter(pk=campaign.pk).update(training_config=new)


def forwards(apps, schema_editor):
    rewrite(apps, sectioned)


def backwards(apps, schema_editor):
    rewrite(apps, flattened)


class Migration(migrations.Migration):
    dependencies = [
        ("annotation", "0001_initial"),
        ("training", "0001_initial"),
    ]

    operations = [
        migrations.AlterField(
            model_name="trainingjob",
            name="config",
            field=models.JSONField(help_text='Every setting this job runs with, defaults included: {"lora": PEFT LoraConfig fields, "trainer": TRL DPOConfig/SFTConfig fields}.'),
        ),
        migrations.RunPython(forwards, backwards),
    ]
