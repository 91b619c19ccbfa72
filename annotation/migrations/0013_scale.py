"""Today's annotations of a campaign, by annotator, from an index alone (progress, issue 15).

Progress counts a campaign's annotations by annotator (the campaign column's index of 0012) and
those made today. Today's are found by time: an index on the campaign and the time, carrying the
annotator, answers that count without reading the rows, however many annotations came before.
PostgreSQL only (INCLUDE), as the trigram indexes of 0010: SQLite scans, at the sizes it serves.
"""

from django.db import migrations

from medpref.core.migration_sql import postgresql_only

FORWARD = [
    "CREATE INDEX IF NOT EXISTS annotation_campaign_time "
    "ON annotation_annotation (campaign_id, created_at) INCLUDE (annotator_id)",
]
BACKWARD = ["DROP INDEX IF EXISTS annotation_campaign_time"]


class Migration(migrations.Migration):
    dependencies = [("annotation", "0012_rankings")]

    operations = [postgresql_only(FORWARD, BACKWARD)]
