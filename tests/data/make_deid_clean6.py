"""Write tests/data/deid_clean6.jsonl: PHI-free clinical text that a scrubber must leave alone.

Why it exists: issue 10 asks that PHI-free clinical text stays untouched (at most 5% of such texts
changed at all) and that doses, blood pressures, lab values, visit dates, ages, durations, ICD
codes, drug, hospital and department names are never replaced. On held-out sets the scrubber
changed more than that; this set gives new development data to find the causes. It was written
blind: its writer read neither the scrubber, its tests, bench/deid.py beyond its docstring, nor the
held-out sets or their generators; only the top of make_deid_dev5.py (its docstring and constants),
for the JSONL format.
It imports nothing from the other make_deid_* modules. Development data: tuning on it is allowed.

What it holds: 400 conversations of 1-5 turns (about 55% Chinese, 10% mixed Chinese/English
with `source` starting with "mix_" and `lang` the dominant script, 35% English), every row `style`
"clean" with no spans. They come from 78 template families (`source`, the generating function):
consultations and online Q&A with role labels (患者：/医生：/家属：, Doctor:/Patient:/Nurse:/
Pharmacist:), discharge summaries, nursing handovers by
bed number, ward rounds, pharmacy counselling, TCM prescriptions whose herbs read like people
(徐长卿, 刘寄奴, 王不留行, 何首乌, 白头翁), lab and imaging reports with reference ranges, analyser
models and reagent lot numbers, guideline summaries, leaflets, vaccination schedules, billing text,
triage protocols, public helplines (120, 12320, 911, NHS 111, poison control), hospital and
department names, eponyms and scores (Glasgow Coma Scale, Child-Pugh, 川崎病, 桥本甲状腺炎, Graves,
Bell's palsy), historical physicians (张仲景, 华佗, Hippocrates, Osler), brand names (Tylenol,
泰诺林, 拜新同), words that begin with a surname character (高热, 黄疸, 白细胞, 周一, 金黄色葡萄球菌),
Chinese words that could be given names (建国后, 平安, 国庆, 春节), English words that are also
names (will, Grace, hope, bill, mark, frank, rose, May, June) and number shapes that are not
identifiers (1-0-1, 08:00-20:00, 140/90mmHg, lot numbers).

Marks: ⟪value⟫ in a template is a clinical value that must survive untouched; the marks are
stripped and the values listed in `protect` (each checked to occur in the turns).

Checks (`check_row`, run on every row; the script fails rather than write a bad row): 1-5 turns of
40-600 characters each, no mark left, every protected value present and more than a bare 1-3 digit
number, no row or first turn repeated, and none of the forbidden patterns in `FORBIDDEN` anywhere
(Chinese mobile and landline shapes, US/UK phones, runs of 9+ digits and SSN/NHS shapes, e-mail and
@handles, record or ID labels followed by digits, date-of-birth words, a title before a capitalised
word, name and signature labels, a common surname before a title or kin word, 老/小/阿 + surname,
common English given names before a capitalised word, street and compound addresses and UK
postcodes, ages over 89). Public helplines (1-800-222-1222, 116 123), hospitals and the historical
figures the texts name are set aside first. Before drawing, each forbidden pattern must fire on its
example in `FORBIDDEN_EXAMPLES`, so a clean result cannot come from a broken pattern. Texts within a
family pair their turns (a complaint and the answer to it, a diagnosis with its labs, drugs and
department), so the values are plausible together. Deterministic: the same seed writes the same bytes.

    .venv/bin/python tests/data/make_deid_clean6.py
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

OUT = Path(__file__).with_name("deid_clean6.jsonl")
SEED = 6_2026_1130
TOTAL = 400
SHARE = {"zh": 0.55, "mix": 0.10, "en": 0.35}
MARK = re.compile(r"⟪([^⟪⟫]*)⟫")
CJK = re.compile(r"[\u4e00-\u9fff]")

Family = Callable[[random.Random], list[str]]


def p(value: str) -> str:
    """Mark a clinical value that must survive the scrubber untouched."""
    return f"⟪{value}⟫"


# ---------------------------------------------------------------- value pools (Chinese)

ZH_DRUGS = [
    ("阿托伐他汀钙片", "20mg", "每晚一次"),
    ("苯磺酸氨氯地平片", "5mg", "每日一次"),
    ("二甲双胍缓释片", "0.5g", "每日两次，随餐"),
    ("硝苯地平控释片（拜新同）", "30mg", "每日一次"),
    ("缬沙坦胶囊", "80mg", "qd"),
    ("阿司匹林肠溶片", "100mg", "每日一次"),
    ("硫酸氢氯吡格雷片", "75mg", "qd"),
    ("左甲状腺素钠片（优甲乐）", "50μg", "晨起空腹"),
    ("奥美拉唑肠溶胶囊", "20mg", "bid"),
    ("头孢呋辛酯片", "0.25g", "每日两次"),
    ("阿莫西林胶囊", "0.5g", "tid"),
    ("对乙酰氨基酚片（泰诺林）", "0.5g", "必要时，间隔不少于4小时"),
    ("甲钴胺片", "0.5mg", "tid"),
    ("呋塞米片", "20mg", "qd"),
    ("螺内酯片", "20mg", "qd"),
    ("甘精胰岛素", "12U", "睡前皮下注射"),
    ("华法林钠片", "2.5mg", "每日一次"),
    ("盐酸坦索罗辛缓释胶囊", "0.2mg", "qn"),
    ("孟鲁司特钠片", "10mg", "每晚一次"),
    ("琥珀酸美托洛尔缓释片（倍他乐克）", "47.5mg", "qd"),
    ("瑞舒伐他汀钙片", "10mg", "qn"),
    ("达格列净片", "10mg", "qd"),
    ("磷酸奥司他韦胶囊", "75mg", "bid，疗程5天"),
    ("氯化钾缓释片", "1g", "tid"),
    ("非布司他片", "40mg", "qd"),
    ("沙库巴曲缬沙坦钠片", "50mg", "bid"),
]
ZH_LABS = [
    ("空腹血糖", "7.8mmol/L", "3.9-6.1"),
    ("糖化血红蛋白", "7.2%", "4.0-6.0%"),
    ("血钾", "3.1mmol/L", "3.5-5.3"),
    ("血钠", "132mmol/L", "137-147"),
    ("肌酐", "112μmol/L", "57-111"),
    ("尿酸", "486μmol/L", "208-428"),
    ("低密度脂蛋白胆固醇", "3.9mmol/L", "<3.4"),
    ("谷丙转氨酶", "68U/L", "9-50"),
    ("白细胞", "12.6×10^9/L", "3.5-9.5"),
    ("血红蛋白", "92g/L", "130-175"),
    ("血小板", "86×10^9/L", "125-350"),
    ("C反应蛋白", "36mg/L", "0-10"),
    ("促甲状腺激素", "6.8mIU/L", "0.27-4.2"),
    ("总胆红素", "38μmol/L", "3.4-20.5"),
    ("D-二聚体", "1.2mg/L FEU", "<0.5"),
    ("高敏肌钙蛋白I", "0.08ng/mL", "<0.04"),
    ("国际标准化比值", "2.4", "0.8-1.2"),
    ("甘油三酯", "2.6mmol/L", "<1.7"),
]
ZH_HOSPITALS = [
    "北京协和医院",
    "中山大学附属第一医院",
    "复旦大学附属华山医院",
    "四川大学华西医院",
    "上海交通大学医学院附属瑞金医院",
    "首都医科大学附属北京同仁医院",
    "浙江大学医学院附属邵逸夫医院",
    "中南大学湘雅医院",
    "武汉大学人民医院",
    "广东省人民医院",
    "北京大学第三医院",
    "南京鼓楼医院",
    "郑州大学第一附属医院",
    "中国医学科学院阜外医院",
    "首都医科大学附属北京儿童医院",
    "复旦大学附属儿科医院",
    "中国福利会国际和平妇幼保健院",
    "北京中医药大学东直门医院",
    "广东省中医院",
    "上海中医药大学附属龙华医院",
    "中山大学肿瘤防治中心",
    "香港玛丽医院",
]
ZH_GENERAL_HOSPITALS = [
    "北京协和医院",
    "中山大学附属第一医院",
    "四川大学华西医院",
    "中南大学湘雅医院",
    "武汉大学人民医院",
    "郑州大学第一附属医院",
]
ZH_DEPTS = [
    "心血管内科",
    "内分泌科",
    "消化内科",
    "呼吸与危重症医学科",
    "神经内科",
    "肾内科",
    "风湿免疫科",
    "普外科",
    "骨科",
    "泌尿外科",
    "妇产科",
    "儿科",
    "急诊科",
    "皮肤科",
    "眼科",
    "耳鼻咽喉头颈外科",
    "中医科",
    "康复医学科",
    "感染性疾病科",
    "肿瘤内科",
    "全科医学科",
    "老年医学科",
    "临床营养科",
]
ZH_WEEKDAYS = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]

# ---------------------------------------------------------------- value pools (English)

# Lab values in the pools below their reference range (the others are above it), for report flags.
LOW_LABS = {
    "血钾",
    "血钠",
    "血红蛋白",
    "血小板",
    "Potassium",
    "Sodium",
    "eGFR",
    "Haemoglobin",
    "Platelets",
    "TSH",
    "Ferritin",
    "Vitamin D (25-OH)",
}

EN_DRUGS = [
    ("atorvastatin (Lipitor)", "40 mg", "once nightly"),
    ("amlodipine", "5 mg", "once daily"),
    ("metformin", "500 mg", "twice daily with meals"),
    ("lisinopril", "10 mg", "once daily"),
    ("paracetamol", "1 g", "every 6 hours, no more than 4 g in 24 hours"),
    ("acetaminophen (Tylenol)", "650 mg", "every 6 hours as needed"),
    ("ibuprofen (Advil)", "400 mg", "three times a day with food"),
    ("levothyroxine (Synthroid)", "75 mcg", "every morning on an empty stomach"),
    ("apixaban (Eliquis)", "5 mg", "twice daily"),
    ("warfarin", "3 mg", "daily"),
    ("furosemide", "40 mg", "each morning"),
    ("sertraline (Zoloft)", "50 mg", "once daily"),
    ("amoxicillin", "500 mg", "three times daily"),
    ("doxycycline", "100 mg", "twice daily"),
    ("omeprazole", "20 mg", "once daily before breakfast"),
    ("salbutamol inhaler", "100 mcg", "2 puffs when needed"),
    ("insulin glargine (Lantus)", "18 units", "at bedtime"),
    ("prednisolone", "30 mg", "daily"),
    ("clopidogrel (Plavix)", "75 mg", "daily"),
    ("rosuvastatin (Crestor)", "10 mg", "at night"),
    ("semaglutide (Ozempic)", "0.25 mg", "once weekly"),
    ("gabapentin", "300 mg", "at night"),
    ("nitrofurantoin", "100 mg", "twice daily"),
    ("enoxaparin", "40 mg", "subcutaneously once daily"),
    ("bisoprolol", "2.5 mg", "once daily"),
    ("ramipril", "5 mg", "once daily"),
]
EN_LABS = [
    ("HbA1c", "7.2%", "4.0-5.6%"),
    ("Potassium", "3.1 mmol/L", "3.5-5.1"),
    ("Sodium", "131 mmol/L", "135-145"),
    ("Creatinine", "1.4 mg/dL", "0.6-1.2"),
    ("eGFR", "52 mL/min/1.73m2", ">60"),
    ("LDL cholesterol", "4.1 mmol/L", "<3.0"),
    ("ALT", "72 U/L", "7-56"),
    ("WBC", "13.2 x10^9/L", "4.0-11.0"),
    ("Haemoglobin", "98 g/L", "130-170"),
    ("Platelets", "92 x10^9/L", "150-400"),
    ("CRP", "48 mg/L", "<5"),
    ("TSH", "0.02 mIU/L", "0.4-4.0"),
    ("Free T4", "38 pmol/L", "12-22"),
    ("Troponin T (hs)", "52 ng/L", "<14"),
    ("INR", "3.6", "2.0-3.0 on warfarin"),
    ("Ferritin", "9 ug/L", "30-400"),
    ("Vitamin D (25-OH)", "28 nmol/L", "50-125"),
    ("Fasting glucose", "7.4 mmol/L", "3.9-5.5"),
]
EN_HOSPITALS = [
    "Mayo Clinic",
    "Johns Hopkins Hospital",
    "St Thomas' Hospital",
    "Massachusetts General Hospital",
    "Cleveland Clinic",
    "Guy's Hospital",
    "Royal London Hospital",
    "Great Ormond Street Hospital",
    "St Mary's Hospital",
    "Addenbrooke's Hospital",
    "John Radcliffe Hospital",
    "Mount Sinai Hospital",
    "Brigham and Women's Hospital",
    "Royal Prince Alfred Hospital",
    "Toronto General Hospital",
    "Queen Mary Hospital",
    "Prince of Wales Hospital",
    "Cedars-Sinai Medical Center",
    "Charing Cross Hospital",
    "St Bartholomew's Hospital",
    "Boston Children's Hospital",
]
EN_DEPTS = [
    "Cardiology",
    "Endocrinology",
    "Emergency Department",
    "Acute Medical Unit",
    "Rheumatology",
    "Gastroenterology",
    "Paediatrics",
    "Obstetrics and Gynaecology",
    "Dermatology",
    "Ophthalmology",
    "ENT",
    "Orthopaedics",
    "Renal Unit",
    "Hyper-Acute Stroke Unit",
    "Respiratory Medicine",
    "Oncology",
    "Haematology",
    "Elderly Care",
    "Neurology",
    "Urology",
    "Infectious Diseases",
]
EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = [
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


# ---------------------------------------------------------------- value makers


def zh_date(r: random.Random) -> str:
    """A visit date in one of the shapes Chinese records and chats use."""
    y, m, d = r.choice([2025, 2026]), r.randint(1, 12), r.randint(1, 28)
    shapes = [
        f"{y}-{m:02d}-{d:02d}",
        f"{y}年{m}月{d}日",
        f"{m}月{d}日",
        f"{y}.{m}.{d}",
        f"{y}/{m:02d}/{d:02d}",
        f"{m}月{d}号",
    ]
    return r.choice(shapes)


def zh_rel_day(r: random.Random) -> str:
    return r.choice(
        [
            "下周三",
            "下周一上午",
            "两周后",
            "本周五下午",
            "一个月后",
            "三个月后",
            "下个月初",
            "周四上午",
            "春节后第一周",
            "国庆假期后",
        ]
    )


def en_date(r: random.Random) -> str:
    """A visit date in one of the shapes English notes use."""
    y, m, d = r.choice([2025, 2026]), r.randint(1, 12), r.randint(1, 28)
    mon = EN_MONTHS[m - 1]
    shapes = [
        f"{y}-{m:02d}-{d:02d}",
        f"{d} {mon[:3]} {y}",
        f"{mon} {d}",
        f"{m}/{d}",
        f"{d}/{m}/{y}",
        f"{mon} {d}, {y}",
        f"{d}{ordinal(d)} {mon}",
    ]
    return r.choice(shapes)


def ordinal(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def en_rel_day(r: random.Random) -> str:
    return r.choice(
        [
            "next Wednesday",
            "in two weeks",
            "on Monday morning",
            "in 6 weeks",
            "this Friday afternoon",
            "in three months",
            "after the May bank holiday",
            "early June",
            "Thursday at 09:30",
        ]
    )


def bp(r: random.Random, unit: str = "mmHg") -> str:
    s = r.randrange(108, 182, 2)
    d = r.randrange(62, min(s - 30, 108), 2)
    return f"{s}/{d}{unit}"


def zh_age(r: random.Random, lo: int = 18, hi: int = 86) -> str:
    return f"{r.randint(lo, hi)}岁"


def en_age(r: random.Random, lo: int = 18, hi: int = 86) -> str:
    return f"{r.randint(lo, hi)}-year-old"


def zh_dur(r: random.Random) -> str:
    return r.choice(
        ["3天", "5天", "一周", "两周", "10天", "半个月", "1个月", "3个月", "半年", "2年", "十余年", "7-10天", "3-5天"]
    )


def zh_years(r: random.Random) -> str:
    """A duration that fits a chronic illness."""
    return r.choice(["3年", "5年多", "十余年", "8年", "2年", "半年多", "20多年", "六七年"])


def en_years(r: random.Random) -> str:
    return r.choice(["3 years", "five years", "over a decade", "8 years", "18 months", "about 20 years"])


def en_dur(r: random.Random) -> str:
    return r.choice(
        [
            "3 days",
            "5 days",
            "a week",
            "two weeks",
            "10 days",
            "6 weeks",
            "3 months",
            "six months",
            "2 years",
            "over a decade",
            "48 hours",
            "3-5 days",
        ]
    )


def zh_drug(r: random.Random, freq: bool = True) -> str:
    name, dose, how = r.choice(ZH_DRUGS)
    return f"{p(name)}{p(dose)}{('，' + how) if freq else ''}"


def lot(r: random.Random) -> str:
    """A reagent or device lot number: a product identifier, not a person's."""
    return r.choice(
        [
            f"{r.randint(24, 26)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.choice('ABC')}",
            f"L{r.randint(2400, 2612)}-{r.randint(10, 99)}",
            f"{r.randint(100000, 999999)}",
            f"RX{r.randint(1000, 9999)}",
        ]
    )


def hosp_zh(r: random.Random) -> str:
    return p(r.choice(ZH_HOSPITALS))


def dept_zh(r: random.Random, *among: str) -> str:
    """A department, from among the ones that fit the text when it names them."""
    return p(r.choice(among or ZH_DEPTS))


def hosp_en(r: random.Random) -> str:
    return p(r.choice(EN_HOSPITALS))


def dept_en(r: random.Random, *among: str) -> str:
    return p(r.choice(among or EN_DEPTS))


def drug_of(r: random.Random, pool, keys: tuple[str, ...], freq: bool = True, sep: str = "") -> str:
    """A drug from pool whose name holds one of keys, so a plan fits its complaint."""
    name, dose, how = r.choice([row for row in pool if any(k in row[0] for k in keys)])
    gap = " " if pool is EN_DRUGS else ""
    return f"{p(name)}{gap}{p(dose)}" + ((("，" if gap == "" else " ") + how) if freq else "")


ZH_BP_KEYS = ("氨氯地平", "硝苯地平", "缬沙坦", "美托洛尔")


def bp_high(r: random.Random, unit: str = "mmHg") -> str:
    """A reading above the usual 140/90 target."""
    return f"{r.randrange(146, 182, 2)}/{r.randrange(88, 106, 2)}{unit}"


def zh_stay(r: random.Random) -> tuple[str, str, str]:
    """Admission date, discharge date and length of stay that agree with each other."""
    y, m, d = r.choice([2025, 2026]), r.randint(1, 12), r.randint(1, 14)
    days = r.randint(3, 14)
    if r.random() < 0.5:
        return f"{y}-{m:02d}-{d:02d}", f"{y}-{m:02d}-{d + days:02d}", f"{days}天"
    return f"{y}年{m}月{d}日", f"{y}年{m}月{d + days}日", f"{days}天"


