"""Create (or complete) the demo campaigns, users and tiny model; safe to run any number of times."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from annotation.models import Campaign, CampaignKind, CampaignStatus, User
from annotation.services import lifecycle, membership
from annotation.services.campaigns import create_campaign, update_campaign
from annotation.services.importing import ImportOptions, import_file
from medpref.demo import (
    DEMO_CAMPAIGN,
    DEMO_GUIDELINE,
    DEMO_HELDOUT,
    DEMO_HELDOUT_CAMPAIGN,
    DEMO_PAIRS,
    DEMO_USERS,
)
from medpref.demo.datasets import load_demo_datasets
from training.services import register_base_model
from training.tiny import TINY_TRAINING_CONFIG

DEMO_LINEAGE = "tiny-demo"
# K-way rankings (PROTOCOL §10): 20 medical questions in Chinese and English, 3-4 answers each, written
# for medpref (safe and unsafe, complete and terse), in the generic {prompt, responses} layout.
DEMO_RANKINGS = Path(__file__).resolve().parents[2] / "rankings.jsonl"
DEMO_RANKING_CAMPAIGN = "Demo: ranking pilot"


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
        # Through the campaign service, like the API: settings validated, the guideline's first revision recorded.
        campaign = Campaign.objects.filter(name=DEMO_CAMPAIGN).first() or create_campaign(
            user=admin,
            name=DEMO_CAMPAIGN,
            description="Demo pairs in Chinese and English written for medpref.",
            guideline=DEMO_GUIDELINE,
            training_config=TINY_TRAINING_CONFIG,
        )
        if not campaign.training_config:  # a demo campaign from before the demo trained
            campaign = update_campaign(campaign=campaign, user=admin, training_config=TINY_TRAINING_CONFIG)
        report = import_file(
            campaign=campaign, data=DEMO_PAIRS.read_bytes(), filename=DEMO_PAIRS.name, options=ImportOptions(user=admin)
        )
        if not report.ok:
            raise RuntimeError(f"demo data is invalid: {report.errors[:3]}")
        # The demo physicians and expert work in it, and it is open, so `make run` gives a working loop.
        membership.add_members(
            campaign=campaign,
            users=User.objects.filter(username__in=[name for name, _ in DEMO_USERS], role__in=membership.MEMBER_ROLES),
            by=admin,
        )
        if campaign.status == CampaignStatus.DRAFT:
            lifecycle.change_status(campaign=campaign, action="open", by=admin)
        rankings = self.ranking_campaign(admin)
        # Held-out prompts are read by evaluations, never judged: the campaign stays a draft (admins only).
        heldout = Campaign.objects.filter(name=DEMO_HELDOUT_CAMPAIGN).first() or create_campaign(
            user=admin,
            name=DEMO_HELDOUT_CAMPAIGN,
            description="Held-out prompts for evaluations; no pairs to annotate.",
        )
        import_file(
            campaign=heldout,
            data=DEMO_HELDOUT.read_bytes(),
            filename=DEMO_HELDOUT.name,
            options=ImportOptions(user=admin),
        )
        model_dir = settings.ARTIFACTS_DIR / "models" / DEMO_LINEAGE
        if not (model_dir / "config.json").exists():
            from training.tiny import build_tiny_model

            self.stdout.write(f"building the tiny demo model in {model_dir} (offline, a few seconds)")
            build_tiny_model(model_dir)
        tiny = register_base_model(name=DEMO_LINEAGE, base_model=str(model_dir), lineage=DEMO_LINEAGE)
        load_demo_datasets(admin, tokenizer_version=tiny)  # instruction datasets and the demo mixture
        self.stdout.write(
            f"demo campaign '{campaign.name}' (id {campaign.pk}): {report.created} pairs added, {report.skipped} already there; "
            f"ranking campaign '{rankings.name}' (id {rankings.pk}); users {', '.join(name for name, _ in DEMO_USERS)}"
        )

    def ranking_campaign(self, admin: User) -> Campaign:
        """The demo's ranking campaign: its items imported through the import service, open, with the
        demo physicians and expert as members."""
        campaign = Campaign.objects.filter(name=DEMO_RANKING_CAMPAIGN).first() or create_campaign(
            user=admin,
            name=DEMO_RANKING_CAMPAIGN,
            kind=CampaignKind.RANKINGS,
            description="Demo ranking items: 3-4 answers per question to score and rank, in Chinese and English.",
            guideline=DEMO_GUIDELINE,
        )
        report = import_file(
            campaign=campaign,
            data=DEMO_RANKINGS.read_bytes(),
            filename=DEMO_RANKINGS.name,
            options=ImportOptions(user=admin),
        )
        if not report.ok or report.kind != "rankings":
            raise RuntimeError(f"demo ranking data is invalid: {report.errors[:3]}")
        membership.add_members(
            campaign=campaign,
            users=User.objects.filter(username__in=[name for name, _ in DEMO_USERS], role__in=membership.MEMBER_ROLES),
            by=admin,
        )
        if campaign.status == CampaignStatus.DRAFT:
            lifecycle.change_status(campaign=campaign, action="open", by=admin)
        return campaign
