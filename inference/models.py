"""Generation jobs (candidate rounds) and blinded evaluations of model versions."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import models

from medpref.core.runs import Run


class Strategy(models.TextChoices):
    TWO_SAMPLES = "two_samples", "Two samples of one version (on-policy)"
    VERSUS = "versus", "One answer from each of two versions"
    VERSUS_REFERENCE = "versus_reference", "A version against the reference answer"


class GenerationJob(Run):
    """Generate answers for a campaign's prompts and turn them into new pairs to judge."""

    task_name = "inference.tasks.run_generation"
    kept_when_lost = "pairs stored so far are kept"

    model_version = models.ForeignKey("training.ModelVersion", on_delete=models.PROTECT, related_name="generation_jobs")
    other_version = models.ForeignKey(
        "training.ModelVersion", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    source_campaign = models.ForeignKey(
        "annotation.Campaign", on_delete=models.PROTECT, related_name="+", help_text="Where the prompts come from."
    )
    target_campaign = models.ForeignKey(
        "annotation.Campaign",
        on_delete=models.PROTECT,
        related_name="generation_jobs",
        help_text="Where the new pairs go.",
    )
    strategy = models.CharField(max_length=20, choices=Strategy.choices)
    sampling = models.JSONField(default=dict)
    limit = models.PositiveIntegerField(null=True, blank=True)
    prompts_total = models.PositiveIntegerField(default=0)
    prompts_done = models.PositiveIntegerField(default=0)
    pairs_created = models.PositiveIntegerField(default=0)
    skipped_similar = models.PositiveIntegerField(
        default=0, help_text="Training rounds: (near-)identical or empty answers, not paired."
    )
    auto_ties = models.PositiveIntegerField(
        default=0, help_text="Evaluations: (near-)identical answers stored as pairs resolved as ties."
    )
    skipped_no_reference = models.PositiveIntegerField(default=0)
    candidates = models.PositiveSmallIntegerField(
        default=2, help_text="Answers per prompt: 2 for a campaign of pairs, 2-8 for rankings (PROTOCOL §10)."
    )
    candidates_dropped = models.PositiveIntegerField(
        default=0,
        help_text="Rankings: answers not stored: empty, (near-)identical to another of their prompt, "
        "or of a prompt left with fewer than two distinct answers.",
    )

    def __str__(self) -> str:
        return f"generation {self.pk} ({self.strategy}, {self.state})"

    @property
    def progress(self) -> float:
        return round(self.prompts_done / self.prompts_total, 4) if self.prompts_total else 0.0


class Evaluation(models.Model):
    """A blinded head-to-head of two versions on held-out prompts, judged in its own campaign."""

    model_a = models.ForeignKey("training.ModelVersion", on_delete=models.PROTECT, related_name="+")
    model_b = models.ForeignKey("training.ModelVersion", on_delete=models.PROTECT, related_name="+")
    prompts_campaign = models.ForeignKey("annotation.Campaign", on_delete=models.PROTECT, related_name="+")
    campaign = models.OneToOneField("annotation.Campaign", on_delete=models.PROTECT, related_name="evaluation")
    generation_job = models.OneToOneField(
        GenerationJob, null=True, blank=True, on_delete=models.SET_NULL, related_name="evaluation"
    )
    limit = models.PositiveIntegerField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.model_a} vs {self.model_b}"


class PlaygroundTurn(Run):
    """One playground question and its reply. A gpu worker answers it, so no web process ever holds
    model weights; the asker (`created_by`) polls the turn until it is answered or failed."""

    task_name = "inference.tasks.answer_playground_turn"
    kept_when_lost = "ask again"
    unsent_give_up = timedelta(minutes=10)  # an answer this late is no longer awaited: she asks again

    model_version = models.ForeignKey("training.ModelVersion", on_delete=models.CASCADE, related_name="+")
    messages = models.JSONField(help_text="The conversation so far, ending with the user's message.")
    sampling = models.JSONField(default=dict)
    reply = models.TextField(blank=True)
    new_tokens = models.PositiveIntegerField(default=0)
    load_seconds = models.FloatField(
        null=True, blank=True, help_text="Loading the version; 0 when the worker had it loaded already."
    )
    generate_seconds = models.FloatField(null=True, blank=True)

    def __str__(self) -> str:
        return f"playground turn {self.pk} ({self.state})"
