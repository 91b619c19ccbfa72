"""The audit trail: who changed which setting, guideline, lifecycle state, membership, role or
account, and who decided which arbitration, when.

Services call `record` inside the same transaction as the change they describe, so the trail never
claims a change that was rolled back, and never misses one that was made.
"""

from __future__ import annotations

from typing import Any

from django.db import models

from annotation.models import AuditEvent, Campaign, User


def record(
    action: str,
    *,
    actor: User | None,
    target: models.Model | None = None,
    campaign: Campaign | None = None,
    **details: Any,
) -> AuditEvent:
    """Write one audit event. `action` is `<what>.<change>` (campaign.settings, user.role, ...);
    `details` holds what a reader needs later (before/after values, names, counts), JSON-safe."""
    if campaign is None and isinstance(target, Campaign):
        campaign = target
    return AuditEvent.objects.create(
        actor=actor if actor is not None and actor.pk else None,
        action=action,
        campaign=campaign,
        target_type=target._meta.model_name if target is not None else "",
        target_id=str(target.pk) if target is not None else "",
        details=details,
    )
