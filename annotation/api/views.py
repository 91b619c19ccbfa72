"""REST endpoints under /api/v1/: each reads input, checks the role, calls one service or selector."""

from __future__ import annotations

from django.http import FileResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.exceptions import Throttled
from rest_framework.generics import GenericAPIView
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from annotation.api import serializers as s
from annotation.api.errors import ErrorBody
from annotation.errors import NotFound, ServiceError
from annotation.models import Campaign, Pair, PairState, Snapshot, User
from annotation.selectors import reports
from annotation.selectors.arbitration import arbitration_queue
from annotation.selectors.visibility import filterable_states, visible_annotations, visible_campaigns, visible_pairs
from annotation.services import accounts, arbitration, assignment, campaigns, importing, signin, snapshots, submission
from medpref.core.api import id_from_query, validated
from medpref.core.roles import IsAdminRole, IsExpertRole

WRONG_CREDENTIALS = OpenApiResponse(
    ErrorBody,
    description="Unknown username or wrong password (each failure counts towards the lockout), or a missing field.",
)
LOCKED_OUT = OpenApiResponse(
    ErrorBody,
    description="Too many failed sign-ins for this account or address: the message (and Retry-After) says when to retry, or ask an admin to unlock.",
)
NOT_SIGNED_IN = OpenApiResponse(
    ErrorBody, description="No valid token or session (unknown, expired or revoked token, deactivated account)."
)
PASSWORD_REJECTED = OpenApiResponse(
    ErrorBody,
    description="Invalid input; `details.password` lists every reason the password policy rejects the password.",
)


