"""The console's import page: upload, report, and the column mapping step (the API does the import)."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import ensure_csrf_cookie
from django.views.decorators.http import require_http_methods

from annotation.formats import MAPPING_FIELDS
from annotation.models import Campaign
from annotation.services.importing import set_import_mapping
from frontend.views.forms import refusals_as_messages
from medpref.core.roles import admin_page


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
    return render(request, "frontend/console/import.html", {"campaign": campaign, "fields": fields})
