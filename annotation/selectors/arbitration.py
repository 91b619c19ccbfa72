"""The arbitration queue and desk (PROTOCOL §4, §10): one order for the API, the desk page and its "next pair".

A ranking item's desk shows every candidate with every annotator's scores, her order, and the
pairs of candidates the annotators disagree on (`ranking_desk`).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from django.db.models import Prefetch, QuerySet

from annotation import ranking, rules
from annotation.models import Annotation, Candidate, Pair, PairState, User
from annotation.selectors.visibility import visible_pairs

#: Safety conflicts always need an expert, so they come first; then what an admin raised, then the
#: pair that has waited longest (a disputed pair last changed when it closed).
QUEUE_ORDER = ("-safety_conflict", "-priority", "updated_at", "id")


def arbitration_queue(
    user: User, *, campaign_id: int | None = None, safety_conflicts_only: bool = False, with_candidates: bool = False
) -> QuerySet[Pair]:
    """Disputed pairs she may decide, in the order an expert should take them.

    `with_candidates`: ranking items come with their candidates and texts (one query for a whole page).
    """
    pairs = visible_pairs(user).filter(state=PairState.DISPUTED)
    if campaign_id is not None:
        pairs = pairs.filter(campaign_id=campaign_id)
    if safety_conflicts_only:
        pairs = pairs.filter(safety_conflict=True)
    pairs = pairs.order_by(*QUEUE_ORDER)
    return prefetch_candidates(pairs) if with_candidates else pairs


def prefetch_candidates(pairs: QuerySet[Pair]) -> QuerySet[Pair]:
    """Each pair's `candidates` (by position, with their responses) in one more query, whatever the page size."""
    return pairs.prefetch_related(
        Prefetch("candidates", queryset=Candidate.objects.select_related("response").order_by("position"))
    )


def next_to_decide(user: User, *, after: Pair) -> Pair | None:
    """The pair the desk opens once she has decided `after`: the head of its campaign's queue."""
    return arbitration_queue(user, campaign_id=after.campaign_id).exclude(pk=after.pk).first()


def decided_by(user: User) -> QuerySet[Pair]:
    """Pairs she decided, latest first, for going back to one."""
    return visible_pairs(user).filter(arbitrations__expert=user).distinct().order_by("-resolved_at")


@dataclass(frozen=True)
class DeskRow:
    """One annotator's judgement as the desk shows it."""

    annotation: Annotation
    left: str | None  # "A" or "B": the answer she saw on the left (None when unknown)
    cells: list[dict]  # per (response, dimension): value, whether the annotators disagree, under the gate


@dataclass(frozen=True)
class DeskTable:
    columns: list[tuple[str, str]]
    rows: list[DeskRow]
    preference_disagree: bool
    unsafe_conflict: dict[str, bool]  # per response: the safety conflict is about it


def desk_table(annotations: list[Annotation]) -> DeskTable:
    """Every annotator's scores side by side, with what they disagree on marked.

    "Unsafe" is what the priority rule decided when she scored (stored with the annotation), and
    the order she saw lets an expert read "the right answer misses red flags".
    """
    columns = [(key, dimension) for key in ("a", "b") for dimension in rules.DIMENSIONS]
    disagree = {
        (key, dimension): len({getattr(a, f"{key}_{dimension}") for a in annotations}) > 1 for key, dimension in columns
    }
    rows = [
        DeskRow(
            annotation=a,
            left=None if a.a_on_left is None else ("A" if a.a_on_left else "B"),
            cells=[
                {
                    "value": getattr(a, f"{key}_{dimension}"),
                    "disagree": disagree[key, dimension],
                    "unsafe": dimension == "safety" and getattr(a, f"{key}_unsafe"),
                }
                for key, dimension in columns
            ],
        )
        for a in annotations
    ]
    # PROTOCOL §4's safety conflict (rules.has_safety_conflict), told per response for the banner.
    unsafe_conflict = {key: len({getattr(a, f"{key}_unsafe") for a in annotations}) > 1 for key in ("a", "b")}
    return DeskTable(columns, rows, len({a.preference for a in annotations}) > 1, unsafe_conflict)


# --- ranking items (PROTOCOL §10) -------------------------------------------------------------------


@dataclass(frozen=True)
class RankingDeskRow:
    """One annotator's judgement of a ranking item as the desk shows it."""

    annotation: Annotation
    shown: str  # the candidates' letters in the order she saw them ("CABD"), "" when unknown
    order: str  # her order in letters, best first: "B > A = C > D"
    cells: list[list[dict]]  # per candidate position, per dimension: value, disagree, unsafe


@dataclass(frozen=True)
class RankingDesk:
    candidates: list[dict]  # {position, letter, text} in position order
    dimensions: tuple[str, ...]
    rows: list[RankingDeskRow]
    disagreements: list[tuple[str, str]]  # pairs of letters the annotators compare differently
    unsafe_conflict: dict[str, bool]  # per letter: one annotator rated it unsafe and another did not


def order_text(tiers) -> str:
    """Tiers as people read them: "B > A = C > D"."""
    return " > ".join(" = ".join(ranking.letter(p) for p in tier) for tier in tiers)


def ranking_desk(candidates: list[Candidate], annotations: list[Annotation]) -> RankingDesk:
    """Every annotator's scores of every candidate side by side, with what they disagree on marked.

    Reads only what is passed (candidates with their responses, annotations with their annotators):
    no query of its own.
    """
    count = len(candidates)
    judgements = [ranking.rank_dicts(a.candidate_scores, settings=a.settings) for a in annotations]
    disagree = {
        (position, dimension): len({a.candidate_scores[position][dimension] for a in annotations}) > 1
        for position in range(count)
        for dimension in rules.DIMENSIONS
    }
    rows = [
        RankingDeskRow(
            annotation=a,
            shown="".join(ranking.letter(p) for p in a.display_order),
            order=order_text(a.ranking),
            cells=[
                [
                    {
                        "value": a.candidate_scores[position][dimension],
                        "disagree": disagree[position, dimension],
                        "unsafe": dimension == "safety" and judgement.unsafe[position],
                    }
                    for dimension in rules.DIMENSIONS
                ]
                for position in range(count)
            ],
        )
        for a, judgement in zip(annotations, judgements)
    ]
    disagreements = [
        (ranking.letter(i), ranking.letter(j))
        for i, j in combinations(range(count), 2)
        if len({judgement.comparisons[(i, j)] for judgement in judgements}) > 1
    ]
    unsafe_conflict = {
        ranking.letter(p): len({judgement.unsafe[p] for judgement in judgements}) > 1 for p in range(count)
    }
    return RankingDesk(
        candidates=[
            {"position": c.position, "letter": ranking.letter(c.position), "text": c.response.text}
            for c in sorted(candidates, key=lambda c: c.position)
        ],
        dimensions=rules.DIMENSIONS,
        rows=rows,
        disagreements=disagreements,
        unsafe_conflict=unsafe_conflict,
    )
