"""Admins: campaigns (settings, guideline, snapshots, retraining), snapshots, training jobs, users and
the de-identification review queue. Forms are validated by the API's serializers."""

from __future__ import annotations

import json

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import ensure_csrf_cookie
from django.views.decorators.http import require_http_methods

from annotation.api.campaigns import LifecycleInput
from annotation.api.members import BulkMembersInput, MembersInput
from annotation.api.review import ReviewDecisionInput
from annotation.api.serializers import CampaignSerializer, SnapshotInput
from annotation.models import Campaign, CampaignKind, CampaignStatus, GuidelineRevision, Snapshot, User
from annotation.selectors import progress as campaign_progress
from annotation.selectors.review import review_queue
from annotation.services import agreement, lifecycle, membership, review, snapshots
from annotation.services import campaigns as campaign_services
from frontend import charts
from frontend.views.forms import fields_of, refusals_as_messages
from medpref.core.api import id_from_query, validated
from medpref.core.roles import admin_page
from medpref.core.runs import ACTIVE_STATES
from training import services as training
from training import waiting
from training.models import ModelVersion, TrainingJob

NEW_CAMPAIGN_FIELDS = ("name", "kind", "description", "annotations_per_pair", "agreement")
#: The snapshot form's choice of how a ranking becomes DPO pairs (PROTOCOL §10), in the reader's words.
RANKING_PAIR_MODES = {
    "all": gettext_lazy("all: every candidate against every one ranked below it"),
    "adjacent": gettext_lazy("adjacent: each place in the order against the next"),
    "best": gettext_lazy("best: the best candidate against each other one"),
}
LIFECYCLE_BUTTONS = {
    "open": gettext_lazy("Open to annotators"),
    "pause": gettext_lazy("Pause"),
    "resume": gettext_lazy("Resume"),
    "close": gettext_lazy("Close (final)"),
}


@admin_page
@require_http_methods(["GET", "POST"])
def index(request):
    if request.method == "POST":
        with refusals_as_messages(request):
            # Partial: what the form leaves out keeps the campaign's defaults; the service checks the rest.
            fields = validated(CampaignSerializer, fields_of(request.POST, NEW_CAMPAIGN_FIELDS), partial=True)
            campaign = campaign_services.create_campaign(user=request.user, **fields)
            messages.success(request, _("Campaign created."))
            return redirect("console-campaign", campaign.pk)
    context = {
        "rows": campaign_progress.campaigns_overview(),
        "jobs": TrainingJob.objects.select_related("base_version").defer("log_tail")[:5],
    }
    return render(request, "frontend/console/index.html", context)


@admin_page
@require_http_methods(["GET", "POST"])
def campaign(request, campaign_id: int):
    campaign = get_object_or_404(Campaign, pk=campaign_id)
    if request.method == "POST":
        with refusals_as_messages(request):
            return campaign_action(request, campaign)
        return redirect("console-campaign", campaign.pk)
    # The report a worker keeps (computing a million pairs' takes half a minute): its time is shown.
    report = agreement.latest_agreement_report(campaign)
    base = ModelVersion.objects.filter(is_current=True).order_by("lineage").first()
    rankings = campaign.kind == CampaignKind.RANKINGS
    progress = campaign_progress.progress(campaign, user=request.user)
    counted_at = parse_datetime(progress["counted_at"])
    context = {
        "campaign": campaign,
        "progress": progress,
        # A large campaign's pair counts are kept a while (selectors.progress): say how old they are.
        "counted_at": counted_at,
        "counted_age": max(0, int((timezone.now() - counted_at).total_seconds())),
        "report": report,
        "report_time": parse_datetime(report["computed_at"]) if report.get("computed_at") else None,
        "charts": agreement_charts(report, rankings=rankings) if report.get("computed_at") else {},
        "revisions": GuidelineRevision.objects.filter(campaign=campaign).select_related("created_by")[:20],
        "snapshots": campaign.snapshots.defer("data").order_by("-id")[:10],
        "base_version": base,
        "retrain_blocker": training.retrain_blocker(base, [campaign], exact=False)
        if base
        else _("No model version is registered yet."),
        "active_job": TrainingJob.objects.filter(state__in=ACTIVE_STATES).first(),
        "training_config": json.dumps(campaign.training_config, indent=2),
        "setting_fields": [
            (name, Campaign._meta.get_field(name).verbose_name, getattr(campaign, name))
            for name in campaign_services.SETTING_FIELDS
        ],
        "closed": campaign.status == CampaignStatus.CLOSED,
        "lifecycle_actions": [(action, LIFECYCLE_BUTTONS[action]) for action in lifecycle.available_actions(campaign)],
        "opening_blockers": lifecycle.opening_blockers(campaign) if campaign.status == CampaignStatus.DRAFT else [],
        "locked_settings": campaign_services.locked_settings(campaign),
        "rankings": rankings,
        "ranking_pair_modes": RANKING_PAIR_MODES.items(),
        **members_context(campaign),
    }
    return render(request, "frontend/console/campaign.html", context)


