"""Instruction datasets: each upload layout read into conversations, de-identified, counted; bad
files refused whole with line and field; SFT snapshots as datasets; mixtures frozen reproducibly."""

import io
import json

import pytest

from annotation.services.snapshots import create_snapshot
from tests.factories import client_for, page_client
from tests.training_support import admin_user, resolved_demo_campaign
from training import services
from training.datasets import parse_dataset
from training.models import InstructionDataset, Mixture, MixtureSnapshot

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]


def jsonl(*rows) -> bytes:
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in rows).encode()


def upload(client, data: bytes, filename: str, **fields):
    form = {"name": "ds", "kind": "medical", **fields, "file": io.BytesIO(data)}
    form["file"].name = filename
    return client.post("/api/v1/datasets/", form, format="multipart")


MESSAGES = {
    "messages": [
        {"role": "system", "content": "You are a careful physician."},
        {"role": "user", "content": "I have had a cough for a week."},
        {"role": "assistant", "content": "Rest, drink fluids, and see a doctor if you get short of breath."},
    ]
}
ALPACA = {"instruction": "解释什么是高血压。", "input": "患者五十岁。", "output": "高血压是血压持续升高。"}
CMTMEDQA = {
    "id": "x1",
    "cate1": "内科",
    "instruction": "需要复查吗？",
    "input": "",
    "output": "建议两周后复查血常规。",
    "history": [["医生，我最近总是头晕。", "头晕多久了？有没有测过血压？"]],
}
SHAREGPT = {
    "conversations": [
        {"from": "human", "value": "What helps a sprained ankle?"},
        {"from": "gpt", "value": "Rest, ice, compression and elevation."},
        {"from": "human", "value": "For how long?"},
        {"from": "gpt", "value": "Two days, then gentle movement."},
    ]
}


def test_each_layout_becomes_a_conversation_that_ends_with_the_assistant():
    parsed = parse_dataset(jsonl(MESSAGES, ALPACA, CMTMEDQA, SHAREGPT), "mixed.jsonl")
    assert parsed.ok, parsed.errors
    assert dict(parsed.layouts) == {"messages": 1, "instruction": 1, "cmtmedqa": 1, "sharegpt": 1}
    messages, alpaca, cmtmedqa, sharegpt = (row["messages"] for row in parsed.rows)
    assert [m["role"] for m in messages] == ["system", "user", "assistant"]
    assert alpaca == [
        {"role": "user", "content": "解释什么是高血压。\n患者五十岁。"},
        {"role": "assistant", "content": "高血压是血压持续升高。"},
    ]
    assert [m["content"] for m in cmtmedqa] == [
        "医生，我最近总是头晕。",
        "头晕多久了？有没有测过血压？",
        "需要复查吗？",
        "建议两周后复查血常规。",
    ]
    assert [m["role"] for m in sharegpt] == ["user", "assistant", "user", "assistant"]


def test_a_json_array_and_parquet_are_read_too():
    assert parse_dataset(json.dumps([ALPACA, SHAREGPT], ensure_ascii=False).encode(), "a.json").ok
    import pyarrow as pa
    import pyarrow.parquet as pq

    buffer = io.BytesIO()
    pq.write_table(pa.Table.from_pylist([ALPACA, {**ALPACA, "output": "另一个回答。"}]), buffer)
    parsed = parse_dataset(buffer.getvalue(), "rows.parquet")
    assert (parsed.ok, parsed.format, len(parsed.rows)) == (True, "parquet", 2)


def test_the_cmtmedqa_test_file_layout_is_read():
    rows = [CMTMEDQA, {**CMTMEDQA, "id": "x2", "history": []}]
    parsed = parse_dataset(json.dumps(rows, ensure_ascii=False, indent=4).encode(), "cmtmedqa.json")
    assert parsed.ok and [len(r["messages"]) for r in parsed.rows] == [4, 2]


