"""Page-numbered lists: `{count, next, previous, results}`, always all four keys."""
from rest_framework.pagination import PageNumberPagination


class Pagination(PageNumberPagination):
    page_size_query_param = "page_size"
    max_page_size = 500

    def get_paginated_response_schema(self, schema: dict) -> dict:
        """DRF's schema marks `next` and `previous` optional; they are always sent (null at the ends)."""
        paginated = super().get_paginated_response_schema(schema)
        return {**paginated, "required": ["count", "next", "previous", "results"]}
