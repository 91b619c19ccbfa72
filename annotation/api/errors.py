"""Every error the API returns is JSON in one shape (medpref.core.errors.error_body): {"message", "code", "details"}."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import Http404
from django.utils.translation import gettext, gettext_lazy
from drf_spectacular import openapi
from rest_framework import exceptions, serializers
from rest_framework.generics import GenericAPIView
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from annotation.errors import ServiceError
from medpref.core.errors import error_body

MESSAGES = {
    exceptions.NotAuthenticated: gettext_lazy(
        "Sign in first: send 'Authorization: Token <token>' (POST /api/v1/auth/token/) or use a session."
    ),
    exceptions.AuthenticationFailed: gettext_lazy("Those credentials are not valid."),
    exceptions.PermissionDenied: gettext_lazy("Your role does not allow this."),
    exceptions.NotFound: gettext_lazy("Not found."),
}


def flatten(detail, prefix: str = "") -> list[str]:
    """Turn DRF's nested error detail into 'field: message' sentences."""
    if isinstance(detail, dict):
        # LIST_SERIALIZER_ERRORS_AS_DICT keys a list's errors by index: name them as items, `flags[3]`.
        return [
            line
            for key, value in detail.items()
            for line in flatten(
                value, f"{prefix}[{key}]" if isinstance(key, int) else f"{prefix}.{key}" if prefix else str(key)
            )
        ]
    if isinstance(detail, list):
        if all(not isinstance(item, (dict, list)) for item in detail):
            return [f"{prefix}: {item}" if prefix else str(item) for item in detail]
        return [line for index, item in enumerate(detail) for line in flatten(item, f"{prefix}[{index}]")]
    return [f"{prefix}: {detail}" if prefix and prefix != "non_field_errors" else str(detail)]


def invalid_input_message(detail) -> str:
    """One sentence for a serializer's errors, as the API and the pages show it."""
    return gettext("Invalid input: %(problems)s") % {"problems": "; ".join(flatten(detail)[:10])}


def exception_handler(exc, context):
    if isinstance(exc, ServiceError):
        return Response(error_body(exc.message, exc.code, exc.details), status=exc.status)
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        response.data = error_body(invalid_input_message(exc.detail), "invalid", exc.detail)
    else:
        message = str(MESSAGES.get(type(exc)) or getattr(exc, "detail", exc))
        if type(exc) is exceptions.PermissionDenied and str(exc.detail) != exceptions.PermissionDenied.default_detail:
            message = str(exc.detail)
        response.data = error_body(message, getattr(exc, "default_code", "error"))
    return response


# --- the schema of errors -----------------------------------------------------------------------


class ErrorBody(serializers.Serializer):
    """What every 4xx answer carries (see `body`)."""

    message = serializers.CharField(help_text="A sentence saying what is wrong and where (field, line).")
    code = serializers.CharField(
        help_text="invalid, parse_error, not_authenticated, permission_denied, not_found, conflict, throttled, ..."
    )
    details = serializers.JSONField(
        required=False, help_text="Per-field messages of a validation error, when there are any."
    )


ERROR_DESCRIPTIONS = {
    400: "The input is invalid: the message names the field or parameter.",
    401: "Not signed in, or the token is not valid.",
    403: "Your role does not allow this.",
    404: "Nothing with this id that you may see, or no such page of results.",
    409: "The request conflicts with the current state (e.g. the pair is no longer pending).",
    415: "The body's content type is not accepted here.",
    429: "Too many requests: the message says when to retry.",
}


class AutoSchema(openapi.AutoSchema):
    """drf-spectacular's schema plus the error answers each operation can give, all as `ErrorBody`.

    Which codes an operation documents follows from the view (open or not, path ids, writes,
    throttles), so new endpoints are documented without anyone remembering to.
    """

    def error_codes(self) -> list[int]:
        codes = [400]
        if not any(isinstance(permission, AllowAny) for permission in self.view.get_permissions()):
            codes += [401, 403]
        writes = self.method in ("POST", "PUT", "PATCH", "DELETE")
        paginated = (
            isinstance(self.view, GenericAPIView) and self.view.pagination_class is not None and self.method == "GET"
        )
        if "{" in self.path or writes or paginated:
            codes.append(404)
        if writes:
            codes.append(409)
        if writes and self.get_request_serializer() is not None:
            codes.append(415)
        if self.view.get_throttles():
            codes.append(429)
        return codes

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        for code in self.error_codes():
            if str(code) not in responses:
                responses[str(code)] = {
                    **self._get_response_for_code(ErrorBody, str(code), direction=direction),
                    "description": ERROR_DESCRIPTIONS[code],
                }
        return responses
