"""What the API parses before it knows who asks: JSON bodies capped small (413), JSON in form fields
(an import's `mapping`) checked like a body (400 naming the field), and an import run that always
ends, even when its reason cannot be stored."""

import io
from unittest.mock import patch

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import RequestFactory
from rest_framework.test import APIClient

from annotation.api.parsers import BodyTooLarge, JSONParser
from annotation.models import ImportRun
from annotation.services import import_runs
from medpref.core.runs import RunState
from tests.factories import client_for


@pytest.fixture
def small_cap(settings):
    settings.API_JSON_MAX_BYTES = 1000


def zeros(count: int) -> str:
    return "[" + ",".join(["0"] * count) + "]"


def test_a_json_body_over_the_cap_is_a_413_before_sign_in(db, small_cap):
    response = APIClient().post("/api/v1/auth/token/", zeros(1000), content_type="application/json")
    assert response.status_code == 413
    assert response.json()["code"] == "too_large" and "1,000 bytes" in response.json()["message"]


def test_a_body_that_does_not_declare_its_length_is_capped_while_it_is_read(small_cap):
    """A chunked body has no Content-Length: the parser stops reading one byte past the cap."""
    stream = io.BytesIO(zeros(100_000).encode())
    request = RequestFactory().post("/", content_type="application/json")
    del request.META["CONTENT_LENGTH"]
    with pytest.raises(BodyTooLarge):
        JSONParser().parse(stream, parser_context={"request": request})
    assert stream.tell() == 1001


def test_a_json_body_under_the_cap_is_parsed(db, small_cap):
    response = APIClient().post("/api/v1/auth/token/", {"username": "nobody", "password": "x"}, format="json")
    assert response.status_code == 400 and "Unknown username or wrong password" in response.json()["message"]


def test_the_default_cap_is_one_megabyte_and_multipart_uploads_keep_theirs(settings):
    from annotation.api.imports import ImportView

    assert settings.API_JSON_MAX_BYTES == 1024 * 1024
    assert all("JSON" not in parser.__name__ for parser in ImportView.parser_classes)


def import_with_mapping(admin, campaign, mapping: str):
    upload = ("pairs.jsonl", b'{"question": "q", "a": "x", "b": "y"}\n')
    return client_for(admin).post(
        f"/api/v1/campaigns/{campaign.pk}/import/",
        {"file": SimpleUploadedFile(*upload), "mapping": mapping},
        format="multipart",
    )


@pytest.mark.parametrize(
    "mapping, problem",
    [
        ('{"prompt": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested more than 32 levels deep"),
        ('{"prompt": "\\ud800"}', "lone surrogate"),
        ('{"prompt": "a\\u0000"}', "NUL"),
    ],
)
def test_a_mapping_that_would_crash_the_parser_or_the_database_is_a_400_naming_the_field(
    admin, campaign, mapping, problem
):
    response = import_with_mapping(admin, campaign, mapping)
    assert response.status_code == 400, response.content
    assert "mapping" in response.json()["details"] and problem in response.json()["message"]
    assert not ImportRun.objects.filter(state=RunState.RUNNING).exists()


def test_an_import_whose_failure_cannot_be_stored_still_ends_failed_and_frees_the_campaign(admin, campaign):
    mapping = '{"prompt": "question", "response_a": "a", "response_b": "b"}'
    with patch.object(import_runs.importing, "import_records", side_effect=RuntimeError("bad \ud800 text")):
        with pytest.raises(RuntimeError):
            import_with_mapping(admin, campaign, mapping)
    run = ImportRun.objects.get()
    assert run.state == RunState.FAILED and "RuntimeError" in run.error and "\\ud800" in run.error
    assert import_with_mapping(admin, campaign, mapping).status_code == 201  # not 409: no run is left running


@pytest.mark.postgres
def test_an_import_whose_report_the_database_refuses_still_ends_failed_with_a_readable_reason(admin, campaign):
    mapping = '{"prompt": "question", "response_a": "a", "response_b": "b"}'
    refused = {"errors": [{"message": "quoted from the file: \ud800"}]}  # PostgreSQL's JSONB takes no lone surrogate
    with (
        patch.object(import_runs.importing, "import_records", side_effect=import_runs.ServiceError("refused")),
        patch.object(import_runs, "stored_report", return_value=refused),
    ):
        assert import_with_mapping(admin, campaign, mapping).status_code == 400
    run = ImportRun.objects.get()
    assert run.state == RunState.FAILED and "its reason could not be stored" in run.error
