"""Expert decisions on disputed pairs (PROTOCOL §4) and ranking items (§10).

A ranking item is decided "ranked" (her order as tiers of candidate positions, ties allowed; she may
exclude candidates, give her own scores per candidate, and add a corrected answer that ranks above
every candidate) or "exclude" (the whole item is not used).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from annotation import ranking, rules
from annotation.deid import scrub_conversation
from annotation.errors import Conflict, NotFound, ServiceError
from annotation.models import Arbitration, CampaignKind, Candidate, DecisionChoice, Pair, PairState, User
from annotation.services import audit, clean_texts
from annotation.services.ranking_facts import record_ranking_choices
from annotation.services.submission import checked_candidate_scores
from medpref.core import webhooks
from medpref.core.roles import is_expert

#: States an expert may decide on; deciding again keeps the earlier decision as history.
ARBITRABLE_STATES = (PairState.DISPUTED, PairState.ARBITRATED, PairState.EXCLUDED)
#: The decisions on a pair, and on a ranking item.
PAIR_DECISIONS = (DecisionChoice.A, DecisionChoice.B, DecisionChoice.TIE, DecisionChoice.EXCLUDE)
RANKING_DECISIONS = (DecisionChoice.RANKED, DecisionChoice.EXCLUDE)


@transaction.atomic
def arbitrate(
    *,
    expert: User,
    pair_id: int,
    decision: str,
    rationale: str,
    scores: dict[str, rules.Scores] | None = None,
    corrected_response: str = "",
    ranking: Sequence[Sequence[int]] | None = None,
    excluded_candidates: Sequence[int] | None = None,
    candidate_scores: Sequence | None = None,
    now: datetime | None = None,
) -> Arbitration:
    """Record the final decision, with a rationale: a, b, tie or exclude (with optional scores) on a
    pair; ranked (an order, optional excluded candidates and scores) or exclude on a ranking item."""
    now = now or timezone.now()
    if not is_expert(expert):
        raise ServiceError(gettext("only experts may arbitrate"))
    if decision not in DecisionChoice.values:
        raise ServiceError(
            gettext("decision must be one of %(choices)s") % {"choices": ", ".join(DecisionChoice.values)}
        )
    rationale = (rationale or "").strip()
    if not rationale:
        raise ServiceError(gettext("an arbitration needs a rationale"))
    corrected_response = (corrected_response or "").strip()
    # Both can reach training data: stored de-identified, as one conversation so a person keeps one number.
    rationale, corrected_response = scrub_conversation([rationale, corrected_response]).texts
    if corrected_response and decision == DecisionChoice.EXCLUDE:
        raise ServiceError(gettext("a corrected response cannot go with 'exclude': the pair would not be used"))
    pair = Pair.objects.select_for_update(of=("self",)).select_related("campaign").filter(pk=pair_id).first()
    if pair is None:
        raise NotFound(gettext("pair %(id)s does not exist") % {"id": pair_id})
    if pair.state not in ARBITRABLE_STATES:
        raise Conflict(
            gettext("pair %(id)s is %(state)s; only disputed pairs go to arbitration")
            % {"id": pair.pk, "state": pair.state}
        )
    if pair.campaign.kind == CampaignKind.RANKINGS:
        return _arbitrate_ranking(
            pair,
            expert=expert,
            decision=decision,
            rationale=rationale,
            corrected_response=corrected_response,
            scores=scores,
            tiers=ranking,
            excluded_candidates=excluded_candidates,
            candidate_scores=candidate_scores,
            now=now,
        )
    if decision not in PAIR_DECISIONS or ranking or excluded_candidates or candidate_scores is not None:
        raise ServiceError(
            gettext(
                "pair %(id)s is a pair: decide a, b, tie or exclude (with scores for A and B); ranking, "
                "excluded_candidates and candidate_scores are for ranking items"
            )
            % {"id": pair.pk}
        )
    if scores is not None and decision != DecisionChoice.EXCLUDE:
        implied = rules.judge(
            scores["a"], scores["b"], safety_gate=pair.campaign.safety_gate, margin=pair.campaign.margin
        )
        if implied.preference != decision:
            raise ServiceError(
                (
                    gettext(
                        "your scores give '%(preference)s' under the priority rule (decided by %(dimension)s), but the decision is '%(decision)s': make them agree"
                    )
                    if implied.deciding_dimension
                    else gettext(
                        "your scores give '%(preference)s' under the priority rule, but the decision is '%(decision)s': make them agree"
                    )
                )
                % {"preference": implied.preference, "dimension": implied.deciding_dimension, "decision": decision}
            )
    score_values = (
        {f"{key}_{dimension}": getattr(scores[key], dimension) for key in ("a", "b") for dimension in rules.DIMENSIONS}
        if scores
        else {}
    )
    arbitration = Arbitration.objects.create(
        pair=pair,
        expert=expert,
        decision=decision,
        rationale=rationale,
        corrected_response=corrected_response,
        **score_values,
    )
    _decide(pair, arbitration, expert=expert, now=now, with_scores=scores is not None)
    _prescan_corrected_answer(pair, arbitration)
    return arbitration


def _prescan_corrected_answer(pair: Pair, arbitration: Arbitration) -> None:
    """An expert's answer goes to training data: a worker reaches the export gate's verdict on it once
    the decision commits (services.clean_texts), so the next snapshot need not scan it."""
    if arbitration.corrected_response:
        clean_texts.prescan_after_commit(pair.campaign_id, clean_texts.Watermark.arbitration(arbitration.pk))


def _decide(
    pair: Pair, arbitration: Arbitration, *, expert: User, now: datetime, with_scores: bool, ranked_item: bool = False
) -> None:
    """Apply the decision to the pair, write the audit record and tell the webhooks (same transaction)."""
    decision = arbitration.decision
    before = {"state": pair.state, "decision": pair.decision}
    if ranked_item:
        before["ranking"] = pair.ranking
    pair.state = PairState.EXCLUDED if decision == DecisionChoice.EXCLUDE else PairState.ARBITRATED
    pair.decision = decision
    pair.resolved_at = now
    fields = ["state", "decision", "resolved_at", "updated_at"]
    if ranked_item:
        # Deciding a ranking item always writes its order ("exclude" empties it).
        pair.ranking = arbitration.ranking
        fields.append("ranking")
    pair.save(update_fields=fields)
    if ranked_item:
        record_ranking_choices([pair.pk])
    after = {"state": pair.state, "decision": decision}
    if ranked_item:
        after.update(ranking=pair.ranking, excluded_candidates=arbitration.excluded_candidates)
    # In the same transaction: the trail names every decision that stands, and none that was rolled back.
    audit.record(
        "arbitration.decision",
        actor=expert,
        target=pair,
        campaign=pair.campaign,
        pair_external_id=pair.external_id,
        before=before,
        after=after,
        with_scores=with_scores,
        corrected_response=bool(arbitration.corrected_response),
    )
    webhooks.emit(
        "arbitration.decided",
        {"arbitration": arbitration.pk, "pair": pair.pk, "campaign": pair.campaign_id, "decision": decision, "state": pair.state, "previous_state": before["state"]},
    )  # fmt: skip


def _arbitrate_ranking(
    pair: Pair,
    *,
    expert: User,
    decision: str,
    rationale: str,
    corrected_response: str,
    scores,
    tiers,
    excluded_candidates,
    candidate_scores,
    now: datetime,
) -> Arbitration:
    """A ranking item's decision: "ranked" with a checked order, or "exclude" (PROTOCOL §10)."""
    if decision not in RANKING_DECISIONS:
        raise ServiceError(
            gettext("pair %(id)s is a ranking item: decide 'ranked' (with a ranking) or 'exclude', not '%(decision)s'")
            % {"id": pair.pk, "decision": decision},
            details={"decision": [gettext("ranked or exclude")]},
        )
    if scores is not None:
        raise ServiceError(
            gettext("pair %(id)s is a ranking item: give your scores as candidate_scores, one per candidate")
            % {"id": pair.pk},
            details={"scores": [gettext("not used for a ranking item")]},
        )
    count = Candidate.objects.filter(pair=pair).count()
    excluded = _checked_excluded(excluded_candidates or [], count=count)
    by_position = None
    if candidate_scores is not None:
        by_position = checked_candidate_scores(candidate_scores, count=count)
    order: list[list[int]] = []
    if decision == DecisionChoice.EXCLUDE:
        if tiers:
            raise ServiceError(
                gettext("an excluded item has no ranking: send decision 'ranked' to keep an order"),
                details={"ranking": [gettext("must be empty with 'exclude'")]},
            )
    else:
        if tiers is None:
            raise ServiceError(
                gettext("decision 'ranked' needs a ranking: tiers of candidate positions, best first"),
                details={"ranking": [gettext("required with 'ranked'")]},
            )
        try:
            order = [list(tier) for tier in ranking.checked_tiers(tiers, count=count, excluded=excluded)]
        except ValueError as exc:
            raise ServiceError(str(exc), details={"ranking": [str(exc)]}) from exc
        if not order:
            raise ServiceError(
                gettext("every candidate is excluded: decide 'exclude' to leave the whole item out"),
                details={"excluded_candidates": [gettext("keep at least one candidate, or decide 'exclude'")]},
            )
        if by_position is not None:
            _check_scores_agree(by_position, order, pair)
    arbitration = Arbitration.objects.create(
        pair=pair,
        expert=expert,
        decision=decision,
        rationale=rationale,
        corrected_response=corrected_response,
        ranking=order,
        excluded_candidates=sorted(excluded),
        candidate_scores=[s.as_dict() for s in by_position] if by_position is not None else [],
        # The A/B columns repeat candidates A and B, as an annotation's do.
        **(
            {f"{key}_{dimension}": getattr(s, dimension) for key, s in (("a", by_position[0]), ("b", by_position[1])) for dimension in rules.DIMENSIONS}
            if by_position is not None
            else {}
        ),
    )  # fmt: skip
    _decide(pair, arbitration, expert=expert, now=now, with_scores=by_position is not None, ranked_item=True)
    _prescan_corrected_answer(pair, arbitration)
    return arbitration


