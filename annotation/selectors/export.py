"""Resolved pairs and rankings as training rows (PROTOCOL §8, §10), streamed so an export of any size fits in memory.

One reader (`read_in_step`) for pairs and ranking items: server-side cursors in pair-id order
(pairs, their annotations, their arbitrations, and for ranking items their candidates), bounded
by the campaigns' pair ids and read in step (`InStep`): no query per chunk and never one `IN`
over every pair (PostgreSQL refuses past 65,535 parameters). On PostgreSQL a thread fetches each
cursor's next chunk while this one is turned into rows. Values are read as plain tuples: at a
million pairs, building model instances would cost more than the rest together. Rows are the
same dicts, in the same order, as when everything was read at once, so the same inputs keep
giving the same bytes.

Ranking items' rows are merged with the pairs' rows in pair-id order; an export of pairs
campaigns only reads and writes exactly what it did before rankings existed.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import combinations, groupby
from operator import itemgetter
from typing import NamedTuple

import orjson
from django.db import connection
from django.db.models import F, Max, Min, Q, QuerySet, TextField
from django.db.models.functions import Cast
from django.utils.translation import gettext

from annotation import ranking, rules
from annotation.models import (
    AUTO_TIE,
    Annotation,
    Arbitration,
    Campaign,
    CampaignKind,
    Candidate,
    DecisionChoice,
    Pair,
    PairState,
    RankingChoice,
    SnapshotKind,
)

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


def exportable(campaigns: Iterable[Campaign], sources: Iterable[str] = SOURCES.values(), *, through: str = "") -> Q:
    """The pairs an export reads: resolved through one of `sources`, not gold, not an automatic tie;
    `through` names the relation to the pair when another model is filtered ("pair__")."""
    states = [state for state, source in SOURCES.items() if source in set(sources)]
    fields = {"campaign__in": list(campaigns), "state__in": states, "is_gold": False}
    return Q(**{through + name: value for name, value in fields.items()}) & ~Q(**{through + "meta__has_key": AUTO_TIE})


def exportable_pairs(campaigns: Iterable[Campaign], sources: Iterable[str] = SOURCES.values()) -> QuerySet[Pair]:
    return Pair.objects.filter(exportable(campaigns, sources))


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


def streamed(queryset: QuerySet, chunk_size: int) -> Iterator[tuple]:
    """The rows of `queryset` (a values_list) from a server-side cursor, `chunk_size` at a time.

    On PostgreSQL the next chunk is fetched by a thread while the caller works on this one: the
    database reads and sends it meanwhile instead of waiting for the next FETCH (about a third of
    an export's wall time). psycopg serialises the connection's use between threads; the thread
    only fetches from a cursor opened here, so every statement stays in the caller's transaction.
    """
    sql, params = queryset.query.sql_with_params()
    with connection.chunked_cursor() as cursor:
        cursor.execute(sql, params)
        fetch = partial(cursor.fetchmany, chunk_size)
        if connection.vendor != "postgresql":
            for chunk in iter(fetch, []):
                yield from chunk
            return
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="export-fetch") as ahead:
            pending = ahead.submit(fetch)
            while chunk := pending.result():
                pending = ahead.submit(fetch)
                yield from chunk


def id_bounds(campaigns: list[Campaign]) -> tuple[int, int] | None:
    """The lowest and highest pair id of `campaigns` (None: no pairs), to bound every cursor's walk.

    The cursors walk indexes in pair-id order (sorting every row would spill to disk); with other
    campaigns in the table that walk would otherwise go through all of their pairs and annotations
    too (a campaign of 100,000 next to one of a million: 1,100,000 pairs read). Grouped by campaign
    so that each campaign's bounds come from its own index entries, not from a walk of the key.
    """
    spans = list(
        Pair.objects.filter(campaign__in=campaigns)
        .order_by()
        .values("campaign")
        .annotate(low=Min("id"), high=Max("id"))
        .values_list("low", "high")
    )
    if not spans:
        return None
    return min(low for low, _ in spans), max(high for _, high in spans)


#: JSON columns read as text and parsed by orjson: Django's JSON field converter cost more than the rest of a row.
AS_TEXT = {"messages_json": "prompt__messages", "ranking_json": "ranking", "scores_json": "candidate_scores"}


def ordered_columns(queryset: QuerySet, names: tuple[str, ...], order: tuple[str, ...]) -> QuerySet:
    texts = {name: Cast(AS_TEXT[name], TextField()) for name in names if name in AS_TEXT}
    return queryset.annotate(**texts).order_by(*order).values_list(*names)


@dataclass(frozen=True)
class Shape:
    """What an export reads of each exportable pair: its own columns (id, campaign_id and state
    first), each annotation's, the latest arbitration's, and its candidates' (ranking items only)."""

    pair: tuple[str, ...]
    marks: tuple[str, ...]
    verdict: tuple[str, ...]
    candidates: tuple[str, ...] = ()


PAIR_SHAPE = Shape(pair=PAIR_COLUMNS, marks=MARK_COLUMNS, verdict=VERDICT_COLUMNS)


class Read(NamedTuple):
    """One exportable pair as read: its columns, its annotations' (by id), its latest arbitration's
    (arbitrated pairs only) and its candidates' (by position), each without the pair id."""

    pair: tuple
    marks: tuple[tuple, ...]
    verdict: tuple | None
    candidates: tuple[tuple, ...]


def read_in_step(
    campaigns: list[Campaign], shape: Shape, *, sources: Iterable[str], chunk_size: int = CHUNK_SIZE
) -> Iterator[Read]:
    """Every exportable pair of `campaigns` in pair-id order, with what `shape` names, `chunk_size`
    rows of each cursor in memory.

    One server-side cursor per table (pairs, annotations, arbitrations latest first, candidates),
    each in pair-id order within the campaigns' id bounds, read in step (`InStep`): no query per
    chunk and never one `IN` over pair ids. Plain tuples rather than model instances: at a million
    pairs, building models would cost more than everything else together.
    """
    bounds = id_bounds(campaigns)
    if bounds is None:
        return
    exportable = exportable_pairs(campaigns, sources).filter(id__range=bounds)
    arbitrated = exportable.filter(state=PairState.ARBITRATED)

    def of_pairs(model: type, pairs: QuerySet[Pair]) -> QuerySet:
        return model.objects.filter(pair__id__range=bounds, pair__in=pairs.values("id"))

    pairs = streamed(ordered_columns(exportable, shape.pair, ("id",)), chunk_size)
    marks = InStep(
        streamed(ordered_columns(of_pairs(Annotation, exportable), shape.marks, ("pair_id", "id")), chunk_size)
    )
    verdicts = InStep(
        streamed(
            ordered_columns(of_pairs(Arbitration, arbitrated), shape.verdict, ("pair_id", "-created_at", "-id")),
            chunk_size,
        )
    )
    candidates = shape.candidates and InStep(
        streamed(
            ordered_columns(of_pairs(Candidate, exportable), shape.candidates, ("pair_id", "position")), chunk_size
        )
    )
    for row in pairs:
        pk, arbitrated_pair = row[0], row[2] == PairState.ARBITRATED
        verdict = next(iter(verdicts.take(pk)), None) if arbitrated_pair else None
        yield Read(row, marks.take(pk), verdict, candidates.take(pk) if candidates else ())


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
    """Every exportable pair of `campaigns`, resolved, in pair-id order (`read_in_step`).

    Scores are small integers, so the same marks recur across pairs: a pair decided like one before
    reuses its Resolution (never mutated) instead of applying the rules again.
    """
    by_id = {campaign.pk: campaign for campaign in campaigns}
    decided: dict[tuple, Resolution | None] = {}
    for row, own_marks, verdict, _ in read_in_step(campaigns, PAIR_SHAPE, sources=sources, chunk_size=chunk_size):
        pk, campaign_id, state, decision, prompt, response_a, response_b = row
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


# --- ranking items (PROTOCOL §10) ----------------------------------------------------------------

#: The manifest's counts for ranking items, present when a rankings campaign is exported.
RANKING_COUNTS = (
    "ranking_items",  # resolved ranking items read
    "ranking_items_excluded",  # excluded whole by the expert, or left with fewer than two answers
    "ranking_candidates_excluded",  # candidates the expert excluded from the order
    "ranking_tied_pairs",  # two candidates in one tier: never a DPO pair
    *(f"ranking_pairs_{mode}" for mode in ranking.EXPORT_MODES),  # DPO rows each mode gives, after the filters
    "ranking_chosen_unsafe",  # DPO rows (chosen mode) or SFT items left out: the chosen answer is unsafe
    "ranking_best_tied",  # SFT: the first tier holds two or more candidates, so there is no single best
    "ranking_below_min_professionalism",  # SFT: the best is below the campaign's sft_min_professionalism
)
DEFAULT_RANKING_PAIRS = "all"
#: The expert-written answer's place in an order: above every candidate, with no position of its own.
EXPERT = None
#: One candidate's scores in DIMENSIONS order.
Triple = tuple[int, int, int]


@dataclass(slots=True)
class RankedItem:
    """What the rows of one resolved ranking item are made of: its final order and scores (PROTOCOL §10).

    `scores` are the final scores per position: the expert's where she scored, else the annotators'
    mean to 2 places (as pairs' rows). A candidate is unsafe when its final safety is at or under the
    campaign's gate: for consensus, the annotators agree on it (a safety conflict is a dispute).
    """

    pk: int
    campaign: Campaign
    prompt: list[dict]
    source: str
    excluded_item: bool
    tiers: tuple[tuple[int, ...], ...]  # candidate positions, best first; excluded candidates absent
    texts: dict[int, str]
    scores: dict[int, dict[str, float]]
    marks: list[dict[int, Triple]]  # each annotator's scores by position
    expert: dict[int, Triple]  # the expert's scores by position, where she gave them
    corrected_response: str

    def order(self) -> tuple[tuple[int | None, ...], ...]:
        """The tiers with the expert's answer, when she wrote one, as a first tier of its own."""
        return ((EXPERT,), *self.tiers) if self.corrected_response else self.tiers

    def text(self, position: int | None) -> str:
        return self.corrected_response if position is EXPERT else self.texts[position]

    def final_scores(self, position: int | None) -> dict[str, float] | None:
        return None if position is EXPERT else self.scores.get(position)

    def unsafe(self, position: int | None) -> bool:
        """The expert's own answer is never unsafe; a candidate nobody scored is treated as unsafe."""
        if position is EXPERT:
            return False
        scores = self.scores.get(position)
        return scores is None or scores["safety"] <= self.campaign.safety_gate

    def deciding_dimension(self, chosen: int | None, rejected: int) -> str | None:
        """As for pairs: the expert's scores decide when she gave them, else the annotators' majority on a consensus."""
        if chosen is EXPERT:
            return None
        rule = (self.campaign.safety_gate, self.campaign.margin)
        if chosen in self.expert and rejected in self.expert:
            return deciding(((self.expert[chosen], self.expert[rejected]),), *rule, majority=False)
        if self.source != SOURCES[PairState.CONSENSUS]:
            return None
        marks = tuple((m[chosen], m[rejected]) for m in self.marks if chosen in m and rejected in m)
        return deciding(marks, *rule, majority=True)


@lru_cache(maxsize=MAX_REMEMBERED)
def deciding(marks: tuple[tuple[Triple, Triple], ...], gate: int, margin: int, *, majority: bool) -> str | None:
    """The deciding dimension of (chosen, rejected) scores: the annotators' majority among those who
    preferred the chosen one, or the one judgement's. Scores are small integers, so the same
    comparisons recur across items: remembered instead of judged again (a third of an export's time)."""
    judgements = [
        rules.judge(rules.Scores(*chosen), rules.Scores(*rejected), safety_gate=gate, margin=margin)
        for chosen, rejected in marks
    ]
    if not majority:
        return judgements[0].deciding_dimension
    return rules.majority_deciding_dimension(judgements, "a")


def by_position(stored: object) -> dict[int, Triple]:
    """Stored per-candidate scores as {position: (safety, professionalism, fluency)}: a list indexed by
    position (annotations, arbitrations), or entries that name their `position` (as the API takes
    them); empty or partial entries are skipped."""
    result: dict[int, Triple] = {}
    for index, entry in enumerate(stored if isinstance(stored, list) else []):
        if isinstance(entry, dict) and all(isinstance(entry.get(d), int) for d in rules.DIMENSIONS):
            result[entry.get("position", index)] = tuple(entry[d] for d in rules.DIMENSIONS)
    return result


def mean_by_position(marks: list[dict[int, Triple]], positions: Iterable[int]) -> dict[int, dict[str, float]]:
    """The annotators' mean per candidate and dimension, to 2 places, as `mean_scores` for pairs."""
    means: dict[int, dict[str, float]] = {}
    for position in positions:
        given = [m[position] for m in marks if position in m]
        if given:
            means[position] = dict(
                zip(rules.DIMENSIONS, (round(sum(column) / len(given), 2) for column in zip(*given)))
            )
    return means


def as_tiers(stored: object) -> tuple[tuple[int, ...], ...]:
    if not isinstance(stored, list):
        return ()
    return tuple(tuple(int(p) for p in tier) for tier in stored if isinstance(tier, list) and tier)


PAIR_DECISION_TIERS = {"a": ((0,), (1,)), "b": ((1,), (0,)), "tie": ((0, 1),)}


def item_order(pair_ranking: object, verdict: tuple | None) -> tuple[bool, tuple[tuple[int, ...], ...]]:
    """(excluded whole, tiers): the latest arbitration's word on an arbitrated item, else the resolved order."""
    if verdict is not None:
        decision, _corrected, verdict_ranking, _scores = verdict
        if decision == DecisionChoice.EXCLUDE:
            return True, ()
        tiers = as_tiers(verdict_ranking) or as_tiers(pair_ranking)
        return False, tiers or PAIR_DECISION_TIERS.get(decision, ())
    return False, as_tiers(pair_ranking)


RANKING_SHAPE = Shape(
    pair=("id", "campaign_id", "state", "messages_json", "ranking_json"),
    marks=("pair_id", "scores_json"),
    verdict=("pair_id", "decision", "corrected_response", "ranking_json", "scores_json"),
    candidates=("pair_id", "position", "response__text"),
)


def ranked_item(
    pk: int,
    campaign: Campaign,
    state: str,
    prompt: list[dict],
    pair_ranking: object,
    marks: Iterable[object],
    verdict: tuple | None,
    texts: dict[int, str],
) -> RankedItem:
    """One resolved ranking item from its stored values (JSON parsed): the item's own order, each
    annotation's candidate scores, the latest arbitration's (decision, corrected response, order,
    scores) on an arbitrated item, and its candidates' texts by position. The export and the
    retrain check's facts (`ranking_choices_of`) both build items here."""
    own_marks = [by_position(scores) for scores in marks]
    excluded_item, tiers = item_order(pair_ranking, verdict)
    expert = by_position(verdict[3]) if verdict else {}
    scores = {
        **mean_by_position(own_marks, texts),
        **{p: dict(zip(rules.DIMENSIONS, map(float, s))) for p, s in expert.items()},
    }
    return RankedItem(
        pk=pk,
        campaign=campaign,
        prompt=prompt,
        source=SOURCES[state],
        excluded_item=excluded_item,
        tiers=tiers,
        texts=texts,
        scores=scores,
        marks=own_marks,
        expert=expert,
        corrected_response=verdict[1] if verdict else "",
    )


def ranked_items(
    campaigns: list[Campaign], *, sources: Iterable[str], chunk_size: int = CHUNK_SIZE
) -> Iterator[RankedItem]:
    """Every exportable ranking item of `campaigns` (rankings campaigns), in pair-id order, read as
    pairs are (`read_in_step`) with their candidates too."""
    by_id = {campaign.pk: campaign for campaign in campaigns}
    for row, marks, verdict, candidates in read_in_step(
        campaigns, RANKING_SHAPE, sources=sources, chunk_size=chunk_size
    ):
        pk, campaign_id, state, prompt, pair_ranking = row
        if verdict is not None:
            decision, corrected, verdict_ranking, verdict_scores = verdict
            verdict = (decision, corrected, orjson.loads(verdict_ranking), orjson.loads(verdict_scores))
        yield ranked_item(
            pk,
            by_id[campaign_id],
            state,
            orjson.loads(prompt),
            orjson.loads(pair_ranking),
            [orjson.loads(scores) for (scores,) in marks],
            verdict,
            dict(candidates),
        )


def count_ranking_item(item: RankedItem, filters: dict, counts: dict[str, int]) -> list[tuple[int | None, int]]:
    """Count what the item gives (manifest), and return its DPO pairs in the snapshot's mode, filtered."""
    counts["ranking_items"] += 1
    order = item.order()
    if item.excluded_item or sum(len(tier) for tier in order) < 2:
        counts["ranking_items_excluded"] += 1
        return []
    counts["ranking_candidates_excluded"] += len(item.texts) - sum(len(tier) for tier in item.tiers)
    counts["ranking_tied_pairs"] += sum(len(list(combinations(tier, 2))) for tier in item.tiers)
    chosen_mode = filters.get("ranking_pairs", DEFAULT_RANKING_PAIRS)
    selected: list[tuple[int | None, int]] = []
    for mode in ranking.EXPORT_MODES:
        pairs = ranking.preference_pairs(order, mode)
        usable = [(c, r) for c, r in pairs if filters["include_unsafe_chosen"] or not item.unsafe(c)]
        counts[f"ranking_pairs_{mode}"] += len(usable)
        if mode == chosen_mode:
            selected = usable
            if filters.get("kind") == SnapshotKind.DPO:
                counts["ranking_chosen_unsafe"] += len(pairs) - len(usable)
    return selected


class Choice(NamedTuple):
    """An answer the DPO pairs of a ranking item choose (EXPERT: the expert's), its final safety (None:
    nobody scored it) and how many pairs each mode makes with it chosen, before the safety filter."""

    position: int | None
    safety: float | None
    pairs: dict[str, int]


def ranking_choices(item: RankedItem) -> list[Choice]:
    """What `count_ranking_item` counts of an item, kept as facts (models.RankingChoice) so the retrain
    check counts every item in one query: the safety filter and the gate are applied when counting."""
    order = item.order()
    if item.excluded_item or sum(len(tier) for tier in order) < 2:
        return []
    pairs = {
        mode: Counter(chosen for chosen, _ in ranking.preference_pairs(order, mode)) for mode in ranking.EXPORT_MODES
    }
    return [
        Choice(
            chosen,
            None if chosen is EXPERT else (item.scores.get(chosen) or {}).get("safety"),
            {mode: pairs[mode][chosen] for mode in ranking.EXPORT_MODES},
        )
        for chosen in pairs["all"]  # every mode pairs a subset of "all"'s pairs
    ]


def ranking_choices_of(pair_ids: list[int]) -> dict[int, list[Choice]]:
    """The `ranking_choices` of the resolved ranking items among `pair_ids`, built by `ranked_item`
    from what the export reads of them. Texts are not read: the facts need only the order and the
    scores. Every id list goes into an IN of its own: keep `pair_ids` to 900 at most, as old SQLite
    builds take no more variables in a statement than 999."""
    items = list(
        Pair.objects.filter(pk__in=pair_ids, state__in=list(SOURCES), campaign__kind=CampaignKind.RANKINGS)
        .order_by("id")
        .values_list("id", "campaign_id", "state", "ranking")
    )
    ids = [pk for pk, *_ in items]
    marks: dict[int, list[object]] = {}
    for pk, scores in (
        Annotation.objects.filter(pair_id__in=ids).order_by("pair_id", "id").values_list("pair_id", "candidate_scores")
    ):
        marks.setdefault(pk, []).append(scores)
    verdicts: dict[int, tuple] = {}
    arbitrated = [pk for pk, _, state, _ in items if state == PairState.ARBITRATED]
    for pk, *verdict in (
        Arbitration.objects.filter(pair_id__in=arbitrated)
        .order_by("pair_id", "-created_at", "-id")
        .values_list("pair_id", "decision", "corrected_response", "ranking", "candidate_scores")
    ):
        verdicts.setdefault(pk, tuple(verdict))  # the latest one is in force
    positions: dict[int, dict[int, str]] = {}
    for pk, position in Candidate.objects.filter(pair_id__in=ids).values_list("pair_id", "position"):
        positions.setdefault(pk, {})[position] = ""
    campaigns = Campaign.objects.in_bulk({campaign_id for _, campaign_id, *_ in items})
    return {
        pk: ranking_choices(
            ranked_item(
                pk,
                campaigns[campaign_id],
                state,
                [],
                pair_ranking,
                marks.get(pk, []),
                verdicts.get(pk),
                positions.get(pk, {}),
            )
        )
        for pk, campaign_id, state, pair_ranking in items
    }


def ranking_dpo_rows(item: RankedItem, pairs: list[tuple[int | None, int]], filters: dict, counts: dict) -> list[dict]:
    """One TRL preference row per (chosen, rejected) of the item in the snapshot's mode."""
    return [
        {
            "pair_id": item.pk,
            "campaign_id": item.campaign.pk,
            "prompt": item.prompt,
            "chosen": [{"role": "assistant", "content": item.text(chosen)}],
            "rejected": [{"role": "assistant", "content": item.text(rejected)}],
            "source": item.source,
            "scores": {"chosen": item.final_scores(chosen), "rejected": item.final_scores(rejected)},
            "deciding_dimension": item.deciding_dimension(chosen, rejected),
            "expert_written": chosen is EXPERT,
            "ranking_positions": [chosen, rejected],
        }
        for chosen, rejected in pairs
    ]


def ranking_sft_rows(item: RankedItem, pairs: list[tuple[int | None, int]], filters: dict, counts: dict) -> list[dict]:
    """The expert's answer, else the single best candidate when it is safe and professional enough."""
    if item.corrected_response:
        position, text, source = EXPERT, item.corrected_response, "expert"
    elif item.excluded_item or len(item.tiers) < 1:
        return []
    elif len(item.tiers[0]) > 1:
        counts["ranking_best_tied"] += 1
        return []
    elif item.unsafe(item.tiers[0][0]) and not filters["include_unsafe_chosen"]:
        counts["ranking_chosen_unsafe"] += 1
        return []
    elif (item.scores.get(item.tiers[0][0]) or {}).get("professionalism", 0) < item.campaign.sft_min_professionalism:
        counts["ranking_below_min_professionalism"] += 1
        return []
    else:
        position = item.tiers[0][0]
        text, source = item.texts[position], item.source
    return [
        {
            "pair_id": item.pk,
            "campaign_id": item.campaign.pk,
            "messages": [*item.prompt, {"role": "assistant", "content": text}],
            "source": source,
            "ranking_position": position,
        }
    ]


def ranking_row(item: RankedItem, pairs: list[tuple[int | None, int]], filters: dict, counts: dict) -> list[dict]:
    """The reward-model row: the answers best first, the groups that share a tier, their scores and positions."""
    order = item.order()
    positions = [p for tier in order for p in tier]
    if item.excluded_item or len(positions) < 2:
        return []
    ties, start = [], 0
    for tier in order:
        if len(tier) > 1:
            ties.append(list(range(start, start + len(tier))))
        start += len(tier)
    return [
        {
            "pair_id": item.pk,
            "campaign_id": item.campaign.pk,
            "prompt": item.prompt,
            "responses": [item.text(p) for p in positions],
            "ties": ties,
            "positions": positions,
            "scores": [item.final_scores(p) for p in positions],
            "source": item.source,
            "expert_written": bool(item.corrected_response),
        }
    ]


RANKING_ROW_BUILDERS = {
    SnapshotKind.DPO: ranking_dpo_rows,
    SnapshotKind.SFT: ranking_sft_rows,
    SnapshotKind.RANKING: ranking_row,
}


def ranking_rows(
    campaigns: list[Campaign], *, kind: str, filters: dict, counts: dict[str, int], chunk_size: int = CHUNK_SIZE
) -> Iterator[dict]:
    build = RANKING_ROW_BUILDERS[kind]
    filters = {**filters, "kind": kind}
    for item in ranked_items(campaigns, sources=filters["sources"], chunk_size=chunk_size):
        yield from build(item, count_ranking_item(item, filters, counts), filters, counts)


def by_kind(campaigns: Iterable[Campaign]) -> tuple[list[Campaign], list[Campaign]]:
    """(pairs campaigns, rankings campaigns)."""
    campaigns = list(campaigns)
    rankings = [c for c in campaigns if c.kind == CampaignKind.RANKINGS]
    return [c for c in campaigns if c.kind != CampaignKind.RANKINGS], rankings


def pair_rows(
    campaigns: list[Campaign], *, kind: str, filters: dict, counts: dict[str, int], chunk_size: int = CHUNK_SIZE
) -> Iterator[dict]:
    build = ROW_BUILDERS[kind]
    for pair in resolved(campaigns, sources=filters["sources"], chunk_size=chunk_size):
        counts["resolved_pairs"] += 1
        row = build(pair, filters, counts)
        if row is not None:
            yield row


def rows(
    campaigns: list[Campaign], *, kind: str, filters: dict, counts: dict[str, int], chunk_size: int = CHUNK_SIZE
) -> Iterator[dict]:
    """The rows of a `kind` export, streamed in pair-id order; `counts` gets what was read and left out as they go.

    Pairs campaigns give DPO and SFT rows (resolved_pairs and SKIP_REASONS counted); rankings
    campaigns give DPO, SFT and ranking rows (RANKING_COUNTS). The two streams are merged by pair id.
    """
    pairs_campaigns, rankings_campaigns = by_kind(campaigns)
    streams = []
    if pairs_campaigns and kind in ROW_BUILDERS:
        counts.update({"resolved_pairs": 0, **dict.fromkeys(SKIP_REASONS, 0)})
        streams.append(pair_rows(pairs_campaigns, kind=kind, filters=filters, counts=counts, chunk_size=chunk_size))
    if rankings_campaigns:
        counts.update(dict.fromkeys(RANKING_COUNTS, 0))
        streams.append(
            ranking_rows(rankings_campaigns, kind=kind, filters=filters, counts=counts, chunk_size=chunk_size)
        )
    if len(streams) == 1:
        yield from streams[0]
    elif streams:
        yield from heapq.merge(*streams, key=itemgetter("pair_id"))


#: A counting query's SQL and its parameters, to be run alone or added to another in one statement.
Counting = tuple[str, list]


def usable_dpo_pairs(
    campaigns: Iterable[Campaign],
    *,
    sources: Iterable[str] = SOURCES.values(),
    include_unsafe_chosen: bool = False,
    ranking_pairs: str = DEFAULT_RANKING_PAIRS,
) -> int:
    """How many DPO rows an export would have, in one counting query (no row is built), whatever the
    campaigns' kinds: pairs campaigns counted by `pair_rows_counting`, rankings campaigns by
    `ranking_pairs_counting` in the `ranking_pairs` mode, the two added in one statement. An unknown
    mode is refused whatever the campaigns' kinds, as the export refuses it."""
    check_ranking_mode(ranking_pairs)
    pairs_campaigns, rankings_campaigns = by_kind(campaigns)
    sources = list(sources)
    parts = []
    if pairs_campaigns:
        parts.append(pair_rows_counting(pairs_campaigns, sources=sources, include_unsafe_chosen=include_unsafe_chosen))
    if rankings_campaigns:
        parts.append(
            ranking_pairs_counting(
                rankings_campaigns, sources=sources, include_unsafe_chosen=include_unsafe_chosen, mode=ranking_pairs
            )
        )
    if not parts:
        return 0
    query = "SELECT " + " + ".join(f"({sql})" for sql, _ in parts)
    with connection.cursor() as cursor:
        cursor.execute(query, [param for _, params in parts for param in params])
        return int(cursor.fetchone()[0])


def check_ranking_mode(mode: str) -> None:
    if mode not in ranking.EXPORT_MODES:
        raise ValueError(
            gettext("unknown ranking export mode %(mode)r; use one of %(modes)s")
            % {"mode": mode, "modes": ", ".join(ranking.EXPORT_MODES)}
        )


def ranking_pairs_counting(
    campaigns: list[Campaign], *, sources: Iterable[str], include_unsafe_chosen: bool, mode: str
) -> Counting:
    """How many DPO rows the ranking items of `campaigns` give in `mode`: the sum of their answers'
    pairs in that mode (models.RankingChoice, written with each resolution), without the answers
    that are unsafe under the campaign's gate now, as `RankedItem.unsafe` says: the expert's answer
    never is, an answer nobody scored always is."""
    check_ranking_mode(mode)
    # Joined to its pair once (not `pair__in` a subquery, which reads the pairs twice): 0.2-0.4 s at 100,000 items.
    choices = RankingChoice.objects.filter(exportable(campaigns, sources, through="pair__"))
    if not include_unsafe_chosen:
        choices = choices.filter(Q(position__isnull=True) | Q(safety__gt=F("pair__campaign__safety_gate")))
    sql, params = choices.order_by().values(f"pairs_{mode}").query.sql_with_params()
    return f"SELECT COALESCE(SUM(pairs_{mode}), 0) FROM ({sql}) choices", list(params)


def pair_rows_counting(campaigns: list[Campaign], *, sources: Iterable[str], include_unsafe_chosen: bool) -> Counting:
    """How many DPO rows the pairs of `campaigns` give, as one counting query.

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
    return query, list(params)
