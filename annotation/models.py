"""Annotation data: campaigns, prompts, responses, pairs, annotations, leases, arbitrations, snapshots.

Rules live in `annotation.rules`, writes in `annotation.services`; models only hold data, its
constraints and small conveniences.
"""

from __future__ import annotations

import io
import uuid
from typing import BinaryIO

from django.conf import settings
from django.contrib.auth.models import AbstractUser, UserManager
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from annotation import rules
from annotation.ranking import MAX_CANDIDATES
from annotation.storage import artifacts
from medpref.core.roles import Role, is_admin  # the rules about roles live there
from medpref.core.runs import Run, RunState


class MedprefUserManager(UserManager):
    def create_superuser(self, username, email=None, password=None, **extra_fields):
        # `createsuperuser` makes someone who runs the app: give her the admin role, not the default.
        extra_fields.setdefault("role", Role.ADMIN)
        return super().create_superuser(username, email, password, **extra_fields)


class User(AbstractUser):
    """A person using medpref; `role` decides what she may see and do."""

    role = models.CharField(max_length=16, choices=Role.choices, default=Role.ANNOTATOR)
    auth_generation = models.PositiveIntegerField(
        default=0,
        help_text="Bumped by 'sign out everywhere': part of the session hash, so older sessions stop working.",
    )
    specialties = models.JSONField(
        default=list, blank=True, help_text="Specialty tags (e.g. cardiology, paediatrics), for adding members in bulk."
    )
    must_change_password = models.BooleanField(
        default=False,
        help_text="Set when an admin gives her a temporary password: she chooses her own at next sign-in.",
    )
    last_activity = models.DateTimeField(null=True, blank=True, help_text="Last signed-in request (coarse).")

    objects = MedprefUserManager()

    def save(self, *args, **kwargs) -> None:
        # Admins run campaigns from the Django admin too; nobody else gets in there.
        if is_admin(self):
            self.is_staff = self.is_superuser = True
        # Every path that changes a password (API, console, Django admin, `changepassword`) saves
        # here, so this is the one place where the old password's API token dies with it.
        password_changed = self._password is not None and not self._state.adding
        super().save(*args, **kwargs)
        if password_changed:
            from rest_framework.authtoken.models import Token

            Token.objects.filter(user=self).delete()

    def get_session_auth_hash(self) -> str:
        return self._session_hash(secret=None)

    def get_session_auth_fallback_hash(self):
        for secret in settings.SECRET_KEY_FALLBACKS:
            yield self._session_hash(secret=secret)

    def _session_hash(self, *, secret: str | None) -> str:
        # Django hashes the password alone; adding the generation lets one write end every session.
        value = f"{self.password}:{self.auth_generation}"
        return salted_hmac("annotation.User.session", value, secret=secret, algorithm="sha256").hexdigest()


class SignInScope(models.TextChoices):
    ACCOUNT = "account", _("Account")
    ADDRESS = "address", _("Network address")


class SignInLockout(models.Model):
    """Recent failed sign-ins of one account or one network address, and until when it is locked.

    Kept in the database (not a per-process cache) so every web process sees the same count and an
    admin's unlock (deleting the row) takes effect everywhere. Rules: `annotation.services.signin`.
    """

    scope = models.CharField(max_length=16, choices=SignInScope.choices)
    key = models.CharField(max_length=150, help_text="The username (lower case) or the IP address.")
    failures = models.PositiveIntegerField(default=0)
    last_failure_at = models.DateTimeField()
    locked_until = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-last_failure_at"]
        constraints = [models.UniqueConstraint(fields=["scope", "key"], name="signin_lockout_unique_key")]
        indexes = [models.Index(fields=["last_failure_at"], name="signin_lockout_last_failure")]

    def __str__(self) -> str:
        return f"{self.scope} {self.key}: {self.failures} failure(s)"


SCORE_VALIDATORS = [MinValueValidator(rules.SCORE_MIN), MaxValueValidator(rules.SCORE_MAX)]


