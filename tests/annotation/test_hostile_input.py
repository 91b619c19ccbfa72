"""Hostile text at import (issue 8): invisible characters and look-alike digits do not hide identifiers,
broken text is refused with its line and field, every de-identification pattern is linear, and a file
full of errors gets a short report."""

import json
import time
import unicodedata

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import given
from hypothesis import strategies as st

from annotation.deid import RULES, scrub
from annotation.deid.names import uncertain_names
from annotation.formats import MAX_TEXT_CHARS
from annotation.models import Pair, Prompt, Response
from annotation.services.importing import MAX_REPORTED_ERRORS, import_file
from annotation.text import comparable, normalise
from tests.annotation import hostile_input_support
from tests.annotation.hostile_input_support import TIME_LIMIT_S, assert_linear_time, attacks, run
from tests.factories import client_for

INVISIBLE = [
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u00ad",
    "\u200e",
    "\u200f",
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\u180e",
    "\u2061",
    "\ufe0f",
    "\U000e0041",
]


def jsonl(*rows) -> bytes:
    return "\n".join(json.dumps(row, ensure_ascii=False) for row in rows).encode()


def escaped(*rows) -> bytes:
    """JSONL with every non-ASCII character as a \\u escape: the only way a lone surrogate gets in."""
    return "\n".join(json.dumps(row) for row in rows).encode()


def pair(**fields) -> dict:
    return {
        "id": "h1",
        "prompt": "我头痛三天了怎么办？",
        "response_a": "建议测量血压并就诊。",
        "response_b": "多喝热水。",
        **fields,
    }


def nothing_stored() -> bool:
    return not (Pair.objects.exists() or Prompt.objects.exists() or Response.objects.exists())


# --- invisible characters and look-alike digits -------------------------------------------------


def test_zero_width_space_inside_phone_number_is_still_redacted():
    result = scrub("电话138\u200b1234\u200b5678，随时联系")
    assert result.text == "电话[PHONE]，随时联系"
    assert result.counts == {"PHONE": 1}


@pytest.mark.parametrize("invisible", INVISIBLE, ids=lambda c: f"U+{ord(c):04X}")
def test_every_invisible_formatting_character_is_removed_before_scrubbing(invisible):
    result = scrub(f"phone 138{invisible}1234{invisible}5678, mail jane{invisible}.doe@exam{invisible}ple.org")
    assert result.text == "phone [PHONE], mail [EMAIL]"


def test_addresses_glued_to_one_another_are_all_redacted():
    assert scrub("x@y.co.uk.z@w.io, a@b.org").text == "[EMAIL], [EMAIL]"


def test_full_width_digits_and_letters_are_redacted():
    result = scrub(
        "手机：１３８１２３４５６７８，邮箱：ｊａｎｅ＠ｅｘａｍｐｌｅ．ｏｒｇ，身份证号１１０１０１１９９００３０７４５１８。"
    )
    assert result.text == "手机：[PHONE]，邮箱：[EMAIL]，身份证号[ID]。"


def test_other_forms_of_digits_are_redacted_too():
    assert scrub("call 𝟏𝟑𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖").text == "call [PHONE]"  # mathematical bold digits
    assert scrub("call ١٣٨١٢٣٤٥٦٧٨").text == "call [PHONE]"  # Arabic-Indic digits
    assert scrub("call 138\u20111234\u20115678").text == "call [PHONE]"  # non-breaking hyphens


def test_chinese_punctuation_units_and_symbols_stay_as_written():
    text = "体温３８．５℃，（１）布洛芬：每次200µg；①多喝水！面积2m²？“好的”。"
    assert normalise(text) == "体温38.5℃，（1）布洛芬：每次200µg；①多喝水！面积2m²？“好的”。"


def test_accents_are_composed_not_removed():
    assert normalise("cafe\u0301 na\u200bi\u0308ve") == "café naïve"


@given(st.text())
def test_normalising_twice_changes_nothing_and_leaves_no_invisible_character(text):
    once = normalise(text)
    assert normalise(once) == once
    assert not any(unicodedata.category(char) == "Cf" for char in once)


