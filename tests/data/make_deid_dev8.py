#!/usr/bin/env python3
"""Generate tests/data/deid_dev8.jsonl: de-identification development set, round 12 (dev8).

What the set targets
--------------------
Earlier rounds concentrated on personal names.  This set concentrates on STRUCTURED
identifiers in the variety that real hospital text shows, in Chinese (~45%), English
(~40%) and mixed Chinese/English (~15%) conversations, about 400 rows, about 30% of
them PHI-free but full of look-alikes:

* MRN / record numbers under many label words (病案号, 病历号, 住院号, 门诊号, 就诊卡号,
  登记号, ID号, 档案号, 影像号, 检查号, 医保卡号 (health-insurance member numbers are
  treated as MRN), HIS号; MRN, Hosp No., Hospital number, Unit No., UR number, chart #,
  Acct, Patient ID, Member ID), with colons, full-width colons, dashes, "is", "#", no
  separator, in pipe tables, in sentences ("ends in 4471": only the digits present are
  labelled), letters + digits, numbers split across spaces.
* DOB in Chinese and English forms (Arabic and Chinese numerals, lunar dates, ROC years,
  d/m/y, m/d/y, ISO, ordinal forms, spoken forms).  Only exact dates are DOB; an age,
  a year alone or a year+month are not (they are often in `protect`).
* Addresses: mainland chains (province ... room), rural 村/组/屯/镇, 号院, 弄, 巷, 胡同,
  Hong Kong and Taiwan forms, US, UK, Australian, Canadian addresses, PO boxes,
  "lives at" fragments, labelled form fields.
* Phones: Chinese mobiles (spaces, dashes, +86, 0086), landlines with area codes and
  extensions, US, UK, AU, HK, TW numbers, WeChat IDs that are phone numbers.
* IDs: 18-digit resident IDs with a valid ISO 7064 MOD 11-2 check digit, 15-digit old
  IDs, Hong Kong IDs with a valid check digit, Taiwan IDs with a valid check digit,
  passports, US SSNs, UK NHS numbers with a valid mod-11 check digit, National Insurance
  numbers, Australian Medicare numbers (valid check digit), US Medicare MBIs.
* E-mail addresses, and names (~20% of identifiers) for realism.

PHI-free look-alikes that are never labelled (many are in `protect`): visit, admission,
report and surgery dates, ages, durations, doses, blood pressures, lab values, ICD-10
codes, bed/room/ward numbers, lot/batch/serial numbers, device models, specimen numbers
written without "ID" (标本号, 标本编号, "Specimen S..."), requisition / invoice / Rx numbers,
public hotlines (120, 12320, 999, 911, 111, 400-/800- numbers), hospital, department, drug
and herb names, clinic hours, times, years alone, gestational weeks.

Labels revised after the first read (owner's policy, matching the earlier sets): (1) the
number after Accession No. / Accession, Order # / Order no., Lab no. / Lab number,
Specimen ID, 处方号 / 处方编号, 医嘱号 and 条码 / 条码号 is an MRN span (parts as for any
number), no longer a protect string; the PHI-free rows that showed such a line now show a
protected look-alike instead (Specimen, Requisition, 标本号, 申请单号, 收费单号, 票据代码,
饮片批号), drawn from the same random numbers so that no other row changed.  (2) A postal
code after 邮编 / 郵編 / 邮政编码 (or a postcode / ZIP standing alone after "Postcode:" /
"ZIP:") is an ADDRESS span whose only part is the whole.

Labelling rule (applied everywhere)
-----------------------------------
* Names of patients, relatives, doctors, nurses, pharmacists are PHI.  Label the name
  itself, never the title around it (张秀英主任 -> 张秀英; Dr Patel -> Patel).  For
  surname+title (王医生, 老王, 小李) only the surname is the span with parts [surname].
* `parts` = the pieces that alone would still identify: for a Chinese name the whole and
  a two-character given name (张秀英 -> ["张秀英","秀英"]; 吴敏 -> ["吴敏"]); for an
  English name the given name and the surname; for numbers the whole and each group of
  four or more digits (as they appear, e.g. "138 1234 5678" -> ["138 1234 5678", "1234",
  "5678"]); for an e-mail the whole and its local part; for an address the whole and its
  street / estate / village pieces (the distinctive ones: 滨江东路226号, 阳光花园,
  14 Mill Lane, LS6 2AB); a DOB has the whole only.
* Span text must be the exact substring; protect strings must occur verbatim and must
  not overlap or contain any span or part.

Row format: {"id", "lang", "style", "source", "turns" (alternating user/assistant,
1-6 strings), "spans" [{"kind","text","parts"}], "protect" [...]}.  A span is listed
once per row; every occurrence of its text in the row is meant.

Notes on the mechanics: digit groups are taken literally ("each group of four or more
digits"), so area / country codes such as 0755 or 0086 and a year inside a record number
(ZY2019-01234 -> "2019") are parts too, and the generator makes sure such a group never
occurs elsewhere in the row outside a span.  Some texts show a name the user already
masked by hand ("***", "（略）", "[redacted]"); masks are not PHI.  A handful of rows are a
single user turn (pasted text without an answer yet).

Checks done here (a row is drawn again when one fails): spans and protect strings occur
verbatim; no protect string overlaps or contains a span or one of its parts; every
occurrence of a part lies inside a labelled span occurrence (Latin parts matched as
whole words ignoring case, other parts as plain substrings, so "1234" inside an
unlabelled longer number counts); a span whose edge is a Latin letter or digit occurs
only as a whole word; span occurrences never partially overlap; one-character spans
occur only next to a title or affix (or inside a longer span); spans of different kinds
never nest (a compact DOB is never left inside an ID); check digits are valid.

Deterministic: random.Random(8); standard library only.
Run from the repository root:  python3 tests/data/make_deid_dev8.py
"""

import json
import os
import random
import re
import sys
from collections import Counter

rng = random.Random(8)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "deid_dev8.jsonl")
KINDS = ("NAME", "PHONE", "ID", "MRN", "EMAIL", "ADDRESS", "DOB")


class Reject(Exception):
    pass


def pick(seq):
    return rng.choice(list(seq))


def chance(p):
    return rng.random() < p


def D(n, nz=False):
    s = "".join(str(rng.randrange(10)) for _ in range(n))
    if nz and s[0] == "0":
        s = str(rng.randrange(1, 10)) + s[1:]
    return s


def shuffled(seq):
    seq = list(seq)
    rng.shuffle(seq)
    return seq


# ---------------------------------------------------------------- check digits
W18 = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cn_id18_check(body17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, W18)) % 11]


def cn_id18_valid(s):
    return len(s) == 18 and s[:17].isdigit() and cn_id18_check(s[:17]) == s[17]


def hkid_check(prefix, d6):
    vals = ([36] if len(prefix) == 1 else []) + [ord(c) - 55 for c in prefix] + [int(c) for c in d6]
    s = sum(v * w for v, w in zip(vals, [9, 8, 7, 6, 5, 4, 3, 2]))
    cd = (11 - s % 11) % 11
    return "A" if cd == 10 else str(cd)


TWL = dict(
    A=10,
    B=11,
    C=12,
    D=13,
    E=14,
    F=15,
    G=16,
    H=17,
    I=34,
    J=18,
    K=19,
    L=20,
    M=21,
    N=22,
    O=35,
    P=23,
    Q=24,
    R=25,
    S=26,
    T=27,
    U=28,
    V=29,
    W=32,
    X=30,
    Y=31,
    Z=33,
)


def twid_check(letter, d8):
    n = TWL[letter]
    s = n // 10 + (n % 10) * 9 + sum(int(c) * w for c, w in zip(d8, [8, 7, 6, 5, 4, 3, 2, 1]))
    return str((10 - s % 10) % 10)


def twid_valid(s):
    n = TWL[s[0]]
    tot = n // 10 + (n % 10) * 9 + sum(int(c) * w for c, w in zip(s[1:], [8, 7, 6, 5, 4, 3, 2, 1, 1]))
    return tot % 10 == 0


def nhs_valid(s):
    s = re.sub(r"\D", "", s)
    c = 11 - sum(int(x) * w for x, w in zip(s[:9], range(10, 1, -1))) % 11
    c = 0 if c == 11 else c
    return c != 10 and int(s[9]) == c


def medicare_au_valid(s):
    s = re.sub(r"\D", "", s)
    return sum(int(x) * w for x, w in zip(s[:8], [1, 3, 7, 9, 1, 3, 7, 9])) % 10 == int(s[8])


assert cn_id18_valid("11010519491231002X")
assert hkid_check("A", "123456") == "3"
assert twid_valid("A123456789")
assert nhs_valid("943 476 5919")

# ---------------------------------------------------------------- word pools
SUR_PAIRS = [
    ("王", "Wang"),
    ("李", "Li"),
    ("张", "Zhang"),
    ("刘", "Liu"),
    ("陈", "Chen"),
    ("杨", "Yang"),
    ("赵", "Zhao"),
    ("周", "Zhou"),
    ("吴", "Wu"),
    ("徐", "Xu"),
    ("朱", "Zhu"),
    ("胡", "Hu"),
    ("郭", "Guo"),
    ("林", "Lin"),
    ("罗", "Luo"),
    ("郑", "Zheng"),
    ("梁", "Liang"),
    ("宋", "Song"),
    ("唐", "Tang"),
    ("韩", "Han"),
    ("冯", "Feng"),
    ("邓", "Deng"),
    ("曹", "Cao"),
    ("彭", "Peng"),
    ("袁", "Yuan"),
    ("蔡", "Cai"),
    ("蒋", "Jiang"),
    ("魏", "Wei"),
    ("沈", "Shen"),
    ("姚", "Yao"),
    ("卢", "Lu"),
    ("崔", "Cui"),
    ("谭", "Tan"),
    ("汪", "Wang"),
    ("廖", "Liao"),
    ("孙", "Sun"),
    ("何", "He"),
    ("高", "Gao"),
    ("马", "Ma"),
    ("黄", "Huang"),
    ("谢", "Xie"),
    ("许", "Xu"),
    ("潘", "Pan"),
    ("董", "Dong"),
    ("田", "Tian"),
    ("任", "Ren"),
    ("范", "Fan"),
    ("邹", "Zou"),
]
COMPOUND = [("欧阳", "Ouyang"), ("司马", "Sima"), ("上官", "Shangguan"), ("诸葛", "Zhuge"), ("慕容", "Murong")]
# surnames that are safe as one-character spans (rare inside clinical words)
SOLO_SUR = set("王李刘杨赵吴徐朱胡郭郑梁宋唐韩冯邓曹彭袁蔡蒋魏沈姚卢崔谭汪廖孙潘董")
SAFE_PY = {
    "Wang",
    "Li",
    "Zhang",
    "Liu",
    "Chen",
    "Yang",
    "Zhao",
    "Zhou",
    "Wu",
    "Xu",
    "Zhu",
    "Hu",
    "Guo",
    "Lin",
    "Luo",
    "Zheng",
    "Liang",
    "Song",
    "Tang",
    "Han",
    "Feng",
    "Deng",
    "Cao",
    "Peng",
    "Yuan",
    "Cai",
    "Jiang",
    "Wei",
    "Shen",
    "Yao",
    "Lu",
    "Cui",
    "Liao",
    "Dong",
    "Tian",
    "Zou",
    "Huang",
    "Xie",
    "Gao",
    "Ouyang",
    "Sima",
    "Shangguan",
    "Zhuge",
    "Murong",
}
GIVEN2 = [
    ("秀英", "Xiuying"),
    ("建华", "Jianhua"),
    ("志强", "Zhiqiang"),
    ("丽娟", "Lijuan"),
    ("海燕", "Haiyan"),
    ("国庆", "Guoqing"),
    ("春梅", "Chunmei"),
    ("晓峰", "Xiaofeng"),
    ("雅琴", "Yaqin"),
    ("子涵", "Zihan"),
    ("浩然", "Haoran"),
    ("思远", "Siyuan"),
    ("美玲", "Meiling"),
    ("德明", "Deming"),
    ("桂兰", "Guilan"),
    ("玉珍", "Yuzhen"),
    ("振宇", "Zhenyu"),
    ("雪梅", "Xuemei"),
    ("俊杰", "Junjie"),
    ("婉婷", "Wanting"),
    ("文博", "Wenbo"),
    ("明轩", "Mingxuan"),
    ("淑芬", "Shufen"),
    ("立新", "Lixin"),
    ("红霞", "Hongxia"),
    ("佳怡", "Jiayi"),
    ("家豪", "Jiahao"),
    ("秋菊", "Qiuju"),
    ("永福", "Yongfu"),
    ("慧敏", "Huimin"),
    ("凤英", "Fengying"),
    ("铁军", "Tiejun"),
    ("晓雯", "Xiaowen"),
    ("宏伟", "Hongwei"),
    ("素珍", "Suzhen"),
    ("梓萱", "Zixuan"),
    ("一鸣", "Yiming"),
    ("宝山", "Baoshan"),
    ("瑞芳", "Ruifang"),
    ("金凤", "Jinfeng"),
    ("卫东", "Weidong"),
    ("亚楠", "Yanan"),
    ("欣怡", "Xinyi"),
    ("天佑", "Tianyou"),
    ("月娥", "Yue'e"),
]
GIVEN1 = [
    ("敏", "Min"),
    ("伟", "Wei"),
    ("静", "Jing"),
    ("磊", "Lei"),
    ("洁", "Jie"),
    ("勇", "Yong"),
    ("艳", "Yan"),
    ("娟", "Juan"),
    ("涛", "Tao"),
    ("超", "Chao"),
    ("霞", "Xia"),
    ("刚", "Gang"),
    ("鹏", "Peng"),
    ("飞", "Fei"),
    ("玲", "Ling"),
    ("芳", "Fang"),
    ("军", "Jun"),
    ("毅", "Yi"),
    ("琳", "Lin"),
]

EN_GIVEN = [
    "Amelia",
    "Harriet",
    "Declan",
    "Priya",
    "Tomasz",
    "Siobhan",
    "Kwame",
    "Margaret",
    "Ravi",
    "Ingrid",
    "Mateo",
    "Leticia",
    "Graham",
    "Fiona",
    "Yusuf",
    "Aisling",
    "Bronwyn",
    "Callum",
    "Deirdre",
    "Eamon",
    "Imogen",
    "Jasper",
    "Keziah",
    "Lachlan",
    "Morag",
    "Niamh",
    "Oksana",
    "Piotr",
    "Rhiannon",
    "Soren",
    "Thandiwe",
    "Ulrich",
    "Xavier",
    "Zofia",
    "Beatrix",
    "Cormac",
    "Dolores",
    "Ezekiel",
    "Florence",
    "Gideon",
    "Hamish",
    "Isadora",
    "Joaquin",
    "Kirsty",
    "Lorcan",
    "Maeve",
    "Nikolai",
    "Ottilie",
    "Percival",
    "Rosalind",
    "Saoirse",
    "Tobias",
    "Winifred",
    "Yolanda",
    "Ambrose",
    "Camille",
    "Dmitri",
    "Esther",
    "Fergus",
    "Gwendolyn",
]
FEM_ZH = set(
    "秀英 丽娟 海燕 春梅 雅琴 美玲 桂兰 玉珍 雪梅 婉婷 淑芬 红霞 佳怡 秋菊 慧敏 凤英 晓雯 素珍 梓萱 瑞芳 金凤 亚楠 欣怡 月娥 "
    "静 洁 艳 娟 霞 玲 芳 琳 敏".split()
)
MALE_ZH = set(
    "建华 志强 国庆 晓峰 浩然 思远 德明 振宇 俊杰 文博 明轩 立新 家豪 永福 铁军 宏伟 一鸣 宝山 卫东 天佑 "
    "伟 磊 勇 涛 超 刚 鹏 飞 军 毅".split()
)
FEM_EN = set(
    "Amelia Harriet Priya Siobhan Margaret Ingrid Leticia Fiona Aisling Bronwyn Deirdre Imogen Keziah Morag Niamh "
    "Oksana Rhiannon Thandiwe Zofia Beatrix Dolores Florence Isadora Kirsty Maeve Ottilie Rosalind Saoirse Winifred "
    "Yolanda Camille Esther Gwendolyn".split()
)
EN_SUR = [
    "Okafor",
    "Whitfield",
    "Castellano",
    "Nakamura",
    "Lindqvist",
    "Fairbairn",
    "Kowalczyk",
    "Abernathy",
    "Delacroix",
    "Hargreaves",
    "Pemberton",
    "Quinlan",
    "Rasmussen",
    "Szabo",
    "Thistlethwaite",
    "Underhill",
    "Vasquez",
    "Worthington",
    "Yilmaz",
    "Zielinski",
    "Patel",
    "Haddad",
    "O'Sullivan",
    "Gallagher",
    "McAllister",
    "Ferreira",
    "Nguyen",
    "Oyelaran",
    "Brannigan",
    "Castillo",
    "Donnelly",
    "Esterhuizen",
    "Fitzgerald",
    "Gundersen",
    "Hollingsworth",
    "Iyer",
    "Jablonski",
    "Kavanagh",
    "Lombardi",
    "Mbeki",
    "Novak",
    "Ortega",
    "Petrakis",
    "Ramaswamy",
    "Sørensen",
    "Trevelyan",
    "Achterberg",
    "Baptiste",
    "Cunningham",
    "Drummond",
    "Eriksen",
    "Featherstone",
    "Grimshaw",
    "Halvorsen",
    "Ibrahim",
    "Kaczmarek",
    "Llewellyn",
    "Moreau",
    "Nakashima",
    "Okonkwo",
    "Pritchard",
    "Rutherford",
    "Sandoval",
    "Tremblay",
]