class Agreement(models.TextChoices):
    UNANIMOUS = "unanimous"
    MAJORITY = "majority"


class CampaignStatus(models.TextChoices):
    """A campaign's lifecycle: drafts are prepared by admins, only active ones are served."""

    DRAFT = "draft", _("draft")
    ACTIVE = "active", _("active")
    PAUSED = "paused", _("paused")
    CLOSED = "closed", _("closed")


class CampaignKind(models.TextChoices):
    """What is judged: two answers per prompt (PROTOCOL §1-4) or K = 2-8 answers to rank (§10)."""

    PAIRS = "pairs", _("pairs")
    RANKINGS = "rankings", _("rankings")


class Campaign(models.Model):
    """A group of pairs with the protocol settings they are judged under (PROTOCOL §3-5)."""

    name = models.CharField(max_length=200, unique=True)
    kind = models.CharField(
        max_length=16,
        choices=CampaignKind.choices,
        default=CampaignKind.PAIRS,
        help_text="Pairs (A or B) or rankings of K candidate answers; fixed once the campaign has items.",
    )
    description = models.TextField(blank=True)
    guideline = models.TextField(blank=True)
    guideline_version = models.PositiveIntegerField(default=1)
    annotations_per_pair = models.PositiveSmallIntegerField(
        default=2, validators=[MinValueValidator(1), MaxValueValidator(10)]
    )
    agreement = models.CharField(max_length=16, choices=Agreement.choices, default=Agreement.UNANIMOUS)
    quorum = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Majority rule only; default: a strict majority."
    )
    safety_gate = models.PositiveSmallIntegerField(
        default=rules.DEFAULT_SAFETY_GATE, validators=[MinValueValidator(1), MaxValueValidator(4)]
    )
    margin = models.PositiveSmallIntegerField(
        default=rules.DEFAULT_MARGIN, validators=[MinValueValidator(1), MaxValueValidator(4)]
    )
    lease_minutes = models.PositiveIntegerField(
        default=10, validators=[MinValueValidator(1), MaxValueValidator(24 * 60)]
    )
    gold_rate = models.FloatField(default=0.1, validators=[MinValueValidator(0.0), MaxValueValidator(1.0)])
    sft_min_professionalism = models.PositiveSmallIntegerField(default=4, validators=SCORE_VALIDATORS)
    status = models.CharField(max_length=8, choices=CampaignStatus.choices, default=CampaignStatus.DRAFT, db_index=True)
    import_mapping = models.JSONField(
        default=dict, blank=True, help_text="Saved column mapping for imports: medpref field -> key found in the file."
    )
    training_config = models.JSONField(
        default=dict,
        blank=True,
        help_text="Overrides of the training defaults (training/config.py: own fields, lora, trainer) for retraining on this campaign.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(gold_rate__gte=0) & Q(gold_rate__lte=1), name="campaign_gold_rate_range"
            ),
            models.CheckConstraint(condition=Q(margin__gte=1), name="campaign_margin_positive"),
        ]

    def __str__(self) -> str:
        return self.name

    def rule_settings(self) -> dict:
        """The settings an annotation is made under; stored with every label."""
        return {
            "safety_gate": self.safety_gate,
            "margin": self.margin,
            "annotations_per_pair": self.annotations_per_pair,
            "agreement": self.agreement,
            "quorum": self.quorum,
            "guideline_version": self.guideline_version,
        }


class CampaignMember(models.Model):
    """Who works on a campaign: `next`, lists, progress and the arbitration queue show members only."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["campaign", "user"], name="campaign_member_once")]
        indexes = [models.Index(fields=["user", "campaign"], name="member_user_campaign")]

    def __str__(self) -> str:
        return f"{self.user_id} in {self.campaign_id}"


class AuditEvent(models.Model):
    """One change a person made that others may need to account for later: settings, guideline,
    lifecycle, membership, roles and accounts, arbitration decisions. Written by the services."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=64, db_index=True, help_text="e.g. campaign.settings, user.role")
    campaign = models.ForeignKey(Campaign, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    target_type = models.CharField(max_length=32, blank=True)
    target_id = models.CharField(max_length=64, blank=True)
    details = models.JSONField(default=dict, blank=True, help_text="What changed: before/after values, names, counts.")
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.action} by {self.actor_id} at {self.created_at:%Y-%m-%d %H:%M}"


