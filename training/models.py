"""Training data: model versions with their lineage, training jobs, and the metrics they stream."""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q

from annotation.storage import artifacts
from medpref.core.runs import Run, RunState
from training.config import JobKind


class ModelVersion(models.Model):
    """A model that can generate: a base model, or a base plus a LoRA adapter trained by a job."""

    name = models.CharField(max_length=200, unique=True)
    base_model = models.CharField(max_length=500, help_text="Local path or hub name of the base weights.")
    adapter_path = models.CharField(
        max_length=500, blank=True, help_text="LoRA adapter on top of the base; empty for the base itself."
    )
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="children")
    job = models.OneToOneField(
        "TrainingJob", null=True, blank=True, on_delete=models.SET_NULL, related_name="produced_version"
    )
    snapshot = models.ForeignKey(
        "annotation.Snapshot", null=True, blank=True, on_delete=models.PROTECT, related_name="model_versions"
    )
    lineage = models.CharField(max_length=100, help_text="Versions trained from one another share a lineage.")
    is_current = models.BooleanField(default=False, help_text="The version one-click retraining starts from.")
    metrics = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["lineage"], condition=Q(is_current=True), name="one_current_version_per_lineage"
            )
        ]

    def __str__(self) -> str:
        return self.name


class TrainingJob(Run):
    """One SFT or DPO run of `training.run`, from a base version and a snapshot to a new version."""

    task_name = "training.tasks.run_training_job"
    kept_when_lost = "the job did not finish"
    state_event = "job.state_changed"

    kind = models.CharField(max_length=8, choices=JobKind.choices)
    config = models.JSONField(
        help_text='Every setting this job runs with, defaults included: {"lora": PEFT LoraConfig fields, "trainer": TRL DPOConfig/SFTConfig fields}.'
    )
    snapshot = models.ForeignKey(
        "annotation.Snapshot", null=True, blank=True, on_delete=models.PROTECT, related_name="training_jobs"
    )
    mixture_snapshot = models.ForeignKey(
        "MixtureSnapshot",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="training_jobs",
        help_text="An SFT job trains on a frozen mixture instead of an annotation snapshot.",
    )
    mixture = models.ForeignKey(
        "Mixture",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="jobs",
        help_text="An SFT job on a mixture names it from the start; its frozen version comes from `freeze`.",
    )
    general_share = models.FloatField(
        null=True, blank=True, help_text="A sweep's job: the general share of the version it trains on."
    )
    freeze = models.ForeignKey(
        "MixtureFreeze",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="jobs",
        help_text="The worker's freeze that makes this job's data; the job waits (queued) until it ends.",
    )
    sweep = models.ForeignKey("Sweep", null=True, blank=True, on_delete=models.SET_NULL, related_name="jobs")
    benchmarks = models.ManyToManyField(
        "Benchmark",
        blank=True,
        related_name="training_jobs",
        help_text="Multiple-choice benchmarks the forgetting check scores the parent and the new version on.",
    )
    promote = models.BooleanField(default=True, help_text="Whether the new version becomes the lineage's current one.")
    then_dpo = models.JSONField(
        default=dict,
        blank=True,
        help_text='Two-stage pipeline: {"campaigns": [ids], "config": {...}} starts DPO from this job\'s version when it succeeds.',
    )
    next_job = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="previous_job"
    )
    heldout = models.JSONField(
        default=dict,
        blank=True,
        help_text="The forgetting check: held-out loss per dataset and kind, of the parent and of the new version.",
    )
    base_version = models.ForeignKey(ModelVersion, on_delete=models.PROTECT, related_name="jobs")
    output_version = models.ForeignKey(ModelVersion, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    lineage = models.CharField(max_length=100)
    progress_step = models.PositiveIntegerField(default=0)
    max_steps = models.PositiveIntegerField(default=0)
    log_tail = models.TextField(blank=True)
    device = models.CharField(max_length=100, blank=True)
    pid = models.PositiveIntegerField(null=True, blank=True)

    class Meta(Run.Meta):
        indexes = [models.Index(fields=["lineage", "state"], name="job_lineage_state_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(snapshot__isnull=False, mixture_snapshot__isnull=True, mixture__isnull=True)
                | Q(snapshot__isnull=True, mixture__isnull=False),
                name="job_trains_on_one_data_source",
            )
        ]

    @property
    def data_name(self) -> str:
        """What the job trains on, for pages and the API."""
        source = self.snapshot or self.mixture_snapshot or self.mixture
        return source.name if source else ""

    @property
    def waiting_for_freeze(self) -> bool:
        """Queued until a worker has frozen its mixture: its training task is not sent yet."""
        return self.state == RunState.QUEUED and self.mixture_id is not None and self.mixture_snapshot_id is None

    @classmethod
    def unsent(cls, cutoff: datetime) -> models.QuerySet:
        """A job on a mixture is sent when its freeze releases it with a frozen version
        (training.waiting.release): never while it waits, and due from the freeze's end."""
        return (
            super()
            .unsent(cutoff)
            .exclude(mixture__isnull=False, mixture_snapshot__isnull=True)
            .exclude(freeze__finished_at__gte=cutoff)
        )

    def __str__(self) -> str:
        return f"{self.kind} job {self.pk} ({self.state})"

    @property
    def progress(self) -> float:
        return round(self.progress_step / self.max_steps, 4) if self.max_steps else 0.0


class JobMetric(models.Model):
    """One logged value of one metric at one step: the curves of a job."""

    job = models.ForeignKey(TrainingJob, on_delete=models.CASCADE, related_name="metrics")
    step = models.PositiveIntegerField()
    name = models.CharField(max_length=100)
    value = models.FloatField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["job", "name", "step"]
        indexes = [models.Index(fields=["job", "name", "step"], name="metric_curve_idx")]


class DatasetKind(models.TextChoices):
    """What a dataset teaches; the forgetting check reports held-out loss per kind."""

    MEDICAL = "medical", "medical instructions"
    DIALOGUE = "dialogue", "medical dialogue"
    GENERAL = "general", "general instructions"


class InstructionDataset(models.Model):
    """Conversations for SFT, uploaded (de-identified on the way in) or taken from an SFT snapshot.

    The rows are a JSONL file of `{"messages": [...]}` in the artifact storage, immutable once stored."""

    name = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=16, choices=DatasetKind.choices)
    description = models.TextField(blank=True)
    source_filename = models.CharField(max_length=300, blank=True)
    source_format = models.CharField(max_length=16, blank=True)
    layouts = models.JSONField(default=dict, blank=True, help_text="Rows per layout read from the file.")
    snapshot = models.ForeignKey(
        "annotation.Snapshot", null=True, blank=True, on_delete=models.PROTECT, related_name="instruction_datasets"
    )
    file = models.FileField(storage=artifacts, upload_to="datasets/", max_length=300)
    sha256 = models.CharField(max_length=64)
    row_count = models.PositiveIntegerField()
    turn_count = models.PositiveIntegerField(default=0, help_text="Assistant turns.")
    token_count = models.PositiveBigIntegerField(null=True, blank=True)
    tokenizer = models.CharField(max_length=200, blank=True, help_text="Model version whose tokenizer counted.")
    redactions = models.JSONField(default=dict, blank=True, help_text="Identifiers replaced, by kind.")
    deid_version = models.CharField(max_length=16, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def open(self):
        return self.file.storage.open(self.file.name, "rb")


class MixtureBasis(models.TextChoices):
    ROWS = "rows", "rows"
    TOKENS = "tokens", "tokens"


class Mixture(models.Model):
    """A recipe of datasets with their weights or shares (training.mixtures says the arithmetic)."""

    name = models.CharField(max_length=200, unique=True)
    description = models.TextField(blank=True)
    basis = models.CharField(max_length=8, choices=MixtureBasis.choices, default=MixtureBasis.ROWS)
    seed = models.IntegerField(default=0)
    heldout_fraction = models.FloatField(default=0.1)
    heldout_max = models.PositiveIntegerField(default=200)
    total = models.PositiveIntegerField(
        null=True, blank=True, help_text="Rows or tokens in all; empty: from the datasets."
    )
    tokenizer_version = models.ForeignKey(
        ModelVersion,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Counts tokens (needed for a token basis).",
    )
    benchmarks = models.ManyToManyField(
        "Benchmark", blank=True, related_name="mixtures", help_text="Scored after every job on this mixture."
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.name


class MixtureComponent(models.Model):
    mixture = models.ForeignKey(Mixture, on_delete=models.CASCADE, related_name="components")
    dataset = models.ForeignKey(InstructionDataset, on_delete=models.PROTECT, related_name="components")
    position = models.PositiveIntegerField(default=0, help_text="Earlier datasets win deduplication.")
    weight = models.FloatField(null=True, blank=True)
    share = models.FloatField(null=True, blank=True)

    class Meta:
        ordering = ["mixture", "position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["mixture", "dataset"], name="mixture_dataset_once"),
            models.CheckConstraint(
                condition=Q(weight__isnull=True, share__isnull=False) | Q(weight__isnull=False, share__isnull=True),
                name="component_weight_or_share",
            ),
        ]


class MixtureSnapshot(models.Model):
    """A mixture frozen into files: training rows, held-out rows and the manifest that makes a job reproducible."""

    mixture = models.ForeignKey(Mixture, on_delete=models.PROTECT, related_name="snapshots")
    version = models.PositiveIntegerField()
    general_share = models.FloatField(null=True, blank=True, help_text="Set when a sweep overrode the shares.")
    manifest = models.JSONField(default=dict)
    sha256 = models.CharField(max_length=64)
    row_count = models.PositiveIntegerField()
    heldout_count = models.PositiveIntegerField()
    train_file = models.FileField(storage=artifacts, upload_to="mixtures/", max_length=300)
    heldout_file = models.FileField(storage=artifacts, upload_to="mixtures/", max_length=300)
    freeze = models.ForeignKey(
        "MixtureFreeze", null=True, blank=True, on_delete=models.SET_NULL, related_name="snapshots"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-id"]
        constraints = [models.UniqueConstraint(fields=["mixture", "version"], name="mixture_snapshot_version")]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return f"{self.mixture.name}-v{self.version}"


class Sweep(models.Model):
    """One click: SFT jobs on a mixture that differ only in the general datasets' share."""

    mixture = models.ForeignKey(Mixture, on_delete=models.PROTECT, related_name="sweeps")
    base_version = models.ForeignKey(ModelVersion, on_delete=models.PROTECT, related_name="sweeps")
    shares = models.JSONField(help_text="General shares, one job each, e.g. [0, 0.1, 0.25, 0.5].")
    config = models.JSONField(default=dict)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]


class Benchmark(models.Model):
    """A multiple-choice benchmark file (training.benchmark): questions with lettered options and the
    answer, de-identified on the way in, immutable once stored; the forgetting check scores it."""

    name = models.CharField(max_length=200, unique=True)
    description = models.TextField(blank=True)
    source_filename = models.CharField(max_length=300, blank=True)
    source_format = models.CharField(max_length=16, blank=True)
    layouts = models.JSONField(default=dict, blank=True, help_text="Rows per layout read from the file.")
    file = models.FileField(storage=artifacts, upload_to="benchmarks/", max_length=300)
    sha256 = models.CharField(max_length=64)
    question_count = models.PositiveIntegerField()
    redactions = models.JSONField(default=dict, blank=True, help_text="Identifiers replaced, by kind.")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def open(self):
        return self.file.storage.open(self.file.name, "rb")


class MixtureFreeze(Run):
    """Freezing a mixture, run by a worker (reading and counting every dataset can take minutes):
    the page and the API poll its state; on success `snapshot` is the frozen version."""

    task_name = "training.tasks.freeze_mixture"
    kept_when_lost = "nothing was frozen: freeze again"

    mixture = models.ForeignKey(Mixture, on_delete=models.CASCADE, related_name="freezes")
    snapshot = models.ForeignKey(MixtureSnapshot, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    stage = models.CharField(max_length=200, blank=True, help_text="What the worker is doing now.")
    rows_done = models.PositiveBigIntegerField(default=0, help_text="Dataset rows read so far.")
    rows_total = models.PositiveBigIntegerField(default=0, help_text="Dataset rows to read in all.")
    general_shares = models.JSONField(
        default=list,
        blank=True,
        help_text="A sweep's general shares, one frozen version each; empty: the recipe as it is.",
    )
    for_jobs = models.BooleanField(
        default=False, help_text="Queued for training jobs: stopped when every job waiting for it is cancelled."
    )

    class Meta(Run.Meta):
        constraints = [
            models.UniqueConstraint(
                fields=["mixture"],
                condition=Q(state__in=[RunState.QUEUED, RunState.RUNNING]),
                name="one_active_freeze_per_mixture",
            )
        ]

    def __str__(self) -> str:
        return f"freeze {self.pk} of mixture {self.mixture_id} ({self.state})"
