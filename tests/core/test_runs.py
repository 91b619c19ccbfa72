"""The one lifecycle of background runs (medpref.core.runs), on its own: claim once, finish in one
final state with its reason, cancel, heartbeat, reap, a send the broker refused is sent again, and
every kind of run has its Celery task.
The same lifecycle under real workers and child processes: test_training_jobs, test_inference_worker."""

import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from annotation.models import ImportRun
from annotation.services.snapshots import create_snapshot
from inference.models import GenerationJob, PlaygroundTurn
from medpref.core import refresh, runs
from medpref.core.events import EVENT_PREFIX, parse
from medpref.core.runs import RunState, Stopped, Watchdog
from medpref.core.tasks import reap_stale_runs
from tests.factories import make_campaign
from tests.runs_support import backdate
from tests.training_support import resolved_demo_campaign
from training.models import MixtureFreeze, ModelVersion, TrainingJob

pytestmark = pytest.mark.django_db


@pytest.fixture
def turn():
    version = ModelVersion.objects.create(name="v", base_model="/models/v", lineage="v")
    return PlaygroundTurn.objects.create(model_version=version, messages=[{"role": "user", "content": "hi"}])


def test_a_run_is_claimed_once_and_ends_with_what_its_work_returns(turn):
    calls = []

    def work(run, watchdog):
        calls.append(run.state)
        return {"reply": "hello", "new_tokens": 2}

    assert runs.execute(PlaygroundTurn, turn.pk, work, what="turn") == RunState.SUCCEEDED
    assert runs.execute(PlaygroundTurn, turn.pk, work, what="turn") is None  # a redelivery finds it claimed
    turn.refresh_from_db()
    assert calls == [RunState.RUNNING]
    assert (turn.state, turn.reply, turn.new_tokens, turn.error) == (RunState.SUCCEEDED, "hello", 2, "")
    assert turn.started_at and turn.finished_at and turn.heartbeat_at and turn.worker_host


def test_a_stopped_run_ends_in_the_state_it_was_stopped_in_with_its_fields(turn):
    def work(run, watchdog):
        raise Stopped(
            RunState.FAILED, "the generation process was killed by signal SIGKILL (out of memory?)", reply="partial"
        )

    assert runs.execute(PlaygroundTurn, turn.pk, work, what="turn") == RunState.FAILED
    turn.refresh_from_db()
    assert (turn.state, turn.reply) == (RunState.FAILED, "partial") and "out of memory" in turn.error


def test_any_other_failure_fails_the_run_with_its_type_and_message(turn):
    def work(run, watchdog):
        raise FileNotFoundError("no adapter at /x")

    assert runs.execute(PlaygroundTurn, turn.pk, work, what="turn") == RunState.FAILED
    turn.refresh_from_db()
    assert turn.error == "FileNotFoundError: no adapter at /x"


def test_cancel_ends_a_queued_run_at_once_and_asks_a_running_one_to_stop(turn, settings):
    other = PlaygroundTurn.objects.create(model_version=turn.model_version, messages=turn.messages)
    cancelled, asked = runs.cancel(PlaygroundTurn, turn.pk)
    assert asked and cancelled.state == RunState.CANCELLED and cancelled.finished_at
    assert runs.cancel(PlaygroundTurn, turn.pk)[1] is False  # already ended
    assert runs.cancel(PlaygroundTurn, 10**9) == (None, False)

    settings.TRAINING_HEARTBEAT_SECONDS = 0
    running = runs.claim(PlaygroundTurn, other.pk)
    watchdog = Watchdog(running, what="turn")
    watchdog.check()  # a heartbeat, no cancel yet
    assert runs.cancel(PlaygroundTurn, other.pk)[1] is True
    with pytest.raises(Stopped) as stopped:
        watchdog.check()
    assert stopped.value.state == RunState.CANCELLED
    other.refresh_from_db()
    assert other.state == RunState.RUNNING and other.cancel_requested  # its worker finishes it


def test_the_watchdog_stops_a_run_past_the_time_limit(turn, settings):
    settings.TRAINING_TIME_LIMIT = -1
    with pytest.raises(Stopped, match="time limit exceeded: the playground turn ran longer"):
        Watchdog(runs.claim(PlaygroundTurn, turn.pk), what="playground turn").check()


def test_the_reaper_fails_silent_runs_of_every_kind_with_what_is_kept(turn, settings):
    settings.TRAINING_HEARTBEAT_TIMEOUT = 60
    PlaygroundTurn.objects.filter(pk=turn.pk).update(
        state=RunState.RUNNING, heartbeat_at=timezone.now() - timedelta(minutes=5), worker_host="gpu-1"
    )
    assert runs.reap_all() == {
        "training_jobs": 0,
        "generation_jobs": 0,
        "playground_turns": 1,
        "mixture_freezes": 0,
        "import_runs": 0,
    }
    turn.refresh_from_db()
    assert (
        turn.state == RunState.FAILED
        and turn.error.startswith("the worker on gpu-1 stopped answering")
        and turn.error.endswith("ask again")
    )


def test_every_kind_of_run_names_a_registered_celery_task():
    from medpref.celery import app

    app.loader.import_default_modules()  # what a worker does as it starts: autodiscovery of every app's tasks
    assert set(runs.run_models()) == {TrainingJob, MixtureFreeze, GenerationJob, PlaygroundTurn, ImportRun}
    for model in runs.run_models():
        assert model.task_name in app.tasks, model
        assert model.kept_when_lost, model


# --- a send the broker refused is sent again, once ----------------------------------------------


