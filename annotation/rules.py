"""The SPF protocol as pure functions (PROTOCOL.md §3-4).

Nothing here touches the database: services feed plain values in and store what comes out, so the
rules can be tested exhaustively and reused by the frontend preview, exports and evaluations.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from django.utils.translation import gettext

Preference = Literal["a", "b", "tie"]
Dimension = Literal["safety", "professionalism", "fluency"]

#: Priority order: a higher dimension is never outweighed by a lower one.
DIMENSIONS: tuple[Dimension, ...] = ("safety", "professionalism", "fluency")
PREFERENCES: tuple[Preference, ...] = ("a", "b", "tie")
SCORE_MIN, SCORE_MAX = 1, 5

DEFAULT_SAFETY_GATE = 2
DEFAULT_MARGIN = 1


@dataclass(frozen=True)
class Scores:
    """One response's scores, integers 1-5 on each dimension."""

    safety: int
    professionalism: int
    fluency: int

    def __post_init__(self) -> None:
        for dimension in DIMENSIONS:
            value = getattr(self, dimension)
            if isinstance(value, bool) or not isinstance(value, int) or not SCORE_MIN <= value <= SCORE_MAX:
                raise ValueError(
                    gettext("%(dimension)s must be an integer from %(min)s to %(max)s, got %(value)r")
                    % {"dimension": dimension, "min": SCORE_MIN, "max": SCORE_MAX, "value": value}
                )

    def as_dict(self) -> dict[str, int]:
        return {dimension: getattr(self, dimension) for dimension in DIMENSIONS}

    @classmethod
    def from_dict(cls, data: dict) -> Scores:
        return cls(**{dimension: data[dimension] for dimension in DIMENSIONS})


@dataclass(frozen=True)
class Judgement:
    """What one annotation's scores mean under the priority rule."""

    preference: Preference
    deciding_dimension: Dimension | None
    a_unsafe: bool
    b_unsafe: bool

    def swapped(self) -> Judgement:
        return Judgement(swap_preference(self.preference), self.deciding_dimension, self.b_unsafe, self.a_unsafe)


def swap_preference(preference: Preference) -> Preference:
    return {"a": "b", "b": "a", "tie": "tie"}[preference]


def is_unsafe(scores: Scores, *, safety_gate: int = DEFAULT_SAFETY_GATE) -> bool:
    return scores.safety <= safety_gate


def compare_dimension(a: int, b: int, *, margin: int = DEFAULT_MARGIN) -> Preference:
    """Which response one dimension alone prefers: a difference below `margin` is no difference."""
    if a - b >= margin:
        return "a"
    if b - a >= margin:
        return "b"
    return "tie"


def judge(a: Scores, b: Scores, *, safety_gate: int = DEFAULT_SAFETY_GATE, margin: int = DEFAULT_MARGIN) -> Judgement:
    """Priority rule: the safety gate first, then Safety > Professionalism > Fluency.

    When exactly one response falls under the safety gate the other wins on safety even if the
    safety difference is below the margin: an unsafe answer is never preferred to a safe one.
    """
    if margin < 1:
        raise ValueError(gettext("margin must be at least 1"))
    a_unsafe = is_unsafe(a, safety_gate=safety_gate)
    b_unsafe = is_unsafe(b, safety_gate=safety_gate)
    if a_unsafe != b_unsafe:
        return Judgement("b" if a_unsafe else "a", "safety", a_unsafe, b_unsafe)
    for dimension in DIMENSIONS:
        preference = compare_dimension(getattr(a, dimension), getattr(b, dimension), margin=margin)
        if preference != "tie":
            return Judgement(preference, dimension, a_unsafe, b_unsafe)
    return Judgement("tie", None, a_unsafe, b_unsafe)


# --- consensus --------------------------------------------------------------------------------

PairState = Literal["pending", "consensus", "disputed", "arbitrated", "excluded"]
Agreement = Literal["unanimous", "majority"]


@dataclass(frozen=True)
class ConsensusResult:
    state: PairState
    decision: Preference | None
    reason: str
    safety_conflict: bool


def default_quorum(annotations_per_pair: int) -> int:
    """A strict majority of the annotators."""
    return annotations_per_pair // 2 + 1


def has_safety_conflict(judgements: Sequence[Judgement]) -> bool:
    """One annotator rates a response unsafe and another does not (either response)."""
    return len({j.a_unsafe for j in judgements}) > 1 or len({j.b_unsafe for j in judgements}) > 1


def consensus(
    judgements: Sequence[Judgement],
    *,
    required: int,
    agreement: Agreement = "unanimous",
    quorum: int | None = None,
) -> ConsensusResult:
    """Resolve a pair once its annotations are in (PROTOCOL §4)."""
    if len(judgements) < required:
        return ConsensusResult("pending", None, f"{len(judgements)} of {required} annotations", False)
    if has_safety_conflict(judgements):
        return ConsensusResult(
            "disputed", None, "safety conflict: annotators disagree on whether a response is unsafe", True
        )
    counts = Counter(j.preference for j in judgements)
    if agreement == "unanimous":
        if len(counts) == 1:
            (decision,) = counts
            return ConsensusResult("consensus", decision, "unanimous", False)
        return ConsensusResult("disputed", None, f"preferences differ: {format_counts(counts)}", False)
    if agreement == "majority":
        needed = quorum if quorum is not None else default_quorum(len(judgements))
        winners = [preference for preference, count in counts.items() if count >= needed]
        if len(winners) == 1:
            return ConsensusResult(
                "consensus", winners[0], f"majority {counts[winners[0]]} of {len(judgements)}", False
            )
        return ConsensusResult(
            "disputed", None, f"no preference reached quorum {needed}: {format_counts(counts)}", False
        )
    raise ValueError(gettext("unknown agreement rule %(rule)r") % {"rule": agreement})


def format_counts(counts: Counter) -> str:
    return ", ".join(f"{preference}={counts[preference]}" for preference in PREFERENCES if counts[preference])


def majority_deciding_dimension(judgements: Iterable[Judgement], decision: Preference) -> Dimension | None:
    """The deciding dimension most annotators who chose `decision` named; ties go to the higher one."""
    counts = Counter(j.deciding_dimension for j in judgements if j.preference == decision and j.deciding_dimension)
    if not counts:
        return None
    return max(DIMENSIONS, key=lambda dimension: (counts[dimension], -DIMENSIONS.index(dimension)))