def en_stay(r: random.Random) -> tuple[str, str, str]:
    y, m, d = r.choice([2025, 2026]), r.randint(1, 12), r.randint(1, 14)
    days = r.randint(2, 14)
    mon = EN_MONTHS[m - 1][:3]
    if r.random() < 0.5:
        return f"{d} {mon} {y}", f"{d + days} {mon} {y}", f"{days} days"
    return f"{d:02d}/{m:02d}/{y}", f"{d + days:02d}/{m:02d}/{y}", f"{days} days"


ZH_STAYS = [
    (
        "呼吸与危重症医学科",
        "社区获得性肺炎",
        "J18.9",
        "发热伴咳嗽咳痰",
        ["白细胞", "C反应蛋白"],
        ("头孢呋辛", "阿莫西林"),
    ),
    (
        "内分泌科",
        "2型糖尿病伴血糖控制不佳",
        "E11.9",
        "多饮多尿伴乏力",
        ["空腹血糖", "糖化血红蛋白"],
        ("二甲双胍", "达格列净", "甘精胰岛素"),
    ),
    ("心血管内科", "原发性高血压3级", "I10", "头晕头痛", ["血钾", "肌酐"], ZH_BP_KEYS),
    ("心血管内科", "心房颤动", "I48", "心悸胸闷", ["国际标准化比值", "高敏肌钙蛋白I"], ("华法林", "美托洛尔")),
    (
        "心血管内科",
        "慢性心力衰竭急性加重",
        "I50.9",
        "活动后气促伴双下肢水肿",
        ["血钠", "肌酐"],
        ("呋塞米", "螺内酯", "沙库巴曲"),
    ),
    ("风湿免疫科", "急性痛风性关节炎", "M10.9", "右足第一跖趾关节红肿疼痛", ["尿酸", "C反应蛋白"], ("非布司他",)),
    (
        "神经内科",
        "脑梗死",
        "I63.9",
        "左侧肢体无力",
        ["低密度脂蛋白胆固醇", "甘油三酯"],
        ("阿司匹林", "氯吡格雷", "阿托伐他汀"),
    ),
]


def en_labs_named(names: list[str]) -> str:
    ref = {a: b for a, b, _ in EN_LABS}
    return ", ".join(f"{name} {p(ref[name])}" for name in names)


def bp_normal(r: random.Random, unit: str = "mmHg") -> str:
    """A reading inside the usual target."""
    return f"{r.randrange(104, 132, 2)}/{r.randrange(62, 84, 2)}{unit}"


# ---------------------------------------------------------------- Chinese families


def zh_outpatient_htn(r: random.Random) -> list[str]:
    now, add = r.choice([(("氨氯地平", "硝苯地平"), ("缬沙坦", "美托洛尔")), (("缬沙坦",), ("氨氯地平", "硝苯地平"))])
    d1 = drug_of(r, ZH_DRUGS, now)
    t1 = r.choice(
        [
            f"患者：医生您好，我今年{p(zh_age(r, 45, 80))}，高血压{p(zh_years(r))}了，最近早上量血压都在{p(bp_high(r))}左右，头有点胀，平时吃的是{d1}。",
            f"患者：大夫，我上次在{hosp_zh(r)}{dept_zh(r, '心血管内科', '全科医学科', '老年医学科')}看过，说是高血压2级，现在吃{d1}，家里血压计量出来{p(bp_high(r))}，这样算控制住了吗？",
            f"患者：医生，单位体检量了三次血压都是{p(bp_high(r))}，我才{p(zh_age(r, 32, 50))}，家里父母都有高血压，是不是要开始吃药了？",
        ]
    )
    t2 = r.choice(
        [
            f"医生：今天诊室测的是{p(bp_high(r))}，还是偏高，目标是{p('130/80mmHg')}以下。先加上{drug_of(r, ZH_DRUGS, add)}，连续一周早晚各测一次，记下来，{p(zh_rel_day(r))}带记录来复诊。",
            f"医生：确实没达标。平时盐要控制在每天{p('5g')}以内，药物上加用{drug_of(r, ZH_DRUGS, add)}，上次{p('血钾3.1mmol/L')}偏低，这次复查一下血钾和肌酐，{p(zh_date(r))}复诊。",
        ]
    )
    k = r.randrange(3)
    t3 = [
        "患者：好的，那我周一上午来还是周三下午来比较方便？需要空腹抽血吗？平时早上那片药要不要先停？",
        "家属：医生，他平时晚上睡得不好，打鼾很明显，会不会跟血压高有关系？需要做睡眠监测吗？",
        "患者：这个药是不是要吃一辈子？我听说吃久了伤肾，能不能血压正常了就停？邻居说停了也没事。",
    ][k]
    t4 = [
        f"医生：周一、周三上午都有门诊，需要空腹，降压药照常吃，用少量温水送服就行。诊断编码是{p('I10')}，医保可以按慢病报销。",
        f"医生：有可能，打鼾明显要排查阻塞性睡眠呼吸暂停，可以预约{dept_zh(r, '呼吸与危重症医学科', '耳鼻咽喉头颈外科', '神经内科')}的睡眠监测，Epworth嗜睡量表先填一下，平时侧卧睡。",
        f"医生：高血压需要长期管理，血压正常是药物的作用，自行停药容易反弹。长期血压高本身才伤肾，我们每{p('半年')}查一次肾功能和尿微量白蛋白。",
    ][k]
    t5 = "患者：明白了，谢谢医生。我回去每天早晚测血压，记在本子上，下次复诊一起带过来给您看。"
    return [t1, t2, t3, t4, t5][: r.choice([2, 3, 4, 4, 5])]


def zh_online_qa_diabetes(r: random.Random) -> list[str]:
    age = p(zh_age(r, 35, 75))
    k = r.randrange(2)
    t1 = [
        f"问：我爸{age}，查出糖尿病{p(zh_years(r))}，{p('空腹血糖9.6mmol/L')}，{p('糖化血红蛋白8.1%')}，现在吃{drug_of(r, ZH_DRUGS, ('二甲双胍',))}，这个指标是不是控制得不好？要不要打胰岛素？",
        f"网友提问：体检报告{p('空腹血糖7.8mmol/L')}、{p('糖化血红蛋白7.2%')}，我{age}，平时不怎么运动，是不是已经是糖尿病了？需要去医院哪个科？",
    ][k]
    t2 = [
        f"医生回复：您好，糖化血红蛋白反映近{p('2-3个月')}的平均血糖，一般控制目标在{p('7%')}以下。目前可先在原方案基础上加用{drug_of(r, ZH_DRUGS, ('达格列净',), False)}，建议到{dept_zh(r, '内分泌科')}面诊，暂不一定需要胰岛素。",
        f"医生回复：空腹血糖≥{p('7.0mmol/L')}且糖化≥{p('6.5%')}，按诊断标准可以考虑2型糖尿病（{p('E11.9')}），建议另一天复查并做{p('OGTT')}。挂{dept_zh(r, '内分泌科', '全科医学科')}即可，平时主食定量，每周运动{p('150分钟')}。",
    ][k]
    j = r.randrange(2)
    t3 = [
        "追问：谢谢医生！那平时饮食方面要注意些什么？水果还能吃吗？高血糖会不会影响视力，需要去看眼科吗？",
        "追问：请问复查要空腹多久？早上的降糖药是查完再吃还是照常吃？我一般周末才有时间去医院。",
    ][j]
    t4 = [
        f"医生回复：水果可以放在两餐之间少量吃，如苹果、柚子，每天不超过{p('200g')}。确诊后建议每年查一次眼底，{p('周六上午')}有{dept_zh(r, '内分泌科', '眼科')}专病门诊。",
        f"医生回复：空腹{p('8-12小时')}，抽完血再吃药和早餐。{p('周六上午')}也有门诊，可以先在线上预约{p(zh_rel_day(r))}的号。",
    ][j]
    return [t1, t2, t3, t4][: r.choice([2, 4, 4])]


def zh_discharge_summary(r: random.Random) -> list[str]:
    dept, dx, icd, complaint, labs, drugs = r.choice(ZH_STAYS)
    came, left, stay = zh_stay(r)
    ref = {a: (b, c) for a, b, c in ZH_LABS}
    lab_text = "，".join(f"{name}{p(ref[name][0])}（参考{ref[name][1]}）" for name in labs if name in ref)
    head = (
        f"出院小结\n科室：{p(dept)}  床号：{r.randint(1, 48)}床\n入院日期：{p(came)}  出院日期：{p(left)}  "
        f"住院天数：{p(stay)}\n出院诊断：{dx}（{p(icd)}）"
    )
    body = r.choice(
        [
            f"入院情况：患者{p(zh_age(r, 40, 86))}，因“{complaint}{p(zh_dur(r))}”入院，查体血压{p(bp(r))}，{lab_text}。",
            f"诊疗经过：入院后完善相关检查，{lab_text}，予{drug_of(r, ZH_DRUGS, drugs)}及对症支持治疗，{complaint}明显好转。",
        ]
    )
    plan = r.choice(
        [
            f"出院医嘱：1. 继续{drug_of(r, ZH_DRUGS, drugs)}；2. 低盐低脂饮食，监测血压；3. {p(zh_rel_day(r))}于{p(dept)}门诊复诊，复查血常规、肝肾功能；4. 如症状加重，及时拨打120或到急诊就诊。",
            f"出院医嘱：{drug_of(r, ZH_DRUGS, drugs)}。{p(zh_rel_day(r))}复查，周一至周五上午{p('08:00-12:00')}为专科门诊时间。不适随诊。",
        ]
    )
    return [f"{head}\n{body}", plan]


def zh_nursing_handover(r: random.Random) -> list[str]:
    beds = r.sample(range(1, 45), 3)
    rows = [
        f"{beds[0]}床，{p(zh_age(r, 60, 88))}，{r.choice(['脑梗死恢复期', '肺部感染', '心衰'])}，夜间血压{p(bp(r))}，已遵医嘱予{zh_drug(r, False)}口服，Braden评分{p('12分')}，每2小时翻身一次，骶尾部皮肤完好。",
        f"{beds[1]}床，术后第{r.randint(1, 5)}天，体温最高{p('38.6℃')}，高热时予物理降温，{p('23:40')}复测{p('37.8℃')}；引流液淡红色约{p('30ml')}，明早空腹抽血复查血常规、凝血功能。",
        f"{beds[2]}床，糖尿病，睡前血糖{p('11.2mmol/L')}，已皮下注射{p('甘精胰岛素')}{p('12U')}；{p('03:00')}复测{p('6.4mmol/L')}，无心慌出汗。安静入睡，Morse跌倒评分{p('45分')}，床栏已拉起。",
    ]
    r.shuffle(rows)
    head = r.choice(["夜班交班报告（" + ZH_DEPTS[r.randrange(len(ZH_DEPTS))] + "）", "护理交接班记录", "白班交夜班："])
    return [
        f"{head}\n" + "\n".join(rows[:2]),
        rows[2] + r.choice(["\n其余患者病情平稳，无特殊。", "\n今日新入2人，出院3人，危重1人。"]),
    ]


def zh_ward_round(r: random.Random) -> list[str]:
    k = r.randrange(3)
    t1 = [
        f"上级医师查房：患者{p(zh_age(r, 50, 88))}，肺部感染入院第{r.randint(2, 6)}天，仍有高热，最高{p('39.1℃')}，{p('白细胞14.8×10^9/L')}，{p('C反应蛋白86mg/L')}。",
        f"主任查房记录：患者{p(zh_age(r, 40, 80))}，{p('克罗恩病')}活动期，今日腹痛较前减轻，大便{p('3-4次/日')}，血压{p(bp(r))}，{p('C反应蛋白21mg/L')}，较前明显下降。",
        f"主任查房记录：患者{p(zh_age(r, 55, 85))}，{p('吉兰-巴雷综合征')}，四肢肌力{p('3级')}，今日无呼吸困难，肺活量{p('2.1L')}，{p('NIHSS评分')}不适用，已完成{p('Barthel指数')}评估。",
    ][k]
    t2 = [
        f"分析：高热{p('3天')}，考虑细菌感染可能大，完善血培养后改用{p('头孢曲松')}{p('2g')}每日一次，疗程{p('7-10天')}。常规监测肝肾功能，若{p('48-72小时')}体温不退再调整方案，请{dept_zh(r, '感染性疾病科', '呼吸与危重症医学科')}会诊。",
        f"查房意见：1. 继续{p('美沙拉秦')}{p('1g')}每日四次；2. 复查粪钙卫蛋白；3. 请{p('临床营养科')}会诊，肠内营养；4. 向家属交代病情，平时饮食以少渣为主。",
        f"查房意见：继续静脉丙种球蛋白{p('0.4g/kg/d')}，共{p('5天')}；每日{p('2次')}监测肺活量，低于{p('1L')}转{p('重症医学科')}；早期康复介入。",
    ][k]
    return [t1, t2]


def zh_pharmacy_counsel(r: random.Random) -> list[str]:
    name, dose, how = r.choice(ZH_DRUGS)
    t1 = r.choice(
        [
            f"药师：您好，这是您今天开的{p(name)}，每次{p(dose)}，{how}。服药期间不要自行停药，如果漏服，想起来时距下次服药超过一半时间就补上。",
            f"药师：这盒{p(name)}规格是{p(dose)}，按医嘱{how}。请放在阴凉干燥处，避免儿童接触，开封后注意有效期。",
        ]
    )
    k = r.randrange(2)
    t2 = [
        "患者：我平时还在吃一些保健品，比如鱼油、钙片，会不会有相互作用？饭前吃还是饭后吃比较好？",
        "家属：老人家记性不好，经常忘记吃药，有没有什么办法？早上那种小药片太大了，能掰开吃吗？",
    ][k]
    t3 = [
        f"药师：钙片和这个药最好间隔{p('2小时')}以上；鱼油一般问题不大，但如果同时吃{p('华法林')}要告诉医生。饭前饭后按说明书，这个药{r.choice(['饭后吃可以减少胃部不适', '空腹吃吸收更好'])}。",
        f"药师：缓释或控释剂型不能掰开，普通片可以。可以用一周的分药盒，按1-0-1分好，再设个闹钟提醒；有疑问可以{p('周一至周五')}来药学门诊。",
    ][k]
    return [t1, t2, t3]


TCM_PATTERNS = [
    (
        "痹证",
        "气血亏虚",
        "益气养血，祛风通络",
        ["黄芪", "当归", "鸡血藤", "徐长卿", "刘寄奴", "牛膝", "杜仲", "续断", "桂枝"],
    ),
    (
        "不寐",
        "心脾两虚",
        "健脾养心，安神",
        ["党参", "白术", "茯苓", "酸枣仁", "远志", "合欢皮", "当归", "炙甘草", "石菖蒲"],
    ),
    (
        "胃脘痛",
        "肝胃不和",
        "疏肝和胃，理气止痛",
        ["柴胡", "白芍", "香附", "陈皮", "法半夏", "木香", "郁金", "高良姜", "炙甘草"],
    ),
    (
        "咳嗽",
        "风热犯肺",
        "疏风清热，宣肺止咳",
        ["桑叶", "菊花", "金银花", "连翘", "黄芩", "荆芥", "防风", "法半夏", "炙甘草"],
    ),
    ("眩晕", "肝阳上亢", "平肝潜阳", ["天麻", "钩藤", "石决明", "牛膝", "杜仲", "黄芩", "益母草", "夏枯草", "茯苓"]),
    ("缺乳", "气血不足", "补气养血，通乳", ["黄芪", "当归", "党参", "王不留行", "白术", "茯苓", "炙甘草", "香附"]),
    ("热痢", "湿热下注", "清热解毒，凉血止痢", ["白头翁", "黄连", "黄芩", "马齿苋", "白芍", "木香", "炙甘草"]),
    ("须发早白", "肝肾不足", "补益肝肾", ["何首乌", "熟地黄", "枸杞子", "女贞子", "墨旱莲", "当归", "茯苓"]),
]
SPECIAL_PREP = {"石决明": "（先煎）", "钩藤": "（后下）", "砂仁": "（后下）", "薄荷": "（后下）"}


def zh_tcm_prescription(r: random.Random) -> list[str]:
    disease, pattern, method, pool = r.choice(TCM_PATTERNS)
    herbs = r.sample(pool, r.randint(6, len(pool)))
    lines = "　".join(
        f"{p(h)}{p(r.choice(['6g', '9g', '10g', '12g', '15g', '20g', '30g'] if h not in ('黄连', '炙甘草', '远志') else ['3g', '6g']))}"
        + SPECIAL_PREP.get(h, "")
        for h in herbs
    )
    head = r.choice(
        [
            f"中药处方（{dept_zh(r, '中医科')}）\n诊断：{disease}　{pattern}\n治法：{method}\n处方：",
            f"处方笺　{p(r.choice(ZH_TCM_HOSPITALS))}　{p(r.choice(['中医内科', '针灸推拿科', '中医妇科', '治未病中心']))}\n辨证：{pattern}，治以{method}。\n方药：",
        ]
    )
    tail = r.choice(
        [
            f"共{p('7剂')}，每日1剂，水煎服，早晚分服。忌辛辣生冷。{p(zh_rel_day(r))}复诊。",
            f"{p('14剂')}，颗粒剂，每日两次冲服。服药期间如有腹泻停服，{p(zh_date(r))}复诊调方。",
        ]
    )
    return [head + lines + "\n" + tail]


def zh_tcm_consult(r: random.Random) -> list[str]:
    k = r.randrange(3)
    t1 = [
        f"患者：大夫，我腰腿疼{p(zh_years(r))}了，阴雨天更重，听说{p('徐长卿')}和{p('刘寄奴')}对风湿痛有效，能不能自己买来泡酒喝？",
        f"患者：我头发掉得厉害，朋友推荐吃{p('何首乌')}，说是张仲景以来就有的方子，长期吃这个安全吗？",
        f"患者：产后第二周，奶水一直少，家里老人让我用{p('王不留行')}炖猪蹄，还说要加{p('通草')}，哺乳期可以这么吃吗？",
    ][k]
    t2 = [
        f"医生：{p('徐长卿')}祛风止痛，{p('刘寄奴')}活血通经，但泡酒不适合所有人，有高血压、肝病的不建议。您舌淡苔白，脉沉细，我给您开{p('独活寄生汤')}加减，先吃{p('7剂')}看看。",
        f"医生：生{p('何首乌')}有肝损伤的报道，《本草纲目》里李时珍记载的多是制首乌。建议先查{p('谷丙转氨酶')}和甲状腺功能，不要自己长期服用，{p(zh_rel_day(r))}带报告来。",
        f"医生：{p('王不留行')}通乳是古方常用，一般{p('9-15g')}，但先要保证按需哺乳、多让宝宝吸吮。如果乳房有红肿热痛要先排除乳腺炎，到{dept_zh(r, '妇产科', '普外科')}看一下。",
    ][k]
    t3 = [
        f"医生：另外华佗创的五禽戏也可以练，每天{p('20-30分钟')}，动作向上伸展时慢一点，平时注意腰部保暖，{p('杜仲')}{p('15g')}可以入方。",
        f"医生：脱发还要看是不是压力大、缺铁，查个{p('铁蛋白')}。饮食清淡，少熬夜，{p('黑芝麻')}、{p('桑椹')}可以日常吃一点，别当药吃。",
        f"医生：饮食清淡但要有营养，汤水别太油。哺乳期用药我会单独把关，{p('当归')}{p('10g')}、{p('黄芪')}{p('15g')}可以少量用。",
    ][k]
    return [t1, t2, t3][: r.choice([2, 3])]


