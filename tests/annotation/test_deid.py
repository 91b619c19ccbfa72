"""PROTOCOL §7: identifiers become typed placeholders, people numbered per conversation; medical content stays."""

import json

import pytest

from annotation.deid import VERSION, Uncertain, scrub, scrub_conversation
from annotation.errors import ServiceError
from annotation.models import Prompt, Response, ReviewItem, ReviewState, Snapshot
from annotation.rules import Scores
from annotation.services import review
from annotation.services.arbitration import arbitrate
from annotation.services.importing import import_file
from annotation.services.snapshots import create_snapshot
from annotation.text import normalise
from bench.deid import evaluate, load
from tests.factories import client_for, judge_pair, make_pairs

GOOD, POOR = Scores(5, 5, 4), Scores(4, 2, 3)


@pytest.mark.parametrize(
    "text, expected, kind",
    [
        ("我叫张伟，今年35岁。", "我叫[NAME_1]，今年35岁。", "NAME"),
        ("患者王小明，男，45岁。", "患者[NAME_1]，男，45岁。", "NAME"),
        ("姓名：欧阳娜娜。", "姓名：[NAME_1]。", "NAME"),
        ("李女士很担心。", "[NAME_1]女士很担心。", "NAME"),
        ("My name is John Smith and I have a cough.", "My name is [NAME_1] and I have a cough.", "NAME"),
        ("Dr. Emily Chen prescribed it.", "Dr. [NAME_1] prescribed it.", "NAME"),
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
        "患者高热3天，伴黄疸，病人石膏固定，于是去了急诊。",
        "向医生咨询后，和医生约了复查，实习医生也在。",
        "Dr Pepper and Dr. Scholl's are not treatments; Mayo Clinic agrees.",
        "The MRN is pending. BP 128/82, A1c 6.9%, ICD-10 E11.9, seen 2024-02-11, metformin 500 mg.",
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


@pytest.mark.parametrize(
    "text, expected",
    [
        ("我舅舅邝志强昨天胸痛。", "我舅舅[NAME_1]昨天胸痛。"),
        ("请转告慕容雪女士。", "请转告[NAME_1]女士。"),
        ("刘建华医生让我吃药。", "[NAME_1]医生让我吃药。"),
        ("Spoke with Hernandez, Maria L today.", "Spoke with [NAME_1] today."),
        ("pt jim o'brien, 67M", "pt [NAME_1], 67M"),
        ("Lives at 1423 NW Glisan St with his wife.", "Lives at [ADDRESS] with his wife."),
        ("1962年8月15日生，男。", "[DOB]生，男。"),
        ("身份证 4401 0619 9003 0745 16。", "身份证 [ID]。"),
        ("Call 6175550193.", "Call [PHONE]."),
        ("门诊卡号：0012873365。", "门诊卡号：[MRN]。"),
    ],
)
def test_failure_classes_of_issue_10_are_caught(text, expected):
    assert scrub(text).text == expected


# Round 7 (scrubber 7): the general causes of the misses on dev3 (Chinese-first, Hong Kong and Taiwan) and
# dev4 (English-first, international), one case per rule.
@pytest.mark.parametrize(
    "text, expected",
    [
        # an export's rows: each cell is what its column's header says
        (
            "patient_id,surname,given,dob,phone,postcode,dx\nMH306234,Ong,Jia Hui,27 November 2007,0113 511 8488,LS6 9PH,E11.65",
            "patient_id,surname,given,dob,phone,postcode,dx\n[MRN],[NAME_1],[NAME_2],[DOB],[PHONE],[ADDRESS],E11.65",
        ),
        (
            "姓名,性别,住院号,联系电话\n林海,男,2024001234,13912345678",
            "姓名,性别,住院号,联系电话\n[NAME_1],男,[MRN],[PHONE]",
        ),
        # HL7 v2: the fields of PID by number, not into the next segment
        (
            "MSH|^~\\&|ADT|MGH|||202611280830||ADT^A04|MSG1|P|2.5\rPID|1||202319240^^^BMC^MR||CHATTERJEE^ANANYA^B||"
            "19590423|F|||12 Elm St^^Bangor^ME^04448||2425607500|\rOBX|1|NM|4548-4^HbA1c||10.3|%|4.0-5.6|H",
            "MSH|^~\\&|ADT|MGH|||202611280830||ADT^A04|MSG1|P|2.5\rPID|1||[MRN]^^^BMC^MR||[NAME_1]||"
            "[DOB]|F|||[ADDRESS]||[PHONE]|\rOBX|1|NM|4548-4^HbA1c||10.3|%|4.0-5.6|H",
        ),
        # record numbers after Indian, Australian and SMS labels, a serial after its year
        ("OPD slip | CR No. 2023/22950 | UHID:UH933672911", "OPD slip | CR No. [MRN] | UHID:[MRN]"),
        ("ED TRIAGE 0214 - UR 009424357", "ED TRIAGE 0214 - UR [MRN]"),
        ("Your appt on Thu 3 Dec. Ref:628-704-324. Reply Y.", "Your appt on Thu 3 Dec. Ref:[MRN]. Reply Y."),
        ("ACCT NO - 2025/51756", "ACCT NO - [MRN]"),
        # national numbers: by their label, or by their check digit where bare
        ("Aadhaar: 7866 1056 8009", "Aadhaar: [ID]"),
        ("NRIC G8984621N seen at polyclinic", "NRIC [ID] seen at polyclinic"),
        ("OHIP: 3606-945-180-FS", "OHIP: [ID]"),
        ("Medicare ID (MBI):6P89-WW4-YP76", "Medicare ID (MBI):[ID]"),
        ("my medicare no is 2875 81472 7 ok", "my medicare no is [ID] ok"),
        ("身分證字號：D266685243", "身分證字號：[ID]"),
        ("香港身份證：Z126882(2)", "香港身份證：[ID]"),
        ("佢身份證D5982082，住香港北角", "佢身份證[ID]，住香港北角"),
        # phones: Australian area codes and mobiles, Taiwanese mobiles, Singapore's HP, a mobile in 5-6, numerals
        ("call (02) 9559 8912 or 0485 333 758", "call [PHONE] or [PHONE]"),
        ("HP: 62527457", "HP: [PHONE]"),
        ("手機：0917 806 708", "手機：[PHONE]"),
        ("电话15233 405496", "电话[PHONE]"),
        ("我电话是幺三九四幺三三六四九七你记一哈", "我电话是[PHONE]你记一哈"),
        # dates of birth: a Chinese date after an English cue, a Minguo date
        ("DOB 2007年9月17日, ward 3", "DOB [DOB], ward 3"),
        ("出生：66/11/05", "出生：[DOB]"),
        # addresses: a unit/house number and Pde, a Canadian postcode, cut before "mob"
        (
            "Lives at Unit 3/118 Quillfeather Pde, Dubbo NSW 2830, mob 0412 345 678.",
            "Lives at [ADDRESS], mob [PHONE].",
        ),
        ("780-411 Marigold St, Red Deer, AB T4N 6H6", "[ADDRESS]"),
        # names: capitals after a cue, with a second given name; a header's "Re:"; a party to a claim
        ("Patient CHEUNG, WING-YAN (阎书瑶) HKID E126118(9)", "Patient [NAME_1] ([NAME_2]) HKID [ID]"),
        ("Name:ONG, JIA HUI HKID:H324323(2)", "Name:[NAME_1] HKID:[ID]"),
        ("Re: TARIQ HADDAD / Medicaid # CB65287D", "Re: [NAME_1] / Medicaid # [ID]"),
        (
            "BETWEEN: DUSAN PETROVIC (Claimant) and A&B HAULAGE LTD (Defendant)",
            "BETWEEN: [NAME_1] (Claimant) and A&B HAULAGE LTD (Defendant)",
        ),
        # form fields: Given, Worker, Member, Witness with a particle
        ("Surname: SUBRAMANIAM   Given: Kavitha   Sex: M", "Surname: [NAME_1]   Given: [NAME_2]   Sex: M"),
        ("Worker: Jiří Dvořák  SIN/SSN on file: 323-81-1041", "Worker: [NAME_1]  SIN/SSN on file: [ID]"),
        ("Member: ABERNATHY, Imogen\nMember ID: 126454745706", "Member: [NAME_1]\nMember ID: [ID]"),
        ("Witness: Anouk de Vries (print name)", "Witness: [NAME_1] (print name)"),
        # a nickname, a person to check on, three-word and particle names, hyphenated given names
        ("Małgorzata Kowalczyk (prefers Gosia), Medicare 5460 23772 3", "[NAME_1] (prefers [NAME_2]), Medicare [ID]"),
        ("Could you check Emeka Nwachukwu's results?", "Could you check [NAME_1]'s results?"),
        ("Jia Hui Ong; DOB 25 FEB 2005", "[NAME_1]; DOB [DOB]"),
        ("for Ludwig von Hassel comma date of birth", "for [NAME_1] comma date of birth"),
        (
            "Immunisation record - Chukwuemeka, Ngozi - NHS No:943 476 5919",
            "Immunisation record - [NAME_1] - NHS No:[ID]",
        ),
        # speakers: after a time stamp, two words; lowercase ones who speak twice; a full-width colon
        (
            "[10:02:14] Dr. Jeong: Can you hear me, Oluwaseun Adeyemi?\n[10:02:31] Oluwaseun Adeyemi: yes doc",
            "[10:02:14] Dr. [NAME_1]: Can you hear me, [NAME_2]?\n[10:02:31] [NAME_2]: yes doc",
        ),
        (
            "dong-hyun: hey did u call ximena abt mums appt\nximena: ya\ndong-hyun: kk",
            "[NAME_1]: hey did u call [NAME_2] abt mums appt\n[NAME_2]: ya\n[NAME_1]: kk",
        ),
        ("thurs, babatunde ogunleye is her name on the referral", "thurs, [NAME_1] is her name on the referral"),
        ("Kevin：何嘉慧姑娘，我阿媽簡宏志今日覆診", "[NAME_1]：[NAME_2]姑娘，我阿媽[NAME_3]今日覆診"),
        # traditional characters: the cues and surnames of Hong Kong and Taiwan records
        (
            "臺大醫院 病歷摘要\n姓名：涂雅雯  醫師：陳嘉欣\n病歷號：10121077\n電話：96959954",
            "臺大醫院 病歷摘要\n姓名：[NAME_1]  醫師：[NAME_2]\n病歷號：[MRN]\n電話：[PHONE]",
        ),
        # labels whose value is a person even when the name is a word; 挂X的号; 尊敬的; a name before a record label
        ("交班：魏思远  接班：林海", "交班：[NAME_1]  接班：[NAME_2]"),
        ("检验者:吕承泽  审核者:侯刚", "检验者:[NAME_1]  审核者:[NAME_2]"),
        ("叫范磊明天带他过来挂蹇乐萱的号嘛", "叫[NAME_1]明天带他过来挂[NAME_2]的号嘛"),
        ("【瑞金医院】尊敬的南宫丽，您预约的神经内科", "【瑞金医院】尊敬的[NAME_1]，您预约的神经内科"),
        ("周建华 病案号 536789", "[NAME_1] 病案号 [MRN]"),
        # a particle before a surname and a title (记一哈方医生), a bed before a dotted name
        ("记一哈方医生那里几点开门", "记一哈[NAME_1]医生那里几点开门"),
        ("43床买尔旦·阿吉 BP 150/95", "43床[NAME_1] BP 150/95"),
    ],
)
def test_failure_classes_of_round_7_are_caught(text, expected):
    assert scrub_conversation([text]).texts[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "visit,age,dx,icd,result\nseen 14/10/2026,72 yo,Crohn's disease,ICD-10 K50.9,CRP 48 mg/L",
        "Na 131 mmol/L. Lives alone. K 5.6 mmol/L. Current meds unchanged.",
        "Referred to Tan Tock Seng Hospital and Pamela Youde Nethersole Eastern Hospital.",
        "if worse call Telehealth Ontario 1-866-797-0000 period",
        "Dose 2 given, Lot No. FH7731, Lot AB963C, left deltoid.",
        "Given: Morphine 5 mg IV",
        "Triage RN note: pain 7/10.",
        "Dear Sirs,",
        "Dr: Nice to meet you both.",
        "他说我是艾迪生病，开了药",
        "医疗费总额:19918.49元",
        "家属陈述：头晕三天",
        "主任医师查房同意目前方案",
        "联系人：家属",
        "检查项目 胸部CT平扫  登记号：见条码",
        "門診紀錄",
    ],
)
def test_round_7_look_alikes_are_left_alone(text):
    assert scrub(text).text == text


def test_a_found_name_is_replaced_wherever_it_appears_again_in_the_conversation():
    result = scrub_conversation(["我是张建国，血压高。", "张先生您好。", "建国，记得复查。"])
    assert result.texts == ["我是[NAME_1]，血压高。", "[NAME_1]先生您好。", "[NAME_1]，记得复查。"]
    assert result.counts == {"NAME": 3}


def test_each_person_keeps_one_number_in_a_conversation():
    result = scrub_conversation(
        [
            "Hello, this is Mary Smith. Nurse Okafor saw me.",
            "Hi Mary, how are you?",
            "My husband John Smith says Nurse Okafor was kind.",
        ]
    )
    assert result.texts[0] == "Hello, this is [NAME_1]. Nurse [NAME_2] saw me."
    assert "[NAME_1]" in result.texts[1] and "Mary" not in result.texts[1]
    assert "[NAME_2] was kind" in result.texts[2]


# Vietnamese names (scrubber 8): the letters of Latin Extended Additional (ễ, ạ, ỳ, ọ) are read as their
# ASCII letter like those of Latin-1 and Extended-A/B, so no part of the name survives (scrubber 7 left
# "ễn" of "Dr Nguyễn", "Mrs [NAME_1]ần Thị [NAME_2]ọc").
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Seen by Dr Nguyễn today. Dr Nguyễn will call back.",
            "Seen by Dr [NAME_1] today. Dr [NAME_1] will call back.",
        ),
        ("Patient name: Phạm Văn Đức", "Patient name: [NAME_1]"),
        ("Mrs Trần Thị Bích Ngọc, DOB 12/03/1960", "Mrs [NAME_1], DOB [DOB]"),
        ("Called Ms Huỳnh re results", "Called Ms [NAME_1] re results"),
        ("Dr. Huỳnh Minh Tâm reviewed the CT.", "Dr. [NAME_1] reviewed the CT."),
        ("Ms. Đặng Thu Hà phoned.", "Ms. [NAME_1] phoned."),
        ("Pt Võ Thị Sáu, 67F", "Pt [NAME_1], 67F"),
    ],
)
def test_vietnamese_names_do_not_hide_behind_their_letters(text, expected):
    assert scrub(text).text == expected


