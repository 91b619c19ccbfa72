#!/usr/bin/env python3
"""Generator for tests/data/deid_dev18.jsonl -- a labelled de-identification
development set of Chinese / mixed / English clinical conversations whose
focus is PERSONAL NAMES WITHOUT A CUE WORD (about 55-60 % of all spans),
followed by the other identifiers written in narrative rather than after a
form label: addresses in running English and in Chinese speech, dates of
birth in narrative and lunar forms, phones, record numbers and national IDs
in running text, and a few e-mails.

DATA CARD
=========

Provenance
----------
Written BLIND in round 20 by a helper session started for that purpose.  The
author read only section 7 ("De-identification") of /work/shared/PROTOCOL.md,
which says which identifiers count as PHI (names, phone numbers, national ID
numbers, medical record numbers, e-mail and street addresses, exact dates of
birth in Chinese and English forms), plus the data card (module docstring,
including its labelling conventions) and the code structure (check-digit
helpers, default_parts, _add / Z / M / E, parse_turn, row assembly,
shuffling, numbering, writing and self-checks) of
tests/data/make_deid_dev17.py, whose hand-written rows were skimmed only to
learn the inline markup that parse_turn reads, and the first five lines of
tests/data/deid_dev17.jsonl, read only to copy the row format.  The author
did NOT read anything under annotation/, bench/, docs/ or scripts/, no
README, no git history, and no other deid_* data file or make_deid_*
generator; the scrubber was never run and annotation.deid / bench/deid.py
were never imported.  Its rules, regexes, cue lists, name lists and word
lists were never seen, so the texts below were written without knowledge
of what the scrubber does or does not catch.  This script is self-contained
(stdlib only); the check-digit and self-check code was copied from the dev17
generator and extended (NHS numbers, US SSN and UK NI number plausibility,
date-of-birth validity).

Every row below was written by hand for this set (one hand-written text per
row; no slot filling, no template reused across rows).  All people, numbers
and addresses are synthetic: names were invented or freely recombined from
common given names and surnames, streets, estates, house and unit numbers
were made up or freely recombined, phone and record numbers were typed as
random-looking digit strings (North American numbers use the fictional
555-01xx range, UK mobiles and landlines the 07700 900xxx / 0113 496 0xxx /
0161 496 0xxx drama ranges, Australian numbers the 0491 570 xxx and
(02) 5550 xxxx fictional ranges), and check digits of the numbers that have
a real checking scheme -- GB 11643 resident IDs, Hong Kong and Taiwan IDs,
Singapore NRIC, Canadian SINs and Ontario health numbers (Luhn), Irish PPS
numbers, NHS numbers (modulus 11), New Zealand NHI numbers and Australian
Medicare numbers -- are computed by this script from the hand-typed body of
the number (written as <scheme> in the source).  US SSNs and UK National
Insurance numbers have no check digit; they are checked for the structural
rules of each scheme.  Hospital names, clinics, drug brands and pharmacies
are real public institutions or products and appear only as PHI-free
look-alikes or as places of care.  Any match with a real person or a real
private address is coincidental.

Target
------
400 conversations (rows), deterministic (stdlib only; the hand-written rows
are shuffled with one random.Random(18) and then numbered dev18-0001 ...):
  * language: 200 "zh" (Simplified, plus Traditional rows in Hong Kong /
    Taiwan style), 70 "mixed" (Chinese/English code-switching, including
    Hong Kong Cantonese-English and Singapore English-Chinese), 130 "en"
    (US, UK, Australian, Canadian, Irish and a little New Zealand English);
  * 140 rows (35 %) are PHI-free look-alike traps whose tricky substrings
    are listed in "protect" (70 zh, 25 mixed, 45 en);
  * spans in rows with PHI: about 55-60 % NAME (hanzi and Latin in roughly
    equal numbers), the rest PHONE, MRN / health numbers, DOB, ADDRESS,
    national ID and a few EMAILs.  At the time of writing: 716 spans --
    NAME 412, PHONE 73, MRN 63, DOB 61, ADDRESS 59, ID 35, EMAIL 13.  The
    exact counts are printed on each run.

Phenomena covered
-----------------
NAME (hanzi): Chinese personal names WITHOUT a cue right before them -- as
the subject opening a sentence or clause followed by a time word, adverb or
verb (X上周…, X这两天…, X一直…, X昨晚…, X说…, X表示…, X今日…), before a kin
word through a pronoun or 的 (X她妈, X他爸, X他儿子, X她爱人, X的老伴,
X的女儿, X妈妈), as objects (换X, 联系X, 通知…X, 谢谢X, 和X), in lists joined
by 、 和, as WeChat / group-chat speaker labels ("X：..."), in greetings and
vocatives (X你好, X啊, X你…), pet names and nicknames (小X, 老X, 阿X, doubled
given names 豆豆 梅梅 朵朵 冬冬 贝贝 多多, 二丫, 胖胖), full names followed later
by the given name alone (each labelled), siblings sharing a generation
name (春生 / 夏生, 桂珍 / 桂兰), names that are also ordinary words (文静
白雪 夏天 海洋 石磊 幸福来 东方红 卫红) and given names that are common words
(建军 红军 国庆 海燕 春燕 满仓 德才), rare surnames (郜 逯 晏 亓 佘 甯 蔺 靳 訾 冼 禚 郦 鄢 芮 麴
阚 粟 查 覃 邰 巫 岑 况 喻 隋 练 薄 滑 褚 苟 钮 臧 闵 桑 隆 厉 门 井 展 符 计 娄
鲍 言 汪 茹 幸 米 全 宫 商 花 ...), double surnames (司徒 欧阳 上官 司马 诸葛
东方 公冶 闻人), minority names (艾力 巴特尔 海力 沙丽娜), Hong Kong and
Taiwan names in Traditional characters (黃錦華, 陳慧儀, 許罔市, 蔡清水).
NAME (Latin): English names without titles in narrative ("Kevin drove her
in", "Spoke to Hope", "Will answered the door", "Callum: She's been ..."),
names that are also words (Hope, Faith, Grace, Hunter, Will, Rose, Summer,
Dawn, Sunny, Ivy, Temperance), nicknames and short forms (Bobby, Liz, Kath,
gaz, Jonno, Tempe, Rosie), surnames alone after a first mention (Brooks,
Fitzgerald, Hartigan, O'Rourke, Grayson, Okonkwo-Hale), surnames after a
title with the title outside (Mrs Okafor, Ms Kowalczyk, Mr and Mrs
Halvorsen, Dr Patel), Irish, Maori, West African, First Nations, Polish,
Scandinavian and Hispanic names, hyphenated and apostrophe names,
Cantonese / Hokkien romanisation (Chan Tai Man, Lee Siu Ming, Tan Ah Kow,
Ah Mei), pinyin (Zhang Wei, Liu Fang, Chen Xiaoyu), English names inside
Chinese text (Vivian, Kelvin, Cindy, Rachel), single hanzi surnames after an
English title (Doctor 王, Dr. 欧阳), kin / honorific words kept outside the
span (Aunty Mary, Uncle Ben, Nana Pat, 表姐Candy).
ADDRESS: narrative English addresses with no "Address:" label -- New
Zealand (14 Carrington St, Lower Hutt), UK flats and houses with postcodes
(flat 3, 22 Balfour Rd, Brighton BN1 6NE), Irish townlands, Co. and
Eircodes, US apartments with unit numbers (Apt 4C, 318 W 112th St ...), PO
boxes (AU and US), Canadian rural routes and postal codes, Australian
unit/number forms (2/17 Smith St, 3/45 Belmore Rd) and RMB rural numbers,
Hong Kong estate / block / flat and Singapore Blk / #floor-unit forms;
Chinese addresses in speech (我家住在…, 现在住…, 我们现在搬到…, 我家在…村,
家住…) with 小区 / 幢 / 单元 / 室 and village names.
DOB: English narrative forms (born on the 3rd of May 1961, DOB 3.5.61,
b. 12/07/1949, born June 4, 1993, 19-Jan-1980, 14.2.1948, US month-first
11/23/1970), Chinese forms (生于 / …出生 1961年5月3日, 61年5月3号生的,
一九八二年十月九日, 三六年八月十二生的, 1958.10.02, 民國五十二年十月三日) and
lunar birthdays with a year (农历一九四〇年冬月廿六, 五九年三月初九,
三九年七月初七); a leap-day birth date.
Other identifiers: phones in running text (Chinese mobiles and landlines
with area codes, Hong Kong 8-digit, Singapore +65, UK, Irish, Australian
and North American forms); record numbers (住院号 门诊号 病历号 就诊卡号
医保卡号 产检卡号 健保卡號 病歷號, MRN, hospital number, URN, NHS number, NHI,
Medicare, OHIP); national IDs (GB resident IDs, Hong Kong and Taiwan IDs,
Singapore NRIC, Canadian SIN, Irish PPS, US SSN, UK NI number); a few
e-mails whose local part repeats the person's name.
PHI-free look-alikes (in "protect"): surname-like characters starting
clinical words (高热 白细胞 金银花 方案 常规 石膏 林可霉素 黄疸 马上 何时 周末
明天 金黄色葡萄球菌 张力性气胸 杨梅舌 胡萝卜素血症 马来酸依那普利 ...), given-name-
like words (建国后, 向日葵, 康乃馨), eponyms (川崎病 桥本甲状腺炎 帕金森病
唐氏综合征 库欣综合征 格林-巴利综合征 马凡综合征 阿尔茨海默病, Parkinson's,
Hashimoto's, Graves', Bell's palsy, Hunter syndrome, Baker's cyst,
Addison's, Crohn's, Kawasaki disease, Down syndrome, Whipple's,
de Quervain's, Ross procedure, Fontan, Apgar, Glasgow Coma Scale), English
words that are also names used as words (Hope this..., grace period,
living will, Will recheck, BP rose, Faith community, Mark / Bill),
hospitals, streets of hospitals and places used as places (北京协和医院,
华山医院 乌鲁木齐中路, 長庚醫院, 瑪麗醫院, Queen Mary Hospital Pok Fu Lam Road,
the Mater on Eccles Street, Royal Melbourne Hospital, Addenbrooke's,
Toronto General, Benidorm, Barrie, 黄山), drug and brand names (同仁堂,
优甲乐, Panadol, Nurofen, Eliquis, Lucozade, Weetabix), visit / review
dates, ages, durations, doses, lab values, ICD codes (I10, E11.9),
procedure codes and hotlines (120).

Genres ("style")
----------------
outpatient_dialogue, wechat_group, whatsapp_group, chat_message,
nursing_handover, phone_followup, voice_message, referral_letter,
discharge_summary, complaint_letter, insurance_claim, sick_leave_form,
school_health_note, elder_care_note, home_visit_note, pharmacy_note,
online_consult, social_work_note, email_message, en_case_note, en_chat.

Row format (one JSON object per line, json.dumps(..., ensure_ascii=False))
-------------------------------------------------------------------------
  {"id": "dev18-0001", "lang": "zh"|"en"|"mixed", "style": <genre>,
   "source": short description of where the PHI sits ("none" if PHI-free),
   "turns": [str, ...]            1-4 turns of a conversation,
   "spans": [{"kind": "NAME"|"PHONE"|"ID"|"MRN"|"EMAIL"|"ADDRESS"|"DOB",
              "text": exact substring of a turn,
              "parts": [distinctive parts that must not survive]}, ...],
   "protect": [non-PHI substrings that must stay untouched]}
Spans are listed once per distinct (kind, text) even if the text recurs.

Labelling conventions
---------------------
(the dev17 conventions, copied unchanged)
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
  Kong / Taiwan IDs, NRIC, PPS numbers and SINs (ID spans) and for NHS, NHI,
  Medicare and Ontario health numbers (MRN spans in rows naming the scheme);
  US SSNs and UK NI numbers must follow the structural rules of the scheme;
  the checking code is tested on published example numbers first;
* every DOB span is parsed (English, numeric D/M/Y or M/D/Y, Chinese digits
  and numerals, Minguo years, lunar months and days) and must be a real
  calendar date (lunar dates: month 1-12, day 1-30);
* ids are unique, language and PHI-free counts hit the target, at least 18
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

R = random.Random(18)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "deid_dev18.jsonl")

KINDS = ("NAME", "PHONE", "ID", "MRN", "EMAIL", "ADDRESS", "DOB")
TARGET_LANG = {"zh": 200, "mixed": 70, "en": 130}
TARGET_FREE = 140

STYLE_DESC = {
    "outpatient_dialogue": "outpatient dialogue",
    "wechat_group": "family WeChat group chat",
    "whatsapp_group": "family WhatsApp group chat",
    "chat_message": "relative's / patient's chat message",
    "nursing_handover": "nurse hand-over",
    "phone_followup": "telephone follow-up transcript",
    "voice_message": "voice-to-text message",
    "referral_letter": "referral letter",
    "discharge_summary": "discharge letter / summary",
    "complaint_letter": "complaint letter",
    "insurance_claim": "insurance claim form",
    "sick_leave_form": "sick-leave / fitness form",
    "school_health_note": "school health note",
    "elder_care_note": "elder-care note",
    "home_visit_note": "home-visit note",
    "pharmacy_note": "pharmacy counselling note",
    "online_consult": "online consultation platform",
    "social_work_note": "social-work note",
    "email_message": "e-mail message",
    "en_case_note": "English case note",
    "en_chat": "English chat / forum message",
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


NHS_W = [10, 9, 8, 7, 6, 5, 4, 3, 2]


def nhs_check(d9):
    """NHS number (England / Wales): modulus 11 over the first nine digits"""
    r = 11 - sum(int(c) * w for c, w in zip(d9, NHS_W)) % 11
    assert r != 10, ("NHS body has no valid check digit", d9)
    return str(r % 11)


def nhs_valid(text):
    d = re.sub(r"[\s-]", "", text)
    return bool(re.fullmatch(r"\d{10}", d)) and nhs_check(d[:9]) == d[9]


def fill_check(text):
    m = re.search(r"<(gb|hk|tw|nric|luhn|sa|pps|aadhaar|nhi|medicare|nhs)>", text)
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
    elif scheme == "nhs":
        assert re.fullmatch(r"\d{9}", head), text
        c = nhs_check(head)
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
    assert nhs_check("943476591") == "9" and nhs_valid("943 476 5919")
    assert tw_valid("A123456789")
    assert gb_valid("11010519491231002X")
    assert luhn_valid("046454286")  # the SIN used in Canadian government examples
    for t in (
        "3rd of May 1961",
        "3.5.61",
        "12/07/1949",
        "1961年5月3日",
        "61年5月3号",
        "一九六一年五月三日",
        "农历五三年腊月初八",
        "民國三十八年六月五日",
    ):
        assert dob_valid(t), t
    for t in ("31/02/1961", "1961年2月30日", "June 31, 1970"):
        assert not dob_valid(t), t


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


def ssn_valid(text):
    # no check digit; area 001-899 except 666, group 01-99, serial 0001-9999
    a, g, n = text.split("-")
    return a != "000" and a != "666" and a[0] != "9" and g != "00" and n != "0000"


def nino_valid(text):
    # no check digit; prefix letters from the allowed set, suffix A-D
    d = text.replace(" ", "")
    bad = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
    return d[0] not in "DFIQUV" and d[1] not in "DFIOQUV" and d[:2] not in bad


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
    if re.fullmatch(r"\d{3}-\d{2}-\d{4}", text):
        return "US SSN", ssn_valid(text)
    if re.fullmatch(r"[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]", text):
        return "UK NI number", nino_valid(text)
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
    if "NHS" in blob and re.fullmatch(r"\d{10}", d):
        return "NHS number", nhs_valid(text)
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
        if re.search(r"九龍|九龙|香港|新界|邨|屯門|沙田|觀塘|將軍澳|Kowloon|Hong Kong", text):
            return "HK"
        if "號" in text or re.search(r"臺|台北|台中|台南|高雄|新北|桃園", text):
            return "TW"
        if HAN_RE.search(text):
            return "cn"
        if re.search(r"\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b", text):
            return "CA"
        if re.search(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b", text):
            return "UK"
        if re.search(r"\b[A-Z]\d{2} ?[A-Z0-9]{4}\b|Co\. |County ", text):
            return "IE"
        if re.search(r"\b(NSW|VIC|Vic|QLD|Qld|WA|SA|TAS|Tas|ACT|NT)\b", text):
            return "AU"
        if re.search(r"\b[A-Z]{2},? \d{5}(-\d{4})?\b", text):
            return "US"
        if re.search(r"Lower Hutt|Wellington|Auckland|Christchurch|Dunedin|Hamilton|RD \d", text):
            return "NZ"
        return "en other"
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


# ---------------------------------------------------------------------------
# Dates of birth: every DOB span must be a real calendar date
# ---------------------------------------------------------------------------
CN_DIG = dict(zip("〇零一二三四五六七八九", "00123456789"))
EN_MON = {
    m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)
}
LUNAR_MON = {"正": 1, "冬": 11, "腊": 12, "臘": 12}


def cn_num(s):
    """Chinese numeral 1-31 (一, 十, 十二, 二十三, 廿三, 三十一) or digits"""
    if s.isdigit():
        return int(s)
    s = s.replace("廿", "二十")
    if "十" in s:
        a, _, b = s.partition("十")
        return (int(CN_DIG[a]) if a else 1) * 10 + (int(CN_DIG[b]) if b else 0)
    return int("".join(CN_DIG[c] for c in s))


def full_year(y):
    y = "".join(CN_DIG.get(c, c) for c in y)
    return int(y) if len(y) == 4 else 1900 + int(y)


def dob_valid(text):
    t = text.strip()
    num = "[0-9〇零一二三四五六七八九十廿]"
    m = re.fullmatch(r"(?:民國|民国)(%s{1,4})年(%s{1,3})月(%s{1,3})(日|号|號)?" % (num, num, num), t)
    if m:
        return valid_date(1911 + cn_num(m.group(1)), cn_num(m.group(2)), cn_num(m.group(3)))
    m = re.fullmatch(
        r"(?:农历|農曆|阴历|陰曆)?(%s{2}|%s{4})年(正|冬|腊|臘|%s{1,3})月(初|廿)?(%s{1,3})(日|号|號)?"
        % (num, num, num, num),
        t,
    )
    if m:
        y = full_year(m.group(1))
        mon = LUNAR_MON.get(m.group(2)) or cn_num(m.group(2))
        if m.group(3) == "初":
            day = cn_num(m.group(4))
        elif m.group(3) == "廿":
            day = 20 + cn_num(m.group(4))
        else:
            day = cn_num(m.group(4))
        if re.match(r"农历|農曆|阴历|陰曆", t) or m.group(3) or m.group(2) in LUNAR_MON:
            return 1900 <= y <= 2024 and 1 <= mon <= 12 and 1 <= day <= 30
        return 1900 <= y <= 2024 and valid_date(y, mon, day)
    m = re.fullmatch(r"(?:the )?(\d{1,2})(?:st|nd|rd|th)?(?: of)? ([A-Za-z]{3,9})\.?,? (\d{4}|'\d{2})", t)
    if m and m.group(2)[:3].lower() in EN_MON:
        return valid_date(full_year(m.group(3).lstrip("'")), EN_MON[m.group(2)[:3].lower()], int(m.group(1)))
    m = re.fullmatch(r"([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})", t)
    if m and m.group(1)[:3].lower() in EN_MON:
        return valid_date(int(m.group(3)), EN_MON[m.group(1)[:3].lower()], int(m.group(2)))
    m = re.fullmatch(r"(\d{1,2})[-/. ]([A-Za-z]{3})[-/. ](\d{2}|\d{4})", t)
    if m and m.group(2).lower() in EN_MON:
        return valid_date(full_year(m.group(3)), EN_MON[m.group(2).lower()], int(m.group(1)))
    m = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", t)
    if m:
        return valid_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})", t)
    if m:
        y, a, b = full_year(m.group(3)), int(m.group(1)), int(m.group(2))
        return valid_date(y, b, a) or valid_date(y, a, b)  # D/M/Y or M/D/Y
    return False


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
        if sp["kind"] == "DOB":
            assert dob_valid(sp["text"]), (rid, "DOB is not a valid date", sp["text"])
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
# ROWS -- written by hand, one text per row
# ===========================================================================
# ---------------------------------------------------------------------------
# zh rows with PHI -- names as subjects, objects, speaker labels, nicknames
# ---------------------------------------------------------------------------
Z(
    "outpatient_dialogue",
    "大夫，我是替我婆婆来拿药的，她的就诊卡号[[MRN:0006218475]]。[[NAME:郜桂芝]]这两天血压老是一百七八，早上起来还头晕，原来的{{氨氯地平}}还接着吃吗？",
    "先别自行加量。请她每天早晚各测一次血压记下来，带着记录来门诊调整；头晕加重或者说话不清要立即打{{120}}。",
)
Z(
    "wechat_group",
    "【相亲相爱一家人】\n[[NAME:覃丽萍]]：爸今天转到普通病房了，护士说可以喝点米汤\n[[NAME:覃志刚]]：太好了！我明天下午过去换[[NAME:丽萍]]\n[[NAME:覃志刚]]：爸的身份证号是[[ID:34010219510926131<gb>]]吧？办手续要用\n[[NAME:韦春兰]]：你们姐弟俩别都熬着，我晚上也能去\n[[NAME:覃丽萍]]：爸的住院号[[MRN:2024031507]]，办出院要用，大家记一下",
)
Z(
    "nursing_handover",
    "交班：8床老爷子，79岁，{{慢阻肺}}急性加重，今晨指脉氧88%，鼻导管已调到2 L/min。[[NAME:逯振华]]他儿子下午三点来，说要和主治谈出院的事。夜里注意二氧化碳潴留。家属电话[[PHONE:138 0471 2269]]。",
)
Z(
    "phone_followup",
    "随访员：喂，您好，请问是[[NAME:晏秋菊]]阿姨家吗？\n家属：是，我是她女儿。我妈上个月出院后一直按时吃药，就是脚踝还有点肿。\n随访员：好的，麻烦您留个常用手机，复诊前我们发短信提醒。\n家属：[[PHONE:139 2716 0483]]，白天都能打通。\n随访员：再核对一下阿姨的出生日期。\n家属：[[DOB:1949年3月8日]]。",
)
Z(
    "voice_message",
    "（语音转文字）喂老三啊我跟你说[[NAME:德顺]]昨晚又摔了一跤膝盖都青了你明天有空带他去医院拍个片子吧我这边走不开上次住院的单子在抽屉里住院号是[[MRN:330092817]]",
)
Z(
    "referral_letter",
    "转诊单\n[[NAME:亓凤霞]]，女，56岁，反复上腹痛3月，{{胃镜}}提示胃窦溃疡，病理待回报，现转贵院消化内科进一步诊治。门诊号：[[MRN:MZ23-118742]]。身份证号：[[ID:37120219680305162<gb>]]。",
)
Z(
    "discharge_summary",
    "出院小结\n[[NAME:佘建平]]于2024年1月9日因{{急性心肌梗死}}入院，行PCI术，术后恢复可，于1月18日出院。住院号[[MRN:20240109377]]。出院带药：阿司匹林、替格瑞洛、阿托伐他汀。[[NAME:樊素琴]]（妻）已学会测脉搏，家住[[ADDRESS:株洲市芦淞区建设南路27号3栋502|建设南路27号|3栋502]]。",
)
Z(
    "complaint_letter",
    "尊敬的医务科：\n3月2日夜里，[[NAME:甯玉珍]]在急诊留观室按呼叫铃二十多分钟没有人来，最后是隔壁床家属帮忙喊的护士。我是她女儿[[NAME:蔺晓雯]]，联系电话[[PHONE:186 0291 7735]]，也可发邮件至[[EMAIL:lxw_zhengzhou@126.com]]，希望院方给个说法。",
)
Z(
    "elder_care_note",
    "护理员记录：[[NAME:靳淑华]]昨晚起夜三次，凌晨在卫生间门口坐地上，未见外伤。[[NAME:淑华]]说是腿软。已通知她侄子[[NAME:靳海涛]]，建议白天多陪她走动。[[NAME:靳海涛]]电话[[PHONE:151 0352 8806]]。",
)
Z(
    "school_health_note",
    "校医室记录：三年级二班[[NAME:訾雨萱]]上午第二节课说肚子疼，腋温37.9℃，已电话联系家长。[[NAME:雨萱]]妈妈（[[PHONE:136 5520 1937]]）说中午来接。",
)
Z(
    "pharmacy_note",
    "用药咨询：[[NAME:冼伟强]]拿了{{二甲双胍}}缓释片和格列美脲，问能不能一起吃。已告知可以联用，注意低血糖；[[NAME:伟强]]说他老伴也在吃降糖药，叮嘱两人的药分开放。",
)
Z(
    "online_consult",
    "患者：医生好，我替我家[[NAME:胖胖]]问一下，两岁，昨天开始发烧39度，今天手心脚心起了小红点。我们住[[ADDRESS:佛山市顺德区大良街道新松路8号碧桂花城2座904|新松路8号|碧桂花城|2座904]]，附近哪家医院儿科好？",
    "医生：考虑{{手足口病}}可能，注意精神状态和有没有惊跳，如果持续高烧或者精神差要尽快去儿科。",
)
Z(
    "social_work_note",
    "社工记录：[[NAME:司徒秀英]]独居，儿子在深圳工作，每月回来一次。[[NAME:秀英]]住在[[ADDRESS:江门市蓬江区白沙大道西19号1座302|白沙大道西19号|1座302]]，本周两次忘关煤气，邻居反映后已联系[[NAME:司徒嘉明]]，建议申请居家养老服务。",
)
Z(
    "sick_leave_form",
    "病休证明\n[[NAME:禚立新]]，男，42岁，身份证号[[ID:37020219820716351<gb>]]，因腰椎间盘突出症需休息两周（2024年4月8日至4月21日）。联系电话[[PHONE:0532-8317 6042]]。",
)
Z(
    "insurance_claim",
    "理赔申请：被保险人[[NAME:郦文涛]]，[[DOB:1975年11月23日]]出生，证件号码[[ID:33010619751123201<gb>]]，2024年2月在{{浙江大学医学院附属第一医院}}住院，申请报销自付部分。住院号[[MRN:ZY2402-1187]]。",
)
Z(
    "home_visit_note",
    "家访：到[[NAME:鄢福生]]家时他正在院子里晒太阳，自诉夜里尿多。他家在[[ADDRESS:宜春市袁州区彬江镇上塘村三组|上塘村三组]]，离卫生院约六公里，他儿子电话[[PHONE:139 7058 2214]]。血压150/92。",
)
Z(
    "outpatient_dialogue",
    "医生：你是患者本人吗？\n病人：不是，我是她邻居。[[NAME:芮小燕]]住我家楼上，[[ADDRESS:淮南市田家庵区洞山中路10号2号楼|洞山中路10号|2号楼]]，她一直不肯来医院，说怕花钱，我就先来问问。她咳嗽一个多月了，晚上出汗。\n医生：这种情况要排除{{肺结核}}，最好让她本人来拍片、查痰。",
)
Z(
    "wechat_group",
    "大姐：妈的CT结果出来了吗\n[[NAME:郝建军]]：出来了，说是腔隙性脑梗，不算严重\n[[NAME:郝建英]]：那就好，[[NAME:建军]]你问问医生能不能下周出院",
)
Z(
    "phone_followup",
    "电话随访：接电话的是[[NAME:麴永福]]老伴，说[[NAME:麴永福]]术后第三周伤口已拆线，饭量正常，就是夜里咳嗽。已嘱咐周五上午来复查胸片。随访号码[[PHONE:0536-822 4719]]。",
)
Z(
    "voice_message",
    "语音：[[NAME:晓东]]啊，你爷爷今天又不肯吃药了，说吃了胃难受，你下班顺路去药店问问有没有胃好一点的，顺便给奶奶买点钙片。",
)
Z(
    "nursing_handover",
    "夜班交接：12床[[NAME:米兰芳]]术后第一天，引流液约80 ml淡血性，疼痛评分3分，住院号[[MRN:00571248]]。[[NAME:兰芳]]她爱人今晚陪护，已教会他看{{镇痛泵}}。",
)
Z(
    "chat_message",
    "你好，我想问下我老公[[NAME:全志勇]]的情况。他上周体检说转氨酶高，[[NAME:志勇]]是[[DOB:1979年6月2号]]生的，平时喝酒比较多，要不要戒酒？他单位的体检报告写的是{{脂肪肝}}。",
)
Z(
    "referral_letter",
    "{{社区卫生服务中心}}转诊\n[[NAME:粟海龙]]近半年体重下降8公斤，口干多饮，随机血糖16.2 mmol/L，考虑2型糖尿病，转上级医院内分泌科。家住[[ADDRESS:邵阳市双清区东大路126号|东大路126号]]。联系人：其妻[[NAME:龙翠娥]]，[[PHONE:0745-2268 914]]。",
)
Z(
    "elder_care_note",
    "日间照料中心：[[NAME:老查]]今天午饭只吃了半碗，说牙疼。[[NAME:查德明]]的女儿下午来接时已告知，建议去口腔科看看。",
)
Z(
    "wechat_group",
    "小舅：[[NAME:二丫]]这几天还吐吗\n[[NAME:秦芳]]：好多了，昨天喝了点粥没吐\n小舅：那就好，别给她吃凉的",
)
Z(
    "outpatient_dialogue",
    "家长：医生，[[NAME:豆豆]]昨晚又咳了一夜，我听着嗓子里有痰。\n医生：多大了？之前有没有喘？\n家长：四岁半，去年秋天喘过一次，住过院，病历号[[MRN:E0218834]]。",
)
Z(
    "social_work_note",
    "个案记录：[[NAME:柴桂英]]与儿媳[[NAME:姬红霞]]因照护分工多次争吵。[[NAME:红霞]]表示自己白天上班，只能晚上照顾。已约双方下周三面谈，[[NAME:姬红霞]]电话[[PHONE:187 3561 0092]]。",
)
Z(
    "discharge_summary",
    "出院记录\n姓名：[[NAME:阚立群]]　性别：男　年龄：63岁　住院号：[[MRN:0398261]]\n身份证号：[[ID:21010219610417351<gb>]]\n入院诊断：右肺上叶结节。出院诊断：右肺上叶腺癌（术后）。出院后2周胸外科门诊复查。",
)
Z(
    "pharmacy_note",
    "药师随访：[[NAME:井瑞芬]]（[[DOB:1947.12.25]]生）说{{华法林}}这周漏吃了两次，INR只有1.4。已告知不要自行加倍，下次抽血前一天把吃药情况发给我们。她家里的电话[[PHONE:0531-8820 6147]]。",
)
Z(
    "school_health_note",
    "晨检记录：[[NAME:公冶子轩|公冶子轩|子轩]]（二年级一班）左眼红、分泌物多，疑似结膜炎，已劝其回家就医，待痊愈后凭医院证明返校。家长联系电话[[PHONE:150 1138 4670]]。",
)
Z(
    "online_consult",
    "用户：我爸[[NAME:焦永生]]，[[DOB:1950年4月17日]]生，最近老是手抖，端碗都抖，是不是帕金森？\n医生：手抖的原因很多，需要神经内科面诊看看是静止时抖还是拿东西时抖。",
)
Z(
    "home_visit_note",
    "随访地点：[[ADDRESS:南宁市青秀区民族大道128号金湖花园6栋1802|民族大道128号|金湖花园|6栋1802]]\n[[NAME:韦德才]]脑梗后遗症，右侧肢体肌力3级，家中已装扶手。[[NAME:德才]]老伴说他最近情绪低落。",
)
Z(
    "complaint_letter",
    "关于收费问题的投诉\n我父亲[[NAME:聂长顺]]2月在贵院住院11天，清单上有两天的{{心电监护}}费用，但那两天根本没有上监护。住院号[[MRN:2402190056]]，请核查。家属[[NAME:聂文斌]]，[[PHONE:153 3870 2196]]。",
)
Z(
    "phone_followup",
    "护士：您好，这里是心内科随访。请问[[NAME:卓美娟]]现在方便接电话吗？\n家属：她去买菜了，我是她老伴。她手机是[[PHONE:135 0771 3328]]，您下午再打也行。\n护士：那麻烦您转告她，下周二上午带上出院小结来复查，空腹抽血。",
)
Z(
    "wechat_group",
    "[[NAME:阿秀]]：医生说外婆要做胃镜，要家属签字\n[[NAME:梁嘉欣]]：我明天请假过去\n[[NAME:阿秀]]：好，[[NAME:嘉欣]]你记得带外婆的医保卡，卡号[[MRN:H3201004518733]]",
)
Z(
    "voice_message",
    "语音转写：[[NAME:老贺]]你好 我是隔壁单元的 你家老太太刚才在楼下晕了一下 现在坐着呢 你赶紧下来看看 我电话[[PHONE:133 0982 7716]]",
)
Z(
    "insurance_claim",
    "门诊特殊病报销申请表\n申请人：[[NAME:汤晓峰]]\n出生日期：[[DOB:1968-03-29]]\n身份证号码：[[ID:51010719680329201<gb>]]\n病种：慢性肾脏病5期（透析）\n联系电话：[[PHONE:137 1649 2085]]",
)
Z(
    "sick_leave_form",
    "建议休息证明：兹证明[[NAME:童欣怡]]因急性胃肠炎于2024年5月6日就诊，建议休息3天。门诊号[[MRN:MZ20240506118]]，身份证号[[ID:44010620010910032<gb>]]。",
)
Z(
    "nursing_handover",
    "交接：3床[[NAME:宫秀兰]]今天下午家属送来自制汤，已告知低盐。[[NAME:宫秀兰]]的老伴[[NAME:景福全]]血压也高，在隔壁病区住着，两人常串门，注意跌倒风险。",
)
Z(
    "outpatient_dialogue",
    "患者：大夫，这是我表妹[[NAME:邰丹丹]]，她普通话不太好，我帮她说。[[NAME:丹丹]]这个月月经来了两次，量还挺多。\n医生：先做个妇科B超和血常规。",
)
Z(
    "elder_care_note",
    "居家养老巡访：[[NAME:巫秀珍]]独居于[[ADDRESS:赣州市章贡区红旗大道45号老干局宿舍3单元201|红旗大道45号|老干局宿舍|3单元201]]，近日血糖控制差，冰箱里胰岛素已过期，已协助联系社区医生上门，并告知其女儿（[[PHONE:0797-823 5517]]）。",
)
Z(
    "social_work_note",
    "[[NAME:陆小北]]上周被学校老师发现手臂有淤青，本人称是摔的。孩子家住[[ADDRESS:沈阳市铁西区兴华北街36号2单元1楼|兴华北街36号|2单元1楼]]。[[NAME:小北]]的奶奶说孩子爸爸喝酒后会打人。已按程序上报。",
)
Z(
    "discharge_summary",
    "出院通知\n[[NAME:商建华]]，男，71岁，[[DOB:1953年2月14日]]生，因{{肺炎}}住院8天，现体温正常，复查血常规正常，准予出院，住院号[[MRN:0387125]]。出院后一周呼吸科复诊。",
)
Z(
    "wechat_group",
    "[[NAME:文静]]：爸的化疗排到下周三了\n[[NAME:文斌]]：我请了两天假，周三周四我陪\n[[NAME:文静]]：行，周五我来换你，爸出院后先住我家，[[ADDRESS:济南市历下区和平路34号院5号楼2单元301|和平路34号院|5号楼2单元301]]，离医院近",
)
Z(
    "pharmacy_note",
    "咨询记录：顾客为其母亲[[NAME:花秀梅]]购买{{布洛芬}}，自述母亲有胃溃疡史。已建议改用对乙酰氨基酚并尽快就医；[[NAME:秀梅]]目前在服用阿司匹林，提醒注意出血。",
)
Z(
    "online_consult",
    "提问：我女儿[[NAME:苗可欣]]8个月，[[DOB:2023年9月5日]]出生的，还不会坐，是不是发育慢？\n回答：多数宝宝6到8个月能独坐，建议儿保科做一次发育评估。",
)
Z(
    "referral_letter",
    "[[NAME:展鹏飞]]，男，35岁，建筑工人，右手被电锯割伤，屈肌腱断裂可能，已清创包扎，转手外科。身份证[[ID:41282319890112353<gb>]]。工友[[NAME:闫大勇]]陪同，电话[[PHONE:150 9421 3368]]。",
)
Z(
    "phone_followup",
    "随访记录：拨打[[PHONE:0898-6531 7240]]，接听者为[[NAME:符海燕]]本人，术后第十天，切口无红肿。[[NAME:海燕]]问什么时候可以洗澡，已告知拆线后48小时。",
)
Z(
    "school_health_note",
    "致家长：贵子女[[NAME:欧阳浩宇]]在今日体育课跑步后诉胸闷，休息后缓解，心率92次/分。建议带[[NAME:浩宇]]到医院做心电图。如有疑问请致电[[PHONE:0755-2683 4105]]（家长登记电话）。",
)
Z(
    "home_visit_note",
    "家庭病床查房：[[NAME:门金凤]]，卧床3年，骶尾部压疮2期已缩小。家住[[ADDRESS:保定市竞秀区东风西路311号院4号楼2单元6层东户|东风西路311号院|4号楼2单元6层东户]]，电梯常坏，复诊不便，改为每两周上门一次。",
)
Z(
    "voice_message",
    "（微信语音转文字）[[NAME:建英]]你跟妈说一下，[[NAME:建英]]她爸那个药吃完了，医院说要本人去开，我周六带他去",
)
Z(
    "nursing_handover",
    "交接班：新入院[[NAME:隆国庆]]，急性胰腺炎，禁食，胃肠减压。[[NAME:国庆]]他弟弟说他昨晚喝了一斤白酒。注意血钙和血糖。住院号[[MRN:ZY240417022]]。",
)
Z(
    "complaint_letter",
    "我叫[[NAME:厉春梅]]，3月15日带孩子在儿科候诊三小时，叫号系统出错，[[NAME:厉春梅]]要求医院道歉并改进。电话[[PHONE:189 6633 0417]]，邮箱[[EMAIL:lichunmei_sz@qq.com]]。",
)
Z(
    "outpatient_dialogue",
    "医生：这个[[NAME:梅梅]]是您什么人？\n家属：我外孙女，她爸妈在外地打工，一直跟着我。\n医生：孩子贫血比较明显，血红蛋白只有85，要查查原因。",
)
Z(
    "social_work_note",
    "家访记录：[[NAME:岑国柱]]、[[NAME:岑玉兰]]夫妇均超过八十岁，住[[ADDRESS:桂林市七星区穿山东路9号供电局宿舍|穿山东路9号|供电局宿舍]]顶楼，无电梯。[[NAME:国柱]]近月不能下楼，建议申请助餐服务。",
)
Z(
    "insurance_claim",
    "重疾险报案\n出险人：[[NAME:龚佳怡]]　身份证：[[ID:42010619880407256<gb>]]\n确诊疾病：甲状腺乳头状癌　确诊医院：{{华中科技大学同济医学院附属协和医院}}\n联系电话：[[PHONE:159 2710 6384]]",
)
Z(
    "wechat_group",
    "群聊“奶奶住院群”\n[[NAME:海燕]]姐：今天奶奶说想吃饺子\n[[NAME:冯海波]]：医生让吃软的，饺子可以吗\n[[NAME:海燕]]姐：煮烂一点应该行吧，我问问护士",
)
Z(
    "elder_care_note",
    "养老院交班：[[NAME:况福田]]今晨拒绝洗澡，情绪激动，抓伤护理员手臂。[[NAME:福田]]的女儿说他是[[DOB:三九年七月初七]]生的，属兔，年轻时就不喜欢别人碰他，建议固定同一名护理员。",
)
Z(
    "pharmacy_note",
    "复购提醒：[[NAME:易红梅]]的{{左甲状腺素钠}}剩一周用量，已电话通知（[[PHONE:177 0731 5592]]），[[NAME:红梅]]说周末来取。",
)
Z(
    "discharge_summary",
    "新生儿出院记录\n母亲：[[NAME:蒲晓丽]]（身份证[[ID:62010219940803204<gb>]]）\n新生儿：男，[[DOB:2024年3月11日]]出生，出生体重3150 g，Apgar评分9-10分。住院号：[[MRN:XS240311062]]。",
)
Z(
    "phone_followup",
    "回访：[[NAME:成明远]]上周做了{{胆囊切除}}，今天电话里说有点腹胀。[[NAME:明远]]还问能不能吃鸡蛋，已告知少量可以，避免油炸食物。住院号[[MRN:20240402311]]。",
)
Z(
    "online_consult",
    "家属留言：我是[[NAME:庄晓玲]]，我妈刚查出乳腺结节4a类，现在在县医院，想转到市里做穿刺，需要准备什么？我的手机[[PHONE:135 6207 1948]]，邮箱[[EMAIL:zxl_0613@sina.com]]。",
)
Z(
    "outpatient_dialogue",
    "医生：老人家哪年生的？\n家属：[[DOB:三六年八月十二]]生的，属鼠，身份证上写的是[[DOB:1936年8月12日]]。\n医生：八十七了，这个年纪做全麻风险要好好评估。",
)
Z(
    "chat_message",
    "我家住在[[ADDRESS:合肥市蜀山区长江西路669号翡翠湖畔小区12幢1单元603|长江西路669号|翡翠湖畔小区|12幢1单元603]]，我爸行动不便，想问问你们医院有没有上门换尿管的服务？我电话[[PHONE:187 5691 0238]]。",
)
Z(
    "phone_followup",
    "随访：家属说[[NAME:宁国富]]已经搬到他女儿那里住了，现在住[[ADDRESS:东莞市南城区鸿福路88号海德花园C座1105|鸿福路88号|海德花园|C座1105]]，以后的随访资料寄到那边，电话改成他女儿的[[PHONE:138 2692 0157]]。",
)
Z(
    "elder_care_note",
    "入住评估：[[NAME:包桂香]]，[[DOB:61年5月3号]]生的，自己说是属牛，糖尿病二十年，双眼视力差，需协助用药。身份证号[[ID:42112719610503226<gb>]]。",
)
Z(
    "insurance_claim",
    "受益人信息\n姓名：[[NAME:顾一鸣]]\n出生于[[DOB:一九八二年十月九日]]\n与被保险人关系：儿子\n开户行：工商银行\n联系电话：[[PHONE:021-6438 2915]]",
)
Z(
    "wechat_group",
    "舅妈：明天是外公生日，农历[[DOB:一九四〇年冬月廿六]]，病房里能不能给他过一下？\n[[NAME:邹晓雨]]：可以的，买个小蛋糕，少糖",
)
Z(
    "discharge_summary",
    "出院小结（摘要）\n[[NAME:庞振江]]，男，[[DOB:1958.10.02]]生，因“反复胸闷3年，加重1周”入院，冠脉造影示前降支狭窄80%，植入支架1枚。住院号：[[MRN:ZY20231187]]。",
)
Z(
    "voice_message",
    "语音留言：医生您好我是[[NAME:杭雪梅]]的老公她今天早上又吐了好几次你看能不能帮她加个号她门诊号是[[MRN:1100928374]]我的电话是[[PHONE:13816420597]]",
)
Z(
    "nursing_handover",
    "交班记录：21床[[NAME:闵嘉禾]]今日行肾穿刺，术后平卧6小时，尿色淡红，住院号[[MRN:0731562]]。[[NAME:嘉禾]]母亲在陪护，情绪焦虑，反复询问结果，已解释需一周出报告。",
)
Z(
    "online_consult",
    "患者自述：我叫[[NAME:桑晓婷]]，[[DOB:1990年12月1日]]生，孕12周，产检卡号[[MRN:CJ2024-0318]]，NT检查约在哪天做比较好？\n医生：NT一般在孕11到13周+6天之间，您可以这周预约。",
)
Z(
    "referral_letter",
    "[[NAME:钮志成]]、[[NAME:钮志华]]兄弟二人同日因食用野生菌后呕吐腹泻就诊，疑为{{毒蕈中毒}}，现一并转上级医院。兄身份证：[[ID:53010219790518301<gb>]]。",
)
Z(
    "social_work_note",
    "求助登记：[[NAME:应春燕]]带着女儿从老家过来看病，暂住在[[ADDRESS:昆明市五华区西坝路31号附2号|西坝路31号附2号]]一间出租屋，手机[[PHONE:158 8717 2043]]，已帮助申请慈善救助。",
)
Z(
    "home_visit_note",
    "上门服务记录\n服务对象：[[NAME:臧玉兰]]\n住址：她说住在[[ADDRESS:天津市河西区围堤道云江新苑7号楼3门401|围堤道|云江新苑|7号楼3门401]]，小区门口有菜市场\n服务内容：测血压、整理药盒\n联系电话：[[PHONE:022-2834 7106]]",
)
Z(
    "school_health_note",
    "过敏登记：[[NAME:钟馨予]]，[[DOB:2016年7月22日]]出生，花生过敏，曾发生过{{过敏性休克}}，书包里备有肾上腺素笔。家长电话[[PHONE:186 1120 4593]]。",
)
Z(
    "complaint_letter",
    "投诉人：[[NAME:沙丽娜]]\n事由：3月20日我丈夫[[NAME:海力]]在贵院门诊被告知需要住院，但住院处称没有床位，让我们回家等，结果当晚在家加重，被120送到了别的医院。[[NAME:海力]]的门诊号[[MRN:MZ2403200417]]，我的电话[[PHONE:138 9917 2035]]。",
)
Z(
    "outpatient_dialogue",
    "患者：我叫[[NAME:幸福来]]，您别笑，这名字是我爷爷起的。\n医生：哈哈好名字。哪里不舒服？\n患者：右边膝盖上下楼疼。",
)
Z(
    "pharmacy_note",
    "用药交代：[[NAME:尚红军]]出院带药{{利伐沙班}}15 mg每日两次共三周，之后20 mg每日一次。[[NAME:红军]]说记不住，已写在药盒上，并加了他儿子的微信。",
)
Z(
    "wechat_group",
    "[[NAME:春生]]：妈今天说话有点含糊，你们谁在家？\n[[NAME:夏生]]：我在上班，马上打120！\n[[NAME:春生]]：我已经打了，你直接去人民医院急诊",
)
Z(
    "sick_leave_form",
    "學生病假證明\n[[NAME:陳曉彤]]，女，9歲，因{{水痘}}需居家隔離至皮疹全部結痂，預計至2024年4月12日。身分證字號：[[ID:A23140586<tw>]]。",
)
Z(
    "elder_care_note",
    "護理員交更：[[NAME:黃錦華]]今日食慾一般，下午由兒子[[NAME:黃志聰]]接回家過節，[[NAME:錦華]]自備藥物已交其子，地址登記為[[ADDRESS:新界屯門友愛邨愛德樓1206室|友愛邨|愛德樓1206室]]。",
)
Z(
    "phone_followup",
    "電話覆診：[[NAME:李美玲]]表示血糖近兩週在7至9之間，[[NAME:美玲]]女兒[[NAME:陳慧儀]]代為記錄。下次覆診前請空腹抽血。聯絡電話[[PHONE:9236 4185]]，身份證號碼[[ID:D739201(<hk>)]]。",
)
Z(
    "discharge_summary",
    "出院摘要\n病人：[[NAME:林志明]]　病歷號：[[MRN:HN0472913]]\n身分證字號：[[ID:F12736491<tw>]]　出生日期：[[DOB:民國五十二年十月三日]]\n診斷：社區型肺炎，經抗生素治療後改善出院。",
)
Z(
    "online_consult",
    "網友提問：我阿嬤[[NAME:許罔市]]今年八十五，最近晚上一直起來找東西，白天又很愛睡，這是失智嗎？",
    "醫師回覆：日夜顛倒合併行為改變要考慮失智或譫妄，建議到神經內科或老年醫學科評估。",
)
Z(
    "referral_letter",
    "轉介信\n[[NAME:何家樂]]，男，58歲，香港身份證[[ID:K482913(<hk>)]]，右腎結石6 mm，反覆腎絞痛，轉介泌尿外科跟進。電話[[PHONE:6108 3927]]。",
)
Z(
    "wechat_group",
    "[[NAME:阿玲]]：媽咪今日覆診，醫生話要加藥\n[[NAME:阿強]]：加咩藥？\n[[NAME:阿玲]]：降膽固醇嗰隻，我影咗張相俾你睇",
)
Z(
    "home_visit_note",
    "社區護士家訪：[[NAME:鄺金好]]住在[[ADDRESS:九龍觀塘翠屏邨翠楓樓1712室|翠屏邨|翠楓樓1712室]]，獨居，糖尿病足傷口已癒合，[[NAME:金好]]話想參加長者中心活動。",
)
Z(
    "voice_message",
    "（語音轉文字）[[NAME:阿萍]]你記得今晚幫婆婆量血壓呀 上次佢高到一百八 我聽日返嚟再帶佢睇醫生",
)
Z(
    "outpatient_dialogue",
    "家屬：醫生，我爸[[NAME:蔡清水]]，[[DOB:民國三十八年六月五日]]出生，最近腳很腫，健保卡號[[MRN:0000 4183 2967]]。\n醫生：有沒有喘、晚上能不能平躺？先抽血驗腎功能和心臟指數。",
)
Z(
    "nursing_handover",
    "交班：5床[[NAME:吴桂珍]]、6床[[NAME:吴桂兰]]是姐妹俩，同一天做的白内障手术，注意别发错眼药水，住院号分别是[[MRN:0452213]]和[[MRN:0452214]]。[[NAME:桂珍]]是左眼，[[NAME:桂兰]]是右眼。",
)
Z(
    "chat_message",
    "请问我奶奶[[NAME:谷满仓]]……哦不对，我爷爷叫[[NAME:谷满仓]]，奶奶叫[[NAME:田秀荣]]，他俩都有高血压，可以吃同一种降压药吗？",
)
Z(
    "social_work_note",
    "个案会议：[[NAME:上官婉清]]术后需长期康复，丈夫失业，家庭经济困难。[[NAME:婉清]]的弟弟愿意每月资助两千元。已转介医务社工基金。联系电话[[PHONE:0512-6817 3390]]。",
)
Z(
    "insurance_claim",
    "医疗费用报销单\n职工姓名：[[NAME:计明哲]]　部门：后勤处\n身份证号：[[ID:32058319800914275<gb>]]\n就诊人：[[NAME:计安安]]（女儿）\n就诊日期：2024-03-14　金额：¥1,236.50",
)
Z(
    "phone_followup",
    "电话回访记录：[[NAME:娄晓光]]术后三个月，复查CT未见复发。[[NAME:晓光]]他爱人说最近他睡眠不好，建议到睡眠门诊。回访电话[[PHONE:0371-6598 2274]]。",
)
Z(
    "wechat_group",
    "[[NAME:鲍丽君]]：刚才护士打电话说妈的血钾低，要补钾\n[[NAME:鲍明]]：严重吗？\n[[NAME:鲍丽君]]：3.1，医生说口服就行\n[[NAME:鲍明]]：[[NAME:丽君]]辛苦了，晚上我去",
)
Z(
    "outpatient_dialogue",
    "医生：[[NAME:冬冬]]这次发烧几天了？\n妈妈：三天了，最高40度，吃了退烧药能退下来，过几个小时又烧。\n医生：嗓子有白点，查个血常规和C反应蛋白。",
)
Z(
    "elder_care_note",
    "养老机构记录：[[NAME:俞雪芳]]近一周夜间躁动，反复要回家。[[NAME:雪芳]]家原在[[ADDRESS:苏州市姑苏区十全街212号|十全街212号]]，已拆迁多年，家属建议顺着她说。家属电话[[PHONE:0512-6529 0843]]。",
)
Z(
    "pharmacy_note",
    "咨询：[[NAME:滕立强]]问{{阿托伐他汀}}晚上吃还是早上吃，[[NAME:立强]]说他父亲吃的是瑞舒伐他汀，可以早上吃。已解释两者半衰期不同。",
)
Z(
    "complaint_letter",
    "投诉：2024年4月1日，[[NAME:戴红英]]陪同婆婆就诊时，某窗口工作人员态度恶劣。[[NAME:戴红英]]的身份证号[[ID:32010219790223484<gb>]]，可调取当日挂号记录核实。",
)
Z(
    "school_health_note",
    "幼儿园保健室：[[NAME:朵朵]]午睡后体温38.2℃，已通知家长。[[NAME:朵朵]]爸爸说下午四点来接，已物理降温。",
)
Z(
    "discharge_summary",
    "出院记录：[[NAME:司马文轩]]，男，27岁，急性阑尾炎腹腔镜术后第3天，切口愈合好，今日出院。身份证号[[ID:61011319970221401<gb>]]，门诊号[[MRN:MZ0087316]]，一周后普外科门诊拆线。",
)
Z(
    "online_consult",
    "咨询：我妈[[NAME:苟淑芬]]在老家，[[DOB:五九年三月初九]]生的，阴历生日，身份证[[ID:51132219590309082<gb>]]上写错成了阳历，医院登记用哪个？\n客服：以身份证为准，挂号系统会自动核对。",
)
Z(
    "voice_message",
    "语音：[[NAME:东方红]]你跟你媳妇说一声 今天下午三点老爷子复查 你们俩谁有空谁去 我在外地回不来",
)
Z(
    "referral_letter",
    "双向转诊单\n[[NAME:岳秀云]]，女，68岁，脑梗死恢复期，现生命体征平稳，转回社区继续康复训练。家属[[NAME:岳建新]]电话[[PHONE:132 4015 8836]]。身份证[[ID:13010419560811262<gb>]]。",
)
Z(
    "home_visit_note",
    "访视：[[NAME:艾力]]一家住[[ADDRESS:乌鲁木齐市天山区解放南路307号2栋|解放南路307号|2栋]]一楼，[[NAME:艾力]]的父亲有肺心病，家里装了制氧机，电话[[PHONE:0991-288 4106]]。",
)
Z(
    "wechat_group",
    "姥姥：孩子们，我今天去医院了，大夫说血压不算高\n[[NAME:苗苗]]：姥姥真棒！药按时吃了吗\n姥姥：吃了吃了",
)
Z(
    "nursing_handover",
    "交接：15床[[NAME:滑玉珍]]是{{人工髋关节}}置换术后第二天，[[NAME:滑玉珍]]说想自己下床上厕所，已告知必须有人扶。她女儿[[NAME:滑婷]]晚上陪。住院号[[MRN:1902337]]。",
)
Z(
    "social_work_note",
    "[[NAME:黎永康]]上月出狱，患有慢性乙肝，无固定住所，目前借住在朋友家[[ADDRESS:广州市白云区同和街蟾蜍石东路5号|蟾蜍石东路5号]]。已协助办理医保，预约肝病门诊。身份证[[ID:44010519770612361<gb>]]。",
)
Z(
    "phone_followup",
    "随访员：请问是[[NAME:龙凤英]]的家属吗？\n家属：我是她儿子。\n随访员：[[NAME:凤英]]阿姨出院一个月了，最近血压怎么样？\n家属：早上130左右，挺稳的。对了，我们现在搬到[[ADDRESS:长沙市开福区芙蓉中路一段88号3栋1204|芙蓉中路一段88号|3栋1204]]了，资料别寄老家。",
)
Z(
    "chat_message",
    "老师好，我是[[NAME:言子墨]]的妈妈，[[NAME:子墨]]昨晚发烧了，今天请假一天，医院开的假条晚点发您。",
)
Z(
    "insurance_claim",
    "索赔申请书\n申请人：[[NAME:闻人秋月|闻人秋月|秋月]]\n出生日期：[[DOB:1983/06/18]]\n身份证号码：[[ID:31011519830618042<gb>]]\n事故经过：3月30日在家中摔倒，左腕骨折。",
)
Z(
    "outpatient_dialogue",
    "患者：医生，我跟[[NAME:海洋]]是双胞胎，他上个月查出甲状腺结节，我是不是也要查？\n医生：甲状腺结节和遗传关系不大，但你要是担心可以做个B超。",
)
Z(
    "elder_care_note",
    "[[NAME:褚德福]]和老伴今天一起来日间照料中心。[[NAME:德福]]说老伴最近总忘事，把钥匙放冰箱里。建议记忆门诊筛查。两人住[[ADDRESS:杭州市上城区清泰街508号2幢|清泰街508号|2幢]]。",
)
Z(
    "discharge_summary",
    "出院医嘱：[[NAME:隋海滨]]，出院后继续口服{{恩替卡韦}}0.5 mg每日一次，不可自行停药。[[NAME:海滨]]的爱人已留电话[[PHONE:0411-8492 3306]]，每三个月复查肝功能和HBV-DNA。住院号[[MRN:DL0092641]]。",
)
Z(
    "wechat_group",
    "[[NAME:党卫东]]：谁知道医保报销要带什么材料\n[[NAME:卫红]]：身份证、出院小结、发票原件\n[[NAME:党卫东]]：谢谢[[NAME:卫红]]",
)
Z(
    "voice_message",
    "语音转文字：喂 我是[[NAME:练春花]] 我家那口子昨天下午从梯子上摔下来了 现在在镇卫生院 我家在[[ADDRESS:梅州市梅县区雁洋镇长教村|长教村]] 医生说要转到县里 你们有没有车",
)
Z(
    "referral_letter",
    "[[NAME:邝耀祖]]，男，46岁，右侧面部麻木伴口角歪斜2天，考虑周围性面瘫，转神经内科。就诊卡号[[MRN:0007723518]]，联系电话[[PHONE:020-8736 1924]]。",
)
Z(
    "online_consult",
    "用户：我是[[NAME:汪雨桐]]，我住[[ADDRESS:重庆市渝中区中山三路131号希尔安大厦18楼|中山三路131号|希尔安大厦18楼]]，上次您给我开的药吃了一周还是咳，还要接着吃吗？\n医生：您好，把现在的症状说一下，有没有发烧、痰什么颜色？",
)
Z(
    "pharmacy_note",
    "药店记录：[[NAME:薄春生]]购买{{硝酸甘油}}片，自诉胸痛含服后五分钟缓解。已提醒若含服三片仍不缓解立即拨打急救电话。[[NAME:春生]]的手机[[PHONE:131 2087 6645]]。",
)
Z(
    "home_visit_note",
    "家访：[[NAME:巴特尔|巴特尔]]，蒙古族，72岁，住在[[ADDRESS:呼和浩特市赛罕区大学东街丁香小区9号楼4单元|大学东街|丁香小区|9号楼4单元]]，肺气肿，冬天基本不出门。电话[[PHONE:0471-659 2078]]。",
)
Z(
    "nursing_handover",
    "早交班：[[NAME:喻德华]]昨晚血糖2.9，已推注葡萄糖，现神志清。[[NAME:德华]]晚饭没吃但打了胰岛素，家属[[NAME:喻小兰]]说他不饿。今日调整胰岛素剂量。",
)
Z(
    "school_health_note",
    "学校卫生室：[[NAME:诸葛明轩]]体育课扭伤右踝，冰敷后仍肿胀，已联系家长带去医院拍片。[[NAME:明轩]]自己说还能走。",
)
Z(
    "social_work_note",
    "[[NAME:贝贝]]今年6岁，白血病化疗中，母亲[[NAME:谭秋霞]]辞职陪护。病历号[[MRN:XY0031852]]。[[NAME:秋霞]]提出想让孩子在病房上网课，已联系志愿者。",
)
Z(
    "complaint_letter",
    "我是患者[[NAME:茹婷婷]]的母亲。[[NAME:婷婷]]3月在贵院做扁桃体手术，术后出血又做了一次，我们想了解原因。联系电话[[PHONE:0571-8805 3196]]，邮箱[[EMAIL:rutingting_mama@163.com]]。",
)
Z(
    "outpatient_dialogue",
    "医生：您家老人住哪儿？社区医生能不能上门？\n家属：住[[ADDRESS:西安市碑林区东关正街64号1单元502|东关正街64号|1单元502]]，就在社区医院后面。",
)
Z(
    "wechat_group",
    "[[NAME:钱多多]]：姐，爸的药我放在他床头柜第二格了\n[[NAME:钱多多]]：对了他说降压药早上吃，别晚上给\n大姐：知道了，[[NAME:多多]]你也早点睡",
)
Z(
    "phone_followup",
    "随访：接听人自称是[[NAME:夏天]]的同事，说[[NAME:夏天]]这周出差，手机打不通，留了另一个号码[[PHONE:182 1093 4476]]。",
)
Z(
    "outpatient_dialogue",
    "医生：这位是？\n患者：我爱人，[[NAME:白雪]]。她比我清楚我吃什么药。\n[[NAME:白雪]]：他早上一片{{美托洛尔}}，晚上一片氨氯地平，有时候忘。",
)
Z(
    "elder_care_note",
    "护理记录：[[NAME:石磊]]今日下午由其外孙接出游园，晚饭前返回，精神好。[[NAME:石磊]]双下肢轻度水肿，已抬高。",
)
# ---------------------------------------------------------------------------
# zh PHI-free look-alikes
# ---------------------------------------------------------------------------
Z(
    "outpatient_dialogue",
    "患者：医生，孩子{{高热}}三天了，{{白细胞}}两万多，是不是很严重？\n医生：白细胞高提示细菌感染可能，先用抗生素，明天复查血常规。",
)
Z(
    "pharmacy_note",
    "用药咨询：顾客问{{金银花}}露能不能给一岁宝宝喝。答：金银花性寒，婴儿脾胃弱，不建议自行服用，发热请就医。另问{{林可霉素}}能否与头孢同用，已建议遵医嘱。",
)
Z(
    "nursing_handover",
    "交班：今日手术两台，一台{{石膏}}固定，一台清创缝合。夜班注意石膏远端血运，抬高患肢。{{常规}}生命体征每4小时一次。",
)
Z(
    "discharge_summary",
    "出院诊断：{{川崎病}}（不完全型）。住院期间予{{丙种球蛋白}}2 g/kg及阿司匹林治疗，体温于用药后36小时恢复正常，心脏超声冠脉未见扩张。",
)
Z(
    "online_consult",
    "问：体检查出{{桥本甲状腺炎}}，抗体很高，但甲功正常，要吃药吗？\n答：甲功正常一般不需要吃{{优甲乐}}，每6到12个月复查一次甲功即可。",
)
Z(
    "referral_letter",
    "转诊原因：{{帕金森病}}5年，近3月“开关”现象明显，左旋多巴剂量已增至每日600 mg，效果减退，转{{北京协和医院}}神经内科评估手术指征。",
)
Z(
    "outpatient_dialogue",
    "医生：这个{{治疗方案}}有两种，一种是手术，一种是保守。保守就是{{石膏}}托固定六周。\n患者：手术要住几天院？\n医生：大概五到七天。",
)
Z(
    "school_health_note",
    "开学晨检通知：本周起每日测体温，{{高于37.3℃}}者不得入校。近期{{流感}}高发，请家长关注孩子咳嗽、发热情况。",
)
Z(
    "wechat_group",
    "妈：明天早上空腹去抽血，别吃早饭\n儿子：几点？\n妈：{{七点半}}，{{门诊楼}}二楼检验科",
)
Z(
    "elder_care_note",
    "本周健康讲座安排：周三上午“{{高血压}}的家庭管理”，周五下午“{{防跌倒}}小知识”，地点在活动室，欢迎老人参加。",
)
Z(
    "insurance_claim",
    "理赔材料清单：1.门诊病历；2.{{费用清单}}；3.发票原件；4.{{病理报告}}（如有）。材料不全的，请在{{30日}}内补齐。",
)
Z(
    "phone_followup",
    "回访内容：术后第{{14天}}，切口愈合良好，无发热，饮食正常。嘱其{{一个月}}后门诊复查，期间如有异常随时就诊。",
)
Z(
    "voice_message",
    "语音转文字：医生说让我{{马上}}去拍片子，我问他{{何时}}出结果，他说下午四点以后，那我先去吃个饭",
)
Z(
    "social_work_note",
    "小组活动记录：本次“{{安宁疗护}}家属支持小组”共8位家属参加，主题为哀伤处理。下次活动时间另行通知，地点为{{住院部}}三楼会议室。",
)
Z(
    "pharmacy_note",
    "药师提示：{{华法林}}与很多食物和药物有相互作用，{{菠菜}}、西兰花等富含维生素K的蔬菜不需要完全不吃，但每天的量要尽量稳定。",
)
Z(
    "sick_leave_form",
    "诊断证明书（空白模板）\n兹证明患者因______于____年__月__日在本院{{骨科}}就诊，诊断为______，建议休息____天。\n（本证明仅限{{病假}}使用）",
)
Z(
    "discharge_summary",
    "出院医嘱：1. 低盐低脂饮食；2. {{阿司匹林}}100 mg每日一次；3. {{2024年5月20日}}心内科门诊复诊；4. 如胸痛持续超过15分钟，立即拨打120。",
)
Z(
    "outpatient_dialogue",
    "患者：医生，我这个{{黄疸}}是怎么回事？眼睛也黄。\n医生：需要查肝功能和{{胆红素}}，再做个腹部B超看有没有胆道梗阻。",
)
Z(
    "online_consult",
    "问：宝宝{{金黄色葡萄球菌}}感染，用了{{万古霉素}}，会不会有副作用？\n答：万古霉素主要注意肾功能和听力，医院会监测血药浓度。",
)
Z(
    "nursing_handover",
    "交班重点：今日收{{向日葵}}病房（儿科血液病区）新患儿2名，均为化疗期间，{{粒细胞缺乏}}，严格保护性隔离。",
)
Z(
    "complaint_letter",
    "意见反馈：{{门诊大厅}}的自助挂号机经常死机，老年人不会用，排队要排{{四十分钟}}，建议增加人工窗口。",
)
Z(
    "home_visit_note",
    "家访记录：老人{{建国后}}一直在纺织厂工作，退休三十年，现{{耳背}}明显，沟通需大声。今日血压138/80，血糖空腹6.4。",
)
Z(
    "wechat_group",
    "表哥：今天复查结果出来了，{{肌酐}}降到了130\n表嫂：太好了！医生怎么说\n表哥：说{{透析}}暂时不用了，继续吃药观察",
)
Z(
    "school_health_note",
    "健康教育：春季是{{水痘}}、{{腮腺炎}}高发季节，出现发热伴皮疹或耳下肿痛的孩子请居家休息并及时就医。",
)
Z(
    "pharmacy_note",
    "咨询：顾客问{{六味地黄丸}}和{{金匮肾气丸}}有什么区别。已解释前者偏滋阴，后者偏温阳，建议中医辨证后使用。",
)
Z(
    "referral_letter",
    "转诊说明：患儿{{唐氏综合征}}，合并室间隔缺损，现6月龄，体重增长缓慢，转{{上海儿童医学中心}}心外科评估手术时机。",
)
Z(
    "elder_care_note",
    "今日活动：上午手工课做{{康乃馨}}，下午看电影《{{万里长城}}》纪录片。两位老人血压偏高，已通知{{值班医生}}。",
)
Z(
    "voice_message",
    "语音：喂你到了没 我在{{华山医院}}门口 就是{{乌鲁木齐中路}}那个大门 你从地铁站出来往南走",
)
Z(
    "online_consult",
    "问：{{阿尔茨海默病}}和{{血管性痴呆}}怎么区分？\n答：前者起病隐匿、逐渐加重；后者常有卒中史，呈阶梯样进展，需要头颅MRI协助判断。",
)
Z(
    "phone_followup",
    "电话随访：患者诉服用{{甲钴胺}}后手脚麻木有所好转，{{维生素B1}}已吃完。建议继续服用一个月后复诊。",
)
Z(
    "discharge_summary",
    "出院小结：诊断{{格林-巴利综合征}}，予静脉丙球治疗5天，四肢肌力由2级恢复至4级。出院后康复科随诊，{{三个月}}后复查肌电图。",
)
Z(
    "outpatient_dialogue",
    "医生：孩子这个是{{手足口病}}，不是{{疱疹性咽峡炎}}，手上脚上都有疹子。\n家长：要隔离多久？\n医生：一般两周左右，症状消失后一周。",
)
Z(
    "nursing_handover",
    "交接：{{ICU}}转入患者1名，{{气管切开}}术后，痰多，每2小时吸痰，注意湿化。床旁备好简易呼吸器。",
)
Z(
    "wechat_group",
    "小姨：今天去{{同仁堂}}给妈抓了中药，七付\n小姨：大夫说里面有{{黄连}}，特别苦，让她饭后喝",
)
Z(
    "insurance_claim",
    "温馨提示：本产品{{等待期}}为90天，等待期内确诊的疾病不予理赔。{{既往症}}需如实告知。",
)
Z(
    "social_work_note",
    "培训记录：全院社工参加“{{医务社工}}伦理与实务”培训，讲师来自{{复旦大学}}社会工作系，共计6学时。",
)
Z(
    "sick_leave_form",
    "复工评估：患者{{腕管综合征}}术后6周，握力恢复至健侧80%，可恢复{{轻体力}}工作，避免重复腕部用力。",
)
Z(
    "pharmacy_note",
    "发药交代：{{头孢克洛}}干混悬剂，每次1袋，每日3次，饭后服。服药期间及停药后一周内不能饮酒，以免出现{{双硫仑样反应}}。",
)
Z(
    "outpatient_dialogue",
    "患者：我{{高中}}的时候就有{{胃病}}，一直反反复复。\n医生：做过胃镜吗？\n患者：五年前做过一次，说是浅表性胃炎。",
)
Z(
    "elder_care_note",
    "夜班记录：两位老人夜间诉{{胸闷}}，测血氧均在95%以上，予半卧位后缓解。{{凌晨三点}}巡视一切正常。",
)
Z(
    "school_health_note",
    "视力筛查结果：本年级{{近视率}}为46%，较去年上升5个百分点。建议每天户外活动{{两小时}}以上。",
)
Z(
    "referral_letter",
    "转诊原因：{{库欣综合征}}待排，血皮质醇节律消失，{{小剂量地塞米松抑制试验}}未被抑制，请内分泌科进一步定位诊断。",
)
Z(
    "voice_message",
    "语音转写：我刚问了{{药房}}，他说这个药{{医保}}能报一半，剩下的自费，一个月大概三百多",
)
Z(
    "online_consult",
    "问：孩子被诊断{{马凡综合征}}，能不能上体育课？\n答：马凡综合征需要避免剧烈对抗性运动和{{憋气}}用力的项目，具体请心内科评估主动脉情况。",
)
Z(
    "phone_followup",
    "回访：患者{{周一}}到{{周五}}在医院做放疗，周末休息，皮肤有点发红，已告知用温水清洁，不要涂抹刺激性护肤品。",
)
Z(
    "discharge_summary",
    "出院记录：{{重症肌无力}}危象，经血浆置换及{{溴吡斯的明}}治疗后好转，已拔除气管插管，吞咽功能基本恢复。",
)
Z(
    "wechat_group",
    "大伯：听说{{金刚藤}}治妇科炎症很好，给你妈买点？\n堂妹：别乱买，妈那是{{更年期}}，医生都说了不是炎症",
)
Z(
    "complaint_letter",
    "建议信：{{住院部}}停车场太小，每天早上{{八点}}以后基本没车位，家属送饭很不方便，希望能开放周边临时停车点。",
)
Z(
    "home_visit_note",
    "随访：糖尿病足{{Wagner 2级}}，创面约2×3 cm，肉芽新鲜，予{{银离子敷料}}换药，隔日一次。",
)
Z(
    "pharmacy_note",
    "答疑：{{板蓝根}}颗粒不是抗病毒药，普通感冒可以不吃；{{连花清瘟}}胶囊有麻黄成分，高血压患者慎用。",
)
Z(
    "outpatient_dialogue",
    "医生：你这个{{血红蛋白}}只有78，属于中度贫血。\n患者：我平时吃得挺好的啊。\n医生：要查{{铁蛋白}}，女性要看月经量多不多。",
)
Z(
    "elder_care_note",
    "营养评估：本院老人{{白蛋白}}低于35 g/L者占18%，建议午餐增加蛋类及{{豆制品}}，每周两次加餐。",
)
Z(
    "online_consult",
    "問：我孩子確診{{蠶豆症}}，可以吃什麼藥？\n答：G6PD缺乏症要避免{{磺胺類}}藥物、樟腦丸和蠶豆，看病時主動告訴醫師。",
)
Z(
    "discharge_summary",
    "出院摘要：因{{登革熱}}住院5天，血小板最低1.8萬，出院時回升至12萬。出院後如出現{{牙齦出血}}或黑便應立即返診。",
)
Z(
    "wechat_group",
    "二叔：{{長庚醫院}}那邊說要排三個月\n姑姑：那去{{台大}}看看，我有同學在那裡當護理師",
)
Z(
    "phone_followup",
    "電話覆診：病人已停用{{類固醇}}兩週，無不適。下次覆診在{{瑪麗醫院}}腎科，需帶尿液樣本。",
)
Z(
    "nursing_handover",
    "交更：今晚{{病房}}有兩位{{流感}}病人，已安排隔離房，探病人士須戴口罩。",
)
Z(
    "school_health_note",
    "學校健康通告：近日{{諾如病毒}}個案增加，請學生勤洗手，出現嘔吐腹瀉者請留家休息{{48小時}}。",
)
Z(
    "pharmacy_note",
    "藥師提醒：{{必理痛}}（撲熱息痛）每日不超過4克；如同時服用其他感冒藥，要留意是否含有相同成分，以免{{過量}}。",
)
Z(
    "elder_care_note",
    "安老院記錄：本週舉行{{中秋}}聯歡，院友表演粵曲。兩位院友血糖偏高，已通知{{駐院醫生}}。",
)
Z(
    "outpatient_dialogue",
    "患者：医生，我{{周末}}去{{黄山}}爬山，膝盖一直疼到现在。\n医生：上下台阶疼吗？先做个核磁看看半月板。",
)
Z(
    "referral_letter",
    "转诊：{{艾滋病}}暴露后预防咨询，暴露时间为{{48小时}}内，建议立即至定点医院感染科就诊服用阻断药物。",
)
Z(
    "online_consult",
    "问：我体检{{乙肝表面抗原}}阳性，{{小三阳}}，要不要治疗？\n答：要看HBV-DNA和肝功能，若病毒量高或肝功能异常需抗病毒治疗。",
)
Z(
    "voice_message",
    "语音：{{明天}}是{{重阳节}}，社区要组织给老人量血压，你跟爸说一声早上九点去活动中心",
)
Z(
    "social_work_note",
    "政策说明：符合条件的困难患者可申请{{大病救助}}，需提供低保证明、{{诊断证明}}及费用清单，由民政部门审核。",
)
Z(
    "insurance_claim",
    "审核意见：本次住院诊断{{I10}}、{{E11.9}}，属于保单责任范围，扣除免赔额后赔付比例为80%。",
)
Z(
    "discharge_summary",
    "出院小结：{{张力性气胸}}行胸腔闭式引流，肺复张良好，拔管后复查胸片无积气。嘱一个月内避免乘飞机及{{潜水}}。",
)
Z(
    "pharmacy_note",
    "用药交代：{{马来酸依那普利}}片可能引起干咳，如咳嗽明显影响睡眠，复诊时告诉医生换用{{缬沙坦}}等其他降压药。",
)
Z(
    "wechat_group",
    "三姨：医生说爸是{{胡萝卜素血症}}，不是黄疸，手心黄是因为橘子吃多了\n表弟：哈哈{{虚惊一场}}",
)
Z(
    "outpatient_dialogue",
    "医生：这个{{杨梅舌}}加上皮疹，要考虑{{猩红热}}，查个咽拭子。\n家长：会传染吗？\n医生：会，用药24小时后传染性明显下降。",
)
# ---------------------------------------------------------------------------
# mixed rows with PHI -- Chinese / English code-switching
# ---------------------------------------------------------------------------
M(
    "wechat_group",
    "[[NAME:Vivian]]：妈今天的 blood test 出来了，HbA1c 8.1\n[[NAME:Kelvin]]：比上次高了，doctor 有说要加 insulin 吗\n[[NAME:Vivian]]：下周 follow up 再说，hospital number 系 [[MRN:HN04218837]]",
)
M(
    "outpatient_dialogue",
    "家属：Doctor，[[NAME:Jason]]这两天一直 complain 胸口闷，晚上睡不好。\n医生：他之前有没有 asthma？\n家属：小时候有，后来好了。他 DOB 系 [[DOB:12/09/1995]]。",
)
M(
    "chat_message",
    "Hi，我是[[NAME:Cindy Liu]]，[[NAME:Cindy]]想帮我爸预约 cardiology，他叫[[NAME:刘国平]]，[[DOB:1957年7月9日]]出生，手机[[PHONE:139 1702 6653]]。",
)
M(
    "whatsapp_group",
    "[[NAME:Ah Mei|Ah Mei]]: 阿嫲今日 discharge 啦\n[[NAME:Desmond]]: 好嘢! 药要点食?\n[[NAME:Ah Mei|Ah Mei]]: 一日两次，饭后，我写咗张 list 贴喺雪柜",
)
M(
    "nursing_handover",
    "Handover：Bed 7 [[NAME:黄伟文]]，post-op day 2 lap chole，pain score 2，已经可以 ambulate。[[NAME:伟文]]太太话佢今晚唔喺度，有事 call 佢个仔。Hosp no. [[MRN:HN07732184]]。",
)
M(
    "phone_followup",
    "Nurse：Hello，请问是[[NAME:Grace Chen]]吗？DOB 系 [[DOB:1982年4月7日]]？\n患者：是我。\nNurse：你上次的 pap smear 结果 normal，一年后 repeat 就可以了。\n患者：好的 thank you。",
)
M(
    "voice_message",
    "（voice note 转文字）[[NAME:Tommy]]你 check 一下 email，我把奶奶的 CT report 发到 [[EMAIL:tommy.ho.hk@gmail.com]] 了，你问问你那个 doctor 朋友",
)
M(
    "referral_letter",
    "Referral：[[NAME:Zhang Wei]], 52M, 乙肝携带二十年, AFP 86, US 示 liver mass 3 cm, 请 hepatology 会诊。MRN [[MRN:H00739215]]。",
)
M(
    "online_consult",
    "用户：我老公[[NAME:Kevin]]是 type 1 diabetes，最近 hypo 好几次，半夜出汗手抖。\n医生：夜间低血糖要调整睡前 insulin，建议戴 CGM 看看曲线。",
)
M(
    "social_work_note",
    "SW note：Mrs [[NAME:Leung]] lives alone at [[ADDRESS:Flat 12B, 3/F, Wing Lok House, Shek Kip Mei Estate|Flat 12B|Wing Lok House|Shek Kip Mei Estate]]，仔女都移民咗。Meal delivery 已安排，Tel [[PHONE:2778 4160]]。",
)
M(
    "wechat_group",
    "[[NAME:Rachel]]：爸的 MRI 约在周四下午\n哥：我周四有会，[[NAME:Rachel]]你能去吗\n[[NAME:Rachel]]：OK 我请半天假",
)
M(
    "school_health_note",
    "School nurse：[[NAME:Ethan Wang]]今天 PE 课 wheezing，用了他自己的 Ventolin 后缓解。[[NAME:Ethan]]妈妈已通知，电话[[PHONE:(604) 555-0137]]。",
)
M(
    "pharmacy_note",
    "Pharmacist：[[NAME:陈淑贞]]问 Lipitor 能不能跟 grapefruit juice 一起。已解释 atorvastatin 少量没大问题但不建议大量喝。[[NAME:淑贞]]说她女儿[[NAME:Amy]]会帮她记，佢哋住 [[ADDRESS:Flat 6D, Tower 2, Laguna City, Lam Tin|Flat 6D|Tower 2|Laguna City]]。",
)
M(
    "discharge_summary",
    "Discharge summary\nName：[[NAME:Lee Siu Ming]]　HKID：[[ID:Y625184(<hk>)]]　DOB：[[DOB:23-Jun-1948]]\nDx：Acute exacerbation of COPD\n出院后 GOPC follow up 两星期。",
)
M(
    "complaint_letter",
    "To whom it may concern：我是[[NAME:Jennifer Zhou]]，我妈[[NAME:周玉梅]]上周在 A&E 等了 8 个钟都没人理。请回复我 email [[EMAIL:jzhou.family@outlook.com]]。",
)
M(
    "insurance_claim",
    "Claim form\nInsured：[[NAME:Wong Ka Yan]]\nDOB：[[DOB:14/02/1986]]\n诊断：appendicitis，已做 lap appendicectomy\nPolicy 有效，申请 hospital cash benefit。",
)
M(
    "outpatient_dialogue",
    "医生：[[NAME:小杰]] mummy，他这个 eczema 要每日搽 moisturizer，唔好用太热嘅水冲凉。\n妈妈：好，[[NAME:小杰]]成日痕到喊。",
)
M(
    "elder_care_note",
    "Care home note：Mr [[NAME:Tan]] 今日 refused breakfast，话冇胃口。[[NAME:Tan Ah Kow|Tan|Ah Kow]] 个女下午来探，已同佢讲 weight loss 嘅事。",
)
M(
    "home_visit_note",
    "Home visit：到Aunty [[NAME:Mary]]家 check BP，148/86。她住在 [[ADDRESS:Blk 214 Jurong East St 21 #08-117|Blk 214|Jurong East St 21|#08-117]]，lift 经常坏。NRIC [[ID:S4410937<nric>]]。",
)
M(
    "wechat_group",
    "[[NAME:Lily]]：爷爷 ward 换了，现在 6B 病房\n[[NAME:Jack]]：OK，visiting hour 几点？\n[[NAME:Lily]]：下午3点到8点，[[NAME:Jack]]你带点水果",
)
M(
    "voice_message",
    "语音转写：喂[[NAME:Daniel]]啊 你爸今天那个 colonoscopy 做完了 说有两个 polyp 切掉了 下礼拜拿报告",
)
M(
    "phone_followup",
    "Follow-up call：[[NAME:何志强]]话 warfarin 减咗量之后冇再流鼻血。[[NAME:志强]]问下次 INR 几时抽，已约下星期三。",
)
M(
    "online_consult",
    "用户：我是[[NAME:Sophie]]，宝宝 3 个月，[[DOB:2024年1月26日]]出生的，今天打完 vaccine 发烧 38.5，要紧吗？\n医生：接种后发热常见，可以物理降温，超过39度或持续两天要就医。",
)
M(
    "referral_letter",
    "Dear Dr. [[NAME:欧阳]],\n兹转介[[NAME:Peter Lam]]，45M，DOB [[DOB:05/08/1978]]，recurrent gout，uric acid 560，allopurinol 已用三个月仍 flare。Thanks！",
)
M(
    "sick_leave_form",
    "MC（medical certificate）\n兹证明 [[NAME:Chan Tai Man]]（HKID [[ID:C318472(<hk>)]]）因 acute gastroenteritis，需休息 2 days（2024年3月4日至5日）。",
)
M(
    "social_work_note",
    "Case note：[[NAME:Michelle]]（14岁）因 depression 转介，父母离异，跟外婆住。[[NAME:Michelle]]外婆电话[[PHONE:6284 1937]]，已约 family meeting。",
)
M(
    "nursing_handover",
    "Handover：Bed 22 Mdm [[NAME:Lim]]，CVA，NBM，NG feeding。[[NAME:Lim Bee Hoon]]的儿子说明天想带 home-cooked food，已告知要 speech therapist 先评估。NRIC [[ID:S5237184<nric>]]。",
)
M(
    "wechat_group",
    "表姐[[NAME:Candy]]：[[NAME:Candy]]刚看到群消息，舅舅手术顺利吗\n[[NAME:Bryan]]：顺利，现在在 ICU observe 一晚",
)
M(
    "chat_message",
    "Hello医生，我叫[[NAME:Ivy]]，我外婆[[NAME:苏凤兰]]在 nursing home，[[DOB:1936年2月29日]]生的，最近 UTI 反复，问可以预防吗？",
)
M(
    "outpatient_dialogue",
    "患者：Doctor [[NAME:王]]，我上次 blood test 个 cholesterol 好高。\n医生：Mr [[NAME:Ho]]，LDL 4.2，我们先试三个月 diet，再 check。",
)
M(
    "pharmacy_note",
    "药房：[[NAME:Angela]]来拿她妈的 Eliquis，已提醒 apixaban 漏服不要 double。[[NAME:Angela]]留了电话[[PHONE:+852 9316 4082]]。",
)
M(
    "discharge_summary",
    "Discharge：[[NAME:Liu Fang]]，F/34，G2P1，NSVD 后第2天，BB boy，[[DOB:2024-04-02]] 出生，Apgar 9/10。Hospital No. [[MRN:QM24-031877]]。",
)
M(
    "phone_followup",
    "电话：Hi，是[[NAME:Kenny]]爸爸吗？[[NAME:Kenny]]的 allergy test 出了，对 dust mite 过敏，医生想约你们 review，请回电 [[PHONE:9028 5517]]。",
)
M(
    "voice_message",
    "Voice message：妹妹你跟[[NAME:Vincent]]讲声，阿爷个 pacemaker check 改咗星期五，唔好走错 clinic",
)
M(
    "home_visit_note",
    "Home visit note：Uncle [[NAME:Robert]]住[[ADDRESS:新界沙田禾輋邨豐順樓1503室|禾輋邨|豐順樓1503室]]，bedbound，sacral sore stage 2，已教工人换药。",
)
M(
    "elder_care_note",
    "日间中心 log：[[NAME:Margaret]]今日 BP 160/95，她说 forgot 吃药。已通知她儿子[[NAME:Stanley Ng]]，[[PHONE:9173 2846]]。",
)
M(
    "online_consult",
    "Q：我 friend [[NAME:Yuki]] 被诊断 Graves，要吃 carbimazole，她怀孕了可以吗？\nA：孕早期一般改用 PTU，需要内分泌科调整。",
)
M(
    "complaint_letter",
    "Complaint：本人[[NAME:Lau Wing Kei]]于3月8日于贵院 radiology 做 MRI，被要求等候四小时，期间无人解释。请致电[[PHONE:9652 0734]]跟进，HKID [[ID:E592037(<hk>)]]。",
)
M(
    "insurance_claim",
    "理赔：Insured [[NAME:Chen Xiaoyu]]，ID [[ID:44030419910215462<gb>]]，hospitalisation 5 days for dengue，总费用 ¥8,650。",
)
M(
    "school_health_note",
    "Health note：[[NAME:Aiden Lim]] has G6PD deficiency，请学校避免使用樟脑丸和 naphthalene 产品。家长[[NAME:Joanne]]，[[PHONE:+65 9174 2086]]。",
)
M(
    "wechat_group",
    "Uncle [[NAME:Ben]]：医生讲阿妈要 dialysis\n[[NAME:Serena]]：咁快？上个月 creatinine 先 300\nUncle [[NAME:Ben]]：今次 600 几，要开始 PD",
)
M(
    "nursing_handover",
    "Handover：[[NAME:Chloe]]，peds ward bed 3，bronchiolitis，O2 via NC 1 L。[[NAME:Chloe]]妈妈今晚陪住，[[NAME:Chloe]]爸爸明早来换班。",
)
M(
    "social_work_note",
    "Note：[[NAME:Jeffrey Kwok]]失业后 alcohol 问题加重，太太[[NAME:Ada]]带两个小朋友搬回娘家。已转介 addiction clinic。[[NAME:Ada]] 电话 [[PHONE:6371 9054]]。",
)
M(
    "chat_message",
    "你好我想 book 个 health check，我叫[[NAME:Wendy Tsang]]，[[DOB:1979年11月30日]]生，email [[EMAIL:wendy.tsang79@gmail.com]]。",
)
M(
    "online_consult",
    "Hi 医生，我係[[NAME:Natalie]]，我阿爸[[NAME:Ho Kwok Keung]]住[[ADDRESS:Flat 1804, Block C, Kornhill, Quarry Bay|Flat 1804|Block C|Kornhill]]，佢行唔到落街，有冇 outreach doctor？",
)
# ---------------------------------------------------------------------------
# mixed PHI-free look-alikes
# ---------------------------------------------------------------------------
M(
    "outpatient_dialogue",
    "医生：你个 {{Hashimoto}} 嘅 antibody 好高，但 thyroid function 正常。\n病人：要唔要食 {{Eltroxin}}？\n医生：暂时唔使，半年后 check。",
)
M(
    "pharmacy_note",
    "药师：{{Panadol}} 同 {{Panadol Extra}} 唔同，后者有 caffeine，夜晚食可能瞓唔着。",
)
M(
    "wechat_group",
    "表哥：Doctor 话阿爸系 {{Parkinson's}}，唔系 stroke\n表嫂：咁要食 {{Madopar}}？\n表哥：系，一日三次",
)
M(
    "online_consult",
    "Q：宝宝 {{Apgar}} 8分 正常吗？\nA：Apgar 7到10分属正常，1分钟和5分钟评分都要看，{{NICU}} 观察不一定需要。",
)
M(
    "nursing_handover",
    "Handover：Bed 12 {{Crohn's disease}} flare，on IV {{hydrocortisone}}，stool 6次/日，I/O chart 继续。",
)
M(
    "discharge_summary",
    "Discharge：Dx {{Bell's palsy}}，prednisolone 60 mg x 7 days，eye patch at night，{{2 weeks}} 后 neuro clinic follow up。",
)
M(
    "voice_message",
    "语音：我而家喺 {{Queen Mary Hospital}} 门口，{{Pok Fu Lam Road}} 塞车，迟十分钟到",
)
M(
    "insurance_claim",
    "Policy 说明：保费缴付有 {{grace period}} 31 天，过期未缴保单会 lapse。已有 {{pre-existing condition}} 不保。",
)
M(
    "school_health_note",
    "Notice：最近 {{hand, foot and mouth disease}} 个案增加，出现 fever 或 {{rash}} 的学生请留家休息。",
)
M(
    "social_work_note",
    "小组名称：“{{Hope}} 同行”癌症家属支援小组，逢周三晚7点，地点 {{Maggie's Centre}}。",
)
M(
    "phone_followup",
    "Call log：病人 BP 控制好，{{Amlodipine}} 5 mg 继续，{{3 months}} 后 GOPC review。",
)
M(
    "outpatient_dialogue",
    "病人：Doctor，食咗呢隻药 {{will}} I feel dizzy？\n医生：{{Metformin}} 通常唔会头晕，最常见系肚泻，慢慢会好。",
)
M(
    "elder_care_note",
    "Activity log：今日 {{bingo}} 活动，之后 {{tai chi}} 半小时，两位院友话膝头痛，已休息。",
)
M(
    "pharmacy_note",
    "Counselling：{{Augmentin}} 要同饭一齐食，减少肠胃不适；如果出现 {{rash}} 要停药返诊。",
)
M(
    "wechat_group",
    "姨妈：今日 {{CRP}} 跌返 5，医生话感染控制咗\n表妹：{{Great}}！几时可以出院",
)
M(
    "referral_letter",
    "Referral：疑似 {{Addison's disease}}，早晨 cortisol 85 nmol/L，请 {{endocrinology}} 安排 Synacthen test。",
)
M(
    "online_consult",
    "Q：{{Down syndrome}} 筛查 high risk 一定要做羊水穿刺吗？\nA：可以先做 {{NIPT}}，阳性再考虑羊穿确诊。",
)
M(
    "home_visit_note",
    "Home visit：{{Baker's cyst}} 右膝，约 3 cm，已建议 {{physio}} 及冰敷。",
)
M(
    "complaint_letter",
    "Feedback：{{A&E}} 分流护士态度好，但候诊区冷气太大，老人家坐几个钟会着凉，建议提供{{毛毯}}。",
)
M(
    "discharge_summary",
    "Discharge note：{{Guillain-Barré}} syndrome，IVIG 5 days completed，可以行 {{Zimmer frame}}。",
)
M(
    "chat_message",
    "医生你好，我睇咗 {{Mayo Clinic}} 网站话 {{Raynaud's}} 要保暖，我手指冬天变白，需唔需要睇专科？",
)
M(
    "nursing_handover",
    "Handover：{{Glasgow Coma Scale}} E3V4M6，{{pupils}} equal and reactive，继续 neuro obs q2h。",
)
M(
    "sick_leave_form",
    "Fitness note：{{carpal tunnel}} release 后，可以返工 {{light duties}}，避免重复用力。",
)
M(
    "voice_message",
    "语音：医生话阿爸个血糖 {{rose}} 到 15，叫我哋 check 下佢有冇偷食甜嘢，{{St Teresa's}} 嗰边约咗下昼三点",
)
M(
    "school_health_note",
    "Reminder：有 {{EpiPen}} 嘅同学请交一支备用俾校务处，注意{{有效期}}。",
)
# ---------------------------------------------------------------------------
# en rows with PHI -- names without titles, narrative addresses and DOBs
# ---------------------------------------------------------------------------
E(
    "en_case_note",
    "ED triage: 78F brought in after a fall at home. [[NAME:Kevin]] drove her in and is waiting outside. She's been staying at her son's place, [[ADDRESS:14 Carrington St, Lower Hutt|14 Carrington St]], since the hip replacement. NHI [[MRN:ZQB472<nhi>]].",
)
E(
    "whatsapp_group",
    "[[NAME:Marguerite]]: Mum's bloods came back, potassium a bit low\n[[NAME:Declan]]: Did they say if she can come home Friday?\n[[NAME:Marguerite]]: Registrar said maybe, depends on the physio. She'll have to come to mine, [[ADDRESS:7 Ashgrove Terrace, Ennis, Co. Clare V95 T3K8|7 Ashgrove Terrace|V95 T3K8]], the stairs at hers are too much",
)
E(
    "phone_followup",
    "Spoke to [[NAME:Hope]] this morning re: her dad's wound. Dressing changed by the district nurse yesterday, no discharge, no fever. [[NAME:Hope]] asked about the next clinic appointment - booked for the 14th. His hospital number is [[MRN:RJ1283307]].",
)
E(
    "discharge_summary",
    "Dear Dr [[NAME:Patel]],\nI saw [[NAME:Faith Odukoya]] in clinic today. [[NAME:Faith]] was born on the [[DOB:3rd of May 1961]] and has had type 2 diabetes since her forties. Her HbA1c has improved to 58 mmol/mol on the current regime. NHS number [[MRN:721 904 385<nhs>]].",
)
E(
    "referral_letter",
    "Re: [[NAME:Hunter McAllister]], DOB [[DOB:3.5.61]]\nThank you for seeing this 62-year-old man with a 6-month history of exertional chest tightness. [[NAME:Hunter]] is an ex-smoker and his father died of an MI at 58. ECG shows lateral T-wave inversion. He lives at [[ADDRESS:6 Quarry Lane, Stirling FK7 9JR|6 Quarry Lane|FK7 9JR]] with his wife.",
)
E(
    "en_chat",
    "hi, it's [[NAME:Rosie]] again - my nan's been really confused since yesterday and keeps asking for Grandad who died in 2019. could it be a UTI? she's 89 and lives with us now at [[ADDRESS:12 Pennine View, Huddersfield HD4 6TQ|12 Pennine View|HD4 6TQ]]",
)
E(
    "nursing_handover",
    "Bay 3, bed 2: [[NAME:Robert Tremayne]], known as [[NAME:Bobby]], day 2 post TKR. Mobilised with frame x2. Pain controlled on oxycodone PRN. [[NAME:Liz]], his daughter, is collecting him tomorrow if OT are happy.",
)
E(
    "complaint_letter",
    "I am writing on behalf of my mother, [[NAME:Eileen Mahony]], (MRN [[MRN:0734192]]), who was left on a trolley for 19 hours in the emergency department on 2 March. My mother is 84. You can reach me on [[PHONE:087 642 1953]] or at [[ADDRESS:Knockbrack, Ballinhassig, Co. Cork, P43 XK72|Knockbrack|Ballinhassig|P43 XK72]].",
)
E(
    "home_visit_note",
    "Home visit. [[NAME:Will]] answered the door - he's the lodger, not family - and said [[NAME:Doreen]] had been in bed since Tuesday. [[NAME:Doreen]] was born [[DOB:2 February 1937]] and has lived alone for years. She lives at [[ADDRESS:flat 3, 22 Balfour Rd, Brighton BN1 6NE|flat 3|22 Balfour Rd|BN1 6NE]]. Obs stable, chest clear, some pressure redness on the sacrum.",
)
E(
    "sick_leave_form",
    "Fit note\nPatient: [[NAME:Grace Mbeki]]  DOB [[DOB:30/06/1979]]\nCondition: lumbar disc prolapse\nI advise that this person is not fit for work for 4 weeks. NHS number [[MRN:412 683 951<nhs>]].",
)
E(
    "school_health_note",
    "Note for school: [[NAME:Tyler]] has been diagnosed with coeliac disease and (DOB [[DOB:14.10.2015]]) must have a strictly gluten-free lunch. Please contact his mum, [[NAME:Jodie Pearce]], on [[PHONE:07700 900418]] or [[EMAIL:jodie.pearce@btinternet.com]] with any questions.",
)
E(
    "pharmacy_note",
    "Counselled [[NAME:Ngaire]] (NHI [[MRN:PRK513<nhi>]]) on her new inhaler technique. [[NAME:Ngaire]] had been using the preventer only when wheezy. Explained it must be twice daily. Her partner [[NAME:Hemi]] picks up the scripts.",
)
E(
    "online_consult",
    "Patient message: Hi, this is [[NAME:Courtney]], I had my gallbladder out three weeks ago and now my right shoulder aches. Is that normal? My number is [[PHONE:(312) 555-0164]] if a nurse can call, or email [[EMAIL:courtney.b.89@yahoo.com]].",
)
E(
    "elder_care_note",
    "Resident review: [[NAME:Arthur]] has lost 3 kg this month. [[NAME:Arthur]] says the food is too salty. Discussed with his daughter [[NAME:Pauline]], who will bring in his own cereal. Refer to dietitian. NHS no. [[MRN:438 120 667<nhs>]].",
)
E(
    "social_work_note",
    "Met with [[NAME:Shayla]] and her grandmother. [[NAME:Shayla]] (15) has missed six weeks of school since the diabetes diagnosis. Grandmother [[NAME:Loretta Whitehorse]] is the primary carer; they live at [[ADDRESS:Rural Route 2, Box 114, Wolseley, SK S0G 5H0|Rural Route 2, Box 114|S0G 5H0]].",
)
E(
    "discharge_summary",
    "Discharge summary - respiratory\n[[NAME:Dermot Keane]], b. [[DOB:12/07/1949]], PPS [[ID:6382917<pps>]]\nAdmitted with community-acquired pneumonia; treated with IV co-amoxiclav then oral. Home to [[ADDRESS:Carrowmore, Ballina, Co. Mayo F26 W8D2|Carrowmore|F26 W8D2]] with his wife [[NAME:Bridget]].",
)
E(
    "referral_letter",
    "Thank you for seeing [[NAME:Tamika Brooks]] (MRN [[MRN:00482917]]) (DOB [[DOB:01/17/1985]]) with worsening Raynaud's and new digital ulcers. [[NAME:Brooks]] has a positive ANA and anti-centromere antibodies.",
)
E(
    "phone_followup",
    "Call back to [[NAME:Sunny]] re her father's anticoagulation. She confirmed he's taking apixaban 5 mg twice a day. Daughter-in-law [[NAME:Mei]] manages the blister packs. Next review in 3 months; [[NAME:Sunny]]'s number is [[PHONE:(905) 555-0126]].",
)
E(
    "en_chat",
    "hey [[NAME:gaz]] can u ring the surgery tomorrow and ask about dad's prescription, they said it'd be ready thurs but nobody called. cheers mate",
)
E(
    "nursing_handover",
    "Handover - Mrs [[NAME:Okafor]] in side room 4, neutropenic, MRN [[MRN:K7749130]]. [[NAME:Okafor]] spiked 38.6 at 0200, blood cultures sent, pip-taz started. Husband [[NAME:Chinedu]] staying overnight.",
)
E(
    "voice_message",
    "voice message transcript: hi it's [[NAME:Dawn]] from number 9 just letting you know your dad's been out in the garden in his slippers again and he looked a bit unsteady, might be worth popping round",
)
E(
    "insurance_claim",
    "Claim for hospital expenses. Member [[NAME:Jarrah Wilson]], born [[DOB:17 September 1988]], Medicare number [[MRN:2953 1842<medicare> 1]]. Admission: appendicectomy, private hospital, 3 nights.",
)
E(
    "home_visit_note",
    "Visited [[NAME:Joan]] at her unit, [[ADDRESS:2/17 Smith St, Fitzroy VIC 3065|2/17 Smith St|3065]]. Pill organiser not being used; two days of tablets still in it. [[NAME:Joan]] says her neighbour [[NAME:Trish]] usually reminds her. [[NAME:Joan]]'s DOB is [[DOB:4/9/1933]].",
)
E(
    "complaint_letter",
    "To the Patient Advocate: my husband [[NAME:Luis Ortega]] was discharged without his new medication list and ended up taking both his old and new blood pressure pills. His date of birth is [[DOB:October 3, 1952]]. We live at [[ADDRESS:2914 Jackson Ave, Apt 112, McAllen, TX 78501|2914 Jackson Ave|Apt 112|78501]]. Please call me at [[PHONE:(956) 555-0112]]. [[NAME:Maria Ortega]]",
)
E(
    "outpatient_dialogue",
    "Doctor: And who's this with you today?\nPatient: This is [[NAME:Callum]], my partner. He remembers things better than I do.\n[[NAME:Callum]]: She's been getting the headaches about three times a week, mostly in the mornings.",
)
E(
    "school_health_note",
    "Dear parents, [[NAME:Aroha]] (NHI [[MRN:AJT286<nhi>]]) had a nosebleed during maths that took about 15 minutes to stop. She's fine now but we'd suggest a GP check if it happens again. Kind regards, school office",
)
E(
    "pharmacy_note",
    "Methadone dosing: [[NAME:Darren]] presented 40 minutes late, appeared drowsy. Dose withheld and prescriber contacted. [[NAME:Darren]] to return at 2 pm for reassessment.",
)
E(
    "elder_care_note",
    "Care plan update: [[NAME:Mavis]] now needs two carers for transfers. [[NAME:Mavis]]'s son [[NAME:Graham Pike]] agreed to the hoist; he can be reached on [[PHONE:0113 496 0527]].",
)
E(
    "email_message",
    "From: [[EMAIL:kath.dunleavy@eircom.net]]\nHi, I'm [[NAME:Kathleen Dunleavy]], carer for my brother [[NAME:Seamus]]. His MRN is [[MRN:0391847]]. He needs a copy of his discharge letter for the welfare office. Thanks, [[NAME:Kath]]",
)
E(
    "social_work_note",
    "[[NAME:Brandon]] (DOB [[DOB:22/11/1990]]) disclosed that he has been sleeping in his car since his mother died. He has a leg ulcer that's been dressed in ED twice. Referred to housing; contact via his aunt [[NAME:Shelley]].",
)
E(
    "en_case_note",
    "GP note: [[NAME:Priya]] attended with her mother-in-law, who speaks little English. [[NAME:Priya]] interpreted. Mother-in-law has had fatigue and weight loss; bloods ordered. Consider a professional interpreter next visit. [[NAME:Priya]]'s mobile: [[PHONE:07700 900526]].",
)
E(
    "discharge_summary",
    "[[NAME:Shane O'Rourke]], 41, MRN [[MRN:H2274918]], discharged day 4 after laparoscopic repair of a perforated ulcer. [[NAME:O'Rourke]] was advised to stop NSAIDs. His partner [[NAME:Niamh]] will bring him to the surgical clinic in two weeks.",
)
E(
    "phone_followup",
    "Phone review. Spoke with [[NAME:Marcus]] (patient) and [[NAME:Tanya]] (wife) on speaker. BP readings at home averaging 142/88. [[NAME:Tanya]] worried about the dizziness on standing. Reduce ramipril to 5 mg. Home phone [[PHONE:(519) 555-0191]].",
)
E(
    "whatsapp_group",
    "[[NAME:Chris]]: Dad's out of surgery, all went well\n[[NAME:Becky]]: Thank god!! Can we visit tonight?\n[[NAME:Chris]]: Only two at a time, I'll go first then [[NAME:Becky]] and [[NAME:Jonno]] after",
)
E(
    "referral_letter",
    "Dear colleague, I'd be grateful if you could see [[NAME:Cheyenne Running-Bear]] who was born [[DOB:June 4, 1993]] and has a 2-year history of recurrent pelvic pain. Ultrasound shows a 4 cm endometrioma on the left. Her MRN here is [[MRN:30082741]].",
)
E(
    "insurance_claim",
    "Short-term disability claim\nEmployee: [[NAME:Russell Beaumont]]\nSSN: [[ID:219-47-3385]]\nDate of birth: [[DOB:11/23/1970]]\nLast day worked: 03/08/2024\nDiagnosis: rotator cuff tear, surgical repair scheduled.\nPlease send correspondence to [[ADDRESS:PO Box 2207, Helena, MT 59624|PO Box 2207|59624]].",
)
E(
    "en_chat",
    "My sister [[NAME:Rose]] is 34 and has just been told she has MS. She's in bits. What questions should she be asking the neurologist? Thanks, [[NAME:Annie]]",
)
E(
    "home_visit_note",
    "Community nurse visit to [[NAME:Terence]], [[ADDRESS:Apt 4C, 318 W 112th St, New York, NY 10026|Apt 4C|318 W 112th St|10026]]. Leg ulcer measuring 3 x 2 cm, healthy granulation. Compression re-applied. [[NAME:Terence]] declined the podiatry referral. DOB [[DOB:1944-03-15]].",
)
E(
    "nursing_handover",
    "Night handover: [[NAME:Dylan]] (MRN [[MRN:P00918244]]) in cot 6, 14 months, bronchiolitis, high-flow 2 L/kg. Mum [[NAME:Kayla]] breastfeeding, tolerated well. [[NAME:Dylan]] had one desat to 88% at 0300, self-resolved.",
)
E(
    "voice_message",
    "transcribed voicemail: yeah hi this is [[NAME:Trevor Bassett]] calling about my wife [[NAME:Lorraine]], she had the scan on Monday and we haven't heard anything, her date of birth is [[DOB:the 9th of November 1958]], my mobile is [[PHONE:0491 570 156]], thanks",
)
E(
    "sick_leave_form",
    "Medical certificate\nThis is to certify that [[NAME:Aiyana Blackwood]] (DOB [[DOB:Aug 21, 2011]]) attended this clinic on 9 April 2024 and will be unfit for school until 12 April 2024 inclusive due to influenza A.",
)
E(
    "complaint_letter",
    "Dear Sir/Madam,\nI am complaining about the care my father, [[NAME:Winston Clarke]], received on Ward 7 (hospital number [[MRN:W0291736]]). [[NAME:Winston]] was not given his Parkinson's medication on time for two days. I am his daughter [[NAME:Marcia]].",
)
E(
    "outpatient_dialogue",
    "Nurse: Can I confirm your date of birth?\nPatient: [[DOB:22nd of August 1955]].\nNurse: And the first line of your address?\nPatient: [[ADDRESS:9 Hawthorn Close, Kidderminster DY11 7QL|9 Hawthorn Close|DY11 7QL]].",
)
E(
    "referral_letter",
    "Re: [[NAME:Siobhan Fitzgerald]], DOB [[DOB:08/11/1972]], MRN [[MRN:B2174093]]\n[[NAME:Siobhan]] is a 51-year-old teacher with a 3-month history of dysphagia to solids. [[NAME:Fitzgerald]] has lost 5 kg. OGD requested urgently.",
)
E(
    "email_message",
    "Hi there, my name is [[NAME:Devon Achterberg]] and I'm emailing about my son's ADHD review. He was born [[DOB:March 2, 2014]]. Please reply to [[EMAIL:devon.achterberg@shaw.ca]] or call [[PHONE:(403) 555-0178]]. Thanks, [[NAME:Devon]]",
)
E(
    "home_visit_note",
    "Mr and Mrs [[NAME:Halvorsen]] have moved to a basement suite at [[ADDRESS:1147 Kingsway, Vancouver, BC V5V 3C9|1147 Kingsway|V5V 3C9]]. [[NAME:Ingrid]] is managing his insulin but struggles with the pen. Re-educated; she demonstrated correctly. Phone [[PHONE:(604) 555-0184]].",
)
E(
    "insurance_claim",
    "Health claim - Ontario\nPatient: [[NAME:Mathieu Gagnon]], born [[DOB:1983-07-29]]\nHealth card: [[MRN:5827-193-46<luhn>-KT]]\nSIN (for payroll deduction): [[ID:527 318 64<luhn>]]\nService: physiotherapy, 6 sessions",
)
E(
    "whatsapp_group",
    "Aunty [[NAME:Val]]: how is Nana [[NAME:Pat]] today?\n[[NAME:Stacey]]: Better, she ate some toast and had a cup of tea. The nurse said her sodium is coming up\nAunty [[NAME:Val]]: oh thank goodness",
)
E(
    "outpatient_dialogue",
    "Doctor: So your GP wrote that you've had the cough since Christmas?\nPatient: Yeah. My wife [[NAME:Sandra]] made me come, to be honest.\nDoctor: Good on [[NAME:Sandra]]. Any blood in the phlegm, weight loss, night sweats?",
)
E(
    "phone_followup",
    "Telephone consultation. Patient's son [[NAME:Ravi Menon]] called; his father is now staying with him at [[ADDRESS:Unit 5, 33 Beach Rd, Coogee NSW 2034|Unit 5|33 Beach Rd|2034]]. Requested repeat prescriptions be sent to a local pharmacy. Father's Medicare number [[MRN:4127 5093<medicare> 2]].",
)
E(
    "social_work_note",
    "Safeguarding: [[NAME:Kayleigh]] (19, 32/40 pregnant) told the midwife her boyfriend takes her phone. She is staying at a friend's, [[ADDRESS:44 Fernbank Avenue, Leeds LS13 3JT|44 Fernbank Avenue|LS13 3JT]]. Advised of refuge options; she declined today. Safe number: [[PHONE:07700 900839]].",
)
E(
    "en_case_note",
    "Clinic note: [[NAME:Will Hartigan]] reviewed with his father. [[NAME:Hartigan]] (DOB [[DOB:02.06.2006]]) is 17 and was started on sertraline 6 weeks ago. Mood slightly better, sleeping more. No self-harm since last visit.",
)
E(
    "nursing_handover",
    "ICU handover: [[NAME:Faisal]], 34, post-MVA, intubated, sedated. Wife [[NAME:Noor]] and brother visited 1800-2000; [[NAME:Noor]] asked to be called overnight if anything changes - they've just moved to [[ADDRESS:Flat 9, Marlowe Court, 61 Hornsey Rd, London N7 6DG|Flat 9|Marlowe Court|61 Hornsey Rd|N7 6DG]] - mobile [[PHONE:07700 900271]].",
)
E(
    "pharmacy_note",
    "Dispensing note: Ms [[NAME:Kowalczyk]] collected warfarin for her mother. [[NAME:Kowalczyk]] says her mother's INR was 4.1 last week; dose was reduced by the anticoagulation clinic. Checked new dose on the yellow book. Mother's NHS number [[MRN:517 204 389<nhs>]].",
)
E(
    "discharge_summary",
    "DISCHARGE LETTER\nPatient: [[NAME:Kwame Asante]]  NHS No: [[MRN:604 281 773<nhs>]]\nDate of birth: [[DOB:19-Jan-1980]]\nDiagnosis: sickle cell crisis. Analgesia weaned to oral. [[NAME:Kwame]] to attend haematology day unit in 1 week.",
)
E(
    "school_health_note",
    "Medication at school: [[NAME:Harper]] (DOB [[DOB:9 Dec 2016]]) needs her hydrocortisone at lunchtime (congenital adrenal hyperplasia). In an emergency please ring her dad, [[NAME:Jamie Lockhart]], on [[PHONE:0161 496 0733]].",
)
E(
    "elder_care_note",
    "Home care log: arrived 08:30, [[NAME:Clifford]] still in bed, wet. Assisted with wash and breakfast. [[NAME:Clifford]] told me his daughter hasn't visited in weeks. Left message for the coordinator. He lives at [[ADDRESS:31 Orchard Way, Taunton TA1 2PX|31 Orchard Way|TA1 2PX]] - key safe code with office.",
)
E(
    "complaint_letter",
    "I wish to raise a concern about my son [[NAME:Oisin]], who waited nine months for an ENT appointment. [[NAME:Oisin]] is six and has had grommets before. His PPS number is [[ID:7419305<pps>]]. Our address is [[ADDRESS:27 Glenageary Park, Dún Laoghaire, Co. Dublin A96 R2X4|27 Glenageary Park|A96 R2X4]].",
)
E(
    "online_consult",
    "Message from [[NAME:Summer]]: hi I'm 22 weeks and my feet are really swollen by the end of the day, is that ok? no headaches. [[NAME:Summer]]",
)
E(
    "voice_message",
    "voicemail: hiya it's [[NAME:Nicola]], [[NAME:Jack]]'s mum, ringing about his asthma review, the letter says Tuesday but he's got a school trip, could we move it? my number's [[PHONE:07700 900644]]",
)
E(
    "referral_letter",
    "Dear Dr [[NAME:Nguyen]],\nI would be grateful if you could review [[NAME:Elspeth Morrow]], an 83-year-old with new atrial fibrillation. She lives independently at [[ADDRESS:PO Box 318, Mount Barker SA 5251|PO Box 318|5251]] and drives herself. Medicare [[MRN:5104 7723<medicare> 1]]. CHA2DS2-VASc 4.",
)
E(
    "en_chat",
    "My dad [[NAME:Ron]] keeps falling asleep at the wheel, he's 72, had a sleep study years ago and never used the CPAP. He's on his own out at [[ADDRESS:1180 Old Hwy 9, Mono, ON L9W 2Y8|1180 Old Hwy 9|L9W 2Y8]]. How do I get him to see someone?",
)
E(
    "home_visit_note",
    "Postnatal visit, day 5. [[NAME:Jasmine]] and baby [[NAME:Leo]] at home, [[ADDRESS:Apt 2B, 1420 Elm Street, Dallas, TX 75201|Apt 2B|1420 Elm Street|75201]]. Baby feeding every 3 hrs, weight down 6%. [[NAME:Jasmine]]'s mother staying to help. Baby MRN [[MRN:BW2209415]].",
)
E(
    "sick_leave_form",
    "Employee: [[NAME:Gareth Pryce]]\nNational Insurance no.: [[ID:JT 48 21 93 C]]\nThe above attended on 11 March 2024. May be fit for work with amended duties (no lifting over 10 kg) for 2 weeks.",
)
E(
    "nursing_handover",
    "Handover: [[NAME:Colleen]] in bed 11 (MRN [[MRN:1047729]]) is for theatre in the morning, nil by mouth from midnight. [[NAME:Colleen]]'s husband [[NAME:Frank]] will bring her glasses and hearing aids at 7.",
)
E(
    "phone_followup",
    "6-week follow-up call. [[NAME:Temperance]] (goes by [[NAME:Tempe]]) reports the rash has fully cleared after the course of prednisolone. No further action; discharged from dermatology.",
)
E(
    "social_work_note",
    "[[NAME:Lachlan]] and his brother [[NAME:Angus]] are now the primary carers for their dad after their mum passed. [[NAME:Lachlan]] is 17. The family home is [[ADDRESS:6/112 Darling St, Balmain NSW 2041|6/112 Darling St|2041]]. Referred to young carers support.",
)
E(
    "outpatient_dialogue",
    "Receptionist: Can I just check your details - name and date of birth?\nPatient: [[NAME:Yolanda Reyes]], [[DOB:July 19, 1966]].\nReceptionist: And we still have you at [[ADDRESS:2231 Mission St Apt 7, San Francisco, CA 94110|2231 Mission St Apt 7|94110]]?\nPatient: Yes.",
)
E(
    "whatsapp_group",
    "[[NAME:Deirdre]]: Did anyone hear from the hospital?\n[[NAME:Padraig]]: Just got off the phone, Da's going for a stent tomorrow\n[[NAME:Deirdre]]: I'll get the early train from Galway",
)
E(
    "discharge_summary",
    "Patient: [[NAME:Hollis Grant]]   MRN: [[MRN:7739102-4]]   DOB: [[DOB:1958-12-30]]\nAdmitted with diabetic ketoacidosis precipitated by missed insulin. Education provided. Follow-up with endocrinology in 2 weeks.",
)
E(
    "email_message",
    "Hello, I'm [[NAME:Anneliese]] from the community pharmacy. Your mum's blister pack was not collected this week. Could you let us know at [[EMAIL:anneliese.r@pharmacyhub.co.uk]] if she's in hospital? Many thanks",
)
E(
    "pharmacy_note",
    "Spoke with [[NAME:Cedric]] about his new statin. [[NAME:Cedric]] stopped the last one because of muscle aches. DOB [[DOB:17/03/1951]] for the record. Advised to report any pain early; CK if symptomatic.",
)
E(
    "elder_care_note",
    "Fall incident: [[NAME:Myrtle Grayson]] (URN [[MRN:UR0448127]]) found on the floor of her room at 0540. No head strike reported. [[NAME:Grayson]] on apixaban - GP informed and neuro obs commenced.",
)
E(
    "en_case_note",
    "GP consult: [[NAME:Harry]] brought in by his grandmother [[NAME:Beverley]], who has guardianship. Medicare [[MRN:3318 4962<medicare> 3]]. Recurrent tonsillitis (7 episodes this year). Referral to ENT for consideration of tonsillectomy.",
)
E(
    "complaint_letter",
    "I'm [[NAME:Sharon Delaney]] and I'm writing about my father's experience in the dialysis unit. Transport has been late 6 times this month. My number is [[PHONE:085 771 4206]]. Please respond to [[EMAIL:sharon.delaney62@gmail.com]].",
)
E(
    "voice_message",
    "dictated note: patient is [[NAME:Bruce]], 66, lives on a farm out past Dubbo, [[ADDRESS:RMB 4472, Wongarbon NSW 2831|RMB 4472|2831]], rarely comes to town. Discussed skin checks; two lesions for excision.",
)
E(
    "school_health_note",
    "Head lice notice sent home for [[NAME:Maisie]] and [[NAME:Ruby]] (twins, Year 2). Parent [[NAME:Kerry]] aware and treating tonight.",
)
E(
    "home_visit_note",
    "Visited [[NAME:Walter]] at his daughter's, [[ADDRESS:88 Queen St S, Unit 1207, Hamilton, ON L8P 3S5|88 Queen St S|Unit 1207|L8P 3S5]]. OHIP [[MRN:6049-381-27<luhn>]]. Oxygen concentrator in use 16 h/day. [[NAME:Walter]] still smoking on the balcony; counselled re fire risk.",
)
E(
    "phone_followup",
    "Returned call to [[NAME:Marjorie]] - her husband [[NAME:Len]] has had loose stools since starting the antibiotics. They're at [[ADDRESS:3/45 Belmore Rd, Randwick NSW 2031|3/45 Belmore Rd|2031]] now. Advised fluids; if more than 6 a day or blood, to attend. Call back number [[PHONE:(02) 5550 3142]].",
)
E(
    "outpatient_dialogue",
    "Consultant: Morning. You must be [[NAME:Grace]]'s husband?\nHusband: That's right, [[NAME:Ken]].\nConsultant: Thanks for coming, [[NAME:Ken]]. [[NAME:Grace]], the biopsy shows the lump is benign - a fibroadenoma.",
)
E(
    "insurance_claim",
    "Claimant: [[NAME:Desmond Achebe]]   Date of birth: [[DOB:3 April 1977]]\nAddress: see attached\nSocial Insurance Number: [[ID:712 604 38<luhn>]]\nDescription of injury: fractured left wrist, fall at work.",
)
E(
    "nursing_handover",
    "Evening handover: [[NAME:Ivy]] in 2B had a good day, ate all of lunch. Her great-grandson [[NAME:Mason]] visited. [[NAME:Ivy]]'s catheter is due to be removed tomorrow morning.",
)
E(
    "en_chat",
    "Hi, it's [[NAME:Caitlin]]. [[NAME:Caitlin]] here again about Mam - she was born [[DOB:14.2.1948]] if that helps find her records. She was in last week with chest pain.",
)
E(
    "discharge_summary",
    "Discharge to home. [[NAME:Patrick Okonkwo-Hale]], MRN [[MRN:HX-5531872]]. Post CABG x3, uneventful recovery. [[NAME:Okonkwo-Hale]] to attend cardiac rehab; wife [[NAME:Adaeze]] given wound care leaflet.",
)
E(
    "social_work_note",
    "[[NAME:Dakota]] (16) (DOB [[DOB:5 Oct 2007]]) presented with his foster carer [[NAME:Lynette Sorensen]]. [[NAME:Dakota]] requested contraception advice privately. Foster carer's number on file: [[PHONE:(780) 555-0143]].",
)
# ---------------------------------------------------------------------------
# en PHI-free look-alikes
# ---------------------------------------------------------------------------
E(
    "en_case_note",
    "Clinic note: 68M with {{Parkinson's disease}} diagnosed 2019. Increasing off-periods. {{Co-careldopa}} 25/100 five times daily. Consider referral for apomorphine.",
)
E(
    "online_consult",
    "Q: My TSH is 7.2 and I've been told I have {{Hashimoto's}}. Do I need treatment?\nA: With a TSH under 10 and no symptoms many guidelines suggest repeating in 3 months; {{levothyroxine}} is considered if it stays raised or you're planning pregnancy.",
)
E(
    "insurance_claim",
    "Important: your policy has a 30-day {{grace period}} for missed premiums. Claims for {{pre-existing conditions}} within the first 12 months are excluded.",
)
E(
    "phone_followup",
    "Phone review: BP {{rose}} to 168/94 after the amlodipine was stopped. Restarted at 5 mg. {{Will}} recheck in 2 weeks via the practice nurse.",
)
E(
    "social_work_note",
    "Discussed advance care planning. Patient has a {{living will}} lodged with her solicitor and wishes to remain at home. {{Power of attorney}} for health is her eldest child.",
)
E(
    "discharge_summary",
    "Diagnosis: {{Hunter syndrome}} (MPS II). Weekly {{idursulfase}} infusions to continue at the day unit. Next cardiac echo due in 6 months.",
)
E(
    "outpatient_dialogue",
    "Patient: I've got this lump behind my knee.\nDoctor: Feels like a {{Baker's cyst}}. Usually linked to arthritis in the joint. We'll get an {{ultrasound}} to be sure.",
)
E(
    "pharmacy_note",
    "OTC counselling: customer asked for {{Nurofen}} for back pain; on {{ramipril}} and furosemide. Advised paracetamol instead given kidney risk with the combination.",
)
E(
    "referral_letter",
    "Urgent referral to the {{Royal Melbourne Hospital}} stroke unit: 71F, sudden left arm weakness at 0915 today, {{NIHSS}} 6, CT brain no haemorrhage. Thrombolysis window open.",
)
E(
    "nursing_handover",
    "Handover: bay 4 has two patients on {{Addison's}} steroid cover; make sure {{hydrocortisone}} doses are given on time, not held for theatre.",
)
E(
    "school_health_note",
    "Reminder: the school nurse will be running {{HPV}} vaccinations for Year 8 on Thursday 14 March. Consent forms are due back by {{Monday}}.",
)
E(
    "elder_care_note",
    "Activity report: residents enjoyed the visit from the {{St John Ambulance}} cadets. Afternoon {{bingo}} was moved to the lounge because of the heat.",
)
E(
    "complaint_letter",
    "Feedback: parking at {{Addenbrooke's}} is impossible after 9 am. I circled for 40 minutes and missed my {{ophthalmology}} slot.",
)
E(
    "voice_message",
    "voice memo: remember to ask about the {{Mirena}} at the next appointment and whether the {{Depo}} injection is due before then",
)
E(
    "en_chat",
    "{{Hope}} this isn't a silly question but is it normal for {{Metformin}} to give you a metallic taste? Started it 2 weeks ago.",
)
E(
    "home_visit_note",
    "Home visit: wound on left shin improving, 2 x 1.5 cm. {{Aquacel}} applied, secondary dressing, {{Tubigrip}} size D. Next visit Friday.",
)
E(
    "email_message",
    "Dear all, the {{Grand Round}} this week is on sepsis pathways. Please note the room has moved to the {{Cushing Lecture Theatre}}, level 2.",
)
E(
    "sick_leave_form",
    "Fitness for work: following {{Whipple's procedure}} in January, patient may return to work on a {{phased return}} from 1 May, 3 days per week initially.",
)
E(
    "whatsapp_group",
    "Sis: They've moved Mum to the {{Mater}}\nBro: The one on {{Eccles Street}}?\nSis: Yeah, ward 3, visiting's 2 till 8",
)
E(
    "outpatient_dialogue",
    "Doctor: Your {{Graves' disease}} is back - the T4 is high again.\nPatient: So the {{carbimazole}} didn't work?\nDoctor: It did for a while. Now we should talk about radioiodine.",
)
E(
    "online_consult",
    "Q: What is a {{Bell's palsy}}? My face dropped on one side this morning.\nA: It's a sudden weakness of the facial nerve, but one-sided facial droop needs urgent assessment to rule out a {{stroke}} - please call 911 or go to the ER now.",
)
E(
    "en_case_note",
    "ICD-10: {{E11.9}}, {{I10}}. Annual diabetes review: feet intact, eGFR 64, urine ACR 2.1. Continue current meds. Retinal screening booked.",
)
E(
    "discharge_summary",
    "Discharged after {{Kawasaki disease}} treated with IVIG 2 g/kg and high-dose aspirin. Echo at 2 weeks and {{6 weeks}}.",
)
E(
    "pharmacy_note",
    "Counselling: {{Eliquis}} (apixaban) 5 mg twice daily. If a dose is missed take it as soon as remembered the same day; never double. Carry the {{alert card}}.",
)
E(
    "nursing_handover",
    "Night report: all quiet. The {{Glasgow}} score on bed 9 unchanged at 14. Chest drain on bed 12 {{swinging}}, not bubbling.",
)
E(
    "referral_letter",
    "Dear Registrar, referring a 34-year-old with {{Crohn's}} on {{infliximab}}, now with perianal pain and fever for 3 days. Query abscess. Seen in our rapid access clinic today.",
)
E(
    "school_health_note",
    "Please note: we are a {{nut-free}} school. Children with {{EpiPens}} must have two in date on site at all times.",
)
E(
    "elder_care_note",
    "Residents attended the {{Anzac Day}} service in the garden. Two residents declined lunch; weights to be checked {{Thursday}}.",
)
E(
    "phone_followup",
    "Called re: {{Holter}} result. Sinus rhythm throughout with occasional ectopics; no {{AF}} detected. Reassured; no further tests.",
)
E(
    "complaint_letter",
    "I am writing to thank the staff on {{Nightingale Ward}} for their kindness. The nurses went above and beyond, especially on {{Christmas Day}}.",
)
E(
    "voice_message",
    "voice to text: running late, stuck on the {{M50}}, tell reception I'll be there by half ten for the {{ECG}}",
)
E(
    "social_work_note",
    "Team meeting notes: the {{Faith}} community group at St Columba's offers weekly meals; suggested for isolated patients. {{Meals on Wheels}} waiting list is 3 weeks.",
)
E(
    "en_chat",
    "What's the difference between {{Tylenol}} and {{Advil}}? Which one is better for a fever in a 3 year old?",
)
E(
    "home_visit_note",
    "Visit note: the client's {{Zimmer frame}} has a loose leg; OT notified. Bath board fitted. {{Lifeline}} pendant tested and working.",
)
E(
    "insurance_claim",
    "Claim decision: procedure code {{47562}} (laparoscopic cholecystectomy) approved. Deductible met; {{coinsurance}} 20% applies.",
)
E(
    "outpatient_dialogue",
    "Nurse: Any allergies?\nPatient: Just {{penicillin}}, I come up in a rash. And {{Elastoplast}}, the sticky ones.",
)
E(
    "discharge_summary",
    "Principal diagnosis: {{Legionnaires' disease}}. Source thought to be the hotel spa in {{Benidorm}}. Public health informed.",
)
E(
    "pharmacy_note",
    "The {{Mark}} on the tablet is the strength: 'A 5' is amlodipine 5 mg. {{Bill}} for the private script is at the counter.",
)
E(
    "nursing_handover",
    "Bed 3 is the {{Ross procedure}} from Tuesday, doing well. Bed 4 {{Fontan}} patient for discharge tomorrow if sats stay above 90.",
)
E(
    "en_case_note",
    "Physio note: gait re-education with a {{quad stick}}. Walked 30 m with supervision. {{Berg Balance}} score 38/56. Continue daily.",
)
E(
    "online_consult",
    "Q: My son has {{Down syndrome}} and snores a lot. Should I worry?\nA: Children with Down syndrome have higher rates of {{obstructive sleep apnoea}}; a sleep study is worth asking your paediatrician about.",
)
E(
    "sick_leave_form",
    "Statement of fitness: condition - {{de Quervain's tenosynovitis}}. Not fit for keyboard work until {{review}} in 2 weeks.",
)
E(
    "whatsapp_group",
    "Mum: Doctor said Dad's sugar was 14 this morning\nDaughter: Did he have {{Lucozade}} again?!\nMum: He swears it was the {{Weetabix}}",
)
E(
    "email_message",
    "Reminder: flu clinics run Saturdays in October at the {{Bayview Community Centre}}. No appointment needed for over-65s; bring your {{Medicare card}}.",
)
E(
    "complaint_letter",
    "Formal complaint: my appointment at the {{Toronto General}} was cancelled three times. I drove from {{Barrie}} each time.",
)


# ===========================================================================
def main():
    _self_test_checks()
    rows = [build(lang, style, turns) for lang, style, turns in ROWS]
    R.shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = "dev18-%04d" % i
        verify(r)
    assert len(rows) == 400 and len({r["id"] for r in rows}) == 400, len(rows)
    lang = Counter(r["lang"] for r in rows)
    assert lang == Counter(TARGET_LANG), lang
    free = sum(1 for r in rows if not r["spans"])
    assert free == TARGET_FREE, free
    styles = Counter(r["style"] for r in rows)
    assert len(styles) >= 18, styles
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
        assert 0.03 <= share[k] <= 0.15, (k, share)
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
