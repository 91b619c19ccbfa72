"""Refuse query strings that carry control characters, before any view reads them.

A NUL in `?lineage=` reached a filter and PostgreSQL refused it with a 500; JSON bodies are already
checked by the API's parser. One check here covers every view, page and API alike, and answers 400
naming the parameter and the character.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _

from medpref.core.errors import error_response

ALLOWED_CONTROLS = frozenset("\t\n\r")


def control_character(text: str) -> str | None:
    """The first control character in `text` (C0 other than tab and line breaks, or DEL), if any."""
    return next((ch for ch in text if (ch < " " and ch not in ALLOWED_CONTROLS) or ch == "\x7f"), None)


def refuse_control_characters(get_response: Callable[[HttpRequest], HttpResponse]):
    def middleware(request: HttpRequest) -> HttpResponse:
        for name, values in request.GET.lists():
            for text in (name, *values):
                found = control_character(text)
                if found is not None:
                    message = _("The query parameter '%(name)s' contains a control character (U+%(code)s).") % {
                        "name": name if control_character(name) is None else name.encode("unicode_escape").decode(),
                        "code": f"{ord(found):04X}",
                    }
                    return error_response(request, status=400, code="invalid", message=message, page_message=message)
        return get_response(request)

    return middleware
