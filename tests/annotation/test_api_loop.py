"""The whole loop through the HTTP API, with token authentication, as clients will use it."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.test import APIClient

from annotation.models import Role, User
from tests.factories import token_client


def scores(a, b):
    names = ("safety", "professionalism", "fluency")
    return {"a": dict(zip(names, a)), "b": dict(zip(names, b))}


def judge(client, campaign_id, expected_pair, a, b, client_id):
    handed = client.get(f"/api/v1/campaigns/{campaign_id}/next/")
    assert handed.status_code == 200
    body = handed.json()
    assert body["pair_id"] == expected_pair
    assert [r["key"] for r in body["responses"]] == list(body["display_order"])
    response = client.post(
        f"/api/v1/pairs/{expected_pair}/annotations/",
        {"client_id": client_id, "scores": scores(a, b), "rationale": "see scores"},
        format="json",
    )
    assert response.status_code == 201, response.content
    return response.json()


@pytest.mark.django_db
def test_import_annotate_consensus_dispute_arbitration_snapshot(tmp_path):
    for username, role in (
        ("admin", Role.ADMIN),
        ("physician1", Role.ANNOTATOR),
        ("physician2", Role.ANNOTATOR),
        ("expert1", Role.EXPERT),
    ):
        user = User(username=username, role=role)
        user.set_password("correct-horse-1")
        user.save()
    admin, doc1, doc2, expert = (token_client(name) for name in ("admin", "physician1", "physician2", "expert1"))

    campaign = admin.post(
        "/api/v1/campaigns/", {"name": "Paediatrics", "guideline": "Score each answer.", "gold_rate": 0}, format="json"
    )
    assert campaign.status_code == 201, campaign.content
    campaign_id = campaign.json()["id"]

    rows = [
        {
            "id": "fever",
            "prompt": "My 2-year-old has 39 C fever, what should I do?",
            "response_a": "Paracetamol by weight; see a doctor if red flags.",
            "response_b": "Give adult aspirin.",
        },
        {
            "id": "cough",
            "prompt": "Dry cough for two weeks in a 5-year-old?",
            "response_a": "Could be cough-variant asthma; see a paediatrician.",
            "response_b": "Cough syrup and wait.",
        },
    ]
    upload = SimpleUploadedFile(
        "round1.jsonl", "\n".join(json.dumps(r) for r in rows).encode(), content_type="application/jsonl"
    )
    imported = admin.post(f"/api/v1/campaigns/{campaign_id}/import/", {"file": upload}, format="multipart")
    assert imported.status_code == 201, imported.content
    assert (imported.json()["created"], imported.json()["errors"]) == (2, [])
    pairs = {p["external_id"]: p["id"] for p in admin.get(f"/api/v1/pairs/?campaign={campaign_id}").json()["results"]}
    team = admin.post(f"/api/v1/campaigns/{campaign_id}/members/bulk/", {}, format="json")
    assert team.status_code == 201 and sorted(team.json()["added"]) == ["expert1", "physician1", "physician2"]
    opened = admin.post(f"/api/v1/campaigns/{campaign_id}/lifecycle/", {"action": "open"}, format="json")
    assert opened.status_code == 200 and opened.json()["status"] == "active", opened.content

    # Pair 1: both physicians prefer A -> consensus.
    judge(doc1, campaign_id, pairs["fever"], (5, 5, 4), (1, 2, 4), "00000000-0000-4000-8000-000000000001")
    closed = judge(doc2, campaign_id, pairs["fever"], (5, 4, 4), (1, 1, 3), "00000000-0000-4000-8000-000000000002")
    assert (closed["preference"], closed["deciding_dimension"]) == ("a", "safety")
    assert "pair_state" not in closed  # an annotator never learns a pair's state: gold pairs would stand out
    assert admin.get(f"/api/v1/pairs/{pairs['fever']}/").json()["state"] == "consensus"

    # Pair 2: they disagree -> dispute -> expert arbitration.
    judge(doc1, campaign_id, pairs["cough"], (5, 5, 5), (4, 3, 4), "00000000-0000-4000-8000-000000000003")
    disputed = judge(doc2, campaign_id, pairs["cough"], (4, 3, 4), (5, 4, 4), "00000000-0000-4000-8000-000000000004")
    assert "pair_state" not in disputed
    assert admin.get(f"/api/v1/pairs/{pairs['cough']}/").json()["state"] == "disputed"
    assert doc1.get(f"/api/v1/campaigns/{campaign_id}/next/").status_code == 204

    queue = expert.get("/api/v1/arbitration/").json()
    assert [p["id"] for p in queue["results"]] == [pairs["cough"]]
    detail = expert.get(f"/api/v1/pairs/{pairs['cough']}/").json()
    assert sorted(a["annotator"] for a in detail["annotations"]) == ["physician1", "physician2"]
    assert detail["annotations"][0]["scores"]["a"]["safety"] in (4, 5)
    decided = expert.post(
        f"/api/v1/pairs/{pairs['cough']}/arbitration/",
        {
            "decision": "a",
            "rationale": "A names the likely diagnosis and refers.",
            "scores": scores((5, 5, 4), (4, 2, 4)),
        },
        format="json",
    )
    assert decided.status_code == 201, decided.content
    assert decided.json()["pair_state"] == "arbitrated"

    agreement = admin.get(f"/api/v1/campaigns/{campaign_id}/agreement/").json()
    assert agreement["overall"]["percent_agreement"] == 0.5
    assert agreement["dispute_rate"] == 0.5
    assert admin.get(f"/api/v1/campaigns/{campaign_id}/progress/").json()["resolved"] == 2
    assert doc1.get(f"/api/v1/campaigns/{campaign_id}/progress/").json()["mine"]["annotations"] == 2

    snapshot = admin.post("/api/v1/snapshots/", {"campaigns": [campaign_id], "kind": "dpo"}, format="json")
    assert snapshot.status_code == 201, snapshot.content
    manifest = admin.get(f"/api/v1/snapshots/{snapshot.json()['id']}/").json()
    assert manifest["row_count"] == 2 and manifest["manifest"]["counts"]["rows"] == 2
    download = admin.get(f"/api/v1/snapshots/{snapshot.json()['id']}/download/")
    assert download.status_code == 200 and download["X-Content-SHA256"] == manifest["sha256"]
    path = tmp_path / "dpo.jsonl"
    path.write_bytes(download.getvalue())  # a streamed response

    datasets = pytest.importorskip("datasets")
    dataset = datasets.load_dataset("json", data_files=str(path), split="train")
    assert dataset.num_rows == 2
    assert set(dataset.column_names) >= {
        "prompt",
        "chosen",
        "rejected",
        "pair_id",
        "source",
        "scores",
        "deciding_dimension",
    }
    assert sorted(dataset["source"]) == ["arbitration", "consensus"]


@pytest.mark.django_db
def test_replayed_submission_returns_the_same_result(annotator, campaign):
    from tests.factories import client_for, make_pairs, score_payload

    (pair,) = make_pairs(campaign, 1)
    client = client_for(annotator)
    client.get(f"/api/v1/campaigns/{campaign.pk}/next/")
    payload = score_payload()
    first = client.post(f"/api/v1/pairs/{pair.pk}/annotations/", payload, format="json")
    again = client.post(f"/api/v1/pairs/{pair.pk}/annotations/", payload, format="json")
    assert (first.status_code, again.status_code) == (201, 201)
    assert again.json() == {**first.json(), "outcome": "replayed"}
    revised = client.post(
        f"/api/v1/pairs/{pair.pk}/annotations/", score_payload(a=(3, 3, 3), b=(5, 5, 5)), format="json"
    )
    assert revised.status_code == 200 and revised.json()["revision"] == 2 and revised.json()["preference"] == "b"
    history = client.get(f"/api/v1/pairs/{pair.pk}/").json()["annotations"][0]["history"]
    assert [h["preference"] for h in history] == ["a"]


@pytest.mark.django_db
def test_errors_are_json_sentences(annotator, admin, campaign):
    from tests.factories import client_for

    bad_login = APIClient().post("/api/v1/auth/token/", {"username": "physician1", "password": "nope"}, format="json")
    assert bad_login.status_code == 400 and bad_login.json()["message"] == "Unknown username or wrong password."
    bad_file = client_for(admin).post(
        f"/api/v1/campaigns/{campaign.pk}/import/",
        {"file": SimpleUploadedFile("x.jsonl", b'{"prompt": "q", "response_a": "a"}')},
        format="multipart",
    )
    assert bad_file.status_code == 400
    assert bad_file.json()["message"].startswith(
        "Nothing was imported: 1 problem(s), first: line 1, field 'response_b'"
    )
    missing = client_for(annotator).get("/api/v1/nothing-here/")
    assert missing.status_code == 404 and "message" in missing.json()
    invalid_state = client_for(admin).get("/api/v1/pairs/?state=done")
    assert invalid_state.status_code == 400 and "state must be one of" in invalid_state.json()["message"]
    no_file = client_for(admin).post(f"/api/v1/campaigns/{campaign.pk}/import/", {}, format="multipart")
    assert no_file.status_code == 400 and no_file.json()["message"].startswith("Invalid input: file:")
    long_flag = client_for(annotator).post(
        f"/api/v1/pairs/{campaign.pk}/annotations/",
        {"client_id": "6f1c1f7e-0000-4000-8000-000000000001", "flags": ["ok", "x" * 101], "scores": {}},
        format="json",
    )
    assert long_flag.status_code == 400 and "flags[1]: " in long_flag.json()["message"]  # the item, by its index
    bad_campaign = client_for(admin).post("/api/v1/campaigns/", {"name": "x", "agreement": "majority"}, format="json")
    assert bad_campaign.status_code == 400 and "at least 3 annotations" in bad_campaign.json()["message"]
