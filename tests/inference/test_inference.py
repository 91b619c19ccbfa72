"""Inference: candidate rounds with the tiny model, evaluation results against hand computation, leaderboard."""

import pytest

from annotation.models import Campaign, Pair
from inference import stats
from inference.models import Evaluation, GenerationJob
from inference.runner import run_generation_job
from inference.services import evaluation_results, near_identical, similarity, start_generation
from tests.factories import client_for, make_user, prompts_campaign, scripted_evaluation
from training.models import ModelVersion

# --- statistics ---------------------------------------------------------------------------------


def test_win_rate_counts_ties_as_half_and_has_a_wilson_interval():
    # 6 wins, 2 ties, 2 losses: p = 7/10; Wilson with z = 1.96: centre 0.6445, half-width 0.2477.
    assert stats.win_rate(6, 2, 2) == {
        "wins": 6,
        "ties": 2,
        "losses": 2,
        "identical": 0,
        "n": 10,
        "win_rate": 0.7,
        "ci_low": 0.3968,
        "ci_high": 0.8922,
    }
    assert stats.win_rate(0, 0, 0)["win_rate"] is None
    assert stats.win_rate(5, 0, 0)["ci_high"] == 1.0


def test_near_identical_answers_are_recognised():
    assert near_identical("Take 400 mg every 6 hours.", "Take 400 mg  every 6 hours. ")
    assert near_identical("不客气，我很高兴能够帮助到您。", "不客气，我很高兴能够帮助您。")
    assert not near_identical("Call emergency services now.", "Rest and drink water.")
    # Invisible format characters do not make twins differ.
    assert similarity("Re\u200bst\u00ad.\u2060", "Rest.") == 1.0 and near_identical("O\u200bK", "OK")


# --- generation with the tiny model -------------------------------------------------------------


@pytest.mark.django_db
def test_two_samples_round_creates_pairs_with_provenance(tiny_version):
    campaign = prompts_campaign()
    job = start_generation(
        model_version=tiny_version,
        source_campaign=campaign,
        strategy="two_samples",
        sampling={"temperature": 1.0, "max_new_tokens": 24, "seed": 3, "batch_size": 3},
        enqueue=False,
    )
    assert run_generation_job(job.pk) == "succeeded"
    job.refresh_from_db()
    assert (job.prompts_total, job.prompts_done) == (4, 4)
    assert job.pairs_created + job.skipped_similar == 4 and job.pairs_created >= 2
    pairs = Pair.objects.filter(campaign=campaign).select_related("response_a", "response_b")
    assert pairs.count() == job.pairs_created
    for pair in pairs:
        a, b = pair.response_a.provenance, pair.response_b.provenance
        assert a["model_version"] == b["model_version"] == tiny_version.pk
        assert a["sampling"]["temperature"] == 1.0 and a["generation_job"] == job.pk
        assert a["seed"] != b["seed"]
        assert not near_identical(pair.response_a.text, pair.response_b.text)
    assert run_generation_job(job.pk) is None  # never run twice


@pytest.mark.django_db
def test_identical_candidates_are_not_paired(tiny_version, tiny_model_dir):
    twin = ModelVersion.objects.create(name="tiny-twin", base_model=str(tiny_model_dir), lineage="twin")
    campaign = prompts_campaign()
    job = start_generation(
        model_version=tiny_version,
        other_version=twin,
        source_campaign=campaign,
        strategy="versus",
        sampling={"temperature": 0, "max_new_tokens": 16},
        enqueue=False,
    )
    assert run_generation_job(job.pk) == "succeeded"
    job.refresh_from_db()
    assert (job.pairs_created, job.skipped_similar) == (0, 4)  # greedy answers of the same weights are identical


