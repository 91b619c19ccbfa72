"""The console's import page: upload, report, the column mapping step (the API does the import) and
the campaign's past imports (in the background or in a request); and the page of one import with its
report."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import ensure_csrf_cookie
from django.views.decorators.http import require_http_methods

from annotation.formats import MAPPING_FIELDS
from annotation.models import Campaign, ImportRun
from annotation.services import import_runs
from annotation.services.importing import set_import_mapping
from frontend.views.forms import refusals_as_messages
from medpref.core.roles import admin_page

HISTORY_PAGE_SIZE = 20


@admin_page
@ensure_csrf_cookie
@require_http_methods(["GET", "POST"])
def import_page(request, campaign_id: int):
    campaign = get_object_or_404(Campaign, pk=campaign_id)
    if request.method == "POST":  # the page's one form: forget the saved mapping
        with refusals_as_messages(request):
            set_import_mapping(campaign=campaign, mapping={}, user=request.user)
            messages.success(request, _("The saved mapping was forgotten."))
        return redirect("console-import", campaign.pk)
    fields = [
        (name, description, campaign.import_mapping.get(name, "")) for name, description in MAPPING_FIELDS.items()
    ]
    history = Paginator(import_runs.import_history(campaign), HISTORY_PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "campaign": campaign,
        "fields": fields,
        "history": history,
        "runs": [(run, import_runs.duration(run)) for run in history.object_list],
    }
    return render(request, "frontend/console/import.html", context)


@admin_page
@require_http_methods(["GET", "POST"])
def import_run_page(request, run_id: int):
    """One import: who, when, what file, how far, and its report in the reader's language."""
    run = get_object_or_404(ImportRun.objects.select_related("campaign", "created_by"), pk=run_id)
    if request.method == "POST":  # the page's one form: cancel
        if not run.is_active:
            messages.info(request, _("This import has already ended: there is nothing to cancel."))
        else:
            with refusals_as_messages(request):
                import_runs.cancel_import(run.pk)
                messages.success(
                    request, _("Cancel requested: a running import stops within a heartbeat; nothing is kept.")
                )
        return redirect("console-import-run", run.pk)
    context = {
        "run": run,
        "campaign": run.campaign,
        "report": import_runs.report_of(run),
        "error": import_runs.error_of(run),
        "stage": import_runs.stage_of(run),
        "duration": import_runs.duration(run),
        "percent": round(100 * run.progress),
        "cancellable": import_runs.background_available(),  # SQLite: an import in a request cannot be
    }
    return render(request, "frontend/console/import_run.html", context)
