"""Importing pairs or prompts into a campaign: parse, de-identify, store, all or nothing.

Texts arrive checked and normalised by `annotation.formats` (no control characters or lone
surrogates, at most `MAX_TEXT_CHARS` per text, invisible characters removed, look-alike ASCII
folded); what is stored is that normalised text after de-identification. Every de-identification
pattern is linear, so an import's time grows with its size only (`bench/import_speed.py` on hostile
input, `bench/import.py` for the speed of ordinary pairs).

A row whose id is already in the campaign (or earlier in the file) is skipped, so importing a file
twice is harmless; when its text differs, the report warns with the ids rather than skipping it
silently: the file and the campaign disagree, and only the admin knows which is right.

A campaign of kind rankings (PROTOCOL §10) takes ranking files (K = 2-8 candidates per prompt), pair
files (two candidates) and prompts (for generation rounds). Each item is stored as a Pair whose
response_a and response_b are candidates 0 and 1, with one Candidate row per answer in the file's
order. A candidate whose text repeats an earlier one of its item (once de-identified) is dropped with
a warning naming both fields, and an item left with fewer than two distinct answers is not imported
(also a warning): ranking the same text against itself teaches nothing, and public ranking files
have such items (the RLHF-Label-Tool sample file has one with four copies of one answer).
"""

from __future__ import annotations

import dataclasses
import json
import logging
import multiprocessing
import os
import signal
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import wait as wait_for
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import orjson
import psycopg
from django.db import IntegrityError, models, transaction
from django.db.models.expressions import RawSQL
from django.utils import timezone
from django.utils.translation import gettext
from psycopg import sql

from annotation.deid import Uncertain, scrub_conversation
from annotation.errors import Conflict
from annotation.formats import (
    ImportItem,
    Records,
    RowError,
    RowInvalid,
    RowReader,
    key_in_file,
    mapping_problems,
    open_records,
)
from annotation.models import Campaign, CampaignKind, Candidate, Pair, Prompt, Response, ReviewItem, User
from annotation.services import audit, clean_texts, search_index
from annotation.services.lifecycle import ensure_not_closed
from annotation.services.review import review_items
from annotation.text import comparable
from medpref.core.cycles import collect_young, without_cycle_collection
from medpref.core.placement import keyed_permutation
from medpref.core.runs import ACTIVE_STATES, die_with_parent

log = logging.getLogger(__name__)

BATCH_SIZE = 500
CHUNK_ROWS = 2_000  # rows read, de-identified and stored at a time: what an import holds in memory
SCRUB_PROCESSES = min(4, os.cpu_count() or 1)  # worker processes that de-identify a large import's texts
WAIT_SECONDS = 0.5  # how often a wait for the scrubbers looks for a stop and for a dead worker
POOL_MIN_CONVERSATIONS = 400  # fewer are scrubbed here: forking workers costs more than they save
CACHED_CONVERSATIONS = 10_000  # scrubbed conversations remembered for the rest of the file (tens of MB)
# A report lists this many problems and counts the rest: a file of 100,000 bad lines must not
# produce a 25 MB answer, and the first few are what one fixes first anyway.
MAX_REPORTED_ERRORS = 50
MAX_WARNED_IDS = 20  # ids named in a warning sentence; `conflicting_ids` lists up to MAX_CONFLICTING_IDS
MAX_CONFLICTING_IDS = 1000


@dataclass
class ImportReport:
    created: int = 0
    skipped: int = 0
    redactions: dict[str, int] = field(default_factory=dict)
    review: int = 0  # uncertain spans kept as written and listed for an admin
    errors: list[dict] = field(default_factory=list)
    error_count: int = 0
    format: str = ""
    kind: str = ""
    notes: list[str] = field(default_factory=list)
    encoding: str = ""  # how a text file was decoded (utf-8, utf-8-sig, utf-16, gb18030, big5, cp1252)
    sheet: str | None = None  # the worksheet read from an .xlsx file
    keys: list[str] = field(default_factory=list)  # the keys (columns) found in the file
    proposed_mapping: dict[str, str] = field(default_factory=dict)
    mapping: dict[str, str] = field(default_factory=dict)  # the mapping the rows were read with
    warnings: list[str] = field(default_factory=list)
    conflicting_ids: list[str] = field(default_factory=list)  # ids skipped although their text differs
    candidates: dict[str, int] = field(default_factory=dict)  # rankings: items created per K, e.g. {"4": 100}

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def errors_note(self) -> str:
        """A sentence saying how many problems were left out of `errors`, or "" when none were."""
        left_out = self.error_count - len(self.errors)
        if left_out <= 0:
            return ""
        return gettext(
            "Only the first %(listed)s of %(total)s problems are listed; %(left_out)s more were left out."
        ) % {"listed": len(self.errors), "total": f"{self.error_count:,}", "left_out": f"{left_out:,}"}

    def reject(self, errors: list[RowError], *, total: int | None = None) -> None:
        """Record why nothing was imported: the first problems in line order, and how many in all
        (`total`, when `errors` keeps only the first ones)."""
        ordered = sorted(errors, key=lambda error: error.line or 0)
        self.errors = [error.as_dict() for error in ordered[:MAX_REPORTED_ERRORS]]
        self.error_count = max(total or 0, len(errors))

    def as_dict(self) -> dict:
        extra = {"candidates": self.candidates} if self.kind == "rankings" else {}
        return {
            "created": self.created,
            "skipped": self.skipped,
            "redactions": self.redactions,
            "review": self.review,
            "errors": self.errors,
            "error_count": self.error_count,
            "errors_note": self.errors_note,
            "format": self.format,
            "kind": self.kind,
            "notes": self.notes,
            "encoding": self.encoding,
            "sheet": self.sheet,
            "keys": self.keys,
            "proposed_mapping": self.proposed_mapping,
            "mapping": self.mapping,
            "warnings": self.warnings,
            "conflicting_ids": self.conflicting_ids,
            **extra,
        }


