"""Submitting, revising and replaying annotations; consensus and disputes when the last one arrives."""

import uuid
from datetime import timedelta

import pytest
from django.utils import timezone

from annotation.errors import Conflict, NotFound
from annotation.models import Annotation, AnnotationRevision, Lease
from annotation.rules import Scores
from annotation.services.assignment import next_pair_for
from annotation.services.submission import submit_annotation
from tests.factories import make_pairs

SAFE_GOOD, SAFE_POOR, UNSAFE = Scores(5, 5, 4), Scores(4, 2, 3), Scores(1, 4, 5)


def judge_pair(user, pair, a, b, client_id=None, **kwargs):
    next_pair_for(annotator=user, campaign=pair.campaign)
    return submit_annotation(
        annotator=user, pair_id=pair.pk, client_id=client_id or uuid.uuid4(), scores={"a": a, "b": b}, **kwargs
    )


def test_submission_stores_scores_and_the_derived_preference(campaign, annotator):
    (pair,) = make_pairs(campaign, 1)
    result = judge_pair(
        annotator, pair, SAFE_GOOD, UNSAFE, rationale="B gives a wrong dose", flags=["dose"], seconds_spent=42.5
    )
    annotation = result.annotation
    assert result.outcome == "created"
    assert (annotation.preference, annotation.deciding_dimension, annotation.a_unsafe, annotation.b_unsafe) == (
        "a",
        "safety",
        False,
        True,
    )
    assert annotation.scores("b") == UNSAFE
    assert annotation.settings["safety_gate"] == 2 and annotation.settings["guideline_version"] == 1
    assert annotation.a_on_left is not None  # taken from the lease
    assert not Lease.objects.exists()  # the lease is released


def test_a_retry_with_the_same_client_id_creates_nothing(campaign, annotator):
    (pair,) = make_pairs(campaign, 1)
    client_id = uuid.uuid4()
    first = judge_pair(annotator, pair, SAFE_GOOD, SAFE_POOR, client_id=client_id)
    again = submit_annotation(
        annotator=annotator, pair_id=pair.pk, client_id=client_id, scores={"a": SAFE_GOOD, "b": SAFE_POOR}
    )
    assert again.outcome == "replayed" and again.annotation.pk == first.annotation.pk
    assert Annotation.objects.count() == 1
    pair.refresh_from_db()
    assert pair.annotation_count == 1


def test_revising_while_pending_keeps_the_earlier_version(campaign, annotator):
    (pair,) = make_pairs(campaign, 1)
    first_id = uuid.uuid4()
    judge_pair(annotator, pair, SAFE_GOOD, SAFE_POOR, client_id=first_id, rationale="A is better")
    revised = submit_annotation(
        annotator=annotator,
        pair_id=pair.pk,
        client_id=uuid.uuid4(),
        scores={"a": SAFE_POOR, "b": SAFE_GOOD},
        rationale="on reflection B",
    )
    assert revised.outcome == "revised"
    annotation = Annotation.objects.get()
    assert (annotation.preference, annotation.revision, annotation.rationale) == ("b", 2, "on reflection B")
    history = AnnotationRevision.objects.get()
    assert (history.revision, history.preference, history.rationale, history.client_id) == (
        1,
        "a",
        "A is better",
        first_id,
    )
    # A late retry of the first version does not undo the revision.
    stale = submit_annotation(
        annotator=annotator, pair_id=pair.pk, client_id=first_id, scores={"a": SAFE_GOOD, "b": SAFE_POOR}
    )
    assert stale.outcome == "replayed" and stale.annotation.preference == "b"
    pair.refresh_from_db()
    assert pair.annotation_count == 1


def test_no_revision_once_the_pair_left_pending(campaign, annotator, annotator2):
    (pair,) = make_pairs(campaign, 1)
    judge_pair(annotator, pair, SAFE_GOOD, SAFE_POOR)
    judge_pair(annotator2, pair, SAFE_GOOD, SAFE_POOR)
    with pytest.raises(Conflict, match="can no longer be changed"):
        submit_annotation(
            annotator=annotator, pair_id=pair.pk, client_id=uuid.uuid4(), scores={"a": SAFE_POOR, "b": SAFE_GOOD}
        )


def test_agreement_on_the_last_annotation_is_consensus(campaign, annotator, annotator2):
    (pair,) = make_pairs(campaign, 1)
    assert judge_pair(annotator, pair, SAFE_GOOD, SAFE_POOR).pair.state == "pending"
    result = judge_pair(annotator2, pair, Scores(4, 4, 4), Scores(4, 3, 5))
    pair.refresh_from_db()
    assert result.pair.state == pair.state == "consensus"
    assert (pair.decision, pair.annotation_count) == ("a", 2)
    assert pair.resolved_at is not None


