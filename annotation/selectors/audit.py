"""Reading the audit trail: events filtered by action, campaign, actor and date, each with a summary
a person reads at a glance ("admin changed margin 1 → 2"). The services write the events
(annotation.services.audit.record); the API and the console page both read them here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy

from annotation.errors import ServiceError
from annotation.models import AuditEvent

#: What each action did, as a verb phrase after the actor's name; unknown actions show their code.
ACTION_TEXTS = {
    "campaign.create": gettext_lazy("created the campaign"),
    "campaign.settings": gettext_lazy("changed the campaign's settings"),
    "campaign.guideline": gettext_lazy("changed the guideline"),
    "campaign.status": gettext_lazy("changed the campaign's status"),
    "campaign.members.add": gettext_lazy("added members"),
    "campaign.members.remove": gettext_lazy("removed a member"),
    "campaign.import_mapping": gettext_lazy("saved the import column mapping"),
    "user.create": gettext_lazy("created a user"),
    "user.role": gettext_lazy("changed a user's role"),
    "user.deactivate": gettext_lazy("deactivated a user"),
    "user.reactivate": gettext_lazy("reactivated a user"),
    "user.password": gettext_lazy("set a temporary password"),
    "user.unlock": gettext_lazy("lifted a sign-in lock"),
    "user.specialties": gettext_lazy("changed a user's specialties"),
    "arbitration.decision": gettext_lazy("decided a disputed pair"),
}


@dataclass(frozen=True)
class AuditFilters:
    action: str = ""
    campaign_id: int | None = None
    actor_id: int | None = None
    since: date | None = None
    until: date | None = None


def audit_events(filters: AuditFilters) -> QuerySet[AuditEvent]:
    """Events matching every filter, newest first. `action` is a full code (campaign.settings) or
    its first part (campaign: every campaign.* event); dates are whole days, both inclusive."""
    events = AuditEvent.objects.select_related("actor", "campaign")
    if filters.action:
        events = events.filter(Q(action=filters.action) | Q(action__startswith=filters.action.rstrip(".") + "."))
    if filters.campaign_id is not None:
        events = events.filter(campaign_id=filters.campaign_id)
    if filters.actor_id is not None:
        events = events.filter(actor_id=filters.actor_id)
    if filters.since is not None:
        events = events.filter(created_at__gte=start_of(filters.since))
    if filters.until is not None:
        events = events.filter(created_at__lt=start_of(filters.until + timedelta(days=1)))
    return events.order_by("-created_at", "-id")


def start_of(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def parse_day(value: str, *, name: str) -> date | None:
    """A YYYY-MM-DD query parameter; None when empty, a refusal naming the parameter otherwise."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ServiceError(
            gettext("%(name)s must be a date written YYYY-MM-DD, not '%(value)s'")
            % {"name": name, "value": value[:40]},
            details={name: value[:40]},
        ) from None


def known_actions() -> list[str]:
    """The actions the trail holds, for the page's filter menu."""
    return sorted(AuditEvent.objects.order_by().values_list("action", flat=True).distinct())


def summary(event: AuditEvent) -> str:
    """One line: what was done, to what, and the details that matter (before → after)."""
    verb = str(ACTION_TEXTS.get(event.action, event.action))
    target = f"{event.target_type} {event.target_id}" if event.target_type and event.target_id else ""
    parts = [verb + (f" ({target})" if target else "")]
    described = describe(event.details or {})
    if described:
        parts.append(described)
    return ": ".join(parts)


def describe(details: dict[str, Any]) -> str:
    """Details as "name: before → after" for changes and "name: value" for the rest.

    Changes are recognised in the shapes the services write: {"before": {...}, "after": {...}},
    {"before": old, "after": new}, {"changes": {name: [old, new]}} or {"changes": {name: {"before":
    .., "after": ..}}}.
    """
    items: list[str] = []
    shaped: set[str] = set()  # keys read as changes above, not listed again below
    before, after = details.get("before"), details.get("after")
    if isinstance(before, dict) and isinstance(after, dict):
        shaped |= {"before", "after"}
        for name in sorted(set(before) | set(after)):
            if before.get(name) != after.get(name):
                items.append(f"{name}: {short(before.get(name))} → {short(after.get(name))}")
    elif "before" in details and "after" in details:  # one value changed, e.g. a campaign's status
        shaped |= {"before", "after"}
        items.append(f"{short(before)} → {short(after)}")
    changes = details.get("changes")
    if isinstance(changes, dict):
        shaped.add("changes")
        for name, change in changes.items():
            if isinstance(change, (list, tuple)) and len(change) == 2:
                items.append(f"{name}: {short(change[0])} → {short(change[1])}")
            elif isinstance(change, dict) and {"before", "after"} <= set(change):
                items.append(f"{name}: {short(change['before'])} → {short(change['after'])}")
            else:
                items.append(f"{name}: {short(change)}")
    for name, value in details.items():
        if name in shaped or value is False:
            continue
        if value is True:  # a fact that holds ("with_scores"): its name says it
            items.append(name.replace("_", " "))
            continue
        items.append(f"{name}: {short(value)}")
    return "; ".join(items)


def short(value: Any, limit: int = 80) -> str:
    if value is None:
        return "—"
    if isinstance(value, (list, tuple)):
        text = ", ".join(str(item) for item in value)
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
