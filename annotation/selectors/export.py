"""Resolved pairs as training rows (PROTOCOL §8), streamed so an export of any size fits in memory.

Pairs, their annotations and their arbitrations come from three server-side cursors in pair-id
order, read in step (`InStep`): no query per chunk and never one `IN` over every pair (PostgreSQL
refuses past 65,535 parameters). Values are read as plain tuples: at a million pairs, building
model instances would cost more than the rest together. Rows are the same dicts, in the same
order, as when everything was read at once, so the same inputs keep giving the same bytes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from typing import NamedTuple

import orjson
from django.db import connection
from django.db.models import F, QuerySet, TextField
from django.db.models.functions import Cast

from annotation import rules
from annotation.models import AUTO_TIE, Annotation, Arbitration, Campaign, Pair, PairState

SOURCES = {PairState.CONSENSUS: "consensus", PairState.ARBITRATED: "arbitration"}
CHUNK_SIZE = 2000
SKIP_REASONS = ("tie_or_excluded", "chosen_unsafe", "below_min_professionalism")
SCORE_FIELDS = [f"{key}_{dimension}" for key in ("a", "b") for dimension in rules.DIMENSIONS]


class Marks(NamedTuple):
    """One annotation as an export reads it: both responses' scores (in DIMENSIONS order) and the rule's verdict."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    judgement: rules.Judgement


class Verdict(NamedTuple):
    """The arbitration in force on a pair (the latest one)."""

    decision: str
    corrected_response: str
    a: rules.Scores | None
    b: rules.Scores | None


@dataclass(slots=True)
class Resolution:
    """The final word on one resolved pair: which response won, with what scores and why."""

    source: str
    decision: str
    scores: dict[str, dict[str, float]]
    deciding_dimension: str | None
    corrected_response: str

    @property
    def chosen_key(self) -> str:
        return self.decision

    @property
    def rejected_key(self) -> str:
        return rules.swap_preference(self.decision)


def mean_scores(marks: list[Marks]) -> dict[str, dict[str, float]]:
    """The annotators' mean per response and dimension, to 2 places (sums of small integers are exact)."""
    count = len(marks)
    means = [round(sum(column) / count, 2) for column in zip(*(m.a + m.b for m in marks))]
    return {"a": dict(zip(rules.DIMENSIONS, means[:3])), "b": dict(zip(rules.DIMENSIONS, means[3:]))}


def decide(
    state: str, decision: str | None, campaign: Campaign, marks: list[Marks], verdict: Verdict | None
) -> Resolution | None:
    """How a consensus or arbitrated pair was decided; None for any other state."""
    if state == PairState.CONSENSUS:
        deciding = rules.majority_deciding_dimension([m.judgement for m in marks], decision)
        return Resolution("consensus", decision, mean_scores(marks), deciding, "")
    if state == PairState.ARBITRATED:
        if verdict.a is not None:
            deciding = rules.judge(
                verdict.a, verdict.b, safety_gate=campaign.safety_gate, margin=campaign.margin
            ).deciding_dimension
            scores = {
                key: {d: float(v) for d, v in s.as_dict().items()} for key, s in (("a", verdict.a), ("b", verdict.b))
            }
        else:
            deciding, scores = None, mean_scores(marks)
        return Resolution("arbitration", verdict.decision, scores, deciding, verdict.corrected_response)
    return None


def resolve(pair: Pair) -> Resolution | None:
    """`decide` for a Pair model with its annotations and arbitrations (latest first) prefetched."""
    marks = [
        Marks(*(tuple(getattr(a, f"{key}_{d}") for d in rules.DIMENSIONS) for key in ("a", "b")), a.judgement())
        for a in pair.annotations.all()
    ]
    arbitrations = pair.arbitrations.all() if pair.state == PairState.ARBITRATED else []
    verdict = next(
        (Verdict(x.decision, x.corrected_response, x.scores("a"), x.scores("b")) for x in arbitrations), None
    )
    return decide(pair.state, pair.decision, pair.campaign, marks, verdict)


@dataclass(slots=True)
class ExportPair:
    """What the rows of one resolved pair are made of."""

    pk: int
    campaign: Campaign
    prompt: list[dict]
    response_a: str
    response_b: str
    resolution: Resolution

    def text(self, key: str) -> str:
        return self.response_a if key == "a" else self.response_b

    def chosen_text(self) -> str:
        return self.resolution.corrected_response or self.text(self.resolution.chosen_key)

    def chosen_scores(self) -> dict[str, float]:
        return self.resolution.scores[self.resolution.chosen_key]

    def chosen_unsafe(self) -> bool:
        return self.chosen_scores()["safety"] <= self.campaign.safety_gate


def exportable_pairs(campaigns: Iterable[Campaign], sources: Iterable[str] = SOURCES.values()) -> QuerySet[Pair]:
    """The pairs an export reads: resolved through one of `sources`, not gold, not an automatic tie."""
    states = [state for state, source in SOURCES.items() if source in set(sources)]
    return Pair.objects.filter(campaign__in=list(campaigns), state__in=states, is_gold=False).exclude(
        meta__has_key=AUTO_TIE
    )


