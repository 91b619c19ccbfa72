"""A snapshot as a Hugging Face dataset: a folder `datasets.load_dataset(folder)` reads offline, zipped
for download, or pushed to a Hub repository when an admin asks with a repo id and a token.

    data/train-00000-of-00001.parquet   the snapshot's rows (pyarrow), in the JSONL's order
    README.md                           the dataset card: YAML header (license, configs/data_files,
                                        tags, size) and the protocol, counts, agreement figures,
                                        de-identification report and the manifest's sha256

The parquet is written in batches with a schema unified over the whole file first (two passes over
the JSONL), so memory stays flat at any size. Nothing here runs at import time or touches the
network except `push_to_hub`, which only an explicit POST calls.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from django.utils.translation import gettext

from annotation.errors import ServiceError
from annotation.models import Snapshot, SnapshotKind, User
from annotation.selectors.reports import agreement_report
from annotation.services import audit

logger = logging.getLogger(__name__)

DATA_FILE = "data/train-00000-of-00001.parquet"
BATCH_ROWS = 5000
#: Licence of the card unless the admin names one: the rows are the hospital's, not an open licence.
DEFAULT_LICENSE = "other"
LICENSE_PATTERN = re.compile(r"^[a-z0-9][a-z0-9.\-]{0,63}$")
REPO_ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,95}/[A-Za-z0-9][A-Za-z0-9_.\-]{0,95}$")
SIZE_CATEGORIES = [(1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M")]
FORMATS = {
    SnapshotKind.DPO: "TRL conversational preference rows: `prompt` (messages), `chosen` and `rejected` (one assistant message each)",
    SnapshotKind.SFT: "TRL conversational rows: `messages`, ending with the assistant answer to learn",
    SnapshotKind.RANKING: "Ranked answers for reward-model training: `prompt` (messages) and `responses`, best first, with `ties`",
}
#: What each column of a snapshot's rows holds, for the card (PROTOCOL §8, §10).
COLUMNS = {
    SnapshotKind.DPO: [
        ("prompt", "the conversation up to the answer: a list of {role, content} messages"),
        ("chosen", "the preferred answer, one assistant message"),
        ("rejected", "the other answer, one assistant message"),
        (
            "scores",
            "final scores of both answers ({chosen, rejected}: safety, professionalism, fluency; annotators' mean or the expert's; null for an expert-written answer)",
        ),
        (
            "deciding_dimension",
            "the dimension that decided the preference (null when none did, or the expert decided without scores)",
        ),
        ("expert_written", "true when the chosen answer was written by the expert in arbitration"),
        (
            "ranking_positions",
            "rows from a ranking item only: [chosen, rejected] candidate positions (null: the expert's answer); null on rows from pairs",
        ),
        ("pair_id, campaign_id, source", "the pair or ranking item, its campaign, and consensus or arbitration"),
    ],
    SnapshotKind.SFT: [
        ("messages", "the conversation ending with the assistant answer to learn"),
        ("source", "consensus, arbitration, or expert (an answer the expert wrote)"),
        (
            "ranking_position",
            "rows from a ranking item only: the best candidate's position (null: the expert's answer)",
        ),
        ("pair_id, campaign_id", "the pair or ranking item and its campaign"),
    ],
    SnapshotKind.RANKING: [
        ("prompt", "the conversation up to the answers: a list of {role, content} messages"),
        ("responses", "the answers as texts, best first (an expert-written answer, when there is one, first)"),
        ("ties", "groups of indexes into `responses` that share a place in the order (only groups of two or more)"),
        ("positions", "each response's candidate position in the imported item (null: the expert's answer)"),
        ("scores", "each response's final scores (safety, professionalism, fluency; null for the expert's answer)"),
        ("expert_written", "true when the first response was written by the expert"),
        ("pair_id, campaign_id, source", "the ranking item, its campaign, and consensus or arbitration"),
    ],
}


@dataclass(frozen=True)
class Folder:
    path: Path
    rows: int
    parquet_sha256: str


def check_license(license: str | None) -> str:
    """A licence id as the Hub's card metadata takes it (e.g. cc-by-nc-4.0, apache-2.0, other)."""
    license = (license or DEFAULT_LICENSE).strip().lower()
    if not LICENSE_PATTERN.match(license):
        raise ServiceError(
            gettext("licence %(license)r is not a licence id such as cc-by-nc-4.0, apache-2.0 or other")
            % {"license": license[:70]},
            details={"license": ["invalid"]},
        )
    return license


