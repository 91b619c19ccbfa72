"""PROTOCOL §7, structured identifiers: each kind in the forms people write it, in Chinese and English,
and the clinical values that look like them (doses, pressures, lab values, visit dates, ages, ICD codes)
left exactly as written."""

import pytest

from annotation.deid import detect, scrub, scrub_conversation
from annotation.deid.rules import resident_id_valid, words

# (text, what it must become): every identifier replaced, its label and the sentence kept.
IDENTIFIERS = {
    "PHONE": [
        ("手机：138 1234 5678，请回电。", "手机：[PHONE]，请回电。"),
        ("电话+86-139-1234-5678", "电话[PHONE]"),
        ("座机（0571）8888 1234转802", "座机[PHONE]"),
        ("联系电话010-65123456。", "联系电话[PHONE]。"),
        ("Call (415) 555-0132 ext. 204 after 5pm.", "Call [PHONE] after 5pm."),
        ("Her mobile is 07700 900123.", "Her mobile is [PHONE]."),
        ("Reach me on +44 (0)20 7946 0018.", "Reach me on [PHONE]."),
        ("text 1-553-225-3381 when ready", "text [PHONE] when ready"),
        ("cell 4155550132", "cell [PHONE]"),
    ],
    "ID": [
        ("身份证号：110101199003074518", "身份证号：[ID]"),
        ("公民身份号码 1101 0119 9003 0745 18", "公民身份号码 [ID]"),
        ("护照号码E12345678，", "护照号码[ID]，"),
        ("医保卡号为 3301 2345 6789，", "医保卡号为 [ID]，"),
        ("SSN: 123-45-6789", "SSN: [ID]"),
        ("social security number 123 45 6789.", "social security number [ID]."),
        ("NHS number 943 476 5919.", "NHS number [ID]."),
        ("Passport No. 533380006 expires soon.", "Passport No. [ID] expires soon."),
        ("National Insurance number QQ123456C.", "National Insurance number [ID]."),
        ("insurance ID W12345678", "insurance ID [ID]"),
        ("ID card no. 110105194912310021", "ID card no. [ID]"),
    ],
    "MRN": [
        ("住院号：ZY20231234", "住院号：[MRN]"),
        ("门诊号 7944404，", "门诊号 [MRN]，"),
        ("病案号为A417887的病人", "病案号为[MRN]的病人"),
        ("就诊卡号：0012873365", "就诊卡号：[MRN]"),
        ("MRN# 00482913; acct no. 7713-22", "MRN# [MRN]; acct no. [MRN]"),
        ("Chart No.: MR363947", "Chart No.: [MRN]"),
        ("Hospital Number: H1234567", "Hospital Number: [MRN]"),
        ("clinic ID 55-1902", "clinic ID [MRN]"),
        ("Admission no. A7781234", "Admission no. [MRN]"),
        ("Pt ID: 88123; Reg. No. 12345", "Pt ID: [MRN]; Reg. No. [MRN]"),
        ("门诊ID：Z998123", "门诊ID：[MRN]"),
    ],
    "DOB": [
        ("出生日期：1979年3月5日", "出生日期：[DOB]"),
        ("出生年月：1985年3月", "出生年月：[DOB]"),
        ("生于1962.11.02，", "生于[DOB]，"),
        ("1990-04-01出生，", "[DOB]出生，"),
        ("85年3月5日生，", "[DOB]生，"),
        ("一九八五年三月五日出生", "[DOB]出生"),
        ("DOB: 3/4/60", "DOB: [DOB]"),
        ("D.O.B. 03-APR-1965", "D.O.B. [DOB]"),
        ("Date of Birth: 1st of August 2000", "Date of Birth: [DOB]"),
        ("born May 3rd, '01 in Leeds", "born [DOB] in Leeds"),
        ("DOB 19650403", "DOB [DOB]"),
        ("born on the 3rd of May, 1985", "born on the [DOB]"),
        ("DOB (03/04/60)", "DOB ([DOB])"),
    ],
    "ADDRESS": [
        ("家庭地址：天津市河西区友谊路35号增1号院2门501", "家庭地址：[ADDRESS]"),
        ("户籍：四川省凉山州昭觉县竹核乡木渣洛村二组", "户籍：[ADDRESS]"),
        ("兹有患者，住山东省清苑县孝直镇南王庄村，现转贵院。", "兹有患者，住[ADDRESS]，现转贵院。"),
        ("住址：上海市浦东新区阳光花园小区12栋3单元402室", "住址：[ADDRESS]"),
        ("I live at 1600 N. Main St, Apt 4B.", "I live at [ADDRESS]."),
        ("我是河南周口西华县黄桥乡刘庄村的", "我是[ADDRESS]的"),
        ("Send it to PO Box 4521.", "Send it to [ADDRESS]."),
        ("10 Downing St, London SW1A 2AA", "[ADDRESS]"),
        ("Flat 3, 12 High Street, Leeds", "[ADDRESS], Leeds"),
    ],
    "EMAIL": [
        ("邮箱：zhang.wei@example.cn", "邮箱：[EMAIL]"),
        ("mail j.o'neil+clinic@mail.example.org today", "mail j.o'[EMAIL] today"),
    ],
}
CASES = [(kind, text, expected) for kind, cases in IDENTIFIERS.items() for text, expected in cases]


@pytest.mark.parametrize("kind, text, expected", CASES, ids=[f"{kind}-{n}" for n, (kind, _, _) in enumerate(CASES)])
def test_identifier_is_replaced_by_its_placeholder_and_the_rest_kept(kind, text, expected):
    result = scrub(text)
    assert result.text == expected
    assert result.counts[kind] >= 1


# Clinical values in the shapes of identifiers: a detector that takes any of them destroys the record.
CLINICAL = [
    "血压140/90mmHg，心率88次/分，体温38.5℃。",
    "BP 142/95 mmHg, HR 110, SpO2 94% on 2 L.",
    "阿莫西林0.5g 每日三次，连服7天；二甲双胍500mg bid。",
    "Metformin 500 mg twice daily for 3 months; atorvastatin 20mg nocte.",
    "复诊时间2024年3月15日上午，门诊三楼内分泌科。",
    "Follow-up on 2024-03-15 at 10:30 in the cardiology clinic, room 3.",
    "诊断：E11.9 2型糖尿病，I10 高血压。",
    "ICD-10 J45.909, K21.0; HbA1c 7.8%, LDL 3.2 mmol/L, eGFR 62.",
    "患者男，65岁，咳嗽2周，3号床，住院第5天。",
    "A 45-year-old woman, 12 weeks pregnant, admitted to ward 7B for 3 days.",
    "白细胞12.5×10^9/L，血小板230×10^9/L，肌酐98 µmol/L。",
    "Glucose 6.1 mmol/L at 07:45; INR 2.3; potassium 4.1.",
    "北京协和医院心内科门诊，四川大学华西医院3号楼。",
    "Seen at St Mary's Hospital, 5th floor, Department of Neurology.",
    "Dose: 1-2 tablets every 4-6 hours, max 8 in 24 hours; 1000 mg/day.",
    "他出生时体重3.2kg，2019年出生的孩子现在5岁。",
    "The patient was born at 32 weeks and has a record of 3 admissions.",
    "上次住院2023年5月，住了10天，住院号待补。",
    "The MRN is pending; chart number to follow.",
    "Pt is 45 years old, 2 weeks of cough, pt no 3 improved; reg 2 mg.",
    "Poison control: call the hotline, then give 15 mL of syrup per 10 kg.",
]


@pytest.mark.parametrize("text", CLINICAL)
def test_clinical_values_shaped_like_identifiers_are_kept(text):
    assert scrub(text).text == text


def test_a_date_of_birth_asked_for_in_one_turn_and_given_in_the_next_is_replaced():
    result = scrub_conversation(["Can I take his date of birth?", "It's 3/4/60. His GP is in town.", "Thanks."])
    assert result.texts[1] == "It's [DOB]. His GP is in town."
    result = scrub_conversation(["请问出生日期？", "1978年6月2日。"])
    assert result.texts[1] == "[DOB]。"


def test_a_visit_date_after_a_question_about_something_else_is_kept():
    result = scrub_conversation(["When is your next appointment?", "It's 3/4/25."])
    assert result.texts[1] == "It's 3/4/25."


def test_resident_id_check_digit_decides_an_unlabelled_number():
    assert resident_id_valid("110101199003074514")
    assert scrub("号码110101199003074514").text == "号码[ID]"
    assert scrub("序列110101199003074519").text == "序列110101199003074519"  # wrong check digit, no label