@dataclass(frozen=True)
class ImportOptions:
    """What an import is asked besides its file, passed as one value from the API, a command
    or a queued run down to `import_records`: who asks (the audit names them when the mapping
    is kept), the mapping rows are read through (medpref field -> key in the file; None: the file's
    own layout, or else the campaign's saved mapping), and whether to keep that mapping as the
    campaign's once the import succeeds."""

    user: User | None = None
    mapping: dict[str, str] | None = None
    save_mapping: bool = False


NO_OPTIONS = ImportOptions()


def import_file(
    *,
    campaign: Campaign,
    data: bytes,
    filename: str = "",
    options: ImportOptions = NO_OPTIONS,
) -> ImportReport:
    """Import every record of the file, or nothing when any record is invalid.

    `options.mapping` (medpref field -> key in the file) reads every row through it; without one, rows
    of no known layout are read with the campaign's saved mapping. `options.save_mapping` keeps the
    mapping as the campaign's once the import succeeds.
    """
    if active := campaign.import_runs.filter(state__in=ACTIVE_STATES).first():
        raise Conflict(
            gettext(
                "campaign %(name)s has an import running in the background (import %(id)s): wait for it or cancel it"
            )
            % {"name": campaign.name, "id": active.pk}
        )

    def records() -> Records:
        return open_records(data, filename)

    return import_records(campaign=campaign, records=records, options=options)


def import_records(
    *,
    campaign: Campaign,
    records: Callable[[], Records],
    options: ImportOptions = NO_OPTIONS,
    progress: Callable[[int], None] | None = None,
    waiting: Callable[[], None] | None = None,
    before_commit: Callable[[], None] | None = None,
    chunk_rows: int | None = None,
    kept_errors: int | None = None,
) -> ImportReport:
    """Import the rows `records()` opens, a chunk at a time in one transaction: all or nothing.

    Each chunk is read, de-identified (in worker processes, `Scrubber`, while this process stores
    the chunk before), checked against the campaign and stored; a row found invalid later rolls
    everything back. Only a chunk and the report are held, so memory does not grow with the file
    (a streamed import of a million pairs). `progress(rows)` hears each chunk (a run's heartbeat; it
    may raise to stop the import, which is then rolled back); `waiting()` is called, and may raise
    so too, while the scrubbing processes work; `before_commit()` last, in the transaction once every
    row is stored (a run's last look at its cancel). `kept_errors` bounds the row errors kept (the
    report lists the first ones in line order and counts them all).

    A scrubbing process that dies (e.g. killed for lack of memory) refuses the import with that
    reason; rows stored meanwhile by another import of the same file raise Conflict (nothing stays).
    """
    ensure_not_closed(campaign, gettext("imports"))
    mapping = options.mapping
    if mapping is not None and (problems := mapping_problems(mapping)):
        report = ImportReport(format="unknown")
        report.reject([RowError(None, None, gettext("the mapping: %(problem)s") % {"problem": p}) for p in problems])
        return report
    try:
        opened = records()
    except RowInvalid as exc:
        report = ImportReport(format="unknown")
        report.reject([RowError(None, exc.field, exc.message)])
        return report
    reader = RowReader(
        opened,
        mapping=mapping,
        saved_mapping=campaign.import_mapping or None,
        kind=campaign.kind,
        kept_errors=kept_errors,
    )
    tally = Tally(
        campaign=campaign,
        reader=reader,
        report=ImportReport(
            format=opened.format, encoding=opened.encoding, sheet=opened.sheet, notes=list(opened.notes)
        ),
    )
    try:
        with transaction.atomic(), Scrubber(waiting=waiting) as scrubber, without_cycle_collection():
            tally.watermarks()
            pending: tuple[list[ImportItem], Pending] | None = None
            for chunk in chunks(opened, reader, chunk_rows or CHUNK_ROWS):
                handle = scrubber.submit([conversation_of(item) for item in chunk]) if tally.scrubbing(chunk) else None
                if pending:
                    tally.add(*pending)
                pending = (chunk, handle)
                collect_young()  # a bad row's error leaves a cycle (its traceback): memory stays flat
                if progress:
                    progress(tally.rows)
            if pending:
                tally.add(*pending)
            errors = tally.errors()
            if errors:
                raise Refused
            if options.save_mapping and mapping is not None:
                set_import_mapping(campaign=campaign, mapping=mapping, user=options.user)
            if tally.report.created:
                search_index.merge_after_commit()  # the text indexes' new entries, by a worker
                clean_texts.prescan_after_commit(campaign.pk, tally.since)  # the export gate's verdicts, by a worker
            if before_commit:
                before_commit()
    except Refused:
        pass
    except ScrubberLost as exc:
        report = ImportReport(format=opened.format, encoding=opened.encoding, sheet=opened.sheet)
        report.reject([RowError(None, None, exc.args[0])])  # the message itself: a background run translates it again
        return report
    except (IntegrityError, psycopg.IntegrityError):  # the latter from a COPY (`insert`)
        # Another import of these rows (in a request, beside a background run, or two at once)
        # committed after this one looked for them: it is rolled back, and a second try skips them.
        raise Conflict(
            gettext(
                "another import into campaign %(name)s stored some of these rows meanwhile: nothing was imported "
                "from this file; import it again (the rows already there are skipped)"
            )
            % {"name": campaign.name}
        ) from None
    return tally.final(errors)


