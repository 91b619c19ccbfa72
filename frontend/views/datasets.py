"""Admins: instruction datasets (upload, from an SFT snapshot), multiple-choice benchmarks, mixtures
(freeze by a worker, SFT job, ratio sweep, two-stage pipeline) and sweeps with their chart. Forms go through the API's serializers;
the rules are in training.services and training.sweeps."""

from __future__ import annotations

import json

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from annotation.errors import ServiceError
from annotation.models import Campaign, Snapshot, SnapshotKind
from frontend import charts
from frontend.views.forms import fields_of, refusals_as_messages
from medpref.core.api import validated
from medpref.core.roles import admin_page
from medpref.core.runs import ACTIVE_STATES
from training import services, sweeps
from training.api import (
    BenchmarkUpload,
    DatasetFromSnapshot,
    DatasetUpload,
    MixtureInput,
    store_mixture,
    store_snapshot_dataset,
    store_uploaded_benchmark,
    store_uploaded_dataset,
)
from training.config import JobKind
from training.models import (
    Benchmark,
    DatasetKind,
    InstructionDataset,
    Mixture,
    ModelVersion,
    Sweep,
    TrainingJob,
)

PAGE_SIZE = 50


def versions():
    return ModelVersion.objects.order_by("lineage", "-is_current", "-created_at")


def number_or_none(text: str) -> float | None:
    """A number typed into the mixture form ("" is none); the serializer says what is wrong with the rest."""
    text = text.strip()
    return text if text else None


@admin_page
@require_http_methods(["GET", "POST"])
def datasets(request):
    if request.method == "POST":
        with refusals_as_messages(request):
            return dataset_action(request)
        return redirect("console-datasets")
    page = Paginator(InstructionDataset.objects.select_related("snapshot").defer("snapshot__data"), PAGE_SIZE)
    context = {
        "datasets": page.get_page(request.GET.get("page")),
        "all_datasets": InstructionDataset.objects.order_by("kind", "name"),
        "kinds": DatasetKind.choices,
        "versions": versions(),
        "sft_snapshots": Snapshot.objects.filter(kind=SnapshotKind.SFT).defer("data").order_by("-id")[:50],
        "mixtures": Mixture.objects.prefetch_related("components__dataset", "benchmarks")[:50],
        "benchmarks": Benchmark.objects.order_by("name"),
    }
    return render(request, "frontend/console/datasets.html", context)


def file_refused(request, refused: services.DatasetRefused):
    """A refused dataset or benchmark file: its sentence, then its next row errors (up to 19), on the page."""
    messages.error(request, refused.message)
    for error in refused.details["errors"][1:20]:
        messages.error(request, error["message"])
    return redirect("console-datasets")


def dataset_action(request):
    """One of the datasets page's forms; a refusal is raised for the caller to show."""
    action, post = request.POST.get("action"), request.POST
    if action == "upload":
        form = fields_of(post, ("name", "kind", "description", "tokenizer_version"))
        if not form.get("tokenizer_version"):
            form.pop("tokenizer_version", None)
        if "file" in request.FILES:
            form["file"] = request.FILES["file"]
        data = validated(DatasetUpload, form)
        try:
            dataset = store_uploaded_dataset(data, user=request.user)
        except services.DatasetRefused as refused:
            return file_refused(request, refused)
        messages.success(
            request, _("Dataset %(name)s stored: %(rows)s rows.") % {"name": dataset.name, "rows": dataset.row_count}
        )
    elif action == "benchmark":
        form = fields_of(post, ("name", "description"))
        if "file" in request.FILES:
            form["file"] = request.FILES["file"]
        data = validated(BenchmarkUpload, form)
        try:
            benchmark = store_uploaded_benchmark(data, user=request.user)
        except services.DatasetRefused as refused:
            return file_refused(request, refused)
        messages.success(
            request,
            _("Benchmark %(name)s stored: %(n)s questions.") % {"name": benchmark.name, "n": benchmark.question_count},
        )
    elif action == "from_snapshot":
        form = fields_of(post, ("snapshot", "name", "kind"))
        dataset = store_snapshot_dataset(validated(DatasetFromSnapshot, form), user=request.user)
        messages.success(
            request, _("Dataset %(name)s stored: %(rows)s rows.") % {"name": dataset.name, "rows": dataset.row_count}
        )
    elif action == "mixture":
        components = []
        for dataset in InstructionDataset.objects.order_by("kind", "name"):
            amount = number_or_none(post.get(f"amount_{dataset.pk}", ""))
            if amount is not None:
                components.append({"dataset": dataset.pk, post.get(f"mode_{dataset.pk}", "share"): amount})
        form = {
            key: post[key]
            for key in ("name", "description", "basis", "seed", "heldout_fraction", "heldout_max", "total")
            if post.get(key, "").strip()
        }
        if post.get("tokenizer_version"):
            form["tokenizer_version"] = post["tokenizer_version"]
        data = validated(
            MixtureInput,
            {
                **form,
                "components": components,
                "benchmarks": [int(pk) for pk in post.getlist("benchmarks") if pk.isdigit()],
            },
        )
        mixture = store_mixture(data, user=request.user)
        messages.success(request, _("Mixture %(name)s created.") % {"name": mixture.name})
        return redirect("console-mixture", mixture.pk)
    else:
        messages.error(request, _("Unknown action."))
    return redirect("console-datasets")


