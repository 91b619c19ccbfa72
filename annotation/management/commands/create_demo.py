"""Create (or complete) the demo campaign and demo users; safe to run any number of times."""
from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from annotation.demo import DEMO_CAMPAIGN, DEMO_GUIDELINE, DEMO_HELDOUT, DEMO_HELDOUT_CAMPAIGN, DEMO_PAIRS, DEMO_USERS
from annotation.models import Campaign, GuidelineRevision, User
from annotation.services.importing import import_file
from training.services import register_base_model

DEMO_LINEAGE = "tiny-demo"
# Small enough for two CPU cores: the demo's one-click DPO finishes in well under two minutes.
DEMO_TRAINING_CONFIG = {
    "learning_rate": 5e-3,
    "max_steps": 30,
    "per_device_train_batch_size": 8,
    "gradient_accumulation_steps": 1,
    "max_length": 512,
    "lora_r": 8,
    "lora_alpha": 16,
    "lora_dropout": 0.0,
}


class Command(BaseCommand):
    help = "Create the demo campaign from the shipped demo pairs, and the demo users (password: DEMO_PASSWORD)."

    @transaction.atomic
    def handle(self, *args, **options) -> None:
        # The demo users get the public demo password on purpose: this is a local demo, and its README
        # prints the password. It is set directly, past the password policy that refuses it to
        # everyone else (annotation.passwords.DemoPasswordValidator); never create real users here.
        password = settings.DEMO_PASSWORD
        for username, role in DEMO_USERS:
            user, created = User.objects.get_or_create(username=username, defaults={"role": role})
            if created or user.role != role or not user.check_password(password):
                user.role = role
                user.set_password(password)
                user.save()
        admin = User.objects.get(username="admin")
        campaign, created = Campaign.objects.get_or_create(
            name=DEMO_CAMPAIGN,
            defaults={"description": "Demo pairs in Chinese and English written for medpref.", "guideline": DEMO_GUIDELINE, "created_by": admin, "training_config": DEMO_TRAINING_CONFIG},
        )
        if created:
            GuidelineRevision.objects.create(campaign=campaign, version=campaign.guideline_version, text=campaign.guideline, created_by=admin)
        if not campaign.training_config:
            campaign.training_config = DEMO_TRAINING_CONFIG
            campaign.save(update_fields=["training_config"])
        report = import_file(campaign=campaign, data=DEMO_PAIRS.read_bytes(), filename=DEMO_PAIRS.name, user=admin)
        if not report.ok:
            raise RuntimeError(f"demo data is invalid: {report.errors[:3]}")
        heldout, _ = Campaign.objects.get_or_create(
            name=DEMO_HELDOUT_CAMPAIGN, defaults={"description": "Held-out prompts for evaluations; no pairs to annotate.", "is_active": False, "created_by": admin}
        )
        import_file(campaign=heldout, data=DEMO_HELDOUT.read_bytes(), filename=DEMO_HELDOUT.name, user=admin)
        model_dir = settings.ARTIFACTS_DIR / "models" / DEMO_LINEAGE
        if not (model_dir / "config.json").exists():
            from training.tiny import build_tiny_model

            self.stdout.write(f"building the tiny demo model in {model_dir} (offline, a few seconds)")
            build_tiny_model(model_dir)
        register_base_model(name=DEMO_LINEAGE, base_model=str(model_dir), lineage=DEMO_LINEAGE)
        self.stdout.write(
            f"demo campaign '{campaign.name}' (id {campaign.pk}): {report.created} pairs added, {report.skipped} already there; "
            f"users {', '.join(name for name, _ in DEMO_USERS)}"
        )
