"""System checks (`manage.py check --deploy`) for settings that are each valid alone but unsafe together."""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def signin_proxies(app_configs=None, **kwargs) -> list[Warning]:
    """The sign-in lockout counts failures per client address, which only the proxies know."""
    proxies = settings.SIGNIN_TRUSTED_PROXIES
    if settings.BEHIND_PROXY and proxies == 0:
        return [
            Warning(
                "BEHIND_PROXY is on but SIGNIN_TRUSTED_PROXIES is 0: every client signs in from the proxy's "
                "address, so the address lockout counts everybody's failures together and one guesser "
                "refuses every account that mistyped its password within SIGNIN_LOCKOUT_MINUTES.",
                hint="Set SIGNIN_TRUSTED_PROXIES to the number of proxies that append to X-Forwarded-For "
                "(leave it unset for one).",
                id="medpref.W001",
            )
        ]
    if not settings.BEHIND_PROXY and proxies > 0:
        return [
            Warning(
                f"SIGNIN_TRUSTED_PROXIES is {proxies} but BEHIND_PROXY is off: without a proxy in front that "
                "overwrites X-Forwarded-For, a client writes her own address and escapes the address lockout.",
                hint="Set BEHIND_PROXY=1 if the app is behind a proxy, else SIGNIN_TRUSTED_PROXIES=0.",
                id="medpref.W002",
            )
        ]
    return []
