"""Starting a job, a sweep or a pipeline on a mixture answers at once: the job waits (queued) for a
worker to freeze the mixture, shows the freeze's progress, then trains on the version it froze. A
sweep's jobs share one freeze; a failed freeze fails its jobs and stores nothing; cancel works
while the job waits."""

import json
import re
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

from medpref.core import runs
from medpref.core.runs import RunState
from medpref.core.tasks import reap_stale_runs
from tests.factories import client_for
from tests.runs_support import backdate, use_broker
from tests.training_support import admin_user, tiny_config, wait_for
from training import services, sweeps, waiting
from training.models import InstructionDataset, Mixture, MixtureFreeze, MixtureSnapshot, ModelVersion, TrainingJob

pytestmark = [pytest.mark.postgres]


def jsonl(*rows) -> bytes:
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in rows).encode()


def mixture_of(name: str = "mix", rows: int = 40) -> Mixture:
    datasets = [
        services.upload_dataset(
            name=f"{name}-{kind}",
            kind=kind,
            data=jsonl(
                *(
                    {
                        "messages": [
                            {"role": "user", "content": f"{kind} question {i}"},
                            {"role": "assistant", "content": f"{kind} answer {i}"},
                        ]
                    }
                    for i in range(rows)
                )
            ),
            filename=f"{kind}.jsonl",
        )
        for kind in ("medical", "general")
    ]
    return services.create_mixture(
        name=name, components=[{"dataset": d, "share": s} for d, s in zip(datasets, (0.7, 0.3))], seed=3
    )


def base() -> ModelVersion:
    return services.register_base_model(name="base", base_model="/nowhere/base", lineage="base")


def mixture_files() -> set[str]:
    folder = Path(settings.ARTIFACTS_DIR) / "mixtures"
    return {p.name for p in folder.iterdir()} if folder.exists() else set()


@pytest.fixture
def artifacts(tmp_path, settings):
    settings.ARTIFACTS_DIR = tmp_path
    return tmp_path


# --- the web request only records; the freeze runs where the worker would run it ----------------


@pytest.mark.django_db
def test_a_job_on_a_mixture_answers_at_once_waiting_for_its_freeze_then_gets_the_version(
    artifacts, django_capture_on_commit_callbacks, monkeypatch
):
    broker = use_broker(monkeypatch)
    mixture = mixture_of()
    version = base()
    # The request never reads a dataset: with one file gone from the storage it still answers.
    dataset = mixture.components.first().dataset
    moved = Path(dataset.file.path).rename(artifacts / "aside.jsonl")
    admin = client_for(admin_user())
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(f"/api/v1/mixtures/{mixture.pk}/jobs/", {"base_version": version.pk}, format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["state"], body["waiting"], body["mixture"], body["mixture_snapshot"]) == (
        "queued",
        True,
        mixture.pk,
        None,
    )
    assert body["stage"] == "waiting for a worker to freeze mixture mix"
    assert body["freeze"]["state"] == "queued" and body["freeze"]["url"] == f"/api/v1/freezes/{body['freeze']['id']}/"
    assert broker.taken == [
        (MixtureFreeze.task_name, body["freeze"]["id"])
    ]  # the job's task is sent once its data exists
    assert not MixtureSnapshot.objects.exists()
    job = TrainingJob.objects.get(pk=body["id"])
    assert (job.freeze.for_jobs, job.freeze.general_shares, job.task_id) == (True, [], "")
    assert list(job.benchmarks.all()) == list(mixture.benchmarks.all())

    moved.rename(dataset.file.path)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.run_freeze(job.freeze_id) == RunState.SUCCEEDED  # what the worker does
    assert broker.taken[1:] == [(TrainingJob.task_name, job.pk)]  # now its training task
    job.refresh_from_db()
    freeze = MixtureFreeze.objects.get(pk=job.freeze_id)
    assert (job.state, job.waiting_for_freeze) == (RunState.QUEUED, False)
    assert job.mixture_snapshot == freeze.snapshot and job.mixture_snapshot.freeze == freeze  # lineage of the data
    assert (freeze.rows_done, freeze.rows_total) == (80, 80)
    detail = admin.get(f"/api/v1/jobs/{job.pk}/").json()
    assert (detail["waiting"], detail["stage"], detail["mixture_snapshot_name"]) == (False, "", "mix-v1")
    config = services.job_config(job)
    assert config.snapshot_sha256 == job.mixture_snapshot.sha256 and config.mixture["name"] == "mix-v1"


