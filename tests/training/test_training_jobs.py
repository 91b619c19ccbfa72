"""Training through the real stack: API -> Celery (Redis) -> worker -> TRL runner -> new model version."""

import json
import math
import time

import pytest

from annotation.services.snapshots import create_snapshot
from medpref.core.runs import RunState
from medpref.core.tasks import reap_stale_runs
from tests.factories import client_for
from tests.training_support import admin_user, pid_alive, resolved_demo_campaign, tiny_config, wait_for
from training.loading import generate, load_version
from training.models import JobMetric, ModelVersion, TrainingJob

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True), pytest.mark.timeout(400)]


def curve(job, name):
    return list(JobMetric.objects.filter(job=job, name=name).order_by("step").values_list("value", flat=True))


def test_one_click_dpo_retraining_learns_streams_metrics_and_registers_a_version(worker, tiny_version):
    campaign = resolved_demo_campaign()
    admin = client_for(admin_user())
    response = admin.post("/api/v1/retrain/", {"campaigns": [campaign.pk]}, format="json")
    assert response.status_code == 201, response.content
    job = TrainingJob.objects.get(pk=response.json()["id"])
    assert (job.kind, job.base_version, job.snapshot.row_count) == ("dpo", tiny_version, 58)

    # Metrics arrive while the job is still running.
    wait_for(job, lambda j: j.state == RunState.RUNNING and j.metrics.exists())
    assert admin.get(f"/api/v1/jobs/{job.pk}/").json()["state"] in ("running", "succeeded")

    job = wait_for(job, lambda j: j.state == RunState.SUCCEEDED)
    losses, accuracies = curve(job, "loss"), curve(job, "rewards/accuracies")
    assert len(losses) >= 25
    assert losses[0] == pytest.approx(math.log(2), abs=1e-3)  # the reference is the policy itself
    assert sum(losses[-5:]) / 5 < math.log(2) - 0.2
    assert sum(accuracies[-5:]) / 5 > 0.5
    assert job.progress_step == job.max_steps == 30 and job.device.startswith("cpu")

    version = ModelVersion.objects.get(job=job)
    assert (version.parent, version.snapshot, version.is_current, version.lineage) == (
        tiny_version,
        job.snapshot,
        True,
        "tiny",
    )
    tiny_version.refresh_from_db()
    assert not tiny_version.is_current
    assert version.metrics["rewards/accuracies"] > 0.5
    card = (version.adapter_path and open(f"{version.adapter_path}/README.md").read()) or ""
    assert job.snapshot.sha256 in card

    model, tokenizer = load_version(version.base_model, version.adapter_path)
    reply = generate(model, tokenizer, [{"role": "user", "content": "孩子发烧39度怎么办？"}], max_new_tokens=12)
    assert isinstance(reply, str)

    detail = admin.get(f"/api/v1/jobs/{job.pk}/").json()
    assert detail["latest_metrics"]["loss"]["step"] == 30 and detail["progress"] == 1.0
    curves = admin.get(f"/api/v1/jobs/{job.pk}/metrics/?name=loss").json()["curves"]
    assert [step for step, _ in curves["loss"]] == list(range(1, 31))
    versions = admin.get("/api/v1/model-versions/").json()["results"]
    assert [v["name"] for v in versions][:2] == [version.name, "tiny"]


def assistant_loss(model, tokenizer, rows) -> float:
    """Mean loss on the assistant turns of `rows`: what SFT is meant to lower."""
    import torch

    total = 0.0
    for row in rows:
        encoded = tokenizer.apply_chat_template(
            row["messages"], return_dict=True, return_assistant_tokens_mask=True, return_tensors="pt"
        )
        labels = encoded["input_ids"].masked_fill(torch.as_tensor(encoded["assistant_masks"]) == 0, -100)
        with torch.no_grad():
            total += model(input_ids=encoded["input_ids"], labels=labels).loss.item()
    return total / len(rows)


def test_sft_job_lowers_its_loss(worker, tiny_version):
    campaign = resolved_demo_campaign()
    snapshot = create_snapshot(campaigns=[campaign], kind="sft")
    config = tiny_config(learning_rate=1e-2, max_steps=40, lora={"r": 16, "lora_alpha": 32})
    response = client_for(admin_user()).post(
        "/api/v1/jobs/",
        {"kind": "sft", "snapshot": snapshot.pk, "base_version": tiny_version.pk, "config": config},
        format="json",
    )
    assert response.status_code == 201, response.content
    job = wait_for(TrainingJob.objects.get(pk=response.json()["id"]), lambda j: j.state == RunState.SUCCEEDED)
    losses = curve(job, "loss")
    assert len(losses) == 40
    assert sum(losses[-10:]) / 10 < sum(losses[:10]) / 10  # per-batch losses are noisy; the trend is down
    version = ModelVersion.objects.get(job=job)
    assert (version.parent, version.is_current) == (tiny_version, True)
    with snapshot.open() as data:
        rows = [json.loads(line) for line in data]
    before = assistant_loss(*load_version(tiny_version.base_model), rows)
    after = assistant_loss(*load_version(version.base_model, version.adapter_path), rows)
    assert after < before - 0.1, (before, after)