class Refused(Exception):
    """Rolls back an import whose file has errors."""


def chunks(records: Records, reader: RowReader, size: int) -> Iterator[list[ImportItem]]:
    chunk: list[ImportItem] = []
    for line, raw in records.rows:
        item = reader.read(line, raw)
        if item is not None:
            chunk.append(item)
            if len(chunk) >= size:
                yield chunk
                chunk = []
    if chunk:
        yield chunk


@dataclass
class Tally:
    """What an import found so far: counts and bounded lists for the report, the errors by the
    order in which they stop an import (rows that cannot be read, then gold answers in a rankings
    campaign, then pairs whose two answers are one text), and the chunks stored."""

    campaign: Campaign
    reader: RowReader
    report: ImportReport
    rows: int = 0
    kind: str = ""
    gold: list[RowError] = field(default_factory=list)
    gold_count: int = 0
    duplicates: list[RowError] = field(default_factory=list)
    duplicate_count: int = 0
    counts: Counter = field(default_factory=Counter)
    sizes: Counter = field(default_factory=Counter)
    changed_in_campaign: list[str] = field(default_factory=list)
    changed_in_file: list[str] = field(default_factory=list)
    changed: set[str] = field(default_factory=set)
    changed_counts: Counter = field(default_factory=Counter)
    dropped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    before: dict[str, int] = field(default_factory=dict)
    since: clean_texts.Watermark = clean_texts.Watermark(0, 0)

    def watermarks(self) -> None:
        """The last ids before the import: a row of the campaign past them was stored by an earlier chunk."""
        self.since = clean_texts.watermark()  # the texts a worker re-scans once the import commits
        self.before = {
            "pairs": Pair.objects.aggregate(last=models.Max("id"))["last"] or 0,
            "prompts": self.since.prompts,
        }

    @property
    def tabular(self) -> bool:
        return self.reader.records.tabular

    def error(self, line: int, field_name: str, message: str) -> RowError:
        return RowError(
            line,
            key_in_file(field_name, self.reader.mapping or self.reader.used_mapping),
            message,
            self.reader.records.sheet,
            self.tabular,
        )

    def scrubbing(self, chunk: list[ImportItem]) -> bool:
        """Whether the chunk is worth de-identifying: not once the file is known to be refused for
        rows that cannot be read or for gold answers (those errors are reported alone)."""
        self.rows += len(chunk)
        if not self.kind:
            self.kind = (
                ("rankings" if self.campaign.kind == CampaignKind.RANKINGS else "pairs")
                if chunk[0].is_pair
                else "prompts"
            )
        if self.kind == "rankings":
            self.gold_count += sum(item.gold_answer is not None for item in chunk)
            self.gold += [
                self.error(
                    item.line,
                    "gold_answer",
                    gettext("gold pairs (a, b or tie) belong to campaigns of pairs, not rankings"),
                )
                for item in chunk
                if item.gold_answer is not None
            ][: self.room(self.gold)]
        return not (self.reader.errors or self.reader.error_count or self.gold)

    def add(self, chunk: list[ImportItem], handle: Pending | None) -> None:
        """De-identify, check and store one chunk (unless the file is already refused)."""
        if handle is None or self.reader.error_count or self.gold:
            return
        uncertain = {
            id(item): apply_scrubbed(item, scrubbed, self.counts) for item, scrubbed in zip(chunk, handle.get())
        }
        items = chunk
        if self.kind == "rankings":
            items, dropped = distinct_candidates(items, self.reader.mapping or self.reader.used_mapping, uncertain)
            self.dropped += dropped[: MAX_CONFLICTING_IDS - len(self.dropped)]
        selection = select_new(self.campaign, items, self.kind, before=self.before)
        fresh = selection.fresh
        duplicates = [
            self.error(
                item.line, "response_b", gettext("is the same text as response_a; a pair needs two different responses")
            )
            for item in fresh
            if self.kind == "pairs" and item.is_pair and same_text(*item.responses)
        ]
        self.duplicate_count += len(duplicates)
        self.duplicates += duplicates[: self.room(self.duplicates)]
        self.notes += selection.notes[: 20 - len(self.notes)]
        for name in ("changed_in_campaign", "changed_in_file"):
            ids = [i for i in getattr(selection, name) if i not in self.changed]
            if len(self.changed) < 10 * MAX_CONFLICTING_IDS:  # bounded: beyond, an id may be counted twice
                self.changed.update(ids)
            self.changed_counts[name] += len(ids)
            getattr(self, name).extend(ids[: MAX_CONFLICTING_IDS - len(getattr(self, name))])
        self.report.skipped += len(chunk) - len(fresh)
        if self.duplicates:
            return
        if self.kind == "prompts":
            stored = store_prompts(self.campaign, fresh)
        else:
            stored = store_pairs(self.campaign, fresh, rankings=self.kind == "rankings")
        self.report.review += queue_for_review(self.campaign, stored, uncertain)
        self.report.created += len(fresh)
        if self.kind == "rankings":
            self.sizes.update(len(item.responses) for item in fresh)

    def room(self, errors: list[RowError]) -> int | None:
        """How many more errors a list may keep (None: no bound)."""
        kept = self.reader.kept_errors
        return None if kept is None else max(0, kept - len(errors))

    def errors(self) -> list[RowError]:
        return self.reader.finish() or self.gold or self.duplicates

    def final(self, errors: list[RowError]) -> ImportReport:
        report = self.report
        parsed = self.reader.parsed([])
        report.keys, report.proposed_mapping, report.mapping = parsed.keys, parsed.proposed_mapping, parsed.mapping
        report.kind = "" if errors and errors is self.reader.errors else self.kind
        if errors:
            totals = {id(self.gold): self.gold_count, id(self.duplicates): self.duplicate_count}
            total = self.reader.error_count if errors is self.reader.errors else totals[id(errors)]
            report.reject(errors, total=total)
            report.created = report.skipped = report.review = 0
            return report
        report.redactions = dict(sorted(self.counts.items()))
        report.notes += self.notes
        selection = Selection([], [], self.changed_in_campaign, self.changed_in_file)
        report.warnings = selection.warnings(self.changed_counts) + self.dropped
        if self.kind == "rankings":
            report.candidates = {str(size): self.sizes[size] for size in sorted(self.sizes)}
        report.conflicting_ids = (self.changed_in_campaign + self.changed_in_file)[:MAX_CONFLICTING_IDS]
        return report


