"""Snapshots: immutable, versioned exports of resolved pairs and rankings for DPO, SFT or
reward-model training (PROTOCOL §8, §10).

Rows are ordered by pair id and serialised with sorted keys, so the same inputs give the same
bytes and the same sha256; only the manifest's creation time differs between two exports.
Rows are streamed (annotation.selectors.export) into a file of the artifact storage while they are
hashed and re-scanned, so memory stays flat however many pairs there are; the database keeps the
manifest and the sha256.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from typing import BinaryIO

import orjson
from django.core.files import File
from django.db import IntegrityError, connection, transaction
from django.db.models import Max
from django.utils.translation import gettext

from annotation.deid import VERSION as DEID_VERSION
from annotation.errors import ServiceError
from annotation.models import Campaign, CampaignKind, Snapshot, SnapshotKind, User
from annotation.ranking import EXPORT_MODES
from annotation.selectors import export
from annotation.selectors.export import DEFAULT_RANKING_PAIRS, SOURCES
from annotation.services.clean_texts import clean_digests, digest_prefix, remember_clean, scan_unknown, text_digest
from medpref.core import webhooks
from medpref.core.cycles import without_cycle_collection

logger = logging.getLogger(__name__)
DEFAULT_FILTERS = {"sources": ["consensus", "arbitration"], "include_unsafe_chosen": False}
#: Filters that only rankings campaigns read: how a resolved ranking becomes DPO pairs (PROTOCOL §10).
RANKING_FILTERS = {"ranking_pairs": DEFAULT_RANKING_PAIRS}
FORMATS = {
    SnapshotKind.DPO: "trl-conversational-preference",
    SnapshotKind.SFT: "trl-conversational-messages",
    SnapshotKind.RANKING: "ranked-responses",
}
MAX_LISTED_PAIRS = 50
MESSAGE_KEYS = ("prompt", "chosen", "rejected", "messages")
TEXT_LIST_KEYS = ("responses",)


def serialise(row: dict) -> bytes:
    """One JSONL line: sorted keys, no spaces, UTF-8 as written.

    The bytes of `json.dumps(row, ensure_ascii=False, sort_keys=True, separators=(",", ":"))` (what
    snapshots were written with first; tests/annotation/test_snapshots_scale.py checks every code
    point and the floats rows hold), by orjson: the standard encoder was a tenth of an export's time.
    """
    return orjson.dumps(row, option=orjson.OPT_SORT_KEYS | orjson.OPT_APPEND_NEWLINE)


def clean_filters(filters: dict | None, *, rankings: bool = False) -> dict:
    """The filters as stored in the manifest; `ranking_pairs` (default "all") is kept when a rankings
    campaign is exported or when it is given, so exports of pairs campaigns keep their filters."""
    given = filters or {}
    filters = {**DEFAULT_FILTERS, **(RANKING_FILTERS if rankings else {}), **given}
    known = {**DEFAULT_FILTERS, **RANKING_FILTERS}
    unknown = set(filters) - set(known)
    if unknown:
        raise ServiceError(
            gettext("unknown snapshot filter(s): %(unknown)s; known: %(known)s")
            % {"unknown": ", ".join(sorted(unknown)), "known": ", ".join(known)}
        )
    sources = filters["sources"]
    if not isinstance(sources, list) or not sources or not set(sources) <= set(SOURCES.values()):
        raise ServiceError(gettext("filters.sources must be a non-empty list of 'consensus' and/or 'arbitration'"))
    if not isinstance(filters["include_unsafe_chosen"], bool):
        raise ServiceError(gettext("filters.include_unsafe_chosen must be true or false"))
    cleaned = {"sources": sorted(set(sources)), "include_unsafe_chosen": filters["include_unsafe_chosen"]}
    if "ranking_pairs" in filters:
        if filters["ranking_pairs"] not in EXPORT_MODES:
            raise ServiceError(
                gettext(
                    "filters.ranking_pairs must be one of %(modes)s (how a ranking becomes DPO pairs: every "
                    "ordered pair, adjacent tiers, or the best against each other), not %(value)r"
                )
                % {"modes": ", ".join(f"'{mode}'" for mode in EXPORT_MODES), "value": filters["ranking_pairs"]},
                details={"filters": ["ranking_pairs"]},
            )
        cleaned["ranking_pairs"] = filters["ranking_pairs"]
    return cleaned


def row_texts(row: dict) -> list[str]:
    """Every text of a DPO, SFT or ranking row: the prompt's turns and the answers."""
    texts = [m["content"] for key in MESSAGE_KEYS if key in row for m in row[key] if isinstance(m.get("content"), str)]
    return texts + [text for key in TEXT_LIST_KEYS if key in row for text in row[key] if isinstance(text, str)]


