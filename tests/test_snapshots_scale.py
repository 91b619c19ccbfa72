"""Snapshots at scale (issue 15): streamed in chunks, the same bytes as before, past PostgreSQL's parameter limit."""
from __future__ import annotations

import hashlib

import pytest

from annotation.models import AUTO_TIE, Campaign, Pair, Prompt, Response
from annotation.rules import Scores
from annotation.services.arbitration import arbitrate
from annotation.services.snapshots import create_snapshot
from tests.helpers import judge_pair

GOOD, OKAY, POOR = Scores(5, 4, 4), Scores(4, 4, 4), Scores(4, 2, 3)

# Computed with the snapshot code of before issue 15 (one query, every row in memory), on `pinned` below.
PINNED_SHA256 = {
    "dpo": "b126694ae05446d1919f37688dcb53d08c272ab420ad8e19a555a9f3d7e2fecb",
    "sft": "9feca1ba4abd12ce1242be15a47fc2b0e93147d79d8ddc7611f5d51bb5c12993",
}
PINNED_COUNTS = {
    "dpo": {"rows": 6, "resolved_pairs": 8, "tie_or_excluded": 1, "chosen_unsafe": 1, "below_min_professionalism": 0},
    "sft": {"rows": 4, "resolved_pairs": 8, "tie_or_excluded": 1, "chosen_unsafe": 1, "below_min_professionalism": 2},
}


def pair_with_id(campaign: Campaign, pk: int, messages: list[dict], a: str, b: str, **fields) -> Pair:
    prompt = Prompt.objects.create(campaign=campaign, external_id=f"q{pk}", messages=messages)
    response_a = Response.objects.create(prompt=prompt, text=a, source="model-a")
    response_b = Response.objects.create(prompt=prompt, text=b, source="model-b")
    return Pair.objects.create(pk=pk, campaign=campaign, prompt=prompt, response_a=response_a, response_b=response_b, external_id=f"q{pk}", **fields)


@pytest.fixture
def pinned(db, annotator, annotator2, expert) -> Campaign:
    """Every kind of resolved pair, with fixed ids so the exported bytes never depend on test order."""
    campaign = Campaign.objects.create(pk=7001, name="Pinned export", gold_rate=0.0)
    user = [{"role": "user", "content": "My child has had a fever of 39 °C since last night. What should I do?"}]
    multi = [
        {"role": "user", "content": "孩子发烧39度怎么办？"},
        {"role": "assistant", "content": "请问孩子多大了？"},
        {"role": "user", "content": "三岁，精神还可以。"},
    ]
    both = (annotator, annotator2)
    pairs = {}
    for offset, (name, messages) in enumerate(
        [("agreed_a", user), ("agreed_b", multi), ("tied", user), ("unsafe", user), ("unprofessional", multi), ("arbitrated_scored", user),
         ("arbitrated_unscored", multi), ("arbitrated_twice", user), ("excluded", user), ("pending", user), ("auto_tie", user)]
    ):
        pairs[name] = pair_with_id(campaign, 7101 + offset, messages, f"Answer A «{name}»: keep her hydrated.", f"Answer B «{name}»: see a doctor \"now\".")
    gold = pair_with_id(campaign, 7199, user, "Gold A", "Gold B", is_gold=True, gold_answer="a")
    for doctor in both:
        judge_pair(doctor, pairs["agreed_a"], GOOD, POOR)
        judge_pair(doctor, pairs["agreed_b"], POOR, GOOD)
        judge_pair(doctor, pairs["tied"], OKAY, OKAY)
        judge_pair(doctor, pairs["unsafe"], Scores(2, 4, 4), Scores(1, 4, 4))
        judge_pair(doctor, pairs["unprofessional"], Scores(5, 3, 4), Scores(4, 3, 4))
    for name in ("arbitrated_scored", "arbitrated_unscored", "arbitrated_twice", "excluded"):
        judge_pair(annotator, pairs[name], GOOD, POOR)
        judge_pair(annotator2, pairs[name], POOR, GOOD)
    judge_pair(annotator, pairs["pending"], GOOD, POOR)
    arbitrate(expert=expert, pair_id=pairs["arbitrated_scored"].pk, decision="b", rationale="B is right", scores={"a": POOR, "b": GOOD}, corrected_response="A corrected, complete answer: 补液，观察。")
    arbitrate(expert=expert, pair_id=pairs["arbitrated_unscored"].pk, decision="a", rationale="A is right")
    arbitrate(expert=expert, pair_id=pairs["arbitrated_twice"].pk, decision="a", rationale="First thought")
    arbitrate(expert=expert, pair_id=pairs["arbitrated_twice"].pk, decision="b", rationale="On reflection B", scores={"a": OKAY, "b": GOOD})
    arbitrate(expert=expert, pair_id=pairs["excluded"].pk, decision="exclude", rationale="Off topic")
    Pair.objects.filter(pk=pairs["auto_tie"].pk).update(state="consensus", decision="a", meta={AUTO_TIE: True})
    Pair.objects.filter(pk=gold.pk).update(state="consensus", decision="a")
    return campaign


@pytest.mark.parametrize("kind", ["dpo", "sft"])
def test_the_export_keeps_the_bytes_it_had_before_streaming(pinned, kind):
    snapshot = create_snapshot(campaigns=[pinned], kind=kind)
    with snapshot.open() as file:
        data = file.read()
    assert snapshot.manifest["counts"] == PINNED_COUNTS[kind]
    assert snapshot.sha256 == hashlib.sha256(data).hexdigest() == PINNED_SHA256[kind]