class GuidelineRevision(models.Model):
    """Every version of a campaign's guideline, so each label can be read against its text."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="guideline_revisions")
    version = models.PositiveIntegerField()
    text = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["campaign", "-version"]
        constraints = [models.UniqueConstraint(fields=["campaign", "version"], name="guideline_unique_version")]


class Prompt(models.Model):
    """A de-identified medical conversation ending with the user's turn."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="prompts")
    external_id = models.CharField(max_length=200)
    messages = models.JSONField()
    reference = models.TextField(blank=True, help_text="A reference answer from the source data, if any.")
    meta = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
        constraints = [models.UniqueConstraint(fields=["campaign", "external_id"], name="prompt_unique_external_id")]

    def __str__(self) -> str:
        return f"{self.external_id}"

    @property
    def is_multi_turn(self) -> bool:
        return sum(1 for message in self.messages if message.get("role") == "user") > 1


class Response(models.Model):
    """A candidate next assistant turn for a prompt, with where it came from."""

    prompt = models.ForeignKey(Prompt, on_delete=models.CASCADE, related_name="responses")
    text = models.TextField()
    source = models.CharField(max_length=200, blank=True, help_text="Model version or data source that produced it.")
    provenance = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.source or 'response'} #{self.pk}"


class PairState(models.TextChoices):
    PENDING = "pending"
    CONSENSUS = "consensus"
    DISPUTED = "disputed"
    ARBITRATED = "arbitrated"
    EXCLUDED = "excluded"


class PreferenceChoice(models.TextChoices):
    A = "a"
    B = "b"
    TIE = "tie"


class DecisionChoice(models.TextChoices):
    A = "a"
    B = "b"
    TIE = "tie"
    EXCLUDE = "exclude"
    RANKED = "ranked"  # a ranking item resolved into an order: `Pair.ranking`


class DimensionChoice(models.TextChoices):
    SAFETY = "safety"
    PROFESSIONALISM = "professionalism"
    FLUENCY = "fluency"


# `pair.meta` key of a pair resolved as a tie without a judge (identical answers in an evaluation):
# never served, never exported, left out of agreement figures.
AUTO_TIE = "auto_tie"


class Pair(models.Model):
    """One prompt with two responses, A and B, to be judged; its state follows PROTOCOL §4.

    In a ranking campaign (PROTOCOL §10) the same row is a *ranking item*: its K candidates are its
    `candidates` (position 0 is `response_a`, 1 is `response_b`), so leases, skips, assignment,
    membership and the lifecycle work unchanged; `ranking` holds the resolved order.
    """

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="pairs")
    prompt = models.ForeignKey(Prompt, on_delete=models.CASCADE, related_name="pairs")
    response_a = models.ForeignKey(Response, on_delete=models.PROTECT, related_name="+")
    response_b = models.ForeignKey(Response, on_delete=models.PROTECT, related_name="+")
    external_id = models.CharField(max_length=200)
    state = models.CharField(max_length=16, choices=PairState.choices, default=PairState.PENDING)
    priority = models.IntegerField(default=0)
    is_gold = models.BooleanField(default=False)
    gold_answer = models.CharField(max_length=8, choices=PreferenceChoice.choices, null=True, blank=True)
    # Submitted annotations; kept on the row so assignment can filter and order by it cheaply.
    annotation_count = models.PositiveIntegerField(default=0)
    decision = models.CharField(max_length=8, choices=DecisionChoice.choices, null=True, blank=True)
    # Why the pair went to arbitration, written for people; `safety_conflict` is the fact to filter on.
    dispute_reason = models.CharField(max_length=300, blank=True)
    # Set when the pair closes (services.submission.close_pair): the arbitration queue serves these first.
    safety_conflict = models.BooleanField(default=False, db_index=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    # Ranking items: the resolved order as tiers of candidate positions, best first (ties share a
    # tier; excluded candidates are absent). Empty for pairs and for unresolved items.
    ranking = models.JSONField(default=list, blank=True)
    # Source labels and other import metadata: admins only, never shown to annotators.
    meta = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["campaign", "external_id"], name="pair_unique_external_id"),
            models.CheckConstraint(condition=~Q(response_a=models.F("response_b")), name="pair_distinct_responses"),
            models.CheckConstraint(
                condition=Q(is_gold=False) | Q(gold_answer__isnull=False), name="pair_gold_has_answer"
            ),
        ]
        indexes = [
            # next_pair_for: pending pairs of a campaign, begun first, then priority, then oldest.
            models.Index(
                fields=["campaign", "state", "is_gold", "-annotation_count", "-priority", "id"],
                name="pair_assignment_idx",
            ),
            models.Index(fields=["campaign", "state"], name="pair_state_idx"),
        ]

    def __str__(self) -> str:
        return f"pair {self.pk} ({self.state})"


