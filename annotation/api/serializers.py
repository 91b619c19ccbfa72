"""Input and output shapes of the API. Validation of form only; the rules live in services."""

from __future__ import annotations

from datetime import datetime

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from annotation import ranking, rules
from annotation.formats import mapping_problems
from annotation.models import (
    Annotation,
    Arbitration,
    Campaign,
    CampaignKind,
    DecisionChoice,
    Pair,
    PairState,
    PreferenceChoice,
    Role,
    Snapshot,
    SnapshotKind,
    User,
)
from annotation.ranking import MAX_CANDIDATES
from annotation.selectors.visibility import campaign_label, own_status, sees_all_annotations, sees_provenance
from annotation.services.accounts import USERNAME_PATTERN, last_seen
from annotation.services.signin import account_key
from medpref.core.api import IdField
from medpref.core.roles import is_expert

# --- scores -----------------------------------------------------------------------------------


class ScoresSerializer(serializers.Serializer):
    safety = serializers.IntegerField(min_value=rules.SCORE_MIN, max_value=rules.SCORE_MAX)
    professionalism = serializers.IntegerField(min_value=rules.SCORE_MIN, max_value=rules.SCORE_MAX)
    fluency = serializers.IntegerField(min_value=rules.SCORE_MIN, max_value=rules.SCORE_MAX)


class PairScoresSerializer(serializers.Serializer):
    a = ScoresSerializer()
    b = ScoresSerializer()

    def to_internal_value(self, data):
        values = super().to_internal_value(data)
        return {key: rules.Scores.from_dict(values[key]) for key in ("a", "b")}


class CandidateScoresList(serializers.ListSerializer):
    """Errors as a list by index (DRF's setting gives a dict), so the API names `candidate_scores[3].safety`."""

    def to_internal_value(self, data):
        try:
            return super().to_internal_value(data)
        except serializers.ValidationError as exc:
            detail = exc.detail
            if isinstance(detail, dict) and detail and all(isinstance(key, int) for key in detail):
                raise serializers.ValidationError([detail.get(i, {}) for i in range(max(detail) + 1)]) from exc
            raise


class CandidateScoresSerializer(ScoresSerializer):
    """One candidate's scores on a ranking item (PROTOCOL §10), by its position."""

    class Meta:
        list_serializer_class = CandidateScoresList

    position = serializers.IntegerField(
        min_value=0, max_value=MAX_CANDIDATES - 1, help_text="The candidate's position (0 is A)"
    )

    def to_internal_value(self, data):
        return dict(super().to_internal_value(data))


def candidate_scores_field(**kwargs) -> serializers.ListSerializer:
    # A list serializer (not a ListField): its errors are a list by index, which the API names
    # `candidate_scores[3].safety`.
    return CandidateScoresSerializer(
        many=True,
        max_length=MAX_CANDIDATES,
        help_text="Ranking items: [{position, safety, professionalism, fluency}], every candidate position once",
        **kwargs,
    )


def candidate_scores_data(stored: list[dict]) -> list[dict]:
    """Stored scores (a list by position) as the API shows them: [{position, safety, ...}]."""
    return [{"position": position, **scores} for position, scores in enumerate(stored or [])]


#: Tiers of candidate positions, best first (ranking items).
TIERS_SCHEMA = {"type": "array", "items": {"type": "array", "items": {"type": "integer"}}}
#: A pair's display order ("ab"/"ba", null when unknown) or a ranking item's positions as shown.
DISPLAY_ORDER_SCHEMA = {
    "oneOf": [
        {"type": "string", "enum": ["ab", "ba"], "nullable": True},
        {"type": "array", "items": {"type": "integer"}},
    ],
    "description": "Pairs: 'ab' when A was shown on the left, 'ba' when B was, null when unknown. "
    "Ranking items: the candidate positions in the order she was shown them.",
}


# --- users and campaigns ------------------------------------------------------------------------


class TokenInput(serializers.Serializer):
    username = serializers.CharField()
    password = serializers.CharField(style={"input_type": "password"}, trim_whitespace=False)


class TokenOutput(serializers.Serializer):
    token = serializers.CharField()
    username = serializers.CharField()
    role = serializers.CharField()
    expires_at = serializers.DateTimeField(help_text="After this the token is refused (401); POST again for a new one.")
    must_change_password = serializers.BooleanField(
        help_text="true: her password is temporary; every call but POST me/password/ and sign-out answers 403 until she changes it"
    )


