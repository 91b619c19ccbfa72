"""REST endpoints of training: jobs, their metrics, one-click retraining, model versions (admins)."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field
from rest_framework import serializers, status
from rest_framework.generics import GenericAPIView
from rest_framework.response import Response
from rest_framework.views import APIView

from annotation.errors import ServiceError
from annotation.models import Campaign, Snapshot
from medpref.core.api import IdField, validated
from medpref.core.roles import IsAdminRole
from training import services
from training.config import JobKind
from training.models import JobMetric, ModelVersion, TrainingJob


class ModelVersionOutput(serializers.ModelSerializer):
    parent_name = serializers.CharField(source="parent.name", default=None, allow_null=True)

    class Meta:
        model = ModelVersion
        fields = [
            "id",
            "name",
            "base_model",
            "adapter_path",
            "parent",
            "parent_name",
            "job",
            "snapshot",
            "lineage",
            "is_current",
            "metrics",
            "created_at",
        ]


class TrainingSettings(serializers.Serializer):
    """The shape of a training config (documentation only: training.config checks it by building
    PEFT's and TRL's own config classes, which know every field)."""

    lora = serializers.DictField(
        required=False,
        help_text="Fields of PEFT's LoraConfig: r, lora_alpha, lora_dropout, target_modules, ... (defaults: training.config.DEFAULT_LORA).",
    )
    trainer = serializers.DictField(
        required=False,
        help_text="Fields of TRL's DPOConfig (DPO jobs) or SFTConfig (SFT jobs): learning_rate, max_steps, per_device_train_batch_size, max_length, beta, loss_type, ... "
        "(defaults: training.config.DEFAULT_TRAINER). output_dir, report_to, save_strategy and push_to_hub are medpref's.",
    )


@extend_schema_field(TrainingSettings)
class TrainingConfigField(serializers.DictField):
    """A training config passed on whole, so that a misplaced field is refused by name, not dropped."""


class JobOutput(serializers.ModelSerializer):
    snapshot_name = serializers.CharField(source="snapshot.name")
    base_version_name = serializers.CharField(source="base_version.name")
    progress = serializers.FloatField()
    config = TrainingConfigField(read_only=True, help_text="Every setting the job runs with, defaults included.")

    class Meta:
        model = TrainingJob
        fields = [
            "id", "kind", "state", "lineage", "snapshot", "snapshot_name", "base_version", "base_version_name", "output_version",
            "progress_step", "max_steps", "progress", "error", "worker_host", "device", "cancel_requested",
            "created_at", "started_at", "finished_at", "heartbeat_at", "config",
        ]  # fmt: skip


def job_detail(job: TrainingJob) -> dict:
    latest: dict[str, dict] = {}
    for step, name, value in (
        JobMetric.objects.filter(job=job).order_by("-step", "name").values_list("step", "name", "value")[:500]
    ):
        latest.setdefault(name, {"step": step, "value": value})
    return {**JobOutput(job).data, "latest_metrics": latest, "log_tail": job.log_tail}


class JobInput(serializers.Serializer):
    kind = serializers.ChoiceField(choices=JobKind.choices)
    snapshot = IdField()
    base_version = IdField(required=False, help_text="Default: the current version of the default lineage")
    config = TrainingConfigField(
        required=False, default=dict, help_text='Changes to the defaults: {"lora": {...}, "trainer": {...}}.'
    )


class RetrainInput(serializers.Serializer):
    campaigns = serializers.ListField(child=IdField(), min_length=1)
    lineage = serializers.CharField(required=False, allow_blank=True, default="")


def jobs_queryset():
    return TrainingJob.objects.select_related("snapshot", "base_version").defer("snapshot__data", "log_tail")


class JobsView(GenericAPIView):
    permission_classes = [IsAdminRole]
    serializer_class = JobOutput

    @extend_schema(
        parameters=[OpenApiParameter("state", str), OpenApiParameter("lineage", str)],
        responses=JobOutput(many=True),
        summary="Training jobs, newest first",
        operation_id="jobs_list",
    )
    def get(self, request):
        jobs = jobs_queryset()
        for field in ("state", "lineage"):
            if request.query_params.get(field):
                jobs = jobs.filter(**{field: request.query_params[field]})
        page = self.paginate_queryset(jobs.order_by("-created_at", "-id"))
        return self.get_paginated_response(JobOutput(page, many=True).data)

    @extend_schema(
        request=JobInput, responses={201: JobOutput}, summary="Start an SFT or DPO job with an explicit config"
    )
    def post(self, request):
        data = validated(JobInput, request.data)
        snapshot = get_object_or_404(Snapshot.objects.defer("data"), pk=data["snapshot"])
        base = (
            get_object_or_404(ModelVersion, pk=data["base_version"])
            if data.get("base_version")
            else services.current_version()
        )
        job = services.create_job(
            kind=data["kind"], snapshot=snapshot, base_version=base, config=data["config"], user=request.user
        )
        return Response(job_detail(job), status=status.HTTP_201_CREATED)


class JobView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(responses={200: OpenApiTypes.OBJECT}, summary="A job: state, progress, latest metrics, log tail")
    def get(self, request, pk: int):
        return Response(job_detail(get_object_or_404(jobs_queryset(), pk=pk)))


class JobMetricsView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(
        parameters=[OpenApiParameter("name", str, description="only this metric"), OpenApiParameter("after_step", int)],
        responses={200: OpenApiTypes.OBJECT},
        summary="A job's curves: {name: [[step, value], ...]}",
    )
    def get(self, request, pk: int):
        job = get_object_or_404(TrainingJob.objects.only("id"), pk=pk)
        metrics = JobMetric.objects.filter(job=job).order_by("name", "step")
        if request.query_params.get("name"):
            metrics = metrics.filter(name=request.query_params["name"])
        after = request.query_params.get("after_step", "")
        if after:
            if not (after.isascii() and after.isdigit()):  # str.isdigit() alone accepts '²', which int() refuses
                raise ServiceError("after_step must be a step number")
            metrics = metrics.filter(step__gt=int(after))
        curves: dict[str, list] = {}
        for name, step, value in metrics.values_list("name", "step", "value"):
            curves.setdefault(name, []).append([step, value])
        return Response({"job": job.pk, "curves": curves})


class JobCancelView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(request=None, responses={200: OpenApiTypes.OBJECT}, summary="Cancel a queued or running job")
    def post(self, request, pk: int):
        job = services.cancel_job(job_id=pk)
        return Response(job_detail(get_object_or_404(jobs_queryset(), pk=job.pk)))


class RetrainView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(
        request=RetrainInput,
        responses={201: OpenApiTypes.OBJECT},
        summary="One click: snapshot resolved pairs and start DPO from the current version",
    )
    def post(self, request):
        data = validated(RetrainInput, request.data)
        campaigns = list(Campaign.objects.filter(pk__in=data["campaigns"]))
        missing = sorted(set(data["campaigns"]) - {c.pk for c in campaigns})
        if missing:
            raise ServiceError(f"no campaign with id {', '.join(map(str, missing))}")
        job = services.retrain(campaigns=campaigns, user=request.user, lineage=data["lineage"] or None)
        return Response(job_detail(job), status=status.HTTP_201_CREATED)


class ModelVersionsView(GenericAPIView):
    permission_classes = [IsAdminRole]
    serializer_class = ModelVersionOutput

    @extend_schema(
        parameters=[OpenApiParameter("lineage", str)],
        responses=ModelVersionOutput(many=True),
        summary="Model versions with their lineage",
        operation_id="model_versions_list",
    )
    def get(self, request):
        versions = ModelVersion.objects.select_related("parent").order_by("-created_at", "-id")
        if request.query_params.get("lineage"):
            versions = versions.filter(lineage=request.query_params["lineage"])
        page = self.paginate_queryset(versions)
        return self.get_paginated_response(ModelVersionOutput(page, many=True).data)
