"""Real-world import files: the public files in ../shared/data, CSV in the encodings spreadsheets save,
.xlsx sheets, a JSON array whatever its name, keys of no known layout read through a column mapping,
duplicate ids whose text differs, and errors that name the row and the column."""

import io
import json

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from annotation.formats import mapping_problems, propose_mapping
from annotation.models import AuditEvent, Pair, Prompt
from annotation.services.importing import ImportOptions, import_file, set_import_mapping
from tests.factories import client_for, shared_file

PAIRS_CSV = "id,prompt,response_a,response_b\nc1,我头痛三天了怎么办？,建议测量血压并就诊。,多喝热水。\nc2,发烧39度要紧吗？,及时就医。,不要紧。\n"


def xlsx(*rows, title: str = "Sheet1") -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# --- the public files ---------------------------------------------------------------------------


def test_huatuogpt_med_dialog_cases_become_prompts_with_the_doctors_diagnosis_as_reference(campaign):
    data = shared_file("huatuogpt_eval_Med-dialog_100.json").read_bytes()
    report = import_file(campaign=campaign, data=data, filename="huatuogpt_eval_Med-dialog_100.json")
    assert (report.ok, report.created, report.kind, report.format, report.encoding) == (
        True,
        100,
        "prompts",
        "json",
        "utf-8",
    )
    case = Prompt.objects.get(external_id="62963")
    assert case.messages[0]["role"] == "user" and "指甲营养不良" in case.messages[0]["content"]
    assert case.reference.startswith("病情摘要及初步印象")
    assert case.meta == {"Department": "皮肤科", "source_format": "huatuogpt-med-dialog"}
    assert Prompt.objects.exclude(reference="").count() == 100


def test_huatuogpt_kuake_queries_become_prompts_with_their_label(campaign):
    data = shared_file("huatuogpt_eval_KUAKE-QIC_100.json").read_bytes()
    report = import_file(campaign=campaign, data=data, filename="huatuogpt_eval_KUAKE-QIC_100.json")
    assert (report.ok, report.created, report.kind) == (True, 100, "prompts")
    assert Prompt.objects.get(external_id="s53").meta == {"label": "功效作用"}


def test_medicalgpt_reward_rows_become_pairs(campaign):
    data = shared_file("medicalgpt_reward_test_medical_zh_100.jsonl").read_bytes()
    report = import_file(campaign=campaign, data=data, filename="medicalgpt_reward_test_medical_zh_100.jsonl")
    assert (report.ok, report.created, report.kind) == (True, 100, "pairs")


def test_the_rlhf_label_tool_file_is_named_as_a_ranking_file_that_needs_a_rankings_campaign(campaign):
    data = shared_file("zhongjing_rlhf_label_tool_input_file.json").read_bytes()
    report = import_file(campaign=campaign, data=data, filename="input_file.json")
    assert not report.ok and report.error_count == 1
    message = report.errors[0]["message"]
    assert "RLHF-Label-Tool" in message and "ranking file" in message and "10 row(s)" in message
    assert "create a campaign of kind rankings" in message
    assert "expected a JSON array" not in message
    assert not Prompt.objects.exists()


def test_ranking_rows_in_an_array_are_reported_once_as_a_ranking_file(campaign):
    rows = [{"prompt": f"q{i}", "responses": ["a", "b", "c"]} for i in range(5)]
    report = import_file(campaign=campaign, data=json.dumps(rows).encode(), filename="k.json")
    assert report.error_count == 1
    message = report.errors[0]["message"]
    assert "5 row(s)" in message and "ranking file" in message and "create a campaign of kind rankings" in message


# --- encodings ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "encoding, reported",
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gbk", "gb18030"), ("gb18030", "gb18030"), ("utf-16", "utf-16")],
)
def test_csv_in_the_encodings_spreadsheets_save_is_read_and_the_encoding_reported(campaign, encoding, reported):
    report = import_file(campaign=campaign, data=PAIRS_CSV.encode(encoding), filename="pairs.csv")
    assert (report.ok, report.created, report.format, report.encoding) == (True, 2, "csv", reported)
    assert Pair.objects.get(external_id="c1").prompt.messages[0]["content"] == "我头痛三天了怎么办？"
    assert Pair.objects.get(external_id="c2").response_b.text == "不要紧。"
    said = " ".join(report.notes)
    assert ("read as gb18030" in said) == (reported == "gb18030")


