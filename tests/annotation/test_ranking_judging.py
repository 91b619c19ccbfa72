"""PROTOCOL §10 through the API: a ranking item is handed out with its candidates in a recorded
random order, every candidate is scored, the priority rule orders them, the item closes by
consensus on every two candidates or goes to an expert, who decides an order or excludes it.
Pairs campaigns answer exactly as before (their own tests say so; one check here names the kind)."""

from __future__ import annotations

import random
import uuid
from collections import Counter

import pytest
from django.db import connection
from django.db.models import Count
from django.test import Client
from django.test.utils import CaptureQueriesContext

from annotation.models import Annotation, AnnotationRevision, Arbitration, AuditEvent, Candidate, Lease, Pair
from annotation.rules import Scores
from annotation.selectors import raw_export
from annotation.selectors.arbitration import arbitration_queue, ranking_desk
from annotation.services.assignment import next_pair_for
from annotation.services.submission import submit_annotation
from tests.annotation.ranking_support import assert_ranking_facts_current, make_ranking_campaign, make_ranking_item
from tests.factories import client_for, join, make_pairs, make_user, run_threads, score_payload

TEXTS = ["Rest and fluids.", "See a doctor today.", "Take antibiotics you have at home.", "It is nothing."]
GOOD, FAIR, POOR, UNSAFE = (5, 5, 5), (5, 4, 4), (5, 3, 3), (2, 4, 4)


def scored(*triples, order=None) -> list[dict]:
    """candidate_scores as the API takes them: one entry per position (in `order` when given)."""
    names = ("safety", "professionalism", "fluency")
    entries = [{"position": p, **dict(zip(names, triple))} for p, triple in enumerate(triples)]
    return [entries[p] for p in order] if order else entries


def payload(*triples, **extra) -> dict:
    return {"client_id": str(uuid.uuid4()), "candidate_scores": scored(*triples), **extra}


@pytest.fixture(autouse=True)
def facts_kept(db):
    """After every test here, whatever the API resolved has the facts the retrain check counts."""
    yield
    assert_ranking_facts_current()


@pytest.fixture
def rankings(db, annotator, annotator2, expert):
    campaign = make_ranking_campaign()
    join(campaign, annotator, annotator2, expert)
    return campaign


@pytest.fixture
def item(rankings):
    return make_ranking_item(rankings, TEXTS, external_id="r1")


def take(user, campaign) -> dict:
    response = client_for(user).get(f"/api/v1/campaigns/{campaign.pk}/next/")
    assert response.status_code == 200, response.content
    return response.json()


def submit(user, item, body, status=201) -> dict:
    response = client_for(user).post(f"/api/v1/pairs/{item.pk}/annotations/", body, format="json")
    assert response.status_code == status, response.content
    return response.json()


def judged(users, item, *scores_each):
    """Each user takes the item through `next` and submits her scores of every candidate."""
    for user, triples in zip(users, scores_each):
        assert take(user, item.campaign)["pair_id"] == item.pk
        submit(user, item, payload(*triples))
    item.refresh_from_db()
    return item


# --- handing out -----------------------------------------------------------------------------


def test_next_gives_every_candidate_in_a_recorded_random_order_and_the_same_on_reload(rankings, item, annotator):
    first = take(annotator, rankings)
    assert first["kind"] == "rankings" and first["pair_id"] == item.pk
    assert first["responses"] == [] and first["display_order"] == ""
    shown = [c["position"] for c in first["candidates"]]
    assert sorted(shown) == [0, 1, 2, 3]
    assert [c["text"] for c in first["candidates"]] == [TEXTS[p] for p in shown]
    lease = Lease.objects.get(annotator=annotator, pair=item)
    assert lease.display_order == shown
    assert take(annotator, rankings)["candidates"] == first["candidates"], "a reload shows the same order"


