"""Write tests/data/deid_dev4.jsonl: a fourth development set for the scrubber, English-first and international.

Why it exists: the scrubber's recall on a held-out set by a new writer is 0.885 (names 0.855) while
it scores ~0.99 on the sets it was tuned on, and each tuning round carries over only partly to a new
writer. The next round needs development data in other writers' styles. This set was written blind:
its writer read neither the scrubber, its tests, bench/deid.py beyond its docstring, nor the held-out
set or its generator; only the line format and marks of make_deid_fresh2.py's docstring.
Development data: tuning on it is allowed.

What it holds: about 350 conversations of 1-4 turns, about 60% English, 25% Chinese and 15% mixed
(`lang` is the dominant script, en or zh; mixed ones have a `source` starting with "mix_"). About a
fifth are PHI-free (`style` "clean") and full of values that must survive: doses, blood pressures,
labs with units, visit dates, ages, durations, ICD-10 codes, drug, hospital and department names,
eponyms (Parkinson, Hashimoto, Addison), hospitals named after people (逸夫医院, Johns Hopkins, Tan
Tock Seng), herbs and medicines named like people (徐长卿, 刘寄奴, St John's wort), lot and batch
numbers, help-line numbers, years of birth alone ("born '75" identifies no one). The rest carry
every PROTOCOL §7 kind in international record formats: US SSNs, Medicare MBIs and Medicaid IDs,
NHS numbers (valid mod 11), Ontario health cards (valid Luhn), Australian Medicare numbers (valid
check digit), Singapore NRICs (valid letter), Aadhaar numbers (valid Verhoeff), Hong Kong IDs and
Chinese resident IDs (valid check characters); record, chart, UR, CR and insurance numbers after
many label words; UK postcodes, US ZIP+4, P.O. boxes, apartment/unit/suite forms, rural routes;
names of many origins (Indian, Arabic with al-/bin/bint, Spanish two-surname, Vietnamese, Korean,
Japanese, Nigerian, Eastern European with diacritics, van der/de la/O'/Mc); dates of birth in every
English and ISO shape. Styles: ALL-CAPS headers, HL7-like PID| lines, CSV-like rows, e-mail threads
with signatures and quoted replies, dictation transcripts ("period new paragraph"), chat logs with
typos and lowercase names, case reports, legal and insurance letters. Names come back later as
title+surname, given name only or nickname; several people per conversation; identifiers at line
starts and ends, in brackets, after colons without a space, split across turns.

Marks (the same as make_deid_fresh2's):

    ⟦KIND:text⟧             an identifier; its distinctive parts are derived (`default_parts`)
    ⟦KIND:text|p1|p2⟧       an identifier with its parts given
    ⟦=text⟧                 a later mention of an identifier already marked (adds no span)
    ⟦=text@owner⟧           a later mention that adds `text` as one more part of span `owner`
    ⟦=text@owner|p1|p2⟧     the same, adding the parts given
    ⟪value⟫                 a clinical value that must survive untouched (`protect`)

Parts: a Chinese full name and its given name; each word of a Latin name of 3+ letters except
titles and particles (van, der, de, la, al-, bin, bint, O'; Mc is kept); a phone's digit groups
after the country and area code; an ID's or record number's groups with digits (3+ characters,
not a record number's year prefix); a date of birth's day and month as written; an e-mail's local
part; an address's street, compound or village, house or unit number and postcode groups.

Checks (`check_conversation`, run on every row, a failing draw is redrawn): every span text, part
and protected value occurs in the turns; a part occurs nowhere outside the identifiers (as a
case-insensitive substring) and belongs to one identifier only; no protected value overlaps an
identifier; every drawn number that has a check-digit rule passes it. Deterministic: the same
seed writes the same file. The marks, the conversations they build, these checks and the writing
are deid_writing.py's, shared with make_deid_dev5.py.

    .venv/bin/python tests/data/make_deid_dev4.py
"""

from __future__ import annotations

import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from deid_writing import (  # noqa: E402 - the marks, conversations, checks and writing shared with make_deid_dev5.py
    CJK,
    SetRecipe,
    Templates,
    again,
    cn_check,
    keep,
    mark,
    write_set,
)

OUT = Path(__file__).with_name("deid_dev4.jsonl")
SEED = 4_2026_1130
TOTAL = 350
TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "mx", "sr", "sra", "sir"}
PARTICLES = {
    "van",
    "der",
    "den",
    "de",
    "la",
    "del",
    "von",
    "bin",
    "bint",
    "binti",
    "da",
    "dos",
    "le",
    "du",
    "st.",
    "abu",
    "ter",
    "ten",
}
DOUBLE_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "慕容", "尉迟", "皇甫", "东方", "令狐", "宇文")

# ---------------------------------------------------------------- check digits


def nhs_valid(digits: str) -> bool:
    """NHS number: weights 10..2 on the first nine digits, check = 11 - sum mod 11 (11 -> 0, 10 invalid)."""
    d = [int(c) for c in digits if c.isdigit()]
    check = 11 - sum(v * (10 - i) for i, v in enumerate(d[:9])) % 11
    return len(d) == 10 and check != 10 and (check % 11) == d[9]


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed([c for c in digits if c.isdigit()])):
        v = int(c) * (2 if i % 2 else 1)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


def au_medicare_valid(digits: str) -> bool:
    d = [int(c) for c in digits if c.isdigit()]
    return 2 <= d[0] <= 6 and sum(w * v for w, v in zip((1, 3, 7, 9, 1, 3, 7, 9), d[:8])) % 10 == d[8]


def nric_letter(prefix: str, digits: str) -> str:
    total = sum(w * int(c) for w, c in zip((2, 7, 6, 5, 4, 3, 2), digits)) + (4 if prefix in "TG" else 0)
    return ("JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK")[total % 11]


_VD = [
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
_VP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]


def verhoeff_valid(digits: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed([ch for ch in digits if ch.isdigit()])):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def hkid_check(letters: str, digits: str) -> str:
    values = [36 if c == " " else ord(c) - 55 for c in letters.rjust(2)] + [int(c) for c in digits]
    check = (11 - sum(v * w for v, w in zip(values, range(9, 1, -1))) % 11) % 11
    return "A" if check == 10 else str(check)


assert verhoeff_valid("2363") and nric_letter("S", "1234567") == "D" and nhs_valid("9434765919")
assert cn_check("11010519491231002") == "X" and luhn_valid("79927398713")
assert hkid_check("A", "123456") == "3"

# ---------------------------------------------------------------- pools

