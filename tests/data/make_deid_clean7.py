#!/usr/bin/env python3
"""Generate tests/data/deid_clean7.jsonl, a labelled clean development set for the
de-identification scrubber (PROTOCOL.md section 7).

What the set is
---------------
400 invented conversations of 1-4 turns that contain NO personal identifiers at all:
no names of patients, relatives or staff (real or invented), no phone numbers, ID
numbers, record numbers, e-mail addresses, street addresses of people or dates of
birth.  Half are Chinese (200), 35% English (140) and 15% mixed Chinese/English (60).
They are written the way real hospital text arrives -- online consultations and
WeChat questions, doctors' answers, discharge instructions, nursing notes that only
use bed numbers, lab and imaging reports, drug leaflets, prescriptions without names,
guideline excerpts, insurance FAQs, hospital notices, appointment instructions, diet,
exercise and vaccination plans, research abstracts, ward timetables, triage
protocols, TCM prescriptions, pharmacy Q&A and medical-history lessons -- and they
are FULL of things a careless scrubber may take for identifiers: doses, blood
pressures, lab values and reference ranges, visit/test/surgery dates, times, ages,
ICD-10 codes, lot and approval numbers, barcodes, public hotlines (120, 12320, 999,
111, 1-800 lines), ward/bed/room/floor and extension numbers, prices, guideline
years, versions and page numbers; Chinese words that start with a surname character
(高血压, 常规, 黄疸, 周期, 叶酸, 孙女 ...), drugs and herbs (华法林, 徐长卿, 何首乌
...), English words that are also first names or surnames (Will, Grace, Frank,
Baker, Ward, May ...), eponyms (Parkinson's disease, Apgar score, 川崎病), hospitals
and buildings named after people or places (中山医院, 逸夫楼, St Mary's Hospital,
Johns Hopkins), job titles without names (护士长, the registrar), places, brands
(同仁堂, 王老吉, Dr. Reddy's), apps, and historical figures used as history
(Hippocrates, Florence Nightingale, 李时珍, 华佗, 张仲景).  Every such look-alike is
listed in "protect": the scrubber must leave all of them untouched and must make no
replacement at all in these rows ("spans" is always empty).

It was written blind in round 14 of issue 10: the author did not read the scrubber,
its tests, its word lists, the other deid data sets or git history; only section 7
of PROTOCOL.md (what counts as PHI).  All texts, pools and templates are invented
here.  Phone-shaped numbers are limited to public service numbers (120, 12320,
12315, 12356, 12393, 999, 111, 911, 1-800-222-1222 ...) and a short whitelist of
invented institutional lines (1-800-555-01xx, two 400- numbers of a pharmacy chain).
Scenarios are dealt from shuffled decks so that no template repeats before the
others of its generator have been used.

Row format (one JSON object a line, ensure_ascii=False)
--------------------------------------------------------
{"id": "clean7-0001", "lang": "zh" | "en" | "mixed", "style": "<short style name>",
 "source": "none", "turns": ["user text", "assistant text", ...], "spans": [],
 "protect": ["clinical value that must survive", ...]}

Checks (a row that fails any of them is drawn again from the same random stream,
so the output stays deterministic)
------------------------------------------------------------------------------
* every protect string occurs verbatim in the turns; at least 4 per row;
* "spans" is empty, "source" is "none", 1-4 turns, no duplicate conversation;
* no Chinese personal-name pattern built from this file's own pools: a surname
  character followed by two given-name characters, a surname followed by a title
  (王医生, 李主任, 张某), 老X/小X nicknames -- except the whitelisted historical
  figures, herbs and brands (华佗, 徐长卿, 王老吉 ...);
* no English "Firstname Lastname" of a person (first-name pool word followed by a
  capitalised word) and no "Dr/Mr/Mrs/Ms/Nurse/Sister X" except the whitelisted
  historical figures and institutions (Florence Nightingale, Dr. Reddy's, John
  Radcliffe Hospital ...);
* no e-mail address, no mobile-phone or ID-card shaped digit run, no phone-shaped
  number outside the whitelist of public/fictional service lines, no record-number
  keyword (住院号, MRN ...) followed by digits, no date-of-birth wording;
* language: "en" rows contain no Chinese character, "mixed" rows contain both
  Chinese and English words, "zh" rows are mainly Chinese; long digit runs must
  be valid EAN-13 barcodes;
* ids unique; finally the language split is exactly 200/140/60.

Run
---
    python3 tests/data/make_deid_clean7.py

It rewrites tests/data/deid_clean7.jsonl (next to this file) and prints rows per
language and per style and the protect count; with -v it also prints every redraw
and its reason to stderr.  Standard library only;
random.Random(7007).
"""

import collections
import datetime
import json
import os
import random
import re
import sys

SEED = 7007
LANG_COUNTS = {"zh": 200, "en": 140, "mixed": 60}
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "deid_clean7.jsonl")


DECKS = {}  # scenario decks: each generator deals its scenarios without repeats until the deck is empty


class B:
    """Row builder: random helpers plus the protect list (P marks a look-alike)."""

    def __init__(self, rng):
        self.rng = rng
        self.prot = []

    def P(self, s):
        s = str(s)
        if s and s not in self.prot:
            self.prot.append(s)
        return s

    def c(self, seq):
        """Choose one; an option given as a callable is only evaluated when chosen
        (so that its P() calls only register look-alikes that reach the text)."""
        x = self.rng.choice(list(seq))
        return x() if callable(x) else x

    def deal(self, key, options):
        """Like c(), but cycles through the options in shuffled order (no repeat until all were used)."""
        deck = DECKS.get(key)
        if not deck:
            deck = list(range(len(options)))
            self.rng.shuffle(deck)
            DECKS[key] = deck
        x = options[deck.pop()]
        return x() if callable(x) else x

    def pc(self, seq):
        return self.P(self.rng.choice(list(seq)))

    def ri(self, a, b):
        return self.rng.randint(a, b)

    def rf(self, a, b, nd=1):
        return f"{self.rng.uniform(a, b):.{nd}f}"

    def coin(self, p=0.5):
        return self.rng.random() < p

    def pick(self, seq, k):
        return self.rng.sample(list(seq), k)

    def some(self, pool, lo, hi=None, keep_order=False):
        """Evaluate a random subset (lo..hi items) of a pool of strings/callables."""
        hi = lo if hi is None else hi
        k = self.ri(lo, min(hi, len(pool)))
        idx = self.pick(range(len(pool)), k)
        if keep_order:
            idx.sort()
        return [pool[i]() if callable(pool[i]) else pool[i] for i in idx]

    def shuf(self, seq):
        seq = list(seq)
        self.rng.shuffle(seq)
        return seq

    def day(self, y0=2023, y1=2025):
        start = datetime.date(y0, 1, 1)
        end = datetime.date(y1, 12, 31)
        return start + datetime.timedelta(days=self.rng.randint(0, (end - start).days))

    # dates -----------------------------------------------------------
    def zdate(self, d=None, kind=None):
        d = d or self.day()
        kind = self.ri(0, 4) if kind is None else kind
        return self.P(zh_d(d, kind))

    def edate(self, d=None, kind=None):
        d = d or self.day()
        kind = self.ri(0, 5) if kind is None else kind
        return self.P(en_d(d, kind))

    def ztime(self):
        h = self.ri(7, 20)
        m = self.c(["00", "15", "30", "45"])
        return self.P(self.c([f"{h:02d}:{m}", f"{'上午' if h < 12 else '下午'}{h if h <= 12 else h - 12}:{m}"]))

    def etime(self):
        h = self.ri(7, 20)
        m = self.c(["00", "15", "30", "45"])
        hh = h if h <= 12 else h - 12
        return self.P(
            self.c([f"{h:02d}:{m}", f"{hh}.{m}{'am' if h < 12 else 'pm'}", f"{hh}:{m}{'am' if h < 12 else 'pm'}"])
        )

    def bp(self, lo=(118, 72), hi=(168, 104)):
        return self.P(f"{self.ri(lo[0], hi[0])}/{self.ri(lo[1], hi[1])} mmHg")

    def approval(self, letter="H"):
        return self.P(
            f"国药准字{letter}{self.c(['1998', '2000', '2003', '2005', '2009', '2013', '2019', '2020', '2023'])}{self.ri(0, 9999):04d}"
        )

    def lot(self, zh=True):
        d = self.day(2023, 2025)
        if zh:
            return self.P(self.c([f"{d:%Y%m%d}", f"{d:%y%m%d}{self.ri(1, 9)}", f"{d:%Y%m}{self.ri(10, 99)}"]))
        return self.P(
            self.c(
                [
                    f"{chr(65 + self.ri(0, 25))}{chr(65 + self.ri(0, 25))}{self.ri(1000, 9999)}",
                    f"{self.ri(1, 9)}{chr(65 + self.ri(0, 25))}{self.ri(100, 999)}{chr(65 + self.ri(0, 25))}",
                    f"{d:%y%m}{self.ri(100, 999)}",
                ]
            )
        )

    def barcode(self, prefix="69"):
        body = prefix + "".join(str(self.ri(0, 9)) for _ in range(12 - len(prefix)))
        s = sum(int(ch) * (3 if i % 2 else 1) for i, ch in enumerate(body))
        return self.P(body + str((10 - s % 10) % 10))


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


MONTHS = [
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
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ZH_WEEK = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]


def zh_d(d, kind):
    return [
        f"{d.year}年{d.month}月{d.day}日",
        f"{d:%Y-%m-%d}",
        f"{d.year}.{d.month}.{d.day}",
        f"{d.month}月{d.day}日",
        f"{d:%Y/%m/%d}",
    ][kind]


def en_d(d, kind):
    return [
        f"{d:%d/%m/%Y}",
        f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}",
        f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}",
        f"{d:%Y-%m-%d}",
        f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]}",
    ][kind]


# ---------------------------------------------------------------------------
# pools (all invented for this file)
# ---------------------------------------------------------------------------
DRUGS = [
    dict(
        zh="阿莫西林胶囊",
        en="amoxicillin",
        zs="0.25 g",
        pack="0.25 g×24粒",
        zu="一次0.5 g（2粒），一日3次",
        es="500 mg capsules",
        eu="500 mg three times a day (tds) for 5 days",
        L="H",
    ),
    dict(
        zh="华法林钠片",
        en="warfarin",
        zs="2.5 mg",
        pack="2.5 mg×60片",
        zu="每晚1片，根据INR调整",
        es="1 mg, 3 mg and 5 mg tablets",
        eu="dose once daily at 6 pm, adjusted to INR",
        L="H",
    ),
    dict(
        zh="盐酸二甲双胍缓释片",
        en="metformin",
        zs="0.5 g",
        pack="0.5 g×30片",
        zu="一次0.5 g，一日2次，随餐服用",
        es="500 mg tablets",
        eu="500 mg bid with meals",
        L="H",
    ),
    dict(
        zh="苯磺酸氨氯地平片",
        en="amlodipine",
        zs="5 mg",
        pack="5 mg×28片",
        zu="一次5 mg，一日1次",
        es="5 mg tablets",
        eu="5 mg once daily (od)",
        L="H",
    ),
    dict(
        zh="马来酸依那普利片",
        en="enalapril maleate",
        zs="10 mg",
        pack="10 mg×16片",
        zu="一次10 mg，一日1次",
        es="10 mg tablets",
        eu="10 mg od, check potassium after 1-2 weeks",
        L="H",
    ),
    dict(
        zh="马来酸氯苯那敏片",
        en="chlorphenamine maleate",
        zs="4 mg",
        pack="4 mg×100片",
        zu="一次4 mg，一日3次",
        es="4 mg tablets",
        eu="4 mg every 4-6 hours, no more than 24 mg a day",
        L="H",
    ),
    dict(
        zh="阿托伐他汀钙片",
        en="atorvastatin",
        zs="20 mg",
        pack="20 mg×7片",
        zu="一次20 mg，每晚1次",
        es="20 mg tablets",
        eu="20 mg at night",
        L="H",
    ),
    dict(
        zh="叶酸片",
        en="folic acid",
        zs="0.4 mg",
        pack="0.4 mg×31片",
        zu="一次0.4 mg，一日1次",
        es="400 microgram tablets",
        eu="400 micrograms once a day until week 12",
        L="H",
    ),
    dict(
        zh="布洛芬缓释胶囊",
        en="ibuprofen",
        zs="0.3 g",
        pack="0.3 g×20粒",
        zu="一次0.3 g，一日2次",
        es="200 mg tablets",
        eu="200-400 mg every 6-8 hours with food",
        L="H",
    ),
    dict(
        zh="对乙酰氨基酚片",
        en="paracetamol",
        zs="0.5 g",
        pack="0.5 g×12片",
        zu="一次0.5 g，间隔4-6小时，24小时不超过2 g",
        es="500 mg tablets",
        eu="1 g up to 4 times in 24 hours, at least 4 hours apart",
        L="H",
    ),
    dict(
        zh="奥美拉唑肠溶胶囊",
        en="omeprazole",
        zs="20 mg",
        pack="20 mg×14粒",
        zu="一次20 mg，一日1次，早餐前",
        es="20 mg gastro-resistant capsules",
        eu="20 mg once daily before breakfast",
        L="H",
    ),
    dict(
        zh="左甲状腺素钠片",
        en="levothyroxine",
        zs="50 μg",
        pack="50 μg×100片",
        zu="每日清晨空腹1片",
        es="50 microgram tablets",
        eu="50 micrograms every morning, 30 minutes before breakfast",
        L="H",
    ),
    dict(
        zh="氯雷他定片",
        en="loratadine",
        zs="10 mg",
        pack="10 mg×6片",
        zu="一次10 mg，一日1次",
        es="10 mg tablets",
        eu="10 mg once a day",
        L="H",
    ),
    dict(
        zh="硝苯地平控释片",
        en="nifedipine",
        zs="30 mg",
        pack="30 mg×7片",
        zu="一次30 mg，一日1次，整片吞服",
        es="30 mg modified-release tablets",
        eu="30 mg once daily, swallowed whole",
        L="J",
    ),
    dict(
        zh="多巴丝肼片",
        en="co-beneldopa",
        zs="0.25 g",
        pack="0.25 g×40片",
        zu="一次0.125 g（半片），一日3次",
        es="62.5 mg capsules",
        eu="62.5 mg three times a day, titrated",
        L="H",
    ),
    dict(
        zh="蒙脱石散",
        en="diosmectite",
        zs="3 g",
        pack="3 g×10袋",
        zu="一次1袋，一日3次，温水50 ml冲服",
        es="3 g sachets",
        eu="one 3 g sachet three times a day",
        L="H",
    ),
]

LABS = [
    # zh, en, abbr, unit, low, high, nd
    ("白细胞计数", "White blood cell count", "WBC", "×10^9/L", 3.5, 9.5, 1),
    ("中性粒细胞百分比", "Neutrophils", "NEUT%", "%", 40.0, 75.0, 1),
    ("血红蛋白", "Haemoglobin", "Hb", "g/L", 115, 150, 0),
    ("血小板计数", "Platelets", "PLT", "×10^9/L", 125, 350, 0),
    ("空腹血糖", "Fasting glucose", "FPG", "mmol/L", 3.9, 6.1, 1),
    ("糖化血红蛋白", "HbA1c", "HbA1c", "%", 4.0, 6.0, 1),
    ("总胆固醇", "Total cholesterol", "TC", "mmol/L", 2.8, 5.2, 2),
    ("低密度脂蛋白胆固醇", "LDL cholesterol", "LDL-C", "mmol/L", 0.0, 3.4, 2),
    ("甘油三酯", "Triglycerides", "TG", "mmol/L", 0.45, 1.70, 2),
    ("肌酐", "Creatinine", "Cr", "μmol/L", 57, 111, 0),
    ("尿酸", "Uric acid", "UA", "μmol/L", 208, 428, 0),
    ("丙氨酸氨基转移酶", "ALT", "ALT", "U/L", 9, 50, 0),
    ("总胆红素", "Total bilirubin", "TBil", "μmol/L", 0.0, 21.0, 1),
    ("促甲状腺激素", "TSH", "TSH", "mIU/L", 0.27, 4.20, 2),
    ("C反应蛋白", "C-reactive protein", "CRP", "mg/L", 0.0, 10.0, 1),
    ("血钾", "Potassium", "K", "mmol/L", 3.5, 5.3, 1),
    ("铁蛋白", "Ferritin", "Ferritin", "ng/mL", 30, 400, 0),
    ("25-羟维生素D", "25-OH vitamin D", "25(OH)D", "ng/mL", 30, 100, 1),
]

ICD = [
    ("I10", "原发性高血压", "essential (primary) hypertension"),
    ("E11.9", "2型糖尿病，不伴并发症", "type 2 diabetes mellitus without complications"),
    ("J18.9", "肺炎，未特指", "pneumonia, unspecified organism"),
    ("K35.8", "急性阑尾炎", "acute appendicitis, other and unspecified"),
    ("N39.0", "尿路感染", "urinary tract infection, site not specified"),
    ("M54.5", "腰痛", "low back pain"),
    ("G20", "帕金森病", "Parkinson's disease"),
    ("K50.9", "克罗恩病", "Crohn's disease, unspecified"),
    ("Q90.9", "唐氏综合征", "Down syndrome, unspecified"),
    ("M30.3", "川崎病", "Kawasaki disease (mucocutaneous lymph node syndrome)"),
    ("G51.0", "贝尔面瘫", "Bell's palsy"),
    ("M71.2", "腘窝囊肿（Baker囊肿）", "Baker's cyst (synovial cyst of popliteal space)"),
    ("E05.0", "格雷夫斯病", "Graves' disease with diffuse goitre"),
    ("E06.3", "桥本甲状腺炎", "Hashimoto's thyroiditis"),
    ("G30.9", "阿尔茨海默病", "Alzheimer's disease, unspecified"),
    ("M10.9", "痛风", "gout, unspecified"),
    ("O24.4", "妊娠期糖尿病", "gestational diabetes mellitus"),
    ("P59.9", "新生儿黄疸", "neonatal jaundice, unspecified"),
    ("J45.9", "支气管哮喘", "asthma, unspecified"),
    ("E76.1", "亨特综合征（黏多糖贮积症II型）", "Hunter syndrome (mucopolysaccharidosis type II)"),
]

CITIES_ZH = [
    "北京",
    "上海",
    "广州",
    "杭州",
    "成都",
    "武汉",
    "西安",
    "南京",
    "长沙",
    "重庆",
    "郑州",
    "昆明",
    "厦门",
    "青岛",
]
PROVINCES_ZH = ["广东省", "浙江省", "四川省", "湖南省", "河南省", "云南省", "江苏省", "山东省"]
DISTRICTS_ZH = ["海淀区", "浦东新区", "天河区", "西湖区", "武侯区", "江汉区", "雁塔区", "鼓楼区"]
CITIES_EN = [
    "Manchester",
    "Leeds",
    "Birmingham",
    "Bristol",
    "Glasgow",
    "Boston",
    "Chicago",
    "Toronto",
    "Sydney",
    "Auckland",
    "Dublin",
    "Cardiff",
    "Edinburgh",
    "Melbourne",
]
HOSP_ZH = [
    "中山医院",
    "市第一人民医院",
    "协和医院",
    "华西医院",
    "湘雅医院",
    "同济医院",
    "瑞金医院",
    "邵逸夫医院",
    "白求恩国际和平医院",
    "宋庆龄儿童医院",
    "市中医院",
    "省人民医院",
]
BUILD_ZH = ["逸夫楼", "门诊楼", "医技楼", "住院部3号楼", "中山楼", "仲景楼", "综合楼", "外科大楼"]
ROADS_ZH = ["中山路", "解放路", "人民路", "建国路", "延安路", "中山北路", "逸仙路", "黄河路"]
APPS_ZH = [
    "微信公众号",
    "支付宝小程序",
    "好大夫在线",
    "丁香医生",
    "平安好医生",
    "京东健康",
    "国家医保服务平台App",
    "健康160",
]
HOSP_EN = [
    "St Mary's Hospital",
    "Johns Hopkins Hospital",
    "Guy's and St Thomas'",
    "the Royal Free",
    "Mount Sinai",
    "Addenbrooke's",
    "the John Radcliffe Hospital",
    "Great Ormond Street Hospital",
    "Massachusetts General Hospital",
    "the Mayo Clinic",
    "the Royal Victoria Infirmary",
    "St George's",
]
APPS_EN = [
    "the NHS App",
    "MyChart",
    "Patient Access",
    "the hospital's patient portal",
    "MyHealth app",
    "Healthy Steps app",
]
# explicitly fictional institutional lines (555-01xx is reserved for fiction)
FICT_LINES = ["1-800-555-0142", "1-800-555-0187", "1-800-555-0119", "400-800-6120", "400-611-0320"]


def zloc(b):
    return b.P(
        b.c(
            [
                f"{b.c(BUILD_ZH)}{b.ri(2, 12)}层",
                f"{b.ri(1, 9)}号楼{b.ri(2, 15)}层",
                f"门诊楼{b.ri(1, 5)}楼{b.c('东西南北')}区",
                f"医技楼负{b.ri(1, 2)}层",
                f"{b.c(BUILD_ZH)}{b.ri(1, 6)}楼{b.c('ABCD')}区",
            ]
        )
    )


def zbed(b):
    return b.P(
        b.c(
            [
                f"{b.ri(1, 48)}床",
                f"{b.c('ABC')}区{b.ri(1, 36)}床",
                f"加{b.ri(1, 6)}床",
                f"{b.ri(3, 22)}病区{b.ri(1, 40)}床",
            ]
        )
    )


def eloc(b):
    return b.P(
        b.c(
            [
                f"Ward {b.ri(1, 12)}{b.c('ABCD')}",
                f"Level {b.ri(1, 6)}",
                f"Bay {b.ri(1, 6)} Bed {b.ri(1, 6)}",
                f"Room {b.ri(1, 4)}.{b.ri(10, 40)}",
                f"Clinic {b.ri(1, 12)}",
                f"Outpatients Building {b.c('ABC')}",
            ]
        )
    )


def ebed(b):
    return b.P(
        b.c(
            [
                f"Bed {b.ri(1, 30)}",
                f"Bay {b.ri(1, 6)} Bed {b.ri(1, 6)}",
                f"side room {b.ri(1, 8)}",
                f"Bed {b.ri(1, 24)}{b.c('ABCD')}",
            ]
        )
    )


def oploc(b):
    """Outpatient / department location (no beds)."""
    return b.P(
        b.c(
            [
                f"Clinic {b.ri(1, 12)}",
                f"Level {b.ri(1, 6)}, Outpatients",
                f"Room {b.ri(1, 4)}.{b.ri(10, 40)}",
                f"Outpatients Building {b.c('ABC')}",
                f"the {b.c(['Jenner', 'Lister', 'Fleming', 'Nightingale'])} Building, Level {b.ri(1, 4)}",
            ]
        )
    )


def lab_val(b, lab, abnormal=None):
    zh, en, ab, unit, lo, hi, nd = lab
    span = hi - lo
    if abnormal == "high":
        v = b.rng.uniform(hi + span * 0.05, hi + span * 0.6)
    elif abnormal == "low":
        v = b.rng.uniform(max(lo - span * 0.4, lo * 0.3), lo - span * 0.03 if lo > 0 else lo)
    else:
        v = b.rng.uniform(lo + span * 0.1, hi - span * 0.1)
    v = max(v, 0.01)
    s = f"{v:.{nd}f}"
    rng_s = f"{lo:.{nd}f}-{hi:.{nd}f}" if lo > 0 else f"<{hi:.{nd}f}"
    return s, rng_s


# ---------------------------------------------------------------------------
# style: online_consult
# ---------------------------------------------------------------------------
ZH_OPEN = ["医生您好，", "您好，", "大夫您好，", "打扰了医生，", "请问医生，", "医生，", "你好，想咨询一下，"]
ZH_DOC_OPEN = ["您好。", "您好，", "你好，", "", "收到您的问题。", "您好，看了您的描述，"]
ZH_DOC_CLOSE = [
    "",
    "",
    "以上建议仅供参考，具体请以面诊为准。",
    "祝早日康复。",
    "有问题可以继续留言。",
    "线上无法替代面诊，必要时请及时就医。",
]


def consult_zh(b):
    hosp = b.c(HOSP_ZH)
    op, do, dc = b.c(ZH_OPEN), b.c(ZH_DOC_OPEN), b.c(ZH_DOC_CLOSE)

    def bp_case():
        age = b.ri(52, 79)
        drug = b.c([DRUGS[3], DRUGS[13], DRUGS[4]])
        bp = b.bp((146, 88), (172, 104))
        u = b.c(
            [
                lambda: (
                    f"{op}我今年{b.P(f'{age}岁')}，{b.zdate()}在社区卫生服务中心量的血压是{bp}，{b.P('高血压')}已经{b.P(f'{b.ri(3, 15)}年')}了，"
                    f"一直吃{b.P(drug['zh'])}，每天早上{b.P(drug['zs'])}。最近早上起来后脑勺发胀，要不要加药？"
                ),
                lambda: (
                    f"{op}家里老人{b.P(f'{age}岁')}，这几天血压在{bp}上下，吃的是{b.P(drug['zh'])}（{b.P(drug['pack'])}），{b.P('一日1次')}。"
                    f"他{b.P('曾经')}有过一次轻度脑梗，现在的用药{b.P('方案')}需要调整吗？"
                ),
            ]
        )
        a = (
            f"{do}{bp}高于{b.P('140/90 mmHg')}的诊断界值。按照《{b.P(b.c(['中国高血压防治指南（2024年修订版）', '中国高血压防治指南2018年修订版']))}》，"
            f"合并脑血管病或糖尿病时目标一般在{b.P('130/80 mmHg')}以下。"
            + "".join(
                b.some(
                    [
                        lambda: f"连续{b.P('7天')}早晚各测{b.P('2次')}，间隔{b.P('1分钟')}，记下来复诊时带上。",
                        "不要自行停药或把剂量加倍。",
                        lambda: (
                            f"每天食盐不超过{b.P('5 g')}，{b.c(['少吃腌菜、酱油和方便面', '注意隐形盐，比如挂面、咸菜和火腿'])}。"
                        ),
                        lambda: f"如果出现剧烈头痛、一侧肢体无力或说话不清，{b.P('马上')}拨打{b.P('120')}。",
                        lambda: f"心内科医生可能会评估是否加用{b.P(b.c(['缬沙坦', '吲达帕胺', '美托洛尔']))}。",
                    ],
                    3,
                    5,
                )
            )
            + dc
        )
        turns = [u, a]
        if b.coin(0.5):
            turns += [
                f"好的，谢谢。请问{b.P(hosp)}的心内科在哪里？{b.c(['周几有专家门诊？', '高血压专病门诊怎么挂？'])}",
                f"心内科门诊在{zloc(b)}，高血压专病门诊是每周{b.c(['二、四', '一、三', '三、五'])}下午{b.P(b.c(['13:30-17:00', '14:00-17:30']))}。"
                f"可以在{b.pc(APPS_ZH)}提前{b.P(b.c(['7天', '14天']))}预约。",
            ]
        return turns

    def fever_case():
        age = b.c(["3岁2个月", "18个月", "2岁半", "4岁", "10个月"])
        t1, t2 = b.rf(39.0, 40.1), b.rf(37.3, 38.2)
        u = (
            f"{op}孩子{b.P(age)}，发烧{b.P('第4天')}了，最高{b.P(t1 + '℃')}，吃{b.P('布洛芬混悬液')}{b.P(b.c(['4 ml', '5 ml', '6 ml']))}能退到{b.P(t2 + '℃')}，"
            f"过几个小时又烧起来。今天发现眼睛有点红，嘴唇干裂，手脚背有点肿。"
        )
        a = (
            f"{do}持续发热{b.P('5天')}左右并且出现眼红、唇红干裂、手足肿胀，需要警惕{b.P('川崎病')}。建议今天就带孩子去儿科急诊，"
            f"查{b.P('血常规')}、{b.P('C反应蛋白')}、{b.P('血沉')}和{b.P('心脏彩超')}。布洛芬两次之间间隔不少于{b.P('6小时')}，"
            f"{b.P('24小时')}内不超过{b.P('4次')}。如果孩子精神很差、抽搐或者尿量明显减少，请直接拨打{b.P('120')}。"
        )
        turns = [u, a]
        if b.coin(0.6):
            turns += [
                f"我们住在{b.pc(DISTRICTS_ZH)}，去{b.P(hosp)}还是附近社区医院？",
                f"疑似川崎病需要做心脏超声，建议去有儿科急诊的{hosp}。儿科急诊在{zloc(b)}，{b.P('24小时')}开放。"
                f"{b.P('万一')}路上孩子抽搐，先让孩子侧躺，不要往嘴里塞东西。",
            ]
        return turns

    def preg_case():
        w = b.ri(9, 12)
        hb = b.ri(96, 108)
        u = (
            f"{op}我现在孕{b.P(f'{w}周+{b.ri(1, 6)}天')}，{b.zdate()}建档时查的血红蛋白{b.P(f'{hb} g/L')}，医生说有点贫血。"
            f"我一直在吃{b.P('叶酸')}{b.P('0.4 mg')}，还需要补铁吗？另外{b.P('NT检查')}约在{b.zdate(kind=3)}，需要空腹吗？"
        )
        a = (
            f"{do}孕期血红蛋白低于{b.P('110 g/L')}属于贫血，{hb} g/L是轻度。叶酸继续吃到孕{b.P('12周')}；复查{b.P('铁蛋白')}，如果低于{b.P('30 ng/mL')}，"
            f"通常需要口服铁剂。饮食上每周吃{b.P('1-2次')}红肉或动物肝脏，搭配{b.P(b.c(['柳橙', '猕猴桃', '杨梅']))}等富含维C的水果，"
            f"{b.P('牛奶')}和浓茶要和铁剂间隔{b.P('2小时')}。NT检查不需要空腹，时间窗是孕{b.P('11周至13周+6天')}。"
        )
        turns = [u, a]
        if b.coin(0.6):
            turns += [
                f"家里人说喝红枣{b.P('江米')}粥可以补血，有用吗？",
                f"可以当作加餐，但含铁量很低，不能代替铁剂。一般补铁{b.P('4周')}后复查{b.P('血常规')}。",
            ]
        return turns

    def lab_case():
        labs = b.pick(LABS[:4] + LABS[14:16], 3)
        lines = []
        for i, lab in enumerate(labs):
            v, r = lab_val(b, lab, "high" if i == 0 else None)
            lines.append(f"{b.P(lab[0])} {b.P(v + ' ' + lab[3])}（参考{b.P(r)}）")
        u = (
            f"{op}单位体检报告{b.zdate()}出来了："
            + "；".join(lines)
            + f"。第一项后面标了个{b.P('↑')}，要紧吗？前几天有点咳嗽。"
        )
        a = (
            f"{do}{labs[0][0]}轻度升高在近期有感冒、咳嗽时很常见，{b.P('许多')}是一过性的。建议症状好转后{b.P('2-4周')}复查，"
            f"检查前{b.P('1天')}避免剧烈运动。若同时有持续发热超过{b.P('3天')}、明显乏力或夜间盗汗，请到门诊就诊。其他两项都在参考范围内。{dc}"
        )
        return [u, a]

    def pd_case():
        age = b.ri(68, 86)
        rel = b.c(["孙女", "孙子", "外孙女"])
        u = (
            f"{op}我是他{b.P(rel)}，帮爷爷问一下。爷爷{b.P(f'{age}岁')}，确诊{b.P('帕金森病')}{b.P(f'{b.ri(2, 7)}年')}，"
            f"一直吃{b.P('多巴丝肼片')}，一次{b.P('半片')}，一天{b.P('3次')}。最近药效一过手就抖得厉害，{b.P('何时')}吃药最好？能不能和{b.P('牛奶')}一起吃？"
        )
        a = (
            f"{do}{b.P('多巴丝肼')}建议在餐前{b.P('1小时')}或餐后{b.P('1.5小时')}服用，高蛋白食物会影响吸收，蛋白质可以尽量放到晚餐。"
            f"药效过后症状加重叫“剂末现象”，需要神经内科医生调整{b.P('方案')}，不要自行加量。就诊前可以记{b.P('3天')}的“开-关”日记。"
        )
        turns = [u, a]
        if b.coin(0.5):
            turns += [
                "他说吃完药有时候头晕，站起来更明显，是药的问题吗？",
                f"可能是体位性低血压。起床时先坐{b.P('30秒')}再站，量一下卧位和站立{b.P('3分钟')}后的血压，"
                f"站立后收缩压下降超过{b.P('20 mmHg')}要告诉医生。",
            ]
        return turns

    def scratch_case():
        u = (
            f"{op}手背被{b.c(['家里的猫', '邻居家的狗', '流浪猫'])}抓伤{b.P(b.c(['3天', '2天', '4天']))}了，现在伤口周围红肿，有一点黄色的脓。需要打针吗？"
            f"我{b.zdate()}打过一次破伤风。"
        )
        a = (
            f"{do}伤口红肿化脓提示细菌感染，常见的是{b.P('金黄色葡萄球菌')}，需要到医院清创，医生可能会开{b.P(b.c(['阿莫西林克拉维酸钾', '头孢呋辛酯片']))}。"
            f"猫狗抓伤属于狂犬病暴露，如果还没打过狂犬疫苗，要尽快按{b.P('0、3、7、14、28天')}的{b.P('5针法')}或{b.P('2-1-1')}程序接种。"
            f"可以拨打{b.P('12320')}查询最近的狂犬病暴露处置门诊。{dc}"
        )
        return [u, a]

    def gout_case():
        ua = b.ri(520, 640)
        u = (
            f"{op}昨晚吃了海鲜喝了啤酒，今天早上右脚大{b.P('脚趾')}关节又红又肿，痛得走不了路。上个月查{b.P('尿酸')}{b.P(f'{ua} μmol/L')}。"
            f"{b.c(['家里有布洛芬，能吃吗？', '是不是痛风？需要马上去医院吗？'])}"
        )
        a = (
            f"{do}很像{b.P('痛风')}急性发作。急性期可以短期用{b.P('布洛芬')}，或者在医生指导下用{b.P('秋水仙碱')}{b.P('0.5 mg')}。"
            f"抬高患肢，局部冷敷{b.P('20分钟')}，每天饮水{b.P('2000 ml')}以上。急性期过去后到风湿免疫科评估降尿酸治疗，"
            f"长期目标是血尿酸低于{b.P('360 μmol/L')}。{b.P(b.c(['胡萝卜', '白菜', '冬瓜']))}等蔬菜可以放心吃。"
        )
        return [u, a]

    def hp_case():
        u = (
            f"{op}体检做了{b.P('碳13呼气试验')}，报告上{b.P('DOB值')}是{b.P(b.rf(8.0, 38.0))}（{b.P('<4.0')}为阴性），说是{b.P('幽门螺杆菌')}感染。"
            f"家里人要不要也查？"
        )
        a = (
            f"{do}建议根除治疗，一般用{b.P('铋剂四联疗法')}，疗程{b.P('14天')}，例如{b.P('阿莫西林')}{b.P('1 g')}一日2次，加抑酸药和铋剂，"
            f"具体由消化科开。停药{b.P('4周')}后复查呼气试验，复查前{b.P('2周')}停用抑酸药。共同生活的家人可以一起检测，提倡分餐、使用公筷。{dc}"
        )
        return [u, a]

    def eczema_case():
        m = b.c(["5个月", "7个月", "1岁"])
        u = f"{op}宝宝{b.P(m)}，脸上和手肘反复起红疹，很痒，晚上睡不好。能用激素药膏吗？听说有副作用。"
        a = (
            f"{do}这很像{b.P('婴儿湿疹')}（特应性皮炎）。基础是保湿：每天至少{b.P('2次')}全身涂保湿霜，洗澡水温{b.P('32-37℃')}，"
            f"时间{b.P('5-10分钟')}。红痒明显时可以短期用弱效激素如{b.P('1%氢化可的松乳膏')}，一天{b.P('1-2次')}，连续不超过{b.P('1-2周')}，"
            f"规范使用是安全的。衣物选纯棉，避免{b.P('毛发')}类或羊毛贴身。如果渗液、结黄痂，可能继发{b.P('金黄色葡萄球菌')}感染，请到皮肤科就诊。"
        )
        return [u, a]

    def osteo_case():
        t = b.c(["-2.6", "-2.8", "-3.1"])
        u = f"{op}我妈妈{b.P(f'{b.ri(60, 75)}岁')}，骨密度报告腰椎{b.P('T值' + t)}，医生开了{b.P('阿仑膦酸钠片')}{b.P('70 mg')}，说每周只吃一次，这是怎么吃的？"
        a = (
            f"{do}{b.P('T值≤-2.5')}就是{b.P('骨质疏松')}。阿仑膦酸钠每周固定一天早晨空腹服用，用一整杯（约{b.P('200 ml')}）白开水送服，"
            f"服药后{b.P('30分钟')}内不要躺下、不要吃东西或喝{b.P('牛奶')}。同时每天补钙约{b.P('600 mg')}、维生素D{b.P('800 IU')}。"
            f"用药{b.P('3-5年')}后医生会评估是否需要“药物假期”。{dc}"
        )
        return [u, a]

    def sleep_case():
        u = f"{op}失眠快{b.P(b.c(['3个月', '半年', '2个月']))}了，躺下{b.P('1个多小时')}睡不着，凌晨{b.P('3点')}就醒。朋友给了我{b.P('佐匹克隆')}，能长期吃吗？"
        a = (
            f"{do}镇静催眠药一般建议短期、按需使用，连续不超过{b.P('4周')}，不要用别人的药。慢性失眠首选{b.P('失眠认知行为治疗（CBT-I）')}："
            f"固定起床时间，卧床{b.P('20分钟')}睡不着就起来，白天不补觉，下午{b.P('2点')}后不喝咖啡和浓茶。"
            f"如果伴有情绪低落、兴趣下降，可以到心理门诊评估，也可以拨打心理援助热线{b.P('12356')}。{dc}"
        )
        return [u, a]

    cases = [
        bp_case,
        fever_case,
        preg_case,
        lab_case,
        pd_case,
        scratch_case,
        gout_case,
        hp_case,
        eczema_case,
        osteo_case,
        sleep_case,
    ]
    return "online_consult", b.deal("consult_zh", cases)


