"""The review queue of de-identification (PROTOCOL §7): spans the scrubber kept but is unsure about.

Listing happens at import (`review_items`); an admin then redacts or keeps each one (`decide`).
Redacting works on the whole conversation the span belongs to (the prompt's messages and every
answer to it), as the scrubber does: the word becomes the next free `[NAME_n]` of that conversation
everywhere it appears there, so one person keeps one number and the numbering of the people already
in it stays as it was; other pending items for the same word there are settled with it.
"""

from __future__ import annotations

import re
from datetime import datetime

from django.db import transaction
from django.db.models import Q
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
    *,
    campaign: Campaign,
    prompt: Prompt | None,
    message_count: int,
    responses: list[Response],
    uncertain: list[Uncertain],
    texts: list[str],
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
        items.append(
            ReviewItem(
                campaign=campaign,
                text=span.text,
                start=span.start,
                context=context_of(texts[span.turn], span.start, span.end),
                **location,
            )
        )
    return items


def occurrences(word: str) -> re.Pattern:
    """Where `word` stands in a text: whole words for Latin script, anywhere for Han."""
    if word.isascii():
        return re.compile(rf"(?<![A-Za-z0-9]){re.escape(word)}(?![A-Za-z0-9])")
    return re.compile(re.escape(word))


def next_name(texts: list[str]) -> str:
    used = [int(n) for text in texts for n in re.findall(r"\[NAME_(\d+)\]", text)]
    return f"[NAME_{max(used, default=0) + 1}]"


def everywhere(word: str) -> bool:
    """Whether a redaction covers every mention of `word` in the conversation, as the scrubber's
    propagation does; a lone Han character ("向", also a preposition) is redacted only where listed."""
    return word.isascii() or len(word) >= 2


def redact_in_conversation(prompt: Prompt, item: ReviewItem) -> None:
    """Replace the item's word by the conversation's next free [NAME_n] in the messages and answers of `prompt`."""
    pattern = occurrences(item.text)
    responses = list(Response.objects.select_for_update().filter(prompt=prompt).order_by("id"))
    texts = [m["content"] for m in prompt.messages] + [r.text for r in responses]
    listed_in = (
        item.message_index
        if item.response_id is None
        else len(prompt.messages) + [r.pk for r in responses].index(item.response_id)
    )
    if not pattern.search(texts[listed_in]):
        raise Conflict(gettext("'%(text)s' is no longer in the stored text; nothing to redact") % {"text": item.text})
    placeholder = next_name(texts)
    for index, text in enumerate(texts):
        if everywhere(item.text):
            texts[index] = pattern.sub(placeholder, text)
        elif index == listed_in:
            start = min((m.start() for m in pattern.finditer(text)), key=lambda p: abs(p - item.start))
            texts[index] = f"{text[:start]}{placeholder}{text[start + len(item.text) :]}"
    prompt.messages = [{**m, "content": text} for m, text in zip(prompt.messages, texts)]
    prompt.save(update_fields=["messages"])
    for response, text in zip(responses, texts[len(prompt.messages) :]):
        if text != response.text:
            Response.objects.filter(pk=response.pk).update(text=text)


@transaction.atomic
def decide(*, admin: User, item_id: int, decision: str, now: datetime | None = None) -> ReviewItem:
    """Redact or keep one listed span; a redaction changes the stored text at once."""
    if decision not in DECISIONS:
        raise ServiceError(gettext("decision must be one of %(choices)s") % {"choices": ", ".join(DECISIONS)})
    item = (
        ReviewItem.objects.select_for_update(of=("self",))
        .select_related("prompt", "response")
        .filter(pk=item_id)
        .first()
    )
    if item is None:
        raise NotFound(gettext("review item %(id)s does not exist") % {"id": item_id})
    if item.state != ReviewState.PENDING:
        raise Conflict(
            gettext("review item %(id)s was already decided: %(state)s") % {"id": item.pk, "state": item.state}
        )
    decided = {"state": DECISIONS[decision], "decided_by": admin, "decided_at": now or timezone.now()}
    if decision == "redact":
        prompt_id = item.prompt_id or item.response.prompt_id
        prompt = Prompt.objects.select_for_update().get(pk=prompt_id)
        redact_in_conversation(prompt, item)
        # The same word elsewhere in this conversation is gone too; its items are settled with this one,
        # and the identifier is kept nowhere once redacted.
        same_word = (
            ReviewItem.objects.none()
            if not everywhere(item.text)
            else ReviewItem.objects.filter(state=ReviewState.PENDING, text=item.text)
            .filter(Q(prompt_id=prompt_id) | Q(response__prompt_id=prompt_id))
            .exclude(pk=item.pk)
        )
        same_word.update(**decided, text="", context="")
        item.text, item.context = "", ""
    for field, value in decided.items():
        setattr(item, field, value)
    item.save(update_fields=["state", "decided_by", "decided_at", "text", "context"])
    return item