def _checked_excluded(excluded: Sequence[int], *, count: int) -> set[int]:
    if not isinstance(excluded, (list, tuple)):
        raise ServiceError(
            gettext("excluded_candidates must be a list of candidate positions"),
            details={"excluded_candidates": [gettext("expected a list")]},
        )
    for index, position in enumerate(excluded):
        if isinstance(position, bool) or not isinstance(position, int) or not 0 <= position < count:
            raise ServiceError(
                gettext(
                    "excluded_candidates[%(index)s]: there is no candidate at position %(position)r; positions go from 0 to %(last)s"
                )
                % {"index": index, "position": position, "last": count - 1},
                details={f"excluded_candidates[{index}]": [gettext("no such position")]},
            )
    return set(excluded)


def _check_scores_agree(by_position: list[rules.Scores], order: list[list[int]], pair: Pair) -> None:
    """Her scores, when she gives them, must give her order under the priority rule (as on a pair)."""
    implied = ranking.rank(by_position, safety_gate=pair.campaign.safety_gate, margin=pair.campaign.margin)
    for (i, j), stated in ranking.comparisons_of(order).items():
        scored = implied.comparisons[(i, j)]
        if scored != stated:
            raise ServiceError(
                gettext(
                    "your scores give %(scored)s under the priority rule, but your ranking gives %(stated)s: make them agree"
                )
                % {"scored": _said(scored, i, j), "stated": _said(stated, i, j)},
                details={"candidate_scores": [gettext("they disagree with the ranking")]},
            )


def _said(preference: str, i: int, j: int) -> str:
    a, b = ranking.letter(i), ranking.letter(j)
    return {"a": f"{a} above {b}", "b": f"{b} above {a}"}.get(preference, f"{a} tied with {b}")
