"""`postgresql_only`: the migrations' PostgreSQL-only SQL runs both ways on PostgreSQL and not at all elsewhere."""

from __future__ import annotations

import importlib
from types import SimpleNamespace

import pytest
from django.db import connection

from medpref.core.migration_sql import postgresql_only


class RecordingEditor:
    """A schema editor on a database of `vendor` that keeps the statements it is given."""

    def __init__(self, vendor: str):
        self.connection = SimpleNamespace(vendor=vendor)
        self.executed: list[str] = []

    def execute(self, statement: str) -> None:
        self.executed.append(statement)


def test_on_postgresql_the_statements_run_in_order_each_way():
    operation = postgresql_only(["CREATE one", "CREATE two"], ["DROP two", "DROP one"])
    forward, backward = RecordingEditor("postgresql"), RecordingEditor("postgresql")
    operation.code(None, forward)
    operation.reverse_code(None, backward)
    assert forward.executed == ["CREATE one", "CREATE two"]
    assert backward.executed == ["DROP two", "DROP one"]


def test_on_any_other_database_nothing_runs():
    operation = postgresql_only(["CREATE one"], ["DROP one"])
    editor = RecordingEditor("sqlite")
    operation.code(None, editor)
    operation.reverse_code(None, editor)
    assert editor.executed == []


def index_exists(name: str) -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_indexes WHERE indexname = %s", [name])
        return cursor.fetchone() is not None


@pytest.mark.postgres
@pytest.mark.django_db
def test_a_migration_s_index_is_dropped_and_built_again_on_postgresql():
    (operation,) = importlib.import_module("annotation.migrations.0013_scale").Migration.operations
    assert index_exists("annotation_campaign_time")
    with connection.schema_editor(atomic=False) as editor:
        operation.reverse_code(None, editor)
    assert not index_exists("annotation_campaign_time")
    with connection.schema_editor(atomic=False) as editor:
        operation.code(None, editor)
    assert index_exists("annotation_campaign_time")
