"""Top-level routes: the REST API, its schema and docs, the Django admin, health."""

from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from medpref.health import healthz

urlpatterns = [
    path("api/v1/", include("annotation.api.urls")),
    path("api/v1/", include("training.urls")),
    path("api/v1/", include("inference.urls")),
    path("api/v1/", include("medpref.core.webhooks.urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    # The split view serves Swagger UI's start-up script as a file: no inline script for the CSP to allow.
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="schema"), name="api-docs"),
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
    path("", include("frontend.urls")),
]

# JSON for the API and JSON clients, the error page for people (medpref.core.errors).
handler403 = "medpref.core.errors.forbidden"
handler404 = "medpref.core.errors.not_found"
handler500 = "medpref.core.errors.server_error"
