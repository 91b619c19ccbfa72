"""Landing: each role starts where her work is; her own password change (forced after an admin gave
her a temporary one). Sign-in and sign-out are Django's views (frontend.urls)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.contrib.auth.password_validation import password_validators_help_texts
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from annotation.api.serializers import PasswordChangeInput
from annotation.middleware import allowed_before_password_change
from annotation.services import accounts
from frontend.views.forms import fields_of, refusals_as_messages
from medpref.core.api import validated
from medpref.core.roles import landing_page


def home(request):
    if not request.user.is_authenticated:
        return redirect("login")
    return redirect(landing_page(request.user))


@allowed_before_password_change
@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def password_change(request):
    """Her own new password; while it is temporary every other page sends her here (annotation.middleware)."""
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = ""
    if request.method == "POST":
        with refusals_as_messages(request):
            data = validated(PasswordChangeInput, fields_of(request.POST, ("current_password", "new_password")))
            if data["new_password"] != request.POST.get("confirm_password", ""):
                messages.error(request, _("The two new passwords differ; type the same one twice."))
            else:
                user = accounts.change_own_password(request, user=request.user, **data)
                update_session_auth_hash(request, user)  # the new password would otherwise end this session
                messages.success(request, _("Your password is changed."))
                return redirect(next_url or landing_page(user))
    context = {
        "forced": request.user.must_change_password,
        "next": next_url,
        "password_rules": password_validators_help_texts(),
    }
    return render(request, "frontend/password_change.html", context)