@pytest.mark.django_db
def test_the_freeze_reports_rows_read_as_it_goes(artifacts, monkeypatch):
    monkeypatch.setattr(services, "PROGRESS_EVERY_ROWS", 25)
    mixture = mixture_of(rows=60)
    heard = []
    services.freeze_versions(
        mixture, general_shares=[None], progress=lambda text, done, total: heard.append((text, done, total))
    )
    reading = [entry for entry in heard if "rows read" in entry[0]]
    assert [done for _text, done, _total in reading] == [0, 25, 50, 60, 75, 100, 120]
    assert reading[2][0] == "freezing mixture mix: 50/120 rows read" and {t for _x, _d, t in reading} == {120}
    assert heard[-1][0] == "freezing mixture mix: mixing and writing version 1 of 1"


@pytest.mark.django_db
def test_a_sweeps_jobs_share_one_freeze_that_reads_the_datasets_once(artifacts, monkeypatch):
    mixture = mixture_of()
    opened = []
    original = InstructionDataset.open
    monkeypatch.setattr(InstructionDataset, "open", lambda self: opened.append(self.name) or original(self))
    admin = client_for(admin_user())
    response = admin.post(
        f"/api/v1/mixtures/{mixture.pk}/sweeps/", {"base_version": base().pk, "shares": [0.5, 0, 0.25]}, format="json"
    )
    assert response.status_code == 201, response.content
    assert [(r["share"], r["state"], r["waiting"]) for r in response.json()["results"]] == [
        (0.0, "queued", True),
        (0.25, "queued", True),
        (0.5, "queued", True),
    ]
    assert opened == [] and not MixtureSnapshot.objects.exists()
    [freeze] = MixtureFreeze.objects.all()
    assert freeze.general_shares == [0.0, 0.25, 0.5]
    jobs = list(TrainingJob.objects.order_by("general_share"))
    assert {job.freeze_id for job in jobs} == {freeze.pk}

    assert services.run_freeze(freeze.pk) == RunState.SUCCEEDED
    assert sorted(opened) == ["mix-general", "mix-medical"]  # once each, not once per share
    freeze.refresh_from_db()
    assert freeze.snapshot is None and freeze.snapshots.count() == 3
    for job in jobs:
        job.refresh_from_db()
        assert job.mixture_snapshot.general_share == job.general_share and job.mixture_snapshot.freeze == freeze
    assert [job.mixture_snapshot.version for job in jobs] == [1, 2, 3]
    assert len({job.mixture_snapshot.manifest["heldout"]["sha256"] for job in jobs}) == 1
    general = [next(s for s in j.mixture_snapshot.manifest["sources"] if s["kind"] == "general") for j in jobs]
    assert general[0]["rows"] == 0 and 0 < general[1]["rows"] < general[2]["rows"]
    body = admin.get(f"/api/v1/freezes/{freeze.pk}/").json()
    assert sorted(body["snapshots"]) == sorted(j.mixture_snapshot_id for j in jobs)
    assert sorted(body["jobs"]) == [j.pk for j in sorted(jobs, key=lambda j: j.pk)]


