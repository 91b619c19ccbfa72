"""A health check that touches the real dependencies, for load balancers and `make run`."""

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse


def healthz(request):
    checks: dict[str, str] = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        checks["database"] = "ok"
    except Exception as exc:  # noqa: BLE001 - the point is to report any failure
        checks["database"] = f"error: {exc}"
    try:
        cache.set("medpref:healthz", "ok", 5)
        checks["cache"] = "ok" if cache.get("medpref:healthz") == "ok" else "error: value lost"
    except Exception as exc:  # noqa: BLE001
        checks["cache"] = f"error: {exc}"
    healthy = all(value == "ok" for value in checks.values())
    return JsonResponse({"status": "ok" if healthy else "degraded", "checks": checks}, status=200 if healthy else 503)
