"""Submitting and revising annotations, and consensus when the last one arrives (PROTOCOL §3-4, §10).

Idempotent by `client_id`: a client that retries (network error, server restart) with the same id
gets the stored result back and nothing is created twice.

A ranking item (a pair of a rankings campaign) takes `candidate_scores`, one set of scores per
candidate position, instead of `scores`; the priority rule orders them (annotation.ranking) and the
A/B columns repeat candidates 0 and 1, so everything that reads pairs keeps working.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext

from annotation import ranking, rules
from annotation.deid import scrub
from annotation.errors import Conflict, ServiceError
from annotation.models import (
    Agreement,
    Annotation,
    AnnotationRevision,
    CampaignKind,
    Candidate,
    DecisionChoice,
    Lease,
    Pair,
    PairState,
    Skip,
    User,
)
from annotation.revision_window import open_for_revision
from annotation.services.assignment import a_shown_first, in_her_campaign, not_handed_to_you
from annotation.services.lifecycle import ensure_not_closed
from annotation.services.ranking_facts import record_closed_item
from medpref.core import webhooks
from medpref.core.roles import is_admin

MAX_FLAGS = 10
MAX_FLAG_CHARS = 100


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
    scores: dict[str, rules.Scores] | None = None,
    candidate_scores: Sequence | None = None,
    rationale: str = "",
    flags: list[str] | None = None,
    seconds_spent: float | None = None,
    a_on_left: bool | None = None,
    display_order: Sequence[int] | None = None,
    now: datetime | None = None,
) -> Submission:
    """Record her scores (A and B of a pair, or every candidate of a ranking item); revise them if
    she already judged this pending item.

    `candidate_scores`: one entry per candidate, each a mapping with its `position` and the three
    scores (as the API sends them), or `rules.Scores` in position order. `a_on_left` and
    `display_order` are used only when her lease is gone.
    """
    now = now or timezone.now()
    flags = clean_flags(flags)
    # A rationale can reach training data and exports: it is stored de-identified (PROTOCOL §7).
    rationale = scrub(rationale).text if rationale else ""
    with transaction.atomic():
        pair = Pair.objects.select_for_update(of=("self",)).select_related("campaign").filter(pk=pair_id).first()
        # Before anything that reads the pair (its kind or state), and in the same words whether it
        # exists or not: a pair not handed to her tells her nothing about itself.
        if pair is None or not in_her_campaign(pair, annotator):
            raise not_handed_to_you(pair_id)
        # Closing a campaign takes back the leases, so a late submission has none: it is told the
        # campaign closed (its status is shown to every member), not that the pair is not hers.
        ensure_not_closed(pair.campaign, gettext("annotations"))
        existing = Annotation.objects.filter(pair=pair, annotator=annotator).first()
        lease = None if existing is not None else Lease.objects.filter(pair=pair, annotator=annotator).first()
        if existing is None and lease is None and not is_admin(annotator):
            raise not_handed_to_you(pair_id)
        work = _work(pair, scores, candidate_scores)
        if existing is not None:
            if existing.client_id == client_id or existing.revisions.filter(client_id=client_id).exists():
                return Submission(existing, pair, "replayed")
            return _revise(existing, pair, client_id, work, rationale, flags, seconds_spent)
        if pair.state != PairState.PENDING:
            # Not its state: whether it closed in consensus or dispute is not hers to learn.
            raise Conflict(gettext("pair %(id)s takes no more annotations; ask for the next pair") % {"id": pair.pk})
        if lease is None or lease.expires_at <= now:
            _check_free_slot(pair, annotator, now)
        campaign = pair.campaign
        shown: list[int] = []
        if work.ranked:
            shown = list(lease.display_order) if lease is not None else _shown_order(display_order, work.count)
            if lease is None and shown:
                a_on_left = a_shown_first(shown)
        try:
            # Nothing was written yet: on a conflict the whole transaction is rolled back, no savepoint needed.
            annotation = Annotation.objects.create(
                pair=pair,
                campaign=campaign,
                annotator=annotator,
                client_id=client_id,
                **work.fields(campaign),
                display_order=shown,
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
            closing = pair.annotation_count >= campaign.annotations_per_pair
            read = close_pair(pair, now=now) if closing else []
            pair.save(update_fields=["annotation_count", *CLOSING_FIELDS])
            if closing and work.ranked:
                # The retrain check's facts, from what closing read: no more reads under the row lock.
                record_closed_item(pair, read, candidates=work.count)
    return Submission(annotation, pair, "created")


# --- what she scored: a pair's A and B, or every candidate of a ranking item -----------------------


@dataclass(frozen=True)
class Work:
    """Her scores, checked against the item: `candidates` by position for a ranking item, else A and B."""

    a: rules.Scores
    b: rules.Scores
    candidates: tuple[rules.Scores, ...] = ()

    @property
    def ranked(self) -> bool:
        return bool(self.candidates)

    @property
    def count(self) -> int:
        return len(self.candidates)

    def fields(self, campaign) -> dict:
        """The annotation's columns under the campaign's rule settings."""
        gate, margin = campaign.safety_gate, campaign.margin
        fields = {
            **score_fields({"a": self.a, "b": self.b}),
            **judgement_fields(rules.judge(self.a, self.b, safety_gate=gate, margin=margin)),
        }
        if self.ranked:
            judgement = ranking.rank(self.candidates, safety_gate=gate, margin=margin)
            fields.update(candidate_scores=[s.as_dict() for s in self.candidates], ranking=judgement.as_lists())
        else:
            fields.update(candidate_scores=[], ranking=[])
        return fields


def is_ranking_item(pair: Pair) -> bool:
    return pair.campaign.kind == CampaignKind.RANKINGS


def _work(pair: Pair, scores, candidate_scores) -> Work:
    """Check that what she sent fits the item's kind (and, for a ranking item, its candidates)."""
    if is_ranking_item(pair):
        if candidate_scores is None:
            raise ServiceError(
                gettext(
                    "pair %(id)s is a ranking item: send candidate_scores (the scores of every candidate, by position), not scores"
                )
                % {"id": pair.pk},
                details={"candidate_scores": [gettext("required for a ranking item")]},
            )
        if scores is not None:
            raise ServiceError(
                gettext("pair %(id)s is a ranking item: send candidate_scores only, without scores") % {"id": pair.pk},
                details={"scores": [gettext("not used for a ranking item")]},
            )
        count = Candidate.objects.filter(pair=pair).count()
        by_position = checked_candidate_scores(candidate_scores, count=count)
        return Work(by_position[0], by_position[1], tuple(by_position))
    if candidate_scores is not None:
        raise ServiceError(
            gettext("pair %(id)s is a pair: send scores for A and B, not candidate_scores") % {"id": pair.pk},
            details={"candidate_scores": [gettext("only for ranking items")]},
        )
    if scores is None:
        raise ServiceError(gettext("send scores for A and B"), details={"scores": [gettext("required for a pair")]})
    return Work(scores["a"], scores["b"])