def consult_en(b):
    hi = b.c(["Hi, quick question. ", "Hello. ", "", "Hi doctor. ", "Sorry to bother you. "])
    cl = b.c(
        [
            "",
            "",
            " Hope that helps.",
            " If anything changes, get seen sooner.",
            " This isn't a substitute for an in-person review.",
        ]
    )

    def warfarin():
        inr = b.rf(3.3, 4.4)
        u = (
            f"{hi}Will eating more greens affect my warfarin? My INR was {b.P(inr)} at the anticoagulation clinic on {b.edate()} "
            f"(target {b.P('2.0-3.0')}). I take {b.P(b.c(['3 mg', '4 mg', '5 mg', '6 mg']))} every evening and I've started a diet with lots of kale and spinach."
        )
        a = (
            f"{b.P('Green')} leafy vegetables are rich in {b.P('vitamin K')}, which works against {b.P('warfarin')}. You don't need to avoid them, "
            f"but keep the amount steady from week to week. With an INR of {inr}, please call the anticoagulation clinic today rather than changing the dose yourself. "
            f"{b.P('Frank')} bleeding - blood in your urine, black stools, or vomiting blood - needs urgent help: call {b.P(b.c(['999', '911']))}.{cl}"
        )
        turns = [u, a]
        if b.coin(0.5):
            turns += [
                "Will cranberry juice cause a problem too? I have a glass most mornings.",
                f"Large amounts have been linked with a raised INR. One small glass a day is generally fine if it's consistent. "
                f"Mention it at your next check, usually within {b.P('5-7 days')} after an out-of-range result.",
            ]
        return turns

    def bells():
        u = (
            f"{hi}I woke up and the {b.c(['left', 'right'])} side of my face feels heavy, I can't close that eye properly and water dribbles out when I drink. "
            f"{b.c(['No arm or leg weakness.', 'My speech is fine and my arms feel normal.'])} Is this a stroke?"
        )
        a = (
            f"Sudden facial weakness always needs same-day assessment. If you also have arm or leg weakness or slurred speech, call {b.P(b.c(['999', '911', '112']))} now. "
            f"If only the face is affected, including the forehead, a likely cause is {b.P('Bell’s palsy')}. Steroids such as {b.P('prednisolone')} work best if started within "
            f"{b.P('72 hours')}, so see a doctor today or call {b.P('111')}. {b.P('Mark')} down the time you first noticed it. Tape the eye shut at night.{cl}"
        )
        return [u, a]

    def baker():
        u = (
            f"{hi}My GP says the lump behind my knee is a {b.P('Baker’s cyst')}. It's about {b.P(b.c(['3 cm', '4 cm', '5 cm']))} and aches after I walk "
            f"my {b.P(b.c(['8,000', '10,000', '6,500']))} steps. Does it need surgery?"
        )
        a = (
            f"A {b.P('Baker’s cyst')} is a fluid-filled swelling that usually comes from a problem inside the knee, such as {b.P('osteoarthritis')}. "
            f"Most are managed without surgery. If the calf suddenly becomes swollen, hot and painful, the cyst may have burst, but that can look exactly like a "
            f"{b.P('DVT')}, so get seen the same day - doctors use the {b.P('Wells score')} and an ultrasound to tell them apart.{cl}"
        )
        turns = [u, a]
        if b.coin(0.5):
            turns += [
                "Is walking still OK?",
                f"Yes. Split it up - for example {b.P('3 × 15 minutes')} - and add {b.P('quadriceps')} exercises.",
            ]
        return turns

    def child_fever():
        t = b.rf(38.6, 39.8)
        u = (
            f"{hi}My {b.P(b.c(['2-year-old', '18-month-old', '3-year-old', '4-year-old']))} has had a temperature of {b.P(t + '°C')} since last night. "
            f"I gave {b.P('Calpol')} {b.P(b.c(['5 ml', '7.5 ml']))} at {b.etime()} today. She's drinking but sleepy. When should I worry?"
        )
        a = (
            f"Use the dose for her age on the bottle, no more than {b.P('4 doses in 24 hours')}. How she looks matters more than the number. "
            f"Call {b.P(b.c(['999', '911']))} if she has a rash that doesn't fade under a glass, is hard to wake, or has a fit. "
            f"Call {b.P(b.c(['111', 'your GP']))} if the fever lasts more than {b.P('5 days')} or she has fewer than {b.P('3 wet nappies in 24 hours')}.{cl}"
        )
        return [u, a]

    def dawn():
        mm = b.ri(54, 70)
        u = (
            f"{hi}My HbA1c came back at {b.P(f'{mm} mmol/mol')} on {b.edate()}. I'm on {b.P('metformin 500 mg')} twice a day. "
            f"My morning sugars are always higher than at bedtime, around {b.P(b.rf(8.5, 10.5) + ' mmol/L')}. Why?"
        )
        a = (
            f"That pattern is often the {b.P('Dawn phenomenon')}: hormones released in the early morning raise glucose. Less often it's a rebound after a "
            f"night-time low, so check at {b.P('3 am')} on a couple of nights. The usual target is {b.P('48-53 mmol/mol')}. {b.P('Brown')} rice, oats "
            f"and a short walk after dinner also help.{cl}"
        )
        return [u, a]

    def thyroid():
        u = (
            f"{hi}I have {b.P('Hashimoto’s thyroiditis')}. My TSH is {b.P(b.rf(5.5, 9.5, 2) + ' mIU/L')} (range {b.P('0.27-4.20')}) "
            f"on {b.P('levothyroxine 50 micrograms')}. I take it with coffee and my calcium tablet. Could that be the problem?"
        )
        a = (
            f"Quite possibly. Take levothyroxine on an empty stomach, {b.P('30-60 minutes')} before breakfast or coffee, and at least {b.P('4 hours')} "
            f"apart from calcium or iron. Recheck TSH after {b.P('6-8 weeks')}. {b.P('Will')} you see the same clinic? Mention {b.P('biotin')} supplements, "
            f"which can distort thyroid tests.{cl}"
        )
        return [u, a]

    def raynaud():
        u = f"{hi}In cold weather my fingers go white, then blue, then red and throb. I'm {b.P(f'{b.ri(22, 45)} years old')} and otherwise well. What is it?"
        a = (
            f"This sounds like {b.P('Raynaud’s phenomenon')}. Keep your whole body warm, use heated gloves, stop smoking and avoid decongestants. "
            f"If it started after {b.P('age 30')}, affects only one hand, or you have ulcers, joint pain or a rash, ask for blood tests for "
            f"conditions such as {b.P('systemic sclerosis')}. {b.P('Nifedipine')} is sometimes used in winter.{cl}"
        )
        return [u, a]

    def crohns():
        u = (
            f"{hi}I have {b.P('Crohn’s disease')} and I'm on {b.P('azathioprine 100 mg')}. I've had {b.P(b.c(['6', '8', '5']) + ' loose stools a day')} for a week "
            f"and some tummy pain. Should I just wait for my clinic on {b.edate(kind=b.c([1, 2, 5]))}?"
        )
        a = (
            f"Please don't wait. Call the {b.P('IBD advice line')} today - that many stools for a week suggests a flare. They may check "
            f"{b.P('faecal calprotectin')}, bloods and a stool sample for infection. Go to A&E or call {b.P('111')} if you have a fever, severe pain, "
            f"or blood in the stool.{cl}"
        )
        return [u, a]

    cases = [warfarin, bells, baker, child_fever, dawn, thyroid, raynaud, crohns]
    return "online_consult", b.deal("consult_en", cases)


def consult_mixed(b):
    def dm():
        a1c = b.rf(7.2, 8.9)
        u = (
            f"医生，我的 {b.P('HbA1c')} 是 {b.P(a1c + '%')}，{b.P('fasting glucose')} {b.P(b.rf(7.5, 9.8) + ' mmol/L')}，"
            f"{b.P('metformin 500 mg bid')} 已经吃了 {b.P(b.c(['3 个月', '半年']))}，要不要加 {b.P('dapagliflozin')}？"
        )
        a = (
            f"HbA1c {a1c}% 高于一般目标 {b.P('7.0%')}。加用 {b.P('SGLT2 抑制剂')}（比如 {b.P('达格列净 10 mg qd')}）是常见选择，"
            f"用药前要查 {b.P('eGFR')}，并注意多喝水。请带上最近的血糖记录到内分泌科复诊，由医生决定{b.P('方案')}。"
        )
        return [u, a]

    def student():
        u = (
            f"I'm a student in {b.pc(CITIES_EN)}. 这边 GP 给我开了 {b.P('omeprazole 20 mg')}，国内之前吃的是 {b.P('奥美拉唑肠溶胶囊')}，"
            f"are they the same thing?"
        )
        a = (
            f"是同一种成分：{b.P('omeprazole')} 就是奥美拉唑，{b.P('20 mg')} once daily, {b.P('30 minutes before breakfast')}。"
            f"如果出现黑便或呕血，请立即打 {b.P('999')}。{b.P('Pharmacy')} 可以免费做一次 {b.P('New Medicine Service')} 咨询。"
        )
        turns = [u, a]
        if b.coin(0.5):
            turns += [
                "GP 说要吃 8 weeks，这么久没问题吧？",
                f"{b.P('8 weeks')} 是反流性食管炎的常规疗程，之后通常减到最低有效剂量，长期使用要评估 {b.P('vitamin B12')} 和镁。",
            ]
        return turns

    def murphy():
        u = (
            f"B 超报告写着 '{b.P('Murphy’s sign')} positive'，'{b.P(f'gallbladder wall {b.ri(4, 6)} mm')}'，医生说是 {b.P('acute cholecystitis')}，"
            f"要不要马上手术？我 {b.P(f'{b.ri(40, 70)}岁')}。"
        )
        a = (
            f"{b.P('Murphy 征')}阳性提示胆囊炎症。根据 {b.P('Tokyo Guidelines 2018')}（{b.P('TG18')}），轻中度急性胆囊炎一般建议在发病 {b.P('72 小时')}内做 "
            f"{b.P('laparoscopic cholecystectomy')}。外科{b.P('值班医生')}会结合 {b.P('CRP')} 和基础病评估。"
        )
        return [u, a]

    def snellen():
        u = (
            f"孩子 {b.P(b.c(['5 岁', '6 岁', '7 岁']))}，学校 screening 说 {b.P('Snellen chart')} 右眼 {b.P('6/12')}，左眼 {b.P(b.c(['6/9', '6/7.5']))}，需要配眼镜吗？"
            f"我们在 {b.pc(CITIES_ZH)}。"
        )
        a = (
            f"{b.P('6/12')} 相当于小数视力约 {b.P('0.5')}，建议到眼科做 {b.P('散瞳验光')}（{b.P('cycloplegic refraction')}），排除假性近视和弱视。"
            f"每天户外活动 {b.P('2 小时')}，近距离用眼遵循 {b.P('20-20-20')} 原则。"
        )
        return [u, a]

    def rbd():
        u = f"Doctor 您好，我爸爸 {b.P('Parkinson’s disease')} 吃 {b.P('Madopar 125 mg tid')}，最近晚上 {b.P('REM sleep')} 时会大喊大叫，正常吗？"
        a = (
            f"这可能是 {b.P('REM 睡眠行为障碍')}（{b.P('RBD')}），在帕金森病中很常见。卧室移开尖锐物品，床边加软垫；必要时做 "
            f"{b.P('polysomnography')}（多导睡眠监测）。{b.P('Madopar')} 即 {b.P('多巴丝肼')}，不要自行调整剂量。"
        )
        return [u, a]

    def apgar():
        s1, s5 = b.c([(8, 9), (7, 9), (9, 10)])
        u = f"宝宝出院小结上写 {b.P('Apgar score')} {b.P(f'{s1}-{s5}')}，{b.P('1 min')} 和 {b.P('5 min')} 是什么意思？{b.P(f'{s1} 分')}低吗？"
        a = (
            f"{b.P('Apgar 评分')}在生后 {b.P('1 分钟')}和 {b.P('5 分钟')}各评一次，看心率、呼吸、肌张力、反射和肤色五项，每项 {b.P('0-2 分')}。"
            f"{b.P('7-10 分')}属于正常，{s1} 分不低。1 分钟时扣分多在肤色（手脚发紫），很常见。"
        )
        return [u, a]

    def nipt():
        u = f"{b.P('NIPT')} 报告：{b.P('T21')} 低风险，{b.P('T18')} 低风险，{b.P('T13')} 低风险，{b.P('fetal fraction 9.8%')}。还需要做 {b.P('amniocentesis')} 吗？"
        a = (
            f"三项都是低风险，{b.P('唐氏综合征')}（{b.P('Down syndrome')}）的可能性很低，一般不需要羊水穿刺。NIPT 是筛查不是确诊，"
            f"孕 {b.P('20-24 周')}的系统超声（大排畸）仍然要做。"
        )
        return [u, a]

    cases = [dm, student, murphy, snellen, rbd, apgar, nipt]
    return "online_consult", b.deal("consult_mixed", cases)


# ---------------------------------------------------------------------------
# style: wechat_followup
# ---------------------------------------------------------------------------
def wechat_zh(b):
    def cataract():
        turns = [
            f"{b.c(['护士您好', '您好', '打扰一下'])}，我外婆{b.zdate(kind=3)}做的{b.P('白内障')}手术，住在{zbed(b)}，{b.P('何时')}可以洗头？",
            f"您好，术后{b.P('2周')}内洗头请仰头洗，别让水进眼睛；{b.P('妥布霉素地塞米松滴眼液')}一天{b.P('4次')}，每次{b.P('1滴')}。"
            f"复查请到{zloc(b)}眼科门诊，带上出院小结。",
        ]
        if b.coin(0.6):
            turns += [
                "好的，复查要提前挂号吗？我是她孙女，平时上班，想约周六。",
                f"不用另外挂专家号，{b.P(b.c(['周六上午', '每周六8:00-11:30']))}有复查门诊。{b.P('万一')}眼睛突然很痛、视力下降，请随时来急诊。",
            ]
        return turns

    def group():
        turns = [
            (
                lambda grp, topic: (
                    f"【群公告】本群为{b.P(grp)}随访群，仅用于复诊提醒，不提供急诊服务。本周{b.P(b.c(['周三', '周四']))}下午"
                    f"{b.P('14:00-16:00')}在{zloc(b)}举办健康讲座：“{b.P(topic)}”。"
                )
            )(
                *b.c(
                    [
                        ("糖尿病", "血糖监测的常规方法"),
                        ("糖尿病", "胰岛素注射部位轮换"),
                        ("高血压", "家庭血压测量"),
                        ("慢阻肺", "吸入装置的正确使用"),
                    ]
                )
            )
            + f"有急症请拨打{b.P('120')}，用药咨询可拨打医院总机转分机{b.P(str(b.ri(6001, 8899)))}。",
        ]
        if b.coin(0.6):
            turns += [
                "请问讲座需要报名吗？我想带我妈妈一起去。",
                f"不用报名，座位有{b.P(f'{b.ri(60, 120)}个')}。讲座后护士长现场答疑，还可以免费测一次指尖血糖。",
            ]
        return turns

    def insulin():
        g = b.rf(8.1, 13.5)
        turns = [
            f"医生，妈妈今天空腹血糖{b.P(g)}，{b.P('胰岛素')}还是打{b.P(f'{b.ri(8, 16)}单位')}吗？她最近爱吃{b.P('龙眼')}。",
            f"收到。空腹超过{b.P('7.0 mmol/L')}，可以先把睡前基础胰岛素加{b.P('2单位')}，观察{b.P('3天')}。{b.P('龙眼')}含糖高，每天不超过{b.P('5颗')}。"
            f"血糖低于{b.P('3.9 mmol/L')}立刻吃{b.P('15 g')}糖，{b.P('15分钟')}后复测。",
        ]
        if b.coin(0.5):
            turns += ["好的，那二甲双胍还吃吗？", f"继续吃，{b.P('0.5 g')}一天{b.P('2次')}，随餐。"]
        return turns

    def gastro():
        turns = [
            f"您好，我是{zbed(b)}的家属，今天做的{b.P('胃镜')}取了活检，病理结果{b.P('何时')}能出？",
            f"一般{b.P('5-7个工作日')}，可以在{b.pc(APPS_ZH)}的“报告查询”里看。取了活检{b.P('2小时')}后可以喝温水，当天吃{b.P('米汤')}、{b.P('藕粉')}等流质。",
        ]
        if b.coin(0.5):
            turns += [
                f"如果病理上写“{b.P('幽门螺杆菌')}阳性”要怎么办？",
                f"需要根除治疗，常用{b.P('四联疗法')}，疗程{b.P('14天')}，停药{b.P('4周')}后复查{b.P('碳13呼气试验')}。",
            ]
        return turns

    def picc():
        d = b.c(ZH_WEEK[:5])
        return [
            f"护士长好，我爸的{b.P('PICC')}管这周{b.P('何时')}维护？贴膜边上有点翘起来了。",
            f"PICC{b.P('常规')}每{b.P('7天')}维护一次，本周安排在{b.P(d)}{b.ztime()}，地点{zloc(b)}PICC门诊。贴膜翘边、潮湿或有渗血要提前来，"
            f"手臂不要提超过{b.P('5 kg')}的重物，洗澡用保鲜膜包好。",
        ]

    def chemo():
        w = b.rf(2.2, 3.4)
        return [
            f"医生，今天查的{b.P('白细胞')}{b.P(w + '×10^9/L')}，{b.P('中性粒细胞')}{b.P(b.rf(1.0, 1.8) + '×10^9/L')}，下周一的化疗还能按时做吗？",
            f"白细胞低于{b.P('3.5×10^9/L')}或中性粒细胞低于{b.P('1.5×10^9/L')}一般要推迟。先打{b.P('升白针')}，{b.P('48小时')}后复查血常规。"
            f"这几天戴口罩，少去人多的地方，体温超过{b.P('38℃')}马上到急诊。",
        ]

    def dialysis():
        return [
            f"请问下个月透析排班出来了吗？还是{b.P('周一、三、五')}上午吗？",
            f"出来了，{b.P(b.c(['周一、三、五', '周二、四、六']))}{b.P(b.c(['上午7:30', '中午12:00']))}，{b.P(f'{b.ri(1, 24)}号机')}，每次{b.P('4小时')}。"
            f"两次透析之间体重增加不要超过干体重的{b.P('3%-5%')}，少吃{b.P('杨桃')}、香蕉等高钾水果。",
        ]

    def postpartum():
        return [
            f"您好，产后{b.P('42天')}复查需要预约吗？要带宝宝吗？",
            f"需要在{b.pc(APPS_ZH)}预约产后门诊，妈妈查{b.P('盆底肌')}、血常规和伤口，宝宝同时在儿保门诊做体检，量身长体重，请带上{b.P('母子健康手册')}。"
            f"地点在{zloc(b)}，每周{b.c(['二、四', '一至五'])}上午。",
        ]

    def oxygen():
        return [
            f"家里制氧机开{b.P('2 L/min')}可以吗？爸爸指脉氧{b.P(f'{b.ri(86, 90)}%')}。",
            f"{b.P('慢阻肺')}患者家庭氧疗一般{b.P('1-2 L/min')}，每天吸氧不少于{b.P('15小时')}，目标{b.P('SpO2 88%-92%')}。氧流量不要自行调太高，"
            f"以免二氧化碳潴留。如果嘴唇发紫、嗜睡，立即拨打{b.P('120')}。",
        ]

    cases = [cataract, group, insulin, gastro, picc, chemo, dialysis, postpartum, oxygen]
    return "wechat_followup", b.deal("wechat_zh", cases + [lambda: wechat_zh_more(b)] * 2)


def wechat_mixed(b):
    def panadol():
        turns = [
            f"医生，我在 {b.pc(CITIES_EN)} 读书，这边 {b.P('pharmacy')} 买的 {b.P('Panadol')} 和国内的 {b.P('泰诺林')} 一样吗？发烧 {b.P(b.rf(38.2, 39.2) + '°C')}。",
            f"成分都是 {b.P('paracetamol')}（对乙酰氨基酚），成人一次 {b.P('1 g')}，间隔至少 {b.P('4 hours')}，{b.P('24 小时')}内不超过 {b.P('4 g')}。"
            f"持续高烧超过 {b.P('3 天')}，打 {b.P('111')} 或去 {b.P('walk-in centre')}。",
        ]
        if b.coin(0.6):
            turns += ["OK，那 Lemsip 里面也有吗？", f"有的，{b.P('Lemsip')} 多数配方含 paracetamol，所以二选一。"]
        return turns

    def ogtt():
        return [
            f"护士长好，明天 {b.P('OGTT')}（{b.P('oral glucose tolerance test')}）几点到？要空腹吗？需要带 {b.P('glucose')} 吗？",
            f"明早 {b.P(b.c(['7:30', '8:00']))} 到 {zloc(b)} 抽血处，空腹 {b.P('8-10 小时')}。{b.P('75 g')} 葡萄糖粉这里提供。"
            f"分别抽 {b.P('0 h')}、{b.P('1 h')}、{b.P('2 h')} 三次血，中间不要走动。",
        ]

    def vitd():
        turns = [
            f"Hi doctor，宝宝 {b.P(b.c(['6 个月', '4 个月', '9 个月']))}，体重 {b.P(b.rf(6.8, 9.4) + ' kg')}，{b.P('vitamin D')} 每天 {b.P('400 IU')} 够吗？",
            f"够的，{b.P('400 IU')}（{b.P('10 μg')}）是婴儿常规预防剂量 (standard daily dose)。早产儿按医嘱可能需要 {b.P('800 IU')}。",
        ]
        if b.coin(0.5):
            turns += ["好的，那 DHA 呢？", f"母乳妈妈饮食均衡即可，宝宝一般不需要额外补 {b.P('DHA')}。"]
        return turns

    def inr():
        v = b.rf(2.1, 2.9)
        return [
            f"Morning doctor，今天 {b.P('INR')} {b.P(v)}，{b.P('warfarin')} 还是 {b.P(b.c(['3 mg', '2.5 mg', '4.5 mg']))} qn 吗？",
            f"{v} 在目标范围 {b.P('2.0-3.0')} 内，剂量不变 (same dose)，{b.P(b.c(['4 周', '2 周']))}后复查。最近别突然大量吃{b.P('菠菜')}、{b.P('西兰花')}。",
        ]

    def cgm():
        tir = b.ri(55, 75)
        return [
            f"医生，这两周 {b.P('CGM')} 报告 {b.P('TIR')} {b.P(f'{tir}%')}，{b.P('TBR')} {b.P(f'{b.ri(1, 6)}%')}，{b.P('GMI')} {b.P(b.rf(6.8, 7.8) + '%')}，算好吗？",
            f"目标是 {b.P('TIR > 70%')}（{b.P('3.9-10.0 mmol/L')}），{b.P('TBR < 4%')}。{tir}% {'已达标' if tir > 70 else '还差一点'}，"
            f"看看餐后高峰出现在哪一餐，可以先调整那一餐的主食量。",
        ]

    def preop():
        return [
            f"下周 {b.P('elective surgery')}（{b.P('择期手术')}），术前还需要 {b.P('COVID test')} 吗？我在吃 {b.P('aspirin 100 mg')}。",
            f"目前无症状者一般不需要常规检测，按医院当周通知为准。{b.P('阿司匹林')}是否停用由手术医生决定，心脏支架术后不要自行停药。"
            f"术前 {b.P('6 hours')} 禁食、{b.P('2 hours')} 禁清饮。",
        ]

    cases = [panadol, ogtt, vitd, inr, cgm, preop]
    return "wechat_followup", b.deal("wechat_mixed", cases + [lambda: wechat_mixed_more(b)] * 3)


# ---------------------------------------------------------------------------
# style: discharge_instructions
# ---------------------------------------------------------------------------
def discharge_zh(b):
    P = b.P
    cases = [
        lambda: dict(
            dx="急性阑尾炎",
            op="腹腔镜阑尾切除术",
            code="K35.8",
            dept="普外科",
            sec=[
                ("伤口", f"伤口每{P('2-3天')}换药一次，术后{P('7-9天')}拆线；拆线前不要泡澡，可以擦身。"),
                ("饮食", f"出院后{P('1周')}内以{P('米粥')}、{P('蒸蛋')}、烂面条等清淡饮食为主，逐步过渡到普通饮食。"),
                ("活动", f"{P('1个月')}内避免提重物和剧烈运动，可以散步。"),
            ],
        ),
        lambda: dict(
            dx="右膝骨关节炎",
            op="右侧人工全膝关节置换术",
            code="M17.1",
            dept="骨科",
            sec=[
                ("用药", f"{P('利伐沙班片')}{P('10 mg')}，每日1次，共{P('35天')}，预防下肢静脉血栓。"),
                (
                    "康复",
                    f"每天做{P('踝泵运动')}，每组{P('20次')}，每天{P('5-6组')}；屈膝目标{P('6周')}时达到{P('120°')}。",
                ),
                ("饮食", f"多吃富含蛋白质和钙的食物，如{P('牛奶')}、豆制品，控制体重。"),
            ],
        ),
        lambda: dict(
            dx="冠状动脉粥样硬化性心脏病",
            op="经皮冠状动脉介入治疗（PCI）",
            code="I25.1",
            dept="心内科",
            sec=[
                (
                    "用药",
                    f"{P('阿司匹林肠溶片')}{P('100 mg')}每日1次（长期），{P('替格瑞洛片')}{P('90 mg')}每日2次，至少{P('12个月')}，切勿自行停药。",
                ),
                ("穿刺处", f"桡动脉穿刺处{P('24小时')}内避免用力，手腕不要提重物。"),
                ("饮食", f"低盐低脂，每日食盐少于{P('5 g')}；{P('低密度脂蛋白胆固醇')}目标低于{P('1.4 mmol/L')}。"),
            ],
        ),
        lambda: dict(
            dx="社区获得性肺炎",
            op="抗感染及对症支持治疗",
            code="J18.9",
            dept="呼吸科",
            sec=[
                ("用药", f"继续口服{P('左氧氟沙星片')}{P('0.5 g')}每日1次，再服{P('3天')}。"),
                ("复查", f"出院{P('4-6周')}后复查胸部CT。"),
                ("预防", f"戒烟，接种{P('23价肺炎球菌多糖疫苗')}和流感疫苗。"),
                ("饮食", f"多饮水，每日{P('1500-2000 ml')}。"),
            ],
        ),
        lambda: dict(
            dx="胆囊结石伴慢性胆囊炎",
            op="腹腔镜胆囊切除术",
            code="K80.1",
            dept="肝胆外科",
            sec=[
                ("伤口", f"腹部{P('3个')}小切口用可吸收线缝合，无需拆线；{P('72小时')}后可淋浴。"),
                ("饮食", f"术后{P('1个月')}内少吃油炸食品，{P('少量多餐')}，{P('胡萝卜')}、{P('冬瓜')}等蔬菜可以吃。"),
            ],
        ),
        lambda: dict(
            dx="脑梗死",
            op="溶栓后内科综合治疗",
            code="I63.9",
            dept="神经内科",
            sec=[
                ("用药", f"{P('阿司匹林肠溶片')}{P('100 mg')}每日1次，{P('阿托伐他汀钙片')}{P('20 mg')}每晚1次。"),
                ("康复", f"每天进行肢体{P('张力')}训练和步行练习，循序渐进；言语训练每周{P('3次')}。"),
                ("警示", f"牢记“{P('BE FAST')}”口诀，出现口角歪斜、肢体无力立即拨打{P('120')}。"),
            ],
        ),
        lambda: dict(
            dx="甲状腺乳头状癌",
            op="甲状腺全切除术+中央区淋巴结清扫",
            code="C73",
            dept="甲乳外科",
            sec=[
                (
                    "用药",
                    f"{P('左甲状腺素钠片')}{P('100 μg')}每日清晨空腹服用；{P('碳酸钙D3片')}{P('600 mg')}每日2次。",
                ),
                ("观察", f"出现口周、手指发麻或抽筋，可能是低钙，请及时就诊；声音嘶哑一般{P('3个月')}内逐渐恢复。"),
                ("复查", f"术后{P('4-6周')}复查{P('甲状腺功能')}和{P('甲状旁腺激素')}。"),
            ],
        ),
        lambda: dict(
            dx="左桡骨远端骨折",
            op="手法复位+石膏外固定",
            code="S52.5",
            dept="骨科",
            sec=[
                ("石膏", f"{P('石膏')}固定{P('4-6周')}，保持干燥，不要往里面塞东西挠痒。"),
                ("观察", f"手指发紫、发凉、麻木或剧痛，说明{P('石膏')}过紧，需立即返院。"),
                ("康复", f"抬高患肢，每天多做手指屈伸，每次{P('10分钟')}，一天{P('3-4次')}。"),
            ],
        ),
    ]
    c = b.deal("discharge_zh", cases)
    P(c["dx"])
    P(c["op"])
    P(c["code"])
    secs = list(c["sec"])
    secs.append(
        (
            "复诊",
            f"出院后{P(b.c(['2周', '1个月', '10天']))}到{zloc(b)}{c['dept']}门诊复诊，{b.c(['请带出院小结', '带好出院记录和影像片子', '可提前在网上预约'])}。",
        )
    )
    secs.append(
        (
            "注意",
            b.c(
                [
                    lambda: f"体温超过{P('38.5℃')}、伤口红肿渗液、胸痛气短时请及时就诊，紧急情况拨打{P('120')}。",
                    lambda: (
                        f"如有不适可先咨询科室，医院总机转分机{P(str(b.ri(2001, 8999)))}（工作日{P('8:00-17:30')}）；夜间急症请到急诊。"
                    ),
                    lambda: f"症状加重请勿等待复诊，直接到急诊或拨打{P('120')}。",
                ]
            ),
        )
    )
    num = b.c(
        [
            ["一、", "二、", "三、", "四、", "五、", "六、"],
            ["1. ", "2. ", "3. ", "4. ", "5. ", "6. "],
            ["【", "【", "【", "【", "【", "【"],
        ]
    )
    body = []
    for i, (k, v) in enumerate(secs):
        body.append(f"【{k}】{v}" if num[0] == "【" else f"{num[i]}{k}：{v}")
    head = b.c(
        [
            lambda: f"出院指导\n诊断：{c['dx']}（ICD-10：{c['code']}）\n手术/治疗：{c['op']}，{b.zdate()}",
            lambda: (
                f"{c['dept']}出院宣教单\n{c['dx']}，{c['code']}｜{c['op']}（{b.zdate()}）｜住院{P(f'{b.ri(3, 14)}天')}"
            ),
            lambda: f"出院医嘱（{zbed(b)}）\n出院诊断：{c['dx']} {c['code']}\n治疗经过：{c['op']}",
        ]
    )
    doc = head + "\n" + "\n".join(body)
    if b.coin(0.35):
        return "discharge_instructions", [
            b.c(
                ["请问出院注意事项能再发一遍吗？", "出院单弄丢了，能把出院指导发我一下吗？", "护士，出院后要注意什么？"]
            ),
            doc,
        ]
    return "discharge_instructions", [doc]


