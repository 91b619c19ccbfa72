"""The arbitration queue and desk (PROTOCOL §4): one order for the API, the desk page and its "next pair"."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from annotation import rules
from annotation.models import Annotation, Pair, PairState, User
from annotation.selectors.visibility import visible_pairs

#: Safety conflicts always need an expert, so they come first; then what an admin raised, then the
#: pair that has waited longest (a disputed pair last changed when it closed).
QUEUE_ORDER = ("-safety_conflict", "-priority", "updated_at", "id")


def arbitration_queue(
    user: User, *, campaign_id: int | None = None, safety_conflicts_only: bool = False
) -> QuerySet[Pair]:
    """Disputed pairs she may decide, in the order an expert should take them."""
    pairs = visible_pairs(user).filter(state=PairState.DISPUTED)
    if campaign_id is not None:
        pairs = pairs.filter(campaign_id=campaign_id)
    if safety_conflicts_only:
        pairs = pairs.filter(safety_conflict=True)
    return pairs.order_by(*QUEUE_ORDER)


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
