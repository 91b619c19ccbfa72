"""REST endpoints of inference: generation rounds, evaluations, results, leaderboard, playground."""
from __future__ import annotations

from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.generics import GenericAPIView
from rest_framework.response import Response
from rest_framework.throttling import ScopedRateThrottle
from rest_framework.views import APIView

from annotation.api.permissions import IsAdminRole
from annotation.api.views import validated
from annotation.errors import ServiceError
from annotation.models import Campaign
from inference import services
from annotation.api.serializers import MAX_ID, IdField
from inference.generation import Generator, ModelLoadError, Sampling
from inference.models import Evaluation, GenerationJob
from training.models import ModelVersion


class GenerationJobOutput(serializers.ModelSerializer):
    progress = serializers.FloatField()

    class Meta:
        model = GenerationJob
        fields = [
            "id", "model_version", "other_version", "source_campaign", "target_campaign", "strategy", "sampling", "limit", "state", "progress",
            "prompts_total", "prompts_done", "pairs_created", "skipped_similar", "skipped_no_reference", "error", "worker_host",
            "created_at", "started_at", "finished_at", "heartbeat_at",
        ]  # fmt: skip


class GenerateInput(serializers.Serializer):
    campaign = IdField(help_text="Campaign whose prompts are answered")
    strategy = serializers.ChoiceField(choices=["two_samples", "versus", "versus_reference"])
    other_version = IdField(required=False)
    target_campaign = IdField(required=False, help_text="Default: the same campaign")
    sampling = serializers.DictField(required=False, default=dict)
    limit = serializers.IntegerField(min_value=1, max_value=MAX_ID, required=False)


class EvaluationInput(serializers.Serializer):
    model_a = serializers.IntegerField(min_value=1)
    model_b = serializers.IntegerField(min_value=1)
    prompts = serializers.IntegerField(min_value=1, help_text="Campaign holding the held-out prompts")
    limit = serializers.IntegerField(min_value=1, required=False)


class PlaygroundInput(serializers.Serializer):
    model_version = serializers.IntegerField(min_value=1)
    messages = serializers.ListField(child=serializers.DictField(), min_length=1, max_length=40)
    sampling = serializers.DictField(required=False, default=dict)


def version(pk) -> ModelVersion:
    return get_object_or_404(ModelVersion, pk=pk)


def evaluation_data(evaluation: Evaluation) -> dict:
    return {
        "id": evaluation.pk, "campaign": evaluation.campaign_id, "model_a": evaluation.model_a_id, "model_b": evaluation.model_b_id,
        "prompts": evaluation.prompts_campaign_id, "limit": evaluation.limit, "generation_job": evaluation.generation_job_id, "created_at": evaluation.created_at,
    }  # fmt: skip


class GenerateView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(request=GenerateInput, responses={201: GenerationJobOutput}, summary="Answer a campaign's prompts and make new pairs")
    def post(self, request, pk: int):
        data = validated(GenerateInput, request.data)
        source = get_object_or_404(Campaign, pk=data["campaign"])
        target = get_object_or_404(Campaign, pk=data["target_campaign"]) if data.get("target_campaign") else None
        other = version(data["other_version"]) if data.get("other_version") else None
        job = services.start_generation(model_version=version(pk), source_campaign=source, strategy=data["strategy"], other_version=other, sampling=data["sampling"], target_campaign=target, limit=data.get("limit"), user=request.user)
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

    @extend_schema(responses={200: OpenApiTypes.OBJECT}, summary="Evaluations, newest first", operation_id="evaluations_list")
    def get(self, request):
        page = self.paginate_queryset(Evaluation.objects.order_by("-created_at", "-id"))
        return self.get_paginated_response([evaluation_data(e) for e in page])

    @extend_schema(request=EvaluationInput, responses={201: OpenApiTypes.OBJECT}, summary="Start a blinded evaluation of model A against model B")
    def post(self, request):
        data = validated(EvaluationInput, request.data)
        evaluation = services.create_evaluation(model_a=version(data["model_a"]), model_b=version(data["model_b"]), prompts=get_object_or_404(Campaign, pk=data["prompts"]), limit=data.get("limit"), user=request.user)
        return Response(evaluation_data(evaluation), status=status.HTTP_201_CREATED)


class EvaluationResultsView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(responses={200: OpenApiTypes.OBJECT}, summary="Wins, ties, losses, win rate and 95% interval per dimension and overall")
    def get(self, request, pk: int):
        return Response(services.evaluation_results(get_object_or_404(Evaluation.objects.select_related("model_a", "model_b"), pk=pk)))


class LeaderboardView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(responses={200: OpenApiTypes.OBJECT}, summary="Bradley-Terry scores of evaluated versions with bootstrap intervals")
    def get(self, request):
        return Response({"results": services.leaderboard()})


class PlaygroundView(APIView):
    """Chat with a model version before evaluating it; rate-limited per user (PLAYGROUND_RATE)."""

    throttle_classes = [ScopedRateThrottle]
    throttle_scope = "playground"

    @extend_schema(request=PlaygroundInput, responses={200: OpenApiTypes.OBJECT}, summary="The next assistant turn from a model version")
    def post(self, request):
        data = validated(PlaygroundInput, request.data)
        messages = data["messages"]
        if any(m.get("role") not in ("system", "user", "assistant") or not isinstance(m.get("content"), str) for m in messages) or messages[-1].get("role") != "user":
            raise ServiceError("messages must be {role, content} objects ending with a user message")
        chosen = version(data["model_version"])
        try:
            sampling = Sampling.from_dict({"max_new_tokens": 128, **data["sampling"]})
            generator = cached_generator(chosen)
        except (ValueError, TypeError) as exc:
            raise ServiceError(f"invalid sampling: {exc}") from exc
        except ModelLoadError as exc:
            raise ServiceError(str(exc)) from exc
        text, tokens = generator.generate([messages], sampling)[0]
        return Response({"model_version": chosen.pk, "reply": text, "new_tokens": tokens})


_generators: dict[tuple[str, str], Generator] = {}


def cached_generator(chosen: ModelVersion) -> Generator:
    """Keep the last model loaded in this process: the playground is a conversation, not a batch."""
    key = (chosen.base_model, chosen.adapter_path)
    if key not in _generators:
        _generators.clear()
        _generators[key] = Generator(*key)
    return _generators[key]
