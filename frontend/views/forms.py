"""Posted forms go through the API's serializers, and refusals become messages on the page."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from django.contrib import messages
from django.http import HttpRequest, QueryDict
from rest_framework.exceptions import ValidationError

from annotation.api.errors import invalid_input_message
from annotation.errors import ServiceError


def fields_of(post: QueryDict, names: Iterable[str], **values: str) -> QueryDict:
    """Only these fields of a posted form (a form cannot slip in others), plus explicit `values`.

    It stays form data, so the serializer reads it as a form: an empty number is null where null is
    allowed, a JSON field's text is parsed, an unchecked box is absent.
    """
    data = QueryDict(mutable=True)
    for name in names:
        if name in post:
            data.setlist(name, post.getlist(name))
    for name, value in values.items():
        data[name] = value
    return data


def checkbox(post: QueryDict, name: str) -> str:
    """A checkbox as the serializer reads it: an unchecked box is not posted at all."""
    return "true" if name in post else "false"


@contextmanager
def refusals_as_messages(request: HttpRequest) -> Iterator[None]:
    """Invalid input (the API's sentence) or a service's refusal becomes an error message on the page."""
    try:
        yield
    except ValidationError as exc:
        messages.error(request, invalid_input_message(exc.detail))
    except ServiceError as exc:
        messages.error(request, exc.message + details_sentence(exc.details))


def details_sentence(details) -> str:
    if isinstance(details, dict):
        return " " + "; ".join(
            f"{name}: {', '.join(map(str, value)) if isinstance(value, list) else value}"
            for name, value in details.items()
        )
    return ""