def test_identifiers_are_replaced_on_upload_across_the_turns():
    row = {
        "messages": [
            {"role": "user", "content": "我叫张建国，电话13812345678，最近血压高。"},
            {"role": "assistant", "content": "张建国您好，请每天早晚测血压。"},
        ]
    }
    parsed = parse_dataset(jsonl(row), "phone.jsonl")
    text = json.dumps(parsed.rows[0], ensure_ascii=False)
    assert "13812345678" not in text and "张建国" not in text
    assert "[PHONE]" in text and parsed.redactions["PHONE"] == 1


@pytest.mark.parametrize(
    "row, line_field, words",
    [
        ({"messages": [{"role": "user", "content": "hi"}]}, "messages[0]", "end with the assistant"),
        ({"messages": [{"role": "doctor", "content": "hi"}]}, "messages[0].role", "must be one of"),
        ({"conversations": [{"from": "robot", "value": "x"}]}, "conversations[0].from", "must be one of"),
        ({"instruction": "q", "output": ""}, "output", "missing or empty"),
        ({"instruction": "q", "output": "a", "history": [["only one"]]}, "history[0]", "[question, answer]"),
        ({"question": "q"}, None, "unrecognised row"),
    ],
)
def test_a_bad_row_is_named_by_line_and_field(row, line_field, words):
    parsed = parse_dataset(jsonl(ALPACA, row), "bad.jsonl")
    assert not parsed.ok and parsed.rows == []
    (error,) = parsed.errors
    assert (error.line, error.field) == (2, line_field)
    assert words in error.message


def test_a_refused_upload_stores_nothing_and_lists_every_problem():
    admin = client_for(admin_user())
    response = upload(admin, jsonl(ALPACA, {"instruction": "q"}, "not an object", ALPACA), "bad.jsonl")
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid_file"
    messages = [e["message"] for e in body["details"]["errors"]]
    assert messages[0].startswith("line 2, field 'output'") and messages[1].startswith("line 3")
    assert not InstructionDataset.objects.exists()
    csv = upload(admin, b"instruction,output\nq,a\n", "rows.csv")
    assert csv.status_code == 400 and "not CSV" in csv.json()["message"]


def test_an_upload_is_stored_with_its_counts_and_only_admins_may_upload(annotator):
    assert upload(client_for(annotator), jsonl(ALPACA), "a.jsonl").status_code == 403
    admin = client_for(admin_user())
    response = upload(admin, jsonl(ALPACA, SHAREGPT, CMTMEDQA), "three.jsonl", name="mine", kind="dialogue")
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["name"], body["kind"], body["row_count"], body["turn_count"]) == ("mine", "dialogue", 3, 5)
    assert body["layouts"] == {"cmtmedqa": 1, "instruction": 1, "sharegpt": 1}
    dataset = InstructionDataset.objects.get(name="mine")
    assert services.dataset_rows(dataset)[0]["messages"][-1]["content"] == ALPACA["output"]
    duplicate = upload(admin, jsonl(ALPACA), "again.jsonl", name="mine")
    assert duplicate.status_code == 409
    listed = admin.get("/api/v1/datasets/?kind=dialogue").json()
    assert [d["name"] for d in listed["results"]] == ["mine"]
    assert admin.get(f"/api/v1/datasets/{dataset.pk}/").json()["preview"][1]["messages"][0]["role"] == "user"


@pytest.mark.django_db(transaction=True)
def test_tokens_are_counted_with_a_model_versions_tokenizer(tiny_version):
    from transformers import AutoTokenizer

    dataset = services.upload_dataset(
        name="counted", kind="general", data=jsonl(MESSAGES, ALPACA), filename="c.jsonl", tokenizer_version=tiny_version
    )
    tokenizer = AutoTokenizer.from_pretrained(tiny_version.base_model)
    expected = sum(
        len(tokenizer.apply_chat_template(row["messages"], return_dict=False)) for row in services.dataset_rows(dataset)
    )
    assert dataset.token_count == expected > 0 and dataset.tokenizer == "tiny"


