"""Write tests/data/deid_dev6.jsonl: a labelled development set for the scrubber.

Written blind to the scrubber (no scrubber code, tests or earlier sets were read
while writing it), with the standard library only.  Deterministic:
``random.Random(6)``; run ``.venv/bin/python tests/data/make_deid_dev6.py``.

Each line is one conversation::

    {"id": "dev6-0001", "lang": "zh" | "en" | "mixed", "style": ..., "source": ...,
     "turns": [...], "spans": [{"kind", "text", "parts"}], "protect": [...]}

Labelling rule (kept simple and applied everywhere):

* The names of patients, relatives, doctors, nurses and pharmacists are all PHI.
* Label the name itself, never the title or the form of address around it:
  ``张秀英主任`` -> span ``张秀英``; ``Dr Patel`` -> span ``Patel``.
* For surname + title and affix forms (``王医生``, ``李阿姨``, ``老王``, ``小李``,
  ``王姐``) only the surname character(s) are the span, with parts ``[surname]``.
  For a given-name nickname (``阿珍``) only the name character is the span.
* ``parts`` are the pieces that alone would still identify: for a Chinese name the
  whole and a two-character given name (``张秀英`` -> ``["张秀英", "秀英"]``;
  ``吴敏`` -> ``["吴敏"]``); for an English name the given name and the surname
  (initials and particles such as "Thi" are left out); for numbers the whole and
  each group of four or more digits; for an e-mail the whole and its local part;
  for an address the whole and its street / estate pieces.
* Public hotlines (120, 12320, 911, 111), visit dates, ages, bed and room
  numbers, doses, lab values, lot numbers, ICD codes, drug, herb, hospital and
  department names and eponyms are not PHI; many of them are listed in
  ``protect`` (they must survive unchanged).

The generator checks every row: spans and protect strings occur verbatim, no
protect string overlaps or contains a span or one of its parts, every occurrence
of a part lies inside a labelled span, and a one-character span occurs only next
to a title or affix (or inside a longer span).  A row failing a check is drawn
again.
"""

import collections
import json
import random
import re
from pathlib import Path

OUT = Path(__file__).with_name("deid_dev6.jsonl")
N_ROWS = 360

# ---------------------------------------------------------------- name pools
ZH_SUR_COMMON = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤"
)
ZH_SUR_RARE = list("禤亓庹禚仉眭隗厍妫逄訾鄢缪佘靳扈")
ZH_SUR_COMPOUND = ["欧阳", "司马", "尉迟", "上官", "诸葛", "皇甫", "令狐", "慕容", "东方", "公孙", "端木", "西门"]
ZH_GIVEN_1 = list("敏芳平明强洋晨静磊涛杰军勇艳娟霞刚斌鹏浩颖丹婷伟超丽红燕萍倩琳亮辉健峰蕾雪")
ZH_GIVEN_2 = [
    "秀英",
    "建国",
    "桂兰",
    "志强",
    "丽华",
    "文博",
    "海燕",
    "子涵",
    "雨轩",
    "春梅",
    "红梅",
    "玉兰",
    "卫东",
    "淑珍",
    "振华",
    "晓燕",
    "思远",
    "欣怡",
    "俊杰",
    "桂芳",
    "德明",
    "美玲",
    "凤英",
    "国栋",
    "立新",
    "佳怡",
    "浩然",
    "梓萱",
    "金凤",
    "永福",
    "秋菊",
    "宏伟",
    "雅琴",
    "家豪",
    "慧敏",
    "少华",
    "长江",
    "小红",
    "建华",
    "翠兰",
    "一鸣",
    "若曦",
    "天佑",
    "文静",
    "春生",
    "月娥",
    "新民",
    "丽娟",
]
ZH_NICK_GIVEN = list("珍芬娟霞兰妹英")
TW_SUR = list("陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周葉蘇莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧")
TW_GIVEN = [
    "大文",
    "美玲",
    "志明",
    "淑芬",
    "家豪",
    "怡君",
    "雅婷",
    "俊傑",
    "秀蘭",
    "建宏",
    "冠宇",
    "麗華",
    "國華",
    "佩珊",
    "宗翰",
    "惠美",
    "嘉欣",
    "子軒",
    "詠琪",
    "偉倫",
]

EN_PEOPLE = [  # (given, middle, surname[, surname first]) - parts: the whole, given name and surname
    ("Maria", "", "Gonzalez"),
    ("Priya", "", "Raghunathan"),
    ("Oluwaseun", "", "Adeyemi"),
    ("Siobhan", "", "O'Neill"),
    ("Mehmet", "", "Yılmaz"),
    ("Lan", "Thi", "Nguyen", True),
    ("Tomasz", "", "Kowalski"),
    ("Aisha", "", "Haddad"),
    ("Kwame", "", "Mensah"),
    ("Ingrid", "", "Lindqvist"),
    ("Hiroshi", "", "Tanaka"),
    ("Ngozi", "", "Okafor"),
    ("Rahul", "", "Deshpande"),
    ("Catalina", "", "Ferreira"),
    ("Niamh", "", "McAllister"),
    ("Dmitri", "", "Ivanov"),
    ("Zainab", "", "Al-Sayed"),
    ("Bronwyn", "", "Smith-Jones"),
    ("Chidi", "", "Nwosu"),
    ("Anjali", "", "D'Souza"),
    ("Margaret", "", "Thornbury"),
    ("Eleanor", "", "Whitcombe"),
    ("Declan", "", "Fitzgerald"),
    ("Yusuf", "", "Demir"),
    ("Agnieszka", "", "Wójcik"),
    ("Thandiwe", "", "Dlamini"),
    ("Santiago", "", "Restrepo"),
    ("Fatima", "", "Benali"),
    ("Olamide", "", "Bakare"),
    ("Sunita", "", "Venkataraman"),
    ("Gareth", "", "Pritchard"),
    ("Mei", "", "Lin"),
    ("Joaquín", "", "Ortega"),
    ("Hannah", "", "Kowalczyk"),
    ("Pieter", "", "van der Merwe"),
    ("Aoife", "", "Ní Bhriain"),
    ("Grace", "", "Achterberg"),
    ("Hope", "", "Mwangi"),
    ("Rose", "", "Castellano"),
    ("Bich", "Ngoc", "Tran", True),
    ("Minh", "Van", "Pham", True),
    ("Emre", "", "Yılmaz"),
]
EN_DOC_SUR = [
    "Patel",
    "Okafor",
    "Chen",
    "Nguyen",
    "Oyelaran",
    "Srinivasan",
    "MacLeod",
    "O'Brien",
    "Haddad",
    "Kaur",
    "Lindgren",
    "Abernethy",
    "Mwangi",
    "Rossi",
    "Castellanos",
    "Ahmadi",
    "Baptiste",
    "Kowalczyk",
    "Fitzpatrick",
    "Mukherjee",
    "Osei",
    "Delacroix",
    "Varga",
    "Takahashi",
]
EN_INITIALS = ["J. R.", "A.", "M. K.", "S.", "T. O.", "R.", "E. M."]

# --------------------------------------------------------- hard negatives
HERBS = [
    "白芍",
    "何首乌",
    "金银花",
    "黄连",
    "王不留行",
    "黄芪",
    "柴胡",
    "甘草",
    "连翘",
    "田七",
    "杜仲",
    "车前子",
    "白术",
    "党参",
    "当归",
    "熟地黄",
    "石斛",
    "牛黄",
    "金钱草",
    "陈皮",
    "夏枯草",
    "白花蛇舌草",
    "马齿苋",
    "刘寄奴",
    "徐长卿",
    "何首乌藤",
    "丁香",
    "高良姜",
    "苏叶",
    "薛荔果",
]
ZH_LOOKALIKE_WORDS = [
    "高血压",
    "黄疸",
    "白细胞",
    "常规",
    "方案",
    "周期",
    "胡话",
    "江湖郎中",
    "石膏",
    "马上",
    "毛细血管",
    "叶酸",
    "陆续",
    "于是",
    "任何",
    "万一",
    "严重",
    "程度",
    "钟点",
    "雷贝拉唑",
    "罗红霉素",
    "林可霉素",
    "包括",
    "华法林",
    "安定",
    "金黄色葡萄球菌",
    "田间",
    "宋体",
    "曾经",
    "屈光",
    "文字",
    "江水",
]
ZH_EPONYMS = [
    "川崎病",
    "唐氏综合征",
    "桥本甲状腺炎",
    "帕金森病",
    "克罗恩病",
    "阿尔茨海默病",
    "库欣综合征",
    "格雷夫斯病",
    "布加综合征",
    "雷诺现象",
    "吉兰-巴雷综合征",
    "马方综合征",
    "霍奇金淋巴瘤",
    "巴氏涂片",
]
ZH_HOSPITALS = [
    "北京协和医院",
    "上海华山医院",
    "四川大学华西医院",
    "中山大学附属第一医院",
    "浙江大学医学院附属邵逸夫医院",
    "复旦大学附属中山医院",
    "武汉同济医院",
    "湘雅医院",
    "西京医院",
    "南京鼓楼医院",
    "广东省人民医院",
    "齐鲁医院",
]
ZH_DEPTS = [
    "心内科",
    "内分泌科",
    "消化内科",
    "神经内科",
    "呼吸与危重症医学科",
    "肾内科",
    "普外科",
    "骨科",
    "妇产科",
    "儿科",
    "肿瘤科",
    "风湿免疫科",
    "急诊科",
    "皮肤科",
    "中医科",
    "眼科",
]
ZH_TITLES = ["主任医师", "副主任医师", "主治医师", "住院医师", "责任护士", "护士长", "临床药师", "值班医生", "规培医生"]
TW_HOSPITALS = [
    "台大醫院",
    "林口長庚醫院",
    "瑪麗醫院",
    "伊利沙伯醫院",
    "威爾斯親王醫院",
    "台北榮民總醫院",
    "馬偕紀念醫院",
]
EN_EPONYMS = [
    "Parkinson's disease",
    "Hashimoto's thyroiditis",
    "Crohn's disease",
    "Bell's palsy",
    "Down syndrome",
    "Cushing's syndrome",
    "Addison's disease",
    "Graves' disease",
    "Raynaud's phenomenon",
    "Alzheimer's disease",
    "Hodgkin lymphoma",
    "Guillain-Barré syndrome",
    "Barrett's oesophagus",
    "Kawasaki disease",
    "Babinski sign",
    "Murphy's sign",
    "Wilson's disease",
    "Meniere's disease",
    "Sjögren's syndrome",
]
EN_BRANDS = [
    "Lipitor 20 mg",
    "Tylenol 500 mg",
    "Nexium 40 mg",
    "Eliquis 5 mg",
    "Januvia 100 mg",
    "Ventolin",
    "Zoloft 50 mg",
    "Synthroid 75 mcg",
    "Plavix 75 mg",
    "Lasix 40 mg",
    "Keppra 500 mg",
    "Ozempic 0.5 mg",
]
EN_HOSPITALS = [
    "Mayo Clinic",
    "Johns Hopkins Hospital",
    "St Thomas' Hospital",
    "Addenbrooke's Hospital",
    "Massachusetts General Hospital",
    "Royal Victoria Infirmary",
    "Leeds General Infirmary",
    "Cleveland Clinic",
    "Great Ormond Street Hospital",
    "King's College Hospital",
    "Mount Sinai Hospital",
]
EN_DEPTS = [
    "Cardiology",
    "Endocrinology",
    "Gastroenterology",
    "Neurology",
    "Respiratory Medicine",
    "Renal",
    "Rheumatology",
    "Emergency Department",
    "Dermatology",
    "Oncology",
    "Orthopaedics",
    "Paediatrics",
]
EN_ROLES = [
    "the attending",
    "the registrar",
    "the on-call SHO",
    "the consultant",
    "the charge nurse",
    "the PA",
    "the duty pharmacist",
    "the night resident",
    "the ward clerk",
]
ICD = ["E11.9", "I10", "J45.909", "K21.0", "N18.3", "I48.91", "M54.5", "E03.9", "J18.9", "K50.90", "G20", "F32.1"]

