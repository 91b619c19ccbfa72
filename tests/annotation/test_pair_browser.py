"""The pair browser: admins (and experts, for the pairs they see in full) search and filter pairs and
open any one with its whole history; physicians get 403; the cost does not grow with the data."""

import uuid

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from annotation.models import Campaign, Lease, Pair, PairState, Prompt, Response, Skip
from annotation.rules import Scores
from annotation.services.arbitration import arbitrate
from annotation.services.assignment import skip_pair
from annotation.services.submission import submit_annotation
from tests.annotation.ranking_support import make_ranking_campaign, make_ranking_item
from tests.factories import client_for, hand, join, judge_pair, make_campaign, make_pairs, make_user

GOOD, POOR, UNSAFE = Scores(5, 5, 4), Scores(4, 2, 3), Scores(2, 4, 4)

# Every text search here answers within its time budget only if the text indexes' pending lists are
# merged: other tests' rolled-back imports leave entries that a short phrase's trigram scan reads
# (CI once timed out "腹泻" there, on a loaded machine, and found nothing).
pytestmark = pytest.mark.usefixtures("merged_search_indexes")


def ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


@pytest.fixture
def world(campaign, annotator, annotator2, annotator3, expert):
    """Pairs of two campaigns in every situation the filters tell apart."""
    other = Campaign.objects.create(name="Paediatrics", gold_rate=0)
    conflict, disputed, agreed, flagged, gold, untouched = make_pairs(campaign, 6)
    (elsewhere,) = make_pairs(other, 1, start=100)
    # Two physicians disagree on whether answer A is unsafe: a safety conflict.
    judge_pair(annotator, conflict, UNSAFE, GOOD)
    judge_pair(annotator2, conflict, GOOD, POOR)
    # They disagree on the preference only.
    judge_pair(annotator, disputed, GOOD, POOR)
    judge_pair(annotator2, disputed, POOR, GOOD)
    judge_pair(annotator, agreed, GOOD, POOR)
    judge_pair(annotator3, agreed, GOOD, POOR)
    judge_pair(annotator3, flagged, GOOD, POOR, flags=["needs_expert"])
    Pair.objects.filter(pk=gold.pk).update(is_gold=True, gold_answer="a")
    Response.objects.filter(pk=agreed.response_b_id).update(text="Give ORAL REHYDRATION salts in small sips.")
    Prompt.objects.filter(pk=elsewhere.prompt_id).update(
        messages=[{"role": "user", "content": "我的孩子腹泻三天了，需要补液吗？"}]
    )
    for pair in (conflict, disputed, agreed, flagged, gold, untouched, elsewhere):
        pair.refresh_from_db()
    assert (conflict.state, conflict.safety_conflict) == (PairState.DISPUTED, True)
    assert (disputed.state, disputed.safety_conflict) == (PairState.DISPUTED, False)
    assert agreed.state == PairState.CONSENSUS
    return {
        "other": other,
        "conflict": conflict,
        "disputed": disputed,
        "agreed": agreed,
        "flagged": flagged,
        "gold": gold,
        "untouched": untouched,
        "elsewhere": elsewhere,
    }


def test_admins_find_pairs_by_text_in_the_conversation_or_either_answer(world, admin):
    client = client_for(admin)
    assert ids(client.get("/api/v1/pairs/", {"q": "oral rehydration"})) == [world["agreed"].pk]  # answer B, any case
    assert ids(client.get("/api/v1/pairs/", {"q": "Question 4:"})) == [world["gold"].pk]  # the prompt
    assert ids(client.get("/api/v1/pairs/", {"q": "Answer A to question 5"})) == [world["untouched"].pk]
    assert ids(client.get("/api/v1/pairs/", {"q": "腹泻"})) == [world["elsewhere"].pk]
    assert ids(client.get("/api/v1/pairs/", {"q": "no such words anywhere"})) == []


def test_a_ranking_item_is_found_by_the_text_of_any_of_its_candidates(admin):
    campaign = make_ranking_campaign()
    item = make_ranking_item(
        campaign,
        ["Rest at home.", "See a doctor today.", "Take ibuprofen.", "Go to the emergency room now."],
        external_id="r1",
    )
    client = client_for(admin)
    assert ids(client.get("/api/v1/pairs/", {"q": "emergency room"})) == [item.pk]  # the fourth candidate
    assert ids(client.get("/api/v1/pairs/", {"q": "See a doctor"})) == [item.pk]


