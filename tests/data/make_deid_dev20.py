#!/usr/bin/env python3
"""Generator for tests/data/deid_dev20.jsonl -- a labelled de-identification
development set of Chinese / mixed / English clinical texts whose focus is
the classes the project's held-out sets still miss most: CHINESE PERSON
NAMES WITHOUT CUE WORDS (names as the subject of a sentence in narrative
case histories, in lists and tables, addressed directly inside dialogue
turns, given names used alone by family members, rare and double surnames,
names followed by verbs and particles, names in WeChat-style group
messages, shift hand-over notes and nursing records, names in quoted
speech, names that are also ordinary words, Traditional Chinese names in
Hong Kong / Taiwan / Macau notes), ENGLISH ADDRESSES in conversation and
letters, and ENGLISH / MIXED-LANGUAGE DATES OF BIRTH in conversation, with
phones, record numbers, national IDs and e-mails in smaller numbers and
35 % PHI-free look-alike rows.

DATA CARD
=========

Provenance
----------
Written BLIND in round 22 by a helper session started for that purpose.  The
author read only section 7 ("De-identification") of /work/shared/PROTOCOL.md,
which says which identifiers count as PHI (names, phone numbers, national ID
numbers, medical record numbers, e-mail and street addresses, exact dates of
birth in Chinese and English forms), plus the data card (module docstring,
including its labelling conventions) and the code structure (check-digit
helpers, default_parts, _add / Z / M / E, parse_turn, row assembly,
shuffling, numbering, writing and self-checks) of
tests/data/make_deid_dev19.py, whose hand-written rows were skimmed only to
learn the inline markup that parse_turn reads (none of its texts was
copied), and the first five lines of tests/data/deid_dev19.jsonl, read only
to copy the row format.  The author did NOT read anything under annotation/,
bench/, docs/ or scripts/, no README, no git history, and no other deid_*
data file or make_deid_* generator; the scrubber was never run and
annotation.deid / bench/deid.py were never imported.  Its rules, regexes,
cue lists, name lists and word lists were never seen, so the texts below
were written without knowledge of what the scrubber does or does not catch.
This script is self-contained (stdlib only); the check-digit and self-check
code was copied from the dev19 generator and extended (more double
surnames in default_parts; "May 3rd, '62" and "February the 8th 1963"
date-of-birth forms; five new genres; per-language PHI-free targets; a
count of hanzi NAME spans with no adjacent cue, asserted to be >= 55 % of
all NAME spans; minimum counts of Latin-script ADDRESS and DOB spans).

Every row below was written by hand for this set (one hand-written text per
row; no slot filling, no template reused across rows).  All people, numbers
and addresses are synthetic: names were invented or freely recombined from
common given names and surnames, streets, house names, townlands, house,
unit, lot, box and route numbers were made up or freely recombined with real
town, suburb and estate names, phone and record numbers were typed as
random-looking digit strings (North American numbers use the fictional
555-01xx range, UK numbers the 0113 496 0xxx / 0121 496 0xxx / 020 7946 0xxx
drama ranges, Australian mobiles the 0491 570 xxx range; no Irish or New
Zealand phone numbers are used), and check digits of the numbers that have
a real checking scheme -- GB 11643 resident IDs, Hong Kong and Taiwan IDs,
Singapore NRIC, Irish PPS numbers, NHS numbers (modulus 11), New Zealand NHI
numbers, Australian Medicare numbers and Ontario health numbers (Luhn) --
are computed by this script from the hand-typed body of the number (written
as <scheme> in the source).  US SSNs have no check digit; they are checked
for the structural rules of the scheme.  Resident-ID bodies carry the same
birth date as the row's DOB where both occur; the Scottish CHI number starts
with the row's date of birth, as real CHI numbers do.  Hospital names and
hospital addresses, clinics, drug brands, patent medicines and hotlines are
real public institutions, products or services and appear only as PHI-free
look-alikes or as places of care.  Any match with a real person or a real
private address is coincidental.

Target
------
320 rows, deterministic (stdlib only; the hand-written rows are shuffled
with one random.Random(20) and then numbered dev20-0001 ...):
  * language: 160 "zh" (Simplified, plus Traditional rows in Hong Kong /
    Taiwan / Macau style and Cantonese), 55 "mixed" (Hong Kong Cantonese-
    English, Singapore English-Chinese, overseas students, migrants and
    their families in the UK, Ireland, Canada, the US, Australia and New
    Zealand writing in Chinese with English addresses and dates), 105 "en"
    (US, UK incl. Scotland and Wales, Irish, Australian, Canadian incl.
    Québec, New Zealand);
  * 112 rows (35 %) are PHI-free look-alike traps whose tricky substrings
    are listed in "protect" (56 zh, 20 mixed, 36 en);
  * at least 55 % of the NAME spans are hanzi names with no title, kinship
    or role cue directly adjacent (see "Cue-free names" below);
  * at least 60 ADDRESS and 60 DOB spans, of them at least 40 each in Latin
    script.
  Counts at the time of writing (printed on each run):
    rows: zh 160, mixed 55, en 105; PHI-free: zh 56, mixed 20, en 36;
    spans by language: zh 259, mixed 113, en 262;
    634 spans -- NAME 345 (54.4 %; hanzi 243, Latin 102), ADDRESS 106
    (Latin script 94), DOB 94 (Latin script 78; numeric 45, English words
    33, Chinese 16), PHONE 31, MRN 30, ID 16, EMAIL 12;
    hanzi NAME spans with no adjacent cue: 200 (58.0 % of NAME spans).

Phenomena covered
-----------------
NAME (hanzi, mostly without cues): the subject of a narrative sentence
(张建国今晨6时许出现胸闷 / 王平3天前淋雨后 / 高峰今日体温正常), record
openings without 患者 (X，2岁，发热5天 / X，男，17岁), lists joined with 、
and 和 (家属：X、Y / 由X、Y陪同 / 随行人员：X、Y), bed lists in hand-over
notes (3床 X 68岁 脑梗死 ...), names addressed in the middle of a turn
(来，建华，你先把药吃了 / 坐吧。张伟，你最近晚上还憋醒吗), given names used
alone by family members (秀英 国强 建华 红梅 淑华 春生 爱华 志刚 翠萍 振华
德福 桂香 金宝), the short form after the full form (张建国 ... 建国, 诸葛明远
... 明远), speaker labels in WeChat-style groups (【心内二病区护理群】 周全：...) and
names mentioned inside the messages, voice-to-text without punctuation,
quoted speech (“是文静帮我在网上挂的号”), names followed directly by verbs and
particles (X说 X诉 X话 X啊 X你 X他们), names that are ordinary words
(高峰 王平 李明 张伟 周全 金鑫 文静 海燕 黎明 马力 田野 石磊 方圆 叶青 江山
安宁 向阳 白雪 常青 时光 陶冶 夏天 柏林 黄金 余生 谷雨 文明 齐心 秦岭 蔚然
甘露露 明珠), rare surnames (庹 蔺 揭 仝 鄢 冉 阚 钮 覃 苟 阙 滑 戈 胥 晏 邝
逯 荀 谯 莘 郦 宓 闵 瞿 衡 韶 冀 原 佟 和 岑 练 符 麦), double surnames (欧阳
诸葛 慕容 呼延 令狐 东方 司马 司徒), minority names (阿依古丽 那木汗
和丽萍), Hong Kong / Taiwan / Macau names in Traditional characters
(林淑芬 陳怡君 黃志明 何麗珍 張雅婷 梁志強 鄧美儀 許文雄 蔡佩珊 鄭嘉豪),
two-character nicknames (老杨 老六 阿芬 阿玲 阿强).
NAME (Latin): names in letters, salutations and sign-offs, surname or
given name alone after the full name, SURNAME / Forenames fields in caps,
hyphenated and particle names (Mbeki-Swanson, Price-Jones, Ní Dhomhnaill,
Ó Súilleabháin, da Graça), Māori, Irish, Welsh, Polish, Vietnamese, Nigerian
and First Nations names, romanised Chinese names (Zhang Wei, Chen Xiaoming,
SZETO Wing Yan), English names in Chinese text (Cathy, Jason, Kelvin Ng,
Lily Zhou), lower-case names in texts.
ADDRESS: US (Apt / Apt. / Apt # / apt 2b / Unit / 2nd floor / 3rd Fl. /
rear 1/2 addresses, ZIP and ZIP+4, PO Box, HC route box, RR box, mobile-home
lot), UK (Flat, 2F2 and 0/2 Scottish flats, Lower flat, house names, care
home room, caravan in a holiday park, flat above a shop, postcodes alone
given piecemeal), Irish (Apartment / Block, townlands, house names, c/o a
post office, Irish-language address, Eircodes), Canadian (Basement Suite,
Apt, #305 - 6888 style, RR / Site / Comp, Box with postal code, rue
Principale, chemin ... (Québec)), Australian (3/118 and Unit 5/27-29, RMB,
Lot, PO Box, retirement-village unit), New Zealand (RD, flat, 14A, PO Box,
c/- address); addresses split over several lines, addresses without a house
number (Coldwater Road, Mill Road, Hillview), addresses given piecemeal over
several turns ("Flat 9. Coronation Buildings." ... "Vauxhall Walk. SE11
5JT."; "Maple Crescent, number 14" ... "LS17 6QT"), numbers written in
words (forty-two Cedar Avenue), lower-case addresses in texts; Chinese
addresses (省 市 区 街道 路 号 小区 栋 单元 室, villages, 嘎查), Hong Kong,
Taiwan and Macau addresses, English addresses inside Chinese text.
DOB: conversational English (born the 3rd of May '62, DOB 03/05/62, born 12
Feb 1954 in a letter that says she turned 70, b. 1961-07-09, birthday is
7/9/1961, May 3rd, '62, February the 8th 1963, nineteenth of June 1948,
the twenty-first of April 1939, Eighth of March, 1975, 12th March '34,
27th December 1941), numeric D/M/Y and M/D/Y with two- and four-digit years,
ISO and dotted dates, 5-Mar-38, 08-Nov-1969, 1982-Aug-17, 29/02/1996,
French (17 juillet 1955), mixed-language (我生日是1999年11月2日 / 护照上写的
02 NOV 1999 / birthday 係 12/04/1947), Chinese (1962年5月3日, 一九四九年九月十二
号, 五一年三月初九 lunar, 民國四十五年七月二十日, 民國87年2月11日, 19530917,
1948/09/06), a newborn's birth date.
Other identifiers: Chinese mobiles and landlines, Hong Kong / Macau 8-digit
phones, NA (555-01xx), UK drama-range and AU 0491 570 phones; 住院号 门诊号
病歷號碼 HN MRN UR Hosp no. Acct# NHS CHI NHI Medicare RAMQ OHIP Alberta PHN;
GB resident IDs, HKID, Taiwan ID, NRIC, PPS, SSN; e-mails in letters and
chats.
PHI-free look-alikes (in "protect"): ordinary words that are also names
(高峰期 文静 海燕 the seabird 周全 平安 国庆 春节 夏天 余生 向阳 谷雨 文明
黄金时间 安宁疗护 甘露醇; Will, Hope, Grace, Iris, Amber, June, May, sandy,
frank haematuria), patent medicines and brands named after people
(马应龙麝香痔疮膏 季德胜蛇药片 王氏保赤丸 潘高寿川贝枇杷露 念慈菴 黄道益活络油
史国公药酒 冯了性风湿跌打药酒 黄振龙凉茶 邓老凉茶 华佗再造丸 金嗓子喉宝 汤臣倍健
金鑫大药房 平安好医生; Yasmin, Diane-35, Lucette, Microgynon, Mirena, Madopar,
Sinemet, Eliquis, Xarelto, Creon, Hollister, Propess, Penthrox, Elaprase,
Dymista, Xiapeal, Nurofen, Panadol), eponyms (川崎病 帕金森病 格雷夫斯病 桥本
甲状腺炎 吉兰-巴雷综合征 霍奇金淋巴瘤 白塞病 布加综合征 克罗恩病 唐氏综合征
法洛四联症 墨菲征 Colles骨折 Salter-Harris 李斯特菌 肝豆狀核變性 阿茲海默症;
Graves', Parkinson's, Addison's, Hashimoto's, Kawasaki, Hunter syndrome,
Legg-Calvé-Perthes, Osgood-Schlatter, Guillain-Barré, Boerhaave, Moyamoya,
Cushing's, Castleman, Wernicke's, Korsakoff, Grey Turner's, Cullen's,
de Quervain's, Finkelstein's, Dupuytren's, Peyronie's, Tinel's, Phalen's,
Spurling's, Lisch nodules, Bishop score, Wells score, Ottawa ankle rules,
Weber A, Jersey finger, plaster of Paris, Denver shunt, Nissen, Whipple,
Hartmann's, Cheyne-Stokes, Glasgow Coma Scale, Mallampati, Hoffmann征),
hospitals named after people and their public addresses (中山大学孙逸仙纪念医院,
邵逸夫医院 庆春东路3号, 北京协和医院 东城区帅府园1号, 复旦大学附属肿瘤医院
东安路270号, 馬偕紀念醫院 中山北路二段92號, 麥理浩復康院, 東華三院黃大仙醫院;
Tan Tock Seng, Khoo Teck Puat (90 Yishun Central), Ng Teng Fong, Pamela
Youde Nethersole Eastern, Alice Ho Miu Ling Nethersole, Prince of Wales,
Fiona Stanley Hospital (11 Robin Warren Drive), Sir Charles Gairdner, Lady
Cilento, Lyell McEwin, Austin Hospital, Peter MacCallum, Ronald McDonald
House, Alder Hey, Addenbrooke's (Hills Road), Johns Hopkins (1800 Orleans
Street), Mayo Clinic (200 First St SW), Royal Melbourne (300 Grattan
Street), Beaumont Hospital (Beaumont Road, Dublin 9), Vancouver General
(899 West 12th Avenue)), place names that look like names, used as places
of care or work (秀英区 建国门 张家港 石家庄 黃大仙 何文田), visit dates,
ages, doses, lab values, ICD codes and hotlines (120, 000, 995).  Lab,
specimen, accession, examination and prescription numbers are not used in
PHI-free rows (the owner's policy counts them as MRN; see dev19's card).

Cue-free names
--------------
cue_free() counts a hanzi NAME span as cue-free when none of its
occurrences is directly next to a title, kinship or role cue: the text just
before it (after dropping spaces, line breaks, colons, commas, brackets,
quotes and @) must not end with one of CUE_BEFORE (field labels such as
姓名 患者 家属 联系人 陪同人 交班 接班 签名, speaker labels such as 医生 护士
家属 患者, self-introductions 我叫 / 我是, kin terms 爸 妈 女儿 儿媳 丈夫 ..., roles
同学 同事 室友 社工 ..., and Latin Dr / Mr / Pt / Name / NOK ...), and the text
just after it (after dropping spaces) must not start with one of CUE_AFTER
(先生 女士 医生 护士 主任 阿姨 姐 哥 太太 生 之父 的女儿 他妈 家属 （女 ...).
Two-character nicknames with 老 / 小 / 阿 do not count.  The lists are
broad on purpose (a speaker label "医生：" before a name addressed in the
turn, or a table's relation column, counts as a cue), so the count errs on
the low side.

Genres ("style")
----------------
case_history, dialogue, wechat_group, shift_handover, letter (new in this
round), and these genres from dev19:
progress_note, discharge_summary, consult_note, imaging_report,
outpatient_record, nursing_record, emr_table, transfer_note,
registration_form, referral_letter, clinic_letter, en_hp, ed_triage,
voice_transcript, chat_message, phone_followup, insurance_claim,
health_check, home_visit_note.

Row format (one JSON object per line, json.dumps(..., ensure_ascii=False))
-------------------------------------------------------------------------
  {"id": "dev20-0001", "lang": "zh"|"en"|"mixed", "style": <genre>,
   "source": short description of where the PHI sits ("none" if PHI-free),
   "turns": [str, ...]            1-4 turns,
   "spans": [{"kind": "NAME"|"PHONE"|"ID"|"MRN"|"EMAIL"|"ADDRESS"|"DOB",
              "text": exact substring of a turn,
              "parts": [distinctive parts that must not survive]}, ...],
   "protect": [non-PHI substrings that must stay untouched]}
Spans are listed once per distinct (kind, text) even if the text recurs.

Labelling conventions
---------------------
(the dev19 conventions, kept unchanged; the notes marked "round 22" say how
they were applied to this round's new phenomena)
* ADDRESS: the span runs from the first admin unit written (province, city,
  district, or the street / block / flat when nothing larger is written) to
  the last room / floor / postcode; cue words (住在, lives at, address:,
  c/-, c/o when it is not part of a post-office address ...) are outside.
  Parts are the distinctive pieces: street / road name with the house or
  block number, unit / flat / apartment / suite / # / floor, estate,
  building, house and care-home names, townlands and villages, PO / RR / HC
  / RMB / RD box and route numbers, postcodes and Eircodes.  Bare admin
  units (省 市 区, city, suburb-free city names, state / province / county
  names and codes) are NOT parts.  Round 22: an address given piecemeal in
  dialogue is labelled piece by piece, each piece that is written apart
  (the street, the house number or name, the postcode) being its own
  ADDRESS span with itself as part; a town name said alone (Bellingen) is
  not labelled; a multi-line address is one span including its line breaks.
* DOB: the date as written (with 生 / born / b. / DOB / "the" outside the
  span); parts = the span.
  Only exact dates of birth are labelled; ages, birth years alone, a
  birthday without a year, visit / admission / lab / operation dates are
  not PHI here (round 22: rows were written so that no day-and-month of a
  labelled birth date is repeated elsewhere in the row).
* MRN: numbers that identify the patient or one of the patient's records in
  a health system (住院号 门诊号 病歷號碼 HN, MRN, Hospital No., UR number,
  Acct#, CHI, NHS, NHI, Medicare, RAMQ, Ontario and Alberta health numbers).
  Bed numbers and queue numbers are not.  Parts = the number as written.
* PHONE: parts = the subscriber number without country code, separated area
  code in brackets or extension.  ID: parts = the number as written.
  EMAIL: parts = the local part.
* NAME: titles and kin terms (Dr, Mrs, Ms, Mr, 先生, 医生, 阿姨, 主任, 太太 ...)
  are outside the span; parts are given name and surname as written
  (initials and particles dropped unless written as part of a surname that
  is kept whole, e.g. "Ní Dhomhnaill"); for hanzi names the full name and
  the given name if it has two or more characters (double surnames such as
  欧阳 诸葛 慕容 呼延 are recognised, so 欧阳丽 has only the full name as a
  part).  Two-character nicknames (老杨 阿芬) are NAME spans whose part is the
  whole span; a Uyghur name (阿依古丽) is one part.
* A name (or other identifier) that recurs in a shorter form -- full name
  first, the given name or surname alone later -- gets its own span for the
  shorter form.
* Hospital names, departments, wards, bed numbers and staff roles without a
  name are not PHI; neither are names of people that only occur inside the
  name of a hospital, a medicine, a shop or a disease (孙逸仙纪念医院,
  马应龙麝香痔疮膏, 金鑫大药房, Fiona Stanley Hospital, Parkinson's).

Checks (asserted before writing; the script fails loudly otherwise)
------------------------------------------------------------------
* every span text and every protect string occurs verbatim in the turns;
* every part occurs in its span text, and every occurrence of every part in
  the row (case-insensitive substring; whole word for Latin parts of at most
  three letters) lies inside an occurrence of some span text of that row;
* no occurrence of a protect string overlaps an occurrence of a span text,
  and no protect string is contained in a span text;
* check digits are re-verified from the span text for GB resident IDs, Hong
  Kong / Taiwan IDs, NRIC and PPS numbers (ID spans) and for NHS, NHI,
  Medicare and Ontario health numbers (MRN spans in rows naming the
  scheme); US SSNs must follow the structural rules of the scheme; every ID
  span must belong to a known scheme; the checking code is tested on
  published example numbers first;
* every DOB span is parsed (English month names, abbreviations and ordinal
  words, 'YY years, French month names, numeric D/M/Y, M/D/Y, Y-M-D and
  YYYYMMDD, Chinese digits and numerals, Minguo years, lunar months and
  days) and must be a real calendar date (lunar dates: month 1-12, day
  1-30);
* ids are unique, language and PHI-free counts (overall and per language)
  hit the target, at least 18 genres are used, NAME is 45-62 % of spans,
  PHONE / ID / MRN are 1.5-15 %, ADDRESS and DOB have >= 60 spans each
  (>= 40 each in Latin script) and at most 20 %, there are >= 5 e-mails,
  hanzi NAME spans with no adjacent cue are >= 55 % of NAME spans, no
  markup is left, PHI-free rows have >= 2 protect strings, and no sentence
  of >= 14 characters occurs in two rows.
The counts per language, per kind (with subtypes), cue-free hanzi names,
Latin-script addresses and dates of birth, PHI-free rows and genres are
printed on each run.
"""