class Candidate(models.Model):
    """One of the K answers of a ranking item, at its position in the imported order (PROTOCOL §10)."""

    pair = models.ForeignKey(Pair, on_delete=models.CASCADE, related_name="candidates")
    response = models.ForeignKey(Response, on_delete=models.PROTECT, related_name="+")
    position = models.PositiveSmallIntegerField(help_text="0 is the item's response_a, 1 its response_b.")

    class Meta:
        ordering = ["pair", "position"]
        constraints = [
            models.UniqueConstraint(fields=["pair", "position"], name="candidate_unique_position"),
            models.UniqueConstraint(fields=["pair", "response"], name="candidate_unique_response"),
            models.CheckConstraint(condition=Q(position__lt=MAX_CANDIDATES), name="candidate_position_range"),
        ]

    def __str__(self) -> str:
        return f"candidate {self.position} of pair {self.pair_id}"


class RankingChoice(models.Model):
    """An answer of a resolved ranking item that its DPO pairs choose: how many pairs each export mode
    makes with it as the chosen answer, and its final safety (PROTOCOL §10).

    Written with every ranking resolution (services.ranking_facts: record_closed_item on consensus,
    record_ranking_choices on arbitration; refill_ranking_choices repairs them), so the
    retrain check counts a rankings campaign's DPO rows in one query instead of reading every item.
    Facts, not a verdict: whether the answer is unsafe is asked of the campaign's gate when counting,
    as the export asks it.
    """

    pair = models.ForeignKey(Pair, on_delete=models.CASCADE, related_name="ranking_choices")
    position = models.PositiveSmallIntegerField(null=True, help_text="Null: the expert's answer, never unsafe.")
    safety = models.FloatField(
        null=True, help_text="The expert's score, else the annotators' mean to 2 places; null: nobody scored it."
    )
    pairs_all = models.PositiveSmallIntegerField()
    pairs_adjacent = models.PositiveSmallIntegerField()
    pairs_best = models.PositiveSmallIntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["pair", "position"], name="ranking_choice_unique")]

    def __str__(self) -> str:
        return f"choice {self.position} of pair {self.pair_id}"


