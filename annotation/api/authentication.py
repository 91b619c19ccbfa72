"""Token authentication with a short per-process memory, to spare a query on every hot request."""
from __future__ import annotations

import time

from rest_framework.authentication import TokenAuthentication

# Seconds a token stays remembered: a revoked token or a deactivated user is refused at most this late.
TOKEN_TTL = 30.0
MAX_REMEMBERED = 10_000


class CachedTokenAuthentication(TokenAuthentication):
    _remembered: dict[str, tuple[float, object, object]] = {}

    def authenticate_credentials(self, key: str):
        now = time.monotonic()
        hit = self._remembered.get(key)
        if hit is not None and hit[0] > now:
            return hit[1], hit[2]
        user, token = super().authenticate_credentials(key)
        if len(self._remembered) >= MAX_REMEMBERED:
            self._remembered.clear()
        self._remembered[key] = (now + TOKEN_TTL, user, token)
        return user, token
