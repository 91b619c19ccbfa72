"""Judges stay blind: nobody sees others' judgements of a pair before her own is in (PROTOCOL §4),
and gold pairs look like every other pair to the people they measure (PROTOCOL §5)."""

import pytest
from django.test import Client

from annotation.rules import Scores
from tests.factories import client_for, hand, join, judge_pair, make_campaign, make_pairs, make_user, score_payload

GOOD, POOR = Scores(5, 5, 4), Scores(2, 3, 3)


def page_of(user, url: str):
    client = Client()
    client.force_login(user)
    return client.get(url)


@pytest.fixture
def three_way(db, annotator, annotator2, expert):
    """A pair that needs three judgements: two physicians are in, and the expert holds the last lease."""
    campaign = make_campaign("Three judges", gold_rate=0.0, annotations_per_pair=3, agreement="majority", quorum=2)
    join(campaign, annotator, annotator2, expert)
    (pair,) = make_pairs(campaign, 1)
    judge_pair(annotator, pair, GOOD, POOR, rationale="A warns about the red flags")
    judge_pair(annotator2, pair, POOR, GOOD, rationale="B is kinder")
    hand(expert, pair)
    return pair


def test_an_expert_holding_the_lease_does_not_see_the_others_on_the_arbitration_page(three_way, expert):
    response = page_of(expert, f"/arbitration/{three_way.pk}/")
    assert response.status_code == 404
    assert "red flags" not in response.content.decode() and "physician1" not in response.content.decode()
    detail = client_for(expert).get(f"/api/v1/pairs/{three_way.pk}/").json()
    assert detail["annotations"] == [] and "state" not in detail


def test_an_expert_who_judged_a_pending_pair_sees_only_her_own_judgement(db, annotator, annotator2, expert):
    campaign = make_campaign("Three judges", gold_rate=0.0, annotations_per_pair=3)
    join(campaign, annotator, annotator2, expert)
    (pair,) = make_pairs(campaign, 1)
    judge_pair(annotator, pair, GOOD, POOR, rationale="A warns about the red flags")
    judge_pair(expert, pair, GOOD, POOR, rationale="mine")
    assert page_of(expert, f"/arbitration/{pair.pk}/").status_code == 404
    detail = client_for(expert).get(f"/api/v1/pairs/{pair.pk}/").json()
    assert [a["annotator"] for a in detail["annotations"]] == ["expert1"]


def test_once_the_pair_is_disputed_the_expert_sees_everyone(three_way, expert, annotator3):
    judge_pair(expert, three_way, Scores(3, 3, 3), Scores(3, 3, 3), rationale="both fine")
    three_way.refresh_from_db()
    assert three_way.state == "disputed"
    page = page_of(expert, f"/arbitration/{three_way.pk}/").content.decode()
    assert "red flags" in page and "B is kinder" in page and "both fine" in page


@pytest.fixture
def gold_world(db, annotator, annotator2):
    """She judged one ordinary pair (closed by a colleague) and one gold pair (which never closes)."""
    campaign = make_campaign("With gold", gold_rate=0.0)
    join(campaign, annotator, annotator2)
    (ordinary,) = make_pairs(campaign, 1)
    (gold,) = make_pairs(campaign, 1, start=1, is_gold=True, gold_answer="a")
    return campaign, ordinary, gold


def submit(user, pair) -> dict:
    hand(user, pair)
    response = client_for(user).post(f"/api/v1/pairs/{pair.pk}/annotations/", score_payload(), format="json")
    assert response.status_code == 201, response.content
    return response.json()


def without_ids(row: dict) -> dict:
    return {key: value for key, value in row.items() if key not in ("id", "annotation_id", "pair_id")}


def test_gold_pairs_look_like_any_other_in_her_lists_details_and_answers(gold_world, annotator, annotator2):
    campaign, ordinary, gold = gold_world
    answers = [submit(annotator, ordinary), submit(annotator, gold)]
    judge_pair(annotator2, ordinary, Scores(5, 5, 5), Scores(3, 3, 3))
    ordinary.refresh_from_db()
    assert ordinary.state == "consensus"  # closed, while the gold pair stays pending with no count
    assert without_ids(answers[0]) == without_ids(answers[1])
    client = client_for(annotator)
    listed = client.get(f"/api/v1/pairs/?campaign={campaign.pk}").json()["results"]
    assert [row["id"] for row in listed] == [ordinary.pk, gold.pk]
    assert without_ids(listed[0]) == without_ids(listed[1]) == {"campaign": campaign.pk, "status": "submitted"}
    details = [client.get(f"/api/v1/pairs/{pair.pk}/").json() for pair in (ordinary, gold)]
    assert set(details[0]) == set(details[1]) and "state" not in details[0] and "annotation_count" not in details[0]


def test_annotators_cannot_filter_their_pairs_by_state(gold_world, annotator, expert):
    campaign, ordinary, gold = gold_world
    submit(annotator, gold)
    response = client_for(annotator).get("/api/v1/pairs/", {"state": "pending"})
    assert response.status_code == 400 and "filtering by state is for experts and admins" in response.json()["message"]
    assert client_for(expert).get("/api/v1/pairs/", {"state": "pending"}).status_code == 400
    assert client_for(expert).get("/api/v1/pairs/", {"state": "disputed"}).status_code == 200


def test_her_progress_moves_the_same_after_a_gold_pair(gold_world, annotator):
    campaign, ordinary, gold = gold_world
    progress = lambda: client_for(annotator).get(f"/api/v1/campaigns/{campaign.pk}/progress/").json()  # noqa: E731
    before = progress()
    submit(annotator, gold)
    after_gold = progress()
    submit(annotator, ordinary)
    after_ordinary = progress()
    assert [p["mine"]["left"] for p in (before, after_gold, after_ordinary)] == [2, 1, 0]
    assert set(before) == {
        "campaign",
        "counted_at",
        "pairs",
        "percent_complete",
        "mine",
    }  # no campaign-wide slot counts


def test_her_status_says_leased_until_she_submits(gold_world, annotator):
    campaign, ordinary, _gold = gold_world
    hand(annotator, ordinary)
    assert client_for(annotator).get("/api/v1/pairs/").json()["results"] == [
        {"id": ordinary.pk, "campaign": campaign.pk, "status": "leased"}
    ]


def test_experts_and_admins_still_see_states_and_counts(gold_world, annotator, expert, admin):
    _campaign, ordinary, gold = gold_world
    submit(annotator, gold)
    row = next(r for r in client_for(admin).get("/api/v1/pairs/").json()["results"] if r["id"] == gold.pk)
    assert (row["state"], row["annotation_count"], row["is_gold"]) == ("pending", 0, True)
    other = make_user("physician5")
    judge_pair(other, ordinary, Scores(5, 5, 5), Scores(3, 3, 3))
    closing = submit(expert, ordinary)
    assert "pair_state" not in closing  # consensus is not hers to see as a judge
