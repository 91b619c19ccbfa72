"""Who works on a campaign: its members (annotators and experts).

`next`, the campaign lists, progress and the arbitration queue show a user only the campaigns she
belongs to (annotation.selectors.visibility); admins see every campaign without being members.
Every change is written to the audit trail in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils.translation import gettext

from annotation.errors import NotFound, ServiceError
from annotation.models import Campaign, CampaignMember, Lease, User
from annotation.services import audit
from medpref.core.roles import Role

#: The roles that work inside campaigns; admins run them all and need no membership.
MEMBER_ROLES = (Role.ANNOTATOR, Role.EXPERT)


def is_member(user: User, campaign: Campaign) -> bool:
    return CampaignMember.objects.filter(campaign=campaign, user=user).exists()


def normalise_specialties(tags: Iterable[str]) -> list[str]:
    """Specialty tags compare without case or surrounding spaces (Cardiology == cardiology)."""
    return sorted({str(tag).strip().casefold() for tag in tags if str(tag).strip()})


@transaction.atomic
def add_members(*, campaign: Campaign, users: Iterable[User], by: User | None) -> list[User]:
    """Make them members; those who already are stay as they were. Returns the users newly added."""
    users = list(users)
    inactive = [user.username for user in users if not user.is_active]
    if inactive:
        raise ServiceError(
            gettext("deactivated accounts cannot join a campaign: %(names)s") % {"names": ", ".join(inactive)},
            details={"users": inactive},
        )
    already = set(CampaignMember.objects.filter(campaign=campaign, user__in=users).values_list("user_id", flat=True))
    added = [user for user in users if user.pk not in already]
    CampaignMember.objects.bulk_create(
        [CampaignMember(campaign=campaign, user=user, added_by=by) for user in added], ignore_conflicts=True
    )
    if added:
        audit.record(
            "campaign.members.add", actor=by, target=campaign, usernames=sorted(user.username for user in added)
        )
    return added


@transaction.atomic
def remove_member(*, campaign: Campaign, user: User, by: User | None) -> None:
    """She stops seeing the campaign; the pairs in her hands go back to the others at once.

    Her submitted annotations stay: they are part of the campaign's labels.
    """
    deleted, _ = CampaignMember.objects.filter(campaign=campaign, user=user).delete()
    if not deleted:
        raise NotFound(
            gettext("%(user)s is not a member of campaign '%(name)s'") % {"user": user.username, "name": campaign.name}
        )
    released, _ = Lease.objects.filter(campaign=campaign, annotator=user).delete()
    audit.record(
        "campaign.members.remove", actor=by, target=campaign, usernames=[user.username], leases_released=released
    )


def candidates(*, roles: Iterable[str] = (), specialties: Iterable[str] = ()) -> list[User]:
    """Active annotators and experts with one of `roles` (all member roles when empty) and, when
    `specialties` is given, at least one of those tags."""
    roles = list(roles) or list(MEMBER_ROLES)
    wrong = sorted(set(roles) - set(MEMBER_ROLES))
    if wrong:
        raise ServiceError(
            gettext("only annotators and experts are added to campaigns, not: %(roles)s") % {"roles": ", ".join(wrong)},
            details={"roles": wrong},
        )
    wanted = set(normalise_specialties(specialties))
    users = User.objects.filter(is_active=True, role__in=roles).order_by("username")
    # Specialties are a short JSON list per user and teams are small: matched here, the same on every database.
    return [user for user in users if not wanted or wanted & set(normalise_specialties(user.specialties or []))]


@transaction.atomic
def bulk_add(
    *, campaign: Campaign, by: User | None, roles: Iterable[str] = (), specialties: Iterable[str] = ()
) -> list[User]:
    """Add every active annotator/expert of the given roles and specialties; returns those newly added."""
    return add_members(campaign=campaign, users=candidates(roles=roles, specialties=specialties), by=by)