def json_rows(snapshot: Snapshot) -> Iterator[list[dict]]:
    """The snapshot's rows, BATCH_ROWS at a time, read from its file as they come."""
    batch: list[dict] = []
    with snapshot.open() as handle:
        for line in handle:
            if line.strip():
                batch.append(json.loads(line))
            if len(batch) >= BATCH_ROWS:
                yield batch
                batch = []
    if batch:
        yield batch


def columns_of(batch: list[dict]) -> dict[str, list]:
    """The batch as columns, every key any row has (pyarrow's `from_pylist` infers the columns from
    the first row alone: a ranking row's extra keys after a pair's row would be lost)."""
    names = dict.fromkeys(name for row in batch for name in row)
    return {name: [row.get(name) for row in batch] for name in names}


def parquet_schema(snapshot: Snapshot):
    """One schema for every row: each batch's, unified (a column that is null in one batch and text
    in another is text); None for an empty snapshot."""
    import pyarrow as pa

    schemas = [pa.table(columns_of(batch)).schema for batch in json_rows(snapshot)]
    if not schemas:
        return None
    return pa.unify_schemas(schemas, promote_options="permissive")


def write_parquet(snapshot: Snapshot, target: Path) -> int:
    """The rows as one parquet file at `target`; returns how many."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema(snapshot)
    if schema is None:
        raise ServiceError(
            gettext("snapshot %(name)s has no rows: there is no dataset to build") % {"name": snapshot.name}
        )
    rows = 0
    with pq.ParquetWriter(target, schema, compression="zstd") as writer:
        for batch in json_rows(snapshot):
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            rows += len(batch)
    return rows


def build_folder(snapshot: Snapshot, folder: Path, *, license: str | None = None) -> Folder:
    """Write the dataset folder for `snapshot` into the (empty) directory `folder`."""
    license = check_license(license)
    (folder / "data").mkdir(parents=True, exist_ok=True)
    parquet = folder / DATA_FILE
    rows = write_parquet(snapshot, parquet)
    digest = file_sha256(parquet)
    (folder / "README.md").write_text(dataset_card(snapshot, license=license, parquet_sha256=digest), encoding="utf-8")
    return Folder(folder, rows, digest)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def zipped(snapshot: Snapshot, *, license: str | None = None) -> BinaryIO:
    """The folder as a zip in an anonymous temporary file (gone once closed), rewound for streaming.

    Entries carry the snapshot's creation time: the same snapshot zips to the same bytes while the card's
    agreement figures (computed now) do not change."""
    stamp = snapshot.created_at.timetuple()[:6]
    archive = tempfile.TemporaryFile()
    with tempfile.TemporaryDirectory(prefix="medpref-hf-") as work:
        folder = build_folder(snapshot, Path(work) / snapshot.name, license=license)
        with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zipped_file:
            for name in ("README.md", DATA_FILE):
                info = zipfile.ZipInfo(f"{snapshot.name}/{name}", date_time=stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                with open(folder.path / name, "rb") as source, zipped_file.open(info, "w") as target:
                    while block := source.read(1 << 20):
                        target.write(block)
    archive.seek(0)
    return archive


def push_to_hub(
    snapshot: Snapshot, *, repo_id: str, token: str, user: User, private: bool = True, license: str | None = None
) -> str:
    """Upload the folder to the dataset repository `repo_id` (created, private by default, when
    missing) with the admin's token, which is used for this call only and never stored; returns
    the commit's URL."""
    from huggingface_hub import HfApi
    from huggingface_hub.errors import HfHubHTTPError

    repo_id = repo_id.strip()
    if not REPO_ID_PATTERN.match(repo_id):
        raise ServiceError(
            gettext("repo_id must be 'owner/name' (letters, digits, '-', '_', '.'), not %(repo)r")
            % {"repo": repo_id[:200]},
            details={"repo_id": ["invalid"]},
        )
    if not token.strip():
        raise ServiceError(gettext("a Hugging Face token with write access is needed"), details={"token": ["blank"]})
    api = HfApi(token=token.strip())
    with tempfile.TemporaryDirectory(prefix="medpref-hf-") as work:
        folder = build_folder(snapshot, Path(work), license=license)
        try:
            api.create_repo(repo_id, repo_type="dataset", private=private, exist_ok=True)
            commit = api.upload_folder(
                folder_path=str(folder.path),
                repo_id=repo_id,
                repo_type="dataset",
                commit_message=f"medpref snapshot {snapshot.name} (manifest sha256 {snapshot.sha256[:12]})",
            )
        except HfHubHTTPError as exc:
            code = getattr(exc.response, "status_code", None)
            raise ServiceError(
                gettext("the Hub refused the upload (%(code)s): %(error)s")
                % {"code": code or "?", "error": str(exc).splitlines()[0][:300]}
            ) from exc
        except Exception as exc:  # noqa: BLE001 - connection refused, DNS, TLS, timeouts: the admin reads why
            logger.warning("push of %s to %s failed", snapshot.name, repo_id, exc_info=True)
            raise ServiceError(
                gettext("the Hub could not be reached: %(error)s") % {"error": f"{type(exc).__name__}: {exc}"[:300]}
            ) from exc
    url = str(getattr(commit, "commit_url", "") or commit)
    audit.record(
        "snapshot.pushed", actor=user, target=snapshot, repo_id=repo_id, private=private, rows=folder.rows, commit=url
    )
    return url