MON = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONL = [
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
ORD_W = [
    "",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "twenty-first",
    "twenty-second",
    "twenty-third",
    "twenty-fourth",
    "twenty-fifth",
    "twenty-sixth",
    "twenty-seventh",
    "twenty-eighth",
]
NUM_W = [
    "",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS_W = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
CN_DIG = "〇一二三四五六七八九"
LUNAR_M = ["", "正月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "冬月", "腊月"]


def ordinal(d):
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def num_words(n):
    if n < 20:
        return NUM_W[n]
    t, u = divmod(n, 10)
    return TENS_W[t] + (" " + NUM_W[u] if u else "")


def year_words(y):
    hi, lo = divmod(y, 100)
    if lo == 0:
        return num_words(hi) + " hundred"
    return num_words(hi) + " " + ("oh " + NUM_W[lo] if lo < 10 else num_words(lo))


def cn_year(y):
    return "".join(CN_DIG[int(c)] for c in str(y))


def cn_num(n):
    if n < 10:
        return CN_DIG[n]
    if n == 10:
        return "十"
    if n < 20:
        return "十" + CN_DIG[n - 10]
    t, u = divmod(n, 10)
    return CN_DIG[t] + "十" + (CN_DIG[u] if u else "")


def lunar_day(d):
    if d <= 10:
        return "初" + ("十" if d == 10 else CN_DIG[d])
    if d < 20:
        return "十" + CN_DIG[d - 10]
    if d == 20:
        return "二十"
    if d < 30:
        return "廿" + CN_DIG[d - 20]
    return "三十"


def age_at(b, v):
    return v[0] - b[0] - (1 if (v[1], v[2]) < (b[1], b[2]) else 0)


# ---------------------------------------------------------------- clinical look-alike pools
DX_ZH = [
    ("2型糖尿病", "E11.9"),
    ("原发性高血压", "I10"),
    ("社区获得性肺炎", "J18.9"),
    ("急性阑尾炎", "K35.80"),
    ("慢性肾脏病3期", "N18.3"),
    ("脑梗死", "I63.9"),
    ("冠状动脉粥样硬化性心脏病", "I25.1"),
    ("慢性阻塞性肺疾病急性加重", "J44.1"),
    ("胆囊结石伴慢性胆囊炎", "K80.1"),
    ("腰椎间盘突出症", "M51.2"),
    ("缺铁性贫血", "D50.9"),
    ("甲状腺功能亢进症", "E05.9"),
    ("心房颤动", "I48.9"),
    ("肺恶性肿瘤", "C34.1"),
]
DX_EN = [
    ("type 2 diabetes", "E11.9"),
    ("essential hypertension", "I10"),
    ("community-acquired pneumonia", "J18.9"),
    ("acute appendicitis", "K35.80"),
    ("CKD stage 3", "N18.3"),
    ("ischaemic stroke", "I63.9"),
    ("coronary artery disease", "I25.1"),
    ("COPD exacerbation", "J44.1"),
    ("cholecystitis with gallstones", "K80.1"),
    ("lumbar disc prolapse", "M51.2"),
    ("iron-deficiency anaemia", "D50.9"),
    ("thyrotoxicosis", "E05.9"),
    ("atrial fibrillation", "I48.9"),
    ("NSTEMI", "I21.4"),
    ("cellulitis of the leg", "L03.1"),
]
DRUG_ZH = [
    ("二甲双胍片", "0.5 g", "每日两次"),
    ("苯磺酸氨氯地平片", "5 mg", "qd"),
    ("阿托伐他汀钙片", "20 mg", "qn"),
    ("阿司匹林肠溶片", "100 mg", "qd"),
    ("头孢呋辛酯片", "0.25 g", "bid"),
    ("奥美拉唑肠溶胶囊", "20 mg", "qd"),
    ("呋塞米片", "20 mg", "qd"),
    ("甲巯咪唑片", "10 mg", "tid"),
    ("左甲状腺素钠片", "50 μg", "qd"),
    ("硝苯地平控释片", "30 mg", "qd"),
    ("甘精胰岛素注射液", "12 U", "睡前皮下注射"),
    ("氯吡格雷片", "75 mg", "qd"),
    ("美托洛尔缓释片", "47.5 mg", "qd"),
    ("利伐沙班片", "15 mg", "bid"),
]
DRUG_EN = [
    ("metformin", "500 mg", "BD"),
    ("amlodipine", "5 mg", "OD"),
    ("atorvastatin", "40 mg", "nocte"),
    ("aspirin", "75 mg", "OD"),
    ("ramipril", "2.5 mg", "OD"),
    ("bisoprolol", "2.5 mg", "OD"),
    ("furosemide", "40 mg", "mane"),
    ("co-amoxiclav", "625 mg", "TDS"),
    ("apixaban", "5 mg", "BD"),
    ("levothyroxine", "50 micrograms", "OD"),
    ("omeprazole", "20 mg", "OD"),
    ("insulin glargine", "14 units", "at night"),
    ("lisinopril", "10 mg", "daily"),
    ("sertraline", "50 mg", "daily"),
]
HOSP_ZH = [
    "北京协和医院",
    "复旦大学附属中山医院",
    "四川大学华西医院",
    "中山大学附属第一医院",
    "浙江大学医学院附属第一医院",
    "华中科技大学同济医学院附属同济医院",
    "南方医科大学南方医院",
    "郑州大学第一附属医院",
    "西安交通大学第一附属医院",
    "江苏省人民医院",
    "山东大学齐鲁医院",
    "中南大学湘雅医院",
    "市第一人民医院",
    "区中医院",
]
UK_HOSP = [
    "St Thomas' Hospital",
    "Leeds General Infirmary",
    "Addenbrooke's Hospital",
    "Glasgow Royal Infirmary",
    "Norfolk and Norwich University Hospital",
    "Royal Devon and Exeter Hospital",
    "Northern General Hospital",
]
HOSP_EN = [
    "St Thomas' Hospital",
    "Leeds General Infirmary",
    "Royal Melbourne Hospital",
    "Massachusetts General Hospital",
    "Westmead Hospital",
    "Addenbrooke's Hospital",
    "Toronto General Hospital",
    "Mercy Medical Center",
    "Princess Alexandra Hospital",
    "Glasgow Royal Infirmary",
    "Cedar Valley Regional Hospital",
]
DEPT_ZH = [
    "心内科",
    "内分泌科",
    "呼吸内科",
    "消化内科",
    "神经内科",
    "骨科",
    "普外科",
    "妇产科",
    "儿科",
    "肾内科",
    "肿瘤科",
    "泌尿外科",
    "老年科",
    "急诊科",
]
DEPT_EN = [
    "cardiology",
    "endocrinology",
    "respiratory medicine",
    "gastroenterology",
    "neurology",
    "orthopaedics",
    "general surgery",
    "obstetrics",
    "paediatrics",
    "renal medicine",
    "oncology",
]
COMPLAINT_ZH = [
    "反复胸闷3天",
    "咳嗽、咳痰伴发热5天",
    "多饮多尿2月余",
    "右下腹痛12小时",
    "头晕伴左侧肢体无力6小时",
    "双下肢水肿1周",
    "腰痛伴右下肢放射痛2周",
    "心悸、乏力1月",
    "上腹部疼痛3天",
    "活动后气促半年",
]
COMPLAINT_EN = [
    "central chest pain for 3 hours",
    "productive cough and fever for 5 days",
    "polyuria for two months",
    "right iliac fossa pain since yesterday",
    "sudden left-sided weakness",
    "bilateral leg swelling for a week",
    "palpitations and fatigue",
    "epigastric pain for three days",
    "breathlessness on exertion",
]
HERBS = ["黄芪", "当归", "茯苓", "白术", "党参", "丹参", "甘草", "川芎", "枸杞子", "陈皮"]
CODES_HOT_ZH = ["120", "12320", "12345", "110", "119", "12393"]


# coherent clinical cases: (dx_zh, icd, dx_en, complaint_zh, complaint_en, dept_zh, dept_en, drug_zh, drug_en)
CASES = [
    (
        "2型糖尿病",
        "E11.9",
        "type 2 diabetes",
        "多饮多尿2月余",
        "thirst and polyuria for two months",
        "内分泌科",
        "endocrinology",
        ("二甲双胍片", "0.5 g", "每日两次"),
        ("metformin", "500 mg", "BD"),
    ),
    (
        "原发性高血压",
        "I10",
        "essential hypertension",
        "头晕、头痛1周",
        "headaches and dizziness for a week",
        "心内科",
        "cardiology",
        ("苯磺酸氨氯地平片", "5 mg", "qd"),
        ("amlodipine", "5 mg", "OD"),
    ),
    (
        "社区获得性肺炎",
        "J18.9",
        "community-acquired pneumonia",
        "咳嗽、咳痰伴发热5天",
        "productive cough and fever for 5 days",
        "呼吸内科",
        "respiratory medicine",
        ("头孢呋辛酯片", "0.25 g", "bid"),
        ("co-amoxiclav", "625 mg", "TDS"),
    ),
    (
        "急性阑尾炎",
        "K35.80",
        "acute appendicitis",
        "转移性右下腹痛12小时",
        "right iliac fossa pain since yesterday",
        "普外科",
        "general surgery",
        ("头孢呋辛酯片", "0.25 g", "bid"),
        ("co-amoxiclav", "625 mg", "TDS"),
    ),
    (
        "慢性肾脏病3期",
        "N18.3",
        "CKD stage 3",
        "双下肢水肿1周",
        "bilateral leg swelling for a week",
        "肾内科",
        "renal medicine",
        ("呋塞米片", "20 mg", "qd"),
        ("furosemide", "40 mg", "mane"),
    ),
    (
        "脑梗死",
        "I63.9",
        "ischaemic stroke",
        "头晕伴左侧肢体无力6小时",
        "sudden left-sided weakness",
        "神经内科",
        "neurology",
        ("阿司匹林肠溶片", "100 mg", "qd"),
        ("clopidogrel", "75 mg", "OD"),
    ),
    (
        "冠状动脉粥样硬化性心脏病",
        "I25.1",
        "coronary artery disease",
        "反复胸闷3天",
        "exertional chest tightness",
        "心内科",
        "cardiology",
        ("阿托伐他汀钙片", "20 mg", "qn"),
        ("atorvastatin", "40 mg", "nocte"),
    ),
    (
        "慢性阻塞性肺疾病急性加重",
        "J44.1",
        "COPD exacerbation",
        "活动后气促加重1周",
        "worsening breathlessness for a week",
        "呼吸内科",
        "respiratory medicine",
        ("醋酸泼尼松片", "30 mg", "qd"),
        ("prednisolone", "30 mg", "OD"),
    ),
    (
        "胆囊结石伴慢性胆囊炎",
        "K80.1",
        "gallstones with cholecystitis",
        "上腹部疼痛3天",
        "epigastric pain for three days",
        "普外科",
        "general surgery",
        ("奥美拉唑肠溶胶囊", "20 mg", "qd"),
        ("omeprazole", "20 mg", "OD"),
    ),
    (
        "腰椎间盘突出症",
        "M51.2",
        "lumbar disc prolapse",
        "腰痛伴右下肢放射痛2周",
        "low back pain radiating to the right leg",
        "骨科",
        "orthopaedics",
        ("塞来昔布胶囊", "0.2 g", "qd"),
        ("naproxen", "500 mg", "BD"),
    ),
    (
        "缺铁性贫血",
        "D50.9",
        "iron-deficiency anaemia",
        "乏力、头晕1月",
        "tiredness and dizziness for a month",
        "血液科",
        "haematology",
        ("琥珀酸亚铁片", "0.1 g", "tid"),
        ("ferrous sulfate", "200 mg", "BD"),
    ),
    (
        "甲状腺功能亢进症",
        "E05.9",
        "thyrotoxicosis",
        "心悸、多汗伴体重下降2月",
        "palpitations and weight loss",
        "内分泌科",
        "endocrinology",
        ("甲巯咪唑片", "10 mg", "tid"),
        ("carbimazole", "20 mg", "OD"),
    ),
    (
        "心房颤动",
        "I48.9",
        "atrial fibrillation",
        "心悸、乏力1月",
        "palpitations and fatigue",
        "心内科",
        "cardiology",
        ("利伐沙班片", "20 mg", "qd"),
        ("apixaban", "5 mg", "BD"),
    ),
    (
        "肺恶性肿瘤",
        "C34.1",
        "lung cancer",
        "咳嗽伴痰中带血1月",
        "cough with blood-streaked sputum for a month",
        "肿瘤科",
        "oncology",
        ("地塞米松片", "4 mg", "qd"),
        ("dexamethasone", "4 mg", "OD"),
    ),
    (
        "急性非ST段抬高型心肌梗死",
        "I21.4",
        "NSTEMI",
        "胸痛3小时",
        "central chest pain for 3 hours",
        "心内科",
        "cardiology",
        ("氯吡格雷片", "75 mg", "qd"),
        ("ticagrelor", "90 mg", "BD"),
    ),
    (
        "下肢蜂窝织炎",
        "L03.1",
        "cellulitis of the leg",
        "左下肢红肿热痛3天",
        "a red, hot, swollen left leg for 3 days",
        "皮肤科",
        "general medicine",
        ("头孢呋辛酯片", "0.5 g", "bid"),
        ("flucloxacillin", "1 g", "QDS"),
    ),
]


class Case:
    """The clinical case of the row being written, so diagnosis, complaint, department and drug agree."""

    def new(self):
        self.c = pick(CASES)

    def dxzh(self):
        return self.c[0], self.c[1]

    def dxen(self):
        return self.c[2], self.c[1]

    def cczh(self):
        return self.c[3]

    def ccen(self):
        return self.c[4]

    def deptzh(self):
        return self.c[5]

    def depten(self):
        return self.c[6]

    def drugzh(self):
        return self.c[7]

    def drugen(self):
        return self.c[8]


C = Case()
C.new()
DRUG_PAIRS = [
    ("二甲双胍片", "metformin", "500 mg"),
    ("苯磺酸氨氯地平片", "amlodipine", "5 mg"),
    ("阿托伐他汀钙片", "atorvastatin", "20 mg"),
    ("阿司匹林肠溶片", "aspirin", "100 mg"),
    ("奥美拉唑肠溶胶囊", "omeprazole", "20 mg"),
    ("呋塞米片", "furosemide", "20 mg"),
    ("左甲状腺素钠片", "levothyroxine", "50 µg"),
    ("氯吡格雷片", "clopidogrel", "75 mg"),
    ("利伐沙班片", "rivaroxaban", "20 mg"),
]


def bp():
    return f"{rng.randint(102, 168)}/{rng.randint(58, 99)} mmHg"


def labs_zh():
    return [
        f"空腹血糖 {rng.randint(48, 139) / 10} mmol/L",
        f"糖化血红蛋白 {rng.randint(52, 112) / 10}%",
        f"血肌酐 {rng.randint(48, 210)} μmol/L",
        f"白细胞 {rng.randint(35, 168) / 10}×10^9/L",
        f"血红蛋白 {rng.randint(78, 162)} g/L",
        f"血钾 {rng.randint(31, 55) / 10} mmol/L",
        f"肌钙蛋白I {rng.randint(1, 90) / 100} ng/mL",
        f"ALT {rng.randint(9, 180)} U/L",
        f"LDL-C {rng.randint(16, 49) / 10} mmol/L",
        f"eGFR {rng.randint(22, 118)} mL/min/1.73m²",
    ]


def labs_en():
    return [
        f"HbA1c {rng.randint(52, 112) / 10}%",
        f"creatinine {rng.randint(48, 210)} µmol/L",
        f"Hb {rng.randint(78, 162)} g/L",
        f"WCC {rng.randint(35, 168) / 10} x10^9/L",
        f"K+ {rng.randint(31, 55) / 10} mmol/L",
        f"CRP {rng.randint(1, 240)} mg/L",
        f"troponin T {rng.randint(3, 900)} ng/L",
        f"eGFR {rng.randint(22, 90)} mL/min",
        f"sodium {rng.randint(126, 146)} mmol/L",
        f"TSH {rng.randint(1, 90) / 10} mU/L",
    ]


# ---------------------------------------------------------------- address pools
CITY3 = [
    ("广东省", "广州市", "天河区"),
    ("广东省", "深圳市", "南山区"),
    ("浙江省", "杭州市", "西湖区"),
    ("江苏省", "南京市", "鼓楼区"),
    ("四川省", "成都市", "武侯区"),
    ("湖北省", "武汉市", "洪山区"),
    ("山东省", "青岛市", "市南区"),
    ("陕西省", "西安市", "雁塔区"),
    ("湖南省", "长沙市", "岳麓区"),
    ("福建省", "厦门市", "思明区"),
    ("辽宁省", "沈阳市", "和平区"),
    ("河南省", "郑州市", "金水区"),
    ("", "北京市", "朝阳区"),
    ("", "北京市", "海淀区"),
    ("", "上海市", "徐汇区"),
    ("", "上海市", "浦东新区"),
    ("", "天津市", "南开区"),
    ("", "重庆市", "渝中区"),
]
ROADS = [
    "滨江东路",
    "建设大道",
    "人民南路",
    "解放西路",
    "中山北路",
    "学府路",
    "科技园南路",
    "文三路",
    "珠江路",
    "长江路",
    "和平大街",
    "青年路",
    "新华街",
    "五一路",
    "胜利路",
    "迎宾大道",
    "体育西路",
    "黄河路",
    "金桥路",
    "团结路",
    "春熙路",
    "望江路",
    "东风路",
    "红旗街",
]
ESTATES = [
    "阳光花园",
    "翠湖雅苑",
    "锦绣家园",
    "紫荆小区",
    "金地花园",
    "碧水湾",
    "万科城",
    "幸福里",
    "明珠苑",
    "丽景湾",
    "桂花苑",
    "滨江小区",
    "枫林苑",
    "和谐家园",
    "凤凰城",
    "怡景花园",
    "绿地新都会",
    "水岸星城",
]
COUNTY = [
    ("河南省", "周口市", "太康县"),
    ("安徽省", "阜阳市", "临泉县"),
    ("四川省", "南充市", "仪陇县"),
    ("湖南省", "邵阳市", "隆回县"),
    ("江西省", "赣州市", "于都县"),
    ("山东省", "菏泽市", "曹县"),
    ("黑龙江省", "齐齐哈尔市", "龙江县"),
    ("广西壮族自治区", "桂林市", "阳朔县"),
    ("甘肃省", "天水市", "秦安县"),
    ("河北省", "保定市", "阜平县"),
    ("贵州省", "遵义市", "湄潭县"),
]
TOWNS = ["马头镇", "城关镇", "白山镇", "清水镇", "新集镇", "石桥镇", "高坪镇", "龙泉镇", "柳林镇", "大营镇", "兴隆镇"]
VILLAGES = ["李庄村", "张湾村", "前进村", "东河村", "杨树村", "新民村", "后岗村", "三合村", "红星村", "柏树村"]
TUN = ["前进屯", "靠山屯", "双山屯", "榆树屯", "三家屯"]
HUTONG = ["帽儿胡同", "史家胡同", "砖塔胡同", "东四十条", "前门西河沿"]
XIANG = ["清河坊巷", "青石巷", "桂花巷", "大井巷", "柳叶巷", "三坊七巷"]
SH_ROADS = ["漕溪北路", "凯旋路", "愚园路", "长乐路", "武康路", "张杨路"]
HK_ROADS = [
    ("九龍", "旺角", "彌敦道"),
    ("香港島", "灣仔", "軒尼詩道"),
    ("香港島", "北角", "英皇道"),
    ("新界", "屯門", "青山公路"),
    ("九龍", "太子", "太子道西"),
    ("新界", "荃灣", "沙咀道"),
]
HK_BLDG = ["信和中心", "雅蘭中心", "海濱大廈", "嘉賢大廈", "百利商業大廈", "恆隆大廈"]
HK_ESTATE = [
    ("新界沙田", "顯徑邨", "顯華樓"),
    ("九龍深水埗", "石硤尾邨", "美映樓"),
    ("九龍黃大仙", "彩虹邨", "金漢樓"),
    ("香港島薄扶林", "華富邨", "華安樓"),
    ("新界屯門", "友愛邨", "愛禮樓"),
]
TW_CITY = ["台北市大安區", "新北市板橋區", "台中市西屯區", "高雄市苓雅區", "台南市東區", "桃園市中壢區"]
TW_ROAD = ["復興南路", "忠孝東路", "文化路", "民生路", "台灣大道", "成功路", "中華路"]
US_STREET = [
    "N Main St",
    "Maple Avenue",
    "Larkspur Drive",
    "Elm Street",
    "Ridgeview Rd",
    "W Jefferson Blvd",
    "Cedar Hollow Lane",
    "Oak Park Ave",
    "Lakeshore Dr",
    "Sycamore Ct",
    "S Wabash Ave",
    "Birchwood Terrace",
]
US_CITY = [
    ("Springfield", "IL", "62704"),
    ("Tucson", "AZ", "85712"),
    ("Columbus", "OH", "43215"),
    ("Madison", "WI", "53703"),
    ("Boise", "ID", "83702"),
    ("Raleigh", "NC", "27601"),
    ("Worcester", "MA", "01609"),
    ("Eugene", "OR", "97401"),
    ("Dayton", "OH", "45402"),
    ("Albany", "NY", "12203"),
    ("Fresno", "CA", "93721"),
    ("Knoxville", "TN", "37902"),
]
UK_STREET = [
    "Mill Lane",
    "Cavendish Road",
    "Albert Terrace",
    "Orchard Close",
    "Beech Grove",
    "Kingsway Crescent",
    "Hawthorn Avenue",
    "Priory Walk",
    "Nelson Street",
    "Wellington Place",
    "Rosebery Gardens",
]
UK_TOWN = [
    ("Leeds", "LS6"),
    ("Manchester", "M14"),
    ("Bristol", "BS7"),
    ("Sheffield", "S10"),
    ("Cardiff", "CF24"),
    ("Norwich", "NR2"),
    ("York", "YO10"),
    ("Glasgow", "G12"),
    ("Leicester", "LE2"),
    ("Exeter", "EX4"),
]
UK_AREA = [
    "Headingley",
    "Fallowfield",
    "Bishopston",
    "Crookes",
    "Cathays",
    "Heigham",
    "Heslington",
    "Hillhead",
    "Clarendon Park",
    "St Thomas",
]
AU_STREET = [
    "Wattle Street",
    "Banksia Avenue",
    "Bourke Road",
    "Jacaranda Crescent",
    "Eucalypt Drive",
    "Gum Tree Lane",
    "Waratah Parade",
    "Kookaburra Close",
]
AU_SUB = [
    ("Fitzroy", "VIC", "3065"),
    ("Parramatta", "NSW", "2150"),
    ("Toowong", "QLD", "4066"),
    ("Glenelg", "SA", "5045"),
    ("Subiaco", "WA", "6008"),
    ("Sandy Bay", "TAS", "7005"),
]
CA_CITY = [("Toronto", "ON", "M5H"), ("Vancouver", "BC", "V6B"), ("Ottawa", "ON", "K1P"), ("Halifax", "NS", "B3H")]
CA_STREET = ["Queen St W", "Bathurst Street", "Elgin Street", "Spring Garden Road", "Granville Street"]
REGIONS = [
    "110105",
    "110108",
    "310104",
    "440106",
    "440305",
    "510107",
    "420111",
    "330106",
    "320106",
    "610113",
    "500103",
    "370202",
    "411625",
    "341221",
    "430524",
    "360731",
    "230221",
]
EMAIL_DOM_CN = ["163.com", "qq.com", "126.com", "sina.com", "foxmail.com", "139.com", "yeah.net"]
EMAIL_DOM_EN = [
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "btinternet.com",
    "bigpond.com",
    "hotmail.com",
    "icloud.com",
    "protonmail.com",
    "comcast.net",
]


# ---------------------------------------------------------------- names
class ZN:
    def __init__(self, sur, given, sur_py, given_py):
        self.sur, self.given, self.sur_py, self.given_py = sur, given, sur_py, given_py
        self.full = sur + given


class EN:
    def __init__(self, given, sur):
        self.given, self.sur = given, sur


def digit_groups(text):
    return re.findall(r"\d{4,}", text)


class R:
    """Collects the spans and protect strings of one row while a template writes it."""

    def __init__(self):
        self.spans = []
        self.protect = []
        self.used = set()

    # -- registration
    def S(self, kind, text, parts=None):
        assert kind in KINDS
        for s in self.spans:
            if s["text"] == text:
                if s["kind"] != kind:
                    raise Reject("kind clash")
                return text
        ps = []
        for q in [text] if parts is None else parts:
            if q and q not in ps:
                ps.append(q)
        self.spans.append({"kind": kind, "text": text, "parts": ps})
        return text

    def num(self, kind, text):
        return self.S(kind, text, [text] + [g for g in digit_groups(text) if g != text])

    def P(self, text):
        if text not in self.protect:
            self.protect.append(text)
        return text

    def LN(self, text):
        """a label + number: after an MRN label the number is an MRN span, otherwise the whole is protected"""
        m = MRN_LABEL_RE.fullmatch(text)
        if not m:
            return self.P(text)
        return m[1] + m[2] + self.num("MRN", m[3])

    # -- names
    def zn(self, two=None, compound=True, py_safe=False, sex=None):
        for _ in range(200):
            if compound and chance(0.05):
                sur, spy = pick(COMPOUND)
            else:
                sur, spy = pick(SUR_PAIRS)
            use2 = chance(0.8) if two is None else two
            given, gpy = pick(GIVEN2) if use2 else pick(GIVEN1)
            if py_safe and spy not in SAFE_PY:
                continue
            if (sex == "F" and given not in FEM_ZH) or (sex == "M" and given not in MALE_ZH):
                continue
            if sur + given in self.used or given in self.used or sur in self.used:
                continue
            self.used.update([sur + given, given])
            return ZN(sur, given, spy, gpy)
        raise Reject("no name")

    def zsur(self):
        for _ in range(100):
            s = pick(sorted(SOLO_SUR))
            if s not in self.used and not any(s in u for u in self.used):
                self.used.add(s)
                return s
        raise Reject("no surname")

    def N(self, z):
        return self.S("NAME", z.full, [z.full] + ([z.given] if len(z.given) == 2 else []))

    def mN(self, z, p=0.5):
        """the patient's name, or (as in text users already redacted by hand) a mask"""
        return self.N(z) if chance(p) else pick(["***", "（略）", "×××", "（已隐去）", "**"])

    def mE(self, e, style="full", p=0.5):
        return self.E(e, style) if chance(p) else pick(["[redacted]", "***", "(name removed)", "XXXX"])

    def Ng(self, z):
        assert len(z.given) == 2
        return self.S("NAME", z.given, [z.given])

    def Ns(self, sur):
        if isinstance(sur, ZN):
            sur = sur.sur
        return self.S("NAME", sur, [sur])

    def Npy(self, z, style="sg"):
        if style == "sg":
            t = f"{z.sur_py} {z.given_py}"
        elif style == "gs":
            t = f"{z.given_py} {z.sur_py}"
        elif style == "SG":
            t = f"{z.sur_py.upper()} {z.given_py}"
        else:  # "S, G"
            t = f"{z.sur_py}, {z.given_py}"
        sp = z.sur_py.upper() if style == "SG" else z.sur_py
        return self.S("NAME", t, [z.given_py, sp])

    def en(self, sex=None):
        for _ in range(200):
            g, s = pick(EN_GIVEN), pick(EN_SUR)
            if g in self.used or s in self.used:
                continue
            if (sex == "F" and g not in FEM_EN) or (sex == "M" and g in FEM_EN):
                continue
            self.used.update([g, s])
            return EN(g, s)
        raise Reject("no en name")

    def E(self, e, style="full"):
        g, s = e.given, e.sur
        if style == "full":
            return self.S("NAME", f"{g} {s}", [g, s])
        if style == "rev":
            return self.S("NAME", f"{s}, {g}", [g, s])
        if style == "REV":
            return self.S("NAME", f"{s.upper()}, {g}", [g, s.upper()])
        if style == "sur":
            return self.S("NAME", s, [s])
        if style == "given":
            return self.S("NAME", g, [g])
        if style == "init":
            return self.S("NAME", f"{g[0]}. {s}", [s])
        if style == "mid":
            return self.S("NAME", f"{g} {pick('JKLMRT')}. {s}", [g, s])
        raise ValueError(style)

    # -- dates
    def birth(self, lo=1936, hi=1999):
        return (rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))

    def visit(self):
        return (rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 28))

    def dob_zh(self, b, k=None):
        y, m, d = b
        # rough lunar equivalent (the lunar calendar runs about a month behind)
        ly, lm, ld = (y, m - 1, (d + 10) % 30 + 1) if m > 1 else (y - 1, 12, (d + 10) % 30 + 1)
        opts = {
            0: f"{y}年{m}月{d}日",
            1: f"{y}.{m:02d}.{d:02d}",
            2: f"{y % 100:02d}-{m:02d}-{d:02d}",
            3: f"{m}月{d}日 {y}年",
            4: f"{cn_year(y)}年{cn_num(m)}月{cn_num(d)}日",
            5: f"{y}-{m:02d}-{d:02d}",
            6: f"{y}/{m}/{d}",
            7: f"{y}{m:02d}{d:02d}",
            8: f"{y % 100:02d}年{m}月{d}日",
            9: f"{y}年{m:02d}月{d:02d}日",
            10: f"{y}.{m}.{d}",
            11: f"{ly}年农历{LUNAR_M[lm]}{lunar_day(ld)}",
            12: f"农历{cn_year(ly)}年{LUNAR_M[lm]}{lunar_day(ld)}",
            13: f"{cn_year(y)}年{cn_num(m)}月{cn_num(d)}号",
            14: f"{y}年{m}月{d}号",
        }
        if k is None:
            k = pick([0, 0, 1, 2, 3, 4, 5, 5, 6, 7, 8, 9, 10, 11, 12, 14])
        return self.S("DOB", opts[k])

    def dob_en(self, b, k=None):
        y, m, d = b
        opts = {
            0: f"{d:02d}/{m:02d}/{y}",
            1: f"{m:02d}/{d:02d}/{y}",
            2: f"{ordinal(d)} {MONL[m]} {y}",
            3: f"{m}-{d}-{y % 100:02d}",
            4: f"{MONL[m]} {d}, '{y % 100:02d}",
            5: f"{ordinal(d)} of {MONL[m]} {y}",
            6: f"{y}-{m:02d}-{d:02d}",
            7: f"{d} {MON[m]} {y}",
            8: f"{MON[m]} {d} {y}",
            9: f"{d:02d}-{MON[m]}-{y}",
            10: f"{d}.{m}.{y}",
            11: f"{MONL[m]} {d}, {y}",
            12: f"{MONL[m].lower()} {ORD_W[d]} {year_words(y)}",
            13: f"{d}/{m}/{y % 100:02d}",
            14: f"{d} {MONL[m]} {y}",
            15: f"{MONL[m]} {ordinal(d)}, {y}",
            16: f"{d:02d}{MON[m].upper()}{y}",
        }
        if k is None:
            k = pick([0, 0, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16])
        return self.S("DOB", opts[k])

    # -- ids
    def id18(self, b=None, region=None, fmt=0):
        b = b or self.birth()
        body = f"{region or pick(REGIONS)}{b[0]:04d}{b[1]:02d}{b[2]:02d}{rng.randint(1, 999):03d}"
        s = body + cn_id18_check(body)
        assert cn_id18_valid(s)
        if fmt == 1:
            s = f"{s[:6]} {s[6:14]} {s[14:]}"
        elif fmt == 2:
            s = f"{s[:6]}-{s[6:14]}-{s[14:]}"
        return self.num("ID", s)

    def id15(self, b=None):
        b = b or self.birth(1936, 1975)
        return self.num("ID", f"{pick(REGIONS)}{b[0] % 100:02d}{b[1]:02d}{b[2]:02d}{rng.randint(1, 999):03d}")

    def hkid(self, brackets=True):
        pre = pick("ACDEGHKPRVYZ") if chance(0.85) else pick(["WX", "XA", "XD"])
        d6 = D(6)
        c = hkid_check(pre, d6)
        return self.num("ID", f"{pre}{d6}({c})" if brackets else f"{pre}{d6}{c}")

    def twid(self, sex=None):
        letter = pick("ABCDEFHJKLNPRSTU")
        d8 = str(sex or rng.randint(1, 2)) + D(7)
        s = letter + d8 + twid_check(letter, d8)
        assert twid_valid(s)
        return self.num("ID", s)

    def passport(self, kind="cn"):
        if kind == "cn":
            s = pick(["E" + D(8, True), "E" + pick("ABCDEFGH") + D(7, True), "G" + D(8, True)])
        elif kind == "hkmo":
            s = "C" + D(8, True)
        elif kind == "us":
            s = D(9, True)
        elif kind == "uk":
            s = D(9, True)
        else:
            s = pick("KLMNP") + D(7, True)
        return self.num("ID", s)

    def ssn(self, fmt=0):
        while True:
            a = rng.randint(1, 899)
            if a != 666:
                break
        g, sn = rng.randint(1, 99), rng.randint(1, 9999)
        s = f"{a:03d}-{g:02d}-{sn:04d}" if fmt == 0 else f"{a:03d} {g:02d} {sn:04d}"
        return self.num("ID", s)

    def nhs(self, fmt=0):
        while True:
            d = [rng.randint(4, 9)] + [rng.randrange(10) for _ in range(8)]
            c = 11 - sum(x * w for x, w in zip(d, range(10, 1, -1))) % 11
            c = 0 if c == 11 else c
            if c != 10:
                break
        s = "".join(map(str, d)) + str(c)
        s = [f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}"][fmt]
        assert nhs_valid(s)
        return self.num("ID", s)

    def nino(self, fmt=0):
        while True:
            a, b2 = pick("ABCEGHJKLMNOPRSTWXYZ"), pick("ABCEGHJKLMNPRSTWXYZ")
            if a + b2 not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
        dd = [D(2) for _ in range(3)]
        suf = pick("ABCD")
        s = f"{a}{b2} {dd[0]} {dd[1]} {dd[2]} {suf}" if fmt == 0 else f"{a}{b2}{''.join(dd)}{suf}"
        return self.num("ID", s)

    def medicare_au(self, fmt=0):
        d = [rng.randint(2, 6)] + [rng.randrange(10) for _ in range(7)]
        c = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
        s = "".join(map(str, d)) + str(c) + str(rng.randint(1, 9))
        s = [f"{s[:4]} {s[4:9]} {s[9]}", s, f"{s[:4]} {s[4:9]}", f"{s[:4]}-{s[4:9]}-{s[9]}"][fmt]
        assert medicare_au_valid(s)
        return self.num("ID", s)

    def mbi(self):
        A = "ACDEFGHJKMNPQRTUVWXY"
        an = A + "0123456789"
        s = (
            str(rng.randint(1, 9))
            + pick(A)
            + pick(an)
            + str(rng.randint(0, 9))
            + "-"
            + pick(A)
            + pick(an)
            + str(rng.randint(0, 9))
            + "-"
            + pick(A)
            + pick(A)
            + str(rng.randint(0, 9))
            + str(rng.randint(0, 9))
        )
        return self.num("ID", s)

    # -- record numbers
    def mrn_zh(self, label=None):
        gens = {
            "病案号": lambda: pick([D(8), "00" + D(6, True), D(7, True), D(4) + " " + D(4)]),
            "病历号": lambda: pick([D(10, True), "BL" + D(8), D(9, True)]),
            "住院号": lambda: pick(
                ["ZY" + str(rng.randint(2015, 2021)) + "-" + D(5), D(7, True), "ZY" + D(8), D(3, True) + " " + D(4)]
            ),
            "门诊号": lambda: pick(["MZ" + D(8), D(10, True), "M" + D(9)]),
            "就诊卡号": lambda: pick([D(12, True), f"{D(4, True)} {D(4)} {D(4)}", "JZ" + D(10), D(10, True)]),
            "登记号": lambda: pick(["000" + D(7, True), D(10)]),
            "ID号": lambda: pick([D(9, True), "P" + D(8), D(8, True)]),
            "档案号": lambda: pick(["DA-" + str(rng.randint(2012, 2021)) + "-" + D(4), "JK" + D(9), D(11, True)]),
            "影像号": lambda: pick(["CT" + D(7), "MR" + D(8), "PACS" + D(8), "X" + D(9)]),
            "检查号": lambda: pick(["JC" + D(8), D(9, True)]),
            "医保卡号": lambda: pick([D(12, True), f"{D(4, True)} {D(4)} {D(4)}", "L" + D(8), pick("ABKW") + D(10)]),
            "HIS号": lambda: pick(["H" + D(7), D(8, True), "HIS-" + D(7)]),
            "病人ID": lambda: pick([D(9, True), "PID" + D(7)]),
            "住院病案号": lambda: D(8),
        }
        label = label or pick(list(gens))
        return label, self.num("MRN", gens[label]())

    def mrn_en(self, label=None):
        gens = {
            "MRN": lambda: pick([D(8), D(7, True), f"{D(4)}-{D(4)}", f"{D(3)} {D(3)} {D(3)}", "M" + D(7)]),
            "Hosp No.": lambda: pick([pick("KRJT") + D(6), "RXH" + D(7), D(7, True)]),
            "Hospital number": lambda: pick([pick("KRJT") + D(6), D(8), "H" + D(7)]),
            "Unit No.": lambda: pick([D(7), D(6, True)]),
            "UR number": lambda: pick([D(6, True), D(7, True), "UR" + D(6)]),
            "Chart #": lambda: pick([D(5, True), D(6, True), "C-" + D(6)]),
            "Acct": lambda: pick([D(9, True), "A" + D(9), D(10, True)]),
            "Patient ID": lambda: pick(["PT-" + D(6), D(8), "P" + D(7)]),
            "Medical record no.": lambda: pick([D(8), D(3) + "-" + D(2) + "-" + D(2)]),
            "Member ID": lambda: pick([pick(["XJH", "WFB", "ZGP", "QYM"]) + D(9), D(11, True), "M" + D(8) + "-01"]),
            "Health record": lambda: D(8),
        }
        label = label or pick(list(gens))
        return label, self.num("MRN", gens[label]())

    # -- phones
    def mob_cn(self, fmt=None):
        pre = pick(
            [
                "133",
                "135",
                "136",
                "137",
                "138",
                "139",
                "150",
                "151",
                "152",
                "158",
                "159",
                "177",
                "180",
                "181",
                "185",
                "186",
                "187",
                "188",
                "189",
                "191",
                "199",
            ]
        )
        a, b = D(4), D(4)
        f = [
            f"{pre}{a}{b}",
            f"{pre} {a} {b}",
            f"{pre}-{a}-{b}",
            f"+86 {pre} {a} {b}",
            f"+86-{pre}{a}{b}",
            f"0086 {pre}{a}{b}",
            f"(+86){pre}{a}{b}",
            f"+86 {pre}-{a}-{b}",
            f"{pre}{a}{b}",
            f"{pre} {a}{b}",
            f"{pre}{a} {b}",
        ]
        k = fmt if fmt is not None else pick([0, 0, 0, 1, 1, 2, 3, 4, 5, 6, 7, 9, 10])
        return self.num("PHONE", f[k])

    def land_cn(self, ext=False, fmt=None):
        ac, n = pick(
            [
                ("010", 8),
                ("021", 8),
                ("020", 8),
                ("0755", 8),
                ("022", 8),
                ("023", 8),
                ("028", 8),
                ("027", 8),
                ("0571", 8),
                ("025", 8),
                ("0532", 8),
                ("0371", 8),
                ("0731", 8),
                ("0591", 8),
                ("0898", 7),
                ("0938", 7),
                ("0452", 7),
            ]
        )
        loc = D(n, True)
        a, b = loc[:-4], loc[-4:]
        f = [f"{ac}-{loc}", f"({ac}){loc}", f"{ac}-{a} {b}", f"({ac}) {a}-{b}", f"{ac} {loc}", f"{ac}{loc}"]
        s = f[fmt if fmt is not None else pick(range(len(f)))]
        if ext:
            e = D(rng.choice([3, 4]), True)
            s += pick([f"转{e}", f" 转 {e}", f"-{e}", f" 分机{e}"])
        return self.num("PHONE", s)

    def ph_us(self, ext=False, fmt=None):
        ac = pick(["617", "312", "415", "206", "303", "512", "614", "919", "608", "503", "865", "559"])
        ex = pick([str(rng.randint(201, 989)), "555"])
        ln = ("01" + D(2)) if ex == "555" else D(4)
        f = [
            f"({ac}) {ex}-{ln}",
            f"{ac}-{ex}-{ln}",
            f"{ac}.{ex}.{ln}",
            f"+1 {ac} {ex} {ln}",
            f"1-{ac}-{ex}-{ln}",
            f"({ac}){ex}-{ln}",
        ]
        s = f[fmt if fmt is not None else pick(range(len(f)))]
        if ext:
            s += pick([f" ext. {D(3, True)}", f" x{D(4, True)}", f" ext {D(3, True)}"])
        return self.num("PHONE", s)

    def ph_uk(self, fmt=None):
        m = "7" + D(3, True)
        rest = D(6, True)
        f = [
            f"0{m} {rest}",
            f"+44 {m} {rest}",
            f"+44 (0){m} {rest}",
            f"0{m}{rest}",
            f"0{m} {rest[:3]} {rest[3:]}",
            f"020 7{D(3)} {D(4)}",
            f"0113 {D(3, True)} {D(4)}",
            f"0161 {D(3, True)} {D(4)}",
            f"+44 20 7{D(3)} {D(4)}",
        ]
        return self.num("PHONE", f[fmt if fmt is not None else pick(range(len(f)))])

    def ph_au(self, fmt=None):
        m = "4" + D(2)
        f = [
            f"0{m} {D(3)} {D(3)}",
            f"+61 {m} {D(3)} {D(3)}",
            f"(0{pick('2378')}) {D(4, True)} {D(4)}",
            f"0{pick('2378')} {D(4, True)} {D(4)}",
            f"0{m}{D(6)}",
        ]
        return self.num("PHONE", f[fmt if fmt is not None else pick(range(len(f)))])

    def ph_hk(self, fmt=None):
        a = pick("5679") + D(3)
        b = D(4)
        f = [f"{a} {b}", f"+852 {a} {b}", f"(852) {a}{b}", f"{a}{b}", f"2{D(3)} {D(4)}"]
        return self.num("PHONE", f[fmt if fmt is not None else pick(range(len(f)))])

    def ph_tw(self, fmt=None):
        a, b = D(3), D(3)
        pre = "09" + D(2)
        f = [f"{pre}-{a}-{b}", f"{pre}{a}{b}", f"+886 {pre[1:]} {a} {b}", f"(02){D(4, True)}-{D(4)}", f"{pre} {a} {b}"]
        return self.num("PHONE", f[fmt if fmt is not None else pick(range(len(f)))])

    def email(self, base=None, cn=True):
        if base is None:
            base = pick(
                [
                    "bluesky",
                    "sunflower",
                    "mountain",
                    "xiaoyu",
                    "happyday",
                    "tiger",
                    "panda",
                    "river",
                    "lemon",
                    "starlight",
                    "oceanblue",
                    "kite",
                    "maple",
                    "birdsong",
                    "cloud9",
                ]
            )
        local = pick(
            [
                base + D(2),
                base + "_" + D(4),
                base + str(rng.randint(1950, 2005)),
                base,
                base + "." + pick(["md", "home", "work", "hk"]),
            ]
        )
        if cn and chance(0.25):
            local = D(rng.randint(8, 10), True)
        dom = pick(EMAIL_DOM_CN if cn else EMAIL_DOM_EN)
        e = f"{local}@{dom}"
        return self.S("EMAIL", e, [e, local])

    # -- addresses
    def addr_cn(self, k=None, county=None):
        prov, city, dist = pick(CITY3)
        road, num, est = pick(ROADS), rng.randint(1, 999), pick(ESTATES)
        b, u, rm = rng.randint(1, 32), rng.randint(1, 6), f"{rng.randint(1, 33)}{rng.randint(1, 8):02d}"
        k = pick(range(9)) if k is None else k
        if k == 0:
            t = f"{prov}{city}{dist}{road}{num}号{est}{b}栋{u}单元{rm}室"
            parts = [f"{road}{num}号", est]
        elif k == 1:
            t = f"{city}{dist}{est}{b}号楼{u}单元{rm}"
            parts = [est]
        elif k == 2:
            t = f"{city}{dist}{road}{num}号院{b}号楼{u}门{rm}号"
            parts = [f"{road}{num}号院"]
        elif k == 3:
            r_ = pick(SH_ROADS)
            t = f"上海市{pick(['徐汇区', '长宁区', '静安区', '浦东新区'])}{r_}{num}弄{b}号{rm}室"
            parts = [f"{r_}{num}弄"]
        elif k == 4:
            x = pick(XIANG)
            t = f"{prov}{city}{dist}{x}{rng.randint(1, 88)}号"
            parts = [t[len(prov + city + dist) :]]
        elif k == 5:
            h = pick(HUTONG)
            t = f"北京市{pick(['东城区', '西城区'])}{h}{rng.randint(1, 99)}号{pick(['', '院', '2号楼'])}"
            parts = [t[6:].split("号")[0] + "号"]
        elif k == 6:
            p, c, co = county or pick(COUNTY)
            town, vil = pick(TOWNS), pick(VILLAGES)
            grp = pick([f"{cn_num(rng.randint(1, 9))}组", f"{rng.randint(1, 12)}组", f"{rng.randint(1, 40)}号"])
            t = f"{p}{c}{co}{town}{vil}{grp}"
            parts = [town, vil]
        elif k == 7:
            p, c, co = county or pick(COUNTY)
            town, tun = pick(TOWNS), pick(TUN)
            t = f"{p}{c}{co}{town}{tun}{rng.randint(1, 60)}号"
            parts = [town, tun]
        else:
            t = f"{dist}{road}{num}号{est}{b}-{u}-{rm}"
            parts = [f"{road}{num}号", est]
        return self.S("ADDRESS", t, [t] + parts)

    def addr_hk(self, k=None, en=False):
        k = pick(range(2)) if k is None else k
        if en:
            n, flr, fl = rng.randint(2, 800), rng.randint(2, 30), pick("ABCDEFGH")
            road, dist, reg = pick(
                [
                    ("Nathan Road", "Mong Kok", "Kowloon"),
                    ("Hennessy Road", "Wan Chai", "Hong Kong"),
                    ("King's Road", "North Point", "Hong Kong"),
                    ("Castle Peak Road", "Tsuen Wan", "New Territories"),
                ]
            )
            bld = pick(["Sino Centre", "Harbour View Mansion", "Kam Fung Court", "Wing On Building"])
            t = f"Flat {fl}, {flr}/F, {bld}, {n} {road}, {dist}, {reg}"
            return self.S("ADDRESS", t, [t, f"{n} {road}", bld])
        if k == 0:
            reg, dist, road = pick(HK_ROADS)
            bld = pick(HK_BLDG)
            n = rng.randint(2, 800)
            t = f"香港{reg}{dist}{road}{n}號{bld}{rng.randint(2, 30)}樓{pick('ABCDEFGH')}室"
            return self.S("ADDRESS", t, [t, f"{road}{n}號", bld])
        area, est, blk = pick(HK_ESTATE)
        t = f"{area}{est}{blk}{rng.randint(2, 35)}樓{rng.randint(1, 30):02d}室"
        return self.S("ADDRESS", t, [t, est, blk])

    def addr_tw(self):
        city, road = pick(TW_CITY), pick(TW_ROAD)
        core = f"{road}{pick('一二三四')}段{rng.randint(2, 300)}巷{rng.randint(1, 30)}弄{rng.randint(1, 80)}號"
        if chance(0.4):
            core = f"{road}{rng.randint(2, 500)}巷{rng.randint(1, 80)}號"
        t = f"{city}{core}{rng.randint(2, 15)}樓"
        return self.S("ADDRESS", t, [t, core])

    def addr_us(self, k=None):
        n, st = rng.randint(10, 9899), pick(US_STREET)
        city, state, z = pick(US_CITY)
        unit = pick(
            [
                f"Apt {rng.randint(1, 9)}{pick('ABCD')}",
                f"Unit {rng.randint(2, 40)}",
                f"#{rng.randint(101, 950)}",
                f"Apt {rng.randint(101, 950)}",
            ]
        )
        k = pick(range(4)) if k is None else k
        if k == 0:
            t = f"{n} {st} {unit}, {city}, {state} {z}"
        elif k == 1:
            t = f"{n} {st}, {city}, {state} {z}"
        elif k == 2:
            t = f"{n} {st}, {unit}, {city} {state} {z}-{D(4)}"
        else:
            box = rng.randint(100, 9999)
            t = f"{pick(['PO Box', 'P.O. Box'])} {box}, {city}, {state} {z}"
            return self.S("ADDRESS", t, [t, t.split(",")[0]])
        return self.S("ADDRESS", t, [t, f"{n} {st}"])

    def addr_uk(self, k=None):
        n, st = rng.randint(1, 240), pick(UK_STREET)
        i = rng.randrange(len(UK_TOWN))
        town, out = UK_TOWN[i]
        area = UK_AREA[i]
        pc = f"{out} {rng.randint(1, 9)}{pick('ABDEFGHJLNPQRSTUWXYZ')}{pick('ABDEFGHJLNPQRSTUWXYZ')}"
        k = pick(range(4)) if k is None else k
        if k == 0:
            t = f"Flat {rng.randint(1, 12)}, {n} {st}, {town} {pc}"
        elif k == 1:
            t = f"{n} {st}, {area}, {town} {pc}"
        elif k == 2:
            t = f"{n} {st}, {town}, {pc}"
        else:
            t = f"{pick(['Rose Cottage', 'The Old Forge', 'Ivy House'])}, {n} {st}, {area}, {town} {pc}"
        return self.S("ADDRESS", t, [t, f"{n} {st}", pc])

    def addr_au(self, k=None):
        n, st = rng.randint(1, 300), pick(AU_STREET)
        sub, state, pc = pick(AU_SUB)
        u = rng.randint(1, 24)
        k = pick(range(3)) if k is None else k
        if k == 0:
            t = f"Unit {u}, {n} {st}, {sub} {state} {pc}"
        elif k == 1:
            t = f"{u}/{n} {st}, {sub} {state} {pc}"
        else:
            t = f"{n} {st}, {sub}, {state} {pc}"
        return self.S("ADDRESS", t, [t, f"{n} {st}"])

    def addr_ca(self):
        n, st = rng.randint(10, 2200), pick(CA_STREET)
        city, prov, fsa = pick(CA_CITY)
        pc = f"{fsa} {rng.randint(1, 9)}{pick('ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(0, 9)}"
        t = f"{pick(['', f'Suite {rng.randint(2, 30)}0, ', f'Apt {rng.randint(2, 30)}, '])}{n} {st}, {city}, {prov} {pc}"
        return self.S("ADDRESS", t, [t, f"{n} {st}", pc])

    def addr_en_any(self):
        return pick([self.addr_us, self.addr_uk, self.addr_au])()


# ---------------------------------------------------------------- look-alike helpers
def vdate_zh(v, k=None):
    y, m, d = v
    return [f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m}.{d}", f"{y}/{m:02d}/{d:02d}"][
        pick(range(4)) if k is None else k
    ]