def zh_lab_report(r: random.Random) -> list[str]:
    rows = r.sample(ZH_LABS, r.randint(4, 6))
    table = "\n".join(f"{a}　{p(b)}　{'↓' if a in LOW_LABS else '↑'}　参考区间 {c}" for a, b, c in rows)
    head = r.choice(
        [
            f"{hosp_zh(r)} 检验科 生化检验报告单\n标本类型：血清　送检科室：{dept_zh(r)}　采样时间：{p(zh_date(r))} {p('07:42')}",
            f"检验报告　{dept_zh(r)}\n标本：静脉血　仪器：Cobas c702 全自动生化分析仪　试剂批号：{lot(r)}",
        ]
    )
    foot = r.choice(
        [
            f"\n备注：本结果仅对此标本负责。质控在控，批号{lot(r)}。审核时间{p(r.choice(['10:26', '11:05', '14:48', '16:30']))}。",
            f"\n危急值：{'血钾' if r.random() < 0.5 else '血糖'}结果已于{p('09:15')}电话通知临床科室护士站。",
        ]
    )
    return [f"{head}\n{table}{foot}"]


def zh_imaging_report(r: random.Random) -> list[str]:
    kind, find, concl = r.choice(
        [
            (
                "胸部CT平扫",
                "右肺下叶见斑片状高密度影，边界模糊，纵隔未见肿大淋巴结。双侧胸腔未见积液。",
                "考虑右下肺炎症，建议抗感染治疗后复查。",
            ),
            (
                "头颅MRI平扫+DWI",
                "双侧基底节区见点状长T2信号，DWI未见弥散受限。脑室系统未见扩张，中线结构居中。",
                "双侧基底节区腔隙性缺血灶。",
            ),
            (
                "腹部彩超",
                f"肝脏大小形态正常，实质回声均匀；胆囊壁毛糙，腔内见强回声，后伴声影，大小约{p('8mm')}。",
                "胆囊结石，慢性胆囊炎。",
            ),
            (
                "甲状腺超声",
                f"甲状腺弥漫性增大，回声不均匀，呈网格样改变；右叶见低回声结节，大小约{p('9×7mm')}，边界清，纵横比<1。",
                f"甲状腺弥漫性病变，符合{p('桥本甲状腺炎')}表现；右叶结节，C-TIRADS 3类。",
            ),
            (
                "膝关节MRI",
                "右膝内侧半月板后角见线样高信号达关节面，前交叉韧带连续，关节腔少量积液。",
                "右膝内侧半月板后角撕裂（Ⅲ度）。",
            ),
            (
                "心脏彩超",
                f"左房内径{p('42mm')}，左室射血分数{p('52%')}，二尖瓣轻度反流，冠状动脉起始段未见扩张。",
                f"左房增大，二尖瓣轻度反流；冠状动脉未见{p('川崎病')}相关扩张。",
            ),
        ]
    )
    devices = {
        "CT": ["Siemens SOMATOM Force", "联影uCT 760"],
        "MRI": ["Philips Ingenia 3.0T", "联影uMR 790"],
        "超": ["迈瑞Resona 7", "GE LOGIQ E20"],
    }
    dev = r.choice(next(v for key, v in devices.items() if key in kind))
    return [
        f"{hosp_zh(r)} 影像科\n检查项目：{kind}　设备：{dev}　检查时间：{p(zh_date(r))}\n影像所见：{find}\n印象：{concl}\n建议：结合临床，{p(zh_rel_day(r))}复查。"
    ]


ZH_REFERRALS = [
    ("原发性高血压3级", "I10", "血压控制不佳", ZH_BP_KEYS),
    ("2型糖尿病", "E11.9", "血糖波动大", ("二甲双胍", "甘精胰岛素")),
    ("慢性肾脏病3期", "N18.3", "肌酐进行性升高", ("非布司他", "缬沙坦")),
    ("甲状腺功能减退症", "E03.9", "调整剂量后甲功仍异常", ("左甲状腺素",)),
    ("心房颤动", "I48", "心室率控制差", ("美托洛尔", "华法林")),
]


def zh_guideline_summary(r: random.Random) -> list[str]:
    t = r.choice(
        [
            f"《中国高血压防治指南》要点：一般高血压患者降压目标为{p('<140/90mmHg')}，能耐受者可降至{p('<130/80mmHg')}；{p('65岁')}以上老年人收缩压目标{p('<150mmHg')}。中华医学会心血管病学分会推荐首选长效制剂。",
            f"中华医学会糖尿病学分会指南摘要：2型糖尿病（{p('E11.9')}）{p('HbA1c')}目标一般为{p('<7.0%')}；合并动脉粥样硬化性心血管疾病者优先考虑SGLT2抑制剂或GLP-1受体激动剂，如{p('达格列净')}、{p('司美格鲁肽')}。",
            f"世界卫生组织（WHO）建议：成人每周至少{p('150分钟')}中等强度有氧运动，每日食盐摄入{p('<5g')}。国家卫生健康委员会发布的《健康中国行动》也强调控烟限酒。",
            f"川崎病诊治专家共识：发热≥{p('5天')}并具备主要临床表现中的4项即可诊断；确诊后{p('10天')}内应用静脉丙种球蛋白{p('2g/kg')}，联合{p('阿司匹林')}{p('30-50mg/kg/d')}。发病后{p('2周')}、{p('6-8周')}复查心脏超声。",
        ]
    )
    extra = r.choice(
        [
            "说明：本摘要供基层医务人员学习参考，具体用药请遵医嘱。",
            f"解读来源：{hosp_zh(r)}{dept_zh(r, '全科医学科')}继续教育讲座，周二下午学术活动。",
        ]
    )
    return [t + "\n" + extra]


def zh_education_leaflet(r: random.Random) -> list[str]:
    t = r.choice(
        [
            f"【健康宣教】新生儿黄疸怎么看？\n大多数宝宝在出生后{p('2-3天')}出现生理性黄疸，{p('1-2周')}消退。如果黄疸出现早（{p('24小时')}内）、程度重或退了又来，要及时到{dept_zh(r, '儿科', '新生儿科')}就诊。平时多喂奶、多晒太阳（注意遮挡眼睛）。",
            f"【健康宣教】高热惊厥家长须知\n{p('6个月')}至{p('5岁')}儿童体温快速升高时可能出现抽搐。发生时让孩子侧卧，不要往嘴里塞东西，记录抽搐时间，超过{p('5分钟')}立即拨打120。退热可用{p('布洛芬混悬液')}或{p('对乙酰氨基酚')}，两次用药间隔至少{p('4-6小时')}。",
            f"【健康宣教】痛风患者饮食指导\n血尿酸控制目标{p('<360μmol/L')}。少吃动物内脏、海鲜、浓汤，戒啤酒；每日饮水{p('2000ml')}以上。急性期可遵医嘱服用{p('秋水仙碱')}{p('0.5mg')}。",
            f"【健康宣教】春节期间慢病患者用药提醒\n春节、国庆等长假前请备足{p('2-4周')}药量；聚餐注意少盐少油，血压计、血糖仪随身带。假期门诊安排见医院公众号，急症请拨打120。",
        ]
    )
    return [t + r.choice(["\n本宣教材料由护理部、健康教育科联合编制。", f"\n{hosp_zh(r)}健康教育科 宣"])]


def zh_drug_leaflet(r: random.Random) -> list[str]:
    k = r.randrange(3)
    t = [
        f"【药品名称】通用名称：{p('硝苯地平控释片')}　商品名称：{p('拜新同')}\n【规格】{p('30mg')}\n【用法用量】通常每日一次，每次{p('30mg')}，整片吞服，不可咀嚼或掰开。\n【批准文号】国药准字J20100061　【生产批号】{lot(r)}",
        f"【药品名称】{p('对乙酰氨基酚缓释片')}（{p('泰诺林')}）\n【适应症】用于普通感冒或流行性感冒引起的发热，也用于缓解轻至中度疼痛。\n【用法用量】{p('12岁')}以上儿童及成人，一次{p('1片')}，若持续发热或疼痛，可间隔{p('8小时')}重复用药一次，{p('24小时')}内不超过{p('3片')}。",
        f"【药品名称】{p('左甲状腺素钠片')}\n【用法用量】起始剂量{p('25-50μg')}，每{p('2-4周')}增加{p('25μg')}，早餐前{p('半小时')}空腹服用。\n【注意事项】老年人、冠心病患者应从小剂量开始。与钙剂、铁剂间隔{p('4小时')}。",
    ][k]
    t += r.choice(["\n【贮藏】遮光，密封，在25℃以下保存。", "\n【有效期】24个月。请仔细阅读说明书并在医师指导下使用。"])
    question = [
        "患者：说明书上写不能掰开，可是我吞药片很困难，有没有别的剂型可以换？大便里有时候能看到药片的外壳，正常吗？",
        "家属：孩子10岁，体重32公斤，能不能吃半片？说明书上写12岁以上，小一点的孩子应该用哪种？",
        "患者：我早上还要吃钙片和护胃的药，这个药空腹吃完多久能吃早饭？漏服了一天要不要第二天补上？",
    ][k]
    return [t] + ([question] if r.random() < 0.45 else [])


def zh_vaccination_schedule(r: random.Random) -> list[str]:
    t = r.choice(
        [
            f"国家免疫规划疫苗儿童免疫程序（节选）：乙肝疫苗{p('0、1、6月龄')}各1剂；卡介苗出生时1剂；脊灰疫苗{p('2、3月龄')}灭活疫苗，{p('4月龄')}、{p('4周岁')}减毒活疫苗；百白破疫苗{p('3、4、5月龄')}及{p('18月龄')}；麻腮风疫苗{p('8月龄')}、{p('18月龄')}。",
            f"成人疫苗接种建议：流感疫苗每年秋季接种1剂；{p('50岁')}及以上人群可接种重组带状疱疹疫苗，共{p('2剂')}，间隔{p('2-6个月')}；{p('65岁')}以上老年人建议接种23价肺炎球菌多糖疫苗。",
            f"狂犬病暴露后处置：Ⅱ级暴露立即冲洗伤口{p('15分钟')}，按“5针法”于第{p('0、3、7、14、28天')}接种，或“4针法”（{p('2-1-1')}）。Ⅲ级暴露需加用狂犬病免疫球蛋白{p('20IU/kg')}。",
        ]
    )
    return [
        t
        + r.choice(
            [
                f"\n接种门诊时间：周一至周五{p('08:00-11:30')}，周三下午停诊。",
                "\n接种后留观30分钟，如有不适及时告知医护人员。",
            ]
        )
    ]


def zh_insurance_billing(r: random.Random) -> list[str]:
    t = r.choice(
        [
            f"门诊慢特病报销说明：高血压（{p('I10')}）、2型糖尿病（{p('E11.9')}）等纳入门诊慢特病保障，起付线{p('300元')}，报销比例在职{p('70%')}、退休{p('80%')}，年度限额{p('4000元')}。",
            f"住院费用结算清单（项目汇总）：床位费{p('1,260.00')}元，检查费{p('3,488.50')}元，化验费{p('1,906.00')}元，西药费{p('5,212.36')}元，其中乙类药品自付{p('10%')}。统筹支付{p('8,634.20')}元，个人自付{p('3,232.66')}元。",
            f"异地就医备案须知：参保人可通过国家医保服务平台APP办理备案，备案后在{hosp_zh(r)}等定点医疗机构直接结算。门诊费用需持医保电子凭证。咨询请拨打12393医保服务热线。",
        ]
    )
    return [t]


def zh_triage(r: random.Random) -> list[str]:
    t1 = r.choice(
        [
            f"急诊预检分诊标准：Ⅰ级（濒危）：心跳呼吸骤停、格拉斯哥昏迷评分{p('≤8分')}，立即抢救；Ⅱ级（危重）：收缩压{p('<90mmHg')}或{p('>200mmHg')}，血氧饱和度{p('<90%')}，{p('10分钟')}内处置；Ⅲ级：生命体征稳定但有急症，{p('30分钟')}内就诊。",
            f"发热门诊分诊流程：体温≥{p('37.3℃')}者由预检分诊护士引导至发热门诊，询问有无咳嗽、咽痛，测血氧；高热伴意识改变者直接进入抢救室。儿童患者分诊至{dept_zh(r, '儿科')}。",
            f"胸痛中心分诊要点：胸痛患者到院后{p('10分钟')}内完成首份心电图，{p('20分钟')}内出肌钙蛋白结果；ST段抬高者直接启动导管室，目标门-球时间{p('<90分钟')}。",
            f"卒中绿色通道：突发一侧肢体无力、口角歪斜、言语不清，发病{p('4.5小时')}内到院者优先分诊，{p('NIHSS评分')}后{p('25分钟')}内完成头颅CT，{p('60分钟')}内开始溶栓。",
        ]
    )
    t2 = r.choice(
        [
            f"护士：您好，测一下体温和血压……体温{p(str(r.randint(376, 395) / 10) + '℃')}，血压{p(bp(r))}，血氧{p(str(r.randint(94, 99)) + '%')}。您先挂发热门诊，在2号诊室外等候，叫号后进去。",
            "分诊台：胸痛患者请直接告诉分诊护士，心电图需在到院10分钟内完成；请勿自行离开候诊区，病情变化随时告知。",
            f"护士：阿姨您坐，哪里不舒服？……血压{p(bp_high(r))}，心率{p(str(r.randint(88, 118)) + '次/分')}，我先给您做个心电图，家属去挂号，挂{dept_zh(r, '急诊科')}。",
        ]
    )
    return [t1, t2][: r.choice([1, 2])]


def zh_helpline(r: random.Random) -> list[str]:
    t = r.choice(
        [
            f"问：家里老人突然说话含糊、一侧手脚没力，应该打什么电话？\n答：立即拨打120急救电话，说清楚症状和发病时间。记住“BE FAST”口诀，脑卒中治疗争分夺秒，静脉溶栓时间窗一般为发病{p('4.5小时')}内。",
            f"问：对医院服务不满意或者想咨询政策，打哪个电话？\n答：可以拨打12320卫生健康热线，也可以拨打医院的患者服务中心电话。医保问题拨打12393，药品质量问题拨打12315或12331。工作时间{p('08:30-17:30')}，节假日有人值守。",
            f"温馨提示：误服{p('对乙酰氨基酚')}、{p('华法林')}等药物或农药、化学品时，不要自行催吐，立即拨打120，并带上药品包装就医。心理援助可拨打全国心理援助热线12356，24小时有人接听。",
            f"问：半夜孩子高热{p('39.5℃')}，精神还好，要不要马上去急诊？\n答：精神好、能喝水的可以先在家用{p('布洛芬混悬液')}退热，观察；如果抽搐、嗜睡、呼吸急促，立即拨打120或到最近的{dept_zh(r, '儿科')}急诊。",
        ]
    )
    return [t + r.choice([f"\n（{hosp_zh(r)}急诊科科普）", "\n转发给家里的长辈，关键时刻能救命。"])]


def zh_pediatric_fever(r: random.Random) -> list[str]:
    age = r.choice(["8个月", "1岁半", "3岁", "5岁", "7岁"])
    t1 = r.choice(
        [
            f"家属：医生，孩子{p(age)}，高热{p(r.choice(['两天', '3天', '一天半']))}了，最高{p('39.8℃')}，吃了{p('布洛芬混悬液')}能退下来，但过{p('4-6小时')}又烧起来，精神还可以。",
            f"家属：大夫，孩子{p(age)}，昨天晚上开始发烧，{p('38.9℃')}，喊嗓子疼，不肯吃饭，今天早上吐了一次，用了{p('对乙酰氨基酚')}，现在{p('37.9℃')}。",
            f"家属：孩子{p(age)}，发烧{p(r.choice(['4天', '5天']))}了，一直在{p('38.5-39.5℃')}之间，眼睛有点红，嘴唇也干得裂口子，社区医院让我们来大医院看看。",
        ]
    )
    t2 = r.choice(
        [
            f"医生：我看一下，咽部充血，扁桃体有白色分泌物。查个血常规和C反应蛋白……白细胞{p('15.2×10^9/L')}，中性粒细胞{p('82%')}，CRP{p('45mg/L')}，考虑化脓性扁桃体炎，用{p('阿莫西林')}，按体重{p('每次25mg/kg')}，每日两次，疗程{p('10天')}。",
            f"医生：发热{p('5天')}以上还要注意川崎病，看看眼睛有没有发红、嘴唇有没有干裂、手脚有没有硬肿。今天先查血常规、CRP和心脏超声，必要时收入{dept_zh(r, '儿科')}。",
        ]
    )
    t3 = (
        "家属：好的，那退烧药两种可以交替用吗？晚上如果又烧到39度以上要不要马上来急诊？孩子平时挺安静的，今天有点烦躁。"
    )
    t4 = f"医生：不建议交替使用，选一种按间隔用就行。如果出现精神差、抽搐、呼吸急促或者高热持续超过{p('3天')}，随时来急诊，或拨打120。{p(zh_rel_day(r))}复诊。"
    t5 = "家属：好的，谢谢医生。那我们回家先多喝水、少穿点，体温每4小时量一次，记下来，复诊的时候带过来。"
    return [t1, t2, t3, t4, t5][: r.choice([2, 4, 5])]


def zh_jaundice_newborn(r: random.Random) -> list[str]:
    t1 = r.choice(
        [
            f"家属：宝宝出生第{p(str(r.randint(3, 9)) + '天')}，皮肤和眼白都有点黄，今天测的经皮胆红素是{p(str(r.randint(12, 18)) + '.' + str(r.randint(0, 9)) + 'mg/dL')}，需要照蓝光吗？是母乳喂养。",
            f"家属：医生，孩子{p(r.choice(['10天', '两周', '半个月']))}了，脸和身上还是黄的，吃奶睡觉都挺好，大便是金黄色的，社区医院说可能是母乳性黄疸，需要停母乳吗？",
            f"家属：宝宝出院的时候黄疸值{p(str(r.randint(9, 13)) + 'mg/dL')}，让回家观察，这两天看着更黄了，手心脚心也黄，要不要马上去医院？",
        ]
    )
    t2 = r.choice(
        [
            f"医生：足月儿出生{p('72小时')}后这个数值在光疗线附近，需要抽血测血清总胆红素确认。母乳性黄疸一般不需要停母乳，多喂，每天{p('8-12次')}。明天上午到{dept_zh(r, '儿科', '新生儿科')}复查。",
            f"医生：黄疸程度要抽血确认，如果超过光疗线，先住院蓝光治疗{p('24-48小时')}，期间监测胆红素，查一下血型和G6PD。{hosp_zh(r)}新生儿科有床位，可以转过去。",
        ]
    )
    return [t1, t2]


