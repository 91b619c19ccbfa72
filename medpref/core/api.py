"""API plumbing every app's REST views share: validating a body, ids in bodies and query strings,
page-numbered lists. Role checks are in medpref.core.roles, error bodies in medpref.core.errors."""

from __future__ import annotations

from django.utils.translation import gettext_lazy
from rest_framework import serializers
from rest_framework.pagination import PageNumberPagination

#: Largest row id (a 64-bit signed key). Larger numbers name no row, and SQLite cannot even bind them.
MAX_ID = 2**63 - 1


def validated(serializer_class: type[serializers.Serializer], data, **kwargs) -> dict:
    """The serializer's validated data, or a 400 naming each bad field (DRF's ValidationError)."""
    serializer = serializer_class(data=data, **kwargs)
    serializer.is_valid(raise_exception=True)
    return dict(serializer.validated_data)


class IdField(serializers.IntegerField):
    """A row id in a body or query string: ASCII digits only (Python's int() also reads '²'-like
    digits of other scripts), at least 1 and within the 64-bit key range, else a 400."""

    default_error_messages = {
        "invalid": gettext_lazy("an id is a whole number written with the digits 0-9."),
        "min_value": gettext_lazy("ids start at {min_value}."),
        "max_value": gettext_lazy("no row has an id this large (the largest is {max_value})."),
    }

    def __init__(self, **kwargs):
        super().__init__(min_value=1, max_value=MAX_ID, **kwargs)

    def to_internal_value(self, data):
        if isinstance(data, bool) or (isinstance(data, str) and not (data.isascii() and data.isdigit())):
            self.fail("invalid")
        return super().to_internal_value(data)


def id_from_query(params, name: str) -> int | None:
    """`?name=<id>` as an id, None when absent or empty; a 400 naming the parameter otherwise."""
    value = params.get(name, "")
    if value == "":
        return None
    try:
        return IdField().run_validation(value)
    except serializers.ValidationError as exc:
        raise serializers.ValidationError({name: exc.detail}) from None


class Pagination(PageNumberPagination):
    """Page-numbered lists: `{count, next, previous, results}`, always all four keys."""

    page_size_query_param = "page_size"
    max_page_size = 500

    def get_paginated_response_schema(self, schema: dict) -> dict:
        """DRF's schema marks `next` and `previous` optional; they are always sent (null at the ends)."""
        paginated = super().get_paginated_response_schema(schema)
        return {**paginated, "required": ["count", "next", "previous", "results"]}