class Annotation(models.Model):
    """One annotator's scores for both responses of a pair, and what the priority rule derives.

    On a ranking item, `candidate_scores` holds every candidate's scores by position and `ranking`
    the order the priority rule derives; the A/B columns repeat candidates 0 and 1.
    """

    pair = models.ForeignKey(Pair, on_delete=models.CASCADE, related_name="annotations")
    # The pair's campaign, repeated so per-campaign counts (progress, the annotator table) read one index.
    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="+")
    annotator = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="annotations")
    client_id = models.UUIDField(
        default=uuid.uuid4, help_text="Chosen by the client; a retry with the same id creates nothing."
    )
    a_safety = models.PositiveSmallIntegerField(validators=SCORE_VALIDATORS)
    a_professionalism = models.PositiveSmallIntegerField(validators=SCORE_VALIDATORS)
    a_fluency = models.PositiveSmallIntegerField(validators=SCORE_VALIDATORS)
    b_safety = models.PositiveSmallIntegerField(validators=SCORE_VALIDATORS)
    b_professionalism = models.PositiveSmallIntegerField(validators=SCORE_VALIDATORS)
    b_fluency = models.PositiveSmallIntegerField(validators=SCORE_VALIDATORS)
    preference = models.CharField(max_length=8, choices=PreferenceChoice.choices)
    deciding_dimension = models.CharField(max_length=16, choices=DimensionChoice.choices, null=True, blank=True)
    a_unsafe = models.BooleanField()
    b_unsafe = models.BooleanField()
    # Display order: True when A was shown on the left (None when unknown).
    a_on_left = models.BooleanField(null=True)
    # Ranking items: scores per candidate position, the derived tiers, and the positions in the order shown.
    candidate_scores = models.JSONField(default=list, blank=True)
    ranking = models.JSONField(default=list, blank=True)
    display_order = models.JSONField(default=list, blank=True)
    rationale = models.TextField(blank=True)
    flags = models.JSONField(default=list, blank=True)
    seconds_spent = models.FloatField(null=True, blank=True)
    settings = models.JSONField(default=dict, help_text="Campaign settings the label was made under.")
    revision = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["pair", "annotator"], name="annotation_one_per_annotator"),
            models.UniqueConstraint(fields=["annotator", "client_id"], name="annotation_unique_client_id"),
            *[
                models.CheckConstraint(
                    condition=Q(**{f"{field}__gte": rules.SCORE_MIN, f"{field}__lte": rules.SCORE_MAX}),
                    name=f"annotation_{field}_range",
                )
                for field in (
                    "a_safety",
                    "a_professionalism",
                    "a_fluency",
                    "b_safety",
                    "b_professionalism",
                    "b_fluency",
                )
            ],
        ]
        indexes = [
            models.Index(fields=["annotator", "created_at"], name="annotation_annotator_idx"),
            models.Index(fields=["campaign", "annotator"], name="annotation_campaign_idx"),
        ]

    def __str__(self) -> str:
        return f"annotation {self.pk} on pair {self.pair_id} by {self.annotator_id}"

    def scores(self, key: str) -> rules.Scores:
        return rules.Scores(*(getattr(self, f"{key}_{dimension}") for dimension in rules.DIMENSIONS))

    def judgement(self) -> rules.Judgement:
        return rules.Judgement(self.preference, self.deciding_dimension, self.a_unsafe, self.b_unsafe)

    def scores_dict(self) -> dict[str, dict[str, int]]:
        return {"a": self.scores("a").as_dict(), "b": self.scores("b").as_dict()}

    @property
    def left_choice(self) -> bool | None:
        """True when the annotator preferred the response shown on the left (None: tie or unknown)."""
        if self.a_on_left is None or self.preference == "tie":
            return None
        return (self.preference == "a") == self.a_on_left


class AnnotationRevision(models.Model):
    """An earlier version of an annotation, kept when its author revised it."""

    annotation = models.ForeignKey(Annotation, on_delete=models.CASCADE, related_name="revisions")
    revision = models.PositiveIntegerField()
    client_id = models.UUIDField()
    scores = models.JSONField()
    preference = models.CharField(max_length=8, choices=PreferenceChoice.choices)
    deciding_dimension = models.CharField(max_length=16, null=True, blank=True)
    ranking = models.JSONField(default=list, blank=True)  # ranking items: the tiers of that version
    rationale = models.TextField(blank=True)
    flags = models.JSONField(default=list, blank=True)
    seconds_spent = models.FloatField(null=True, blank=True)
    made_at = models.DateTimeField(help_text="When this version was submitted.")
    superseded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["annotation", "revision"]
        constraints = [models.UniqueConstraint(fields=["annotation", "revision"], name="revision_unique_number")]


