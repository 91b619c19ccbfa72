"""The pair browser's trigram indexes keep an import's new entries pending until a worker merges them.

`gin_pending_list_limit` (per index, in kB) lets the pending list of each trigram index hold what an
import of ~10,000 pairs adds, so that the import does not merge it into the index again and again in
its own transaction; `services.search_index` has a worker merge it once the import commits.
PostgreSQL only, as 0010: SQLite has no such index.
"""

from django.db import migrations

from medpref.core.migration_sql import postgresql_only

PENDING_LIST_KB = 65_536  # services.search_index.PENDING_LIST_KB when this was written

FORWARD = [
    f"ALTER INDEX IF EXISTS response_text_trgm SET (gin_pending_list_limit = {PENDING_LIST_KB})",
    f"ALTER INDEX IF EXISTS prompt_messages_trgm SET (gin_pending_list_limit = {PENDING_LIST_KB})",
]
BACKWARD = [
    "ALTER INDEX IF EXISTS response_text_trgm RESET (gin_pending_list_limit)",
    "ALTER INDEX IF EXISTS prompt_messages_trgm RESET (gin_pending_list_limit)",
]


class Migration(migrations.Migration):
    dependencies = [("annotation", "0017_pair_search_word_pairs")]

    operations = [postgresql_only(FORWARD, BACKWARD)]