def discharge_en(b):
    P = b.P
    cases = [
        lambda: (
            f"a {P('laparoscopic appendicectomy')}",
            "the surgical team",
            [
                f"Keep the dressings dry for {P('48 hours')}, then you may shower. Clips come out on {P('day 7-10')} at your GP surgery.",
                f"Pain relief: {P('paracetamol 1 g')} four times a day and {P('ibuprofen 400 mg')} three times a day with food.",
                f"Avoid lifting anything heavier than {P('5 kg')} for {P('4 weeks')}.",
            ],
        ),
        lambda: (
            f"a {P('total hip replacement')} (posterior approach)",
            "the orthopaedic clinic",
            [
                f"Hip precautions for {P('6 weeks')}: do not bend past {P('90 degrees')} or cross your legs.",
                f"{P('Enoxaparin 40 mg')} injection once daily for {P('28 days')}.",
                f"Use the {P('Zimmer frame')} until the physio clears you for crutches.",
            ],
        ),
        lambda: (
            f"an {P('exacerbation of COPD')}",
            "the respiratory nurses",
            [
                f"Finish {P('prednisolone 30 mg')} once daily (total {P('5 days')}).",
                f"Keep oxygen saturations between {P('88-92%')}.",
                "Pulmonary rehabilitation will write to you with a start date.",
            ],
        ),
        lambda: (
            f"a {P('Whipple procedure')}",
            "the pancreatic team",
            [
                f"Take {P('Creon 25,000')} with every meal and {P('10,000')} with snacks.",
                f"Eat {P('6 small meals')} a day. {P('Rich')}, fatty foods may cause loose, pale stools - increase Creon and tell the team.",
            ],
        ),
        lambda: (
            f"a {P('Colles fracture')} of the left wrist",
            "the fracture clinic",
            [
                f"Your {P('plaster cast')} stays on for {P('5-6 weeks')}. Keep it dry and do not push anything inside it.",
                "Return at once if your fingers become blue, cold, numb or very painful.",
                f"Move your fingers, elbow and shoulder {P('10 times')} every hour.",
            ],
        ),
        lambda: (
            f"a {P('minor stroke')}",
            "the stroke clinic",
            [
                f"Take {P('clopidogrel 75 mg')} once daily and {P('atorvastatin 80 mg')} at night.",
                f"Do not drive for {P('1 month')}; tell the {P('DVLA')} if advised.",
                f"Remember {P('FAST')}: Face, Arms, Speech, Time to call {P('999')}.",
            ],
        ),
        lambda: (
            f"{P('cataract surgery')} on the right eye",
            "the eye clinic",
            [
                f"Use {P('Maxitrol')} drops {P('4 times a day')} for {P('4 weeks')}; wear the shield at night for {P('1 week')}.",
                f"Avoid swimming for {P('2 weeks')}. Sudden loss of vision or severe pain - come straight to eye casualty.",
            ],
        ),
    ]
    what, team, items = b.deal("discharge_en", cases)
    loc = b.P(
        b.c(
            [
                f"Ward {b.ri(1, 12)}{b.c('ABCD')}",
                f"Bay {b.ri(1, 6)} Bed {b.ri(1, 6)}",
                f"the {b.c(['Nightingale', 'Jenner', 'Lister', 'Fleming'])} Unit",
            ]
        )
    )
    b.shuf(items)
    head = b.c(
        [
            lambda: f"DISCHARGE ADVICE\nYou were on {loc} for {what} ({b.edate()}).",
            lambda: f"Going home after {what}\nDischarged from {loc} on {b.edate()}.",
            lambda: f"Discharge summary (patient copy) - {loc}\nProcedure/condition: {what}. Date: {b.edate()}.",
        ]
    )
    foot = b.c(
        [
            lambda: (
                f"Follow-up: {team} in {P(b.c(['6 weeks', '2 weeks', '10 days', '3 months']))}. A letter has been sent to your GP."
            ),
            lambda: (
                f"Questions? Ward reception, ext. {P(str(b.ri(2000, 7999)))} (24 hours). Out of hours call {P('111')}; emergencies {P('999')}."
            ),
            lambda: (
                f"Your follow-up with {team} will be booked by letter. {P(b.c(['Page 1 of 2', 'Version 3.2', 'Leaflet ref. PI-0417']))}."
            ),
        ]
    )
    bullet = b.c(["- ", "• ", ""])
    doc = head + "\n" + "\n".join(bullet + x for x in items) + "\n" + foot
    if b.coin(0.3):
        return "discharge_instructions", [
            b.c(
                [
                    "Could you resend the discharge sheet? The printout got wet.",
                    "What were the instructions for going home again?",
                ]
            ),
            doc,
        ]
    return "discharge_instructions", [doc]


def discharge_mixed(b):
    P = b.P

    def stemi():
        return (
            f"出院指导 / Discharge instructions\n诊断 Diagnosis：{P('急性心肌梗死')}（{P('STEMI')}），{P('I21.0')}\n"
            f"Procedure：{P('PCI')}，{b.zdate()}\nMedications：{P('Aspirin 100 mg qd')}（长期）；{P('Ticagrelor 90 mg bid')}（{P('12 个月')}）；"
            f"{P('Atorvastatin 40 mg qn')}\n复诊 Follow-up：{P('1 个月')}后心内科门诊，{zloc(b)}；{P('Cardiac rehab')} 每周 {P('3 次')}。\n"
            f"Targets：{P('LDL-C < 1.4 mmol/L')}，{P('BP < 130/80 mmHg')}。胸痛持续 {P('15 分钟')}不缓解请拨打 {P('120')}。"
        )

    def asthma():
        return (
            f"儿科出院指导 Paediatric discharge - {P('acute asthma')}（{P('J45.9')}）\n"
            f"带药：{P('Salbutamol 100 μg')} MDI + {P('spacer')}，{P('2-4 puffs')} prn；{P('Budesonide 200 μg bid')}，用后漱口。\n"
            f"Asthma action plan：{P('Green zone')}（{P('PEF > 80%')}）照常用药；{P('Yellow zone')}（{P('50-80%')}）加用 salbutamol；"
            f"{P('Red zone')}（{P('< 50%')}）立即拨打 {P('120')}。\n复诊：{P('2 周')}后儿科哮喘门诊，{zloc(b)}。"
        )

    def hernia():
        return (
            f"日间手术出院须知 Day-surgery discharge\n手术：{P('laparoscopic inguinal hernia repair')}（{P('TEP')}），{b.zdate()}\n"
            f"{P('Day 1')} 即可下床行走；{P('6 周')}内 no heavy lifting（{P('> 5 kg')}）。止痛：{P('Paracetamol 1 g q6h')}，"
            f"{P('NRS ≥ 7')} 时加 {P('Ibuprofen 400 mg')}。\n发热 {P('> 38.5℃')} 或切口渗液请到 {zloc(b)} 换药室。"
        )

    def crohn():
        return (
            f"IBD 出院小结（患者版）\n诊断：{P('Crohn’s disease')}（{P('克罗恩病')}，{P('K50.9')}），活动期\n"
            f"治疗：{P('Infliximab 5 mg/kg')} 第 {P('0、2、6 周')}诱导，之后每 {P('8 周')}一次，下次输注 {b.zdate()}，{zloc(b)} 输液中心。\n"
            f"饮食：低渣饮食 {P('2-4 周')}，避免 {P('NSAIDs')}；戒烟。出现腹痛加重、发热、便血请到急诊。"
        )

    def thyroid():
        return (
            f"Discharge - {P('total thyroidectomy')}（甲状腺全切除术）\n带药：{P('Levothyroxine 100 μg qd')}（空腹），{P('Calcium carbonate 600 mg bid')}\n"
            f"注意：口周麻木、手足抽搐提示 {P('hypocalcaemia')}（低钙），请立即就诊；{P('Chvostek sign')} 和 {P('Trousseau sign')} 护士已教会家属观察。\n"
            f"复查：{P('4-6 周')}查 {P('TSH')}、{P('PTH')}，{zloc(b)}。"
        )

    doc = b.deal(
        "discharge_mixed",
        [stemi, asthma, hernia, crohn, thyroid, lambda: discharge_mixed_more(b), lambda: discharge_mixed_more(b)],
    )
    turns = [doc]
    if b.coin(0.4):
        qs = [
            (
                "这些药要吃多久？",
                lambda: (
                    f"按出院单上的疗程吃，长期药物不要自行停，复诊时医生会调整，有疑问可以问药师（分机 {P(str(b.ri(3000, 3999)))}）。"
                ),
            )
        ]
        if "Ticagrelor" in doc:
            qs.append(
                (
                    "请问 Ticagrelor 漏服一次怎么办？",
                    lambda: f"想起来就补，如果接近下一次服药时间（少于 {P('6 小时')}）就跳过，不要一次吃两片。",
                )
            )
        if any(w in doc for w in ("repair", "arthroplasty", "thyroidectomy")):
            qs.append(("出院后可以洗澡吗？", lambda: f"伤口干燥、无渗液一般 {P('48-72 小时')}后可以淋浴，不要泡澡。"))
        q = b.c(qs)
        turns += [q[0], q[1]()]
    elif b.coin(0.4):
        turns = ["Hi，出院指导能再发一份吗？", doc]
    return "discharge_instructions", turns


# ---------------------------------------------------------------------------
# style: nursing_note (bed numbers only)
# ---------------------------------------------------------------------------
def nursing_zh(b):
    P = b.P
    bed = zbed(b)
    dx = P(
        b.c(
            [
                "腹腔镜胆囊切除术后",
                "左股骨颈骨折术后",
                "脑梗死",
                "慢阻肺急性加重",
                "2型糖尿病酮症",
                "肺部感染",
                "心力衰竭",
                "上消化道出血",
                "肝硬化腹水",
                "急性胰腺炎",
            ]
        )
    )
    temp = b.rf(36.4, 38.6)
    pool = [
        lambda: (
            f"T {P(temp + '℃')}，P {P(f'{b.ri(68, 108)}次/分')}，R {P(f'{b.ri(16, 24)}次/分')}，BP {b.bp()}，SpO2 {P(f'{b.ri(91, 99)}%')}。"
        ),
        lambda: (
            f"遵医嘱予{P(b.c(['0.9%氯化钠注射液100 ml+头孢曲松钠2 g', '5%葡萄糖注射液250 ml+维生素C 2 g', '甘露醇注射液125 ml', '奥美拉唑40 mg静推']))}，"
            f"{b.c(['滴速', '速度'])}{P(f'{b.ri(30, 60)}滴/分')}，无不良反应。"
        ),
        lambda: (
            f"{P('Braden评分')}{P(f'{b.ri(11, 18)}分')}，每{P('2小时')}翻身一次，骶尾部皮肤{b.c(['完整', '发红，已贴泡沫敷料'])}。"
        ),
        lambda: f"{P('Morse跌倒评分')}{P(f'{b.ri(25, 65)}分')}，已悬挂防跌倒标识，床栏已拉起，呼叫铃放于手边。",
        lambda: (
            f"留置{P('导尿管')}第{P(f'{b.ri(2, 6)}天')}，尿色{b.c(['淡黄', '清亮', '深黄'])}，{P('24小时')}尿量{P(f'{b.ri(900, 2400)} ml')}。"
        ),
        lambda: f"指尖血糖{P(b.rf(4.2, 16.8) + ' mmol/L')}，遵医嘱皮下注射{P('门冬胰岛素')}{P(f'{b.ri(4, 12)} U')}。",
        lambda: f"{P('护士长')}查房，嘱加强{P('常规')}口腔护理，继续记录出入量。",
        lambda: (
            f"疼痛评分{P('NRS ' + str(b.ri(2, 7)) + '分')}，已报告{P('值班医生')}，遵医嘱予{P(b.c(['氨酚羟考酮片1片口服', '地佐辛5 mg肌注', '冰敷']))}，{P('30分钟')}后复评。"
        ),
        lambda: (
            f"腹围{P(f'{b.ri(82, 104)} cm')}，体重{P(b.rf(52, 78) + ' kg')}，双下肢{b.c(['无水肿', '轻度凹陷性水肿'])}。"
        ),
        lambda: (
            f"胃管引流出{b.c(['咖啡色', '淡黄色', '墨绿色'])}液体{P(f'{b.ri(50, 300)} ml')}，{b.c(['已报告医生', '继续观察'])}。"
        ),
        lambda: f"{P('格拉斯哥昏迷评分')}{P(f'{b.ri(12, 15)}分')}，双侧瞳孔等大等圆，直径{P('3 mm')}，对光反射灵敏。",
        lambda: f"健康宣教：低盐饮食，{P('万一')}出现胸闷、黑便及时按呼叫铃。家属表示理解。",
    ]
    entries = b.some(pool, 3, 5)
    times = sorted(
        f"{h:02d}:{m}"
        for h, m in zip(
            b.pick(range(7, 23), len(entries)), [b.c(["00", "10", "20", "30", "40", "50"]) for _ in entries]
        )
    )
    if float(temp) >= 38.0 and any(temp in e for e in entries):
        entries.append(f"体温{temp}℃，已报告{P('值班医生')}，予物理降温，{P('30分钟')}后复测。")
        times.append(b.c(["23:30", "23:50"]))
    lines = [f"{P(t)} {e}" for t, e in zip(times, entries)]
    head = b.c(
        [
            lambda: f"护理记录（{b.zdate(kind=b.c([0, 1]))}）\n{bed}，{P(f'{b.ri(45, 91)}岁')}，{dx}。",
            lambda: f"{bed} {dx} 一般护理记录单 {b.zdate(kind=1)}",
            lambda: (
                f"交班记录 {b.zdate(kind=3)} {b.c(['白班', '夜班', '小夜班'])}\n{bed}：{dx}，{P(f'{b.ri(45, 91)}岁')}"
            ),
        ]
    )
    return "nursing_note", [head + "\n" + "\n".join(lines)]


def nursing_en(b):
    P = b.P
    bed = ebed(b)
    ward = P(f"Ward {b.ri(1, 12)}{b.c('ABC')}")
    news = b.ri(0, 7)
    pool = [
        lambda: (
            f"Obs: T {P(b.rf(36.2, 38.3) + '°C')}, {P(f'HR {b.ri(64, 112)}')}, {P(f'RR {b.ri(14, 24)}')}, BP {b.bp()}, SpO2 {P(f'{b.ri(92, 99)}%')} on {b.c(['air', '2 L nasal cannula'])}. {P(f'NEWS2 {news}')}."
        ),
        lambda: f"{P(f'Waterlow score {b.ri(10, 22)}')}; repositioned {P('2-hourly')}, heels offloaded.",
        lambda: f"Nursed in {P('semi-Fowler’s position')} at {P('30-45 degrees')}.",
        lambda: b.c(
            [
                "Pain score 6/10, oral morphine 5 mg given with good effect.",
                "Pain score 3/10, regular paracetamol continued.",
                "Catheter draining well, 40-60 ml/hr.",
                "Tolerating diet and fluids.",
            ]
        ),
        lambda: f"{P('May')} have free fluids from {b.etime()}.",
        lambda: f"{P('Green')} mobility sign on the bed: independent with the {P('Zimmer frame')}.",
        lambda: f"{P('Parkinson’s medication')} given on time - next dose due {b.etime()}.",
        lambda: (
            f"Capillary glucose {P(b.rf(4.5, 14.8) + ' mmol/L')}; {P(f'{b.ri(4, 10)} units')} {P('NovoRapid')} given as per chart."
        ),
        lambda: f"{P('Glasgow Coma Scale')} {P(str(b.ri(13, 15)) + '/15')}, pupils equal and reactive, {P('3 mm')}.",
        lambda: f"Fluid balance: in {P(f'{b.ri(1200, 2400)} ml')}, out {P(f'{b.ri(800, 2000)} ml')} at {b.etime()}.",
        lambda: (
            f"Wound reviewed by {P('the tissue viability nurse')}; dressing changed, {b.c(['clean and dry', 'small serous ooze'])}."
        ),
        lambda: f"Relatives updated by phone; {P('the ward sister')} aware.",
    ]
    lines = b.some(pool, 3, 5)
    if news >= 5:
        lines.append(
            f"NEWS2 {news} - escalated to {P('the registrar')} and the {P('critical care outreach team')} as per policy."
        )
    else:
        lines.append(
            b.c(
                [
                    lambda: f"Handed over to {P('the night nurse in charge')}. Call bell within reach.",
                    lambda: f"Plan discussed with {P('the FY1')} on the ward round.",
                    "No concerns overnight.",
                ]
            )
        )
    head = b.c(
        [
            lambda: (
                f"{ward}, {bed}. {P(f'{b.ri(58, 94)}-year-old')}, {P(f'day {b.ri(1, 4)}')} post {P(b.c(['fractured neck of femur repair', 'ankle ORIF', 'TURP', 'bowel resection', 'laparoscopic cholecystectomy']))}."
            ),
            lambda: f"Nursing entry {b.edate(kind=b.c([0, 3]))} {b.etime()} - {bed}, {ward}",
            lambda: (
                f"{bed} ({ward}) - {P(b.c(['community-acquired pneumonia', 'heart failure', 'cellulitis of the left leg', 'urosepsis', 'COPD exacerbation']))}"
            ),
        ]
    )
    sep = b.c(["\n", "\n- "])
    return "nursing_note", [head + sep + sep.join(lines)]


# ---------------------------------------------------------------------------
# style: lab_report
# ---------------------------------------------------------------------------
def lab_zh(b):
    panel = b.c(
        [
            ("血常规", LABS[0:4]),
            ("生化全项", LABS[4:13]),
            ("血脂四项", LABS[6:9]),
            ("肝肾功能", [LABS[9], LABS[10], LABS[11], LABS[12]]),
            ("甲状腺功能", [LABS[13]]),
            ("炎症指标", [LABS[0], LABS[1], LABS[14]]),
            ("糖代谢", [LABS[4], LABS[5]]),
        ]
    )
    name, items = panel
    items = list(items)
    if len(items) > 5:
        items = b.pick(items, 5)
    d = b.day()
    lines = []
    flags = 0
    for lab in items:
        ab = b.c([None, None, "high", "low"]) if lab[4] > 0 else b.c([None, "high"])
        v, r = lab_val(b, lab, ab)
        fl = {"high": "↑", "low": "↓"}.get(ab, "")
        flags += bool(fl)
        if len(lines) < 3:
            b.P(lab[0])
            b.P(f"{v} {lab[3]}")
            b.P(r)
        lines.append(f"{lab[0]}（{lab[2]}）  {v} {lab[3]}  {fl or ' '}  参考区间 {r}")
    dept = b.c(["心内科门诊", "内分泌科", "体检中心", "急诊内科", "老年医学科", "消化内科病房"])
    head = (
        f"{b.P(b.c(['检验报告单', '临床检验报告', '检验科报告']))}  {b.P(name)}\n"
        f"{b.c(['', lambda: (lambda code, zh, en: '临床诊断：' + b.P(zh) + '（' + b.P(code) + '）  ')(*b.c(ICD))])}科室：{dept}  床号：{zbed(b) if '病房' in dept else '—'}  标本：{b.c(['静脉血', '血清', 'EDTA抗凝血'])}\n"
        f"采集时间：{b.P(f'{d:%Y-%m-%d} {b.ri(6, 9):02d}:{b.ri(0, 59):02d}')}  报告时间：{b.P(f'{d:%Y-%m-%d} {b.ri(10, 16):02d}:{b.ri(0, 59):02d}')}\n"
    )
    foot = (
        f"\n仪器：{b.P(b.c(['Sysmex XN-1000', 'Mindray BC-6800']) if name == '血常规' else b.c(['Beckman Coulter AU5800', 'Roche cobas 8000', 'Roche cobas e801']))}  "
        f"{b.P(b.c(['第1页/共1页', '第1页 共2页']))}\n本报告仅对所检标本负责。如有疑问请咨询检验科，医院总机转分机{b.P(str(b.ri(3100, 3999)))}。"
    )
    doc = head + "\n".join(lines) + foot
    turns = [doc]
    if b.coin(0.5):
        q = b.c(["这个结果要紧吗？", "帮我看看这个报告，箭头是什么意思？", "这是我爸的报告，需要复查吗？"])
        ans = (
            f"{'报告里有' + str(flags) + '项标了箭头，' if flags else '各项都在参考区间内，'}"
            f"“↑”表示高于参考区间，“↓”表示低于参考区间。{'轻度偏离' if flags else '结果正常'}不等于生病，要结合症状判断，"
            f"建议把报告带到{dept.replace('病房', '门诊')}，由接诊医生解读；{b.P('常规')}复查间隔一般是{b.P(b.c(['1个月', '3个月', '2周']))}。"
        )
        turns = [doc, q, ans] if b.coin(0.3) else [q + "\n" + doc, ans]
    return "lab_report", turns


def lab_en(b):
    items = b.pick(LABS, 4)
    d = b.day()
    rows = []
    for i, lab in enumerate(items):
        ab = b.c([None, "high", "low"]) if lab[4] > 0 else b.c([None, "high"])
        v, r = lab_val(b, lab, ab)
        fl = {"high": "H", "low": "L"}.get(ab, "")
        b.P(lab[1])
        if i < 2:
            b.P(r)
        rows.append(f"{lab[1]:<22} {v:>7} {fl:1} {lab[3]:<9} ({r})")
    loc = b.c([lambda: eloc(b), lambda: b.P("GP surgery"), lambda: b.P("Outpatients")])
    comment = b.c(
        [
            lambda: f"{b.P('White')} cell count interpretation depends on clinical context.",
            lambda: "Haemolysed sample - potassium may be falsely raised; please repeat.",
            lambda: f"Results phoned to {b.P('Ward')} {b.ri(1, 12)} staff at {b.etime()}.",
            lambda: "eGFR not reported for patients under 18.",
        ]
    )
    doc = (
        f"{b.P(b.c(['CLINICAL BIOCHEMISTRY', 'PATHOLOGY REPORT', 'Laboratory Medicine']))}\n"
        f"Location: {loc}    Requested by: {b.P(b.c(['the consultant (cardiology)', 'the GP', 'the on-call registrar', 'the diabetes nurse specialist']))}\n"
        f"Collected: {b.P(f'{d:%d/%m/%Y} {b.ri(7, 10):02d}:{b.ri(0, 59):02d}')}   Reported: {b.P(f'{d:%d/%m/%Y} {b.ri(12, 18):02d}:{b.ri(0, 59):02d}')}\n"
        + "\n".join(rows)
        + f"\nComment: {comment}\n"
        f"Analyser: {b.P(b.c(['Abbott Alinity c', 'Siemens Atellica', 'Roche cobas pro']))}. {b.P(f'Page {b.ri(1, 2)} of 2')}."
    )
    turns = [doc]
    if b.coin(0.5):
        turns = [
            f"{b.c(['Can you explain these results?', 'Got this from the portal, anything to worry about?', 'What does H and L mean here?'])}\n"
            + doc,
            f"H means above and L below the laboratory reference range shown in brackets. A single slightly abnormal value is common and often "
            f"repeated rather than treated. Your {b.P('GP')} or {b.P('the practice nurse')} will look at them together with your symptoms; "
            f"if you were asked to book a follow-up, it's usually within {b.P(b.c(['2 weeks', '4-6 weeks', '3 months']))}.",
        ]
    return "lab_report", turns


def lab_mixed(b):
    P = b.P

    def uti():
        wbc, crp = b.rf(10.5, 16.8), b.rf(25, 96)
        u = (
            f"医生，急诊查的：{P('WBC')} {P(wbc + ' ×10^9/L')} ↑，{P('CRP')} {P(crp + ' mg/L')}，{P('PCT')} {P(b.rf(0.08, 0.9, 2) + ' ng/mL')}，"
            f"{P('urine nitrite')} positive，是 {P('UTI')} 吗？我腰痛，体温 {P(b.rf(38.0, 39.2) + '℃')}。"
        )
        a = (
            f"发热、腰痛加上 nitrite 阳性，要考虑 {P('急性肾盂肾炎')}（{P('acute pyelonephritis')}）。先留 {P('urine culture')}，然后开始抗生素，"
            f"常用 {P(b.c(['头孢曲松 2 g qd', 'levofloxacin 0.5 g qd']))}，疗程一般 {P('7-14 天')}。血压下降要警惕 {P('sepsis')}。"
        )
        return [u, a]

    def graves():
        u = (
            f"我的 {P('thyroid function')}：{P('TSH')} {P(b.rf(0.005, 0.05, 3) + ' mIU/L')} ↓，{P('FT4')} {P(b.rf(28, 48) + ' pmol/L')} ↑（{P('12-22')}），"
            f"{P('TRAb')} positive。是 {P('Graves’ disease')} 吗？"
        )
        a = (
            f"符合 {P('格雷夫斯病')}（{P('E05.0')}）。一线常用 {P('methimazole')}（{P('甲巯咪唑')}），起始多为 {P('10-30 mg/d')}；"
            f"用药期间出现发热、咽痛要立即查 {P('WBC')}。{P('4-6 周')}复查甲功。"
        )
        return [u, a]

    def lipids():
        ldl = b.rf(3.6, 5.2, 2)
        u = (
            f"体检血脂：{P('TC')} {P(b.rf(5.6, 7.4, 2) + ' mmol/L')}，{P('LDL-C')} {P(ldl + ' mmol/L')}，{P('HDL-C')} {P(b.rf(0.9, 1.4, 2))}，"
            f"{P('TG')} {P(b.rf(1.2, 3.1, 2))}。我 {P(f'{b.ri(45, 66)}岁')}，有 {P('高血压')}，要吃 statin 吗？"
        )
        a = (
            f"有高血压加上 LDL-C {ldl} mmol/L，按《{P('中国血脂管理指南（2023年）')}》一般要先做 {P('ASCVD 风险评估')}。多数情况下会建议 "
            f"{P('atorvastatin 20 mg qn')} 或 {P('rosuvastatin 10 mg')}，目标 {P('LDL-C < 2.6 mmol/L')}。{P('4-6 周')}后复查血脂和 {P('ALT')}。"
        )
        return [u, a]

    def liver():
        alt = b.ri(88, 180)
        u = f"{P('ALT')} {P(f'{alt} U/L')}，{P('AST')} {P(f'{b.ri(50, 110)} U/L')}，B 超说 {P('fatty liver')}（{P('脂肪肝')}），{P('HBsAg')} negative，需要吃护肝药吗？"
        a = (
            f"转氨酶升高 {round(alt / 50, 1)} 倍左右，最常见的原因就是 {P('MASLD')}（代谢相关脂肪性肝病）。核心是减重 {P('5%-10%')}、"
            f"每周 {P('150 分钟')}运动、戒酒。护肝药不是必需的；{P('3 个月')}后复查肝功能，同时查 {P('HbA1c')} 和血脂。"
        )
        return [u, a]

    def ferritin():
        f = b.ri(5, 14)
        u = f"最近总掉头发，查了 {P('ferritin')} {P(f'{f} ng/mL')}，{P('Hb')} {P(f'{b.ri(102, 118)} g/L')}，{P('MCV')} {P(f'{b.ri(70, 79)} fL')}，是缺铁吗？"
        a = (
            f"是的，{P('缺铁性贫血')}（{P('iron deficiency anaemia')}）。{P('毛发')}脱落和缺铁有关。可以口服 {P('ferrous sulfate')}（硫酸亚铁）"
            f"隔日一次，{P('4 周')}后复查 Hb；同时要找原因，比如月经量大或消化道失血。"
        )
        return [u, a]

    def kidney():
        egfr = b.ri(38, 58)
        u = f"复查肾功能：{P('Cr')} {P(f'{b.ri(115, 160)} μmol/L')}，{P('eGFR')} {P(f'{egfr} mL/min/1.73m²')}，{P('UACR')} {P(f'{b.ri(35, 280)} mg/g')}，CKD 几期？"
        a = (
            f"eGFR {egfr} 属于 {P('CKD G3a' if egfr >= 45 else 'CKD G3b')}，UACR 升高为 {P('A2')} 级。建议控制血压 {P('<130/80 mmHg')}，"
            f"可以在医生指导下用 {P('ACEI/ARB')} 或 {P('SGLT2 抑制剂')}，避免长期吃 {P('NSAIDs')}（如布洛芬）。"
        )
        return [u, a]

    turns = b.deal(
        "lab_mixed",
        [uti, graves, lipids, liver, ferritin, kidney, lambda: lab_mixed_more(b), lambda: lab_mixed_more(b)],
    )
    if b.coin(0.4) and any(w in turns[0] for w in ("血脂", "ALT", "Cr", "ferritin")):
        fasting = "血脂" in turns[0]
        turns += [
            b.c(["多久复查一次？", "复查需要空腹吗？", "下次什么时候查？"]),
            f"一般 {P(b.c(['1 个月', '3 个月', '6-8 周']))}后复查，{'抽血前空腹 8-12 小时' if fasting else '不需要严格空腹'}，"
            f"报告出来后可以在 {b.pc(APPS_ZH)} 上查看。",
        ]
    return "lab_report", turns