ZH_DRUGS = [
    ("二甲双胍", "0.5g", "每日两次"),
    ("阿托伐他汀钙片", "20mg", "每晚一次"),
    ("氨氯地平", "5mg", "每日一次"),
    ("缬沙坦", "80mg", "每日一次"),
    ("阿司匹林肠溶片", "100mg", "每日一次"),
    ("甲钴胺", "0.5mg", "每日三次"),
    ("奥美拉唑", "20mg", "早饭前"),
    ("左甲状腺素钠片", "50μg", "空腹"),
    ("格列美脲", "2mg", "早餐前"),
    ("硝苯地平控释片", "30mg", "每日一次"),
    ("恩替卡韦", "0.5mg", "空腹"),
    ("布洛芬缓释胶囊", "0.3g", "必要时"),
]
EN_DRUGS = [
    ("metformin", "500 mg", "BD"),
    ("atorvastatin", "40 mg", "ON"),
    ("amlodipine", "5 mg", "OD"),
    ("ramipril", "2.5 mg", "OD"),
    ("apixaban", "5 mg", "BD"),
    ("levothyroxine", "75 mcg", "OD"),
    ("omeprazole", "20 mg", "OD"),
    ("sertraline", "50 mg", "OD"),
    ("bisoprolol", "2.5 mg", "OD"),
    ("furosemide", "40 mg", "mane"),
    ("co-amoxiclav", "625 mg", "TDS"),
    ("prednisolone", "30 mg", "OD"),
]

ZH_PROV = [
    ("浙江省", "杭州市", ["西湖区", "拱墅区", "滨江区"]),
    ("江苏省", "南京市", ["鼓楼区", "玄武区", "江宁区"]),
    ("广东省", "广州市", ["天河区", "越秀区", "海珠区"]),
    ("四川省", "成都市", ["武侯区", "锦江区", "青羊区"]),
    ("湖北省", "武汉市", ["洪山区", "江汉区", "武昌区"]),
    ("山东省", "济南市", ["历下区", "市中区", "槐荫区"]),
    ("河南省", "郑州市", ["金水区", "二七区", "中原区"]),
    ("", "上海市", ["徐汇区", "浦东新区", "静安区"]),
    ("", "北京市", ["朝阳区", "海淀区", "丰台区"]),
    ("福建省", "厦门市", ["思明区", "湖里区"]),
]
ZH_ROADS = [
    "文三路",
    "中山北路",
    "解放大道",
    "人民南路",
    "建设路",
    "长江路",
    "东风路",
    "学院路",
    "滨江大道",
    "和平里东街",
    "迎宾大道",
    "新华路",
    "光明街",
    "丰收路",
    "春晖路",
]
ZH_ESTATES = [
    "华星小区",
    "阳光花园",
    "翠苑一区",
    "金色家园",
    "锦绣江南",
    "幸福里",
    "东方名城",
    "紫荆苑",
    "桂花新村",
    "绿城桂花园",
    "蓝天公寓",
    "恒大绿洲",
    "滨湖佳苑",
    "和谐家园",
]
EN_STREETS = [
    "North Rd",
    "Elm St",
    "Elm Grove",
    "Victoria Terrace",
    "Church Lane",
    "Mill Road",
    "Harbour View",
    "Oak Avenue",
    "Kingsway",
    "Beech Close",
    "Maple Drive",
    "Larkspur Way",
    "Quarry Hill",
]
UK_TOWNS = [
    ("Leeds", "LS6"),
    ("Bristol", "BS7"),
    ("Manchester", "M14"),
    ("Cardiff", "CF24"),
    ("Glasgow", "G12"),
    ("Norwich", "NR2"),
    ("Sheffield", "S10"),
    ("Belfast", "BT9"),
]
US_TOWNS = [
    ("Somerville", "MA", "02144"),
    ("Oakland", "CA", "94610"),
    ("Austin", "TX", "78704"),
    ("Columbus", "OH", "43215"),
    ("Rochester", "MN", "55902"),
    ("Tacoma", "WA", "98403"),
]

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
ZH_DIGITS = "〇一二三四五六七八九"

# One-character spans must stand next to one of these (or inside a longer span).
ZH_TITLE_AFTER = [
    "医生",
    "大夫",
    "主任",
    "阿姨",
    "叔",
    "姐",
    "哥",
    "老师",
    "护士",
    "先生",
    "女士",
    "奶奶",
    "爷爷",
    "师傅",
    "教授",
    "药师",
    "院长",
    "伯",
    "婶",
    "老",
    "总",
    "工",
    "醫生",
    "姑娘",
    "大爷",
    "大妈",
    "姨",
    "嫂",
    "主管",
    "经理",
    "叔叔",
    "阿姨们",
    "小姐",
    "太太",
    "生",
]
ZH_AFFIX_BEFORE = ["老", "小", "阿"]


class ZhP:
    def __init__(self, sur, given):
        self.sur, self.given, self.full = sur, given, sur + given


class EnP:
    def __init__(self, given, middle, sur, sur_first=False):
        self.given, self.middle, self.sur = given, middle, sur
        order = (sur, middle, given) if sur_first else (given, middle, sur)
        self.full = " ".join(x for x in order if x)