def test_words_matches_the_longest_cue_first():
    import re

    pattern = re.compile(f"(?:{words(['身份证', '身份证号', '身份证号码', '护照'])})")
    assert pattern.match("身份证号码：1").group() == "身份证号码"
    assert pattern.match("身份证：1").group() == "身份证"
    assert pattern.match("护照号").group() == "护照"


def test_detections_report_offsets_in_the_text_given():
    text = "电话13812345678，邮箱a@b.cn"
    for detection in detect(text):
        assert text[detection.start : detection.end] == detection.text


# --- round 3 of issue 10: forms found missing on deid_fresh.jsonl, in new words -----------------


@pytest.mark.parametrize(
    "turns, expected",
    [
        # record numbers: spaced groups (not the dose after them), a bracket after a name, on the next line
        (["Her hospital number is 402 881 9931."], ["Her hospital number is [MRN]."]),
        (["Chart number 1234 10 mg given."], ["Chart number [MRN] 10 mg given."]),
        (["Patient R. Castellano (KX4417209)."], ["Patient [NAME_1] ([MRN])."]),
        (["Bed 4: Ann Lee (55-year-old)."], ["Bed 4: [NAME_1] (55-year-old)."]),
        (["护士：请报一下门诊号。", "家属：318 442 907"], ["护士：请报一下门诊号。", "家属：[MRN]"]),
        (["体检编号：TJ-2291-0456"], ["体检编号：[MRN]"]),
        # phones: a five-digit UK area code, digits read one by one, a mobile in 4-4-3
        (["Call (01632) 960 118 or 0 7 7 0 0 9 0 0 1 2 3."], ["Call [PHONE] or [PHONE]."]),
        (["手机1591 2345 678，白天都在。"], ["手机[PHONE]，白天都在。"]),
        # dates of birth: lunar, eight digits before 出生, right after a name, on the next line
        (["老人一九五八年冬月廿三出生。"], ["老人[DOB]出生。"]),
        (["患者20010918出生。"], ["患者[DOB]出生。"]),
        (["我叫阚思远，89年11月2日的。"], ["我叫[NAME_1]，[DOB]的。"]),
        (["RN: Date of birth?\nMum: 12/7/19"], ["RN: Date of birth?\nMum: [DOB]"]),
        (["date of birth june 3rd 1950"], ["date of birth [DOB]"]),
        # addresses: a county first, an English street in lower case; an ID stops at the line's end
        (["入户随访：临泉县杨桥镇姜庄村4组12号，血压平稳。"], ["入户随访：[ADDRESS]，血压平稳。"]),
        (["she's at 7 willow ln this week"], ["she's at [ADDRESS] this week"]),
        (["NHS No. 9434765919\n22 Larch Crescent"], ["NHS No. [ID]\n[ADDRESS]"]),
        (["member ID KPW55310927"], ["member ID [ID]"]),
        # beyond fresh: more record labels, a birthday without its year, Hong Kong and Taiwan IDs
        (["病理号：BL2024-00381，超声号 US203391。"], ["病理号：[MRN]，超声号 [MRN]。"]),
        (["Specimen ID: SP-88123; sample no. 22-14457"], ["Specimen ID: [MRN]; sample no. [MRN]"]),
        # any layout of seven digits or more after a phone's label
        (["家里电话：6512 3456，或 Tel: 2345 6789"], ["家里电话：[PHONE]，或 Tel: [PHONE]"]),
        (["生日是3月5日，DOB: March 3rd"], ["生日是[DOB]，DOB: [DOB]"]),
        (["HKID A123456(7)；台胞证号码：01234567"], ["HKID [ID]；台胞证号码：[ID]"]),
    ],
)
def test_more_identifier_forms_are_found(turns, expected):
    assert scrub_conversation(turns).texts == expected


@pytest.mark.parametrize(
    "turns",
    [
        ["walked 2 miles down the road without chest pain"],
        ["Date of birth verified.\nVisit date: 3/4/2024"],  # the next line gives another date
        ["高新区人民医院复查，社区卫生服务中心随访。"],  # a district before an institution
        ["Order #1 of 2 sent to lab; lab number 3 of 5 pending."],  # too short for a record number
        ["出生3月余，发热2天。"],  # an age in months after 出生, no date
        ["Phone follow-up 2 times; tel 01-12-2024 visit booked; 电话随访3次。"],
    ],
)
def test_values_that_look_like_new_identifier_forms_stay(turns):
    assert scrub_conversation(turns).texts == turns


# --- round 10: a specimen's, a reagent's or a device's number is no one's record ---------------------


@pytest.mark.parametrize(
    "text",
    [
        # a lab report's specimen number (标本编号 ends in the record label 编号), a thing's number
        "广东省人民医院 检验科\n标本编号 S20256141\u3000检验日期 2023-05-05",
        "标本号：S20257305",
        "仪器编号：A1234567，样本编号 20241840",
        # a reagent's batch whose check digit happens to fit a Hong Kong ID (L2500747), a lot number
        "试剂批号：L2500747\u3000诊断编码 K50.90",
        "Lot No. A123456(7)",
    ],
)
def test_a_specimen_or_batch_number_is_no_record_or_id(text):
    assert scrub(text).text == text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("病历号：S20256141", "病历号：[MRN]"),
        ("住院号 S20256141，检验号：12345678", "住院号 [MRN]，检验号：[MRN]"),
        ("患者编号：S20241840", "患者编号：[MRN]"),
        ("持 L2500747 入境。", "持 [ID] 入境。"),  # the same number alone still reads as a Hong Kong ID
        ("HKID A123456(7)", "HKID [ID]"),
    ],
)
def test_record_numbers_and_ids_beside_them_are_still_replaced(text, expected):
    assert scrub(text).text == expected


# --- round 11: bilingual labels, dashed flats, where an address ends ----------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("患者ID MRN：BL-613412\n入院日期", "患者ID MRN：[MRN]\n入院日期"),
        ("ID号 MRN：173131", "ID号 MRN：[MRN]"),
        ("Contact: 096807 75001", "Contact: [PHONE]"),
        ("邮寄地址朝阳区书香门第17-1-2002。", "邮寄地址[ADDRESS]。"),
        ("通讯地址：南山区绿地世纪城7-4-2301\n生日", "通讯地址：[ADDRESS]\n生日"),
        ("我们住在雁塔区恒大名都9栋5单元3301离广东省中医院比较远", "我们住在[ADDRESS]离广东省中医院比较远"),
    ],
)
def test_round_11_identifiers_found(text, expected):
    assert scrub(text).text == expected


def test_a_year_and_month_of_birth_alone_is_no_exact_date_of_birth():
    # PROTOCOL §7 asks for exact dates of birth; the labelled sets keep "1948年12月出生" (heldout).
    assert scrub("患者系1948年12月出生，具体日期不详。").text == "患者系1948年12月出生，具体日期不详。"


# --- round 12 (dev8): identifiers in tables, forms and chats, in the variety hospitals write them ---


@pytest.mark.parametrize(
    "turns, expected",
    [
        # a Markdown table: its |---| line between the header and the rows, a name with a comma in its cell
        (
            [
                "| Bed | Patient | UR number | DOB | Problem |\n|---|---|---|---|---|\n| Bed 11 | Oyelaran, Kirsty | 9352941 | 04/08/1956 | COPD (J44.1) |"
            ],
            [
                "| Bed | Patient | UR number | DOB | Problem |\n|---|---|---|---|---|\n| Bed 11 | [NAME_1] | [MRN] | [DOB] | COPD (J44.1) |"
            ],
        ),
        (
            [
                "| 登记号 | 性别 | 出生日期 | 影像号 | 检查日期 |\n|---|---|---|---|---|\n| 1052902720 | 男 | 1987/3/26 | MR19307388 | 2025-10-11 |"
            ],
            [
                "| 登记号 | 性别 | 出生日期 | 影像号 | 检查日期 |\n|---|---|---|---|---|\n| [MRN] | 男 | [DOB] | [MRN] | 2025-10-11 |"
            ],
        ),
        # a record label with an English gloss, an English label before 是
        (["Our 病案号 (record no.): 77021448"], ["Our 病案号 (record no.): [MRN]"]),
        (["MRN 是 380 759 439，DOB 05/20/1958。"], ["MRN 是 [MRN]，DOB [DOB]。"]),
        # the last digits of a number, all that is given
        (["病案号我只记得尾号6059，前面几位忘了"], ["病案号我只记得尾号[MRN]，前面几位忘了"]),
        (
            ["His record number ends in 0266 - I don't have the rest."],
            ["His record number ends in [MRN] - I don't have the rest."],
        ),
        (["SSN (last 4): 5614"], ["SSN (last 4): [ID]"]),
        # a prescription's, an order's number, and a first-generation resident ID of fifteen digits
        (["处方号 RX41396664\u3000医嘱号 288131154"], ["处方号 [MRN]\u3000医嘱号 [MRN]"]),
        (["我爸的老身份证是15位的330106440506709。"], ["我爸的老身份证是15位的[ID]。"]),
        # a UK National Insurance number, a Hong Kong mobile after its country code in brackets
        (["I've got CE385596D on my payslip."], ["I've got [ID] on my payslip."]),
        (["紧急联络人：(852) 69518167"], ["紧急联络人：[PHONE]"]),
    ],
)
def test_round_12_identifiers_found(turns, expected):
    assert scrub_conversation(turns).texts == expected


