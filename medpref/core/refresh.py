"""Figures too costly for a request (a campaign's progress counts, its agreement report): kept in the
cache, and computed again by a worker that is asked once at a time.

    key(prefix, row)            the cache key of a row's figure, with the row's creation time
    ask_once(asked_key, send)   send the worker's task unless one asked under `asked_key` has not ended
    answering(asked_key)        the worker's side: once its work ends (or fails), the next one may be asked
    send_task(name, *args)      by task name: the web process loads no task module (every task that
                                medpref sends by name goes through it: the one seam tests replace)

A refused send forgets the ask (the next caller asks again) and raises: the caller decides whether
the request then computes the figure itself or fails.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from django.core.cache import cache
from django.db import models
from django.utils import timezone


def key(prefix: str, row: models.Model) -> str:
    """`prefix:id:creation time`: a row of another database with the same id never reads this one's figure."""
    return f"{prefix}:{row.pk}:{row.created_at.timestamp()}"


def ask_once(asked_key: str, send: Callable[[], object], *, seconds: int) -> bool:
    """Call `send` unless a worker was asked under `asked_key` and has neither answered nor been
    asked more than `seconds` ago (then it may have vanished); whether this call asked."""
    if not cache.add(asked_key, timezone.now().isoformat(), seconds):
        return False
    try:
        send()
    except Exception:
        cache.delete(asked_key)  # nobody was asked: the next caller asks again
        raise
    return True


@contextmanager
def answering(asked_key: str) -> Iterator[None]:
    """The worker's side: when the work ends, whether it succeeded or not, the next one may be asked."""
    try:
        yield
    finally:
        cache.delete(asked_key)


def send_task(name: str, *args, countdown: float | None = None) -> str:
    """Send Celery task `name` with `args`, to run `countdown` seconds from now (None: at once); its
    id. By name (routed to its queue by CELERY_TASK_ROUTES), so a service never imports worker code:
    no import cycle, and a web process loads no task module."""
    from celery import current_app

    return current_app.send_task(name, args=list(args), countdown=countdown).id or ""
