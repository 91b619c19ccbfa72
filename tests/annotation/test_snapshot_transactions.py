"""A snapshot exported inside a caller's transaction (a retrain, a sweep's pipeline) leaves it as it found it."""

import os
import threading

import pytest
from django.db import connection, transaction

from annotation.models import Pair
from annotation.rules import Scores
from annotation.services import snapshots
from annotation.services.snapshots import create_snapshot
from tests.factories import judge_pair, make_pairs

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="planner settings and fetch threads are PostgreSQL's"
)

GOOD, POOR = Scores(5, 4, 4), Scores(4, 2, 3)


@pytest.fixture
def agreed(campaign, annotator, annotator2) -> list[Pair]:
    """Four pairs resolved by consensus: with chunk_size=1, four batches and a fetch thread each cursor."""
    pairs = make_pairs(campaign, 4)
    for pair in pairs:
        for user in (annotator, annotator2):
            judge_pair(user, pair, GOOD, POOR)
    return pairs


def setting(name: str) -> str:
    with connection.cursor() as cursor:
        cursor.execute(f"SHOW {name}")
        return cursor.fetchone()[0]


def fetch_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith(("export-fetch", "clean-texts")) and t.is_alive()]


def test_the_outer_transaction_keeps_its_planner_settings(campaign, agreed):
    with transaction.atomic():
        before = setting("jit")
        assert setting("enable_seqscan") == "on"
        snapshot = create_snapshot(campaigns=[campaign], kind="dpo", chunk_size=1)
        assert snapshot.row_count == 4
        assert setting("enable_seqscan") == "on"
        assert setting("jit") == before


def test_a_setting_the_caller_chose_is_kept(campaign, agreed):
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
        create_snapshot(campaigns=[campaign], kind="dpo", chunk_size=1)
        assert setting("enable_seqscan") == "off"


class FullDisk:
    """A file whose second write fails, as a full disk would: the export stops half-way."""

    def __init__(self, target):
        self.target, self.writes = target, 0

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.target.close()

    def write(self, data: bytes) -> int:
        self.writes += 1
        if self.writes > 1:
            raise OSError(28, "No space left on device")
        return self.target.write(data)


def test_a_failed_write_closes_the_streams_before_the_caller_goes_on(campaign, agreed, monkeypatch):
    opened = os.fdopen
    monkeypatch.setattr(snapshots.os, "fdopen", lambda *args: FullDisk(opened(*args)))
    with transaction.atomic():
        with pytest.raises(OSError, match="No space left") as failed:
            create_snapshot(campaigns=[campaign], kind="dpo", chunk_size=1)
        # The traceback (held here) keeps write_rows' frame: its rows must have been closed anyway.
        assert failed.value is not None
        assert fetch_threads() == []
        # The export's savepoint rolled back its settings too.
        assert setting("enable_seqscan") == "on"
        # The connection serves the same transaction: a savepoint rolled back, then a query.
        state = Pair.objects.get(pk=agreed[0].pk).state
        try:
            with transaction.atomic():
                Pair.objects.filter(pk=agreed[0].pk).update(state="arbitrated" if state != "arbitrated" else "open")
                raise RuntimeError("roll back")
        except RuntimeError:
            pass
        assert Pair.objects.filter(pk__in=[p.pk for p in agreed]).count() == 4
        assert Pair.objects.get(pk=agreed[0].pk).state == state