def members_context(campaign: Campaign) -> dict:
    """The members section: who is in, who could be added, and the specialty tags in use."""
    members = list(campaign.memberships.select_related("user", "added_by").order_by("user__username"))
    inside = {member.user_id for member in members}
    others = [user for user in membership.candidates() if user.pk not in inside]
    tags = sorted(
        {tag for user in User.objects.filter(is_active=True).only("specialties") for tag in user.specialties or []}
    )
    return {"members": members, "candidates": others, "specialty_tags": tags, "member_roles": membership.MEMBER_ROLES}


def campaign_action(request, campaign: Campaign):
    """One of the campaign page's forms; a refusal is raised for the caller to show."""
    action, post = request.POST.get("action"), request.POST
    if action == "lifecycle":
        wanted = validated(LifecycleInput, {"action": post.get("transition", "")})
        updated = lifecycle.change_status(campaign=campaign, action=wanted["action"], by=request.user)
        messages.success(request, _("The campaign is %(status)s now.") % {"status": updated.get_status_display()})
    elif action == "add_members":
        ids = validated(MembersInput, {"users": post.getlist("users")})["users"]
        added = membership.add_members(campaign=campaign, users=User.objects.filter(pk__in=ids), by=request.user)
        messages.success(request, _("%(n)s member(s) added.") % {"n": len(added)})
    elif action == "bulk_members":
        tags = [tag for tag in post.get("specialties", "").replace("，", ",").split(",") if tag.strip()]
        data = validated(BulkMembersInput, {"roles": post.getlist("roles"), "specialties": tags})
        added = membership.bulk_add(
            campaign=campaign, by=request.user, roles=data["roles"], specialties=data["specialties"]
        )
        messages.success(request, _("%(n)s member(s) added.") % {"n": len(added)})
    elif action == "remove_member":
        user = get_object_or_404(User, pk=id_from_query(post, "user"))
        membership.remove_member(campaign=campaign, user=user, by=request.user)
        messages.success(request, _("%(user)s is no longer a member.") % {"user": user.username})
    elif action == "settings":
        form = fields_of(post, (*campaign_services.SETTING_FIELDS, "training_config"))
        campaign_services.update_campaign(
            campaign=campaign, user=request.user, **validated(CampaignSerializer, form, partial=True)
        )
        messages.success(request, _("Settings saved."))
    elif action == "guideline":
        changes = validated(CampaignSerializer, fields_of(post, ("guideline",)), partial=True)
        updated = campaign_services.update_campaign(campaign=campaign, user=request.user, **changes)
        messages.success(request, _("Guideline saved as version %(v)s.") % {"v": updated.guideline_version})
    elif action == "snapshot":
        filters = {"include_unsafe_chosen": "include_unsafe_chosen" in post}
        if campaign.kind == CampaignKind.RANKINGS:
            filters["ranking_pairs"] = post.get("ranking_pairs", "all")
        wanted = {
            "campaigns": [campaign.pk],
            "kind": post.get("kind", "dpo"),
            "filters": filters,
            "accept_residual": "accept_residual" in post,
        }
        data = validated(SnapshotInput, wanted)
        snapshot = snapshots.create_snapshot(
            campaigns=[campaign],
            kind=data["kind"],
            filters=data["filters"],
            user=request.user,
            accept_residual=data["accept_residual"],
        )
        messages.success(
            request,
            _("Snapshot %(name)s created with %(rows)s rows.") % {"name": snapshot.name, "rows": snapshot.row_count},
        )
        return redirect("console-snapshot", snapshot.pk)
    elif action == "retrain":
        job = training.retrain(campaigns=[campaign], user=request.user)
        messages.success(request, _("DPO job %(id)s started.") % {"id": job.pk})
        return redirect("console-job", job.pk)
    else:
        messages.error(request, _("Unknown action."))
    return redirect("console-campaign", campaign.pk)


