"""Token authentication with an expiry and clear refusals.

One indexed query per request (token joined to its user), so a revoked token, a rotated password
or a deactivated account is refused on the very next request, in every process. A user whose
password is temporary gets 403 `password_change_required` from every view not marked
`allowed_before_password_change` (annotation.middleware does the same for sessions).
"""

from __future__ import annotations

from rest_framework import exceptions
from rest_framework.authentication import TokenAuthentication
from rest_framework.authtoken.models import Token

from annotation import middleware
from annotation.services import accounts


class TokenExpired(exceptions.AuthenticationFailed):
    default_code = "token_expired"


class AccountInactive(exceptions.AuthenticationFailed):
    default_code = "account_inactive"


class PasswordChangeRequired(exceptions.PermissionDenied):
    default_code = middleware.PASSWORD_CHANGE_CODE


class ExpiringTokenAuthentication(TokenAuthentication):
    def authenticate(self, request):
        authenticated = super().authenticate(request)
        if authenticated is not None and authenticated[0].must_change_password:
            view = (getattr(request, "parser_context", None) or {}).get("view")
            if not middleware.is_allowed_before_password_change(view):
                raise PasswordChangeRequired(middleware.password_change_message())
        return authenticated

    def authenticate_credentials(self, key: str):
        try:
            token = Token.objects.select_related("user").get(key=key)
        except Token.DoesNotExist:
            raise exceptions.AuthenticationFailed("Invalid token.") from None
        if not token.user.is_active:
            raise AccountInactive("This account is deactivated; ask an admin.")
        if accounts.token_expired(token):
            expired_at = accounts.token_expires_at(token).isoformat(timespec="seconds")
            raise TokenExpired(f"This token expired at {expired_at}; get a new one with POST /api/v1/auth/token/.")
        return token.user, token
