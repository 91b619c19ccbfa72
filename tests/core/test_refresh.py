"""A figure kept in the cache and computed again by a worker (medpref.core.refresh), on its own: a
worker is asked once until it answers, a refused send leaves nobody asked, and a key names the row's
creation time. Its uses: tests/annotation/test_progress.py and test_agreement.py."""

from datetime import timedelta
from types import SimpleNamespace
from uuid import uuid4

import pytest
from celery import Celery
from django.core.cache import cache
from django.utils import timezone

from medpref.core import refresh
from tests.factories import make_campaign


@pytest.fixture
def asked_key():
    key = f"test-refresh:{uuid4().hex}:asked"
    yield key
    cache.delete(key)


def test_a_worker_is_asked_once_until_it_answers_then_again(asked_key):
    sent = []
    assert refresh.ask_once(asked_key, lambda: sent.append("figure"), seconds=60) is True
    assert refresh.ask_once(asked_key, lambda: sent.append("figure"), seconds=60) is False
    assert sent == ["figure"]
    with refresh.answering(asked_key):
        pass
    assert refresh.ask_once(asked_key, lambda: sent.append("figure"), seconds=60) is True
    assert sent == ["figure", "figure"]


def test_a_worker_that_failed_may_be_asked_again(asked_key):
    refresh.ask_once(asked_key, lambda: None, seconds=60)
    with pytest.raises(MemoryError), refresh.answering(asked_key):
        raise MemoryError("the worker ran out of memory")
    assert refresh.ask_once(asked_key, lambda: None, seconds=60) is True


def test_a_refused_send_raises_and_leaves_nobody_asked(asked_key):
    def broker_down():
        raise ConnectionError("no broker")

    with pytest.raises(ConnectionError):
        refresh.ask_once(asked_key, broker_down, seconds=60)
    assert cache.get(asked_key) is None
    assert refresh.ask_once(asked_key, lambda: None, seconds=60) is True  # the next caller asks


def test_a_task_is_sent_by_name_with_its_arguments(monkeypatch):
    taken = []

    def broker(app, name, args=None, **kwargs):
        taken.append((name, args))
        return SimpleNamespace(id="task-1")

    monkeypatch.setattr(Celery, "send_task", broker)
    assert refresh.send_task("annotation.count_progress", 7) == "task-1"
    assert taken == [("annotation.count_progress", [7])]


@pytest.mark.django_db
def test_a_key_names_the_row_and_its_creation_time_so_another_database_s_row_never_reads_it():
    campaign = make_campaign("kept")
    assert (
        refresh.key("progress-counts", campaign) == f"progress-counts:{campaign.pk}:{campaign.created_at.timestamp()}"
    )
    same_id_elsewhere = SimpleNamespace(pk=campaign.pk, created_at=timezone.now() + timedelta(days=1))
    assert refresh.key("progress-counts", same_id_elsewhere) != refresh.key("progress-counts", campaign)
