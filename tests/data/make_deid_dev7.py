"""Write tests/data/deid_dev7.jsonl: a labelled development set for the scrubber.

Written blind to the scrubber (no scrubber code, tests or earlier sets were read
while writing it), with the standard library only.  Deterministic:
``random.Random(7)``; run ``python3 tests/data/make_deid_dev7.py``.

Round 11 (dev7) targets de-identification-hard real-world writing that earlier
rounds did not emphasise: Chinese 病程记录 / 会诊记录 / 手术记录 / 出院小结 excerpts
with signatures (``主治医师：X``, ``记录者 X``), 护理交班 bed lists, 互联网医院
chats signed with a given name or a nickname (小X, 阿X, X妹, X哥, 老X), family
chats where relatives call each other by given names only, WeChat voice-to-text
without punctuation; English GP letters, US SOAP notes, discharge instructions,
SBAR handovers, portal messages signed with a first name, lowercase names,
non-Anglo names (Nigerian, Indian, Arabic, Vietnamese, Korean, Polish), Chinese
names in pinyin (``Zhang Wei``, ``Wang, Fang``), hyphenated and apostrophe names;
addresses, phones, resident IDs (valid ISO 7064 MOD 11-2 check digit), passport
and NHS numbers, MRNs under many label words, dates of birth in many forms and
e-mails.  About 30% of the rows are PHI-free and full of look-alikes (drug and
herb names, eponyms, hospitals, roles, doses, lab values, visit dates, ages,
ICD-10 codes, bed numbers, lot and model numbers, hotlines, common words that
are also surnames or given names).

Each line is one conversation::

    {"id": "dev7-0001", "lang": "zh" | "en" | "mixed", "style": ..., "source": ...,
     "turns": ["user turn", "assistant turn", ...],  (plain strings, alternating)
     "spans": [{"kind", "text", "parts"}], "protect": [...]}

Labelling rule (kept simple and applied everywhere):

* The names of patients, relatives, doctors, nurses and pharmacists are all PHI.
* Label the name itself, never the title or the form of address around it:
  ``张秀英主任`` -> span ``张秀英``; ``Dr Patel`` -> span ``Patel``.
* For surname + title and affix forms (``王医生``, ``李阿姨``, ``老王``, ``小李``,
  ``王姐``) only the surname character(s) are the span, with parts ``[surname]``.
  For a given-name nickname (``阿珍``, ``小芳``, ``芳妹``, ``强哥``) only the name
  character is the span.
* ``parts`` are the pieces that alone would still identify: for a Chinese name the
  whole and a two-character given name (``张秀英`` -> ``["张秀英", "秀英"]``;
  ``吴敏`` -> ``["吴敏"]``); for an English name the given name and the surname
  (initials and particles such as "Thi" are left out); for numbers the whole and
  each group of four or more digits; for an e-mail the whole and its local part;
  for an address the whole and its street / estate pieces.  A date of birth has
  the whole only.
* Public hotlines (120, 12320, 999, 911, 111), visit dates, ages, bed and room
  numbers, doses, lab values, lot numbers, ICD codes, drug, herb, hospital and
  department names and eponyms are not PHI; many of them are listed in
  ``protect`` (they must survive unchanged).

The generator checks every row: spans and protect strings occur verbatim, no
protect string overlaps or contains a span or one of its parts, every occurrence
of a part lies inside a labelled span (Latin parts also matched as whole words
ignoring case), a Latin span occurs only as a whole word, and a one-character
span occurs only next to a title or affix (or inside a longer span).  A row
failing a check is drawn again.
"""

import collections
import datetime
import json
import os
import random
import re

R = random.Random(7)
c = R.choice
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "deid_dev7.jsonl")

# --------------------------------------------------------------------------- pools

ZH_SUR = list(
    "张王李赵刘陈杨黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟段雷钱汤尹黎易常武乔贺赖龚"
) + ["欧阳", "司马", "上官", "诸葛"]
ZH_GIVEN2 = [
    "秀英",
    "桂英",
    "志强",
    "丽华",
    "玉兰",
    "淑珍",
    "建华",
    "秀兰",
    "子轩",
    "雨桐",
    "欣怡",
    "梓涵",
    "思远",
    "俊杰",
    "晓燕",
    "红梅",
    "德胜",
    "凤英",
    "金凤",
    "桂兰",
    "建军",
    "文斌",
    "志明",
    "晓东",
    "丽娟",
    "美玲",
    "家豪",
    "桂芳",
    "淑华",
    "凤兰",
    "永红",
    "海涛",
    "振华",
    "春燕",
    "婉清",
    "佳琪",
    "梦瑶",
    "浩宇",
    "明轩",
    "淑芬",
    "秋菊",
    "月娥",
    "德明",
    "国栋",
    "晓峰",
    "慧敏",
    "雅婷",
    "一鸣",
    "少华",
    "玉珍",
]
ZH_GIVEN1 = list("伟芳娜敏静丽磊军洋勇艳杰娟涛超霞刚琳颖鹏斌琴萍")
NICK_CH = list("芳丽娟敏静燕霞琴萍梅兰珍军伟涛斌杰辉峰勇莹蓉玲")
TITLES_AFTER = [
    "医生",
    "大夫",
    "主任",
    "护士",
    "老师",
    "阿姨",
    "叔",
    "姐",
    "哥",
    "妹",
    "总",
    "先生",
    "女士",
    "师傅",
    "奶奶",
    "爷爷",
    "院长",
    "药师",
    "护士长",
    "大爷",
    "伯",
    "婶",
    "嫂",
    "工",
    "同学",
    "老",
    "主治",
    "教授",
    "医师",
    "副主任",
    "副院长",
]
PREFIX = ["老", "小", "阿"]

EN_PEOPLE = [  # (given, surname, particle, order) order: gs = given first, sg = surname first
    ("Siobhan", "O'Brien", "", "gs"),
    ("Ciaran", "O'Connor", "", "gs"),
    ("Jean-Luc", "Moreau", "", "gs"),
    ("Mary-Kate", "Henderson", "", "gs"),
    ("Anne-Marie", "Fitzgerald", "", "gs"),
    ("Niamh", "Donnelly", "", "gs"),
    ("Rebecca", "Whitaker", "", "gs"),
    ("Thomas", "Blackwood", "", "gs"),
    ("Hannah", "Harrington", "", "gs"),
    ("Matthew", "Smith-Jones", "", "gs"),
    ("Chloe", "McAllister", "", "gs"),
    ("Aiden", "Thornbury", "", "gs"),
    ("Eleanor", "D'Arcy", "", "gs"),
    ("Declan", "O'Sullivan", "", "gs"),
    ("Bethany", "Greenhalgh", "", "gs"),
    ("Chinedu", "Okafor", "", "gs"),
    ("Adaeze", "Okonkwo", "", "gs"),
    ("Oluwaseun", "Adeyemi", "", "gs"),
    ("Ngozi", "Eze", "", "gs"),
    ("Babatunde", "Olawale", "", "gs"),
    ("Folake", "Adebayo", "", "gs"),
    ("Emeka", "Nwosu", "", "gs"),
    ("Yetunde", "Bakare", "", "gs"),
    ("Priya", "Raghunathan", "", "gs"),
    ("Arjun", "Venkataraman", "", "gs"),
    ("Lakshmi", "Subramanian", "", "gs"),
    ("Rahul", "Deshpande", "", "gs"),
    ("Ananya", "Iyer", "", "gs"),
    ("Sanjay", "Kulkarni", "", "gs"),
    ("Meenakshi", "Pillai", "", "gs"),
    ("Harpreet", "Dhillon", "", "gs"),
    ("Rohan", "D'Souza", "", "gs"),
    ("Omar", "Abdelrahman", "", "gs"),
    ("Layla", "Nasser", "", "gs"),
    ("Youssef", "El-Amin", "", "gs"),
    ("Fatima", "Al-Haddad", "", "gs"),
    ("Khalid", "Al-Mansouri", "", "gs"),
    ("Samira", "Boutros", "", "gs"),
    ("Lan", "Nguyen", "Thi", "sg"),
    ("Minh", "Tran", "Van", "sg"),
    ("Hoa", "Pham", "Thi", "sg"),
    ("Duc", "Hoang", "Van", "sg"),
    ("Thu", "Vo", "Thi", "sg"),
    ("Min-jun", "Kim", "", "sg"),
    ("Ji-yeon", "Park", "", "sg"),
    ("Seo-yeon", "Choi", "", "sg"),
    ("Hyun-woo", "Jung", "", "sg"),
    ("Da-eun", "Yoon", "", "sg"),
    ("Katarzyna", "Wiśniewska", "", "gs"),
    ("Grzegorz", "Brzęczyszczykiewicz", "", "gs"),
    ("Agnieszka", "Kowalczyk", "", "gs"),
    ("Paweł", "Zieliński", "", "gs"),
    ("Małgorzata", "Wójcik", "", "gs"),
    ("Łukasz", "Lewandowski", "", "gs"),
    ("Rosalind", "Pemberton", "", "gs"),
    ("Tyrone", "Washington", "", "gs"),
    ("Deborah", "Kaminski", "", "gs"),
    ("Marcus", "Ellison", "", "gs"),
    ("Jessica", "Villanueva", "", "gs"),
    ("Brandon", "Castellano", "", "gs"),
]
PINYIN = [
    ("Wei", "Zhang"),
    ("Xiuying", "Li"),
    ("Fang", "Wang"),
    ("Yang", "Liu"),
    ("Jing", "Chen"),
    ("Jianhua", "Huang"),
    ("Lei", "Zhao"),
    ("Zhiqiang", "Xu"),
    ("Guilan", "Sun"),
    ("Ming", "Ouyang"),
    ("Haitao", "Guo"),
    ("Shufen", "Zhou"),
    ("Dongmei", "He"),
    ("Junjie", "Lin"),
    ("Yuzhen", "Ma"),
]
PINYIN_HANZI = {
    "Zhang": "张",
    "Li": "李",
    "Wang": "王",
    "Liu": "刘",
    "Chen": "陈",
    "Huang": "黄",
    "Zhao": "赵",
    "Xu": "徐",
    "Sun": "孙",
    "Ouyang": "欧阳",
    "Guo": "郭",
    "Zhou": "周",
    "He": "何",
    "Lin": "林",
    "Ma": "马",
}
PINYIN_GIVEN_HANZI = {
    "Wei": "伟",
    "Xiuying": "秀英",
    "Fang": "芳",
    "Yang": "洋",
    "Jing": "静",
    "Jianhua": "建华",
    "Lei": "磊",
    "Zhiqiang": "志强",
    "Guilan": "桂兰",
    "Ming": "明",
    "Haitao": "海涛",
    "Shufen": "淑芬",
    "Dongmei": "冬梅",
    "Junjie": "俊杰",
    "Yuzhen": "玉珍",
}