@given(st.text(alphabet=st.characters(max_codepoint=0x7F)))
def test_ascii_text_is_left_exactly_as_it_is(text):
    assert normalise(text) == text


def test_stored_text_is_the_cleaned_text(campaign):
    row = pair(
        prompt="我叫张\u200b伟，头痛\u200b三天",
        response_a="请拨打１３８\u00ad１２３４５６７８预约。",
        response_b="多喝\u2060热水。",
    )
    report = import_file(campaign=campaign, data=jsonl(row), filename="p.jsonl")
    assert report.ok, report.errors
    stored = Pair.objects.select_related("prompt", "response_a", "response_b").get()
    assert stored.prompt.messages[0]["content"] == "我叫[NAME_1]，头痛三天"
    assert (stored.response_a.text, stored.response_b.text) == ("请拨打[PHONE]预约。", "多喝热水。")
    assert report.redactions == {"NAME": 1, "PHONE": 1}


def test_answers_differing_only_in_invisible_characters_or_full_width_digits_are_the_same_text(campaign):
    rows = [
        pair(id="zw", response_a="每天服用2片。", response_b="每天\u200b服用２片。"),
        pair(id="bidi", response_a="rest", response_b="\u202erest\u202c"),
    ]
    report = import_file(campaign=campaign, data=jsonl(*rows), filename="p.jsonl")
    assert [(e["line"], e["field"]) for e in report.errors] == [(1, "response_b"), (2, "response_b")]
    assert "same text" in report.errors[0]["message"]
    assert nothing_stored()


def test_comparable_ignores_spacing_and_invisible_characters():
    assert comparable(" 多喝\u200b热水。\n") == comparable("多喝热水。") == "多喝热水。"
    assert comparable("Take 2 tablets") != comparable("Take 3 tablets")


# --- text that is refused ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, filename, line, field",
    [
        (escaped(pair(), pair(id="h2", response_a="abc\ud800def")), "p.jsonl", 2, "response_a"),
        (
            json.dumps([pair(), pair(id="h2", prompt=[{"role": "user", "content": "x\udc00"}])], indent=2).encode(),
            "p.json",
            8,
            "prompt[0].content",
        ),
        (
            b'id,prompt,response_a,response_b\nc1,"[{""role"": ""user"", ""content"": ""q\\ud83d""}]",yes,no\n',
            "p.csv",
            2,
            "prompt[0].content",
        ),
    ],
    ids=["jsonl", "json", "csv"],
)
def test_lone_surrogate_is_rejected_with_line_and_field(campaign, data, filename, line, field):
    report = import_file(campaign=campaign, data=data, filename=filename)
    assert [(e["line"], e["field"]) for e in report.errors] == [(line, field)]
    assert "contains a lone surrogate (U+D" in report.errors[0]["message"]
    json.dumps(report.as_dict())  # the report itself holds no broken text
    assert nothing_stored()


@pytest.mark.parametrize(
    "data, filename, line, field",
    [
        (jsonl(pair(response_b="a\u0000b")), "p.jsonl", 1, "response_b"),
        (json.dumps([pair(prompt="q\u0000")]).encode(), "p.json", 1, "prompt"),
        (b"id,prompt,response_a,response_b\nc1,q,yes\x00,no\n", "p.csv", 2, "response_a"),
    ],
    ids=["jsonl", "json", "csv"],
)
def test_nul_byte_is_rejected_with_line_and_field(campaign, data, filename, line, field):
    report = import_file(campaign=campaign, data=data, filename=filename)
    assert [(e["line"], e["field"]) for e in report.errors] == [(line, field)]
    assert "contains a NUL character (U+0000)" in report.errors[0]["message"]
    assert nothing_stored()


@pytest.mark.parametrize(
    "char", ["\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85"], ids=lambda c: f"U+{ord(c):04X}"
)
def test_other_control_characters_are_rejected(campaign, char):
    report = import_file(campaign=campaign, data=jsonl(pair(response_a=f"red{char}[31m")), filename="p.jsonl")
    assert (
        report.errors[0]["field"],
        f"a control character (U+{ord(char):04X}) at character 4" in report.errors[0]["message"],
    ) == ("response_a", True)


