"""Django admin for every model: filters and search for admins; history is read-only.

Edits go through the same services as the API and the console, so the admin cannot bypass a rule:
a campaign's settings and guideline (new guideline version and revision, locked settings once
annotated), its lifecycle and members (actions, audited), a user's deactivation (signed out everywhere). What only the import may
create (de-identified texts, pairs) or only people's work may change (what a pair compares) is
read-only here.
"""

from __future__ import annotations

import copy

from django import forms
from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from rest_framework.authtoken.models import TokenProxy

from annotation.errors import ServiceError
from annotation.forms import AdminSignInForm
from annotation.models import (
    Annotation,
    AnnotationRevision,
    Arbitration,
    AuditEvent,
    Campaign,
    CampaignKind,
    CampaignMember,
    Candidate,
    CleanText,
    GuidelineRevision,
    ImportRun,
    Lease,
    Pair,
    Prompt,
    RankingChoice,
    Response,
    ReviewItem,
    SignInLockout,
    SignInScope,
    Skip,
    Snapshot,
    User,
)
from annotation.services import accounts, lifecycle, membership, signin
from annotation.services import campaigns as campaign_services

# The admin's sign-in passes the same lockout as the API and /login/, with its message.
admin.site.login_form = AdminSignInForm


class ServiceErrorsAsFormErrors:
    """A form whose `check()` runs a service's validation: its refusal shows on the form, nothing is saved."""

    def clean(self):
        cleaned = super().clean()
        if not self.errors:
            try:
                self.check(cleaned)
            except ServiceError as exc:
                raise forms.ValidationError(f"{exc.message}{service_details(exc)}") from exc
        return cleaned


def service_details(exc: ServiceError) -> str:
    if isinstance(exc.details, dict):
        return (
            " ("
            + "; ".join(
                f"{name}: {', '.join(map(str, value)) if isinstance(value, list) else value}"
                for name, value in exc.details.items()
            )
            + ")"
        )
    return ""


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
    list_display = ["username", "role", "email", "is_active", "must_change_password", "last_activity", "last_login"]
    list_filter = ["role", "is_active", "must_change_password"]
    fieldsets = [
        *BaseUserAdmin.fieldsets,
        ("medpref", {"fields": ["role", "specialties", "must_change_password", "last_activity"]}),
    ]
    add_fieldsets = [*BaseUserAdmin.add_fieldsets, ("medpref", {"fields": ["role", "specialties"]})]
    readonly_fields = ["last_activity"]
    actions = ["unlock_sign_in", "sign_out_everywhere"]
    #: Changed through the accounts service (audited; the last admin kept; leases released), not saved as typed.
    SERVICE_FIELDS = ("role", "specialties", "is_active")

    def save_model(self, request, obj: User, form, change: bool) -> None:
        """Role, specialties and (de)activation through the accounts service, like the API and the console."""
        changes = {
            name: form.cleaned_data[name] for name in self.SERVICE_FIELDS if change and name in form.changed_data
        }
        for name in changes:
            setattr(obj, name, form.initial.get(name))  # the service makes the change
        super().save_model(request, obj, form, change)
        if not change:
            accounts.record_created(obj, by=request.user, via="django-admin")
        if changes:
            try:
                accounts.update_user(user=obj, by=request.user, **changes)
            except ServiceError as exc:
                self.message_user(request, f"{exc.message}{service_details(exc)}", level=messages.ERROR)

    @admin.action(description="Unlock sign-in (forget failed attempts)")
    def unlock_sign_in(self, request, queryset) -> None:
        for user in queryset:
            accounts.unlock(user=user, by=request.user)
        self.message_user(request, f"{queryset.count()} user(s) can sign in again.")

    @admin.action(description="Sign out everywhere (revoke API token, end sessions)")
    def sign_out_everywhere(self, request, queryset) -> None:
        for user in queryset:
            accounts.sign_out_everywhere(user=user)
        self.message_user(request, f"{queryset.count()} user(s) signed out everywhere.")


# rest_framework.authtoken's admin lists every live API token in clear and lets an admin mint one for
# anybody (then act as that physician with nothing on record). Tokens come only from POST auth/token/.
if admin.site.is_registered(TokenProxy):
    admin.site.unregister(TokenProxy)


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

    def delete_model(self, request, obj: SignInLockout) -> None:
        """Deleting a row lifts its lock through the service, on the audit trail like the console's unlock."""
        if obj.scope == SignInScope.ADDRESS:
            signin.unlock_address(address=obj.key, by=request.user)
        else:
            signin.unlock_username(username=obj.key, by=request.user)

    def delete_queryset(self, request, queryset) -> None:
        for lockout in queryset:
            self.delete_model(request, lockout)