def zh_thyroid_qa(r: random.Random) -> list[str]:
    k = r.randrange(3)
    t1 = [
        f"问：体检发现甲状腺过氧化物酶抗体{p('>600IU/mL')}，{p('促甲状腺激素' + str(r.randint(52, 89) / 10) + 'mIU/L')}，医生说是桥本甲状腺炎，需要吃药吗？我{p(zh_age(r, 25, 38))}，准备要孩子。",
        f"问：确诊格雷夫斯病{p(r.choice(['半年', '8个月', '1年']))}，一直吃{p('甲巯咪唑')}{p('10mg')}每天一次，最近查{p('FT4 14pmol/L')}，可以减量吗？",
        f"问：我{p(zh_age(r, 40, 65))}，甲状腺功能减退吃{p('左甲状腺素钠片')}{p('50μg')}两年了，最近查{p('TSH 0.08mIU/L')}，医生说药量偏大，为什么会这样？",
    ][k]
    t2 = [
        f"答：备孕女性{p('TSH')}建议控制在{p('2.5mIU/L')}以下，可以在{dept_zh(r, '内分泌科', '妇产科')}医生指导下小剂量补充{p('左甲状腺素钠片')}{p('25μg')}，{p('4-6周')}后复查甲功。桥本甲状腺炎本身很常见，平时不用过度紧张。",
        f"答：甲功正常后可逐渐减量到{p('5mg')}维持，每{p('1-2个月')}复查甲功和血常规，总疗程一般{p('1.5-2年')}。服药期间如出现高热、咽痛要立即查白细胞。",
        f"答：可能是体重下降了，或者最近和钙片、咖啡分开服用后吸收变好了。可以在医生指导下减到{p('37.5μg')}，{p('6周')}后复查，不要自己停药。",
    ][k]
    return [t1, t2]


def zh_neuro_clinic(r: random.Random) -> list[str]:
    k = r.randrange(3)
    t1 = [
        f"患者：医生，我{p(zh_age(r, 58, 82))}，右手静止时抖了{p(zh_years(r))}，写字越写越小，走路有点拖步，扣扣子也慢了。",
        f"家属：我母亲{p(zh_age(r, 65, 85))}，近{p('1年')}记性明显变差，刚说过的事就忘，做饭忘关火，平时还挺安静，会不会是阿尔茨海默病？",
        "患者：今天早上起来发现左边脸动不了，喝水漏水，眼睛闭不紧，是不是中风了？我血压平时还算正常，昨天受了凉。",
    ][k]
    t2 = [
        f"医生：从症状看符合帕金森病（{p('G20')}）的表现，先做头颅MRI排除其他原因，可以试用{p('多巴丝肼片')}{p('62.5mg')}每日三次，{p('2周')}后复诊评估疗效。",
        f"医生：先做简易精神状态检查（MMSE）和MoCA量表，查甲功、维生素B12和头颅MRI。如果诊断阿尔茨海默病，可以用{p('多奈哌齐')}{p('5mg')}睡前服。",
        f"医生：只有面部一侧无力，额纹也消失了，四肢活动正常，更像周围性面瘫，也就是贝尔面瘫（{p('G51.0')}），不是中风。发病{p('72小时')}内可用{p('泼尼松')}{p('30mg')}每日一次，连用{p('5天')}后减量。",
    ][k]
    return [t1, t2]


def zh_referral(r: random.Random) -> list[str]:
    dx, icd, why, drugs = r.choice(ZH_REFERRALS)
    return [
        f"双向转诊单（上转）\n转出单位：社区卫生服务中心全科门诊\n转入单位：{hosp_zh(r)}{dept_zh(r, '心血管内科', '内分泌科', '肾内科', '老年医学科', '全科医学科')}\n初步诊断：{dx}（{p(icd)}）\n"
        f"病情摘要：患者{p(zh_age(r, 40, 86))}，近{p(zh_dur(r))}{why}，血压{p(bp_high(r) if icd == 'I10' else bp(r))}。已予{drug_of(r, ZH_DRUGS, drugs)}。\n"
        f"转诊目的：{r.choice(['明确诊断，调整治疗方案。', '上级医院专科评估，必要时住院。'])}\n转诊日期：{p(zh_date(r))}"
    ]


def zh_appointment_notice(r: random.Random) -> list[str]:
    t = r.choice(
        [
            f"【预约提醒】您已成功预约{hosp_zh(r)}{dept_zh(r)}专家门诊，就诊时间{p(zh_date(r))}（{r.choice(ZH_WEEKDAYS)}）{p('09:00-09:30')}时段。请提前{p('30分钟')}到门诊3楼自助机签到，过号需重新排队。如需取消请提前{p('24小时')}操作。",
            f"【复诊提醒】您在{dept_zh(r)}的复诊时间为{p(zh_rel_day(r))}，请携带既往检查报告及正在服用的药品。周一上午人多，建议预约周三或周五下午。",
            f"【检查预约】增强CT已预约在{p(zh_date(r))} {p('14:20')}，检查前禁食{p('4小时')}，正在服用{p('二甲双胍')}者检查后停药{p('48小时')}。地点：医技楼二楼放射科。",
        ]
    )
    reply = r.choice(
        [
            "回复：收到，谢谢提醒。请问那天如果下大雨来不了，可以在公众号上改约到下周吗？改约要不要另外交费？",
            "回复：好的，我平时吃的降压药和降糖药那天早上还要照常吃吗？需要家属陪同吗？检查完多久能出报告？",
        ]
    )
    return [t] + ([reply] if r.random() < 0.4 else [])


def zh_lab_chat(r: random.Random) -> list[str]:
    k = r.randrange(3)
    t1 = [
        f"患者：医生您帮我看看化验单，{p('谷丙转氨酶' + str(r.randint(58, 96)) + 'U/L')}，{p('甘油三酯' + str(r.randint(21, 38) / 10) + 'mmol/L')}，{p('尿酸' + str(r.randint(440, 520)) + 'μmol/L')}，箭头都是向上的，严重吗？我平时应酬多。",
        f"患者：医生您帮我看看，{p('白细胞12.6×10^9/L')}、{p('C反应蛋白36mg/L')}是向上的箭头，{p('血红蛋白92g/L')}是向下的，我咳嗽{p(r.choice(['一周', '10天', '半个月']))}了，要紧吗？",
        f"患者：单位体检，{p('低密度脂蛋白胆固醇' + str(r.randint(38, 49) / 10) + 'mmol/L')}，{p('总胆固醇' + str(r.randint(60, 72) / 10) + 'mmol/L')}，我才{p(zh_age(r, 30, 45))}，不胖，也要吃降脂药吗？",
    ][k]
    t2 = [
        f"医生：这几项轻度升高，结合您平时喝酒比较多，考虑脂肪肝可能，建议戒酒、控制体重，{p('3个月')}后复查，同时做个腹部B超。不用太担心，但要重视。",
        "医生：白细胞和C反应蛋白升高提示有感染，可以查个胸片。血红蛋白偏低，需要再查铁蛋白，看看是不是缺铁性贫血，平时月经量多不多也要告诉我。",
        f"医生：要看整体风险，有没有高血压、糖尿病、吸烟、早发冠心病家族史。没有的话先饮食运动{p('3-6个月')}再复查；如果{p('LDL-C≥4.9mmol/L')}，直接用{p('阿托伐他汀')}{p('20mg')}。",
    ][k]
    t3 = "患者：明白了，那复查需要挂哪个科？是不是周一人比较多？检查前一天晚上能吃东西吗？"
    return [t1, t2, t3][: r.choice([2, 3])]


def zh_pregnancy(r: random.Random) -> list[str]:
    if r.random() < 0.5:
        t1 = f"孕妇：医生，我现在孕{p(str(r.randint(25, 28)) + '周')}，今天血压{p(bp_normal(r))}，上次产检是{p(zh_date(r))}，糖耐量结果{p('5.3/10.2/8.4mmol/L')}，有一项标了箭头，要紧吗？"
        t2 = f"医生：糖耐量三个值里餐后1小时超过{p('10.0mmol/L')}，可以诊断妊娠期糖尿病（{p('O24.4')}），先饮食运动控制，每天测四次指尖血糖，{p('1-2周')}后到{p('营养门诊')}和{p('产科')}复诊。"
    else:
        t1 = f"孕妇：医生，我现在孕{p(str(r.randint(30, 37)) + '周')}，今天血压{p(bp_high(r))}，有点头晕，脚也肿，早上起来眼皮也是肿的。上次产检是{p(zh_date(r))}，那时候血压还正常。"
        t2 = f"医生：血压超过{p('140/90mmHg')}又有水肿，要排除子痫前期，今天查尿蛋白、肝肾功能和血小板，每天早晚测血压。孕{p('28周')}以后每{p('2周')}产检一次，{p('36周')}后每周一次，头痛眼花要马上来。"
    return [t1, t2]


def zh_postop(r: random.Random) -> list[str]:
    op, dept, drug = r.choice(
        [
            ("腹腔镜胆囊切除术", "普外科", ("头孢呋辛", "对乙酰氨基酚")),
            ("阑尾切除术", "普外科", ("头孢呋辛", "对乙酰氨基酚")),
            ("膝关节置换术", "骨科", ("对乙酰氨基酚",)),
            ("经尿道前列腺电切术", "泌尿外科", ("坦索罗辛",)),
            ("甲状腺右叶切除术", "普外科", ("左甲状腺素",)),
        ]
    )
    t = (
        f"术后医嘱（{p(op)}）：\n1. 术后{p('6小时')}内去枕平卧，{p('6小时')}后可少量饮水；\n2. {drug_of(r, ZH_DRUGS, drug)}；\n"
        f"3. 伤口保持干燥，术后第{p('3天')}换药，第{p('7-10天')}拆线；\n4. 如出现高热、伤口红肿渗液、剧烈疼痛，及时就诊；\n5. {p(zh_rel_day(r))}{p(dept)}门诊复查。"
    )
    return [t]


def zh_infection(r: random.Random) -> list[str]:
    k = r.randrange(2)
    who = f"{r.randint(1, 40)}床，{p(zh_age(r, 40, 88))}，{r.choice(['术后第5天', '入院第3天', '肺部感染', '导管相关感染可疑'])}，"
    t1 = [
        f"会诊记录（{p('感染性疾病科')}）：{who}血培养回报金黄色葡萄球菌（MRSA），对{p('万古霉素')}、{p('利奈唑胺')}敏感，对{p('林可霉素')}、{p('苯唑西林')}耐药。",
        f"会诊记录（{p('感染性疾病科')}）：{who}痰培养铜绿假单胞菌，菌落计数{p('10^7CFU/mL')}，对{p('哌拉西林他唑巴坦')}、{p('美罗培南')}敏感，对{p('左氧氟沙星')}耐药。",
    ][k]
    t2 = [
        f"建议：停用{p('林可霉素')}，改用{p('万古霉素')}{p('1g')}q12h静滴，监测谷浓度目标{p('15-20mg/L')}，疗程至少{p('14天')}；复查血培养，完善心脏超声排除感染性心内膜炎。",
        f"建议：停用{p('左氧氟沙星')}，予{p('哌拉西林他唑巴坦')}{p('4.5g')}q8h，疗程{p('7-14天')}，接触隔离，常规手卫生，复查降钙素原。",
    ][k]
    reply = "主管医生回复：已按会诊意见调整抗生素，明早复查血常规、降钙素原和肝肾功能，结果出来后再请贵科复诊。"
    return [t1 + "\n" + t2] + ([reply] if r.random() < 0.4 else [])


def zh_anticoag(r: random.Random) -> list[str]:
    inside = r.random() < 0.5
    inr = f"{r.randint(20, 29) / 10:.1f}" if inside else f"{r.choice([r.randint(13, 17), r.randint(34, 42)]) / 10:.1f}"
    t1 = r.choice(
        [
            f"患者：这周抽血{p('INR ' + inr)}，现在每天吃{p('华法林')}{p('3mg')}，上次是{p(zh_date(r))}查的{p('INR 2.1')}，需要调整吗？最近吃了不少菠菜。",
            f"患者：我换了机械瓣以后一直吃{p('华法林')}{p('3mg')}，今天指尖血测的{p('INR ' + inr)}，前几天感冒吃了点{p('头孢')}，会不会有影响？",
            f"家属：我爸{p(zh_age(r, 65, 85))}，房颤吃{p('华法林')}{p('3mg')}，社区医院查{p('INR ' + inr)}，刷牙的时候牙龈有点出血，要紧吗？",
        ]
    )
    if inside:
        t2 = f"药师：这次{p('INR ' + inr)}在目标{p('2.0-3.0')}范围内。深绿色蔬菜含维生素K，会让INR降低，不需要忌口，但要保持每天摄入量稳定；换药、加药前先告诉医生。先维持剂量，{p('4周')}后复查。"
    else:
        t2 = f"医生：数值偏离目标{p('2.0-3.0')}，每周总剂量调整{p('10-15%')}，{p('周一、周四')}改为{p('2.25mg' if float(inr) > 3 else '3.75mg')}，其余日子{p('3mg')}，{p('1周')}后复查。{p('CHA2DS2-VASc评分3分')}，抗凝获益明确，不要自行停药。"
    return [t1, t2]


def zh_ckd(r: random.Random) -> list[str]:
    t = r.choice(
        [
            f"肾内科门诊记录：慢性肾脏病3期（{p('N18.3')}），{p('eGFR 45ml/min/1.73m²')}，尿蛋白/肌酐比{p('620mg/g')}，血压{p(bp(r))}。处理：{zh_drug(r)}；低盐优质低蛋白饮食，蛋白质{p('0.6-0.8g/kg/d')}；{p('3个月')}后复查肾功能。",
            f"透析室交班：{r.randint(1, 30)}号机，血液透析{p('4小时')}，超滤{p('2.8L')}，透析前血压{p(bp(r))}，透析后{p(bp(r))}。肝素首剂{p('2000U')}，追加{p('500U/h')}，穿刺点无渗血。",
        ]
    )
    return [t]


def zh_gout(r: random.Random) -> list[str]:
    t1 = r.choice(
        [
            f"患者：大脚趾又红又肿，疼得走不了路，前天晚上喝了啤酒吃了海鲜。去年查{p('尿酸' + str(r.randint(470, 590)) + 'μmol/L')}，一直没吃药。",
            f"患者：我{p(zh_age(r, 30, 70))}，右脚踝突然肿痛{p(r.choice(['一天', '两天', '3天']))}，晚上疼醒，以前也犯过{r.choice(['两次', '三四次'])}，这次特别重，脚背都肿了，穿不上鞋。",
            f"患者：痛风{p(zh_years(r))}了，耳朵边上长了小硬结，最近一个月发作了两次，吃止痛药就好，不发作就不管它，这样行吗？",
        ]
    )
    t2 = r.choice(
        [
            f"医生：典型的痛风急性发作（{p('M10.9')}）。先用{p('秋水仙碱')}首剂{p('1mg')}，{p('1小时')}后再服{p('0.5mg')}，或{p('依托考昔')}{p('120mg')}每日一次，连续{p('5-7天')}。急性期过后{p('2-4周')}开始降尿酸，{p('非布司他')}{p('20mg')}起始。",
            f"医生：急性期先消炎止痛，局部冷敷，抬高患肢。等不痛了再来{dept_zh(r, '风湿免疫科', '内分泌科')}，查肾功能和泌尿系B超，制定长期降尿酸方案，目标{p('<360μmol/L')}，有痛风石的要{p('<300μmol/L')}。",
        ]
    )
    return [t1, t2]


def zh_respiratory(r: random.Random) -> list[str]:
    k = r.randrange(2)
    t1 = [
        f"患者：我有哮喘{p(zh_years(r))}了，最近换季晚上咳醒，用{p('沙美特罗替卡松粉吸入剂')}{p('50/250μg')}每天两次，还是会喘，{r.choice(['一周要用三四次急救药', '夜里要坐起来才舒服'])}。",
        f"患者：我{p(zh_age(r, 50, 80))}，抽烟{p(r.choice(['30年', '40多年', '二十几年']))}，每天一包，最近上楼梯就喘，早上咳白痰，会不会是慢阻肺？要做什么检查？",
    ][k]
    t2 = [
        f"医生：先检查一下吸入方法，很多人吸得不对。可以加用{p('孟鲁司特钠片')}{p('10mg')}每晚一次，查个肺功能和呼出气一氧化氮，{p('4周')}后复诊，急性发作时用{p('沙丁胺醇气雾剂')}。",
        f"医生：要做肺功能，吸入支气管舒张剂后{p('FEV1/FVC<0.70')}就可以诊断慢阻肺。最重要的是戒烟，可以到戒烟门诊，也可以拨打12320戒烟热线。",
    ][k]
    return [t1, t2]


def zh_derm(r: random.Random) -> list[str]:
    k = r.randrange(3)
    t1 = [
        f"网友提问：孩子{p(r.choice(['2岁', '4岁', '6岁']))}，手肘、膝盖后面反复起红疹，很痒，抓破了流水，用过好几种药膏，一停就复发，是湿疹吗？",
        f"网友提问：我{p(zh_age(r, 20, 40))}，脸上长了一片红斑，晒太阳后更明显，还伴有关节疼，需要查什么？会不会是红斑狼疮？",
        f"网友提问：腰上一侧起了一串水疱，疼得像针扎，{p(r.choice(['3天', '两天']))}了，我{p(zh_age(r, 50, 80))}，是不是带状疱疹？听说要抓紧治疗。",
    ][k]
    t2 = [
        f"皮肤科医生回复：符合特应性皮炎（{p('L20.9')}）表现。每天全身涂保湿霜{p('2-3次')}，急性期外用{p('丁酸氢化可的松乳膏')}，每天{p('1-2次')}，连续{p('1-2周')}，再逐渐减少。洗澡水温不超过{p('37℃')}，时间{p('5-10分钟')}。",
        f"皮肤科医生回复：需要查抗核抗体谱、补体、血常规和尿常规，建议到{dept_zh(r, '皮肤科')}和{p('风湿免疫科')}就诊。外出注意防晒，SPF30以上。",
        f"皮肤科医生回复：很像带状疱疹，发疹{p('72小时')}内用抗病毒药效果最好，{p('伐昔洛韦')}{p('1g')}每日三次，疗程{p('7天')}；疼痛明显可加{p('普瑞巴林')}。{p('50岁')}以上愈后可以接种带状疱疹疫苗。",
    ][k]
    return [t1, t2]