@pytest.mark.django_db
def test_versus_reference_pairs_with_the_stored_answer_in_another_campaign(tiny_version):
    source = prompts_campaign()
    target = Campaign.objects.create(name="Round 2", gold_rate=0)
    job = start_generation(
        model_version=tiny_version,
        source_campaign=source,
        target_campaign=target,
        strategy="versus_reference",
        sampling={"max_new_tokens": 16},
        enqueue=False,
    )
    run_generation_job(job.pk)
    job.refresh_from_db()
    assert (job.prompts_total, job.skipped_no_reference) == (2, 2)
    pairs = list(Pair.objects.filter(campaign=target).select_related("prompt", "response_a", "response_b"))
    assert len(pairs) == 2
    for pair in pairs:
        assert pair.prompt.campaign == target and pair.prompt.meta["copied_from"]
        # Either side may hold the reference: a hash of the round and prompt decides, not the strategy.
        sources = {
            r.provenance.get("source") or r.provenance.get("model_version") for r in (pair.response_a, pair.response_b)
        }
        assert sources == {"reference", tiny_version.pk}


@pytest.mark.django_db
def test_a_model_that_cannot_be_loaded_fails_the_job_with_the_reason():
    broken = ModelVersion.objects.create(name="broken", base_model="/nowhere/model", lineage="broken")
    job = start_generation(
        model_version=broken, source_campaign=prompts_campaign(), strategy="two_samples", enqueue=False
    )
    assert run_generation_job(job.pk) == "failed"
    job.refresh_from_db()
    assert "could not load model /nowhere/model" in job.error


@pytest.mark.django_db
def test_generation_settings_are_checked(tiny_version):
    campaign = prompts_campaign()
    from annotation.errors import ServiceError

    with pytest.raises(ServiceError, match="needs other_version"):
        start_generation(model_version=tiny_version, source_campaign=campaign, strategy="versus")
    with pytest.raises(ServiceError, match="top_p"):
        start_generation(
            model_version=tiny_version, source_campaign=campaign, strategy="two_samples", sampling={"top_p": 2}
        )
    with pytest.raises(ServiceError, match="unknown sampling"):
        start_generation(
            model_version=tiny_version, source_campaign=campaign, strategy="two_samples", sampling={"beam": 4}
        )


# --- evaluation results ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_evaluation_results_match_a_hand_computation():
    evaluation = scripted_evaluation(["win"] * 6 + ["tie"] * 2 + ["loss"] * 2, multi_turn_from=8)
    results = evaluation_results(evaluation)
    assert results["overall"] == {
        "wins": 6,
        "ties": 2,
        "losses": 2,
        "identical": 0,
        "n": 10,
        "win_rate": 0.7,
        "ci_low": 0.3968,
        "ci_high": 0.8922,
    }
    assert results["professionalism"] == results["overall"]  # professionalism decided every pair
    assert results["safety"] == {**stats.win_rate(0, 10, 0)}
    assert (
        results["by_turns"]["single_turn"]["overall"]["n"] == 8
        and results["by_turns"]["multi_turn"]["overall"]["losses"] == 2
    )
    assert [f["prompt"] for f in results["lost"]] == ["e8", "e9"] and len(results["won"]) == 6
    assert results["lost"][0]["page"] == f"/arbitration/{results['lost'][0]['pair_id']}/"
    assert results["pending_pairs"] == 0


@pytest.mark.django_db
def test_results_and_leaderboard_through_the_api(admin):
    evaluation = scripted_evaluation(["win"] * 7 + ["loss"] * 3)
    client = client_for(admin)
    results = client.get(f"/api/v1/evaluations/{evaluation.pk}/results/").json()
    assert (results["overall"]["wins"], results["overall"]["losses"], results["model_a"]["name"]) == (7, 3, "new")
    boards = client.get("/api/v1/leaderboard/").json()
    assert set(boards) == {"safety", "professionalism", "fluency", "overall"}
    board = boards["overall"]["rows"]
    assert [row["name"] for row in board] == ["new", "old"]
    assert board[0]["controlled_ci_low"] <= board[0]["controlled_score"] <= board[0]["controlled_ci_high"]
    assert board[0]["ci_low"] <= board[0]["score"] <= board[0]["ci_high"] and board[0]["judged_pairs"] == 10
    assert client_for(make_user("someone")).get("/api/v1/leaderboard/").status_code == 403