# ---------------------------------------------------------------------------
# style: imaging_report
# ---------------------------------------------------------------------------
# ---------------------------------------------------------------------------
# style: drug_leaflet
# ---------------------------------------------------------------------------
def leaflet_en(b):
    P = b.P
    brand, generic, maker, strength, use, dose, warn = b.deal(
        "leaflet_en",
        [
            (
                "Panadol",
                "paracetamol",
                "Haleon",
                "500 mg",
                "mild to moderate pain and fever",
                ("1-2 tablets every 4-6 hours", "8 tablets in 24 hours"),
                lambda: (
                    f"{P('Frank')} overdose symptoms may not appear for {P('24 hours')}; get help even if you feel well."
                ),
            ),
            (
                "Nurofen",
                "ibuprofen",
                "Reckitt",
                "200 mg",
                "headache, period pain and fever",
                ("1-2 tablets every 4 hours with food", "6 tablets in 24 hours"),
                lambda: f"{P('Young')} people {P('under 16')} should not take this without advice.",
            ),
            (
                "Lipitor",
                "atorvastatin",
                "Pfizer",
                "20 mg",
                "lowering cholesterol",
                ("one tablet once a day", "the dose your doctor prescribed"),
                lambda: f"{P('Will')} not prevent a heart attack on its own; keep taking your other medicines.",
            ),
            (
                "Glucophage",
                "metformin hydrochloride",
                "Merck",
                "500 mg",
                "type 2 diabetes",
                ("one tablet two or three times a day with meals", "3,000 mg a day"),
                lambda: (
                    f"Stop and seek help if you have severe vomiting or feel very unwell ({P('lactic acidosis')} is rare)."
                ),
            ),
            (
                "Zyrtec",
                "cetirizine hydrochloride",
                "Johnson & Johnson",
                "10 mg",
                "hay fever and hives",
                ("one tablet once a day", "one tablet in 24 hours"),
                lambda: f"{P('May')} cause drowsiness. If affected, do not drive or operate machinery.",
            ),
            (
                "Losec",
                "omeprazole",
                "AstraZeneca",
                "20 mg",
                "heartburn and stomach ulcers",
                ("one capsule once a day before breakfast", "the stated dose"),
                lambda: f"Tell your doctor if you have been taking it for more than {P('1 year')}.",
            ),
            (
                "Omez",
                "omeprazole",
                "Dr. Reddy's",
                "20 mg",
                "acid reflux",
                ("one capsule once a day", "2 capsules a day"),
                lambda: f"Swallow whole; the capsule can be opened and mixed with {P('apple sauce')}.",
            ),
            (
                "Tylenol",
                "acetaminophen",
                "Johnson & Johnson",
                "325 mg",
                "pain and fever",
                ("2 tablets every 4-6 hours", "10 tablets in 24 hours"),
                lambda: f"Severe liver damage may occur with more than {P('3 alcoholic drinks')} a day.",
            ),
            (
                "Piriton",
                "chlorphenamine maleate",
                "Haleon",
                "4 mg",
                "allergy symptoms",
                ("one tablet every 4-6 hours", "6 tablets in 24 hours"),
                lambda: f"{P('May')} cause drowsiness; avoid alcohol.",
            ),
            (
                "Eltroxin",
                "levothyroxine",
                "Advanz Pharma",
                "50 microgram",
                "an underactive thyroid",
                ("once a day, 30 minutes before breakfast", "the dose on your label"),
                lambda: f"Take {P('4 hours')} apart from calcium or iron tablets.",
            ),
        ],
    )
    sections = [
        lambda: f"What {brand} is used for: {P(use)}.",
        lambda: f"How to take it: adults, {P(dose[0])}; do not take more than {P(dose[1])}.",
        lambda: (
            f"Possible side effects - {b.c(['common (up to 1 in 10 people)', 'uncommon (up to 1 in 100 people)'])}: {b.c(['nausea', 'headache', 'diarrhoea'])}."
        ),
        warn,
        lambda: (
            f"If you take too much, contact a doctor or {P(b.c(['Poison Help on 1-800-222-1222', 'NHS 111', 'your nearest A&E']))} straight away."
        ),
        lambda: (
            f"Storage: below {P(b.c(['25°C', '30°C']))}. Lot {b.lot(False)}  EXP {P(b.c(['03/2027', '11/2026', '2027-08']))}"
        ),
        lambda: (
            f"{b.c(['PL', 'Marketing authorisation number PL'])} {P(f'{b.ri(10000, 49999)}/{b.ri(1000, 9999):04d}')}"
        ),
        lambda: f"Manufacturer / marketing authorisation holder: {P(maker)}.",
        lambda: f"This leaflet was last revised in {P(b.c(['August 2024', 'May 2023', 'June 2025', 'March 2024']))}.",
        lambda: f"Barcode {b.barcode(b.c(['50', '30', '40']))}",
    ]
    body = b.some(sections, 5, 8, keep_order=True)
    head = b.c(
        [
            f"Package leaflet: information for the user\n{brand} {strength} tablets ({generic})",
            f"{brand.upper()} {strength} - {generic}",
            f"Patient information leaflet - {brand}",
        ]
    )
    doc = head + "\n" + (lambda bl: "\n".join(bl + x for x in body))(b.c(["", "- ", "• "]))
    for x in (brand, generic, strength):
        if x in doc:
            P(x)
    turns = [doc]
    if b.coin(0.25):
        turns = [f"I've lost the leaflet for my {brand}. Can you type out the important bits?", doc]
    return "drug_leaflet", turns


# ---------------------------------------------------------------------------
# style: prescription (no names)
# ---------------------------------------------------------------------------
RX_ICD = {
    "高血压": "I10",
    "2型糖尿病": "E11.9",
    "急性扁桃体炎": "J03.9",
    "胃食管反流病": "K21.9",
    "高脂血症": "E78.5",
    "帕金森病": "G20",
    "甲状腺功能减退症": "E03.9",
    "过敏性鼻炎": "J30.4",
    "心房颤动": "I48.9",
    "急性胃肠炎": "A09",
    "孕早期": "Z34.0",
    "膝骨关节炎": "M17.9",
}
RX_ZH = {
    "高血压": ([3, 4, 13, 6], ["心血管内科", "全科医学科", "老年病科"]),
    "2型糖尿病": ([2, 6, 3], ["内分泌科", "全科医学科"]),
    "急性扁桃体炎": ([0, 9], ["普通内科", "耳鼻喉科"]),
    "胃食管反流病": ([10], ["消化内科", "普通内科"]),
    "高脂血症": ([6], ["心血管内科", "全科医学科"]),
    "帕金森病": ([14], ["神经内科"]),
    "甲状腺功能减退症": ([11], ["内分泌科"]),
    "过敏性鼻炎": ([12, 5], ["耳鼻喉科", "变态反应科"]),
    "心房颤动": ([1, 3], ["心血管内科"]),
    "急性胃肠炎": ([15, 9], ["普通内科", "急诊内科"]),
    "孕早期": ([7], ["产科"]),
    "膝骨关节炎": ([8, 10], ["骨科", "老年病科"]),
}


def rx_zh(b):
    dx = b.deal("rx_zh", list(RX_ZH))
    idx, depts = RX_ZH[dx]
    drugs = [DRUGS[k] for k in b.pick(idx, b.ri(1, min(3, len(idx))))]
    lines = []
    total = 0.0
    for i, dr in enumerate(drugs, 1):
        qty = b.ri(1, 4)
        price = round(b.rng.uniform(6, 98), 2)
        total += qty * price
        if i <= 2:
            b.P(dr["zh"])
            b.P(dr["pack"])
        lines.append(f"{i}. {dr['zh']}  {dr['pack']}  ×{qty}盒\n   用法：{dr['zu']}  单价：¥{price:.2f}")
    b.P(f"¥{total:.2f}")
    age = b.P(f"{b.ri(24, 40) if dx == '孕早期' else b.ri(19, 88)}岁")
    sex = "女" if dx == "孕早期" else b.c(["男", "女"])
    doc = (
        f"{b.P(b.c(['门诊处方笺', '普通处方', '慢病长期处方'] if dx in ('高血压', '2型糖尿病', '高脂血症', '帕金森病', '甲状腺功能减退症', '心房颤动') else ['门诊处方笺', '普通处方']))}\n"
        f"科别：{b.c(depts)}  性别：{sex}  年龄：{age}  费别：{b.P(b.c(['医保', '自费', '职工医保', '居民医保']))}\n"
        f"临床诊断：{b.P(dx)}{b.c(['', lambda: '（' + b.P(RX_ICD[dx]) + '）'])}\n开具日期：{b.zdate(kind=b.c([0, 1, 2, 4]))}\nRp.\n"
        + "\n".join(lines)
        + f"\n合计：¥{total:.2f}\n医师：（签章）  审核药师：（签章）  调配：（签章）  核对发药：（签章）\n"
        f"{b.c([lambda: '处方有效期' + b.P('3天') + '，长期处方最长' + b.P('12周') + '。', lambda: '本处方当日有效。取药窗口：' + zloc(b) + '西药房。'])}"
    )
    return "prescription", [doc]


RX_EN = {
    "cardiology": [1, 3, 6, 13, 4],
    "diabetes": [2, 6, 3],
    "general medicine": [9, 10, 12, 11],
    "respiratory": [0, 9],
    "neurology": [14, 9],
    "antenatal": [7],
}


def rx_en(b):
    clinic = b.deal("rx_en", list(RX_EN))
    idx = RX_EN[clinic]
    items = [DRUGS[k] for k in b.pick(idx, b.ri(1, min(3, len(idx))))]
    lines = []
    for i, dr in enumerate(items, 1):
        q = b.c([28, 56, 30, 14, 84]) if dr["en"] != "amoxicillin" else 15
        if i <= 2:
            b.P(dr["es"])
        lines.append(f"{i}) {dr['en']} {dr['es']} - {dr['eu']}. Supply: {q}")
    allergies = b.c(
        ["NKDA", "none known", "codeine (vomiting)"]
        + ([] if any(d["en"] == "amoxicillin" for d in items) else ["penicillin (rash)"])
    )
    doc = (
        f"{b.P(b.c(['Outpatient prescription', 'TTO (to take out)', 'Repeat prescription request']))}\n"
        f"Clinic: {clinic}  Age: {b.P(str(b.ri(21, 40) if clinic == 'antenatal' else b.ri(21, 90)) + ' years')}  "
        f"Weight: {b.P(f'{b.ri(48, 112)} kg')}\n"
        f"Allergies: {b.P(allergies)}\nDate: {b.edate()}\n"
        + "\n".join(lines)
        + f"\nPrescriber: {b.P(b.c(['the registrar', 'FY2 doctor', 'nurse prescriber', 'consultant']))} (signature on file)\n"
        f"{b.c([lambda: 'Prescription charge ' + b.P('£9.90') + ' per item unless exempt.', lambda: 'Copay ' + b.P('$25') + '; generic substitution permitted.', lambda: 'Screened by pharmacy at ' + b.etime() + '.'])}"
    )
    return "prescription", [doc]


# ---------------------------------------------------------------------------
# style: imaging_report
# ---------------------------------------------------------------------------
def imaging_zh(b):
    P = b.P
    cases = [
        lambda: (
            "腹部超声",
            f"胆囊大小约{P(f'{b.ri(70, 95)}×{b.ri(28, 40)} mm')}，壁厚{P(f'{b.rf(3.5, 5.5)} mm')}，腔内见多个强回声，最大约{P(f'{b.ri(8, 18)} mm')}，"
            f"后伴声影，{P('超声墨菲征')}阳性。肝脏、胰腺、脾脏未见明显异常。",
            "胆囊多发结石伴急性胆囊炎声像图改变。",
        ),
        lambda: (
            "甲状腺超声",
            f"甲状腺右叶见一低回声结节，大小约{P(f'{b.rf(6, 14)}×{b.rf(5, 10)} mm')}，{P('纵横比<1')}，边界清，未见微钙化。",
            f"甲状腺右叶结节，{P(b.c(['C-TIRADS 3类', 'C-TIRADS 4A类']))}，建议{P(b.c(['6个月', '12个月']))}后复查。",
        ),
        lambda: (
            "乳腺钼靶",
            f"双乳呈{P('c型')}（不均匀致密型）。左乳外上象限见一簇细小钙化，范围约{P(f'{b.ri(4, 9)} mm')}。",
            f"左乳外上象限钙化，{P(b.c(['BI-RADS 3类', 'BI-RADS 4A类']))}。",
        ),
        lambda: (
            "胸部CT平扫",
            f"右肺上叶尖段见一磨玻璃结节，大小约{P(f'{b.ri(5, 9)} mm')}，CT值约{P(f'-{b.ri(520, 680)} HU')}。层厚{P('1.25 mm')}，"
            f"图像{P(b.c(['第32层', '第41层', 'Se3 Im57']))}。",
            f"右肺上叶磨玻璃结节，建议{P(b.c(['12个月', '6-12个月']))}后低剂量CT复查（参照{P('Lung-RADS v2022')}）。",
        ),
        lambda: (
            "头颅CT平扫",
            f"双侧基底节区见多发斑点状低密度影，最大直径约{P(f'{b.ri(3, 8)} mm')}。脑室系统未见扩大，中线结构居中。",
            f"双侧基底节区{P('腔隙性脑梗死')}；{P('脑白质变性')}（{P('Fazekas 1级')}）。",
        ),
        lambda: (
            "右膝关节MRI",
            f"内侧半月板后角见线样高信号达关节面，{P('Stoller分级III度')}。前交叉韧带连续。髌上囊少量积液，腘窝见{P(f'{b.ri(18, 35)} mm')}囊状长T2信号。",
            f"内侧半月板后角撕裂；{P('腘窝囊肿（Baker囊肿）')}。",
        ),
        lambda: (
            "颈动脉超声",
            f"左侧颈动脉分叉处后壁见低回声斑块，大小约{P(f'{b.rf(8, 16)}×{b.rf(1.8, 3.0)} mm')}，管腔狭窄率约{P(f'{b.ri(30, 55)}%')}。"
            f"右侧内中膜厚度{P(b.rf(0.9, 1.2) + ' mm')}。",
            "左侧颈动脉斑块形成（轻-中度狭窄）。",
        ),
        lambda: (
            lambda ef: (
                "心脏彩超",
                f"左室舒张末内径{P(f'{b.ri(48, 62)} mm')}，室间隔厚度{P(f'{b.ri(9, 13)} mm')}，左室射血分数（{P('Simpson法')}）{P(f'{ef}%')}。"
                f"二尖瓣少量反流。",
                "左室收缩功能轻度减低。" if ef < 50 else "左室舒张功能减低，收缩功能正常。",
            )
        )(b.ri(40, 64)),
    ]
    exam, body, concl = b.deal("imaging_zh", cases)
    P(exam)
    dept, room = {
        "腹部超声": ("普外科", "超声3室"),
        "甲状腺超声": ("内分泌科", "超声科B区7诊室"),
        "乳腺钼靶": ("乳腺外科", "放射科一楼5号机房"),
        "胸部CT平扫": ("呼吸科", "CT2室"),
        "头颅CT平扫": ("神经内科", "CT1室"),
        "右膝关节MRI": ("骨科", "MR1室"),
        "颈动脉超声": ("神经内科", "血管超声室"),
        "心脏彩超": ("心内科", "心脏超声2室"),
    }[exam]
    head = b.c(
        [
            lambda: f"{exam}检查报告\n检查日期：{b.zdate(kind=b.c([0, 1]))}  检查室：{P(room)}",
            lambda: (
                f"影像诊断报告｜{exam}｜{b.zdate(kind=1)} {b.ztime()}｜{b.c(['门诊', lambda: '住院 ' + zbed(b), '体检'])}"
            ),
            lambda: f"{b.c(['超声医学科', '放射科', '医学影像科'])}报告单\n项目：{exam}  申请科室：{dept}",
        ]
    )
    doc = (
        f"{head}\n{b.c(['所见', '检查所见', '影像表现'])}：{body}\n{b.c(['印象', '诊断意见', '提示'])}：{concl}\n"
        f"{b.c(['报告医师：（电子签名）  审核医师：（电子签名）', '本报告仅供临床参考。', '（报告医师、审核医师电子签名）'])}"
    )
    turns = [doc]
    if b.coin(0.4):
        turns = [
            doc,
            b.c(["这个报告严重吗？需要手术吗？", "医生，这个结果要紧吗？", "报告上的分级是什么意思？"]),
            f"多数情况下按报告建议随访即可，是否需要进一步处理要由专科门诊评估。{P(b.c(['主治医师', '副主任医师', '接诊医生']))}会结合症状给出{P('方案')}。",
        ]
    return "imaging_report", turns


def imaging_en(b):
    P = b.P
    cases = [
        lambda: (
            "CHEST X-RAY (PA)",
            f"Cardiothoracic ratio {P('0.52')}. Upper lobe venous diversion and {P('Kerley B lines')}. Small bilateral pleural effusions.",
            "Appearances in keeping with pulmonary oedema.",
        ),
        lambda: (
            "ULTRASOUND RENAL",
            f"Right kidney {P(b.rf(9.8, 11.8) + ' cm')}. A {P(f'{b.ri(18, 42)} mm')} left upper pole cyst with one thin septation - "
            f"{P(b.c(['Bosniak II', 'Bosniak IIF']))}. No hydronephrosis.",
            "Renal cyst as above.",
        ),
        lambda: (
            "MRI LUMBAR SPINE",
            f"Disc protrusion at {P('L4/5')} contacting the traversing left {P('L5')} nerve root. {P('Modic type 1')} change at {P('L5/S1')}. "
            f"No cauda equina compression.",
            "Left L4/5 disc protrusion.",
        ),
        lambda: (
            "CT HEAD (NON-CONTRAST)",
            f"No acute haemorrhage. Established low attenuation in the right {P('MCA territory')}. {P('ASPECTS')} not applicable. "
            f"Periventricular white matter change, {P('Fazekas grade 2')}.",
            "Old right MCA infarct. No acute intracranial abnormality.",
        ),
        lambda: (
            "DXA SCAN",
            f"Lumbar spine {P('L1-L4')} {P('T-score ' + b.c(['-2.7', '-2.9', '-1.8']))}; left femoral neck T-score {P(b.c(['-2.1', '-2.6']))}. "
            f"{P('FRAX')} 10-year major osteoporotic fracture risk {P(f'{b.ri(12, 28)}%')}.",
            "Findings as above; see WHO criteria.",
        ),
        lambda: (
            "BILATERAL MAMMOGRAM",
            f"Heterogeneously dense breasts ({P('BI-RADS density C')}). {P(f'{b.ri(6, 12)} mm')} group of amorphous calcifications, "
            f"right upper outer quadrant, {P('12 o’clock')} position.",
            f"{P('BI-RADS 4A')}. Stereotactic biopsy recommended.",
        ),
        lambda: (
            "TRANSTHORACIC ECHO",
            f"LV ejection fraction {P(f'{b.ri(41, 49)}%')} ({P('Simpson’s biplane')}). Mild mitral regurgitation. "
            f"{P('TAPSE')} {P(f'{b.ri(14, 24)} mm')}.",
            "Mildly impaired LV systolic function.",
        ),
    ]
    exam, body, concl = b.deal("imaging_en", cases)
    P(exam)
    room = {
        "CHEST X-RAY (PA)": "X-ray 3",
        "ULTRASOUND RENAL": "Ultrasound room 4",
        "MRI LUMBAR SPINE": "MRI 1",
        "CT HEAD (NON-CONTRAST)": "CT 2",
        "DXA SCAN": "DXA room",
        "BILATERAL MAMMOGRAM": "Breast Unit room 2",
        "TRANSTHORACIC ECHO": "Echo room 1",
    }[exam]
    head = b.c(
        [
            lambda: f"{exam}\nDate of examination: {b.edate(kind=b.c([0, 3, 4]))}    Room: {P(room)}",
            lambda: (
                f"Radiology report - {exam} - {b.edate(kind=3)} {b.etime()}\nReferrer: {P(b.c(['GP', 'the medical registrar', 'the on-call team', 'outpatient clinic']))}"
            ),
            lambda: f"{exam}  |  {oploc(b)}  |  {b.edate(kind=0)}",
        ]
    )
    doc = (
        f"{head}\nFindings: {body}\nConclusion: {concl}\n"
        f"{b.c(['Reported by: consultant radiologist (electronically signed).', 'Verified report.', 'Urgent findings communicated to the referring team.'])}"
    )
    if b.coin(0.3):
        return "imaging_report", [
            doc,
            "What does this mean in plain English?",
            f"It describes what the scan showed; the conclusion line is the summary. Your {P(b.c(['GP', 'consultant', 'specialist nurse']))} "
            f"will explain what it means for you at your next appointment.",
        ]
    return "imaging_report", [doc]


# ---------------------------------------------------------------------------
# style: drug_leaflet (zh)
# ---------------------------------------------------------------------------
def leaflet_zh(b):
    P = b.P
    dr = b.deal("leaflet_zh", DRUGS)
    mfr = b.c(
        [
            "同仁堂",
            "白云山",
            "华润三九",
            "修正药业",
            "石药集团",
            "扬子江药业",
            "齐鲁制药",
            "马应龙药业",
            "云南白药集团",
            "九芝堂",
        ]
    )
    sections = [
        ("药品名称", lambda: P(dr["zh"])),
        ("规格", lambda: P(dr["zs"])),
        ("包装", lambda: P(dr["pack"]) + "/盒"),
        ("用法用量", lambda: P(dr["zu"]) + "，或遵医嘱。"),
        (
            "不良反应",
            lambda: (
                f"常见恶心、头痛、{b.c(['皮疹', '腹泻', '头晕'])}，发生率约{P(f'{b.rf(0.5, 5.0)}%')}；罕见{P('过敏性休克')}。"
            ),
        ),
        (
            "药物相互作用",
            lambda: b.c(
                [
                    lambda: f"与{P('华法林')}合用可能增加出血风险，需监测{P('INR')}。",
                    lambda: f"服药期间避免饮酒；与{P('马来酸')}盐类抗组胺药合用可加重嗜睡。",
                    lambda: f"{P('牛奶')}、钙剂可能影响吸收，建议间隔{P('2小时')}。",
                    lambda: f"{P('葡萄柚')}汁可能升高血药浓度，服药期间不宜饮用。",
                ]
            ),
        ),
        ("贮藏", lambda: P(b.c(["遮光，密封，在阴凉处（不超过20℃）保存", "密封，常温（10-30℃）保存"])) + "。"),
        ("有效期", lambda: P(b.c(["24个月", "36个月"]))),
        ("批准文号", lambda: b.approval(dr["L"])),
        ("生产批号", lambda: b.lot()),
        (
            "生产企业",
            lambda: (
                P(mfr)
                + (
                    b.c(["股份有限公司", ""])
                    if mfr.endswith(("药业", "制药", "集团"))
                    else b.c(["股份有限公司", "制药有限公司", ""])
                )
            ),
        ),
        ("条形码", lambda: b.barcode()),
        ("说明书修订日期", lambda: b.zdate(kind=b.c([0, 1, 2, 4]))),
    ]
    keep = [s for i, s in enumerate(sections) if i < 2 or b.coin(0.7)]
    fmt = b.c(["【{}】{}", "{}：{}", "■ {}  {}"])
    lines = [fmt.format(k, v()) for k, v in keep]
    tail = b.c(
        [
            lambda: "请仔细阅读说明书并在医师或药师指导下使用。",
            lambda: f"如有疑问请咨询药师，或拨打全国卫生健康服务热线{P('12320')}。",
            lambda: f"药品不良反应请向{P('国家药品不良反应监测中心')}报告。",
            lambda: "",
        ]
    )
    doc = (
        b.c(["", "说明书\n", "药品说明书（节选）\n", "请仔细阅读说明书并按说明使用或在药师指导下购买和使用\n"])
        + "\n".join(lines)
        + ("\n" + tail if tail else "")
    )
    turns = [doc]
    if b.coin(0.3):
        turns = [b.c(["能把说明书上的内容打出来给我吗？字太小了。", "说明书丢了，能发一份电子版吗？"]), doc]
    return "drug_leaflet", turns


# ---------------------------------------------------------------------------
# style: guideline
# ---------------------------------------------------------------------------
def guideline_zh(b):
    P = b.P
    topics = [
        lambda: (
            "《中国2型糖尿病防治指南（2020年版）》",
            [
                lambda: f"推荐{P('二甲双胍')}作为首选一线用药，若无禁忌应一直保留在治疗{P('方案')}中。",
                lambda: f"{P('HbA1c')}控制目标一般为{P('<7.0%')}。",
                lambda: (
                    f"合并动脉粥样硬化性心血管疾病者，推荐加用具有心血管获益证据的{P('GLP-1受体激动剂')}或{P('SGLT2抑制剂')}。"
                ),
                lambda: f"每年至少筛查{P('1次')}尿白蛋白/肌酐比值和眼底。",
            ],
        ),
        lambda: (
            "《中国高血压防治指南（2024年修订版）》",
            [
                lambda: f"诊室血压{P('≥140/90 mmHg')}或家庭血压{P('≥135/85 mmHg')}可诊断{P('高血压')}。",
                lambda: f"一般患者降压目标{P('<130/80 mmHg')}。",
                lambda: f"{P('80岁')}及以上高龄患者可放宽至{P('<150/90 mmHg')}。",
                lambda: f"推荐单片复方制剂作为起始{P('方案')}的选择之一；每日食盐{P('<5 g')}。",
            ],
        ),
        lambda: (
            "《川崎病诊断和急性期治疗专家共识》",
            [
                lambda: f"{P('川崎病')}诊断依据为发热{P('≥5天')}，并具备{P('5项')}主要临床特征中的{P('4项')}。",
                lambda: f"急性期推荐{P('IVIG 2 g/kg')}单次输注，联合{P('阿司匹林')}{P('30-50 mg/(kg·d)')}。",
                lambda: f"病程第{P('2周')}、第{P('6-8周')}复查超声心动图。",
                lambda: f"IVIG无反应定义为输注结束后{P('36小时')}仍发热。",
            ],
        ),
        lambda: (
            "《新生儿高胆红素血症诊断和治疗专家共识》",
            [
                lambda: f"生后{P('24小时')}内出现的{P('黄疸')}应视为病理性。",
                lambda: f"光疗指征参照{P('Bhutani曲线')}，结合胎龄和高危因素。",
                lambda: f"{P('总胆红素')}每日上升超过{P('85 μmol/L')}（{P('5 mg/dL')}）需积极干预。",
                lambda: f"母乳喂养的新生儿应每天哺乳{P('8-12次')}。",
            ],
        ),
        lambda: (
            "《慢性阻塞性肺疾病诊治指南（2021年修订版）》",
            [
                lambda: f"吸入支气管舒张剂后{P('FEV1/FVC<70%')}是确诊{P('慢阻肺')}的必备条件。",
                lambda: f"稳定期推荐{P('LAMA+LABA')}作为症状明显患者的起始治疗。",
                lambda: f"血嗜酸性粒细胞{P('≥300个/μL')}且反复急性加重者可考虑加用ICS。",
                lambda: f"长期家庭氧疗指征：静息{P('PaO2≤55 mmHg')}或{P('SaO2≤88%')}。",
            ],
        ),
        lambda: (
            "《原发性骨质疏松症诊疗指南（2022）》",
            [
                lambda: f"{P('DXA')}测定{P('T值≤-2.5')}可诊断骨质疏松。",
                lambda: f"推荐成人每日钙摄入{P('800-1000 mg')}，维生素D{P('800-1200 IU')}。",
                lambda: f"{P('双膦酸盐')}口服治疗{P('5年')}后评估是否进入药物假期。",
                lambda: f"{P('FRAX')}评估10年髋部骨折概率{P('≥3%')}为高风险。",
            ],
        ),
        lambda: (
            "《第六次全国幽门螺杆菌感染处理共识报告》",
            [
                lambda: f"推荐{P('铋剂四联方案')}作为主要经验性根除治疗方案，疗程{P('14天')}。",
                lambda: f"根除治疗结束后至少{P('4周')}复查，首选{P('尿素呼气试验')}。",
                lambda: f"提倡家庭为单位的{P('幽门螺杆菌')}防控，共同生活者可同时检测。",
            ],
        ),
        lambda: (
            "《中国血脂管理指南（2023年）》",
            [
                lambda: f"{P('LDL-C')}是首要干预靶点。",
                lambda: f"极高危患者LDL-C目标{P('<1.4 mmol/L')}且较基线降低{P('>50%')}。",
                lambda: f"首选中等强度{P('他汀')}，如{P('阿托伐他汀10-20 mg')}。",
                lambda: f"建议{P('20-40岁')}成人每{P('2-5年')}检测一次血脂。",
            ],
        ),
        lambda: (
            "《中国居民膳食指南（2022）》",
            [
                lambda: f"成人每天摄入奶及奶制品{P('300-500 g')}，如{P('牛奶')}、酸奶。",
                lambda: f"每天蔬菜不少于{P('300 g')}，深色蔬菜如{P('胡萝卜')}占一半。",
                lambda: f"每天食盐不超过{P('5 g')}，烹调油{P('25-30 g')}。",
                lambda: f"主动身体活动最好每天{P('6000步')}。",
            ],
        ),
    ]
    title, pool = b.deal("guideline_zh", topics)
    P(title)
    items = b.some(pool, 2, 4, keep_order=True)
    style = b.c(["num", "dash", "prose"])
    if style == "num":
        body = "\n".join(f"{i}. {x}" for i, x in enumerate(items, 1))
    elif style == "dash":
        body = "\n".join(f"— {x}" for x in items)
    else:
        body = "".join(items)
    extra = b.c(
        [
            lambda: f"（摘自{title}第{P(f'{b.ri(3, 9)}章')}，第{P(f'{b.ri(12, 160)}页')}）",
            lambda: (
                f"以上内容供医务人员参考，具体以指南原文为准。{P('主任')}要求全科{b.zdate(kind=3)}前完成学习并参加线上考核。"
            ),
            lambda: f"本科室{P(str(b.day(2024, 2025).year) + '年')}质控指标中，该项达标率为{P(f'{b.ri(72, 96)}%')}。",
            lambda: f"（科室业务学习，{b.zdate(kind=3)}，{zloc(b)}示教室）",
            lambda: "",
        ]
    )
    head = b.c([f"{title}要点", f"指南速览：{title}", f"【学习笔记】{title}", f"{title}核心推荐"])
    doc = head + "\n" + body + ("\n" + extra if extra else "")
    turns = [doc]
    if b.coin(0.35):
        turns = [
            f"{b.c(['能总结一下', '请概括', '帮我划一下重点：'])}{title}{b.c(['的核心推荐吗？', '。', '有哪些要点？'])}",
            doc,
        ]
    return "guideline", turns


def guideline_en(b):
    P = b.P
    topics = [
        lambda: (
            b.c(["NICE guideline NG136", "NICE NG136 (2019, updated 2023)"]),
            [
                lambda: (
                    f"Offer {P('ambulatory blood pressure monitoring')} to confirm a clinic reading of {P('140/90 mmHg')} or higher."
                ),
                lambda: (
                    f"Target for adults {P('under 80')}: clinic BP below {P('140/90 mmHg')}; aged 80 and over: below {P('150/90 mmHg')}."
                ),
                lambda: (
                    f"Step 1 is an ACE inhibitor or ARB in type 2 diabetes, or a {P('calcium-channel blocker')} for people of Black African or African-Caribbean family origin."
                ),
            ],
        ),
        lambda: (
            b.c(["GOLD 2024 report", "GOLD 2025 report"]),
            [
                lambda: f"Post-bronchodilator {P('FEV1/FVC < 0.70')} confirms airflow obstruction.",
                lambda: f"{P('Group E')} patients should start {P('LABA+LAMA')}.",
                lambda: f"Consider ICS if blood eosinophils are ≥{P('300 cells/μL')}.",
            ],
        ),
        lambda: (
            b.c(["ADA Standards of Care in Diabetes - 2024", "ADA Standards of Care in Diabetes - 2025"]),
            [
                lambda: (
                    f"An {P('HbA1c')} goal of {P('<7%')} (53 mmol/mol) is appropriate for many non-pregnant adults."
                ),
                lambda: f"Use {P('time in range')} (target >{P('70%')} at {P('70-180 mg/dL')}) when CGM is available.",
                lambda: f"Screen for {P('diabetic retinopathy')} at diagnosis of type 2 diabetes.",
            ],
        ),
        lambda: (
            b.c(["Resuscitation Council UK Guidelines 2021", "AHA Guidelines for CPR and ECC 2020"]),
            [
                lambda: f"Compress at {P('100-120 per minute')} to a depth of {P('5-6 cm')}, ratio {P('30:2')}.",
                lambda: f"Record the {P('Glasgow Coma Scale')} with the time after return of spontaneous circulation.",
                lambda: f"Use the {P('Heimlich manoeuvre')} (abdominal thrusts) for severe choking in adults.",
            ],
        ),
        lambda: (
            "NICE NG28 - type 2 diabetes in adults",
            [
                lambda: f"Offer {P('standard-release metformin')} as first-line treatment.",
                lambda: (
                    f"Offer an {P('SGLT2 inhibitor')} in addition if the person has heart failure or established {P('atherosclerotic cardiovascular disease')}."
                ),
                lambda: f"Measure HbA1c every {P('3-6 months')} until stable, then every {P('6 months')}.",
            ],
        ),
        lambda: (
            "BTS/SIGN British guideline on the management of asthma (2019)",
            [
                lambda: f"Give every patient a written {P('personalised asthma action plan')}.",
                lambda: f"In acute severe asthma, {P('PEF 33-50%')} of best or predicted.",
                lambda: f"Give {P('prednisolone 40-50 mg')} daily for at least {P('5 days')} in an acute attack.",
            ],
        ),
        lambda: (
            "ESC 2021 Guidelines on cardiovascular disease prevention",
            [
                lambda: f"Use {P('SCORE2')} to estimate 10-year risk in people aged {P('40-69')}.",
                lambda: f"For very high-risk patients the LDL-C goal is {P('<1.4 mmol/L')} (55 mg/dL).",
                lambda: f"Recommend {P('150-300 minutes')} a week of moderate-intensity activity.",
            ],
        ),
        lambda: (
            "WHO guideline on physical activity and sedentary behaviour (2020)",
            [
                lambda: (
                    f"Adults should do {P('150-300 minutes')} of moderate or {P('75-150 minutes')} of vigorous activity a week."
                ),
                lambda: f"Muscle-strengthening activities on {P('2 or more days')} a week.",
                lambda: f"Older adults should add balance training on {P('3 or more days')} a week to prevent falls.",
            ],
        ),
    ]
    src, pool = b.deal("guideline_en", topics)
    P(src)
    items = b.some(pool, 2, 3, keep_order=True)
    body = b.c(
        [
            lambda: "\n".join(f"- {x}" for x in items),
            lambda: " ".join(items),
            lambda: "\n".join(f"{i}. {x}" for i, x in enumerate(items, 1)),
        ]
    )
    page = b.c(
        [
            lambda: f"Section {P(f'{b.ri(1, 9)}.{b.ri(1, 12)}')}, {P(f'page {b.ri(8, 140)}')}.",
            lambda: f"Recommendation {P(f'{b.ri(1, 4)}.{b.ri(1, 9)}.{b.ri(1, 20)}')}.",
            lambda: (
                f"Grade of evidence: {P(b.c(['grade A', 'grade B', 'Level 1b', 'strong recommendation, moderate-quality evidence']))}."
            ),
            lambda: (
                f"Journal club, {b.edate(kind=5)}, {P(b.c(['Seminar Room 3', 'Lecture Hall 2', 'the Postgraduate Centre']))}."
            ),
            lambda: "",
        ]
    )
    head = b.c([f"Summary - {src}", f"Key points: {src}", f"{src} - what's new", f"Teaching notes on the {src}"])
    doc = head + "\n" + body + ("\n" + page if page else "")
    turns = [doc]
    if b.coin(0.35):
        turns = [
            f"{b.c(['Can you summarise', 'What are the key points of', 'Quick recap of'])} the {src.split(' (')[0]}?",
            doc,
        ]
    return "guideline", turns


