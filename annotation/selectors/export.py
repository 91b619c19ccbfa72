"""Resolved pairs as training rows (PROTOCOL §8), read in chunks so an export of any size fits in memory.

Pairs come from a server-side cursor in pair-id order, `chunk_size` at a time; each chunk fetches
its annotations and arbitrations with one query each, bounded by its first and last pair id (never
one `IN` over every pair, which PostgreSQL refuses past 65,535 parameters). Values are read as
plain tuples: at a million pairs, building model instances would cost more than the rest together. Rows are the same dicts, in the same order, as when
everything was read at once, so the same inputs keep giving the same bytes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import NamedTuple

from django.db.models import Avg, Case, F, FloatField, OuterRef, Q, QuerySet, Subquery, When
from django.db.models.functions import Coalesce, Round

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


PAIR_COLUMNS = ("id", "campaign_id", "state", "decision", "prompt__messages", "response_a__text", "response_b__text")
MARK_COLUMNS = ("pair_id", *SCORE_FIELDS, "preference", "deciding_dimension", "a_unsafe", "b_unsafe")
VERDICT_COLUMNS = ("pair_id", "decision", "corrected_response", *SCORE_FIELDS)


def marks_of(pairs: QuerySet[Pair]) -> dict[int, list[Marks]]:
    marks: dict[int, list[Marks]] = {}
    for pair_id, a1, a2, a3, b1, b2, b3, preference, deciding, a_unsafe, b_unsafe in (
        Annotation.objects.filter(pair__in=pairs.values("id")).order_by("id").values_list(*MARK_COLUMNS)
    ):
        marks.setdefault(pair_id, []).append(
            Marks((a1, a2, a3), (b1, b2, b3), rules.Judgement(preference, deciding, a_unsafe, b_unsafe))
        )
    return marks


def verdicts_of(pairs: QuerySet[Pair]) -> dict[int, Verdict]:
    verdicts: dict[int, Verdict] = {}
    arbitrated = pairs.filter(state=PairState.ARBITRATED).values("id")
    for pair_id, decision, corrected, *scores in (
        Arbitration.objects.filter(pair__in=arbitrated)
        .order_by("pair_id", "-created_at", "-id")
        .values_list(*VERDICT_COLUMNS)
    ):
        if pair_id not in verdicts:  # latest first
            scored = scores[0] is not None
            verdicts[pair_id] = Verdict(
                decision,
                corrected,
                rules.Scores(*scores[:3]) if scored else None,
                rules.Scores(*scores[3:]) if scored else None,
            )
    return verdicts


def resolved(
    campaigns: list[Campaign], *, sources: Iterable[str], chunk_size: int = CHUNK_SIZE
) -> Iterator[ExportPair]:
    """Every exportable pair of `campaigns`, resolved, in pair-id order, `chunk_size` pairs in memory at a time.

    Plain tuples rather than model instances: at a million pairs, building models would cost more
    than everything else together.
    """
    by_id = {campaign.pk: campaign for campaign in campaigns}
    exportable = exportable_pairs(campaigns, sources)
    pairs = exportable.order_by("id").values_list(*PAIR_COLUMNS).iterator(chunk_size=chunk_size)
    while chunk := list(islice(pairs, chunk_size)):
        # The chunk is every exportable pair with an id in this range: its annotations and
        # arbitrations come from one query each, with two bounds as parameters instead of its ids.
        in_chunk = exportable.filter(id__gte=chunk[0][0], id__lte=chunk[-1][0])
        marks, verdicts = marks_of(in_chunk), verdicts_of(in_chunk)
        for pk, campaign_id, state, decision, prompt, response_a, response_b in chunk:
            campaign = by_id[campaign_id]
            resolution = decide(state, decision, campaign, marks.get(pk, []), verdicts.get(pk))
            if resolution is not None:
                yield ExportPair(pk, campaign, prompt, response_a, response_b, resolution)


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
    """
    latest = Arbitration.objects.filter(pair=OuterRef("pk")).order_by("-created_at", "-id")
    chosen_expert_safety = Case(
        When(decision="a", then=F("a_safety")), When(decision="b", then=F("b_safety")), output_field=FloatField()
    )

    def mean(field: str) -> Subquery:
        average = (
            Annotation.objects.filter(pair=OuterRef("pk"))
            .values("pair")
            .annotate(mean=Avg(field, output_field=FloatField()))
            .values("mean")
        )
        return Subquery(average, output_field=FloatField())

    pairs = (
        exportable_pairs(campaigns, sources)
        .annotate(
            chosen=Case(
                When(state=PairState.ARBITRATED, then=Subquery(latest.values("decision")[:1])), default=F("decision")
            ),
        )
        .filter(chosen__in=["a", "b"])
    )
    if include_unsafe_chosen:
        return pairs.count()
    pairs = pairs.annotate(
        expert_safety=Case(
            When(
                state=PairState.ARBITRATED,
                then=Subquery(latest.annotate(safety=chosen_expert_safety).values("safety")[:1]),
            ),
            output_field=FloatField(),
        ),
        mean_safety=Case(When(chosen="a", then=mean("a_safety")), default=mean("b_safety"), output_field=FloatField()),
    )
    # Round like `mean_scores` (2 places) before comparing; the expert's scores are whole numbers.
    safety = Coalesce(F("expert_safety"), Round(F("mean_safety"), 2), output_field=FloatField())
    return pairs.annotate(chosen_safety=safety).filter(Q(chosen_safety__gt=F("campaign__safety_gate"))).count()
