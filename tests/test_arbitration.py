"""PROTOCOL §4: experts decide disputed pairs; every decision is kept."""
import pytest

from annotation.errors import Conflict, ServiceError
from annotation.models import Arbitration
from annotation.rules import Scores
from annotation.services.arbitration import arbitrate
from tests.conftest import make_pairs
from tests.helpers import judge_pair

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
    arbitration = arbitrate(expert=expert, pair_id=disputed.pk, decision="a", rationale="A asks for the missing history", scores={"a": GOOD, "b": POOR})
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
    assert list(Arbitration.objects.order_by("id").values_list("decision", "expert__username")) == [("a", "expert1"), ("tie", "admin")]


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