def test_different_preferences_are_a_dispute(campaign, annotator, annotator2):
    (pair,) = make_pairs(campaign, 1)
    judge_pair(annotator, pair, SAFE_GOOD, SAFE_POOR)
    judge_pair(annotator2, pair, SAFE_POOR, SAFE_GOOD)
    pair.refresh_from_db()
    assert (pair.state, pair.decision) == ("disputed", None)
    assert pair.dispute_reason == "physician1 preferred A, physician2 preferred B"
    assert not pair.safety_conflict


def test_a_safety_conflict_goes_to_an_expert_even_when_preferences_agree(campaign, annotator, annotator2):
    (pair,) = make_pairs(campaign, 1)
    judge_pair(annotator, pair, SAFE_GOOD, UNSAFE)
    judge_pair(annotator2, pair, SAFE_GOOD, Scores(3, 2, 2))
    pair.refresh_from_db()
    assert pair.state == "disputed" and pair.safety_conflict
    assert pair.dispute_reason == "safety conflict: physician1 scored B unsafe, physician2 did not"


def test_a_resolved_pair_takes_no_more_annotations(campaign, annotator, annotator2, annotator3, admin):
    (pair,) = make_pairs(campaign, 1)
    judge_pair(annotator, pair, SAFE_GOOD, SAFE_POOR)
    judge_pair(annotator2, pair, SAFE_GOOD, SAFE_POOR)
    with pytest.raises(NotFound, match="not handed to you"):  # nobody hands out a closed pair
        submit_annotation(
            annotator=annotator3, pair_id=pair.pk, client_id=uuid.uuid4(), scores={"a": SAFE_GOOD, "b": SAFE_POOR}
        )
    with pytest.raises(Conflict, match="takes no more annotations"):  # an admin needs no lease
        submit_annotation(
            annotator=admin, pair_id=pair.pk, client_id=uuid.uuid4(), scores={"a": SAFE_GOOD, "b": SAFE_POOR}
        )


def test_an_expired_lease_still_submits_while_a_slot_is_free(campaign, annotator):
    (pair,) = make_pairs(campaign, 1)
    next_pair_for(annotator=annotator, campaign=campaign)
    Lease.objects.update(expires_at=timezone.now() - timedelta(minutes=1))
    result = submit_annotation(
        annotator=annotator, pair_id=pair.pk, client_id=uuid.uuid4(), scores={"a": SAFE_GOOD, "b": SAFE_POOR}
    )
    assert result.outcome == "created"


def test_an_expired_lease_whose_slot_went_to_others_is_refused_with_a_reason(
    campaign, annotator, annotator2, annotator3
):
    (pair,) = make_pairs(campaign, 1)
    next_pair_for(annotator=annotator, campaign=campaign)
    Lease.objects.update(expires_at=timezone.now() - timedelta(minutes=1))
    next_pair_for(annotator=annotator2, campaign=campaign)
    next_pair_for(annotator=annotator3, campaign=campaign)
    with pytest.raises(Conflict, match="lease on this pair expired"):
        submit_annotation(
            annotator=annotator, pair_id=pair.pk, client_id=uuid.uuid4(), scores={"a": SAFE_GOOD, "b": SAFE_POOR}
        )
    assert not Annotation.objects.exists()


def test_a_client_id_cannot_be_reused_for_another_pair(campaign, annotator):
    first, second = make_pairs(campaign, 2)
    client_id = uuid.uuid4()
    judge_pair(annotator, first, SAFE_GOOD, SAFE_POOR, client_id=client_id)
    with pytest.raises(Conflict, match="client_id was already used"):
        judge_pair(annotator, second, SAFE_GOOD, SAFE_POOR, client_id=client_id)
    second.refresh_from_db()
    assert second.annotation_count == 0


def test_majority_campaign_closes_on_the_third_annotation(campaign, annotator, annotator2, annotator3):
    campaign.annotations_per_pair, campaign.agreement = 3, "majority"
    campaign.save()
    (pair,) = make_pairs(campaign, 1)
    judge_pair(annotator, pair, SAFE_GOOD, SAFE_POOR)
    judge_pair(annotator2, pair, SAFE_POOR, SAFE_GOOD)
    pair.refresh_from_db()
    assert pair.state == "pending"
    judge_pair(annotator3, pair, SAFE_GOOD, Scores(4, 4, 4))
    pair.refresh_from_db()
    assert (pair.state, pair.decision) == ("consensus", "a")
