"""Token authentication with an expiry and clear refusals.

One indexed query per request (token joined to its user), so a revoked token, a rotated password
or a deactivated account is refused on the very next request, in every process.
"""

from __future__ import annotations

from rest_framework import exceptions
from rest_framework.authentication import TokenAuthentication
from rest_framework.authtoken.models import Token

from annotation.services import accounts


class TokenExpired(exceptions.AuthenticationFailed):
    default_code = "token_expired"


class AccountInactive(exceptions.AuthenticationFailed):
    default_code = "account_inactive"


class ExpiringTokenAuthentication(TokenAuthentication):
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
