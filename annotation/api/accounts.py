"""API: sign-in tokens, the signed-in user, and user accounts (admins)."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.exceptions import Throttled
from rest_framework.generics import GenericAPIView
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from annotation.api import serializers as s
from annotation.api.errors import ErrorBody
from annotation.models import User
from annotation.services import accounts, signin
from medpref.core.api import validated
from medpref.core.roles import IsAdminRole

WRONG_CREDENTIALS = OpenApiResponse(
    ErrorBody,
    description="Unknown username or wrong password (each failure counts towards the lockout), or a missing field.",
)


LOCKED_OUT = OpenApiResponse(
    ErrorBody,
    description="Too many failed sign-ins for this account or address: the message (and Retry-After) says when to retry, or ask an admin to unlock.",
)


NOT_SIGNED_IN = OpenApiResponse(
    ErrorBody, description="No valid token or session (unknown, expired or revoked token, deactivated account)."
)


PASSWORD_REJECTED = OpenApiResponse(
    ErrorBody,
    description="Invalid input; `details.password` lists every reason the password policy rejects the password.",
)


class TokenView(APIView):
    """POST signs in with a password; DELETE signs out everywhere."""

    def signing_in(self) -> bool:
        # The schema generator asks before there is a request.
        return getattr(self.request, "method", None) == "POST"

    def get_authenticators(self):
        # Signing in must work while a client still sends its old, perhaps expired, token.
        return [] if self.signing_in() else super().get_authenticators()

    def get_permissions(self):
        return [AllowAny()] if self.signing_in() else super().get_permissions()

    @extend_schema(
        request=s.TokenInput,
        responses={200: s.TokenOutput, 400: WRONG_CREDENTIALS, 429: LOCKED_OUT},
        auth=[],
        summary="Exchange a username and password for an API token (expires after TOKEN_TTL_HOURS)",
    )
    def post(self, request):
        data = validated(s.TokenInput, request.data)
        try:
            user = signin.sign_in(request, username=data["username"], password=data["password"])
        except signin.SignInLocked as exc:
            raise Throttled(wait=exc.lockout.retry_after(), detail=exc.message) from exc
        token = accounts.issue_token(user=user)
        return Response(
            {
                "token": token.key,
                "username": user.username,
                "role": user.role,
                "expires_at": accounts.token_expires_at(token),
            }
        )

    @extend_schema(
        request=None,
        responses={
            204: OpenApiResponse(description="Signed out: the token is revoked and every session ended"),
            401: NOT_SIGNED_IN,
        },
        summary="Sign out everywhere",
    )
    def delete(self, request):
        accounts.sign_out_everywhere(user=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


class MeView(APIView):
    @extend_schema(responses=s.UserOutput, summary="The signed-in user and her role")
    def get(self, request):
        return Response(s.UserOutput(request.user).data)


class UsersView(GenericAPIView):
    permission_classes = [IsAdminRole]
    serializer_class = s.UserOutput

    def get_queryset(self):
        return User.objects.order_by("username")

    @extend_schema(responses=s.UserOutput(many=True), summary="List users with their roles", operation_id="users_list")
    def get(self, request):
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(s.UserOutput(page, many=True).data)

    @extend_schema(
        request=s.UserInput,
        responses={201: s.UserOutput, 400: PASSWORD_REJECTED},
        summary="Create a user with a role (password checked against her role's policy)",
    )
    def post(self, request):
        user = accounts.create_user(**validated(s.UserInput, request.data))
        return Response(s.UserOutput(user).data, status=status.HTTP_201_CREATED)


class UserView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(
        request=s.UserUpdateInput,
        responses={200: s.UserOutput, 400: PASSWORD_REJECTED},
        summary="Deactivate or reactivate a user, or set her password",
    )
    def patch(self, request, pk: int):
        user = get_object_or_404(User, pk=pk)
        changes = validated(s.UserUpdateInput, request.data)
        return Response(s.UserOutput(accounts.update_user(user=user, by=request.user, **changes)).data)


class UserUnlockView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(
        request=None,
        responses={204: OpenApiResponse(description="Her failed sign-ins are forgotten and any lock lifted")},
        summary="Unlock a user locked out by failed sign-ins",
    )
    def post(self, request, pk: int):
        signin.unlock(username=get_object_or_404(User, pk=pk).username)
        return Response(status=status.HTTP_204_NO_CONTENT)
