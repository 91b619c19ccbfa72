"""PROTOCOL §5 under real concurrency: many annotators, real PostgreSQL connections, row locks."""

from collections import Counter, defaultdict

import pytest
from django.db.models import Count

from annotation.models import Annotation, Lease, Pair
from annotation.services.membership import remove_member
from tests.factories import client_for, join, make_campaign, make_pairs, make_user, run_threads, score_payload

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

ANNOTATORS = 32
OUTSIDERS = 4  # the last ones: not members, asking for pairs all along
PAIRS = 60
PER_PAIR = 3


def test_32_annotators_never_overfill_a_pair_never_repeat_and_lose_nothing():
    """28 members share the work while 4 outsiders keep asking, and one member leaves after her first pair."""
    campaign = make_campaign("Concurrency", annotations_per_pair=PER_PAIR, agreement="majority", gold_rate=0)
    make_pairs(campaign, PAIRS)
    users = [make_user(f"doc{i:02d}") for i in range(ANNOTATORS)]
    members = users[: ANNOTATORS - OUTSIDERS]
    join(campaign, *members)
    handed: dict[int, list[int]] = defaultdict(list)
    accepted: dict[int, list[int]] = defaultdict(list)
    refused: Counter = Counter()

    def annotate(index: int) -> None:
        client = client_for(users[index])
        while True:
            response = client.get(f"/api/v1/campaigns/{campaign.pk}/next/")
            if users[index] not in members:
                assert response.status_code == 404, response.content  # not her campaign: it does not exist for her
                refused[index] += 1
                if refused[index] == 20:
                    return
                continue
            if response.status_code == 204:
                return
            if index == 0 and accepted[0]:
                assert response.status_code == 404, response.content  # she left after her first pair
                return
            assert response.status_code == 200, response.content
            pair_id = response.json()["pair_id"]
            handed[index].append(pair_id)
            submitted = client.post(
                f"/api/v1/pairs/{pair_id}/annotations/", score_payload(a=(5, 4, 4), b=(4, 4, 4)), format="json"
            )
            assert submitted.status_code == 201, submitted.content
            accepted[index].append(pair_id)
            if index == 0:
                remove_member(campaign=campaign, user=users[0], by=None)

    errors = run_threads(ANNOTATORS, annotate)
    assert not errors, errors[:3]

    per_pair = dict(Annotation.objects.values_list("pair").annotate(n=Count("id")).order_by())
    assert max(per_pair.values()) == PER_PAIR, "no pair over-annotated"
    assert len(per_pair) == PAIRS and set(per_pair.values()) == {PER_PAIR}, "every pair got its annotations"
    assert all(p.annotation_count == PER_PAIR and p.state == "consensus" for p in Pair.objects.all())
    for index, pairs in handed.items():
        assert len(pairs) == len(set(pairs)), f"annotator {index} was given a pair twice"
    total_accepted = sum(len(pairs) for pairs in accepted.values())
    assert total_accepted == Annotation.objects.count() == PAIRS * PER_PAIR, "no annotation lost or duplicated"
    stored = Counter(Annotation.objects.values_list("annotator__username", flat=True))
    assert stored == Counter({users[i].username: len(p) for i, p in accepted.items() if p})
    assert len(accepted[0]) == 1 and not Lease.objects.filter(annotator=users[0]).exists()
    assert refused == Counter({index: 20 for index in range(ANNOTATORS - OUTSIDERS, ANNOTATORS)})
    assert not Annotation.objects.filter(annotator__in=users[ANNOTATORS - OUTSIDERS :]).exists()
    assert len(accepted) > 2  # the work was really shared


def test_concurrent_retries_of_one_submission_create_one_annotation():
    campaign = make_campaign("Retries", gold_rate=0)
    (pair,) = make_pairs(campaign, 1)
    user = make_user("retrier")
    join(campaign, user)
    client_for(user).get(f"/api/v1/campaigns/{campaign.pk}/next/")
    payload = score_payload()
    results: list[tuple[int, int]] = []

    def submit(_: int) -> None:
        response = client_for(user).post(f"/api/v1/pairs/{pair.pk}/annotations/", payload, format="json")
        results.append((response.status_code, response.json()["annotation_id"]))

    errors = run_threads(8, submit)
    assert not errors, errors[:3]
    assert {status for status, _ in results} == {201}
    assert len({annotation_id for _, annotation_id in results}) == 1
    assert Annotation.objects.count() == 1
    pair.refresh_from_db()
    assert pair.annotation_count == 1


def test_concurrent_last_annotations_close_the_pair_exactly_once():
    campaign = make_campaign("Closing", annotations_per_pair=2, gold_rate=0)
    (pair,) = make_pairs(campaign, 1)
    users = [make_user(f"closer{i}") for i in range(2)]
    join(campaign, *users)
    for user in users:
        client_for(user).get(f"/api/v1/campaigns/{campaign.pk}/next/")

    def submit(index: int) -> None:
        scores = ((5, 5, 5), (3, 3, 3)) if index == 0 else ((3, 3, 3), (5, 5, 5))
        response = client_for(users[index]).post(
            f"/api/v1/pairs/{pair.pk}/annotations/", score_payload(*scores), format="json"
        )
        assert response.status_code == 201

    assert not run_threads(2, submit)
    pair.refresh_from_db()
    assert (pair.annotation_count, pair.state) == (2, "disputed")