# Look-alikes: Vietnamese words, dishes, cities and hospitals, and other letters of that block, stay.
@pytest.mark.parametrize(
    "text",
    [
        "Huyết áp 120/80 mmHg, mạch 88.",
        "She ate phở and bánh mì before the pain started.",
        "Diagnosis: Viêm phổi. Plan: Amoxicillin 500 mg.",
        "Transferred from Bệnh viện Bạch Mai, Hà Nội for PCI.",
        "Travelled to Hồ Chí Minh City last month.",
        "Lives in Đà Nẵng, no fever.",
        "Followed up at Chợ Rẫy Hospital.",
        "Transferred from Bach Mai, Ha Noi; lives in Da Nang.",
        "Straße, STRAẞE, ẃ and ḿ are letters too.",
    ],
)
def test_vietnamese_look_alikes_stay(text):
    assert scrub(text).text == normalise(text)


# Floors a little below what bench/deid.py measured (scrubber 6; dev3 and dev4: 7). All eight are tuned on:
# dev, seen and heldout recall 0.998-1.000, names 0.996-1.000; fresh (held out in round 2, where
# scrubber 3 had recall 0.853, names 0.812) recall 0.990, names 0.982; dev2 (written for scrubber 5,
# where scrubber 4 had recall 0.825, names 0.807) recall 0.989, names 0.985; fresh2 (reported while
# held out with scrubbers 4 and 5: recall 0.848 and 0.895, names 0.783 and 0.843; tuned on in round
# 6) recall 0.998, names 0.996. dev3 and dev4 (round 7, written blind to scrubber 6, which had recall
# 0.823 and 0.785, names 0.784 and 0.746, 7 and 11 PHI-free texts changed, 8 and 36 protected values
# lost): scrubber 7 recall 0.953 and 0.982, names 0.902 and 0.959; scrubber 8 (Vietnamese letters) dev4
# 0.987, names 0.972. No clean text changed and no protected value lost on any of them. Scrubber 9 (round 8,
# Chinese names): dev2 0.995, names 0.992; dev3 0.979, names 0.956; dev5 (written blind, Chinese names first;
# scrubber 8 had recall 0.782, names 0.655, 9 PHI-free texts changed, 23 protected values lost) 0.934,
# names 0.900, none changed, one value lost (逸夫楼, a building read as an address).
# The honest figures are those of deid_fresh3.jsonl, deid_fresh4.jsonl and deid_fresh5.jsonl, which bench/deid.py reports
# and no test reads.
@pytest.mark.parametrize(
    "split, overall, names, clean_changed, lost",
    [
        ("dev", 0.99, 0.99, 0.0, 0),
        ("seen", 0.99, 0.99, 0.0, 0),
        ("heldout", 0.99, 0.99, 0.0, 0),
        ("fresh", 0.98, 0.97, 0.0, 0),
        ("dev2", 0.99, 0.985, 0.0, 0),
        ("fresh2", 0.99, 0.99, 0.0, 0),
        ("dev3", 0.97, 0.945, 0.0, 0),
        ("dev4", 0.97, 0.95, 0.0, 0),
        ("dev5", 0.925, 0.89, 0.0, 1),
        # PHI-free only (round 9, written blind; scrubber 9 changed 30 of its 400 texts and lost 8 values)
        ("clean6", 1.0, 1.0, 0.0025, 1),
        # Round 10, written blind (cue-less names, 30% PHI-free look-alikes); scrubber 10 had recall 0.829,
        # names 0.770, 22 of 108 PHI-free texts changed and 23 values lost; scrubber 11: 0.915, 0.892, none, none.
        ("dev6", 0.92, 0.9, 0.0, 0),
        # Round 11, written blind (record excerpts, family chats, signatures, pinyin and non-Anglo names); scrubber
        # 11 had recall 0.922, names 0.893, 9 of 108 PHI-free texts changed and 15 values lost; scrubber 12: 0.978,
        # 0.969, none, none (dev6 0.926, 0.907).
        ("dev7", 0.97, 0.96, 0.0, 0),
        # Round 12, written blind (structured identifiers: record labels, tables, dates of birth in every form, old
        # and foreign IDs, 30% PHI-free look-alikes); scrubber 12 had recall 0.895, DOB 0.749, MRN 0.816, names
        # 0.954, 27 of 120 PHI-free texts changed and 16 values lost; scrubber 13: 0.995, names 1.000, none, none.
        ("dev8", 0.99, 0.99, 0.0, 0),
        # Round 13, written blind (addresses in every country's form and in running text, with the people living
        # there; 30% PHI-free with institutions' addresses); scrubber 13 had recall 0.801, addresses 0.674, 24 of 120
        # PHI-free texts changed and 28 values lost; scrubber 14: 0.860, addresses 0.806, 8, 19 (partly tuned);
        # scrubber 15 (round 14): 0.915, names 0.922, 6 changed, 15 lost.
        ("dev9", 0.91, 0.915, 0.05, 15),
        # Round 14, written blind (person names in rosters, lists, chats, handovers, names that are words; 35%
        # PHI-free); scrubber 15 before its tuning had recall 0.836, names 0.777, 5 of 140 changed, 7 lost.
        ("dev10", 0.91, 0.88, 0.03, 4),
        # PHI-free only (round 14, written blind); scrubber 15 before its tuning changed 21 of 400 and lost 20.
        ("clean7", 1.0, 1.0, 0.035, 13),
        # Round 14, written blind (whole records and letters: admission notes, discharge summaries, operation notes,
        # handovers of a ward, MDT minutes; 25% PHI-free); scrubber 15 before its tuning had recall 0.939, names
        # 0.930, MRN 0.71 in English, precision 0.940, 32 of 75 PHI-free texts changed and 33 values lost.
        ("dev11", 0.945, 0.925, 0.19, 4),
        # Round 15, written blind (Chinese names in running text without cue words, given names alone, nicknames,
        # 35% PHI-free); scrubber 15 had recall 0.644, names 0.570 (Chinese 0.470), 4 of 140 PHI-free texts changed
        # and 10 values lost; the round-15 tagger before it was trained on dev12: 0.695, 0.632 (0.555), 4, 10.
        ("dev12", 0.80, 0.755, 0.0, 0),
        # Round 15, written blind by another writer (names in genres the others lack, Hong Kong and Taiwan text,
        # mixed Chinese and English, 35% PHI-free); scrubber 15 had recall 0.807, names 0.737 (Chinese 0.687),
        # 7 of 139 PHI-free texts changed and 6 values lost; scrubber 16, before any tuning on it: 0.847, 0.792
        # (0.760), 5, 0.
        ("dev13", 0.91, 0.88, 0.0, 0),
        # Round 16, written blind (names in Latin letters from many countries, pinyin and Cantonese spellings,
        # lowercase chat, names that are words; 35% PHI-free); scrubber 18 had recall 0.806, names 0.749 (English
        # 0.743), 7 of 140 PHI-free texts changed and 9 values lost; the Latin-name tagger trained without it:
        # 0.836, 0.788 (0.771), 7, 10.
        ("dev14", 0.875, 0.84, 0.05, 9),
        # Round 17, written blind (Chinese names in many genres and positions: rare, double and married surnames,
        # minority names, names that are words, nicknames, Hong Kong and Taiwan text, mixed Chinese and English;
        # 35% PHI-free look-alikes); scrubber 19 had recall 0.863, names 0.839, 13 of 140 PHI-free texts changed
        # and 13 values lost; round 17's rules before the tagger was trained on it: 0.900, 0.888, 2, 2.
        ("dev15", 0.91, 0.90, 0.01, 1),
        # dev16 (round 18, written blind: addresses of every shape, dates of birth, record numbers, phones and IDs,
        # names in Latin letters; 35% PHI-free look-alikes); scrubber 20 had recall 0.876, names 0.921, addresses
        # 0.811, 5 of 140 PHI-free texts changed and 8 values lost.
        ("dev16", 0.93, 0.92, 0.02, 2),
        # dev17 (round 19, written blind: names above all, Chinese without cues and in Latin letters from Singapore,
        # Malaysia, Vietnam, South Africa, India and New Zealand, with those countries' addresses, IDs, record
        # numbers and phones; a third PHI-free look-alikes); scrubber 21 had recall 0.859, names 0.864, addresses
        # 0.619, IDs 0.733, 7 of 130 PHI-free texts changed and 9 values lost.
        ("dev17", 0.94, 0.92, 0.01, 3),
        # dev18 (round 20, written blind: Chinese names without cues as a clause's subject, before a kin word, in
        # family chats and as pet names, English names without titles and names that are words, narrative
        # addresses and dates of birth of five English-speaking countries; 35% PHI-free look-alikes); scrubber 22
        # had recall 0.894, names 0.850 (Chinese 0.823), 2 of 140 PHI-free texts changed and 1 value lost.
        ("dev18", 0.95, 0.915, 0.01, 1),
        # dev19 (round 21, written blind: hospital record excerpts in both languages, English addresses of ten
        # countries, dates of birth in many forms; 35% PHI-free look-alikes); scrubber 23 had recall 0.945, names
        # 0.964, English addresses 0.699, 12 of 140 PHI-free texts changed and 24 values lost (after the record
        # numbers' relabelling: 0.946, 7 of 135, 8).
        ("dev19", 0.95, 0.96, 0.02, 3),
        # round 22: written blind (Chinese names without cues, names that are words, group chats, English addresses
        # written in conversation and letters, dates of birth said in words; 35% PHI-free look-alikes); scrubber 24 had
        # recall 0.801, names 0.794, English addresses 0.545, 6 of 112 PHI-free texts changed and 6 values lost.
        ("dev20", 0.86, 0.85, 0.02, 2),
    ],
)
def test_recall_on_the_labelled_sets_stays_above_its_floor(split, overall, names, clean_changed, lost):
    figures = evaluate(load(split))
    assert figures.recall() >= overall
    assert figures.recall("NAME") >= names
    assert figures.clean_change_rate <= clean_changed
    assert figures.protected_lost <= lost