def test_tabs_and_line_breaks_are_text(campaign):
    report = import_file(
        campaign=campaign, data=jsonl(pair(response_a="step 1:\tdrink\r\nstep 2:\trest")), filename="p.jsonl"
    )
    assert report.ok, report.errors
    assert Pair.objects.get().response_a.text == "step 1:\tdrink\r\nstep 2:\trest"


@pytest.mark.parametrize(
    "row, field",
    [
        (pair(meta={"note": "ok\ud800"}), "meta.note"),
        (pair(meta={"bad\u0000key": 1}), "meta"),
        (pair(id="n\u0000"), "id"),
        (pair(model_a="m\udfff"), "model_a"),
    ],
)
def test_broken_text_anywhere_in_a_row_is_rejected(campaign, row, field):
    report = import_file(campaign=campaign, data=escaped(row), filename="p.jsonl")
    assert (report.errors[0]["line"], report.errors[0]["field"]) == (1, field)
    assert nothing_stored()


def test_text_longer_than_the_limit_is_rejected_with_line_and_field(campaign):
    rows = [pair(id="fits", response_a="好" * MAX_TEXT_CHARS), pair(id="long", response_b="好" * (MAX_TEXT_CHARS + 1))]
    report = import_file(campaign=campaign, data=jsonl(*rows), filename="p.jsonl")
    assert [(e["line"], e["field"]) for e in report.errors] == [(2, "response_b")]
    assert "100,001 characters long; a text may have at most 100,000" in report.errors[0]["message"]
    assert nothing_stored()


def test_a_csv_cell_beyond_what_the_csv_reader_takes_is_an_error_not_a_crash(campaign):
    data = f"id,prompt,response_a,response_b\nc1,q,a,b\nc2,q,{'a' * 200_000},b\n".encode()
    report = import_file(campaign=campaign, data=data, filename="p.csv")
    assert [(e["line"], e["field"]) for e in report.errors] == [(3, None)]
    assert "more than 100,000 characters" in report.errors[0]["message"]
    assert nothing_stored()


@pytest.mark.parametrize(
    "data, filename, field",
    [
        (b"[" * 100_000 + b"]" * 100_000, "deep.jsonl", None),
        (b"[" + b'{"a": ' * 5_000 + b"1" + b"}" * 5_000 + b"]", "deep.json", None),
        (jsonl(pair(meta={"a": json.loads("[" * 30 + "1" + "]" * 30)})), "p.jsonl", "meta.a" + "[0]" * 19),
    ],
    ids=["jsonl", "json", "meta"],
)
def test_deeply_nested_json_is_an_error_not_a_crash(campaign, data, filename, field):
    report = import_file(campaign=campaign, data=data, filename=filename)
    assert report.errors[0]["field"] == field
    assert "nested" in report.errors[0]["message"]
    assert nothing_stored()


@pytest.mark.parametrize(
    "row, field",
    [
        (pair(priority=2**31), "priority"),
        (pair(model_a="m" * 201), "model_a"),
        (pair(meta={"score": float("nan")}), "meta.score"),
    ],
)
def test_values_the_database_cannot_hold_are_rejected_at_import(campaign, row, field):
    report = import_file(campaign=campaign, data=jsonl(row), filename="p.jsonl")
    assert report.errors[0]["field"] == field
    assert nothing_stored()


def test_a_line_separator_inside_a_json_string_does_not_shift_line_numbers(campaign):
    data = jsonl(pair(response_a="first\u2028second\u2029third"), {"id": "h2", "prompt": "q"})
    assert "\u2028".encode() in data
    report = import_file(campaign=campaign, data=data, filename="p.jsonl")
    assert [e["line"] for e in report.errors] == [2]


