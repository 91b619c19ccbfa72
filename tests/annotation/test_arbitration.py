"""PROTOCOL §4: experts decide disputed pairs; every decision is kept."""

import pytest

from annotation.errors import Conflict, ServiceError
from annotation.models import Arbitration
from annotation.rules import Scores
from annotation.services.arbitration import arbitrate
from tests.factories import judge_pair, make_pairs

GOOD, POOR = Scores(5, 5, 4), Scores(4, 2, 3)


@pytest.fixture
def disputed(campaign, annotator, annotator2):
    (pair,) = make_pairs(campaign, 1)
    judge_pair(annotator, pair, GOOD, POOR)
    judge_pair(annotator2, pair, POOR, GOOD)
    pair.refresh_from_db()
    assert pair.state == "disputed"
    return pair


def test_expert_decision_resolves_the_pair(disputed, expert):
    arbitration = arbitrate(
        expert=expert,
        pair_id=disputed.pk,
        decision="a",
        rationale="A asks for the missing history",
        scores={"a": GOOD, "b": POOR},
    )
    disputed.refresh_from_db()
    assert (disputed.state, disputed.decision) == ("arbitrated", "a")
    assert arbitration.scores("a") == GOOD


def test_exclude_removes_the_pair(disputed, expert):
    arbitrate(expert=expert, pair_id=disputed.pk, decision="exclude", rationale="the prompt is not medical")
    disputed.refresh_from_db()
    assert (disputed.state, disputed.decision) == ("excluded", "exclude")


def test_a_new_decision_keeps_the_earlier_one(disputed, expert, admin):
    arbitrate(expert=expert, pair_id=disputed.pk, decision="a", rationale="first look")
    arbitrate(expert=admin, pair_id=disputed.pk, decision="tie", rationale="second opinion")
    disputed.refresh_from_db()
    assert disputed.decision == "tie"
    assert list(Arbitration.objects.order_by("id").values_list("decision", "expert__username")) == [
        ("a", "expert1"),
        ("tie", "admin"),
    ]


def test_scores_that_contradict_the_decision_are_refused(disputed, expert):
    with pytest.raises(ServiceError, match="your scores give 'b'"):
        arbitrate(expert=expert, pair_id=disputed.pk, decision="a", rationale="x", scores={"a": POOR, "b": GOOD})
    assert not Arbitration.objects.exists()


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"decision": "a", "rationale": " "}, "needs a rationale"),
        ({"decision": "maybe", "rationale": "x"}, "decision must be one of"),
        ({"decision": "exclude", "rationale": "x", "corrected_response": "better answer"}, "cannot go with 'exclude'"),
    ],
)
def test_invalid_decisions_are_refused(disputed, expert, kwargs, message):
    with pytest.raises(ServiceError, match=message):
        arbitrate(expert=expert, pair_id=disputed.pk, **kwargs)


def test_only_disputed_pairs_go_to_arbitration(campaign, expert):
    (pending,) = make_pairs(campaign, 1)
    with pytest.raises(Conflict, match="only disputed pairs"):
        arbitrate(expert=expert, pair_id=pending.pk, decision="a", rationale="x")


def test_annotators_cannot_arbitrate(disputed, annotator3):
    with pytest.raises(ServiceError, match="only experts"):
        arbitrate(expert=annotator3, pair_id=disputed.pk, decision="a", rationale="x")


# --- the arbitration desk validates through the API's serializer (issue 8) ------------------------


def desk_post(expert, pair, **form):
    from django.test import Client

    client = Client()
    client.force_login(expert)
    return client.post(f"/arbitration/{pair.pk}/", form)


@pytest.mark.parametrize(
    "form, message",
    [
        (
            {"decision": "a", "rationale": "x" * 300_000 + "\x00"},
            "rationale: Ensure this field has no more than 5000 characters.",
        ),
        ({"decision": "a", "rationale": "fine\x00"}, "rationale: Null characters are not allowed."),
        (
            {"decision": "a", "rationale": "fine", "corrected_response": "y" * 2_000_000},
            "corrected_response: Ensure this field has no more than 20000 characters.",
        ),
        ({"decision": "a", "rationale": "fine", "a_safety": "²"}, "scores.a.safety: A valid integer is required."),
        (
            {"decision": "a", "rationale": "fine", "a_safety": "9"},
            "scores.a.safety: Ensure this value is less than or equal to 5.",
        ),
        ({"decision": "maybe", "rationale": "fine"}, "decision: &quot;maybe&quot; is not a valid choice."),
    ],
    ids=[
        "long-rationale-with-nul",
        "nul",
        "2mb-corrected-answer",
        "superscript-score",
        "score-out-of-range",
        "bad-decision",
    ],
)
def test_the_desk_refuses_what_the_api_refuses_and_stores_nothing(disputed, expert, form, message):
    response = desk_post(expert, disputed, **form)
    assert response.status_code == 200
    assert "Invalid input: " + message in response.content.decode()
    assert not Arbitration.objects.exists()
    disputed.refresh_from_db()
    assert disputed.state == "disputed"


def test_the_desk_records_a_valid_decision_with_scores(disputed, expert):
    scores = {
        f"{key}_{dimension}": str(getattr(given, dimension))
        for key, given in (("a", GOOD), ("b", POOR))
        for dimension in ("safety", "professionalism", "fluency")
    }
    response = desk_post(expert, disputed, decision="a", rationale="A is safer", **scores)
    assert response.status_code == 302
    assert Arbitration.objects.get().scores("a") == GOOD


def test_a_superscript_campaign_filter_on_the_queue_is_a_message_not_an_error(disputed, expert):
    from django.test import Client

    client = Client()
    client.force_login(expert)
    response = client.get("/arbitration/", {"campaign": "²"})
    assert response.status_code == 200
    assert "campaign: an id is a whole number written with the digits 0-9." in response.content.decode()
    assert f"#{disputed.pk}" in response.content.decode()


def test_a_refused_decision_keeps_what_she_picked_and_wrote(disputed, expert):
    page = desk_post(
        expert, disputed, decision="a", rationale="my reasons", a_safety="4", b_fluency="2"
    ).content.decode()
    assert "<option selected>4</option>" in page and page.count("<option selected>") == 2
    assert "my reasons</textarea>" in page and 'value="a" checked' in page
