#!/usr/bin/env python3
"""Generator for tests/data/deid_dev17.jsonl -- a labelled de-identification
development set of Chinese / mixed / English clinical conversations whose
focus is PERSONAL NAMES (about 60 % of all spans), followed by the other
identifiers as they are written in English-speaking settings outside the
UK / US (Canada, Ireland, New Zealand, Australia, Singapore, Malaysia,
India, South Africa, Hong Kong English).

DATA CARD
=========

Provenance
----------
Written BLIND in round 19 by a helper session started for that purpose.  The
author read only section 7 ("De-identification") of /work/shared/PROTOCOL.md,
which says which identifiers count as PHI (names, phone numbers, national ID
numbers, medical record numbers, e-mail and street addresses, exact dates of
birth in Chinese and English forms), plus the data card (module docstring up
to "Labelling conventions") and the code structure (row assembly, shuffling,
numbering, writing, check digits and self-checks) of
tests/data/make_deid_dev16.py and the first lines of its output, read only to
copy the row format, the labelling conventions and the style of this card.
The author did NOT read anything under annotation/, bench/ or docs/, no
README, no git history, and no other deid_* data file or make_deid_*
generator; the scrubber was never run and annotation.deid was never
imported.  Its rules, regexes, cue lists, name lists and word lists were
never seen, so the texts below were written without knowledge of what the
scrubber does or does not catch.

Every row below was written by hand for this set (one hand-written text per
row; no slot filling, no template reused across rows).  All people, numbers
and addresses are synthetic: names were invented or freely recombined from
common given names and surnames, streets, estates, blocks and house numbers
were made up or freely recombined, phone and record numbers were typed as
random-looking digit strings (North American numbers use the fictional
555-01xx range), and check digits of the national and health numbers that
have a real checking scheme -- GB 11643 resident IDs, Hong Kong and Taiwan
IDs, Singapore NRIC / FIN, South African ID numbers (Luhn), Irish PPS
numbers, Indian Aadhaar numbers (Verhoeff), Canadian SINs and Ontario health
numbers (Luhn), New Zealand NHI numbers, Australian Medicare numbers and IHIs
-- are computed by this script from the hand-typed body of the number
(written as <scheme> in the source).  Malaysian MyKad numbers have no check
digit; their embedded birth dates are valid dates.  Hospital names, clinics,
drug brands and pharmacies are real public institutions or products and
appear only as PHI-free look-alikes.  Any match with a real person or a real
private address is coincidental.

Target
------
400 conversations (rows), deterministic (stdlib only; the hand-written rows
are shuffled with one random.Random(17) and then numbered dev17-0001 ...):
  * language: 190 "zh" (Simplified, plus Traditional rows in Hong Kong /
    Taiwan style), 90 "mixed" (Chinese/English code-switching, including Hong
    Kong Cantonese-English and Singapore / Malaysia English-Chinese), 120
    "en" (Canada, Ireland, New Zealand, Australia, Singapore, Malaysia,
    India, South Africa, Hong Kong English);
  * 130 rows (about a third) are PHI-free look-alike traps whose tricky
    substrings are listed in "protect";
  * spans in rows with PHI: about 60 % NAME (hanzi and Latin in roughly
    equal numbers), the rest PHONE, MRN / health numbers, DOB, ADDRESS,
    national ID and a few EMAILs.  The exact counts are printed on each
    run.

Phenomena covered
-----------------
NAME (hanzi): Chinese personal names mostly WITHOUT a cue right before them
-- as the subject opening a sentence or clause, in narrative (患者家属X称,
X表示 / 说 / 讲 / 问), after verbs (通知了X, 交给X, 联系X, 告知X), in lists
joined by 、 和 与, as speaker labels in WeChat / chat logs ("X：..."), in
signatures and sign-offs (记录人 经治医生 签名 此致 敬礼 ... 落款), in forms
and tables (姓名 column, Markdown tables), with kin terms glued after them
(X她妈, X的父亲, X他爸, X家), with 的 / 说 / 讲 / 问 / 表示 right after;
surnames outside the most common hundred (厍 逯 郜 蔺 闫 禚 邝 覃 晏 亓 佘
鄢 靳 麴 甯 訾 芮 冼 ...), double surnames (欧阳 司马 上官 诸葛 皇甫 司徒
端木 令狐 慕容), two-character names, names that contain ordinary words
(张伟明 李春燕 陈平安 王建国 刘红梅 周小雨 ...), children's 小名 / 乳名,
full names followed later by the given name alone (each labelled), partly
masked names (张某某) labelled as names, Hong Kong names with the husband's
surname prefixed (陳李美玲), names in Traditional characters.
NAME (romanised / Latin): Cantonese romanisation (Chan Tai Man, Wong Siu
Ming, Lee Ka Yan, hyphenated Ka-yan), Taiwanese romanisation (Lin Chih-hao),
pinyin in English text (Zhang Wei, Wang Xiaoming, Liu Fang), mixed forms
(Dr. 王, Dr. 欧阳, 陈sir, Miss 李, 王主任, 老周, 何太), Western English names
written "Last, First M.", lowercase names in chat, names after Pt / Mr /
Mrs / Ms / Dr / Nurse / Sister / Father / Rev / cc: / From: / To: /
Signed / Regards, first names alone in dialogue, names that are also words
(Hope, Grace, Will, Bill, Mark, Dawn, Hunter, Baker, Young, Summer, Brown,
Green, Rose, Amber, Sunny, Faith, Joy), South / South-East Asian, African,
Arabic, Irish, Maori, Pacific and Eastern European names, hyphenated and
apostrophe names, names with particles (van der, de la, bin, binti, a/l,
s/o, Ni, Te).
Other identifiers: addresses in Canadian (postal code A1A 1A1 with province
code), Irish (Eircode, townland, county), New Zealand (suburb + 4-digit
postcode, RD rural delivery), Australian (Unit x/yy, state + postcode),
Singapore (Blk / #floor-unit / Singapore 6-digit), Malaysian (No., Jalan,
Lorong, Taman, Kampung, 5-digit postcode, state), Indian (Flat / H.No. /
Nagar / Cross / village and post office / PIN),
South African (suburb, township, site / stand / plot number, 4-digit
code) and Hong
Kong English forms, plus Chinese, Hong Kong and Taiwan addresses next to
names; dates of birth in many English forms (DOB 03-Jul-1961, born 7th of
March 1958, D.O.B 1961.07.03, b. 12/3/59, birthdate: July 3 1961, ...) and
Chinese forms; national IDs (Singapore NRIC / FIN, Malaysian MyKad, Indian
Aadhaar, South African ID, Canadian SIN, Irish PPS, GB resident IDs, Hong
Kong and Taiwan IDs); health and record numbers (MRN, Hospital No., UR
number, NHI, Chart No., Case No., Medicare, IHI, Ontario health card, 住院号
门诊号 病历号); phones in the local forms of those countries (+65 9123 4567,
012-345 6789, +91 98450 12345, (416) 555-0199, 021 123 4567, 082 123 4567,
087 ..., 04xx ..., Hong Kong 8-digit, Chinese mobiles); a few e-mails.
PHI-free look-alikes (in "protect"): eponyms and words that look like names
(Graves' disease, Bell's palsy, Hunter syndrome, Baker's cyst, Parkinson's,
Down syndrome, Apgar score, Glasgow Coma Scale, Addison's, Cushing's,
Crohn's, Hodgkin, 帕金森, 唐氏综合征, 桥本甲状腺炎), the word-names above
used as ordinary words, drug and brand names (Panadol, 同仁堂, 云南白药,
片仔癀, 王老吉), hospitals and places used as institutions (Tan Tock Seng
Hospital, Groote Schuur, Christchurch Hospital, 玛丽医院, 长庚, 华西),
staff roles without names (值班医生, the registrar, 护士长, 主管护师),
common Chinese words that start with a surname character (王牌, 高烧, 黄疸,
白细胞, 常规, 明天, 安全, 方便, 周末, 李子, 张力, 陈旧性, 金额, 石膏, 林区,
马上, 何时, 于是, 江湖, 胡萝卜, 朱砂, 杨梅, 孙子, 高血压 ...), visit /
admission / lab dates, ages, doses, lab values, bed / room / bay numbers,
ICD codes, guideline years, hotlines (120, 12320, 995, 999, 111, 000, 112,
1737, 10177, 13 11 26, 0800 611 116), staff work numbers (工号) and
queue / room / time codes.

Genres ("style")
----------------
wechat_group, chat_message, outpatient_dialogue, phone_followup,
nursing_handover, ward_round, discharge_summary, referral_letter,
en_letter, email_message, consent_form, registration_form, table_record,
family_meeting_notes, social_work_note, psych_note, pediatric_note,
tcm_clinic, pharmacy_note, insurance_claim, hk_clinic, tw_clinic,
sg_my_clinic, ocr_text, en_chat, en_case_note, lab_report.

Row format (one JSON object per line, json.dumps(..., ensure_ascii=False))
-------------------------------------------------------------------------
  {"id": "dev17-0001", "lang": "zh"|"en"|"mixed", "style": <genre>,
   "source": short description of where the PHI sits ("none" if PHI-free),
   "turns": [str, ...]            1-4 turns of a conversation,
   "spans": [{"kind": "NAME"|"PHONE"|"ID"|"MRN"|"EMAIL"|"ADDRESS"|"DOB",
              "text": exact substring of a turn,
              "parts": [distinctive parts that must not survive]}, ...],
   "protect": [non-PHI substrings that must stay untouched]}
Spans are listed once per distinct (kind, text) even if the text recurs.

Labelling conventions
---------------------
(the dev16 conventions, unchanged, with the name details spelled out)
* ADDRESS: the span runs from the first admin unit written (province, city,
  district, or the street / block / flat when nothing larger is written) to
  the last room / floor / postcode; cue words (住在, lives at, address: ...)
  are outside.  Parts are the distinctive pieces: street / road / jalan /
  avenue name with the house or block number, unit / flat / # floor-unit,
  estate / taman / apartment / township names, village names, postcodes and
  Eircodes.  Bare admin units (省 市 区, city, suburb-free city names,
  state / province / county names and codes) are NOT parts.
* DOB: the date as written (with 生 / born / DOB outside the span); parts =
  the span.  Only exact dates of birth are labelled; ages, birth years
  alone, visit / admission / lab / operation dates are not PHI here.
* MRN: numbers that identify the patient or one of the patient's records in
  a health system (住院号 门诊号 病历号, MRN, Hospital No., UR number, Chart
  No., Case No., NHI, Medicare, IHI, provincial health card numbers).  Bed
  numbers, queue numbers, lot numbers and claim-form reference numbers of
  the insurer's own product are not.  Parts = the number as written.
* PHONE: parts = the subscriber number without country code, separated area
  code in brackets or extension.  ID: parts = the number as written.
  EMAIL: parts = the local part.
* NAME: titles and kin terms (Dr, Mrs, Sister, Father, Rev, Pt, 先生, 医生,
  阿姨, 她妈, 的父亲 ...) are outside the span; parts are given name and
  surname as written (initials and particles such as bin, binti, a/l, s/o,
  van, der, de, la dropped unless they are written as part of a surname
  that is kept whole, e.g. "Te Whata", "Ni Bhriain"); for hanzi names the
  full name and the given name if it has two or more characters (double
  surnames such as 欧阳 are recognised, so 欧阳丽 has only the full name as
  a part).  A single hanzi surname used as a name in code-switched text
  (Dr. 王, 陈sir) is a NAME span of one character.  Partly masked names
  (张某某) are NAME spans whose part is the whole span.
* A name (or other identifier) that recurs in a shorter form -- full name
  first, the given name or nickname alone later -- gets its own span for
  the shorter form.
* Hospital names, departments, wards, bed numbers and staff roles without a
  name are not PHI.

Checks (asserted before writing; the script fails loudly otherwise)
------------------------------------------------------------------
* every span text and every protect string occurs verbatim in the turns;
* every part occurs in its span text, and every occurrence of every part in
  the row (case-insensitive substring; whole word for Latin parts of at most
  three letters) lies inside an occurrence of some span text of that row;
* no occurrence of a protect string overlaps an occurrence of a span text,
  and no protect string is contained in a span text;
* check digits are re-verified from the span text for GB resident IDs, Hong
  Kong / Taiwan IDs, NRIC / FIN, SA IDs, PPS numbers, Aadhaar numbers and
  SINs (ID spans) and for NHI, Medicare, IHI and Ontario health numbers
  (MRN spans in rows naming the scheme); MyKad birth dates must be valid;
  the checking code is tested on published example numbers first;
* ids are unique, language and PHI-free counts hit the target, at least 20
  genres are used, kind shares are in range, no markup is left, PHI-free
  rows have >= 2 protect strings, and no sentence of >= 14 characters
  occurs in two rows.
The counts per language, per kind (with subtypes), PHI-free rows and genres
are printed on each run.
"""

import datetime
import json
import os
import random
import re
from collections import Counter, OrderedDict

R = random.Random(17)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "deid_dev17.jsonl")

KINDS = ("NAME", "PHONE", "ID", "MRN", "EMAIL", "ADDRESS", "DOB")
TARGET_LANG = {"zh": 190, "mixed": 90, "en": 120}
TARGET_FREE = 130

STYLE_DESC = {
    "wechat_group": "group chat log",
    "chat_message": "patient's / relative's chat message to the assistant",
    "outpatient_dialogue": "outpatient dialogue",
    "phone_followup": "telephone follow-up",
    "nursing_handover": "nurse hand-over",
    "ward_round": "ward round note",
    "discharge_summary": "discharge summary",
    "referral_letter": "referral letter",
    "en_letter": "English clinic letter",
    "email_message": "e-mail message",
    "consent_form": "consent / authorisation form",
    "registration_form": "registration / record form",
    "table_record": "table (Markdown or key: value)",
    "family_meeting_notes": "family meeting notes",
    "social_work_note": "social work note",
    "psych_note": "psychology / psychiatry note",
    "pediatric_note": "paediatric note",
    "tcm_clinic": "TCM clinic note",
    "pharmacy_note": "pharmacy note",
    "insurance_claim": "insurance claim form",
    "hk_clinic": "Hong Kong clinic note",
    "tw_clinic": "Taiwan clinic note",
    "sg_my_clinic": "Singapore / Malaysia clinic note",
    "ocr_text": "OCR-like scanned text",
    "en_chat": "English chat message",
    "en_case_note": "English case note",
    "lab_report": "lab / imaging report",
}

# ---------------------------------------------------------------------------
# Check digits.  In the source a check digit is written as <scheme>; the
# scheme's body is the digits (and letters) written before the marker.
# ---------------------------------------------------------------------------
GB_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def gb_check(d17):
    return "10X98765432"[sum(int(a) * w for a, w in zip(d17, GB_W)) % 11]


def valid_date(yyyy, mm, dd):
    try:
        datetime.date(yyyy, mm, dd)
    except ValueError:
        return False
    return True


def gb_valid(text):
    d = re.sub(r"[\s-]", "", text)
    if not re.fullmatch(r"\d{17}[\dX]", d):
        return False
    if not valid_date(int(d[6:10]), int(d[10:12]), int(d[12:14])):
        return False
    return 1900 <= int(d[6:10]) <= 2024 and gb_check(d[:17]) == d[17]


def hk_check(head):
    letters, six = head[:-6], head[-6:]
    vals = ([36] if len(letters) == 1 else []) + [ord(c) - 55 for c in letters] + [int(c) for c in six]
    c = (11 - sum(v * w for v, w in zip(vals, range(9, 1, -1))) % 11) % 11
    return "A" if c == 10 else str(c)


def hk_valid(text):
    m = re.fullmatch(r"([A-Z]{1,2})\s?(\d{6})\s?\(([0-9A])\)", text)
    return bool(m) and hk_check(m.group(1) + m.group(2)) == m.group(3)


TW_LET = dict(
    zip(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        [10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27, 28, 29, 32, 30, 31, 33],
    )
)


def tw_sum(s9):
    n = TW_LET[s9[0]]
    return n // 10 + (n % 10) * 9 + sum(int(c) * w for c, w in zip(s9[1:], range(8, 0, -1)))


def tw_check(head):
    return str((10 - tw_sum(head) % 10) % 10)


def tw_valid(text):
    return bool(re.fullmatch(r"[A-Z][12]\d{8}", text)) and (tw_sum(text[:9]) + int(text[9])) % 10 == 0


NRIC_W = [2, 7, 6, 5, 4, 3, 2]


def nric_check(head):
    """Singapore NRIC (S/T) and FIN (F/G): letter + 7 digits -> check letter"""
    s = sum(int(c) * w for c, w in zip(head[1:], NRIC_W)) + (4 if head[0] in "TG" else 0)
    return ("JZIHGFEDCBA" if head[0] in "ST" else "XWUTRQPNMLK")[s % 11]


def nric_valid(text):
    return bool(re.fullmatch(r"[STFG]\d{7}[A-Z]", text)) and nric_check(text[:8]) == text[8]


def luhn_check(body):
    s = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_valid(digits):
    return luhn_check(digits[:-1]) == digits[-1]


def sa_valid(text):
    d = re.sub(r"\s", "", text)
    return (
        bool(re.fullmatch(r"\d{13}", d))
        and valid_date(1900 + int(d[:2]), int(d[2:4]), int(d[4:6]))
        and d[10] in "01"
        and luhn_valid(d)
    )


PPS_LET = "WABCDEFGHIJKLMNOPQRSTUV"


def pps_check(d7):
    return PPS_LET[sum(int(c) * w for c, w in zip(d7, range(8, 1, -1))) % 23]


def pps_valid(text):
    # 7 digits + check letter (+ optional W for the old married-women format)
    return bool(re.fullmatch(r"\d{7}[A-W]W?", text)) and pps_check(text[:7]) == text[7]


V_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
V_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
V_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_check(body):
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = V_D[c][V_P[(i + 1) % 8][int(ch)]]
    return str(V_INV[c])


def verhoeff_valid(digits):
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = V_D[c][V_P[i % 8][int(ch)]]
    return c == 0


def aadhaar_valid(text):
    d = re.sub(r"\s", "", text)
    return bool(re.fullmatch(r"[2-9]\d{11}", d)) and verhoeff_valid(d)


NHI_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # I and O are not used


def nhi_check(head):
    vals = [NHI_LET.index(c) + 1 for c in head[:3]] + [int(c) for c in head[3:6]]
    r = sum(v * w for v, w in zip(vals, range(7, 1, -1))) % 11
    assert r != 0, ("NHI body has no valid check digit", head)
    return str((11 - r) % 10)


def nhi_valid(text):
    return bool(re.fullmatch(r"[A-HJ-NP-Z]{3}\d{4}", text)) and nhi_check(text[:6]) == text[6]


def medicare_check(d8):
    assert d8[0] in "23456", d8
    return str(sum(int(c) * w for c, w in zip(d8, [1, 3, 7, 9, 1, 3, 7, 9])) % 10)


def medicare_valid(text):
    d = re.sub(r"[\s/-]", "", text)
    return bool(re.fullmatch(r"[2-6]\d{9,10}", d)) and medicare_check(d[:8]) == d[8]


def fill_check(text):
    m = re.search(r"<(gb|hk|tw|nric|luhn|sa|pps|aadhaar|nhi|medicare)>", text)
    assert m and text.count("<") == 1, text
    scheme, head_raw = m.group(1), text[: m.start()]
    head = re.sub(r"[^0-9A-Z]", "", head_raw)
    if scheme == "gb":
        assert re.fullmatch(r"\d{17}", head), text
        c = gb_check(head)
    elif scheme == "hk":
        assert re.fullmatch(r"[A-Z]{1,2}\d{6}", head), text
        c = hk_check(head)
    elif scheme == "tw":
        assert re.fullmatch(r"[A-Z][12]\d{7}", head), text
        c = tw_check(head)
    elif scheme == "nric":
        assert re.fullmatch(r"[STFG]\d{7}", head), text
        c = nric_check(head)
    elif scheme in ("luhn", "sa"):
        assert re.fullmatch(r"\d+", head), text
        c = luhn_check(head)
    elif scheme == "pps":
        assert re.fullmatch(r"\d{7}", head), text
        c = pps_check(head)
    elif scheme == "aadhaar":
        assert re.fullmatch(r"[2-9]\d{10}", head), text
        c = verhoeff_check(head)
    elif scheme == "nhi":
        assert re.fullmatch(r"[A-HJ-NP-Z]{3}\d{3}", head), text
        c = nhi_check(head)
    else:
        assert re.fullmatch(r"[2-6]\d{7}", head), text
        c = medicare_check(head)
    return text[: m.start()] + c + text[m.end() :]


def _self_test_checks():
    # published / textbook examples of each scheme
    assert nric_check("S1234567") == "D"
    assert verhoeff_check("236") == "3" and verhoeff_valid("2363")
    assert nhi_check("ZAA006") == "7"
    assert luhn_check("7992739871") == "3"
    assert hk_check("A123456") == "3"
    assert pps_check("1234567") == "T"
    assert medicare_check("21234567") == "0"
    assert sa_valid("8001015009087")


# ---------------------------------------------------------------------------
# Markup:  [[KIND:text]]  or  [[KIND:text|part|part]]  -> span
#          {{text}}                                    -> protect
# ---------------------------------------------------------------------------
MARK_RE = re.compile(r"\[\[(NAME|PHONE|ID|MRN|EMAIL|ADDRESS|DOB):(.+?)\]\]|\{\{(.+?)\}\}", re.S)
HAN_RE = re.compile(r"[\u3400-\u9fff]")
TITLES = {"Mr", "Mrs", "Ms", "Miss", "Mdm", "Dr", "Prof", "Sister", "Nurse", "Father", "Rev", "Pt"}
PARTICLES = {"bin", "binti", "bte", "a/l", "a/p", "s/o", "d/o", "van", "der", "den", "de", "la", "del", "da", "von"}
DOUBLE_SURNAMES = (
    "欧阳",
    "歐陽",
    "司马",
    "司馬",
    "上官",
    "诸葛",
    "諸葛",
    "皇甫",
    "司徒",
    "端木",
    "令狐",
    "慕容",
    "公孙",
    "夏侯",
    "尉迟",
    "东方",
    "長孫",
    "长孙",
    "宇文",
)


def default_parts(kind, text):
    if kind in ("ID", "MRN", "DOB"):
        return [text]
    if kind == "EMAIL":
        return [text.split("@")[0]]
    if kind == "PHONE":
        s = re.sub(r"^(\+|00)\d{1,3}[\s-]*(\(0\)\s*)?", "", text.strip())
        s = re.sub(r"^[(（]\d{1,4}[)）]\s*", "", s)
        s = re.sub(r"\s*(转|分机|ext\.?|Ext\.?|x)\s*\d+$", "", s)
        return [s]
    if kind == "NAME":
        if HAN_RE.search(text) and not re.search(r"[A-Za-z]", text):
            if "某" in text or len(text) == 1:
                return [text]
            if text[:2] in DOUBLE_SURNAMES:
                given = text[2:]
                return [text] + ([given] if len(given) >= 2 else [])
            assert len(text) in (2, 3), ("give explicit parts for hanzi name", text)
            return [text] if len(text) == 2 else [text, text[1:]]
        assert not HAN_RE.search(text), ("give explicit parts for mixed-script name", text)
        toks = [t.strip(".") for t in re.split(r"[\s,]+", text)]
        toks = [t for t in toks if len(t) > 1 and t not in TITLES and t.lower() not in PARTICLES]
        assert toks, text
        return toks
    raise ValueError("give explicit parts for %s %r" % (kind, text))


