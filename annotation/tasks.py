"""The annotation app's Celery tasks: a large campaign's agreement report and progress counts, large imports,
and the text indexes' entries an import left to merge, in the background."""

from celery import shared_task

from annotation.models import ImportRun
from annotation.selectors import progress
from annotation.services import agreement, import_runs, search_index
from medpref.core import runs


@shared_task(name=agreement.TASK_NAME)
def compute_agreement_report(campaign_id: int) -> int | None:
    """Compute and cache the campaign's agreement report (services.agreement); the annotations it read."""
    return agreement.compute_requested(campaign_id)


@shared_task(name=progress.TASK_NAME)
def count_progress(campaign_id: int) -> int | None:
    """Count a large campaign's pairs by state and annotations by annotator again (selectors.progress)."""
    return progress.recount(campaign_id)


@shared_task(name=ImportRun.task_name, acks_late=True, reject_on_worker_lost=True)
def run_import(run_id: int) -> str | None:
    """Import a stored upload, streamed in one transaction (services.import_runs); default queue."""
    runs.reap(ImportRun)  # a redelivered import whose worker died is failed here, not run twice
    return import_runs.run_import(run_id)


@shared_task(name=search_index.TASK_NAME)
def merge_search_entries() -> int:
    """Merge the text indexes' pending entries into the indexes (services.search_index); the pages merged."""
    return search_index.merge_requested()