# The prompt's messages as JSON text, parsed by orjson: Django's JSON field converter cost more than the rest of a row.
PAIR_COLUMNS = ("id", "campaign_id", "state", "decision", "messages_json", "response_a__text", "response_b__text")
MARK_COLUMNS = ("pair_id", *SCORE_FIELDS, "preference", "deciding_dimension", "a_unsafe", "b_unsafe")
VERDICT_COLUMNS = ("pair_id", "decision", "corrected_response", *SCORE_FIELDS)
MAX_REMEMBERED = 20_000


class InStep:
    """The rows of another cursor ordered by pair id, taken pair by pair as the pairs come (a merge join).

    Every cursor of an export is read once, in pair-id order and in step with the pairs: no query
    per chunk, no `IN` over pair ids, and only the current pair's rows in memory.
    """

    def __init__(self, rows: Iterator[tuple]) -> None:
        self.by_pair = groupby(rows, key=itemgetter(0))
        self.current = next(self.by_pair, None)

    def take(self, pair_id: int) -> tuple[tuple, ...]:
        """The rows of `pair_id` (without the id), skipping those of pairs before it."""
        while self.current is not None and self.current[0] < pair_id:
            self.current = next(self.by_pair, None)
        if self.current is None or self.current[0] != pair_id:
            return ()
        rows = tuple(row[1:] for row in self.current[1])
        self.current = next(self.by_pair, None)
        return rows


def as_marks(rows: tuple[tuple, ...]) -> list[Marks]:
    return [Marks(tuple(r[0:3]), tuple(r[3:6]), rules.Judgement(*r[6:10])) for r in rows]


def as_verdict(row: tuple | None) -> Verdict | None:
    if row is None:
        return None
    decision, corrected, *scores = row
    scored = scores[0] is not None
    return Verdict(
        decision,
        corrected,
        rules.Scores(*scores[:3]) if scored else None,
        rules.Scores(*scores[3:]) if scored else None,
    )


def resolved(
    campaigns: list[Campaign], *, sources: Iterable[str], chunk_size: int = CHUNK_SIZE
) -> Iterator[ExportPair]:
    """Every exportable pair of `campaigns`, resolved, in pair-id order, `chunk_size` rows of each cursor in memory.

    Three server-side cursors in pair-id order (pairs, their annotations, their arbitrations latest
    first) read in step. Plain tuples rather than model instances: at a million pairs, building
    models would cost more than everything else together. Scores are small integers, so the same
    marks recur across pairs: a pair decided like one before reuses its Resolution (never mutated)
    instead of applying the rules again.
    """
    by_id = {campaign.pk: campaign for campaign in campaigns}
    exportable = exportable_pairs(campaigns, sources)
    pairs = (
        exportable.annotate(messages_json=Cast("prompt__messages", TextField()))
        .order_by("id")
        .values_list(*PAIR_COLUMNS)
        .iterator(chunk_size=chunk_size)
    )
    marks = InStep(
        Annotation.objects.filter(pair__in=exportable.values("id"))
        .order_by("pair_id", "id")
        .values_list(*MARK_COLUMNS)
        .iterator(chunk_size=chunk_size)
    )
    verdicts = InStep(
        Arbitration.objects.filter(pair__in=exportable.filter(state=PairState.ARBITRATED).values("id"))
        .order_by("pair_id", "-created_at", "-id")
        .values_list(*VERDICT_COLUMNS)
        .iterator(chunk_size=chunk_size)
    )
    decided: dict[tuple, Resolution | None] = {}
    for pk, campaign_id, state, decision, prompt, response_a, response_b in pairs:
        own_marks = marks.take(pk)
        verdict = next(iter(verdicts.take(pk)), None) if state == PairState.ARBITRATED else None
        key = (campaign_id, state, decision, own_marks, verdict)
        if key not in decided:
            if len(decided) >= MAX_REMEMBERED:
                decided.clear()
            campaign = by_id[campaign_id]
            decided[key] = decide(state, decision, campaign, as_marks(own_marks), as_verdict(verdict))
        resolution = decided[key]
        if resolution is not None:
            yield ExportPair(pk, by_id[campaign_id], orjson.loads(prompt), response_a, response_b, resolution)


def dpo_row(p: ExportPair, filters: dict, skipped: dict[str, int]) -> dict | None:
    """The TRL conversational-preference row of `p`, or None (counted in `skipped`) when it is left out."""
    r = p.resolution
    if r.decision not in ("a", "b"):
        skipped["tie_or_excluded"] += 1
        return None
    if p.chosen_unsafe() and not filters["include_unsafe_chosen"]:
        skipped["chosen_unsafe"] += 1
        return None
    return {
        "pair_id": p.pk,
        "campaign_id": p.campaign.pk,
        "prompt": p.prompt,
        "chosen": [{"role": "assistant", "content": p.chosen_text()}],
        "rejected": [{"role": "assistant", "content": p.text(r.rejected_key)}],
        "source": r.source,
        "scores": {"chosen": r.scores[r.chosen_key], "rejected": r.scores[r.rejected_key]},
        "deciding_dimension": r.deciding_dimension,
        "expert_written": bool(r.corrected_response),
    }


