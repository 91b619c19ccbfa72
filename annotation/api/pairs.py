"""API: pairs, annotations on them, skips, arbitration and the arbitration queue."""

from __future__ import annotations

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import status
from rest_framework.generics import GenericAPIView
from rest_framework.response import Response
from rest_framework.views import APIView

from annotation.api import serializers as s
from annotation.api.lookups import pair_for
from annotation.errors import ServiceError
from annotation.models import PairState
from annotation.selectors.arbitration import arbitration_queue
from annotation.selectors.visibility import filterable_states, visible_annotations, visible_pairs
from annotation.services import arbitration, assignment, submission
from medpref.core.api import id_from_query, validated
from medpref.core.roles import IsExpertRole


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
