"""API: sign-in tokens, the signed-in user and her password, and user accounts (admins): list,
create one or many (CSV), change role, specialties, a temporary password, (de)activate, unlock."""

from __future__ import annotations

from django.contrib.auth import update_session_auth_hash
from django.db.models import Q
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.exceptions import Throttled
from rest_framework.generics import GenericAPIView
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from annotation.api import serializers as s
from annotation.api.errors import ErrorBody
from annotation.middleware import allowed_before_password_change
from annotation.models import Role, User
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


PASSWORD_CHANGE_REQUIRED = OpenApiResponse(
    ErrorBody,
    description="`password_change_required`: her password is temporary; POST me/password/ first.",
)


@allowed_before_password_change
class TokenView(APIView):
    """POST signs in with a password; DELETE signs out everywhere (both work while her password is temporary)."""

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
                "must_change_password": user.must_change_password,
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
    @extend_schema(
        responses={200: s.UserOutput, 403: PASSWORD_CHANGE_REQUIRED}, summary="The signed-in user and her role"
    )
    def get(self, request):
        return Response(s.UserOutput(request.user).data)


@allowed_before_password_change
class PasswordView(APIView):
    @extend_schema(
        request=s.PasswordChangeInput,
        responses={200: s.PasswordChangeOutput, 400: PASSWORD_REJECTED, 429: LOCKED_OUT},
        summary="Change her own password (ends a temporary one); a token client gets its new token",
    )
    def post(self, request):
        data = validated(s.PasswordChangeInput, request.data)
        try:
            user = accounts.change_own_password(request, user=request.user, **data)
        except signin.SignInLocked as exc:
            raise Throttled(wait=exc.lockout.retry_after(), detail=exc.message) from exc
        body = {"username": user.username, "must_change_password": user.must_change_password}
        if request.auth is not None:
            # The new password revoked her token (User.save): hand the client its successor.
            token = accounts.issue_token(user=user)
            body.update(token=token.key, expires_at=accounts.token_expires_at(token))
        else:
            update_session_auth_hash(request, user)
        return Response(body)


class UsersView(GenericAPIView):
    permission_classes = [IsAdminRole]
    serializer_class = s.UserOutput

    def get_queryset(self):
        users = User.objects.order_by("username")
        params = self.request.query_params
        if params.get("q", "").strip():
            text = params["q"].strip()
            users = users.filter(
                Q(username__icontains=text) | Q(first_name__icontains=text) | Q(last_name__icontains=text)
            )
        if params.get("role"):
            users = users.filter(role=accounts.check_role(params["role"]))
        if params.get("is_active") in ("true", "false"):
            users = users.filter(is_active=params["is_active"] == "true")
        return users

    @extend_schema(
        parameters=[
            OpenApiParameter("q", str, description="part of the username or name"),
            OpenApiParameter("role", str, enum=Role.values),
            OpenApiParameter("is_active", bool),
        ],
        responses=s.UserOutput(many=True),
        summary="List users: role, specialties, active, last activity, lock state",
        operation_id="users_list",
    )
    def get(self, request):
        page = self.paginate_queryset(self.get_queryset())
        context = {"locks": signin.locked_accounts()}
        return self.get_paginated_response(s.UserOutput(page, many=True, context=context).data)

    @extend_schema(
        request=s.UserInput,
        responses={201: s.UserOutput, 400: PASSWORD_REJECTED},
        summary="Create a user with a role (password checked against her role's policy)",
    )
    def post(self, request):
        user = accounts.create_user(by=request.user, **validated(s.UserInput, request.data))
        return Response(s.UserOutput(user).data, status=status.HTTP_201_CREATED)


class UsersImportView(APIView):
    permission_classes = [IsAdminRole]
    parser_classes = [MultiPartParser, FormParser]

    @extend_schema(
        request={"multipart/form-data": s.UserImportInput},
        responses={201: s.UserImportOutput, 400: s.UserImportFailure},
        summary="Create users from a CSV, all or none; generated temporary passwords are in this answer only",
    )
    def post(self, request):
        upload = validated(s.UserImportInput, request.data)["file"]
        report = accounts.bulk_create_users(data=upload.read(), by=request.user)
        if not report.ok:
            payload = {
                "message": gettext("No user was created: %(count)s problem(s), first: %(first)s")
                % {"count": report.error_count, "first": report.errors[0]["message"]},
                "code": "invalid_file",
                **report.as_dict(),
            }
            return Response(payload, status=status.HTTP_400_BAD_REQUEST)
        # Temporary passwords must not linger in caches or proxies.
        return Response(report.as_dict(), status=status.HTTP_201_CREATED, headers={"Cache-Control": "no-store"})


class UserView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(responses=s.UserOutput, summary="One user")
    def get(self, request, pk: int):
        user = get_object_or_404(User, pk=pk)
        return Response(s.UserOutput(user, context={"locks": signin.locked_accounts()}).data)

    @extend_schema(
        request=s.UserUpdateInput,
        responses={200: s.UserOutput, 400: PASSWORD_REJECTED},
        summary="Change a user's role or specialties, give her a temporary password, deactivate or reactivate her",
    )
    def patch(self, request, pk: int):
        user = get_object_or_404(User, pk=pk)
        changes = validated(s.UserUpdateInput, request.data)
        user = accounts.update_user(user=user, by=request.user, **changes)
        return Response(s.UserOutput(user, context={"locks": signin.locked_accounts()}).data)


class UserUnlockView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(
        request=None,
        responses={204: OpenApiResponse(description="Her failed sign-ins are forgotten and any lock lifted")},
        summary="Unlock a user locked out by failed sign-ins",
    )
    def post(self, request, pk: int):
        accounts.unlock(user=get_object_or_404(User, pk=pk), by=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)