def set_import_mapping(*, campaign: Campaign, mapping: dict[str, str], user: User | None = None) -> Campaign:
    """Keep (or, with {}, forget) the campaign's column mapping, reused for files of the same keys."""
    ensure_not_closed(campaign, gettext("mapping changes"))
    problems = mapping_problems(mapping) if mapping else []
    if problems:
        raise ValueError("; ".join(problems))
    if campaign.import_mapping != mapping:
        campaign.import_mapping = dict(mapping)
        campaign.save(update_fields=["import_mapping"])
        audit.record("campaign.import_mapping", actor=user, target=campaign, mapping=campaign.import_mapping)
    return campaign


# --- de-identification: each distinct conversation once, in worker processes when there are many ---

ScrubbedTexts = tuple[list[str], dict[str, int], list[Uncertain]]


def scrub_texts(conversation: tuple[str, ...]) -> ScrubbedTexts:
    """What the import needs of `scrub_conversation`, small enough to send back from a worker."""
    result = scrub_conversation(conversation)
    return result.texts, dict(result.counts), result.uncertain


def scrub_many(conversations: list[tuple[str, ...]]) -> list[ScrubbedTexts]:
    return [scrub_texts(conversation) for conversation in conversations]


class Pending:
    """A chunk's scrubbed conversations, in its order: those seen before now, the others once the
    workers answer (`get`)."""

    def __init__(
        self, scrubber: Scrubber, conversations: list[tuple[str, ...]], known: dict, distinct: list, work: Any
    ):
        self.scrubber, self.conversations, self.known, self.distinct, self.work = (
            scrubber,
            conversations,
            known,
            distinct,
            work,
        )

    def get(self) -> list[ScrubbedTexts]:
        if self.distinct:
            parts = self.scrubber.wait(self.work) if self.work and isinstance(self.work[0], Future) else self.work
            results = dict(zip(self.distinct, [result for part in parts for result in part]))
            self.known.update(results)
            self.scrubber.remember(results)
            self.distinct = []
        scrubbed = []
        cache = self.scrubber.cache
        for conversation in self.conversations:
            result = self.known.get(conversation) or cache.get(conversation)
            if result is None:  # was in an earlier chunk's work when this one was sent, and since forgotten
                result = self.known[conversation] = scrub_texts(conversation)
            scrubbed.append(result)
        return scrubbed


class ScrubberLost(Exception):
    """A scrubbing worker process died: its conversations will never be answered."""


