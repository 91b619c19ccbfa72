"""API: versioned dataset snapshots and their downloads."""

from __future__ import annotations

from django.http import FileResponse
from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, status
from rest_framework.generics import GenericAPIView
from rest_framework.response import Response
from rest_framework.views import APIView

from annotation.api import serializers as s
from annotation.errors import ServiceError
from annotation.models import Campaign, Snapshot
from annotation.services import hub, snapshots
from medpref.core.api import validated
from medpref.core.roles import IsAdminRole

FILTERS_DOC = """`kind`: `dpo` (TRL preference rows), `sft` (TRL messages rows) or `ranking` (one row per resolved
ranking item: `responses` best first, `ties`; rankings campaigns only).

`filters` (all optional):
- `sources`: `["consensus", "arbitration"]` (default both): how the pair or item was resolved.
- `include_unsafe_chosen`: `false` (default): leave out rows whose chosen answer is unsafe.
- `ranking_pairs`: `"all"` (default), `"adjacent"` or `"best"`: how a resolved ranking becomes DPO
  pairs: every candidate against every lower one, each tier against the next, or the first tier
  against every other. Tied candidates are never paired; an expert-written answer is ranked above
  every candidate. Read by rankings campaigns only.

The manifest's `counts` say how many rows were written and why others were left out; for rankings
campaigns also the DPO rows each mode gives (`ranking_pairs_all`, `_adjacent`, `_best`)."""


class SnapshotsView(GenericAPIView):
    permission_classes = [IsAdminRole]
    serializer_class = s.SnapshotOutput
    queryset = Snapshot.objects.defer("data").order_by("-id")

    @extend_schema(
        responses=s.SnapshotOutput(many=True), summary="Snapshots, newest first", operation_id="snapshots_list"
    )
    def get(self, request):
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(s.SnapshotOutput(page, many=True).data)

    @extend_schema(
        request=s.SnapshotInput,
        responses={201: s.SnapshotOutput},
        summary="Export resolved pairs and rankings as a new DPO, SFT or ranking snapshot",
        description=FILTERS_DOC,
    )
    def post(self, request):
        data = validated(s.SnapshotInput, request.data)
        chosen = list(Campaign.objects.filter(pk__in=data["campaigns"]))
        missing = sorted(set(data["campaigns"]) - {c.pk for c in chosen})
        if missing:
            raise ServiceError(f"no campaign with id {', '.join(map(str, missing))}")
        snapshot = snapshots.create_snapshot(
            campaigns=chosen,
            kind=data["kind"],
            filters=data["filters"],
            user=request.user,
            accept_residual=data["accept_residual"],
        )
        return Response(s.SnapshotOutput(snapshot).data, status=status.HTTP_201_CREATED)


class SnapshotView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(responses=s.SnapshotOutput, summary="A snapshot's manifest")
    def get(self, request, pk: int):
        return Response(s.SnapshotOutput(get_object_or_404(Snapshot.objects.defer("data"), pk=pk)).data)


class SnapshotDownloadView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(responses={(200, "application/jsonl"): OpenApiTypes.BINARY}, summary="The snapshot's rows as JSONL")
    def get(self, request, pk: int):
        snapshot = get_object_or_404(Snapshot.objects.defer("data"), pk=pk)
        # Streamed from the file a chunk at a time, whatever its size.
        response = FileResponse(
            snapshot.open(),
            as_attachment=True,
            filename=f"{snapshot.name}.jsonl",
            content_type="application/jsonl; charset=utf-8",
        )
        response["X-Content-SHA256"] = snapshot.sha256
        return response


class SnapshotDatasetView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(
        parameters=[OpenApiParameter("license", str, description="Licence id for the card (default: other)")],
        responses={(200, "application/zip"): OpenApiTypes.BINARY},
        summary="The snapshot as a Hugging Face dataset folder, zipped (parquet + README.md card)",
    )
    def get(self, request, pk: int):
        snapshot = get_object_or_404(Snapshot.objects.defer("data"), pk=pk)
        archive = hub.zipped(snapshot, license=request.query_params.get("license"))
        return FileResponse(
            archive, as_attachment=True, filename=f"{snapshot.name}-hf.zip", content_type="application/zip"
        )


class HubPushInput(serializers.Serializer):
    repo_id = serializers.CharField(max_length=200, help_text="owner/name of the Hub dataset repository")
    token = serializers.CharField(
        max_length=200,
        trim_whitespace=True,
        help_text="A Hugging Face token with write access; used once, never stored",
    )
    private = serializers.BooleanField(required=False, default=True, help_text="Create the repository private")
    license = serializers.CharField(required=False, allow_blank=True, default="", max_length=64)


class HubPushOutput(serializers.Serializer):
    repo_id = serializers.CharField()
    url = serializers.CharField(help_text="The commit on the Hub")


class SnapshotHubPushView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(
        request=HubPushInput,
        responses=HubPushOutput,
        summary="Push the dataset folder to a Hub repository (only on this explicit request)",
    )
    def post(self, request, pk: int):
        snapshot = get_object_or_404(Snapshot.objects.defer("data"), pk=pk)
        data = validated(HubPushInput, request.data)
        url = hub.push_to_hub(
            snapshot,
            repo_id=data["repo_id"],
            token=data["token"],
            user=request.user,
            private=data["private"],
            license=data["license"] or None,
        )
        return Response({"repo_id": data["repo_id"].strip(), "url": url})