ZH_HOSP = [
    "北京协和医院",
    "四川大学华西医院",
    "复旦大学附属中山医院",
    "中山大学附属第一医院",
    "浙江大学医学院附属第一医院",
    "上海交通大学医学院附属瑞金医院",
    "华中科技大学同济医学院附属同济医院",
    "郑州大学第一附属医院",
    "深圳市人民医院",
    "首都医科大学附属北京天坛医院",
    "广东省中医院",
    "南京鼓楼医院",
    "西安交通大学第一附属医院",
    "湘雅医院",
]
ZH_DEPT = [
    "心内科",
    "消化内科",
    "内分泌科",
    "呼吸与危重症医学科",
    "普外科",
    "神经内科",
    "儿科",
    "急诊科",
    "妇产科",
    "骨科",
    "肾内科",
    "风湿免疫科",
    "肝胆外科",
    "中医科",
    "感染科",
]
ZH_ROLE = ["主治医师", "住院医师", "主任医师", "值班医生", "上级医师", "责任护士", "规培医生", "临床药师", "护士长"]
ZH_DRUG = [
    "华法林 2.5mg qd",
    "阿莫西林 0.5g tid",
    "甲泼尼龙 40mg qd",
    "头孢曲松 2g ivgtt qd",
    "二甲双胍 0.5g bid",
    "氨氯地平 5mg qd",
    "呋塞米 20mg qd",
    "左甲状腺素钠 50μg qd",
    "奥美拉唑 20mg bid",
    "阿托伐他汀 20mg qn",
    "美托洛尔缓释片 47.5mg qd",
    "硝苯地平控释片 30mg qd",
    "布洛芬混悬液 5ml",
    "低分子肝素 4000IU ih q12h",
    "螺内酯 20mg qd",
    "多巴丝肼 125mg tid",
    "美沙拉秦 1g qid",
    "阿司匹林肠溶片 100mg qd",
]
ZH_HERB = [
    "黄芩",
    "当归",
    "白芍",
    "连翘",
    "黄芪",
    "甘草",
    "金银花",
    "柴胡",
    "茯苓",
    "川芎",
    "白术",
    "陈皮",
    "丹参",
    "麦冬",
    "桂枝",
    "半夏",
    "党参",
    "熟地黄",
    "杜仲",
    "牛膝",
    "钩藤",
    "天麻",
]
ZH_EPONYM = [
    "帕金森病",
    "克罗恩病",
    "桥本甲状腺炎",
    "川崎病",
    "格林-巴利综合征",
    "库欣综合征",
    "阿尔茨海默病",
    "霍奇金淋巴瘤",
    "墨菲征",
    "巴宾斯基征",
    "干燥综合征",
    "白塞病",
]
ZH_LAB = [
    "白细胞 12.6×10^9/L",
    "血红蛋白 86g/L",
    "肌酐 132μmol/L",
    "血钾 3.2mmol/L",
    "CRP 48mg/L",
    "糖化血红蛋白 8.2%",
    "ALT 86U/L",
    "总胆红素 45μmol/L",
    "降钙素原 0.8ng/mL",
    "空腹血糖 11.2mmol/L",
    "INR 2.6",
    "血小板 78×10^9/L",
    "TSH 8.9mIU/L",
    "D-二聚体 1.8mg/L",
    "BNP 860pg/mL",
    "尿酸 512μmol/L",
    "白蛋白 28g/L",
    "中性粒细胞 85.3%",
]
ZH_LOOK = [
    "高热",
    "黄疸",
    "白细胞",
    "马上",
    "方便",
    "华法林",
    "石膏样",
    "金黄色葡萄球菌",
    "周围血象",
    "江湖郎中",
    "林可霉素",
    "常规",
    "万一",
    "平时",
    "明显",
    "安静",
    "文件",
]
ZH_ICD = {
    "帕金森病": "G20",
    "克罗恩病": "K50.9",
    "桥本甲状腺炎": "E06.3",
    "川崎病": "M30.3",
    "格林-巴利综合征": "G61.0",
    "库欣综合征": "E24.9",
    "阿尔茨海默病": "G30.9",
    "霍奇金淋巴瘤": "C81.9",
    "干燥综合征": "M35.0",
    "白塞病": "M35.2",
}
ZH_DISEASE = list(ZH_ICD)
ZH_FEMALE = set(
    "秀英 桂英 丽华 玉兰 淑珍 秀兰 雨桐 欣怡 梓涵 晓燕 红梅 凤英 金凤 桂兰 丽娟 美玲 桂芳 淑华 凤兰 "
    "春燕 婉清 佳琪 梦瑶 淑芬 秋菊 月娥 慧敏 雅婷 玉珍 永红 芳 娜 敏 静 丽 艳 娟 霞 琳 颖 琴 萍".split()
)
EN_FEMALE = set(
    "Siobhan Mary-Kate Anne-Marie Niamh Rebecca Hannah Chloe Eleanor Bethany Adaeze Ngozi Folake Yetunde "
    "Priya Lakshmi Ananya Meenakshi Harpreet Layla Fatima Samira Lan Hoa Thu Ji-yeon Seo-yeon Da-eun "
    "Katarzyna Agnieszka Małgorzata Rosalind Deborah Jessica Xiuying Fang Jing Guilan Shufen Dongmei "
    "Yuzhen".split()
)
UK_HOSP = [
    "St Thomas' Hospital",
    "Leeds General Infirmary",
    "Royal Victoria Infirmary",
    "Manchester Royal Infirmary",
    "Addenbrooke's Hospital",
    "Queen Elizabeth Hospital Birmingham",
    "Southmead Hospital",
    "Queen's Medical Centre",
]
EN_ABX = [
    "Bactrim DS 1 tab BID",
    "Keflex 500 mg four times a day",
    "Augmentin 875 mg twice daily",
    "nitrofurantoin 100 mg MR BD",
    "doxycycline 100 mg OD",
    "cephalexin 500 mg QID",
]


def zsex(P):
    return "女" if P["given"] in ZH_FEMALE else "男"


def female(P):
    return P["given"] in EN_FEMALE


def en_sex(P):
    return "F" if female(P) else "M"


def en_title(P):
    return c(["Mrs", "Ms", "Miss"]) if female(P) else c(["Mr", "Mr", "Dr"])


def en_other(P, fem=None, pool=None):
    while True:
        Q = en_person(pool)
        if Q["given"] != P["given"] and Q["sur"] != P["sur"] and (fem is None or female(Q) == fem):
            return Q


ICD = [
    "G20",
    "K50.9",
    "E06.3",
    "M30.3",
    "I10",
    "E11.65",
    "J44.1",
    "N39.0",
    "I21.4",
    "K35.80",
    "J18.9",
    "I48.0",
    "N18.3",
    "K80.20",
    "E05.00",
    "G61.0",
]
BP = ["128/76", "142/88", "156/94", "98/60", "110/70", "135/85", "168/102", "118/74", "90/56"]

EN_DRUG = [
    "Bactrim DS 1 tab BID",
    "Keflex 500 mg QDS",
    "Keflex 500 mg four times a day",
    "warfarin 3 mg",
    "apixaban 5 mg twice daily",
    "metformin 1 g BD",
    "amlodipine 10 mg OD",
    "ramipril 5 mg",
    "co-amoxiclav 625 mg TDS",
    "prednisolone 40 mg",
    "levothyroxine 75 mcg",
    "atorvastatin 40 mg nocte",
    "furosemide 40 mg IV",
    "Sinemet 25/100 TID",
    "mesalazine 2.4 g daily",
    "nitrofurantoin 100 mg MR BD",
    "Lasix 20 mg PO daily",
    "Augmentin 875 mg",
    "ondansetron 4 mg PRN",
    "Humalog 6 units",
]
EN_EPONYM = [
    "Parkinson's disease",
    "Crohn's disease",
    "Hashimoto's thyroiditis",
    "Kawasaki disease",
    "Guillain-Barré syndrome",
    "Cushing's syndrome",
    "Addison's disease",
    "Graves' disease",
    "Bell's palsy",
    "Murphy's sign",
    "Babinski sign",
    "Hodgkin lymphoma",
    "Raynaud's phenomenon",
    "Barrett's oesophagus",
    "Sjögren's syndrome",
    "Wilson's disease",
]
EN_HOSP = [
    "St Thomas' Hospital",
    "Leeds General Infirmary",
    "Royal Victoria Infirmary",
    "Massachusetts General Hospital",
    "Johns Hopkins Hospital",
    "Mayo Clinic",
    "Cedars-Sinai Medical Center",
    "Manchester Royal Infirmary",
    "Addenbrooke's Hospital",
    "Queen Elizabeth Hospital Birmingham",
    "Mount Sinai Hospital",
    "Royal Prince Alfred Hospital",
]
EN_DEPT = [
    "Cardiology",
    "Gastroenterology",
    "Endocrinology",
    "Respiratory Medicine",
    "General Surgery",
    "Neurology",
    "Paediatrics",
    "the Emergency Department",
    "Rheumatology",
    "Nephrology",
    "Dermatology",
]
EN_ROLE = [
    "the registrar",
    "the attending",
    "the on-call SHO",
    "the charge nurse",
    "the consultant",
    "the night hospitalist",
    "the pharmacist",
    "the F1 doctor",
    "the resident",
    "the ward sister",
]
EN_LAB = [
    "Hb 94 g/L",
    "WCC 14.2",
    "CRP 112 mg/L",
    "K+ 5.9 mmol/L",
    "creatinine 168 umol/L",
    "HbA1c 58 mmol/mol",
    "eGFR 41",
    "troponin 0.08 ng/mL",
    "INR 3.4",
    "Na 129 mmol/L",
    "lactate 2.8 mmol/L",
    "TSH 7.2 mU/L",
    "ferritin 11 ug/L",
    "glucose 14.3 mmol/L",
    "WBC 11.8 K/uL",
    "platelets 98",
]
DEVICES = [
    "Medtronic Azure XT DR",
    "ResMed AirSense 10",
    "Omron HEM-7156",
    "Dexcom G7",
    "FreeStyle Libre 2",
    "Accu-Chek Guide",
    "欧姆龙 HEM-7136",
    "鱼跃 YE660D",
    "三诺 GA-3",
    "Philips DreamStation 2",
    "Abbott Alinity m",
    "美敦力 MiniMed 780G",
]
LOTS = [
    "Lot EK5730",
    "Lot FF2593",
    "lot 1L3207A",
    "batch AB1234C",
    "批号 B2309127",
    "批号 21120603",
    "批号 H20230815",
    "Lot X93K27",
    "LOT 0P4471",
]
EN_DISEASE = [e for e in EN_EPONYM if "sign" not in e]
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


# --------------------------------------------------------------------------- generators of values


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def dob(lo=1932, hi=2019):
    return R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28)


def visit(y=None):
    return (y or R.choice([2023, 2024, 2025])), R.randint(1, 12), R.randint(1, 28)


def zh_date(t, style=None):
    y, m, d = t
    style = style if style is not None else R.randint(0, 4)
    return [
        f"{y}年{m}月{d}日",
        f"{y}-{m:02d}-{d:02d}",
        f"{y}.{m:02d}.{d:02d}",
        f"{y}/{m}/{d}",
        f"{y}年{m:02d}月{d:02d}日",
    ][style]


def zh_dob_text(t):
    y, m, d = t
    return c(
        [f"{y}-{m:02d}-{d:02d}", f"{y}年{m}月{d}日", f"{y}.{m:02d}.{d:02d}", f"{y}/{m}/{d}", f"{y}年{m:02d}月{d:02d}日"]
    )


def en_date(t, us=False):
    y, m, d = t
    mon = MONTHS[m - 1]
    opts = [f"{d} {mon} {y}", f"{d} {mon[:3]} {y}", f"{y}-{m:02d}-{d:02d}"]
    opts.append(f"{m:02d}/{d:02d}/{y}" if us else f"{d:02d}/{m:02d}/{y}")
    opts.append(f"{mon} {d}, {y}")
    return c(opts)