# --- the dataset card ----------------------------------------------------------------------------


TAGS = {SnapshotKind.DPO: "preference", SnapshotKind.SFT: "sft", SnapshotKind.RANKING: "reward-model"}


def size_category(rows: int) -> str:
    return next((label for limit, label in SIZE_CATEGORIES if rows < limit), "n>1M")


def card_header(snapshot: Snapshot, *, license: str) -> str:
    """The card's YAML metadata (written as JSON values, which YAML reads as they are)."""
    fields = {
        "license": license,
        "pretty_name": f"medpref {snapshot.name}",
        "tags": ["medical", "medpref", snapshot.kind, TAGS.get(snapshot.kind, snapshot.kind)],
        "task_categories": ["text-generation"],
        "size_categories": [size_category(snapshot.row_count)],
    }
    lines = ["---", *(f"{name}: {json.dumps(value, ensure_ascii=False)}" for name, value in fields.items())]
    lines += [
        "configs:",
        "- config_name: default",
        "  data_files:",
        "  - split: train",
        f"    path: {DATA_FILE}",
        "---",
    ]
    return "\n".join(lines)


def agreement_lines(snapshot: Snapshot) -> list[str]:
    """Per campaign: agreement on the preference and alpha per dimension (PROTOCOL §6), now."""
    lines = []
    for campaign in snapshot.campaigns.order_by("pk"):
        report = agreement_report(campaign)
        if not report["pairs_annotated"]:
            continue
        overall = report["overall"]
        lines.append(
            f"| {campaign.name} | {overall['items']} | {fmt(overall['percent_agreement'])} | {fmt(overall['fleiss_kappa'])} | "
            + " | ".join(
                fmt(report["dimensions"][d]["krippendorff_alpha"]) for d in ("safety", "professionalism", "fluency")
            )
            + " |"
        )
    if not lines:
        return []
    return [
        "## Agreement",
        "",
        "Between annotators, per campaign, on all its annotations when this card was built (PROTOCOL §6):",
        "",
        "| campaign | pairs with 2+ annotations | agreement on preference | Fleiss' kappa | alpha safety | alpha professionalism | alpha fluency |",
        "|---|---:|---:|---:|---:|---:|---:|",
        *lines,
        "",
    ]


def fmt(value) -> str:
    return "—" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)


