"""Importing pairs and prompts: every accepted shape, atomicity, errors that say where, de-identification."""

import json

import pytest

from annotation.models import Pair, Prompt, Response
from annotation.services.importing import import_file
from tests.factories import shared_file


def jsonl(*rows) -> bytes:
    return "\n".join(json.dumps(row, ensure_ascii=False) for row in rows).encode()


NATIVE = {
    "id": "n1",
    "prompt": "我头痛三天了怎么办？",
    "response_a": "建议测量血压并就诊。",
    "response_b": "多喝热水。",
    "model_a": "m-1",
    "model_b": "m-2",
}


def test_native_rows_become_pairs_with_provenance(campaign):
    report = import_file(campaign=campaign, data=jsonl(NATIVE), filename="pairs.jsonl")
    assert (report.ok, report.created, report.kind, report.format) == (True, 1, "pairs", "jsonl")
    pair = Pair.objects.get()
    assert pair.prompt.messages == [{"role": "user", "content": "我头痛三天了怎么办？"}]
    assert (pair.response_a.text, pair.response_a.source, pair.response_b.source) == (
        "建议测量血压并就诊。",
        "m-1",
        "m-2",
    )
    assert pair.state == "pending"


def test_conversational_prompt_and_gold_answer(campaign):
    row = {
        **NATIVE,
        "prompt": [
            {"role": "user", "content": "hi"},
            {"role": "assistant", "content": "how can I help?"},
            {"role": "user", "content": "my chest hurts"},
        ],
        "gold_answer": "a",
        "priority": 5,
    }
    import_file(campaign=campaign, data=jsonl(row), filename="x.jsonl")
    pair = Pair.objects.get()
    assert len(pair.prompt.messages) == 3 and pair.prompt.is_multi_turn
    assert (pair.is_gold, pair.gold_answer, pair.priority) == (True, "a", 5)


def test_trl_rows_put_chosen_and_rejected_in_random_order_and_keep_the_label_hidden(campaign, settings):
    # The order is a keyed coin: a fixed secret draws the same 40 coins in every run (CI writes a new
    # key per checkout, and one key in ~500 puts 10 or fewer of 40 on one side).
    settings.SECRET_KEY = "this test server's secret"
    rows = [
        {"prompt": f"question {i}", "chosen": [{"role": "assistant", "content": f"good {i}"}], "rejected": f"bad {i}"}
        for i in range(40)
    ]
    report = import_file(campaign=campaign, data=jsonl(*rows), filename="trl.jsonl")
    assert report.created == 40
    labels = []
    for pair in Pair.objects.select_related("response_a", "response_b"):
        label = pair.meta["source_label"]
        chosen = pair.response_a if label == "a" else pair.response_b
        assert chosen.text.startswith("good")
        assert pair.response_a.source == pair.response_b.source == "import"  # nothing hints at the label
        labels.append(label)
    assert 10 < labels.count("a") < 30  # both orders occur


def test_reward_rows_from_the_shared_medicalgpt_file(campaign):
    report = import_file(
        campaign=campaign,
        data=shared_file("medicalgpt_reward_test_medical_zh_100.jsonl").read_bytes(),
        filename="medicalgpt.jsonl",
    )
    assert (report.ok, report.created, report.kind) == (True, 100, "pairs")
    assert Pair.objects.filter(meta__source_format="reward").count() == 100


def test_cmtmedqa_prompts_keep_the_history_as_messages(campaign):
    report = import_file(
        campaign=campaign,
        data=shared_file("zhongjing_CMtMedQA_test.json").read_bytes(),
        filename="zhongjing_CMtMedQA_test.json",
    )
    # 1,000 consultations and 144 safety prompts, 6 of which repeat an earlier one word for word.
    assert (report.ok, report.created, report.skipped, report.kind, report.format) == (True, 1138, 6, "prompts", "json")
    multi = Prompt.objects.get(external_id="j4219")
    assert [m["role"] for m in multi.messages] == ["user", "assistant"] * 3 + ["user"]
    assert multi.messages[-1]["content"] == "我知道了，谢谢医生的解答。"
    assert multi.reference.startswith("不客气")
    assert multi.meta["cate1"] == "肿瘤科"
    assert Prompt.objects.filter(meta__source_format="cmtmedqa-safety").count() == 138
    assert not Pair.objects.exists()


def test_query_prompts_from_huatuogpt(campaign):
    report = import_file(
        campaign=campaign, data=shared_file("huatuogpt_eval_KUAKE-QIC_100.json").read_bytes(), filename="kuake.json"
    )
    assert (report.created, report.kind) == (100, "prompts")


def test_csv_with_json_cells(campaign):
    data = (
        b"id,prompt,response_a,response_b\n"
        b'c1,"[{""role"": ""user"", ""content"": ""Is 38.5 C a fever?""}]",Yes it is,"No, that is normal,\nmultiline"\n'
        b"c2,Plain question,Answer one,Answer two\n"
    )
    report = import_file(campaign=campaign, data=data, filename="pairs.csv")
    assert (report.ok, report.created, report.format) == (True, 2, "csv")
    assert Pair.objects.get(external_id="c1").response_b.text == "No, that is normal,\nmultiline"


