"""The pair browser on PostgreSQL: trigram indexes on what `icontains` compares (text search), and
a GIN index on annotation flags (the flag filter is a JSON containment, `flags @> '["needs_expert"]'`).

Django writes `text__icontains` as `UPPER(col::text) LIKE UPPER(%s)`, so the indexes are on those
same expressions (pg_trgm's GIN operator class answers LIKE '%...%'). SQLite has no pg_trgm: there
the search scans, which is fine at the sizes SQLite is used for. pg_trgm is a trusted extension
(PostgreSQL 13+): the database's owner may create it without being a superuser.
"""

from django.db import migrations

from medpref.core.migration_sql import postgresql_only

FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS response_text_trgm ON annotation_response USING gin (UPPER(text::text) gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS prompt_messages_trgm ON annotation_prompt USING gin (UPPER(messages::text) gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS annotation_flags_gin ON annotation_annotation USING gin (flags jsonb_path_ops)",
]
BACKWARD = [
    "DROP INDEX IF EXISTS response_text_trgm",
    "DROP INDEX IF EXISTS prompt_messages_trgm",
    "DROP INDEX IF EXISTS annotation_flags_gin",
]


class Migration(migrations.Migration):
    dependencies = [("annotation", "0009_lifecycle")]

    operations = [postgresql_only(FORWARD, BACKWARD)]
