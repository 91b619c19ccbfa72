"""Top-level routes: the REST API, its schema and docs, the Django admin, health."""
from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from annotation.api.errors import json_500
from medpref.health import healthz

urlpatterns = [
    path("api/v1/", include("annotation.api.urls")),
    path("api/v1/", include("training.urls")),
    path("api/v1/", include("inference.urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    # The split view serves Swagger UI's start-up script as a file: no inline script for the CSP to allow.
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="schema"), name="api-docs"),
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
    path("", include("frontend.urls")),
]

handler403 = "frontend.views.forbidden"
handler404 = "frontend.views.not_found"
handler500 = json_500
