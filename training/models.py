"""Training data: model versions with their lineage, training jobs, and the metrics they stream."""

from __future__ import annotations

from django.db import models
from django.db.models import Q

from medpref.core.runs import Run
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
    snapshot = models.ForeignKey("annotation.Snapshot", on_delete=models.PROTECT, related_name="training_jobs")
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
