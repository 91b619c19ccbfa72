"""Password sign-in with a lockout per account and per network address (brute-force protection).

Every password check goes through `annotation.backends.LockoutBackend` (the API token endpoint,
`/login/` and the Django admin alike), which asks `active_lockout` first and reports the outcome
here. An account is locked after SIGNIN_LOCKOUT_ATTEMPTS failures within SIGNIN_LOCKOUT_MINUTES, an
address after SIGNIN_LOCKOUT_ADDRESS_ATTEMPTS (higher: a hospital's physicians often share one
address); a lock lasts SIGNIN_LOCKOUT_MINUTES or until an admin unlocks it. While an account is
locked even the right password is refused, so guessing gains nothing.

An address lock refuses only accounts that failed within the window themselves (unknown usernames
included: each counts as an account). Everyone else behind that address (often a whole hospital
behind one proxy) still gets one password check, so fifty requests with made-up usernames cannot
lock the admins out; a wrong answer to that check is that account's failure, and from then on the
address lock refuses it too. A sprayer from a locked address thus tries at most one password per
account per window, and learns nothing new from the answers: every refusal (wrong password, unknown
username, lock) looks the same, a 429 naming the address lock.
"""

from __future__ import annotations

import ipaddress
import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.contrib.auth import authenticate
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext, gettext_noop

from annotation.errors import ServiceError
from annotation.models import SignInLockout, SignInScope, User
from annotation.services import audit

WRONG_CREDENTIALS = gettext_noop("Unknown username or wrong password.")


@dataclass(frozen=True)
class Lockout:
    scope: str
    key: str
    locked_until: datetime

    def retry_after(self, now: datetime | None = None) -> int:
        """Whole seconds until the lock lifts (at least 1)."""
        return max(1, math.ceil((self.locked_until - (now or timezone.now())).total_seconds()))


class SignInLocked(ServiceError):
    status = 429
    code = "locked_out"

    def __init__(self, lockout: Lockout):
        self.lockout = lockout
        minutes = math.ceil(lockout.retry_after() / 60)
        params = {"time": lockout.locked_until.astimezone(UTC).strftime("%H:%M UTC"), "minutes": minutes}
        if lockout.scope == SignInScope.ACCOUNT:
            text = gettext(
                "Too many failed sign-ins for this account. Try again after %(time)s (in %(minutes)d min), or ask an admin to unlock it."
            )
        else:
            text = gettext(
                "Too many failed sign-ins from your network address. Try again after %(time)s (in %(minutes)d min), or ask an admin to unlock it."
            )
        super().__init__(
            text % params,
            details={"retry_after": lockout.retry_after(), "locked_until": lockout.locked_until.isoformat()},
        )


def window() -> timedelta:
    return timedelta(minutes=settings.SIGNIN_LOCKOUT_MINUTES)


def account_key(username: str) -> str:
    # Case-folded so "Physician1" and "physician1" share one count.
    return username.strip().casefold()[:150]


def client_address(request) -> str | None:
    """The client's IP: REMOTE_ADDR, or the address the outermost of SIGNIN_TRUSTED_PROXIES proxies saw."""
    if request is None:
        return None
    address = request.META.get("REMOTE_ADDR", "")
    proxies = settings.SIGNIN_TRUSTED_PROXIES
    if proxies:
        # Each proxy appends the address it received from; anything further left the client wrote.
        hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
        if len(hops) >= proxies:
            address = hops[-proxies]
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


def _keys(*, username: str | None, address: str | None) -> Q:
    keys = Q(pk__in=[])
    if username:
        keys |= Q(scope=SignInScope.ACCOUNT, key=account_key(username))
    if address:
        keys |= Q(scope=SignInScope.ADDRESS, key=address)
    return keys


def active_lockout(*, username: str | None, address: str | None, now: datetime | None = None) -> Lockout | None:
    """The lock on this account or address now (the one lasting longest), or None: what a refused
    sign-in's message names."""
    now = now or timezone.now()
    row = (
        SignInLockout.objects.filter(_keys(username=username, address=address), locked_until__gt=now)
        .order_by("-locked_until")
        .first()
    )
    return Lockout(scope=row.scope, key=row.key, locked_until=row.locked_until) if row else None


