"""What each role may see (PROTOCOL roles): one place, used by every endpoint.

Annotators see the pairs handed to them and only their own annotations; experts additionally see
disputed pairs (and the ones they decided) with all their annotations; admins see everything.
Annotators and experts see only the campaigns they are members of, and never drafts.
"""

from __future__ import annotations

from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Exists, OuterRef, Q, QuerySet

from annotation.models import Annotation, Campaign, CampaignMember, CampaignStatus, Lease, Pair, PairState, User
from medpref.core.roles import is_admin, is_expert

DISPUTE_STATES = (PairState.DISPUTED, PairState.ARBITRATED, PairState.EXCLUDED)


def visible_campaigns(user: User) -> QuerySet[Campaign]:
    """Admins: every campaign. Others: the campaigns they belong to, once opened (drafts are admins' work)."""
    campaigns = Campaign.objects.all()
    if is_admin(user):
        return campaigns
    return campaigns.filter(member_of(user, "pk")).exclude(status=CampaignStatus.DRAFT)


def member_of(user: User, campaign_field: str) -> Q:
    """Rows whose campaign (`campaign_field` of the row) has her as a member."""
    return Q(Exists(CampaignMember.objects.filter(campaign_id=OuterRef(campaign_field), user=user)))


def handed_to(user: User) -> Q:
    return Q(Exists(Annotation.objects.filter(pair=OuterRef("pk"), annotator=user))) | Q(
        Exists(Lease.objects.filter(pair=OuterRef("pk"), annotator=user))
    )


def visible_pairs(user: User) -> QuerySet[Pair]:
    """Pairs she may open; for non-admins each carries `submitted_by_me`, her own status."""
    pairs = Pair.objects.all()
    if is_admin(user):
        return pairs
    # Only in her campaigns: leaving a campaign (or never joining it) hides its pairs and disputes.
    pairs = pairs.filter(member_of(user, "campaign_id")).exclude(campaign__status=CampaignStatus.DRAFT)
    pairs = pairs.annotate(submitted_by_me=Exists(Annotation.objects.filter(pair=OuterRef("pk"), annotator=user)))
    if is_expert(user):
        return pairs.filter(handed_to(user) | Q(state__in=DISPUTE_STATES))
    return pairs.filter(handed_to(user))


def sees_all_annotations(user: User, pair: Pair) -> bool:
    """Everyone's judgements of a pair, and its state, counts and decision.

    Otherwise she sees only her own status and annotation: nobody sees others' judgements before
    her own is in, and gold pairs (which never close or count) look like every other pair she judged.
    An expert judging a pending pair as an annotator is an annotator for that pair.
    """
    return is_admin(user) or (is_expert(user) and pair.state in DISPUTE_STATES)


def filterable_states(user: User) -> tuple[str, ...]:
    """States she may filter pairs by: only those she is shown (a `pending` filter would list gold pairs)."""
    if is_admin(user):
        return tuple(PairState.values)
    return DISPUTE_STATES if is_expert(user) else ()


def own_status(user: User, pair: Pair) -> str:
    """`submitted` once her annotation is in, else `leased` (handed to her, not judged yet)."""
    submitted = getattr(pair, "submitted_by_me", None)
    if submitted is None:
        submitted = pair.annotations.filter(annotator=user).exists()
    return "submitted" if submitted else "leased"


def sees_campaign_counts(user: User) -> bool:
    """Campaign-wide counts (states, slots left, leases) change differently after a gold pair: experts and admins only."""
    return is_expert(user)


def visible_annotations(user: User, pair: Pair) -> QuerySet[Annotation]:
    annotations = pair.annotations.select_related("annotator").prefetch_related("revisions").order_by("id")
    return annotations if sees_all_annotations(user, pair) else annotations.filter(annotator=user)


EVALUATION_CODE_NAME = "Evaluation E-{}"
EVALUATION_DESCRIPTION = "Blinded comparison of two answers to each prompt."


def campaign_label(campaign: Campaign, user: User) -> tuple[str, str]:
    """The name and description she may see. An evaluation's campaign goes by its code name for
    everyone but admins: a name like "v3 vs v2" would tell a judge who wrote the answers."""
    if is_admin(user):
        return campaign.name, campaign.description
    try:
        evaluation_id = campaign.evaluation.pk  # inference.Evaluation, the campaign's reverse one-to-one
    except ObjectDoesNotExist:
        return campaign.name, campaign.description
    return EVALUATION_CODE_NAME.format(evaluation_id), EVALUATION_DESCRIPTION


def sees_provenance(user: User) -> bool:
    """Model names and source labels could bias a judge: admins only."""
    return is_admin(user)
