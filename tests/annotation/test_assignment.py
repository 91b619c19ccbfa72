"""PROTOCOL §5: who gets which pair next, leases, skips and gold pairs."""

import random
from datetime import timedelta

import pytest
from django.utils import timezone

from annotation.errors import Conflict, NotFound
from annotation.models import Lease, Skip
from annotation.rules import Scores
from annotation.services import assignment
from annotation.services.assignment import next_pair_for, skip_pair
from tests.factories import join, judge_pair, make_pairs, make_user

GOOD, POOR = Scores(5, 5, 5), Scores(3, 3, 3)


def submit(user, pair, a=GOOD, b=POOR):
    return judge_pair(user, pair, a, b)


def test_oldest_pair_first_and_a_lease_is_taken(campaign, annotator):
    first, _ = make_pairs(campaign, 2)
    handed = next_pair_for(annotator=annotator, campaign=campaign)
    assert handed.pair == first
    lease = Lease.objects.get()
    assert (lease.annotator, lease.pair, lease.a_on_left) == (annotator, first, handed.a_on_left)
    assert lease.expires_at - timezone.now() == pytest.approx(timedelta(minutes=10), abs=timedelta(seconds=5))


def test_a_reload_gives_the_same_pair_while_the_lease_lives(campaign, annotator):
    make_pairs(campaign, 3)
    first = next_pair_for(annotator=annotator, campaign=campaign)
    again = next_pair_for(annotator=annotator, campaign=campaign)
    assert (again.pair, again.a_on_left, again.lease_expires_at) == (
        first.pair,
        first.a_on_left,
        first.lease_expires_at,
    )
    assert Lease.objects.count() == 1


def test_begun_pairs_come_first_then_priority_then_oldest(campaign, annotator, annotator2, annotator3):
    old, urgent, begun = make_pairs(campaign, 3)
    urgent.priority = 10
    urgent.save()
    submit(annotator, begun)
    assert next_pair_for(annotator=annotator2, campaign=campaign).pair == begun
    assert next_pair_for(annotator=annotator3, campaign=campaign).pair == urgent


def test_a_pair_with_all_slots_leased_is_not_handed_out(campaign, annotator, annotator2, annotator3):
    (only,) = make_pairs(campaign, 1)
    next_pair_for(annotator=annotator, campaign=campaign)
    next_pair_for(annotator=annotator2, campaign=campaign)
    assert next_pair_for(annotator=annotator3, campaign=campaign) is None


def test_an_expired_lease_frees_its_slot(campaign, annotator, annotator2, annotator3):
    (only,) = make_pairs(campaign, 1)
    next_pair_for(annotator=annotator, campaign=campaign)
    next_pair_for(annotator=annotator2, campaign=campaign)
    Lease.objects.filter(annotator=annotator).update(expires_at=timezone.now() - timedelta(seconds=1))
    assert next_pair_for(annotator=annotator3, campaign=campaign).pair == only


def test_no_annotator_gets_a_pair_she_already_judged(campaign, annotator):
    first, second = make_pairs(campaign, 2)
    submit(annotator, first)
    assert next_pair_for(annotator=annotator, campaign=campaign).pair == second
    submit(annotator, second)
    assert next_pair_for(annotator=annotator, campaign=campaign) is None


def test_nothing_left_when_every_pair_has_its_annotations(campaign, annotator, annotator2, annotator3):
    (only,) = make_pairs(campaign, 1)
    submit(annotator, only)
    submit(annotator2, only)
    assert next_pair_for(annotator=annotator3, campaign=campaign) is None


def test_skip_releases_the_lease_and_the_pair_is_not_offered_again(campaign, annotator, annotator2):
    first, second = make_pairs(campaign, 2)
    assert next_pair_for(annotator=annotator, campaign=campaign).pair == first
    skip_pair(annotator=annotator, pair_id=first.pk, reason="not my specialty")
    assert not Lease.objects.filter(annotator=annotator).exists()
    assert next_pair_for(annotator=annotator, campaign=campaign).pair == second
    assert next_pair_for(annotator=annotator2, campaign=campaign).pair == first  # others still get it
    skip_pair(annotator=annotator, pair_id=first.pk, reason="again")  # idempotent
    assert Skip.objects.filter(annotator=annotator).count() == 1


