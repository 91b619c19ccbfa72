"""PROTOCOL §4: safety conflicts need an expert first; the API and the desk page serve one queue."""

import importlib
import re
import uuid

import pytest
from django.apps import apps
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from annotation.models import Pair
from annotation.rules import Scores
from annotation.services.campaigns import update_campaign
from annotation.services.submission import submit_annotation
from tests.factories import client_for, hand, judge_pair, make_pairs

GOOD, POOR, UNSAFE = Scores(5, 5, 4), Scores(4, 2, 3), Scores(1, 4, 5)


@pytest.fixture
def queue(campaign, annotator, annotator2):
    """Three disputes closed in this order: preferences, a safety conflict, preferences again."""
    old_preference, safety, new_preference = make_pairs(campaign, 3)
    for pair in (old_preference, safety, new_preference):
        judge_pair(annotator, pair, GOOD, POOR)
        judge_pair(annotator2, pair, UNSAFE if pair is safety else POOR, GOOD)
    return {"old": old_preference, "safety": safety, "new": new_preference}


def ids_on_the_desk(client: Client, **params) -> list[int]:
    page = client.get("/arbitration/", params).content.decode()
    return [int(pk) for pk in re.findall(r'href="/arbitration/(\d+)/"', page)]


def test_closing_a_pair_stores_the_safety_conflict_as_a_fact(queue):
    flags = {name: Pair.objects.get(pk=pair.pk).safety_conflict for name, pair in queue.items()}
    assert flags == {"old": False, "safety": True, "new": False}


def test_the_dispute_reason_names_who_said_what(queue):
    assert Pair.objects.get(pk=queue["old"].pk).dispute_reason == "physician1 preferred A, physician2 preferred B"
    assert (
        Pair.objects.get(pk=queue["safety"].pk).dispute_reason
        == "safety conflict: physician2 scored A unsafe, physician1 did not"
    )


def test_a_missed_quorum_says_the_quorum_and_every_view(campaign, annotator, annotator2, annotator3):
    update_campaign(campaign=campaign, annotations_per_pair=3, agreement="majority")
    (pair,) = make_pairs(campaign, 1)
    judge_pair(annotator, pair, GOOD, POOR)
    judge_pair(annotator2, pair, POOR, GOOD)
    judge_pair(annotator3, pair, Scores(4, 4, 4), Scores(4, 4, 4))
    pair.refresh_from_db()
    assert (
        pair.dispute_reason
        == "no preference reached quorum 2: physician1 preferred A, physician2 preferred B, physician3 saw a tie"
    )


def test_the_api_serves_safety_conflicts_first_then_the_longest_waiting(queue, expert):
    listed = client_for(expert).get("/api/v1/arbitration/").json()["results"]
    assert [row["id"] for row in listed] == [queue["safety"].pk, queue["old"].pk, queue["new"].pk]
    assert [row["safety_conflict"] for row in listed] == [True, False, False]


def test_the_desk_page_lists_the_same_queue_in_the_same_order(queue, expert):
    client = Client()
    client.force_login(expert)
    api = [row["id"] for row in client_for(expert).get("/api/v1/arbitration/").json()["results"]]
    assert ids_on_the_desk(client) == api == [queue["safety"].pk, queue["old"].pk, queue["new"].pk]
    assert ids_on_the_desk(client, safety="1") == [queue["safety"].pk]
    assert [
        row["id"]
        for row in client_for(expert).get("/api/v1/arbitration/", {"safety_conflict": "true"}).json()["results"]
    ] == [queue["safety"].pk]


def test_after_a_decision_the_desk_opens_the_head_of_the_queue(queue, expert):
    client = Client()
    client.force_login(expert)
    response = client.post(f"/arbitration/{queue['new'].pk}/", {"decision": "a", "rationale": "A asks for the history"})
    assert response.status_code == 302 and response["Location"] == f"/arbitration/{queue['safety'].pk}/"
    page = client.get("/arbitration/").content.decode()
    assert ids_on_the_desk(client) == [
        queue["safety"].pk,
        queue["old"].pk,
        queue["new"].pk,
    ]  # the last link: recently decided
    assert "Recently decided by you" in page


def test_the_migration_fills_the_flag_of_pairs_closed_before_it(queue):
    fill = importlib.import_module("annotation.migrations.0004_safety_conflict").fill_safety_conflict
    Pair.objects.update(safety_conflict=False)
    fill(apps, None)
    assert list(Pair.objects.filter(safety_conflict=True).values_list("pk", flat=True)) == [queue["safety"].pk]


def test_the_desk_shows_which_answer_each_annotator_saw_on_the_left(campaign, annotator, annotator2, expert):
    (pair,) = make_pairs(campaign, 1)
    hand(annotator, pair, a_on_left=True)
    submit_annotation(annotator=annotator, pair_id=pair.pk, client_id=uuid.uuid4(), scores={"a": GOOD, "b": POOR})
    hand(annotator2, pair, a_on_left=False)
    submit_annotation(annotator=annotator2, pair_id=pair.pk, client_id=uuid.uuid4(), scores={"a": POOR, "b": GOOD})
    client = Client()
    client.force_login(expert)
    page = client.get(f"/arbitration/{pair.pk}/").content.decode()
    rows = re.findall(r"<td>(physician\d)</td>\s*<td class=\"left-answer\">([AB])</td>", page)
    assert rows == [("physician1", "A"), ("physician2", "B")]


def queries_for(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_queue_and_the_desk_cost_the_same_whatever_the_number_of_disputes(
    queue, campaign, annotator, annotator2, expert
):
    page, api = Client(), client_for(expert)
    page.force_login(expert)
    desk = f"/arbitration/{queue['safety'].pk}/"
    before = [queries_for(page, "/arbitration/"), queries_for(api, "/api/v1/arbitration/"), queries_for(page, desk)]
    for pair in make_pairs(campaign, 6, start=100):
        judge_pair(annotator, pair, GOOD, POOR)
        judge_pair(annotator2, pair, UNSAFE, GOOD)
    assert [
        queries_for(page, "/arbitration/"),
        queries_for(api, "/api/v1/arbitration/"),
        queries_for(page, desk),
    ] == before
