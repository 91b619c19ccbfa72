"""Multiple-choice benchmarks (issue 14): each file layout read into questions, bad rows refused with
line and field, the scorer (lm-evaluation-harness) prefers the option a model was taught, and the
forgetting check of a job on a mixture scores the parent and the new version, on the job page and in
the API."""

import io
import json

import pytest

from medpref.core.runs import RunState
from tests.factories import client_for, page_client
from tests.training_support import admin_user, tiny_config, wait_for
from training import forgetting, services
from training.benchmark import parse_benchmark
from training.models import Benchmark, TrainingJob

pytestmark = [pytest.mark.postgres]


def jsonl(*rows) -> bytes:
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in rows).encode()


LETTER = {"question": "Which organ pumps blood?", "options": {"A": "The liver", "B": "The heart"}, "answer": "B"}
MEDQA = {
    "question": "Which vitamin does skin make in sunlight?",
    "options": {"A": "Vitamin C", "B": "Vitamin K", "C": "Vitamin D", "D": "Vitamin A"},
    "answer": "Vitamin D",
    "answer_idx": "C",
    "meta_info": "step1",
}
CMEXAM = {
    "Question": "成人心肺复苏按压频率是每分钟多少次？",
    "Options": "A 30–40次\nB. 100–120次\nC、200次以上",
    "Answer": "B",
}
LISTED = {"question": "What is 3 plus 5?", "options": ["8", "6", "9"], "answer": 0}


def test_each_layout_becomes_a_question_with_lettered_options_and_one_answer():
    parsed = parse_benchmark(jsonl(LETTER, MEDQA, CMEXAM, LISTED), "bench.jsonl")
    assert parsed.ok, parsed.errors
    assert dict(parsed.layouts) == {"letter": 2, "medqa": 1, "cmexam": 1}
    letter, medqa, cmexam, listed = parsed.rows
    assert letter == {
        "question": "Which organ pumps blood?",
        "options": [{"label": "A", "text": "The liver"}, {"label": "B", "text": "The heart"}],
        "answer": "B",
    }
    assert medqa["answer"] == "C" and [o["text"] for o in medqa["options"]][2] == "Vitamin D"
    assert cmexam["options"] == [
        {"label": "A", "text": "30–40次"},
        {"label": "B", "text": "100–120次"},
        {"label": "C", "text": "200次以上"},
    ]
    assert (cmexam["answer"], listed["answer"]) == ("B", "A")


def test_a_patient_named_in_a_vignette_is_replaced_in_the_question_and_its_options():
    row = {
        "question": "Mr. John Smith, 54, has chest pain. What should John Smith do first?",
        "options": {"A": "Call emergency services", "B": "Wait a week"},
        "answer": "A",
    }
    parsed = parse_benchmark(jsonl(row), "b.jsonl")
    assert parsed.ok, parsed.errors
    assert "Smith" not in parsed.rows[0]["question"] and parsed.redactions


@pytest.mark.parametrize(
    "row, field, words",
    [
        ({"question": "q", "options": {"A": "x", "B": "y"}, "answer": "C"}, "answer", "one of the options' letters"),
        ({"question": "q", "options": {"A": "x"}, "answer": "A"}, "options", "2 to 10 options"),
        ({"question": "", "options": {"A": "x", "B": "y"}, "answer": "A"}, "question", "non-empty text"),
        ({"question": "q", "options": {"A": "x", "B": ""}, "answer": "A"}, "options.B", "non-empty text"),
        ({"Question": "q", "Options": "A x\nB y", "Answer": "AB"}, "Answer", "several answers"),
        ({"Question": "q", "Options": "A x\nno letter", "Answer": "A"}, "Options", "must start with its letter"),
        ({"question": "q", "options": {"A": "x", "B": "y"}, "answer_idx": 7}, "answer_idx", "one of the options"),
        ({"prompt": "q"}, None, "unrecognised row"),
    ],
)
def test_a_bad_row_is_refused_with_its_line_and_field(row, field, words):
    parsed = parse_benchmark(jsonl(LETTER, row), "b.jsonl")
    assert not parsed.ok and parsed.rows == []
    [error] = parsed.errors
    assert (error.line, error.field) == (2, field) and words in error.message