def test_a_gb18030_only_character_survives(campaign):
    text = "prompt,reference\n𠀀字的读音？,不确定\n"  # U+20000 is in GB18030, not in GBK
    report = import_file(campaign=campaign, data=text.encode("gb18030"), filename="p.csv")
    assert (report.ok, report.encoding) == (True, "gb18030")
    assert Prompt.objects.get().messages[0]["content"].startswith("𠀀")


def test_a_tab_separated_export_is_read(campaign):
    data = PAIRS_CSV.replace(",", "\t").encode("utf-16")  # Excel's "Unicode text"
    report = import_file(campaign=campaign, data=data, filename="pairs.txt")
    assert (report.ok, report.created) == (True, 2)


def test_bytes_of_no_known_encoding_are_refused_with_a_hint(campaign):
    report = import_file(campaign=campaign, data=b"prompt\n\x81\xff\xfe\x80\x81", filename="p.csv")
    assert not report.ok
    assert "not UTF-8" in report.errors[0]["message"] and "CSV UTF-8" in report.errors[0]["message"]


# --- .xlsx --------------------------------------------------------------------------------------


def test_an_xlsx_sheet_is_read_like_a_csv(campaign):
    data = xlsx(
        ("id", "prompt", "response_a", "response_b", "priority"),
        (101, "胸痛半小时", "立即拨打急救电话。", "休息一下。", 3),
        (None, None, None, None, None),
        ("x2", '[{"role": "user", "content": "Is 38.5 C a fever?"}]', "Yes.", "No.", None),
        title="Pairs",
    )
    report = import_file(campaign=campaign, data=data, filename="pairs.xlsx")
    assert (report.ok, report.created, report.format, report.sheet, report.encoding) == (True, 2, "xlsx", "Pairs", "")
    pair = Pair.objects.get(external_id="101")  # a number cell gives "101", not "101.0"
    assert (pair.priority, pair.response_a.text) == (3, "立即拨打急救电话。")
    assert Pair.objects.get(external_id="x2").prompt.messages == [{"role": "user", "content": "Is 38.5 C a fever?"}]


def test_xlsx_errors_name_the_sheet_the_row_and_the_column(campaign):
    data = xlsx(
        ("id", "prompt", "response_a", "response_b"),
        ("r2", "q", "a", "b"),
        ("r3", "q", "a", "b"),
        ("r4", "q", "a", "b"),
        ("r5", "q", "a", "b"),
        ("r6", "q", "a", "b"),
        ("r7", "q", "a", None),
        title="sheet1",
    )
    report = import_file(campaign=campaign, data=data, filename="pairs.xlsx")
    assert report.errors == [
        {
            "line": 7,
            "field": "response_b",
            "sheet": "sheet1",
            "message": "sheet 'sheet1' row 7, column 'response_b': is missing or empty",
        }
    ]
    assert not Pair.objects.exists()


def test_xlsx_refuses_a_value_in_a_column_without_a_header(campaign):
    data = xlsx(("prompt",), ("q1",), ("q2", "stray"))
    report = import_file(campaign=campaign, data=data, filename="p.xlsx")
    assert report.errors[0]["line"] == 3 and "column B" in report.errors[0]["message"]


def test_an_old_xls_or_a_broken_zip_is_refused_clearly(campaign):
    old = import_file(campaign=campaign, data=b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, filename="p.xls")
    assert ".xls" in old.errors[0]["message"] and "save it as .xlsx" in old.errors[0]["message"]
    broken = import_file(campaign=campaign, data=b"PK\x03\x04 not really a zip", filename="p.xlsx")
    assert "not a readable .xlsx workbook" in broken.errors[0]["message"]


