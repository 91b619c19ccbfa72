"""The export gate's clean verdicts, reached before the export (PROTOCOL §7).

A snapshot re-scans every text it writes (services.snapshots.ResidualScan) unless this scrubber
version already found the text clean (CleanText). The verdict depends on the text and the
scrubber's rules alone, so nothing ties it to the export: a campaign's first snapshot of 100,000
pairs spent 25 of its 27.5 s re-scanning texts that had come in days before. Once an import or a
generation round commits, or an expert's decision with a corrected answer, a worker scans the texts
it stored and remembers the clean ones (`prescan`); the snapshot then scans only what no worker has
reached (texts stored since, texts a review changed), and its verdicts and report are the same.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass

from django.db import connection, models, transaction
from django.db.backends.utils import CursorWrapper

from annotation.deid import VERSION as DEID_VERSION
from annotation.deid import Detection, residual
from annotation.models import Arbitration, CleanText, Prompt, Response
from medpref.core import refresh

log = logging.getLogger(__name__)

TASK_NAME = "annotation.prescan_texts"
LOOKUP_BATCH = 5000
PRESCAN_ROWS = 2000  # prompts or responses read, scanned and remembered at a time


def digest_prefix() -> hashlib.blake2b:
    """The scrubber version and a separator, hashed once: each text's digest goes on from a copy."""
    return hashlib.blake2b(f"{DEID_VERSION}\x00".encode(), digest_size=16)


def text_digest(text: str, prefix: hashlib.blake2b | None = None) -> str:
    """The key of a text's clean verdict: the scrubber version and the text, hashed together."""
    digest = (prefix or digest_prefix()).copy()
    digest.update(text.encode())
    return digest.hexdigest()


def clean_digests(digests: list[str], *, cursor: CursorWrapper) -> set[str]:
    """Which of `digests` this scrubber version already found clean.

    On PostgreSQL one text parameter per query, split into an array by the server: thousands of
    `IN` parameters would cost more to send and parse than the lookup itself, and psycopg adapts
    a list element by element in Python. Digests are hexadecimal, so a comma never occurs in one.
    """
    if cursor.db.vendor == "postgresql":
        cursor.execute(
            f"SELECT digest FROM {CleanText._meta.db_table} WHERE digest = ANY(string_to_array(%s, ','))",
            [",".join(digests)],
        )
        return {digest for (digest,) in cursor.fetchall()}
    known: set[str] = set()
    for start in range(0, len(digests), LOOKUP_BATCH):
        known.update(
            CleanText.objects.filter(digest__in=digests[start : start + LOOKUP_BATCH]).values_list("digest", flat=True)
        )
    return known


def scan_unknown(texts: dict[str, str], known: set[str]) -> dict[str, list[Detection]]:
    """Re-scan the texts (keyed by digest) not `known` clean; what each scanned text still holds, by
    digest (an empty list: clean). No database work: a scan may take seconds, and on SQLite a
    transaction open meanwhile would hold the write lock that every other writer waits for."""
    return {digest: residual([text]) for digest, text in texts.items() if digest not in known}


def remember_clean(findings: dict[str, list[Detection]]) -> None:
    """Remember the texts a scan found nothing in (one short insert)."""
    CleanText.objects.bulk_create(
        [CleanText(digest=digest, scrubber_version=DEID_VERSION) for digest, found in findings.items() if not found],
        batch_size=LOOKUP_BATCH,
        ignore_conflicts=True,
    )


def known_clean(digests: list[str]) -> set[str]:
    """`clean_digests` as its own short read: on PostgreSQL through the digests' index, in a transaction
    that lasts as long as the query (snapshots.streaming_plans says why the planner chose a scan)."""
    if connection.vendor != "postgresql":
        with connection.cursor() as cursor:
            return clean_digests(digests, cursor=cursor)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        return clean_digests(digests, cursor=cursor)


NONE_AFTER = 2**63 - 1  # a watermark past every id: none of those rows is read


@dataclass(frozen=True)
class Watermark:
    """The last prompt, response and arbitration ids before a transaction stored texts: its own come after."""

    prompts: int
    responses: int
    arbitrations: int = NONE_AFTER

    @classmethod
    def arbitration(cls, pk: int) -> Watermark:
        """An expert's decision alone: its corrected answer."""
        return cls(prompts=NONE_AFTER, responses=NONE_AFTER, arbitrations=pk - 1)


def watermark() -> Watermark:
    """Before an import or a generation round: they store prompts and responses, no decisions (an
    expert's decision asks for its own answer, `Watermark.arbitration`)."""
    last = models.Max("id")
    return Watermark(
        prompts=Prompt.objects.aggregate(last=last)["last"] or 0,
        responses=Response.objects.aggregate(last=last)["last"] or 0,
    )


@dataclass
class Prescanned:
    """What `prescan` read: distinct texts, those scanned (the others were known clean), those still
    holding an identifier (left for the export gate to report)."""

    texts: int = 0
    scanned: int = 0
    residual: int = 0

    def as_dict(self) -> dict[str, int]:
        return {"texts": self.texts, "scanned": self.scanned, "residual": self.residual}


def stored_texts(campaign_id: int, since: Watermark, batch: int = PRESCAN_ROWS) -> Iterator[list[str]]:
    """The texts of the campaign's prompts, responses and experts' corrected answers stored after
    `since`, `batch` rows at a time, read by id ranges (no cursor held open while a batch is scanned)."""
    last = since.prompts
    while rows := list(
        Prompt.objects.filter(campaign_id=campaign_id, id__gt=last).order_by("id").values_list("id", "messages")[:batch]
    ):
        last = rows[-1][0]
        yield [m["content"] for _, messages in rows for m in messages if isinstance(m.get("content"), str)]
    last = since.responses
    while rows := list(
        Response.objects.filter(prompt__campaign_id=campaign_id, id__gt=last)
        .order_by("id")
        .values_list("id", "text")[:batch]
    ):
        last = rows[-1][0]
        yield [text for _, text in rows]
    last = since.arbitrations
    while rows := list(
        Arbitration.objects.filter(pair__campaign_id=campaign_id, id__gt=last)
        .exclude(corrected_response="")
        .order_by("id")
        .values_list("id", "corrected_response")[:batch]
    ):
        last = rows[-1][0]
        yield [text for _, text in rows]


def prescan(campaign_id: int, since: Watermark = Watermark(0, 0, 0)) -> Prescanned:
    """Scan the campaign's texts stored after `since` as the export gate would, and remember the
    clean ones (the worker's side of `prescan_after_commit`)."""
    done, prefix = Prescanned(), digest_prefix()
    for texts in stored_texts(campaign_id, since):
        by_digest = {text_digest(text, prefix): text for text in texts}
        findings = scan_unknown(by_digest, known_clean(list(by_digest)))
        remember_clean(findings)
        done.texts += len(by_digest)
        done.scanned += len(findings)
        done.residual += sum(1 for found in findings.values() if found)
    return done


def prescan_after_commit(campaign_id: int, since: Watermark) -> None:
    """Once the transaction that stored the campaign's new texts commits, ask a worker to scan them.
    A broker out of reach costs nothing but time at the first snapshot, which scans them itself:
    logged, not raised (the texts are stored)."""

    def ask() -> None:
        try:
            refresh.send_task(TASK_NAME, campaign_id, since.prompts, since.responses, since.arbitrations)
        except Exception as exc:  # noqa: BLE001 - anything the broker raises
            log.warning("texts not pre-scanned (the first snapshot will scan them): %s", exc)

    transaction.on_commit(ask)
