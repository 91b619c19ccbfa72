"""Ratio sweeps and the two-stage pipeline: several jobs started by one action.

A sweep queues one SFT job per general share from the same base version with the same settings,
all waiting for one freeze on a worker (training.waiting) that reads the datasets once and writes
a version per share (training.mixtures.with_general_share: only the general datasets' share
changes, the held-out rows stay the same). Its jobs do not become the lineage's current
version: they are an experiment, compared by their held-out losses (`results`).

The pipeline is the seed's recipe in one action: SFT on a mixture (frozen on a worker first), then, once that job succeeds,
DPO on a snapshot of the campaigns' resolved pairs from the version it produced, in one lineage.
"""

from __future__ import annotations

import math

from django.db import transaction
from django.utils.translation import gettext

from annotation.errors import ServiceError
from annotation.models import Campaign, SnapshotKind, User
from annotation.services.snapshots import create_snapshot
from training import services, waiting
from training.config import JobKind
from training.forgetting import KIND_ORDER
from training.models import DatasetKind, Mixture, ModelVersion, Sweep, TrainingJob

DEFAULT_SHARES = [0.0, 0.1, 0.25, 0.5]
MAX_SWEEP_JOBS = 8


def check_shares(shares: list[float]) -> list[float]:
    if not shares or len(shares) > MAX_SWEEP_JOBS:
        raise ServiceError(gettext("a sweep runs 1 to %(most)s jobs") % {"most": MAX_SWEEP_JOBS})
    if any(not isinstance(s, (int, float)) or isinstance(s, bool) or not math.isfinite(s) for s in shares):
        raise ServiceError(gettext("each share is a number"))
    if any(not 0 <= s < 1 for s in shares):
        raise ServiceError(gettext("each general share must be in [0, 1)"))
    if len(set(shares)) != len(shares):
        raise ServiceError(gettext("each share appears once"))
    return sorted(float(s) for s in shares)


def start_sweep(
    *,
    mixture: Mixture,
    base_version: ModelVersion,
    shares: list[float] | None = None,
    config: dict | None = None,
    user: User | None = None,
) -> Sweep:
    """One SFT job per general share, all waiting for one freeze of the mixture at every share;
    answers at once (the worker freezes). All or none."""
    shares = check_shares(DEFAULT_SHARES if shares is None else shares)
    kinds = set(mixture.components.values_list("dataset__kind", flat=True))
    if DatasetKind.GENERAL not in kinds or not kinds - {DatasetKind.GENERAL}:
        raise ServiceError(gettext("a sweep needs both general and medical datasets in the mixture"))
    settings_ = services.job_settings(JobKind.SFT, config)
    with transaction.atomic():
        sweep = Sweep.objects.create(
            mixture=mixture, base_version=base_version, shares=shares, config=settings_, created_by=user
        )
        freeze = waiting.freeze_for_jobs(mixture, general_shares=shares, user=user)
        for share in shares:
            services.create_job(
                kind=JobKind.SFT,
                mixture=mixture,
                freeze=freeze,
                general_share=share,
                base_version=base_version,
                config=settings_,
                user=user,
                promote=False,
                sweep=sweep,
            )
    return sweep


def results(sweep: Sweep) -> list[dict]:
    """One row per share: its job, state, the held-out loss per kind of the parent and the new
    version, and the new version's accuracy on each benchmark."""
    jobs = sweep.jobs.order_by("general_share", "id")
    rows = []
    for job in jobs:
        kinds = {entry["kind"]: entry for entry in job.heldout.get("kinds", [])}
        rows.append(
            {
                "share": job.general_share,
                "job": job,
                "state": job.state,
                "waiting": job.waiting_for_freeze,
                "losses": {kind: kinds[kind]["new"] for kind in KIND_ORDER if kind in kinds},
                "parent": {kind: kinds[kind]["parent"] for kind in KIND_ORDER if kind in kinds},
                "benchmarks": {b["name"]: b["acc"]["new"] for b in job.heldout.get("benchmarks", [])},
            }
        )
    return rows


def series(sweep: Sweep) -> dict[str, list[float | None]]:
    """{kind: held-out loss at each share, in share order}: what the sweep's chart draws."""
    table = results(sweep)
    present = [kind for kind in KIND_ORDER if any(kind in row["losses"] for row in table)]
    return {kind: [row["losses"].get(kind) for row in table] for kind in present}


def start_pipeline(
    *,
    mixture: Mixture,
    campaigns: list[Campaign],
    base_version: ModelVersion,
    sft_config: dict | None = None,
    dpo_config: dict | None = None,
    user: User | None = None,
) -> TrainingJob:
    """Queue SFT on the mixture (frozen on a worker first); DPO on the campaigns follows from its
    version (`continue_pipeline`)."""
    if not campaigns:
        raise ServiceError(gettext("choose at least one campaign for the DPO stage"))
    dpo_settings = services.job_settings(JobKind.DPO, dpo_config, field="dpo_config")
    with transaction.atomic():
        job = services.create_job(
            kind=JobKind.SFT, mixture=mixture, base_version=base_version, config=sft_config, user=user
        )
        job.then_dpo = {"campaigns": sorted(c.pk for c in campaigns), "config": dpo_settings}
        job.save(update_fields=["then_dpo"])
    return job


def continue_pipeline(job: TrainingJob) -> TrainingJob | None:
    """The DPO stage of a pipeline whose SFT job just succeeded: from the version it produced, on a
    snapshot of the campaigns' resolved pairs. None when the job has no second stage."""
    if not job.then_dpo or job.next_job_id:
        return None
    version = ModelVersion.objects.get(job=job)
    campaigns = list(Campaign.objects.filter(pk__in=job.then_dpo["campaigns"]))
    with transaction.atomic():
        snapshot = create_snapshot(campaigns=campaigns, kind=SnapshotKind.DPO, user=job.created_by)
        follow = services.create_job(
            kind=JobKind.DPO,
            snapshot=snapshot,
            base_version=version,
            config=job.then_dpo.get("config"),
            user=job.created_by,
            benchmarks=list(job.benchmarks.all()),  # the same forgetting check on both stages
        )
        TrainingJob.objects.filter(pk=job.pk).update(next_job=follow)
    return follow