import datetime
import json
import os
import random
import re
from collections import Counter, OrderedDict

R = random.Random(20)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "deid_dev20.jsonl")

KINDS = ("NAME", "PHONE", "ID", "MRN", "EMAIL", "ADDRESS", "DOB")
TARGET_LANG = {"zh": 160, "mixed": 55, "en": 105}
TARGET_FREE = 112
MIN_ADDRESS_DOB = 60
MIN_EN_ADDRESS = 40
MIN_EN_DOB = 40
TARGET_FREE_LANG = {"zh": 56, "mixed": 20, "en": 36}

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
    "case_history": "narrative case history / case presentation (病例汇报)",
    "dialogue": "clinician-patient / family dialogue (问诊对话)",
    "wechat_group": "WeChat / WhatsApp group messages (工作群 家属群)",
    "shift_handover": "shift hand-over note (交接班记录)",
    "letter": "letter or e-mail from a patient or family to the clinic",
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
        "May 3rd, '62",
        "February the 8th 1963",
        "3rd of May '62",
        "Eighth of March, 1975",
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
        "February the 30th 1963",
        "May 3rd, 62x",
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
    # added in round 22
    "呼延",
    "南宫",
    "南宮",
    "澹台",
    "濮阳",
    "申屠",
    "独孤",
    "钟离",
    "鍾離",
    "闻人",
    "聞人",
    "公冶",
    "亓官",
    "百里",
    "轩辕",
    "赫连",
    "第五",
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
    # March 12, 1956 / Mar. 12th 1956 / May 3rd, '62 / February the 8th 1963
    m = re.fullmatch(r"(%s)\.? (?:the )?(\d{1,2})(?:st|nd|rd|th)?,? (\d{4}|'\d{2})" % MON_WORD, t)
    if m and month_no(m.group(1)):
        return valid_date(full_year(m.group(3).lstrip("'")), month_no(m.group(1)), int(m.group(2)))
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


# ---------------------------------------------------------------------------
# Round 22: hanzi names with no title, kinship or role cue directly adjacent.
# An occurrence is "cued" when the text right before it (after dropping
# spaces, colons, commas, brackets, quotes and @) ends with one of CUE_BEFORE,
# or the text right after it (after dropping spaces and an opening bracket)
# starts with one of CUE_AFTER.  A span counts as cue-free only if none of its
# occurrences is cued and it is not a two-character nickname starting with 老 / 小 / 阿.
# The lists are deliberately broad, so the count errs on the low side.
# ---------------------------------------------------------------------------
CUE_BEFORE = tuple(
    """
    姓名 名字 患者 病人 病患 患儿 伤者 孕妇 产妇 家属 家屬 联系人 聯絡人 陪护 陪同 陪同人 陪诊 随行人员 签名 簽名 签字
    记录者 記錄者 记录人 医师 醫師 医生 醫生 大夫 护士 護士 护师 主任 老师 交班 接班 交班人 接班人 审核 审核者
    检验者 报告医师 病史陈述者 代诉 监护人 委托人 申请医师 会诊医师 经治医师 主治医师 责任护士 病人姓名 收件人
    母亲 父亲 父 母 儿子 兒子 女儿 女兒 儿媳 兒媳 女婿 丈夫 妻子 太太 老公 老婆 爱人 愛人 哥哥 姐姐 弟弟 妹妹 兄 姐 弟 妹
    哥 孙子 孙女 外孙 爷爷 奶奶 外公 外婆 阿嫲 阿爸 阿妈 阿媽 我爸 我妈 我媽 爸 妈 媽 阿爸 老豆 其女 其子 其夫 其妻 之女 之子
    先生 女士 小姐 阿姨 叔叔 伯伯 舅舅 姑妈 姑姑 嫂子 大爷 大妈 我叫 我是 我系 我係 你们家 我们家 我家 他家 她家
    同学 同事 室友 邻居 网格员 社工 护工 保姆
    Dr Dr. Mr Mrs Ms Mdm Miss Pt Patient Name Auntie Uncle NOK mum mom dad wife husband son daughter
    """.split()
)
CUE_AFTER = tuple(
    """
    先生 女士 小姐 医生 醫生 医师 醫師 大夫 护士 護士 主任 老师 阿姨 叔叔 伯伯 大爷 大妈 奶奶 爷爷 婆婆 师傅 同学 教授
    院长 经理 老板 姐 哥 妹 弟 总 生 sir Sir 姑娘 太太 女儿 女兒 儿子 兒子 儿媳 儿媳妇 父亲 母亲 之女 之子 之父 之母 之兄
    的女儿 的儿子 的老伴 的爱人 的妈 的爸 的家属 的老婆 的老公 的丈夫 的妻子 的母亲 的父亲 的孙子 他妈 她妈 他爸 她爸 他老婆
    她老公 家属 老伴 爱人 父 母 （女 （子 （父 （母 （妻 （夫 （兄 （姐 （弟 （妹 （同事 (
    """.split()
)
_STRIP_BEFORE = " \t\n：:，,（(「“\"'@【["
_STRIP_AFTER = " \t"


def cue_free(text, turns):
    """True if a hanzi NAME span has no title / kinship / role cue next to it"""
    if not HAN_RE.search(text) or re.search(r"[A-Za-z]", text) or (len(text) == 2 and text[0] in "老小阿"):
        return False
    for t in turns:
        for a, b in find_all(t, text):
            before = t[:a].rstrip(_STRIP_BEFORE)
            after = t[b:].lstrip(_STRIP_AFTER)
            if before.endswith(CUE_BEFORE) or after.startswith(CUE_AFTER):
                return False
    return True