@contextmanager
def streaming_plans() -> Iterator[None]:
    """No JIT compilation and no sequential scan while an export streams on PostgreSQL.

    The export's cursors stream rows through index lookups, but their total cost is above the JIT
    thresholds: at 100,000 pairs PostgreSQL spent 2.8 s compiling expressions before the first row.
    A batch's clean-text lookup (6,000 digests) was planned as a parallel scan of the whole
    remembered table with the digests hashed (the index probes looked dearer): three processes
    reading every remembered digest for each batch, ever slower as the table grows. Through the
    index it is a few microseconds a digest whatever the table's size (at 100,000 pairs the
    lookups' database time fell from 2.2 s to 0.9 s). The export reads nothing else by a scan.

    `set_config(..., true)` lasts until the end of the transaction, not of a savepoint: an export
    run inside a caller's atomic block (a retrain, a sweep's pipeline) would leave the caller's
    later queries without sequential scans. So the previous values are set back when the block
    ends. On an error nothing is run (the transaction may be aborted): the export's atomic block
    then rolls back its savepoint or transaction, and PostgreSQL undoes the settings with it.
    """
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        # Two statements: the order a select list is evaluated in is not promised.
        cursor.execute("SELECT current_setting('jit'), current_setting('enable_seqscan')")
        jit, seqscan = cursor.fetchone()
        cursor.execute("SELECT set_config('jit', 'off', true), set_config('enable_seqscan', 'off', true)")
    yield
    with connection.cursor() as cursor:
        cursor.execute("SELECT set_config('jit', %s, true), set_config('enable_seqscan', %s, true)", [jit, seqscan])


@dataclass
class ResidualScan:
    """The export gate (PROTOCOL §7), a batch of rows at a time: what the scrubber would still replace.

    Texts were scrubbed when they came in, but an older scrubber, a generated answer or a text
    stored another way may still hold an identifier: this is the last check before training data.
    A text this scrubber version found clean before (CleanText: at an earlier export, or by the
    worker that scans an import's texts once it commits, services.clean_texts) is not scanned again;
    the verdict is the same, since detection depends only on the text and the scrubber's rules.
    """

    counts: Counter = field(default_factory=Counter)
    pair_ids: list[int] = field(default_factory=list)
    prefix: hashlib.blake2b = field(default_factory=digest_prefix)

    def start(self, rows: list[dict], lookup: Callable[[list[str]], Future]) -> Callable[[], None]:
        """Ask which texts of `rows` are known clean through `lookup` (on PostgreSQL a thread: the
        database answers meanwhile), and return what finishes the scan once the answer is in."""
        digests = [[(text_digest(text, self.prefix), text) for text in row_texts(row)] for row in rows]
        texts = dict(pair for row in digests for pair in row)
        known = lookup(list(texts))
        return lambda: self.finish(rows, digests, texts, known.result())

    def finish(
        self, rows: list[dict], digests: list[list[tuple[str, str]]], texts: dict[str, str], known: set[str]
    ) -> None:
        findings = scan_unknown(texts, known)
        remember_clean(findings)
        if not any(findings.values()):
            return
        for row, row_digests in zip(rows, digests):
            found = [d for digest, _ in row_digests for d in findings.get(digest, [])]
            if found:
                self.counts.update(d.kind for d in found)
                # A ranking item gives several rows: name it once.
                if len(self.pair_ids) < MAX_LISTED_PAIRS and row["pair_id"] not in self.pair_ids:
                    self.pair_ids.append(row["pair_id"])

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def report(self) -> dict:
        return {
            "scrubber_version": DEID_VERSION,
            "residual_detections": self.total,
            "by_kind": dict(sorted(self.counts.items())),
            "pair_ids": self.pair_ids,
        }