# ---------------------------------------------------------------------------
# style: insurance_faq
# ---------------------------------------------------------------------------
def insurance_zh(b):
    city = b.c(CITIES_ZH)
    qa = [
        lambda: (
            "问：异地就医怎么备案？",
            f"答：可通过{b.P('国家医保服务平台App')}或{b.P('支付宝')}“医保电子凭证”办理，备案有效期内在{b.P(b.c(PROVINCES_ZH))}的定点医院可以直接结算。"
            f"临时外出就医的报销比例比本地低{b.P(f'{b.c([5, 10])}个百分点')}。",
        ),
        lambda: (
            "问：门诊慢特病的起付线是多少？",
            f"答：{b.P(city)}职工医保门诊慢特病起付线为每年{b.P(f'{b.c([200, 300, 500])}元')}，{b.P('高血压')}、{b.P('糖尿病')}等病种报销比例{b.P(f'{b.c([60, 70, 75])}%')}，"
            f"年度最高支付限额{b.P(f'{b.c([3000, 4000, 5000])}元')}。",
        ),
        lambda: (
            "问：住院费用怎么报？",
            f"答：三级医院起付标准{b.P(f'{b.c([800, 1000, 1200])}元')}，起付线以上部分在职职工报销{b.P(f'{b.c([85, 88, 90])}%')}。"
            f"乙类药品需先自付{b.P('10%')}。出院结算时只需付个人承担部分。",
        ),
        lambda: (
            "问：医保个人账户能给家人用吗？",
            f"答：可以，按照门诊共济政策，个人账户可用于支付配偶、父母、子女（含{b.P('孙女')}、孙子等近亲属须符合当地规定）在定点机构的自付费用，"
            f"需先在{b.P('医保经办机构')}或线上绑定家庭共济关系。",
        ),
        lambda: (
            f"问：{b.P('万一')}在国外看病，回国能报销吗？",
            f"答：基本医保原则上不报销境外费用，建议出境前购买商业旅行医疗保险。咨询可拨打{b.P('12393')}医保服务热线或{b.P('12345')}。",
        ),
        lambda: (
            f"问：{b.P('门诊特殊病')}的认定需要什么材料？",
            f"答：二级及以上定点医院{b.P('主治医师')}以上出具的诊断证明、近{b.P('6个月')}的检查报告；{b.P('恶性肿瘤')}、{b.P('尿毒症透析')}等病种随报随审，"
            f"其他病种每月集中审核一次。",
        ),
        lambda: (
            "问：新生儿什么时候可以参保？",
            f"答：新生儿在{b.P('出生后3个月')}内办理参保登记并缴费，可以从出生之日起享受待遇；办理时需要{b.P('出生医学证明')}和户口簿。",
        ),
        lambda: (
            f"问：{b.P('长期护理保险')}谁能申请？",
            f"答：因年老、疾病、伤残导致失能，经评估达到{b.P('重度失能')}等级的参保人，按规定享受护理服务，评估结果有效期一般为{b.P('2年')}。",
        ),
        lambda: (
            "问：网上购药用医保个人账户要注意什么？",
            f"答：需在{b.P('国家医保服务平台App')}绑定医保电子凭证，仅限定点零售药店的线上渠道；处方药需上传{b.P('电子处方')}，单次购药不超过{b.P('30天')}用量。",
        ),
        lambda: (
            f"问：住院期间{b.P('万一')}需要转院，费用怎么算？",
            f"答：经医院出具转诊证明后转往上级医院，转院后只计算{b.P('一次起付线')}的差额，报销比例按转入医院等级执行。",
        ),
        lambda: (
            f"问：药店买{b.P('六味地黄丸')}能刷医保吗？",
            f"答：在医保定点药店购买目录内的中成药可以用个人账户支付；保健品、{b.P('阿胶')}等不在目录内的不能刷。",
        ),
    ]
    pairs = [f() for f in b.pick(qa, b.ri(2, 3))]
    head = b.c(
        [
            lambda: f"{b.P(city)}医保常见问题（{b.P(str(b.day(2024, 2025).year) + '年版')}）",
            "医保政策问答",
            "参保人常见问题解答",
        ]
    )
    doc = head + "\n" + "\n".join(q + "\n" + a for q, a in pairs)
    if b.coin(0.5):
        return "insurance_faq", [pairs[0][0][2:], doc]
    return "insurance_faq", [doc]


def insurance_en(b):
    qa = [
        lambda: (
            "Q: What is a deductible?",
            f"A: The amount you pay each year before the plan starts to pay, e.g. {b.P('$1,500')} for an individual plan. Preventive care such as "
            f"a {b.P('flu shot')} is covered at {b.P('100%')} even before you meet it.",
        ),
        lambda: (
            "Q: Is there a grace period for premiums?",
            f"A: Yes. {b.P('Grace')} period is {b.P('31 days')} for monthly premiums ({b.P('3 months')} if you get premium tax credits). "
            f"Claims during that time may be held (pended).",
        ),
        lambda: (
            "Q: How do I pay a bill?",
            f"A: {b.P('Bill')} payment can be made online, through {b.P(b.c(['MyChart', 'the member portal', 'the MyHealth app']))}, or by calling member services on {b.P(b.c(FICT_LINES[:3]))} "
            f"({b.P('8 am to 8 pm')}, {b.P('7 days a week')}).",
        ),
        lambda: (
            "Q: Are prescriptions free in Scotland and Wales?",
            f"A: Yes. In England the charge is {b.P('£9.90')} per item; a {b.P('12-month')} prepayment certificate costs {b.P('£114.50')}.",
        ),
        lambda: (
            "Q: Does my plan cover care at an out-of-network hospital?",
            f"A: Emergencies are always covered at the in-network level. For planned care at, say, {b.P(b.c(HOSP_EN))}, check for prior "
            f"authorisation - form {b.P(b.c(['PA-12', 'UM-7', '4B']))}, {b.P(f'page {b.ri(2, 9)}')}.",
        ),
        lambda: (
            lambda code, zh, en: (
                f"Q: My statement shows diagnosis code {b.P(code)}. What is that?",
                f"A: {code} is the {b.P('ICD-10')} code for {b.P(en)}. Codes are used for billing only; if it looks wrong, ask the provider's billing "
                f"office to check it before you appeal (appeals within {b.P('180 days')}).",
            )
        )(*b.c(ICD)),
        lambda: (
            "Q: Do I need a referral to see a specialist?",
            f"A: On HMO plans, yes - ask your primary care doctor. On PPO plans you can self-refer, but in-network specialists such as those at "
            f"{b.P(b.c(HOSP_EN))} cost less (copay {b.P('$40')} vs {b.P('40% coinsurance')}).",
        ),
        lambda: (
            "Q: How do I claim back a prescription prepayment certificate?",
            f"A: Apply within {b.P('1 month')} of buying it; refunds are available if you become exempt, for example at {b.P('age 60')} or during pregnancy "
            f"(with a {b.P('MatEx')} certificate).",
        ),
        lambda: (
            "Q: What does 'coinsurance' mean?",
            f"A: Your share after the deductible, e.g. {b.P('20%')} of a {b.P('$1,200')} MRI = {b.P('$240')}. It stops once you reach the out-of-pocket maximum.",
        ),
        lambda: (
            "Q: What is the out-of-pocket maximum?",
            f"A: For {b.P(str(b.day(2024, 2025).year))} it is {b.P(b.c(['$9,200', '$8,700', '$6,350']))} per person. After that, the plan pays {b.P('100%')} of covered services.",
        ),
    ]
    pairs = [f() for f in b.pick(qa, b.ri(2, 3))]
    doc = (
        b.c(["Member FAQ", "Frequently asked questions - your health plan", "Billing and coverage FAQ"])
        + "\n"
        + "\n".join(q + "\n" + a for q, a in pairs)
    )
    if b.coin(0.5):
        return "insurance_faq", [pairs[0][0][3:], doc]
    return "insurance_faq", [doc]


# ---------------------------------------------------------------------------
# style: hospital_notice
# ---------------------------------------------------------------------------
def notice_zh(b):
    k = b.deal("notice_zh", list(range(5)))
    hosp = b.pc(HOSP_ZH)
    road = b.c(ROADS_ZH)
    issued = b.day(2023, 2025)
    later = issued + datetime.timedelta(days=b.ri(3, 20))
    if k == 0:
        body = (
            f"因{b.P('逸夫楼')}电梯改造，{b.zdate(later)}起{b.P('3号楼5层')}内分泌科门诊临时迁至{zloc(b)}，预计持续{b.P(f'{b.ri(2, 8)}周')}。"
            f"请患者按指示牌前往，{b.P('常规')}抽血仍在原处。给您带来不便敬请谅解。"
        )
    elif k == 1:
        y, rng_s, d = b.c(
            [
                (2023, "1月21日至1月27日", datetime.date(2023, 1, 10)),
                (2024, "2月9日至2月17日", datetime.date(2024, 1, 30)),
                (2025, "1月28日至2月4日", datetime.date(2025, 1, 17)),
            ]
        )
        issued = d
        body = (
            f"{b.P(f'{y}年')}春节期间（{b.P(rng_s)}）门诊安排：急诊、发热门诊{b.P('24小时')}开放；"
            f"普通门诊初四起恢复半天门诊（{b.P('8:00-12:00')}）。住院部探视时间{b.P(b.c(['15:00-19:00', '14:00-18:00']))}，每床限{b.P('1人')}。"
        )
    elif k == 2:
        body = (
            f"本院{b.P(road)}院区于{b.zdate(later)}开设“{b.P(b.c(['高血压专病门诊', '记忆障碍门诊（阿尔茨海默病）', '帕金森病专病门诊', '戒烟门诊']))}”，"
            f"每{b.c(ZH_WEEK[:5])}下午出诊，由{b.P(b.c(['主任医师', '副主任医师', '专科护士']))}团队接诊。挂号请通过{b.pc(APPS_ZH)}或现场自助机。"
        )
    elif k == 3:
        issued = datetime.date(b.ri(2023, 2025), 5, b.ri(2, 6))
        body = (
            f"为纪念{b.P(b.c(['国际护士节', '“5·12”国际护士节']))}，{b.P('5月12日')}下午{b.P('14:30')}在{b.P(b.c(BUILD_ZH))}报告厅举行授帽仪式，"
            f"全体新护士将诵读{b.P('南丁格尔誓言')}。请各病区{b.P('护士长')}提前安排排班。"
        )
    else:
        body = (
            f"{b.zdate(later, kind=3)}（{ZH_WEEK[later.weekday()]}）上午{b.P('9:00-11:30')}在门诊大厅开展“{b.P(b.c(['全国高血压日', '世界糖尿病日', '世界卒中日']))}”义诊，"
            f"免费测血压、血糖，{b.P(b.c(['心内科', '内分泌科', '神经内科']))}{b.P('主任')}现场答疑，提供{b.P('宋体')}大字版健康手册。"
        )
    doc = (
        f"{b.c(['通知', '温馨提示', '门诊公告', '院内公告'])}\n{body}\n"
        f"{hosp}{b.c(['门诊部', '医务处', '护理部', '院办'])}\n{b.zdate(issued, kind=0)}\n"
        f"{b.c([lambda: '本院地址：' + b.P(road) + '院区（地铁站出口步行' + b.P('5分钟') + '）', lambda: '咨询电话：' + b.P('12320') + '（卫生健康热线）', lambda: '急救电话：' + b.P('120')])}"
    )
    return "hospital_notice", [doc]


def notice_en(b):
    k = b.deal("notice_en", list(range(5)))
    hosp = b.pc(HOSP_EN)
    if k == 0:
        body = (
            f"From {b.edate()}, the {b.P('Fracture Clinic')} moves to {oploc(b)} in the {b.P(b.c(['Nightingale Wing', 'Jenner Building', 'Fleming Centre', 'Lister Wing']))}. "
            f"Park in car park {b.P(b.c(['B', 'C', 'P4']))}; the {b.P('Park and Ride')} bus stops at the main entrance every {b.P('15 minutes')}."
        )
    elif k == 1:
        body = (
            f"Visiting hours: {b.P(b.c(['2 pm - 8 pm', '11 am - 8 pm']))} daily; {b.P('two visitors per bed')}. {b.P('Young')} children may visit with an adult. "
            f"Please use the hand gel at the {b.P('Main Hall')} entrance. Quiet time on all wards is {b.P('1 pm - 2 pm')}."
        )
    elif k == 2:
        h = b.ri(8, 13)
        body = (
            f"Flu and COVID-19 vaccination clinic for staff: {b.edate(kind=5)} in {b.P('Lecture Hall 2')}, {b.P(f'{h:02d}:00-{h + 4:02d}:00')}. "
            f"Bring your staff badge. Ward managers, please release staff in turn; the {b.P('Occupational Health')} team is on ext. {b.P(str(b.ri(4000, 4999)))}."
        )
    elif k == 3:
        body = (
            f"Join us on {b.P('12 May')} for International Nurses Day, which honours the work of {b.P('Florence Nightingale')} "
            f"in the Crimean War. Cake in the {b.P('Chapel')} courtyard from {b.etime()}. {b.P('Faith')} and spiritual care team available all day."
        )
    else:
        body = (
            f"The main car park will be resurfaced on {b.edate(kind=5)}. Please use the {b.P('Park and Ride')} from {b.P(b.c(['Hunter Street', 'Mill Road', 'the Lane End site']))} "
            f"({b.P('every 10 minutes')}, {b.P('6am-8pm')}). {b.P('Blue Badge')} holders can still park by {b.P('Outpatients Building A')}."
        )
    doc = (
        f"{b.c(['NOTICE', 'Important information for patients and visitors', 'Hospital news'])}\n{body}\n"
        f"{hosp}{b.c([' - Patient Experience Team', ' - Estates and Facilities', ' - Communications'])}\n"
        f"{b.c([lambda: 'For non-urgent advice call ' + b.P('111') + '.', lambda: 'Version ' + b.P(b.c(['1.2', '2.0', '3.1'])) + ', issued ' + b.edate(kind=4) + '.', lambda: 'Large-print copies available at the ' + b.P('Welcome Desk') + '.'])}"
    )
    return "hospital_notice", [doc]


# ---------------------------------------------------------------------------
# style: appointment_guide
# ---------------------------------------------------------------------------
def appt_zh(b):
    P = b.P
    docs = [
        lambda: (
            f"{P(b.c(['胃镜', '肠镜', '无痛胃肠镜']))}检查预约须知",
            [
                lambda: f"预约时间：{b.zdate()} {b.ztime()}，请提前{P('30分钟')}到{zloc(b)}内镜中心签到。",
                lambda: f"检查前{P('3天')}低渣饮食，不吃{P('火龙果')}、{P('西瓜')}等带籽水果。",
                lambda: f"检查前一晚{P('20:00')}起服{P('复方聚乙二醇电解质散')}，每{P('15分钟')}喝{P('250 ml')}。",
                lambda: f"服用{P('华法林')}、{P('阿司匹林')}者，请提前{P('7天')}咨询开药医生是否停药。",
                lambda: f"无痛检查须有成年家属陪同，检查后{P('24小时')}内不得驾车。",
            ],
        ),
        lambda: (
            "门诊预约挂号指南",
            [
                lambda: f"预约渠道：{b.pc(APPS_ZH)}、医院{P('微信公众号')}、自助机。",
                lambda: f"每天{P('7:00')}放出第{P('7天')}的号源；{P('专家号')}每{b.c(ZH_WEEK[:5])}{P('20:00')}放号。",
                lambda: f"就诊当天凭电子医保凭证到{zloc(b)}分诊台签到，过号需重新排队。",
                lambda: f"就诊前一天{P('17:00')}前可免费退号，爽约{P('3次')}将暂停预约{P('90天')}。",
            ],
        ),
        lambda: (
            f"{P('孕期产检')}时间表",
            [
                lambda: f"孕{P('6-8周')}：确认宫内孕；",
                lambda: f"孕{P('11-13周+6天')}：{P('NT')}检查、建档；",
                lambda: f"孕{P('15-20周+6天')}：{P('唐氏综合征')}筛查或{P('NIPT')}；",
                lambda: f"孕{P('20-24周')}：系统超声（大排畸）；",
                lambda: f"孕{P('24-28周')}：{P('OGTT')}（{P('75 g')}葡萄糖）；",
                lambda: f"孕{P('36周')}起每周产检一次，产科门诊在{zloc(b)}。",
            ],
        ),
        lambda: (
            f"{P('骨密度')}（{P('DXA')}）检查说明",
            [
                lambda: f"请于{b.zdate()}{b.ztime()}到{zloc(b)}检查。",
                lambda: f"检查当天穿无金属纽扣的衣物，取下{P('金属')}首饰。",
                lambda: f"{P(b.c(['钡餐', '增强CT']))}检查后{P('7天')}内不宜做骨密度。",
                lambda: f"结果以{P('T值')}表示，{P('T值≤-2.5')}提示骨质疏松。",
            ],
        ),
        lambda: (
            f"{P('增强CT')}检查注意事项",
            [
                lambda: f"检查前{P('4小时')}禁食，可少量饮水。",
                lambda: f"服用{P('二甲双胍')}者，检查后停药{P('48小时')}，复查肾功能后再恢复。",
                lambda: f"对{P('碘对比剂')}过敏、甲亢未控制者请提前告知。",
                lambda: f"检查后留观{P('30分钟')}，多饮水{P('1000 ml')}以上促进排泄。",
            ],
        ),
        lambda: (
            f"{P('24小时动态血压')}佩戴须知",
            [
                lambda: f"佩戴时间：{b.zdate(kind=3)}{b.ztime()}，地点{zloc(b)}心电图室。",
                lambda: f"袖带白天每{P('30分钟')}、夜间每{P('60分钟')}自动充气一次，充气时手臂放松伸直。",
                lambda: f"{P('24小时')}内不要洗澡，记录起床、服药和入睡时间。",
                lambda: f"次日同一时间回来拆机，报告{P('3个工作日')}后在{b.pc(APPS_ZH)}查看。",
            ],
        ),
        lambda: (
            f"{P('多导睡眠监测')}预约说明",
            [
                lambda: f"当晚{P('20:30')}前到{zloc(b)}睡眠监测室报到，监测约{P('8小时')}。",
                lambda: "当天不要午睡，不喝咖啡、浓茶和酒。",
                lambda: f"男士请剃须，洗头后不要用发胶；家属不陪住，{P('值班医生')}和技师整夜在岗。",
            ],
        ),
        lambda: (
            f"{P('冠脉CTA')}检查前准备",
            [
                lambda: f"心率需控制在{P('65次/分')}以下，必要时检查前{P('1小时')}口服{P('美托洛尔')}{P('25 mg')}。",
                lambda: f"检查前练习屏气{P('10秒')}。",
                lambda: f"肌酐清除率低于{P('30 ml/min')}者需评估后再做。",
            ],
        ),
    ]
    title, pool = b.deal("appt_zh", docs)
    items = b.some(pool, 3, 5, keep_order=True)
    fmt = b.c(["num", "plain", "dot"])
    body = (
        "\n".join(f"{i}. {x}" for i, x in enumerate(items, 1))
        if fmt == "num"
        else ("\n".join(items) if fmt == "plain" else "\n".join("· " + x for x in items))
    )
    doc = (
        title
        + "\n"
        + body
        + b.c(
            [
                "",
                lambda: f"\n咨询：医院总机转分机{P(str(b.ri(2100, 8900)))}",
                "\n如需改约请提前一天办理。",
                lambda: f"\n{P('12320')}卫生热线可查询各医院预约方式。",
            ]
        )
    )
    turns = [doc]
    if b.coin(0.4):
        turns = [
            b.c(
                [
                    "请问预约有什么要注意的？",
                    "怎么预约？要准备什么？",
                    "能把检查须知发给我吗？",
                    "明天检查，需要准备什么？",
                ]
            ),
            doc,
        ]
    return "appointment_guide", turns


def appt_en(b):
    P = b.P
    docs = [
        lambda: (
            f"Your {P('colonoscopy')}",
            [
                lambda: (
                    f"{b.edate()} at {b.etime()}, Endoscopy Unit, {oploc(b)}. Please arrive {P('30 minutes')} early."
                ),
                lambda: (
                    f"Low-fibre diet for {P('2 days')}: {P('White')} bread, white rice, eggs; avoid {P('Brown')} bread, nuts and seeds."
                ),
                lambda: (
                    f"Bowel prep: {P('Moviprep')} - first litre at {P('6 pm')}, second at {P('8 pm')} the evening before."
                ),
                lambda: f"Sedation: an adult must take you home and stay for {P('12 hours')}.",
            ],
        ),
        lambda: (
            "How to book or change an appointment",
            [
                lambda: (
                    f"Book via {b.pc(APPS_EN)} or call the booking office on ext. {P(str(b.ri(5000, 5999)))} ({P('Mon-Fri 8.30am-5pm')})."
                ),
                lambda: f"Bring a list of your medicines, and the {P('Red Book')} for children's appointments.",
                lambda: (
                    f"Cancel at least {P('48 hours')} before - around {P(f'{b.ri(6, 12)}%')} of appointments are missed each year."
                ),
                lambda: (
                    f"{P('Blue Badge')} bays are by the {P('Main Hall')}; the {P('multi-storey car park')} is on {P(b.c(['Level 0', 'Level -1']))}."
                ),
            ],
        ),
        lambda: (
            "Pre-operative assessment clinic",
            [
                lambda: f"{b.edate()} at {b.etime()} - {P('Surgical Admissions Lounge')}, {oploc(b)}.",
                lambda: f"No food after {P('2 am')}; clear fluids until {P('6.30am')}.",
                lambda: f"Stop {P('clopidogrel')} {P('7 days')} before surgery only if your surgeon has agreed.",
                lambda: (
                    f"Tests may include {P('ECG')}, {P('MRSA swab')} and {P('group and save')}; allow {P('2-3 hours')}."
                ),
            ],
        ),
        lambda: (
            f"Eye clinic - {P('visual field test')}",
            [
                lambda: f"Please arrive {P('15 minutes')} early on {b.edate(kind=5)}.",
                lambda: f"Dilating drops blur vision for {P('4-6 hours')}; do not drive.",
                lambda: f"The {P('Snellen chart')} and {P('Ishihara test')} may also be done.",
                lambda: (
                    f"{P(f'Clinic {b.ri(1, 12)}')} is on the {P(b.c(['ground floor', 'first floor']))}, {P(b.c(['Hope Wing', 'Rose Building', 'Grace Wing']))}."
                ),
            ],
        ),
        lambda: (
            f"{P('MRI')} scan - safety questions",
            [
                lambda: (
                    f"Tell us before {b.edate(kind=5)} if you have a {P('pacemaker')}, cochlear implant or metal fragments in your eyes."
                ),
                lambda: f"The scan takes {P('20-45 minutes')}; the scanner is noisy, so we give you headphones.",
                lambda: f"You may need an injection of {P('gadolinium')} contrast.",
                lambda: (
                    f"{P('Jean')} jackets, belts and anything with metal studs must come off; we will give you a gown."
                ),
            ],
        ),
        lambda: (
            f"Your {P('glucose tolerance test')}",
            [
                lambda: f"Fast from {P('10 pm')} the night before (water only).",
                lambda: f"Arrive at the {P('Phlebotomy')} department, {oploc(b)}, at {b.etime()}.",
                lambda: f"You will drink {P('75 g')} of glucose and stay seated for {P('2 hours')}.",
                lambda: "Bring something to read and a snack for afterwards.",
            ],
        ),
        lambda: (
            f"{P('Sleep study')} at home",
            [
                lambda: f"Collect the monitor from {oploc(b)} on {b.edate(kind=5)} at {b.etime()}.",
                lambda: f"Wear it for {P('one night')} and return it by {P('11 am')} the next day.",
                lambda: f"Results go to the {P('respiratory consultant')} within {P('4-6 weeks')}.",
            ],
        ),
    ]
    title, pool = b.deal("appt_en", docs)
    items = b.some(pool, 3, 4, keep_order=True)
    doc = (
        title
        + "\n"
        + (lambda bl: "\n".join(bl + x for x in items))(b.c(["", "- ", "• "]))
        + b.c(["", lambda: f"\nQuestions: call {P('111')} out of hours.", "\nPlease bring this letter with you."])
    )
    turns = [doc]
    if b.coin(0.4):
        turns = [
            b.c(
                [
                    "What do I need to do before my appointment?",
                    "Can you send me the appointment details again?",
                    "How do I prepare?",
                ]
            ),
            doc,
        ]
    return "appointment_guide", turns


def appt_mixed(b):
    P = b.P

    def mri():
        u = f"请问 {P('MRI')} 预约在 {b.zdate()} {b.ztime()}，我有 {P('cardiac pacemaker')}，可以做吗？"
        a = (
            f"需要先确认起搏器是否为 {P('MRI conditional')}（{P('磁共振兼容')}）。请带起搏器卡到 {zloc(b)} 登记，并提前 {P('1 周')}联系心内科程控，"
            f"检查前后各做一次 {P('pacemaker interrogation')}。"
        )
        return [u, a]

    def hpv():
        u = f"Hi，我想预约 {P('HPV vaccine')}，{P('9-valent')}（{P('九价')}）{P(f'{b.ri(22, 40)} 岁')}还能打吗？"
        a = (
            f"可以，国内{P('九价 HPV 疫苗')}适用于 {P('9-45 岁')}女性，共 {P('3 剂')}，按 {P('0、2、6 个月')}接种。"
            f"可在 {b.pc(APPS_ZH)} 上预约社区卫生服务中心，接种后留观 {P('30 分钟')}。"
        )
        return [u, a]

    def echo():
        u = f"Booking 确认：{P('Echocardiogram')}（心脏彩超），{b.edate(kind=b.c([0, 3]))} {b.etime()}，{oploc(b)}。需要空腹吗？"
        a = f"{P('Transthoracic echo')} 不需要空腹。如果是 {P('TOE')}（{P('经食道超声')}），需要禁食 {P('6 小时')}并有人陪同。检查约 {P('40 minutes')}。"
        return [u, a]

    def gp_reg():
        u = f"刚到 {b.pc(CITIES_EN)}，怎么 register with a {P('GP')}？需要 {P('NHS number')} 吗？"
        a = (
            f"不需要先有 NHS number，直接在诊所网站或 {P('NHS App')} 填注册表，带护照和住址证明。注册后一般 {P('2-3 周')}内收到通知。"
            f"急事打 {P('111')}，危及生命打 {P('999')}。"
        )
        return [u, a]

    def dental():
        u = f"孩子 {P(b.c(['3 岁', '4 岁']))}，想约 {P('fluoride varnish')}（涂氟），社区医院怎么预约？Our dentist back home said every 6 months."
        a = (
            f"Yes，可以在 {b.pc(APPS_ZH)} 预约口腔科（{P('paediatric dentistry')}），涂氟每 {P('6 个月')}一次，涂完 {P('30 分钟')}内不喝水、不吃东西，当天吃软食。"
            f"{P('窝沟封闭')}一般在 {P('6-8 岁')}第一恒磨牙萌出后做。"
        )
        return [u, a]

    def travel():
        u = f"下个月去 {P(b.c(['Kenya', 'Brazil', 'Ghana']))}，需要打 {P('yellow fever vaccine')} 吗？在哪里打？"
        a = (
            f"需要，{P('黄热病疫苗')}要在出发前至少 {P('10 天')}接种，一次终身有效，接种后发{P('国际预防接种证书')}（“小黄本”）。"
            f"可以到当地{P('国际旅行卫生保健中心')}预约。"
        )
        return [u, a]

    return "appointment_guide", b.deal(
        "appt_mixed", [mri, hpv, echo, gp_reg, dental, travel, lambda: appt_mixed_more(b), lambda: appt_mixed_more(b)]
    )


# ---------------------------------------------------------------------------
# style: exercise_plan
# ---------------------------------------------------------------------------
def exercise_zh(b):
    P = b.P
    plans = [
        lambda: (
            "膝关节置换术后",
            [
                lambda: f"{P('踝泵运动')}：每组{P('20次')}，每天{P('5-6组')}。",
                lambda: f"直腿抬高：抬离床面{P('15 cm')}，保持{P('5秒')}，{P('3组×10次')}。",
                lambda: f"屈膝练习：目标{P('6周')}达到{P('120°')}，练习后冰敷{P('15分钟')}。",
                lambda: f"助行器行走：每天{P('3次')}，每次{P('10-15分钟')}。",
            ],
        ),
        lambda: (
            "2型糖尿病",
            [
                lambda: f"餐后{P('1小时')}快走{P('30分钟')}，每周{P('5次')}。",
                lambda: f"每天步数目标{P(f'{b.c([6000, 7000, 8000])}步')}。",
                lambda: f"弹力带抗阻训练{P('3组×12次')}，每周{P('2-3次')}。",
                lambda: f"运动前血糖低于{P('5.6 mmol/L')}先加餐，随身带糖果。",
            ],
        ),
        lambda: (
            "冠心病PCI术后",
            [
                lambda: f"心率控制在{P(f'{b.ri(98, 120)}次/分')}以下，{P('Borg评分')}{P('11-13分')}。",
                lambda: f"{P('功率自行车')}每次{P('20-30分钟')}，每周{P('3-5次')}。",
                lambda: f"热身和放松各{P('5-10分钟')}。",
                lambda: f"出现胸闷、胸痛立即停止，含服{P('硝酸甘油')}，{P('5分钟')}不缓解拨打{P('120')}。",
            ],
        ),
        lambda: (
            "腰椎间盘突出",
            [
                lambda: f"{P('麦肯基疗法')}俯卧撑起：每组{P('10次')}，每天{P('3-4组')}。",
                lambda: f"{P('小燕飞')}：保持{P('3-5秒')}，{P('2组×10次')}。",
                lambda: f"避免久坐超过{P('45分钟')}，避免弯腰搬重物。",
                lambda: f"游泳（蛙泳、自由泳）每周{P('2-3次')}。",
            ],
        ),
        lambda: (
            "骨质疏松",
            [
                lambda: f"负重运动如快走、{P('太极拳')}，每天{P('30分钟')}。",
                lambda: f"平衡训练：单腿站立{P('10秒')}，扶椅背练习，每天{P('3次')}。",
                lambda: f"每天晒太阳{P('15-30分钟')}，上午{P('10点')}前或下午{P('4点')}后。",
                lambda: "避免弯腰扭转动作，家中浴室装扶手防跌倒。",
            ],
        ),
        lambda: (
            "孕中期",
            [
                lambda: f"每周至少{P('150分钟')}中等强度运动，如散步、{P('孕妇瑜伽')}。",
                lambda: f"{P('凯格尔运动')}：收缩盆底肌{P('5秒')}、放松{P('5秒')}，每天{P('3组×10次')}。",
                lambda: f"孕{P('20周')}后避免长时间仰卧位运动。",
                lambda: "出现阴道流血、规律宫缩、头晕时立即停止并就医。",
            ],
        ),
        lambda: (
            "慢阻肺稳定期",
            [
                lambda: f"{P('缩唇呼吸')}：吸气{P('2秒')}、呼气{P('4-6秒')}，每天{P('3-4次')}。",
                lambda: f"步行训练：以能说话不能唱歌为度，每次{P('20分钟')}。",
                lambda: f"{P('八段锦')}每天{P('1遍')}。",
                lambda: f"运动时{P('SpO2')}低于{P('88%')}应休息并吸氧。",
            ],
        ),
    ]
    who, pool = b.deal("exercise_zh", plans)
    P(who)
    items = b.some(pool, 3, 4, keep_order=True)
    head = b.c(
        [f"{who}运动处方", f"{who}康复锻炼计划（{b.c(['第1-4周', '出院后第1个月', '康复期'])}）", f"运动指导单｜{who}"]
    )
    tail = b.c(
        [
            lambda: f"康复科门诊：{zloc(b)}，{P('康复治疗师')}每周评估一次。",
            lambda: f"如有不适请暂停并咨询{P('主治医师')}。",
            lambda: "",
        ]
    )
    doc = head + "\n" + "\n".join(f"{i}. {x}" for i, x in enumerate(items, 1)) + ("\n" + tail if tail else "")
    turns = [doc]
    if b.coin(0.4):
        turns = [f"{who}，{b.c(['平时可以做什么运动？', '能给个锻炼计划吗？', '每天怎么练比较好？'])}", doc]
    return "exercise_plan", turns