@pytest.mark.django_db
def test_a_failed_freeze_fails_its_jobs_with_the_reason_and_stores_nothing(artifacts, monkeypatch):
    mixture = mixture_of()
    sweep = sweeps.start_sweep(mixture=mixture, base_version=base(), shares=[0, 0.25, 0.5])
    freeze = MixtureFreeze.objects.get()
    written = []
    original = services.write_version

    def third_fails(*args, **kwargs):
        if len(written) == 2:
            raise OSError("disk full")
        snapshot = original(*args, **kwargs)
        written.append(snapshot.train_file.name)
        return snapshot

    monkeypatch.setattr(services, "write_version", third_fails)
    assert services.run_freeze(freeze.pk) == RunState.FAILED
    assert len(written) == 2 and mixture_files() == set()  # the two versions written first are gone too
    assert not MixtureSnapshot.objects.exists()
    freeze.refresh_from_db()
    assert freeze.error == "OSError: disk full"
    for job in sweep.jobs.all():
        assert job.state == RunState.FAILED and job.mixture_snapshot is None and job.finished_at is not None
        assert (
            job.error == f"freezing mixture mix failed (freeze {freeze.pk}), so nothing was trained: OSError: disk full"
        )
    assert all(Path(c.dataset.file.path).exists() for c in mixture.components.all())  # the datasets are intact
    assert waiting.release(freeze.pk) == 0  # nothing waits any more


@pytest.mark.django_db
def test_a_freeze_the_reaper_failed_fails_its_waiting_jobs(artifacts):
    mixture = mixture_of()
    job = services.create_job(kind="sft", mixture=mixture, base_version=base())
    MixtureFreeze.objects.filter(pk=job.freeze_id).update(
        state=RunState.FAILED, error="the worker on w1 stopped answering"
    )  # what runs.reap writes
    assert waiting.release_stranded() == 1
    job.refresh_from_db()
    assert job.state == RunState.FAILED and "stopped answering" in job.error
    assert waiting.release_stranded() == 0


@pytest.mark.django_db
def test_cancelling_the_last_waiting_job_stops_its_freeze_but_not_one_asked_for_directly(artifacts):
    mixture, version = mixture_of(), base()
    admin = client_for(admin_user())
    first = services.create_job(kind="sft", mixture=mixture, base_version=version)
    second = services.create_job(kind="sft", mixture=mixture, base_version=version)
    assert second.freeze_id == first.freeze_id  # a second job joins the freeze under way
    cancelled = admin.post(f"/api/v1/jobs/{first.pk}/cancel/").json()
    assert (cancelled["state"], cancelled["waiting"]) == ("cancelled", False)
    assert MixtureFreeze.objects.get(pk=first.freeze_id).state == RunState.QUEUED  # the second job still waits
    admin.post(f"/api/v1/jobs/{second.pk}/cancel/")
    assert MixtureFreeze.objects.get(pk=first.freeze_id).state == RunState.CANCELLED

    asked = services.request_freeze(mixture)
    third = services.create_job(kind="sft", mixture=mixture, base_version=version)
    assert third.freeze_id == asked.pk
    services.cancel_job(job_id=third.pk)
    assert MixtureFreeze.objects.get(pk=asked.pk).state == RunState.QUEUED  # someone asked for this version
    assert services.run_freeze(asked.pk) == RunState.SUCCEEDED
    third.refresh_from_db()
    assert third.state == RunState.CANCELLED and third.mixture_snapshot is None  # a cancelled job is not revived


@pytest.mark.django_db
def test_cancelling_a_job_while_its_freeze_reads_stops_the_freeze_within_a_heartbeat(artifacts, monkeypatch, settings):
    settings.TRAINING_HEARTBEAT_SECONDS = 0  # every progress report is a heartbeat
    monkeypatch.setattr(services, "PROGRESS_EVERY_ROWS", 10)
    mixture = mixture_of()
    job = services.create_job(kind="sft", mixture=mixture, base_version=base())
    original = InstructionDataset.open

    def open_and_cancel(dataset):
        if dataset.name == "mix-general":  # the freeze is running: half its rows are read
            assert MixtureFreeze.objects.get(pk=job.freeze_id).state == RunState.RUNNING
            services.cancel_job(job_id=job.pk)
        return original(dataset)

    monkeypatch.setattr(InstructionDataset, "open", open_and_cancel)
    assert services.run_freeze(job.freeze_id) == RunState.CANCELLED
    freeze = MixtureFreeze.objects.get(pk=job.freeze_id)
    assert 40 <= freeze.rows_done < 80 and not MixtureSnapshot.objects.exists() and mixture_files() == set()
    job.refresh_from_db()
    assert (job.state, job.started_at, job.mixture_snapshot) == (RunState.CANCELLED, None, None)


