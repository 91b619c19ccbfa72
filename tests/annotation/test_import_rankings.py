"""Importing ranking items (PROTOCOL §10) into a campaign of kind rankings: the RLHF-Label-Tool layout
(the Zhongjing sample in ../shared/data), the generic `{prompt, responses}` layout, pair files as
two candidates; K out of range, repeated answers, de-identification across candidates, all or
nothing; and the refusal a campaign of pairs gives a ranking file."""

import json

import pytest

from annotation.formats import parse_file
from annotation.models import CampaignKind, Candidate, Pair, Prompt, Response
from annotation.services.importing import candidate_positions, import_file
from tests.factories import make_campaign, shared_file


@pytest.fixture
def rankings(db):
    return make_campaign("Ranking round 1", kind=CampaignKind.RANKINGS, gold_rate=0.0)


def jsonl(*rows) -> bytes:
    return "\n".join(json.dumps(row, ensure_ascii=False) for row in rows).encode()


def candidates_of(pair: Pair) -> list[str]:
    """The item's answers in the file's order (responses are stored in it; positions are drawn)."""
    return [
        c.response.text for c in Candidate.objects.filter(pair=pair).select_related("response").order_by("response_id")
    ]


def at_position(pair: Pair, position: int) -> Response:
    return Candidate.objects.get(pair=pair, position=position).response


def test_the_zhongjing_rlhf_label_tool_file_imports_as_ranking_items(rankings):
    data = shared_file("zhongjing_rlhf_label_tool_input_file.json").read_bytes()
    report = import_file(campaign=rankings, data=data, filename="input_file.json")
    assert report.ok, report.errors
    # Item "0" repeats response_0 as response_3; item "6" is four copies of "健康。": warned, not errors.
    assert (report.kind, report.format, report.created, report.skipped) == ("rankings", "json", 9, 1)
    assert report.as_dict()["candidates"] == {"3": 1, "4": 8}
    assert any("id 0" in w and "'response_3'" in w and "'response_0'" in w for w in report.warnings)
    assert any("id 6" in w and "not imported" in w for w in report.warnings)
    assert not Pair.objects.filter(external_id="6").exists()

    item = Pair.objects.get(campaign=rankings, external_id="5")
    texts = candidates_of(item)
    source = json.loads(data)["5"]
    assert len(texts) == 4 and texts[2].startswith(source["response_2"][:10])
    assert (at_position(item, 0), at_position(item, 1)) == (item.response_a, item.response_b)
    # The history's [patient, doctor] turns come before the query, as for the query+history prompts.
    messages = item.prompt.messages
    assert [m["role"] for m in messages] == ["user", "assistant"] * len(source["history"]) + ["user"]
    assert messages[0]["content"] == source["history"][0][0] and messages[-1]["content"] == source["query"]
    third = Response.objects.filter(prompt=item.prompt).order_by("id")[2]
    assert third.provenance == {
        "source": "import",
        "import_line": third.provenance["import_line"],
        "import_field": "response_2",
    }
    assert item.meta == {"source_format": "rlhf-label-tool"}
    assert [
        c.response.provenance["import_field"]
        for c in Candidate.objects.filter(pair__external_id="0").order_by("response")
    ] == ["response_0", "response_1", "response_2"]


def test_positions_are_drawn_per_item_so_they_do_not_tell_the_files_order(rankings):
    """Judges see positions (the API names candidates by them): a file whose first answer is always
    one model must not make position 0 that model. The draw is fixed by campaign and id."""
    rows = [
        {"id": f"r{i}", "prompt": f"问题{i}", "responses": [f"甲{i}", f"乙{i}", f"丙{i}", f"丁{i}"]} for i in range(20)
    ]
    assert import_file(campaign=rankings, data=jsonl(*rows), filename="r.jsonl").ok
    stored = {
        pair.external_id: [c.position for c in pair.candidates.order_by("response_id")]  # in the file's order
        for pair in Pair.objects.filter(campaign=rankings)
    }
    assert len({tuple(places) for places in stored.values()}) > 1  # not the file's order for every item
    assert any(places[0] != 0 for places in stored.values())
    for item in parse_file(jsonl(*rows), "r.jsonl").items:
        assert candidate_positions(rankings, item) == stored[item.external_id]  # the same draw every time


def test_rlhf_label_tool_items_carry_the_line_of_their_key(rankings):
    text = '{\n  "a1": {"query": "头痛怎么办？", "history": [], "response_0": "休息。", "response_1": "就医。"},\n\n  "a2": {"query": "发烧怎么办？", "response_0": "退热。", "response_1": ""}\n}'
    report = import_file(campaign=rankings, data=text.encode(), filename="input.json")
    assert not report.ok and report.errors[0]["line"] == 4 and report.errors[0]["field"] == "response_1"
    assert not Prompt.objects.exists()


