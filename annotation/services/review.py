"""The review queue of de-identification (PROTOCOL §7): spans the scrubber kept but is unsure about.

Listing happens at import (`review_items`); an admin then redacts or keeps each one (`decide`).
Redacting replaces the span in the stored text with the next free `[NAME_n]` of that text, so the
numbering of the people already in it stays as it was.
"""
from __future__ import annotations

import re
from datetime import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from annotation.deid import Uncertain
from annotation.errors import Conflict, NotFound, ServiceError
from annotation.models import Campaign, Prompt, Response, ReviewItem, ReviewState, User

CONTEXT_CHARS = 40
DECISIONS = {"redact": ReviewState.REDACTED, "keep": ReviewState.KEPT}


def context_of(text: str, start: int, end: int) -> str:
    return text[max(0, start - CONTEXT_CHARS) : end + CONTEXT_CHARS][:300]


def review_items(
    *, campaign: Campaign, prompt: Prompt | None, message_count: int, responses: list[Response], uncertain: list[Uncertain], texts: list[str]
) -> list[ReviewItem]:
    """Unsaved review items for the uncertain spans of one imported conversation.

    Turns are the prompt's `message_count` messages, then the responses (as scrubbed together at
    import); a prompt that was already in the campaign (`prompt` None) was reviewed when it came in.
    """
    items = []
    for span in uncertain:
        location: dict = {}
        if span.turn < message_count:
            if prompt is None:
                continue
            location = {"prompt": prompt, "message_index": span.turn}
        elif span.turn - message_count < len(responses):
            location = {"response": responses[span.turn - message_count]}
        else:
            continue
        items.append(ReviewItem(campaign=campaign, text=span.text, start=span.start, context=context_of(texts[span.turn], span.start, span.end), **location))
    return items


def stored_text(item: ReviewItem) -> str:
    if item.response_id:
        return item.response.text
    return item.prompt.messages[item.message_index]["content"]


def redacted(text: str, item: ReviewItem) -> str:
    """`text` with the span replaced by the next free [NAME_n]: the occurrence nearest where it was listed."""
    positions = [m.start() for m in re.finditer(re.escape(item.text), text)]
    if not positions:
        raise Conflict(gettext("'%(text)s' is no longer in the stored text; nothing to redact") % {"text": item.text})
    start = min(positions, key=lambda p: abs(p - item.start))
    used = [int(n) for n in re.findall(r"\[NAME_(\d+)\]", text)]
    return f"{text[:start]}[NAME_{max(used, default=0) + 1}]{text[start + len(item.text):]}"


@transaction.atomic
def decide(*, admin: User, item_id: int, decision: str, now: datetime | None = None) -> ReviewItem:
    """Redact or keep one listed span; a redaction changes the stored text at once."""
    if decision not in DECISIONS:
        raise ServiceError(gettext("decision must be one of %(choices)s") % {"choices": ", ".join(DECISIONS)})
    item = ReviewItem.objects.select_for_update(of=("self",)).select_related("prompt", "response").filter(pk=item_id).first()
    if item is None:
        raise NotFound(gettext("review item %(id)s does not exist") % {"id": item_id})
    if item.state != ReviewState.PENDING:
        raise Conflict(gettext("review item %(id)s was already decided: %(state)s") % {"id": item.pk, "state": item.state})
    if decision == "redact":
        text = redacted(stored_text(item), item)
        if item.response_id:
            Response.objects.filter(pk=item.response_id).update(text=text)
        else:
            prompt = Prompt.objects.select_for_update().get(pk=item.prompt_id)
            prompt.messages[item.message_index] = {**prompt.messages[item.message_index], "content": text}
            prompt.save(update_fields=["messages"])
        item.text, item.context = "", ""  # the identifier is kept nowhere once redacted
    item.state = DECISIONS[decision]
    item.decided_by = admin
    item.decided_at = now or timezone.now()
    item.save(update_fields=["state", "decided_by", "decided_at", "text", "context"])
    return item
