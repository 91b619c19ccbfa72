"""Blinding of generated placements, tested as the attack: an expert who sees an evaluation pair's
external id (the prompt's) or a ranking item's (`gen<job>-<prompt>`) and guesses the job's id must do
no better than chance at telling which model is side A, or which candidate sits at which position."""

import hashlib
import random

import pytest

from annotation.models import Campaign, CampaignKind, Pair, Prompt
from inference.generation import Sampling
from inference.models import Evaluation, Strategy
from inference.services import create_evaluation, provenance, start_generation, store_pairs, store_rankings
from training.models import ModelVersion

PROMPTS = 200
#: Of PROMPTS fair guesses, the share right lies within this band but for one time in about 10^4.
CHANCE = (0.36, 0.64)
#: Answers so unlike each other that none is near-identical to another.
ANSWERS = (
    "Rest, drink water and measure the temperature twice a day.",
    "Go to the emergency department at once.",
    "顺便说一下，我建议您先去社区医院做个血常规。",
    "Ibuprofen 400 mg after food; no more than three doses daily.",
)


@pytest.fixture(autouse=True)
def server_secret(settings):
    """A fixed secret, so that each run draws the same placements (the bands hold for any secret)."""
    settings.SECRET_KEY = "this test server's secret"


def held_out(count: int) -> Campaign:
    prompts = Campaign.objects.create(name="held out", gold_rate=0)
    Prompt.objects.bulk_create(
        [
            Prompt(campaign=prompts, external_id=f"q{i}", messages=[{"role": "user", "content": f"question {i}"}])
            for i in range(count)
        ]
    )
    return prompts


def versions() -> tuple[ModelVersion, ModelVersion]:
    return (
        ModelVersion.objects.create(name="dpo-v3", base_model="/m", lineage="l"),
        ModelVersion.objects.create(name="sft-v2", base_model="/m", lineage="l2"),
    )


def sha256_says_first_is_a(round_id: str) -> bool:
    """The placement rule a judge could recompute: a plain hash of `gen<job>-<external id>`."""
    return hashlib.sha256(round_id.encode()).digest()[0] % 2 == 0


@pytest.mark.django_db
def test_an_expert_who_sees_the_external_id_cannot_tell_which_model_is_side_a():
    new, old = versions()
    evaluation: Evaluation = create_evaluation(model_a=new, model_b=old, prompts=held_out(PROMPTS))
    job = evaluation.generation_job
    prompts = list(evaluation.prompts_campaign.prompts.order_by("id"))
    candidates = [
        ((ANSWERS[0], provenance(new, job, Sampling(), 0, 5)), (ANSWERS[1], provenance(old, job, Sampling(), 1, 5)))
        for _ in prompts
    ]
    assert store_pairs(job, prompts, candidates) == (PROMPTS, 0)
    pairs = list(Pair.objects.filter(campaign=evaluation.campaign).select_related("response_a"))
    new_is_a = {pair.external_id: pair.response_a.provenance["model_version"] == new.pk for pair in pairs}
    right = sum(sha256_says_first_is_a(f"gen{job.pk}-{eid}") == is_a for eid, is_a in new_is_a.items()) / PROMPTS
    assert CHANCE[0] < right < CHANCE[1], right
    assert CHANCE[0] < sum(new_is_a.values()) / PROMPTS < CHANCE[1]  # each model is A about half the time


@pytest.mark.django_db
def test_a_judge_cannot_tell_which_seed_wrote_the_candidate_at_each_position():
    source, target = held_out(60), Campaign.objects.create(name="ranked", gold_rate=0, kind=CampaignKind.RANKINGS)
    version, _ = versions()
    job = start_generation(
        model_version=version,
        source_campaign=source,
        target_campaign=target,
        strategy=Strategy.TWO_SAMPLES,
        candidates=4,
        enqueue=False,
    )
    prompts = list(source.prompts.order_by("id"))
    answers = [[(text, {"source": "sample", "seed": seed}) for seed, text in enumerate(ANSWERS)] for _ in prompts]
    assert store_rankings(job, prompts, answers)[0] == len(prompts)
    recovered = 0
    for pair in Pair.objects.filter(campaign=target):
        seeds = [c.response.provenance["seed"] for c in pair.candidates.select_related("response").order_by("position")]
        guess = list(range(len(ANSWERS)))
        random.Random(pair.external_id).shuffle(guess)  # the order the round id alone would give
        recovered += guess == seeds
    # A blind guess of 4! orders is right 1 time in 24 (2 or 3 of 60); the round id gave all 60 back.
    assert recovered < 10, recovered