def zh_mental_health(r: random.Random) -> list[str]:
    k = r.randrange(3)
    t1 = [
        f"来访者：最近{p(r.choice(['一个多月', '两个月', '半年', '三个月']))}情绪低落，晚上睡不着，早上三四点就醒，对什么都提不起兴趣，工作也做不下去。",
        f"来访者：我{p(zh_age(r, 18, 30))}，在读研究生，这学期总是心慌、手抖，开组会之前特别紧张，晚上脑子停不下来，已经{p(r.choice(['两个多月', '一学期', '三个月']))}了。",
        f"家属：我爱人产后{p(r.choice(['一个月', '六周', '两个月']))}，经常偷偷哭，说自己带不好孩子，也不怎么吃东西，我们很担心，需要看哪个科？",
    ][k]
    t2 = [
        f"医生：PHQ-9评分{p(str(r.randint(12, 19)) + '分')}，属于中度抑郁。建议药物加心理治疗，{p('舍曲林')}起始{p('25mg')}每日一次，一周后加到{p('50mg')}，起效需要{p('2-4周')}，不要自行停药。{p('2周')}后复诊。",
        f"医生：睡眠问题可以先做认知行为治疗，规律作息，睡前{p('1小时')}不看手机。如果出现轻生念头，请立即就医或拨打心理援助热线12356，也可以到最近医院的{dept_zh(r, '急诊科', '精神心理科')}就诊。",
        f"医生：先做个GAD-7和PHQ-9量表，GAD-7评分{p(str(r.randint(10, 16)) + '分')}，提示中度焦虑。可以先做{p('8-12次')}认知行为治疗，配合放松训练，必要时再考虑药物。",
    ][r.choice(([0, 1], [2, 1], [1, 1])[k])]
    return [t1, t2]


def zh_rehab(r: random.Random) -> list[str]:
    t = r.choice(
        [
            f"康复评估：脑梗死后{p(r.choice(['3周', '10天', '1个月']))}，左侧肢体肌力{p(r.choice(['3级', '3+级', '4-级']))}，Barthel指数{p(str(r.randrange(30, 70, 5)) + '分')}，洼田饮水试验{p(r.choice(['2级', '3级']))}。康复计划：PT每日{p('40分钟')}，OT每日{p('30分钟')}，吞咽训练每日两次，{p('2周')}后再评估。",
            f"膝关节置换术后康复：术后第{p('1天')}开始踝泵运动，每小时{p('20次')}；第{p('3天')}屈膝达{p('90°')}；{p('6周')}内避免下蹲。向上爬楼梯时健侧先上，下楼时患侧先下。",
            f"肩周炎康复指导：每天做爬墙练习，手指沿墙面向上爬，每次{p('10-15分钟')}，每日{p('2-3次')}；配合{p('塞来昔布')}{p('200mg')}每日一次，疗程{p('2周')}。{dept_zh(r, '康复医学科', '骨科')}每周三下午有康复门诊。",
        ]
    )
    return [t]


def zh_emergency(r: random.Random) -> list[str]:
    k = r.randrange(2)
    t = [
        f"急诊病历：男，{p(zh_age(r, 30, 80))}，车祸后头痛伴呕吐{p(r.choice(['2小时', '1小时', '半小时']))}。查体：格拉斯哥昏迷评分{p(r.choice(['13分', '14分']))}，血压{p(bp(r))}，双侧瞳孔等大等圆，直径{p('3mm')}，对光反射灵敏。急查头颅CT，请{p('神经外科')}会诊。",
        f"急诊病历：女，{p(zh_age(r, 40, 85))}，胸痛{p(r.choice(['1小时', '40分钟', '2小时']))}，心电图V1-V4导联ST段抬高，{p('高敏肌钙蛋白I 1.86ng/mL')}。予{p('阿司匹林')}{p('300mg')}、{p('替格瑞洛')}{p('180mg')}嚼服，启动胸痛中心绿色通道，D2B时间目标{p('<90分钟')}。",
    ][k]
    follow = [
        f"病程记录：头颅CT示右额叶少量硬膜下出血，厚约{p('4mm')}，中线无移位。神经外科会诊意见保守治疗，收入{p('神经外科')}病房，每{p('1小时')}观察意识瞳孔。",
        f"病程记录：{p('急诊PCI')}术中见前降支近段完全闭塞，植入支架1枚，术后TIMI血流3级，转入{p('心血管内科')}CCU，继续双联抗血小板治疗{p('12个月')}。",
    ][k]
    return [t] + ([follow] if r.random() < 0.5 else [])


def zh_holiday_schedule(r: random.Random) -> list[str]:
    t = r.choice(
        [
            f"关于国庆节期间门诊安排的通知：{p('10月1日-10月7日')}普通门诊停诊，急诊、发热门诊、{p('儿科')}门诊照常开放；{p('10月8日')}起恢复正常。慢病患者请提前备药，平安过节。",
            f"春节门诊安排：除夕至初三{dept_zh(r)}、{dept_zh(r)}专家门诊暂停，急诊24小时开放。春节期间如有胸痛、卒中等急症请拨打120。祝大家新春快乐、平安健康！",
            f"院史一角：建国后{p(r.choice(ZH_GENERAL_HOSPITALS))}在全国率先开展了多项手术，二十世纪五十年代起参与血吸虫病防治，六十年代培养了大批赤脚医生，如今已发展为集医疗、教学、科研于一体的三级甲等综合医院。",
        ]
    )
    return [t]


def zh_nutrition(r: random.Random) -> list[str]:
    h, w = r.randint(150, 178), r.randint(40, 52)
    t = r.choice(
        [
            f"营养科会诊：身高{p(str(h) + 'cm')}，体重{p(str(w) + 'kg')}，BMI{p(f'{w / (h / 100) ** 2:.1f}kg/m²')}，近{p('3个月')}体重下降{p(str(r.randint(4, 8)) + 'kg')}，NRS2002评分{p(str(r.randint(3, 5)) + '分')}，存在营养风险。建议口服营养补充每日{p('400-600kcal')}，蛋白质目标{p('1.2-1.5g/kg/d')}。",
            f"糖尿病饮食建议：每日总热量约{p(str(r.choice([1400, 1600, 1800])) + 'kcal')}，主食粗细搭配，每餐一拳头；蔬菜每天{p('500g')}；可用{p('黄芪')}、{p('枸杞子')}泡茶但不能代替药物。周一至周五上午营养门诊可以做个体化食谱。",
            f"肾病饮食指导：{p('慢性肾脏病3期')}患者每日蛋白质{p('0.6-0.8g/kg')}，其中一半以上为优质蛋白（鸡蛋、牛奶、瘦肉）；血钾{p('>5.5mmol/L')}时少吃香蕉、橙子、土豆；每日盐{p('<5g')}。",
        ]
    )
    return [t]


def zh_history(r: random.Random) -> list[str]:
    tcm = p(r.choice(ZH_TCM_HOSPITALS))
    t = r.choice(
        [
            f"中医药文化讲堂：东汉张仲景著《伤寒杂病论》，被尊为“医圣”，{p('桂枝汤')}、{p('小柴胡汤')}至今常用；华佗发明麻沸散，创五禽戏；明代李时珍历时{p('27年')}完成《本草纲目》，收载药物{p('1892种')}。",
            f"药名趣谈：{p('刘寄奴')}相传得名于南朝宋武帝的小名；{p('徐长卿')}据说以发现者命名；{p('何首乌')}、{p('使君子')}也都带着人名般的传说；{p('白头翁')}则因果实上的白色长毛像老人白发而得名。",
            f"孙思邈《千金要方》提出“大医精诚”；金元四大家中，朱丹溪倡“阳常有余，阴常不足”。现代中医院如{tcm}仍设有名医工作室传承这些学术思想。",
            f"中医药文化讲堂：叶天士《温热论》提出卫气营血辨证，吴鞠通著《温病条辨》，创{p('银翘散')}、{p('桑菊饮')}。今天{tcm}{p('中医科')}治疗风热感冒仍常以此加减。",
            f"科普：东晋葛洪《肘后备急方》记载“青蒿一握，以水二升渍，绞取汁”，现代研究者据此用低温方法提取出{p('青蒿素')}，2015年获得诺贝尔生理学或医学奖。{p('青蒿素')}类药物至今是治疗疟疾的一线用药。",
        ]
    )
    return [t]


def zh_elderly(r: random.Random) -> list[str]:
    t1 = r.choice(
        [
            f"家属：老人{p(zh_age(r, 75, 89))}，平时一个人在家，最近{p('两周')}明显走路不稳，摔了一次，吃的药有{drug_of(r, ZH_DRUGS, ('氨氯地平', '硝苯地平', '美托洛尔'), False)}、{drug_of(r, ZH_DRUGS, ('瑞舒伐他汀', '阿托伐他汀', '二甲双胍'), False)}，还有安眠药。",
            f"家属：我奶奶{p(zh_age(r, 78, 89))}，这半年吃饭越来越少，瘦了{p(str(r.randint(3, 6)) + '公斤')}，起床的时候头晕，一天要吃七八种药，我们都搞不清楚哪些还要吃。",
            f"家属：老爷子{p(zh_age(r, 75, 89))}，晚上起夜三四次，上周夜里去卫生间摔倒了，没骨折，但现在不太敢走路，平时血压{p(bp(r))}左右。",
        ]
    )
    t2 = r.choice(
        [
            f"医生：先做老年综合评估，Morse跌倒评分{p('55分')}，属于高风险。安眠药建议减量，起夜时开小夜灯，卫生间装扶手。血压卧位{p(bp(r))}，立位要再测一次，排除体位性低血压。",
            f"医生：多重用药要梳理，有几种药可以停。建议来{p('老年医学科')}门诊，{p(zh_rel_day(r))}做肌少症和认知筛查。平时可以做坐站训练，一次{p('10-15次')}，逐渐增加。",
        ]
    )
    return [t1, t2]


def zh_sleep_clinic(r: random.Random) -> list[str]:
    t = r.choice(
        [
            f"多导睡眠监测报告：监测时间{p('22:30-06:10')}，总睡眠时间{p(str(r.randint(300, 400)) + '分钟')}，睡眠效率{p(str(r.randint(65, 88)) + '%')}，AHI{p(str(r.randint(16, 58)) + '次/小时')}，最低血氧饱和度{p(str(r.randint(72, 86)) + '%')}。结论：阻塞性睡眠呼吸暂停低通气综合征，建议CPAP治疗，压力{p('8-12cmH2O')}。",
            f"睡眠门诊随访：使用无创呼吸机{p(r.choice(['3个月', '半年', '1年']))}，每晚平均使用{p(str(r.randint(45, 75) / 10) + '小时')}，残余AHI{p(str(r.randint(15, 49) / 10) + '次/小时')}，Epworth嗜睡量表由{p('15分')}降至{p('6分')}。设备型号ResMed AirSense 10，湿化档位3，继续治疗。",
            f"患者咨询：我{p(zh_age(r, 35, 70))}，晚上打呼噜很响，白天开会老犯困，家里人说我睡觉会憋气，需要挂哪个科？\n答复：可以挂{dept_zh(r, '呼吸与危重症医学科', '耳鼻咽喉头颈外科', '神经内科')}或睡眠门诊，做一晚多导睡眠监测，周一至周四晚上{p('21:00')}入室。",
        ]
    )
    return [t]


def zh_ophthalmology(r: random.Random) -> list[str]:
    t1 = r.choice(
        [
            f"患者：我糖尿病{p(zh_years(r))}了，一直用{drug_of(r, ZH_DRUGS, ('二甲双胍', '达格列净', '甘精胰岛素'), False)}，最近{p(r.choice(['两个月', '半年', '一个多月']))}看东西模糊，眼前有黑影飘，需要查什么？会不会失明？",
            f"患者：医生，我{p(zh_age(r, 50, 80))}，有糖尿病，最近右眼看直线是弯的，看报纸中间一块发暗，{p(r.choice(['一周', '半个月', '十来天']))}了，左眼还好。",
            f"家属：我父亲{p(zh_age(r, 60, 85))}，血糖一直控制得不好，{p('糖化血红蛋白9.1%')}，这次体检说眼底有出血，要不要紧？需要打针还是激光？",
        ]
    )
    t2 = (
        f"医生：视力右眼{p(r.choice(['0.4', '0.5', '0.6']))}、左眼{p(r.choice(['0.8', '1.0']))}，眼压{p('16/18mmHg')}。散瞳查眼底见微血管瘤和出血点，考虑糖尿病视网膜病变，做个OCT和眼底荧光造影。"
        f"血糖控制很关键，{p('糖化血红蛋白')}目标{p('<7%')}，{p('3个月')}后复查。"
    )
    return [t1, t2]


# ---------------------------------------------------------------- mixed Chinese/English families


def mix_lab_bilingual(r: random.Random) -> list[str]:
    rows = r.sample(EN_LABS, 4)
    table = "\n".join(f"{a}　{p(b)}　Ref: {c}" for a, b, c in rows)
    return [
        f"检验报告 Laboratory Report　{hosp_zh(r)} International Medical Center\n采样 Collected: {p(zh_date(r))} {p('08:05')}　仪器 Analyzer: Sysmex XN-1000　批号 Lot: {lot(r)}\n{table}\n"
        "备注 Note: 结果异常请结合临床 Please interpret with clinical findings."
    ]


def mix_discharge(r: random.Random) -> list[str]:
    dept, dx, icd, complaint, labs, drugs = r.choice(EN_STAYS)
    came, left, stay = en_stay(r)
    return [
        f"Discharge Summary 出院记录\nDept 科室: {p(dept)}\nAdmitted 入院 {p(came)}, discharged 出院 {p(left)} (LOS {p(stay)})\nDx 诊断: {dx}（{p(icd)}）\n"
        f"Hospital course: 因{complaint}入院，BP {p(bp_normal(r, ' mmHg'))} on discharge，{en_labs_named(labs)}。\n"
        f"Follow-up 随访: {p(zh_rel_day(r))} OPD 复诊，continue {drug_of(r, EN_DRUGS, drugs)}。Call 120 if symptoms recur 症状复发请拨打120。"
    ]


EN_STAYS = [
    (
        "Respiratory Medicine",
        "community-acquired pneumonia",
        "J18.9",
        "发热咳嗽 fever and cough",
        ["WBC", "CRP"],
        ("amoxicillin", "doxycycline"),
    ),
    (
        "Endocrinology",
        "type 2 diabetes, poorly controlled",
        "E11.9",
        "高血糖 hyperglycaemia",
        ["HbA1c", "Fasting glucose"],
        ("metformin", "insulin glargine"),
    ),
    (
        "Cardiology",
        "atrial fibrillation",
        "I48.91",
        "心悸 palpitations",
        ["Potassium", "TSH"],
        ("apixaban", "bisoprolol"),
    ),
    ("Rheumatology", "acute gout", "M10.9", "足趾红肿 a hot swollen toe", ["CRP", "Creatinine"], ("prednisolone",)),
    (
        "Cardiology",
        "heart failure exacerbation",
        "I50.9",
        "气促水肿 breathlessness and oedema",
        ["Sodium", "Creatinine"],
        ("furosemide", "ramipril"),
    ),
    (
        "Acute Medical Unit",
        "urinary tract infection",
        "N39.0",
        "发热尿痛 fever and dysuria",
        ["WBC", "CRP"],
        ("nitrofurantoin",),
    ),
    (
        "Endocrinology",
        "thyrotoxicosis",
        "E05.90",
        "心悸消瘦 palpitations and weight loss",
        ["TSH", "Free T4"],
        ("bisoprolol",),
    ),
]


def mix_online_qa(r: random.Random) -> list[str]:
    k = r.randrange(3)
    t1 = [
        f"患者：医生，我在国外的时候开的是{p('Lipitor')} {p('20mg')}，回国以后药房说没有这个名字，是同一个药吗？LDL现在{p('3.6mmol/L')}。",
        f"患者：体检报告上写着HbA1c {p('6.8%')}，TSH {p('5.9mIU/L')}，还有一个 ALT {p('62U/L')}，这些英文缩写是什么意思啊？",
        f"患者：之前在{hosp_en(r)}做过检查，英文病历上写 'history of Graves' disease, on {p('methimazole')} {p('5 mg')} daily'，现在需要继续吃吗？",
    ][k]
    t2 = [
        f"医生：{p('Lipitor')}就是{p('阿托伐他汀钙片')}，原研药叫{p('立普妥')}，国内有。LDL目标一般是{p('<2.6mmol/L')}，有冠心病的要{p('<1.8mmol/L')}，可以继续{p('20mg')} qn，{p('6-8周')}后复查血脂和肝功能。",
        f"医生：HbA1c是糖化血红蛋白，TSH是促甲状腺激素，ALT是谷丙转氨酶。这几项都轻度异常，建议挂{dept_zh(r, '内分泌科', '全科医学科')}，{p(zh_rel_day(r))}复查。",
        f"医生：Graves' disease就是格雷夫斯病，{p('methimazole')}即{p('甲巯咪唑')}。带上英文病历到{dept_zh(r, '内分泌科')}复查甲功，医生会决定是否继续用药。",
    ][k]
    return [t1, t2]


def mix_international_clinic(r: random.Random) -> list[str]:
    return [
        r.choice(
            [
                f"International Clinic 国际医疗部 appointment confirmed: {p(en_date(r))} {p('10:30')}, {dept_en(r)} 专家门诊, 3F Building B. Please arrive 15 minutes early; 商业保险 direct billing available. 急诊 Emergency: call 120.",
                f"Vaccination record 预防接种记录: Hep B 乙肝疫苗 {p('dose 2')} given {p(zh_date(r))}; Influenza 流感疫苗 {p('0.5 mL')} IM; Hep B dose 3 due 下次接种 {p(r.choice(['in 4 months', 'in 5 months', '4个月后']))}. Lot 批号 {lot(r)}.",
            ]
        )
    ]


def mix_drug_label(r: random.Random) -> list[str]:
    twice = [row for row in ZH_DRUGS if row[2] in ("bid", "每日两次，随餐", "每日两次")]
    zn, zd, zf = r.choice(twice)
    en, ed, ef = r.choice([row for row in EN_DRUGS if "twice" in row[2]])
    which = r.choice([(zn, zd, zf), (en, ed, ef)])
    return [
        f"用药标签 Medication label\n{p(which[0])} {p(which[1])} — {which[2]}\n服药时间 Times: {p('08:00')} / {p('20:00')}（1-0-1）\n"
        f"{r.choice(['饭后服用 Take after food', '整片吞服 Swallow whole', '服药期间忌酒 Avoid alcohol'])}。Qty 数量: {r.choice([14, 28, 56, 60])}\n"
        f"Dispensed by Outpatient Pharmacy 门诊药房, {hosp_zh(r)}. Batch 批号 {lot(r)}, Exp 有效期 {r.randint(2026, 2028)}-{r.randint(1, 12):02d}."
    ]


