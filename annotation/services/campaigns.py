"""Creating and changing campaigns."""

from __future__ import annotations

from collections.abc import Callable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from annotation.errors import ServiceError
from annotation.models import Agreement, Campaign, GuidelineRevision, Pair, PairState, User
from annotation.services.submission import CLOSING_FIELDS, close_pair

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
EDITABLE_FIELDS = ("name", "description", "guideline", *SETTING_FIELDS, "is_active", "training_config")


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
    campaign = Campaign(created_by=user, **fields)
    validate_campaign(campaign)
    campaign.save()
    GuidelineRevision.objects.create(
        campaign=campaign, version=campaign.guideline_version, text=campaign.guideline, created_by=user
    )
    return campaign


@transaction.atomic
def update_campaign(*, campaign: Campaign, user: User | None = None, **changes) -> Campaign:
    """Change settings; a new guideline text gets a new guideline version.

    Lowering `annotations_per_pair` closes the pending pairs that now have enough annotations.
    """
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ServiceError(gettext("unknown campaign field(s): %(fields)s") % {"fields": ", ".join(sorted(unknown))})
    campaign = Campaign.objects.select_for_update().get(pk=campaign.pk)
    old_needed, old_guideline = campaign.annotations_per_pair, campaign.guideline
    for name, value in changes.items():
        setattr(campaign, name, value)
    guideline_changed = campaign.guideline != old_guideline
    if guideline_changed:
        campaign.guideline_version += 1
    validate_campaign(campaign)
    campaign.save()
    if guideline_changed:
        GuidelineRevision.objects.create(
            campaign=campaign, version=campaign.guideline_version, text=campaign.guideline, created_by=user
        )
    if campaign.annotations_per_pair < old_needed:
        now = timezone.now()
        for pair in Pair.objects.select_for_update().filter(
            campaign=campaign,
            state=PairState.PENDING,
            is_gold=False,
            annotation_count__gte=campaign.annotations_per_pair,
        ):
            pair.campaign = campaign
            close_pair(pair, now=now)
            pair.save(update_fields=CLOSING_FIELDS)
    return campaign
