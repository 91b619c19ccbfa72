"""Failures answer in the asker's language: JSON for the API and JSON clients, a page for people."""

import pytest
from django.test import Client

from annotation.selectors import progress as campaign_progress
from tests.factories import make_pairs, page_client


def client_of(user, **headers) -> Client:
    return page_client(user, headers=headers, raise_request_exception=False)


def is_error_page(response, status: int) -> bool:
    return (
        response.status_code == status
        and response["Content-Type"].startswith("text/html")
        and f"<h1>{status}</h1>" in response.content.decode()
    )


def test_an_unknown_page_is_a_page_and_an_unknown_endpoint_is_json(db, annotator):
    assert is_error_page(client_of(annotator).get("/nowhere/"), 404)
    answer = client_of(annotator).get("/api/v1/nowhere/")
    assert answer.status_code == 404 and answer.json() == {
        "message": "Nothing at /api/v1/nowhere/.",
        "code": "not_found",
    }


def test_a_client_that_asks_for_json_gets_json_from_a_page_url(db, annotator):
    answer = client_of(annotator, accept="application/json").get("/nowhere/")
    assert answer.status_code == 404 and answer.json()["code"] == "not_found"
    # A browser lists HTML first and JSON nowhere: the page.
    assert is_error_page(client_of(annotator, accept="text/html,application/xhtml+xml,*/*;q=0.8").get("/nowhere/"), 404)


def test_a_page_her_role_does_not_open_is_a_page_and_json_when_asked(db, annotator):
    page = client_of(annotator).get("/console/")
    assert is_error_page(page, 403) and "Your role does not give access to this page." in page.content.decode()
    answer = client_of(annotator, accept="application/json").get("/console/")
    assert answer.status_code == 403 and answer.json()["code"] == "permission_denied"


@pytest.fixture
def crashing_progress(monkeypatch):
    """Progress is read by the physician's campaign list and by the API: make it crash."""

    def crash(*args, **kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(campaign_progress, "progress", crash)


def test_a_crashing_page_shows_the_error_page_to_a_physician(campaign, annotator, crashing_progress):
    make_pairs(campaign, 1)
    page = client_of(annotator).get("/annotate/")
    assert is_error_page(page, 500)
    assert "Something went wrong on our side" in page.content.decode() and "server_error" not in page.content.decode()


def test_a_crashing_endpoint_answers_json(campaign, annotator, crashing_progress):
    answer = client_of(annotator).get(f"/api/v1/campaigns/{campaign.pk}/progress/")
    assert answer.status_code == 500 and answer["Content-Type"] == "application/json"
    assert answer.json()["code"] == "server_error"


def test_the_error_page_speaks_chinese_to_a_chinese_browser(db, annotator):
    page = client_of(annotator, accept_language="zh-CN,zh;q=0.9").get("/nowhere/").content.decode()
    assert "页面不存在。" in page