def test_each_filter_narrows_the_list_and_they_combine(world, campaign, admin, annotator, annotator3):
    client = client_for(admin)
    in_campaign = {"campaign": campaign.pk}
    assert ids(client.get("/api/v1/pairs/", {"campaign": world["other"].pk})) == [world["elsewhere"].pk]
    assert ids(client.get("/api/v1/pairs/", {**in_campaign, "state": "disputed"})) == [
        world["conflict"].pk,
        world["disputed"].pk,
    ]
    assert ids(client.get("/api/v1/pairs/", {"safety_conflict": "true"})) == [world["conflict"].pk]
    assert world["conflict"].pk not in ids(client.get("/api/v1/pairs/", {"safety_conflict": "false"}))
    assert ids(client.get("/api/v1/pairs/", {"annotator": annotator3.pk})) == [world["agreed"].pk, world["flagged"].pk]
    assert ids(client.get("/api/v1/pairs/", {"annotator": annotator.pk, "state": "consensus"})) == [world["agreed"].pk]
    assert ids(client.get("/api/v1/pairs/", {"flag": "needs_expert"})) == [world["flagged"].pk]
    assert ids(client.get("/api/v1/pairs/", {"flag": "any"})) == [world["flagged"].pk]
    assert ids(client.get("/api/v1/pairs/", {"flag": "both_unusable"})) == []
    assert ids(client.get("/api/v1/pairs/", {"gold": "true"})) == [world["gold"].pk]
    assert world["gold"].pk not in ids(client.get("/api/v1/pairs/", {"gold": "false"}))


def test_the_list_is_paginated(world, admin):
    first = client_for(admin).get("/api/v1/pairs/", {"q": "question", "page_size": 3}).json()
    assert first["count"] == 7 and len(first["results"]) == 3 and first["next"]
    last = client_for(admin).get(first["next"].replace("http://testserver", "")).json()
    assert len(last["results"]) == 3 and last["previous"]


@pytest.mark.parametrize(
    "query, named",
    [
        ({"q": "a"}, "at least 2 characters"),
        ({"q": "x" * 201}, "at most 200 characters"),
        ({"state": "finished"}, "state must be one of"),
        ({"annotator": "abc"}, "annotator"),
        ({"safety_conflict": "maybe"}, "safety_conflict"),
    ],
)
def test_malformed_filters_are_refused_with_what_is_wrong(world, admin, query, named):
    response = client_for(admin).get("/api/v1/pairs/", query)
    assert response.status_code == 400
    assert named in str(response.json())


def test_a_pair_history_has_every_annotation_in_its_display_order_with_revisions_skips_arbitration_and_provenance(
    campaign, annotator, annotator2, annotator3, expert, admin
):
    (pair,) = make_pairs(campaign, 1)
    Prompt.objects.filter(pk=pair.prompt_id).update(meta={"source_file": "round1.jsonl"})
    Response.objects.filter(pk=pair.response_a_id).update(provenance={"model_version": 7})
    hand(annotator, pair, a_on_left=False)
    first = uuid.uuid4()
    submit_annotation(annotator=annotator, pair_id=pair.pk, client_id=first, scores={"a": GOOD, "b": POOR})
    submit_annotation(
        annotator=annotator, pair_id=pair.pk, client_id=uuid.uuid4(), scores={"a": POOR, "b": GOOD}, rationale="B safer"
    )
    hand(annotator3, pair)
    skip_pair(annotator=annotator3, pair_id=pair.pk, reason="Outside my specialty")
    hand(annotator2, pair, a_on_left=True)
    submit_annotation(annotator=annotator2, pair_id=pair.pk, client_id=uuid.uuid4(), scores={"a": GOOD, "b": POOR})
    arbitrate(expert=expert, pair_id=pair.pk, decision="a", rationale="A names the red flags")
    hand(make_user("physician5"), pair)  # a lease still held (the pair is closed, but it shows who holds what)

    history = client_for(admin).get(f"/api/v1/pairs/{pair.pk}/history/").json()
    by_name = {a["annotator"]: a for a in history["annotations"]}
    assert by_name["physician1"]["display_order"] == "ba" and by_name["physician2"]["display_order"] == "ab"
    assert by_name["physician1"]["revision"] == 2 and by_name["physician1"]["rationale"] == "B safer"
    (earlier,) = by_name["physician1"]["history"]
    assert earlier["revision"] == 1 and earlier["scores"]["a"] == GOOD.as_dict() and earlier["superseded_at"]
    assert by_name["physician1"]["settings"]["guideline_version"] == 1
    assert [(s["annotator"], s["reason"]) for s in history["skips"]] == [("physician3", "Outside my specialty")]
    assert [(d["expert"], d["decision"]) for d in history["arbitrations"]] == [("expert1", "a")]
    assert [(lease["annotator"], lease["display_order"]) for lease in history["leases"]] == [("physician5", "ab")]
    assert history["responses"]["a"]["provenance"] == {"model_version": 7}
    assert history["responses"]["b"]["source"] == "model-b"
    assert history["prompt_meta"] == {"source_file": "round1.jsonl"}
    assert history["state"] == "arbitrated" and history["decision"] == "a"


def test_physicians_get_403_from_the_browser_the_history_and_the_pages(world, annotator):
    client = client_for(annotator)
    for query in ({"q": "question"}, {"annotator": annotator.pk}, {"flag": "any"}, {"gold": "true"}):
        response = client.get("/api/v1/pairs/", query)
        assert response.status_code == 403 and response.json()["message"]
    assert client.get(f"/api/v1/pairs/{world['agreed'].pk}/history/").status_code == 403
    assert client.get("/api/v1/pairs/").status_code == 200  # her own pairs, as before
    page = Client()
    page.force_login(annotator)
    assert page.get("/console/pairs/").status_code == 403
    assert page.get(f"/console/pairs/{world['agreed'].pk}/").status_code == 403


