"""Health check, API documentation and the home page."""

import pytest
from django.conf import settings
from django.test import Client


@pytest.mark.django_db
def test_health_touches_the_database_and_the_cache():
    response = Client().get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": "ok", "cache": "ok"}}


def test_cache_is_redis_when_redis_url_is_set():
    if not settings.REDIS_URL:
        pytest.skip("REDIS_URL not set")
    assert settings.CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache"


@pytest.mark.django_db
def test_schema_and_docs_are_served():
    client = Client()
    schema = client.get("/api/schema/")
    assert schema.status_code == 200 and b"/api/v1/campaigns/{id}/next/" in schema.content
    assert client.get("/api/docs/").status_code == 200


@pytest.mark.django_db
def test_home_sends_visitors_to_sign_in():
    response = Client().get("/")
    assert response.status_code == 302 and response["Location"] == "/login/"
    assert Client().get("/login/").status_code == 200


@pytest.mark.django_db
def test_the_openapi_schema_is_valid_and_free_of_warnings(tmp_path):
    from django.core.management import call_command

    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(tmp_path / "schema.yaml"))
    assert "/api/v1/evaluations/{id}/results/" in (tmp_path / "schema.yaml").read_text()