LATIN_NAMES = {
    "indian": [
        ("Priya", "Raghunathan"),
        ("Venkatesh", "Iyengar"),
        ("Ananya", "Chatterjee"),
        ("Harpreet", "Sandhu"),
        ("Sushmita", "Venugopal"),
        ("Rohan", "Deshpande"),
        ("Kavitha", "Subramaniam"),
        ("Arjun", "Mehrotra"),
        ("Lakshmi", "Narayanaswamy"),
        ("Gurpreet", "Dhillon"),
    ],
    "arabic": [
        ("Yousef", "al-Harbi"),
        ("Fatima", "bint Saeed"),
        ("Omar", "bin Rashid"),
        ("Layla", "el-Sayed"),
        ("Tariq", "Haddad"),
        ("Noura", "al-Qahtani"),
        ("Hamza", "Abu-Ghazaleh"),
        ("Mariam", "bint Khalifa"),
        ("Faisal", "al-Otaibi"),
    ],
    "spanish": [
        ("María José", "García Márquez"),
        ("Alejandro", "Fuentes Ibarra"),
        ("Lucía", "Rodríguez de la Vega"),
        ("Joaquín", "Salazar Ortega"),
        ("Ximena", "Castañeda Ruiz"),
        ("Esteban", "Villalobos Peña"),
    ],
    "vietnamese": [
        ("Thanh Tùng", "Nguyễn"),
        ("Bảo Ngọc", "Phạm"),
        ("Quang Huy", "Trần"),
        ("Khánh Linh", "Huỳnh"),
        ("Phuong Thao", "Dang"),
    ],
    "korean": [
        ("Seo-yeon", "Kwon"),
        ("Min-jun", "Baek"),
        ("Hye-jin", "Jeong"),
        ("Dong-hyun", "Yoon"),
        ("Ji-woo", "Hwang"),
    ],
    "japanese": [
        ("Haruto", "Takahashi"),
        ("Sakura", "Inoue"),
        ("Kenji", "Watanabe"),
        ("Daisuke", "Morikawa"),
        ("Yumiko", "Fujimoto"),
        ("Takeshi", "Kobayashi"),
    ],
    "nigerian": [
        ("Chidinma", "Okonkwo"),
        ("Oluwaseun", "Adeyemi"),
        ("Emeka", "Nwachukwu"),
        ("Folake", "Adebayo"),
        ("Ifeoma", "Okafor"),
        ("Babatunde", "Ogunleye"),
        ("Ngozi", "Chukwuemeka"),
    ],
    "east_european": [
        ("Łukasz", "Wiśniewski"),
        ("Małgorzata", "Kowalczyk"),
        ("Dušan", "Petrović"),
        ("Zsófia", "Horváth"),
        ("Jiří", "Dvořák"),
        ("Oleksandr", "Shevchenko"),
        ("Ioana", "Popescu"),
        ("Agnieszka", "Wróblewska"),
    ],
    "particle": [
        ("Pieter", "van der Merwe"),
        ("Anouk", "de Vries"),
        ("Lucien", "de la Fontaine"),
        ("Siobhan", "O'Sullivan"),
        ("Declan", "McAllister"),
        ("Eamon", "MacGillivray"),
        ("Ludwig", "von Hassel"),
        ("Giulia", "D'Angelo"),
        ("Maeve", "O'Driscoll"),
        ("Hendrik", "ter Haar"),
    ],
    "anglo": [
        ("Bronwyn", "Fairweather"),
        ("Callum", "Ashdown"),
        ("Imogen", "Thistlewood"),
        ("Desmond", "Pemberton"),
        ("Rhiannon", "Gallagher"),
        ("Tobias", "Wainwright"),
        ("Marguerite", "Holloway"),
        ("Ezekiel", "Brandt"),
    ],
    "hk_sg": [
        ("Chi-keung", "Leung"),
        ("Wing-yan", "Cheung"),
        ("Ka-lok", "Yeung"),
        ("Xiu Ying", "Koh"),
        ("Jia Hui", "Ong"),
        ("Siew Peng", "Teo"),
    ],
}
NICKNAMES = {
    "Babatunde": "Tunde",
    "Oluwaseun": "Seun",
    "Alejandro": "Alex",
    "Małgorzata": "Gosia",
    "Oleksandr": "Sasha",
    "Ezekiel": "Zeke",
    "Marguerite": "Peggy",
    "Chidinma": "Chi-Chi",
    "Venkatesh": "Venky",
    "Tobias": "Toby",
    "Declan": "Dec",
    "Rhiannon": "Rhi",
    "Łukasz": "Łukí",
    "Lakshmi": "Lux",
}
ZH_SURNAMES = "钟龚邵蒋柏阎喻樊戚甄覃邝詹冼霍祁萧"
ZH_GIVEN = [
    "书瑶",
    "晓岚",
    "子墨",
    "婉清",
    "志远",
    "嘉禾",
    "若曦",
    "思邈",
    "铭哲",
    "雨桐",
    "景行",
    "沐阳",
    "清妍",
    "绍辉",
    "韵诗",
    "宏图",
    "静姝",
    "一鸣",
    "佩玲",
    "卓然",
    "凯文",
    "慧敏",
]
STREETS = [
    "Larkspur",
    "Thornbury",
    "Pennycress",
    "Kestrel Ridge",
    "Juniper Hollow",
    "Marigold",
    "Wexcombe",
    "Harrowgate",
    "Quillfeather",
    "Bramblewood",
    "Saltmarsh",
    "Ashgrove",
    "Copperbeech",
    "Fernhollow",
]
TOWNS_US = [
    ("Tucson", "AZ", "857"),
    ("Dayton", "OH", "454"),
    ("Bangor", "ME", "044"),
    ("Boise", "ID", "837"),
    ("Fresno", "CA", "937"),
    ("Duluth", "MN", "558"),
]
TOWNS_UK = [
    ("Leeds", "LS6"),
    ("Norwich", "NR3"),
    ("Swansea", "SA2"),
    ("Exeter", "EX4"),
    ("Dundee", "DD2"),
    ("Bristol", "BS7"),
]
TOWNS_AU = [
    ("Dubbo", "NSW", "2830"),
    ("Ballarat", "VIC", "3350"),
    ("Toowoomba", "QLD", "4350"),
    ("Bunbury", "WA", "6230"),
]
TOWNS_CA = [("Kingston", "ON", "K7L"), ("Halifax", "NS", "B3H"), ("Red Deer", "AB", "T4N"), ("Brandon", "MB", "R7A")]
ZH_ROADS = ["漕溪北路", "梧桐巷", "青檀路", "枫林西街", "桂香大道", "石榴湾路", "翠屏街"]
ZH_COMPOUNDS = ["锦绣华庭", "云栖苑", "金桂园", "半岛蓝湾", "碧水豪庭", "听涛小区"]
ZH_VILLAGES = ["柳溪村", "石门坎村", "杏花屯", "黄泥湾村"]
ZH_CITIES = ["杭州市西湖区", "成都市武侯区", "长沙市岳麓区", "昆明市五华区", "济南市历下区"]

PROTECT_EN = {
    "dose": [
        "metformin 500 mg BD",
        "atorvastatin 40 mg nocte",
        "amlodipine 5 mg daily",
        "levothyroxine 75 mcg",
        "apixaban 5 mg twice daily",
        "insulin glargine 18 units",
        "prednisolone 30 mg",
        "ramipril 2.5 mg",
    ],
    "bp": ["BP 142/88 mmHg", "BP 118/76", "blood pressure 165/95", "BP 96/58 mmHg"],
    "lab": [
        "HbA1c 8.1%",
        "eGFR 47 mL/min/1.73m2",
        "Na 131 mmol/L",
        "K 5.6 mmol/L",
        "Hb 94 g/L",
        "TSH 11.2 mIU/L",
        "CRP 48 mg/L",
        "troponin I 0.42 ng/mL",
        "INR 3.4",
        "creatinine 168 umol/L",
        "ferritin 9 ug/L",
    ],
    "icd": [
        "ICD-10 E11.65",
        "ICD-10 I48.0",
        "ICD-10 G20",
        "ICD-10 E06.3",
        "ICD-10 E27.1",
        "ICD-10 N18.3",
        "ICD-10 J44.1",
    ],
    "eponym": [
        "Parkinson's disease",
        "Hashimoto's thyroiditis",
        "Addison's disease",
        "Crohn's disease",
        "Graves' disease",
        "Bell's palsy",
        "Cushing's syndrome",
        "Guillain-Barré syndrome",
        "Sjögren's syndrome",
        "Hodgkin lymphoma",
        "Kawasaki disease",
        "Ménière's disease",
        "Raynaud's phenomenon",
    ],
    "hospital": [
        "Johns Hopkins Hospital",
        "Tan Tock Seng Hospital",
        "Addenbrooke's Hospital",
        "Guy's Hospital",
        "Sir Charles Gairdner Hospital",
        "Royal Prince Alfred Hospital",
        "Sir Ganga Ram Hospital",
        "Pamela Youde Nethersole Eastern Hospital",
        "Queen Mary Hospital",
        "Mayo Clinic",
        "Sunnybrook",
    ],
    "dept": [
        "Department of Endocrinology",
        "cardiology outpatients",
        "Emergency Department",
        "renal unit",
        "Memory Clinic",
        "Ward 7B",
    ],
    "lookalike": [
        "St John's wort",
        "Hartmann's solution",
        "Lugol's iodine",
        "Dr. Scholl's insoles",
        "Ringer's lactate",
        "Apgar 9",
        "Glasgow Coma Scale 14",
        "Wells score 4",
    ],
    "helpline": [
        "NHS 111",
        "Healthdirect 1800 022 222",
        "Lifeline 13 11 14",
        "Samaritans 116 123",
        "988 Suicide & Crisis Lifeline",
        "Poison Control 1-800-222-1222",
        "Telehealth Ontario 1-866-797-0000",
    ],
    "lot": ["Lot 2K417B", "Lot No. FH7731", "batch AB29C04", "Lot 0T552X exp 08/2027", "NDC 0002-8215-01"],
    "visit": ["seen 14/10/2026", "review on 2026-12-03", "admitted 21 Sep 2026", "follow-up 9 Jan 2027"],
    "age": ["67-year-old", "aged 54", "a 38 year old", "72 yo"],
    "duration": ["for 3 weeks", "x 5 days", "over 18 months", "since 2019"],
}
PROTECT_ZH = {
    "dose": ["二甲双胍0.5g 每日两次", "氨氯地平5mg qd", "阿托伐他汀钙20mg", "胰岛素12单位", "左甲状腺素钠50μg"],
    "bp": ["血压156/92mmHg", "BP 128/80mmHg", "血压98/60"],
    "lab": ["空腹血糖8.9mmol/L", "糖化血红蛋白7.8%", "肌酐132μmol/L", "血钾3.1mmol/L", "尿蛋白2+", "TSH 9.8mIU/L"],
    "icd": ["ICD-10 E11.9", "ICD-10 I10", "ICD-10 K29.5", "ICD-10 G20"],
    "eponym": ["帕金森病", "桥本甲状腺炎", "艾迪生病", "克罗恩病", "格雷夫斯病", "川崎病"],
    "hospital": ["邵逸夫医院", "逸夫医院", "中山医院", "白求恩国际和平医院", "宋庆龄儿童医学中心", "同仁医院"],
    "dept": ["内分泌科", "心内科门诊", "急诊科", "神经内科", "肾内科"],
    "herb": [
        "徐长卿",
        "刘寄奴",
        "何首乌",
        "使君子",
        "王不留行",
        "杜仲",
        "马应龙麝香痔疮膏",
        "华佗再造丸",
        "仲景牌六味地黄丸",
    ],
    "lot": ["批号230917", "批号 B2409061", "国药准字H20059213"],
    "helpline": ["120", "12320卫生热线", "心理援助热线12356"],
    "visit": ["2026年10月12日复诊", "11月3日门诊", "2026-11-20入院"],
    "age": ["67岁", "五十四岁", "38岁"],
    "duration": ["三周", "5天", "半年余"],
}

