#!/usr/bin/env python3
"""Generator for tests/data/deid_dev16.jsonl -- a labelled de-identification
development set of Chinese / mixed / English clinical conversations whose
focus is the identifiers OTHER than Chinese personal names.

DATA CARD
=========

Provenance
----------
Written BLIND in round 18 by a helper session started for that purpose.  The
author read only section 7 ("De-identification") of /work/shared/PROTOCOL.md,
which says which identifiers count as PHI (names, phone numbers, national ID
numbers, medical record numbers, e-mail and street addresses, exact dates of
birth in Chinese and English forms), plus tests/data/make_deid_dev15.py and
the first 30 lines of its output, read only to copy the row format and the
style of this data card.  The author did NOT read anything else under
annotation/, bench/, docs/ or tests/, no README, no git history, and no other
deid_* data file or make_deid_* generator; the scrubber was never run.  Its
rules, regexes, cue lists and word lists were never seen, so the texts below
were written without knowledge of what the scrubber does or does not catch.

Every row below was written by hand for this set (one hand-written text per
row; no slot filling, no template reused).  All people, numbers and addresses
are synthetic: street names, estates, villages and house numbers were made up
or freely recombined, phone and record numbers were typed as random-looking
digit strings, and national ID check digits (GB 11643 resident IDs, Hong Kong
and Taiwan IDs, NHS numbers) are computed by this script from the hand-typed
body of the number.  Hospital names are real public institutions and appear
only as PHI-free look-alikes.  Any match with a real person or a real private
address is coincidental.

Target
------
400 conversations (rows), deterministic (stdlib only; the hand-written rows
are shuffled with one random.Random(16) and then numbered dev16-0001 ...):
  * language: 200 "zh" (Simplified, plus Traditional rows in Hong Kong /
    Taiwan style), 90 "mixed" (Chinese/English code-switching, including Hong
    Kong Cantonese-English), 110 "en" (UK / US / Australian style text);
  * 140 rows (35 %) are PHI-free look-alike traps whose tricky substrings are
    listed in "protect";
  * spans in rows with PHI: about one third ADDRESS, one sixth DOB, one sixth
    MRN / other record numbers, one sixth PHONE + ID together, and the rest
    NAME (mostly English and romanised names) plus a few EMAILs.  The exact
    counts are printed on each run.

Phenomena covered
-----------------
ADDRESS: Chinese addresses of many shapes -- province/city/district/street/
road/lane (弄 巷 号 栋 幢 座 单元 室 楼 门 梯 号院 附X号 之一), estates
(小区 花园 苑 新村 公寓 里 大厦 广场), villages and rural addresses (村 组
屯 村民小组 嘎查 村委会, 某某县某某镇某某村三组), towns (镇 乡 街道),
industrial parks / development zones, factory dormitories, urban villages,
addresses without the province or city, written with spaces or commas,
OCR-spaced, with postcodes, glued to cue words (住在 家住 现住 户籍地 送至
寄到 搬到), inside delivery, rental, insurance and ambulance notes; Hong Kong
(九龍 / 新界 estates 邨, 樓 室, 村屋 地下) and Taiwan (市 區 路 段 巷 弄 號
樓, 里 鄰) forms; English addresses (UK with flats and postcodes, US with
Apt / Suite / compass prefixes / ZIP, Australian Unit x/yy with state +
postcode, PO Box, rural routes, an address split across a line, lowercase
typed addresses in chat, Chinese addresses romanised in English letters).
DOB: 出生日期 / 生日 / 出生于 / 生于 / X生 / DOB / D.O.B. / born / birthdate /
date of birth; 1985年3月2日, 85年3月2日, 一九六三年五月十二日, 1985.03.02,
63.5.8, 19880523, 1990-07-15, 02/03/1985, 12/05/1968, 2 Mar 85, March 2nd,
1985, 民國 / 民国 dates, 农历 / 阴历 dates with the year, leap-day births,
birth date-times of newborns, birthdays in tables and forms -- with visit,
admission, lab, vaccination and operation dates and ages nearby as traps.
MRN and other record numbers: 住院号 门诊号 病案号 病历号 登记号 ID号 患者ID
就诊卡号 医保卡号 检查号 影像号 病理号 体检编号 (病歷號 / 病歷號碼 in
Traditional), MRN, Hospital No., Chart #, Accession, Case ID, NHS number,
Medicare number, URN; digits only, with letters, dashes and spaces, in
tables, headers and labels glued to the number.
PHONE: Chinese mobiles (plain, spaced, dashed), landlines with area codes in
brackets or dashes, extensions (转 / ext), +86 / +852 / +886 / +1 / +44 /
+61, numbers written with Chinese digits (including 幺 and mixed digits),
OCR-spaced numbers, Taiwan 09xx mobiles.  ID: 18-digit resident IDs (plain,
6-8-4 spaced, X check digits where they fall), Hong Kong IDs A123456(7) with
one or two letters, Taiwan IDs, passports, 往来港澳通行证, a US SSN and a
UK National Insurance number.  Phones also with +82 / +91 / +33 prefixes.
NAME: mostly English and romanised names (Last, First M.; lowercase names in
chat; names after Pt / Mrs / Dr / Nurse / Sister / cc: / From: / signed;
hyphenated and apostrophe names; names that are also words such as Hope,
Grace, Rose, Faith, Will, Bill, Mark, Dawn, Hunter, Baker), Western relatives
in Chinese text, and some Chinese names in forms.
PHI-free look-alikes (in "protect"): hospital names and internal locations
(北京协和医院, 门诊楼3楼, B超室, 住院部5号楼, Queen Mary Hospital, St Thomas'),
bed / bay / room numbers, queue numbers, lab values, doses, blood pressures,
ICD codes, drug names, drug approval and lot numbers, drug trace codes, QC
and external-quality-assessment sample IDs, instrument numbers, visit,
admission and lab dates, ages, durations, guideline years, hotlines
(120, 12320, 111, 999, 000), eponyms that look like names or words
(Baker's cyst, Hunter syndrome, Graves' disease, Bell's palsy), and the
word-names above used as ordinary words.

Genres ("style")
----------------
referral_letter, discharge_summary, delivery_form, insurance_form,
registration_form, chat_message, wechat_group, nursing_handover,
phone_followup, table_record, ocr_text, outpatient_dialogue,
admission_record, lab_report, hk_tw_clinic, consent_form, tcm_clinic,
pharmacy_note, mixed_ward_talk, en_letter, en_case_note, en_chat,
email_message.

Row format (one JSON object per line, json.dumps(..., ensure_ascii=False))
-------------------------------------------------------------------------
  {"id": "dev16-0001", "lang": "zh"|"en"|"mixed", "style": <genre>,
   "source": short description of where the PHI sits ("none" if PHI-free),
   "turns": [str, ...]            1-4 turns of a conversation,
   "spans": [{"kind": "NAME"|"PHONE"|"ID"|"MRN"|"EMAIL"|"ADDRESS"|"DOB",
              "text": exact substring of a turn,
              "parts": [distinctive parts that must not survive]}, ...],
   "protect": [non-PHI substrings that must stay untouched]}
Spans are listed once per distinct (kind, text) even if the text recurs.

Labelling conventions
---------------------
* ADDRESS: the span runs from the first admin unit written (province, city,
  district, or the street when nothing larger is written) to the last
  room / floor / postcode; cue words (住在, 寄到, lives at ...) are outside.
  Parts are the distinctive pieces: street / lane / road name, house number
  with building / unit / room, estate, village and village group names,
  postcodes.  Bare admin units (省 市 区 县 镇 乡 街道, city and state names)
  are NOT parts.
* DOB: the date as written (with 生 / 出生 outside the span); parts = the
  span.  Only exact dates of birth are labelled; ages, birth years alone,
  visit / admission / lab / operation dates are not PHI here.
* MRN: numbers that identify the patient or one of the patient's records in
  a hospital system (住院号, 门诊号, 病案号, 登记号, 就诊卡号, 医保卡号,
  检查号 / 影像号 / Accession, 病理号, 标本号 printed on the patient's own
  report, 体检编号, Case ID, URN, NHS / Medicare numbers).  Bed numbers,
  queue numbers, drug lot / approval numbers, QC or EQA sample IDs and
  instrument numbers are not identifiers.  Parts = the number as written.
* PHONE: parts = the subscriber number without country code, separated area
  code or extension.  ID: parts = the number as written.  EMAIL: parts = the
  local part.
* NAME: titles (Dr, Mrs, Sister, 先生, 医生 ...) are outside the span; parts
  are given name and surname as written (initials dropped); for hanzi names
  the full name and the given name if it has two or more characters.
* Hospital names, departments, wards, bed numbers and doctors' roles without
  a name are not PHI.

Checks (asserted before writing)
--------------------------------
* every span text and every protect string occurs verbatim in the turns;
* every part occurs in its span text, and every occurrence of every part in
  the row (case-insensitive substring; whole word for Latin parts shorter than
  four letters) lies inside an occurrence of some span text of that row;
* no occurrence of a protect string overlaps an occurrence of a span text;
* check digits of resident IDs (with a valid embedded birth date), Hong Kong
  IDs, Taiwan IDs and NHS numbers are re-verified from the span text;
* ids are unique, language / PHI-free counts hit the target, kind shares are
  in range, no markup is left, PHI-free rows have >= 2 protect strings, and
  no sentence of >= 14 characters occurs in two rows.
"""

import datetime
import json
import os
import random
import re
from collections import Counter, OrderedDict

R = random.Random(16)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "deid_dev16.jsonl")

KINDS = ("NAME", "PHONE", "ID", "MRN", "EMAIL", "ADDRESS", "DOB")
TARGET_LANG = {"zh": 200, "mixed": 90, "en": 110}
TARGET_FREE = 140

STYLE_DESC = {
    "referral_letter": "referral letter",
    "discharge_summary": "discharge summary",
    "delivery_form": "delivery / mailing note",
    "insurance_form": "insurance / claim form",
    "registration_form": "registration / record form",
    "chat_message": "patient's chat message to the assistant",
    "wechat_group": "group chat",
    "nursing_handover": "nurse hand-over",
    "phone_followup": "telephone follow-up",
    "table_record": "table (Markdown or key: value)",
    "ocr_text": "OCR-like scanned text",
    "outpatient_dialogue": "outpatient dialogue",
    "admission_record": "admission record",
    "lab_report": "lab / imaging / pathology report",
    "hk_tw_clinic": "Hong Kong / Taiwan clinic note",
    "consent_form": "consent / authorisation form",
    "tcm_clinic": "TCM clinic note",
    "pharmacy_note": "pharmacy note",
    "mixed_ward_talk": "code-switched ward talk",
    "en_letter": "English clinic letter",
    "en_case_note": "English case note",
    "en_chat": "English chat message",
    "email_message": "e-mail message",
}

# ---------------------------------------------------------------------------
# Check digits (computed for IDs whose last character is written as "?")
# ---------------------------------------------------------------------------
GB_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def gb_check(d17):
    return "10X98765432"[sum(int(a) * w for a, w in zip(d17, GB_W)) % 11]


def gb_valid(text):
    d = re.sub(r"[\s-]", "", text)
    if not re.fullmatch(r"\d{17}[\dX]", d):
        return False
    try:
        born = datetime.date(int(d[6:10]), int(d[10:12]), int(d[12:14]))
    except ValueError:
        return False
    return 1900 <= born.year <= 2024 and gb_check(d[:17]) == d[17]


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


def nhs_check(d9):
    c = 11 - sum(int(a) * w for a, w in zip(d9, range(10, 1, -1))) % 11
    c = 0 if c == 11 else c
    assert c != 10, ("NHS body has no valid check digit", d9)
    return str(c)


def nhs_valid(text):
    d = re.sub(r"\s", "", text)
    return bool(re.fullmatch(r"\d{10}", d)) and nhs_check(d[:9]) == d[9]


def fill_check(text):
    assert text.count("?") == 1, text
    i = text.index("?")
    head = re.sub(r"[^0-9A-Z]", "", text[:i])
    if re.fullmatch(r"[A-Z]{1,2}\d{6}", head):
        c = hk_check(head)
    elif re.fullmatch(r"[A-Z][12]\d{7}", head):
        c = tw_check(head)
    elif re.fullmatch(r"\d{17}", head):
        c = gb_check(head)
    elif re.fullmatch(r"\d{9}", head):
        c = nhs_check(head)
    else:
        raise ValueError("cannot compute a check digit for %r" % text)
    return text[:i] + c + text[i + 1 :]


# ---------------------------------------------------------------------------
# Markup:  [[KIND:text]]  or  [[KIND:text|part|part]]  -> span
#          {{text}}                                    -> protect
# ---------------------------------------------------------------------------
MARK_RE = re.compile(r"\[\[(NAME|PHONE|ID|MRN|EMAIL|ADDRESS|DOB):(.+?)\]\]|\{\{(.+?)\}\}", re.S)
HAN_RE = re.compile(r"[\u3400-\u9fff]")
TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sister", "Nurse"}


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
        if HAN_RE.search(text):
            assert len(text) in (2, 3), ("give explicit parts for hanzi name", text)
            return [text] if len(text) == 2 else [text, text[1:]]
        toks = [t.strip(".") for t in re.split(r"[\s,]+", text)]
        toks = [t for t in toks if len(t) > 1 and t not in TITLES]
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
            if "?" in text and kind in ("ID", "MRN"):
                text = fill_check(text)
            assert all("?" not in p for p in parts), parts
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
    r"[A-Z]{1,2}\d{7,8}",  # passports (E12345678, EA1234567, M12345678 ...)
    r"[CH]\d{8}",  # 往来港澳通行证 / 回乡证
    r"[A-Z]{2}\d{6}",  # Canadian passport
    r"\d{3}-\d{2}-\d{4}",  # US SSN
    r"\d{9}",  # UK / US passport style
    r"[A-Z]{2}\d{6}[A-D]",  # UK National Insurance number
]


def check_id(text):
    digits = re.sub(r"[\s-]", "", text)
    if re.fullmatch(r"\d{17}[\dX]", digits):
        return gb_valid(text)
    if re.fullmatch(r"[A-Z]{1,2}\s?\d{6}\s?\([0-9A]\)", text):
        return hk_valid(text)
    if re.fullmatch(r"[A-Z][12]\d{8}", text):
        return tw_valid(text)
    return any(re.fullmatch(p, text) for p in ID_OTHER)