# --- beyond the import: what people type is stored de-identified -----------------------------


def test_a_rationale_is_stored_de_identified(campaign, annotator):
    (pair,) = make_pairs(campaign, 1)
    result = judge_pair(
        annotator, pair, GOOD, POOR, rationale="Like my patient 李建国 (13812345678), B ignores the dose."
    )
    assert result.annotation.rationale == "Like my patient [NAME_1] ([PHONE]), B ignores the dose."


def test_arbitration_rationale_and_corrected_answer_are_stored_de_identified(campaign, annotator, annotator2, expert):
    (pair,) = make_pairs(campaign, 1)
    judge_pair(annotator, pair, GOOD, POOR)
    judge_pair(annotator2, pair, POOR, GOOD)
    arbitration = arbitrate(
        expert=expert,
        pair_id=pair.pk,
        decision="a",
        rationale="As Dr. Emily Chen said, A is safer.",
        corrected_response="Call Dr. Chen at (555) 123-4567 if the fever stays above 39℃.",
    )
    assert arbitration.rationale == "As Dr. [NAME_1] said, A is safer."
    assert arbitration.corrected_response == "Call Dr. [NAME_1] at [PHONE] if the fever stays above 39℃."


# --- the export gate ----------------------------------------------------------------------------


@pytest.fixture
def resolved_with_a_name(campaign, annotator, annotator2):
    """A consensus pair whose answer holds a phone number that never went through the scrubber."""
    (pair,) = make_pairs(campaign, 1)
    Response.objects.filter(pk=pair.response_a_id).update(text="Call Dr. Emily Chen on (555) 123-4567.")
    judge_pair(annotator, pair, GOOD, POOR)
    judge_pair(annotator2, pair, GOOD, POOR)
    return pair


