#!/usr/bin/env python3
"""Generator for tests/data/deid_dev19.jsonl -- a labelled de-identification
development set of Chinese / mixed / English clinical texts whose focus is
HOSPITAL RECORD EXCERPTS AS PASTED FROM AN EMR (入院记录 病程记录 出院小结 会诊单
检验报告单 影像报告 and their English counterparts: H&P, discharge summaries,
referral and clinic letters, lab and radiology report headers), with
ADDRESSES and DATES OF BIRTH deliberately heavy (English addresses in the
formats of nine countries, dates of birth in many numeric, English, French
and Chinese forms), Chinese and English names in record headers, signatures
and family lists, and record-style phones, record numbers and national IDs.

DATA CARD
=========

Provenance
----------
Written BLIND in round 21 by a helper session started for that purpose.  The
author read only section 7 ("De-identification") of /work/shared/PROTOCOL.md,
which says which identifiers count as PHI (names, phone numbers, national ID
numbers, medical record numbers, e-mail and street addresses, exact dates of
birth in Chinese and English forms), plus the data card (module docstring,
including its labelling conventions) and the code structure (check-digit
helpers, default_parts, _add / Z / M / E, parse_turn, row assembly,
shuffling, numbering, writing and self-checks) of
tests/data/make_deid_dev18.py, whose hand-written rows were skimmed only to
learn the inline markup that parse_turn reads (none of its texts was
copied), and the first five lines of tests/data/deid_dev18.jsonl, read only
to copy the row format.  The author did NOT read anything under annotation/,
bench/, docs/ or scripts/, no README, no git history, and no other deid_*
data file or make_deid_* generator; the scrubber was never run and
annotation.deid / bench/deid.py were never imported.  Its rules, regexes,
cue lists, name lists and word lists were never seen, so the texts below
were written without knowledge of what the scrubber does or does not catch.
This script is self-contained (stdlib only); the check-digit and self-check
code was copied from the dev18 generator and extended (French month names,
ordinal-word days, 1956-Mar-12 and 19560312 date-of-birth forms; more
address regions in the descriptive subtypes; per-language PHI-free targets;
minimum ADDRESS and DOB counts).

Every row below was written by hand for this set (one hand-written text per
row; no slot filling, no template reused across rows).  All people, numbers
and addresses are synthetic: names were invented or freely recombined from
common given names and surnames, streets, estates, townlands, house names,
house, block and unit numbers were made up or freely recombined with real
town, suburb and estate names, phone and record numbers were typed as
random-looking digit strings (North American numbers use the fictional
555-01xx range, UK numbers the 0113 496 0xxx / 0121 496 0xxx / 020 7946 0xxx
drama ranges, Australian mobiles the 0491 570 xxx range), and check digits
of the numbers that have a real checking scheme -- GB 11643 resident IDs,
Hong Kong and Taiwan IDs, Singapore NRIC, Canadian SINs (Luhn), South
African ID numbers (Luhn), Indian Aadhaar numbers (Verhoeff), Irish PPS
numbers, NHS numbers (modulus 11), New Zealand NHI numbers, Australian
Medicare numbers and Ontario health numbers (Luhn) -- are computed by this
script from the hand-typed body of the number (written as <scheme> in the
source).  US SSNs and UK National Insurance numbers have no check digit;
they are checked for the structural rules of each scheme.  Resident-ID and
SA-ID bodies carry the same birth date as the row's DOB where both occur.
Hospital names and hospital addresses, clinics, drug brands and hotlines are
real public institutions, products or services and appear only as PHI-free
look-alikes or as places of care.  Any match with a real person or a real
private address is coincidental.

Target
------
400 rows, deterministic (stdlib only; the hand-written rows are shuffled
with one random.Random(19) and then numbered dev19-0001 ...):
  * language: 200 "zh" (Simplified, plus Traditional rows in Hong Kong /
    Taiwan / Macau style), 70 "mixed" (Chinese/English code-switching:
    Hong Kong Cantonese-English, Singapore English-Chinese, mainland records
    with English terms, overseas students and migrants), 130 "en" (US, UK
    incl. Scotland and Wales, Irish, Australian, Canadian incl. Québec
    French, New Zealand, Singapore, Indian and South African English);
  * 140 rows (35 %) are PHI-free look-alike traps whose tricky substrings
    are listed in "protect" (70 zh, 25 mixed, 45 en);
  * spans in rows with PHI: about 45-47 % NAME, the rest ADDRESS, DOB,
    PHONE, MRN, ID and EMAIL, with at least 90 ADDRESS and 90 DOB spans.
    At the time of writing: 961 spans -- NAME 449 (hanzi 263, Latin 185,
    mixed-script 1), DOB 173, ADDRESS 150, MRN 76, PHONE 61, ID 41,
    EMAIL 11.  The exact counts are printed on each run.

Phenomena covered
-----------------
Record layouts: one-line "key：value　key：value" runs (姓名 性别 年龄 出生日期 /
出生年月 / 出生年月日 籍贯 职业 婚姻 民族 现住址 / 户籍地址 / 住址 联系人
联系电话 病史陈述者 可靠程度 床号 住院号 门诊号 病案号 ID号 登记号 医保卡号
健保卡號 病歷號碼 醫院編號), tables flattened with |, ｜, tabs and commas
(家庭成员, bed lists, 检验申请, field/value tables), narrative openings
(患者X，男，58岁，… / X，女，88岁，汉族，…), signatures and sign-off blocks
(记录者 医师签名 审核者 检验者 报告医师 经治医师 主治医师 科主任 交班护士 会诊医师);
English headers with Patient:, Name:, SURNAME/FORENAME, DOB:, D.O.B.,
Date of birth, Birthdate, MRN, UR, Hosp No, NHS No., CHI, NHI, OHIP,
RAMQ, Medicare, Acct#, Address:, ADDR:, Mailing / Physical address, NOK,
GP, Referring clinician / physician, Ward, Consultant, cc:, Dictated by,
Electronically signed by, Read by -- fields run together on one line
(Name/DOB/MRN:, "Pt:...DOB:...MRN:...Ward:..."), in ALL CAPS and in lower
case typed by reception.
NAME (hanzi): names in 姓名 fields and without a cue -- 联系人 X（女儿）,
病史陈述者：其女X, 陪同人, family-history lists (父X，母X，兄X), family-member
tables, nurses' hand-over bed lists, signatures, speaker labels in ward
chat groups, voice transcripts without punctuation (…那个X他老婆X在不在…),
given names that are words (国强 秀英 桂花 建华 晓燕 国庆 宇航 夏天 明珠 文静),
given names used alone as the whole name (国强 秀英 桂花 建华 晓燕), rare
surnames (訾 亓 庹 郗 佟 庾 谯 仝 揭 莘 鄂 帅 贝 冉 幸 覃 岑 阚 钮 滑 胥 蔺 栾 冀
鄢 褚 饶 殷 邝 宣 皮 仇 伏 隆 戈 仲 原 车 巫 蒙), double
surnames (欧阳 司马 司徒 诸葛 公冶 东方 慕容 亓官 钟离 单于 闻人), minority names
(巴特尔 其木格 沙丽娜 和丽芬 木光明), Hong Kong / Taiwan / Macau names in
Traditional characters, a single hanzi surname before a title (焦主任,
陈医生) as a one-character span.
NAME (Latin): "SURNAME, Given" in caps (O'CALLAGHAN, BRENDAN; DE LA CRUZ,
MARIA ELENA), separate Surname / Forename fields, particles (van der Merwe,
de la Cruz, bin, binti, Ní), hyphenated names (Finch-Whitley, Ibarra-Soto,
Adebayo-Clarke, Tanaka-Lewis), Māori, Pacific, Irish, Welsh, Scottish,
Nigerian, Ghanaian, Zulu, Xhosa, Indian, Malay, Vietnamese and First
Nations names, Cantonese / Hokkien romanisation (CHAN Tai Man, Lim Ah
Huat, Chua Boon Keng), pinyin (ZHANG Wei, Liu Jianping, Wang Zihan),
English names in Chinese text (Vivian, Kelvin, Jason, Ethan 李), staff
names in signatures and cc lines, next of kin with the relation in
brackets, titles kept outside the span (Dr, Mr, Mrs, Ms, Mdm, Auntie),
the surname or given name alone after the full name (Dear Mr Furlong,
Dear Wiremu, Thandiwe attended), lower-case names in typed forms and chats.
ADDRESS: Chinese addresses with 省 市 区 街道 路 号 小区 栋 幢 单元 室 号楼 户 and
villages / 嘎查 / 组, flattened in fields and table cells; Hong Kong estate
/ block / floor / flat (in Chinese and English), Taiwan 巷 弄 號 樓之, Macau;
English addresses multi-line and comma-joined, in narrative ("she's at 7
Rowan Close now", "going home to ...", "lives alone in a trailer at ..."),
US with Apt / Unit / # / Suite, ZIP+4, rural route (RR 1 Box 64A), PO
boxes, mobile-home lots; UK flats and house names (Rose Cottage, Old Forge,
Ty Newydd, 2F1 Edinburgh flats), postcodes; Irish townlands, Co. and
Eircodes; Australian unit/number (3/45, Unit 4/23), Lot and RMB forms;
Canadian postal codes, rural routes with Site / Box, rue / chemin /
boul. with app.; New Zealand RD numbers; Singapore Blk / #floor-unit with
6-digit postcodes; Indian house no. / sector / nagar / society / PIN;
South African Erf / Stand / Zone / Extension with suburbs; addresses in
lower case and ALL CAPS, abbreviated (St, Rd, Ave, Cres, Tce, Pkwy, Hwy,
Blvd, Ln), ending a sentence, followed by a phone number or a date.
DOB: ISO (1966-03-14), d/m/y and m/d/y, dotted (1972.01.09, 03.02.1949,
19.11.2001), two-digit years (11/02/47, 02/06/80, 7/3/46), month names and
abbreviations (14 March 1951, Jan. 5, 1942, 12-DEC-1970, 1962-Sep-04,
MAR 3 1961, 8 Sept 1983), French (21 févr. 1962, née le 3 mars 1993),
ordinals (5th January 1982, the 1st of March 1934, 4th of July 1978,
twenty second of March 1948), compact and leap-day dates (02/29/1952,
1948年2月29日); cues DOB, D.O.B., Date of birth, born, b., birthdate,
(date) in brackets after a name, age and DOB together (67y, DOB
1957-02-11); Chinese 出生日期 / 出生年月 / 出生年月日 / 生日 / 生于 / …出生 / …生的 /
…生人 / 出生于, Chinese numerals (一九四四年二月十九日, 一九四七年十月一号),
民國 years, lunar dates with a year (五六年三月初九, 一九五三年腊月初六,
一九四五年六月初十), two-digit years (六二年七月五号), DOB read off an ID card
(据患者身份证…, 出生日期同证件), DOB in table cells; a newborn's birth date.
Other identifiers: phones in header fields (Chinese mobiles and landlines,
Hong Kong / Macau / Singapore 8-digit, Taiwan (02), UK, Irish, Australian,
NZ, Indian +91, South African and North American forms); MRN-like numbers
(住院号 门诊号 病案号 ID号 登记号 病人ID 医保卡号 健保卡號 病歷號碼 醫院編號, MRN,
UR, Hosp No, hospital number, Acct#, CHI, NHS, NHI, Medicare, OHIP, RAMQ,
Alberta PHN); national IDs (GB resident IDs, HKID, Taiwan ID, NRIC, SSN,
NI number, SIN, PPS, Aadhaar, SA ID, PAN, passports); e-mails.
PHI-free look-alikes (in "protect"): record headers whose fields are all
non-identifying (性别 年龄 科室 床号 入院日期 诊断 with ICD codes such as E11.4,
J18.9, I50.9, S72.00), visit / admission / discharge / report / specimen
collection dates and times, specimen, accession, lot, batch, prescription
and examination numbers, eponyms (雷诺现象 白塞病 川崎病 唐氏综合征 格林-巴利
综合征 马凡综合征 桥本甲状腺炎 霍奇金淋巴瘤 史蒂文斯-強森症候群 成人斯蒂尔病, Bell's
palsy, Hashimoto's, Murphy's sign, Addison's, Dawson's fingers, McDonald
criteria, Dupuytren's, Graves', Barrett's, Meniere's, Kernig's, Babinski,
Meckel's, Still's, Raynaud's, Sjögren's, Paget's, Hunter and Noonan
syndromes, Cheyne-Stokes, de Quervain's, Finkelstein's, Weber B,
Horner's, Pancoast, Whipple, Nissen, Roux-en-Y, Moyamoya), drug and brand
names (华佗再造丸 云南白药 王老吉 优甲乐 保栓通, Eliquis, Entresto, Jardiance,
Synthroid, EpiPen, Nurofen, Augmentin, Panadol, Piriton, Sinemet, Lucozade,
Weetabix, Crocs, Creon, Tegaderm, DePuy), hospital names and addresses used
as places of care (华西医院 国学巷37号, 中山大学肿瘤防治中心 东风东路651号,
臺大醫院 中山南路7號, 瑪麗醫院, Massachusetts General Hospital 55 Fruit
Street, St Thomas' Hospital Westminster Bridge Road SE1 7EH, Toronto
General 200 Elizabeth Street, Groote Schuur Main Road Observatory, SGH
Outram Road, AIIMS Ansari Nagar, Peter Munk Cardiac Centre), lab values
with units, doses, durations, ages, blood pressures, times, department
extensions (分机6310, ext 4412, bleep 2244), hotlines (120, 999, 995, 911,
000, 111, 811, 13 11 26, Healthline), and words that look like names
(Will, Hope, Grace, Mark, Bill, Rose; 国庆 春节 金银花).

Genres ("style")
----------------
admission_record, progress_note, discharge_summary, consult_note,
lab_report, imaging_report, outpatient_record, nursing_record, emr_table,
surgery_record, transfer_note, registration_form, referral_letter,
clinic_letter, en_hp, ed_triage, prescription, voice_transcript,
chat_message, phone_followup, insurance_claim, health_check,
home_visit_note.

Row format (one JSON object per line, json.dumps(..., ensure_ascii=False))
-------------------------------------------------------------------------
  {"id": "dev19-0001", "lang": "zh"|"en"|"mixed", "style": <genre>,
   "source": short description of where the PHI sits ("none" if PHI-free),
   "turns": [str, ...]            1-4 turns (here mostly one record excerpt),
   "spans": [{"kind": "NAME"|"PHONE"|"ID"|"MRN"|"EMAIL"|"ADDRESS"|"DOB",
              "text": exact substring of a turn,
              "parts": [distinctive parts that must not survive]}, ...],
   "protect": [non-PHI substrings that must stay untouched]}
Spans are listed once per distinct (kind, text) even if the text recurs.

Labelling conventions
---------------------
(the dev18 conventions, copied unchanged)
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

Labels revised after the first read (round 21, by the project's owner)
----------------------------------------------------------------------
The set was read once with scrubbers 23 and 24 as written.  Then, as in round 12 (docs/deidentification.md),
its labels were brought in line with the owner's policy that the earlier sets follow: an examination's,
imaging study's, lab's, English specimen's or sample's, prescription's (处方号), health check's (体检编号,
体检表编号), screening card's and insurance policy's number is one of the patient's record numbers (HIPAA's
"any other unique identifying number"), so 15 values written as look-alikes became MRN spans (L24-03877,
X24050712, CT240611-0388, UR24-118802, 230102-0871, B2405-33871, SP-24-0318-0077, NS2405-0923, MZ0002318,
MG-240522-017, AXA-HK-7730192, TJ20240603118, S24-11872, 24-MB-77310, MR2406-1177); a Chinese specimen's
number (檢體編號 H24-031188) stays protected.  A newborn's date of birth in a maternity summary ("Baby girl
born 2024-06-02") became a DOB span, and a romanised name written after its Chinese form in brackets
(Leung Shuk Fan), left unmarked, a NAME span.  Five rows PHI-free as written carry an identifier now; the
PHI-free targets below are the revised counts.

Checks (asserted before writing; the script fails loudly otherwise)
------------------------------------------------------------------
* every span text and every protect string occurs verbatim in the turns;
* every part occurs in its span text, and every occurrence of every part in
  the row (case-insensitive substring; whole word for Latin parts of at most
  three letters) lies inside an occurrence of some span text of that row;
* no occurrence of a protect string overlaps an occurrence of a span text,
  and no protect string is contained in a span text;
* check digits are re-verified from the span text for GB resident IDs, Hong
  Kong / Taiwan IDs, NRIC, PPS numbers, SINs, South African IDs and Aadhaar
  numbers (ID spans) and for NHS, NHI, Medicare and Ontario health numbers
  (MRN spans in rows naming the scheme); US SSNs and UK NI numbers must
  follow the structural rules of the scheme; every ID span must belong to a
  known scheme; the checking code is tested on published example numbers
  first;
* every DOB span is parsed (English month names, abbreviations and ordinal
  words, French month names, numeric D/M/Y, M/D/Y, Y-M-D and YYYYMMDD,
  Chinese digits and numerals, Minguo years, lunar months and days) and
  must be a real calendar date (lunar dates: month 1-12, day 1-30);
* ids are unique, language and PHI-free counts (overall and per language)
  hit the target, at least 18 genres are used, NAME is 40-52 % of spans,
  PHONE / ID / MRN are 3-15 %, ADDRESS and DOB have >= 90 spans each and at
  most 20 %, there are >= 5 e-mails, no markup is left, PHI-free rows have
  >= 2 protect strings, and no sentence of >= 14 characters occurs in two
  rows.
The counts per language, per kind (with subtypes), PHI-free rows and genres
are printed on each run.
"""

import datetime
import json
import os
import random
import re
from collections import Counter, OrderedDict

R = random.Random(19)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "deid_dev19.jsonl")

KINDS = ("NAME", "PHONE", "ID", "MRN", "EMAIL", "ADDRESS", "DOB")
TARGET_LANG = {"zh": 200, "mixed": 70, "en": 130}
TARGET_FREE = 135  # 140 as written; five became PHI rows when relabelled (see the data card)
TARGET_FREE_LANG = {"zh": 68, "mixed": 24, "en": 43}  # as written: 70, 25, 45

