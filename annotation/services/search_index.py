"""The pair browser's text indexes after an import: their new entries merged by a worker, not by the import.

The trigram indexes of migration 0010 (and the phrase route's word-pair indexes, where built) are GIN
indexes. PostgreSQL adds a new row's entries to a GIN index's pending list and merges that list
into the index proper once it outgrows `gin_pending_list_limit` (4 MB by default): an import of
10,000 pairs (about 60 MB of pending entries, 40 of them the answers') merged it over and over
inside its own transaction, about a quarter of the database's work of the import. Migration 0018
lets these indexes' lists hold an import of that size (PENDING_LIST_KB), and once an import commits
a worker merges them in one pass (`gin_clean_pending_list`): 0.27 s for those 10,000 pairs, while
the database's CPU for the import itself went from 1.07-1.16 to 0.79-0.89 s (bench/import.py prints
the import and the merge). Searches read the pending
list too, so a row is found at once; until the merge a search costs a few tens of milliseconds more.
Where no worker takes the task, autovacuum merges the lists as well.
"""

from __future__ import annotations

import logging

from django.db import connection, transaction

from medpref.core import refresh

log = logging.getLogger(__name__)

TASK_NAME = "annotation.merge_search_entries"
PENDING_LIST_KB = 65_536  # what an import of ~10,000 pairs of ~1 KB adds, with room to spare
TEXT_INDEXES = ("response_text_trgm", "prompt_messages_trgm", "response_text_word_pairs", "prompt_messages_word_pairs")
ASKED_KEY = "search-index:merge-asked"
ASKED_SECONDS = 600  # a merge asked for and never answered (a lost worker) is asked again after this


def merge_pending_entries() -> int:
    """Merge the pending entries of the text indexes there are (and this database user owns) into
    the indexes; the pages merged (0 on a database without them, e.g. SQLite)."""
    if connection.vendor != "postgresql":
        return 0
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT COALESCE(sum(gin_clean_pending_list(index.oid)), 0) FROM pg_class AS index "
            "JOIN pg_am ON pg_am.oid = index.relam AND pg_am.amname = 'gin' "
            "WHERE index.relname = ANY(%s) AND index.relkind = 'i' AND pg_table_is_visible(index.oid) "
            # Only an index's owner may merge it (PostgreSQL 15): where migrations run as another
            # database user than the app's, autovacuum merges instead of a task failing at every import.
            "AND pg_get_userbyid(index.relowner) = current_user",
            [list(TEXT_INDEXES)],
        )
        return int(cursor.fetchone()[0])


def merge_after_commit() -> None:
    """Once the transaction that stored new texts commits, ask a worker to merge them (at most one
    merge asked at a time). A broker out of reach costs nothing but the wait for autovacuum: the
    import has committed, so it is logged, not raised."""
    if connection.vendor != "postgresql":
        return

    def ask() -> None:
        try:
            refresh.ask_once(ASKED_KEY, lambda: refresh.send_task(TASK_NAME), seconds=ASKED_SECONDS)
        except Exception as exc:  # noqa: BLE001 - anything the broker or the cache raises
            log.warning("search index merge not queued (autovacuum will merge): %s", exc)

    transaction.on_commit(ask)


def merge_requested() -> int:
    """The worker's side: merge, then let the next merge be asked for."""
    with refresh.answering(ASKED_KEY):
        return merge_pending_entries()
