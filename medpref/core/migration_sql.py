"""SQL that only PostgreSQL runs, as a migration operation: indexes and functions SQLite has no use for.

Several migrations add what only PostgreSQL has (trigram and GIN indexes, INCLUDE columns, SQL
functions) while SQLite, at the sizes it serves, scans. Each names its statements both ways and takes
the operation from here, so what "PostgreSQL only" means is written once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from django.db import migrations


def postgresql_only(forward: Sequence[str], backward: Sequence[str]) -> migrations.RunPython:
    """A RunPython that executes `forward` (migrating) or `backward` (reversing) in order on
    PostgreSQL, and does nothing on any other database."""
    return migrations.RunPython(_statements(forward), _statements(backward))


def _statements(statements: Sequence[str]) -> Callable:
    def apply(apps, schema_editor) -> None:
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return apply
