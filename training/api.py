"""REST endpoints of training: jobs, their metrics, one-click retraining, model versions (admins)."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field
from rest_framework import serializers, status
from rest_framework.generics import GenericAPIView
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from annotation.errors import ServiceError
from annotation.models import Campaign, Snapshot, User
from medpref.core.api import IdField, validated
from medpref.core.roles import IsAdminRole
from training import services, sweeps, waiting
from training.config import JobKind
from training.models import (
    Benchmark,
    DatasetKind,
    InstructionDataset,
    JobMetric,
    Mixture,
    MixtureBasis,
    MixtureFreeze,
    MixtureSnapshot,
    ModelVersion,
    Sweep,
    TrainingJob,
)


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


class JobFreezeOutput(serializers.ModelSerializer):
    url = serializers.SerializerMethodField(help_text="The freeze's own state (GET).")

    class Meta:
        model = MixtureFreeze
        fields = ["id", "state", "stage", "rows_done", "rows_total", "error", "url"]

    def get_url(self, freeze: MixtureFreeze) -> str:
        return reverse("mixture-freeze-state", args=[freeze.pk])


class JobOutput(serializers.ModelSerializer):
    snapshot_name = serializers.CharField(source="snapshot.name", default=None, allow_null=True)
    mixture_snapshot_name = serializers.CharField(source="mixture_snapshot.name", default=None, allow_null=True)
    mixture_snapshot = serializers.PrimaryKeyRelatedField(
        read_only=True,
        allow_null=True,
        help_text="The frozen mixture version the job trains on; null while it waits for its freeze.",
    )
    mixture_name = serializers.CharField(source="mixture.name", default=None, allow_null=True)
    freeze = JobFreezeOutput(
        read_only=True, allow_null=True, help_text="The worker's freeze that makes the job's data (a mixture job)."
    )
    waiting = serializers.BooleanField(
        source="waiting_for_freeze",
        read_only=True,
        help_text="Queued until its mixture is frozen: `stage` and `freeze` say how far; its training task is sent after.",
    )
    stage = serializers.SerializerMethodField(
        help_text='While waiting: what the freeze does, e.g. "freezing mixture demo-mixture: 500/818 rows read"; "" otherwise.'
    )
    heldout = serializers.JSONField(
        read_only=True,
        help_text="The forgetting check of a mixture job: {datasets: [...], kinds: [...]}, each "
        "{name, kind, rows, parent, new, change} (held-out loss of the parent and of the new version); "
        "with benchmarks, benchmarks: [{name, questions, acc: {parent, new, change}, acc_norm: {...}}].",
    )
    benchmarks = serializers.SlugRelatedField(
        slug_field="name", many=True, read_only=True, help_text="The benchmarks the forgetting check scores."
    )
    base_version_name = serializers.CharField(source="base_version.name")
    progress = serializers.FloatField()
    config = TrainingConfigField(read_only=True, help_text="Every setting the job runs with, defaults included.")

    class Meta:
        model = TrainingJob
        fields = [
            "id", "kind", "state", "waiting", "stage", "lineage", "snapshot", "snapshot_name", "mixture", "mixture_name",
            "general_share", "freeze", "mixture_snapshot", "mixture_snapshot_name", "sweep", "promote", "then_dpo", "next_job", "heldout", "benchmarks", "base_version", "base_version_name", "output_version",
            "progress_step", "max_steps", "progress", "error", "worker_host", "device", "cancel_requested",
            "created_at", "started_at", "finished_at", "heartbeat_at", "config",
        ]  # fmt: skip

    def get_stage(self, job: TrainingJob) -> str:
        return waiting.job_stage(job)


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
    return (
        TrainingJob.objects.select_related("snapshot", "base_version", "mixture_snapshot__mixture", "mixture", "freeze")
        .prefetch_related("benchmarks")
        .defer("snapshot__data", "log_tail")
    )


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


# --- instruction datasets and mixtures ------------------------------------------------------------


class DatasetOutput(serializers.ModelSerializer):
    snapshot_name = serializers.CharField(source="snapshot.name", default=None, allow_null=True)

    class Meta:
        model = InstructionDataset
        fields = [
            "id", "name", "kind", "description", "source_filename", "source_format", "layouts", "snapshot",
            "snapshot_name", "sha256", "row_count", "turn_count", "token_count", "tokenizer", "redactions",
            "deid_version", "created_at",
        ]  # fmt: skip


class DatasetUpload(serializers.Serializer):
    file = serializers.FileField(
        help_text="JSONL, JSON array or Parquet: messages, conversations (ShareGPT), instruction/input/output or instruction/history/output rows."
    )
    name = serializers.CharField(max_length=200)
    kind = serializers.ChoiceField(choices=DatasetKind.choices)
    description = serializers.CharField(required=False, allow_blank=True, default="")
    tokenizer_version = IdField(required=False, help_text="Count tokens with this model version's tokenizer.")


class DatasetFromSnapshot(serializers.Serializer):
    snapshot = IdField(help_text="An SFT snapshot.")
    name = serializers.CharField(max_length=200)
    kind = serializers.ChoiceField(choices=DatasetKind.choices, default=DatasetKind.MEDICAL)
    tokenizer_version = IdField(required=False)


class DatasetFailure(serializers.Serializer):
    message = serializers.CharField()
    code = serializers.CharField()
    details = serializers.DictField(help_text='{"errors": [{line, field, message}, ...]}')


def version_or_none(pk: int | None) -> ModelVersion | None:
    return get_object_or_404(ModelVersion, pk=pk) if pk else None


# What each validated input asks of the services, its ids resolved (404 for a model version or snapshot
# that does not exist): the API's views and the console's forms validate the same inputs and call these,
# so that a request and a form are read one way.


def store_uploaded_dataset(data: dict, *, user: User) -> InstructionDataset:
    """The dataset a validated DatasetUpload asks for (services.upload_dataset; DatasetRefused as it raises)."""
    return services.upload_dataset(
        name=data["name"],
        kind=data["kind"],
        data=data["file"].read(),
        filename=data["file"].name,
        description=data["description"],
        tokenizer_version=version_or_none(data.get("tokenizer_version")),
        user=user,
    )


def store_snapshot_dataset(data: dict, *, user: User) -> InstructionDataset:
    """The dataset a validated DatasetFromSnapshot asks for."""
    return services.dataset_from_snapshot(
        snapshot=get_object_or_404(Snapshot.objects.defer("data"), pk=data["snapshot"]),
        name=data["name"],
        kind=data["kind"],
        tokenizer_version=version_or_none(data.get("tokenizer_version")),
        user=user,
    )


class DatasetsView(GenericAPIView):
    permission_classes = [IsAdminRole]
    parser_classes = [MultiPartParser, FormParser]
    serializer_class = DatasetOutput

    @extend_schema(
        parameters=[OpenApiParameter("kind", str)],
        responses=DatasetOutput(many=True),
        summary="Instruction datasets for SFT",
        operation_id="datasets_list",
    )
    def get(self, request):
        datasets = InstructionDataset.objects.select_related("snapshot").defer("snapshot__data").order_by("name")
        if request.query_params.get("kind"):
            datasets = datasets.filter(kind=request.query_params["kind"])
        page = self.paginate_queryset(datasets)
        return self.get_paginated_response(DatasetOutput(page, many=True).data)

    @extend_schema(
        request={"multipart/form-data": DatasetUpload},
        responses={201: DatasetOutput, 400: DatasetFailure, 409: OpenApiTypes.OBJECT},
        summary="Upload an instruction dataset, de-identified; all or nothing",
    )
    def post(self, request):
        dataset = store_uploaded_dataset(validated(DatasetUpload, request.data), user=request.user)
        return Response(DatasetOutput(dataset).data, status=status.HTTP_201_CREATED)


class DatasetFromSnapshotView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(request=DatasetFromSnapshot, responses={201: DatasetOutput}, summary="An SFT snapshot as a dataset")
    def post(self, request):
        dataset = store_snapshot_dataset(validated(DatasetFromSnapshot, request.data), user=request.user)
        return Response(DatasetOutput(dataset).data, status=status.HTTP_201_CREATED)


class DatasetView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(responses={200: OpenApiTypes.OBJECT}, summary="A dataset with its first rows")
    def get(self, request, pk: int):
        dataset = get_object_or_404(InstructionDataset, pk=pk)
        return Response({**DatasetOutput(dataset).data, "preview": services.dataset_rows(dataset)[:5]})


class ComponentInput(serializers.Serializer):
    dataset = IdField()
    weight = serializers.FloatField(required=False, allow_null=True, default=None, min_value=0)
    share = serializers.FloatField(required=False, allow_null=True, default=None, min_value=0, max_value=1)

    def validate(self, attrs):
        if (attrs["weight"] is None) == (attrs["share"] is None):
            raise serializers.ValidationError(gettext("give either a weight or a share"))
        return attrs


class MixtureInput(serializers.Serializer):
    name = serializers.CharField(max_length=200)
    description = serializers.CharField(required=False, allow_blank=True, default="")
    components = ComponentInput(many=True, allow_empty=False, help_text="In order: earlier datasets win deduplication.")
    basis = serializers.ChoiceField(choices=MixtureBasis.choices, default=MixtureBasis.ROWS)
    seed = serializers.IntegerField(default=0, min_value=0, max_value=2**31 - 1)
    heldout_fraction = serializers.FloatField(default=0.1, min_value=0, max_value=0.5)
    heldout_max = serializers.IntegerField(default=200, min_value=1, max_value=100_000)
    total = serializers.IntegerField(required=False, allow_null=True, default=None, min_value=1)
    tokenizer_version = IdField(required=False, allow_null=True, default=None)
    benchmarks = serializers.ListField(
        child=IdField(), required=False, default=list, help_text="Multiple-choice benchmarks scored after every job."
    )


def store_mixture(data: dict, *, user: User) -> Mixture:
    """The mixture a validated MixtureInput asks for (a refusal names datasets or benchmarks that do not exist)."""
    return services.create_mixture(
        name=data["name"],
        description=data["description"],
        components=services.with_datasets(data["components"]),
        basis=data["basis"],
        seed=data["seed"],
        heldout_fraction=data["heldout_fraction"],
        heldout_max=data["heldout_max"],
        total=data["total"],
        tokenizer_version=version_or_none(data["tokenizer_version"]),
        user=user,
        benchmarks=services.with_benchmarks(data["benchmarks"]),
    )


class ComponentOutput(serializers.Serializer):
    dataset = serializers.IntegerField(source="dataset_id")
    dataset_name = serializers.CharField(source="dataset.name")
    kind = serializers.CharField(source="dataset.kind")
    weight = serializers.FloatField(allow_null=True)
    share = serializers.FloatField(allow_null=True)


class MixtureSnapshotOutput(serializers.ModelSerializer):
    name = serializers.CharField()

    class Meta:
        model = MixtureSnapshot
        fields = ["id", "name", "mixture", "version", "general_share", "sha256", "row_count", "heldout_count", "manifest", "created_at"]  # fmt: skip


class MixtureOutput(serializers.ModelSerializer):
    components = ComponentOutput(many=True, read_only=True)
    benchmarks = serializers.SlugRelatedField(slug_field="name", many=True, read_only=True)

    class Meta:
        model = Mixture
        fields = [
            "id", "name", "description", "basis", "seed", "heldout_fraction", "heldout_max", "total",
            "tokenizer_version", "components", "benchmarks", "created_at",
        ]  # fmt: skip


class MixtureJobInput(serializers.Serializer):
    base_version = IdField(required=False, help_text="Default: the current version of the default lineage")
    mixture_snapshot = IdField(
        required=False,
        help_text="Train on this frozen version; default: a worker freezes the mixture first (the job answers at once, `waiting`)",
    )
    config = TrainingConfigField(required=False, default=dict)
    benchmarks = serializers.ListField(
        child=IdField(), required=False, allow_null=True, default=None, help_text="Default: the mixture's benchmarks."
    )


class SweepInput(serializers.Serializer):
    base_version = IdField(required=False)
    shares = serializers.ListField(
        child=serializers.FloatField(min_value=0, max_value=0.99), required=False, default=sweeps.DEFAULT_SHARES
    )
    config = TrainingConfigField(required=False, default=dict)


class PipelineInput(serializers.Serializer):
    base_version = IdField(required=False)
    campaigns = serializers.ListField(child=IdField(), min_length=1)
    sft_config = TrainingConfigField(required=False, default=dict)
    dpo_config = TrainingConfigField(required=False, default=dict)


def mixtures_queryset():
    return Mixture.objects.prefetch_related("components__dataset", "benchmarks")


def base_or_current(pk: int | None) -> ModelVersion:
    return get_object_or_404(ModelVersion, pk=pk) if pk else services.current_version()


class MixturesView(GenericAPIView):
    permission_classes = [IsAdminRole]
    serializer_class = MixtureOutput

    @extend_schema(responses=MixtureOutput(many=True), summary="Data mixtures", operation_id="mixtures_list")
    def get(self, request):
        page = self.paginate_queryset(mixtures_queryset().order_by("-created_at", "-id"))
        return self.get_paginated_response(MixtureOutput(page, many=True).data)

    @extend_schema(
        request=MixtureInput,
        responses={201: MixtureOutput, 409: OpenApiTypes.OBJECT},
        summary="Create a mixture of datasets",
    )
    def post(self, request):
        mixture = store_mixture(validated(MixtureInput, request.data), user=request.user)
        return Response(MixtureOutput(mixtures_queryset().get(pk=mixture.pk)).data, status=status.HTTP_201_CREATED)


class MixtureView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(responses={200: OpenApiTypes.OBJECT}, summary="A mixture with its frozen versions")
    def get(self, request, pk: int):
        mixture = get_object_or_404(mixtures_queryset(), pk=pk)
        snapshots = MixtureSnapshotOutput(mixture.snapshots.select_related("mixture")[:50], many=True).data
        return Response({**MixtureOutput(mixture).data, "snapshots": snapshots})


class FreezeOutput(serializers.ModelSerializer):
    url = serializers.SerializerMethodField(help_text="Poll this until state is succeeded, failed or cancelled.")
    snapshot = MixtureSnapshotOutput(
        read_only=True,
        allow_null=True,
        help_text="The frozen version, once succeeded (null for a sweep's freeze: see snapshots).",
    )
    snapshots = serializers.PrimaryKeyRelatedField(
        many=True, read_only=True, help_text="Every version this freeze made: one per general share for a sweep."
    )
    jobs = serializers.PrimaryKeyRelatedField(
        many=True, read_only=True, help_text="Training jobs that wait for (or trained on) this freeze."
    )

    class Meta:
        model = MixtureFreeze
        fields = [
            "id", "mixture", "state", "stage", "rows_done", "rows_total", "general_shares", "error", "url", "snapshot",
            "snapshots", "jobs", "created_at", "started_at", "finished_at",
        ]  # fmt: skip

    def get_url(self, freeze: MixtureFreeze) -> str:
        return reverse("mixture-freeze-state", args=[freeze.pk])


class MixtureFreezeView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(
        request=None,
        responses={202: FreezeOutput, 409: OpenApiTypes.OBJECT},
        summary="Freeze a mixture into files and a manifest: queued for a worker; poll `url`",
    )
    def post(self, request, pk: int):
        mixture = get_object_or_404(Mixture, pk=pk)
        freeze = services.request_freeze(mixture, user=request.user)
        response = Response(FreezeOutput(freeze).data, status=status.HTTP_202_ACCEPTED)
        response["Location"] = response.data["url"]
        return response


class FreezeView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(
        responses={200: FreezeOutput},
        summary="A mixture's freezing: queued, running (stage), succeeded (snapshot) or failed (error)",
    )
    def get(self, request, pk: int):
        freeze = get_object_or_404(
            MixtureFreeze.objects.select_related("snapshot__mixture").prefetch_related("snapshots", "jobs"), pk=pk
        )
        return Response(FreezeOutput(freeze).data)


# --- multiple-choice benchmarks -------------------------------------------------------------------


class BenchmarkOutput(serializers.ModelSerializer):
    class Meta:
        model = Benchmark
        fields = ["id", "name", "description", "source_filename", "source_format", "layouts", "sha256", "question_count", "redactions", "created_at"]  # fmt: skip


class BenchmarkUpload(serializers.Serializer):
    file = serializers.FileField(
        help_text="JSONL, JSON array or Parquet: question/options/answer, MedQA question/options/answer_idx or CMExam Question/Options/Answer rows."
    )
    name = serializers.CharField(max_length=200)
    description = serializers.CharField(required=False, allow_blank=True, default="")


def store_uploaded_benchmark(data: dict, *, user: User) -> Benchmark:
    """The benchmark a validated BenchmarkUpload asks for (services.upload_benchmark; DatasetRefused as it raises)."""
    return services.upload_benchmark(
        name=data["name"],
        data=data["file"].read(),
        filename=data["file"].name,
        description=data["description"],
        user=user,
    )


class BenchmarksView(GenericAPIView):
    permission_classes = [IsAdminRole]
    parser_classes = [MultiPartParser, FormParser]
    serializer_class = BenchmarkOutput

    @extend_schema(
        responses=BenchmarkOutput(many=True), summary="Multiple-choice benchmarks", operation_id="benchmarks_list"
    )
    def get(self, request):
        page = self.paginate_queryset(Benchmark.objects.order_by("name"))
        return self.get_paginated_response(BenchmarkOutput(page, many=True).data)

    @extend_schema(
        request={"multipart/form-data": BenchmarkUpload},
        responses={201: BenchmarkOutput, 400: DatasetFailure, 409: OpenApiTypes.OBJECT},
        summary="Upload a multiple-choice benchmark, de-identified; all or nothing",
    )
    def post(self, request):
        benchmark = store_uploaded_benchmark(validated(BenchmarkUpload, request.data), user=request.user)
        return Response(BenchmarkOutput(benchmark).data, status=status.HTTP_201_CREATED)


class BenchmarkView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(responses={200: OpenApiTypes.OBJECT}, summary="A benchmark with its first questions")
    def get(self, request, pk: int):
        benchmark = get_object_or_404(Benchmark, pk=pk)
        return Response({**BenchmarkOutput(benchmark).data, "preview": services.benchmark_rows(benchmark)[:5]})


class MixtureJobView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(
        request=MixtureJobInput,
        responses={201: JobOutput, 409: OpenApiTypes.OBJECT},
        summary="Start an SFT job on a mixture: without a frozen version it waits (queued) for a worker to freeze one",
    )
    def post(self, request, pk: int):
        mixture = get_object_or_404(Mixture, pk=pk)
        data = validated(MixtureJobInput, request.data)
        base = base_or_current(data.get("base_version"))
        snapshot = None
        if data.get("mixture_snapshot"):
            snapshot = get_object_or_404(
                MixtureSnapshot.objects.select_related("mixture"), pk=data["mixture_snapshot"], mixture=mixture
            )
        job = services.create_job(
            kind=JobKind.SFT,
            mixture=mixture,
            mixture_snapshot=snapshot,
            base_version=base,
            config=data["config"],
            user=request.user,
            benchmarks=None if data["benchmarks"] is None else services.with_benchmarks(data["benchmarks"]),
        )
        return Response(job_detail(job), status=status.HTTP_201_CREATED)


class SweepOutput(serializers.ModelSerializer):
    results = serializers.SerializerMethodField()

    class Meta:
        model = Sweep
        fields = ["id", "mixture", "base_version", "shares", "config", "created_at", "results"]

    @extend_schema_field(OpenApiTypes.OBJECT)
    def get_results(self, sweep: Sweep) -> list[dict]:
        return [
            {
                "share": r["share"],
                "job": r["job"].pk,
                "state": r["state"],
                "waiting": r["waiting"],
                "losses": r["losses"],
                "parent": r["parent"],
                "benchmarks": r["benchmarks"],
            }
            for r in sweeps.results(sweep)
        ]


class MixtureSweepView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(
        request=SweepInput,
        responses={201: SweepOutput, 409: OpenApiTypes.OBJECT},
        summary="Ratio sweep: one SFT job per general-data share (default 0, 10, 25, 50%), all waiting for one freeze on a worker",
    )
    def post(self, request, pk: int):
        mixture = get_object_or_404(Mixture, pk=pk)
        data = validated(SweepInput, request.data)
        sweep = sweeps.start_sweep(
            mixture=mixture,
            base_version=base_or_current(data.get("base_version")),
            shares=data["shares"],
            config=data["config"],
            user=request.user,
        )
        return Response(SweepOutput(sweep).data, status=status.HTTP_201_CREATED)


class SweepView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(responses={200: SweepOutput}, summary="A sweep: held-out loss per kind at each general share")
    def get(self, request, pk: int):
        return Response(SweepOutput(get_object_or_404(Sweep, pk=pk)).data)


class MixturePipelineView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(
        request=PipelineInput,
        responses={201: JobOutput, 409: OpenApiTypes.OBJECT},
        summary="Two stages in one lineage: SFT on the mixture (frozen on a worker first), then DPO on the campaigns' resolved pairs",
    )
    def post(self, request, pk: int):
        mixture = get_object_or_404(Mixture, pk=pk)
        data = validated(PipelineInput, request.data)
        campaigns = list(Campaign.objects.filter(pk__in=data["campaigns"]))
        missing = sorted(set(data["campaigns"]) - {c.pk for c in campaigns})
        if missing:
            raise ServiceError(f"no campaign with id {', '.join(map(str, missing))}")
        job = sweeps.start_pipeline(
            mixture=mixture,
            campaigns=campaigns,
            base_version=base_or_current(data.get("base_version")),
            sft_config=data["sft_config"],
            dpo_config=data["dpo_config"],
            user=request.user,
        )
        return Response(job_detail(job), status=status.HTTP_201_CREATED)