ZH_TCM_HOSPITALS = [
    "北京中医药大学东直门医院",
    "广东省中医院",
    "上海中医药大学附属龙华医院",
    "中国中医科学院广安门医院",
    "江苏省中医院",
    "成都中医药大学附属医院",
]


def mix_icu_handover(r: random.Random) -> list[str]:
    bed = f"ICU handover 交班 Bed {r.randint(1, 20)}: {p(zh_age(r, 40, 85))}, "
    t = r.choice(
        [
            f"septic shock 感染性休克, MAP {p('65 mmHg')} on norepinephrine 去甲肾上腺素 {p(r.choice(['0.12', '0.08', '0.2']) + ' μg/kg/min')}, "
            f"lactate {p('3.4 mmol/L')}→{p('2.1 mmol/L')}. Vent: SIMV, FiO2 {p('40%')}, PEEP {p('8 cmH2O')}. GCS {p('E2VTM5')}. 抗生素 {p('meropenem')} {p('1 g')} q8h day 3. Plan: wean sedation, 复查血气 at 04:00。",
            f"post CABG day 1 冠脉搭桥术后第1天, extubated at {p('06:30')}, SpO2 {p('96%')} on 4 L O2. Chest drains {p('180 mL')} overnight 引流量. "
            f"K+ {p('4.2 mmol/L')}, Hb {p('98 g/L')}. {p('amiodarone')} {p('900 mg/24h')} for new AF 新发房颤. Plan: mobilise, remove drains if <{p('100 mL')}/8h。",
            f"DKA 糖尿病酮症酸中毒, pH {p('7.12')}→{p('7.28')}, ketones {p('4.8 mmol/L')}→{p('1.1 mmol/L')}. FRIII insulin {p('0.1 units/kg/h')}, glucose {p('11.6 mmol/L')}. "
            f"K+ {p('3.6 mmol/L')}, replacing 补钾. Plan: switch to SC {p('insulin glargine (Lantus)')} when ketones <{p('0.6 mmol/L')} and eating 能进食后改皮下注射。",
        ]
    )
    return [bed + t]


# ---------------------------------------------------------------- English families


def en_gp_consult(r: random.Random) -> list[str]:
    now, add = r.choice(
        [(("amlodipine",), ("lisinopril", "ramipril", "bisoprolol")), (("lisinopril", "ramipril"), ("amlodipine",))]
    )
    t1 = r.choice(
        [
            f"Patient: I'm {p(str(r.randint(40, 80)) + ' years old')} and my home readings have been around {p(bp_high(r, ' mmHg'))} for the last {p(r.choice(['two weeks', 'month', 'few weeks']))}. I take {drug_of(r, EN_DRUGS, now)}. Will I need another tablet?",
            f"Patient: The pharmacy checked my blood pressure and it was {p(bp_high(r, ' mmHg'))}. They said I should see a doctor. I get headaches most mornings and I've been under a lot of stress at work.",
            f"Patient: I've had high blood pressure for {p(en_years(r))} and I'm on {drug_of(r, EN_DRUGS, now)}, and my readings are still high even though I never miss a dose. Do I need a stronger one?",
        ]
    )
    t2 = r.choice(
        [
            f"Doctor: Your clinic reading today is {p(bp_high(r, ' mmHg'))}, so it's still above target, which for you is below {p('140/90 mmHg')}. I'd like to add {drug_of(r, EN_DRUGS, add)} and check your kidney function and potassium in {p('2 weeks')}.",
            f"Doctor: One reading isn't enough to diagnose or adjust for hypertension ({p('I10')}). I'll arrange 24-hour ambulatory monitoring and repeat your bloods: {en_labs_named(['Creatinine', 'Potassium'])} last time. Let's review {p(en_rel_day(r))}.",
        ]
    )
    k = r.randrange(2)
    t3 = [
        "Patient: That's fine. Is there anything I can do myself? I've tried cutting down on salt but I'm not sure how much is too much.",
        "Patient: OK. Should I take it in the morning or at night? And will it interact with the ibuprofen I take for my back?",
    ][k]
    t4 = [
        f"Doctor: Aim for under {p('6 g')} of salt a day, {p('150 minutes')} of moderate exercise a week, and keep alcohol under {p('14 units')}. The British Heart Foundation has a good leaflet; I'll print it for you.",
        f"Doctor: Morning is fine. Regular ibuprofen can raise blood pressure and affect the kidneys, so try {p('paracetamol')} {p('1 g')} up to four times a day instead. Book a review with the practice nurse on Monday.",
    ][k]
    t5 = "Patient: Thanks, that all makes sense. I'll keep a diary of my home readings, morning and evening, and bring it to the next appointment."
    return [t1, t2, t3, t4, t5][: r.choice([2, 4, 4, 5])]


def en_online_qa(r: random.Random) -> list[str]:
    k = r.randrange(2)
    t1 = [
        f"Question: My HbA1c came back at {p('7.2%')} and fasting glucose {p('7.4 mmol/L')}. I'm {p(en_age(r, 35, 70))} and overweight. Does this mean I have diabetes, and will I have to inject insulin?",
        f"Question: I was started on {drug_of(r, EN_DRUGS, ('metformin',))} {p(r.choice(['a week', '10 days', 'two weeks']))} ago and I've had an upset stomach ever since. Is that normal and will it settle?",
    ][k]
    t2 = [
        f"Answer: An HbA1c of {p('6.5%')} or above on two occasions is consistent with type 2 diabetes ({p('E11.9')}). Most people start with lifestyle changes and {p('metformin')} {p('500 mg')} once daily, increased over {p('4 weeks')}; insulin is not usually the first step.",
        f"Answer: Stomach upset is common in the first {p('2-4 weeks')}. Taking it with food often helps, and for metformin a modified-release form is gentler. If it doesn't settle, speak to your GP or pharmacist; don't stop it without advice.",
    ][k]
    t3 = "Follow-up: Thanks, that's really helpful. I'll mention it at my review. Is there a reliable website I can read more on, rather than forums?"
    t4 = "Answer: The NHS website, Diabetes UK and the American Diabetes Association all have clear, free information written for patients. Your practice may also offer a structured education course."
    return [t1, t2, t3, t4][: r.choice([2, 4])]


def en_discharge_summary(r: random.Random) -> list[str]:
    dept, dx, icd, complaint, labs, drugs = r.choice(EN_STAYS)
    complaint = complaint.split(" ", 1)[1]
    came, left, stay = en_stay(r)
    head = (
        f"DISCHARGE SUMMARY\nWard: {p(dept)}, Bed {r.randint(1, 32)}\nAdmitted: {p(came)}  Discharged: {p(left)}  Length of stay: {p(stay)}\n"
        f"Primary diagnosis: {dx} ({p(icd)})"
    )
    body = r.choice(
        [
            f"Presentation: {p(en_age(r, 30, 88))} presented with {p(en_dur(r))} of {complaint}. BP {p(bp(r, ' mmHg'))}, HR {p(str(r.randint(70, 130)) + ' bpm')}. Bloods: {en_labs_named(labs)}.",
            f"Course: Admitted with {complaint}. Treated with {drug_of(r, EN_DRUGS, drugs, False)} and supportive care; {en_labs_named(labs)} on admission, improving by discharge. Mobilising independently.",
        ]
    )
    plan = r.choice(
        [
            f"Medications on discharge: {drug_of(r, EN_DRUGS, drugs)}. GP to recheck U&E in {p('1 week')}. Outpatient clinic {p(en_rel_day(r))}. Advised to call 999 or attend A&E if symptoms recur.",
            f"Follow-up: {p(dept)} clinic {p(en_rel_day(r))}. Continue {drug_of(r, EN_DRUGS, drugs)}. Stop {p('ibuprofen')}. Will need repeat bloods in {p('6 weeks')}.",
        ]
    )
    return [f"{head}\n{body}", plan]


def en_nursing_handover(r: random.Random) -> list[str]:
    beds = r.sample(range(1, 30), 3)
    rows = [
        f"Bed {beds[0]}: {p(en_age(r, 60, 89))} man, day {r.randint(1, 4)} post hip hemiarthroplasty. Obs stable, BP {p(bp(r, ' mmHg'))}. Pain controlled with {p('oxycodone')} {p('5 mg')} PRN, last dose {p('02:00')}. {p('Braden 13')}, 2-hourly turns.",
        f"Bed {beds[1]}: CAP on {p('co-amoxiclav')} {p('1.2 g')} IV tds, spiked to {p('38.4°C')} at {p('22:15')}, cultures sent. {p('NEWS2 5')}, outreach aware. Will review in the morning.",
        f"Bed {beds[2]}: Insulin sliding scale, CBG {p('14.2 mmol/L')} at midnight, {p('8.1 mmol/L')} at {p('04:00')}. Nil by mouth from midnight for OGD. {p('Morse Fall Scale 50')}, bed rails up, settled and quiet.",
    ]
    r.shuffle(rows)
    head = r.choice(
        ["Night to day handover, Bay 2:", "SBAR handover (" + r.choice(EN_DEPTS) + "):", "Handover - side rooms:"]
    )
    return [
        head + "\n" + "\n".join(rows[:2]),
        rows[2]
        + r.choice(
            [
                "\nEveryone else stable. One discharge planned before 11:00.",
                "\nGrace period for the fire-door check ends Friday; estates aware.",
            ]
        ),
    ]


def en_ward_round(r: random.Random) -> list[str]:
    crohns = p("Crohn's disease")
    k = r.randrange(3)
    t1 = [
        f"Consultant ward round: {p(en_age(r, 20, 60))} with {crohns} flare, day {r.randint(2, 6)}. Stool frequency down to {p('4/day')}. BP {p(bp(r, ' mmHg'))}, afebrile. {en_labs_named(['CRP', 'Haemoglobin'])}.",
        f"Post-take ward round: {p(en_age(r, 40, 88))} admitted overnight with {p(r.choice(['2 days', '3 days', '48 hours']))} of vomiting and dizziness. Alert, {p('GCS 15/15')}. {en_labs_named(['Sodium', 'Potassium', 'Creatinine'])}.",
        f"Consultant ward round: {p(en_age(r, 30, 75))} with {p('Guillain-Barré syndrome')}, day {r.randint(2, 6)} of IVIG. Power {p('3/5')} in the legs, FVC {p('2.4 L')}, stable. No autonomic instability overnight.",
    ][k]
    t2 = [
        f"Plan: continue {p('IV hydrocortisone')} {p('100 mg')} qds, VTE prophylaxis with {p('enoxaparin')} {p('40 mg')}. Frank blood in stool overnight - please document and inform the registrar. Will discuss with family at visiting time.",
        f"Impression: dehydration with hyponatraemia and hypokalaemia. Plan: IV fluids with potassium, stop the thiazide, repeat U&E in {p('12 hours')}; refer to {dept_en(r, 'Renal Unit', 'Endocrinology')} if not improving.",
        f"Plan: complete IVIG {p('0.4 g/kg/day')} for {p('5 days')}; FVC twice daily, call ICU if below {p('1.5 L')}; physiotherapy and OT referral; TTO once mobile.",
    ][k]
    return [t1, t2]


def en_pharmacy_counsel(r: random.Random) -> list[str]:
    name, dose, how = r.choice(EN_DRUGS)
    t1 = f"Pharmacist: This is your new prescription: {p(name)}, {p(dose)} {how}. Please follow the label exactly; if it's a regular medicine, take it at the same time each day. Have you taken this medicine before?"
    k = r.randrange(2)
    t2 = [
        "Patient: No, it's new. I already take a few things, including a statin and some vitamins. Is it OK to drink alcohol with it?",
        "Patient: My mum used to take something like this. Will it make me drowsy? I drive for work most days.",
    ][k]
    t3 = [
        f"Pharmacist: A small amount of alcohol is usually fine, but avoid heavy drinking. If you miss a dose, take it when you remember unless it's nearly time for the next one. You can call NHS 111 out of hours, or come back any day {p('09:00-18:00')}.",
        f"Pharmacist: Some people feel dizzy for the first {p('few days')}, so don't drive until you know how it affects you. Keep it out of reach of children; the leaflet in the box has the full list of side effects.",
    ][k]
    return [t1, t2, t3]


def en_lab_report(r: random.Random) -> list[str]:
    rows = r.sample(EN_LABS, r.randint(4, 6))
    table = "\n".join(f"{a:<22}{p(b)}  {'L' if a in LOW_LABS else 'H'}  ({c})" for a, b, c in rows)
    head = r.choice(
        [
            f"{hosp_en(r)} - Department of Clinical Biochemistry\nSpecimen: serum  Collected: {p(en_date(r))} {p('07:55')}  Analyser: Roche cobas 8000",
            f"Pathology report - {dept_en(r)} requesting\nSample: EDTA whole blood  Instrument: Sysmex XN-9000  Reagent lot: {lot(r)}",
        ]
    )
    foot = r.choice(
        [
            f"\nComment: Potassium may be falsely raised by haemolysis; suggest repeat. QC within limits (lot {lot(r)}).",
            f"\nCritical value phoned to the ward at {p('10:40')} and read back.",
        ]
    )
    note = r.choice(
        [
            f"GP note on results: discussed by phone. Repeat in {p('4 weeks')} after stopping the supplement; no change to medication for now. Patient happy with the plan.",
            f"Registrar note: results reviewed on the post-take round. Replace potassium orally, {p('Sando-K')} {p('2 tablets')} three times daily, and recheck U&E tomorrow morning.",
        ]
    )
    return [f"{head}\n{table}{foot}"] + ([note] if r.random() < 0.4 else [])


def en_imaging_report(r: random.Random) -> list[str]:
    exam, find, impr = r.choice(
        [
            (
                "CT pulmonary angiogram",
                f"Filling defects in the right lower lobe segmental arteries. {p('RV/LV ratio 0.9')}. No pleural effusion.",
                "Right lower lobe pulmonary emboli without right heart strain.",
            ),
            (
                "MRI brain with DWI",
                "Small focus of restricted diffusion in the left internal capsule. No haemorrhage. Mild small vessel change.",
                "Acute lacunar infarct, left internal capsule.",
            ),
            (
                "Ultrasound abdomen",
                f"Gallbladder contains multiple calculi, the largest {p('12 mm')}. CBD {p('4 mm')}. Liver normal in size.",
                "Cholelithiasis without cholecystitis.",
            ),
            (
                "X-ray left knee",
                "Joint space narrowing medially with osteophytes. No fracture. Small suprapatellar effusion; a Baker's cyst is not excluded.",
                "Moderate medial compartment osteoarthritis.",
            ),
        ]
    )
    devices = {
        "CT": ["Siemens SOMATOM Force", "GE Revolution CT"],
        "MR": ["Philips Ingenia 3T", "Siemens MAGNETOM Vida"],
        "Ul": ["Canon Aplio i800", "GE LOGIQ E10"],
        "X-": ["Carestream DRX-Evolution", "Fujifilm FDR Go"],
    }
    dev = r.choice(devices[exam[:2]])
    return [
        f"{hosp_en(r)} Radiology\nExamination: {exam}  Equipment: {dev}  Date: {p(en_date(r))}\nFindings: {find}\nImpression: {impr}\nRecommend clinical correlation and follow-up {p(en_rel_day(r))}."
    ]


def en_guideline_summary(r: random.Random) -> list[str]:
    t = r.choice(
        [
            f"Guideline summary: The American Heart Association and American College of Cardiology define stage 1 hypertension as {p('130-139/80-89 mmHg')} and recommend a target below {p('130/80 mmHg')} for most adults.",
            f"NICE NG28 key points: offer {p('metformin')} as first-line for type 2 diabetes; aim for HbA1c {p('48 mmol/mol (6.5%)')} on lifestyle and a single drug; consider an SGLT2 inhibitor such as {p('empagliflozin')} if there is heart failure or established cardiovascular disease.",
            f"World Health Organization recommendations: adults should do at least {p('150-300 minutes')} of moderate-intensity activity per week and limit salt to under {p('5 g')} a day. The World Heart Federation endorses the same targets.",
            f"Kawasaki disease (American Heart Association statement): treat with IVIG {p('2 g/kg')} within {p('10 days')} of fever onset plus {p('aspirin')}; echocardiography at diagnosis, {p('1-2 weeks')} and {p('4-6 weeks')}.",
        ]
    )
    return [
        t
        + r.choice(
            [
                "\nThis summary is for education only and does not replace the full guideline.",
                "\nPresented at the Tuesday journal club, Department of Medicine.",
            ]
        )
    ]


def en_patient_leaflet(r: random.Random) -> list[str]:
    dept, t = r.choice(
        [
            (
                "Neurology",
                f"Patient information: Living with Parkinson's disease\nParkinson's UK runs local groups and a free helpline. Exercise such as walking or tai chi for {p('30 minutes')} most days helps balance. Take {p('co-careldopa')} at the same times each day, ideally {p('30 minutes')} before meals.",
            ),
            (
                "Gastroenterology",
                f"Patient information: After your colonoscopy\nYou may feel bloated for {p('a few hours')}. Don't drive for {p('24 hours')} if you had sedation. Contact us if you pass more than a small amount of blood or develop severe pain; out of hours call NHS 111.",
            ),
            (
                "Rheumatology",
                f"Patient information: Managing Raynaud's phenomenon\nKeep your whole body warm, not just your hands. Stop smoking. Some people benefit from {p('nifedipine')} {p('10 mg')}. Hope this leaflet helps; please bring questions to your next appointment.",
            ),
            (
                "Neurology",
                f"Patient information: Bell's palsy\nMost people recover within {p('3-6 months')}. Tape your eye closed at night and use lubricating drops. Steroids work best if started within {p('72 hours')}. See your doctor if weakness spreads to the arm or leg - call 999.",
            ),
            (
                "Endocrinology",
                f"Patient information: Steroid sick day rules\nIf you take {p('hydrocortisone')} for Addison's disease and you have a fever of {p('37.5°C')} or more, double your usual dose until you are better. If you are vomiting and cannot keep tablets down, use your emergency injection and call 999.",
            ),
        ]
    )
    return [
        t
        + r.choice(
            [f"\nProduced by the {p(dept)} patient education team.", f"\n{hosp_en(r)} - Review due {p(en_date(r))}."]
        )
    ]