def test_csv_errors_name_the_line_and_the_column(campaign):
    data = b"id,prompt,response_a,response_b\nc1,q,a,b\nc2,q,a,\n"
    report = import_file(campaign=campaign, data=data, filename="p.csv")
    assert report.errors[0]["message"] == "line 3, column 'response_b': is missing or empty"


def test_a_csv_header_naming_a_column_twice_is_refused(campaign):
    report = import_file(campaign=campaign, data=b"prompt,reference,prompt\nq,r,q2\n", filename="p.csv")
    assert report.errors[0]["message"] == "line 1, column 'prompt': the header names this column twice"


# --- JSON whatever the name ---------------------------------------------------------------------


def test_a_json_array_saved_as_jsonl_is_read_as_an_array(campaign):
    rows = [{"id": f"j{i}", "prompt": f"question {i}", "response_a": "a", "response_b": "b"} for i in range(3)]
    data = json.dumps(rows, ensure_ascii=False, indent=2).encode()
    report = import_file(campaign=campaign, data=data, filename="pairs.jsonl")
    assert (report.ok, report.created, report.format) == (True, 3, "json")


def test_errors_in_a_json_array_saved_as_jsonl_name_the_item_line_once(campaign):
    rows = [{"prompt": "q", "response_a": "a", "response_b": "b"}, {"prompt": "q2", "response_a": "a"}]
    report = import_file(campaign=campaign, data=json.dumps(rows, indent=2).encode(), filename="pairs.jsonl")
    assert report.error_count == 1
    assert report.errors[0]["line"] == 7 and report.errors[0]["field"] == "response_b"


# --- keys of no known layout: the mapping step --------------------------------------------------

QA_ROWS = [
    {"编号": "q1", "question": "孩子发烧39度怎么办？", "answer": "物理降温并观察精神状态。", "科室": "儿科"},
    {"编号": "q2", "question": "高血压可以喝咖啡吗？", "answer": "少量可以，注意监测血压。", "科室": "心内科"},
]


def test_unknown_keys_are_listed_once_with_a_proposed_mapping(campaign):
    rows = QA_ROWS * 30  # 60 rows with the same keys: one problem, not sixty
    report = import_file(campaign=campaign, data=json.dumps(rows, ensure_ascii=False).encode(), filename="qa.json")
    assert not report.ok and report.error_count == 1
    assert report.keys == ["编号", "question", "answer", "科室"]
    assert report.proposed_mapping == {"id": "编号", "prompt": "question", "reference": "answer"}
    message = report.errors[0]["message"]
    assert "60 row(s)" in message and "answer, question, 科室, 编号" in message and "prompt ← question" in message


def test_a_mapping_reads_the_rows_and_keeps_the_other_keys_in_meta(campaign):
    data = json.dumps(QA_ROWS, ensure_ascii=False).encode()
    mapping = {"id": "编号", "prompt": "question", "reference": "answer"}
    report = import_file(campaign=campaign, data=data, filename="qa.json", options=ImportOptions(mapping=mapping))
    assert (report.ok, report.created, report.kind, report.mapping) == (True, 2, "prompts", mapping)
    prompt = Prompt.objects.get(external_id="q1")
    assert prompt.reference == "物理降温并观察精神状态。"
    assert prompt.meta == {"科室": "儿科", "source_format": "mapped"}


def test_a_mapping_can_make_pairs_from_chosen_and_rejected_columns(campaign):
    data = "问题,好回答,差回答\n头晕怎么办？,先坐下休息，测血压。,忍一忍。\n".encode("gbk")
    mapping = {"prompt": "问题", "chosen": "好回答", "rejected": "差回答"}
    report = import_file(campaign=campaign, data=data, filename="pairs.csv", options=ImportOptions(mapping=mapping))
    assert (report.ok, report.kind, report.encoding) == (True, "pairs", "gb18030")
    pair = Pair.objects.get()
    chosen = pair.response_a if pair.meta["source_label"] == "a" else pair.response_b
    assert chosen.text == "先坐下休息，测血压。"