def test_an_sft_snapshot_becomes_a_dataset():
    campaign = resolved_demo_campaign(limit=12)
    snapshot = create_snapshot(campaigns=[campaign], kind="sft")
    admin = client_for(admin_user())
    response = admin.post(
        "/api/v1/datasets/from-snapshot/", {"snapshot": snapshot.pk, "name": "experts"}, format="json"
    )
    assert response.status_code == 201, response.content
    assert (response.json()["row_count"], response.json()["snapshot"]) == (snapshot.row_count, snapshot.pk)
    dpo = create_snapshot(campaigns=[campaign], kind="dpo")
    refused = admin.post("/api/v1/datasets/from-snapshot/", {"snapshot": dpo.pk, "name": "x"}, format="json")
    assert refused.status_code == 400 and "not an SFT snapshot" in refused.json()["message"]


def test_the_datasets_page_turns_an_sft_snapshot_into_a_dataset():
    snapshot = create_snapshot(campaigns=[resolved_demo_campaign(limit=12)], kind="sft")
    page = page_client(admin_user())
    response = page.post(
        "/console/datasets/",
        {"action": "from_snapshot", "snapshot": snapshot.pk, "name": "experts", "kind": "medical"},
        follow=True,
    )
    assert f"Dataset experts stored: {snapshot.row_count} rows." in response.content.decode()
    dataset = InstructionDataset.objects.get(name="experts")
    assert (dataset.snapshot_id, dataset.row_count, dataset.tokenizer) == (snapshot.pk, snapshot.row_count, "")


def make_dataset(name: str, kind: str, prefix: str, count: int) -> InstructionDataset:
    rows = [
        {
            "messages": [
                {"role": "user", "content": f"{prefix} q{i}"},
                {"role": "assistant", "content": f"{prefix} a{i}"},
            ]
        }
        for i in range(count)
    ]
    return services.upload_dataset(name=name, kind=kind, data=jsonl(*rows), filename=f"{name}.jsonl")


def test_a_mixture_is_created_through_the_api_and_frozen_reproducibly():
    med = make_dataset("med", "medical", "med", 60)
    gen = make_dataset("gen", "general", "gen", 40)
    admin = client_for(admin_user())
    body = {
        "name": "m1",
        "components": [{"dataset": med.pk, "share": 0.75}, {"dataset": gen.pk, "share": 0.25}],
        "seed": 4,
        "heldout_fraction": 0.1,
    }
    response = admin.post("/api/v1/mixtures/", body, format="json")
    assert response.status_code == 201, response.content
    mixture_id = response.json()["id"]
    assert [c["dataset_name"] for c in response.json()["components"]] == ["med", "gen"]

    first, second = frozen(admin, mixture_id), frozen(admin, mixture_id)
    assert (first["version"], second["version"]) == (1, 2)
    assert first["sha256"] == second["sha256"]  # the same recipe and seed give the same bytes
    manifest = first["manifest"]
    assert manifest["seed"] == 4 and {s["name"]: s["sha256"] for s in manifest["sources"]} == {
        "med": med.sha256,
        "gen": gen.sha256,
    }
    assert {s["name"]: s["heldout_rows"] for s in manifest["sources"]} == {"med": 6, "gen": 4}
    assert {s["name"]: s["share_rows"] for s in manifest["sources"]} == pytest.approx(
        {"med": 0.75, "gen": 0.25}, abs=0.01
    )
    snapshot = MixtureSnapshot.objects.get(pk=first["id"])
    with snapshot.train_file.open("rb") as train:
        import hashlib

        assert hashlib.sha256(train.read()).hexdigest() == first["sha256"]
    detail = admin.get(f"/api/v1/mixtures/{mixture_id}/").json()
    assert [s["version"] for s in detail["snapshots"]] == [2, 1]


