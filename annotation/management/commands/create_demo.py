"""Create (or complete) the demo campaign and demo users; safe to run any number of times."""
from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from annotation.demo import DEMO_CAMPAIGN, DEMO_GUIDELINE, DEMO_PAIRS, DEMO_USERS
from annotation.models import Campaign, User
from annotation.services.importing import import_file


class Command(BaseCommand):
    help = "Create the demo campaign from the shipped demo pairs, and the demo users (password: DEMO_PASSWORD)."

    @transaction.atomic
    def handle(self, *args, **options) -> None:
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
            defaults={"description": "Demo pairs in Chinese and English written for medpref.", "guideline": DEMO_GUIDELINE, "created_by": admin},
        )
        report = import_file(campaign=campaign, data=DEMO_PAIRS.read_bytes(), filename=DEMO_PAIRS.name, user=admin)
        if not report.ok:
            raise RuntimeError(f"demo data is invalid: {report.errors[:3]}")
        self.stdout.write(
            f"demo campaign '{campaign.name}' (id {campaign.pk}): {report.created} pairs added, {report.skipped} already there; "
            f"users {', '.join(name for name, _ in DEMO_USERS)}"
        )