# ===========================================================================
# ROWS -- written by hand, one text per row
# ===========================================================================
# ---------------------------------------------------------------------------
# zh rows with PHI -- names without cues: narrative case histories, lists,
# dialogue, given names alone, group chats, hand-over notes, quoted speech
# ---------------------------------------------------------------------------
Z(
    "case_history",
    "病例讨论（住院号[[MRN:2024051873]]）\n[[NAME:张建国]]今晨6时许出现胸闷、大汗，含服{{硝酸甘油}}后无缓解，急诊心电图示V1-V4导联ST段抬高，遂行急诊PCI。既往吸烟30年，从未规律体检。",
)
Z(
    "nursing_record",
    "陪护登记　{{12床}}\n家属：[[NAME:王秀英]]、[[NAME:李德明]]\n联系电话：[[PHONE:138 0571 2294]]\n两人轮流陪护，已完成防跌倒宣教并签字。",
)
Z(
    "dialogue",
    "护士：来，[[NAME:建华]]，你先把药吃了，一会儿要抽空腹血。",
    "患者：嗯。[[NAME:秀珍]]几点过来？",
    "护士：她说下午两点到，你先躺会儿，别自己下床。",
)
Z(
    "wechat_group",
    "【心内二病区护理群】\n[[NAME:周全]]：今晚夜班我和[[NAME:金鑫]]换一下，家里孩子发烧。\n[[NAME:高峰]]：可以，记得把排班表改过来。\n[[NAME:金鑫]]：收到",
)
Z(
    "shift_handover",
    "夜班交接　{{5月19日}}\n3床 [[NAME:庹红梅]] 68岁 脑梗死 右侧肢体肌力2级 鼻饲中 夜间安静\n4床 [[NAME:蔺志强]] 55岁 肝硬化腹水 今晨腹围{{98cm}}\n5床 [[NAME:揭文静]] 42岁 甲亢 心率112次/分 已报告值班医生\n交班：[[NAME:海燕]]　接班：[[NAME:丽娟]]",
)
Z(
    "outpatient_record",
    "门诊记录　{{2024-04-11}}\n患者自述：“是[[NAME:文静]]帮我在网上挂的号，她说[[NAME:李明]]主任周四上午有专家门诊。”\n主诉：反复上腹痛半年，饥饿时明显。拟行{{胃镜}}检查。",
)
Z(
    "nursing_record",
    "護理紀錄\n[[NAME:林淑芬]]今晨自述頭暈，量血壓{{168/94 mmHg}}，已通知值班醫師。下午[[NAME:陳怡君]]到院陪伴，衛教低鹽飲食，表示了解。",
)
Z(
    "progress_note",
    "病程（港）\n[[NAME:黃志明]]今朝話心口翳，已做{{ECG}}，未見ST段改變。[[NAME:何麗珍]]話佢琴晚成晚冇瞓，想我哋幫手睇睇。",
)
Z(
    "case_history",
    "[[NAME:欧阳文静]]，2岁，发热5天，双眼结膜充血，口唇皲裂，手足硬肿，颈部淋巴结肿大，考虑{{川崎病}}，予{{丙种球蛋白}}2g/kg静滴。",
)
Z(
    "voice_transcript",
    "（语音转文字）喂是二床家属吧我这边护士站刚才[[NAME:国强]]说想吃点东西医生说今天可以喝米汤明天再看[[NAME:桂兰]]你晚上过来的时候顺便带个保温杯",
)
Z(
    "case_history",
    "现病史：[[NAME:王平]]3天前淋雨后出现发热，最高39.4℃，伴咳嗽、咳铁锈色痰。[[NAME:王平]]自服{{连花清瘟胶囊}}无好转，今日来诊。胸片示右下肺大片实变影。",
)
Z(
    "dialogue",
    "医生：坐吧。[[NAME:张伟]]，你最近晚上还憋醒吗？",
    "患者：好多了，就是脚还有点肿。[[NAME:海燕]]天天盯着我称体重。",
    "医生：那挺好，{{呋塞米}}先按原量吃，一周后复查电解质。",
)
Z(
    "wechat_group",
    "【3床家属群】\n[[NAME:李秀梅]]：今天谁去医院？\n[[NAME:李志刚]]：我上午去，[[NAME:丽娟]]下午接班\n[[NAME:丽娟]]：好的，姐你把医保卡放床头柜里\n[[NAME:李秀梅]]：嗯，妈今天说想吃馄饨",
)
Z(
    "shift_handover",
    "白班→夜班\n12床：[[NAME:仝海燕]]，剖宫产术后第1天，宫底脐下一指，恶露量中，导尿管已拔，待自解小便。\n13床：[[NAME:鄢春花]]，妊娠期糖尿病，餐后2h血糖{{8.9 mmol/L}}，营养科已会诊。\n14床：空",
)
Z(
    "progress_note",
    "查房记录\n[[NAME:周建平]]今日精神好转，可自行进食。[[NAME:周建平]]诉昨晚咳嗽减少，痰量约{{20ml}}，色白。双肺湿啰音较前减少，继续目前抗感染方案。",
)
Z(
    "case_history",
    "[[NAME:诸葛明远]]48岁，因“黑便3天”入院。[[NAME:明远]]长期饮酒，每日白酒约半斤。胃镜见胃底静脉曲张，红色征阳性，予内镜下组织胶注射。",
)
Z(
    "nursing_record",
    "跌倒风险评估\n[[NAME:冉玉兰]]，82岁，评分{{55分}}（高危），夜间如厕需人扶。已告知[[NAME:冉国庆]]和[[NAME:冉国华]]轮流陪护，床栏已拉起。",
)
Z(
    "dialogue",
    "家属：来，[[NAME:秀英]]啊，张嘴，医生要看看舌头。",
    "医生：阿姨，舌头伸出来，对，往左边歪一点，好。",
    "家属：她这两天说话也不太清楚，是不是又中风了？",
)
Z(
    "wechat_group",
    "【急诊科交班群】\n[[NAME:石磊]]：抢救室1床胸痛待排，肌钙蛋白第二次还没出\n[[NAME:马力]]：我盯着，出来了跟心内说\n[[NAME:田野]]：留观区有个醉酒的，[[NAME:石磊]]你记得叫他家属来签字",
)
Z(
    "case_history",
    "[[NAME:黎明]]，男，17岁，学生。2小时前和[[NAME:郝帅]]打篮球时突然右侧胸痛伴气促，胸片示右侧气胸，肺压缩约{{40%}}，予胸腔闭式引流。",
)
Z(
    "transfer_note",
    "转科记录\n[[NAME:覃丽华]]因“重症肺炎”由呼吸科转入ICU。转出前[[NAME:丽华]]氧合指数{{128}}，予高流量氧疗效果不佳，拟行气管插管。",
)
Z(
    "voice_transcript",
    "语音留言：[[NAME:志刚]]啊你跟医生说一下我下午三点的车到不了就四点半[[NAME:翠萍]]先在医院守着你别让她一个人搬东西",
)
Z(
    "outpatient_record",
    "儿科门诊\n[[NAME:甘露露]]，4岁，咳嗽1周，夜间为主。[[NAME:露露]]无发热，听诊双肺呼气相哮鸣音。予{{布地奈德}}雾化，嘱一周后复诊。",
)
Z(
    "nursing_record",
    "入院宣教记录\n患者由[[NAME:向阳]]、[[NAME:向晓东]]陪同步行入院，已介绍病区环境、呼叫器使用及作息时间，患者及家属表示理解。",
)
Z(
    "case_history",
    "病例（台北）\n[[NAME:張雅婷]]三十四歲，產後第二週出現心悸、手抖、體重下降，TSH低於0.01，FT4升高。[[NAME:雅婷]]哺乳中，暫以{{普萘洛爾}}控制心率。",
)
Z(
    "dialogue",
    "医生：谁是患者家属？",
    "家属：我是，我叫[[NAME:安宁]]，床上的是我爸，[[NAME:安国庆]]。",
    "医生：好，你爸爸需要做个增强CT，你先看一下这个知情同意书。",
)
Z(
    "shift_handover",
    "ICU交班\n1床 [[NAME:慕容雪]] 感染性休克 去甲肾上腺素{{0.3 μg/kg/min}} 乳酸4.2\n2床 [[NAME:阚德胜]] 重症胰腺炎 CRRT中 今日负平衡800ml\n3床 [[NAME:钮建军]] 脑出血术后 GCS 8分 瞳孔等大\n交班人：[[NAME:吕晓雯]]",
)
Z(
    "progress_note",
    "[[NAME:高峰]]今日体温正常，咳嗽减轻，复查血常规白细胞{{9.2×10^9/L}}。[[NAME:高峰]]要求明日出院，已与上级医师沟通，同意。",
)
Z(
    "wechat_group",
    "【社区慢病随访群】\n[[NAME:单玉珍]]：请问明天量血压要空腹吗\n[[NAME:谭晓梅]]：不用空腹，测血糖才要空腹哈\n[[NAME:单玉珍]]：好的谢谢\n[[NAME:巫德福]]：我的药快吃完了，周几能开药",
)
Z(
    "case_history",
    "既往史：[[NAME:常青]]5年前因{{甲状腺乳头状癌}}行甲状腺全切术，术后长期服{{左甲状腺素钠片}}100μg qd。否认肝炎结核病史。",
)
Z(
    "nursing_record",
    "出院指导\n[[NAME:柳玉梅]]今日出院，已向[[NAME:柳建新]]（[[PHONE:0551-6389 2210]]）讲解{{华法林}}服药注意事项及INR复查时间，其表示理解。出院带药已核对。",
)
Z(
    "dialogue",
    "护士：早上好。[[NAME:红梅]]，今天排便了吗？",
    "患者：还没有，肚子有点胀。",
    "护士：那我给你拿点{{乳果糖}}，多喝水，下午我再来看你。",
)
Z(
    "voice_transcript",
    "语音转写：[[NAME:国栋]]你到了没有啊医生刚刚来过说[[NAME:淑华]]的片子出来了要家属去医生办公室谈话我在楼下排队交费",
)
Z(
    "case_history",
    "个人史：[[NAME:东方晓]]，在矿山从事井下作业二十余年，吸烟30包年。近半年活动后气短明显，胸部CT示双肺弥漫小结节，考虑{{矽肺}}。",
)
Z(
    "shift_handover",
    "晨间交班\n昨日入院2人：[[NAME:滑天佑]]（胆囊结石）、[[NAME:戈美玉]]（甲状腺结节）；出院1人：[[NAME:胥保国]]。\n病重1人：[[NAME:晏秀琴]]，今晨血压{{86/50 mmHg}}，已加快补液。",
)
Z(
    "wechat_group",
    "【手术室群】\n[[NAME:马骏]]：2号间第二台的[[NAME:邝美华]]接了吗？\n[[NAME:周晓燕]]：已接，在等麻醉\n[[NAME:马骏]]：好，[[NAME:周晓燕]]你先去3号间帮忙摆体位",
)
Z(
    "outpatient_record",
    "皮肤科门诊\n[[NAME:金鑫]]，28岁，面部红斑伴瘙痒2周，近期换用新护肤品。诊断：接触性皮炎。予{{糠酸莫米松乳膏}}外用。[[NAME:金鑫]]说面霜是[[NAME:朱丹丹]]推荐的，已嘱停用。",
)
Z(
    "case_history",
    "会诊记录　住院号：[[MRN:ZY0417736]]\n[[NAME:苟建英]]术后第3天出现谵妄，夜间吵闹，拔出胃管一次。[[NAME:苟建英]]既往无精神病史，考虑术后谵妄，建议小剂量{{喹硫平}}睡前服。",
)
Z(
    "nursing_record",
    "護理交班（九龍）\n8床[[NAME:梁志強]]今日拔除尿管，自解小便通暢。9床[[NAME:鄧美儀]]術後疼痛評分4分，已予{{Panadol}}。10床[[NAME:何家豪]]待明日出院。",
)
Z(
    "dialogue",
    "患者：大夫，我这个结节要不要紧？",
    "医生：目前看是良性的可能大，半年后复查B超。",
    "患者：好，那我让[[NAME:文明]]帮我约。[[NAME:文明]]，你记一下时间。",
)
Z(
    "progress_note",
    "术后首次病程\n[[NAME:呼延秀梅]]于全麻下行腹腔镜胆囊切除术，术中出血约{{10ml}}，术后安返病房。[[NAME:秀梅]]神志清，腹部切口敷料干燥。",
)
Z(
    "voice_transcript",
    "（语音）[[NAME:春生]]你听我说医院说今天床位满了让我们明天上午八点再来办住院你跟[[NAME:爱华]]说一声不用请假了",
)
Z(
    "case_history",
    "家族史：[[NAME:韶光明]]之父因肝癌去世，[[NAME:韶光明]]之兄乙肝病毒携带。其本人HBsAg阳性20年，未规律抗病毒。",
)
Z(
    "wechat_group",
    "【透析室病友群】\n[[NAME:蒙德福]]：下周一改成下午班可以吗\n[[NAME:邵丹]]：可以的，我帮你调\n[[NAME:祁桂芝]]：我也想换，周三上午有空位吗",
)
Z(
    "shift_handover",
    "产科交班\n待产：[[NAME:傅佳琪]] G1P0 孕39+2周 宫口开2cm 胎心{{142次/分}}\n[[NAME:练小燕]] G2P1 孕37周 胎膜早破 已用抗生素\n产后：[[NAME:伍丽芳]] 顺产后2小时 出血约200ml",
)
Z(
    "dialogue",
    "医生：来了？[[NAME:周全]]，你这几天血糖怎么样？",
    "患者：早上七点多测，都在七到八之间。",
    "医生：还行。晚上那针{{甘精胰岛素}}再加两个单位，记得记录。",
)
Z(
    "nursing_record",
    "护理记录　{{06-02 21:30}}\n[[NAME:阙文华]]诉切口疼痛，NRS评分5分，遵医嘱予{{氟比洛芬酯}}50mg静推，30分钟后复评3分。[[NAME:文华]]入睡。",
)
Z(
    "case_history",
    "[[NAME:白雪]]，女，23岁，大学生。近2月进食后自行催吐，体重下降8kg，BMI {{16.2}}。[[NAME:陆思琪]]与其同住一间宿舍，发现后陪她来诊，门诊拟诊神经性贪食症收入心身科。",
)
Z(
    "voice_transcript",
    "语音：喂[[NAME:振华]]啊我跟你说你姑妈今天透析完血压有点低护士说要留观一个小时你晚点再来接她",
)
Z(
    "wechat_group",
    "【神经内科医生群】\n[[NAME:方圆]]：门诊那个溶栓的到了吗\n[[NAME:叶青]]：到了，NIHSS 9分，在做CT\n[[NAME:方圆]]：好，{{rt-PA}}先备上",
)
Z(
    "progress_note",
    "[[NAME:牛犇]]今晨空腹血糖{{6.8 mmol/L}}，餐后2h 9.6。[[NAME:牛犇]]对注射胰岛素仍有顾虑，[[NAME:袁佳]]已再次为其讲解注射方法。",
)
Z(
    "case_history",
    "[[NAME:李明]]1962年出生，具体生日为[[DOB:1962年5月3日]]，退休前在纺织厂工作。[[NAME:李明]]近一年记忆力下降，常忘记关煤气，MMSE {{19分}}。",
)
Z(
    "registration_form",
    "住院登记\n[[NAME:杭国强]]　男　[[DOB:1957.11.08]]\n身份证号：[[ID:33050219571108281<gb>]]\n住址：[[ADDRESS:浙江省湖州市吴兴区凤凰街道青铜路58号香樟苑12幢2单元301室|青铜路58号|香樟苑|12幢2单元301室]]\n电话：[[PHONE:137 5728 4416]]",
)
Z(
    "phone_followup",
    "电话随访　{{2024-05-27}}\n接电话的是[[NAME:淑珍]]，说[[NAME:庞玉林]]出院后每天走路半小时，血压控制在130左右。下次复诊{{6月10日}}，已提醒带上出院小结。",
)
Z(
    "dialogue",
    "护士：阿姨，核对一下，您叫什么名字？",
    "患者：[[NAME:戴玉凤]]。",
    "护士：出生日期呢？",
    "患者：[[DOB:一九四九年九月十二]]号。",
)
Z(
    "emr_table",
    "家庭成员\t关系\t年龄\t健康状况\n[[NAME:岑国富]]\t父\t已故\t肺癌\n[[NAME:莫秀云]]\t母\t79\t高血压\n[[NAME:岑少华]]\t兄\t56\t体健\n[[NAME:岑少红]]\t妹\t49\t乳腺增生",
)
Z(
    "case_history",
    "[[NAME:和丽萍]]，纳西族，1960年代生，户籍[[ADDRESS:云南省丽江市古城区束河街道龙泉村委会仁里村三组|龙泉村委会|仁里村三组]]。[[NAME:丽萍]]反复关节肿痛10年，晨僵2小时，RF阳性。",
)
Z(
    "nursing_record",
    "入院护理评估\n[[NAME:揭春梅]]由[[NAME:揭志远]]陪同入院，身份证号[[ID:36232619700318402<gb>]]，出生日期[[DOB:1970-03-18]]，与证件一致。过敏史：{{青霉素}}。",
)
Z(
    "voice_transcript",
    "语音转写：[[NAME:玉珍]]是五八年的阳历[[DOB:1958年8月15号]]生日你登记的时候别写错了上次写成了农历又得跑一趟",
)
Z(
    "wechat_group",
    "【居家护理预约群】\n[[NAME:詹国庆]]：护士你好，明天上午能上门换药吗？地址是[[ADDRESS:江夏区藏龙岛杨桥湖大道17号金地格林小城6栋1单元702|杨桥湖大道17号|金地格林小城|6栋1单元702]]\n[[NAME:贝晓红]]：可以，9点到10点之间",
)
Z(
    "case_history",
    "[[NAME:欧阳建华]]，男，生于[[DOB:1966年2月28日]]，货车司机。[[NAME:建华]]一周前长途驾驶后左小腿肿痛，彩超示左侧腘静脉血栓形成。",
)
Z(
    "registration_form",
    "门诊建档\n姓名 [[NAME:逯翠花]]　出生年月日 [[DOB:19530917]]　门诊号 [[MRN:MZ0045127]]\n户籍地址 [[ADDRESS:河北省邯郸市肥乡区天台山镇北高村|天台山镇|北高村]]\n联系电话 [[PHONE:0310-5621 0847]]",
)
Z(
    "phone_followup",
    "随访记录：电话[[PHONE:158 3306 9271]]无人接听，改拨备用号码[[PHONE:0756-2213 4086]]，[[NAME:麦志坚]]接听，诉母亲[[NAME:黎妹]]近一周胃口差，建议尽早复诊。",
)
Z(
    "dialogue",
    "医生：老人家生日是哪天？",
    "家属：他身份证上是[[DOB:1939年6月5日]]，其实那是农历生日，登记的时候没换算。",
    "医生：那就按身份证上的登记。",
)
Z(
    "case_history",
    "病史摘要（高雄）\n[[NAME:許文雄]][[DOB:民國四十五年七月二十日]]生，住[[ADDRESS:高雄市三民區建國二路218巷6號4樓|建國二路218巷6號4樓]]，病歷號碼[[MRN:0032718845]]。[[NAME:文雄]]糖尿病二十年，近期右足第一趾潰瘍。",
)
Z(
    "outpatient_record",
    "門診（沙田）\n[[NAME:陳嘉欣]]，[[DOB:2001年10月3日]]出生，住[[ADDRESS:沙田瀝源邨貴和樓1807室|瀝源邨|貴和樓1807室]]，身份證[[ID:Y537120(<hk>)]]。主訴：經期腹痛加劇三個月。超聲波提示{{子宮內膜異位囊腫}}。",
)
Z(
    "emr_table",
    "姓名|证件号|出生日期|手机\n[[NAME:苏德胜]]|[[ID:44522119480906163<gb>]]|[[DOB:1948/09/06]]|[[PHONE:135 0253 7710]]\n[[NAME:苏少芬]]|[[ID:44522119760214262<gb>]]|[[DOB:1976/02/14]]|[[PHONE:189 2261 0938]]",
)
Z(
    "nursing_record",
    "家访记录\n到[[ADDRESS:成都市武侯区玉林北路3号院2栋4单元5号|玉林北路3号院|2栋4单元5号]]随访，[[NAME:荀玉清]]独居，[[NAME:玉清]]能自行服药，冰箱里食物过期较多，已联系社区网格员。",
)
Z(
    "voice_transcript",
    "语音留言：喂您好我是[[NAME:谷雨]]就是昨天那个做肠镜的我的病理报告出来了吗我手机是[[PHONE:176 2084 3391]]麻烦出来了给我打个电话或者发到邮箱[[EMAIL:guyu_1993@163.com]]",
)
Z(
    "case_history",
    "[[NAME:江山]]，男，50岁，出租车司机，[[DOB:1974年4月9日]]出生。反复腰痛伴右下肢放射痛3月，直腿抬高试验右侧{{40°}}阳性。今日由[[NAME:任远]]开车送来。",
)
Z(
    "registration_form",
    "新生儿登记\n母亲 [[NAME:冀晓曼]]（住院号[[MRN:0326614]]）　父亲 [[NAME:原海波]]\n婴儿出生时间 [[DOB:2024年6月14日]]{{03:22}}　体重{{3250g}}　Apgar评分9-10分\n家庭住址 [[ADDRESS:山西省太原市小店区坞城路92号|坞城路92号]]",
)
Z(
    "phone_followup",
    "电话回访\n拨打[[PHONE:0731-8455 3062]]，[[NAME:谯美兰]]本人接听，自诉术后伤口已愈合，偶有咳嗽。核对出生日期[[DOB:1963年12月1日]]无误。",
)
Z(
    "dialogue",
    "挂号员：病人叫什么？",
    "家属：[[NAME:莘国平]]，草字头那个莘。",
    "挂号员：哪年哪月哪日生的？",
    "家属：[[DOB:五一年三月初九]]，农历的。",
)
Z(
    "case_history",
    "社会史：[[NAME:卓文君]]与丈夫[[NAME:司马强]]居住于[[ADDRESS:广州市越秀区东华东路453号之二802房|东华东路453号之二802房]]，育有一子，联系邮箱[[EMAIL:wenjun.zhuo@qq.com]]。[[NAME:卓文君]]自述工作压力大，近半年失眠。",
)
Z(
    "nursing_record",
    "转运交接单\n患者[[NAME:佟振东]]，住院号[[MRN:0089317]]，由急诊转入CCU。随行人员：[[NAME:于海]]、[[NAME:焦阳]]。交接时血压{{102/64 mmHg}}，心率86次/分。",
)
Z(
    "wechat_group",
    "【肿瘤日间病房群】\n[[NAME:章伟]]：明天化疗的[[NAME:彭玉华]]、[[NAME:施德才]]血常规已经出了，都可以打\n[[NAME:梅琳]]：收到，[[NAME:彭玉华]]那个PICC要先维护",
)
Z(
    "outpatient_record",
    "随访门诊\n[[NAME:瞿建国]]，门诊号[[MRN:MZ20198843]]，高血压10年。[[NAME:建国]]自测家庭血压多在{{150/95 mmHg}}左右，加用{{氨氯地平}}5mg qd。",
)
Z(
    "case_history",
    "[[NAME:阿依古丽|阿依古丽]]，维吾尔族，34岁。孕28周，OGTT空腹{{5.6 mmol/L}}，1小时10.8。[[NAME:阿依古丽|阿依古丽]]饮食以馕和奶茶为主，已请营养科指导。",
)
Z(
    "dialogue",
    "社工：你们家里现在谁照顾她？",
    "家属：平时是[[NAME:桂香]]，我嫂子。我在外地，[[NAME:金宝]]周末回来。",
    "社工：那出院后我们给你们联系一下社区的居家护理。",
)
Z(
    "shift_handover",
    "神外交班\n6床[[NAME:闵天宇]]，硬膜下血肿钻孔引流术后，引流管通畅，今日引出{{50ml}}淡红色液体。\n7床[[NAME:宓雪梅]]，垂体瘤术后，24小时尿量3800ml，已报告医生，查血钠。",
)
Z(
    "registration_form",
    "居民健康档案\n[[NAME:那木汗]]　蒙古族　出生日期 [[DOB:1967年8月23日]]\n身份证号 [[ID:15252219670823302<gb>]]\n现住址 [[ADDRESS:内蒙古锡林郭勒盟阿巴嘎旗别力古台镇宝格都乌拉嘎查|别力古台镇|宝格都乌拉嘎查]]\n联系电话 [[PHONE:150 4798 2106]]",
)
Z(
    "case_history",
    "病例（新竹）\n[[NAME:蔡佩珊]]二十六歲，[[DOB:民國87年2月11日]]生，身分證[[ID:J22840617<tw>]]，因反覆血尿就診。[[NAME:佩珊]]腎臟切片為{{IgA腎病}}，已開始ACEI治療。",
)
Z(
    "progress_note",
    "[[NAME:黄金]]今日行冠脉造影，示前降支近段狭窄{{90%}}，植入支架1枚。[[NAME:黄金]]术后右桡动脉穿刺处无渗血，手指末梢血运好。",
)
Z(
    "voice_transcript",
    "语音：[[NAME:德福]]你把爸的医保卡和身份证拍个照发给我他身份证号是[[ID:42010619441207351<gb>]]我老记不住后面几位",
)
Z(
    "outpatient_record",
    "产科门诊\n[[NAME:夏天]]，孕16周，唐氏筛查低风险。[[NAME:夏天]]诉偶有下腹隐痛，无阴道流血。嘱按时补充{{叶酸}}，孕20周后行系统超声。",
)
Z(
    "case_history",
    "[[NAME:柏林]]，男，41岁，IT从业者。长期久坐，近3月颈肩痛伴右手麻木。[[NAME:柏林]]颈椎MRI示C5/6椎间盘突出，压迫硬膜囊。",
)
Z(
    "phone_followup",
    "随访员：请问是[[NAME:葛秀兰]]家吗？\n对方：是，我是她儿媳[[NAME:孔晓霞]]。\n随访员：老人家最近腿还肿吗？\n对方：好多了，就是晚上起夜多。",
)
Z(
    "wechat_group",
    "【康复科群】\n[[NAME:时光]]：3床今天开始站立训练\n[[NAME:陶冶]]：好，我下午带他做{{平衡训练}}\n[[NAME:时光]]：[[NAME:陶冶]]注意他血压，早上有点低",
)
Z(
    "case_history",
    "[[NAME:令狐冰冰]]，女，19岁。昨晚与同学聚餐后出现剧烈腹痛，麦氏点压痛反跳痛阳性，血白细胞{{15.6×10^9/L}}，拟急诊阑尾切除。",
)
Z(
    "registration_form",
    "體檢登記（澳門）\n[[NAME:鄭嘉豪]]　[[DOB:1988年5月30日]]\n地址：[[ADDRESS:澳門氹仔柯維納馬路濠景花園第3座12樓B|柯維納馬路|濠景花園第3座12樓B]]\n電話：[[PHONE:6628 4173]]",
)
Z(
    "nursing_record",
    "危急值报告\n{{14:20}} 检验科电话通知：[[NAME:殷国栋]]（住院号[[MRN:1187290]]）血钾{{6.8 mmol/L}}。已立即报告值班医生，遵医嘱予葡萄糖酸钙静推，复查心电图。",
)
Z(
    "dialogue",
    "患者：医生，我叫[[NAME:衡晓军]]，这是我的化验单。",
    "医生：你好，尿酸{{612}}，比上次还高。酒还在喝吗？",
    "患者：少了，就周末跟[[NAME:老六]]他们喝一点。",
)
Z(
    "case_history",
    "过敏史：[[NAME:凤霞]]自幼对{{磺胺}}过敏，表现为全身皮疹。[[NAME:凤霞]]哥哥[[NAME:刘德贵]]有相同过敏史。",
)
Z(
    "progress_note",
    "术前小结　住院号[[MRN:20240388127]]\n[[NAME:宣永康]]诊断为右肾癌（T1b），拟于明日行腹腔镜右肾部分切除术。术前谈话由[[NAME:宣丽]]签字。",
)
Z(
    "wechat_group",
    "【母婴室群】\n[[NAME:海燕]]：6床宝宝黄疸值{{15.2}}，要照蓝光吗\n[[NAME:齐心]]：照，今天先照12小时\n[[NAME:海燕]]：好的，我去跟宝妈说",
)
Z(
    "case_history",
    "病例（台中）\n[[NAME:王建民]]與[[NAME:林秀琴]]同住，[[NAME:秀琴]]發現其近三月常重複問同一問題，並曾在住家附近迷路。MoCA {{17分}}。",
)
Z(
    "registration_form",
    "急诊登记\n[[NAME:楚天阔]]　男　约30岁　无身份证件\n陪同人：[[NAME:秦岭]]（同事）　电话：[[PHONE:185 1073 6629]]\n来院方式：{{120}}送入",
)
Z(
    "voice_transcript",
    "语音转写：你好我是[[NAME:郦春燕]]我妈[[NAME:郦桂英]]住在[[ADDRESS:绍兴市越城区府山街道新建南路256号|新建南路256号]]就是那个老小区上次护士上门找不到单元门在东边",
)
Z(
    "dialogue",
    "医生：好了，[[NAME:金花]]，这个药饭后吃，一天三次。",
    "患者：晓得了。[[NAME:老杨]]也要吃这个不？",
    "医生：他的情况不一样，让他自己来看看。",
)
Z(
    "case_history",
    "[[NAME:蔚然]]，女，30岁。产后第5天出现头痛、视物模糊，血压{{172/108 mmHg}}，尿蛋白（++），考虑产后子痫前期，予{{硫酸镁}}解痉，[[NAME:鲁一凡]]全程在旁。",
)
Z(
    "shift_handover",
    "儿科夜班交班\n2床[[NAME:符小宝]]，11月龄，腹泻，今日大便6次，予{{口服补液盐}}。\n3床[[NAME:麦乐乐]]，3岁，热性惊厥，夜间体温38.6℃，已予退热。",
)
Z(
    "outpatient_record",
    "口腔科\n[[NAME:乐然]]，8岁，由[[NAME:沈嘉]]陪同就诊。下颌第一恒磨牙深龋，予{{窝沟封闭}}及充填治疗。",
)
Z(
    "case_history",
    "[[NAME:余生]]，男，65岁，独居，靠低保生活。[[NAME:余生]]3天未出门，[[NAME:岳红]]上门时发现他倒在家中，送来时意识模糊，血糖{{1.9 mmol/L}}。",
)
Z(
    "dialogue",
    "医生：你叫什么名字？",
    "患者：[[NAME:包明珠]]。",
    "医生：好，[[NAME:明珠]]，哪里不舒服？",
    "患者：胃疼，吃了{{奥美拉唑}}也不管用，晚上疼得睡不着。",
)
# ---------------------------------------------------------------------------
# zh PHI-free look-alikes -- words that could be names, patent medicines
# named after people, eponyms, hospitals and their public addresses
# ---------------------------------------------------------------------------
Z(
    "progress_note",
    "患者诉每天早上7点到9点为心悸{{高峰期}}，与情绪紧张有关。动态心电图示频发房早，未见房颤。继续{{美托洛尔}}，嘱规律作息。",
)
Z(
    "outpatient_record",
    "儿童保健门诊：家长诉孩子性格{{文静}}，在幼儿园很少主动说话，但在家与父母交流正常。发育评估各项在正常范围，建议多参加集体活动。年龄{{4岁2月}}。",
)
Z(
    "case_history",
    "患者为观鸟爱好者，近一月多次在海边观察{{海燕}}、海鸥等海鸟，一周前出现高热、干咳、头痛。胸部CT示左下肺实变，考虑{{鹦鹉热衣原体}}感染可能，送检mNGS。",
)
Z(
    "outpatient_record",
    "痔疮门诊：既往自行外用{{马应龙麝香痔疮膏}}，效果不佳，便后仍有鲜血滴出。肛门镜示内痔II度。建议行{{胶圈套扎}}治疗。",
)
Z(
    "ed_triage",
    "急诊预检：右手背被蛇咬伤2小时，伤口两个牙痕，局部肿胀。患者来院前自行外敷{{季德胜蛇药片}}。分诊{{Ⅱ级}}，联系抗蛇毒血清。",
)
Z(
    "progress_note",
    "患儿家长自行给予{{王氏保赤丸}}3天，大便次数增多。目前每日稀便4次，无脱水征。嘱停用，予{{蒙脱石散}}。",
)
Z(
    "outpatient_record",
    "咳嗽2周，自服{{潘高寿川贝枇杷露}}及{{念慈菴蜜炼川贝枇杷膏}}，症状未缓解。查体咽部充血，双肺呼吸音清。考虑感染后咳嗽。",
)
Z(
    "nursing_record",
    "跌倒后右踝肿痛，家属已在家涂抹{{黄道益活络油}}。查右外踝压痛，{{Ottawa踝关节规则}}阳性，行X线检查排除骨折。嘱暂勿再用刺激性外用药，冰敷抬高。",
)
Z(
    "case_history",
    "风湿科病例：患者长期饮用自泡{{史国公药酒}}及{{冯了性风湿跌打药酒}}，每日约100ml，近期ALT升高至{{156 U/L}}。考虑药物及酒精性肝损伤，嘱戒酒。",
)
Z(
    "outpatient_record",
    "患者近三月每日饮用{{黄振龙凉茶}}或{{邓老凉茶}}各一瓶，诉胃部隐痛、便溏。胃镜示慢性浅表性胃炎。建议停饮凉茶。",
)
Z(
    "discharge_summary",
    "出院诊断：脑梗死恢复期。出院带药：{{华佗再造丸}}8g tid，阿司匹林100mg qd，阿托伐他汀20mg qn。康复科门诊随访，联系{{安宁疗护}}团队评估居家需求。",
)
Z(
    "consult_note",
    "会诊意见：患者溶栓{{黄金时间}}已过（发病{{6小时}}），NIHSS 14分，CTA示左侧大脑中动脉M1段闭塞，建议急诊取栓。",
)
Z(
    "progress_note",
    "颅内压增高，予{{甘露醇}}125ml q8h静滴，监测肾功能及电解质。患者GCS {{11分}}，瞳孔等大等圆，对光反射存在。",
)
Z(
    "case_history",
    "患儿5岁，发热6天，双眼结膜充血，杨梅舌，手足硬肿，诊断{{川崎病}}。超声心动图示左冠状动脉扩张{{4.2 mm}}，予丙球+阿司匹林。",
)
Z(
    "outpatient_record",
    "神经内科门诊：静止性震颤3年，起步困难，诊断{{帕金森病}}（Hoehn-Yahr {{2期}}），加用{{多巴丝肼}}125mg tid。",
)
Z(
    "progress_note",
    "甲功：FT3 {{18.6 pmol/L}}，TRAb阳性，诊断{{格雷夫斯病}}（Graves病）。予甲巯咳唑10mg tid，两周后复查肝功能、血常规。",
)
Z(
    "imaging_report",
    "右腕正侧位片：桡骨远端骨折，远折端向背侧移位，呈餐叉样畸形，符合{{Colles骨折}}。另见尺骨茎突骨折。儿童病例注意{{Salter-Harris}}分型。",
)
Z(
    "referral_letter",
    "转诊：患者确诊{{霍奇金淋巴瘤}}，建议转至{{复旦大学附属肿瘤医院}}（{{上海市徐汇区东安路270号}}）进一步治疗。",
)
Z(
    "outpatient_record",
    "复诊：{{桥本甲状腺炎}}，TSH {{7.2 mIU/L}}，甲状腺过氧化物酶抗体{{>1000 IU/ml}}。予左甲状腺素钠片25μg qd起始。",
)
Z(
    "discharge_summary",
    "出院小结：因{{吉兰-巴雷综合征}}入院，予静注人免疫球蛋白5天，四肢肌力由2级恢复至{{4级}}。转{{北京协和医院}}（{{东城区帅府园1号}}）康复科继续治疗。",
)
Z(
    "nursing_record",
    "健康宣教：患者家属在{{金鑫大药房}}自行购买降压药，已告知需遵医嘱服用，不可随意换药。血压{{152/90 mmHg}}。",
)
Z(
    "outpatient_record",
    "患者海南人，现居{{秀英区}}，近两周双下肢多发红斑结节，伴关节痛。考虑{{结节性红斑}}，查ASO、结核感染T细胞。",
)
Z(
    "case_history",
    "职业史：患者在{{建国门}}附近某写字楼做保洁，接触含氯消毒剂多年，近一年反复喘息，肺功能示FEV1/FVC {{0.62}}。",
)
Z(
    "progress_note",
    "{{国庆}}长假期间患者未规律服药，今日复查血压{{168/98 mmHg}}。再次强调规律用药重要性，节后加强随访。",
)
Z(
    "outpatient_record",
    "家长述孩子{{春节}}期间进食过多油腻食物后腹痛、呕吐3次。腹软，脐周轻压痛，无反跳痛。诊断：{{急性胃肠炎}}。",
)
Z(
    "health_check",
    "体检结论：{{平安}}健康体检套餐，项目共{{32项}}。血脂：总胆固醇6.2 mmol/L↑，LDL-C 4.1 mmol/L↑。建议低脂饮食，三个月后复查。",
)
Z(
    "phone_followup",
    "电话随访：患者已在{{平安好医生}}APP上问诊，线上医生建议来院复查。告知本院心内科门诊时间为周一至周五{{8:00-17:00}}。",
)
Z(
    "case_history",
    "患者长期服用{{逍遥丸}}及{{六味地黄丸}}，自认为可调理月经。本次因月经量多伴乏力就诊，Hb {{78 g/L}}。",
)
Z(
    "consult_note",
    "麻醉会诊：患者为{{Mallampati}} III级，张口度{{3.5 cm}}，颈部活动受限，建议可视喉镜准备，必要时纤支镜引导插管。",
)
Z(
    "nursing_record",
    "病区护理质量检查：{{文明}}用语、{{优质护理}}服务落实到位；床头卡信息完整；高危药品双人核对记录齐全。",
)
Z(
    "outpatient_record",
    "皮肤科：{{白塞病}}口腔溃疡反复，予{{沙利度胺}}50mg qn，注意周围神经病变及避孕。",
)
Z(
    "case_history",
    "患者小学教师，说话多，{{夏天}}常感咽干、声嘶。喉镜示双侧声带小结。建议嗓音休息，含服{{金嗓子喉宝}}仅可缓解症状。",
)
Z(
    "progress_note",
    "术后第2天，患者诉切口疼痛NRS 3分，已下床活动。出院计划需考虑{{周全}}：独居、楼层高、无电梯，请社工介入。血红蛋白{{102 g/L}}。",
)
Z(
    "imaging_report",
    "颈椎MRI：{{C5/6}}椎间盘向后突出，相应平面脊髓受压，T2WI髓内见斑片状高信号。{{Hoffmann征}}阳性（临床提示）。建议脊柱外科会诊。",
)
Z(
    "discharge_summary",
    "出院小结：{{布加综合征}}（下腔静脉膜性闭塞）行球囊扩张+支架植入术，术后下肢水肿消退。出院后口服{{华法林}}，INR目标2-3。",
)
Z(
    "outpatient_record",
    "就诊于{{中山大学孙逸仙纪念医院}}后转来本院。{{孙逸仙}}纪念医院病理会诊意见：乳腺浸润性导管癌，ER 90%，PR 60%，HER2（1+）。",
)
Z(
    "referral_letter",
    "建议转诊至{{浙江大学医学院附属邵逸夫医院}}（{{杭州市庆春东路3号}}）减重代谢外科评估。BMI {{41.3}}，合并2型糖尿病、阻塞性睡眠呼吸暂停。",
)
Z(
    "case_history",
    "病例（港）：病人喺{{伊利沙伯醫院}}做完冠脈介入，今次轉去{{麥理浩復康院}}做心臟復康。出院用藥：{{Brilinta}} 90mg bd。",
)
Z(
    "nursing_record",
    "覆診安排：病人住{{黃大仙}}區，覆診改去{{東華三院黃大仙醫院}}。已預約物理治療，每週兩次，{{6星期}}。",
)
Z(
    "outpatient_record",
    "社康：病人住{{何文田}}，行去{{伊利沙伯醫院}}專科門診大約{{15分鐘}}。血壓自測平均138/84，繼續現有藥物。",
)
Z(
    "case_history",
    "病例（臺北）：患者於{{馬偕紀念醫院}}（{{臺北市中山北路二段92號}}）確診{{肝豆狀核變性}}（Wilson氏症），現服用D-penicillamine。",
)
Z(
    "outpatient_record",
    "門診：阿茲海默症（{{Alzheimer's disease}}）中度，MMSE {{14分}}。家屬詢問{{安寧療護}}及日間照護資源，已轉介社工。",
)
Z(
    "ed_triage",
    "急诊：车祸伤，GCS {{9分}}（E2V2M5），右侧瞳孔{{4 mm}}，对光反射迟钝。{{格拉斯哥}}评分动态监测，急查头颅CT，通知神经外科。",
)
Z(
    "progress_note",
    "{{唐氏综合征}}患儿，合并房室间隔缺损，今日术后第{{3天}}，拔除气管插管，改为鼻导管吸氧。{{法洛四联症}}已排除。",
)
Z(
    "discharge_summary",
    "诊断：{{克罗恩病}}（回结肠型，A2L3B1）。出院予{{英夫利西单抗}}5mg/kg，第0、2、6周输注，之后每8周一次。",
)
Z(
    "health_check",
    "员工体检：科室共{{58人}}，{{高血压}}检出率17%，脂肪肝检出率29%。建议食堂减盐减油，工会组织{{万步走}}活动。",
)
Z(
    "outpatient_record",
    "门诊：患者自购{{汤臣倍健}}钙片与维生素D，每日各一片。骨密度T值{{-2.8}}，诊断骨质疏松症，加用{{阿仑膦酸钠}}70mg每周一次。",
)
Z(
    "progress_note",
    "{{余生}}可能有限，患者及家属商议后决定不再行气管插管，签署{{不实施心肺复苏}}同意书。转入安宁病房，以舒适照护为主。",
)
Z(
    "nursing_record",
    "晨间护理：病房{{向阳}}，通风良好。患者卧床，骶尾部皮肤发红未破，予{{泡沫敷料}}保护，每2小时翻身。",
)
Z(
    "outpatient_record",
    "节气门诊：{{谷雨}}前后过敏性鼻炎加重，予{{糠酸莫米松鼻喷雾剂}}每侧2喷qd，配合生理盐水洗鼻。",
)
Z(
    "case_history",
    "患者在{{张家港}}某化工厂工作，接触苯系物10余年。血常规：WBC {{2.1×10^9/L}}，PLT 62×10^9/L。骨髓穿刺示增生低下。",
)
Z(
    "referral_letter",
    "转院：{{石家庄}}某医院外院诊断主动脉夹层（Stanford A型），现转入本院心外科急诊手术。血压控制于{{110/70 mmHg}}。",
)
Z(
    "imaging_report",
    "腹部超声：{{墨菲征}}阳性，胆囊增大，壁厚{{5 mm}}，胆囊颈部结石嵌顿。提示急性结石性胆囊炎。",
)
Z(
    "outpatient_record",
    "戒烟门诊：吸烟指数{{600}}年支，尼古丁依赖评分7分。予{{伐尼克兰}}，第1-3天0.5mg qd。随访一个月时间节点：{{4周}}。",
)
Z(
    "nursing_record",
    "夜班巡视：02:00患者呼吸呈{{潮式呼吸}}（Cheyne-Stokes），SpO2 {{88%}}，已报告医生，予吸氧后升至94%。",
)
Z(
    "case_history",
    "孕32周，进食冷藏熟食后发热3天，血培养回报{{单核细胞增生李斯特菌}}，予{{氨苄西林}}2g q4h静滴，胎心监护反应型。",
)
# ---------------------------------------------------------------------------
# mixed rows with PHI -- code-switched notes, chats and letters
# ---------------------------------------------------------------------------
M(
    "wechat_group",
    "【ICU nurse group】\n[[NAME:王海燕]]：Bed 5 的 ABG 出了，pH 7.28，要不要 call doctor？\n[[NAME:陈志豪]]：call 啦，顺便 update 一下 [[NAME:何秀芳]] 的 family，他们等了一个钟\n[[NAME:王海燕]]：OK",
)
M(
    "chat_message",
    "Hi 医生，我系[[NAME:Cathy]]，阿爸[[NAME:梁國強]]下個月覆診，但我哋搬咗屋，新地址係[[ADDRESS:Flat 12B, Block 3, Laguna City, 8 Cha Kwo Ling Road, Kwun Tong|Flat 12B, Block 3|Laguna City|8 Cha Kwo Ling Road]]，麻煩幫我 update，電話都轉咗做[[PHONE:6391 2058]]，唔該！",
)
M(
    "progress_note",
    "Ward round：[[NAME:张伟]] POD2，afebrile，drain {{40 ml}} serous。[[NAME:张伟]] 话想食嘢，start sips，if tolerated 转 fluid diet。",
)
M(
    "chat_message",
    "医生您好，我是留学生[[NAME:刘思远]]，在 Sheffield 读书。GP 要我的地址注册：[[ADDRESS:Flat 4, 19 Crookesmoor Road, Sheffield S6 3FP|Flat 4|19 Crookesmoor Road|S6 3FP]]。我生日是[[DOB:1999年11月2日]]，护照上写的 [[DOB:02 NOV 1999]]。学校邮箱 [[EMAIL:sliu27@sheffield.ac.uk]]。",
)
M(
    "dialogue",
    "Nurse：Auntie，你 date of birth 几时？",
    "Patient：[[DOB:1952年3月8号]]，冇錯。",
    "Nurse：OK，同 wristband 一样。[[NAME:金花]]，等阵 doctor 会嚟睇你。",
)
M(
    "shift_handover",
    "Handover（SGH style）\nBed 21 [[NAME:林美玲]]：post TKR day 1，pain 4/10，on {{PCA morphine}}。\nBed 22 [[NAME:Tan Ah Kow]]：CAP，O2 2L，spiking 38.5，repeat cultures sent。\nBed 23 [[NAME:黄志伟]]：for discharge，TCA 2/52 ortho。",
)
M(
    "letter",
    "Dear Dr [[NAME:Walsh]]，\n我妈妈[[NAME:周桂芳]]下周从国内来，会住在我这边：[[ADDRESS:Apt 1108, 250 Queens Quay West, Toronto, ON M5J 2N2|Apt 1108|250 Queens Quay West|M5J 2N2]]。她 DOB 是 [[DOB:1955-07-21]]，有高血压和糖尿病，想先注册成 visitor patient。谢谢！有事打我电话 [[PHONE:416-555-0176]]。\n[[NAME:Lily Zhou]]",
)
M(
    "wechat_group",
    "【悉尼华人妈妈群】\n[[NAME:晓丽]]：有人知道 Chatswood 哪个 GP 讲中文吗？\n[[NAME:美娟]]：我们去的那个不错，我家地址是[[ADDRESS:7/42 Albert Avenue, Chatswood NSW 2067|7/42 Albert Avenue]]，就在楼下那条街\n[[NAME:晓丽]]：谢谢[[NAME:美娟]]！",
)
M(
    "case_history",
    "Case：[[NAME:李文静]]，F/34，在 Auckland 读 PhD。Presented with fever + rash after returning from 广州。[[NAME:文静]] NHI [[MRN:ZLS274<nhi>]]，dengue NS1 positive，plt {{68}}。",
)
M(
    "voice_transcript",
    "voice note：hello [[NAME:阿玲]]啊 我而家喺急症室 [[NAME:家明]]佢跌親隻腳 doctor 話要照 X-ray 你放工過嚟帶埋佢張 HKID 啦 係 [[ID:K618372(<hk>)]] 嗰張",
)
M(
    "registration_form",
    "Registration 登记\nName 姓名：[[NAME:欧阳丽]]\nDOB 出生日期：[[DOB:3rd May 1962]]\nAddress 地址：[[ADDRESS:12 Kellett Street\nPotts Point NSW 2011|12 Kellett Street|Potts Point]]\nMobile：[[PHONE:0491 570 156]]\nEmail：[[EMAIL:ouyang.li62@bigpond.com]]",
)
M(
    "dialogue",
    "Receptionist：Can I have your address please？",
    "Patient：我住 [[ADDRESS:Birchmount Crescent，number 9|Birchmount Crescent|number 9]]，近 the library 嗰度。",
    "Receptionist：Postcode？",
    "Patient：[[ADDRESS:L4C 2X7|L4C 2X7]]。",
)
M(
    "chat_message",
    "Hi [[NAME:Jason]]，你阿嫲[[NAME:黃玉蓮]]嘅 appointment 改咗去 {{Tuesday 10am}}，{{Queen Elizabeth Hospital}} SOPC。佢 D.O.B. 寫錯咗做 1946，正確係 [[DOB:12/04/1947]]，記得同 counter 講。",
)
M(
    "outpatient_record",
    "OPD：[[NAME:高峰]]，HN [[MRN:HN19283746]]，M/45，engineer，BP {{158/96}}，on no meds。[[NAME:高峰]] 话工作好忙，成日 skip 早餐。Start {{amlodipine}} 5mg daily，lifestyle advice given。",
)
M(
    "letter",
    "To whom it may concern：\n兹证明 [[NAME:Zhang Wei]]（[[NAME:张伟]]），born [[DOB:9 July 1961]]，居住于 [[ADDRESS:PO Box 2281, Hamilton 3240|PO Box 2281|3240]]，于本院接受治疗。\nContact：[[EMAIL:zw.nz61@gmail.com]]",
)
M(
    "wechat_group",
    "【Vancouver 陪读家长群】\n[[NAME:周全]]：有谁知道 walk-in clinic 要带什么？\n[[NAME:孙丽萍]]：BC Services Card 和地址证明，我当时用的是 [[ADDRESS:#305 - 6888 Alderbridge Way, Richmond, BC V6X 0A3|#305|6888 Alderbridge Way|V6X 0A3]] 的水电单\n[[NAME:周全]]：OK 谢谢",
)
M(
    "transfer_note",
    "Transfer：[[NAME:陳偉明]] from {{Tuen Mun Hospital}} to {{Pok Oi Hospital}} for rehab。[[NAME:偉明]] 太太 [[NAME:Mandy]] contact [[PHONE:9218 4307]]。Mobility：walking frame，supervision。",
)
M(
    "dialogue",
    "Doctor：你啲 medication 边个帮你 arrange？",
    "Patient：[[NAME:建国]]，我个仔。佢住 [[ADDRESS:Ballymun Road, Dublin 9|Ballymun Road]] 嗰边，每个礼拜过嚟一次。",
    "Doctor：OK，我 write 个 letter 俾 GP。",
)
M(
    "case_history",
    "Presentation：[[NAME:金鑫]]，M/29，来自 Wenzhou，在 Milan 开餐馆。Worsening dyspnea x2 weeks，echo 示 {{LVEF 25%}}，dilated LV。[[NAME:金鑫]] 有 family history of sudden death。",
)
M(
    "chat_message",
    "Dr 你好，我先生[[NAME:林家豪]]的 DOB 系 [[DOB:1970/8/15]]，NRIC [[ID:S7032918<nric>]]。佢 medical leave 嘅 MC 可唔可以 email 去 [[EMAIL:kh.lim70@singnet.com.sg]]？",
)
M(
    "shift_handover",
    "夜班 handover：\n10床 [[NAME:李德明]] post-op day 0，vitals stable，[[NAME:德明]] 话 pain 3/10。\n11床 [[NAME:吴秀英]] 今晚 NBM from midnight for OGD。\n12床 [[NAME:Priya]] 转去 ward 6 了。",
)
M(
    "letter",
    "Hi Dr [[NAME:Murphy]]，\n我爸爸[[NAME:王平]]的地址是：\n[[ADDRESS:Apartment 6\nThe Maltings\nBridge Street\nKilkenny\nR95 X2F4|Apartment 6|The Maltings|Bridge Street|R95 X2F4]]\n他 born [[DOB:14/02/1951]]，PPS [[ID:7315826<pps>]]。请寄 outpatient letter 过来。",
)
M(
    "voice_transcript",
    "语音：hello [[NAME:秀英]]啊 我系 Brooklyn 嗰边个 clinic 打嚟 [[NAME:阿芬]]佢个 prescription 好咗 你可以嚟 [[ADDRESS:5812 8th Avenue, Brooklyn, NY 11220|5812 8th Avenue|11220]] 攞 电话 [[PHONE:(718) 555-0193]]",
)
M(
    "progress_note",
    "Progress：[[NAME:黎明]] 今日 GCS 15，CT brain repeat 冇新 bleed。Plan：transfer out of ICU。[[NAME:黎明]] 老婆 [[NAME:Eva]] 已 update。",
)
M(
    "registration_form",
    "Patient info｜病人资料\nSurname 姓：[[NAME:SZETO]]　Given name 名：[[NAME:Wing Yan]]（[[NAME:司徒詠欣]]）\nDOB：[[DOB:28-Feb-1985]]　HKID：[[ID:Z683145(<hk>)]]\nHome：[[ADDRESS:Flat C, 22/F, Tower 2, Metro Harbour View, Tai Kok Tsui|Flat C, 22/F, Tower 2|Metro Harbour View]]",
)
M(
    "chat_message",
    "Hello 姑娘，请问 [[NAME:Kelvin Ng]] 嘅 blood test report 出咗未？佢 DOB 係 [[DOB:05/06/1990]]，HKID [[ID:Y503817(<hk>)]]。",
)
M(
    "dialogue",
    "Pharmacist：呢啲药係边个食？",
    "Customer：[[NAME:海燕]]，我老婆。佢 allergic to {{penicillin}}。",
    "Pharmacist：OK，咁我改用 {{azithromycin}}。",
)
M(
    "case_history",
    "Case presentation：[[NAME:司马平]]，M/71，retired teacher，[[NAME:司马平]] was found confused at home by [[NAME:王丽芬]]。Na {{118}}，on {{thiazide}}。",
)
M(
    "letter",
    "Dear GP，\nRe：[[NAME:Chen Xiaoming]]（[[NAME:陈晓明]]），b. [[DOB:1961-07-09]]\n[[ADDRESS:RR 3, Site 12, Box 7, Sylvan Lake AB T4S 1X8|RR 3, Site 12, Box 7|T4S 1X8]]\n病人 echo 显示 moderate AS，请安排 cardiology follow-up。",
)
M(
    "wechat_group",
    "【墨尔本留学生互助】\n[[NAME:张梦瑶]]：急！我室友发高烧，我们住在 [[ADDRESS:Unit 9, 118 Lygon Street, Carlton VIC 3053|Unit 9|118 Lygon Street]]，打 000 还是去 GP？\n[[NAME:何俊]]：先打 {{000}}，不要犹豫",
)
M(
    "outpatient_record",
    "Clinic：[[NAME:文静]] F/16，come with mum [[NAME:Rachel]]。Menorrhagia，Hb {{92}}，start {{tranexamic acid}}。[[NAME:文静]] shy，需要 private consultation 时间。",
)
M(
    "dialogue",
    "GP：What's your date of birth？",
    "Patient：[[DOB:7/9/1961]]。哦，你们这里是 month first 是吗？那就没写错。",
    "GP：Yes, thank you。",
)
M(
    "chat_message",
    "Hi 社工，我搬咗去 [[ADDRESS:Unit 2, 14 Princes Highway, Dandenong VIC 3175|Unit 2|14 Princes Highway]]，之前个 address 唔好再寄嘢。我 phone 都换咗：[[PHONE:0491 570 883]]。[[NAME:阿强]]",
)
M(
    "referral_letter",
    "Referral to 骨科\n[[NAME:鲍春燕]]，F/58，DOB [[DOB:Jan. 5, 1966]]，MRN [[MRN:H24-0071936]]。Fall at home 3/7 ago，R hip pain，X-ray 示 {{Garden III}} NOF fracture。[[NAME:春燕]] lives alone，女儿 [[NAME:Fiona]] 在 Perth。",
)
M(
    "wechat_group",
    "【家人群】\n[[NAME:俊杰]]：哥，妈的 Medicare card 号码是多少？GP 要\n[[NAME:俊辉]]：[[MRN:2951 6037<medicare> 1]]，IRN 是 2\n[[NAME:俊杰]]：地址还是 [[ADDRESS:23 Kooyong Road, Caulfield North VIC 3161|23 Kooyong Road|Caulfield North]] 吧？\n[[NAME:俊辉]]：对",
)
# ---------------------------------------------------------------------------
# mixed PHI-free look-alikes
# ---------------------------------------------------------------------------
M(
    "discharge_summary",
    "Discharge：F/27，PE on CTPA，risk factor 系 {{Yasmin}} OCP。已停 OCP，start {{Xarelto}} 15mg bd x21 days then 20mg daily。Gynae FU 讨论 non-hormonal contraception。",
)
M(
    "outpatient_record",
    "PCOS FU：之前食 {{Diane-35}}，有 breakthrough bleeding。BMI {{31.4}}，加 {{metformin}} 500mg bd，建议 lifestyle modification。",
)
M(
    "transfer_note",
    "Transfer：由 {{Tan Tock Seng Hospital}} 转来，CT brain 示 SAH {{Fisher grade 3}}。Nimodipine 60mg q4h continue，neuro obs q1h。",
)
M(
    "referral_letter",
    "Referral：{{Khoo Teck Puat Hospital}}（{{90 Yishun Central}}）endocrine clinic，for {{Cushing's syndrome}} workup，24h urinary cortisol {{890 nmol}}。",
)
M(
    "progress_note",
    "Ward round：{{Ng Teng Fong General Hospital}} 转来嘅 case，dx {{Guillain-Barré syndrome}}，FVC {{1.8 L}}，每 6 小时 monitor，如果 < 1L 就 call ICU。",
)
M(
    "outpatient_record",
    "SOPC：{{Pamela Youde Nethersole Eastern Hospital}} 做完 {{Whipple}} operation，而家 on {{Creon}} 25000 units with meals。Weight stable {{52 kg}}。",
)
M(
    "consult_note",
    "Consult：{{Prince of Wales Hospital}} neuro team 建议 IV {{methylprednisolone}} 1g x 3/7，考虑 optic neuritis，MRI 有 {{Dawson's fingers}}。",
)
M(
    "nursing_record",
    "Nursing：病人 {{Alice Ho Miu Ling Nethersole Hospital}} 出院后转来做 rehab，Barthel index {{45}}，需要 one-person assist transfer。",
)
M(
    "progress_note",
    "Plan：{{Salter-Harris II}} fracture distal radius，closed reduction done，above-elbow cast {{4 weeks}}。家长明白要 elevate。",
)
M(
    "outpatient_record",
    "门诊：{{Parkinson's disease}} on {{Madopar}} 125mg tid，现在 wearing-off 明显，下午 3 点最差。考虑加 {{entacapone}}。",
)
M(
    "chat_message",
    "医生：明早 7-9 点系医院停车场{{高峰期}}，建议你 6:45 前到。记得 NBM from midnight，带埋 {{Eliquis}} 嘅药盒。",
)
M(
    "health_check",
    "Health screening：{{平安}}保险 corporate package，lipid panel LDL {{3.9 mmol/L}}，建议 repeat in 3 months，暂时 no statin。",
)
M(
    "case_history",
    "Case：小朋友 {{文静}}，少讲嘢，老师担心 ASD。Assessment：eye contact normal，joint attention present，{{ADOS-2}} below cut-off。",
)
M(
    "discharge_summary",
    "Discharge：{{Kawasaki disease}}（川崎病），IVIG 2g/kg given，echo 冇 coronary aneurysm。Aspirin low dose x {{6 weeks}}，follow-up echo。",
)
M(
    "ed_triage",
    "A&E triage：{{Grey Turner's sign}} + {{Cullen's sign}}，lipase {{2150 U/L}}，Ranson 4，送 ICU。Fluid resus started。",
)
M(
    "progress_note",
    "Day 2 post {{Hartmann's procedure}}，stoma pink，output {{200 ml}}。Stoma nurse 教咗用 {{Hollister}} pouch，病人明白。",
)
M(
    "outpatient_record",
    "Dermatology：{{Stevens-Johnson syndrome}} 史，culprit 系 {{allopurinol}}。HLA-B*5801 positive，已经 label allergy，唔可以再用。",
)
M(
    "referral_letter",
    "Refer to {{Mayo Clinic}}（{{200 First St SW, Rochester, MN}}）second opinion for {{Castleman disease}}，PET 示 multiple nodes，IL-6 {{32 pg/mL}}。",
)
M(
    "nursing_record",
    "Discharge teaching：{{EpiPen}} 0.3mg 点用已 demo，{{Anapen}} 唔使带两支。Peanut allergy，school nurse 要 copy of {{ASCIA}} action plan。",
)
M(
    "progress_note",
    "Dx：{{Wernicke's encephalopathy}}，IV {{thiamine}} 500mg tds x3/7。Confusion improving，ataxia persist。考虑 {{Korsakoff}} syndrome，refer OT。",
)
# ---------------------------------------------------------------------------
# en rows with PHI -- addresses and dates of birth in conversation and letters
# ---------------------------------------------------------------------------
E(
    "phone_followup",
    "Caller: It's about my mum, she's moved. She's at [[ADDRESS:Maple Crescent, number 14|Maple Crescent|number 14]] now, the bungalow at the end.",
    "Receptionist: And the postcode?",
    "Caller: [[ADDRESS:LS17 6QT|LS17 6QT]]. And her date of birth is the [[DOB:3rd of May '62]], if you need it.",
)
E(
    "dialogue",
    "Nurse: Can you confirm your date of birth for me?",
    "Patient: [[DOB:03/05/62]]. Day first, I'm British.",
    "Nurse: Lovely. And you're still at [[ADDRESS:Flat 3, 27 Lansdowne Road, Bournemouth BH1 1RZ|Flat 3|27 Lansdowne Road|BH1 1RZ]]?",
    "Patient: No, I've moved in with my daughter [[NAME:Kerry]].",
)
E(
    "clinic_letter",
    "Dear Dr [[NAME:Okafor]],\nRe: Mrs [[NAME:Edna Pilkington]], born [[DOB:12 Feb 1954]], NHS No. [[MRN:708 331 254<nhs>]]\n[[ADDRESS:Flat 7\nCheviot Court\nWestgate Road\nNewcastle upon Tyne\nNE4 9LT|Flat 7|Cheviot Court|Westgate Road|NE4 9LT]]\nMrs [[NAME:Pilkington]] turned 70 this month and came with her son. Her {{HbA1c}} is 58 mmol/mol.",
)
E(
    "referral_letter",
    "Referral: [[NAME:Declan Moriarty]], b. [[DOB:1961-07-09]], Hosp no. [[MRN:K2317760]]\n[[ADDRESS:Knockanure, Listowel, Co. Kerry V31 KX62|Knockanure|V31 KX62]]\nReason: progressive dysphagia to solids over 3 months, 6 kg weight loss. Please see urgently.",
)
E(
    "phone_followup",
    "Pt says her birthday is [[DOB:7/9/1961]] -- month first, not day first. Chart corrected. Confirmed mailing address [[ADDRESS:PO Box 318, Lame Deer, MT 59043|PO Box 318|59043]]. Call back at [[PHONE:(406) 555-0127]] with labs.",
)
E(
    "dialogue",
    "Doctor: Where are you living at the moment, [[NAME:Aroha]]?",
    "Patient: Out past Te Kūiti. [[ADDRESS:RD 5, 2210 Mangaokewa Road|RD 5|2210 Mangaokewa Road]]. No number on the gate, it's the one with the blue letterbox.",
    "Doctor: Okay, and your date of birth?",
    "Patient: [[DOB:19 August 1978]].",
)
E(
    "letter",
    "Hi, I'm writing to update my details. New address:\n[[ADDRESS:Basement Suite\n2417 Dundas Street West\nToronto ON\nM6P 1X3|Basement Suite|2417 Dundas Street West|M6P 1X3]]\nMy DOB is [[DOB:Oct 14, 1988]] and my health card is [[MRN:4539 217 58<luhn>]] (Ontario).\nThanks, [[NAME:Priyanka Sandhu]]\n[[EMAIL:priyanka.s88@gmail.com]]",
)
E(
    "home_visit_note",
    "Visited at [[ADDRESS:Rose Cottage, Mill Lane, Upper Slaughter, Cheltenham GL54 2JF|Rose Cottage|Mill Lane|Upper Slaughter|GL54 2JF]]. Mrs [[NAME:Hazelwood]] (born the [[DOB:twenty-first of April 1939]] as she proudly told me) was sitting up in her chair. Pressure area on left heel now grade 2.",
)
E(
    "ed_triage",
    "Triage: 54F, chest tightness since 0300. DOB [[DOB:08-Nov-1969]]. Lives at [[ADDRESS:Apt. 4C, 1187 Grand Concourse, Bronx, NY 10452|Apt. 4C|1187 Grand Concourse|10452]] with sister [[NAME:Yolanda]]. Sister's cell [[PHONE:(718) 555-0162]]. MRN [[MRN:MR7730415]].",
)
E(
    "voice_transcript",
    "voicemail transcript: hi it's [[NAME:Barbara]] calling for my husband [[NAME:Frank Delaney]] date of birth [[DOB:June 2nd 1947]] he's had the water tablets changed and his ankles are worse could someone ring back on [[PHONE:0121 496 0733]] thanks",
)
E(
    "registration_form",
    "NEW PATIENT FORM\nName: [[NAME:Tui Manaia]]\nDate of birth: [[DOB:1 Jan 1950]]\nPostal address: [[ADDRESS:PO Box 214, Ōpōtiki 3162|PO Box 214|3162]]\nPhysical address: [[ADDRESS:47 Church Street, Ōpōtiki|47 Church Street]]\nNHI: [[MRN:PKD412<nhi>]]",
)
E(
    "dialogue",
    "Receptionist: And your address?",
    "Patient: It's [[ADDRESS:unit 2, 9 Banksia Street|unit 2|9 Banksia Street]]. Bellingen. [[ADDRESS:2454|2454]].",
    "Receptionist: Sorry, the postcode again?",
    "Patient: [[ADDRESS:2454|2454]]. Date of birth [[DOB:23/11/1983]].",
)
E(
    "clinic_letter",
    "Dear Mr [[NAME:Abernethy]],\nThank you for attending the falls clinic. We have written to your GP at the practice and copied this letter to you at:\n[[ADDRESS:2F2, 14 Marchmont Crescent\nEdinburgh\nEH9 1HL|2F2, 14 Marchmont Crescent|EH9 1HL]]\nYour next appointment is on {{3 September}}.",
)
E(
    "phone_followup",
    "Called son [[NAME:Raymond]] re discharge. Mum will go to his place, not home: [[ADDRESS:1432 Old Hickory Rd, Lot 19, Maryville, TN 37804|1432 Old Hickory Rd|Lot 19|37804]]. He gave her DOB as [[DOB:4/17/1944]]. Home health referral faxed.",
)
E(
    "letter",
    "Dear Practice Manager,\nPlease note that my father [[NAME:Seamus Rafferty]] (DOB [[DOB:11/03/1940]]) now lives with us at [[ADDRESS:Apartment 12, Block C, Clarion Quay, IFSC, Dublin 1, D01 F6C2|Apartment 12, Block C|Clarion Quay|D01 F6C2]]. His PPS number is [[ID:4178203<pps>]].\nKind regards, [[NAME:Niamh Rafferty]] ([[EMAIL:niamh.rafferty@eircom.net]])",
)
E(
    "en_hp",
    "SOCIAL: Lives alone in a trailer, [[ADDRESS:HC 64 Box 1190, Pahrump, NV 89060|HC 64 Box 1190|89060]]. Nearest neighbour 2 mi. Drives. Daughter [[NAME:Crystal Beaudry]] visits weekly. DOB [[DOB:02/29/1952]].",
)
E(
    "dialogue",
    "Paramedic: What's your name, love?",
    "Patient: [[NAME:Doreen]]. [[NAME:Doreen Featherstone]].",
    "Paramedic: And when's your birthday, [[NAME:Doreen]]?",
    "Patient: [[DOB:27th December 1941]]. Still going strong.",
)
E(
    "referral_letter",
    "Referral to memory clinic\nPatient: [[NAME:Giuseppe Alfano]]\nD.O.B. [[DOB:5-Mar-38]]\nUR: [[MRN:1093847]]\nAddress: [[ADDRESS:3/118 Lygon Street\nBrunswick East VIC 3057|3/118 Lygon Street|Brunswick East]]\nPhone: [[PHONE:0491 570 214]]\nWife reports he got lost driving home from Sydney Road last month.",
)
E(
    "chat_message",
    "hi its [[NAME:shannon]] from bed 4, can u send the discharge letter to my new place? [[ADDRESS:flat 2 above the chippy, 88 high street, tonypandy cf40 1al|flat 2|88 high street|cf40 1al]]. ta",
)
E(
    "phone_followup",
    "Spoke with pt. Correct DOB is the [[DOB:9th of July 1961]] (registration had day and month swapped). Address unchanged: [[ADDRESS:Site 4, Comp 22, RR 1, Prince George, BC V2N 2H8|Site 4, Comp 22, RR 1|V2N 2H8]].",
)
E(
    "home_visit_note",
    "OT home assessment. Property: [[ADDRESS:The Old Schoolhouse, Glenfarne, Co. Leitrim|The Old Schoolhouse|Glenfarne]]. Two steps at the front door, no rail. [[NAME:Brigid]] manages stairs with one stick. Recommend rail and perching stool.",
)
E(
    "ed_triage",
    "Pt states: 'I'm [[NAME:Marcus Whitfield]], born [[DOB:May 3rd, '62]], I live on [[ADDRESS:Coldwater Road|Coldwater Road]], the farm past the grain elevator.' Alert, oriented x3, BG {{4.1}}. Wife's number [[PHONE:(306) 555-0145]].",
)
E(
    "registration_form",
    "PATIENT REGISTRATION\nLast name: [[NAME:NAKAMURA-HOLT]]  First: [[NAME:EMIKO]]\nDOB (MM/DD/YYYY): [[DOB:09/30/1975]]\nMailing: [[ADDRESS:P.O. Box 7741, Hilo, HI 96720|P.O. Box 7741|96720]]\nStreet: [[ADDRESS:88-1420 Mamalahoa Hwy, Captain Cook, HI 96704|88-1420 Mamalahoa Hwy|96704]]\nSSN: [[ID:541-82-0367]]",
)
E(
    "letter",
    "To the clinic,\nI have moved and my post isn't being forwarded. Please use: [[ADDRESS:c/o Ardmore Post Office, Ardmore, Co. Waterford|Ardmore Post Office]]. Born [[DOB:30/06/1957]].\n[[NAME:Tadhg Ó Súilleabháin]]",
)
E(
    "dialogue",
    "GP: Still living at the same place?",
    "Patient: Same street, different house. I'm at [[ADDRESS:forty-two Cedar Avenue|forty-two Cedar Avenue]] now. Moved three doors down.",
    "GP: Okay. And you're [[DOB:14.06.1966]], yes?",
    "Patient: That's me.",
)
E(
    "discharge_summary",
    "DISCHARGE TO: [[ADDRESS:Room 214, Willowbrook Care Home, 6 Station Approach, Hayle TR27 4NA|Room 214|Willowbrook Care Home|6 Station Approach|TR27 4NA]]\nPatient: [[NAME:Cyril Penhallow]]  DOB: [[DOB:1933-09-02]]  NHS No: [[MRN:612 448 930<nhs>]]\nDischarge diagnosis: {{aspiration pneumonia}}.",
)
E(
    "phone_followup",
    "Telephone consult. Pt [[NAME:Wiremu]] confirmed identity: DOB [[DOB:17/01/1990]]. Living now at his aunty's place, [[ADDRESS:14A Kowhai Street, Ōtara, Auckland 2023|14A Kowhai Street|Ōtara]]. Script sent to his usual pharmacy.",
)
E(
    "clinic_letter",
    "Patient: [[NAME:Lorraine Kettleborough]]\n[[ADDRESS:Lower flat, 3 Ferndale Terrace, Bathgate EH48 1BW|Lower flat|3 Ferndale Terrace|EH48 1BW]]\nDOB: [[DOB:25.12.1949]]   CHI: [[MRN:2512494382]]\nI reviewed Mrs [[NAME:Kettleborough]] in the rheumatology clinic today.",
)
E(
    "referral_letter",
    "RE: [[NAME:Harold Mbeki-Swanson]]  DOB [[DOB:March 12, 1956]]  MRN [[MRN:00-481-2297]]\n[[ADDRESS:1742 S. Harrison St., Unit B\nDenver, CO 80210|1742 S. Harrison St.|Unit B|80210]]\nDear Dr [[NAME:Lindqvist]], thank you for seeing Mr [[NAME:Mbeki-Swanson]] regarding his {{AAA}} of 5.2 cm.",
)
E(
    "dialogue",
    "Midwife: What's your address, [[NAME:Jade]]?",
    "Patient: [[ADDRESS:Number 6, Orchard Way|Number 6|Orchard Way]]. It's off [[ADDRESS:Mill Road|Mill Road]], behind the Co-op.",
    "Midwife: And your birthday?",
    "Patient: [[DOB:2nd of February 2001]].",
)
E(
    "clinic_letter",
    "cc: Patient, [[ADDRESS:Apartment 3, 19 Glenageary Park, Dún Laoghaire, Co. Dublin, A96 T2K5|Apartment 3|19 Glenageary Park|A96 T2K5]]\nRe: [[NAME:Orla Fitzgibbon]], DOB [[DOB:22/08/1985]], MRN [[MRN:0714822]]\n[[NAME:Orla]] was reviewed in the epilepsy clinic. She remains seizure-free on {{lamotrigine}} 150 mg bd.",
)
E(
    "phone_followup",
    "Daughter [[NAME:Helen]] rang: her father [[NAME:Bertie Costigan]] (DOB [[DOB:21-09-1936]]) has gone into respite at [[ADDRESS:Greenhaven Lodge, 40 Kilmore Road, Artane, Dublin 5|Greenhaven Lodge|40 Kilmore Road|Artane]] until the 30th. Please post letters there.",
)
E(
    "ed_triage",
    "EMS handover: 78M found on floor at home, [[ADDRESS:Apt #1203, 4420 Lakeshore Dr, Chicago IL 60640|Apt #1203|4420 Lakeshore Dr|60640]], by building super. Wife [[NAME:Ruth Abramowitz]] says he was born [[DOB:Jan 30 1946]]. GCS 13.",
)
E(
    "letter",
    "Dear Doctor,\nMy mother [[NAME:Gwendolyn Price-Jones]] was born on the [[DOB:5th of November 1937]] and lives at\n[[ADDRESS:Tŷ Gwyn\nLlanfihangel-y-Creuddyn\nAberystwyth\nSY23 4LA|Tŷ Gwyn|Llanfihangel-y-Creuddyn|SY23 4LA]]\nShe has become very forgetful.\nYours, [[NAME:Rhiannon Price-Jones]]\n[[EMAIL:rhiannon.pj@btinternet.com]]",
)
E(
    "registration_form",
    "Name: [[NAME:Bao Tran Nguyen]]\nDOB: [[DOB:1993/04/07]]\nAddress: [[ADDRESS:Unit 5/27-29 Station Street, Fairfield NSW 2165|Unit 5/27-29 Station Street|Fairfield]]\nMobile: [[PHONE:0491 570 302]]\nMedicare: [[MRN:3418 2947<medicare> 1]]",
)
E(
    "dialogue",
    "Nurse: Whereabouts do you live?",
    "Patient: [[ADDRESS:Kilbride|Kilbride]], outside Arklow. No number, just the name on the gate, [[ADDRESS:Hillview|Hillview]].",
    "Nurse: Eircode?",
    "Patient: [[ADDRESS:Y14 P6H3|Y14 P6H3]]. I'm [[DOB:24/3/58]] if you're looking me up.",
)
E(
    "home_visit_note",
    "Home visit to [[ADDRESS:RMB 2280 Wombat Creek Road, Tumbarumba NSW 2653|RMB 2280|Wombat Creek Road]]. [[NAME:Col]] and [[NAME:Marj Hennessy]] both present. [[NAME:Marj]]'s leg wound improving. Col (b. [[DOB:1941-11-19]]) had a fall last week.",
)
E(
    "clinic_letter",
    "Patient: [[NAME:Augustin Lévesque]]\nDate of birth: [[DOB:17 juillet 1955]]\nAddress: [[ADDRESS:1280, chemin du Lac-Écho, Prévost (Québec) J0R 1T0|1280, chemin du Lac-Écho|J0R 1T0]]\nRAMQ: [[MRN:LEVA 5507 1715]]\nDear colleague, Mr [[NAME:Lévesque]] was seen for atrial flutter.",
)
E(
    "chat_message",
    "Hi doc, [[NAME:Tama]] here. Moved out of my brother's. Now in [[ADDRESS:Flat 4, 212 Great South Road, Papatoetoe|Flat 4|212 Great South Road|Papatoetoe]]. DOB [[DOB:03/10/1996]] in case you need to find me.",
)
E(
    "voice_transcript",
    "dictation: letter to Mrs [[NAME:Yvonne Ashdown]] at [[ADDRESS:the Coach House, Stoke Road, Allhallows, Rochester ME3 9PJ|Coach House|Stoke Road|Allhallows|ME3 9PJ]] date of birth [[DOB:nineteenth of June 1948]] dear Mrs [[NAME:Ashdown]] your scan showed no change",
)
E(
    "phone_followup",
    "Called [[PHONE:(503) 555-0184]]. Spoke to pt's partner [[NAME:Skye]]. Pt now at [[ADDRESS:3310 SE Division St, Apt 8, Portland, OR 97202|3310 SE Division St|Apt 8|97202]]. DOB confirmed [[DOB:11-22-1979]].",
)
E(
    "dialogue",
    "Doctor: Are you still out at the farm?",
    "Patient: [[ADDRESS:Lot 3, Mount Hay Road|Lot 3|Mount Hay Road]], yeah, past Grose Wold. Mail still goes to [[ADDRESS:PO Box 52, Kurrajong NSW 2758|PO Box 52|2758]].",
    "Doctor: And you're [[DOB:30 Sep 1970]]?",
    "Patient: Yep.",
)
E(
    "referral_letter",
    "Patient details\n[[NAME:Siobhán Ní Dhomhnaill|Siobhán|Ní Dhomhnaill]] (DOB [[DOB:1 April 1983]])\n[[ADDRESS:Baile an Fheirtéaraigh\nTrá Lí\nCo. Chiarraí\nV92 W8K6|Baile an Fheirtéaraigh|V92 W8K6]]\nMobile: [[PHONE:020 7946 0451]] (London number)",
)
E(
    "en_hp",
    "SH: Retired machinist. Lives with wife [[NAME:Dolores]] in a duplex, [[ADDRESS:226 1/2 W Elm St (rear), Kankakee, IL 60901|226 1/2 W Elm St (rear)|60901]]. 40 pack-yr smoker. DOB [[DOB:12/03/1950]] per wife.",
)
E(
    "letter",
    "From: [[NAME:Agnieszka Wróbel]] [[EMAIL:a.wrobel1984@hotmail.co.uk]]\nSubject: change of address\nHello, I moved to [[ADDRESS:Flat 11, Lindisfarne House, Ryhope Road, Sunderland SR2 7EQ|Flat 11|Lindisfarne House|Ryhope Road|SR2 7EQ]]. DOB [[DOB:20/05/1984]]. Thank you.",
)
E(
    "ed_triage",
    "Triage: child, 4y. Mum [[NAME:Tayla]] gives DOB [[DOB:14 June 2020]], MRN [[MRN:3308127]], address [[ADDRESS:14 Warrego Crescent|14 Warrego Crescent]] (no suburb given). Febrile {{39.1}}, rash blanching.",
)
E(
    "discharge_summary",
    "Patient: [[NAME:Ngaio Rāwiri]]  NHI [[MRN:HKT733<nhi>]]  DOB [[DOB:2 Dec 1961]]\nDischarge address: c/- [[ADDRESS:18 Beach Road, Ōpōtiki 3122|18 Beach Road|3122]] (staying with her cousin)\nFollow-up: district nurse daily for IV antibiotics.",
)
E(
    "dialogue",
    "Receptionist: Date of birth?",
    "Patient: [[DOB:07/09/1961]] -- I'm from Cork, so that's day first.",
    "Receptionist: Got it. Still [[ADDRESS:Apt 2, 5 Wellington Quay|Apt 2|5 Wellington Quay]]?",
    "Patient: Still there.",
)
E(
    "clinic_letter",
    "To: Ms [[NAME:Beatriz Calderón]]   Acct# [[MRN:A77015342]]\n[[ADDRESS:2nd floor, 1119 W Cermak Rd\nChicago IL 60608-4017|2nd floor|1119 W Cermak Rd|60608-4017]]\nDear Ms [[NAME:Calderón]], your mammogram on {{June 4}} was normal. Please book again in 12 months.",
)
E(
    "insurance_claim",
    "CLAIM FORM -- Insured: [[NAME:Dwayne Kowalczyk]]  DOB: [[DOB:1982-Aug-17]]  SSN: [[ID:372-41-8809]]\nAddress: [[ADDRESS:RR 1 Box 45C, Wadena, MN 56482|RR 1 Box 45C|56482]]\nProvider: {{Tri-County Health Care}}  Dx: {{S82.201A}}",
)
E(
    "phone_followup",
    "Pt's son [[NAME:Callum]] phoned from Glasgow. Gran's date of birth is [[DOB:12th March '34]], she lives at [[ADDRESS:0/2, 41 Dumbarton Road, Partick, G11 6QR|0/2, 41 Dumbarton Road|Partick|G11 6QR]]. Contact [[PHONE:0113 496 0512]].",
)
E(
    "home_visit_note",
    "Palliative home visit. [[ADDRESS:Little Orchard, Snowdrop Lane, Blackboys TN22|Little Orchard|Snowdrop Lane|Blackboys]]. [[NAME:Eileen]] comfortable, syringe driver running, family at bedside. [[NAME:Martin]] (son) to call if distress.",
)
E(
    "registration_form",
    "Intake\nClient: [[NAME:Joseph Whitecalf]]\nBirthdate: [[DOB:June 21, 1971]]\nResidence: [[ADDRESS:Box 114, Standoff, AB T0L 1Y0|Box 114|T0L 1Y0]]\nAlberta PHN: [[MRN:40317-8826]]",
)
E(
    "dialogue",
    "Doctor: So where's home now, [[NAME:Colm]]?",
    "Patient: I'm in a room above the pub, [[ADDRESS:the Harbour Bar, Main Street, Portrush|Harbour Bar|Main Street]]. The landlord's grand about it.",
    "Doctor: And your birthday's [[DOB:6/6/79]]?",
    "Patient: Aye.",
)
E(
    "letter",
    "Dear Sir/Madam,\nPlease update the address for my son [[NAME:Eli Brennan-Okoye]], born [[DOB:27/01/2009]]. We now live at\n[[ADDRESS:43 Larch Grove\nMilton Keynes\nMK6 4HB|43 Larch Grove|MK6 4HB]]\nHis NHS number is [[MRN:485 773 119<nhs>]].",
)
E(
    "ed_triage",
    "Pt brought by police from his flat at [[ADDRESS:Flat 2, 61 Tay Street, Invercargill 9810|Flat 2|61 Tay Street|9810]]. Gives name as [[NAME:Kahu Tipene]], DOB [[DOB:09.09.1988]]. Smells of alcohol, laceration L forehead.",
)
E(
    "phone_followup",
    "Message from [[NAME:Deb]] (carer): client now at [[ADDRESS:8 Chinook Lane, Manotick, ON K4M 1B2|8 Chinook Lane|K4M 1B2]] (moved in March). Client DOB [[DOB:1948-05-30]].",
)
E(
    "clinic_letter",
    "Dear [[NAME:Lachlan]],\nThank you for coming to see us in the {{sleep clinic}}. Your overnight study showed moderate {{obstructive sleep apnoea}} (AHI 22). I have sent the CPAP script to your home address, [[ADDRESS:17 Jacaranda Drive, Townsville QLD 4814|17 Jacaranda Drive|4814]].",
)
E(
    "voice_transcript",
    "voicemail: yeah hi this is [[NAME:Kevin Doucette]] my date of birth is [[DOB:February the 8th 1963]] I've moved to [[ADDRESS:12 Rue Principale in Shediac|12 Rue Principale]] could you let the nurse know and call me back at [[PHONE:506-555-0117]] thanks bye",
)
E(
    "discharge_summary",
    "Discharged to daughter's home: [[ADDRESS:Apt 306, 55 Erskine Avenue, Toronto, ON M4P 1Y7|Apt 306|55 Erskine Avenue|M4P 1Y7]]\nPatient: [[NAME:Marguerite Halloran]], DOB [[DOB:1936.04.18]]\nDaughter: [[NAME:Claire]], cell [[PHONE:416-555-0139]]",
)
E(
    "dialogue",
    "Nurse: Can I check your address, [[NAME:Stan]]?",
    "Patient: [[ADDRESS:Flat 9|Flat 9]]. [[ADDRESS:Coronation Buildings|Coronation Buildings]]. Same as always.",
    "Nurse: And the street?",
    "Patient: [[ADDRESS:Vauxhall Walk|Vauxhall Walk]]. [[ADDRESS:SE11 5JT|SE11 5JT]].",
)
E(
    "en_hp",
    "ID: 33F G2P1 at 31+4. DOB [[DOB:11/4/1990]]. Lives in [[ADDRESS:caravan 12, Riverside Holiday Park, Wadebridge|caravan 12|Riverside Holiday Park]] since eviction. Partner [[NAME:Kyle]]. No fixed GP.",
)
E(
    "letter",
    "Dear Dr [[NAME:Ferreira]],\nI enclose the form for my mother, [[NAME:Maria da Graça Pinto]] (no relation to you!). Her DOB is [[DOB:Aug. 2, 1944]], address [[ADDRESS:221 Ferry Street, Apt 1R, Newark, NJ 07105|221 Ferry Street|Apt 1R|07105]].\n[[NAME:Teresa Pinto]]",
)
E(
    "registration_form",
    "GP registration (GMS1)\nSurname: [[NAME:ADEYEMI-COLE]]\nForenames: [[NAME:OLUWASEUN GRACE]]\nDate of birth: [[DOB:29/02/1996]]\nHome address: [[ADDRESS:Flat 22, Gresham House, 5 Brixton Hill, London SW2 1RW|Flat 22|Gresham House|5 Brixton Hill|SW2 1RW]]\nTel: [[PHONE:020 7946 0918]]",
)
E(
    "phone_followup",
    "Returned call to Mr [[NAME:Tuilagi]]'s wife [[NAME:Losana]]. He is staying at [[ADDRESS:6 Puriri Place, Manurewa|6 Puriri Place]] while the house is repaired. DOB checked: [[DOB:1958-12-25]].",
)
E(
    "home_visit_note",
    "Visit: [[ADDRESS:Unit 3, Bayview Retirement Village, 20 Esplanade, Mandurah WA 6210|Unit 3|Bayview Retirement Village|20 Esplanade|6210]]. [[NAME:Reg]] was in the garden. BP 142/80. Discussed advance care directive with [[NAME:Reg]] and his daughter [[NAME:Joanne Pike]].",
)
E(
    "dialogue",
    "Doctor: Full name and date of birth, please.",
    "Patient: [[NAME:Ifeoma Okonkwo-Reid]]. [[DOB:Eighth of March, 1975]].",
    "Doctor: Thank you. Is [[EMAIL:ifeoma.or@protonmail.com]] still the best email?",
    "Patient: Yes.",
)
E(
    "clinic_letter",
    "Re: [[NAME:Tomasz Zielinski]], d.o.b. [[DOB:2/14/1977]], [[ADDRESS:3rd Fl., 88 Pulaski St, Brooklyn NY 11206|3rd Fl.|88 Pulaski St|11206]]\nMr [[NAME:Zielinski]] is fit to return to work from {{July 1}}. Copy sent to [[EMAIL:tzielinski77@yahoo.com]] at his request.",
)
E(
    "chat_message",
    "Text from client: hey its [[NAME:Dakota]], my new addy is [[ADDRESS:apt 2b 1560 w 7th ave vancouver|apt 2b|1560 w 7th ave]]. bday [[DOB:7-9-2002]] lol u always ask. can u move my appt",
)
# ---------------------------------------------------------------------------
# en PHI-free look-alikes
# ---------------------------------------------------------------------------
E(
    "clinic_letter",
    "She was started on {{Yasmin}} by her previous GP and has since developed migraine with aura. I have advised stopping the combined pill; a {{Mirena}} or the progestogen-only pill would be suitable.",
)
E(
    "discharge_summary",
    "Follow-up: cardiology outpatients at {{Fiona Stanley Hospital}}, {{11 Robin Warren Drive, Murdoch WA 6150}}, in 6 weeks. Continue {{ticagrelor}} 90 mg bd for 12 months.",
)
E(
    "referral_letter",
    "I would be grateful if you could see this 9-year-old boy with suspected {{Legg-Calvé-Perthes disease}} of the left hip. He is under the care of the orthopaedic team at {{Alder Hey}} for an unrelated problem.",
)
E(
    "en_hp",
    "Urinalysis: {{frank haematuria}}, protein 1+, nitrite negative. Microscopy: {{calcium oxalate crystals}}. Renal colic likely; CT KUB requested.",
)
E(
    "progress_note",
    "Obstetric review at 40+5: {{Bishop score}} 4. Plan for cervical ripening with {{Propess}} this evening, reassess in the morning. CTG reassuring.",
)
E(
    "imaging_report",
    "XR right wrist: {{Salter-Harris II}} fracture of the distal radial physis with mild dorsal angulation. No {{Galeazzi}} or {{Monteggia}} pattern.",
)
E(
    "ed_triage",
    "Forearm in {{plaster of Paris}} backslab applied in the field. Neurovascularly intact. Pain 6/10, given {{Penthrox}} en route by ambulance.",
)
E(
    "discharge_summary",
    "Diagnosis: {{Addison's disease}} presenting in adrenal crisis. Discharged on {{hydrocortisone}} 10/5/5 mg and {{fludrocortisone}} 100 mcg. Sick-day rules explained; steroid card and emergency kit given.",
)
E(
    "clinic_letter",
    "Her {{Graves' disease}} relapsed after 18 months of {{carbimazole}}. TRAb 8.4 IU/L. Options including radioiodine and thyroidectomy were discussed. We will review in {{May}}.",
)
E(
    "en_hp",
    "PMH: {{Parkinson's disease}} (dx 2016), {{Hodgkin lymphoma}} 1998 (ABVD, in remission), {{Barrett's oesophagus}}. Meds: {{Sinemet}} 25/100 tds, {{Madopar}} CR nocte.",
)
E(
    "progress_note",
    "Child has {{Hunter syndrome}} (MPS II) on weekly {{Elaprase}} infusions. Tolerated today's infusion with no reaction. Next infusion {{Tuesday}}.",
)
E(
    "referral_letter",
    "Referral to {{Peter MacCallum Cancer Centre}} for consideration of CAR-T therapy. Diffuse large B-cell lymphoma, relapsed after {{R-CHOP}} x6 and salvage {{R-ICE}}.",
)
E(
    "en_hp",
    "Will the patient tolerate anticoagulation? {{HAS-BLED}} score 3, {{CHA2DS2-VASc}} 5. Discussed with patient, who is keen to start {{Eliquis}}.",
)
E(
    "clinic_letter",
    "He remains on the transplant waiting list at {{Addenbrooke's Hospital}}, {{Hills Road, Cambridge CB2 0QQ}}. His {{MELD}} score is 19.",
)
E(
    "discharge_summary",
    "Patient transferred from {{Lyell McEwin Hospital}} with {{Boerhaave syndrome}}. Underwent thoracotomy and primary repair. Discharged day 14 on a soft diet.",
)
E(
    "progress_note",
    "{{Iris}} examination: {{Lisch nodules}} bilaterally, consistent with {{NF1}}. Multiple café-au-lait macules, axillary freckling. Genetics referral made.",
)
E(
    "ed_triage",
    "Stool described as {{sandy}}, pale and floating. {{Amber}} flag on sepsis screen (HR 112). Lactate {{1.9}}. For bloods and review.",
)
E(
    "clinic_letter",
    "She continues on {{Lucette}}, which controls her acne well. We discussed that it carries a slightly higher VTE risk than {{Microgynon}}. BMI {{24}}.",
)
E(
    "progress_note",
    "{{Denver shunt}} considered for refractory ascites but declined. Continue therapeutic paracentesis every {{2 weeks}}, {{albumin}} cover 8 g/L drained.",
)
E(
    "referral_letter",
    "Dear colleague, this 3-year-old has {{Kawasaki disease}} with a small coronary aneurysm. She is followed at {{Lady Cilento Children's Hospital}} cardiology; please liaise with them regarding aspirin.",
)
E(
    "en_hp",
    "Exam: positive {{Tinel's}} and {{Phalen's}} at the right wrist; thenar wasting. {{Spurling's}} negative. Nerve conduction studies requested.",
)
E(
    "discharge_summary",
    "Discharge destination: {{Ronald McDonald House}} (family staying near the hospital) while the child completes IV antibiotics via {{PICC}}. Daily review in day ward.",
)
E(
    "clinic_letter",
    "Her {{Hashimoto's thyroiditis}} is well controlled on {{Eltroxin}} 100 mcg. TSH {{1.8}}. Review annually in the {{Austin Hospital}} endocrine clinic.",
)
E(
    "progress_note",
    "{{Hope}} to extubate tomorrow if SBT passes. {{Glasgow Coma Scale}} 10T. {{RASS}} -1 on propofol 50 mg/h.",
)
E(
    "en_hp",
    "{{Wells score}} 6, PE likely; {{CTPA}} arranged and {{enoxaparin}} 1.5 mg/kg given. Chaplaincy visit requested: she wishes to say {{Grace}} with the ward chaplain before meals.",
)
E(
    "referral_letter",
    "Transfer request to {{Johns Hopkins Hospital}}, {{1800 Orleans Street, Baltimore, MD 21287}}, for evaluation of {{Moyamoya disease}}.",
)
E(
    "discharge_summary",
    "Diagnosis: {{Guillain-Barré syndrome}}, AIDP variant. IVIG 0.4 g/kg/day x5. Transferred to {{Sir Charles Gairdner Hospital}} rehab unit on {{day 12}}.",
)
E(
    "ed_triage",
    "{{Jersey finger}} suspected, ring finger R hand ({{FDP}} avulsion). Unable to flex DIPJ. Hand surgery at {{Royal Melbourne Hospital}} on call, {{300 Grattan Street}}. {{Zone I}} injury.",
)
E(
    "clinic_letter",
    "Your daughter's {{Osgood-Schlatter disease}} should settle as she finishes growing. Ice after sport and {{Nurofen}} as needed are fine. No follow-up needed.",
)
E(
    "progress_note",
    "{{June}}-onset seasonal rhinitis; pollen counts high. Continue {{Dymista}} nasal spray and {{fexofenadine}} 180 mg daily through {{summer}}.",
)
E(
    "en_hp",
    "Morse falls score {{55}}; bed alarm on. {{Cheyne-Stokes}} breathing noted overnight, family aware. {{Will}} review with the palliative care team in the morning.",
)
E(
    "discharge_summary",
    "Post-op day 3 after {{Nissen fundoplication}}. Tolerating soft diet. {{Gaviscon}} stopped. Review at {{Beaumont Hospital}}, {{Beaumont Road, Dublin 9}}, in 6 weeks.",
)
E(
    "referral_letter",
    "Please review for {{de Quervain's tenosynovitis}}; {{Finkelstein's test}} strongly positive. Failed 6 weeks of a thumb spica splint and {{naproxen}}.",
)
E(
    "clinic_letter",
    "He has {{Dupuytren's}} in both hands and {{Peyronie's disease}}, in keeping with a Dupuytren diathesis. Discussed {{Xiapeal}} injections; he would prefer surgery.",
)
E(
    "ed_triage",
    "Ankle injury. {{Ottawa ankle rules}} negative, no X-ray needed. {{Weber A}} excluded clinically. RICE advice, {{Panadol}} and review with GP if not improving.",
)
E(
    "en_hp",
    "Social: lives in {{Vancouver General Hospital}} catchment, attends {{899 West 12th Avenue}} for dialysis MWF. Independent ADLs. Ex-smoker, {{20 pack-years}}.",
)