class TokenView(APIView):
    """POST signs in with a password; DELETE signs out everywhere."""

    def signing_in(self) -> bool:
        # The schema generator asks before there is a request.
        return getattr(self.request, "method", None) == "POST"

    def get_authenticators(self):
        # Signing in must work while a client still sends its old, perhaps expired, token.
        return [] if self.signing_in() else super().get_authenticators()

    def get_permissions(self):
        return [AllowAny()] if self.signing_in() else super().get_permissions()

    @extend_schema(
        request=s.TokenInput,
        responses={200: s.TokenOutput, 400: WRONG_CREDENTIALS, 429: LOCKED_OUT},
        auth=[],
        summary="Exchange a username and password for an API token (expires after TOKEN_TTL_HOURS)",
    )
    def post(self, request):
        data = validated(s.TokenInput, request.data)
        try:
            user = signin.sign_in(request, username=data["username"], password=data["password"])
        except signin.SignInLocked as exc:
            raise Throttled(wait=exc.lockout.retry_after(), detail=exc.message) from exc
        token = accounts.issue_token(user=user)
        return Response(
            {
                "token": token.key,
                "username": user.username,
                "role": user.role,
                "expires_at": accounts.token_expires_at(token),
            }
        )

    @extend_schema(
        request=None,
        responses={
            204: OpenApiResponse(description="Signed out: the token is revoked and every session ended"),
            401: NOT_SIGNED_IN,
        },
        summary="Sign out everywhere",
    )
    def delete(self, request):
        accounts.sign_out_everywhere(user=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


class MeView(APIView):
    @extend_schema(responses=s.UserOutput, summary="The signed-in user and her role")
    def get(self, request):
        return Response(s.UserOutput(request.user).data)


class UsersView(GenericAPIView):
    permission_classes = [IsAdminRole]
    serializer_class = s.UserOutput

    def get_queryset(self):
        return User.objects.order_by("username")

    @extend_schema(responses=s.UserOutput(many=True), summary="List users with their roles", operation_id="users_list")
    def get(self, request):
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(s.UserOutput(page, many=True).data)

    @extend_schema(
        request=s.UserInput,
        responses={201: s.UserOutput, 400: PASSWORD_REJECTED},
        summary="Create a user with a role (password checked against her role's policy)",
    )
    def post(self, request):
        user = accounts.create_user(**validated(s.UserInput, request.data))
        return Response(s.UserOutput(user).data, status=status.HTTP_201_CREATED)


class UserView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(
        request=s.UserUpdateInput,
        responses={200: s.UserOutput, 400: PASSWORD_REJECTED},
        summary="Deactivate or reactivate a user, or set her password",
    )
    def patch(self, request, pk: int):
        user = get_object_or_404(User, pk=pk)
        changes = validated(s.UserUpdateInput, request.data)
        return Response(s.UserOutput(accounts.update_user(user=user, by=request.user, **changes)).data)


class UserUnlockView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(
        request=None,
        responses={204: OpenApiResponse(description="Her failed sign-ins are forgotten and any lock lifted")},
        summary="Unlock a user locked out by failed sign-ins",
    )
    def post(self, request, pk: int):
        signin.unlock(username=get_object_or_404(User, pk=pk).username)
        return Response(status=status.HTTP_204_NO_CONTENT)


class CampaignsView(GenericAPIView):
    serializer_class = s.CampaignSerializer

    def get_queryset(self):
        return visible_campaigns(self.request.user).order_by("-created_at", "-id")

    def get_permissions(self):
        return [IsAdminRole()] if self.request.method == "POST" else super().get_permissions()

    @extend_schema(
        responses=s.CampaignSerializer(many=True),
        summary="Campaigns you may work in (admins: all)",
        operation_id="campaigns_list",
    )
    def get(self, request):
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(s.CampaignSerializer(page, many=True, context={"request": request}).data)

    @extend_schema(request=s.CampaignSerializer, responses={201: s.CampaignSerializer}, summary="Create a campaign")
    def post(self, request):
        fields = validated(s.CampaignSerializer, request.data)
        campaign = campaigns.create_campaign(user=request.user, **fields)
        return Response(
            s.CampaignSerializer(campaign, context={"request": request}).data, status=status.HTTP_201_CREATED
        )


class CampaignView(APIView):
    def get_permissions(self):
        return [IsAdminRole()] if self.request.method == "PATCH" else super().get_permissions()

    @extend_schema(responses=s.CampaignSerializer, summary="A campaign with its settings and guideline")
    def get(self, request, pk: int):
        return Response(s.CampaignSerializer(campaign_for(request, pk), context={"request": request}).data)

    @extend_schema(
        request=s.CampaignSerializer,
        responses=s.CampaignSerializer,
        summary="Change settings or the guideline (new guideline version)",
    )
    def patch(self, request, pk: int):
        campaign = campaign_for(request, pk)
        changes = validated(s.CampaignSerializer, request.data, partial=True)
        return Response(
            s.CampaignSerializer(
                campaigns.update_campaign(campaign=campaign, user=request.user, **changes), context={"request": request}
            ).data
        )


class ImportView(APIView):
    permission_classes = [IsAdminRole]
    parser_classes = [MultiPartParser, FormParser]

    @extend_schema(
        request={"multipart/form-data": s.ImportInput},
        responses={201: s.ImportOutput, 400: s.ImportFailure},
        summary="Import pairs or prompts (JSONL, JSON, CSV; shape auto-detected); all or nothing",
    )
    def post(self, request, pk: int):
        campaign = campaign_for(request, pk)
        upload = validated(s.ImportInput, request.data)["file"]
        report = importing.import_file(campaign=campaign, data=upload.read(), filename=upload.name, user=request.user)
        if not report.ok:
            payload = {
                "message": gettext("Nothing was imported: %(count)s problem(s), first: %(first)s")
                % {"count": report.error_count, "first": report.errors[0]["message"]},
                "code": "invalid_file",
                **report.as_dict(),
            }
            return Response(payload, status=status.HTTP_400_BAD_REQUEST)
        return Response(report.as_dict(), status=status.HTTP_201_CREATED)


class NextView(APIView):
    @extend_schema(
        responses={200: s.NextOutput, 204: OpenApiResponse(description="Nothing left for you in this campaign")},
        summary="The next pair to judge (same pair while your lease lives)",
    )
    def get(self, request, pk: int):
        campaign = campaign_for(request, pk)
        handed = assignment.next_pair_for(annotator=request.user, campaign=campaign)
        if handed is None:
            return Response(status=status.HTTP_204_NO_CONTENT)
        return Response(s.NextOutput.from_assignment(handed))


class AnnotationsView(APIView):
    @extend_schema(
        request=s.AnnotationInput,
        responses={201: s.SubmissionOutput, 200: s.SubmissionOutput},
        summary="Submit (or revise) your scores for a pair; idempotent by client_id",
    )
    def post(self, request, pk: int):
        data = validated(s.AnnotationInput, request.data)
        order = data.pop("display_order")
        result = submission.submit_annotation(
            annotator=request.user, pair_id=pk, a_on_left=None if order is None else order == "ab", **data
        )
        code = status.HTTP_200_OK if result.outcome == "revised" else status.HTTP_201_CREATED
        return Response(s.SubmissionOutput.from_submission(result, user=request.user), status=code)


class SkipView(APIView):
    @extend_schema(
        request=s.SkipInput,
        responses={200: s.SkipOutput},
        summary="Skip a pair: releases your lease, never offered to you again",
    )
    def post(self, request, pk: int):
        data = validated(s.SkipInput, request.data)
        pair_for(request, pk)
        skip = assignment.skip_pair(annotator=request.user, pair_id=pk, reason=data["reason"])
        return Response({"pair_id": pk, "skipped": True, "reason": skip.reason})


class ArbitrationView(APIView):
    permission_classes = [IsExpertRole]

    @extend_schema(
        request=s.ArbitrationInput,
        responses={201: s.ArbitrationOutput},
        summary="Decide a disputed pair: a, b, tie or exclude",
    )
    def post(self, request, pk: int):
        data = validated(s.ArbitrationInput, request.data)
        pair_for(request, pk)
        decided = arbitration.arbitrate(expert=request.user, pair_id=pk, **data)
        return Response(
            {**s.ArbitrationOutput(decided).data, "pair_state": decided.pair.state}, status=status.HTTP_201_CREATED
        )


PAIR_FILTERS = [
    OpenApiParameter("campaign", int, description="Only this campaign"),
    OpenApiParameter("state", str, description="pending, consensus, disputed, arbitrated or excluded"),
]


def in_campaign(pairs, request):
    """Narrow to `?campaign=<id>` when given."""
    campaign = id_from_query(request.query_params, "campaign")
    return pairs if campaign is None else pairs.filter(campaign_id=campaign)


class PairsView(GenericAPIView):
    serializer_class = s.PairSummary

    def get_queryset(self):
        pairs = in_campaign(visible_pairs(self.request.user).order_by("id"), self.request)
        state = self.request.query_params.get("state")
        if state:
            if state not in PairState.values:
                raise ServiceError(f"state must be one of {', '.join(PairState.values)}")
            allowed = filterable_states(self.request.user)
            if state not in allowed:
                raise ServiceError(
                    f"you may filter by state {', '.join(allowed)}"
                    if allowed
                    else "pairs are listed with your own status only; filtering by state is for experts and admins"
                )
            pairs = pairs.filter(state=state)
        return pairs

    @extend_schema(
        parameters=PAIR_FILTERS,
        responses=s.PairSummary(many=True),
        summary="Pairs you may see, filtered by campaign and state",
        operation_id="pairs_list",
    )
    def get(self, request):
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(s.PairSummary(page, many=True, context={"request": request}).data)


class ArbitrationQueueView(PairsView):
    permission_classes = [IsExpertRole]

    def get_queryset(self):
        params = self.request.query_params
        return arbitration_queue(
            self.request.user,
            campaign_id=id_from_query(params, "campaign"),
            safety_conflicts_only=params.get("safety_conflict") in ("1", "true"),
        )

    @extend_schema(
        parameters=[PAIR_FILTERS[0], OpenApiParameter("safety_conflict", bool)],
        responses=s.PairSummary(many=True),
        summary="Disputed pairs waiting for an expert",
        operation_id="arbitration_queue",
    )
    def get(self, request):
        return super().get(request)


class PairView(APIView):
    @extend_schema(responses=s.PairDetail, summary="A pair with its texts and the annotations your role may see")
    def get(self, request, pk: int):
        pair = pair_for(request, pk, related=True)
        context = {"request": request, "annotations": visible_annotations(request.user, pair)}
        return Response(s.PairDetail(pair, context=context).data)


class ProgressView(APIView):
    @extend_schema(responses={200: s.ProgressOutput}, summary="Campaign progress, and yours")
    def get(self, request, pk: int):
        return Response(reports.progress(campaign_for(request, pk), user=request.user))


class AgreementView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(
        responses={200: OpenApiTypes.OBJECT}, summary="Agreement per dimension and per annotator (PROTOCOL §6)"
    )
    def get(self, request, pk: int):
        return Response(reports.agreement_report(campaign_for(request, pk)))


class SnapshotsView(GenericAPIView):
    permission_classes = [IsAdminRole]
    serializer_class = s.SnapshotOutput
    queryset = Snapshot.objects.defer("data").order_by("-id")

    @extend_schema(
        responses=s.SnapshotOutput(many=True), summary="Snapshots, newest first", operation_id="snapshots_list"
    )
    def get(self, request):
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(s.SnapshotOutput(page, many=True).data)

    @extend_schema(
        request=s.SnapshotInput,
        responses={201: s.SnapshotOutput},
        summary="Export resolved pairs as a new DPO or SFT snapshot",
    )
    def post(self, request):
        data = validated(s.SnapshotInput, request.data)
        chosen = list(Campaign.objects.filter(pk__in=data["campaigns"]))
        missing = sorted(set(data["campaigns"]) - {c.pk for c in chosen})
        if missing:
            raise ServiceError(f"no campaign with id {', '.join(map(str, missing))}")
        snapshot = snapshots.create_snapshot(
            campaigns=chosen,
            kind=data["kind"],
            filters=data["filters"],
            user=request.user,
            accept_residual=data["accept_residual"],
        )
        return Response(s.SnapshotOutput(snapshot).data, status=status.HTTP_201_CREATED)


class SnapshotView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(responses=s.SnapshotOutput, summary="A snapshot's manifest")
    def get(self, request, pk: int):
        return Response(s.SnapshotOutput(get_object_or_404(Snapshot.objects.defer("data"), pk=pk)).data)


class SnapshotDownloadView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(responses={(200, "application/jsonl"): OpenApiTypes.BINARY}, summary="The snapshot's rows as JSONL")
    def get(self, request, pk: int):
        snapshot = get_object_or_404(Snapshot.objects.defer("data"), pk=pk)
        # Streamed from the file a chunk at a time, whatever its size.
        response = FileResponse(
            snapshot.open(),
            as_attachment=True,
            filename=f"{snapshot.name}.jsonl",
            content_type="application/jsonl; charset=utf-8",
        )
        response["X-Content-SHA256"] = snapshot.sha256
        return response


# --- helpers ------------------------------------------------------------------------------------


def campaign_for(request, pk: int) -> Campaign:
    return get_object_or_404(visible_campaigns(request.user), pk=pk)


def pair_for(request, pk: int, *, related: bool = False) -> Pair:
    """The pair if her role lets her see it; 404 otherwise (its existence is not disclosed)."""
    pairs = visible_pairs(request.user)
    if related:
        pairs = pairs.select_related("campaign", "prompt", "response_a", "response_b")
    pair = pairs.filter(pk=pk).first()
    if pair is None:
        raise NotFound(f"pair {pk} does not exist or was not handed to you")
    return pair
