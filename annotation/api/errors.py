"""Every error the API returns is JSON: {"message": a sentence a person understands, "code", "details"}."""
from __future__ import annotations

import logging

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import Http404, JsonResponse
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from annotation.errors import ServiceError

log = logging.getLogger(__name__)

MESSAGES = {
    exceptions.NotAuthenticated: "Sign in first: send 'Authorization: Token <token>' (POST /api/v1/auth/token/) or use a session.",
    exceptions.AuthenticationFailed: "Those credentials are not valid.",
    exceptions.PermissionDenied: "Your role does not allow this.",
    exceptions.NotFound: "Not found.",
}


def flatten(detail, prefix: str = "") -> list[str]:
    """Turn DRF's nested error detail into 'field: message' sentences."""
    if isinstance(detail, dict):
        return [line for key, value in detail.items() for line in flatten(value, f"{prefix}.{key}" if prefix else str(key))]
    if isinstance(detail, list):
        if all(not isinstance(item, (dict, list)) for item in detail):
            return [f"{prefix}: {item}" if prefix else str(item) for item in detail]
        return [line for index, item in enumerate(detail) for line in flatten(item, f"{prefix}[{index}]")]
    return [f"{prefix}: {detail}" if prefix and prefix != "non_field_errors" else str(detail)]


def body(message: str, code: str, details=None) -> dict:
    payload = {"message": message, "code": code}
    if details is not None:
        payload["details"] = details
    return payload


def exception_handler(exc, context):
    if isinstance(exc, ServiceError):
        return Response(body(exc.message, exc.code, exc.details), status=exc.status)
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        lines = flatten(exc.detail)
        message = "Invalid input: " + "; ".join(lines[:10])
        response.data = body(message, "invalid", exc.detail)
    else:
        message = MESSAGES.get(type(exc)) or str(getattr(exc, "detail", exc))
        if type(exc) is exceptions.PermissionDenied and str(exc.detail) != exceptions.PermissionDenied.default_detail:
            message = str(exc.detail)
        response.data = body(message, getattr(exc, "default_code", "error"))
    return response


def json_500(request):
    log.error("unhandled error on %s", request.path)
    return JsonResponse(body("The server hit an unexpected error; it has been logged. Your data is unchanged.", "server_error"), status=500)