@dataclass
class Written:
    """What `write_rows` put in a file: enough for the manifest without reading it again."""

    sha256: str
    rows: int
    bytes: int


def at_once(call: Callable, *args: object, **kwargs: object) -> Future:
    done: Future = Future()
    done.set_result(call(*args, **kwargs))
    return done


@contextmanager
def shared_with_threads() -> Iterator[None]:
    connection.inc_thread_sharing()
    try:
        yield
    finally:
        connection.dec_thread_sharing()


@contextmanager
def closing_rows(rows: Iterator[dict]) -> Iterator[None]:
    """`rows` closed when the writing ends, also on an error (a full disk): a generator left
    suspended would keep its fetch thread and server-side cursor open while the caller's atomic
    block rolls back, and close them only when collected, on a connection by then in other use."""
    try:
        yield
    finally:
        close = getattr(rows, "close", None)
        if close is not None:
            close()


def write_rows(rows: Iterable[dict], target: BinaryIO, scan: ResidualScan, batch: int = export.CHUNK_SIZE) -> Written:
    """Re-scan, serialise, hash and write `rows`, `batch` rows at a time.

    On PostgreSQL a thread asks the database which texts of a batch are known clean while the
    batch is serialised and written: it uses a cursor of this connection and transaction (shared
    through Django's thread sharing, which query logging checks; psycopg serialises the
    connection's use between threads). The scan of the batch ends once both are done. Elsewhere
    the lookup runs in turn.
    """
    digest, count, size, rows = hashlib.sha256(), 0, 0, iter(rows)
    with (
        closing_rows(rows),
        without_cycle_collection(),
        shared_with_threads(),
        connection.cursor() as cursor,
        ThreadPoolExecutor(max_workers=1, thread_name_prefix="clean-texts") as ahead,
    ):
        submit = ahead.submit if connection.vendor == "postgresql" else at_once
        lookup = partial(submit, clean_digests, cursor=cursor)
        while chunk := list(islice(rows, batch)):
            finish_scan = scan.start(chunk, lookup)
            data = b"".join(map(serialise, chunk))
            digest.update(data)
            target.write(data)
            finish_scan()
            count, size = count + len(chunk), size + len(data)
    return Written(digest.hexdigest(), count, size)


class WrittenFile(File):
    """A finished file in the storage's folder: the storage moves it into place instead of copying it."""

    def temporary_file_path(self) -> str:
        return self.name


def refusal(scan: ResidualScan) -> str:
    return (
        f"the de-identification re-scan (scrubber {DEID_VERSION}) still finds {scan.total} possible identifier(s) "
        f"({', '.join(f'{k} {n}' for k, n in sorted(scan.counts.items()))}) in pairs {', '.join(map(str, scan.pair_ids[:10]))}"
    )