def test_the_order_is_drawn_by_the_rng_per_annotator(rankings, annotator):
    """With a seeded rng the orders are reproducible, and they are not all the imported order."""
    items = [make_ranking_item(rankings, TEXTS, external_id=f"o{i}") for i in range(8)]

    def orders(seed: int) -> list[tuple[int, ...]]:
        rng, seen = random.Random(seed), []
        for _ in items:
            handed = next_pair_for(annotator=annotator, campaign=rankings, rng=rng)
            assert [c["position"] for c in handed.candidates_in_display_order()] == list(handed.display_order)
            seen.append(handed.display_order)
            # Out of her way, so the next call hands the next item.
            Lease.objects.filter(annotator=annotator).delete()
            Pair.objects.filter(pk=handed.pair.pk).update(state="consensus")
        Pair.objects.filter(pk__in=[i.pk for i in items]).update(state="pending")
        return seen

    first = orders(7)
    assert all(sorted(order) == [0, 1, 2, 3] for order in first)
    assert len(set(first)) > 1 and any(order != (0, 1, 2, 3) for order in first)
    assert orders(7) == first


def test_next_reads_the_candidates_in_one_query_however_many_there_are(annotator):
    counts = []
    for k in (2, 8):
        campaign = make_ranking_campaign(f"K={k}")
        join(campaign, annotator)
        make_ranking_item(campaign, [f"Answer {i}" for i in range(k)], external_id=f"k{k}")
        client = client_for(annotator)
        client.get("/api/v1/me/")  # her first request also records her activity
        with CaptureQueriesContext(connection) as queries:
            assert len(take(annotator, campaign)["candidates"]) == k
        counts.append(len(queries))
    assert counts[0] == counts[1], counts


def test_next_on_a_pairs_campaign_names_its_kind_and_has_no_candidates(campaign, annotator):
    make_pairs(campaign, 1)
    data = take(annotator, campaign)
    assert data["kind"] == "pairs" and data["candidates"] == []
    assert data["display_order"] in ("ab", "ba") and [r["key"] for r in data["responses"]] in (["a", "b"], ["b", "a"])


# --- submitting -----------------------------------------------------------------------------


def test_a_submission_orders_the_candidates_and_keeps_what_she_saw(rankings, item, annotator):
    shown = [c["position"] for c in take(annotator, rankings)["candidates"]]
    body = {"client_id": str(uuid.uuid4()), "candidate_scores": scored(FAIR, GOOD, UNSAFE, FAIR, order=shown)}
    data = submit(annotator, item, body)
    assert data["ranking"] == [[1], [0, 3], [2]] and data["unsafe"] == [2]
    assert data["preference"] == "b" and data["deciding_dimension"] == "professionalism"
    assert (data["a_unsafe"], data["b_unsafe"]) == (False, False)
    annotation = Annotation.objects.get()
    assert annotation.campaign_id == rankings.pk and annotation.display_order == shown
    assert annotation.candidate_scores[2] == {"safety": 2, "professionalism": 4, "fluency": 4}
    assert annotation.scores_dict()["b"] == {"safety": 5, "professionalism": 5, "fluency": 5}
    assert annotation.a_on_left == (shown.index(0) < shown.index(1))
    assert not Lease.objects.exists()


@pytest.mark.parametrize(
    ("candidate_scores", "message"),
    [
        (scored(GOOD, GOOD, GOOD), "this item has 4 candidates and 3 were scored; missing D (position 3)"),
        (scored(GOOD, GOOD, GOOD, GOOD) + [{"position": 1, "safety": 5, "professionalism": 5, "fluency": 5}],
         "candidate_scores[4]: candidate B (position 1) is scored twice"),
        (scored(GOOD, GOOD, GOOD, GOOD, GOOD), "candidate_scores[4]: there is no candidate at position 4"),
        (scored(GOOD, GOOD, GOOD, (6, 5, 5)), "candidate_scores[3].safety"),
        ([{"safety": 5, "professionalism": 5, "fluency": 5}] * 4, "candidate_scores[0].position"),
    ],
)  # fmt: skip
def test_candidate_scores_must_name_every_position_once(rankings, item, annotator, candidate_scores, message):
    take(annotator, rankings)
    data = submit(annotator, item, {"client_id": str(uuid.uuid4()), "candidate_scores": candidate_scores}, 400)
    assert message in data["message"], data
    assert not Annotation.objects.exists()