def test_a_snapshot_records_the_scrubber_version_and_no_residual_detections(campaign, annotator, annotator2):
    (pair,) = make_pairs(campaign, 1)
    judge_pair(annotator, pair, GOOD, POOR)
    judge_pair(annotator2, pair, GOOD, POOR)
    manifest = create_snapshot(campaigns=[campaign], kind="dpo").manifest
    assert manifest["deidentification"] == {
        "scrubber_version": VERSION,
        "residual_detections": 0,
        "by_kind": {},
        "pair_ids": [],
        "accepted_by": None,
    }


def test_a_snapshot_with_residual_detections_is_refused_with_the_reason(resolved_with_a_name, campaign, caplog):
    with pytest.raises(
        ServiceError, match=r"still finds 2 possible identifier\(s\) \(NAME 1, PHONE 1\) in pairs \d+"
    ) as refused:
        create_snapshot(campaigns=[campaign], kind="dpo")
    assert "accept the residual detections" in str(refused.value)
    assert "snapshot refused" in caplog.text
    assert not Snapshot.objects.exists()


def test_an_admin_may_accept_residual_detections_and_the_manifest_says_so(
    resolved_with_a_name, campaign, admin, caplog
):
    snapshot = create_snapshot(campaigns=[campaign], kind="dpo", user=admin, accept_residual=True)
    assert snapshot.manifest["deidentification"]["residual_detections"] == 2
    assert snapshot.manifest["deidentification"]["accepted_by"] == admin.username
    assert snapshot.manifest["deidentification"]["pair_ids"] == [resolved_with_a_name.pk]
    assert "accepted by admin" in caplog.text