def vdate_en(v, k=None):
    y, m, d = v
    return [
        f"{d} {MON[m]} {y}",
        f"{d:02d}/{m:02d}/{y}",
        f"{MONL[m]} {d}, {y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d} {MONL[m]} {y}",
    ][pick(range(5)) if k is None else k]


def hhmm():
    return f"{rng.randint(0, 23):02d}:{pick(['00', '05', '10', '15', '20', '30', '40', '45', '50'])}"


def lot_zh():
    return pick(
        [
            f"批号 {rng.randint(2022, 2025)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}",
            f"批号：{pick('ABCDK')}{D(6)}",
            f"生产批号{D(8)}",
            f"批号 {D(6)}{pick(['-1', '-2', 'A'])}",
        ]
    )


def lot_en():
    return pick(
        [
            f"Lot {pick('ABCDK')}{D(4)}",
            f"Lot No. {D(1, True)}{pick('KXYZ')}{pick('ABCM')}{D(2)}",
            f"LOT {D(6)}",
            f"batch {pick('AB')}{D(5)}",
        ]
    )


def specimen_zh():
    return pick(
        [
            f"标本号 S{D(10)}",
            f"条码号 {D(10)}",
            f"标本编号：{D(12)}",
            f"检验单号 L{D(9)}",
            f"发票号 {D(8)}",
            f"处方号 RX{D(8)}",
            f"医嘱号 {D(9)}",
            f"申请单号 SQ{D(8)}",
        ]
    )


def specimen_en():
    return pick(
        [
            f"Accession No. {D(2)}-{pick(['LAB', 'HEM', 'MIC'])}-{D(5)}",
            f"Specimen ID S{D(9)}",
            f"Order #ORD-{D(5)}",
            f"Rx #{D(7)}",
            f"Invoice {pick(['INV', 'IN'])}-{D(6)}",
            f"Requisition {D(8)}",
            f"Lab no. {D(2)}H{D(6)}",
        ]
    )


# Labels whose number is PHI of kind MRN (owner's policy, as in the earlier sets): a sample's,
# order's or prescription's number links the text to one patient.  Longer labels first.
MRN_LABEL_RE = re.compile(
    r"(Accession No\.|Accession|Order #|Order no\.|Lab no\.|Lab number|Specimen ID|"
    r"处方编号|处方号|医嘱号|条码号|条码)(\s*[:：]?\s*)(\S.*)"
)
# the same lines in a PHI-free row: label (and number prefix) of a look-alike that stays protected
FREE_LABEL = {
    "Accession No.": ("Specimen", "", ""),
    "Specimen ID": ("Specimen", "", ""),
    "Order #": ("Requisition ", "ORD-", "REQ-"),
    "Lab no.": ("Specimen", "", ""),
    "条码号": ("标本号", "", ""),
    "处方号": ("申请单号", "RX", "SQ"),
    "医嘱号": ("标本编号", "", ""),
}


def free_label(text):
    """a specimen / order line for a PHI-free row: an MRN label becomes a protected look-alike"""
    m = MRN_LABEL_RE.fullmatch(text)
    if not m:
        return text
    label, old, new = FREE_LABEL[m[1]]
    num = new + m[3][len(old) :] if old and m[3].startswith(old) else m[3]
    return label + m[2] + num


def seps_zh():
    return pick(["：", "：", "：", ":", " ", "：", "　"])


def seps_en():
    return pick([": ", ": ", ": ", " ", " - ", ":", " # ", " is "])


# ================================================================ templates
TEMPLATES = []  # (name, lang, phi_free, func)


def tpl(lang, free=False):
    def deco(f):
        TEMPLATES.append((f.__name__, lang, free, f))
        return f

    return deco


HK_NAMES = [
    ("陳", "嘉欣", "CHAN", "Ka Yan"),
    ("黃", "志明", "WONG", "Chi Ming"),
    ("李", "詠詩", "LEE", "Wing Sze"),
    ("張", "家豪", "CHEUNG", "Ka Ho"),
    ("林", "美玲", "LAM", "Mei Ling"),
    ("梁", "偉強", "LEUNG", "Wai Keung"),
    ("何", "慧儀", "HO", "Wai Yee"),
    ("鄭", "淑芬", "CHENG", "Shuk Fan"),
    ("劉", "俊傑", "LAU", "Chun Kit"),
    ("麥", "寶珠", "MAK", "Po Chu"),
    ("曾", "樂怡", "TSANG", "Lok Yi"),
    ("蕭", "永康", "SIU", "Wing Hong"),
]
TW_NAMES = [
    ("林", "怡君", "LIN", "Yi-Chun"),
    ("陳", "建宏", "CHEN", "Chien-Hung"),
    ("張", "雅婷", "CHANG", "Ya-Ting"),
    ("王", "志明", "WANG", "Chih-Ming"),
    ("黃", "淑惠", "HUANG", "Shu-Hui"),
    ("李", "宗翰", "LI", "Tsung-Han"),
    ("吳", "佩珊", "WU", "Pei-Shan"),
    ("蔡", "承恩", "TSAI", "Cheng-En"),
    ("劉", "家瑋", "LIU", "Chia-Wei"),
    ("楊", "雅筑", "YANG", "Ya-Chu"),
    ("許", "哲維", "HSU", "Che-Wei"),
    ("鄭", "美華", "CHENG", "Mei-Hua"),
]


def zn_from(r, pool):
    for _ in range(50):
        t = pick(pool)
        if t[0] + t[1] not in r.used and t[1] not in r.used:
            r.used.update([t[0] + t[1], t[1]])
            return ZN(t[0], t[1], t[2] if len(t) > 2 else "", t[3] if len(t) > 3 else "")
    raise Reject("pool")


def J(*lines):
    return "\n".join(x for x in lines if x is not None)


# ---------------------------------------------------------------- zh, with PHI
@tpl("zh")
def zh_admission(r):
    p = r.zn()
    sex = pick("男女")
    b, v = r.birth(1936, 1992), r.visit()
    dx, icd = C.dxzh()
    dept, comp = C.deptzh(), C.cczh()
    lab, mrn = r.mrn_zh(pick(["住院号", "病案号", "住院号", "病历号", "住院病案号"]))
    sp = seps_zh()
    bed = r.P(f"{rng.randint(1, 48)}床")
    vd = r.P(vdate_zh(v, pick([0, 1])) + " " + hhmm())
    agep = r.P(f"{age_at(b, v)}岁")
    rz = r.zn()
    rel = pick(["儿子", "女儿", "配偶", "儿媳", "女婿", "孙女"])
    extra = shuffled(
        [
            lambda: f"出生日期{sp}{r.dob_zh(b, pick([0, 1, 5, 6, 9, 10]))}",
            lambda: f"身份证号{sp}{r.id18(b)}",
            lambda: f"{pick(['现住址', '家庭住址', '户籍地址'])}{sp}{r.addr_cn()}",
            lambda: f"联系电话{sp}{r.mob_cn()}",
            lambda: f"联系人{sp}{r.N(rz) if chance(0.5) else ''}（{rel}） {r.mob_cn()}",
            lambda: f"职业{sp}{pick(['退休', '农民', '教师', '个体', '工人', '司机'])}",
        ]
    )[: rng.randint(3, 6)]
    head = [
        f"姓名{sp}{r.mN(p)}",
        f"性别{sp}{sex}",
        f"年龄{sp}{agep}",
        f"{lab}{sp}{mrn}",
        f"科别{sp}{r.P(dept)}  床号{sp}{bed}",
        f"入院时间{sp}{vd}",
    ]
    rec = J(
        "入 院 记 录",
        *head,
        *[f() for f in extra],
        f"主诉：{comp}。",
        f"初步诊断：{dx}（{r.P(icd)}）",
        f"入院查体：BP {r.P(bp())}，HR {rng.randint(58, 118)}次/分。",
    )
    ask = pick(
        [
            "帮我把下面的入院记录整理成交班用的三句话摘要：",
            "下面是入院记录首页，请提取关键信息：",
            "请把这份入院记录改写成结构化的要点：",
        ]
    )
    reply = J(
        "摘要如下：",
        f"1. {sex}性，{agep}，因“{comp}”于{vd}收入{dept}{bed}。",
        f"2. 初步诊断：{dx}（{icd}）。",
        "3. 入院后完善血常规、生化、心电图等检查，注意监测生命体征。",
    )
    return dict(style="emr_header", source="emr_excerpt", turns=[ask + "\n" + rec, reply])