ROWS = []


def _add(lang, style, turns):
    assert style in STYLE_DESC, style
    assert 1 <= len(turns) <= 4, turns
    ROWS.append((lang, style, [t.strip("\n") for t in turns]))


def Z(style, *turns):
    _add("zh", style, turns)


def M(style, *turns):
    _add("mixed", style, turns)


def E(style, *turns):
    _add("en", style, turns)


def parse_turn(raw, spans, protect):
    out, pos = [], 0
    for m in MARK_RE.finditer(raw):
        out.append(raw[pos : m.start()])
        if m.group(1):
            kind = m.group(1)
            bits = m.group(2).split("|")
            text, parts = bits[0], bits[1:]
            if "<" in text:
                assert kind in ("ID", "MRN"), text
                text = fill_check(text)
            assert all("<" not in p for p in parts), parts
            parts = parts or default_parts(kind, text)
            spans.append((kind, text, parts))
            out.append(text)
        else:
            protect.append(m.group(3))
            out.append(m.group(3))
        pos = m.end()
    out.append(raw[pos:])
    s = "".join(out)
    for junk in ("[[", "]]", "{{", "}}"):
        assert junk not in s, ("markup left", s[:80])
    return s


# ---------------------------------------------------------------------------
# Searching and checks
# ---------------------------------------------------------------------------
def find_all(text, needle, words=False):
    """all occurrences; Latin needles case-insensitively (whole word if words)"""
    if re.search(r"[A-Za-z]", needle):
        pat = re.escape(needle)
        if words:
            pat = r"(?<![A-Za-z0-9])" + pat + r"(?![A-Za-z0-9])"
        return [(m.start(), m.end()) for m in re.finditer(pat, text, re.I)]
    out, i = [], text.find(needle)
    while i != -1:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return out


def part_hits(text, part):
    short_latin = bool(re.fullmatch(r"[A-Za-z'\-]{1,3}", part))
    return find_all(text, part, words=short_latin)


def inside(iv, ivs):
    return any(a <= iv[0] and iv[1] <= b for a, b in ivs)


def overlaps(iv, ivs):
    return any(iv[0] < b and a < iv[1] for a, b in ivs)


ID_OTHER = [
    r"[A-Z]{1,2}\d{7,8}",  # passports
    r"[A-Z]\d{7}[A-Z]",  # Malaysian / Indian style passports (A12345678 / K1234567L)
    r"[A-Z]{5}\d{4}[A-Z]",  # Indian PAN
]


def mykad_valid(text):
    m = re.fullmatch(r"(\d{2})(\d{2})(\d{2})-?(\d{2})-?(\d{4})", text)
    if not m:
        return False
    yy, mm, dd = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return valid_date(1900 + yy, mm, dd) or valid_date(2000 + yy, mm, dd)


def id_scheme(text):
    d = re.sub(r"[\s-]", "", text)
    if re.fullmatch(r"\d{17}[\dX]", d):
        return "resident ID", gb_valid(text)
    if re.fullmatch(r"[A-Z]{1,2}\s?\d{6}\s?\([0-9A]\)", text):
        return "HK ID", hk_valid(text)
    if re.fullmatch(r"[A-Z][12]\d{8}", text):
        return "TW ID", tw_valid(text)
    if re.fullmatch(r"[STFG]\d{7}[A-Z]", text):
        return "NRIC / FIN", nric_valid(text)
    if re.fullmatch(r"\d{6}-\d{2}-\d{4}", text):
        return "MyKad", mykad_valid(text)
    if re.fullmatch(r"\d{4} \d{4} \d{4}", text):
        return "Aadhaar", aadhaar_valid(text)
    if re.fullmatch(r"\d{13}", d):
        return "SA ID", sa_valid(text)
    if re.fullmatch(r"\d{7}[A-W]W?", text):
        return "PPS", pps_valid(text)
    if re.fullmatch(r"\d{3}[ -]?\d{3}[ -]?\d{3}", text):
        return "SIN", luhn_valid(d)
    if any(re.fullmatch(p, text) for p in ID_OTHER):
        return "passport / other", True
    return "unknown", False


def mrn_scheme(text, turns):
    blob = " ".join(turns)
    d = re.sub(r"[\s/-]", "", text)
    if "NHI" in blob and re.fullmatch(r"[A-HJ-NP-Z]{3}\d{4}", text):
        return "NHI", nhi_valid(text)
    if "IHI" in blob and re.fullmatch(r"\d{16}", d):
        return "IHI", d.startswith("800360") and luhn_valid(d)
    if "Medicare" in blob and re.fullmatch(r"[2-6]\d{9,10}", d):
        return "Medicare", medicare_valid(text)
    if re.search(r"OHIP|Ontario|health card", blob, re.I) and re.fullmatch(
        r"\d{4}[ -]?\d{3}[ -]?\d{3}([ -]?[A-Z]{2})?", text
    ):
        return "Ontario HCN", luhn_valid(d[:10])
    return None, True


def subtype(kind, text, turns=()):
    if kind == "ADDRESS":
        if re.search(
            r"九龍|九龙|香港|新界|邨|Kowloon|Hong Kong|New Territories|沙田|屯門|屯门|將軍澳|觀塘|Tsuen Wan|Sha Tin|Tuen Mun|Quarry Bay|Pok Fu Lam|Shau Kei Wan|Kwai Chung|Tai Kok Tsui",
            text,
        ):
            return "HK"
        if "號" in text or re.search(r"臺|台北|台中|台南|高雄|新北|桃園", text):
            return "TW"
        if re.search(r"Singapore|#\d", text):
            return "SG"
        if re.search(r"Jalan|Selangor|Johor|Penang|Pulau Pinang|Kuala Lumpur|Perak|Sabah|Sarawak|Melaka|Kedah", text):
            return "MY"
        if re.search(r"\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b", text):
            return "CA"
        if re.search(r"\b[A-Z]\d{2}[ ]?[A-Z0-9]{4}\b|Co\. |County ", text):
            return "IE"
        if re.search(r"\b(NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\b", text):
            return "AU"
        if re.search(
            r"Nagar|Layout|Bengaluru|Mumbai|Chennai|Pune|Hyderabad|Delhi|Kolkata|Kochi|Road, .* \d{6}|\d{3} ?\d{3}$",
            text,
        ):
            return "IN"
        if re.search(
            r"Auckland|Wellington|Christchurch|Hamilton|Dunedin|Tauranga|RD \d|Palmerston|Rotorua|Porirua|Lower Hutt|Napier|Whangārei|Whangarei",
            text,
        ):
            return "NZ"
        if re.search(
            r"Cape Town|Johannesburg|Durban|Pretoria|Soweto|Gqeberha|Khayelitsha|Gauteng|KwaZulu|Erf|Stand|Umlazi|Mitchells Plain|Bloemfontein",
            text,
        ):
            return "ZA"
        if not HAN_RE.search(text):
            return "en other"
        return "cn"
    if kind == "DOB":
        if HAN_RE.search(text):
            return "zh"
        if re.search(r"[A-Za-z]", text):
            return "en words"
        return "numeric"
    if kind == "PHONE":
        if text.startswith("+") or text.startswith("00"):
            return "international"
        if re.match(r"^[(（]", text):
            return "area code in brackets"
        return "local"
    if kind == "ID":
        return id_scheme(text)[0]
    if kind == "MRN":
        sch = mrn_scheme(text, turns)[0]
        if sch:
            return sch
        if re.search(r"[A-Za-z]", text):
            return "with letters"
        if re.search(r"[\s/-]", text):
            return "grouped digits"
        return "digits"
    if kind == "NAME":
        if HAN_RE.search(text) and re.search(r"[A-Za-z]", text):
            return "mixed-script"
        if HAN_RE.search(text):
            return "hanzi"
        return "Latin"
    return "e-mail"


SENT_RE = re.compile(r"[。！？!?\n；;]|(?<=[.])\s")


def sentences(turns):
    out = []
    for t in turns:
        for s in SENT_RE.split(t):
            s = s.strip()
            if len(s) >= 14:
                out.append(s)
    return out


def build(lang, style, raw_turns):
    raw_spans, protect = [], []
    turns = [parse_turn(t, raw_spans, protect) for t in raw_turns]
    spans = OrderedDict()
    for kind, text, parts in raw_spans:
        k = (kind, text)
        spans.setdefault(k, {"kind": kind, "text": text, "parts": []})
        for p in parts:
            if p not in spans[k]["parts"]:
                spans[k]["parts"].append(p)
    prot = list(OrderedDict.fromkeys(protect))
    if spans:
        seen = OrderedDict()
        for sp in spans.values():
            seen.setdefault(sp["kind"], [])
            st = subtype(sp["kind"], sp["text"], turns)
            if st not in seen[sp["kind"]]:
                seen[sp["kind"]].append(st)
        source = "%s -- %s" % (STYLE_DESC[style], "; ".join("%s: %s" % (k, ", ".join(v)) for k, v in seen.items()))
    else:
        source = "none"
    return OrderedDict(
        [
            ("id", None),
            ("lang", lang),
            ("style", style),
            ("source", source),
            ("turns", turns),
            ("spans", list(spans.values())),
            ("protect", prot),
        ]
    )


def verify(obj):
    """independent re-check of a finished row (uses only the JSON object)"""
    rid, turns = obj["id"], obj["turns"]
    assert 1 <= len(turns) <= 4 and all(isinstance(t, str) and t for t in turns), rid
    ivs = [[] for _ in turns]
    for sp in obj["spans"]:
        assert sp["kind"] in KINDS, sp
        assert sp["parts"] and sp["text"].strip() == sp["text"], (rid, sp)
        occ = [(ti, iv) for ti, t in enumerate(turns) for iv in find_all(t, sp["text"])]
        assert occ, (rid, "span text missing", sp["text"])
        for ti, iv in occ:
            ivs[ti].append(iv)
        for p in sp["parts"]:
            assert p and p.lower() in sp["text"].lower(), (rid, "part not in span", p)
        if sp["kind"] == "ID":
            sch, ok = id_scheme(sp["text"])
            assert ok, (rid, "bad ID / check digit", sch, sp["text"])
        if sp["kind"] == "MRN":
            sch, ok = mrn_scheme(sp["text"], turns)
            assert ok, (rid, "bad health number / check digit", sch, sp["text"])
    for sp in obj["spans"]:
        for p in sp["parts"]:
            for ti, t in enumerate(turns):
                for iv in part_hits(t, p):
                    assert inside(iv, ivs[ti]), (rid, "part occurs outside spans", sp["kind"], p)
    for pr in obj["protect"]:
        hits = [(ti, iv) for ti, t in enumerate(turns) for iv in find_all(t, pr)]
        assert hits, (rid, "protect missing", pr)
        for ti, iv in hits:
            assert not overlaps(iv, ivs[ti]), (rid, "protect overlaps a span", pr)
        for sp in obj["spans"]:
            assert pr.lower() not in sp["text"].lower(), (rid, "protect inside span text", pr)
    if not obj["spans"]:
        assert obj["source"] == "none" and len(obj["protect"]) >= 2, (rid, "PHI-free row needs 2 protects")