def frozen(admin, mixture_id: int) -> dict:
    """Freeze through the API (202 and a URL to poll), the task's body run here as a worker runs it."""
    accepted = admin.post(f"/api/v1/mixtures/{mixture_id}/freeze/")
    assert accepted.status_code == 202, accepted.content
    assert accepted.json()["state"] == "queued" and accepted["Location"] == accepted.json()["url"]
    services.run_freeze(accepted.json()["id"])
    done = admin.get(accepted.json()["url"]).json()
    assert done["state"] == "succeeded", done
    return done["snapshot"]


@pytest.mark.parametrize(
    "components, words",
    [
        ([{"share": 0.5}, {"share": 0.4}], "add up to 0.9"),
        ([{"weight": 1.0}, {"share": 1.0}], "no room left"),
        ([{"weight": 1.0, "share": 0.5}, {"share": 0.5}], "either a weight or a share"),
    ],
)
def test_an_impossible_mixture_is_refused_with_the_reason(components, words):
    med = make_dataset("med", "medical", "med", 10)
    gen = make_dataset("gen", "general", "gen", 10)
    admin = client_for(admin_user())
    for component, dataset in zip(components, (med, gen)):
        component["dataset"] = dataset.pk
    response = admin.post("/api/v1/mixtures/", {"name": "bad", "components": components}, format="json")
    assert response.status_code == 400
    assert words in json.dumps(response.json())


# --- the console pages ------------------------------------------------------------------------------


def test_the_datasets_page_uploads_creates_a_mixture_and_shows_its_frozen_shares(annotator):
    assert page_client(annotator).get("/console/datasets/").status_code == 403
    page = page_client(admin_user())
    assert "No dataset yet" in page.get("/console/datasets/").content.decode()

    bad = io.BytesIO(jsonl(ALPACA, {"instruction": "q"}))
    bad.name = "bad.jsonl"
    response = page.post(
        "/console/datasets/", {"action": "upload", "name": "x", "kind": "medical", "file": bad}, follow=True
    )
    assert "line 2, field &#x27;output&#x27;" in response.content.decode()
    assert not InstructionDataset.objects.exists()

    med = make_dataset("med", "medical", "med", 40)
    gen = make_dataset("gen", "general", "gen", 40)
    response = page.post(
        "/console/datasets/",
        {
            "action": "mixture",
            "name": "from the page",
            f"mode_{med.pk}": "share",
            f"amount_{med.pk}": "0.8",
            f"mode_{gen.pk}": "share",
            f"amount_{gen.pk}": "0.2",
            "seed": "1",
            "heldout_fraction": "0.1",
            "heldout_max": "200",
        },
        follow=True,
    )
    assert response.status_code == 200
    mixture = Mixture.objects.get(name="from the page")
    assert [(c.dataset.name, c.share) for c in mixture.components.all()] == [("gen", 0.2), ("med", 0.8)]
    response = page.post(f"/console/mixtures/{mixture.pk}/", {"action": "freeze"}, follow=True)
    html = response.content.decode()
    assert 'id="freeze-state"' in html and "freeze-data" in html and "frontend/freeze.js" in html  # it polls
    assert 'id="freeze" disabled' in html  # one freeze at a time
    services.run_freeze(mixture.freezes.get().pk)  # what the worker does
    html = page.get(f"/console/mixtures/{mixture.pk}/").content.decode()
    assert "freeze-data" not in html
    assert "from the page-v1" in html and 'id="manifest"' in html
    assert "0.800" in html and "0.200" in html  # the shares achieved

    refused = page.post(
        "/console/datasets/",
        {"action": "mixture", "name": "bad", f"amount_{med.pk}": "0.5", f"amount_{gen.pk}": "0.4"},
        follow=True,
    )
    assert "add up to 0.9" in refused.content.decode() and not Mixture.objects.filter(name="bad").exists()
