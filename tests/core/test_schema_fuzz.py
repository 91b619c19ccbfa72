"""Schemathesis fuzzes every operation of the served OpenAPI schema, as an admin and as an annotator:
no answer may be a server error, and every answer must be one the schema describes (status code,
content type, body). Also the shape the schema gives to lists and errors (issue 8).

Requests go through Django's test-client handler, so they run inside the test's transaction like
every other API test here: nothing is committed and no Celery task is queued.
"""

from __future__ import annotations

import pytest
import schemathesis
from django.test.client import ClientHandler
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import FailureGroup
from schemathesis.generation.modes import GenerationMode
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from annotation.rules import Scores
from annotation.services.accounts import issue_token
from annotation.services.snapshots import create_snapshot
from tests.factories import client_for, hand, judge_pair, make_pairs
from training.services import create_job, register_base_model

#: Examples per operation and role; enough to reach real rows and odd values, small enough for CI.
EXAMPLES = 8
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


def wsgi_app(environ, start_response):
    """The project as a WSGI app, run the way the test client runs it (inside the test's transaction)."""
    response = ClientHandler(enforce_csrf_checks=True)(environ)
    start_response(f"{response.status_code} {response.reason_phrase}", list(response.items()))
    if response.streaming:  # a snapshot download is a FileResponse, streamed a chunk at a time
        return [b"".join(response.streaming_content)]
    return [response.content]


@pytest.fixture
def rows_for_every_path(campaign, annotator, annotator2, annotator3, admin):
    """Real rows for the ids in paths: a pair handed to the annotator, a disputed and an agreed pair, a snapshot, a job."""
    handed, disputed, agreed, _pending = make_pairs(campaign, 4)
    hand(annotator, handed)
    for pair, second_opinion in (
        (disputed, (Scores(2, 3, 3), Scores(5, 5, 5))),
        (agreed, (Scores(5, 4, 5), Scores(2, 3, 3))),
    ):
        judge_pair(annotator2, pair, Scores(5, 5, 5), Scores(2, 3, 3))
        judge_pair(annotator3, pair, *second_opinion)
    snapshot = create_snapshot(campaigns=[campaign], kind="dpo")
    version = register_base_model(name="nowhere", base_model="/nowhere/model")
    job = create_job(kind="dpo", snapshot=snapshot, base_version=version, user=admin)
    return {
        "/api/v1/campaigns/": [campaign.pk],
        "/api/v1/pairs/": [handed.pk, disputed.pk, agreed.pk],
        "/api/v1/snapshots/": [snapshot.pk],
        "/api/v1/model-versions/": [version.pk],
        "/api/v1/jobs/": [job.pk],
    }


def known_ids(rows_for_every_path: dict, path: str) -> list[int]:
    return next((ids for prefix, ids in rows_for_every_path.items() if path.startswith(prefix + "{")), [])


def operations(schema):
    for result in schema.get_all_operations():
        yield result.ok()


def fuzz(operation, headers: dict, ids: list[int]) -> list[str]:
    """Run the operation's examples; the first failure of each kind, as text."""
    failures: dict[str, str] = {}
    strategy = st.one_of(operation.as_strategy(GenerationMode.POSITIVE), operation.as_strategy(GenerationMode.NEGATIVE))

    @settings(
        max_examples=EXAMPLES, deadline=None, database=None, derandomize=True, suppress_health_check=list(HealthCheck)
    )
    @given(case=strategy, known=st.sampled_from([None, *ids]))
    def run(case, known):
        if known is not None and "id" in (case.path_parameters or {}):
            case.path_parameters["id"] = known
        response = case.call(headers=headers)
        try:
            case.validate_response(response, checks=CHECKS)
        except FailureGroup as group:  # collected rather than raised: no shrinking, every kind reported
            for failure in group.exceptions:
                failures.setdefault(
                    failure.title,
                    f"{operation.label} -> {response.status_code} {failure.title}: {failure.message[:800]}\n  body: {response.content[:300]!r}",
                )

    run()
    return list(failures.values())


@pytest.mark.parametrize("role", ["admin", "annotator"])
def test_every_operation_answers_as_the_schema_says(rows_for_every_path, admin, annotator, role):
    user = {"admin": admin, "annotator": annotator}[role]
    schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", wsgi_app)
    problems = []
    for operation in operations(schema):
        # Issued again for each operation: DELETE auth/token/ (sign out everywhere) is fuzzed too.
        headers = {"Authorization": f"Token {issue_token(user=user).key}"}
        problems += fuzz(operation, headers, known_ids(rows_for_every_path, operation.path))
    assert not problems, "\n\n".join(problems)


def test_lists_are_described_as_pages_and_errors_as_error_bodies(db):
    schema = client_for(None).get("/api/schema/?format=json").json()
    listed = schema["paths"]["/api/v1/pairs/"]["get"]["responses"]
    page = schema["components"]["schemas"][
        listed["200"]["content"]["application/json"]["schema"]["$ref"].split("/")[-1]
    ]
    # count_exact: a text search's count may be a lower bound; search_complete/search_note: it may stop at its
    # time limit (selectors.pair_search.SearchPaginator).
    assert page["required"] == ["count", "next", "previous", "results", "count_exact", "search_complete", "search_note"]
    assert page["properties"]["results"]["items"]["$ref"].endswith("/PairSummary")
    error = schema["components"]["schemas"]["ErrorBody"]
    assert set(error["properties"]) == {"message", "code", "details"} and sorted(error["required"]) == [
        "code",
        "message",
    ]
    for code in ("400", "401", "403", "404"):
        assert listed[code]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorBody")


def test_nested_json_bodies_are_not_offered_as_forms(db):
    schema = client_for(None).get("/api/schema/?format=json").json()
    submit = schema["paths"]["/api/v1/pairs/{id}/annotations/"]["post"]["requestBody"]["content"]
    assert list(submit) == ["application/json"]
    assert list(schema["paths"]["/api/v1/campaigns/{id}/import/"]["post"]["requestBody"]["content"]) == [
        "multipart/form-data"
    ]
