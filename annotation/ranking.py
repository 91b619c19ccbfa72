"""Rankings of K candidate answers (PROTOCOL §10) as pure functions, built on the pair rule.

An annotator scores every candidate; the priority rule (`rules.judge`) compares every two of them.
Those comparisons are the facts: consensus is decided on them, one pair of candidates at a time.
The order shown to people and exported is derived from them by counting, for each candidate, the
candidates it beats minus those that beat it (its Copeland score); candidates with equal counts
share a tier. With the default margin of 1 the rule is a lexicographic comparison of the scores, so
the comparisons are transitive and the tiers are exactly the order they imply; with a wider margin
they need not be (S=1 ~ 2 ~ 3 but 1 < 3 under margin 2), and the count still gives one order.

Positions are the candidates' places in the imported order (0 is the item's response A); what the
annotator saw is recorded separately. Nothing here touches the database.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Literal

from django.utils.translation import gettext

from annotation import rules

#: The order: tiers of candidate positions, best first; candidates in one tier are tied.
Tiers = tuple[tuple[int, ...], ...]
#: For positions (i, j) with i < j: "a" when i is preferred, "b" when j is, "tie" otherwise.
Comparisons = Mapping[tuple[int, int], rules.Preference]

MIN_CANDIDATES, MAX_CANDIDATES = 2, 8
LETTERS = "ABCDEFGH"

ExportMode = Literal["all", "adjacent", "best"]
#: How a resolved ranking becomes DPO pairs (chosen per snapshot).
EXPORT_MODES: tuple[ExportMode, ...] = ("all", "adjacent", "best")


def letter(position: int) -> str:
    """How people name a candidate: A, B, C... by its position."""
    return LETTERS[position]


@dataclass(frozen=True)
class RankJudgement:
    """What one annotator's scores of every candidate mean under the priority rule."""

    comparisons: dict[tuple[int, int], rules.Preference]
    unsafe: tuple[bool, ...]
    tiers: Tiers

    @property
    def count(self) -> int:
        return len(self.unsafe)

    def as_lists(self) -> list[list[int]]:
        """The tiers as stored (JSON lists)."""
        return [list(tier) for tier in self.tiers]


def check_count(count: int) -> None:
    if not MIN_CANDIDATES <= count <= MAX_CANDIDATES:
        raise ValueError(
            gettext("a ranking item has %(min)s to %(max)s candidates, not %(count)s")
            % {"min": MIN_CANDIDATES, "max": MAX_CANDIDATES, "count": count}
        )


def rank(
    scores: Sequence[rules.Scores],
    *,
    safety_gate: int = rules.DEFAULT_SAFETY_GATE,
    margin: int = rules.DEFAULT_MARGIN,
) -> RankJudgement:
    """Compare every two candidates with the priority rule and derive the order (PROTOCOL §10)."""
    check_count(len(scores))
    comparisons = {
        (i, j): rules.judge(scores[i], scores[j], safety_gate=safety_gate, margin=margin).preference
        for i, j in combinations(range(len(scores)), 2)
    }
    unsafe = tuple(rules.is_unsafe(s, safety_gate=safety_gate) for s in scores)
    return RankJudgement(comparisons, unsafe, order(len(scores), comparisons))


def rank_dicts(score_dicts: Sequence[Mapping], *, settings: Mapping) -> RankJudgement:
    """`rank` from stored scores (`{"safety": 5, ...}` per position) and stored rule settings."""
    return rank(
        [rules.Scores.from_dict(d) for d in score_dicts],
        safety_gate=settings.get("safety_gate", rules.DEFAULT_SAFETY_GATE),
        margin=settings.get("margin", rules.DEFAULT_MARGIN),
    )