# ===========================================================================
def main():
    _self_test_checks()
    rows = [build(lang, style, turns) for lang, style, turns in ROWS]
    R.shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = "dev20-%04d" % i
        verify(r)
    assert len(rows) == 320 and len({r["id"] for r in rows}) == 320, len(rows)
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
    assert 0.45 <= share["NAME"] <= 0.62, share
    for k in ("PHONE", "ID", "MRN"):
        assert 0.015 <= share[k] <= 0.15, (k, share)
    for k in ("ADDRESS", "DOB"):
        assert kinds[k] >= MIN_ADDRESS_DOB and share[k] <= 0.20, (k, kinds[k], share)
    assert kinds["EMAIL"] >= 5, kinds
    free_lang = Counter(r["lang"] for r in rows if not r["spans"])
    assert free_lang == Counter(TARGET_FREE_LANG), free_lang
    names = [(sp["text"], r["turns"]) for r in rows for sp in r["spans"] if sp["kind"] == "NAME"]
    n_cue_free = sum(1 for text, turns in names if cue_free(text, turns))
    assert n_cue_free >= 0.55 * len(names), (n_cue_free, len(names))
    en_addr = sum(1 for r in rows for sp in r["spans"] if sp["kind"] == "ADDRESS" and not HAN_RE.search(sp["text"]))
    en_dob = sum(1 for r in rows for sp in r["spans"] if sp["kind"] == "DOB" and not HAN_RE.search(sp["text"]))
    assert en_addr >= MIN_EN_ADDRESS and en_dob >= MIN_EN_DOB, (en_addr, en_dob)
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
    print(
        "NAME spans: %d; hanzi names with no adjacent title / kinship / role cue: %d (%.1f%% of NAME spans)"
        % (len(names), n_cue_free, 100.0 * n_cue_free / len(names))
    )
    print("Latin-script ADDRESS spans: %d; Latin-script DOB spans: %d" % (en_addr, en_dob))
    print("protect strings: %d" % sum(len(r["protect"]) for r in rows))
    print("styles (%d):" % len(styles), dict(styles))


if __name__ == "__main__":
    main()