def en_drug_leaflet(r: random.Random) -> list[str]:
    t = r.choice(
        [
            f"Tylenol Extra Strength ({p('acetaminophen')} {p('500 mg')})\nDirections: adults and children {p('12 years')} and over: take {p('2 caplets')} every {p('6 hours')} while symptoms last; do not take more than {p('6 caplets')} in {p('24 hours')}. Liver warning: severe liver damage may occur if you take more than the maximum.",
            f"Lipitor ({p('atorvastatin calcium')}) tablets {p('10 mg')}, {p('20 mg')}, {p('40 mg')}, {p('80 mg')}\nTell your doctor if you have unexplained muscle pain or weakness. Avoid large amounts of grapefruit juice. Lot {lot(r)}, store at 20-25°C.",
            f"EpiPen ({p('epinephrine')} {p('0.3 mg')}) auto-injector\nFor emergency treatment of severe allergic reactions. Inject into the outer thigh, then call 911. A second dose may be given after {p('5-15 minutes')} if symptoms persist. Check the expiry date every May and June before summer camp season.",
        ]
    )
    return [t]


def en_vaccination_schedule(r: random.Random) -> list[str]:
    t = r.choice(
        [
            f"CDC childhood schedule (excerpt): Hepatitis B at birth, {p('1-2 months')} and {p('6-18 months')}; DTaP at {p('2, 4 and 6 months')}, {p('15-18 months')} and {p('4-6 years')}; MMR at {p('12-15 months')} and {p('4-6 years')}.",
            f"UK routine schedule (excerpt): {p('8 weeks')} - 6-in-1, MenB, rotavirus; {p('12 weeks')} - 6-in-1, pneumococcal, rotavirus; {p('16 weeks')} - 6-in-1, MenB; {p('1 year')} - Hib/MenC, MMR, pneumococcal, MenB booster.",
            f"Adult vaccines: annual influenza; shingles vaccine (Shingrix) {p('2 doses')} {p('2-6 months')} apart from {p('age 50')}; pneumococcal vaccine at {p('65 years')}. RSV vaccine may be offered to adults aged {p('75-79')}.",
        ]
    )
    return [
        t
        + r.choice(
            [
                "\nICD-10 code for vaccination encounters: " + p("Z23") + ".",
                "\nClinics run Monday to Friday, 09:00-16:30; walk-ins welcome on Wednesdays.",
            ]
        )
    ]


def en_billing(r: random.Random) -> list[str]:
    t = r.choice(
        [
            f"Claim summary (no patient data): CPT 99214 established visit, level 4; ICD-10 {p('E11.9')}, {p('I10')}. Allowed amount {p('$142.50')}; plan paid {p('80%')}; coinsurance {p('$28.50')}. Appeals must be filed within {p('180 days')}.",
            f"Billing FAQ: Why did I get a separate bill? Hospital-based clinics may bill a facility fee in addition to the professional fee. If you can't pay the bill in full, ask about a payment plan; there is a {p('30-day')} grace period before any late fee.",
            f"Coding note: {p('I48.91')} unspecified atrial fibrillation should be replaced by a specific code (paroxysmal {p('I48.0')}, persistent {p('I48.19')}) where the record supports it. Mark the documentation query as resolved once answered.",
            f"Price list, {hosp_en(r)} outpatient services: new consultation {p('$' + str(r.randint(180, 320)))}; ECG {p('$' + str(r.randint(40, 90)))}; HbA1c {p('$' + str(r.randint(25, 60)))}. Self-pay patients receive a {p('20%')} discount if paid within {p('30 days')}.",
        ]
    )
    return [t]


def en_triage_protocol(r: random.Random) -> list[str]:
    t1 = r.choice(
        [
            f"Manchester Triage System - chest pain: red if airway compromise or shock; orange if cardiac pain or SpO2 {p('<95%')}; target time to assessment {p('10 minutes')}. 12-lead ECG within {p('10 minutes')} of arrival.",
            f"Telephone triage script: If the caller reports stroke symptoms (face drooping, arm weakness, speech difficulty), tell them to hang up and call 911 now. Note time last known well; thrombolysis window {p('4.5 hours')}.",
            f"Sepsis screening: two or more of temperature {p('>38.3°C')} or {p('<36°C')}, HR {p('>90 bpm')}, RR {p('>20/min')}, new confusion. Start the Sepsis Six within {p('1 hour')}.",
            f"Paediatric triage: a child under {p('3 months')} with a temperature of {p('38°C')} or above is high risk and must be seen by a doctor within {p('15 minutes')}, whatever the other findings.",
        ]
    )
    t2 = r.choice(
        [
            f"Nurse: Can you tell me when the pain started and whether it spreads anywhere? ... Thank you. Your BP is {p(bp(r, ' mmHg'))} and your oxygen is {p(str(r.randint(93, 99)) + '%')}; we'll do an ECG straight away.",
            "Triage nurse: If you're not sure whether you need A&E, NHS 111 can advise 24 hours a day; for a life-threatening emergency always dial 999.",
            f"Triage nurse: Temperature {p(str(r.randint(376, 395) / 10) + '°C')}, heart rate {p(str(r.randint(88, 124)) + ' bpm')}. Please wait in the amber area; tell us at once if you feel worse or faint.",
        ]
    )
    return [t1, t2][: r.choice([1, 2, 2])]


def en_poison_control(r: random.Random) -> list[str]:
    t = r.choice(
        [
            f"Q: My toddler may have swallowed a few of my {p('ibuprofen')} {p('200 mg')} tablets. What should I do?\nA: Call Poison Control at 1-800-222-1222 right away, or 911 if the child is drowsy, having trouble breathing or seizing. Keep the bottle so you can say how many were missing.",
            f"Poison prevention week tips: store medicines locked and out of sight; use child-resistant caps; never call medicine candy. {p('Acetaminophen')} overdose may cause no symptoms for the first {p('24 hours')}, so get advice even if the child seems well.",
            f"Q: I accidentally took my evening {p('metformin')} {p('500 mg')} twice. Do I need to go to hospital?\nA: A single extra dose is unlikely to cause harm; eat normally and watch for stomach upset. If unsure, NHS 111 or Poison Control (1-800-222-1222 in the US) can advise.",
            f"Q: My dog chewed a blister of {p('paracetamol')} {p('500 mg')} - and I may have taken one by mistake too. \nA: For yourself, one extra tablet within a day's limit of {p('4 g')} is fine. For pets, call your vet or an animal poison line; paracetamol is toxic to dogs and cats.",
        ]
    )
    return [t]


def en_pediatric(r: random.Random) -> list[str]:
    k = r.randrange(3)
    t1 = [
        f"Mother: My {p(r.choice(['3-year-old', '18-month-old', '4-year-old']))} has had a fever of {p('39.5°C')} for {p('5 days')} with red eyes and cracked lips. Her hands look swollen today.",
        f"Father: Our newborn's Apgar scores were {p('8 and 9')} at {p('1 and 5 minutes')}, but he's looking a bit yellow on day 3. Is that jaundice and should we worry?",
        f"Mother: My {p(r.choice(['8-year-old', '6-year-old', '10-year-old']))} has had a barking cough since last night and a temperature of {p('38.2°C')}. He's noisy when he breathes in, especially when upset.",
    ][k]
    t2 = [
        f"Doctor: Five days of fever with those signs makes me think of Kawasaki disease, so we'll admit her to {dept_en(r, 'Paediatrics')} for bloods and an echocardiogram and start IVIG {p('2 g/kg')} if it's confirmed.",
        f"Doctor: Mild jaundice on day 3 is common, especially in breastfed babies. We'll check a serum bilirubin; if it's above the treatment line he'll need phototherapy for {p('24-48 hours')}.",
        f"Doctor: That sounds like croup. A single dose of {p('dexamethasone')} {p('0.15 mg/kg')} usually helps within a few hours. If he struggles to breathe, turns blue or can't speak, call 911 straight away.",
    ][k]
    return [t1, t2]


def en_neurology(r: random.Random) -> list[str]:
    k = r.randrange(3)
    t1 = [
        f"Referral reason: {p(en_age(r, 55, 85))} with {p(en_years(r))} of resting tremor of the right hand, micrographia and reduced arm swing. Query Parkinson's disease.",
        f"Clinic letter: Thank you for asking me to see this {p(en_age(r, 20, 60))} woman with sudden right-sided facial weakness involving the forehead, onset {p('2 days')} ago. This is a typical Bell's palsy.",
        f"Memory clinic: {p(en_age(r, 65, 89))} man, MoCA {p('19/30')}, gradual decline over {p('2 years')}. Pattern consistent with Alzheimer's disease; MRI shows hippocampal atrophy.",
    ][k]
    t2 = [
        f"Plan: start {p('co-careldopa')} {p('12.5/50 mg')} three times daily, titrate over {p('4 weeks')}; physiotherapy referral; review in {p('3 months')}. The DVLA should be informed.",
        f"Plan: {p('prednisolone')} {p('60 mg')} daily for {p('5 days')} then taper; eye care with lubricants and night taping. Expect recovery within {p('3 months')}.",
        f"Plan: start {p('donepezil')} {p('5 mg')} at night, increase to {p('10 mg')} after {p('4 weeks')}; Alzheimer's Society information given; driving assessment.",
    ][k]
    return [t1, t2]


def en_endocrine(r: random.Random) -> list[str]:
    t = r.choice(
        [
            f"Endocrine clinic: Graves' disease ({p('E05.00')}). TSH {p('<0.01 mIU/L')}, free T4 {p(str(r.randint(28, 48)) + ' pmol/L')}, TRAb positive. Started {p('carbimazole')} {p(r.choice(['20 mg', '30 mg']))} daily; FBC if sore throat or fever. Review in {p('6 weeks')}.",
            f"Endocrine clinic: Addison's disease ({p('E27.1')}) on {p('hydrocortisone')} {p('10/5/5 mg')} and {p('fludrocortisone')} {p(r.choice(['50 mcg', '100 mcg']))}. Sick day rules reviewed: double the dose with fever; emergency {p('100 mg')} IM kit issued.",
            f"Endocrine clinic: Cushing's syndrome suspected. Overnight {p('1 mg')} dexamethasone suppression test: cortisol {p(str(r.randint(90, 240)) + ' nmol/L')} (normal {p('<50 nmol/L')}). Plan late-night salivary cortisol x2 and ACTH.",
            f"Endocrine clinic: primary hypothyroidism ({p('E03.9')}), on {p('levothyroxine')} {p(r.choice(['75 mcg', '100 mcg', '125 mcg']))}. TSH {p(str(r.randint(5, 12)) + '.2 mIU/L')} - taking it with coffee and calcium. Advised to take it {p('30-60 minutes')} before breakfast.",
        ]
    )
    return [t]


def en_anticoag(r: random.Random) -> list[str]:
    t = r.choice(
        [
            f"AF clinic: {p('CHA2DS2-VASc 4')}, {p('HAS-BLED 2')}. Recommend anticoagulation with {p('apixaban')} {p('5 mg')} twice daily; dose reduction criteria not met (creatinine {p('98 umol/L')}, weight {p('74 kg')}).",
            f"DVT pathway: {p('Wells score 3')} (likely). D-dimer {p('1.8 mg/L')}. Proximal leg ultrasound confirms popliteal DVT. Start {p('rivaroxaban')} {p('15 mg')} twice daily for {p('21 days')}, then {p('20 mg')} daily for at least {p('3 months')}.",
            f"Warfarin clinic: {p('INR 3.6')} (target {p('2.0-3.0')}). Omit one dose, then reduce weekly dose by {p('10%')}. Recheck INR {p(r.choice(['in 1 week', 'next Wednesday', 'on Monday morning']))}. Discussed leafy greens and cranberry juice.",
        ]
    )
    return [t]


def en_liver(r: random.Random) -> list[str]:
    t = r.choice(
        [
            f"Hepatology clinic: alcohol-related cirrhosis, Child-Pugh class {p(r.choice(['B (8)', 'B (7)', 'A (6)']))}, {p('MELD ' + str(r.randint(11, 18)))}. Bilirubin {p(str(r.randint(28, 52)) + ' umol/L')}, albumin {p(str(r.randint(26, 34)) + ' g/L')}, {p('INR 1.' + str(r.randint(3, 7)))}. Ultrasound surveillance every {p('6 months')}.",
            f"Wilson's disease follow-up: on {p('penicillamine')} {p('250 mg')} four times daily. 24-hour urinary copper {p(str(r.randint(40, 80) / 10) + ' umol')}. Kayser-Fleischer rings fading on slit lamp. Continue; annual review at {hosp_en(r)}.",
            f"Hepatology clinic: MASLD with FIB-4 {p(str(r.randint(13, 29) / 10))} and liver stiffness {p(str(r.randint(8, 14)) + '.' + str(r.randint(0, 9)) + ' kPa')}. Weight loss target {p('7-10%')}; start {p('semaglutide (Ozempic)')} {p('0.25 mg')} weekly via the diabetes team.",
            f"Gilbert's syndrome: isolated unconjugated bilirubin {p(str(r.randint(24, 45)) + ' umol/L')} after fasting, normal ALT, normal haemoglobin and reticulocytes. Reassured; no follow-up needed. Discharged back to the GP.",
        ]
    )
    return [t]


def en_emergency(r: random.Random) -> list[str]:
    k = r.randrange(3)
    t = [
        f"ED note: {p(en_age(r, 18, 85))} fell from a ladder. {p('GCS 14')} (E4 V4 M6), BP {p(bp(r, ' mmHg'))}, pupils equal and reactive, {p('3 mm')}. CT head per NICE head injury rules; neuro obs every {p('30 minutes')}.",
        f"ED note: anaphylaxis after a wasp sting. Given IM {p('adrenaline')} {p('0.5 mg')} at {p('14:12')}, repeated at {p('14:19')}. BP {p(bp(r, ' mmHg'))} after fluids. Observe for {p('6 hours')}; EpiPen prescribed.",
        f"ED note: chest pain {p(r.choice(['2 hours', '90 minutes', '40 minutes']))}, ECG shows ST elevation V1-V4. Aspirin {p('300 mg')} given. Cath lab activated; door-to-balloon target {p('90 minutes')}.",
    ][k]
    follow = [
        f"ED reassessment: CT head normal. {p('GCS 15')} at {p('4 hours')}, tolerating fluids. Discharged with head injury advice; return if vomiting, drowsiness or worsening headache.",
        f"ED reassessment: no biphasic reaction over {p('6 hours')}. Discharged with two adrenaline auto-injectors, an allergy clinic referral and written advice to call 911 or 999 if symptoms return.",
        f"Cath lab note: proximal LAD occlusion, one drug-eluting stent, TIMI 3 flow. Transferred to CCU on {p('ticagrelor')} {p('90 mg')} twice daily and {p('aspirin')} {p('75 mg')} daily.",
    ][k]
    return [t] + ([follow] if r.random() < 0.5 else [])


def en_name_words(r: random.Random) -> list[str]:
    t = r.choice(
        [
            f"Pre-op checklist: Mark the operative site before the patient leaves the ward. Will the patient need a catheter? Hope to start the list at {p('08:30')}; anaesthetic review done. Fasting from {p('02:00')}, clear fluids until {p('06:00')}.",
            f"Urology note: frank haematuria for {p('3 days')} with clots. Hb {p('104 g/L')}. Bill the cystoscopy to the day-case tariff. Rose-coloured urine earlier in the week. Will arrange CT urogram.",
            f"Clinic note: symptoms began in late May and worsened through June. Grace period for the repeat prescription ends Friday; Frank discussion about stopping {p('codeine')} {p('30 mg')} held. Hope to wean over {p('4 weeks')}.",
            f"Typhoid teaching case: rose spots on the trunk, relative bradycardia and fever for {p('10 days')}. Blood cultures grew Salmonella Typhi; treated with {p('azithromycin')} {p('500 mg')} daily for {p('7 days')}. Will the patient need stool clearance? Mark it on the handover.",
        ]
    )
    return [t]


def en_history(r: random.Random) -> list[str]:
    st_marys = "St Mary's Hospital"
    guys = p("Guy's Hospital")
    eponyms = ", ".join(p(x) for x in ("Parkinson's disease", "Addison's disease")) + " and " + p("Graves' disease")
    t = r.choice(
        [
            f"Medical history corner: Hippocrates described clubbing of the fingers over two thousand years ago. Osler, working at {p('Johns Hopkins')}, pioneered bedside teaching of residents; his aphorism 'listen to the patient, he is telling you the diagnosis' is still quoted.",
            f"Medical history corner: Semmelweis showed that handwashing with chlorinated lime cut maternal deaths from puerperal fever at the {p('Vienna General Hospital')}. Lister introduced carbolic acid antisepsis in Glasgow, and Florence Nightingale used statistics to reform military hospitals.",
            f"Medical history corner: Jenner's cowpox experiment in 1796 laid the foundation for vaccination, and Fleming noticed the mould that gave us {p('penicillin')} in 1928 at {p(st_marys)}. Virginia Apgar's score, published in 1953, is still used minutes after every birth.",
            f"Medical history corner: Parkinson described the 'shaking palsy' in 1817, Addison the adrenal failure that bears his name in 1855, and Graves the goitre with palpitations in 1835. Today {eponyms} are all treatable.",
            f"Medical history corner: the {p('Mayo Clinic')} grew from a frontier practice in Rochester, Minnesota, and {guys} was founded in 1721 with a merchant's bequest. Both still train doctors from around the world.",
        ]
    )
    return [t]


def en_appointment(r: random.Random) -> list[str]:
    t = r.choice(
        [
            f"Reminder: your appointment at {hosp_en(r)}, {dept_en(r)}, is on {p(en_date(r))} at {p('10:15')}. Please arrive {p('15 minutes')} early and bring a list of your medicines. Reply C to cancel.",
            f"Reminder: 3/5 follow-up in {dept_en(r)} clinic moved to {p(en_rel_day(r))}. Fasting bloods {p('12 hours')} beforehand; water is fine. Parking is limited on Mondays.",
            f"Your echocardiogram is booked for {p(en_date(r))}, {p('13:40')}, Outpatients Level 2. There is no preparation. If you need hospital transport, call the booking team at least {p('48 hours')} in advance.",
        ]
    )
    reply = r.choice(
        [
            "Reply: Thanks. Can I still take my morning tablets before the fasting bloods, or should I bring them with me and take them afterwards?",
            "Reply: I'm away that week for work. Is there anything available the following Monday or Tuesday afternoon instead?",
        ]
    )
    return [t] + ([reply] if r.random() < 0.4 else [])


def en_prenatal(r: random.Random) -> list[str]:
    if r.random() < 0.5:
        weeks = p(str(r.randint(30, 38)) + " weeks")
        t1 = f"Midwife: You're {weeks} today. Your blood pressure is {p(bp_high(r, ' mmHg'))} and there's {p('1+')} protein in your urine, so I'd like the day assessment unit to check you."
        t2 = f"Obstetric registrar: BP {p(bp_high(r, ' mmHg'))} on repeat, PCR {p('42 mg/mmol')}, platelets {p('168 x10^9/L')}, ALT {p('24 U/L')}. Pre-eclampsia. Start {p('labetalol')} {p('100 mg')} twice daily; twice-weekly review."
    else:
        weeks = p(str(r.randint(25, 29)) + " weeks")
        t1 = f"Midwife: You're {weeks} today and your glucose tolerance test results are back. Your blood pressure is fine at {p(bp_normal(r, ' mmHg'))}; I'll ask the registrar to go through the results."
        t2 = f"Obstetric registrar: Fasting {p('5.8 mmol/L')}, 2-hour {p('8.9 mmol/L')}: gestational diabetes ({p('O24.4')}). Refer to the joint antenatal diabetes clinic; growth scan at {p('32 weeks')}."
    return [t1, t2]


