"""The agreement report as pages and the API serve it: the last one computed, and how fresh it is.

The report reads every annotation of the campaign (`selectors.reports.agreement_report`, flat in
memory but a minute of work at a million pairs), so it is kept in the cache with `computed_at`.
A report older than REPORT_MAX_AGE, or a refresh, is computed again: in the request for a campaign
of at most INLINE_LIMIT annotations (RANKING_INLINE_LIMIT for rankings), otherwise by a Celery task
(one at a time per campaign) while the last report is served with `computing: true` (and no figures
at all before the first one).
"""

from __future__ import annotations

from datetime import datetime

from django.core.cache import cache
from django.utils import timezone

from annotation.models import Annotation, Campaign, CampaignKind
from annotation.selectors import reports
from medpref.core import refresh

REPORT_MAX_AGE = 300  # seconds a report is served before it is computed again
INLINE_LIMIT = 20_000  # annotations: up to this many, a report is computed in the request (about a second)
# A ranking annotation is read as up to 28 comparisons (K = 8): 5,000 of them take as long as 20,000 pairs.
RANKING_INLINE_LIMIT = 5_000
KEEP_SECONDS = 7 * 24 * 3600  # a stale report is still served while the next one is computed
COMPUTING_SECONDS = 3600  # a computation that has not ended after this long may be asked for again
TASK_NAME = "annotation.compute_agreement_report"
# Bumped when the report's shape changes, so a report kept by older code is never served as this one
# (2: rankings read every comparison and have a `rankings` section).
REPORT_SHAPE = 2


def report_key(campaign: Campaign) -> str:
    """With the campaign's creation time, so a campaign of another database with the same id never reads
    this one's, and the report's shape, so a report kept by older code is not served as this one."""
    return refresh.key(f"agreement-report:v{REPORT_SHAPE}", campaign)


def computing_key(campaign: Campaign) -> str:
    return f"{report_key(campaign)}:computing"


def latest_agreement_report(campaign: Campaign, *, refresh: bool = False, now: datetime | None = None) -> dict:
    """The last report computed, with `computed_at` and `computing` (a newer one is on its way).

    Fresh (at most REPORT_MAX_AGE old) and not `refresh`: served as it is. Otherwise a small
    campaign's report is computed now; a large one's is asked of a worker, and the last one (or,
    before the first, only `computing`) is served meanwhile.
    """
    now = now or timezone.now()
    cached = cache.get(report_key(campaign))
    if cached is not None and not refresh and age(cached, now) <= REPORT_MAX_AGE:
        return {**cached, "computing": cache.get(computing_key(campaign)) is not None}
    if not is_large(campaign, cached):
        return {**compute_and_store(campaign), "computing": False}
    request_computation(campaign)
    if cached is None:
        return {"campaign": campaign.pk, "computed_at": None, "computing": True}
    return {**cached, "computing": True}


def age(report: dict, now: datetime) -> float:
    return (now - datetime.fromisoformat(report["computed_at"])).total_seconds()


def is_large(campaign: Campaign, cached: dict | None) -> bool:
    """More annotations than the campaign's inline limit: by the last report, or by reading that many index entries."""
    limit = RANKING_INLINE_LIMIT if campaign.kind == CampaignKind.RANKINGS else INLINE_LIMIT
    if cached is not None:
        return cached["annotations"] > limit
    return Annotation.objects.filter(campaign=campaign).values_list("annotator_id")[limit:].exists()


def compute_and_store(campaign: Campaign) -> dict:
    """Compute the report now and keep it for the pages (the task's work, and a small campaign's request's)."""
    report = reports.agreement_report(campaign)
    cache.set(report_key(campaign), report, KEEP_SECONDS)
    return report


def request_computation(campaign: Campaign) -> bool:
    """Ask a worker for a new report unless one is being computed; whether this call asked. A
    refused send raises (the page fails) and the next page view asks again."""
    return refresh.ask_once(
        computing_key(campaign), lambda: refresh.send_task(TASK_NAME, campaign.pk), seconds=COMPUTING_SECONDS
    )


def compute_requested(campaign_id: int) -> int | None:
    """The worker's side: compute and keep the campaign's report, then let the next one be asked for.

    Returns the number of annotations read (None when the campaign is gone).
    """
    campaign = Campaign.objects.filter(pk=campaign_id).first()
    if campaign is None:
        return None
    with refresh.answering(computing_key(campaign)):
        return compute_and_store(campaign)["annotations"]