def test_errors_of_mapped_rows_name_the_key_of_the_file(campaign):
    data = "问题,参考\n头晕怎么办？,休息\n,没有问题\n".encode()
    report = import_file(
        campaign=campaign,
        data=data,
        filename="qa.csv",
        options=ImportOptions(mapping={"prompt": "问题", "reference": "参考"}),
    )
    assert report.errors[0]["message"] == "line 3, column '问题': is missing or empty"


def test_a_saved_mapping_is_reused_for_files_of_unknown_keys_only(campaign, admin):
    mapping = {"id": "编号", "prompt": "question", "reference": "answer"}
    first = import_file(
        campaign=campaign,
        data=json.dumps(QA_ROWS[:1]).encode(),
        filename="a.json",
        options=ImportOptions(mapping=mapping, save_mapping=True),
    )
    assert first.ok
    campaign.refresh_from_db()
    assert campaign.import_mapping == mapping
    again = import_file(campaign=campaign, data=json.dumps(QA_ROWS).encode(), filename="b.json")
    assert (again.ok, again.created, again.skipped, again.mapping) == (True, 1, 1, mapping)
    known = import_file(campaign=campaign, data=b'{"prompt": "plain prompt"}', filename="c.jsonl")
    assert (known.ok, known.mapping) == (True, {})  # a known layout is read as it is
    set_import_mapping(campaign=campaign, mapping={}, user=admin)
    campaign.refresh_from_db()
    assert campaign.import_mapping == {}
    assert AuditEvent.objects.filter(action="campaign.import_mapping").count() == 2


def test_a_failed_import_saves_no_mapping(campaign):
    data = json.dumps([{"question": ""}]).encode()
    report = import_file(
        campaign=campaign,
        data=data,
        filename="a.json",
        options=ImportOptions(mapping={"prompt": "question"}, save_mapping=True),
    )
    assert not report.ok
    campaign.refresh_from_db()
    assert campaign.import_mapping == {}


@pytest.mark.parametrize(
    "mapping, fragment",
    [
        ({"reference": "answer"}, "'prompt' must be mapped"),
        ({"prompt": "q", "response_a": "x"}, "'response_a' and 'response_b' go together"),
        ({"prompt": "q", "response_a": "x", "response_b": "y", "chosen": "c", "rejected": "r"}, "not both"),
        ({"prompt": "q", "answer": "a"}, "'answer' is not a medpref field"),
        ({"prompt": "q", "reference": "q"}, "mapped to two fields"),
        ({"prompt": "q", "gold_answer": "g"}, "need response_a and response_b"),
        (["prompt"], "must be an object"),
    ],
)
def test_a_mapping_that_cannot_work_is_refused(mapping, fragment):
    problems = mapping_problems(mapping)
    assert any(fragment in problem for problem in problems), problems


def test_proposals_pair_answers_only_when_both_sides_are_found():
    assert propose_mapping(["Question", "Answer A", "Answer B"], {}) == {
        "prompt": "Question",
        "response_a": "Answer A",
        "response_b": "Answer B",
    }
    assert propose_mapping(["text", "answer_a"], {"text": "long text", "answer_a": "x"}) == {"prompt": "text"}


# --- duplicates ---------------------------------------------------------------------------------


def test_a_duplicate_id_with_a_different_text_is_a_warning_with_the_ids(campaign):
    first = '{"id": "d1", "prompt": "q1", "response_a": "a", "response_b": "b"}\n{"id": "d2", "prompt": "q2", "response_a": "a", "response_b": "b"}'
    import_file(campaign=campaign, data=first.encode(), filename="p.jsonl")
    second = (
        '{"id": "d1", "prompt": "q1", "response_a": "a",  "response_b": "b"}\n'  # the same text
        '{"id": "d2", "prompt": "q2 changed", "response_a": "a", "response_b": "b"}\n'
        '{"id": "d3", "prompt": "q3", "response_a": "a", "response_b": "b"}\n'
        '{"id": "d3", "prompt": "q3", "response_a": "other", "response_b": "b"}\n'
    )
    report = import_file(campaign=campaign, data=second.encode(), filename="p.jsonl")
    assert (report.ok, report.created, report.skipped) == (True, 1, 3)
    assert report.conflicting_ids == ["d2", "d3"]
    assert len(report.warnings) == 2
    assert "already in the campaign" in report.warnings[0] and report.warnings[0].endswith(": d2")
    assert "more than once in the file" in report.warnings[1] and report.warnings[1].endswith(": d3")
    assert Pair.objects.get(external_id="d2").prompt.messages[0]["content"] == "q2"  # the campaign's kept
    assert Pair.objects.get(external_id="d3").response_a.text == "a"  # the first row kept