class CampaignForm(ServiceErrorsAsFormErrors, forms.ModelForm):
    class Meta:
        model = Campaign
        fields = list(campaign_services.EDITABLE_FIELDS)

    def check(self, cleaned: dict) -> None:
        candidate = copy.copy(self.instance)  # the form fills the instance itself only after clean()
        for name in campaign_services.EDITABLE_FIELDS:
            if name in cleaned:
                setattr(candidate, name, cleaned[name])
        campaign_services.validate_campaign(candidate)
        if self.instance.pk:
            changed = {
                name: cleaned[name]
                for name in campaign_services.EDITABLE_FIELDS
                if name in cleaned and getattr(self.instance, name) != cleaned[name]
            }
            campaign_services.refuse_locked_changes(self.instance, changed)


@admin.register(Campaign)
class CampaignAdmin(admin.ModelAdmin):
    form = CampaignForm
    list_display = [
        "name",
        "status",
        "annotations_per_pair",
        "agreement",
        "safety_gate",
        "margin",
        "guideline_version",
        "created_at",
    ]
    list_filter = ["status", "agreement"]
    search_fields = ["name", "description"]
    readonly_fields = ["status", "guideline_version", "created_at", "updated_at", "created_by"]
    actions = ["open_campaigns", "pause_campaigns", "resume_campaigns", "close_campaigns", "add_all_members"]

    def save_model(self, request, obj: Campaign, form, change: bool) -> None:
        """Through the campaign service: a new guideline text is a new version with its revision."""
        if change:
            changes = {
                name: form.cleaned_data[name] for name in form.changed_data if name in campaign_services.EDITABLE_FIELDS
            }
            saved = campaign_services.update_campaign(campaign=obj, user=request.user, **changes)
        else:
            saved = campaign_services.create_campaign(
                user=request.user,
                **{
                    name: form.cleaned_data[name]
                    for name in campaign_services.EDITABLE_FIELDS
                    if name in form.cleaned_data
                },
            )
        obj.pk = saved.pk
        obj.refresh_from_db()

    def _lifecycle(self, request, queryset, action: str) -> None:
        done = 0
        for campaign in queryset:
            try:
                lifecycle.change_status(campaign=campaign, action=action, by=request.user)
                done += 1
            except ServiceError as exc:
                self.message_user(request, exc.message, level=messages.ERROR)
        if done:
            self.message_user(request, f"{action}: {done} campaign(s).")

    @admin.action(description="Open (draft -> active)")
    def open_campaigns(self, request, queryset) -> None:
        self._lifecycle(request, queryset, "open")

    @admin.action(description="Pause")
    def pause_campaigns(self, request, queryset) -> None:
        self._lifecycle(request, queryset, "pause")

    @admin.action(description="Resume")
    def resume_campaigns(self, request, queryset) -> None:
        self._lifecycle(request, queryset, "resume")

    @admin.action(description="Close (final: read-only afterwards)")
    def close_campaigns(self, request, queryset) -> None:
        self._lifecycle(request, queryset, "close")

    @admin.action(description="Add every active annotator and expert as a member")
    def add_all_members(self, request, queryset) -> None:
        for campaign in queryset:
            added = membership.bulk_add(campaign=campaign, by=request.user)
            self.message_user(request, f"{campaign.name}: {len(added)} member(s) added.")


@admin.register(CampaignMember)
class CampaignMemberAdmin(ReadOnlyAdmin):
    list_display = ["campaign", "user", "added_by", "added_at"]
    list_filter = ["campaign"]
    search_fields = ["user__username", "campaign__name"]
    list_select_related = ["campaign", "user", "added_by"]


@admin.register(AuditEvent)
class AuditEventAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "action", "actor", "campaign", "target_type", "target_id"]
    list_filter = ["action"]
    search_fields = ["action", "actor__username", "target_id"]
    list_select_related = ["actor", "campaign"]


class ImportedOnly(ReadOnlyAdmin):
    """Texts enter through the import, which de-identifies them (PROTOCOL §7); the review queue redacts."""


@admin.register(Prompt)
class PromptAdmin(ImportedOnly):
    list_display = ["external_id", "campaign", "created_at"]
    list_filter = ["campaign"]
    search_fields = ["external_id"]
    list_select_related = ["campaign"]