class UserOutput(serializers.ModelSerializer):
    name = serializers.CharField(source="get_full_name", read_only=True)
    last_activity = serializers.SerializerMethodField(
        help_text="Her last sign-in or signed-in request, whichever is later (noted at most every few minutes)."
    )
    locked_until = serializers.SerializerMethodField(
        help_text="While too many failed sign-ins lock her account: until when (UTC); else null."
    )

    class Meta:
        model = User
        fields = [
            "id",
            "username",
            "name",
            "email",
            "role",
            "specialties",
            "is_active",
            "must_change_password",
            "last_activity",
            "locked_until",
            "last_login",
            "date_joined",
        ]

    def get_last_activity(self, user: User) -> datetime | None:
        return last_seen(user)

    def get_locked_until(self, user: User) -> datetime | None:
        """From the `locks` in the context ({account key: until}), read once for a whole page."""
        return self.context.get("locks", {}).get(account_key(user.username))


class UserInput(serializers.Serializer):
    username = serializers.RegexField(USERNAME_PATTERN, max_length=150)
    password = serializers.CharField(trim_whitespace=False, write_only=True)
    role = serializers.ChoiceField(choices=Role.choices)
    email = serializers.EmailField(required=False, allow_blank=True, default="")
    name = serializers.CharField(required=False, allow_blank=True, default="", max_length=150)
    specialties = serializers.ListField(child=serializers.CharField(), required=False, default=list, max_length=50)
    must_change_password = serializers.BooleanField(
        required=False, default=False, help_text="true: the password is temporary; she chooses her own at next sign-in"
    )


class UserUpdateInput(serializers.Serializer):
    is_active = serializers.BooleanField(
        required=False, help_text="false signs her out everywhere at once and releases the pairs she holds"
    )
    password = serializers.CharField(
        required=False,
        trim_whitespace=False,
        write_only=True,
        help_text="a temporary password under her role's policy: she is signed out and must choose her own at next sign-in",
    )
    role = serializers.ChoiceField(
        choices=Role.choices, required=False, help_text="refused when it would leave no active admin"
    )
    specialties = serializers.ListField(
        child=serializers.CharField(), required=False, max_length=50, help_text='short tags, e.g. ["cardiology"]'
    )


class PasswordChangeInput(serializers.Serializer):
    current_password = serializers.CharField(trim_whitespace=False, write_only=True)
    new_password = serializers.CharField(trim_whitespace=False, write_only=True)


class PasswordChangeOutput(serializers.Serializer):
    username = serializers.CharField()
    must_change_password = serializers.BooleanField()
    token = serializers.CharField(
        required=False, help_text="With token auth: her new token (a new password revokes the old one)."
    )
    expires_at = serializers.DateTimeField(required=False)


class UserImportInput(serializers.Serializer):
    file = serializers.FileField(
        help_text="CSV, UTF-8 (with or without BOM): username, name, role, specialties[, email, password]"
    )


class CreatedUser(serializers.Serializer):
    line = serializers.IntegerField()
    id = serializers.IntegerField()
    username = serializers.CharField()
    role = serializers.CharField()
    temporary_password = serializers.CharField(
        allow_null=True, help_text="Generated when the line had no password; shown this once only."
    )


class UserImportOutput(serializers.Serializer):
    created = CreatedUser(many=True)
    errors = serializers.ListField(child=serializers.DictField())
    error_count = serializers.IntegerField()


class UserImportFailure(serializers.Serializer):
    """The usual error body; with the file's problems when it was read (not for a missing file)."""

    message = serializers.CharField()
    code = serializers.CharField()
    details = serializers.JSONField(required=False)
    errors = serializers.ListField(
        child=serializers.DictField(), required=False, help_text="{line, field, message}, in line order (at most 50)."
    )
    error_count = serializers.IntegerField(required=False, help_text="How many problems the file has in all.")