def agreement_charts(report: dict, *, rankings: bool = False) -> dict:
    """The report's charts; on a rankings campaign position bias is the share of comparisons won by
    the candidate shown first (there is no left answer)."""
    dims = report["dimensions"]
    labels = {"safety": _("Safety"), "professionalism": _("Professionalism"), "fluency": _("Fluency")}
    return {
        "kappa": charts.bar_chart(
            _("Fleiss' kappa per dimension"), [(labels[d], dims[d]["fleiss_kappa"]) for d in dims], low=0.0
        ),
        "alpha": charts.bar_chart(
            _("Krippendorff's alpha (ordinal) per dimension"),
            [(labels[d], dims[d]["krippendorff_alpha"]) for d in dims],
            low=0.0,
        ),
        "disputes": charts.line_chart(
            _("Dispute rate by day"), [(row["date"], row["dispute_rate"]) for row in report["timeline"]]
        ),
        "bias": charts.bar_chart(
            _("Share of comparisons won by the candidate shown first")
            if rankings
            else _("Share of preferences for the left answer"),
            [(row["username"], row["position_bias"]["left_share"]) for row in report["annotators"]],
        ),
        "time": charts.histogram_chart(
            _("Seconds per pair"), report["seconds_histogram"]["edges"], report["seconds_histogram"]["counts"]
        ),
    }


@admin_page
def snapshot_list(request):
    return render(
        request,
        "frontend/console/snapshots.html",
        {"snapshots": Snapshot.objects.defer("data").prefetch_related("campaigns").order_by("-id")[:100]},
    )


@admin_page
def snapshot(request, snapshot_id: int):
    snapshot = get_object_or_404(Snapshot.objects.defer("data"), pk=snapshot_id)
    return render(
        request,
        "frontend/console/snapshot.html",
        {"snapshot": snapshot, "manifest": json.dumps(snapshot.manifest, indent=2, ensure_ascii=False)},
    )


@admin_page
def jobs(request):
    jobs = TrainingJob.objects.select_related(
        "base_version", "snapshot", "output_version", "mixture", "mixture_snapshot__mixture"
    ).defer("log_tail", "snapshot__data")[:100]
    return render(
        request,
        "frontend/console/jobs.html",
        {"jobs": jobs, "versions": ModelVersion.objects.select_related("parent")[:50]},
    )


@admin_page
@ensure_csrf_cookie
def job(request, job_id: int):
    job = get_object_or_404(
        TrainingJob.objects.select_related(
            "base_version", "snapshot", "output_version", "mixture", "freeze", "mixture_snapshot__mixture"
        ).defer("snapshot__data"),
        pk=job_id,
    )
    context = {"job": job, "campaigns": prompt_campaigns(), "stage": waiting.job_stage(job)}
    return render(request, "frontend/console/job.html", context)


def prompt_campaigns():
    """Campaigns that hold prompts: the source of generation rounds and evaluations."""
    return Campaign.objects.filter(prompts__isnull=False).distinct().order_by("name")


@admin_page
@require_http_methods(["GET", "POST"])
def review_items(request):
    """The de-identification review queue: each uncertain span with its context, redact or keep."""
    if request.method == "POST":
        with refusals_as_messages(request):
            item_id = id_from_query(request.POST, "item")
            decision = validated(ReviewDecisionInput, fields_of(request.POST, ("decision",)))["decision"]
            item = review.decide(admin=request.user, item_id=item_id or 0, decision=decision)
            messages.success(request, _("Span %(id)s: %(state)s.") % {"id": item.pk, "state": item.state})
        return redirect("console-review")
    items = list(review_queue()[:100])
    for item in items:
        item.before, _span, item.after = item.context.partition(item.text)
    return render(request, "frontend/console/review.html", {"items": items})
