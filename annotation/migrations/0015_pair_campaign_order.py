"""A campaign's pairs in id order from an index (the pair browser's text search walks them, issue 15).

A text search first walks the list's pairs in its order (newest first in the console, oldest first
in the API) within one campaign. Without an index on the campaign and the id, PostgreSQL walks the
primary key and skips every pair of the other campaigns on the way (a second behind a campaign of a
million). Built CONCURRENTLY, so a live database keeps taking pairs meanwhile. PostgreSQL only, as
0010 and 0013: SQLite scans, at the sizes it serves.
"""

from django.db import migrations

from medpref.core.migration_sql import postgresql_only

FORWARD = ["CREATE INDEX CONCURRENTLY IF NOT EXISTS pair_campaign_order ON annotation_pair (campaign_id, id)"]
BACKWARD = ["DROP INDEX CONCURRENTLY IF EXISTS pair_campaign_order"]


class Migration(migrations.Migration):
    atomic = False  # CREATE INDEX CONCURRENTLY runs outside a transaction

    dependencies = [("annotation", "0014_import_runs")]

    operations = [postgresql_only(FORWARD, BACKWARD)]