def checked_candidate_scores(entries: Sequence, *, count: int, field: str = "candidate_scores") -> list[rules.Scores]:
    """Scores by position from what was sent: every position 0..count-1 exactly once.

    Each entry is a mapping with `position` and the three scores, or `rules.Scores` (its index is its
    position). Raises ServiceError naming the entry (`candidate_scores[2]`) or the positions.
    """
    if count < ranking.MIN_CANDIDATES:
        # Only a damaged item has fewer (imports and generation refuse them): say so rather than fail.
        raise Conflict(
            gettext("this ranking item has %(count)s candidate(s) stored, fewer than two; an admin must look at it")
            % {"count": count}
        )
    if not isinstance(entries, (list, tuple)):
        raise ServiceError(
            gettext("%(field)s must be a list with the scores of each candidate") % {"field": field},
            details={field: [gettext("expected a list")]},
        )
    found: dict[int, rules.Scores] = {}
    for index, entry in enumerate(entries):
        where = f"{field}[{index}]"
        if isinstance(entry, rules.Scores):
            position, scores = index, entry
        elif isinstance(entry, Mapping):
            position = entry.get("position")
            if isinstance(position, bool) or not isinstance(position, int):
                raise ServiceError(
                    gettext("%(where)s: position is missing; say which candidate these scores are for")
                    % {"where": where},
                    details={where: [gettext("position is required")]},
                )
            scores = _scores_of(entry, where)
        else:
            raise ServiceError(
                gettext("%(where)s must be an object with position, safety, professionalism and fluency")
                % {"where": where},
                details={where: [gettext("expected an object")]},
            )
        if not 0 <= position < count:
            raise ServiceError(
                gettext(
                    "%(where)s: there is no candidate at position %(position)s; this item's positions are 0 to %(last)s"
                )
                % {"where": where, "position": position, "last": count - 1},
                details={where: [gettext("no such position")]},
            )
        if position in found:
            raise ServiceError(
                gettext(
                    "%(where)s: candidate %(letter)s (position %(position)s) is scored twice; score each candidate once"
                )
                % {"where": where, "letter": ranking.letter(position), "position": position},
                details={where: [gettext("position given twice")]},
            )
        found[position] = scores
    missing = [p for p in range(count) if p not in found]
    if missing:
        names = ", ".join(f"{ranking.letter(p)} (position {p})" for p in missing)
        raise ServiceError(
            gettext("%(field)s: this item has %(count)s candidates and %(given)s were scored; missing %(names)s")
            % {"field": field, "count": count, "given": len(found), "names": names},
            details={field: [gettext("every candidate must be scored")]},
        )
    return [found[p] for p in range(count)]


