"""PROTOCOL §7, scrubber 6: identifiers in scanned and faxed layouts (letter-spaced lines, OCR digits
in words, form columns), in headers, handover lists and attendee lists, after verbs that take a
person; Chinese names after new titles and relation words; policy and student numbers; Chinese
addresses with spaces and postcodes. And the public names and numbers that look like them and stay."""

import pytest

from annotation.deid import scrub, scrub_conversation
from annotation.deid.layout import collapse_spacing, ocr_letters


def test_a_letter_spaced_line_is_read_written_together_and_mapped_back():
    text = "head line\n病 案 号 ： AB 7 7 1 0 2   性 别 ： 男\nnormal prose, a b here"
    view, index = collapse_spacing(text)
    assert "病案号： AB 77102 性别：男" in view
    assert view.endswith("normal prose, a b here")
    assert len(index) == len(view)
    assert all(text[i] == c for i, c in zip(index, view) if c != " ")


@pytest.mark.parametrize(
    "text",
    [
        "\xa0 带 老 爷 子",
        "\u2028 带 老 爷 子",
        "Patient:\n\xa0 J o h n   S m i t h",
        "\xa0 1 3 8 1 2 3 4 5 6 7 8",
        "带 老 爷 子 \xa0",
    ],
)
def test_a_spaced_line_next_to_other_whitespace_is_read_without_failing(text):
    """A no-break space or a line separator is whitespace to str.split but not a gap between letters:
    a pasted line that starts or ends with one is scrubbed like any other (it failed a whole import)."""
    assert isinstance(scrub(text).text, str)
    assert len(collapse_spacing(text)[0]) <= len(text)


def test_prose_and_sizes_keep_their_spaces():
    for text in ("Lesion 2 x 3 x 4 cm, BP 118/76", "I saw a man at 9 am", "血压 130/85 mmHg，心率 72 次/分"):
        assert collapse_spacing(text) == (text, None)


def test_ocr_digits_inside_words_are_read_as_letters_in_a_view_of_the_same_length():
    assert ocr_letters("Narne: J0HNS0N, R1TA  D0B: 1/2/1960") == "Narne: JOHNSON, RITA  DOB: 1/2/1960"
    # codes, units and postcodes keep their digits
    for text in ("ICD10 E11, SW1A 1AA, B12, room 10B, G2P1, CD10", "K9396-95"):
        assert ocr_letters(text) == text


