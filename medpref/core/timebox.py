"""A time box for database work that may take long: the queries inside run under the time left.

A page that must answer within a budget (the pair browser's text search) spends it on statements
that could each run for seconds. Each runs under `SET LOCAL statement_timeout` set to the time then
left, so the database itself stops it; the caller catches OutOfTime and answers with what it has.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from math import ceil

from django.db import OperationalError, connection, transaction

#: Less time than this left: no statement is started.
MIN_BOX_S = 0.01
#: PostgreSQL's SQLSTATE for a statement cancelled by its timeout.
QUERY_CANCELED = "57014"
#: The savepoint a time box sets within a request's transaction (rolled back after, as its own transaction is).
SAVEPOINT = "medpref_time_box"


class OutOfTime(Exception):
    """The time ran out: a statement cancelled by its timeout, or too little time left to start one."""


class Budget:
    """The time left to one piece of work (a page of a text search)."""

    def __init__(self, seconds: float) -> None:
        self.ends = time.perf_counter() + seconds

    def left(self) -> float:
        return self.ends - time.perf_counter()

    @contextmanager
    def box(self, at_most: float | None = None) -> Iterator[None]:
        """Run the queries inside within the time left (and `at_most` seconds); OutOfTime when
        it runs out. On PostgreSQL each statement runs under `SET LOCAL statement_timeout` set to the
        time then left (two statements share the box's time, not twice it), in a transaction of its
        own that is rolled back at the end, or within a request's transaction under a savepoint that
        is rolled back afterwards: either way the rollback undoes the setting and a cancelled statement.
        Only for reads: whatever the box wrote is rolled back too, in both cases, so a box behaves the
        same wherever it is opened. Other databases have no timeout (development only) and no rollback."""
        seconds = self.left() if at_most is None else min(at_most, self.left())
        if seconds < MIN_BOX_S:
            raise OutOfTime
        if connection.vendor != "postgresql":
            yield
            return
        ends = time.perf_counter() + seconds
        try:
            if not connection.in_atomic_block:
                with transaction.atomic(), connection.execute_wrapper(TimeLeft(ends)):
                    try:
                        yield
                    finally:
                        transaction.set_rollback(True)
                return
            with connection.cursor() as cursor:
                cursor.execute(f"SAVEPOINT {SAVEPOINT}")
            try:
                with connection.execute_wrapper(TimeLeft(ends)):
                    yield
            finally:
                with connection.cursor() as cursor:
                    cursor.execute(f"ROLLBACK TO SAVEPOINT {SAVEPOINT}; RELEASE SAVEPOINT {SAVEPOINT}")
        except OperationalError as error:
            if getattr(error.__cause__, "sqlstate", None) == QUERY_CANCELED:
                raise OutOfTime from error
            raise


class TimeLeft:
    """An execute wrapper: each statement of a time box runs under the time then left to the box
    (`SET LOCAL statement_timeout` on the same cursor just before it), and none starts with less
    than MIN_BOX_S left."""

    def __init__(self, ends: float) -> None:
        self.ends = ends

    def __call__(self, execute, sql, params, many, context):
        left = self.ends - time.perf_counter()
        if left < MIN_BOX_S:
            raise OutOfTime
        execute(f"SET LOCAL statement_timeout = {ceil(left * 1000)}", None, False, context)  # an int: nothing to quote
        return execute(sql, params, many, context)