@pytest.mark.django_db
def test_a_sweep_cannot_join_a_freeze_at_other_shares(artifacts):
    mixture = mixture_of()
    job = services.create_job(kind="sft", mixture=mixture, base_version=base())
    admin = client_for(admin_user())
    response = admin.post(
        f"/api/v1/mixtures/{mixture.pk}/sweeps/",
        {"base_version": job.base_version_id, "shares": [0, 0.5]},
        format="json",
    )
    assert response.status_code == 409, response.content
    assert f"freeze {job.freeze_id}" in response.json()["message"]
    assert not mixture.sweeps.exists() and TrainingJob.objects.count() == 1


@pytest.mark.django_db
def test_the_console_shows_a_job_waiting_for_its_freeze(artifacts):
    mixture, version = mixture_of(), base()
    client = Client()
    client.force_login(admin_user())
    response = client.post(f"/console/mixtures/{mixture.pk}/", {"action": "job", "base_version": version.pk})
    job = TrainingJob.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/console/jobs/{job.pk}/"
    assert job.waiting_for_freeze and not MixtureSnapshot.objects.exists()
    page = client.get(f"/console/jobs/{job.pk}/").content.decode()
    assert '<span id="job-state">waiting for its freeze</span>' in page
    assert "waiting for a worker to freeze mixture mix" in page and 'id="job-mixture"' in page
    MixtureFreeze.objects.filter(pk=job.freeze_id).update(
        state=RunState.RUNNING, stage="freezing mixture mix: 40/80 rows read", rows_done=40, rows_total=80
    )
    assert "freezing mixture mix: 40/80 rows read" in client.get(f"/console/jobs/{job.pk}/").content.decode()
    assert "waiting for its freeze" in client.get("/console/jobs/").content.decode()
    assert "waiting for its freeze" in client.get(f"/console/mixtures/{mixture.pk}/").content.decode()

    services.cancel_job(job_id=job.pk)
    MixtureFreeze.objects.filter(pk=job.freeze_id).update(state=RunState.CANCELLED)  # its worker stopped it
    sweep = sweeps.start_sweep(mixture=mixture, base_version=version, shares=[0, 0.5])
    assert client.get(f"/console/sweeps/{sweep.pk}/").content.decode().count("waiting for its freeze") == 2


# --- through the real stack: API -> Celery -> worker freezes -> worker trains --------------------


def big_mixture(tokenizer: ModelVersion, rows: int = 20_000) -> Mixture:
    """Two datasets of `rows` rows, token-counted while frozen (the slow part of a real freeze), of
    which 200 rows are used: big enough for the freeze's progress to be seen."""
    datasets = [
        services.store_dataset(
            [
                {
                    "messages": [
                        {"role": "user", "content": f"{kind} question {i}"},
                        {"role": "assistant", "content": f"{kind} answer {i}"},
                    ]
                }
                for i in range(rows)
            ],
            name=f"big-{kind}",
            kind=kind,
        )
        for kind in ("medical", "general")
    ]
    return services.create_mixture(
        name="big",
        components=[{"dataset": d, "share": s} for d, s in zip(datasets, (0.7, 0.3))],
        total=200,
        heldout_max=10,
        tokenizer_version=tokenizer,
    )


