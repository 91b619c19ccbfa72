"""Every endpoint for every role and for anonymous users, plus what each role can see."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from annotation.models import Lease, Pair, Role
from annotation.rules import Scores
from annotation.services.assignment import next_pair_for
from annotation.services.snapshots import create_snapshot
from tests.factories import client_for, judge_pair, make_pairs, make_user, score_payload

# "outsider" and "outside expert" are an annotator and an expert who are not members of the campaign.
ROLES = ("anonymous", "annotator", "expert", "admin", "outsider", "outside expert")


@pytest.fixture
def handed_and_disputed(campaign, annotator, expert, admin):
    """A pair handed to the annotator, a pair disputed by two others, and a snapshot."""
    handed, disputed = make_pairs(campaign, 2)
    assert next_pair_for(annotator=annotator, campaign=campaign).pair == handed
    others = make_user("physician7"), make_user("physician8")
    judge_pair(others[0], disputed, Scores(5, 5, 5), Scores(3, 3, 3))
    judge_pair(others[1], disputed, Scores(3, 3, 3), Scores(5, 5, 5))
    snapshot = create_snapshot(campaigns=[campaign], kind="dpo")
    users = {
        "anonymous": None,
        "annotator": annotator,
        "expert": expert,
        "admin": admin,
        "outsider": make_user("outsider"),
        "outside expert": make_user("outside-expert", Role.EXPERT),
    }
    return {"campaign": campaign, "handed": handed, "disputed": disputed, "snapshot": snapshot, "users": users}


def request(handed_and_disputed, method, url, data=None, fmt="json"):
    def call(role):
        client = client_for(handed_and_disputed["users"][role])
        resolved = url.format(
            c=handed_and_disputed["campaign"].pk,
            h=handed_and_disputed["handed"].pk,
            d=handed_and_disputed["disputed"].pk,
            s=handed_and_disputed["snapshot"].pk,
            u=handed_and_disputed["users"]["annotator"].pk,
        )
        payload = data(handed_and_disputed) if callable(data) else data
        return getattr(client, method)(resolved, payload, format=fmt)

    return call


def playground_question(handed_and_disputed):
    from training.models import ModelVersion

    version = ModelVersion.objects.create(name="playground-version", base_model="/nowhere/model", lineage="playground")
    return {
        "model_version": version.pk,
        "messages": [{"role": "user", "content": "Is a fever of 39 degrees dangerous?"}],
    }


def upload(handed_and_disputed):
    return {
        "file": SimpleUploadedFile("more.jsonl", b'{"id": "new", "prompt": "q", "response_a": "a", "response_b": "b"}')
    }


ARBITRATE = {"decision": "a", "rationale": "A is safer"}
# (method, url, data, format, expected status for each of ROLES)
MATRIX = [
    ("get", "/api/v1/me/", None, "json", (401, 200, 200, 200, 200, 200)),
    ("get", "/api/v1/users/", None, "json", (401, 403, 403, 200, 403, 403)),
    (
        "post",
        "/api/v1/users/",
        {"username": "new.doc", "password": "a-long-password-9", "role": "annotator"},
        "json",
        (401, 403, 403, 201, 403, 403),
    ),
    ("patch", "/api/v1/users/{u}/", {"is_active": True}, "json", (401, 403, 403, 200, 403, 403)),
    ("post", "/api/v1/users/{u}/unlock/", None, "json", (401, 403, 403, 204, 403, 403)),
    ("delete", "/api/v1/auth/token/", None, "json", (401, 204, 204, 204, 204, 204)),
    ("get", "/api/v1/campaigns/", None, "json", (401, 200, 200, 200, 200, 200)),
    ("post", "/api/v1/campaigns/", {"name": "Another"}, "json", (401, 403, 403, 201, 403, 403)),
    ("get", "/api/v1/campaigns/{c}/", None, "json", (401, 200, 200, 200, 404, 404)),
    ("patch", "/api/v1/campaigns/{c}/", {"description": "changed"}, "json", (401, 403, 403, 200, 403, 403)),
    ("post", "/api/v1/campaigns/{c}/import/", upload, "multipart", (401, 403, 403, 201, 403, 403)),
    ("post", "/api/v1/campaigns/{c}/lifecycle/", {"action": "pause"}, "json", (401, 403, 403, 200, 403, 403)),
    ("get", "/api/v1/campaigns/{c}/members/", None, "json", (401, 403, 403, 200, 403, 403)),
    (
        "post",
        "/api/v1/campaigns/{c}/members/",
        lambda w: {"users": [w["users"]["outsider"].pk]},
        "json",
        (401, 403, 403, 201, 403, 403),
    ),
    ("delete", "/api/v1/campaigns/{c}/members/{u}/", None, "json", (401, 403, 403, 204, 403, 403)),
    ("post", "/api/v1/campaigns/{c}/members/bulk/", {"roles": ["annotator"]}, "json", (401, 403, 403, 201, 403, 403)),
    ("get", "/api/v1/campaigns/{c}/next/", None, "json", (401, 200, 200, 200, 404, 404)),
    ("get", "/api/v1/campaigns/{c}/progress/", None, "json", (401, 200, 200, 200, 404, 404)),
    ("get", "/api/v1/campaigns/{c}/agreement/", None, "json", (401, 403, 403, 200, 403, 403)),
    ("get", "/api/v1/pairs/", None, "json", (401, 200, 200, 200, 200, 200)),
    ("get", "/api/v1/pairs/{h}/", None, "json", (401, 200, 404, 200, 404, 404)),
    ("get", "/api/v1/pairs/{d}/", None, "json", (401, 404, 200, 200, 404, 404)),
    ("post", "/api/v1/pairs/{h}/annotations/", lambda w: score_payload(), "json", (401, 201, 404, 201, 404, 404)),
    ("post", "/api/v1/pairs/{h}/skip/", {"reason": "outside my field"}, "json", (401, 200, 404, 200, 404, 404)),
    ("get", "/api/v1/arbitration/", None, "json", (401, 403, 200, 200, 403, 200)),
    ("post", "/api/v1/pairs/{d}/arbitration/", ARBITRATE, "json", (401, 403, 201, 201, 403, 404)),
    ("post", "/api/v1/pairs/{h}/arbitration/", ARBITRATE, "json", (401, 403, 404, 409, 403, 404)),
    ("get", "/api/v1/snapshots/", None, "json", (401, 403, 403, 200, 403, 403)),
    (
        "post",
        "/api/v1/snapshots/",
        lambda w: {"campaigns": [w["campaign"].pk], "kind": "sft"},
        "json",
        (401, 403, 403, 201, 403, 403),
    ),
    ("get", "/api/v1/snapshots/{s}/", None, "json", (401, 403, 403, 200, 403, 403)),
    ("get", "/api/v1/snapshots/{s}/download/", None, "json", (401, 403, 403, 200, 403, 403)),
    ("post", "/api/v1/playground/", playground_question, "json", (401, 403, 403, 202, 403, 403)),
    ("get", "/api/v1/playground/999999/", None, "json", (401, 403, 403, 404, 403, 403)),
    # Team management, the pair browser, exports and the audit trail (issue 12)
    ("get", "/api/v1/users/{u}/", None, "json", (401, 403, 403, 200, 403, 403)),
    ("get", "/api/v1/campaigns/{c}/import-mapping/", None, "json", (401, 403, 403, 200, 403, 403)),
    # Background imports (issue 15): admins only; there is no such run here
    ("get", "/api/v1/imports/999999/", None, "json", (401, 403, 403, 404, 403, 403)),
    ("post", "/api/v1/imports/999999/cancel/", None, "json", (401, 403, 403, 404, 403, 403)),
    ("get", "/api/v1/campaigns/{c}/imports/", None, "json", (401, 403, 403, 200, 403, 403)),
    ("get", "/api/v1/campaigns/{c}/last/", None, "json", (401, 204, 204, 204, 404, 404)),
    ("get", "/api/v1/pairs/{h}/history/", None, "json", (401, 403, 404, 200, 403, 404)),
    ("get", "/api/v1/pairs/{d}/history/", None, "json", (401, 403, 200, 200, 403, 404)),
    ("get", "/api/v1/annotations/export/?campaign={c}", None, "json", (401, 403, 403, 200, 403, 403)),
    ("get", "/api/v1/audit/", None, "json", (401, 403, 403, 200, 403, 403)),
    # Data out and training data (issues 13 and 14)
    # The fixture's snapshot has no rows yet: an admin gets the refusal with its reason, others never see it.
    ("get", "/api/v1/snapshots/{s}/hf/", None, "json", (401, 403, 403, 400, 403, 403)),
    ("get", "/api/v1/webhooks/subscriptions/", None, "json", (401, 403, 403, 200, 403, 403)),
    ("get", "/api/v1/webhooks/deliveries/", None, "json", (401, 403, 403, 200, 403, 403)),
    ("get", "/api/v1/datasets/", None, "json", (401, 403, 403, 200, 403, 403)),
    ("get", "/api/v1/mixtures/", None, "json", (401, 403, 403, 200, 403, 403)),
    ("get", "/api/schema/", None, "json", (200, 200, 200, 200, 200, 200)),
    ("get", "/api/docs/", None, "json", (200, 200, 200, 200, 200, 200)),
]


@pytest.mark.parametrize("role_index, role", list(enumerate(ROLES)))
@pytest.mark.parametrize("method, url, data, fmt, expected", MATRIX, ids=[f"{m.upper()} {u}" for m, u, *_ in MATRIX])
def test_permission_matrix(handed_and_disputed, role_index, role, method, url, data, fmt, expected):
    response = request(handed_and_disputed, method, url, data, fmt)(role)
    assert response.status_code == expected[role_index], getattr(response, "data", response.content)
    if response.status_code >= 400 and url.startswith("/api/v1/"):
        assert response.json()["message"]


def test_token_endpoint_is_open_but_needs_valid_credentials(db, annotator):
    from rest_framework.test import APIClient

    assert (
        APIClient()
        .post("/api/v1/auth/token/", {"username": "physician1", "password": "correct-horse-1"}, format="json")
        .status_code
        == 200
    )
    assert (
        APIClient()
        .post("/api/v1/auth/token/", {"username": "physician1", "password": "wrong"}, format="json")
        .status_code
        == 400
    )


def test_annotators_see_only_pairs_handed_to_them_and_only_their_own_annotations(handed_and_disputed, annotator):
    client = client_for(annotator)
    listed = [p["id"] for p in client.get("/api/v1/pairs/").json()["results"]]
    assert listed == [handed_and_disputed["handed"].pk]
    client.post(f"/api/v1/pairs/{handed_and_disputed['handed'].pk}/annotations/", score_payload(), format="json")
    other = make_user("physician9")
    judge_pair(other, handed_and_disputed["handed"], Scores(3, 3, 3), Scores(5, 5, 5))
    detail = client.get(f"/api/v1/pairs/{handed_and_disputed['handed'].pk}/").json()
    assert [a["annotator"] for a in detail["annotations"]] == ["physician1"]
    assert (
        "meta" not in detail
        and "source" not in detail["responses"]["a"]
        and "decision" not in detail
        and "is_gold" not in detail
    )


def test_experts_see_disputed_pairs_with_all_annotations(handed_and_disputed, expert):
    client = client_for(expert)
    assert [p["id"] for p in client.get("/api/v1/pairs/").json()["results"]] == [handed_and_disputed["disputed"].pk]
    detail = client.get(f"/api/v1/pairs/{handed_and_disputed['disputed'].pk}/").json()
    assert sorted(a["annotator"] for a in detail["annotations"]) == ["physician7", "physician8"]
    assert "arbitrations" in detail and "meta" not in detail


def test_admins_see_everything_including_provenance(handed_and_disputed, admin):
    detail = client_for(admin).get(f"/api/v1/pairs/{handed_and_disputed['disputed'].pk}/").json()
    assert detail["responses"]["a"]["source"] == "model-a"
    assert "meta" in detail and "is_gold" in detail
    assert client_for(admin).get("/api/v1/pairs/").json()["count"] == Pair.objects.count()


def test_annotators_and_experts_do_not_see_drafts_even_as_members(handed_and_disputed, annotator, expert, admin):
    campaign = handed_and_disputed["campaign"]
    campaign.status = "draft"
    campaign.save()
    for user in (annotator, expert):
        assert client_for(user).get("/api/v1/campaigns/").json()["count"] == 0
        assert client_for(user).get(f"/api/v1/campaigns/{campaign.pk}/").status_code == 404
        assert client_for(user).get("/api/v1/pairs/").json()["count"] == 0
    assert client_for(expert).get("/api/v1/arbitration/").json()["count"] == 0
    assert client_for(admin).get("/api/v1/campaigns/").json()["results"][0]["status"] == "draft"


def test_members_see_their_campaigns_and_outsiders_see_none(handed_and_disputed, annotator, expert):
    users = handed_and_disputed["users"]
    campaign = handed_and_disputed["campaign"]
    listed = lambda user: [c["id"] for c in client_for(user).get("/api/v1/campaigns/").json()["results"]]  # noqa: E731
    assert listed(annotator) == listed(expert) == [campaign.pk]
    assert listed(users["outsider"]) == listed(users["outside expert"]) == []
    queue = lambda user: [p["id"] for p in client_for(user).get("/api/v1/arbitration/").json()["results"]]  # noqa: E731
    assert queue(expert) == [handed_and_disputed["disputed"].pk] and queue(users["outside expert"]) == []


def test_leaving_a_campaign_hides_it_and_gives_her_pairs_back(handed_and_disputed, annotator, admin):
    campaign = handed_and_disputed["campaign"]
    response = client_for(admin).delete(f"/api/v1/campaigns/{campaign.pk}/members/{annotator.pk}/")
    assert response.status_code == 204
    client = client_for(annotator)
    assert client.get(f"/api/v1/campaigns/{campaign.pk}/next/").status_code == 404
    assert client.get("/api/v1/pairs/").json()["count"] == 0
    assert not Lease.objects.filter(campaign=campaign, annotator=annotator).exists()
