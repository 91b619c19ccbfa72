"""Expert decisions on disputed pairs (PROTOCOL §4)."""

from __future__ import annotations

from datetime import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from annotation import rules
from annotation.deid import scrub_conversation
from annotation.errors import Conflict, NotFound, ServiceError
from annotation.models import Arbitration, DecisionChoice, Pair, PairState, User
from annotation.services import audit
from medpref.core import webhooks
from medpref.core.roles import is_expert

#: States an expert may decide on; deciding again keeps the earlier decision as history.
ARBITRABLE_STATES = (PairState.DISPUTED, PairState.ARBITRATED, PairState.EXCLUDED)


@transaction.atomic
def arbitrate(
    *,
    expert: User,
    pair_id: int,
    decision: str,
    rationale: str,
    scores: dict[str, rules.Scores] | None = None,
    corrected_response: str = "",
    now: datetime | None = None,
) -> Arbitration:
    """Record the final decision: a, b, tie or exclude, with a rationale and optional scores."""
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
    before = {"state": pair.state, "decision": pair.decision}
    pair.state = PairState.EXCLUDED if decision == DecisionChoice.EXCLUDE else PairState.ARBITRATED
    pair.decision = decision
    pair.resolved_at = now
    pair.save(update_fields=["state", "decision", "resolved_at", "updated_at"])
    # In the same transaction: the trail names every decision that stands, and none that was rolled back.
    audit.record(
        "arbitration.decision",
        actor=expert,
        target=pair,
        campaign=pair.campaign,
        pair_external_id=pair.external_id,
        before=before,
        after={"state": pair.state, "decision": decision},
        with_scores=scores is not None,
        corrected_response=bool(corrected_response),
    )
    webhooks.emit(
        "arbitration.decided",
        {"arbitration": arbitration.pk, "pair": pair.pk, "campaign": pair.campaign_id, "decision": decision, "state": pair.state, "previous_state": before["state"]},
    )  # fmt: skip
    return arbitration