class CampaignSerializer(serializers.ModelSerializer):
    """Output of a campaign, and the partial input for create/update (validated by the service)."""

    class Meta:
        model = Campaign
        fields = [
            "id",
            "name",
            "kind",
            "description",
            "guideline",
            "guideline_version",
            "annotations_per_pair",
            "agreement",
            "quorum",
            "safety_gate",
            "margin",
            "lease_minutes",
            "gold_rate",
            "sft_min_professionalism",
            "status",
            "training_config",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["id", "guideline_version", "status", "created_at", "updated_at"]
        extra_kwargs = {
            "status": {"help_text": "draft, active, paused or closed: changed by POST campaigns/{id}/lifecycle/"}
        }

    def get_validators(self):
        return []  # uniqueness and cross-field rules are checked by the service, with clear messages

    def validate(self, attrs: dict) -> dict:
        # A read-only field would be dropped without a word: say where a status change goes instead.
        if isinstance(self.initial_data, dict) and {"status", "is_active"} & set(self.initial_data):
            raise serializers.ValidationError(
                {"status": [_("changes through POST campaigns/{id}/lifecycle/ (open, pause, resume, close)")]}
            )
        return attrs

    def to_representation(self, campaign: Campaign) -> dict:
        data = super().to_representation(campaign)
        request = self.context.get("request")
        # Without a request we cannot tell an admin: show what a judge may see.
        viewer = request.user if request is not None else User(role=Role.ANNOTATOR)
        data["name"], data["description"] = campaign_label(campaign, viewer)
        return data


class ImportOutput(serializers.Serializer):
    created = serializers.IntegerField()
    skipped = serializers.IntegerField()
    redactions = serializers.DictField(child=serializers.IntegerField())
    errors = serializers.ListField(
        child=serializers.DictField(), help_text="The first problems in line order (at most 50)."
    )
    error_count = serializers.IntegerField(help_text="How many problems the file has in all.")
    candidates = serializers.DictField(
        child=serializers.IntegerField(),
        required=False,
        help_text='Rankings campaigns only: items created per number of candidate answers, e.g. {"4": 100}.',
    )
    review = serializers.IntegerField(
        help_text="Uncertain spans kept as written and listed for an admin's review (/console/review/)."
    )
    errors_note = serializers.CharField(
        allow_blank=True, help_text="Says how many problems were left out of `errors`; empty when none were."
    )
    format = serializers.CharField(help_text="jsonl, json, csv or xlsx")
    kind = serializers.CharField()
    notes = serializers.ListField(child=serializers.CharField())
    encoding = serializers.CharField(
        allow_blank=True,
        help_text="How a text file was decoded: utf-8, utf-8-sig (with BOM), utf-16, or detected: gb18030 (GBK too), big5, cp1252.",
    )
    sheet = serializers.CharField(allow_null=True, help_text="The worksheet read from an .xlsx file.")
    keys = serializers.ListField(child=serializers.CharField(), help_text="The keys (columns) found in the file.")
    proposed_mapping = serializers.DictField(
        child=serializers.CharField(),
        help_text="When rows match no known layout: medpref field -> key, to confirm or edit and send as `mapping`.",
    )
    mapping = serializers.DictField(child=serializers.CharField(), help_text="The mapping the rows were read with.")
    warnings = serializers.ListField(
        child=serializers.CharField(), help_text="E.g. ids skipped although their text differs from the kept row."
    )
    conflicting_ids = serializers.ListField(
        child=serializers.CharField(), help_text="Ids skipped although their text differs (at most 1,000)."
    )
    run = serializers.IntegerField(required=False, help_text="The import's run, kept in the campaign's import history.")
    run_url = serializers.CharField(required=False, help_text="The run with its report: GET imports/{run}/.")


class ImportFailure(ImportOutput):
    """A refused import: the usual error body, with the report of every problem when the file was read."""

    message = serializers.CharField()
    code = serializers.CharField()
    details = serializers.JSONField(required=False)

    def get_fields(self):
        fields = super().get_fields()
        for name in ImportOutput().get_fields():
            fields[name].required = False
        return fields


class ImportMapping(serializers.Serializer):
    mapping = serializers.DictField(
        child=serializers.CharField(),
        help_text="medpref field -> key in the file; {} forgets the saved mapping. Fields: "
        "id, prompt, history, response_a, response_b, chosen, rejected, reference, model_a, model_b, priority, gold_answer",
    )

    def validate_mapping(self, mapping):
        if mapping and (problems := mapping_problems(mapping)):
            raise serializers.ValidationError(problems)
        return mapping


class ImportInput(serializers.Serializer):
    file = serializers.FileField(
        help_text="JSONL, JSON array, CSV (UTF-8, UTF-8 with BOM, GBK/GB18030, Big5, Windows-1252) or .xlsx"
    )
    mapping = serializers.JSONField(
        binary=True,
        required=False,
        allow_null=True,
        help_text='JSON object medpref field -> key in the file, e.g. {"prompt": "question", "reference": "answer"}; '
        "every row is read through it",
    )
    save_mapping = serializers.BooleanField(
        required=False,
        default=False,
        help_text="true: keep `mapping` as the campaign's, reused for files of unknown keys",
    )

    def validate_mapping(self, mapping):
        if mapping in (None, "", {}):
            return None
        if problems := mapping_problems(mapping):
            raise serializers.ValidationError(problems)
        return mapping

    def validate(self, data):
        if data.get("save_mapping") and not data.get("mapping"):
            raise serializers.ValidationError({"save_mapping": _("there is no mapping to save")})
        return data


# --- pairs, annotations -------------------------------------------------------------------------


class MessageSerializer(serializers.Serializer):
    role = serializers.CharField()
    content = serializers.CharField()


class CandidateText(serializers.Serializer):
    position = serializers.IntegerField(help_text="Send scores by this position; people see letters in display order")
    text = serializers.CharField()


class NextOutput(serializers.Serializer):
    pair_id = serializers.IntegerField()
    campaign = serializers.IntegerField()
    kind = serializers.CharField(help_text="pairs or rankings (the campaign's kind)")
    prompt = MessageSerializer(many=True)
    responses = serializers.ListField(
        child=serializers.DictField(), help_text="[{key: 'a'|'b', text}] in display order; [] for ranking items"
    )
    display_order = serializers.CharField(
        allow_blank=True, help_text="'ab' when A is shown on the left, else 'ba'; '' for ranking items"
    )
    candidates = CandidateText(
        many=True, help_text="Ranking items: every candidate in display order (a recorded random order); [] for pairs"
    )
    lease_expires_at = serializers.DateTimeField()
    guideline_version = serializers.IntegerField()

    @staticmethod
    def from_assignment(assignment) -> dict:
        pair = assignment.pair
        ranked = assignment.kind == CampaignKind.RANKINGS
        return {
            "pair_id": pair.pk,
            "campaign": pair.campaign_id,
            "kind": assignment.kind,
            "prompt": pair.prompt.messages,
            "responses": [] if ranked else assignment.responses_in_display_order(),
            "display_order": "" if ranked else ("ab" if assignment.a_on_left else "ba"),
            "candidates": assignment.candidates_in_display_order() if ranked else [],
            "lease_expires_at": assignment.lease_expires_at,
            "guideline_version": pair.campaign.guideline_version,
        }


class AnnotationInput(serializers.Serializer):
    """Exactly one of `scores` (a pair) and `candidate_scores` (a ranking item); the service checks it fits the item."""

    client_id = serializers.UUIDField(
        help_text="Chosen by the client for this piece of work; resend the same id on retry."
    )
    scores = PairScoresSerializer(required=False, allow_null=True, default=None, help_text="Pairs: A and B")
    candidate_scores = candidate_scores_field(required=False, allow_null=True, default=None)
    rationale = serializers.CharField(required=False, allow_blank=True, default="", max_length=5000)
    flags = serializers.ListField(
        child=serializers.CharField(max_length=100), required=False, default=list, max_length=10
    )
    seconds_spent = serializers.FloatField(
        required=False, allow_null=True, default=None, min_value=0, max_value=24 * 3600
    )
    display_order = serializers.ChoiceField(
        choices=["ab", "ba"],
        required=False,
        allow_null=True,
        default=None,
        help_text="Only used when the lease is gone.",
    )

    def validate(self, data):
        if data["scores"] is None and data["candidate_scores"] is None:
            raise serializers.ValidationError(
                {
                    "scores": [
                        _("send scores (A and B of a pair) or candidate_scores (every candidate of a ranking item)")
                    ]
                }
            )
        if data["scores"] is not None and data["candidate_scores"] is not None:
            raise serializers.ValidationError(
                {"candidate_scores": [_("send either scores (a pair) or candidate_scores (a ranking item), not both")]}
            )
        return data


class SubmissionOutput(serializers.Serializer):
    annotation_id = serializers.IntegerField()
    preference = serializers.CharField()
    deciding_dimension = serializers.CharField(allow_null=True)
    a_unsafe = serializers.BooleanField()
    b_unsafe = serializers.BooleanField()
    revision = serializers.IntegerField()
    pair_state = serializers.ChoiceField(
        choices=PairState.choices,
        required=False,
        help_text="Only to those who may see the pair's outcome (visibility.sees_all_annotations)",
    )
    outcome = serializers.CharField(help_text="created, revised or replayed (a retry of a stored submission)")
    ranking = serializers.ListField(
        child=serializers.ListField(child=serializers.IntegerField()),
        required=False,
        help_text="Ranking items: the order the priority rule gives her scores, tiers of positions, best first",
    )
    unsafe = serializers.ListField(
        child=serializers.IntegerField(), required=False, help_text="Ranking items: the positions she scored unsafe"
    )

    @staticmethod
    def from_submission(submission, *, user: User) -> dict:
        annotation = submission.annotation
        data = {
            "annotation_id": annotation.pk,
            "preference": annotation.preference,
            "deciding_dimension": annotation.deciding_dimension,
            "a_unsafe": annotation.a_unsafe,
            "b_unsafe": annotation.b_unsafe,
            "revision": annotation.revision,
            "outcome": submission.outcome,
        }
        if annotation.candidate_scores:
            judgement = ranking.rank_dicts(annotation.candidate_scores, settings=annotation.settings)
            data["ranking"] = annotation.ranking
            data["unsafe"] = [position for position, unsafe in enumerate(judgement.unsafe) if unsafe]
        if sees_all_annotations(user, submission.pair):
            data["pair_state"] = submission.pair.state
        return data


class SkipInput(serializers.Serializer):
    reason = serializers.CharField(max_length=500)


class SkipOutput(serializers.Serializer):
    pair_id = serializers.IntegerField()
    skipped = serializers.BooleanField()
    reason = serializers.CharField()


class MyProgress(serializers.Serializer):
    annotations = serializers.IntegerField()
    today = serializers.IntegerField()
    left = serializers.IntegerField(help_text="Open pairs she has neither judged nor skipped (gold pairs included)")


class AnnotatorProgress(serializers.Serializer):
    username = serializers.CharField()
    annotations = serializers.IntegerField()
    today = serializers.IntegerField()


class ProgressOutput(serializers.Serializer):
    """progress.progress: campaign-wide counts only for experts and admins (visibility.sees_campaign_counts)."""

    campaign = serializers.IntegerField()
    counted_at = serializers.DateTimeField(
        help_text="when the campaign's pairs were counted (pairs, states, percent_complete, annotations_left): up to "
        "half a minute ago on a large campaign, recounted in the background; `mine` and the annotation counts are as of now"
    )
    pairs = serializers.IntegerField()
    percent_complete = serializers.FloatField()
    mine = MyProgress()
    gold_pairs = serializers.IntegerField(required=False)
    states = serializers.DictField(child=serializers.IntegerField(), required=False)
    resolved = serializers.IntegerField(required=False)
    annotations = serializers.IntegerField(required=False)
    annotations_today = serializers.IntegerField(required=False)
    annotations_left = serializers.IntegerField(required=False)
    live_leases = serializers.IntegerField(required=False)
    annotators = AnnotatorProgress(many=True, required=False)


# --- the agreement report (selectors.reports.agreement_report, served by services.agreement) ---


class AgreementFigures(serializers.Serializer):
    """Agreement on labels over units rated by two or more annotators (pairs, or a ranking's comparisons)."""

    items = serializers.IntegerField()
    percent_agreement = serializers.FloatField(allow_null=True)
    cohen_kappa_mean = serializers.FloatField(allow_null=True)
    fleiss_kappa = serializers.FloatField(allow_null=True)


class AgreementDimension(AgreementFigures):
    krippendorff_alpha = serializers.FloatField(allow_null=True, help_text="ordinal, on each response's scores")


class AgreementDimensions(serializers.Serializer):
    safety = AgreementDimension()
    professionalism = AgreementDimension()
    fluency = AgreementDimension()


class AgreementAnnotatorPair(serializers.Serializer):
    annotators = serializers.ListField(child=serializers.CharField())
    items = serializers.IntegerField()
    percent_agreement = serializers.FloatField()
    kappa = serializers.FloatField(allow_null=True)


class AgreementArbitration(serializers.Serializer):
    arbitrated_pairs = serializers.IntegerField()
    outcomes = serializers.DictField(
        child=serializers.IntegerField(),
        help_text="latest decisions: a, b, tie, exclude (pairs campaigns); ranked, exclude (rankings campaigns)",
    )


class AgreementPositionBias(serializers.Serializer):
    n = serializers.IntegerField()
    left_share = serializers.FloatField(
        allow_null=True, help_text="share for the answer shown on the left (rankings: shown first of the two)"
    )


class AgreementHistogram(serializers.Serializer):
    edges = serializers.ListField(child=serializers.FloatField())
    counts = serializers.ListField(child=serializers.IntegerField())


class AgreementDay(serializers.Serializer):
    date = serializers.DateField()
    closed = serializers.IntegerField()
    disputed = serializers.IntegerField()
    dispute_rate = serializers.FloatField(allow_null=True)


class AgreementAnnotator(serializers.Serializer):
    username = serializers.CharField()
    annotations = serializers.IntegerField()
    shared_items = serializers.IntegerField()
    percent_agreement = serializers.FloatField(allow_null=True)
    cohen_kappa = serializers.FloatField(allow_null=True)
    expert_agreement = serializers.FloatField(
        allow_null=True, help_text="rankings: the share of her comparisons that the expert's decision gives too"
    )
    arbitrated_items = serializers.IntegerField()
    gold_items = serializers.IntegerField()
    gold_accuracy = serializers.FloatField(allow_null=True)
    position_bias = AgreementPositionBias()
    median_seconds = serializers.FloatField(allow_null=True)


class RankingComparisons(AgreementFigures):
    """Comparisons of two candidates made alike by all (agree), all ties (tie), or otherwise (disagree)."""

    agree = serializers.IntegerField()
    tie = serializers.IntegerField()
    disagree = serializers.IntegerField()
    krippendorff_alpha = serializers.FloatField(allow_null=True, help_text="ordinal: j better < tie < i better")


class RankingPositionComparisons(RankingComparisons):
    positions = serializers.ListField(child=serializers.IntegerField(), help_text="[i, j], i < j")
    candidates = serializers.CharField(help_text="as people name them, e.g. A-C")


class RankingTau(serializers.Serializer):
    items = serializers.IntegerField(help_text="(item, two annotators) with a defined tau")
    mean = serializers.FloatField(allow_null=True)


class RankingAnnotatorPair(serializers.Serializer):
    annotators = serializers.ListField(child=serializers.CharField())
    items = serializers.IntegerField()
    kendall_tau_mean = serializers.FloatField(allow_null=True)


class RankingAnnotator(serializers.Serializer):
    username = serializers.CharField()
    kendall_tau_mean = serializers.FloatField(allow_null=True, help_text="with the others' orders of the same items")
    tau_items = serializers.IntegerField()
    expert_comparisons = serializers.IntegerField()
    expert_kendall_tau_mean = serializers.FloatField(allow_null=True, help_text="with the expert's order")
    expert_items = serializers.IntegerField()


class RankingAgreement(serializers.Serializer):
    """Rankings campaigns only: every comparison of the K candidates, and Kendall's tau-b between orders."""

    items = serializers.IntegerField()
    candidate_counts = serializers.DictField(
        child=serializers.IntegerField(), help_text="items by number of candidates"
    )
    comparisons = RankingComparisons()
    by_position = RankingPositionComparisons(many=True)
    kendall_tau = RankingTau()
    annotator_pairs = RankingAnnotatorPair(many=True)
    annotators = RankingAnnotator(many=True)


class AgreementReportOutput(serializers.Serializer):
    """services.agreement.latest_agreement_report: only campaign, computed_at and computing before the first report."""

    campaign = serializers.IntegerField()
    computed_at = serializers.DateTimeField(allow_null=True)
    computing = serializers.BooleanField()
    annotations = serializers.IntegerField(required=False)
    pairs_annotated = serializers.IntegerField(required=False)
    overall = AgreementFigures(required=False, help_text="preferences (rankings: every comparison of two candidates)")
    dimensions = AgreementDimensions(required=False)
    annotator_pairs = AgreementAnnotatorPair(many=True, required=False)
    closed_pairs = serializers.IntegerField(required=False)
    disputed_pairs = serializers.IntegerField(required=False)
    dispute_rate = serializers.FloatField(allow_null=True, required=False)
    arbitration = AgreementArbitration(required=False)
    position_bias = AgreementPositionBias(required=False)
    median_seconds_per_pair = serializers.FloatField(allow_null=True, required=False)
    seconds_histogram = AgreementHistogram(required=False)
    timeline = AgreementDay(many=True, required=False)
    annotators = AgreementAnnotator(many=True, required=False)
    rankings = RankingAgreement(required=False, help_text="rankings campaigns only")


class AnnotationOutput(serializers.ModelSerializer):
    annotator = serializers.CharField(source="annotator.username")
    scores = serializers.SerializerMethodField()
    display_order = serializers.SerializerMethodField()
    candidate_scores = serializers.SerializerMethodField()
    ranking = serializers.SerializerMethodField()
    history = serializers.SerializerMethodField()

    class Meta:
        model = Annotation
        fields = [
            "id",
            "annotator",
            "scores",
            "preference",
            "deciding_dimension",
            "a_unsafe",
            "b_unsafe",
            "display_order",
            "candidate_scores",
            "ranking",
            "rationale",
            "flags",
            "seconds_spent",
            "revision",
            "settings",
            "created_at",
            "updated_at",
            "history",
        ]

    def get_scores(self, annotation: Annotation) -> dict:
        return annotation.scores_dict()

    @extend_schema_field(DISPLAY_ORDER_SCHEMA)
    def get_display_order(self, annotation: Annotation):
        if annotation.candidate_scores:
            return annotation.display_order
        return None if annotation.a_on_left is None else ("ab" if annotation.a_on_left else "ba")

    @extend_schema_field(CandidateScoresSerializer(many=True))
    def get_candidate_scores(self, annotation: Annotation) -> list[dict]:
        """Ranking items: her scores per candidate, [{position, safety, ...}] in position order; [] for pairs."""
        return candidate_scores_data(annotation.candidate_scores)

    @extend_schema_field(TIERS_SCHEMA)
    def get_ranking(self, annotation: Annotation) -> list[list[int]]:
        """Ranking items: the order her scores give, tiers of positions, best first; [] for pairs."""
        return annotation.ranking

    def get_history(self, annotation: Annotation) -> list[dict]:
        return [
            {
                "revision": r.revision,
                "scores": r.scores,
                "preference": r.preference,
                "deciding_dimension": r.deciding_dimension,
                **({"ranking": r.ranking} if "candidates" in r.scores else {}),
                "rationale": r.rationale,
                "flags": r.flags,
                "made_at": r.made_at,
            }
            for r in annotation.revisions.all()
        ]


class ArbitrationOutput(serializers.ModelSerializer):
    expert = serializers.CharField(source="expert.username")
    scores = serializers.SerializerMethodField()
    ranking = serializers.SerializerMethodField()
    candidate_scores = serializers.SerializerMethodField()

    class Meta:
        model = Arbitration
        fields = [
            "id",
            "expert",
            "decision",
            "scores",
            "ranking",
            "excluded_candidates",
            "candidate_scores",
            "rationale",
            "corrected_response",
            "created_at",
        ]

    def get_scores(self, arbitration: Arbitration) -> dict | None:
        return arbitration.scores_dict()

    @extend_schema_field(TIERS_SCHEMA)
    def get_ranking(self, arbitration: Arbitration) -> list[list[int]]:
        """Ranking items: her order, tiers of positions, best first (excluded candidates absent)."""
        return arbitration.ranking

    @extend_schema_field(CandidateScoresSerializer(many=True))
    def get_candidate_scores(self, arbitration: Arbitration) -> list[dict]:
        """Ranking items: her scores per candidate when she gave them, else []."""
        return candidate_scores_data(arbitration.candidate_scores)


class ArbitrationInput(serializers.Serializer):
    decision = serializers.ChoiceField(
        choices=["a", "b", "tie", "exclude", "ranked"],
        help_text="Pairs: a, b, tie or exclude. Ranking items: ranked (with `ranking`) or exclude",
    )
    scores = PairScoresSerializer(required=False, allow_null=True, default=None, help_text="Pairs: A and B")
    ranking = serializers.ListField(
        child=serializers.ListField(child=serializers.IntegerField(), allow_empty=True),
        required=False,
        allow_null=True,
        default=None,
        max_length=MAX_CANDIDATES,
        help_text="Ranking items, decision 'ranked': tiers of candidate positions, best first (ties share a tier); "
        "every candidate not excluded exactly once",
    )
    excluded_candidates = serializers.ListField(
        child=serializers.IntegerField(),
        required=False,
        default=list,
        max_length=MAX_CANDIDATES,
        help_text="Ranking items: positions of candidates left out of the order (never used in training data)",
    )
    candidate_scores = candidate_scores_field(required=False, allow_null=True, default=None)
    rationale = serializers.CharField(max_length=5000)
    corrected_response = serializers.CharField(
        required=False,
        allow_blank=True,
        default="",
        max_length=20000,
        help_text="An answer she writes; the chosen one (ranking items: ranked above every candidate)",
    )


def response_data(response, *, with_provenance: bool) -> dict:
    data = {"id": response.pk, "text": response.text}
    if with_provenance:
        data.update(source=response.source, provenance=response.provenance)
    return data


class PairCandidate(serializers.Serializer):
    position = serializers.IntegerField()
    letter = serializers.CharField(help_text="A, B, C... by position")
    text = serializers.CharField()
    source = serializers.CharField(required=False, help_text="Admins")
    provenance = serializers.DictField(required=False, help_text="Admins")


def candidates_data(pair: Pair, *, with_provenance: bool) -> list[dict]:
    """A ranking item's candidates in position order (one query; prefetched `candidates` are used when there)."""
    candidates = getattr(pair, "_prefetched_objects_cache", {}).get("candidates")
    if candidates is None:
        candidates = pair.candidates.select_related("response").order_by("position")
    return [
        candidate_data(candidate, with_provenance=with_provenance)
        for candidate in sorted(candidates, key=lambda c: c.position)
    ]


def candidate_data(candidate, *, with_provenance: bool) -> dict:
    item = {
        "position": candidate.position,
        "letter": ranking.letter(candidate.position),
        "text": candidate.response.text,
    }
    if with_provenance:
        item.update(source=candidate.response.source, provenance=candidate.response.provenance)
    return item


class PairSummary(serializers.Serializer):
    """A pair in lists: no texts, and nothing a judge should not see.

    Whoever may not see the pair's outcome (see visibility.sees_all_annotations) gets only its id,
    campaign and her own `status`: its state, counts and dates would tell gold pairs apart.
    """

    id = serializers.IntegerField()
    campaign = serializers.IntegerField(source="campaign_id")
    status = serializers.ChoiceField(
        choices=["leased", "submitted"],
        required=False,
        help_text="Yours; sent instead of the fields below when you judge the pair yourself",
    )
    external_id = serializers.CharField(required=False)
    state = serializers.ChoiceField(choices=PairState.choices, required=False)
    priority = serializers.IntegerField(required=False)
    annotation_count = serializers.IntegerField(required=False)
    dispute_reason = serializers.CharField(required=False, allow_blank=True)
    safety_conflict = serializers.BooleanField(required=False)
    decision = serializers.ChoiceField(
        choices=DecisionChoice.choices, allow_null=True, required=False, help_text="Experts and admins"
    )
    is_gold = serializers.BooleanField(required=False, help_text="Admins")
    gold_answer = serializers.ChoiceField(
        choices=PreferenceChoice.choices, allow_null=True, required=False, help_text="Admins"
    )
    created_at = serializers.DateTimeField(required=False)
    updated_at = serializers.DateTimeField(required=False)

    def to_representation(self, pair: Pair) -> dict:
        user = self.context["request"].user
        if not sees_all_annotations(user, pair):
            return {"id": pair.pk, "campaign": pair.campaign_id, "status": own_status(user, pair)}
        data = {
            "id": pair.pk,
            "campaign": pair.campaign_id,
            "external_id": pair.external_id,
            "state": pair.state,
            "priority": pair.priority,
            "annotation_count": pair.annotation_count,
            "dispute_reason": pair.dispute_reason,
            "safety_conflict": pair.safety_conflict,
            "decision": pair.decision,
            "created_at": serializers.DateTimeField().to_representation(pair.created_at),
            "updated_at": serializers.DateTimeField().to_representation(pair.updated_at),
        }
        if sees_provenance(user):
            data.update(is_gold=pair.is_gold, gold_answer=pair.gold_answer)
        return data


class PairDetail(PairSummary):
    """A pair with its prompt, both responses (keyed a/b) and the annotations she may see."""

    prompt = MessageSerializer(many=True, required=False)
    responses = serializers.DictField(
        child=serializers.DictField(),
        required=False,
        help_text="{a: {id, text}, b: {id, text}}; admins also get source and provenance",
    )
    annotations = AnnotationOutput(
        many=True, required=False, help_text="Hers, or everyone's when she may see the outcome"
    )
    arbitrations = ArbitrationOutput(many=True, required=False, help_text="Experts and admins")
    candidates = PairCandidate(
        many=True, required=False, help_text="Ranking items: every candidate in position order (A is position 0)"
    )
    ranking = serializers.ListField(
        child=serializers.ListField(child=serializers.IntegerField()),
        required=False,
        help_text="Ranking items: the resolved order (consensus or arbitration), tiers of positions, best first; "
        "[] while unresolved or to whoever may not see the outcome",
    )
    meta = serializers.DictField(required=False, help_text="Admins")
    reference = serializers.CharField(required=False, allow_blank=True, allow_null=True, help_text="Admins")

    def to_representation(self, pair: Pair) -> dict:
        data = super().to_representation(pair)
        user = self.context["request"].user
        provenance = sees_provenance(user)
        data["prompt"] = pair.prompt.messages
        data["responses"] = {
            "a": response_data(pair.response_a, with_provenance=provenance),
            "b": response_data(pair.response_b, with_provenance=provenance),
        }
        if pair.campaign.kind == CampaignKind.RANKINGS:
            data["candidates"] = candidates_data(pair, with_provenance=provenance)
            data["ranking"] = pair.ranking if sees_all_annotations(user, pair) else []
        data["annotations"] = AnnotationOutput(self.context["annotations"], many=True).data
        if sees_all_annotations(user, pair) and is_expert(user):
            data["arbitrations"] = ArbitrationOutput(pair.arbitrations.select_related("expert"), many=True).data
        if provenance:
            data["meta"] = pair.meta
            data["reference"] = pair.prompt.reference
        return data


# --- snapshots ----------------------------------------------------------------------------------


class SnapshotInput(serializers.Serializer):
    campaigns = serializers.ListField(child=IdField(), min_length=1)
    kind = serializers.ChoiceField(
        choices=SnapshotKind.choices,
        help_text="dpo, sft, or ranking (one row per resolved ranking item, for reward-model training)",
    )
    filters = serializers.DictField(required=False, default=dict)
    accept_residual = serializers.BooleanField(
        default=False,
        help_text="Export even if the de-identification re-scan still finds identifiers (the reason is logged and kept in the manifest).",
    )


class SnapshotOutput(serializers.ModelSerializer):
    name = serializers.CharField()
    download_url = serializers.SerializerMethodField()

    class Meta:
        model = Snapshot
        fields = [
            "id",
            "name",
            "kind",
            "version",
            "sha256",
            "row_count",
            "filters",
            "manifest",
            "created_at",
            "download_url",
        ]

    def get_download_url(self, snapshot: Snapshot) -> str:
        return f"/api/v1/snapshots/{snapshot.pk}/download/"
