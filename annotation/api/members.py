"""API: a campaign's members (admins). Rules in annotation.services.membership."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.generics import GenericAPIView
from rest_framework.response import Response
from rest_framework.views import APIView

from annotation.api.lookups import campaign_for
from annotation.errors import ServiceError
from annotation.models import CampaignMember, User
from annotation.services import membership
from medpref.core.api import IdField, validated
from medpref.core.roles import IsAdminRole


class MemberOutput(serializers.ModelSerializer):
    user = serializers.IntegerField(source="user_id")
    username = serializers.CharField(source="user.username")
    role = serializers.CharField(source="user.role")
    specialties = serializers.ListField(source="user.specialties", child=serializers.CharField())
    is_active = serializers.BooleanField(source="user.is_active")
    added_by = serializers.CharField(source="added_by.username", default=None)

    class Meta:
        model = CampaignMember
        fields = ["user", "username", "role", "specialties", "is_active", "added_by", "added_at"]


class MembersInput(serializers.Serializer):
    users = serializers.ListField(child=IdField(), min_length=1, max_length=1000, help_text="user ids")


class BulkMembersInput(serializers.Serializer):
    roles = serializers.ListField(
        child=serializers.ChoiceField(choices=list(membership.MEMBER_ROLES)),
        required=False,
        default=list,
        help_text="annotator and/or expert; empty: both",
    )
    specialties = serializers.ListField(
        child=serializers.CharField(max_length=100),
        required=False,
        default=list,
        max_length=100,
        help_text="users with at least one of these tags (case-insensitive); empty: any",
    )


class AddedOutput(serializers.Serializer):
    added = serializers.ListField(child=serializers.CharField(), help_text="usernames newly added")
    members = serializers.IntegerField(help_text="members of the campaign now")


def added_response(campaign, added: list[User]) -> Response:
    body = {"added": [user.username for user in added], "members": campaign.memberships.count()}
    return Response(body, status=status.HTTP_201_CREATED if added else status.HTTP_200_OK)


class MembersView(GenericAPIView):
    permission_classes = [IsAdminRole]
    serializer_class = MemberOutput

    @extend_schema(responses=MemberOutput(many=True), summary="Members of a campaign")
    def get(self, request, pk: int):
        campaign = campaign_for(request, pk)
        members = campaign.memberships.select_related("user", "added_by").order_by("user__username")
        page = self.paginate_queryset(members)
        return self.get_paginated_response(MemberOutput(page, many=True).data)

    @extend_schema(
        request=MembersInput,
        responses={201: AddedOutput, 200: AddedOutput},
        summary="Add members by user id (201 when someone was added, 200 when all already were)",
    )
    def post(self, request, pk: int):
        campaign = campaign_for(request, pk)
        ids = validated(MembersInput, request.data)["users"]
        users = list(User.objects.filter(pk__in=ids))
        missing = sorted(set(ids) - {user.pk for user in users})
        if missing:
            raise ServiceError(
                gettext("no user has the id(s) %(ids)s") % {"ids": ", ".join(map(str, missing))},
                details={"users": missing},
            )
        return added_response(campaign, membership.add_members(campaign=campaign, users=users, by=request.user))


class MemberView(APIView):
    permission_classes = [IsAdminRole]
    serializer_class = MemberOutput  # for the schema generator: the resource this path names

    @extend_schema(
        responses={204: OpenApiResponse(description="Removed; the pairs in her hands went back to the queue")},
        summary="Remove a member",
    )
    def delete(self, request, pk: int, user_id: int):
        campaign = campaign_for(request, pk)
        user = get_object_or_404(User, pk=user_id)
        membership.remove_member(campaign=campaign, user=user, by=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


class BulkMembersView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(
        request=BulkMembersInput,
        responses={201: AddedOutput, 200: AddedOutput},
        summary="Add every active annotator/expert of the given roles and specialties",
    )
    def post(self, request, pk: int):
        campaign = campaign_for(request, pk)
        data = validated(BulkMembersInput, request.data)
        added = membership.bulk_add(
            campaign=campaign, by=request.user, roles=data["roles"], specialties=data["specialties"]
        )
        return added_response(campaign, added)