def upload(client, data: bytes, name: str = "bench"):
    file = io.BytesIO(data)
    file.name = "bench.jsonl"
    return client.post("/api/v1/benchmarks/", {"name": name, "file": file}, format="multipart")


@pytest.mark.django_db
def test_a_file_with_a_bad_row_is_refused_whole_through_the_api_and_a_good_one_is_stored():
    admin = client_for(admin_user())
    refused = upload(admin, jsonl(LETTER, {"question": "q", "options": {"A": "x", "B": "y"}, "answer": "Z"}))
    assert refused.status_code == 400
    [error] = refused.json()["details"]["errors"]
    assert (error["line"], error["field"]) == (2, "answer") and not Benchmark.objects.exists()

    stored = upload(admin, jsonl(LETTER, MEDQA, CMEXAM))
    assert stored.status_code == 201, stored.content
    body = stored.json()
    assert (body["question_count"], body["layouts"]) == (3, {"cmexam": 1, "letter": 1, "medqa": 1})
    detail = admin.get(f"/api/v1/benchmarks/{body['id']}/").json()
    assert detail["preview"][2]["answer"] == "B"
    assert upload(admin, jsonl(LETTER)).status_code == 409  # the name is taken


@pytest.mark.django_db
def test_the_datasets_page_uploads_a_benchmark_and_shows_a_refused_files_row_errors():
    page = page_client(admin_user())

    def post(name: str, data: bytes):
        file = io.BytesIO(data)
        file.name = "bench.jsonl"
        return page.post("/console/datasets/", {"action": "benchmark", "name": name, "file": file}, follow=True)

    bad = {"question": "q", "options": {"A": "x", "B": "y"}, "answer": "Z"}
    refused = post("bad", jsonl(LETTER, bad, bad)).content.decode()
    assert "line 2, field &#x27;answer&#x27;" in refused and "line 3, field &#x27;answer&#x27;" in refused
    assert not Benchmark.objects.exists()
    stored = post("exams", jsonl(LETTER, MEDQA)).content.decode()
    assert "Benchmark exams stored: 2 questions." in stored
    assert Benchmark.objects.get().question_count == 2


def test_the_forgetting_table_reports_each_benchmarks_accuracy_next_to_the_losses():
    parent = {
        "med": {"kind": "medical", "rows": 2, "tokens": 10, "sum": 30.0, "loss": 3.0},
        "exam": {"kind": "benchmark", "rows": 4, "acc": 0.25, "acc_norm": 0.5, "loss": None},
    }
    new = {
        "med": {"kind": "medical", "rows": 2, "tokens": 10, "sum": 20.0, "loss": 2.0},
        "exam": {"kind": "benchmark", "rows": 4, "acc": 0.75, "acc_norm": 0.5, "loss": None},
    }
    table = forgetting.table(parent, new)
    assert [d["name"] for d in table["datasets"]] == ["med"] and [k["kind"] for k in table["kinds"]] == ["medical"]
    assert table["benchmarks"] == [
        {
            "name": "exam",
            "questions": 4,
            "acc": {"parent": 0.25, "new": 0.75, "change": 0.5},
            "acc_norm": {"parent": 0.5, "new": 0.5, "change": 0.0},
        }
    ]
    assert "benchmarks" not in forgetting.table({"med": parent["med"]}, {"med": new["med"]})


QUIZ = [
    ("Which colour is the sky on a clear day?", ["blue sky above", "green grass below", "red fire hot"], 0),
    ("What do doctors listen with?", ["a loud trumpet", "a stethoscope", "a long ladder"], 1),
    ("What helps a fever?", ["cold ice cream", "running fast", "rest and fluids"], 2),
    ("Which organ pumps blood?", ["the heart", "the elbow", "the hair"], 0),
    ("What is 3 plus 5?", ["nine", "eight", "seven"], 1),
    ("Where do fish live?", ["in trees", "on the moon", "in water"], 2),
]