def test_the_api_refuses_a_lone_surrogate_and_serving_pairs_keeps_working(campaign, admin, annotator):
    make_ok = jsonl(pair(id="fine"))
    broken = make_ok + b'\n{"id": "bad", "prompt": "q", "response_a": "x\\ud800", "response_b": "y"}'
    response = client_for(admin).post(
        f"/api/v1/campaigns/{campaign.pk}/import/", {"file": SimpleUploadedFile("p.jsonl", broken)}, format="multipart"
    )
    assert response.status_code == 400
    assert (response.json()["errors"][0]["line"], response.json()["errors"][0]["field"]) == (2, "response_a")
    assert client_for(annotator).get(f"/api/v1/campaigns/{campaign.pk}/next/").status_code == 204


# --- the error report ----------------------------------------------------------------------------


def test_error_report_keeps_first_fifty_and_counts_the_rest(campaign):
    data = b"\n".join([b'{"prompt": "q", "response_a": "a"}'] * 100_000)  # response_b missing on every line
    report = import_file(campaign=campaign, data=data, filename="bad.jsonl")
    assert [e["line"] for e in report.errors] == list(range(1, MAX_REPORTED_ERRORS + 1))
    assert report.error_count == 100_000
    assert report.errors_note == "Only the first 50 of 100,000 problems are listed; 99,950 more were left out."
    body = json.dumps(report.as_dict())
    assert len(body) < 50_000
    assert json.loads(body)["error_count"] == 100_000


def test_a_short_error_list_is_complete_and_says_nothing_more(campaign):
    report = import_file(
        campaign=campaign, data=jsonl(pair(response_b=""), pair(id="h2", response_a="")), filename="p.jsonl"
    )
    assert (len(report.errors), report.error_count, report.errors_note) == (2, 2, "")


def test_the_api_answers_a_file_of_10000_bad_lines_briefly(campaign, admin):
    upload = SimpleUploadedFile(
        "bad.jsonl", b"\n".join([b'{"prompt": "q"}\n{"prompt": "q", "response_a": "a", "response_b": "b"}'] * 10_000)
    )
    response = client_for(admin).post(f"/api/v1/campaigns/{campaign.pk}/import/", {"file": upload}, format="multipart")
    assert response.status_code == 400
    assert len(response.content) < 50_000
    assert (len(response.json()["errors"]), response.json()["error_count"]) == (50, 10_000)


# --- every pattern is linear ----------------------------------------------------------------------

CASES = [(index, name, make) for index, rule in enumerate(RULES) for name, make in attacks(rule).items()]


def test_every_pattern_has_a_near_miss_to_repeat():
    assert all(rule.probe and not list(rule.find(rule.probe)) for rule in RULES)


def test_the_linear_time_check_tells_a_line_from_a_square(monkeypatch):
    monkeypatch.setattr(hostile_input_support, "TIME_LIMIT_S", 0.0)  # every input "slow": the ratio decides
    text = run("ab", 400_000)
    assert_linear_time(lambda t: sum(1 for c in t if c == "a"), text, "a line")
    with pytest.raises(AssertionError, match="a square took"):
        assert_linear_time(lambda t: sum(t.count("ab", 0, k) for k in range(0, len(t), 100)), text, "a square")


@pytest.mark.parametrize(
    "index, name, make", CASES, ids=[f"{index}-{RULES[index].kind}-{name}" for index, name, _ in CASES]
)
def test_each_pattern_takes_linear_time_on_1mb_adversarial_input(index, name, make):
    rule = RULES[index]
    assert_linear_time(lambda text: list(rule.find(text)), make(), f"pattern {index} ({rule.kind}) on {name}")


@pytest.mark.parametrize("chars", ["向医生", "姓名：高热", "医生", "向"])
def test_listing_uncertain_names_takes_linear_time_on_1mb_adversarial_input(chars):
    text = run(chars)
    started = time.process_time()
    uncertain_names(text)
    assert time.process_time() - started < TIME_LIMIT_S


def test_scrubbing_the_largest_allowed_text_is_quick():
    text = run("a.b@c1 ", MAX_TEXT_CHARS)
    started = time.process_time()
    scrub(text)
    assert time.process_time() - started < TIME_LIMIT_S
