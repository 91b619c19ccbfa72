"""Webhooks: medpref's events announced to outside systems, signed the Standard Webhooks way.

    emit(type, data)   a service announces an event: one Delivery per active subscription to that
                       type is stored in the service's own transaction (an outbox: a process that dies
                       right after the commit leaves the rows, which send_due sends), and the Celery
                       tasks go out once it commits (an event of a rolled-back transaction is never
                       stored, so never announced)
    attempt(id)        one signed POST (task medpref.webhooks.deliver): a 2xx succeeds; 408, 429, 5xx,
                       timeouts and connection errors are retried with exponential backoff until
                       WEBHOOK_MAX_ATTEMPTS; any other answer fails at once (retrying cannot help)
    send_due()         Celery beat re-sends deliveries whose retry message was lost (broker restart),
                       and forgets finished deliveries older than WEBHOOK_LOG_DAYS

Every attempt claims its delivery with one conditional UPDATE, so a message delivered twice (a
redelivery, the beat's re-send) never makes two POSTs at once. Redirects are never followed to
another host: only a 307/308 to the same host, which keeps the method and the signed body.
"""

from __future__ import annotations

import base64
import json
import logging
import secrets
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from urllib.parse import urljoin, urlsplit

import httpx
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy, gettext_noop
from standardwebhooks.webhooks import Webhook

from medpref.core import refresh
from medpref.core.webhooks import addresses
from medpref.core.webhooks.models import Delivery, DeliveryStatus, Subscription

log = logging.getLogger(__name__)

#: What a subscription may ask for, with what each means (the API's and the page's help).
EVENT_TYPES = {
    "pair.resolved": gettext_lazy("A pair reached consensus: its preference is training data."),
    "pair.disputed": gettext_lazy("A pair's annotators disagreed; it waits for an expert."),
    "arbitration.decided": gettext_lazy("An expert decided a disputed pair (a, b, tie or exclude)."),
    "snapshot.created": gettext_lazy("A snapshot (DPO or SFT rows, with its manifest) was created."),
    "job.state_changed": gettext_lazy("A training job was queued, started, succeeded, failed or was cancelled."),
    "evaluation.finished": gettext_lazy("Every pair of an evaluation is decided: its results are final."),
}
#: Sent only by "send test event", to one subscription, whatever events it chose.
TEST_EVENT = "webhook.test"

BLOCKED_ADDRESS = gettext_noop(
    "the receiver's address is loopback, private, link-local or otherwise not public: webhooks are not "
    "sent there unless the site sets WEBHOOK_ALLOW_PRIVATE=1"
)

TASK_NAME = "medpref.webhooks.deliver"
MAX_REDIRECTS = 3
RESPONSE_EXCERPT = 300
SEND_DUE_BATCH = 1000


#: In-process reactions to an event, called after its transaction commits: how a higher layer derives
#: an event from a lower one's without that layer importing it (inference: evaluation.finished).
LISTENERS: dict[str, list[Callable[[dict], None]]] = defaultdict(list)


class InvalidSubscription(ValueError):
    """A subscription that cannot be saved, with a sentence saying which field and why."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field, self.message = field, message


# --- announcing ---------------------------------------------------------------------------------


def emit(event_type: str, data: dict) -> None:
    """Announce `event_type` with `data` (ids and the few fields a receiver needs, never patient
    text) to its subscribers: stored with the current transaction, sent once it commits."""
    if event_type not in EVENT_TYPES:
        raise ValueError(f"unknown webhook event type {event_type!r}; known: {', '.join(EVENT_TYPES)}")
    payload = {"type": event_type, "timestamp": timezone.now().isoformat().replace("+00:00", "Z"), "data": data}
    deliveries = store(new_event_id(), event_type, payload)
    # robust: a failure here is logged and never turns a committed request into an error.
    transaction.on_commit(partial(announce, event_type, payload, [d.pk for d in deliveries]), robust=True)


def listen(event_types: Iterable[str], listener: Callable[[dict], None]) -> None:
    """Call `listener(data)` after each committed event of these types (from an AppConfig.ready)."""
    for event_type in event_types:
        if listener not in LISTENERS[event_type]:
            LISTENERS[event_type].append(listener)


def new_event_id() -> str:
    return f"msg_{uuid.uuid4().hex}"


def store(event_id: str, event_type: str, payload: dict) -> list[Delivery]:
    """The outbox: a pending delivery per active subscription to the event, due now."""
    wanted = [s for s in Subscription.objects.filter(active=True).only("id", "events") if event_type in s.events]
    if not wanted:
        return []
    now = timezone.now()
    return Delivery.objects.bulk_create(
        Delivery(subscription_id=s.pk, event_id=event_id, event_type=event_type, payload=payload, next_attempt_at=now)
        for s in wanted
    )


def announce(event_type: str, payload: dict, delivery_ids: list[int]) -> None:
    """After the commit: run the event's in-process listeners and queue each stored delivery."""
    for listener in LISTENERS.get(event_type, ()):
        try:
            listener(payload["data"])
        except Exception:  # noqa: BLE001 - a listener's failure must not cost the subscribers their event
            log.exception("webhook listener %s failed on %s", listener, event_type)
    for pk in delivery_ids:
        send(pk)


