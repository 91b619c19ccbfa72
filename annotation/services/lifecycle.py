"""A campaign's lifecycle: draft -> active -> paused -> closed (paused -> active again; closed is final).

Drafts are prepared by admins (import, guideline, settings, members) and seen by nobody else; only
active campaigns are served by `next`; a paused one hands out nothing new, but a pair already in
someone's hands can still be submitted (her work is not lost); a closed campaign is read-only
(no imports, no annotations, no setting changes) while its exports and snapshots keep working.
Every change of status is written to the audit trail in the same transaction.
"""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext, pgettext_lazy

from annotation.errors import Conflict, ServiceError
from annotation.models import Campaign, CampaignStatus, Lease, User
from annotation.services import audit

#: Which statuses each action starts from, and where it leads.
ACTIONS: dict[str, tuple[tuple[str, ...], str]] = {
    "open": ((CampaignStatus.DRAFT,), CampaignStatus.ACTIVE),
    "pause": ((CampaignStatus.ACTIVE,), CampaignStatus.PAUSED),
    "resume": ((CampaignStatus.PAUSED,), CampaignStatus.ACTIVE),
    "close": ((CampaignStatus.ACTIVE, CampaignStatus.PAUSED), CampaignStatus.CLOSED),
}

#: The actions in words, for refusals read by people ("it cannot pause").
ACTION_LABELS = {
    "open": pgettext_lazy("lifecycle action", "open"),
    "pause": pgettext_lazy("lifecycle action", "pause"),
    "resume": pgettext_lazy("lifecycle action", "resume"),
    "close": pgettext_lazy("lifecycle action", "close"),
}


def opening_blockers(campaign: Campaign) -> list[str]:
    """Why this draft cannot open yet, in words; empty when it can.

    A campaign needs something to judge (pairs) or, for the prompt-only campaigns that generation
    rounds and evaluations read, prompts; and a guideline, because every label is made under one.
    """
    blockers = []
    if not campaign.pairs.exists() and not campaign.prompts.exists():
        blockers.append(gettext("it has no pairs (or prompts) yet: import some first"))
    if not campaign.guideline.strip():
        blockers.append(gettext("it has no guideline yet: annotators need one to judge by"))
    return blockers


def available_actions(campaign: Campaign) -> list[str]:
    """The actions her campaign's status allows now (the console shows these buttons)."""
    return [action for action, (sources, _target) in ACTIONS.items() if campaign.status in sources]


@transaction.atomic
def change_status(*, campaign: Campaign, action: str, by: User | None) -> Campaign:
    """Apply one lifecycle action (open, pause, resume, close), or refuse it with the reason."""
    if action not in ACTIONS:
        raise ServiceError(
            gettext("unknown lifecycle action '%(action)s' (one of: %(actions)s)")
            % {"action": action, "actions": ", ".join(ACTIONS)}
        )
    campaign = Campaign.objects.select_for_update().get(pk=campaign.pk)
    sources, target = ACTIONS[action]
    if campaign.status not in sources:
        raise Conflict(
            gettext("campaign '%(name)s' is %(status)s: it cannot %(action)s%(hint)s")
            % {
                "name": campaign.name,
                "status": CampaignStatus(campaign.status).label,
                "action": ACTION_LABELS[action],
                "hint": gettext(" (closed is final)") if campaign.status == CampaignStatus.CLOSED else "",
            },
            details={"status": campaign.status, "allowed": available_actions(campaign)},
        )
    if action == "open":
        blockers = opening_blockers(campaign)
        if blockers:
            raise Conflict(
                gettext("campaign '%(name)s' cannot open: %(reasons)s")
                % {"name": campaign.name, "reasons": "; ".join(blockers)},
                details={"blockers": blockers},
            )
    before = campaign.status
    campaign.status = target
    campaign.save(update_fields=["status", "updated_at"])
    if target == CampaignStatus.CLOSED:
        # Nothing more is judged here: the slots held by pairs in hand are given back for good.
        Lease.objects.filter(campaign=campaign).delete()
    audit.record("campaign.status", actor=by, target=campaign, transition=action, before=before, after=target)
    return campaign


@transaction.atomic
def open_for_generation(*, campaign: Campaign, by: User | None, reason: str) -> Campaign:
    """Open a draft whose pairs a generation round is about to write (an evaluation's campaign).

    The usual checks cannot hold yet (the pairs do not exist until the round runs) and nobody else
    will prepare it: its judges see an empty queue until the first pairs land.
    """
    campaign = Campaign.objects.select_for_update().get(pk=campaign.pk)
    before = campaign.status
    campaign.status = CampaignStatus.ACTIVE
    campaign.save(update_fields=["status", "updated_at"])
    audit.record(
        "campaign.status",
        actor=by,
        target=campaign,
        transition="open",
        before=before,
        after=campaign.status,
        reason=reason,
    )
    return campaign


def ensure_not_closed(campaign: Campaign, what: str) -> None:
    """Refuse a write to a closed campaign; `what` names it for the message (imports, annotations...)."""
    if campaign.status == CampaignStatus.CLOSED:
        raise Conflict(
            gettext("campaign '%(name)s' is closed: it takes no more %(what)s (exports still work)")
            % {"name": campaign.name, "what": what},
            details={"status": campaign.status},
        )


def ensure_serving(campaign: Campaign) -> None:
    """`next` hands out pairs of active campaigns only; the refusal says what state it is in."""
    if campaign.status == CampaignStatus.ACTIVE:
        return
    reasons = {
        CampaignStatus.DRAFT: gettext("campaign '%(name)s' is a draft: an admin opens it when it is ready"),
        CampaignStatus.PAUSED: gettext("campaign '%(name)s' is paused: no new pairs are handed out for now"),
        CampaignStatus.CLOSED: gettext("campaign '%(name)s' is closed"),
    }
    raise Conflict(reasons[campaign.status] % {"name": campaign.name}, details={"status": campaign.status})
