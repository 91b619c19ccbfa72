"""Accounts: creating users, passwords under their role's policy, API tokens, deactivation, signing out.

Every path that sets a password (API, console, a future CSV bulk create) calls `set_password` or
`create_user`; Django's own forms and commands reach the same validators through
AUTH_PASSWORD_VALIDATORS (`annotation.passwords`). Saving a new password revokes the user's API
token (`User.save`).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext
from rest_framework.authtoken.models import Token

from annotation.errors import Conflict, ServiceError
from annotation.models import Role, User


def validate_password_for_role(password: str, *, user: User) -> None:
    """Refuse a password her role's policy rejects, saying every reason (stricter for experts and admins)."""
    try:
        validate_password(password, user)
    except ValidationError as exc:
        raise ServiceError(
            gettext("password rejected: %(reasons)s") % {"reasons": " ".join(exc.messages)},
            details={"password": exc.messages},
        ) from exc


def set_password(*, user: User, password: str) -> User:
    """Give an existing user a new password under her role's policy; her API token stops working."""
    validate_password_for_role(password, user=user)
    user.set_password(password)
    user.save(update_fields=["password"])
    return user


@transaction.atomic
def create_user(*, username: str, password: str, role: str = Role.ANNOTATOR, email: str = "") -> User:
    if role not in Role.values:
        raise ServiceError(
            gettext("role must be one of %(roles)s") % {"roles": ", ".join(Role.values)}, details={"role": ["invalid"]}
        )
    if User.objects.filter(username__iexact=username).exists():
        raise Conflict(gettext("user '%(username)s' already exists") % {"username": username})
    user = User(username=username, email=email, role=role)
    validate_password_for_role(password, user=user)
    user.set_password(password)
    user.save()
    return user


def sign_out_everywhere(*, user: User) -> None:
    """Revoke her API token and end all her sessions (the generation is part of the session hash)."""
    Token.objects.filter(user=user).delete()
    User.objects.filter(pk=user.pk).update(auth_generation=F("auth_generation") + 1)
    user.refresh_from_db(fields=["auth_generation"])


@transaction.atomic
def update_user(*, user: User, by: User, is_active: bool | None = None, password: str | None = None) -> User:
    """An admin (de)activates an account or sets its password; deactivation signs it out at once."""
    if password is not None:
        set_password(user=user, password=password)
    if is_active is not None and is_active != user.is_active:
        if not is_active and user.pk == by.pk:
            raise ServiceError(
                gettext("You cannot deactivate your own account; ask another admin."),
                details={"is_active": ["own account"]},
            )
        user.is_active = is_active
        user.save(update_fields=["is_active"])
        if not is_active:
            sign_out_everywhere(user=user)
    return user


def token_expires_at(token: Token) -> datetime:
    return token.created + timedelta(hours=settings.TOKEN_TTL_HOURS)


def token_expired(token: Token, now: datetime | None = None) -> bool:
    return token_expires_at(token) <= (now or timezone.now())


@transaction.atomic
def issue_token(*, user: User) -> Token:
    """Her live API token, or a new one when she has none or hers expired (one token per user)."""
    token, _ = Token.objects.get_or_create(user=user)
    if token_expired(token):
        Token.objects.filter(pk=token.pk).delete()
        token = Token.objects.create(user=user)
    return token
