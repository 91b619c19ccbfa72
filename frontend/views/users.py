"""Console pages for user accounts (admins): create, unlock, (de)activate."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.password_validation import password_validators_help_texts
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from annotation.api.serializers import UserInput
from annotation.errors import ServiceError
from annotation.models import SignInScope, User
from annotation.services import accounts, signin
from frontend.views.forms import fields_of, refusals_as_messages
from medpref.core.api import validated
from medpref.core.roles import Role, admin_page


@admin_page
@require_http_methods(["GET", "POST"])
def users(request):
    if request.method == "POST":
        with refusals_as_messages(request):
            messages.success(request, user_action(request))
        return redirect("console-users")
    locks = signin.current_lockouts()
    locked_accounts = {lock.key: lock.locked_until for lock in locks if lock.scope == SignInScope.ACCOUNT}
    context = {
        "rows": [
            (user, locked_accounts.get(signin.account_key(user.username)))
            for user in User.objects.order_by("role", "username")
        ],
        "roles": Role.choices,
        "locked_addresses": [lock for lock in locks if lock.scope == SignInScope.ADDRESS],
        "password_rules": password_validators_help_texts(),
    }
    return render(request, "frontend/console/users.html", context)


def user_action(request) -> str:
    """Create, unlock, (de)activate: through the accounts and sign-in services; returns what was done."""
    action, post = request.POST.get("action", "create"), request.POST
    if action == "create":
        user = accounts.create_user(**validated(UserInput, fields_of(post, ("username", "password", "role", "email"))))
        return _("User %(name)s created.") % {"name": user.username}
    if action == "unlock_address":
        signin.unlock(address=post.get("address", ""))
        return _("Address %(address)s can sign in again.") % {"address": post.get("address", "")}
    if action in ("unlock", "activate", "deactivate"):
        user = get_object_or_404(User, username=post.get("username", ""))
        if action == "unlock":
            signin.unlock(username=user.username)
            return _("%(name)s can sign in again.") % {"name": user.username}
        accounts.update_user(user=user, by=request.user, is_active=action == "activate")
        return (
            _("%(name)s is active again.")
            if user.is_active
            else _("%(name)s is deactivated and signed out everywhere.")
        ) % {"name": user.username}
    raise ServiceError(_("Unknown action."))
