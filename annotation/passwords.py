"""Password validators for AUTH_PASSWORD_VALIDATORS, so every path that sets a password applies them.

Django runs these from its own forms (admin, password change) and commands (`createsuperuser`,
`changepassword`); the API, the console and bulk creation call them through
`annotation.services.accounts.validate_password_for_role`.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from medpref.core import roles


def is_privileged(user) -> bool:
    """Experts decide what becomes training data and admins run everything: their passwords guard more."""
    return roles.is_privileged(user)


class RoleMinimumLengthValidator:
    """At least `min_length` characters, and `privileged_min_length` for experts and admins."""

    def __init__(self, min_length: int = 8, privileged_min_length: int = 12):
        self.min_length = min_length
        self.privileged_min_length = max(privileged_min_length, min_length)

    def required_length(self, user) -> int:
        return self.privileged_min_length if is_privileged(user) else self.min_length

    def validate(self, password: str, user=None) -> None:
        needed = self.required_length(user)
        if len(password) < needed:
            message = ngettext(
                "This password is too short: %(role)s accounts need at least %(min_length)d character.",
                "This password is too short: %(role)s accounts need at least %(min_length)d characters.",
                needed,
            )
            role = _("expert and admin") if is_privileged(user) else _("annotator")
            raise ValidationError(message, code="password_too_short", params={"min_length": needed, "role": role})

    def get_help_text(self) -> str:
        return _(
            "Your password must contain at least %(min_length)d characters (%(privileged)d for experts and admins)."
        ) % {
            "min_length": self.min_length,
            "privileged": self.privileged_min_length,
        }


class DemoPasswordValidator:
    """The demo password is printed in the README: only `create_demo` may give it to its demo users."""

    def validate(self, password: str, user=None) -> None:
        demo = getattr(settings, "DEMO_PASSWORD", "")
        if demo and password.strip().casefold() == demo.strip().casefold():
            raise ValidationError(
                _("This password is the public demo password; choose another."), code="password_is_demo"
            )

    def get_help_text(self) -> str:
        return _("Your password can't be the public demo password.")
