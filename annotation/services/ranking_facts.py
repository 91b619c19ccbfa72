"""The RankingChoice facts of ranking items (issue 15): written with every resolution, checked and
repaired by `refill_ranking_choices` (manage.py refill_ranking_choices).

The facts are a cache of what the export derives from an item's resolution, kept so the retrain
check (selectors.export.usable_dpo_pairs) counts a rankings campaign in one query. Whatever writes
a ranking resolution writes them in the same transaction; an item resolved by code that does not
(a web worker older than the facts during a rolling deploy) leaves them missing until the refill.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.db import transaction

from annotation.models import Annotation, CampaignKind, Pair, PairState, RankingChoice
from annotation.selectors.export import Choice, ranked_item, ranking_choices, ranking_choices_of

#: Items read, compared and rewritten at a time: every id list of a batch is one IN of at most this
#: many values, under the 999 variables old SQLite builds take in a statement.
BATCH = 500

#: A fact as compared: (position, safety, pairs_all, pairs_adjacent, pairs_best).
Fact = tuple[int | None, float | None, int, int, int]


def record_ranking_choices(pair_ids: Sequence[int]) -> None:
    """Write the facts of these ranking items (at most BATCH) again from their resolution as saved:
    none for an item that is not resolved. Called, after the item is saved and in the same
    transaction, by every arbitration (a decision may replace another) and by the refill."""
    RankingChoice.objects.filter(pair_id__in=pair_ids).delete()
    insert(ranking_choices_of(list(pair_ids)).items())


def record_closed_item(item: Pair, annotations: Sequence[Annotation], *, candidates: int) -> None:
    """The facts of a ranking item that submission has just closed, built from what closing read
    (its order, its annotations, the number of its candidates): one INSERT, and none when it went to
    an expert. It was pending, so it has no facts to replace."""
    if item.state != PairState.CONSENSUS:
        return
    choices = ranking_choices(
        ranked_item(
            item.pk,
            item.campaign,
            item.state,
            [],
            item.ranking,
            [annotation.candidate_scores for annotation in annotations],
            None,
            dict.fromkeys(range(candidates), ""),
        )
    )
    insert([(item.pk, choices)])


def insert(facts: Iterable[tuple[int, list[Choice]]]) -> None:
    RankingChoice.objects.bulk_create(
        RankingChoice(
            pair_id=pk,
            position=choice.position,
            safety=choice.safety,
            **{f"pairs_{mode}": count for mode, count in choice.pairs.items()},
        )
        for pk, choices in facts
        for choice in choices
    )


def as_facts(choices: Iterable[Choice]) -> Counter[Fact]:
    return Counter(
        (choice.position, choice.safety, choice.pairs["all"], choice.pairs["adjacent"], choice.pairs["best"])
        for choice in choices
    )


@dataclass(frozen=True)
class Difference:
    """A ranking item whose stored facts are not the ones its resolution gives now."""

    pair_id: int
    campaign_id: int
    state: str
    stored: int  # facts stored
    expected: int  # facts its resolution gives


@dataclass
class Refill:
    items: int = 0  # ranking items compared
    differing: list[Difference] = field(default_factory=list)  # with --check: found; else: rewritten


def refill_ranking_choices(campaign_ids: Sequence[int] = (), *, check: bool = False, batch: int = BATCH) -> Refill:
    """Compare the stored facts of every ranking item (of `campaign_ids`, else of every rankings
    campaign) with the ones its resolution gives, `batch` items at a time, and unless `check`
    rewrite those that differ.

    Safe while items are being resolved: an item found different is rewritten under its row lock
    (the one submission and arbitration take), from its resolution as it stands then.
    """
    items = Pair.objects.filter(campaign__kind=CampaignKind.RANKINGS)
    if campaign_ids:
        items = items.filter(campaign_id__in=list(campaign_ids))
    items = items.order_by("id").values_list("id", "campaign_id", "state")
    result = Refill()
    last = 0
    while rows := list(items.filter(id__gt=last)[:batch]):
        last = rows[-1][0]
        result.items += len(rows)
        differing = compare(rows)
        if differing and not check:
            with transaction.atomic():
                ids = [d.pair_id for d in differing]
                list(Pair.objects.select_for_update().filter(pk__in=ids).order_by("id").values_list("id"))
                record_ranking_choices(ids)
        result.differing += differing
    return result


def compare(rows: list[tuple[int, int, str]]) -> list[Difference]:
    """The items among `rows` (id, campaign id, state) whose stored facts differ from their resolution's."""
    pair_ids = [pk for pk, *_ in rows]
    stored: dict[int, Counter[Fact]] = {}
    for pk, *fact in RankingChoice.objects.filter(pair_id__in=pair_ids).values_list(
        "pair_id", "position", "safety", "pairs_all", "pairs_adjacent", "pairs_best"
    ):
        stored.setdefault(pk, Counter())[tuple(fact)] += 1
    expected = {pk: as_facts(choices) for pk, choices in ranking_choices_of(pair_ids).items()}
    none: Counter[Fact] = Counter()
    return [
        Difference(pk, campaign_id, state, stored.get(pk, none).total(), expected.get(pk, none).total())
        for pk, campaign_id, state in rows
        if stored.get(pk, none) != expected.get(pk, none)
    ]
