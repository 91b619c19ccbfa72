"""Roles and what each may do, asked one way by the API, the pages, the selectors and the admin.

Three roles (PROTOCOL roles): annotators (physicians) judge pairs; experts also decide disputes;
admins run everything. Each rule is a predicate here; the API's permission classes and the pages'
decorators are thin wrappers around the same predicates, so a rule never has two spellings.
Which rows a role may see is a selector's business (annotation.selectors.visibility), built on these.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import gettext_lazy as _
from rest_framework.permissions import BasePermission


class Role(models.TextChoices):
    ANNOTATOR = "annotator", _("Annotator (physician)")
    EXPERT = "expert", _("Expert (arbiter)")
    ADMIN = "admin", _("Admin")


#: Roles whose work decides what becomes training data (disputes) or runs everything.
PRIVILEGED_ROLES = (Role.EXPERT, Role.ADMIN)


def role_of(user) -> str | None:
    """Her role, or None for an anonymous visitor (sign-in already refuses deactivated accounts)."""
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    return getattr(user, "role", None)


def is_admin(user) -> bool:
    """Runs campaigns, users, exports, training and evaluations; sees everything."""
    return role_of(user) == Role.ADMIN


def is_expert(user) -> bool:
    """May decide disputes and see every annotation of a disputed pair (admins too)."""
    return role_of(user) in PRIVILEGED_ROLES


def is_privileged(user) -> bool:
    """Experts and admins, and anyone let into the Django admin: their passwords guard more."""
    return is_expert(user) or bool(getattr(user, "is_staff", False) or getattr(user, "is_superuser", False))


def landing_page(user) -> str:
    """The URL name of where her work starts."""
    return "console" if is_admin(user) else "arbitration" if is_expert(user) else "annotate"


# --- pages ------------------------------------------------------------------------------------


def page_requires(predicate: Callable[[object], bool]):
    """A page for whoever passes `predicate`: anonymous visitors go to sign in, others get 403."""

    def decorator(view):
        @wraps(view)
        @login_required
        def wrapped(request, *args, **kwargs):
            if not predicate(request.user):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


admin_page = page_requires(is_admin)
expert_page = page_requires(is_expert)


# --- API --------------------------------------------------------------------------------------


class IsAdminRole(BasePermission):
    message = "Only admins may do this."

    def has_permission(self, request, view) -> bool:
        return is_admin(request.user)


class IsExpertRole(BasePermission):
    message = "Only experts and admins may do this."

    def has_permission(self, request, view) -> bool:
        return is_expert(request.user)
