"""Importing pairs or prompts into a campaign: parse, de-identify, store, all or nothing.

Texts arrive checked and normalised by `annotation.formats` (no control characters or lone
surrogates, at most `MAX_TEXT_CHARS` per text, invisible characters removed, look-alike ASCII
folded); what is stored is that normalised text after de-identification. Every de-identification
pattern is linear, so an import's time grows with its size only (`bench/import_speed.py`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.db import models, transaction
from django.utils.translation import gettext
from psycopg import sql

from annotation.deid import Uncertain, scrub_conversation
from annotation.formats import ImportItem, RowError, parse_file
from annotation.models import Campaign, Pair, Prompt, Response, ReviewItem, User
from annotation.services.review import review_items
from annotation.text import comparable

BATCH_SIZE = 500
# A report lists this many problems and counts the rest: a file of 100,000 bad lines must not
# produce a 25 MB answer, and the first few are what one fixes first anyway.
MAX_REPORTED_ERRORS = 50


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

    def reject(self, errors: list[RowError]) -> None:
        """Record why nothing was imported: the first problems in line order, and how many in all."""
        ordered = sorted(errors, key=lambda error: error.line or 0)
        self.errors = [error.as_dict() for error in ordered[:MAX_REPORTED_ERRORS]]
        self.error_count = len(errors)

    def as_dict(self) -> dict:
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
        }


def import_file(*, campaign: Campaign, data: bytes, filename: str = "", user: User | None = None) -> ImportReport:
    """Import every record of the file, or nothing when any record is invalid.

    Rows already in the campaign (same id) are skipped, so importing a file twice is harmless.
    """
    parsed = parse_file(data, filename)
    report = ImportReport(format=parsed.format)
    if parsed.errors:
        report.reject(parsed.errors)
        return report
    items = parsed.items
    report.kind = "pairs" if items[0].is_pair else "prompts"
    counts: Counter = Counter()
    uncertain = {id(item): deidentify(item, counts) for item in items}
    fresh, skipped_notes = select_new(campaign, items, report.kind)
    duplicate_responses = [item for item in fresh if item.is_pair and same_text(*item.responses)]
    if duplicate_responses:
        report.reject(
            [
                RowError(
                    item.line,
                    "response_b",
                    gettext("is the same text as response_a; a pair needs two different responses"),
                )
                for item in duplicate_responses
            ]
        )
        return report
    with transaction.atomic():
        stored = store_pairs(campaign, fresh) if report.kind == "pairs" else store_prompts(campaign, fresh)
        queued = queue_for_review(campaign, stored, uncertain)
    report.created = len(fresh)
    report.review = queued
    report.skipped = len(items) - len(fresh)
    report.redactions = dict(sorted(counts.items()))
    report.notes = skipped_notes[:20]
    return report


def deidentify(item: ImportItem, counts: Counter) -> tuple[list[str], list[Uncertain]]:
    """Scrub every text of the item in place as one conversation (PROTOCOL §7): a name found in the
    prompt is replaced in the answers too, and each person keeps one number throughout.

    Returns the scrubbed texts in conversation order and the spans left for review.
    """
    messages = [message["content"] for message in item.messages]
    responses = list(item.responses or ())
    reference = [item.reference] if item.reference else []
    result = scrub_conversation(messages + responses + reference)
    counts.update(result.counts)
    texts = result.texts
    item.messages = [{**message, "content": content} for message, content in zip(item.messages, texts)]
    if item.responses is not None:
        item.responses = tuple(texts[len(messages) : len(messages) + len(responses)])
    if reference:
        item.reference = texts[-1]
    return texts, result.uncertain


def queue_for_review(
    campaign: Campaign, stored: list[Stored], uncertain: dict[int, tuple[list[str], list[Uncertain]]]
) -> int:
    """List the uncertain spans of the stored conversations for an admin (review queue); how many."""
    items = []
    for entry in stored:
        texts, spans = uncertain[id(entry.item)]
        if spans:
            items += review_items(
                campaign=campaign,
                prompt=entry.prompt if entry.prompt_is_new else None,
                message_count=len(entry.item.messages),
                responses=entry.responses,
                uncertain=spans,
                texts=texts,
            )
    ReviewItem.objects.bulk_create(items, batch_size=BATCH_SIZE)
    return len(items)


def same_text(a: str, b: str) -> bool:
    """Identical once normalised and de-identified, whatever the spacing or invisible characters."""
    return comparable(a) == comparable(b)


def select_new(campaign: Campaign, items: list[ImportItem], kind: str) -> tuple[list[ImportItem], list[str]]:
    """Drop rows whose id is already in the campaign or earlier in the same file."""
    model = Pair if kind == "pairs" else Prompt
    ids = [item.external_id for item in items]
    existing = set(model.objects.filter(campaign=campaign, external_id__in=ids).values_list("external_id", flat=True))
    fresh, notes, seen = [], [], set()
    for item in items:
        if item.external_id in existing:
            notes.append(
                gettext("line %(line)s: id %(id)s is already in the campaign, skipped")
                % {"line": item.line, "id": item.external_id}
            )
        elif item.external_id in seen:
            notes.append(
                gettext("line %(line)s: id %(id)s appears earlier in the file, skipped")
                % {"line": item.line, "id": item.external_id}
            )
        else:
            seen.add(item.external_id)
            fresh.append(item)
    return fresh, notes


@dataclass(frozen=True)
class Stored:
    """Where an imported item's texts went: its prompt (new or already there) and its responses."""

    item: ImportItem
    prompt: Prompt
    prompt_is_new: bool
    responses: list[Response]