def subtype(kind, text):
    if kind == "ADDRESS":
        if re.search(r"九龍|九龙|香港|新界|邨|Kowloon|Hong Kong|旺角|沙田|元朗|將軍澳|柴灣|窩打老道", text):
            return "HK"
        if "號" in text or re.search(r"臺|台北|台中|高雄|彰化|新北|桃園", text):
            return "TW"
        if not HAN_RE.search(text):
            return "en"
        if re.search(r"村|组|屯|嘎查|乡", text):
            return "rural cn"
        if re.search(r"工业|开发区|产业园|园区", text):
            return "industrial cn"
        if re.search(r"小区|花园|苑|新村|公寓|里|大厦|广场|城|院", text):
            return "estate cn"
        return "street cn"
    if kind == "DOB":
        if re.search(r"农历|阴历|農曆", text):
            return "lunar"
        if re.search(r"民国|民國", text):
            return "ROC"
        if HAN_RE.search(text):
            return "zh"
        if re.search(r"[A-Za-z]", text):
            return "en words"
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return "ISO"
        return "numeric"
    if kind == "PHONE":
        if text.startswith("+") or text.startswith("00"):
            return "international"
        if re.search(r"[零〇一二三四五六七八九幺]", text):
            return "Chinese digits"
        if re.search(r"转|ext|x\d|^[(（]0|^0\d{1,3}[\s-]", text) and not re.match(r"^09\d\d", text):
            return "landline"
        return "mobile"
    if kind == "ID":
        d = re.sub(r"[\s-]", "", text)
        if re.fullmatch(r"\d{17}[\dX]", d):
            return "resident ID"
        if "(" in text:
            return "HK ID"
        if re.fullmatch(r"[A-Z][12]\d{8}", text):
            return "TW ID"
        if re.fullmatch(r"\d{3}-\d{2}-\d{4}", text):
            return "SSN"
        if re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", text):
            return "NI number"
        return "passport / travel permit"
    if kind == "MRN":
        if re.search(r"[A-Za-z]", text):
            return "with letters"
        if re.search(r"[\s-]", text):
            return "grouped digits"
        return "digits"
    if kind == "NAME":
        if HAN_RE.search(text) and re.search(r"[A-Za-z]", text):
            return "mixed-script"
        return "hanzi" if HAN_RE.search(text) else "Latin"
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
            st = subtype(sp["kind"], sp["text"])
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
            assert p.lower() in sp["text"].lower(), (rid, "part not in span", p)
        if sp["kind"] == "ID":
            assert check_id(sp["text"]), (rid, "bad ID / check digit", sp["text"])
        if sp["kind"] == "MRN" and any("NHS" in t for t in turns) and re.fullmatch(r"\d{3} \d{3} \d{4}", sp["text"]):
            assert nhs_valid(sp["text"]), (rid, "bad NHS check digit", sp["text"])
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
# zh rows with PHI -- addresses first
# ---------------------------------------------------------------------------
Z(
    "delivery_form",
    "药品配送单\n收件人：患者本人\n收货地址：[[ADDRESS:浙江省杭州市西湖区文三路478号华星时代广场A座1702室|文三路478号|华星时代广场|A座1702室]]\n联系电话：[[PHONE:137 5821 6490]]\n药品：{{恩替卡韦片}} 0.5 mg×28片，由{{门诊药房}}发出",
)
Z(
    "outpatient_dialogue",
    "医生您好，上周做的胃镜活检报告说可以邮寄，我家住[[ADDRESS:江苏省苏州市吴中区木渎镇金山路128弄7号302室|金山路128弄|7号302室]]，寄到这里行吗？",
    "可以。请到{{消化内镜中心}}前台填写邮寄单，病理报告一般{{5到7个工作日}}出结果，出来后统一寄出。",
)
Z(
    "phone_followup",
    "家庭医生电话随访\n对象住址：[[ADDRESS:河南省周口市郸城县汲冢镇后庄村三组|后庄村]]\n血压{{146/88 mmHg}}，空腹血糖{{7.2 mmol/L}}，继续{{二甲双胍}}0.5 g 每日两次，{{3个月后}}复查糖化血红蛋白。",
)
Z(
    "insurance_form",
    "商业医疗保险理赔申请（节选）\n被保险人：同投保人\n证件号码：[[ID:45010319780614262?]]\n通讯地址：[[ADDRESS:广西南宁市青秀区民族大道136-5号华润大厦C座2808|民族大道136-5号|华润大厦C座2808]]\n出险日期：{{2024年5月17日}}\n就诊医院：{{广西医科大学第一附属医院}}",
)
Z(
    "registration_form",
    "门诊建档信息核对：现住址 [[ADDRESS:成都市武侯区，玉林北路，18号附2号，3单元5楼|玉林北路|18号附2号|3单元5楼]]；紧急联系人手机[[PHONE:18908176243]]；过敏史：{{青霉素}}；既往{{支气管哮喘}}。",
)
Z(
    "ocr_text",
    "（扫描件识别结果）\n姓 名：[[NAME:邝 志 强|邝 志 强|志 强]]  性 别：男\n住 址：[[ADDRESS:广 东 省 佛 山 市 顺 德 区 大 良 街 道 凤 山 中 路 2 1 号|凤 山 中 路|凤 山 中 路 2 1 号]]\n门 诊 号：[[MRN:M Z 0 0 4 8 1 7 3 6]]\n诊 断：{{右 侧 桡 骨 远 端 骨 折}}",
)
Z(
    "delivery_form",
    "中药代煎快递登记：寄到[[ADDRESS:湖南省邵阳市隆回县六都寨镇石门村七组|石门村]]，收件人是患者儿子，电话[[PHONE:159 7392 0418]]，到付。共{{14剂}}，{{每日1剂}}，分两次温服。",
)
Z(
    "admission_record",
    "入院记录（一般情况）\n患者男，{{63岁}}，壮族，农民。\n户籍地：[[ADDRESS:广西百色市田东县祥周镇那王屯|那王屯]]\n现住址：同户籍地\n入院时间：{{2024-09-03 10:42}}\n主诉：反复咳嗽咳痰{{10年}}，加重伴气促{{3天}}。",
)
Z(
    "nursing_handover",
    "交班：{{15床}}老太太明早出院，社区护士会上门换药。家属留的地址是[[ADDRESS:天津市河西区友谊路街道南北大街社区观澜公寓9号楼2门1101|南北大街社区|观澜公寓|9号楼2门1101]]，出院小结里已写上，打印时别漏了。",
)
Z(
    "insurance_form",
    "工伤认定材料清单\n受伤职工所在单位地址：[[ADDRESS:东莞市松山湖高新技术产业开发区工业西路6号研发楼B栋|工业西路6号|研发楼B栋]]\n受伤时间：{{2024年7月2日}}下午\n伤情：右手示指{{末节离断伤}}\n职工身份证号：[[ID:36242919950907431?]]",
)
Z(
    "phone_followup",
    "随访电话记录：患者术后第{{14天}}，自述切口无红肿。出院后没回老家，暂住[[ADDRESS:苏州工业园区星龙街428号苏春工业坊15栋宿舍312|星龙街428号|苏春工业坊|15栋宿舍312]]，离{{社区卫生服务中心}}较远，建议就近到厂医务室换药。",
    "记录基本完整。建议补充：拆线时间、有无发热，以及下次{{门诊复查}}的具体日期。",
)
Z(
    "outpatient_dialogue",
    "我妈{{78岁}}，现住[[ADDRESS:上海市杨浦区控江路1555弄凤城新村43号501室|控江路1555弄|凤城新村|43号501室]]，走路越来越慢，手还抖，要挂哪个科？",
    "建议挂{{神经内科}}，必要时再到{{运动障碍专病门诊}}。就诊时带上既往用药清单，并描述手抖是静止时明显还是拿东西时明显。",
)
Z(
    "delivery_form",
    "快递面单（药品）\n寄件：{{中山医院门诊药房}}\n收件：[[NAME:林秀端]] [[PHONE:0592-5163827|5163827]]\n地址：[[ADDRESS:福建省厦门市思明区局口横巷17号之三|局口横巷|局口横巷17号之三]]\n内件：{{胰岛素笔芯}}（需冷藏）",
)
Z(
    "discharge_summary",
    "出院小结\n诊断：{{2型糖尿病伴周围神经病变}}\n出院带药：{{达格列净}}10 mg qd，{{甲钴胺}}0.5 mg tid\n家庭住址：[[ADDRESS:杭州市拱墅区大关苑东五苑12幢3单元402|大关苑东五苑|12幢3单元402]]\n随访：{{内分泌科}}门诊{{2周后}}复诊",
)
Z(
    "chat_message",
    "护士您好，我是下午来抽血的那个孕妇，化验单能不能寄到我单位？地址是[[ADDRESS:北京市海淀区学院路丙12号科技园B座11层|学院路丙12号|科技园B座11层]]，前台代收就行。",
    "化验单一般需要本人凭就诊卡到{{门诊楼1楼}}自助机打印；如需邮寄，可在{{医院公众号}}申请“报告邮寄”，填好地址后快递寄出。",
)
Z(
    "admission_record",
    "现病史补充：患者独居，住[[ADDRESS:重庆市渝中区中山三路131号附4号2单元7-3|中山三路131号附4号|2单元7-3]]，老楼没有电梯，近{{半年}}上下楼明显气促。既往{{高血压病史20年}}。",
)
Z(
    "delivery_form",
    "家用制氧机租赁单\n送至：[[ADDRESS:沈阳市皇姑区黄河南大街72号11-2-1|黄河南大街72号|11-2-1]]\n用户电话：[[PHONE:024-8657 3190|8657 3190]]\n流量设定：{{2 L/min}}，每日吸氧不少于{{15小时}}\n处方科室：{{呼吸与危重症医学科}}",
)
Z(
    "chat_message",
    "大夫，上回您说的那个足贴能邮寄吗？寄到[[ADDRESS:哈尔滨市南岗区西大直街92号学生公寓6栋418|西大直街92号|学生公寓6栋418]]，我是学生，周末才有空去医院。",
    "足贴属于{{外用中成药}}，可以在{{互联网医院}}复诊开具后邮寄，但首次开药需要线下面诊。另外，足部皮肤有破损时不要贴。",
)
Z(
    "registration_form",
    "住院登记\n户籍地：[[ADDRESS:湖北省黄冈市蕲春县漕河镇桐梓村五组|桐梓村]]\n现住址：[[ADDRESS:武汉市洪山区珞狮南路147号南湖花园3号楼1单元902|珞狮南路147号|南湖花园|3号楼1单元902]]\n入院科室：{{心血管内科}}\n床号：{{27床}}\n入院日期：{{2024年11月8日}}",
)
Z(
    "outpatient_dialogue",
    "大夫，我是从农村来的，家在[[ADDRESS:河北省保定市涞源县走马驿镇东团堡村|东团堡村]]，孩子发烧{{3天}}了，最高{{39.2℃}}，县医院让来大医院看。",
    "先别急。孩子多大了？有没有抽搐、精神差、皮疹或者尿少？持续高热3天建议查{{血常规}}和{{C反应蛋白}}，必要时拍胸片，我们先在{{儿科急诊}}评估。",
)
Z(
    "hk_tw_clinic",
    "覆診預約通知\n病人地址：[[ADDRESS:九龍旺角彌敦道625號雅蘭中心二期12樓1203室|彌敦道625號|雅蘭中心|12樓1203室]]\n覆診日期：{{2024年10月16日}}上午\n地點：{{伊利沙伯醫院專科門診大樓}}\n請帶備所有藥物及覆診卡。",
)
Z(
    "hk_tw_clinic",
    "社康護士家訪記錄：案主獨居，住[[ADDRESS:新界沙田禾輋邨豐和樓1208室|禾輋邨|豐和樓1208室]]，{{82歲}}，{{糖尿病}}控制欠佳，指尖血糖{{14.6 mmol/L}}。已轉介{{長者地區中心}}跟進送飯服務。",
)
Z(
    "hk_tw_clinic",
    "轉介信\n致：{{瑪麗醫院}}骨科\n病人[[NAME:陳國樑]]先生，住[[ADDRESS:香港島柴灣興華邨二期裕華樓15樓07室|興華邨|裕華樓15樓07室]]，身份證[[ID:D562817(?)]]，右膝痛{{兩年}}，X光示{{骨關節炎}}，請跟進。",
)
Z(
    "hk_tw_clinic",
    "居家護理收案資料\n地址：[[ADDRESS:臺北市大安區和平東路二段118巷54弄3號4樓|和平東路二段118巷54弄|3號4樓]]\n身分證字號：[[ID:A22593104?]]\n主要照顧者：女兒\n收案日期：{{113年8月5日}}\n診斷：{{腦中風後遺症}}",
)
Z(
    "hk_tw_clinic",
    "門診病人想改寄送地址：原本是[[ADDRESS:臺中市西屯區福科路311巷7號|福科路311巷|福科路311巷7號]]，現在要改成[[ADDRESS:臺中市南屯區公益路二段51號12樓之3|公益路二段51號|12樓之3]]。慢性處方箋第{{2次}}調劑一併寄送。",
    "已更新。提醒您，{{慢性處方箋}}需在有效期內調劑，若藥品外觀有異請勿服用並聯絡藥局。",
)
Z(
    "hk_tw_clinic",
    "掛號資料\n姓名：[[NAME:黃淑芬]]\n出生日期：[[DOB:民國63年4月18日]]\n病歷號碼：[[MRN:0004872136]]\n初診日期：{{113年9月2日}}\n科別：{{家庭醫學科}}",
)
Z(
    "phone_followup",
    "电话随访：患者女儿接听，说老人已搬到女儿家住，新地址[[ADDRESS:南京市秦淮区评事街大板巷31号2幢301|大板巷31号|2幢301]]。{{华法林}}目前{{2.5 mg}}每日一次，上次INR {{2.3}}，下次复查约在{{下周三}}。",
)
Z(
    "insurance_form",
    "理赔资料邮寄地址：[[ADDRESS:山东省青岛市市南区香港中路61号阳光大厦东塔2106室，邮编266071|香港中路61号|阳光大厦东塔2106室|266071]]\n收件人：投保人本人\n需补材料：{{出院记录}}、{{费用明细清单}}、{{病理报告}}复印件",
)
Z(
    "consent_form",
    "知情同意书（家属信息）\n签字人关系：配偶\n家庭住址：[[ADDRESS:四川省凉山州昭觉县四开乡好谷村二组|好谷村]]\n联系电话：[[PHONE:一八二 八一七四 〇三五六]]\n签字日期：{{2024年6月21日}}\n手术名称：{{剖宫产术}}",
)
Z(
    "delivery_form",
    "轮椅上门配送：[[ADDRESS:广州市天河区天河北路侨林街47号3梯1504|侨林街47号|3梯1504]]（如无电梯请提前说明），联系人手机[[PHONE:+86 135-3028-6714|135-3028-6714]]。配送时间：{{周六上午9-12点}}。",
)
Z(
    "registration_form",
    "病人自助登记（原样录入）：住址 [[ADDRESS:昆明市 五华区 青年路 389号 志远大厦 1栋 2单元 601|青年路 389号|志远大厦|1栋 2单元 601]]；职业 教师；既往史 {{甲状腺功能减退}}，服{{左甲状腺素钠}} 50 μg。",
)
Z(
    "referral_letter",
    "转诊单\n转出单位：{{清河县人民医院}}\n患者住址：[[ADDRESS:河北省邢台市清河县王官庄镇油坊村|油坊村]]\n转诊原因：{{急性心肌梗死}}，已给予{{阿司匹林300 mg}}嚼服\n转入单位：{{河北医科大学第二医院}}胸痛中心",
)
Z(
    "registration_form",
    "身份证信息（读卡）\n姓名：[[NAME:甘德旺]]\n公民身份号码：[[ID:52242619670315081?]]\n住址：[[ADDRESS:贵州省毕节市纳雍县雍熙街道南屯社区光明路43号|南屯社区|光明路43号]]\n签发机关：{{纳雍县公安局}}",
)
Z(
    "insurance_form",
    "理赔结案通知书将寄到：[[ADDRESS:西安市雁塔区小寨东路126号百隆广场2号楼2单元1805室|小寨东路126号|百隆广场|2号楼2单元1805室]]。本次赔付金额{{8,426.50元}}，免赔额{{5,000元}}。",
)
Z(
    "phone_followup",
    "社区护士电话随访：患者住[[ADDRESS:长春市朝阳区红旗街万达广场C区3栋1单元1201|红旗街|万达广场C区|3栋1单元1201]]，出院后{{第7天}}，{{胰岛素}}注射部位轮换正确，餐后血糖{{9.8 mmol/L}}。",
)
Z(
    "admission_record",
    "户籍地：[[ADDRESS:新疆喀什市吐曼路阿热亚路巷12号|吐曼路|阿热亚路巷12号]]\n现住址：同上\n入院诊断：{{肝囊型包虫病}}\n入院日期：{{2024-05-30}}\n拟行：{{腹腔镜肝包虫内囊摘除术}}",
)
Z(
    "chat_message",
    "我们家在[[ADDRESS:合肥市蜀山区长江西路与肥西路交口西北角丽阳花园8栋|长江西路与肥西路交口|丽阳花园8栋]]，120过来要多久？老人突然说话含糊，右手没力气。",
    "这很可能是{{急性脑卒中}}，请立即拨打{{120}}，说明症状开始的时间，不要等。让老人侧卧，不要喂水喂药，记下最后一次看起来正常的时间。",
)
Z(
    "chat_message",
    "学校医务室让我来做{{肺结核}}复查，我住[[ADDRESS:兰州市城关区天水南路222号学生公寓12号楼614|天水南路222号|学生公寓12号楼614]]，同宿舍的要不要也筛查？",
    "密切接触者需要筛查，一般做{{PPD试验}}或{{γ-干扰素释放试验}}，必要时拍胸片。学校会和疾控部门统一组织，请配合{{校医院}}安排。",
)
Z(
    "delivery_form",
    "邮寄病历复印件\n收件地址：[[ADDRESS:广东省揭阳市普宁市流沙东街道新坛路东三巷8号|新坛路|东三巷8号]]\n收件人电话：[[PHONE:13690425817]]\n复印份数：{{2份}}，加盖{{病案专用章}}",
)
Z(
    "phone_followup",
    "随访登记：患者住[[ADDRESS:云南省大理州弥渡县寅街镇朵祜村委会大村村民小组45号|朵祜村委会|大村村民小组45号]]，家中无固定电话，由村医代为转达。{{抗结核治疗}}第{{4个月}}，无明显不良反应。",
)
Z(
    "admission_record",
    "现住址：[[ADDRESS:内蒙古锡林郭勒盟阿巴嘎旗别力古台镇巴彦图嘎查|巴彦图嘎查]]，牧民，近{{1个月}}发热、关节痛，有接羔史，疑诊{{布鲁氏菌病}}，已送{{虎红平板凝集试验}}。",
)
Z(
    "discharge_summary",
    "出院随访联系方式\n家庭住址：[[ADDRESS:北京市丰台区方庄芳古园一区11号院3号楼602|芳古园一区|11号院3号楼602]]\n出院诊断：{{慢性阻塞性肺疾病急性加重}}\n出院带药：{{噻托溴铵}}吸入剂 18 μg qd",
)
Z(
    "wechat_group",
    "【家人群】\n大姐：妈的轮椅明天送到[[ADDRESS:郑州市金水区经三路32号院6号楼东单元3楼西户|经三路32号院|6号楼东单元3楼西户]]，谁在家？\n二弟：我明天上午在\n大姐：医生说{{每天下地走15分钟}}，别老让她躺着",
)
Z(
    "nursing_handover",
    "交班补充：新入{{21床}}是独居老人，住在[[ADDRESS:闵行区莘庄镇莘松路958弄21号|莘松路958弄|莘松路958弄21号]]，居委会已联系，出院时需要{{医务社工}}介入。",
)
Z(
    "admission_record",
    "患者家住[[ADDRESS:天津市南开区鞍山西道学湖里19门502|鞍山西道|学湖里19门502]]，{{独居}}，邻居发现其倒地后呼叫{{120}}送入我院。",
)
Z(
    "delivery_form",
    "送药上门单：[[ADDRESS:广州市越秀区大德路华宁里12号之一302房|华宁里12号之一|302房]]，{{下午3点后}}有人。药品：{{利伐沙班}} 15 mg bid。",
)
Z(
    "hk_tw_clinic",
    "社區護士轉介：病人住[[ADDRESS:新界元朗錦田吉祥圍23號地下|吉祥圍23號|吉祥圍]]，行動不便，需安排{{非緊急救護車}}接載覆診。",
)
Z(
    "hk_tw_clinic",
    "地址：[[ADDRESS:九龍九龍塘窩打老道117號 Peak One 5樓B座|窩打老道117號|Peak One|5樓B座]]\n電話：[[PHONE:9461 5208]]\n轉介原因：{{懷疑乳癌}}，請安排{{乳房X光造影}}。",
)
Z(
    "hk_tw_clinic",
    "戶籍地址：[[ADDRESS:彰化縣鹿港鎮埔頭里8鄰埔頭街47號|埔頭里8鄰|埔頭街47號]]\n長照需要等級：{{第5級}}\n失能評估日期：{{113年2月20日}}",
)
Z(
    "hk_tw_clinic",
    "藥師：請問慢箋要寄到哪裡？\n病人：[[ADDRESS:高雄市三民區建工路415巷22號7樓|建工路415巷|22號7樓]]，我下午都在。\n藥師：好的，{{Metformin}} 500 mg 一天兩次，{{28天}}份。",
)
Z(
    "registration_form",
    "入院登记表\n姓名：[[NAME:司马文静|司马文静|文静]]　性别：女　出生日期：[[DOB:1979-03-26]]\n身份证号：[[ID:32010219790326402?]]\n住院号：[[MRN:2024087213]]\n现住址：[[ADDRESS:南京市鼓楼区汉中门大街301号汉中新城7栋1单元602|汉中门大街301号|汉中新城|7栋1单元602]]\n联系电话：[[PHONE:025-8362 7194|8362 7194]]\n入院科室：{{妇科}}",
)
Z(
    "referral_letter",
    "救护车转运单\n接患地址：[[ADDRESS:石家庄市长安区建设北大街锦绣苑小区23-2-401|建设北大街|锦绣苑小区|23-2-401]]\n送达：{{河北医科大学第三医院}}急诊\n呼叫电话：[[PHONE:18603318462]]\n出车时间：{{02:14}}　到达时间：{{02:31}}",
)
Z(
    "delivery_form",
    "邮寄信息：[[ADDRESS:甘肃省定西市通渭县陇川乡大庄村|大庄村]]，收件人为患者本人，手机[[PHONE:13993265071]]。邮寄内容：抗病毒药{{替诺福韦}}，{{3个月}}用量。",
)
Z(
    "admission_record",
    "户籍地: [[ADDRESS:安徽省, 阜阳市, 临泉县, 杨桥镇, 刘庄村委会, 前刘庄|刘庄村委会|前刘庄]]; 现住: 打工地，具体不详。职业：{{建筑工人}}。主诉：{{高处坠落伤2小时}}。",
)
Z(
    "phone_followup",
    "电话随访：家属说老人已从[[ADDRESS:上海市普陀区曹杨新村曹杨八村76号302室|曹杨八村|曹杨八村76号302室]]搬去养老院。{{吞咽功能}}较前改善，已从{{鼻饲}}改为经口进食糊状饮食。",
)
Z(
    "chat_message",
    "我住[[ADDRESS:深圳市南山区白石洲沙河街新村五坊38栋602|白石洲|沙河街新村五坊38栋602]]，楼下有个社康，打{{HPV疫苗}}能在那里打吗？",
    "可以先到该{{社区健康服务中心}}咨询是否有接种资质和疫苗库存，也可以在线上平台预约。九价HPV疫苗目前批准用于{{9-45岁}}女性。",
)
# --- zh: dates of birth ------------------------------------------------------
Z(
    "outpatient_dialogue",
    "我女儿是[[DOB:2019年8月27日]]出生的，今年{{5岁}}，体检身高{{103 cm}}，是不是偏矮？",
    "5岁女孩身高103 cm大约在同龄同性别的{{第3百分位}}附近，属于偏矮。建议到{{儿童保健科}}或儿童内分泌门诊，拍骨龄片，查甲状腺功能和{{IGF-1}}，并回顾出生以来的生长曲线。",
)
Z(
    "admission_record",
    "一般项目：男，{{71岁}}，生于[[DOB:1953年2月11日]]，汉族，已婚，退休工人，住[[ADDRESS:济南市历城区洪家楼南路7号院2号楼3单元201|洪家楼南路7号院|2号楼3单元201]]。入院日期{{2024年4月9日}}，病史陈述者：本人及儿子，可靠。",
)
Z(
    "chat_message",
    "医生，表格里出生日期我写的是[[DOB:85年3月2日]]，系统提示格式不对，是要写四位年份吗？我今天是来拿{{3月12日}}做的{{CT报告}}。",
    "是的，请按“YYYY-MM-DD”的格式填写四位年份。报告可以在{{门诊楼一层}}自助机凭就诊卡打印。",
)
Z(
    "discharge_summary",
    "出院记录\n性别：女　出生日期：[[DOB:1962.10.05]]\n住址：[[ADDRESS:宁波市江北区 人民路 132弄 15号 601室|人民路 132弄|15号 601室]]\n入院：{{2024.09.18}}　出院：{{2024.09.27}}\n诊断：{{右乳浸润性导管癌}}（{{pT1cN0M0}}）术后\n出院医嘱：{{来曲唑}} 2.5 mg qd",
)
Z(
    "tcm_clinic",
    "初诊：老太太自述生日是[[DOB:农历1949年腊月初八]]，属牛，今年{{75岁}}。主诉失眠多梦{{半年}}，舌淡苔白，脉细弱。拟{{归脾汤}}加减，{{七剂}}。",
)
Z(
    "table_record",
    "| 项目 | 内容 |\n|---|---|\n| 登记号 | [[MRN:0010293847]] |\n| 生日 | [[DOB:1990-07-15]] |\n| 就诊日期 | {{2024-10-21}} |\n| 年龄 | {{34岁}} |\n| 科室 | {{皮肤科}} |\n| 诊断 | {{寻常型银屑病}} |",
)
Z(
    "consent_form",
    "授权委托书\n委托人：[[NAME:邵桂兰]]，出生于[[DOB:一九六三年五月十二日]]\n受托人：[[NAME:邵伟]]（委托人之子）\n委托事项：代为签署{{腹腔镜胆囊切除术}}相关知情同意书\n签署日期：{{二〇二四年十月九日}}",
)
Z(
    "lab_report",
    "检验报告单\n出生日期：[[DOB:19880523]]　标本号：[[MRN:2410210387]]\n标本类型：血清　采样时间：{{2024-10-21 07:52}}\n{{ALT 86 U/L}}↑　{{AST 54 U/L}}↑　{{GGT 112 U/L}}↑",
)
Z(
    "referral_letter",
    "尊敬的{{儿童医院}}专家：\n患儿[[NAME:龚子墨]]，男，出生于[[DOB:2021年11月30日]]，{{足月顺产}}，出生体重{{3.1 kg}}。近{{2个月}}发现走路不稳、易跌倒，查{{CK 8600 U/L}}，疑诊{{进行性肌营养不良}}，特转诊贵院进一步诊治。\n{{县妇幼保健院}}儿科",
)
Z(
    "phone_followup",
    "随访员：为了核对身份，请问您的出生日期是？\n患者：[[DOB:1976年9月3号]]。\n随访员：好的。您{{上个月}}做的{{肠镜}}切了两个息肉，病理是{{管状腺瘤}}，建议{{1年后}}复查肠镜。",
    "这段随访话术规范。可以再补充：如出现便血或腹痛加重，请及时就诊。",
)
Z(
    "outpatient_dialogue",
    "我身份证上生日是[[DOB:1958年1月6日]]，其实真正生日是[[DOB:农历1957年腊月十七]]，体检报告上的年龄按哪个算？单位体检查出血压{{152/96 mmHg}}。",
    "医学上年龄一般按证件上的出生日期计算，差几天不影响判断。更值得关注的是血压：建议非同日复测，并做{{家庭血压监测}}，若平均值≥{{135/85 mmHg}}就需要就诊评估。",
)
Z(
    "admission_record",
    "患者男，[[DOB:1947年3月21日]]生，{{77岁}}，家住[[ADDRESS:山东省临沂市沂南县张庄镇西官庄村|西官庄村]]，因“{{进行性吞咽困难2月}}”入院。胃镜示食管中段新生物，病理待回。",
)
Z(
    "ocr_text",
    "出 生 日 期 ： [[DOB:1 9 7 1 年 0 6 月 1 4 日]]\n门 诊 日 期 ： {{2 0 2 4 年 0 3 月 0 2 日}}\n诊 断 ： {{慢 性 胃 炎}}\n处 理 ： {{雷 贝 拉 唑}} 1 0 m g q d",
)
Z(
    "insurance_form",
    "投保人健康告知\n被保险人出生日期：[[DOB:1983/12/09]]\n身高{{172 cm}}，体重{{81 kg}}\n过去5年内是否住院：是，{{2021/06/14}}因{{急性阑尾炎}}住院手术\n证件号码：[[ID:33060219831209573?]]",
)
Z(
    "table_record",
    "预防接种记录\n儿童出生日期：[[DOB:2023-04-17]]\n| 疫苗 | 剂次 | 接种日期 |\n|---|---|---|\n| {{乙肝疫苗}} | 第1剂 | {{2023-04-18}} |\n| {{卡介苗}} | 第1剂 | 2023-04-19 |\n| 乙肝疫苗 | 第2剂 | 2023-05-20 |",
)
Z(
    "nursing_handover",
    "腕带信息核对：{{8床}}，男，出生日期[[DOB:63.5.8]]，住院号[[MRN:ZY2024-118736]]，与病历一致。{{术前禁食}}已执行，{{头孢呋辛}}皮试阴性。",
)
Z(
    "outpatient_dialogue",
    "宝宝是[[DOB:2020年2月29日]]出生的，闰年生日，今年算{{4周岁}}还是{{5虚岁}}？打疫苗按哪个算？",
    "疫苗接种按实足年龄（周岁）计算。2月29日出生的孩子，平年一般按{{3月1日}}满岁处理。具体可以咨询{{社区预防接种门诊}}。",
)
Z(
    "table_record",
    "**患者信息**\n- 门诊号：[[MRN:0000 4471 2093]]\n- 出生日期：[[DOB:1995年12月1日]]\n- 就诊日期：{{2024年12月1日}}\n- 主诉：{{咽痛3天}}\n- 处理：{{布洛芬混悬液}}",
)
Z(
    "outpatient_dialogue",
    "今天刚好是我{{60岁}}生日，我是[[DOB:1964年10月23日]]生的，退休体检要查哪些肿瘤标志物？",
    "肿瘤标志物不建议作为普通人群的筛查手段，假阳性较多。60岁可以按指南做：{{低剂量螺旋CT}}（有吸烟史者）、{{结肠镜}}等，具体结合家族史决定。",
)
Z(
    "tcm_clinic",
    "患者自述生辰：[[DOB:阴历一九五五年三月初三]]，求{{膏方}}调理。刻下：畏寒，夜尿{{3次}}，腰膝酸软，舌淡胖，脉沉细。",
)
Z(
    "discharge_summary",
    "新生儿出院小结\n母亲住院号：[[MRN:2024-CK-05318]]\n出生时间：[[DOB:2024年8月3日 06:47]]\n胎龄：{{39+2周}}　出生体重：{{3350 g}}\nApgar评分：{{9-10-10}}\n出院日期：{{2024年8月6日}}",
)
Z(
    "hk_tw_clinic",
    "病人資料\n姓名：[[NAME:李嘉欣]]\n出生日期：[[DOB:12/05/1968]]\n身份證：[[ID:K704519(?)]]\n覆診日期：{{18/11/2024}}\n藥物：{{Metformin 500mg BD}}",
)
Z(
    "registration_form",
    "护照号码：[[ID:EH4927613]]\n国籍：中国\n出生日期：[[DOB:1991年10月4日]]\n本次就诊：{{旅行医学咨询}}，拟接种{{黄热病疫苗}}\n出行日期：{{2024年11月20日}}",
)
Z(
    "wechat_group",
    "【产科随访群】\n助产士：各位宝妈，出生证明信息请核对，有错误尽快说\n宝妈A：我家宝宝出生日期写成[[DOB:2024-07-13]]了，应该是[[DOB:2024-07-12]]，晚上{{11点40}}生的\n助产士：收到，请带{{住院分娩记录}}到{{产科门诊}}更正",
)
Z(
    "admission_record",
    "病史采集：患者不识字，由女儿代述。出生日期：[[DOB:1936年端午节]]？女儿不确定，身份证为[[DOB:1936年6月24日]]。入院诊断{{社区获得性肺炎}}，CURB-65评分{{3分}}。",
)
Z(
    "phone_followup",
    "客服回访：您好，为核实信息，请报一下患者生日。——“[[DOB:七一年九月十八]]，农历的。”——好的，您母亲{{出院一周}}了，{{呋塞米}}还在吃吗？",
)
Z(
    "registration_form",
    "核酸/抗体检测登记（Excel 粘贴）\n序号\t出生日期\t采样日期\t结果\n1\t[[DOB:1999/3/7]]\t{{2024/3/7}}\t{{阴性}}\n2\t[[DOB:2001/11/22]]\t2024/3/7\t阴性",
)
Z(
    "chat_message",
    "我老公[[DOB:1980年02月14日]]出生，情人节生日，这个月要做{{冠脉CTA}}，做之前心率要控制在多少？",
    "冠脉CTA一般希望检查时心率在{{65次/分}}以下、节律规整。若心率偏快，医生可能会在检查前给予{{美托洛尔}}。检查前4小时禁食，可以喝少量水。",
)
# --- zh: record numbers ------------------------------------------------------
Z(
    "discharge_summary",
    "病案首页（摘录）\n病案号：[[MRN:00857321]]\n住院次数：{{第3次}}\n入院科别：{{肾内科}}　病房：{{6病区}}\n实际住院：{{12天}}\n主要诊断：{{慢性肾脏病5期}}（{{N18.500}}）",
)
Z(
    "chat_message",
    "您好，我预约了明天的胃镜，门诊号是[[MRN:MZ20241105-0872]]，想问前一天晚上几点以后不能吃东西？",
    "一般检查前一天晚上{{8点}}以后禁食，检查前{{2小时}}禁水。如果做{{无痛胃镜}}，需要家属陪同，检查后当天不要开车。",
)
Z(
    "registration_form",
    "挂号失败记录：就诊卡号[[MRN:6210 9832 0017 4458]]余额不足，请患者到{{一楼收费处}}充值后再挂{{呼吸内科}}号。今日剩余号源：{{14个}}。",
)
Z(
    "insurance_form",
    "{{异地就医}}备案\n参保人医保卡号：[[MRN:H37010300512]]\n参保地：{{济南市}}\n就医地：上海市\n备案类型：长期居住\n居住地址：[[ADDRESS:上海市浦东新区张杨路1357弄9号1203|张杨路1357弄|9号1203]]",
)
Z(
    "lab_report",
    "影像检查报告\n检查号：[[MRN:CT20241018-0231]]　影像号：[[MRN:IM0098123]]\n检查部位：{{胸部CT平扫}}\n所见：右肺上叶尖段见一磨玻璃结节，大小约{{8 mm×6 mm}}\n建议：{{6个月后}}复查",
)
Z(
    "nursing_handover",
    "交班：{{12床}}，登记号[[MRN:0012874563]]，{{右股骨颈骨折}}术后第1天，引流{{80 ml}}淡血性；{{3号床}}空出来了，等急诊上来的病人。",
)
Z(
    "discharge_summary",
    "【出院小结】ID号：[[MRN:P0039271]]　科室：{{神经外科}}　床号：{{加3床}}\n入院诊断：{{左侧基底节区脑出血}}\n出院情况：神志清，右侧肢体肌力{{3级}}\n出院后转{{康复科}}继续治疗",
)
Z(
    "phone_followup",
    "患者来电：我的病历号是[[MRN:BL-2023-045612]]，去年在你们这做的{{甲状腺}}手术，现在脖子那里还有点麻，正常吗？",
    "甲状腺术后颈部皮肤麻木、紧绷感比较常见，多数会在{{数月}}内逐渐改善。如果出现手脚抽搐、口周发麻，要警惕{{低钙血症}}，需尽快就诊查血钙。",
)
Z(
    "wechat_group",
    "【心内二病区工作群】\n护士站：{{19床}}住院号[[MRN:2024015572]]家属要打印费用清单，谁有空？\n住院医：我一会过去\n护士站：👍 另外{{23床}}今晚要复查{{肌钙蛋白}}",
)
Z(
    "referral_letter",
    "转院记录\n原医院住院号：[[MRN:ZY-00438812]]\n转入我院后病案号：[[MRN:2024-B-077164]]\n转院原因：{{重症急性胰腺炎}}需{{ICU}}支持\n转院日期：{{2024-07-02}}",
)
Z(
    "lab_report",
    "心电图报告　门诊号[[MRN:MZ0048813204]]\n{{窦性心律}}，心率{{58次/分}}，{{I度房室传导阻滞}}，PR间期{{218 ms}}",
)
Z(
    "lab_report",
    "病理诊断报告\n病理号：[[MRN:P24-08812]]\n送检组织：{{胃窦}}活检\n诊断：{{慢性萎缩性胃炎}}伴{{肠上皮化生}}（轻度），{{幽门螺杆菌}}（+）",
)
Z(
    "registration_form",
    "挂号凭条\n就诊序号：{{023}}　诊室：{{5诊室}}\n患者ID：[[MRN:10044817235]]\n医生级别：{{副主任医师}}\n费用：{{普通门诊诊查费 25元}}",
)
Z(
    "chat_message",
    "我要复印病历办理报销，住院号[[MRN:00327765]]，{{10月28日}}出的院。需要带什么？",
    "一般需要带患者身份证原件；代办还需代办人身份证和委托书。在{{病案室}}（{{住院部5号楼1楼}}）办理，出院{{7个工作日}}后病历归档才能复印。",
)
Z(
    "nursing_handover",
    "晨间交班：\n- {{4床}}：男，[[DOB:1939-12-02]]出生，{{84岁}}，{{肺部感染}}，体温已降至{{37.3℃}}；\n- {{5床}}：女，住院号[[MRN:2024103317]]，今日行{{PICC置管}}；\n- {{7床}}：明日出院。",
)
Z(
    "ocr_text",
    "健康体检报告\n体检编号：[[MRN:TJ-2024-06-0388]]\n通讯地址：[[ADDRESS:无锡市梁溪区中山路 359号 东方广场 22楼|中山路 359号|东方广场 22楼]]\n出生日期：[[DOB:1986年07月19日]]\n体检日期：{{2024年06月12日}}\n总检结论：{{脂肪肝}}（轻度）",
)
Z(
    "table_record",
    "检查申请单\n病人ID：[[MRN:A00917342]]\n申请项目：{{上腹部增强MRI}}\n临床诊断：{{肝占位性病变}}\n预约时间：{{2024-11-14 15:20}}\n检查地点：{{医技楼负一层磁共振室}}",
)
Z(
    "admission_record",
    "住院号：[[MRN:1 0 2 4 7 7 8 3]]（手写，辨认欠清）\n入院诊断：{{左下肢深静脉血栓形成}}\nD-二聚体：{{4.8 mg/L FEU}}\n处理：{{低分子肝素}} 4000 IU q12h 皮下注射",
)
Z(
    "registration_form",
    "门诊病历首页\n门诊病历号：[[MRN:MZBL0027716]]\n医保类型：{{城乡居民医保}}\n医保卡号：[[MRN:1301 0219 6604 1287]]\n现住址：[[ADDRESS:石家庄市桥西区裕华西路9号裕园小区6-1-502|裕华西路9号|裕园小区|6-1-502]]\n首诊日期：{{2024年1月15日}}",
)
Z(
    "discharge_summary",
    "出院证明书\n住院号：[[MRN:ZY202403118]]\n入院日期：{{2024年3月11日}}　出院日期：{{2024年3月18日}}\n出院诊断：{{急性结石性胆囊炎}}\n休息建议：全休{{两周}}",
)
Z(
    "lab_report",
    "超声报告　检查编号：[[MRN:US-24-113907]]\n{{甲状腺右叶}}见一低回声结节，{{11 mm×8 mm}}，边界清，{{C-TIRADS 3类}}。建议{{12个月}}后复查。",
)
Z(
    "phone_followup",
    "护士：阿姨您好，我是{{乳腺外科}}的，打电话核对一下，您的住院登记号尾号是不是[[MRN:3309]]？\n患者：对的，全号是[[MRN:00714403309]]。\n护士：好，明天上午{{8点}}来办入院，空腹。",
)
Z(
    "wechat_group",
    "【放射科预约群】\n登记：今天下午{{DR室}}机器维护，以下患者改约：\n检查号[[MRN:DR24110205]]、[[MRN:DR24110211]]改至明早{{8:30}}\n技师：收到，已短信通知",
)
Z(
    "discharge_summary",
    "出院小结 ｜ 病案号 [[MRN:00-55-1920]] ｜ {{普外二科}}\n手术：{{腹腔镜右半结肠切除术}}（{{2024-08-20}}）\n病理：{{pT3N1aM0}}\n后续：{{肿瘤内科}}评估辅助化疗",
)
# --- zh: phones and IDs --------------------------------------------------------
Z(
    "phone_followup",
    "随访未接通记录：第一次拨打患者手机[[PHONE:153 2287 6501]]无人接听；第二次拨打家里座机[[PHONE:(0731)8842-6157|8842-6157]]，其老伴接听，说患者去复查{{肝功能}}了。下次随访时间：{{11月20日}}。",
)
Z(
    "registration_form",
    "单位团检联系人：人事部，电话[[PHONE:0755-2688 1234转8021|2688 1234]]。本次体检共{{126人}}，其中{{甲状腺结节}}检出{{31例}}。",
)
Z(
    "hk_tw_clinic",
    "病人聯絡電話：[[PHONE:+852 6138 2974|6138 2974]]（手提），屋企[[PHONE:2673 4185]]。{{下星期三}}覆診抽血，須空肚{{8小時}}。",
)
Z(
    "chat_message",
    "上次挂号留的手机号错了，正确的是[[PHONE:138零七二一九四六五]]，麻烦帮我改一下，不然收不到{{检查预约}}短信。",
    "已记录。也可以在{{医院App}}的“个人信息”里自行修改手机号，修改后需要重新验证。",
)
Z(
    "nursing_handover",
    "夜班口头交接：{{6床}}家属说有事打他电话，[[PHONE:幺五八，二零四六，七三九一]]，已记在护理记录单上。{{6床}}今晚{{硝酸甘油}}泵入，注意血压。",
)
Z(
    "registration_form",
    "实名制挂号：身份证号[[ID:21010219540818352?]]，姓名与证件一致。患者{{70岁}}，可走{{老年人优先}}窗口。",
)
Z(
    "insurance_form",
    "慢病门诊申请\n申请人身份证：[[ID:430104 19690227 108?]]\n病种：{{高血压病（3级）}}、{{2型糖尿病}}\n居住地址：[[ADDRESS:长沙市芙蓉区韶山北路368号东风小区8栋405|韶山北路368号|东风小区|8栋405]]\n申请日期：{{2024年3月1日}}",
)
Z(
    "registration_form",
    "港澳台及外籍患者登记\n证件类型：往来港澳通行证\n证件号码：[[ID:C58291037]]\n联系电话：[[PHONE:+86 186 2075 9134|186 2075 9134]]\n就诊科室：{{国际医疗部}}",
)
Z(
    "hk_tw_clinic",
    "家屬聯絡：[[PHONE:0912-386-274]]（女兒），住家電話[[PHONE:(02)2736-8815|2736-8815]]。病人今日血壓{{138/82 mmHg}}，{{Amlodipine}}照常服用。",
)
Z(
    "hk_tw_clinic",
    "急症室登記\n身份證號碼：[[ID:Y538201(?)]]\n聯絡電話：[[PHONE:5173 2096]]\n分流類別：{{第三類（緊急）}}\n主訴：{{胸口痛兩小時}}",
)
Z(
    "hk_tw_clinic",
    "入院核對：病人身份證[[ID:WX382914(?)]]，醫院編號[[MRN:HN04128837(6)]]，與手帶一致。{{入院前}}已服{{Aspirin}}。",
)
Z(
    "table_record",
    "| 字段 | 值 |\n|---|---|\n| 证件类型 | 居民身份证 |\n| 证件号 | [[ID:37010219850302612?]] |\n| 手机 | [[PHONE:15069817324]] |\n| 住址 | [[ADDRESS:济南市历下区燕子山西路58号燕子山小区东区12号楼|燕子山西路58号|燕子山小区东区12号楼]] |\n| 医保类型 | {{职工医保}} |\n| 首诊科室 | {{消化内科}} |",
)
Z(
    "chat_message",
    "帮我看看这是不是诈骗：我妈收到短信说医保账户异常，让回复身份证号，她已经把[[ID:41010519720915264?]]发过去了，对方号码是[[PHONE:17085612437]]。",
    "这很可能是诈骗，医保部门不会用短信索要身份证号和验证码。建议：1. 拨打{{12393}}医保服务热线或到窗口核实；2. 若涉及银行卡，尽快联系银行；3. 拨打{{96110}}反诈专线或{{110}}报案。",
)
Z(
    "hk_tw_clinic",
    "健保卡遺失補辦，身分證字號[[ID:F12803477?]]，出生[[DOB:民國71年9月15日]]，手機[[PHONE:0938 512 604]]。今天看{{皮膚科}}能先自費嗎？",
    "可以先以自費掛號，並在{{10日}}內持健保卡回院辦理退費。補發健保卡可至健保署各分區業務組辦理。",
)
Z(
    "consent_form",
    "紧急联系人：患者侄子，座机[[PHONE:(0371)6593 2081|6593 2081]]，手机[[PHONE:139 3716 5248]]。签字日期：{{2024-02-14}}，手术名称：{{经皮冠状动脉介入治疗}}。",
)
Z(
    "ocr_text",
    "联 系 电 话 ：[[PHONE:1 3 6 - 2 1 8 7 - 5 0 9 4]]\n就 诊 科 室 ：{{耳 鼻 喉 科}}\n诊 断 ：{{慢 性 鼻 窦 炎}}",
)
Z(
    "referral_letter",
    "会诊邀请\n邀请科室：{{急诊科}}\n被邀请科室：{{普外科}}\n患者腹痛{{6小时}}，{{麦氏点压痛}}阳性，白细胞{{15.2×10^9/L}}。\n申请医师：急诊科值班医师（手机[[PHONE:18710926354]]）",
)
Z(
    "phone_followup",
    "拨号记录：[[PHONE:021-6437 2915|6437 2915]]（家）占线；改拨女儿手机[[PHONE:+86 13916 284 071|13916 284 071]]接通。患者{{术后第30天}}，{{抗凝}}方案不变。",
)
Z(
    "registration_form",
    "新生儿医保参保登记\n监护人身份证：[[ID:44010619881125072?]]\n监护人手机：[[PHONE:186-2071-5539]]\n新生儿出生日期：[[DOB:2024年9月9日]]\n户籍地址：[[ADDRESS:广州市天河区石牌街道龙口西路145号之二903房|龙口西路145号之二|903房]]\n参保险种：{{城乡居民基本医疗保险}}",
)
Z(
    "chat_message",
    "我身份证最后一位是X，[[ID:51010719930408134X]]，自助机上只能输数字，挂号时填成了0，有影响吗？",
    "有影响，医保结算和检查报告都会和身份证号关联。请尽快到{{门诊服务中心}}凭身份证原件更正；自助机输入X一般在数字键盘的左下角或“切换”键里。",
)
Z(
    "outpatient_dialogue",
    "医生，我在外地出差，药快吃完了，能开好药寄过来吗？收件电话[[PHONE:+86-199-0832-7716|199-0832-7716]]，地址[[ADDRESS:贵阳市观山湖区林城西路95号国际金融中心2号楼1608|林城西路95号|国际金融中心2号楼1608]]。",
    "复诊患者可以通过{{互联网医院}}线上复诊开药并邮寄，但{{精神类药品}}和部分{{注射剂}}不能邮寄。请先在线提交复诊申请，医生审核后开具。",
)
Z(
    "delivery_form",
    "检测盒回寄说明：采样后请寄到{{检验科}}；您的收件地址已登记为[[ADDRESS:宁波市鄞州区天童南路588号宁波文化广场6号楼1103|天童南路588号|宁波文化广场6号楼1103]]，备用地址[[ADDRESS:宁波市海曙区望春街道布政巷东5弄14号|布政巷东5弄14号|布政巷东5弄]]。{{粪便DNA检测}}结果约{{10个工作日}}出具。",
)

