"""Admins: blinded evaluations of two model versions and the leaderboard (PROTOCOL §9)."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from annotation.models import Campaign
from frontend import charts
from frontend.views.console import prompt_campaigns
from frontend.views.forms import fields_of, refusals_as_messages
from inference.api import EvaluationInput
from inference.models import Evaluation
from inference.services import create_evaluation, evaluation_results, leaderboard, paper_table
from medpref.core.api import validated
from medpref.core.roles import admin_page
from training.models import ModelVersion


@admin_page
@require_http_methods(["GET", "POST"])
def index(request):
    if request.method == "POST":
        with refusals_as_messages(request):
            data = validated(EvaluationInput, fields_of(request.POST, ("model_a", "model_b", "prompts", "limit")))
            evaluation = create_evaluation(
                model_a=get_object_or_404(ModelVersion, pk=data["model_a"]),
                model_b=get_object_or_404(ModelVersion, pk=data["model_b"]),
                prompts=get_object_or_404(Campaign, pk=data["prompts"]),
                limit=data.get("limit"),
                user=request.user,
            )
            messages.success(request, _("Evaluation started: its answers are being generated."))
            return redirect("console-evaluation", evaluation.pk)
        return redirect("console-evaluations")
    boards = leaderboard(rounds=100)
    context = {
        "evaluations": Evaluation.objects.select_related("model_a", "model_b", "campaign", "generation_job")[:50],
        "leaderboard": [(label, boards[key]) for key, label in result_labels()] if boards["overall"]["rows"] else [],
        "versions": ModelVersion.objects.order_by("-created_at"),
        "campaigns": prompt_campaigns(),
    }
    return render(request, "frontend/console/evaluations.html", context)


@admin_page
def evaluation(request, evaluation_id: int):
    evaluation = get_object_or_404(
        Evaluation.objects.select_related("model_a", "model_b", "campaign", "generation_job"), pk=evaluation_id
    )
    results = evaluation_results(evaluation)
    labels = result_labels()
    rows = [(label, results[key]) for key, label in labels]
    paper = paper_table(results)
    subsets = ((_("All"), "all"), (_("Single-turn"), "single_turn"), (_("Multi-turn"), "multi_turn"))
    by_turns = [
        (
            name,
            [
                (label, next(r for r in paper if r["prompts"] == subset and r["dimension"] == key))
                for key, label in labels
            ],
        )
        for name, subset in subsets
    ]
    judged = [(_("Where model A lost"), results["lost"]), (_("Where model A won"), results["won"])]
    chart = charts.bar_chart(
        _("Win rate of %(a)s against %(b)s") % {"a": evaluation.model_a.name, "b": evaluation.model_b.name},
        [(label, row["win_rate"]) for label, row in rows],
    )
    context = {
        "evaluation": evaluation,
        "results": results,
        "rows": rows,
        "by_turns": by_turns,
        "judged": judged,
        "chart": chart,
    }
    return render(request, "frontend/console/evaluation.html", context)


def result_labels() -> list[tuple[str, str]]:
    return [
        ("safety", _("Safety")),
        ("professionalism", _("Professionalism")),
        ("fluency", _("Fluency")),
        ("overall", _("Overall")),
    ]
