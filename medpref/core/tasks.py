"""The kernel's Celery tasks. The reaper of runs whose worker vanished, which also sends again the
queued runs whose send the broker refused: sent by Celery beat every REAP_INTERVAL_SECONDS
(CELERY_BEAT_SCHEDULE), and run by every worker as it starts; GET requests never reap, they only
read. Webhook deliveries (medpref.core.webhooks.services): one attempt per message, and the beat's
re-send of deliveries whose message was lost."""

from celery import shared_task
from celery.signals import worker_ready

from medpref.core import runs
from medpref.core.webhooks import services as webhooks


@shared_task(name="medpref.reap_stale_runs")
def reap_stale_runs() -> dict[str, dict[str, int]]:
    """Fail runs (training jobs, mixture freezes, generation rounds, playground turns, imports) whose
    heartbeat stopped, and send again the queued ones whose send was lost; how many of each."""
    return {"reaped": runs.reap_all(), "resent": runs.resend_all()}


@worker_ready.connect
def reap_on_start(**kwargs) -> None:
    runs.reap_all()
    runs.resend_all()


@shared_task(name="medpref.webhooks.deliver")
def deliver_webhook(delivery_id: int) -> str | None:
    """One attempt of a webhook delivery; a failure to retry queues the next attempt itself."""
    delivery = webhooks.attempt(delivery_id)
    return delivery.status if delivery is not None else None


@shared_task(name="medpref.webhooks.send_due")
def send_due_webhooks() -> dict[str, int]:
    """Re-send overdue deliveries (their message was lost) and forget old finished ones; returns how many of each."""
    return {"resent": webhooks.send_due(), "pruned": webhooks.prune_log()}