def test_one_bad_row_imports_nothing_and_the_error_names_line_and_field(campaign):
    rows = [NATIVE, {**NATIVE, "id": "n2"}, {"id": "n3", "prompt": "q", "response_a": "x"}]
    report = import_file(campaign=campaign, data=jsonl(*rows), filename="p.jsonl")
    assert not report.ok and report.created == 0
    assert report.errors == [
        {"line": 3, "field": "response_b", "message": "line 3, field 'response_b': is missing or empty"}
    ]
    assert not Pair.objects.exists() and not Prompt.objects.exists() and not Response.objects.exists()


@pytest.mark.parametrize(
    "content, line, field, fragment",
    [
        (b'{"prompt": "q", "response_a": "a", "response_b": "b"}\n{not json}\n', 2, None, "invalid JSON"),
        (
            b'{"prompt": [{"role": "doctor", "content": "x"}], "response_a": "a", "response_b": "b"}',
            1,
            "prompt[0].role",
            "must be one of",
        ),
        (
            b'{"prompt": [{"role": "user", "content": "x"}, {"role": "assistant", "content": "y"}], "response_a": "a", "response_b": "b"}',
            1,
            "prompt[1].role",
            "end with a user message",
        ),
        (b'{"prompt": "q", "response_a": "same", "response_b": "same"}', 1, "response_b", "same text"),
        (
            b'{"prompt": "q", "response_a": "a", "response_b": "b", "gold_answer": "c"}',
            1,
            "gold_answer",
            "'a', 'b' or 'tie'",
        ),
        (b'{"colour": "blue"}', 1, None, "match no known layout"),
        (
            b'{"prompt": "q", "response_a": "a", "response_b": "b"}\n{"prompt": "only a prompt"}',
            2,
            None,
            "either pairs or prompts",
        ),
        (b"\x81\xff\xfe bad", None, None, "not UTF-8"),
        (b"", None, None, "no records"),
    ],
)
def test_errors_say_what_and_where(campaign, content, line, field, fragment):
    report = import_file(campaign=campaign, data=content, filename="f.jsonl")
    assert not report.ok
    error = report.errors[0]
    assert (error["line"], error["field"]) == (line, field)
    assert fragment in error["message"]
    assert not Pair.objects.exists()


def test_json_array_errors_report_the_line_where_the_item_starts(campaign):
    data = json.dumps([NATIVE, {"id": "n9", "prompt": "q"}], ensure_ascii=False, indent=2).encode()
    report = import_file(campaign=campaign, data=data, filename="p.json")
    assert report.errors[0]["line"] == 2 + len(json.dumps(NATIVE, ensure_ascii=False, indent=2).splitlines())


def test_reimporting_skips_rows_already_there(campaign):
    import_file(campaign=campaign, data=jsonl(NATIVE), filename="p.jsonl")
    report = import_file(
        campaign=campaign, data=jsonl(NATIVE, {**NATIVE, "id": "n2"}, {**NATIVE, "id": "n2"}), filename="p.jsonl"
    )
    assert (report.created, report.skipped) == (1, 2)
    assert Pair.objects.count() == 2


def test_rows_without_id_get_a_content_id_so_reimport_is_harmless(campaign):
    row = {k: v for k, v in NATIVE.items() if k != "id"}
    import_file(campaign=campaign, data=jsonl(row), filename="p.jsonl")
    assert import_file(campaign=campaign, data=jsonl(row), filename="p.jsonl").skipped == 1
    assert Pair.objects.get().external_id.startswith("sha256:")


def test_deidentification_runs_on_every_text_and_is_counted(campaign):
    row = {
        "id": "d1",
        "prompt": [
            {"role": "user", "content": "我叫张伟，电话13812345678。"},
            {"role": "assistant", "content": "张先生您好"},
            {"role": "user", "content": "病历号：A123456"},
        ],
        "response_a": "请联系 jane@example.org",
        "response_b": "Dr. John Smith will call you",
    }
    report = import_file(campaign=campaign, data=jsonl(row), filename="p.jsonl")
    assert report.redactions == {"EMAIL": 1, "MRN": 1, "NAME": 3, "PHONE": 1}
    pair = Pair.objects.get()
    stored = json.dumps(pair.prompt.messages, ensure_ascii=False) + pair.response_a.text + pair.response_b.text
    for original in ("张伟", "13812345678", "A123456", "jane@example.org", "John Smith"):
        assert original not in stored
    assert "[PHONE]" in stored


def test_a_row_without_an_id_keeps_the_id_it_had_before_invisible_characters_became_spaces(campaign):
    """Scrubber 11 reads an invisible character at a hidden word boundary as a space (Mary\\u200bJones);
    a row without an id is known by its texts' digest, which must stay what earlier versions computed
    (the id below is 77bf450's), or the same file imported again after the upgrade adds its rows twice."""
    row = {
        "prompt": "Dr Mary\u200bJones saw me about a fever of 38.5\u2060 for three days",
        "response_a": "Rest and fluids; see MaryJones again if it lasts.",
        "response_b": "Take ibuprofen.",
    }
    first = import_file(campaign=campaign, data=jsonl(row), filename="pairs.jsonl")
    assert first.created == 1 and Pair.objects.get().external_id == "sha256:1d1d035902eae1c99d6e"
    assert "Mary" not in Pair.objects.get().prompt.messages[0]["content"], "the name is still found and replaced"
    again = import_file(campaign=campaign, data=jsonl(row), filename="pairs.jsonl")
    assert (again.created, again.skipped) == (0, 1)
