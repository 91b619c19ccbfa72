"""Training services and config without a worker: validation, refusals, reaping, cancel of queued jobs."""

import importlib
from datetime import timedelta

import pytest
from django.utils import timezone

from annotation.errors import Conflict, ServiceError
from annotation.models import SnapshotKind
from annotation.services.campaigns import create_campaign, update_campaign
from annotation.services.snapshots import create_snapshot
from medpref.core import runs
from medpref.core.runs import RunState
from tests.factories import client_for
from tests.training_support import TINY_CONFIG, admin_user, resolved_demo_campaign
from training.config import (
    DEFAULT_LORA,
    DEFAULT_TRAINER,
    ConfigError,
    JobConfig,
    JobKind,
    build_lora,
    build_trainer_config,
)
from training.models import ModelVersion, TrainingJob
from training.services import cancel_job, create_job, register_base_model, retrain

PATHS = {"kind": "dpo", "base_model": "b", "dataset_path": "d", "output_dir": "o"}


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"lora": {"r": 0}}, r"lora\.r must be a positive integer"),
        ({"lora": {"target_modules": ["lm_head"]}}, "target_modules"),
        ({"lora": {"rank": 8}}, "lora: .*rank"),  # PEFT's LoraConfig refuses the name
        ({"trainer": {"loss_type": ["sigmoid", "sft"], "loss_weights": [1.0]}}, "loss_weights"),
        ({"trainer": {"max_steps": 0}}, "max_steps"),
        ({"trainer": {"bf16": "yes"}}, r"trainer\.bf16 must be true or false"),
        ({"trainer": {"lerning_rate": 1e-5}}, r"trainer \(DPOConfig\): .*lerning_rate"),  # TRL's DPOConfig refuses it
        ({"trainer": {"output_dir": "/etc"}}, r"trainer\.output_dir is decided by medpref"),
        ({"trainer": {"push_to_hub": True}}, r"trainer\.push_to_hub is decided by medpref"),
        ({"kind": "sft", "trainer": {"beta": 0.1}}, r"trainer \(SFTConfig\): .*beta"),  # a DPO field in an SFT job
        ({"lora_r": 8}, "unknown config field"),  # the flat shape of old configs
        ({"trainer": [1]}, "trainer must be an object"),
        ({"kind": "ppo"}, "kind"),
    ],
)
def test_job_config_refuses_what_cannot_run(changes, message):
    with pytest.raises(ConfigError, match=message):
        JobConfig.from_dict({**PATHS, **changes})


def test_job_config_round_trips_with_the_defaults_filled_in(tmp_path):
    config = JobConfig.from_dict(
        {**PATHS, "trainer": {"beta": 0.2, "loss_type": ["sigmoid", "sft"], "loss_weights": [1.0, 0.5]}}
    )
    assert config.trainer == {
        **DEFAULT_TRAINER["dpo"],
        "beta": 0.2,
        "loss_type": ["sigmoid", "sft"],
        "loss_weights": [1.0, 0.5],
    }
    assert config.lora == DEFAULT_LORA
    config.save(tmp_path / "c.json")
    assert JobConfig.load(tmp_path / "c.json") == config


def test_the_defaults_reach_trl_and_peft_unchanged():
    """One source of defaults: what TRL and PEFT are built with is what training.config says."""
    config = JobConfig.from_dict(PATHS)
    trl_config = build_trainer_config("dpo", config.trainer, output_dir="/tmp/out", hardware={"bf16": False})
    for name, value in DEFAULT_TRAINER["dpo"].items():
        assert getattr(trl_config, name) == value, name
    assert (trl_config.save_strategy, trl_config.report_to, trl_config.bf16) == ("no", [], False)
    lora = build_lora(config.lora)
    assert (lora.r, lora.lora_alpha, lora.lora_dropout, set(lora.target_modules)) == (
        16,
        32,
        0.05,
        set(DEFAULT_LORA["target_modules"]),
    )
    sft = JobConfig.from_dict({**PATHS, "kind": "sft"})
    assert (
        build_trainer_config("sft", sft.trainer, output_dir="/tmp/out", hardware={"bf16": False}).assistant_only_loss
        is True
    )


def test_every_job_kind_is_a_snapshot_kind():
    """A job trains on a snapshot of its own kind; ranking snapshots are for reward models trained elsewhere."""
    assert set(JobKind.values) <= set(SnapshotKind.values)
    assert set(SnapshotKind.values) - set(JobKind.values) == {"ranking"}


OLD_DEFAULTS = {  # what settings.TRAINING_DEFAULT_CONFIG merged into every job before the config had sections
    "learning_rate": 5e-6, "num_train_epochs": 1.0, "per_device_train_batch_size": 4, "gradient_accumulation_steps": 4,
    "max_length": 2048, "lora_r": 16, "lora_alpha": 32, "lora_dropout": 0.05, "beta": 0.1, "loss_type": ["sigmoid"],
}  # fmt: skip


