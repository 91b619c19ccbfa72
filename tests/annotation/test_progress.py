"""Progress of a large campaign: campaign-wide counts kept with `counted_at`, her own figures exact now.

A campaign counts as large past `progress.LIVE_LIMIT` pairs and annotations; these tests lower the
limit to 0 so that a campaign of a few dozen pairs takes the path of a million.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from annotation.models import Annotation, Pair, PairState, Role
from annotation.rules import Scores
from annotation.selectors import progress as campaign_progress
from annotation.selectors.progress import progress
from tests.annotation.campaign_support import realistic_campaign, reference_progress
from tests.factories import client_for, judge_pair, make_pairs, make_user, score_payload
from tests.runs_support import use_broker


@pytest.fixture
def large(monkeypatch):
    """Every campaign is large: its counts are kept, and a worker is asked to recount (the asks are recorded)."""
    monkeypatch.setattr(campaign_progress, "LIVE_LIMIT", 0)
    return use_broker(monkeypatch)


def without_counted_at(report: dict) -> dict:
    return {key: value for key, value in report.items() if key != "counted_at"}


def counted_at(report: dict) -> datetime:
    return datetime.fromisoformat(report["counted_at"])


@pytest.mark.django_db
@pytest.mark.parametrize("seed", [3, 4])
def test_kept_counts_plus_the_annotations_since_equal_the_exact_counts_for_every_role(large, seed):
    # Annotations over six days and up to an hour ahead: some before the cutoff, some after it.
    campaign = realistic_campaign(f"kept {seed}", 80, seed)
    doctor, other = (make_user(f"kept {seed}-reader-{n}") for n in range(2))
    expert = make_user(f"kept {seed}-boss", Role.EXPERT)
    admin = make_user(f"kept {seed}-admin", Role.ADMIN)
    first_doctor = Annotation.objects.filter(campaign=campaign).order_by("annotator__username")[0].annotator
    now = timezone.now()
    progress(campaign, user=admin, now=now)  # counted and kept
    assert cache.get(campaign_progress.counts_key(campaign))["annotators"]
    for user in (first_doctor, doctor, other, expert, admin):
        served = progress(campaign, user=user, now=now + timedelta(seconds=5))
        assert counted_at(served) == now
        assert without_counted_at(served) == reference_progress(campaign, user=user, now=now + timedelta(seconds=5))


@pytest.mark.django_db
def test_her_left_and_today_are_right_right_after_she_submits_while_the_pair_counts_wait(
    large, campaign, annotator, annotator2, expert
):
    make_pairs(campaign, 4)
    url = f"/api/v1/campaigns/{campaign.pk}/progress/"
    mine, other = client_for(annotator), client_for(annotator2)
    before = mine.get(url).json()
    assert before["mine"] == {"annotations": 0, "today": 0, "left": 4} and before["percent_complete"] == 0.0
    # The first judgement of a pair: it stays pending.
    pair_id = other.get(f"/api/v1/campaigns/{campaign.pk}/next/").json()["pair_id"]
    assert other.post(f"/api/v1/pairs/{pair_id}/annotations/", score_payload(), format="json").status_code == 201
    assert mine.get(f"/api/v1/campaigns/{campaign.pk}/next/").json()["pair_id"] == pair_id
    assert mine.post(f"/api/v1/pairs/{pair_id}/annotations/", score_payload(), format="json").status_code == 201
    after = mine.get(url).json()
    # Her submission closed the pair: she has one pair less to do, at once; the pairs' states, as
    # of `counted_at`, wait for the next count (the worker's, or the request's past COUNTS_FRESH).
    assert Pair.objects.get(pk=pair_id).state == PairState.CONSENSUS
    assert after["mine"] == {"annotations": 1, "today": 1, "left": 3}
    assert after["counted_at"] == before["counted_at"] and after["percent_complete"] == 0.0
    # Her colleague began another: one annotation in, the pair still pending, one less for her too.
    pair_id = other.get(f"/api/v1/campaigns/{campaign.pk}/next/").json()["pair_id"]
    assert other.post(f"/api/v1/pairs/{pair_id}/annotations/", score_payload(), format="json").status_code == 201
    assert mine.get(url).json()["mine"] == {"annotations": 1, "today": 1, "left": 3}
    table = client_for(expert).get(url).json()
    assert table["annotations"] == 3 and table["annotations_today"] == 3
    assert {row["username"]: row["annotations"] for row in table["annotators"]} == {"physician1": 1, "physician2": 2}
    assert table["states"]["consensus"] == 0  # as counted
    # Recounted (what the worker's task annotation.count_progress runs): the pairs catch up.
    assert (
        campaign_progress.recount(campaign.pk) == 4
    )  # its pairs; the last minute's annotations are read by each request
    recounted = client_for(expert).get(url).json()
    assert recounted["states"]["consensus"] == 1 and recounted["percent_complete"] == 25.0
    assert counted_at(recounted) > counted_at(table)


@pytest.mark.django_db
def test_stale_counts_are_served_while_one_recount_is_asked_for_and_too_old_ones_are_counted_again(
    large, campaign, annotator, admin
):
    pairs = make_pairs(campaign, 3)
    now = timezone.now()
    first = progress(campaign, user=admin, now=now)
    judge_pair(annotator, pairs[0], Scores(5, 5, 5), Scores(3, 3, 3))
    Pair.objects.filter(pk=pairs[1].pk).update(state=PairState.EXCLUDED)
    fresh = now + timedelta(seconds=campaign_progress.COUNTS_FRESH)
    assert progress(campaign, user=admin, now=fresh)["counted_at"] == first["counted_at"] and large.taken == []
    stale = fresh + timedelta(seconds=1)
    for _ in range(3):  # served as they are meanwhile; the worker is asked once
        served = progress(campaign, user=admin, now=stale)
        assert served["counted_at"] == first["counted_at"] and served["states"]["excluded"] == 0
        assert served["annotations"] == 1  # the annotations are as of now all the same
    assert large.sent(campaign_progress.TASK_NAME) == [campaign.pk]
    too_old = now + timedelta(seconds=campaign_progress.COUNTS_TOO_OLD + 1)
    counted = progress(campaign, user=admin, now=too_old)
    assert counted_at(counted) == too_old and counted["states"]["excluded"] == 1


@pytest.mark.django_db
def test_when_the_worker_cannot_be_asked_the_request_counts(monkeypatch, campaign, admin):
    monkeypatch.setattr(campaign_progress, "LIVE_LIMIT", 0)
    use_broker(monkeypatch, down=True)
    pairs = make_pairs(campaign, 2)
    now = timezone.now()
    progress(campaign, user=admin, now=now)
    Pair.objects.filter(pk=pairs[0].pk).update(state=PairState.EXCLUDED)
    later = now + timedelta(seconds=campaign_progress.COUNTS_FRESH + 1)
    counted = progress(campaign, user=admin, now=later)
    assert counted_at(counted) == later and counted["states"]["excluded"] == 1
    assert cache.get(campaign_progress.recount_key(campaign)) is None  # the next stale view asks again


@pytest.mark.django_db
def test_counts_kept_yesterday_carry_none_of_yesterday_s_annotations_into_today(
    large, monkeypatch, campaign, annotator, expert
):
    monkeypatch.setattr(campaign_progress, "COUNTS_FRESH", 3 * 24 * 3600)  # served a day later as they are
    pairs = make_pairs(campaign, 3)
    judge_pair(annotator, pairs[0], Scores(5, 5, 5), Scores(3, 3, 3))
    now = timezone.now()
    last_evening = campaign_progress.start_of_today(now) - timedelta(hours=2)
    Annotation.objects.update(created_at=last_evening - timedelta(hours=1))
    progress(campaign, user=expert, now=last_evening)  # kept: one annotation, made that day
    judge_pair(annotator, pairs[1], Scores(5, 5, 5), Scores(3, 3, 3))
    served = progress(campaign, user=annotator, now=now)
    assert counted_at(served) == last_evening
    assert served["mine"] == {"annotations": 2, "today": 1, "left": 1}
    table = progress(campaign, user=expert, now=now)
    assert (table["annotations"], table["annotations_today"]) == (2, 1)


@pytest.mark.django_db
def test_a_small_campaign_is_counted_in_every_request_and_never_kept(campaign, annotator, admin):
    pairs = make_pairs(campaign, 2)
    first = progress(campaign, user=admin)
    Pair.objects.filter(pk=pairs[0].pk).update(state=PairState.EXCLUDED)
    assert progress(campaign, user=admin)["states"]["excluded"] == 1
    assert counted_at(first) <= timezone.now() and cache.get(campaign_progress.counts_key(campaign)) is None