def exercise_en(b):
    P = b.P
    plans = [
        lambda: (
            "after knee replacement",
            [
                lambda: f"{P('Ankle pumps')}: {P('20 repetitions')} every hour while awake.",
                lambda: f"{P('Straight leg raise')}: hold {P('5 seconds')}, {P('3 sets of 10')}.",
                lambda: f"Aim for {P('90 degrees')} of bend by {P('2 weeks')}.",
                lambda: f"Ice for {P('15-20 minutes')} after exercise.",
            ],
        ),
        lambda: (
            "for type 2 diabetes",
            [
                lambda: f"Walk briskly for {P('30 minutes')} after your main meal, {P('5 days a week')}.",
                lambda: f"Aim for {P(f'{b.c([7000, 8000, 10000])} steps')} a day.",
                lambda: f"Strength work {P('twice a week')}: {P('sit-to-stand x 10')}, {P('wall push-ups x 10')}.",
                lambda: (
                    f"Check your glucose before exercise if you use insulin; carry {P('15 g')} of fast-acting carbohydrate."
                ),
            ],
        ),
        lambda: (
            "cardiac rehab phase III",
            [
                lambda: f"Use the {P('Borg scale')}: stay at {P('12-14')}.",
                lambda: f"Warm up and cool down for {P('10 minutes')} each.",
                lambda: (
                    f"Stop and call {P(b.c(['999', '911']))} if chest pain does not settle with your {P('GTN spray')}."
                ),
                lambda: f"{P('Park')} further away and take the stairs where you can.",
            ],
        ),
        lambda: (
            "for low back pain",
            [
                lambda: f"Keep moving: short walks of {P('10-15 minutes')} several times a day.",
                lambda: f"{P('Cat-camel')} stretch: {P('10 slow repetitions')}, twice a day.",
                lambda: f"{P('Will')} it hurt? Some aching is normal; sharp or spreading pain is not.",
                lambda: (
                    f"Seek urgent help for numbness in the saddle area or bladder problems ({P('cauda equina')} warning signs)."
                ),
            ],
        ),
        lambda: (
            "during pregnancy",
            [
                lambda: f"Aim for {P('150 minutes')} a week of moderate activity - you can talk but not sing.",
                lambda: f"{P('Pelvic floor exercises')}: {P('10 squeezes')}, {P('3 times a day')}.",
                lambda: f"Avoid lying flat on your back for long after {P('16 weeks')}.",
                lambda: f"{P('Hope')} this helps - the midwife can refer you to {P('aquanatal classes')}.",
            ],
        ),
        lambda: (
            "for falls prevention (over 65s)",
            [
                lambda: f"{P('Otago')} strength and balance exercises {P('3 times a week')}.",
                lambda: f"Heel raises: {P('2 sets of 10')}, holding a sturdy chair.",
                lambda: (
                    f"{P('Tai chi')} classes run on {P(b.c(['Tuesday mornings', 'Thursday afternoons']))} in the {P('Main Hall')}."
                ),
                lambda: f"Review after {P('12 weeks')} with {P('the falls team')}.",
            ],
        ),
    ]
    who, pool = b.deal("exercise_en", plans)
    P(who)
    items = b.some(pool, 3, 4, keep_order=True)
    doc = (
        b.c([f"Exercise plan {who}", f"Your activity plan - {who}", f"Physio handout: exercises {who}"])
        + "\n"
        + (lambda bl: "\n".join(bl + x for x in items))(b.c(["- ", "", "• "]))
    )
    return "exercise_plan", [doc] if b.coin(0.6) else [f"What exercise can I do {who}?", doc]


def exercise_mixed(b):
    P = b.P

    def acl():
        u = f"康复师您好，我 {P('ACL reconstruction')}（{P('前交叉韧带重建')}）术后 {P(f'{b.ri(3, 10)} 周')}，现在屈膝 {P(f'{b.ri(95, 120)}°')}，可以开始 {P('squats')} 吗？"
        a = (
            f"可以开始 {P('mini squats')}（{P('0-45°')}），{P('3 sets × 15 reps')}；继续 {P('straight leg raise')}。术后 {P('12 周')}前不要做 "
            f"{P('open-chain knee extension')}，重返对抗运动通常要 {P('9-12 个月')}并通过 {P('hop test')}（{P('≥90%')}）。"
        )
        return [u, a]

    def swim():
        u = f"孕 {P(f'{b.ri(16, 30)} 周')}，之前每周 {P('swimming')} {P('3 次')}，现在还能游吗？Any heart rate limit？"
        a = (
            f"没有产科禁忌（如 {P('placenta praevia')}）的话可以继续，每周累计 {P('150 minutes')} 中等强度即可，用 {P('talk test')} 代替固定心率。"
            f"{P('Kegel exercises')}（盆底肌训练）每天 {P('3 组 × 10 次')}。"
        )
        return [u, a]

    def frozen():
        u = f"医生说我是 {P('frozen shoulder')}（{P('肩周炎')}），右手举不过头，{P('pendulum exercise')} 怎么做？"
        a = (
            f"{P('Codman 钟摆运动')}：弯腰 {P('90°')}，患侧手臂自然下垂，画圈 {P('1-2 分钟')}，每天 {P('3-4 次')}。再配合 "
            f"{P('wall walking')}（爬墙练习）{P('10 次')}。疼痛明显时先热敷 {P('15 分钟')}。"
        )
        return [u, a]

    def hiit():
        u = f"我 {P(f'{b.ri(35, 55)}岁')}，{P('BMI')} {P(b.rf(27, 31))}，想做 {P('HIIT')}（{P('high-intensity interval training')}），每周几次合适？有 {P('高血压')}。"
        a = (
            f"血压控制在 {P('<140/90 mmHg')} 的话可以，从每周 {P('2 次')}、每次 {P('20 分钟')}开始，比如 {P('30 秒快 + 90 秒慢')} × {P('8 组')}。"
            f"先做 {P('5 分钟')}热身。如果出现胸痛、头晕立即停止。"
        )
        return [u, a]

    def steps():
        u = f"My fitness band says {P(f'{b.c([3200, 4100, 4800])} steps')} a day，{P('resting HR')} {P(f'{b.ri(72, 84)} bpm')}，要达到 {P('10,000 步')}吗？"
        a = (
            f"研究显示每天 {P('7,000-8,000 步')}左右健康获益已经很明显，不一定要一万步。每周先加 {P('1,000 步')}，加上每周 {P('2 次')}力量训练。"
            f"静息心率会随体能改善逐渐下降。"
        )
        return [u, a]

    return "exercise_plan", b.deal(
        "exercise_mixed",
        [acl, swim, frozen, hiit, steps, lambda: exercise_mixed_more(b), lambda: exercise_mixed_more(b)],
    )


# ---------------------------------------------------------------------------
# style: vaccination_schedule
# ---------------------------------------------------------------------------
def vacc_zh(b):
    P = b.P
    kind = b.deal("vacc_zh", list(range(4)))
    if kind == 0:
        rows = [
            lambda: f"{P('出生时')}：{P('乙肝疫苗')}第1剂、{P('卡介苗')}",
            lambda: f"{P('1月龄')}：乙肝疫苗第2剂",
            lambda: f"{P('2月龄')}：{P('脊灰灭活疫苗（IPV）')}第1剂",
            lambda: f"{P('3月龄')}：脊灰疫苗第2剂、{P('百白破疫苗')}第1剂",
            lambda: f"{P('6月龄')}：乙肝疫苗第3剂、{P('A群流脑多糖疫苗')}第1剂",
            lambda: f"{P('8月龄')}：{P('麻腮风疫苗')}第1剂、{P('乙脑减毒活疫苗')}第1剂",
            lambda: f"{P('18月龄')}：百白破第4剂、麻腮风第2剂、{P('甲肝减毒活疫苗')}",
        ]
        start = b.ri(0, 2)
        title = (
            b.c(["国家免疫规划疫苗儿童免疫程序", "儿童预防接种时间表", "宝宝打疫苗时间一览"])
            + f"（{P(b.c(['2021年版', '2024年版']))}）"
        )
        sel = [f() for f in rows[start : start + b.ri(4, 5)]]

        def q():
            return f"宝宝{P(b.c(['2个月', '3个月', '6个月', '8个月']))}了，接下来要打哪些疫苗？"
    elif kind == 1:
        title = b.c(["成人疫苗接种建议", "中老年人疫苗接种提示", "社区成人免疫门诊：常见疫苗一览"])
        sel = b.some(
            [
                lambda: f"{P('流感疫苗')}：每年{P('1剂')}，最好在{P('10月底')}前完成。",
                lambda: f"{P('重组带状疱疹疫苗')}：{P('50岁')}以上，{P('2剂')}，间隔{P('2-6个月')}。",
                lambda: f"{P('23价肺炎球菌多糖疫苗')}：{P('60岁')}以上或有慢性病者{P('1剂')}。",
                lambda: f"{P('乙肝疫苗')}：表面抗体阴性者按{P('0、1、6个月')}接种{P('3剂')}。",
                lambda: f"{P('破伤风')}：外伤后如距上次加强超过{P('10年')}需补种。",
                lambda: f"{P('HPV疫苗')}：{P('9-45岁')}女性，{P('3剂')}。",
                lambda: f"{P('新冠疫苗')}：{P('60岁')}以上人群按当地通知接种加强针。",
                lambda: f"{P('乙脑疫苗')}：赴流行地区前{P('1个月')}完成接种。",
            ],
            3,
            5,
        )

        def q():
            return b.c(
                [
                    "老人需要打哪些疫苗？",
                    "成年人还要打疫苗吗？",
                    lambda: f"我{P(f'{b.ri(50, 72)}岁')}，有糖尿病，建议打什么疫苗？",
                ]
            )
    elif kind == 2:
        title = b.c(["狂犬病暴露后预防处置流程", "犬伤门诊就诊须知", "被猫狗抓咬伤怎么办？"])
        sel = b.some(
            [
                lambda: f"伤口用肥皂水和流动清水交替冲洗至少{P('15分钟')}，再用{P('碘伏')}消毒。",
                lambda: f"{P('5针法')}：第{P('0、3、7、14、28天')}各1剂。",
                lambda: f"{P('4针法')}（{P('2-1-1')}）：第0天2剂（左右上臂各1剂），第7天、第21天各1剂。",
                lambda: f"{P('III级暴露')}需在伤口周围浸润注射{P('狂犬病人免疫球蛋白')}（{P('20 IU/kg')}）。",
                lambda: f"全程接种后{P('3个月')}内再次暴露一般不需要加强。",
                lambda: f"{P('I级暴露')}（接触或喂养动物、完好皮肤被舔）无需处置；{P('II级暴露')}需立即接种疫苗。",
                lambda: f"犬伤门诊{P('24小时')}开放，地点在{zloc(b)}。",
                lambda: f"接种期间避免饮酒、浓茶，{P('万一')}漏种请尽快补种，后续针次顺延。",
            ],
            3,
            5,
            keep_order=True,
        )

        def q():
            return b.c(["被狗咬了要怎么处理？", "狂犬疫苗怎么打？"])
    else:
        title = b.c(["孕期及哺乳期疫苗接种提示", "准妈妈能打哪些疫苗？", "孕产期免疫接种须知"])
        sel = b.some(
            [
                lambda: f"孕期可接种{P('流感灭活疫苗')}，任何孕周均可。",
                lambda: f"{P('百白破疫苗')}（国外推荐孕{P('27-36周')}），国内按医嘱。",
                lambda: f"孕期禁用{P('麻腮风疫苗')}等减毒活疫苗，接种后{P('3个月')}内避免怀孕。",
                lambda: "哺乳期可以正常接种大部分疫苗，不影响母乳喂养。",
                lambda: f"备孕女性建议孕前{P('3个月')}完成{P('风疹')}抗体检测，必要时接种。",
                lambda: f"孕期被狗咬伤仍需按{P('狂犬病疫苗')}程序接种，不属于禁忌。",
            ],
            3,
            4,
            keep_order=True,
        )

        def q():
            return "怀孕了还能打疫苗吗？"

    foot = b.c(
        [
            lambda: f"接种地点：社区卫生服务中心预防接种门诊，{b.c(['周二、周四', '周一、三、五'])}{P('8:00-11:30')}。",
            lambda: f"请携带{P('预防接种证')}，接种后留观{P('30分钟')}。",
            lambda: f"疑似异常反应可拨打{P('12320')}咨询。",
            lambda: f"发热超过{P('38.5℃')}或出现{P('荨麻疹')}请及时就医。",
        ]
    )
    doc = title + "\n" + "\n".join(sel) + "\n" + foot
    turns = [doc]
    if b.coin(0.5):
        turns = [q(), doc]
    return "vaccination_schedule", turns


def vacc_en(b):
    P = b.P
    kind = b.deal("vacc_en", list(range(4)))
    if kind == 0:
        rows = [
            lambda: f"{P('8 weeks')}: {P('6-in-1')} (DTaP/IPV/Hib/HepB), {P('MenB')}, {P('rotavirus')}",
            lambda: f"{P('12 weeks')}: 6-in-1 (2nd dose), {P('pneumococcal (PCV)')}, rotavirus (2nd dose)",
            lambda: f"{P('16 weeks')}: 6-in-1 (3rd dose), MenB (2nd dose)",
            lambda: f"{P('1 year')}: {P('Hib/MenC')}, {P('MMR')} (1st dose), PCV booster, MenB booster",
            lambda: f"{P('3 years 4 months')}: {P('4-in-1 pre-school booster')}, MMR (2nd dose)",
            lambda: f"{P('12-13 years')}: {P('HPV')} ({P('1 dose')})",
        ]
        start = b.ri(0, 2)
        sel = [f() for f in rows[start : start + b.ri(3, 4)]]
        title = (
            b.c(["Routine childhood immunisation schedule", "When to have your baby vaccinated"])
            + f" - {P(b.c(['from September 2024', 'updated 2024']))}"
        )
        q = "Which jabs are due next for my baby?"
    elif kind == 1:
        sel = b.some(
            [
                lambda: f"{P('Flu')}: every autumn from {P('age 65')} (earlier with long-term conditions).",
                lambda: f"{P('Pneumococcal (PPV23)')}: {P('one dose')} at 65.",
                lambda: f"{P('Shingles (Shingrix)')}: {P('2 doses')}, {P('6-12 months')} apart, from {P('age 65')}.",
                lambda: f"{P('RSV')}: {P('one dose')} for people turning {P('75')}.",
                lambda: f"{P('COVID-19')} booster: spring and/or autumn as offered.",
            ],
            3,
            4,
        )
        title = "Vaccines for older adults"
        q = "What vaccines should my mum have at 75?"
    elif kind == 2:
        sel = b.some(
            [
                lambda: f"{P('Hepatitis A')}: at least {P('2 weeks')} before travel.",
                lambda: f"{P('Typhoid')}: injection, lasts {P('3 years')}.",
                lambda: (
                    f"{P('Yellow fever')}: at least {P('10 days')} before travel; certificate required for some countries."
                ),
                lambda: f"{P('Rabies')}: {P('3 doses')} over {P('21-28 days')} for remote trips.",
                lambda: f"{P('Malaria')} tablets: not a vaccine - start {P('Malarone')} {P('1-2 days')} before.",
            ],
            3,
            4,
        )
        title = f"Travel clinic checklist - {P(b.c(['Kenya', 'Thailand', 'Peru', 'Ghana']))}"
        q = "I'm travelling next month - which vaccines do I need?"
    else:
        sel = b.some(
            [
                lambda: f"{P('Whooping cough (pertussis)')}: ideally from {P('16-32 weeks')} of pregnancy.",
                lambda: f"{P('RSV')}: from {P('28 weeks')} to protect the baby.",
                lambda: f"{P('Flu')}: at any stage of pregnancy during flu season.",
                lambda: f"Live vaccines such as {P('MMR')} are not given in pregnancy.",
            ],
            3,
            4,
            keep_order=True,
        )
        title = "Vaccines in pregnancy"
        q = "Which vaccines are recommended while pregnant?"
    foot = b.c(
        [
            lambda: (
                f"Vaccines are given at your GP surgery. Bring your child's {P('Red Book')}."
                if kind == 0
                else "Book with your GP surgery or a community pharmacy."
            ),
            lambda: f"Missed a dose? Call the surgery or {P('111')} for advice.",
            lambda: (
                f"{P('Paracetamol')} is advised after MenB at 8 and 16 weeks."
                if kind == 0
                else f"Mild arm soreness for {P('1-2 days')} is common."
            ),
        ]
    )
    doc = title + "\n" + (lambda bl: "\n".join(bl + x for x in sel))(b.c(["", "- "])) + "\n" + foot
    turns = [doc]
    if b.coin(0.4):
        turns = [q, doc]
    return "vaccination_schedule", turns


# ---------------------------------------------------------------------------
# style: diet_plan
# ---------------------------------------------------------------------------
def diet_zh(b):
    P = b.P
    goal = b.deal("diet_zh", ["糖尿病", "高血压", "痛风", "孕期", "减重", "慢性肾病", "术后恢复期"])
    P(goal)
    kcal = b.c([1600, 1800, 2000])
    meals = [
        (
            "早餐",
            (6, 8),
            [
                lambda: f"燕麦片{P('40 g')} + {P('牛奶')}{P('250 ml')} + 水煮蛋{P('1个')}",
                lambda: f"全麦面包{P('2片')} + 无糖豆浆{P('300 ml')} + 凉拌{P('黄瓜')}",
                lambda: f"{P('杂粮粥')}（{P('江米')}少量、燕麦、{P('红豆')}）{P('1碗')} + 鸡蛋{P('1个')}",
                lambda: f"蒸{P('山药')}{P('100 g')} + 豆浆{P('250 ml')} + 拌菠菜",
            ],
        ),
        (
            "午餐",
            (11, 12),
            [
                lambda: f"米饭{P('100 g')}（生重{P('50 g')}） + 清蒸鱼{P('100 g')} + 炒{P('西兰花')}{P('200 g')}",
                lambda: f"{P('荞麦面')}{P('75 g')} + 鸡胸肉{P('80 g')} + {P('胡萝卜')}炒{P('白菜')}",
                lambda: f"糙米饭{P('1小碗')} + 豆腐{P('100 g')} + 清炒{P('苋菜')}",
                lambda: f"二米饭{P('1碗')} + 番茄炒蛋 + {P('冬瓜')}汤",
            ],
        ),
        (
            "加餐",
            (15, 16),
            [
                lambda: f"{P('杨梅')}{P('5颗')}或{P('柳橙')}{P('半个')}",
                lambda: f"原味坚果{P('10 g')}",
                lambda: f"无糖酸奶{P('100 g')}",
                lambda: f"苹果{P('半个')}",
            ],
        ),
        (
            "晚餐",
            (17, 19),
            [
                lambda: f"{P('南瓜')}{P('100 g')} + 瘦肉{P('50 g')} + 凉拌{P('木耳')}",
                lambda: f"小米粥{P('1碗')} + {P('冬瓜')}虾仁 + 蒸{P('山药')}{P('100 g')}",
                lambda: f"杂粮馒头{P('半个')} + 清炒时蔬 + 鸡蛋羹",
                lambda: f"紫薯{P('1个')} + 白灼虾{P('80 g')} + 炒{P('生菜')}",
            ],
        ),
    ]
    lines = []
    for name, (h0, h1), opts in meals:
        if name == "加餐" and b.coin(0.3):
            continue
        t = P(f"{b.ri(h0, h1):02d}:{b.c(['00', '30'])}")
        lines.append(f"{name}（{t}）：{b.c(opts)}")
    tips = {
        "糖尿病": [
            lambda: f"主食定量，粗细搭配；{P('龙眼')}、荔枝等高糖水果每天不超过{P('5颗')}。",
            lambda: f"餐后{P('2小时')}血糖目标{P('<10.0 mmol/L')}。",
        ],
        "高血压": [
            lambda: f"每日食盐{P('<5 g')}，少吃腌菜、酱菜。",
            lambda: f"肾功能正常者可多选{P('香蕉')}、{P('土豆')}补钾。",
        ],
        "痛风": [
            lambda: f"每日饮水{P('2000 ml')}以上，避免{P('动物内脏')}、浓汤和{P('啤酒')}。",
            lambda: f"血尿酸目标{P('<360 μmol/L')}。",
        ],
        "孕期": [
            lambda: f"孕中期每日增加{P('300 kcal')}，{P('叶酸')}每日{P('0.4 mg')}。",
            lambda: f"每周体重增长控制在{P('0.3-0.5 kg')}。",
        ],
        "减重": [
            lambda: f"每日热量减少{P('500 kcal')}，每周减重{P('0.5-1 kg')}为宜。",
            lambda: f"晚餐后不再进食，{P('21:00')}后只喝水。",
        ],
        "慢性肾病": [
            lambda: f"蛋白质{P('0.6-0.8 g/kg')}，以优质蛋白为主；少吃{P('杨桃')}。",
            lambda: f"磷摄入限制在{P('800 mg/天')}以内，少喝可乐。",
        ],
        "术后恢复期": [
            lambda: f"少量多餐，每日蛋白质{P('1.2-1.5 g/kg')}，可加{P('牛奶')}、鸡蛋。",
            lambda: f"伤口愈合期可适量补充{P('维生素C')}。",
        ],
    }[goal]
    tip = "".join(f() for f in b.pick(tips, b.ri(1, 2)))
    doc = (
        b.c([lambda: f"{goal}饮食方案（约{P(f'{kcal} kcal/天')}）", f"{goal}一日食谱参考", f"营养科食谱｜{goal}"])
        + "\n"
        + "\n".join(lines)
        + f"\n{b.c(['说明', '注意', '营养师提示'])}：{tip}"
        + b.c(["", lambda: f"\n营养科门诊：{zloc(b)}，{b.c(['每周二、四上午', '周一至周五全天', '每周三下午'])}。"])
    )
    turns = [doc]
    if b.coin(0.4):
        turns = [
            f"{b.c(['营养师您好，', '您好，'])}能帮我定个{goal}的一日食谱吗？身高{P(f'{b.ri(150, 182)} cm')}，体重{P(f'{b.ri(50, 95)} kg')}。",
            doc,
        ]
    return "diet_plan", turns


def diet_en(b):
    P = b.P
    goal = b.deal(
        "diet_en",
        ["type 2 diabetes", "heart health", "weight loss", "coeliac disease", "CKD stage 3", "gout", "pregnancy"],
    )
    P(goal)
    meals = [
        (
            "Breakfast",
            [
                lambda: P("porridge (40 g oats)") + " with semi-skimmed milk",
                lambda: "2 slices of " + P("Brown") + " toast with peanut butter",
                lambda: P("Greek yoghurt") + " with berries",
                lambda: "scrambled eggs on " + P("rye bread"),
            ],
        ),
        (
            "Lunch",
            [
                lambda: P("Green") + " salad with chickpeas and feta",
                lambda: P("jacket potato") + " with beans",
                lambda: "wholegrain wrap with chicken and tomato salsa",
                lambda: P("lentil soup") + " and a wholemeal roll",
            ],
        ),
        (
            "Snack",
            [
                lambda: P("an apple") + " and 30 g cheese",
                lambda: P("rice cakes x2"),
                lambda: P("a small handful (30 g) of unsalted nuts"),
                lambda: P("a pear"),
            ],
        ),
        (
            "Dinner",
            [
                lambda: "grilled salmon, " + P("1 cup") + " brown rice, broccoli",
                lambda: P("lentil and vegetable curry") + ", half a naan",
                lambda: "turkey chilli with rice, then " + P("Rich Tea") + " biscuits x2",
                lambda: P("stir-fried tofu") + " with noodles and pak choi",
            ],
        ),
    ]
    lines = [f"{name}: {b.c(opts)}" for name, opts in meals if not (name == "Snack" and b.coin(0.3))]
    tips = {
        "type 2 diabetes": [
            lambda: (
                f"{P('Mark')} your portions with the plate model: half vegetables, a quarter protein, a quarter starch."
            ),
            lambda: f"Spread carbohydrate through the day; aim for {P('30 g')} fibre.",
        ],
        "heart health": [
            lambda: f"{P('Cook')} with olive or rapeseed oil rather than butter.",
            lambda: f"Keep salt under {P('6 g')} a day and eat oily fish {P('twice a week')}.",
        ],
        "weight loss": [
            lambda: f"A deficit of about {P('600 kcal')} a day gives {P('0.5 kg')} loss a week.",
            lambda: f"{P('Joy')} in the Kitchen cooking classes run on Thursdays.",
        ],
        "coeliac disease": [
            lambda: "Check labels for the crossed-grain symbol; oats must be labelled gluten-free.",
            lambda: f"Swap wheat bread for {P('gluten-free')} bread on prescription.",
        ],
        "CKD stage 3": [
            lambda: f"Limit potassium to about {P('2,000-2,500 mg')} a day if advised; soak and boil potatoes.",
            lambda: f"Keep protein to about {P('0.8 g/kg')} a day.",
        ],
        "gout": [
            lambda: f"Drink {P('2 litres')} of water a day; avoid beer and offal.",
            lambda: f"Low-fat dairy may lower urate; keep alcohol within {P('14 units')} a week.",
        ],
        "pregnancy": [
            lambda: (
                f"Take {P('folic acid 400 micrograms')} until {P('12 weeks')} and {P('vitamin D 10 micrograms')} daily."
            ),
            lambda: "Avoid liver, pâté and unpasteurised cheese.",
        ],
    }[goal]
    tip = " ".join(f() for f in b.pick(tips, b.ri(1, 2)))
    doc = (
        f"{b.c(['Meal plan', 'Sample day', 'Your eating plan'])} - {goal} ({P(f'{b.c([1500, 1800, 2000])} kcal')})\n"
        + "\n".join(lines)
        + f"\nTips: {tip}"
        + b.c(
            [
                "",
                lambda: (
                    f"\nDietitian clinic: {oploc(b)}, {P(b.c(['Tuesdays', 'Wednesday mornings', 'alternate Fridays']))}."
                ),
            ]
        )
    )
    turns = [doc]
    if b.coin(0.4):
        turns = [
            f"Could you give me a sample day for {goal}? I'm {P(f'{b.ri(155, 190)} cm')} and {P(f'{b.ri(55, 110)} kg')}.",
            doc,
        ]
    return "diet_plan", turns


# ---------------------------------------------------------------------------
# style: research_abstract
# ---------------------------------------------------------------------------
def abstract_zh(b):
    P = b.P
    y0, y1 = b.ri(2016, 2020), b.ri(2022, 2024)
    n = b.ri(120, 980)
    period = f"{y0}年{b.ri(1, 12)}月至{y1}年{b.ri(1, 12)}月"
    pv = b.c(["P<0.05", "P<0.01", "P=0.032", "P=0.008", "P<0.001"])
    topics = [
        lambda: (
            "八段锦对老年高血压患者血压控制的影响",
            f"将{P(f'{n}例')}{P('高血压')}患者随机分为两组，干预组每周练习{P('八段锦')}{P('5次')}，每次{P('30分钟')}，共{P('12周')}。",
            f"干预组收缩压下降{P(f'{b.rf(6, 12)} mmHg')}，对照组下降{P(f'{b.rf(1, 4)} mmHg')}（{P(pv)}）。",
        ),
        lambda: (
            "川崎病患儿静脉丙种球蛋白无反应的危险因素分析",
            f"回顾性分析{P(period)}收治的{P(f'{n}例')}{P('川崎病')}患儿。",
            f"无反应率为{P(f'{b.rf(9, 20)}%')}；{P('C反应蛋白')}＞{P('100 mg/L')}和{P('白蛋白')}＜{P('30 g/L')}为独立危险因素（{P(pv)}）。",
        ),
        lambda: (
            "烧伤创面耐甲氧西林金黄色葡萄球菌感染的流行病学特征",
            f"收集{P(period)}创面分泌物培养阳性标本{P(f'{n}份')}，采用{P('VITEK 2')}系统鉴定。",
            f"{P('金黄色葡萄球菌')}占{P(f'{b.rf(22, 38)}%')}，其中{P('MRSA')}检出率{P(f'{b.rf(30, 55)}%')}，对{P('万古霉素')}均敏感。",
        ),
        lambda: (
            "孕早期叶酸补充与新生儿神经管缺陷的关系",
            f"前瞻性队列纳入{P(period)}在{b.pc(CITIES_ZH)}建档的孕妇{P(f'{n * 10}名')}。",
            f"孕前{P('3个月')}起每日补充{P('0.4 mg')}{P('叶酸')}者，{P('神经管缺陷')}发生率{P(f'{b.rf(0.3, 0.8, 2)}‰')}，低于未补充者（{P(pv)}）。",
        ),
        lambda: (
            "社区帕金森病患者跌倒风险与步态参数的相关性",
            f"纳入{P(period)}社区随访的{P('帕金森病')}患者{P(f'{n}例')}，采用{P('Hoehn-Yahr分级')}和可穿戴步态分析。",
            f"步速＜{P('0.8 m/s')}者跌倒风险增加（OR={P(b.rf(1.8, 3.6, 2))}，{P(pv)}）。",
        ),
        lambda: (
            "维生素D水平与儿童反复呼吸道感染的关系",
            f"选取{P(period)}就诊的{P(f'{n}例')}{P('3-6岁')}儿童，检测{P('25-羟维生素D')}。",
            f"缺乏组（＜{P('20 ng/mL')}）反复感染发生率为{P(f'{b.rf(30, 45)}%')}，高于充足组（{P(pv)}）。",
        ),
        lambda: (
            "黄芪注射液辅助治疗慢性心力衰竭的Meta分析",
            f"检索{P('CNKI')}、{P('万方')}、{P('PubMed')}等数据库{P(period)}发表的随机对照试验{P(f'{b.ri(12, 28)}篇')}，共{P(f'{n * 3}例')}。",
            f"{P('黄芪')}组{P('LVEF')}提高{P(b.rf(3.1, 6.4) + '%')}，{P('NT-proBNP')}下降（{P(pv)}），但纳入研究质量偏低。",
        ),
    ]
    topic, m, r = b.deal("abstract_zh", topics)
    P(topic)
    extra = b.c(
        [
            lambda: f"基金项目：国家自然科学基金（{P(str(b.ri(81800000, 82399999)))}）",
            lambda: (
                f"伦理批件号：{P(f'{y1}-伦审-{b.ri(1, 199):03d}')}；临床试验注册号：{P(f'ChiCTR{y1 % 100:02d}000{b.ri(10000, 99999)}')}"
            ),
            lambda: f"关键词：{P(re.split('[与的对]', topic)[0])}；{b.c(['危险因素', '随机对照试验', '队列研究'])}",
            lambda: f"中图分类号：{P(b.c(['R544.1', 'R725.4', 'R644', 'R742.5']))}  文献标志码：{P('A')}",
        ]
    )
    concl = b.c(
        [
            "该干预简便易行，值得推广。",
            "早期识别高危因素有助于个体化治疗。",
            "应加强监测并规范用药。",
            "仍需多中心大样本研究证实。",
        ]
    )
    fmt = b.c(["bracket", "plain"])
    if fmt == "bracket":
        aim = topic.replace("的Meta分析", "的疗效").replace("的危险因素分析", "的危险因素").replace("的影响", "的作用")
        doc = f"{topic}\n【摘要】目的：探讨{aim}。方法：{m}结果：{r}结论：{concl}\n{extra}"
    else:
        doc = f"题目：{topic}\n方法 {m}\n结果 {r}\n结论 {concl}\n{extra}"
    if b.coin(0.25):
        return "research_abstract", [
            doc,
            "这篇文章的结论可靠吗？",
            f"要看研究设计：{b.c(['回顾性研究只能说明相关', '随机对照试验证据等级较高', 'Meta分析受纳入研究质量影响'])}，"
            f"样本量和{P('置信区间')}也很重要，单个研究一般不足以改变临床{P('常规')}。",
        ]
    return "research_abstract", [doc]


