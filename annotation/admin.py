"""Django admin for every model: filters and search for admins; history is read-only."""
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from annotation.forms import AdminSignInForm
from annotation.models import Annotation, AnnotationRevision, Arbitration, Campaign, GuidelineRevision, Lease, Pair, Prompt, Response, ReviewItem, SignInLockout, Skip, Snapshot, User
from annotation.services import accounts, signin

# The admin's sign-in passes the same lockout as the API and /login/, with its message.
admin.site.login_form = AdminSignInForm


class ReadOnlyAdmin(admin.ModelAdmin):
    """Records of what people decided: viewable, never edited or deleted by hand."""

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = ["username", "role", "email", "is_active", "last_login"]
    list_filter = ["role", "is_active"]
    fieldsets = [*BaseUserAdmin.fieldsets, ("medpref", {"fields": ["role"]})]
    add_fieldsets = [*BaseUserAdmin.add_fieldsets, ("medpref", {"fields": ["role"]})]
    actions = ["unlock_sign_in", "sign_out_everywhere"]

    @admin.action(description="Unlock sign-in (forget failed attempts)")
    def unlock_sign_in(self, request, queryset) -> None:
        for user in queryset:
            signin.unlock(username=user.username)
        self.message_user(request, f"{queryset.count()} user(s) can sign in again.")

    @admin.action(description="Sign out everywhere (revoke API token, end sessions)")
    def sign_out_everywhere(self, request, queryset) -> None:
        for user in queryset:
            accounts.sign_out_everywhere(user=user)
        self.message_user(request, f"{queryset.count()} user(s) signed out everywhere.")


@admin.register(SignInLockout)
class SignInLockoutAdmin(admin.ModelAdmin):
    """Failed sign-ins by account and address; deleting a row unlocks it."""

    list_display = ["scope", "key", "failures", "last_failure_at", "locked_until"]
    list_filter = ["scope"]
    search_fields = ["key"]
    readonly_fields = list_display

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Campaign)
class CampaignAdmin(admin.ModelAdmin):
    list_display = ["name", "is_active", "annotations_per_pair", "agreement", "safety_gate", "margin", "guideline_version", "created_at"]
    list_filter = ["is_active", "agreement"]
    search_fields = ["name", "description"]
    readonly_fields = ["guideline_version", "created_at", "updated_at", "created_by"]


@admin.register(Prompt)
class PromptAdmin(admin.ModelAdmin):
    list_display = ["external_id", "campaign", "created_at"]
    list_filter = ["campaign"]
    search_fields = ["external_id"]
    list_select_related = ["campaign"]


@admin.register(Response)
class ResponseAdmin(admin.ModelAdmin):
    list_display = ["id", "source", "prompt", "created_at"]
    list_filter = ["source"]
    search_fields = ["text", "source"]
    raw_id_fields = ["prompt"]


class AnnotationInline(admin.TabularInline):
    model = Annotation
    fields = ["annotator", "preference", "deciding_dimension", "a_unsafe", "b_unsafe", "revision", "created_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Pair)
class PairAdmin(admin.ModelAdmin):
    list_display = ["id", "external_id", "campaign", "state", "decision", "annotation_count", "priority", "is_gold", "updated_at"]
    list_filter = ["state", "is_gold", "campaign"]
    search_fields = ["external_id", "dispute_reason"]
    list_select_related = ["campaign"]
    raw_id_fields = ["prompt", "response_a", "response_b"]
    readonly_fields = ["annotation_count", "state", "decision", "dispute_reason", "resolved_at", "created_at", "updated_at"]
    inlines = [AnnotationInline]


@admin.register(Annotation)
class AnnotationAdmin(ReadOnlyAdmin):
    list_display = ["id", "pair", "annotator", "preference", "deciding_dimension", "a_unsafe", "b_unsafe", "revision", "created_at"]
    list_filter = ["preference", "deciding_dimension", "a_unsafe", "b_unsafe", "pair__campaign"]
    search_fields = ["annotator__username", "rationale", "pair__external_id"]
    list_select_related = ["pair", "annotator"]


@admin.register(AnnotationRevision)
class AnnotationRevisionAdmin(ReadOnlyAdmin):
    list_display = ["annotation", "revision", "preference", "made_at", "superseded_at"]
    search_fields = ["annotation__annotator__username"]


@admin.register(Arbitration)
class ArbitrationAdmin(ReadOnlyAdmin):
    list_display = ["id", "pair", "expert", "decision", "created_at"]
    list_filter = ["decision", "pair__campaign"]
    search_fields = ["expert__username", "rationale"]
    list_select_related = ["pair", "expert"]


@admin.register(Lease)
class LeaseAdmin(admin.ModelAdmin):
    list_display = ["pair", "annotator", "campaign", "expires_at"]
    list_filter = ["campaign"]
    search_fields = ["annotator__username"]
    raw_id_fields = ["pair"]


@admin.register(Skip)
class SkipAdmin(ReadOnlyAdmin):
    list_display = ["pair", "annotator", "reason", "created_at"]
    search_fields = ["annotator__username", "reason"]


@admin.register(Snapshot)
class SnapshotAdmin(ReadOnlyAdmin):
    list_display = ["name", "kind", "version", "row_count", "sha256", "created_at", "created_by"]
    list_filter = ["kind"]
    exclude = ["data"]


@admin.register(GuidelineRevision)
class GuidelineRevisionAdmin(ReadOnlyAdmin):
    list_display = ["campaign", "version", "created_by", "created_at"]
    list_filter = ["campaign"]


@admin.register(ReviewItem)
class ReviewItemAdmin(ReadOnlyAdmin):
    """Decisions go through the review page (annotation.services.review), which rewrites the stored text."""

    list_display = ("id", "campaign", "kind", "text", "state", "decided_by", "decided_at")
    list_filter = ("state", "kind")
