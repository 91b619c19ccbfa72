"""Training services: create and cancel jobs, one-click retraining, registering versions."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext

from annotation.errors import Conflict, NotFound, ServiceError
from annotation.models import Campaign, Pair, PairState, Snapshot, SnapshotKind, User
from annotation.selectors.export import usable_dpo_pairs
from annotation.services.snapshots import create_snapshot
from medpref.core import runs
from medpref.core.runs import ACTIVE_STATES
from training.config import SECTIONS, ConfigError, JobConfig, JobKind, check, merged
from training.models import ModelVersion, TrainingJob


def job_dir(job: TrainingJob) -> Path:
    return settings.ARTIFACTS_DIR / "jobs" / str(job.pk)


def adapter_dir(job: TrainingJob) -> Path:
    return settings.ARTIFACTS_DIR / "adapters" / f"{job.lineage}-{job.kind}-{job.pk}"


def job_config(job: TrainingJob) -> JobConfig:
    """The full runner config of a job: its stored settings plus where its files are. Not checked
    again: they were when the job was created, and the runner builds TRL's configs from them."""
    base = job.base_version
    return JobConfig.from_dict(
        {
            "kind": job.kind,
            "base_model": base.base_model,
            "adapter": base.adapter_path or None,
            "dataset_path": str(job_dir(job) / "data.jsonl"),
            "output_dir": str(adapter_dir(job)),
            "snapshot_sha256": job.snapshot.sha256,
            **{section: job.config.get(section, {}) for section in SECTIONS},
        },
        validate=False,
    )


def job_settings(kind: str, overrides: dict | None, *, field: str = "config") -> dict:
    """The settings a job of `kind` runs with: the defaults with `overrides` laid over them, checked
    now by building PEFT's and TRL's configs, so a bad config fails here and not in a worker."""
    try:
        chosen = merged(kind, overrides)
        check(kind, chosen["lora"], chosen["trainer"])
    except ConfigError as exc:
        raise ServiceError(
            gettext("invalid training config: %(error)s") % {"error": exc}, details={field: [str(exc)]}
        ) from exc
    return chosen


def check_campaign_config(config: dict) -> None:
    """A campaign's retraining (DPO) settings, checked when the campaign is saved (see training.apps).

    An empty config keeps every default, which needs no check: most campaigns never load TRL into
    the web process (its first import there takes seconds and some 350 MB)."""
    if config:
        job_settings(JobKind.DPO, config, field="training_config")


def create_job(
    *, kind: str, snapshot: Snapshot, base_version: ModelVersion, config: dict | None = None, user: User | None = None
) -> TrainingJob:
    """Queue a job on the `gpu` queue; the worker starts it once the transaction commits."""
    if kind not in JobKind.values:
        raise ServiceError(gettext("kind must be one of %(choices)s") % {"choices": ", ".join(JobKind.values)})
    if snapshot.kind != kind:
        raise ServiceError(
            gettext("snapshot %(name)s holds %(held)s rows, not %(kind)s")
            % {"name": snapshot.name, "held": snapshot.kind, "kind": kind}
        )
    if snapshot.row_count == 0:
        raise ServiceError(gettext("snapshot %(name)s is empty") % {"name": snapshot.name})
    chosen = job_settings(kind, config)
    max_steps = max(chosen["trainer"].get("max_steps", -1), 0)
    job = TrainingJob.objects.create(
        kind=kind,
        config=chosen,
        snapshot=snapshot,
        base_version=base_version,
        lineage=base_version.lineage,
        max_steps=max_steps,
        created_by=user,
    )
    runs.queue(job)
    return job


def current_version(lineage: str | None = None) -> ModelVersion:
    versions = ModelVersion.objects.filter(is_current=True)
    lineage = lineage or settings.DEFAULT_LINEAGE
    if lineage:
        version = versions.filter(lineage=lineage).first()
        if version is None:
            raise NotFound(gettext("no current model version in lineage '%(lineage)s'") % {"lineage": lineage})
        return version
    found = list(versions[:2])
    if len(found) != 1:
        raise ServiceError(
            gettext("several lineages have a current version: name one (lineage)")
            if found
            else gettext("no model version yet: register a base model first")
        )
    return found[0]