def sft_row(p: ExportPair, filters: dict, skipped: dict[str, int]) -> dict | None:
    """The TRL conversational-messages row of `p` (an expert's answer wins), or None when it is left out."""
    r = p.resolution
    if r.corrected_response:
        text, source = r.corrected_response, "expert"
    elif r.decision not in ("a", "b"):
        skipped["tie_or_excluded"] += 1
        return None
    elif p.chosen_unsafe() and not filters["include_unsafe_chosen"]:
        skipped["chosen_unsafe"] += 1
        return None
    elif p.chosen_scores()["professionalism"] < p.campaign.sft_min_professionalism:
        skipped["below_min_professionalism"] += 1
        return None
    else:
        text, source = p.text(r.chosen_key), r.source
    return {
        "pair_id": p.pk,
        "campaign_id": p.campaign.pk,
        "messages": [*p.prompt, {"role": "assistant", "content": text}],
        "source": source,
    }


ROW_BUILDERS = {"dpo": dpo_row, "sft": sft_row}


def rows(
    campaigns: list[Campaign], *, kind: str, filters: dict, counts: dict[str, int], chunk_size: int = CHUNK_SIZE
) -> Iterator[dict]:
    """The rows of a `kind` export, streamed; `counts` gets resolved_pairs and the skip reasons as they go."""
    counts.update({"resolved_pairs": 0, **dict.fromkeys(SKIP_REASONS, 0)})
    build = ROW_BUILDERS[kind]
    for pair in resolved(campaigns, sources=filters["sources"], chunk_size=chunk_size):
        counts["resolved_pairs"] += 1
        row = build(pair, filters, counts)
        if row is not None:
            yield row


def usable_dpo_pairs(
    campaigns: list[Campaign], *, sources: Iterable[str] = SOURCES.values(), include_unsafe_chosen: bool = False
) -> int:
    """How many DPO rows an export would have, in one counting query (no row is built).

    The same rules as `dpo_row`: a or b won (the latest arbitration's word on arbitrated pairs),
    and the winner's safety, the expert's score when she gave scores, else the annotators' mean
    rounded to 2 places as in the rows, is above the campaign's safety gate.

    Written in SQL because the ORM would ask for the latest arbitration and the means with one
    correlated subquery per pair: 1.0 s of execution at 100,000 pairs, and PostgreSQL's JIT spent
    1.4 s more compiling them, their estimated cost being per pair. Here both are joins on the
    pair id (indexed, so cheap whatever the planner's statistics say, even right after a bulk
    insert), grouped by pair: the latest arbitration is the one no later arbitration of the pair
    beats. Standard SQL, for PostgreSQL and SQLite alike.
    """
    exportable, params = (
        exportable_pairs(campaigns, sources)
        .annotate(gate=F("campaign__safety_gate"))
        .values("id", "state", "decision", "gate")
        .query.sql_with_params()
    )
    arbitration, annotation = Arbitration._meta.db_table, Annotation._meta.db_table
    chosen = f"CASE WHEN p.state = '{PairState.ARBITRATED}' THEN v.decision ELSE p.decision END"
    pairs = f"""
        FROM ({exportable}) p
        LEFT JOIN {arbitration} v ON v.pair_id = p.id AND p.state = '{PairState.ARBITRATED}' AND NOT EXISTS (
            SELECT 1 FROM {arbitration} later WHERE later.pair_id = v.pair_id
            AND (later.created_at > v.created_at OR (later.created_at = v.created_at AND later.id > v.id))
        )
    """
    if include_unsafe_chosen:
        query = f"SELECT COUNT(*) {pairs} WHERE {chosen} IN ('a', 'b')"
    else:
        # Round like `mean_scores` (2 places) before comparing; the expert's scores are whole numbers.
        query = f"""
            SELECT COUNT(*) FROM (
                SELECT p.id {pairs}
                LEFT JOIN {annotation} m ON m.pair_id = p.id
                WHERE {chosen} IN ('a', 'b')
                GROUP BY p.id, p.state, p.decision, p.gate, v.decision, v.a_safety, v.b_safety
                HAVING COALESCE(
                    CASE v.decision WHEN 'a' THEN v.a_safety WHEN 'b' THEN v.b_safety END,
                    ROUND(CASE {chosen} WHEN 'a' THEN AVG(m.a_safety) ELSE AVG(m.b_safety) END, 2)
                ) > p.gate
            ) usable
        """
    with connection.cursor() as cursor:
        cursor.execute(query, params)
        return cursor.fetchone()[0]