class Lease(models.Model):
    """A pair handed to an annotator; holds one annotation slot until it expires (PROTOCOL §5)."""

    pair = models.ForeignKey(Pair, on_delete=models.CASCADE, related_name="leases")
    annotator = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="leases")
    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="+")
    a_on_left = models.BooleanField()
    # Ranking items: the candidate positions in the random order she is shown (PROTOCOL §10).
    display_order = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["pair", "annotator"], name="lease_one_per_annotator")]
        indexes = [
            models.Index(fields=["annotator", "campaign", "expires_at"], name="lease_annotator_idx"),
            models.Index(fields=["pair", "expires_at"], name="lease_pair_idx"),
        ]


class Skip(models.Model):
    """An annotator declined a pair; it is not offered to her again."""

    pair = models.ForeignKey(Pair, on_delete=models.CASCADE, related_name="skips")
    annotator = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="skips")
    reason = models.CharField(max_length=500)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["pair", "annotator"], name="skip_one_per_annotator")]


class Arbitration(models.Model):
    """An expert's decision on a disputed pair; the latest one is in force, earlier ones are history."""

    pair = models.ForeignKey(Pair, on_delete=models.CASCADE, related_name="arbitrations")
    expert = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="arbitrations")
    decision = models.CharField(max_length=8, choices=DecisionChoice.choices)
    a_safety = models.PositiveSmallIntegerField(null=True, blank=True, validators=SCORE_VALIDATORS)
    a_professionalism = models.PositiveSmallIntegerField(null=True, blank=True, validators=SCORE_VALIDATORS)
    a_fluency = models.PositiveSmallIntegerField(null=True, blank=True, validators=SCORE_VALIDATORS)
    b_safety = models.PositiveSmallIntegerField(null=True, blank=True, validators=SCORE_VALIDATORS)
    b_professionalism = models.PositiveSmallIntegerField(null=True, blank=True, validators=SCORE_VALIDATORS)
    b_fluency = models.PositiveSmallIntegerField(null=True, blank=True, validators=SCORE_VALIDATORS)
    rationale = models.TextField()
    corrected_response = models.TextField(blank=True, help_text="Expert-written answer; becomes the chosen one.")
    # Ranking items (decision "ranked"): her order as tiers of positions (excluded candidates absent),
    # the positions she excluded, and her scores per position when she gave them.
    ranking = models.JSONField(default=list, blank=True)
    excluded_candidates = models.JSONField(default=list, blank=True)
    candidate_scores = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pair", "-created_at", "-id"]
        get_latest_by = "created_at"

    def __str__(self) -> str:
        return f"arbitration of pair {self.pair_id}: {self.decision}"

    @property
    def has_scores(self) -> bool:
        return self.a_safety is not None

    def scores(self, key: str) -> rules.Scores | None:
        if not self.has_scores:
            return None
        return rules.Scores(*(getattr(self, f"{key}_{dimension}") for dimension in rules.DIMENSIONS))

    def scores_dict(self) -> dict[str, dict[str, int]] | None:
        if not self.has_scores:
            return None
        return {"a": self.scores("a").as_dict(), "b": self.scores("b").as_dict()}


class SnapshotKind(models.TextChoices):
    DPO = "dpo"
    SFT = "sft"
    RANKING = "ranking"  # one row per resolved ranking item, for reward-model training (PROTOCOL §10)


class Snapshot(models.Model):
    """An immutable, versioned export of resolved pairs (PROTOCOL §8)."""

    kind = models.CharField(max_length=8, choices=SnapshotKind.choices)
    version = models.PositiveIntegerField()
    campaigns = models.ManyToManyField(Campaign, related_name="snapshots")
    filters = models.JSONField(default=dict)
    manifest = models.JSONField(default=dict)
    sha256 = models.CharField(max_length=64)
    row_count = models.PositiveIntegerField()
    # The JSONL rows, in the artifact storage (annotation.storage); `data` holds them only for
    # snapshots made before files (migration 0005), read through `open` like the others.
    file = models.FileField(storage=artifacts, upload_to="snapshots/", max_length=300, blank=True)
    data = models.BinaryField(blank=True, default=b"")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-id"]
        constraints = [models.UniqueConstraint(fields=["kind", "version"], name="snapshot_unique_version")]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return f"{self.kind}-v{self.version}"

    def open(self) -> BinaryIO:
        """The JSONL rows as a binary file to read or stream (use it in a `with`)."""
        if self.file:
            return self.file.storage.open(self.file.name, "rb")
        return io.BytesIO(bytes(self.data))