def dispatch(event_id: str, event_type: str, payload: dict) -> list[Delivery]:
    """Store and announce at once (outside a service's transaction: tests, re-sending by hand)."""
    deliveries = store(event_id, event_type, payload)
    announce(event_type, payload, [d.pk for d in deliveries])
    return deliveries


def send(delivery_id: int, countdown: float = 0) -> None:
    """Queue an attempt by task name (refresh.send_task; queue `default`); a lost message is re-sent by send_due."""
    try:
        refresh.send_task(TASK_NAME, delivery_id, countdown=countdown or None)
    except Exception:  # noqa: BLE001 - the broker is down: the row is due, Celery beat's send_due re-sends it
        log.exception("webhook delivery %s could not be queued; send_due will retry it", delivery_id)


def send_due(*, now: datetime | None = None) -> int:
    """Re-send deliveries that are overdue (their message was lost); returns how many."""
    now = now or timezone.now()
    overdue = now - timedelta(seconds=settings.WEBHOOK_SEND_DUE_GRACE_SECONDS)
    ids = list(
        Delivery.objects.filter(status=DeliveryStatus.PENDING, next_attempt_at__lte=overdue)
        .order_by("next_attempt_at")
        .values_list("pk", flat=True)[:SEND_DUE_BATCH]
    )
    for pk in ids:
        send(pk)
    return len(ids)


def prune_log(*, now: datetime | None = None) -> int:
    """Delete finished deliveries older than WEBHOOK_LOG_DAYS (the log would grow forever); returns how many."""
    before = (now or timezone.now()) - timedelta(days=settings.WEBHOOK_LOG_DAYS)
    deleted, _ = Delivery.objects.filter(finished_at__lt=before).exclude(status=DeliveryStatus.PENDING).delete()
    return deleted


