"""Fixtures for training tests: the tiny offline model, resolved demo pairs, a real Celery worker."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from annotation.models import Campaign, Pair, Role
from annotation.rules import Scores
from annotation.services.importing import import_file
from medpref.core.runs import RunState
from medpref.demo import DEMO_PAIRS
from tests.factories import judge_pair, make_user
from training.models import TrainingJob
from training.services import register_base_model
from training.tiny import TINY_TRAINING_CONFIG as TINY_CONFIG

ROOT = Path(__file__).resolve().parents[1]
GOOD, POOR = Scores(5, 5, 4), Scores(3, 3, 3)


def tiny_config(*, lora: dict | None = None, **trainer) -> dict:
    """The tiny model's training settings with some `trainer` (TRL) or `lora` (PEFT) fields changed."""
    return {"lora": {**TINY_CONFIG["lora"], **(lora or {})}, "trainer": {**TINY_CONFIG["trainer"], **trainer}}


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory) -> Path:
    """Built once per session; MEDPREF_TEST_TINY_MODEL names a folder `python -m training.tiny` built
    with this checkout instead (on a loaded machine the build alone can take minutes)."""
    from training.tiny import build_tiny_model

    prebuilt = os.environ.get("MEDPREF_TEST_TINY_MODEL")
    if prebuilt and (Path(prebuilt) / "medpref_tiny.json").exists():
        return Path(prebuilt).resolve()
    return build_tiny_model(tmp_path_factory.mktemp("tiny") / "model")


@pytest.fixture
def tiny_version(tiny_model_dir, transactional_db):
    return register_base_model(name="tiny", base_model=str(tiny_model_dir), lineage="tiny")


def resolved_demo_campaign(
    name: str = "Demo for training", *, limit: int | None = None, training_config: dict | None = None
) -> Campaign:
    """The demo pairs, each judged by two physicians who agree with the author's expectation."""
    campaign = Campaign.objects.create(
        name=name, gold_rate=0, training_config=training_config if training_config is not None else TINY_CONFIG
    )
    lines = DEMO_PAIRS.read_bytes().splitlines()[:limit] if limit else DEMO_PAIRS.read_bytes().splitlines()
    report = import_file(campaign=campaign, data=b"\n".join(lines), filename="demo.jsonl")
    assert report.ok, report.errors
    doctors = [make_user(f"{name[:10]}-doc{i}".replace(" ", "")) for i in range(2)]
    for pair in Pair.objects.filter(campaign=campaign, is_gold=False):
        better_a = pair.meta["author_expects"] == "a"
        for doctor in doctors:
            judge_pair(doctor, pair, GOOD if better_a else POOR, POOR if better_a else GOOD)
    return campaign


def worker_env(artifacts: Path) -> dict:
    db = connection.settings_dict
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}",
        "CELERY_BROKER_URL": settings.CELERY_BROKER_URL,
        "MEDPREF_ARTIFACTS_DIR": str(artifacts),
        "TRAINING_HEARTBEAT_SECONDS": "1",
        "TRAINING_CPU_THREADS": "1",
    }
    return env


class Worker:
    """A real `celery worker` process on the default and gpu queues, against the test database."""

    def __init__(self, artifacts: Path):
        self.log = artifacts / f"worker-{uuid.uuid4().hex[:6]}.log"
        command = [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "medpref",
            "worker",
            "-Q",
            "default,gpu",
            "-c",
            "1",
            "--without-gossip",
            "--without-mingle",
            "-n",
            f"test-{uuid.uuid4().hex[:6]}@%h",
            "-l",
            "info",
        ]
        with open(self.log, "w") as log:
            self.process = subprocess.Popen(
                command,
                cwd=ROOT,
                env=worker_env(artifacts),
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        try:
            deadline = time.time() + 60
            while time.time() < deadline:
                if "ready." in self.log.read_text():
                    return
                if self.process.poll() is not None:
                    break
                time.sleep(0.3)
            raise RuntimeError(f"the celery worker did not start:\n{self.log.read_text()[-3000:]}")
        except BaseException:  # also a test timeout: a worker left behind would take the next test's jobs
            self.kill()
            raise

    def kill(self) -> None:
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait(timeout=30)


@pytest.fixture
def worker(tmp_path, transactional_db, settings):
    from medpref.celery import app

    settings.ARTIFACTS_DIR = tmp_path
    app.control.purge()
    started = Worker(tmp_path)
    yield started
    started.kill()


def wait_for(job: TrainingJob, predicate, timeout: float = 180, poll: float = 0.5) -> TrainingJob:
    deadline = time.time() + timeout
    while time.time() < deadline:
        job.refresh_from_db()
        if predicate(job):
            return job
        if job.state in (RunState.FAILED, RunState.CANCELLED, RunState.SUCCEEDED) and not predicate(job):
            raise AssertionError(f"job {job.pk} ended {job.state}: {job.error}\n{job.log_tail[-2000:]}")
        time.sleep(poll)
    raise AssertionError(
        f"timed out waiting for job {job.pk} (state {job.state}, step {job.progress_step}/{job.max_steps})\n{job.log_tail[-2000:]}"
    )


def pid_alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie still answers kill(0); check its state.
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return False


def admin_user():
    return make_user("ml-admin", Role.ADMIN)
