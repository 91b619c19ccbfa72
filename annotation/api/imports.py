"""API: importing prompts, response pairs and ranking items (K candidate answers) into a campaign.

A file up to `import_runs.BACKGROUND_BYTES` is imported in the request (201 with the report, 400
with its errors, and the run that records it); a larger one, or any with `?background=true`, is
stored and imported by a worker (202 with the run and the URL to poll, services.import_runs).
"""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field
from rest_framework import serializers, status
from rest_framework.generics import GenericAPIView
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from annotation.api import serializers as s
from annotation.api.lookups import campaign_for
from annotation.api.parsers import check_json_field
from annotation.models import ImportRun
from annotation.services import import_runs, importing
from medpref.core.api import validated
from medpref.core.roles import IsAdminRole


class ImportRunOutput(serializers.ModelSerializer):
    url = serializers.SerializerMethodField(help_text="Poll this until state is succeeded, failed or cancelled.")
    cancel_url = serializers.SerializerMethodField(help_text="POST here to stop the import (nothing is kept).")
    progress = serializers.FloatField(read_only=True, help_text="The share of the file read, 0-1.")
    stage = serializers.SerializerMethodField(help_text="What the worker is doing now, in the reader's language.")
    error = serializers.SerializerMethodField(help_text="Why the import failed, in the reader's language.")
    report = serializers.SerializerMethodField(
        help_text="Once ended: the report a synchronous import answers (created, skipped, redactions, errors with "
        "line and field, warnings...), in the reader's language whatever the worker's; null while queued or running",
    )

    class Meta:
        model = ImportRun
        fields = ["id", "campaign", "state", "stage", "filename", "size", "bytes_read", "rows_read", "progress", "error", "report", "url", "cancel_url", "created_at", "started_at", "finished_at"]  # fmt: skip

    def get_url(self, run: ImportRun) -> str:
        return reverse("import-run", args=[run.pk])

    def get_cancel_url(self, run: ImportRun) -> str:
        return reverse("import-run-cancel", args=[run.pk])

    def get_stage(self, run: ImportRun) -> str:
        return import_runs.stage_of(run)

    def get_error(self, run: ImportRun) -> str:
        return import_runs.error_of(run)

    @extend_schema_field(serializers.JSONField(allow_null=True))
    def get_report(self, run: ImportRun) -> dict | None:
        return import_runs.report_of(run)


class ImportRunSummary(serializers.ModelSerializer):
    """A line of a campaign's import history: what a table shows, without the report itself."""

    created_by = serializers.CharField(source="created_by.username", allow_null=True, default=None)
    rows_created = serializers.IntegerField(allow_null=True, help_text="Rows imported; null until the run ended.")
    rows_skipped = serializers.IntegerField(allow_null=True, help_text="Rows already there; null until it ended.")
    error_count = serializers.IntegerField(allow_null=True, help_text="Problems found in the file; null until it ended.")  # fmt: skip
    duration = serializers.SerializerMethodField(help_text="Seconds the import took (so far); null before it started.")
    url = serializers.SerializerMethodField(help_text="The run with its report.")

    class Meta:
        model = ImportRun
        fields = ["id", "state", "created_by", "created_at", "started_at", "finished_at", "filename", "size", "rows_read", "rows_created", "rows_skipped", "duration", "error_count", "url"]  # fmt: skip

    def get_duration(self, run: ImportRun) -> float | None:
        taken = import_runs.duration(run)
        return None if taken is None else round(taken.total_seconds(), 3)

    def get_url(self, run: ImportRun) -> str:
        return reverse("import-run", args=[run.pk])


def accepted(run: ImportRun) -> Response:
    response = Response(ImportRunOutput(run).data, status=status.HTTP_202_ACCEPTED)
    response["Location"] = response.data["url"]
    return response


