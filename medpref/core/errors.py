"""What a request that fails answers: JSON for the API and for clients that ask for JSON, a page for people.

Django calls these for 403, 404 and 500 (medpref.urls). The body of a JSON error is the API's one
shape, `{"message", "code", "details"?}`, so a client reads every failure the same way; a physician
whose page crashed sees the site's error page in her language, never a JSON document.
"""

from __future__ import annotations

import logging

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template import loader
from django.utils.translation import gettext as _

log = logging.getLogger(__name__)

ERROR_TEMPLATE = "frontend/error.html"


def error_body(message: str, code: str, details=None) -> dict:
    """The API's error shape: a sentence a person understands, a stable code, and per-field details."""
    body = {"message": message, "code": code}
    if details is not None:
        body["details"] = details
    return body


def wants_json(request: HttpRequest) -> bool:
    """The API, or a client that prefers JSON to HTML (the pages' own scripts, curl -H Accept)."""
    if request.path.startswith("/api/"):
        return True
    accepts = [media.split(";")[0].strip() for media in request.headers.get("Accept", "").split(",")]
    return "application/json" in accepts and "text/html" not in accepts


def error_response(request: HttpRequest, *, status: int, code: str, message: str, page_message: str) -> HttpResponse:
    """`message` for JSON clients; `page_message` (translated) on the error page."""
    if wants_json(request):
        return JsonResponse(error_body(message, code), status=status)
    return HttpResponse(
        loader.render_to_string(ERROR_TEMPLATE, {"status": status, "message": page_message}, request=request),
        status=status,
    )


def not_found(request: HttpRequest, exception=None) -> HttpResponse:
    return error_response(
        request,
        status=404,
        code="not_found",
        message=_("Nothing at %(path)s.") % {"path": request.path},
        page_message=_("This page does not exist."),
    )


def forbidden(request: HttpRequest, exception=None) -> HttpResponse:
    return error_response(
        request,
        status=403,
        code="permission_denied",
        message=_("Your role does not allow this."),
        page_message=_("Your role does not give access to this page."),
    )


def server_error(request: HttpRequest) -> HttpResponse:
    """Django has logged the exception; the answer must not fail in turn.

    The page is rendered without the request's context processors (they may touch the database
    that just failed); if even that fails, a line of plain text is the last resort.
    """
    log.error("unhandled error on %s", request.path)
    message = _("The server hit an unexpected error; it has been logged. Your data is unchanged.")
    if wants_json(request):
        return JsonResponse(error_body(message, "server_error"), status=500)
    try:
        page = loader.render_to_string(
            ERROR_TEMPLATE,
            {
                "status": 500,
                "message": _(
                    "Something went wrong on our side; it has been logged. What you saved is safe: go back and try again."
                ),
            },
        )
    except Exception:  # the error page itself must never raise
        log.exception("the error page could not be rendered")
        return HttpResponse(message, status=500, content_type="text/plain; charset=utf-8")
    return HttpResponse(page, status=500)
