"""API: campaigns, their settings and lifecycle, the next pair to annotate, progress and agreement."""

from __future__ import annotations

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.generics import GenericAPIView
from rest_framework.response import Response
from rest_framework.views import APIView

from annotation.api import serializers as s
from annotation.api.errors import ErrorBody
from annotation.api.lookups import campaign_for
from annotation.selectors import progress as campaign_progress
from annotation.selectors.visibility import visible_campaigns
from annotation.services import agreement, assignment, campaigns, lifecycle
from medpref.core.api import validated
from medpref.core.roles import IsAdminRole


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


class LifecycleInput(serializers.Serializer):
    action = serializers.ChoiceField(
        choices=list(lifecycle.ACTIONS),
        help_text="open (draft -> active), pause (active -> paused), resume (paused -> active), close (final)",
    )


class LifecycleView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(
        request=LifecycleInput,
        responses={200: s.CampaignSerializer},
        summary="Open, pause, resume or close a campaign (409 with the reason when refused)",
    )
    def post(self, request, pk: int):
        action = validated(LifecycleInput, request.data)["action"]
        campaign = lifecycle.change_status(campaign=campaign_for(request, pk), action=action, by=request.user)
        return Response(s.CampaignSerializer(campaign, context={"request": request}).data)


class NextView(APIView):
    @extend_schema(
        responses={
            200: s.NextOutput,
            204: OpenApiResponse(description="Nothing left for you in this campaign"),
            409: OpenApiResponse(
                ErrorBody, description="The campaign is not active (draft, paused or closed): says which"
            ),
        },
        summary="The next pair to judge (same pair while your lease lives)",
    )
    def get(self, request, pk: int):
        campaign = campaign_for(request, pk)
        handed = assignment.next_pair_for(annotator=request.user, campaign=campaign)
        if handed is None:
            return Response(status=status.HTTP_204_NO_CONTENT)
        return Response(s.NextOutput.from_assignment(handed))


class ProgressView(APIView):
    @extend_schema(responses={200: s.ProgressOutput}, summary="Campaign progress, and yours")
    def get(self, request, pk: int):
        return Response(campaign_progress.progress(campaign_for(request, pk), user=request.user))


class AgreementInput(serializers.Serializer):
    refresh = serializers.BooleanField(
        default=False,
        help_text="compute the report again instead of serving the one computed in the last minutes: at once for "
        "a campaign of up to 20,000 annotations (5,000 for rankings), otherwise in the background (`computing` is "
        "true meanwhile)",
    )


class AgreementView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(
        parameters=[AgreementInput],
        responses={200: s.AgreementReportOutput},
        summary="Agreement per dimension and per annotator (PROTOCOL §6); computed_at says how fresh it is, "
        "computing whether a newer one is being computed",
    )
    def get(self, request, pk: int):
        refresh = validated(AgreementInput, request.query_params)["refresh"]
        return Response(agreement.latest_agreement_report(campaign_for(request, pk), refresh=refresh))