def retrain_blocker(base: ModelVersion, campaigns: list[Campaign], *, exact: bool = True) -> str | None:
    """Why one-click retraining cannot start now (None when it can).

    `exact=False` (for pages) counts resolved pairs instead of building every DPO row: cheaper,
    but a pair that resolved as a tie still counts; the click itself checks exactly. Read-only:
    stale jobs are reaped by the beat task and by `retrain` itself.
    """
    running = TrainingJob.objects.filter(lineage=base.lineage, state__in=ACTIVE_STATES).first()
    if running is not None:
        return gettext(
            "a %(kind)s job of lineage '%(lineage)s' is already %(state)s (job %(id)s, %(percent)s%%): wait for it or cancel it"
        ) % {
            "kind": running.kind,
            "lineage": base.lineage,
            "state": running.state,
            "id": running.pk,
            "percent": round(100 * running.progress),
        }
    if exact:
        usable = usable_dpo_pairs(campaigns)  # one counting query, the rules of the DPO rows
    else:
        usable = Pair.objects.filter(
            campaign__in=campaigns,
            is_gold=False,
            state__in=[PairState.CONSENSUS, PairState.ARBITRATED],
            decision__in=["a", "b"],
        ).count()
    if usable < settings.RETRAIN_MIN_PAIRS:
        return gettext(
            "only %(usable)s resolved pair(s) usable for DPO in these campaigns; retraining needs at least %(needed)s (RETRAIN_MIN_PAIRS)"
        ) % {"usable": usable, "needed": settings.RETRAIN_MIN_PAIRS}
    return None


def retrain(*, campaigns: list[Campaign], user: User | None = None, lineage: str | None = None) -> TrainingJob:
    """One click: snapshot every resolved pair of `campaigns` and start DPO from the current version."""
    if not campaigns:
        raise ServiceError(gettext("choose at least one campaign"))
    runs.reap(TrainingJob)  # a job whose worker vanished must not block the click until the next beat
    with transaction.atomic():
        base = current_version(lineage)
        ModelVersion.objects.select_for_update().get(pk=base.pk)  # one retrain decision per lineage at a time
        blocker = retrain_blocker(base, campaigns)
        if blocker:
            raise Conflict(blocker)
        snapshot = create_snapshot(campaigns=campaigns, kind=SnapshotKind.DPO, user=user)
        overrides: dict[str, dict] = {section: {} for section in SECTIONS}
        for campaign in sorted(campaigns, key=lambda c: c.pk):  # a later campaign's field wins
            for section in SECTIONS:
                overrides[section].update(campaign.training_config.get(section, {}))
        return create_job(kind=JobKind.DPO, snapshot=snapshot, base_version=base, config=overrides, user=user)


def cancel_job(*, job_id: int) -> TrainingJob:
    """Queued jobs are cancelled at once; a running one is stopped by its worker within seconds."""
    job, asked = runs.cancel(TrainingJob, job_id)
    if job is None:
        raise NotFound(gettext("job %(id)s does not exist") % {"id": job_id})
    if not asked:
        raise Conflict(gettext("job %(id)s is already %(state)s") % {"id": job.pk, "state": job.state})
    return job


def register_version(job: TrainingJob, metrics: dict, *, promote: bool = True) -> ModelVersion:
    """The new version a successful job produced; it becomes the current one of its lineage."""
    with transaction.atomic():
        if promote:
            ModelVersion.objects.filter(lineage=job.lineage, is_current=True).update(is_current=False)
        version = ModelVersion.objects.create(
            name=f"{job.lineage}-{job.kind}-{job.pk}",
            base_model=job.base_version.base_model,
            adapter_path=str(adapter_dir(job)),
            parent=job.base_version,
            job=job,
            snapshot=job.snapshot,
            lineage=job.lineage,
            is_current=promote,
            metrics=metrics,
        )
        TrainingJob.objects.filter(pk=job.pk).update(output_version=version)
    return version


def register_base_model(
    *, name: str, base_model: str, lineage: str | None = None, current: bool = True
) -> ModelVersion:
    """A base model (local path or hub name) as the root of a lineage; idempotent by name."""
    version, created = ModelVersion.objects.get_or_create(
        name=name, defaults={"base_model": base_model, "lineage": lineage or name}
    )
    if created and current and not ModelVersion.objects.filter(lineage=version.lineage, is_current=True).exists():
        version.is_current = True
        version.save(update_fields=["is_current"])
    return version