@pytest.mark.django_db
def test_creating_an_evaluation_makes_a_blind_campaign_and_a_versus_round(
    admin, tiny_version, tiny_model_dir, django_capture_on_commit_callbacks
):
    other = ModelVersion.objects.create(name="tiny-b", base_model=str(tiny_model_dir), lineage="b")
    prompts = prompts_campaign()
    with django_capture_on_commit_callbacks(execute=False):
        response = client_for(admin).post(
            "/api/v1/evaluations/",
            {"model_a": tiny_version.pk, "model_b": other.pk, "prompts": prompts.pk, "limit": 3},
            format="json",
        )
    assert response.status_code == 201, response.content
    evaluation = Evaluation.objects.get(pk=response.json()["id"])
    assert evaluation.campaign.pk == response.json()["campaign"] and evaluation.campaign.gold_rate == 0
    # Judges see the campaign: a code name, nothing about the models or the prompt source.
    assert evaluation.campaign.name == response.json()["code_name"] == f"Evaluation E-{evaluation.pk}"
    assert "tiny" not in evaluation.campaign.description and prompts.name not in evaluation.campaign.description
    job = evaluation.generation_job
    assert (job.strategy, job.model_version, job.other_version, job.target_campaign, job.limit) == (
        "versus",
        tiny_version,
        other,
        evaluation.campaign,
        3,
    )
    assert (
        client_for(admin)
        .post("/api/v1/evaluations/", {"model_a": other.pk, "model_b": other.pk, "prompts": prompts.pk}, format="json")
        .status_code
        == 400
    )


@pytest.mark.django_db
def test_cancel_stops_a_round_between_batches_and_keeps_what_was_stored(tiny_version, monkeypatch):
    from inference import services
    from inference.services import cancel_generation

    campaign = prompts_campaign()
    job = start_generation(
        model_version=tiny_version,
        source_campaign=campaign,
        strategy="two_samples",
        sampling={"temperature": 1.0, "max_new_tokens": 8, "batch_size": 1},
        enqueue=False,
    )
    store = services.store_pairs

    def store_then_cancel(job_, prompts, candidates):
        result = store(job_, prompts, candidates)
        GenerationJob.objects.filter(pk=job_.pk).update(cancel_requested=True)  # what the cancel endpoint does
        return result

    monkeypatch.setattr(services, "store_pairs", store_then_cancel)
    assert run_generation_job(job.pk) == "cancelled"
    job.refresh_from_db()
    assert (job.state, job.prompts_done) == ("cancelled", 1)
    queued = start_generation(
        model_version=tiny_version, source_campaign=campaign, strategy="two_samples", enqueue=False
    )
    assert cancel_generation(job_id=queued.pk).state == "cancelled"
    assert run_generation_job(queued.pk) is None


@pytest.mark.django_db
def test_a_round_whose_worker_vanished_is_failed_with_the_reason(tiny_version, settings):
    from datetime import timedelta

    from django.utils import timezone

    from medpref.core import runs

    settings.TRAINING_HEARTBEAT_TIMEOUT = 60
    campaign = prompts_campaign()
    stale = start_generation(
        model_version=tiny_version, source_campaign=campaign, strategy="two_samples", enqueue=False
    )
    fresh = start_generation(
        model_version=tiny_version, source_campaign=campaign, strategy="two_samples", enqueue=False
    )
    GenerationJob.objects.filter(pk=stale.pk).update(
        state="running", heartbeat_at=timezone.now() - timedelta(minutes=5), worker_host="gpu-3"
    )
    GenerationJob.objects.filter(pk=fresh.pk).update(state="running", heartbeat_at=timezone.now())
    assert runs.reap(GenerationJob) == 1
    stale.refresh_from_db(), fresh.refresh_from_db()
    assert stale.state == "failed" and "gpu-3 stopped answering" in stale.error
    assert fresh.state == "running"
