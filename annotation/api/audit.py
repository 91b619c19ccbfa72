"""API: the audit trail (admins): who changed which setting, guideline, lifecycle state, membership,
role or account, and who decided which arbitration, when."""

from __future__ import annotations

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.generics import GenericAPIView

from annotation.models import AuditEvent
from annotation.selectors import audit
from medpref.core.api import IdField
from medpref.core.roles import IsAdminRole


class AuditQuery(serializers.Serializer):
    """The trail's filters as a query string (the API and the console page read it alike)."""

    action = serializers.CharField(required=False, allow_blank=True, default="", max_length=64)
    campaign = IdField(required=False, allow_null=True, default=None)
    actor = IdField(required=False, allow_null=True, default=None)
    since = serializers.CharField(required=False, allow_blank=True, default="")
    until = serializers.CharField(required=False, allow_blank=True, default="")


def audit_filters(params) -> audit.AuditFilters:
    """The filters from a query string; a 400 naming the parameter when one is malformed."""
    # An empty parameter is an unused filter (a form sends every field, filled or not).
    serializer = AuditQuery(data={key: params[key] for key in AuditQuery().fields if params.get(key, "") != ""})
    serializer.is_valid(raise_exception=True)
    values = serializer.validated_data
    return audit.AuditFilters(
        action=values["action"].strip(),
        campaign_id=values["campaign"],
        actor_id=values["actor"],
        since=audit.parse_day(values["since"], name="since"),
        until=audit.parse_day(values["until"], name="until"),
    )


class AuditEventOutput(serializers.ModelSerializer):
    actor = serializers.CharField(source="actor.username", allow_null=True, default=None)
    campaign_name = serializers.CharField(source="campaign.name", allow_null=True, default=None)
    summary = serializers.SerializerMethodField()

    class Meta:
        model = AuditEvent
        fields = [
            "id",
            "created_at",
            "actor",
            "action",
            "campaign",
            "campaign_name",
            "target_type",
            "target_id",
            "details",
            "summary",
        ]

    def get_summary(self, event: AuditEvent) -> str:
        return audit.summary(event)


class AuditView(GenericAPIView):
    permission_classes = [IsAdminRole]
    serializer_class = AuditEventOutput

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "action", str, description="A full action (campaign.settings) or its first part (campaign)"
            ),
            OpenApiParameter("campaign", int),
            OpenApiParameter("actor", int, description="The user who made the change"),
            OpenApiParameter("since", str, description="YYYY-MM-DD, inclusive"),
            OpenApiParameter("until", str, description="YYYY-MM-DD, inclusive"),
        ],
        responses=AuditEventOutput(many=True),
        summary="The audit trail, newest first",
        operation_id="audit_list",
    )
    def get(self, request):
        page = self.paginate_queryset(audit.audit_events(audit_filters(request.query_params)))
        return self.get_paginated_response(AuditEventOutput(page, many=True).data)
