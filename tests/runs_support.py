"""The task queue and background runs in tests: a broker that records (or refuses) the tasks sent,
and runs made to look older than they are.

Every task medpref sends by name goes through `medpref.core.refresh.send_task` (runs, webhooks, the
agreement report, the progress recount): `use_broker` replaces it there, the one seam.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from medpref.core import refresh, runs


class Broker:
    """Stands in for `refresh.send_task`: takes each task as (name, *args), with its countdown in
    `countdowns`, and answers its id ("task-1", "task-2", ...); refuses the first `refuse` sends, or
    every one when `down`, with ConnectionError (a broker out of reach), keeping them in `refused`."""

    def __init__(self, *, refuse: int = 0, down: bool = False):
        self.refuse, self.down = refuse, down
        self.refused: list[tuple] = []
        self.taken: list[tuple] = []
        self.countdowns: list[float | None] = []

    def __call__(self, name: str, *args, countdown: float | None = None) -> str:
        if self.down or len(self.refused) < self.refuse:
            self.refused.append((name, *args))
            raise ConnectionError("broker down")
        self.taken.append((name, *args))
        self.countdowns.append(countdown)
        return f"task-{len(self.taken)}"

    def sent(self, name: str) -> list:
        """The first argument (a run's or a campaign's id) of each task `name` taken, in order."""
        return [args[0] for task, *args in self.taken if task == name]


def use_broker(monkeypatch: pytest.MonkeyPatch, *, refuse: int = 0, down: bool = False) -> Broker:
    """Send this test's tasks to a `Broker` (nothing reaches Celery)."""
    broker = Broker(refuse=refuse, down=down)
    monkeypatch.setattr(refresh, "send_task", broker)
    return broker


@pytest.fixture
def broker(monkeypatch) -> Broker:
    """A broker that refuses the first send, then takes every one (tests/conftest.py offers it to all)."""
    return use_broker(monkeypatch, refuse=1)


def backdate(model: type[runs.Run], pk: int, *fields: str) -> None:
    """As if `fields` (times) were set just over UNSENT_AFTER ago."""
    model.objects.filter(pk=pk).update(**{f: timezone.now() - runs.UNSENT_AFTER - timedelta(seconds=1) for f in fields})
