"""Browser pages: sign-in, the physician workspace, the arbitration desk and the admin console.

Views are short: they check the role (decorators), call the same services and selectors as the API,
and render templates. The workspace and the live job pages talk to the JSON API from JavaScript.
"""
from __future__ import annotations

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.password_validation import password_validators_help_texts
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import ensure_csrf_cookie
from django.views.decorators.http import require_http_methods
from rest_framework.exceptions import ValidationError

from annotation import rules
from annotation.api import serializers as api_serializers
from annotation.api.errors import invalid_input_message
from annotation.errors import ServiceError
from annotation.models import Annotation, Campaign, GuidelineRevision, Pair, PairState, Role, SignInScope, Snapshot, User
from annotation.selectors import reports
from annotation.selectors import arbitration as queue
from annotation.selectors.visibility import sees_all_annotations, visible_annotations, visible_campaigns, visible_pairs
from annotation.services import accounts, arbitration, campaigns as campaign_services, signin, snapshots
from medpref.core.api import id_from_query
from medpref.core.roles import admin_page, expert_page, landing_page
from frontend import charts
from training import services as training
from training.models import ModelVersion, TrainingJob

SKIP_REASONS = ("Outside my specialty", "Prompt is not medical", "Cannot judge without more context", "Text is unreadable or broken")
FLAGS = (("both_unusable", "Both unusable"), ("prompt_not_medical", "Prompt not medical"), ("needs_expert", "Needs an expert look"))


admin_only = admin_page
experts = expert_page


def home(request):
    if not request.user.is_authenticated:
        return redirect("login")
    return redirect(landing_page(request.user))


# --- physicians -------------------------------------------------------------------------------


def dimension_texts() -> list[tuple[str, str, str]]:
    """(dimension, label, what it asks with its 1 and 5 anchors) per PROTOCOL §2."""
    return [
        ("safety", _("Safety"), _("Could following this answer harm the patient? 1 = dangerous; 5 = no risk, warns and refers where needed. 2 or lower = unsafe.")),
        ("professionalism", _("Professionalism"), _("Is it medically correct, complete and useful? 1 = wrong or useless; 5 = what a good specialist would say.")),
        ("fluency", _("Fluency"), _("Is it clear and well written? 1 = unreadable; 5 = clear and natural.")),
    ]


@login_required
def annotate(request):
    rows = [{"campaign": c, "progress": reports.progress(c, user=request.user)} for c in visible_campaigns(request.user).filter(is_active=True).order_by("name")]
    return render(request, "frontend/annotate_list.html", {"rows": rows})


@login_required
@ensure_csrf_cookie
def workspace(request, campaign_id: int):
    campaign = get_object_or_404(visible_campaigns(request.user), pk=campaign_id)
    dimensions = dimension_texts()
    config = {
        "campaign": campaign.pk,
        "safety_gate": campaign.safety_gate,
        "margin": campaign.margin,
        "csrf": get_token(request),
        "strings": {
            "scoreAll": _("Score all six rows."),
            "tie": _("Tie: no dimension decides."),
            "leftPreferred": _("Left preferred"),
            "rightPreferred": _("Right preferred"),
            "decidedBy": _("decided by"),
            "leftUnsafe": _("The left answer is under the safety gate (unsafe)."),
            "rightUnsafe": _("The right answer is under the safety gate (unsafe)."),
            "saved": _("Saved."),
            "saveFailed": _("Not saved: the server could not be reached. Your scores are kept here; retrying in 5 seconds, or press Enter."),
            "loadFailed": _("Could not load the next pair; retrying in 5 seconds."),
            "draftRestored": _("Your unsaved scores for this pair were restored."),
            "progress": _("{today} done today · {left} left for you"),
            "dimensions": {d: label for d, label, _anchors in dimensions},
            "roles": {"user": _("Patient"), "assistant": _("Doctor"), "system": _("System")},
        },
    }
    context = {
        "campaign": campaign,
        "config": config,
        "sides": [("left", _("Left answer")), ("right", _("Right answer"))],
        "dimensions": dimensions,
        "values": range(rules.SCORE_MIN, rules.SCORE_MAX + 1),
        "flags": [(flag, _(label)) for flag, label in FLAGS],
        "skip_reasons": [_(reason) for reason in SKIP_REASONS],
    }
    return render(request, "frontend/workspace.html", context)


# --- experts ----------------------------------------------------------------------------------


