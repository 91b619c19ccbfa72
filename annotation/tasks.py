"""The annotation app's Celery tasks: a large campaign's agreement report and progress counts, large imports,
the text indexes' entries an import left to merge and the export gate's re-scan of its texts, in the background."""

from celery import shared_task

from annotation.models import ImportRun
from annotation.selectors import progress
from annotation.services import agreement, clean_texts, import_runs, search_index
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


@shared_task(name=clean_texts.TASK_NAME)
def prescan_texts(
    campaign_id: int, after_prompt: int, after_response: int, after_arbitration: int = clean_texts.NONE_AFTER
) -> dict[str, int]:
    """Re-scan the campaign's texts stored after these ids as the export gate would, remembering the
    clean ones (services.clean_texts); what was read, scanned and found."""
    since = clean_texts.Watermark(after_prompt, after_response, after_arbitration)
    return clean_texts.prescan(campaign_id, since).as_dict()