# ---------------------------------------------------------------------------
# zh rows, PHI-free look-alikes
# ---------------------------------------------------------------------------
Z(
    "outpatient_dialogue",
    "明天去{{北京协和医院}}看病，听说{{B超室}}在{{门诊楼3楼}}，抽血在一楼，我应该先抽血还是先做B超？",
    "如果B超项目包括肝胆胰，需要空腹，建议先做B超再抽血（抽血也多需空腹），两项都做完再吃早饭。做{{妇科B超}}或{{膀胱B超}}时需要憋尿，和空腹要求不冲突。",
)
Z(
    "chat_message",
    "请问{{住院部5号楼}}{{12床}}的病人今天能探视吗？我是他外甥。",
    "各医院探视规定不同，多数病区探视时间为{{下午3点到5点}}，每次限{{1名}}家属。建议先打病区电话或问{{护士站}}确认，探视时戴好口罩。",
)
Z(
    "outpatient_dialogue",
    "我在{{解放军总医院}}做的增强CT，片子能拿到{{中山大学附属第一医院}}用吗？还是要重新做？",
    "影像资料通常可以带去会诊，很多医院之间也推行检查结果互认。请带上胶片、光盘和报告，接诊医生会判断是否需要复查；若距今超过{{3个月}}或病情有变化，可能需要重新检查。",
)
Z(
    "chat_message",
    "坐地铁到{{人民医院}}哪个口出？我看导航说在{{人民路}}和{{解放路}}路口。",
    "可以在医院官网或公众号的“来院路线”里查看具体出口。到院后先到{{门诊大厅}}的导诊台，按指引去相应科室。",
)
Z(
    "pharmacy_note",
    "用药记录：{{阿托伐他汀钙片}} 20 mg 每晚一次，复查{{LDL-C 2.1 mmol/L}}，目标值<{{1.8 mmol/L}}；肝功能{{ALT 32 U/L}}，{{肌酸激酶}}正常，可考虑加用{{依折麦布}}10 mg qd。",
)
Z(
    "table_record",
    "| 日期 | 晨起血压 | 睡前血压 | 心率 |\n|---|---|---|---|\n| {{11月3日}} | {{142/88}} | 136/84 | {{72}} |\n| 11月4日 | 138/86 | {{128/80}} | 70 |\n| 11月5日 | 150/92 | 140/86 | 76 |\n这样的血压需要加药吗？",
    "晨起血压多次≥{{135/85 mmHg}}，提示晨峰血压控制不佳。建议带着记录找医生评估，可能需要调整服药时间或换长效降压药，不要自行加量。",
)
Z(
    "discharge_summary",
    "出院诊断编码：1. {{原发性高血压}}（{{I10.x00}}）；2. {{2型糖尿病}}（{{E11.900}}）；3. {{慢性阻塞性肺疾病}}（{{J44.900}}）。主要手术操作：无。",
)
Z(
    "pharmacy_note",
    "药品信息：{{硝苯地平控释片}}，批准文号{{国药准字J20180045}}，生产批号{{BJ23091}}，有效期至{{2026年08月}}。患者反映药片外观与上次不同，已核实为同一药品不同包装。",
)
Z(
    "lab_report",
    "室内质控记录：质控品批号{{QC-2407-L2}}，{{葡萄糖}}靶值{{5.6 mmol/L}}，今日测定5.8 mmol/L，在±2SD范围内，{{仪器编号C702-03}}运行正常。",
)
Z(
    "admission_record",
    "体温单备注：{{2024-03-02}}入院，{{03-05}}手术，术后第1天体温{{38.1℃}}，第3天恢复正常；{{03-12}}拆线出院。",
)
Z(
    "outpatient_dialogue",
    "我爸{{68岁}}，糖尿病{{15年}}了，最近脚上有个伤口{{两周}}都没好，要紧吗？",
    "糖尿病患者脚部伤口两周不愈合需要重视，可能是{{糖尿病足}}早期。请尽快到{{内分泌科}}或{{糖尿病足专科门诊}}就诊，查血糖、足部血管和神经，不要自己用偏方处理。",
)
Z(
    "chat_message",
    "《{{中国高血压防治指南（2024年修订版）}}》和{{2018年版}}相比，降压目标有变化吗？",
    "新版更强调多数患者降到<{{130/80 mmHg}}，同时强调个体化；老年和衰弱患者的目标可适当放宽。具体以正式发布的指南文本为准。",
)
Z(
    "outpatient_dialogue",
    "内镜中心是在{{3号楼5层}}吗？我找了半天只看到{{医技楼}}。",
    "不同医院布局不同，可以看{{门诊大厅}}的楼层索引或问导诊台。去做内镜记得带上预约单和{{凝血功能}}检查结果。",
)
Z(
    "hk_tw_clinic",
    "請問{{臺大醫院}}{{西址}}的抽血站在哪裡？我要抽{{空腹血糖}}跟{{糖化血色素}}。",
    "抽血站位置請以院內指示牌或服務台說明為準。空腹血糖需禁食{{8小時}}以上，糖化血色素不需空腹，兩項可以一起抽。",
)
Z(
    "hk_tw_clinic",
    "{{瑪麗醫院}}同{{伊利沙伯醫院}}嘅{{急症室}}，邊間等得耐啲？我阿爸{{胸口痛}}。",
    "胸口痛唔好揀醫院等，應該即刻打{{999}}叫救護車，由救護員送去最近而合適嘅急症室。等車期間唔好俾佢自己行動，記低開始痛嘅時間。",
)
Z(
    "nursing_handover",
    "交班：{{加3床}}转入{{ICU 8床}}；{{17床}}{{24小时尿量}}{{1200 ml}}；{{19床}}今晨{{空腹血糖}}{{11.4 mmol/L}}，已报告值班医生。",
)
Z(
    "lab_report",
    "室间质评反馈：{{EQA-2024-03}}批次样本编号{{S2403-05}}，{{血钾}}结果偏离靶值{{0.4 mmol/L}}，判定为不合格，需排查{{电极}}状态。",
)
Z(
    "pharmacy_note",
    "药品追溯码扫码失败，码号{{81023746590312845671}}，请药房核对该{{阿莫西林胶囊}}是否为同一批次后再发药。",
)
Z(
    "chat_message",
    "头孢吃了{{3天}}，嗓子好多了，还要吃满{{7天}}吗？每天{{3次}}，每次{{2粒}}。",
    "抗生素一般需要按医生开的疗程吃完，症状好转不代表细菌已经清除，擅自停药可能导致复发或耐药。如果出现皮疹、腹泻等不适，请联系医生。",
)
Z(
    "outpatient_dialogue",
    "宝宝出生后{{第3天}}皮肤发黄，经皮胆红素{{12.5 mg/dL}}，要照蓝光吗？",
    "是否需要光疗要结合出生胎龄、日龄（按小时计）和危险因素，对照{{光疗曲线}}判断。出生后{{72小时}}内这个数值不算低，建议尽快到{{新生儿科}}复查血清胆红素。",
)
Z(
    "consent_form",
    "术前谈话要点：{{腹腔镜胆囊切除术}}中转开腹率约{{1%-5%}}；术后胆漏发生率{{0.3%}}左右；预计住院{{3-5天}}。签字须由患者本人或授权委托人完成。",
)
Z(
    "outpatient_dialogue",
    "我们小区最近好多人得{{甲流}}，{{奥司他韦}}要提前吃预防吗？",
    "一般不建议普通人群提前吃奥司他韦预防，除非是高危人群且有明确密切接触，由医生评估后使用。预防重点是接种{{流感疫苗}}、勤洗手、戴口罩。",
)
Z(
    "lab_report",
    "血常规：{{WBC 11.2×10^9/L}}，{{中性粒细胞百分比 82%}}，{{Hb 128 g/L}}，{{PLT 312×10^9/L}}；{{CRP 46 mg/L}}。",
)
Z(
    "chat_message",
    "{{克山病}}和{{大骨节病}}现在还有吗？我是黑龙江人。",
    "这两种地方病在我国已基本得到控制，新发病例很少，与当地缺硒等环境因素有关。若有心悸、关节变形等症状，仍需到医院检查排除其他病因。",
)
Z(
    "registration_form",
    "排队叫号：请{{A017}}号到{{3诊室}}就诊，请{{A018}}号做好准备。{{B超室}}请{{C052}}号到{{7号检查室}}。",
)
Z(
    "outpatient_dialogue",
    "我在{{开发区}}的工厂上班，做了{{8年}}打磨，最近老咳嗽，是不是{{尘肺病}}？",
    "长期粉尘暴露加上咳嗽需要警惕尘肺，建议到有资质的{{职业病防治院}}做高千伏胸片或CT，并带上工作年限和粉尘种类的材料。",
)
Z(
    "pharmacy_note",
    "用法：{{复方丹参滴丸}}，一日三次，一次十粒，舌下含服或吞服；{{硝酸甘油}}{{0.5 mg}}胸痛时舌下含服，{{5分钟}}不缓解可再含一片，最多{{3次}}。",
)
Z(
    "table_record",
    "体检套餐对比：\n- {{套餐A}}：{{血常规}}、肝肾功能、{{胸片}}\n- {{套餐B}}：A + {{甲状腺彩超}} + {{糖化血红蛋白}}\n- 套餐C：B + {{胃镜}}（无痛加收）",
)
Z(
    "outpatient_dialogue",
    "{{武汉协和医院}}的{{心外科}}和{{同济医院}}的哪个好？我妈要做{{二尖瓣置换}}。",
    "两家都是国内知名的综合医院，心外科实力都较强。更重要的是选择手术量大、和您沟通顺畅的团队，也要考虑术后复查是否方便。",
)
Z(
    "hk_tw_clinic",
    "請問{{長庚}}{{林口院區}}的{{復健科}}在幾樓？我要做{{肩頸牽引}}。",
    "可以在院區的樓層導覽或服務台詢問。第一次做牽引前，醫師會先評估頸椎狀況，請帶上之前的X光或{{MRI}}報告。",
)
Z(
    "discharge_summary",
    "出院小结（节选）：住院{{9天}}，{{头孢曲松}}2 g qd 抗感染{{7天}}，体温正常{{72小时}}后出院；出院后{{2周}}复查{{胸部CT}}。",
)
Z(
    "chat_message",
    "医保{{2024年}}起门诊统筹报销比例是多少？我在{{社区医院}}开药。",
    "各地政策不同，一般在基层医疗机构的报销比例高于二、三级医院，且有年度起付线和最高支付限额。请以当地医保局公布的文件为准，或拨打{{12393}}咨询。",
)
Z(
    "outpatient_dialogue",
    "我从{{3月份}}开始每天走{{6000步}}，体重从{{82 kg}}降到{{76 kg}}，{{糖化}}从{{7.8%}}降到{{6.6%}}，还用吃药吗？",
    "效果很好！是否停药要由医生结合血糖监测情况决定，不建议自行停药。继续保持运动和饮食控制，{{3个月}}后复查糖化血红蛋白。",
)
Z(
    "admission_record",
    "既往史：{{2015年}}行{{阑尾切除术}}；{{2019年}}诊断{{高血压}}，服{{氨氯地平}} 5 mg qd；否认{{肝炎}}、{{结核}}病史。",
)
Z(
    "nursing_handover",
    "护理质控：本月跌倒{{0例}}，压力性损伤{{1例}}（{{2期}}），{{PICC}}相关感染{{0例}}；{{住院部A栋17楼}}床护比{{1:0.4}}。",
)
Z(
    "chat_message",
    "{{同仁堂}}的{{安宫牛黄丸}}和{{广誉远}}的有什么区别？家里老人{{中风}}后能吃吗？",
    "安宫牛黄丸用于中医辨证属于热闭神昏的情况，不是中风的通用药，更不能代替急救。卒中发作应立即拨打120送医；恢复期是否服用请咨询中医师。",
)
Z(
    "tcm_clinic",
    "处方：{{黄芪}}30 g、{{当归}}10 g、{{川芎}}10 g、{{赤芍}}12 g、{{地龙}}10 g、{{桃仁}}10 g、{{红花}}6 g，{{七剂}}，水煎服，日一剂。",
)
Z(
    "outpatient_dialogue",
    "{{中山大学孙逸仙纪念医院}}和{{中山大学附属第三医院}}是一个医院吗？",
    "不是同一家医院，它们都是中山大学的附属医院，各有院区和优势学科。就诊前请确认医院全称和院区地址。",
)
Z(
    "lab_report",
    "尿常规：{{尿比重 1.025}}，{{尿蛋白 2+}}，{{尿潜血 1+}}，{{24小时尿蛋白定量 1.8 g}}，建议{{肾内科}}就诊。",
)
Z(
    "registration_form",
    "住院须知：入院时请到{{住院处}}（{{门诊楼一楼东侧}}）办理手续，押金{{5000元}}，病区在{{外科楼12层}}，{{21-40床}}为男病区。",
)
Z(
    "chat_message",
    "孩子{{1岁半}}，体重{{11 kg}}，发烧{{38.7℃}}，{{布洛芬混悬滴剂}}吃多少？",
    "布洛芬一般按每次{{5-10 mg/kg}}计算，两次之间间隔至少{{6小时}}，24小时内不超过{{4次}}。具体毫升数请看药品说明书上的浓度，或咨询药师。",
)
Z(
    "outpatient_dialogue",
    "{{华山医院}}的{{皮肤科}}好挂号吗？我长了{{带状疱疹}}{{3天}}了。",
    "带状疱疹最好在出疹后{{72小时}}内开始抗病毒治疗，不必非要等知名医院的号，附近医院的皮肤科就可以先开药，疼痛明显也可以同时处理。",
)
Z(
    "hk_tw_clinic",
    "{{衛福部}}公告的{{成人預防保健}}，{{40歲}}以上每{{3年}}一次，{{65歲}}以上每年一次，我今年{{52歲}}可以做嗎？",
    "可以，52歲屬於40到64歲，每3年可免費做一次。帶{{健保卡}}到有承作的診所或醫院即可，檢查前需空腹。",
)
Z(
    "discharge_summary",
    "手术记录摘要：{{2024-06-11}}在{{全麻}}下行{{腹腔镜下子宫肌瘤剔除术}}，术中出血约{{50 ml}}，剔除肌瘤{{3枚}}，最大者{{6 cm×5 cm}}。",
)
Z(
    "outpatient_dialogue",
    "我刚做完{{核磁共振}}，报告说“{{T2WI高信号}}”，上面写的{{3.0T}}是什么意思？",
    "3.0T指磁共振设备的磁场强度（特斯拉），场强越高图像越清晰。T2WI高信号本身不代表疾病，要结合部位和形态看，请带报告给开单医生解读。",
)
Z(
    "wechat_group",
    "【科室群】\n护士长：提醒：明天{{8:00}}在{{示教室}}考核{{心肺复苏}}，按压频率{{100-120次/分}}，深度{{5-6 cm}}\n护士：收到\n护士长：考核不过的{{下周三}}补考",
)
Z(
    "outpatient_dialogue",
    "体检说我{{窦性心动过缓}}，心率{{52次/分}}，我平时跑步，需要治疗吗？",
    "经常运动的人静息心率偏慢比较常见。如果没有头晕、黑矇、乏力等症状，一般不需要治疗。必要时做{{动态心电图}}评估。",
)
Z("pharmacy_note", "冷链药品交接：{{甘精胰岛素注射液}}{{10支}}，到货温度{{4.6℃}}，储存于{{2-8℃}}冷藏柜，已登记。")
Z(
    "chat_message",
    "社区通知说{{65岁}}以上老人可以免费体检，{{每年1次}}，要带什么？",
    "一般带身份证或社保卡即可，体检当天早上空腹。可以提前打电话给{{社区卫生服务中心}}确认时间和项目。",
)
Z(
    "outpatient_dialogue",
    "{{第一人民医院}}和{{市中医院}}哪里做{{针灸}}好？我{{面瘫}}{{一周}}了。",
    "面瘫（特发性面神经麻痹）急性期首先是早期使用{{糖皮质激素}}，针灸介入时机有不同观点。建议先到神经内科或中医科评估，再决定治疗方案。",
)
Z(
    "lab_report",
    "凝血功能：{{PT 13.2 s}}，{{INR 1.12}}，{{APTT 35.6 s}}，{{纤维蛋白原 3.4 g/L}}，{{D-二聚体 0.32 mg/L}}。",
)
Z(
    "outpatient_dialogue",
    "{{北京大学第三医院}}的{{生殖中心}}做{{试管婴儿}}要排队多久？",
    "等候时间因病情和时段而异，可以通过医院官方渠道预约初诊。初诊前可先准备夫妻双方的既往检查资料和婚育史材料。",
)
Z(
    "admission_record",
    "入院时生命体征：{{T 36.8℃}}，{{P 96次/分}}，{{R 22次/分}}，{{BP 168/102 mmHg}}，{{SpO2 93%}}（未吸氧）。",
)
Z(
    "hk_tw_clinic",
    "{{衞生署}}{{長者醫療券}}每年{{2,000元}}，可以用嚟睇{{牙醫}}嗎？",
    "長者醫療券可以用於已登記參與計劃嘅私家牙醫，亦可用於中醫、物理治療等。使用前可以問清楚診所係咪已登記。",
)
Z(
    "chat_message",
    "为什么{{血糖仪}}测的和医院抽血差了{{1.5 mmol/L}}？仪器编号{{GM-550}}。",
    "指尖血和静脉血本身存在差异，一般允许误差在{{±15%}}以内。可以用{{质控液}}检查血糖仪，或带血糖仪到医院同时测一次对比。",
)
Z(
    "outpatient_dialogue",
    "{{湘雅医院}}的{{湘雅}}是什么意思？和{{湘雅二医院}}有啥区别？",
    "“湘”指湖南，“雅”来自当年合作的雅礼协会。湘雅医院、湘雅二医院、湘雅三医院都隶属中南大学，是不同的医院。",
)
Z(
    "tcm_clinic",
    "{{六味地黄丸}}和{{金匮肾气丸}}怎么选？我{{45岁}}，怕冷，夜尿多。",
    "怕冷、夜尿多偏于肾阳虚，中医上更常用金匮肾气丸；六味地黄丸偏于肾阴虚（手足心热、盗汗）。建议请中医师面诊辨证后再用。",
)
Z(
    "outpatient_dialogue",
    "住{{单人间}}一天多少钱？{{VIP病房}}在{{国际部6楼}}吗？",
    "具体价格以医院物价公示为准，入院时{{住院处}}会告知床位费标准。特需病房一般不在医保报销范围内。",
)
Z(
    "lab_report",
    "甲功：{{TSH 8.6 mIU/L}}↑，{{FT4 11.2 pmol/L}}，{{TPOAb 386 IU/mL}}↑，提示{{亚临床甲减}}，{{桥本甲状腺炎}}可能。",
)
Z(
    "chat_message",
    "{{12320}}和{{120}}有什么区别？晚上孩子咳嗽该打哪个？",
    "120是急救电话，用于危及生命的紧急情况；12320是卫生健康服务热线，可以咨询就医信息、投诉建议。孩子只是咳嗽、精神好，可以先观察或去{{儿科夜诊}}；若呼吸困难、嘴唇发紫，立即打120。",
)
Z(
    "admission_record",
    "个人史：生于{{四川}}，久居本地，吸烟{{30年}}，每日{{20支}}，已戒{{2年}}；饮酒少量；否认{{疫区}}居住史。",
)
Z(
    "outpatient_dialogue",
    "我在{{和平里医院}}复查，{{肌酐}}从{{98}}升到{{132 μmol/L}}，要紧吗？",
    "肌酐上升约三分之一需要重视，先排除脱水、近期用药（如{{NSAIDs}}、造影剂）等可逆因素，再复查并计算{{eGFR}}。建议尽快到肾内科就诊。",
)
Z(
    "pharmacy_note",
    "处方审核：{{华法林钠片}}与{{胺碘酮}}联用，可使INR升高，建议{{1周}}内复查INR；{{左氧氟沙星}}{{0.5 g}} qd 与华法林同样有相互作用。",
)
Z(
    "outpatient_dialogue",
    "{{白求恩}}医科大学现在叫什么？我看到{{白求恩第一医院}}。",
    "白求恩医科大学已并入{{吉林大学}}，其附属医院现名为吉林大学白求恩第一医院等。",
)
Z(
    "chat_message",
    "我们村里的{{卫生室}}能打{{狂犬疫苗}}吗？被狗抓了{{2小时}}。",
    "狂犬疫苗需要到有资质的{{狂犬病暴露处置门诊}}接种，多数设在乡镇卫生院或县医院。先用肥皂水和流动清水交替冲洗伤口{{15分钟}}，然后尽快就诊。",
)
Z(
    "nursing_handover",
    "病房环境：{{东区}}{{301-308房}}为{{隔离病房}}，进出需穿{{隔离衣}}；{{西区}}护士站电话由前台转接。",
)
Z(
    "outpatient_dialogue",
    "{{南方医科大学南方医院}}在{{白云区}}，离{{广州南站}}远吗？",
    "可以用地图导航查询路线和时间。就诊前建议通过官方渠道预约，到院后在门诊大厅取号。",
)
Z("lab_report", "骨密度：{{腰椎L1-L4 T值 -2.8}}，{{股骨颈 T值 -2.1}}，诊断{{骨质疏松症}}；{{25-羟维生素D 16 ng/mL}}。")
Z(
    "outpatient_dialogue",
    "{{宫颈TCT}}报告写“{{ASC-US}}”，{{HPV 16}}阳性，下一步是什么？",
    "HPV16阳性合并ASC-US，指南建议直接做{{阴道镜检查}}，必要时取活检。大多数情况经过规范随访和处理预后良好，请不要过度焦虑。",
)
Z(
    "pharmacy_note",
    "发药提示：{{阿仑膦酸钠}} 70 mg 每周一次，早晨空腹用{{200 ml}}白开水送服，服后{{30分钟}}内保持上身直立，不要躺下。",
)