# --- the review queue ---------------------------------------------------------------------------


def test_uncertain_spans_are_kept_as_written_and_listed():
    result = scrub_conversation(["向医生说要复查。", "Fine."])
    assert result.texts[0] == "向医生说要复查。"
    assert [(u.turn, u.text) for u in result.uncertain] == [(0, "向")]


@pytest.fixture
def listed(campaign):
    row = {
        "id": "r1",
        "prompt": "上次向医生说我血压偏高，李明医生让我复查。",
        "response_a": "请遵医嘱。",
        "response_b": "多喝水。",
    }
    report = import_file(campaign=campaign, data=json.dumps(row, ensure_ascii=False).encode(), filename="p.jsonl")
    assert report.ok and report.review == 1
    return ReviewItem.objects.get()


def test_an_admin_sees_the_queue_and_redacts_with_one_request(listed, admin):
    client = client_for(admin)
    queue = client.get("/api/v1/review/").json()["results"]
    assert [(i["text"], i["state"], i["where"]) for i in queue] == [
        ("向", "pending", f"prompt {listed.prompt_id}, message 0")
    ]
    answer = client.post(f"/api/v1/review/{listed.pk}/", {"decision": "redact"}, format="json")
    assert answer.status_code == 200 and answer.json()["state"] == "redacted" and answer.json()["decided_by"] == "admin"
    assert Prompt.objects.get().messages[0]["content"] == "上次[NAME_2]医生说我血压偏高，[NAME_1]医生让我复查。"
    assert ReviewItem.objects.get().text == ""  # the identifier is kept nowhere
    assert client.get("/api/v1/review/").json()["results"] == []