# ===========================================================================
# ROWS -- written by hand, one text per row
# ===========================================================================
# ---------------------------------------------------------------------------
# zh rows with PHI -- hanzi names in narrative, without a cue before them
# ---------------------------------------------------------------------------
Z(
    "outpatient_dialogue",
    "医生您好，我替我爸问一下。[[NAME:张国栋]]上周体检查出来{{空腹血糖}}7.8，他自己说没什么感觉，还天天喝甜饮料，要不要马上吃药？",
    "空腹血糖7.8 mmol/L已经超过诊断切点，建议先复查一次并加查{{糖化血红蛋白}}，同时停掉含糖饮料，再到内分泌科评估是否需要用药。",
)
Z(
    "family_meeting_notes",
    "家庭会议记录（12床）\n到场：主治医生、责任护士、长子[[NAME:邝志远]]、次女[[NAME:邝美华]]\n[[NAME:志远]]表示希望继续积极治疗，[[NAME:美华]]倾向于转入{{安宁疗护}}，两人意见暂未统一，约定三天后再议。",
)
Z(
    "nursing_handover",
    "交班：15床心衰，今晨体重较昨日增加1.2 kg，已报告{{值班医生}}。[[NAME:蔺文博]]（住院号[[MRN:0021387]]）夜间端坐呼吸两次，{{呋塞米}}20 mg静推后缓解，尿量约900 ml。明早抽血复查电解质。",
)
Z(
    "chat_message",
    "[[NAME:闫秀英]]这两天说话有点含糊，右手拿筷子也不稳，她是我婆婆，今年七十八。能不能等周一门诊再看？",
    "说话含糊加一侧手无力要警惕脑卒中，不建议等到周一。请立即拨打{{120}}或去有卒中中心的医院急诊，并记下症状最早出现的时间。",
)
Z(
    "chat_message",
    "[[NAME:郜建军]]昨天下午在工地摔了一跤，当时没当回事，今早左膝肿得像馒头，走路一瘸一拐的。我是他工友，需要去拍片吗？",
    "膝关节外伤后明显肿胀、负重困难，应当尽快拍X线片排除骨折，必要时做磁共振看韧带和半月板。就诊前先冰敷、抬高患肢，避免继续负重。",
)
Z(
    "phone_followup",
    "术后第7天电话随访：拨打[[PHONE:13870264159]]，接通后由[[NAME:禚红霞]]本人接听，诉切口无红肿渗液，已按时服用{{阿司匹林}}，偶有{{胸闷}}。已提醒下周二来院复查心电图。",
)
Z(
    "discharge_summary",
    "出院记录\n住院号：[[MRN:ZY0048213]]\n[[NAME:逯春生]]，男，67岁，因“反复胸闷3年，加重1天”于{{2024年3月4日}}入院，诊断{{冠状动脉粥样硬化性心脏病}}，行PCI术，恢复良好，{{3月11日}}出院。",
)
Z(
    "psych_note",
    "来访者自述与丈夫[[NAME:厍明辉]]长期争吵，近两周入睡困难、早醒，食欲下降。[[NAME:明辉]]不同意她来做心理咨询，认为“想开点就好了”。{{PHQ-9}}评分16分。",
)
Z(
    "social_work_note",
    "社工访视：患儿由母亲[[NAME:韦丽娟]]独自照顾，父亲[[NAME:覃海]]在东莞打工，每月寄回约三千元。已协助家庭申请{{大病救助}}，并链接了{{慈善基金}}。",
)
Z(
    "chat_message",
    "我们社区有对老夫妻，[[NAME:王建国]]和[[NAME:刘红梅]]，都签约了家庭医生。[[NAME:红梅]]阿姨血压老是一百六七十，她说降压药吃了头晕就自己停了，这种情况怎么劝？",
    "可以先了解她头晕出现的时间和血压数值，头晕可能与降压过快有关，应由医生调整方案，而不是自行停药。建议陪她一起复诊并做家庭血压记录。",
)
Z(
    "outpatient_dialogue",
    "医生：谁是家属？\n家属：我是，[[NAME:李春燕]]是我姐。她从{{上周五}}开始发烧，今天{{高烧}}到39度5。\n医生：有没有咳嗽、尿频尿痛？",
)
Z(
    "ward_round",
    "查房：[[NAME:陈平安]]（病案号[[MRN:317826]]）术后第3天，体温正常，引流量30 ml，淡血性。主任指示明日拔除引流管，下床活动，复查{{血常规}}。",
)
Z(
    "chat_message",
    "[[NAME:周小雨]]今年读高二，最近月经两个月没来了，体重掉了八斤，每天只吃一个苹果。我是她班主任，家长不太当回事，我该怎么沟通？",
    "青少年短期内明显消瘦并停经，需要警惕进食障碍，也要排除内分泌等问题。建议您以关心而非指责的方式与家长沟通，尽快带孩子到儿少精神科或青春期门诊就诊。",
)
Z(
    "family_meeting_notes",
    "病情沟通记录：向患者之子[[NAME:张伟明]]交代病情，{{肝功能}}持续恶化，需考虑{{人工肝}}治疗，费用较高。[[NAME:伟明]]说要回去和两个姐姐商量，明天上午答复。",
)
Z(
    "nursing_handover",
    "夜班交接：22床{{糖尿病酮症}}，胰岛素泵维持中，凌晨2点血糖13.4。已电话通知了[[NAME:晏立新]]（[[PHONE:139 7315 2086]]），说明天一早从外地赶回来。患者本人情绪稳定。",
)
Z(
    "ward_round",
    "主任查房后交代：病理报告出来后先交给[[NAME:赵敏]]，由她统一转告家里其他人，不要在病房里当面讨论。患者尚不知道{{活检}}结果。",
)
Z(
    "social_work_note",
    "个案记录：老人独居，子女三人——[[NAME:亓凤琴]]、[[NAME:亓凤玲]]、[[NAME:亓振华]]，均在外地。今日联系[[NAME:振华]]，同意每月轮流回来一周，并为老人安装{{一键呼叫}}设备。",
)
Z(
    "chat_message",
    "[[NAME:王芳]]她妈上个月查出{{乳腺结节}}4a类，医生让穿刺，她妈怕得不行，一直拖着。4a类是不是癌的可能性很大？",
    "BI-RADS 4a类提示恶性可能较低（约2%—10%），但仍建议按医生意见做穿刺活检明确性质。拖延会增加不确定性，可以陪她一起和医生谈谈穿刺的过程和风险。",
)
Z(
    "outpatient_dialogue",
    "患者：大夫，这是我们村[[NAME:张三]]的父亲，八十多了，耳朵背，我帮他说。\n医生：好，老人家哪里不舒服？\n患者：这半年老是便秘，三四天一次，肚子胀。",
)
Z(
    "chat_message",
    "[[NAME:佘海涛]]说他喝了点酒以后心跳特别快，一分钟一百四，测了三次都是这样，过了两小时自己好了。这要紧吗？我是他爱人。",
    "饮酒后出现阵发性心动过速并不少见，但心率达到每分钟140次、反复发生时，需要排查{{房颤}}等心律失常。建议做动态心电图，发作时尽量到医院留下心电图记录。",
)
Z(
    "phone_followup",
    "随访员：您好，这里是社区卫生服务中心，请问[[PHONE:0731-84562197]]是[[NAME:鄢桂芝]]家吗？\n对方：是的，我是她儿子。\n随访员：老人出院后{{华法林}}按时吃了吗？上周的INR是多少？\n对方：吃了，INR是2.3。",
)
Z(
    "family_meeting_notes",
    "谈话要点：患者女儿[[NAME:靳雪梅]]问，如果不插管，老人还能撑多久？医生解释预后难以精确估计。[[NAME:雪梅]]讲她父亲以前说过“不想受罪”，家属倾向{{不插管}}，已签署相关告知书。",
)
Z(
    "chat_message",
    "邻居[[NAME:麴德胜]]家的狗今天把我咬了，破皮出血，狗打过疫苗的，我还要打{{狂犬疫苗}}吗？",
    "皮肤破损出血属于Ⅲ级暴露，即使狗已免疫，一般也建议尽快彻底冲洗伤口并接种狂犬病疫苗，必要时注射狂犬病免疫球蛋白。请尽快到犬伤门诊处理。",
)
Z(
    "psych_note",
    "会谈记录：患者称“[[NAME:甯思远]]是我唯一的朋友，他搬走以后我什么都不想做”。否认自伤计划，睡眠差。已与其母亲商定每周复诊，继续{{舍曲林}}50 mg。",
)
Z(
    "discharge_summary",
    "出院医嘱：1. {{低盐低脂饮食}}；2. 继续服用{{阿托伐他汀}}20 mg每晚一次；3. 两周后心内科门诊复诊。\n出院时由[[NAME:訾晓光]]、[[NAME:訾晓玲]]兄妹陪同离院。\n住院号：[[MRN:2024-036615]]",
)
Z(
    "outpatient_dialogue",
    "医生：孩子叫什么？\n家长：[[NAME:芮一诺]]，一诺。\n医生：[[NAME:一诺]]这次咳嗽几天了？\n家长：五天了，晚上咳得厉害，{{白细胞}}查出来是正常的。",
)
Z(
    "ward_round",
    "病例讨论：[[NAME:张某某]]，女，45岁，{{系统性红斑狼疮}}。讨论中提到其姐姐[[NAME:冼慧珊]]亦有类似病史，建议完善家族史采集。",
)
# --- zh: chat logs with speaker labels ---------------------------------------
Z(
    "wechat_group",
    "“相亲相爱一家人”群聊记录\n[[NAME:刘芳]]：妈今天量血压150/95，吃了药还这么高\n[[NAME:刘建平]]：是不是{{氨氯地平}}忘吃了\n[[NAME:刘芳]]：没忘，早上我看着吃的\n[[NAME:建平]]：那周末带去医院调药吧",
    "家庭血压150/95 mmHg仍偏高，如果连续多天都在这个水平，确实需要复诊调整方案。就诊时带上一周的血压记录和正在吃的药。",
)
Z(
    "wechat_group",
    "[[NAME:汤子涵]]：宝宝今天拉了五次，稀水样的\n[[NAME:谷宇航]]：精神怎么样？尿多不多？\n[[NAME:汤子涵]]：精神还行，尿布比平时轻\n[[NAME:谷宇航]]：那先喂{{口服补液盐}}，晚上还这样就去急诊",
)
Z(
    "wechat_group",
    "【3病区护理群】\n护士长：明天{{周末}}排班已发群里，请核对\n[[NAME:巩丽萍]]：收到\n[[NAME:伍嘉欣]]：收到，我周日白班\n[[NAME:巩丽萍]]：28床家属问能不能陪护两人，按规定只能一人吧？",
)
Z(
    "wechat_group",
    "业主群转发：\n[[NAME:阚文杰]]：谁家有{{布洛芬}}混悬液？孩子烧到39度，药店关门了\n[[NAME:滕淑华]]：我有一瓶没开封的，8栋楼下等你\n[[NAME:阚文杰]]：太感谢了！",
    "给孩子使用布洛芬前请核对说明书上的年龄和体重剂量，两次用药间隔至少6小时，24小时不超过4次。若持续高热、精神差或抽搐，请及时就医。",
)
Z(
    "wechat_group",
    "医生群讨论：\n[[NAME:黎振宇]]：12床的{{肌钙蛋白}}动态升高，考虑NSTEMI\n[[NAME:褚晓峰]]：造影排在明早第一台\n[[NAME:黎振宇]]：家属签字我来谈\n[[NAME:褚晓峰]]：好，{{肝素}}先用上",
)
Z(
    "wechat_group",
    "[[NAME:邢雅琪]]：姐，你上次说的那个中医叫啥来着\n[[NAME:邢雅婷]]：在{{同仁堂}}坐诊的，周三上午\n[[NAME:邢雅琪]]：好嘞，我这个湿疹反反复复快一年了",
)
Z(
    "chat_message",
    "下面是我和我妈的聊天，帮我看看她说的症状要不要紧：\n妈：今天腿又肿了，按下去一个坑\n我：哪条腿？\n妈：两条都有，你爸[[NAME:蓝国庆]]说是坐久了\n我：明天我请假陪你去医院",
    "双下肢凹陷性水肿需要查找原因，常见的有心功能不全、肾脏疾病、低蛋白血症、静脉回流障碍或某些药物副作用。陪妈妈就诊时，记录她的尿量、体重变化和用药清单。",
)
Z(
    "wechat_group",
    "课题组群：\n[[NAME:宁子墨]]：入组第32例的随访表谁有？\n[[NAME:井一鸣]]：我这，{{明天}}上传\n[[NAME:宁子墨]]：记得把受试者姓名栏抹掉只留编号",
)
Z(
    "wechat_group",
    "[[NAME:龚秋月]]：爸的CT报告出来了，写着“{{陈旧性}}腔隙性脑梗死”\n[[NAME:龚海波]]：陈旧性是不是说以前的？\n[[NAME:龚秋月]]：应该是，医生说不用住院",
    "“陈旧性腔隙性脑梗死”指的是过去发生过的小面积脑梗死，目前已经不是急性期。它提示脑血管病的危险因素需要长期管理，比如血压、血糖、血脂和戒烟。",
)
Z(
    "wechat_group",
    "透析患者互助群\n[[NAME:关德明]]：今天{{血钾}}5.9，医生让我少吃香蕉\n[[NAME:卓丽君]]：我上次6.2，还加了一次透析\n[[NAME:关德明]]：土豆也要少吃吗\n[[NAME:卓丽君]]：要焯水，我们护士是这么讲的",
)
Z(
    "chat_message",
    "截图文字：\n小区物业 [[NAME:房志勇]]：业主您好，您家老人今天在电梯里晕倒，已叫{{120}}\n我：人现在在哪个医院？\n小区物业 [[NAME:房志勇]]：跟车去的{{市一院}}急诊",
)
Z(
    "wechat_group",
    "[[NAME:米晓彤]]：孩子的{{疫苗本}}找不到了怎么办\n[[NAME:毛佳怡]]：去社区医院补打印一份就行\n[[NAME:米晓彤]]：要带什么\n[[NAME:毛佳怡]]：户口本和孩子出生证明",
)
# --- zh: signatures, sign-offs, forms and tables ------------------------------
Z(
    "referral_letter",
    "转诊单\n患者因{{反复咯血}}，胸部CT示右上肺空洞，当地无支气管镜条件，特转上级医院进一步诊治。门诊号：[[MRN:MZ2024041802]]\n此致\n敬礼！\n\n经治医生：[[NAME:厍永利]]\n{{2024年4月18日}}",
)
Z(
    "nursing_handover",
    "护理记录：患者今日自行如厕一次，未诉不适，{{跌倒风险}}评分45分，已落实防跌倒措施，床栏已上。\n住院号：[[MRN:00392718]]\n记录人：[[NAME:俞婉婷]]    审核：护士长",
)
Z(
    "consent_form",
    "手术知情同意书（节选）\n拟行手术：{{腹腔镜胆囊切除术}}\n患者签名：[[NAME:郝春来]]\n委托人签名：[[NAME:郝丽丽]]    与患者关系：女儿\n联系电话：[[PHONE:139 0471 2856]]\n谈话医生签名：[[NAME:诸葛明远]]",
)
Z(
    "registration_form",
    "门诊建档信息\n姓名：[[NAME:欧阳晓峰]]\n性别：男\n出生日期：[[DOB:1979年5月23日]]\n身份证号：[[ID:41010219790523461<gb>]]\n手机：[[PHONE:18638257104]]\n过敏史：{{青霉素}}",
)
Z(
    "table_record",
    "| 姓名 | 床号 | 诊断 | 责任护士 |\n|---|---|---|---|\n| [[NAME:司马云飞]] | {{7床}} | 肺炎 | [[NAME:苏婷]] |\n| [[NAME:上官婉清]] | {{8床}} | {{慢阻肺急性加重}} | [[NAME:苏婷]] |\n| [[NAME:皇甫志刚]] | {{11床}} | 气胸 | [[NAME:窦雨欣]] |",
)
Z(
    "discharge_summary",
    "出院小结（第2页）\n……复查血常规、肝肾功能正常，予以出院。\n主治医师：[[NAME:皮德全]]    住院医师：[[NAME:鲁思琪]]\n住院号：[[MRN:2024018836]]",
)
Z(
    "table_record",
    "职工体检异常结果汇总（部门内部）\n姓名\t工号\t出生日期\t异常项目\n[[NAME:冉昊天]]\t{{A0318}}\t[[DOB:1984-02-09]]\t{{转氨酶}}升高\n[[NAME:洪小芸]]\t{{A0427}}\t[[DOB:1991-10-30]]\t甲状腺结节\n[[NAME:来福生]]\t{{A0512}}\t[[DOB:1976-06-18]]\t{{尿酸}}偏高",
)
Z(
    "consent_form",
    "授权委托书\n本人[[NAME:逄玉珍]]，因年老听力差，委托我儿[[NAME:逄海军]]（身份证号[[ID:37028319650811203<gb>]]）代为签署本次住院期间的各项医疗文书。\n委托人：[[NAME:逄玉珍]]（按手印）\n{{二〇二四年六月三日}}",
)
Z(
    "referral_letter",
    "会诊意见：考虑{{桥本甲状腺炎}}合并亚临床甲减，建议左甲状腺素钠片25 μg起始，6周后复查TSH。\n被会诊患者住院号：[[MRN:1183905]]\n会诊医师：[[NAME:仲伟杰]]\n内分泌科",
)
Z(
    "registration_form",
    "住院登记\n患者：[[NAME:端木清扬]]    年龄：{{34岁}}\n联系人：[[NAME:端木荣]]（父）\n联系人电话：[[PHONE:0571-86703529]]\n家庭住址：[[ADDRESS:杭州市拱墅区大关路218号3幢1单元502室|大关路218号|3幢1单元502室]]",
)
Z(
    "pharmacy_note",
    "处方审核记录：{{头孢曲松}}与含钙溶液同时静滴，存在配伍禁忌，已电话告知开方医生，改为分开输注并冲管。\n审方药师：[[NAME:符晓川]]\n复核：[[NAME:丘美玲]]",
)
Z(
    "table_record",
    "陪护人员登记表\n序号 | 陪护人 | 联系方式 | 被陪护患者\n1 | [[NAME:葛春花]] | [[PHONE:15271903648]] | 16床\n2 | [[NAME:容志强]] | [[PHONE:13507286419]] | 21床\n备注：陪护证每人一张，遗失补办需{{护士长}}签字。",
)
Z(
    "ocr_text",
    "检 验 报 告 单\n姓 名：[[NAME:柏 玉 兰|柏 玉 兰|玉 兰]]   性别：女   年龄：{{61岁}}\n病 历 号：[[MRN:M00472615]]\n项目    结果    参考范围\n{{白细胞}}  3.1  3.5-9.5\n报告医师：[[NAME:隋 志 斌|隋 志 斌|志 斌]]",
)
Z(
    "insurance_claim",
    "理赔申请书\n被保险人：[[NAME:令狐文轩]]\n身份证号：[[ID:22010419830927581<gb>]]\n出险原因：{{急性阑尾炎}}住院手术\n申请人：[[NAME:令狐佳]]（配偶）\n开户名：[[NAME:令狐佳]]\n开户行：{{工商银行}}\n申请人电话：[[PHONE:17743160925]]",
)
Z(
    "discharge_summary",
    "死亡记录\n住院号：[[MRN:ZY2024-00917]]\n患者于{{2024-02-17}} 03:42经抢救无效临床死亡。死亡原因：{{多器官功能衰竭}}。已向患者之夫[[NAME:蒯永胜]]、之子[[NAME:蒯晨]]告知，家属表示理解。\n记录医师：[[NAME:慕容雪]]",
)
Z(
    "registration_form",
    "新生儿出院信息\n母亲姓名：[[NAME:晁佳琳]]\n新生儿：男，{{出生体重}}3350 g\n{{Apgar评分}}：9-10分\n家长联系电话：[[PHONE:186 2904 7715]]\n随访护士：[[NAME:瞿文静]]",
)
# --- zh: children, 小名 / 乳名 -------------------------------------------------
Z(
    "pediatric_note",
    "儿保记录：[[NAME:贺子轩]]，小名[[NAME:豆豆]]，{{18月龄}}（[[DOB:2022年11月6日]]出生），会叫爸爸妈妈，能独走，尚不会说短句。[[NAME:豆豆]]妈妈担心语言发育落后，建议3个月后复评，必要时转{{儿童保健科}}语言评估。",
)
Z(
    "chat_message",
    "[[NAME:乐乐]]今天打完{{百白破}}疫苗，晚上哭闹，大腿打针的地方有个硬块，有点红，体温37.8。要不要紧？",
    "接种后局部红肿、硬结和低热都是常见反应，一般2—3天消退。可以多喂水、观察精神状态；若体温超过38.5℃、红肿范围超过5厘米或孩子精神差，请及时就医并告知接种单位。",
)
Z(
    "pediatric_note",
    "门诊病历（门诊号[[MRN:E0731552]]）：患儿[[NAME:甘思彤]]，女，{{5岁}}，发热2天伴皮疹，手足及口腔可见疱疹，考虑{{手足口病}}。嘱居家隔离，[[NAME:思彤]]所在幼儿园大班需报告。",
)
Z(
    "wechat_group",
    "幼儿园小二班家长群\n老师：今天[[NAME:糖糖]]和[[NAME:米粒]]午睡后有点发烧，已通知家长接回\n[[NAME:米粒]]妈妈：收到，马上到\n老师：请大家留意孩子体温，近期{{流感}}较多",
)
Z(
    "pediatric_note",
    "新生儿科交班：[[NAME:尚婷]]之子，胎龄{{35+2周}}，出生后{{黄疸}}进展快，经皮胆红素15.6，已开始{{蓝光治疗}}。母亲[[NAME:尚婷]]产后第2天，母乳量少。母亲住院号[[MRN:CK24-1906]]。",
)
Z(
    "chat_message",
    "我家闺女[[NAME:苗苗]]三岁半，最近晚上睡觉老磨牙，还总说肚子疼，奶奶说是有虫子，要吃打虫药吗？",
    "磨牙和腹痛不一定是寄生虫引起。是否驱虫可先做大便常规找虫卵，或咨询儿科医生后决定。同时注意孩子的饮食、排便情况和睡前情绪，必要时到儿科门诊检查。",
)
Z(
    "pediatric_note",
    "生长发育评估：[[NAME:钭宇辰]]，男，{{7岁2月}}（生日[[DOB:2017.3.14]]），身高114 cm（<P3），骨龄5.5岁，父亲[[NAME:钭建明]]身高168 cm，母亲[[NAME:危小梅]]155 cm。建议行{{生长激素激发试验}}。",
)
Z(
    "outpatient_dialogue",
    "医生：宝宝叫什么名字？\n妈妈：大名[[NAME:包诗涵]]，在家叫她[[NAME:小鱼儿|小鱼儿]]。\n医生：[[NAME:小鱼儿|小鱼儿]]，张嘴让阿姨看看……扁桃体{{二度}}肿大，有脓点。",
)
Z(
    "pediatric_note",
    "儿童{{哮喘}}随访：[[NAME:池浩然]]近一月夜间咳醒2次，运动后气喘，使用{{沙丁胺醇}}每周3次，提示控制不佳，调整为吸入激素加长效β2激动剂，4周后复诊。家长手机：[[PHONE:15807126643]]。",
)
Z(
    "chat_message",
    "两个孩子一起发烧了，老大[[NAME:聂天佑]]八岁，老二[[NAME:聂天赐]]三岁，布洛芬能按一样的量吃吗？",
    "不能按同样的量服用。布洛芬按体重计算，一般每次5—10 mg/kg，两次间隔至少6小时。请分别称体重、按药品说明书或医生建议给药，三岁的孩子尤其要用带刻度的量具。",
)
# --- zh: Traditional rows, Hong Kong and Taiwan -------------------------------
Z(
    "hk_clinic",
    "診所記錄：陳李美玲女士（HN[[MRN:HN19384756]]），{{覆診}}。\n[[NAME:陳李美玲|陳李美玲|美玲]]自述近日頭暈，量血壓165/98，{{降壓藥}}已食完兩日。已處方一個月份量，並轉介{{普通科門診}}跟進。",
)
Z(
    "hk_clinic",
    "[[NAME:黃小明]]話佢阿爸[[NAME:黃志偉]]琴晚跌親，而家行路拐吓拐吓，想問使唔使去急症室？",
    "長者跌倒後行路困難，要排除髖關節骨折，建議盡快去急症室照X光。如果痛得好犀利、隻腳變短或者向外翻，唔好自己扶佢行，可以打{{999}}叫救護車。",
)
Z(
    "hk_clinic",
    "登記資料\n姓名：[[NAME:梁嘉欣]]\n香港身份證號碼：[[ID:K614892(<hk>)]]\n聯絡電話：[[PHONE:9186 2473]]\n地址：[[ADDRESS:新界沙田禾輋邨豐和樓1214室|禾輋邨|豐和樓1214室]]",
)
Z(
    "hk_clinic",
    "護士交更：{{5A病房}}18號床，[[NAME:何國強]]今朝血糖2.9，已俾{{葡萄糖}}，半個鐘後覆檢6.4。[[NAME:何]]太話佢琴晚冇食飯就打咗胰島素，已通知{{值班醫生}}。",
)
Z(
    "tw_clinic",
    "門診紀錄：[[NAME:林志豪]]，男，{{52歲}}，主訴右上腹悶痛一週，超音波顯示{{膽結石}}。病歷號碼：[[MRN:0038127465]]。建議轉介外科評估腹腔鏡手術。",
)
Z(
    "tw_clinic",
    "家屬[[NAME:蔡淑芬]]來電詢問：父親[[NAME:蔡明德]]住院中能否使用{{健保}}給付的新型抗凝血劑。已請主治醫師回電，聯絡電話[[PHONE:0921-573-846]]。",
)
Z(
    "tw_clinic",
    "掛號資料\n姓名：[[NAME:吳宜蓁]]\n身分證字號：[[ID:F22813570<tw>]]\n出生日期：[[DOB:民國78年4月9日]]\n住址：[[ADDRESS:新北市板橋區文化路二段182巷7弄12號3樓|文化路二段182巷7弄12號3樓]]",
)
Z(
    "hk_clinic",
    "WhatsApp記錄：\n[[NAME:區詠詩]]：醫生，我阿仔[[NAME:卓軒]]今日出咗好多紅點，唔痕，冇發燒\n診所：有冇食過新藥？\n[[NAME:區詠詩]]：琴日食咗{{阿莫西林}}",
)
Z(
    "tw_clinic",
    "護理交班：7床[[NAME:鄭雅文]]（病歷號[[MRN:7719023]]）術後第一天，疼痛指數4分，已給予{{止痛藥}}。其夫[[NAME:游俊傑]]陪伴在側，詢問何時可以進食，已說明需等排氣。",
)
Z(
    "hk_clinic",
    "轉介信\n致：{{瑪麗醫院}}眼科\n病人[[NAME:馮家豪]]，出生日期[[DOB:1968年11月2日]]，{{糖尿病}}十年，近月視力模糊，眼底見出血點，請安排評估。\n{{家庭醫生}} [[NAME:岑浩賢]]",
)
Z(
    "tw_clinic",
    "社工訪視紀錄：案主[[NAME:賴美惠]]獨居於[[ADDRESS:臺中市北屯區崇德路三段455號5樓之2|崇德路三段455號5樓之2]]，女兒[[NAME:賴筱婷]]在高雄工作，每月返家一次。已申請{{居家服務}}每週三次。",
)
Z(
    "hk_clinic",
    "出院摘要（節錄）\n病人姓名：[[NAME:CHAN Tai Man|CHAN|Tai|Man]] [[NAME:陳大文]]\n住院日期：{{2024年1月8日}}至1月15日\n診斷：社區性肺炎\n聯絡人：[[NAME:陳]]太（妻子）電話 [[PHONE:6397 1420]]",
)
Z(
    "tw_clinic",
    "長照轉介單\n個案：[[NAME:邱阿滿]]，[[DOB:民國三十八年二月十四日]]生\n主要照顧者：媳婦[[NAME:阮氏紅|阮氏紅]]（越南籍配偶）\n聯絡電話：[[PHONE:(04) 2536-8817]]\n評估：{{巴氏量表}}45分，需協助沐浴及如廁。",
)
Z(
    "hk_clinic",
    "[[NAME:麥志強]]今日嚟拎{{流感疫苗}}，佢老婆[[NAME:麥鄧寶儀|麥鄧寶儀|寶儀]]上星期已經打咗。登記電話 [[PHONE:5642 8093]]，身份證 [[ID:Y382716(<hk>)]]。",
)
Z(
    "tw_clinic",
    "LINE群組\n[[NAME:詹凱文]]：阿嬤今天洗腎完血壓掉到85\n[[NAME:詹怡君]]：護理師怎麼說\n[[NAME:詹凱文]]：先躺著，下次{{脫水量}}減少\n[[NAME:詹怡君]]：我週六回{{台南}}看她",
)
Z(
    "hk_clinic",
    "電話覆診記錄\n病人：[[NAME:冼永康]]（[[MRN:HN21093847]]）\n由女兒[[NAME:冼曉晴]]代接聽，表示父親服用{{華法林}}後牙肉出血兩次。已安排明日抽血驗INR。",
)
# --- zh: names next to the other identifiers -----------------------------------
Z(
    "registration_form",
    "入院登记表\n姓名：[[NAME:秦海燕]]    性别：女\n出生日期：[[DOB:1986-09-17]]\n现住址：[[ADDRESS:江苏省苏州市工业园区星湖街328号创意产业园11栋|星湖街328号|创意产业园11栋]]\n紧急联系人：[[NAME:秦海龙]]（兄） [[PHONE:13962437185]]",
)
Z(
    "chat_message",
    "帮我婆婆挂个号，她叫[[NAME:乜玉梅]]，身份证[[ID:45092319520308252<gb>]]，挂{{风湿免疫科}}周四上午的号，能挂上吗？",
    "我无法替您完成挂号操作。您可以通过医院公众号或114预约平台，用婆婆的身份证信息自行预约。另外身份证号属于敏感信息，请尽量不要在聊天中完整发送。",
)
Z(
    "discharge_summary",
    "出院证明\n兹证明[[NAME:伏建新]]，男，住院号[[MRN:ZY20240611027]]，因“{{腰椎间盘突出症}}”于2024年6月11日至6月20日在我院骨科住院治疗。建议休息两周。",
)
Z(
    "tcm_clinic",
    "中医门诊病历  门诊号：[[MRN:ZY-MZ-771203]]\n患者[[NAME:戚素芬]]，女，62岁，{{舌淡苔白}}，脉沉细，诉畏寒肢冷、腰膝酸软。辨证：肾阳虚证。处方：{{金匮肾气丸}}加减，七剂。\n医师：[[NAME:庞怀远]]",
)
Z(
    "pharmacy_note",
    "药学门诊记录：[[NAME:倪国华]]同时服用{{华法林}}和{{云南白药}}胶囊，两者合用可能增加出血风险，已建议停用后者并告知其女儿[[NAME:倪佳]]。随访电话：[[PHONE:021-64178253]]。",
)
Z(
    "insurance_claim",
    "商业医疗险理赔材料清单\n被保险人：[[NAME:殷志鹏]]\n证件号码：[[ID:32058219880716401<gb>]]\n出生日期：[[DOB:1988年7月16日]]\n就诊医院：{{苏州大学附属第一医院}}\n银行账户名：[[NAME:殷志鹏]]",
)
Z(
    "lab_report",
    "病理检查报告\n病理号：{{P2024-07713}}\n姓名：[[NAME:巫晓霞]]  门诊号：[[MRN:MZ0093416]]\n送检标本：左乳肿块\n病理诊断：{{浸润性导管癌}}，Ⅱ级\n报告医师：[[NAME:骆文涛]]",
)
Z(
    "social_work_note",
    "困难家庭帮扶记录：[[NAME:车秀兰]]与孙子[[NAME:车小军]]同住，居住地[[ADDRESS:甘肃省定西市安定区香泉镇中庄村四社|中庄村四社]]，孙子父母外出务工。已对接{{医疗救助}}政策。",
)
Z(
    "phone_followup",
    "慢病随访：拨打[[PHONE:0931-8472653]]无人接听，改拨家属[[NAME:单国庆]]手机[[PHONE:15193152406]]，告知患者下周三到社区卫生服务中心复查{{血脂}}。",
)
Z(
    "outpatient_dialogue",
    "护士：请出示医保卡。\n患者：卡没带，我报号码，[[MRN:1101088462357]]，名字是[[NAME:濮存志]]。\n护士：好，您先去{{二楼}}缴费，再到采血窗口。",
)
Z(
    "ocr_text",
    "××县人民医院  诊 断 证 明 书\n姓名 [[NAME:侯 建 勇|侯 建 勇|建 勇]]  性别 男  年龄 46\n住址 [[ADDRESS:河北省保定市清苑区东闾乡西王庄村|西王庄村]]\n诊断：左侧{{胫骨平台骨折}}\n建议：休息三个月",
)
Z(
    "registration_form",
    "献血者登记\n姓名：[[NAME:娄思雨]]\n出生日期：[[DOB:2001.03.28]]\n手机号码：[[PHONE:178 5621 3049]]\n{{血型}}：O型 RhD阳性\n既往献血次数：3",
)
Z(
    "chat_message",
    "我妈叫[[NAME:景翠萍]]，住在[[ADDRESS:山西省晋中市榆次区顺城街锦纶小区6号楼2单元401|顺城街|锦纶小区6号楼2单元401]]，她一个人在家，最近老是忘记关煤气，这是{{老年痴呆}}吗？",
    "经常忘记关煤气可能是记忆力下降的表现，但是否为阿尔茨海默病等认知障碍，需要到神经内科或记忆门诊做认知评估后判断。在此之前，建议先给家里装燃气报警器，并安排人经常探望。",
)
Z(
    "email_message",
    "主题：转诊患者资料\n[[NAME:王]]主任您好：\n附件是[[NAME:嵇文斌]]的影像资料，患者住院号[[MRN:2023117580]]，联系电话[[PHONE:13813972604]]，{{MRI}}提示垂体微腺瘤，烦请安排门诊。\n[[NAME:卞思源]] 敬上\n[[EMAIL:bian.siyuan@zshosp-mail.cn]]",
)
Z(
    "nursing_handover",
    "急诊留观交接：无名氏男性，约60岁，路人送入，意识模糊。下午4点其家属赶到，确认身份为[[NAME:祁长顺]]，出生[[DOB:1963年10月5日]]，已补登记，{{头颅CT}}未见出血。",
)
Z(
    "table_record",
    "随访名单（{{高血压}}专项）\n姓名,出生日期,电话\n[[NAME:柯国平]],[[DOB:1955-04-02]],[[PHONE:13601871254]]\n[[NAME:宫桂兰]],[[DOB:1949-12-26]],[[PHONE:13917568042]]\n[[NAME:甄德旺]],[[DOB:1958-07-30]],[[PHONE:18917034268]]",
)
Z(
    "consent_form",
    "输血治疗同意书\n患者：[[NAME:聂红英]]  住院号：[[MRN:00861294]]\n输血成分：{{悬浮红细胞}} 2U\n患者因意识不清不能签字，由丈夫[[NAME:雷振华]]代签：[[NAME:雷振华]]\n日期：{{2024.08.09}}",
)
Z(
    "chat_message",
    "想咨询一下，我爸[[NAME:宋金宝]]出生于[[DOB:1957年1月19日]]，今年体检说{{肌酐}}偏高，这个年纪肌酐多少算正常？",
    "肌酐的正常范围因检测方法和医院而异，男性大约在57—111 μmol/L之间。老年人肌肉量下降，肌酐可能“看起来正常”但肾功能已减退，所以医生更看重估算的肾小球滤过率。建议带报告到肾内科评估。",
)
Z(
    "referral_letter",
    "双向转诊单（下转）\n患者[[NAME:水小红]]，{{脑梗死}}恢复期，生命体征平稳，转回社区卫生服务中心继续康复。\n家庭地址：[[ADDRESS:湖州市吴兴区凤凰街道青铜路66号|青铜路66号]]\n联系人：[[NAME:水建平]] [[PHONE:13857290631]]",
)
Z(
    "ward_round",
    "教学查房：[[NAME:童海洋]]，病历号[[MRN:BL-0573921]]，诊断{{肝硬化失代偿期}}，今日腹围较昨日减少2 cm。住院医师汇报时提及患者岳父[[NAME:祝长林]]也有乙肝病史，建议家属筛查。",
)
Z(
    "psych_note",
    "精神科会诊：[[NAME:吕佳琪]]，女，{{19岁}}，大一学生，因“情绪低落伴自伤2月”就诊。室友[[NAME:孔悦]]陪同，称其常在夜里哭。已建议住院，并告知辅导员[[NAME:梅志军]]，联系电话[[PHONE:18721936570]]。",
)
Z(
    "chat_message",
    "我老公[[NAME:桂林生]]前天做了胃镜，报告写“{{慢性萎缩性胃炎}}伴肠化”，他吓得睡不着，问我是不是快变成胃癌了。",
    "慢性萎缩性胃炎伴肠上皮化生属于需要随访的胃黏膜改变，多数人并不会发展为胃癌。医生通常会根据范围和程度安排1—3年复查胃镜，同时建议检测并根除幽门螺杆菌、戒烟限酒。",
)
Z(
    "family_meeting_notes",
    "出席：[[NAME:檀国良]]（患者）、[[NAME:檀丽]]（女儿）、[[NAME:檀刚]]（儿子）、肿瘤科医生、社工\n讨论：是否继续第五线化疗。[[NAME:国良]]本人表示“不想再折腾”，女儿尊重父亲意愿，儿子希望再试一次{{免疫治疗}}。",
)
Z(
    "nursing_handover",
    "白班小结：32床[[NAME:燕红军]]（住院号[[MRN:20240719044]]）下午拔除{{尿管}}，自解小便2次。其妻[[NAME:薄秀云]]反映夜里老人叫喊，已请示医生，评估为{{术后谵妄}}可能，今晚加强巡视。",
)
Z(
    "outpatient_dialogue",
    "患者：我是帮[[NAME:谈晓东]]来拿报告的，他出差了。\n医生：他本人授权了吗？有没有委托书？\n患者：有，这是委托书，我是他爱人[[NAME:艾琳]]。\n医生：好，报告显示{{甲胎蛋白}}正常。",
)
Z(
    "ward_round",
    "[[NAME:应春华]]入院第5天，{{降钙素原}}由12.6降至1.8，体温平稳，抗生素降阶梯为头孢曲松。家属[[NAME:应晓晨]]（[[PHONE:18094376251]]）问能否出院，告知至少再观察48小时。",
)
Z(
    "social_work_note",
    "面谈记录：案主[[NAME:仇永红]]，45岁，住[[ADDRESS:南昌市青山湖区湖坊镇施尧村二组|施尧村二组]]，患{{尿毒症}}需长期透析，丈夫已故，女儿[[NAME:仇思佳]]读大二。案主担心拖累女儿，有轻生念头，已转介心理科并通知[[NAME:思佳]]。",
)
Z(
    "chat_message",
    "群里[[NAME:阙华]]问：吃了{{头孢}}能喝藿香正气水吗？我也想知道。",
    "不建议。多数藿香正气水含乙醇，与部分头孢类抗生素同服可能引起双硫仑样反应，表现为面部潮红、心慌、血压下降等。停用头孢后至少7天内都应避免含酒精的药物和饮料，可以改用不含酒精的剂型。",
)
Z(
    "discharge_summary",
    "出院随访安排：患者[[NAME:沃建波]]出院后由社区家庭医生[[NAME:汲玉洁]]负责随访，联系电话[[PHONE:0574-87916325]]。出院带药：{{替格瑞洛}}90 mg bid。",
)
Z(
    "phone_followup",
    "电话回访：拨打[[PHONE:0851-85723649]]，[[NAME:夔春花]]的儿子接的电话，说他妈昨晚又喘得厉害，在家吸了{{氧气}}也不见好。已嘱立即到急诊，并通知了{{呼吸科}}值班医生。",
)
Z(
    "tcm_clinic",
    "针灸科治疗单\n姓名：[[NAME:盖玉珠]]  年龄：{{58}}\n电话：[[PHONE:136 5412 0873]]\n诊断：{{面瘫}}（周围性）\n取穴：地仓、颊车、合谷\n疗程：每周三次，共十次\n签名：[[NAME:盖玉珠]]  医师：[[NAME:储立群]]",
)
Z(
    "outpatient_dialogue",
    "医生：上次陪你来的那个小伙子呢？\n患者：你说[[NAME:荀凯]]？他是我外甥，今天上班。\n医生：好，你这个{{尿酸}}还是580，{{非布司他}}要坚持吃。",
)
Z(
    "chat_message",
    "[[NAME:贝文静]]问我：怀孕20周发现{{妊娠期糖尿病}}，是不是生出来的孩子也会有糖尿病？我是她闺蜜，帮她问问。",
    "妊娠期糖尿病一般不会让孩子出生就患糖尿病，但血糖控制不好可能导致巨大儿、新生儿低血糖等问题，孩子将来肥胖和糖代谢异常的风险也会升高。关键是规范饮食、运动和监测血糖，必要时使用胰岛素。",
)
Z(
    "registration_form",
    "门诊病历首页\n姓名 [[NAME:上官瑞]]\n性别 女   民族 汉\n出生 [[DOB:一九九二年八月八日]]\n工作单位 {{市第三中学}}\n联系电话 [[PHONE:15067138924]]",
)
Z(
    "wechat_group",
    "病友群\n[[NAME:饶美琴]]：我术后第二周就开始{{淋巴水肿}}了，手臂粗了一圈\n[[NAME:权秋菊]]：你找康复科做手法引流，我做了十次好多了\n[[NAME:饶美琴]]：哪个医院\n[[NAME:权秋菊]]：{{省肿瘤医院}}，挂淋巴水肿门诊",
)
Z(
    "psych_note",
    "心理治疗记录（第6次）：来访者提到父亲[[NAME:沙文龙]]长期酗酒，童年常目睹家暴。本次使用{{空椅子技术}}，来访者对“父亲”说出压抑多年的愤怒，情绪释放明显。",
)
Z(
    "lab_report",
    "核酸检测报告\n受检者：[[NAME:寇佳乐]]\n证件号：[[ID:61011320030219151<gb>]]\n采样时间：{{2022-11-20 09:14}}\n检测结果：阴性\n检测机构：{{第三方医学检验所}}",
)
Z(
    "insurance_claim",
    "意外险报案记录\n报案人：[[NAME:邬海峰]]，电话[[PHONE:13705812694]]\n出险人：其父[[NAME:邬长发]]，{{73岁}}，在家中浴室滑倒致右股骨颈骨折\n出险地址：[[ADDRESS:宁波市江北区庄桥街道费市村南河路17号|费市村南河路17号]]",
)
Z(
    "ward_round",
    "主治查房意见：[[NAME:司徒静]]（住院号[[MRN:3307152]]）考虑{{结核性胸膜炎}}，胸水ADA 68 U/L，开始四联抗结核。与其丈夫[[NAME:骆永安]]沟通后，[[NAME:永安]]同意全家做{{PPD}}筛查。",
)
Z(
    "chat_message",
    "今天去{{社区医院}}打针，护士叫“[[NAME:孟繁星]]”的时候，我才发现是我初中同学，她得了啥病我也不好意思问。这种事医院会保密吧？",
    "医疗机构和医务人员对患者的个人信息和病情负有保密义务。作为同学，您也可以不主动打听，尊重她的隐私。如果以后见面，她愿意说自然会告诉您。",
)
Z(
    "referral_letter",
    "转院申请\n患者[[NAME:闵小龙]]，男，住院号[[MRN:20241208733]]，因{{重症急性胰腺炎}}需转上级医院ICU。\n家属意见：同意转院。家属签名：[[NAME:闵大龙]]\n联系电话：[[PHONE:13388207516]]",
)
Z(
    "nursing_handover",
    "晨间交班：9床[[NAME:蒲国富]]（ID号[[MRN:P0096613]]）夜间血压180/110，予{{硝苯地平}}舌下后降至150/92。患者说儿子[[NAME:蒲俊]]今天来办出院，请{{主管护师}}核对出院带药。",
)
Z(
    "tcm_clinic",
    "膏方门诊\n[[NAME:顾晓岚]]，女，{{38岁}}，[[DOB:1986年1月25日]]生，产后两年，疲倦乏力、月经量少。拟膏方一料，以{{八珍汤}}为底加减。\n服用方法：每日早晚各一匙，开水冲服，感冒时停服。\n医师签名：[[NAME:闻一舟]]",
)
Z(
    "ocr_text",
    "出 生 医 学 证 明\n新生儿姓名：[[NAME:雍 子 墨|雍 子 墨|子 墨]]  性别：男\n出生时间：[[DOB:2023年12月02日 07时46分]]\n出生地点：{{妇幼保健院}}\n母亲姓名：[[NAME:阎 梦 洁|阎 梦 洁|梦 洁]]",
)
Z(
    "chat_message",
    "帮我看下这个药单：[[NAME:郦国强]]，{{阿卡波糖}}50 mg一天三次，{{二甲双胍}}0.5 g一天两次。他说吃完老放屁，能不能停一个？",
    "阿卡波糖常见的副作用就是腹胀和排气增多，一般在用药几周后会减轻。不要自行停药，可以向医生反映，医生可能会调整剂量或换药。吃的时候要和第一口饭一起嚼服。",
)
Z(
    "hk_clinic",
    "覆診紙\n病人：[[NAME:羅淑儀]]\n出生日期：[[DOB:12-05-1971]]\n下次覆診：{{2024年9月3日}} 上午10時\n地點：{{伊利沙伯醫院}} {{R座}}3樓\n查詢：醫院電話",
)
Z(
    "tw_clinic",
    "居家護理訪視：個案[[NAME:黃春嬌]]（住[[ADDRESS:彰化縣員林市中正路三段212巷9號|中正路三段212巷9號]]），由外籍看護[[NAME:Siti Rahayu|Siti|Rahayu]]照顧，{{鼻胃管}}已滿一個月，今日更換。女兒[[NAME:黃淑貞]]詢問是否可改由口進食，建議安排{{吞嚥評估}}。",
)
# ---------------------------------------------------------------------------
# zh rows, PHI-free look-alikes
# ---------------------------------------------------------------------------
Z(
    "chat_message",
    "孩子{{高烧}}三天了，今天查{{白细胞}}1.8万，医生说要打点滴，{{明天}}是{{周末}}门诊还开吗？",
    "白细胞明显升高加上持续高热，提示可能存在细菌感染，按医生建议输液治疗比较稳妥。大多数医院周末有急诊和部分门诊，具体可以打医院总机或看公众号的排班。",
)
Z(
    "outpatient_dialogue",
    "患者：医生，我这个{{黄疸}}是不是肝不好？\n医生：先看指标，{{总胆红素}}56，以间接胆红素为主，转氨酶正常，更像是{{吉尔伯特综合征}}，一般不需要治疗。",
)
Z(
    "nursing_handover",
    "交班：{{3床}}、{{5床}}今日出院，{{12床}}新入{{陈旧性}}心梗患者，需完善{{常规}}心电图。夜班注意{{安全}}巡视，{{护士长}}明早查床。",
)
Z(
    "chat_message",
    "我喜欢吃{{李子}}和{{杨梅}}，但是有{{胃酸}}反流，这些水果能吃吗？",
    "李子和杨梅酸度较高，可能加重反酸烧心症状。可以少量在餐后吃，避免空腹和睡前吃；如果吃后明显不适，就尽量换成香蕉、苹果等刺激性较小的水果。",
)
Z(
    "ward_round",
    "查房记录：患者{{肌张力}}增高，腱反射亢进，{{巴宾斯基征}}阳性，结合MRI考虑脊髓型颈椎病。建议{{脊柱外科}}会诊。",
)
Z(
    "pharmacy_note",
    "用药咨询：{{云南白药}}气雾剂与{{片仔癀}}能否同用？答：外伤局部用云南白药气雾剂，片仔癀为口服，二者作用途径不同，一般可以同用，但孕妇慎用，{{过敏体质}}者先小面积试用。",
)
Z(
    "chat_message",
    "夏天{{上火}}的时候喝{{王老吉}}管用吗？我一天能喝三四罐。",
    "凉茶饮料含糖量不低，每天喝三四罐会摄入较多的糖。所谓“上火”的口干、咽痛多与作息、饮水少有关，建议多喝白开水、规律睡眠；症状持续要看医生。",
)
Z(
    "tcm_clinic",
    "处方：{{黄芪}}30 g，{{白术}}15 g，{{防风}}10 g，取{{玉屏风散}}之意，益气固表。每日一剂，水煎分两次温服，七剂。",
)
Z(
    "outpatient_dialogue",
    "患者：我在{{同仁堂}}买了{{安宫牛黄丸}}，想给我爸预防中风，能每天吃一颗吗？\n医生：不能。安宫牛黄丸用于中风急性期某些证型，含朱砂、雄黄，长期服用有重金属蓄积风险。",
)
Z(
    "discharge_summary",
    "出院诊断：1. {{2型糖尿病}}（E11.9）；2. {{高血压病3级}}（很高危）；3. {{陈旧性脑梗死}}。\n住院天数：9天。出院时空腹血糖6.8 mmol/L，血压132/78 mmHg。",
)
Z(
    "chat_message",
    "我是{{王牌}}销售，天天陪客户喝酒，最近{{尿酸}}520，脚趾头疼过一次，以后还能喝吗？",
    "尿酸520 μmol/L且已经发作过痛风，说明需要认真管理。酒精尤其是啤酒和白酒会升高尿酸、诱发痛风发作，建议尽量戒酒或大幅减少，同时多饮水、控制体重，并到风湿免疫科评估是否需要降尿酸治疗。",
)
Z(
    "nursing_handover",
    "病区提示：{{周末}}两天由{{值班医生}}负责全区，夜间紧急情况先呼叫{{二线}}。本周{{常规}}消毒时间调整为每日{{上午10点}}。",
)
Z(
    "ward_round",
    "眼科查房：{{眼压}}右眼28 mmHg，左眼17 mmHg，前房浅，考虑{{急性闭角型青光眼}}。予{{甘露醇}}250 ml静滴，{{毛果芸香碱}}滴眼。",
)
Z(
    "chat_message",
    "{{马上}}要考试了，我{{安全}}起见想吃点药提神，{{咖啡因}}片可以吗？",
    "不建议为了提神自行服用咖啡因片。过量咖啡因会引起心慌、失眠、焦虑，反而影响发挥。保证睡眠、适量运动和规律饮食更有帮助；如果长期疲劳明显，建议就医排查原因。",
)
Z(
    "lab_report",
    "血常规：{{白细胞}}11.2×10^9/L，中性粒细胞82%，{{血红蛋白}}128 g/L，{{血小板}}231×10^9/L。\nC反应蛋白：36 mg/L。\n检验者：检验科  审核者：检验科主管",
)
Z(
    "outpatient_dialogue",
    "患者：我这个{{张力}}性头痛老犯，是不是脑子有问题？\n医生：紧张型头痛和压力、睡眠、颈部肌肉紧张有关，不是脑子长东西。{{方便}}的话做做颈肩放松，必要时短期用止痛药。",
)
Z(
    "chat_message",
    "医院门口有人卖{{胡萝卜}}素胶囊，说能治{{老花眼}}，靠谱吗？",
    "β-胡萝卜素可以转化为维生素A，但目前没有证据表明它能逆转老花眼。老花眼是晶状体调节能力随年龄下降造成的，配合适的老花镜是最有效的办法。",
)
Z(
    "consent_form",
    "麻醉知情同意书（节选）\n麻醉方式：{{全身麻醉}}\n可能的风险：{{恶性高热}}、反流误吸、术后恶心呕吐、牙齿损伤等。\n麻醉医师已向患者及家属解释上述内容。",
)
Z(
    "pediatric_note",
    "新生儿查体：{{Apgar评分}}1分钟8分、5分钟10分，{{出生体重}}3200 g，前囟平软，{{拥抱反射}}完整，胎便已排。",
)
Z(
    "chat_message",
    "我爸得了{{帕金森}}，手抖得厉害，听说{{左旋多巴}}吃久了会失效，是真的吗？",
    "左旋多巴是治疗帕金森病最有效的药物之一。长期使用后部分患者会出现疗效波动或异动症，但这并不意味着“失效”，医生会通过调整剂量、服药次数或联合其他药物来处理。不要因为担心而拒绝或自行停药。",
)
Z(
    "outpatient_dialogue",
    "医生：孩子产前筛查{{唐氏综合征}}是高风险，建议做{{无创DNA}}或羊水穿刺。\n孕妇：高风险是不是一定有问题？\n医生：不是，筛查只是提示风险，需要诊断性检查确认。",
)
Z(
    "tcm_clinic",
    "诊室告示：本周四下午{{名老中医}}工作室停诊一次；{{膏方}}预约请到{{二楼}}挂号处登记；代煎药需隔日取。",
)
Z(
    "nursing_handover",
    "输液室提示：{{头孢}}类皮试阴性方可输注；{{氯化钾}}严禁静推；使用{{石膏}}固定的患者注意观察末梢血运。",
)
Z(
    "chat_message",
    "最近{{江湖}}上传说喝{{醋泡黑豆}}能降血压，我妈天天喝，还要不要吃降压药？",
    "目前没有可靠证据证明醋泡黑豆能替代降压药。黑豆属于健康食物，可以作为饮食的一部分，但降压药不能停。建议继续按医嘱服药并定期监测血压。",
)
Z(
    "discharge_summary",
    "手术记录摘要：{{2024年5月16日}}在全麻下行{{腹腔镜下右半结肠切除术}}，术中出血约50 ml，标本送病理。术后第{{4天}}恢复流质饮食。",
)
Z(
    "chat_message",
    "体检报告说我{{甲状腺}}有个{{TI-RADS}}3类结节，8毫米，要不要做手术？",
    "TI-RADS 3类一般提示良性可能性大，8毫米的3类结节通常不需要手术或穿刺，按医生建议每6—12个月复查超声即可。如果出现快速增大或新的可疑特征，再进一步评估。",
)
Z(
    "registration_form",
    "门诊须知：1. 就诊请携带{{身份证}}或{{医保卡}}；2. {{发热门诊}}位于院区东北角；3. 夜间急诊请走{{南门}}；4. 咨询电话请拨打{{12320}}。",
)
Z(
    "ward_round",
    "{{周三}}大查房讨论病例：{{库欣综合征}}合并低钾，肾上腺CT示左侧腺瘤，拟行{{腹腔镜肾上腺切除术}}。",
)
Z(
    "pharmacy_note",
    "药品说明摘录：{{复方甘草片}}含阿片粉，不宜长期使用；{{金银花}}露适用于小儿痱子；{{板蓝根颗粒}}不宜用于风寒感冒。",
)
Z(
    "chat_message",
    "我{{孙子}}三岁了，{{于是}}想问问要不要补钙，他{{何时}}该去查骨密度？",
    "三岁健康儿童一般不需要常规查骨密度，也不需要常规补钙。保证每天约500 ml奶或等量奶制品、足够户外活动和维生素D，就能满足需要。如有生长迟缓或骨骼畸形，再就医评估。",
)
Z(
    "outpatient_dialogue",
    "医生：你这个是{{贝尔面瘫}}，也就是特发性面神经麻痹。\n患者：能好吗？\n医生：大多数人3到6个月内恢复，发病72小时内用{{激素}}效果更好，今天先开上。",
)
Z(
    "social_work_note",
    "社工工作周报：本周完成{{出院准备服务}}评估6例，链接{{居家养老}}资源3例，组织病友支持小组1次，参加人数14人。",
)
Z(
    "chat_message",
    "吃{{朱砂}}安神丸能治失眠吗？网上说{{金额}}不贵效果好。",
    "朱砂安神丸含朱砂（硫化汞），长期或过量服用可能引起汞中毒，不建议自行用于失眠。失眠可以先调整作息、睡前减少看手机，必要时到睡眠门诊评估，在医生指导下用药。",
)
Z(
    "lab_report",
    "超声报告：{{肝脏}}形态大小正常，回声均匀；胆囊壁毛糙；{{门静脉}}内径11 mm。\n超声提示：胆囊炎声像。\n报告时间：{{2024-06-02 10:31}}",
)
Z(
    "nursing_handover",
    "护理质控反馈：{{四月份}}压疮发生率0，跌倒1例（{{8号床}}，无损伤），{{管路滑脱}}0例；下月重点检查{{交接班}}记录完整性。",
)
Z(
    "tcm_clinic",
    "{{夏季}}三伏贴开始预约，适用于{{慢性支气管炎}}、过敏性鼻炎反复发作者；皮肤破损、孕妇不宜贴敷。头伏时间为{{7月15日}}。",
)
Z(
    "chat_message",
    "在{{林区}}工作被{{蜱虫}}咬了，虫子已经拔掉了，需要打针吗？",
    "蜱虫叮咬后要观察2—4周，如出现发热、皮疹、乏力、叮咬处周围红斑扩大，应尽快就医并告知医生有蜱虫叮咬史。一般不需要常规预防性打针，但林区有地方性疾病时可咨询当地医生。",
)
Z(
    "outpatient_dialogue",
    "患者：医生说我是{{桥本}}，要终身吃药吗？\n医生：桥本甲状腺炎如果甲功正常，只需定期复查；出现甲减才需要补充{{左甲状腺素}}，很多人确实需要长期服用。",
)
Z(
    "chat_message",
    "老人每年{{重阳节}}都要体检，今年{{骨密度}}T值-2.8，是骨质疏松吗？",
    "骨密度T值≤-2.5即可诊断为骨质疏松。建议到内分泌科或骨科就诊，评估骨折风险，补充钙和维生素D，医生可能会加用抗骨质疏松药物，同时注意居家防跌倒。",
)
Z(
    "ward_round",
    "会诊意见：{{格拉斯哥昏迷评分}}由13分降至9分，瞳孔不等大，急查头颅CT，通知{{神经外科}}二线。",
)
Z(
    "pharmacy_note",
    "药房通知：{{阿莫西林}}胶囊暂时缺货，可用{{阿莫西林克拉维酸钾}}替代，请医生调整处方；{{国家医保}}目录内药品价格以收费处为准。",
)
Z(
    "chat_message",
    "{{高血压}}的人能不能吃{{白芝麻}}和{{黄豆}}？",
    "可以吃。白芝麻、黄豆都是常见健康食物，适量食用对血压没有不良影响。高血压饮食的关键是控制盐摄入，每天不超过5克，多吃蔬菜水果，限制加工肉类和腌制食品。",
)
Z(
    "discharge_summary",
    "出院带药：{{阿司匹林肠溶片}}100 mg qd；{{瑞舒伐他汀}}10 mg qn；{{美托洛尔缓释片}}47.5 mg qd。\n复诊：出院后1个月心内科门诊。",
)
Z(
    "wechat_group",
    "科室群通知：\n护士长：本周六{{消防演练}}，请大家{{准时}}参加\n护士长：地点在{{门诊楼}}一楼大厅\n护士长：值班人员除外",
)
Z(
    "outpatient_dialogue",
    "医生：血压测三次，第一次162/98，{{休息}}5分钟后150/92。\n患者：是不是{{白大衣}}高血压？\n医生：有可能，回家做一周{{家庭血压}}监测再判断。",
)
Z(
    "chat_message",
    "{{宫颈}}癌疫苗{{九价}}和四价有什么区别？我27岁了还来得及吗？",
    "九价覆盖的HPV型别比四价更多，对宫颈癌相关型别的保护范围更广。27岁仍在推荐接种年龄范围内，即使有过性生活也可以接种，但接种后仍需要定期做宫颈癌筛查。",
)
Z(
    "consent_form",
    "检查须知：增强CT需注射{{碘对比剂}}，检查前4小时禁食；有{{甲亢}}、肾功能不全或碘过敏史者请提前告知；检查后多饮水以促进排泄。",
)
Z(
    "chat_message",
    "{{唐氏}}筛查和{{四维}}彩超一样吗？",
    "不一样。唐氏筛查是通过孕妇血液检测评估胎儿染色体异常风险；四维彩超（系统超声）主要观察胎儿结构是否有畸形。两者是互补的检查，时间也不同。",
)
Z(
    "nursing_handover",
    "交接重点：{{层流病房}}每日紫外线消毒两次；{{骨髓移植}}患者饮食需经高压灭菌；探视人员必须穿{{隔离衣}}。",
)
Z(
    "hk_clinic",
    "醫院通告：{{急症室}}輪候時間約4小時，非緊急個案請到{{普通科門診}}。如需緊急救護請致電{{999}}。",
)
Z(
    "hk_clinic",
    "病人問：我想問{{瑪麗醫院}}同{{伊利沙伯醫院}}邊間專科門診等得耐啲？\n職員：要睇專科同聯網，可以上{{醫管局}}網站查輪候時間。",
)
Z(
    "tw_clinic",
    "衛教單張：{{帕金森氏症}}患者服用{{左多巴}}時，避免與高蛋白飲食同時服用；建議飯前30分鐘服藥。如有疑問請洽{{長庚}}神經內科門診。",
)
Z(
    "tw_clinic",
    "門診叫號：請{{第23號}}到{{3診}}；{{健保卡}}請放在讀卡機；慢性病連續處方箋可至社區藥局領藥。",
)
Z(
    "hk_clinic",
    "藥劑部提示：{{必理痛}}即係撲熱息痛，每日唔好食多過4克；小朋友{{退燒藥}}要跟體重計份量。",
)
Z(
    "tw_clinic",
    "手術室公告：{{週五}}下午設備保養，{{第5手術室}}暫停使用；緊急刀請聯絡{{麻醉科}}總醫師。",
)
Z(
    "hk_clinic",
    "覆診提示：{{2024年10月}}起，{{長者醫療券}}每年金額為2000元；慢性病病人可使用{{公私營協作}}計劃。",
)
Z(
    "tw_clinic",
    "護理指導：{{石膏}}固定後48小時內抬高患肢；出現{{麻木}}、發紫、劇痛時立刻回診；{{急診}}24小時服務。",
)
Z(
    "chat_message",
    "{{周末}}想去{{华西}}看病，挂专家号难不难？要提前几天？",
    "大型三甲医院的专家号通常比较紧张，建议通过医院官方App或公众号提前一周左右预约，并关注每天固定的放号时间。如果病情急，可以直接去急诊。",
)
Z(
    "outpatient_dialogue",
    "患者：医生，{{艾滋病}}检测要多久出结果？\n医生：快速检测{{半小时}}左右，如初筛阳性需要送{{疾控中心}}做确证试验。",
)
Z(
    "chat_message",
    "{{孙悟空}}玩偶被孩子咬破了，里面的填充物孩子可能吃进去一点，要紧吗？我现在在{{急诊}}门口。",
    "少量玩偶填充棉一般会随大便排出。请观察孩子有无呛咳、呼吸困难、呕吐、腹痛或拒食；如果已经出现这些症状，或者吞下的量可能较大、含有小颗粒或电池，请让急诊医生评估。",
)
Z(
    "pediatric_note",
    "儿童保健宣教：{{6月龄}}开始添加辅食，首选{{强化铁}}米粉；{{1岁}}以内不加盐和糖；{{蜂蜜}}不能给1岁以下婴儿食用。",
)
Z(
    "chat_message",
    "我被{{毛毛虫}}蛰了，手臂起了一片红疹，又痒又痛，涂{{风油精}}行吗？",
    "先用胶带轻轻粘掉皮肤上残留的毒毛，再用肥皂水冲洗。风油精可能刺激皮肤，不建议涂在破损处；可以冷敷，外用炉甘石洗剂或弱效激素药膏，如出现大面积红肿、呼吸困难要立即就医。",
)
# ---------------------------------------------------------------------------
# mixed (code-switched) rows with PHI
# ---------------------------------------------------------------------------
M(
    "sg_my_clinic",
    "Polyclinic note：[[NAME:Tan Ah Kow]]，72岁，{{DM}} on metformin，HbA1c 8.9%。他女儿[[NAME:Tan Hui Min]] says 爸爸 always skip lunch。NRIC [[ID:S4827361<nric>]]，HP [[PHONE:+65 9273 8164]]。",
)
M(
    "chat_message",
    "Hi 医生，我是[[NAME:Zhang Wei]]的太太，he had chest pain this morning 大概二十分钟，现在好了，要去{{A&E}}吗？",
    "持续二十分钟的胸痛即使已经缓解，也需要尽快排除急性冠脉综合征。建议现在就去急诊做心电图和肌钙蛋白检查，途中如再次胸痛请拨打急救电话。",
)
M(
    "hk_clinic",
    "Ward round：Bed 14 [[NAME:Wong Siu Ming]]，{{CAP}} day 3，仲有少少发烧。屋企人[[NAME:Wong Ka Yan]]问几时可以出院，话想接佢返[[ADDRESS:Flat 1712, Block C, Kornhill, Quarry Bay|Flat 1712|Block C|Kornhill]]。",
)
M(
    "outpatient_dialogue",
    "Dr. [[NAME:王]]：你的{{LDL}}还是3.8，statin有按时吃吗？\n患者：有啊，不过有时候忘记。\nDr. [[NAME:王]]：可以set个alarm，下次复诊再check一次lipid panel。",
)
M(
    "hk_clinic",
    "[[NAME:陈]]sir话佢前两日打波扭亲脚，肿到好似{{面包}}咁，X-ray冇骨折，要唔要打石膏？",
    "X光冇骨折的话多数系韧带扭伤，一般唔使打石膏。头两三日冰敷、加压、抬高，痛就食止痛药；如果一星期后仲好痛或者行唔到，要再睇医生，可能要照超声波或者MRI。",
)
M(
    "sg_my_clinic",
    "Klinik record：Pesakit [[NAME:Lim Mei Ling]]，{{G2P1}}，{{GDM}} diet-controlled。Husband [[NAME:Ong Boon Keat]] 陪同。MyKad [[ID:890607-07-5318]]，tel [[PHONE:012-476 3928]]，地址 [[ADDRESS:No. 23, Lorong Kenari 5, Taman Bukit Jambul, 11900 Bayan Lepas, Pulau Pinang|No. 23, Lorong Kenari 5|Taman Bukit Jambul|11900]]。",
)
M(
    "wechat_group",
    "[[NAME:Liu Fang]]：mum 今天 BP 160/100 again\n[[NAME:Kevin Liu|Kevin|Liu]]：她有吃{{amlodipine}}吗\n[[NAME:Liu Fang]]：有，but she keeps eating 咸菜\n[[NAME:Kevin Liu|Kevin|Liu]]：I'll call Dr. [[NAME:Patel]] tomorrow",
)
M(
    "chat_message",
    "My mother [[NAME:Wang Xiuying]] ([[NAME:王秀英]]) is visiting from China, 她在Toronto突然头晕，we went to {{Toronto General}}，他们说需要 OHIP？她没有 insurance 怎么办？",
    "Visitors without OHIP can still be treated in Ontario hospitals, but they will be billed as uninsured patients. Ask the hospital's patient accounts office for an estimate and whether any travel insurance bought in China can be claimed afterwards. Do not delay care if symptoms worsen.",
)
M(
    "tw_clinic",
    "門診note：[[NAME:Lin Chih-hao]]（[[NAME:林志豪]]），Chart No. [[MRN:0471829]]，{{HTN}} f/u，BP 138/86，藥物不變。太太[[NAME:Chen Yi-ting]]問 statin要不要吃，LDL 142，建議 lifestyle 先三個月。",
)
M(
    "hk_clinic",
    "Discharge：[[NAME:Lee Ka Yan]]，F/34，{{appendicitis}} s/p lap appy。出院去[[ADDRESS:Room 806, Wing Tai House, Wah Fu Estate, Pok Fu Lam|Room 806|Wing Tai House|Wah Fu Estate]]。FU 2/52 surgical OPD。Contact [[PHONE:9641 7308]]。",
)
M(
    "sg_my_clinic",
    "Maid [[NAME:Nurhayati]] brought 阿嬷 in，阿嬷 [[NAME:Goh Siew Eng]] 今早跌倒，hip pain，不能走。FIN of maid [[ID:G7243518<nric>]]，employer [[NAME:Goh Chee Wei]] HP [[PHONE:8326 1947]]。",
)
M(
    "outpatient_dialogue",
    "Miss [[NAME:李]]：Doctor，我的{{pap smear}}结果 ASC-US，是不是cancer？\n医生：不是，ASC-US只是意义不明的非典型细胞，需要做{{HPV}}检测再决定要不要colposcopy。",
)
M(
    "email_message",
    "From: [[NAME:Sandy Ho|Sandy|Ho]] <[[EMAIL:sandy.ho.kw@gmail.com]]>\nSubject: 妈妈的 appointment\nHi Dr. [[NAME:Chau]]，我妈 [[NAME:Ho Lai Sheung]] 下星期二{{覆診}}，可唔可以改到星期四？佢要去做{{cataract}}手術前檢查。Thanks!",
)
M(
    "nursing_handover",
    "Handover：Bed 6 [[NAME:Raj a/l Muniandy|Raj|Muniandy]]（MRN [[MRN:M2210457]]），{{post-op day 1}} TKR，pain score 5/10，PCA working。太太说他晚上 confused，watch for {{delirium}}。",
)
M(
    "family_meeting_notes",
    "Family conference（ICU）Case No. [[MRN:ICU-24-0388]]：present — 儿子[[NAME:Ng Kok Leong]]、女儿[[NAME:Ng Pei Shan]]、ICU consultant、MSW。讨论 {{goals of care}}，家属同意 DNR，继续 comfort care。[[NAME:Pei Shan]] asked about 回家走。",
)
M(
    "sg_my_clinic",
    "Registration：\nName：[[NAME:Muhammad Hafiz bin Rahman|Muhammad|Hafiz|Rahman]]\nMyKad：[[ID:010415-14-0397]]\nDOB：[[DOB:15/04/2001]]\nAddress：[[ADDRESS:No. 8, Jalan Melur 3, Taman Sri Andalas, 41200 Klang, Selangor|No. 8, Jalan Melur 3|Taman Sri Andalas|41200]]\n语言：Malay / 一点华语",
)
M(
    "chat_message",
    "hi, 我老公 [[NAME:jason]] 昨晚喝完酒 vomit blood，一点点，今天说没事了 不想去看医生，should I force him?",
    "饮酒后呕血需要认真对待，可能是食管贲门黏膜撕裂或胃出血，少量也可能在之后加重。建议今天就去急诊或消化科，如出现黑便、头晕、心慌、再次呕血，请立即呼叫急救。",
)
M(
    "hk_clinic",
    "電話記錄：Mrs. [[NAME:Leung]]打嚟話佢先生[[NAME:Leung Chi Keung]]食完{{warfarin}}之後有血尿，已叫佢即刻返{{A&E}}，同埋記住帶埋藥袋。Callback no. [[PHONE:2698 4173]]。",
)
M(
    "registration_form",
    "Patient registration（新移民 clinic, Vancouver）\n姓名 Name：[[NAME:Zhou Jianguo]] [[NAME:周建国]]\nDOB：[[DOB:1961-10-08]]\nAddress：[[ADDRESS:2207-6188 Patterson Ave, Burnaby, BC V5H 4P7|2207-6188 Patterson Ave|V5H 4P7]]\nPhone：[[PHONE:(604) 555-0147]]\nMSP：pending",
)
M(
    "chat_message",
    "我住在 [[ADDRESS:14 Tōtara Street, Mount Roskill, Auckland 1041|14 Tōtara Street|1041]]，附近哪里有说中文的 GP？我妈刚来，{{blood pressure}}很高。",
    "您可以在 Healthpoint 网站按地区和语言筛选全科诊所，很多奥克兰的诊所有中文医生或可以安排口译服务。新移民需要先在一家诊所登记（enrol），如果血压很高并伴有头痛、胸痛或视物模糊，请直接去急诊。",
)
M(
    "referral_letter",
    "Referral to {{Christchurch Hospital}} Gastroenterology\nRe: [[NAME:Chen Meiling]] ([[NAME:陈美玲]]), NHI [[MRN:ZKT482<nhi>]], DOB [[DOB:22/06/1975]]\n便血 x 3 weeks, Hb 98. Lives at [[ADDRESS:7 Kowhai Crescent, Riccarton, Christchurch 8041|7 Kowhai Crescent|8041]]. Phone [[PHONE:021 384 9172]].",
)
M(
    "sg_my_clinic",
    "CHAS clinic：[[NAME:Koh Boon Huat]]，{{hypertension}} + gout，今日 uric acid 612。HDB address [[ADDRESS:Blk 418 Bedok North Ave 2 #07-153 Singapore 460418|Blk 418|Bedok North Ave 2|#07-153|460418]]，NRIC [[ID:S5318047<nric>]]。",
)
M(
    "outpatient_dialogue",
    "医生：你的 IC 号码？\n患者：[[ID:760922-08-6641]]。\n医生：好，[[NAME:Chong Ah Moi]]，今天 sugar 11.2，{{insulin}} 要加两个 unit。",
)
M(
    "insurance_claim",
    "Claim form（Great Eastern）\nLife assured：[[NAME:Teo Swee Lan]] [[NAME:张瑞兰]]\nNRIC：[[ID:S6912053<nric>]]\nDate of birth：[[DOB:03 Sep 1969]]\nDiagnosis：{{breast carcinoma}} 乳腺癌\nClaimant contact：[[PHONE:+65 6284 3197]]",
)
M(
    "hk_clinic",
    "病人 [[NAME:Cheung Wing Sze]]，HKID [[ID:R518263(<hk>)]]，{{DOB}} [[DOB:14/02/1983]]，住 [[ADDRESS:Flat B, 23/F, Tower 2, Metro Harbour View, Tai Kok Tsui, Kowloon|Flat B, 23/F|Tower 2|Metro Harbour View]]。嚟睇{{甲狀腺}}，TSH 0.01。",
)
M(
    "phone_followup",
    "Phone f/u：打 [[PHONE:+61 412 587 903]] 无人接，改打女儿 [[NAME:Amy Huang|Amy|Huang]] 的 [[PHONE:0423 716 852]]。她说妈妈 {{INR}} 上周 3.4，{{warfarin}} 已减量。",
)
M(
    "chat_message",
    "Hi, 我叫 [[NAME:Lucy Xu|Lucy|Xu]]，email 是 [[EMAIL:lucyxu1990@163.com]]，我想把我妈在国内的 {{CT}} 片子发给 Melbourne 的医生看，应该怎么传？",
    "可以先问医院是否提供DICOM格式的光盘或云胶片链接，再询问墨尔本的诊所接受哪种上传方式。通过邮件发送影像时，建议使用医生指定的安全渠道，避免在公开群里分享带有身份信息的报告。",
)
M(
    "wechat_group",
    "澳洲华人妈妈群\n[[NAME:Cindy Zhao|Cindy|Zhao]]：谁知道 {{Westmead}} children's hospital 急诊要等多久？\n[[NAME:赵晨曦]]：上次我们等了五小时\n[[NAME:Cindy Zhao|Cindy|Zhao]]：宝宝 fever 40 度，还抽了一下\n[[NAME:赵晨曦]]：抽搐就叫 {{000}} 吧",
)
M(
    "discharge_summary",
    "Discharge summary（{{Singapore General Hospital}}）\nPatient：[[NAME:Yeo Chin Hock]]（[[NAME:杨振福]]）\nMRN：[[MRN:SGH2019-0047731]]\n诊断：{{NSTEMI}}，s/p PCI to LAD\nNext of kin：[[NAME:Yeo Li Hua]]（daughter）[[PHONE:9685 2043]]",
)
M(
    "pharmacy_note",
    "Pharmacist note：Mdm [[NAME:Lau Siew Chin]]（NRIC [[ID:S4402175<nric>]]）同时在吃 {{clopidogrel}} 和 {{omeprazole}}，建议 switch 去 pantoprazole。她说药太多记不住，已给她 pill box，并教她女儿 [[NAME:Serene Lau|Serene|Lau]] 怎样摆药。",
)
M(
    "sg_my_clinic",
    "Ah Ma [[NAME:Lee Geok Choo]] 今天来 follow up，{{CKD}} stage 4，eGFR 22。孙子 [[NAME:Ryan Lee|Ryan|Lee]] 说她 still eating salted fish every day。Next appt 3 months，call [[PHONE:9018 6352]] if 脚肿。",
)
M(
    "chat_message",
    "我是在 Dublin 读书的留学生 [[NAME:Li Hao]]，PPS 号是 [[ID:8614523<pps>]]，我想登记 GP，但是诊所说 {{medical card}} 要等，我现在发烧可以直接去 A&E 吗？",
    "发烧本身一般可以先找GP或夜间GP服务（out-of-hours service）就诊；如果出现呼吸困难、胸痛、意识改变、持续高热不退等情况，可以去急诊。另外，PPS号属于个人敏感信息，请不要在聊天中发送完整号码。",
)
M(
    "hk_clinic",
    "Clinic note：[[NAME:Tse Hoi Yan]]（[[NAME:謝凱欣]]）F/28，{{IBS}}，話份工壓力大，屋企人[[NAME:Tse Kwok Wai]]成日催佢結婚。HKID [[ID:P903157(<hk>)]]。Advised CBT，轉介臨床心理學家。",
)
M(
    "family_meeting_notes",
    "Family meeting（{{Palliative care}}）\n参加：patient's wife [[NAME:Kaur, Harpreet]]、son [[NAME:Arjun Singh|Arjun|Singh]]、我（{{MSW}}）\n[[NAME:Arjun]] 问 hospice 是否有 Punjabi speaking staff；太太希望回印度前做完最后一次化疗。",
)
M(
    "outpatient_dialogue",
    "护士：Name and birthday please？\n病人：[[NAME:Huang Jiaqi]]，[[DOB:Nov 30 1994]]。\n护士：OK，{{Room 3}}，Dr. [[NAME:Fernandes]] will see you。",
)
M(
    "chat_message",
    "我妈 [[NAME:林秀珍]] 在 Kuala Lumpur 住院，医生讲她 {{dengue}} platelet 只有 18，要输血小板吗？我在国内，医院电话是 03 but I don't know the ward。",
    "登革热患者血小板降低很常见，是否输注血小板取决于有没有出血表现，而不仅看数字；很多指南在没有明显出血时并不常规输注。建议您联系医院总机，报出病人的姓名和入院日期，请他们转到病房与主管医生沟通。",
)
M(
    "consent_form",
    "Consent for procedure（中英对照）\nI, [[NAME:Deng Xiaoli]] [[NAME:邓晓丽]] (DOB [[DOB:1987-05-30]], MRN [[MRN:QE0582214]]), consent to {{gastroscopy}} 胃镜检查 under sedation.\nSignature：[[NAME:Deng Xiaoli]]\nWitness：Nurse [[NAME:Mary-Anne O'Connor|Mary-Anne|O'Connor]]\nDate：{{12/03/2024}}",
)
M(
    "wechat_group",
    "Sydney 糖友群\n[[NAME:Grace Wu|Grace|Wu]]：新的 {{Freestyle Libre}} 可以用 {{NDSS}} 补贴吗\n老[[NAME:周]]：要 type 1 才有\n[[NAME:Grace Wu|Grace|Wu]]：我 type 2 用胰岛素也不行？\n老[[NAME:周]]：问你的 diabetes educator",
)
M(
    "hk_clinic",
    "Nurse clinic：[[NAME:Yip Mei Kuen]]，PD patient，今日 exit site 有少少紅。佢個仔[[NAME:Yip Chun Hei]]負責幫佢換水，已再教一次無菌技術。Tel：[[PHONE:6072 9384]]。",
)
M(
    "psych_note",
    "Psych consult：[[NAME:Wu Jiahui]]（MRN [[MRN:RMH2207813]]），{{international student}}，depressed mood 2 months，提到 roommate [[NAME:Emily]] 发现她在 cut。无 active plan。Safety plan done，已通知 uni counsellor。",
)
M(
    "sg_my_clinic",
    "Referral：[[NAME:Siti Nurhaliza binti Ahmad|Siti|Nurhaliza|Ahmad]]，{{32 weeks}} pregnant，BP 150/100，尿蛋白 2+。请 {{KK Hospital}} urgent review for pre-eclampsia。NRIC [[ID:T0162398<nric>]]，HP [[PHONE:8831 4709]]。",
)
M(
    "outpatient_dialogue",
    "患者：Doctor，我叫 [[NAME:Chan Siu Fong]]，呢个系我个女[[NAME:Janice]]，佢帮我翻译。\n医生：OK，你的{{骨质疏松}}要打 Prolia，every six months。\n[[NAME:Janice]]：医生话每半年打一针。",
)
M(
    "registration_form",
    "New patient form – Mississauga family clinic\nName（Last, First）：[[NAME:Guo, Ming]]\nHealth card #：[[MRN:6172 438 90<luhn>-KT]]\nDate of birth：[[DOB:1983/02/11]]\nPreferred language：Mandarin 普通话\nEmergency contact：[[NAME:Guo Lan]] [[PHONE:(905) 555-0162]]",
)
M(
    "chat_message",
    "I'm [[NAME:Priya]], my 婆婆 [[NAME:Wang Guilan]] 刚从成都来 Bengaluru 看我们，她吃了这边的 street food 就拉肚子，three days now，要吃 {{ORS}} 吗？",
    "持续三天的腹泻需要注意补液，口服补液盐（ORS）是首选。老人更容易脱水，如出现尿量明显减少、口干、头晕、便中带血或高热，请尽快就医。饮食上先吃清淡易消化的食物。",
)
M(
    "phone_followup",
    "Tele-consult log：[[NAME:Oh Kah Seng]]（[[NAME:胡家成]]）via WhatsApp video，post-stroke rehab，右手力量 4/5。Wife [[NAME:Tay Hwee Leng]] 问 {{physiotherapy}} 能不能 home visit。Address：[[ADDRESS:No. 5, Jalan Bukit Indah 15/3, Taman Bukit Indah, 81200 Johor Bahru, Johor|No. 5, Jalan Bukit Indah 15/3|Taman Bukit Indah|81200]]。",
)
M(
    "wechat_group",
    "[[NAME:Jenny]]：有人在 {{Auckland City Hospital}} 生过吗？\n[[NAME:小雪]]：我去年在那里生的，midwife 是 [[NAME:Aroha Te Whata|Aroha|Te Whata]]，人超好\n[[NAME:Jenny]]：LMC 要自己找吗\n[[NAME:小雪]]：对，越早越好",
)
M(
    "discharge_summary",
    "出院小结（{{Hospital Kuala Lumpur}}）\nNama / 姓名：[[NAME:Loh Kim Swee]]\nNo. K/P：[[ID:570118-10-5277]]\nRN：[[MRN:HKL-24-118205]]\nDiagnosis：{{acute pancreatitis}}，alcohol-related\nTCA 2 weeks，戒酒 counselling done。",
)
M(
    "chat_message",
    "Dr. [[NAME:欧阳]] 说我爸的 {{PSA}} 是 9.6，要做 biopsy。他 68 岁，做 biopsy 会不会很痛？",
    "前列腺穿刺一般在局部麻醉下进行，多数人感觉是短暂的刺痛或胀痛，可以耐受。穿刺后可能出现少量血尿、血便或血精，通常几天内缓解；如有发热寒战要及时就医。医生会提前安排预防性抗生素。",
)
M(
    "tw_clinic",
    "Discharge note：[[NAME:Hsu Wen-chieh]]（[[NAME:許文傑]]），{{COPD}} AE，住院 5 天。太太[[NAME:許林秀鳳|許林秀鳳|秀鳳]]主要照顧，居住地[[ADDRESS:高雄市三民區建工路619巷12號|建工路619巷12號]]。電話[[PHONE:07-381-5264]]。",
)
M(
    "email_message",
    "To: [[EMAIL:dr.tham.clinic@outlook.com]]\nFrom: [[NAME:Vivian Chua|Vivian|Chua]]\n医生您好，my father [[NAME:Chua Teck Seng]] 的 {{colonoscopy}} report 写 tubular adenoma 1.2 cm，下次什么时候再做？\nRegards,\n[[NAME:Vivian]]",
)
M(
    "outpatient_dialogue",
    "医生：Who's your GP in Cape Town？\n患者：Dr. [[NAME:Naidoo]]，在 Rondebosch。\n医生：OK，我会 fax 这个 {{echo}} report 给他。你的 ID number？\n患者：[[ID:780512573108<sa>]]。",
)
M(
    "hk_clinic",
    "Miss [[NAME:Fung]] 帶阿媽[[NAME:馮鳳儀]]嚟，{{Parkinson's}} 五年，最近 freezing 多咗，跌咗兩次。已 refer {{PT}}，同埋教佢屋企裝扶手。",
)
M(
    "wechat_group",
    "Vancouver 华人群\n[[NAME:Tony Yuen|Tony|Yuen]]：{{BC Children's}} 的 ER 现在要等几个钟？\n[[NAME:Maggie]]：昨晚我们等了六个钟\n[[NAME:Tony Yuen|Tony|Yuen]]：女儿吞了一粒 button battery\n[[NAME:Maggie]]：电池要马上去！call {{911}}",
)
M(
    "sg_my_clinic",
    "Home visit note：Mr [[NAME:Rajendran s/o Pillai|Rajendran|Pillai]]，bedbound，{{sacral sore}} stage 3。Daughter-in-law [[NAME:Lakshmi]] 负责 dressing。Address：[[ADDRESS:Blk 27 Jalan Bukit Merah #12-402 Singapore 150027|Blk 27|Jalan Bukit Merah|#12-402|150027]]。",
)
M(
    "registration_form",
    "Dental clinic intake（Wellington）\nFull name：[[NAME:Yang Zihan]] [[NAME:杨子涵]]\nDate of birth：[[DOB:8 Aug 2010]]\nParent/guardian：[[NAME:Yang Lei]]\nPhone：[[PHONE:022 619 4038]]\nNHI：[[MRN:PLB572<nhi>]]\nSchool：{{Wellington High}}",
)
M(
    "chat_message",
    "hello 我是 [[NAME:amanda]]，我先生 [[NAME:kelvin ng|kelvin|ng]] 做完 {{vasectomy}} 两个星期了，还是有点肿，正常吗？",
    "输精管结扎术后一两周内出现轻度肿胀和不适比较常见，可以继续冷敷、穿支撑性内裤并避免剧烈运动。如果肿胀越来越明显、疼痛加重、发热或切口流脓，请及时回诊。",
)
M(
    "nursing_handover",
    "交班 at 7pm：Bed 22 [[NAME:Okonkwo, Chiamaka]]（Hosp No. [[MRN:H0771932]]），{{sickle cell}} crisis，PCA morphine。她先生 [[NAME:Emeka]] 在陪，说她很怕 needles。Bed 23 新收 pt，{{DKA}}，insulin drip。",
)
M(
    "phone_followup",
    "Call log：致电 [[PHONE:+86 138 1057 2946]]（patient's son [[NAME:Qian Lei]] in Beijing），通知他母亲 [[NAME:Qian Shuzhen]] 在 {{Royal Melbourne}} 做完手术，情况 stable。",
)
M(
    "insurance_claim",
    "Travel insurance claim（中国平安境外医疗）\nInsured：[[NAME:He Yuting]] [[NAME:何雨婷]]\nPassport：[[ID:E73918426]]\nTreating hospital：{{Auckland City Hospital}}\nHome address in China：[[ADDRESS:四川省成都市武侯区科华北路65号1栋2单元1702|科华北路65号|1栋2单元1702]]",
)
M(
    "outpatient_dialogue",
    "医生：[[NAME:Nguyen Thi Lan]]？\n患者：对，我是越南华侨，中文名叫[[NAME:阮氏兰|阮氏兰]]，生日是[[DOB:1990年2月3日]]。\n医生：好，你的 {{thalassemia}} screening 结果是 carrier，老公也要测一下。",
)
M(
    "referral_letter",
    "Referral – {{Tan Tock Seng Hospital}} memory clinic\nPatient：[[NAME:Seah Ah Lian]]，DOB [[DOB:19-Jan-1944]]\nNRIC：[[ID:S0429175<nric>]]\n家属 [[NAME:Alvin Seah|Alvin|Seah]] 说她 keep forgetting stove，getting lost near market。Please assess.",
)
# ---------------------------------------------------------------------------
# mixed rows, PHI-free look-alikes
# ---------------------------------------------------------------------------
M(
    "chat_message",
    "医生说我是 {{Graves' disease}}，要吃 {{carbimazole}}，会不会影响怀孕？",
    "甲巯咪唑（carbimazole的活性代谢物）在妊娠早期有致畸风险，计划怀孕或早孕期通常会换成丙硫氧嘧啶。请在备孕前告诉内分泌科医生，由医生调整用药并监测甲功。",
)
M(
    "hk_clinic",
    "食咗两粒 {{Panadol}} 都仲系头痛，可唔可以再加 {{Brufen}}？我有{{胃痛}}嘅。",
    "有胃痛的人使用布洛芬要小心，它可能刺激胃黏膜甚至引起出血。撲熱息痛每日总量不要超过4克。如果头痛持续或者特别剧烈，应该睇医生，而唔系不断加药。",
)
M(
    "nursing_handover",
    "Handover：{{Bed 12}} 今日 {{NBM}} for OT，{{Bed 15}} K 3.1 已补钾，{{on-call MO}} 已 inform。{{Sister}} 说今晚 bay B 要 isolate。",
)
M(
    "outpatient_dialogue",
    "患者：我小腿后面有个包，医生说是 {{Baker's cyst}}，要开刀吗？\n医生：大多数不用，主要处理膝关节本身的问题，比如 {{osteoarthritis}}。",
)
M(
    "chat_message",
    "{{Bell's palsy}} 和{{中风}}怎么分？我早上起来嘴歪了，额头还能皱。",
    "额头能皱眉而口角歪斜，更像是中枢性面瘫，需要警惕脑卒中，请立即去急诊。贝尔面瘫通常连同一侧额纹也消失。无论哪种，都应尽快就医评估，不要等待。",
)
M(
    "sg_my_clinic",
    "Clinic notice：{{Polyclinic}} 流感疫苗 {{walk-in}} 时间 8am–11am；{{CHAS}} Blue 卡有补贴；急症请拨 {{995}}。",
)
M(
    "ward_round",
    "Ward round：{{GCS}} E3V4M6 = 13，比昨天好。{{Registrar}} 说 repeat CT 稳定，continue {{nimodipine}}。家属 meeting 明天 {{2pm}}。",
)
M(
    "chat_message",
    "孩子 {{Apgar score}} 1 分钟 7 分，5 分钟 9 分，{{护士}}说 OK，这个分数要担心吗？",
    "Apgar评分7分以上属于正常范围，5分钟9分说明宝宝出生后适应良好，一般无需担心。后续按常规做新生儿检查和随访即可。",
)
M(
    "pharmacy_note",
    "Pharmacy：{{Augmentin}} 625 mg tds x 7/7，{{饭后服}}；{{Zyrtec}} 10 mg on 晚上；如有 rash 立即停药。",
)
M(
    "outpatient_dialogue",
    "医生：你的 {{Hunter syndrome}} 筛查结果是 negative。\n家长：那孩子的关节僵硬是什么原因？\n医生：要再查 {{JIA}}，下周 rheumatology clinic。",
)
M(
    "chat_message",
    "我在 {{Tan Tock Seng}} 做了 {{MRI}}，report 写 {{Chiari malformation}}，这个严重吗？",
    "Chiari畸形是小脑扁桃体向下移位进入枕骨大孔的一种结构异常，轻者可以没有症状，只需观察；如有头痛、手脚麻木或吞咽困难等，可能需要神经外科评估是否手术。建议带报告找神经科医生解读。",
)
M(
    "hk_clinic",
    "{{玛丽医院}} 嘅 {{A&E}} 今晚好多人，{{triage}} 话我系 category 4，要等几耐？",
    "第四类（次紧急）病人在公立医院急症室通常要等较长时间，可能几个小时。如果症状加重，要即时通知分流站护士重新评估；非紧急情况也可以考虑去普通科夜诊。",
)
M(
    "chat_message",
    "我爸 {{Parkinson's}} 吃 {{Madopar}}，最近晚上做噩梦大叫，跟药有关吗？",
    "帕金森病患者夜间大喊大叫、拳打脚踢，可能是快速眼动睡眠行为障碍，也可能与多巴胺类药物有关。请把症状详细告诉神经科医生，由医生判断是否调整药物，同时注意床边安全。",
)
M(
    "sg_my_clinic",
    "Discharge advice：{{Dengue}} — drink 2–3 L water daily，avoid {{NSAIDs}}，return to {{A&E}} if bleeding gums or abdominal pain。Platelet check on {{Monday}}。",
)
M(
    "outpatient_dialogue",
    "患者：{{Down syndrome}} 的孩子心脏一定有问题吗？\n医生：大约一半有先天性心脏病，所以出生后要做 {{echo}}，但不是每个都有。",
)
M(
    "chat_message",
    "{{Addison's}} 和 {{Cushing's}} 是不是相反的病？我在网上看到都和 cortisol 有关。",
    "可以这样粗略理解：艾迪生病是肾上腺皮质功能减退，皮质醇分泌不足；库欣综合征则是皮质醇长期过多。两者症状和治疗方向截然不同，需要内分泌科通过血液和激素检查来诊断。",
)
M(
    "hk_clinic",
    "{{Sister}} 话我 {{BP}} 高，要返{{家庭醫學}}門診 check，唔使即刻去急症室啩？",
    "如果只是血压偏高、没有头痛、胸痛、气促、手脚无力或视力模糊，一般可以预约门诊跟进。回家后可以每日早晚量血压并记录，覆诊时带给医生看。",
)
M(
    "table_record",
    "| Time | Item | Result |\n|---|---|---|\n| {{08:00}} | {{Glasgow Coma Scale}} | 15 |\n| 08:00 | 血糖 | {{6.2 mmol/L}} |\n| 12:00 | {{Braden}} | 14 |",
)
M(
    "pharmacy_note",
    "药师提醒：{{同仁堂}} 的 {{牛黄解毒片}} 含雄黄，不宜长期吃；和 {{warfarin}} 一起用之前先问医生。",
)
M(
    "chat_message",
    "Is it safe to take {{Panadol}} and 感冒灵一起？我怕 {{paracetamol}} overdose。",
    "需要小心。很多感冒灵类中成药本身就含对乙酰氨基酚（paracetamol），再加Panadol可能造成重复用药，增加肝损伤风险。服用前看清成分表，24小时内对乙酰氨基酚总量不要超过说明书限定。",
)
M(
    "ward_round",
    "Ward round：{{Crohn's}} flare，CRP 86，start {{IV hydrocortisone}}。{{Consultant}} 说 if no response in 72h，consider infliximab。",
)
M(
    "hk_clinic",
    "病人問：{{HA Go}} app 入面見到下次覆診喺 {{KCC}}，係咪即係 {{Kowloon Central Cluster}}？\n職員：係呀，即係{{伊利沙伯醫院}}嗰邊。",
)
M(
    "sg_my_clinic",
    "Health screening package：{{HbA1c}}、lipid panel、{{ECG}}；{{Medisave}} 可以用于 chronic disease；详情请看 {{HealthHub}}。",
)
M(
    "chat_message",
    "我在 {{Groote Schuur}} 做了 {{Whipple}} surgery，现在 diarrhoea 很多，是正常的吗？",
    "胰十二指肠切除术（Whipple手术）后出现腹泻比较常见，可能与胰腺外分泌功能不足有关，医生常会开胰酶补充剂随餐服用。如果腹泻严重、体重明显下降或伴发热，请尽快联系手术团队。",
)
M(
    "nursing_handover",
    "Night shift：{{Ward 7B}} 新收两个 pt；{{charge nurse}} 要求每 {{4 hourly}} obs；{{ICU outreach}} 会来看 bed 3。",
)
M(
    "outpatient_dialogue",
    "医生：{{Hodgkin}} lymphoma 的 cure rate 其实很高。\n患者：要做几个 cycle 化疗？\n医生：通常 {{ABVD}} 四到六个 cycle，看 {{PET}} 结果。",
)
M(
    "chat_message",
    "{{云南白药}} 可以带去 Canada 吗？{{customs}} 会不会没收？",
    "携带中成药出入境前，请先查询加拿大边境服务局对药品和天然保健品的规定，如实申报，并尽量保留原包装和说明书。含有受管制成分的产品可能被扣留，出发前可咨询航空公司或官方渠道。",
)
M(
    "tw_clinic",
    "衛教：{{Apgar}} 分數、{{新生兒篩檢}}結果會在 {{7天}} 內通知；如有異常，{{長庚}} 遺傳諮詢中心會主動聯繫。",
)
M(
    "sg_my_clinic",
    "{{Klinik Kesihatan}} notice：{{Hari Raya}} 期间 {{closed}} 两天；紧急情况请拨 {{999}} 或去最近 {{hospital}} ED。",
)
# ---------------------------------------------------------------------------
# en rows with PHI -- Canada
# ---------------------------------------------------------------------------
E(
    "en_letter",
    "Dear Dr. [[NAME:Tremblay]],\nRe: [[NAME:Okafor, Chidi N.]]   DOB [[DOB:03-Jul-1961]]   OHIP [[MRN:5843 917 26<luhn> AB]]\nThank you for seeing this gentleman with {{atrial fibrillation}} newly found at a pharmacy screening. He lives alone at [[ADDRESS:Apt 1104, 255 Wellesley St E, Toronto, ON M4X 1G3|Apt 1104|255 Wellesley St E|M4X 1G3]].\nYours sincerely,\n[[NAME:Meera Chaudhary|Meera|Chaudhary]], MD",
)
E(
    "en_chat",
    "hi this is [[NAME:sarah]], my mum [[NAME:jane]] is 81 and fell in the bathroom last night. she says she's fine but her hip looks bruised. we're in Halifax, should i take her to the {{QEII}}?",
    "After a fall at 81, hip pain or bruising with any difficulty bearing weight should be checked the same day, because hip fractures can be missed at first. If she cannot stand or walk normally, call 911 rather than driving her. Keep her comfortable and don't give her anything to eat until she has been assessed.",
)
E(
    "registration_form",
    "PATIENT INTAKE - Calgary walk-in\nLast name: [[NAME:Bouchard]]   First name: [[NAME:Amélie]]\nBirthdate: [[DOB:July 3 1961]]\nAlberta PHN: [[MRN:48213 5907]]\nHome: [[ADDRESS:318 Evanston Dr NW, Calgary, AB T3P 0A4|318 Evanston Dr NW|T3P 0A4]]\nCell: [[PHONE:403-555-0173]]",
)
E(
    "en_case_note",
    "SW note: Pt [[NAME:Wiebe, Harold]] lives on a farm outside Steinbach with his son [[NAME:Dustin]]. Home address [[ADDRESS:Box 42, RR 1, Steinbach, MB R5G 1L9|Box 42, RR 1|R5G 1L9]]. Son works nights; {{home care}} referral sent for AM visits.",
)
E(
    "email_message",
    "From: [[NAME:Hope Desjardins|Hope|Desjardins]] <[[EMAIL:h.desjardins@videotron.ca]]>\nTo: {{Clinique}} reception\nSubject: appointment for my son\nHello, my son [[NAME:Mathis]] (born [[DOB:14 février 2012]]) needs his {{asthma}} review. Our number is [[PHONE:514-555-0128]]. Merci!",
)
E(
    "consent_form",
    "CONSENT TO RELEASE OF INFORMATION\nI, [[NAME:Jaspreet Kaur Gill|Jaspreet|Kaur|Gill]], SIN [[ID:527 318 64<luhn>]], authorise {{Fraser Health}} to release my records to my insurer.\nSignature: [[NAME:J. K. Gill|Gill]]   Date: {{2024-03-18}}",
)
E(
    "phone_followup",
    "Telehealth follow-up: spoke with [[NAME:Bill Kowalchuk|Bill|Kowalchuk]] at [[PHONE:(306) 555-0191]]. Swelling in the left ankle is down since the {{diuretic}} was increased. His daughter [[NAME:Amber]] now fills the pill organiser weekly.",
)
E(
    "en_case_note",
    "Emerg note, {{Vancouver General}}: 19 y/o female brought in by roommate [[NAME:Summer Nakamura|Summer|Nakamura]] after taking ~20 tabs of {{acetaminophen}} at 0200. Pt [[NAME:Li Na Chen|Li|Na|Chen]], DOB [[DOB:2005/01/22]]. NAC started per {{Rumack-Matthew}} nomogram.",
)
E(
    "referral_letter",
    "Referral: {{Ottawa Hospital}} Rheumatology\nPatient: [[NAME:Marc-André Lavoie|Marc-André|Lavoie]], D.O.B [[DOB:1961.07.03]]\nHealth card: [[MRN:2749 163 58<luhn>]]\nAddress: [[ADDRESS:77 rue Principale, Gatineau, QC J9H 3L2|77 rue Principale|J9H 3L2]]\nQuery {{polymyalgia rheumatica}}; ESR 62.",
)
E(
    "en_chat",
    "My dad [[NAME:Young-ho Park|Young-ho|Park]] is in {{Sunnybrook}} after a stroke and the nurse asked for his emergency contact. Is it ok to give them my cell [[PHONE:647-555-0145]] and his old address? He moved in with us last month.",
    "Yes, it's reasonable to give the ward your own number as the emergency contact. For the address, tell the registration desk that he has moved in with you so his hospital record and any follow-up letters go to the right place.",
)
E(
    "en_case_note",
    "Home visit - [[NAME:Nanuq Kilabuk|Nanuq|Kilabuk]], Iqaluit. Elder, {{COPD}} on home O2 2 L. Granddaughter [[NAME:Ooleepeeka]] interprets (Inuktitut). Phone [[PHONE:867-555-0138]]. Next visit with the {{community health nurse}} in two weeks.",
)
# --- en: Ireland ----------------------------------------------------------------
E(
    "en_letter",
    "Dear Dr [[NAME:Ní Bhriain|Ní Bhriain]],\nI reviewed [[NAME:Siobhán Kavanagh|Siobhán|Kavanagh]] (born [[DOB:7th of March 1958]]) in the {{falls clinic}} today. She lives at [[ADDRESS:4 Ashgrove Lawn, Ballincollig, Co. Cork P31 X4Y7|4 Ashgrove Lawn|P31 X4Y7]] with her husband [[NAME:Dermot]].\nKind regards,\n[[NAME:Eoin Mac Giolla Phádraig|Eoin|Mac Giolla Phádraig]], Registrar",
)
E(
    "registration_form",
    "GP REGISTRATION - Galway\nName: [[NAME:Ó Súilleabháin, Pádraig|Ó Súilleabháin|Pádraig]]\nDate of birth: [[DOB:12/3/59]]\nPPSN: [[ID:6432185<pps>]]\nAddress: [[ADDRESS:Cnoc na Gréine, Bearna, Co. Galway H91 E2K3|Cnoc na Gréine|Bearna|H91 E2K3]]\nMobile: [[PHONE:087 412 6935]]\n{{Medical card}}: yes",
)
E(
    "en_chat",
    "hi its [[NAME:aoife]] here, my little lad [[NAME:Cian]] has a temp of 39.4 and a rash that doesn't fade when i press a glass on it. we're in Tallaght",
    "A rash that does not fade under a glass together with fever can be a sign of meningococcal infection, which is an emergency. Please call 112 or 999 now, or go straight to the nearest emergency department - in Tallaght that is {{CHI at Tallaght}}. Do not wait for the rash to change.",
)
E(
    "en_case_note",
    "Discharge note, {{Beaumont}}: [[NAME:Fionnuala O'Driscoll|Fionnuala|O'Driscoll]], MRN [[MRN:B00471926]], D.O.B. [[DOB:19/11/1947]]. {{Community RAG}} referral made. Son [[NAME:Ruairí]] to collect; contact [[PHONE:+353 86 219 4470]].",
)
E(
    "email_message",
    "To: [[EMAIL:reception@ennisfamilypractice.ie]]\ncc: [[NAME:Gráinne Nic Mhathúna|Gráinne|Nic Mhathúna]]\nHi, I'm writing on behalf of my father [[NAME:Seamus Fitzgerald|Seamus|Fitzgerald]], PPS [[ID:2174903<pps>W]], to request a copy of his bloods from last week.\nThanks, [[NAME:Nuala]]",
)
E(
    "phone_followup",
    "Phone call: [[NAME:Dawn Keane|Dawn|Keane]] rang about her mother, [[NAME:Bridget Keane|Bridget|Keane]], Hosp No. [[MRN:0679312]], who is confused since starting {{tramadol}}. Advised to stop it and attend the GP tomorrow. Call-back [[PHONE:(091) 524 817]].",
)
E(
    "insurance_claim",
    "VHI CLAIM FORM\nMember: [[NAME:Conor Whelan|Conor|Whelan]]\nMembership no.: [[MRN:VH 2084 7716]]\nDate of birth: [[DOB:28-Feb-1979]]\nAddress: [[ADDRESS:Apt 12, The Maltings, Bow Street, Dublin 7, D07 TX92|Apt 12|The Maltings|Bow Street|D07 TX92]]\nTreatment: {{knee arthroscopy}}",
)
E(
    "ward_round",
    "Ward round {{St Vincent's}}: Mrs [[NAME:Mulcahy]] (MRN [[MRN:SVUH 0473318]]) day 4 post {{hemicolectomy}}, tolerating diet. Daughter [[NAME:Grace]] asked about home help; {{OT}} to assess. Dr [[NAME:Adebayo]] to review potassium.",
)
# --- en: New Zealand --------------------------------------------------------------
E(
    "referral_letter",
    "eReferral to {{Waikato Hospital}} Orthopaedics\nPatient: [[NAME:Aroha Ngata|Aroha|Ngata]]   NHI: [[MRN:MKR318<nhi>]]\nDOB: [[DOB:04/09/1968]]\nAddress: [[ADDRESS:1420 Pirongia Road, RD 2, Te Awamutu 3872|1420 Pirongia Road|RD 2|3872]]\nPhone: [[PHONE:027 551 3086]]\nSevere {{osteoarthritis}} R knee, unable to work on the farm.",
)
E(
    "en_chat",
    "kia ora, I'm [[NAME:Tama]], my koro [[NAME:Hemi Te Rangi|Hemi|Te Rangi]] has had a cough for 6 weeks and lost heaps of weight. he won't go to the doctor. how do i get him seen?",
    "Six weeks of cough with weight loss needs a doctor's review soon, so it's worth persisting. You could book with his GP and go along with him, or ask the practice about a Māori health provider or a kaiāwhina who can support him. If he gets short of breath or coughs up blood, take him to the emergency department.",
)
E(
    "en_case_note",
    "Community mental health note: [[NAME:Sione Taufa|Sione|Taufa]], NHI [[MRN:TGW705<nhi>]], reviewed at home [[ADDRESS:23B Māngere Road, Ōtāhuhu, Auckland 1062|23B Māngere Road|1062]]. Mother [[NAME:Mele]] reports he has not taken {{olanzapine}} for 10 days.",
)
E(
    "email_message",
    "From: [[NAME:Baker, Rewi|Baker|Rewi]] <[[EMAIL:rewi.baker@xtra.co.nz]]>\nSubject: Repeat prescription\nKia ora, could I please get my {{metformin}} repeated. I've moved to [[ADDRESS:9 Kea Place, Tawa, Wellington 5028|9 Kea Place|5028]]. Best number is [[PHONE:(04) 232 8817]].\nNgā mihi, [[NAME:Rewi]]",
)
E(
    "phone_followup",
    "Plunket nurse phone call: spoke to mum [[NAME:Hayley Brown|Hayley|Brown]] about baby [[NAME:Nova]] (born [[DOB:2 Jan 2024]]). Weight gain good. Reminded about {{6-week immunisations}}. Mobile [[PHONE:+64 21 084 7335]].",
)
E(
    "registration_form",
    "ENROLMENT FORM - Dunedin medical centre\nSurname: [[NAME:Van der Merwe|Van der Merwe]]   Given names: [[NAME:Pieter Johannes|Pieter|Johannes]]\nDate of birth: [[DOB:30 Nov 1955]]\nNHI (if known): [[MRN:ZHX142<nhi>]]\nStreet address: [[ADDRESS:61 Highgate, Roslyn, Dunedin 9010|61 Highgate|9010]]\nPrevious practice: {{Cape Town}}",
)
E(
    "en_case_note",
    "ED triage: [[NAME:Will Tuhoe|Will|Tuhoe]], 34 M, fell off roof at work, {{GCS}} 15, neck pain. Partner [[NAME:Sunny Patel|Sunny|Patel]] on the way, contact [[PHONE:022 417 3390]]. {{ACC45}} lodged.",
)
E(
    "discharge_summary",
    "DISCHARGE SUMMARY - {{Christchurch Hospital}}\nName: [[NAME:Mackenzie, Isla Rose|Mackenzie|Isla|Rose]]\nNHI: [[MRN:QPT263<nhi>]]   DOB: [[DOB:17.05.1992]]\nDiagnosis: {{ectopic pregnancy}}, laparoscopic salpingectomy\nFollow-up with GP: Dr [[NAME:Fergus Aitken|Fergus|Aitken]], {{Riccarton}} Clinic",
)
E(
    "social_work_note",
    "Whānau hui at the ward: [[NAME:Tui Harawira|Tui|Harawira]] (patient, NHI [[MRN:HRW591<nhi>]]), her sisters [[NAME:Kiri]] and [[NAME:Ngaire]], kaumātua [[NAME:Matiu]]. Agreed she will go home to Kaitaia with whānau support. {{Hospice}} referral declined for now.",
)
E(
    "en_chat",
    "Hi, my name is [[NAME:Dawn]] and my husband [[NAME:Grant Tipene|Grant|Tipene]] was just diagnosed with {{Type 2 diabetes}}. His HbA1c is 72. Is that bad?",
    "An HbA1c of 72 mmol/mol is clearly in the diabetes range and above the usual treatment target, but it is very common at diagnosis and it can come down with treatment. His GP or practice nurse will usually start medication and lifestyle support, and recheck in about three months.",
)
# --- en: Australia --------------------------------------------------------------------
E(
    "en_letter",
    "Dear Dr [[NAME:Nguyen]],\nRe: Mr [[NAME:Zbigniew Wójcik|Zbigniew|Wójcik]], DOB [[DOB:11/06/1949]], UR [[MRN:4471823]]\n[[ADDRESS:Unit 5/22 Wattle Grove, Parramatta NSW 2150|Unit 5/22 Wattle Grove|2150]]\nThank you for referring this man with {{Parkinson's disease}}. His wife [[NAME:Halina]] reports more falls.\nRegards, A/Prof [[NAME:Deborah Kearney|Deborah|Kearney]]",
)
E(
    "registration_form",
    "PATIENT DETAILS - Brisbane bulk-billing clinic\nName: [[NAME:Sophie Green|Sophie|Green]]\nMedicare No.: [[MRN:2953 7184<medicare> 1]]\nDOB: [[DOB:22.08.1990]]\nAddress: [[ADDRESS:14/88 Boundary St, West End QLD 4101|14/88 Boundary St|4101]]\nMobile: [[PHONE:0438 219 675]]",
)
E(
    "pharmacy_note",
    "Webster-pak request: [[NAME:Jarrah Walker|Jarrah|Walker]], IHI [[MRN:8003 6081 4725 930<luhn>]]. Lives at [[ADDRESS:3 Mulga Court, Alice Springs NT 0870|3 Mulga Court|0870]]. Aboriginal Health Worker [[NAME:Kumanjayi]] will collect. {{Closing the Gap}} scripts.",
)
E(
    "discharge_summary",
    "DISCHARGE - {{Royal Adelaide Hospital}}\nPatient: [[NAME:Kostas Papadopoulos|Kostas|Papadopoulos]]   URN: [[MRN:RAH0825513]]\nD.O.B: [[DOB:1958-12-25]]\nNOK: [[NAME:Eleni Papadopoulos|Eleni|Papadopoulos]] (wife) [[PHONE:(08) 8261 4937]]\nDx: {{community-acquired pneumonia}}",
)
E(
    "en_chat",
    "G'day, I'm ringing for my mate [[NAME:Hunter]]. he got bitten by a snake on the property near Dubbo about 20 min ago, he's sitting still, what do we do",
    "Call 000 now. Keep him still and calm, apply a firm broad pressure bandage starting over the bite and then covering the whole limb, and splint the limb. Do not wash, cut or suck the bite and do not use a tourniquet. Note the time of the bite for the ambulance crew.",
)
E(
    "consent_form",
    "CONSENT - {{Monash Health}}\nProcedure: {{colonoscopy}}\nPatient: [[NAME:Thi Thu Hang Tran|Thi|Thu|Hang|Tran]]   DOB: [[DOB:1 October 1982]]\nInterpreter used: Vietnamese, interpreter [[NAME:Bao]]\nSigned: [[NAME:T. T. H. Tran|Tran]]",
)
E(
    "social_work_note",
    "SW: Client [[NAME:Rashid Al-Hakim|Rashid|Al-Hakim]] (refugee, arrived 2022) lives with wife [[NAME:Yasmin]] and three children at [[ADDRESS:7/41 Alfred St, Fairfield NSW 2165|7/41 Alfred St|2165]]. Linked with {{STARTTS}} for trauma counselling.",
)
E(
    "phone_followup",
    "Call from [[NAME:Bella Mancini|Bella|Mancini]] re: her father's {{INR}} result. Father [[NAME:Giuseppe Mancini|Giuseppe|Mancini]], Medicare [[MRN:4172 6358<medicare>/2]]. Result 4.1 - withhold tonight, recheck Thursday. Ph [[PHONE:0402 883 164]].",
)
E(
    "en_case_note",
    "Ambulance handover at {{Royal Perth}}: 67 F, found by neighbour [[NAME:Joy]], chest pain since 0600. Pt [[NAME:Beverley Tan|Beverley|Tan]], b. [[DOB:12/4/57]], lives alone, {{troponin}} pending. Neighbour's number for the ward: [[PHONE:0417 520 398]].",
)
# --- en: Singapore and Malaysia --------------------------------------------------------
E(
    "registration_form",
    "SPECIALIST OUTPATIENT REGISTRATION\nName (as in NRIC): [[NAME:Muthu Krishnan a/l Ramasamy|Muthu|Krishnan|Ramasamy]]\nNRIC: [[ID:S6208341<nric>]]\nDOB: [[DOB:08 Mar 1962]]\nAddress: [[ADDRESS:Blk 123 Ang Mo Kio Ave 3 #05-67 Singapore 560123|Blk 123|Ang Mo Kio Ave 3|#05-67|560123]]\nHP: [[PHONE:+65 9123 4865]]",
)
E(
    "en_case_note",
    "FDW [[NAME:Maricel Dela Cruz|Maricel|Dela Cruz]], 31, FIN [[ID:G6021937<nric>]], brought in by employer after fainting while hanging laundry. Employer contact [[PHONE:6453 2718]]. {{Orthostatic}} BP drop noted; Hb 8.4.",
)
E(
    "discharge_summary",
    "DISCHARGE MEMO - {{Changi General Hospital}}\nPatient: [[NAME:Abdul Rahim bin Osman|Abdul|Rahim|Osman]]   MRN: [[MRN:CGH-4188720]]\nDiagnosis: {{diabetic foot ulcer}}, left hallux\nHome: [[ADDRESS:Blk 506 Tampines Central 1 #11-348 Singapore 520506|Blk 506|Tampines Central 1|#11-348|520506]]\nPolyclinic review in 1 week.",
)
E(
    "en_chat",
    "hi doc, I'm [[NAME:Grace Lim|Grace|Lim]], my NRIC is [[ID:T0318472<nric>]] and my number is [[PHONE:8716 2093]]. can you check if my {{Pap smear}} result is out?",
    "I'm not able to look up individual results. You can check your results through the HealthHub app or call the clinic that did the test. Please avoid sharing your NRIC and phone number in open chats.",
)
E(
    "insurance_claim",
    "CLAIM FORM - hospitalisation\nLife assured: [[NAME:Kwek Boon Hwee]]   NRIC: [[ID:S7745210<nric>]]\nDate of birth: [[DOB:1977-04-19]]\nHospital: {{Mount Elizabeth}}\nMailing address: [[ADDRESS:88 Jalan Kembangan, Singapore 419133|88 Jalan Kembangan|419133]]\nEmail: [[EMAIL:kwek.bh77@singnet.com.sg]]",
)
E(
    "en_letter",
    "Dear Dr [[NAME:Sivakumar]],\nRe: [[NAME:Nur Aisyah binti Kamal|Nur|Aisyah|Kamal]], IC [[ID:920815-10-6144]], DOB [[DOB:15.08.1992]]\nAddress: [[ADDRESS:No. 12, Jalan SS 2/44, 47300 Petaling Jaya, Selangor|No. 12, Jalan SS 2/44|47300]]\nThank you for seeing this lady with {{SLE}} and new proteinuria.\nYours, [[NAME:Leong Mun Yee]]",
)
E(
    "phone_followup",
    "Post-discharge call: [[NAME:Ganesan s/o Velu|Ganesan|Velu]] answered at [[PHONE:012-345 6789]]. No chest pain since {{PCI}}. Reminded to bring MRN card ([[MRN:RN 2287461]]) to {{Hospital Sultanah Aminah}} clinic on 3/6.",
)
E(
    "en_case_note",
    "Ward note, Kota Kinabalu: Pt [[NAME:Jainal Amit|Jainal|Amit]], MyKad [[ID:801123-12-5379]], from [[ADDRESS:Kampung Tampasak, 89200 Tuaran, Sabah|Kampung Tampasak|89200]]. {{Melioidosis}} suspected; blood C/S sent. Wife phone [[PHONE:019-874 2153]].",
)
E(
    "table_record",
    "Name | IC | Phone | Next TCA\n[[NAME:Wong Kah Wai]] | [[ID:650302-08-5219]] | [[PHONE:016-552 3094]] | {{12/07}}\n[[NAME:Saraswathy a/p Munusamy|Saraswathy|Munusamy]] | [[ID:710919-05-6338]] | [[PHONE:03-7956 1182]] | {{19/07}}",
)
E(
    "email_message",
    "From: [[EMAIL:mark.fernando88@yahoo.com]]\nTo: appointments\nHi, this is [[NAME:Mark Fernando|Mark|Fernando]]. Please reschedule my mother [[NAME:Rosalind Fernando|Rosalind|Fernando]]'s {{physiotherapy}} to next week. Her address has changed to [[ADDRESS:23A Lorong Kurau 4, Bangsar, 59100 Kuala Lumpur|23A Lorong Kurau 4|59100]].",
)
# --- en: India ---------------------------------------------------------------------------
E(
    "registration_form",
    "OPD REGISTRATION - Bengaluru\nName: [[NAME:Rajesh Kumar Subramaniam]]\nAge/Sex: {{54/M}}\nAadhaar: [[ID:5284 7193 062<aadhaar>]]\nUHID: [[MRN:UH2024-0193847]]\nAddress: [[ADDRESS:Flat 3B, Sai Krupa Apartments, 4th Cross, Jayanagar 4th Block, Bengaluru 560041|Flat 3B|Sai Krupa Apartments|4th Cross|560041]]\nMobile: [[PHONE:+91 98450 12375]]",
)
E(
    "en_chat",
    "Hello sir, I am [[NAME:Anjali Menon|Anjali|Menon]] from Kochi. My father's sugar is 320 fasting even with {{insulin}}. His doctor Dr [[NAME:Thomas Kurian|Thomas|Kurian]] is on leave. What to do?",
    "A fasting sugar of 320 mg/dL despite insulin needs medical review soon. Please contact the hospital where he is treated and ask for the covering doctor, and check whether he has vomiting, drowsiness or breathing difficulty - if so, take him to emergency. Do not change the insulin dose without advice.",
)
E(
    "discharge_summary",
    "DISCHARGE SUMMARY - {{AIIMS}} New Delhi\nPatient: [[NAME:Mohd. Irfan Qureshi|Irfan|Qureshi]]   CR No.: [[MRN:20240318556]]\nDOB: [[DOB:05-01-1988]]\nAddress: [[ADDRESS:H.No. 27, Gali No. 4, Zakir Nagar, New Delhi 110025|H.No. 27, Gali No. 4|Zakir Nagar|110025]]\nDx: {{pulmonary tuberculosis}}, DOTS started",
)
E(
    "referral_letter",
    "Respected Sir/Madam,\nKindly see Mrs [[NAME:Lakshmi Narayanan|Lakshmi|Narayanan]], DOB [[DOB:17th June 1966]], Aadhaar [[ID:7413 8820 519<aadhaar>]], with {{carcinoma cervix}} stage IIB for radiotherapy.\nThanking you,\nDr [[NAME:P. Venkatesh|Venkatesh]], MS (OBG)",
)
E(
    "phone_followup",
    "Tele-MANAS call: caller [[NAME:Ritika Sharma|Ritika|Sharma]], 22, from Pune, ph [[PHONE:+91 70204 58813]]. Reports panic attacks before exams. Counselling given; referred to {{district mental health programme}}.",
)
E(
    "insurance_claim",
    "CASHLESS PRE-AUTH (Ayushman)\nBeneficiary: [[NAME:Sunita Devi]]   PM-JAY ID: [[MRN:PJ4K7M2QX]]\nAadhaar: [[ID:6930 2417 885<aadhaar>]]\nHusband: [[NAME:Ramesh Yadav|Ramesh|Yadav]]\nVillage: [[ADDRESS:Village Bhitari, Post Saidpur, District Ghazipur, Uttar Pradesh 233304|Village Bhitari|Post Saidpur|233304]]",
)
E(
    "en_case_note",
    "Home visit, Chennai: [[NAME:Balasubramanian]] (single name), 78, lives at [[ADDRESS:No. 14, 2nd Street, Gandhi Nagar, Adyar, Chennai 600020|No. 14, 2nd Street|Gandhi Nagar|600020]]. Grandson [[NAME:Karthik]] manages meds. Landline [[PHONE:044-2441 7730]]. {{Bedsore}} healing.",
)
E(
    "email_message",
    "Subject: Lab report - [[NAME:Deepa Iyer|Deepa|Iyer]]\nDear team, please find attached the {{thyroid profile}} of my wife, Patient ID [[MRN:KMC/OP/2024/77813]], DOB [[DOB:1990.11.02]]. Kindly forward to Dr [[NAME:Shetty]].\nRegards,\n[[NAME:Arvind Iyer|Arvind|Iyer]]\n[[PHONE:98860 47125]]",
)
E(
    "en_chat",
    "my name is [[NAME:harpreet]], my nani got {{dengue}} and platelets 40,000, doctor in Ludhiana saying admit. we live at [[ADDRESS:House 212, Model Town Extension, Ludhiana 141002|House 212|Model Town Extension|141002]], is admit needed?",
    "A platelet count of 40,000 in dengue, especially in an elderly person, is usually managed in hospital so that fluids, bleeding signs and blood counts can be watched closely. It is reasonable to follow the doctor's advice and admit her.",
)
# --- en: South Africa ----------------------------------------------------------------
E(
    "registration_form",
    "CLINIC FOLDER - Khayelitsha CHC\nSurname: [[NAME:Mthembu]]   First names: [[NAME:Nomvula Patience|Nomvula|Patience]]\nID number: [[ID:850426081508<sa>]]\nDate of birth: [[DOB:26 April 1985]]\nAddress: [[ADDRESS:Site C, Section 27, No. 1143, Khayelitsha, Cape Town, 7784|Site C, Section 27, No. 1143|7784]]\nCell: [[PHONE:082 417 3365]]",
)
E(
    "en_case_note",
    "Casualty note, {{Chris Hani Baragwanath}}: [[NAME:Sipho Dlamini|Sipho|Dlamini]], 28 M, stabbed L chest, {{FAST}} negative, ICD inserted. Girlfriend [[NAME:Thandiwe]] at bedside. Folder no. [[MRN:CH 7741-093]]. Lives [[ADDRESS:Stand 4471, Zone 6, Pimville, Soweto, 1809|Stand 4471, Zone 6|Pimville|1809]].",
)
E(
    "en_letter",
    "Dear Dr [[NAME:Pillay]],\nRe: [[NAME:Fatima Essop|Fatima|Essop]] (ID [[ID:910713013408<sa>]])\nThank you for referring Mrs [[NAME:Essop]] with {{Graves' disease}}. I have started carbimazole 30 mg. Please repeat TFTs in 6 weeks.\nKind regards,\nDr [[NAME:Johan Botha|Johan|Botha]], {{Groote Schuur}} Endocrine Clinic",
)
E(
    "en_chat",
    "hi im [[NAME:lerato]], my granny [[NAME:Mmapula Mokoena|Mmapula|Mokoena]] is on ARVs and her clinic in Tembisa ran out of {{TLD}}. can she take my aunt's pills for a few days?",
    "It is not safe to take someone else's ARVs, even for a few days, because the regimen, dose and her kidney function may be different. Please ask the clinic for an interim supply or a referral to another facility, or phone the AIDS helpline for help finding stock. Missing doses should be kept to a minimum.",
)
E(
    "social_work_note",
    "SW note: [[NAME:Johannes Petrus van der Berg|Johannes|Petrus|Berg]], 74, widower, lives alone on [[ADDRESS:Plot 88, Boschkop Road, Pretoria East, 0081|Plot 88|Boschkop Road|0081]]. Daughter [[NAME:Annelie]] in Perth. Referred to {{SASSA}} for older persons grant review.",
)
E(
    "discharge_summary",
    "DISCHARGE - {{Inkosi Albert Luthuli}}\nName: [[NAME:Zanele Ngcobo|Zanele|Ngcobo]]\nHosp no.: [[MRN:IALCH 0618342]]\nDOB: [[DOB:3rd of September 1976]]\nAddress: [[ADDRESS:K 1742, Umlazi Township, Durban, 4066|K 1742|Umlazi Township|4066]]\nNOK: [[NAME:Bongani Ngcobo|Bongani|Ngcobo]] [[PHONE:+27 72 418 5530]]",
)
E(
    "phone_followup",
    "Telephonic follow-up: [[NAME:Oluwaseun Adeyemi|Oluwaseun|Adeyemi]] (Nigerian, works in Sandton) called from [[PHONE:071 862 0493]]. {{Malaria}} smear negative x3; fever settled. Advised to finish artemether-lumefantrine.",
)
E(
    "consent_form",
    "CONSENT FOR HIV TESTING\nI, [[NAME:Precious Khumalo|Precious|Khumalo]], ID no. [[ID:000718104508<sa>]], agree to be tested.\nCounsellor: [[NAME:Lindiwe]]   Date: {{2024/05/21}}\nSignature: [[NAME:P. Khumalo|Khumalo]]",
)
E(
    "en_case_note",
    "Community health worker visit, Mitchells Plain: [[NAME:Abdurahman Jacobs|Abdurahman|Jacobs]], DOB [[DOB:1952/08/14]], {{CCF}}, ankles swollen. Lives [[ADDRESS:31 Kingfisher Way, Rocklands, Mitchells Plain, 7798|31 Kingfisher Way|Rocklands|7798]] with wife [[NAME:Gadija]].",
)
# --- en: Hong Kong English --------------------------------------------------------------
E(
    "en_letter",
    "Dear Dr [[NAME:Lam]],\nRe: Mr [[NAME:CHAN Tai-keung|CHAN|Tai-keung]], HKID [[ID:D472915(<hk>)]]\nThis 63-year-old man with {{nasopharyngeal carcinoma}} completed radiotherapy at {{Queen Elizabeth Hospital}}. He lives at [[ADDRESS:Flat 1508, Kwai Wing House, Kwai Fong Estate, Kwai Chung, New Territories|Flat 1508|Kwai Wing House|Kwai Fong Estate]].\nWith best wishes,\n[[NAME:Winnie Ho Wing-yan|Winnie|Ho|Wing-yan]]",
)
E(
    "en_case_note",
    "GOPC note: [[NAME:Lau Wai Kuen]], F/71, {{DM}} + HT, HbA1c 7.2. Daughter [[NAME:Cheryl]] reports mother skipping insulin when she goes to church. Contact [[PHONE:9326 5188]]. FU 16/52.",
)
E(
    "registration_form",
    "Registration - private clinic, Central\nName: [[NAME:Lee Ka-yan|Lee|Ka-yan]] (Miss)\nHKID: [[ID:Z681042(<hk>)]]\nDate of birth: [[DOB:06/11/1996]]\nAddress: [[ADDRESS:Room 2803, 28/F, Block B, Tai Koo Shing, Quarry Bay|Room 2803, 28/F|Block B|Tai Koo Shing]]\nEmail: [[EMAIL:kayanlee96@gmail.com]]",
)
E(
    "phone_followup",
    "Call to [[PHONE:+852 5193 2807]]: spoke with Mr [[NAME:Tsang Chun-wai|Tsang|Chun-wai]], son of patient [[NAME:Tsang Yuk Lan]]. Mother's {{CT}} booked at {{PYNEH}}. Son asked for the report to be posted to [[ADDRESS:Flat D, 12/F, Tung Fai Building, 27 Shau Kei Wan Road|Flat D, 12/F|Tung Fai Building|27 Shau Kei Wan Road]].",
)
# --- en: names that are words, clergy, signatures, other origins -------------------
E(
    "en_case_note",
    "Chaplaincy note: Father [[NAME:Declan Moran|Declan|Moran]] visited [[NAME:Ivanka Horvat|Ivanka|Horvat]] in {{ICU bed 5}} at her request. Her brother [[NAME:Tomislav]] asked for Rev [[NAME:Aisling Byrne|Aisling|Byrne]] to also call in.",
)
E(
    "email_message",
    "From: [[NAME:Faith Okoro|Faith|Okoro]]\nTo: [[NAME:Noor Al-Sayed|Noor|Al-Sayed]]\ncc: [[NAME:Tomasz Nowak|Tomasz|Nowak]]\nSubject: case conference - Case No. [[MRN:CN-2024-1187]]\n[[NAME:Noor]], can we move the conference for [[NAME:Bogdan Kovalenko|Bogdan|Kovalenko]] to Friday? His {{ESR}} is back. - [[NAME:Faith]]",
)
E(
    "en_chat",
    "Thanks, [[NAME:Priyanka]]. Can you also tell Dr [[NAME:Hussain]] that [[NAME:Baker]] from bed 9 is asking for him? he's worried about his {{HbA1c}} being 9%",
)
E(
    "ward_round",
    "WR: Pt [[NAME:Olusegun Bankole|Olusegun|Bankole]] (Hospital No. [[MRN:0882147]]) — {{AKI}} improving, creatinine 168 from 310. Sister [[NAME:Brown]] says he is eating. Plan: stop IV fluids, {{U&E}} tomorrow.\nSigned [[NAME:Mateo de la Cruz|Mateo|Cruz]], HMO",
)
E(
    "en_case_note",
    "Triage: [[NAME:Young, Jessica|Young|Jessica]] 27 F, {{ectopic}} risk, bHCG 2100. Partner [[NAME:Hunter Reid|Hunter|Reid]] present. Phone [[PHONE:0491 738 226]]. Regards, Triage RN [[NAME:Rosa Vlahos|Rosa|Vlahos]]",
)
E(
    "pediatric_note",
    "Paeds clinic, Auckland: [[NAME:Summer-Rose Tapsell|Summer-Rose|Tapsell]], 4 y, {{eczema}} flare. Mum [[NAME:Kahurangi]] using oats baths. DOB [[DOB:21/12/2019]]. NHI [[MRN:YBR884<nhi>]].",
)
E(
    "pediatric_note",
    "Well-baby visit: [[NAME:Amaru O'Neill|Amaru|O'Neill]], born [[DOB:Feb 29 2024]], 6/52, feeding well. Parents [[NAME:Ciara]] and [[NAME:Tane]]. Address for the {{Well Child}} provider: [[ADDRESS:18 Moana Avenue, Onekawa, Napier 4110|18 Moana Avenue|4110]].",
)
E(
    "lab_report",
    "PATHOLOGY REPORT - {{PathWest}}\nPatient: [[NAME:Kaur, Manpreet|Kaur|Manpreet]]   UR: [[MRN:F2918374]]\nDOB: [[DOB:09/09/1986]]\nSpecimen: cervical smear, collected {{14/05/2024}}\nResult: {{HSIL}}\nRequesting doctor: Dr [[NAME:Amit Bose|Amit|Bose]]",
)
E(
    "en_chat",
    "Hi, this is [[NAME:will]]. I'm 17 and live at [[ADDRESS:42 Tui Street, Frankton, Hamilton 3204|42 Tui Street|3204]] with my nan. She's been really sleepy and her sugar reading says HI. What do I do?",
    "A glucose meter reading of HI means her blood sugar is very high, and with sleepiness this can be an emergency. Call 111 now for an ambulance. While you wait, if she is awake, give her sips of water, and have her medicine list ready for the paramedics.",
)
E(
    "en_case_note",
    "ED note {{Tygerberg}}: [[NAME:Mark Adams|Mark|Adams]], 35, assaulted at a taxi rank, {{GCS 14}}. ID [[ID:881030523208<sa>]]. Lives [[ADDRESS:19 Aster Road, Bonteheuwel, Cape Town, 7764|19 Aster Road|Bonteheuwel|7764]]. Brother [[NAME:Clint]] phoned from [[PHONE:076 491 8823]].",
)
E(
    "registration_form",
    "Form for new patients - Winnipeg\nName: [[NAME:Rose Tan|Rose|Tan]]\nDate of birth: [[DOB:October 14, 1948]]\nManitoba health #: [[MRN:118 402 736]]\nAddress: [[ADDRESS:412-1150 Pembina Hwy, Winnipeg, MB R3T 2A6|412-1150 Pembina Hwy|R3T 2A6]]\nPhone: [[PHONE:204-555-0119]]\nLanguage: Cantonese",
)
# ---------------------------------------------------------------------------
# en rows, PHI-free look-alikes
# ---------------------------------------------------------------------------
E(
    "en_chat",
    "I was told I have {{Graves' disease}} and my eyes look a bit bulgy. Will the eye changes go away once my thyroid is treated?",
    "{{Thyroid eye disease}} often improves once thyroid levels are controlled, but it does not always fully resolve and it runs a course of its own. Stopping smoking makes a big difference. If you have eye pain, double vision or reduced vision, ask for an urgent eye review.",
)
E(
    "en_case_note",
    "Neuro note: right-sided {{Bell's palsy}}, onset this morning, forehead involved, no limb weakness. {{House-Brackmann}} grade III. Prednisolone 60 mg started within 72 h. Eye care advice given.",
)
E(
    "en_chat",
    "My GP says the lump behind my knee is a {{Baker's cyst}}. I {{hope}} it's not something serious - it hurts when I bend.",
    "A Baker's cyst is a fluid-filled swelling that usually comes from a problem inside the knee such as arthritis or a cartilage tear; it is not cancer. Treating the knee problem often helps. If your calf suddenly becomes swollen, red or very painful, seek care the same day, since a burst cyst can look like a clot.",
)
E(
    "en_case_note",
    "Genetics clinic: suspected {{Hunter syndrome}} (MPS II); urinary GAGs raised; enzyme assay requested. Family history reviewed; X-linked inheritance explained. Referral to {{metabolic service}} made.",
)
E(
    "en_chat",
    "Is {{Down syndrome}} screening free in New Zealand? I'm 12 weeks and the midwife mentioned a blood test and a scan.",
    "Yes - antenatal screening for Down syndrome and some other conditions is offered free in New Zealand, using a blood test and a {{nuchal translucency}} scan in the first trimester or a blood test in the second. Your midwife or doctor can explain what a higher-chance result would mean before you decide.",
)
E(
    "ward_round",
    "Ward round: {{GCS}} 14 (E4 V4 M6), improving. {{Glasgow Coma Scale}} to be done hourly overnight. The registrar will review the repeat CT with {{neurosurgery}} in the morning.",
)
E(
    "en_case_note",
    "Delivery note: live female, {{Apgar score}} 8 at 1 min and 9 at 5 min, birth weight {{3.42 kg}}. Cord gases normal. Skin-to-skin in theatre. Paediatrician not required.",
)
E(
    "en_chat",
    "I pay the hospital {{bill}} every month but there's a {{grace period}} on my insurance - if I miss one will they stop my chemo?",
    "Treatment decisions in public hospitals are not usually tied to payment, but private arrangements differ. Speak to the hospital's billing office and your insurer now; most have hardship options and can explain exactly what happens after a missed payment.",
)
E(
    "en_case_note",
    "Obs: pt woke at {{dawn}} with chest tightness, {{amber}} on the early warning chart (score 4). ECG sinus rhythm. Troponin at 0 and 3 h ordered.",
)
E(
    "en_chat",
    "There's a {{brown}} mark on my back that looks darker than before, and the edge has gone a bit {{green}} around it after I scratched it. Should I get it checked?",
    "Yes - a mole that is changing in colour, size or shape should be checked by a doctor, ideally with a skin check. The greenish colour may just be bruising or infection from scratching, but the change in the mole itself is the important part. Book a GP visit soon.",
)
E(
    "en_case_note",
    "Dermatology: {{rose}}-coloured papules on the trunk in a Christmas-tree pattern, herald patch 2 weeks ago - consistent with {{pityriasis rosea}}. Reassurance given.",
)
E(
    "en_chat",
    "Is it normal to feel {{young}} and fit one day and exhausted the next when you have {{lupus}}? It's {{sunny}} today and I'm completely wiped out.",
    "Yes, fatigue that comes and goes is very common in lupus, and sunlight can trigger flares in some people. Sun protection, pacing your activity and good sleep help. If the fatigue comes with fever, joint swelling, rash or chest pain, contact your rheumatology team.",
)
E(
    "en_case_note",
    "MDT: transfer to {{Tan Tock Seng Hospital}} declined; patient to remain here. {{Parkinson's}} meds to be given on time - {{Get It On Time}} poster reminder at the nurses' station.",
)
E(
    "en_chat",
    "My dad was admitted to {{Groote Schuur}} yesterday. What are the visiting hours and can I bring food from home?",
    "Visiting hours differ between wards, so the simplest is to phone the hospital switchboard and ask for his ward, or check the Western Cape Government health website. Many wards allow home food unless the patient is on a special diet or {{nil by mouth}} - ask the nurse first.",
)
E(
    "en_case_note",
    "Handover: {{Bed 14}} due {{0600}} bloods; {{bay 3}} isolation for {{C. diff}}; the on-call registrar aware of {{bed 22}} potassium 6.1.",
)
E(
    "en_chat",
    "Healthline said to ring back if things get worse. What's their number again? I'm in Rotorua.",
    "Healthline is free on {{0800 611 116}}, any time, day or night. If it is an emergency, call {{111}}. If you need to talk to someone about stress or mental health, you can call or text {{1737}}.",
)
E(
    "en_case_note",
    "Pharmacy: {{Panadol}} 1 g qid PRN max 4 g/24 h; {{Nurofen}} 400 mg tds with food; avoid both with {{warfarin}} without checking.",
)
E(
    "en_chat",
    "Can I take {{Panadol Osteo}} with {{Voltaren}} gel for my knee? I'm 68.",
    "Yes, paracetamol taken by mouth and diclofenac gel applied to the skin can generally be used together, as very little of the gel reaches the bloodstream. Stick to the label doses and avoid extra paracetamol from cold and flu products. Ask your pharmacist if you take blood thinners or have kidney problems.",
)
E(
    "en_case_note",
    "Discharge plan: review in {{Fracture Clinic}} on {{12/06/2024}}; {{boot}} for 6 weeks; weight bearing as tolerated. {{Orthopaedic}} registrar happy.",
)
E(
    "en_chat",
    "My doctor says I have {{Addison's disease}}. Does that mean I need steroids forever?",
    "In most people, yes - Addison's disease means the adrenal glands don't make enough cortisol, so daily replacement with {{hydrocortisone}} is lifelong. You will also learn 'sick day rules' for doubling the dose when unwell, and you should carry a steroid card or wear a medical alert.",
)
E(
    "en_case_note",
    "Endocrine clinic: {{Cushing's syndrome}} excluded - overnight dexamethasone suppression cortisol 32 nmol/L. {{ICD-10}} E27.1 recorded for prior adrenal insufficiency. Return in 6 months.",
)
E(
    "en_chat",
    "What does {{Crohn's}} vs {{ulcerative colitis}} actually mean? My colonoscopy report says \"features favour Crohn's\".",
    "Both are types of inflammatory bowel disease. Crohn's disease can affect any part of the gut, often in patches and through the whole bowel wall, while ulcerative colitis affects the lining of the large bowel continuously from the rectum. 'Features favour' means the doctor thinks Crohn's is more likely, and biopsies help confirm it.",
)
E(
    "en_case_note",
    "Haematology MDT {{2024-04-09}}: classical {{Hodgkin lymphoma}}, stage IIA. Plan {{ABVD}} x 4 then PET. Fertility counselling before cycle 1.",
)
E(
    "en_chat",
    "Our son's {{Apgar}} was 6 at one minute. Does that mean he'll have learning problems?",
    "A one-minute Apgar of 6 is common and usually reflects the normal adjustment after birth. The five-minute score is more informative, and most babies with a one-minute score of 6 go on to be completely well. If you have concerns about his development later, talk to your {{Plunket}} nurse or GP.",
)
E(
    "en_case_note",
    "Community clinic Soweto: {{10177}} ambulance called for a patient with {{eclampsia}}; magnesium sulfate 4 g IV given. Transfer to {{Chris Hani Baragwanath}} arranged.",
)
E(
    "en_chat",
    "What's the number for the poisons line in Australia? My toddler just drank some {{Dettol}}.",
    "Call the Poisons Information Centre on {{13 11 26}} now - it is open 24 hours. Don't make your child vomit. If your child is drowsy, having trouble breathing or having a seizure, call {{000}} for an ambulance.",
)
E(
    "en_case_note",
    "Ward 4C notice: {{Sister}} in charge today; {{Charge Nurse}} on leave. Bed 12 and {{bed 16}} for discharge by 10:00. The {{registrar}} will do the TTOs.",
)
E(
    "en_chat",
    "I'm in Singapore on holiday and my throat is really sore. Is there something like a GP I can just walk into? Do I call {{995}}?",
    "995 is for emergencies, such as chest pain or difficulty breathing. For a sore throat you can walk into a private GP clinic or a {{polyclinic}}; many private clinics see tourists the same day. Bring your passport and travel insurance details.",
)
E(
    "en_case_note",
    "Dietitian note: recommend {{Ensure}} 2 serves daily and {{Weet-Bix}} with full-cream milk for breakfast; weight 48.2 kg (BMI 17.6). Review in 2 weeks.",
)
E(
    "en_chat",
    "I've had a red {{mark}} on my cheek since the end of {{Summer}}. It's a bit scaly and won't go away. Could it be skin cancer?",
    "A red patch that hasn't cleared after several weeks is worth showing to a doctor, especially if it is scaly, bleeds or keeps coming back, since sun-damaged skin can develop early skin cancers. A GP or skin check clinic can look at it and decide whether a biopsy is needed.",
)
E(
    "en_case_note",
    "Mental health: patient {{will}} attend the {{Hope}} group on Tuesdays (peer support, {{Rainbow Place}}). Crisis plan: Lifeline {{13 11 14}}.",
)
E(
    "en_chat",
    "The nurse at {{Tygerberg}} said my baby's jaundice is 'physiological'. Do we need to come back?",
    "Physiological jaundice is common in the first week and usually fades on its own. The staff will tell you if a repeat {{bilirubin}} test is needed. Come back sooner if the yellow colour spreads to the legs, your baby is very sleepy or not feeding well, or the stools are pale.",
)
E(
    "en_case_note",
    "Audit: 2023 {{ESC guideline}} vs {{2021 AHA}} chest pain pathway compared; 46 patients reviewed; median door-to-ECG 7 min. No patient identifiers retained.",
)
E(
    "en_chat",
    "Does the {{Christchurch Hospital}} ED have a separate children's area? My daughter is 3 and has a barking cough.",
    "Yes, many larger emergency departments have a paediatric area, but a barking cough in a 3-year-old is often {{croup}}, which can usually be assessed by a GP or after-hours clinic. Go to the ED or call 111 if she has noisy breathing at rest, is struggling to breathe, drooling or turning pale or blue.",
)
E(
    "en_case_note",
    "Ophthalmology: {{Snellen}} 6/9 right, 6/12 left. {{Amsler grid}} normal. Review 3 months. Driving permitted.",
)
E(
    "en_chat",
    "My husband keeps saying he's fine after his heart attack but his ankles are swelling. Is that from the {{bisoprolol}}? We see the cardiac nurse on {{Monday}}.",
    "Ankle swelling after a heart attack can be a sign of heart failure, and some heart medicines can also cause it. If he is more breathless than usual, can't lie flat or has gained more than 2 kg in a few days, get him seen before Monday. Otherwise mention it to the cardiac nurse.",
)
E(
    "en_case_note",
    "Bay 2 whiteboard: {{NBM}} from midnight; {{Bed 7}} for {{OGD}} 09:30; bed 8 - {{falls risk}}, bed rails up.",
)
E(
    "en_chat",
    "I'm at {{Westmead}} with my son, the triage nurse said his {{Young}} Persons' mental health team will call. How long does that take?",
    "Response times vary, but the hospital team can usually tell you when to expect a call before you leave. Make sure they have your correct contact details, and ask what to do in the meantime if things get worse. If he is at immediate risk, stay in the ED or call 000.",
)
E(
    "en_case_note",
    "Infection control: {{Room 11}} contact precautions ({{MRSA}}); {{Room 12}} droplet precautions until 48 h of antibiotics. Signage updated by the nurse in charge.",
)