@pytest.mark.parametrize(
    "turns, expected",
    [
        (["出生日期 DOB: 民國46年11月12日"], ["出生日期 DOB: 民國[DOB]"]),
        (["出生日期：1939年2月26日（农历一九三九年正月初七）"], ["出生日期：[DOB]（[DOB]）"]),
        (["生日：1943年农历二月三十\n身份证号："], ["生日：[DOB]\n身份证号："]),
        (["生日填错了，应该是1979年5月18号，能改吗？"], ["生日填错了，应该是[DOB]，能改吗？"]),
        (["生日填错了，应该是9月27日 1990年，能改吗？"], ["生日填错了，应该是[DOB]，能改吗？"]),
        # a wristband's or a bed card's row: the date right after the sex
        (["住院号ZY42495533  （略）  男  51-07-15  皮肤科  51床"], ["住院号[MRN]  （略）  男  [DOB]  皮肤科  51床"]),
        (["病案号5926312｜×××｜女｜1981年07月15日｜呼吸内科"], ["病案号[MRN]｜×××｜女｜[DOB]｜呼吸内科"]),
        # a dictation
        (
            ["ok this is a dictation for the patient date of birth may ninth nineteen forty three"],
            ["ok this is a dictation for the patient date of birth [DOB]"],
        ),
    ],
)
def test_round_12_dates_of_birth_found(turns, expected):
    assert scrub_conversation(turns).texts == expected


@pytest.mark.parametrize(
    "text",
    [
        "售后电话400-993-6826打不通。",  # a company's service line after a phone's label
        "收费单号：2656132672\u3000票据代码 0082498500",  # a slip's numbers of a phone's length
        "The Medicare number is the 10-digit card number.",
        "老身份证是15位的，新的是18位。",
        "试剂批号 110101850101123",  # fifteen digits after a batch's label
        "女 2024-05-01入院，男 2023-11-02就诊。",  # a date after the sex that says it is a visit
        "| 姓名 | 性别 | 就诊日期 |\n|---|---|---|\n| *** | 女 | 2024-05-01 |",  # the column is a visit's date
        "生日那天去复查，2024年5月1日。",  # the words between make it another day
        "NG tube inserted; NG Tube Check at 14:00.",
        "急救 Ambulance: 120 / 999（Hong Kong）\nAustralia: 000 for emergencies",
        "国际医疗中心 International Patient Intake\nPATIENT REGISTRATION - Toronto General Hospital",
        "第1台 13:30 8床 全髋关节置换术",
        "| 疫苗 | 月龄 |\n|---|---|\n| 麻腮风疫苗 | 8月龄 |",
    ],
)
def test_round_12_look_alikes_stay(text):
    assert scrub_conversation([text]).texts == [text]


# --- round 13 (dev9): a home named again by a piece of its address, an address's town and postcode ---


@pytest.mark.parametrize(
    "turns, gone",
    [
        # the estate, the village, the house and street in lower case: replaced wherever they come again
        (["住址：五华区阳光花园5-6-1901", "阳光花园那边停车难，阳光花园8栋门口也行"], ["阳光花园", "8栋"]),
        (["老家在郸城县三合镇黄土坡村7组", "黄土坡村离镇上远"], ["黄土坡村"]),
        (["地址：新界沙田沙田第一城50座20樓F室", "沙田第一城的巴士站"], ["沙田第一城"]),
        (["Address: 346 N Sycamore Dr, Apt 26", "so 346 n sycamore dr is right"], ["346 N Sycamore", "346 n sycamore"]),
        (["Address: Meadowside, Mill Road, Llanarthney", "the lane to Meadowside floods"], ["Meadowside"]),
        # the town and postcode after the street, on its line or the next ones
        (["Home address: 6 Kowhai Road, Ponsonby, Auckland 1011."], ["Kowhai", "1011"]),
        (["She lives at 346 N Sycamore Dr, Apt 26\nChicago, IL 60666\nthanks"], ["Sycamore", "60666"]),
        (["stays at Blk 525 Tampines St 5 #04-304, Singapore 520525."], ["Tampines", "04-304", "520525"]),
    ],
)
def test_round_13_a_home_is_gone_wherever_it_is_named(turns, gone):
    scrubbed = "\n".join(scrub_conversation(turns).texts)
    assert not any(part in scrubbed for part in gone), scrubbed
    assert "[ADDRESS][ADDRESS]" not in scrubbed  # one address, one placeholder


@pytest.mark.parametrize(
    "text",
    [
        # an institution's own address, the institution first in the same span
        "中南大学湘雅医院位于长沙市开福区湘雅路87号。",
        "光明街社区卫生服务中心在光明街72号，周一到周五开门。",
        # a kind of place, not an address
        "住在没电梯的老楼附近的老人，行动不便怎么办？",
        # streets named after people, a word that is also a surname, a Singapore title
        "Collect from: Chemist Warehouse on George St.",
        "Ask the GP or pharmacist soon.",
        "Bring Mdm to the counter.",
        # a city alone, and a street's name without its number, stay after an address
        "住址：五华区阳光花园5-6-1901\n五华区的医院多，丰收路也近",
    ],
)
def test_round_13_look_alikes_stay(text):
    scrubbed = scrub_conversation([text]).texts[0]
    if "住址" in text:
        assert "五华区的医院多，丰收路也近" in scrubbed
    else:
        assert scrubbed == text


# --- the review of rounds 12 and 13: look-alikes the new rules took at first -------------------------


@pytest.mark.parametrize(
    "text",
    [
        # capitals of the notes before capitalised words (the romanised-name rule)
        "Inserted NG Tube today; NG Line secured; HO Pain review; CXR: LUNG Base clear; DISCHARGED TO Home Care",
        "Admitted to WONG Tai Sin Hospital.",
        # a date after the sex that is a visit's, a test's or a vaccine's
        "男 2024-03-12 就诊，血压 140/90；患者，男，2023-11-02首次出现胸痛；女、2024年5月1日接种流感疫苗",
        "| 床号 | 性别 | 采样时间 | 白细胞 |\n|---|---|---|---|\n| 12 | 男 | 2024-05-01 | 6.5 |",
        "｜性别｜就诊日期｜\n｜女｜2024-05-01｜",
        # a birth word that is not a birthday's, a date that is not the birth date
        "出生史无特殊，农历2024年正月初五起发热。",
        "出生日期不详，末次月经2024年4月1日",
        "孩子过生日后，2024年3月5日开始发热",
        # a drug chart's table, a year or a count after "ending in" / "last 4", a specimen's fifteen digits
        "| Episode | Drug | Dose | Given |\n|---|---|---|---|\n| 3 | Paracetamol | 1 g | Yes |",
        "Chart review ending in 2021 showed no change. Insulin units, last 4: 1200",
        "Specimen accession 310000240615001 received",
        "Started Enteral Nutrition (EN) via NJ.",
    ],
)
def test_review_look_alikes_stay(text):
    assert scrub_conversation([text]).texts == [text]