@pytest.mark.parametrize(
    "text, expected",
    [
        # letter-spaced scans and faxes: labels, names, numbers, dates
        ("门 诊 号 ： MZ 4 4 0 1 9 8\n姓 名 ： 桂 明 远", "门 诊 号 ： [MRN]\n姓 名 ： [NAME_1]"),
        ("出 生 日 期 ： 1 9 7 1 年 3 月 8 日   性 别 ： 女", "出 生 日 期 ： [DOB]   性 别 ： 女"),
        ("身 份 证 号 ： 1 1 0 1 0 5 1 9 7 1 0 3 0 8 2 0 2 2", "身 份 证 号 ： [ID]"),
        ("P A T I E N T :  T h e o d o r a   B l a c k w o o d", "P A T I E N T :  [NAME_1]"),
        ("D . O . B :  1 1 / 0 4 / 1 9 6 6", "D . O . B :  [DOB]"),
        # OCR digits in labels and names
        ("Pat1ent Narne: FARQUHAR ,  EL0WEN    D0B: 02/11/1950", "Pat1ent Narne: [NAME_1]    D0B: [DOB]"),
        # form columns: a name ends at two spaces, the next column is no part of it
        ("Pt: Lowenna Marlowe   Clinic ID: QX-4410", "Pt: [NAME_1]   Clinic ID: [MRN]"),
        (
            "Signed by health care proxy: Hedra Vance  Phone: 415 555 0199",
            "Signed by health care proxy: [NAME_1]  Phone: [PHONE]",
        ),
    ],
)
def test_scanned_and_faxed_layouts(text, expected):
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # headers, handovers, attendee lists, verbs that take a person
        ("DISCHARGE LETTER - Abernathy, Thurstan - Unit No. 5512093", "DISCHARGE LETTER - [NAME_1] - Unit No. [MRN]"),
        ("Handover: Bed 4 is Kenver Ilunga, day 3 post TKR.", "Handover: Bed 4 is [NAME_1], day 3 post TKR."),
        ("Bay 2: Jago Wiśniak, awaiting bloods.", "Bay 2: [NAME_1], awaiting bloods."),
        ("Please excuse Senara Achterberg from PE this week.", "Please excuse [NAME_1] from PE this week."),
        ("Discussed with Tegen Oduya at bedside.", "Discussed with [NAME_1] at bedside."),
        ("chaplain met w/ rosalind vance in the quiet room", "chaplain met w/ [NAME_1] in the quiet room"),
        ("Update - Demelza Abara got discharged home today.", "Update - [NAME_1] got discharged home today."),
        ("Nurse: Is Treeve Kwarteng here?", "Nurse: Is [NAME_1] here?"),
        ("Intake: Perran Pryce, passport no. K1234567.", "Intake: [NAME_1], passport no. [ID]."),
        ("Present: Cador Brandt (OT); Farrow, Branok (SLT)", "Present: [NAME_1] (OT); [NAME_2] (SLT)"),
        # a date of birth right after a name, closing the sentence
        ("Sure, it's Ysolde Abernathy, 14 Feb 1961.", "Sure, it's [NAME_1], [DOB]."),
    ],
)
def test_english_names_in_headers_lists_and_after_verbs(text, expected):
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Thanks for seeing Kenver Tregothnan last week.", "Thanks for seeing [NAME_1] last week."),
        ("Cc: Demelza Nankivell (practice nurse)", "Cc: [NAME_1] (practice nurse)"),
        ("Ward list:\n1. Trelawny, Jowan - bed 3 - CAP", "Ward list:\n1. [NAME_1] - bed 3 - CAP"),
        ("Ward list: Bed 1 Treeve Jory (CAP)", "Ward list: Bed 1 [NAME_1] (CAP)"),
        ("Jowan Pascoe's mum rang twice.", "[NAME_1]'s mum rang twice."),
        ("Referring clinician: Demelza Carne", "Referring clinician: [NAME_1]"),
        ("DOB - 03 Apr 58, seen today", "DOB - [DOB], seen today"),
        ("born on 3 May 10 days early", "born on [DOB] 10 days early"),
        # Chinese area codes that look like UK service numbers stay phones (Kunming, Shangqiu)
        ("电话：0871-65123456，或 0370 3123456", "电话：[PHONE]，或 [PHONE]"),
        ("病人：丁 晓 敏", "病人：[NAME_1]"),
        ("患者家属（儿子）庞建军签字。", "患者家属（儿子）[NAME_1]签字。"),
        ("家庭住址：上海市浦东新区张江镇中科路 1号 3幢 201", "家庭住址：[ADDRESS]"),
        ("收货地址：广东省 广州市 天河区 体育西路 111号 建和中心 12楼", "收货地址：[ADDRESS]"),
    ],
)
def test_more_english_and_chinese_shapes(text, expected):
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("下周由莫社工上门随访。", "下周由[NAME_1]社工上门随访。"),
        ("康复科找柏治疗师做训练。", "康复科找[NAME_1]治疗师做训练。"),
        ("今天换床的是桑子涵，糖尿病。", "今天换床的是[NAME_1]，糖尿病。"),
        ("我是四年级一班骆俊熙的家长，孩子咳嗽。", "我是四年级一班[NAME_1]的家长，孩子咳嗽。"),
        ("签字：继女芦思琪。", "签字：继女[NAME_1]。"),
        ("我家那口子郜文博血压高。", "我家那口子[NAME_1]血压高。"),
        ("本次理赔涉及蔺浩然（身份证号110105194912310021）", "本次理赔涉及[NAME_1]（身份证号[ID]）"),
        ("请心内科程晓岚会诊。", "请心内科[NAME_1]会诊。"),
        # a one-character given name doubled is how family say it
        ("伏珊：我爸住院了。\n珊珊，护士说明天抽血。", "[NAME_1]：我爸住院了。\n[NAME_1]，护士说明天抽血。"),
    ],
)
def test_chinese_names_after_new_titles_relations_and_brackets(text, expected):
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("保单号：PA20931847；学籍号：L110105201406301234", "保单号：[ID]；学籍号：[ID]"),
        ("Claim #: CLX-22190-04 denied", "Claim #: [MRN] denied"),
        (
            "住址：广州市天河区棠下路12号 锦绣华庭 5栋2单元701室（邮编510665）",
            "住址：[ADDRESS]（邮编[ADDRESS]）",
        ),
        ("寄到成都市武侯区桐梓林路9号 玉林雅居，谢谢", "寄到[ADDRESS]，谢谢"),
    ],
)
def test_policy_and_student_numbers_and_spaced_chinese_addresses(text, expected):
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # public services, brands and places named after people
        "In case of ingestion call Poison Control 1-800-222-1222 or 911.",
        "Use Mrs. Dash instead of salt; Mr. Clean for spills.",
        "Families can stay at the Ronald McDonald House near St. Jude.",
        "Referred to Occupational Therapy (OT) and Clinical Nurse Specialist (CNS).",
        "家属代诉纳差3天，伴乏力。",
        "诊断是胃食管反流，病因是幽门螺杆菌感染。",
        "请普外科急会诊。",
        "Patient: Chest Pain\nPt: Feels Better today",
        "FEV1 48%   HbA1c 7.1%   eGFR 62",
        "Call NHS 111 or 0800 123 4567; appointments 0300 123 4567.",
        "Bay 3 - Awaiting Bloods",
        "MEDICATION LIST - Amlodipine, Ramipril - Hospital formulary",
        "Mum's sister and Grandma's husband visited.",
        "患者：那我明天再来复查吧。",
        "邮编100730的协和医院",
        "有水污渍（手机屏幕摔坏了）。如若以上方法无效，您可以咨询医生。",
        "我们还需要了解您的过敏原情况，您是否做过筛查？",
        "Wound Care here, dressing changed.",
        "Rapid Response got called at 03:00.",
        "Bed 5 Fall Risk, bed rails up. Bay 4: Query Sepsis, cultures sent.",
        "Diagnosis, Plan\nAsthma, Inhaler\nLisinopril, Metoprolol\nAspirin, Clopidogrel",
    ],
)
def test_public_names_and_numbers_and_clinical_phrases_stay(text):
    assert scrub(text).text == text


def test_the_spaced_name_is_replaced_where_it_is_written_together_too():
    result = scrub_conversation(["姓 名 ： 阎 文 博   性 别 ： 男", "阎文博今天复查。"])
    assert result.texts == ["姓 名 ： [NAME_1]   性 别 ： 男", "阎文博今天复查。".replace("阎文博", "[NAME_1]")]