def abstract_en(b):
    P = b.P
    n = b.ri(180, 4200)
    lo = b.rf(0.52, 0.74, 2)
    hi = f"{min(0.96, float(lo) + b.rng.uniform(0.1, 0.22)):.2f}"
    hr = f"{(float(lo) + float(hi)) / 2:.2f}"
    stats = f"HR {hr}, 95% CI {lo}-{hi}"
    topics = [
        lambda: (
            "High-intensity treadmill exercise in early Parkinson's disease",
            f"We randomised {P(f'{n} participants')} with {P('Parkinson’s disease')} ({P('Hoehn and Yahr stage 1-2')}) to treadmill exercise at {P('80-85%')} "
            f"of maximum heart rate or usual care for {P('6 months')}. {P('MDS-UPDRS part III')} favoured exercise ({P(stats)}).",
        ),
        lambda: (
            "Early biologic therapy in paediatric Crohn's disease",
            f"Cohort of {P(f'{n} children')} with {P('Crohn’s disease')} at {P(b.c(['three UK centres', 'Johns Hopkins and Mount Sinai', 'five centres in Toronto and Boston']))}. "
            f"Anti-TNF within {P('3 months')} reduced penetrating complications ({P(stats)}).",
        ),
        lambda: (
            "Thyroid dysfunction in adults with Down syndrome",
            f"Annual TSH screening in {P(f'{n} adults')} with {P('Down syndrome')} found {P('hypothyroidism')} in {P(f'{b.rf(15, 40)}%')}; "
            f"median age at detection {P(f'{b.ri(24, 38)} years')}.",
        ),
        lambda: (
            "Five-minute Apgar score and school performance",
            f"Population study of {P(f'{n * 50:,} births')} in Scotland. An {P('Apgar score')} of {P('<7 at 5 minutes')} was associated with lower "
            f"attainment at {P('age 11')} ({P(stats)}).",
        ),
        lambda: (
            "Bell's palsy: prednisolone versus acyclovir",
            f"Factorial trial in {P(f'{n} adults')} with {P('Bell’s palsy')} treated within {P('72 hours')}. Complete recovery at {P('9 months')}: "
            f"{P(f'{b.rf(85, 95)}%')} with {P('prednisolone')} vs {P(f'{b.rf(70, 82)}%')} without.",
        ),
        lambda: (
            "Glasgow Coma Scale and CT use after minor head injury",
            f"Prospective study of {P(f'{n} patients')} with {P('GCS 13-15')} at {P(b.c(['two Manchester hospitals', 'Leeds and Bristol EDs', 'a Level 1 trauma centre']))}. "
            f"Applying the {P('Canadian CT Head Rule')} reduced scanning by {P(f'{b.ri(12, 30)}%')}.",
        ),
        lambda: (
            "Kawasaki disease incidence during the COVID-19 pandemic",
            f"National surveillance in Japan, {P('2017-2022')}. Incidence of {P('Kawasaki disease')} fell by {P(f'{b.ri(30, 45)}%')} in {P('2020')} "
            f"({P(f'{n} cases')} vs expected), consistent with a respiratory trigger.",
        ),
    ]
    title, body = b.deal("abstract_en", topics)
    reg = b.c(
        [
            lambda: f"Trial registration: {P(f'NCT0{b.ri(3000000, 6999999)}')}.",
            lambda: f"Registration: {P(f'ISRCTN{b.ri(10000000, 99999999)}')}.",
            lambda: (
                f"Funding: {P(b.c(['NIHR HTA programme', 'Wellcome Trust', 'Medical Research Council', 'Chief Scientist Office']))} (grant {P(f'{b.ri(10, 17)}/{b.ri(100, 999)}/{b.ri(10, 99)}')})."
            ),
            lambda: (
                f"Published in {P(b.c(['BMJ', 'Lancet Neurology', 'JAMA Pediatrics', 'NEJM']))} {P(f'{b.ri(2015, 2024)};{b.ri(300, 390)}:e{b.ri(1000, 9999)}')}."
            ),
        ]
    )
    doc = b.c(
        [
            lambda: f"{title}\n{body}\n{reg}",
            lambda: (
                f"Title: {title}\nMethods and results: {body}\nConclusion: {b.c(['Further trials are needed.', 'These findings support current guidance.'])}\n{reg}"
            ),
            lambda: f"ABSTRACT - {title.upper()}\n{body} {reg}",
        ]
    )
    if title in doc:
        P(title)
    if b.coin(0.3):
        return "research_abstract", [
            "Can you summarise this abstract in plain English?\n" + doc,
            f"In short: the study looked at {title[0].lower() + title[1:]}. The {P('95% CI')} shows how precise the estimate is; "
            f"one study rarely changes practice on its own.",
        ]
    return "research_abstract", [doc]


def abstract_mixed(b):
    P = b.P

    def huangqi():
        n = b.ri(96, 640)
        u = (
            f"请帮我看看这篇 abstract：'{P('Huangqi (Astragalus) granules')} in {P(f'{n} patients')} with {P('CKD stage 3')}: "
            f"{P('eGFR decline')} {P(b.rf(1.2, 2.8) + ' mL/min/1.73m² per year')} vs {P(b.rf(3.0, 4.6))}, {P('p = 0.03')}.' 这个{P('黄芪')}的结果靠谱吗？"
        )
        a = (
            f"单中心研究，样本量 {n} 例，要看是否随机、双盲，有没有在 {P('ClinicalTrials.gov')} 或 {P('ChiCTR')} 预注册。"
            f"CKD 患者不要自行服用，先咨询肾内科。"
        )
        return [u, a]

    def baduanjin():
        n = b.ri(120, 480)
        u = (
            f"这篇说 '{P('Baduanjin')} ({P('八段锦')}) for {P('knee osteoarthritis')}: {P(f'n = {n}')}, {P('WOMAC pain')} reduced by "
            f"{P(b.rf(1.5, 3.5) + ' points')} at {P('12 weeks')}'，适合我爸吗？"
        )
        a = f"提示{P('八段锦')}对膝骨关节炎疼痛有中等改善，几乎没有严重不良事件。建议从每天 {P('15 分钟')}开始，配合 {P('quadriceps strengthening')}。"
        return [u, a]

    def metformin_trial():
        u = (
            f"导师让我翻译：'{P('Metformin')} was associated with a {P(f'{b.ri(15, 35)}%')} lower risk of {P('dementia')} "
            f"({P('HR 0.79')}, {P('95% CI 0.70-0.89')}) in the {P('UK Biobank')} cohort.' 这里 HR 怎么翻？"
        )
        a = (
            f"可译为：“在{P('英国生物银行')}队列中，使用二甲双胍与{P('痴呆')}风险降低相关（风险比 {P('HR')} 0.79，{P('95%置信区间')} 0.70-0.89）。”"
            f"注意是“相关”，观察性研究不能证明因果。"
        )
        return [u, a]

    def acupuncture():
        u = f"有篇 RCT 说 {P('acupuncture')}（针灸）治疗 {P('chronic migraine')}，{P(f'{b.ri(3, 6)} fewer migraine days')} per month，{P('NNT = 4')}，这个 NNT 是什么？"
        a = (
            f"{P('NNT')}（{P('number needed to treat')}，需治疗人数）= 4 表示每治疗 {P('4 人')}，就有 1 人因治疗而多获益。"
            f"要同时看对照组是否用了{P('假针刺')}（{P('sham acupuncture')}）。"
        )
        return [u, a]

    def vitd():
        u = f"abstract 里写 '{P('25(OH)D < 20 ng/mL')} in {P(f'{b.rf(40, 60)}%')} of {P('nursing home residents')}'，换成 nmol/L 是多少？"
        a = f"乘以 {P('2.5')}：{P('20 ng/mL')} ≈ {P('50 nmol/L')}。国内报告多用 ng/mL，英国多用 nmol/L，看参考范围时要注意单位。"
        return [u, a]

    return "research_abstract", b.deal(
        "abstract_mixed",
        [
            huangqi,
            baduanjin,
            metformin_trial,
            acupuncture,
            vitd,
            lambda: abstract_mixed_more(b),
            lambda: abstract_mixed_more(b),
        ],
    )


# ---------------------------------------------------------------------------
# style: ward_timetable
# ---------------------------------------------------------------------------
def timetable_zh(b):
    P = b.P
    ward = P(
        b.c(
            [
                f"{b.ri(3, 22)}病区",
                f"{b.c(['心内科', '神经内科', '骨科', '普外科', '呼吸科', '产科', '儿科', '肿瘤科'])}{b.ri(1, 3)}病区",
            ]
        )
    )
    t_wake = b.c(["06:00", "06:30", "05:50"])
    t_round = b.c(["08:00", "08:15", "08:30"])
    t_visit = b.c(["15:00-19:00", "16:00-20:00", "14:30-18:30"])
    t_light = b.c(["21:30", "22:00", "21:00"])
    pool = [
        lambda: f"{P(t_wake)} 测体温、血压，{b.c(['空腹血糖监测', '晨间护理', '抽血'])}",
        lambda: f"{P(b.c(['07:00-07:30', '06:50-07:30']))} 早餐",
        lambda: f"{P(t_round)} 医生查房（{P('主任')}查房：每{P(b.c(ZH_WEEK[:5]))}）",
        lambda: f"{P(b.c(['09:00-11:00', '08:30-11:30']))} 输液、治疗、检查",
        lambda: f"{P(b.c(['11:00', '11:30']))} 午餐（{b.c(['糖尿病饮食、低盐饮食请勿混拿', '治疗饮食由营养科配送'])}）",
        lambda: f"{P(b.c(['12:30-14:00', '12:00-14:30']))} 午休，请保持安静",
        lambda: f"{P(t_visit)} 探视时间（每床限{P(b.c(['1人', '2人']))}）",
        lambda: f"{P(b.c(['17:00', '17:30']))} 晚餐",
        lambda: f"{P(t_light)} 熄灯，{P('值班医生')}、值班护士全天在岗",
        lambda: (
            f"每{P(b.c(ZH_WEEK[:5]))}下午{P('15:00')} 健康宣教（{P(b.c(['糖尿病饮食', '防跌倒', '母乳喂养', '化疗后护理']))}）"
        ),
    ]
    rows = b.some(pool, 5, 8, keep_order=True)
    head = b.c([f"{ward}作息时间表", f"{ward}住院须知——每日安排", f"欢迎入住{ward}"])
    tail = b.c(
        [
            lambda: f"{P('护士长')}接待时间：每{b.c(ZH_WEEK[:5])}{P('10:00-11:00')}，护士站在{zloc(b)}。",
            lambda: f"病区电话：医院总机转分机{P(str(b.ri(2000, 8999)))}。",
            lambda: "请勿使用大功率电器；陪护证每床限1张。",
            lambda: f"贵重物品请自行保管；{P('万一')}遗失请联系护士站。",
        ]
    )
    doc = head + "\n" + "\n".join(rows) + "\n" + tail
    turns = [doc]
    if b.coin(0.4):
        turns = [
            b.c(
                [
                    "请问病房几点查房？",
                    "探视时间是几点到几点？",
                    "病房作息能发我一份吗？",
                    "明天入院，病区每天怎么安排？",
                ]
            ),
            doc,
        ]
    return "ward_timetable", turns


def timetable_en(b):
    P = b.P
    ward = P(
        b.c(
            [
                f"Ward {b.ri(1, 12)}{b.c('ABCD')}",
                f"{b.c(['Nightingale', 'Jenner', 'Lister', 'Cavell', 'Seacole'])} Ward",
            ]
        )
    )
    pool = [
        lambda: f"{P(b.c(['06:00', '06:30']))} observations and drug round",
        lambda: f"{P(b.c(['07:30', '08:00']))} breakfast",
        lambda: (
            f"{P(b.c(['08:30', '09:00']))} consultant ward round ({P(b.c(['Mon/Wed/Fri', 'Tuesdays and Thursdays', 'daily']))})"
        ),
        lambda: f"{P(b.c(['10:30', '11:00']))} physio and OT sessions",
        lambda: f"{P(b.c(['12:00-13:00', '12:30-13:30']))} protected mealtime - no visiting please",
        lambda: f"{P(b.c(['14:00-20:00', '11:00-20:00', '15:00-19:30']))} visiting",
        lambda: f"{P(b.c(['17:00', '17:30']))} evening meal",
        lambda: f"{P(b.c(['22:00', '22:30']))} lights dimmed; night handover at {P(b.c(['19:45', '21:15']))}",
        lambda: f"{P('Wednesday at 11:00')} fire alarm test - the alarm sounds for {P('30 seconds')}",
        lambda: f"{P('Bell')} check: call bells are tested at every handover",
    ]
    rows = b.some(pool, 5, 7, keep_order=True)
    tail = b.c(
        [
            lambda: (
                f"{P(b.c(['Matron', 'The ward sister', 'The nurse in charge']))}'s surgery: {P(b.c(['Tuesday 10:00', 'Thursday 14:00']))}, {eloc(b)}."
            ),
            lambda: f"Ward phone: ext. {P(str(b.ri(2000, 2999)))}.",
            lambda: f"{P('Chaplaincy')} and the {P('Faith')} team visit on Sundays.",
            lambda: "Please clean your hands when you arrive and leave.",
        ]
    )
    doc = (
        f"{ward} - {b.c(['daily routine', 'a typical day', 'timetable for patients and visitors'])}\n"
        + "\n".join(rows)
        + "\n"
        + tail
    )
    turns = [doc]
    if b.coin(0.4):
        turns = [b.c(["What are the visiting times on the ward?", "What time is the ward round?"]), doc]
    return "ward_timetable", turns


# ---------------------------------------------------------------------------
# style: triage_protocol
# ---------------------------------------------------------------------------
def triage_zh(b):
    P = b.P
    pool = [
        lambda: f"一级（濒危）：心跳呼吸骤停、{P('格拉斯哥昏迷评分')}{P('≤8分')}、{P('SpO2<85%')}，立即进入抢救室。",
        lambda: f"二级（危重）：收缩压{P('<90 mmHg')}、心率{P('>150次/分')}或{P('<40次/分')}，{P('10分钟')}内处置。",
        lambda: f"三级（急症）：{P('30分钟')}内就诊，如体温{P('≥39℃')}伴寒战、腹痛{P('NRS≥7分')}。",
        lambda: f"四级（非急症）：按顺序就诊，候诊超过{P('2小时')}需重新评估。",
        lambda: f"胸痛疑似{P('急性冠脉综合征')}：{P('10分钟')}内完成{P('心电图')}，开通胸痛中心绿色通道。",
        lambda: f"疑似卒中：按“{P('BE FAST')}”评估，发病{P('4.5小时')}内者通知卒中团队。",
        lambda: f"疑似脓毒症：{P('qSOFA≥2分')}，{P('1小时')}内完成血培养并使用抗生素。",
        lambda: f"儿童：{P('3个月')}以下婴儿体温{P('≥38℃')}至少按二级处理。",
        lambda: f"孕妇：孕{P('20周')}以上的外伤或腹痛，同时通知产科{P('值班医生')}。",
        lambda: "中毒：询问毒物名称、剂量和时间，可咨询中毒急救热线；有机磷中毒立即脱去污染衣物。",
        lambda: f"发热伴呼吸道症状者引导至{P('发热门诊')}（{zloc(b)}）。",
        lambda: f"分诊护士每{P('30分钟')}巡视候诊区，病情变化随时升级。",
    ]
    rows = b.some(pool, 4, 6, keep_order=True)
    head = b.c(
        [
            lambda: (
                f"急诊预检分诊{b.c(['流程', '分级标准', '操作规程'])}（{P(b.c(['2018版', '2023年修订', '第3版']))}）"
            ),
            "急诊分诊要点（护士站张贴）",
            "预检分诊快速参考卡",
        ]
    )
    doc = head + "\n" + "\n".join(rows)
    turns = [doc]
    if b.coin(0.35):
        turns = [b.c(["急诊分诊是怎么分级的？为什么我等了这么久？", "急诊为什么后来的人先看？"]), doc]
    return "triage_protocol", turns


def triage_en(b):
    P = b.P
    pool = [
        lambda: (
            f"Red (immediate, {P('0 min')}): airway compromise, {P('Glasgow Coma Scale')} {P('≤ 8')}, {P('NEWS2 ≥ 7')}."
        ),
        lambda: f"Orange (very urgent, {P('10 min')}): cardiac chest pain - ECG within {P('10 minutes')}.",
        lambda: f"Suspected stroke ({P('FAST')} positive): bleep the stroke team on {P(str(b.ri(1100, 1999)))}.",
        lambda: f"Red-flag sepsis: start the {P('Sepsis Six')} within {P('1 hour')}.",
        lambda: f"Yellow (urgent, {P('60 min')}); Green (standard, {P('120 min')}); Blue (non-urgent, {P('240 min')}).",
        lambda: f"{P('Frank')} haematemesis or melaena goes straight to Resus.",
        lambda: (
            f"Paediatrics: use the {P('PEWS')} chart. {P('Young')} infants under {P('3 months')} with a temperature ≥{P('38°C')} are orange."
        ),
        lambda: (
            f"Head injury: apply the {P('Canadian CT Head Rule')}; anticoagulated patients get CT within {P('8 hours')}."
        ),
        lambda: f"Re-triage anyone waiting longer than {P('the target time')}.",
        lambda: (
            f"Mental health: assess risk with the {P('Australasian Triage Scale')} mental health descriptors; never leave a high-risk patient alone."
        ),
        lambda: f"Major trauma: pre-alert from ambulance - trauma team to {P('Resus bay 1')}.",
    ]
    rows = b.some(pool, 4, 6, keep_order=True)
    head = b.c(
        [
            lambda: f"Emergency Department triage - based on the {P('Manchester Triage System')}",
            "ED streaming and triage - quick reference",
            lambda: f"Triage card ({P(b.c(['v4.1', 'rev. 2023', '3rd edition']))})",
        ]
    )
    doc = head + "\n" + (lambda bl: "\n".join(bl + r for r in rows))(b.c(["", "- ", "* "]))
    turns = [doc]
    if b.coin(0.35):
        turns = ["How does triage decide who is seen first?", doc]
    return "triage_protocol", turns


# ---------------------------------------------------------------------------
# style: tcm_prescription
# ---------------------------------------------------------------------------
FORMULAS = [
    (
        "归脾汤加减",
        "心脾两虚证",
        [
            "黄芪 30 g",
            "党参 15 g",
            "白术 12 g",
            "当归 10 g",
            "龙眼肉 10 g",
            "茯苓 15 g",
            "酸枣仁 15 g",
            "远志 6 g",
            "木香 6 g",
            "炙甘草 6 g",
        ],
        "《济生方》",
    ),
    ("桂枝汤", "营卫不和证", ["桂枝 9 g", "白芍 9 g", "生姜 9 g", "大枣 4枚", "炙甘草 6 g"], "张仲景《伤寒论》"),
    (
        "六味地黄丸（改汤剂）",
        "肾阴虚证",
        ["熟地黄 24 g", "山茱萸 12 g", "山药 12 g", "泽泻 9 g", "牡丹皮 9 g", "茯苓 9 g"],
        "钱乙《小儿药证直诀》",
    ),
    (
        "银翘散加减",
        "风热犯表证",
        ["金银花 15 g", "连翘 15 g", "薄荷 6 g（后下）", "牛蒡子 10 g", "桔梗 6 g", "芦根 15 g", "甘草 5 g"],
        "《温病条辨》",
    ),
    (
        "独活寄生汤加减",
        "痹证（肝肾不足）",
        ["独活 9 g", "桑寄生 15 g", "杜仲 12 g", "牛膝 12 g", "徐长卿 15 g", "秦艽 9 g", "当归 10 g", "川芎 6 g"],
        "孙思邈《备急千金要方》",
    ),
    (
        "二至丸合七宝美髯丹加减",
        "肝肾不足、须发早白",
        ["制何首乌 10 g", "女贞子 15 g", "墨旱莲 15 g", "枸杞子 12 g", "菟丝子 12 g", "当归 10 g"],
        "《医方集解》",
    ),
    (
        "下乳涌泉散加减",
        "产后乳汁不畅",
        ["王不留行 12 g", "通草 6 g", "当归 10 g", "川芎 6 g", "黄芪 20 g", "漏芦 9 g"],
        "《清太医院配方》",
    ),
    (
        "血府逐瘀汤加减",
        "气滞血瘀证",
        ["桃仁 12 g", "红花 9 g", "当归 9 g", "川芎 6 g", "赤芍 9 g", "柴胡 6 g", "刘寄奴 9 g", "甘草 6 g"],
        "王清任《医林改错》",
    ),
    ("白头翁汤", "热毒痢疾", ["白头翁 15 g", "黄连 6 g", "黄柏 12 g", "秦皮 12 g"], "张仲景《伤寒论》"),
]


def tcm_zh(b):
    name, zheng, herbs, src = b.deal("tcm_zh", FORMULAS)
    b.P(name)
    b.P(zheng)
    for h in b.pick(herbs, min(4, len(herbs))):
        b.P(h)
    n = b.c([5, 7, 14])
    dept = (
        "中医妇科"
        if "产后" in zheng
        else (
            "中医皮肤科"
            if "须发" in zheng
            else ("针灸推拿科" if "痹" in zheng else b.c(["中医内科", "中医科", "治未病科"]))
        )
    )
    age = b.ri(22, 38) if "产后" in zheng else b.ri(18, 80)
    doc = (
        f"{b.c(['中医处方笺', '中药饮片处方', '门诊中药处方'])}\n科别：{dept}  年龄：{b.P(f'{age}岁')}  "
        f"日期：{b.zdate()}\n中医诊断：{zheng}  舌{b.c(['淡', '红', '暗'])}苔{b.c(['薄白', '薄黄', '白腻'])}，脉{b.c(['细弱', '浮数', '弦涩'])}\n"
        f"方药：{name}\n"
        + "  ".join(herbs)
        + f"\n{b.P(f'{n}剂')}，水煎服，{b.P('日1剂')}，早晚分服。\n医嘱：忌生冷油腻；服药期间如出现腹泻、皮疹请停药复诊。\n"
        f"{b.c([lambda: '按：本方源自' + b.P(src) + '。', lambda: '代煎：每剂煎成' + b.P('2袋×200 ml') + '，次日' + b.P('14:00') + '后到' + zloc(b) + '中药房取药。', lambda: '药费合计：' + b.P(f'¥{b.ri(60, 420)}.{b.ri(0, 99):02d}') + '（医保统筹）'])}"
    )
    turns = [doc]
    if b.coin(0.35):
        turns = [
            doc,
            "这个方子要煎多久？",
            f"先用冷水浸泡{b.P('30分钟')}，大火煮开后小火煎{b.P('20-30分钟')}，滤出后加水再煎一次，两次药汁混合分{b.P('2次')}温服。",
        ]
    return "tcm_prescription", turns


def tcm_mixed(b):
    k = b.deal("tcm_mixed", list(range(5 + 2)))
    if k >= 5:
        return "tcm_prescription", tcm_mixed_more(b)
    if k == 0:
        n_tab = b.c([3, 4, 5])
        u = (
            f"Is {b.P('何首乌')} ({b.P('He Shou Wu')}, {b.P('Polygonum multiflorum')}) safe for hair loss? 我妈妈买了 {b.P('首乌片')}，"
            f"每天 {b.P(f'3 次 × {n_tab} 片')}，已经吃了 {b.P(b.c(['2 个月', '6 周', '3 个月']))}。"
        )
        a = (
            f"需要谨慎。{b.P('何首乌')}（尤其生首乌）有肝损伤报告，{b.P('NMPA')} 曾发布不良反应提示。建议先停用，查 {b.P('ALT')}、{b.P('AST')}、"
            f"{b.P('bilirubin')}；如果出现 {b.P('jaundice')}（{b.P('黄疸')}）、尿色加深，马上就医。{b.P('毛发')}脱落更常见的原因是 {b.P('iron deficiency')}、"
            f"甲状腺问题或 {b.P('telogen effluvium')}，值得先查 {b.P('ferritin')} 和 {b.P('TSH')}。"
        )
    elif k == 1:
        inr = b.rf(2.1, 2.9)
        wd = b.c(["2.5 mg", "3 mg", "4.5 mg"])
        u = f"医生开了 {b.P('小柴胡颗粒')}，每次 {b.P('10 g')}，{b.P('tid')}。I'm also on {b.P('warfarin ' + wd)}，{b.P('INR ' + inr)}，有 interaction 吗？"
        a = (
            f"{b.P('柴胡')}、{b.P('黄芩')}、{b.P('甘草')}等成分可能影响 {b.P('CYP450')} 代谢，理论上会改变 warfarin 效果。"
            f"建议开始服用后 {b.P(b.c(['5-7 天', '1 周']))}复查 {b.P('INR')}；目标范围仍是 {b.P('2.0-3.0')}。{b.P('当归')}、{b.P('丹参')}类方剂风险更大，尽量避免。"
        )
    elif k == 2:
        g1, g2 = b.c([("9 g", "9 g"), ("10 g", "10 g"), ("6 g", "9 g")])
        u = (
            f"TCM doctor gave me {b.P('Gui Zhi Tang')}（{b.P('桂枝汤')}）for a cold。{b.P('Cinnamon twig ' + g1)}、{b.P('White Peony ' + g2)}，"
            f"为什么里面有 {b.P('Da Zao')}（{b.P('大枣')}）？"
        )
        a = (
            f"{b.P('桂枝汤')}出自 {b.P('张仲景')}《{b.P('伤寒论')}》，被称为“群方之首”。{b.P('大枣')}和{b.P('生姜')}调和营卫、顾护脾胃，"
            f"{b.P('炙甘草')}调和诸药。服后喝热粥 {b.P('1 碗')}、盖被取微汗，出汗后就停，不必尽剂。"
        )
    elif k == 3:
        herb, pin, use = b.c(
            [
                ("徐长卿", "Xu Chang Qing", "风湿痹痛和皮肤瘙痒"),
                ("刘寄奴", "Liu Ji Nu", "跌打损伤、瘀血肿痛"),
                ("王不留行", "Wang Bu Liu Xing", "产后乳汁不下"),
                ("秦皮", "Qin Pi", "湿热泻痢"),
            ]
        )
        u = f"My acupuncturist wrote '{b.P(pin)}' on the formula. 这是人名吗？What is {b.P(herb)} used for?"
        a = (
            f"不是人名，是一味中药：{b.P(herb)}（拼音 {pin}），常用于{b.P(use)}，一般用量 {b.P(b.c(['6-12 g', '9-15 g', '5-10 g']))}，入汤剂。"
            f"很多药名听起来像人名，比如{b.P(b.c(['何首乌', '使君子', '徐长卿', '刘寄奴']))}，都是药材名。孕妇和正在服用 {b.P('anticoagulants')} 的人使用前请咨询中医师。"
        )
    else:
        b.c(["6 g", "9 g", "1 袋"])
        u = (
            f"朋友推荐 {b.P('Yunnan Baiyao')}（{b.P('云南白药胶囊')}）止血，我在吃 {b.P('aspirin 100 mg')}，can I take both? 说明书说 "
            f"{b.P(f'一次 {b.c([1, 2])} 粒，一日 4 次')}。"
        )
        a = (
            f"{b.P('云南白药')}用于跌打损伤、出血，但不能抵消 {b.P('aspirin')} 的抗血小板作用；两者同用要看用药目的。"
            f"如果是 {b.P('PCI')} 术后，千万不要停阿司匹林。另外有一种{b.P('保险子')}（红色小丸）只在严重跌打时用 {b.P('1 粒')}。"
            f"有黑便、牙龈出血请到医院查 {b.P('血常规')}和{b.P('大便潜血')}。"
        )
    return "tcm_prescription", [u, a]


# ---------------------------------------------------------------------------
# style: pharmacy_qa
# ---------------------------------------------------------------------------
def pharm_zh(b):
    qa = [
        lambda: (
            f"{b.P('安宫牛黄丸')}能不能每年吃一颗预防中风？",
            f"不建议。{b.P('安宫牛黄丸')}用于热闭神昏等急症，含{b.P('朱砂')}、{b.P('雄黄')}，不宜长期或预防性服用。预防脑卒中靠控制{b.P('高血压')}、血脂和戒烟。"
            f"{b.P('同仁堂')}等品牌的说明书上也写明“孕妇禁用”。",
        ),
        lambda: (
            f"{b.P('999感冒灵')}和{b.P('布洛芬')}能一起吃吗？",
            f"{b.P('999感冒灵颗粒')}含{b.P('对乙酰氨基酚')}，和布洛芬都是解热镇痛药，一般不建议同时服用。发热可以先单用其一，间隔{b.P('4-6小时')}。",
        ),
        lambda: (
            f"夏天喝{b.P('王老吉')}能代替{b.P('板蓝根颗粒')}预防感冒吗？",
            f"不能。{b.P('王老吉')}是凉茶饮料，每罐（{b.P('310 ml')}）含糖约{b.P('30 g')}，糖尿病患者要注意；{b.P('板蓝根颗粒')}也没有预防感冒的可靠证据，接种流感疫苗更有效。",
        ),
        lambda: (
            f"孕妇能用{b.P('马应龙麝香痔疮膏')}吗？",
            f"说明书标注孕妇慎用（含{b.P('麝香')}），建议先用{b.P('温水坐浴')}，每次{b.P('10-15分钟')}，并在产科医生指导下用药。",
        ),
        lambda: (
            f"{b.P('云南白药气雾剂')}红瓶和白瓶有什么区别？",
            f"红瓶是{b.P('保险液')}，用于急性扭伤后剧痛，先喷红瓶，间隔{b.P('1-2分钟')}再喷白瓶；白瓶{b.P('一日3-5次')}。皮肤破损处不要喷。",
        ),
        lambda: (
            f"{b.P('华法林')}吃了{b.P('3年')}，最近想吃{b.P('阿胶')}和{b.P('当归')}补血，可以吗？",
            f"{b.P('当归')}可能增强华法林的抗凝作用，增加出血风险，不建议自行服用。确需服用请提前告诉医生，服用后{b.P('1周')}内复查{b.P('INR')}。",
        ),
        lambda: (
            f"{b.P('叶酸')}是饭前吃还是饭后吃？{b.P('斯利安')}一盒{b.P('31片')}够吃多久？",
            f"饭前饭后都可以，固定时间即可。{b.P('0.4 mg')}规格一天一片，一盒吃{b.P('31天')}。",
        ),
        lambda: (
            f"{b.P('藿香正气水')}和{b.P('头孢')}能一起用吗？",
            f"不能。{b.P('藿香正气水')}含乙醇（约{b.P('40%-50%')}），与头孢类抗生素同用可能引起{b.P('双硫仑样反应')}，出现面红、心慌、胸闷。"
            f"停用头孢后{b.P('7天')}内也要避免，可以改用{b.P('藿香正气胶囊')}或{b.P('滴丸')}。",
        ),
        lambda: (
            f"{b.P('黄连上清片')}吃了以后大便发黑，正常吗？",
            f"部分中成药会使大便颜色变深，但黑色柏油样便也可能是消化道出血，尤其同时在吃{b.P('阿司匹林')}或{b.P('华法林')}的话，请尽快查{b.P('大便潜血')}。",
        ),
        lambda: (
            f"网上药店的客服电话打不通，{b.P('批号')}{b.lot()}的药能退吗？",
            f"药品一经售出，除质量问题外一般不予退换。可以拨打该连锁药房客服热线{b.P(b.c(FICT_LINES[3:]))}咨询，或向{b.P('12315')}投诉。",
        ),
    ]
    first = b.deal("pharm_zh", list(range(len(qa))))
    idx = [first] + ([b.c([k for k in range(len(qa)) if k != first])] if b.coin(0.3) else [])
    pairs = [qa[k]() for k in idx]
    turns = []
    for q, a in pairs:
        turns += [q, b.c(["您好，", "", "药师答："]) + a]
    return "pharmacy_qa", turns


def pharm_en(b):
    qa = [
        lambda: (
            "Is the generic from Dr. Reddy's as good as the brand?",
            f"Yes. Generics such as {b.P('omeprazole 20 mg')} made by {b.P('Dr. Reddy’s')} must show the same active ingredient, strength and "
            f"{b.P('bioequivalence')} (usually within {b.P('80-125%')}). Only the colour, shape or fillers may differ.",
        ),
        lambda: (
            "Can I take Nurofen with my blood pressure tablets?",
            f"{b.P('Nurofen')} ({b.P('ibuprofen')}) can raise blood pressure and, with {b.P('ramipril')} or diuretics, affect the kidneys. "
            f"{b.P('Paracetamol')} is usually safer. If you must, keep to the lowest dose for no more than {b.P('3 days')}.",
        ),
        lambda: (
            "My repeat prescription says 'Take one at night'. Will it matter if I take it in the morning?",
            f"For {b.P('simvastatin')} night is better; for {b.P('atorvastatin')} or {b.P('rosuvastatin')} the time doesn't matter. "
            f"{b.P('Will')} you be able to remember it at breakfast? Consistency matters most.",
        ),
        lambda: (
            "How long is my prescription valid for?",
            f"In {b.P('England')} a prescription is valid for {b.P('6 months')} from the date on it (controlled drugs: {b.P('28 days')}). "
            f"Repeat dispensing batches can run for up to {b.P('12 months')}.",
        ),
        lambda: (
            "Who do I call about a missing delivery?",
            f"Call customer care on {b.P(b.c(FICT_LINES[:3]))} ({b.P('Mon-Sat 8am-6pm')}) with the order number from your text message. "
            f"Most parcels arrive within {b.P('2 working days')}. For urgent medicines, ask any pharmacy for an {b.P('emergency supply')}.",
        ),
        lambda: (
            "Is Panadol Extra OK with coffee?",
            f"{b.P('Panadol Extra')} already contains {b.P('65 mg caffeine')} per {b.P('500 mg')} tablet. Two tablets equal about a cup of coffee, so cut back "
            f"if you feel jittery. Maximum {b.P('8 tablets in 24 hours')}.",
        ),
        lambda: (
            "Can I crush my tablets? They are hard to swallow.",
            f"Not all of them. {b.P('Modified-release')} tablets such as {b.P('nifedipine 30 mg')} or {b.P('Adalat LA')} must be swallowed whole. "
            f"Ask for a {b.P('liquid')} or {b.P('dispersible')} form - the pharmacist can check each item on your list.",
        ),
        lambda: (
            "Do I need to finish my antibiotics if I feel better?",
            f"For most infections take the full course prescribed, e.g. {b.P('amoxicillin 500 mg')} for {b.P('5 days')}. Some courses are now shorter - "
            f"{b.P('3 days')} of {b.P('nitrofurantoin')} for an uncomplicated UTI in women. Don't save leftovers.",
        ),
        lambda: (
            "Is it safe to take St John's wort with my pill?",
            f"No. {b.P('St John’s wort')} speeds up the breakdown of the {b.P('combined pill')}, so it may not protect against pregnancy. "
            f"It also interacts with {b.P('warfarin')} and {b.P('sertraline')}.",
        ),
        lambda: (
            "What's the difference between Johnson & Johnson's Tylenol and Panadol?",
            f"Both are {b.P('paracetamol')} (called {b.P('acetaminophen')} in the US). {b.P('Tylenol')} is the {b.P('Johnson & Johnson')} brand, "
            f"{b.P('Panadol')} the {b.P('Haleon')} brand. Never take both together.",
        ),
    ]
    first = b.deal("pharm_en", list(range(len(qa))))
    idx = [first] + ([b.c([k for k in range(len(qa)) if k != first])] if b.coin(0.3) else [])
    pairs = [qa[k]() for k in idx]
    turns = []
    for q, a in pairs:
        turns += [q, a]
    return "pharmacy_qa", turns


