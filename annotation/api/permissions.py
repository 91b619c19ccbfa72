"""Role checks, written once and named after the roles (see selectors.visibility for data scope)."""
from rest_framework.permissions import BasePermission

from annotation.models import Role


class IsAdminRole(BasePermission):
    message = "Only admins may do this."

    def has_permission(self, request, view) -> bool:
        return bool(request.user and request.user.is_authenticated and request.user.role == Role.ADMIN)


class IsExpertRole(BasePermission):
    message = "Only experts and admins may do this."

    def has_permission(self, request, view) -> bool:
        return bool(request.user and request.user.is_authenticated and request.user.role in (Role.EXPERT, Role.ADMIN))
