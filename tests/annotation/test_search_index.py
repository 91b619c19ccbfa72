"""The text indexes after an import (services.search_index): the import leaves its entries pending,
a worker merges them, and a search finds a new row before and after the merge."""

import json
import logging

import pytest
from django.core.cache import cache
from django.db import connection

from annotation.models import Response
from annotation.services import phrase_index, search_index
from annotation.services.importing import import_file
from annotation.tasks import merge_search_entries
from tests.runs_support import use_broker

pytestmark = pytest.mark.postgres


@pytest.fixture(autouse=True)
def no_merge_asked():
    """The cache outlives a test: no merge is asked for when one begins."""
    cache.delete(search_index.ASKED_KEY)
    yield
    cache.delete(search_index.ASKED_KEY)


def pairs(count: int, tag: str) -> bytes:
    rows = [
        {
            "id": f"{tag}-{i}",
            "prompt": f"头痛{i}天了，血压140/90，怎么办？",
            "response_a": f"Measure your blood pressure twice a day ({tag} {i}).",
            "response_b": f"建议连续{i}天测量血压，如果头痛加重请就诊。",
        }
        for i in range(count)
    ]
    return "\n".join(json.dumps(row, ensure_ascii=False) for row in rows).encode()


def merges(broker) -> list[str]:
    """The merges asked for (an import also asks a worker to re-scan its texts: services.clean_texts)."""
    return [name for name, *_ in broker.taken if name == search_index.TASK_NAME]


def pending_list_limit(index: str) -> str | None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT reloptions FROM pg_class WHERE relname = %s", [index])
        (options,) = cursor.fetchone()
    return next((option for option in options or [] if option.startswith("gin_pending_list_limit=")), None)


def test_the_trigram_indexes_keep_an_import_s_entries_pending(db):
    for index in ("response_text_trgm", "prompt_messages_trgm"):
        assert pending_list_limit(index) == f"gin_pending_list_limit={search_index.PENDING_LIST_KB}", index


def test_the_phrase_route_s_indexes_do_too(db):
    phrase_index.create()  # in the test's transaction: rolled back with it
    for index in phrase_index.INDEXES:
        assert pending_list_limit(index) == f"gin_pending_list_limit={search_index.PENDING_LIST_KB}", index


def test_a_worker_merges_what_an_import_left_pending_and_a_search_finds_the_rows_throughout(campaign):
    search_index.merge_pending_entries()  # what earlier tests left
    report = import_file(campaign=campaign, data=pairs(30, "fresh"), filename="pairs.jsonl")
    assert report.created == 30
    found = Response.objects.filter(text__icontains="twice a day (FRESH 17)")
    assert found.count() == 1, "found while its index entries are pending"
    assert search_index.merge_pending_entries() > 0, "the import's entries were pending"
    assert search_index.merge_pending_entries() == 0, "and merged once"
    assert found.count() == 1, "found after the merge"


def test_a_committed_import_asks_a_worker_once(campaign, monkeypatch, django_capture_on_commit_callbacks):
    broker = use_broker(monkeypatch)
    with django_capture_on_commit_callbacks(execute=True):
        import_file(campaign=campaign, data=pairs(3, "first"), filename="pairs.jsonl")
    with django_capture_on_commit_callbacks(execute=True):
        import_file(campaign=campaign, data=pairs(3, "second"), filename="pairs.jsonl")
    assert merges(broker) == [search_index.TASK_NAME], "asked once until a worker answers"
    assert merge_search_entries() > 0, "what the worker runs"
    with django_capture_on_commit_callbacks(execute=True):
        import_file(campaign=campaign, data=pairs(3, "third"), filename="pairs.jsonl")
    assert merges(broker) == [search_index.TASK_NAME] * 2, "answered: the next import asks again"


def test_an_import_that_stores_nothing_asks_for_no_merge(campaign, monkeypatch, django_capture_on_commit_callbacks):
    import_file(campaign=campaign, data=pairs(2, "kept"), filename="pairs.jsonl")
    broker = use_broker(monkeypatch)
    with django_capture_on_commit_callbacks(execute=True):
        again = import_file(campaign=campaign, data=pairs(2, "kept"), filename="pairs.jsonl")
    assert (again.created, again.skipped, merges(broker)) == (0, 2, [])


def test_a_broker_out_of_reach_costs_the_import_nothing(
    campaign, monkeypatch, django_capture_on_commit_callbacks, caplog
):
    broker = use_broker(monkeypatch, down=True)
    with caplog.at_level(logging.WARNING), django_capture_on_commit_callbacks(execute=True):
        report = import_file(campaign=campaign, data=pairs(3, "down"), filename="pairs.jsonl")
    assert report.created == 3 and Response.objects.filter(text__icontains="(down 2)").count() == 1
    assert [task for task in broker.refused if task[0] == search_index.TASK_NAME] == [(search_index.TASK_NAME,)]
    assert "autovacuum will merge" in caplog.text
    assert cache.get(search_index.ASKED_KEY) is None, "the next import asks again"


def test_a_worker_has_the_task_the_import_asks_for():
    from medpref.celery import app

    app.loader.import_default_modules()  # what a worker does on start: every app's tasks module
    assert search_index.TASK_NAME in app.tasks
