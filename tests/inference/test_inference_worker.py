"""Generation through the real stack: API -> Celery (Redis) -> worker -> generation child -> pairs.

The worker never holds model weights: each version is loaded by a `python -m inference.generation`
child process, so killing that child (what the out-of-memory killer does) fails the round with the
reason and leaves the worker serving.
"""

import json
import os
import signal
import time
from pathlib import Path

import pytest

from annotation.models import Campaign, Pair
from annotation.services.importing import import_file
from inference.models import GenerationJob
from tests.factories import client_for, prompts_campaign
from tests.inference.generation_support import ENDED, wait_until
from tests.training_support import admin_user, pid_alive

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.timeout(600),
]  # the first test also builds the tiny model


def generate(admin, version, campaign, **sampling) -> int:
    response = admin.post(
        f"/api/v1/model-versions/{version.pk}/generate/",
        {
            "campaign": campaign.pk,
            "strategy": "two_samples",
            "sampling": {"temperature": 1.0, "max_new_tokens": 16, "seed": 1, **sampling},
        },
        format="json",
    )
    assert response.status_code == 201, response.content
    return response.json()["id"]


def generation_children(worker_pid: int) -> list[int]:
    """The worker's descendants that run `python -m inference.generation`."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue

    def descends(pid: int) -> bool:
        while pid > 1:
            pid = parents.get(pid, 0)
            if pid == worker_pid:
                return True
        return False

    found = []
    for pid in parents:
        try:
            command = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"inference.generation" in command and descends(pid):
            found.append(pid)
    return found


def test_generation_runs_on_the_worker_and_creates_pairs(worker, tiny_version):
    campaign = prompts_campaign()
    admin = client_for(admin_user())
    job_id = generate(admin, tiny_version, campaign)
    state = wait_until(admin, job_id, lambda s: s["state"] in ENDED)
    assert state["state"] == "succeeded", state
    assert state["progress"] == 1.0 and state["pairs_created"] == Pair.objects.filter(campaign=campaign).count() > 0
    job = GenerationJob.objects.get(pk=job_id)
    assert job.started_at and job.finished_at
    assert generation_children(worker.process.pid) == []  # the round's child ended with it


def test_a_killed_generation_process_fails_the_round_keeps_its_pairs_and_spares_the_worker(worker, tiny_version):
    many = Campaign.objects.create(name="Many prompts", gold_rate=0)
    lines = [
        json.dumps({"id": f"q{i}", "prompt": f"Question {i}: what should I do about a fever of 39 degrees?"})
        for i in range(40)
    ]
    assert import_file(campaign=many, data="\n".join(lines).encode(), filename="prompts.jsonl").ok
    admin = client_for(admin_user())
    job_id = generate(admin, tiny_version, many, max_new_tokens=64, batch_size=2)
    wait_until(admin, job_id, lambda s: s["prompts_done"] >= 2 or s["state"] in ENDED, poll=0.05)
    children = generation_children(worker.process.pid)
    assert len(children) == 1, children
    os.kill(children[0], signal.SIGKILL)  # what the out-of-memory killer does

    state = wait_until(admin, job_id, lambda s: s["state"] in ENDED)
    assert state["state"] == "failed"
    assert "the generation process was killed by signal SIGKILL (out of memory?)" in state["error"]
    assert 0 < state["prompts_done"] < 40
    stored = Pair.objects.filter(campaign=many).count()
    assert stored == state["pairs_created"] and stored + state["skipped_similar"] == state["prompts_done"]
    assert not pid_alive(children[0]) and worker.process.poll() is None

    again = generate(admin, tiny_version, prompts_campaign())  # the same worker serves the next round
    assert wait_until(admin, again, lambda s: s["state"] in ENDED)["state"] == "succeeded"


def test_the_time_limit_stops_a_round_and_its_generation_process(tiny_version, settings):
    from inference.runner import run_generation_job
    from inference.services import start_generation

    settings.TRAINING_TIME_LIMIT, settings.TRAINING_HEARTBEAT_SECONDS = 1, 1
    job = start_generation(
        model_version=tiny_version,
        source_campaign=prompts_campaign(),
        strategy="two_samples",
        sampling={"max_new_tokens": 16},
        enqueue=False,
    )
    started = time.monotonic()
    assert run_generation_job(job.pk) == "failed"
    assert time.monotonic() - started < 60
    job.refresh_from_db()
    assert (
        "time limit exceeded: the generation round ran longer than 1 s (TRAINING_TIME_LIMIT)" in job.error
        and job.finished_at
    )
    assert generation_children(os.getpid()) == []
