"""Two things every signed-in request passes through: a temporary password must be replaced before
anything else works, and her last activity is noted (coarsely, so it costs one UPDATE now and then).

Pages answer a redirect to the password-change page, JSON clients 403 `password_change_required`;
views marked `allowed_before_password_change` (changing the password, signing out) still work.
Token-authenticated API requests are refused the same way by the token authentication
(annotation.api.authentication), which runs inside DRF after this middleware has seen the request.
"""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.auth import REDIRECT_FIELD_NAME
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import empty
from django.utils.http import urlencode

from annotation.services import accounts
from medpref.core.errors import error_body, wants_json

PASSWORD_CHANGE_CODE = "password_change_required"
MARK = "allowed_before_password_change"


def allowed_before_password_change(view):
    """Mark a page or API view (function or class) as usable while her password is temporary."""
    setattr(view, MARK, True)
    return view


def is_allowed_before_password_change(view) -> bool:
    """Whether the view (a function, a class, a DRF view instance, or `as_view()`'s function) is marked."""
    candidates = (view, getattr(view, "cls", None), getattr(view, "view_class", None))
    return any(getattr(candidate, MARK, False) for candidate in candidates if candidate is not None)


def password_change_message() -> str:
    # The endpoint is in the message too, so a script's log tells its reader what to do.
    return f"{accounts.PASSWORD_CHANGE_REQUIRED} POST {reverse('me-password')} {{current_password, new_password}}."


def password_change_refusal(request: HttpRequest) -> HttpResponse:
    if wants_json(request):
        return JsonResponse(error_body(password_change_message(), PASSWORD_CHANGE_CODE), status=403)
    return redirect(f"{reverse('password-change')}?{urlencode({REDIRECT_FIELD_NAME: request.get_full_path()})}")


class AccountMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        user = signed_in_user(request)
        if user is not None:
            accounts.note_activity(user)
        return response

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs) -> HttpResponse | None:
        # The session's user (free when there is no session cookie); token users are DRF's to check.
        user = request.user
        if user.is_authenticated and user.must_change_password and not is_allowed_before_password_change(view_func):
            return password_change_refusal(request)
        return None


def signed_in_user(request: HttpRequest):
    """The user this request was served to, if the view looked her up (session or DRF's token);
    None for anonymous requests and for those that never needed her (no query spent on them)."""
    user = getattr(request, "user", None)
    if user is None or getattr(user, "_wrapped", None) is empty:
        return None
    return user if user.is_authenticated else None