def ordinal(d):
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def en_dob_text(t, us=False):
    y, m, d = t
    mon = MONTHS[m - 1]
    opts = [
        f"{d:02d}/{m:02d}/{y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d} {mon} {y}",
        f"{mon} {d}, {y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{ordinal(d)} {mon} {y}",
        f"{d}-{mon[:3]}-{y}",
    ]
    if us:
        opts += [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{str(y)[2:]}"]
    return c(opts)


def age_at(b, v):
    return v[0] - b[0] - (1 if (v[1], v[2]) < (b[1], b[2]) else 0)


def cn_id(b):
    region = c(
        [
            "110105",
            "310104",
            "440305",
            "510107",
            "330106",
            "420106",
            "320102",
            "370202",
            "410105",
            "610113",
            "350203",
            "430104",
        ]
    )
    y, m, d = b
    body = f"{region}{y}{m:02d}{d:02d}{digits(3)}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(ch) * wi for ch, wi in zip(body, w)) % 11
    full = body + "10X98765432"[s]
    if R.random() < 0.2:
        return f"{full[:6]} {full[6:14]} {full[14:]}"
    return full


def nhs_number():
    while True:
        base = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
        s = sum(dgt * wt for dgt, wt in zip(base, range(10, 1, -1)))
        chk = 11 - s % 11
        if chk == 11:
            chk = 0
        if chk == 10:
            continue
        n = "".join(map(str, base)) + str(chk)
        return c([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"])


def passport(country="cn"):
    if country == "cn":
        pre = c(["E", "EA", "EB", "EC", "G"])
        return pre + digits(9 - len(pre))
    if country == "uk":
        return digits(9)
    if country == "in":
        return c("JKLMNPRSTUVWZ") + digits(7)
    if country == "ng":
        return "A" + digits(8)
    if country == "kr":
        return "M" + digits(8)
    if country == "pl":
        return c(["EA", "EK", "ER"]) + digits(7)
    return digits(9)


def cn_mobile():
    p = c(["138", "139", "137", "150", "151", "158", "186", "187", "189", "177", "199", "135", "182", "173"])
    a, b = digits(4), digits(4)
    return c(
        [
            f"{p}{a}{b}",
            f"{p}-{a}-{b}",
            f"{p} {a} {b}",
            f"+86 {p} {a} {b}",
            f"+86-{p}{a}{b}",
            f"0086 {p}{a}{b}",
            f"{p}{a} {b}",
        ]
    )


def cn_landline():
    area = c(["010", "021", "020", "0755", "028", "0571", "027", "0371", "029", "025"])
    n = str(R.randint(2, 8)) + digits(7)
    return c(
        [
            f"{area}-{n}",
            f"({area}){n}",
            f"{area}-{n[:4]} {n[4:]}",
            f"{area} {n[:4]} {n[4:]}",
            f"{area}-{n}转{R.randint(100, 899)}",
        ]
    )


def uk_phone():
    return c(
        [
            f"07{R.randint(700, 999)} {digits(6)}",
            f"+44 7{R.randint(700, 999)} {digits(6)}",
            f"020 7{digits(3)} {digits(4)}",
            f"0113 {digits(3)} {digits(4)}",
            f"0161-{digits(3)}-{digits(4)}",
            f"+44 (0)20 8{digits(3)} {digits(4)}",
        ]
    )


def us_phone():
    a = c(["212", "312", "415", "617", "646", "713", "206", "305", "404", "503"])
    x = f"01{R.randint(0, 99):02d}"
    return c(
        [
            f"({a}) 555-{x}",
            f"{a}-555-{x}",
            f"{a}.555.{x}",
            f"+1 {a} 555 {x}",
            f"1-{a}-555-{x}",
            f"({a}) 555-{x} ext. {R.randint(10, 99)}",
        ]
    )


def intl_phone(country):
    if country == "ng":
        return c([f"+234 80{R.randint(2, 9)} {digits(3)} {digits(4)}", f"080{R.randint(2, 9)} {digits(3)} {digits(4)}"])
    if country == "in":
        return c([f"+91 9{digits(4)} {digits(5)}", f"09{digits(4)} {digits(5)}", f"+91-9{digits(9)}"])
    if country == "vn":
        return f"+84 9{R.randint(10, 99)} {digits(3)} {digits(3)}"
    if country == "kr":
        return c([f"010-{digits(4)}-{digits(4)}", f"+82 10 {digits(4)} {digits(4)}"])
    if country == "pl":
        return c(
            [f"+48 {R.randint(500, 799)} {digits(3)} {digits(3)}", f"{R.randint(500, 799)}-{digits(3)}-{digits(3)}"]
        )
    if country == "ae":
        return f"+971 50 {digits(3)} {digits(4)}"
    return uk_phone()


def zh_mrn():
    lab = c(["住院号", "门诊号", "病案号", "病历号", "ID号", "登记号", "就诊卡号", "患者ID", "住院号码", "病人ID"])
    val = c(
        [
            digits(7),
            digits(8),
            "MZ" + digits(8),
            "ZY" + digits(7),
            digits(10),
            "BL-" + digits(6),
            digits(6),
            "H" + digits(7),
            f"{digits(4)}-{digits(4)}",
        ]
    )
    if val[0] == "0":
        val = "8" + val[1:]
    return lab, val


def en_mrn():
    lab = c(
        [
            "MRN",
            "MRN:",
            "Hospital No:",
            "Hosp. no.",
            "Chart #:",
            "Patient ID",
            "Unit No.",
            "Med Rec #",
            "Hospital number",
            "RXH no.",
            "EPIC MRN",
        ]
    )
    val = c(
        [
            digits(8),
            "RX" + digits(7),
            "H" + digits(7),
            f"{digits(5)}-{digits(2)}",
            "K" + digits(6),
            f"{digits(3)}-{digits(3)}-{digits(3)}",
            "00" + digits(6),
            digits(10),
            "M" + digits(7),
        ]
    )
    return lab, val


ZH_ADDR_PROV = [
    ("广东省", "深圳市", "南山区"),
    ("浙江省", "杭州市", "西湖区"),
    ("江苏省", "南京市", "鼓楼区"),
    ("四川省", "成都市", "武侯区"),
    ("湖北省", "武汉市", "洪山区"),
    ("", "北京市", "朝阳区"),
    ("", "上海市", "浦东新区"),
    ("河南省", "郑州市", "金水区"),
    ("山东省", "青岛市", "市南区"),
    ("福建省", "厦门市", "思明区"),
    ("湖南省", "长沙市", "岳麓区"),
    ("陕西省", "西安市", "雁塔区"),
]
ZH_ROADS = [
    "科技园路",
    "文三路",
    "中山北路",
    "人民南路",
    "珞喻路",
    "望京街",
    "张杨路",
    "花园路",
    "香港中路",
    "湖滨北路",
    "麓山南路",
    "小寨东路",
    "学府路",
    "建设大道",
    "滨江东路",
    "解放西路",
]
ZH_ESTATES = [
    "阳光花园",
    "翠苑一区",
    "碧桂园凤凰城",
    "海月花园",
    "望京西园三区",
    "锦绣江南",
    "金色家园",
    "万科城市花园",
    "御景湾",
    "紫荆苑",
    "幸福里小区",
    "绿地世纪城",
    "保利香槟国际",
    "恒大名都",
    "枫林湾",
    "书香门第",
]
EN_STREETS_UK = [
    "Kingsley Road",
    "Harrow Lane",
    "Ashgrove Avenue",
    "Wellington Street",
    "Mill Hill Close",
    "Beechwood Drive",
    "Cromwell Terrace",
    "Station Road",
    "Hollybush Way",
    "Granby Row",
]
UK_TOWNS = [
    ("Leeds", "LS6 2AB"),
    ("Bristol", "BS7 8QT"),
    ("Manchester", "M14 5RG"),
    ("London", "SE15 4NX"),
    ("Glasgow", "G12 8QQ"),
    ("Cardiff", "CF24 3AA"),
    ("Birmingham", "B29 6BD"),
    ("Nottingham", "NG7 2RD"),
    ("Sheffield", "S10 2TN"),
    ("Oxford", "OX4 1YB"),
]
EN_STREETS_US = [
    "Maple Ave",
    "W 79th St",
    "Lincoln Blvd",
    "Oak Park Dr",
    "Cedar Ln",
    "N Halsted St",
    "Peachtree Rd NE",
    "SE Division St",
    "Elm Street",
    "Magnolia Ct",
]
US_TOWNS = [
    ("New York", "NY", "10024"),
    ("Evanston", "IL", "60201"),
    ("Chicago", "IL", "60614"),
    ("Atlanta", "GA", "30305"),
    ("Portland", "OR", "97202"),
    ("Houston", "TX", "77004"),
    ("Seattle", "WA", "98103"),
    ("Boston", "MA", "02115"),
]
BUILDINGS = ["Harbour View Court", "Riverside House", "Alder Mews", "Kestrel Heights", "Victoria Mansions"]


def zh_address(spoken=False):
    prov, city, dist = c(ZH_ADDR_PROV)
    road = c(ZH_ROADS) + f"{R.randint(1, 399)}号"
    est = c(ZH_ESTATES)
    bld, unit, room = R.randint(1, 32), R.randint(1, 6), f"{R.randint(1, 33)}{R.randint(1, 4):02d}"
    kind = R.randint(0, 4)
    if spoken:
        kind = c([5, 6])
    if kind == 0:
        whole = f"{prov}{city}{dist}{road}{est}{bld}栋{unit}单元{room}室"
    elif kind == 1:
        whole = f"{city}{dist}{road}{est}{bld}幢{unit}单元{room}"
    elif kind == 2:
        whole = f"{dist}{est}{bld}-{unit}-{room}"
        road = None
    elif kind == 3:
        whole = f"{prov}{city}{dist}{road}{est}{bld}号楼{room}室"
    elif kind == 4:
        whole = f"{city}{dist}{road}{est}{bld}栋{room}"
    elif kind == 5:
        whole = f"{dist}{est}{bld}栋{unit}单元{room}"
        road = None
    else:
        whole = f"{city}{dist}{road}{est}{bld}号楼{unit}单元{room}"
    parts = [whole] + ([road] if road else []) + [est]
    return whole, parts, est


def uk_address():
    num, st = R.randint(2, 240), c(EN_STREETS_UK)
    town, pc = c(UK_TOWNS)
    street = f"{num} {st}"
    k = R.randint(0, 2)
    if k == 0:
        return f"Flat {R.randint(1, 12)}, {street}, {town} {pc}", [street]
    if k == 1:
        b = c(BUILDINGS)
        return f"{R.randint(1, 40)} {b}, {street}, {town}, {pc}", [b, street]
    return f"{street}, {town} {pc}", [street]


def us_address():
    num, st = R.randint(100, 9899), c(EN_STREETS_US)
    town, state, z = c(US_TOWNS)
    street = f"{num} {st}"
    k = R.randint(0, 2)
    if k == 0:
        return f"{street}, Apt {R.randint(1, 9)}{c('ABCDEF')}, {town}, {state} {z}", [street]
    if k == 1:
        return f"{street}, {town}, {state} {z}-{digits(4)}", [street]
    return f"{street} #{R.randint(2, 40)}, {town} {state} {z}", [street]


def zh_person(two=None):
    sur = c(ZH_SUR)
    if two is None:
        two = R.random() < 0.7
    given = c(ZH_GIVEN2) if two else c(ZH_GIVEN1)
    return {"sur": sur, "given": given, "full": sur + given}


def en_person(pool=None):
    g, s, part, order = c(pool or EN_PEOPLE)
    return {"given": g, "sur": s, "particle": part, "order": order}


def pinyin_person():
    g, s = c(PINYIN)
    return {"given": g, "sur": s, "particle": "", "order": "sg"}


def groups4(s):
    return [g for g in re.findall(r"\d{4,}", s)]


# --------------------------------------------------------------------------- row builder


class Row:
    def __init__(self, lang, style, source):
        self.lang, self.style, self.source = lang, style, source
        self.spans = collections.OrderedDict()
        self.protect = []
        self.turns = []

    def s(self, kind, text, parts):
        seen = []
        for p in parts:
            if p not in seen:
                seen.append(p)
        if text in self.spans and self.spans[text][0] != kind:
            raise ValueError("kind clash")
        self.spans[text] = (kind, seen)
        return text

    def p(self, text):
        if text not in self.protect:
            self.protect.append(text)
        return text

    # names
    def zn(self, P):
        parts = [P["full"]] + ([P["given"]] if len(P["given"]) == 2 else [])
        return self.s("NAME", P["full"], parts)

    def zs(self, P):
        return self.s("NAME", P["sur"], [P["sur"]])

    def zg(self, P):
        return self.s("NAME", P["given"], [P["given"]])

    def ch(self, x):
        return self.s("NAME", x, [x])

    def en(self, P, form="full"):
        g, s, part = P["given"], P["sur"], P["particle"]
        mid = f" {part}" if part else ""
        if form == "full":
            t = f"{s}{mid} {g}" if P["order"] == "sg" else f"{g} {s}"
            return self.s("NAME", t, [g, s])
        if form == "last_first":
            t = f"{s},{mid} {g}"
            return self.s("NAME", t, [g, s])
        if form == "LAST_first":
            t = f"{s.upper()},{mid} {g}"
            return self.s("NAME", t, [g, s.upper()])
        if form == "LAST first":
            t = f"{s.upper()}{mid} {g}"
            return self.s("NAME", t, [g, s.upper()])
        if form == "sur":
            return self.s("NAME", s, [s])
        if form == "given":
            return self.s("NAME", g, [g])
        if form == "lower":
            t = (f"{s}{mid} {g}" if P["order"] == "sg" else f"{g} {s}").lower()
            return self.s("NAME", t, [g.lower(), s.lower()])
        if form == "lower_given":
            return self.s("NAME", g.lower(), [g.lower()])
        if form == "initial":
            t = f"{g[0]}. {s}"
            return self.s("NAME", t, [s])
        if form == "given_initial":
            t = f"{g} {s[0]}."
            return self.s("NAME", t, [g])
        raise KeyError(form)

    # numbers and others
    def num(self, kind, text):
        return self.s(kind, text, [text] + groups4(text))

    def dob(self, text):
        return self.s("DOB", text, [text])

    def email(self, text):
        return self.s("EMAIL", text, [text, text.split("@")[0]])

    def addr(self, whole, pieces):
        return self.s("ADDRESS", whole, [whole] + list(pieces))

    def u(self, text):
        self.turns.append({"role": "user", "content": text})

    def a(self, text):
        self.turns.append({"role": "assistant", "content": text})


def email_for(first, last, domain=None):
    first = first.lower().replace("'", "").replace("-", "")
    last = last.lower().replace("'", "").replace("-", "")
    domain = domain or c(
        [
            "gmail.com",
            "163.com",
            "qq.com",
            "outlook.com",
            "yahoo.co.uk",
            "126.com",
            "hotmail.com",
            "icloud.com",
            "proton.me",
            "sina.com",
        ]
    )
    local = c(
        [
            f"{first}.{last}",
            f"{first[0]}{last}{R.randint(1, 99)}",
            f"{last}_{first}",
            f"{first}{R.randint(1960, 2005)}",
            f"{last}.{first[0]}{R.randint(10, 99)}",
        ]
    )
    return f"{local}@{domain}"


ASCII_MAP = str.maketrans("śęńółąćżźŚŁĘŃ", "senolaczzSLEN")


def asciify(s):
    return s.translate(ASCII_MAP)


# --------------------------------------------------------------------------- checks

LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
WORDCH = "A-Za-z0-9À-ɏ"  # Latin words end where Latin letters and digits end (CJK text has no spaces)


def latin_word(t):
    return re.compile(f"(?<![{WORDCH}])" + re.escape(t) + f"(?![{WORDCH}])", re.I)


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def check(row):
    text = "\n".join(t["content"] for t in row.turns)
    if not row.turns or len(row.turns) > 6:
        return "turns"
    cover = []
    for st in row.spans:
        occ = occurrences(text, st)
        if not occ:
            return f"span missing {st!r}"
        cover += occ

    def inside(a, b, longer=False):
        return any(x <= a and b <= y and (not longer or y - x > b - a) for x, y in cover)

    for st, (kind, parts) in row.spans.items():
        if kind not in ("NAME", "PHONE", "DOB", "MRN", "ID", "ADDRESS", "EMAIL"):
            return "kind"
        for p in parts:
            if p not in st:
                return f"part {p!r} not in span {st!r}"
            for a, b in occurrences(text, p):
                if not inside(a, b):
                    return f"part {p!r} outside spans"
            if LATIN.search(p):
                for m in latin_word(p).finditer(text):
                    if not inside(m.start(), m.end()):
                        return f"latin part {p!r} outside spans (case)"
        if LATIN.search(st):
            for a, b in occurrences(text, st):
                bounded = (a == 0 or not re.match(f"[{WORDCH}]", text[a - 1])) and (
                    b == len(text) or not re.match(f"[{WORDCH}]", text[b])
                )
                if not bounded and not inside(a, b, longer=True):
                    return f"latin span {st!r} not a whole word"
        if len(st) == 1:
            for a, b in occurrences(text, st):
                if inside(a, b, longer=True):
                    continue
                if a > 0 and text[a - 1] in PREFIX:
                    continue
                if any(text.startswith(t, b) for t in TITLES_AFTER):
                    continue
                return f"one-char span {st!r} without affix"
    for pr in row.protect:
        if pr not in text:
            return f"protect missing {pr!r}"
        for st, (_kind, parts) in row.spans.items():
            for t in [st] + parts:
                if t in pr or (LATIN.search(t) and latin_word(t).search(pr)):
                    return f"protect {pr!r} contains {t!r}"
        for a, b in occurrences(text, pr):
            if any(a < y and x < b for x, y in cover):
                return f"protect {pr!r} overlaps a span"
    return None


# --------------------------------------------------------------------------- Chinese templates (PHI)


def zh_sig(r, P, role):
    """A record signature in one of several real-world shapes."""
    k = R.randint(0, 5)
    if k == 0:
        return f"{role}：{r.zn(P)}"
    if k == 1:
        return f"记录者 {r.zn(P)}"
    if k == 2:
        return f"{role}签名：{r.zn(P)}"
    if k == 3:
        return f"（{r.zn(P)}）"
    if k == 4:
        return f"记录医师：{r.zn(P)}"
    return f"{role} {r.zn(P)}/{c(['审签', '已阅'])}"


def t_zh_progress(r):
    P, D1, D2 = zh_person(), zh_person(), zh_person()
    b = dob(1935, 1990)
    v = visit()
    age = age_at(b, v)
    lab, mrn = zh_mrn()
    lab1, lab2 = R.sample(ZH_LAB, 2)
    drug = c(ZH_DRUG)
    ep = c(ZH_DISEASE)
    bed = f"{R.randint(1, 48)}床"
    c(ZH_DEPT)
    chief = c(["主任", "主任医师", "副主任", "教授"])
    rec = (
        f"{zh_date(v)} {R.randint(7, 11):02d}:{c(['00', '15', '30', '40'])} {c(['主治医师查房记录', '上级医师查房记录', '日常病程记录', '主任查房记录'])}\n"
        f"患者{r.zn(P)}，{zsex(P)}，{r.p(f'{age}岁')}，{r.p(bed)}，{lab}：{r.num('MRN', mrn)}。"
        f"因“{c(['反复胸闷气短3年，加重1周', '发热伴咳嗽5天', '右上腹痛2天', '肢体震颤加重半年', '腹泻伴消瘦2月'])}”入院，既往{r.p(ep)}病史。"
        f"今日查房：{c(['患者诉夜间仍有', '患者精神较前好转，偶有', '患者昨夜'])}{c(['高热，最高39.2℃', '胸闷', '腹痛', '震颤'])}，"
        f"查体：BP {r.p(c(BP))} mmHg，{c(['双肺可闻及湿啰音', '皮肤巩膜轻度黄疸', '心率齐', '墨菲征阳性'])}。"
        f"辅助检查：{r.p(lab1)}，{r.p(lab2)}。{r.zs(D1)}{chief}查房后指示：继续{r.p(drug)}，复查{c(['血常规', '肝肾功能', '凝血功能', '甲功'])}，"
        f"必要时请{r.p(c(ZH_DEPT))}会诊。\n{zh_sig(r, D2, '主治医师')}"
    )
    if R.random() < 0.5:
        rec += f"　记录者 {r.zn(zh_person())}"
    r.p("主治医师") if "主治医师" in rec else None
    ask = c(
        [
            "帮我看看我爸的病程记录，好多看不懂：",
            "这是我妈住院的病程记录截图转文字，主任说的意思是什么？",
            "病程记录如下，请解释一下检查结果：",
            "麻烦医生解读一下：",
        ]
    )
    r.u(f"{ask}\n{rec}")
    r.a(
        f"从记录看，{age}岁，主要问题是{ep}基础上的{c(['感染', '心功能不全', '胆道问题', '病情波动'])}。"
        f"{lab1.split()[0]}异常提示需要继续观察。上级医师的意见是继续用药并复查，"
        f"如果出现{r.p(c(['高热不退', '意识改变', '黄疸加深', '胸痛']))}请马上告诉{r.p(c(['值班医生', '责任护士']))}。"
    )
    r.p("马上")


def t_zh_consult(r):
    P, D = zh_person(), zh_person()
    b = dob(1940, 2000)
    v = visit()
    age = age_at(b, v)
    lab, mrn = zh_mrn()
    d1, d2 = R.sample(ZH_DEPT, 2)
    drug, drug2 = R.sample(ZH_DRUG, 2)
    c(ICD)
    dsig = c(
        [
            f"会诊医师：{r.zn(D)}（{c(['主治医师', '副主任医师', '主任医师'])}）",
            f"{c(['主治医师', '副主任医师'])}：{r.zn(D)}",
            f"会诊医生 {r.zs(D)}{c(['主任', '医生', '教授'])}（{r.p(d2)}）",
        ]
    )
    rec = (
        f"会诊记录\n申请科室：{r.p(d1)}　会诊科室：{d2}\n"
        f"患者：{r.zn(P)}　性别：{zsex(P)}　年龄：{r.p(f'{age}岁')}　{lab}：{r.num('MRN', mrn)}\n"
        f"会诊时间：{zh_date(v)} {R.randint(8, 17)}:{c(['05', '20', '45'])}\n"
        f"会诊目的：{c(['协助诊治血糖控制', '评估抗凝方案', '协助诊治发热原因', '评估手术风险'])}\n"
        f"会诊意见：1. 目前考虑{(dx := c(ZH_DISEASE))}可能（ICD-10 {r.p(ZH_ICD[dx])}）；2. 建议{r.p(drug)}，停用{r.p(drug2)}；"
        f"3. 监测{r.p(c(ZH_LAB))}；4. 随诊。\n{dsig}"
    )
    r.u(c(["请帮我解释一下这份会诊记录：\n", "家属想知道会诊意见是什么意思：\n", ""]) + rec)
    role = c(["主治医师", "上级医师"])
    r.a(
        f"会诊意见主要是调整用药：改用{drug.split()[0]}，{drug2.split()[0]}先停。ICD-10 编码 {ZH_ICD[dx]} 只是诊断分类代码。"
        f"具体剂量请以{r.p(role)}医嘱为准，有问题可以在{d1}护士站询问。"
    )


def t_zh_op(r):
    P, S, A1, AN = zh_person(), zh_person(), zh_person(), zh_person()
    v = visit()
    lab, mrn = zh_mrn()
    bed = f"{R.randint(1, 60)}床"
    op = c(
        [
            "腹腔镜胆囊切除术",
            "腹腔镜阑尾切除术",
            "右股骨颈骨折人工股骨头置换术",
            "甲状腺右叶切除术",
            "经皮冠状动脉介入治疗",
            "剖宫产术",
            "腰椎间盘髓核摘除术",
        ]
    )
    blood = R.randint(5, 400)
    surg = c([r.zn(S), r.zn(S), r.zs(S) + "主任", r.zs(S) + "教授"])
    rec = (
        f"手术记录\n姓名：{r.zn(P)}　{lab}：{r.num('MRN', mrn)}　床号：{r.p(bed)}\n"
        f"手术日期：{r.p(zh_date(v))}\n术前诊断：{c(['急性结石性胆囊炎', '急性阑尾炎', '右股骨颈骨折', '甲状腺结节', '冠心病', '瘢痕子宫'])}\n"
        f"手术名称：{r.p(op)}\n主刀：{surg}　一助：{r.zn(A1)}　麻醉医师：{r.zn(AN)}\n"
        f"麻醉方式：{c(['全身麻醉', '腰硬联合麻醉', '局部麻醉'])}\n"
        f"手术经过：{c(['麻醉成功后取仰卧位，常规消毒铺巾', '患者取左侧卧位，常规消毒铺巾'])}……术中出血约{r.p(f'{blood}ml')}，"
        f"{c(['未输血', '输注悬浮红细胞2U'])}，术毕安返病房。\n{c(['记录者：', '记录：', '书写医师 '])}{r.zn(A1)}"
    )
    if R.random() < 0.4:
        rec += f"\n植入物：{r.p(c(DEVICES))} {r.p(c(LOTS))}"
    r.u(c(["我老公刚做完手术，这是手术记录，出血多不多？\n", "手术记录转文字如下，麻烦看下术后要注意什么\n"]) + rec)
    r.a(
        f"出血约{blood}ml，对于{op}来说{'属于常见范围' if blood < 200 else '偏多一些，但已处理'}。"
        f"术后注意观察伤口、体温，早期下床活动，按{c(['主治医师', '责任护士', '主刀医生'])}的交代复查。"
    )


def t_zh_discharge(r):
    P, D = zh_person(), zh_person()
    b = dob(1932, 2010)
    v1 = visit()
    days = R.randint(3, 21)
    d2 = datetime.date(*v1) + datetime.timedelta(days=days)
    v2 = (d2.year, d2.month, d2.day)
    lab, mrn = zh_mrn()
    drugs = R.sample(ZH_DRUG, 2)
    dept = c(ZH_DEPT)
    hosp = c(ZH_HOSP)
    phone = cn_mobile() if R.random() < 0.7 else cn_landline()
    whole, parts, est = zh_address()
    age = age_at(b, v1)
    dob_label = c(["出生日期", "出生年月日", "生日", "出生"])
    lines = [
        f"{r.p(hosp)} 出院小结",
        f"姓名 {r.zn(P)}　性别 {zsex(P)}　{dob_label} {r.dob(zh_dob_text(b))}　{lab} {r.num('MRN', mrn)}",
        f"入院日期：{r.p(zh_date(v1, 1))}　出院日期：{zh_date(v2, 1)}　住院{r.p(f'{days}天')}",
        f"出院诊断：{(dx := c(ZH_DISEASE))}（{r.p(ZH_ICD[dx])}）；{c(['高血压病3级', '2型糖尿病', '肺部感染', '心房颤动'])}",
        f"出院医嘱：1. {r.p(drugs[0])}；2. {r.p(drugs[1])}；3. {r.p(dept)}门诊复诊，复查{r.p(c(ZH_LAB).split()[0])}；"
        f"4. 不适随诊，急症拨打{r.p('120')}。",
    ]
    if R.random() < 0.7:
        lines.append(f"{c(['联系电话', '家属电话', '电话'])}：{r.num('PHONE', phone)}")
    if R.random() < 0.7:
        lines.append(f"{c(['住址', '家庭住址', '现住址'])}：{r.addr(whole, parts[1:])}")
    lines.append(f"{c(['医师签名', '主治医师', '经治医师'])}：{r.zn(D)}")
    ask = c(
        [
            f"我{c(['妈', '爸', '奶奶', '爷爷'])}{r.p(f'{age}岁')}了，出院小结上的药怎么吃？",
            "出院小结在这，复查要查什么？",
            "帮我看看出院医嘱",
        ]
    )
    r.u(ask + "\n" + "\n".join(lines))
    r.a(
        f"出院医嘱里有两种药：{drugs[0].split()[0]}和{drugs[1].split()[0]}，按小结上的剂量和频次服用，不要自行停药。"
        f"复诊挂{dept}，带上出院小结。如果出现胸痛、呼吸困难等急症，直接拨打120。"
    )


def t_zh_handover(r):
    ward = c(ZH_DEPT)
    v = visit()
    n = R.randint(3, 5)
    beds = sorted(R.sample(range(1, 46), n))
    lines = [f"{r.p(ward)}　{zh_date(v)} {c(['夜班', '白班', '小夜班', '大夜班'])}交班"]
    for _i, bd in enumerate(beds):
        P = zh_person()
        age = R.randint(19, 96)
        who = c(["full", "full", "full", "title"])
        if who == "full":
            nm = r.zn(P)
        else:
            nm = r.zs(P) + c(["奶奶", "爷爷", "阿姨", "叔"])
        st = c(
            [
                f"{c(ZH_DISEASE)}，今日{c(['体温平稳', '血压偏低', '大便3次', '夜间烦躁'])}",
                f"术后第{R.randint(1, 6)}天，引流量{R.randint(10, 200)}ml",
                f"{r.p(c(ZH_DRUG))}，注意出血倾向",
                f"{c(ZH_LAB)}，已通知值班医生",
                f"血糖{R.randint(3, 22)}.{R.randint(0, 9)}mmol/L，{c(['已予处理', '继续监测'])}",
                "新入院，高热39.5℃，已抽血培养",
            ]
        )
        lines.append(f"{r.p(f'{bd}床')} {nm} {zsex(P)} {age}岁 {st}")
    lines.append(f"{c(['交班护士', '交班人'])}：{r.zn(zh_person())}　{c(['接班护士', '接班人'])}：{r.zn(zh_person())}")
    if R.random() < 0.4:
        lines.append(f"护士长 {r.zs(zh_person())}{c(['老师', '护士长'])}已阅")
    r.u(c(["帮我把这份交班整理成表格：\n", "护理交班内容如下，哪些病人需要重点关注？\n", ""]) + "\n".join(lines))
    r.a(
        c(
            [
                "重点关注：有高热或出血倾向的床位，以及新入院患者。建议按床号逐一复核生命体征，夜间每2小时巡视。",
                "已按床号整理。需要重点关注血压偏低和血糖异常的患者，必要时报告值班医生。",
                "交班中使用抗凝药的床位要注意出血倾向；术后患者观察引流量；新入院患者完成入院评估。",
            ]
        )
    )
    r.p("值班医生") if "值班医生" in r.turns[-1]["content"] else None


def nickname(r, P=None):
    """Return (nick text) and label the span by the rule."""
    k = R.randint(0, 4)
    if k == 0:
        x = c(NICK_CH)
        return "小" + r.ch(x)
    if k == 1:
        x = c(NICK_CH)
        return "阿" + r.ch(x)
    if k == 2:
        x = c(NICK_CH)
        return r.ch(x) + "妹"
    if k == 3:
        x = c(["强", "军", "伟", "涛", "斌", "杰", "辉", "峰", "勇", "龙", "波", "鹏"])
        return r.ch(x) + "哥"
    P = P or zh_person()
    return "老" + r.zs(P)


def t_zh_ih_chat(r):
    nick = nickname(r)
    hosp = c(ZH_HOSP)
    dept = c(ZH_DEPT)
    dr = zh_person()
    sym = c(
        [
            "孩子发烧38.9℃两天了，咳嗽有痰",
            "我最近总是心慌，手抖，体重掉了4斤",
            "我吃华法林，INR 3.6，牙龈出血",
            "我妈有帕金森病，最近多巴丝肼效果变差",
            "饭后右上腹痛，吃了油腻的更明显",
            "孩子被诊断川崎病，出院后要吃阿司匹林多久",
        ]
    )
    turn1 = c(
        [
            f"医生您好，我是{nick}，{sym}，需要去医院吗？",
            f"{sym}，麻烦{r.zs(dr)}医生看一下。——{nick}",
            f"{r.zs(dr)}大夫好，{sym}。{nick}",
        ]
    )
    r.u(turn1)
    for w in ["华法林", "帕金森病", "川崎病", "阿司匹林", "多巴丝肼"]:
        if w in turn1:
            r.p(w)
    r.a(
        c(
            [
                f"您好，根据描述建议尽快到{r.p(hosp)}{r.p(dept)}就诊，完善{r.p(c(ZH_LAB))}等检查。如果出现意识不清或呼吸困难，请马上拨打{r.p('120')}。",
                "先别紧张。请问症状持续多久了？有没有发热、胸痛？方便的话上传一下近期的化验单。",
                f"这种情况需要线下评估。可以先挂{dept}的号，也可以拨打{r.p('12320')}卫生热线咨询。",
            ]
        )
    )
    k = R.random()
    if k < 0.4:
        r.u(f"好的谢谢，我的电话是{r.num('PHONE', cn_mobile())}，有号源麻烦通知我。{nick}")
        r.a("收到，已备注。线上无法代为预约，请通过医院公众号挂号。")
    elif k < 0.7:
        em = email_for(
            c(["xiaofang", "ajuan", "laowang", "mei", "jun", "tao"]),
            c(["zhang", "li", "liu", "chen"]),
            c(["qq.com", "163.com"]),
        )
        r.u(f"化验单我发到邮箱了 {r.email(em)} 回复也可以发那里，谢谢医生")
        r.a("平台内不方便接收外部邮件，请直接在对话中上传图片。")
    else:
        r.u("好的，那我明天上午去。")
        r.a("好的，记得空腹，带上既往病历。")
    r.p("马上") if "马上" in "\n".join(t["content"] for t in r.turns) else None
    r.p("方便") if "方便的话" in r.turns[1]["content"] else None


def t_zh_family(r):
    mom = zh_person(True)
    A, B, C = zh_person(True), zh_person(True), zh_person(True)
    drug = c(ZH_DRUG)
    hosp = c(ZH_HOSP)
    doc = zh_person()
    lines = [
        f"大姐：{r.zg(A)}你去拿药，妈的{r.p(drug.split()[0])}没了",
        f"{A['given']}：好，我下午去{r.p(hosp)}，顺便问问{r.zs(doc)}医生要不要调量",
        f"{r.zg(B)}：妈今天血压{r.p(c(BP))}，{c(['早上', '晚饭后', '中午'])}量的",
        f"大姐：{B['given']}你别老让妈吃咸菜",
        f"{B['given']}：知道了。{r.zg(C)}说周末回来带妈去复查",
    ]
    if R.random() < 0.5:
        lines.append(f"{C['given']}：我周六到，{r.zn(mom)}的医保卡在谁那？")
    if R.random() < 0.3:
        lines.append(f"大姐：在我这，卡号后四位记不清了，身份证是{r.num('ID', cn_id(dob(1940, 1960)))}")
    n = R.randint(3, len(lines))
    r.u(
        c(["这是我们家群里的聊天记录，帮我看看我妈用药有没有问题：\n", "家里人说法不一样，请医生评评理：\n"])
        + "\n".join(lines[:n])
    )
    r.a(f"{drug.split()[0]}不要自行停药或加量，调整剂量要听主治医师的。血压要每天固定时间测量并记录，饮食少盐。")
    r.p("主治医师")


def t_zh_voice(r):
    P = zh_person()
    rel = c(["女儿", "儿子", "儿媳", "大女儿", "小儿子"])
    b = dob(1935, 1965)
    v = visit()
    age = age_at(b, v)
    whole, parts, est = zh_address(spoken=True)
    phone = cn_mobile().replace("-", "").replace(" ", "")
    hosp = c(ZH_HOSP)
    ep = c(["桥本甲状腺炎", "帕金森病", "高血压", "糖尿病", "阿尔茨海默病"])
    ma = zsex(P) == "女"
    par, ta = ("妈", "她") if ma else ("爸", "他")
    sym = c(
        [
            ("昨天开始发烧最高三十九度二", "吃了布洛芬退了又烧起来"),
            ("这两天吃不下饭", "人也没精神"),
            ("晚上老是说胡话", "白天又好好的"),
            ("腿肿得厉害", "量了血压一百六十多"),
            ("头晕走不稳", "血糖也不太稳"),
        ]
    )
    bits = [
        f"医生你好我是{r.zn(P)}的{rel}",
        f"我{par}今年{r.p(f'{age}岁')}了{sym[0]}",
        sym[1],
        f"{ta}有{r.p(ep)}一直在吃药",
        f"我们住在{r.addr(whole, parts[1:])}离{r.p(hosp)}比较远",
        "能不能先在网上开点药",
        f"我电话是{r.num('PHONE', phone)}",
    ]
    if R.random() < 0.4:
        bits.insert(1, f"我{par}是{r.dob(f'{b[0]}年{b[1]}月')}生的")
    if R.random() < 0.3:
        bits.append(f"身份证号{r.num('ID', cn_id(b).replace(' ', ''))}")
    r.u("".join(bits) if R.random() < 0.6 else " ".join(bits))
    r.a(
        c(
            [
                "高龄老人反复高热或意识改变，不建议线上开药，请尽快就近就医或拨打120。",
                "线上无法替代面诊。老人症状明显，建议今天就到附近医院急诊，带上平时吃的药。",
            ]
        )
    )
    r.p("120") if "120" in r.turns[-1]["content"] else None
    if R.random() < 0.4:
        r.u(c(["好的那我们马上过去", "行我叫上我哥一起去谢谢医生"]))
        r.p("马上") if "马上" in r.turns[-1]["content"] else None


def t_zh_registration(r):
    P, Q = zh_person(), zh_person()
    b = dob(1950, 2005)
    whole, parts, est = zh_address()
    dob_t = zh_dob_text(b)
    em = email_for(c(["xiuying", "zhiqiang", "lihua", "min", "jun", "fang"]), c(["wang", "li", "zhang", "chen", "liu"]))
    fields = [
        f"姓名：{r.zn(P)}",
        f"身份证号：{r.num('ID', cn_id(b))}",
        f"{c(['出生日期', '出生年月', '生日'])}：{r.dob(dob_t)}",
        f"{c(['联系电话', '手机', '手机号码'])}：{r.num('PHONE', cn_mobile())}",
        f"{c(['住址', '居住地址', '通讯地址'])}：{r.addr(whole, parts[1:])}",
        f"紧急联系人：{r.zn(Q)}（{c(['配偶', '女儿', '儿子', '母亲'])}） {r.num('PHONE', cn_mobile())}",
    ]
    if R.random() < 0.5:
        fields.append(f"邮箱：{r.email(em)}")
    if R.random() < 0.4:
        fields.append(f"过敏史：{r.p(c(['青霉素', '磺胺类', '头孢类', '无']))}")
    R.shuffle(fields)
    r.u(
        c(
            [
                "帮我检查一下建档信息填得对不对：\n",
                "我在填互联网医院的就诊人信息，这样可以吗？\n",
                "体检预约要填这些，格式对吗\n",
            ]
        )
        + "\n".join(fields)
    )
    r.a("信息基本完整。身份证号最后一位是校验码，填错会导致实名认证失败；请核对出生日期与身份证一致。")


def t_zh_copy(r):
    P, Q = zh_person(), zh_person()
    lab, mrn = zh_mrn()
    v = visit()
    whole, parts, est = zh_address()
    hosp = c(ZH_HOSP)
    msg = (
        f"您好，我想申请复印病历。患者{r.zn(P)}，{lab}{r.num('MRN', mrn)}，{zh_date(v)}在{r.p(hosp)}{r.p(c(ZH_DEPT))}出院。"
        f"委托人{r.zn(Q)}，身份证{r.num('ID', cn_id(dob(1960, 2000)))}，电话{r.num('PHONE', c([cn_mobile(), cn_landline()]))}，"
        f"邮寄地址{r.addr(whole, parts[1:])}。需要带什么材料？"
    )
    if R.random() < 0.3:
        pp = passport("cn")
        msg += f"患者现在在国外，护照号{r.num('ID', pp)}，可以用护照吗？"
    r.u(msg)
    r.a("一般需要患者身份证原件、委托书及委托人身份证。具体以医院病案室要求为准，可先电话咨询，或拨打12320卫生热线。")
    r.p("12320")


# --------------------------------------------------------------------------- Chinese templates (PHI-free)


def t_zh_clean_progress(r):
    v = visit()
    age = R.randint(18, 95)
    bed = f"{R.randint(1, 60)}床"
    labs = R.sample(ZH_LAB, 2)
    ep = c(ZH_DISEASE)
    role = c(ZH_ROLE[:5])
    rec = (
        f"{zh_date(v)} {R.randint(8, 11)}:{c(['00', '30'])} {role}查房\n"
        f"{bed}患者，{c(['男', '女'])}，{age}岁，{ep}，{c(['高热3天', '皮肤黄疸1周', '反复腹泻', '震颤加重'])}。"
        f"今日T 38.{R.randint(1, 9)}℃，BP {c(BP)} mmHg，{labs[0]}，{labs[1]}。"
        f"{c(['上级医师', '主任医师'])}意见：{c(ZH_DRUG)}，复查周围血象，必要时{c(ZH_DEPT)}会诊。ICD-10：{c(ICD)}。"
    )
    for t in [f"{age}岁", bed, ep, labs[0], labs[1], role]:
        r.p(t)
    for w in ZH_LOOK + ICD + BP + ZH_DRUG + ZH_DEPT + ["上级医师", "主任医师"]:
        if w in rec:
            r.p(w)
    r.u(c(["这段记录里有哪些异常指标？\n", "请把下面的病程记录改写成通俗的话：\n"]) + rec)
    r.a(f"异常的有：{labs[0]}、{labs[1]}。白细胞升高提示感染可能，请按主治医师安排复查，出现高热不退要马上告诉医生。")
    r.p("马上")
    r.p("主治医师")


def t_zh_clean_tcm(r):
    herbs = R.sample(ZH_HERB, R.randint(5, 9))
    pres = "，".join(f"{h}{R.choice([6, 9, 10, 12, 15, 20, 30])}g" for h in herbs)
    fang = c(["小柴胡汤加减", "当归补血汤", "四物汤加减", "银翘散加减", "补中益气汤", "逍遥散加减"])
    q = c(
        [
            f"中医开了{fang}：{pres}，一天一剂，我在吃华法林，能一起吃吗？",
            f"方子是{pres}，{R.randint(5, 14)}剂，水煎服，孕妇能喝吗？",
            f"{fang}里的{herbs[0]}和{herbs[1]}有什么作用？方子：{pres}",
        ]
    )
    r.u(q)
    for h in herbs:
        r.p(f"{h}")
    for w in ["华法林", fang]:
        if w in q:
            r.p(w)
    a = f"{herbs[0]}、{herbs[1]}是常用药材。" + c(
        [
            "当归、丹参等有活血作用，与华法林合用可能增加出血风险，需要监测INR，请告知开方医生。",
            "孕期用药请先咨询产科和中医科医生，不要自行服用。",
            "建议在正规医院中医科就诊，按医嘱煎服，服药期间若出现腹泻或皮疹请停药就诊。",
        ]
    )
    r.a(a)
    for w in ["华法林", "中医科", "INR"]:
        if w in a:
            r.p(w)


def t_zh_clean_chat(r):
    opts = [
        (
            "孩子两岁，高热39.6℃，手脚脱皮，嘴唇很红，是不是川崎病？",
            "川崎病需要尽快就医确诊，建议今天就到儿科急诊，如孩子抽搐或精神差请马上拨打120。",
            ["川崎病", "39.6℃", "儿科", "120", "马上"],
        ),
        (
            "体检发现TSH 8.9mIU/L，抗体很高，医生说是桥本甲状腺炎，要吃一辈子药吗？",
            "桥本甲状腺炎不一定都要吃药，是否用左甲状腺素钠要看甲功，一般3个月复查一次。",
            ["TSH 8.9mIU/L", "桥本甲状腺炎", "左甲状腺素钠"],
        ),
        (
            "我妈黄疸很明显，眼睛都黄了，总胆红素 45μmol/L，马上要去外地，方便的话先开点药吗？",
            "出现明显黄疸需要面诊查明原因，不建议线上开药。外地也可以到当地三甲医院消化内科就诊。",
            ["黄疸", "总胆红素 45μmol/L", "马上", "方便", "消化内科"],
        ),
        (
            "老人吃华法林 2.5mg qd，INR 3.4，刷牙出血，要停药吗？",
            "INR偏高，先不要自行停药，今天联系开药医生或抗凝门诊调整剂量；如有黑便、呕血请拨打120。",
            ["华法林 2.5mg qd", "INR 3.4", "120"],
        ),
        (
            "白细胞 3.1×10^9/L 偏低，平时经常感冒，要紧吗？",
            "轻度偏低常见，建议两周后复查血常规，明显乏力或发热再就诊。",
            ["白细胞 3.1×10^9/L", "平时"],
        ),
        (
            "我爸帕金森病8年，多巴丝肼 125mg tid，最近药效只能维持两小时",
            "这可能是剂末现象，需要神经内科医生调整方案，不要自行加量。",
            ["帕金森病", "多巴丝肼 125mg tid", "神经内科"],
        ),
        (
            "心理压力很大晚上睡不着，有没有可以打的热线？",
            "可以拨打12320卫生热线或当地心理援助热线，如有伤害自己的想法请立即拨打120或110。",
            ["12320", "120"],
        ),
        (
            "克罗恩病用美沙拉秦 1g qid半年了，最近又腹泻",
            "克罗恩病复发需要消化内科评估，可能要调整为生物制剂，请带上肠镜报告复诊。",
            ["克罗恩病", "美沙拉秦 1g qid", "消化内科"],
        ),
    ]
    picks = R.sample(opts, R.randint(1, 2))
    for q, a, pr in picks:
        v = visit()
        if R.random() < 0.4:
            q = f"{zh_date(v)}{c(['查的', '复查'])}：" + q
        r.u(q)
        r.a(a)
        for w in pr:
            r.p(w)
    hosp = c(ZH_HOSP)
    if R.random() < 0.5:
        r.u(f"{hosp}的{c(ZH_ROLE[:3])}今天出诊吗？")
        r.a("出诊信息请以医院官方公众号为准，门诊时间一般为8:00-17:00。")
        r.p(hosp)
        r.p("8:00-17:00")


def t_zh_clean_handover(r):
    v = visit()
    beds = sorted(R.sample(range(1, 50), R.randint(3, 5)))
    lines = [f"{c(ZH_DEPT)} {zh_date(v)} 交班"]
    for bd in beds:
        st = c(
            [
                f"{c(ZH_DISEASE)}，{c(ZH_DRUG)}",
                f"术后第{R.randint(1, 5)}天，{c(ZH_LAB)}",
                "高热待查，已抽血培养",
                f"血压 {c(BP)} mmHg，{c(['已通知值班医生', '继续观察'])}",
                "黄疸较前减轻",
                f"{c(DEVICES)}监测中",
                f"输注红细胞，{c(LOTS)}",
            ]
        )
        line = f"{bd}床 {c(['男', '女'])} {R.randint(20, 98)}岁 {st}"
        lines.append(line)
        r.p(f"{bd}床")
    lines.append(
        f"交班：{c(['责任护士', '夜班护士', 'N2护士'])}　接班：{c(['白班护士', '责任护士'])}　{c(['护士长已阅', '值班医生已知晓'])}"
    )
    text = "\n".join(lines)
    for w in ZH_EPONYM + ZH_DRUG + ZH_LAB + LOTS + DEVICES + ["高热", "黄疸", "值班医生", "护士长", "责任护士"]:
        if w in text:
            r.p(w)
    r.u(c(["下面的交班有没有遗漏的观察项？\n", "请按风险高低排序：\n"]) + text)
    r.a("高热待查和术后患者优先观察，使用抗凝或输血的床位注意不良反应，其余按常规巡视。")


# --------------------------------------------------------------------------- English templates (PHI)


def title_for():
    return c(["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"])


def t_en_gp_letter(r):
    P, GP, CONS = en_person(), en_person(), en_person()
    b = dob(1930, 2005)
    v = visit()
    age = age_at(b, v)
    addr, pieces = uk_address()
    eponym = c(EN_DISEASE)
    drug = c(EN_DRUG)
    hosp = c(UK_HOSP)
    dept = c(EN_DEPT[:7])
    pname = r.en(P, c(["full", "full", "LAST_first", "last_first"]))
    letter = (
        f"{r.p(hosp)}\nDepartment of {dept.replace('the ', '')}\nClinic date: {en_date(v)}\n\n"
        f"Dr {r.en(GP, 'sur')}\n{c(['Meadowbank Surgery', 'Parkside Medical Practice', 'The Grange Health Centre'])}\n\n"
        f"Dear Dr {GP['sur']},\n\n"
        f"Re: {en_title(P)} {pname}, DOB {r.dob(en_dob_text(b))}, NHS No {r.num('ID', nhs_number())}\n"
        f"{r.addr(addr, pieces)}\n\n"
        f"Thank you for referring this {r.p(f'{age}-year-old')} with {r.p(eponym)}. "
        f"Bloods today: {r.p(c(EN_LAB))}, {r.p(c(EN_LAB))}. BP {r.p(c(BP))}. "
        f"I have started {r.p(drug)} and would be grateful if you could check U&Es in {c(['two weeks', '10 days', 'a month'])}. "
        f"I will see {'her' if female(P) else 'him'} again in clinic in {r.p(c(['three months', '6 weeks', '4 months']))}.\n\n"
        f"Yours sincerely,\n\nDr {r.en(CONS, c(['full', 'initial']))}\nConsultant {c(['Gastroenterologist', 'Neurologist', 'Endocrinologist', 'Cardiologist'])}"
    )
    if R.random() < 0.4:
        letter += f"\nSecretary: {r.num('PHONE', uk_phone())}"
    r.u(
        c(
            [
                "I got this letter from the hospital and I'm not sure what it means for me:\n\n",
                "Can you explain this clinic letter in plain English?\n\n",
                "My dad's consultant letter below. What's U&Es?\n\n",
            ]
        )
        + letter
    )
    r.a(
        f"The letter is from the clinic to your GP. It says you have {eponym}, and a new medicine was started "
        f"({drug.split(' ')[0]}). U&Es means urea and electrolytes, a routine kidney blood test. "
        f"If you become unwell before the follow-up, contact your GP or call 111."
    )
    r.p("111")


def t_en_soap(r):
    P, ATT, RES = en_person(), en_person(), en_person()
    b = dob(1935, 2004)
    v = visit()
    age = age_at(b, v)
    lab, mrn = en_mrn()
    eponym = c(EN_DISEASE)
    labs = R.sample(EN_LAB, 2)
    drug = c(EN_DRUG)
    icd = c(ICD)
    head = c(
        [
            f"Pt: {r.en(P, c(['LAST_first', 'last_first', 'full']))}   {lab} {r.num('MRN', mrn)}   DOB: {r.dob(en_dob_text(b, us=True))}",
            f"{r.en(P, 'full')} ({en_sex(P)}, {age}) {lab} {r.num('MRN', mrn)}",
        ]
    )
    note = (
        f"PROGRESS NOTE {en_date(v, us=True)} {R.randint(6, 11)}:{c(['05', '30', '45'])}\n{head}\n"
        f"S: {r.p(f'{age} yo')} with h/o {r.p(eponym)} c/o {c(['worsening SOB', 'fever and dysuria', 'RUQ pain', 'falls at home', 'bloody diarrhea'])} x {r.p(c(['3 days', '48 hrs', '1 week']))}. "
        f"Pt's {c(['daughter', 'son'])} {r.en(en_other(P), 'given')} at bedside.\n"
        f"O: T 38.{R.randint(0, 9)} HR {R.randint(60, 120)} BP {r.p(c(BP))} SpO2 9{R.randint(0, 9)}% RA. {r.p(labs[0])}, {r.p(labs[1])}.\n"
        f"A: {c(['CAP', 'UTI', 'acute cholecystitis', 'flare'])} ({r.p(icd)}).\n"
        f"P: {r.p(drug)}; repeat labs AM; PT/OT eval; dispo per {r.p(c(['the attending', 'the night hospitalist']))}.\n"
        f"{c(['Signed', 'Electronically signed by', 'Attending:'])} {r.en(ATT, c(['full', 'full', 'initial']))}, MD"
    )
    if R.random() < 0.5:
        note += f"\nResident: {r.en(RES, c(['full', 'given_initial']))}, {c(['PGY-2', 'PGY-1', 'MD'])}"
    r.u(
        c(
            [
                "Here's my mom's progress note from the portal, what does it say?\n",
                "Can you summarize this SOAP note?\n",
                "",
            ]
        )
        + note
    )
    r.a(
        f"Summary: {age}-year-old with {eponym}, now admitted for an acute problem. The plan is {drug.split(' ')[0]}, "
        f"repeat blood tests in the morning and therapy evaluation. ICD code {icd} is just the billing diagnosis code."
    )


def t_en_discharge(r):
    P, NURSE = en_person(), en_person()
    b = dob(1940, 2015)
    v = visit()
    lab, mrn = en_mrn()
    drug = c(EN_ABX)
    us = R.random() < 0.6
    phone = us_phone() if us else uk_phone()
    hot = "911" if us else "999"
    addr, pieces = us_address() if us else uk_address()
    txt = (
        f"DISCHARGE INSTRUCTIONS\nPatient: {r.en(P, c(['LAST_first', 'last_first', 'full']))}   {lab} {r.num('MRN', mrn)}   "
        f"{c(['DOB', 'D.O.B.', 'Date of birth'])}: {r.dob(en_dob_text(b, us=us))}\n"
        f"Discharged: {r.p(en_date(v, us=us))}\n"
        f"Diagnosis: {c(['cellulitis of left leg', 'urinary tract infection', 'community-acquired pneumonia', 'Kawasaki disease'])}\n"
        f"Medications: {r.p(drug)} for {r.p(c(['7 days', '10 days', '5 days']))}. Take with food.\n"
        f"Follow up with {c(['your PCP', 'the cardiology clinic', 'your GP'])} in {c(['1 week', '2 weeks'])}. "
        f"Call {r.num('PHONE', phone)} with questions. If you have chest pain or trouble breathing, call {r.p(hot)}.\n"
    )
    if R.random() < 0.5:
        txt += f"Home address on file: {r.addr(addr, pieces)}\n"
    txt += f"Nurse: {r.en(NURSE, c(['given_initial', 'full']))}, RN"
    r.u(
        c(
            [
                "I was discharged today, can you help me understand these instructions?\n",
                "Discharge paperwork (typed out):\n",
                "",
            ]
        )
        + txt
    )
    r.a(
        f"Take {drug.split(' ')[0]} exactly as written and finish the course even if you feel better. "
        f"Go to your follow-up appointment. For an emergency, call {hot}, not the clinic number."
    )
    r.p(hot)


def t_en_sbar(r):
    P, N1, N2, REL = en_person(), en_person(), en_person(), en_person()
    age = R.randint(40, 97)
    bed = f"Bed {R.randint(1, 30)}"
    ward = c(["Ward 7B", "Ward 12", "AMU", "4 North", "Cedar Ward", "CCU"])
    eponym = c(EN_DISEASE)
    txt = (
        f"SBAR handover {r.p(bed)}, {r.p(ward)}, {r.p(c(['19:30', '07:45', '20:00', '08:15']))}\n"
        f"S: {r.en(P, c(['full', 'full', 'LAST first']))}, {r.p(f'{age}' + en_sex(P))}, {c(['new confusion', 'dropping sats', 'hypotensive', 'fall at 03:00'])}.\n"
        f"B: {r.p(eponym)}, on {r.p(c(EN_DRUG))}. Admitted with {c(['sepsis', 'AKI', 'hip fracture', 'COPD exacerbation'])}.\n"
        f"A: BP {r.p(c(BP))}, HR {R.randint(90, 130)}, NEWS2 {R.randint(3, 9)}. {r.p(c(EN_LAB))}.\n"
        f"R: {r.p(c(['the registrar', 'the on-call SHO', 'the night hospitalist']))} to review within 30 min; "
        f"{c(['son', 'daughter', 'wife', 'husband'])} {r.en(REL, c(['given', 'full']))} can be reached on "
        f"{r.num('PHONE', c([uk_phone(), us_phone()]))}.\n"
        f"Handed over by {r.en(N1, c(['given', 'full', 'given_initial']))} to {r.en(N2, c(['given', 'given_initial']))}."
    )
    r.u(c(["Is this SBAR complete?\n", "Please tidy up my handover:\n", "What's missing from this handover?\n"]) + txt)
    r.a(
        "Consider adding the escalation plan, DNACPR status, allergies and the time of the last set of observations. "
        "A NEWS2 of 5 or more needs urgent review by the registrar."
    )
    r.p("the registrar") if "the registrar" in txt else None


def t_en_portal(r):
    P, DOC = en_person(), en_person()
    lower = R.random() < 0.35
    drug = c(EN_DRUG)
    k = R.randint(0, 3)
    if k == 0:
        body = f"Hi Dr {r.en(DOC, 'sur')}, I've been on {r.p(drug)} since last week and I'm getting a rash on my arms. Should I stop it?"
        ans = "Please stop the medicine and book an appointment today; if you develop swelling of the lips or trouble breathing, call 911."
    elif k == 1:
        body = f"Dear Dr {r.en(DOC, 'sur')}, my blood pressure readings this week were {r.p(c(BP[:4]))} and {r.p(c(BP[4:]))}. Is that ok?"
        ans = "Some of those readings are outside the usual range. Keep a diary for two weeks and bring it to your next appointment."
    elif k == 2:
        body = f"Hello, quick question about my {r.p(c(EN_DISEASE))} - can I have the flu jab while on {r.p(drug)}?"
        ans = "Yes, the flu vaccine is safe with this medicine. You can book it at reception or your pharmacy."
    else:
        body = f"Hi, the pharmacy says my prescription for {r.p(drug)} needs a new authorization. Can you send it?"
        ans = "I have sent the renewal to your pharmacy; it should be ready within 48 hours."
    if lower:
        body = body.lower()
        r.protect = [x.lower() for x in r.protect]
        if k < 2:
            sur = DOC["sur"]
            del r.spans[sur]
            r.s("NAME", sur.lower(), [sur.lower()])
    sig = c(["thanks", "Thanks,", "Best,", "Cheers", "-", "Regards"])
    if R.random() < 0.25:
        sig += f"\n{r.en(P, 'given')} ({c(['DOB', 'dob', 'd.o.b.'])} {r.dob(en_dob_text(dob(1940, 2004), us=True))})"
    else:
        sig += "\n" + r.en(P, "lower_given" if lower else "given")
    extra = ""
    if R.random() < 0.35:
        em = email_for(asciify(P["given"]), asciify(P["sur"]))
        extra = f"\nYou can also email me at {r.email(em)}"
    elif R.random() < 0.3:
        extra = f"\nMy cell is {r.num('PHONE', c([us_phone(), uk_phone(), intl_phone('in')]))} if easier."
    r.u(body + extra + "\n" + sig)
    r.a(ans)
    r.p("911") if "911" in ans else None


def t_en_lower(r):
    P, DOC = en_person(), en_person()
    MOM = en_other(P, True)
    phone = c([us_phone(), uk_phone()])
    drug = c(EN_DRUG).lower()
    n = R.randint(2, 4)
    msgs = [
        f"hey its {r.en(P, 'lower_given')} again, my mom {r.en(MOM, 'lower')} is still dizzy after the new {r.p(drug)}",
        lambda: (
            f"dr {r.s('NAME', DOC['sur'].lower(), [DOC['sur'].lower()])} said to call if it got worse so im calling lol"
        ),
        lambda: f"her bp was {r.p(c(BP))} this morning",
        lambda: f"can someone call me back on {r.num('PHONE', phone)}",
    ]
    msgs = [msgs[0]] + [m() for m in msgs[1:n]]
    r.u("\n".join(msgs) if R.random() < 0.5 else " ".join(msgs))
    r.a(
        "Dizziness after a new blood pressure medicine is common in the first days. Make sure she drinks enough and "
        "stands up slowly. If she faints, has chest pain or slurred speech, call 911."
    )
    r.p("911")


INTL = [
    p
    for p in EN_PEOPLE
    if p[1]
    in (
        "Okafor",
        "Okonkwo",
        "Adeyemi",
        "Eze",
        "Olawale",
        "Adebayo",
        "Nwosu",
        "Bakare",
        "Raghunathan",
        "Venkataraman",
        "Subramanian",
        "Deshpande",
        "Iyer",
        "Kulkarni",
        "Pillai",
        "Dhillon",
        "D'Souza",
        "Abdelrahman",
        "Nasser",
        "El-Amin",
        "Al-Haddad",
        "Al-Mansouri",
        "Boutros",
        "Nguyen",
        "Tran",
        "Pham",
        "Hoang",
        "Vo",
        "Kim",
        "Park",
        "Choi",
        "Jung",
        "Yoon",
        "Wiśniewska",
        "Brzęczyszczykiewicz",
        "Kowalczyk",
        "Zieliński",
        "Wójcik",
        "Lewandowski",
    )
]
COUNTRY = {
    "Okafor": "ng",
    "Okonkwo": "ng",
    "Adeyemi": "ng",
    "Eze": "ng",
    "Olawale": "ng",
    "Adebayo": "ng",
    "Nwosu": "ng",
    "Bakare": "ng",
    "Nguyen": "vn",
    "Tran": "vn",
    "Pham": "vn",
    "Hoang": "vn",
    "Vo": "vn",
    "Kim": "kr",
    "Park": "kr",
    "Choi": "kr",
    "Jung": "kr",
    "Yoon": "kr",
    "Abdelrahman": "ae",
    "Nasser": "ae",
    "El-Amin": "ae",
    "Al-Haddad": "ae",
    "Al-Mansouri": "ae",
    "Boutros": "ae",
}


LANGS = {
    "ng": ["Yoruba", "Igbo"],
    "in": ["Tamil", "Hindi", "Marathi", "Punjabi", "Malayalam"],
    "ae": ["Arabic"],
    "vn": ["Vietnamese"],
    "kr": ["Korean"],
    "pl": ["Polish"],
}


def t_en_intl(r):
    P = en_person(INTL)
    ctry = COUNTRY.get(
        P["sur"],
        "pl" if any(ch in P["sur"] + P["given"] for ch in "śęńółąćżźŁ") or P["sur"] in ("Kowalczyk",) else "in",
    )
    b = dob(1945, 2010)
    v = visit()
    k = R.randint(0, 2)
    if k == 0:
        txt = (
            f"Travel clinic record {en_date(v)}\nName: {r.en(P, c(['LAST_first', 'full', 'LAST first']))}\n"
            f"Passport: {r.num('ID', passport(ctry if ctry in ('ng', 'in', 'kr', 'pl') else 'uk'))}   DOB: {r.dob(en_dob_text(b))}\n"
            f"Vaccines given: Yellow fever ({r.p(c(LOTS[:5]))}), Typhim Vi. Malaria prophylaxis: {r.p(c(['Malarone 1 tab daily', 'doxycycline 100 mg OD']))}.\n"
            f"Contact: {r.num('PHONE', intl_phone(ctry))}"
        )
        q = "Is this vaccination record enough for my visa application?\n"
        ans = "The yellow fever certificate must be on the official ICVP card; this clinic record alone is usually not accepted."
    elif k == 1:
        DOC = en_person()
        txt = (
            f"Referral: {r.en(P, 'full')}, {r.p(f'{age_at(b, v)}-year-old')}, recently arrived, {c(['Hb 78 g/L', 'ferritin 6 ug/L', 'HbA1c 71 mmol/mol'])}. "
            f"Speaks {c(LANGS[ctry])}; interpreter needed. "
            f"{(rel := c(['Husband', 'Brother', 'Daughter', 'Wife', 'Sister', 'Son']))} "
            f"{r.en(en_other(P, rel in ('Daughter', 'Wife', 'Sister'), [q for q in INTL if COUNTRY.get(q[1], 'x') == COUNTRY.get(P['sur'], 'y')] or INTL), 'given')} "
            f"attends with {'her' if female(P) else 'him'}. "
            f"Please see in {r.p(c(EN_DEPT))}.\nReferring GP: Dr {r.en(DOC, c(['full', 'initial']))}"
        )
        q = "Can you make this referral clearer?\n"
        ans = "Suggested rewrite: state the reason for referral first, the key result, the urgency, and interpreter needs."
    else:
        em = email_for(asciify(P["given"]), asciify(P["sur"]))
        txt = (
            f"Hello doctor, my name is {r.en(P, 'full')}. I was diagnosed with {r.p(c(EN_DISEASE))} back home and I have my records. "
            f"My date of birth is {r.dob(en_dob_text(b))}. Please reply to {r.email(em)}. Regards, {r.en(P, 'given')}"
        )
        q = ""
        ans = "Welcome. Please register with a local GP first; bring your records translated if possible. In an emergency call 999 or 112."
        r.p("999")
    r.u(q + txt)
    r.a(ans)


def t_en_pinyin(r):
    P = pinyin_person()
    Q = pinyin_person()
    if Q["given"] == P["given"] or Q["sur"] == P["sur"]:
        Q = None
    b = dob(1935, 2000)
    v = visit()
    age = age_at(b, v)
    lab, mrn = en_mrn()
    form = c(["last_first", "full", "LAST first", "LAST_first"])
    drug = c(EN_DRUG)
    txt = (
        f"{c(['Clinic note', 'ED triage', 'Pharmacy note'])} {en_date(v)}\n"
        f"{r.en(P, form)} ({r.p(en_sex(P) + f', {age}')}) {lab} {r.num('MRN', mrn)}, DOB {r.dob(en_dob_text(b))}. "
        f"Mandarin speaker; {c(['son', 'daughter', 'niece'])} interpreting"
        + (f" ({r.en(Q, 'full')})" if Q else "")
        + f". Presenting with {c(['chest tightness', 'jaundice', 'productive cough', 'tremor'])}. Current meds: {r.p(drug)}. "
        f"Plan discussed with {r.p(c(EN_ROLE[:5]))}."
    )
    r.u(c(["Can you translate this note into Chinese for my parent?\n", "What does this note mean?\n"]) + txt)
    r.a(
        f"The note says the patient, {age} years old, came in and the current medicine is {drug.split(' ')[0]}. "
        "A senior doctor reviewed the plan. Ask for a professional interpreter at the next visit if needed."
    )


# --------------------------------------------------------------------------- English templates (PHI-free)


def t_en_clean_note(r):
    age = R.randint(18, 94)
    ep = R.sample(EN_DISEASE, 2)
    drugs = R.sample(EN_DRUG, 2)
    labs = R.sample(EN_LAB, 2)
    icd = c(ICD)
    v = visit()
    txt = (
        f"{c(['Progress note', 'Clinic summary', 'ED note'])} {en_date(v)}\n"
        f"{age}-year-old {c(['man', 'woman'])} with {ep[0]} and {ep[1]}. On {drugs[0]} and {drugs[1]}. "
        f"BP {c(BP)}, {labs[0]}, {labs[1]}. Assessment per {c(EN_ROLE)}: {c(['stable', 'improving', 'deteriorating'])}. "
        f"ICD-10 {icd}. Follow up in {c(['2 weeks', '3 months', '6 weeks'])} in {c(EN_DEPT)}."
    )
    for w in ep + drugs + labs + [icd, f"{age}-year-old"] + EN_ROLE + BP + EN_DEPT:
        if w in txt:
            r.p(w)
    r.u(c(["Rewrite this note for the patient:\n", "Any drug interactions here?\n"]) + txt)
    ans = (
        f"{drugs[0].split(' ')[0]} and {drugs[1].split(' ')[0]} can be taken together in most cases, "
        f"but check kidney function. Bactrim can raise potassium and interacts with warfarin; Keflex is generally safe."
    )
    r.a(ans)
    r.p("Bactrim")
    r.p("Keflex")
    r.p("warfarin")


def t_en_clean_portal(r):
    items = [
        (
            "Will my Keflex prescription still be valid in May? I'm travelling in April.",
            "Prescriptions are usually valid for 6 months in the UK; May is fine.",
            ["Keflex", "May"],
        ),
        (
            "Is there a grace period if I'm late for my Bactrim dose?",
            "If you miss a dose, take it when you remember unless it's nearly time for the next one. There's no formal grace period.",
            ["Bactrim", "grace period"],
        ),
        (
            "Mark the date: my INR check is on the 14th. Should I skip warfarin the night before?",
            "No, take warfarin as usual unless the clinic says otherwise.",
            ["INR", "warfarin"],
        ),
        (
            "My son has Kawasaki disease. Will he need aspirin after discharge?",
            "Low-dose aspirin is often continued for 6-8 weeks; the cardiology team will decide.",
            ["Kawasaki disease", "aspirin", "6-8 weeks"],
        ),
        (
            "I was told to call 111 if my Crohn's flares over the weekend, or 999 if I'm bleeding a lot. Is that right?",
            "Yes: 111 for urgent advice, 999 for emergencies like heavy bleeding.",
            ["111", "999", "Crohn's"],
        ),
        (
            "Does Parkinson's disease affect blood pressure? Mine was 98/60 standing.",
            "Yes, low blood pressure on standing is common in Parkinson's. Stand up slowly and tell your neurologist.",
            ["Parkinson's disease", "98/60"],
        ),
        (
            "Grace period question: if my Lantus pen was out of the fridge for a day, is it still OK?",
            "Insulin in use can stay at room temperature for about 28 days, so one day is fine.",
            ["Grace period", "Lantus", "28 days"],
        ),
        (
            "My Dexcom G7 keeps reading 14.3 mmol/L after lunch. Is that too high?",
            "A post-meal reading of 14.3 mmol/L is high; review your insulin with your diabetes nurse.",
            ["Dexcom G7", "14.3 mmol/L"],
        ),
        (
            "In the US, do I call 911 or poison control for an overdose of Tylenol?",
            "Call 911 if the person is unresponsive; otherwise Poison Control at 1-800-222-1222.",
            ["911", "Tylenol", "1-800-222-1222"],
        ),
        (
            "I will mark each dose on the calendar. Is 12:00 and 18:00 okay for Augmentin?",
            "Augmentin is usually every 8 or 12 hours; two doses at 12:00 and 18:00 are too close.",
            ["Augmentin", "12:00", "18:00"],
        ),
    ]
    picks = R.sample(items, R.randint(1, 3))
    for q, a, pr in picks:
        r.u(q)
        r.a(a)
        for w in pr:
            r.p(w)


def t_en_clean_sbar(r):
    bed = f"Bed {R.randint(1, 30)}"
    room = f"Room {R.randint(1, 20)}{c('ABC')}"
    txt = (
        f"Handover 07:30, {bed}, {room}\nS: {R.randint(30, 95)}F, post-op day {R.randint(1, 4)} {c(['hemicolectomy', 'TKR', 'lap chole'])}.\n"
        f"B: {c(EN_DISEASE)}. Pacemaker {c(DEVICES[:1])}; CPAP {c(['ResMed AirSense 10', 'Philips DreamStation 2'])}.\n"
        f"A: BP {c(BP)}, {c(EN_LAB)}. Transfused 1 unit, {c(LOTS[:5])}.\n"
        f"R: {c(['the registrar', 'the charge nurse', 'the consultant'])} to review at 09:00; {c(['May', 'will'])} need IV fluids."
    )
    for w in (
        EN_EPONYM
        + DEVICES
        + ["ResMed AirSense 10", "Philips DreamStation 2"]
        + BP
        + EN_LAB
        + LOTS
        + [bed, room, "07:30", "09:00", "the registrar", "the charge nurse", "the consultant"]
    ):
        if w in txt:
            r.p(w)
    if "May need" in txt:
        txt = txt.replace("May need", "may need")
    r.u(c(["Check this handover for anything unsafe:\n", "Turn this into a bullet list:\n"]) + txt)
    r.a(
        "Looks complete. Add allergies and the escalation plan, and document the blood unit number in the transfusion record."
    )


# --------------------------------------------------------------------------- mixed templates


def t_mixed_chat(r):
    pp = pinyin_person()
    hz = PINYIN_HANZI[pp["sur"]] + PINYIN_GIVEN_HANZI[pp["given"]]
    P = {"sur": PINYIN_HANZI[pp["sur"]], "given": PINYIN_GIVEN_HANZI[pp["given"]], "full": hz}
    GP = en_person()
    b = dob(1950, 2005)
    k = R.randint(0, 2)
    if k == 0:
        msg = (
            f"Hi doctor，我在{c(['伦敦', '曼彻斯特', '利兹'])}读书，我的GP是Dr {r.en(GP, 'sur')}，"
            f"他给我开了{r.p(c(['co-amoxiclav 625 mg TDS', 'Keflex 500 mg QDS', 'nitrofurantoin 100 mg MR BD']))}。"
            f"我的英文名字写的是{r.en(pp, c(['full', 'LAST first']))}，中文名{r.zn(P)}，NHS number {r.num('ID', nhs_number())}。"
            f"吃了两天还是尿频尿痛，要不要打111？"
        )
        r.p("111")
        ans = "如果出现发热、腰痛或血尿，可以打111或去walk-in centre；症状很重请打999。"
        r.p("999")
    elif k == 1:
        msg = (
            f"医生，我爸{r.zn(P)}在美国探亲，那边病历写的是 {r.en(pp, 'last_first')}, DOB {r.dob(en_dob_text(b, us=True))}，"
            f"MRN {r.num('MRN', digits(8))}。诊断 {r.p(c(EN_EPONYM[:4] + EN_EPONYM[8:9]))}，"
            f"开了 {r.p(c(['prednisone 60 mg', 'methimazole 10 mg', 'Sinemet 25/100 TID']))}，回国后能继续吃吗？"
        )
        ans = "可以带着英文病历回国后到相应专科复诊，药物在国内有对应的通用名，剂量需要医生重新评估。"
    else:
        em = email_for(pp["given"].lower(), pp["sur"].lower())
        msg = (
            f"Dear doctor，我是{r.zn(P)}（passport {r.num('ID', passport('cn'))}），想预约 {r.p(c(EN_HOSP))} 的体检。"
            f"我的电话 {r.num('PHONE', c([uk_phone(), us_phone(), cn_mobile()]))}，email {r.email(em)}。需要空腹吗？"
        )
        ans = "一般体检需要空腹8小时以上，具体以医院的预约说明为准。"
    r.u(msg)
    r.a(ans)


def t_mixed_record(r):
    pp = pinyin_person()
    P = {"sur": PINYIN_HANZI[pp["sur"]], "given": PINYIN_GIVEN_HANZI[pp["given"]]}
    P["full"] = P["sur"] + P["given"]
    D = zh_person()
    b = dob(1935, 2005)
    v = visit()
    lab, mrn = zh_mrn()
    hosp = c(ZH_HOSP)
    whole, parts, est = zh_address()
    txt = (
        f"{r.p(hosp)} 出院记录 Discharge Summary\n"
        f"姓名 Name：{r.zn(P)} {r.en(pp, 'LAST first')}\n"
        f"出生日期 DOB：{r.dob(f'{b[0]}-{b[1]:02d}-{b[2]:02d}')}　{lab} MRN：{r.num('MRN', mrn)}\n"
        f"入院日期 Admission：{r.p(zh_date(v, 1))}\n"
        f"诊断 Diagnosis：{c(ZH_DISEASE)} / {c(EN_DISEASE)}\n"
        f"出院带药 Medications：{r.p(c(ZH_DRUG))}\n"
    )
    if R.random() < 0.6:
        txt += f"地址 Address：{r.addr(whole, parts[1:])}\n"
    if R.random() < 0.5:
        txt += f"联系电话 Tel：{r.num('PHONE', cn_mobile())}\n"
    txt += f"主治医师 Attending：{r.zn(D)}"
    r.p("主治医师")
    r.u(
        c(
            [
                "Please translate this discharge summary into English for my insurer:\n",
                "这份双语出院记录，保险公司要的信息都全吗？\n",
            ]
        )
        + txt
    )
    r.a(
        "The key items are present: diagnosis, admission date and discharge medications. Insurers usually also need the invoice and the ICD-10 code."
    )


def t_mixed_clean(r):
    items = [
        (
            "我在美国，孩子高热 39.8℃，这边急救电话是 911 还是 120？",
            "在美国拨打911；120是中国大陆的急救电话。",
            ["911", "120", "39.8℃"],
        ),
        (
            "医生开了 Bactrim，是不是就是复方新诺明？我对磺胺过敏。",
            "是的，Bactrim 就是复方磺胺甲噁唑，对磺胺过敏不能用，请马上告诉开药医生。",
            ["Bactrim", "马上"],
        ),
        (
            "Keflex 和头孢氨苄是一个药吗？剂量 500 mg QDS 是一天几次？",
            "是同一种药，QDS 指一天四次。",
            ["Keflex", "500 mg QDS"],
        ),
        (
            "报告上写 Hashimoto's thyroiditis，中文是什么？ICD-10 E06.3",
            "即桥本甲状腺炎，E06.3 是它的 ICD-10 编码。",
            ["Hashimoto's thyroiditis", "E06.3", "桥本甲状腺炎"],
        ),
        (
            "Registrar 是什么级别的医生？和主治医师一样吗？",
            "Registrar 相当于国内的高年资住院医师或主治医师前阶段。",
            ["主治医师"],
        ),
        (
            "英国看病打 111 还是 999？我孩子有 Kawasaki disease 病史",
            "非紧急情况打111，紧急情况打999。川崎病（Kawasaki disease）病史要告诉接诊医生。",
            ["111", "999", "Kawasaki disease", "川崎病"],
        ),
        (
            "血糖仪 FreeStyle Libre 2 显示 11.2 mmol/L，饭后两小时，正常吗？",
            "饭后两小时11.2 mmol/L偏高，建议复查糖化血红蛋白。",
            ["FreeStyle Libre 2", "11.2 mmol/L"],
        ),
    ]
    for q, a, pr in R.sample(items, R.randint(1, 2)):
        r.u(q)
        r.a(a)
        for w in pr:
            r.p(w)


# --------------------------------------------------------------------------- schedule

PLAN = [  # (function, style, lang, source, count)
    (t_zh_progress, "zh_progress_note", "zh", "emr_excerpt", 14),
    (t_zh_consult, "zh_consult_note", "zh", "emr_excerpt", 10),
    (t_zh_op, "zh_operation_note", "zh", "emr_excerpt", 10),
    (t_zh_discharge, "zh_discharge_summary", "zh", "emr_excerpt", 12),
    (t_zh_handover, "zh_nursing_handover", "zh", "nursing", 12),
    (t_zh_ih_chat, "zh_internet_hospital_nickname", "zh", "internet_hospital", 16),
    (t_zh_family, "zh_family_chat", "zh", "wechat_group", 14),
    (t_zh_voice, "zh_voice_transcript", "zh", "wechat_voice", 14),
    (t_zh_registration, "zh_registration_form", "zh", "internet_hospital", 12),
    (t_zh_copy, "zh_record_copy_request", "zh", "patient_message", 12),
    (t_zh_clean_progress, "zh_clean_progress_note", "zh", "emr_excerpt", 14),
    (t_zh_clean_tcm, "zh_clean_tcm_prescription", "zh", "internet_hospital", 12),
    (t_zh_clean_chat, "zh_clean_consult_chat", "zh", "internet_hospital", 14),
    (t_zh_clean_handover, "zh_clean_handover", "zh", "nursing", 14),
    (t_en_gp_letter, "en_gp_letter", "en", "clinic_letter", 14),
    (t_en_soap, "en_soap_note", "en", "emr_excerpt", 14),
    (t_en_discharge, "en_discharge_instructions", "en", "discharge_paperwork", 12),
    (t_en_sbar, "en_sbar_handover", "en", "nursing", 12),
    (t_en_portal, "en_portal_message", "en", "patient_portal", 14),
    (t_en_lower, "en_lowercase_texts", "en", "sms", 10),
    (t_en_intl, "en_non_anglo_names", "en", "clinic_letter", 13),
    (t_en_pinyin, "en_pinyin_names", "en", "emr_excerpt", 12),
    (t_en_clean_note, "en_clean_note", "en", "emr_excerpt", 15),
    (t_en_clean_portal, "en_clean_portal", "en", "patient_portal", 14),
    (t_en_clean_sbar, "en_clean_sbar", "en", "nursing", 14),
    (t_mixed_chat, "mixed_chat_abroad", "mixed", "internet_hospital", 13),
    (t_mixed_record, "mixed_bilingual_record", "mixed", "emr_excerpt", 12),
    (t_mixed_clean, "mixed_clean_chat", "mixed", "internet_hospital", 11),
]


def prune(r):
    """Drop labels of text a template drew but then left out (e.g. a truncated chat)."""
    text = "\n".join(t["content"] for t in r.turns)
    for st in [st for st in r.spans if st not in text]:
        del r.spans[st]
    r.protect = [pr for pr in r.protect if pr in text]


def draw(fn, style, lang, source, fails):
    for _ in range(500):
        r = Row(lang, style, source)
        try:
            fn(r)
        except ValueError:  # e.g. the same text drawn as two kinds
            fails[style] += 1
            continue
        if len(r.turns) >= 2 and R.random() < 0.12:  # some rows are a single pasted message
            r.turns = r.turns[:1]
        prune(r)
        err = check(r)
        if err is None:
            return r
        fails[style] += 1
        fails[(style, err[:40])] += 1
    raise RuntimeError(f"could not draw a valid row for {style}")


def main():
    slots = []
    for fn, style, lang, source, n in PLAN:
        slots += [(fn, style, lang, source)] * n
    assert len(slots) == 360, len(slots)
    R.shuffle(slots)
    fails = collections.Counter()
    rows = []
    for i, (fn, style, lang, source) in enumerate(slots, 1):
        r = draw(fn, style, lang, source, fails)
        rows.append(
            {
                "id": f"dev7-{i:04d}",
                "lang": lang,
                "style": style,
                "source": source,
                "turns": [turn["content"] for turn in r.turns],  # plain strings, as the other sets
                "spans": [{"kind": k, "text": t, "parts": p} for t, (k, p) in r.spans.items()],
                "protect": r.protect,
            }
        )
    with open(OUT, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")

    kinds = collections.Counter(s["kind"] for row in rows for s in row["spans"])
    styles = collections.Counter(row["style"] for row in rows)
    langs = collections.Counter(row["lang"] for row in rows)
    free = sum(1 for row in rows if not row["spans"])
    print(f"wrote {len(rows)} rows to {OUT}")
    print("spans by kind:", dict(sorted(kinds.items())), "total", sum(kinds.values()))
    print("rows by lang:", dict(sorted(langs.items())))
    print("PHI-free rows:", free, f"({free / len(rows):.0%})")
    print("protect strings:", sum(len(row["protect"]) for row in rows))
    print("rows by style:")
    for s, n in sorted(styles.items()):
        print(f"  {s:34s} {n}")
    redraws = {k: v for k, v in fails.items() if isinstance(k, str)}
    print("redraws by style:", dict(sorted(redraws.items())))


if __name__ == "__main__":
    main()