def test_keeping_leaves_the_text_and_a_decision_is_made_once(listed, admin):
    client = client_for(admin)
    assert client.post(f"/api/v1/review/{listed.pk}/", {"decision": "keep"}, format="json").json()["state"] == "kept"
    assert Prompt.objects.get().messages[0]["content"].startswith("上次向医生")
    assert client.post(f"/api/v1/review/{listed.pk}/", {"decision": "redact"}, format="json").status_code == 409
    assert [i["text"] for i in client.get("/api/v1/review/?state=kept").json()["results"]] == ["向"]


def test_only_admins_use_the_review_queue(listed, expert, annotator):
    for user in (expert, annotator):
        assert client_for(user).get("/api/v1/review/").status_code == 403
        assert (
            client_for(user).post(f"/api/v1/review/{listed.pk}/", {"decision": "redact"}, format="json").status_code
            == 403
        )


def test_the_review_page_lists_a_span_and_redacts_it_with_one_button(listed, admin, client):
    client.force_login(admin)
    page = client.get("/console/review/")
    assert page.status_code == 200 and "<mark>向</mark>" in page.content.decode()
    assert client.post("/console/review/", {"item": listed.pk, "decision": "redact"}).status_code == 302
    assert ReviewItem.objects.get().state == "redacted"
    assert "Nothing to review." in client.get("/console/review/").content.decode()


