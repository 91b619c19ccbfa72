"""Write tests/data/deid_fresh4.jsonl: a fourth held-out de-identification set, for REPORTING ONLY.

REPORTING ONLY: do not tune on it, read its texts or misses, copy its texts into tests or pin floors
from it. If a figure here is bad, write new cases for the tuning sets and keep this one as the
honest measurement.

Why it exists: the scrubber is tuned on every other deid set, so their figures flatter it. This set
was written blind, in round 7 of issue 10, by someone who read neither the scrubber, its tests, nor
the texts or generators of the other deid sets (only the line format and the marks of
make_deid_fresh2.py's docstring and the JSON shape of two dev2 lines). Its templates and pools are
hand-written here and nowhere else.

What it holds: 360 conversations of 1-4 turns, half Chinese and half English (some mixed zh/en), a
fifth of them PHI-free clinical text whose values (doses, pressures, labs with units, visit dates,
ages, durations, ICD codes, drug, hospital and department names, eponyms, hospitals, herbs and
medicines named after people, lot and approval numbers, help lines) must come back untouched. The
rest carry the identifiers of PROTOCOL §7 the way hospital text arrives in an import: EMR
printouts, OCR'd scans, messaging apps, call-centre notes, ward rounds, prescriptions, lab slips,
medico-legal letters, research case report forms, complaints, appointment messages, elderly-care
and psychiatric notes, emergency dispatch, discharge and referral letters, insurance forms. Names
come from varied pools (common, rare and double surnames, names that are ordinary words, ethnic
minority and Hong Kong married names, romanised Cantonese/Taiwanese/Korean/Vietnamese names,
African, South Asian, Arabic, Slavic, Hispanic, Irish and Dutch names, nicknames) and come back
later in other forms (surname with a title, 老/小, given name, nickname, another case).

Line format: {"id", "lang" (zh|en, the dominant language), "style", "source" (the primary name's
pool; "mixed/" in front when zh and en are mixed; "none" when PHI-free), "turns", "spans" [{"kind",
"text", "parts"}], "protect" [values]}. Kinds: NAME, PHONE, ID, MRN, DOB, ADDRESS, EMAIL.

Marks (those of make_deid_fresh2.py's docstring):

    ⟦KIND:text⟧             an identifier; its distinctive parts are derived (`default_parts`)
    ⟦KIND:text|p1|p2⟧       an identifier with its parts given
    ⟦=text⟧                 a later mention of an identifier already marked (adds no span)
    ⟦=text@owner⟧           a later mention that adds `text` as one more part of span `owner`
    ⟦=text@owner|p1|p2⟧     the same, adding the parts given
    ⟪value⟫                 a clinical value that must survive untouched (`protect`)

Parts: a Chinese full name and its given name (2+ characters); an English first and last name as
written (when either is shorter than 3 letters, the two together); a name with a title or 老/小 as
written; a phone's digit groups after the country code and the area code or mobile
prefix; an ID's or record number's groups with digits (3+ characters); a date of birth's day and
month as written (the whole date in the compact, slash-with-year and two-digit-year dot forms,
whose day and month alone would be too short to mean anything); an e-mail's local part; an address's street, compound, village or town, house
number (3+ characters) and postcode.

Checks (`check_conversation`, `check_pools`): every span text, part and protected value occurs in
the turns; a part occurs nowhere outside the identifiers (case-insensitively) and belongs to one
identifier only, and no identifier's text holds another identifier's part; no protected value
overlaps an identifier; resident IDs (mainland, Hong Kong, Taiwan, Singapore), NHS numbers, SINs,
Medicare numbers, Scottish CHI numbers and SSNs are valid (check digits, ranges; `check_numbers`
re-reads them from the text after their label, and an ID with no known label must look like a
passport number). A conversation that fails a check is drawn again from the same random stream,
so the file stays deterministic: the same seed writes the same file. `check_pools` reports only which of THIS file's pool words occur in the other deid
files (it prints none of theirs).

    python tests/data/make_deid_fresh4.py            # write the file
    python tests/data/make_deid_fresh4.py --pools    # and report pool words that collide
"""

from __future__ import annotations

import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

SEED = 4_2026_1130
HERE = Path(__file__).resolve().parent
OUT = HERE / "deid_fresh4.jsonl"
N_PER_LANG = 180
FREE_PER_LANG = 36

# --------------------------------------------------------------------------------------------
# Pools (hand-written for this set)

ZH_SURNAMES_COMMON = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
ZH_SURNAMES_RARE = list("亓岑笪禚佴逄厍郗蔺昝璩阚麴仉訾郦缑隗谯栾桓冼揭庹冉练勾寇乜蒯羿郁查单")
ZH_SURNAMES_DOUBLE = [
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "令狐",
    "长孙",
    "宇文",
    "端木",
    "澹台",
    "呼延",
    "南宫",
    "夏侯",
    "闻人",
    "赫连",
    "独孤",
    "钟离",
    "第五",
    "司徒",
    "申屠",
]
ZH_GIVEN_RARE = [
    "菡萏",
    "恪勤",
    "濯缨",
    "若澜",
    "鹤龄",
    "暄和",
    "崧生",
    "岚熙",
    "晏清",
    "蘅芜",
    "书澈",
    "芃芃",
    "听澜",
    "杳然",
    "清越",
    "昀舒",
    "琮琤",
    "修远",
    "筠松",
    "黛岑",
    "棠溪",
    "蕴仪",
    "芷汀",
    "岱宗",
    "韫玉",
    "禾苗",
    "朔风",
    "砺锋",
    "曜华",
    "璟瑜",
    "骁腾",
    "翊宸",
    "湛卢",
    "珩生",
    "昶熙",
    "沅芷",
    "彧之",
    "荦然",
    "赟龙",
    "犇犇",
    "淼淼",
    "垚鑫",
    "燚",
    "翀",
    "昉",
    "旻",
    "晔",
    "玥",
]
ZH_GIVEN_PLAIN = [
    "海燕",
    "红梅",
    "建军",
    "国庆",
    "平安",
    "春生",
    "秋菊",
    "冬梅",
    "向阳",
    "文静",
    "志强",
    "桂兰",
    "秀英",
    "淑芬",
    "玉兰",
    "凤霞",
    "德福",
    "富贵",
    "来福",
    "金花",
    "卫东",
    "建华",
    "爱民",
    "胜利",
    "跃进",
    "和平",
    "永红",
    "丽华",
    "美玲",
    "宝珠",
    "铁柱",
    "二丫",
    "三妹",
    "招娣",
    "春燕",
    "长顺",
    "秀珍",
    "兰芳",
    "德胜",
    "荣华",
    "翠花",
    "满仓",
    "喜梅",
    "根生",
    "福全",
    "月娥",
    "小梅",
    "振国",
    "芳",
    "伟",
    "敏",
    "静",
    "丽",
    "强",
    "磊",
    "军",
    "洋",
    "勇",
    "艳",
    "杰",
    "娟",
    "涛",
    "霞",
    "刚",
]
# Full names that are also ordinary words or phrases.
ZH_WORD_NAMES = [
    ("高", "明"),
    ("白", "雪"),
    ("方", "正"),
    ("田", "野"),
    ("江", "山"),
    ("马", "力"),
    ("高", "峰"),
    ("常", "青"),
    ("万", "里"),
    ("于", "洋"),
    ("何", "平"),
    ("文", "静"),
    ("金", "鑫"),
    ("向", "前"),
    ("龙", "飞"),
    ("石", "磊"),
    ("夏", "雨"),
    ("林", "海"),
    ("温", "暖"),
    ("安", "康"),
    ("黎", "明"),
    ("钱", "多多"),
    ("牛", "犇"),
    ("华", "夏"),
    ("成", "功"),
]
ZH_MINORITY = [
    ("阿依古丽·买买提", ["阿依古丽·买买提", "阿依古丽", "买买提"]),
    ("艾尔肯·吐尔逊", ["艾尔肯·吐尔逊", "艾尔肯", "吐尔逊"]),
    ("帕丽达·艾买提", ["帕丽达·艾买提", "帕丽达", "艾买提"]),
    ("扎西卓玛", ["扎西卓玛"]),
    ("次仁旺堆", ["次仁旺堆"]),
    ("巴图孟和", ["巴图孟和"]),
    ("娜仁花", ["娜仁花"]),
    ("乌云娜", ["乌云娜"]),
    ("阿说拉且", ["阿说拉且"]),
    ("格桑拉姆", ["格桑拉姆"]),
]
ZH_HK_MARRIED = [
    ("陈", "黄", "美玲"),
    ("李", "冼", "慧珊"),
    ("梁", "区", "惠芳"),
    ("何", "岑", "淑仪"),
    ("邓", "冯", "佩琼"),
    ("谭", "郭", "少芬"),
]
ZH_KIN = [
    "我爸",
    "我妈",
    "我老公",
    "我爱人",
    "我婆婆",
    "我公公",
    "我外婆",
    "我爷爷",
    "我儿子",
    "我女儿",
    "我姐",
    "我弟",
    "我舅舅",
    "我姑妈",
    "孩子他爸",
    "家父",
    "家母",
]

EN_NAMES: dict[str, list[tuple[str, str]]] = {
    "common": [
        ("James", "Sowerbutts"),
        ("Margaret", "Entwistle"),
        ("Susan", "Gorringe"),
        ("Robert", "Ormerod"),
        ("Linda", "Tattersall"),
        ("Michael", "Pendergast"),
        ("Patricia", "Wigglesworth"),
        ("Elizabeth", "Rawcliffe"),
        ("William", "Pocklington"),
        ("Jennifer", "Scarisbrick"),
        ("Thomas", "Rowntree"),
        ("Karen", "Yeadon"),
        ("Daniel", "Mottram"),
        ("Deborah", "Inchbald"),
    ],
    "rare": [
        ("Eustaquio", "Quigley"),
        ("Eulalie", "Barksdale"),
        ("Florizel", "Fothergill"),
        ("Eglantine", "Mulrooney"),
        ("Zebedee", "Coggeshall"),
        ("Hephzibah", "Scrimshaw"),
        ("Marmaduke", "Tolliver"),
        ("Zenobia", "Haverstock"),
        ("Ptolemy", "Throckmorton"),
    ],
    "word": [
        ("Hope", "Walker"),
        ("Faith", "Mason"),
        ("Joy", "Cook"),
        ("Ivy", "Stone"),
        ("Dawn", "Hill"),
        ("Summer", "Wood"),
        ("Hunter", "Young"),
        ("Pearl", "Bishop"),
        ("Ruby", "Temple"),
        ("Holly", "Strong"),
        ("Gene", "Payne"),
        ("Sunny", "Price"),
        ("Amber", "Moody"),
        ("Rusty", "Sharp"),
        ("Major", "Rich"),
        ("Autumn", "Black"),
        ("Grace", "Nurse"),
    ],
    "compound": [
        ("Anne-Marie", "Fitzgerald-Hayes"),
        ("Mary Ellen", "Oosterhuis"),
        ("Jean-Luc", "Beaumont"),
        ("Sarah-Jane", "Ogilvie-Grant"),
        ("Ana Sofía", "Gutiérrez Ortega"),
        ("Jan-Willem", "Verhoeven-Smit"),
        ("Róisín", "Ní Bhriain"),
        ("Ruairí", "O'Dwyer"),
        ("Visitación", "del Castillo"),
    ],
    "foreign": [
        ("Ugochi", "Anyanwu"),
        ("Babajide", "Olatunbosun"),
        ("Ramalingam", "Thirunavukkarasu"),
        ("Mohammed", "Al-Rashidi"),
        ("Przemysław", "Szczepański"),
        ("Aroha", "Te Whata"),
        ("Keanu", "Kahananui"),
        ("Nkosinathi", "Mokoena"),
        ("Obiageli", "Umeadi"),
        ("Lakshmipriya", "Vaidyanathan"),
        ("Fatemeh", "Hosseini"),
        ("Giorgos", "Karamanlidis"),
        ("Bożena", "Kaczmarczyk"),
        ("Siddharth", "Chaturvedi"),
        ("Yevgenia", "Kuznetsova"),
        ("Abenaa", "Ankomah"),
        ("Dragoș", "Ionescu"),
        ("Harjinder", "Dhaliwal"),
    ],
    "romanised": [
        ("Wai Kit", "Au Yeung"),
        ("Hoi Yan", "Lui"),
        ("Chun Hei", "Kwan"),
        ("Chih-hao", "Hsu"),
        ("Ka Yan", "Fung"),
        ("Mei-ling", "Hsieh"),
        ("Ji-hoon", "Yeom"),
        ("Thi Thu Hang", "Phan"),
        ("Ryosuke", "Tsukamoto"),
        ("Haoyu", "Zhai"),
        ("Muqing", "Qiao"),
        ("Jingyi", "Shangguan"),
        ("Kwok Wing", "Szeto"),
        ("Hyun-woo", "Kim"),
        ("Van Duc", "Huynh"),
        ("Shu-fen", "Kuo"),
    ],
}
EN_NICK = {
    "William": "Bill",
    "Robert": "Bobby",
    "Margaret": "Peggy",
    "Elizabeth": "Betsy",
    "James": "Jimmy",
    "Ugochi": "Ugo",
    "Ramalingam": "Ramu",
    "Hephzibah": "Hepsie",
    "Yevgenia": "Zhenya",
    "Marmaduke": "Duke",
    "Przemysław": "Przemek",
    "Zenobia": "Zenny",
    "Patricia": "Trish",
    "Deborah": "Debbie",
}