@pytest.mark.django_db(transaction=True)
@pytest.mark.timeout(600)
def test_a_worker_freezes_then_trains_and_the_job_is_queried_at_each_stage(worker, tiny_version):
    mixture = big_mixture(tiny_version)
    admin = client_for(admin_user())
    started = time.monotonic()
    response = admin.post(
        f"/api/v1/mixtures/{mixture.pk}/jobs/",
        {"base_version": tiny_version.pk, "config": tiny_config(max_steps=4)},
        format="json",
    )
    answered = time.monotonic() - started
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["state"], body["waiting"], body["mixture_snapshot"]) == ("queued", True, None), body
    job = TrainingJob.objects.get(pk=body["id"])

    seen = []

    def frozen(j: TrainingJob) -> bool:
        detail = admin.get(f"/api/v1/jobs/{j.pk}/").json()
        seen.append((detail["state"], detail["waiting"], detail["stage"], detail["freeze"]["rows_done"]))
        return j.mixture_snapshot_id is not None

    job = wait_for(job, frozen, timeout=300, poll=0.2)
    reading = [
        (stage, done)
        for state, waits, stage, done in seen
        if state == "queued" and waits and re.fullmatch(r"freezing mixture big: \d+/40000 rows read", stage)
    ]
    print(f"job request answered in {answered:.2f} s; {len(seen)} polls, {len(reading)} while reading rows")
    assert any(
        0 < done < 40_000 and stage == f"freezing mixture big: {done}/40000 rows read" for stage, done in reading
    ), seen
    freeze = MixtureFreeze.objects.get(pk=job.freeze_id)
    assert freeze.state == RunState.SUCCEEDED and (freeze.rows_done, freeze.rows_total) == (40_000, 40_000)
    assert job.mixture_snapshot == freeze.snapshot and job.mixture_snapshot.freeze == freeze
    assert job.mixture_snapshot.row_count == 200

    job = wait_for(job, lambda j: j.state == RunState.SUCCEEDED, timeout=300)
    detail = admin.get(f"/api/v1/jobs/{job.pk}/").json()
    assert (detail["waiting"], detail["stage"], detail["progress"]) == (False, "", 1.0)
    assert detail["mixture_snapshot_name"] == "big-v1" and detail["heldout"]["kinds"]
    version = ModelVersion.objects.get(job=job)
    card = Path(version.adapter_path, "README.md").read_text(encoding="utf-8")
    assert job.mixture_snapshot.sha256 in card  # lineage: the model card names the frozen version it trained on


@pytest.mark.django_db(transaction=True)
@pytest.mark.timeout(300)
def test_a_job_cancelled_while_it_waits_never_trains(worker, tiny_version):
    mixture = mixture_of()
    admin = client_for(admin_user())
    body = admin.post(f"/api/v1/mixtures/{mixture.pk}/jobs/", {"base_version": tiny_version.pk}, format="json").json()
    cancelled = admin.post(f"/api/v1/jobs/{body['id']}/cancel/")
    assert cancelled.status_code == 200 and cancelled.json()["state"] == "cancelled"
    freeze = MixtureFreeze.objects.get(pk=body["freeze"]["id"])
    deadline = time.time() + 60
    while freeze.is_active and time.time() < deadline:
        time.sleep(0.3)
        freeze.refresh_from_db()
    assert freeze.state in (RunState.CANCELLED, RunState.SUCCEEDED), freeze.error  # stopped, or done just before
    time.sleep(2)  # time for a wrongly sent training task to be claimed
    job = TrainingJob.objects.get(pk=body["id"])
    assert (job.state, job.started_at, job.mixture_snapshot_id) == (RunState.CANCELLED, None, None)


# --- a send the broker refused is sent again, once ----------------------------------------------


def resent() -> int:
    """How many runs the reaper's beat sent again (medpref.core.runs.resend_all)."""
    return sum(reap_stale_runs.apply().get()["resent"].values())