# ---------------------------------------------------------------- drawing


@dataclass
class Person:
    first: str
    last: str
    origin: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


class Draw:
    """Random identifiers and values for one conversation; every ID it makes passes its check rule."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self.used: set[str] = set()

    def pick(self, seq):
        return self.r.choice(seq)

    def digits(self, n: int, first: str = "123456789") -> str:
        return self.pick(first) + "".join(self.pick("0123456789") for _ in range(n - 1))

    # people
    def person(self, origin: str | None = None) -> Person:
        while True:
            o = origin or self.pick(sorted(LATIN_NAMES))
            first, last = self.pick(LATIN_NAMES[o])
            if first not in self.used and last not in self.used:
                self.used |= {first, last}
                return Person(first, last, o)

    def zh(self) -> tuple[str, str]:
        while True:
            sur = self.pick(DOUBLE_SURNAMES) if self.r.random() < 0.15 else self.pick(ZH_SURNAMES.strip())
            given = self.pick(ZH_GIVEN)
            if sur not in self.used and given not in self.used:
                self.used |= {sur, given}
                return sur + given, given

    def zh_mark(self) -> tuple[str, str, str]:
        full, given = self.zh()
        return mark("NAME", full, [full, given]), full, given

    def p(self, *kinds: str, zh: bool = False) -> str:
        pool = PROTECT_ZH if zh else PROTECT_EN
        while True:
            value = self.pick(pool[self.pick(kinds)])
            if value not in self.used:
                self.used.add(value)
                return keep(value)

    # phones
    def phone(self, region: str) -> str:
        r = self.r
        a, b, c = self.digits(3, "2345678"), self.digits(3, "2345679"), self.digits(4, "0123456789")
        forms = {
            "us": [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"+1 {a} {b} {c}", f"{a}.{b}.{c}", f"1-{a}-{b}-{c}"],
            "uk": [
                f"07{self.digits(3)} {self.digits(6)}",
                f"+44 7{self.digits(3)} {self.digits(3)} {self.digits(3)}",
                f"0113 {self.digits(3)} {c}",
            ],
            "au": [
                f"04{self.digits(2)} {b} {self.digits(3)}",
                f"+61 4{self.digits(2)} {b} {self.digits(3)}",
                f"(02) {self.digits(4)} {c}",
            ],
            "sg": [f"+65 9{self.digits(3)} {c}", f"8{self.digits(3)} {c}", f"6{self.digits(3)}{c}"],
            "in": [
                f"+91 98{self.digits(3)} {self.digits(5)}",
                f"09{self.digits(4)}{self.digits(5)}",
                f"080-{self.digits(8)}",
            ],
            "hk": [f"+852 9{self.digits(3)} {c}", f"6{self.digits(3)}-{c}"],
            "ca": [f"({a}) {b}-{c} ext. {self.digits(3)}", f"{a}-{b}-{c}"],
            "cn": [
                f"1{self.pick('3589')}{self.digits(9, '0123456789')}",
                f"0571-{self.digits(8)}",
                f"+86 13{self.digits(1)} {self.digits(4)} {c}",
            ],
        }
        return r.choice(forms[region])

    # numbers with check digits
    def nhs(self) -> str:
        while True:
            d = self.digits(9, "456789")
            check = 11 - sum(int(v) * (10 - i) for i, v in enumerate(d)) % 11
            if check != 10:
                n = d + str(check % 11)
                assert nhs_valid(n)
                return self.pick([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"])

    def ssn(self) -> str:
        area = self.r.randint(101, 665)
        return f"{area:03d}-{self.r.randint(10, 99):02d}-{self.r.randint(1000, 9999):04d}"

    def mbi(self) -> str:
        al, num = "ACDEFGHJKMNPQRTUVWXY", "0123456789"
        an = al + num
        s = [
            self.pick("123456789"),
            self.pick(al),
            self.pick(an),
            self.pick(num),
            self.pick(al),
            self.pick(an),
            self.pick(num),
            self.pick(al),
            self.pick(al),
            self.pick(num),
            self.pick(num),
        ]
        return f"{''.join(s[:4])}-{''.join(s[4:7])}-{''.join(s[7:])}"

    def ontario(self) -> str:
        while True:
            n = self.digits(10)
            if luhn_valid(n):
                return f"{n[:4]}-{n[4:7]}-{n[7:]}-{self.pick('ABCDEFGHJKLMNPRSTVWXYZ')}{self.pick('ABCDEFGHJKLMNPRSTVWXYZ')}"

    def au_medicare(self) -> str:
        d = self.digits(8, "23456")
        check = sum(w * int(v) for w, v in zip((1, 3, 7, 9, 1, 3, 7, 9), d)) % 10
        n = d + str(check) + self.pick("123456789")
        assert au_medicare_valid(n)
        return f"{n[:4]} {n[4:9]} {n[9]}"

    def nric(self) -> str:
        prefix = self.pick("STFG")
        d = self.digits(7, "0123456789")
        return prefix + d + nric_letter(prefix, d)

    def aadhaar(self) -> str:
        while True:
            n = self.digits(12, "23456789")
            if verhoeff_valid(n):
                return f"{n[:4]} {n[4:8]} {n[8:]}"

    def cn_id(self, year: int | None = None) -> str:
        area = self.pick(["330106", "510107", "430104", "530102", "370102", "440305"])
        y = year or self.r.randint(1940, 2015)
        first17 = f"{area}{y}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}{self.digits(3, '0123456789')}"
        return first17 + cn_check(first17)

    def hkid(self) -> str:
        letter, d = self.pick("ACDEGHKPRVYZ"), self.digits(6, "0123456789")
        return f"{letter}{d}({hkid_check(letter, d)})"

    def medicaid(self) -> str:
        return self.pick(
            [
                f"{self.pick('ABCDEFGHJK')}{self.pick('ABCDEFGHJK')}{self.digits(5)}{self.pick('ABCDEFG')}",
                self.digits(9),
                f"{self.digits(8)}{self.pick('ABC')}",
            ]
        )

    def mrn(self) -> str:
        return self.pick(
            [
                self.digits(8, "0123456789"),
                f"{self.pick(['RX', 'MH', 'SG', 'K'])}{self.digits(6)}",
                f"{self.digits(3)}-{self.digits(3)}-{self.digits(3, '0123456789')}",
                f"00{self.digits(7)}",
                f"{self.r.randint(2019, 2026)}/{self.digits(5)}",
            ]
        )

    # dates of birth: (text, parts); the day and month as written are the parts
    def dob(self, zh: bool = False) -> tuple[str, list[str]]:
        y, m, dd = self.r.randint(1931, 2019), self.r.randint(1, 12), self.r.randint(1, 28)
        mon = [
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
        ][m - 1]
        sfx = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(dd, "th")
        if zh:
            forms = [
                (f"{y}年{m}月{dd}日", f"{m}月{dd}日"),
                (f"{y}.{m:02d}.{dd:02d}", f"{m:02d}.{dd:02d}"),
                (f"{y % 100:02d}年{m}月{dd}号", f"{m}月{dd}号"),
                (f"{y}-{m:02d}-{dd:02d}", f"{m:02d}-{dd:02d}"),
            ]
        else:
            forms = [
                (f"{dd:02d}/{m:02d}/{y}", f"{dd:02d}/{m:02d}"),
                (f"{m:02d}/{dd:02d}/{y}", f"{m:02d}/{dd:02d}"),
                (f"{dd}-{mon[:3]}-{y % 100:02d}", f"{dd}-{mon[:3]}"),
                (f"{y}-{m:02d}-{dd:02d}", f"{m:02d}-{dd:02d}"),
                (f"{mon} {dd}{sfx} {y}", f"{mon} {dd}{sfx}"),
                (f"{dd}.{m}.{y % 100:02d}", f"{dd}.{m}."),
                (f"{dd}{sfx} {mon} {y}", f"{dd}{sfx} {mon}"),
                (f"{dd:02d} {mon[:3].upper()} {y}", f"{dd:02d} {mon[:3].upper()}"),
                (f"{mon[:3]} {dd}, {y}", f"{mon[:3]} {dd}"),
                (f"{dd} {mon} {y}", f"{dd} {mon}"),
                (f"{m}-{dd}-{y}", f"{m}-{dd}-"),
            ]
        text, part = self.pick(forms)
        return text, [part]

    def dob_mark(self, zh: bool = False) -> str:
        text, parts = self.dob(zh)
        return mark("DOB", text, parts)

    # addresses: the mark with its parts
    def address(self, region: str) -> str:
        r, st = self.r, self.pick(STREETS)
        self.used.add(st)
        num = str(r.randint(100, 9899))
        core = st.split()[0]
        if region == "us":
            town, state, z = self.pick(TOWNS_US)
            zip5, plus4 = z + self.digits(2, "0123456789"), self.digits(4, "0123456789")
            unit = self.pick(
                [
                    "",
                    f" Apt {r.randint(2, 9)}{self.pick('ABCD')}",
                    f", Suite {r.randint(200, 990)}",
                    f" #{r.randint(2, 40)}",
                ]
            )
            sfx = self.pick(["St", "Ave", "Blvd", "Lane", "Dr."])
            form = self.pick(["street", "street", "pobox", "rr"])
            if form == "pobox":
                box = self.digits(4)
                return mark("ADDRESS", f"PO Box {box}, {town}, {state} {zip5}-{plus4}", [box, zip5, plus4])
            if form == "rr":
                box = str(r.randint(100, 899))
                return mark("ADDRESS", f"RR {r.randint(1, 9)} Box {box}, {town}, {state} {zip5}", [box, zip5])
            text = f"{num} {st} {sfx}{unit}, {town}, {state} {zip5}-{plus4}"
            return mark("ADDRESS", text, [num, core, zip5, plus4])
        if region == "uk":
            town, area = self.pick(TOWNS_UK)
            inward = f"{r.randint(1, 9)}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}"
            flat = self.pick(["", f"Flat {r.randint(2, 19)}, ", f"{self.pick(['Rose', 'Ivy', 'Heather'])} Cottage, "])
            text = f"{flat}{r.randint(3, 98)} {st} {self.pick(['Road', 'Crescent', 'Close', 'Mews'])}, {town} {area} {inward}"
            parts = [core, area, inward] + ([flat.split(",")[0].split()[0]] if "Cottage" in flat else [])
            return mark("ADDRESS", text, parts)
        if region == "au":
            town, state, pc = self.pick(TOWNS_AU)
            unit = f"{r.randint(2, 30)}/{r.randint(10, 140)}"
            return mark(
                "ADDRESS", f"Unit {unit} {st} {self.pick(['Rd', 'St', 'Pde'])}, {town} {state} {pc}", [unit, core]
            )
        if region == "ca":
            town, prov, fsa = self.pick(TOWNS_CA)
            ldu = f"{r.randint(1, 9)}{self.pick('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(1, 9)}"
            suite = f"{r.randint(101, 2209)}-{r.randint(10, 480)}"
            return mark("ADDRESS", f"{suite} {st} St, {town}, {prov} {fsa} {ldu}", [suite, core, ldu])
        if region == "sg":
            blk, pc, unit = (
                str(r.randint(101, 799)),
                self.digits(6, "45678"),
                f"#{r.randint(2, 25):02d}-{r.randint(100, 899)}",
            )
            street = self.pick(["Bedok North Ave 3", "Jurong West St 41", "Tampines St 82", "Ang Mo Kio Ave 6"])
            return mark("ADDRESS", f"Blk {blk} {street}, {unit}, Singapore {pc}", [f"Blk {blk}", unit[1:], pc])
        if region == "in":
            pin = "5600" + self.digits(2, "0123456789")
            apt = self.pick(["Sai Krupa", "Lakshmi Nivas", "Green Meadows", "Shanti Kunj"])
            flat = str(r.randint(101, 905))
            return mark(
                "ADDRESS",
                f"Flat {flat}, {apt} Apartments, {r.randint(2, 19)}th Cross, Bengaluru {pin}",
                [flat, apt, pin],
            )
        if region == "hk":
            flat = f"{r.randint(2, 38)}{self.pick('ABCDEFGH')}"
            estate = self.pick(["Lok Wah Court", "Kwai Shing Garden", "Tsz Ching Estate", "Shun Lee Court"])
            return mark(
                "ADDRESS",
                f"Flat {flat}, {r.randint(2, 30)}/F, Block {r.randint(1, 9)}, {estate}, Kowloon",
                [f"Flat {flat}", " ".join(estate.split()[:2])],
            )
        # zh
        form = self.pick(["road", "compound", "village"])
        city = self.pick(ZH_CITIES)
        if form == "road":
            road, lane, room = self.pick(ZH_ROADS), f"{r.randint(100, 1999)}弄", f"{r.randint(101, 2508)}室"
            return mark("ADDRESS", f"{city}{road}{lane}{r.randint(1, 60)}号{room}", [road, lane, room])
        if form == "compound":
            comp, room = self.pick(ZH_COMPOUNDS), f"{r.randint(101, 2508)}室"
            return mark("ADDRESS", f"{city}{comp}{r.randint(1, 30)}栋{r.randint(1, 4)}单元{room}", [comp, room])
        village = self.pick(ZH_VILLAGES)
        return mark(
            "ADDRESS",
            f"{self.pick(['安徽省六安市金寨县', '湖南省邵阳市隆回县', '四川省南充市仪陇县'])}{village}{r.randint(2, 12)}组{r.randint(3, 98)}号",
            [village],
        )

    def email(self, who: Person | None = None, domain: str | None = None) -> str:
        if who is not None:
            base = self.pick([f"{who.first}.{who.last}", f"{who.first[0]}{who.last}", f"{who.last}{self.digits(2)}"])
            local = re.sub(r"[^a-z0-9.]", "", base.lower().replace(" ", ""))
            if len(local) < 4:
                local += self.digits(3)
        else:
            local = self.pick(
                ["sunnyday", "bluekoala", "tea.lover", "mountainrunner", "qwerty.cat", "lilypad"]
            ) + self.digits(2)
        dom = domain or self.pick(
            ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "bigpond.com", "163.com", "qq.com"]
        )
        return mark("EMAIL", f"{local}@{dom}", [local])


# ---------------------------------------------------------------- marks, parts and checks


def default_parts(kind: str, text: str) -> list[str]:
    if kind == "NAME":
        if CJK.search(text):
            given = text[2:] if text[:2] in DOUBLE_SURNAMES else text[1:]
            return [text, given] if len(given) >= 2 and not text.startswith(("老", "小", "阿")) else [text]
        parts = []
        for word in re.split(r"[\s,^]+", text):
            word = word.strip(".,()'\"")
            low = word.lower()
            if low in TITLES or low in PARTICLES:
                continue
            word = re.sub(r"^(?:al|el)-|^[OD]'", "", word)
            if len(word) >= 3:
                parts.append(word)
        return parts
    if kind == "EMAIL":
        return [text.split("@")[0]]
    if kind == "PHONE":
        body = re.sub(r"^\+\d+\s*|^1-(?=\d{3}-)", "", text)
        body = re.sub(r"\(\d+\)\s*|\bext\.?\s*\d+$", "", body)
        groups = re.findall(r"\d+", body)
        if len(groups) > 1 and groups[0].startswith("0") and len(groups[0]) <= 4:
            groups = groups[1:]
        return [g for g in groups if len(g) >= 3]
    groups = [g for g in re.split(r"[\s\-/.()]+", text) if len(g) >= 3 and re.search(r"\d", g)]
    if kind == "MRN" and re.match(r"(19|20)\d\d/", text):
        groups = groups[1:]  # a year prefix ("2023/22950") tells no one apart; the serial does
    return groups


# ---------------------------------------------------------------- templates

template = Templates()  # @template(lang, phi, mixed) registers a template of this set


def surname(full: str) -> str:
    return full[:2] if full[:2] in DOUBLE_SURNAMES else full[0]


def N(p: Person, upper: bool = False, last_first: bool = False) -> str:
    text = f"{p.last}, {p.first}" if last_first else p.full
    return mark("NAME", text.upper() if upper else text)


@template("en")
def hl7_pid(d: Draw) -> tuple[str, list[str]]:
    p = d.person()
    y, m, dd = d.r.randint(1935, 2010), d.r.randint(1, 12), d.r.randint(1, 28)
    dob = f"{y}{m:02d}{dd:02d}"
    mrn = d.mrn().replace("/", "")
    hl7_name = f"{p.last.upper()}^{p.first.upper()}^{d.pick('ABCDEJKLMRT')}"
    addr = d.address("us")
    ph = d.phone("us")
    seg = (
        f"PID|1||{mark('MRN', mrn)}^^^{d.pick(['MGH', 'UCSF', 'BMC'])}^MR||{mark('NAME', hl7_name)}||"
        f"{mark('DOB', dob, [dob[4:]])}|{d.pick('MF')}|||{addr}||{mark('PHONE', ph)}|"
    )
    msg = f"MSH|^~\\&|ADT|{d.pick(['MGH', 'UCSF', 'BMC'])}|||202611{d.r.randint(10, 28)}0830||ADT^A04|MSG{d.digits(5)}|P|2.5"
    note = f"OBX|1|NM|4548-4^HbA1c||{d.r.randint(6, 11)}.{d.r.randint(0, 9)}|%|4.0-5.6|H"
    turns = [f"{msg}\r{seg}\r{note}"]
    if d.r.random() < 0.6:
        turns.append(
            f"Feed rejected for {again(p.last.upper() + ', ' + p.first.upper())}: PID-19 should carry the SSN "
            f"{mark('ID', d.ssn())}, not the MRN."
        )
    return "hl7", turns


@template("en")
def csv_rows(d: Draw) -> tuple[str, list[str]]:
    rows = ["patient_id,surname,given,dob,phone,postcode,dx"]
    for _ in range(d.r.randint(2, 3)):
        p = d.person()
        dob, parts = d.dob()
        town, area = d.pick(TOWNS_UK)
        inward = f"{d.r.randint(1, 9)}{d.pick('ABDEFGHJLNPQRSTUWXYZ')}{d.pick('ABDEFGHJLNPQRSTUWXYZ')}"
        rows.append(
            f"{mark('MRN', d.mrn())},{mark('NAME', p.last)},{mark('NAME', p.first)},"
            f"{mark('DOB', dob.replace(',', ''), [x.replace(',', '') for x in parts])},{mark('PHONE', d.phone('uk'))},"
            f"{mark('ADDRESS', area + ' ' + inward, [area, inward])},{d.p('icd')}"
        )
    return "csv", ["\n".join(rows)]


@template("en")
def allcaps_header(d: Draw) -> tuple[str, list[str]]:
    p = d.person()
    label = d.pick(["MRN", "HOSP NO", "UR NO", "CHART #", "ACCT NO", "PATIENT ID", "CASE NO"])
    sep = d.pick([": ", ":", " - ", "  "])
    head = (
        f"DISCHARGE SUMMARY\nPATIENT{sep}{N(p, upper=True, last_first=True)}\n{label}{sep}{mark('MRN', d.mrn())}\n"
        f"D.O.B{sep}{d.dob_mark()}\nADMITTED: {d.pick(['03 NOV 2026', '2026-11-07', '11/19/2026'])}"
    )
    body = (
        f"{d.p('age')} with {d.p('eponym')} admitted to {d.p('hospital')} {d.p('duration')}. {d.p('lab')}, {d.p('bp')}. "
        f"Discharged on {d.p('dose')}. Mr/Ms {again(p.last.upper())} to see GP in 2 weeks."
    )
    return "record", [head, body]


@template("en")
def email_thread(d: Draw) -> tuple[str, list[str]]:
    pat, doc, nurse = d.person(), d.person(), d.person()
    dom = d.pick(["stvincents.org.au", "nhs.net", "uhn.ca", "ttsh.com.sg"])
    first = (
        f"From: {N(doc)} <{d.email(doc, dom)}>\nSent: Tuesday\nSubject: RE: bloods for {again(pat.last)}?\n\n"
        f"Hi {again(nurse.first)},\nYes, repeat {d.p('lab')} on Friday. {d.p('dose')} unchanged.\n\n"
        f"Kind regards\n{again(doc.first)}\n{again('Dr ' + doc.last)} | {d.p('dept')} | {mark('PHONE', d.phone(d.pick(['au', 'uk', 'ca'])))}"
    )
    quoted = (
        f"> On Mon, {N(nurse)} wrote:\n> Could you check {N(pat)}'s results (DOB {d.dob_mark()})?\n"
        f"> She rang from {mark('PHONE', d.phone('au'))} asking."
    )
    return "email", [first + "\n\n" + quoted]


@template("en")
def dictation(d: Draw) -> tuple[str, list[str]]:
    doc, p, gp = d.person(), d.person(), d.person()
    return "dictation", [
        f"this is doctor {N(doc)} dictating a clinic letter for {N(p)} comma date of birth {d.dob_mark()} "
        f"comma hospital number {mark('MRN', d.mrn())} period new paragraph",
        f"dear doctor {N(gp)} comma thank you for referring {again(p.first)} who has {d.p('eponym')} period "
        f"current medications {d.p('dose')} period {d.p('bp')} period new paragraph",
        f"plan repeat {d.p('lab')} period copy to patient at {d.address(d.pick(['us', 'uk', 'au']))} period end of dictation",
    ]


@template("en")
def chat_lowercase(d: Draw) -> tuple[str, list[str]]:
    a, b, mum = d.person(), d.person(), d.person()
    return "chat", [
        f"{mark('NAME', a.first.lower())}: hey did u call {again(b.first.lower())} abt mums appt",
        f"{mark('NAME', b.first.lower())}: ya its at {d.p('hospital')} thurs, {mark('NAME', mum.full.lower())} is her name on the refferal lol",
        f"{again(a.first.lower())}: kk txt me the medicare no pls",
        f"{again(b.first.lower())}: {mark('ID', d.au_medicare())} ... my cell is {mark('PHONE', d.phone('au'))} if u need",
    ]


@template("en")
def case_report(d: Draw) -> tuple[str, list[str]]:
    p = d.person()
    initials = p.first[0] + "." + p.last.split()[-1][0] + "."
    return "case_report", [
        f"Case report. A {d.p('age')} {d.pick(['man', 'woman'])} presented to {d.p('hospital')} with {d.p('eponym')} "
        f"{d.p('duration')}. Laboratory tests: {d.p('lab')}; {d.p('lab')}. {d.p('icd')}.",
        f"[Reviewer note: the draft still names the patient as {N(p)} (initials {initials}) and gives her date of birth "
        f"({d.dob_mark()}); remove before submission.]",
    ]


@template("en")
def legal_letter(d: Draw) -> tuple[str, list[str]]:
    claimant, solicitor = d.person(), d.person()
    return "legal", [
        f"IN THE COUNTY COURT AT {d.pick(['LEEDS', 'NORWICH', 'EXETER'])}\nClaim No. {mark('ID', d.pick(['K', 'F', 'H']) + d.digits(2) + 'YX' + d.digits(3))}\n"
        f"BETWEEN: {N(claimant, upper=True)} (Claimant) and {d.pick(['NORTHGATE NHS TRUST', 'A&B HAULAGE LTD'])} (Defendant)",
        f"Dear Sirs,\nWe act for {again('Mrs ' + claimant.last)} (NHS No.{mark('ID', d.nhs())}) of {d.address('uk')}. "
        f"Please disclose her records from {d.p('hospital')} including the {d.p('dept')} notes.\n"
        f"Yours faithfully,\n{N(solicitor)}\nSolicitor, tel {mark('PHONE', d.phone('uk'))}",
    ]


@template("en")
def insurance_us(d: Draw) -> tuple[str, list[str]]:
    p, sub = d.person(), d.person()
    label = d.pick(["Member ID", "Medicaid ID", "Subscriber #", "Policy No.", "Medicare ID (MBI)"])
    number = d.mbi() if "MBI" in label else d.medicaid()
    return "insurance", [
        f"RE: Prior authorization denial\nPatient: {N(p, last_first=True)}\nDOB:{d.dob_mark()}\n{label}:{mark('ID', number)}\n"
        f"Subscriber: {N(sub)} (spouse), SSN {mark('ID', d.ssn())}",
        f"We are appealing the denial of {d.p('dose')} for {again(p.first)}'s {d.p('eponym')} ({d.p('icd')}). "
        f"Contact our office at {mark('PHONE', d.phone('us'))} or mail {d.address('us')}.",
    ]


@template("en")
def canada_card(d: Draw) -> tuple[str, list[str]]:
    p = d.person()
    return "record", [
        f"Walk-in clinic intake\nName: {N(p)}\nOHIP: {mark('ID', d.ontario())}\nAddress: {d.address('ca')}\n"
        f"Phone: {mark('PHONE', d.phone('ca'))}\nDOB: {d.dob_mark()}",
        f"Chief complaint: cough {d.p('duration')}. {d.p('bp')}. For after-hours advice: {d.p('helpline')}.",
    ]


@template("en")
def singapore_polyclinic(d: Draw) -> tuple[str, list[str]]:
    p, nok = d.person(d.pick(["hk_sg", "indian", "arabic"])), d.person()
    return "record", [
        f"{d.pick(['Bedok', 'Jurong', 'Tampines'])} Polyclinic - Registration\nNRIC/FIN: {mark('ID', d.nric())}\n"
        f"Name: {N(p, upper=True)}\nAddress: {d.address('sg')}\nHP: {mark('PHONE', d.phone('sg'))}",
        f"NOK: {N(nok)} ({d.pick(['son', 'daughter', 'wife', 'helper'])}) [{mark('PHONE', d.phone('sg'))}]. "
        f"Referred to {d.p('hospital')} for {d.p('eponym')}.",
    ]


@template("en")
def india_opd(d: Draw) -> tuple[str, list[str]]:
    p, father = d.person("indian"), d.person("indian")
    return "record", [
        f"OPD slip | CR No. {mark('MRN', d.mrn())} | UHID:{mark('MRN', 'UH' + d.digits(9))}\n"
        f"Pt: {N(p)} S/o {N(father)}\nAadhaar: {mark('ID', d.aadhaar())}\nMob: {mark('PHONE', d.phone('in'))}",
        f"Address: {d.address('in')}. Complaints {d.p('duration')}, {d.p('lab')}. Adv: {d.p('dose')}.",
    ]


@template("en")
def nhs_referral(d: Draw) -> tuple[str, list[str]]:
    p, gp = d.person(), d.person()
    return "referral", [
        f"Dear Colleague,\nRe: {N(p)}  DOB {d.dob_mark()}  NHS number {mark('ID', d.nhs())}\n{d.address('uk')}",
        f"I would be grateful if you could see {again(p.first)} ({d.p('age')}) with {d.p('eponym')}. "
        f"{d.p('lab')}. Current: {d.p('dose')}.\nYours sincerely\nDr {N(gp)}\n{d.pick(['Elmwood', 'Riverside', 'Castlegate'])} Surgery",
    ]


@template("en")
def australian_ed(d: Draw) -> tuple[str, list[str]]:
    p = d.person()
    nick = NICKNAMES.get(p.first)
    nick_text = f" (prefers {again(nick, p.full)})" if nick else ""
    return "triage", [
        f"ED TRIAGE {d.pick(['0214', '1137', '2258'])} - UR {mark('MRN', d.mrn())}\n{N(p)}{nick_text}, Medicare {mark('ID', d.au_medicare())}",
        f"Triage cat 3. {d.p('bp')}, {d.p('lab')}. Lives at {d.address('au')}, mob {mark('PHONE', d.phone('au'))}.",
    ]


@template("en")
def nickname_family(d: Draw) -> tuple[str, list[str]]:
    while True:
        p = d.person()
        if p.first in NICKNAMES:
            break
    nick = NICKNAMES[p.first]
    son = d.person()
    return "consultation", [
        f"Doctor: How has {N(p)} been since the {d.p('dose')} started?",
        f"Son ({mark('NAME', son.first)}): {again(nick, p.full)} is sleeping better, but {again('Mr ' + p.last)} still forgets doses.",
        f"Doctor: Keep the log. If {again(nick)} gets confused call {mark('PHONE', d.phone(d.pick(['us', 'uk'])))} - "
        f"that's my clinic nurse {N(d.person())}.",
    ]


@template("en")
def split_across_turns(d: Draw) -> tuple[str, list[str]]:
    p = d.person()
    return "chat", [
        f"Patient: my name is {N(p)} and my ssn is",
        f"Patient: {mark('ID', d.ssn())}",
        f"Agent: Thanks {again(p.first)}. And your date of birth?",
        f"Patient: {d.dob_mark()}. Also email me at {d.email(p)} please",
    ]


@template("en")
def hk_discharge(d: Draw) -> tuple[str, list[str]]:
    p = d.person("hk_sg")
    return "record", [
        f"{d.p('hospital')}\nDischarge Note\nName:{N(p, upper=True, last_first=True)} HKID:{mark('ID', d.hkid())}\n"
        f"Address:{d.address('hk')}\nTel:{mark('PHONE', d.phone('hk'))}",
        f"Dx: {d.p('eponym')}. {d.p('lab')}. {d.p('dose')}. Follow up {d.p('dept')} {d.p('visit')}.",
    ]


@template("en")
def multi_party_ward(d: Draw) -> tuple[str, list[str]]:
    a, b, c = d.person(), d.person(), d.person()
    return "handover", [
        f"Bed 4 - {N(a)}, {d.p('age')}, {d.p('eponym')}. Bed 7 - {N(b)} ({mark('MRN', d.mrn())}), {d.p('lab')}.",
        f"{again(b.last)} family want a call: daughter {N(c)} on {mark('PHONE', d.phone(d.pick(['us', 'ca', 'au'])))}.",
        f"Ok. {again(a.first)} for {d.p('dose')} tonight.",
    ]


@template("en")
def dob_shapes(d: Draw) -> tuple[str, list[str]]:
    p = d.person()
    lead = d.pick(["DOB", "D.O.B.", "Date of birth", "dob", "Born", "b."])
    brother = keep(f"born '{d.r.randint(40, 99)}")
    return "record", [f"{N(p)}; {lead} {d.dob_mark()}; {d.p('age')}. Brother {brother}, no DM. {d.p('bp')}."]


@template("en")
def medicaid_fax(d: Draw) -> tuple[str, list[str]]:
    p, case_mgr = d.person(), d.person()
    return "insurance", [
        f"FAX COVER - {d.pick(['CONFIDENTIAL', 'PHI ENCLOSED'])}\nTo: Utilization Review\nFrom: {N(case_mgr)}, RN CM ({d.email(case_mgr)})\n"
        f"Re: {N(p, upper=True)} / Medicaid # {mark('ID', d.medicaid())} / Acct:{mark('MRN', d.mrn())}",
        f"Pages: 4. Requesting home health ({d.p('duration')}) for {d.p('eponym')}. {d.p('lab')}. Callback {mark('PHONE', d.phone('us'))}.",
    ]


@template("en")
def lab_report_header(d: Draw) -> tuple[str, list[str]]:
    p, doc = d.person(), d.person()
    label = d.pick(["Lab No", "Encounter #", "Visit ID", "Episode", "Reg. No.", "IP No.", "Folio"])
    return "lab", [
        f"PATHOLOGY REPORT\nSurname: {mark('NAME', p.last.upper())}   Given: {mark('NAME', p.first)}   Sex: {d.pick('MF')}\n"
        f"{label}: {mark('MRN', d.mrn())}   DOB {d.dob_mark()}\nRequested by: Dr {N(doc)} ({d.p('dept')})",
        f"{d.p('lab')}  {d.p('lab')}  {d.p('lab')}\nComment: consistent with {d.p('eponym')}. Phoned to {again('Dr ' + doc.last)} at "
        f"{d.pick(['0915', '1340', '1702'])}.",
    ]


@template("en")
def sms_reminder(d: Draw) -> tuple[str, list[str]]:
    p, daughter = d.person(), d.person()
    region = d.pick(["uk", "au", "us", "sg"])
    return "sms", [
        f"{mark('PHONE', d.phone(region))}\nHi {mark('NAME', p.first)}, reminder of your appt at {d.p('hospital')} {d.p('dept')} "
        f"on {d.pick(['Thu 3 Dec', 'Mon 7 Dec', 'Fri 11 Dec'])} 10:40. Ref:{mark('MRN', d.mrn())}. Reply Y to confirm.",
        f"Y. this is {again(p.first.lower())}s daughter {mark('NAME', daughter.first.lower())}, she will come with me. "
        f"new number {mark('PHONE', d.phone(region))}",
    ]


@template("en")
def consent_form(d: Draw) -> tuple[str, list[str]]:
    p, witness = d.person(), d.person()
    return "consent", [
        f"CONSENT FOR RELEASE OF INFORMATION\nI, {N(p)}, of {d.address(d.pick(['us', 'ca', 'au', 'uk']))}, date of birth "
        f"{d.dob_mark()}, authorise {d.p('hospital')} to release my records about {d.p('eponym')} to my insurer.",
        f"Signed: {again(p.first[0] + '. ' + p.last)}\nWitness: {N(witness)} (print name)\nWitness e-mail:{d.email(witness)}",
    ]


@template("en")
def telehealth_transcript(d: Draw) -> tuple[str, list[str]]:
    doc, p, carer = d.person(), d.person(), d.person()
    return "telehealth", [
        f"[10:02:14] {mark('NAME', 'Dr. ' + doc.last, [doc.last])}: Can you hear me, {N(p)}?",
        f"[10:02:31] {again(p.first)} {again(p.last)}: yes doc, my {d.pick(['neighbour', 'carer', 'nephew'])} "
        f"{N(carer)} is here too",
        f"[10:03:05] {again('Dr. ' + doc.last)}: Good. Your {d.p('lab')} is up, so we change to {d.p('dose')}. "
        f"Pharmacy will ring {mark('PHONE', d.phone(d.pick(['us', 'ca'])))}.",
        f"[10:04:40] {again(carer.first)}: thanks Dr {again(doc.last)}",
    ]


@template("en")
def vaccination_record(d: Draw) -> tuple[str, list[str]]:
    p = d.person()
    number = d.pick([("NHS No", d.nhs), ("Medicare", d.au_medicare), ("NRIC", d.nric), ("Health card", d.ontario)])
    return "record", [
        f"Immunisation record - {N(p, last_first=True)} - {number[0]}:{mark('ID', number[1]())} - DOB:{d.dob_mark()}\n"
        f"Dose 2 given, {d.p('lot')}, left deltoid. Observed 15 min. Adverse events: nil. Advice: {d.p('helpline')}",
    ]


@template("en")
def workers_comp(d: Draw) -> tuple[str, list[str]]:
    p, adjuster = d.person(), d.person()
    return "insurance", [
        f"Workers' Compensation Board\nClaim #{mark('ID', d.pick(['WC', 'CL']) + d.digits(7))}\nWorker: {N(p)}  SIN/SSN on file: "
        f"{mark('ID', d.ssn())}\nEmployer: {d.pick(['Harbourline Freight', 'Copperleaf Foods', 'Northstar Mining'])}",
        f"Dear {again(p.first)},\nYour claim for absence {d.p('duration')} ({d.p('icd')}) is accepted. Questions: "
        f"{N(adjuster)}, Claims Adjuster, {mark('PHONE', d.phone('ca'))}, {d.email(adjuster)}",
    ]


@template("en")
def portal_message(d: Draw) -> tuple[str, list[str]]:
    p, np_ = d.person(), d.person()
    return "email", [
        f"Patient portal message\nFrom: {N(p)}\nTo: {mark('NAME', np_.first + ' ' + np_.last + ', NP', [np_.first, *default_parts('NAME', np_.last)])}\n\n"
        f"hi, the {d.p('dose')} makes me dizzy. reading this morning {d.p('bp')}. pls call {mark('PHONE', d.phone('us'))}",
        f"Reply from {again(np_.first)}:\nHi {again(p.first)}, halve the dose and book a visit.\n\n> hi, the pharmacy at "
        f"{d.address('us')} has my script",
    ]


# Chinese


@template("zh")
def zh_outpatient(d: Draw) -> tuple[str, list[str]]:
    name, full, given = d.zh_mark()
    return "record", [
        f"门诊病历\n姓名：{name}  性别：{d.pick('男女')}  出生日期：{d.dob_mark(zh=True)}\n"
        f"{d.pick(['门诊号', '就诊卡号', '病案号', '住院号'])}:{mark('MRN', d.digits(10, '0123456789'))}\n身份证号：{mark('ID', d.cn_id())}",
        f"主诉：头晕{d.p('duration', zh=True)}。{d.p('bp', zh=True)}，{d.p('lab', zh=True)}。诊断：{d.p('eponym', zh=True)}。"
        f"处理：{d.p('dose', zh=True)}，{d.p('visit', zh=True)}。",
    ]


@template("zh")
def zh_family_chat(d: Draw) -> tuple[str, list[str]]:
    name, full, given = d.zh_mark()
    sur = surname(full)
    nick = d.pick(["老", "小"]) + sur
    return "chat", [
        f"{mark('NAME', nick)}：{again(given)}的检查结果出来了，{d.p('lab', zh=True)}",
        f"{name}的女儿：谢谢，我们下周去{d.p('hospital', zh=True)}{d.p('dept', zh=True)}复查，电话{mark('PHONE', d.phone('cn'))}",
        f"{again(nick)}：好的，记得带医保卡，医保号{mark('ID', 'Z' + d.digits(11))}。",
    ]


@template("zh")
def zh_address_form(d: Draw) -> tuple[str, list[str]]:
    name, full, given = d.zh_mark()
    contact, cfull, cgiven = d.zh_mark()
    return "record", [
        f"住院登记\n患者：{name}\n现住址：{d.address('zh')}\n联系人：{contact}（{d.pick(['配偶', '儿子', '女儿'])}）{mark('PHONE', d.phone('cn'))}",
        f"入院诊断：{d.p('eponym', zh=True)}；{d.p('lab', zh=True)}。",
    ]


@template("zh")
def zh_wechat_group(d: Draw) -> tuple[str, list[str]]:
    a, af, ag = d.zh_mark()
    b, bf, bg = d.zh_mark()
    return "chat", [
        f"[群聊] {a}：各位，我妈生日是{d.dob_mark(zh=True)}，挂号要填",
        f"[群聊] {b}：邮箱发我 {d.email()} 我帮你填，{d.p('hospital', zh=True)}的号很难抢",
        f"[群聊] {again(ag)}：谢谢{again(bg)}！",
    ]


@template("zh")
def zh_insurance(d: Draw) -> tuple[str, list[str]]:
    name, full, given = d.zh_mark()
    return "insurance", [
        f"理赔申请书\n被保险人：{name}\n身份证：{mark('ID', d.cn_id())}\n保单号：{mark('ID', 'P' + d.digits(12))}\n"
        f"住址：{d.address('zh')}",
        f"申请事由：因{d.p('eponym', zh=True)}住院，费用{d.r.randint(2000, 40000)}.{d.r.randint(10, 99)}元。联系电话：{mark('PHONE', d.phone('cn'))}",
    ]


@template("zh")
def zh_doctor_patient(d: Draw) -> tuple[str, list[str]]:
    name, full, given = d.zh_mark()
    doc, dfull, dgiven = d.zh_mark()
    sur = surname(dfull)
    return "consultation", [
        f"患者：{doc}医生您好，我是{name}，上次您给我开的{d.p('herb', zh=True)}吃完了。",
        f"医生：{again(given)}你好，{d.p('bp', zh=True)}还可以。再开两周，{d.p('visit', zh=True)}。",
        f"患者：好的{again(sur + '医生')}，我的就诊卡号是{mark('MRN', d.digits(9))}。",
    ]


@template("zh")
def zh_dob_sentence(d: Draw) -> tuple[str, list[str]]:
    name, full, given = d.zh_mark()
    return "record", [
        f"{name}，{d.pick(['男', '女'])}，{d.dob_mark(zh=True)}生，{d.p('age', zh=True)}，"
        f"{d.p('lab', zh=True)}，既往{d.p('eponym', zh=True)}。{d.pick(['母亲', '父亲'])}{keep(str(d.r.randint(1940, 1960)) + '年')}生，体健。",
    ]


# mixed zh/en


@template("en", mixed=True)
def mix_hk_clinic(d: Draw) -> tuple[str, list[str]]:
    p = d.person("hk_sg")
    zname, zfull, zgiven = d.zh_mark()
    return "record", [
        f"Patient {N(p, upper=True, last_first=True)} ({zname}) HKID {mark('ID', d.hkid())}, Tel:{mark('PHONE', d.phone('hk'))}",
        f"Dx {d.p('eponym')}，{d.p('dose')}。覆诊 {d.p('visit')}。",
    ]


@template("zh")
def zh_referral(d: Draw) -> tuple[str, list[str]]:
    name, full, given = d.zh_mark()
    doc, dfull, dgiven = d.zh_mark()
    cid = d.cn_id()
    spaced = f"{cid[:6]} {cid[6:14]} {cid[14:]}"
    return "referral", [
        f"转诊单\n患者姓名：{name}（{d.pick(['男', '女'])}）\n身份证号码：{mark('ID', spaced, [cid[:6], cid[6:14], cid[14:]])}\n"
        f"医保卡号：{mark('ID', d.digits(10))}\n转出医生：{doc}",
        f"转入：{d.p('hospital', zh=True)}{d.p('dept', zh=True)}。{d.p('lab', zh=True)}，考虑{d.p('eponym', zh=True)}。"
        f"联系{again(dgiven)}医生：{mark('PHONE', d.phone('cn'))}",
    ]


@template("zh")
def zh_nurse_handover(d: Draw) -> tuple[str, list[str]]:
    a, af, ag = d.zh_mark()
    b, bf, bg = d.zh_mark()
    return "handover", [
        f"交班：{d.r.randint(3, 19)}床{a}，{d.p('eponym', zh=True)}，{d.p('bp', zh=True)}。"
        f"{d.r.randint(20, 40)}床{b}，住院号{mark('MRN', d.digits(7))}，{d.p('lab', zh=True)}。",
        f"接班：收到。{again(surname(bf) + d.pick(['阿姨', '叔叔']))}家属电话多少？",
        f"交班：{mark('PHONE', d.phone('cn'))}，她儿子{d.zh_mark()[0]}接。",
    ]


@template("zh", mixed=True)
def mix_zh_note_en_ids(d: Draw) -> tuple[str, list[str]]:
    name, full, given = d.zh_mark()
    p = d.person()
    return "chat", [
        f"{name}：我在Singapore看的病，医生是{N(p)}，NRIC {mark('ID', d.nric())}",
        f"{again(given)}：他说我是{d.p('eponym', zh=True)}，开了{d.p('dose')}，有问题发email到{d.email(p, 'sgh.com.sg')}",
    ]


@template("en", mixed=True)
def mix_pinyin_record(d: Draw) -> tuple[str, list[str]]:
    full, given = d.zh()
    sur = surname(full)
    return "record", [
        f"Name: {mark('NAME', full, [full, given])} / DOB {d.dob_mark()} / Passport-linked MRN:{mark('MRN', d.mrn())}",
        f"Interpreter used. {d.p('bp')}, {d.p('lab')}. 患者{again(sur + '女士')}要求用中文解释 {d.p('eponym')}.",
    ]


@template("zh", mixed=True)
def mix_email_zh(d: Draw) -> tuple[str, list[str]]:
    name, full, given = d.zh_mark()
    return "email", [
        f"Subject: 复查预约\n{again(given)}您好，\n您的{d.p('lab', zh=True)}，请于{d.p('visit', zh=True)}来{d.p('dept', zh=True)}。\n"
        f"> 原邮件 From: {name} <{d.email()}>\n> 我的电话是{mark('PHONE', d.phone('cn'))}",
    ]


# PHI-free: every value must come back untouched


@template("en", phi=False)
def clean_clinic_note(d: Draw) -> tuple[str, list[str]]:
    return "clean", [
        f"{d.p('age')} with {d.p('eponym')} {d.p('duration')}, reviewed in {d.p('dept')} at {d.p('hospital')}. "
        f"{d.p('bp')}, {d.p('lab')}, {d.p('lab')}. Plan: {d.p('dose')}; {d.p('visit')}. {d.p('icd')}.",
    ]


@template("en", phi=False)
def clean_pharmacy(d: Draw) -> tuple[str, list[str]]:
    return "clean", [
        f"PHARMACY NOTE: recall of {d.p('lot')} - check stock. Patient asked whether {d.p('lookalike')} interacts "
        f"with {d.p('dose')}; advised to avoid. Out of hours: {d.p('helpline')}.",
        f"Also supplied {d.p('dose')}. {d.p('lab')} noted on the last {d.p('dept')} letter.",
    ]


@template("en", phi=False)
def clean_teaching(d: Draw) -> tuple[str, list[str]]:
    return "clean", [
        f"Q: How do you tell {d.p('eponym')} from {d.p('eponym')}?",
        f"A: History first. In a {d.p('age')} {d.p('duration')} think of both; {d.p('lab')} and {d.p('bp')} help. "
        f"Refer to {d.p('hospital')} if unsure. Code as {d.p('icd')}.",
    ]


@template("en", phi=False)
def clean_csv(d: Draw) -> tuple[str, list[str]]:
    rows = ["visit,age,dx,icd,result"]
    for _ in range(3):
        rows.append(f"{d.p('visit')},{d.p('age')},{d.p('eponym')},{d.p('icd')},{d.p('lab')}")
    return "clean", ["\n".join(rows)]


@template("en", phi=False)
def clean_year_only(d: Draw) -> tuple[str, list[str]]:
    year = d.r.randint(1941, 1999)
    born = d.pick([f"born '{year % 100:02d}", f"born in {year}", f"b. {year}", f"year of birth {year}"])
    return "clean", [
        f"Anonymised case: {keep(born)}, {d.p('eponym')} diagnosed {d.p('duration')}. {d.p('lab')}. "
        f"Transferred to {d.p('hospital')} ({d.p('dept')}). {d.p('dose')}.",
    ]


@template("en", phi=False)
def clean_dictation(d: Draw) -> tuple[str, list[str]]:
    return "clean", [
        f"dictation continues period {d.p('bp')} period {d.p('lab')} period impression {d.p('eponym')} period new paragraph "
        f"plan {d.p('dose')} comma review {d.p('visit')} period if worse call {d.p('helpline')} period",
    ]


@template("zh", phi=False)
def clean_zh_note(d: Draw) -> tuple[str, list[str]]:
    return "clean", [
        f"患者{d.p('age', zh=True)}，{d.p('eponym', zh=True)}病史{d.p('duration', zh=True)}，于{d.p('hospital', zh=True)}"
        f"{d.p('dept', zh=True)}就诊。{d.p('bp', zh=True)}，{d.p('lab', zh=True)}。予{d.p('dose', zh=True)}，{d.p('visit', zh=True)}。",
    ]


@template("zh", phi=False)
def clean_zh_herbs(d: Draw) -> tuple[str, list[str]]:
    return "clean", [
        f"问：{d.p('herb', zh=True)}和{d.p('herb', zh=True)}能一起吃吗？",
        f"答：可以，但{d.p('dose', zh=True)}期间注意{d.p('lab', zh=True)}的变化。药品{d.p('lot', zh=True)}。不适拨打{d.p('helpline', zh=True)}。",
    ]


@template("zh", phi=False)
def clean_zh_icd(d: Draw) -> tuple[str, list[str]]:
    return "clean", [
        f"出院诊断：{d.p('eponym', zh=True)}（{d.p('icd', zh=True)}）。{d.p('lab', zh=True)}，{d.p('lab', zh=True)}。"
        f"出院带药：{d.p('herb', zh=True)}、{d.p('dose', zh=True)}。",
    ]


@template("en", phi=False, mixed=True)
def clean_mix_en(d: Draw) -> tuple[str, list[str]]:
    return "clean", [
        f"Follow-up at {d.p('hospital')}：{d.p('eponym')}，{d.p('dose')}，{d.p('lab')}。复诊 {d.p('visit')}。",
    ]


@template("zh", phi=False, mixed=True)
def clean_mix_zh(d: Draw) -> tuple[str, list[str]]:
    return "clean", [
        f"{d.p('hospital', zh=True)} Endocrinology：{d.p('eponym', zh=True)}，TSH偏高，{d.p('dose')}，{d.p('helpline', zh=True)}。",
    ]


@template("en", phi=False)
def clean_hl7_obx(d: Draw) -> tuple[str, list[str]]:
    return "clean", [
        f"OBX|1|ST|LAB^{d.pick(['HBA1C', 'TSH', 'NA'])}||{d.p('lab')}|||H\nOBX|2|ST|DX||{d.p('eponym')}\nOBX|3|ST|ICD||{d.p('icd')}\n"
        f"NTE|1||{d.p('lot')}; {d.p('helpline')}",
    ]


@template("en", phi=False)
def clean_discharge_caps(d: Draw) -> tuple[str, list[str]]:
    return "clean", [
        f"DISCHARGE MEDICATIONS\n{d.p('dose')}\n{d.p('dose')}\nFOLLOW-UP: {d.p('dept')}, {d.p('hospital')}, {d.p('visit')}\n"
        f"DIAGNOSES: {d.p('eponym')} ({d.p('icd')}); {d.p('lookalike')} noted",
    ]


# ---------------------------------------------------------------- main

SHARES = {
    ("en", True, False): 170,
    ("en", False, False): 40,
    ("zh", True, False): 70,
    ("zh", False, False): 18,
    ("en", True, True): 22,
    ("zh", True, True): 18,
    ("en", False, True): 6,
    ("zh", False, True): 6,
}


def main() -> None:
    write_set(
        SetRecipe(
            out=OUT,
            prefix="dev4",
            seed=SEED,
            shares=SHARES,
            templates=template,
            draw=Draw,
            default_parts=default_parts,
        )
    )


if __name__ == "__main__":
    main()
