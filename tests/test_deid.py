"""PROTOCOL §7: identifiers become typed placeholders; medical content stays as it is."""
import pytest

from annotation.deid import scrub


@pytest.mark.parametrize(
    "text, expected, kind",
    [
        ("我叫张伟，今年35岁。", "我叫[NAME]，今年35岁。", "NAME"),
        ("患者王小明，男，45岁。", "患者[NAME]，男，45岁。", "NAME"),
        ("姓名：欧阳娜娜。", "姓名：[NAME]。", "NAME"),
        ("李女士很担心。", "[NAME]女士很担心。", "NAME"),
        ("My name is John Smith and I have a cough.", "My name is [NAME] and I have a cough.", "NAME"),
        ("Dr. Emily Chen prescribed it.", "Dr. [NAME] prescribed it.", "NAME"),
        ("电话13812345678有事找我", "电话[PHONE]有事找我", "PHONE"),
        ("座机010-12345678。", "座机[PHONE]。", "PHONE"),
        ("Call (555) 123-4567 tomorrow.", "Call [PHONE] tomorrow.", "PHONE"),
        ("身份证号110101199003074518。", "身份证号[ID]。", "ID"),
        ("SSN 123-45-6789.", "SSN [ID].", "ID"),
        ("病历号：A123456，", "病历号：[MRN]，", "MRN"),
        ("MRN: 889911 on file", "MRN: [MRN] on file", "MRN"),
        ("write to jane.doe@example.org please", "write to [EMAIL] please", "EMAIL"),
        ("住在北京市朝阳区建国路88号3栋502室。", "住在[ADDRESS]。", "ADDRESS"),
        ("I live at 42 Baker Street, Apt 5.", "I live at [ADDRESS].", "ADDRESS"),
        ("出生日期：1979年3月5日。", "出生日期：[DOB]。", "DOB"),
        ("1990-04-01出生，", "[DOB]出生，", "DOB"),
        ("DOB: 03/04/1985.", "DOB: [DOB].", "DOB"),
        ("She was born on March 3, 1985.", "She was born on [DOB].", "DOB"),
    ],
)
def test_each_identifier_becomes_its_typed_placeholder(text, expected, kind):
    result = scrub(text)
    assert result.text == expected
    assert result.counts == {kind: 1}


@pytest.mark.parametrize(
    "text",
    [
        "血压140/90mmHg，每次500mg，一天3次，持续2年。",
        "患者王某，复查于2023年5月1日。",
        "我叫了救护车，心率120次/分。",
        "向医生咨询后，和医生约了复查。",
        "Take 400 mg every 6-8 hours, at most 1,200 mg in 24 hours.",
        "I am worried about my HbA1c of 7.2% since March 2023.",
        "Call 911 or 120 now.",
    ],
)
def test_medical_content_is_left_alone(text):
    result = scrub(text)
    assert result.text == text
    assert not result.counts


def test_counts_add_up_by_type():
    result = scrub("我叫张伟，电话13812345678，爱人电话13987654321，邮箱zw@example.com。")
    assert result.counts == {"NAME": 1, "PHONE": 2, "EMAIL": 1}
    assert "138" not in result.text and "张伟" not in result.text
