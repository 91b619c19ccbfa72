"""Django admin for inference: jobs and evaluations are records."""

from django.contrib import admin

from inference.models import Evaluation, GenerationJob, PlaygroundTurn


@admin.register(GenerationJob)
class GenerationJobAdmin(admin.ModelAdmin):
    list_display = [
        "id",
        "strategy",
        "state",
        "model_version",
        "other_version",
        "target_campaign",
        "pairs_created",
        "auto_ties",
        "skipped_similar",
        "created_at",
    ]
    list_filter = ["state", "strategy"]
    search_fields = ["error"]
    readonly_fields = [f.name for f in GenerationJob._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(Evaluation)
class EvaluationAdmin(admin.ModelAdmin):
    list_display = ["id", "model_a", "model_b", "prompts_campaign", "campaign", "created_at"]
    readonly_fields = [f.name for f in Evaluation._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(PlaygroundTurn)
class PlaygroundTurnAdmin(admin.ModelAdmin):
    list_display = ["id", "model_version", "state", "new_tokens", "load_seconds", "generate_seconds", "created_at"]
    list_filter = ["state"]
    readonly_fields = [f.name for f in PlaygroundTurn._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False