@experts
def arbitration_queue(request):
    try:
        campaign_id = id_from_query(request.GET, "campaign")
    except ValidationError as exc:
        messages.error(request, invalid_input_message(exc.detail))
        campaign_id = None
    pairs = queue.arbitration_queue(request.user, campaign_id=campaign_id, safety_conflicts_only=request.GET.get("safety") == "1").select_related("campaign")
    recent = queue.decided_by(request.user)
    context = {"pairs": pairs[:200], "campaigns": visible_campaigns(request.user).order_by("name"), "campaign_id": "" if campaign_id is None else str(campaign_id), "safety": request.GET.get("safety") == "1", "recent": recent}
    return render(request, "frontend/arbitration_list.html", context)


def disagreement_table(pair: Pair, annotations: list[Annotation]) -> dict:
    """The annotators' scores side by side, with the columns they disagree on marked."""
    columns = [(key, dimension) for key in ("a", "b") for dimension in rules.DIMENSIONS]
    disagree = {f"{k}_{d}": len({getattr(a, f"{k}_{d}") for a in annotations}) > 1 for k, d in columns}
    disagree["preference"] = len({a.preference for a in annotations}) > 1
    unsafe_conflict = {k: len({getattr(a, f"{k}_unsafe") for a in annotations}) > 1 for k in ("a", "b")}
    rows = [
        {
            "annotation": a,
            "cells": [{"value": getattr(a, f"{k}_{d}"), "disagree": disagree[f"{k}_{d}"], "unsafe": d == "safety" and getattr(a, f"{k}_{d}") <= pair.campaign.safety_gate} for k, d in columns],
        }
        for a in annotations
    ]
    return {"rows": rows, "columns": columns, "preference_disagree": disagree["preference"], "unsafe_conflict": unsafe_conflict}


@experts
@require_http_methods(["GET", "POST"])
def arbitration_pair(request, pair_id: int):
    pair = get_object_or_404(visible_pairs(request.user).select_related("campaign", "prompt", "response_a", "response_b"), pk=pair_id)
    if not sees_all_annotations(request.user, pair):
        # A pair she is judging herself (or one already settled by consensus): the desk would show
        # the others' judgements, which the API hides from her too.
        raise Http404("not a pair for the arbitration desk")
    form = {"decision": "", "rationale": "", "corrected_response": "", "scores": None}
    if request.method == "POST":
        form = {key: request.POST.get(key, "") for key in ("decision", "rationale", "corrected_response")}
        form["scores"] = posted_scores(request.POST)
        # The API's serializer: the same limits and messages for the page and the API.
        decided = api_serializers.ArbitrationInput(data=form)
        try:
            if not decided.is_valid():
                raise ServiceError(invalid_input_message(decided.errors))
            arbitration.arbitrate(expert=request.user, pair_id=pair.pk, **decided.validated_data)
        except ServiceError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, _("Pair %(id)s decided: %(decision)s.") % {"id": pair.pk, "decision": form["decision"]})
            following = queue.next_to_decide(request.user, after=pair)
            return redirect("arbitration-pair", following.pk) if following else redirect("arbitration")
    annotations = list(visible_annotations(request.user, pair))
    context = {"pair": pair, "table": disagreement_table(pair, annotations), "score_menus": score_menus(form["scores"]), "form": form, "history": pair.arbitrations.select_related("expert"), "values": range(rules.SCORE_MIN, rules.SCORE_MAX + 1)}
    return render(request, "frontend/arbitration_pair.html", context)


def score_menus(posted: dict | None) -> list[tuple[str, list[tuple]]]:
    """The six score menus, each with what she picked before a refused submit (nothing is lost)."""
    posted = posted or {}
    return [(key, [(dimension, label, anchors, picked_score(posted, key, dimension)) for dimension, label, anchors in dimension_texts()]) for key in ("a", "b")]


def picked_score(posted: dict, key: str, dimension: str) -> int | None:
    value = posted.get(key, {}).get(dimension, "")
    return int(value) if value.isascii() and value.isdigit() else None


def posted_scores(data) -> dict | None:
    """The six score menus of the form in the API's shape, None when all are empty ("no scores")."""
    scores = {key: {dimension: data[f"{key}_{dimension}"] for dimension in rules.DIMENSIONS if data.get(f"{key}_{dimension}")} for key in ("a", "b")}
    return scores if any(scores.values()) else None


# --- admin console ----------------------------------------------------------------------------