@tpl("zh")
def zh_outpatient(r):
    v = r.visit()
    dept, hosp = C.deptzh(), pick(HOSP_ZH)
    dx, icd = C.dxzh()
    drug, dose, freq = C.drugzh()
    wk = rng.randint(1, 4)
    l1, m1 = r.mrn_zh(pick(["门诊号", "就诊卡号", "ID号", "病人ID"]))
    l2, m2 = r.mrn_zh(pick(["医保卡号", "HIS号", "登记号"]))
    doc = r.zn()
    dsig = pick([lambda: r.N(doc), lambda: r.N(doc) + "（副主任医师）", lambda: r.N(doc) + " 主治医师"])()
    sp = seps_zh()
    rec = J(
        f"{r.P(hosp)} 门诊病历",
        f"科室：{r.P(dept)}　　就诊时间：{r.P(vdate_zh(v))} {hhmm()}",
        f"{l1}{sp}{m1}　{l2}{sp}{m2}",
        f"身份证号{sp}{r.id18()}" if chance(0.4) else None,
        f"主诉：{C.cczh()}。",
        f"既往史：高血压病史{rng.randint(2, 20)}年，血压最高{r.P(bp())}。",
        f"辅助检查：{r.P(pick(labs_zh()))}，{r.P(pick(labs_zh()))}。",
        f"诊断：{dx}（{r.P(icd)}）",
        f"处理：{r.P(drug)} {r.P(dose)} {freq}，{wk}周后复诊。",
        f"医师签名：{dsig}",
    )
    ask = pick(
        [
            "这是我今天的门诊病历，医生开的药应该怎么吃？",
            "帮我看看这份门诊病历，诊断是什么意思？",
            "我妈刚看完门诊，病历拍照转成文字了，帮我解释一下：",
        ]
    )
    reply = J(
        f"病历中的诊断是“{dx}”，对应的ICD-10编码为{icd}。",
        f"医生开的是{drug}，每次{dose}，{freq}。请按时服用，不要自行停药或加量。",
        f"{wk}周后带上病历本复诊，如出现胸痛、呼吸困难等情况请及时就诊或拨打{r.P('120')}。",
    )
    return dict(style="outpatient_note", source="emr_excerpt", turns=[ask + "\n\n" + rec, reply])


@tpl("zh")
def zh_family_chat(r):
    b = r.birth(1938, 1960)
    v = r.visit()
    hosp, dept = pick(HOSP_ZH), pick(["心内科", "心血管内科", "胸痛中心"])
    bed = r.P(f"{rng.randint(1, 60)}床")
    lab, mrn = r.mrn_zh(pick(["住院号", "住院号", "病历号", "ID号"]))
    dad = r.zn(sex="F")  # the patient's wife (the user's mother)
    me = r.zn()
    age = age_at(b, v)
    drug, dose, freq = DRUG_ZH[0]
    dobs = pick(
        [
            lambda: f"他是{r.dob_zh(b, 0)}出生的",
            lambda: f"他生日是{r.dob_zh(b, 3)}",
            lambda: f"出生日期写的{r.dob_zh(b, 5)}",
            lambda: f"他{r.dob_zh(b, 9)}生",
        ]
    )()
    u1 = (
        f"我爸{pick(['昨天', '今天上午', '前天'])}住进{r.P(hosp)}{r.P(dept)}了，{bed}，{lab}{pick(['是', '：', ' '])}{mrn}，"
        f"护士说明天要做冠脉造影，需要注意什么？"
    )
    a1 = J(
        "冠脉造影前一般需要注意：",
        "1. 术前4-6小时禁食，可少量饮水服药；",
        "2. 告知医生过敏史，尤其是碘造影剂过敏；",
        "3. 术后穿刺侧肢体制动，多饮水促进造影剂排出。",
    )
    u2 = f"{dobs}，今年{r.P(f'{age}岁')}，有糖尿病，一直吃{r.P(drug)} {r.P(dose)}，要停吗？"
    a2 = (
        f"使用含碘造影剂前后，{drug}通常需要暂停48小时，具体以主管医生医嘱为准；"
        f"血糖可暂时改用胰岛素控制，并复查肾功能。"
    )
    if not chance(0.7):
        return dict(style="family_chat", source="chat", turns=[u1, a1, u2, a2])
    ph1, ph2 = r.mob_cn(), r.mob_cn()
    u3 = pick(
        [
            lambda: f"护士让我在床头卡写家属电话，我写的是{ph1}（{r.N(me)}），还有我妈{r.N(dad)}的{ph2}，这样可以吗？",
            lambda: f"护士让我在床头卡写家属电话，我写的是{ph1}（儿子），还有我妈的{ph2}，这样可以吗？",
            lambda: f"另外他身份证号是{r.id18(b)}，手术同意书上要写吗？我电话{ph1}，我妈{ph2}。",
        ]
    )()
    a3 = "可以，建议至少留两个能随时接通的号码，并注明与患者的关系。手术当天请保持手机畅通。"
    turns = [u1, a1, u2, a2] + [u3, a3]
    return dict(style="family_chat", source="chat", turns=turns)


@tpl("zh")
def zh_referral(r):
    p = r.zn()
    b, v = r.birth(1936, 1970), r.visit()
    dx, icd = C.dxzh()
    p_, c_, co = pick(COUNTY)
    lab, mrn = r.mrn_zh(pick(["病案号", "住院号", "门诊号"]))
    idf = pick([lambda: r.id15(b), lambda: r.id18(b)])()
    doc = r.zsur()
    rec = J(
        "双向转诊单（转出）",
        f"患者姓名：{r.mN(p)}　性别：{pick('男女')}　年龄：{r.P(f'{age_at(b, v)}岁')}",
        f"身份证号：{idf}　　{lab}：{mrn}",
        f"家庭住址：{r.addr_cn(pick([6, 7, 6]), county=(p_, c_, co))}",
        f"联系电话：{r.land_cn()}",
        f"转出单位：{r.P(co + '人民医院')} {C.deptzh()}",
        f"转入单位：{r.P(pick(HOSP_ZH))}",
        f"初步诊断：{dx}（{r.P(icd)}）",
        f"转诊原因：病情复杂，需进一步检查治疗。已予{r.P(C.drugzh()[0])}对症处理。",
        f"转诊医生：{r.Ns(doc)}医生　　转诊日期：{r.P(vdate_zh(v))}",
    )
    ask = pick(["请把这张转诊单改写成给上级医院的简短交接说明。", "帮我把下面的转诊单要点列出来，方便上级医院接诊："])
    reply = J(
        f"交接说明：患者因{dx}（{icd}）由{co}人民医院转入，转诊原因为病情复杂需进一步诊治。",
        "建议接诊科室：核对既往用药及过敏史，尽快完善相关检查。",
    )
    return dict(style="referral_form", source="referral_letter", turns=[ask + "\n" + rec, reply])


@tpl("zh")
def zh_insurance_form(r):
    p = r.zn()
    b, v = r.birth(1950, 1998), r.visit()
    dx, icd = C.dxzh()
    days = rng.randint(3, 21)
    amount = f"{rng.randint(3000, 98000)}.{D(2)}"
    inv = pick([f"发票号{D(8)}", f"发票号码：{D(8)}"])
    _, mcard = r.mrn_zh("医保卡号")
    lines = [
        f"被保险人：{r.mN(p)}　　证件类型：居民身份证",
        f"证件号码：{r.id18(b, fmt=pick([0, 0, 1]))}",
        f"出生日期：{r.dob_zh(b, pick([0, 5, 9, 7]))}　　医保卡号：{mcard}",
        f"{pick(['联系地址', '通讯地址', '住址'])}：{r.addr_cn(pick([0, 1, 2, 3, 8]))}",
        f"邮编：{r.S('ADDRESS', D(6, True))}",
        f"手机：{r.mob_cn()}　　电子邮箱：{r.email(cn=True)}",
        f"出险经过：{r.P(vdate_zh(v))}因{dx}于{r.P(pick(HOSP_ZH))}住院治疗{r.P(f'{days}天')}，{r.P(inv)}，总费用{r.P(amount)}元。",
    ]
    ask = pick(["帮我检查一下这份理赔申请书有没有漏填的：", "这是我填好的商业保险理赔申请，看看格式对不对："])
    reply = J(
        "整体信息比较完整，建议补充：",
        "1. 收款银行账户及开户行；",
        "2. 被保险人签名及日期；",
        "3. 附上出院小结、费用清单和发票原件。",
    )
    return dict(
        style="insurance_form", source="insurance_form", turns=[ask + "\n" + J("商业医疗保险理赔申请书", *lines), reply]
    )


@tpl("zh")
def zh_voice(r):
    p = r.zn()
    b, v = r.birth(1945, 1985), r.visit()
    lab, mrn = r.mrn_zh(pick(["门诊号", "病历号", "就诊卡号", "住院号"]))
    exam = pick(["胃镜", "肠镜", "核磁共振", "CT", "甲状腺彩超"])
    bits = [
        f"喂你好我想咨询一下{'我叫' + r.N(p) if chance(0.7) else ''}今年{r.P(str(age_at(b, v)) + '岁')}",
        f"我的{lab}是{mrn}",
        f"我是{r.dob_zh(b, pick([4, 13, 14, 0]))}出生的",
        f"身份证号{r.id18(b)}" if chance(0.6) else None,
        f"上个月在你们那做的{r.P(exam)}报告还没拿到能不能寄到我家",
        f"地址是{r.addr_cn(pick([0, 1, 3, 6, 8]))}",
        f"电话{r.mob_cn(pick([0, 0, 9]))}就这个号",
    ]
    text = "".join(x for x in bits if x)
    ask = "下面是一段客服电话的语音转写，请整理成工单：\n" + text
    reply = J(
        "工单：",
        f"事由：患者申请邮寄{exam}检查报告。",
        "处理：核实身份后由病案室安排邮寄，预计3-5个工作日送达。",
        "备注：邮寄需本人身份证复印件及签字授权。",
    )
    return dict(style="voice_transcript", source="voice_transcript", turns=[ask, reply])


@tpl("zh")
def zh_table_exam(r):
    n = rng.randint(2, 4)
    rows = []
    exams = ["胸部CT平扫", "头颅MRI", "腹部彩超", "冠脉CTA", "腰椎MRI", "双肺低剂量CT"]
    lab1 = pick(["登记号", "病历号", "ID号", "HIS号"])
    lab2 = pick(["影像号", "检查号"])
    with_name, with_id = chance(0.35), chance(0.45)
    for _ in range(n):
        p = r.zn()
        b, v = r.birth(1940, 2005), r.visit()
        _, m1 = r.mrn_zh(lab1)
        _, m2 = r.mrn_zh(lab2)
        cells = (
            [m1]
            + ([r.N(p)] if with_name else [])
            + [pick("男女"), r.dob_zh(b, pick([5, 1, 6]))]
            + ([r.id18(b)] if with_id else [])
            + [r.P(pick(exams)), m2, r.P(vdate_zh(v, 1)), r.P(str(rng.randint(1, 45)) + "床")]
        )
        rows.append("| " + " | ".join(cells) + " |")
    hdr = (
        [lab1]
        + (["姓名"] if with_name else [])
        + ["性别", "出生日期"]
        + (["身份证号"] if with_id else [])
        + ["检查项目", lab2, "检查日期", "床号"]
    )
    tab = J("| " + " | ".join(hdr) + " |", "|" + "---|" * len(hdr), *rows)
    ask = pick(["把这个检查预约表按检查日期排序，并告诉我一共几位病人：", "下面的表格里哪些检查需要空腹？"])
    reply = J(f"共{n}位患者。", "其中腹部彩超需空腹8小时；冠脉CTA检查前需评估肾功能并控制心率；其余检查无需空腹。")
    return dict(style="pipe_table", source="worklist", turns=[ask + "\n" + tab, reply])


@tpl("zh")
def zh_wechat(r):
    b = r.birth(1960, 1995)
    doc = r.zsur()
    ph = r.mob_cn(pick([0, 1, 2]))
    u1 = pick(
        [
            lambda: (
                f"{r.Ns(doc)}医生您好，我是上周{pick(['做甲状腺手术', '做胆囊切除', '来看糖尿病'])}的病人，加您微信了，我的微信号就是手机号{ph}"
            ),
            lambda: f"您好{r.Ns(doc)}主任，我微信号是{ph}（手机同号），通过一下好友呗",
        ]
    )()
    a1 = "您好，已经收到。术后恢复期间如有伤口红肿、发热超过38.5℃等情况请及时就诊。"
    dob = r.dob_zh(b, pick([3, 0, 8, 14]))
    lab, mrn = r.mrn_zh(pick(["住院号", "病案号", "门诊号"]))
    u2 = f"好的。对了办{pick(['住院登记', '建档'])}的时候生日填错了，应该是{dob}，能改吗？我的{lab}是{mrn}"
    a2 = "出生日期更正需要本人携带身份证到住院处或病案室办理，工作时间为周一至周五 8:00-17:00。"
    r.P("8:00-17:00")
    turns = [u1, a1, u2, a2]
    if chance(0.6):
        turns += [
            f"那我明天{r.P(pick(['上午10点', '下午3点', '中午']))}过去，谢谢{r.Ns(doc)}医生！",
            "不客气，祝早日康复。",
        ]
    return dict(style="wechat_chat", source="chat", turns=turns)


@tpl("zh")
def zh_hk_form(r):
    p = zn_from(r, HK_NAMES)
    b, v = r.birth(1940, 2000), r.visit()
    hn = r.num("MRN", pick(["HN" + D(8), "HN" + D(8) + pick("0123456789X"), D(8)]))
    ek = zn_from(r, HK_NAMES)
    eng = f"{p.sur_py} {p.given_py}"
    nm = f"{r.N(p)}（{r.S('NAME', eng, [p.given_py, p.sur_py])}）" if chance(0.5) else r.N(p)
    lines = [
        f"病人姓名：{nm}",
        f"香港身份證號碼：{r.hkid()}",
        f"出生日期：{r.dob_en(b, 0) if chance(0.7) else r.dob_zh(b, 0)}",
        f"{pick(['醫院編號', '病歷編號', '病人編號'])}：{hn}",
        f"住址：{r.addr_hk()}",
        f"聯絡電話：{r.ph_hk(pick([0, 1, 3]))}",
        f"緊急聯絡人：{r.N(ek) if chance(0.5) else '家屬'}（{pick(['女兒', '丈夫', '妻子', '兒子'])}） {r.ph_hk(pick([0, 2]))}",
        f"入院日期：{r.P(vdate_zh(v, 0))}　　病房：{r.P(pick(['7B', '10A', '5C', 'E8']) + '病房')}",
    ]
    ask = pick(["幫我把這份入院登記表翻譯成英文：", "請核對以下入院登記資料格式是否正確："])
    reply = J(
        "已核對：身份證號碼格式正確（英文字母、六位數字及括號內校驗碼）。",
        "建議補充：藥物過敏史、慣用語言及是否需要傳譯服務。",
    )
    return dict(style="hk_admission_form", source="form", turns=[ask + "\n" + J(*lines), reply])


@tpl("zh")
def zh_tw_note(r):
    p = zn_from(r, TW_NAMES)
    b, v = r.birth(1945, 2000), r.visit()
    roc = f"民國{b[0] - 1911}年{b[1]}月{b[2]}日" if chance(0.6) else f"{b[0] - 1911:03d}/{b[1]:02d}/{b[2]:02d}"
    r.S("DOB", roc)
    chart = r.num("MRN", D(7, True) if chance(0.5) else D(10))
    nhi = r.num("MRN", pick([D(12), f"{D(4)} {D(4)} {D(4)}"]))
    dx, icd = C.dxzh()
    lines = [
        f"病歷號碼：{chart}　姓名：{r.mN(p)}　性別：{pick('男女')}",
        f"身分證字號：{r.twid()}　生日：{roc}",
        f"健保卡號：{nhi}" if chance(0.7) else None,
        f"地址：{r.addr_tw()}",
        f"手機：{r.ph_tw(pick([0, 1, 4]))}",
        f"門診日期：{r.P(f'{v[0] - 1911}/{v[1]:02d}/{v[2]:02d}')}　診斷：{dx}（{r.P(icd)}）",
        f"處方：{r.P(C.drugzh()[0])} 每日{pick(['一', '兩', '三'])}次，共{r.P(str(rng.choice([7, 14, 28])) + '天')}",
    ]
    ask = pick(["請把這段門診紀錄整理成英文摘要給國外的醫生：", "幫我看這份病歷，處方要吃多久？"])
    en_dx = C.dxen()[0]
    reply = J(
        f"Summary: outpatient visit for {en_dx} (ICD-10 {icd}); medication as prescribed.",
        "建議回診時攜帶健保卡及目前用藥清單。",
    )
    return dict(style="tw_outpatient", source="emr_excerpt", turns=[ask + "\n" + J(*lines), reply])


@tpl("zh")
def zh_discharge(r):
    p = r.zn()
    b, v = r.birth(1936, 1985), r.visit()
    v2 = (v[0], v[1], min(28, v[2] + rng.randint(0, 10)))
    dx, icd = C.dxzh()
    lab, mrn = r.mrn_zh(pick(["住院号", "住院号", "病案号"]))
    d1, d2 = r.zn(), r.zn()
    chief = r.zn()
    drugs = [C.drugzh()] + [x for x in rng.sample(DRUG_ZH, 2) if x[0] != C.drugzh()[0]][:1]
    sig = pick(
        [
            lambda: f"主治医师：{r.N(d1)}",
            lambda: f"上级医师：{r.N(chief)}主任",
            lambda: f"医师签名：{r.N(d2)}/{r.N(d1)}",
            lambda: f"经治医师：{r.Ns(r.zsur())}医生",
            lambda: "（电子签名）",
        ]
    )()
    rec = J(
        "出 院 小 结",
        f"姓名：{r.mN(p)}　{lab}：{mrn}　年龄：{r.P(str(age_at(b, v)) + '岁')}",
        f"身份证号：{r.id18(b)}" if chance(0.3) else None,
        f"联系电话：{pick([r.mob_cn, r.land_cn])()}" if chance(0.5) else None,
        f"入院日期：{r.P(vdate_zh(v, 1))}　出院日期：{r.P(vdate_zh(v2, 1))}",
        f"出院诊断：{dx}（{r.P(icd)}）",
        f"诊疗经过：入院后予{drugs[0][0]}等治疗，复查{r.P(pick(labs_zh()))}，病情好转。",
        f"出院带药：{r.P(drugs[0][0])} {drugs[0][1]} {drugs[0][2]}；{r.P(drugs[1][0])} {drugs[1][1]} {drugs[1][2]}。",
        f"出院医嘱：低盐低脂饮食，{r.P(str(rng.randint(1, 4)) + '周')}后门诊复诊，预约挂号请拨打{r.P('12320')}。",
        sig,
    )
    ask = pick(["请用通俗的话给家属解释这份出院小结：", "帮我把出院小结里的用药整理成一张服药时间表："])
    reply = J(
        f"出院诊断是{dx}。回家后需要按时服用：{drugs[0][0]}（{drugs[0][1]}，{drugs[0][2]}）和{drugs[1][0]}（{drugs[1][1]}，{drugs[1][2]}）。",
        "饮食注意少盐少油，按时复诊；如有不适可拨打12320预约或直接就诊。",
    )
    return dict(style="discharge_summary", source="discharge_summary", turns=[ask + "\n" + rec, reply])


@tpl("zh")
def zh_handover(r):
    pts = []
    for _ in range(rng.randint(2, 3)):
        C.new()
        p = r.zn()
        bed = r.P(f"{rng.choice([x for x in range(1, 51) if f'{x}床' not in r.protect])}床")
        lab, mrn = r.mrn_zh(pick(["登记号", "住院号", "ID号"]))
        dx, icd = C.dxzh()
        who = r.N(p) if chance(0.4) else pick(["患者", "", "病人"])
        pts.append(
            f"{bed}{who}，{pick('男女')}，{r.P(str(rng.randint(35, 92)) + '岁')}，{lab}{mrn}，{dx}，"
            f"{pick([lambda: '今日BP ' + r.P(bp()), lambda: '体温' + r.P(str(rng.randint(365, 392) / 10) + '℃'), lambda: '夜间入睡可'])()}，"
            f"{pick(['明晨空腹抽血', '继续心电监护', '注意出入量', '预防跌倒'])}。"
        )
    n1, n2 = r.zsur(), r.zsur()
    nurse = r.zn()
    head = pick(
        [
            lambda: f"交班护士：{r.N(nurse)}",
            lambda: f"夜班{r.Ns(n1)}护士交{r.Ns(n2)}护士",
            lambda: f"{r.Ns(n1)}老师交班",
            lambda: "夜班交白班",
            lambda: f"接班护士：小{r.Ns(n1)}",
        ]
    )()
    rec = J(f"护理交班记录　{r.P(pick(['22:00', '08:00', '16:00']))}", head, *pts)
    ask = pick(["把下面的交班记录整理成表格：", "帮我检查这段交班记录有没有遗漏的重点："])
    reply = "已整理：共%d位重点患者，均已写明床号、诊断及观察重点。建议补充各患者的过敏史和跌倒风险评分。" % len(pts)
    return dict(style="nursing_handover", source="nursing_note", turns=[ask + "\n" + rec, reply])


@tpl("zh")
def zh_followup_call(r):
    p = r.zn()
    v = r.visit()
    nurse = r.zn()
    dx, icd = C.dxzh()
    lab, mrn = r.mrn_zh(pick(["病案号", "住院号", "档案号"]))
    work = r.land_cn(ext=True)
    rec = J(
        f"出院随访记录（第{pick(['一', '二', '三'])}次）",
        f"患者：{r.mN(p)}　{lab}：{mrn}",
        f"联系方式：手机 {r.mob_cn()}；单位电话 {work}",
        f"{pick(['现住址', '家庭住址'])}：{r.addr_cn()}" if chance(0.4) else None,
        f"随访时间：{r.P(vdate_zh(v))} {r.P(hhmm())}　随访方式：电话",
        f"随访内容：出院后{r.P(str(rng.randint(3, 30)) + '天')}，自述{pick(['无胸闷胸痛', '血糖控制在7-9 mmol/L', '伤口愈合良好', '偶有头晕'])}，"
        f"复测血压{r.P(bp())}。",
        f"随访护士：{r.N(nurse)}" if chance(0.4) else f"随访人：{pick(['随访护士', '责任护士', '个案管理师'])}",
    )
    ask = pick(["这是一份随访记录，帮我判断是否需要提前复诊：", "请根据随访记录写一句给主管医生的反馈："])
    reply = "根据记录，目前情况基本平稳，可按原计划复诊；若血压持续高于160/100 mmHg或出现新发症状，建议提前就诊。"
    r.P("160/100 mmHg")
    return dict(style="followup_record", source="emr_excerpt", turns=[ask + "\n" + rec, reply])


@tpl("zh")
def zh_lab_report(r):
    p = r.zn()
    b, v = r.birth(1940, 2010), r.visit()
    lab, mrn = r.mrn_zh(pick(["病历号", "ID号", "门诊号", "住院号"]))
    spec = r.LN(specimen_zh())
    sender, checker = r.zn(), r.zn()
    vals = rng.sample(labs_zh(), 4)
    rec = J(
        f"{r.P(pick(HOSP_ZH))} 检验报告单",
        f"姓名：{r.mN(p)}　性别：{pick('男女')}　年龄：{r.P(str(age_at(b, v)) + '岁')}　{lab}：{mrn}"
        if chance(0.7)
        else f"性别：{pick('男女')}　年龄：{r.P(str(age_at(b, v)) + '岁')}　{lab}：{mrn}",
        "{}：{}".format(*r.mrn_zh(pick(["住院号", "就诊卡号", "登记号"]))) if chance(0.5) else None,
        f"{spec}　标本类型：{pick(['血清', '全血', '尿液'])}　床号：{r.P(str(rng.randint(1, 40)) + '床')}",
        *[r.P(x) for x in vals],
        f"送检医生：{r.N(sender) if chance(0.4) else C.deptzh()}　检验者：{r.N(checker) if chance(0.4) else '（电子签名）'}　"
        f"报告时间：{r.P(vdate_zh(v, 1) + ' ' + hhmm())}",
    )
    ask = pick(["帮我解读一下这张化验单：", "这些指标哪个不正常？"])
    reply = J(
        "逐项解读：",
        *[f"- {x}：请结合参考范围判断，必要时复查。" for x in vals[:2]],
        "整体建议携带报告到门诊由医生结合病情解读。",
    )
    return dict(style="lab_report", source="lab_report", turns=[ask + "\n" + rec, reply])


@tpl("zh")
def zh_maternal(r):
    p, hus = r.zn(sex="F"), r.zn(sex="M")
    b, v = r.birth(1985, 2001), r.visit()
    wk = r.P(f"孕{rng.randint(12, 39)}+{rng.randint(0, 6)}周")
    lab, mrn = r.mrn_zh(pick(["档案号", "登记号", "门诊号"]))
    lmp = r.P(vdate_zh((v[0] - 1 if v[1] < 8 else v[0], (v[1] + 4) % 12 + 1, rng.randint(1, 28)), 1))
    rec = J(
        "孕产妇保健手册（建档信息）",
        f"孕妇姓名：{r.mN(p)}　出生日期：{r.dob_zh(b, pick([0, 5, 1, 9]))}　{lab}：{mrn}",
        f"身份证号：{r.id18(b)}" if chance(0.6) else None,
        f"丈夫姓名：{r.N(hus)}　电话：{r.mob_cn()}" if chance(0.5) else f"丈夫电话：{r.mob_cn()}",
        f"户籍地址：{r.addr_cn(pick([6, 7, 4, 5]))}",
        f"现住址：{r.addr_cn(pick([0, 1, 2, 8]))}",
        f"末次月经：{lmp}　当前孕周：{wk}　孕次/产次：{r.P('G' + str(rng.randint(1, 3)) + 'P' + str(rng.randint(0, 1)))}",
    )
    ask = pick(["帮我看看建档信息还缺什么？", "产检建档信息如下，下一次产检应该做什么？"])
    reply = (
        f"当前{wk}，下次产检建议按孕周完成相应项目（如糖耐量试验、胎儿系统超声等）。建档信息中建议补充血型及过敏史。"
    )
    return dict(style="maternal_record", source="form", turns=[ask + "\n" + rec, reply])