def test_a_pair_outside_her_campaigns_is_answered_as_one_that_does_not_exist(campaign, annotator):
    """Skipping is no oracle: another campaign's pair and a missing one get the same answer, and nothing is stored."""
    outsider = make_user("outsider-skip")
    (pair,) = make_pairs(campaign, 1)
    answers = []
    for pair_id in (pair.pk, pair.pk + 10_000):
        with pytest.raises(NotFound) as refused:
            skip_pair(annotator=outsider, pair_id=pair_id, reason="not my specialty")
        answers.append(str(refused.value).replace(str(pair_id), "N"))
    assert answers[0] == answers[1] and "not handed to you" in answers[0]
    assert not Skip.objects.exists()
    skip_pair(annotator=annotator, pair_id=pair.pk, reason="not my specialty")  # a member may
    assert Skip.objects.filter(annotator=annotator).count() == 1


def test_a_skip_that_fails_half_way_keeps_her_lease(campaign, annotator, monkeypatch):
    """All or nothing: the lease is released only with the skip stored."""
    (pair,) = make_pairs(campaign, 1)
    assert next_pair_for(annotator=annotator, campaign=campaign).pair == pair

    def broken(text):
        raise RuntimeError("scrubber down")

    monkeypatch.setattr(assignment, "scrub", broken)
    with pytest.raises(RuntimeError):
        skip_pair(annotator=annotator, pair_id=pair.pk, reason="not my specialty")
    assert Lease.objects.filter(annotator=annotator, pair=pair).exists() and not Skip.objects.exists()


def test_skip_needs_a_reason_and_cannot_undo_a_judgement(campaign, annotator):
    (pair,) = make_pairs(campaign, 1)
    with pytest.raises(Conflict):
        skip_pair(annotator=annotator, pair_id=pair.pk, reason="  ")
    submit(annotator, pair)
    with pytest.raises(Conflict):
        skip_pair(annotator=annotator, pair_id=pair.pk, reason="changed my mind")


def test_gold_pairs_are_mixed_in_at_the_campaign_rate_and_judged_by_everyone(
    campaign, annotator, annotator2, annotator3
):
    campaign.gold_rate = 1.0
    campaign.save()
    (gold,) = make_pairs(campaign, 1, is_gold=True, gold_answer="a")
    (regular,) = make_pairs(campaign, 1, start=1)
    for user in (annotator, annotator2, annotator3):
        assert next_pair_for(annotator=user, campaign=campaign).pair == gold
        submit(user, gold)
    gold.refresh_from_db()
    assert (gold.state, gold.annotation_count) == ("pending", 0)  # gold pairs never close or count
    assert next_pair_for(annotator=annotator, campaign=campaign).pair == regular


def test_gold_rate_zero_never_hands_out_gold(campaign, annotator):
    make_pairs(campaign, 1, is_gold=True, gold_answer="b")
    assert next_pair_for(annotator=annotator, campaign=campaign, rng=random.Random(1)) is None


def test_display_order_is_random_per_lease(campaign):
    campaign.annotations_per_pair = 10
    campaign.save()
    (pair,) = make_pairs(campaign, 1)
    rng = random.Random(7)
    doctors = [make_user(f"doc{i}") for i in range(10)]
    join(campaign, *doctors)
    orders = [next_pair_for(annotator=doctor, campaign=campaign, rng=rng).a_on_left for doctor in doctors]
    assert set(orders) == {True, False}
    assert list(Lease.objects.order_by("id").values_list("a_on_left", flat=True)) == orders


@pytest.mark.parametrize("status", ["draft", "paused", "closed"])
def test_only_active_campaigns_hand_out_pairs(campaign, annotator, status):
    make_pairs(campaign, 1)
    campaign.status = status
    campaign.save()
    with pytest.raises(Conflict, match=status if status != "draft" else "a draft"):
        next_pair_for(annotator=annotator, campaign=campaign)