def test_prompts_with_the_same_id_and_another_reference_are_warned_about(campaign):
    import_file(campaign=campaign, data=b'{"id": "p1", "prompt": "q", "reference": "r1"}', filename="p.jsonl")
    report = import_file(campaign=campaign, data=b'{"id": "p1", "prompt": "q", "reference": "r2"}', filename="p.jsonl")
    assert report.conflicting_ids == ["p1"] and report.skipped == 1


def test_reimporting_the_same_file_warns_about_nothing(campaign):
    data = shared_file("huatuogpt_eval_Med-dialog_100.json").read_bytes()
    import_file(campaign=campaign, data=data, filename="m.json")
    report = import_file(campaign=campaign, data=data, filename="m.json")
    assert (report.created, report.skipped, report.warnings) == (0, 100, [])


# --- still de-identified, still all or nothing --------------------------------------------------


def test_mapped_xlsx_rows_are_deidentified(campaign):
    data = xlsx(("问题", "医生回复"), ("我叫张伟，电话13812345678，头痛。", "张先生请就诊。"))
    report = import_file(
        campaign=campaign,
        data=data,
        filename="p.xlsx",
        options=ImportOptions(mapping={"prompt": "问题", "reference": "医生回复"}),
    )
    assert report.ok and report.redactions.get("PHONE") == 1
    prompt = Prompt.objects.get()
    assert "13812345678" not in prompt.messages[0]["content"] and "张伟" not in prompt.messages[0]["content"]


# --- the API and the console page ---------------------------------------------------------------


def test_the_api_takes_a_mapping_and_saves_it(campaign, admin):
    upload = SimpleUploadedFile("qa.json", json.dumps(QA_ROWS, ensure_ascii=False).encode())
    mapping = {"id": "编号", "prompt": "question", "reference": "answer"}
    response = client_for(admin).post(
        f"/api/v1/campaigns/{campaign.pk}/import/",
        {"file": upload, "mapping": json.dumps(mapping, ensure_ascii=False), "save_mapping": "true"},
        format="multipart",
    )
    assert response.status_code == 201, response.json()
    assert response.json()["mapping"] == mapping and response.json()["created"] == 2
    campaign.refresh_from_db()
    assert campaign.import_mapping == mapping


def test_the_api_refuses_a_bad_mapping_before_reading_the_file(campaign, admin):
    upload = SimpleUploadedFile("qa.json", b"[]")
    response = client_for(admin).post(
        f"/api/v1/campaigns/{campaign.pk}/import/",
        {"file": upload, "mapping": '{"reference": "answer"}'},
        format="multipart",
    )
    assert response.status_code == 400
    assert "prompt" in json.dumps(response.json()["details"])


def test_the_api_answers_unknown_keys_with_the_keys_and_a_proposal(campaign, admin):
    upload = SimpleUploadedFile("qa.json", json.dumps(QA_ROWS, ensure_ascii=False).encode())
    response = client_for(admin).post(f"/api/v1/campaigns/{campaign.pk}/import/", {"file": upload}, format="multipart")
    body = response.json()
    assert response.status_code == 400 and body["code"] == "invalid_file"
    assert body["keys"] == ["编号", "question", "answer", "科室"]
    assert body["proposed_mapping"]["prompt"] == "question"


def test_the_import_page_is_for_admins_and_can_forget_the_saved_mapping(client, campaign, admin, annotator):
    set_import_mapping(campaign=campaign, mapping={"prompt": "question"}, user=admin)
    url = f"/console/campaigns/{campaign.pk}/import/"
    client.force_login(annotator)
    assert client.get(url).status_code == 403
    client.force_login(admin)
    page = client.get(url)
    assert page.status_code == 200
    assert b'value="question"' in page.content and b"frontend/import.js" in page.content
    assert client.post(url, {"action": "forget"}).status_code == 302
    campaign.refresh_from_db()
    assert campaign.import_mapping == {}


