"""API: importing prompts, response pairs and ranking items (K candidate answers) into a campaign."""

from __future__ import annotations

from django.utils.translation import gettext
from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from annotation.api import serializers as s
from annotation.api.lookups import campaign_for
from annotation.services import importing
from medpref.core.api import validated
from medpref.core.roles import IsAdminRole


class ImportView(APIView):
    permission_classes = [IsAdminRole]
    parser_classes = [MultiPartParser, FormParser]

    @extend_schema(
        request={"multipart/form-data": s.ImportInput},
        responses={201: s.ImportOutput, 400: s.ImportFailure},
        summary="Import pairs, ranking items (a campaign of kind rankings) or prompts (JSONL, JSON, CSV, .xlsx; "
        "shape auto-detected, or read by a mapping); all or nothing",
    )
    def post(self, request, pk: int):
        campaign = campaign_for(request, pk)
        data = validated(s.ImportInput, request.data)
        upload = data["file"]
        report = importing.import_file(
            campaign=campaign,
            data=upload.read(),
            filename=upload.name,
            user=request.user,
            mapping=data.get("mapping"),
            save_mapping=data["save_mapping"],
        )
        if not report.ok:
            payload = {
                "message": gettext("Nothing was imported: %(count)s problem(s), first: %(first)s")
                % {"count": report.error_count, "first": report.errors[0]["message"]},
                "code": "invalid_file",
                **report.as_dict(),
            }
            return Response(payload, status=status.HTTP_400_BAD_REQUEST)
        return Response(report.as_dict(), status=status.HTTP_201_CREATED)


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