def test_the_generic_layout_with_texts_and_models(rankings):
    rows = [
        {
            "id": "g1",
            "prompt": [{"role": "user", "content": "孩子发烧39度怎么办？"}],
            "responses": [
                {"text": "先物理降温，超过38.5度可以用对乙酰氨基酚，精神差要就医。", "model": "m-a"},
                {"text": "多喝水就好。", "source": "m-b"},
                "立即去急诊。",
            ],
        },
        {"prompt": "What should I do for a sprained ankle?", "responses": ["Rest, ice, compression.", "Walk it off."]},
    ]
    report = import_file(campaign=rankings, data=jsonl(*rows), filename="ranking.jsonl")
    assert (report.ok, report.kind, report.created) == (True, "rankings", 2)
    assert report.as_dict()["candidates"] == {"2": 1, "3": 1}
    first = Pair.objects.get(external_id="g1")
    assert candidates_of(first) == [
        "先物理降温，超过38.5度可以用对乙酰氨基酚，精神差要就医。",
        "多喝水就好。",
        "立即去急诊。",
    ]
    sources = [c.response.source for c in Candidate.objects.filter(pair=first).order_by("response_id")]
    assert sources == ["m-a", "m-b", ""]
    assert Pair.objects.exclude(external_id="g1").get().external_id.startswith("sha256:")


def test_a_json_array_of_generic_rows_imports_too(rankings):
    rows = [
        {"id": f"r{i}", "prompt": f"问题{i}：咳嗽怎么办？", "responses": [f"答案{i}甲", f"答案{i}乙", f"答案{i}丙"]}
        for i in range(3)
    ]
    report = import_file(campaign=rankings, data=json.dumps(rows, ensure_ascii=False).encode(), filename="r.json")
    assert (report.ok, report.created, Candidate.objects.count()) == (True, 3, 9)


@pytest.mark.parametrize(
    ("row", "field", "words"),
    [
        (
            {"prompt": "q", "responses": ["only one"]},
            "responses",
            "holds 1 candidate answer(s); a ranking item has 2 to 8",
        ),
        ({"prompt": "q", "responses": [f"answer {i}" for i in range(9)]}, "responses", "holds 9 candidate answer(s)"),
        ({"query": "q", **{f"response_{i}": f"answer {i}" for i in range(9)}}, "response_8", "holds 9 candidate"),
        ({"query": "q", "response_0": "x", "response_1": "y", "response_3": "z"}, "response_2", "is missing"),
        ({"prompt": "q", "responses": ["fine", {"model": "m"}]}, "responses[1].text", "is missing or empty"),
        ({"prompt": "q", "responses": ["fine", 3]}, "responses[1]", "must be a text or an object"),
    ],
)
def test_k_out_of_range_and_bad_candidates_name_the_line_and_field(rankings, row, field, words):
    good = {"prompt": "fine", "responses": ["a", "b"]}
    report = import_file(campaign=rankings, data=jsonl(good, row), filename="k.jsonl")
    assert not report.ok and report.error_count == 1
    error = report.errors[0]
    assert (error["line"], error["field"]) == (2, field)
    assert words in error["message"] and f"line 2, field '{field}'" in error["message"]
    assert not Pair.objects.exists() and not Prompt.objects.exists()  # all or nothing


def test_a_repeated_candidate_is_dropped_with_a_warning_naming_both_fields(rankings):
    row = {
        "id": "d1",
        "query": "胃痛怎么办？",
        "response_0": "清淡饮食。",
        "response_1": "就医。",
        "response_2": " 清淡饮食。 ",
    }
    report = import_file(campaign=rankings, data=jsonl(row), filename="d.jsonl")
    assert report.ok and report.created == 1 and report.as_dict()["candidates"] == {"2": 1}
    assert report.warnings == [
        "line 1 (id d1), field 'response_2': is the same text as 'response_0'; the repeat was dropped "
        "(a ranking item needs different answers)"
    ]
    assert candidates_of(Pair.objects.get()) == ["清淡饮食。", "就医。"]


def test_candidates_are_de_identified_as_one_conversation(rankings):
    row = {
        "id": "p1",
        "prompt": "我叫张伟，电话13812345678，胸口疼。",
        "responses": ["张伟您好，请立即就医。", "请拨打13812345678以外的急救电话120。", "张伟，先休息。"],
    }
    report = import_file(campaign=rankings, data=jsonl(row), filename="p.jsonl")
    assert report.ok and report.redactions.get("NAME", 0) >= 3 and report.redactions.get("PHONE", 0) == 2
    pair = Pair.objects.get()
    assert pair.prompt.messages[0]["content"] == "我叫[NAME_1]，电话[PHONE]，胸口疼。"
    texts = candidates_of(pair)
    assert texts[0].startswith("[NAME_1]") and "[PHONE]" in texts[1] and texts[2].startswith("[NAME_1]")
    stored = " ".join(Response.objects.values_list("text", flat=True)) + json.dumps(pair.prompt.messages)
    assert "张伟" not in stored and "13812345678" not in stored