STYLE_DESC = {
    "admission_record": "admission record (入院记录 / H&P)",
    "progress_note": "progress note (病程记录)",
    "discharge_summary": "discharge summary (出院小结)",
    "consult_note": "consultation request / reply (会诊单)",
    "lab_report": "laboratory report header and body (检验报告单)",
    "imaging_report": "imaging report (影像报告)",
    "outpatient_record": "outpatient record (门诊病历)",
    "nursing_record": "nursing record / hand-over (护理记录)",
    "emr_table": "EMR table flattened with | or tabs",
    "surgery_record": "operation / anaesthesia record (手术记录)",
    "transfer_note": "transfer note (转科 / 转院记录)",
    "registration_form": "registration / admission form (登记表)",
    "referral_letter": "referral letter",
    "clinic_letter": "clinic letter to GP / patient",
    "en_hp": "English history and physical",
    "ed_triage": "emergency triage note (急诊预检)",
    "prescription": "prescription / dispensing record (处方笺)",
    "voice_transcript": "voice-to-text transcript",
    "chat_message": "chat / WhatsApp / WeChat message",
    "phone_followup": "telephone follow-up transcript",
    "insurance_claim": "insurance claim form",
    "health_check": "health-check / screening report (体检报告)",
    "home_visit_note": "community / home-visit note",
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
        "1er avril 1950",
        "12 févr. 1956",
        "12-MAR-1956",
        "1956-Mar-12",
        "19560312",
        "March 12th, 1956",
        "9 Nov 58",
        "二〇〇一年二月廿八日",
        "twenty second of March 1948",
        "the thirty-first of May, 1960",
    ):
        assert dob_valid(t), t
    for t in (
        "31/02/1961",
        "1961年2月30日",
        "June 31, 1970",
        "12 Marsh 1956",
        "1956-13-01",
        "19561301",
        "thirty-second of March 1948",
    ):
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
        t = text
        if re.search(
            r"九龍|九龙|香港|新界|邨|屯門|沙田|觀塘|將軍澳|葵涌|荃灣|Kowloon|Hong Kong|Tin Shui Wai|Kwun Tong|Lam Tin|Quarry Bay|\b\d{1,2}/F\b",
            t,
        ):
            return "HK"
        if "號" in t or re.search(r"臺|台北|台中|台南|高雄|新北|桃園|彰化|嘉義", t):
            return "TW"
        if HAN_RE.search(t):
            return "cn"
        if re.search(r"Singapore|\bBlk\b|#\d{1,2}-\d{2,4}", t, re.I):
            return "SG"
        if re.search(
            r"Nagar|Sector \d|Delhi|Mumbai|Bengaluru|Bangalore|Chennai|Hyderabad|Pune|Kolkata|Lucknow|Jaipur|Kochi|Layout",
            t,
            re.I,
        ):
            return "IN"
        if re.search(
            r"\bErf\b|\bStand\b|Gauteng|Johannesburg|Soweto|Cape Town|Durban|Pretoria|Bloemfontein|Gqeberha|Polokwane|Khayelitsha|Randburg|Tembisa|Mamelodi|Kwa-Thema",
            t,
            re.I,
        ):
            return "ZA"
        if re.search(r"\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b", t, re.I):
            return "CA"
        if re.search(r"\b[AC-FHKNPRTV-Y]\d{2} ?[AC-FHKNPRTV-Y0-9]{4}\b|\bCo\.? [A-Z]|County |townland", t, re.I):
            return "IE"
        if re.search(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b", t, re.I):
            return "UK"
        if re.search(r"\b[A-Z]{2},? \d{5}(-\d{4})?\b|P\.?O\.? Box|\bRR \d", t, re.I):
            return "US"
        if re.search(r"\b(NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\b|\bRMB\b|\bLot \d", t, re.I):
            return "AU"
        if re.search(
            r"\bRD \d|Lower Hutt|Wellington|Auckland|Christchurch|Dunedin|Hamilton|Tauranga|Whangarei|Nelson|Kait[aā]ia|Ōtara|Te Puke",
            t,
            re.I,
        ):
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
FR_MON = {
    "janv": 1,
    "janvier": 1,
    "févr": 2,
    "fevr": 2,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avr": 4,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juil": 7,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "sept": 9,
    "septembre": 9,
    "oct": 10,
    "octobre": 10,
    "nov": 11,
    "novembre": 11,
    "déc": 12,
    "décembre": 12,
}
_ORD1 = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
EN_ORD = dict((w, i) for i, w in enumerate(_ORD1, 1))
EN_ORD.update(
    {
        "tenth": 10,
        "eleventh": 11,
        "twelfth": 12,
        "thirteenth": 13,
        "fourteenth": 14,
        "fifteenth": 15,
        "sixteenth": 16,
        "seventeenth": 17,
        "eighteenth": 18,
        "nineteenth": 19,
        "twentieth": 20,
        "thirtieth": 30,
    }
)
EN_ORD.update(("twenty-" + w, 20 + i) for i, w in enumerate(_ORD1, 1))
EN_ORD["thirty-first"] = 31
LUNAR_MON = {"正": 1, "冬": 11, "腊": 12, "臘": 12}
MON_WORD = r"[A-Za-zéû]{3,9}"


def month_no(word):
    """English (full or abbreviated) or French month name -> 1-12, else None"""
    w = word.lower().rstrip(".")
    if w in FR_MON:
        return FR_MON[w]
    if w[:3] in EN_MON and re.fullmatch(r"[a-z]+", w):
        full = datetime.date(2000, EN_MON[w[:3]], 1).strftime("%B").lower()
        if full.startswith(w) or w == "sept":
            return EN_MON[w[:3]]
    return None


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
    # 12 March 1956, the 3rd of May, 1961, 1er avril 1950, 12 févr. 1956, 9 Nov 58, 3rd Feb '61
    m = re.fullmatch(r"(?:the )?(\d{1,2})(?:st|nd|rd|th|er)?(?: of)? (%s)\.?,? (\d{4}|'?\d{2})" % MON_WORD, t, re.I)
    if m and month_no(m.group(2)):
        return valid_date(full_year(m.group(3).lstrip("'")), month_no(m.group(2)), int(m.group(1)))
    # the twenty-second of March 1948 (day written as an ordinal word)
    m = re.fullmatch(r"(?:the )?([a-z]+(?:[ -][a-z]+)?) of (%s),? (\d{4})" % MON_WORD, t, re.I)
    if m and m.group(1).lower().replace(" ", "-") in EN_ORD and month_no(m.group(2)):
        return valid_date(int(m.group(3)), month_no(m.group(2)), EN_ORD[m.group(1).lower().replace(" ", "-")])
    # March 12, 1956 / Mar. 12th 1956
    m = re.fullmatch(r"(%s)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})" % MON_WORD, t)
    if m and month_no(m.group(1)):
        return valid_date(int(m.group(3)), month_no(m.group(1)), int(m.group(2)))
    # 12-Mar-1956, 12/MAR/56, 12.Mar.1956
    m = re.fullmatch(r"(\d{1,2})[-/. ]([A-Za-z]{3,4})\.?[-/. ](\d{2}|\d{4})", t)
    if m and month_no(m.group(2)):
        return valid_date(full_year(m.group(3)), month_no(m.group(2)), int(m.group(1)))
    # 1956-Mar-12
    m = re.fullmatch(r"(\d{4})[-/. ]([A-Za-z]{3,4})[-/. ](\d{1,2})", t)
    if m and month_no(m.group(2)):
        return valid_date(int(m.group(1)), month_no(m.group(2)), int(m.group(3)))
    # 19560312
    m = re.fullmatch(r"(19\d{2}|20[0-2]\d)(\d{2})(\d{2})", t)
    if m:
        return valid_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", t)
    if m:
        return valid_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.fullmatch(r"(\d{1,2})\s?[-/.]\s?(\d{1,2})\s?[-/.]\s?(\d{2}|\d{4})", t)
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
# ---------------------------------------------------------------------------
# zh rows with PHI -- EMR headers and bodies (入院记录 病程记录 出院小结 ...)
# ---------------------------------------------------------------------------
Z(
    "admission_record",
    "入院记录\n姓名：[[NAME:柏振东]]　性别：男　年龄：58岁　出生日期：[[DOB:1966-03-14]]　籍贯：江苏盐城　职业：个体经营　婚姻：已婚\n现住址：[[ADDRESS:盐城市亭湖区解放南路126号金鹰花苑5幢1单元602室|解放南路126号|金鹰花苑|5幢1单元602室]]\n联系人：[[NAME:柏雪梅]]（女儿）　联系电话：[[PHONE:139 1520 6387]]\n病史陈述者：患者本人　可靠程度：可靠　入院日期：{{2024-04-02}}\n主诉：反复胸闷2年，加重3天。",
)
Z(
    "progress_note",
    "首次病程记录　{{2024-03-18 09:40}}\n患者[[NAME:鲁桂花]]，女，71岁，因“反复咳嗽咳痰10年，气促加重1周”入院。既往慢阻肺病史，长期吸入{{噻托溴铵}}。查体：桶状胸，双肺可闻及散在湿啰音。初步诊断：慢性阻塞性肺疾病急性加重。诊疗计划：抗感染、平喘、化痰，监测血气。\n住院号：[[MRN:0412883]]　床号：{{16床}}\n记录者：[[NAME:冯晓峰]]",
)
Z(
    "discharge_summary",
    "出院小结\n姓名 [[NAME:戚国强]]  性别 男  年龄 64岁  住院号 [[MRN:ZY20240311042]]  入院日期 {{2024-03-11}}  出院日期 {{2024-03-22}}\n出院诊断：1.急性前壁心肌梗死 2.高血压病3级（很高危）\n出院医嘱：{{阿司匹林}}100mg qd，替格瑞洛90mg bid，一月后心内科门诊复查。\n医师签名：[[NAME:沈佳怡]]",
)
Z(
    "consult_note",
    "会诊单\n申请科室：骨科　床号：{{32床}}　患者：[[NAME:阮秀英]]，女，82岁，住院号[[MRN:2024-017736]]\n会诊目的：患者髋部骨折术前，血糖控制不佳（空腹{{11.6 mmol/L}}），请内分泌科协助诊治。\n申请医师：[[NAME:蒋文博]]　{{2024年5月6日}}\n会诊意见：建议改用胰岛素皮下注射，三餐前及睡前监测血糖。会诊医师：[[NAME:魏丹]]",
)
Z(
    "lab_report",
    "{{益阳市中心医院}}检验报告单\n姓名：[[NAME:贺建华]]　性别：男　年龄：47岁　门诊号：[[MRN:MZ0893321]]　标本：静脉血　标本号：{{2405080317}}\n项目　结果　参考范围\n谷丙转氨酶　{{86 U/L}}　9-50\n谷草转氨酶　61 U/L　15-40\n采样时间：{{2024-05-08 07:52}}　检验者：[[NAME:邱敏]]　审核者：[[NAME:黎志刚]]",
)
Z(
    "imaging_report",
    "CT检查报告\n姓名：[[NAME:米晓燕]]　性别：女　出生日期：[[DOB:1979年10月2日]]　检查号：[[MRN:CT240611-0388]]　ID号：[[MRN:00528817]]\n检查部位：胸部平扫\n影像所见：右肺上叶尖段见一磨玻璃结节，大小约{{8 mm×6 mm}}，边界清。\n诊断意见：右肺上叶磨玻璃结节，建议3个月后复查。\n报告医师：[[NAME:单宇航]]　审核医师：[[NAME:温雅琴]]",
)
Z(
    "outpatient_record",
    "门诊病历　心内科　{{2024-06-03}}\n[[NAME:杭秀兰]]，女，66岁，退休教师。主诉：心悸1周。现病史：1周前无明显诱因出现阵发性心悸，每次持续数分钟。既往高血压10年。\n查体：BP {{146/88 mmHg}}，心率96次/分，律不齐。\n处理：动态心电图；{{美托洛尔缓释片}}23.75mg qd。\n联系电话：[[PHONE:0571-8702 6613]]　接诊医生：[[NAME:方志远]]",
)
Z(
    "nursing_record",
    "护理记录单　科室：神经内科　床号：{{9床}}　姓名：[[NAME:滕桂英]]　住院号：[[MRN:3107754]]\n{{06-12 14:00}} 患者神志清，右侧肢体肌力3级，留置胃管通畅。家属[[NAME:滕国庆]]（儿子）陪护。\n06-12 20:00 翻身拍背，骶尾部皮肤完好。护士：[[NAME:苗苗]]",
)
Z(
    "emr_table",
    "姓名|性别|年龄|出生日期|身份证号|联系电话\n[[NAME:詹春燕]]|女|39|[[DOB:1985/07/21]]|[[ID:36010219850721352<gb>]]|[[PHONE:186 7091 4452]]",
)
Z(
    "voice_transcript",
    "（语音转写）喂你好我是二病区的护士我找一下病人家属就是那个[[NAME:吴建国]]他老婆[[NAME:李秀珍]]在不在他明天上午八点做胃镜今晚十点以后不要吃东西了水也尽量别喝",
)
Z(
    "registration_form",
    "住院登记\n病案号：[[MRN:B0238817]]　姓名：[[NAME:欧阳晓燕]]　性别：女　出生：[[DOB:1990年12月5日]]　民族：汉　婚姻：未婚　职业：会计\n户籍地址：[[ADDRESS:江西省吉安市吉州区井冈山大道88号|井冈山大道88号]]\n现住址：[[ADDRESS:南昌市红谷滩区丰和中大道1299号绿地中央广场B区3栋2104室|丰和中大道1299号|绿地中央广场|B区3栋2104室]]\n身份证号：[[ID:36080219901205442<gb>]]",
)
Z(
    "admission_record",
    "入院紀錄（{{瑪嘉烈醫院}}）\n姓名：[[NAME:黃志明]]　性別：男　出生日期：[[DOB:03/11/1952]]　身份證號碼：[[ID:E123456(<hk>)]]\n地址：[[ADDRESS:九龍長沙灣蘇屋邨茶花樓1023室|蘇屋邨|茶花樓1023室]]\n緊急聯絡人：[[NAME:黃慧儀]]（女兒）[[PHONE:9382 4416]]\n主訴：氣促三日，雙下肢水腫。",
)
Z(
    "admission_record",
    "入院病歷摘要\n病歷號碼：[[MRN:0021847369]]　姓名：[[NAME:蔡淑芬]]　性別：女\n出生日期：[[DOB:民國48年9月17日]]　身分證字號：[[ID:F22081736<tw>]]\n住址：[[ADDRESS:新北市板橋區文化路二段182巷7弄5號3樓|文化路二段182巷7弄5號3樓]]\n聯絡電話：[[PHONE:(02)2968-3315]]　主治醫師：[[NAME:林冠宇]]",
)
Z(
    "admission_record",
    "现病史：患者[[NAME:蒲永福]]，男，72岁，农民，于入院前3天无明显诱因出现发热，最高体温{{39.2℃}}，伴咳嗽、咳黄痰。家住[[ADDRESS:四川省南充市西充县多扶镇凤鸣村4组|凤鸣村4组]]，由其子[[NAME:蒲建军]]陪同就诊，联系电话[[PHONE:158 8173 0294]]。",
)
Z(
    "surgery_record",
    "手术记录\n患者姓名：[[NAME:尚丽娟]]　住院号：[[MRN:20240315066]]　手术日期：{{2024-03-16}}\n术前诊断：胆囊结石伴慢性胆囊炎\n手术名称：腹腔镜胆囊切除术\n术者：[[NAME:路明辉]]　一助：[[NAME:季思远]]　麻醉医师：[[NAME:包海燕]]　麻醉方式：全麻",
)
Z(
    "admission_record",
    "姓名：[[NAME:龚德胜]]  性别：男  年龄：80岁  婚姻：丧偶  出生年月：[[DOB:一九四四年二月十九日]]  职业：退休工人  籍贯：湖北孝感\n住址：[[ADDRESS:武汉市江岸区解放大道1608号4栋2单元301|解放大道1608号|4栋2单元301]]\n病史陈述者：其女[[NAME:龚丽]]，可靠程度：基本可靠（患者听力差）",
)
Z(
    "discharge_summary",
    "出院记录\n[[NAME:聂春生]]，男，55岁，因“间断黑便5天”于{{2024年2月19日}}入院，胃镜示十二指肠球部溃疡（A1期），予抑酸、补液治疗，大便转黄，血红蛋白由{{78 g/L}}升至92 g/L，于2月26日出院。\n出院带药：{{雷贝拉唑}}20mg bid×8周。\n随访：消化内科门诊，电话[[PHONE:0791-8869 2037]]。\n住院医师：[[NAME:易思琪]]　主治医师：[[NAME:符永红]]",
)
Z(
    "progress_note",
    "日常病程记录　{{2024-05-21}}\n今日查房，[[NAME:管淑珍]]诉夜间睡眠差，咳嗽较前减轻，体温正常。复查血常规：WBC {{7.8×10^9/L}}。患者女儿[[NAME:管晓燕]]询问能否本周出院，已告知待CT复查后决定。\n主治医师查房意见：继续目前抗感染方案，明日复查胸部CT。\n记录：[[NAME:岳鹏]]",
)
Z(
    "ed_triage",
    "急诊预检分诊单\n到达时间：{{03:12}}　来院方式：120救护车\n姓名：[[NAME:幸小龙]]　性别：男　年龄：23岁　身份证：[[ID:51010720010816213<gb>]]\n主诉：车祸致左下肢疼痛伴出血1小时\n生命体征：T 36.8℃ P 118次/分 BP {{92/58 mmHg}}　分级：II级\n陪同人：[[NAME:幸红梅]]（姐姐）[[PHONE:133 0816 7259]]",
)
Z(
    "lab_report",
    "检验报告单（生化）\n登记号：[[MRN:0003914276]]　姓名：[[NAME:祁凤兰]]　性别：女　年龄：61岁　科别：肾内科　床号：{{21}}\n肌酐 {{198 μmol/L}} ↑　尿素 12.4 mmol/L ↑　钾 5.6 mmol/L ↑\n送检医生：[[NAME:武振华]]　报告时间：{{2024-04-17 10:26}}",
)
Z(
    "imaging_report",
    "超声检查报告单\n姓名：[[NAME:乔雨桐]]　性别：女　年龄：28岁　门诊号：[[MRN:M2406113829]]\n检查项目：甲状腺及颈部淋巴结\n超声所见：甲状腺右叶中部见一低回声结节，约{{0.9 cm×0.7 cm}}，纵横比>1，边缘不规则，可见点状强回声。\n超声提示：甲状腺右叶结节，{{TI-RADS 4b类}}。\n检查医师：[[NAME:夏天]]",
)
Z(
    "outpatient_record",
    "门诊病历（内分泌科）\n[[NAME:闫国庆]]，男，52岁，出租车司机，[[DOB:1972.01.09]]生，医保卡号[[MRN:1401 0028 7731]]。多饮多尿3月，空腹血糖{{12.3 mmol/L}}，{{HbA1c 9.1%}}。诊断：2型糖尿病。予{{二甲双胍}}0.5g tid，糖尿病教育。2周后复诊。",
)
Z(
    "nursing_record",
    "交接班记录　{{2024-06-15 08:00}}\n12床[[NAME:邢永强]]，男，67岁，{{PCI术后第1天}}，右桡动脉穿刺处无渗血，心电监护示窦律。其妻[[NAME:党桂珍]]留陪，已宣教。\n15床[[NAME:甘建华]]，男，59岁，夜间睡眠可。\n交班护士：[[NAME:韦晓燕]]　接班护士：[[NAME:蓝秋月]]",
)
Z(
    "emr_table",
    "床号\t姓名\t年龄\t住院号\t诊断\n{{7}}\t[[NAME:霍春花]]\t74\t[[MRN:240388]]\t肺炎\n8\t[[NAME:尤德明]]\t69\t[[MRN:240391]]\t心衰\n9\t[[NAME:钟离秀|钟离秀]]\t81\t[[MRN:240402]]\t股骨颈骨折",
)
Z(
    "transfer_note",
    "转科记录\n患者[[NAME:郝振军]]，男，63岁，住院号[[MRN:ZY0287733]]，因“突发言语不清4小时”于{{2024年3月2日}}入我科，溶栓后病情平稳，今日因并发肺部感染转入呼吸内科继续治疗。\n家属：[[NAME:郝丽娜]]（女儿），住[[ADDRESS:太原市小店区坞城路92号东苑小区11号楼3单元502|坞城路92号|东苑小区|11号楼3单元502]]，电话[[PHONE:135 1345 7208]]。",
)
Z(
    "registration_form",
    "建档信息　社区卫生服务中心\n姓名 [[NAME:曲建华]]　身份证号 [[ID:21010219530823191<gb>]]　出生日期 [[DOB:1953-08-23]]\n现住址 [[ADDRESS:沈阳市和平区南五马路57号2-3-1|南五马路57号|2-3-1]]\n慢病：高血压、2型糖尿病　签约医生：[[NAME:孔令伟]]",
)
Z(
    "voice_transcript",
    "语音转文字：医生你好我是[[NAME:司马春兰]]的儿子我妈住院号是[[MRN:3320098]]她昨天出院回家了腿还是肿的我想问一下那个呋塞米要不要接着吃家里地址是[[ADDRESS:洛阳市涧西区天津路38号院6号楼2门4楼|天津路38号院|6号楼2门4楼]]社区医生能不能上门看一下",
)
Z(
    "discharge_summary",
    "出院小结\n姓名：[[NAME:姚桂兰]]　性别：女　年龄：76岁　科室：心内科　住院天数：{{9天}}\n出生日期：[[DOB:1948年2月29日]]　住院号：[[MRN:ZY-2024-06217]]\n出院诊断：慢性心力衰竭急性加重（NYHA III级），心房颤动\n出院时情况：无明显气促，双下肢水肿消退。\n联系人：[[NAME:姚建平]]（儿子）　[[PHONE:0551-6371 2284]]",
)
Z(
    "consult_note",
    "会诊记录\n应邀会诊。患者[[NAME:訾德明]]，男，69岁，胃癌术后第3天，突发房颤，心室率{{140次/分}}。\n会诊意见：1.完善心脏彩超、甲功；2.{{胺碘酮}}静脉泵入控制心率；3.评估抗凝出血风险后再定。\n心内科会诊医师：[[NAME:祝海涛]]　时间：{{2024-05-29 16:20}}",
)
Z(
    "lab_report",
    "血常规报告\n姓名：[[NAME:冉小雨]]　性别：女　年龄：6岁　病人ID：[[MRN:P0092317]]　科室：儿科门诊\n白细胞 {{15.6×10^9/L}} ↑　中性粒细胞百分比 82% ↑　C反应蛋白 46 mg/L ↑\n家长手机：[[PHONE:177 2385 0649]]　检验：[[NAME:兰心怡]]",
)
Z(
    "imaging_report",
    "MRI报告\n姓名：[[NAME:公冶长青|公冶长青|长青]]　性别：男　出生年月日：[[DOB:1961年6月30日]]　住院号：[[MRN:0193828]]　床号：{{骨科23床}}\n检查部位：腰椎\n印象：L4/5椎间盘突出（中央偏左型），硬膜囊受压；L5/S1椎间盘膨出。\n报告医师：[[NAME:马骁]]　{{2024/06/07}}",
)
Z(
    "outpatient_record",
    "门诊记录\n[[NAME:常秀英]]，女，58岁，{{2024年4月9日}}就诊。绝经后阴道出血2周。妇检：宫颈光滑，宫体稍大。B超：内膜厚{{1.2 cm}}。建议宫腔镜检查。患者要求回家与丈夫商量，留电话[[PHONE:138 3907 6152]]，住[[ADDRESS:郑州市金水区花园路126号院3号楼1单元8楼东户|花园路126号院|3号楼1单元8楼东户]]。",
)
Z(
    "chat_message",
    "【3床家属群】\n[[NAME:伍志刚]]：护士你好，我爸[[NAME:伍福生]]的出生日期填错了，应该是[[DOB:1950年11月3日]]，之前把月和日写反了，麻烦改一下\n护士站：好的，已经修改，请下午到护士站核对腕带。",
)
Z(
    "phone_followup",
    "出院随访记录\n随访对象：[[NAME:翁丽华]]（患者本人）　电话：[[PHONE:0577-8896 3310]]\n患者乳腺癌术后第4周，伤口愈合良好，无发热。已告知化疗时间为{{7月2日}}，需提前一天入院。\n随访人：[[NAME:包晓婷]]　随访日期：{{2024-06-20}}",
)
Z(
    "admission_record",
    "入院记录\n姓名:[[NAME:耿立新]] 性别:男 年龄:45岁 民族:回族 出生地:宁夏吴忠 婚姻:已婚 职业:司机 入院时间:{{2024-01-28 22:15}} 记录时间:2024-01-29 08:30 病史陈述者:患者及其妻[[NAME:马秀兰]] 可靠程度:可靠\n现住址:[[ADDRESS:银川市兴庆区解放东街211号|解放东街211号]] 联系电话:[[PHONE:139 9510 2874]]",
)
Z(
    "surgery_record",
    "麻醉记录单\n姓名：[[NAME:沙丽娜]]　性别：女　年龄：34岁　体重：{{56 kg}}　ASA分级：I级　住院号：[[MRN:20240412109]]\n拟施手术：腹腔镜下卵巢囊肿剥除术\n麻醉方法：气管插管全麻　诱导：{{丙泊酚}}、舒芬太尼、罗库溴铵\n麻醉医师：[[NAME:丁一凡]]",
)
Z(
    "emr_table",
    "| 项目 | 内容 |\n| 姓名 | [[NAME:谭宏伟]] |\n| 出生日期 | [[DOB:1970-10-26]] |\n| 户籍地址 | [[ADDRESS:湖南省湘潭市雨湖区韶山西路47号|韶山西路47号]] |\n| 联系电话 | [[PHONE:0731-5823 6190]] |\n| 诊断 | 肝硬化失代偿期 |",
)
Z(
    "discharge_summary",
    "出院小結\n病人姓名：[[NAME:鄭美玲]]　性別：女　出生日期：[[DOB:1947年8月15日]]　醫院編號：[[MRN:HN04128833]]\n入院日期：{{2024年3月3日}}　出院日期：2024年3月11日\n診斷：社區獲得性肺炎；第二型糖尿病\n出院安排：覆診日期另行通知，家人[[NAME:陳國棟]]（兒子）電話[[PHONE:6218 3390]]。",
)
Z(
    "prescription",
    "处方笺　普通\n费别：医保　门诊号：[[MRN:01-2388470]]　科别：皮肤科\n姓名：[[NAME:查文静]]　性别：女　年龄：31岁　日期：{{2024-05-14}}\n临床诊断：湿疹\nRp：{{丁酸氢化可的松乳膏}} 10g×1支　外用bid\n医师：[[NAME:莫晓东]]　审核：[[NAME:卓彬]]",
)
Z(
    "health_check",
    "体检报告封面\n体检编号：[[MRN:TJ20240603118]]\n姓名：[[NAME:郁海燕]]　性别：女　年龄：45岁　出生日期：[[DOB:1979年3月8日]]\n单位：某区第三小学　体检日期：{{2024年6月3日}}\n联系地址：[[ADDRESS:上海市徐汇区漕溪北路595号1号楼1202室|漕溪北路595号|1号楼1202室]]\n主检医师：[[NAME:华晓晨]]",
)
Z(
    "insurance_claim",
    "商业医疗保险理赔申请书\n被保险人：[[NAME:庞建军]]　证件号码：[[ID:45010319800114253<gb>]]　出生日期：[[DOB:1980年1月14日]]\n出险经过：2024年5月骑电动车摔伤，右锁骨骨折，于本地人民医院住院手术。\n收款账户户名：[[NAME:庞建军]]　联系地址：[[ADDRESS:南宁市青秀区民族大道136号华润中心东写字楼|民族大道136号]]附近",
)
Z(
    "progress_note",
    "术后首次病程记录\n[[NAME:宁海波]]，今日在全麻下行右半结肠切除术，手术顺利，出血约{{100 ml}}。术后安返病房，予禁食、补液、预防感染。术后注意观察腹腔引流液颜色及量。\n上级医师：[[NAME:寇建新]]主任医师　记录人：[[NAME:陶乐]]",
)
Z(
    "nursing_record",
    "入院护理评估单\n姓名：[[NAME:东方明珠]]　年龄：8岁　入院方式：抱入　过敏史：{{青霉素}}过敏\n照顾者：母亲[[NAME:周雯]]　联系电话：[[PHONE:159 2170 4483]]\n家庭住址：[[ADDRESS:杭州市滨江区长河街道江南大道3688号星耀城2幢1803|江南大道3688号|星耀城|2幢1803]]\n跌倒风险评分：{{Humpty Dumpty 12分}}",
)
Z(
    "admission_record",
    "[[NAME:巴特尔|巴特尔]]，男，62岁，牧民，蒙古族，因“反复上腹痛半年，加重伴消瘦1月”入院。出生于[[DOB:1962年4月11日]]，住[[ADDRESS:内蒙古锡林郭勒盟阿巴嘎旗别力古台镇巴彦查干嘎查|巴彦查干嘎查]]，由其子[[NAME:其木格|其木格]]陪同，病史由其子翻译提供。",
)
Z(
    "imaging_report",
    "DR检查报告\n病人姓名：[[NAME:宫凤霞]]　性别：女　年龄：{{72岁}}　影像号：[[MRN:X24050712]]　病案号：[[MRN:0066271]]\n检查部位：右腕关节正侧位\n诊断：右桡骨远端骨折（Colles骨折），断端向背侧移位。\n报告医生：[[NAME:储明]]",
)
Z(
    "consult_note",
    "会诊申请单\n[[NAME:时国强]]，男，47岁，肾内科{{18床}}，住院号[[MRN:2024-035512]]。\n患者血液透析中反复低血压，拟行动静脉内瘘成形术，请血管外科会诊。\n申请医师：[[NAME:连欣然]]\n被邀科室：血管外科",
)
Z(
    "outpatient_record",
    "儿科门诊病历\n患儿[[NAME:牛朵朵]]，女，3岁5月，出生日期[[DOB:2020-12-30]]。发热2天，最高39.5℃，伴流涕。查体：咽充血，双侧扁桃体II度肿大，可见脓点。诊断：急性化脓性扁桃体炎。\n处理：{{阿莫西林克拉维酸钾}}颗粒。监护人：[[NAME:牛建勋]]（父）",
)
Z(
    "registration_form",
    "門診登記表\n姓名：[[NAME:陳秀蓮]]　性別：女　出生日期：[[DOB:22-06-1958]]　香港身份證：[[ID:G908213(<hk>)]]\n住址：[[ADDRESS:新界沙田禾輋邨豐和樓14樓1408室|禾輋邨|豐和樓14樓1408室]]\n電話：[[PHONE:2691 0473]]　緊急聯絡人：[[NAME:李志強]]（丈夫）",
)
Z(
    "discharge_summary",
    "出院病歷摘要\n姓名：[[NAME:許阿春]]　病歷號：[[MRN:3908871]]　出生：[[DOB:民國三十五年十月九日]]\n入院日期：{{113年4月2日}}　出院日期：113年4月15日\n診斷：右側股骨轉子間骨折，術後\n居住地：[[ADDRESS:臺中市南屯區永春東路235巷12號|永春東路235巷12號]]\n主治醫師：[[NAME:張嘉宏]]",
)
Z(
    "voice_transcript",
    "（门诊语音录入）患者自述叫[[NAME:覃桂花]]生日是[[DOB:五六年三月初九]]农历的身份证上写的是阳历我也搞不清楚住在[[ADDRESS:柳州市鱼峰区荣军路21号3栋|荣军路21号|3栋]]我儿子叫[[NAME:覃伟]]他在外面等着",
)
Z(
    "progress_note",
    "阶段小结\n患者[[NAME:裴玉梅]]入院已满30天，诊断：系统性红斑狼疮、狼疮肾炎IV型。已完成{{环磷酰胺}}冲击3次，尿蛋白定量由{{4.2 g/24h}}降至1.6 g/24h。\n患者丈夫[[NAME:童建平]]要求转回当地医院继续治疗，已联系[[ADDRESS:九江市浔阳区浔阳东路138号|浔阳东路138号]]附近社区医院。\n主治医师：[[NAME:冼嘉欣]]",
)
Z(
    "lab_report",
    "病原学检测报告\n送检单位：发热门诊　样本号：{{N2406-2217}}　姓名：[[NAME:蒙海龙]]　性别：男　年龄：33岁　证件号：[[ID:45020319910305341<gb>]]\n检测项目：甲型流感病毒核酸　结果：阳性\n报告日期：{{2024-06-04}}",
)
Z(
    "phone_followup",
    "电话随访：拨打[[PHONE:0898-6652 1307]]，接电话者为患者外孙[[NAME:符家豪]]，诉患者[[NAME:吉亚妹]]出院后饮食可，血糖控制在7-9 mmol/L，已按时注射胰岛素。嘱下周二来院复查糖化血红蛋白。",
)
Z(
    "admission_record",
    "入院记录（24小时内入出院）\n姓名：[[NAME:岑秀芳]]；性别：女；年龄：42岁；职业：教师；婚姻：已婚；\n现住址：[[ADDRESS:广西梧州市万秀区新兴二路62号1-2-602|新兴二路62号|1-2-602]]；联系人：[[NAME:岑子豪]]（儿子）；电话：[[PHONE:177 7443 1082]]；\n入院情况：右侧乳房肿物1月，入院行{{空芯针穿刺活检}}。",
)
Z(
    "health_check",
    "老年人健康体检表\n姓名 [[NAME:鄂玉珍]]　编号 [[MRN:230102-0871]]　性别 女\n出生日期 [[DOB:一九四一年九月二十日]]　体检日期 2024年5月17日\n住址 [[ADDRESS:哈尔滨市道里区通江街126号3单元201|通江街126号|3单元201]]\n血压 {{158/84 mmHg}}　空腹血糖 6.8 mmol/L\n责任医生 [[NAME:关春雨]]",
)
Z(
    "transfer_note",
    "转院记录\n[[NAME:杜文博]]，男，17岁，学生，身份证号[[ID:13010220070314051<gb>]]，因“头痛伴呕吐3天”入院，头颅CT提示后颅窝占位，因本院无小儿神经外科，经家属同意转{{北京天坛医院}}。\n家属：父亲[[NAME:杜海军]]，[[PHONE:131 3218 6604]]。",
)
Z(
    "surgery_record",
    "手术安全核查表\n患者姓名：[[NAME:阎丽萍]]　性别：女　年龄：52岁　病案号：[[MRN:2024061801]]\n手术方式：全子宫切除术　手术部位标识：已标识\n手术医师：[[NAME:钱学梅]]　麻醉医师：[[NAME:熊伟]]　手术室护士：[[NAME:孙晓燕]]\n核查时间：{{2024-06-18 08:25}}",
)
Z(
    "emr_table",
    "家庭成员情况\n关系｜姓名｜年龄｜健康状况\n父｜[[NAME:隆德才]]｜已故｜肝癌\n母｜[[NAME:田桂英]]｜78｜高血压\n妻｜[[NAME:伏晓琴]]｜51｜体健\n子｜[[NAME:隆浩然]]｜26｜体健",
)

Z(
    "registration_form",
    "患者基本信息\n出生日期：[[DOB:1957年5月6日]]　年龄：67岁　性别：男\n户籍地址：[[ADDRESS:山东省潍坊市寒亭区固堤街道东李家庄村|东李家庄村]]\n现住址：[[ADDRESS:青岛市崂山区海尔路182号3号楼1单元1402户|海尔路182号|3号楼1单元1402户]]\n医保类型：职工医保　联系人：[[NAME:栾淑英]]（配偶）",
)
Z(
    "outpatient_record",
    "复诊记录：患者自诉[[DOB:六二年七月五号]]生的，今年刚退休，近一月口干、夜尿3次。尿糖（++）。家在[[ADDRESS:滁州市琅琊区丰乐大道1089号丰乐苑8栋|丰乐大道1089号|丰乐苑8栋]]，离医院近，同意每周来测一次血糖。",
)
Z(
    "admission_record",
    "一般项目\n姓名　[[NAME:庹春梅]]\n性别　女\n出生日期　[[DOB:1968年9月12日]]\n籍贯　重庆\n住址　[[ADDRESS:重庆市渝中区中山三路131号希尔顿商务大厦旁自建房2楼|中山三路131号]]\n入院时间　{{2024年1月6日10时}}",
)
Z(
    "progress_note",
    "病程记录\n患者今日诉腹胀减轻。核对身份信息时发现住院登记出生日期有误，据患者身份证，出生日期应为[[DOB:1959年11月27日]]，已通知住院处更正。\n{{2024-02-14}}　医师：[[NAME:胥文杰]]",
)
Z(
    "discharge_summary",
    "出院小结\n患者[[NAME:蔺凤英]]（出生日期[[DOB:1946.04.18]]），因“左侧肢体无力2天”于{{2024.05.03}}入院，诊断脑梗死（右侧基底节区），予{{阿司匹林}}联合氯吡格雷双抗21天，康复训练后左侧肌力4级，于2024.05.17出院。出院后回[[ADDRESS:晋中市榆次区顺城街85号2单元|顺城街85号|2单元]]居家康复。",
)
Z(
    "ed_triage",
    "急诊病历\n无名氏，男，约50岁，由路人拨打{{120}}送入，意识不清。随身物品中有一张老年卡，卡上出生日期[[DOB:1972年3月3日]]，地址[[ADDRESS:合肥市庐阳区阜阳路306号|阜阳路306号]]，已交保卫科联系家属。",
)
Z(
    "emr_table",
    "姓名\t出生日期\t现住址\n[[NAME:原桂琴]]\t[[DOB:1949-12-01]]\t[[ADDRESS:运城市盐湖区河东东街322号2号楼3单元|河东东街322号|2号楼3单元]]\n备注\t独居，女儿在外地",
)
Z(
    "lab_report",
    "输血前检查报告\n患者姓名：[[NAME:梁思雨]]　出生日期：[[DOB:1994年08月03日]]　血型：{{O型RhD阳性}}\n乙肝表面抗原：阴性　丙肝抗体：阴性　HIV抗体：阴性　梅毒抗体：阴性\n临床科室：产科　申请医生：[[NAME:欧静]]",
)
Z(
    "imaging_report",
    "乳腺钼靶报告\n受检者：[[NAME:晏红霞]]　出生日期：[[DOB:1972/11/19]]　检查号：[[MRN:MG-240522-017]]\n所见：右乳外上象限见簇状细小钙化。\n结论：{{BI-RADS 4A}}，建议活检。",
)
Z(
    "nursing_record",
    "出院指导单\n[[NAME:冀秀英]]阿姨，您的出院带药已核对。社区护士将于下周到府上换药，请确认地址：[[ADDRESS:保定市竞秀区朝阳北大街2358号金台驿小区19号楼1单元302|朝阳北大街2358号|金台驿小区|19号楼1单元302]]。有问题请拨打病房电话{{0312-5976 110}}。",
)
Z(
    "health_check",
    "入职体检表\n姓名：[[NAME:卢思远]]　性别：男　出生日期：[[DOB:1999年10月24日]]\n身份证号：[[ID:44030519991024301<gb>]]\n通讯地址：[[ADDRESS:深圳市南山区粤海街道科苑路15号科兴科学园B栋|科苑路15号|科兴科学园B栋]]\n结论：合格",
)
Z(
    "voice_transcript",
    "语音录入：病人说她是[[DOB:一九五三年腊月初六]]生人属蛇的现在住在[[ADDRESS:衡水市桃城区人民东路1169号|人民东路1169号]]原来那个纺织厂宿舍后面女儿叫[[NAME:桂兰]]",
)
Z(
    "progress_note",
    "有创操作记录\n操作名称：胸腔穿刺术　操作时间：{{2024-04-25 15:10}}\n患者[[NAME:邵国栋]]取坐位，于右侧肩胛线第8肋间穿刺，抽出淡黄色胸水{{800 ml}}，送常规、生化、病理。过程顺利。\n操作者：[[NAME:黄海潮]]",
)
Z(
    "admission_record",
    "入院记录\n患者[[NAME:褚小芬]]，女，36岁，G2P1，孕{{38+2周}}，出生日期[[DOB:1988-02-07]]，因“规律腹痛3小时”入院。丈夫[[NAME:谢振宇]]陪同。住址：[[ADDRESS:宁波市鄞州区天童南路588号宁波文化广场东侧公寓2幢1503|天童南路588号|2幢1503]]。",
)
Z(
    "insurance_claim",
    "门诊慢特病申请表\n申请人：[[NAME:饶春生]]　公民身份号码：[[ID:36042119550207181<gb>]]\n出生日期：[[DOB:1955年2月7日]]　病种：慢性心力衰竭\n居住地址：[[ADDRESS:九江市柴桑区沙河街镇东风路57号|东风路57号]]\n经办人：[[NAME:熊慧]]",
)
Z(
    "chat_message",
    "微信：医生您好，上次登记的家庭住址不对，我们已经搬到[[ADDRESS:成都市武侯区簇锦街道金履三路77号锦城小区12栋3单元6楼2号|金履三路77号|锦城小区|12栋3单元6楼2号]]了，随访的药麻烦寄到这里。我妈的身份证号[[ID:51010719500612042<gb>]]。",
)
Z(
    "outpatient_record",
    "门诊病历\n[[NAME:欧阳建华]]　男　71岁　门诊号 [[MRN:MZ24011708]]\n出生日期 [[DOB:1953.3.21]]\n主诉：右耳听力下降半年。\n处理：纯音测听；建议验配助听器。",
)
Z(
    "discharge_summary",
    "出院證明書\n茲證明[[NAME:何家明]]先生（出生日期：[[DOB:1966年12月1日]]，身份證號碼：[[ID:K238019(<hk>)]]）於{{2024年2月27日}}至2024年3月4日在本院內科病房留醫，診斷為急性胰臟炎。\n主診醫生：[[NAME:梁子健]]",
)
Z(
    "registration_form",
    "掛號資料\n姓名：[[NAME:吳美惠]]　出生：[[DOB:1963/05/29]]　身分證：[[ID:N22563817<tw>]]\n地址：[[ADDRESS:彰化縣員林市中山路二段301號5樓之2|中山路二段301號5樓之2]]\n健保卡號：[[MRN:0000 4417 3860]]",
)
Z(
    "consult_note",
    "营养科会诊\n患者[[NAME:鄢德福]]，男，1940年生，具体出生日期[[DOB:1940年6月28日]]，胃癌术后恶病质，{{BMI 16.2}}。\n会诊意见：肠内营养制剂逐步加量至{{1500 kcal/d}}，监测白蛋白及电解质。",
)
Z(
    "home_visit_note",
    "家庭病床查房记录\n地址：[[ADDRESS:常州市天宁区青洋北路118号红梅新村37幢乙单元401|青洋北路118号|红梅新村|37幢乙单元401]]\n患者卧床，骶尾部压疮II期，面积约{{3 cm×2 cm}}，已清创换药。家属[[NAME:邹建英]]学会翻身。",
)
Z(
    "lab_report",
    "新生儿疾病筛查报告\n母亲姓名：[[NAME:蓝晓丹]]　婴儿出生日期：[[DOB:2024年4月30日]]\n采血日期：{{2024年5月3日}}　卡号：[[MRN:NS2405-0923]]\n苯丙酮尿症：阴性　先天性甲减：TSH {{4.1 mIU/L}}，阴性\n联系电话：[[PHONE:138 7761 0352]]",
)
Z(
    "phone_followup",
    "随访员：请问是[[ADDRESS:淄博市张店区华光路366号|华光路366号]]的住户吗？我们是医院肿瘤科的。\n家属：是的，我是病人老伴。\n随访员：请核对一下患者出生日期。\n家属：[[DOB:1951年7月14号]]。\n随访员：好的，下周三化疗，提前一天来住院。",
)
Z(
    "transfer_note",
    "转出记录\n患者身份信息：[[NAME:商红英]]，女，出生于[[DOB:1965年1月22日]]，ID号[[MRN:A0371228]]\n转出科室：ICU　转入科室：心外科\n转出诊断：主动脉夹层（Stanford A型）术后\n转出时情况：已拔除气管插管，生命体征平稳。",
)
Z(
    "admission_record",
    "入院记录（再次入院）\n姓名：[[NAME:麦志坚]]；年龄：39岁；出生日期：[[DOB:1985年5月5日]]；现住址：[[ADDRESS:广州市海珠区江南大道中168号之三1208房|江南大道中168号之三|1208房]]；电话：[[PHONE:020-8431 7756]]。\n第3次入院，因“反复双膝关节肿痛5年，加重1周”。",
)
Z(
    "emr_table",
    "|字段|值|\n|患者|[[NAME:任晓燕]]|\n|出生日期|[[DOB:1983-07-16]]|\n|邮箱|[[EMAIL:renxiaoyan83@163.com]]|\n|就诊卡|[[MRN:20087431]]|",
)
Z(
    "voice_transcript",
    "（语音）嗯我爸叫[[NAME:邓国强]]出生是[[DOB:一九四七年十月一号]]国庆那天好记嘛他住院号我找一下[[MRN:0728816]]对我们想问问什么时候能做手术",
)
Z(
    "admission_record",
    "[[NAME:冯秀英]]，女，88岁，汉族，已婚，农民，出生日期：[[DOB:1936年3月9日]]，家庭住址：[[ADDRESS:河北省邯郸市永年区广府镇东街村三街|东街村三街]]。因“跌倒后右髋疼痛、活动受限1天”入院。病史由其孙[[NAME:冯浩]]提供。",
)
Z(
    "nursing_record",
    "新生儿护理记录\n母亲：[[NAME:尹婷婷]]　住院号：[[MRN:CK240511]]\n新生儿：男，出生时间[[DOB:2024年5月11日]]{{06:42}}，体重{{3350 g}}，Apgar评分9-10分。\n已行乙肝疫苗、卡介苗接种。",
)
Z(
    "outpatient_record",
    "肝病门诊\n就诊人：[[NAME:黎春花]]　生日：[[DOB:1969年2月17日]]\n乙肝病史20年，规律服用{{恩替卡韦}}，HBV-DNA低于检测下限。肝脏弹性值{{6.8 kPa}}。继续原方案，半年复查。\n手机：[[PHONE:152 7763 0918]]",
)
Z(
    "registration_form",
    "知情同意书签字页\n患者：[[NAME:和丽芬]]　出生日期：[[DOB:1977年6月4日]]\n委托人：[[NAME:木光明]]（丈夫）　身份证号：[[ID:53322319750908121<gb>]]\n住址：[[ADDRESS:云南省丽江市古城区七一街兴文巷86号|七一街兴文巷86号]]",
)
Z(
    "discharge_summary",
    "出院小结（日间手术）\n患者[[NAME:成晓雯]]，出生日期[[DOB:2002.9.13]]，今日局麻下行右侧乳腺纤维腺瘤切除术，术后无不适，当日出院。病理结果约5个工作日后出，请留意短信通知。联系电话[[PHONE:189 0542 3317]]。",
)
Z(
    "health_check",
    "孕产妇保健手册\n孕妇姓名：[[NAME:吕梦瑶]]　出生日期：[[DOB:1995年11月30日]]　末次月经：{{2024年2月10日}}　预产期：{{2024年11月17日}}\n丈夫姓名：[[NAME:杨帆]]\n现住址：[[ADDRESS:苏州市吴中区长桥街道宝带西路1160号|宝带西路1160号]]",
)
Z(
    "chat_message",
    "护士长，4床[[NAME:万俊杰]]的家属刚来补资料：出生日期[[DOB:1974年8月8日]]，家里地址[[ADDRESS:南京市鼓楼区中央路258号锦盈大厦旁边的小区9栋|中央路258号|9栋]]，入院单上都空着，我已经补上了。",
)
Z(
    "progress_note",
    "病程记录　{{2024-03-30 11:00}}\n[[NAME:钮秀芳]]今日出现谵妄，夜间喊叫，拔除输液针。经与其女儿沟通，患者平素独居于[[ADDRESS:嘉兴市南湖区禾兴南路401号|禾兴南路401号]]，有饮酒史。考虑酒精戒断可能，予{{地西泮}}对症。",
)
Z(
    "imaging_report",
    "胃镜检查报告\n姓名：[[NAME:阚志华]]　性别：男　年龄：60岁　内镜号：{{GS24-06338}}　住院号：[[MRN:ZY003821]]\n内镜诊断：胃角溃疡（A2期），Hp快速尿素酶试验阳性。\n活检：胃角2块。\n检查医师：[[NAME:楚天舒]]",
)
Z(
    "admission_record",
    "入院记录\n【一般情况】[[NAME:殷志强]]　男　57岁　出生日期 [[DOB:1967年4月3日]]　出生地 安徽芜湖\n【联系方式】现住址 [[ADDRESS:芜湖市镜湖区北京东路277号新时代商业街2号楼801|北京东路277号|新时代商业街2号楼801]]；联系人 [[NAME:殷晓晨]]（女儿）[[PHONE:181 5531 0748]]",
)
Z(
    "emr_table",
    "序号,姓名,出生日期,住址,电话\n1,[[NAME:单春燕]],[[DOB:1962-6-15]],[[ADDRESS:扬州市邗江区文昌西路431号|文昌西路431号]],[[PHONE:0514-8796 3321]]",
)
Z(
    "outpatient_record",
    "眼科门诊\n[[NAME:车国民]]，男，出生日期[[DOB:1944年12月12日]]，双眼视物模糊3年，右眼视力{{0.1}}，左眼0.3，晶状体混浊。诊断：双眼老年性白内障。预约右眼超声乳化手术。",
)
Z(
    "registration_form",
    "預約登記\n姓名：[[NAME:蘇志偉]]　性別：男　出生日期：[[DOB:05/09/1981]]\n地址：[[ADDRESS:香港島柴灣興華邨二期豐興樓22樓2205室|興華邨二期|豐興樓22樓2205室]]\n電郵：[[EMAIL:chiwai.so81@gmail.com]]　電話：[[PHONE:9467 2018]]",
)
Z(
    "admission_record",
    "住院病歷\n姓名：[[NAME:江明德]]　出生：[[DOB:民國四十年一月二十日]]　病歷號：[[MRN:01732948]]\n地址：[[ADDRESS:高雄市三民區建國二路318號7樓|建國二路318號7樓]]\n主訴：解黑便三天\n家屬：[[NAME:江怡君]]（女）",
)
Z(
    "progress_note",
    "上级医师查房记录\n今日[[NAME:钟振邦]]主任查房：患者腹痛缓解，血淀粉酶降至{{126 U/L}}，同意逐步恢复饮食。患者家住[[ADDRESS:汕头市金平区金砂路98号|金砂路98号]]，交代出院后戒酒、低脂饮食。",
)
Z(
    "insurance_claim",
    "意外险报案登记\n报案人：[[NAME:滑建明]]　出险人：其子[[NAME:滑宇轩]]，出生日期[[DOB:2011年3月24日]]\n出险地点：学校操场　伤情：左前臂骨折\n家庭地址：[[ADDRESS:新乡市红旗区平原路311号3号楼东单元|平原路311号|3号楼东单元]]\n联系电话：[[PHONE:137 8730 5524]]",
)
Z(
    "lab_report",
    "骨髓细胞学检查报告\n[[NAME:莘海燕]]　女　41岁　住院号[[MRN:2024-H0317]]　床号{{血液科6床}}\n骨髓增生明显活跃，原始细胞占{{62%}}，POX染色阳性。\n意见：符合急性髓系白血病骨髓象，请结合流式及融合基因。\n检验医师：[[NAME:盛佳]]",
)
Z(
    "voice_transcript",
    "语音：你好我是给我外婆挂号的她叫[[NAME:杭阿三]]没有手机出生年月日是[[DOB:1938年10月25日]]身份证号码是[[ID:32058219381025062<gb>]]",
)
Z(
    "home_visit_note",
    "随访记录（高血压）\n[[NAME:巫桂香]]，女，71岁，住[[ADDRESS:赣州市章贡区红旗大道36号2栋1单元|红旗大道36号|2栋1单元]]。今日血压{{152/86}}，未规律服药，自述“头不晕就不吃”。已再次宣教，留儿子电话[[PHONE:0797-8263 5519]]。",
)
Z(
    "discharge_summary",
    "出院小结\n姓名：[[NAME:慕容雪]]　性别：女　年龄：27岁　出生日期：[[DOB:1997年1月1日]]\n诊断：甲状腺功能亢进症（Graves病）\n出院医嘱：{{甲巯咪唑}}10mg tid，两周复查血常规、肝功能。\n随访医生：[[NAME:柯明轩]]",
)
Z(
    "admission_record",
    "病人一般资料：[[NAME:宋家宝]]，男，4岁，出生日期[[DOB:2019年12月24日]]，平安夜出生，家长为[[NAME:宋立明]]、[[NAME:杜娟]]，家住[[ADDRESS:绵阳市涪城区临园路东段58号|临园路东段58号]]。",
)
Z(
    "consult_note",
    "会诊单\n患者：[[NAME:邝美华]]　出生日期：[[DOB:1963年4月5日]]　住院号：[[MRN:LC240221]]\n申请科室：妇科　会诊科室：心内科\n会诊原因：术前心电图示{{完全性左束支传导阻滞}}\n会诊意见：心脏彩超未见结构异常，可耐受手术。",
)
Z(
    "outpatient_record",
    "口腔科门诊记录\n患者：[[NAME:阮明哲]]　生于[[DOB:2008年7月7日]]　监护人：母\n主诉：前牙外伤2小时。11牙冠折露髓。处置：局麻下行直接盖髓术。\n家庭住址：[[ADDRESS:厦门市思明区莲前东路318号|莲前东路318号]]",
)
Z(
    "registration_form",
    "居民健康档案封面\n姓名：[[NAME:靳福来]]\n现住址：[[ADDRESS:山西省长治市潞州区太行东街98号院5号楼|太行东街98号院|5号楼]]\n户籍地址：[[ADDRESS:长治市上党区韩店镇西故县村|西故县村]]\n联系电话：[[PHONE:0355-2037 618]]　乡镇（街道）名称：太行东街街道",
)
Z(
    "nursing_record",
    "[[NAME:仇桂芝]]，出生于[[DOB:一九四五年六月初十]]（农历），今日生日，病区护士为她准备了长寿面。患者精神好，血压130/76。",
)
Z(
    "surgery_record",
    "手术知情同意书（摘要）\n患者姓名：[[NAME:宣红霞]]　出生日期：[[DOB:1984年9月9日]]　病案号：[[MRN:2024070211]]\n拟行手术：剖宫产术\n签字人：[[NAME:宣红霞]]、[[NAME:邬志鹏]]（配偶）\n签字日期：{{2024年7月2日}}",
)
Z(
    "progress_note",
    "死亡讨论记录摘要\n患者[[NAME:黎德全]]，男，出生日期[[DOB:1939-08-30]]，因“重症肺炎、呼吸衰竭”于{{2024-01-12}}入院，经抢救无效于2024-01-20临床死亡。\n主持人：[[NAME:闵振东]]主任",
)
Z(
    "emr_table",
    "【检验申请】\n姓名：[[NAME:皮晓芸]]\t性别：女\t出生日期：[[DOB:1993/4/27]]\t申请科室：生殖中心\t项目：{{AMH}}、性激素六项\t电话：[[PHONE:155 2703 6618]]",
)
Z(
    "admission_record",
    "入院记录\n姓名：[[NAME:雷振华]]　性别：男　年龄：50岁\n身份证号码：[[ID:61011319740518271<gb>]]（出生日期同证件）\n现住址：[[ADDRESS:西安市雁塔区小寨西路232号西北大学西门对面家属院6号楼|小寨西路232号|6号楼]]\n联系人：[[NAME:雷婷]]（女）",
)
Z(
    "chat_message",
    "【患者服务群】\n[[NAME:梅子涵]]：请问体检报告能寄到家里吗？地址是[[ADDRESS:贵阳市云岩区中华北路289号东山小区A栋903|中华北路289号|东山小区|A栋903]]，收件人[[NAME:梅子涵]]，电话[[PHONE:186 8502 7744]]\n客服：可以的，3个工作日内寄出。",
)
Z(
    "outpatient_record",
    "皮肤科门诊：[[NAME:覃小雨]]，女，出生日期[[DOB:2001年10月3日]]，面部痤疮2年。予{{阿达帕林凝胶}}，夜间外用。嘱避免挤压，4周复诊。",
)
Z(
    "discharge_summary",
    "出院小结\n一、患者信息：[[NAME:贝春兰]]，女，出生日期[[DOB:1955年7月19日]]，住院号[[MRN:0288310]]。\n二、出院诊断：{{带状疱疹}}（右胸背部）。\n三、出院医嘱：伐昔洛韦继续口服至满7天，疼痛明显时门诊就诊。",
)

Z(
    "voice_transcript",
    "（查房录音转写）主任说三床那个老太太[[NAME:桂花]]你去跟她儿子讲一下明天要做增强CT签字的时候让[[NAME:建华]]也来一趟他是长子上次就是他签的",
)
Z(
    "progress_note",
    "病程记录　{{2024-06-09 17:30}}\n患者今日下午突发寒战高热，体温39.6℃，抽血培养两套，予{{哌拉西林他唑巴坦}}经验性抗感染。已电话告知家属。\n医师签名：[[NAME:秀英]]（规培）／上级医师：[[NAME:诸葛晓燕]]",
)
Z(
    "discharge_summary",
    "……出院后注意休息，两周后门诊复查。\n\n经治医师：[[NAME:司徒国强]]\n主治医师：[[NAME:阎春雷]]\n科主任：[[NAME:单于飞|单于飞]]\n{{2024年4月28日}}",
)
Z(
    "admission_record",
    "家族史：父[[NAME:訾长林]]，死于脑出血；母[[NAME:鲍秀英]]，健在，患糖尿病；兄[[NAME:訾国强]]，高血压；妹[[NAME:訾晓燕]]，体健。否认家族遗传病史。",
)
Z(
    "nursing_record",
    "夜班交班\n5床 [[NAME:郗淑兰]] 82岁 心衰 夜间端坐呼吸一次，已予{{呋塞米}}20mg iv，尿量600ml\n6床 [[NAME:佟大为]] 45岁 胰腺炎 禁食中 腹痛评分3分\n7床 [[NAME:亓官美玲|亓官美玲|美玲]] 37岁 术后第2天 已下床活动\n交班：[[NAME:晓燕]]",
)
Z(
    "outpatient_record",
    "[[NAME:胡桂花]]，女，68岁，因“双手关节肿痛3年”就诊。类风湿因子{{186 IU/ml}}，抗CCP抗体阳性。诊断：类风湿关节炎。予{{甲氨蝶呤}}每周一次。\n病史陈述者：其儿媳[[NAME:郎丽]]，可靠。",
)
Z(
    "chat_message",
    "【ICU家属沟通群】\n[[NAME:国强]]：医生，我爸今天能不能拔管？\n[[NAME:焦]]主任：还要看下午的血气，先别着急。\n[[NAME:秀英]]：国强你先回去休息，我在这守着。",
)
Z(
    "imaging_report",
    "PET-CT报告\n姓名：[[NAME:仲建华]]　性别：男　年龄：62岁　检查日期：{{2024-05-31}}\n所见：右肺下叶团块，{{SUVmax 12.4}}，纵隔4R组淋巴结代谢增高。\n印象：右肺下叶恶性肿瘤伴纵隔淋巴结转移可能。\n报告：[[NAME:戈晓春]]　审核：[[NAME:闻人杰|闻人杰]]",
)
Z(
    "consult_note",
    "会诊回复\n……同意贵科诊断，建议加用{{利伐沙班}}15mg bid×21天后改20mg qd。\n会诊医生：[[NAME:谯红]]（血管外科）\n{{2024-03-12 10:05}}",
)
Z(
    "registration_form",
    "志愿者/陪护登记表\n陪护人：[[NAME:仝秀梅]]　与患者关系：女儿　患者：[[NAME:仝德水]]\n陪护人电话：[[PHONE:134 0392 5186]]　电子邮箱：[[EMAIL:tongxiumei1979@qq.com]]\n陪护人住址：[[ADDRESS:开封市鼓楼区自由路西段66号|自由路西段66号]]",
)
Z(
    "phone_followup",
    "随访电话转写：您好请问是[[NAME:揭春兰]]吗……哦您是她女婿[[NAME:伍振宇]]……好的麻烦转告她下周一上午八点空腹来抽血复查肝功能，带上医保卡和出院小结。",
)
Z(
    "lab_report",
    "检验危急值报告记录\n患者：[[NAME:庾丽红]]　科室：血液科　床号：{{12}}　检验项目：血小板\n结果：{{12×10^9/L}}\n报告人：检验科[[NAME:詹晓峰]]　接收人：护士[[NAME:彭佳琪]]　报告时间：14:32\n处理：已通知值班医生[[NAME:龙飞]]。",
)
Z(
    "admission_record",
    "入院记录\n患者姓名：[[NAME:帅文秀]]　性别：女　年龄：49岁\n出生日期：[[DOB:1975年3月15日]]　婚姻状况：离异\n职业：自由职业　户籍：江西南昌\n现住址：[[ADDRESS:广东省东莞市南城街道莞太路111号民盈国贸中心2号楼2406|莞太路111号|民盈国贸中心2号楼2406]]\n电子邮箱：[[EMAIL:wenxiu_shuai@sina.com]]",
)

# ---------------------------------------------------------------------------
# zh PHI-free look-alikes -- headers with only non-identifying fields
# ---------------------------------------------------------------------------
Z(
    "admission_record",
    "性别：女　年龄：{{67岁}}　科室：内分泌科　床号：{{23床}}　入院日期：{{2024-03-05}}\n入院诊断：2型糖尿病伴周围神经病变（{{E11.4}}）",
)
Z(
    "lab_report",
    "检验报告单\n科别：急诊内科　标本类型：血清　标本号：{{2403150082}}　采集时间：{{2024-03-15 02:17}}\n肌钙蛋白I {{0.86 ng/ml}} ↑　CK-MB 42 U/L ↑　BNP 1260 pg/ml ↑",
)
Z(
    "discharge_summary",
    "出院医嘱：\n1. {{硝苯地平控释片}}30mg qd；\n2. {{阿托伐他汀钙片}}20mg qn；\n3. 低盐低脂饮食，监测血压，目标<130/80 mmHg；\n4. 出院后一月心内科门诊复诊，如有胸痛请立即拨打{{120}}。",
)
Z(
    "imaging_report",
    "检查号：[[MRN:MR2406-1177]]　检查日期：{{2024年6月11日}}　检查部位：头颅MRI+DWI\n所见：左侧基底节区见斑片状DWI高信号，ADC值减低。\n印象：左侧基底节区急性脑梗死。",
)
Z(
    "progress_note",
    "病程记录　{{2024-02-08 10:20}}\n患者诉{{雷诺现象}}较前加重，双手遇冷发白发紫。查抗核抗体1:320，抗着丝点抗体阳性，考虑局限型系统性硬化症。加用{{硝苯地平}}，嘱注意保暖。",
)
Z(
    "outpatient_record",
    "门诊病历\n性别：男　年龄：{{34岁}}　就诊日期：{{2024-04-19}}\n主诉：口腔溃疡反复发作2年，伴外阴溃疡。\n初步诊断：{{白塞病}}？建议风湿免疫科进一步检查，必要时针刺试验。",
)
Z(
    "consult_note",
    "会诊意见：患者血钠{{118 mmol/L}}，考虑{{抗利尿激素分泌失调综合征}}，建议限水、缓慢纠正，24小时升高不超过8 mmol/L，警惕渗透性脱髓鞘。",
)
Z(
    "nursing_record",
    "{{08:00}} T 37.2℃ P 88次/分 R 20次/分 BP 128/76 mmHg SpO2 96%（鼻导管{{2 L/min}}）\n12:00 进食半流质约200 ml，无呛咳\n16:00 尿量累计850 ml",
)
Z(
    "emr_table",
    "项目|结果|单位|参考区间\n血红蛋白|{{96}}|g/L|115-150\n平均红细胞体积|{{72.4}}|fL|82-100\n血清铁蛋白|8.1|μg/L|15-150",
)
Z(
    "prescription",
    "处方\n{{阿莫西林胶囊}} 0.5g×24粒 用法：0.5g tid po\n{{克拉霉素片}} 0.5g×14片 用法：0.5g bid po\n{{奥美拉唑肠溶胶囊}} 20mg×14粒 用法：20mg bid po\n枸橼酸铋钾 0.3g×28 用法：0.6g bid po\n疗程：14天",
)
Z(
    "discharge_summary",
    "转诊建议：患者拟诊{{霍奇金淋巴瘤}}（经典型，结节硬化型），建议转{{中山大学肿瘤防治中心}}（{{广州市东风东路651号}}）进一步分期及治疗。",
)
Z(
    "admission_record",
    "入院诊断：\n1. 社区获得性肺炎（{{J18.9}}）\n2. {{帕金森病}}（G20）\n3. 高血压病2级（I10）\n入院时间：{{2024年1月17日14时32分}}　病区：老年病科二病区",
)
Z(
    "lab_report",
    "尿常规　标本号{{U240417-306}}\n颜色：淡黄　比重：{{1.025}}　pH 5.5　蛋白：（++）　潜血：（+）　白细胞：阴性\n镜检红细胞：{{8-10/HP}}　备注：建议复查",
)
Z(
    "imaging_report",
    "心脏彩超报告\n左房内径{{42 mm}}，左室舒张末内径55 mm，室间隔厚度11 mm，{{LVEF 45%}}。\n二尖瓣中度反流。\n结论：左房增大，左室收缩功能轻度减低。",
)
Z(
    "outpatient_record",
    "患者系{{川崎病}}恢复期，冠脉超声示右冠状动脉内径{{3.6 mm}}，Z值+2.8，继续阿司匹林3~5 mg/kg/d，3个月后复查心脏彩超。",
)
Z(
    "health_check",
    "体检小结：\n1. 血压{{142/90 mmHg}}，建议复测；\n2. 总胆固醇6.3 mmol/L，{{LDL-C 4.1 mmol/L}}；\n3. 甲状腺右叶结节（TI-RADS 3类），建议一年复查；\n4. 幽门螺杆菌{{C13呼气试验}}阳性。",
)
Z(
    "ed_triage",
    "预检分诊\n到达：{{23:48}}　方式：{{120}}送入　分级：I级（红区）\n主诉：胸痛2小时，伴大汗\n心电图：V1-V4导联ST段抬高\n处置：启动胸痛中心绿色通道，导管室电话{{分机6120}}",
)
Z(
    "nursing_record",
    "健康宣教：指导患者正确使用{{布地奈德福莫特罗吸入剂}}（信必可都保），每次1吸，每日2次，吸后漱口。发作时可拨打护士站（院内分机{{6310}}）咨询。",
)
Z(
    "progress_note",
    "科室疑难病例讨论：患者反复发热、皮疹、关节痛，铁蛋白{{>2000 ng/ml}}，排除感染及肿瘤后，考虑{{成人斯蒂尔病}}，拟予{{泼尼松}}1 mg/kg/d。",
)
Z(
    "registration_form",
    "入院登记（匿名化样表）\n性别：□男 ■女　年龄：{{45}}岁　婚姻：已婚　职业：教师\n入院途径：门诊　付费方式：{{城镇职工基本医疗保险}}\n入院科室：乳腺外科　床位：{{B区17床}}",
)
Z(
    "lab_report",
    "凝血功能：PT {{14.8 s}}，INR {{1.32}}，APTT 38.6 s，纤维蛋白原1.8 g/L，D-二聚体3.2 mg/L FEU。\n送检科室：产科　报告时间：{{2024-05-02 09:41}}",
)
Z(
    "surgery_record",
    "手术名称：{{Whipple手术}}（胰十二指肠切除术）\n手术时间：{{08:30-14:05}}　出血量：约600 ml　输血：悬浮红细胞2U\n术中冰冻：胰头导管腺癌，切缘阴性。",
)
Z(
    "discharge_summary",
    "出院诊断：{{格林-巴利综合征}}（急性炎性脱髓鞘性多发性神经病）。经{{丙种球蛋白}}0.4 g/kg/d×5天治疗后，四肢肌力由2级恢复至4级。住院{{21天}}。",
)
Z(
    "outpatient_record",
    "中医门诊：舌淡苔白，脉细弱。辨证：气血两虚。方用{{八珍汤}}加减：党参15g、白术12g、茯苓15g、{{当归}}10g、川芎6g、熟地15g、白芍12g、炙甘草6g。7剂，水煎服。",
)
Z(
    "consult_note",
    "会诊申请：患者{{地高辛}}血药浓度{{2.8 ng/ml}}，伴恶心、视物发黄，心电图示鱼钩样ST段改变，请心内科协助处理。申请时间：{{2024-04-03 15:12}}",
)
Z(
    "emr_table",
    "药品名称\t规格\t批号\t有效期\n{{注射用头孢曲松钠}}\t1.0g\t{{2403217}}\t{{2026-02}}\n氯化钠注射液\t100ml\t2402188\t2026-08",
)
Z(
    "imaging_report",
    "胸部CT：双肺多发磨玻璃影及实变，以胸膜下分布为主，呈“{{铺路石征}}”，纵隔淋巴结不大。\n印象：双肺间质性改变，建议结合临床及{{KL-6}}检查。",
)
Z(
    "progress_note",
    "交接班：今日新收3人，出院2人，手术5台。危重患者2人：{{11床}}重症胰腺炎、{{25床}}脓毒性休克，均已交代。值班电话{{8021}}。",
)
Z(
    "health_check",
    "骨密度检测：腰椎{{T值-2.8}}，股骨颈T值-2.3。\n结论：骨质疏松症。\n建议：补充钙剂及维生素D，可考虑{{阿仑膦酸钠}}70mg每周一次。",
)
Z(
    "admission_record",
    "过敏史：对{{磺胺类}}药物过敏（皮疹）。\n预防接种史：按计划接种。\n个人史：生于湖北，久居本地，无疫区接触史，吸烟{{30包年}}，已戒5年。",
)
Z(
    "lab_report",
    "甲状腺功能：{{FT3 12.6 pmol/L}} ↑，FT4 48.2 pmol/L ↑，{{TSH <0.005 mIU/L}} ↓，TRAb 18.4 IU/L ↑。\n提示：甲状腺功能亢进，TRAb阳性支持Graves病。",
)
Z(
    "outpatient_record",
    "随访：患儿系{{唐氏综合征}}，现{{5岁2月}}，心脏室间隔缺损已于2岁时修补。目前语言发育落后，转康复科训练。甲功每年复查。",
)
Z(
    "nursing_record",
    "压疮风险评估：{{Braden评分11分}}（高危）。措施：气垫床，每2小时翻身一次，骶尾部贴{{泡沫敷料}}，营养科会诊。",
)
Z(
    "discharge_summary",
    "出院时带药：{{华法林钠片}}2.5mg qd（根据INR调整，目标2.0-3.0），{{比索洛尔}}2.5mg qd。一周后查INR。心外科门诊：周二、周四上午。",
)
Z(
    "imaging_report",
    "全腹CT：肝右叶见类圆形低密度灶，增强动脉期明显强化，门脉期廓清，大小约{{3.2 cm×2.8 cm}}。\n印象：肝右叶占位，考虑肝细胞癌（{{LI-RADS 5}}）。",
)
Z(
    "progress_note",
    "术前讨论\n参加人员：肝胆外科全体医师\n讨论意见：患者{{Child-Pugh A级}}，ICG-R15 {{6.2%}}，可耐受右半肝切除。术前备血4U。",
)
Z(
    "ed_triage",
    "院前急救病历：{{120}}调度时间{{19:06}}，到达现场19:18。患者倒地，呼之不应，大动脉搏动消失，立即CPR，AED除颤一次（200J），19:31恢复自主循环。",
)
Z(
    "registration_form",
    "疫苗接种记录\n疫苗名称：{{23价肺炎球菌多糖疫苗}}　生产企业：成都生物制品研究所　批号：{{Y202310027}}\n接种部位：左上臂三角肌　接种日期：{{2024-04-08}}",
)
Z(
    "lab_report",
    "细菌培养及药敏：检出{{金黄色葡萄球菌}}（MRSA），对{{万古霉素}}、利奈唑胺敏感，对苯唑西林、红霉素耐药。标本：痰。",
)
Z(
    "outpatient_record",
    "门诊：{{马凡综合征}}患者，主动脉根部内径{{46 mm}}，较半年前增加2 mm。继续氯沙坦，避免剧烈运动，建议心外科评估。",
)
Z(
    "health_check",
    "体检机构：{{美年大健康}}　套餐：中老年男性A　体检日期：{{2024-05-25}}\n阳性发现：前列腺增生，PSA {{3.2 ng/ml}}（正常）",
)
Z(
    "discharge_summary",
    "出院小結\n診斷：{{川崎病}}（不完全型）\n住院日期：{{2024年1月8日}}至2024年1月15日\n治療：靜脈注射免疫球蛋白2 g/kg，高劑量阿士匹靈\n覆診：{{瑪麗醫院}}兒科心臟專科門診",
)
Z(
    "outpatient_record",
    "門診紀錄：病人有{{第二型糖尿病}}及高血壓，HbA1c {{8.4%}}，加用{{甲福明}}（Metformin）500mg每日兩次。下次覆診：12星期後。",
)
Z(
    "admission_record",
    "入院診斷：右側股骨頸骨折（{{S72.00}}）\n入院日期：{{113年3月14日}}\n病房：骨科病房{{7A-15}}\n過敏：無",
)
Z(
    "lab_report",
    "檢驗報告\n檢體：全血　檢體編號：{{H24-031188}}\n白血球 {{11.2}} ×10³/μL　血紅素 10.8 g/dL　血小板 {{456}} ×10³/μL\n報告日期：2024/03/22",
)
Z(
    "ed_triage",
    "急症室分流：第二類（危急）。主訴：胸口痛一小時。BP {{168/102}}，SpO2 95%。如病情惡化請致電{{999}}，{{伊利沙伯醫院}}急症室正在處理。",
)
Z(
    "nursing_record",
    "護理紀錄：病人術後第一天，{{PCA}}止痛，疼痛分數{{3/10}}，已協助下床坐椅。引流管引流量80 ml，血性。",
)
Z(
    "imaging_report",
    "超音波報告：膽囊內見多顆強回聲伴聲影，最大約{{1.4 cm}}，膽囊壁增厚至{{5 mm}}。\n結論：膽結石合併膽囊炎。",
)
Z(
    "discharge_summary",
    "出院衛教：請於{{臺大醫院}}（{{臺北市中正區中山南路7號}}）心臟內科門診追蹤，門診時間週三下午。服用{{保栓通}}期間如有黑便請回診。",
)
Z(
    "progress_note",
    "病程：病人疑似{{史蒂文斯-強森症候群}}，口腔及眼結膜糜爛，體表皮膚剝脫面積約{{8%}}。已停用卡馬西平，轉燒燙傷中心。",
)
Z(
    "outpatient_record",
    "患者咨询能否同时服用{{华佗再造丸}}和{{氯吡格雷}}。已告知中成药成分复杂，建议间隔服用并监测出血倾向。",
)
Z(
    "admission_record",
    "既往史：2019年在{{华西医院}}（{{成都市武侯区国学巷37号}}）行甲状腺次全切除术，术后规律服用{{优甲乐}}50μg qd。",
)
Z(
    "consult_note",
    "麻醉科会诊：患者{{Mallampati III级}}，张口度{{2.5横指}}，颈部活动受限，预计困难气道，建议备可视喉镜及纤支镜。",
)
Z(
    "lab_report",
    "脑脊液检查：压力{{260 mmH2O}}，白细胞{{320×10^6/L}}，多核为主，蛋白1.8 g/L，糖1.1 mmol/L，氯化物112 mmol/L。墨汁染色阴性。",
)
Z(
    "prescription",
    "麻醉药品处方（红处方）\n科别：肿瘤科　{{床号：31}}　诊断：肺癌骨转移\nRp：{{盐酸羟考酮缓释片}} 10mg×14片　用法：10mg q12h\n处方号：[[MRN:MZ0002318]]",
)
Z(
    "health_check",
    "新生儿听力筛查：双耳{{OAE}}通过。\n先天性心脏病筛查：经皮血氧右手98%，右足97%，差值{{1%}}，阴性。",
)
Z(
    "progress_note",
    "康复评定：{{Barthel指数}}45分（中度依赖），Berg平衡量表{{28分}}。目标：4周内实现助行器辅助下室内步行。",
)
Z(
    "outpatient_record",
    "患者为{{马来西亚}}籍游客，来华旅游途中腹泻3天，每日6-7次，水样便。予口服补液盐、{{蒙脱石散}}。旅行社陪同人员已垫付医药费。",
)
Z(
    "discharge_summary",
    "病理诊断：（左乳）浸润性导管癌，{{II级}}，大小2.1 cm×1.8 cm，ER 90%+，PR 60%+，{{HER2（1+）}}，Ki-67 15%，腋窝淋巴结0/18。",
)
Z(
    "registration_form",
    "科室通讯录（内部）\n心内科护士站：{{分机8216}}\n导管室：{{分机8230}}\n医务科总值班：{{分机8000}}（夜间转手机）",
)
Z(
    "lab_report",
    "血气分析（吸氧{{3 L/min}}）：pH 7.31，PaCO2 {{62 mmHg}}，PaO2 58 mmHg，HCO3- 31 mmol/L，乳酸1.2 mmol/L。提示II型呼吸衰竭。",
)
Z(
    "imaging_report",
    "头颅CT：左侧颞顶部颅骨内板下见{{新月形}}高密度影，最厚处约{{12 mm}}，中线结构右移约6 mm。\n印象：左侧急性硬膜下血肿。",
)
Z(
    "nursing_record",
    "管路维护：PICC置管第{{28天}}，臂围{{26 cm}}（置管时25.5 cm），穿刺点无红肿，已更换透明敷贴及{{正压接头}}。",
)
Z(
    "outpatient_record",
    "患者服用{{云南白药胶囊}}后出现皮疹，停药后缓解。另诉平时喝{{王老吉}}，已告知不影响目前用药。",
)
Z(
    "progress_note",
    "查房记录：{{桥本甲状腺炎}}合并甲减，TSH {{8.6 mIU/L}}，{{左甲状腺素}}由50μg加至75μg，6周后复查。",
)
Z(
    "emr_table",
    "日期|体重(kg)|血压(mmHg)|空腹血糖\n{{2024-01-10}}|78.2|{{150/92}}|8.6\n2024-02-07|76.9|142/88|7.4\n2024-03-06|75.5|136/84|6.9",
)
Z(
    "ed_triage",
    "中毒急救：误服{{百草枯}}约20 ml，约2小时前。立即洗胃、导泻，联系{{中毒咨询热线}}。尿百草枯定性试验阳性。",
)
Z(
    "surgery_record",
    "植入物登记：{{DePuy}}人工全髋关节假体，股骨柄型号{{Corail 11}}，髋臼杯54 mm，陶瓷对陶瓷界面。产品条码已粘贴于病历。",
)
Z(
    "health_check",
    "社区高血压筛查活动：{{2024年5月17日}}（世界高血压日），共筛查居民312人，检出血压≥{{140/90 mmHg}}者58人，均已建档随访。",
)
Z(
    "outpatient_record",
    "呼吸科门诊：自述{{国庆}}长假后开始咳嗽，{{春节}}前曾自购{{金银花}}颗粒和{{川贝枇杷膏}}，效果不明显。胸片未见异常。考虑感染后咳嗽。",
)

# ---------------------------------------------------------------------------
# mixed rows with PHI -- code-switched records (HK, SG, mainland, overseas)
# ---------------------------------------------------------------------------
M(
    "admission_record",
    "Admission note（内科）\nPatient：[[NAME:陈大文]]（[[NAME:CHAN Tai Man]]）　Sex：M　DOB：[[DOB:12/03/1956]]　HKID：[[ID:A468213(<hk>)]]\nAddress：[[ADDRESS:Flat 1506, 15/F, Tin Yiu House, Tin Yiu Estate, Tin Shui Wai|Flat 1506|15/F|Tin Yiu House|Tin Yiu Estate]]\nC/O：SOB x3/7，咳嗽有黄痰，BP 152/88。",
)
M(
    "discharge_summary",
    "Discharge summary\nName：[[NAME:Tan Mei Ling]]　NRIC：[[ID:S7731542<nric>]]　D.O.B.：[[DOB:04-Aug-1977]]\nAddress：[[ADDRESS:Blk 216 Bedok North St 1 #08-112 Singapore 460216|Blk 216|Bedok North St 1|#08-112|460216]]\nDx：DHF，platelet 最低 {{22 x10^9/L}}，已回升。Follow-up at {{CGH}} SOC。",
)
M(
    "outpatient_record",
    "门诊：[[NAME:Kevin Zhou]]，男，32岁，IT工程师，DOB [[DOB:1992-06-18]]。主诉 lower back pain 2 weeks，no red flags。建议 physiotherapy，{{NSAIDs}} prn。Email for report：[[EMAIL:kevin.zhou92@outlook.com]]",
)
M(
    "lab_report",
    "Lab report　检验报告\nName 姓名：[[NAME:黄晓敏]]　Sex 性别：F　Age 年龄：29\nMRN 病历号：[[MRN:HK2904417]]　Specimen 标本：Serum　Lab No.：[[MRN:L24-03877]]\nβ-hCG：{{12,450 IU/L}}\nReported by：Dr [[NAME:Lam Wai Kit]]",
)
M(
    "consult_note",
    "Consult request：Ortho→Medicine\nPt [[NAME:梁淑芬]] ([[NAME:Leung Shuk Fan]])，F/78，bed {{9B-12}}，hosp no. [[MRN:HN17008234]]\nPre-op for #NOF，hx AF on {{warfarin}}，INR 2.6，请内科评估 bridging。\nRequested by：Dr. [[NAME:Wong]]",
)
M(
    "chat_message",
    "WhatsApp：Hi 姑娘，我阿爸[[NAME:何志强]]今日出院，地址要改做[[ADDRESS:九龍紅磡黃埔花園第6期12座18樓C室|黃埔花園第6期|12座18樓C室]]，社康姑娘嚟探佢就去呢度。我電話[[PHONE:9617 3304]]，唔該晒！",
)
M(
    "emr_table",
    "Name | DOB | ID | Tel\n[[NAME:林美华]] | [[DOB:1964-11-02]] | [[ID:S6411029<nric>]] | [[PHONE:+65 9123 4577]]\n[[NAME:Lim Ah Huat]] | [[DOB:1938-01-17]] | [[ID:S0381179<nric>]] | [[PHONE:6258 3106]] (NOK)",
)
M(
    "referral_letter",
    "Referral 转诊信\nDear colleague，\nRe：[[NAME:刘建平]] [[NAME:Liu Jianping]]，DOB [[DOB:15 May 1960]]，resident ID [[ID:11010519600515281<gb>]]\n患者 PSA {{18.6 ng/ml}}，MRI PI-RADS 5，恳请安排 prostate biopsy。\nRegards，Dr. [[NAME:孙浩]]",
)
M(
    "nursing_record",
    "Handover：Bed 14 Mdm [[NAME:Goh]] 已 extubate，on {{2L NC}}，SpO2 97%。她个女[[NAME:Jessica]]会 3pm 来，need to sign consent for PEG。Bed 15 Mr [[NAME:Ramasamy]] pain score 2/10。",
)
M(
    "registration_form",
    "新症登記 New case registration\n姓名 Name：[[NAME:周嘉欣]]\n出生日期 Date of birth：[[DOB:27/09/2005]]\n地址 Address：[[ADDRESS:新界將軍澳寶林邨寶勤樓807室|寶林邨|寶勤樓807室]]\nParent/guardian：[[NAME:周錦榮]] [[NAME:CHOW Kam Wing]]（父）",
)
M(
    "imaging_report",
    "Radiology report\nPatient：[[NAME:王海燕]]　MRN：[[MRN:SZ00418826]]　DOB：[[DOB:1971.07.30]]\nExam：CT abdomen/pelvis with contrast　Accession：{{CT2406-55312}}\nImpression：左肾 {{3.4 cm}} enhancing mass，考虑 RCC，建议 urology referral。\nRadiologist：Dr [[NAME:Ho Ka Lok]]",
)
M(
    "progress_note",
    "Ward round：[[NAME:老李]]今日 afebrile，CRP 由 {{186}} 降到 54，plan step down to oral {{Augmentin}}。家属 [[NAME:李小红]] 问 discharge date，已解释 pending repeat CXR。",
)
M(
    "voice_transcript",
    "voice note：Hello [[NAME:陈]]医生 我系[[NAME:Cindy Ho]]呀 我阿妈[[NAME:何桂英]] birthday 係[[DOB:1946年3月18號]] 你哋 system 入錯咗做 1964 呀 唔該幫手改返",
)
M(
    "discharge_summary",
    "Discharge：[[NAME:Ahmad bin Ismail]]，男，58，NRIC [[ID:S6612047<nric>]]，dx NSTEMI，s/p PCI to LAD。Home address：[[ADDRESS:Blk 512 Jurong West St 52 #11-207 Singapore 640512|Blk 512|Jurong West St 52|#11-207|640512]]。TCU with cardio 2 weeks。",
)
M(
    "chat_message",
    "Hi 护士，我是 [[NAME:Vivian]]，bed 6 [[NAME:张秀兰]] 的女儿。Pharmacy 说要 update 地址才可以 deliver 药：[[ADDRESS:上海市长宁区虹桥路1386号文化广场C座1102|虹桥路1386号|文化广场C座1102]]。Thanks！",
)
M(
    "referral_letter",
    "To：{{Prince of Wales Hospital}} Neurology SOPC\n患者 [[NAME:Cheung Siu Ming]]（[[NAME:張小明]]），M/45，DOB [[DOB:02-Feb-1979]]，HKID [[ID:Z551207(<hk>)]]\nHx：progressive hand tremor 1 yr，suspect ET vs early PD。\nClinic tel：[[PHONE:2647 3318]]",
)
M(
    "admission_record",
    "H&P（ICU）\nName：[[NAME:Priya Nair]]　Age/Sex：34/F　DOB：[[DOB:1990-04-09]]　MRN：[[MRN:TTS-0772381]]\nNOK：[[NAME:Arun Nair]]（husband）[[PHONE:+65 8372 1190]]\n入院原因：post-partum haemorrhage，估计失血 {{1.8 L}}。",
)
M(
    "outpatient_record",
    "儿科 clinic：[[NAME:Ethan 李|Ethan|李]]，5岁，出生日期 [[DOB:2019年2月14日]]，Valentine's baby。Recurrent wheeze，trial {{Flixotide}} 50mcg bd with spacer，review 6 weeks。",
)
M(
    "lab_report",
    "LAB　化验单\nPatient name：[[NAME:ZHANG Wei]]　Passport：[[ID:E12873364]]　DOB：[[DOB:1988/10/05]]\nTest：{{HIV Ag/Ab combo}} — non-reactive\nCollected：{{2024-04-22 09:15}}",
)
M(
    "nursing_record",
    "Nursing note：Pt [[NAME:Mary Wong]]（[[NAME:黃美華]]）refused bath，话要等她个仔 [[NAME:Kelvin]] 嚟先。Fall risk high（{{Morse 55}}），bed rails up，call bell within reach。",
)
M(
    "emr_table",
    "Field\t值\nPatient ID\t[[MRN:P-00917735]]\nName\t[[NAME:赵思琪]]\nDOB\t[[DOB:1996/12/21]]\nEmail\t[[EMAIL:siqi.zhao96@126.com]]\nAddress\t[[ADDRESS:深圳市福田区福华三路88号财富大厦旁怡景花园5栋19C|福华三路88号|怡景花园5栋19C]]",
)
M(
    "transfer_note",
    "Transfer note：[[NAME:Siti Aminah binti Rahman]]，F/66，from {{NUH}} ED to ward 7，dx urosepsis，已 start IV {{ceftriaxone}} 2g。家属 [[NAME:Faizal]]（son）contact [[PHONE:9786 2053]]。",
)
M(
    "registration_form",
    "Patient registration 登记\nName：[[NAME:Daniel Tse]]　中文名：[[NAME:謝俊傑]]\nDOB：[[DOB:8 Sept 1983]]　Tel：[[PHONE:5143 8827]]\nCorrespondence address：[[ADDRESS:Room 2103, 21/F, Block B, Kornhill, Quarry Bay, Hong Kong|Room 2103|21/F|Block B|Kornhill]]",
)
M(
    "voice_transcript",
    "（语音）hi doctor 我是[[NAME:Jason]]啊就是上礼拜做 colonoscopy 那个 report 你寄去我新地址好了[[ADDRESS:北京市朝阳区望京街道阜通东大街6号方恒国际C座1708|阜通东大街6号|方恒国际C座1708]]谢谢",
)
M(
    "discharge_summary",
    "Discharge summary 出院摘要\nName：[[NAME:Chua Boon Keng]]　DOB：[[DOB:23.11.1952]]　NRIC：[[ID:S5236816<nric>]]\nDx：CAP，T2DM\nMeds：{{Metformin}} 850mg bd，{{Amoxicillin}} 1g tds x5/7\n家人 [[NAME:Chua Li Ting]] 会负责 follow-up。",
)
M(
    "progress_note",
    "MDT discussion：[[NAME:陆建明]]，{{cT3N1M0}} rectal ca，s/p neoadjuvant CRT，MRI 显示 good response。Plan：TME surgery by Dr [[NAME:Francis Yip]]，date TBC。",
)
M(
    "insurance_claim",
    "Claim form 理赔表\nInsured：[[NAME:Wong Ka Yan]]　Policy no.：[[MRN:AXA-HK-7730192]]\nDate of birth：[[DOB:19 January 1987]]\nResidential address：[[ADDRESS:Flat D, 9/F, Hoi Tao Building, 33 Hoi Yuen Road, Kwun Tong|Flat D|9/F|Hoi Tao Building|33 Hoi Yuen Road]]\n理赔项目：outpatient physiotherapy x6",
)
M(
    "chat_message",
    "【Ward 7 family chat】\nAuntie [[NAME:Lily]]：我老公 [[NAME:Ong Kian Seng]] 今日转去 rehab 未？\nNurse：Not yet auntie，bed 仲未有，maybe tomorrow。",
)
M(
    "admission_record",
    "Clerking：62M，[[NAME:Rajesh Kumar]]，DOB [[DOB:14/02/1962]]，住 [[ADDRESS:Blk 83 Commonwealth Close #03-45|Blk 83|Commonwealth Close|#03-45]]，lives alone。C/O giddiness + 黑便 x2 days，Hb {{7.2}}。",
)
M(
    "health_check",
    "Health screening report 体检报告\nName：[[NAME:吴俊杰]] [[NAME:Ng Chun Kit]]\nDOB：[[DOB:1975年6月2日]]\nEmployer：{{HSBC}}\nFindings：fatty liver（mild），LDL {{4.3 mmol/L}}，recommend diet & exercise。",
)
M(
    "consult_note",
    "Psych consult：[[NAME:小雯]]（[[NAME:Wendy Liang]]），F/19，大学生，overdose {{paracetamol}} 20 tabs，4h level {{1.2 mmol/L}}。Lives with parents at [[ADDRESS:Flat 12A, Block 3, Laguna City, Lam Tin|Flat 12A|Block 3|Laguna City]]。Risk：moderate。",
)
M(
    "outpatient_record",
    "Follow-up：Mr. [[NAME:Pang]] 话最近 gout attack 又发，uric acid {{540 μmol/L}}。Start {{allopurinol}} 100mg daily，titrate。佢新手机 [[PHONE:6092 7731]]，旧嗰个唔用喇。",
)
M(
    "lab_report",
    "Pathology 病理报告\nPatient：[[NAME:LEE, Mei Yee]]　DOB：[[DOB:30-Jun-1968]]　Hosp No：[[MRN:QMH0931842]]\nSpecimen：Left breast core biopsy　Lab no.：[[MRN:S24-11872]]\nDiagnosis：invasive carcinoma NST，grade 2。\nPathologist：Dr [[NAME:Tsang Hoi Yan]]",
)
M(
    "admission_record",
    "入院 H&P\n患者 [[NAME:Nguyen Thi Hoa]]，越南籍，F/41，passport [[ID:C2471038]]，DOB [[DOB:03/05/1983]]\n现住 [[ADDRESS:广西南宁市西乡塘区大学东路100号留学生公寓3栋207|大学东路100号|3栋207]]\n主诉：发热 5 天，rash，疑 {{dengue}}。",
)
M(
    "chat_message",
    "Doctor，我阿嫲[[NAME:黄亚妹]] 的 DOB 係 [[DOB:1933年9月9日]]，IC 係 [[ID:S0398417<nric>]]，polyclinic 个 appointment 可唔可以改去下礼拜？",
)
M(
    "discharge_summary",
    "Discharge letter（Chinese/English）\n病人：[[NAME:Roberto Chan]] [[NAME:陳樂民]]　DOB：[[DOB:Oct 4, 1959]]\n住址：[[ADDRESS:澳門氹仔柯維納馬路287號海洋花園蘭花苑8樓F|柯維納馬路287號|海洋花園蘭花苑8樓F]]\nDx：COPD AE，discharged on {{Spiriva}} + {{Symbicort}}。",
)
M(
    "voice_transcript",
    "voice msg：ok 我而家读俾你听啊 patient name [[NAME:Lau Chi Keung]] date of birth [[DOB:twenty second of March 1948]] 唔係 1984 呀",
)
M(
    "referral_letter",
    "Referral：请 {{SGH}} Dermatology 评估。[[NAME:Koh Wei Ling]]，F，DOB [[DOB:1991-08-26]]，NRIC [[ID:S9133724<nric>]]，tel [[PHONE:+65 9014 6628]]，extensive psoriasis，PASI {{18}}，failed topicals。",
)
M(
    "emr_table",
    "Visit log（family clinic）\n日期 | Patient | Complaint\n{{3/4}} | [[NAME:李家豪]] | URTI\n{{5/4}} | [[NAME:Grace Chan]] | UTI，已开 {{nitrofurantoin}}\n8/4 | [[NAME:欧阳振华]] | BP check",
)
M(
    "registration_form",
    "Overseas student health form 留学生健康表\nName：[[NAME:Wang Zihan]]（[[NAME:王梓涵]]）\nDate of birth：[[DOB:2003-01-11]]\nUK address：[[ADDRESS:Flat 4, 27 Hyde Park Road, Leeds LS6 1AH|Flat 4|27 Hyde Park Road|LS6 1AH]]\nEmail：[[EMAIL:zihan.wang03@leeds-student.example.com]]",
)
M(
    "progress_note",
    "Night note：Pt [[NAME:歐陽志明]] agitated，拔咗 IV line，given {{haloperidol}} 0.5mg IM。已打电话俾佢老婆 [[PHONE:9332 0461]]，她话 tomorrow 朝早嚟。",
)
M(
    "nursing_record",
    "Community nurse visit：去咗 [[ADDRESS:Blk 9 Toa Payoh Lor 8 #04-1127|Blk 9|Toa Payoh Lor 8|#04-1127]]，Mdm [[NAME:Lee Ah Moi]] wound 好咗好多，slough 少咗，dressing 改做 {{Aquacel Ag}}。",
)
M(
    "admission_record",
    "Admission（O&G）：[[NAME:Sarah Chen]]，G1P0 at {{39+3 weeks}}，DOB [[DOB:1994年7月28日]]，spontaneous labour，丈夫 [[NAME:陈浩然]] 陪产。",
)
M(
    "insurance_claim",
    "Claim：受保人 [[NAME:Cheng Yuk Ling]]，HKID [[ID:Y238914(<hk>)]]，出生日期 [[DOB:09/07/1970]]，inpatient at {{St. Teresa's Hospital}} for lap chole，room & board HK$ 2,800/day。",
)
M(
    "ed_triage",
    "A&E triage：Cat 3。Mr [[NAME:Wan]]，70M，fall at home，住 [[ADDRESS:大埔富亨邨亨隆樓1112室|富亨邨|亨隆樓1112室]]，GCS 15，左腕 deformity。Son [[NAME:Wan Ho Yin]] 陪同。",
)

# ---------------------------------------------------------------------------
# mixed PHI-free look-alikes
# ---------------------------------------------------------------------------
M(
    "admission_record",
    "Admission：F/72，bed {{11A-06}}，admitted {{2024-05-09}}，dx {{CAP}} + {{AKI}}（Cr 168）。Plan：IV {{Tazocin}}，hold {{metformin}}，fluid challenge 500ml。",
)
M(
    "lab_report",
    "Lab：{{HbA1c 7.9%}}，eGFR {{52 mL/min/1.73m2}}，UACR 38 mg/mmol。请 {{DM nurse}} 再教一次 insulin technique。Specimen no. [[MRN:B2405-33871]]。",
)
M(
    "progress_note",
    "Day 3 post-op：afebrile，drain output {{30 ml}}，已经 pass flatus。Plan remove drain tomorrow，start {{DAT}}，continue {{enoxaparin}} 40mg daily。",
)
M(
    "discharge_summary",
    "Discharge med：{{Eliquis}} 5mg bd，{{Bisoprolol}} 2.5mg om。Follow-up：{{Queen Mary Hospital}} Cardiac SOPC，{{Pok Fu Lam Road}}，appointment card 已给。",
)
M(
    "consult_note",
    "Neuro consult：{{Bell's palsy}} right side，House-Brackmann {{grade III}}，onset < 72h。建议 prednisolone 60mg x5/7 then taper，eye protection。",
)
M(
    "ed_triage",
    "Triage：{{P2}}，chest pain since {{06:30}}，ECG no STE，trop pending。Allergy：{{penicillin}}（rash）。如果有事 call {{995}}。",
)
M(
    "outpatient_record",
    "FU clinic：{{Hashimoto's}} thyroiditis，TSH {{5.8}}，on {{Euthyrox}} 75mcg，继续 same dose，repeat TFT in 3 months。",
)
M(
    "imaging_report",
    "US abdomen：{{Murphy's sign}} positive，GB wall {{4 mm}}，multiple stones，CBD {{5 mm}}。Impression：acute calculous cholecystitis。",
)
M(
    "nursing_record",
    "Nursing：{{NEWS2}} score 5，RR 24，SpO2 93% on air。已 escalate 俾 HO，plan ABG，start {{O2 2L/min}}。",
)
M(
    "emr_table",
    "Time | BP | HR | Temp\n{{08:00}} | {{132/78}} | 88 | 37.1\n12:00 | 128/74 | 92 | {{38.4}}\n16:00 | 118/70 | 104 | 38.9",
)
M(
    "prescription",
    "Rx：{{Panadol}} 500mg 2 tabs qid prn，{{Piriton}} 4mg tds，{{Calamine lotion}} topical。注意：唔好同其他含 paracetamol 嘅药一齐食。",
)
M(
    "progress_note",
    "Grand round topic：{{Addison's disease}} presenting as hyponatraemia，{{Synacthen test}} 30-min cortisol {{210 nmol/L}}。",
)
M(
    "health_check",
    "Corporate health check：BMI {{27.4}}，waist {{94 cm}}，fasting glucose 6.3 mmol/L（IFG），ALT 58。建议 lifestyle modification，3个月 repeat。",
)
M(
    "lab_report",
    "Micro：Blood C/S x2 — {{E. coli}} ESBL positive，sensitive to {{meropenem}}，ertapenem。Reported {{2024-06-02 16:48}}。",
)
M(
    "referral_letter",
    "Referral to {{Mount Elizabeth}} Ophthalmology：suspected {{CRVO}} right eye，VA {{6/36}}。请 urgent 安排 FFA。",
)
M(
    "discharge_summary",
    "Dx：{{Kawasaki disease}}，treated with {{IVIG}} 2g/kg + high-dose aspirin。Echo at week 2 normal。家长已明白 fever 再出现要即刻返来。",
)
M(
    "chat_message",
    "Team chat：今晚 on-call 係 {{Team B}}，ICU bed 剩 {{1}} 张，ED 有 2 个 pending admission。Pharmacy after-hours {{ext 4412}}。",
)
M(
    "outpatient_record",
    "PCOS 复诊：cycle 40-60 days，{{BMI 29}}，start {{Diane-35}}，advise weight loss 5-10%，review {{3 months}}。",
)
M(
    "surgery_record",
    "OT list：{{Theatre 3}}，08:30 {{lap appendicectomy}}，10:00 TURP，13:00 {{Whipple}}。Anaesthetist on duty：consultant（cardiac trained）。",
)
M(
    "progress_note",
    "{{Hope}} 明天 CT 之后可以决定 plan。{{Will}} 需要再 check LFT 同 amylase。{{Mark}} down I/O 每 4 小时一次。",
)
M(
    "imaging_report",
    "MRI brain：T2/FLAIR hyperintensities periventricular，{{Dawson's fingers}} appearance，{{McDonald criteria}} 待评估。Suggest LP for OCB。",
)
M(
    "registration_form",
    "Hotline list：紧急 {{120}}，NHS non-urgent {{111}}，US emergency {{911}}，Australia {{000}}。出国旅游前请先保存。",
)
M(
    "lab_report",
    "ABG on {{FiO2 0.4}}：pH 7.28，{{pCO2 58}}，pO2 72，HCO3 26，BE -1。提示 acute respiratory acidosis，consider {{NIV}}。",
)
M(
    "nursing_record",
    "Med round：{{Lasix}} 40mg IV given 08:00，urine output {{1.2 L}} by noon。K+ 3.3，已通知医生，plan {{Slow-K}}。",
)
M(
    "ed_triage",
    "Paeds ED：{{Croup}}，Westley score {{4}}，given {{dexamethasone}} 0.15mg/kg PO，observe 4h then discharge if settled。",
)

# ---------------------------------------------------------------------------
# en rows with PHI -- H&P, discharge summaries, letters, report headers
# ---------------------------------------------------------------------------
E(
    "en_hp",
    "HISTORY AND PHYSICAL\nPatient: [[NAME:Delgado, Marisol]]   DOB: [[DOB:07/19/1958]]   MRN: [[MRN:004417823]]\nAddress: [[ADDRESS:1420 Fernwood Ave, Apt 3B, Toledo, OH 43607-2214|1420 Fernwood Ave|Apt 3B|43607-2214]]\nCC: chest tightness x 2 days. HPI: 65 y/o F with HTN, DM2 ...\nDictated by: [[NAME:Raymond Osei]], MD",
)
E(
    "discharge_summary",
    "DISCHARGE SUMMARY\nNAME: [[NAME:O'CALLAGHAN, BRENDAN]]  D.O.B.: [[DOB:03.02.1949]]  HOSPITAL NO: [[MRN:K0992716]]\nADDRESS: [[ADDRESS:ROSE COTTAGE, MILL LANE, KILLINICK, CO. WEXFORD, Y35 K2W7|ROSE COTTAGE|MILL LANE|KILLINICK|Y35 K2W7]]\nDIAGNOSIS: {{Community-acquired pneumonia}}, {{CURB-65 2}}\nGP: Dr [[NAME:Aoife Brennan]], Rosslare Medical Centre",
)
E(
    "referral_letter",
    "Dear Dr [[NAME:Hargreaves]],\nRe: Mrs [[NAME:Pauline Whitcombe]]\nDOB [[DOB:14 March 1951]] | NHS No. [[MRN:401 023 213<nhs>]]\n[[ADDRESS:Flat 2, 18 Albemarle Road, Beckenham BR3 5HL|Flat 2|18 Albemarle Road|BR3 5HL]]\nThank you for seeing this 73-year-old lady with a 4-month history of {{postmenopausal bleeding}}.",
)
E(
    "lab_report",
    "PATHOLOGY REPORT  Patient: [[NAME:Kowalski, Janina]]  DOB: [[DOB:1944-11-08]]  UR: [[MRN:0318827]]  Ward: {{4 North}}  Collected: {{12/06/2024 06:40}}\nSodium {{128 mmol/L}} (L)  Potassium 4.1  Creatinine 96\nReporting pathologist: Dr [[NAME:Felicity Nguyen]]",
)
E(
    "imaging_report",
    "RADIOLOGY REPORT\nPatient Name: [[NAME:BEAUCHAMP, LUCIEN]]   Date of Birth: [[DOB:21 févr. 1962]]   RAMQ: [[MRN:BEAL 6202 2117]]\nAddress: [[ADDRESS:4571, rue Saint-Denis, app. 6, Montréal (Québec) H2J 2L3|4571, rue Saint-Denis|app. 6|H2J 2L3]]\nExam: CT head without contrast. Accession: {{CT-24-118734}}\nImpression: No acute intracranial abnormality.",
)
E(
    "clinic_letter",
    "Dear Dr [[NAME:Pillay]]\nRe: [[NAME:Thandiwe Mokoena]] (b. [[DOB:9/4/1986]]), ID [[ID:860409081208<sa>]]\nAddress: [[ADDRESS:Erf 2214, 16 Protea Street, Kwa-Thema, Springs, 1575|Erf 2214|16 Protea Street|Kwa-Thema|1575]]\n[[NAME:Thandiwe]] attended the {{diabetes clinic}} today. Her {{HbA1c}} has improved to 7.4 %.",
)
E(
    "en_hp",
    "ADMISSION H&P  Pt: [[NAME:Jorge Ibarra-Soto]]  67y, DOB [[DOB:1957-02-11]]  MRN [[MRN:MR-2281904]]  NOK: [[NAME:Lucia Ibarra]] (daughter) [[PHONE:(602) 555-0148]]  Lives at [[ADDRESS:8823 N 35th Ave, Unit 112, Phoenix, AZ 85051|8823 N 35th Ave|Unit 112|85051]] with wife.",
)
E(
    "discharge_summary",
    "Discharge Summary -- Ward 6B\nPatient: [[NAME:Hemi Tautahi]]   NHI: [[MRN:ZKM445<nhi>]]   DOB: [[DOB:02/08/1953]]\nAddress: [[ADDRESS:412 Ngātaki Road, RD 3, Kaitaia 0483|412 Ngātaki Road|RD 3|0483]]\nDiagnosis: {{Cellulitis}} left lower leg. Discharged on flucloxacillin 500 mg QID x 7 days.",
)
E(
    "referral_letter",
    "Referring clinician: Dr [[NAME:Anjali Deshmukh]], Aundh Family Clinic\nPatient: [[NAME:Suresh Kulkarni]], 61 M, DOB [[DOB:18-07-1963]]\nAddress: [[ADDRESS:House No. 14, Lane 3, Sai Nagar, Baner Road, Pune 411045|House No. 14, Lane 3|Sai Nagar|Baner Road|411045]]\nMobile: [[PHONE:+91 98220 41736]]\nReason: exertional angina, TMT positive at {{Stage II}}.",
)
E(
    "home_visit_note",
    "Home visit. She's at [[ADDRESS:7 Rowan Close|7 Rowan Close]] now, moved in with her son after the fall. Son [[NAME:Gareth]] says she's eating better. BP {{134/80}}. Review in a fortnight.",
)
E(
    "lab_report",
    "SPECIMEN: Blood   LAB NO: [[MRN:24-MB-77310]]\nSURNAME: [[NAME:McALLISTER]]  FORENAME: [[NAME:FIONA]]  DOB: [[DOB:30/11/1979]]  HOSP NO: [[MRN:H0478213]]\nLOCATION: ED  REQUESTED BY: Dr [[NAME:K. Adeyemi]]\nTROPONIN T (hs): {{9 ng/L}}",
)
E(
    "en_hp",
    "Name: [[NAME:Harold Finch-Whitley]] Age: 82 DOB: [[DOB:Jan. 5, 1942]] Ward: {{Lister}} Consultant: Dr [[NAME:Imogen Rashid]] NOK: [[NAME:Clare Finch-Whitley]] (wife) tel [[PHONE:0113 496 0271]]",
)
E(
    "clinic_letter",
    "cc: Dr [[NAME:Martin Ekwueme]], GP, Riverside Surgery\ncc: patient, [[ADDRESS:29 Ashby Crescent, Loughborough, LE11 3BX|29 Ashby Crescent|LE11 3BX]]\nDear Dr [[NAME:Ekwueme]], I reviewed Ms [[NAME:Teagan Doyle]] today ...",
)

E(
    "registration_form",
    "NEW PATIENT REGISTRATION\nLast name: [[NAME:Whitehorse]]   First name: [[NAME:Cheyenne]]   Birthdate: [[DOB:04/23/1991]]\nMailing address: [[ADDRESS:PO Box 318, Browning, MT 59417|PO Box 318|59417]]\nPhysical address: [[ADDRESS:RR 1 Box 64A, Heart Butte, MT 59448|RR 1 Box 64A|59448]]\nPhone: [[PHONE:(406) 555-0133]]",
)
E(
    "discharge_summary",
    "Patient: [[NAME:Bronwyn Tait]]  UR: [[MRN:2093318]]  DOB: [[DOB:27/05/1966]]\nAddress: [[ADDRESS:Unit 4/23 Glenferrie Rd, Malvern VIC 3144|Unit 4/23 Glenferrie Rd|3144]]\nAdmitted {{03/06/2024}} with {{diverticulitis}}; CT: Hinchey Ib. Managed with IV antibiotics. Discharged {{08/06/2024}}.\nGP: Dr [[NAME:Sunil Raghavan]], Malvern Medical",
)
E(
    "en_hp",
    "HPI: Mr [[NAME:Abernathy]] is a 71 yo man, born [[DOB:August 30, 1952]], who lives alone at [[ADDRESS:2204 county road 17, rural route 3, Weyburn, SK S4H 2K1|2204 county road 17|rural route 3|S4H 2K1]] and drives 40 min to clinic. He reports 3 weeks of exertional dyspnoea.",
)
E(
    "imaging_report",
    "MRI LUMBAR SPINE\nPATIENT: [[NAME:GREENBERG, NATHAN A]]   DOB: [[DOB:12-DEC-1970]]   MRN: [[MRN:77120384]]\nREFERRING PHYSICIAN: [[NAME:PATEL, RITA]]\nFINDINGS: L4-5 broad-based disc protrusion with moderate {{foraminal stenosis}}.",
)
E(
    "clinic_letter",
    "Our ref: {{ORTH/24/1183}}\nMr [[NAME:Declan Furlong]]\n[[ADDRESS:Cnoc na Gréine, Ballinamult, Co. Waterford E91 XH22|Cnoc na Gréine|Ballinamult|E91 XH22]]\nDate of birth: [[DOB:29.12.1975]]  PPS: [[ID:8349012<pps>]]\nDear Mr [[NAME:Furlong]], your knee arthroscopy has been scheduled.",
)
E(
    "referral_letter",
    "To the Duty Registrar, Paediatrics\nRe: [[NAME:Ayaan Mehta]] (DOB [[DOB:2019-10-02]])\nParents: [[NAME:Kunal Mehta]] and [[NAME:Riya Mehta]], [[ADDRESS:Blk 447 Sengkang West Way, #12-381, Singapore 540447|Blk 447|Sengkang West Way|#12-381|540447]]\nFever for 6 days with conjunctival injection and cracked lips -- please assess for {{Kawasaki disease}}.",
)
E(
    "en_hp",
    "PATIENT NAME: [[NAME:ROBERTSON, KEITH]] DOB: [[DOB:11/02/47]] NHS NO: [[MRN:943 476 591<nhs>]] ADDR: [[ADDRESS:14 BRAEMAR TCE, DUNDEE DD3 6LN|14 BRAEMAR TCE|DD3 6LN]] GP: DR [[NAME:S. MACLEOD]] WARD: {{22}} CONS: DR [[NAME:J. OYELARAN]]",
)
E(
    "discharge_summary",
    "Discharge summary -- TB ward\nPatient: [[NAME:Sipho Ndlovu]]   DOB: [[DOB:1978/03/15]]\nResidential: [[ADDRESS:Stand 8831, Zone 6, Diepkloof, Soweto 1862|Stand 8831|Zone 6|Diepkloof|1862]]\nDiagnosis: {{pulmonary TB}}, smear positive. Started on {{Rifafour}} 4 tabs daily. DOTS supporter: sister [[NAME:Nomsa]] ([[PHONE:072 555 0194]]).",
)
E(
    "lab_report",
    "LABORATORY RESULTS\nPatient: Ms [[NAME:Leilani Kahale]]   DOB: [[DOB:6/14/1984]]   Acct#: [[MRN:A55093817]]\nAddress on file: [[ADDRESS:94-1032 Kaikohola St, Waipahu, HI 96797|94-1032 Kaikohola St|96797]]\nTSH {{0.02 mIU/L}} (L)   Free T4 3.1 ng/dL (H)\nOrdering provider: [[NAME:Grant Takahashi]], APRN",
)
E(
    "clinic_letter",
    "Mrs [[NAME:Gwen Pritchard]]\n[[ADDRESS:Ty Newydd\nHeol y Felin\nLlanidloes\nSY18 6JT|Ty Newydd|Heol y Felin|SY18 6JT]]\n\nDear Mrs [[NAME:Pritchard]],\nYour appointment at the {{Memory Clinic}} has been moved to {{Tuesday 9 July}} at 10:30.",
)
E(
    "en_hp",
    "ED NOTE  [[NAME:Tyrese Holloway]] 19M DOB [[DOB:2005.01.27]] brought by EMS after MVC. Home: [[ADDRESS:611 Magnolia St #2, New Orleans, LA 70113|611 Magnolia St #2|70113]]. Mother [[NAME:Denise Holloway]] en route, cell [[PHONE:504-555-0162]].",
)
E(
    "referral_letter",
    "Dear Colleague,\nRe: [[NAME:Baxter-Lyons, Imelda]] (born [[DOB:23rd April 1939]])\n[[ADDRESS:Lot 12 Wattle Flat Road, Mudgee NSW 2850|Lot 12 Wattle Flat Road|2850]]\nMedicare: [[MRN:4128 5593<medicare> 2]]\nThis lady has had two falls in a month and her daughter is worried.",
)
E(
    "discharge_summary",
    "DISCHARGE SUMMARY (UROLOGY)\nPatient: [[NAME:van der Merwe, Pieter]]   DOB: [[DOB:31 Oct 1955]]\nAddress: [[ADDRESS:42 Kloof Nek Road, Tamboerskloof, Cape Town, 8001|42 Kloof Nek Road|Tamboerskloof|8001]]\nNOK: [[NAME:Annelie van der Merwe]] (wife)\nSummary: {{TURP}} for BPH, uncomplicated. Catheter out day 2, voiding well.",
)
E(
    "en_hp",
    "Pt [[NAME:Maeve Ní Bhriain]], 44F (b. [[DOB:02/06/80]]), lives at [[ADDRESS:Apt 7, Block C, The Maltings, Bray, Co. Wicklow A98 W2C6|Apt 7|Block C|The Maltings|A98 W2C6]]. Presents with RUQ pain post fatty meals. {{Murphy's}} +ve.",
)
E(
    "registration_form",
    "INTAKE FORM (typed by reception)\nname: [[NAME:kyle brandt]]\ndob: [[DOB:3-8-1999]]\naddress: [[ADDRESS:1107 e 9th st apt 2r, minneapolis mn 55403|1107 e 9th st|apt 2r|55403]]\nemail: [[EMAIL:kbrandt99@gmail.com]]\ninsurance: {{BCBS}} member",
)
E(
    "imaging_report",
    "CHEST X-RAY  Name: [[NAME:Ogunleye, Babatunde]]  DOB: [[DOB:17/01/1968]]  Hosp No: [[MRN:RF11827734]]  Referrer: Dr [[NAME:Chaudhry]]  Clinical: ?{{pneumothorax}}\nReport: Small left apical pneumothorax, rim {{1.2 cm}}. No mediastinal shift.",
)
E(
    "clinic_letter",
    "Dr [[NAME:Wiremu Pōtae]]\nKaitāia Health Centre\n\nDear [[NAME:Wiremu]],\nRe: [[NAME:Aroha Ngata]], DOB [[DOB:19.09.1990]], NHI [[MRN:PQR274<nhi>]], [[ADDRESS:56 Commerce Street, Kaitāia 0410|56 Commerce Street|0410]]\n[[NAME:Aroha]] has {{gestational diabetes}} and will start metformin.",
)

E(
    "home_visit_note",
    "District nurse visit to the [[ADDRESS:Old Forge, Church Street, Little Wenlock, Telford TF6 5BB|Old Forge|Church Street|Little Wenlock|TF6 5BB]] on {{14/05}}. Leg ulcer dressing changed; wound bed granulating. Husband is main carer.",
)
E(
    "en_hp",
    "Social hx: lives w/ partner at [[ADDRESS:3/45 Belgrave Tce, Paddington QLD 4064|3/45 Belgrave Tce|4064]], works as a barista, vapes daily. Partner [[NAME:Jordie]] can be reached on [[PHONE:0491 570 118]].",
)
E(
    "referral_letter",
    "Referral -- Endocrinology\nPatient: [[NAME:Gurpreet Kaur Sandhu]]  Date of birth: [[DOB:5th January 1982]]\nAddress: [[ADDRESS:H. No. 1187, Sector 40-B, Chandigarh 160036|H. No. 1187|Sector 40-B|160036]]\nAadhaar: [[ID:5583 2107 649<aadhaar>]]\nQuery {{Cushing's syndrome}}: moon facies, striae, BP 168/100.",
)
E(
    "discharge_summary",
    "RÉSUMÉ DE DÉPART / DISCHARGE SUMMARY -- MATERNITY\nMother: [[NAME:Chloé Tremblay]], née le [[DOB:3 mars 1993]]\nAddress: [[ADDRESS:218, chemin du Lac-Beauport, Lac-Beauport (QC) G3B 0T4|218, chemin du Lac-Beauport|G3B 0T4]]\nBaby girl born [[DOB:2024-06-02]] at 38+5, 3.21 kg. Both well at discharge.",
)
E(
    "clinic_letter",
    "Private & Confidential\nMr [[NAME:Callum Strachan]]\n[[ADDRESS:2F1, 9 Comely Bank Row, Edinburgh EH4 1EA|2F1|9 Comely Bank Row|EH4 1EA]]\n\nDate of birth: [[DOB:08/08/1988]]   CHI: [[MRN:0808884417]]\nYour {{colonoscopy}} is booked for {{Friday 26 July}}. Please start the bowel prep the day before.",
)
E(
    "lab_report",
    "ACCESSION {{C24-0091173}}  RECEIVED 06/03/2024 14:22\nPATIENT [[NAME:HUANG, JEFFREY]]  SEX M  DOB [[DOB:MAR 3 1961]]  MRN [[MRN:000218841]]\nPSA, TOTAL  {{11.8 ng/mL}}  (REF <4.0)\nCC: DR. [[NAME:ELAINE FORSYTHE]]",
)
E(
    "en_hp",
    "Patient name: [[NAME:Reuben Goldfarb]], DOB: [[DOB:April 17th, 1936]], SSN: [[ID:219-44-7061]], address: [[ADDRESS:300 Ocean Pkwy, Apt 5J, Brooklyn, NY 11218|300 Ocean Pkwy|Apt 5J|11218]], phone: [[PHONE:(718) 555-0109]]. Code status: {{DNR/DNI}} per MOLST.",
)
E(
    "discharge_summary",
    "Discharge Summary -- Cardiology\nName: [[NAME:Kerry-Ann Mahoney]]  MRN: [[MRN:HLN-0041187]]  DOB: [[DOB:1962-Sep-04]]\nAdmitted with {{NSTEMI}}; angiogram: 90 % mid-LAD, DES x1. Discharged day 3.\nFollow up with cardiac rehab; home address for the rehab team: [[ADDRESS:88 Kingfisher Dr, Kanata, ON K2M 2N6|88 Kingfisher Dr|K2M 2N6]]. OHIP [[MRN:6620 581 93<luhn>-TR]].",
)
E(
    "en_hp",
    "Chief complaint: SOB. Pt is a 58yo woman (birthdate [[DOB:11/30/1965]]) who recently moved from [[ADDRESS:2931 Sycamore Ln, Lexington, KY 40517|2931 Sycamore Ln|40517]] to live with her sister. Previous PCP: Dr [[NAME:Ansel Whitaker]].",
)
E(
    "referral_letter",
    "Referral for home oxygen assessment\nClient: Mr [[NAME:Ernest Jowett]]  D.O.B. [[DOB:02-Jun-40]]\nAddress: [[ADDRESS:12 Cedar Grove, Shipley BD18 4QF|12 Cedar Grove|BD18 4QF]]  Tel: [[PHONE:01274 555 018]]\nResting SpO2 {{87 %}} on air, FEV1 {{0.9 L}}. Ex-smoker of 50 pack-years.",
)
E(
    "en_hp",
    "Admitted from [[ADDRESS:Sunningdale Lodge care home, 4 Priory Walk, Taunton TA1 4JZ|Sunningdale Lodge|4 Priory Walk|TA1 4JZ]]. Resident [[NAME:Dorothy Ames]] (DOB [[DOB:1931-07-22]]) found on floor at 05:00; unable to weight-bear on right leg. Shortening and external rotation -- ?{{#NOF}}.",
)
E(
    "discharge_summary",
    "Patient: [[NAME:Lim Boon Huat]]  NRIC: [[ID:S4418273<nric>]]  DOB: [[DOB:18 Aug 1944]]\nAddress: [[ADDRESS:Blk 105 Hougang Ave 1, #02-1289, Singapore 530105|Blk 105|Hougang Ave 1|#02-1289|530105]]\nDiagnosis: {{acute gout}} of left first MTP. Colchicine 0.5 mg BD x 5 days.",
)
E(
    "clinic_letter",
    "Dear Ms [[NAME:Masilela]],\nWe confirm your appointment at the {{Chris Hani Baragwanath}} renal clinic. Our records show your address as [[ADDRESS:Erf 561, 12 Tsamaya Avenue, Mamelodi East, Pretoria 0122|Erf 561|12 Tsamaya Avenue|Mamelodi East|0122]] and your date of birth as [[DOB:1990-05-14]]. Please tell us if this has changed.",
)
E(
    "en_hp",
    "HOME: [[ADDRESS:Ballyvolane, Carrigtwohill, Co. Cork, T45 HX37|Ballyvolane|T45 HX37]] (farm, lives with brother). DOB [[DOB:16/10/1958]]. PMH: {{farmer's lung}} 2010, HTN. Brother [[NAME:Donal Cronin]] ([[PHONE:087 555 0142]]) brought him in.",
)
E(
    "referral_letter",
    "Re: [[NAME:Wade Kilpatrick]], [[ADDRESS:RMB 2240 Wangaratta-Whitfield Rd, Oxley VIC 3678|RMB 2240|Wangaratta-Whitfield Rd|3678]], DOB [[DOB:1/12/1951]]\nThis 72 yo farmer has a 2 cm pigmented lesion on the left ear that has changed over 6 months. {{Dermoscopy}} concerning for melanoma.",
)
E(
    "home_visit_note",
    "Midwife home visit day 5, [[ADDRESS:1022 State Highway 2, RD 1, Te Puke 3181|1022 State Highway 2|RD 1|3181]]. Baby feeding well, weight 3.34 kg ({{birth weight 3.40 kg}}). Mum [[NAME:Mereana]] tired but well. Next visit Thursday.",
)
E(
    "registration_form",
    "PATIENT INFORMATION\nLegal name: [[NAME:Sheldon Two Rivers]]\nDate of birth: [[DOB:1974-03-09]]\nMailing: [[ADDRESS:Box 112, Site 4, RR 2, Olds, AB T4H 1P3|Box 112|Site 4|RR 2|T4H 1P3]]\nAlberta PHN: [[MRN:41287-5530]]\nSIN: [[ID:130 692 54<luhn>]]",
)
E(
    "discharge_summary",
    "Discharge note: [[NAME:Meera Iyer]] (DOB [[DOB:27/03/1995]]) treated for {{dengue fever}} without warning signs, platelets nadir 54k. Discharge address: [[ADDRESS:Flat 302, Sai Krupa Apartments, 5th Cross, Indiranagar, Bengaluru 560038|Flat 302|Sai Krupa Apartments|5th Cross|Indiranagar|560038]].",
)
E(
    "lab_report",
    "MICROBIOLOGY\nPATIENT: [[NAME:EZEKWESILI, CHIDINMA]]   DOB: [[DOB:09/05/1987]]   HOSP NO: [[MRN:N0129384]]\nADDRESS: [[ADDRESS:FLAT 11, MERIDIAN HOUSE, 40 STATION ROAD, SWINDON SN1 1DL|FLAT 11|MERIDIAN HOUSE|40 STATION ROAD|SN1 1DL]]\nURINE CULTURE: >10^5 CFU/mL {{Klebsiella pneumoniae}}",
)
E(
    "chat_message",
    "hi its [[NAME:tane]] again, the physio said to send my address for the crutches pickup so its [[ADDRESS:22 harbour view rd, devonport, auckland 0624|22 harbour view rd|0624]] cheers",
)
E(
    "en_hp",
    "Patient: [[NAME:Niamh Gallagher]] | DOB [[DOB:19.11.2001]] | Address [[ADDRESS:19 Tuam Road, Galway H91 R2K4|19 Tuam Road|H91 R2K4]] Tel [[PHONE:091 555 0173]] | Presenting complaint: syncope while standing at a concert.",
)
E(
    "clinic_letter",
    "Mrs [[NAME:Yvonne Carmichael]], of [[ADDRESS:Flat 9, Rutland Court, 7 Clarendon Road, Southsea PO5 2ED|Flat 9|Rutland Court|7 Clarendon Road|PO5 2ED]] on 3 June, was reviewed in the {{falls clinic}}. Her lying/standing BP showed a drop of 28 mmHg.",
)
E(
    "en_hp",
    "ID: [[NAME:DE LA CRUZ, MARIA ELENA]], 45F, born [[DOB:4th of July 1978]]. Lives at [[ADDRESS:5521 Calle Aurora, Unit 8, El Paso, TX 79912|5521 Calle Aurora|Unit 8|79912]]. Interpreter: Spanish. Emergency contact: [[NAME:Rafael de la Cruz]] (husband).",
)
E(
    "discharge_summary",
    "Electronically signed by: [[NAME:Amir Haddad]], MD on {{06/14/2024 17:42}}\nPatient: [[NAME:Ruth Applebaum]]  DOB: [[DOB:02/29/1952]]  MRN: [[MRN:50028817]]\nDisposition: home with {{VNA}} services.",
)
E(
    "referral_letter",
    "Dear Dr [[NAME:Odhiambo]]\nI would be grateful if you could see [[NAME:Lwazi Dube]] (ID [[ID:920817545208<sa>]], born [[DOB:17 August 1992]]) of [[ADDRESS:House 14, Khayelitsha Site C, Cape Town 7784|House 14|Khayelitsha Site C|7784]] regarding newly diagnosed {{HIV}} with CD4 210.",
)
E(
    "lab_report",
    "Name: [[NAME:Bjornsson, Eirik]]  DOB: [[DOB:1949-04-02]]  MRN: [[MRN:M4410982]]  Loc: {{ICU Bed 6}}  Coll: 04:15\nLactate {{4.8 mmol/L}} (CRIT)  Called to RN [[NAME:Tasha Greene]] at 04:52 by [[NAME:M. Ortiz]], MLS",
)
E(
    "en_hp",
    "SOCIAL HISTORY: The patient lives alone in a trailer at [[ADDRESS:Lot 27, Pine Hollow Mobile Home Park, 4100 Hwy 61, Natchez, MS 39120|Lot 27|Pine Hollow Mobile Home Park|4100 Hwy 61|39120]]. Daughter [[NAME:Krystal]] checks on her weekly. No firearms in the home.",
)
E(
    "registration_form",
    "GP REGISTRATION (GMS1)\nSurname: [[NAME:Adebayo-Clarke]]   Forenames: [[NAME:Olumide James]]\nDate of birth: [[DOB:21/06/1997]]   NI number: [[ID:JT 48 21 93 B]]\nHome address: [[ADDRESS:62B Coldharbour Lane, London SE5 9NS|62B Coldharbour Lane|SE5 9NS]]\nEmail: [[EMAIL:o.adebayoclarke@outlook.com]]",
)
E(
    "discharge_summary",
    "Discharge summary for [[NAME:Fergus Mulcahy]] (b. [[DOB:7/3/46]]). Going home to [[ADDRESS:Drumcondra Cottage, Ballyjamesduff, Co. Cavan|Drumcondra Cottage|Ballyjamesduff]] on {{Friday}}. Public health nurse informed. Warfarin clinic Monday.",
)

E(
    "en_hp",
    "Pt: [[NAME:Lorenzo Bianchi]] DOB:[[DOB:1950-12-25]] MRN:[[MRN:0099183]] Ward:{{7 West}} Consultant:Dr [[NAME:Haldane]] NOK:[[NAME:Teresa Bianchi]](wife)[[PHONE:020 7946 0811]] Allergies:{{NKDA}}",
)
E(
    "clinic_letter",
    "Dear Mr [[NAME:Okonjo]]\nDate of birth: [[DOB:3 Sept 1949]]\nHospital number: [[MRN:RX0041773]]\nFollowing your {{TIA}} we have arranged a carotid duplex at the vascular lab on the 2nd floor.\nYours sincerely\n[[NAME:Harriet Lomax]]\nStroke Specialist Nurse\ncc: GP",
)
E(
    "lab_report",
    "Requisition: CBC, ferritin, B12\nPatient: [[NAME:St-Pierre, Geneviève]]  Date de naissance / DOB: [[DOB:12 févr. 1956]]\nRAMQ: [[MRN:STPG 5652 1214]]\nAdresse: [[ADDRESS:1208, boul. René-Lévesque Est, app. 904, Montréal QC H2L 2L9|1208, boul. René-Lévesque Est|app. 904|H2L 2L9]]\nMédecin: Dr [[NAME:Boucher]]",
)
E(
    "en_hp",
    "Brought in by daughter. Mrs [[NAME:Annie Kerrigan]] ([[DOB:02/11/1938]]) lives at [[ADDRESS:Apartment 14, Ardilaun Court, Patrick Street, Dublin 8, D08 YF62|Apartment 14|Ardilaun Court|Patrick Street|D08 YF62]]. Confused x 3 days, urine dip +ve nitrites.",
)
E(
    "discharge_summary",
    "DISCHARGE INSTRUCTIONS\nPatient: [[NAME:Javier Montoya]]\nDOB: [[DOB:Nov 14, 1969]]\nYou were treated for {{kidney stones}}. Take {{Flomax}} 0.4 mg daily until you pass the stone.\nIf you have fever above 101 F call [[PHONE:(505) 555-0127]] or go to the nearest ER.\nMailing copy sent to: [[ADDRESS:PO Box 2208, Taos, NM 87571-2208|PO Box 2208|87571-2208]]",
)
E(
    "referral_letter",
    "2-week-wait referral\nPatient: [[NAME:Ibrahim Yusuf]]   DOB: [[DOB:1966-01-31]]   NHS no.: [[MRN:485 777 345<nhs>]]\nAddress: [[ADDRESS:56 Stratford Road, Sparkhill, Birmingham B11 1AN|56 Stratford Road|B11 1AN]]\nPhone: [[PHONE:0121 496 0533]]\n{{Iron deficiency anaemia}}, Hb 94, age > 60 -- suspected lower GI cancer.",
)
E(
    "home_visit_note",
    "Palliative care visit. [[NAME:Bernie]] is now bed-bound at his daughter's place, [[ADDRESS:17 Kestrel Way, Werribee VIC 3030|17 Kestrel Way|3030]]. Syringe driver running: morphine 20 mg + midazolam 10 mg / 24 h. Family coping.",
)
E(
    "imaging_report",
    "US PELVIS (TRANSVAGINAL)\nPt: [[NAME:Hannah Rosenthal]]  DOB: [[DOB:10/07/1989]]  Acc #: {{US-5518320}}\nLMP {{05/20/2024}}. Single intrauterine gestation, CRL 11 mm = {{7w2d}}. FHR 142.\nRead by: [[NAME:Kwame Asante]], MD",
)
E(
    "en_hp",
    "HPI: [[NAME:Tomasz Wiśniewski]] is a 39-year-old construction worker (DOB [[DOB:22.04.1985]]) who fell from scaffolding. He lives at [[ADDRESS:Flat 3, 112 Cheetham Hill Road, Manchester M8 8PY|Flat 3|112 Cheetham Hill Road|M8 8PY]] with two colleagues. Employer: [[NAME:Darren Coyle]], site manager.",
)
E(
    "registration_form",
    "Employee health record\nName: [[NAME:Priyanka Sharma]]\nDOB: [[DOB:1993/09/08]]\nPermanent address: [[ADDRESS:B-204, Gokuldham Society, Film City Road, Goregaon East, Mumbai 400063|B-204|Gokuldham Society|Film City Road|400063]]\nPAN: [[ID:ABCPS4821K]]\nEmergency contact: [[PHONE:+91 98190 55372]]",
)
E(
    "discharge_summary",
    "Summary: [[NAME:Kauri Paewai]], NHI [[MRN:ZHN823<nhi>]], born [[DOB:12 May 2016]], admitted with {{acute asthma}}; salbutamol weaned to 4-hourly. Home to [[ADDRESS:8 Tui Street, Ōtara, Auckland 2023|8 Tui Street|2023]] with spacer and asthma plan.",
)
E(
    "clinic_letter",
    "Electronically signed: [[NAME:Nadia Benali]], RN\nPatient: [[NAME:Thornton, Wesley]] (DOB [[DOB:1983-06-06]])\nContact: [[EMAIL:wes.thornton83@yahoo.com]] / [[PHONE:555-0171]]\nYour {{A1c}} result was 6.1 %. No change to treatment.",
)
E(
    "en_hp",
    "ADMIT NOTE\nPt [[NAME:Sean O'Driscoll]], 81, DOB [[DOB:09/09/1942]], SSN [[ID:078-61-2120]]\nLives at [[ADDRESS:45 Brook St Apt 2, Dorchester, MA 02124|45 Brook St Apt 2|02124]], wife deceased.\nPresents w/ fever, rigors; foley in situ.",
)
E(
    "lab_report",
    "Patient: [[NAME:Anderson, Lucy]]   Sex: F   DOB: [[DOB:27-Oct-1998]]\nMRN: [[MRN:PX2219044]]   Location: {{Women's Health Clinic}}\nChlamydia trachomatis NAAT: {{DETECTED}}\nPhysician: Dr [[NAME:Ravi Subramanian]]",
)
E(
    "referral_letter",
    "To: {{Auckland City Hospital}} Gastroenterology\nPatient: [[NAME:Lani Fonoti]] (F, DOB [[DOB:05/01/1977]])\nAddress: [[ADDRESS:3/17 Church Street, Onehunga, Auckland 1061|3/17 Church Street|1061]]\nPh: [[PHONE:021 555 0198]]\n{{Coeliac}} serology strongly positive (tTG > 100).",
)
E(
    "en_hp",
    "Paeds H&P: [[NAME:Zara Ahmed]], 4 y, DOB [[DOB:2020-03-18]]. Mum [[NAME:Samira]] reports 2 days of barking cough. They live at [[ADDRESS:Unit 12, 5-9 Harrow Rd, Auburn NSW 2144|Unit 12|5-9 Harrow Rd|2144]]. Immunisations up to date per {{AIR}}.",
)
E(
    "discharge_summary",
    "HOSPITAL COURSE: Mr [[NAME:Delroy Campbell]] (DOB [[DOB:1960-08-19]]) was admitted with {{DKA}}, pH 7.08, and was managed on the fixed-rate insulin protocol. He was discharged to [[ADDRESS:31 Mandela Way, Hackney, London E8 4SR|31 Mandela Way|E8 4SR]] with diabetes nurse follow-up.",
)
E(
    "en_hp",
    "Name/DOB/MRN: [[NAME:Yuki Tanaka-Lewis]] / [[DOB:8 Jan 1999]] / [[MRN:SVH-4471092]]\nAddr: [[ADDRESS:Apt 1803, 88 Harbour St, Sydney NSW 2000|Apt 1803|88 Harbour St|2000]]\nPC: anaphylaxis after eating {{satay}} at a work function; given IM adrenaline x2 by paramedics.",
)
E(
    "registration_form",
    "TRANSFER OF CARE\nResident: [[NAME:Agnes Fitzsimons]]\nDate of birth: [[DOB:the 1st of March 1934]]\nPrevious address: [[ADDRESS:Glenview, Kilmacanogue, Co. Wicklow|Glenview|Kilmacanogue]]\nNew address: [[ADDRESS:St. Brigid's Nursing Home, Room 14, Naas Road, Clondalkin, Dublin 22, D22 T6F3|St. Brigid's Nursing Home|Room 14|D22 T6F3]]\nNext of kin: [[NAME:Maurice Fitzsimons]] (nephew)",
)
E(
    "clinic_letter",
    "[[NAME:Rosalind Achterberg]]\n[[ADDRESS:PO Box 7751\nWindhoek Street\nRandburg 2125|PO Box 7751|Windhoek Street|2125]]\n\nDate of birth: [[DOB:1971/02/08]]\nDear Ms [[NAME:Achterberg]], your mammogram on {{14 June 2024}} was normal.",
)
E(
    "en_hp",
    "Pt states she was b. [[DOB:Feb 9 1957]] in Jamaica, moved to [[ADDRESS:1187 Jane St, Unit 1402, North York, ON M9M 3B8|1187 Jane St|Unit 1402|M9M 3B8]] in 1989. Daughter [[NAME:Marcia]] present. Chief complaint: right knee pain x 6 mo.",
)
E(
    "lab_report",
    "HAEMATOLOGY  Name: [[NAME:PATTERSON, Iain]]  D.o.B.: [[DOB:14/07/1955]]  CHI: [[MRN:1407552291]]  Ward: {{Ward 4B}}  Consultant: Dr [[NAME:Gillespie]]\nHb {{71 g/L}}  MCV 118 fL  -- macrocytic anaemia, suggest B12/folate.",
)
E(
    "referral_letter",
    "Re: Baby [[NAME:Olivia Mae Sutherland]], born [[DOB:03/05/2024]] at 34 weeks\nParents: [[NAME:Ryan]] & [[NAME:Kayla Sutherland]], [[ADDRESS:RR 4, 2286 Concession Road 7, Uxbridge, ON L9P 1R4|RR 4|2286 Concession Road 7|L9P 1R4]]\nPlease arrange {{ROP screening}} and developmental follow-up.",
)
E(
    "en_hp",
    "ED triage: [[NAME:Kwabena Owusu]] 52M, birthdate [[DOB:1971.11.23]], BIBA from [[ADDRESS:Flat 6, 23 Peckham Rye, London SE15 4JR|Flat 6|23 Peckham Rye|SE15 4JR]]. Collapsed at home. GCS 14. BM {{2.1}}.",
)
E(
    "discharge_summary",
    "Patient [[NAME:Chen, Wei-Ling]], DOB [[DOB:12/24/1948]], was discharged to [[ADDRESS:Sunrise Senior Living, 2201 Sunset Blvd, Suite 310, Los Angeles, CA 90026|Sunrise Senior Living|2201 Sunset Blvd|Suite 310|90026]]. Son [[NAME:Michael Chen]] ([[EMAIL:mchen.la@gmail.com]]) is healthcare proxy.",
)
E(
    "home_visit_note",
    "CHW visit -- family of [[NAME:Nomvula Zulu]] (b. [[DOB:20/06/1959]]), [[ADDRESS:Stand 1432, Extension 2, Tembisa 1632|Stand 1432|Extension 2|1632]]. BP 172/104 off meds for 3 weeks; clinic card shows last collection {{12 May}}. Referred back to clinic.",
)

# ---------------------------------------------------------------------------
# en PHI-free look-alikes
# ---------------------------------------------------------------------------
E(
    "en_hp",
    "Age: {{67}}   Sex: M   Ward: {{5 East}}   Bed: 12   Admitted: {{2024-03-11}}   Dx: {{I50.9}} heart failure, unspecified\nPlan: IV furosemide 40 mg BD, daily weights, fluid restriction 1.5 L.",
)
E(
    "lab_report",
    "SPECIMEN ID: [[MRN:SP-24-0318-0077]]   COLLECTED: {{03/18/2024 06:05}}   RECEIVED: 06:41\nGlucose {{212 mg/dL}} (H)   BUN 31 mg/dL (H)   Creatinine 1.6 mg/dL (H)\nComment: hemolyzed specimen, potassium not reported.",
)
E(
    "discharge_summary",
    "Discharge medications: {{Eliquis}} 5 mg twice daily; {{Entresto}} 49/51 mg twice daily; {{Jardiance}} 10 mg daily. Follow up at the {{Massachusetts General Hospital}} heart failure clinic, {{55 Fruit Street}}, in 2 weeks.",
)
E(
    "imaging_report",
    'ACCESSION: {{RAD-8817302}}   EXAM DATE: {{06/11/2024}}   EXAM: MRI brain w/wo contrast\nFINDINGS: Multiple periventricular T2 hyperintensities perpendicular to the ventricles ("{{Dawson fingers}}"). Two enhancing lesions.\nIMPRESSION: Consistent with active demyelination.',
)
E(
    "referral_letter",
    "Please see this 58-year-old man with a classic {{Dupuytren's contracture}} of the right ring finger, {{Tubiana stage 2}}. He would like to discuss needle fasciotomy.",
)
E(
    "en_hp",
    "PMH: {{Graves' disease}} (RAI 2015, now on levothyroxine), {{Barrett's oesophagus}}, {{Meniere's disease}}. Meds: {{Synthroid}} 112 mcg, omeprazole 20 mg, betahistine 16 mg TDS.",
)
E(
    "clinic_letter",
    "Your next appointment is at {{St Thomas' Hospital}}, {{Westminster Bridge Road}}, London {{SE1 7EH}}, Outpatients Clinic 4, on {{Wednesday 17 July}} at 09:40. If you cannot attend, please call the booking line on {{020 7188 7188}}.",
)
E(
    "ed_triage",
    "Triage cat {{2}}. 34F, anaphylaxis to peanut, {{EpiPen}} given by friend at 21:40. BP {{88/50}}, HR 124, widespread urticaria. Adrenaline infusion commenced. Ambulance called via {{000}}.",
)
E(
    "progress_note",
    "Day 4 ICU. {{Will}} extubate if SBT passed. {{Hope}} to wean noradrenaline by tonight. {{Grace}} period for family visiting extended per unit policy.",
)
E(
    "lab_report",
    "ABG (FiO2 0.28): pH {{7.48}}, PaCO2 4.1 kPa, PaO2 8.2 kPa, HCO3 24, lactate 1.1. Interpretation: {{type 1 respiratory failure}} with respiratory alkalosis.",
)
E(
    "nursing_record",
    "Obs 02:00: T 38.6, HR 112, RR 22, BP {{104/62}}, SpO2 95 % RA, {{NEWS2 6}}. Sepsis six initiated at 02:15. Blood cultures x2 taken. Outreach bleep {{2244}}.",
)
E(
    "discharge_summary",
    "Principal diagnosis: {{Guillain-Barré syndrome}} (G61.0). Treated with {{IVIG}} 0.4 g/kg/day for 5 days. Discharged to inpatient rehabilitation at {{Royal Talbot}} on day 19.",
)
E(
    "en_hp",
    "Exam: {{Kernig's sign}} negative, {{Brudzinski's}} negative. Pupils equal and reactive. {{Babinski}} downgoing bilaterally. GCS 15/15.",
)
E(
    "prescription",
    "Rx: {{Augmentin Duo Forte}} 875/125 mg, 1 tab BD x 7 days. {{Nurofen}} 400 mg TDS prn with food. Repeats: 0. Pharmacist note: counselled re {{Stevens-Johnson}} warning signs.",
)
E(
    "imaging_report",
    "CT abdomen/pelvis: {{Meckel's diverticulum}} suspected in the right lower quadrant with surrounding fat stranding. Appendix normal. No free gas. Lot {{#A2231}} of contrast used (Omnipaque 350, 100 mL).",
)
E(
    "consult_note",
    "Consult reply (Rheumatology): presentation fits {{Still's disease}} -- quotidian fever, evanescent salmon rash, ferritin {{18,400 µg/L}}. Suggest prednisolone 1 mg/kg and monitor for {{MAS}}.",
)
E(
    "registration_form",
    "Visit date: {{14/06/2024}}   Time in: {{10:20}}   Clinic: {{Fracture Clinic B}}   Referral source: ED\nReason: review of undisplaced {{scaphoid}} fracture, cast day 14.",
)
E(
    "lab_report",
    "Vaccine administered: {{Shingrix}} dose 2, lot {{7H4N2}}, exp {{2025-11-30}}, left deltoid, 0.5 mL IM. Next: none required.",
)
E(
    "en_hp",
    "ROS: positive for {{Raynaud's phenomenon}} in winter, dry eyes. Negative for rash, oral ulcers. Family history: mother with {{Sjögren's}}, father with {{Paget's disease}} of bone.",
)
E(
    "discharge_summary",
    "Follow-up: {{Toronto General Hospital}}, {{200 Elizabeth Street}}, {{Peter Munk Cardiac Centre}}, 4th floor, in 6 weeks. Telehealth Ontario: {{811}}.",
)
E(
    "progress_note",
    "Night reg note 03:10: called re BP {{210/115}}. Asymptomatic. No papilloedema. Gave amlodipine 5 mg early. Recheck at 04:00 -- {{178/96}}. Day team to review.",
)
E(
    "imaging_report",
    "Echo: LVEF {{35 %}}, global hypokinesis, moderate functional MR, TAPSE 14 mm, RVSP {{48 mmHg}}. Compared with study of {{02/2023}}, LVEF previously 50 %.",
)
E(
    "clinic_letter",
    "Diagnosis: {{Parkinson's disease}}, Hoehn and Yahr {{stage 2}}. Plan: increase {{Sinemet}} 25/100 to one tablet four times daily. Review in the movement disorders clinic in 4 months.",
)
E(
    "chat_message",
    "hey does anyone know if {{Lucozade}} is ok before a glucose tolerance test? also is {{Weetabix}} fine the night before lol. my appt is at the {{Rosie Hospital}} at 8",
)
E(
    "lab_report",
    "Urinalysis: SG {{1.030}}, protein 2+, blood trace, leucocytes negative, nitrites negative. Urine PCR {{156 mg/mmol}}. Sample ref [[MRN:UR24-118802]].",
)
E(
    "en_hp",
    "Assessment: {{Hunter syndrome}} (MPS II) ruled out -- enzyme assay normal. Features more in keeping with {{Noonan syndrome}}; genetics referral made.",
)
E(
    "ed_triage",
    "Pt called {{911}} at 22:14. EMS on scene 22:23. Found with {{Cheyne-Stokes}} respirations, pinpoint pupils. Naloxone 0.4 mg IN x2 with response.",
)
E(
    "nursing_record",
    "Falls risk: {{Morse 65}}. Bed alarm on, low bed, hip protectors. Pt wears {{Crocs}} at home -- advised supportive footwear. Physio referral sent.",
)
E(
    "referral_letter",
    "Referral to {{Groote Schuur Hospital}}, {{Main Road, Observatory}}: suspected {{rheumatic heart disease}} with severe mitral stenosis, MVA {{0.9 cm2}}.",
)
E(
    "discharge_summary",
    "Discharged {{Tuesday 4 June 2024}} after {{Roux-en-Y}} gastric bypass. Diet stage 2 (purée) for 2 weeks. Start {{Forceval}} daily and B12 injections 3-monthly.",
)
E(
    "en_hp",
    "Vitals: BP {{146/92}}, HR 78 reg, T 36.9, RR 16, SpO2 98 %. BMI {{31.2}}. Weight 92.4 kg. Height 172 cm. Waist 104 cm.",
)
E(
    "registration_form",
    "Clinic hours: Mon-Fri 08:00-18:00. After hours call {{NHS 111}}. In an emergency dial {{999}}. Repeat prescription line ext {{4021}}.",
)
E(
    "lab_report",
    "HbA1c {{53 mmol/mol}} (7.0 %). Lipids: TC 4.2, LDL {{2.1}}, HDL 1.1, TG 2.0 mmol/L. eGFR {{74}}. Urine ACR 1.8. Reported {{21-Mar-2024 11:06}}.",
)
E(
    "surgery_record",
    "Op note: {{Nissen fundoplication}}, laparoscopic. 5 ports. Crural repair with 3 interrupted sutures. EBL {{20 mL}}. Implants: none. Start 08:42, finish {{10:15}}.",
)
E(
    "clinic_letter",
    "Diagnosis: {{de Quervain's tenosynovitis}}, right wrist. {{Finkelstein's test}} positive. Steroid injection given today; thumb spica splint for 3 weeks.",
)
E(
    "imaging_report",
    "X-ray left ankle: {{Weber B}} fracture of the distal fibula, mortise congruent. Compared to {{12/05/2024}}: no displacement. For CAM boot.",
)
E(
    "en_hp",
    "Singapore resident, works night shifts at {{Changi Airport}}. Referred from {{SGH}}, {{Outram Road}}, for second opinion on {{Moyamoya disease}}.",
)
E(
    "progress_note",
    "{{Bill}} from finance called about the ward budget; unrelated to care. {{Mark}} this patient for {{Rose}} ward transfer when a bed frees up.",
)
E(
    "discharge_summary",
    "Follow-up at {{AIIMS}}, {{Ansari Nagar}}, New Delhi, cardiothoracic OPD, Room {{29}}, every Thursday. Continue {{Ecosprin}} 75 mg and {{Clopitab}} 75 mg.",
)
E(
    "lab_report",
    "Blood group {{A RhD negative}}. Antibody screen negative. Anti-D given {{28 weeks}}. Kleihauer: {{<2 mL}} fetal cells.",
)
E(
    "chat_message",
    "Quick q -- after my {{Whipple}} they said to take {{Creon}} with every meal, is 25000 units enough for a snack? Nurse line said call back Monday, {{Healthline 0800 611 116}}.",
)
E(
    "nursing_record",
    "IV cannula 20G L forearm inserted {{09/06 07:30}}. VIP score {{0}}. Flushed with 10 mL saline. {{Tegaderm}} intact.",
)
E(
    "consult_note",
    "Ophthalmology: {{Horner's syndrome}} left -- ptosis 2 mm, miosis, anhidrosis. Apraclonidine test positive. Recommend CT chest to exclude {{Pancoast tumour}}.",
)
E(
    "en_hp",
    "Irish Heart Foundation leaflet given. Patient attends {{Beaumont Hospital}} cardiac rehab on {{Tuesdays}}. Target HR {{110-125 bpm}} on the bike.",
)
E(
    "ed_triage",
    "Staggered ingestion, estimated {{150 mg/kg}} paracetamol over 24 h. Discussed with Poisons Information Centre on {{13 11 26}}; commence {{NAC}} now, do not wait for the 4-hour level at 02:30.",
)


# ===========================================================================
def main():
    _self_test_checks()
    rows = [build(lang, style, turns) for lang, style, turns in ROWS]
    R.shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = "dev19-%04d" % i
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
    assert 0.40 <= share["NAME"] <= 0.52, share
    for k in ("PHONE", "ID", "MRN"):
        assert 0.03 <= share[k] <= 0.15, (k, share)
    for k in ("ADDRESS", "DOB"):
        assert kinds[k] >= 90 and share[k] <= 0.20, (k, kinds[k], share)
    assert kinds["EMAIL"] >= 5, kinds
    free_lang = Counter(r["lang"] for r in rows if not r["spans"])
    assert free_lang == Counter(TARGET_FREE_LANG), free_lang
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
