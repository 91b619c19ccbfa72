"""Import a JSONL, JSON, CSV or .xlsx file of pairs or prompts into a campaign (all or nothing),
recorded in the campaign's import history as the console's imports are (import_runs.import_now)."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from annotation.errors import ServiceError
from annotation.formats import mapping_problems
from annotation.models import Campaign
from annotation.services.campaigns import create_campaign
from annotation.services.import_runs import import_now
from annotation.services.importing import ImportOptions


class Command(BaseCommand):
    help = (
        "Import pairs or prompts into a campaign. Formats, encodings and shapes are detected automatically; "
        "files of other keys are read with --mapping."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("campaign", help="campaign id or name")
        parser.add_argument("file", type=Path)
        parser.add_argument("--create", action="store_true", help="create the campaign (by name) if it does not exist")
        parser.add_argument(
            "--mapping",
            help='JSON object medpref field -> key in the file, e.g. \'{"prompt": "question", "reference": "answer"}\'',
        )
        parser.add_argument(
            "--save-mapping", action="store_true", help="keep --mapping as the campaign's for later imports"
        )

    def handle(self, *args, campaign: str, file: Path, create: bool, mapping: str | None, **options) -> None:
        if not file.is_file():
            raise CommandError(f"{file}: no such file")
        column_mapping = self.parsed_mapping(mapping)
        if options["save_mapping"] and column_mapping is None:
            raise CommandError("--save-mapping needs --mapping")
        target = (
            Campaign.objects.filter(pk=int(campaign)).first()
            if campaign.isdigit()
            else Campaign.objects.filter(name=campaign).first()
        )
        if target is None:
            if not create or campaign.isdigit():
                raise CommandError(f"no campaign '{campaign}' (use --create with a name to make one)")
            target = create_campaign(user=None, name=campaign)
        try:
            run, report = import_now(
                campaign=target,
                data=file.read_bytes(),
                filename=file.name,
                options=ImportOptions(mapping=column_mapping, save_mapping=options["save_mapping"]),
            )
        except ServiceError as exc:
            raise CommandError(f"{file}: {exc.message}") from None
        if not report.ok:
            for error in report.errors:
                self.stderr.write(f"{file}: {error['message']}")
            if report.errors_note:
                self.stderr.write(f"{file}: {report.errors_note}")
            if report.proposed_mapping:
                self.stderr.write(f"{file}: try --mapping '{json.dumps(report.proposed_mapping, ensure_ascii=False)}'")
            raise CommandError(f"{file}: nothing imported ({report.error_count} problem(s)); import {run.pk}")
        redactions = ", ".join(f"{kind} {count}" for kind, count in report.redactions.items()) or "none"
        read_as = report.format + (f", {report.encoding}" if report.encoding else "")
        self.stdout.write(
            f"{file}: {read_as}, {report.kind}: {report.created} created, {report.skipped} skipped; redactions: {redactions}; import {run.pk}"
        )
        for line in report.notes + report.warnings:
            self.stdout.write(f"{file}: {line}")

    @staticmethod
    def parsed_mapping(text: str | None) -> dict | None:
        if text is None:
            return None
        try:
            mapping = json.loads(text)
        except json.JSONDecodeError as exc:
            raise CommandError(f"--mapping is not JSON ({exc})") from exc
        if problems := mapping_problems(mapping):
            raise CommandError("--mapping: " + "; ".join(problems))
        return mapping