class ImportView(APIView):
    permission_classes = [IsAdminRole]
    parser_classes = [MultiPartParser, FormParser]

    @extend_schema(
        request={"multipart/form-data": s.ImportInput},
        parameters=[
            OpenApiParameter(
                "background",
                OpenApiTypes.BOOL,
                description="true: import in the background at any size (files above 16 MB always are): "
                "202 with the run to poll (not on SQLite, the embedded default: there every file is imported in the request)",
            )
        ],
        responses={201: s.ImportOutput, 202: ImportRunOutput, 400: s.ImportFailure, 409: OpenApiTypes.OBJECT},
        summary="Import pairs, ranking items (a campaign of kind rankings) or prompts (JSONL, JSON, CSV, .xlsx; "
        "shape auto-detected, or read by a mapping); all or nothing; large files by a worker (202)",
    )
    def post(self, request, pk: int):
        campaign = campaign_for(request, pk)
        check_json_field("mapping", request.data.get("mapping"))  # nesting, NUL, lone surrogates: 400 here
        data = validated(s.ImportInput, request.data)
        upload = data["file"]
        options = importing.ImportOptions(
            user=request.user, mapping=data.get("mapping"), save_mapping=data["save_mapping"]
        )
        asked = request.query_params.get("background", "").lower() in ("1", "true", "yes")
        if import_runs.wants_background(size=upload.size or 0, asked=asked):
            run = import_runs.request_import(
                campaign=campaign,
                upload=upload,
                filename=upload.name,
                options=options,
            )
            return accepted(run)
        run, report = import_runs.import_now(
            campaign=campaign,
            data=upload.read(),
            filename=upload.name,
            options=options,
        )
        recorded = {"run": run.pk, "run_url": reverse("import-run", args=[run.pk])}
        if not report.ok:
            payload = {"message": import_runs.refused(report), "code": "invalid_file", **report.as_dict(), **recorded}
            return Response(payload, status=status.HTTP_400_BAD_REQUEST)
        return Response({**report.as_dict(), **recorded}, status=status.HTTP_201_CREATED)


class ImportMappingView(APIView):
    """The campaign's saved column mapping: read, replace, forget (the import page's step, by API)."""

    permission_classes = [IsAdminRole]
    serializer_class = s.ImportMapping  # for the schema generator: an APIView names its body's shape

    @extend_schema(responses={200: s.ImportMapping}, summary="The campaign's saved import column mapping")
    def get(self, request, pk: int):
        return Response({"mapping": campaign_for(request, pk).import_mapping})

    @extend_schema(
        request=s.ImportMapping,
        responses={200: s.ImportMapping},
        summary="Save the campaign's import column mapping ({} forgets it)",
    )
    def put(self, request, pk: int):
        campaign = campaign_for(request, pk)
        mapping = validated(s.ImportMapping, request.data)["mapping"]
        importing.set_import_mapping(campaign=campaign, mapping=mapping, user=request.user)
        return Response({"mapping": campaign.import_mapping})

    @extend_schema(responses={204: None}, summary="Forget the campaign's import column mapping")
    def delete(self, request, pk: int):
        importing.set_import_mapping(campaign=campaign_for(request, pk), mapping={}, user=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


def import_run_for(pk: int) -> ImportRun:
    return get_object_or_404(ImportRun.objects.select_related("campaign"), pk=pk)


class ImportRunView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(
        responses={200: ImportRunOutput},
        summary="An import: queued, running (bytes and rows read), succeeded or failed (report, errors)",
    )
    def get(self, request, pk: int):
        return Response(ImportRunOutput(import_run_for(pk)).data)


class ImportRunCancelView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(
        request=None,
        responses={202: ImportRunOutput, 409: OpenApiTypes.OBJECT},
        summary="Stop an import: a queued one at once, a running one within a heartbeat; nothing is kept"
        " (409 for an import in a request on SQLite, which ends with its request)",
    )
    def post(self, request, pk: int):
        import_run_for(pk)
        run = import_runs.cancel_import(pk)
        return Response(ImportRunOutput(run).data, status=status.HTTP_202_ACCEPTED)


class CampaignImportsView(GenericAPIView):
    """The campaign's imports (in the background or in a request), newest first, a page at a time."""

    permission_classes = [IsAdminRole]
    serializer_class = ImportRunSummary

    @extend_schema(
        responses={200: ImportRunSummary(many=True)},
        summary="A campaign's imports, newest first: state, who, when, file, rows, duration, errors",
    )
    def get(self, request, pk: int):
        page = self.paginate_queryset(import_runs.import_history(campaign_for(request, pk)))
        return self.get_paginated_response(ImportRunSummary(page, many=True).data)
