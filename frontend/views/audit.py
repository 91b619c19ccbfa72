"""The audit trail page (admins): who changed which setting, guideline, lifecycle state, membership,
role or account, and who decided which arbitration, when. Same filters and selector as `GET /api/v1/audit/`."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render

from annotation.api.audit import AuditQuery, audit_filters
from annotation.models import AuditEvent, Campaign, User
from annotation.selectors import audit
from frontend.views.forms import refusals_as_messages
from medpref.core.roles import admin_page

PAGE_SIZE = 50


@admin_page
def audit_trail(request: HttpRequest) -> HttpResponse:
    page, rows = None, []
    with refusals_as_messages(request):
        events = audit.audit_events(audit_filters(request.GET))
        page = Paginator(events, PAGE_SIZE).get_page(request.GET.get("page"))
        rows = [(event, audit.summary(event)) for event in page.object_list]
    query = QueryDict(mutable=True)
    query.update({key: request.GET[key] for key in AuditQuery().fields if request.GET.get(key)})
    context = {
        "page": page,
        "rows": rows,
        "form": {key: request.GET.get(key, "") for key in AuditQuery().fields},
        "filter_query": query.urlencode(),
        "actions": audit.known_actions(),
        "campaigns": Campaign.objects.order_by("name").only("name"),
        "actors": User.objects.filter(pk__in=AuditEvent.objects.values("actor")).order_by("username").only("username"),
    }
    return render(request, "frontend/console/audit.html", context)