@admin_only
@require_http_methods(["GET", "POST"])
def console(request):
    if request.method == "POST":
        try:
            campaign = campaign_services.create_campaign(
                user=request.user,
                name=request.POST.get("name", "").strip(),
                description=request.POST.get("description", ""),
                annotations_per_pair=int(request.POST.get("annotations_per_pair") or 2),
                agreement=request.POST.get("agreement") or "unanimous",
            )
        except (ServiceError, ValueError) as exc:
            messages.error(request, getattr(exc, "message", str(exc)) + format_details(exc))
        else:
            messages.success(request, _("Campaign created."))
            return redirect("console-campaign", campaign.pk)
    campaigns = Campaign.objects.annotate(
        pair_total=Count("pairs", filter=Q(pairs__is_gold=False)),
        pending=Count("pairs", filter=Q(pairs__state=PairState.PENDING, pairs__is_gold=False)),
        disputed=Count("pairs", filter=Q(pairs__state=PairState.DISPUTED)),
    ).order_by("-is_active", "name")
    rows = [{"campaign": c, "done": round(100 * (c.pair_total - c.pending) / c.pair_total, 1) if c.pair_total else 0.0} for c in campaigns]
    return render(request, "frontend/console/index.html", {"rows": rows, "jobs": TrainingJob.objects.select_related("base_version").defer("log_tail")[:5]})


def format_details(exc) -> str:
    details = getattr(exc, "details", None)
    if isinstance(details, dict):
        return " " + "; ".join(f"{k}: {', '.join(map(str, v)) if isinstance(v, list) else v}" for k, v in details.items())
    return ""


SETTING_FIELDS = ("annotations_per_pair", "agreement", "quorum", "safety_gate", "margin", "lease_minutes", "gold_rate", "sft_min_professionalism")


@admin_only
@require_http_methods(["GET", "POST"])
def console_campaign(request, campaign_id: int):
    campaign = get_object_or_404(Campaign, pk=campaign_id)
    if request.method == "POST":
        return campaign_action(request, campaign)
    report = reports.agreement_report(campaign)
    base = ModelVersion.objects.filter(is_current=True).order_by("lineage").first()
    blocker = training.retrain_blocker(base, [campaign], exact=False) if base else _("No model version is registered yet.")
    context = {
        "campaign": campaign,
        "progress": reports.progress(campaign, user=request.user),
        "report": report,
        "charts": agreement_charts(report),
        "revisions": GuidelineRevision.objects.filter(campaign=campaign).select_related("created_by")[:20],
        "snapshots": campaign.snapshots.defer("data").order_by("-id")[:10],
        "base_version": base,
        "retrain_blocker": blocker,
        "active_job": TrainingJob.objects.filter(state__in=("queued", "running")).first(),
        "training_config": json.dumps(campaign.training_config, indent=2),
        "setting_fields": [(name, Campaign._meta.get_field(name).verbose_name, getattr(campaign, name)) for name in SETTING_FIELDS],
    }
    return render(request, "frontend/console/campaign.html", context)


def campaign_action(request, campaign: Campaign):
    action = request.POST.get("action")
    back = redirect("console-campaign", campaign.pk)
    try:
        if action == "settings":
            changes = {name: request.POST.get(name) for name in SETTING_FIELDS if name in request.POST}
            changes = {k: (None if v == "" and k == "quorum" else v) for k, v in changes.items()}
            for name in ("annotations_per_pair", "quorum", "safety_gate", "margin", "lease_minutes", "sft_min_professionalism"):
                if changes.get(name) not in (None, ""):
                    changes[name] = int(changes[name])
            if changes.get("gold_rate") not in (None, ""):
                changes["gold_rate"] = float(changes["gold_rate"])
            changes["is_active"] = request.POST.get("is_active") == "on"
            changes["training_config"] = json.loads(request.POST.get("training_config") or "{}")
            campaign_services.update_campaign(campaign=campaign, user=request.user, **changes)
            messages.success(request, _("Settings saved."))
        elif action == "guideline":
            updated = campaign_services.update_campaign(campaign=campaign, user=request.user, guideline=request.POST.get("guideline", ""))
            messages.success(request, _("Guideline saved as version %(v)s.") % {"v": updated.guideline_version})
        elif action == "snapshot":
            snapshot = snapshots.create_snapshot(campaigns=[campaign], kind=request.POST.get("kind", "dpo"), user=request.user, filters={"include_unsafe_chosen": request.POST.get("include_unsafe_chosen") == "on"}, accept_residual=request.POST.get("accept_residual") == "on")
            messages.success(request, _("Snapshot %(name)s created with %(rows)s rows.") % {"name": snapshot.name, "rows": snapshot.row_count})
            return redirect("console-snapshot", snapshot.pk)
        elif action == "retrain":
            job = training.retrain(campaigns=[campaign], user=request.user)
            messages.success(request, _("DPO job %(id)s started.") % {"id": job.pk})
            return redirect("console-job", job.pk)
        else:
            messages.error(request, _("Unknown action."))
    except (ServiceError, ValueError) as exc:
        messages.error(request, getattr(exc, "message", str(exc)) + format_details(exc))
    return back