def _scores_of(entry: Mapping, where: str) -> rules.Scores:
    for dimension in rules.DIMENSIONS:
        value = entry.get(dimension)
        if isinstance(value, bool) or not isinstance(value, int) or not rules.SCORE_MIN <= value <= rules.SCORE_MAX:
            raise ServiceError(
                gettext("%(where)s.%(dimension)s must be a whole number from %(min)s to %(max)s")
                % {"where": where, "dimension": dimension, "min": rules.SCORE_MIN, "max": rules.SCORE_MAX},
                details={f"{where}.{dimension}": [gettext("a score from 1 to 5")]},
            )
    return rules.Scores.from_dict(entry)


def _shown_order(display_order: Sequence[int] | None, count: int) -> list[int]:
    """The order she says she saw (only used without a lease): a permutation of the positions, or nothing."""
    if not display_order:
        return []
    shown = list(display_order)
    if sorted(shown) != list(range(count)):
        raise ServiceError(
            gettext("display_order must list each candidate position 0 to %(last)s once") % {"last": count - 1},
            details={"display_order": [gettext("not an order of this item's candidates")]},
        )
    return shown


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
    annotation: Annotation, pair: Pair, client_id: uuid.UUID, work: Work, rationale, flags, seconds_spent
) -> Submission:
    if not open_for_revision(pair):
        # The same words for every way a pair locks (consensus, dispute, a full gold pair): its outcome
        # and whether it is gold are not hers to learn.
        raise Conflict(
            gettext("your annotation of pair %(id)s can no longer be changed: its annotations are all in")
            % {"id": pair.pk}
        )
    kept = annotation.scores_dict()
    if annotation.candidate_scores:
        kept["candidates"] = annotation.candidate_scores
    AnnotationRevision.objects.create(
        annotation=annotation,
        revision=annotation.revision,
        client_id=annotation.client_id,
        scores=kept,
        preference=annotation.preference,
        deciding_dimension=annotation.deciding_dimension,
        ranking=annotation.ranking,
        rationale=annotation.rationale,
        flags=annotation.flags,
        seconds_spent=annotation.seconds_spent,
        made_at=annotation.updated_at,
    )
    campaign = pair.campaign
    for name, value in work.fields(campaign).items():
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
CLOSING_FIELDS = ["state", "decision", "dispute_reason", "safety_conflict", "resolved_at", "ranking", "updated_at"]

DISPUTE_REASON_LENGTH = Pair._meta.get_field("dispute_reason").max_length