@pytest.mark.django_db
def test_a_sweep_job_the_broker_refused_is_sent_again_and_the_others_are_sent_at_once(
    artifacts, broker, django_capture_on_commit_callbacks
):
    mixture = mixture_of()
    freeze = sweeps_freeze(mixture, [0, 0.25, 0.5, 0.75])  # its send not run: the test runs the freeze
    jobs = list(TrainingJob.objects.order_by("pk"))
    assert len(jobs) == 4
    with django_capture_on_commit_callbacks(execute=True):
        assert services.run_freeze(freeze.pk) == RunState.SUCCEEDED  # the refusal does not escape
    job_task = TrainingJob.task_name
    assert broker.refused == [(job_task, jobs[0].pk)]
    assert broker.taken == [(job_task, job.pk) for job in jobs[1:]]  # the refusal stopped no other send
    task_ids = dict(TrainingJob.objects.values_list("pk", "task_id"))
    assert task_ids[jobs[0].pk] == "" and all(task_ids[job.pk] for job in jobs[1:])

    backdate(TrainingJob, jobs[0].pk, "created_at")  # created long ago, but released just now:
    assert resent() == 0  # a send may still be under way, not doubled yet
    backdate(MixtureFreeze, freeze.pk, "finished_at")
    assert resent() == 1
    assert broker.taken[-1] == (job_task, jobs[0].pk) and len(broker.taken) == 4  # each job sent once
    assert TrainingJob.objects.get(pk=jobs[0].pk).task_id == "task-4"
    assert resent() == 0 and len(broker.taken) == 4


def sweeps_freeze(mixture: Mixture, shares: list[float]) -> MixtureFreeze:
    response = client_for(admin_user()).post(
        f"/api/v1/mixtures/{mixture.pk}/sweeps/", {"base_version": base().pk, "shares": shares}, format="json"
    )
    assert response.status_code == 201, response.content
    return MixtureFreeze.objects.get()


@pytest.mark.django_db
def test_a_freeze_the_broker_refused_is_sent_again_so_later_jobs_do_not_wait_forever(
    artifacts, broker, django_capture_on_commit_callbacks
):
    mixture, version = mixture_of(), base()
    with django_capture_on_commit_callbacks(execute=True):
        first = services.create_job(kind="sft", mixture=mixture, base_version=version)  # answers despite the refusal
    freeze = MixtureFreeze.objects.get(pk=first.freeze_id)
    assert broker.refused == [(MixtureFreeze.task_name, freeze.pk)] and broker.taken == []
    assert freeze.state == RunState.QUEUED and freeze.task_id == ""
    with django_capture_on_commit_callbacks(execute=True):
        second = services.create_job(kind="sft", mixture=mixture, base_version=version)
    assert second.freeze_id == freeze.pk and broker.taken == []  # it joins the freeze, which is not sent twice

    assert resent() == 0
    for model, pk in ((MixtureFreeze, freeze.pk), (TrainingJob, first.pk), (TrainingJob, second.pk)):
        backdate(model, pk, "created_at")
    assert resent() == 1  # the freeze; its jobs wait for it, unsent
    assert broker.taken == [(MixtureFreeze.task_name, freeze.pk)]
    assert MixtureFreeze.objects.get(pk=freeze.pk).task_id == "task-1"
    assert resent() == 0 and len(broker.taken) == 1

    with django_capture_on_commit_callbacks(execute=True):
        assert services.run_freeze(freeze.pk) == RunState.SUCCEEDED  # the worker gets it: both jobs go on
    assert broker.taken[1:] == [(TrainingJob.task_name, first.pk), (TrainingJob.task_name, second.pk)]


@pytest.mark.django_db
def test_a_cancelled_or_running_unsent_freeze_is_not_sent_again(artifacts, broker):
    mixture = mixture_of()
    job = services.create_job(kind="sft", mixture=mixture, base_version=base())
    backdate(MixtureFreeze, job.freeze_id, "created_at")
    MixtureFreeze.objects.filter(pk=job.freeze_id).update(state=RunState.RUNNING)  # sent, its id not yet recorded
    assert resent() == 0
    runs.cancel(TrainingJob, job.pk)
    MixtureFreeze.objects.filter(pk=job.freeze_id).update(state=RunState.CANCELLED)
    assert resent() == 0 and broker.refused == broker.taken == []