def test_experts_browse_only_the_pairs_they_see_in_full_and_never_by_gold(world, expert, annotator):
    client = client_for(expert)
    assert ids(client.get("/api/v1/pairs/", {"q": "question"})) == [world["conflict"].pk, world["disputed"].pk]
    assert ids(client.get("/api/v1/pairs/", {"annotator": annotator.pk})) == [
        world["conflict"].pk,
        world["disputed"].pk,
    ]
    assert client.get("/api/v1/pairs/", {"gold": "false"}).status_code == 403
    assert client.get("/api/v1/pairs/", {"q": "question", "state": "pending"}).status_code == 403
    assert client.get(f"/api/v1/pairs/{world['conflict'].pk}/history/").status_code == 200
    for hidden in ("agreed", "flagged", "gold"):
        assert client.get(f"/api/v1/pairs/{world[hidden].pk}/history/").status_code == 404
    history = client.get(f"/api/v1/pairs/{world['conflict'].pk}/history/").json()
    assert (
        len(history["annotations"]) == 2 and "prompt_meta" not in history and "source" not in history["responses"]["a"]
    )


def test_experts_browse_only_the_campaigns_they_are_members_of(expert, annotator, annotator2):
    dermatology = make_campaign("Dermatology", gold_rate=0)
    (pair,) = make_pairs(dermatology, 1, start=300)
    judge_pair(annotator, pair, GOOD, POOR)
    judge_pair(annotator2, pair, POOR, GOOD)
    client = client_for(expert)
    assert ids(client.get("/api/v1/pairs/", {"q": "question"})) == []
    assert client.get(f"/api/v1/pairs/{pair.pk}/history/").status_code == 404
    join(dermatology, expert)
    assert ids(client.get("/api/v1/pairs/", {"q": "question"})) == [pair.pk]
    assert client.get(f"/api/v1/pairs/{pair.pk}/history/").status_code == 200


def test_an_expert_judging_a_pending_pair_cannot_browse_to_it(campaign, expert):
    (pair,) = make_pairs(campaign, 1)
    hand(expert, pair)
    client = client_for(expert)
    assert ids(client.get("/api/v1/pairs/", {"q": "question"})) == []
    assert client.get(f"/api/v1/pairs/{pair.pk}/history/").status_code == 404


def test_the_pages_show_the_filtered_list_and_a_pair_with_who_saw_which_answer_on_the_left(world, admin):
    page = Client()
    page.force_login(admin)
    listed = page.get("/console/pairs/", {"q": "rehydration"}).content.decode()
    assert f"/console/pairs/{world['agreed'].pk}/" in listed and f"/console/pairs/{world['gold'].pk}/" not in listed
    # The filter form sends every field, the unused ones empty.
    form = {
        "q": "rehydration",
        "campaign": "",
        "state": "",
        "annotator": "",
        "flag": "",
        "safety_conflict": "",
        "gold": "",
    }
    assert f"/console/pairs/{world['agreed'].pk}/" in page.get("/console/pairs/", form).content.decode()
    refused = page.get("/console/pairs/", {"q": "a"}, follow=True).content.decode()
    assert "at least 2 characters" in refused
    detail = page.get(f"/console/pairs/{world['conflict'].pk}/").content.decode()
    assert "physician1" in detail and "physician2" in detail and 'class="left-answer">A<' in detail
    assert "safety conflict" in detail.lower()


def build(campaign, size: int, start: int) -> list[Pair]:
    pairs = make_pairs(campaign, size, start=start)
    doctors = [make_user(f"qc{start}-{n}") for n in range(3)]
    for index, pair in enumerate(pairs):
        judge_pair(doctors[index % 3], pair, GOOD, POOR, flags=["needs_expert"] if index % 2 else [])
        Skip.objects.create(pair=pair, annotator=doctors[(index + 1) % 3], reason="busy")
        Lease.objects.filter(pair=pair).delete()
    return pairs


def count(call) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = call()
    assert response.status_code == 200, response.content
    return len(queries)


def costs(admin, campaign, pairs) -> dict[str, int]:
    client = client_for(admin)
    page = Client()
    page.force_login(admin)
    target = pairs[-1]
    return {
        "list": count(lambda: client.get("/api/v1/pairs/", {"campaign": campaign.pk})),
        "search": count(lambda: client.get("/api/v1/pairs/", {"q": "question", "flag": "any"})),
        "history": count(lambda: client.get(f"/api/v1/pairs/{target.pk}/history/")),
        "page": count(lambda: page.get("/console/pairs/", {"q": "question"})),
        "pair page": count(lambda: page.get(f"/console/pairs/{target.pk}/")),
    }


def test_the_browser_costs_the_same_number_of_queries_with_ten_times_the_data(admin):
    small = Campaign.objects.create(name="small", gold_rate=0)
    large = Campaign.objects.create(name="large", gold_rate=0)
    few = costs(admin, small, build(small, 6, 0))
    many = costs(admin, large, build(large, 60, 1000))
    assert few == many, (few, many)
    assert few["list"] <= 3 and few["history"] <= 8
