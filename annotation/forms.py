"""Sign-in forms for `/login/` and the Django admin: Django's, with the lockout's message when locked."""

from __future__ import annotations

from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError

from annotation.errors import ServiceError
from annotation.services import signin


class SignInForm(AuthenticationForm):
    def clean(self):
        username = self.cleaned_data.get("username")
        password = self.cleaned_data.get("password")
        if username is not None and password:
            try:
                self.user_cache = signin.sign_in(self.request, username=username, password=password)
            except signin.SignInLocked as exc:
                raise ValidationError(exc.message, code=exc.code) from exc
            except ServiceError as exc:
                raise self.get_invalid_login_error() from exc
            self.confirm_login_allowed(self.user_cache)
        return self.cleaned_data


class AdminSignInForm(SignInForm, AdminAuthenticationForm):
    """The admin's form (staff only, its own wording) with the same lockout."""