def order(count: int, comparisons: Comparisons, *, among: Iterable[int] | None = None) -> Tiers:
    """Tiers by Copeland score (wins minus losses), best first; equal scores share a tier.

    `among` limits the order to some positions (e.g. without excluded candidates); comparisons that
    are missing count as ties.
    """
    positions = sorted(range(count) if among is None else set(among))
    score = dict.fromkeys(positions, 0)
    for i, j in combinations(positions, 2):
        preference = comparisons.get((i, j), "tie")
        if preference == "a":
            score[i] += 1
            score[j] -= 1
        elif preference == "b":
            score[j] += 1
            score[i] -= 1
    tiers: dict[int, list[int]] = {}
    for position in positions:
        tiers.setdefault(score[position], []).append(position)
    return tuple(tuple(tiers[value]) for value in sorted(tiers, reverse=True))


def comparisons_of(tiers: Sequence[Sequence[int]]) -> dict[tuple[int, int], rules.Preference]:
    """The comparisons an order implies, for every two candidates it contains."""
    tier_of = {position: index for index, tier in enumerate(tiers) for position in tier}
    result: dict[tuple[int, int], rules.Preference] = {}
    for i, j in combinations(sorted(tier_of), 2):
        if tier_of[i] == tier_of[j]:
            result[(i, j)] = "tie"
        else:
            result[(i, j)] = "a" if tier_of[i] < tier_of[j] else "b"
    return result


# --- consensus --------------------------------------------------------------------------------


@dataclass(frozen=True)
class RankingConsensus:
    state: rules.PairState
    tiers: Tiers  # the agreed order (empty when pending or disputed)
    reason: str
    safety_conflict: bool
    disagreements: tuple[tuple[int, int], ...] = ()  # the pairs of positions that did not reach agreement
    unsafe: tuple[bool, ...] = ()  # per position, when the annotators agree on it


def safety_conflicts(judgements: Sequence[RankJudgement]) -> tuple[int, ...]:
    """Positions one annotator rates unsafe and another does not."""
    count = judgements[0].count
    return tuple(p for p in range(count) if len({j.unsafe[p] for j in judgements}) > 1)


def ranking_consensus(
    judgements: Sequence[RankJudgement],
    *,
    required: int,
    agreement: rules.Agreement = "unanimous",
    quorum: int | None = None,
) -> RankingConsensus:
    """Resolve a ranking item once its annotations are in (PROTOCOL §10, with §4's rules per pair of candidates).

    Consensus when, for every two candidates, all annotators' comparisons agree (unanimous) or at
    least `quorum` of them do (majority), no candidate is rated unsafe by one annotator and safe by
    another, and the agreed comparisons form an order (the order derived from them implies exactly
    them): exports pair candidates by the order, so it must say what was agreed.
    """
    if len(judgements) < required:
        return RankingConsensus("pending", (), f"{len(judgements)} of {required} annotations", False)
    counts = {j.count for j in judgements}
    if len(counts) != 1:
        raise ValueError(gettext("the annotations of one ranking item score different numbers of candidates"))
    (count,) = counts
    conflicts = safety_conflicts(judgements)
    if conflicts:
        named = ", ".join(letter(p) for p in conflicts)
        return RankingConsensus(
            "disputed", (), f"safety conflict on {named}: annotators disagree on whether it is unsafe", True
        )
    if agreement not in ("unanimous", "majority"):
        raise ValueError(gettext("unknown agreement rule %(rule)r") % {"rule": agreement})
    needed = len(judgements) if agreement == "unanimous" else (quorum or rules.default_quorum(len(judgements)))
    agreed: dict[tuple[int, int], rules.Preference] = {}
    disagreements: list[tuple[int, int]] = []
    for key in combinations(range(count), 2):
        tally = Counter(j.comparisons[key] for j in judgements)
        winners = [preference for preference, n in tally.items() if n >= needed]
        if len(winners) == 1:
            agreed[key] = winners[0]
        else:
            disagreements.append(key)
    if disagreements:
        shown = ", ".join(f"{letter(i)}-{letter(j)}" for i, j in disagreements[:6])
        more = f" and {len(disagreements) - 6} more" if len(disagreements) > 6 else ""
        rule = "annotators disagree" if agreement == "unanimous" else f"no comparison reached quorum {needed}"
        return RankingConsensus("disputed", (), f"{rule} on {shown}{more}", False, disagreements=tuple(disagreements))
    tiers = order(count, agreed)
    contradicted = tuple(key for key, preference in comparisons_of(tiers).items() if agreed[key] != preference)
    if contradicted:
        # The agreed comparisons form no order (a cycle under the majority rule, or a chain of ties
        # under a margin above 1): any order would export a pair someone did not agree to. An expert decides.
        shown = ", ".join(f"{letter(i)}-{letter(j)}" for i, j in contradicted[:6])
        return RankingConsensus(
            "disputed",
            (),
            f"the agreed comparisons form no order (a cycle or a chain of ties): {shown}",
            False,
            disagreements=contradicted,
        )
    reason = "unanimous" if agreement == "unanimous" else f"majority of {len(judgements)} on every comparison"
    return RankingConsensus("consensus", tiers, reason, False, unsafe=judgements[0].unsafe)


