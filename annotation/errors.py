"""Errors that services raise; the API turns each into a JSON answer with its status code."""

from __future__ import annotations


class ServiceError(Exception):
    """A request the protocol refuses, with a message a person understands."""

    status = 400
    code = "invalid"

    def __init__(self, message: str, *, details: object = None):
        super().__init__(message)
        self.message = message
        self.details = details


class NotFound(ServiceError):
    status = 404
    code = "not_found"


class Forbidden(ServiceError):
    status = 403
    code = "forbidden"


class Conflict(ServiceError):
    status = 409
    code = "conflict"