@pytest.mark.parametrize(
    "turns, expected",
    [
        # an address's tail ends at its postcode, never in the clinical text after it
        (
            ["Address: 5 Park Avenue\nAllergies none\nParacetamol 1000"],
            ["Address: [ADDRESS]\nAllergies none\nParacetamol 1000"],
        ),
        (["She has lived at 12 Oak Road since 2019."], ["She has lived at [ADDRESS] since 2019."]),
        # shared names of places and a town first are not followed through the conversation
        (["家住福寿养老院3楼\n建议家属考虑养老院或护理院"], ["家住[ADDRESS]\n建议家属考虑养老院或护理院"]),
        (
            ["Address: London, 12 Baker Street. Referred to London Bridge Hospital."],
            ["Address: [ADDRESS]. Referred to London Bridge Hospital."],
        ),
        (["住址：阳光花园5-6-1901\n阳光花园 2024-05-01复诊"], ["住址：[ADDRESS]\n[ADDRESS] 2024-05-01复诊"]),
        # a named estate after 的 or 那个 is an address (the district before 的 alone names no home)
        (["住在朝阳区的阳光花园", "住在那个黄土坡村"], ["住在朝阳区的[ADDRESS]", "住在[ADDRESS]"]),
        # double surnames and a word before a "Surname, Given"
        (["Name: AU-YEUNG Ka Wai; Mrs LAM-CHAN Mei Ling"], ["Name: [NAME_1]; Mrs [NAME_2]"]),
        (["Seen Wu, Chunmei today"], ["Seen [NAME_1] today"]),
    ],
)
def test_review_cases_scrubbed_as_expected(turns, expected):
    assert scrub_conversation(turns).texts == expected


# --- round 14 (dev9's misses, tuned on): where an address starts and stops in a sentence, more labels ---


@pytest.mark.parametrize(
    "turns, expected",
    [
        # what leads up to an address is no part of it, and the person named there is still found
        (
            ["今日与护士小魏前往上海市浦东新区丰收路114号书香门第9号楼2202家访。"],
            ["今日与护士[NAME_1]前往[ADDRESS]家访。"],
        ),
        (["去年到我妹妹家渝中区怡景苑14号楼1504住了半年"], ["去年到我妹妹家[ADDRESS]住了半年"]),
        # a move ends one address and starts the next; the district before 的 alone names no home
        (
            ["拆迁后从成都市锦江区槐树巷3号搬到了南山区的龙湾安置区B区13栋"],
            ["拆迁后从[ADDRESS]搬到了南山区的[ADDRESS]"],
        ),
        # a county after 老家 or 在, a road's section and lanes in Taiwan
        (["我爸在老家阜平县石门镇前营村12组，村里的宋村医说"], ["我爸在老家[ADDRESS]，村里的[NAME_1]村医说"]),
        (["地址：臺北市大安區復興南路一段151巷2弄45號"], ["地址：[ADDRESS]"]),
        (["My mom lives at 臺北市大安區復興南路一段396號13樓, thanks"], ["My mom lives at [ADDRESS], thanks"]),
        # phones: Cantonese 係, "my number is", a five-digit UK area code before 3 + 4 digits
        (["我電話係9706 6928。"], ["我電話係[PHONE]。"]),
        (["and my number is 9786 8263."], ["and my number is [PHONE]."]),
        (["Tel 01223 496 9698 (home)"], ["Tel [PHONE] (home)"]),
        # Irish PPS and New Zealand NHI numbers after their labels; Singapore's postcode after its name
        (["PPS: 6291646T\nNHI LZA4932"], ["PPS: [ID]\nNHI [ID]"]),
        (["c/o #04-304, Singapore 520525."], ["c/o #04-304, Singapore [ADDRESS]."]),
    ],
)
def test_round_14_addresses_in_sentences_and_more_labels(turns, expected):
    assert scrub_conversation(turns).texts == expected


@pytest.mark.parametrize(
    "text",
    [
        "他在县医院住了三天，在城区住院。",  # a hospital's stay, no home
        "广州从化区人民医院",  # 从 is the district's own character, and a hospital is no home
        "张家口市第一医院的门诊",
        "Post-polio syndrome (PPS) follow-up in 2024; NHI funding applies.",
        "Singapore General Hospital, Outram Road; Singapore 2024 guidelines",
        "学校的校医说要多喝水。",
        # a verb after an address's label, a place near the home, a community's doctor, 联系人 before 和既往
        "地址写到了门牌号，可以。农村地址写到村、组。",
        "可以向長庚醫院或住家附近的診所詢問居家醫療整合照護。",
        "你们社区医生认识路吗？建议补充紧急联系人和既往病史。",
        "本院地址：建国路院区（地铁站出口步行5分钟）",  # a hospital's own campus
    ],
)
def test_round_14_look_alikes_stay(text):
    assert scrub_conversation([text]).texts == [text]


# --- the review of round 14 (adversarial, read-only): what the new rules took or lost at first --------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # villages whose names are verbs; a hospital's address after 位於; a home near something, with its number
        ("家住胜利村，住址：解放村", "家住[ADDRESS]，住址：[ADDRESS]"),
        ("本院位於中山北路二段92號", "本院位於中山北路二段92號"),
        ("患者家住附近的学院路38号3单元502室", "患者家住[ADDRESS]"),
        # a ward's area and bed, a hospital room in a centre or a teaching building, car parks, close observation
        ("患者目前在内科三区15号床，请去门诊二区3号诊室", "患者目前在内科三区15号床，请去门诊二区3号诊室"),
        ("Your appointment is in Room 12, Cancer Centre; teaching in Room B, Lister Building", None),
        ("Please park in Visitor Car Park, no. 2; unit 3, 6 bed close obs overnight", None),
        # the Palliative Performance Scale is no PPS number; the number in its own shape is
        ("PPS 40%, ECOG 3", "PPS 40%, ECOG 3"),
        ("PPS: 6291646T", "PPS: [ID]"),
    ],
)
def test_review_round_14_addresses_and_labels(text, expected):
    assert scrub_conversation([text]).texts == [text if expected is None else expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("有需要可以打給我 02-2925-5518。", "有需要可以打給我 [PHONE]。"),  # Taipei, 02 and two groups of four
        ("有咩事打畀我 9229 1105。", "有咩事打畀我 [PHONE]。"),  # Cantonese: call me on
        ("有事打给我 9229 1105", "有事打给我 [PHONE]"),
        ("晚上打我138 1234 5678", "晚上打我[PHONE]"),
    ],
)
def test_round_15_call_me_on_a_number(text, expected):
    assert scrub(text).text == expected


def test_round_15_call_me_before_no_number_stays():
    text = "他打我三次，打给我的电话都没接。"
    assert scrub(text).text == text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("阿嫲出世日期係1938-09-27，麻煩幫手", "阿嫲出世日期係[DOB]，麻煩幫手"),  # Cantonese: 出世日期, 係
        ("DOB 二〇〇七年九月二十三日，已 verify", "DOB [DOB]，已 verify"),  # an English label, a Chinese date
        ("Date of birth: 1961年8月22日", "Date of birth: [DOB]"),
        ("address 柴灣興華邨豐興樓836室，next of kin", "address [ADDRESS]，next of kin"),
    ],
)
def test_round_15_labels_in_one_language_values_in_the_other(text, expected):
    assert scrub(text).text == expected


@pytest.mark.parametrize("text", ["请 address 一下这个问题", "佢出世嗰阵好细", "ADOBE 2020年1月1日更新"])
def test_round_15_look_alikes_of_those_labels_stay(text):
    assert scrub(text).text == text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("患者（病案首页号:BA862968）NT-proBNP 3066 pg/mL", "患者（病案首页号:[MRN]）NT-proBNP 3066 pg/mL"),
    ],
)
def test_round_17_a_record_number_after_its_front_pages_label(text, expected):
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "turns, gone",
    [
        # the flat, the building and the house number written before the street or the town
        (
            ["Dear Ms Kaye,\nFlat 8, Ashdown Mews, 64 Coronation Terrace, Carlisle CA2 6DX\n"],
            ["Flat 8", "Ashdown Mews"],
        ),
        (["Discharged to 5187 Grand Concourse, Apt 6A, Arcadia, CA 91006; contact the ward."], ["5187", "Apt 6A"]),
        (["cc: the patient, 19B Kingsway, Manchester M14 4BN"], ["19B Kingsway"]),
        (
            ["Mr. F. Hale\n4078 Greenway\nNew York, NY 10062", "The block starting 4078 Greenway is right."],
            ["Greenway"],
        ),
        # a Hong Kong flat: through its district, and its estate wherever it is named again
        (
            ["Address 地址: Flat C, 19/F, Sino Centre, 415 Hennessy Road, Wan Chai, Hong Kong"],
            ["Sino Centre", "Wan Chai"],
        ),
        (["lives alone at Flat E, 17/F, Block 34, Taikoo Shing. Contact: the son."], ["Taikoo Shing", "Block 34"]),
        (["Room 1304, Wah Yu House, Wah Fu Estate, Pok Fu Lam.", "nurses who visit Wah Fu Estate"], ["Wah Fu Estate"]),
        # an estate after its house number, and the building and flat after a comma
        (["在金水区丰收路191号春晖园，8栋1单元2304。", "春晖园8栋对吗？"], ["春晖园", "2304"]),
    ],
)
def test_round_18_the_whole_home_is_gone(turns, gone):
    scrubbed = "\n".join(scrub_conversation(turns).texts)
    assert not any(part in scrubbed for part in gone), scrubbed
    assert "[ADDRESS], [ADDRESS]" not in scrubbed.replace("\n", ", ")


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Sister Yuen called the family at 3734 3035 to arrange it.",
            "Sister [NAME_1] called the family at [PHONE] to arrange it.",
        ),
        ("緊急聯絡人：家屬（女兒） 7929 9864", "緊急聯絡人：家屬（女兒） [PHONE]"),
        # a villager of the village, no second village in 村民
        ("兹有我乡山东省曹县青堌集镇桃园村6组17号村民来诊", "兹有我乡[ADDRESS]村民来诊"),
    ],
)
def test_round_18_numbers_in_groups_of_four_and_villagers(text, expected):
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "心情低落請撥安心專線1925，香港可致電2389 2222。",  # a public line
        "每日热量 1800 2000 kcal 之间",  # a range with its unit
        "batch 7866 1056 8009 released",  # the middle of a longer number
    ],
)
def test_round_18_look_alikes_stay(text):
    assert scrub(text).text == text