def scrubber_started() -> None:
    """In each forked scrubbing worker: die with the parent, and die of SIGTERM and SIGINT (the
    defaults, as Celery's process_initializer sets them). A fork inherits the parent's handlers, and
    gunicorn's only notes the signal: a stopped import would wait forever for workers that stay."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    die_with_parent()


@contextmanager
def children_allowed() -> Iterator[None]:
    """Let a daemonic process fork the scrubbers: a Celery worker's child is one, and multiprocessing
    refuses it children lest they outlive it. Ours cannot: they die with it (PR_SET_PDEATHSIG,
    `die_with_parent`), and the pool is closed when the import ends."""
    process = multiprocessing.current_process()
    daemon = process._config.get("daemon")
    process._config["daemon"] = False
    try:
        yield
    finally:
        if daemon is None:
            process._config.pop("daemon", None)
        else:
            process._config["daemon"] = daemon


class Scrubber:
    """De-identifies an import's conversations: each distinct one once (a file repeats its system
    prompt, its questions, its answers, and `scrub_conversation` is a pure function of the texts),
    and in `processes` forked worker processes when a chunk has many, so that scrubbing, most of an
    import's CPU, runs beside this process's parsing and storing of the chunk before.

    Workers are forked: they start with the scrubber's word lists loaded and use no database
    connection. Where forking fails the work is done here. They form a ProcessPoolExecutor, not a
    multiprocessing.Pool: a Pool silently replaces a worker that dies (an out-of-memory kill) and
    never answers for its task, where the executor fails every task (`ScrubberLost`).
    """

    def __init__(self, processes: int | None = None, waiting: Callable[[], None] | None = None):
        self.processes = SCRUB_PROCESSES if processes is None else processes
        self.waiting = waiting  # called while waiting for the workers; raises to stop the import
        self.pool: Any = None
        self.cache: dict[tuple[str, ...], ScrubbedTexts] = {}
        self.sent: set[tuple[str, ...]] = set()  # conversations sent to be scrubbed (bounded with the cache)

    def __enter__(self) -> Scrubber:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if self.pool is None:
            return
        pool, self.pool = self.pool, None
        if exc_type is None:  # every task answered: the workers leave when told
            pool.shutdown(wait=True)
            return
        processes = list((pool._processes or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:  # stopped mid-task: SIGTERM, which kills them (`scrubber_started`)
            process.terminate()
        for process in processes:
            process.join()

    def workers(self) -> Any:
        if self.pool is None and self.processes > 1:
            self.pool = ProcessPoolExecutor(
                self.processes, mp_context=multiprocessing.get_context("fork"), initializer=scrubber_started
            )
        return self.pool

    def start(self, parts: list[list[tuple[str, ...]]]) -> Any:
        """The futures of `parts` scrubbed by the workers, or None where they cannot be forked."""
        pool = self.workers()
        if pool is None:
            return None
        try:
            with children_allowed():  # the first tasks fork every worker
                return [pool.submit(scrub_many, part) for part in parts]
        except (AssertionError, OSError, ValueError, BrokenProcessPool) as exc:
            log.warning("scrubbing in this process: no worker processes (%s)", exc)
            self.processes, self.pool = 1, None
            pool.shutdown(wait=False, cancel_futures=True)
            return None

    def wait(self, futures: list[Future]) -> list:
        """The workers' answers, looking meanwhile for a stop (`waiting`)."""
        while wait_for(futures, timeout=WAIT_SECONDS).not_done:
            if self.waiting:
                self.waiting()
        try:
            return [future.result() for future in futures]
        except BrokenProcessPool:
            raise ScrubberLost(
                gettext(
                    "a de-identification worker process died (e.g. killed for lack of memory): nothing was "
                    "imported; import the file again"
                )
            ) from None

    def remember(self, results: dict[tuple[str, ...], ScrubbedTexts]) -> None:
        if len(self.cache) + len(results) > CACHED_CONVERSATIONS:
            self.cache.clear()  # bounded memory; a file's repeats are mostly near each other
            self.sent.clear()
        self.cache.update(results)

    def submit(self, conversations: list[tuple[str, ...]]) -> Pending:
        """Start scrubbing a chunk's conversations; `Pending.get()` waits for them. A conversation
        already sent with an earlier chunk is not sent again: its result is read once that chunk's is."""
        unique = dict.fromkeys(conversations)
        known = {c: self.cache[c] for c in unique if c in self.cache}
        distinct = [c for c in unique if c not in known and c not in self.sent]
        self.sent.update(distinct)
        work: Any = None
        if len(distinct) >= POOL_MIN_CONVERSATIONS and self.processes > 1:
            size = -(-len(distinct) // (self.processes * 2))  # two parts per worker: both stay busy
            work = self.start([distinct[i : i + size] for i in range(0, len(distinct), size)])
        if work is None:
            work = [scrub_many(distinct)] if distinct else []
        return Pending(self, conversations, known, distinct, work)


def conversation_of(item: ImportItem) -> tuple[str, ...]:
    """The item's texts as one conversation (PROTOCOL §7): prompt turns, answers, reference."""
    messages = tuple(message["content"] for message in item.messages)
    return messages + tuple(item.responses or ()) + ((item.reference,) if item.reference else ())


def apply_scrubbed(item: ImportItem, scrubbed: ScrubbedTexts, counts: Counter) -> tuple[list[str], list[Uncertain]]:
    """Put the scrubbed texts in place in the item (a name found in the prompt is replaced in the
    answers too, each person keeps one number throughout); the texts and the spans left for review."""
    texts, found, uncertain = scrubbed
    counts.update(found)
    messages, responses = len(item.messages), len(item.responses or ())
    item.messages = [{**message, "content": content} for message, content in zip(item.messages, texts)]
    if item.responses is not None:
        item.responses = tuple(texts[messages : messages + responses])
    if item.reference:
        item.reference = texts[-1]
    return texts, uncertain


def queue_for_review(
    campaign: Campaign, stored: list[Stored], uncertain: dict[int, tuple[list[str], list[Uncertain]]]
) -> int:
    """List the uncertain spans of the stored conversations for an admin (review queue); how many."""
    items = []
    for entry in stored:
        texts, spans = uncertain[id(entry.item)]
        if spans:
            # Stand-ins with the ids the rows were stored under: all a review item needs of them.
            items += review_items(
                campaign=campaign,
                prompt=Prompt(pk=entry.prompt_id, campaign=campaign) if entry.prompt_is_new else None,
                message_count=len(entry.item.messages),
                responses=[Response(pk=pk) for pk in entry.response_ids],
                uncertain=spans,
                texts=texts,
            )
    ReviewItem.objects.bulk_create(items, batch_size=BATCH_SIZE)
    return len(items)


def distinct_candidates(
    items: list[ImportItem], mapping: dict[str, str], uncertain: dict[int, tuple[list[str], list[Uncertain]]]
) -> tuple[list[ImportItem], list[str]]:
    """Ranking items without repeated answers, and a warning per repeat and per item left out.

    A candidate that is the same text as an earlier one of its item (`same_text`, after
    de-identification) is dropped, and so are its spans for review (`uncertain`, renumbered to the
    answers kept); an item left with fewer than two answers is not imported.
    """
    kept: list[ImportItem] = []
    warnings: list[str] = []
    for item in items:
        seen: dict[str, str] = {}
        texts, sources, fields, kept_positions = [], [], [], []
        for position, (text, source, name) in enumerate(zip(item.responses, item.sources, item.fields)):
            key = comparable(text)
            if key in seen:
                warnings.append(
                    gettext(
                        "line %(line)s (id %(id)s), field '%(field)s': is the same text as '%(earlier)s'; "
                        "the repeat was dropped (a ranking item needs different answers)"
                    )
                    % {
                        "line": item.line,
                        "id": item.external_id,
                        "field": key_in_file(name, mapping),
                        "earlier": key_in_file(seen[key], mapping),
                    }
                )
                continue
            seen[key] = name
            kept_positions.append(position)
            texts.append(text)
            sources.append(source)
            fields.append(name)
        if len(texts) < 2:
            warnings.append(
                gettext(
                    "line %(line)s (id %(id)s): every candidate answer is the same text; "
                    "the item was not imported (a ranking item needs at least two different answers)"
                )
                % {"line": item.line, "id": item.external_id}
            )
            continue
        if len(texts) < len(item.responses):
            uncertain[id(item)] = renumbered(
                uncertain[id(item)], len(item.messages), kept_positions, len(item.responses)
            )
        item.responses, item.sources, item.fields = tuple(texts), tuple(sources), tuple(fields)
        kept.append(item)
    return kept, warnings


def renumbered(
    scrubbed: tuple[list[str], list[Uncertain]], message_count: int, kept: list[int], answers: int
) -> tuple[list[str], list[Uncertain]]:
    """The conversation's texts and review spans without the answers left out (`kept`: the
    positions of the answers that stay, of `answers` in all)."""
    texts, spans = scrubbed
    dropped = answers - len(kept)
    new_turn = {message_count + old: message_count + new for new, old in enumerate(kept)}
    result = []
    for span in spans:
        if span.turn < message_count:
            result.append(span)
        elif span.turn >= message_count + answers:
            result.append(dataclasses.replace(span, turn=span.turn - dropped))
        elif span.turn in new_turn:
            result.append(dataclasses.replace(span, turn=new_turn[span.turn]))
    answer_texts = texts[message_count : message_count + answers]
    kept_texts = texts[:message_count] + [answer_texts[old] for old in kept] + texts[message_count + answers :]
    return kept_texts, result


def same_text(a: str, b: str) -> bool:
    """Identical once normalised and de-identified, whatever the spacing or invisible characters."""
    return comparable(a) == comparable(b)


@dataclass
class Selection:
    """Which rows of a file are new, and which ids were skipped although their text differs."""

    fresh: list[ImportItem]
    notes: list[str]
    changed_in_campaign: list[str]
    changed_in_file: list[str]

    def warnings(self, counts: Counter | None = None) -> list[str]:
        """`counts` of each list when they were cut (a streamed import keeps the first ids)."""
        counts = counts or Counter(
            changed_in_campaign=len(self.changed_in_campaign), changed_in_file=len(self.changed_in_file)
        )
        warnings = []
        if self.changed_in_campaign:
            warnings.append(
                gettext(
                    "%(count)s id(s) already in the campaign have a different text in this file; the campaign's "
                    "version was kept and these rows were not imported: %(ids)s"
                )
                % {"count": counts["changed_in_campaign"], "ids": some_ids(self.changed_in_campaign)}
            )
        if self.changed_in_file:
            warnings.append(
                gettext(
                    "%(count)s id(s) appear more than once in the file with different texts; only the first row of "
                    "each was imported: %(ids)s"
                )
                % {"count": counts["changed_in_file"], "ids": some_ids(self.changed_in_file)}
            )
        return warnings


def some_ids(ids: list[str]) -> str:
    text = ", ".join(ids[:MAX_WARNED_IDS])
    return text + (", …" if len(ids) > MAX_WARNED_IDS else "")


def text_of(messages: list[dict], responses: Iterable[str], reference: str) -> tuple:
    """What must match for two rows with one id to be the same row: the conversation, the answers
    (in either order: labelled rows are drawn into A/B) and the reference, compared as `same_text`."""
    return (
        tuple((message["role"], comparable(message["content"])) for message in messages),
        tuple(sorted(comparable(text) for text in responses)),
        comparable(reference),
    )


def item_text(item: ImportItem, kind: str) -> tuple:
    return text_of(item.messages, item.responses or (), "" if kind != "prompts" else item.reference)


def among(ids: list[str]) -> Any:
    """The value of an `external_id__in` for a chunk's ids: on PostgreSQL one array parameter, since
    psycopg takes a fifth of a second to prepare a query of 2,000 placeholders."""
    if transaction.get_connection().vendor == "postgresql":
        return RawSQL("SELECT unnest(%s::text[])", [ids])
    return ids


def stored_texts(campaign: Campaign, ids: list[str], kind: str) -> dict[str, tuple[tuple, int]]:
    """`text_of` each row of the campaign with one of these ids, with the row's id (its pair's for
    pairs and rankings, its prompt's for prompts), read in chunks of bounded size."""
    texts = {}
    for start in range(0, len(ids), BATCH_SIZE * 10):
        chunk = ids[start : start + BATCH_SIZE * 10]
        if kind == "rankings":
            candidates: dict[str, list[str]] = {}
            # In the file's order (responses are stored in it), not the drawn positions'.
            rows = (
                Candidate.objects.filter(pair__campaign=campaign, pair__external_id__in=among(chunk))
                .order_by("pair_id", "response_id")
                .values_list("pair__external_id", "pair_id", "pair__prompt__messages", "response__text")
            )
            conversations = {}
            for external_id, pair_id, messages, text in rows:
                conversations[external_id] = (pair_id, messages)
                candidates.setdefault(external_id, []).append(text)
            for external_id, (pair_id, messages) in conversations.items():
                texts[external_id] = (text_of(messages, candidates[external_id], ""), pair_id)
        elif kind == "pairs":
            for external_id, pk, messages, a, b in Pair.objects.filter(
                campaign=campaign, external_id__in=among(chunk)
            ).values_list("external_id", "pk", "prompt__messages", "response_a__text", "response_b__text"):
                texts[external_id] = (text_of(messages, (a, b), ""), pk)
        else:
            for external_id, pk, messages, reference in Prompt.objects.filter(
                campaign=campaign, external_id__in=among(chunk)
            ).values_list("external_id", "pk", "messages", "reference"):
                texts[external_id] = (text_of(messages, (), reference), pk)
    return texts


def select_new(
    campaign: Campaign, items: list[ImportItem], kind: str, *, before: dict[str, int] | None = None
) -> Selection:
    """Drop rows whose id is already in the campaign or earlier in the same file, noting the ones
    whose text differs from the row kept. `before`: the last pair and prompt ids before the import
    began; a row of the campaign stored after them came from an earlier chunk of this file."""
    ids = list(dict.fromkeys(item.external_id for item in items))
    found = stored_texts(campaign, ids, kind)
    last = (before or {}).get("prompts" if kind == "prompts" else "pairs")
    existing = {i: text for i, (text, pk) in found.items() if last is None or pk <= last}
    earlier = {i: text for i, (text, pk) in found.items() if last is not None and pk > last}
    selection = Selection([], [], [], [])
    first: dict[str, ImportItem] = {}
    changed: set[str] = set()
    for item in items:
        external_id = item.external_id
        if external_id in earlier:
            kept, in_file = earlier[external_id], True
        elif external_id in existing:
            kept, in_file = existing[external_id], False
        elif external_id in first:
            kept, in_file = item_text(first[external_id], kind), True
        else:
            first[external_id] = item
            selection.fresh.append(item)
            continue
        note = (
            gettext("line %(line)s: id %(id)s appears earlier in the file, skipped")
            if in_file
            else gettext("line %(line)s: id %(id)s is already in the campaign, skipped")
        )
        selection.notes.append(note % {"line": item.line, "id": external_id})
        if external_id not in changed and item_text(item, kind) != kept:
            changed.add(external_id)
            (selection.changed_in_file if in_file else selection.changed_in_campaign).append(external_id)
    return selection


@dataclass(frozen=True)
class Stored:
    """Where an imported item's texts went: its prompt (new or already there) and its responses."""

    item: ImportItem
    prompt_id: int
    prompt_is_new: bool
    response_ids: list[int]


def insert(model: type[models.Model], rows: list[dict[str, Any]]) -> list[int]:
    """Store new rows (field attname -> value; the others get their defaults) and return their ids.

    PostgreSQL: through COPY, without building model instances. `bulk_create` sends each column as
    an array that psycopg escapes in Python, text by text, and building 40,000 instances and
    preparing each of their fields took as long again: most of the time of a large import. The ids
    are drawn from the table's sequence first, so that rows of other tables can point to them. Each
    field is written with the value Django would write: the given one, else its default, and the
    time of the insert for `auto_now`/`auto_now_add`, as `pre_save` does; JSON as `json.dumps`,
    as the JSONField does. Elsewhere: `bulk_create`.
    """
    if not rows:
        return []
    db = transaction.get_connection()  # the connection itself: `django.db.connection` is a proxy, slow per call
    if db.vendor != "postgresql":
        return [obj.pk for obj in model.objects.bulk_create([model(**row) for row in rows], batch_size=BATCH_SIZE)]
    meta = model._meta
    fields = [f for f in meta.concrete_fields if not f.primary_key]
    now = timezone.now()
    given = {name for row in rows[:1] for name in row}
    constant = {}
    for f in fields:
        if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False):
            constant[f.attname] = f.get_db_prep_save(now, db)
        elif f.attname not in given:
            constant[f.attname] = prepared(f, f.get_default(), db)
    with db.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [meta.db_table, meta.pk.column, len(rows)],
        )
        ids = [pk for (pk,) in cursor.fetchall()]
        statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
            sql.Identifier(meta.db_table),
            sql.SQL(", ").join(sql.Identifier(f.column) for f in [meta.pk, *fields]),
        )
        json_fields = {f.attname for f in fields if isinstance(f, models.JSONField)}
        names = [f.attname for f in fields]
        with cursor.cursor.copy(statement) as copy:
            for pk, row in zip(ids, rows):
                values = [pk]
                for name in names:
                    if name in constant:
                        values.append(constant[name])
                    elif name in json_fields:
                        values.append(json_text(row[name]))
                    else:
                        values.append(row[name])
                copy.write_row(values)
    return ids


