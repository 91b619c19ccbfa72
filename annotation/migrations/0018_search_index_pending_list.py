"""The pair browser's trigram indexes keep an import's new entries pending until a worker merges them.

`gin_pending_list_limit` (per index, in kB) lets the pending list of each trigram index (and of the
phrase route's word-pair indexes, where built) hold what an import of ~10,000 pairs adds, so that the
import does not merge it into the index again and again in its own transaction; `services.search_index`
has a worker merge it once the import commits.
PostgreSQL only, as 0010: SQLite has no such index.
"""

from django.db import migrations

from medpref.core.migration_sql import postgresql_only

PENDING_LIST_KB = 65_536  # services.search_index.PENDING_LIST_KB when this was written

# The phrase route's word-pair indexes too, where a deployment built them before this migration.
INDEXES = ("response_text_trgm", "prompt_messages_trgm", "response_text_word_pairs", "prompt_messages_word_pairs")
FORWARD = [f"ALTER INDEX IF EXISTS {index} SET (gin_pending_list_limit = {PENDING_LIST_KB})" for index in INDEXES]
BACKWARD = [f"ALTER INDEX IF EXISTS {index} RESET (gin_pending_list_limit)" for index in INDEXES]


class Migration(migrations.Migration):
    dependencies = [("annotation", "0017_pair_search_word_pairs")]

    operations = [postgresql_only(FORWARD, BACKWARD)]