def test_the_scores_sent_must_fit_the_kind_of_item(rankings, item, campaign, annotator):
    take(annotator, rankings)
    wrong = submit(annotator, item, score_payload(), 400)
    assert "ranking item: send candidate_scores" in wrong["message"]
    both = submit(annotator, item, {**score_payload(), "candidate_scores": scored(GOOD, GOOD, GOOD, GOOD)}, 400)
    assert "either scores (a pair) or candidate_scores (a ranking item), not both" in both["message"]
    neither = submit(annotator, item, {"client_id": str(uuid.uuid4())}, 400)
    assert "send scores (A and B of a pair) or candidate_scores" in neither["message"]
    (pair,) = make_pairs(campaign, 1, start=10)
    take(annotator, campaign)
    on_pair = submit(annotator, pair, payload(GOOD, FAIR), 400)
    assert "is a pair: send scores for A and B, not candidate_scores" in on_pair["message"]
    assert not Annotation.objects.exists()


def test_a_retry_with_the_same_client_id_creates_nothing(rankings, item, annotator):
    take(annotator, rankings)
    body = payload(GOOD, FAIR, POOR, UNSAFE)
    first = submit(annotator, item, body)
    again = submit(annotator, item, body)
    assert again["outcome"] == "replayed" and again["annotation_id"] == first["annotation_id"]
    assert again["ranking"] == first["ranking"] == [[0], [1], [2], [3]]
    item.refresh_from_db()
    assert Annotation.objects.count() == 1 and item.annotation_count == 1


def test_a_revision_keeps_the_earlier_scores_and_order(rankings, item, annotator, admin):
    take(annotator, rankings)
    submit(annotator, item, payload(GOOD, FAIR, POOR, UNSAFE, rationale="first look"))
    revised = submit(annotator, item, payload(POOR, FAIR, GOOD, GOOD, rationale="second look"), 200)
    assert revised["outcome"] == "revised" and revised["revision"] == 2
    assert revised["ranking"] == [[2, 3], [1], [0]]
    (kept,) = AnnotationRevision.objects.all()
    assert kept.ranking == [[0], [1], [2], [3]]
    assert kept.scores["candidates"][3] == {"safety": 2, "professionalism": 4, "fluency": 4}
    assert kept.scores["a"] == {"safety": 5, "professionalism": 5, "fluency": 5}
    history = client_for(admin).get(f"/api/v1/pairs/{item.pk}/history/").json()
    (annotation,) = history["annotations"]
    assert annotation["ranking"] == [[2, 3], [1], [0]]
    assert annotation["candidate_scores"][0] == {"position": 0, "safety": 5, "professionalism": 3, "fluency": 3}
    assert annotation["history"][0]["ranking"] == [[0], [1], [2], [3]]
    assert [c["letter"] for c in history["candidates"]] == ["A", "B", "C", "D"]


def test_undo_gives_her_item_back_as_she_saw_it_with_her_scores(rankings, item, annotator):
    first = take(annotator, rankings)
    submit(annotator, item, payload(GOOD, FAIR, POOR, UNSAFE))
    last = client_for(annotator).get(f"/api/v1/campaigns/{rankings.pk}/last/")
    assert last.status_code == 200, last.content
    data = last.json()
    assert data["kind"] == "rankings" and data["candidates"] == first["candidates"]
    assert data["responses"] == [] and data["display_order"] == ""
    assert data["annotation"]["candidate_scores"] == scored(GOOD, FAIR, POOR, UNSAFE)
    again = submit(annotator, item, {**payload(), "candidate_scores": data["annotation"]["candidate_scores"]}, 200)
    assert again["outcome"] == "revised"


# --- consensus and disputes -------------------------------------------------------------------


def test_two_annotators_who_agree_on_every_comparison_resolve_the_order(rankings, item, annotator, annotator2):
    judged([annotator, annotator2], item, (GOOD, FAIR, FAIR, POOR), ((5, 5, 4), (5, 4, 4), (5, 4, 4), (5, 3, 5)))
    assert (item.state, item.decision, item.ranking) == ("consensus", "ranked", [[0], [1, 2], [3]])
    assert item.resolved_at is not None and not item.safety_conflict and item.dispute_reason == ""


def test_a_majority_of_three_resolves_what_one_annotator_disputes(annotator, annotator2, annotator3):
    campaign = make_ranking_campaign("Majority", annotations_per_pair=3, agreement="majority")
    join(campaign, annotator, annotator2, annotator3)
    item = make_ranking_item(campaign, TEXTS[:3], external_id="m1")
    judged([annotator, annotator2, annotator3], item, (GOOD, FAIR, POOR), (GOOD, FAIR, POOR), (FAIR, GOOD, POOR))
    assert (item.state, item.ranking) == ("consensus", [[0], [1], [2]])