def prepared(field: models.Field, value: Any, db: Any) -> Any:
    """A constant for every row of a COPY: JSON as text (the COPY reads it into jsonb), else Django's."""
    if isinstance(field, models.JSONField):
        return json_text(value)
    return field.get_db_prep_save(value, db)


def json_text(value: Any) -> str:
    """`value` as JSON text for a jsonb column: orjson (UTF-8, a tenth of `json.dumps`'s time, and
    Chinese text a third of the bytes of its \\u escapes), or `json.dumps` for what orjson refuses
    (integers beyond 64 bits, which files may hold and jsonb keeps). jsonb stores the same value
    from either text."""
    try:
        return orjson.dumps(value).decode()
    except TypeError:  # orjson.JSONEncodeError is one
        return json.dumps(value)


def create_prompts(campaign: Campaign, items: list[ImportItem]) -> list[int]:
    rows = [
        {
            "campaign_id": campaign.pk,
            "external_id": item.external_id,
            "messages": item.messages,
            "reference": item.reference,
            "meta": item.meta,
        }
        for item in items
    ]
    return insert(Prompt, rows)


def store_prompts(campaign: Campaign, items: list[ImportItem]) -> list[Stored]:
    return [Stored(item, prompt_id, True, []) for item, prompt_id in zip(items, create_prompts(campaign, items))]