# ---------------------------------------------------------------------------
# mixed (code-switched) rows with PHI
# ---------------------------------------------------------------------------
M(
    "mixed_ward_talk",
    "Pt lives at [[ADDRESS:上海市闵行区七莘路1839弄22号601|七莘路1839弄|22号601]]，discharge 后 home nursing 每周上门两次，{{dressing change}} 用 {{silver alginate}}。",
)
M(
    "mixed_ward_talk",
    "Admission：男，DOB [[DOB:1968-04-22]]，MRN [[MRN:SH00391827]]，住 [[ADDRESS:上海市徐汇区 田林路 200号 A栋 1102|田林路 200号|A栋 1102]]，c/o {{chest tightness x 2h}}，{{trop-I 0.86 ng/mL}}，已 call {{cath lab}}。",
)
M(
    "mixed_ward_talk",
    "{{国际部}} 新收一个 patient，[[NAME:Margaret O'Brien]]，{{72岁}}，Irish，{{community-acquired pneumonia}}。家属要求 English discharge summary，她女儿 [[NAME:Siobhan]] 会来签字。",
)
M(
    "hk_tw_clinic",
    "個 pt 住 [[ADDRESS:將軍澳寶林邨寶怡樓1712室|寶林邨|寶怡樓1712室]]，聽日 discharge，記得 book {{CNS}} follow up wound，仲有 {{Augmentin}} 食多 {{5日}}。",
)
M(
    "delivery_form",
    "Please ship to：[[ADDRESS:北京市朝阳区望京街道阜通东大街6号方恒国际中心A座2203|阜通东大街6号|方恒国际中心A座2203]]，收件人手机 [[PHONE:+86 139 1028 4476|139 1028 4476]]。Contents：{{blood glucose test strips}} × 4 boxes。",
)
M(
    "chat_message",
    "Hi 医生，我 DOB 是 [[DOB:15/08/1992]]，护照上写的是 day/month 格式，{{体检中心}} 系统录成了 8月15 还是 15月8，会不会出错？",
    "日/月/年格式在国内系统里确实容易录错。请到{{体检中心前台}}核对系统里的出生日期，确认无误后再打印报告，以免影响报告和身份匹配。",
)
M(
    "mixed_ward_talk",
    "Handover：{{Bed 12}} 的 Mr. [[NAME:Thompson|Thompson]]，{{post-op day 2}}，{{drain 50 ml}}，他太太 [[NAME:Helen]] 说明天从 [[ADDRESS:广州市番禺区南村镇华南碧桂园翠山蓝天苑18座|华南碧桂园|翠山蓝天苑18座]] 过来接他。",
)
M(
    "mixed_ward_talk",
    "住院号 [[MRN:ZY20240911-037]] 的病人 {{sodium 121}}，是不是 {{SIADH}}？要不要 fluid restriction？",
    "先评估容量状态，查{{血渗透压}}、{{尿渗透压}}和{{尿钠}}。若符合SIADH且无症状，可以先限水{{800-1000 ml/d}}；纠正速度24小时不超过{{8-10 mmol/L}}，以免渗透性脱髓鞘。",
)
M(
    "referral_letter",
    "Dear Dr [[NAME:Kwok]]，\n呢位病人 [[NAME:Lam Ka Wai|Lam|Ka Wai]]，HKID [[ID:R426173(?)]]，{{58歲}}，{{AF}} on {{apixaban}}，近排 {{PR bleeding}}，請 arrange {{colonoscopy}}。\nThanks，{{GOPC}} doctor",
)
M(
    "mixed_ward_talk",
    "Family 联系方式：daughter [[NAME:Emily Zhang|Emily|Zhang]] [[PHONE:+1 (415) 738-2206|738-2206]]，人在 San Francisco，时差 {{16小时}}，call 她要挑 morning。",
)
M(
    "insurance_form",
    "Claim form 填好了：Insured [[NAME:Chen, Li-Hua|Chen|Li-Hua]]，Date of Birth [[DOB:1975-09-30]]，Address [[ADDRESS:台北市信義區松仁路100號18樓|松仁路100號|18樓]]，Admission {{2024/07/11}}–{{2024/07/15}}，diagnosis {{appendicitis}}。",
    "核对一下：地址是繁体写法时建议统一成“臺北市”或“台北市”中的一种；入出院日期和{{出院病歷摘要}}一致就可以提交。",
)
M(
    "mixed_ward_talk",
    "Bed 5 阿婆 MRN [[MRN:HN 0738 2214]]，{{Cat 2}} 入嚟，{{Hb 68}}，{{melena x 3 days}}，已 {{T&S}}，{{PPI infusion}} 開咗。",
)
M(
    "chat_message",
    "保险表格要中文格式的出生日期，我老公护照上是 [[DOB:March 2nd, 1985]]，我按年月日顺序写对吗？保单地址填 [[ADDRESS:深圳市福田区福华三路88号财富大厦21F|福华三路88号|财富大厦21F]]。",
    "出生日期按“年-月-日”顺序填写即可，四位年份、月份和日期都不要遗漏。地址按证件或常住地填写，楼层房号写清楚，方便保险公司寄送材料。",
)
M(
    "mixed_ward_talk",
    "Pt [[NAME:Daniel Reyes]]，Filipino，{{35岁}}，在 [[ADDRESS:东莞市长安镇霄边社区振安中路211号电子厂宿舍B栋305|振安中路211号|电子厂宿舍B栋305]] 住，{{TB}} contact，{{IGRA}} pending。",
)
M(
    "mixed_ward_talk",
    "Referral from {{Queen Elizabeth Hospital}}：pt 地址 [[ADDRESS:九龍紅磡黃埔花園第8期12座21樓C室|黃埔花園|12座21樓C室]]，phone [[PHONE:9836 1047]]，{{DM foot ulcer}}，需要 {{podiatry}}。",
)
M(
    "discharge_summary",
    "Discharge summary（中英对照）\nName 姓名：[[NAME:Oliver Bennett]]\nMRN 病案号：[[MRN:IMC-0048217]]\nDOB 出生日期：[[DOB:1959年11月3日]]\nDiagnosis 诊断：{{atrial flutter}} 心房扑动\nProcedure：{{catheter ablation}}（{{2024-10-08}}）",
)
M(
    "chat_message",
    "Doctor 我住 [[ADDRESS:杭州市滨江区 江南大道 3850号 创新大厦 15楼|江南大道 3850号|创新大厦 15楼]]，附近有没有做 {{Holter}} 的医院？",
    "大多数二级以上医院的心电图室都能做{{24小时动态心电图}}。可以在附近医院的公众号上预约，佩戴当天不要洗澡，记录活动和症状时间。",
)
M(
    "mixed_ward_talk",
    "ED note：{{28 y/o}} F，tourist，passport [[ID:563018274]]，hotel 在 [[ADDRESS:成都市锦江区红星路三段1号IFS国际金融中心T1|红星路三段1号|国际金融中心T1]]，{{anaphylaxis}} after 花生，{{adrenaline 0.5 mg IM}} given。",
)
M(
    "wechat_group",
    "【Ward 7 群】\nNurse：{{Bed 7}} 阿伯屋企电话 [[PHONE:2468 1357]] 打唔通，要 call 佢仔 [[PHONE:+852 5902 7713|5902 7713]]\nMO：ok，順便問佢 {{DNACPR}} 嘅意願",
)
M(
    "phone_followup",
    "Follow-up call：pt [[NAME:Sarah Mitchell]]，{{post-lap chole day 10}}，wound ok，{{LFT}} normal。她下个月搬到 [[ADDRESS:苏州市姑苏区平江路大儒巷44号|大儒巷44号|大儒巷]]，以后复诊去{{苏大附一院}}。",
)
M(
    "mixed_ward_talk",
    "病人 DOB 写的是 [[DOB:2 Mar 85]]，但 wristband 是 [[DOB:1985-03-20]]，到底哪个对？先别给 {{blood transfusion}}，re-check ID。",
    "立即暂停输血，按身份识别制度核对：至少两种标识（姓名+住院号等），与病历首页和身份证件核对，并上报{{不良事件}}。",
)
M(
    "registration_form",
    "International patient registration\n姓名 Name：[[NAME:Kim Min-jun|Kim|Min-jun]]\n护照 Passport：[[ID:M80317264]]\n电话 Tel：[[PHONE:+82 10-3958-2741|10-3958-2741]]\n住址 Address：[[ADDRESS:上海市长宁区虹桥路1665号虹桥公寓3号楼902|虹桥路1665号|虹桥公寓|3号楼902]]",
)
M(
    "mixed_ward_talk",
    "Consult 麻醉科：pt MRN [[MRN:00493771]]，{{BMI 41}}，{{OSA}} on {{CPAP}}，明天 {{lap sleeve}}，请评估 {{difficult airway}}。",
)
M(
    "chat_message",
    "我是 [[NAME:Jessica]]，住在 [[ADDRESS:厦门市湖里区 吕岭路 1733号 观音山 6栋 1201|吕岭路 1733号|观音山 6栋 1201]]，宝宝 {{10 months}}，fever {{38.9℃}}，可以用 {{Tylenol}} 吗？",
    "10个月宝宝可以用{{对乙酰氨基酚}}（Tylenol 的成分）退烧，按体重计算剂量，每次间隔至少4-6小时。若精神差、抽搐、发热超过{{3天}}，请及时到{{儿科}}就诊。",
)
M(
    "hk_tw_clinic",
    "病人話佢搬咗去 [[ADDRESS:新界屯門兆康苑兆賢閣B座1006室|兆康苑|兆賢閣B座1006室]]，所以 {{GOPC}} 要轉去 {{屯門診所}}，{{Metformin}} 同 {{Gliclazide}} refill。",
)
M(
    "mixed_ward_talk",
    "Tele-consult：pt 在 [[ADDRESS:云南省西双版纳州勐腊县勐仑镇曼安村|曼安村]]，卫生院 report {{snake bite}}，local swelling 进展，{{PT 28 s}}，建议 {{antivenom}} 并转上级医院。",
)
M(
    "insurance_form",
    "Travel insurance claim\nPolicyholder：[[NAME:Liam Walsh]]\nDOB：[[DOB:07/11/1988]]\nHospital：{{Ruijin Hospital}} 瑞金医院\nAdmission：{{2024-05-02}}\nContact：[[EMAIL:liam.walsh88@outlook.com]]",
)
M(
    "mixed_ward_talk",
    "登记号 [[MRN:0003 8817 265]] 那个 pt，{{CT head}} 示 {{SDH 8 mm}}，{{midline shift 3 mm}}，{{neurosurgery}} 说 conservative，q1h {{GCS}}。",
)
M(
    "chat_message",
    "我护照上 name 是 [[NAME:WONG Tsz Ching|WONG|Tsz Ching]]，内地医院系统里打不出来，要用中文名吗？",
    "内地医院挂号一般以有效证件上的姓名为准，用{{港澳居民来往内地通行证}}时按通行证上的中文姓名登记。请和挂号窗口确认，避免与检查报告姓名不一致。",
)
M(
    "mixed_ward_talk",
    "OT referral：pt 住 [[ADDRESS:北京市西城区 白纸坊东街 13号院 4-2-301|白纸坊东街|13号院 4-2-301]]，老楼 no lift，{{stairs 5 flights}}，home assessment 时要看 {{bathroom grab bar}}。",
)
M(
    "mixed_ward_talk",
    "Ward round：{{Bed 21}} Mrs [[NAME:Hope Sullivan|Hope|Sullivan]]，{{CHF}}，{{NT-proBNP 6200}}，{{diuresis}} 反应好，下周一 discharge。",
)
M(
    "registration_form",
    "Patient info 病人资料\nName：[[NAME:Rajesh Kumar]]\nDOB：[[DOB:1979.06.21]]\nTel：[[PHONE:+91 98204 61735|98204 61735]]\nLocal address：[[ADDRESS:广州市越秀区小北路 宝汉直街 23号 502房|宝汉直街|23号 502房]]\n{{Allergy}}：{{penicillin}}",
)
M(
    "phone_followup",
    "电话随访 transcript：\nNurse：请问是 Mr [[NAME:Baker|Baker]] 吗？\nPt：yes speaking。\nNurse：您{{上周五}}做的 {{colonoscopy}}，{{biopsy}} 结果是 {{hyperplastic polyp}}，{{5年后}}复查就可以。",
)
M(
    "mixed_ward_talk",
    "Chart # [[MRN:C-2207719]] 的 lady，{{G2P1}}，{{GA 32+4}}，{{pre-eclampsia}}，{{BP 164/108}}，已给 {{MgSO4}}，plan {{dexamethasone}}。",
)
M(
    "chat_message",
    "Hello，我 grandma 的 DOB 是 [[DOB:民国二十八年九月初一|民国二十八年九月初一]]，办 Medicare 时要换成公历吗？",
    "需要换成公历日期并与她的身份证件一致。建议以身份证或护照上的公历出生日期为准，不要自行换算，以免出错。",
)
M(
    "mixed_ward_talk",
    "Handover：[[NAME:Bill]] 在 {{Bay 4 Bed 2}}，{{alcohol withdrawal}}，{{CIWA 14}}，{{chlordiazepoxide}} 按 protocol。他老婆 [[NAME:Dawn]] 电话 [[PHONE:07700 914 382]]。",
)
M(
    "delivery_form",
    "DHL 面单：Consignee Ms [[NAME:Grace Lin|Grace|Lin]]，Address [[ADDRESS:Flat 8B, Tower 3, The Harbourside, 1 Austin Road West, Kowloon|Flat 8B, Tower 3|The Harbourside|1 Austin Road West]]，Tel [[PHONE:+852 9418 6620|9418 6620]]，Contents：{{insulin pen needles}}（非药品）",
)
M(
    "mixed_ward_talk",
    "新入 pt 的 ID 号 [[MRN:P00215773]]，{{DKA}}，{{pH 7.08}}，{{HCO3 6}}，{{insulin 0.1 u/kg/h}}，{{K 3.3}} 先补钾。",
)
M(
    "chat_message",
    "Can you translate：“患者[[NAME:许秀英]]，住[[ADDRESS:青岛市崂山区海尔路182号世纪公园小区5号楼2单元701|海尔路182号|世纪公园小区|5号楼2单元701]]，生于[[DOB:1950年4月3日]]”？",
    "English: “The patient [name] lives at [address] and was born on [date of birth].” I have kept the personal details as placeholders; copy them from the original, writing the address in pinyin from the smallest unit (room) to the largest (city).",
)
M(
    "hk_tw_clinic",
    "Discharge checklist：地址 [[ADDRESS:新界葵涌石蔭東邨蔭興樓2015室|石蔭東邨|蔭興樓2015室]] ✅，{{CGAT}} referral ✅，{{walking frame}} ✅，{{follow up SOPD}} 3個月 ✅",
)
M(
    "mixed_ward_talk",
    "Hospital No. [[MRN:HK2408-3317-2]]，{{STEMI}}，{{door-to-balloon 68 min}}，{{TIMI 3}} flow restored。",
)
M(
    "email_message",
    "From: [[NAME:Mark Jennings]] <[[EMAIL:m.jennings@outlook.com]]>\nSubject: 预约复诊\n您好，我是上个月在{{国际医疗部}}看 {{gout}} 的病人，想约下周复诊，能否回复我的手机 [[PHONE:+86 158 0217 3384|158 0217 3384]]？",
)
M(
    "mixed_ward_talk",
    "Social worker 跟进：pt 原来住 [[ADDRESS:武汉市江汉区 花楼街 交通巷 19号|交通巷 19号|花楼街]]，老房子要拆迁，discharge destination 未定，{{MSW}} 已联系 {{居委会}}。",
)
M(
    "mixed_ward_talk",
    "MRN [[MRN:7730-219-44]]：{{HbA1c 10.2%}}，{{basal-bolus}} 已 start，出院前 teach {{insulin pen}}。",
)
M(
    "registration_form",
    "Expat clinic form\n姓 Surname：[[NAME:FITZGERALD]]\n名 Given name：[[NAME:Rose]]\n出生 DOB：[[DOB:1990年5月27日]]\n地址 Address：[[ADDRESS:上海市静安区 南京西路 1038号 梅龙镇广场 26F|南京西路 1038号|梅龙镇广场 26F]]",
)
M(
    "mixed_ward_talk",
    "夜班 call：{{Bed 16}} Mr [[NAME:Faith|Faith]]（yes 这是 surname），{{SpO2 86%}}，{{RR 30}}，{{ABG}} 已抽，叫 {{ICU outreach}}。",
)
M(
    "chat_message",
    "快递寄错了！我写的是 [[ADDRESS:重庆市江北区 观音桥 建新北路 二支路 8号 附3号|建新北路 二支路|建新北路 二支路 8号 附3号]] 但 courier 说 address not found，{{中药}} 会不会坏？",
    "中药饮片一般常温保存{{7天}}内问题不大，若是代煎的袋装汤剂需要冷藏，建议尽快联系快递核对地址，并告知药房是否需要重新煎配。",
)
M(
    "mixed_ward_talk",
    "病人 Taiwan 來，身分證 [[ID:H12047835?]]，{{NHI}} 不適用，要 {{self-pay}}，聯絡 [[PHONE:+886 912 305 468|912 305 468]]。",
)
M(
    "lab_report",
    "Pathology report 病理报告\nAccession No. [[MRN:S24-11302]]\nSpecimen：{{left breast core biopsy}}\nDiagnosis：{{invasive ductal carcinoma}}，{{grade 2}}，{{ER 90%}}，{{HER2 1+}}",
)
M(
    "mixed_ward_talk",
    "寄 medical report 给 pt：[[ADDRESS:Unit 1205, 8 Jiangnan Avenue, Binjiang District, Hangzhou 310052|Unit 1205|8 Jiangnan Avenue|310052]]，记得 {{encrypted}}。",
)
M(
    "chat_message",
    "我在办 {{visa medical}}，表格要填 D.O.B.，我是 [[DOB:1996年闰四月初五]] 农历生的，公历该怎么写？",
    "表格上请填写证件上的公历出生日期。农历闰月日期换算比较容易出错，直接以身份证或护照为准即可。",
)
M(
    "mixed_ward_talk",
    "Case ID [[MRN:CASE-24-00917]]，{{dengue}} suspected，{{NS1}} positive，{{PLT 42}}，warning signs 要监测。",
)
M(
    "wechat_group",
    "【Family group】\n[[NAME:Hunter]]：Grandpa 的 {{MRI}} 约好了吗？\n[[NAME:Will]]：约了 {{Friday 3pm}}，在 {{影像科B1}}\n[[NAME:Hunter]]：OK 我开车送他",
)
M(
    "mixed_ward_talk",
    "ICU family meeting：pt 儿子 [[NAME:Michael O'Connor|Michael|O'Connor]] 从 Dublin 回来，要求 {{full escalation}}。{{SOFA 12}}，已解释 {{prognosis}}。",
)
M(
    "registration_form",
    "体检预约 booking：Name [[NAME:Sophie Laurent]]，DOB [[DOB:1987-12-19]]，Tel [[PHONE:+33 6 12 84 59 07|6 12 84 59 07]]，Package：{{高端女性套餐}}，Date：{{2024-12-05}}，Hotel：[[ADDRESS:北京市东城区 金宝街 88号 1208房|金宝街 88号|1208房]]。",
)
M(
    "delivery_form",
    "Home delivery 药品配送：寄到 [[ADDRESS:南昌市红谷滩区 丰和中大道 1099号 联发君澜 14栋 2单元 1702|丰和中大道 1099号|联发君澜|14栋 2单元 1702]]，if nobody home 放 {{丰巢}} 快递柜，药品含 {{cold chain}} 的不能放柜。",
)
M(
    "mixed_ward_talk",
    "Home visit list 明天：\n1. [[ADDRESS:长沙市岳麓区 麓山南路 阜埠河路 12号 教工宿舍 3栋 204|阜埠河路 12号|教工宿舍 3栋 204]]，{{PEG tube}} 换管\n2. [[ADDRESS:长沙市开福区 湘雅路 街道 三角塘 48号|三角塘 48号|三角塘]]，{{pressure ulcer}} 换药\n车 {{8:30}} 从 {{门诊楼}} 出发",
)
M(
    "hk_tw_clinic",
    "Patient 住 [[ADDRESS:新北市板橋區文化路一段188巷12號5樓|文化路一段188巷|12號5樓]]，{{home care}} 護理師每兩週去換 {{Foley}}，家屬手機 [[PHONE:0921-477-358]]。",
)