def queued(kind: str, turn: PlaygroundTurn) -> runs.Run:
    """A run of `kind` just created, as its service creates it, before `runs.queue`."""
    if kind == "import":
        return ImportRun.objects.create(campaign=make_campaign("imports"), filename="pairs.csv")
    if kind == "generation":
        campaign = make_campaign("prompts")
        return GenerationJob.objects.create(
            model_version=turn.model_version, source_campaign=campaign, target_campaign=campaign, strategy="two_samples"
        )
    if kind == "training":
        snapshot = create_snapshot(campaigns=[resolved_demo_campaign(limit=20)], kind="dpo")
        version = turn.model_version
        return TrainingJob.objects.create(
            kind="dpo", config={}, snapshot=snapshot, base_version=version, lineage=version.lineage
        )
    return turn


def resent() -> dict[str, int]:
    """What the reaper's beat sent again, of each kind."""
    return {kind: n for kind, n in reap_stale_runs.apply().get()["resent"].items() if n}


@pytest.mark.parametrize("kind", ["import", "generation", "playground", "training"])
def test_a_run_the_broker_refused_is_sent_again_by_the_reaper_once_unsent_after_later(
    kind, turn, broker, django_capture_on_commit_callbacks
):
    run = queued(kind, turn)
    model, plural = type(run), runs.plural(type(run))
    with django_capture_on_commit_callbacks(execute=True):
        runs.queue(run)  # the refusal is logged: the request that queued the run answers
    assert broker.refused == [(model.task_name, run.pk)] and model.objects.get(pk=run.pk).task_id == ""

    assert resent() == {} and broker.taken == []  # a send may still be under way: not doubled
    backdate(model, run.pk, "created_at")
    assert resent() == {plural: 1} and broker.taken == [(model.task_name, run.pk)]
    assert model.objects.get(pk=run.pk).task_id == "task-1"
    assert resent() == {} and len(broker.taken) == 1  # sent once
    assert model.objects.get(pk=run.pk).state == RunState.QUEUED  # for its worker to claim


def test_a_refused_send_stops_neither_the_transaction_nor_its_other_sends(
    turn, broker, django_capture_on_commit_callbacks
):
    other = PlaygroundTurn.objects.create(model_version=turn.model_version, messages=turn.messages)
    with django_capture_on_commit_callbacks(execute=True):
        runs.queue(turn)
        runs.queue(other)
    assert broker.refused == [(PlaygroundTurn.task_name, turn.pk)]
    assert broker.taken == [(PlaygroundTurn.task_name, other.pk)]
    assert PlaygroundTurn.objects.get(pk=other.pk).task_id == "task-1"


def test_a_cancelled_or_started_unsent_run_is_not_sent_again_and_a_refusal_waits_for_the_next_beat(turn, broker):
    first, second = (
        PlaygroundTurn.objects.create(model_version=turn.model_version, messages=turn.messages) for _ in range(2)
    )
    for run in (turn, first, second):
        backdate(PlaygroundTurn, run.pk, "created_at")
    runs.cancel(PlaygroundTurn, first.pk)
    PlaygroundTurn.objects.filter(pk=second.pk).update(state=RunState.RUNNING)  # sent, its id not yet recorded
    assert resent() == {}  # the broker refused `turn`: logged, tried on the next beat
    assert broker.refused == [(PlaygroundTurn.task_name, turn.pk)] and broker.taken == []
    assert resent() == {"playground_turns": 1} and broker.taken == [(PlaygroundTurn.task_name, turn.pk)]


@pytest.mark.parametrize("kind", ["generation", "playground"])
def test_a_run_unsent_long_after_it_was_due_is_given_up_not_started(kind, turn, broker):
    """A round or a turn asked during a long broker outage was asked again or is no longer wanted:
    past its kind's `unsent_give_up` it fails with the reason, and nothing is sent."""
    run = queued(kind, turn)
    model = type(run)
    model.objects.filter(pk=run.pk).update(created_at=timezone.now() - model.unsent_give_up - timedelta(seconds=1))
    assert resent() == {} and broker.refused == broker.taken == []
    run.refresh_from_db()
    assert run.state == RunState.FAILED and run.finished_at
    assert run.error.startswith("never started: the task queue refused it")
    assert PlaygroundTurn.unsent_give_up < GenerationJob.unsent_give_up == runs.UNSENT_GIVE_UP


@pytest.mark.django_db(transaction=True)
def test_a_reaper_that_looks_while_the_first_send_is_under_way_does_not_send_it_again(monkeypatch):
    """The first send holds the run's row lock until its task id is stored: a reaper on another
    connection that looks in between (a run due long ago, e.g. a job released late) skips it."""
    version = ModelVersion.objects.create(name="v", base_model="/models/v", lineage="v")
    turn = PlaygroundTurn.objects.create(model_version=version, messages=[{"role": "user", "content": "hi"}])
    backdate(PlaygroundTurn, turn.pk, "created_at")
    taken, during = [], []

    def send_task(name, *args, countdown=None):
        taken.append((name, args[0]))
        if len(taken) == 1:  # the broker took it; its id is not stored yet: a reaper elsewhere looks
            reaper = threading.Thread(target=lambda: (during.append(runs.resend_all()), connection.close()))
            reaper.start()
            reaper.join()
        return f"task-{len(taken)}"

    monkeypatch.setattr(refresh, "send_task", send_task)
    runs.queue(turn)  # outside a transaction: sent at once
    assert during == [{plural: 0 for plural in during[0]}] and taken == [(PlaygroundTurn.task_name, turn.pk)]
    assert PlaygroundTurn.objects.get(pk=turn.pk).task_id == "task-1"


def test_child_events_are_prefixed_json_lines():
    assert parse(EVENT_PREFIX + '{"event": "progress", "step": 3}') == {"event": "progress", "step": 3}
    assert parse("Traceback (most recent call last):") is None
    assert parse(EVENT_PREFIX + "not json") is None and parse(EVENT_PREFIX + "[1, 2]") is None