def candidate_positions(campaign: Campaign, item: ImportItem) -> list[int]:
    """A ranking item's positions for its answers in file order: a permutation keyed with the server's
    secret over the campaign and the item's id, so importing the same file again gives the same
    positions while judges, who may see the id and the texts it may be made of, cannot recompute them."""
    return keyed_permutation(len(item.responses), "import.candidate_positions", campaign.pk, item.external_id)


def store_pairs(campaign: Campaign, items: list[ImportItem], *, rankings: bool = False) -> list[Stored]:
    """Pairs, or ranking items (`rankings`): a Pair whose A and B are candidates 0 and 1, and a
    Candidate row per answer at a position drawn per item (`candidate_positions`).

    Positions reach the judges (the API names candidates by them), so they must not tell the file's
    order: a file whose response_0 is always one model, or whose answers come best first, would
    otherwise say who wrote which. The file's field stays in each response's provenance (admins).
    """
    existing_prompts = dict(
        Prompt.objects.filter(campaign=campaign, external_id__in=among([i.external_id for i in items])).values_list(
            "external_id", "pk"
        )
    )
    new_items = [item for item in items if item.external_id not in existing_prompts]
    prompt_ids = dict(existing_prompts)
    prompt_ids.update(zip((item.external_id for item in new_items), create_prompts(campaign, new_items)))
    responses = [
        {
            "prompt_id": prompt_ids[item.external_id],
            "text": text,
            "source": source,
            "provenance": {"source": source or "import", "import_line": item.line}
            | ({"import_field": name} if rankings else {}),
        }
        for item in items
        for text, source, name in zip(item.responses, item.sources, item.fields)
    ]
    response_ids = insert(Response, responses)
    starts = []
    offset = 0
    for item in items:
        starts.append(offset)
        offset += len(item.responses)
    # positions[k][i]: the position of the item's i-th answer in the file; pairs keep the file's A and B.
    positions = [
        candidate_positions(campaign, item) if rankings else list(range(len(item.responses))) for item in items
    ]
    pairs = [
        {
            "campaign_id": campaign.pk,
            "prompt_id": prompt_ids[item.external_id],
            "response_a_id": response_ids[start + places.index(0)],
            "response_b_id": response_ids[start + places.index(1)],
            "external_id": item.external_id,
            "priority": item.priority,
            "is_gold": item.gold_answer is not None,
            "gold_answer": item.gold_answer,
            "meta": item.meta,
        }
        for item, start, places in zip(items, starts, positions)
    ]
    pair_ids = insert(Pair, pairs)
    if rankings:
        insert(
            Candidate,
            [
                {"pair_id": pair_id, "response_id": response_ids[start + index], "position": position}
                for start, pair_id, places in zip(starts, pair_ids, positions)
                for index, position in enumerate(places)
            ],
        )
    return [
        Stored(
            item,
            prompt_ids[item.external_id],
            item.external_id not in existing_prompts,
            response_ids[start : start + len(item.responses)],
        )
        for item, start in zip(items, starts)
    ]
