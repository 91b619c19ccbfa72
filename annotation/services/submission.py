"""Submitting and revising annotations, and consensus when the last one arrives (PROTOCOL §3-4).

Idempotent by `client_id`: a client that retries (network error, server restart) with the same id
gets the stored result back and nothing is created twice.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext

from annotation import rules
from annotation.deid import scrub
from annotation.errors import Conflict, NotFound, ServiceError
from annotation.models import Agreement, Annotation, AnnotationRevision, Lease, Pair, PairState, Skip, User
from annotation.services.lifecycle import ensure_not_closed
from annotation.services.membership import is_member
from medpref.core import webhooks
from medpref.core.roles import is_admin

MAX_FLAGS = 10


@dataclass(frozen=True)
class Submission:
    annotation: Annotation
    pair: Pair
    outcome: str  # "created", "revised" or "replayed"


def submit_annotation(
    *,
    annotator: User,
    pair_id: int,
    client_id: uuid.UUID,
    scores: dict[str, rules.Scores],
    rationale: str = "",
    flags: list[str] | None = None,
    seconds_spent: float | None = None,
    a_on_left: bool | None = None,
    now: datetime | None = None,
) -> Submission:
    """Record her scores for A and B; revise them if she already judged this pending pair."""
    now = now or timezone.now()
    flags = clean_flags(flags)
    # A rationale can reach training data and exports: it is stored de-identified (PROTOCOL §7).
    rationale = scrub(rationale).text if rationale else ""
    with transaction.atomic():
        pair = Pair.objects.select_for_update(of=("self",)).select_related("campaign").filter(pk=pair_id).first()
        if pair is None:
            raise NotFound(gettext("pair %(id)s does not exist") % {"id": pair_id})
        ensure_not_closed(pair.campaign, gettext("annotations"))
        if not is_admin(annotator) and not is_member(annotator, pair.campaign):
            # Removed from the campaign (or never in it): her earlier annotation may not be revised either.
            raise NotFound(gettext("pair %(id)s was not handed to you; ask for the next pair") % {"id": pair.pk})
        existing = Annotation.objects.filter(pair=pair, annotator=annotator).first()
        if existing is not None:
            if existing.client_id == client_id or existing.revisions.filter(client_id=client_id).exists():
                return Submission(existing, pair, "replayed")
            return _revise(existing, pair, client_id, scores, rationale, flags, seconds_spent)
        if pair.state != PairState.PENDING:
            raise Conflict(
                gettext("pair %(id)s is already %(state)s; it takes no more annotations")
                % {"id": pair.pk, "state": pair.state}
            )
        lease = Lease.objects.filter(pair=pair, annotator=annotator).first()
        if lease is None and not is_admin(annotator):
            raise NotFound(gettext("pair %(id)s was not handed to you; ask for the next pair") % {"id": pair.pk})
        if lease is None or lease.expires_at <= now:
            _check_free_slot(pair, annotator, now)
        campaign = pair.campaign
        judgement = rules.judge(scores["a"], scores["b"], safety_gate=campaign.safety_gate, margin=campaign.margin)
        try:
            # Nothing was written yet: on a conflict the whole transaction is rolled back, no savepoint needed.
            annotation = Annotation.objects.create(
                pair=pair,
                campaign=campaign,
                annotator=annotator,
                client_id=client_id,
                **score_fields(scores),
                **judgement_fields(judgement),
                a_on_left=lease.a_on_left if lease is not None else a_on_left,
                rationale=rationale,
                flags=flags,
                seconds_spent=seconds_spent,
                settings=campaign.rule_settings(),
            )
        except IntegrityError as exc:
            raise Conflict(
                gettext("this client_id was already used for another annotation; send a new one for new work")
            ) from exc
        if lease is not None:
            Lease.objects.filter(pk=lease.pk).delete()
        if not pair.is_gold:
            pair.annotation_count += 1
            if pair.annotation_count >= campaign.annotations_per_pair:
                close_pair(pair, now=now)
            pair.save(update_fields=["annotation_count", *CLOSING_FIELDS])
    return Submission(annotation, pair, "created")


def _check_free_slot(pair: Pair, annotator: User, now: datetime) -> None:
    """Without a live lease she may still submit, if nobody else took her slot meanwhile."""
    if pair.is_gold:
        return
    if Skip.objects.filter(pair=pair, annotator=annotator).exists():
        raise Conflict(gettext("you skipped this pair; it is no longer yours to judge"))
    others = Lease.objects.filter(pair=pair, expires_at__gt=now).exclude(annotator=annotator).count()
    if pair.annotation_count + others >= pair.campaign.annotations_per_pair:
        raise Conflict(
            gettext(
                "your lease on this pair expired and its slot was given to another annotator; your scores were not saved, ask for the next pair"
            )
        )


def _revise(
    annotation: Annotation, pair: Pair, client_id: uuid.UUID, scores, rationale, flags, seconds_spent
) -> Submission:
    if pair.state != PairState.PENDING:
        raise Conflict(
            gettext("pair %(id)s is already %(state)s; annotations can only be revised while it is pending")
            % {"id": pair.pk, "state": pair.state}
        )
    AnnotationRevision.objects.create(
        annotation=annotation,
        revision=annotation.revision,
        client_id=annotation.client_id,
        scores=annotation.scores_dict(),
        preference=annotation.preference,
        deciding_dimension=annotation.deciding_dimension,
        rationale=annotation.rationale,
        flags=annotation.flags,
        seconds_spent=annotation.seconds_spent,
        made_at=annotation.updated_at,
    )
    campaign = pair.campaign
    judgement = rules.judge(scores["a"], scores["b"], safety_gate=campaign.safety_gate, margin=campaign.margin)
    for name, value in {**score_fields(scores), **judgement_fields(judgement)}.items():
        setattr(annotation, name, value)
    annotation.client_id = client_id
    annotation.rationale = rationale
    annotation.flags = flags
    annotation.seconds_spent = seconds_spent
    annotation.settings = campaign.rule_settings()
    annotation.revision += 1
    try:
        with transaction.atomic():
            annotation.save()
    except IntegrityError as exc:
        raise Conflict(
            gettext("this client_id was already used for another annotation; send a new one for new work")
        ) from exc
    return Submission(annotation, pair, "revised")


#: The fields `close_pair` sets, for the callers' `save(update_fields=...)`.
CLOSING_FIELDS = ["state", "decision", "dispute_reason", "safety_conflict", "resolved_at", "updated_at"]

DISPUTE_REASON_LENGTH = Pair._meta.get_field("dispute_reason").max_length


def close_pair(pair: Pair, *, now: datetime) -> None:
    """Apply the consensus rule to a pair whose annotations are all in (the caller saves CLOSING_FIELDS)."""
    campaign = pair.campaign
    annotations = list(pair.annotations.select_related("annotator").order_by("id"))
    judgements = [annotation.judgement() for annotation in annotations]
    result = rules.consensus(
        judgements, required=campaign.annotations_per_pair, agreement=campaign.agreement, quorum=campaign.quorum
    )
    pair.state = result.state
    pair.decision = result.decision
    pair.safety_conflict = result.safety_conflict
    quorum = (
        (campaign.quorum or rules.default_quorum(len(judgements))) if campaign.agreement == Agreement.MAJORITY else None
    )
    named = [(annotation.annotator.username, judgement) for annotation, judgement in zip(annotations, judgements)]
    pair.dispute_reason = (
        dispute_reason(named, safety_conflict=result.safety_conflict, quorum=quorum)
        if result.state == PairState.DISPUTED
        else ""
    )
    pair.resolved_at = now if result.state == PairState.CONSENSUS else None
    webhooks.emit(
        "pair.resolved" if pair.state == PairState.CONSENSUS else "pair.disputed",
        {"pair": pair.pk, "campaign": campaign.pk, "state": pair.state, "decision": pair.decision or None, "safety_conflict": pair.safety_conflict},
    )  # fmt: skip


def dispute_reason(
    named: list[tuple[str, rules.Judgement]], *, safety_conflict: bool, quorum: int | None = None
) -> str:
    """Why a pair went to an expert, in words she reads at a glance.

    "safety conflict: physician1 scored A unsafe, physician2 did not", or "physician1 preferred B,
    physician2 preferred A" (after "no preference reached quorum 2:" under the majority rule).
    """
    if safety_conflict:
        parts = []
        for key in ("a", "b"):
            unsafe = [name for name, judgement in named if getattr(judgement, f"{key}_unsafe")]
            if unsafe and len(unsafe) < len(named):
                safe = [name for name, judgement in named if not getattr(judgement, f"{key}_unsafe")]
                parts.append(f"{', '.join(unsafe)} scored {key.upper()} unsafe, {', '.join(safe)} did not")
        text = "safety conflict: " + "; ".join(parts)
    else:
        said = ", ".join(
            f"{name} saw a tie" if judgement.preference == "tie" else f"{name} preferred {judgement.preference.upper()}"
            for name, judgement in named
        )
        text = said if quorum is None else f"no preference reached quorum {quorum}: {said}"
    return text if len(text) <= DISPUTE_REASON_LENGTH else text[: DISPUTE_REASON_LENGTH - 1] + "…"


def score_fields(scores: dict[str, rules.Scores]) -> dict[str, int]:
    return {
        f"{key}_{dimension}": getattr(scores[key], dimension) for key in ("a", "b") for dimension in rules.DIMENSIONS
    }


def judgement_fields(judgement: rules.Judgement) -> dict:
    return {
        "preference": judgement.preference,
        "deciding_dimension": judgement.deciding_dimension,
        "a_unsafe": judgement.a_unsafe,
        "b_unsafe": judgement.b_unsafe,
    }


def clean_flags(flags: list[str] | None) -> list[str]:
    cleaned = list(
        dict.fromkeys(flag.strip()[:100] for flag in (flags or []) if isinstance(flag, str) and flag.strip())
    )
    if len(cleaned) > MAX_FLAGS:
        raise ServiceError(gettext("at most %(count)s flags per annotation") % {"count": MAX_FLAGS})
    return cleaned
