"""A control character in a query string is refused with 400 before any view reads it (PROTOCOL §7's
hostile input; a NUL in `?lineage=` used to reach PostgreSQL and answer 500)."""

from __future__ import annotations

import pytest

from tests.factories import client_for


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/api/v1/jobs/?lineage=a%00b", "/api/v1/campaigns/?x=%07", "/api/v1/jobs/?state=%7F"])
def test_the_api_refuses_a_control_character_and_names_the_parameter(admin, url):
    response = client_for(admin).get(url)
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid" and "query parameter" in body["message"] and "U+00" in body["message"]


@pytest.mark.django_db
def test_a_page_refuses_it_with_the_error_page(admin, client):
    client.force_login(admin)
    response = client.get("/console/?page=%00")
    assert response.status_code == 400 and "text/html" in response["Content-Type"]
    assert "U+0000" in response.content.decode()


@pytest.mark.django_db
def test_tabs_line_breaks_and_ordinary_text_pass(admin):
    assert client_for(admin).get("/api/v1/jobs/?lineage=a%09b%0Ac&state=queued").status_code == 200
