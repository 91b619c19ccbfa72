"""Django admin for training: versions and jobs are records; changes go through the API."""

from django.contrib import admin

from training.models import (
    Benchmark,
    InstructionDataset,
    JobMetric,
    Mixture,
    MixtureComponent,
    MixtureFreeze,
    MixtureSnapshot,
    ModelVersion,
    Sweep,
    TrainingJob,
)


@admin.register(ModelVersion)
class ModelVersionAdmin(admin.ModelAdmin):
    list_display = ["name", "lineage", "is_current", "parent", "snapshot", "created_at"]
    list_filter = ["lineage", "is_current"]
    search_fields = ["name", "base_model", "adapter_path"]
    readonly_fields = ["parent", "job", "snapshot", "metrics", "created_at"]


@admin.register(TrainingJob)
class TrainingJobAdmin(admin.ModelAdmin):
    list_display = [
        "id",
        "kind",
        "state",
        "lineage",
        "progress_step",
        "max_steps",
        "worker_host",
        "created_at",
        "finished_at",
    ]
    list_filter = ["state", "kind", "lineage"]
    search_fields = ["error", "worker_host"]
    readonly_fields = [f.name for f in TrainingJob._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(JobMetric)
class JobMetricAdmin(admin.ModelAdmin):
    list_display = ["job", "name", "step", "value"]
    list_filter = ["name"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(InstructionDataset)
class InstructionDatasetAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "row_count", "token_count", "source_format", "created_at"]
    list_filter = ["kind", "source_format"]
    search_fields = ["name", "description", "source_filename", "sha256"]
    readonly_fields = ["file", "sha256", "row_count", "turn_count", "token_count", "tokenizer", "redactions", "layouts"]

    def has_add_permission(self, request) -> bool:
        return False  # uploads are de-identified and checked by training.services.upload_dataset


class MixtureComponentInline(admin.TabularInline):
    model = MixtureComponent
    extra = 0


@admin.register(Mixture)
class MixtureAdmin(admin.ModelAdmin):
    list_display = ["name", "basis", "seed", "heldout_fraction", "created_at"]
    search_fields = ["name", "description"]
    inlines = [MixtureComponentInline]


@admin.register(MixtureSnapshot)
class MixtureSnapshotAdmin(admin.ModelAdmin):
    list_display = ["id", "mixture", "version", "general_share", "row_count", "heldout_count", "created_at"]
    readonly_fields = [f.name for f in MixtureSnapshot._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(Sweep)
class SweepAdmin(admin.ModelAdmin):
    list_display = ["id", "mixture", "base_version", "shares", "created_at"]
    readonly_fields = ["mixture", "base_version", "shares", "config", "created_by", "created_at"]

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(Benchmark)
class BenchmarkAdmin(admin.ModelAdmin):
    list_display = ["name", "question_count", "source_format", "created_at"]
    search_fields = ["name", "description", "source_filename", "sha256"]
    readonly_fields = ["file", "sha256", "question_count", "redactions", "layouts"]

    def has_add_permission(self, request) -> bool:
        return False  # uploads are de-identified and checked by training.services.upload_benchmark


@admin.register(MixtureFreeze)
class MixtureFreezeAdmin(admin.ModelAdmin):
    list_display = ["id", "mixture", "state", "stage", "snapshot", "created_at", "finished_at"]
    list_filter = ["state"]
    readonly_fields = [f.name for f in MixtureFreeze._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False