def test_cancel_stops_the_whole_process_and_marks_the_job_cancelled(worker, tiny_version):
    campaign = resolved_demo_campaign(training_config=tiny_config(max_steps=100000))
    admin = client_for(admin_user())
    job = TrainingJob.objects.get(
        pk=admin.post("/api/v1/retrain/", {"campaigns": [campaign.pk]}, format="json").json()["id"]
    )
    job = wait_for(job, lambda j: j.state == RunState.RUNNING and j.progress_step > 0)
    assert pid_alive(job.pid)
    response = admin.post(f"/api/v1/jobs/{job.pk}/cancel/")
    assert response.status_code == 200 and response.json()["cancel_requested"] is True
    job = wait_for(job, lambda j: j.state == RunState.CANCELLED, timeout=60)
    assert not pid_alive(job.pid)
    assert not ModelVersion.objects.filter(job=job).exists()
    assert admin.post(f"/api/v1/jobs/{job.pk}/cancel/").status_code == 409


def test_a_crashing_runner_fails_the_job_and_keeps_the_error(worker, tiny_version):
    campaign = resolved_demo_campaign(training_config=tiny_config(lora={"target_modules": ["no_such_proj"]}))
    admin = client_for(admin_user())
    job = TrainingJob.objects.get(
        pk=admin.post("/api/v1/retrain/", {"campaigns": [campaign.pk]}, format="json").json()["id"]
    )
    job = wait_for(job, lambda j: j.state == RunState.FAILED)
    assert "exited with code 1" in job.error
    assert "no_such_proj" in job.error  # PEFT's own message, kept
    assert "Traceback" in job.log_tail
    assert not ModelVersion.objects.filter(job=job).exists()
    tiny_version.refresh_from_db()
    assert tiny_version.is_current  # nothing changed for the lineage


def test_a_killed_worker_does_not_leave_its_job_running(worker, tiny_version, settings):
    settings.TRAINING_HEARTBEAT_TIMEOUT = 4
    campaign = resolved_demo_campaign(training_config=tiny_config(max_steps=100000))
    admin = client_for(admin_user())
    job = TrainingJob.objects.get(
        pk=admin.post("/api/v1/retrain/", {"campaigns": [campaign.pk]}, format="json").json()["id"]
    )
    job = wait_for(job, lambda j: j.state == RunState.RUNNING and j.progress_step > 0)
    worker.kill()
    deadline = time.time() + 30
    while pid_alive(job.pid) and time.time() < deadline:
        time.sleep(0.5)
    assert not pid_alive(job.pid), "the runner must die with its worker"
    time.sleep(5)
    reap_stale_runs.apply()  # what Celery beat sends every REAP_INTERVAL_SECONDS; GETs do not reap
    state = admin.get(f"/api/v1/jobs/{job.pk}/").json()
    assert state["state"] == "failed"
    assert "stopped answering" in state["error"]


def test_a_second_retrain_is_refused_while_one_runs(worker, tiny_version):
    campaign = resolved_demo_campaign(training_config=tiny_config(max_steps=100000))
    admin = client_for(admin_user())
    first = admin.post("/api/v1/retrain/", {"campaigns": [campaign.pk]}, format="json")
    assert first.status_code == 201
    second = admin.post("/api/v1/retrain/", {"campaigns": [campaign.pk]}, format="json")
    assert second.status_code == 409
    assert "already" in second.json()["message"] and f"job {first.json()['id']}" in second.json()["message"]
    job = wait_for(TrainingJob.objects.get(pk=first.json()["id"]), lambda j: j.state == RunState.RUNNING)
    admin.post(f"/api/v1/jobs/{job.pk}/cancel/")
    wait_for(job, lambda j: j.state == RunState.CANCELLED, timeout=60)
    assert admin.post("/api/v1/retrain/", {"campaigns": [campaign.pk]}, format="json").status_code == 201


def test_the_time_limit_stops_a_job_that_runs_too_long(
    tiny_version, settings, tmp_path, django_capture_on_commit_callbacks
):
    from training.services import retrain
    from training.supervisor import supervise

    settings.ARTIFACTS_DIR, settings.TRAINING_TIME_LIMIT, settings.TRAINING_HEARTBEAT_SECONDS = tmp_path, 4, 1
    campaign = resolved_demo_campaign(training_config=tiny_config(max_steps=100000))
    with django_capture_on_commit_callbacks(execute=False):  # run it here, not through a worker
        job = retrain(campaigns=[campaign])
    started = time.monotonic()
    assert supervise(job.pk) == RunState.FAILED
    assert time.monotonic() - started < 30
    job.refresh_from_db()
    assert "time limit exceeded" in job.error and not pid_alive(job.pid)
    assert supervise(job.pk) is None  # a finished job is never run again
