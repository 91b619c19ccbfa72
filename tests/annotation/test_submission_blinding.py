"""What the answers to an annotator's submissions must not tell her, tested as the attacks: posting
scores to pair ids that were never handed to her (do they exist? are they disputed?), revising her
own pairs after they closed (did her colleague agree?), revising every pair she judged (which are
gold?); and what she types as flags or skip reasons is stored de-identified, as a rationale is."""

import re
import uuid

import pytest

from annotation.errors import Conflict
from annotation.models import Annotation, Skip
from annotation.rules import Scores
from annotation.services import assignment
from annotation.services.submission import submit_annotation
from frontend.views.annotate import FLAGS, SKIP_REASONS
from tests.factories import client_for, hand, join, judge_pair, make_campaign, make_pairs, score_payload

GOOD, POOR = Scores(5, 5, 5), Scores(3, 3, 3)
#: What a clinician might type, with a name and a phone number the scrubber replaces.
PHI = "like my patient 李建国 (13812345678)"


def post(user, pair_id: int):
    return client_for(user).post(f"/api/v1/pairs/{pair_id}/annotations/", score_payload(), format="json")


def answer(response, pair_id: int) -> tuple[int, str]:
    """Status and message with the pair's id taken out: what she could compare between pairs."""
    return response.status_code, re.sub(rf"\b{pair_id}\b", "N", response.json()["message"])


@pytest.fixture
def world(db, annotator, annotator2):
    """A campaign of 2 annotations per pair: one pair in consensus, one disputed, one waiting, one gold."""
    campaign = make_campaign("Blind round", gold_rate=0.0, annotations_per_pair=2)
    join(campaign, annotator, annotator2)
    agreed, disputed, waiting = make_pairs(campaign, 3)
    (gold,) = make_pairs(campaign, 1, start=3, is_gold=True, gold_answer="a")
    return campaign, agreed, disputed, waiting, gold


def test_a_missing_pair_and_pairs_not_handed_to_her_get_the_same_answer(world, annotator, annotator2, annotator3):
    campaign, agreed, disputed, waiting, gold = world
    judge_pair(annotator, agreed, GOOD, POOR)
    judge_pair(annotator2, agreed, GOOD, POOR)
    judge_pair(annotator, disputed, GOOD, POOR)
    judge_pair(annotator2, disputed, POOR, GOOD)
    join(campaign, annotator3)
    missing = gold.pk + 1000
    answers = {answer(post(annotator3, pair_id), pair_id) for pair_id in (missing, agreed.pk, disputed.pk, waiting.pk, gold.pk)}  # fmt: skip
    assert answers == {(404, "pair N was not handed to you; ask for the next pair")}


def test_a_pair_of_another_kind_not_handed_to_her_is_not_described(world, annotator):
    """Errors about what she sent (candidate_scores for a pair) come only once the pair is hers."""
    campaign, agreed, *_ = world
    payload = {"client_id": str(uuid.uuid4()), "candidate_scores": []}
    response = client_for(annotator).post(f"/api/v1/pairs/{agreed.pk}/annotations/", payload, format="json")
    assert answer(response, agreed.pk) == (404, "pair N was not handed to you; ask for the next pair")


def test_a_closed_pair_refuses_her_revision_without_saying_how_it_closed(world, annotator, annotator2):
    campaign, agreed, disputed, *_ = world
    for pair, colleague in ((agreed, (GOOD, POOR)), (disputed, (POOR, GOOD))):
        judge_pair(annotator, pair, GOOD, POOR)
        judge_pair(annotator2, pair, *colleague)
    agreed.refresh_from_db()
    disputed.refresh_from_db()
    assert (agreed.state, disputed.state) == ("consensus", "disputed")
    answers = {answer(post(annotator, pair.pk), pair.pk) for pair in (agreed, disputed)}
    assert answers == {(409, "your annotation of pair N can no longer be changed: its annotations are all in")}


def test_gold_pairs_refuse_revision_when_an_ordinary_pair_would(world, annotator, annotator2):
    campaign, agreed, _, _, gold = world
    judge_pair(annotator, agreed, GOOD, POOR)
    judge_pair(annotator, gold, GOOD, POOR)
    # Alone on both: she may revise both.
    assert {post(annotator, pair.pk).status_code for pair in (agreed, gold)} == {200}
    judge_pair(annotator2, agreed, GOOD, POOR)
    judge_pair(annotator2, gold, GOOD, POOR)
    # Both now hold the two annotations the campaign asks for: both are final, in the same words.
    answers = {answer(post(annotator, pair.pk), pair.pk) for pair in (agreed, gold)}
    assert answers == {(409, "your annotation of pair N can no longer be changed: its annotations are all in")}
    assert Annotation.objects.get(pair=gold, annotator=annotator).revision == 2  # the refused revision changed nothing


def test_her_last_pair_is_offered_for_revision_alike_gold_or_not(world, annotator, annotator2):
    campaign, agreed, _, _, gold = world
    last = client_for(annotator)
    for pair in (agreed, gold):
        judge_pair(annotator, pair, GOOD, POOR)
        judge_pair(annotator2, pair, GOOD, POOR)
        # Her last pair, now full: the same refusal whether it is gold or not.
        response = last.get(f"/api/v1/campaigns/{campaign.pk}/last/")
        assert response.status_code == 409, (pair.is_gold, response.content)


def test_her_flags_are_stored_de_identified(world, annotator):
    _, pair, *_ = world
    result = judge_pair(annotator, pair, GOOD, POOR, flags=[f"called {PHI}", "both_unusable"])
    flags = result.annotation.flags
    assert "13812345678" not in str(flags) and "李建国" not in str(flags)
    assert flags[0].startswith("called like my patient [NAME_1] ([PHONE])") and flags[1] == "both_unusable"


def test_the_consoles_own_flags_are_kept_as_they_are(world, annotator):
    _, pair, *_ = world
    codes = [code for code, _ in FLAGS]
    assert judge_pair(annotator, pair, GOOD, POOR, flags=codes).annotation.flags == codes


def test_a_skip_reason_is_stored_de_identified(world, annotator):
    _, _, _, waiting, _ = world
    hand(annotator, waiting)
    skip = assignment.skip_pair(annotator=annotator, pair_id=waiting.pk, reason=f"I treat him, {PHI}")
    assert Skip.objects.get(pk=skip.pk).reason == "I treat him, like my patient [NAME_1] ([PHONE])"


def test_the_consoles_own_skip_reasons_are_kept_as_they_are(world, annotator):
    campaign, *pairs = world
    for pair, reason in zip(pairs, SKIP_REASONS):
        hand(annotator, pair)
        assert assignment.skip_pair(annotator=annotator, pair_id=pair.pk, reason=reason).reason == reason


def test_an_admin_is_told_a_closed_pair_takes_no_more_annotations_but_not_its_state(
    world, annotator, annotator2, admin
):
    _, agreed, *_ = world
    judge_pair(annotator, agreed, GOOD, POOR)
    judge_pair(annotator2, agreed, GOOD, POOR)
    with pytest.raises(Conflict, match="takes no more annotations") as refused:
        submit_annotation(annotator=admin, pair_id=agreed.pk, client_id=uuid.uuid4(), scores={"a": GOOD, "b": POOR})
    assert "consensus" not in str(refused.value)