def quiz_rows() -> list[dict]:
    return [
        {
            "question": question,
            "options": [{"label": label, "text": text} for label, text in zip("ABC", options)],
            "answer": "ABC"[answer],
        }
        for question, options, answer in QUIZ
    ]


def test_the_scorer_prefers_the_option_the_model_was_taught_to_answer(tiny_model_dir):
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from training.benchmark import score

    torch.manual_seed(0)
    tokenizer = AutoTokenizer.from_pretrained(tiny_model_dir)
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32)
    before = score(model, tokenizer, {"quiz": quiz_rows()})["quiz"]

    # Teach the right answers: a few full fine-tuning steps on the answers' tokens.
    conversations = [
        [{"role": "user", "content": q}, {"role": "assistant", "content": options[answer]}]
        for q, options, answer in QUIZ
    ]
    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-3)
    model.train()
    for _ in range(40):
        for messages in conversations:
            encoded = tokenizer.apply_chat_template(
                messages, return_dict=True, return_assistant_tokens_mask=True, return_tensors="pt"
            )
            mask = torch.as_tensor(encoded["assistant_masks"]).reshape(encoded["input_ids"].shape)
            labels = encoded["input_ids"].masked_fill(mask == 0, -100)
            loss = model(input_ids=encoded["input_ids"], labels=labels).loss
            loss.backward()
            optimizer.step()
            optimizer.zero_grad()
    after = score(model, tokenizer, {"quiz": quiz_rows()})["quiz"]

    assert after == {"questions": 6, "acc": 1.0, "acc_norm": 1.0}
    assert before["acc"] < 1.0, before  # the untaught model did not already know them all


# --- through the real stack -------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
@pytest.mark.timeout(400)
def test_a_job_on_a_mixture_scores_its_benchmark_on_the_parent_and_the_new_version(worker, tiny_version):
    from django.test import Client

    rows = [
        {"messages": [{"role": "user", "content": q}, {"role": "assistant", "content": options[answer]}]}
        for q, options, answer in QUIZ
    ]
    taught = services.upload_dataset(name="quiz", kind="medical", data=jsonl(*rows), filename="quiz.jsonl")
    user = admin_user()
    admin = client_for(user)
    benchmark_id = upload(admin, jsonl(*quiz_rows())).json()["id"]
    mixture = admin.post(
        "/api/v1/mixtures/",
        {
            "name": "quiz-mix",
            "components": [{"dataset": taught.pk, "weight": 8}],
            "heldout_fraction": 0.2,
            "benchmarks": [benchmark_id],
        },
        format="json",
    ).json()
    assert mixture["benchmarks"] == ["bench"]
    response = admin.post(
        f"/api/v1/mixtures/{mixture['id']}/jobs/",
        {"base_version": tiny_version.pk, "config": tiny_config(learning_rate=1e-2, max_steps=25)},
        format="json",
    )
    assert response.status_code == 201, response.content
    assert response.json()["benchmarks"] == ["bench"]
    job = wait_for(TrainingJob.objects.get(pk=response.json()["id"]), lambda j: j.state == RunState.SUCCEEDED)

    [scored] = job.heldout["benchmarks"]
    assert scored["name"] == "bench" and scored["questions"] == 6
    assert scored["acc"]["new"] > scored["acc"]["parent"], scored  # the job taught these answers
    assert scored["acc"]["change"] == pytest.approx(scored["acc"]["new"] - scored["acc"]["parent"], abs=1e-4)
    assert job.heldout["kinds"][0]["kind"] == "medical"  # the held-out losses are still there
    assert admin.get(f"/api/v1/jobs/{job.pk}/").json()["heldout"]["benchmarks"] == [scored]
    card = open(f"{job.output_version.adapter_path}/README.md", encoding="utf-8").read()
    assert "| bench (accuracy / normalised) | 6 |" in card  # the model card carries the scores too

    page = Client()
    page.force_login(user)
    html = page.get(f"/console/jobs/{job.pk}/").content.decode()
    assert 'id="benchmark-scores"' in html and 'id="forgetting"' in html
    assert f"{scored['acc']['parent']:.3f}" in html and f"{scored['acc']['new']:.3f}" in html