ZH_ROADS = [
    "苜蓿",
    "鹡鸰",
    "枫溪",
    "蓼汀",
    "榆林",
    "茨菇",
    "菖蒲",
    "桐梓",
    "梧岗",
    "芦荡",
    "柿园",
    "椿芽",
    "樟坞",
    "苇湾",
    "栗坪",
    "蕨坪",
    "茭白",
    "菱塘",
]
ZH_ROAD_SUFFIX = ["路", "街", "大道", "巷", "中路", "东路"]
ZH_COMPOUNDS = [
    "锦绣花园",
    "翠湖苑",
    "金桂新村",
    "澜悦府",
    "康乐小区",
    "望江公寓",
    "紫荆雅苑",
    "兰亭山庄",
    "云栖名邸",
    "御泉花苑",
    "福瑞家园",
    "水岸星城",
    "枫林晚苑",
    "石榴园小区",
]
ZH_TOWNS = ["石碾镇", "汲泉镇", "柳湾乡", "青冈镇", "马坊乡", "砚池镇", "茅店镇", "芦溪乡", "瓦屋镇"]
ZH_VILLAGES = [
    "后楼村",
    "鸭蛋坑村",
    "大槐树村",
    "双井村",
    "西沟村",
    "王家坳村",
    "铁匠营村",
    "磨盘岭村",
    "三岔河村",
    "苇子坑村",
]
ZH_CITIES = [
    ("北京市", "朝阳区"),
    ("上海市", "闵行区"),
    ("广州市", "天河区"),
    ("成都市", "武侯区"),
    ("武汉市", "洪山区"),
    ("杭州市", "拱墅区"),
    ("西安市", "雁塔区"),
    ("沈阳市", "铁西区"),
    ("南宁市", "青秀区"),
    ("昆明市", "五华区"),
    ("郑州市", "金水区"),
    ("长沙市", "岳麓区"),
]
ZH_COUNTIES = [
    ("河南省", "周口市", "郸城县"),
    ("四川省", "南充市", "仪陇县"),
    ("山东省", "菏泽市", "曹县"),
    ("湖南省", "邵阳市", "隆回县"),
    ("甘肃省", "天水市", "秦安县"),
    ("江西省", "赣州市", "于都县"),
]
EN_STREETS = [
    "Sloeberry",
    "Mossgiel",
    "Quandong",
    "Yarrowdale",
    "Brambleside",
    "Quillbank",
    "Brackenfold",
    "Cinderhill",
    "Hawkswick",
    "Sallowfield",
    "Ravelston",
    "Juniperhill",
    "Gorsecombe",
    "Wendlebury",
    "Buttercross",
    "Kestrelmoor",
    "Oxlip",
    "Widdicombe",
]
EN_STREET_TYPES = ["Ave", "Road", "Street", "Lane", "Drive", "Close", "Crescent", "Blvd", "Way", "Ct"]
US_CITIES = [
    ("Eugene", "OR", "974"),
    ("Dayton", "OH", "454"),
    ("Tulsa", "OK", "741"),
    ("Fresno", "CA", "937"),
    ("Albany", "NY", "122"),
    ("Boise", "ID", "837"),
    ("Macon", "GA", "312"),
]
UK_CITIES = [
    ("Leeds", "LS"),
    ("Bristol", "BS"),
    ("Glasgow", "G"),
    ("Norwich", "NR"),
    ("Cardiff", "CF"),
    ("Leicester", "LE"),
]
AU_CITIES = [("Toowoomba", "QLD", "43"), ("Ballarat", "VIC", "33"), ("Wagga Wagga", "NSW", "26")]
EMAIL_WORDS = [
    "bluefinch",
    "oldoak",
    "tangerine",
    "moonriver",
    "kettle",
    "seabird",
    "quietlake",
    "pinecone",
    "yellowkite",
    "snowpea",
    "lantern",
    "walnut",
    "starfruit",
    "greenfern",
    "copperpot",
]
ZH_EMAIL_DOMAINS = ["163.com", "126.com", "qq.com", "foxmail.com", "sina.com", "139.com"]
EN_EMAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "hotmail.com", "icloud.com", "aol.com"]

ZH_HOSPITALS = [
    "中山大学附属第一医院",
    "逸夫医院",
    "宋庆龄儿童医院",
    "北京协和医院",
    "华西医院",
    "湘雅二医院",
    "市第一人民医院",
    "县人民医院",
    "白求恩国际和平医院",
    "同济医院",
    "仁济医院",
    "张仲景国医院",
    "省妇幼保健院",
    "市中医院",
]
ZH_DEPTS = [
    "心血管内科",
    "呼吸与危重症医学科",
    "消化内科",
    "内分泌科",
    "神经内科",
    "骨科",
    "普外科",
    "肾内科",
    "老年医学科",
    "急诊科",
    "儿科",
    "妇产科",
    "精神心理科",
    "感染科",
    "康复医学科",
]
EN_HOSPITALS = [
    "Johns Hopkins Hospital",
    "Mayo Clinic",
    "St Thomas' Hospital",
    "Addenbrooke's Hospital",
    "Royal Victoria Infirmary",
    "St Bartholomew's Hospital",
    "Massachusetts General Hospital",
    "Sir Charles Gairdner Hospital",
    "Queen Elizabeth Hospital",
    "Mount Sinai Hospital",
    "St Vincent's Hospital",
    "Alder Hey Children's Hospital",
]
EN_DEPTS = [
    "Cardiology",
    "Respiratory Medicine",
    "Gastroenterology",
    "Endocrinology",
    "Neurology",
    "Orthopaedics",
    "General Surgery",
    "Nephrology",
    "Care of the Elderly",
    "Emergency Department",
    "Paediatrics",
    "Obstetrics",
    "Psychiatry",
    "Rheumatology",
    "Haematology",
]

# Eponyms and brands with an apostrophe (f-strings of Python 3.11 take no backslash).
DR_SCHOLLS = "Dr. Scholl's"
ST_JOHNS = "St John's wort"
PARKINSONS = "Parkinson's disease"
CROHNS = "Crohn's disease"
MURPHYS = "Murphy's sign"
HASHIMOTOS = "Hashimoto's thyroiditis"
DR_REDDYS = "Dr Reddy's"
CUSHINGS = "Cushing's triad"

ZH_CASES = [
    ("反复胸闷", "3个月", "I20.000", "不稳定型心绞痛", "阿司匹林肠溶片 100mg qd"),
    ("咳嗽咳痰", "2周", "J20.900", "急性支气管炎", "盐酸氨溴索片 30mg tid"),
    ("多饮多尿", "半年", "E11.900", "2型糖尿病", "二甲双胍缓释片 0.5g bid"),
    ("右上腹痛", "1天", "K80.000", "胆囊结石伴急性胆囊炎", "头孢哌酮舒巴坦 2g q12h"),
    ("头晕", "5天", "I10.x00", "原发性高血压", "硝苯地平控释片 30mg qd"),
    ("双膝关节痛", "10年", "M17.000", "双膝骨关节炎", "塞来昔布胶囊 200mg qd"),
    ("心悸", "2小时", "I48.000", "阵发性心房颤动", "利伐沙班 20mg qd"),
    ("皮疹伴瘙痒", "3天", "L50.900", "荨麻疹", "氯雷他定片 10mg qd"),
]
EN_CASES = [
    ("exertional dyspnoea", "6 weeks", "I50.9", "heart failure", "furosemide 40 mg PO daily"),
    ("productive cough", "10 days", "J18.9", "community-acquired pneumonia", "amoxicillin 500 mg TDS"),
    ("polyuria and thirst", "3 months", "E11.9", "type 2 diabetes", "metformin 500 mg BD"),
    ("right upper quadrant pain", "2 days", "K81.0", "acute cholecystitis", "co-amoxiclav 1.2 g IV TDS"),
    ("palpitations", "4 hours", "I48.91", "atrial fibrillation", "apixaban 5 mg BD"),
    ("low back pain", "8 weeks", "M54.5", "mechanical low back pain", "naproxen 500 mg BD"),
    ("headache", "3 days", "G43.909", "migraine", "sumatriptan 50 mg PRN"),
    ("itchy rash", "1 week", "L30.9", "dermatitis", "hydrocortisone 1% cream BD"),
]

# --------------------------------------------------------------------------------------------
# Check digits and valid numbers


def cn_id_check(body17: str) -> str:
    """ISO 7064 MOD 11-2 check character of a mainland resident ID."""
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, weights)) % 11]


def hkid_check(letter: str, digits: str) -> str:
    total = 36 * 9 + (ord(letter) - 55) * 8 + sum(int(c) * w for c, w in zip(digits, range(7, 1, -1)))
    r = (11 - total % 11) % 11
    return "A" if r == 10 else str(r)


TW_LETTERS = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))


def tw_id_valid(s: str) -> bool:
    n = TW_LETTERS[s[0]]
    total = n // 10 + (n % 10) * 9 + sum(int(c) * w for c, w in zip(s[1:9], range(8, 0, -1))) + int(s[9])
    return total % 10 == 0


def nric_check(prefix: str, digits: str) -> str:
    total = sum(int(c) * w for c, w in zip(digits, [2, 7, 6, 5, 4, 3, 2])) + (4 if prefix in "TG" else 0)
    return "JZIHGFEDCBA"[total % 11]


def nhs_check(nine: str) -> int | None:
    r = 11 - sum(int(c) * w for c, w in zip(nine, range(10, 1, -1))) % 11
    return 0 if r == 11 else (None if r == 10 else r)


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def medicare_check(eight: str) -> int:
    return sum(int(c) * w for c, w in zip(eight, [1, 3, 7, 9, 1, 3, 7, 9])) % 10


def ssn_valid(s: str) -> bool:
    a, g, n = s.split("-")
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and n != "0000"


def validate_id(kind: str, text: str) -> bool:
    """Re-check a generated number's validity from its text alone (the check's second opinion)."""
    compact = re.sub(r"[\s()\-]", "", text)
    if kind == "cn":
        return len(compact) == 18 and cn_id_check(compact[:17]) == compact[17]
    if kind == "hk":
        return hkid_check(compact[0], compact[1:7]) == compact[7]
    if kind == "tw":
        return tw_id_valid(compact)
    if kind == "sg":
        return nric_check(compact[0], compact[1:8]) == compact[8]
    if kind in ("nhs", "chi"):
        return nhs_check(compact[:9]) == int(compact[9])
    if kind == "sin":
        return len(compact) == 9 and luhn_ok(compact)
    if kind == "medicare":
        return medicare_check(compact[:8]) == int(compact[8])
    if kind == "ssn":
        return ssn_valid(text)
    return True


# --------------------------------------------------------------------------------------------
# Marks


def mark(kind: str, text: str, parts: list[str] | None = None) -> str:
    tail = "|" + "|".join(parts) if parts else ""
    return f"⟦{kind}:{text}{tail}⟧"


def P(value: object) -> str:
    return f"⟪{value}⟫"


def default_parts(kind: str, text: str) -> list[str]:
    """Distinctive parts when a mark gives none (see the module docstring)."""
    if kind == "EMAIL":
        return [text.split("@")[0]]
    if kind == "NAME":
        if re.search(r"[\u4e00-\u9fff]", text):
            return [text]
        return [w for w in re.split(r"[\s,]+", text) if len(w.strip(".")) >= 3]
    return [g for g in re.split(r"[^0-9A-Za-z]+", text) if len(g) >= 3 and re.search(r"\d", g)] or [text]


