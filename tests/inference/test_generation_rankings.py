"""Generation rounds with K candidates (PROTOCOL §10): into a campaign of kind rankings a round samples
K answers per prompt and stores ranking items (a Pair whose A and B are candidates 0 and 1, and one
Candidate per answer with its version, seed and settings); repeated answers are dropped and counted;
a campaign of pairs keeps its two answers. Through the real worker as the other rounds, tiny model."""

import pytest

from annotation.models import Campaign, CampaignKind, Candidate, Pair
from inference.models import GenerationJob
from inference.runner import run_generation_job
from inference.services import near_identical, start_generation
from tests.factories import client_for, prompts_campaign
from tests.inference.generation_support import ENDED, wait_until
from tests.training_support import admin_user
from training.models import ModelVersion

pytestmark = [pytest.mark.postgres, pytest.mark.timeout(600)]


def rankings_campaign(name: str = "Ranking round") -> Campaign:
    return Campaign.objects.create(name=name, gold_rate=0, kind=CampaignKind.RANKINGS)


def candidates_of(pair: Pair) -> list[Candidate]:
    return list(Candidate.objects.filter(pair=pair).select_related("response").order_by("position"))


@pytest.mark.django_db(transaction=True)
def test_a_round_into_a_rankings_campaign_makes_ranking_items_on_the_worker(worker, tiny_version):
    source, target = prompts_campaign(), rankings_campaign()
    admin = client_for(admin_user())
    response = admin.post(
        f"/api/v1/model-versions/{tiny_version.pk}/generate/",
        {
            "campaign": source.pk,
            "target_campaign": target.pk,
            "strategy": "two_samples",
            "candidates": 4,
            "sampling": {"temperature": 1.0, "max_new_tokens": 16, "seed": 5, "temperatures": [0.7, 1.0, 1.3, 1.6]},
        },
        format="json",
    )
    assert response.status_code == 201, response.content
    assert response.json()["candidates"] == 4
    state = wait_until(admin, response.json()["id"], lambda s: s["state"] in ENDED)
    assert state["state"] == "succeeded", state
    assert state["prompts_done"] == 4 and state["pairs_created"] + state["skipped_similar"] == 4
    items = list(Pair.objects.filter(campaign=target).select_related("response_a", "response_b"))
    assert len(items) == state["pairs_created"] > 0
    answers = sum(len(candidates_of(item)) for item in items)
    # Every answer sampled (4 prompts, K = 4) is in an item or counted as dropped.
    assert answers + state["candidates_dropped"] == 4 * 4
    for item in items:
        candidates = candidates_of(item)
        assert 2 <= len(candidates) <= 4 and item.meta["candidates"] == len(candidates)
        assert (candidates[0].response_id, candidates[1].response_id) == (item.response_a_id, item.response_b_id)
        texts = [c.response.text for c in candidates]
        assert all(not near_identical(x, y) for i, x in enumerate(texts) for y in texts[i + 1 :])
        origins = [c.response.provenance for c in candidates]
        assert {o["model_version"] for o in origins} == {tiny_version.pk}
        assert len({o["seed"] for o in origins}) == len(origins)  # each candidate its own seed
        assert {o["sampling"]["temperature"] for o in origins} <= {0.7, 1.0, 1.3, 1.6}
        assert all("temperatures" not in o["sampling"] for o in origins)
        assert item.prompt.campaign_id == target.pk and item.external_id.startswith(f"gen{state['id']}-")


@pytest.mark.django_db
def test_identical_candidates_are_dropped_and_counted(tiny_version, tiny_model_dir):
    """Greedy answers of the same weights are identical: versus a twin, only the repeats come out."""
    twin = ModelVersion.objects.create(name="tiny-twin", base_model=str(tiny_model_dir), lineage="twin")
    target = rankings_campaign()
    job = start_generation(
        model_version=tiny_version,
        other_version=twin,
        source_campaign=prompts_campaign(),
        target_campaign=target,
        strategy="versus",
        sampling={"temperature": 0, "max_new_tokens": 12},
        candidates=3,
        enqueue=False,
    )
    assert run_generation_job(job.pk) == "succeeded"
    job.refresh_from_db()
    # Three greedy answers per prompt, all the same text: no item of one answer, all 12 answers dropped.
    assert (job.pairs_created, job.skipped_similar, job.candidates_dropped) == (0, 4, 12)
    assert not Pair.objects.filter(campaign=target).exists()


@pytest.mark.django_db
def test_versus_reference_ranks_samples_with_the_reference_answer(tiny_version):
    target = rankings_campaign()
    job = start_generation(
        model_version=tiny_version,
        source_campaign=prompts_campaign(),
        target_campaign=target,
        strategy="versus_reference",
        sampling={"temperature": 1.2, "max_new_tokens": 16, "seed": 2},
        candidates=3,
        enqueue=False,
    )
    assert run_generation_job(job.pk) == "succeeded"
    job.refresh_from_db()
    assert job.pairs_created > 0
    for item in Pair.objects.filter(campaign=target).select_related("prompt"):
        candidates = candidates_of(item)
        references = [c for c in candidates if c.response.provenance.get("source") == "reference"]
        assert len(references) == 1 and references[0].response.text == item.prompt.reference
        samples = [c.response.provenance for c in candidates if c not in references]
        assert samples and all(o["model_version"] == tiny_version.pk for o in samples)


@pytest.mark.django_db
def test_k_defaults_by_the_campaign_kind_and_is_checked():
    version = ModelVersion.objects.create(name="v", base_model="/m", lineage="l")
    source = prompts_campaign()
    common = {"model_version": version, "source_campaign": source, "strategy": "two_samples", "enqueue": False}
    assert start_generation(**common).candidates == 2
    assert start_generation(**common, target_campaign=rankings_campaign()).candidates == 4
    assert start_generation(**common, target_campaign=rankings_campaign("r8"), candidates=8).candidates == 8
    from annotation.errors import ServiceError

    with pytest.raises(ServiceError, match="campaign of kind rankings"):
        start_generation(**common, candidates=4)
    with pytest.raises(ServiceError, match="from 2 to 8, got 9"):
        start_generation(**common, target_campaign=rankings_campaign("r9"), candidates=9)
    with pytest.raises(ServiceError, match="temperatures"):
        start_generation(**common, target_campaign=rankings_campaign("rt"), sampling={"temperatures": [9]})
    assert GenerationJob.objects.count() == 3


@pytest.mark.django_db
def test_the_api_refuses_k_out_of_range_naming_the_field():
    version = ModelVersion.objects.create(name="v", base_model="/m", lineage="l")
    admin = client_for(admin_user())
    response = admin.post(
        f"/api/v1/model-versions/{version.pk}/generate/",
        {"campaign": prompts_campaign().pk, "strategy": "two_samples", "candidates": 9},
        format="json",
    )
    assert response.status_code == 400 and "candidates" in response.content.decode()
