"""No request ever yields a 500: arbitrary JSON to every writing endpoint, odd query strings to lists."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotation.rules import Scores
from tests.conftest import client_for, make_pairs
from tests.helpers import hand, judge_pair

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=12,
)
field_names = st.sampled_from(["model_a", "model_b", "prompts", "messages", "sampling", "strategy", "campaign", "other_version", "target_campaign", "model_version", "config", "snapshot", "base_version", "lineage", "client_id", "scores", "a", "b", "safety", "decision", "rationale", "flags", "seconds_spent", "display_order", "campaigns", "kind", "filters", "name", "margin", "gold_rate", "reason", "username", "password", "role", "quorum", "agreement", "corrected_response"])
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
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


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
