"""Creating and changing campaigns: settings, guideline, training config (lifecycle: services.lifecycle)."""

from __future__ import annotations

from collections.abc import Callable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext

from annotation.errors import ServiceError
from annotation.models import Agreement, Annotation, Campaign, GuidelineRevision, Pair, User
from annotation.services import audit
from annotation.services.lifecycle import ensure_not_closed

# A campaign stores the settings of its retraining jobs as a plain object; what they may hold is
# training's business (a layer above), which registers its check here when the app is ready
# (training.apps). A check raises ServiceError, so a bad config is refused when it is saved.
TrainingConfigCheck = Callable[[dict], None]
training_config_checks: list[TrainingConfigCheck] = []


def register_training_config_check(check: TrainingConfigCheck) -> None:
    if check not in training_config_checks:
        training_config_checks.append(check)


# The protocol's settings of a campaign (PROTOCOL §3-6, §8): what the console's settings form shows.
SETTING_FIELDS = (
    "annotations_per_pair",
    "agreement",
    "quorum",
    "safety_gate",
    "margin",
    "lease_minutes",
    "gold_rate",
    "sft_min_professionalism",
)
EDITABLE_FIELDS = ("name", "kind", "description", "guideline", *SETTING_FIELDS, "training_config")
# Settings that decide what a label means (how many make a decision, what is unsafe, what counts as
# better, how votes combine): fixed once the first annotation exists, or old and new labels would be
# read under different rules.
LOCKED_SETTINGS = ("annotations_per_pair", "safety_gate", "margin", "agreement", "quorum")


def validate_campaign(campaign: Campaign) -> None:
    try:
        campaign.full_clean()
    except ValidationError as exc:
        raise ServiceError(gettext("invalid campaign settings"), details=exc.message_dict) from exc
    if campaign.agreement == Agreement.MAJORITY and campaign.annotations_per_pair < 3:
        raise ServiceError(
            gettext("the majority rule needs at least 3 annotations per pair"),
            details={"agreement": ["needs annotations_per_pair >= 3"]},
        )
    if not isinstance(campaign.training_config, dict):
        raise ServiceError(gettext("training_config must be an object"), details={"training_config": ["not an object"]})
    for check in training_config_checks:
        check(campaign.training_config)
    if campaign.quorum is not None and not (
        campaign.annotations_per_pair / 2 < campaign.quorum <= campaign.annotations_per_pair
    ):
        raise ServiceError(
            gettext("quorum must be a strict majority of annotations_per_pair"), details={"quorum": ["out of range"]}
        )


@transaction.atomic
def create_campaign(*, user: User | None, **fields) -> Campaign:
    unknown = set(fields) - set(EDITABLE_FIELDS) - {"guideline_version"}
    if unknown:
        raise ServiceError(gettext("unknown campaign field(s): %(fields)s") % {"fields": ", ".join(sorted(unknown))})
    campaign = Campaign(created_by=user, **fields)  # a draft (the model's default) until an admin opens it
    validate_campaign(campaign)
    campaign.save()
    GuidelineRevision.objects.create(
        campaign=campaign, version=campaign.guideline_version, text=campaign.guideline, created_by=user
    )
    audit.record("campaign.create", actor=user, target=campaign, name=campaign.name)
    return campaign


def locked_settings(campaign: Campaign) -> tuple[str, ...]:
    """The settings she can no longer change (LOCKED_SETTINGS once the campaign has an annotation)."""
    return LOCKED_SETTINGS if Annotation.objects.filter(campaign=campaign).exists() else ()


def refuse_locked_changes(campaign: Campaign, changed: dict) -> None:
    """A closed campaign takes no change; a setting that decides what labels mean takes none once
    the first annotation exists (the refusal names it and says why)."""
    if not changed:
        return
    ensure_not_closed(campaign, gettext("setting changes"))
    if "kind" in changed and Pair.objects.filter(campaign=campaign).exists():
        raise ServiceError(
            gettext("kind cannot change: campaign '%(name)s' already has items of its kind") % {"name": campaign.name},
            details={"kind": [gettext("fixed once the campaign has items")]},
        )
    locked = [name for name in locked_settings(campaign) if name in changed]
    if locked:
        raise ServiceError(
            gettext(
                "%(settings)s cannot change: campaign '%(name)s' already has annotations, made under the current "
                "value, and changing it would change what those labels mean. Start a new campaign for new rules."
            )
            % {"settings": ", ".join(locked), "name": campaign.name},
            details={name: [gettext("locked once the first annotation exists")] for name in locked},
        )


@transaction.atomic
def update_campaign(*, campaign: Campaign, user: User | None = None, **changes) -> Campaign:
    """Change settings; a new guideline text gets a new guideline version.

    Refused on a closed campaign, and for a setting of LOCKED_SETTINGS once annotations exist
    (the refusal names it and says why). Every change is written to the audit trail.
    """
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ServiceError(gettext("unknown campaign field(s): %(fields)s") % {"fields": ", ".join(sorted(unknown))})
    campaign = Campaign.objects.select_for_update().get(pk=campaign.pk)
    changed = {name: value for name, value in changes.items() if getattr(campaign, name) != value}
    if not changed:
        return campaign
    before = {name: getattr(campaign, name) for name in changed}
    for name, value in changed.items():
        setattr(campaign, name, value)
    guideline_changed = "guideline" in changed
    if guideline_changed:
        campaign.guideline_version += 1
    validate_campaign(campaign)
    refuse_locked_changes(campaign, changed)
    campaign.save()
    if guideline_changed:
        GuidelineRevision.objects.create(
            campaign=campaign, version=campaign.guideline_version, text=campaign.guideline, created_by=user
        )
        audit.record("campaign.guideline", actor=user, target=campaign, version=campaign.guideline_version)
    settings_changed = {name: [before[name], changed[name]] for name in changed if name != "guideline"}
    if settings_changed:
        audit.record("campaign.settings", actor=user, target=campaign, changes=settings_changed)
    return campaign