# --- delivering ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """What one attempt got: a status code and/or an error, and whether trying again can help."""

    status_code: int | None
    error: str
    retry: bool
    retry_after: float | None = None

    @property
    def succeeded(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


def backoff(attempts: int) -> float:
    """Seconds to wait after the `attempts`-th failed attempt: base, 2 x base, 4 x base, ... capped."""
    return float(min(settings.WEBHOOK_RETRY_BASE_SECONDS * 2 ** (attempts - 1), settings.WEBHOOK_RETRY_MAX_SECONDS))


def schedule(max_attempts: int | None = None) -> list[float]:
    """The waits between the attempts of a delivery that always fails (docs/api.md, Webhooks; the console's help)."""
    return [backoff(n) for n in range(1, (max_attempts or settings.WEBHOOK_MAX_ATTEMPTS))]


def attempt(delivery_id: int, *, now: datetime | None = None) -> Delivery | None:
    """Make the next attempt of a due delivery and record what came of it; None when it was not
    due (already delivered, given up, or another worker holds it)."""
    now = now or timezone.now()
    # The claim: the attempt counts from now, and until the lease ends nobody else sends it.
    lease = now + timedelta(seconds=settings.WEBHOOK_TIMEOUT_SECONDS * (MAX_REDIRECTS + 1) + 60)
    claimed = Delivery.objects.filter(pk=delivery_id, status=DeliveryStatus.PENDING, next_attempt_at__lte=now).update(
        attempts=F("attempts") + 1, last_attempt_at=now, next_attempt_at=lease
    )
    if not claimed:
        return None
    delivery = Delivery.objects.select_related("subscription").get(pk=delivery_id)
    if not delivery.subscription.active and delivery.event_type != TEST_EVENT:
        outcome = Outcome(None, gettext("the subscription was deactivated before this delivery was sent"), False)
    else:
        outcome = post(delivery, now)
    return record(delivery, outcome, now)


def post(delivery: Delivery, now: datetime) -> Outcome:
    """One signed POST of the delivery's payload; redirects only to the same host, 307/308 only."""
    subscription = delivery.subscription
    body = json.dumps(delivery.payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    headers = {
        "content-type": "application/json",
        "user-agent": "medpref-webhooks/1",
        "webhook-id": delivery.event_id,
        "webhook-timestamp": str(int(now.timestamp())),
        "webhook-signature": Webhook(subscription.secret).sign(msg_id=delivery.event_id, timestamp=now, data=body),
    }
    url = subscription.url
    timeout = settings.WEBHOOK_TIMEOUT_SECONDS
    try:
        with addresses.client(timeout=timeout) as client:
            for _hop in range(MAX_REDIRECTS + 1):
                with client.stream("POST", url, content=body.encode(), headers=headers) as response:
                    code, excerpt = response.status_code, read_excerpt(response)
                    location = response.headers.get("location", "")
                    retry_after = parse_retry_after(response.headers.get("retry-after", ""))
                if code in (307, 308) and location:
                    target = urljoin(url, location)
                    if not same_host(url, target):
                        return Outcome(
                            code,
                            gettext("redirected to %(target)s, another host: not followed; set the final URL")
                            % {"target": target},
                            retry=False,
                        )
                    url = target
                    continue
                break
            else:
                return Outcome(code, gettext("more than %(n)s redirects: not followed") % {"n": MAX_REDIRECTS}, False)
    except httpx.TransportError as exc:
        return transport_failure(delivery, url, exc, timeout)
    except httpx.HTTPError as exc:
        return Outcome(None, f"{type(exc).__name__}: {exc}", retry=False)
    if 200 <= code < 300:
        return Outcome(code, "", retry=False)
    if 300 <= code < 400:
        return Outcome(
            code, gettext("answered with a redirect, which webhooks do not follow; set the final URL"), False
        )
    retry = code in (408, 429) or code >= 500
    return Outcome(code, excerpt, retry=retry, retry_after=retry_after)


def transport_failure(delivery: Delivery, url: str, exc: httpx.TransportError, timeout: float) -> Outcome:
    """What the log says when no answer came. Connection failures read alike (refused, reset, no
    route, a connect timeout): telling them apart would make the delivery log a port scanner. The
    detail goes to the server log, for whoever runs the site."""
    log.info("webhook %s to %s: %s: %s", delivery.event_id, url, type(exc).__name__, exc)
    if isinstance(exc.__cause__, addresses.BlockedAddress):
        return Outcome(None, gettext(BLOCKED_ADDRESS), retry=False)
    if isinstance(exc, httpx.TimeoutException) and not isinstance(exc, httpx.ConnectTimeout):
        return Outcome(None, gettext("no answer within %(seconds)s s") % {"seconds": timeout}, retry=True)
    return Outcome(None, gettext("could not connect, or the connection broke before the answer"), retry=True)


def read_excerpt(response: httpx.Response) -> str:
    """The start of the receiver's answer (for the log), without reading a large body."""
    chunk = b""
    for piece in response.iter_bytes():
        chunk += piece
        if len(chunk) >= RESPONSE_EXCERPT:
            break
    return chunk[:RESPONSE_EXCERPT].decode("utf-8", errors="replace")


def parse_retry_after(value: str) -> float | None:
    return float(value) if value.strip().isdigit() else None


def same_host(url: str, target: str) -> bool:
    """A redirect may stay on the host (and move from http to https), never leave it or downgrade."""
    a, b = urlsplit(url), urlsplit(target)
    return (
        a.hostname == b.hostname and b.scheme in ("http", "https") and not (a.scheme == "https" and b.scheme == "http")
    )


def record(delivery: Delivery, outcome: Outcome, now: datetime) -> Delivery:
    """Succeeded, retried later (queued with its countdown) or failed for good, with the reason logged."""
    fields = {"last_status_code": outcome.status_code, "last_error": outcome.error[:2000]}
    attempts = delivery.attempts
    if outcome.succeeded:
        fields |= {"status": DeliveryStatus.SUCCEEDED, "finished_at": now, "next_attempt_at": None}
    elif outcome.retry and attempts < settings.WEBHOOK_MAX_ATTEMPTS:
        delay = backoff(attempts)
        if outcome.retry_after is not None:
            delay = min(max(delay, outcome.retry_after), settings.WEBHOOK_RETRY_MAX_SECONDS)
        fields |= {"next_attempt_at": now + timedelta(seconds=delay)}
        log.info(
            "webhook %s to %s: attempt %s failed (%s); next in %.0f s",
            delivery.event_id, delivery.subscription.url, attempts, outcome.status_code or outcome.error, delay,
        )  # fmt: skip
    else:
        fields |= {"status": DeliveryStatus.FAILED, "finished_at": now, "next_attempt_at": None}
        why = f"gave up after {attempts} attempts" if outcome.retry else "not retried: the answer will not change"
        log.warning(
            "webhook %s (%s) to %s failed: %s %s; %s",
            delivery.event_id, delivery.event_type, delivery.subscription.url,
            outcome.status_code or "", outcome.error[:200], why,
        )  # fmt: skip
    Delivery.objects.filter(pk=delivery.pk).update(**fields)
    for name, value in fields.items():
        setattr(delivery, name, value)
    if delivery.status == DeliveryStatus.PENDING:
        send(delivery.pk, countdown=(delivery.next_attempt_at - now).total_seconds())
    return delivery


# --- subscriptions ------------------------------------------------------------------------------


def new_secret() -> str:
    """A Standard Webhooks secret: `whsec_` and 32 random bytes in base64."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


def check_url(url: str) -> str:
    """Only http(s) URLs with a host: no file:, ftp:, javascript: or gopher: targets; and no host
    that resolves to a non-public address (addresses.py), unless WEBHOOK_ALLOW_PRIVATE."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https"):
        raise InvalidSubscription(
            "url", gettext("webhooks are sent to http:// or https:// URLs only, not %(scheme)s") % {
                "scheme": f"{parts.scheme}:" if parts.scheme else gettext("a URL without a scheme")
            }
        )  # fmt: skip
    if not parts.hostname:
        raise InvalidSubscription("url", gettext("the URL names no host"))
    try:
        URLValidator(schemes=["http", "https"])(url.strip())
    except ValidationError:
        raise InvalidSubscription("url", gettext("this is not a valid URL")) from None
    try:
        refused = addresses.blocked(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
    except OSError:
        refused = []  # a name that does not resolve yet: each delivery checks it again when it connects
    if refused:
        raise InvalidSubscription("url", gettext(BLOCKED_ADDRESS))
    return url.strip()


def check_events(events: list[str]) -> list[str]:
    """At least one known event type; each once, in a stable order."""
    unknown = [event for event in events if event not in EVENT_TYPES]
    if unknown:
        raise InvalidSubscription(
            "events",
            gettext("unknown event types: %(unknown)s (known: %(known)s)")
            % {"unknown": ", ".join(unknown), "known": ", ".join(EVENT_TYPES)},
        )
    if not events:
        raise InvalidSubscription("events", gettext("choose at least one event type"))
    return sorted(set(events))


def create_subscription(
    *, url: str, events: list[str], description: str = "", active: bool = True, created_by=None
) -> tuple[Subscription, str]:
    """The new subscription and its secret: the only time the secret is handed out."""
    subscription = Subscription.objects.create(
        url=check_url(url),
        events=check_events(events),
        description=description,
        active=active,
        secret=new_secret(),
        created_by=created_by,
    )
    return subscription, subscription.secret


def update_subscription(subscription: Subscription, **changes) -> Subscription:
    """Change url, events, description or active; the secret only changes by rotate_secret."""
    if "url" in changes:
        changes["url"] = check_url(changes["url"])
    if "events" in changes:
        changes["events"] = check_events(changes["events"])
    for name, value in changes.items():
        if name not in ("url", "events", "description", "active"):
            raise ValueError(f"{name} cannot be changed")
        setattr(subscription, name, value)
    subscription.save()
    return subscription


def rotate_secret(subscription: Subscription) -> str:
    """A new secret, shown once; deliveries from now on are signed with it (retries included)."""
    subscription.secret = new_secret()
    subscription.save(update_fields=["secret", "updated_at"])
    return subscription.secret


def send_test(subscription: Subscription, *, sent_by=None) -> Delivery:
    """One test event to this subscription, attempted now so the admin sees the answer; a failure
    is retried like any delivery."""
    now = timezone.now()
    data = {"subscription": subscription.pk, "sent_by": getattr(sent_by, "username", None)}
    delivery = Delivery.objects.create(
        subscription=subscription,
        event_id=new_event_id(),
        event_type=TEST_EVENT,
        payload={"type": TEST_EVENT, "timestamp": now.isoformat().replace("+00:00", "Z"), "data": data},
        next_attempt_at=now,
    )
    return attempt(delivery.pk, now=now) or delivery