@tpl("zh")
def zh_pediatric(r):
    kid = r.zn()
    mrel = pick(["妈妈", "爸爸", "奶奶", "外婆"])
    mom = r.zn(sex="M" if mrel == "爸爸" else "F")
    b, _ = r.birth(2016, 2023), r.visit()
    lab, mrn = r.mrn_zh(pick(["就诊卡号", "门诊号", "病人ID"]))
    wt = r.P(f"体重 {rng.randint(8, 35)}.{rng.randint(0, 9)} kg")
    temp = r.P(f"{rng.randint(375, 401) / 10}℃")
    kid_id = f"（身份证号{r.id18(b)}）" if chance(0.35) else ""
    u1 = (
        f"孩子{r.N(kid)}{kid_id}，{r.dob_zh(b, pick([0, 5, 9, 14]))}出生，发烧{temp}两天了，{wt}，"
        f"在{r.P(pick(HOSP_ZH))}看过，{lab}是{mrn}，医生开了布洛芬混悬液，一次吃多少？"
    )
    a1 = "布洛芬混悬液一般按5-10 mg/kg每次给药，两次间隔至少6小时，24小时不超过4次。具体剂量请按说明书或医嘱。"
    r.P("5-10 mg/kg")
    u2 = f"我是孩子{mrel}{r.N(mom) if chance(0.5) else ''}，电话{r.mob_cn(pick([3, 4, 5, 6, 7]))}，医生说有情况回访，需要留别的吗？"
    a2 = "一般留监护人电话即可。如孩子出现持续高热不退、精神差、抽搐等，请立即就医或拨打120。"
    r.P("120")
    return dict(style="parent_chat", source="chat", turns=[u1, a1, u2, a2])


@tpl("zh")
def zh_passport(r):
    p = r.zn(py_safe=True)
    b, v = r.birth(1960, 2000), r.visit()
    lab, mrn = r.mrn_zh(pick(["病历号", "ID号", "门诊号"]))
    kind = pick(["cn", "hkmo"])
    lines = [
        "国际医疗部就诊登记",
        f"姓名：{r.N(p)}　拼音：{r.Npy(p, 'SG')}",
        f"{'护照号' if kind == 'cn' else '港澳通行证号'}：{r.passport(kind)}",
        f"出生日期：{r.dob_zh(b, pick([0, 5, 1]))}",
        f"{lab}：{mrn}",
        f"邮箱：{r.email(base=p.sur_py.lower() + '.' + p.given_py.lower().replace(chr(39), ''), cn=False)}",
        f"境内联系电话：{r.mob_cn(pick([3, 4, 5]))}",
        f"就诊日期：{r.P(vdate_zh(v))}　科室：{r.P(C.deptzh())}",
    ]
    ask = pick(["帮我把这份登记信息翻译成英文，保险公司要：", "请检查这份国际医疗部登记表填写是否规范："])
    reply = "已检查：证件号、出生日期和联系方式格式规范。建议补充紧急联系人及保险公司名称、保单号。"
    return dict(style="intl_registration", source="form", turns=[ask + "\n" + J(*lines), reply])


@tpl("zh")
def zh_complaint(r):
    p = r.zn()
    v = r.visit()
    doc = r.zsur()
    lab, mrn = r.mrn_zh(pick(["HIS号", "就诊卡号", "门诊号"]))
    addr = r.addr_cn(pick([5, 4, 2, 3]))
    ph = pick([lambda: r.mob_cn(5), lambda: r.mob_cn(3), lambda: r.land_cn()])()
    idt = f"，身份证号{r.id18()}" if chance(0.3) else ""
    text = (
        f"尊敬的院领导：\n我是患者{r.mN(p)}（{lab}：{mrn}{idt}），于{r.P(vdate_zh(v))}在贵院{r.P(C.deptzh())}就诊，"
        f"等候{r.P(str(rng.randint(2, 5)) + '小时')}后，接诊的{r.Ns(doc)}医生仅问诊{r.P(str(rng.randint(2, 5)) + '分钟')}即开具检查，"
        f"未解释检查目的。希望医院改进服务流程。\n联系地址：{addr}\n联系电话：{ph}"
    )
    ask = pick(["帮我把这封投诉信改得更有条理、语气更平和：", "这封投诉信这样写可以吗？"])
    reply = J(
        "修改建议：",
        "1. 开头说明就诊时间和科室；",
        "2. 客观描述经过，避免情绪化表述；",
        "3. 提出具体诉求，例如希望得到检查目的的解释。也可拨打12345市民热线反映。",
    )
    r.P("12345")
    return dict(style="complaint_letter", source="letter", turns=[ask + "\n\n" + text, reply])


@tpl("zh")
def zh_med_consult(r):
    _, mc = r.mrn_zh("医保卡号")
    ph = r.zsur()
    drug, dose, freq = C.drugzh()
    rx = r.LN(pick([f"处方号{D(10)}", f"处方编号 RX{D(8)}"]))
    u1 = f"昨天开的{r.P(drug)}，{rx}，药房说医保卡{pick(['', '号'])}{mc}这个月额度用完了，还能报销吗？"
    a1 = "门诊慢特病的报销额度按年度或月度计算，超出部分一般需要自费，可咨询医保窗口或拨打12393医保服务热线。"
    r.P("12393")
    u2 = f"{r.Ns(ph)}药师说这个药{r.P(dose)} {freq}吃，和我以前的一样吗？"
    a2 = f"{drug}{dose}，{freq}是常见用法。请对照药盒上的规格，注意不要重复服用同类药物。"
    turns = [u1, a1, u2, a2]
    if chance(0.5):
        turns += [
            f"药房说缺货，可以到货后短信通知，我留了手机{r.mob_cn()}，{pick(['要多久', '一般几天到'])}？",
            "缺货药品一般3-7个工作日到货，到货后药房会短信通知，请凭处方和医保卡取药。",
        ]
    return dict(style="pharmacy_chat", source="chat", turns=turns)


@tpl("zh")
def zh_elderly_archive(r):
    p, son = r.zn(), r.zn()
    b = r.birth(1932, 1955)
    lab, mrn = r.mrn_zh("档案号")
    lunar = r.dob_zh(b, pick([11, 12]))
    rec = J(
        "居民健康档案（65岁及以上老年人）",
        f"{lab}：{mrn}",
        f"姓名：{r.mN(p)}　性别：{pick('男女')}",
        f"出生日期：{r.dob_zh(b, pick([0, 5]))}（{lunar}）" if chance(0.5) else f"生日：{lunar}",
        f"身份证号：{pick([lambda: r.id18(b), lambda: r.id15(b)])()}",
        f"住址：{r.addr_cn(pick([6, 7]))}",
        f"紧急联系人：{r.N(son) if chance(0.5) else ''}（{pick(['儿子', '女儿', '侄子'])}）{r.mob_cn()}",
        f"慢病情况：{pick(['高血压', '2型糖尿病', '冠心病'])}，血压{r.P(bp())}，{r.P(pick(labs_zh()))}",
        f"本年度体检日期：{r.P(vdate_zh(r.visit()))}",
    )
    ask = pick(["帮我把这份健康档案的慢病管理部分写成随访提纲：", "村医录入的健康档案，帮我查下错别字和格式："])
    reply = "随访提纲：1. 每月测量血压并记录；2. 每季度复查血糖和血脂；3. 评估用药依从性和跌倒风险。"
    return dict(style="health_archive", source="form", turns=[ask + "\n" + rec, reply])


@tpl("zh")
def zh_mrn_tail(r):
    b, v = r.birth(1950, 1995), r.visit()
    tail = r.num("MRN", D(4))
    lab2, m2 = r.mrn_zh(pick(["门诊号", "就诊卡号", "医保卡号"]))
    ym = r.P(f"{b[0]}年{b[1]}月")
    u1 = pick(
        [
            lambda: f"我想查{r.P(str(v[0]) + '年')}的住院病历，住院号记不全了，只记得后四位是{tail}，能查到吗？",
            lambda: f"病案号我只记得尾号{tail}，前面几位忘了，复印病历能用吗？",
        ]
    )()
    a1 = "仅凭尾号一般无法直接调取，病案室会结合姓名、身份证号和住院日期核实身份。"
    u2 = f"我是{ym}生的，今年{r.P(str(age_at(b, v)) + '岁')}，{lab2}是{m2}，这个能用来查吗？"
    a2 = f"{lab2}可以辅助查询，建议携带身份证原件到病案室窗口办理，工作日 8:00-11:30、13:30-17:00。"
    r.P("8:00-11:30")
    r.P("13:30-17:00")
    return dict(style="records_chat", source="chat", turns=[u1, a1, u2, a2])


@tpl("zh")
def zh_transfer(r):
    p = r.zn()
    b, v = r.birth(1940, 1990), r.visit()
    mrn = r.num("MRN", pick([f"{D(3, True)} {D(4)}", f"{D(4)} {D(4)}", f"{D(2, True)}-{D(6)}"]))
    d1, d2 = r.zsur(), r.zn()
    dx, icd = C.dxzh()
    w1, w2 = r.P(f"{C.deptzh()}{rng.randint(1, 9)}病区{rng.randint(1, 40)}床"), r.P(f"ICU {rng.randint(1, 20)}床")
    rec = J(
        f"转科记录　住院号 {mrn}",
        f"患者{r.mN(p)}，{r.P(str(age_at(b, v)) + '岁')}，因{dx}（{r.P(icd)}）于{r.P(vdate_zh(v))}入院，现由{w1}转至{w2}。",
        f"转科原因：{pick(['血氧饱和度下降至85%', '血压下降至78/45 mmHg', '意识障碍加重'])}，需进一步监护治疗。",
        pick(
            [
                lambda: f"转出医师：{r.Ns(d1)}医生　接收医师：{r.N(d2)}",
                lambda: f"转出医师：{r.Ns(d1)}医生",
                lambda: f"接收医师：{r.N(d2)}",
                lambda: "转出/接收医师已电话沟通",
            ]
        )(),
    )
    ask = pick(["帮我把转科记录精简成一句话：", "转科记录如下，请列出接收科室需要关注的问题："])
    reply = f"患者因{dx}病情变化，转入ICU进一步监护治疗，需重点关注生命体征、氧合及容量管理。"
    return dict(style="transfer_note", source="emr_excerpt", turns=[ask + "\n" + rec, reply])


@tpl("zh")
def zh_copy_request(r):
    p = r.zn()
    b, v = r.birth(1950, 1998), r.visit()
    lab, mrn = r.mrn_zh(pick(["病案号", "住院号"]))
    rec = J(
        "病历复印（邮寄）申请",
        f"申请人：{r.mN(p)}（本人）　身份证号：{r.id18(b)}",
        f"{lab}：{mrn}　住院时间：{r.P(vdate_zh(v, 0))}",
        f"复印内容：{r.P('出院记录、手术记录、病理报告')}，共{r.P('3份')}",
        f"收件地址：{r.addr_cn(pick([3, 0, 1]))}",
        f"收件电话：{r.mob_cn()}　电子邮箱：{r.email()}",
    )
    ask = "这是病历复印申请，帮我写一段申请说明（用于商业保险理赔）："
    reply = "申请说明：本人因办理商业保险理赔，需复印住院期间的出院记录、手术记录及病理报告各一份，恳请病案室予以办理并邮寄。"
    return dict(style="records_request", source="form", turns=[ask + "\n" + rec, reply])


@tpl("zh")
def zh_sms(r):
    p = r.zn(two=True)
    v = r.visit()
    exam = pick(["增强CT", "胃肠镜", "心脏彩超", "核磁共振", "骨密度"])
    _, m1 = r.mrn_zh(pick(["检查号", "影像号", "登记号"]))
    _, m2 = r.mrn_zh(pick(["就诊卡号", "门诊号"]))
    t = r.P(pick(["08:30", "09:15", "14:00", "15:40"]))
    nm = pick([lambda: r.N(p), lambda: r.N(p), lambda: "尊敬的患者", lambda: "患者"])()
    sms = (
        f"【{r.P(pick(HOSP_ZH))}】{nm}您好，您预约的{exam}（{pick(['检查号', '登记号', '预约号'])}{m1}）安排在"
        f"{r.P(vdate_zh(v, 0))} {t}，请携带就诊卡（卡号{m2}）提前30分钟到{r.P(pick(['门诊楼3楼', '医技楼B1', '2号楼4层']))}签到。"
        f"咨询电话{r.P('12320')}。"
    )
    ask = pick(["收到这条短信，是真的吗？需要空腹吗？\n", "帮我看看这条预约短信要准备什么：\n"])
    reply = "这是医院常见的预约提醒格式。增强CT、胃肠镜等检查通常需要空腹，具体请以检查须知为准，也可拨打短信中的咨询电话核实。"
    return dict(style="sms_forward", source="sms", turns=[ask + sms, reply])


# ---------------------------------------------------------------- en, with PHI
def title_for(sex):
    return pick(["Mr"]) if sex == "M" else pick(["Mrs", "Ms", "Miss"])


def he(sex):
    return "he" if sex == "M" else "she"


@tpl("en")
def en_gp_letter(r):
    sex = pick("MF")
    p, gp, cons = r.en(sex), r.en(), r.en()
    b, v = r.birth(1940, 1995), r.visit()
    dx, icd = C.dxen()
    drug, dose, freq = C.drugen()
    lab, hn = r.mrn_en(pick(["Hosp No.", "Hospital number", "MRN"]))
    pname = r.mE(p, pick(["full", "full", "REV", "mid"]))
    re_ = pick(
        [
            lambda: (
                f"Re: {title_for(sex)} {pname}, DOB {r.dob_en(b, pick([0, 7, 9]))}, NHS No. {r.nhs(pick([0, 1]))}, {lab} {hn}"
            ),
            lambda: (
                f"RE: {pname}\nDOB: {r.dob_en(b, pick([0, 13, 7]))}   NHS number: {r.nhs(pick([0, 2]))}   {lab}: {hn}"
            ),
        ]
    )()
    addr = r.addr_uk()
    clinic = r.P(vdate_en(v, pick([0, 4])))
    letter = J(
        f"{r.P(pick(UK_HOSP))} - {r.P(C.depten().capitalize())} Outpatients",
        f"Clinic date: {clinic}",
        "",
        re_,
        f"{addr}",
        "",
        f"Dear Dr {r.E(gp, 'sur')}," if chance(0.4) else "Dear Colleague,",
        f"I reviewed this {r.P(str(age_at(b, v)) + '-year-old')} {'man' if sex == 'M' else 'woman'} with {C.ccen()}. "
        f"Blood pressure was {r.P(bp())} and {r.P(pick(labs_en()))}.",
        f"Diagnosis: {dx} ({r.P(icd)}).",
        f"Plan: start {r.P(drug)} {r.P(dose)} {freq}; repeat bloods in {r.P(str(rng.randint(2, 12)) + ' weeks')}. "
        f"Review in clinic in {rng.randint(2, 6)} months.",
        "",
        "Yours sincerely,",
        "",
        f"Dr {r.E(cons, pick(['full', 'init']))}" if chance(0.6) else "(dictated, not signed)",
        f"Consultant, {C.depten()}",
    )
    ask = pick(
        [
            "Can you summarise this clinic letter in plain English for the patient?",
            "Please turn this letter into three bullet points for the GP practice:",
        ]
    )
    reply = J(
        f"- Seen in clinic on {clinic}; diagnosis {dx} ({icd}).",
        f"- New medicine: {drug} {dose} {freq}.",
        "- Blood tests again in a few weeks, then a clinic review.",
    )
    return dict(style="clinic_letter_uk", source="referral_letter", turns=[ask + "\n\n" + letter, reply])


@tpl("en")
def en_us_hp(r):
    sex = pick("MF")
    p, att = r.en(sex), r.en()
    b, v = r.birth(1938, 2000), r.visit()
    dx, icd = C.dxen()
    lab, mrn = r.mrn_en(pick(["MRN", "MRN", "Acct", "Patient ID"]))
    sep = seps_en()
    age = r.P(f"{age_at(b, v)}-year-old")
    rec = J(
        "HISTORY AND PHYSICAL",
        f"Patient: {r.mE(p, pick(['REV', 'rev', 'full']))}    {lab}{sep}{mrn}    DOB: {r.dob_en(b, pick([1, 1, 6, 11]))}",
        f"SSN: {r.ssn(pick([0, 0, 1]))}" if chance(0.65) else None,
        f"Address: {r.addr_us()}" if chance(0.7) else None,
        f"Phone: {r.ph_us()}",
        f"Attending: {'Dr. ' + r.E(att, 'sur') if chance(0.4) else 'hospitalist team'}    Admit date: {r.P(vdate_en(v, 1))}",
        f"CC: {C.ccen()}",
        f"HPI: {age} {'male' if sex == 'M' else 'female'} with a history of hypertension presenting with {C.ccen()}.",
        f"Vitals: BP {r.P(bp())}, HR {rng.randint(55, 120)}, SpO2 {rng.randint(88, 99)}% RA.",
        f"Labs: {r.P(pick(labs_en()))}; {r.P(pick(labs_en()))}.",
        f"Assessment/Plan: {dx} ({r.P(icd)}). Admit to telemetry, {r.P(pick(['Bed 12', 'Bed 4', 'Bed 21', 'Room 412']))}.",
    )
    ask = pick(["Rewrite this H&P as a one-paragraph sign-out:", "What key problems should I hand over from this H&P?"])
    reply = f"Sign-out: {age} {'man' if sex == 'M' else 'woman'} admitted with {dx} ({icd}); monitor on telemetry, follow up repeat labs in the morning."
    return dict(style="us_hp_note", source="emr_excerpt", turns=[ask + "\n" + rec, reply])


@tpl("en")
def en_au_discharge(r):
    p, gp = r.en(), r.en()
    b, v = r.birth(1936, 1995), r.visit()
    dx, icd = C.dxen()
    lab, ur = r.mrn_en(pick(["UR number", "UR number", "MRN"]))
    ward = r.P(pick(["Ward 7B", "Ward 4 North", "Ward 2C", "6 East"]))
    drug, dose, freq = C.drugen()
    rec = J(
        f"DISCHARGE SUMMARY - {r.P(pick(['Royal Melbourne Hospital', 'Westmead Hospital', 'Princess Alexandra Hospital']))}",
        f"Patient: {r.mE(p, pick(['REV', 'full']))}   {lab}: {ur}",
        f"Medicare: {r.medicare_au(pick([0, 1, 3]))}   DOB: {r.dob_en(b, pick([0, 13, 10]))}",
        f"Address: {r.addr_au()}",
        f"Mobile: {r.ph_au(pick([0, 1, 4]))}",
        f"Admitted: {r.P(vdate_en(v, 1))}   Unit: {ward}",
        f"Principal diagnosis: {dx} ({r.P(icd)})",
        f"Medications on discharge: {r.P(drug)} {r.P(dose)} {freq}",
        f"GP: Dr {r.E(gp, pick(['full', 'init']))}"
        if chance(0.4)
        else f"GP: {pick(['as per Medicare record', 'nil regular GP', 'Fitzroy Medical Centre'])}",
    )
    ask = pick(["Summarise this discharge summary for the GP in two lines:", "Any follow-up actions in this summary?"])
    reply = f"Discharged from {ward} after treatment for {dx} ({icd}). GP to review {drug} {dose} {freq} and repeat bloods within a week."
    return dict(style="discharge_summary_au", source="discharge_summary", turns=[ask + "\n" + rec, reply])


@tpl("en")
def en_patient_chat(r):
    b, v = r.birth(1945, 2000), r.visit()
    lab, mrn = r.mrn_en(pick(["Hospital number", "MRN", "Hosp No.", "Unit No."]))
    region = pick(["uk", "us", "au"])
    ph = {"uk": r.ph_uk, "us": r.ph_us, "au": r.ph_au}[region]()
    dobtxt = pick(
        [
            lambda: f"my date of birth is the {r.dob_en(b, 5)}",
            lambda: f"I was born on {r.dob_en(b, pick([2, 11, 14]))}",
            lambda: f"DOB {r.dob_en(b, pick([0, 1]))}",
        ]
    )()
    u1 = (
        f"Hi, I need to move my {pick(['colonoscopy', 'MRI scan', 'diabetes review', 'echo'])} appointment on "
        f"{r.P(vdate_en(v, pick([0, 2])))}. {dobtxt[0].upper() + dobtxt[1:]} and my {lab.lower() if lab != 'MRN' else lab} is {mrn}. "
        f"Best to call me on {ph}."
        + (f" My NHS number is {r.nhs(pick([0, 1]))} if that helps." if region == "uk" and chance(0.5) else "")
        + (f" Or email {r.email(cn=False)}." if chance(0.3) else "")
    )
    a1 = (
        "I can't change bookings myself, but you can contact the appointments team directly with those details. "
        "Have your referral letter to hand and let them know any dates you can't attend."
    )
    if chance(0.3):
        return dict(style="patient_chat", source="chat", turns=[u1, a1])
    drug, dose, freq = C.drugen()
    u2 = f"Ok. Also should I keep taking {r.P(drug)} {r.P(dose)} before the test?"
    a2 = f"Usually {drug} can be continued, but follow the preparation instructions in your appointment letter or ask the unit."
    return dict(style="patient_chat", source="chat", turns=[u1, a1, u2, a2])


@tpl("en")
def en_voice(r):
    p, gp = r.en(), r.en()
    b, _ = r.birth(1935, 1999), r.visit()
    n, st = rng.randint(10, 999), pick(US_STREET + UK_STREET)
    city = pick(["Eugene Oregon", "Dayton Ohio", "Leeds", "Norwich", "Madison Wisconsin"])
    addr = r.S("ADDRESS", f"{n} {st} {city}", [f"{n} {st} {city}", f"{n} {st}"])
    mrn = r.num("MRN", D(8))
    ph = r.num("PHONE", pick([f"{D(3, True)} {D(3)} {D(4)}", f"0{'7' + D(3)} {D(6)}"]))
    text = (
        f"ok this is a dictation for {r.mE(p, 'full')} date of birth {r.dob_en(b, 12)} "
        f"medical record number {mrn} {pick(['she', 'he'])} lives at {addr} phone {ph} "
        f"seen today for {C.ccen()} blood pressure {r.P(str(rng.randint(110, 170)) + ' over ' + str(rng.randint(60, 99)))} "
        f"plan {pick(['increase', 'start', 'continue'])} {r.P(C.drugen()[0])} {'copy to doctor ' + r.E(gp, 'sur') + ' ' if chance(0.5) else ''}end of dictation"
    )
    ask = "Please format this voice dictation into a clinic note with headings:\n" + text
    reply = J(
        "Clinic note",
        "Presenting complaint: as dictated.",
        "Plan: medication adjusted as dictated; letter copied to the GP.",
        "(Please check drug names and numbers against the recording before signing.)",
    )
    return dict(style="voice_dictation", source="voice_transcript", turns=[ask, reply])


@tpl("en")
def en_worklist_table(r):
    rows = []
    lab = pick(["MRN", "Hosp No.", "UR number", "Unit No."])
    ward = r.P(pick(["Ward 7B", "Ward 12", "AMU", "Ward 3 South"]))
    named = chance(0.55)
    for _ in range(rng.randint(2, 4)):
        C.new()
        p = r.en()
        b, _ = r.birth(1935, 2002), r.visit()
        dx, icd = C.dxen()
        nm = f" {r.E(p, pick(['REV', 'rev', 'init', 'full']))} |" if named else ""
        rows.append(
            f"| {r.P('Bed ' + str(rng.randint(1, 30)))} |{nm} {r.mrn_en(lab)[1]} | "
            f"{r.dob_en(b, pick([0, 6, 9, 13]))} | {dx} ({r.P(icd)}) | {pick(['bloods 06:00', 'NBM from midnight', 'OT list', 'for discharge'])} |"
        )
    hdr = ["Bed"] + (["Patient"] if named else []) + [lab, "DOB", "Problem", "To do"]
    tab = J(f"Handover list - {ward}", "| " + " | ".join(hdr) + " |", "|" + "---|" * len(hdr), *rows)
    ask = pick(
        [
            "Sort this handover list by bed number and flag anyone nil by mouth:",
            "Which patients on this list need bloods in the morning?",
        ]
    )
    reply = "Sorted by bed. Patients marked 'NBM from midnight' should have fluids reviewed; 'bloods 06:00' are for the phlebotomy round."
    return dict(style="pipe_table", source="worklist", turns=[ask + "\n" + tab, reply])


@tpl("en")
def en_insurance_claim(r):
    p = r.en()
    b, v = r.birth(1945, 2003), r.visit()
    _, mid = r.mrn_en("Member ID")
    last4 = r.num("ID", D(4, True)) if chance(0.5) else None
    cpt = r.P(pick(["CPT 99213", "CPT 99214", "CPT 93000", "CPT 71046"]))
    dx, icd = C.dxen()
    lines = [
        f"CLAIM FORM - {pick(['Blue Meadow Health Plan', 'Pioneer Mutual Insurance', 'Lakeside Care PPO'])}",
        f"Member name: {r.mE(p, pick(['full', 'mid']))}",
        f"Member ID: {mid}",
        f"SSN (last 4): {last4}" if last4 else f"SSN: {r.ssn()}",
        f"Date of birth: {r.dob_en(b, pick([1, 11, 6]))}",
        f"Mailing address: {r.addr_us(pick([0, 1, 2, 3]))}",
        f"Email: {r.email(base=(p.given[0] + p.sur).lower().replace(chr(39), ''), cn=False)}",
        f"Phone: {r.ph_us()}",
        f"Date of service: {r.P(vdate_en(v, 1))}   Procedure: {cpt}   Diagnosis: {r.P(icd)}",
        f"Amount billed: ${r.P(str(rng.randint(90, 4800)) + '.00')}",
    ]
    ask = pick(["Is anything missing from this claim before I mail it?", "Check this claim form for errors:"])
    reply = "It looks complete. Attach the itemised bill and sign and date the authorisation section; keep a copy for your records."
    return dict(style="insurance_claim_us", source="insurance_form", turns=[ask + "\n" + J(*lines), reply])