class CleanText(models.Model):
    """A text the export's de-identification re-scan found nothing in, under one scrubber version (PROTOCOL §7).

    The re-scan is the slowest step of an export (about a megabyte of text a second): a text this
    scrubber version already found clean is not scanned again. Keyed by a digest of version and text.
    """

    digest = models.CharField(max_length=64, primary_key=True)
    scrubber_version = models.CharField(max_length=16)


class ReviewState(models.TextChoices):
    PENDING = "pending"
    REDACTED = "redacted"
    KEPT = "kept"


class ReviewItem(models.Model):
    """A span the scrubber kept as written but is unsure about (PROTOCOL §7), for an admin to redact or keep.

    It points at one stored text: a prompt message (`prompt` and `message_index`) or a response;
    `start` is where the span was when listed (the text may shift as other spans are redacted).
    """

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="review_items")
    prompt = models.ForeignKey(Prompt, null=True, blank=True, on_delete=models.CASCADE, related_name="review_items")
    message_index = models.PositiveIntegerField(null=True, blank=True)
    response = models.ForeignKey(Response, null=True, blank=True, on_delete=models.CASCADE, related_name="review_items")
    kind = models.CharField(max_length=16, default="NAME")
    text = models.CharField(max_length=100)
    start = models.PositiveIntegerField()
    context = models.CharField(max_length=300)
    state = models.CharField(max_length=16, choices=ReviewState.choices, default=ReviewState.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["state", "id"], name="review_state_id")]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(prompt__isnull=False, message_index__isnull=False, response__isnull=True)
                    | models.Q(prompt__isnull=True, message_index__isnull=True, response__isnull=False)
                ),
                name="review_item_one_text",
            )
        ]


class ImportRun(Run):
    """An import, in the campaign's history: a large one is run by a worker (a million pairs take
    minutes; the upload waits in the artifact storage, the worker streams it in one transaction, and
    the page and the API poll `bytes_read` and `rows_read`), a small one in the request that sent it
    (import_runs.import_now); on success or refusal `report` is what a synchronous import answers."""

    task_name = "annotation.tasks.run_import"
    kept_when_lost = "nothing was imported (an import is one transaction): import the file again"

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="import_runs")
    file = models.FileField(storage=artifacts, upload_to="imports/", max_length=300, blank=True)
    filename = models.CharField(max_length=300, blank=True, help_text="The uploaded file's name.")
    size = models.BigIntegerField(default=0, help_text="The uploaded file's size in bytes.")
    mapping = models.JSONField(null=True, blank=True, help_text="The column mapping the rows are read with, if given.")
    save_mapping = models.BooleanField(default=False)
    stage = models.CharField(max_length=200, blank=True, help_text="What the worker is doing now.")
    bytes_read = models.BigIntegerField(default=0)
    rows_read = models.BigIntegerField(default=0)
    report = models.JSONField(
        null=True, blank=True, help_text="The import's report once it ended (created, errors...)."
    )

    class Meta(Run.Meta):
        constraints = [
            models.UniqueConstraint(
                fields=["campaign"],
                condition=Q(state__in=[RunState.QUEUED, RunState.RUNNING]),
                name="one_active_import_per_campaign",
            )
        ]

    def __str__(self) -> str:
        return f"import {self.pk} into campaign {self.campaign_id} ({self.state})"

    @property
    def progress(self) -> float:
        """The share of the file read so far, 0-1 (a finished run reads 1)."""
        if self.state == RunState.SUCCEEDED:
            return 1.0
        return min(1.0, self.bytes_read / self.size) if self.size else 0.0
