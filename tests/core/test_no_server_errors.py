"""No request ever yields a 500: arbitrary JSON to every writing endpoint, odd query strings to lists."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotation.rules import Scores
from tests.factories import client_for, hand, judge_pair, make_pairs

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=12,
)
field_names = st.sampled_from(
    [
        "model_a",
        "model_b",
        "prompts",
        "messages",
        "sampling",
        "strategy",
        "campaign",
        "other_version",
        "target_campaign",
        "model_version",
        "config",
        "snapshot",
        "base_version",
        "lineage",
        "client_id",
        "scores",
        "a",
        "b",
        "safety",
        "decision",
        "rationale",
        "flags",
        "seconds_spent",
        "display_order",
        "campaigns",
        "kind",
        "filters",
        "name",
        "margin",
        "gold_rate",
        "reason",
        "username",
        "password",
        "role",
        "quorum",
        "agreement",
        "corrected_response",
    ]
)
bodies = st.dictionaries(field_names, json_values, max_size=6) | json_values
WRITES = [
    ("post", "/api/v1/pairs/{h}/annotations/"),
    ("post", "/api/v1/pairs/{h}/skip/"),
    ("post", "/api/v1/pairs/{d}/arbitration/"),
    ("post", "/api/v1/snapshots/"),
    ("post", "/api/v1/campaigns/"),
    ("patch", "/api/v1/campaigns/{c}/"),
    ("post", "/api/v1/users/"),
    ("post", "/api/v1/auth/token/"),
    ("post", "/api/v1/retrain/"),
    ("post", "/api/v1/jobs/"),
    ("post", "/api/v1/evaluations/"),
    ("post", "/api/v1/playground/"),
    ("post", "/api/v1/model-versions/{v}/generate/"),
]
SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)


@pytest.fixture
def targets(campaign, annotator, annotator2, admin):
    handed, disputed = make_pairs(campaign, 2)
    hand(admin, handed)
    judge_pair(annotator, disputed, Scores(5, 5, 5), Scores(3, 3, 3))
    judge_pair(annotator2, disputed, Scores(3, 3, 3), Scores(5, 5, 5))
    from training.services import register_base_model

    version = register_base_model(name="nowhere", base_model="/nowhere/model")
    return {"c": campaign.pk, "h": handed.pk, "d": disputed.pk, "v": version.pk}


@pytest.mark.parametrize("method, url", WRITES)
def test_arbitrary_json_never_causes_a_server_error(targets, admin, method, url):
    client = client_for(admin)

    @SETTINGS
    @given(body=bodies)
    def check(body):
        response = getattr(client, method)(url.format(**targets), body, format="json")
        assert response.status_code < 500, response.content
        if response.status_code >= 400:
            assert response.json()["message"]

    check()


@SETTINGS
@given(campaign=st.text(max_size=8), state=st.text(max_size=8), page=st.text(max_size=6))
def test_odd_query_strings_never_cause_a_server_error(targets, admin, campaign, state, page):
    for url in ("/api/v1/pairs/", "/api/v1/arbitration/"):
        response = client_for(admin).get(url, {"campaign": campaign, "state": state, "page": page})
        assert response.status_code < 500


def test_malformed_json_and_wrong_content_type_are_client_errors(targets, admin):
    client = client_for(admin)
    response = client.post(f"/api/v1/pairs/{targets['h']}/annotations/", "{not json", content_type="application/json")
    assert response.status_code == 400 and "JSON parse error" in response.json()["message"]
    response = client.post(f"/api/v1/campaigns/{targets['c']}/import/", {"x": 1}, format="json")
    assert response.status_code == 415


# --- regressions found by fuzzing the schema (issue 8) ------------------------------------------

HUGE = 10**30


@pytest.mark.parametrize("url", ["/api/v1/pairs/", "/api/v1/arbitration/"])
@pytest.mark.parametrize("value", ["²", "１２", "1_0", str(HUGE), str(2**63), "-1", "0"])
def test_campaign_filters_take_only_plain_ids(targets, admin, url, value):
    response = client_for(admin).get(url, {"campaign": value})
    assert response.status_code == 400
    assert response.json()["message"].startswith("Invalid input: campaign: ")


def test_the_largest_id_is_still_an_id(targets, admin):
    response = client_for(admin).get("/api/v1/pairs/", {"campaign": str(2**63 - 1)})
    assert (response.status_code, response.json()["count"]) == (200, 0)


@pytest.mark.parametrize(
    "url, body, field",
    [
        ("/api/v1/snapshots/", {"campaigns": [HUGE], "kind": "dpo"}, "campaigns[0]"),
        ("/api/v1/retrain/", {"campaigns": [HUGE]}, "campaigns[0]"),
        ("/api/v1/jobs/", {"kind": "dpo", "snapshot": HUGE}, "snapshot"),
        ("/api/v1/model-versions/{v}/generate/", {"campaign": HUGE, "strategy": "versus"}, "campaign"),
        (
            "/api/v1/model-versions/{v}/generate/",
            {"campaign": "{c}", "strategy": "two_samples", "limit": HUGE},
            "limit: Ensure this value is less than or equal to",
        ),
    ],
)
def test_huge_ids_in_bodies_are_refused_with_the_field_named(targets, admin, url, body, field):
    body = {
        key: (value.format(**targets) if isinstance(value, str) and "{" in value else value)
        for key, value in body.items()
    }
    response = client_for(admin).post(url.format(**targets), body, format="json")
    assert response.status_code == 400, response.content
    expected = field if ": " in field else f"{field}: no row has an id this large"
    assert expected in response.json()["message"]


@pytest.mark.parametrize(
    "url", ["/api/v1/pairs/{h}/", "/api/v1/campaigns/{c}/", "/api/v1/snapshots/{c}/", "/api/v1/jobs/{c}/"]
)
def test_huge_ids_in_paths_are_not_found(targets, admin, url):
    response = client_for(admin).get(url.replace("{h}", str(HUGE)).replace("{c}", str(2**64)))
    assert response.status_code == 404 and response.json()["message"]


def test_after_step_with_a_superscript_is_a_client_error(targets, admin):
    assert client_for(admin).get("/api/v1/jobs/1/metrics/", {"after_step": "²"}).status_code in (400, 404)


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.mark.parametrize("depth", [33, 1000, 100_000])
def test_deeply_nested_json_is_a_clear_400_even_before_sign_in(db, depth):
    from rest_framework.test import APIClient

    response = APIClient().post("/api/v1/auth/token/", nested(depth), content_type="application/json")
    assert response.status_code == 400
    assert "nested more than 32 levels deep" in response.json()["message"]


@pytest.mark.parametrize(
    "depth, where",
    [(40, "nested more than 32 levels deep at filters[0][0]"), (50_000, "nested more than 32 levels deep")],
)
def test_deeply_nested_json_is_refused_on_every_writing_endpoint(targets, admin, depth, where):
    client = client_for(admin)
    for method, url in WRITES:
        response = getattr(client, method)(
            url.format(**targets), '{"filters": ' + nested(depth) + "}", content_type="application/json"
        )
        assert response.status_code == 400 and where in response.json()["message"], url


def test_nesting_up_to_the_limit_is_parsed(targets, admin):
    body = {"campaigns": [targets["c"]], "kind": "dpo", "filters": {"x": nested(30)}}
    response = client_for(admin).post("/api/v1/snapshots/", body, format="json")
    assert "nested" not in response.json().get("message", "")


@pytest.mark.parametrize(
    "text, what",
    [
        ('{"reason": "a\\u0000b"}', "reason contains a NUL character"),
        ('{"filters": {"k": ["\\ud800"]}}', "filters.k[0] contains a lone surrogate (U+D800)"),
        ('{"\\u0000": 1}', "contains a NUL character"),
    ],
)
def test_nul_and_lone_surrogates_are_refused_anywhere_in_a_body(targets, admin, text, what):
    for url in (f"/api/v1/pairs/{targets['h']}/skip/", "/api/v1/snapshots/"):
        response = client_for(admin).post(url, text, content_type="application/json")
        assert response.status_code == 400 and what in response.json()["message"], response.content


def test_json_endpoints_do_not_take_forms(targets, admin):
    response = client_for(admin).post(
        f"/api/v1/pairs/{targets['h']}/skip/", {"reason": "outside my field"}, format="multipart"
    )
    assert response.status_code == 415


def test_the_api_is_wired_to_its_parser_and_schema_class():
    """medpref/settings.py REST_FRAMEWORK needs DEFAULT_PARSER_CLASSES and DEFAULT_SCHEMA_CLASS set to these."""
    from rest_framework.settings import api_settings

    from annotation.api.errors import AutoSchema
    from annotation.api.parsers import JSONParser

    assert api_settings.DEFAULT_PARSER_CLASSES == [JSONParser]
    assert api_settings.DEFAULT_SCHEMA_CLASS is AutoSchema