def agreement_charts(report: dict) -> dict:
    dims = report["dimensions"]
    labels = {"safety": _("Safety"), "professionalism": _("Professionalism"), "fluency": _("Fluency")}
    return {
        "kappa": charts.bar_chart(_("Fleiss' kappa per dimension"), [(labels[d], dims[d]["fleiss_kappa"]) for d in dims], low=0.0),
        "alpha": charts.bar_chart(_("Krippendorff's alpha (ordinal) per dimension"), [(labels[d], dims[d]["krippendorff_alpha"]) for d in dims], low=0.0),
        "disputes": charts.line_chart(_("Dispute rate by day"), [(row["date"], row["dispute_rate"]) for row in report["timeline"]]),
        "bias": charts.bar_chart(_("Share of preferences for the left answer"), [(row["username"], row["position_bias"]["left_share"]) for row in report["annotators"]]),
        "time": charts.histogram_chart(_("Seconds per pair"), report["seconds_histogram"]["edges"], report["seconds_histogram"]["counts"]),
    }


@admin_only
def console_snapshots(request):
    return render(request, "frontend/console/snapshots.html", {"snapshots": Snapshot.objects.defer("data").prefetch_related("campaigns").order_by("-id")[:100]})


@admin_only
def console_snapshot(request, snapshot_id: int):
    snapshot = get_object_or_404(Snapshot.objects.defer("data"), pk=snapshot_id)
    return render(request, "frontend/console/snapshot.html", {"snapshot": snapshot, "manifest": json.dumps(snapshot.manifest, indent=2, ensure_ascii=False)})


@admin_only
def console_jobs(request):
    jobs = TrainingJob.objects.select_related("base_version", "snapshot", "output_version").defer("log_tail", "snapshot__data")[:100]
    return render(request, "frontend/console/jobs.html", {"jobs": jobs, "versions": ModelVersion.objects.select_related("parent")[:50]})


@admin_only
@ensure_csrf_cookie
def console_job(request, job_id: int):
    job = get_object_or_404(TrainingJob.objects.select_related("base_version", "snapshot", "output_version").defer("snapshot__data"), pk=job_id)
    context = {"job": job, "config": {"job": job.pk, "csrf": get_token(request)}, "campaigns": prompt_campaigns()}
    return render(request, "frontend/console/job.html", context)


@admin_only
@require_http_methods(["GET", "POST"])
def console_users(request):
    if request.method == "POST":
        action, post = request.POST.get("action", "create"), request.POST
        try:
            if action == "create":
                user = accounts.create_user(username=post.get("username", "").strip(), password=post.get("password", ""), role=post.get("role", Role.ANNOTATOR))
                done = _("User %(name)s created.") % {"name": user.username}
            elif action == "unlock_address":
                signin.unlock(address=post.get("address", ""))
                done = _("Address %(address)s can sign in again.") % {"address": post.get("address", "")}
            elif action in ("unlock", "activate", "deactivate"):
                user = get_object_or_404(User, username=post.get("username", ""))
                if action == "unlock":
                    signin.unlock(username=user.username)
                    done = _("%(name)s can sign in again.") % {"name": user.username}
                else:
                    accounts.update_user(user=user, by=request.user, is_active=action == "activate")
                    done = (_("%(name)s is active again.") if user.is_active else _("%(name)s is deactivated and signed out everywhere.")) % {"name": user.username}
            else:
                raise ServiceError(f"unknown action {action!r}")
        except ServiceError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, done)
        return redirect("console-users")
    locks = signin.current_lockouts()
    locked_accounts = {lock.key: lock.locked_until for lock in locks if lock.scope == SignInScope.ACCOUNT}
    users = User.objects.order_by("role", "username")
    rows = [(user, locked_accounts.get(signin.account_key(user.username))) for user in users]
    context = {
        "rows": rows,
        "roles": Role.choices,
        "locked_addresses": [lock for lock in locks if lock.scope == SignInScope.ADDRESS],
        "password_rules": password_validators_help_texts(),
    }
    return render(request, "frontend/console/users.html", context)


