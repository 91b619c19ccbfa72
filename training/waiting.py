"""Jobs that wait for their mixture to be frozen on a worker.

Starting a job, a sweep or a pipeline on a mixture answers at once: the job is created `queued`,
names its mixture and the `MixtureFreeze` run that makes its data, and its training task is not
sent yet. When the freeze ends, `release` hands every job waiting for it on in one transaction:
each gets its frozen version and its task is sent (succeeded), or fails with the freeze's reason
(failed, cancelled, reaped). A sweep's jobs wait for one freeze that writes a version per share.

`release` is idempotent and is called by the freeze's task when it ends (also on a redelivery),
and by `release_stranded` after every reap of stale runs (a freeze whose worker vanished is failed
by the reaper, not by its task), so no job waits for a freeze that has ended.

A send runs after the commit and may fail (broker down): one failure neither stops the other
jobs' sends nor escapes the freeze's task, and the reaper sends again what stayed queued without a
task id (`runs.resend_all`): the freezes, else every later job on the mixture joins a freeze no
worker will ever run, and the jobs a freeze released (`TrainingJob.unsent`: due from the freeze's
end, never while they wait).
"""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils.translation import gettext

from annotation.errors import Conflict
from annotation.models import User
from medpref.core import runs
from medpref.core.runs import ACTIVE_STATES, RunState
from training.models import Mixture, MixtureFreeze, TrainingJob


def freeze_for_jobs(
    mixture: Mixture, *, general_shares: list[float] | None = None, user: User | None = None
) -> MixtureFreeze:
    """The freeze new jobs on `mixture` wait for: the one already under way when it freezes the same
    shares (they share it), else a new one queued with the current transaction. Call it inside the
    transaction that creates the jobs: the freeze row stays locked until they exist."""
    shares = [float(share) for share in general_shares or []]
    for _attempt in range(2):
        active = (
            MixtureFreeze.objects.select_for_update()
            .filter(mixture=mixture, state__in=ACTIVE_STATES, cancel_requested=False)
            .first()
        )
        if active is not None:
            if active.general_shares == shares:
                return active
            raise Conflict(
                gettext(
                    "mixture %(name)s is being frozen at other shares (freeze %(id)s): start when it has ended, or from a frozen version"
                )
                % {"name": mixture.name, "id": active.pk}
            )
        try:
            with transaction.atomic():
                freeze = MixtureFreeze.objects.create(
                    mixture=mixture, general_shares=shares, for_jobs=True, created_by=user
                )
        except IntegrityError:  # another request queued one meanwhile: join it (or refuse) on the next pass
            continue
        runs.queue(freeze)
        return freeze
    raise Conflict(gettext("mixture %(name)s is being frozen: try again") % {"name": mixture.name})


def release(freeze_id: int) -> int:
    """Hand on the jobs waiting for freeze `freeze_id` once it has ended; returns how many moved."""
    with transaction.atomic():
        freeze = MixtureFreeze.objects.select_for_update().select_related("mixture").filter(pk=freeze_id).first()
        if freeze is None or freeze.is_active:
            return 0
        jobs = list(
            TrainingJob.objects.select_for_update()
            .filter(freeze=freeze, state=RunState.QUEUED, mixture_snapshot__isnull=True)
            .order_by("pk")
        )
        versions = {snapshot.general_share: snapshot for snapshot in freeze.snapshots.all()}
        for job in jobs:
            snapshot = versions.get(job.general_share) if freeze.state == RunState.SUCCEEDED else None
            if snapshot is None:
                runs.finish(job, RunState.FAILED, error=why_not_frozen(freeze, job))
                continue
            TrainingJob.objects.filter(pk=job.pk).update(mixture_snapshot=snapshot)
            runs.send_on_commit(TrainingJob, job.pk)  # announced queued when it was created
    return len(jobs)


def why_not_frozen(freeze: MixtureFreeze, job: TrainingJob) -> str:
    """The reason a waiting job fails: its freeze's, in words that name the mixture and the freeze."""
    names = {"name": freeze.mixture.name, "id": freeze.pk}
    if freeze.state == RunState.SUCCEEDED:
        return gettext("freeze %(id)s of mixture %(name)s made no version at general share %(share)s") % {
            **names,
            "share": job.general_share,
        }
    if freeze.state == RunState.CANCELLED:
        return gettext("freezing mixture %(name)s was cancelled (freeze %(id)s); nothing was trained") % names
    return gettext("freezing mixture %(name)s failed (freeze %(id)s), so nothing was trained: %(error)s") % {
        **names,
        "error": freeze.error or freeze.state,
    }


def release_stranded() -> int:
    """`release` every ended freeze that jobs still wait for (its worker vanished before it could);
    returns how many moved."""
    ended = (
        MixtureFreeze.objects.exclude(state__in=ACTIVE_STATES)
        .filter(jobs__state=RunState.QUEUED, jobs__mixture_snapshot__isnull=True)
        .values_list("pk", flat=True)
        .distinct()
    )
    return sum(release(pk) for pk in list(ended))


def stop_unwanted_freeze(freeze_id: int) -> bool:
    """Cancel a freeze queued for jobs once none of them waits for it any more (all were
    cancelled); a freeze someone asked for directly goes on. True when it was asked to stop."""
    with transaction.atomic():
        freeze = MixtureFreeze.objects.select_for_update().filter(pk=freeze_id, for_jobs=True).first()
        if freeze is None or not freeze.is_active:
            return False
        if freeze.jobs.filter(state__in=ACTIVE_STATES, mixture_snapshot__isnull=True).exists():
            return False
        _freeze, asked = runs.cancel(MixtureFreeze, freeze_id)
        return asked


def job_stage(job: TrainingJob) -> str:
    """What a job waiting for its freeze shows in place of its training progress ('' otherwise)."""
    if not job.waiting_for_freeze or job.freeze is None:
        return ""
    freeze = job.freeze
    if freeze.state == RunState.QUEUED:
        return gettext("waiting for a worker to freeze mixture %(name)s") % {"name": job.mixture.name}
    if freeze.state == RunState.RUNNING:
        if freeze.stage:
            return freeze.stage
        return gettext("freezing mixture %(name)s") % {"name": job.mixture.name}
    if freeze.state == RunState.SUCCEEDED:  # for the moment until `release` hands the job on
        return gettext("mixture %(name)s is frozen: the job is about to be queued for training") % {
            "name": job.mixture.name
        }
    return gettext("freezing mixture %(name)s ended %(state)s") % {"name": job.mixture.name, "state": freeze.state}
