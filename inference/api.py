"""REST endpoints of inference: generation rounds, evaluations, results, leaderboard, playground."""

from __future__ import annotations

import json

from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, status
from rest_framework.generics import GenericAPIView
from rest_framework.permissions import BasePermission
from rest_framework.renderers import BaseRenderer, JSONRenderer
from rest_framework.response import Response
from rest_framework.throttling import ScopedRateThrottle
from rest_framework.views import APIView

from annotation.models import Campaign
from annotation.selectors.visibility import EVALUATION_CODE_NAME
from inference import playground, services
from inference.models import Evaluation, GenerationJob, PlaygroundTurn
from medpref.core.api import MAX_ID, IdField, validated
from medpref.core.roles import IsAdminRole
from training.models import ModelVersion


class GenerationJobOutput(serializers.ModelSerializer):
    progress = serializers.FloatField()

    class Meta:
        model = GenerationJob
        fields = [
            "id", "model_version", "other_version", "source_campaign", "target_campaign", "strategy", "sampling", "limit", "state", "progress",
            "prompts_total", "prompts_done", "pairs_created", "skipped_similar", "auto_ties", "skipped_no_reference", "candidates", "candidates_dropped", "error", "worker_host",
            "created_at", "started_at", "finished_at", "heartbeat_at",
        ]  # fmt: skip


class GenerateInput(serializers.Serializer):
    campaign = IdField(help_text="Campaign whose prompts are answered")
    strategy = serializers.ChoiceField(choices=["two_samples", "versus", "versus_reference"])
    other_version = IdField(required=False)
    target_campaign = IdField(required=False, help_text="Default: the same campaign")
    sampling = serializers.DictField(required=False, default=dict)
    limit = serializers.IntegerField(min_value=1, max_value=MAX_ID, required=False)
    candidates = serializers.IntegerField(
        min_value=2,
        max_value=8,
        required=False,
        help_text="Answers per prompt (K): 2 into a campaign of pairs; 2-8 into one of kind rankings (default 4), "
        "as ranking items. two_samples: K seeds of the version (sampling.temperatures may give each its own "
        "temperature); versus: alternating between the two versions; versus_reference: K-1 samples and the reference.",
    )


class EvaluationInput(serializers.Serializer):
    model_a = IdField()
    model_b = IdField()
    prompts = IdField(help_text="Campaign holding the held-out prompts")
    limit = serializers.IntegerField(min_value=1, max_value=MAX_ID, required=False)


class PlaygroundInput(serializers.Serializer):
    model_version = IdField()
    messages = serializers.ListField(child=serializers.DictField(), min_length=1, max_length=40)
    sampling = serializers.DictField(required=False, default=dict)


def version(pk) -> ModelVersion:
    return get_object_or_404(ModelVersion, pk=pk)


def evaluation_data(evaluation: Evaluation) -> dict:
    return {
        "id": evaluation.pk, "code_name": EVALUATION_CODE_NAME.format(evaluation.pk), "campaign": evaluation.campaign_id, "model_a": evaluation.model_a_id, "model_b": evaluation.model_b_id,
        "prompts": evaluation.prompts_campaign_id, "limit": evaluation.limit, "generation_job": evaluation.generation_job_id, "created_at": evaluation.created_at,
    }  # fmt: skip


class EvaluationOutput(serializers.Serializer):
    id = serializers.IntegerField()
    code_name = serializers.CharField(help_text="What judges see as the campaign's name, e.g. 'Evaluation E-7'")
    campaign = serializers.IntegerField(
        help_text="The campaign of blinded pairs judged through the usual next/submit endpoints"
    )
    model_a = serializers.IntegerField()
    model_b = serializers.IntegerField()
    prompts = serializers.IntegerField(help_text="Campaign holding the held-out prompts")
    limit = serializers.IntegerField(allow_null=True)
    generation_job = serializers.IntegerField(allow_null=True)
    created_at = serializers.DateTimeField()


class WinRateOutput(serializers.Serializer):
    wins = serializers.IntegerField()
    ties = serializers.IntegerField(help_text="Judged ties")
    losses = serializers.IntegerField()
    identical = serializers.IntegerField(help_text="Identical or near-identical answers: a tie without a judge")
    n = serializers.IntegerField(help_text="wins + ties + losses + identical")
    win_rate = serializers.FloatField(allow_null=True, help_text="(wins + (ties + identical) / 2) / n")
    ci_low = serializers.FloatField(allow_null=True, help_text="95% Wilson interval")
    ci_high = serializers.FloatField(allow_null=True)