# ===========================================================================
def main():
    _self_test_checks()
    rows = [build(lang, style, turns) for lang, style, turns in ROWS]
    R.shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = "dev17-%04d" % i
        verify(r)
    assert len(rows) == 400 and len({r["id"] for r in rows}) == 400, len(rows)
    lang = Counter(r["lang"] for r in rows)
    assert lang == Counter(TARGET_LANG), lang
    free = sum(1 for r in rows if not r["spans"])
    assert free == TARGET_FREE, free
    styles = Counter(r["style"] for r in rows)
    assert len(styles) >= 20, styles
    seen = Counter()
    for r in rows:
        for s in set(sentences(r["turns"])):
            seen[s] += 1
    dups = [s for s, c in seen.items() if c > 1]
    assert not dups, ("sentence repeated across rows", dups[:5])
    kinds = Counter(sp["kind"] for r in rows for sp in r["spans"])
    total = sum(kinds.values())
    share = {k: kinds[k] / total for k in KINDS}
    assert 0.45 <= share["NAME"] <= 0.65, share
    for k in ("PHONE", "ID", "MRN", "ADDRESS", "DOB"):
        assert 0.04 <= share[k] <= 0.15, (k, share)
    assert kinds["EMAIL"] >= 5, kinds
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    by_lang_free = Counter(r["lang"] for r in rows if not r["spans"])
    by_lang_spans = Counter()
    for r in rows:
        by_lang_spans[r["lang"]] += len(r["spans"])
    print("wrote %s: %d rows (%d PHI-free)" % (OUT_PATH, len(rows), free))
    print(
        "languages:",
        dict(lang),
        " PHI-free by language:",
        dict(by_lang_free),
        " spans by language:",
        dict(by_lang_spans),
    )
    print("spans by kind (%d):" % total, ", ".join("%s %d (%.1f%%)" % (k, kinds[k], 100 * share[k]) for k in KINDS))
    for k in KINDS:
        sub = Counter(subtype(k, sp["text"], r["turns"]) for r in rows for sp in r["spans"] if sp["kind"] == k)
        print("  %-7s %s" % (k, dict(sub)))
    print("protect strings: %d" % sum(len(r["protect"]) for r in rows))
    print("styles (%d):" % len(styles), dict(styles))


if __name__ == "__main__":
    main()