def test_round_18_a_hospitals_rooms_before_an_address_are_no_home():
    scrubbed = scrub("Discharge lounge: Exam Room 12, Main Building, 2 Hospital Road").text
    assert scrubbed.startswith("Discharge lounge: Exam Room 12, Main Building, ")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("12床 | 患者 / ZY97968655 | 40M", "12床 | 患者 / [MRN] | 40M"),  # 住院's initials, no label
        ("门诊复诊号MZ6973687799。", "门诊复诊号[MRN]。"),
        ("急诊号为JZ35594043，请查收", "急诊号为[MRN]，请查收"),
        ("饮片批号ZY06574082，水煎服", "饮片批号ZY06574082，水煎服"),  # a batch of herbs
    ],
)
def test_round_18_record_numbers_by_their_initials_and_labels(text, expected):
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "turns, gone",
    [
        # a town's postcode ends the address, whatever the sentence does after it
        (["Address (patient-reported): Apartment 7, 210 Harbour Street, Wellington 6011; visiting."], ["6011"]),
        (["寄给 pt：Unit 1205, 8 Jiangnan Avenue, Binjiang District, Hangzhou 310052，记得 encrypted。"], ["310052"]),
        (["do you still have my address as flat 3 22 grove road sheffield s7 2gy?"], ["s7 2gy"]),
        (["it should be 88 se 82nd ave portland or 97216 not 82nd st."], ["82nd ave", "97216"]),
        (["we're at unit 4b, 19-21 station parade, harrow ha1 2tz, above the launderette"], ["unit 4b", "19-21"]),
        # the house's name, a lane and a village before the town
        (
            ["Re: Mr G. Hope, The Old Rectory, Church Lane, Little Snoring, Fakenham NR21 0JA."],
            ["Rectory", "Church Lane"],
        ),
        (["New address per patient: Flat 2/1, 14 Byres Road, Glasgow G11 5JY; previous"], ["Flat 2/1"]),
        # Chinese: a city and its district, numbered stairs and rooms, Hong Kong estates, a letter before a block
        (["他太太说明天从广州市番禺区南村镇华南碧桂园翠山蓝天苑18座过来接他。"], ["碧桂园", "18座"]),
        (["轮椅上门配送：广州市天河区天河北路侨林街47号3梯1504（如无电梯请提前说明）"], ["3梯1504"]),
        (["送药上门单：广州市越秀区大德路华宁里12号之一302房，下午3点后有人。"], ["华宁里", "302房"]),
        (["病人話佢搬咗去 新界屯門兆康苑兆賢閣B座1006室，所以要轉診所。"], ["兆康苑", "1006室"]),
        (["Admission：男，住 上海市徐汇区 田林路 200号 A栋 1102，c/o chest tightness"], ["A栋 1102"]),
        (["Referral from Queen Elizabeth Hospital：pt 地址 九龍紅磡黃埔花園第8期12座21樓C室，phone"], ["黃埔花園"]),
    ],
)
def test_round_18_addresses_of_dev16s_shapes(turns, gone):
    scrubbed = "\n".join(scrub_conversation(turns).texts)
    assert not any(part in scrubbed for part in gone), scrubbed


@pytest.mark.parametrize(
    "text, expected",
    [
        ("正确的是138零七二一九四六五，麻烦帮我改一下", "正确的是[PHONE]，麻烦帮我改一下"),
        ("有事打他电话，幺五八，二零四六，七三九一，已记", "有事打他电话，[PHONE]，已记"),
        ("Discharge letter\nHosp No: M 204 771 93\n", "Discharge letter\nHosp No: [MRN]\n"),
        ("检查号DR24110205、DR24110211改至明早8:30", "检查号[MRN]改至明早8:30"),
        ("您的住院登记号尾号是不是3309？", "您的住院登记号尾号是不是[MRN]？"),
        ("新入 pt 的 ID 号 P00215773，DKA", "新入 pt 的 ID 号 [MRN]，DKA"),
        ("序号\t出生日期\t采样日期\n1\t1999/3/7\t2024/3/7", "序号\t出生日期\t采样日期\n1\t[DOB]\t2024/3/7"),
    ],
)
def test_round_18_spoken_numbers_spaced_records_and_a_column_of_births(text, expected):
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "第一，二，三，四，五，六，七，八，九，十，一",  # counting, no number read out
        "Clinic note 24/02/2025",  # no record's label in "note"
        "请问住院部5号楼12床的病人今天能探视吗？",  # the hospital's building
        "某某市某某区某某路某号某某小区某栋某单元某室",  # how an address is written
        "previous address is not needed - please update the record.",
        "Drug,Given,Time\nAmoxicillin,Yes,08:00",  # no column of identifiers
    ],
)
def test_round_18_look_alikes_of_dev16_stay(text):
    assert scrub(text).text == text