def test_no_quorum_on_a_comparison_goes_to_an_expert_naming_it(annotator, annotator2, annotator3):
    campaign = make_ranking_campaign("No quorum", annotations_per_pair=3, agreement="majority")
    join(campaign, annotator, annotator2, annotator3)
    item = make_ranking_item(campaign, TEXTS[:3], external_id="q1")
    judged([annotator, annotator2, annotator3], item, (GOOD, FAIR, POOR), (FAIR, GOOD, POOR), (FAIR, FAIR, POOR))
    assert item.state == "disputed" and item.ranking == []
    assert item.dispute_reason == (
        "no comparison reached quorum 2 on A-B (physician1: A better, physician2: B better, physician3: tie)"
    )


def test_a_safety_conflict_on_one_candidate_needs_an_expert(rankings, item, annotator, annotator2, expert):
    judged([annotator, annotator2], item, (GOOD, FAIR, UNSAFE, POOR), (GOOD, FAIR, (3, 3, 3), POOR))
    assert item.state == "disputed" and item.safety_conflict and item.decision is None
    assert item.dispute_reason == "safety conflict: physician1 scored C unsafe, physician2 did not"
    assert arbitration_queue(expert).first() == item


def test_orders_that_disagree_go_to_the_queue_with_the_candidates_and_annotators(
    rankings, item, annotator, annotator2, expert
):
    judged([annotator, annotator2], item, (GOOD, FAIR, POOR, POOR), (FAIR, GOOD, POOR, (5, 4, 4)))
    assert item.state == "disputed" and not item.safety_conflict
    assert item.dispute_reason == (
        "annotators disagree on A-B (physician1: A better, physician2: B better); "
        "A-D (physician1: A better, physician2: tie); C-D (physician1: tie, physician2: D better)"
    )
    queue = client_for(expert).get("/api/v1/arbitration/", {"campaign": rankings.pk}).json()["results"]
    assert [row["id"] for row in queue] == [item.pk] and queue[0]["dispute_reason"] == item.dispute_reason
    detail = client_for(expert).get(f"/api/v1/pairs/{item.pk}/").json()
    assert [(c["position"], c["letter"], c["text"]) for c in detail["candidates"]] == [
        (p, "ABCD"[p], text) for p, text in enumerate(TEXTS)
    ]
    assert detail["ranking"] == [] and len(detail["annotations"]) == 2
    assert {len(a["candidate_scores"]) for a in detail["annotations"]} == {4}
    desk = ranking_desk(list(item.candidates.select_related("response")), list(item.annotations.order_by("id")))
    assert desk.disagreements == [("A", "B"), ("A", "D"), ("C", "D")]
    assert desk.rows[0].order == "A > B > C = D" and not any(desk.unsafe_conflict.values())


def test_the_queue_loads_the_candidates_of_a_page_in_one_query(rankings, annotator, annotator2, expert):
    for index in range(3):
        item = make_ranking_item(rankings, TEXTS, external_id=f"d{index}")
        judged([annotator, annotator2], item, (GOOD, FAIR, POOR, POOR), (FAIR, GOOD, POOR, POOR))
    with CaptureQueriesContext(connection) as queries:
        pairs = list(arbitration_queue(expert, with_candidates=True))
        texts = [[c.response.text for c in pair.candidates.all()] for pair in pairs]
    assert texts == [TEXTS] * 3 and len(queries) == 2


def test_an_annotator_sees_only_her_own_scores_and_no_resolved_order(rankings, item, annotator, annotator2):
    judged([annotator, annotator2], item, (GOOD, FAIR, FAIR, POOR), (GOOD, FAIR, FAIR, POOR))
    detail = client_for(annotator).get(f"/api/v1/pairs/{item.pk}/").json()
    assert [a["annotator"] for a in detail["annotations"]] == ["physician1"]
    assert detail["ranking"] == [] and "state" not in detail and len(detail["candidates"]) == 4


# --- arbitration ------------------------------------------------------------------------------


@pytest.fixture
def disputed(rankings, item, annotator, annotator2):
    return judged([annotator, annotator2], item, (GOOD, FAIR, POOR, POOR), (FAIR, GOOD, POOR, POOR))