def pharm_mixed(b):
    P = b.P

    def liuwei():
        u = f"{P('同仁堂')} 的 {P('六味地黄丸')} 和我的 {P('metformin 500 mg')} 可以一起吃吗？每次 {P('8 丸')}，{P('tid')}。"
        a = f"没有已知的严重相互作用，但大蜜丸含{P('蜂蜜')}，糖尿病患者建议选{P('浓缩丸')}。两者间隔 {P('1-2 hours')} 服用，监测 {P('fasting glucose')}。"
        return [u, a]

    def lipitor():
        u = f"药师你好，{P('Lipitor 20 mg')} 在国内叫什么？回国后想在 {b.pc(CITIES_ZH)} 继续开。"
        a = (
            f"{P('Lipitor')} 通用名 {P('atorvastatin calcium')}，即{P('阿托伐他汀钙片')}，商品名“{P('立普妥')}”，也有国产仿制药（{b.approval('H')}）。"
            f"带上国外 prescription 到心内科开即可，{P('20 mg qn')}。"
        )
        return [u, a]

    def omez():
        u = f"我买了 {P('Dr. Reddy’s')} 的 {P('Omez 20 mg')}，写着 '{P('Lot')} {b.lot(False)}'，EXP {P(b.c(['08/2026', '11/2026', '03/2027']))}，孩子 {P(b.c(['8 岁', '10 岁']))}能吃吗？"
        a = (
            f"{P('Omez')} 就是 {P('omeprazole')}（奥美拉唑）。儿童按体重：{P('10-20 kg')} 一般 {P('10 mg qd')}，{P('>20 kg')} 可用 {P('20 mg qd')}，"
            f"需医生确认后再用。胶囊可打开混在{P('苹果泥')}里。"
        )
        return [u, a]

    def amox():
        u = f"{P('Amoxicillin 500 mg tds')} 我漏吃了一次 (missed a dose)，现在是 {b.ztime()}，下一顿是 {b.ztime()}，should I take it now？"
        a = f"想起来就补吃，下一次至少间隔 {P('4 小时')}；如果离下一次不到 {P('2 小时')}就跳过。不要一次吃双倍。疗程 {P('5-7 天')}要吃完。"
        return [u, a]

    def zyrtec():
        u = f"{P('Zyrtec')} 和国内的{P('西替利嗪')}一样吗？开车前能吃吗？还有 {P('Claritin')}。"
        a = (
            f"{P('Zyrtec')} = {P('cetirizine 10 mg')}（西替利嗪），{P('Claritin')} = {P('loratadine')}（{P('氯雷他定')}），都是二代抗组胺药，嗜睡较少，"
            f"但西替利嗪少数人会困，第一次吃建议晚上吃，不要和{P('马来酸氯苯那敏')}同服。"
        )
        return [u, a]

    def insulin_travel():
        u = f"坐飞机带 {P('insulin pen')}（{P('门冬胰岛素')}）需要冷藏吗？要飞 {P(f'{b.ri(10, 14)} 小时')}去 {b.pc(CITIES_EN)}。"
        a = (
            f"未开封的放在随身行李的保温袋里（{P('2-8°C')}），不要托运；正在用的笔室温（{P('<30°C')}）可保存 {P('4 周')}。"
            f"带上英文 {P('prescription')} 或医生证明，注意时差调整{P('基础胰岛素')}时间。"
        )
        return [u, a]

    return "pharmacy_qa", b.deal(
        "pharm_mixed",
        [liuwei, lipitor, omez, amox, zyrtec, insulin_travel, lambda: pharm_mixed_more(b), lambda: pharm_mixed_more(b)],
    )


# ---------------------------------------------------------------------------
# style: history_lesson
# ---------------------------------------------------------------------------
def history_zh(b):
    items = [
        lambda: (
            f"{b.P('华佗')}是东汉末年名医，据《三国志》记载，他创制{b.P('麻沸散')}用于外科手术麻醉，还编创了{b.P('五禽戏')}。"
        ),
        lambda: (
            f"{b.P('张仲景')}著《{b.P('伤寒杂病论')}》，确立了辨证论治原则，被后世尊为“{b.P('医圣')}”；{b.P('桂枝汤')}被称为“群方之首”。"
        ),
        lambda: (
            f"{b.P('李时珍')}历时{b.P('27年')}编成《{b.P('本草纲目')}》，收药{b.P('1892种')}，附方{b.P('11096首')}，{b.P('1578年')}成书。"
        ),
        lambda: (
            f"{b.P('孙思邈')}著《{b.P('备急千金要方')}》，提出“人命至重，有贵千金”，其《大医精诚》至今是医学生的必读篇目。"
        ),
        lambda: (
            f"{b.P('白求恩')}于{b.P('1938年')}来到中国，在晋察冀边区救治伤员，推广战地输血；{b.P('白求恩国际和平医院')}以他的名字命名。"
        ),
        lambda: (
            f"{b.P('南丁格尔')}在克里米亚战争中改善战地医院卫生，使伤员死亡率从约{b.P('42%')}降至{b.P('2%')}；护士授帽时诵读的{b.P('南丁格尔誓言')}以她命名。"
        ),
        lambda: (
            f"东晋{b.P('葛洪')}在《{b.P('肘后备急方')}》中记载“青蒿一握，以水二升渍，绞取汁”，这条记录后来启发了{b.P('青蒿素')}的提取。"
        ),
        lambda: (
            f"{b.P('伍连德')}在{b.P('1910年')}东北鼠疫防控中推行隔离、口罩和尸体火化，被视为中国现代公共卫生的开端。"
        ),
        lambda: f"西晋{b.P('王叔和')}整理《{b.P('脉经')}》，归纳了{b.P('24种')}脉象，是现存最早的脉学专著。",
        lambda: f"{b.P('扁鹊')}提出“{b.P('望闻问切')}”四诊法的雏形，《史记》中有他为齐桓侯诊病的故事。",
    ]
    sel = [f() for f in b.pick(items, b.ri(2, 3))]
    doc = (
        f"{b.c(['医学史课堂笔记', '中医基础理论·第一章 绪论', '护理学导论·医学史简介', '科普：中国古代名医'])}\n"
        + "\n".join(f"{i}. {s}" for i, s in enumerate(sel, 1))
        + f"\n{b.c(['课后思考：古代医家的哪些理念对今天仍有意义？', '考点：第' + str(b.ri(12, 98)) + '页。', '（参考教材第' + b.c(['3', '4', '5', '9']) + '版）'])}"
    )
    if "页" in doc or "版）" in doc:
        b.P(doc.splitlines()[-1].strip("（）"))
    turns = [doc]
    if b.coin(0.4):
        turns = [b.c(["老师，能讲讲中国古代有哪些名医吗？", "医学史考试要背哪些人物？", "麻沸散是谁发明的？"]), doc]
    return "history_lesson", turns


def history_en(b):
    items = [
        lambda: (
            f"{b.P('Hippocrates')} (c. 460-370 BC) separated medicine from religion; the {b.P('Hippocratic Oath')} is still adapted in graduation ceremonies."
        ),
        lambda: (
            f"{b.P('Florence Nightingale')} reformed hospital sanitation at Scutari during the Crimean War ({b.P('1854-1856')}) and used the "
            f"{b.P('polar area diagram')} to show that most deaths were preventable."
        ),
        lambda: (
            f"{b.P('Edward Jenner')} tested cowpox inoculation in {b.P('1796')}, the basis of smallpox vaccination; smallpox was declared eradicated in {b.P('1980')}."
        ),
        lambda: (
            f"{b.P('John Snow')} traced the {b.P('1854')} cholera outbreak in Soho to the {b.P('Broad Street')} pump - a founding story of epidemiology."
        ),
        lambda: (
            f"{b.P('Alexander Fleming')} noticed penicillin's effect in {b.P('1928')} in his laboratory at {b.P('St Mary’s Hospital')}, London."
        ),
        lambda: (
            f"{b.P('James Parkinson')} described the 'shaking palsy' in {b.P('1817')}; {b.P('Parkinson’s disease')} now bears his name."
        ),
        lambda: (
            f"The {b.P('Apgar score')}, introduced in {b.P('1952')}, rates a newborn at {b.P('1 and 5 minutes')} on five signs, each scored {b.P('0-2')}."
        ),
    ]
    sel = [f() for f in b.pick(items, b.ri(2, 3))]
    doc = (
        f"{b.c(['History of medicine - lecture notes', 'Week 1 reading: origins of modern medicine', 'Nursing foundations: a short history'])}\n"
        + "\n".join(f"- {s}" for s in sel)
        + f"\n{b.c(['Discussion: which of these changed practice the most?', lambda: 'See chapter 2, ' + b.P('page ' + str(b.ri(14, 60))) + '.', 'Quiz on Friday.'])}"
    )
    turns = [doc]
    if b.coin(0.4):
        turns = [
            b.c(
                [
                    "Who were the key figures in early medicine?",
                    "Can you give me some history-of-medicine facts for my essay?",
                ]
            ),
            doc,
        ]
    return "history_lesson", turns


# ---------------------------------------------------------------------------
# more mixed-language scenarios (added to the decks of the mixed generators)
# ---------------------------------------------------------------------------
def wechat_mixed_more(b):
    P = b.P

    def hypo():
        g = b.rf(2.6, 3.6)
        return [
            f"昨晚 {P('hypo')} 了，半夜血糖 {P(g + ' mmol/L')}，喝了半瓶 {P('Lucozade')} 才好。{P('Lantus')} 要减量吗？",
            f"低于 {P('3.9 mmol/L')} 按 {P('15-15 rule')} 处理是对的：{P('15 g')} 快速糖，{P('15 分钟')}后复测。夜间低血糖提示基础胰岛素可能偏多，"
            f"可以先把 Lantus 减 {P('2 units')}，连续 {P('3 天')}测凌晨 {P('3 点')}血糖发给我。",
        ]

    def stoma():
        return [
            f"护士你好，{P('colostomy bag')} 总是漏，{P('stoma')} 周围皮肤红了，多久换一次底盘？",
            f"底盘一般 {P('3-5 天')}换一次，漏了要马上换。剪口比造口大 {P('1-2 mm')}，周围皮肤可以用 {P('barrier cream')} 或{P('造口护肤粉')}。"
            f"造口门诊在 {zloc(b)}，每周{b.c(['二', '四'])}下午，带上你用的产品型号。",
        ]

    def breastfeed():
        return [
            f"Hi 护士，宝宝 {P(b.c(['2 周', '10 天', '3 周']))}，{P('latch')} 不好，{P('nipple')} 皲裂很痛，还能继续喂吗？",
            f"可以继续。调整含乳姿势，让宝宝含住大部分乳晕；喂后挤几滴乳汁涂在乳头上，或用 {P('lanolin')}（{P('羊毛脂')}）。"
            f"如果发热超过 {P('38.5℃')}、乳房红肿硬块，可能是 {P('mastitis')}（乳腺炎），请来门诊。",
        ]

    return b.deal("wechat_mixed_more", [hypo, stoma, breastfeed])


def discharge_mixed_more(b):
    P = b.P

    def tka():
        return (
            f"Discharge after TKA（{P('total knee arthroplasty')}，全膝关节置换）\n{P('Rivaroxaban 10 mg qd × 14 days')}（利伐沙班）预防 {P('DVT')}；"
            f"{P('Celecoxib 200 mg bid')} 止痛。\nROM 目标：{P('0-90°')}（{P('2 周')}），{P('0-120°')}（{P('6 周')}）。\n"
            f"拆线：术后 {P('14 天')}，{zloc(b)} 骨科门诊。小腿肿痛、胸闷气短立即就诊或打 {P('120')}。"
        )

    def cap():
        return (
            f"出院小结 - {P('Community-acquired pneumonia')}（{P('CAP')}，社区获得性肺炎）\n入院 {P('CURB-65')} {P('1 分')}，"
            f"{P('SpO2 93%')} on air。出院带药：{P('Amoxicillin 1 g tid × 5 days')}。\n戒烟；{P('4-6 weeks')} 后复查 {P('chest X-ray')}；"
            f"咳嗽可能持续 {P('3-6 周')}。"
        )

    return b.deal("discharge_mixed_more", [tka, cap])


def exercise_mixed_more(b):
    P = b.P

    def mastectomy():
        return [
            f"乳腺癌术后 {P(f'{b.ri(2, 4)} weeks')}，{P('drain')} 拔了，什么时候可以做 {P('shoulder exercises')}？怕 {P('lymphoedema')}。",
            f"引流拔除后就可以开始 {P('wall climbing')}（爬墙）和 {P('shoulder rolls')}，每天 {P('3 次')}，每次 {P('10 下')}，{P('6 周')}内患侧不提 "
            f"{P('> 5 kg')}。淋巴水肿预防：避免患侧抽血、量血压，出现手臂肿胀来{P('淋巴水肿门诊')}。",
        ]

    def lsvt():
        return [
            f"爸爸 {P('Parkinson’s')}，康复科推荐 {P('LSVT BIG')}，每周 {P('4 次')}连续 {P('4 周')}，在家能练吗？",
            f"可以，{P('LSVT BIG')} 强调“大幅度”动作：大步走、大幅摆臂，每个动作 {P('10-15 次')}。{P('LSVT LOUD')} 是对应的言语训练。"
            f"练习时旁边要有人，防止跌倒。",
        ]

    return b.deal("exercise_mixed_more", [mastectomy, lsvt])


def abstract_mixed_more(b):
    P = b.P

    def selenium():
        u = (
            f"看到一篇 meta-analysis：{P('selenium 200 μg/day')} for {P('Hashimoto’s thyroiditis')}，{P('TPOAb')} 下降 {P(f'{b.ri(20, 40)}%')} at "
            f"{P('6 months')}。我要不要吃{P('硒')}？"
        )
        a = (
            f"抗体下降不等于甲功改善，多数研究没有显示 {P('TSH')} 或 {P('levothyroxine')} 剂量的差别。硒摄入过量（{P('> 400 μg/day')}）有毒性，"
            f"{P('桥本甲状腺炎')}患者可以先评估饮食，再和内分泌科医生讨论。"
        )
        return [u, a]

    def downs():
        u = f"这篇 review 说 {P('Down syndrome')} 的 {P('life expectancy')} 已经到 {P('60 years')}，{P('Alzheimer’s disease')} 风险很高，是真的吗？"
        a = (
            f"是的，{P('唐氏综合征')}人群平均寿命显著延长，但因为 {P('21 号染色体')}上有 {P('APP')} 基因，{P('40 岁')}后{P('阿尔茨海默病')}风险明显增加。"
            f"建议每年做认知和甲状腺功能筛查。"
        )
        return [u, a]

    return b.deal("abstract_mixed_more", [selenium, downs])


def tcm_mixed_more(b):
    P = b.P

    def points():
        u = f"针灸师说扎 {P('ST36')}（{P('足三里')}）和 {P('LI4')}（{P('合谷')}），我怀孕 {P(f'{b.ri(8, 14)} 周')}，can I still have it? Is it safe for the baby?"
        a = (
            f"孕期传统上{P('合谷')}和{P('三阴交')}（{P('SP6')}）属于禁针或慎针穴位。建议告诉针灸师孕周，{P('足三里')}一般可以，"
            f"孕吐可以考虑按压 {P('PC6')}（{P('内关')}）。"
        )
        return [u, a]

    def lianhua():
        u = f"{P('连花清瘟胶囊')} for a cold，说明书 {P('4 粒 tid')}，can I take it with {P('paracetamol')}？我有{P('高血压')}。"
        a = (
            f"连花清瘟含{P('麻黄')}，可能升高血压和心率，高血压控制不佳者慎用。和 paracetamol 可以同用，但注意复方感冒药里是否也有对乙酰氨基酚。"
            f"症状超过 {P('3 天')}不缓解请就医。"
        )
        return [u, a]

    return b.deal("tcm_mixed_more", [points, lianhua])


def appt_mixed_more(b):
    P = b.P

    def lipid_fast():
        u = f"明天 {P('lipid profile')} + {P('HbA1c')} 抽血，需要 {P('fasting')} 吗？我早上要吃 {P('levothyroxine')}。"
        a = (
            f"{P('HbA1c')} 不需要空腹；血脂现在多数医院非空腹也可以，但如果{P('甘油三酯')}偏高，医生可能要求空腹 {P('8-12 小时')}。"
            f"{P('levothyroxine')} 照常用水送服，抽血在 {zloc(b)}，{P('7:30')} 开始。"
        )
        return [u, a]

    def colonoscopy():
        u = f"{P('Colonoscopy')} 预约在 {b.zdate()}，{P('bowel prep')} 用的是 {P('Moviprep')}，和国内的{P('复方聚乙二醇电解质散')}一样吗？"
        a = f"都是 {P('PEG')}（{P('聚乙二醇')}）类泻剂。按说明分 {P('2 次')}服用，最后一次在检查前 {P('4-6 小时')}完成，排出清水样便说明准备好了。"
        return [u, a]

    return b.deal("appt_mixed_more", [lipid_fast, colonoscopy])


def lab_mixed_more(b):
    P = b.P

    def preeclampsia():
        u = f"孕 {P(f'{b.ri(32, 36)} 周')}，今天 {P('BP')} {b.bp((142, 92), (156, 102))}，{P('urine protein')} {P('++')}，会不会是 {P('pre-eclampsia')}？"
        a = (
            f"血压 ≥{P('140/90 mmHg')} 加蛋白尿，需要考虑{P('子痫前期')}。请今天到产科急诊，查 {P('24h urine protein')}、{P('PLT')}、肝功能和 "
            f"{P('sFlt-1/PlGF')}。头痛、视物模糊、上腹痛要立即就诊。"
        )
        return [u, a]

    def psa():
        v = b.rf(4.5, 8.5)
        u = f"体检 {P('PSA')} {P(v + ' ng/mL')}（参考 {P('0-4')}），{P('free/total PSA')} {P(b.rf(0.12, 0.24, 2))}，是前列腺癌吗？"
        a = (
            f"PSA 轻度升高常见于{P('前列腺增生')}、炎症，骑车或射精后也会升高。建议 {P('2-4 周')}后复查，必要时做 {P('mpMRI')}（{P('PI-RADS')} 评分），"
            f"再决定是否活检。"
        )
        return [u, a]

    return b.deal("lab_mixed_more", [preeclampsia, psa])


def pharm_mixed_more(b):
    P = b.P

    def child_dose():
        w = b.ri(10, 24)
        u = f"孩子 {P(f'{w} kg')}，{P('Tylenol')}（{P('acetaminophen')}）和{P('布洛芬')}（{P('Motrin')}）怎么按 mg/kg 算？The bottle only shows doses by age."
        a = (
            f"对乙酰氨基酚 {P('10-15 mg/kg')}，间隔 {P('4-6 小时')}；布洛芬 {P('5-10 mg/kg')}，间隔 {P('6-8 小时')}。{w} kg 约为对乙酰氨基酚 "
            f"{P(f'{w * 10}-{w * 15} mg')}。不建议两种交替使用，除非医生指导。"
        )
        return [u, a]

    def paxlovid():
        u = f"医生开了 {P('Paxlovid')}，我在吃 {P('atorvastatin 20 mg')} 和 {P('amlodipine 5 mg')}，要停吗？"
        a = (
            f"{P('nirmatrelvir/ritonavir')} 中的 {P('ritonavir')} 是强效 {P('CYP3A4')} 抑制剂。阿托伐他汀建议疗程 {P('5 天')}内暂停，"
            f"停药后 {P('3 天')}再恢复；{P('氨氯地平')}可能需要减量并监测血压。请让药师逐一核对。"
        )
        return [u, a]

    return b.deal("pharm_mixed_more", [child_dose, paxlovid])


def wechat_zh_more(b):
    P = b.P

    def needles():
        return [
            f"胰岛素笔针头{P('4 mm')}的，可以重复用几次？",
            f"建议{P('一次一换')}。重复使用针头会变钝、弯曲，增加疼痛和{P('皮下脂肪增生')}风险。注射部位在腹部、大腿外侧轮换，"
            f"每次间隔{P('1 cm')}以上。用过的针头放进硬质容器，不要直接扔垃圾桶。",
        ]

    def stitches():
        return [
            f"医生，{zbed(b)}出院的，伤口{P('何时')}拆线？有点痒。",
            f"腹部切口一般术后{P('7-9天')}拆线，预约在{b.zdate(kind=3)}，到{zloc(b)}换药室。痒是愈合过程的正常现象，不要抓，"
            f"保持干燥。如果红肿、渗液或体温超过{P('38℃')}，请提前来。",
        ]

    return b.deal("wechat_zh_more", [needles, stitches])


GENS = {
    "zh": [
        consult_zh,
        wechat_zh,
        discharge_zh,
        nursing_zh,
        lab_zh,
        imaging_zh,
        leaflet_zh,
        rx_zh,
        guideline_zh,
        insurance_zh,
        notice_zh,
        appt_zh,
        diet_zh,
        exercise_zh,
        vacc_zh,
        abstract_zh,
        timetable_zh,
        triage_zh,
        tcm_zh,
        pharm_zh,
        history_zh,
    ],
    "en": [
        consult_en,
        discharge_en,
        nursing_en,
        lab_en,
        imaging_en,
        leaflet_en,
        rx_en,
        guideline_en,
        insurance_en,
        notice_en,
        appt_en,
        diet_en,
        exercise_en,
        vacc_en,
        abstract_en,
        timetable_en,
        triage_en,
        pharm_en,
        history_en,
    ],
    "mixed": [
        consult_mixed,
        wechat_mixed,
        discharge_mixed,
        lab_mixed,
        appt_mixed,
        exercise_mixed,
        abstract_mixed,
        tcm_mixed,
        pharm_mixed,
    ],
}


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
SURNAMES_ZH = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
    "钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤柳牛包"
)
GIVEN_ZH = set(
    "伟芳娜敏婷娟丽艳霞秀磊军勇杰涛刚桂玲欣怡浩轩梓涵睿琳鹏辉斌俊峰莉燕萍慧颖倩晶妍婧嘉佳瑶璐琪昊翔凯鑫淑兰凤娥雪琴蕾薇晓"
)
TITLES_ZH = [
    "护士长",
    "治疗师",
    "医生",
    "大夫",
    "主任",
    "护士",
    "教授",
    "老师",
    "先生",
    "女士",
    "小姐",
    "阿姨",
    "叔叔",
    "师傅",
    "院长",
    "药师",
    "医师",
    "同学",
    "经理",
    "老板",
    "某",
]
# two-character words that end in a surname character and may precede a title (主任医师, 责任护士)
ZH_WORDS_BEFORE_TITLE = {"主任", "责任", "信任", "担任", "现任", "前任", "新任", "上任", "兼任"}
ZH_WHITELIST = [
    "葛洪",
    "伍连德",
    "王叔和",
    "华佗",
    "张仲景",
    "李时珍",
    "孙思邈",
    "扁鹊",
    "白求恩",
    "南丁格尔",
    "钱乙",
    "王清任",
    "宋庆龄",
    "马应龙",
    "王老吉",
    "徐长卿",
    "刘寄奴",
    "何首乌",
    "王不留行",
    "陈李济",
    "邵逸夫",
    "齐桓侯",
    "白头翁",
]
FIRST_EN = {
    "Will",
    "Grace",
    "Rose",
    "Mark",
    "Hope",
    "Faith",
    "Joy",
    "Bill",
    "Frank",
    "May",
    "June",
    "August",
    "Jean",
    "Dawn",
    "Amber",
    "Art",
    "Pat",
    "Gene",
    "Crystal",
    "Lance",
    "Summer",
    "Holly",
    "Ivy",
    "Robin",
    "Ray",
    "John",
    "James",
    "Mary",
    "David",
    "Michael",
    "Sarah",
    "Emma",
    "Tom",
    "Anne",
    "Peter",
    "Paul",
    "Lucy",
    "Jack",
    "Sophie",
    "Daniel",
    "Florence",
    "Edward",
    "Alexander",
    "George",
    "Victoria",
    "Elizabeth",
    "Thomas",
    "Charles",
    "Richard",
    "Helen",
    "Laura",
}
EN_ALLOWED = [
    "Florence Nightingale",
    "Edward Jenner",
    "John Snow",
    "Alexander Fleming",
    "James Parkinson",
    "John Radcliffe",
    "Royal Victoria Infirmary",
    "Hope Wing",
    "Rose Building",
    "Grace Wing",
    "Dr. Reddy",
]
EN_TITLE_RE = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Nurse|Sister|Doctor|Matron)\.?\s+[A-Z][a-z]+")
EN_FIRST_RE = re.compile(r"\b([A-Z][a-z]+)\s+([A-Z][a-z]+)")
EN_INITIAL_RE = re.compile(r"\b[A-Z][a-z]+ [A-Z]\. [A-Z][a-z]+")
ALLOWED_PHONES = set(FICT_LINES) | {"1-800-222-1222", "1-800-QUIT-NOW", "116 123"}
PHONE_RES = [
    re.compile(r"(?<![\d\-])(?:\+\d{1,3}[ -]?)?\(?\d{3,4}\)?[- ]\d{3,4}[- ]\d{3,4}(?![\d\-])"),
    re.compile(r"(?<![\d\-])0\d{2,3}-\d{7,8}(?![\d\-])"),
    re.compile(r"\b1-8\d\d-[\dA-Z]{3}-[\dA-Z]{4}\b"),
]
MOBILE_RE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
IDCARD_RE = re.compile(r"(?<![\dA-Za-z])(?:\d{17}[\dXx]|\d{15})(?![\dA-Za-z])")
LONGNUM_RE = re.compile(r"(?<![\dA-Za-z])\d{10,}(?![\dA-Za-z])")
RECORD_RE = re.compile(
    r"(住院号|病历号|门诊号|病案号|身份证号?|医保卡号|就诊卡号|MRN|NHS number|hospital number|patient ID)\s*[:：]?\s*[A-Z]?\d{4,}",
    re.I,
)
DOB_WORDS = ["出生日期", "出生于", "生日", "出生年月", "date of birth", "DOB", "D.O.B", "born on", "birthday"]
DOB_RE = re.compile(r"出生[^，。；\n]{0,4}(\d{4}|\d{1,2}月\d{1,2}日)")
CJK_RE = re.compile(r"[\u4e00-\u9fff]")


def valid_ean13(s):
    if len(s) != 13:
        return False
    tot = sum(int(ch) * (3 if i % 2 else 1) for i, ch in enumerate(s[:12]))
    return (10 - tot % 10) % 10 == int(s[12])


def zh_name_problems(text):
    probs = []
    masked = text
    for w in ZH_WHITELIST:
        masked = masked.replace(w, "〇" * len(w))
    for i, ch in enumerate(masked):
        if ch not in SURNAMES_ZH:
            continue
        nxt = masked[i + 1 : i + 3]
        if len(nxt) == 2 and nxt[0] in GIVEN_ZH and nxt[1] in GIVEN_ZH:
            probs.append("zh full name pattern: " + masked[i : i + 3])
        if masked[max(0, i - 1) : i + 1] in ZH_WORDS_BEFORE_TITLE:
            continue
        for t in TITLES_ZH:
            if masked.startswith(t, i + 1):
                probs.append("zh surname+title: " + ch + t)
            if len(nxt) >= 1 and nxt[0] in GIVEN_ZH and masked.startswith(t, i + 2):
                probs.append("zh name+title: " + masked[i : i + 2] + t)
        if (
            i > 0
            and masked[i - 1] in "老小"
            and (i + 1 == len(masked) or not CJK_RE.match(masked[i + 1]) or masked[i + 1] in "，。、说的呢吧啊")
        ):
            probs.append("zh nickname: " + masked[i - 1 : i + 1])
    return probs


def en_name_problems(text):
    probs = []
    masked = text
    for w in EN_ALLOWED:
        masked = masked.replace(w, "#" * len(w))
    for m in EN_TITLE_RE.finditer(masked):
        probs.append("title+name: " + m.group(0))
    for m in EN_FIRST_RE.finditer(masked):
        if m.group(1) in FIRST_EN:
            probs.append("Firstname Lastname: " + m.group(0))
    for m in EN_INITIAL_RE.finditer(masked):
        if m.group(0).split()[0] in FIRST_EN:
            probs.append("name with initial: " + m.group(0))
    return probs


def row_problems(row, seen):
    probs = []
    turns = row["turns"]
    text = "\n".join(turns)
    if not 1 <= len(turns) <= 4:
        probs.append("turn count")
    if any(not t.strip() for t in turns):
        probs.append("empty turn")
    if row["spans"] != [] or row["source"] != "none":
        probs.append("spans/source")
    if len(row["protect"]) < 4:
        probs.append("fewer than 4 protect strings")
    for p in row["protect"]:
        if p not in text:
            probs.append("protect not in text: " + p)
    key = tuple(turns)
    if key in seen:
        probs.append("duplicate conversation")
    lang = row["lang"]
    n_cjk = len(CJK_RE.findall(text))
    n_latin_words = len(re.findall(r"[A-Za-z]{3,}", text))
    if lang == "en" and n_cjk:
        probs.append("CJK in en row")
    if lang == "mixed" and (n_cjk < 10 or n_latin_words < 4):
        probs.append("mixed row not mixed")
    if lang == "zh" and n_cjk < 2 * n_latin_words:
        probs.append("zh row too English")
    probs += zh_name_problems(text)
    probs += en_name_problems(text)
    if "@" in text:
        probs.append("e-mail")
    if MOBILE_RE.search(text):
        probs.append("mobile number")
    if IDCARD_RE.search(text):
        probs.append("ID-card shaped number")
    for rx in PHONE_RES:
        for m in rx.finditer(text):
            if m.group(0) not in ALLOWED_PHONES:
                probs.append("phone-shaped number: " + m.group(0))
    for m in LONGNUM_RE.finditer(text):
        if not valid_ean13(m.group(0)):
            probs.append("long digit run: " + m.group(0))
    if RECORD_RE.search(text):
        probs.append("record number")
    low = text.lower().replace("dob值", "")  # DOB value of a 13C urea breath test is not a date of birth
    for w in DOB_WORDS:
        if w.lower() in low:
            probs.append("date-of-birth wording: " + w)
    if DOB_RE.search(text):
        probs.append("date-of-birth pattern")
    return probs


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------
def build():
    DECKS.clear()
    rng = random.Random(SEED)
    langs = [lang for lang, n in LANG_COUNTS.items() for _ in range(n)]
    rng.shuffle(langs)
    queues = {lang: [] for lang in GENS}
    rows, seen = [], set()
    redraws = collections.Counter()
    for i, lang in enumerate(langs, 1):
        if not queues[lang]:
            queues[lang] = list(GENS[lang])
            rng.shuffle(queues[lang])
        gen = queues[lang].pop()
        for _attempt in range(200):
            b = B(rng)
            style, turns = gen(b)
            row = {
                "id": f"clean7-{i:04d}",
                "lang": lang,
                "style": style,
                "source": "none",
                "turns": turns,
                "spans": [],
                "protect": list(b.prot),
            }
            probs = row_problems(row, seen)
            if not probs:
                break
            for p in probs:
                redraws[p.split(":")[0]] += 1
            if "-v" in sys.argv:
                print(f"redraw {row['id']} {gen.__name__}: {probs[:3]}", file=sys.stderr)
        else:
            raise SystemExit(f"{gen.__name__} failed 200 times: {probs}")
        seen.add(tuple(turns))
        rows.append(row)
    return rows, redraws


def main():
    rows, redraws = build()
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    cnt = collections.Counter(r["lang"] for r in rows)
    assert dict(cnt) == LANG_COUNTS, cnt
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_prot = sum(len(r["protect"]) for r in rows)
    print(f"wrote {len(rows)} rows to {os.path.relpath(OUT)}")
    print("rows per lang:", ", ".join(f"{k}={cnt[k]}" for k in LANG_COUNTS))
    by_style = collections.Counter(r["style"] for r in rows)
    by_style_lang = collections.Counter((r["style"], r["lang"]) for r in rows)
    print(f"rows per style ({len(by_style)} styles):")
    for st, n in sorted(by_style.items()):
        detail = " ".join(f"{lang}={by_style_lang[(st, lang)]}" for lang in LANG_COUNTS if by_style_lang[(st, lang)])
        print(f"  {st:<24}{n:>4}  ({detail})")
    turns_hist = collections.Counter(len(r["turns"]) for r in rows)
    print("turns per row:", ", ".join(f"{k}={turns_hist[k]}" for k in sorted(turns_hist)))
    print(
        f"protect strings: {n_prot} (min {min(len(r['protect']) for r in rows)}, "
        f"max {max(len(r['protect']) for r in rows)} per row; {len({p for r in rows for p in r['protect']})} distinct)"
    )
    print("redraws by reason:", dict(redraws) if redraws else "none")


if __name__ == "__main__":
    main()