# ---------------------------------------------------------------------------
# mixed rows, PHI-free look-alikes
# ---------------------------------------------------------------------------
M(
    "mixed_ward_talk",
    "{{Queen Mary Hospital}} 的 {{K座}} 同 {{J座}} 點去？我要去 {{Day Ward}} 做 {{chemo}}。",
    "可以喺醫院大堂嘅指示牌或者問詢處問路，K座同J座之間一般有連接通道。第一次化療記得帶齊覆診紙同藥物記錄。",
)
M(
    "mixed_ward_talk",
    "{{Bay 4 Bed 2}} 同 {{Bay 6 Bed 1}} 調位，因為 {{MRSA}} screening positive，要 {{contact precautions}}。",
)
M(
    "mixed_ward_talk",
    "{{St Thomas'}} 的 guideline 说 {{potassium}} 补液 {{40 mmol in 1 L}} over {{4-6 hours}}，我们 ward 可以用吗？",
    "外周静脉补钾浓度一般不超过{{40 mmol/L}}，速度不超过{{10 mmol/h}}（无心电监护时）。具体要按本院{{高警示药品}}管理规定执行，不要直接套用其他医院的流程。",
)
M(
    "chat_message",
    "{{Baker's cyst}} 是什么？MRI 报告说我膝盖后面有一个 {{3 cm}} 的。",
    "Baker囊肿（腘窝囊肿）是膝关节后方积液形成的囊性结构，常与{{骨关节炎}}或半月板损伤有关。无症状可观察；若肿胀疼痛明显，需骨科评估。",
)
M(
    "mixed_ward_talk",
    "{{Hunter syndrome}} 和 {{Hurler syndrome}} 有什么区别？今天 {{genetics}} 查房问到了。",
    "两者都属于{{黏多糖贮积症}}：Hurler为MPS I型（常染色体隐性），Hunter为MPS II型（X连锁隐性），Hunter一般无角膜混浊。",
)
M(
    "pharmacy_note",
    "{{Lot No. 23K104}}，{{Exp 2026-03}}，{{Humira 40 mg}} pen，冷藏 {{2-8°C}}，病人带回家前要教 {{injection technique}}。",
)
M(
    "mixed_ward_talk",
    "今天 {{ward round}} 的 ICD coding：{{N39.0 UTI}}、{{E87.1 hyponatraemia}}、{{I48.91 AF}}，记得写进 {{discharge summary}}。",
)
M(
    "chat_message",
    "我 BP 早上 {{158/96}}，晚上 {{132/84}}，{{Amlodipine 5 mg}} 早上吃，要改晚上吗？",
    "晨起血压高可以和医生讨论调整服药时间或换用长效制剂，但不要自行改药。请继续记录{{1-2周}}早晚血压，复诊时带给医生。",
)
M(
    "mixed_ward_talk",
    "{{Grace period}} 是指什么？insurance 说 {{30 days}} 内续保不影响 {{pre-existing condition}}。",
    "Grace period指保费到期后的宽限期，在此期间缴费保单继续有效。具体条款以保单为准，建议直接问保险公司确认既往症的约定。",
)
M(
    "mixed_ward_talk",
    "{{Bell's palsy}} 的 {{prednisolone}} 是 {{60 mg}} × {{5 days}} 然后 taper 吗？还是 {{10 days}}？",
    "常见方案是泼尼松龙{{50-60 mg/d}}，共约10天（可含减量），最好在发病{{72小时}}内开始。是否加抗病毒药视严重程度而定。",
)
M(
    "wechat_group",
    "【ICU 群】\nCharge nurse：今晚 {{Bed 3}} 和 {{Bed 9}} 都要 {{CRRT}}，machine 只有两台\nResident：Bed 9 可以先做 {{IHD}}\nCharge nurse：ok，{{nephrology}} 已同意",
)
M(
    "mixed_ward_talk",
    "{{Hope Hospital}} 是 {{Salford Royal}} 以前的名字吗？我看一篇 paper 提到。",
    "是的，Salford Royal Hospital 以前叫 Hope Hospital，位于英国{{大曼彻斯特地区}}。",
)
M("mixed_ward_talk", "Lab：{{sample ID 240318-0457}} {{haemolysed}}，{{K 6.2}} 不可信，要 redraw。")
M(
    "mixed_ward_talk",
    "{{Graves' disease}} 用 {{methimazole}} {{10 mg tid}} 两个月，{{FT4}} 已正常，可以减量吗？",
    "FT4正常后一般逐步减量至维持剂量，例如每日{{5-10 mg}}，同时监测{{TSH}}。总疗程通常{{12-18个月}}，注意查血常规和肝功能。",
)
M(
    "chat_message",
    "医生说我明天 {{NPO after midnight}}，但我有 {{diabetes}}，早上 {{metformin}} 还吃吗？",
    "手术日早晨通常停用二甲双胍，{{胰岛素}}可能需要减量。请按麻醉科或手术医生给您的书面指导执行，有疑问提前打电话确认。",
)
M(
    "mixed_ward_talk",
    "{{Mayo Clinic}} 和 {{Johns Hopkins}} 的 {{second opinion}} 可以 online 申请吗？",
    "不少国外医疗机构提供远程第二诊疗意见，需要提交病历和影像资料，费用一般较高。请通过机构官网了解流程，注意资料翻译和隐私授权。",
)
M(
    "mixed_ward_talk",
    "{{Ward 7B}} 的 {{fridge temp}} 今早 {{9.2°C}}，超过 {{8°C}} 了，{{insulin}} 要不要报废？",
    "温度超限需要按药品冷链偏差流程处理：记录超限时间和最高温度，上报药剂科，由药剂科判断药品是否可继续使用。",
)
M(
    "pharmacy_note",
    "{{Rx}}：{{amoxicillin-clavulanate}} {{625 mg}} {{tds}} × {{7/7}}，{{PRN paracetamol}} {{1 g qds}}，max {{4 g/day}}。",
)
M("mixed_ward_talk", "{{Down syndrome}} 的 baby，{{echo}} 有 {{AVSD}}，{{cardiology}} 说 {{3-6 months}} 手术。")
M(
    "chat_message",
    "{{Rose}} 花茶可以降血压吗？我妈 {{BP 150/90}}，每天喝{{玫瑰花茶}}。",
    "玫瑰花茶可以作为日常饮品，但没有可靠证据能降血压，不能代替降压药。150/90 mmHg 需要规范就诊评估。",
)
M(
    "mixed_ward_talk",
    "{{Dawn shift}} 交班：{{Bed 11}} {{NEWS2 score 6}}，已通知 {{registrar}}；{{Bed 14}} {{fluid balance}} +{{1.2 L}}。",
)
M(
    "mixed_ward_talk",
    "{{Parkinson's}} 病人 {{Madopar}} 要 on time，{{meal time}} 后 {{30 min}} 给会影响吸收吗？",
    "{{左旋多巴}}与高蛋白饮食同服会影响吸收，一般建议餐前{{30-60分钟}}服用；住院期间要严格按时给药，避免“关期”。",
)
M("mixed_ward_talk", "{{Christmas disease}} 就是 {{haemophilia B}}，{{factor IX}} level {{3%}}，属于 moderate。")
M(
    "chat_message",
    "我看到报告写 {{Wilson's disease}} 待排，{{ceruloplasmin 0.12 g/L}}，需要做什么？",
    "铜蓝蛋白偏低需要进一步查{{24小时尿铜}}、眼科{{K-F环}}检查，必要时做基因检测或肝穿刺评估肝铜含量。",
)
M(
    "mixed_ward_talk",
    "{{Will 不 will}} 给 {{tPA}}？pt {{onset 5 hours}}，{{NIHSS 9}}，CT 无出血。",
    "超过{{4.5小时}}静脉溶栓需要影像评估（如{{CT灌注}}或MRI的{{DWI-FLAIR不匹配}}）提示可挽救组织；大血管闭塞要评估{{血管内取栓}}。",
)
M("mixed_ward_talk", "{{Mark}} the site：{{left knee}} {{TKA}}，已在 {{pre-op}} 标记，{{WHO checklist}} 完成。")
M("mixed_ward_talk", "{{Addison's disease}} pt {{sick day rules}}：发烧时 {{hydrocortisone}} 加倍，呕吐要打针。")
M("lab_report", "Instrument {{ID: COBAS-8000-02}}，{{calibration}} {{2024-11-01}}，{{QC Level 1/2}} in range。")
M(
    "mixed_ward_talk",
    "{{Guy's}} 那边的 {{transplant}} protocol，{{tacrolimus trough}} 目标 {{8-12 ng/mL}}（前{{3个月}}）。",
)
M(
    "chat_message",
    "我 {{hope}} 这次 {{biopsy}} 是良性的，{{BI-RADS 4a}} 的恶性概率多少？",
    "BI-RADS 4A 的恶性可能性约为{{2%-10%}}，大多数最终是良性的。活检能明确性质，结果出来后医生会据此制定后续方案。",
)
M("mixed_ward_talk", "{{Ward 5}} 今晚 {{staffing}}：{{RN x 4}}，{{HCA x 2}}，{{patient ratio 1:7}}。")
M("mixed_ward_talk", "{{Royal Brompton}} 的 {{cystic fibrosis}} 中心，{{FEV1 62%}}，{{sweat chloride 98}}。")

