"""Hot endpoints run a constant number of SQL queries, whatever the campaign's size."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from annotation.models import Pair
from annotation.services.accounts import note_activity
from tests.factories import join, make_campaign, make_pairs, make_user, score_payload

MAX_NEXT_QUERIES = 11  # 10, and the membership check of `next`
MAX_SUBMIT_QUERIES = 12


def token_client(user) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return client


def count(call) -> tuple[int, object]:
    with CaptureQueriesContext(connection) as queries:
        response = call()
    return len(queries), response


def hot_path_counts(size: int, name: str) -> dict[str, int]:
    """Queries for: a fresh `next`, a reload of `next`, a submission, and the submission that closes a pair."""
    campaign = make_campaign(name, gold_rate=0)
    make_pairs(campaign, size, start=size * 1000)
    first, second = make_user(f"{name}-1"), make_user(f"{name}-2")
    join(campaign, first, second)
    for user in (first, second):
        # Mid-session, as a working annotator is: her last-activity UPDATE (at most once per
        # accounts.ACTIVITY_PRECISION, counted in test_users_admin.py) is not part of next's cost.
        note_activity(user)
    c1, c2 = token_client(first), token_client(second)
    counts = {}
    counts["next"], handed = count(lambda: c1.get(f"/api/v1/campaigns/{campaign.pk}/next/"))
    assert handed.status_code == 200
    pair_id = handed.json()["pair_id"]
    counts["next_reload"], again = count(lambda: c1.get(f"/api/v1/campaigns/{campaign.pk}/next/"))
    assert again.json()["pair_id"] == pair_id
    counts["submit"], submitted = count(
        lambda: c1.post(f"/api/v1/pairs/{pair_id}/annotations/", score_payload(), format="json")
    )
    assert submitted.status_code == 201
    assert c2.get(f"/api/v1/campaigns/{campaign.pk}/next/").json()["pair_id"] == pair_id
    closing = score_payload()
    counts["submit_closing"], closed = count(
        lambda: c2.post(f"/api/v1/pairs/{pair_id}/annotations/", closing, format="json")
    )
    assert closed.status_code == 201 and Pair.objects.get(pk=pair_id).state == "consensus"
    counts["replay"], replayed = count(lambda: c2.post(f"/api/v1/pairs/{pair_id}/annotations/", closing, format="json"))
    assert replayed.json()["outcome"] == "replayed"
    return counts


@pytest.mark.django_db
def test_next_and_submit_do_not_grow_with_the_campaign():
    small = hot_path_counts(3, "small")
    large = hot_path_counts(300, "large")
    assert small == large, (small, large)
    assert small["next"] <= MAX_NEXT_QUERIES and small["next_reload"] <= 4
    assert small["submit"] <= MAX_SUBMIT_QUERIES and small["submit_closing"] <= MAX_SUBMIT_QUERIES + 1
