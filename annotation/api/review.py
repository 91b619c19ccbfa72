"""The de-identification review queue: list the uncertain spans, redact or keep one (admins)."""

from __future__ import annotations

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.generics import GenericAPIView
from rest_framework.response import Response
from rest_framework.views import APIView

from annotation.errors import ServiceError
from annotation.models import ReviewItem, ReviewState
from annotation.selectors.review import review_queue
from annotation.services import review
from medpref.core.api import id_from_query, validated
from medpref.core.roles import IsAdminRole


class ReviewItemOutput(serializers.ModelSerializer):
    campaign_name = serializers.CharField(source="campaign.name")
    where = serializers.SerializerMethodField()
    decided_by = serializers.CharField(source="decided_by.username", allow_null=True, default=None)

    class Meta:
        model = ReviewItem
        fields = [
            "id",
            "campaign",
            "campaign_name",
            "where",
            "kind",
            "text",
            "context",
            "state",
            "decided_by",
            "decided_at",
            "created_at",
        ]

    def get_where(self, item: ReviewItem) -> str:
        if item.response_id:
            return f"response {item.response_id}"
        return f"prompt {item.prompt_id}, message {item.message_index}"


class ReviewDecisionInput(serializers.Serializer):
    decision = serializers.ChoiceField(choices=sorted(review.DECISIONS))


class ReviewQueueView(GenericAPIView):
    permission_classes = [IsAdminRole]
    serializer_class = ReviewItemOutput

    @extend_schema(
        parameters=[
            OpenApiParameter("state", str, description="pending (default), redacted or kept"),
            OpenApiParameter("campaign", int, description="Only this campaign"),
        ],
        responses=ReviewItemOutput(many=True),
        summary="Spans the de-identification kept but is unsure about",
    )
    def get(self, request):
        state = request.query_params.get("state", ReviewState.PENDING)
        if state not in ReviewState.values:
            raise ServiceError(f"state must be one of {', '.join(ReviewState.values)}")
        page = self.paginate_queryset(
            review_queue(state=state, campaign_id=id_from_query(request.query_params, "campaign"))
        )
        return self.get_paginated_response(ReviewItemOutput(page, many=True).data)


class ReviewDecisionView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(
        request=ReviewDecisionInput,
        responses=ReviewItemOutput,
        summary="Redact the span in the stored text, or keep it",
    )
    def post(self, request, pk: int):
        data = validated(ReviewDecisionInput, request.data)
        return Response(ReviewItemOutput(review.decide(admin=request.user, item_id=pk, decision=data["decision"])).data)