# ---------------------------------------------------------------------------
# en rows with PHI
# ---------------------------------------------------------------------------
E(
    "en_letter",
    "Re: [[NAME:HARGREAVES, Dorothy M.]]   DOB [[DOB:14/02/1941]]   NHS No. [[MRN:943 476 591?]]\n[[ADDRESS:Flat 4, 17 Cranbrook Road, Ilford IG1 4PU|Flat 4|17 Cranbrook Road|IG1 4PU]]\nThank you for seeing this lady with {{polymyalgia rheumatica}}; her ESR is {{68 mm/hr}} and she has been started on {{prednisolone 15 mg}} daily.",
)
E(
    "en_chat",
    "hi, can the pharmacy post my repeat prescription? im at [[ADDRESS:7 holloway lane, redruth tr15 2qa|7 holloway lane|tr15 2qa]] - the blue door next to the post office",
    "Many pharmacies offer free delivery of repeat prescriptions. Please ring your pharmacy or request it through the {{NHS App}}; they will confirm your address and a delivery day. Remember to order about {{7 days}} before you run out.",
)
E(
    "en_case_note",
    "Community nursing referral. Lives alone at [[ADDRESS:22 Willow Crescent, Headingley, Leeds LS6 3JQ|22 Willow Crescent|Willow Crescent|LS6 3JQ]]; key safe code held by the district nursing team. {{Venous leg ulcer}} right gaiter area, {{ABPI 0.92}}. Plan: {{compression bandaging}} twice weekly.",
)
E(
    "en_letter",
    "Patient: [[NAME:Raymond Okafor]]\nAddress: [[ADDRESS:1842 N Maple Ave, Apt 3B, Springfield, IL 62704|1842 N Maple Ave|Apt 3B|62704]]\nDOB: [[DOB:09/17/1958]]\nMRN: [[MRN:00482291]]\nAssessment: {{type 2 diabetes}}, {{A1c 8.9%}} on {{metformin 1000 mg BID}}; adding {{empagliflozin 10 mg}} daily.",
)
E(
    "en_chat",
    "Where should I send the completed {{FMLA}} paperwork? My mailing address is [[ADDRESS:PO Box 4471, Boise, ID 83711|PO Box 4471|83711]].",
    "Most clinics ask you to drop the form at the front desk or upload it through the patient portal; the provider usually needs {{5-7 business days}} to complete it and can mail it back to you.",
)
E(
    "en_case_note",
    "Discharge destination: daughter's home, [[ADDRESS:Unit 5/42 Beach Rd, Bondi NSW 2026|Unit 5/42 Beach Rd|Beach Rd|2026]]. Medicare number [[MRN:2951 73410 1]]. {{Follow-up}} with GP in {{1 week}}; {{INR}} check on day 5.",
)
E(
    "en_case_note",
    "Home visit booked for [[ADDRESS:12 Wattle St, Fitzroy VIC 3065|12 Wattle St|Wattle St|3065]]; patient has a {{four-wheeled walker}} and steps at the front. Phone before arriving: [[PHONE:0412 583 906]].",
)
E(
    "email_message",
    "From: [[NAME:Dawn Baker]] <[[EMAIL:dawnbaker1962@gmail.com]]>\nTo: Outpatient Booking\nSubject: change of address\nPlease update my records - I have moved to [[ADDRESS:3 Orchard Close,\nChipping Norton OX7 5LB|3 Orchard Close|Orchard Close|OX7 5LB]]. My next {{rheumatology}} appointment is on {{12 March}}.",
)
E(
    "en_letter",
    "cc: Dr [[NAME:Mark Hunter|Mark|Hunter]], GP, {{Riverside Medical Centre}}\nPatient: Mrs [[NAME:Faith Adeyemi|Faith|Adeyemi]], [[ADDRESS:Flat 12, Beaumont House, 45 Lower Clapton Road, London E5 0NS|Flat 12|Beaumont House|45 Lower Clapton Road|E5 0NS]]\nDiagnosis: {{sickle cell disease (HbSS)}}; {{hydroxycarbamide}} continued.",
)
E(
    "en_chat",
    "My mum's date of birth is [[DOB:2 March 1936]] and she's been confused since yesterday, temp {{38.2}}. Should I take her to A&E?",
    "Sudden confusion with a fever in an older person can be caused by an infection such as a {{urinary tract infection}} or {{pneumonia}}. Please get her assessed today - call {{NHS 111}} or your GP, and call {{999}} if she is very drowsy, breathless or has chest pain.",
)
E(
    "en_case_note",
    "ED triage: {{54 y/o}} male, D.O.B. [[DOB:11-Aug-1970]], MRN [[MRN:A0092-4418]], home [[ADDRESS:Apt 5, 1301 Kings Hwy, Brooklyn, NY 11229|Apt 5|1301 Kings Hwy|11229]]. Chest pain radiating to left arm, onset {{40 minutes}} ago, {{BP 158/92}}, {{HR 104}}. {{ECG}} to senior.",
)
E(
    "en_letter",
    "Date of birth: [[DOB:3rd January 1952]]\nHospital No.: [[MRN:RX3 118 2047]]\nDate of clinic: {{3rd January 2025}}\nDear colleague, I reviewed this gentleman in the {{memory clinic}} on his birthday. {{MoCA 19/30}}.",
)
E(
    "en_case_note",
    "Lives at [[ADDRESS:450 W 34th St, Apt 12F, New York, NY 10001|450 W 34th St|Apt 12F|10001]] with partner. Works night shifts. {{BMI 31}}, {{AHI 28}} on sleep study - moderate {{obstructive sleep apnea}}. Start {{CPAP}}.",
)
E(
    "en_chat",
    "my address on the system is wrong, it should be [[ADDRESS:88 se 82nd ave portland or 97216|88 se 82nd ave|97216]] not 82nd st. can you fix it before my {{mammogram}} letter goes out",
    "I can't change records from here, but you can update your address through the patient portal or by calling the clinic's front desk. It's worth doing before your screening reminder is mailed.",
)
E(
    "en_letter",
    "Signed: Sister [[NAME:Grace Mulligan|Grace|Mulligan]], Ward Manager, {{Ward 9}}\nRe: fall on {{14/10/2024}} at 03:20. Patient found on floor beside {{bed 6}}; no head injury; {{neuro obs}} for 24 hours.",
)
E(
    "en_case_note",
    "Pt [[NAME:Hope Castellanos|Hope|Castellanos]], DOB [[DOB:1989-06-05]], {{G3P2}} at {{36+2 weeks}}, {{BP 148/96}}, {{urine PCR 42}}. Plan: admit to {{antenatal ward}}, bloods for {{PIGF}}.",
)
E(
    "en_letter",
    "From: [[NAME:Will Prendergast|Will|Prendergast]], Physiotherapist\nTo: orthopaedic team\nThe patient reached {{90 degrees}} knee flexion today and walks {{50 m}} with a frame. Discharge home to [[ADDRESS:9 Kestrel Way, Bicester OX26 6YH|9 Kestrel Way|Kestrel Way|OX26 6YH]] is planned for Friday.",
)
E(
    "en_case_note",
    "Telephone triage: caller gave callback number [[PHONE:+44 7700 918 204|7700 918 204]]; child aged {{3}}, rash for {{2 days}}, non-blanching? - advised {{glass test}} and to call {{999}} if it does not fade.",
)
E(
    "en_letter",
    "Patient name: [[NAME:O'Brien, Patrick J.]]\nDate of birth: [[DOB:March 19, 1947]]\nChart #: [[MRN:0871-2290]]\nThe patient was seen on {{January 8, 2025}} for follow-up of {{COPD}}. {{FEV1 48% predicted}}.",
)
E(
    "en_case_note",
    "Social history: retired baker, lives with wife at [[ADDRESS:27 Albert Road\nLondon SE5 8QT|27 Albert Road|Albert Road|SE5 8QT]] (ground floor). Ex-smoker, {{40 pack-years}}.",
)
E(
    "en_chat",
    "Hi, it's about my son - he was born [[DOB:4/22/2016]] and the school needs proof of his {{MMR}} shots. Can you fax them to [[PHONE:(503) 555-0143|555-0143]]?",
    "You can usually request immunization records through your clinic's patient portal or the state immunization registry. Faxing requires a signed release form; the front desk can help with that.",
)
E(
    "en_case_note",
    "Accession # [[MRN:RAD-24-558102]] - {{CT abdomen/pelvis with contrast}}: {{acute appendicitis}} without perforation. Referring: {{ED attending}}.",
)
E(
    "en_letter",
    "To whom it may concern,\nThis is to confirm that Ms [[NAME:Rose Kavanagh|Rose|Kavanagh]] (born [[DOB:22nd July 1994]]) attended the {{fracture clinic}} on {{22nd July 2024}} and is unfit for work for {{6 weeks}}.",
)
E(
    "en_case_note",
    "Case ID [[MRN:CID-88214]]; Medicare [[MRN:1EG4-TE5-MK73]]. Address on file: [[ADDRESS:1120 Lakeview Dr, Suite 210, Madison, WI 53703|1120 Lakeview Dr|Suite 210|53703]].",
)
E(
    "en_chat",
    "Can I get my flu shot at the clinic on Saturday? They can text me at [[PHONE:617-555-0192]]. I'm at [[ADDRESS:16 birch st apt 2 somerville ma 02143|16 birch st|apt 2|02143]].",
    "Many clinics run {{walk-in flu clinics}} at weekends during the season. Check the clinic's website or call ahead, and bring your insurance card.",
)
E(
    "en_letter",
    "Dear parents,\nThank you for bringing [[NAME:Toby]] (DOB [[DOB:30.09.2019]]) to {{paediatric outpatients}}. His ferritin is {{9 µg/L}} and we have started {{iron supplements}} for {{3 months}}.",
)
E(
    "en_case_note",
    "Nursing handover: Mr [[NAME:Bill Ashworth|Bill|Ashworth]], {{Bay 3 Bed 4}}, {{day 2 post hemiarthroplasty}}. Son [[NAME:Gareth]] is next of kin, mobile [[PHONE:07823 410 557]].",
)
E(
    "en_case_note",
    "Address: [[ADDRESS:Rural Route 2, Box 118, Hillsboro, KS 67063|Rural Route 2, Box 118|67063]]. Farmer, {{organophosphate}} exposure suspected; {{pinpoint pupils}}, {{HR 48}}. {{Atropine}} given.",
)
E(
    "en_letter",
    "Referral to {{Royal Melbourne Hospital}} neurology\nName: [[NAME:Chloe Nguyen]]\nDOB: [[DOB:05/11/2001]]\nURN: [[MRN:4471902]]\nAddress: [[ADDRESS:3/17 Smith Street, Collingwood VIC 3066|3/17 Smith Street|Smith Street|3066]]\nReason: {{first seizure}}, {{EEG}} requested.",
)
E(
    "en_chat",
    "I'm a new patient. DOB is [[DOB:1978-11-03]], my SSN is [[ID:512-38-9047]] - do I need to send that before my first visit?",
    "You generally don't need to send your Social Security number by message. Bring your photo ID and insurance card to the first visit; the front desk will tell you what they need. Avoid sending sensitive numbers through unsecured channels.",
)
E(
    "en_case_note",
    "Safeguarding note: mother ([[NAME:Kayleigh Dunn]]) gave a new address, [[ADDRESS:14 Marsh Lane, Flat B, Bootle L20 4JU|14 Marsh Lane|Flat B|L20 4JU]]. {{Health visitor}} informed. Child's weight {{on 9th centile}}.",
)
E(
    "en_letter",
    "Patient: [[NAME:Smith-Jones, Eleanor]]\nD.O.B.: [[DOB:12/12/1955]]\nClinic date: {{12/12/2024}}\nImpression: {{benign paroxysmal positional vertigo}}, right posterior canal. {{Epley manoeuvre}} performed.",
)
E(
    "en_case_note",
    "Pt ID [[MRN:PT-558-20931]]; lives at [[ADDRESS:7 Ferndale Ave, Dayton, OH 45406|7 Ferndale Ave|45406]]; {{HbA1c 6.4%}}; {{eGFR 58}}; {{urine ACR 4.1}}. Next review {{6 months}}.",
)
E(
    "en_chat",
    "Hi Nurse [[NAME:Kelly]], it's [[NAME:Annie]] from bay 2 last week - the number you gave me for the {{stoma nurse}} didn't work, mine is [[PHONE:07456 209 813]] if she can ring me",
    "Thanks for letting us know. I'll pass your message to the stoma care team so they can call you back. If you notice the stoma turning dark or you stop passing output, call the ward or {{111}} straight away.",
)
E(
    "en_letter",
    "Re: Mr [[NAME:Gerald Hope|Gerald|Hope]], born [[DOB:8 Nov 1939]], [[ADDRESS:The Old Rectory, Church Lane, Little Snoring, Fakenham NR21 0JA|The Old Rectory|Church Lane|NR21 0JA]].\nI saw this gentleman with {{haematuria}}; {{flexible cystoscopy}} is booked.",
)
E(
    "en_case_note",
    "Passport number [[ID:548201937]] recorded for travel clinic; home address [[ADDRESS:31 Quarry Hill, Frome BA11 1HN|31 Quarry Hill|BA11 1HN]]; destination {{Kenya}}, {{yellow fever vaccine}} given {{today}}, certificate issued.",
)
E(
    "email_message",
    "Hi,\nI'm writing on behalf of my father, [[NAME:Frank Delaney]] (Hospital No. [[MRN:K1147390]]). He was discharged on Tuesday and the {{furosemide}} dose on the letter says {{40 mg}} but the box says 20 mg. Please call me on [[PHONE:01632 960 418]].\nThanks,\nhis daughter",
)
E(
    "en_case_note",
    "Address (patient-reported): [[ADDRESS:Apartment 7, 210 Harbour Street, Wellington 6011|Apartment 7|210 Harbour Street|6011]]; visiting from New Zealand. {{Travel insurance}} details provided by patient.",
)
E(
    "en_chat",
    "Hi doc its [[NAME:jake]] again, the cough is still there after the {{amoxicillin}}. do you still have my address as [[ADDRESS:flat 3 22 grove road sheffield s7 2gy|flat 3|22 grove road|s7 2gy]]?",
    "Sorry to hear the cough is still there. A cough can last {{3 weeks}} after a chest infection, but if you're short of breath, coughing blood or have a fever again, you should be seen. I can't check your address here - please confirm it with the practice reception.",
)
E(
    "en_letter",
    "Birthdate: [[DOB:1963.04.27]] | MRN: [[MRN:33-081-2276]] | Admit date: {{2024.04.27}}\nHPI: {{61-year-old}} woman with {{left lower quadrant pain}} x {{3 days}}, {{CT}} consistent with {{diverticulitis}}.",
)
E(
    "en_case_note",
    "NOK: husband [[NAME:Marcus Bell|Marcus|Bell]], [[PHONE:+61 412 903 771|412 903 771]]. Patient lives at [[ADDRESS:PO Box 219, Alice Springs NT 0871|PO Box 219|0871]]. {{Flying Doctor}} transfer arranged.",
)
E(
    "en_case_note",
    "Family tree note: proband's maternal aunt [[NAME:Margaret Gillespie]] (born [[DOB:June 1st, 1950]]) had {{ovarian cancer}} at {{58}}. Offer {{BRCA testing}}.",
)
E(
    "en_letter",
    "Patient address: [[ADDRESS:Room 14, Sunnyside Care Home, 2 Meadow View, Truro TR1 3XL|Room 14|Sunnyside Care Home|2 Meadow View|TR1 3XL]]\nGP: {{Lemon Street Surgery}}\n{{DNACPR}} in place; {{ReSPECT form}} reviewed.",
)
E(
    "en_case_note",
    "Registration: NHS number [[MRN:401 023 715?]], DOB [[DOB:07/07/2007]], mobile [[PHONE:07911 326 085]], address [[ADDRESS:14 Tannery Row, Kendal LA9 4EZ|14 Tannery Row|LA9 4EZ]]. {{Age 17}} - seen without parent, {{Gillick competent}}.",
)
E(
    "en_chat",
    "the delivery driver says he can't find us. we're at [[ADDRESS:unit 4b, 19-21 station parade, harrow ha1 2tz|unit 4b|19-21 station parade|ha1 2tz]], above the launderette. it's my {{oxygen}} refill",
    "Please call the oxygen supplier's helpline on the number on your cylinder or concentrator so they can guide the driver. If you run out and feel breathless, call {{999}}.",
)
E(
    "en_case_note",
    "Patient's ID on wristband: [[MRN:00 221 9843]]; name band reads [[NAME:KOWALSKI, Anna]]. {{Allergy band}} red - {{penicillin}}.",
)
E(
    "en_letter",
    "Dear Dr [[NAME:Baker|Baker]],\nThank you for referring Mr [[NAME:Hunter Lloyd|Hunter|Lloyd]], DOB [[DOB:1 Apr 1966]], with {{Barrett's oesophagus}}. Surveillance {{OGD}} in {{3 years}}.",
)
E(
    "en_case_note",
    "Allergy clinic: DOB [[DOB:21.03.1998]], [[ADDRESS:6 Poplar Walk, Cardiff CF14 2SE|6 Poplar Walk|CF14 2SE]]; {{peanut-specific IgE 34 kU/L}}; {{skin prick test}} wheal {{9 mm}}. Prescribed {{two adrenaline auto-injectors}}.",
)
E(
    "en_case_note",
    "Transfer request from [[ADDRESS:Lot 6, Bruce Highway, Gin Gin QLD 4671|Lot 6, Bruce Highway|4671]] (rural property) - farm accident, {{suspected pelvic fracture}}, {{GCS 14}}.",
)
E(
    "en_letter",
    "Patient: [[NAME:Nkechi Eze]]\nDate of Birth: [[DOB:1984/10/02]]\nAddress: [[ADDRESS:56 Stanmore Gardens,\nRichmond TW9 2HN|56 Stanmore Gardens|TW9 2HN]]\nTel: [[PHONE:020 8947 3316|8947 3316]]\n{{Iron deficiency anaemia}}; {{Hb 92 g/L}}; {{IV iron}} booked.",
)
E(
    "en_case_note",
    "Occupational health: employee NI number [[ID:QQ482917C]], {{needlestick injury}} on {{11/06/2024}}; source patient bloods requested.",
)
E(
    "en_chat",
    "hey its [[NAME:mark]] - can u remind me the time for my bloods tmrw? also my new number is [[PHONE:07983 115 642]]",
    "I can't see appointment times from here, but your booking letter or text should have it. You can also ring the phlebotomy department. Remember to update your new number with reception.",
)
E(
    "en_case_note",
    "Clinic list:\n1. [[NAME:Patel, Anjali]] - DOB [[DOB:02/03/1985]] - {{thyroid nodule}}\n2. [[NAME:Murphy, Sean]] - DOB [[DOB:17/09/1972]] - {{hypercalcaemia}}\nClinic date {{02/03/2025}}.",
)
E(
    "en_case_note",
    "Address for correspondence: [[ADDRESS:c/o 5 Harbour View, Kinsale, Co. Cork P17 X240|5 Harbour View|P17 X240]]. Patient is a tourist; {{EHIC}} card shown. {{Wrist fracture}} treated with {{backslab}}.",
)
E(
    "en_letter",
    "Hospital Number: [[MRN:H4482017]]   Accession: [[MRN:US-2024-330871]]\nUltrasound abdomen: {{gallstones}} with {{wall thickening 4 mm}}; {{CBD 5 mm}}. Impression: {{acute cholecystitis}}.",
)
E(
    "en_case_note",
    "Passport (Canadian) [[ID:GA302917]]; DOB [[DOB:1969-01-31]]. Presented with {{altitude sickness}} symptoms after flying in from {{Lhasa}}. {{SpO2 88%}}.",
)
E(
    "en_chat",
    "My wife [[NAME:Bonnie Faith-Harper|Bonnie|Faith-Harper]] had her baby yesterday at 6:12am, [[DOB:15 October 2024]] - how do we register the birth?",
    "Congratulations! In England and Wales the birth must be registered within {{42 days}} at the local register office; the maternity unit can tell you how to book an appointment.",
)
E(
    "en_case_note",
    "MRN# [[MRN:112-44-7730]] (note: not SSN). {{Troponin}} {{0.02}} -> {{0.31 ng/mL}}; {{NSTEMI}}; started {{heparin drip}}.",
)
E(
    "en_letter",
    "Yours sincerely,\nDr [[NAME:Eilidh McTavish|Eilidh|McTavish]]\nConsultant Dermatologist\nRe: DOB [[DOB:08/08/1988]]; {{hidradenitis suppurativa}}, {{Hurley stage II}}; commenced {{adalimumab}}.",
)
E(
    "en_case_note",
    "Visiting address for {{district nurse}}: [[ADDRESS:Flat 23, Churchill Court, 101 Victoria Street, Glasgow G5 9QR|Flat 23|Churchill Court|101 Victoria Street|G5 9QR]] - buzzer broken, phone on arrival [[PHONE:0141 496 0832|496 0832]].",
)
E(
    "en_case_note",
    "Pt name on referral is misspelled as [[NAME:Jon Baptiste]]; correct spelling per ID is [[NAME:Jean-Baptiste Moreau]]. DOB [[DOB:19 Feb 77]].",
)
E(
    "en_chat",
    "Can you send the sick note to [[EMAIL:r.okonkwo.works@yahoo.co.uk]]? My surgery is {{Park View}} and I was off from {{4th}} to {{11th November}}.",
    "I can't send documents myself, but you can ask your GP practice to issue a {{fit note}} - many practices can email it or send it through the NHS App.",
)
E(
    "en_case_note",
    "Home address: [[ADDRESS:2250 E Camelback Rd #310, Phoenix, AZ 85016|2250 E Camelback Rd|#310|85016]]. {{Heat exhaustion}} after hiking; {{Na 131}}.",
)
E(
    "en_letter",
    "Re: Baby [[NAME:Mia Rosewood|Mia|Rosewood]], born [[DOB:02/29/2024]] at {{34 weeks}}; corrected age {{7 months}}. {{Hearing screen}} passed; {{hip ultrasound}} normal.",
)
E(
    "en_case_note",
    "Emergency contact: sister, [[PHONE:+1 604 555 0178|604 555 0178]] (Vancouver). Patient lives at [[ADDRESS:8 Rue Saint-Paul, apt 4, Montreal QC H2Y 1G9|8 Rue Saint-Paul|apt 4|H2Y 1G9]]. {{Hypothermia}}, {{core temp 33.1}}.",
)
E(
    "en_letter",
    "Discharge letter\nName: [[NAME:Ahmed Rahman]]   Hosp No: [[MRN:M 204 771 93]]\nAddress: [[ADDRESS:71 Cheetham Hill Road, Manchester M8 8EL|71 Cheetham Hill Road|M8 8EL]]\nAdmitted {{05/01/2025}}, discharged {{09/01/2025}}. {{Diabetic ketoacidosis}} precipitated by {{missed insulin}}.",
)
E(
    "en_case_note",
    "DOB given verbally as [[DOB:the fifth of May, nineteen fifty-two|the fifth of May, nineteen fifty-two]]; confirmed with wristband. {{Hip fracture}}, {{4AT 6}}.",
)
E(
    "en_chat",
    "my grandma lives at [[ADDRESS:45 kooyong rd caulfield north vic 3161|45 kooyong rd|3161]] and her gp moved - how do we find a new one near her?",
    "You can search the {{healthdirect}} service finder for GPs near that suburb, or call {{1800 022 222}} for advice. Ask the old practice to transfer her records.",
)
E(
    "en_case_note",
    "Clinical photo log: {{image 3 of 5}}; patient consent obtained; MRN [[MRN:0062159-8]] on label. {{Pressure injury}} sacrum, {{stage 3}}.",
)
E(
    "en_case_note",
    "New address per patient: [[ADDRESS:Flat 2/1, 14 Byres Road, Glasgow G11 5JY|Flat 2/1|14 Byres Road|G11 5JY]]; previous address [[ADDRESS:31 Napiershall St, Glasgow G20 6EX|31 Napiershall St|G20 6EX]] - please update {{CHI}} record.",
)
E(
    "email_message",
    "Subject: order #A-5518 - shipping vs billing address\nHi, the {{CPAP mask}} should go to my work address, [[ADDRESS:Suite 400, 1200 17th Street NW, Washington, DC 20036|Suite 400|1200 17th Street NW|20036]]; the invoice can stay at home, [[ADDRESS:5607 Chevy Chase Pkwy, Chevy Chase, MD 20815|5607 Chevy Chase Pkwy|20815]]. Size {{medium}}, {{nasal pillows}}.",
    "I can't place or change orders, but your supplier's customer service can update the shipping address on the order. Keep the {{prescription}} for the mask on file in case they ask for it.",
)
E(
    "en_case_note",
    "Change of details: previously at [[ADDRESS:18 Rosemount Place, Aberdeen AB25 2XB|18 Rosemount Place|AB25 2XB]]; now [[ADDRESS:Flat 1, 4 Victoria Terrace, Inverness IV2 3QN|Flat 1|4 Victoria Terrace|IV2 3QN]]; also gave a holiday address, [[ADDRESS:Croft 7, Balallan, Isle of Lewis HS2 9PN|Croft 7|HS2 9PN]]. {{Warfarin}} clinic transferred to {{Raigmore}}.",
)

