"""Ranking items built straight with the models (PROTOCOL §10), for tests that need resolved
rankings without going through submission and arbitration: a rankings campaign, an item with its
K candidates (position 0 is response_a, 1 is response_b), annotations with every candidate's
scores, and the two ways an item resolves (consensus, an expert's order)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from annotation import ranking, rules
from annotation.models import (
    Annotation,
    Arbitration,
    Campaign,
    CampaignKind,
    CampaignStatus,
    Candidate,
    Pair,
    PairState,
    Prompt,
    Response,
    User,
)
from annotation.rules import Scores
from annotation.services.ranking_facts import record_ranking_choices, refill_ranking_choices

GOOD, OKAY = Scores(5, 4, 4), Scores(4, 4, 4)  # a candidate's scores: GOOD ranks above OKAY, two OKAYs tie


def make_ranking_campaign(name: str = "Rankings round 1", **fields) -> Campaign:
    """An active rankings campaign (gold rate 0) with the default rule settings unless told."""
    fields = {"status": CampaignStatus.ACTIVE, "gold_rate": 0.0, **fields}
    return Campaign.objects.create(name=name, kind=CampaignKind.RANKINGS, **fields)


def make_ranking_item(
    campaign: Campaign,
    texts: Sequence[str],
    *,
    external_id: str,
    messages: list[dict] | None = None,
    pk: int | None = None,
) -> Pair:
    """One prompt with `texts` as its candidates at positions 0..K-1."""
    prompt = Prompt.objects.create(
        campaign=campaign,
        external_id=external_id,
        messages=messages or [{"role": "user", "content": f"Question {external_id}: is this rash serious?"}],
    )
    responses = [Response.objects.create(prompt=prompt, text=text, source=f"model-{i}") for i, text in enumerate(texts)]
    item = Pair.objects.create(
        **({"pk": pk} if pk is not None else {}),
        campaign=campaign,
        prompt=prompt,
        response_a=responses[0],
        response_b=responses[1],
        external_id=external_id,
    )
    Candidate.objects.bulk_create(
        [Candidate(pair=item, response=response, position=i) for i, response in enumerate(responses)]
    )
    return item


def annotate(user: User, item: Pair, scores: Sequence[Scores]) -> Annotation:
    """Her scores of every candidate, stored as submission stores them: the derived tiers, and the
    A/B columns as the pair rule judges candidates 0 and 1."""
    settings = item.campaign.rule_settings()
    judgement = ranking.rank(scores, safety_gate=settings["safety_gate"], margin=settings["margin"])
    pair = rules.judge(scores[0], scores[1], safety_gate=settings["safety_gate"], margin=settings["margin"])
    annotation = Annotation.objects.create(
        pair=item,
        campaign=item.campaign,
        annotator=user,
        client_id=uuid.uuid4(),
        **{f"{key}_{d}": getattr(scores[i], d) for i, key in enumerate("ab") for d in rules.DIMENSIONS},
        preference=pair.preference,
        deciding_dimension=pair.deciding_dimension,
        a_unsafe=pair.a_unsafe,
        b_unsafe=pair.b_unsafe,
        candidate_scores=[s.as_dict() for s in scores],
        ranking=judgement.as_lists(),
        display_order=list(range(len(scores))),
        settings=settings,
    )
    Pair.objects.filter(pk=item.pk).update(annotation_count=item.annotations.count())
    return annotation


def close(item: Pair) -> Pair:
    """Resolve the item from its annotations as PROTOCOL §10 says: consensus with its order, or disputed."""
    campaign = item.campaign
    result = ranking.ranking_consensus(
        [ranking.rank_dicts(a.candidate_scores, settings=a.settings) for a in item.annotations.all()],
        required=campaign.annotations_per_pair,
        agreement=campaign.agreement,
        quorum=campaign.quorum,
    )
    item.state = result.state
    item.safety_conflict = result.safety_conflict
    item.dispute_reason = result.reason if result.state == PairState.DISPUTED else ""
    item.decision = "ranked" if result.state == PairState.CONSENSUS else None
    item.ranking = [list(tier) for tier in result.tiers]
    item.save()
    record_ranking_choices([item.pk])  # as the services do with every resolution: the retrain check counts these
    return item


def decide(
    expert: User,
    item: Pair,
    tiers: Sequence[Sequence[int]] = (),
    *,
    excluded: Sequence[int] = (),
    candidate_scores: Sequence[Scores] | None = None,
    corrected_response: str = "",
    decision: str = "ranked",
) -> Arbitration:
    """An expert's order on the item (or 'exclude' for the whole item), in force from now on."""
    count = item.candidates.count()
    checked = ranking.checked_tiers([list(t) for t in tiers], count=count, excluded=excluded) if tiers else ()
    arbitration = Arbitration.objects.create(
        pair=item,
        expert=expert,
        decision=decision,
        rationale="The expert's order",
        corrected_response=corrected_response,
        ranking=[list(t) for t in checked],
        excluded_candidates=sorted(excluded),
        candidate_scores=[s.as_dict() for s in candidate_scores] if candidate_scores else [],
    )
    # As services.arbitration does: excluding the whole item takes it out of every export.
    item.state = PairState.EXCLUDED if decision == "exclude" else PairState.ARBITRATED
    item.decision = decision
    item.ranking = [list(t) for t in checked]
    item.save()
    record_ranking_choices([item.pk])
    return arbitration


def assert_ranking_facts_current() -> None:
    """Every ranking item's stored RankingChoice facts are the ones its resolution gives: a path that
    resolves items and forgets to write them (the retrain check would count too few rows) fails here."""
    differing = refill_ranking_choices(check=True).differing
    assert not differing, f"stale RankingChoice facts: {differing}"