@pytest.mark.parametrize(
    "text, kept",
    [
        # the review of round 18: an address's tail stops before the next line's drug and dose ...
        ("Address: 12 Oak Road, Leeds LS6 1AB\nMetformin 1000 mg bd\nRamipril 5 mg od", "\nMetformin 1000 mg bd"),
        ("Flat 2, 33 Oak Road. Metformin 1000 mg was started.", " Metformin 1000 mg was started."),
        ("Flat 3, 12 Nathan Road, Hong Kong Children's Hospital referral", ", Hong Kong Children's Hospital"),
        # ... its head after the diagnosis, the cycle, the date, a service's name
        ("Diagnosis: Type 2 Diabetes\n12 Oak Road, Leeds LS6 1AB", "Diagnosis: Type 2 Diabetes\n"),
        ("Cycle 4 Docetaxel, 12 Oak Road, Leeds LS6 1AB", "Cycle 4 Docetaxel, "),
        ("Admitted on 12 March, 5 Elm Road, Bristol BS1 4ST", "Admitted on 12 March, "),
        ("Referred to The Christie, Wilmslow Road, Manchester M20 4BX", "Referred to The Christie, "),
        ("Vaccination centre: Town Hall, Market Square, Leeds LS1 1UR", "Town Hall"),
        # eight digits that are times, years, lab values, counts, rooms, batches and public lines
        ("Night shift 2000 0800", "Night shift 2000 0800"),
        ("Vaccine uptake in the 2023 2024 flu season", "2023 2024"),
        ("CK 2345 1890", "CK 2345 1890"),
        ("BNP 3400 2900 pg/mL", "BNP 3400 2900 pg/mL"),
        ("Room 2012 2013 for isolation", "Room 2012 2013"),
        ("批號 5523 1190", "批號 5523 1190"),
        ("每天走 8000 9000 步", "8000 9000"),
        ("撒瑪利亞防止自殺會 2389 2222", "2389 2222"),
        ("Call the Hospital Authority at 2300 6555", "2300 6555"),
        # rooms of hospitals and clinics in Hong Kong
        ("Room 302, 3/F, Wong Tai Sin Hospital", "Room 302, 3/F, Wong Tai Sin Hospital"),
        ("Room 4, 2/F, Family Clinic", "Room 4, 2/F, Family Clinic"),
        ("Room 3, 2/F, Kowloon Bay Health Centre", "Room 3, 2/F, Kowloon Bay Health Centre"),
        # a city and its district in news, a facility, an estate's facility
        ("杭州市上城区湖滨街道社区卫生服务中心", "杭州市上城区湖滨街道社区卫生服务中心"),
        ("广州市越秀区东风东路发生交通事故", "广州市越秀区东风东路"),
        ("九龍樂富邨長者中心", "九龍樂富邨長者中心"),
        ("新界葵涌石蔭邨健康院", "新界葵涌石蔭邨健康院"),
        # product codes, a protocol's schedule, a cohort's years, a price list
        ("中药饮片编码 ZY06574082", "ZY06574082"),
        ("处方中药 ZY123456 共7剂", "ZY123456"),
        ("Visit,Visit ID,Day,Procedures\nScreening,V1,0,Consent", "Screening,V1,0"),
        ("Cohort,Birth date,N,Mean weight\nA,2019,120,3.2", "A,2019,120"),
        ("序号,检查号,检查项目,价格\n1,1001,血常规,25", "1,1001,血常规"),
        ("post-op day 3 2nd ct scan clear", "day 3 2nd ct scan"),
        ("复旦大学附属中山医院“胸痛中心”位于上海市徐汇区枫林路180号", "枫林路180号"),
        ("Patient ID PT 12 week review", "PT 12 week review"),
        # the second review: lab values after "at", "on" or a bracket, a count in outbreak text, a hospital after
        # its address, Hong Kong hospitals with "of" and "'s", a dose after a letter, a clinical fact before an
        # address, a pain scale read out
        ("WBC on 4500 8200", "4500 8200"),
        ("CK at 2345 1890", "2345 1890"),
        ("CK (2345 1890)", "2345 1890"),
        ("广州市白云区京溪街道3名患者确诊", "广州市白云区京溪街道3名患者确诊"),
        ("杭州市余杭区良渚街道12号社康中心", "杭州市余杭区良渚街道12号社康中心"),
        ("广州市荔湾区芳村大道东200号广州市脑科医院", "芳村大道东200号广州市脑科医院"),
        ("Room 2, 1/F, Prince of Wales Hospital", "Room 2, 1/F, Prince of Wales Hospital"),
        ("Room 5, 2/F, St Teresa's Hospital", "Room 5, 2/F, St Teresa's Hospital"),
        ("Hosp No: A 100 mg aspirin", "A 100 mg aspirin"),
        ("Diagnosis, 2 Stents, 12 Oak Road, Leeds LS6 1AB", "2 Stents"),
        ("疼痛评分：0 1 2 3 4 5 6 7 8 9 10", "0 1 2 3 4 5 6 7 8 9 10"),
    ],
)
def test_round_18_review_look_alikes_stay(text, kept):
    assert kept in scrub_conversation([text]).texts[0]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("住院号是 1 0 2 4 7 7 8 3。", "住院号是 [MRN]。"),  # read out digit by digit
        ("病人聯絡電話：屋企2673 4185。", "病人聯絡電話：屋企[PHONE]。"),
        ("NOK: 9123 4567", "NOK: [PHONE]"),
        ("母親 9123 4567", "母親 [PHONE]"),
        ("序号,D.O.B.,结果\n1,02/03/1985,阴性", "序号,D.O.B.,结果\n1,[DOB],阴性"),
        ("住院号：1234567、20240301入院", "住院号：[MRN]、20240301入院"),  # no date in a list of numbers
    ],
)
def test_round_18_review_misses_found(text, expected):
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("我 grandma 的 DOB 是 民国二十八年九月初一，办 Medicare", "我 grandma 的 DOB 是 [DOB]，办 Medicare"),
        ("表格要填 D.O.B.，我是 1996年闰四月初五 农历生的", "表格要填 D.O.B.，我是 [DOB] 农历生的"),  # a leap month
        ("Passport (Canadian) GA302917; seen today.", "Passport (Canadian) [ID]; seen today."),
    ],
)
def test_round_18_republic_years_leap_months_and_a_passports_country(text, expected):
    assert scrub(text).text == expected


@pytest.mark.parametrize("text", ["Flat 2, 12 Daybrook, Leeds LS6 1AB", "Mum lives at 57 Sonning, Reading RG4 6UP"])
def test_round_18_a_street_that_begins_like_a_day_or_a_count_is_still_one(text):
    assert scrub(text).text.endswith("[ADDRESS]")


def test_round_18_a_column_of_years_and_months_of_birth_is_no_exact_date_of_birth():
    # PROTOCOL §7 asks for exact dates of birth: 出生年月 heads a year and a month, kept as the ages are
    assert scrub("姓名,出生年月,手机\n张伟,1985-03,13812345678").text == "姓名,出生年月,手机\n[NAME_1],1985-03,[PHONE]"


# Round 19 (dev17): identifiers of Singapore, Malaysia, South Africa, Ireland, Canada and New Zealand, and what
# its adversarial review found they took that is no one's.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("No. K/P：570118-10-5277", "No. K/P：[ID]"),  # a MyKad: a date of birth, a state's code
        ("IC: 850312 14 5678 seen", "IC: [ID] seen"),
        ("I, the patient, ID no. 0007181045084, agree.", "I, the patient, ID no. [ID], agree."),  # South Africa
        ("医生：你的 ID number？\n患者：7805125731088。", "医生：你的 ID number？\n患者：[ID]。"),
        ("PPS 号是 8614523C，我想登记 GP", "PPS 号是 [ID]，我想登记 GP"),
        ("Patient ID KMC/OP/2024/77813, DOB 1990.11.02.", "Patient ID [MRN], DOB [DOB]."),
        ("Membership no.: VH 2084 7716", "Membership no.: [MRN]"),
        ("Folder no. CH 7741-093. Lives nearby.", "Folder no. [MRN]. Lives nearby."),
        ("Hosp no.: IALCH 0618342", "Hosp no.: [MRN]"),
        ("MRN card (RN 2287461) to the clinic", "MRN card (RN [MRN]) to the clinic"),
        ("RN：HKL-24-118205", "RN：[MRN]"),
        ("Callback no. 2698 4173。", "Callback no. [PHONE]。"),
        ("Call-back (091) 524 817.", "Call-back [PHONE]."),
        ("Mobile: 0300-1234567. Mob: 0808 123 4567.", "Mobile: [PHONE]. Mob: [PHONE]."),  # Pakistan's, Nigeria's
        ("Hospital number: ABC 12345. MRN: K 12345.", "Hospital number: [MRN]. MRN: [MRN]."),
        (
            "Address: 14 High St, Smith & Co. Patient is a farmer.",  # Co. ends an address unless a county's
            "Address: [ADDRESS]. Patient is a farmer.",
        ),
    ],
)
def test_round_19_numbers_of_more_countries(text, expected):
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Invoice 230115-02-1234, ECG file 240312-10-1530, Lab run 240312-14-0021 QC passed",  # no identity label
        "Scanned barcode 6001198423156 at dispensing. Order 8001015009087 shipped",  # EAN-13s that pass Luhn
        "Seen by RN 0800, obs stable. RN 12345 is the ward extension. RN 12 hr shift.",  # the nurse, a time
        "Membership no. expired 2023, renewed. Folder no. ICU 2024.",  # a word, then a year
        "Ref: KKM/JKN/2024/123 (circular from ministry)",  # a letter's reference
        "Callback 1300 222 444 (Nurse-on-call hotline). Call-back 0800 11 1900 hotline.",  # service lines
        "Health number 5 of the plan; health #1 priority; call back in 10 minutes. Mental health # 2024 goals.",
        "Serratus Anterior Block 2 Left #4-7 ribs. Paravertebral Block 2 Levels #3-6 done.",  # rib fractures
        "ID team reviewed; accession 240312-14-0021.",  # infectious diseases, no identity label
        "Address: Homeless, 2023",  # a year
        "Gleneagles, 282 Jalan Ampang, 50450 Kuala Lumpur. Farmasi Alpro, 12 Jalan Reko, 43000 Kajang.",
    ],
)
def test_round_19_look_alikes_stay(text):
    assert scrub(text).text == text


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "HDB address Blk 418 Bedok North Ave 2 #07-153 Singapore 460418，NRIC S5318047G。",
            "HDB address [ADDRESS]，NRIC [ID]。",
        ),
        (
            "Address: No. 5, Jalan Bukit Indah 15/3, Taman Bukit Indah, 81200 Johor Bahru, Johor. Came with wife.",
            "Address: [ADDRESS]. Came with wife.",
        ),
        ("23A Lorong Kurau 4, Bangsar, 59100 Kuala Lumpur.", "[ADDRESS]."),
        ("Kampung Tampasak, 89200 Tuaran, Sabah", "[ADDRESS]"),
        ("Address: K 1742, Umlazi Township, Durban, 4066", "Address: [ADDRESS]"),  # four digits after a town
        ("Address: Cnoc na Gréine, Bearna, Co. Galway H91 E2K3", "Address: [ADDRESS]"),  # an Eircode
        ("She lives at 4 Ashgrove Lawn, Ballincollig, Co. Cork P31 X4Y7 with her husband.", None),
        ("Lives 31 Kingfisher Way, Rocklands, Mitchells Plain, 7798 with wife.", "Lives [ADDRESS] with wife."),
        ("Address: 77 rue Principale, Gatineau, QC J9H 3L2", "Address: [ADDRESS]"),
        (
            "Seen at 12 Main Road, 2024. Plan as before.",
            "Seen at [ADDRESS], 2024. Plan as before.",
        ),  # a year, no postcode
    ],
)
def test_round_19_homes_of_more_countries(text, expected):
    scrubbed = scrub(text).text
    if expected is None:
        assert scrubbed == "She lives at [ADDRESS] with her husband."
    else:
        assert scrubbed == expected