# ---------------------------------------------------------------------------
# en rows, PHI-free look-alikes
# ---------------------------------------------------------------------------
E(
    "en_case_note",
    "{{Bay 4 Bed 2}} moved to {{side room 11}} for {{C. difficile}} isolation; {{Bay 6}} now has two empty beds.",
)
E(
    "en_chat",
    "Is {{Queen Mary Hospital}} the same as {{Queen Mary's Hospital}} in Sidcup? My appointment letter just says Queen Mary.",
    "They are different hospitals - Queen Mary Hospital is in Hong Kong (and there are others with similar names), while Queen Mary's Hospital in Sidcup is in south-east London. Check the full address and phone number printed on your letter.",
)
E(
    "en_chat",
    "Which entrance at {{St Thomas'}} is closest to {{Outpatients Level 1}}? I'm using a wheelchair.",
    "Most large hospitals have step-free access at the main entrance and a help desk that can direct you or arrange a porter. You can also call the hospital switchboard before your visit to ask about accessible entrances.",
)
E(
    "en_case_note",
    "BP {{142/88}} sitting, {{128/80}} after {{5 minutes}} rest; {{HR 76}} regular; {{SpO2 97%}} on air; {{temp 37.4}}.",
)
E(
    "en_case_note",
    "Meds: {{ramipril 5 mg OD}}, {{bisoprolol 2.5 mg OD}}, {{atorvastatin 80 mg ON}}, {{aspirin 75 mg OD}}; {{GTN spray}} PRN.",
)
E(
    "en_chat",
    "What is a {{Baker's cyst}} and will it go away on its own?",
    "A Baker's cyst is a fluid-filled swelling behind the knee, usually linked to arthritis or a cartilage tear. Many settle when the underlying knee problem is treated. See a doctor urgently if the calf becomes hot, red and swollen, as that can mimic a {{DVT}}.",
)
E(
    "en_case_note",
    "Diagnoses coded: {{I21.4}} NSTEMI, {{E11.65}} type 2 diabetes with hyperglycaemia, {{N17.9}} AKI, {{Z95.5}} coronary stent in situ.",
)
E(
    "en_case_note",
    "Admitted {{03/11/2024}}, {{CT head}} {{03/11/2024 14:20}}, {{MRI}} {{05/11/2024}}; discharged {{12/11/2024}} to {{stroke rehab}}.",
)
E(
    "en_chat",
    "I'm {{67}} and my doctor says I need the {{shingles vaccine}} - is it two doses?",
    "The recombinant shingles vaccine (Shingrix) is given as {{2 doses}}, usually {{2 to 6 months}} apart. Your GP practice or pharmacy can tell you whether you are eligible on the local programme.",
)
E(
    "en_case_note",
    "Lot number {{EK5730}} recorded for the {{COVID-19 booster}}; expiry {{2025-02-28}}; site {{left deltoid}}.",
)
E(
    "en_case_note",
    "{{Hunter syndrome}} (MPS II) clinic: {{idursulfase}} infusion weekly; {{6-minute walk test}} {{412 m}}.",
)
E(
    "en_chat",
    "The CRP {{rose}} from {{12}} to {{86}} overnight - does that mean the antibiotics aren't working?",
    "A rise in CRP can lag behind clinical improvement, especially in the first {{48 hours}}. Doctors look at the whole picture - temperature, heart rate, symptoms and repeat bloods - before changing antibiotics.",
)
E(
    "en_case_note",
    "We {{will}} review in {{6 weeks}}; please {{mark}} the {{ECG}} with the time of chest pain and repeat at {{dawn}} if the pain recurs overnight.",
)
E(
    "en_chat",
    "Is {{Graves' disease}} the same as an overactive thyroid?",
    "Graves' disease is the most common cause of an overactive thyroid ({{hyperthyroidism}}). It is an autoimmune condition and can also affect the eyes. Treatment options include tablets, radioactive iodine and surgery.",
)
E(
    "en_case_note",
    "{{Sample ID 24-117-0032}} from {{EQA round 7}} (not a patient specimen) returned outside limits for {{ALP}}; analyser {{AU5800 #2}} recalibrated.",
)
E(
    "en_chat",
    "My daughter is {{14 months}} and weighs {{9.8 kg}}. How much {{paracetamol}} can she have?",
    "For a child of that age and weight, check the dose on the {{infant paracetamol}} packet (usually by age band) and don't give more than {{4 doses}} in {{24 hours}}. Ask a pharmacist if you're unsure, and seek help if she has a fever with a rash that doesn't fade.",
)
E(
    "en_case_note",
    "{{Bell's palsy}} left side, {{House-Brackmann grade III}}; {{prednisolone 50 mg}} for {{10 days}}; eye protection advised.",
)
E(
    "en_chat",
    "Is it normal for the {{King's College Hospital}} parking to take {{45 minutes}}? I'll miss my {{8:30}} slot.",
    "Hospital car parks can be very busy in the morning. If you're running late, call the clinic number on your letter so they know; many clinics can still see you or rebook you.",
)
E(
    "en_case_note",
    "{{Ward 22}}, {{Room 4}}, {{Bed C}}: {{falls risk}} high, {{bed rails}} assessment done, {{sensor mat}} in place.",
)
E(
    "en_case_note",
    "Guidelines: {{NICE NG136}} (hypertension, {{2019}}, updated {{2023}}); {{ESC 2024}} BP targets {{120-129 systolic}} if tolerated.",
)
E(
    "en_chat",
    "I have {{faith}} in my GP, but I'd like a second opinion about my {{hip replacement}}. How do I ask?",
    "You have the right to ask for a second opinion. Ask your GP for a referral to another orthopaedic surgeon, or ask the hospital team. Bring your imaging reports and a list of questions.",
)
E(
    "en_case_note",
    "{{Royal Infirmary of Edinburgh}} transfer: {{ambulance}} at {{14:00}}, receiving unit {{Ward 108}}, handover by {{SBAR}}.",
)
E(
    "en_chat",
    "What's the difference between {{type 1}} and {{type 2 diabetes}}? I'm {{19}} and just diagnosed.",
    "Type 1 diabetes is an autoimmune condition where the pancreas stops making insulin, so insulin is needed from the start. Type 2 is mainly insulin resistance and is often managed first with lifestyle change and tablets. Your diabetes team will explain your type and plan.",
)
E(
    "en_case_note",
    "{{Parkland formula}}: {{4 mL x kg x %TBSA}}; {{70 kg}}, {{20% TBSA}} -> {{5.6 L}} in {{24 h}}, half in first {{8 h}}.",
)
E(
    "en_chat",
    "Can I take {{ibuprofen}} with {{sertraline}}? I get migraines about {{twice a month}}.",
    "Combining ibuprofen with sertraline increases the risk of stomach bleeding. Occasional use may be acceptable for some people, but ask your pharmacist or GP - they may suggest paracetamol or a triptan, or adding stomach protection.",
)
E(
    "en_case_note",
    "{{Addenbrooke's}} {{ACE-III}} score {{78/100}}; {{MMSE}} not done; {{CT head}} shows {{small vessel disease}}.",
)
E(
    "en_case_note",
    "Fluid chart: in {{2.4 L}}, out {{1.1 L}}, {{urine output 0.3 mL/kg/h}} for {{6 h}} - {{AKI stage 1}}.",
)
E(
    "en_chat",
    "I {{hope}} it's okay to ask - what does {{BI-RADS 3}} mean on my mammogram?",
    "BI-RADS 3 means 'probably benign' - the chance of cancer is less than {{2%}}. Usually a short-interval follow-up scan in about {{6 months}} is recommended instead of a biopsy.",
)
E(
    "en_case_note",
    "{{Mount Sinai}} protocol for {{status epilepticus}}: {{lorazepam 4 mg IV}}, repeat once at {{5 min}}, then {{levetiracetam 60 mg/kg}} (max {{4500 mg}}).",
)
E(
    "en_chat",
    "Does the {{Mayo Clinic}} diet actually work? I lost {{3 kg}} in {{2 weeks}}.",
    "Short-term weight loss is common with most structured diets. What matters is whether you can keep the habits long term. A balanced diet, regular activity and support from your GP or a dietitian work better than any branded plan.",
)
E(
    "en_case_note",
    "Phone triage hotlines: {{111}} (UK non-emergency), {{999}} (UK emergency), {{911}} (US), {{000}} (Australia).",
)
E(
    "en_case_note",
    "{{Down's syndrome}} annual review: {{TSH 4.2}}, {{FT4 14}}; {{hearing test}} due; {{echocardiogram}} normal at {{birth}}.",
)
E(
    "en_chat",
    "Is {{Dawn}} simulation the same as {{sunrise alarm}} light therapy for {{SAD}}?",
    "Dawn simulation uses a light that gradually brightens before you wake; bright light therapy uses a light box of about {{10,000 lux}} for around {{30 minutes}}. Both have some evidence for seasonal affective disorder; discuss with your GP.",
)
E(
    "en_case_note",
    "{{Baker}} grade? No - {{Baker classification}} is for capsular contracture after breast implants; {{grade III}} here.",
)
E(
    "en_chat",
    "Should I {{will}} my body to medical science? What's the {{age limit}}?",
    "Many medical schools accept body donation with no upper age limit, but some conditions (certain infections, recent major surgery, post-mortem) can prevent acceptance. Contact the medical school's bequest office for their consent forms.",
)
E(
    "en_case_note",
    "Insulin pump settings: basal {{0.85 U/h}} (00:00-06:00), {{1.05 U/h}} (06:00-22:00); {{ICR 1:10}}; {{ISF 2.5 mmol/L}}.",
)
E(
    "en_case_note",
    "Specimen rejected: tube labelled with {{Bay 3}} only - no patient identifiers; request repeat with full {{labelling policy}}.",
)
E(
    "en_chat",
    "My {{INR}} is {{4.6}} and I'm on {{warfarin}}. I feel fine - should I skip a dose?",
    "An INR of 4.6 is above the usual range. Contact your anticoagulation clinic today; they often advise omitting one or two doses and rechecking. If you have bleeding, black stools or a severe headache, seek urgent care.",
)