def refusing_lockout(*, username: str, address: str | None, now: datetime | None = None) -> Lockout | None:
    """The lock that refuses this sign-in before its password is checked, or None: the account's
    own lock, or the address's when this account failed within the window too (module docstring)."""
    now = now or timezone.now()
    rows = list(SignInLockout.objects.filter(_keys(username=username, address=address)))
    account = next((row for row in rows if row.scope == SignInScope.ACCOUNT), None)
    locks = [row for row in rows if row.locked_until is not None and row.locked_until > now]
    if account is None or not _counting(account, now):
        locks = [row for row in locks if row.scope == SignInScope.ACCOUNT]
    row = max(locks, key=lambda lock: lock.locked_until, default=None)
    return Lockout(scope=row.scope, key=row.key, locked_until=row.locked_until) if row else None


def _counting(row: SignInLockout, now: datetime) -> bool:
    """Whether the row's failures still count: locked now, or the last one within the window."""
    return row.locked_until > now if row.locked_until else row.last_failure_at > now - window()


@transaction.atomic
def record_failure(*, username: str, address: str | None) -> None:
    """Count a failed password check against the account and the address; lock those over their limit."""
    now = timezone.now()
    _count(SignInScope.ACCOUNT, account_key(username), settings.SIGNIN_LOCKOUT_ATTEMPTS, now)
    if address:
        _count(SignInScope.ADDRESS, address, settings.SIGNIN_LOCKOUT_ADDRESS_ATTEMPTS, now)
    # Forget windows that ended; failures are rare, so this keeps the table small at no real cost.
    SignInLockout.objects.filter(last_failure_at__lt=now - window()).exclude(locked_until__gt=now).delete()


def _count(scope: str, key: str, limit: int, now: datetime) -> None:
    row, created = SignInLockout.objects.select_for_update().get_or_create(
        scope=scope, key=key, defaults={"last_failure_at": now}
    )
    row.failures = 1 if created or not _counting(row, now) else row.failures + 1
    row.last_failure_at = now
    row.locked_until = now + window() if row.failures >= limit else None
    row.save()


def record_success(*, username: str) -> None:
    """A right password clears the account's count (not the address's: one good account must not reset it)."""
    SignInLockout.objects.filter(scope=SignInScope.ACCOUNT, key=account_key(username)).delete()


def unlock(*, username: str | None = None, address: str | None = None) -> int:
    """An admin lifts the lock (and forgets the failures) of an account and/or an address; returns rows removed."""
    if not username and not address:
        raise ServiceError(gettext("Say which account or address to unlock."))
    removed, _ = SignInLockout.objects.filter(_keys(username=username, address=address)).delete()
    return removed


def unlock_address(*, address: str, by: User | None) -> int:
    """An admin (or `manage.py unlock_signin`, `by` None) lifts an address's lock, on the audit trail."""
    try:
        address = str(ipaddress.ip_address(address.strip()))
    except ValueError:
        raise ServiceError(gettext("%(address)s is not an IP address.") % {"address": address}) from None
    with transaction.atomic():
        removed = unlock(address=address)
        audit.record("signin.unlock_address", actor=by, address=address, removed=removed)
    return removed


def unlock_username(*, username: str, by: User | None) -> int:
    """Lifts the lock of a username that has no account (typos, guesses), on the audit trail;
    `accounts.unlock` is the one for a user."""
    with transaction.atomic():
        removed = unlock(username=username)
        audit.record("signin.unlock_username", actor=by, username=account_key(username), removed=removed)
    return removed


def current_lockouts(now: datetime | None = None) -> list[SignInLockout]:
    """Locks in force now, for the admin pages."""
    return list(SignInLockout.objects.filter(locked_until__gt=now or timezone.now()).order_by("scope", "key"))


def locked_accounts(now: datetime | None = None) -> dict[str, datetime]:
    """Account keys (`account_key`) locked now, with until when: one query for a whole page of users."""
    rows = SignInLockout.objects.filter(scope=SignInScope.ACCOUNT, locked_until__gt=now or timezone.now())
    return dict(rows.values_list("key", "locked_until"))


def sign_in(request, *, username: str, password: str) -> User:
    """The user these credentials belong to; `SignInLocked` (429) or a 400 with a plain message otherwise."""
    user = authenticate(request, username=username, password=password)
    if user is not None:
        return user
    lockout = active_lockout(username=username, address=client_address(request))
    if lockout is not None:
        raise SignInLocked(lockout)
    raise ServiceError(gettext(WRONG_CREDENTIALS))