@tpl("en")
def en_referral_email(r):
    p, doc = r.en(), r.en()
    b, _ = r.birth(1950, 2005), r.visit()
    lab, mrn = r.mrn_en(pick(["MRN", "Hospital number", "Chart #"]))
    dx, icd = C.dxen()
    dmail = r.email(base=(doc.given + "." + doc.sur).lower().replace("'", ""), cn=False)
    body = J(
        f"From: Dr {r.E(doc, 'full')} <{dmail}>",
        f"Subject: Urgent referral - {pick(['chest pain clinic', 'rapid access neurology', 'two-week wait'])}",
        "",
        "Hi team,",
        f"Please see {r.mE(p, pick(['full', 'mid']))} (DOB {r.dob_en(b, pick([0, 1, 7, 8]))}, {lab} {mrn}) "
        f"with {C.ccen()}. Working diagnosis {dx} ({r.P(icd)}); {r.P(pick(labs_en()))}.",
        f"{pick(['The patient', 'Patient', 'Their mobile'])} {pick(['can be reached on', 'is on'])} {pick([r.ph_uk, r.ph_us])()}.",
        f"Thanks,\n{r.E(doc, 'given') if chance(0.3) else 'Dr ' + r.E(doc, 'full')}\n{pick(['GP', 'Locum GP', 'Registrar'])} | tel {r.ph_uk(pick([5, 6, 7]))}",
    )
    ask = "Make this referral email more concise but keep all clinical details:\n\n" + body
    reply = f"Suggested version: urgent review requested for {dx} ({icd}) with relevant bloods attached; contact details as above."
    return dict(style="referral_email", source="email", turns=[ask, reply])


@tpl("en")
def en_sbar(r):
    p, n1, n2 = r.en(), r.en(), r.en()
    b, v = r.birth(1930, 1990), r.visit()
    lab, mrn = r.mrn_en(pick(["UR number", "MRN", "Unit No."]))
    dx, icd = C.dxen()
    bed, ward = r.P(f"Bed {rng.randint(1, 30)}"), r.P(pick(["Ward 7B", "Ward 5A", "CCU", "Ward 9"]))
    who = pick(
        [
            lambda: f" - from {r.E(n1, pick(['given', 'full']))} (RN) to {r.E(n2, pick(['given', 'full']))}",
            lambda: f" - from {r.E(n1, 'given')} (RN)",
            lambda: " - day RN to night RN",
            lambda: "",
        ]
    )()
    sb = J(
        f"SBAR handover {r.P(hhmm())}{who}",
        f"S: {bed}, {ward}: {r.mE(p, pick(['full', 'rev']))}, {lab} {mrn}, "
        f"{r.P(str(age_at(b, v)) + 'yo') if chance(0.5) else 'DOB ' + r.dob_en(b, pick([0, 7, 13]))}, NEWS2 {rng.randint(3, 7)}.",
        f"B: admitted {r.P(vdate_en(v, 0))} with {dx} ({r.P(icd)}).",
        f"A: BP {r.P(bp())}, RR {rng.randint(18, 28)}, SpO2 {rng.randint(88, 95)}% on 2L.",
        "R: medical review within 30 minutes; repeat obs hourly.",
    )
    ask = pick(["Is this SBAR handover clear? Suggest improvements:", "Summarise this SBAR in one sentence:"])
    reply = "Clear overall. Add allergies, escalation plan and resuscitation status; state who was informed and when."
    return dict(style="sbar_handover", source="nursing_note", turns=[ask + "\n" + sb, reply])


@tpl("en")
def en_pharmacy_note(r):
    p, ph = r.en(), r.en()
    b, _ = r.birth(1935, 2000), r.visit()
    lab, ch = r.mrn_en(pick(["Chart #", "MRN", "Acct"]))
    rx = r.P(pick([f"Rx #{D(7)}", f"Rx {D(6)}-{D(2)}"]))
    drug, dose, freq = C.drugen()
    note = J(
        f"Pharmacist medication review - {lab} {ch}",
        f"Patient: {r.mE(p, pick(['full', 'init', 'REV']))}   d.o.b. {r.dob_en(b, pick([3, 13, 10]))}",
        f"{rx}: {r.P(drug)} {r.P(dose)} {freq} x {r.P(str(rng.choice([28, 30, 56, 90])) + ' days')}",
        f"Interaction check: {pick(['no clinically significant interactions', 'monitor K+ with ACE inhibitor', 'avoid NSAIDs'])}.",
        f"Home delivery to {r.addr_en_any()}" if chance(0.35) else None,
        f"Patient contact for counselling call: {pick([r.ph_us, r.ph_uk, r.ph_au])()}" if chance(0.45) else None,
        f"Reviewed by {r.E(ph, pick(['full', 'init'])) + ', ' + pick(['PharmD', 'MPharm']) if chance(0.4) else 'the ward pharmacist'}",
    )
    ask = pick(["Explain this pharmacy note to the patient:", "Is the dosing in this note standard?"])
    reply = f"{drug} {dose} {freq} is a standard dose. Keep taking it as prescribed and report side effects to your pharmacist."
    return dict(style="pharmacy_note", source="emr_excerpt", turns=[ask + "\n" + note, reply])


@tpl("en")
def en_mrn_tail(r):
    b, v = r.birth(1940, 1995), r.visit()
    tail = r.num("MRN", D(4))
    rel = pick(["dad", "mum", "husband", "wife", "grandmother"])
    yr = r.P(pick([str(b[0]), f"{MONL[b[1]]} {b[0]}"]))
    u1 = (
        f"My {rel} was in {r.P(pick(HOSP_EN))} last {pick(['spring', 'winter', 'year'])}. "
        f"{pick(['His', 'Her'])} record number ends in {tail} - I don't have the rest. {pick(['He', 'She'])} was born in {yr} "
        f"and is {r.P(str(age_at(b, v)) + ' years old')} now. How do I request the notes?"
    )
    a1 = (
        "Contact the hospital's medical records (health information) department. They will identify the record using "
        "full name, date of birth and address, so the partial number is only a helpful extra. Proof of consent or power of attorney is usually needed."
    )
    u2 = pick(
        [
            lambda: f"Does it cost anything? The website says processing takes {r.P('30 days')}.",
            lambda: f"Can I just phone {r.P('111')} for that?",
        ]
    )()
    a2 = "Fees vary by hospital; many provide copies free or at a small charge. 111 is for urgent medical advice, not records requests."
    return dict(style="records_chat", source="chat", turns=[u1, a1, u2, a2])


@tpl("en")
def en_canada_form(r):
    p, ek = r.en(), r.en()
    b, v = r.birth(1945, 2005), r.visit()
    lab, mrn = r.mrn_en(pick(["MRN", "Chart #", "Patient ID"]))
    lines = [
        f"PATIENT REGISTRATION - {r.P('Toronto General Hospital')}",
        f"Surname: {r.E(p, 'sur')}    Given name(s): {r.E(p, 'given')}",
        f"Date of birth (YYYY-MM-DD): {r.dob_en(b, 6)}",
        f"{lab}: {mrn}",
        f"Home address: {r.addr_ca()}",
        f"Home phone: {r.ph_us(fmt=pick([0, 1]))}",
        f"Email: {r.email(base=p.given.lower(), cn=False)}",
        f"Emergency contact: {r.E(ek, 'full') if chance(0.3) else 'see previous record'} ({pick(['spouse', 'daughter', 'son', 'friend'])}) {r.ph_us(fmt=pick([0, 2]))}",
        f"Visit: {r.P(vdate_en(v, 3))}, {r.P(pick(['Clinic 3B', 'Fracture Clinic', 'Diabetes Education Centre']))}",
    ]
    ask = pick(["Proofread this registration form:", "Convert this registration form to JSON field names:"])
    reply = "Fields look consistent. The date of birth follows the YYYY-MM-DD convention requested by the form."
    return dict(style="registration_form_ca", source="form", turns=[ask + "\n" + J(*lines), reply])


@tpl("en")
def en_incident(r):
    p, n1, n2 = r.en(), r.en(), r.en()
    v = r.visit()
    lab, un = r.mrn_en(pick(["Unit No.", "Hospital number", "MRN"]))
    t = r.P(hhmm())
    rep = J(
        f"INCIDENT REPORT  Ref {r.P('INC-' + D(6))}",
        f"Date/time: {r.P(vdate_en(v, 1))} {t}   Location: {r.P(pick(['Ward 7B bay 2', 'Ward 12 side room 4', 'Radiology corridor']))}",
        f"Patient: {r.mE(p, pick(['full', 'REV']))} ({lab} {un}"
        + (f", DOB {r.dob_en(r.birth(), pick([0, 6, 7]))})" if chance(0.5) else ")"),
        f"Description: patient found on floor beside bed; no loss of consciousness. Obs: BP {r.P(bp())}, GCS 15.",
        f"Reported by: {r.E(n1, 'full') if chance(0.5) else 'nurse in charge'}. Witness: {r.E(n2, pick(['full', 'init'])) + ', HCA' if chance(0.35) else 'none'}.",
        "Actions: medical review, neuro obs 4-hourly, falls risk reassessed.",
    )
    ask = pick(
        [
            "Write a short factual summary of this incident for the ward manager:",
            "Is anything missing from this falls incident report?",
        ]
    )
    reply = "Factual summary: unwitnessed fall, no head injury reported, reviewed by doctor, neuro observations started, falls risk updated. Add whether family were informed."
    return dict(style="incident_report", source="form", turns=[ask + "\n" + rep, reply])


@tpl("en")
def en_occ_health(r):
    p = r.en()
    b, v = r.birth(1960, 2003), r.visit()
    lines = [
        "Occupational Health Pre-placement Questionnaire",
        f"Name: {r.mE(p, pick(['full', 'mid']))}",
        f"Date of birth: {r.dob_en(b, pick([0, 2, 14, 7]))}",
        f"National Insurance number: {r.nino(pick([0, 0, 1]))}",
        f"Home address: {r.addr_uk()}",
        f"Mobile: {r.ph_uk(pick([0, 1, 2, 4]))}",
        f"Email: {r.email(base=(p.given + p.sur[0]).lower(), cn=False)}",
        f"Role: {pick(['Healthcare assistant', 'Porter', 'Staff nurse', 'Phlebotomist'])}, start date {r.P(vdate_en(v, 0))}",
        f"Hep B status: {pick(['vaccinated, anti-HBs 112 mIU/mL', 'course in progress', 'non-responder'])}",
    ]
    ask = pick(["Which sections of this questionnaire need follow-up?", "Summarise this OH questionnaire:"])
    reply = "Follow-up: confirm hepatitis B immunity documentation and arrange any outstanding vaccinations before start date."
    return dict(style="occ_health_form", source="form", turns=[ask + "\n" + J(*lines), reply])


@tpl("en")
def en_travel_clinic(r):
    p = r.en()
    b, v = r.birth(1950, 2006), r.visit()
    vac = [
        (
            r.P(pick(["Hepatitis A", "Typhoid", "Yellow fever", "Rabies (dose 1)", "Japanese encephalitis"])),
            r.P(lot_en()),
        )
        for _ in range(2)
    ]
    lines = [
        "Travel clinic record",
        f"Traveller: {r.mE(p, pick(['full', 'REV']))}",
        f"Passport no.: {r.passport(pick(['uk', 'us']))}   DOB: {r.dob_en(b, pick([0, 9, 7, 16]))}",
        f"Contact: {pick([r.ph_uk, r.ph_us, r.ph_au])()} / {r.email(cn=False)}",
        f"Destination: {pick(['Kenya', 'Peru', 'Vietnam', 'Ghana', 'India'])}, departing {r.P(vdate_en(v, 0))}",
        *[f"Given: {a}, {lot}" for a, lot in vac],
    ]
    ask = pick(["Is this vaccine schedule adequate for the trip?", "Write a travel-health letter from this record:"])
    reply = f"The record shows {vac[0][0]} and {vac[1][0]} given. Check malaria prophylaxis and whether booster doses are due before departure."
    return dict(style="travel_clinic", source="emr_excerpt", turns=[ask + "\n" + J(*lines), reply])


@tpl("en")
def en_radiology_request(r):
    p, doc = r.en(), r.en()
    b, v = r.birth(1940, 2005), r.visit()
    lab, acct = r.mrn_en(pick(["Acct", "MRN", "Patient ID", "Hospital number"]))
    acc = r.LN(f"Accession No. {D(2)}-{pick(['CT', 'MR', 'US'])}-{D(6)}")
    exam = r.P(pick(["CT head non-contrast", "MRI lumbar spine", "US abdomen", "CT pulmonary angiogram"]))
    req = J(
        "RADIOLOGY REQUEST",
        f"Name: {r.mE(p, pick(['REV', 'full']))}   {lab}: {acct}",
        f"Birth date: {r.dob_en(b, 6)}   Sex: {pick('MF')}"
        + (f"   Contact: {pick([r.ph_us, r.ph_uk, r.ph_au])()}" if chance(0.4) else ""),
        f"Exam: {exam}   {acc}",
        f"Clinical question: {pick(['?PE', '?cord compression', '?gallstones', '?intracranial bleed'])}; "
        f"{r.P('eGFR ' + str(rng.randint(25, 110)))}; {r.P(pick(['no contrast allergy', 'iodine allergy - premedicate']))}",
        f"Requested by: {'Dr ' + r.E(doc, pick(['sur', 'full'])) if chance(0.4) else 'ED registrar'}, {r.P(vdate_en(v, 3))} {r.P(hhmm())}",
    )
    ask = pick(["Is this radiology request justified and complete?", "Rewrite the clinical question to be clearer:"])
    reply = "Add relevant history (onset, examination findings, Wells score if PE is suspected) so the radiologist can vet the request."
    return dict(style="radiology_request", source="form", turns=[ask + "\n" + req, reply])


@tpl("en")
def en_portal_message(r):
    p = r.en()
    b, v = r.birth(1950, 2004), r.visit()
    lab, pid = r.mrn_en(pick(["Patient ID", "MRN", "Health record"]))
    spec = r.LN(pick([f"Specimen ID S{D(9)}", f"Accession No. {D(2)}-LAB-{D(5)}", f"Lab no. {D(2)}H{D(6)}"]))
    vals = [r.P(x) for x in rng.sample(labs_en(), 3)]
    msg = (
        f"Message via patient portal\nFrom: {r.mE(p, 'full')} ({lab} {pid})\n"
        f"Hi, I got my results from {r.P(vdate_en(v, pick([0, 2])))} ({spec}): {', '.join(vals)}. "
        f"Are these ok? My birthday is {r.dob_en(b, pick([11, 15, 8]))} in case you need it. "
        f"You can text me at {pick([r.ph_us, r.ph_uk])()}" + (f" or email {r.email(cn=False)}." if chance(0.4) else ".")
    )
    reply = J(
        "Thanks for your message. Briefly:",
        *[f"- {x}: please compare with the reference range on the report." for x in vals],
        "Your clinician will review the results and contact you if any action is needed.",
    )
    return dict(style="portal_message", source="patient_portal", turns=[msg, reply])


@tpl("en")
def en_consent(r):
    p, w, doc = r.en(), r.en(), r.en()
    b, v = r.birth(1940, 2004), r.visit()
    proc, risk = pick(
        [
            ("laparoscopic cholecystectomy", "bile leak"),
            ("right total knee replacement", "DVT"),
            ("coronary angiography", "vascular injury"),
            ("upper GI endoscopy", "perforation"),
        ]
    )
    proc = r.P(proc)
    lab, mrn = r.mrn_en(pick(["Hospital number", "MRN", "Unit No."]))
    form = J(
        f"CONSENT FORM 1 - {proc}",
        f"Patient: {r.mE(p, pick(['full', 'mid']))}   Date of birth: {r.dob_en(b, pick([4, 11, 2]))}   {lab}: {mrn}",
        f"NHS number: {r.nhs(pick([0, 1, 2]))}" if chance(0.4) else None,
        f"Risks discussed: bleeding, infection, {risk} (~{r.P(str(rng.randint(1, 5)) + '%')}).",
        f"Clinician: {r.E(doc, 'full') if chance(0.4) else 'operating surgeon'} ({pick(['Consultant', 'Registrar'])})",
        f"Witness / interpreter: {r.E(w, pick(['full', 'rev']))}" if chance(0.4) else "Interpreter: not required",
        f"Signed {r.P(vdate_en(v, 0))} at {r.P(hhmm())}",
    )
    ask = pick(
        ["Does this consent form meet the usual documentation standard?", "Explain the listed risks in lay terms:"]
    )
    reply = "It documents the procedure, main risks and signatures. Also record alternatives discussed and that the patient had time to ask questions."
    return dict(style="consent_form", source="form", turns=[ask + "\n" + form, reply])


@tpl("en")
def en_homecare(r):
    p, carer = r.en(), r.en()
    n, st = rng.randint(2, 120), pick(["Rosemary Court", "Hazel Close", "Willow Bank", "Foxglove Way", "Juniper Row"])
    street = r.S("ADDRESS", f"{n} {st}", [f"{n} {st}"])
    if chance(0.5):
        po = r.addr_us(3)
    else:
        box = f"PO Box {rng.randint(100, 9999)}"
        po = r.S("ADDRESS", f"{box}, {pick(['Fitzroy VIC 3065', 'Toowong QLD 4066', 'Glenelg SA 5045'])}", None)
        r.spans[-1]["parts"].append(box)
    note = J(
        f"Community nursing visit - {r.P(vdate_en(r.visit(), 0))}",
        f"{r.E(p, pick(['full', 'given']))} lives at {street} with {pick(['her husband', 'his daughter', 'a lodger', 'no one else'])}; "
        f"post goes to {po}.",
        f"{'Carer ' + r.E(carer, 'full') if chance(0.5) else 'Her son'} can be reached on {pick([r.ph_uk, r.ph_au, r.ph_us])()}.",
        f"Wound: {pick(['leg ulcer', 'sacral pressure injury', 'post-op wound'])}, {r.P(str(rng.randint(2, 9)) + ' x ' + str(rng.randint(1, 6)) + ' cm')}; "
        f"dressing changed; next visit in {r.P(str(rng.randint(2, 4)) + ' days')}.",
    )
    ask = pick(["Turn this visit note into a care plan:", "What should the next nurse check at this visit?"])
    reply = "Care plan: re-measure the wound, check exudate and skin around it, review pain and nutrition, and confirm the carer knows how to escalate concerns."
    return dict(style="community_note", source="nursing_note", turns=[ask + "\n" + note, reply])


@tpl("en")
def en_medicare_us(r):
    p = r.en()
    b, v = r.birth(1930, 1958), r.visit()
    lines = [
        "Medicare beneficiary information",
        f"Name: {r.mE(p, pick(['full', 'REV', 'mid']))}",
        f"Medicare Number (MBI): {r.mbi()}",
        f"Born: {r.dob_en(b, pick([1, 11, 8]))}   {r.P('Age: ' + str(age_at(b, v)))}",
        f"Address: {r.addr_us(pick([0, 1, 2]))}",
        f"Phone: {r.ph_us()}",
        f"Part A effective: {r.P(f'{MON[b[1]]} {b[0] + 65}' if b[0] + 65 < 2026 else 'pending')}",
        f"Visit reason: annual wellness visit, {r.P(vdate_en(v, 1))}",
    ]
    ask = pick(["Help me fill in the rest of this intake form:", "Is this Medicare information formatted correctly?"])
    reply = "The MBI follows the 11-character format. Add secondary insurance details if any, and the patient's signature on the assignment of benefits."
    return dict(style="medicare_intake", source="insurance_form", turns=[ask + "\n" + J(*lines), reply])


@tpl("en")
def en_ed_triage(r):
    p, nok = r.en(), r.en()
    b, v = r.birth(1935, 2005), r.visit()
    lab, mrn = r.mrn_en(pick(["MRN", "MRN", "Hosp No.", "Acct"]))
    sep = pick(["# ", "#", ": ", " "])
    note = J(
        f"ED TRIAGE {r.P(vdate_en(v, 1))} {r.P(hhmm())}  ATS {rng.randint(2, 4)}",
        f"{r.mE(p, pick(['REV', 'full']))}, {r.P(str(age_at(b, v)) + ' y/o')} {pick(['M', 'F'])}, {lab}{sep}{mrn}"
        + (f", DOB {r.dob_en(b, pick([1, 0, 9, 16]))}" if chance(0.6) else ""),
        f"Lives at {r.addr_en_any()}" if chance(0.4) else None,
        f"PC: {C.ccen()}. Obs: BP {r.P(bp())}, HR {rng.randint(60, 130)}, T {r.P(str(rng.randint(365, 399) / 10))}.",
        f"NOK: {r.E(nok, pick(['full', 'given'])) if chance(0.4) else 'as per previous admission'} ({pick(['wife', 'son', 'partner'])}) - work {r.ph_us(ext=True) if chance(0.5) else r.ph_uk(pick([6, 7]))}",
    )
    ask = pick(["Is the triage category appropriate?", "Summarise this triage note for the doctor:"])
    reply = (
        "The category seems reasonable given the observations; reassess if vital signs worsen and document pain score."
    )
    return dict(style="ed_triage", source="emr_excerpt", turns=[ask + "\n" + note, reply])


@tpl("zh")
def zh_id_check(r):
    b1, b2 = r.birth(1975, 2000), r.birth(1936, 1960)
    items = shuffled(
        [
            lambda: f"我的身份证{r.id18(b1, fmt=pick([0, 0, 1, 2]))}",
            lambda: f"我爸的老身份证是15位的{r.id15(b2)}",
            lambda: f"我妈的港澳通行证{r.passport('hkmo')}",
            lambda: f"护照号{r.passport('cn')}",
            lambda: f"孩子的身份证{r.id18(r.birth(2012, 2022))}",
        ]
    )[: rng.randint(2, 4)]
    u1 = (
        f"{pick(['医院公众号实名挂号', '自助机建档', '线上问诊实名认证'])}老提示“证件号无效”，帮我看看这几个号格式对不对："
        + "；".join(f() for f in items)
        + "。"
    )
    a1 = J(
        "格式说明：",
        "- 18位居民身份证：前6位地区码、8位出生日期、3位顺序码、最后1位校验码（可能是X）；",
        "- 15位为第一代身份证，很多系统已不支持，需要换领二代证；",
        "- 护照一般为字母加8位数字，港澳通行证以C开头；",
        "请检查是否多输了空格或把X输成了小写x。",
    )
    turns = [u1, a1]
    if chance(0.5):
        turns += [
            f"那{r.P(str(rng.randint(60, 90)) + '岁')}以上老人没有手机怎么挂号？",
            f"可以由子女代为预约，或到医院窗口、自助机现场挂号；也可拨打{r.P('12320')}咨询。",
        ]
    return dict(style="id_format_chat", source="chat", turns=turns)


@tpl("en")
def en_id_question(r):
    region = pick(["uk", "us", "au"])
    if region == "uk":
        lab, mrn = r.mrn_en(pick(["Hospital number", "Hosp No."]))
        u = (
            f"The registration form wants my NHS number and my National Insurance number - are they the same thing? "
            f"I've got {r.nhs(pick([0, 1, 2]))} on my NHS app and {r.nino(pick([0, 1]))} on my payslip. "
            f"My old {lab.lower()} from {r.P(pick(HOSP_EN))} was {mrn}."
        )
        a = (
            "No - the NHS number (10 digits, the last one is a check digit) identifies you within the health service; "
            "the National Insurance number (two letters, six digits, one letter) is for tax and benefits. The form needs the NHS number."
        )
    elif region == "us":
        u = (
            f"My new clinic asked for my SSN {r.ssn(pick([0, 1]))} and my Medicare number. Is the Medicare number still my SSN? "
            f"The card says {r.mbi()}. Member ID on my supplement is {r.mrn_en('Member ID')[1]}."
        )
        a = (
            "Not any more - Medicare replaced SSN-based numbers with the 11-character Medicare Beneficiary Identifier (MBI). "
            "Give the MBI for Medicare billing; the supplement plan uses its own member ID. You can decline to give your SSN if it isn't required."
        )
    else:
        lab, ur = r.mrn_en("UR number")
        u = (
            f"Quick one: the hospital asked for my Medicare card number and IRN - is that {r.medicare_au(pick([0, 1, 3]))}? "
            f"They also wrote UR {ur} on my wristband. Which one do I give the GP?"
        )
        a = (
            "The Medicare number is the 10-digit card number; the IRN is the single digit next to your name. The UR number is "
            "the hospital's own record number. Your GP needs the Medicare details; the UR number helps them request hospital records."
        )
    return dict(style="id_question", source="chat", turns=[u, a])


@tpl("zh")
def zh_wristband(r):
    p = r.zn()
    b, _ = r.birth(1936, 2020), r.visit()
    lab, mrn = r.mrn_zh(pick(["住院号", "住院号", "病案号", "登记号"]))
    sep = pick(["｜", " | ", "  ", " / "])
    cells = [
        f"{lab}{pick(['：', ':', ''])}{mrn}",
        r.mN(p, 0.4),
        pick(["男", "女"]),
        r.dob_zh(b, pick([5, 1, 9, 2, 7])),
        r.P(C.deptzh()),
        r.P(f"{rng.randint(1, 60)}床"),
        f"过敏：{pick([lambda: r.P(pick(['青霉素', '头孢类', '磺胺类', '碘造影剂'])), lambda: '无'])()}",
    ]
    if chance(0.4):
        cells.insert(4, f"身份证{r.id18(b)}")
    if chance(0.3):
        cells.append(f"家属电话{r.mob_cn(pick([0, 1, 2]))}")
    ocr = sep.join(cells)
    ask = pick(["这是腕带拍照识别出来的文字，帮我整理成字段：\n", "床头卡OCR结果如下，格式有点乱，帮我分行：\n"])
    reply = (
        "已整理：登记号/住院号、性别、出生日期、科室、床号和过敏史各占一行。注意核对过敏信息，出生日期与年龄是否一致。"
    )
    return dict(style="wristband_ocr", source="ocr", turns=[ask + ocr, reply])