def create_snapshot(
    *,
    campaigns: list[Campaign],
    kind: str,
    filters: dict | None = None,
    user: User | None = None,
    accept_residual: bool = False,
    chunk_size: int = export.CHUNK_SIZE,
) -> Snapshot:
    """Export the resolved pairs and ranking items of `campaigns` as a new snapshot version.

    Refused while the re-scan finds identifiers, unless the admin accepts them (`accept_residual`).
    """
    if kind not in SnapshotKind.values:
        raise ServiceError(gettext("kind must be 'dpo', 'sft' or 'ranking'"))
    if not campaigns:
        raise ServiceError(gettext("choose at least one campaign"))
    pairs_campaigns = [c.name for c in campaigns if c.kind != CampaignKind.RANKINGS]
    if kind == SnapshotKind.RANKING and pairs_campaigns:
        raise ServiceError(
            gettext("a ranking snapshot exports rankings campaigns; %(names)s judge pairs (export them as dpo or sft)")
            % {"names": ", ".join(sorted(pairs_campaigns))},
            details={"kind": ["ranking"]},
        )
    filters = clean_filters(filters, rankings=len(pairs_campaigns) < len(campaigns))
    campaigns = sorted(campaigns, key=lambda c: c.pk)
    storage = Snapshot._meta.get_field("file").storage
    folder = storage.path(Snapshot._meta.get_field("file").upload_to)
    os.makedirs(folder, exist_ok=True)
    handle, partial = tempfile.mkstemp(dir=folder, prefix=".partial-", suffix=".jsonl")
    try:
        scan, counts = ResidualScan(), {}
        # One transaction: one consistent read, and a server-side cursor that streams instead of
        # being materialised at once (PostgreSQL holds cursors that outlive their transaction).
        with transaction.atomic(), os.fdopen(handle, "wb") as target, streaming_plans():
            written = write_rows(
                export.rows(campaigns, kind=kind, filters=filters, counts=counts, chunk_size=chunk_size),
                target,
                scan,
                batch=chunk_size,
            )
        if scan.total:
            reason = refusal(scan)
            if not accept_residual:
                logger.warning("snapshot refused: %s", reason)
                raise ServiceError(
                    gettext(
                        "Snapshot refused: %(reason)s. Review those pairs, or accept the residual detections explicitly to export anyway."
                    )
                    % {"reason": reason}
                )
            logger.warning(
                "snapshot exported with residual detections accepted by %s: %s",
                user.username if user else "a script",
                reason,
            )
        deidentification = {
            **scan.report(),
            "accepted_by": (user.username if user else "script") if scan.total else None,
        }
        return store(
            campaigns=campaigns,
            kind=kind,
            filters=filters,
            user=user,
            partial=partial,
            written=written,
            counts=counts,
            deidentification=deidentification,
        )
    finally:
        if os.path.exists(partial):
            os.remove(partial)


def campaign_entry(campaign: Campaign) -> dict:
    """A campaign as the manifest names it; rankings campaigns also say their kind (pairs ones keep
    the entry they always had)."""
    entry = {"id": campaign.pk, "name": campaign.name, "settings": campaign.rule_settings()}
    if campaign.kind == CampaignKind.RANKINGS:
        entry["kind"] = campaign.kind
    return entry


def store(
    *,
    campaigns: list[Campaign],
    kind: str,
    filters: dict,
    user: User | None,
    partial: str,
    written: Written,
    counts: dict,
    deidentification: dict,
) -> Snapshot:
    """Take the next version number, move the file into place and write the manifest."""
    for _ in range(3):
        try:
            with transaction.atomic():
                version = (Snapshot.objects.filter(kind=kind).aggregate(v=Max("version"))["v"] or 0) + 1
                snapshot = Snapshot.objects.create(
                    kind=kind,
                    version=version,
                    filters=filters,
                    sha256=written.sha256,
                    row_count=written.rows,
                    created_by=user,
                )
                snapshot.campaigns.set(campaigns)
                snapshot.file.save(f"{snapshot.name}.jsonl", WrittenFile(None, name=partial), save=False)
                try:
                    snapshot.manifest = {
                        "name": snapshot.name,
                        "kind": kind,
                        "version": version,
                        "format": FORMATS[kind],
                        "campaigns": [campaign_entry(c) for c in campaigns],
                        "filters": filters,
                        "counts": {"rows": written.rows, **counts},
                        "deidentification": deidentification,
                        "sha256": written.sha256,
                        "bytes": written.bytes,
                        "created_at": snapshot.created_at.isoformat(),
                        "created_by": user.username if user else None,
                    }
                    snapshot.save(update_fields=["manifest", "file"])
                except BaseException:
                    snapshot.file.delete(save=False)  # the row is rolled back: leave no file without one
                    raise
                webhooks.emit(
                    "snapshot.created",
                    {"snapshot": snapshot.pk, "name": snapshot.name, "kind": kind, "rows": written.rows, "sha256": written.sha256},
                )  # fmt: skip
                return snapshot
        except IntegrityError:
            continue  # another export took this version number meanwhile
    raise ServiceError(gettext("could not allocate a snapshot version; try again"))
