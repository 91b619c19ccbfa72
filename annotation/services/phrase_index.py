"""The phrase route's indexes (selectors.pair_search), a deployment's choice.

The pair browser answers a phrase of two whole words or more in full, however rare it is among
common words, when GIN indexes of the adjacent word pairs of every prompt's messages and every
response exist (`medpref_word_pairs`, migration 0017) and `PAIR_SEARCH_PHRASES` is on. They are not
built by default: keeping them current costs about as much database time as storing an import does
without them (a 10,000-pair import measured 6-7 s without and 12-13 s with them on the development
machine), against issue 15's import goal. Without them a rare phrase answers "stopped, N or more"
within the time budget, as before, and **Search further** walks on.

    manage.py phrase_index create     # build both indexes (CONCURRENTLY: imports go on meanwhile)
    manage.py phrase_index drop       # drop both (CONCURRENTLY too: searches and imports go on)
then set MEDPREF_PAIR_SEARCH_PHRASES=1 and restart the web server.
"""

from __future__ import annotations

from django.db import connection

from annotation.services.search_index import PENDING_LIST_KB

# Their pending lists hold an import's entries until a worker merges them (services.search_index).
WITH = f"WITH (gin_pending_list_limit = {PENDING_LIST_KB})"
INDEXES = {
    "prompt_messages_word_pairs": f"annotation_prompt USING gin (medpref_word_pairs(messages::text)) {WITH}",
    "response_text_word_pairs": f"annotation_response USING gin (medpref_word_pairs(text)) {WITH}",
}


def supported() -> bool:
    return connection.vendor == "postgresql"


def create(*, concurrently: bool = True) -> list[str]:
    """Build the indexes that are missing (CONCURRENTLY outside a transaction: a live database keeps
    taking imports meanwhile); their names. One left INVALID by a failed concurrent build (cancelled,
    timed out) is dropped first: `IF NOT EXISTS` would keep it, unused by queries yet kept by every write."""
    how = concurrent(concurrently)
    broken = set(listed()) - set(present())
    with connection.cursor() as cursor:
        for name, target in INDEXES.items():
            if name in broken:
                cursor.execute(f"DROP INDEX {how}IF EXISTS {name}")
            cursor.execute(f"CREATE INDEX {how}IF NOT EXISTS {name} ON {target}")
    return list(INDEXES)


def drop(*, concurrently: bool = True) -> list[str]:
    """Drop the indexes (CONCURRENTLY outside a transaction: a plain DROP INDEX locks its table against
    every search and import until it ends); their names."""
    how = concurrent(concurrently)
    with connection.cursor() as cursor:
        for name in INDEXES:
            cursor.execute(f"DROP INDEX {how}IF EXISTS {name}")
    return list(INDEXES)


def concurrent(asked: bool) -> str:
    """The CONCURRENTLY keyword when asked for and possible: PostgreSQL refuses it inside a transaction
    block (a caller's atomic block, or a test's), where the plain statement runs instead."""
    return "CONCURRENTLY " if asked and not connection.in_atomic_block else ""


def listed() -> list[str]:
    """The indexes that exist, valid or not."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname FROM pg_indexes WHERE indexname = ANY(%s)", [list(INDEXES)])
        return sorted(row[0] for row in cursor.fetchall())


def present() -> list[str]:
    """The indexes that exist and queries may use (not left INVALID by a failed concurrent build)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
            " WHERE c.relname = ANY(%s) AND i.indisvalid AND pg_catalog.pg_table_is_visible(c.oid)",
            [list(INDEXES)],
        )
        return sorted(row[0] for row in cursor.fetchall())