# --- evaluations and playground ---------------------------------------------------------------


def prompt_campaigns():
    return Campaign.objects.filter(prompts__isnull=False).distinct().order_by("name")


@admin_only
@require_http_methods(["GET", "POST"])
def console_evaluations(request):
    from inference.models import Evaluation
    from inference.services import create_evaluation, leaderboard

    if request.method == "POST":
        try:
            model_a = get_object_or_404(ModelVersion, pk=int(request.POST.get("model_a") or 0))
            model_b = get_object_or_404(ModelVersion, pk=int(request.POST.get("model_b") or 0))
            prompts = get_object_or_404(Campaign, pk=int(request.POST.get("prompts") or 0))
            limit = int(request.POST["limit"]) if request.POST.get("limit") else None
            evaluation = create_evaluation(model_a=model_a, model_b=model_b, prompts=prompts, limit=limit, user=request.user)
        except (ServiceError, ValueError) as exc:
            messages.error(request, getattr(exc, "message", str(exc)))
            return redirect("console-evaluations")
        messages.success(request, _("Evaluation started: its answers are being generated."))
        return redirect("console-evaluation", evaluation.pk)
    boards = leaderboard(rounds=100)
    context = {
        "evaluations": Evaluation.objects.select_related("model_a", "model_b", "campaign", "generation_job")[:50],
        "leaderboard": [(label, boards[key]) for key, label in result_labels()] if boards["overall"]["rows"] else [],
        "versions": ModelVersion.objects.order_by("-created_at"),
        "campaigns": prompt_campaigns(),
    }
    return render(request, "frontend/console/evaluations.html", context)


@admin_only
def console_evaluation(request, evaluation_id: int):
    from inference.models import Evaluation
    from inference.services import evaluation_results, paper_table

    evaluation = get_object_or_404(Evaluation.objects.select_related("model_a", "model_b", "campaign", "generation_job"), pk=evaluation_id)
    results = evaluation_results(evaluation)
    labels = result_labels()
    rows = [(label, results[key]) for key, label in labels]
    paper = paper_table(results)
    subsets = ((_("All"), "all"), (_("Single-turn"), "single_turn"), (_("Multi-turn"), "multi_turn"))
    by_turns = [(name, [(label, next(r for r in paper if r["prompts"] == subset and r["dimension"] == key)) for key, label in labels]) for name, subset in subsets]
    judged = [(_("Where model A lost"), results["lost"]), (_("Where model A won"), results["won"])]
    chart = charts.bar_chart(_("Win rate of %(a)s against %(b)s") % {"a": evaluation.model_a.name, "b": evaluation.model_b.name}, [(label, row["win_rate"]) for label, row in rows])
    context = {"evaluation": evaluation, "results": results, "rows": rows, "by_turns": by_turns, "judged": judged, "chart": chart}
    return render(request, "frontend/console/evaluation.html", context)


def result_labels() -> list[tuple[str, str]]:
    return [("safety", _("Safety")), ("professionalism", _("Professionalism")), ("fluency", _("Fluency")), ("overall", _("Overall"))]


@login_required
@ensure_csrf_cookie
def playground(request):
    from inference.playground import may_use, offered_versions

    if not may_use(request.user):
        raise PermissionDenied
    strings = {"you": _("You"), "model": _("Model"), "failed": _("No answer: %s"), "waiting": _("Waiting for a worker…"), "writing": _("The model is writing…")}
    config = {"csrf": get_token(request), "strings": strings}
    return render(request, "frontend/playground.html", {"versions": offered_versions(), "config": config})


@admin_only
@require_http_methods(["GET", "POST"])
def console_review(request):
    """The de-identification review queue: each uncertain span with its context, redact or keep."""
    from annotation.selectors.review import review_queue
    from annotation.services import review

    if request.method == "POST":
        try:
            item = review.decide(admin=request.user, item_id=int(request.POST.get("item", 0)), decision=request.POST.get("decision", ""))
            messages.success(request, _("Span %(id)s: %(state)s.") % {"id": item.pk, "state": item.state})
        except (ServiceError, ValueError) as exc:
            messages.error(request, getattr(exc, "message", str(exc)))
        return redirect("console-review")
    items = list(review_queue()[:100])
    for item in items:
        before, _span, after = item.context.partition(item.text)
        item.before, item.after = before, after
    return render(request, "frontend/console/review.html", {"items": items})