# --- an expert's order ------------------------------------------------------------------------


def checked_tiers(tiers: object, *, count: int, excluded: Iterable[int] = ()) -> Tiers:
    """An expert's order, validated: every position not excluded appears exactly once, tiers not empty.

    Raises ValueError with a sentence naming the problem; `ranking` is what the API field is called.
    """
    excluded = set(excluded)
    if not isinstance(tiers, (list, tuple)) or not all(isinstance(t, (list, tuple)) for t in tiers):
        raise ValueError(gettext("ranking must be a list of tiers, each a list of candidate positions"))
    seen: list[int] = []
    for tier in tiers:
        if not tier:
            raise ValueError(gettext("ranking has an empty tier"))
        for position in tier:
            if isinstance(position, bool) or not isinstance(position, int) or not 0 <= position < count:
                raise ValueError(
                    gettext("ranking names candidate %(position)r; positions go from 0 to %(last)s")
                    % {"position": position, "last": count - 1}
                )
            seen.append(position)
    repeated = sorted({p for p in seen if seen.count(p) > 1})
    if repeated:
        raise ValueError(
            gettext("ranking names %(names)s more than once") % {"names": ", ".join(letter(p) for p in repeated)}
        )
    both = sorted(set(seen) & excluded)
    if both:
        raise ValueError(
            gettext("%(names)s are both ranked and excluded") % {"names": ", ".join(letter(p) for p in both)}
        )
    missing = sorted(set(range(count)) - set(seen) - excluded)
    if missing:
        raise ValueError(
            gettext("ranking leaves out %(names)s; rank every candidate or exclude it")
            % {"names": ", ".join(letter(p) for p in missing)}
        )
    return tuple(tuple(sorted(tier)) for tier in tiers)


# --- export -----------------------------------------------------------------------------------


def preference_pairs(tiers: Sequence[Sequence[int]], mode: ExportMode = "all") -> list[tuple[int, int]]:
    """(chosen, rejected) positions for DPO rows from a resolved order; candidates in one tier are never paired.

    all: every candidate against every one in a lower tier; adjacent: each tier against the next;
    best: the first tier against every other candidate.
    """
    if mode == "all":
        return [
            (chosen, rejected)
            for t, tier in enumerate(tiers)
            for lower in tiers[t + 1 :]
            for chosen in tier
            for rejected in lower
        ]
    if mode == "adjacent":
        return [(chosen, rejected) for tier, lower in zip(tiers, tiers[1:]) for chosen in tier for rejected in lower]
    if mode == "best":
        return [(chosen, rejected) for lower in tiers[1:] for chosen in tiers[0] for rejected in lower] if tiers else []
    raise ValueError(
        gettext("unknown ranking export mode %(mode)r; use one of %(modes)s")
        % {"mode": mode, "modes": ", ".join(EXPORT_MODES)}
    )