@admin_page
@require_http_methods(["GET", "POST"])
def mixture(request, mixture_id: int):
    mixture = get_object_or_404(Mixture.objects.prefetch_related("components__dataset", "benchmarks"), pk=mixture_id)
    if request.method == "POST":
        with refusals_as_messages(request):
            return mixture_action(request, mixture)
        return redirect("console-mixture", mixture.pk)
    snapshots = list(mixture.snapshots.all()[:20])
    freeze = mixture.freezes.order_by("-id").first()
    context = {
        "mixture": mixture,
        "freeze": freeze,
        "freezing": freeze is not None and freeze.state in ACTIVE_STATES,
        "snapshots": snapshots,
        "latest": snapshots[0] if snapshots else None,
        "versions": versions(),
        "campaigns": Campaign.objects.order_by("name"),
        "sweeps": mixture.sweeps.select_related("base_version")[:20],
        "jobs": TrainingJob.objects.filter(mixture=mixture)
        .select_related("mixture_snapshot", "base_version")
        .defer("log_tail")[:20],
        "default_shares": ", ".join(f"{s:g}" for s in sweeps.DEFAULT_SHARES),
    }
    return render(request, "frontend/console/mixture.html", context)


def config_of(post, name: str = "config") -> dict:
    """A training config typed as JSON in a form; empty keeps every default."""
    text = post.get(name, "").strip()
    if not text:
        return {}
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ServiceError(
            _("%(field)s is not valid JSON (line %(line)s, column %(column)s)")
            % {"field": name, "line": exc.lineno, "column": exc.colno}
        ) from exc
    return value


def shares_of(post) -> list[float]:
    try:
        return [float(part) for part in post.get("shares", "").replace("%", "").split(",") if part.strip()]
    except ValueError as exc:
        raise ServiceError(_("shares: write numbers separated by commas, e.g. 0, 0.1, 0.25, 0.5")) from exc


def mixture_action(request, mixture: Mixture):
    action, post = request.POST.get("action"), request.POST
    if action == "freeze":
        freeze = services.request_freeze(mixture, user=request.user)
        messages.success(
            request, _("Freezing queued (freeze %(id)s): this page shows it when done.") % {"id": freeze.pk}
        )
        return redirect("console-mixture", mixture.pk)
    base = get_object_or_404(ModelVersion, pk=post.get("base_version") or 0)
    if action == "job":
        job = services.create_job(
            kind=JobKind.SFT, mixture=mixture, base_version=base, config=config_of(post), user=request.user
        )
        messages.success(
            request, _("SFT job %(id)s queued: a worker freezes the mixture first, then it trains.") % {"id": job.pk}
        )
        return redirect("console-job", job.pk)
    if action == "sweep":
        sweep = sweeps.start_sweep(
            mixture=mixture, base_version=base, shares=shares_of(post), config=config_of(post), user=request.user
        )
        messages.success(request, _("Sweep %(id)s started: %(n)s jobs.") % {"id": sweep.pk, "n": len(sweep.shares)})
        return redirect("console-sweep", sweep.pk)
    if action == "pipeline":
        campaigns = list(Campaign.objects.filter(pk__in=post.getlist("campaigns")))
        job = sweeps.start_pipeline(
            mixture=mixture,
            campaigns=campaigns,
            base_version=base,
            sft_config=config_of(post),
            dpo_config=config_of(post, "dpo_config"),
            user=request.user,
        )
        messages.success(request, _("SFT job %(id)s started; DPO follows when it succeeds.") % {"id": job.pk})
        return redirect("console-job", job.pk)
    messages.error(request, _("Unknown action."))
    return redirect("console-mixture", mixture.pk)


@admin_page
def sweep(request, sweep_id: int):
    sweep = get_object_or_404(Sweep.objects.select_related("mixture", "base_version"), pk=sweep_id)
    rows = sweeps.results(sweep)
    labels = [f"{row['share']:.0%}" for row in rows]
    series = sweeps.series(sweep)
    chart = charts.series_chart(
        _("Held-out loss by general share"), labels, [(kind, values) for kind, values in series.items()]
    )
    context = {
        "sweep": sweep,
        "rows": rows,
        "kinds": list(series),
        "benchmarks": sorted({name for row in rows for name in row["benchmarks"]}),
        "chart": chart,
        "running": any(row["state"] in ("queued", "running") for row in rows),
    }
    return render(request, "frontend/console/sweep.html", context)
