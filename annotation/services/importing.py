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
import random
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext
from psycopg import sql

from annotation.deid import Uncertain, scrub_conversation
from annotation.formats import ImportItem, RowError, key_in_file, mapping_problems, parse_file
from annotation.models import Campaign, CampaignKind, Candidate, Pair, Prompt, Response, ReviewItem, User
from annotation.services import audit
from annotation.services.lifecycle import ensure_not_closed
from annotation.services.review import review_items
from annotation.text import comparable

BATCH_SIZE = 500
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

    def reject(self, errors: list[RowError]) -> None:
        """Record why nothing was imported: the first problems in line order, and how many in all."""
        ordered = sorted(errors, key=lambda error: error.line or 0)
        self.errors = [error.as_dict() for error in ordered[:MAX_REPORTED_ERRORS]]
        self.error_count = len(errors)

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


def import_file(
    *,
    campaign: Campaign,
    data: bytes,
    filename: str = "",
    user: User | None = None,
    mapping: dict[str, str] | None = None,
    save_mapping: bool = False,
) -> ImportReport:
    """Import every record of the file, or nothing when any record is invalid.

    `mapping` (medpref field -> key in the file) reads every row through it; without one, rows of
    no known layout are read with the campaign's saved mapping. `save_mapping` keeps `mapping` as
    the campaign's once the import succeeds.
    """
    ensure_not_closed(campaign, gettext("imports"))
    if mapping is not None and (problems := mapping_problems(mapping)):
        report = ImportReport(format="unknown")
        report.reject([RowError(None, None, gettext("the mapping: %(problem)s") % {"problem": p}) for p in problems])
        return report
    rankings = campaign.kind == CampaignKind.RANKINGS
    parsed = parse_file(
        data, filename, mapping=mapping, saved_mapping=campaign.import_mapping or None, kind=campaign.kind
    )
    report = ImportReport(
        format=parsed.format,
        encoding=parsed.encoding,
        sheet=parsed.sheet,
        keys=parsed.keys,
        proposed_mapping=parsed.proposed_mapping,
        mapping=parsed.mapping,
        notes=parsed.notes,
    )
    if parsed.errors:
        report.reject(parsed.errors)
        return report
    items = parsed.items
    report.kind = ("rankings" if rankings else "pairs") if items[0].is_pair else "prompts"
    tabular = parsed.format in ("csv", "xlsx")
    if report.kind == "rankings" and (gold := [item for item in items if item.gold_answer is not None]):
        report.reject(
            [
                RowError(
                    item.line,
                    key_in_file("gold_answer", parsed.mapping),
                    gettext("gold pairs (a, b or tie) belong to campaigns of pairs, not rankings"),
                    parsed.sheet,
                    tabular,
                )
                for item in gold
            ]
        )
        return report
    counts: Counter = Counter()
    uncertain = {id(item): deidentify(item, counts) for item in items}
    dropped: list[str] = []
    if report.kind == "rankings":
        items, dropped = distinct_candidates(items, parsed.mapping, uncertain)
    selection = select_new(campaign, items, report.kind)
    fresh = selection.fresh
    duplicate_responses = [
        item for item in fresh if report.kind == "pairs" and item.is_pair and same_text(*item.responses)
    ]
    if duplicate_responses:
        report.reject(
            [
                RowError(
                    item.line,
                    key_in_file("response_b", parsed.mapping),
                    gettext("is the same text as response_a; a pair needs two different responses"),
                    parsed.sheet,
                    tabular,
                )
                for item in duplicate_responses
            ]
        )
        return report
    with transaction.atomic():
        if report.kind == "prompts":
            stored = store_prompts(campaign, fresh)
        else:
            stored = store_pairs(campaign, fresh, rankings=report.kind == "rankings")
        queued = queue_for_review(campaign, stored, uncertain)
        if save_mapping and mapping is not None:
            set_import_mapping(campaign=campaign, mapping=mapping, user=user)
    report.created = len(fresh)
    report.review = queued
    report.skipped = len(parsed.items) - len(fresh)
    report.redactions = dict(sorted(counts.items()))
    report.notes += selection.notes[:20]
    report.warnings = selection.warnings() + dropped
    if report.kind == "rankings":
        sizes = Counter(len(item.responses) for item in fresh)
        report.candidates = {str(size): sizes[size] for size in sorted(sizes)}
    report.conflicting_ids = (selection.changed_in_campaign + selection.changed_in_file)[:MAX_CONFLICTING_IDS]
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

    def warnings(self) -> list[str]:
        warnings = []
        if self.changed_in_campaign:
            warnings.append(
                gettext(
                    "%(count)s id(s) already in the campaign have a different text in this file; the campaign's "
                    "version was kept and these rows were not imported: %(ids)s"
                )
                % {"count": len(self.changed_in_campaign), "ids": some_ids(self.changed_in_campaign)}
            )
        if self.changed_in_file:
            warnings.append(
                gettext(
                    "%(count)s id(s) appear more than once in the file with different texts; only the first row of "
                    "each was imported: %(ids)s"
                )
                % {"count": len(self.changed_in_file), "ids": some_ids(self.changed_in_file)}
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


def stored_texts(campaign: Campaign, ids: list[str], kind: str) -> dict[str, tuple]:
    """`text_of` each row of the campaign with one of these ids, read in chunks of bounded size."""
    texts = {}
    for start in range(0, len(ids), BATCH_SIZE * 10):
        chunk = ids[start : start + BATCH_SIZE * 10]
        if kind == "rankings":
            candidates: dict[str, list[str]] = {}
            # In the file's order (responses are stored in it), not the drawn positions'.
            rows = (
                Candidate.objects.filter(pair__campaign=campaign, pair__external_id__in=chunk)
                .order_by("pair_id", "response_id")
                .values_list("pair__external_id", "pair__prompt__messages", "response__text")
            )
            conversations = {}
            for external_id, messages, text in rows:
                conversations[external_id] = messages
                candidates.setdefault(external_id, []).append(text)
            for external_id, messages in conversations.items():
                texts[external_id] = text_of(messages, candidates[external_id], "")
        elif kind == "pairs":
            for external_id, messages, a, b in Pair.objects.filter(
                campaign=campaign, external_id__in=chunk
            ).values_list("external_id", "prompt__messages", "response_a__text", "response_b__text"):
                texts[external_id] = text_of(messages, (a, b), "")
        else:
            for external_id, messages, reference in Prompt.objects.filter(
                campaign=campaign, external_id__in=chunk
            ).values_list("external_id", "messages", "reference"):
                texts[external_id] = text_of(messages, (), reference)
    return texts


def select_new(campaign: Campaign, items: list[ImportItem], kind: str) -> Selection:
    """Drop rows whose id is already in the campaign or earlier in the same file, noting the ones
    whose text differs from the row kept."""
    ids = list(dict.fromkeys(item.external_id for item in items))
    existing = stored_texts(campaign, ids, kind)
    selection = Selection([], [], [], [])
    first: dict[str, ImportItem] = {}
    changed: set[str] = set()
    for item in items:
        external_id = item.external_id
        if external_id in existing:
            selection.notes.append(
                gettext("line %(line)s: id %(id)s is already in the campaign, skipped")
                % {"line": item.line, "id": external_id}
            )
            if external_id not in changed and item_text(item, kind) != existing[external_id]:
                changed.add(external_id)
                selection.changed_in_campaign.append(external_id)
        elif external_id in first:
            selection.notes.append(
                gettext("line %(line)s: id %(id)s appears earlier in the file, skipped")
                % {"line": item.line, "id": external_id}
            )
            if external_id not in changed and item_text(item, kind) != item_text(first[external_id], kind):
                changed.add(external_id)
                selection.changed_in_file.append(external_id)
        else:
            first[external_id] = item
            selection.fresh.append(item)
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
                        values.append(json.dumps(row[name]))
                    else:
                        values.append(row[name])
                copy.write_row(values)
    return ids


def prepared(field: models.Field, value: Any, db: Any) -> Any:
    """A constant for every row of a COPY: JSON as text (the COPY reads it into jsonb), else Django's."""
    if isinstance(field, models.JSONField):
        return json.dumps(value)
    return field.get_db_prep_save(value, db)


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
    """A ranking item's positions for its answers in file order: a permutation drawn from the
    campaign and the item's id, so importing the same file again gives the same positions."""
    places = list(range(len(item.responses)))
    random.Random(f"{campaign.pk}:{item.external_id}").shuffle(places)
    return places


def store_pairs(campaign: Campaign, items: list[ImportItem], *, rankings: bool = False) -> list[Stored]:
    """Pairs, or ranking items (`rankings`): a Pair whose A and B are candidates 0 and 1, and a
    Candidate row per answer at a position drawn per item (`candidate_positions`).

    Positions reach the judges (the API names candidates by them), so they must not tell the file's
    order: a file whose response_0 is always one model, or whose answers come best first, would
    otherwise say who wrote which. The file's field stays in each response's provenance (admins).
    """
    existing_prompts = dict(
        Prompt.objects.filter(campaign=campaign, external_id__in=[i.external_id for i in items]).values_list(
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