# --- stored as Django would store them ----------------------------------------------------------


def test_imported_rows_hold_the_values_django_would_write(campaign):
    report = import_file(campaign=campaign, data=PAIRS_CSV.encode(), filename="pairs.csv")
    assert report.created == 2
    pair = Pair.objects.select_related("prompt", "response_a").get(external_id="c1")
    defaults = Pair(campaign=campaign)
    assert (pair.state, pair.annotation_count, pair.decision, pair.is_gold, pair.gold_answer, pair.meta) == (
        defaults.state,
        defaults.annotation_count,
        defaults.decision,
        False,
        None,
        {},
    )
    assert pair.created_at and pair.updated_at and pair.prompt.created_at and pair.response_a.created_at
    assert pair.response_a.provenance == {"source": "import", "import_line": 2}
    assert pair.prompt.meta == {} and pair.prompt_id == pair.response_a.prompt_id


def test_the_command_reads_with_a_mapping_and_suggests_one_when_needed(campaign, tmp_path, capsys):
    from django.core.management import CommandError, call_command

    qa = tmp_path / "qa.json"
    qa.write_text(json.dumps(QA_ROWS, ensure_ascii=False))
    with pytest.raises(CommandError, match="nothing imported"):
        call_command("import_pairs", campaign.name, str(qa))
    assert '--mapping \'{"id": "编号", "prompt": "question", "reference": "answer"}\'' in capsys.readouterr().err
    mapping = json.dumps({"prompt": "question", "reference": "answer"})
    call_command("import_pairs", campaign.name, str(qa), "--mapping", mapping, "--save-mapping")
    assert "json, utf-8, prompts: 2 created" in capsys.readouterr().out
    campaign.refresh_from_db()
    assert campaign.import_mapping == {"prompt": "question", "reference": "answer"}
    with pytest.raises(CommandError, match="'prompt' must be mapped"):
        call_command("import_pairs", campaign.name, str(qa), "--mapping", '{"reference": "answer"}')


def test_a_workbook_that_unpacks_to_too_much_is_refused_before_it_is_read(campaign, monkeypatch):
    from annotation import formats

    monkeypatch.setattr(formats, "MAX_XLSX_UNPACKED", 1_000)
    report = import_file(campaign=campaign, data=xlsx(("prompt",), ("q" * 2_000,)), filename="p.xlsx")
    assert "unpacks to" in report.errors[0]["message"] and "save it as CSV" in report.errors[0]["message"]


def test_the_saved_mapping_is_read_replaced_and_forgotten_through_the_api(campaign, admin, annotator):
    url = f"/api/v1/campaigns/{campaign.pk}/import-mapping/"
    client = client_for(admin)
    assert client.get(url).json() == {"mapping": {}}
    mapping = {"prompt": "question", "reference": "answer"}
    assert client.put(url, {"mapping": mapping}, format="json").json() == {"mapping": mapping}
    assert client.get(url).json() == {"mapping": mapping}
    refused = client.put(url, {"mapping": {"reference": "answer"}}, format="json")
    assert refused.status_code == 400 and "'prompt' must be mapped" in json.dumps(refused.json(), ensure_ascii=False)
    assert client_for(annotator).put(url, {"mapping": {}}, format="json").status_code == 403
    assert client.delete(url).status_code == 204
    campaign.refresh_from_db()
    assert campaign.import_mapping == {}


def test_a_closed_campaign_keeps_its_mapping(campaign, admin):
    from annotation.errors import ServiceError

    set_import_mapping(campaign=campaign, mapping={"prompt": "question"}, user=admin)
    campaign.status = "closed"
    campaign.save(update_fields=["status"])
    with pytest.raises(ServiceError, match="closed"):
        set_import_mapping(campaign=campaign, mapping={}, user=admin)
