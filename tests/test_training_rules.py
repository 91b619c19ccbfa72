"""Training services and config without a worker: validation, refusals, reaping, cancel of queued jobs."""
from datetime import timedelta

import pytest
from django.utils import timezone

from annotation.errors import Conflict, ServiceError
from annotation.services.snapshots import create_snapshot
from tests.conftest import client_for
from tests.training_support import TINY_CONFIG, admin_user, resolved_demo_campaign
from training.config import ConfigError, JobConfig
from training.models import JobState, ModelVersion, TrainingJob
from training.services import cancel_job, create_job, fail_stale_jobs, register_base_model, retrain

PATHS = {"kind": "dpo", "base_model": "b", "dataset_path": "d", "output_dir": "o"}


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"lora_r": 0}, "lora_r"),
        ({"target_modules": ["lm_head"]}, "target_modules"),
        ({"loss_type": ["sigmoid", "sft"], "loss_weights": [1.0]}, "loss_weights"),
        ({"max_steps": 0}, "max_steps"),
        ({"colour": 1}, "unknown config field"),
        ({"kind": "ppo"}, "kind"),
    ],
)
def test_job_config_refuses_what_cannot_run(changes, message):
    with pytest.raises(ConfigError, match=message):
        JobConfig.from_dict({**PATHS, **changes})


def test_job_config_round_trips(tmp_path):
    config = JobConfig.from_dict({**PATHS, "beta": 0.2, "loss_type": ["sigmoid", "sft"], "loss_weights": [1.0, 0.5]})
    config.save(tmp_path / "c.json")
    assert JobConfig.load(tmp_path / "c.json") == config


@pytest.fixture
def base(db):
    return register_base_model(name="base", base_model="/models/base", lineage="base")


def test_retrain_refuses_too_few_resolved_pairs(base, settings):
    settings.RETRAIN_MIN_PAIRS = 16
    campaign = resolved_demo_campaign(limit=10)
    with pytest.raises(Conflict, match=r"only \d+ resolved pair\(s\) usable for DPO.*at least 16"):
        retrain(campaigns=[campaign])
    assert not TrainingJob.objects.exists()


def test_retrain_uses_the_campaign_config_and_the_current_version(base, django_capture_on_commit_callbacks):
    campaign = resolved_demo_campaign()
    with django_capture_on_commit_callbacks(execute=False):
        job = retrain(campaigns=[campaign])
    assert (job.kind, job.state, job.base_version, job.lineage) == ("dpo", "queued", base, "base")
    assert job.config["learning_rate"] == TINY_CONFIG["learning_rate"] and job.config["beta"] == 0.1
    assert job.max_steps == 30
    with pytest.raises(Conflict, match="already queued"):
        retrain(campaigns=[campaign])
    cancel_job(job_id=job.pk)
    job.refresh_from_db()
    assert job.state == JobState.CANCELLED


def test_jobs_reject_bad_configs_and_mismatched_snapshots(base):
    campaign = resolved_demo_campaign(limit=20)
    sft = create_snapshot(campaigns=[campaign], kind="sft")
    with pytest.raises(ServiceError, match="holds sft rows, not dpo"):
        create_job(kind="dpo", snapshot=sft, base_version=base)
    with pytest.raises(ServiceError, match="may not set output_dir"):
        create_job(kind="sft", snapshot=sft, base_version=base, config={"output_dir": "/etc"})
    with pytest.raises(ServiceError, match="invalid training config: lora_dropout"):
        create_job(kind="sft", snapshot=sft, base_version=base, config={"lora_dropout": 2})


def test_stale_running_jobs_are_failed_with_the_reason(base, settings):
    settings.TRAINING_HEARTBEAT_TIMEOUT = 60
    campaign = resolved_demo_campaign(limit=20)
    snapshot = create_snapshot(campaigns=[campaign], kind="dpo")
    old = timezone.now() - timedelta(minutes=5)
    stale = TrainingJob.objects.create(kind="dpo", config={}, snapshot=snapshot, base_version=base, lineage="base", state="running", heartbeat_at=old, worker_host="gpu-7")
    fresh = TrainingJob.objects.create(kind="dpo", config={}, snapshot=snapshot, base_version=base, lineage="base", state="running", heartbeat_at=timezone.now())
    assert fail_stale_jobs() == 1
    stale.refresh_from_db(), fresh.refresh_from_db()
    assert stale.state == "failed" and "gpu-7 stopped answering" in stale.error
    assert fresh.state == "running"


def test_training_endpoints_are_for_admins(base, annotator, expert):
    for user in (annotator, expert):
        client = client_for(user)
        assert client.get("/api/v1/jobs/").status_code == 403
        assert client.get("/api/v1/model-versions/").status_code == 403
        assert client.post("/api/v1/retrain/", {"campaigns": [1]}, format="json").status_code == 403
    assert client_for(None).get("/api/v1/jobs/").status_code == 401
    admin = client_for(admin_user())
    assert admin.get("/api/v1/model-versions/").json()["results"][0]["name"] == "base"
    assert admin.post("/api/v1/retrain/", {"campaigns": [999]}, format="json").status_code == 400
    assert admin.get("/api/v1/jobs/12345/").status_code == 404


def test_one_current_version_per_lineage(base):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        ModelVersion.objects.create(name="other", base_model="x", lineage="base", is_current=True)
