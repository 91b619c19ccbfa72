"""Import a JSONL, JSON or CSV file of pairs or prompts into a campaign (all or nothing)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from annotation.models import Campaign
from annotation.services.campaigns import create_campaign
from annotation.services.importing import import_file


class Command(BaseCommand):
    help = "Import pairs or prompts into a campaign. Formats and shapes are detected automatically."

    def add_arguments(self, parser) -> None:
        parser.add_argument("campaign", help="campaign id or name")
        parser.add_argument("file", type=Path)
        parser.add_argument("--create", action="store_true", help="create the campaign (by name) if it does not exist")

    def handle(self, *args, campaign: str, file: Path, create: bool, **options) -> None:
        if not file.is_file():
            raise CommandError(f"{file}: no such file")
        target = (
            Campaign.objects.filter(pk=int(campaign)).first()
            if campaign.isdigit()
            else Campaign.objects.filter(name=campaign).first()
        )
        if target is None:
            if not create or campaign.isdigit():
                raise CommandError(f"no campaign '{campaign}' (use --create with a name to make one)")
            target = create_campaign(user=None, name=campaign)
        report = import_file(campaign=target, data=file.read_bytes(), filename=file.name)
        if not report.ok:
            for error in report.errors:
                self.stderr.write(f"{file}: {error['message']}")
            if report.errors_note:
                self.stderr.write(f"{file}: {report.errors_note}")
            raise CommandError(f"{file}: nothing imported ({report.error_count} problem(s))")
        redactions = ", ".join(f"{kind} {count}" for kind, count in report.redactions.items()) or "none"
        self.stdout.write(
            f"{file}: {report.format}, {report.kind}: {report.created} created, {report.skipped} skipped; redactions: {redactions}"
        )