MARK_RE = re.compile(r"⟦([^⟧]*)⟧|⟪([^⟫]*)⟫")


@dataclass
class Parsed:
    turns: list[str]
    spans: list[dict]
    protect: list[str]
    id_ranges: list[list[tuple[int, int]]]  # per turn
    errors: list[str] = field(default_factory=list)


def parse(marked_turns: list[str]) -> Parsed:
    spans: list[dict] = []
    protect: list[str] = []
    turns: list[str] = []
    ranges: list[list[tuple[int, int]]] = []
    errors: list[str] = []
    by_text: dict[str, dict] = {}
    for raw in marked_turns:
        out: list[str] = []
        length = 0
        rr: list[tuple[int, int]] = []
        pos = 0
        for m in MARK_RE.finditer(raw):
            out.append(raw[pos : m.start()])
            length += m.start() - pos
            pos = m.end()
            if m.group(2) is not None:
                value = m.group(2)
                out.append(value)
                length += len(value)
                if value not in protect:
                    protect.append(value)
                continue
            body = m.group(1)
            if body.startswith("="):
                head, *given = body[1:].split("|")
                text, _, owner = head.partition("@")
                if owner:
                    span = by_text.get(owner)
                    if span is None:
                        errors.append(f"mention of unknown owner {owner!r}")
                    else:
                        for p in given or [text]:
                            if p not in span["parts"]:
                                span["parts"].append(p)
                elif text not in by_text and not any(text in s["parts"] for s in spans):
                    errors.append(f"bare mention {text!r} of nothing marked")
            else:
                kind, _, rest = body.partition(":")
                text, *given = rest.split("|")
                span = {"kind": kind, "text": text, "parts": list(given) or default_parts(kind, text)}
                if text in by_text:
                    errors.append(f"span {text!r} marked twice")
                by_text[text] = span
                spans.append(span)
            out.append(text)
            rr.append((length, length + len(text)))
            length += len(text)
        out.append(raw[pos:])
        turns.append("".join(out))
        ranges.append(rr)
    return Parsed(turns, spans, protect, ranges, errors)


def check_conversation(p: Parsed) -> list[str]:
    """The set's promises for one conversation (see the module docstring)."""
    errors = list(p.errors)
    joined = "\n".join(p.turns)
    owner_of: dict[str, int] = {}
    for i, span in enumerate(p.spans):
        if span["text"] not in joined:
            errors.append(f"span text missing: {span['text']!r}")
        if not span["parts"]:
            errors.append(f"span without parts: {span['text']!r}")
        for part in span["parts"]:
            if part not in joined:
                errors.append(f"part missing: {part!r}")
            if owner_of.setdefault(part, i) != i:
                errors.append(f"part {part!r} belongs to two identifiers")
            for j, other in enumerate(p.spans):
                if j != i and part.lower() in other["text"].lower():
                    errors.append(f"part {part!r} inside another identifier {other['text']!r}")
    for turn, rr in zip(p.turns, p.id_ranges):
        outside = list(turn)
        for a, b in rr:
            outside[a:b] = ["\x00"] * (b - a)
        rest = "".join(outside).lower()
        for span in p.spans:
            for part in span["parts"]:
                if part.lower() in rest:
                    errors.append(f"part {part!r} occurs outside the identifiers")
        for value in p.protect:
            for m in re.finditer(re.escape(value), turn):
                if any(m.start() < b and a < m.end() for a, b in rr):
                    errors.append(f"protected {value!r} overlaps an identifier")
    for value in p.protect:
        if value not in joined:
            errors.append(f"protected value missing: {value!r}")
    return errors


# --------------------------------------------------------------------------------------------
# People and identifiers


@dataclass
class ZhPerson:
    sur: str
    given: str
    pool: str
    full: str = ""
    parts: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.full:
            self.full = self.sur + self.given
        if not self.parts:
            self.parts = [self.full] + ([self.given] if len(self.given) >= 2 else [])


@dataclass
class EnPerson:
    first: str
    last: str
    pool: str
    middle: str = ""

    def name_parts(self, first: str, last: str) -> list[str]:
        if len(first) < 3 or len(last) < 3:
            return [f"{first} {last}"]
        return [first, last]