def arbitrate(expert, item, status=201, **body) -> dict:
    response = client_for(expert).post(
        f"/api/v1/pairs/{item.pk}/arbitration/", {"rationale": "B names the red flags", **body}, format="json"
    )
    assert response.status_code == status, response.content
    return response.json()


def test_an_expert_ranks_the_item_with_ties_and_an_excluded_candidate(disputed, expert):
    data = arbitrate(
        expert,
        disputed,
        decision="ranked",
        ranking=[[1], [0, 3]],
        excluded_candidates=[2],
        corrected_response="See a doctor today; do not take old antibiotics.",
    )
    assert data["pair_state"] == "arbitrated" and data["ranking"] == [[1], [0, 3]]
    assert data["excluded_candidates"] == [2] and data["candidate_scores"] == []
    disputed.refresh_from_db()
    assert (disputed.state, disputed.decision, disputed.ranking) == ("arbitrated", "ranked", [[1], [0, 3]])
    event = AuditEvent.objects.get(action="arbitration.decision")
    assert event.details["after"] == {
        "state": "arbitrated",
        "decision": "ranked",
        "ranking": [[1], [0, 3]],
        "excluded_candidates": [2],
    }
    assert event.details["before"]["state"] == "disputed" and event.details["corrected_response"] is True
    detail = client_for(expert).get(f"/api/v1/pairs/{disputed.pk}/").json()
    assert detail["ranking"] == [[1], [0, 3]] and detail["arbitrations"][0]["excluded_candidates"] == [2]


def test_an_expert_may_give_her_scores_when_they_agree_with_her_order(disputed, expert):
    refused = arbitrate(
        expert, disputed, 400, decision="ranked", ranking=[[1], [0], [2, 3]],
        candidate_scores=scored(GOOD, FAIR, POOR, POOR),
    )  # fmt: skip
    assert "your scores give A above B under the priority rule, but your ranking gives B above A" in refused["message"]
    data = arbitrate(
        expert, disputed, decision="ranked", ranking=[[1], [0], [2, 3]], candidate_scores=scored(FAIR, GOOD, POOR, POOR)
    )
    assert data["candidate_scores"][1] == {"position": 1, "safety": 5, "professionalism": 5, "fluency": 5}
    stored = Arbitration.objects.get()
    assert stored.candidate_scores[0] == {"safety": 5, "professionalism": 4, "fluency": 4}
    assert stored.scores_dict()["b"] == {"safety": 5, "professionalism": 5, "fluency": 5}


def test_an_expert_excludes_the_whole_item(disputed, expert):
    data = arbitrate(expert, disputed, decision="exclude")
    assert data["pair_state"] == "excluded"
    disputed.refresh_from_db()
    assert (disputed.state, disputed.decision, disputed.ranking) == ("excluded", "exclude", [])


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"decision": "ranked", "ranking": [[1], [0, 3]]}, "ranking leaves out C; rank every candidate or exclude it"),
        ({"decision": "ranked", "ranking": [[1], [0, 1], [2, 3]]}, "ranking names B more than once"),
        ({"decision": "ranked", "ranking": [[1], [0, 3]], "excluded_candidates": [3, 2]}, "D are both ranked and excluded"),
        ({"decision": "ranked", "ranking": [[0], [1], [2], [3]], "excluded_candidates": [9]}, "excluded_candidates[0]: there is no candidate at position 9"),
        ({"decision": "ranked", "ranking": [], "excluded_candidates": [0, 1, 2, 3]}, "every candidate is excluded"),
        ({"decision": "ranked"}, "decision 'ranked' needs a ranking"),
        ({"decision": "a"}, "is a ranking item: decide 'ranked' (with a ranking) or 'exclude', not 'a'"),
        ({"decision": "exclude", "ranking": [[0], [1, 2, 3]]}, "an excluded item has no ranking"),
        ({"decision": "exclude", "corrected_response": "Better"}, "a corrected response cannot go with 'exclude'"),
        ({"decision": "ranked", "ranking": [[0, 1, 2, 3]], "scores": {"a": dict(safety=5, professionalism=5, fluency=5), "b": dict(safety=5, professionalism=5, fluency=5)}}, "give your scores as candidate_scores"),
        ({"decision": "ranked", "ranking": [[0, 1, 2, 3]], "candidate_scores": scored(GOOD, GOOD)}, "missing C (position 2), D (position 3)"),
    ],
)  # fmt: skip
def test_an_expert_order_that_is_not_one_is_refused_and_nothing_changes(disputed, expert, body, message):
    data = arbitrate(expert, disputed, 400, **body)
    assert message in data["message"], data
    disputed.refresh_from_db()
    assert disputed.state == "disputed" and disputed.ranking == [] and not Arbitration.objects.exists()


