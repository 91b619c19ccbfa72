"""The playground: admins (and experts, when PLAYGROUND_EXPERTS is on) chat with a model version.

No web process ever loads weights: a question becomes a PlaygroundTurn, a gpu worker answers it
through a generation child process (inference.runner.ChildGenerator), and the asker polls the turn.
The worker keeps the last version loaded between turns, since a conversation asks the same version
again and again, and lets it go as soon as other gpu work starts. A version that is part of an
evaluation still being judged is never offered: whoever chats with it could learn to recognise
its answers in the blinded pairs.
"""

from __future__ import annotations

import time

from django.conf import settings
from django.db.models import Q, QuerySet
from django.utils.translation import gettext

from annotation.errors import NotFound, ServiceError
from annotation.models import PairState, User
from inference.generation import Sampling
from inference.models import Evaluation, PlaygroundTurn
from medpref.core import runs
from medpref.core.roles import is_admin, is_expert
from medpref.core.runs import ACTIVE_STATES, RunState, Stopped, Watchdog
from training.models import ModelVersion

DEFAULT_SAMPLING = {"max_new_tokens": 128}
MAX_NEW_TOKENS = 1024
MAX_MESSAGE_CHARS = 20_000
UNDER_JUDGEMENT = (PairState.PENDING, PairState.DISPUTED)  # pairs a physician or an expert has still to decide


def may_use(user: User) -> bool:
    """Admins always; experts only where PLAYGROUND_EXPERTS allows; annotators never."""
    return is_admin(user) or (is_expert(user) and settings.PLAYGROUND_EXPERTS)


def versions_under_judgement() -> set[int]:
    """Versions in an evaluation whose answers are still being generated or judged."""
    ongoing = (
        Evaluation.objects.filter(
            Q(generation_job__state__in=ACTIVE_STATES) | Q(campaign__pairs__state__in=UNDER_JUDGEMENT)
        )
        .values_list("model_a_id", "model_b_id")
        .distinct()
    )
    return {version for pair in ongoing for version in pair}


def offered_versions() -> QuerySet[ModelVersion]:
    return ModelVersion.objects.exclude(pk__in=versions_under_judgement()).order_by("-is_current", "-created_at", "-id")


def ask(*, user: User, model_version: int, messages: list[dict], sampling: dict | None = None) -> PlaygroundTurn:
    """Store the question and queue it for a gpu worker; the caller has checked `may_use`."""
    if (
        any(
            not isinstance(m, dict)
            or m.get("role") not in ("system", "user", "assistant")
            or not isinstance(m.get("content"), str)
            for m in messages
        )
        or not messages
        or messages[-1].get("role") != "user"
    ):
        raise ServiceError(
            gettext(
                "messages must be {role, content} objects (role system, user or assistant) ending with a user message"
            )
        )
    too_long = next((index for index, m in enumerate(messages) if len(m["content"]) > MAX_MESSAGE_CHARS), None)
    if too_long is not None:
        raise ServiceError(
            gettext("messages[%(index)s].content: at most %(limit)s characters")
            % {"index": too_long, "limit": MAX_MESSAGE_CHARS}
        )
    try:
        checked = Sampling.from_dict({**DEFAULT_SAMPLING, **(sampling or {})})
    except (ValueError, TypeError) as exc:
        raise ServiceError(gettext("invalid sampling: %(error)s") % {"error": exc}) from exc
    if checked.max_new_tokens > MAX_NEW_TOKENS:
        raise ServiceError(
            gettext("invalid sampling: the playground answers at most %(limit)s new tokens") % {"limit": MAX_NEW_TOKENS}
        )
    version = offered_versions().filter(pk=model_version).first()
    if version is None:
        raise NotFound(gettext("model version %(id)s is not offered in the playground") % {"id": model_version})
    turn = PlaygroundTurn.objects.create(
        created_by=user,
        model_version=version,
        messages=[{"role": m["role"], "content": m["content"]} for m in messages],
        sampling=checked.as_dict(),
    )
    runs.queue(turn)
    return turn


def turn_for(user: User, turn_id: int) -> PlaygroundTurn:
    """Only the asker sees her turn."""
    turn = PlaygroundTurn.objects.filter(pk=turn_id, created_by=user).first()
    if turn is None:
        raise NotFound(gettext("playground turn %(id)s does not exist") % {"id": turn_id})
    return turn


# --- on the gpu worker --------------------------------------------------------------------------

_loaded: dict = {}  # the worker's one kept-loaded ChildGenerator, under "generator"


def release() -> None:
    """Stop the kept-loaded version's child (before other gpu work needs the memory)."""
    generator = _loaded.pop("generator", None)
    if generator is not None:
        generator.close()


def generator_for(version: ModelVersion, watchdog: Watchdog):
    from inference.runner import ChildGenerator

    kept = _loaded.get("generator")
    if kept is not None and kept.key == (version.base_model, version.adapter_path) and kept.alive():
        kept.watchdog = watchdog
        return kept, 0.0
    release()
    started = time.monotonic()
    _loaded["generator"] = ChildGenerator(version, watchdog)
    return _loaded["generator"], time.monotonic() - started


def answer_turn(turn_id: int) -> str | None:
    """The body of the Celery task: answer one queued turn; returns its final state."""
    return runs.execute(PlaygroundTurn, turn_id, answer, what="playground turn", related=("model_version",))


def answer(turn: PlaygroundTurn, watchdog: Watchdog) -> dict:
    """The reply to one claimed turn, with how long loading and generating took."""
    if turn.model_version_id in versions_under_judgement():
        raise Stopped(
            RunState.FAILED,
            "this model version is no longer offered in the playground: it is part of an evaluation being judged",
        )
    try:
        generator, load_seconds = generator_for(turn.model_version, watchdog)
        started = time.monotonic()
        text, tokens = generator.generate([turn.messages], Sampling.from_dict(turn.sampling))[0]
    except Exception:
        release()  # the child died, was stopped or failed: the next turn starts a fresh one
        raise
    return {
        "reply": text,
        "new_tokens": tokens,
        "load_seconds": round(load_seconds, 3),
        "generate_seconds": round(time.monotonic() - started, 3),
    }
