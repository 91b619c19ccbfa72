"""The API's JSON parser: refuses bodies that would crash or poison what runs after parsing.

Python's decoder recurses once per nesting level, so a body of 100,000 brackets raised RecursionError
(a 500, even before authentication on auth/token/). NUL bytes and lone surrogates cannot be stored
in PostgreSQL text or JSONB and break UTF-8 output later, so they (and the other control characters
that imports refuse: one rule, `annotation.text.unacceptable_character`) are refused here for every
field, nested values and keys included, instead of field by field.

Bodies are capped at API_JSON_MAX_BYTES (1 MB; a view needing more sets `json_max_bytes`): parsed
JSON takes several times its size in memory, and auth/token/ parses for anyone (a 60 MB array of
zeros took a worker from 130 to 488 MB). Files travel as multipart uploads, which this does not read.
"""

from __future__ import annotations

import codecs

from django.conf import settings
from rest_framework import parsers, serializers, status
from rest_framework.exceptions import APIException, ParseError
from rest_framework.settings import api_settings
from rest_framework.utils import json

from annotation.text import unacceptable_character

#: Deepest nesting of arrays and objects accepted; our deepest real body (a training config) has 4.
MAX_DEPTH = 32


def location(path: tuple) -> str:
    """`scores.a[0]` style, as the error messages of serializers name fields."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "the body"


def check_document(document) -> None:
    """Walk the parsed body without recursion: depth limit, and no NUL or lone surrogate anywhere."""
    stack = [(document, (), 0)]
    while stack:
        value, path, depth = stack.pop()
        if isinstance(value, (dict, list)):
            if depth >= MAX_DEPTH:
                raise ParseError(
                    f"JSON parse error - arrays and objects are nested more than {MAX_DEPTH} levels deep at {location(path)}"
                )
            items = value.items() if isinstance(value, dict) else enumerate(value)
            for key, item in items:
                if isinstance(key, str) and (problem := unacceptable_character(key)):
                    raise ParseError(f"JSON parse error - the key {key!r} at {location(path)} contains {problem}")
                stack.append((item, (*path, key), depth + 1))
        elif isinstance(value, str) and (problem := unacceptable_character(value)):
            raise ParseError(f"JSON parse error - {location(path)} contains {problem}, which text fields do not accept")


class BodyTooLarge(APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_code = "too_large"


def loads(text: str | bytes, *, encoding: str = "utf-8"):
    """Parse JSON text with the nesting limit and the character check (ParseError otherwise)."""
    parse_constant = json.strict_constant if api_settings.STRICT_JSON else None
    try:
        if isinstance(text, bytes):
            text = codecs.decode(text, encoding)
        document = json.loads(text, parse_constant=parse_constant)
    except RecursionError:
        raise ParseError(
            f"JSON parse error - arrays and objects are nested more than {MAX_DEPTH} levels deep"
        ) from None
    except ValueError as exc:  # UnicodeDecodeError included
        raise ParseError(f"JSON parse error - {exc}") from None
    check_document(document)
    return document


def check_json_field(name: str, text) -> None:
    """A form field that carries JSON text (e.g. an import's `mapping`): the same checks as a JSON
    body, refused as a 400 naming the field instead of a 500 from the serializer's own parse."""
    if isinstance(text, (str, bytes)):
        try:
            loads(text)
        except ParseError as exc:
            raise serializers.ValidationError({name: [str(exc.detail)]}) from None


def body_limit(parser_context: dict | None) -> int:
    view = (parser_context or {}).get("view")
    return getattr(view, "json_max_bytes", None) or settings.API_JSON_MAX_BYTES


def too_large(limit: int) -> BodyTooLarge:
    return BodyTooLarge(
        f"The JSON body is larger than {limit:,} bytes, the most this endpoint accepts; files go as multipart uploads."
    )


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser with a size cap, a nesting limit and a character check (module docstring)."""

    def parse(self, stream, media_type=None, parser_context=None):
        limit = body_limit(parser_context)
        request = (parser_context or {}).get("request")
        declared = request.META.get("CONTENT_LENGTH") if request is not None else None
        if declared and declared.isdigit() and int(declared) > limit:
            raise too_large(limit)  # before reading a byte of it
        body = stream.read(limit + 1)
        if len(body) > limit:
            raise too_large(limit)
        return loads(body, encoding=(parser_context or {}).get("encoding", "utf-8"))