@tpl("zh")
def zh_ocr_settlement(r):
    b, v = r.birth(1940, 2000), r.visit()
    _, mc = r.mrn_zh("医保卡号")
    lab, mrn = r.mrn_zh(pick(["住院号", "病案号"]))
    total = rng.randint(3000, 90000)
    fund = int(total * rng.choice([0.6, 0.7, 0.8]))
    lines = [
        f"{pick(['职工', '城乡居民'])}基本医疗保险住院结算单",
        f"结算单号：{r.P(D(14))}　{lab}：{mrn}",
        f"参保人：{r.mN(r.zn(), 0.35)}　身份证号：{r.id18(b, fmt=pick([0, 0, 1]))}　医保卡号：{mc}",
        f"联系电话：{pick([r.mob_cn, r.land_cn])()}" if chance(0.6) else None,
        f"入院：{r.P(vdate_zh(v, 1))}　出院：{r.P(vdate_zh((v[0], v[1], min(28, v[2] + rng.randint(2, 12))), 1))}",
        f"医疗总费用：{r.P(f'{total}.{D(2)}')}　统筹基金支付：{r.P(f'{fund}.00')}　个人自付：{r.P(f'{total - fund}.{D(2)}')}",
        f"起付标准：{r.P(str(rng.choice([800, 1000, 1300])) + '元')}　报销比例：{r.P(str(rng.choice([70, 80, 85, 90])) + '%')}",
    ]
    ask = "这是医保结算单的识别结果，统筹报销算得对吗？\n" + J(*lines)
    reply = "统筹支付一般按（总费用-起付线-自费部分）×报销比例计算，还要看是否有乙类药品先行自付。可以到医保窗口要一份费用明细核对。"
    return dict(style="settlement_ocr", source="ocr", turns=[ask, reply])


# ---------------------------------------------------------------- zh, PHI-free look-alikes
@tpl("zh", free=True)
def zh_free_leaflet(r):
    drug, dose, freq = C.drugzh()
    v = r.visit()
    appr = r.P(f"国药准字H{rng.randint(1990, 2023)}{D(4)}")
    lot = r.P(lot_zh())
    exp = r.P(f"有效期至{v[0] + 2}年{v[1]:02d}月")
    mfd = r.P(f"生产日期 {vdate_zh(v, 2)}")
    hot = r.P(pick(["400-" + D(3, True) + "-" + D(4), "800-" + D(3, True) + "-" + D(4)]))
    txt = J(
        f"【药品名称】{r.P(drug)}",
        f"【批准文号】{appr}",
        f"【用法用量】口服，一次{r.P(dose)}，{freq}；老年人（≥{r.P('65岁')}）酌情减量。",
        f"【规格】{dose}×{rng.choice([7, 14, 28, 30])}片",
        f"【产品批号】{lot.split()[-1] if ' ' in lot else lot}",
        mfd,
        exp,
        f"【贮藏】遮光，密封，不超过{r.P('25℃')}保存。",
        f"客服热线：{hot}（工作日 {r.P('9:00-17:30')}）",
    )
    ask = "药盒上的说明书文字如下，这个药过期了吗？一天最多吃多少？\n" + txt
    reply = f"按说明书{exp}，在此之前未过期。用法为一次{dose}，{freq}，请勿超量；不确定时可咨询药师或拨打说明书上的客服热线。"
    return dict(style="drug_leaflet", source="drug_leaflet", turns=[ask, reply])


@tpl("zh", free=True)
def zh_free_lab(r):
    v = r.visit()
    vals = [r.P(x) for x in rng.sample(labs_zh(), 4)]
    spec = r.P(free_label(specimen_zh()))
    bc = r.P(f"样本号 {D(12)}")
    age = r.P(f"{rng.randint(18, 90)}岁")
    u = (
        f"{age}，{pick(['男', '女'])}，体检报告（{r.P(vdate_zh(v))}），{spec}，{bc}：\n"
        + "\n".join(vals)
        + f"\n血压{r.P(bp())}，BMI {r.P(str(rng.randint(185, 329) / 10))}。需要吃药吗？"
    )
    a = J(
        "从这几项看：",
        f"- {vals[0]}、{vals[1]}需要结合参考范围判断；",
        "- 建议3个月后复查，并由医生评估是否需要药物治疗；",
        "- 保持低盐低脂饮食、规律运动，控制体重。",
    )
    turns = [u, a]
    if chance(0.5):
        turns += [
            "复查是空腹吗？门诊时间是几点？",
            f"空腹8-12小时后抽血；抽血窗口一般 {r.P('7:30-10:30')} 开放，具体以医院公告为准。",
        ]
        r.P("8-12小时")
    return dict(style="lab_question", source="chat", turns=turns)


@tpl("zh", free=True)
def zh_free_clinic_info(r):
    dept = r.P(C.deptzh())
    hosp = r.P(pick(HOSP_ZH))
    info = J(
        f"{hosp}{dept}门诊须知",
        f"1. 门诊时间：周一至周五 {r.P('8:00-12:00')}，{r.P('13:30-17:00')}；周六上午 {r.P('8:00-11:30')}。",
        f"2. 预约挂号：微信公众号、自助机或拨打{r.P('12320')}卫生热线。",
        f"3. 诊室位置：{r.P(f'门诊楼{rng.randint(2, 9)}楼{rng.randint(1, 30):02d}诊室')}，{r.P(f'{rng.randint(1, 4)}号扶梯')}上楼右转。",
        f"4. 急危重症请直接到急诊科或拨打{r.P('120')}；火警{r.P('119')}。",
        f"5. 医保政策咨询：{r.P('12393')}；投诉建议：{r.P('12345')}。",
    )
    ask = "帮我把下面的门诊须知压缩成三条给患者的短信：\n" + info
    reply = J(
        f"1. {dept}门诊：工作日8:00-12:00、13:30-17:00，周六上午开诊。",
        "2. 可通过公众号、自助机或12320预约挂号。",
        "3. 急症请直接到急诊或拨打120。",
    )
    return dict(style="clinic_notice", source="notice", turns=[ask, reply])


@tpl("zh", free=True)
def zh_free_case(r):
    dx, icd = C.dxzh()
    v = r.visit()
    age = r.P(f"{rng.randint(30, 88)}岁")
    case = (
        f"病例讨论：患者，{pick('男女')}，{age}，因“{C.cczh()}”于{r.P(vdate_zh(v, 0))}入院，{r.P(str(rng.randint(1, 40)) + '床')}。"
        f"既往高血压病史{r.P(str(rng.randint(3, 20)) + '年')}，吸烟{r.P(str(rng.randint(10, 40)) + '年')}。入院BP {r.P(bp())}，"
        f"{r.P(pick(labs_zh()))}，{r.P(pick(labs_zh()))}。诊断：{dx}（{r.P(icd)}）。"
        f"予{r.P(C.drugzh()[0])}治疗，第{rng.randint(3, 10)}天症状缓解。"
    )
    ask = "这是一个脱敏的教学病例，请列出三个讨论问题：\n" + case
    reply = J(
        "1. 该患者的诊断依据是什么？需要与哪些疾病鉴别？",
        "2. 入院时的化验结果提示什么？",
        f"3. {dx}的长期管理目标和随访计划？",
    )
    return dict(style="teaching_case", source="teaching_case", turns=[ask, reply])


@tpl("zh", free=True)
def zh_free_device(r):
    model = r.P(
        pick(["欧姆龙 HEM-7136", "鱼跃 YE680A", "三诺 GA-3", "雅培 FreeStyle Libre 2", "德康 G7", "美敦力 780G"])
    )
    sn = r.P(pick([f"序列号 {pick('ABC')}{D(9)}", f"SN: {D(4)}-{D(6)}", f"S/N {pick('XYZ')}{D(7)}"]))
    code = r.P(pick(["E-2", "E3", "Er 5", "HI", "LO", "E-07"]))
    u = f"我的{model}（{sn}）屏幕显示{code}，读数是{r.P(pick([bp(), str(rng.randint(35, 250) / 10) + ' mmol/L']))}，是坏了吗？售后电话{r.P('400-' + D(3, True) + '-' + D(4))}打不通。"
    a = (
        f"{code}通常表示测量过程中出错（如袖带/试纸放置不当、移动或电量不足）。请按说明书重新测量；"
        f"若反复出现，可在工作时间{r.P('9:00-18:00')}再联系售后。"
    )
    return dict(style="device_help", source="chat", turns=[u, a])


@tpl("zh", free=True)
def zh_free_prescription(r):
    drugs = rng.sample(DRUG_ZH, 3)
    rx = r.P(f"收费单号：{D(10)}")
    inv = r.P(f"发票号码 {D(8)}")
    order = r.P(f"票据代码 {D(9)}")
    lines = [f"{i + 1}. {r.P(d)} {r.P(ds)} {f}" for i, (d, ds, f) in enumerate(drugs)]
    u = J(
        f"{rx}　{order}",
        *lines,
        f"金额合计：{r.P(str(rng.randint(30, 900)) + '.' + D(2) + '元')}　{inv}",
        "这几个药能一起吃吗？",
    )
    a = J(
        f"{drugs[0][0]}、{drugs[1][0]}和{drugs[2][0]}一般可以同时使用，但需注意：",
        "- 按各自的时间服用，不要漏服或重复；",
        "- 如出现肌肉酸痛、出血倾向或低血糖症状，请及时就诊。",
    )
    return dict(style="prescription", source="prescription", turns=[u, a])


@tpl("zh", free=True)
def zh_free_pregnancy(r):
    wk = r.P(f"孕{rng.randint(20, 38)}周")
    y = rng.randint(1986, 2000)
    born = r.P(pick([f"{y}年", f"{y}年{rng.randint(1, 12)}月"]))
    edd = r.P(vdate_zh(r.visit(), 0))
    u = (
        f"我是{born}出生的，现在{wk}，{r.P(f'{2024 - y}岁')}，预产期{edd}，{r.P('G2P1')}。"
        f"今天产检胎心{r.P(str(rng.randint(128, 158)) + '次/分')}，宫高{r.P(str(rng.randint(22, 35)) + ' cm')}，正常吗？"
    )
    a = "胎心110-160次/分属于正常范围；宫高需结合孕周评估。高龄孕妇建议按时完成唐筛或无创DNA、糖耐量等检查。"
    r.P("110-160次/分")
    return dict(style="pregnancy_question", source="chat", turns=[u, a])


@tpl("zh", free=True)
def zh_free_policy(r):
    y = r.P(f"{rng.randint(2023, 2025)}年")
    doc = r.P(
        pick(
            [
                f"医保发〔{rng.randint(2021, 2024)}〕{rng.randint(2, 60)}号",
                f"X医保〔{rng.randint(2021, 2024)}〕{rng.randint(2, 60)}号",
            ]
        )
    )
    u = (
        f"{y}职工医保住院起付线是{r.P(str(rng.choice([800, 1000, 1300, 1500])) + '元')}吗？文件{doc}里说三级医院报销比例"
        f"{r.P(str(rng.choice([80, 85, 88, 90])) + '%')}，年度最高支付限额{r.P(str(rng.choice([30, 40, 50])) + '万元')}，退休人员还能提高"
        f"{r.P(str(rng.choice([3, 5, 8])) + '个百分点')}？"
    )
    a = f"各地政策不同，以当地医保局公布的文件为准。可拨打{r.P('12393')}医保服务热线，或在国家医保服务平台App查询。"
    return dict(style="policy_question", source="chat", turns=[u, a])


@tpl("zh", free=True)
def zh_free_vaccine(r):
    rows = []
    for name, age in [
        ("乙肝疫苗第1剂", "出生24小时内"),
        ("卡介苗", "出生时"),
        ("乙肝疫苗第2剂", "1月龄"),
        ("脊灰疫苗", "2月龄"),
        ("百白破疫苗", "3月龄"),
        ("麻腮风疫苗", "8月龄"),
        ("乙脑减毒活疫苗", "8月龄"),
    ]:
        if chance(0.6):
            rows.append(f"| {r.P(name)} | {r.P(age)} | {r.P(lot_zh())} | {r.P(vdate_zh(r.visit(), 1))} |")
    if len(rows) < 2:
        raise Reject("short")
    tab = J("| 疫苗 | 接种月龄 | 批号 | 接种日期 |", "|---|---|---|---|", *rows)
    ask = "这是孩子的预防接种记录，下一针应该打什么？\n" + tab
    reply = "根据国家免疫规划程序，请对照接种证上的月龄安排；一般8月龄后是麻腮风和乙脑疫苗，18月龄加强百白破。具体以接种门诊通知为准。"
    return dict(style="vaccine_table", source="form", turns=[ask, reply])


@tpl("zh", free=True)
def zh_free_tcm(r):
    herbs = rng.sample(HERBS, 5)
    g = [r.P(f"{h}{rng.choice([6, 9, 10, 12, 15, 20, 30])}g") for h in herbs]
    u = (
        f"中医开的方子：{'、'.join(g)}，{r.P(str(rng.choice([5, 7, 14])) + '剂')}，每日1剂，水煎{r.P('400 ml')}分早晚两次温服。"
        f"饮片批号{r.P('ZY' + D(8))}，我有{r.P('2型糖尿病')}，能喝吗？"
    )
    a = f"方中{herbs[0]}、{herbs[1]}等一般可用于糖尿病患者，但需告知中医师您的血糖情况和正在服用的西药，服药期间监测血糖。"
    return dict(style="tcm_prescription", source="chat", turns=[u, a])


@tpl("zh", free=True)
def zh_free_surgery_schedule(r):
    rows = []
    for i in range(rng.randint(3, 5)):
        rows.append(
            f"第{i + 1}台 {r.P(pick(['08:30', '10:00', '11:30', '13:30', '15:00']))} {r.P(str(rng.randint(1, 50)) + '床')} "
            f"{r.P(pick(['腹腔镜胆囊切除术', '全髋关节置换术', '甲状腺次全切除术', 'PCI术', '经尿道前列腺电切术']))} "
            f"{r.P(pick(['全麻', '腰硬联合麻醉', '局麻']))} {r.P(str(rng.randint(20, 88)) + '岁')}"
        )
    txt = J(f"{r.P(vdate_zh(r.visit(), 0))} {r.P(str(rng.randint(1, 12)) + '号手术间')}排班", *rows)
    ask = "帮我估算这张手术排班大概几点能结束：\n" + txt
    reply = "按每台腔镜手术约1.5-2小时、关节置换约2-3小时估算，加上接台时间，预计下午5点左右结束。"
    return dict(style="or_schedule", source="schedule", turns=[ask, reply])


@tpl("en")
def en_wristband(r):
    p = r.en()
    b, _ = r.birth(1930, 2022), r.visit()
    lab, mrn = r.mrn_en(pick(["MRN", "Hosp No.", "UR number", "Unit No."]))
    sep = pick([" | ", " / ", "  ", "; "])
    cells = [
        r.mE(p, pick(["REV", "rev", "full"]), 0.45),
        f"{lab} {mrn}",
        f"DOB {r.dob_en(b, pick([0, 1, 9, 16, 7]))}",
        pick(["M", "F"]),
        r.P(pick(["Ward 7B", "AMU", "Ward 12", "ED"])),
    ]
    if chance(0.5):
        cells.insert(2, f"NHS {r.nhs(pick([0, 1]))}" if chance(0.6) else f"Medicare {r.medicare_au(pick([0, 1]))}")
    if chance(0.4):
        cells.append(f"ALLERGY: {r.P(pick(['penicillin', 'latex', 'NKDA', 'sulfa']))}")
    ask = pick(
        [
            "Barcode scanner pasted this from a wristband - split it into fields:\n",
            "Parse this wristband text into JSON:\n",
        ]
    )
    reply = "Fields: name, hospital number, date of birth, sex and location (plus allergy where present). Confirm identity verbally before any procedure."
    return dict(style="wristband_scan", source="ocr", turns=[ask + sep.join(cells), reply])


# ---------------------------------------------------------------- en, PHI-free look-alikes
@tpl("en", free=True)
def en_free_drug(r):
    drug, dose, freq = C.drugen()
    ndc = r.P(f"NDC {D(5)}-{D(3)}-{D(2)}")
    lot = r.P(lot_en())
    exp = r.P(f"EXP {rng.randint(1, 12):02d}/{rng.randint(2025, 2028)}")
    u = (
        f"My {r.P(drug)} box says {r.P(dose)} tablets, {lot}, {exp}, {ndc}. The label says take one {freq}. "
        f"I'm {r.P(str(rng.randint(25, 88)) + ' years old')} and {r.P(str(rng.randint(50, 110)) + ' kg')}; "
        f"can I double up if I miss a dose?"
    )
    a = (
        f"No - if you miss a dose of {drug}, take it when you remember unless it's nearly time for the next one; don't take two doses together. "
        f"In the UK you can call {r.P('NHS 111')}; in the US, Poison Control is {r.P('1-800-222-1222')}."
    )
    return dict(style="drug_question", source="chat", turns=[u, a])


@tpl("en", free=True)
def en_free_lab(r):
    vals = [r.P(x) for x in rng.sample(labs_en(), 4)]
    acc = r.P(free_label(specimen_en()))
    age = r.P(pick([f"{rng.randint(20, 90)}-year-old", f"{rng.randint(20, 90)} y/o", f"aged {rng.randint(20, 90)}"]))
    u = (
        f"Results for a {age} {pick(['man', 'woman'])} ({acc}, collected {r.P(vdate_en(r.visit()))} {r.P(hhmm())}): "
        + "; ".join(vals)
        + ". Anything worrying?"
    )
    a = J(
        "Interpreting in context:",
        *[f"- {x}: compare with the laboratory reference interval." for x in vals[:3]],
        "Abnormal values should be reviewed with the requesting clinician alongside symptoms and previous results.",
    )
    return dict(style="lab_question", source="chat", turns=[u, a])


@tpl("en", free=True)
def en_free_services(r):
    lines = [
        f"Urgent Care Centre - opening hours {r.P('8am-8pm')}, 7 days",
        f"Out of hours: call {r.P('111')} (UK) or {r.P('999')} in an emergency; in the US dial {r.P('911')}.",
        f"Australia: {r.P('000')} for emergencies; Lifeline {r.P('13 11 14')}; Healthdirect {r.P('1800 022 222')}.",
        f"Pharmacy open {r.P('Mon-Fri 9:00-17:30')}, Sat {r.P('9:00-13:00')}.",
        f"Switchboard {r.P('0800 ' + D(3) + ' ' + D(4))} (free from landlines).",
    ]
    lines = rng.sample(lines, rng.randint(3, 5))
    r.protect = [x for x in r.protect if any(x in line for line in lines)]
    ask = "Simplify this services notice for a waiting-room poster:\n" + J(*lines)
    reply = (
        "Poster: Open 8am-8pm every day. Emergency? Call 999 (UK), 911 (US) or 000 (Australia). Not urgent? Call 111."
    )
    return dict(style="service_notice", source="notice", turns=[ask, reply])


@tpl("en", free=True)
def en_free_case(r):
    dx, icd = C.dxen()
    v = r.visit()
    age = r.P(f"{rng.randint(25, 90)}-year-old")
    case = (
        f"A {age} {pick(['man', 'woman'])} was admitted on {r.P(vdate_en(v, pick([0, 2, 4])))} with {C.ccen()}. "
        f"BP {r.P(bp())}, HR {rng.randint(60, 130)}, {r.P(pick(labs_en()))}. {r.P('Bed ' + str(rng.randint(1, 30)))} on "
        f"{r.P(pick(['Ward 7B', 'Ward 10', 'CCU']))}. Diagnosis {dx} ({r.P(icd)}); treated with {r.P(C.drugen()[0])}; "
        f"discharged day {rng.randint(2, 9)}."
    )
    ask = "This anonymised case is for teaching. Write two MCQs from it:\n" + case
    reply = J(
        f"Q1. Which ICD-10 code matches the final diagnosis? (answer: {icd})",
        "Q2. Which investigation best supports the diagnosis? (discuss options)",
    )
    return dict(style="teaching_case", source="teaching_case", turns=[ask, reply])


@tpl("en", free=True)
def en_free_device(r):
    dev = r.P(
        pick(
            [
                "Medtronic MiniMed 780G",
                "Omnipod 5",
                "Accu-Chek Guide",
                "Dexcom G7",
                "Omron M3 (HEM-7154-E)",
                "ResMed AirSense 10",
            ]
        )
    )
    sn = r.P(pick([f"SN {pick('NGHA')}{D(7)}", f"serial {D(2)}{pick('KX')}{D(6)}", f"S/N: {D(4)}-{D(4)}-{D(2)}"]))
    err = r.P(pick(["Error E-07", "Alarm A22", "Code 14", "E-3"]))
    u = f"My {dev} ({sn}) is showing {err} since {r.P(hhmm())}. Support line {r.P('1-800-' + D(3, True) + '-' + D(4))} is closed. What should I do?"
    a = (
        f"{err} is usually a sensor/communication or cuff error. Restart the device and re-seat the component; if it persists, "
        "use your backup method and contact support when they open. If you feel unwell, seek medical help."
    )
    return dict(style="device_help", source="chat", turns=[u, a])


@tpl("en", free=True)
def en_free_pregnancy(r):
    ga = r.P(f"{rng.randint(20, 39)}+{rng.randint(0, 6)} weeks")
    y = rng.randint(1985, 2002)
    born = r.P(pick([str(y), f"{MONL[rng.randint(1, 12)]} {y}"]))
    lmp = r.P(vdate_en(r.visit(), 0))
    u = (
        f"I was born in {born}, I'm {ga} pregnant (LMP {lmp}), G2P1. Fundal height {r.P(str(rng.randint(20, 38)) + ' cm')}, "
        f"BP {r.P(bp())}, urine protein {r.P(pick(['negative', 'trace', '1+']))}. Is that normal?"
    )
    a = "Fundal height in centimetres roughly matches gestational weeks after 24 weeks. Blood pressure above 140/90 or new protein in urine should be checked promptly by your midwife."
    r.P("140/90")
    return dict(style="pregnancy_question", source="chat", turns=[u, a])


@tpl("en", free=True)
def en_free_billing(r):
    cpts = [
        ("99213", "Office visit, level 3"),
        ("99214", "Office visit, level 4"),
        ("93000", "ECG with interpretation"),
        ("80053", "Comprehensive metabolic panel"),
        ("85025", "CBC with differential"),
        ("71046", "Chest X-ray, 2 views"),
        ("36415", "Venipuncture"),
    ]
    chosen = rng.sample(cpts, rng.randint(3, 5))
    rows = [f"| {r.P(code)} | {desc} | ${r.P(str(rng.randint(15, 400)) + '.00')} |" for code, desc in chosen]
    inv = r.P(f"Invoice INV-{D(6)}")
    order = r.P(f"Requisition {D(8)}")
    tab = J(
        f"{inv}   {order}   Date: {r.P(vdate_en(r.visit(), 1))}",
        "| CPT | Description | Charge |",
        "|---|---|---|",
        *rows,
        f"ICD-10: {', '.join(r.P(c[1]) for c in rng.sample(CASES, 2))}",
    )
    ask = "Can you total this bill and explain the codes?\n" + tab
    reply = "The CPT codes describe services (visit level, tests); the ICD-10 codes give the reason. Add the charges for the total; check the EOB before paying."
    return dict(style="billing_table", source="invoice", turns=[ask, reply])


@tpl("en", free=True)
def en_free_vaccine(r):
    rows = []
    for vac, when in [
        ("DTaP", "2 months"),
        ("IPV", "2 months"),
        ("Hib", "4 months"),
        ("PCV13", "6 months"),
        ("MMR", "12-15 months"),
        ("Varicella", "12-15 months"),
        ("Hep A", "12-23 months"),
    ]:
        if chance(0.6):
            rows.append(f"| {r.P(vac)} | {r.P(when)} | {r.P(lot_en())} | {r.P(vdate_en(r.visit(), 1))} |")
    if len(rows) < 2:
        raise Reject("short")
    ask = "Which vaccines might be due next based on this record?\n" + J(
        "| Vaccine | Age | Lot | Given |", "|---|---|---|---|", *rows
    )
    reply = "Compare against the national schedule for the child's current age; common next steps are MMR and varicella at 12-15 months and boosters at 4-6 years."
    return dict(style="vaccine_table", source="form", turns=[ask, reply])


@tpl("en", free=True)
def en_free_protocol(r):
    abx = pick(
        ["piperacillin-tazobactam 4.5 g TDS", "meropenem 1 g TDS", "ceftriaxone 2 g OD", "co-amoxiclav 1.2 g TDS"]
    )
    bolus = pick(["500 ml", "250 ml", "30 ml/kg"])
    mins = pick(["15 minutes", "30 minutes", "10-15 minutes"])
    lac = pick(["2 mmol/L", "4 mmol/L"])
    items = [
        f"Oxygen to target SpO2 {r.P('94-98%')} ({r.P('88-92%')} if CO2 retainer)",
        "Blood cultures x2 before antibiotics",
        f"IV antibiotics per local guideline, e.g. {r.P(abx)}",
        f"Fluid bolus {r.P(bolus)} crystalloid over {r.P(mins)}",
        f"Lactate; escalate if > {r.P(lac)}",
        f"Hourly urine output (target > {r.P('0.5 ml/kg/h')})",
    ]
    txt = J(
        f"{pick(['Sepsis six (adult)', 'Sepsis bundle', 'Suspected sepsis - ED'])} - start within {r.P(pick(['1 hour', '60 minutes']))}:",
        *[f"{i + 1}. {x}" for i, x in enumerate(items)],
        f"Version {r.P(str(rng.randint(2, 9)) + '.' + str(rng.randint(0, 9)))}, "
        f"review date {r.P(vdate_en(r.visit(), pick([0, 2])))}",
    )
    ask = "Turn this protocol into a bedside checklist:\n" + txt
    reply = "Checklist: [ ] O2 [ ] cultures [ ] antibiotics [ ] fluids [ ] lactate [ ] urine output - record the time each is done."
    return dict(style="protocol", source="guideline", turns=[ask, reply])