def insert(model: type[models.Model], objects: list) -> list:
    """Store new rows as `bulk_create` would, through PostgreSQL's COPY where it is the database.

    `bulk_create` on PostgreSQL sends each column as an array that psycopg escapes in Python, text by
    text: most of the time of a large import. COPY streams the rows instead; their ids are drawn
    from the table's sequence first, so that rows of other tables can point to them. Every
    concrete field is written with the value Django would write (defaults, `auto_now_add`).
    """
    if not objects:
        return objects
    db = transaction.get_connection()  # the connection itself: `django.db.connection` is a proxy, slow per call
    if db.vendor != "postgresql":
        return model.objects.bulk_create(objects, batch_size=BATCH_SIZE)
    meta = model._meta
    fields = meta.concrete_fields
    with db.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [meta.db_table, meta.pk.column, len(objects)],
        )
        for obj, (pk,) in zip(objects, cursor.fetchall()):
            obj.pk = pk
        statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
            sql.Identifier(meta.db_table), sql.SQL(", ").join(sql.Identifier(f.column) for f in fields)
        )
        with cursor.cursor.copy(statement) as copy:
            for obj in objects:
                copy.write_row([f.get_db_prep_save(f.pre_save(obj, True), db) for f in fields])
    for obj in objects:
        obj._state.adding = False
        obj._state.db = db.alias
    return objects


def create_prompts(campaign: Campaign, items: list[ImportItem]) -> list[Prompt]:
    prompts = [
        Prompt(
            campaign=campaign,
            external_id=item.external_id,
            messages=item.messages,
            reference=item.reference,
            meta=item.meta,
        )
        for item in items
    ]
    return insert(Prompt, prompts)


def store_prompts(campaign: Campaign, items: list[ImportItem]) -> list[Stored]:
    return [Stored(item, prompt, True, []) for item, prompt in zip(items, create_prompts(campaign, items))]


def store_pairs(campaign: Campaign, items: list[ImportItem]) -> list[Stored]:
    existing_prompts = {
        p.external_id: p
        for p in Prompt.objects.filter(campaign=campaign, external_id__in=[i.external_id for i in items])
    }
    new_items = [item for item in items if item.external_id not in existing_prompts]
    prompts = dict(existing_prompts)
    for prompt in create_prompts(campaign, new_items):
        prompts[prompt.external_id] = prompt
    responses = []
    for item in items:
        prompt = prompts[item.external_id]
        for text, source in zip(item.responses, item.sources):
            responses.append(
                Response(
                    prompt=prompt,
                    text=text,
                    source=source,
                    provenance={"source": source or "import", "import_line": item.line},
                )
            )
    insert(Response, responses)
    # Ids rather than objects: the pairs are not used after this, and setting a relation is slow.
    pairs = [
        Pair(
            campaign_id=campaign.pk,
            prompt_id=prompts[item.external_id].pk,
            response_a_id=responses[2 * index].pk,
            response_b_id=responses[2 * index + 1].pk,
            external_id=item.external_id,
            priority=item.priority,
            is_gold=item.gold_answer is not None,
            gold_answer=item.gold_answer,
            meta=item.meta,
        )
        for index, item in enumerate(items)
    ]
    insert(Pair, pairs)
    return [
        Stored(
            item,
            prompts[item.external_id],
            item.external_id not in existing_prompts,
            responses[2 * index : 2 * index + 2],
        )
        for index, item in enumerate(items)
    ]