class Doc:
    """Collects the spans and protect strings of one conversation."""

    def __init__(self, rng):
        self.r = rng
        self.spans = []
        self.protect = []
        self.used_names = set()

    # -- generic
    def sp(self, kind, text, parts=None):
        parts = list(parts or [text])
        if text not in parts:
            parts.insert(0, text)
        for s in self.spans:
            if s["text"] == text:
                assert s["kind"] == kind, (kind, text)
                for p in parts:
                    if p not in s["parts"]:
                        s["parts"].append(p)
                return text
        self.spans.append({"kind": kind, "text": text, "parts": parts})
        return text

    def pr(self, text):
        if text not in self.protect:
            self.protect.append(text)
        return text

    def c(self, seq):
        return self.r.choice(seq)

    # -- people
    def zh_person(self, kind="any", given_len=None):
        r = self.r
        for _ in range(100):
            if kind == "rare" or (kind == "any" and r.random() < 0.12):
                sur = r.choice(ZH_SUR_RARE)
            elif kind == "compound" or (kind == "any" and r.random() < 0.08):
                sur = r.choice(ZH_SUR_COMPOUND)
            else:
                sur = r.choice(ZH_SUR_COMMON)
            gl = given_len or (1 if r.random() < 0.4 else 2)
            given = r.choice(ZH_GIVEN_1) if gl == 1 else r.choice(ZH_GIVEN_2)
            if sur not in self.used_names and given not in self.used_names:
                self.used_names.update([sur, given])
                return ZhP(sur, given)
        raise RuntimeError("names")

    def tw_person(self):
        for _ in range(100):
            p = ZhP(self.r.choice(TW_SUR), self.r.choice(TW_GIVEN))
            if p.sur not in self.used_names and p.given not in self.used_names:
                self.used_names.update([p.sur, p.given])
                return p
        raise RuntimeError("names")

    def zn(self, p):
        parts = [p.full] + ([p.given] if len(p.given) >= 2 else [])
        return self.sp("NAME", p.full, parts)

    def zg(self, p):
        assert len(p.given) >= 2
        return self.sp("NAME", p.given)

    def zs(self, p):
        return self.sp("NAME", p.sur)

    def en_person(self):
        for _ in range(100):
            p = EnP(*self.r.choice(EN_PEOPLE))
            if p.sur not in self.used_names and p.given not in self.used_names:
                self.used_names.update([p.sur, p.given])
                return p
        raise RuntimeError("names")

    def en_doc(self):
        for _ in range(100):
            s = self.r.choice(EN_DOC_SUR)
            if s not in self.used_names:
                self.used_names.add(s)
                return s
        raise RuntimeError("names")

    def en(self, p, form="full"):
        """An English name in one of several written forms, labelled."""
        if form == "full":
            return self.sp("NAME", p.full, [p.given, p.sur])
        if form == "given":
            return self.sp("NAME", p.given)
        if form == "sur":
            return self.sp("NAME", p.sur)
        if form == "lower":
            t = p.given.lower()
            return self.sp("NAME", t)
        if form == "lowerfull":
            t = p.full.lower()
            return self.sp("NAME", t, [p.given.lower(), p.sur.lower()])
        if form == "surcomma":
            t = f"{p.sur.upper()}, {p.given}"
            return self.sp("NAME", t, [p.given, p.sur.upper()])
        if form == "initial":
            t = f"{p.given[0]}. {p.sur}"
            return self.sp("NAME", t, [p.sur])
        raise ValueError(form)

    def en_dr(self, sur, lower=False):
        return self.sp("NAME", sur.lower() if lower else sur)

    # -- numbers
    def _grp(self, kind, text):
        groups = [g for g in re.findall(r"\d+", text) if len(g) >= 4 and g != text]
        return self.sp(kind, text, [text] + groups)

    def _phone(self, text):
        """Parts of a phone number: the whole and its groups of four or more digits,
        leaving out the country code and the first (area / operator) group."""
        rest = re.sub(r"^\(?\+\d+\)?[ -]?", "", text)
        groups = re.findall(r"\d+", rest)
        tail = [g for g in groups[1:] if len(g) >= 4]
        if len(groups) == 1 and groups[0] != text:
            tail = [groups[0]]
        return self.sp("PHONE", text, [text] + tail)

    def cn_mobile(self):
        r = self.r
        pre = r.choice(["138", "139", "135", "136", "186", "159", "177", "188", "150", "131", "152", "199", "173"])
        a, b = f"{r.randint(1000, 9999)}", f"{r.randint(1000, 9999)}"
        fmt = r.randint(0, 6)
        t = [
            f"{pre}{a}{b}",
            f"{pre} {a} {b}",
            f"{pre}-{a}-{b}",
            f"+86 {pre} {a} {b}",
            f"+86-{pre}{a}{b}",
            f"{pre} {a}{b}",
            f"(+86){pre}{a}{b}",
        ][fmt]
        return self._phone(t)

    def cn_landline(self):
        r = self.r
        area, n = r.choice([("010", 8), ("021", 8), ("0571", 8), ("020", 8), ("028", 8), ("027", 8), ("0531", 8)])
        num = f"{r.randint(2, 8)}{r.randint(1000000, 9999999)}"
        t = r.choice([f"{area}-{num}", f"({area}){num[:4]} {num[4:]}", f"{area} {num[:4]} {num[4:]}"])
        return self._phone(t)

    def uk_phone(self):
        r = self.r
        t = r.choice(
            [
                f"07700 900{r.randint(100, 999)}",
                f"+44 7700 900 {r.randint(100, 999)}",
                f"(020) 7946 {r.randint(1000, 1999)}",
                f"0113 496 {r.randint(1000, 1999)}",
                f"+44 (0)161 496 {r.randint(1000, 1999)}",
                f"07700900{r.randint(100, 999)}",
            ]
        )
        return self._phone(t)

    def us_phone(self):
        r = self.r
        a, b = r.randint(200, 989), r.randint(1000, 9999)
        t = r.choice([f"(617) {a}-{b}", f"617-{a}-{b}", f"+1 312 {a} {b}", f"415.{a}.{b}", f"(212){a}-{b}"])
        return self._phone(t)

    def hk_phone(self):
        r = self.r
        t = r.choice(
            [
                f"+852 9{r.randint(100, 999)} {r.randint(1000, 9999)}",
                f"6{r.randint(100, 999)}-{r.randint(1000, 9999)}",
                f"0912-{r.randint(100, 999)}-{r.randint(100, 999)}",
                f"+886 9{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
            ]
        )
        return self._phone(t)

    def email(self, hint=""):
        r = self.r
        local = hint or r.choice(
            [
                "happy_mama",
                "sunny",
                "xiaoyu",
                "hzwang",
                "lily.w",
                "cloud9",
                "tianlan",
                "bluesea",
                "jimmy.h",
                "fox_run",
                "panda",
            ]
        )
        local = f"{local}{r.randint(10, 1999)}" if not hint or r.random() < 0.5 else local
        dom = r.choice(
            [
                "163.com",
                "qq.com",
                "126.com",
                "gmail.com",
                "outlook.com",
                "sina.com",
                "yahoo.co.uk",
                "nhs.net",
                "hotmail.com",
                "icloud.com",
            ]
        )
        t = f"{local}@{dom}"
        return self.sp("EMAIL", t, [t, local])

    def cn_id(self, y, m, d):
        r = self.r
        area = r.choice(["110105", "310104", "440106", "330106", "510107", "420102", "320102", "370102", "350203"])
        body = f"{area}{y:04d}{m:02d}{d:02d}{r.randint(0, 999):03d}"
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        ck = "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]
        full = body + ck
        if r.random() < 0.2:
            t = f"{full[:6]} {full[6:14]} {full[14:]}"
            return self.sp("ID", t, [t, full[:6] + " " + full[6:14]])
        return self.sp("ID", full)

    def nhs(self):
        r = self.r
        while True:
            ds = [r.randint(0, 9) for _ in range(9)]
            ds[0] = r.randint(4, 9)
            ck = 11 - sum(d * (10 - i) for i, d in enumerate(ds)) % 11
            if ck == 11:
                ck = 0
            if ck != 10:
                break
        s = "".join(map(str, ds)) + str(ck)
        t = r.choice([f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}"])
        return self._grp("ID", t)

    def ssn(self):
        r = self.r
        t = f"{r.randint(100, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}"
        return self.sp("ID", t, [t, t[-4:]])

    def passport(self):
        r = self.r
        t = r.choice(
            [
                f"E{r.randint(10000000, 99999999)}",
                f"EA{r.randint(1000000, 9999999)}",
                f"G{r.randint(10000000, 99999999)}",
                f"5{r.randint(10000000, 99999999)}",
            ]
        )
        return self.sp("ID", t)

    def hkid(self):
        r = self.r
        letter = r.choice("ACDEGHKPRYZ")
        digits = f"{r.randint(0, 999999):06d}"
        s = 36 * 9 + (ord(letter) - 55) * 8 + sum(int(c) * w for c, w in zip(digits, range(7, 1, -1)))
        ck = (11 - s % 11) % 11
        ckc = "A" if ck == 10 else str(ck)
        t = r.choice([f"{letter}{digits}({ckc})", f"{letter}{digits}{ckc}"])
        return self.sp("ID", t, [t, digits])

    def mrn(self, style="zh"):
        r = self.r
        if style == "zh":
            t = r.choice(
                [
                    f"{r.randint(2015, 2024)}{r.randint(100000, 999999)}",
                    f"{r.randint(100000, 9999999)}",
                    f"ZY{r.randint(10000000, 99999999)}",
                    f"{r.randint(10, 99)}-{r.randint(100000, 999999)}",
                    f"M{r.randint(1000000, 9999999)}",
                ]
            )
        else:
            t = r.choice(
                [
                    f"{r.randint(1000000, 9999999)}",
                    f"K{r.randint(100000, 999999)}",
                    f"00{r.randint(100000, 999999)}",
                    f"RXH{r.randint(100000, 999999)}",
                    f"{r.randint(100, 999)}-{r.randint(100, 999)}-{r.randint(100, 999)}",
                ]
            )
        return self._grp("MRN", t)

    def birth(self):
        r = self.r
        return r.randint(1932, 2016), r.randint(1, 12), r.randint(1, 28)

    def dob_zh(self, y, m, d, tw=False):
        t = self._dob_zh(y, m, d)
        if tw:
            t = t.replace("号", "號")
        return self.sp("DOB", t)

    def _dob_zh(self, y, m, d):
        r = self.r
        fmt = r.randint(0, 6)
        if fmt == 0:
            t = f"{y}年{m}月{d}日"
        elif fmt == 1:
            t = f"{y}-{m:02d}-{d:02d}"
        elif fmt == 2:
            t = f"{y}.{m}.{d}"
        elif fmt == 3 and y < 2000:
            t = f"{y % 100:02d}年{m}月{d}号"
        elif fmt == 3:
            t = f"{y}年{m}月{d}号"
        elif fmt == 4:
            t = "".join(ZH_DIGITS[int(c)] for c in str(y)) + "年" + zh_num(m) + "月" + zh_num(d) + "日"
        elif fmt == 5:
            t = f"{y}/{m:02d}/{d:02d}"
        else:
            t = f"{y}年{m:02d}月{d:02d}日"
        return t

    def dob_en(self, y, m, d, us=False):
        r = self.r
        fmt = r.randint(0, 5)
        if fmt == 0:
            t = f"{m}/{d}/{y}" if us else f"{d:02d}/{m:02d}/{y}"
        elif fmt == 1:
            t = f"{d} {EN_MONTHS[m - 1][:3]} {y}"
        elif fmt == 2:
            t = f"{EN_MONTHS[m - 1]} {d}, {y}"
        elif fmt == 3:
            t = f"{y}-{m:02d}-{d:02d}"
        elif fmt == 4:
            t = f"{m}/{d}/{y % 100:02d}" if us else f"{d:02d}.{m:02d}.{y % 100:02d}"
        else:
            t = f"{d} {EN_MONTHS[m - 1]} {y}"
        return self.sp("DOB", t)

    def addr_zh(self):
        r = self.r
        prov, city, dists = r.choice(ZH_PROV)
        dist = r.choice(dists)
        road = r.choice(ZH_ROADS)
        no = f"{r.randint(1, 399)}号"
        est = r.choice(ZH_ESTATES)
        bld = r.choice([f"{r.randint(1, 30)}栋", f"{r.randint(1, 30)}幢", f"{r.randint(1, 30)}号楼"])
        unit = f"{r.randint(1, 6)}单元"
        room = f"{r.randint(1, 32)}{r.randint(1, 4):02d}室"
        form = r.randint(0, 3)
        if form == 0:
            t = f"{prov}{city}{dist}{road}{no}{est}{bld}{unit}{room}"
        elif form == 1:
            t = f"{city}{dist}{est}{bld}{unit}{room}"
        elif form == 2:
            t = f"{dist}{road}{no}{est}{bld}{room}"
        else:
            t = f"{est}{bld}{unit}{room}"
        parts = [t, est + bld] + ([road + no] if road + no in t else [])
        return self.sp("ADDRESS", t, parts)

    def addr_tw(self):
        r = self.r
        t = r.choice(
            [
                f"台北市大安區復興南路一段{r.randint(10, 390)}號{r.randint(2, 12)}樓",
                f"九龍旺角彌敦道{r.randint(500, 700)}號{r.randint(3, 25)}樓{r.choice('ABCDEF')}室",
                f"新北市板橋區文化路二段{r.randint(10, 300)}巷{r.randint(1, 40)}號",
                f"香港沙田瀝源邨{r.choice(['福海樓', '貴和樓', '祿和樓'])}{r.randint(3, 30)}樓{r.randint(1, 30)}室",
            ]
        )
        return self.sp("ADDRESS", t)

    def addr_uk(self):
        r = self.r
        town, pc = r.choice(UK_TOWNS)
        st = r.choice(EN_STREETS)
        num = r.choice([f"{r.randint(1, 140)}", f"{r.randint(1, 90)}B"])
        post = f"{pc} {r.randint(1, 9)}{r.choice('ABDEHJLNPQRSTUWXYZ')}{r.choice('ABDEHJLNPQRSTUWXYZ')}"
        if r.random() < 0.4:
            line = f"Flat {r.randint(1, 12)}, {num} {st}"
        else:
            line = f"{num} {st}"
        t = f"{line}, {town} {post}"
        return self.sp("ADDRESS", t, [t, f"{num} {st}", post])

    def addr_us(self):
        r = self.r
        town, st_, z = r.choice(US_TOWNS)
        st = r.choice(EN_STREETS)
        num = r.randint(3, 4999)
        apt = r.choice(["", f" Apt {r.randint(1, 30)}", f", Unit {r.randint(1, 9)}{r.choice('ABC')}"])
        t = f"{num} {st}{apt}, {town}, {st_} {z}"
        return self.sp("ADDRESS", t, [t, f"{num} {st}"])


def zh_num(n):
    if n < 10:
        return ZH_DIGITS[n] if n else "〇"
    if n < 20:
        return "十" + (ZH_DIGITS[n % 10] if n % 10 else "")
    return ZH_DIGITS[n // 10] + "十" + (ZH_DIGITS[n % 10] if n % 10 else "")


def visit_date(d, lang="zh"):
    r = d.r
    y, m, dd = r.choice([2023, 2024, 2025]), r.randint(1, 12), r.randint(1, 28)
    if lang == "zh":
        return r.choice([f"{y}-{m:02d}-{dd:02d}", f"{m}月{dd}日", f"{y}年{m}月{dd}日", f"{y}.{m:02d}.{dd:02d}"])
    return r.choice(
        [
            f"{dd:02d}/{m:02d}/{y}",
            f"{dd} {EN_MONTHS[m - 1][:3]} {y}",
            f"{EN_MONTHS[m - 1]} {dd}, {y}",
            f"{y}-{m:02d}-{dd:02d}",
        ]
    )


def zh_vitals(d):
    r = d.r
    items = [
        f"血压{r.randint(100, 180)}/{r.randint(60, 110)}mmHg",
        f"心率{r.randint(55, 120)}次/分",
        f"空腹血糖{r.randint(45, 160) / 10}mmol/L",
        f"糖化血红蛋白{r.randint(55, 110) / 10}%",
        f"白细胞{r.randint(30, 180) / 10}×10^9/L",
        f"血红蛋白{r.randint(70, 160)}g/L",
        f"肌酐{r.randint(50, 400)}μmol/L",
        f"体温{r.randint(362, 400) / 10}℃",
        f"SpO2 {r.randint(88, 99)}%",
        f"ALT {r.randint(10, 300)}U/L",
        f"尿酸{r.randint(200, 650)}μmol/L",
        f"TSH {r.randint(5, 150) / 10}mIU/L",
    ]
    return [d.pr(x) for x in r.sample(items, r.randint(1, 3))]


def en_vitals(d):
    r = d.r
    items = [
        f"BP {r.randint(100, 185)}/{r.randint(58, 110)}",
        f"HR {r.randint(50, 130)}",
        f"RR {r.randint(12, 30)}",
        f"SpO2 {r.randint(86, 100)}%",
        f"T {r.randint(362, 401) / 10}°C",
        f"HbA1c {r.randint(40, 95)} mmol/mol",
        f"Hb {r.randint(70, 165)} g/L",
        f"eGFR {r.randint(18, 90)}",
        f"CRP {r.randint(1, 250)}",
        f"Na {r.randint(126, 146)}",
        f"K {r.randint(30, 60) / 10}",
        f"troponin {r.randint(3, 900)} ng/L",
        f"GCS {r.randint(9, 15)}/15",
        f"glucose {r.randint(30, 250) / 10} mmol/L",
    ]
    return [d.pr(x) for x in r.sample(items, r.randint(2, 4))]


def zh_drug(d):
    name, dose, freq = d.c(ZH_DRUGS)
    return d.pr(f"{name}{dose}"), freq


def en_drug(d):
    name, dose, freq = d.c(EN_DRUGS)
    return d.pr(f"{name} {dose} {freq}")


# =================================================================== zh PHI
def zh_chat_self(d):
    """Online consultation, the patient writes for herself."""
    r = d.r
    pt, doc = d.zh_person(), d.zh_person(given_len=2)
    age = r.randint(18, 85)
    drug, freq = zh_drug(d)
    vit = zh_vitals(d)
    hosp = d.pr(d.c(ZH_HOSPITALS))
    turns = [
        r.choice(
            [
                f"医生您好，我是{d.zn(pt)}，今年{d.pr(f'{age}岁')}，",
                f"{d.zn(pt)}，{d.pr(f'{age}岁')}，想咨询一下：",
                f"在吗医生？我叫{d.zn(pt)}，",
            ]
        )
        + f"上周在{hosp}查了一下，{'，'.join(vit)}，{d.zs(doc)}医生让我吃{drug}{freq}，现在有点头晕，要不要减量？",
        r.choice(
            [
                "您好，头晕是一直有还是站起来的时候明显？最近血压自己测过吗？",
                "收到。头晕多久了？有没有胸闷、黑蒙、说话不清楚？",
            ]
        ),
        r.choice(
            [
                f"站起来明显，{d.pr(f'{r.randint(2, 9)}天')}了。昨天还给{d.zn(doc)}打电话，没打通。",
                f"大概{d.pr(f'{r.randint(2, 9)}天')}，早上重一点。我们那边问过{d.zn(doc)}，说让线上再问问。",
            ]
        ),
        r.choice(
            [
                "先别自行停药，把每天早晚的血压记下来，一周后复诊带上记录。",
                "可以先把剂量的事放一放，今天再测两次血压发给我，严重头晕或者胸痛直接打120。",
            ]
        ),
    ]
    if "120" in turns[-1]:
        d.pr("120")
    if r.random() < 0.6:
        turns.append(
            r.choice(
                [
                    f"好的，麻烦回个电话，我手机{d.cn_mobile()}，白天都在。",
                    f"好的，报告我发您邮箱吧？我的是{d.email()}。",
                    f"谢谢。药能寄到家里吗？地址{d.addr_zh()}，电话{d.cn_mobile()}。",
                ]
            )
        )
    return "zh", "online_chat", "zh_chat_self", turns


def zh_chat_family(d):
    """A daughter or son writes for an elderly parent; given name used later."""
    r = d.r
    mom = d.zh_person(given_len=2)
    kid, bro = d.zh_person(), d.zh_person()
    age = r.randint(60, 92)
    rel = r.choice(["我妈", "我母亲", "我婆婆", "我外婆", "我爸", "我父亲"])
    issue = r.choice(["又吐了两次", "一晚上说胡话", "腿肿得厉害", "黄疸好像更重了", "血糖一直降不下来", "咳嗽带血丝"])
    v = zh_vitals(d)
    turns = [
        f"医生好，我替{rel}问一下。{rel}{d.zn(mom)}，{d.pr(f'{age}岁')}，{d.pr(d.c(['高血压', '糖尿病', '冠心病', '慢性肾病']))}十几年了。",
        f"{d.zn(mom)}昨天{issue}，{'，'.join(v)}。",
        r.choice(
            ["老人现在精神怎么样？能吃东西吗？尿量有没有减少？", "请问现在意识清楚吗？有没有发热？最近换过药吗？"]
        ),
        r.choice(
            [
                f"{d.zg(mom)}今天早上喝了半碗粥，精神还行。晚上是我弟{d.zn(bro)}陪着的，他说半夜起来两次。",
                f"我弟{d.zn(bro)}说{d.zg(mom)}半夜又起来了，早上吃了一点。药没换，还是原来的{zh_drug(d)[0]}。",
            ]
        ),
        r.choice(
            [
                "建议尽快到医院急诊查个电解质和肾功能，路上注意别让老人摔倒。",
                "这种情况线上判断不了，最好今天带去门诊，把之前的化验单都带上。",
            ]
        ),
        r.choice(
            [
                f"好，我是{d.zn(kid)}，下午就带她去。",
                f"明白了，谢谢！我和{d.zn(kid)}一起送过去。",
                "好的谢谢医生，我们马上去。",
            ]
        ),
    ]
    return "zh", "online_chat_family", "zh_chat_family", turns


def zh_wechat_group(d):
    """Family WeChat group: speaker labels are bare names."""
    r = d.r
    pt = d.zh_person(given_len=2)
    a, b = d.zh_person(), d.zh_person()
    doc = d.zh_person()
    dept = d.pr(d.c(ZH_DEPTS))
    t = [
        f"{d.zn(a)}：刚问过{d.zn(doc)}，{d.zg(pt)}的片子要等明天出。",
        f"{d.zn(b)}：那今天谁在医院？我下班过去换{d.zn(a)}。",
        f"{d.zn(a)}：我在{dept}这边，{d.pr(f'{r.randint(1, 60)}床')}，{d.zg(pt)}刚睡着，{', '.join(zh_vitals(d))}。",
        r.choice(
            [f"{d.zn(b)}：好，{d.zn(doc)}说要不要做{d.pr('胃镜')}？", f"{d.zn(b)}：{d.zn(doc)}下午查房说什么了？"]
        ),
        r.choice(
            [
                f"{d.zn(a)}：说先看结果，明天{d.pr(visit_date(d))}上午再定方案。",
                f"{d.zn(a)}：说白细胞有点高，先抗感染，周期大概一周。",
            ]
        ),
    ]
    return "zh", "wechat_group", "zh_wechat_group", t


def zh_nurse_handover(d):
    """Nurse shift handover: bare names after bed numbers, relatives' phones."""
    r = d.r
    p1, p2, p3 = d.zh_person(), d.zh_person(), d.zh_person()
    fam = d.zh_person()
    nurse = d.zh_person()
    beds = r.sample(range(1, 45), 3)
    lines = [
        f"{d.pr(f'{beds[0]}床')} {d.zn(p1)}，{r.choice(['男', '女'])}，{d.pr(f'{r.randint(40, 90)}岁')}，"
        f"{d.c(['肺部感染', '急性胰腺炎', '心衰', '脑梗死'])}，{'，'.join(zh_vitals(d))}，夜间平稳。",
        f"{d.pr(f'{beds[1]}床')} {d.zn(p2)}，术后第{r.randint(1, 5)}天，引流液{r.randint(20, 200)}ml，"
        f"{r.choice(['家属', '陪护'])}{d.zn(fam)}（{d.c(['女儿', '儿子', '老伴', '侄子'])}）电话{d.cn_mobile()}。",
        f"{d.pr(f'{beds[2]}床')} {d.zn(p3)}，{d.c(['夜里说胡话', '躁动', '拒绝进食'])}，已告知值班医生，"
        f"{d.zs(nurse)}护士{d.c(['已', '已经'])}加床栏。",
        r.choice([f"交班人：{d.zn(nurse)}", f"交：{d.zn(nurse)} 接：{d.zn(d.zh_person())}"]),
    ]
    return "zh", "nurse_handover", "zh_nurse_handover", lines


def zh_discharge(d):
    """Discharge summary: header fields plus a narrative with doctors' names."""
    r = d.r
    pt = d.zh_person()
    doc, doc2 = d.zh_person(given_len=2), d.zh_person()
    y, m, dd = d.birth()
    hosp = d.pr(d.c(ZH_HOSPITALS))
    dept = d.pr(d.c(ZH_DEPTS))
    icd = d.pr(d.c(ICD))
    drug, freq = zh_drug(d)
    head = r.choice(
        [
            f"{hosp}出院小结\n姓名：{d.zn(pt)}  性别：{d.c(['男', '女'])}  出生日期：{d.dob_zh(y, m, dd)}\n住院号：{d.mrn()}  科室：{dept}",
            f"出院记录（{dept}）\n患者{d.zn(pt)}，住院号{d.mrn()}，生于{d.dob_zh(y, m, dd)}，身份证号{d.cn_id(y, m, dd)}。",
            f"出院小结\n{d.zn(pt)}  病案号：{d.mrn()}\n现住址：{d.addr_zh()}",
        ]
    )
    body = (
        f"入院诊断：{d.pr(d.c(['2型糖尿病', '原发性高血压', '社区获得性肺炎', '急性胆囊炎']))}（{icd}）。"
        f"住院期间由{d.zn(doc)}主任查房，{'，'.join(zh_vitals(d))}。"
        f"{d.zn(doc2)}{d.c(['负责换药', '完成了胃镜检查', '调整了胰岛素剂量'])}。"
    )
    tail = (
        f"出院医嘱：{drug}{freq}；{d.pr(visit_date(d))}{d.c(['门诊复查', '复诊', '来院复查血常规'])}。"
        f"{d.c(['如有不适及时就诊或拨打120。', '有问题可拨打12320卫生热线咨询。', ''])}"
    )
    for h in ("120", "12320"):
        if h in tail:
            d.pr(h)
    sign = f"医师签名：{d.zn(doc2)}"
    return "zh", "discharge_summary", "zh_discharge", [head, body, tail, sign]


def zh_referral(d):
    """Referral letter to a named consultant."""
    r = d.r
    to, frm, pt = d.zh_person(), d.zh_person(), d.zh_person()
    age = r.randint(20, 88)
    hosp = d.pr(d.c(ZH_HOSPITALS))
    t = [
        r.choice(
            [f"尊敬的{d.zn(to)}主任：", f"{d.zn(to)}教授您好：", f"致{hosp}{d.pr(d.c(ZH_DEPTS))} {d.zn(to)}医生："]
        ),
        f"现转诊患者{d.zn(pt)}，{d.pr(f'{age}岁')}，因{d.c(['反复腹痛', '甲状腺结节', '蛋白尿', '胸闷气短'])}"
        f"{d.pr(f'{r.randint(1, 11)}个月')}来我院就诊，{'，'.join(zh_vitals(d))}，考虑{d.pr(d.c(ZH_EPONYMS))}可能。",
        r.choice(
            [
                f"患者联系电话：{d.cn_mobile()}；身份证号：{d.cn_id(*d.birth())}。",
                f"门诊号：{d.mrn()}，家属{d.zn(d.zh_person())}陪同。",
                f"住址：{d.addr_zh()}。",
                f"患者邮箱{d.email()}，出生日期{d.dob_zh(*d.birth())}。",
            ]
        ),
        f"此致\n{d.pr(d.c(['社区卫生服务中心', '县人民医院', '镇卫生院']))} {d.zn(frm)}",
    ]
    return "zh", "referral_letter", "zh_referral", t


def zh_lab(d):
    """Lab / imaging report with submitter and reviewer names."""
    r = d.r
    pt, sub, rev = d.zh_person(), d.zh_person(), d.zh_person()
    y, m, dd = d.birth()
    t = [
        f"{d.pr(d.c(ZH_HOSPITALS))}检验报告单",
        r.choice(
            [
                f"姓名 {d.zn(pt)}　性别 {d.c(['男', '女'])}　年龄 {d.pr(f'{2024 - y}岁')}　ID号 {d.mrn()}",
                f"{d.zn(pt)} / {d.c(['男', '女'])} / {d.dob_zh(y, m, dd)} / 门诊号{d.mrn()}",
            ]
        ),
        f"项目：{'；'.join(zh_vitals(d))}；{d.pr(d.c(['尿常规未见异常', '血常规：白细胞偏高', '乙肝五项阴性']))}",
        f"送检医生：{d.zn(sub)}　审核：{d.zn(rev)}　报告日期：{d.pr(visit_date(d))}",
    ]
    return "zh", "lab_report", "zh_lab", t


def zh_phone_followup(d):
    """Telephone follow-up record: the spouse answers."""
    r = d.r
    pt, sp_, nurse = d.zh_person(given_len=2), d.zh_person(), d.zh_person()
    t = [
        f"电话随访记录　{d.pr(visit_date(d))}",
        r.choice(
            [
                f"拨打{d.cn_mobile()}，接电话的是{d.zn(pt)}的老伴{d.zn(sp_)}。",
                f"给{d.zn(pt)}家里打电话（{d.cn_landline()}），{d.zn(sp_)}接的。",
            ]
        ),
        r.choice(
            [
                f"{d.zn(sp_)}说{d.zg(pt)}出院后{d.pr(f'{r.randint(3, 20)}天')}恢复得不错，按时吃{zh_drug(d)[0]}。",
                f"据{d.zn(sp_)}讲，{d.zg(pt)}这两天胃口差，{'，'.join(zh_vitals(d))}。",
            ]
        ),
        f"已嘱{d.pr(visit_date(d))}门诊复查。随访人：{d.zn(nurse)}",
    ]
    return "zh", "phone_followup", "zh_phone_followup", t


def zh_pharmacy(d):
    """Pharmacy question; names after verbs (找了/问过/给)."""
    r = d.r
    pt, doc, ph = d.zh_person(), d.zh_person(given_len=2), d.zh_person()
    drug, freq = zh_drug(d)
    t = [
        r.choice(
            [
                f"药师你好，上次找了{d.zn(doc)}主任开的{drug}，说明书写{freq}，和{d.pr(d.c(HERBS))}能一起吃吗？",
                f"请问{drug}能不能和中药一起吃？方子里有{d.pr(d.c(HERBS))}和{d.pr(d.c(HERBS))}，是{d.zn(doc)}开的。",
            ]
        ),
        r.choice(["建议间隔两小时服用。您肝肾功能怎么样？", "一般可以，间隔开一点。最近有没有查过肝功能？"]),
        r.choice(
            [
                f"上个月查过，{'，'.join(zh_vitals(d))}。我问过{d.zn(ph)}，她也说间隔开。",
                f"查过，说正常。我女儿{d.zn(pt)}帮我问的。",
            ]
        ),
        r.choice(["那就没问题，按1-0-1的时间错开就行。", "可以的，注意监测，不舒服再来药房找我们。"]),
    ]
    if "1-0-1" in t[-1]:
        d.pr("1-0-1")
    return "zh", "pharmacy_qa", "zh_pharmacy", t


def zh_nickname(d):
    """Forms of address: 老王, 小李, 王姐, 李叔, 张老师, 阿珍."""
    r = d.r
    a, b, c, e = (
        d.zh_person(kind="common"),
        d.zh_person(kind="common"),
        d.zh_person(kind="common"),
        d.zh_person(kind="common"),
    )
    nick = d.c([x for x in ZH_NICK_GIVEN if x not in d.used_names])
    d.used_names.add(nick)
    s1 = f"老{d.zs(a)}"
    s2 = f"小{d.zs(b)}"
    s3 = d.c([f"{d.zs(c)}姐", f"{d.zs(c)}叔", f"{d.zs(c)}老师", f"{d.zs(c)}阿姨", f"{d.zs(c)}大夫"])
    s4 = f"阿{d.sp('NAME', nick)}"
    t = r.choice(
        [
            [
                f"{s1}今天复查了，{'，'.join(zh_vitals(d))}，比上次好。",
                f"那挺好。{s2}说{s1}的药还要不要继续？",
                f"继续吃，{s3}也说先别停。{s4}下午来拿报告。",
            ],
            [
                f"医生，我是{s4}，{s1}的爱人。{s1}昨晚又咳了一夜。",
                f"{s3}跟我说过这个情况。有没有发烧？",
                f"没有发烧。{s2}帮忙量了，{'，'.join(zh_vitals(d))}。",
            ],
        ]
    )
    if r.random() < 0.5:
        t.append(f"好，让{s2}把单子拍照发过来，{d.zs(e)}主任看一下。")
    return "zh", "colloquial_chat", "zh_nickname", t


def zh_companions(d):
    """Lists: 陪同：儿子周涛、儿媳吴敏."""
    r = d.r
    pt, s1, s2, s3 = d.zh_person(), d.zh_person(), d.zh_person(given_len=1), d.zh_person()
    y, m, dd = d.birth()
    t = [
        f"{d.pr(d.c(ZH_DEPTS))}门诊病历　{d.pr(visit_date(d))}",
        f"患者：{d.zn(pt)}　{d.c(['男', '女'])}　{d.pr(f'{2024 - y}岁')}　出生日期 {d.dob_zh(y, m, dd)}",
        r.choice(
            [
                f"陪同：儿子{d.zn(s1)}、儿媳{d.zn(s2)}",
                f"陪诊家属：{d.zn(s1)}（女儿），{d.zn(s2)}（女婿），联系电话{d.cn_mobile()}",
                f"同来：{d.zn(s1)}、{d.zn(s2)}、{d.zn(s3)}",
            ]
        ),
        f"主诉：{d.c(['记忆力下降半年', '双下肢水肿两周', '反复胸痛', '多饮多尿'])}。{'，'.join(zh_vitals(d))}。",
        f"处理：{zh_drug(d)[0]}，{d.c(['两周后复诊', '完善相关检查', '必要时住院'])}。",
    ]
    return "zh", "outpatient_record", "zh_companions", t


def zh_triage(d):
    """ED triage note."""
    r = d.r
    pt, bringer = d.zh_person(), d.zh_person()
    t = [
        f"急诊预检分诊　{d.pr(f'{r.randint(1, 4)}级')}",
        r.choice(
            [
                f"{d.zn(pt)}，{d.pr(f'{r.randint(16, 95)}岁')}，{d.c(['突发胸痛', '车祸外伤', '意识不清', '腹痛呕吐'])}"
                f"{d.pr(f'{r.randint(1, 12)}小时')}，由{d.zn(bringer)}送来。",
                f"120送入，患者身份：{d.zn(pt)}，身份证{d.cn_id(*d.birth())}，同行{d.zn(bringer)}。",
            ]
        ),
        f"生命体征：{'，'.join(zh_vitals(d))}。",
        r.choice(
            [
                f"已通知{d.pr(d.c(ZH_TITLES))}，{d.zs(d.zh_person(kind='common'))}医生接诊。",
                f"家属电话{d.cn_mobile()}，住址{d.addr_zh()}。",
            ]
        ),
    ]
    if "120" in t[1]:
        d.pr("120")
    return "zh", "ed_triage", "zh_triage", t


def zh_multi_party(d):
    """A patient, her daughter and two doctors in one consultation."""
    r = d.r
    pt, dau = d.zh_person(given_len=2), d.zh_person()
    d1, d2 = d.zh_person(kind=r.choice(["rare", "compound", "common"])), d.zh_person()
    t = [
        f"【患者】我是{d.zn(pt)}，{d.pr(f'{r.randint(55, 85)}岁')}，这次主要是{d.c(['手抖', '走路不稳', '腰痛', '心慌'])}。",
        f"【女儿】我是她女儿{d.zn(dau)}，{d.zg(pt)}这个月摔了两次。",
        f"【{d.zn(d1)}】先看下片子。{d.zn(d2)}，你那边的会诊意见呢？",
        f"【{d.zn(d2)}】{d.c(['考虑帕金森病，建议加用多巴丝肼', '腰椎间盘突出，先保守治疗', '房颤，建议抗凝'])}。",
        f"【女儿】那要住院吗？我电话是{d.cn_mobile()}。",
    ]
    for e in ("帕金森病", "多巴丝肼"):
        if e in t[3]:
            d.pr(e)
    return "zh", "multi_party_consult", "zh_multi_party", t


def zh_tw_chat(d):
    """Traditional Chinese (TW / HK): chat or referral, HKID / TW phone."""
    r = d.r
    pt, doc, kid = d.tw_person(), d.tw_person(), d.tw_person()
    hosp = d.pr(d.c(TW_HOSPITALS))
    form = r.randint(0, 1)
    if form == 0:
        t = [
            f"醫生您好，我是{d.zn(kid)}，幫我媽媽{d.zn(pt)}問一下。",
            f"{d.zg(pt)}上星期在{hosp}看過{d.zn(doc)}醫生，血壓{r.randint(130, 180)}/{r.randint(80, 110)}，要不要加藥？",
            "您好，建議先量一週血壓記錄，再回診討論。",
            f"好，謝謝。我的電話{d.hk_phone()}，有事可以打給我。",
        ]
        d.pr(re.search(r"血壓\d+/\d+", t[1]).group())
    else:
        t = [
            f"轉介信　{hosp}",
            f"病人：{d.zn(pt)}　身份證：{d.hkid()}　出生日期：{d.dob_zh(*d.birth(), tw=True)}",
            f"地址：{d.addr_tw()}",
            f"診斷：{d.pr(d.c(['第二型糖尿病', '高血壓', '甲狀腺功能亢進', '痛風']))}，請{d.zn(doc)}醫生跟進。",
        ]
    return "zh", "traditional", "zh_tw", t


def zh_rare_story(d):
    """Rare and compound surnames as subjects, no cue words."""
    r = d.r
    a = d.zh_person(kind="rare", given_len=2)
    b = d.zh_person(kind="compound")
    c = d.zh_person(kind="common", given_len=1)
    t = [
        f"{d.zn(a)}今天上午做完{d.pr(d.c(['冠脉造影', '肠镜', '甲状腺穿刺', '骨髓穿刺']))}，{'，'.join(zh_vitals(d))}。",
        f"{d.zn(b)}下午过来签字，{d.zn(c)}负责解释{d.c(['手术方案', '化疗方案', '术后注意事项'])}。",
        f"{d.zg(a)}的{d.c(['儿子', '女儿', '爱人'])}说想等{d.zn(b)}到了再决定。",
    ]
    if r.random() < 0.5:
        t.append(f"联系电话：{d.cn_mobile()}（{d.zn(b)}）")
    return "zh", "ward_note", "zh_rare_story", t


def zh_verbs(d):
    """Names after verbs and as sentence subjects, with no cue word at all."""
    r = d.r
    ps = [d.zh_person() for _ in range(4)]
    g = d.zh_person(given_len=2)
    v = zh_vitals(d)
    pool = [
        lambda: f"{d.zn(ps[0])}昨天又吐了，{v[0]}。",
        lambda: f"上午找了{d.zn(ps[1])}主任，说先别手术。",
        lambda: f"我问过{d.zn(ps[2])}，她说{d.pr(d.c(ZH_EPONYMS))}不传染。",
        lambda: f"这次是和{d.zn(ps[3])}一起来的，她开车。",
        lambda: f"晚上给{d.zn(ps[1])}打电话，说明天{d.pr(visit_date(d))}来复查。",
        lambda: f"{d.zn(g)}说不想做{d.pr(d.c(['胃镜', '肠镜', 'CT增强', '穿刺']))}，怕疼。",
        lambda: f"跟{d.zn(ps[0])}商量了，还是先吃药。",
        lambda: f"把报告交给{d.zn(ps[2])}了，{d.zg(g)}还没看。",
        lambda: f"{d.zg(g)}这两天{d.c(['睡不好', '没胃口', '血压偏高', '咳嗽加重'])}，{v[-1]}。",
        lambda: f"让{d.zn(ps[3])}明早空腹来抽血。",
        lambda: f"{d.zn(ps[2])}和{d.zn(ps[3])}都是{d.pr(d.c(ZH_DEPTS))}的，下午会诊。",
        lambda: f"刚才{d.zn(ps[0])}来电话，问{d.pr(zh_drug(d)[0])}要吃多久。",
    ]
    picks = r.sample(pool, r.randint(3, 5))
    t = [f() for f in picks]
    if r.random() < 0.5:
        t.insert(r.randint(0, len(t)), r.choice(["好的，知道了。", "收到，辛苦。", "嗯，明白，我跟家里说一下。"]))
    return "zh", d.c(["colloquial_chat", "ward_note", "online_chat"]), "zh_verbs", t


def zh_email_sig(d):
    """Chinese e-mail reply with a signature block."""
    r = d.r
    pt, doc = d.zh_person(), d.zh_person(given_len=2)
    cc = d.zh_person()
    t = [
        f"{d.zn(pt)}您好：",
        f"您发来的{d.pr(d.c(['甲功报告', '胃镜报告', '血常规', 'CT片子']))}已看，{'，'.join(zh_vitals(d))}，"
        f"考虑{d.pr(d.c(ZH_EPONYMS + ['高血压', '黄疸']))}，建议{d.pr(visit_date(d))}来门诊。",
        r.choice(
            [f"抄送：{d.zn(cc)}", f"cc：{d.zn(cc)}（{d.pr(d.c(ZH_TITLES))}）", "（此邮件由系统自动抄送科室邮箱）"]
        ),
        f"——\n{d.zn(doc)}\n{d.pr(d.c(ZH_HOSPITALS))} {d.pr(d.c(ZH_DEPTS))}\n邮箱：{d.email()}"
        + r.choice(["", f"\n电话：{d.cn_landline()}"]),
    ]
    return "zh", "email_reply", "zh_email_sig", t


def en_portal(d):
    """Patient-portal message with a sign-off, e-mail and address."""
    r = d.r
    pt, kid = d.en_person(), d.en_person()
    doc = d.en_doc()
    y, m, dd = d.birth()
    t = [
        r.choice([f"Dear Dr. {d.en_dr(doc)},", f"Hi Dr {d.en_dr(doc)} -", f"dr {d.en_dr(doc, lower=True)}, quick q"]),
        f"{d.c(['My father', 'My mother', 'I'])} {d.c(['had', 'got'])} the {d.pr(d.c(['MRI', 'echo', 'colonoscopy', 'bloods']))} "
        f"done on {d.pr(visit_date(d, 'en'))}. Results said {', '.join(en_vitals(d))}. Should we worry about "
        f"{d.pr(d.c(EN_EPONYMS))}?",
        r.choice(
            [
                f"Please reply to {d.email(local_of(kid))} rather than the portal.",
                f"Our new address is {d.c([d.addr_us(), d.addr_uk()])}.",
                f"For the record his date of birth is {d.dob_en(y, m, dd, us=True)}, not the one on file.",
            ]
        ),
        r.choice(
            [
                f"Thanks,\n{d.en(kid, 'full')}",
                f"- {d.en(kid, 'given')} ({d.en(pt, 'given')}'s daughter)",
                f"Regards, {d.en(kid, 'initial')}\nSent from my iPhone",
            ]
        ),
    ]
    return "en", "portal_message", "en_portal", t


def zh_admin(d):
    """Registration / insurance chat: identifiers in many spoken and written formats."""
    r = d.r
    pt = d.zh_person()
    y, m, dd = d.birth()
    label = d.c(["住院号", "病案号", "门诊号", "ID号", "就诊卡号"])
    t = [
        r.choice(
            ["您好，线上建档需要核对一下信息。", "您好，这里是医保窗口，麻烦报一下信息。", "请提供患者基本信息。"]
        ),
        r.choice(
            [
                f"患者{d.zn(pt)}，身份证{d.cn_id(y, m, dd)}。",
                f"我叫{d.zn(pt)}，生日是{d.dob_zh(y, m, dd)}，身份证号码{d.cn_id(y, m, dd)}",
                f"{d.zn(pt)}，{d.c(['男', '女'])}，出生日期{d.dob_zh(y, m, dd)}",
            ]
        ),
        r.choice([f"{label}是多少？以前在{d.pr(d.c(ZH_HOSPITALS))}看过吗？", f"请再报一下{label}和联系电话。"]),
        r.choice(
            [
                f"{label}{d.mrn()}，电话{d.cn_mobile()}。",
                f"{d.mrn()}，手机{d.cn_mobile()}，家里座机{d.cn_landline()}",
                f"卡号{d.mrn()}，住在{d.addr_zh()}。",
            ]
        ),
        r.choice(
            [
                f"好的，已登记。{d.pr(visit_date(d))}上午{d.pr(d.c(ZH_DEPTS))}就诊，请带好医保卡。",
                f"已核对。护照号{d.passport()}也登记了，国际医疗部会联系您。",
                "好的，登记完成。",
            ]
        ),
    ]
    return "zh", "registration", "zh_admin", t


def en_registration(d):
    """Front-desk / phone identity check."""
    r = d.r
    pt = d.en_person()
    y, m, dd = d.birth()
    us = r.random() < 0.5
    t = [
        "Can I take your full name and date of birth please?",
        r.choice(
            [
                f"It's {d.en(pt, 'full')}, born {d.dob_en(y, m, dd, us=us)}.",
                f"{d.en(pt, 'full')}. Date of birth {d.dob_en(y, m, dd, us=us)}.",
                f"{d.en(pt, 'lowerfull')}, dob {d.dob_en(y, m, dd, us=us)}",
            ]
        ),
        r.choice(["And your address and a contact number?", "Thanks. Current address and best phone number?"]),
        f"{d.addr_us() if us else d.addr_uk()}, and {d.us_phone() if us else d.uk_phone()}.",
        f"Lovely. Your {'SSN' if us else 'NHS number'} is {d.ssn() if us else d.nhs()}?",
        r.choice(
            [
                f"Yes. And my {d.c(['MRN', 'hospital number', 'Unit No.'])} is {d.mrn('en')} if that helps.",
                f"Yes. My passport number is {d.passport()} for the insurance form.",
                f"Thanks. Your appointment is {d.pr(visit_date(d, 'en'))} in {d.pr(d.c(EN_DEPTS))}.",
            ]
        ),
    ]
    return "en", "registration", "en_registration", t


# =================================================================== zh free
def zh_free_tcm(d):
    r = d.r
    herbs = r.sample(HERBS, 6)
    doses = [f"{h}{r.choice([3, 6, 9, 10, 12, 15, 20, 30])}g" for h in herbs]
    t = [
        f"{d.pr(d.c(['中医科', '中医内科']))}处方　{d.pr(visit_date(d))}",
        "、".join(d.pr(x) for x in doses),
        f"水煎服，每日一剂，分早晚两次温服，共{d.pr(f'{r.randint(5, 14)}剂')}。",
        r.choice(
            [
                "主任医师审核后取药。孕妇慎用。",
                "忌辛辣。如出现黄疸或腹泻请停药复诊。",
                "方中王不留行、何首乌用量请勿自行加大。",
            ]
        ),
    ]
    if "王不留行" in t[-1]:
        d.pr("王不留行")
        d.pr("何首乌")
    return "zh", "tcm_prescription", "zh_free_tcm", t


def zh_free_chat(d):
    r = d.r
    age = r.randint(20, 85)
    drug, freq = zh_drug(d)
    t = [
        f"医生你好，{d.pr(f'{age}岁')}，{d.pr(d.c(['高血压', '糖尿病', '甲亢', '乙肝']))}{d.pr(f'{r.randint(2, 20)}年')}，"
        f"{'，'.join(zh_vitals(d))}，需要调药吗？",
        f"目前{drug}{freq}是吧？白细胞、肝功能最近查过吗？",
        r.choice(
            [
                "查过，都正常。江湖郎中说要停西药吃偏方，靠谱吗？",
                "查了，白细胞正常。我妈说胡话的事上次也问过。",
                "上周查的，常规都正常，就是周期性头痛。",
            ]
        ),
        r.choice(
            [
                f"不建议停药。{d.pr(visit_date(d))}来复诊，不舒服打120。",
                f"按原方案继续，复诊日期{d.pr(visit_date(d))}。咨询可拨12320。",
                "继续原方案，3个月后复查糖化血红蛋白。",
            ]
        ),
    ]
    for h in ("120", "12320", "江湖郎中", "白细胞"):
        if any(h in x for x in t):
            d.pr(h)
    return "zh", "online_chat", "zh_free_chat", t


def zh_free_nurse(d):
    r = d.r
    beds = r.sample(range(1, 50), 3)
    t = [
        f"夜班交班　{d.pr(d.c(ZH_DEPTS))}",
        f"{d.pr(f'{beds[0]}床')}：{d.pr(d.c(ZH_EPONYMS))}，{'，'.join(zh_vitals(d))}，主任医师已查房。",
        f"{d.pr(f'{beds[1]}床')}：化疗第{d.pr(f'{r.randint(1, 6)}周期')}，恶心明显，已予{zh_drug(d)[0]}。",
        f"{d.pr(f'{beds[2]}床')}：高热后出现胡话，已通知值班医生，{d.pr(d.c(['约束带', '床栏', '防跌倒标识']))}已到位。",
        f"{d.pr(f'{r.randint(1, 30)}号')}病房空调维修。交班人：责任护士",
    ]
    return "zh", "nurse_handover", "zh_free_nurse", t


def zh_free_lab(d):
    r = d.r
    t = [
        f"{d.pr(d.c(ZH_HOSPITALS))} 检验科",
        f"标本编号 {d.pr(f'S{r.randint(20230000, 20259999)}')}　检验日期 {d.pr(visit_date(d))}",
        "；".join(zh_vitals(d) + zh_vitals(d)),
        f"试剂批号：{d.pr(r.choice('CLB') + str(r.randint(2301000, 2512999)))}　诊断编码 {d.pr(d.c(ICD))}",
        f"{d.pr(d.c(['金黄色葡萄球菌培养阴性', '白细胞酯酶阴性', '黄疸指数升高', '石膏样毛癣菌阳性']))}。审核：主治医师",
    ]
    return "zh", "lab_report", "zh_free_lab", t


def zh_free_pharmacy(d):
    r = d.r
    drug, freq = zh_drug(d)
    t = [
        f"请问{drug}和{d.pr(d.c(HERBS))}能一起吃吗？{d.pr(d.c(['协和医院', '华山医院', '华西医院']))}开的。",
        "可以，间隔两小时。用法1-0-1，就是早一片晚一片中午不吃。",
        f"那万一漏服呢？还有{d.pr(d.c(['立普妥', '波立维', '拜新同', '络活喜']))}要不要一起停？",
        r.choice(["漏服不要补双倍。别自己停药，复诊时问主任医师。", "不要停。有任何不适拨打12320或到药房咨询。"]),
    ]
    d.pr("1-0-1")
    if "12320" in t[-1]:
        d.pr("12320")
    return "zh", "pharmacy_qa", "zh_free_pharmacy", t


def zh_free_eponym(d):
    r = d.r
    e1, e2 = r.sample(ZH_EPONYMS, 2)
    age = r.randint(1, 80)
    t = [
        f"孩子{d.pr(f'{age}岁')}，之前诊断过{d.pr(e1)}，这次发热{d.pr(f'{r.randint(2, 7)}天')}。",
        f"{d.pr(e1)}要注意心脏，建议查心脏彩超。和{d.pr(e2)}没有关系。",
        f"好的，复诊日期是{d.pr(visit_date(d))}吗？挂{d.pr(d.c(ZH_DEPTS))}？",
        "是的，挂专家号，带上既往病历。夜间急症直接去急诊。",
    ]
    return "zh", "online_chat", "zh_free_eponym", t


def zh_free_tw(d):
    r = d.r
    t = [
        f"請問{d.pr(d.c(TW_HOSPITALS))}{d.pr(d.c(['心臟內科', '新陳代謝科', '家醫科', '腎臟科']))}的回診是{d.pr(visit_date(d))}嗎？",
        f"是的。目前血壓{d.pr(f'{r.randint(120, 170)}/{r.randint(70, 100)}')}，藥照常吃，{d.pr(d.c(['高血壓', '黃疸', '白血球偏高']))}的部分再追蹤。",
        r.choice(["好，如果胸痛要打119嗎？", "好，藥袋上寫1-0-1是什麼意思？"]),
        r.choice(["對，緊急狀況打119。", "早上一顆、中午不吃、晚上一顆。"]),
    ]
    for h in ("119", "1-0-1"):
        if any(h in x for x in t):
            d.pr(h)
    return "zh", "traditional", "zh_free_tw", t


# =================================================================== en PHI
def en_gp_letter(d):
    """UK clinic letter to a GP."""
    r = d.r
    pt = d.en_person()
    gp, cons = d.en_doc(), d.en_person()
    y, m, dd = d.birth()
    cc = d.en_person()
    hosp = d.pr(d.c(EN_HOSPITALS))
    dept = d.pr(d.c(EN_DEPTS))
    t = [
        f"{hosp} - {dept} Clinic",
        f"Dear Dr {d.en_dr(gp)},",
        r.choice(
            [
                f"Re: {d.en(pt, 'full')}, DOB {d.dob_en(y, m, dd)}, NHS No. {d.nhs()}",
                f"Re: {d.en(pt, 'surcomma')}  D.O.B. {d.dob_en(y, m, dd)}  Hospital No. {d.mrn('en')}",
                f"RE: {d.en(pt, 'full')} ({d.dob_en(y, m, dd)})\n{d.addr_uk()}",
            ]
        ),
        f"I saw {d.en(pt, 'given')} today{d.c([' with ', ', accompanied by ', ' together with next of kin '])}"
        f"{d.en(cc, 'given')}. {', '.join(en_vitals(d))}. We discussed {d.pr(d.c(EN_EPONYMS))} and I have started "
        f"{en_drug(d)}. I will review again on {d.pr(visit_date(d, 'en'))}.",
        f"Yours sincerely,\n{d.en(cons, 'full')}\nConsultant, {dept}",
        r.choice(
            [
                f"cc: {d.en(pt, 'full')}, {d.addr_uk()}",
                f"cc: Dr {d.en_dr(d.en_doc())}, {d.pr(d.c(EN_DEPTS))}",
                f"cc: patient; {d.en(cc, 'full')} (next of kin) {d.uk_phone()}",
            ]
        ),
    ]
    return "en", "uk_clinic_letter", "en_gp_letter", t


def en_hp(d):
    """US-style H&P."""
    r = d.r
    pt = d.en_person()
    rel, att = d.en_person(), d.en_doc()
    y, m, dd = d.birth()
    t = [
        f"HISTORY AND PHYSICAL - {d.pr(d.c(EN_HOSPITALS))}",
        r.choice(
            [
                f"Patient: {d.en(pt, 'full')}   MRN: {d.mrn('en')}   DOB: {d.dob_en(y, m, dd, us=True)}",
                f"Name: {d.en(pt, 'surcomma')}  Med Rec #{d.mrn('en')}  SSN {d.ssn()}",
            ]
        ),
        f"CC: {d.c(['chest pain', 'shortness of breath', 'syncope', 'abdominal pain'])} x "
        f"{d.pr(f'{r.randint(1, 10)} days')}.",
        f"HPI: {d.pr(f'{2024 - y}yo')} {d.c(['M', 'F'])} with hx of {d.pr(d.c(EN_EPONYMS))} and {d.pr(d.c(ICD))} "
        f"presents with the above. {d.en(pt, 'given')} was brought in by {d.en(rel, 'full')}, who can be reached at "
        f"{d.us_phone()}. Home meds: {d.pr(d.c(EN_BRANDS))}, {en_drug(d)}.",
        f"Exam: {', '.join(en_vitals(d))}.",
        f"A/P: admit to telemetry, d/w {d.c(EN_ROLES)}; Dr. {d.en_dr(att)} to see in AM.",
        r.choice(
            [
                f"Address on file: {d.addr_us()}",
                f"Signed: {d.en(d.en_person(), 'initial')}, MD",
                "Signed electronically.",
            ]
        ),
    ]
    d.pr(t[-2].split(", d/w ")[1].split(";")[0])
    return "en", "us_hp", "en_hp", t


def en_chat_lower(d):
    """Lowercase patient chat: names with no capitals."""
    r = d.r
    doc, me = d.en_doc(), d.en_person()
    mum = d.en_person()
    t = [
        r.choice(
            [
                f"hi dr {d.en_dr(doc, lower=True)}, this is {d.en(me, 'lower')}, {d.en(mum, 'lowerfull')}'s daughter",
                f"hey its {d.en(me, 'lower')} again. dr {d.en_dr(doc, lower=True)} said to message here about mum",
            ]
        ),
        f"mum's {d.c(['sugars', 'bp', 'breathing'])} has been off since tuesday, {', '.join(en_vitals(d))}",
        r.choice(
            [
                "Thanks for the message. Is she eating and drinking? Any confusion?",
                "Hi, thanks. Any chest pain, fever or new swelling?",
            ]
        ),
        r.choice(
            [
                f"shes eating a bit. {d.en(mum, 'lower')} says she feels fine but she doesnt look it lol",
                f"no fever. my brother {d.en(d.en_person(), 'lower')} is with her tonight",
            ]
        ),
        r.choice(
            [
                f"OK. Please bring her to clinic on {d.pr(visit_date(d, 'en'))}. If she gets worse call 111 or 999.",
                "Please take her to A&E if it gets worse. Otherwise see you at the next review.",
            ]
        ),
    ]
    for h in ("111", "999"):
        if h in t[-1]:
            d.pr(h)
    if r.random() < 0.5:
        t.append(f"ok thx. my number is {d.uk_phone()} if u need it")
    return "en", "patient_chat", "en_chat_lower", t


def en_triage(d):
    """ED triage note."""
    r = d.r
    pt, kin = d.en_person(), d.en_person()
    t = [
        f"ED TRIAGE  {d.pr(f'Cat {r.randint(1, 5)}')}",
        r.choice(
            [
                f"{d.en(pt, 'full')}, {d.pr(f'{r.randint(18, 95)}F')}, brought in by ambulance; "
                f"NOK {d.en(kin, 'full')} ({d.c(['daughter', 'son', 'husband', 'neighbour'])}) {d.uk_phone()}.",
                f"Pt {d.en(pt, 'initial')} self-presented with {d.en(kin, 'given')}, "
                f"Unit No. {d.mrn('en')}, born on {d.dob_en(*d.birth())}.",
            ]
        ),
        f"PC: {d.c(['fall', 'chest pain', 'SOB', 'headache', 'fever'])}. Obs: {', '.join(en_vitals(d))}.",
        f"Allergies: {d.c(['NKDA', 'penicillin', 'latex'])}. Seen by {d.c(EN_ROLES)}. {d.pr(f'Bed {r.randint(1, 30)}')}.",
    ]
    d.pr(t[-1].split("Seen by ")[1].split(".")[0])
    return "en", "ed_triage", "en_triage", t


def local_of(p):
    return p.given.lower()[:1] + "." + re.sub(r"[^a-z]", "", p.sur.lower())


def en_email(d):
    """E-mail thread with signature and cc line."""
    r = d.r
    a, b, c = d.en_person(), d.en_person(), d.en_person()
    pt = d.en_person()
    t = [
        f"From: {d.en(a, 'full')} <{d.email(local_of(a))}>\n"
        f"To: {d.en(b, 'full')}\ncc: {d.en(c, 'full')}; {d.pr('Pharmacy Team')}",
        f"Subject: {d.c(['discharge meds', 'clinic follow-up', 'INR results'])}",
        f"Hi {d.en(b, 'given')}, could you check {d.en(pt, 'full')}'s {en_drug(d)} before discharge? "
        f"{', '.join(en_vitals(d))}. {d.en(c, 'given')} raised {d.pr(d.c(EN_EPONYMS))}.",
        r.choice(
            [
                f"Thanks,\n{d.en(a, 'given')}\n{d.pr(d.c(EN_DEPTS))} | {d.pr(f'ext {r.randint(2000, 7999)}')}",
                f"Best wishes\n{d.en(a, 'initial')}\n{d.uk_phone()}",
            ]
        ),
    ]
    return "en", "email_thread", "en_email", t


def en_phone_followup(d):
    r = d.r
    pt, son = d.en_person(), d.en_person()
    t = [
        f"Telephone follow-up, {d.pr(visit_date(d, 'en'))}",
        f"Called {d.en(pt, 'full')} on {d.c([d.uk_phone(), d.us_phone()])}; spoke to {d.c(['next of kin', 'the carer', 'family member'])} "
        f"{d.en(son, 'given')}.",
        f"{d.en(son, 'given')} reports {d.en(pt, 'given')} is {d.c(['managing well', 'more breathless', 'not sleeping'])} "
        f"since discharge. Taking {en_drug(d)}.",
        r.choice(
            [
                "Advised to call 111 out of hours or 999 in an emergency.",
                "Advised to book a review with the practice nurse.",
                f"Safety-netted. Next review {d.pr(visit_date(d, 'en'))}.",
            ]
        ),
    ]
    for h in ("111", "999"):
        if h in t[-1]:
            d.pr(h)
    return "en", "phone_followup", "en_phone_followup", t


def en_pharmacy(d):
    r = d.r
    pt, ph = d.en_person(), d.en_person()
    t = [
        f"Hello, I'm {d.en(pt, 'full')}. My GP Dr {d.en_dr(d.en_doc())} prescribed {en_drug(d)} with my "
        f"{d.pr(d.c(EN_BRANDS))}. Is that OK?",
        "Generally yes, but can I check your kidney function and any other tablets?",
        f"{', '.join(en_vitals(d))} last month. I asked {d.en(ph, 'full')} at the counter and she wasn't sure.",
        r.choice(
            [
                f"That's fine. Take it 1-0-1 with food. Ask for me, {d.en(d.en_person(), 'given')}, next time.",
                "That's fine. Take with food and report any muscle pain.",
            ]
        ),
    ]
    if "1-0-1" in t[-1]:
        d.pr("1-0-1")
    if r.random() < 0.4:
        t.append(f"Thanks. Please post the leaflet to {d.addr_uk()}.")
    return "en", "pharmacy_qa", "en_pharmacy", t


def en_discharge(d):
    r = d.r
    pt, att, res = d.en_person(), d.en_doc(), d.en_person()
    y, m, dd = d.birth()
    t = [
        f"DISCHARGE SUMMARY - {d.pr(d.c(EN_HOSPITALS))}",
        f"{d.en(pt, 'surcomma')} | {d.c(['MRN', 'Hospital No.', 'Unit No.'])} {d.mrn('en')} | DOB {d.dob_en(y, m, dd, us=r.random() < 0.5)}",
        f"Dx: {d.pr(d.c(EN_EPONYMS))} ({d.pr(d.c(ICD))}). {', '.join(en_vitals(d))}.",
        f"Seen by Dr {d.en_dr(att)} and {d.en(res, 'full')}. Discharged on {en_drug(d)}.",
        r.choice(
            [
                f"Follow-up: {d.pr(visit_date(d, 'en'))}. Home: {d.addr_us()}. Phone {d.us_phone()}.",
                f"Follow-up: {d.pr(visit_date(d, 'en'))} with {d.c(EN_ROLES)}.",
                f"Passport no. {d.passport()} (for travel insurance). NHS {d.nhs()}.",
            ]
        ),
    ]
    return "en", "discharge_summary", "en_discharge", t


def en_initials_letter(d):
    """Names with initials, hyphens and apostrophes."""
    a = d.en_person()
    ini = d.c(EN_INITIALS)
    sur = d.en_doc()
    nm = d.sp("NAME", f"{ini} {sur}", [sur])
    b = d.en_person()
    t = [
        f"{nm}, MBChB FRCP",
        f"Consultant in {d.pr(d.c(EN_DEPTS))}",
        f"Dear {d.en(b, 'full')},",
        f"Thank you for referring {d.en(a, 'full')}. {d.en(a, 'given')} has {d.pr(d.c(EN_EPONYMS))}; "
        f"{', '.join(en_vitals(d))}. Plan: {en_drug(d)}.",
        f"With kind regards, {d.en_dr(sur)}",
    ]
    return "en", "referral_letter", "en_initials_letter", t


# =================================================================== en free
def en_free_letter(d):
    r = d.r
    e1, e2 = r.sample(EN_EPONYMS, 2)
    t = [
        f"{d.pr(d.c(EN_HOSPITALS))} - {d.pr(d.c(EN_DEPTS))}",
        "Dear Colleague,",
        f"This {d.pr(f'{r.randint(20, 90)}-year-old')} with {d.pr(e1)} ({d.pr(d.c(ICD))}) was reviewed by "
        f"{d.pr(d.c(EN_ROLES))} on {d.pr(visit_date(d, 'en'))}. {', '.join(en_vitals(d))}.",
        f"{d.pr(e2)} was considered and excluded. Continue {d.pr(d.c(EN_BRANDS))} and {en_drug(d)}.",
        r.choice(["Yours sincerely, Consultant Physician", "Kind regards, the Registrar on behalf of the team"]),
    ]
    return "en", "uk_clinic_letter", "en_free_letter", t


def en_free_chat(d):
    r = d.r
    t = [
        f"hi doc, is it ok to take {d.pr(d.c(EN_BRANDS).lower())} with my {en_drug(d)}?",
        d.pr(d.c(EN_BRANDS)).join(["Usually fine. Do not exceed the dose on the ", " leaflet."]),
        r.choice(["what if i get chest pain? call 911?", "and out of hours i just ring 111?"]),
        r.choice(["Yes, call 911 for chest pain.", "Yes, NHS 111 out of hours, 999 for emergencies."]),
        f"ok. my appointment is {d.pr(visit_date(d, 'en'))} at {d.pr(d.c(EN_HOSPITALS))}, {d.pr(f'room {r.randint(1, 40)}')}",
    ]
    for h in ("911", "111", "999"):
        if any(h in x for x in t):
            d.pr(h)
    return "en", "patient_chat", "en_free_chat", t


def en_free_lab(d):
    r = d.r
    t = [
        f"LABORATORY REPORT  {d.pr(d.c(EN_HOSPITALS))}",
        f"Collected {d.pr(visit_date(d, 'en'))}  Specimen {d.pr(f'SP-{r.randint(100000, 999999)}')}",
        " | ".join(en_vitals(d) + en_vitals(d)),
        f"Lot {d.pr(r.choice(['AB', 'LT', 'QX']) + str(r.randint(1000, 9999)))}  ICD-10 {d.pr(d.c(ICD))}",
        f"Comment: pattern consistent with {d.pr(d.c(EN_EPONYMS))}. Verified by {d.pr(d.c(EN_ROLES))}.",
    ]
    return "en", "lab_report", "en_free_lab", t


def en_free_triage(d):
    r = d.r
    t = [
        f"TRIAGE  Cat {r.randint(2, 4)}  {d.pr(f'Bed {r.randint(1, 30)}')}",
        f"{d.pr(f'{r.randint(18, 90)}M')} with {d.pr(d.c(EN_EPONYMS))}, on {d.pr(d.c(EN_BRANDS))}, dosing 1-0-1. "
        f"{', '.join(en_vitals(d))}.",
        f"Seen by {d.pr(d.c(EN_ROLES))}. Referred to {d.pr(d.c(EN_DEPTS))}. Lot {d.pr(f'{r.randint(10000, 99999)}A')}.",
    ]
    d.pr("dosing 1-0-1")
    return "en", "ed_triage", "en_free_triage", t


# =================================================================== mixed
def mx_chat(d):
    """Chinese chat with English names or English doctor."""
    r = d.r
    doc = d.en_doc()
    pt = d.zh_person(given_len=2)
    en_p = d.en_person()
    t = [
        f"Dr {d.en_dr(doc)}您好，我是{d.zn(pt)}，上次在{d.pr(d.c(EN_HOSPITALS))}看过您。",
        f"Hi {d.zg(pt)}, how is the {d.pr(d.c(['HbA1c', 'BP', 'TSH']))}? 最近有没有按时吃{d.pr(d.c(EN_BRANDS))}?",
        f"吃了，{'，'.join(zh_vitals(d))}。{d.en(en_p, 'given')} 说可以减量？",
        r.choice(
            [
                f"Please don't reduce yet. 我们{d.pr(visit_date(d))}复诊再说。",
                f"OK, {d.en(en_p, 'full')} is right, 先减半。Email me at {d.email()} if anything changes.",
            ]
        ),
    ]
    return "mixed", "online_chat", "mx_chat", t


def mx_letter(d):
    """International clinic letter: Chinese patient, English doctors."""
    pt = d.zh_person()
    y, m, dd = d.birth()
    cons = d.en_person()
    t = [
        f"{d.pr(d.c(EN_HOSPITALS))} / International Patient Centre",
        f"Patient: {d.zn(pt)}  Passport: {d.passport()}  DOB: {d.dob_en(y, m, dd)}",
        f"Chinese ID: {d.cn_id(y, m, dd)}; contact {d.cn_mobile()}",
        f"Impression: {d.pr(d.c(EN_EPONYMS))}. {', '.join(en_vitals(d))}. 建议回国后在{d.pr(d.c(ZH_HOSPITALS))}复查。",
        f"{d.en(cons, 'full')}, MD",
    ]
    return "mixed", "international_letter", "mx_letter", t


def mx_ward(d):
    """Ward round in code-switched notes."""
    r = d.r
    a, b = d.zh_person(), d.zh_person(given_len=2)
    res = d.en_person()
    t = [
        f"Ward round {d.pr(visit_date(d))}, {d.pr(f'{r.randint(1, 40)}床')} {d.zn(b)}",
        f"{d.zg(b)} overnight stable, {'，'.join(zh_vitals(d))}，plan: continue {en_drug(d)}.",
        f"{d.zn(a)} 跟 {d.en(res, 'given')} 讨论了 {d.pr(d.c(EN_EPONYMS))} 的可能，需要 MRI。",
        f"家属电话 {d.cn_mobile()}；MRN {d.mrn()}",
    ]
    return "mixed", "ward_round", "mx_ward", t


def mx_free(d):
    r = d.r
    t = [
        f"请问 {d.pr(d.c(EN_BRANDS))} 和{d.pr(d.c(HERBS))}能一起吃吗？",
        f"可以，间隔两小时。Your {d.pr(d.c(['HbA1c 7.2%', 'LDL 3.4 mmol/L', 'TSH 5.6']))} looks OK. 复诊日期 {d.pr(visit_date(d))}。",
        f"{d.pr(d.c(ZH_EPONYMS))}和{d.pr(d.c(EN_EPONYMS))}是一回事吗？",
        r.choice(
            [
                "不是一回事，the attending will explain。急症打120。",
                "不一样。Please ask the consultant at your next visit.",
            ]
        ),
    ]
    if "120" in t[-1]:
        d.pr("120")
    if "the attending" in t[-1]:
        d.pr("the attending")
    return "mixed", "online_chat", "mx_free", t


FAMILIES = {
    ("zh", True): [
        zh_chat_self,
        zh_chat_family,
        zh_wechat_group,
        zh_nurse_handover,
        zh_discharge,
        zh_referral,
        zh_lab,
        zh_phone_followup,
        zh_pharmacy,
        zh_nickname,
        zh_companions,
        zh_triage,
        zh_multi_party,
        zh_tw_chat,
        zh_rare_story,
        zh_verbs,
        zh_verbs,
        zh_email_sig,
        zh_admin,
        zh_admin,
    ],
    ("zh", False): [
        zh_free_tcm,
        zh_free_chat,
        zh_free_nurse,
        zh_free_lab,
        zh_free_pharmacy,
        zh_free_eponym,
        zh_free_tw,
    ],
    ("en", True): [
        en_gp_letter,
        en_hp,
        en_chat_lower,
        en_triage,
        en_email,
        en_phone_followup,
        en_pharmacy,
        en_discharge,
        en_initials_letter,
        en_portal,
        en_registration,
    ],
    ("en", False): [en_free_letter, en_free_chat, en_free_lab, en_free_triage],
    ("mixed", True): [mx_chat, mx_letter, mx_ward],
    ("mixed", False): [mx_free],
}
QUOTA = {
    ("zh", True): 150,
    ("zh", False): 66,
    ("en", True): 76,
    ("en", False): 32,
    ("mixed", True): 26,
    ("mixed", False): 10,
}


# =================================================================== checks
def occurrences(hay, needle):
    out, i = [], hay.find(needle)
    while i >= 0:
        out.append((i, i + len(needle)))
        i = hay.find(needle, i + 1)
    return out


def problems(row):
    turns, spans, protect = row["turns"], row["spans"], row["protect"]
    errs = []
    span_iv = [[] for _ in turns]
    for s in spans:
        assert s["kind"] in {"NAME", "PHONE", "EMAIL", "ID", "MRN", "DOB", "ADDRESS"}
        if not any(s["text"] in t for t in turns):
            errs.append(f"span not verbatim: {s['text']}")
        if s["text"] not in s["parts"]:
            errs.append(f"whole not in parts: {s['text']}")
        for k, t in enumerate(turns):
            span_iv[k] += occurrences(t, s["text"])
    for p in protect:
        if not any(p in t for t in turns):
            errs.append(f"protect not verbatim: {p}")
        for s in spans:
            for x in [s["text"]] + s["parts"]:
                if x in p or p in x:
                    errs.append(f"protect {p!r} overlaps span {x!r}")
        for k, t in enumerate(turns):
            for a, b in occurrences(t, p):
                if any(a < d and c < b for c, d in span_iv[k]):
                    errs.append(f"protect {p!r} overlaps a span occurrence")
    for s in spans:
        for part in s["parts"]:
            for k, t in enumerate(turns):
                for a, b in occurrences(t, part):
                    if not any(c <= a and b <= d for c, d in span_iv[k]):
                        errs.append(f"part {part!r} occurs outside a span")
    # one-character spans: only next to a title / affix, or inside a longer span
    for s in spans:
        if len(s["text"]) != 1:
            continue
        ch = s["text"]
        longer = [x["text"] for x in spans if len(x["text"]) > 1 and ch in x["text"]]
        for t in turns:
            for a, b in occurrences(t, ch):
                inside = any(c <= a and b <= e for lt in longer for c, e in occurrences(t, lt))
                titled = any(t.startswith(w, b) for w in ZH_TITLE_AFTER) or (a > 0 and t[a - 1] in ZH_AFFIX_BEFORE)
                if not (inside or titled):
                    errs.append(f"one-character span {ch!r} stands bare in {t!r}")
    return errs


def prune_spans(turns, spans):
    """Keep the spans the chosen wording uses.

    The templates pick among alternatives written out in full, so a span may be
    registered by a wording that was not chosen; such a span either does not
    occur at all or occurs only inside a longer span (``秀英`` inside ``张秀英``).
    """
    keep = []
    for s in spans:
        longer = [x["text"] for x in spans if len(x["text"]) > len(s["text"]) and s["text"] in x["text"]]
        for t in turns:
            outer = [iv for lt in longer for iv in occurrences(t, lt)]
            if any(not any(c <= a and b <= e for c, e in outer) for a, b in occurrences(t, s["text"])):
                keep.append(s)
                break
    return keep


def make_rows():
    rng = random.Random(6)
    plan = [key for key, n in QUOTA.items() for _ in range(n)]
    rng.shuffle(plan)
    rows = []
    counters = collections.Counter()
    for i, key in enumerate(plan, 1):
        fams = FAMILIES[key]
        fam = fams[counters[key] % len(fams)] if rng.random() < 0.7 else rng.choice(fams)
        counters[key] += 1
        for _attempt in range(400):
            d = Doc(rng)
            lang, style, source, turns = fam(d)
            row = {
                "id": f"dev6-{i:04d}",
                "lang": lang,
                "style": style,
                "source": source,
                "turns": turns,
                "spans": prune_spans(turns, d.spans),
                "protect": [p for p in d.protect if any(p in t for t in turns)],
            }
            if not problems(row) and bool(row["spans"]) == key[1]:
                break
        else:
            raise RuntimeError(f"no valid row for {fam.__name__}: {problems(row)}")
        rows.append(row)
    return rows


def titled(row):
    """A one-character name (the surname of 老王 or 王医生, the given name of 阿珍) as the form it is
    written in: `bench/deid.py` counts a name caught when none of its parts is left in the text, and a
    lone character is left somewhere in almost any Chinese text (王 in 王不留行). The span becomes the
    first such form, its parts every form of it in the conversation."""
    spans = []
    for s in row["spans"]:
        if s["kind"] != "NAME" or len(s["text"]) != 1:
            spans.append(s)
            continue
        ch = s["text"]
        forms = []
        for t in row["turns"]:
            for a, b in occurrences(t, ch):
                titles = [w for w in ZH_TITLE_AFTER if t.startswith(w, b)]
                if titles:
                    forms.append(ch + max(titles, key=len))
                elif a > 0 and t[a - 1] in ZH_AFFIX_BEFORE:
                    forms.append(t[a - 1] + ch)
        forms = list(dict.fromkeys(forms))
        spans.append({**s, "text": forms[0], "parts": forms} if forms else s)
    return {**row, "spans": spans}


def main():
    rows = [titled(row) for row in make_rows()]
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) == N_ROWS
    with OUT.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    # re-read and re-check the written file
    back = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
    assert back == rows
    for row in back:
        assert not problems(row), (row["id"], problems(row))
        for s in row["spans"]:
            assert any(s["text"] in t for t in row["turns"])
        for p in row["protect"]:
            assert any(p in t for t in row["turns"])
    langs = collections.Counter(r["lang"] for r in back)
    free = collections.Counter(r["lang"] for r in back if not r["spans"])
    kinds = collections.Counter(s["kind"] for r in back for s in r["spans"])
    kinds_by_lang = collections.Counter((r["lang"], s["kind"]) for r in back for s in r["spans"])
    styles = collections.Counter(r["style"] for r in back)
    print(f"wrote {OUT} ({len(back)} rows)")
    print("lang:", dict(langs), " PHI-free:", dict(free), f"({sum(free.values()) / len(back):.0%})")
    print("spans by kind:", dict(kinds), " total", sum(kinds.values()))
    for lang in ("zh", "en", "mixed"):
        print(f"  {lang}:", {k: n for (lg, k), n in sorted(kinds_by_lang.items()) if lg == lang})
    print("protect strings:", sum(len(r["protect"]) for r in back))
    print("styles:", dict(styles))


if __name__ == "__main__":
    main()