class ResultsTableOutput(serializers.Serializer):
    safety = WinRateOutput()
    professionalism = WinRateOutput()
    fluency = WinRateOutput()
    overall = WinRateOutput()


class ByTurnsOutput(serializers.Serializer):
    single_turn = ResultsTableOutput()
    multi_turn = ResultsTableOutput()


class PositionBiasOutput(serializers.Serializer):
    n = serializers.IntegerField(help_text="Non-tie judgements with a known display order")
    left_wins = serializers.IntegerField()
    left_share = serializers.FloatField(allow_null=True, help_text="0.5 means no bias")
    ci_low = serializers.FloatField(allow_null=True)
    ci_high = serializers.FloatField(allow_null=True)
    p_value = serializers.FloatField(allow_null=True, help_text="Exact two-sided binomial test against 0.5")
    a_shown_left = serializers.IntegerField()
    a_shown_right = serializers.IntegerField()


class VersionName(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()


class JudgedPromptOutput(serializers.Serializer):
    pair_id = serializers.IntegerField()
    prompt = serializers.CharField()
    multi_turn = serializers.BooleanField()
    source = serializers.ChoiceField(choices=["consensus", "arbitration"])
    deciding_dimension = serializers.CharField(allow_null=True)
    dimensions = serializers.DictField(child=serializers.ChoiceField(choices=["win", "tie", "loss"]))
    page = serializers.CharField(help_text="The pair's page (arbitration desk)")
    api = serializers.CharField(help_text="The pair in the API")


class EvaluationResultsOutput(ResultsTableOutput):
    evaluation = serializers.IntegerField()
    campaign = serializers.IntegerField()
    code_name = serializers.CharField()
    model_a = VersionName()
    model_b = VersionName()
    definition = serializers.CharField(help_text=services.RESULTS_DEFINITION)
    by_turns = ByTurnsOutput()
    position_bias = PositionBiasOutput()
    won = JudgedPromptOutput(many=True, help_text="Prompts where model A won overall")
    lost = JudgedPromptOutput(many=True, help_text="Prompts where model A lost overall: read them before promoting it")
    pending_pairs = serializers.IntegerField(help_text="Pairs still pending or disputed")


class RankingRow(serializers.Serializer):
    model_version = serializers.IntegerField()
    name = serializers.CharField()
    judged_pairs = serializers.IntegerField()
    score = serializers.FloatField(help_text="Bradley-Terry strength (log-odds, centred at 0)")
    ci_low = serializers.FloatField()
    ci_high = serializers.FloatField()
    controlled_score = serializers.FloatField(
        help_text="Strength with answer length and markdown differences as covariates"
    )
    controlled_ci_low = serializers.FloatField()
    controlled_ci_high = serializers.FloatField()


class RankingOutput(serializers.Serializer):
    rows = RankingRow(many=True)
    style_coefficients = serializers.DictField(
        child=serializers.FloatField(), help_text="Log-odds per unit of each scaled style difference"
    )


class LeaderboardOutput(serializers.Serializer):
    safety = RankingOutput()
    professionalism = RankingOutput()
    fluency = RankingOutput()
    overall = RankingOutput()


class CSVRenderer(BaseRenderer):
    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return (
            data.encode("utf-8") if isinstance(data, str) else json.dumps(data).encode("utf-8")
        )  # errors stay readable


class GenerateView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(
        request=GenerateInput,
        responses={201: GenerationJobOutput},
        summary="Answer a campaign's prompts and make new pairs (or ranking items of K answers)",
    )
    def post(self, request, pk: int):
        data = validated(GenerateInput, request.data)
        source = get_object_or_404(Campaign, pk=data["campaign"])
        target = get_object_or_404(Campaign, pk=data["target_campaign"]) if data.get("target_campaign") else None
        other = version(data["other_version"]) if data.get("other_version") else None
        job = services.start_generation(
            model_version=version(pk),
            source_campaign=source,
            strategy=data["strategy"],
            other_version=other,
            sampling=data["sampling"],
            target_campaign=target,
            limit=data.get("limit"),
            user=request.user,
            candidates=data.get("candidates"),
        )
        return Response(GenerationJobOutput(job).data, status=status.HTTP_201_CREATED)


class GenerationJobView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(responses=GenerationJobOutput, summary="A generation job's state and progress")
    def get(self, request, pk: int):
        return Response(GenerationJobOutput(get_object_or_404(GenerationJob, pk=pk)).data)


class GenerationCancelView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(request=None, responses=GenerationJobOutput, summary="Cancel a generation job")
    def post(self, request, pk: int):
        return Response(GenerationJobOutput(services.cancel_generation(job_id=pk)).data)


class EvaluationsView(GenericAPIView):
    permission_classes = [IsAdminRole]
    queryset = Evaluation.objects.all()
    serializer_class = EvaluationOutput

    @extend_schema(
        responses=EvaluationOutput(many=True), summary="Evaluations, newest first", operation_id="evaluations_list"
    )
    def get(self, request):
        page = self.paginate_queryset(Evaluation.objects.order_by("-created_at", "-id"))
        return self.get_paginated_response([evaluation_data(e) for e in page])

    @extend_schema(
        request=EvaluationInput,
        responses={201: EvaluationOutput},
        summary="Start a blinded evaluation of model A against model B",
    )
    def post(self, request):
        data = validated(EvaluationInput, request.data)
        evaluation = services.create_evaluation(
            model_a=version(data["model_a"]),
            model_b=version(data["model_b"]),
            prompts=get_object_or_404(Campaign, pk=data["prompts"]),
            limit=data.get("limit"),
            user=request.user,
        )
        return Response(evaluation_data(evaluation), status=status.HTTP_201_CREATED)


class EvaluationResultsView(APIView):
    permission_classes = [IsAdminRole]
    renderer_classes = [JSONRenderer, CSVRenderer]

    @extend_schema(
        responses={(200, "application/json"): EvaluationResultsOutput, (200, "text/csv"): OpenApiTypes.STR},
        summary="Wins, ties, losses, identical, win rate and 95% interval per dimension and overall; ?format=csv: the paper table",
        description=services.RESULTS_DEFINITION,
        parameters=[
            OpenApiParameter(
                "format",
                str,
                enum=["json", "csv"],
                description="csv: the paper table, one row per prompt subset and dimension",
            )
        ],
    )
    def get(self, request, pk: int):
        evaluation = get_object_or_404(Evaluation.objects.select_related("model_a", "model_b"), pk=pk)
        results = services.evaluation_results(evaluation)
        if request.accepted_renderer.format == "csv":
            filename = f"{results['code_name'].replace(' ', '-').lower()}-results.csv"
            return Response(
                services.results_csv(results), headers={"Content-Disposition": f'attachment; filename="{filename}"'}
            )
        return Response(results)


class LeaderboardView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(
        responses=LeaderboardOutput,
        summary="Bradley-Terry scores of evaluated versions per dimension and overall, raw and style-controlled, with bootstrap intervals",
    )
    def get(self, request):
        return Response(services.leaderboard())


class MayUsePlayground(BasePermission):
    message = "The playground is for admins (and for experts where PLAYGROUND_EXPERTS allows it)."

    def has_permission(self, request, view) -> bool:
        return playground.may_use(request.user)


class PlaygroundTurnOutput(serializers.ModelSerializer):
    class Meta:
        model = PlaygroundTurn
        fields = [
            "id",
            "model_version",
            "state",
            "messages",
            "sampling",
            "reply",
            "new_tokens",
            "error",
            "created_at",
            "started_at",
            "finished_at",
            "load_seconds",
            "generate_seconds",
        ]


class PlaygroundView(APIView):
    """Ask a model version for the next assistant turn; a gpu worker answers it (poll the turn).
    Rate-limited per user (PLAYGROUND_RATE)."""

    permission_classes = [MayUsePlayground]
    throttle_classes = [ScopedRateThrottle]
    throttle_scope = "playground"

    @extend_schema(
        request=PlaygroundInput,
        responses={202: PlaygroundTurnOutput},
        summary="Ask a model version; poll GET playground/{id}/ for the reply",
    )
    def post(self, request):
        data = validated(PlaygroundInput, request.data)
        turn = playground.ask(
            user=request.user, model_version=data["model_version"], messages=data["messages"], sampling=data["sampling"]
        )
        return Response(PlaygroundTurnOutput(turn).data, status=status.HTTP_202_ACCEPTED)


class PlaygroundTurnView(APIView):
    permission_classes = [MayUsePlayground]

    @extend_schema(
        responses=PlaygroundTurnOutput,
        summary="A playground turn: queued, running, succeeded (with the reply) or failed (with the reason)",
    )
    def get(self, request, pk: int):
        return Response(PlaygroundTurnOutput(playground.turn_for(request.user, pk)).data)