@admin.register(Response)
class ResponseAdmin(ImportedOnly):
    list_display = ["id", "source", "prompt", "created_at"]
    list_filter = ["source"]
    search_fields = ["text", "source"]
    raw_id_fields = ["prompt"]


class CandidateInline(admin.TabularInline):
    """A ranking item's candidates (PROTOCOL §10), read-only: they come from the import or a generation round."""

    model = Candidate
    fields = ["position", "response"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    ordering = ["position"]

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("response")


class AnnotationInline(admin.TabularInline):
    model = Annotation
    fields = [
        "annotator",
        "preference",
        "deciding_dimension",
        "a_unsafe",
        "b_unsafe",
        "ranking",
        "revision",
        "created_at",
    ]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Pair)
class PairAdmin(admin.ModelAdmin):
    list_display = [
        "id",
        "external_id",
        "campaign",
        "state",
        "decision",
        "annotation_count",
        "priority",
        "is_gold",
        "updated_at",
    ]
    list_filter = ["state", "safety_conflict", "is_gold", "campaign"]
    search_fields = ["external_id", "dispute_reason"]
    list_select_related = ["campaign"]
    # What the annotations judged, and whether they count, cannot change under them; the state is
    # the services'. Priority, the gold answer and the metadata can be edited.
    readonly_fields = [
        "campaign",
        "prompt",
        "response_a",
        "response_b",
        "external_id",
        "is_gold",
        "annotation_count",
        "state",
        "decision",
        "dispute_reason",
        "safety_conflict",
        "ranking",
        "resolved_at",
        "created_at",
        "updated_at",
    ]
    inlines = [CandidateInline, AnnotationInline]

    def get_inlines(self, request, obj):
        # Candidates only where there are some: the items of a rankings campaign.
        if obj is not None and obj.campaign.kind == CampaignKind.RANKINGS:
            return [CandidateInline, AnnotationInline]
        return [AnnotationInline]

    def has_add_permission(self, request) -> bool:
        return False  # pairs come from the import (de-identified, checked) or a generation round


@admin.register(Annotation)
class AnnotationAdmin(ReadOnlyAdmin):
    list_display = [
        "id",
        "pair",
        "annotator",
        "preference",
        "deciding_dimension",
        "a_unsafe",
        "b_unsafe",
        "revision",
        "created_at",
    ]
    list_filter = ["preference", "deciding_dimension", "a_unsafe", "b_unsafe", "pair__campaign"]
    search_fields = ["annotator__username", "rationale", "pair__external_id"]
    list_select_related = ["pair", "annotator"]


@admin.register(Candidate)
class CandidateAdmin(ReadOnlyAdmin):
    list_display = ["id", "pair", "position", "response"]
    list_filter = ["pair__campaign"]
    search_fields = ["pair__external_id", "response__text"]
    list_select_related = ["pair", "response"]


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
class LeaseAdmin(ReadOnlyAdmin):
    """Leases are handed out by assignment; deleting one frees its slot early."""

    list_display = ["pair", "annotator", "campaign", "expires_at"]
    list_filter = ["campaign"]
    search_fields = ["annotator__username"]

    def has_delete_permission(self, request, obj=None) -> bool:
        return True


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


@admin.register(CleanText)
class CleanTextAdmin(ReadOnlyAdmin):
    """The export's memory of texts its re-scan found clean (services.snapshots); written only there."""

    list_display = ("digest", "scrubber_version")
    list_filter = ("scrubber_version",)


@admin.register(ImportRun)
class ImportRunAdmin(ReadOnlyAdmin):
    """Imports (services.import_runs), in the background or in a request: started, followed and cancelled through the API or the import page."""

    list_display = ("id", "campaign", "filename", "state", "rows_read", "created_by", "created_at", "finished_at")
    list_filter = ("state",)
    search_fields = ("filename", "campaign__name")
    exclude = ("report",)


@admin.register(RankingChoice)
class RankingChoiceAdmin(ReadOnlyAdmin):
    """The facts the retrain check counts (services.ranking_facts): written with each ranking
    resolution, repaired by `manage.py refill_ranking_choices`, never edited by hand."""

    list_display = ("pair", "position", "safety", "pairs_all", "pairs_adjacent", "pairs_best")
    list_select_related = ("pair",)
    search_fields = ("pair__external_id",)
