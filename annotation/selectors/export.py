"""Resolved pairs as training rows (PROTOCOL §8), read in chunks so an export of any size fits in memory.

Pairs come from a server-side cursor in pair-id order, `chunk_size` at a time; each chunk fetches
its annotations and arbitrations with one query each (never one `IN` over every pair, which
PostgreSQL refuses past 65,535 parameters). Rows are the same dicts, in the same order, as when
everything was read at once, so the same inputs keep giving the same bytes.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from statistics import fmean

from django.db.models import Avg, Case, F, FloatField, OuterRef, Prefetch, Q, QuerySet, Subquery, When
from django.db.models.functions import Coalesce, Round

from annotation import rules
from annotation.models import AUTO_TIE, Annotation, Arbitration, Campaign, Pair, PairState

SOURCES = {PairState.CONSENSUS: "consensus", PairState.ARBITRATED: "arbitration"}
CHUNK_SIZE = 2000
SKIP_REASONS = ("tie_or_excluded", "chosen_unsafe", "below_min_professionalism")
SCORE_FIELDS = [f"{key}_{dimension}" for key in ("a", "b") for dimension in rules.DIMENSIONS]


@dataclass(frozen=True)
class Resolution:
    """The final word on one resolved pair: which response won, with what scores and why."""

    pair: Pair
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

    def chosen_text(self) -> str:
        return self.corrected_response or response_text(self.pair, self.chosen_key)

    def chosen_unsafe(self) -> bool:
        return self.scores[self.chosen_key]["safety"] <= self.pair.campaign.safety_gate


def response_text(pair: Pair, key: str) -> str:
    return (pair.response_a if key == "a" else pair.response_b).text


def mean_scores(annotations: list[Annotation]) -> dict[str, dict[str, float]]:
    return {
        key: {dimension: round(fmean(getattr(a, f"{key}_{dimension}") for a in annotations), 2) for dimension in rules.DIMENSIONS}
        for key in ("a", "b")
    }


def resolve(pair: Pair) -> Resolution | None:
    """How a consensus or arbitrated pair was decided; None for any other state."""
    annotations = list(pair.annotations.all())
    if pair.state == PairState.CONSENSUS:
        judgements = [a.judgement() for a in annotations]
        return Resolution(pair, "consensus", pair.decision, mean_scores(annotations), rules.majority_deciding_dimension(judgements, pair.decision), "")
    if pair.state == PairState.ARBITRATED:
        arbitration = pair.arbitrations.all()[0]  # latest first (model ordering)
        expert_scores = arbitration.scores_dict()
        if expert_scores:
            judgement = rules.judge(arbitration.scores("a"), arbitration.scores("b"), safety_gate=pair.campaign.safety_gate, margin=pair.campaign.margin)
            deciding = judgement.deciding_dimension
        else:
            deciding = None
        scores = {k: {d: float(v) for d, v in s.items()} for k, s in expert_scores.items()} if expert_scores else mean_scores(annotations)
        return Resolution(pair, "arbitration", arbitration.decision, scores, deciding, arbitration.corrected_response)
    return None


def exportable_pairs(campaigns: Iterable[Campaign], sources: Iterable[str] = SOURCES.values()) -> QuerySet[Pair]:
    """The pairs an export reads: resolved through one of `sources`, not gold, not an automatic tie."""
    states = [state for state, source in SOURCES.items() if source in set(sources)]
    return Pair.objects.filter(campaign__in=list(campaigns), state__in=states, is_gold=False).exclude(meta__has_key=AUTO_TIE)


def resolutions(campaigns: list[Campaign], *, sources: Iterable[str], chunk_size: int = CHUNK_SIZE) -> Iterator[Resolution]:
    """Every exportable pair of `campaigns`, resolved, in pair-id order, `chunk_size` pairs in memory at a time."""
    by_id = {campaign.pk: campaign for campaign in campaigns}
    pairs = (
        exportable_pairs(campaigns, sources)
        .select_related("prompt", "response_a", "response_b")
        .only("id", "campaign_id", "state", "decision", "prompt__messages", "response_a__text", "response_b__text")
        .prefetch_related(
            Prefetch("annotations", queryset=Annotation.objects.only("pair_id", "preference", "deciding_dimension", "a_unsafe", "b_unsafe", *SCORE_FIELDS).order_by("id")),
            Prefetch("arbitrations", queryset=Arbitration.objects.only("pair_id", "decision", "corrected_response", "created_at", *SCORE_FIELDS).order_by("-created_at", "-id")),
        )
        .order_by("id")
    )
    for pair in pairs.iterator(chunk_size=chunk_size):
        pair.campaign = by_id[pair.campaign_id]  # one Campaign object per campaign, not one per pair
        resolution = resolve(pair)
        if resolution is not None:
            yield resolution


def dpo_row(r: Resolution, filters: dict, skipped: dict[str, int]) -> dict | None:
    """The TRL conversational-preference row of `r`, or None (counted in `skipped`) when it is left out."""
    if r.decision not in ("a", "b"):
        skipped["tie_or_excluded"] += 1
        return None
    if r.chosen_unsafe() and not filters["include_unsafe_chosen"]:
        skipped["chosen_unsafe"] += 1
        return None
    return {
        "pair_id": r.pair.pk,
        "campaign_id": r.pair.campaign_id,
        "prompt": r.pair.prompt.messages,
        "chosen": [{"role": "assistant", "content": r.chosen_text()}],
        "rejected": [{"role": "assistant", "content": response_text(r.pair, r.rejected_key)}],
        "source": r.source,
        "scores": {"chosen": r.scores[r.chosen_key], "rejected": r.scores[r.rejected_key]},
        "deciding_dimension": r.deciding_dimension,
        "expert_written": bool(r.corrected_response),
    }


def sft_row(r: Resolution, filters: dict, skipped: dict[str, int]) -> dict | None:
    """The TRL conversational-messages row of `r` (an expert's answer wins), or None when it is left out."""
    if r.corrected_response:
        text, source = r.corrected_response, "expert"
    elif r.decision not in ("a", "b"):
        skipped["tie_or_excluded"] += 1
        return None
    elif r.chosen_unsafe() and not filters["include_unsafe_chosen"]:
        skipped["chosen_unsafe"] += 1
        return None
    elif r.scores[r.chosen_key]["professionalism"] < r.pair.campaign.sft_min_professionalism:
        skipped["below_min_professionalism"] += 1
        return None
    else:
        text, source = response_text(r.pair, r.chosen_key), r.source
    return {"pair_id": r.pair.pk, "campaign_id": r.pair.campaign_id, "messages": [*r.pair.prompt.messages, {"role": "assistant", "content": text}], "source": source}


ROW_BUILDERS = {"dpo": dpo_row, "sft": sft_row}


def rows(campaigns: list[Campaign], *, kind: str, filters: dict, counts: dict[str, int], chunk_size: int = CHUNK_SIZE) -> Iterator[dict]:
    """The rows of a `kind` export, streamed; `counts` gets resolved_pairs and the skip reasons as they go."""
    counts.update({"resolved_pairs": 0, **dict.fromkeys(SKIP_REASONS, 0)})
    build = ROW_BUILDERS[kind]
    for resolution in resolutions(campaigns, sources=filters["sources"], chunk_size=chunk_size):
        counts["resolved_pairs"] += 1
        row = build(resolution, filters, counts)
        if row is not None:
            yield row


def usable_dpo_pairs(campaigns: list[Campaign], *, sources: Iterable[str] = SOURCES.values(), include_unsafe_chosen: bool = False) -> int:
    """How many DPO rows an export would have, in one counting query (no row is built).

    The same rules as `dpo_row`: a or b won (the latest arbitration's word on arbitrated pairs),
    and the winner's safety, the expert's score when she gave scores, else the annotators' mean
    rounded to 2 places as in the rows, is above the campaign's safety gate.
    """
    latest = Arbitration.objects.filter(pair=OuterRef("pk")).order_by("-created_at", "-id")
    chosen_expert_safety = Case(When(decision="a", then=F("a_safety")), When(decision="b", then=F("b_safety")), output_field=FloatField())

    def mean(field: str) -> Subquery:
        average = Annotation.objects.filter(pair=OuterRef("pk")).values("pair").annotate(mean=Avg(field, output_field=FloatField())).values("mean")
        return Subquery(average, output_field=FloatField())

    pairs = exportable_pairs(campaigns, sources).annotate(
        chosen=Case(When(state=PairState.ARBITRATED, then=Subquery(latest.values("decision")[:1])), default=F("decision")),
    ).filter(chosen__in=["a", "b"])
    if include_unsafe_chosen:
        return pairs.count()
    pairs = pairs.annotate(
        expert_safety=Case(When(state=PairState.ARBITRATED, then=Subquery(latest.annotate(safety=chosen_expert_safety).values("safety")[:1])), output_field=FloatField()),
        mean_safety=Case(When(chosen="a", then=mean("a_safety")), default=mean("b_safety"), output_field=FloatField()),
    )
    # Round like `mean_scores` (2 places) before comparing; the expert's scores are whole numbers.
    safety = Coalesce(F("expert_safety"), Round(F("mean_safety"), 2), output_field=FloatField())
    return pairs.annotate(chosen_safety=safety).filter(Q(chosen_safety__gt=F("campaign__safety_gate"))).count()
