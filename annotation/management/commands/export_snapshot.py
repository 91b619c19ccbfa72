"""Create a snapshot of resolved pairs and write its rows (JSONL) and manifest to files."""

import json
import shutil
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from annotation.errors import ServiceError
from annotation.models import Campaign
from annotation.services.snapshots import create_snapshot


class Command(BaseCommand):
    help = "Export resolved pairs of campaigns as a new DPO or SFT snapshot."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--campaign", action="append", required=True, help="campaign id or name (repeatable)")
        parser.add_argument("--kind", choices=["dpo", "sft"], default="dpo")
        parser.add_argument("--include-unsafe-chosen", action="store_true")
        parser.add_argument(
            "--accept-residual",
            action="store_true",
            help="export even if the de-identification re-scan still finds identifiers",
        )
        parser.add_argument(
            "--output",
            type=Path,
            required=True,
            help="JSONL file to write; the manifest goes next to it (.manifest.json)",
        )

    def handle(
        self,
        *args,
        campaign: list[str],
        kind: str,
        include_unsafe_chosen: bool,
        accept_residual: bool,
        output: Path,
        **options,
    ) -> None:
        campaigns = []
        for key in campaign:
            found = (
                Campaign.objects.filter(pk=int(key)).first()
                if key.isdigit()
                else Campaign.objects.filter(name=key).first()
            )
            if found is None:
                raise CommandError(f"no campaign '{key}'")
            campaigns.append(found)
        try:
            snapshot = create_snapshot(
                campaigns=campaigns,
                kind=kind,
                filters={"include_unsafe_chosen": include_unsafe_chosen},
                accept_residual=accept_residual,
            )
        except ServiceError as exc:
            raise CommandError(exc.message) from exc
        output.parent.mkdir(parents=True, exist_ok=True)
        with snapshot.open() as rows, output.open("wb") as target:
            shutil.copyfileobj(rows, target, 1 << 20)
        manifest_path = output.with_suffix(".manifest.json")
        manifest_path.write_text(json.dumps(snapshot.manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        self.stdout.write(
            f"{snapshot.name}: {snapshot.row_count} rows -> {output} (sha256 {snapshot.sha256}); manifest -> {manifest_path}"
        )