# ---------------------------------------------------------------- mixed, with PHI
@tpl("mixed")
def mx_bilingual_form(r):
    p = r.zn(two=True, py_safe=True)
    b, v = r.birth(1945, 2002), r.visit()
    lab, mrn = r.mrn_zh(pick(["病案号", "门诊号", "ID号"]))
    en_lab = {"病案号": "MRN", "门诊号": "OPD No.", "ID号": "Patient ID"}[lab]
    lines = [
        "患者登记表 Patient Registration Form",
        f"姓名 Name: {r.mN(p)} / {r.Npy(p, pick(['SG', 'sg', 'S, G']))}",
        f"性别 Sex: {pick(['男 M', '女 F'])}",
        f"出生日期 Date of Birth: {pick([lambda: r.dob_en(b, 6), lambda: r.dob_zh(b, 0), lambda: r.dob_en(b, 0)])()}",
        f"{lab} {en_lab}: {mrn}",
        f"护照号 Passport No.: {r.passport('cn')}" if chance(0.5) else f"身份证号 ID No.: {r.id18(b)}",
        f"联系电话 Tel: {r.mob_cn(pick([3, 4, 5, 7]))}",
        f"电子邮箱 Email: {r.email(base=p.sur_py.lower() + p.given_py.lower().replace(chr(39), ''), cn=chance(0.5))}"
        if chance(0.6)
        else None,
        f"住址 Address: {r.addr_cn()}",
        f"就诊日期 Visit date: {r.P(vdate_zh(v, 1))}   科室 Dept: {r.P(C.deptzh())}",
    ]
    ask = pick(["Please check this bilingual form for inconsistencies:", "把这张双语登记表整理成纯英文版："])
    reply = "The Chinese and English fields are consistent; consider adding an emergency contact and allergy history. 建议补充紧急联系人和过敏史。"
    return dict(style="bilingual_form", source="form", turns=[ask + "\n" + J(*lines), reply])


@tpl("mixed")
def mx_code_switch_chat(r):
    mom = r.zn(py_safe=True, sex="F")
    b, _ = r.birth(1938, 1965), r.visit()
    lab, mrn = r.mrn_en(pick(["MRN", "Hospital number", "Patient ID"]))
    ward = r.P(pick(["ward 7B", "Ward 12", "ICU", "CCU"]))
    u1 = (
        f"我妈妈{pick(['昨晚', '今天早上', '上周'])}在{r.P(pick(HOSP_EN))}住院了，{ward}，{lab} 是 {mrn}，DOB {r.dob_en(b, pick([0, 6, 1]))}。"
        f"医生说是 {r.P(pick(['NSTEMI', 'pneumonia', 'AKI', 'UTI']))}，严重吗？"
    )
    a1 = "这类诊断的严重程度差异很大，需要结合化验、影像和生命体征判断。建议问主管医生：目前治疗方案、预计住院时间和需要注意的风险。"
    u2 = (
        f"护士让我留 contact number，我写的是 {pick([r.ph_uk, r.ph_au, r.ph_us])()}，我妈叫 {r.Npy(mom, pick(['sg', 'gs']))}"
        + (f"，中文名{r.N(mom)}" if chance(0.5) else "")
        + "，这样写 OK 吗？"
    )
    if chance(0.35):
        u2 += f" 地址写的是 {r.addr_en_any()}。"
    if chance(0.45):
        u2 += f" 另外她的 NHS number 是 {r.nhs(pick([0, 1]))}，要一起给吗？"
    a2 = "可以。建议同时注明你与患者的关系（daughter/son）和可接听电话的时间段。"
    return dict(style="code_switch_chat", source="chat", turns=[u1, a1, u2, a2])


@tpl("mixed")
def mx_overseas_referral(r):
    p = r.zn(two=True, py_safe=True)
    doc = r.en()
    b, v = r.birth(1940, 1990), r.visit()
    lab, mrn = r.mrn_zh(pick(["住院号", "病案号"]))
    dx, icd = C.dxen()
    letter = J(
        "To whom it may concern,",
        f"Re: {'Ms' if p.given in FEM_ZH else 'Mr' if p.given in MALE_ZH else 'Patient'} {r.Npy(p, pick(['SG', 'sg']))}{' (' + r.N(p) + ')' if chance(0.5) else ''}, DOB {r.dob_en(b, pick([0, 2, 7]))}",
        f"Chinese ID No.: {r.id18(b)}   Our {lab} ({'inpatient no.' if lab == '住院号' else 'record no.'}): {mrn}",
        f"Home address: {r.addr_cn(pick([0, 2, 3]))}",
        f"Tel: {r.mob_cn(pick([3, 4, 5]))}",
        f"This patient was treated at {r.P(pick(HOSP_ZH))} for {dx} ({r.P(icd)}) from {r.P(vdate_en(v, 0))}. "
        f"Current medication: {r.P(C.drugen()[0])}. Please continue follow-up.",
        f"Dr {r.E(doc, pick(['full', 'init']))}, {C.depten()}" if chance(0.5) else f"Attending physician, {C.depten()}",
    )
    ask = "请帮我把这封英文转诊信翻译成中文："
    reply = f"致相关医生：该患者因{dx}（{icd}）在我院治疗，目前继续用药，请继续随访。（证件号、联系方式等信息保持原文即可。）"
    return dict(style="overseas_referral", source="referral_letter", turns=[ask + "\n" + letter, reply])


@tpl("mixed")
def mx_hk_discharge(r):
    p = zn_from(r, HK_NAMES)
    doc = r.en()
    b, _ = r.birth(1935, 1995), r.visit()
    eng = r.S("NAME", f"{p.sur_py} {p.given_py}", [p.given_py, p.sur_py]) if chance(0.6) else ""
    hn = r.num("MRN", "HN" + D(8) + pick(["", "(" + str(rng.randint(0, 9)) + ")"]))
    dx, icd = C.dxen()
    doc_s = None if chance(0.5) else r.E(doc, pick(["full", "init"]))
    txt = J(
        f"{r.P(pick(['Queen Mary Hospital', 'Prince of Wales Hospital', 'Queen Elizabeth Hospital']))} 出院摘要 Discharge Summary",
        f"Name 姓名: {(eng + ' ') if eng else ''}{r.N(p)}   HKID 身份證: {r.hkid(brackets=chance(0.8))}",
        f"Hosp No.: {hn}   DOB 出生日期: {r.dob_en(b, pick([0, 9]))}",
        f"Address 地址: {r.addr_hk(en=True) if chance(0.5) else r.addr_hk()}",
        f"Tel 電話: {r.ph_hk()}",
        f"Diagnosis 診斷: {dx} ({r.P(icd)})   Ward 病房: {r.P(pick(['7B', 'E8', '10A']))}",
        f"Follow up 覆診: {r.P(pick(['SOPC', 'GOPC', 'Medical FU clinic']))} in {r.P(str(rng.randint(2, 12)) + ' weeks')}",
        f"Doctor 醫生: {doc_s}" if doc_s else None,
    )
    ask = pick(["請用中文解釋這份出院摘要：", "Summarise this discharge summary in one line:"])
    reply = f"出院診斷為 {dx}（{icd}），需按時到覆診診所跟進並按醫囑服藥。"
    return dict(style="hk_discharge", source="discharge_summary", turns=[ask + "\n" + txt, reply])


@tpl("mixed")
def mx_translate(r):
    p = r.zn(two=True, py_safe=True)
    b, v = r.birth(1940, 1995), r.visit()
    lab, mrn = r.mrn_zh(pick(["住院号", "门诊号", "病历号"]))
    en_lab = {"住院号": "Inpatient No.", "门诊号": "Outpatient No.", "病历号": "Record No."}[lab]
    dx, icd = C.dxzh()
    en_dx = C.dxen()[0]
    ph = r.mob_cn()
    addr = r.addr_cn(pick([0, 1, 8]))
    zh = J(
        f"姓名：{r.mN(p)}　出生日期：{r.dob_zh(b, 0)}　{lab}：{mrn}",
        f"电话：{ph}",
        f"住址：{addr}",
        f"诊断：{dx}（{r.P(icd)}）　就诊日期：{r.P(vdate_zh(v, 0))}",
    )
    en = J(
        f"Name: {r.Npy(p, 'sg')}   Date of birth: {r.dob_en(b, pick([14, 11, 2]))}   {en_lab}: {mrn}",
        f"Tel: {ph}",
        f"Address: {addr} (original Chinese)",
        f"Diagnosis: {en_dx} ({icd})   Visit date: {r.P(vdate_en(v, 4))}",
    )
    return dict(
        style="translation", source="chat", turns=["请把下面的病历首页翻译成英文：\n" + zh, "Translation:\n" + en]
    )


@tpl("mixed")
def mx_intl_intake(r):
    p = r.en()
    b, _ = r.birth(1955, 2003), r.visit()
    wx = r.mob_cn(pick([0, 1, 2]))
    lines = [
        "国际医疗中心 International Patient Intake",
        f"Name 姓名: {r.mE(p, pick(['full', 'REV']))}   Nationality 国籍: {pick(['UK', 'USA', 'Australia', 'Canada'])}",
        f"Passport 护照号: {r.passport(pick(['us', 'uk', 'other']))}   DOB: {r.dob_en(b, pick([0, 1, 6, 7]))}",
        f"WeChat 微信: {wx}（同手机号 same as mobile）",
        f"Email: {r.email(base=p.given.lower() + '.' + p.sur.lower().replace(chr(39), ''), cn=False)}",
        f"Address in China 在华住址: {r.addr_cn(pick([0, 1, 2]))}",
        "{}: {}".format(*r.mrn_zh(pick(["病历号", "ID号", "门诊号"]))),
        f"Insurance 保险: {r.P(pick(['Cigna Global', 'Bupa International', 'Allianz Care']))}, policy on file",
    ]
    ask = pick(["帮我检查这个 intake form 有没有漏项：", "Please translate the Chinese labels and check completeness:"])
    reply = "Complete overall. Add emergency contact (紧急联系人), allergies (过敏史) and preferred language for consultations."
    return dict(style="intl_intake", source="form", turns=[ask + "\n" + J(*lines), reply])


@tpl("mixed")
def mx_claim_overseas(r):
    p = r.zn(two=True, py_safe=True)
    b, v = r.birth(1950, 2000), r.visit()
    prov, city, dist = pick(
        [
            ("Guangdong", "Guangzhou", "Tianhe District"),
            ("Zhejiang", "Hangzhou", "Xihu District"),
            ("Sichuan", "Chengdu", "Wuhou District"),
            ("", "Shanghai", "Xuhui District"),
        ]
    )
    road = pick(["Binjiang East Road", "Renmin South Road", "Zhongshan North Road", "Jianshe Avenue", "Xuefu Road"])
    est = pick(["Yangguang Garden", "Cuihu Yayuan", "Jinxiu Homeland", "Zijing Residential Area"])
    n = rng.randint(1, 600)
    addr = (
        f"Room {rng.randint(1, 30)}0{rng.randint(1, 6)}, Building {rng.randint(1, 20)}, {est}, {n} {road}, {dist}, {city}"
        + (f", {prov}" if prov else "")
    )
    r.S("ADDRESS", addr, [addr, f"{n} {road}", est])
    _, mc = r.mrn_zh("医保卡号")
    _, mid = r.mrn_en("Member ID")
    lines = [
        "Overseas medical claim / 境外医疗理赔",
        f"Insured 被保险人: {r.Npy(p, 'SG')} ({r.N(p)})",
        f"Member ID: {mid}   国内医保卡号: {mc}",
        f"Date of birth: {r.dob_en(b, pick([2, 11, 0]))}",
        f"Address: {addr}",
        f"Mobile: {r.mob_cn(pick([3, 4, 5]))}   Email: {r.email()}",
        f"Treatment: {r.P(pick(['appendectomy', 'fracture fixation', 'pneumonia admission']))}, {r.P(vdate_en(v, 0))}, "
        f"{r.P(pick(['Invoice', 'Receipt']) + ' ' + D(7))}, total {r.P('USD ' + str(rng.randint(900, 25000)))}",
    ]
    ask = "Please check this claim. 我需要补什么材料？\n" + J(*lines)
    reply = "需要补充：诊断证明、费用明细、原始发票和出入境记录（passport stamps）。English: attach itemised bill, medical report and proof of travel."
    return dict(style="overseas_claim", source="insurance_form", turns=[ask, reply])


@tpl("mixed")
def mx_tw_bilingual(r):
    p = zn_from(r, TW_NAMES)
    b, _ = r.birth(1950, 2002), r.visit()
    rom = r.S("NAME", f"{p.sur_py}, {p.given_py}", [p.given_py, p.sur_py])
    chart = r.num("MRN", D(8))
    lines = [
        "診斷證明書 Medical Certificate",
        f"姓名 Name: {r.mN(p)}（{rom}）",
        f"身分證字號 ID No.: {r.twid()}",
        f"出生日期 DOB: {r.S('DOB', f'民國{b[0] - 1911}年{b[1]}月{b[2]}日') if chance(0.5) else r.dob_en(b, 6)}",
        f"病歷號 Chart No.: {chart}",
        f"住址 Address: {r.addr_tw()}",
        f"診斷 Diagnosis: {r.P(C.dxen()[0])}",
        f"醫囑 Remarks: 宜休養{r.P(str(rng.randint(3, 14)) + '天')} / rest for the period stated.",
    ]
    ask = "Please translate the remarks and check the certificate format:"
    reply = "Remarks: the patient should rest for the stated number of days. The format is standard; add the issuing physician's licence number and hospital seal."
    return dict(style="tw_certificate", source="form", turns=[ask + "\n" + J(*lines), reply])


# ---------------------------------------------------------------- mixed, PHI-free look-alikes
@tpl("mixed", free=True)
def mx_free_label(r):
    drug = pick(DRUG_PAIRS)
    lot = r.P(lot_en())
    u = J(
        f"药品标签 Label: {r.P(drug[0])} / {r.P(drug[1].capitalize())}",
        f"{lot}   EXP {r.P(f'{rng.randint(2025, 2028)}-{rng.randint(1, 12):02d}')}",
        f"Dose 用量: {r.P(drug[2])} {' 每日'.join(pick([('once daily', '一次'), ('twice daily', '两次'), ('three times daily', '三次')]))}",
        f"Storage 储存: below {r.P('25°C')}",
        "这个英文标签和中文说明书对得上吗？",
    )
    a = "基本一致。注意核对规格（mg）和频次；如中英文信息不一致，以药师核对为准。"
    return dict(style="bilingual_label", source="drug_leaflet", turns=[u, a])


@tpl("mixed", free=True)
def mx_free_lab_chat(r):
    vals = [r.P(x) for x in rng.sample(labs_en(), 3)]
    age = r.P(f"{rng.randint(25, 85)}岁")
    u = f"我爸 {age}，今天 lab 结果：{'，'.join(vals)}，{r.P(pick(specimen_en().split(' ', 1)[:1] + ['sample']))} 是上午 {r.P(hhmm())} 采的。Is this bad?"
    a = "Some values may be outside the reference range; 需要结合参考范围和症状判断。建议把完整报告给主管医生看。"
    return dict(style="code_switch_chat", source="chat", turns=[u, a])


@tpl("mixed", free=True)
def mx_free_hotline(r):
    hrs = pick(["8:00-17:00", "8:30-17:30", "7:30-16:30", "9:00-12:00 / 14:00-17:00"])
    lines = shuffled(
        [
            f"急救 Ambulance: {r.P('120')}（中国内地）/ {r.P('999')}（Hong Kong）/ {r.P('119')}（台灣）",
            f"卫生热线 Health hotline: {r.P('12320')}",
            f"UK non-emergency: {r.P('NHS 111')}",
            f"US: {r.P('911')}",
            f"Poison control 中毒咨询: {r.P('1-800-222-1222')} (US)",
            f"Samaritans: {r.P('116 123')} (UK)",
            f"门诊时间 Clinic hours: {r.P(hrs)}",
            f"客服 Customer service: {r.P('400-' + D(3, True) + '-' + D(4))}",
        ]
    )
    lines = lines[: rng.randint(4, len(lines))]
    r.protect = [x for x in r.protect if any(x in line for line in lines)]
    u = J(
        pick(
            [
                "Emergency numbers 紧急电话 - please check:",
                "帮我核对这张 poster 上的电话：",
                "Is this list correct? 对吗？",
            ]
        ),
        *lines,
    )
    a = "基本正确。Taiwan ambulance is 119; Hong Kong 999; mainland China 120. 英国非紧急医疗咨询拨打 111。"
    return dict(style="hotline_list", source="notice", turns=[u, a])


@tpl("mixed", free=True)
def mx_free_abstract(r):
    dx, icd = C.dxen()
    age = rng.randint(30, 85)
    txt = J(
        f"摘要 Abstract: 报道1例{r.P(str(age) + '岁')}{pick(['男性', '女性'])}患者 / A {r.P(str(age) + '-year-old')} patient with {dx} ({r.P(icd)}).",
        f"入院血压 {r.P(bp())}；{r.P(pick(labs_en()))}。Treated with {r.P(C.drugen()[0])} for {r.P(str(rng.randint(5, 28)) + ' days')}.",
        f"Follow-up at {r.P(str(rng.randint(3, 24)) + ' months')}: no recurrence. 关键词 Keywords: {dx}; case report.",
    )
    ask = "请润色这个中英文摘要，使其符合期刊格式：\n" + txt
    reply = "Suggested: keep Chinese and English versions parallel; state presentation, investigations, treatment and outcome in that order; avoid any identifying dates."
    return dict(style="case_abstract", source="teaching_case", turns=[ask, reply])


# ================================================================ checks
AFFIX_BEFORE = "老小阿"
AFFIX_AFTER = (
    "医生",
    "医师",
    "大夫",
    "主任",
    "护士",
    "老师",
    "药师",
    "教授",
    "院长",
    "先生",
    "女士",
    "阿姨",
    "师傅",
    "姐",
    "哥",
    "叔",
    "姨",
    "伯",
    "奶奶",
    "爷爷",
    "总",
    "工",
)


def is_aw(ch):
    return ch.isascii() and ch.isalnum()


def occurrences(text, s, ci=False):
    t, q = (text.lower(), s.lower()) if ci else (text, s)
    out, i = [], t.find(q)
    while i != -1:
        out.append((i, i + len(q)))
        i = t.find(q, i + 1)
    return out


def whole(text, a, b):
    left = a == 0 or not (is_aw(text[a - 1]) and is_aw(text[a]))
    right = b == len(text) or not (is_aw(text[b]) and is_aw(text[b - 1]))
    return left and right


def part_occurrences(text, part):
    if re.search(r"[A-Za-z]", part):
        return [(a, b) for a, b in occurrences(text, part, ci=True) if whole(text, a, b)]
    return occurrences(text, part)


def check_row(row):
    turns, spans, protect = row["turns"], row["spans"], row["protect"]
    if not (1 <= len(turns) <= 6) or not all(isinstance(t, str) and t.strip() for t in turns):
        raise Reject("turns")
    texts = [s["text"] for s in spans]
    if len(set(texts)) != len(texts):
        raise Reject("dup span")
    for s in spans:
        if s["kind"] not in KINDS or not s["text"] or s["text"] != s["text"].strip():
            raise Reject("bad span")
        if s["parts"][0] != s["text"] and s["kind"] != "NAME":
            raise Reject("parts must start with whole")
        for q in s["parts"]:
            if q not in s["text"]:
                raise Reject(f"part {q!r} not in span {s['text']!r}")
        if not any(s["text"] in t for t in turns):
            raise Reject(f"span missing {s['text']!r}")
    for p in protect:
        if not any(p in t for t in turns):
            raise Reject(f"protect missing {p!r}")
        if p in texts:
            raise Reject("protect is span")
        for s in spans:
            for q in [s["text"]] + s["parts"]:
                if part_occurrences(p, q):
                    raise Reject(f"protect {p!r} contains {q!r}")
    for t in turns:
        lab = []
        for s in spans:
            for a, b in occurrences(t, s["text"]):
                if not whole(t, a, b):
                    raise Reject(f"span not whole word {s['text']!r}")
                lab.append((a, b, s))
        for a, b, s in lab:
            for c, d, s2 in lab:
                if a < d and c < b and not ((a <= c and d <= b) or (c <= a and b <= d)):
                    raise Reject(f"partial overlap {s['text']!r} / {s2['text']!r}")
                if a < d and c < b and s["kind"] != s2["kind"]:
                    raise Reject(f"nested kinds {s['text']!r} / {s2['text']!r}")
        part_iv = []
        for s in spans:
            for q in s["parts"]:
                for a, b in part_occurrences(t, q):
                    if not any(c <= a and b <= d for c, d, _ in lab):
                        raise Reject(f"unlabelled part {q!r} of {s['text']!r}")
                    part_iv.append((a, b))
        for s in spans:
            if len(s["text"]) == 1:
                for a, b in occurrences(t, s["text"]):
                    inside = any(c <= a and b <= d and d - c > 1 for c, d, _ in lab)
                    nxt = t[b : b + 3]
                    affix = (a > 0 and t[a - 1] in AFFIX_BEFORE) or any(nxt.startswith(x) for x in AFFIX_AFTER)
                    if not (inside or affix):
                        raise Reject(f"bare one-char span {s['text']!r}")
        for p in protect:
            for a, b in occurrences(t, p):
                if any(a < d and c < b for c, d, _ in lab) or any(a < d and c < b for c, d in part_iv):
                    raise Reject(f"protect overlaps {p!r}")
    return True


def validate_checksums(row):
    for s in row["spans"]:
        t = s["text"]
        if s["kind"] != "ID":
            continue
        if re.fullmatch(r"\d{17}[\dX]", t.replace(" ", "").replace("-", "")):
            assert cn_id18_valid(t.replace(" ", "").replace("-", "")), t
        m = re.fullmatch(r"([A-Z]{1,2})(\d{6})\(([\dA])\)", t)
        if m:
            assert hkid_check(m.group(1), m.group(2)) == m.group(3), t
        if re.fullmatch(r"[A-Z][12]\d{8}", t):
            assert twid_valid(t), t


# ================================================================ main
def build():
    quotas = {
        ("zh", False): 126,
        ("zh", True): 54,
        ("en", False): 112,
        ("en", True): 48,
        ("mixed", False): 42,
        ("mixed", True): 18,
    }
    slots = [k for k, n in quotas.items() for _ in range(n)]
    rng.shuffle(slots)
    pools = {k: [t for t in TEMPLATES if (t[1], t[2]) == k] for k in quotas}
    queues = {k: [] for k in quotas}
    rows, fails, seen = [], Counter(), set()
    for i, key in enumerate(slots):
        row = None
        while row is None:
            if not queues[key]:
                queues[key] = shuffled(pools[key])
            name, lang, free, fn = queues[key].pop()
            for _ in range(60):
                r = R()
                try:
                    C.new()
                    out = fn(r)
                    turns = out["turns"]
                    if len(turns) == 2 and chance(0.08):
                        # a bare user turn (pasted text, no answer yet): keep only what still occurs
                        turns = turns[:1]
                        r.spans = [x for x in r.spans if x["text"] in turns[0]]
                        r.protect = [x for x in r.protect if x in turns[0]]
                    cand = {
                        "id": f"dev8-{i + 1:04d}",
                        "lang": lang,
                        "style": out["style"],
                        "source": out["source"],
                        "turns": turns,
                        "spans": r.spans,
                        "protect": r.protect,
                    }
                    if free and r.spans:
                        raise Reject("spans in PHI-free row")
                    if not free and not r.spans:
                        raise Reject("no spans")
                    check_row(cand)
                    validate_checksums(cand)
                    sig = "\x00".join(cand["turns"])
                    if sig in seen:
                        raise Reject("duplicate text")
                    seen.add(sig)
                    row = cand
                    row["template"] = name
                    break
                except Reject as e:
                    fails[(name, str(e).split(" ")[0])] += 1
        rows.append(row)
    return rows, fails


def main():
    rows, fails = build()
    assert len({r["id"] for r in rows}) == len(rows)
    templates = Counter(r.pop("template") for r in rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    kinds = Counter(s["kind"] for r in rows for s in r["spans"])
    langs = Counter(r["lang"] for r in rows)
    free = sum(1 for r in rows if not r["spans"])
    print(f"wrote {OUT}")
    print(f"rows: {len(rows)}")
    print("rows per lang: " + ", ".join(f"{k}={langs[k]}" for k in ("zh", "en", "mixed")))
    print("identifiers per kind: " + ", ".join(f"{k}={kinds[k]}" for k in KINDS) + f" (total {sum(kinds.values())})")
    print(f"PHI-free rows: {free} ({100 * free / len(rows):.0f}%)")
    print(f"templates used: {len(templates)}; protect strings: {sum(len(r['protect']) for r in rows)}")
    if "-v" in sys.argv:
        for k, n in fails.most_common(40):
            print("  reject", k, n, file=sys.stderr)
        for k, n in sorted(templates.items()):
            print("  template", k, n, file=sys.stderr)


if __name__ == "__main__":
    main()
