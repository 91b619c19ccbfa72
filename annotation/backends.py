"""The authentication backend: Django's ModelBackend behind the sign-in lockout."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied

from annotation.services import signin


class LockoutBackend(ModelBackend):
    """Every password check in the project (API token, /login/, Django admin) passes here, so none escapes the lockout."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None:
            username = kwargs.get(get_user_model().USERNAME_FIELD)
        if username is None or password is None:
            return None
        address = signin.client_address(request)
        if signin.refusing_lockout(username=username, address=address) is not None:
            # Django stops at PermissionDenied: no other backend is asked, and the password is not checked.
            raise PermissionDenied
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is None:
            signin.record_failure(username=username, address=address)
        else:
            signin.record_success(username=username)
        return user