@pytest.mark.parametrize(
    "text",
    [
        "HKL is at Jalan Pahang, 50586 Kuala Lumpur.",  # a hospital's road, no house
        "Institut Jantung Negara, 145 Jalan Tun Razak, 50400 Kuala Lumpur",  # an institution's address
        "Jalan 1 hour per day as exercise, 10000 Steps goal.",  # jalan: a walk
        "Blk 1A Level 5 #05-01, National University Hospital.",  # a hospital's block
    ],
)
def test_round_19_places_that_are_no_ones_home(text):
    assert "[ADDRESS]" not in scrub(text).text


@pytest.mark.parametrize(
    "text, expected",
    [
        # a date before a field's label is no birth date; a date before 出生时间 without a colon is the birth's
        ("入院日期：2024-03-05 出生日期：1956-07-12", "入院日期：2024-03-05 出生日期：[DOB]"),
        ("患者1985年3月2日出生时间为凌晨3点", "患者[DOB]出生时间为凌晨3点"),
    ],
)
def test_round_19_a_date_before_a_birth_label(text, expected):
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Address: H.No. 27, Gali No. 4, Zakir Nagar, New Delhi 110025\nDx: TB",  # India: house number, PIN
            "Address: [ADDRESS]\nDx: TB",
        ),
        (
            "we live at House 212, Model Town Extension, Ludhiana 141002, is admit needed?",
            "we live at [ADDRESS], is admit needed?",  # the sentence goes on after the PIN
        ),
        (
            "lives alone on Plot 88, Boschkop Road, Pretoria East, 0081. Daughter in Perth.",
            "lives alone on [ADDRESS]. Daughter in Perth.",
        ),
        (
            "reviewed at home 23B Māngere Road, Ōtāhuhu, Auckland 1062. Mother reports.",
            "reviewed at home [ADDRESS]. Mother reports.",  # macrons in the towns
        ),
        (
            "Patient lives alone at 3199 County Road 48, Macon, GA 31201, 45 min from the clinic.",
            "Patient lives alone at [ADDRESS], 45 min from the clinic.",  # the address ends at its ZIP code
        ),
        ("我阿爸住Flat 1804, Block C, Kornhill, Quarry Bay，佢行唔到落街", "我阿爸住[ADDRESS]，佢行唔到落街"),
        ("lives past Dubbo, RMB 4472, Wongarbon NSW 2831, rarely", "lives past Dubbo, [ADDRESS], rarely"),
        ("reach me at Knockbrack, Ballinhassig, Co. Cork, P43 XK72.", "reach me at [ADDRESS]."),  # townlands, Eircode
        ("Address: 88 King St W, Toronto, ON M5H 1A1, apt 4", "Address: [ADDRESS]"),  # the flat after the code
        ("巫秀珍独居于赣州市章贡区红旗大道45号3单元201，近日", "[NAME_1]独居于[ADDRESS]，近日"),  # the name kept apart
        ("俞雪芳家原在苏州市姑苏区十全街212号，已拆迁", "[NAME_1]家原在[ADDRESS]，已拆迁"),
        ("你好 我家在梅州市梅县区雁洋镇长教村 医生说要转到县里", "你好 我家在[ADDRESS] 医生说要转到县里"),  # voice text
    ],
)
def test_round_20_homes(text, expected):
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Address: 12 Rivonia Rd, Sandton, 1500 mg metformin daily was started.", "1500 mg metformin"),  # a dose
        ("I live at 8527 S. Lincoln Ave. Is there a Gastroenterology clinic close to me?", "Gastroenterology"),
        ("I live at home with my mum.", "home with my mum"),
        ("She lives on her own since March.", "her own since March"),
    ],
)
def test_round_20_what_follows_a_home_stays(text, kept):
    assert kept in scrub(text).text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("请回电 9028 5517。", "请回电 [PHONE]。"),
        ("已通知她儿子Stanley Ng，9173 2846。", "已通知她儿子[NAME_1]，[PHONE]。"),  # after the relative's name
        ("联系人：其妻龙翠娥，0745-2268 914。", "联系人：其妻[NAME_1]，[PHONE]。"),
        ("Her MRN here is 30082741.", "Her MRN here is [MRN]."),
        ("住院号分别是0452213和0452214", "住院号分别是[MRN]和[MRN]"),
        ("SIN (for payroll deduction): 527 318 646", "SIN (for payroll deduction): [ID]"),
        ("DOB 系 1982年4月7日？", "DOB 系 [DOB]？"),
    ],
)
def test_round_20_numbers(text, expected):
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "两人体重分别是60000和70000",
        "她儿子说，2024 2025年都来过",
        "Referred to Mayo University Hospital, Castlebar, Co. Mayo F23 H529 for review.",
        "St Vincent's, Elm Park, Co. Dublin, D04 T6F4 is the hospital.",
    ],
)
def test_round_20_look_alikes_stay(text):
    assert scrub(text).text == text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mathis (born 14 février 2012) needs review.", "Mathis (born [DOB]) needs review."),  # Quebec's French
        ("Née le 3 août 1961 à Montréal", "Née le [DOB] à Montréal"),
        ("Date de naissance : 12 juillet 1948", "Date de naissance : [DOB]"),
        # a home after the name, opening with its flat, to its Eircode's full stop
        (
            "PHN visit: Agnieszka Popescu, Apt 21, Heron Park, Dublin 15, D15 Y9RE. Venous leg ulcer.",
            "PHN visit: [NAME_1], [ADDRESS]. Venous leg ulcer.",
        ),
        ("Lives at 120 The Green, Sheffield S14 4WT. Seen today.", "Lives at [ADDRESS]. Seen today."),
    ],
)
def test_round_21_dates_and_homes(text, expected):
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vu le 3 mars 2024, revoir en mai 2024.",  # a visit's date, no birth cue
        "Seen with Dr Smith, Unit 4 of the ward. Fine.",
    ],
)
def test_round_21_look_alikes_stay(text):
    assert scrub(text).text.replace("[NAME_1]", "Smith") == text


@pytest.mark.parametrize(
    "text, expected",
    [
        # Quebec: an abbreviated French month, RAMQ and Scotland's CHI numbers, a French street and flat
        ("Date of Birth: 21 févr. 1962   RAMQ: BEAL 6202 2117", "Date of Birth: [DOB]   RAMQ: [MRN]"),
        ("D.o.B.: 14/07/1955  CHI: 1407552291  Ward: Ward 4B", "D.o.B.: [DOB]  CHI: [MRN]  Ward: Ward 4B"),
        ("Address: 4571, rue Saint-Denis, app. 6, Montréal (Québec) H2J 2L3\nExam: CT", "Address: [ADDRESS]\nExam: CT"),
        ("Adresse: 1208, boul. René-Lévesque Est, app. 904, Montréal QC H2L 2L9", "Adresse: [ADDRESS]"),
        # an address in capitals ends before the next field's label
        ("ADDR: 14 BRAEMAR TCE, DUNDEE DD3 6LN GP: DR S. MACLEOD", "ADDR: [ADDRESS] GP: DR S. [NAME_1]"),
        # a table's phone cell without the note of whose it is
        (
            "Name | DOB | ID | Tel\nLim Ah Huat | 1938-01-17 | S0381179D | 6258 3106 (NOK)",
            "Name | DOB | ID | Tel\n[NAME_1] | [DOB] | [ID] | [PHONE] (NOK)",
        ),
        # a Chinese address's start after 是, 回 and 寄至, its end before the words after its flat
        ("请问是淄博市张店区华光路366号的住户吗？", "请问是[ADDRESS]的住户吗？"),
        (
            "家里地址是洛阳市涧西区天津路38号院6号楼2门4楼社区医生能不能上门看一下",
            "家里地址是[ADDRESS]社区医生能不能上门看一下",
        ),
        ("出院后回晋中市榆次区顺城街85号2单元居家康复。", "出院后回[ADDRESS]居家康复。"),
        ("回复信函请寄至成都市武侯区体育西路33号紫荆公寓4栋3单元2356室", "回复信函请寄至[ADDRESS]"),
    ],
)
def test_round_21_records_and_addresses(text, expected):
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "If you cannot attend, please call the booking line on 020 7188 7188.",  # a service's line
        "住在呼和浩特市回民区",  # 回 of a district's name
    ],
)
def test_round_21_service_lines_stay(text):
    assert scrub(text).text == text


