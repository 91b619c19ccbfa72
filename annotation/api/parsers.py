"""The API's JSON parser: refuses bodies that would crash or poison what runs after parsing.

Python's decoder recurses once per nesting level, so a body of 100,000 brackets raised RecursionError
(a 500, even before authentication on auth/token/). NUL bytes and lone surrogates cannot be stored
in PostgreSQL text or JSONB and break UTF-8 output later, so they (and the other control characters
that imports refuse: one rule, `annotation.text.unacceptable_character`) are refused here for every
field, nested values and keys included, instead of field by field.
"""

from __future__ import annotations

import codecs

from rest_framework import parsers
from rest_framework.exceptions import ParseError
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


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser with a nesting limit and a character check (see the module docstring)."""

    def parse(self, stream, media_type=None, parser_context=None):
        encoding = (parser_context or {}).get("encoding", "utf-8")
        parse_constant = json.strict_constant if api_settings.STRICT_JSON else None
        try:
            document = json.load(codecs.getreader(encoding)(stream), parse_constant=parse_constant)
        except RecursionError:
            raise ParseError(
                f"JSON parse error - arrays and objects are nested more than {MAX_DEPTH} levels deep"
            ) from None
        except ValueError as exc:
            raise ParseError(f"JSON parse error - {exc}") from None
        check_document(document)
        return document
