"""The annotation app's Celery task: a large campaign's agreement report, computed in the background."""

from celery import shared_task

from annotation.services import agreement


@shared_task(name=agreement.TASK_NAME)
def compute_agreement_report(campaign_id: int) -> int | None:
    """Compute and cache the campaign's agreement report (services.agreement); the annotations it read."""
    return agreement.compute_requested(campaign_id)