def test_round_21_a_number_after_a_service_line_is_still_someones_when_the_text_says_so():
    assert scrub("Reception rang her mobile 020 7188 7188").text == "Reception rang her mobile [PHONE]"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a rural home's numbered pieces before and after its street (RR, RD, Box, Site, Stand, Zone, Erf)
        (
            "Parents: Kayla Sutherland, RR 4, 2286 Concession Road 7, Uxbridge, ON L9P 1R4",
            "Parents: [NAME_1], [ADDRESS]",
        ),
        (
            "Home visit day 5, 1022 State Highway 2, RD 1, Te Puke 3181. Baby well.",
            "Home visit day 5, [ADDRESS]. Baby well.",
        ),
        ("Mailing: Box 112, Site 4, RR 2, Olds, AB T4H 1P3", "Mailing: [ADDRESS]"),
        (
            "Residential: Stand 8831, Zone 6, Diepkloof, Soweto 1862\nDiagnosis: TB",
            "Residential: [ADDRESS]\nDiagnosis: TB",
        ),
        (
            "records show your address as Erf 561, 12 Tsamaya Avenue, Mamelodi East, Pretoria 0122 and your",
            "records show your address as [ADDRESS] and your",
        ),
        (
            "lives alone at 2204 county road 17, rural route 3, Weyburn, SK S4H 2K1 and drives",
            "lives alone at [ADDRESS] and drives",
        ),
        ("lives w/ partner at 3/45 Belgrave Tce, Paddington QLD 4064, works", "lives w/ partner at [ADDRESS], works"),
        # after the review: a postcode's own label in capitals goes on; a service's words label only their number
        ("ADDR: 14 High St, Leeds PC: LS21 3AB", "ADDR: [ADDRESS]"),
        ("总机：0571-87236543。患者住宅电话：0571-85123456", "总机：0571-87236543。患者住宅电话：[PHONE]"),
        ("Reception note: NOK 07834 567890", "Reception note: NOK [PHONE]"),
        ("Booking line: please ring Mr Ahmed on 0161 496 0123", "Booking line: please ring Mr [NAME_1] on [PHONE]"),
        ("Contact via reception 07700 900808 (patient)", "Contact via reception [PHONE] (patient)"),
        # a Chinese address goes on after 号的 into its building, and over a floor in Chinese numerals or a door's side
        ("住在福州市鼓楼区五四路158号的环球广场A座1203", "住在[ADDRESS]"),
        ("住址：太原市杏花岭区府西街9号1单元二零三室", "住址：[ADDRESS]"),
        ("家住西安市雁塔区小寨路3号楼2单元六楼东户", "家住[ADDRESS]"),
        ("家住北京市昌平区回龙观东大街3号院", "家住[ADDRESS]"),
    ],
)
def test_round_21_rural_homes_and_the_reviews_mends(text, expected):
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Il ne le prend plus depuis le 12 janvier 2024.",  # "ne le" is the negation too
        "Seen with Dr Lee, Unit 3, Ward 12 today.",  # no street, no postcode: no home
        "The lot 3 batch, site 4 of the trial",
    ],
)
def test_round_21_reviews_look_alikes_stay(text):
    assert scrub(text).text.replace("[NAME_1]", "Lee") == text


@pytest.mark.parametrize(
    "text, expected",
    [
        # an address that runs straight on into its hospital is the hospital's
        ("报告请寄至北京市西城区西直门南大街11号北京大学人民医院病案室。", None),
        ("家住朝阳区安贞路5号，离安贞医院很近。", "家住[ADDRESS]，离安贞医院很近。"),  # a home near it
    ],
)
def test_round_22_an_address_followed_by_its_hospital(text, expected):
    assert scrub(text).text == (expected or text)


def test_round_22_a_home_in_a_hospitals_staff_quarters_is_a_home():
    assert "西直门南大街" not in scrub("患者住西城区西直门南大街11号人民医院宿舍3栋。").text


@pytest.mark.parametrize(
    "turns, expected",
    [
        (["护士：出生日期呢？", "患者：一九四九年九月十二号。"], ["护士：出生日期呢？", "患者：[DOB]。"]),
        (
            ["挂号员：哪年哪月哪日生的？", "家属：五一年三月初九，农历的。"],
            ["挂号员：哪年哪月哪日生的？", "家属：[DOB]，农历的。"],
        ),
        (
            ["Doctor: Full name and date of birth, please.", "Patient: Ifeoma Okonkwo-Reid. Eighth of March, 1975."],
            ["Doctor: Full name and date of birth, please.", "Patient: [NAME_1]. [DOB]."],
        ),
    ],
)
def test_round_22_a_date_of_birth_asked_for_and_given_in_words(turns, expected):
    assert scrub_conversation(turns).texts == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Doctor: And you're 30 Sep 1970?", "Doctor: And you're [DOB]?"),
        ("I'm 24/3/58 if you're looking me up.", "I'm [DOB] if you're looking me up."),
        ("my date of birth is February the 8th 1963 thanks", "my date of birth is [DOB] thanks"),
        ("bday 7-9-2002 lol", "bday [DOB] lol"),
        ("杭国强　男　1957.11.08\n身份证号", "[NAME_1]　男　[DOB]\n身份证号"),
        ("鄭嘉豪　1988年5月30日\n地址", "[NAME_1]　[DOB]\n地址"),
    ],
)
def test_round_22_dates_of_birth(text, expected):
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "You're 3/4/25 for theatre.",  # a booking, not a birth
    ],
)
def test_round_22_dates_that_are_no_birth(text):
    assert scrub(text).text == text


def test_round_22_a_signatures_date_is_no_birth():
    assert scrub("诊断证明书\n医师：郎英　2023年10月17日").text == "诊断证明书\n医师：[NAME_1]　2023年10月17日"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Nurse: And the street?\nPatient: Vauxhall Walk. SE11 5JT.",
            "Nurse: And the street?\nPatient: Vauxhall Walk. [ADDRESS].",
        ),
        ("Eircode?\nY14 P6H3.", "Eircode?\n[ADDRESS]."),
        ("Re: Tomasz Zielinski, 3rd Fl., 88 Pulaski St, Brooklyn NY 11206", "Re: [NAME_1], [ADDRESS]"),
        (
            "Patient: Lorraine Kettleborough\nLower flat, 3 Ferndale Terrace, Bathgate EH48 1BW",
            "Patient: [NAME_1]\n[ADDRESS]",
        ),
        ("我当时用的是 #305 - 6888 Alderbridge Way, Richmond, BC V6X 0A3 的水电单", "我当时用的是 [ADDRESS] 的水电单"),
        ("Now in Flat 4, 212 Great South Road, Papatoetoe. Call me.", "Now in [ADDRESS], Papatoetoe. Call me."),
        ("Still Apt 2, 5 Wellington Quay?", "Still [ADDRESS]?"),
        (
            "Transfer request from Lot 6, Bruce Highway, Gin Gin QLD 4671 (rural property)",
            "Transfer request from [ADDRESS] (rural property)",
        ),
    ],
)
def test_round_22_homes(text, expected):
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Follow-up at Fiona Stanley Hospital, 11 Robin Warren Drive, Murdoch WA 6150, in 6 weeks.",
        "Royal Infirmary of Edinburgh, 51 Little France Crescent, EH16 4SA",  # a hospital's postcode
        "pT2N1M0, stage IIB; G6PD normal.",
    ],
)
def test_round_22_no_home_in_institutions_and_codes(text):
    assert scrub(text).text == text