def test_a_redaction_numbers_and_covers_the_whole_conversation(campaign, admin):
    """PROTOCOL §7: one number per person per conversation, whichever text the span was listed in."""
    prompt = Prompt.objects.create(
        campaign=campaign,
        external_id="c1",
        messages=[
            {"role": "user", "content": "[NAME_1]医生，我父亲胜利昨天出院了。"},
            {"role": "assistant", "content": "胜利的血压现在多少？"},
        ],
    )
    a = Response.objects.create(prompt=prompt, text="请[NAME_2]护士给胜利量血压。", source="a")
    b = Response.objects.create(prompt=prompt, text="多休息。", source="b")
    spans = [Uncertain(turn=0, start=7, end=9, text="胜利"), Uncertain(turn=2, start=9, end=11, text="胜利")]
    ReviewItem.objects.bulk_create(
        review.review_items(
            campaign=campaign,
            prompt=prompt,
            message_count=2,
            responses=[a, b],
            uncertain=spans,
            texts=[prompt.messages[0]["content"], prompt.messages[1]["content"], a.text, b.text],
        )
    )
    first, second = ReviewItem.objects.order_by("id")
    review.decide(admin=admin, item_id=first.pk, decision="redact")
    prompt.refresh_from_db()
    a.refresh_from_db()
    assert [m["content"] for m in prompt.messages] == [
        "[NAME_1]医生，我父亲[NAME_3]昨天出院了。",
        "[NAME_3]的血压现在多少？",
    ]
    assert a.text == "请[NAME_2]护士给[NAME_3]量血压。"  # the next number free in the whole conversation
    second.refresh_from_db()
    assert (second.state, second.text, second.decided_by) == (ReviewState.REDACTED, "", admin)  # settled with the first


def test_a_lone_han_character_is_redacted_only_where_it_was_listed(listed, admin):
    Prompt.objects.filter(pk=listed.prompt_id).update(
        messages=[{"role": "user", "content": "我向医生说过，向医生说要复查。"}]
    )
    ReviewItem.objects.filter(pk=listed.pk).update(start=5)
    review.decide(admin=admin, item_id=listed.pk, decision="redact")
    assert Prompt.objects.get().messages[0]["content"] == "我向医生说过，[NAME_1]医生说要复查。"