def close_pair(pair: Pair, *, now: datetime) -> list[Annotation]:
    """Apply the consensus rule to a pair whose annotations are all in (the caller saves CLOSING_FIELDS);
    return the annotations it read, for the caller's further work on them."""
    campaign = pair.campaign
    annotations = list(pair.annotations.select_related("annotator").order_by("id"))
    if is_ranking_item(pair):
        _close_ranking(pair, annotations, now=now)
        return annotations
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
    return annotations


def _close_ranking(pair: Pair, annotations: list[Annotation], *, now: datetime) -> None:
    """`close_pair` for a ranking item: PROTOCOL §10's consensus on every two candidates."""
    campaign = pair.campaign
    # Each annotation is judged under the settings it was made with (they cannot change once labels exist).
    judgements = [ranking.rank_dicts(a.candidate_scores, settings=a.settings) for a in annotations]
    result = ranking.ranking_consensus(
        judgements, required=campaign.annotations_per_pair, agreement=campaign.agreement, quorum=campaign.quorum
    )
    pair.state = result.state
    pair.safety_conflict = result.safety_conflict
    pair.ranking = [list(tier) for tier in result.tiers] if result.state == PairState.CONSENSUS else []
    pair.decision = DecisionChoice.RANKED if result.state == PairState.CONSENSUS else None
    named = [(a.annotator.username, judgement) for a, judgement in zip(annotations, judgements)]
    quorum = None
    if campaign.agreement == Agreement.MAJORITY:
        quorum = campaign.quorum or rules.default_quorum(len(judgements))
    pair.dispute_reason = (
        ranking_dispute_reason(named, result, quorum=quorum) if result.state == PairState.DISPUTED else ""
    )
    pair.resolved_at = now if result.state == PairState.CONSENSUS else None
    webhooks.emit(
        "pair.resolved" if pair.state == PairState.CONSENSUS else "pair.disputed",
        {"pair": pair.pk, "campaign": campaign.pk, "state": pair.state, "decision": pair.decision or None, "safety_conflict": pair.safety_conflict, "ranking": pair.ranking},
    )  # fmt: skip


def ranking_dispute_reason(
    named: list[tuple[str, ranking.RankJudgement]], result: ranking.RankingConsensus, *, quorum: int | None = None
) -> str:
    """Why a ranking item went to an expert, naming annotators and candidates (letters by position).

    "safety conflict: physician1 scored C unsafe, physician2 did not", or
    "annotators disagree on A-B (physician1: A better, physician2: B better); C-D (...)".
    """
    if result.safety_conflict:
        parts = []
        for position in ranking.safety_conflicts([judgement for _, judgement in named]):
            unsafe = [name for name, judgement in named if judgement.unsafe[position]]
            safe = [name for name, judgement in named if not judgement.unsafe[position]]
            parts.append(f"{', '.join(unsafe)} scored {ranking.letter(position)} unsafe, {', '.join(safe)} did not")
        text = "safety conflict: " + "; ".join(parts)
    else:
        parts = []
        for i, j in result.disagreements:
            said = ", ".join(f"{name}: {_compared(judgement.comparisons[(i, j)], i, j)}" for name, judgement in named)
            parts.append(f"{ranking.letter(i)}-{ranking.letter(j)} ({said})")
        rule = "annotators disagree on" if quorum is None else f"no comparison reached quorum {quorum} on"
        text = f"{rule} " + "; ".join(parts)
    return text if len(text) <= DISPUTE_REASON_LENGTH else text[: DISPUTE_REASON_LENGTH - 1] + "…"


def _compared(preference: str, i: int, j: int) -> str:
    if preference == "tie":
        return "tie"
    return f"{ranking.letter(i if preference == 'a' else j)} better"


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
    """Her flags, distinct and de-identified: a flag is free text, shown and exported like a rationale,
    so it is scrubbed as one (PROTOCOL §7)."""
    cleaned = list(
        dict.fromkeys(flag.strip()[:MAX_FLAG_CHARS] for flag in (flags or []) if isinstance(flag, str) and flag.strip())
    )
    if len(cleaned) > MAX_FLAGS:
        raise ServiceError(gettext("at most %(count)s flags per annotation") % {"count": MAX_FLAGS})
    return list(dict.fromkeys(scrub(flag).text[:MAX_FLAG_CHARS] for flag in cleaned))