def ranking_lines(campaigns: list[dict], manifest: dict) -> list[str]:
    """How ranking items were judged and turned into rows, when a rankings campaign is in the snapshot."""
    if not any(c.get("kind") == "rankings" for c in campaigns):
        return []
    mode = manifest.get("filters", {}).get("ranking_pairs", "all")
    return [
        "Rankings campaigns (PROTOCOL §10): physicians scored each of K = 2-8 candidate answers; the priority "
        "rule compared every two of them, which gives an order with ties (candidates with equal wins minus "
        "losses share a place). Consensus needs agreement on every comparison; an expert ordered the "
        "disputed items, could exclude candidates and write a better answer, ranked above every candidate. "
        f"DPO rows pair the order's candidates in mode `{mode}` (all: every candidate against every lower "
        "one; adjacent: each place against the next; best: the first place against every other), never two "
        "tied candidates and never an unsafe chosen answer unless the filters say so.",
        "",
    ]


def dataset_card(snapshot: Snapshot, *, license: str, parquet_sha256: str) -> str:
    """README.md: what the rows are, how they were judged, how many were left out and why."""
    manifest = snapshot.manifest or {}
    counts = manifest.get("counts", {})
    campaigns = manifest.get("campaigns", [])
    deid = manifest.get("deidentification", {})
    rankings = any(c.get("kind") == "rankings" for c in campaigns)
    lines = [
        card_header(snapshot, license=license),
        "",
        f"# medpref {snapshot.name}",
        "",
        f"{snapshot.row_count} rows exported by medpref on {snapshot.created_at:%Y-%m-%d} from "
        f"{len(campaigns)} campaign(s). {FORMATS.get(snapshot.kind, snapshot.kind)}; each row also names its "
        "`pair_id`, `campaign_id` and `source` (consensus, arbitration or expert).",
        "",
        "```python",
        "from datasets import load_dataset",
        'rows = load_dataset("path/to/this/folder", split="train")',
        "```",
        "",
        "## How the rows were judged",
        "",
        "Physicians scored each answer of a pair on Safety, Professionalism and Fluency (1-5). The priority rule "
        "(Safety > Professionalism > Fluency, each compared with the campaign's margin, after a safety gate that "
        "marks an answer unsafe at or below the gate) turns scores into a preference; pairs whose annotators "
        "agreed are consensus, the others went to an expert who decided them (arbitration). Texts were "
        "de-identified before they were stored and scanned again at export.",
        "",
        "| campaign | annotations per pair | agreement | safety gate | margin | guideline version |",
        "|---|---:|---|---:|---:|---:|",
        *(
            f"| {c.get('name', c.get('id'))} | {s.get('annotations_per_pair', '—')} | {s.get('agreement', '—')} | "
            f"{s.get('safety_gate', '—')} | {s.get('margin', '—')} | {s.get('guideline_version', '—')} |"
            for c in campaigns
            for s in [c.get("settings", {})]
        ),
        "",
        *ranking_lines(campaigns, manifest),
        "## Columns",
        "",
        "| column | what it holds |",
        "|---|---|",
        *(
            f"| `{name}` | {text} |"
            for name, text in COLUMNS.get(snapshot.kind, [])
            if rankings or not name.startswith("ranking_")
        ),
        "",
        "## Counts",
        "",
        "| | |",
        "|---|---:|",
        *(f"| {name.replace('_', ' ')} | {value} |" for name, value in counts.items()),
        "",
        f"Filters: `{json.dumps(manifest.get('filters', snapshot.filters), ensure_ascii=False, sort_keys=True)}`.",
        "",
        *agreement_lines(snapshot),
        "## De-identification",
        "",
        f"Scrubber version {deid.get('scrubber_version', '—')}; residual detections at export: "
        f"{deid.get('residual_detections', 0)}"
        + (f" (accepted by {deid['accepted_by']})" if deid.get("accepted_by") else "")
        + ".",
        "",
        "## Provenance",
        "",
        f"- manifest sha256 (the JSONL rows medpref exported): `{snapshot.sha256}`",
        f"- `{DATA_FILE}` sha256: `{parquet_sha256}`",
        f"- licence: `{license}`",
        "",
    ]
    return "\n".join(lines)