def test_a_pair_file_imports_into_a_rankings_campaign_as_two_candidates(rankings):
    rows = [
        {
            "id": "n1",
            "prompt": "头痛三天怎么办？",
            "response_a": "测血压并就诊。",
            "response_b": "多喝热水。",
            "model_a": "m-1",
        }
    ]
    report = import_file(campaign=rankings, data=jsonl(*rows), filename="pairs.jsonl")
    assert (report.ok, report.kind, report.as_dict()["candidates"]) == (True, "rankings", {"2": 1})
    pair = Pair.objects.get()
    assert candidates_of(pair) == ["测血压并就诊。", "多喝热水。"]
    assert Candidate.objects.get(pair=pair, position=0).response_id == pair.response_a_id


def test_prompts_import_into_a_rankings_campaign_as_prompts_for_generation(rankings):
    report = import_file(campaign=rankings, data=jsonl({"id": "q1", "prompt": "失眠怎么办？"}), filename="q.jsonl")
    assert (report.ok, report.kind, report.created) == (True, "prompts", 1)
    assert "candidates" not in report.as_dict() and not Pair.objects.exists()


def test_importing_again_skips_the_ids_and_warns_when_the_candidates_differ(rankings):
    row = {"id": "x1", "prompt": "腰痛怎么办？", "responses": ["热敷。", "就医。", "卧床。"]}
    assert import_file(campaign=rankings, data=jsonl(row), filename="x.jsonl").created == 1
    again = import_file(campaign=rankings, data=jsonl(row), filename="x.jsonl")
    assert (again.ok, again.created, again.skipped, again.warnings) == (True, 0, 1, [])
    changed = import_file(campaign=rankings, data=jsonl({**row, "responses": ["热敷。", "按摩。"]}), filename="x.jsonl")
    assert changed.created == 0 and changed.conflicting_ids == ["x1"]


def test_a_gold_pair_is_refused_by_a_rankings_campaign(rankings):
    row = {"prompt": "q", "response_a": "a", "response_b": "b", "gold_answer": "a"}
    report = import_file(campaign=rankings, data=jsonl(row), filename="g.jsonl")
    assert not report.ok and report.errors[0]["field"] == "gold_answer"


def test_a_ranking_file_into_a_campaign_of_pairs_is_refused_with_what_to_do(campaign):
    rows = [{"query": "q", "response_0": "a", "response_1": "b", "response_2": "c"}]
    report = import_file(campaign=campaign, data=jsonl(*rows), filename="r.jsonl")
    assert not report.ok and "create a campaign of kind rankings" in report.errors[0]["message"]
    assert not Prompt.objects.exists()


def test_the_import_api_answers_the_candidate_counts(rankings, admin):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.factories import client_for

    upload = SimpleUploadedFile("r.jsonl", jsonl({"prompt": "q", "responses": ["a", "b", "c", "d"]}))
    response = client_for(admin).post(f"/api/v1/campaigns/{rankings.pk}/import/", {"file": upload}, format="multipart")
    assert response.status_code == 201, response.content
    assert (response.json()["kind"], response.json()["candidates"]) == ("rankings", {"4": 1})


def test_the_demo_ranking_file_imports_twenty_items_in_both_languages(rankings):
    from medpref.demo.management.commands.create_demo import DEMO_RANKINGS

    report = import_file(campaign=rankings, data=DEMO_RANKINGS.read_bytes(), filename=DEMO_RANKINGS.name)
    assert (report.ok, report.kind, report.created, report.warnings) == (True, "rankings", 20, [])
    assert set(report.as_dict()["candidates"]) <= {"3", "4"}
    assert {pair.meta["lang"] for pair in Pair.objects.filter(campaign=rankings)} == {"zh", "en"}


@pytest.mark.django_db
def test_create_demo_opens_a_ranking_campaign_with_the_demo_team(settings):
    from django.core.management import call_command

    from annotation.models import Campaign, CampaignMember
    from medpref.demo.management.commands.create_demo import DEMO_RANKING_CAMPAIGN

    settings.DEMO_PASSWORD = "demo-pass-123"
    call_command("create_demo")
    call_command("create_demo")  # idempotent: nothing imported twice
    campaign = Campaign.objects.get(name=DEMO_RANKING_CAMPAIGN)
    assert (campaign.kind, campaign.status) == ("rankings", "active")
    assert Pair.objects.filter(campaign=campaign).count() == 20
    assert Candidate.objects.filter(pair__campaign=campaign).count() >= 60
    members = set(CampaignMember.objects.filter(campaign=campaign).values_list("user__username", flat=True))
    assert {"physician1", "physician2", "physician3", "expert1"} <= members


def test_a_csv_with_numbered_response_columns_imports_and_its_errors_name_the_column(rankings):
    good = "id,query,response_0,response_1,response_2\nc1,失眠怎么办？,规律作息。,喝酒助眠。,睡前少看手机。\n"
    report = import_file(campaign=rankings, data=good.encode("gbk"), filename="r.csv")
    assert (report.ok, report.format, report.encoding, report.as_dict()["candidates"]) == (
        True,
        "csv",
        "gb18030",
        {"3": 1},
    )
    bad = "id,query,response_0,response_1,response_2\nc2,头晕怎么办？,躺下休息。,,测血压。\n"
    report = import_file(campaign=rankings, data=bad.encode(), filename="r.csv")
    assert not report.ok and report.errors[0]["message"].startswith("line 2, column 'response_1'")
