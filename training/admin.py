"""Django admin for training: versions and jobs are records; changes go through the API."""

from django.contrib import admin

from training.models import JobMetric, ModelVersion, TrainingJob


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