def en_mental_health(r: random.Random) -> list[str]:
    k = r.randrange(3)
    t1 = [
        f"Patient: I've been feeling low for about {p(r.choice(['two months', 'six weeks', '3 months', 'since the spring']))}. I can't sleep past 4am and I've stopped seeing friends. I don't really know why I'm here, to be honest.",
        f"Patient: I'm {p(str(r.randint(19, 35)) + ' years old')} and I've been having panic attacks on the train - my heart races, I can't breathe, I think I'm going to die. It's happened {p(r.choice(['five times', 'every week', 'four times this month']))}.",
        f"Partner: My wife had our baby {p(r.choice(['seven weeks', 'two months', 'a month']))} ago and she's crying most days and says she's a bad mother. She's barely eating. We don't know where to turn.",
    ][k]
    t2 = [
        f"Doctor: Thank you for telling me. Your {p('PHQ-9 is ' + str(r.randint(15, 19)))}, which suggests moderately severe depression. We could start {p('sertraline')} {p('50 mg')} daily - it takes {p('2-4 weeks')} to work - and refer you for talking therapy.",
        f"Doctor: If you ever feel unsafe, call or text 988 in the US, or Samaritans on 116 123 in the UK, any time. Let's book a review {p(en_rel_day(r))} and agree a safety plan today.",
        f"Doctor: What you describe is very common and very treatable. {p('GAD-7 ' + str(r.randint(10, 17)))} today. I'd suggest CBT first - you can self-refer to NHS Talking Therapies - and we'll review in {p('4 weeks')}.",
    ][r.choice(([0, 1], [2, 1], [1, 1])[k])]
    return [t1, t2]


def en_rehab(r: random.Random) -> list[str]:
    t = r.choice(
        [
            f"Physiotherapy: day {r.randint(1, 3)} post total knee replacement. Flexion {p(str(r.randrange(60, 90, 5)) + '°')}, extension {p('-5°')}. Walking {p(str(r.randrange(10, 50, 10)) + ' m')} with a frame. Exercises: quads sets, heel slides, 10 reps three times a day. Goal flexion {p('90°')} by discharge.",
            f"Stroke rehab MDT: {p('modified Rankin Scale ' + str(r.randint(2, 4)))}, Barthel {p(str(r.randrange(40, 85, 5)) + '/100')}. SALT: mild dysphagia, soft diet, thin fluids. OT home visit {r.choice(EN_WEEKDAYS)}. Expected discharge in {p(r.choice(['2 weeks', '10 days', '3 weeks']))}.",
            f"Cardiac rehab: {p(r.choice(['6 weeks', '4 weeks']))} after PCI. Six-minute walk {p(str(r.randint(320, 480)) + ' m')}, resting HR {p(str(r.randint(58, 76)) + ' bpm')}. Continue {p('bisoprolol')} {p('2.5 mg')}; exercise to Borg {p('12-14')}. Next class {r.choice(EN_WEEKDAYS)} {p('10:00')}.",
        ]
    )
    return [t]


def en_down_syndrome(r: random.Random) -> list[str]:
    t = r.choice(
        [
            f"Health check for adults with Down syndrome: annual thyroid function (hypothyroidism is common), hearing and vision checks, and a review for signs of early Alzheimer's disease from {p('age 40')}. The Down's Syndrome Association has accessible leaflets.",
            f"Paediatric cardiology: infants with Down syndrome should have an echocardiogram within the first {p('6 weeks')} because around {p('40-50%')} have a congenital heart defect, most often an AVSD.",
            f"Annual review, {dept_en(r, 'Endocrinology', 'Learning Disability Health')}: {p(en_age(r, 18, 45))} with Down syndrome. TSH {p(str(r.randint(40, 90) / 10) + ' mIU/L')}, free T4 low-normal. Start {p('levothyroxine')} {p('25 mcg')}; repeat in {p('6-8 weeks')}. Audiology booked.",
        ]
    )
    return [t]


def en_respiratory(r: random.Random) -> list[str]:
    k = r.randrange(2)
    t1 = [
        f"Patient: My inhaler doesn't seem to work as well as it did. I'm using the blue one {p(r.choice(['4-5 times', '3 or 4 times', 'six times']))} a day and waking at night coughing.",
        f"Patient: I've smoked for {p(r.choice(['30 years', 'over 40 years', 'about 25 years']))} and I get out of breath on the stairs now. I cough up phlegm most mornings. Is it just my age?",
    ][k]
    t2 = [
        f"Nurse: Let's check your technique first - that's the most common problem. Using a reliever that often means your asthma isn't controlled, so we'll step up your preventer to {p('budesonide/formoterol')} {p('200/6')} two puffs twice daily. Peak flow today {p('320 L/min')}, best {p('450 L/min')}.",
        f"Doctor: Spirometry shows FEV1/FVC {p('0.62')} after bronchodilator, which fits COPD ({p('J44.9')}). The most important step is stopping smoking; I'll refer you to the stop-smoking service and start a LAMA/LABA inhaler.",
    ][k]
    return [t1, t2]


def en_derm(r: random.Random) -> list[str]:
    t = r.choice(
        [
            f"Dermatology clinic: chronic plaque psoriasis, {p('PASI ' + str(r.randint(10, 22)))}, {p('DLQI ' + str(r.randint(8, 20)))}. Topicals failed. Start {p('methotrexate')} {p('10 mg')} weekly with {p('folic acid')} {p('5 mg')} once weekly (not on the methotrexate day). FBC/LFT every {p('2 weeks')} for {p('2 months')}.",
            f"Dermatology clinic: suspicious pigmented lesion left calf, {p(str(r.randint(6, 12)) + ' mm')}, irregular border. Dermoscopy: atypical network. Excision with {p('2 mm')} margin. Breslow thickness will guide wider excision.",
            f"Dermatology clinic: {p(en_age(r, 16, 30))} with moderate acne, failed {p('3 months')} of topical therapy. Start {p('lymecycline')} {p('408 mg')} daily with {p('adapalene/benzoyl peroxide')} gel at night; review in {p('12 weeks')}.",
        ]
    )
    return [t]


def en_infection(r: random.Random) -> list[str]:
    t = r.choice(
        [
            f"Microbiology advice: blood cultures grew Staphylococcus aureus (MSSA). Stop {p('clindamycin')}; start {p('flucloxacillin')} {p('2 g')} IV every {p('6 hours')} for at least {p('14 days')}. Echo to exclude endocarditis; repeat cultures at {p('48-72 hours')}.",
            f"Microbiology advice: urine grew E. coli > {p('10^5 CFU/mL')}, resistant to trimethoprim, sensitive to {p('nitrofurantoin')}. Switch to {p('nitrofurantoin')} {p('100 mg')} MR twice daily for {p('3 days')} if {p('eGFR > 45')}.",
            f"Microbiology advice: C. difficile toxin positive. Stop {p('co-amoxiclav')} if possible; start {p('vancomycin')} {p('125 mg')} orally four times daily for {p('10 days')}. Isolate in a side room; soap and water hand hygiene.",
            f"Infection control: Bay {r.randint(1, 6)} closed with norovirus, {r.randint(2, 5)} patients symptomatic since {p(en_date(r))}. Reopen {p('48 hours')} after the last symptoms and a deep clean. Staff exclusion for {p('48 hours')} after symptoms stop.",
        ]
    )
    return [t]


# ---------------------------------------------------------------- registry

ZH_FAMILIES: list[Family] = [
    zh_outpatient_htn,
    zh_online_qa_diabetes,
    zh_discharge_summary,
    zh_nursing_handover,
    zh_ward_round,
    zh_pharmacy_counsel,
    zh_tcm_prescription,
    zh_tcm_consult,
    zh_lab_report,
    zh_imaging_report,
    zh_guideline_summary,
    zh_education_leaflet,
    zh_drug_leaflet,
    zh_vaccination_schedule,
    zh_insurance_billing,
    zh_triage,
    zh_helpline,
    zh_pediatric_fever,
    zh_jaundice_newborn,
    zh_thyroid_qa,
    zh_neuro_clinic,
    zh_referral,
    zh_appointment_notice,
    zh_lab_chat,
    zh_pregnancy,
    zh_postop,
    zh_infection,
    zh_anticoag,
    zh_ckd,
    zh_gout,
    zh_respiratory,
    zh_derm,
    zh_mental_health,
    zh_rehab,
    zh_emergency,
    zh_holiday_schedule,
    zh_nutrition,
    zh_history,
    zh_elderly,
    zh_sleep_clinic,
    zh_ophthalmology,
]
MIX_FAMILIES: list[Family] = [
    mix_lab_bilingual,
    mix_discharge,
    mix_online_qa,
    mix_international_clinic,
    mix_drug_label,
    mix_icu_handover,
]
EN_FAMILIES: list[Family] = [
    en_gp_consult,
    en_online_qa,
    en_discharge_summary,
    en_nursing_handover,
    en_ward_round,
    en_pharmacy_counsel,
    en_lab_report,
    en_imaging_report,
    en_guideline_summary,
    en_patient_leaflet,
    en_drug_leaflet,
    en_vaccination_schedule,
    en_billing,
    en_triage_protocol,
    en_poison_control,
    en_pediatric,
    en_neurology,
    en_endocrine,
    en_anticoag,
    en_liver,
    en_emergency,
    en_name_words,
    en_history,
    en_appointment,
    en_prenatal,
    en_mental_health,
    en_rehab,
    en_down_syndrome,
    en_respiratory,
    en_derm,
    en_infection,
]
GROUPS = {"zh": ZH_FAMILIES, "mix": MIX_FAMILIES, "en": EN_FAMILIES}

# ---------------------------------------------------------------- PHI self-check

# Public numbers and proper names that may appear although they look like identifiers: helplines
# anyone may call, and hospitals and historical figures (not patients, relatives or staff).
PUBLIC_NUMBERS = ("1-800-222-1222", "116 123")
PUBLIC_NAMES = (*EN_HOSPITALS, "Florence Nightingale", "Virginia Apgar", "Salmonella Typhi")
# 谢谢医生 ("thank you, doctor") holds 谢 + 医生 but names nobody.
THANKS = ("谢谢医生", "谢谢大夫", "谢谢护士", "谢谢老师")
ZH_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤"
)
EN_GIVEN = (
    "John|James|Robert|Michael|David|William|Richard|Thomas|Charles|Daniel|Matthew|Anthony|Paul|Steven|"
    "Mary|Patricia|Jennifer|Linda|Elizabeth|Susan|Jessica|Sarah|Karen|Emma|Olivia|Sophie|Emily|Anna|"
    "Grace|Rose|Hope|June|May|Will|Bill|Mark|Frank|Jack|Wei|Li|Ming|Hui|Jing|Fang|Lei|Yan"
)
FORBIDDEN: dict[str, re.Pattern[str]] = {
    "CN mobile": re.compile(r"(?<!\d)1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)"),
    "landline": re.compile(r"\(0\d{2,3}\)|(?<!\d)0\d{2,3}-\d{7,8}(?!\d)"),
    "US/UK phone": re.compile(r"\(\d{3}\)\s?\d{3}-\d{4}|(?<!\d)\d{3}-\d{3}-\d{4}(?!\d)|(?<!\d)0\d{3,4} ?\d{6}(?!\d)"),
    "long digit run": re.compile(r"\d{9,}|\d{3} \d{3} \d{4}|(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)"),
    "e-mail or handle": re.compile(r"[\w.+-]+@[\w-]+\.\w+|(?<!\w)@\w"),
    "record label with number": re.compile(
        r"(?i)(住院号|门诊号|病案号|病历号|就诊卡|医保卡号|社保卡号|身份证|护照|检查号|登记号|床头卡|"
        r"MRN|NHS (?:number|no)|hospital (?:number|no)|record (?:number|no)|chart|SSN|social security|"
        r"medicare (?:number|no)|patient id|accession|passport)\W{0,3}[A-Z]*\d"
    ),
    "date of birth": re.compile(r"(?i)出生日期|出生于|生于|生日|\bDOB\b|D\.O\.B|date of birth|\bborn\b|birthday"),
    "title before a name": re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sister|Nurse|Pt)\.?\s+[A-Z][a-z]+"),
    "name label": re.compile(r"(?i)姓名|签名|署名|联系人|\bname\s*:|signed|\bsignature\b"),
    "surname before a title": re.compile(
        rf"[{ZH_SURNAMES}](?:医生|大夫|主任|护士长|护士|老师|先生|女士|小姐|阿姨|大爷|大妈|教授|院长|药师|师傅|同学|哥|姐)"
    ),
    "nickname": re.compile(r"(?:小|老|阿)[王李张刘陈杨黄赵吴周徐孙郭林]"),
    "English given + family name": re.compile(rf"\b(?:{EN_GIVEN}) [A-Z][a-z]+"),
    "address": re.compile(
        r"[路街道巷弄]\d+号|\d+栋|\d+单元|\d+室|小区|[村组]\d|\d+\s+[A-Z][a-z]+\s+(?:Street|Road|Avenue|Lane|Drive|Close)\b"
        r"|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b"
    ),
    "age over 89": re.compile(r"(?:9\d|1\d\d)(?:岁|-year-old| years old)"),
}


# One identifier per forbidden pattern: the self-check proves each pattern can fire, so a clean
# result means the texts lack these shapes, not that a pattern is broken.
FORBIDDEN_EXAMPLES = {
    "CN mobile": "请回电 139 1234 5678",
    "landline": "电话 (010) 6529-1234",
    "US/UK phone": "call (617) 555-0142",
    "long digit run": "ID 110105198503124518",
    "e-mail or handle": "write to a.lee@example.org",
    "record label with number": "住院号：2024031567",
    "date of birth": "DOB 03/12/1985",
    "title before a name": "seen by Dr. Morgan",
    "name label": "Name: Alice",
    "surname before a title": "刘医生说可以出院",
    "nickname": "老王今天复诊",
    "English given + family name": "Sarah Jenkins attended",
    "address": "朝阳区建国路88号",
    "age over 89": "93岁女性",
}


def phi_hits(text: str) -> list[str]:
    """Names of forbidden patterns found in text once the public numbers and names are set aside."""
    for public in (*PUBLIC_NUMBERS, *PUBLIC_NAMES, *THANKS):
        text = text.replace(public, " ")
    return [label for label, pattern in FORBIDDEN.items() if pattern.search(text)]


# ---------------------------------------------------------------- rows and checks


def strip_marks(turns: list[str]) -> tuple[list[str], list[str]]:
    """Turns without marks, and the protected values in order of first appearance."""
    protect: list[str] = []
    clean = []
    for turn in turns:
        for value in MARK.findall(turn):
            if value not in protect:
                protect.append(value)
        clean.append(MARK.sub(lambda m: m.group(1), turn))
    return clean, protect


def dominant_lang(turns: list[str]) -> str:
    text = "\n".join(turns)
    cjk = len(CJK.findall(text))
    latin_words = len(re.findall(r"[A-Za-z]+", text))
    return "zh" if cjk >= latin_words else "en"


def check_row(turns: list[str], protect: list[str]) -> list[str]:
    """Every reason this row may not be written (empty when it may)."""
    problems = []
    if not 1 <= len(turns) <= 5:
        problems.append(f"{len(turns)} turns")
    for turn in turns:
        if not 40 <= len(turn) <= 600:
            problems.append(f"turn of {len(turn)} characters: {turn[:30]}")
        if "⟪" in turn or "⟫" in turn:
            problems.append("mark left in a turn")
        problems += [f"forbidden {label}" for label in phi_hits(turn)]
    if not protect:
        problems.append("nothing protected")
    joined = "\n".join(turns)
    for value in protect:
        if value not in joined:
            problems.append(f"protected value missing: {value}")
        if re.fullmatch(r"\d{1,3}", value) or len(value.strip()) < 2:
            problems.append(f"protected value too bare to test anything: {value!r}")
    return problems


def build_rows(seed: int = SEED) -> list[dict]:
    """Draw the rows group by group, round-robin over families, redrawing repeats.

    A draw is a repeat when its first turn was drawn before, or when its first turn with the marked
    values blanked out (its wording) was already used twice: swapping a hospital or a dose in an
    otherwise identical text would make the set read as synthetic (digits count as marked values).
    """
    rng = random.Random(seed)
    rows: list[dict] = []
    seen_rows: set[tuple[str, ...]] = set()
    seen_first: set[str] = set()
    wordings: Counter[str] = Counter()
    for group, families in GROUPS.items():
        wanted = round(TOTAL * SHARE[group])
        order = list(families)
        rng.shuffle(order)
        exhausted: set[str] = set()
        made, i = 0, 0
        while made < wanted:
            family = order[i % len(order)]
            i += 1
            if family.__name__ in exhausted:
                if len(exhausted) == len(order):
                    raise SystemExit(f"group {group}: every family exhausted after {made} rows")
                continue
            for _attempt in range(40):
                marked = family(rng)
                turns, protect = strip_marks(marked)
                wording = re.sub(r"\d+", "#", MARK.sub("#", marked[0]))
                if tuple(turns) not in seen_rows and turns[0] not in seen_first and wordings[wording] < 2:
                    break
            else:
                exhausted.add(family.__name__)
                continue
            problems = check_row(turns, protect)
            if problems:
                raise SystemExit(f"{family.__name__}: {problems}")
            seen_rows.add(tuple(turns))
            seen_first.add(turns[0])
            wordings[wording] += 1
            lang = dominant_lang(turns) if group == "mix" else group
            rows.append(
                {
                    "lang": lang,
                    "style": "clean",
                    "source": family.__name__,
                    "turns": turns,
                    "spans": [],
                    "protect": protect,
                }
            )
            made += 1
    rng.shuffle(rows)
    return [{"id": f"clean6-{n:04d}", **row} for n, row in enumerate(rows, 1)]


def main() -> None:
    for label, example in FORBIDDEN_EXAMPLES.items():
        if label not in phi_hits(example):
            raise SystemExit(f"forbidden pattern {label!r} misses its own example {example!r}")
    rows = build_rows()
    OUT.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    langs = Counter(row["lang"] for row in rows)
    mixed = sum(row["source"].startswith("mix_") for row in rows)
    families = Counter(row["source"] for row in rows)
    print(
        f"wrote {len(rows)} rows to {OUT.name}: {dict(langs)}, {mixed} mixed, {len(families)} families, "
        f"{sum(len(row['protect']) for row in rows)} protected values"
    )


if __name__ == "__main__":
    main()