# ===========================================================================
def main():
    rows = [build(lang, style, turns) for lang, style, turns in ROWS]
    R.shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = "dev16-%04d" % i
        verify(r)
    assert len(rows) == 400 and len({r["id"] for r in rows}) == 400
    lang = Counter(r["lang"] for r in rows)
    assert lang == Counter(TARGET_LANG), lang
    free = sum(1 for r in rows if not r["spans"])
    assert free == TARGET_FREE, free
    seen = Counter()
    for r in rows:
        for s in set(sentences(r["turns"])):
            seen[s] += 1
    dups = [s for s, c in seen.items() if c > 1]
    assert not dups, ("sentence repeated across rows", dups[:5])
    kinds = Counter(sp["kind"] for r in rows for sp in r["spans"])
    total = sum(kinds.values())
    share = {k: kinds[k] / total for k in KINDS}
    assert 0.28 <= share["ADDRESS"] <= 0.40, share
    assert 0.12 <= share["DOB"] <= 0.22, share
    assert 0.12 <= share["MRN"] <= 0.22, share
    assert 0.12 <= share["PHONE"] + share["ID"] <= 0.24, share
    assert 0.10 <= share["NAME"] <= 0.22, share
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    by_lang_free = Counter(r["lang"] for r in rows if not r["spans"])
    print("wrote %s: %d rows (%d PHI-free)" % (OUT_PATH, len(rows), free))
    print("languages:", dict(lang), " PHI-free by language:", dict(by_lang_free))
    print("spans by kind (%d):" % total, ", ".join("%s %d (%.1f%%)" % (k, kinds[k], 100 * share[k]) for k in KINDS))
    for k in KINDS:
        sub = Counter(subtype(k, sp["text"]) for r in rows for sp in r["spans"] if sp["kind"] == k)
        print("  %-7s %s" % (k, dict(sub)))
    print("styles:", dict(Counter(r["style"] for r in rows)))


if __name__ == "__main__":
    main()