class Ctx:
    """One conversation's random draws; people and numbers are not repeated inside it."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self.used: set[str] = set()
        self.owner: dict[int, str] = {}
        self.pools: list[str] = []

    def pick(self, seq):
        return self.r.choice(seq)

    def digits(self, n: int, first: str = "123456789") -> str:
        return self.r.choice(first) + "".join(self.r.choice("0123456789") for _ in range(n - 1))

    def fresh(self, make):
        for _ in range(50):
            value = make()
            key = value.full if isinstance(value, ZhPerson) else str(value)
            if isinstance(value, EnPerson):
                key = value.last
            if key not in self.used:
                self.used.add(key)
                return value
        raise RuntimeError("pool exhausted")

    # ---- Chinese names
    def zh(self, pool: str | None = None) -> ZhPerson:
        pool = (
            pool
            or self.r.choices(
                ["common", "rare_surname", "double_surname", "word_name", "minority", "hk_married", "plain"],
                [4, 2, 2, 2, 1, 1, 3],
            )[0]
        )

        def make() -> ZhPerson:
            if pool == "word_name":
                s, g = self.pick(ZH_WORD_NAMES)
                return ZhPerson(s, g, pool, parts=[s + g])
            if pool == "minority":
                full, parts = self.pick(ZH_MINORITY)
                return ZhPerson(full[0], full[1:], pool, full=full, parts=list(parts))
            if pool == "hk_married":
                s1, s2, g = self.pick(ZH_HK_MARRIED)
                return ZhPerson(s1 + s2, g, pool)
            sur = {"rare_surname": ZH_SURNAMES_RARE, "double_surname": ZH_SURNAMES_DOUBLE}.get(pool, ZH_SURNAMES_COMMON)
            given = self.pick(ZH_GIVEN_RARE if pool in ("rare_surname", "common") else ZH_GIVEN_PLAIN)
            if pool == "double_surname":
                given = self.pick(ZH_GIVEN_RARE + ZH_GIVEN_PLAIN)
            return ZhPerson(self.pick(sur), given, pool)

        person = self.fresh(make)
        self.pools.append(pool)
        return person

    def N(self, p: ZhPerson) -> str:
        """First mention of a Chinese name."""
        return mark("NAME", p.full, p.parts)

    def again(self, p: ZhPerson, form: str = "full") -> str:
        """A later mention: full, given, 老X, 小X, X+title, 阿+last char."""
        if form == "full" or (form == "given" and len(p.given) < 2) or p.pool == "minority":
            return f"⟦={p.full}⟧"
        if form == "given":
            return f"⟦={p.given}⟧"
        if form == "a":
            text = "阿" + p.given[-1]
        elif form in ("老", "小"):
            text = form + p.sur
        else:
            text = p.sur + form
        return f"⟦={text}@{p.full}⟧"

    # ---- English names
    def en(self, pool: str | None = None) -> EnPerson:
        pool = pool or self.r.choices(list(EN_NAMES), [4, 2, 2, 2, 3, 3])[0]

        def make() -> EnPerson:
            first, last = self.pick(EN_NAMES[pool])
            return EnPerson(first, last, pool, middle=self.r.choice("ABCDEFGHJKLMNPRSTW"))

        person = self.fresh(make)
        self.pools.append(pool)
        return person

    def E(self, p: EnPerson, form: str = "full") -> str:
        """First mention of an English name in a form."""
        text, parts = self._en_form(p, form)
        self.owner[id(p)] = text
        return mark("NAME", text, parts)

    def _en_form(self, p: EnPerson, form: str) -> tuple[str, list[str]]:
        f, l_ = p.first, p.last
        if form == "full":
            return f"{f} {l_}", p.name_parts(f, l_)
        if form == "full_mi":
            return f"{f} {p.middle}. {l_}", p.name_parts(f, l_)
        if form == "last_first":
            return f"{l_}, {f} {p.middle}", p.name_parts(f, l_)
        if form == "LAST_FIRST":
            return f"{l_.upper()}, {f.upper()}", p.name_parts(f.upper(), l_.upper())
        if form == "UPPER":
            return f"{f.upper()} {l_.upper()}", p.name_parts(f.upper(), l_.upper())
        if form == "lower":
            return f"{f.lower()} {l_.lower()}", p.name_parts(f.lower(), l_.lower())
        if form == "first":
            return f, [f]
        if form == "first_lower":
            return f.lower(), [f.lower()]
        if form == "nick":
            nick = EN_NICK.get(f, f)
            return nick, [nick]
        if form == "last":
            return l_, [l_]
        raise ValueError(form)

    def EA(self, p: EnPerson, form: str = "last", title: str = "") -> str:
        """A later mention of an English name (optionally after a title), adding its parts."""
        text, parts = self._en_form(p, form)
        if len(text) < 3 and title:
            parts = [f"{title} {text}"]
        text = f"{title} {text}" if title else text
        return f"⟦={text}@{self.owner[id(p)]}|{'|'.join(parts)}⟧"

    # ---- numbers
    def cn_id(self, birth: tuple[int, int, int] | None = None, spaced: bool = False) -> str:
        area = self.pick(
            [
                "110105",
                "310112",
                "440106",
                "510107",
                "420111",
                "330105",
                "610113",
                "210106",
                "450103",
                "530102",
                "410105",
                "430104",
                "411625",
                "511324",
                "371721",
                "430524",
            ]
        )
        y, m, d = birth or self.birth()
        body = f"{area}{y}{m:02d}{d:02d}{self.digits(3, '0123456789')}"
        full = body + cn_id_check(body)
        if spaced:
            text = f"{full[:6]} {full[6:14]} {full[14:]}"
            return mark("ID", text, [full[:6], full[6:14], full[14:]])
        return mark("ID", full, [full])

    def hkid(self) -> str:
        letter = self.pick("ACDEGHKPRVYZ")
        digits = self.digits(6, "0123456789")
        return mark("ID", f"{letter}{digits}({hkid_check(letter, digits)})", [f"{letter}{digits}"])

    def twid(self) -> str:
        while True:
            s = self.pick("ABDEFHJKMPRT") + self.pick("12") + self.digits(7, "0123456789")
            for c in "0123456789":
                if tw_id_valid(s + c):
                    return mark("ID", s + c, [s + c])

    def nric(self) -> str:
        prefix = self.pick("ST")
        digits = self.digits(7, "0123456789")
        text = f"{prefix}{digits}{nric_check(prefix, digits)}"
        return mark("ID", text, [text])

    def nhs(self) -> str:
        while True:
            nine = self.digits(9, "3456789")
            c = nhs_check(nine)
            if c is not None:
                s = nine + str(c)
                return mark("ID", f"{s[:3]} {s[3:6]} {s[6:]}", [s[:3], s[3:6], s[6:]])

    def chi(self, birth: tuple[int, int, int]) -> str:
        """Scottish CHI number: birth date DDMMYY, three digits, a mod-11 check digit (as NHS)."""
        y, m, d = birth
        while True:
            nine = f"{d:02d}{m:02d}{y % 100:02d}{self.digits(3, '0123456789')}"
            check = nhs_check(nine)
            if check is not None:
                return mark("ID", nine + str(check), [nine + str(check)])

    def ssn(self) -> str:
        while True:
            a, g, n = self.digits(3, "12345678"), self.digits(2, "0123456789"), self.digits(4, "0123456789")
            s = f"{a}-{g}-{n}"
            if ssn_valid(s):
                return mark("ID", s, [a, n])

    def sin(self) -> str:
        while True:
            s = self.digits(9, "1245679")
            if luhn_ok(s):
                return mark("ID", f"{s[:3]} {s[3:6]} {s[6:]}", [s[:3], s[3:6], s[6:]])

    def medicare(self) -> str:
        eight = self.digits(8, "23456")
        ten = eight + str(medicare_check(eight)) + self.pick("12345")
        return mark("ID", f"{ten[:4]} {ten[4:9]} {ten[9]}", [ten[:4], ten[4:9]])

    def passport(self) -> str:
        text = self.pick(["E", "EA", "EB", "G"])
        text += self.digits(9 - len(text), "0123456789")
        return mark("ID", text, [text])

    def passport_en(self) -> str:
        text = self.digits(9, "123456789") if self.r.random() < 0.5 else self.pick("CLMNP") + self.digits(8)
        return mark("ID", text, [text])

    def mrn(self, style: str | None = None) -> str:
        style = style or self.pick(["plain7", "plain8", "zy", "mz", "dash", "k", "his10"])
        if style == "plain7":
            text = self.digits(7, "0123456789")
        elif style == "plain8":
            text = "00" + self.digits(6)
        elif style == "zy":
            text = "ZY" + self.digits(8, "0123456789")
        elif style == "mz":
            text = "MZ" + self.digits(9)
        elif style == "dash":
            text = f"{self.digits(3)}-{self.digits(2, '0123456789')}-{self.digits(3, '0123456789')}"
        elif style == "k":
            text = self.pick("KRMJ") + self.digits(6)
        else:
            text = self.digits(10)
        return mark("MRN", text)

    def birth(self, first: int = 1931, last: int = 2006) -> tuple[int, int, int]:
        return self.r.randint(first, last), self.r.randint(1, 12), self.r.randint(1, 28)

    def dob_zh(self, birth: tuple[int, int, int] | None = None) -> str:
        y, m, d = birth or self.birth()
        cn = "〇一二三四五六七八九"
        fmt = self.pick(["ymd", "dash", "slash", "dot", "yy", "cn", "compact"])
        if fmt == "ymd":
            return mark("DOB", f"{y}年{m}月{d}日", [f"{m}月{d}日"])
        if fmt == "dash":
            return mark("DOB", f"{y}-{m:02d}-{d:02d}", [f"{m:02d}-{d:02d}"])
        if fmt == "slash":
            return mark("DOB", f"{y}/{m}/{d}", [f"{y}/{m}/{d}"])
        if fmt == "dot":
            return mark("DOB", f"{y}.{m:02d}.{d:02d}", [f"{m:02d}.{d:02d}"])
        if fmt == "yy":
            return mark("DOB", f"{y % 100:02d}年{m}月{d}号", [f"{m}月{d}号"])
        if fmt == "cn":

            def num(n: int) -> str:
                if n < 10:
                    return cn[n]
                return ("" if n < 20 else cn[n // 10]) + "十" + ("" if n % 10 == 0 else cn[n % 10])

            md = f"{num(m)}月{num(d)}日"
            return mark("DOB", "".join(cn[int(c)] for c in str(y)) + "年" + md, [md])
        return mark("DOB", f"{y}{m:02d}{d:02d}", [f"{y}{m:02d}{d:02d}"])

    def dob_en(self, birth: tuple[int, int, int] | None = None, us: bool = False) -> str:
        y, m, d = birth or self.birth()
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
        sfx = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        fmt = self.pick(["us" if us else "uk", "dmy", "mdy", "ord", "ordof", "iso", "short", "dash3", "dots"])
        if fmt == "us":
            return mark("DOB", f"{m:02d}/{d:02d}/{y}", [f"{m:02d}/{d:02d}"])
        if fmt == "uk":
            return mark("DOB", f"{d:02d}/{m:02d}/{y}", [f"{d:02d}/{m:02d}"])
        if fmt == "dmy":
            return mark("DOB", f"{d} {mon[:3]} {y}", [f"{d} {mon[:3]}"])
        if fmt == "mdy":
            return mark("DOB", f"{mon} {d}, {y}", [f"{mon} {d}"])
        if fmt == "ord":
            return mark("DOB", f"{d}{sfx} {mon} {y}", [f"{d}{sfx} {mon}"])
        if fmt == "ordof":
            return mark("DOB", f"the {d}{sfx} of {mon}, {y}", [f"{d}{sfx} of {mon}"])
        if fmt == "iso":
            return mark("DOB", f"{y}-{m:02d}-{d:02d}", [f"{m:02d}-{d:02d}"])
        if fmt == "short":
            return mark("DOB", f"{m}/{d}/{y % 100:02d}", [f"{m}/{d}/{y % 100:02d}"])
        if fmt == "dash3":
            return mark("DOB", f"{d:02d}-{mon[:3].upper()}-{y}", [f"{d:02d}-{mon[:3].upper()}"])
        return mark("DOB", f"{d:02d}.{m:02d}.{y % 100:02d}", [f"{d:02d}.{m:02d}.{y % 100:02d}"])

    # ---- phones
    def phone_cn(self) -> str:
        pre = self.pick(["138", "139", "135", "186", "177", "199", "158", "152", "181", "133"])
        a, b = self.digits(4, "0123456789"), self.digits(4, "0123456789")
        fmt = self.pick(["plain", "dash", "space", "plus", "plus_plain", "land", "land_paren", "land_ext"])
        if fmt == "plain":
            return mark("PHONE", pre + a + b, [pre + a + b])
        if fmt == "dash":
            return mark("PHONE", f"{pre}-{a}-{b}", [a, b])
        if fmt == "space":
            return mark("PHONE", f"{pre} {a} {b}", [a, b])
        if fmt == "plus":
            return mark("PHONE", f"+86 {pre} {a} {b}", [a, b])
        if fmt == "plus_plain":
            return mark("PHONE", f"+86{pre}{a}{b}", [pre + a + b])
        area = self.pick(["010", "021", "020", "028", "027", "0571", "029", "024", "0755", "0394"])
        local = self.digits(8, "2345678")
        if fmt == "land":
            return mark("PHONE", f"{area}-{local}", [local])
        if fmt == "land_paren":
            return mark("PHONE", f"({area}){local[:4]} {local[4:]}", [local[:4], local[4:]])
        return mark("PHONE", f"{area}-{local}转{self.digits(3)}", [local])

    def phone_en(self, region: str | None = None) -> str:
        region = region or self.pick(["us", "uk", "uk_mob", "hk", "tw", "sg", "au", "ca"])
        if region in ("us", "ca"):
            area, ex, line = self.digits(3, "2345789"), self.digits(3, "2346789"), self.digits(4, "0123456789")
            fmt = self.pick(["paren", "dash", "plus", "dot"])
            text = {
                "paren": f"({area}) {ex}-{line}",
                "dash": f"{area}-{ex}-{line}",
                "plus": f"+1 {area} {ex} {line}",
                "dot": f"{area}.{ex}.{line}",
            }[fmt]
            return mark("PHONE", text, [ex, line])
        if region == "uk":
            a, b = self.digits(4, "378"), self.digits(4, "0123456789")
            text = self.pick([f"020 {a} {b}", f"0113 {a[:3]} {a[3]}{b}", f"+44 20 {a} {b}"])
            groups = text.split()
            return mark("PHONE", text, [g for g in groups[-2:] if len(g) >= 3])
        if region == "uk_mob":
            pre, rest = "07" + self.digits(3, "3456789"), self.digits(6, "1234567890")
            text = self.pick([f"{pre} {rest}", f"+44 {pre[1:]} {rest}", f"{pre}{rest}"])
            return mark("PHONE", text, [rest] if " " in text else [text.lstrip("+")])
        if region in ("hk", "sg"):
            a, b = self.pick("5689") + self.digits(3, "0123456789"), self.digits(4, "0123456789")
            cc = "+852" if region == "hk" else "+65"
            text = self.pick([f"{cc} {a} {b}", f"{a} {b}", f"{cc}-{a}{b}"])
            return mark("PHONE", text, [a, b] if f"{a} {b}" in text else [a + b])
        if region == "tw":
            pre, a, b = "09" + self.digits(2, "0123456789"), self.digits(3), self.digits(3, "0123456789")
            text = self.pick([f"{pre}-{a}-{b}", f"{pre} {a} {b}", f"+886 {pre[1:]} {a} {b}"])
            return mark("PHONE", text, [a, b])
        pre, a, b = "04" + self.digits(2, "0123456789"), self.digits(3), self.digits(3, "0123456789")
        text = self.pick([f"{pre} {a} {b}", f"+61 {pre[1:]} {a} {b}"])
        return mark("PHONE", text, [a, b])

    # ---- addresses and e-mail
    def addr_zh(self) -> str:
        if self.r.random() < 0.35:
            prov, city, county = self.pick(ZH_COUNTIES)
            town, village = self.pick(ZH_TOWNS), self.pick(ZH_VILLAGES)
            group = self.pick(["一组", "三组", "五组", "七组", "八组"])
            text = f"{prov}{city}{county}{town}{village}{group}"
            return mark("ADDRESS", text, [town, village])
        city, district = self.pick(ZH_CITIES)
        road = self.pick(ZH_ROADS) + self.pick(ZH_ROAD_SUFFIX)
        no = f"{self.r.randint(11, 999)}号"
        comp = self.pick(ZH_COMPOUNDS)
        unit = f"{self.r.randint(1, 30)}栋{self.r.randint(1, 6)}单元{self.r.randint(1, 32)}0{self.r.randint(1, 4)}室"
        text = self.pick(
            [
                f"{city}{district}{road}{no}{comp}{unit}",
                f"{district}{road}{no}{comp}{unit}",
                f"{city}{district}{comp}{unit}（{road}{no}）",
            ]
        )
        return mark("ADDRESS", text, [road, no, comp])

    def addr_en(self, region: str | None = None) -> str:
        region = region or self.pick(["us", "uk", "au"])
        street = self.pick(EN_STREETS)
        st = f"{street} {self.pick(EN_STREET_TYPES)}"
        if region == "us":
            city, state, z = self.pick(US_CITIES)
            no, zip_ = str(self.r.randint(100, 9899)), z + self.digits(2, "0123456789")
            comp = self.pick(["", " N", " SW", " E"])
            apt = self.pick(["", f", Apt {self.r.randint(1, 9)}{self.pick('ABCD')}", f" #{self.r.randint(2, 40)}"])
            text = f"{no}{comp} {st}{apt}, {city}, {state} {zip_}"
            return mark("ADDRESS", text, [no, street, zip_])
        if region == "uk":
            city, pc = self.pick(UK_CITIES)
            post = f"{pc}{self.r.randint(1, 19)} {self.r.randint(1, 9)}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}"
            no = self.r.randint(2, 240)
            flat = self.pick(["", f"Flat {self.r.randint(1, 12)}, "])
            text = f"{flat}{no} {st}, {city} {post}"
            parts = [street, post] + ([str(no)] if no >= 100 else [])
            return mark("ADDRESS", text, parts)
        city, state, z = self.pick(AU_CITIES)
        no = f"{self.r.randint(2, 30)}/{self.r.randint(100, 400)}"
        post = z + self.digits(2, "0123456789")
        return mark("ADDRESS", f"{no} {st}, {city} {state} {post}", [no, street, post])

    def email(self, zh: bool = False) -> str:
        if zh and self.r.random() < 0.4:
            local = self.digits(self.r.randint(8, 10))
        else:
            local = self.pick(EMAIL_WORDS) + self.pick(["", ".", "_"]) + self.digits(self.r.randint(2, 4))
        dom = self.pick(ZH_EMAIL_DOMAINS if zh else EN_EMAIL_DOMAINS)
        return mark("EMAIL", f"{local}@{dom}", [local])

    # ---- clinical values
    def visit_zh(self) -> str:
        m, d = self.r.randint(1, 11), self.r.randint(1, 28)
        return P(self.pick([f"2026年{m}月{d}日", f"2026-{m:02d}-{d:02d}", f"{m}月{d}日"]))

    def visit_en(self) -> str:
        m, d = self.r.randint(1, 11), self.r.randint(1, 28)
        mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"][m - 1]
        return P(self.pick([f"{d} {mon} 2026", f"{m:02d}/{d:02d}/2026", f"{mon} {d}, 2026", f"2026-{m:02d}-{d:02d}"]))

    def bp(self) -> str:
        return P(f"{self.r.randint(100, 182)}/{self.r.randint(58, 108)}mmHg")

    def age_zh(self) -> str:
        return P(f"{self.r.randint(2, 93)}岁")


# --------------------------------------------------------------------------------------------
# Chinese templates with identifiers. Each returns (style, turns, mixed).


def zh_emr(c: Ctx):
    p, doc = c.zh(), c.zh()
    sex = c.pick(["男", "女"])
    cc, dur, icd, dx, rx = c.pick(ZH_CASES)
    t1 = (
        f"门诊病历\n姓名：{c.N(p)}    性别：{sex}    年龄：{c.age_zh()}\n门诊号：{c.mrn()}    "
        f"就诊日期：{c.visit_zh()}\n科室：{P(c.pick(ZH_DEPTS))}\n主诉：{cc}{P(dur)}。\n"
        f"查体：BP {c.bp()}，HR {P(str(c.r.randint(58, 112)) + '次/分')}。\n"
        f"诊断：{P(icd)} {P(dx)}\n处理：{P(rx)}\n医师签名：{c.N(doc)}"
    )
    t2 = c.pick(
        [
            f"这是{c.again(p, 'given')}的门诊病历，{c.again(doc, '主任')}说要复查，需要空腹吗？",
            f"帮我看看这张病历，{c.again(doc, '医生')}开的药要吃多久？",
        ]
    )
    return "emr_printout", [t1, t2], False


def zh_scan(c: Ctx):
    p = c.zh(c.pick(["double_surname", "rare_surname", "common"]))
    spaced_name = " ".join(p.full)
    name = mark("NAME", spaced_name, [spaced_name] + ([" ".join(p.given)] if len(p.given) >= 2 else []))
    y, m, d = c.birth()
    t1 = (
        f"【扫描件识别】\n姓 名 : {name}   性 别 : 女\n身份证号 : {c.cn_id((y, m, d), spaced=True)}\n"
        f"出生日期 : {c.dob_zh((y, m, d))}\n住 址 : {c.addr_zh()}\n联系电话 : {c.phone_cn()}\n"
        f"入院日期 : {c.visit_zh()}    入院科室 : {P(c.pick(ZH_DEPTS))}\n"
        f"入院诊断 : {P('E11.900')} 2型糖尿病；空腹血糖 {P('11.2mmol/L')}，HbA1c {P('9.4%')}"
    )
    return "scanned_form", [t1, f"扫描出来乱了，能帮我整理成表格吗？重点是{P('HbA1c 9.4%')}那一栏。"], False


def zh_wechat(c: Ctx):
    p, me = c.zh(), c.zh(c.pick(["plain", "common", "word_name"]))
    kin = c.pick(ZH_KIN)
    t1 = (
        f"【家人群】{c.N(me)}：{kin}{c.N(p)}今天在{P(c.pick(ZH_HOSPITALS))}做了胃镜，病理号还没出。"
        f"医生说是{P('慢性萎缩性胃炎')}，让吃{P('雷贝拉唑 20mg bid')}，{P('疗程8周')}。"
    )
    t2 = c.pick(
        [
            f"{c.again(me, '小')}：有事打我电话{c.phone_cn()}，我晚上到。",
            f"{c.again(me, 'given')}：住院号是{c.mrn()}，明早{P('8:30')}去窗口拿报告。",
        ]
    )
    t3 = f"{c.again(p, c.pick(['老', 'full', 'given', 'a']))}自己说不疼了，就是没胃口，体重掉了{P('4公斤')}。"
    return "messaging", [t1, t2, t3], False


def zh_callcentre(c: Ctx):
    caller, pt = c.zh(), c.zh()
    t1 = (
        f"12320热线来电记录 受理时间：{c.visit_zh()} {P('14:26')}\n来电人：{c.N(caller)}，来电号码：{c.phone_cn()}\n"
        f"反映内容：来电人称其母亲{c.N(pt)}（{c.dob_zh()}出生）于{P(c.pick(ZH_HOSPITALS))}"
        f"{P(c.pick(ZH_DEPTS))}住院期间跌倒，家属要求调取监控。身份证号{c.cn_id()}。"
    )
    t2 = f"处理意见：已转医院医务处，{P('3个工作日')}内回复{c.again(caller, '女士')}。"
    return "call_centre", [t1, t2], False


def zh_ward(c: Ctx):
    doc, pt, res = c.zh(), c.zh(), c.zh()
    bed = P(f"{c.r.randint(1, 48)}床")
    t1 = (
        f"{c.N(doc)}主任医师查房记录：{bed}患者{c.N(pt)}，{c.age_zh()}，住院号{c.mrn()}。"
        f"术后第{P('3天')}，体温{P('37.8℃')}，WBC {P('12.6×10^9/L')}，CRP {P('46mg/L')}。"
    )
    t2 = (
        f"{c.again(doc, '主任')}指示：继续{P('头孢曲松 2g ivgtt qd')}，复查血常规；"
        f"由{c.N(res)}住院医师书写病程，{c.again(res, c.pick(['医生', '小']))}负责联系家属。"
    )
    t3 = f"家属{c.again(pt, 'given')}的女儿问能不能下地走，{c.again(doc, '老')}说{P('48小时')}后再说。"
    return "ward_round", [t1, t2, t3], False


def zh_rx(c: Ctx):
    p, doc, ph = c.zh(), c.zh(), c.zh()
    t1 = (
        f"处方笺  {P(c.pick(ZH_HOSPITALS))}\n姓名：{c.N(p)}  性别：男  年龄：{c.age_zh()}  "
        f"费别：医保\n病历号：{c.mrn(c.pick(['his10', 'plain8']))}  科别：{P(c.pick(ZH_DEPTS))}\n"
        f"临床诊断：高血压病3级（{P('I10.x00')}）\nRp:\n  {P('苯磺酸氨氯地平片 5mg')} ×{P('28片')} 用法：{P('5mg po qd')}\n"
        f"  {P('缬沙坦胶囊 80mg')} ×{P('14粒')}\n医师：{c.N(doc)}  审核：{c.N(ph)}  调配：{P('药房3号窗口')}"
    )
    return "prescription", [t1, f"请问{c.again(p, 'full')}能同时吃{P('缬沙坦')}和{P('氨氯地平')}吗？"], False


def zh_lab(c: Ctx):
    p, doc = c.zh(), c.zh()
    t1 = (
        f"检验报告单\n姓名：{c.N(p)} 性别：女 年龄：{c.age_zh()} 病案号：{c.mrn()} 床号：{P('12床')}\n"
        f"送检医生：{c.N(doc)} 标本：血清 采样时间：{c.visit_zh()}\n"
        f"ALT {P('86 U/L')}↑  AST {P('71 U/L')}↑  TBIL {P('23.4 μmol/L')}  Cr {P('78 μmol/L')}  "
        f"K {P('3.3 mmol/L')}↓"
    )
    t2 = f"我是{c.again(p, c.pick(['full', 'given']))}本人，转氨酶高是不是因为吃了{P('何首乌')}？"
    return "lab_slip", [t1, t2], False


def zh_legal(c: Ctx):
    a, b, lawyer = c.zh(), c.zh(), c.zh()
    t1 = (
        f"司法鉴定委托书\n委托人：{c.N(a)}，身份证号：{c.cn_id()}，住址：{c.addr_zh()}，电话：{c.phone_cn()}。\n"
        f"被鉴定人：{c.N(b)}，出生日期{c.dob_zh()}，系委托人之父，于{c.visit_zh()}在{P(c.pick(ZH_HOSPITALS))}"
        f"行{P('腹腔镜胆囊切除术')}后出现{P('胆漏')}。"
    )
    t2 = f"代理律师：{c.N(lawyer)}（{c.email(zh=True)}）。请就诊疗行为与损害后果的因果关系出具意见，{c.again(lawyer, '律师')}联系。"
    return "medicolegal", [t1, t2], False


def zh_crf(c: Ctx):
    p, cra = c.zh(), c.zh()
    t1 = (
        f"病例报告表（CRF）{P('第2次访视')}\n受试者姓名：{c.N(p)}  住院号：{c.mrn()}\n"
        f"出生日期：{c.dob_zh()}  联系电话：{c.phone_cn()}\n随机日期：{c.visit_zh()}  "
        f"试验药物批号：{P('批号 ' + c.digits(8))}\n不良事件：{P('恶心 1级')}，与研究药物{P('可能有关')}"
    )
    t2 = f"监查员{c.N(cra)}备注：{c.again(p, 'given')}的知情同意书签署日期待核对；邮箱{c.email(zh=True)}。"
    return "crf", [t1, t2], False


def zh_complaint(c: Ctx):
    me, doc, kid = c.zh(), c.zh(), c.zh()
    t1 = (
        f"投诉信：我叫{c.N(me)}，{c.dob_zh()}生，家住{c.addr_zh()}。{c.visit_zh()}我带孩子{c.N(kid)}去"
        f"{P(c.pick(ZH_HOSPITALS))}{P('儿科')}看病，{c.N(doc)}医生只看了{P('3分钟')}就开了{P('阿奇霉素')}。"
    )
    t2 = (
        f"后来{c.again(kid, c.pick(['given', 'full']))}烧到{P('39.5℃')}，复诊才查出{P('川崎病')}。"
        f"我要求{c.again(doc, '医生')}道歉。联系电话：{c.phone_cn()}"
    )
    t3 = "您好，已收到您的投诉，我们会在5个工作日内回复。"
    return "complaint", [t1, t2, t3], False


def zh_appt(c: Ctx):
    p, doc = c.zh(), c.zh()
    t1 = (
        f"【{P(c.pick(ZH_HOSPITALS))}】{c.N(p)}您好，您已成功预约{c.visit_zh()}上午{P(c.pick(ZH_DEPTS))}"
        f"{c.N(doc)}副主任医师门诊，{P('就诊序号17号')}，就诊卡号{c.mrn()}。退订回T。"
    )
    t2 = f"我是{c.again(p, 'given')}的家属，能改到下午吗？我电话{c.phone_cn()}。"
    return "appointment", [t1, t2], False


def zh_elderly(c: Ctx):
    p, son, carer = c.zh(), c.zh(), c.zh(c.pick(["plain", "common"]))
    t1 = (
        f"长者照护记录 {c.visit_zh()}\n长者：{c.N(p)}"
        + (f"（{c.again(p, c.pick(['奶奶', '爷爷']))}）" if p.pool not in ("minority", "hk_married") else "")
        + f"，{c.age_zh()}，房间{P('A区207')}\n血压{c.bp()}，血糖{P('8.1mmol/L')}，午餐进食{P('2/3')}。"
    )
    t2 = f"护理员{c.N(carer)}：下午{c.again(p, 'full')}说头晕，已通知家属联系人儿子{c.N(son)}，电话{c.phone_cn()}。"
    t3 = f"{c.again(carer, c.pick(['阿姨', '小']))}交班：夜间加床栏，{P('每2小时')}翻身。"
    return "elderly_care", [t1, t2, t3], False


def zh_psych(c: Ctx):
    p, ex = c.zh(), c.zh()
    t1 = (
        f"精神科病程记录 {c.visit_zh()}\n患者{c.N(p)}，{c.age_zh()}，自述与前夫{c.N(ex)}离婚后失眠{P('半年')}，"
        f"HAMD {P('24分')}，否认自杀计划。\n处理：{P('舍曲林 50mg qd')}，{P('2周')}后复诊。"
    )
    t2 = (
        f"患者要求病历中不要出现{c.again(ex, 'full')}的名字；"
        f"危机时可拨打心理援助热线{P('12356')}。紧急联系人手机{c.phone_cn()}。"
    )
    return "psychiatric", [t1, t2], False


def zh_dispatch(c: Ctx):
    caller, pt = c.zh(), c.zh()
    t1 = (
        f"120调度记录 {P('21:47')} 呼救电话：{c.phone_cn()}\n呼救人：{c.N(caller)}\n"
        f"地址：{c.addr_zh()}\n病情：{c.age_zh()}男性{c.N(pt)}，突发{P('左侧肢体无力')}{P('40分钟')}，"
        f"既往{P('房颤')}，服{P('华法林')}。"
    )
    t2 = f"派车：{P('急救3组')}，预计{P('12分钟')}到达。已电话指导{c.again(caller, c.pick(['full', '先生']))}让患者平卧。"
    return "dispatch", [t1, t2], False


def zh_discharge(c: Ctx):
    p, doc = c.zh(), c.zh()
    y, m, d = c.birth()
    t1 = (
        f"出院小结\n姓名 {c.N(p)}  出生年月日 {c.dob_zh((y, m, d))}  住院号 {c.mrn()}\n"
        f"入院 {c.visit_zh()}  出院 {c.visit_zh()}  住院{P('11天')}\n"
        f"出院诊断：1.{P('社区获得性肺炎')}（{P('J18.900')}）2.{P('慢性阻塞性肺疾病')}\n"
        f"出院带药：{P('孟鲁司特钠片 10mg qn')}\n随访：{P('2周')}后{P(c.pick(ZH_DEPTS))}门诊，{c.N(doc)}。"
    )
    t2 = f"{c.again(p, c.pick(['老', 'full']))}出院后还咳嗽，痰是{P('白色')}的，需要提前复查吗？"
    return "discharge", [t1, t2], False


def zh_hk_tw(c: Ctx):
    region = c.pick(["hk", "tw"])
    p = c.zh("hk_married" if region == "hk" and c.r.random() < 0.5 else None)
    doc = c.zh()
    if region == "hk":
        t1 = (
            f"病人標籤 {P('瑪麗醫院')} 內科\n姓名：{c.N(p)}  身份證：{c.hkid()}\n"
            f"出生日期：{c.dob_zh()}  電話：{c.phone_en('hk')}\n入院：{c.visit_zh()}  診斷：{P('急性腎損傷')}"
        )
    else:
        t1 = (
            f"{P('臺大醫院')}門診紀錄\n姓名：{c.N(p)}  身分證字號：{c.twid()}\n"
            f"生日：{c.dob_zh()}  手機：{c.phone_en('tw')}\n就診：{c.visit_zh()}  診斷：{P('痛風')}，尿酸{P('9.2 mg/dL')}"
        )
    t2 = f"主診醫生：{c.N(doc)}。{c.again(p, 'given') if len(p.given) >= 2 else c.again(p)}下次覆診帶齊藥袋。"
    return "hk_tw_record", [t1, t2], False


def zh_mixed(c: Ctx):
    p, doc = c.zh(), c.en(c.pick(["romanised", "common", "foreign"]))
    t1 = (
        f"Dr. {c.E(doc, 'last')}您好，我是{c.N(p)}的家属。她{c.age_zh()}，上周在{P(c.pick(EN_HOSPITALS))}"
        f"做了{P('MRI')}，报告说{P('L4/5 disc herniation')}。"
    )
    t2 = f"她的hospital number是{c.mrn()}，您可以直接看PACS。我的email：{c.email()}，WhatsApp {c.phone_en()}。"
    t3 = f"另外{c.again(p, 'given') if len(p.given) >= 2 else c.again(p)}对{P('ibuprofen')}过敏，请注意。"
    return "online_consult", [t1, t2, t3], True


def zh_insurance(c: Ctx):
    p = c.zh()
    t1 = (
        f"医保结算单\n参保人：{c.N(p)}  公民身份号码：{c.cn_id()}\n住院号：{c.mrn()}  "
        f"入院日期：{c.visit_zh()}\n医疗费总额：{P('¥18,462.30')}  统筹支付：{P('¥12,905.14')}  个人自付："
        f"{P('¥5,557.16')}\n主要诊断：{P('K80.100')} 胆囊结石伴胆囊炎"
    )
    t2 = f"请问{c.again(p, 'full')}这张单子里{P('乙类自付')}部分能走商业保险吗？护照号{c.passport()}也登记过。"
    return "insurance", [t1, t2], False


def zh_voice(c: Ctx):
    me, pt = c.zh(), c.zh()
    t1 = (
        f"[语音转文字]喂你好是{P(c.pick(ZH_DEPTS))}吗我是{c.N(me)}啊就是{c.pick(ZH_KIN)}{c.N(pt)}的家属"
        f"他今天早上量血压{P('186/112')}头晕得站不住我们住{c.addr_zh()}能不能派人来看一下"
    )
    t2 = f"[语音转文字]我电话是{c.phone_cn()}你们打这个就行{c.again(pt, c.pick(['老', 'full']))}降压药{P('氨氯地平')}昨天忘吃了"
    t3 = f"好的{c.again(me, c.pick(['先生', '女士', 'full']))}，请先让患者平卧，血压超过{P('180/110')}请直接拨打{P('120')}。"
    return "voice_to_text", [t1, t2, t3], False


def zh_certificate(c: Ctx):
    p, doc = c.zh(), c.zh()
    school = c.r.random() < 0.5
    y, m, d = c.birth(2008, 2019) if school else c.birth(1960, 2004)
    t1 = (
        f"诊断证明书\n兹证明{c.N(p)}，{P('男')}，出生日期{c.dob_zh((y, m, d))}，身份证号{c.cn_id((y, m, d))}，"
        f"于{c.visit_zh()}在我院{P(c.pick(ZH_DEPTS))}就诊，诊断为{P('右桡骨远端骨折')}，"
        f"建议休息{P('4周')}，{P('石膏固定6周')}。\n医师：{c.N(doc)}（盖章）"
    )
    t2 = (
        f"班主任您好，这是{c.again(p, 'given')}的诊断证明，体育课请假{P('一个月')}。家长电话{c.phone_cn()}。"
        if school
        else f"单位人事：{c.again(p, c.pick(['full', '老', '小']))}的病假条已收到，请{c.again(doc, '医生')}补签字。"
    )
    return "sick_note", [t1, t2], False


def zh_consent(c: Ctx):
    p, proxy, doc = c.zh(), c.zh(), c.zh()
    t1 = (
        f"手术知情同意书\n患者姓名：{c.N(p)}  住院号：{c.mrn()}  拟行手术：{P('经皮冠状动脉介入治疗')}\n"
        f"风险告知：出血、{P('造影剂肾病')}、支架内血栓等，发生率约{P('1%-2%')}。"
    )
    t2 = (
        f"患者授权委托人签名：{c.N(proxy)}  与患者关系：{c.pick(['女儿', '儿子', '配偶', '侄子'])}  "
        f"身份证号：{c.cn_id()}  联系电话：{c.phone_cn()}\n谈话医师：{c.N(doc)}  日期：{c.visit_zh()}"
    )
    t3 = f"{c.again(proxy, c.pick(['full', 'given']))}问：{c.again(doc, '医生')}说的{P('1%-2%')}是死亡率吗？"
    return "consent_form", [t1, t2, t3], False


ZH_PHI = [
    zh_emr,
    zh_scan,
    zh_wechat,
    zh_callcentre,
    zh_ward,
    zh_rx,
    zh_lab,
    zh_legal,
    zh_crf,
    zh_complaint,
    zh_appt,
    zh_elderly,
    zh_psych,
    zh_dispatch,
    zh_discharge,
    zh_hk_tw,
    zh_mixed,
    zh_insurance,
    zh_voice,
    zh_certificate,
    zh_consent,
]


# --------------------------------------------------------------------------------------------
# English templates with identifiers


def en_emr(c: Ctx):
    p, doc = c.en(), c.en()
    cc, dur, icd, dx, rx = c.pick(EN_CASES)
    t1 = (
        f"PATIENT: {c.E(p, 'LAST_FIRST')}    MRN: {c.mrn()}    DOB: {c.dob_en(us=True)}    Sex: F\n"
        f"Encounter: {c.visit_en()}  Dept: {P(c.pick(EN_DEPTS))}\nChief complaint: {cc} x "
        f"{P(dur)}\nVitals: BP {P(f'{c.r.randint(104, 178)}/{c.r.randint(60, 102)}')}, SpO2 {P('93%')} RA\n"
        f"Assessment: {P(icd)} {P(dx)}\nAttending: {c.E(doc, 'full')}, MD"
    )
    t2 = c.pick(
        [
            f"Can you summarise this for {c.EA(p, 'first')}? {c.EA(doc, 'last', 'Dr')} wants her on {P(rx)}.",
            f"Is {P(rx)} a normal starting dose? {c.EA(doc, 'last', 'Dr.')} mentioned it.",
        ]
    )
    return "emr_printout", [t1, t2], False


def en_fax(c: Ctx):
    p, gp = c.en(), c.en()
    t1 = (
        f"F A X  — REFERRAL\nPATIENT NAME: {c.E(p, 'UPPER')}   NHS No: {c.nhs()}\nD.O.B.: {c.dob_en()}   "
        f"Tel: {c.phone_en(c.pick(['uk', 'uk_mob']))}\nADDRESS: {c.addr_en('uk')}\nReferring GP: {c.E(gp, 'full_mi')}\n"
        f"Reason: ?{P('polymyalgia rheumatica')}, ESR {P('68 mm/hr')}, CRP {P('41 mg/L')}. "
        f"Please see in {P(c.pick(EN_DEPTS))}."
    )
    return (
        "scanned_form",
        [t1, f"The fax is smudged. Is {P('ESR 68 mm/hr')} urgent for {c.EA(p, 'last', c.pick(['Mrs', 'Mr', 'Ms']))}?"],
        False,
    )


def en_whatsapp(c: Ctx):
    p, me = c.en(), c.en(c.pick(["common", "word", "foreign"]))
    t1 = (
        f"[WhatsApp] {c.E(me, 'first_lower')}: hi its me, mum ({c.E(p, 'lower')}) had a fall at "
        f"{P('7am')}, shes at {P(c.pick(EN_HOSPITALS))} now, they think {P('fractured neck of femur')}"
    )
    t2 = c.pick(
        [
            f"{c.EA(me, 'first_lower')}: her hosp number is {c.mrn()} if u ring them. my mob {c.phone_en()}",
            f"{c.EA(me, 'first_lower')}: ward is {P('Ward 7B')}, ring me on {c.phone_en()}",
        ]
    )
    t3 = f"ok. does {c.EA(p, 'first')} still take {P('apixaban 5mg')}? theyll ask"
    return "messaging", [t1, t2, t3], False


def en_111(c: Ctx):
    caller, pt = c.en(), c.en()
    t1 = (
        f"Call log {c.visit_en()} {P('02:14')} — nurse advice line\nCaller: {c.E(caller, 'full')} (daughter), "
        f"callback {c.phone_en()}\nPatient: {c.E(pt, c.pick(['full', 'last_first']))}, DOB {c.dob_en()}\n"
        f"Symptoms: chest tightness {P('20 minutes')}, hx {P('type 2 diabetes')}, on {P('metformin 1 g BD')}."
    )
    t2 = f"Advised to call {P('999')} now. {c.EA(caller, 'first')} agreed; address confirmed as {c.addr_en()}."
    return "call_centre", [t1, t2], False


def en_ward(c: Ctx):
    cons, pt, reg = c.en(), c.en(), c.en()
    t1 = (
        f"WR — Cons {c.E(cons, 'full')}\nPt {c.E(pt, c.pick(['full', 'last_first']))}, {P(str(c.r.randint(19, 92)) + 'M')}, "
        f"{P('bed 14')}, Hosp No {c.mrn()}. {P('Day 2')} post {P('Whipple procedure')}. "
        f"Drain output {P('180 mL')}, amylase {P('3400 U/L')}."
    )
    t2 = (
        f"Plan per {c.EA(cons, 'last', 'Mr')}: keep drain, {P('octreotide 100 mcg SC TDS')}. "
        f"{c.E(reg, 'full')} (reg) to update family; {c.EA(pt, 'first')} aware."
    )
    return "ward_round", [t1, t2], False


def en_rx(c: Ctx):
    p, doc = c.en(), c.en()
    t1 = (
        f"Rx\nName: {c.E(p, 'full')}   DOB: {c.dob_en(us=True)}\nAddress: {c.addr_en('us')}\n"
        f"Sig: {P('metformin 500 mg PO BID with meals')}, {P('disp #60')}, {P('refills 2')}\n"
        f"Prescriber: {c.E(doc, 'full')}, DO   Phone {c.phone_en('us')}"
    )
    t2 = f"Pharmacy note: {c.EA(p, 'first')} asked whether {P(DR_SCHOLLS)} insoles are covered. They are not."
    return "prescription", [t1, t2], False


def en_lab(c: Ctx):
    p, doc = c.en(), c.en()
    t1 = (
        f"LABORATORY REPORT   {P(c.pick(EN_HOSPITALS))}\nPatient: {c.E(p, 'last_first')}  Hosp No: {c.mrn()}  "
        f"DOB: {c.dob_en()}\nRequested by: {c.E(doc, 'full')}  Collected: {c.visit_en()}\n"
        f"Hb {P('92 g/L')} L  MCV {P('71 fL')} L  Ferritin {P('6 ug/L')} L  TSH {P('2.1 mU/L')}"
    )
    t2 = f"Is this iron deficiency? {c.EA(p, 'first')} is {P('34 years old')} and vegetarian."
    return "lab_slip", [t1, t2], False


def en_legal(c: Ctx):
    client, sol = c.en(), c.en()
    t1 = (
        f"Dear Sirs,\nRe: Our client {c.E(client, 'full')}, DOB {c.dob_en()}, of {c.addr_en()}\n"
        f"We act for the above in a claim arising from treatment at {P(c.pick(EN_HOSPITALS))} on "
        f"{c.visit_en()}, where a {P('delayed diagnosis of cauda equina syndrome')} is alleged."
    )
    t2 = (
        f"Please disclose the full records, including hospital number {c.mrn()}. Correspondence to "
        f"{c.E(sol, 'full')}, {c.email()}. {c.EA(client, 'last', c.pick(['Mr', 'Ms']))} consents (enclosed)."
    )
    return "medicolegal", [t1, t2], False


def en_crf(c: Ctx):
    p, coord = c.en(), c.en()
    t1 = (
        f"CASE REPORT FORM — {P('Visit 3')} ({P('Week 12')})\nSubject: {c.E(p, 'full')}  Hospital ID: {c.mrn()}\n"
        f"DOB: {c.dob_en()}  Phone: {c.phone_en()}\nIMP lot {P('Lot EK' + c.digits(4))}, dose {P('10 mg once daily')}\n"
        f"AE: {P('headache grade 1')}, not related."
    )
    t2 = f"Site coordinator {c.E(coord, 'full')}: {c.EA(p, 'first')} missed the {P('Week 8')} diary. Email {c.email()}."
    return "crf", [t1, t2], False


def en_complaint(c: Ctx):
    me, dad, doc = c.en(), c.en(), c.en()
    t1 = (
        f"To PALS,\nMy name is {c.E(me, 'full')}. I am writing about my father, {c.E(dad, 'full')} "
        f"(born {c.dob_en(c.birth(1931, 1960))}, NHS number {c.nhs()}), who waited {P('11 hours')} in {P('A&E')} on {c.visit_en()}."
    )
    t2 = (
        f"The doctor, {c.E(doc, c.pick(['full', 'last']))}, told {c.EA(dad, 'first')} his {P('troponin')} was fine "
        f"without checking the second one. Please reply to {c.email()} or {c.phone_en(c.pick(['uk', 'uk_mob']))}."
    )
    t3 = f"Thank you, {c.EA(me, 'first')}. We will respond within {P('25 working days')}."
    return "complaint", [t1, t2, t3], False


def en_appt(c: Ctx):
    p = c.en()
    t1 = (
        f"Dear {c.E(p, 'full')},\nYour appointment with {P(c.pick(EN_DEPTS))} at {P(c.pick(EN_HOSPITALS))} is on "
        f"{c.visit_en()} at {P('09:40')}. Hospital number: {c.mrn()}. If you cannot attend, call {c.phone_en()}."
    )
    t2 = f"Reply from {c.EA(p, c.pick(['first', 'nick']))}: can I bring my {P('Holter monitor')} results from the GP?"
    return "appointment", [t1, t2], False


def en_carehome(c: Ctx):
    p, nok, carer = c.en(), c.en(), c.en()
    nick_ok = p.first in EN_NICK
    t1 = (
        f"Daily notes {c.visit_en()} — Resident: {c.E(p, 'full')}"
        + (f" (likes to be called {c.EA(p, 'nick')})" if nick_ok else "")
        + f", {P('room 14')}\nWeight {P('52.4 kg')}, {P('MUST score 2')}, fluids {P('900 mL')}. "
        f"{P('Donepezil 10 mg')} given at night."
    )
    t2 = (
        f"{c.E(carer, 'first')} (HCA): {c.EA(p, 'nick' if nick_ok else 'first')} tearful after lunch. "
        f"NOK {c.E(nok, 'full')} rang, {c.phone_en()}, will visit Sunday."
    )
    return "elderly_care", [t1, t2], False


def en_psych(c: Ctx):
    p, other = c.en(), c.en()
    birth = (c.r.randint(1956, 2007), c.r.randint(1, 12), c.r.randint(1, 28))
    t1 = (
        f"Psychiatry review {c.visit_en()}\n{c.E(p, 'full')}, {P(str(2025 - birth[0]) + ' y/o')}, seen with "
        f"partner. Reports low mood {P('4 months')} since separating from {c.E(other, 'first')}. {P('PHQ-9 19')}. "
        f"No active SI."
    )
    t2 = (
        f"Plan: {P('sertraline 50 mg')}, review {P('2 weeks')}. Crisis line {P('988')} given. "
        f"{c.EA(p, 'first')} asked that {c.EA(other, 'first')}'s name not appear in letters; DOB {c.dob_en(birth)}."
    )
    return "psychiatric", [t1, t2], False


def en_dispatch(c: Ctx):
    caller, pt = c.en(), c.en()
    t1 = (
        f"CAD #{P('26-' + c.digits(6))} {P('17:03')}\nCALLER: {c.E(caller, 'UPPER')}  CB# {c.phone_en(c.pick(['us', 'ca']))}\n"
        f"LOC: {c.addr_en('us').upper()}\nNATURE: {P(str(c.r.randint(40, 90)) + 'YOF')} unresponsive, "
        f"agonal breathing. CPR instructions given."
    )
    t2 = f"PT ID per caller: {c.E(pt, 'full')}. Hx {P('COPD')}, {P('home O2 2L')}. Unit {P('M14')} on scene {P('6 min')}."
    return "dispatch", [t1, t2], False


def en_intl(c: Ctx):
    region = c.pick(["sg", "ca", "au", "us"])
    p = c.en(c.pick(["romanised", "foreign", "common"]))
    number = {"sg": c.nric, "ca": c.sin, "au": c.medicare, "us": c.ssn}[region]()
    label = {"sg": "NRIC", "ca": "SIN", "au": "Medicare No.", "us": "SSN"}[region]
    t1 = (
        f"Insurance claim form\nClaimant: {c.E(p, 'full')}  {label}: {number}\nDate of birth: {c.dob_en()}\n"
        f"Mobile: {c.phone_en({'sg': 'sg', 'ca': 'ca', 'au': 'au', 'us': 'us'}[region])}\n"
        f"Admission: {c.visit_en()}  Diagnosis: {P('K35.80')} acute appendicitis  Procedure: "
        f"{P('laparoscopic appendicectomy')}"
    )
    t2 = f"{c.EA(p, 'first')} wants to know if the {P('$4,860')} excess applies. Passport {c.passport_en()} on file."
    return "insurance", [t1, t2], False


def en_telehealth(c: Ctx):
    p, doc = c.en(), c.en()
    t1 = (
        f"[telehealth transcript, auto]\ndr {c.E(doc, 'last')}: hi, can you confirm your name and date of birth\n"
        f"patient: yeah its {c.E(p, 'lower')}, {c.dob_en()}"
    )
    t2 = (
        f"dr {c.EA(doc, 'last')}: thanks {c.EA(p, 'first_lower')}. how is the {P('levothyroxine 75 mcg')}\n"
        f"patient: fine, my TSH was {P('4.8')} last time. can you send the form to {c.email()}"
    )
    return "telehealth", [t1, t2], False


def en_mixed(c: Ctx):
    p, doc = c.en(c.pick(["romanised", "common"])), c.zh()
    t1 = (
        f"Hi {c.N(doc)}医生, this is {c.E(p, 'full')}. My CT at {P(c.pick(ZH_HOSPITALS))} showed a "
        f"{P('6 mm')} nodule in the {P('right upper lobe')}. 门诊号 {c.mrn()}."
    )
    t2 = f"Can {c.again(doc, '医生')} call me back? {c.phone_cn()}. {P('Follow-up CT in 6 months')} is ok?"
    return "online_consult", [t1, t2], True


def en_referral(c: Ctx):
    p, gp, spec = c.en(), c.en(), c.en()
    t1 = (
        f"Dear {c.E(spec, 'last')},\nThank you for seeing {c.E(p, 'full_mi')} (DOB {c.dob_en()}, MRN {c.mrn()}), "
        f"{c.addr_en()}. {c.EA(p, 'first')} has had {P('iron-deficiency anaemia')} with Hb {P('88 g/L')} and a "
        f"family history of {P('Lynch syndrome')}."
    )
    t2 = f"Yours sincerely,\n{c.E(gp, 'full')}\n{P('Riverside Health Centre')}"
    return "referral", [t1, t2], False


def en_chart(c: Ctx):
    p, son = c.en(), c.en()
    age = c.r.randint(45, 88)
    t1 = (
        f"HPI: Pt is a {P(f'{age} y/o M')} w/ hx of {P('CKD stage 4')} (Cr {P('3.1 mg/dL')}) and {P('gout')}. "
        f"Pt {c.E(p, 'last')} reports {P('3 days')} of L knee swelling. Acct #: {c.mrn('his10')}\n"
        f"Registered as {c.EA(p, 'last_first')}."
    )
    t2 = (
        f"Son ({c.E(son, 'full')}) at bedside, cell {c.phone_en('us')}, lives at {c.addr_en('us')}. "
        f"{c.EA(son, 'first')} states pt stopped {P('allopurinol 100 mg')} last month."
    )
    return "emr_printout", [t1, t2], False


def en_schoolnote(c: Ctx):
    kid, parent = c.en(), c.en()
    t1 = (
        f"To whom it may concern,\nPlease excuse {c.E(kid, 'full')} (DOB {c.dob_en(c.birth(2009, 2019))}) from PE for {P('6 weeks')} "
        f"following a {P('Salter-Harris II fracture')} of the left wrist, seen in {P(c.pick(EN_DEPTS))} on {c.visit_en()}."
    )
    t2 = f"Parent: {c.E(parent, 'full')}, {c.phone_en()}. {c.EA(kid, 'first')} may write but not carry bags over {P('2 kg')}."
    return "sick_note", [t1, t2], False


def en_consent(c: Ctx):
    p, witness = c.en(), c.en()
    birth = c.birth()
    t1 = (
        f"CONSENT FORM 1 — {P('NHS Tayside')}\nPatient: {c.E(p, 'full')}  CHI: {c.chi(birth)}  DOB: {c.dob_en(birth)}\n"
        f"Procedure: {P('flexible cystoscopy')}. Risks: UTI {P('1 in 20')}, haematuria, {P('retention')}."
    )
    t2 = f"Witness: {c.E(witness, 'full_mi')} (interpreter). {c.EA(p, 'last', c.pick(['Mr', 'Mrs', 'Ms']))} signed {c.visit_en()}."
    return "consent_form", [t1, t2], False


EN_PHI = [
    en_emr,
    en_fax,
    en_whatsapp,
    en_111,
    en_ward,
    en_rx,
    en_lab,
    en_legal,
    en_crf,
    en_complaint,
    en_appt,
    en_carehome,
    en_psych,
    en_dispatch,
    en_intl,
    en_telehealth,
    en_mixed,
    en_referral,
    en_chart,
    en_schoolnote,
    en_consent,
]


# --------------------------------------------------------------------------------------------
# PHI-free templates: values that must survive


def zh_free_tcm(c: Ctx):
    herbs = c.r.sample(
        [
            "徐长卿 15g",
            "刘寄奴 10g",
            "何首乌 12g",
            "使君子 9g",
            "王不留行 10g",
            "杜仲 15g",
            "骨碎补 12g",
            "女贞子 15g",
            "益母草 30g",
            "白头翁 15g",
        ],
        4,
    )
    t1 = f"中药处方：{'、'.join(P(h) for h in herbs)}，{P('7剂')}，{P('水煎服，日一剂')}。"
    t2 = f"外用{P('马应龙麝香痔疮膏')}，配合{P('季德胜蛇药片')}。本方参考{P('张仲景')}《伤寒论》加减。"
    return "tcm_prescription", [t1, t2]


def zh_free_guide(c: Ctx):
    dept = c.pick(ZH_DEPTS)
    t1 = (
        f"{P(c.pick(ZH_HOSPITALS))}{P(dept)}就诊须知：{P('周一至周五 8:00-17:00')}，"
        f"急诊{P('24小时')}开放；急救请拨{P('120')}，卫生健康热线{P('12320')}，心理援助热线{P('400-161-9995')}。"
    )
    t2 = f"复诊患者请于{c.visit_zh()}前在自助机取号，{P('3床')}至{P('12床')}为观察床位。"
    return "hospital_notice", [t1, t2]


def zh_free_ward(c: Ctx):
    t1 = (
        f"交班：{P(f'{c.r.randint(1, 40)}床')}，{c.age_zh()}，{P('帕金森病')}合并{P('吸入性肺炎')}，"
        f"T {P('38.3℃')}，BP {c.bp()}，SpO2 {P('91%')}，予{P('哌拉西林他唑巴坦 4.5g q8h')}。"
    )
    t2 = f"{P(f'{c.r.randint(1, 40)}床')}：{P('桥本甲状腺炎')}，TSH {P('8.6 mIU/L')}，{P('左甲状腺素钠 50μg qd')}，墨菲征{P('阴性')}。"
    return "nursing_handover", [t1, t2]


def zh_free_lab(c: Ctx):
    t1 = (
        f"化验解读：血红蛋白{P('98 g/L')}，血小板{P('312×10^9/L')}，肌酐{P('132 μmol/L')}，eGFR {P('46 mL/min/1.73m²')}，"
        f"尿蛋白{P('2+')}；诊断编码{P('N18.300')}。"
    )
    t2 = f"复查安排在{c.visit_zh()}，{P('肾内科')}门诊，{P('空腹8小时')}。疫苗批号{P('202410B076')}、国药准字{P('H20053215')}。"
    return "lab_interpretation", [t1, t2]


def zh_free_qa(c: Ctx):
    t1 = f"请问{c.age_zh()}的孩子确诊{P('川崎病')}，用{P('丙种球蛋白 2g/kg')}后还要吃{P('阿司匹林')}多久？"
    t2 = (
        f"一般{P('6-8周')}，复查心脏超声看冠脉。可以到{P('宋庆龄儿童医院')}{P('心血管内科')}随访，"
        f"或{P('白求恩国际和平医院')}儿科。"
    )
    return "consultation", [t1, t2]


def zh_free_mixed(c: Ctx):
    t1 = (
        f"PPT讲稿：{P('Glasgow Coma Scale')} {P('8分')}以下需气道保护；{P('Apgar评分')}{P('1分钟7分')}；"
        f"{P('Babinski征')}阳性提示锥体束受损；{P('Cushing综合征')}晨起皮质醇{P(f'{c.r.randint(22, 41)} μg/dL')}。"
    )
    t2 = f"参考{P('Harrison内科学')}第{P('21版')}；{P('Whipple手术')}后监测引流液淀粉酶。"
    return "teaching_slides", [t1, t2]


def zh_free_dictation(c: Ctx):
    t1 = (
        f"[语音录入]{P(f'{c.r.randint(1, 40)}床')}患者今天大便{P('3次')}黄色稀便，体温{P('37.6℃')}，"
        f"血钾{P('3.1mmol/L')}，遵医嘱{P('氯化钾缓释片 1g tid')}，尿量{P('1800ml')}。"
    )
    t2 = f"明天{c.visit_zh()}复查电解质，{P('艰难梭菌毒素')}送检，{P('消化内科')}会诊。"
    return "voice_to_text", [t1, t2]


def zh_free_drug(c: Ctx):
    t1 = (
        f"药品说明书摘录：{P('片仔癀')}，国药准字{P('Z35020242')}，批号{P('2409' + c.digits(4))}，"
        f"有效期至{P('2028年8月')}；{P('云南白药胶囊')}每次{P('0.25-0.5g')}，一日{P('4次')}。"
    )
    t2 = f"孕妇禁用。如误服请拨打{P('120')}或当地中毒急救电话，{P('同仁堂')}门店可咨询。"
    return "drug_leaflet", [t1, t2]


ZH_FREE = [
    zh_free_tcm,
    zh_free_guide,
    zh_free_ward,
    zh_free_lab,
    zh_free_qa,
    zh_free_mixed,
    zh_free_dictation,
    zh_free_drug,
]


def en_free_leaflet(c: Ctx):
    t1 = (
        f"Patient leaflet — {P('warfarin')}: target INR {P('2.0-3.0')}. Take {P(c.pick(['3 mg', '5 mg', '7.5 mg']))} at {P('6pm')}. Avoid "
        f"{P(ST_JOHNS)} and large amounts of {P('cranberry juice')}."
    )
    t2 = f"Questions? Call {P('NHS 111')} or the {P('Poison Control line 1-800-222-1222')}. In an emergency dial {P('999')}."
    return "drug_leaflet", [t1, t2]


def en_free_ward(c: Ctx):
    t1 = (
        f"Bed {P(str(c.r.randint(1, 30)))}: {P(str(c.r.randint(40, 95)) + 'F')}, {P(PARKINSONS)}, "
        f"aspiration pneumonia. T {P('38.4 C')}, BP {P('96/58')}, lactate {P('2.6 mmol/L')}. "
        f"{P('Piperacillin-tazobactam 4.5 g IV q8h')}."
    )
    t2 = f"Bed {P(str(c.r.randint(31, 60)))}: {P(CROHNS)} flare, CRP {P('112 mg/L')}, {P(MURPHYS)} negative."
    return "nursing_handover", [t1, t2]


def en_free_hospitals(c: Ctx):
    t1 = (
        f"Regional {P('cardiac surgery')} referrals go to {P(c.pick(EN_HOSPITALS))} or {P('Papworth Hospital')}; "
        f"paediatric cases to {P('Great Ormond Street Hospital')}."
    )
    t2 = f"Clinic runs {c.visit_en()} to {P('Friday')}, {P('08:30-16:30')}, in the {P('Sir Alexander Fleming Building')}."
    return "service_directory", [t1, t2]


def en_free_vaccine(c: Ctx):
    t1 = (
        f"Vaccine record: {P('Comirnaty')} {P('30 mcg')} IM, {P('Lot FN' + c.digits(4))}, exp {P('2027-03')}; "
        f"{P('Shingrix')} dose {P('2 of 2')}, {P('NDC 58160-823-11')}."
    )
    t2 = f"Next due: {c.visit_en()}. Report side effects via the {P('Yellow Card scheme')}."
    return "immunisation", [t1, t2]


def en_free_coding(c: Ctx):
    t1 = (
        f"Coding query: {P('E11.65')} type 2 diabetes with hyperglycaemia, HbA1c {P(f'{c.r.randint(58, 97)} mmol/mol')}; "
        f"{P('N18.3')} CKD stage 3, {P('eGFR 42')}; {P('Z79.4')} long-term insulin."
    )
    t2 = f"{P(HASHIMOTOS)} is {P('E06.3')}. {P(DR_REDDYS)} generic {P('atorvastatin 40 mg')} is on formulary."
    return "coding_query", [t1, t2]


def en_free_teaching(c: Ctx):
    t1 = (
        f"Quiz: a {P(str(c.r.randint(20, 80)) + '-year-old')} with {P(CUSHINGS)} after head injury, "
        f"{P('GCS 7')}. Next step? ({P('Glasgow Coma Scale')}, {P('Apgar score')} and {P('Babinski sign')} revision)"
    )
    t2 = f"Answer: secure the airway; see {P('Johns Hopkins Hospital')} trauma protocol, {P('mannitol 1 g/kg')}."
    return "teaching_slides", [t1, t2]


def en_free_protocol(c: Ctx):
    t1 = (
        f"Sepsis six within {P('1 hour')}: {P('30 mL/kg')} crystalloid if lactate > {P('4 mmol/L')}, "
        f"{P('MAP 65 mmHg')} target, {P('noradrenaline 0.05 mcg/kg/min')} titrated. Code {P('A41.9')}."
    )
    t2 = f"Escalate to {P('ICU')} outreach (bleep {P('4417')}) and document in {P('Cerner')} by {c.visit_en()}."
    return "clinical_protocol", [t1, t2]


def en_free_booking(c: Ctx):
    t1 = (
        f"Booking system: {P(c.pick(EN_DEPTS))} clinic {P('4B')}, {c.visit_en()} {P('13:20')}, slot length "
        f"{P('20 min')}; interpreter {P('Cantonese')} requested; transport {P('wheelchair')}."
    )
    t2 = f"Pre-assessment: weight {P('78 kg')}, BMI {P('27.4')}, {P('Mallampati II')}, stop {P('clopidogrel 75 mg')} {P('7 days')} before."
    return "appointment_system", [t1, t2]


EN_FREE = [
    en_free_leaflet,
    en_free_ward,
    en_free_hospitals,
    en_free_vaccine,
    en_free_coding,
    en_free_teaching,
    en_free_protocol,
    en_free_booking,
]


# --------------------------------------------------------------------------------------------
# Assembly


ZH_CLOSINGS = ["好的，谢谢医生。", "收到，明白了。", "嗯嗯，那我们先这样，有问题再问您。"]
EN_CLOSINGS = ["Thanks, that helps.", "ok got it, thank you", "Noted, will do."]


def shape_turns(rng: random.Random, lang: str, marked: list[str]) -> list[str]:
    """Vary the length: some exports keep only the first message, some dialogues end with a thanks."""
    roll = rng.random()
    if roll < 0.15:
        return marked[:1]
    if roll > 0.8 and len(marked) == 3:
        return [*marked, rng.choice(ZH_CLOSINGS if lang == "zh" else EN_CLOSINGS)]
    return marked


def build_one(rng: random.Random, lang: str, template, free: bool) -> dict:
    last_errors: list[str] = []
    for _ in range(60):
        c = Ctx(rng)
        if free:
            style, marked = template(c)
            mixed = False
        else:
            style, marked, mixed = template(c)
        marked = shape_turns(rng, lang, marked)
        parsed = parse(marked)
        errors = check_conversation(parsed)
        errors += [f"free text has span {s['text']!r}" for s in parsed.spans] if free else []
        if not free and not parsed.spans:
            errors.append("no identifier")
        if not errors:
            pool = "none" if free else (c.pools[0] if c.pools else "none")
            rec = {
                "id": "",
                "lang": lang,
                "style": style,
                "source": ("mixed/" if mixed else "") + pool,
                "turns": parsed.turns,
                "spans": parsed.spans,
                "protect": parsed.protect,
            }
            return rec
        last_errors = errors
    raise RuntimeError(f"{template.__name__}: {last_errors}")


def build(seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    plan: list[tuple[str, object, bool]] = []
    for lang, phi, free in (("zh", ZH_PHI, ZH_FREE), ("en", EN_PHI, EN_FREE)):
        for i in range(N_PER_LANG - FREE_PER_LANG):
            plan.append((lang, phi[i % len(phi)], False))
        for i in range(FREE_PER_LANG):
            plan.append((lang, free[i % len(free)], True))
    rng.shuffle(plan)
    records = []
    for n, (lang, template, free) in enumerate(plan, 1):
        rec = build_one(rng, lang, template, free)
        rec["id"] = f"fresh4-{n:04d}"
        records.append(rec)
    check_numbers(records)
    return records


ID_LABELS = {
    "身份证号": "cn",
    "公民身份号码": "cn",
    "身份證": "hk",
    "身分證字號": "tw",
    "NRIC": "sg",
    "NHS No": "nhs",
    "NHS number": "nhs",
    "SIN": "sin",
    "CHI": "chi",
    "Medicare No.": "medicare",
    "SSN": "ssn",
}


PASSPORT_RE = re.compile(r"(?:E[AB]?|G)\d{7,8}|[CLMNP]\d{8}|\d{9}")


def check_numbers(records: list[dict]) -> None:
    """Every national number in the set passes its own validity rule, re-read from the text."""
    for rec in records:
        for turn in rec["turns"]:
            for span in rec["spans"]:
                if span["kind"] != "ID" or span["text"] not in turn:
                    continue
                before = turn[: turn.index(span["text"])]
                label = max(
                    (lab for lab in ID_LABELS if lab in before[-16:]), key=lambda lab: before.rfind(lab), default=None
                )
                if label and not validate_id(ID_LABELS[label], span["text"]):
                    raise AssertionError(f"{rec['id']}: invalid {label} {span['text']}")
                if not label and not PASSPORT_RE.fullmatch(span["text"]):
                    raise AssertionError(f"{rec['id']}: ID without a known label {span['text']}")


def pool_words() -> set[str]:
    words = set(ZH_GIVEN_RARE + ZH_GIVEN_PLAIN + ZH_ROADS + ZH_COMPOUNDS + ZH_TOWNS + ZH_VILLAGES + EN_STREETS)
    words |= {s + g for s, g in ZH_WORD_NAMES} | {full for full, _ in ZH_MINORITY}
    for names in EN_NAMES.values():
        for first, last in names:
            words |= {first, last}
    return {w for w in words if len(w) >= 2}


def check_pools() -> list[str]:
    """THIS file's pool words found in the other deid files (their texts are not printed)."""
    others = [f for f in HERE.glob("*deid*") if f.name not in (OUT.name, Path(__file__).name) and f.is_file()]
    text = "\n".join(f.read_text(encoding="utf-8", errors="ignore") for f in others).lower()

    def found(word: str) -> bool:
        if word.isascii():  # a whole word: "Lui" is no collision with "fluid"
            return re.search(rf"(?<![a-z]){re.escape(word.lower())}(?![a-z])", text) is not None
        return word.lower() in text

    return sorted(w for w in pool_words() if found(w))


def main() -> None:
    records = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} conversations to {OUT}")
    if "--pools" in sys.argv:
        print("pool words also in other deid files:", " ".join(check_pools()) or "none")


if __name__ == "__main__":
    main()
