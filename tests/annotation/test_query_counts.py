"""Hot endpoints run a constant number of SQL queries, whatever the campaign's size."""

from functools import partial

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from annotation.models import Campaign, Pair, Role, Skip
from annotation.rules import Scores
from annotation.services.accounts import note_activity
from annotation.services.arbitration import arbitrate
from tests.factories import client_for, join, judge_pair, make_campaign, make_pairs, make_user, score_payload
from tests.runs_support import use_broker

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


def judged_campaign(size: int, name: str, doctors: list, expert) -> Campaign:
    """`size` pairs of each kind: agreed (consensus), split (disputed, half of them arbitrated),
    begun (one judgement, pending) and untouched (pending, a few skipped), and gold pairs judged."""
    campaign = make_campaign(name, gold_rate=0)
    join(campaign, *doctors, expert)
    pairs = make_pairs(campaign, 4 * size, start=size * 1000)
    gold = make_pairs(campaign, size, start=size * 1000 + 4 * size, is_gold=True, gold_answer="a")
    for agreed in pairs[:size] + gold:
        for doctor in doctors:
            judge_pair(doctor, agreed, Scores(5, 4, 4), Scores(4, 2, 3))
    for split in pairs[size : 2 * size]:
        judge_pair(doctors[0], split, Scores(5, 4, 4), Scores(4, 2, 3))
        judge_pair(doctors[1], split, Scores(4, 2, 3), Scores(5, 4, 4))
    for split in pairs[size : size + size // 2]:
        arbitrate(expert=expert, pair_id=split.pk, decision="a", rationale="A is safer")
    for begun in pairs[2 * size : 3 * size]:
        judge_pair(doctors[1], begun, Scores(5, 4, 4), Scores(4, 2, 3))
    for untouched in pairs[3 * size : 3 * size + size // 2]:
        Skip.objects.create(pair=untouched, annotator=doctors[0], reason="not my field")
    return campaign


def listed_page_counts(campaign: Campaign, users: dict) -> dict[str, int]:
    """Queries for each page that lists or counts, as the role that reads it."""
    calls = {
        "progress (annotator)": (users["annotator"], f"/api/v1/campaigns/{campaign.pk}/progress/", {}),
        "progress and annotator table (expert)": (users["expert"], f"/api/v1/campaigns/{campaign.pk}/progress/", {}),
        "progress (admin)": (users["admin"], f"/api/v1/campaigns/{campaign.pk}/progress/", {}),
        "agreement report, computed": (users["admin"], f"/api/v1/campaigns/{campaign.pk}/agreement/", {"refresh": 1}),
        "agreement report, cached": (users["admin"], f"/api/v1/campaigns/{campaign.pk}/agreement/", {}),
        "pair list": (users["admin"], "/api/v1/pairs/", {"campaign": campaign.pk}),
        "arbitration queue": (users["expert"], "/api/v1/arbitration/", {"campaign": campaign.pk}),
    }
    counts = {}
    for name, (user, url, params) in calls.items():
        client = client_for(user)
        client.get("/api/v1/me/")  # her first request of the test also records her activity
        counts[name], response = count(partial(client.get, url, params))
        assert response.status_code == 200, (name, response.content[:300])
    return counts


@pytest.mark.django_db
def test_the_pages_that_list_or_count_do_not_grow_with_ten_times_the_data():
    doctors = [make_user("listed-1"), make_user("listed-2")]
    users = {
        "annotator": doctors[0],
        "expert": make_user("listed-expert", Role.EXPERT),
        "admin": make_user("listed-admin", Role.ADMIN),
    }
    small = listed_page_counts(judged_campaign(2, "listed small", doctors, users["expert"]), users)
    large = listed_page_counts(judged_campaign(20, "listed large", doctors, users["expert"]), users)
    assert small == large, (small, large)
    assert small["agreement report, cached"] <= 3, (
        "a cached report costs the campaign lookup, not a read of every annotation"
    )
    assert max(small.values()) <= 12, small


def searched_and_kept_counts(campaign: Campaign, users: dict) -> dict[str, int]:
    """Queries for the pages whose cost a large campaign changes: progress served from kept counts
    (as each role), and a text search answered by the walk and by the trigram indexes."""
    calls = {
        **{
            f"progress from kept counts ({role})": (users[role], f"/api/v1/campaigns/{campaign.pk}/progress/", {})
            for role in ("annotator", "expert", "admin")
        },
        # Every prompt says "Question N: is this rash serious?": the walk fills the page.
        "pair search, walked": (
            users["admin"],
            "/api/v1/pairs/",
            {"campaign": campaign.pk, "q": "rash serious", "page_size": 2},
        ),
        # Only the last pair's prompt says it: in few prompts, paged from them (no walk) and counted.
        "pair search, rare": (
            users["admin"],
            "/api/v1/pairs/",
            {"campaign": campaign.pk, "q": "a rare rash", "page_size": 2},
        ),
        "pair browser page, walked": (users["admin"], "/console/pairs/", {"campaign": campaign.pk, "q": "rash"}),
    }
    counts = {}
    for name, (user, url, params) in calls.items():
        client = client_for(user)
        client.force_login(user)
        client.get("/api/v1/me/")
        counts[name], response = count(partial(client.get, url, params))
        assert response.status_code == 200, (name, response.content[:300])
        if name.startswith("pair search"):  # each search took the route its name says
            assert response.json()["count_exact"] is name.endswith("rare"), name
    return counts


@pytest.mark.django_db
@pytest.mark.usefixtures("merged_search_indexes")  # each search within its budget, whatever other tests left pending
def test_kept_progress_and_text_searches_do_not_grow_with_ten_times_the_data(monkeypatch):
    from annotation.models import Prompt
    from annotation.selectors import pair_search as browser
    from annotation.selectors import progress
    from frontend.views import pairs as pair_pages

    monkeypatch.setattr(progress, "LIVE_LIMIT", 0)  # every campaign's counts are kept, as a large one's
    use_broker(monkeypatch)
    monkeypatch.setattr(browser, "WALK_PAIRS", 5)  # the walk ends before the lists do
    monkeypatch.setattr(browser, "COUNT_CAP", 2)
    monkeypatch.setattr(pair_pages, "PAGE_SIZE", 2)
    doctors = [make_user("kept-1"), make_user("kept-2")]
    users = {
        "annotator": doctors[0],
        "expert": make_user("kept-expert", Role.EXPERT),
        "admin": make_user("kept-admin", Role.ADMIN),
    }
    counts = {}
    for size in (2, 20):
        campaign = judged_campaign(size, f"kept {size}", doctors, users["expert"])
        last = Pair.objects.filter(campaign=campaign).order_by("id").last()
        Prompt.objects.filter(pk=last.prompt_id).update(messages=[{"role": "user", "content": "a rare rash"}])
        progress.recount(campaign.pk)
        kept_at = progress.campaign_counts(campaign, now=timezone.now())["counted_at"]
        counts[size] = searched_and_kept_counts(campaign, users)
        assert progress.campaign_counts(campaign, now=timezone.now())["counted_at"] == kept_at
    assert counts[2] == counts[20], counts
    assert max(counts[2].values()) <= 12, counts[2]