def test_stored_flat_configs_are_rewritten_into_sections_that_still_run():
    migration = importlib.import_module("training.migrations.0002_training_config_sections")
    old_demo = {
        "learning_rate": 5e-3,
        "max_steps": 30,
        "per_device_train_batch_size": 8,
        "gradient_accumulation_steps": 1,
        "max_length": 512,
        "lora_r": 8,
        "lora_alpha": 16,
        "lora_dropout": 0.0,
    }
    assert migration.sectioned(old_demo) == TINY_CONFIG
    old_sft_job = {**OLD_DEFAULTS, "assistant_only_loss": True, "bf16": None, "gradient_checkpointing": False}
    new_sft_job = migration.sectioned(old_sft_job, "sft")
    assert (
        "beta" not in new_sft_job["trainer"]
        and new_sft_job["trainer"]["activation_checkpointing"] is False
        and "bf16" not in new_sft_job["trainer"]
    )
    JobConfig.from_dict({**PATHS, "kind": "sft", **new_sft_job})  # TRL's SFTConfig accepts what is left
    JobConfig.from_dict({**PATHS, **migration.sectioned(OLD_DEFAULTS, "dpo")})
    assert (
        migration.sectioned(TINY_CONFIG) == TINY_CONFIG and migration.sectioned({}) == {}
    )  # already new, or empty: unchanged
    assert migration.flattened(migration.sectioned(OLD_DEFAULTS)) == OLD_DEFAULTS


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
    assert (
        job.config["trainer"]["learning_rate"] == TINY_CONFIG["trainer"]["learning_rate"]
        and job.config["trainer"]["beta"] == 0.1
    )
    assert job.config["lora"] == {**DEFAULT_LORA, **TINY_CONFIG["lora"]}  # the job records every setting it runs with
    assert job.max_steps == 30
    with pytest.raises(Conflict, match="already queued"):
        retrain(campaigns=[campaign])
    cancel_job(job_id=job.pk)
    job.refresh_from_db()
    assert job.state == RunState.CANCELLED


def test_jobs_reject_bad_configs_and_mismatched_snapshots(base):
    campaign = resolved_demo_campaign(limit=20)
    sft = create_snapshot(campaigns=[campaign], kind="sft")
    with pytest.raises(ServiceError, match="holds sft rows, not dpo"):
        create_job(kind="dpo", snapshot=sft, base_version=base)
    with pytest.raises(ServiceError, match=r"trainer\.output_dir is decided by medpref"):
        create_job(kind="sft", snapshot=sft, base_version=base, config={"trainer": {"output_dir": "/etc"}})
    with pytest.raises(ServiceError, match=r"invalid training config: lora\.lora_dropout"):
        create_job(kind="sft", snapshot=sft, base_version=base, config={"lora": {"lora_dropout": 2}})
    assert not TrainingJob.objects.exists()


def test_a_campaign_refuses_a_training_config_that_cannot_run(db):
    """Annotation stores the object; training's check (registered in training.apps) runs when it is saved."""
    with pytest.raises(
        ServiceError, match=r"invalid training config: trainer \(DPOConfig\): .*lerning_rate"
    ) as refused:
        create_campaign(user=None, name="typo", training_config={"trainer": {"lerning_rate": 1e-5}})
    assert list(refused.value.details) == ["training_config"]
    campaign = create_campaign(user=None, name="tiny", training_config=TINY_CONFIG)
    with pytest.raises(ServiceError, match=r"lora\.r must be a positive integer"):
        update_campaign(campaign=campaign, training_config={"lora": {"r": -1}})
    response = client_for(admin_user()).patch(
        f"/api/v1/campaigns/{campaign.pk}/", {"training_config": {"learning_rate": 1e-5}}, format="json"
    )
    assert response.status_code == 400 and "unknown config section" in response.json()["message"], response.content


def test_stale_running_jobs_are_failed_with_the_reason(base, settings):
    settings.TRAINING_HEARTBEAT_TIMEOUT = 60
    campaign = resolved_demo_campaign(limit=20)
    snapshot = create_snapshot(campaigns=[campaign], kind="dpo")
    old = timezone.now() - timedelta(minutes=5)
    stale = TrainingJob.objects.create(
        kind="dpo",
        config={},
        snapshot=snapshot,
        base_version=base,
        lineage="base",
        state="running",
        heartbeat_at=old,
        worker_host="gpu-7",
    )
    fresh = TrainingJob.objects.create(
        kind="dpo",
        config={},
        snapshot=snapshot,
        base_version=base,
        lineage="base",
        state="running",
        heartbeat_at=timezone.now(),
    )
    assert runs.reap(TrainingJob) == 1
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


def test_a_campaign_without_training_settings_never_builds_trl_configs(db, monkeypatch):
    """Empty means every default: saving such a campaign must not load TRL into a web process."""
    monkeypatch.setattr(
        "training.services.check",
        lambda *args: pytest.fail("an empty training_config was checked by building TRL's configs"),
    )
    campaign = create_campaign(user=None, name="plain")
    update_campaign(campaign=campaign, description="renamed")