def test_a_pair_cannot_be_ranked(campaign, annotator, annotator2, expert):
    (pair,) = make_pairs(campaign, 1)
    for user, scores in (
        (annotator, score_payload((5, 5, 5), (3, 3, 3))),
        (annotator2, score_payload((3, 3, 3), (5, 5, 5))),
    ):
        take(user, campaign)
        submit(user, pair, scores)
    data = arbitrate(expert, pair, 400, decision="ranked", ranking=[[0], [1]])
    assert "is a pair: decide a, b, tie or exclude" in data["message"]
    assert arbitrate(expert, pair, decision="b")["pair_state"] == "arbitrated"


def test_the_admin_shows_a_ranking_items_candidates_read_only(rankings, item, admin):
    client = Client()
    client.force_login(admin)
    page = client.get(f"/admin/annotation/pair/{item.pk}/change/")
    assert page.status_code == 200
    (inline,) = [formset for formset in page.context["inline_admin_formsets"] if formset.opts.model is Candidate]
    assert [form.original.position for form in inline] == [0, 1, 2, 3]
    assert "ranking" not in page.context["adminform"].form.fields
    assert client.get("/admin/annotation/candidate/").status_code == 200


# --- the raw export -------------------------------------------------------------------------------


def test_the_raw_export_carries_every_candidates_scores_and_the_order(rankings, item, annotator):
    shown = [c["position"] for c in take(annotator, rankings)["candidates"]]
    submit(annotator, item, payload(GOOD, FAIR, POOR, UNSAFE))
    (row,) = raw_export.rows([rankings])
    assert row["candidate_scores"][3] == {"safety": 2, "professionalism": 4, "fluency": 4}
    assert row["ranking"] == [[0], [1], [2], [3]]
    assert row["display_order"] == "".join("abcd"[p] for p in shown)
    assert row["a_safety"] == 5 and row["preference"] == "a"


# --- concurrency ------------------------------------------------------------------------------


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_annotators_never_give_a_ranking_item_more_annotations_than_it_needs():
    campaign = make_ranking_campaign("Ranking concurrency", annotations_per_pair=2)
    items = [make_ranking_item(campaign, TEXTS[:3], external_id=f"c{i}") for i in range(6)]
    users = [make_user(f"ranker{i}") for i in range(8)]
    join(campaign, *users)
    handed: Counter = Counter()

    def work(index: int) -> None:
        client = client_for(users[index])
        while True:
            response = client.get(f"/api/v1/campaigns/{campaign.pk}/next/")
            if response.status_code == 204:
                return
            assert response.status_code == 200, response.content
            data = response.json()
            handed[(index, data["pair_id"])] += 1
            body = {"client_id": str(uuid.uuid4()), "candidate_scores": scored(GOOD, FAIR, POOR)}
            submitted = client.post(f"/api/v1/pairs/{data['pair_id']}/annotations/", body, format="json")
            assert submitted.status_code == 201, submitted.content

    assert not run_threads(len(users), work)
    per_item = dict(Annotation.objects.values_list("pair").annotate(n=Count("id")).order_by())
    assert per_item == {item.pk: 2 for item in items}
    assert max(handed.values()) == 1, "nobody was handed the same item twice"
    assert [(p.state, p.ranking) for p in Pair.objects.all()] == [("consensus", [[0], [1], [2]])] * len(items)


def test_the_service_takes_scores_in_position_order_too(rankings, item, annotator):
    """Callers inside the project (generation rounds, imports of judged data) may pass Scores by position."""
    take(annotator, rankings)
    result = submit_annotation(
        annotator=annotator,
        pair_id=item.pk,
        client_id=uuid.uuid4(),
        candidate_scores=[Scores(*GOOD), Scores(*POOR), Scores(*FAIR), Scores(*UNSAFE)],
    )
    assert result.annotation.ranking == [[0], [2], [1], [3]]
