#!/usr/bin/env python3
"""Fresh blind de-identification evaluation set no. 5 (tests/data/deid_fresh5.jsonl).

What it is
    360 synthetic conversations of 1-4 turns (user / assistant alternating): 45% Chinese, 40% English and
    15% mixed Chinese/English. A quarter of them are PHI-free but dense with clinical look-alikes: doses,
    blood pressures, lab values with units, visit and test dates, ages, durations, ICD codes, drug names,
    hospitals and departments, eponyms (Parkinson's, 川崎病, Crohn's), hospitals and buildings named after
    people (中山医院, 逸夫楼, Johns Hopkins), ward and bed numbers, lot numbers, help-line numbers and
    ordinary words that look like names (高明的医术, 白细胞, 金黄色葡萄球菌, 石膏, 常规, 文献, Will,
    Grace period, Mark the site). Those values are listed in "protect" and must come back untouched. The
    other rows carry the identifiers of PROTOCOL section 7 (names, phone numbers, ID numbers, medical
    record numbers, e-mail and street addresses, exact dates of birth) the way hospital text arrives:
    online consultations, WeChat / WhatsApp messages, EMR printouts, discharge summaries, referral
    letters, prescriptions, lab slips, nursing handovers, call-centre notes and voicemails, insurance
    claim and registration forms, appointment SMS, relatives speaking for a patient and multi-person
    dialogues. Names are about 40% of the spans; phones, record numbers, dates of birth, addresses, ID
    numbers and e-mails make up the rest.

REPORTING ONLY
    This set exists to report how the scrubber does on text nobody tuned it on. Never tune rules,
    vocabularies or thresholds on it, never read its texts or its misses to fix them, and never pin a
    test floor from its numbers. If a miss points at a real gap, write a new example of that gap
    elsewhere and fix that; the next honest report then needs a new blind set.

How it was written
    Written blind in round 14 of issue 10: its author did not read the scrubber, its vocabularies, its
    tests, the other deid_*.jsonl sets or their generators, nor git history, and did not run the
    scrubber. All pools, templates and texts were invented for this file (only PROTOCOL section 7 was
    read, for what counts as PHI). Standard library only, one fixed seed, same bytes on every run.

How it was labelled
    Labels come from construction: every identifier and every protected value is inserted through a
    marker, so its exact position is known; the markers are stripped before the row is written.
    * A span is the identifier itself, never the title around it (张秀英主任 -> 张秀英, Dr Patel ->
      Patel). For surname + title (王医生, 老王, 小李, 阿陈) the span is the surname alone, parts [surname];
      for 阿 + a given-name character (阿珍) it is that character.
    * Names of patients, relatives, neighbours, doctors, nurses and pharmacists are all PHI.
    * parts = pieces that alone would still identify: a Chinese full name and its given name when that
      has 2+ characters (张秀英 -> 张秀英, 秀英; 吴敏 -> 吴敏); an English name's given name and surname as
      written, or the two together when either has fewer than 3 letters (Li Na, J. Smith); a phone, ID or
      record number and each run of 4+ digits in it; an e-mail and its local part; an address and its
      distinctive pieces (house number with street, estate or building, postcode, village - never a city,
      state or district alone); a date of birth as a whole.
    * A later mention of an identifier is its own span (秀英, Dr Patel -> Patel) unless it repeats the
      same text, which the first span already covers.
    * Ages, a birth year alone (1958年出生), visit / admission / test dates, years of diagnosis, hospitals
      and their addresses, cities and districts alone, help lines and lot numbers are not PHI (many of
      them are in "protect").
    Every row is checked before it is kept; a row that fails is drawn again from the same random stream:
    spans and protect strings occur verbatim; every occurrence of a span text or part lies inside a
    labelled mention (Latin parts matched as whole words ignoring case, digit parts as plain substrings
    so a part inside an unlabelled longer number counts, Chinese parts as substrings); a Latin span occurs
    only as a whole word; no protect string overlaps or contains a span or part; nothing that looks like
    a mainland or UK mobile, resident ID, e-mail or SSN is left unlabelled; resident ID check digits
    follow GB 11643 (and embed the date of birth shown with them), NHS numbers pass mod 11, HKID, Taiwan
    ID, Medicare and OHIP numbers pass their own checks; ids are unique.

Row format
    {"id": "fresh5-0001", "lang": "zh" | "en" | "mixed", "style": ..., "source": ... ("none" when
    PHI-free), "turns": [...], "spans": [{"kind": ..., "text": ..., "parts": [...]}], "protect": [...]}
    with kinds NAME, PHONE, ID, MRN, DOB, ADDRESS, EMAIL.

How to run
    python3 tests/data/make_deid_fresh5.py
    It rewrites tests/data/deid_fresh5.jsonl next to this file and prints a summary: rows per language,
    spans per kind (and per language), PHI-free rows, rows drawn again.
"""

import datetime
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from random import Random

SEED = 14_10_2025
N_ROWS = 360
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "deid_fresh5.jsonl")
KINDS = ("NAME", "PHONE", "ID", "MRN", "DOB", "ADDRESS", "EMAIL")

# ----------------------------------------------------------------------------------------------------------
# Row builder: identifiers and protected values are inserted through markers, so their exact positions are
# known when the row is checked; the markers are stripped before the row is written.
# ----------------------------------------------------------------------------------------------------------
M_OPEN, M_MID, M_CLOSE, P_OPEN, P_CLOSE = "\x01", "\x02", "\x03", "\x04", "\x05"


class Row:
    def __init__(self, r):
        self.r = r
        self.table = []
        self.meta = []
        self._case = None
        self.region = None

    @property
    def case(self):
        if self._case is None:
            self._case = self.r.choice(CASES)
        return self._case

    def use_case(self, icd):
        self._case = next(c for c in CASES if c["dx"][2] == icd)
        return self._case

    def new_case(self, chronic=False):
        self._case = self.r.choice([c for c in CASES if c["chronic"] or not chronic])
        return self._case

    def s(self, kind, text, parts=None):
        assert kind in KINDS, kind
        if parts is None:
            parts = auto_parts(kind, text)
        self.table.append((kind, text, tuple(dict.fromkeys(parts))))
        return f"{M_OPEN}{len(self.table) - 1}{M_MID}{text}{M_CLOSE}"

    def p(self, text):
        return f"{P_OPEN}{text}{P_CLOSE}"

    # -- Chinese names ------------------------------------------------------------------------------------
    def zn(self, p):
        parts = [p.full] + ([p.given] if len(p.given) >= 2 else [])
        return self.s("NAME", p.full, parts)

    def zs(self, p):
        return self.s("NAME", p.sur, [p.sur])

    def zg(self, p):
        assert len(p.given) >= 2
        return self.s("NAME", p.given, [p.given])

    def zc(self, ch):
        """A single character used after 阿 / 小 (阿珍, 小敏)."""
        return self.s("NAME", ch, [ch])

    # -- Latin names ----------------------------------------------------------------------------------------
    def en(self, p, style="fl"):
        text, pieces = p.render(style)
        if len(pieces) == 1 or min(letters(x) for x in pieces) < 3:
            parts = [text]
        else:
            parts = pieces
        return self.s("NAME", text, parts)

    def el(self, p, upper=False):
        t = p.last.upper() if upper else p.last
        return self.s("NAME", t, [t])

    def ef(self, p, lower=False):
        t = p.first.lower() if lower else p.first
        return self.s("NAME", t, [t])

    def ei(self, p):
        t = p.initials()
        return self.s("NAME", t, [t])

    # -- other identifiers ------------------------------------------------------------------------------------
    def phone(self, t):
        return self.s("PHONE", t)

    def idn(self, t, check=None):
        if check:
            self.meta.append((check, t))
        return self.s("ID", t)

    def mrn(self, t):
        return self.s("MRN", t)

    def dob(self, t):
        return self.s("DOB", t, [t])

    def email(self, t):
        return self.s("EMAIL", t, [t, t.split("@")[0]])

    def addr(self, t, parts):
        return self.s("ADDRESS", t, [t] + list(parts))


def letters(s):
    return sum(1 for c in s if c.isalpha())


def auto_parts(kind, text):
    if kind in ("PHONE", "ID", "MRN"):
        return [text] + [g for g in re.findall(r"\d{4,}", text) if g != text]
    if kind in ("DOB",):
        return [text]
    raise ValueError(f"parts needed for {kind} {text!r}")


def one(r, *opts):
    return r.choice(opts)


def chance(r, p):
    return r.random() < p


# ----------------------------------------------------------------------------------------------------------
# People
# ----------------------------------------------------------------------------------------------------------
ZH_SUR = dict(
    x.split(":")
    for x in (
        "王:wang 李:li 张:zhang 刘:liu 陈:chen 杨:yang 黄:huang 赵:zhao 吴:wu 周:zhou 徐:xu 孙:sun 马:ma 朱:zhu "
        "胡:hu 郭:guo 何:he 林:lin 罗:luo 高:gao 郑:zheng 梁:liang 谢:xie 宋:song 唐:tang 许:xu 韩:han 冯:feng "
        "邓:deng 曹:cao 彭:peng 曾:zeng 肖:xiao 田:tian 董:dong 潘:pan 袁:yuan 蔡:cai 蒋:jiang 余:yu 于:yu 杜:du "
        "叶:ye 程:cheng 魏:wei 苏:su 吕:lv 丁:ding 任:ren 卢:lu 姚:yao 沈:shen 钟:zhong 姜:jiang 崔:cui 谭:tan "
        "陆:lu 范:fan 汪:wang 廖:liao 石:shi 金:jin 贾:jia 夏:xia 方:fang 邹:zou 熊:xiong 白:bai 孟:meng 秦:qin "
        "邱:qiu 侯:hou 江:jiang 尹:yin 薛:xue 段:duan 雷:lei 龙:long 黎:li 史:shi 陶:tao 贺:he 毛:mao 顾:gu "
        "龚:gong 邵:shao 万:wan 钱:qian 戴:dai 严:yan 莫:mo 孔:kong 向:xiang 常:chang 汤:tang 康:kang 易:yi "
        "乔:qiao 赖:lai 文:wen 施:shi 洪:hong 柯:ke 庄:zhuang 安:an 阎:yan 葛:ge 覃:qin 翁:weng 左:zuo 牛:niu"
    ).split()
)
ZH_SUR_RARE = dict(
    x.split(":")
    for x in (
        "亓:qi 佘:she 仉:zhang 訾:zi 郗:xi 逄:pang 晏:yan 笪:da 禚:zhuo 隗:wei 宓:mi 蒯:kuai 甄:zhen 靳:jin "
        "冼:xian 缪:miao 栾:luan 粟:su 阚:kan 闵:min 詹:zhan 昝:zan 危:wei 仇:qiu 单:shan 查:zha 区:ou 盖:ge "
        "曲:qu 解:xie 晁:chao 桂:gui 邢:xing 揭:jie"
    ).split()
)
ZH_SUR_DOUBLE = dict(
    x.split(":")
    for x in (
        "欧阳:ouyang 司马:sima 上官:shangguan 诸葛:zhuge 东方:dongfang 皇甫:huangfu 尉迟:yuchi 公孙:gongsun "
        "慕容:murong 夏侯:xiahou 令狐:linghu 端木:duanmu 宇文:yuwen 长孙:zhangsun"
    ).split()
)
ZH_GIVEN_F = [
    x.split(":")
    for x in (
        "秀英:xiuying 桂英:guiying 秀兰:xiulan 玉兰:yulan 丽娟:lijuan 淑珍:shuzhen 美玲:meiling 晓燕:xiaoyan "
        "雪梅:xuemei 红霞:hongxia 海燕:haiyan 婷婷:tingting 欣怡:xinyi 梓涵:zihan 雨桐:yutong 佳琪:jiaqi "
        "思琪:siqi 静怡:jingyi 慧敏:huimin 春梅:chunmei 凤英:fengying 玉珍:yuzhen 丽华:lihua 翠花:cuihua "
        "月娥:yue'e 巧云:qiaoyun 金凤:jinfeng 素芬:sufen 爱华:aihua 诗涵:shihan 一诺:yinuo 可馨:kexin "
        "紫萱:zixuan 若曦:ruoxi 晓丽:xiaoli 秋菊:qiuju 兰芳:lanfang 淑华:shuhua 桂芝:guizhi 玉梅:yumei "
        "敏:min 静:jing 芳:fang 娜:na 燕:yan 霞:xia 琳:lin 颖:ying 欣:xin 悦:yue 萍:ping 娟:juan"
    ).split()
]
ZH_GIVEN_M = [
    x.split(":")
    for x in (
        "建国:jianguo 建军:jianjun 志强:zhiqiang 国强:guoqiang 卫东:weidong 海涛:haitao 俊杰:junjie "
        "浩然:haoran 子轩:zixuan 宇航:yuhang 明辉:minghui 永刚:yonggang 德明:deming 振华:zhenhua 立新:lixin "
        "文斌:wenbin 国庆:guoqing 福生:fusheng 长林:changlin 铁柱:tiezhu 宏伟:hongwei 志明:zhiming "
        "家豪:jiahao 博文:bowen 梓豪:zihao 天佑:tianyou 思远:siyuan 一鸣:yiming 锦程:jincheng 平安:ping'an "
        "安康:ankang 和平:heping 胜利:shengli 光明:guangming 金华:jinhua 春生:chunsheng 保国:baoguo "
        "伟:wei 强:qiang 磊:lei 军:jun 勇:yong 涛:tao 斌:bin 鹏:peng 杰:jie 浩:hao 刚:gang 辉:hui 波:bo"
    ).split()
]
# Full names that are also ordinary words.
ZH_WORD_NAMES = [
    x.split(":")
    for x in (
        "高峰:gao:feng:m 白雪:bai:xue:f 文静:wen:jing:f 方圆:fang:yuan:m 夏天:xia:tian:m 田野:tian:ye:m "
        "黎明:li:ming:m 金鑫:jin:xin:m 常青:chang:qing:m 于洋:yu:yang:m 石磊:shi:lei:m 安宁:an:ning:f "
        "马力:ma:li:m 丁香:ding:xiang:f 杜鹃:du:juan:f 石英:shi:ying:f 高明:gao:ming:m 林海:lin:hai:m "
        "白云:bai:yun:f 叶青:ye:qing:f 何平:he:ping:m 常乐:chang:le:m 江涛:jiang:tao:m 向阳:xiang:yang:m "
        "金星:jin:xing:m 米兰:mi:lan:f 田园:tian:yuan:f 夏雨:xia:yu:f 程功:cheng:gong:m"
    ).split()
]


class ZP:
    def __init__(self, sur, given, spy, gpy, sex):
        self.sur, self.given, self.spy, self.gpy, self.sex = sur, given, spy, gpy, sex
        self.full = sur + given

    def latin(self, order="east", case="title"):
        """A romanised EP for this person (pinyin)."""
        g = self.gpy.capitalize()
        s = self.spy.capitalize()
        if case == "upper":
            s = s.upper()
        return EP(g, s, eastern=(order == "east"))


def zp(r, kind=None, sex=None):
    kind = kind or r.choices(["common", "rare", "double", "word"], [70, 10, 8, 12])[0]
    sex = sex or r.choice("fm")
    if kind == "word":
        full, spy, gpy, sx = r.choice([x for x in ZH_WORD_NAMES if x[3] == sex])
        return ZP(full[0], full[1:], spy, gpy, sx)
    pool = ZH_SUR if kind == "common" else ZH_SUR_RARE if kind == "rare" else ZH_SUR_DOUBLE
    sur = r.choice(sorted(pool))
    given, gpy = r.choice(ZH_GIVEN_F if sex == "f" else ZH_GIVEN_M)
    return ZP(sur, given, pool[sur], gpy, sex)


def zkin(r, p, sex=None, two=False):
    """A relative who shares p's surname."""
    q = zp2(r, sex) if two or chance(r, 0.6) else zp(r, "common", sex)
    return ZP(p.sur, q.given, p.spy, q.gpy, q.sex)


def zp2(r, sex=None):
    """A Chinese person with a two-character given name (so the given name alone is a part)."""
    while True:
        p = zp(r, r.choices(["common", "rare", "double"], [80, 10, 10])[0], sex)
        if len(p.given) == 2:
            return p


EN_F = (
    "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Margaret Sandra Ashley "
    "Dorothy Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Laura Helen Sharon "
    "Kathleen Shirley Angela Brenda Pamela Nicole Katherine Samantha Christine Emma Catherine Olivia Sophie "
    "Chloe Eleanor Harriet Gwen Bethan Eilidh Megan Abigail Lauren Hannah Natalie Victoria Joanne Tracey"
).split()
EN_M = (
    "James John Robert Michael David William Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony "
    "Steven Paul Andrew Kevin Brian George Edward Ronald Timothy Jason Jeffrey Ryan Gary Eric Stephen Oliver "
    "Harry Alfie Freddie Archie Hamish Rhys Gareth Callum Nathan Graham Keith Trevor Malcolm Dennis Howard"
).split()
EN_LAST = (
    "Smith Johnson Williams Jones Miller Davis Wilson Taylor Anderson Thompson Harris Clark Lewis Walker Hall "
    "Wright Adams Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart "
    "Morris Murphy Rogers Morgan Cooper Peterson Reed Bailey Kelly Howard Ward Richardson Watson Brooks "
    "Bennett Gray Hughes Price Sanders Jenkins Fletcher Holloway Ashworth Pemberton Whitaker Thornton Gallagher "
    "Kowalczyk Lindgren Mackintosh Blackwood Hargreaves Cartwright"
).split()
WORD_F = "Grace Hope Faith Joy Rose Dawn Penny Sue Amber Ruby Holly June April Iris Jade Summer Heather Lily Daisy Sky Brook".split()
WORD_M = "Will Mark Bill Max Jack Drew Ray Don Frank Chase Gene Hunter Guy Rich Art Cliff Wade Pat".split()
WORD_LAST = (
    "Bell Wood Cook Baker Brown Green White Rose Hope Young King Little Strong Hill Banks Marsh Fox Lamb Moody "
    "Sharp Gentle Cross Best Page Church Winter Frost Bush Field Hart Bone Chase Love Stone Mills Black"
).split()
NA_F = (
    "Priya Sunita Lakshmi Fatima Aisha Leila Zainab Ngozi Ama Thandiwe María Lucía Guadalupe Giulia Francesca "
    "Ingrid Astrid Olga Svetlana Katarzyna Agnieszka Yuki Haruka Ji-woo Seo-yeon Linh Ayesha Elif Zoë Chloé "
    "Siobhán Aoife Niamh Oluwakemi Nadia Yasmin Ananya Mei-ling Ximena Dagny"
).split()
NA_M = (
    "Rajesh Anil Deepak Aarav Siddharth Mohammed Omar Yusuf Hassan Chinedu Oluwaseun Adebayo Kwame Sipho José "
    "Alejandro João Thiago Matteo Giuseppe Sven Lars Björn Søren Dmitri Piotr Hiroshi Kenji Min-jun Tuan Minh "
    "Mehmet René Ciarán Declan Eoin Tomasz Arjun Kofi Emeka Rafael Iñaki"
).split()
NA_LAST = (
    "Patel Shah Singh Kaur Gupta Sharma Iyer Reddy Khan Ahmed Hussain Rahman Chaudhry Okafor Adeyemi Okonkwo "
    "Mensah Nkosi Dlamini García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Silva Santos "
    "Oliveira Rossi Russo Bianchi Romano Esposito Müller Schmidt Schneider Fischer Weber Nowak Kowalski "
    "Wiśniewska Ivanov Petrova Sokolov Andersson Johansson Nielsen Lindqvist Tanaka Suzuki Sato Watanabe "
    "Yamamoto Kim Park Choi Jung Nguyen Tran Pham Hoang Yilmaz Demir Haddad Nasser Cohen Levi Friedman "
    "Fernandes Pereira Abubakar Mwangi Otieno Banerjee Mukherjee"
).split()
APOS_LAST = (
    "O'Brien O'Connor O'Neill O'Sullivan D'Arcy D'Souza O'Hara McDonald MacLeod McKenzie Fitzgerald DeLuca N'Diaye"
).split()
HYPH_LAST = (
    "Harper-Lowe Ashworth-Kane Bellamy-Stone Okafor-Mills Smith-Jones Price-Whitaker Garcia-Lopez Taylor-Reid "
    "Lloyd-Evans Hughes-Tremaine"
).split()
HYPH_F = "Mary-Jane Anne-Marie Lily-Mae Marie-Claire Jo-Anne Sarah-Louise Lee-Ann".split()
HYPH_M = "Jean-Luc Jean-Paul Jean-Pierre Karl-Heinz".split()
CANTO_SUR = "Chan Wong Cheung Lau Leung Lam Ho Ng Tsang Yip Kwok Fung Tse Chow Lai Mak Yeung Lee Siu Tang Tam".split()
# Given names tagged with sex (f/m).
CANTO_GIVEN = [x.split(":") for x in (
    "Tai Man:m|Siu Ming:m|Ka Yan:f|Wing Sze:f|Chi Keung:m|Kwok Wai:m|Mei Ling:f|Hoi Yan:f|Ka Wai:m|Yuk Lan:f|"
    "Wai Kit:m|Pui Shan:f|Man Kit:m|Suk Fan:f|Chun Hung:m|Siu Fong:f|Kam Ming:m|Yee Man:f"
).split("|")]  # fmt: skip
CANTO_ENG = [x.split(":") for x in (
    "Kelvin:m Winnie:f Ivy:f Eric:m Carmen:f Ken:m Apple:f Candy:f Sammy:m Peggy:f Alan:m Joyce:f Edmond:m Fanny:f "
    "Ricky:m Crystal:f"
).split()]  # fmt: skip
TW_SUR = "Lin Chen Huang Chang Lee Wang Wu Liu Tsai Yang Hsu Cheng Hsieh Kuo Hung Chiu Tseng Chien".split()
TW_GIVEN = [x.split(":") for x in (
    "Mei-ling:f Chih-hao:m Ya-ting:f Ming-hsun:m Yu-chen:f Shu-fen:f Chia-hui:f Wen-chieh:m Pei-shan:f Kuan-yu:m "
    "Hsiu-ying:f Chun-wei:m"
).split()]  # fmt: skip
SG_SUR = "Tan Lim Goh Teo Ong Koh Chua Low Sim Yeo".split()
SG_GIVEN = [
    x.split(":")
    for x in "Ah Kow:m|Boon Huat:m|Siew Ling:f|Mei Hua:f|Kok Leong:m|Hui Min:f|Wei Ling:f|Chee Keong:m".split("|")
]
VN = [
    ("Nguyen", "Thi Lan", "f"),
    ("Tran", "Van Minh", "m"),
    ("Pham", "Thi Hoa", "f"),
    ("Le", "Van Tuan", "m"),
    ("Hoang", "Thi Mai", "f"),
]


class EP:
    def __init__(self, first, last, middle=None, eastern=False, sex=None):
        self.first, self.last, self.middle, self.eastern = first, last, middle, eastern
        self.sex = sex

    def render(self, style):
        f, ln = self.first, self.last
        if style == "fl":
            return (f"{ln} {f}" if self.eastern else f"{f} {ln}"), [f, ln]
        if style == "fml":
            if self.middle and not self.eastern:
                return f"{f} {self.middle}. {ln}", [f, ln]
            return self.render("fl")
        if style == "LF":
            return f"{ln.upper()}, {f}", [ln.upper(), f]
        if style == "LF2":
            return f"{ln.upper()} {f.upper()}", [ln.upper(), f.upper()]
        if style == "Lf":
            return f"{ln}, {f}", [ln, f]
        if style == "il":
            if self.eastern:
                return self.render("fl")
            return f"{f[0]}. {ln}", [f"{f[0]}.", ln]
        if style == "lower":
            t, pieces = self.render("fl")
            return t.lower(), [x.lower() for x in pieces]
        if style == "upper":
            t, pieces = self.render("fl")
            return t.upper(), [x.upper() for x in pieces]
        raise ValueError(style)

    def initials(self):
        if self.eastern:
            return f"{self.last[0]}.{self.first[0]}."
        return f"{self.first[0]}.{self.last[0]}."


def ep(r, kind=None, sex=None):
    kind = (
        kind
        or r.choices(
            ["anglo", "word", "nonanglo", "apos", "hyph", "canto", "tw", "sg", "vn"], [36, 12, 24, 7, 6, 6, 4, 3, 2]
        )[0]
    )
    sex = sex or r.choice("fm")
    f = sex == "f"
    mid = r.choice("ABCDEFGHJKLMNPRSTW") if chance(r, 0.3) else None

    def tagged(pool):
        return r.choice([g for g, sx in pool if sx == sex])

    if kind == "anglo":
        return EP(r.choice(EN_F if f else EN_M), r.choice(EN_LAST), mid, sex=sex)
    if kind == "word":
        if chance(r, 0.6):
            return EP(r.choice(WORD_F if f else WORD_M), r.choice(EN_LAST + NA_LAST), mid, sex=sex)
        return EP(r.choice(EN_F if f else EN_M), r.choice(WORD_LAST), mid, sex=sex)
    if kind == "nonanglo":
        return EP(r.choice(NA_F if f else NA_M), r.choice(NA_LAST), mid, sex=sex)
    if kind == "apos":
        return EP(r.choice((EN_F + NA_F) if f else (EN_M + NA_M)), r.choice(APOS_LAST), mid, sex=sex)
    if kind == "hyph":
        if chance(r, 0.5):
            return EP(r.choice(HYPH_F if f else HYPH_M), r.choice(EN_LAST), mid, sex=sex)
        return EP(r.choice(EN_F if f else EN_M), r.choice(HYPH_LAST), mid, sex=sex)
    if kind == "canto":
        if chance(r, 0.5):
            return EP(tagged(CANTO_GIVEN), r.choice(CANTO_SUR), eastern=True, sex=sex)
        return EP(tagged(CANTO_ENG), r.choice(CANTO_SUR), sex=sex)
    if kind == "tw":
        return EP(tagged(TW_GIVEN), r.choice(TW_SUR), eastern=True, sex=sex)
    if kind == "sg":
        return EP(tagged(SG_GIVEN), r.choice(SG_SUR), eastern=True, sex=sex)
    ln, fn, sx = r.choice([x for x in VN if x[2] == sex])
    return EP(fn, ln, eastern=True, sex=sx)


def title_for(r, p_sex, doctor=False):
    if doctor:
        return r.choice(["Dr", "Dr.", "Dr", "Doctor"])
    if p_sex == "f":
        return r.choice(["Mrs", "Ms", "Mrs.", "Ms.", "Miss"])
    return r.choice(["Mr", "Mr."])


# ----------------------------------------------------------------------------------------------------------
# Dates
# ----------------------------------------------------------------------------------------------------------
MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
MONTH = "January February March April May June July August September October November December".split()
CN_DIG = "〇一二三四五六七八九"


def rdate(r, y0, y1):
    a = datetime.date(y0, 1, 1).toordinal()
    b = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(r.randint(a, b))


def vdate(r):
    d = rdate(r, 2023, 2025)
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return d


def age_at(d, v):
    return v.year - d.year - ((v.month, v.day) < (d.month, d.day))


def cn_num(n):
    if n < 10:
        return CN_DIG[n]
    if n == 10:
        return "十"
    if n < 20:
        return "十" + CN_DIG[n % 10]
    return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")


def dob_zh(r, d, style=None):
    style = style or r.choice(["full", "full", "pad", "short", "iso", "iso", "dot", "slash", "hanzi", "nian"])
    y, m, dd = d.year, d.month, d.day
    if style == "full":
        return f"{y}年{m}月{dd}日"
    if style == "pad":
        return f"{y}年{m:02d}月{dd:02d}日"
    if style == "short":
        return f"{y % 100:02d}年{m}月{dd}号"
    if style == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    if style == "dot":
        return f"{y}.{m:02d}.{dd:02d}"
    if style == "slash":
        return f"{y}/{m}/{dd}"
    if style == "hanzi":
        return "".join(CN_DIG[int(c)] for c in str(y)) + f"年{cn_num(m)}月{cn_num(dd)}日"
    return f"{y}年{m}月{dd}号"


def dob_en(r, d, style=None):
    style = style or r.choice(["uk", "us", "long_us", "long_uk", "short", "dash", "iso", "dot", "ord", "mon"])
    y, m, dd = d.year, d.month, d.day
    return {
        "uk": f"{dd:02d}/{m:02d}/{y}",
        "us": f"{m:02d}/{dd:02d}/{y}",
        "long_us": f"{MONTH[m - 1]} {dd}, {y}",
        "long_uk": f"{dd} {MONTH[m - 1]} {y}",
        "short": f"{dd} {MON[m - 1]} {y % 100:02d}",
        "dash": f"{dd:02d}-{MON[m - 1]}-{y}",
        "iso": f"{y}-{m:02d}-{dd:02d}",
        "dot": f"{dd:02d}.{m:02d}.{y}",
        "ord": f"{dd}{ordsuf(dd)} {MONTH[m - 1]} {y}",
        "mon": f"{MON[m - 1]} {dd} {y}",
    }[style]


def ordsuf(n):
    if 11 <= n % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def vd_zh(r, d, style=None):
    style = style or r.choice(["full", "md", "iso", "dot", "full"])
    if style == "full":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "md":
        return f"{d.month}月{d.day}日"
    if style == "iso":
        return d.isoformat()
    return f"{d.year}.{d.month}.{d.day}"


def vd_en(r, d, style=None):
    style = style or r.choice(["uk", "long_uk", "long_us", "iso", "short", "day"])
    if style == "uk":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "long_uk":
        return f"{d.day} {MONTH[d.month - 1]} {d.year}"
    if style == "long_us":
        return f"{MONTH[d.month - 1]} {d.day}, {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "short":
        return f"{d.day} {MON[d.month - 1]} {d.year}"
    return f"{d.strftime('%a')} {d.day} {MON[d.month - 1]}"


# ----------------------------------------------------------------------------------------------------------
# Numbers with check digits
# ----------------------------------------------------------------------------------------------------------
CN_AREAS = (
    "110105 110108 310104 310115 440106 440305 330106 330102 510107 420106 320102 370202 610113 430104 "
    "350203 210102 120101 500103 410105 530102 230103 460106 371102 411302 341502 522401 130104 450103"
).split()
GB_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def gb11643(body17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, GB_W)) % 11]


def cn_id_valid(s):
    return bool(re.fullmatch(r"\d{17}[\dX]", s)) and gb11643(s[:17]) == s[17]


def cn_id(r, d, sex=None):
    sex = sex or r.choice("fm")
    seq = r.randint(0, 99)
    sd = r.choice("13579" if sex == "m" else "02468")
    body = f"{r.choice(CN_AREAS)}{d.year:04d}{d.month:02d}{d.day:02d}{seq:02d}{sd}"
    return body + gb11643(body)


def nhs_valid(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 10:
        return False
    c = 11 - sum(x * (10 - i) for i, x in enumerate(d[:9])) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == d[9]


def nhs_number(r, style=None):
    while True:
        d = [r.randint(4, 7)] + [r.randint(0, 9) for _ in range(8)]
        c = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
        c = 0 if c == 11 else c
        if c == 10:
            continue
        s = "".join(map(str, d)) + str(c)
        style = style or r.choice(["spaced", "spaced", "plain", "dashed"])
        if style == "spaced":
            return f"{s[:3]} {s[3:6]} {s[6:]}"
        if style == "dashed":
            return f"{s[:3]}-{s[3:6]}-{s[6:]}"
        return s


def hkid(r):
    L = r.choice("ACDEGHKPRVYZ")
    digs = [r.randint(0, 9) for _ in range(6)]
    total = 36 * 9 + (ord(L) - 55) * 8 + sum(x * (7 - i) for i, x in enumerate(digs))
    c = (11 - total % 11) % 11
    return f"{L}{''.join(map(str, digs))}({'A' if c == 10 else c})"


def hkid_valid(s):
    m = re.fullmatch(r"([A-Z])(\d{6})\(([\dA])\)", s)
    if not m:
        return False
    total = 36 * 9 + (ord(m.group(1)) - 55) * 8 + sum(int(x) * (7 - i) for i, x in enumerate(m.group(2)))
    c = (11 - total % 11) % 11
    return m.group(3) == ("A" if c == 10 else str(c))


TW_CODES = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))


def twid_check(s):
    n = TW_CODES[s[0]]
    w = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1]
    digs = [n // 10, n % 10] + [int(c) for c in s[1:]]
    return sum(a * b for a, b in zip(digs, w)) % 10 == 0


def twid(r, sex=None):
    L = r.choice("ABDEFHKLT")
    g = "2" if (sex or r.choice("fm")) == "f" else "1"
    while True:
        s = L + g + "".join(str(r.randint(0, 9)) for _ in range(8))
        if twid_check(s):
            return s


def medicare_au(r):
    while True:
        d = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
        c = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
        s = "".join(map(str, d)) + str(c) + str(r.randint(1, 5))
        return f"{s[:4]} {s[4:9]} {s[9]}"


def medicare_valid(s):
    d = [int(c) for c in s if c.isdigit()]
    return len(d) == 10 and sum(x * w for x, w in zip(d[:8], [1, 3, 7, 9, 1, 3, 7, 9])) % 10 == d[8]


def luhn_ok(digits):
    tot = 0
    for i, c in enumerate(reversed(digits)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            x -= 9 if x > 9 else 0
        tot += x
    return tot % 10 == 0


def ohip(r):
    while True:
        s = "".join(str(r.randint(0, 9)) for _ in range(10))
        if s[0] != "0" and luhn_ok(s):
            return f"{s[:4]}-{s[4:7]}-{s[7:]}-{r.choice('ABCDEFGHJKLMNPRSTVWXYZ')}{r.choice('ABCDEFGHJKLMNPRSTVWXYZ')}"


def ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g, s = r.randint(1, 99), r.randint(1, 9999)
    return r.choice([f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d} {g:02d} {s:04d}"])


def passport(r, country):
    if country == "cn":
        return one(r, f"E{r.randint(10**7, 10**8 - 1)}", f"E{r.choice('ABCDEFGH')}{r.randint(10**6, 10**7 - 1)}")
    if country == "us":
        return one(r, f"{r.randint(5 * 10**8, 6 * 10**8 - 1)}", f"A{r.randint(10**7, 10**8 - 1)}")
    if country == "uk":
        return f"{r.randint(10**8, 10**9 - 1)}"
    if country == "in":
        return f"{r.choice('JKLMNPRTUVZ')}{r.randint(10**6, 10**7 - 1)}"
    return f"{r.choice('CFGHJK')}{r.choice('ABCDEFGHJK')}{r.randint(10**6, 10**7 - 1)}"


# ----------------------------------------------------------------------------------------------------------
# Phones
# ----------------------------------------------------------------------------------------------------------
CN_MOB_PREFIX = "130 131 132 133 135 136 137 138 139 150 151 152 153 155 156 157 158 159 166 176 177 180 181 182 183 185 186 187 188 189 191 198 199".split()  # noqa: E501
CN_AREA = [
    ("010", 8), ("021", 8), ("020", 8), ("0755", 8), ("0571", 8), ("028", 8), ("027", 8), ("025", 8),
    ("029", 8), ("0731", 8), ("0532", 8), ("0591", 8), ("023", 8), ("022", 8), ("0371", 8), ("0551", 7),
    ("0871", 8), ("0451", 8), ("0311", 8), ("0898", 8), ("0394", 7), ("0817", 7), ("0558", 7),
]  # fmt: skip


def cn_mobile(r, style=None):
    n = r.choice(CN_MOB_PREFIX) + "".join(str(r.randint(0, 9)) for _ in range(8))
    style = style or r.choices(["plain", "space", "dash", "plus", "plusdash", "344"], [55, 14, 9, 9, 5, 8])[0]
    if style == "plain":
        return n
    if style == "space":
        return f"{n[:3]} {n[3:7]} {n[7:]}"
    if style == "dash":
        return f"{n[:3]}-{n[3:7]}-{n[7:]}"
    if style == "plus":
        return f"+86 {n[:3]} {n[3:7]} {n[7:]}"
    if style == "plusdash":
        return f"+86-{n}"
    return f"+86 {n}"


def cn_landline(r):
    area, ln = r.choice(CN_AREA)
    first = str(r.randint(2, 8))
    local = first + "".join(str(r.randint(0, 9)) for _ in range(ln - 1))
    return one(
        r,
        f"{area}-{local}",
        f"{area}-{local}",
        f"({area}){local}",
        f"{area} {local[:4]} {local[4:]}",
        f"{area}-{local[:4]}{local[4:]}",
    )


def zphone(b, land=0.2):
    return b.phone(cn_landline(b.r) if chance(b.r, land) else cn_mobile(b.r))


def hk_phone(r, style=None):
    n = r.choice("5692") + "".join(str(r.randint(0, 9)) for _ in range(7))
    return one(r, f"{n[:4]} {n[4:]}", f"+852 {n[:4]} {n[4:]}", f"+852-{n[:4]}-{n[4:]}", n, f"(852) {n[:4]} {n[4:]}")


def tw_phone(r):
    if chance(r, 0.6):
        n = "09" + "".join(str(r.randint(0, 9)) for _ in range(8))
        return one(r, f"{n[:4]}-{n[4:7]}-{n[7:]}", f"+886 {n[1:4]} {n[4:7]} {n[7:]}", n)
    n = str(r.randint(2, 8)) + "".join(str(r.randint(0, 9)) for _ in range(7))
    return one(r, f"(02) {n[:4]}-{n[4:]}", f"02-{n[:4]}-{n[4:]}")


US_AREA = "617 415 212 312 713 206 503 614 512 303 916 608 919 520 208 518 508 515 404 615 480 702 801".split()


def us_phone(r):
    a = r.choice(US_AREA)
    e = r.randint(201, 989)
    n = r.randint(0, 9999)
    return one(
        r, f"({a}) {e}-{n:04d}", f"{a}-{e}-{n:04d}", f"{a}.{e}.{n:04d}", f"+1 {a} {e} {n:04d}", f"1-{a}-{e}-{n:04d}"
    )


UK_DRAMA = ["020 7946 0", "0113 496 0", "0114 496 0", "0117 496 0", "0121 496 0", "0131 496 0", "0141 496 0",
            "0151 496 0", "0161 496 0", "0191 498 0", "029 2018 0", "0118 496 0"]  # fmt: skip


def uk_phone(r):
    k = r.random()
    if k < 0.25:
        tail = f"{r.randint(0, 999):03d}"
        return one(r, f"07700 900{tail}", f"07700900{tail}", f"+44 7700 900{tail}")
    if k < 0.45:
        return r.choice(UK_DRAMA) + f"{r.randint(0, 999):03d}"
    n = "7" + "".join(str(r.randint(0, 9)) for _ in range(9))
    return one(r, f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}", f"+44 (0){n[:4]} {n[4:]}")


def au_phone(r):
    if chance(r, 0.6):
        n = "4" + "".join(str(r.randint(0, 9)) for _ in range(8))
        return one(r, f"0{n[:3]} {n[3:6]} {n[6:]}", f"+61 {n[:3]} {n[3:6]} {n[6:]}")
    a = r.choice("2378")
    n = "".join(str(r.randint(0, 9)) for _ in range(8))
    return one(r, f"(0{a}) {n[:4]} {n[4:]}", f"0{a} {n[:4]} {n[4:]}")


def en_phone(b, region):
    r = b.r
    f = {"us": us_phone, "ca": us_phone, "uk": uk_phone, "au": au_phone, "hk": hk_phone, "tw": tw_phone}[region]
    return b.phone(f(r))


# ----------------------------------------------------------------------------------------------------------
# Record numbers
# ----------------------------------------------------------------------------------------------------------
def zmrn(b, label=None):
    r = b.r
    label = label or r.choice(["住院号", "门诊号", "病案号", "病历号", "登记号", "ID号", "就诊卡号", "住院号"])
    yy = r.randint(19, 25)
    if label == "住院号":
        v = one(
            r,
            f"{r.randint(100000, 9999999):07d}",
            f"ZY{2000 + yy}{r.randint(1, 99999):05d}",
            f"{r.randint(10**8, 10**9 - 1)}",
        )
    elif label == "门诊号":
        v = one(
            r,
            f"MZ{yy}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(1, 9999):04d}",
            f"{r.randint(1, 10**9):010d}",
        )
    elif label == "病案号":
        v = f"{r.randint(1, 999999):08d}"
    elif label == "病历号":
        v = one(r, f"{r.randint(10**6, 10**7 - 1)}", f"BL{r.randint(10**6, 10**7 - 1)}")
    elif label == "登记号":
        v = f"{r.randint(1, 9999999):010d}"
    elif label == "ID号":
        v = f"P{r.randint(10**6, 10**7 - 1)}"
    else:
        v = one(
            r,
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
            f"{r.randint(10**11, 10**12 - 1)}",
        )
    return label, b.mrn(v)


def emrn(b, label=None):
    r = b.r
    label = label or r.choice(["MRN", "MRN", "Hospital No.", "Hosp no", "UR", "Patient ID", "Chart #", "Unit No."])
    if label == "MRN":
        v = one(r, f"{r.randint(1, 99999999):08d}", f"{r.randint(10**6, 10**7 - 1)}", f"M{r.randint(10**6, 10**7 - 1)}")
    elif label in ("Hospital No.", "Hosp no"):
        v = one(
            r,
            f"{r.choice('KRTHSX')}{r.randint(10**6, 10**7 - 1)}",
            f"RJ{r.randint(1, 9)} {r.randint(10**5, 10**6 - 1)}",
        )
    elif label == "UR":
        v = f"{r.randint(10**6, 10**7 - 1)}"
    elif label == "Patient ID":
        v = f"PT-{r.randint(10**6, 10**7 - 1)}"
    elif label == "Chart #":
        v = f"{r.randint(10**5, 10**6 - 1)}"
    else:
        v = f"{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
    return label, b.mrn(v)


# ----------------------------------------------------------------------------------------------------------
# Addresses
# ----------------------------------------------------------------------------------------------------------
ZH_URBAN = [
    ("", "北京市", ["朝阳区", "海淀区", "丰台区", "西城区"]),
    ("", "上海市", ["浦东新区", "徐汇区", "闵行区", "杨浦区"]),
    ("", "天津市", ["南开区", "河西区"]),
    ("", "重庆市", ["渝北区", "沙坪坝区"]),
    ("浙江省", "杭州市", ["西湖区", "拱墅区", "滨江区"]),
    ("江苏省", "南京市", ["鼓楼区", "秦淮区", "江宁区"]),
    ("广东省", "广州市", ["天河区", "越秀区", "海珠区"]),
    ("广东省", "深圳市", ["南山区", "福田区", "龙岗区"]),
    ("四川省", "成都市", ["武侯区", "锦江区", "高新区"]),
    ("湖北省", "武汉市", ["洪山区", "武昌区", "江汉区"]),
    ("湖南省", "长沙市", ["岳麓区", "雨花区"]),
    ("山东省", "济南市", ["历下区", "槐荫区"]),
    ("河南省", "郑州市", ["金水区", "二七区"]),
    ("福建省", "厦门市", ["思明区", "湖里区"]),
    ("陕西省", "西安市", ["雁塔区", "碑林区"]),
    ("辽宁省", "沈阳市", ["和平区", "沈河区"]),
    ("安徽省", "合肥市", ["蜀山区", "包河区"]),
    ("云南省", "昆明市", ["五华区", "盘龙区"]),
    ("黑龙江省", "哈尔滨市", ["南岗区", "道里区"]),
    ("广西壮族自治区", "南宁市", ["青秀区", "西乡塘区"]),
]
ZH_ROADS = (
    "文三路 建设路 解放路 人民路 和平路 长江路 黄河路 滨江大道 科技路 学府路 东风路 青年路 朝阳北路 金桥路 迎宾大道 "
    "幸福路 南京西路 淮海中路 天府大道 麓山南路 经十路 花园路 湖滨路 高新南七道 丰庆路 五一大道 民主路 春熙路 "
    "友谊路 新华路 北环路 光华大道 团结路 振兴街 杏林路 枫杨街"
).split()
ZH_ESTATES = (
    "阳光花园 翠湖苑 金色家园 锦绣华庭 星河湾 华星公寓 枫丹丽舍 紫荆小区 桂花园 和平里小区 春晖家园 美林湾 明珠苑 "
    "御景湾 东湖小区 柳岸晓风 橡树湾 书香门第 学府雅居 康乐新村 绿洲花园 景泰嘉园 锦江城市花园 丽都公寓 "
    "龙湖春江郦城 蓝湾国际 万和家园 天鹅湖小区"
).split()
ZH_RURAL = [
    ("河南省", "周口市", "郸城县"), ("四川省", "南充市", "仪陇县"), ("安徽省", "阜阳市", "临泉县"),
    ("江苏省", "宿迁市", "沭阳县"), ("山东省", "菏泽市", "曹县"), ("河南省", "安阳市", "滑县"),
    ("云南省", "昭通市", "镇雄县"), ("安徽省", "安庆市", "岳西县"), ("湖北省", "黄冈市", "罗田县"),
    ("湖南省", "娄底市", "新化县"), ("甘肃省", "天水市", "秦安县"), ("贵州省", "毕节市", "织金县"),
]  # fmt: skip
ZH_TOWNS = "城关镇 马鞍镇 汲冢镇 白庙镇 双桥镇 河口镇 新集镇 石桥镇 龙泉镇 黄土镇 三合乡 柏树乡".split()
ZH_VILLAGES = (
    "李楼村 王庄村 张家湾村 石板村 柳树沟村 前进村 红旗村 大王庄村 新庄村 杨柳村 枣林村 马家堡村 刘集村 双河村 "
    "高岭村 松树坪村 桃园村 后寨村"
).split()
ZH_GROUPS = "一组 二组 三组 四组 五组 六组 3组 7组 2社 4社 十一组".split()


def zbuilding(r):
    return one(
        r,
        f"{r.randint(1, 30)}栋{r.randint(1, 4)}单元{r.randint(1, 32)}{r.randint(1, 4):02d}室",
        f"{r.randint(1, 20)}幢{r.randint(1, 28)}{r.randint(1, 6):02d}",
        f"{r.randint(1, 18)}号楼{r.randint(1, 6)}单元{r.randint(1, 18)}{r.randint(1, 4):02d}",
        f"{r.choice('ABCD')}座{r.randint(5, 32)}{r.randint(1, 12):02d}室",
        f"{r.randint(1, 15)}-{r.randint(1, 4)}-{r.randint(1, 18)}0{r.randint(1, 4)}",
    )


def zaddr(b, rural=None, with_prov=None):
    r = b.r
    rural = chance(r, 0.25) if rural is None else rural
    if rural:
        prov, city, county = r.choice(ZH_RURAL)
        vil = r.choice(ZH_VILLAGES)
        tail = f"{r.choice(ZH_TOWNS)}{vil}{r.choice(ZH_GROUPS)}" + (f"{r.randint(1, 120)}号" if chance(r, 0.6) else "")
        text = one(r, f"{prov}{city}{county}{tail}", f"{city}{county}{tail}", f"{prov}{county}{tail}")
        return b.addr(text, [vil])
    prov, city, dists = r.choice(ZH_URBAN)
    dist = r.choice(dists)
    road = r.choice(ZH_ROADS)
    num = r.randint(1, 1288)
    with_prov = chance(r, 0.5) if with_prov is None else with_prov
    head = (prov if with_prov else "") + city + dist
    if city == "上海市" and chance(r, 0.5):
        lane = f"{road}{num}弄"
        text = f"{head}{lane}{r.randint(1, 40)}号{r.randint(1, 6)}0{r.randint(1, 4)}室"
        return b.addr(text, [lane])
    est = r.choice(ZH_ESTATES)
    rn = f"{road}{num}号"
    k = r.random()
    if k < 0.55:
        return b.addr(f"{head}{rn}{est}{zbuilding(r)}", [rn, est])
    if k < 0.8:
        return b.addr(f"{head}{est}{zbuilding(r)}", [est])
    return b.addr(f"{head}{rn}{r.randint(1, 12)}号楼{r.randint(1, 24)}0{r.randint(1, 4)}", [rn])


HK_ESTATES = "麗安邨|嘉湖山莊|翠林花園|海怡半島|康怡花園|美孚新邨|太古城|沙田第一城".split("|")
HK_BLOCKS = "嘉和樓 迎福樓 翠榕閣 海景閣 第5座 第12座 B座 康明閣".split()
HK_DIST = [
    ("九龍", "觀塘"),
    ("九龍", "旺角"),
    ("新界", "沙田"),
    ("新界", "天水圍"),
    ("香港", "鴨脷洲"),
    ("香港", "鰂魚涌"),
]


def hk_addr_zh(b):
    r = b.r
    reg, dist = r.choice(HK_DIST)
    est = r.choice(HK_ESTATES)
    text = f"{reg}{dist}{est}{r.choice(HK_BLOCKS)}{r.randint(2, 38)}樓{r.randint(1, 24):02d}室"
    return b.addr(text, [est])


HK_EST_EN = ["Lok Fu Terrace", "Kwai Hing Court", "Harbour Crest Garden", "Sunshine Court", "Tai Po Centre",
             "Laguna Verde", "Kam Fung Court", "Hoi Lai Estate"]  # fmt: skip


def hk_addr_en(b):
    r = b.r
    est = r.choice(HK_EST_EN)
    dist = r.choice(["Kwun Tong, Kowloon", "Sha Tin, New Territories", "Tai Po, New Territories", "Quarry Bay, Hong Kong",
                     "Sham Shui Po, Kowloon", "Tseung Kwan O, New Territories"])  # fmt: skip
    text = (
        f"Flat {r.randint(1, 40)}{r.choice('ABCDEFGH')}, {r.randint(2, 40)}/F, Block {r.randint(1, 9)}, {est}, {dist}"
    )
    return b.addr(text, [est])


TW_ROADS = [
    "忠孝東路四段",
    "仁愛路三段",
    "中山北路二段",
    "民生東路五段",
    "復興南路一段",
    "信義路四段",
    "文心路二段",
    "博愛二路",
]
TW_CITY = [("臺北市", "大安區"), ("臺北市", "松山區"), ("新北市", "板橋區"), ("臺中市", "西屯區"), ("高雄市", "左營區")]


def tw_addr(b):
    r = b.r
    city, dist = r.choice(TW_CITY)
    road = r.choice(TW_ROADS)
    if chance(r, 0.35):
        rn = f"{road}{r.randint(10, 90)}巷{r.randint(1, 30)}號"
    else:
        rn = f"{road}{r.randint(1, 380)}號"
    floor = one(r, f"{r.randint(2, 15)}樓", f"{r.randint(2, 15)}樓之{r.randint(1, 6)}", "")
    return b.addr(f"{city}{dist}{rn}{floor}", [rn])


STREETS = (
    "Maple Oak Cedar Elm Pine Birch Willow Chestnut Mill Church Station Orchard Meadow Riverside Lake Hillcrest "
    "Sunnyside Wattle Banksia Jacaranda Harbour Lakeshore Kingsley Highfield Beechwood Ashgrove Larkspur Foxglove "
    "Thornbury Greenhill Brookfield Elmwood Poplar Heather Cromwell Glebe"
).split()
US_SUF = ["Street", "St", "Avenue", "Ave", "Road", "Rd", "Drive", "Lane", "Court", "Boulevard", "Way", "Place"]
UK_SUF = ["Road", "Lane", "Street", "Close", "Crescent", "Avenue", "Gardens", "Terrace", "Way", "Grove"]
US_CITIES = [("Columbus", "OH", "432"), ("Austin", "TX", "787"), ("Portland", "OR", "972"), ("Denver", "CO", "802"),
             ("Sacramento", "CA", "958"), ("Madison", "WI", "537"), ("Raleigh", "NC", "276"), ("Tucson", "AZ", "857"),
             ("Boise", "ID", "837"), ("Albany", "NY", "122"), ("Worcester", "MA", "016"), ("Des Moines", "IA", "503"),
             ("Spokane", "WA", "992"), ("Knoxville", "TN", "379")]  # fmt: skip
UK_TOWNS = [("Oxford", "OX3"), ("Leeds", "LS6"), ("Manchester", "M14"), ("Bristol", "BS7"), ("Sheffield", "S10"),
            ("Cardiff", "CF14"), ("Edinburgh", "EH9"), ("Glasgow", "G12"), ("Norwich", "NR2"), ("Leicester", "LE2"),
            ("York", "YO10"), ("Brighton", "BN2"), ("Nottingham", "NG7"), ("Exeter", "EX4"), ("Bath", "BA2")]  # fmt: skip
UK_LOCAL = ["Headington", "Headingley", "Fallowfield", "Horfield", "Crookes", "Roath", "Marchmont", "Hyndland",
            "Heigham", "Clarendon Park", "Heslington", "Kemptown", "Lenton", "Pennsylvania", "Widcombe"]  # fmt: skip
AU_SUBURBS = [("Parramatta", "NSW", "2150"), ("Fitzroy", "VIC", "3065"), ("Toowong", "QLD", "4066"),
              ("Fremantle", "WA", "6160"), ("Glenelg", "SA", "5045"), ("Sandy Bay", "TAS", "7005"),
              ("Braddon", "ACT", "2612"), ("Newtown", "NSW", "2042"), ("Brunswick", "VIC", "3056")]  # fmt: skip
CA_CITIES = [("Toronto", "ON", "M4C"), ("Vancouver", "BC", "V6K"), ("Calgary", "AB", "T2N"), ("Ottawa", "ON", "K1S"),
             ("Halifax", "NS", "B3H"), ("Winnipeg", "MB", "R3M"), ("Montréal", "QC", "H2X"), ("Edmonton", "AB", "T6G")]  # fmt: skip
PC_IN = "ABDEFGHJLNPQRSTUWXYZ"


def en_addr(b, region):
    r = b.r
    names = [x for x in STREETS if region == "au" or x not in ("Wattle", "Banksia", "Jacaranda")]
    st = f"{r.choice(names)} {r.choice(US_SUF if region in ('us', 'ca', 'au') else UK_SUF)}"
    if region == "us":
        num = r.randint(12, 9870)
        city, state, z3 = r.choice(US_CITIES)
        z = f"{z3}{r.randint(1, 99):02d}"
        apt = one(r, "", "", f", Apt {r.randint(1, 30)}{r.choice('ABCD')}", f" #{r.randint(100, 999)}")
        hs = f"{num} {st}"
        return b.addr(f"{hs}{apt}, {city}, {state} {z}", [hs, z])
    if region == "uk":
        num = r.randint(1, 240)
        town, out = r.choice(UK_TOWNS)
        pc = f"{out} {r.randint(1, 9)}{r.choice(PC_IN)}{r.choice(PC_IN)}"
        hs = f"{num} {st}"
        flat = f"Flat {r.randint(1, 12)}, " if chance(r, 0.25) else ""
        loc = f", {UK_LOCAL[UK_TOWNS.index((town, out))]}" if chance(r, 0.4) else ""
        return b.addr(f"{flat}{hs}{loc}, {town} {pc}", [hs, pc])
    if region == "au":
        num = r.randint(1, 320)
        sub, state, pc = r.choice(AU_SUBURBS)
        unit = f"Unit {r.randint(1, 24)}, " if chance(r, 0.35) else ""
        hs = f"{num} {st}"
        return b.addr(f"{unit}{hs}, {sub} {state} {pc}", [hs, pc])
    num = r.randint(10, 4999)
    city, prov, out = r.choice(CA_CITIES)
    pc = f"{out} {r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')}{r.randint(1, 9)}"
    apt = f"Apt {r.randint(101, 2409)}, " if chance(r, 0.35) else ""
    hs = f"{num} {st}"
    return b.addr(f"{apt}{hs}, {city}, {prov} {pc}", [hs, pc])


# ----------------------------------------------------------------------------------------------------------
# E-mails
# ----------------------------------------------------------------------------------------------------------
def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum() or c in "-")).lower()


def zemail(b, p):
    r = b.r
    gpy = p.gpy.replace("'", "")
    local = one(
        r,
        f"{p.spy}{gpy}{r.randint(60, 99)}",
        f"{gpy}.{p.spy}",
        f"{p.spy}_{gpy[:1]}{r.randint(1, 999)}",
        f"{r.randint(10**7, 10**10 - 1)}",
        f"{r.choice(['sunny', 'xiaoyu', 'happy', 'lucky', 'mumu', 'tiantian'])}{r.randint(100, 9999)}",
        f"{p.spy}{gpy[:1]}{r.randint(1970, 2005)}",
    )
    dom = (
        "qq.com"
        if local.isdigit()
        else r.choice(["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "139.com"])
    )
    return b.email(f"{local}@{dom}")


def eemail(b, p, region="us"):
    r = b.r
    f, ln = ascii_fold(p.first), ascii_fold(p.last)
    local = one(r, f"{f}.{ln}", f"{f[0]}{ln}{r.randint(1, 99)}", f"{ln}.{f[0]}", f"{f}{ln[:1]}{r.randint(70, 99)}",
                f"{f}_{ln}", f"{r.choice(['runner', 'bluebird', 'gardener', 'oldsalt', 'mumof3'])}{r.randint(10, 999)}")  # fmt: skip
    dom = {
        "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"],
        "uk": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk"],
        "au": ["bigpond.com", "gmail.com", "outlook.com.au"],
        "ca": ["gmail.com", "rogers.com", "shaw.ca"],
        "hk": ["gmail.com", "yahoo.com.hk", "netvigator.com"],
    }[region]
    return b.email(f"{local}@{r.choice(dom)}")


# ----------------------------------------------------------------------------------------------------------
# Clinical look-alikes (protected values)
# ----------------------------------------------------------------------------------------------------------
LABS = [
    ("血肌酐", "Creatinine", 55, 260, 0, "μmol/L"),
    ("尿酸", "Uric acid", 250, 620, 0, "μmol/L"),
    ("空腹血糖", "Fasting glucose", 4.2, 13.5, 1, "mmol/L"),
    ("糖化血红蛋白", "HbA1c", 5.2, 11.0, 1, "%"),
    ("血红蛋白", "Hb", 78, 168, 0, "g/L"),
    ("白细胞", "WBC", 2.8, 18.5, 1, "×10^9/L"),
    ("血小板", "Platelets", 45, 420, 0, "×10^9/L"),
    ("谷丙转氨酶", "ALT", 8, 180, 0, "U/L"),
    ("促甲状腺激素", "TSH", 0.05, 12.0, 2, "mIU/L"),
    ("低密度脂蛋白胆固醇", "LDL-C", 1.6, 5.2, 2, "mmol/L"),
    ("血钾", "Potassium", 2.9, 5.9, 1, "mmol/L"),
    ("血钠", "Sodium", 126, 148, 0, "mmol/L"),
    ("C反应蛋白", "CRP", 1, 160, 1, "mg/L"),
    ("D-二聚体", "D-dimer", 0.1, 4.5, 2, "mg/L FEU"),
    ("肌钙蛋白I", "Troponin I", 0.01, 2.5, 2, "ng/mL"),
    ("NT-proBNP", "NT-proBNP", 80, 5200, 0, "pg/mL"),
    ("eGFR", "eGFR", 18, 110, 0, "mL/min/1.73m²"),
    ("INR", "INR", 0.9, 3.8, 1, ""),
    ("前列腺特异性抗原", "PSA", 0.4, 12.0, 1, "ng/mL"),
    ("甲胎蛋白", "AFP", 1.0, 60.0, 1, "ng/mL"),
    ("总胆固醇", "Total cholesterol", 3.2, 7.8, 2, "mmol/L"),
    ("甘油三酯", "Triglycerides", 0.6, 6.5, 2, "mmol/L"),
    ("降钙素原", "Procalcitonin", 0.02, 8.0, 2, "ng/mL"),
    ("铁蛋白", "Ferritin", 8, 900, 0, "μg/L"),
    ("25-羟维生素D", "Vitamin D", 8, 45, 1, "ng/mL"),
]


REF = {
    "Creatinine": (57, 111), "Uric acid": (208, 428), "Fasting glucose": (3.9, 6.1), "HbA1c": (4.0, 6.0),
    "Hb": (115, 175), "WBC": (3.5, 9.5), "Platelets": (125, 350), "ALT": (7, 40), "TSH": (0.27, 4.2),
    "LDL-C": (0, 3.4), "Potassium": (3.5, 5.3), "Sodium": (137, 147), "CRP": (0, 10), "D-dimer": (0, 0.5),
    "Troponin I": (0, 0.04), "NT-proBNP": (0, 125), "eGFR": (90, 200), "INR": (0.8, 1.2), "PSA": (0, 4.0),
    "AFP": (0, 7.0), "Total cholesterol": (0, 5.2), "Triglycerides": (0, 1.7), "Procalcitonin": (0, 0.05),
    "Ferritin": (15, 200), "Vitamin D": (30, 100),
}  # fmt: skip


def lab_line(b, lab, zh):
    """A lab result line for a printed slip: (protected 'name value unit', H/L flag or '')."""
    r = b.r
    v = lab_value(r, lab)
    lo, hi = REF[lab[1]]
    flag = "H" if float(v) > hi else "L" if float(v) < lo else ""
    unit = (" " + lab[5]) if lab[5] and lab[5] != "%" else lab[5]
    return b.p(f"{lab[0] if zh else lab[1]} {v}{unit}"), flag


def lab_value(r, lab):
    lo, hi, dec = lab[2], lab[3], lab[4]
    v = r.uniform(lo, hi)
    return f"{v:.{dec}f}"


def case_lab(b):
    r = b.r
    return LAB_BY_EN[r.choice(b.case["labs"])] if chance(r, 0.7) else r.choice(LABS)


def case_drug(b):
    r = b.r
    return DRUG_BY_EN[r.choice(b.case["drugs"])] if chance(r, 0.85) else r.choice(DRUGS)


def zlab(b, lab=None, sep=None):
    r = b.r
    lab = lab or case_lab(b)
    sep = " " if sep is None else sep
    unit = (sep + lab[5]) if lab[5] and lab[5] != "%" else lab[5]
    gap = " " if lab[0][-1].isascii() else r.choice(["", " "])
    return b.p(f"{lab[0]}{gap}{lab_value(r, lab)}{unit}")


def elab(b, lab=None):
    r = b.r
    lab = lab or case_lab(b)
    unit = (" " + lab[5]) if lab[5] and lab[5] != "%" else lab[5]
    return b.p(f"{lab[1]} {lab_value(r, lab)}{unit}")


DRUGS = [
    ("氨氯地平片", "amlodipine", "5mg", "5 mg", "每日一次", "once daily"),
    ("二甲双胍片", "metformin", "0.5g", "500 mg", "每日三次", "three times a day"),
    ("阿托伐他汀钙片", "atorvastatin", "20mg", "20 mg", "每晚一次", "at night"),
    ("阿司匹林肠溶片", "aspirin", "100mg", "75 mg", "每日一次", "once daily"),
    ("硝苯地平控释片", "nifedipine MR", "30mg", "30 mg", "每日一次", "once daily"),
    ("缬沙坦胶囊", "valsartan", "80mg", "80 mg", "每日一次", "once daily"),
    ("琥珀酸美托洛尔缓释片", "metoprolol succinate", "47.5mg", "47.5 mg", "每日一次", "once daily"),
    ("左甲状腺素钠片", "levothyroxine", "50μg", "50 micrograms", "每日晨起空腹", "every morning before breakfast"),
    ("奥美拉唑肠溶胶囊", "omeprazole", "20mg", "20 mg", "每日两次", "twice daily"),
    ("头孢呋辛酯片", "cefuroxime", "0.25g", "250 mg", "每日两次", "twice daily"),
    ("阿莫西林胶囊", "amoxicillin", "0.5g", "500 mg", "每日三次", "three times a day"),
    ("布洛芬缓释胶囊", "ibuprofen", "0.3g", "400 mg", "必要时", "as needed"),
    ("氯吡格雷片", "clopidogrel", "75mg", "75 mg", "每日一次", "once daily"),
    ("华法林钠片", "warfarin", "2.5mg", "3 mg", "每日一次", "once daily"),
    ("呋塞米片", "furosemide", "20mg", "40 mg", "每日一次", "every morning"),
    ("螺内酯片", "spironolactone", "20mg", "25 mg", "每日一次", "once daily"),
    ("孟鲁司特钠片", "montelukast", "10mg", "10 mg", "每晚一次", "at night"),
    ("甲钴胺片", "mecobalamin", "0.5mg", "500 micrograms", "每日三次", "three times a day"),
    ("泼尼松片", "prednisolone", "30mg", "30 mg", "每日一次", "once daily"),
    ("别嘌醇片", "allopurinol", "0.1g", "100 mg", "每日一次", "once daily"),
    ("恩替卡韦片", "entecavir", "0.5mg", "0.5 mg", "每日一次空腹", "once daily on an empty stomach"),
    ("利伐沙班片", "rivaroxaban", "15mg", "20 mg", "每日一次", "once daily with food"),
    ("达格列净片", "dapagliflozin", "10mg", "10 mg", "每日一次", "once daily"),
    ("门冬胰岛素注射液", "insulin aspart", "8U", "8 units", "三餐前", "before meals"),
    ("舍曲林片", "sertraline", "50mg", "50 mg", "每日一次", "once daily"),
    ("左氧氟沙星片", "levofloxacin", "0.5g", "500 mg", "每日一次", "once daily"),
    ("蒙脱石散", "Dioralyte", "3g", "one sachet", "每日三次", "after each loose stool"),
    ("对乙酰氨基酚片", "paracetamol", "0.5g", "1 g", "必要时", "up to four times a day"),
    ("沙库巴曲缬沙坦钠片", "sacubitril/valsartan", "50mg", "49/51 mg", "每日两次", "twice daily"),
    ("碳酸钙D3片", "Adcal-D3", "600mg", "one tablet", "每日一次", "twice daily"),
    ("多巴丝肼片", "co-beneldopa", "125mg", "62.5 mg", "每日三次", "three times a day"),
    ("美沙拉秦肠溶片", "mesalazine", "1g", "800 mg", "每日三次", "three times a day"),
    ("琥珀酸亚铁片", "ferrous sulfate", "0.1g", "200 mg", "每日三次", "once daily"),
]


def zdrug(b, d=None, freq=False):
    d = d or case_drug(b)
    sp = b.r.choice(["", " "])
    return b.p(f"{d[0]}{sp}{d[2]}") + (d[4] if freq else "")


def edrug(b, d=None, freq=False):
    d = d or case_drug(b)
    return b.p(f"{d[1]} {d[3]}") + (f" {d[5]}" if freq else "")


# One clinical picture per row keeps complaint, diagnosis, department, drugs and tests consistent.
CASES = [
    dict(dx=("高血压病", "hypertension", "I10"), chronic=True, dept=("心内科", "cardiology"),
         cc=[("头晕", ["2天", "1周", "反复3年"]), ("头痛伴颈部发紧", ["3天", "半个月"])],
         ecc=[("headaches and dizziness", ["2 days", "a week"])],
         drugs=["amlodipine", "valsartan", "nifedipine MR"], labs=["Creatinine", "Potassium", "Sodium"]),
    dict(dx=("2型糖尿病", "type 2 diabetes", "E11.9"), chronic=True, dept=("内分泌科", "the diabetes clinic"),
         cc=[("多饮多尿", ["半年", "3个月", "1年"]), ("口干乏力", ["2个月", "半年"])],
         ecc=[("thirst and passing a lot of urine", ["three months", "6 weeks"])],
         drugs=["metformin", "dapagliflozin", "insulin aspart"], labs=["Fasting glucose", "HbA1c", "eGFR"]),
    dict(dx=("社区获得性肺炎", "community-acquired pneumonia", "J18.9"), chronic=False, dept=("呼吸与危重症医学科", "respiratory"),
         cc=[("咳嗽咳痰伴发热", ["5天", "1周", "3天"])], ecc=[("a productive cough and fever", ["5 days", "a week"])],
         drugs=["levofloxacin", "cefuroxime", "amoxicillin"], labs=["WBC", "CRP", "Procalcitonin"]),
    dict(dx=("冠心病", "coronary artery disease", "I25.10"), chronic=True, dept=("心内科", "cardiology"),
         cc=[("反复胸闷", ["3天", "2周", "1月余"]), ("活动后胸痛", ["1个月", "2周"])],
         ecc=[("chest tightness on exertion", ["3 days", "two weeks"])],
         drugs=["aspirin", "atorvastatin", "clopidogrel", "metoprolol succinate"], labs=["Troponin I", "LDL-C"]),
    dict(dx=("慢性肾脏病3期", "chronic kidney disease stage 3", "N18.3"), chronic=True, dept=("肾内科", "renal"),
         cc=[("双下肢水肿", ["1月", "2周", "半年"]), ("乏力纳差", ["2周", "1个月"])],
         ecc=[("ankle swelling", ["a month", "three weeks"])],
         drugs=["furosemide", "Adcal-D3", "allopurinol"], labs=["Creatinine", "eGFR", "Potassium", "Hb"]),
    dict(dx=("心房颤动", "atrial fibrillation", "I48.91"), chronic=True, dept=("心内科", "cardiology"),
         cc=[("心悸", ["1个月", "3天", "反复半年"])], ecc=[("palpitations", ["a month", "3 days"])],
         drugs=["rivaroxaban", "warfarin", "metoprolol succinate"], labs=["INR", "TSH"]),
    dict(dx=("支气管哮喘", "asthma", "J45.909"), chronic=True, dept=("呼吸与危重症医学科", "respiratory"),
         cc=[("反复喘息", ["2周", "加重3天"]), ("夜间咳嗽", ["1个月", "2周"])], ecc=[("wheeze at night", ["two weeks", "a month"])],
         drugs=["montelukast", "prednisolone"], labs=["CRP"]),
    dict(dx=("胃食管反流病", "gastro-oesophageal reflux disease", "K21.9"), chronic=True, dept=("消化内科", "gastroenterology"),
         cc=[("反酸烧心", ["3个月", "半年"])], ecc=[("heartburn", ["three months", "6 weeks"])],
         drugs=["omeprazole"], labs=["Hb"]),
    dict(dx=("腰椎间盘突出症", "lumbar disc prolapse", "M51.2"), chronic=True, dept=("骨科", "orthopaedics"),
         cc=[("腰痛伴右下肢放射痛", ["1月", "2周"])], ecc=[("low back pain radiating down the leg", ["a month", "2 weeks"])],
         drugs=["ibuprofen", "mecobalamin"], labs=["CRP"]),
    dict(dx=("痛风", "gout", "M10.9"), chronic=True, dept=("风湿免疫科", "rheumatology"),
         cc=[("右足第一跖趾关节红肿疼痛", ["2天", "1天"])], ecc=[("a hot swollen big toe", ["2 days", "48 hours"])],
         drugs=["allopurinol", "prednisolone"], labs=["Uric acid", "Creatinine"]),
    dict(dx=("桥本甲状腺炎", "Hashimoto's thyroiditis", "E06.3"), chronic=True, dept=("内分泌科", "endocrinology"),
         cc=[("怕冷乏力", ["2个月", "半年"])], ecc=[("tiredness and feeling cold", ["two months", "6 weeks"])],
         drugs=["levothyroxine"], labs=["TSH"]),
    dict(dx=("帕金森病", "Parkinson's disease", "G20"), chronic=True, dept=("神经内科", "neurology"),
         cc=[("右手静止性震颤", ["1年", "半年"])], ecc=[("a resting tremor in the right hand", ["a year", "six months"])],
         drugs=["co-beneldopa"], labs=["Vitamin D"]),
    dict(dx=("克罗恩病", "Crohn's disease", "K50.90"), chronic=True, dept=("消化内科", "gastroenterology"),
         cc=[("反复腹痛腹泻", ["3个月", "半年"])], ecc=[("abdominal pain and diarrhoea", ["three months", "6 weeks"])],
         drugs=["mesalazine", "prednisolone"], labs=["CRP", "Hb", "Ferritin"]),
    dict(dx=("急性阑尾炎", "acute appendicitis", "K35.80"), chronic=False, dept=("普外科", "general surgery"),
         cc=[("转移性右下腹痛", ["12小时", "1天", "8小时"])], ecc=[("right iliac fossa pain", ["12 hours", "a day"])],
         drugs=["cefuroxime", "paracetamol"], labs=["WBC", "CRP"]),
    dict(dx=("桡骨远端骨折", "Colles fracture", "S52.5"), chronic=False, dept=("骨科", "the fracture clinic"),
         cc=[("跌倒后右腕肿痛", ["2小时", "1天"])], ecc=[("a painful swollen wrist after a fall", ["2 hours", "a day"])],
         drugs=["paracetamol", "Adcal-D3"], labs=["Vitamin D"]),
    dict(dx=("慢阻肺急性加重", "COPD exacerbation", "J44.1"), chronic=False, dept=("呼吸与危重症医学科", "respiratory"),
         cc=[("活动后气促加重", ["3天", "1周"])], ecc=[("worsening breathlessness", ["3 days", "a week"])],
         drugs=["prednisolone", "amoxicillin"], labs=["CRP", "WBC"]),
    dict(dx=("脑梗死", "ischaemic stroke", "I63.9"), chronic=False, dept=("神经内科", "neurology"),
         cc=[("左侧肢体无力", ["6小时", "1天"])], ecc=[("left-sided weakness", ["6 hours", "a day"])],
         drugs=["aspirin", "clopidogrel", "atorvastatin"], labs=["LDL-C", "Fasting glucose"]),
    dict(dx=("缺铁性贫血", "iron deficiency anaemia", "D50.9"), chronic=True, dept=("血液科", "haematology"),
         cc=[("头晕乏力", ["1个月", "2个月"])], ecc=[("tiredness and dizziness", ["a month", "two months"])],
         drugs=["ferrous sulfate"], labs=["Hb", "Ferritin"]),
    dict(dx=("慢性乙型肝炎", "chronic hepatitis B", "B18.1"), chronic=True, dept=("感染科", "hepatology"),
         cc=[("乏力纳差", ["2周", "1个月"])], ecc=[("tiredness and poor appetite", ["two weeks", "a month"])],
         drugs=["entecavir"], labs=["ALT", "AFP"]),
    dict(dx=("抑郁发作", "depressive episode", "F32.9"), chronic=True, dept=("精神心理科", "mental health"),
         cc=[("情绪低落伴失眠", ["2个月", "半年"])], ecc=[("low mood and poor sleep", ["two months", "six months"])],
         drugs=["sertraline"], labs=["TSH"]),
    dict(dx=("心力衰竭", "heart failure", "I50.9"), chronic=True, dept=("心内科", "cardiology"),
         cc=[("活动后气促伴双下肢水肿", ["2周", "1个月"])], ecc=[("breathlessness and swollen ankles", ["two weeks", "a month"])],
         drugs=["sacubitril/valsartan", "furosemide", "spironolactone", "dapagliflozin"], labs=["NT-proBNP", "Potassium", "Creatinine"]),
    dict(dx=("高脂血症", "hyperlipidaemia", "E78.5"), chronic=True, dept=("心内科", "cardiology"),
         cc=[("体检发现血脂升高", ["1周", "半年"])], ecc=[("high cholesterol on a health check", ["a week", "six months"])],
         drugs=["atorvastatin"], labs=["LDL-C", "Total cholesterol", "Triglycerides"]),
]  # fmt: skip
DX = [c["dx"] for c in CASES]
CHRONIC = [c["dx"] for c in CASES if c["chronic"]]
DRUG_BY_EN = {d[1]: d for d in DRUGS}
LAB_BY_EN = {x[1]: x for x in LABS}
for _c in CASES:
    assert all(x in DRUG_BY_EN for x in _c["drugs"]) and all(x in LAB_BY_EN for x in _c["labs"]), _c["dx"]


def zcc(b):
    s, durs = b.r.choice(b.case["cc"])
    return s + b.p(b.r.choice(durs))


def ecc(b):
    s, durs = b.r.choice(b.case["ecc"])
    return f"{s} for " + b.p(b.r.choice(durs))


def bp_pair(r):
    return r.randint(96, 182), r.randint(58, 112)


def zbp(b):
    s, d = bp_pair(b.r)
    return b.p(f"{s}/{d}{b.r.choice(['mmHg', ' mmHg', 'mmHg'])}")


def ebp(b):
    s, d = bp_pair(b.r)
    return b.p(f"{s}/{d}{b.r.choice([' mmHg', 'mmHg', ''])}")


ZH_HOSP = [
    "复旦大学附属中山医院", "中山大学附属第一医院", "北京协和医院", "四川大学华西医院", "浙江大学医学院附属邵逸夫医院",
    "中山大学孙逸仙纪念医院", "上海交通大学医学院附属瑞金医院", "首都医科大学附属北京天坛医院", "中南大学湘雅医院",
    "郑州大学第一附属医院", "吉林大学白求恩第一医院", "南方医科大学南方医院", "广东省人民医院", "武汉大学中南医院",
    "市第一人民医院", "县人民医院", "区中医院", "社区卫生服务中心", "省肿瘤医院",
    "上海市第六人民医院", "白求恩国际和平医院",
]  # fmt: skip
ZH_DEPT = [
    "心内科", "内分泌科", "呼吸与危重症医学科", "消化内科", "神经内科", "肾内科", "儿科", "妇产科", "骨科", "普外科",
    "急诊科", "皮肤科", "眼科", "耳鼻喉科", "风湿免疫科", "肿瘤科", "感染科", "康复医学科", "全科医学科", "老年医学科",
]  # fmt: skip
ZH_DEPT_ANY = ["全科医学科", "老年医学科", "急诊科", "康复医学科", "营养科", "药学门诊"]
EN_DEPT_ANY = ["general medicine", "the elderly care clinic", "the emergency department", "the pharmacy clinic"]
ZH_BUILD = ["逸夫楼", "门诊楼", "住院部A栋", "医技楼", "田家炳楼", "邵逸夫楼", "1号楼", "综合楼", "急诊楼"]
EN_HOSP = [
    "Johns Hopkins Hospital", "Mayo Clinic", "Massachusetts General Hospital", "Cedars-Sinai", "Mount Sinai",
    "St Thomas' Hospital", "Guy's Hospital", "Addenbrooke's Hospital", "Great Ormond Street Hospital",
    "John Radcliffe Hospital", "Royal Victoria Infirmary", "Queen Elizabeth Hospital Birmingham",
    "Royal Prince Alfred Hospital", "St Vincent's Hospital", "Sir Charles Gairdner Hospital",
    "Toronto General Hospital", "Queen Mary Hospital", "Prince of Wales Hospital", "Tan Tock Seng Hospital",
    "Walter Reed", "Cleveland Clinic", "MD Anderson", "Dana-Farber", "Memorial Sloan Kettering",
    "Ninewells Hospital", "Royal Free Hospital", "St Mary's Hospital", "Alder Hey Children's Hospital",
]  # fmt: skip
EN_DEPT = [
    "cardiology", "endocrinology", "respiratory", "gastroenterology", "neurology", "renal", "paediatrics",
    "obstetrics", "orthopaedics", "general surgery", "the emergency department", "dermatology", "ophthalmology",
    "ENT", "rheumatology", "oncology", "infectious diseases", "the fracture clinic", "the diabetes clinic",
]  # fmt: skip
EN_WARD = ["Ward 7B", "Ward 12", "Nightingale Ward", "AMU", "Ward C4", "CCU", "Ward 21", "HDU", "Bay 3", "Ward 4 North"]


def zhosp(b):
    return b.p(b.r.choice(ZH_HOSP))


EN_HOSP_REG = {
    "us": ["Johns Hopkins Hospital", "Mayo Clinic", "Massachusetts General Hospital", "Cedars-Sinai", "Mount Sinai",
           "Walter Reed", "Cleveland Clinic", "MD Anderson", "Dana-Farber", "Memorial Sloan Kettering"],
    "uk": ["St Thomas' Hospital", "Guy's Hospital", "Addenbrooke's Hospital", "Great Ormond Street Hospital",
           "John Radcliffe Hospital", "Royal Victoria Infirmary", "Queen Elizabeth Hospital Birmingham",
           "Ninewells Hospital", "Royal Free Hospital", "St Mary's Hospital", "Alder Hey Children's Hospital"],
    "au": ["Royal Prince Alfred Hospital", "St Vincent's Hospital", "Sir Charles Gairdner Hospital"],
    "ca": ["Toronto General Hospital", "Sunnybrook Health Sciences Centre", "St Michael's Hospital"],
    "hk": ["Queen Mary Hospital", "Prince of Wales Hospital"],
}  # fmt: skip


def ehosp(b):
    pool = EN_HOSP_REG.get(b.region) if chance(b.r, 0.85) else None
    return b.p(b.r.choice(pool or EN_HOSP))


def zdept(b):
    return b.p(b.case["dept"][0] if chance(b.r, 0.8) else b.r.choice(ZH_DEPT_ANY))


def edept(b):
    return b.p(b.case["dept"][1] if chance(b.r, 0.8) else b.r.choice(EN_DEPT_ANY))


def zage(b, age):
    return b.p(f"{age}岁")


def eage(b, age, style=None):
    r = b.r
    style = style or r.choice(["yo", "year", "aged", "num"])
    if style == "yo":
        return b.p(f"{age}-year-old")
    if style == "year":
        return b.p(f"{age} years old")
    if style == "aged":
        return b.p(f"aged {age}")
    return b.p(f"{age}{r.choice(['M', 'F', 'yo', 'y'])}")


def zbed(b):
    return b.p(f"{b.r.randint(1, 46)}床")


def ebed(b):
    return b.p(f"Bed {b.r.randint(1, 32)}")


def lot_no(r):
    return one(
        r,
        f"{r.randint(20230101, 20251231)}",
        f"{r.choice('ABCHKLM')}{r.randint(2301, 2512)}{r.randint(10, 99)}",
        f"{r.randint(10, 99)}{r.choice('ABCDEFGHKLMN')}{r.randint(100, 999)}",
        f"{r.choice(['EL', 'FK', 'GD', 'PX'])}{r.randint(1000, 9999)}",
    )


# ----------------------------------------------------------------------------------------------------------
# Templates registry
# ----------------------------------------------------------------------------------------------------------
TEMPLATES = defaultdict(list)


def tpl(lang, phi_free, style, source, weight=1):
    """Register a template; weight = how many times it sits in each shuffled deck of its (lang, PHI-free) group."""

    def deco(f):
        TEMPLATES[(lang, phi_free)].extend([(f, style, source)] * weight)
        return f

    return deco


def hon(p):
    return "女士" if p.sex == "f" else "先生"


def rel_of(p, older=True):
    if p.sex == "f":
        return "母亲" if older else "女儿"
    return "父亲" if older else "儿子"


def zvd(b, d, style=None):
    return b.p(vd_zh(b.r, d, style))


def evd(b, d, style=None):
    return b.p(vd_en(b.r, d, style))


def later(r, d, lo=1, hi=30):
    return d + datetime.timedelta(days=r.randint(lo, hi))


def zadvice(b, n=2):
    r = b.r
    pool = [
        lambda: "建议连续一周早晚各测一次血压并记录，复诊时带给医生看。",
        lambda: "单次结果意义有限，建议" + b.p(r.choice(["2周", "1个月", "3个月"])) + "后空腹复查。",
        lambda: "请不要自行停药或加量，调整方案需要面诊评估。",
        lambda: "如果出现胸痛、呼吸困难或一侧肢体无力，请立即拨打" + b.p("120") + "或就近急诊。",
        lambda: "饮食上注意低盐低脂，每天食盐控制在" + b.p("5克") + "以内，规律运动。",
        lambda: "建议到专科门诊复查" + b.p(r.choice(["肝肾功能", "血常规", "血脂四项", "电解质"])) + "。",
        lambda: "这个药最好固定时间服用，漏服超过" + b.p("12小时") + "就不要补了，下一次按时吃即可。",
        lambda: "复查时请带上既往的检查报告和正在吃的药盒。",
        lambda: "目前看不需要紧张，但要按时随访。",
        lambda: "如有不适可拨打" + b.p(r.choice(["12320", "12320卫生热线"])) + "咨询，或到医院门诊面诊。",
    ]
    return "".join(f() for f in r.sample(pool, n))


EMERG = {"us": "911", "ca": "911", "uk": "999", "au": "000", "hk": "999"}
OOH = {"uk": "NHS 111", "au": "Healthdirect on 1800 022 222", "us": "the 24-hour nurse line", "ca": "Health811"}


def eadvice(b, n=2):
    r = b.r
    pool = [
        lambda: "Keep a home blood pressure diary for a week, morning and evening, and bring it to your next visit. ",
        lambda: (
            "A single result can mislead, so it is worth repeating the test in "
            + b.p(r.choice(["two weeks", "6 weeks", "3 months"]))
            + ". "
        ),
        lambda: "Please don't stop or double up on any medicine without talking to your prescriber first. ",
        lambda: (
            "If you get chest pain, sudden breathlessness or weakness on one side, call "
            + b.p(EMERG.get(b.region) or r.choice(["999", "911", "000"]))
            + " straight away. "
        ),
        lambda: "Cutting salt to under " + b.p("6 g") + " a day makes a real difference. ",
        lambda: (
            "It would be sensible to have your "
            + b.p(r.choice(["HbA1c", "kidney function", "lipid profile", "thyroid function"]))
            + " rechecked. "
        ),
        lambda: (
            "Take it at the same time each day; if you are more than " + b.p("12 hours") + " late, skip that dose. "
        ),
        lambda: "Bring your previous results and your medicines to the appointment. ",
        lambda: "Nothing here needs an emergency visit, but do keep your follow-up. ",
        lambda: (
            "Out of hours you can ring "
            + b.p(OOH.get(b.region) or r.choice(["NHS 111", "Healthdirect on 1800 022 222"]))
            + " for advice. "
        ),
    ]
    return "".join(f() for f in r.sample(pool, n)).strip()


# ==========================================================================================================
# Chinese rows with PHI
# ==========================================================================================================
@tpl("zh", False, "chat", "online-consult")
def zh_consult_self(b):
    r = b.r
    p = zp(r)
    v = vdate(r)
    d = rdate(r, 1946, 1996)
    age = age_at(d, v)
    dx = b.new_case(chronic=True)["dx"]
    sexw = "女" if p.sex == "f" else "男"
    u = one(
        r,
        f"医生您好，我叫{b.zn(p)}，{zage(b, age)}，{dx[0]}好几年了，一直在吃{zdrug(b, freq=True)}。最近自己量血压{zbp(b)}，上周复查{zlab(b)}，这样需要调药吗？",
        f"大夫好！本人{b.zn(p)}，{sexw}，今年{zage(b, age)}。{zvd(b, v, 'md')}体检查出{zlab(b)}，最近{zcc(b)}，要不要去{zdept(b)}看看？",
        f"您好，我是{b.zn(p)}，{zage(b, age)}，有{dx[0]}，现在用{zdrug(b)}。想问下{zlab(b)}算不算高？",
        f"{b.zn(p)}，{sexw}，{zage(b, age)}。{zcc(b)}，在{zhosp(b)}查了{zlab(b)}，医生说先观察，我有点担心。",
    )
    if chance(r, 0.6):
        u += one(
            r,
            f"复诊前麻烦打我电话{zphone(b)}提醒一下。",
            f"我手机{zphone(b, 0)}，微信同号。",
            f"（联系电话：{zphone(b)}）",
        )
    call = one(
        r,
        f"{b.zs(p)}{hon(p)}您好，",
        "您好，",
        "您好，",
        f"{b.zs(p)}{'阿姨' if p.sex == 'f' else '叔叔'}好，" if age > 50 else "您好，",
    )
    turns = [u, call + zadvice(b, 2)]
    if chance(r, 0.2):
        q = zp(r, sex="m" if p.sex == "f" else "f")
        ta = "他" if q.sex == "m" else "她"
        turns += [
            f"谢谢！顺便问一下，我爱人{b.zn(q)}有{r.choice(CHRONIC)[0]}，{ta}的药能和我的一起吃吗？",
            f"每个人的用药需要分别评估，建议{b.zs(q)}{hon(q)}复诊时把两人的药盒都带上，由医生核对有无相互作用。",
        ]
    return turns


@tpl("zh", False, "family-proxy", "wechat")
def zh_wechat_family(b):
    r = b.r
    mom = zp2(r, sex=r.choice("fm"))
    kid = zkin(r, mom) if mom.sex == "m" or chance(r, 0.2) else zp(r)
    v = vdate(r)
    d = rdate(r, 1938, 1965)
    age = age_at(d, v)
    rel = "我妈" if mom.sex == "f" else "我爸"
    tah = "她" if mom.sex == "f" else "他"
    u = one(
        r,
        f"您好，我是{b.zn(kid)}，帮{rel}问一下。{tah}叫{b.zn(mom)}，{b.dob(dob_zh(r, d))}出生，{zcc(b)}，",
        f"[微信] 医生好，{rel}{b.zn(mom)}，{zage(b, age)}，{zcc(b)}，",
        f"打扰了，{rel}（{b.zn(mom)}，生日{b.dob(dob_zh(r, d))}）最近{zcc(b)}，",
    )
    u += one(
        r,
        f"昨天在{zhosp(b)}查了{zlab(b)}和{zlab(b)}，报告我拍照发您。",
        f"吃了{zdrug(b)}没见好，血压{zbp(b)}。",
        f"{zvd(b, v)}去社区医院量的血压是{zbp(b)}。",
    )
    turns = [u]
    turns.append(
        one(
            r,
            f"{b.zg(mom)}{'阿姨' if mom.sex == 'f' else '叔叔'}目前的情况建议尽快面诊。",
            "老人家这种情况建议尽快面诊。",
        )
        + zadvice(b, 2)
    )
    if chance(r, 0.6):
        turns.append(
            one(
                r,
                f"好的。挂号要身份证吗？{tah}的是{b.idn(cn_id(r, d, mom.sex), 'cnid')}，我的电话{zphone(b, 0)}。",
                f"明白，我们明天上午过去。家里地址是{zaddr(b)}，离医院有点远。",
                f"谢谢医生。平时{tah}都叫我{b.zg(kid) if len(kid.given) >= 2 else '小' + b.zs(kid)}，您有事可以打{zphone(b)}找我。",
            )
        )
        turns.append(
            one(
                r,
                "请不要在聊天里发送身份证号、住址等个人信息，挂号时在医院窗口或自助机出示证件即可。",
                "好的，就诊时带上近期的化验单和正在吃的药。" + zadvice(b, 1),
                "收到。" + zadvice(b, 1),
            )
        )
    return turns


@tpl("zh", False, "form", "emr-printout")
def zh_emr_printout(b):
    r = b.r
    p = zp(r)
    v = vdate(r)
    d = rdate(r, 1935, 2000)
    age = age_at(d, v)
    dx = b.case["dx"]
    doc, doc2 = zp(r), zp(r)
    kin = zp2(r)
    lab, mrn = zmrn(b, r.choice(["住院号", "病案号", "住院号", "登记号"]))
    sexw = "女" if p.sex == "f" else "男"
    dis = later(r, v, 3, 15)
    lines = [
        f"{zhosp(b)} 住院病案首页（打印件）",
        f"姓名：{b.zn(p)}　性别：{sexw}　年龄：{zage(b, age)}　民族：{r.choice(['汉族', '汉族', '回族', '壮族', '满族'])}",
        f"{lab}：{mrn}　科室：{zdept(b)}　床号：{zbed(b)}",
        f"出生日期：{b.dob(dob_zh(r, d, r.choice(['full', 'pad', 'iso', 'dot'])))}　身份证号：{b.idn(cn_id(r, d, p.sex), 'cnid')}",
        f"联系电话：{zphone(b)}　联系人："
        + (
            f"{b.zn(kin)}（{r.choice(['配偶', '子', '女', '兄', '妹'])}）"
            if chance(r, 0.5)
            else f"{r.choice(['配偶', '儿子', '女儿'])} {zphone(b, 0)}"
        ),
        f"现住址：{zaddr(b)}",
        f"入院日期：{zvd(b, v, 'iso')}　出院日期：{zvd(b, dis, 'iso')}",
        f"主要诊断：{dx[0]}（{b.p(dx[2])}）",
        f"主治医师：{b.zn(doc)}" + (f"　住院医师：{b.zn(doc2)}" if chance(r, 0.4) else ""),
    ]
    if chance(r, 0.4):
        lines.pop(r.choice([3, 4, 5]))
    ask = one(
        r,
        "帮我看看这份病案首页，主要诊断是什么意思？",
        "这是家里老人的出院材料，编码后面那串是什么？",
        "请解释一下这张首页上的诊断。",
    )
    turns = [ask + "\n" + "\n".join(lines)]
    turns.append(
        f"首页上的主要诊断是“{dx[0]}”，括号里的{b.p(dx[2])}是ICD-10编码，医保结算和病案统计用的，不影响治疗。"
        + zadvice(b, 1)
        + one(r, "", f"如有疑问可以在复诊时请{b.zs(doc)}医生解释。")
    )
    return turns


@tpl("zh", False, "record", "discharge-summary")
def zh_discharge(b):
    r = b.r
    p = zp(r)
    v = vdate(r)
    age = r.randint(18, 92)
    dx = b.case["dx"]
    doc, boss = zp(r), zp(r)
    lab, mrn = zmrn(b, r.choice(["住院号", "病案号"]))
    dis = later(r, v, 4, 18)
    fu = later(r, dis, 7, 30)
    sexw = "女" if p.sex == "f" else "男"
    body = (
        f"出院小结\n患者{b.zn(p)}，{sexw}，{zage(b, age)}，{lab}{mrn}。因“{zcc(b)}”于{zvd(b, v, 'full')}入院。"
        f"入院查体：血压{zbp(b)}，心率{b.p(str(r.randint(58, 118)) + '次/分')}。辅助检查：{zlab(b)}，{zlab(b)}。"
        f"出院诊断：{dx[0]}（{b.p(dx[2])}）。住院期间予对症支持治疗，病情好转，于{zvd(b, dis, 'full')}出院。\n"
        f"出院医嘱：1. {zdrug(b, freq=True)}；2. {zdrug(b, freq=True)}；3. {zvd(b, fu, 'md')}至{zdept(b)}门诊复查。\n"
        + (f"经治医师：{b.zn(doc)}　" if chance(r, 0.4) else "")
        + f"上级医师：{b.zn(boss)}{r.choice(['主任', '副主任医师', '教授'])}"
    )
    if chance(r, 0.3):
        body += f"\n家属签字：{b.zn(zp(r))}　联系电话：{zphone(b)}"
    q = one(
        r,
        "这是我家里人的出院小结，出院医嘱里的药要吃多久？",
        "帮忙把这份出院小结翻成大白话。",
        "出院小结看不太懂，复查要查什么？",
    )
    a = one(
        r,
        f"小结里写的是按医嘱服药并在{zvd(b, fu, 'md')}复查。{b.zs(boss)}主任开的两种药都需要长期服用，不要自行停药。",
        "简单说就是：病情已经好转，回家继续吃药，按时复查。" + zadvice(b, 1),
        f"出院诊断是{dx[0]}。" + zadvice(b, 2),
    )
    return [q + "\n\n" + body, a]


@tpl("zh", False, "letter", "referral-letter")
def zh_referral(b):
    r = b.r
    p = zp(r)
    v = vdate(r)
    d = rdate(r, 1940, 2005)
    age = age_at(d, v)
    doc = zp(r)
    sexw = "女" if p.sex == "f" else "男"
    dx = b.case["dx"]
    to_h = b.p(
        r.choice(
            ["四川大学华西医院", "中南大学湘雅医院", "北京协和医院", "复旦大学附属中山医院", "郑州大学第一附属医院"]
        )
    )
    body = (
        f"双向转诊单（转出）\n{to_h}{zdept(b)}：\n"
        f"兹有患者{b.zn(p)}，{sexw}，{zage(b, age)}，身份证号{b.idn(cn_id(r, d, p.sex), 'cnid')}，"
        f"因{zcc(b)}在我院就诊，初步诊断{dx[0]}，{zlab(b)}。因我院条件有限，特转至贵院进一步诊治。\n"
        f"患者住址：{zaddr(b, rural=chance(r, 0.5))}　联系电话：{zphone(b)}\n"
        f"转出单位：{b.p(r.choice(['县人民医院', '镇卫生院', '区中医院', '社区卫生服务中心']))}　转诊医生：{b.zn(doc)}　电话：{zphone(b, 0.1)}\n"
        f"{zvd(b, v, 'full')}"
    )
    q = one(r, "基层医院开的转诊单，拿着这个去大医院还要重新挂号吗？", "帮我看下这张转诊单有没有填漏的。", "")
    a = one(
        r,
        "转诊单需要和医保卡、身份证一起带到接诊医院，一般仍需挂号，但部分医院有转诊绿色通道。",
        f"单子信息比较完整。到了以后可以先去门诊服务台说明是{b.zs(doc)}医生转诊的。" + zadvice(b, 1),
    )
    return [(q + "\n" if q else "") + body, a]


SIG = {"每日一次": "qd", "每日两次": "bid", "每日三次": "tid", "每晚一次": "qn", "三餐前": "tid ac", "必要时": "prn"}


@tpl("zh", False, "form", "prescription")
def zh_prescription(b):
    r = b.r
    p = zp(r)
    age = r.randint(2, 90)
    doc, ph = zp(r), zp(r)
    lab, mrn = zmrn(b, r.choice(["门诊号", "就诊卡号", "门诊号", "ID号"]))
    dx = b.case["dx"]
    v = vdate(r)
    bd = rdate(r, v.year - age - 1, v.year - age - 1)
    age = age_at(bd, v)
    ds = list({d[1]: d for d in (case_drug(b) for _ in range(3))}.values())[: r.randint(1, 3)]
    rx = [
        f"  {zdrug(b, d)} ×{r.choice([1, 2, 3])}{'支' if '注射' in d[0] else '盒'}　用法：{'皮下注射' if '注射' in d[0] else '口服'} {SIG.get(d[4], 'qd')}"
        for d in ds
    ]
    sig = one(r, f"医师：{b.zn(doc)}　审核药师：{b.zn(ph)}", f"医师签名：{b.zn(doc)}", f"医师：{b.zn(doc)}")
    body = (
        f"{zhosp(b)} 处方笺　普通\n{lab}：{mrn}　费别：{r.choice(['医保', '自费', '新农合'])}　{zvd(b, v, 'iso')}\n"
        f"姓名：{b.zn(p)}　性别：{'女' if p.sex == 'f' else '男'}　年龄：{zage(b, age)}　科别：{zdept(b)}\n"
        + (f"身份证号：{b.idn(cn_id(r, bd, p.sex), 'cnid')}　联系电话：{zphone(b, 0)}\n" if chance(r, 0.4) else "")
        + f"临床诊断：{dx[0]}\nRp:\n"
        + "\n".join(rx)
        + f"\n{sig}　金额：{r.randint(12, 680)}.{r.randint(0, 99):02d}元"
    )
    q = one(
        r,
        "这个处方上的药怎么吃？qd、bid是什么意思？",
        "药房给的处方，帮我看看有没有相互作用。",
        "处方字迹看不清，麻烦帮我确认下。",
    )
    a = "qd是每日一次，bid是每日两次，tid是每日三次，qn是每晚一次。" + zadvice(b, 1)
    if chance(r, 0.3):
        a += f"具体用量以{b.zs(ph)}药师当面交代的为准。"
    return [q + "\n" + body, a]


@tpl("zh", False, "form", "lab-slip")
def zh_lab_slip(b):
    r = b.r
    p = zp(r)
    age = r.randint(1, 88)
    v = vdate(r)
    doc, t1, t2 = zp(r), zp(r), zp(r)
    lab, mrn = zmrn(b, r.choice(["病历号", "门诊号", "住院号", "登记号"]))
    labs = r.sample([x for x in LABS if p.sex == "m" or x[1] != "PSA"], r.randint(3, 5))
    rows = "\n".join(f"{t}　{ {'H': '↑', 'L': '↓'}.get(fl, '') }" for t, fl in (lab_line(b, x, True) for x in labs))
    body = (
        f"{zhosp(b)}检验报告单\n姓名：{b.zn(p)}　性别：{'女' if p.sex == 'f' else '男'}　年龄：{zage(b, age)}　{lab}：{mrn}\n"
        f"科别：{zdept(b)}　床号：{one(r, zbed(b), '—')}　标本：{r.choice(['血清', '全血', '血浆'])}"
        + (f"　送检医生：{b.zn(doc)}" if chance(r, 0.5) else "")
        + "\n"
        f"{rows}\n"
        + (f"检验者：{b.zn(t1)}　审核者：{b.zn(t2)}　" if chance(r, 0.4) else "")
        + f"报告日期：{zvd(b, v, 'iso')}"
    )
    q = one(r, "帮我解读一下这张化验单：", "化验单上有几个箭头，严重吗？", "")
    a = one(r, "箭头表示超出参考范围。", "从这几项看，") + zadvice(b, 2)
    if chance(r, 0.3):
        a += f"建议拿着报告给开单的{b.zs(doc)}医生看一下。"
    return [(q + "\n" if q else "") + body, a]


@tpl("zh", False, "handover", "nursing-handover")
def zh_handover(b):
    r = b.r
    v = vdate(r)
    pts = [zp(r) for _ in range(r.choice([2, 2, 3]))]
    n1, n2 = zp(r, sex="f"), zp(r, sex="f")
    lines = [
        f"{b.p(r.choice(['心内科二病区', '骨科一病区', '呼吸科', '神经内科病区', '普外科三病区']))}夜班交班记录 {zvd(b, v, 'iso')}"
    ]
    for i, p in enumerate(pts):
        b.new_case()
        bed = zbed(b)
        if i == 1 and chance(r, 0.3):
            who = f"{b.zs(p)}{r.choice(['阿姨', '大爷', '奶奶', '师傅'])}（{b.zn(p)}）"
        else:
            who = b.zn(p)
        item = one(
            r,
            f"{bed} {who}，{zage(b, r.randint(35, 93))}，{b.case['dx'][0]}，T {b.p(f'{r.uniform(36.3, 38.9):.1f}℃')}，血压{zbp(b)}，{zdrug(b)}已执行。",
            f"{bed} {who}，术后第{r.randint(1, 5)}天，引流液{b.p(f'{r.randint(10, 160)}ml')}，淡红色，伤口敷料干燥。",
            f"{bed} {who}，夜间诉{r.choice(['胸闷', '腹胀', '失眠', '伤口疼痛'])}，已报告值班医生，复查{zlab(b)}。",
        )
        if i == len(pts) - 1 and chance(r, 0.45):
            fam = zp(r)
            item += f"家属{b.zn(fam)}陪护，电话{zphone(b, 0)}。"
        if i == 0 and chance(r, 0.4):
            lab, mrn = zmrn(b, "住院号")
            item = item.replace(bed, f"{bed}（{lab}{mrn}）", 1)
        lines.append(item)
    lines.append(one(r, f"交班护士：{b.zn(n1)}　接班护士：{b.zn(n2)}", f"交班：{b.zn(n1)}", "（交接双方已床旁核对）"))
    q = one(r, "帮我把下面的交班记录整理成SBAR格式：", "交班记录太乱了，按床号理一下重点：")
    a = one(
        r,
        f"按SBAR整理如下：S：{b.zn(pts[0])}夜间情况稳定；B/A：见原记录生命体征；R：继续观察，按时复查。",
        "已按床号列出重点：体温、血压、引流量和待复查项目，夜间有不适主诉的病人请白班优先评估。",
    )
    return [q + "\n" + "\n".join(lines), a]


@tpl("zh", False, "notes", "call-centre")
def zh_callcentre(b):
    r = b.r
    caller = zp(r)
    pt = zp(r)
    v = vdate(r)
    doc = zp(r)
    lab, mrn = zmrn(b, r.choice(["门诊号", "就诊卡号", "病历号"]))
    rel = r.choice(["患者之子", "患者之女", "患者配偶", "患者本人的邻居", "患者儿媳"])
    body = (
        f"{b.p(r.choice(['12320', '医院客服中心', '114挂号平台']))}来电工单\n来电时间：{zvd(b, v, 'iso')} {r.randint(8, 20)}:{r.randint(0, 59):02d}\n"
        f"来电人：{b.zn(caller)}（{rel}）　回拨电话：{zphone(b)}\n患者：{b.zn(pt)}，{zage(b, r.randint(40, 95))}，{lab}{mrn}\n"
        f"诉求：{one(r, '反映检查预约排期太久，希望提前', '询问住院押金退还流程', '投诉夜间急诊等候时间长', '咨询化验结果何时能取')}。\n"
        f"处理：已转{zdept(b)}，" + one(r, f"由{b.zn(doc)}医生回电说明。", "由科室护士长回电说明。")
    )
    q = one(r, "把这个工单改写成一句话摘要：", "下面是客服工单，帮我提炼要点：")
    a = one(
        r,
        f"摘要：{rel.replace('患者', '患者的')}来电，已转科室并安排{b.zs(doc)}医生回电。",
        "要点：来电诉求已记录，已转相关科室处理，待医生回电后结单。",
    )
    return [q + "\n" + body, a]


@tpl("zh", False, "form", "insurance-claim", weight=2)
def zh_insurance(b):
    r = b.r
    p = zp(r)
    d = rdate(r, 1950, 2002)
    v = vdate(r)
    days = r.randint(3, 21)
    lab, mrn = zmrn(b, "住院号")
    lines = [
        "理赔申请书",
        f"被保险人姓名：{b.zn(p)}　证件类型：居民身份证　证件号码：{b.idn(cn_id(r, d, p.sex), 'cnid')}",
        f"出生日期：{b.dob(dob_zh(r, d))}　联系电话：{zphone(b, 0)}",
        f"通讯地址：{zaddr(b, rural=False)}",
    ]
    if chance(r, 0.6):
        lines.append(f"电子邮箱：{zemail(b, p)}")
    lines.append(
        f"出险经过：{zvd(b, v, 'full')}因{zcc(b)}在{zhosp(b)}住院治疗，{lab}{mrn}，共住院{b.p(f'{days}天')}，诊断{b.case['dx'][0]}。"
    )
    if chance(r, 0.5):
        ben = zp(r)
        lines.append(
            f"领款人：{b.zn(ben)}（{r.choice(['配偶', '子女', '本人'])}）　开户行：{r.choice(['工商银行', '建设银行', '农业银行'])}"
        )
    lines.append(f"申请人签名：{b.zn(p)}")
    q = one(r, "理赔申请书这样填可以吗？", "帮我检查一下这张理赔表有没有填错：", "保险公司要的表，我填好了，帮忙看看：")
    a = one(
        r,
        "填写基本完整。记得附上住院病历复印件、费用清单和出院小结，发票需要原件。",
        "格式没问题。出险经过里最好写清入院和出院日期，并附诊断证明。",
    )
    return [q + "\n" + "\n".join(lines), a]


@tpl("zh", False, "sms", "appointment-sms")
def zh_appt_sms(b):
    r = b.r
    p = zp(r)
    doc = zp(r)
    v = vdate(r)
    hos = zhosp(b)
    lab, mrn = zmrn(b, r.choice(["就诊卡号", "门诊号", "ID号"]))
    sms = one(
        r,
        f"【{hos}】尊敬的{b.zn(p)}，您已成功预约{zvd(b, v, 'full')}{r.choice(['上午', '下午'])} {zdept(b)} {b.zn(doc)}{r.choice(['主任医师', '副主任医师', '主治医师'])}门诊，就诊序号{b.p(str(r.randint(1, 60)) + '号')}，{lab}{mrn}。请携带身份证提前30分钟到{b.p(r.choice(ZH_BUILD))}取号。",
        f"【{hos}】{b.zn(p)}您好，您预约的{zdept(b)}复诊时间为{zvd(b, v, 'md')} {r.randint(8, 16)}:{r.choice(['00', '30'])}，{lab}{mrn}。如需取消请提前一天登录公众号操作。退订回T",
    )
    q = one(r, "收到这条短信：", "这个预约短信是真的吗？", "帮我看看这条短信说的时间：")
    a = one(
        r,
        "这类短信是医院预约系统发出的。按短信里的时间提前到院取号即可，如果去不了记得提前取消，以免影响信用。",
        f"短信显示您约的是{b.zs(doc)}医生的号，请按时就诊，带上医保卡和既往检查结果。",
    )
    return [q + "\n" + sms, a]


@tpl("zh", False, "dialogue", "ward-round")
def zh_ward_round(b):
    r = b.r
    pt = zp(r, sex="m") if chance(r, 0.5) else zp(r, sex="f")
    dau = zkin(r, pt, "f", two=True) if pt.sex == "m" else zp2(r, sex="f")
    doc = zp(r)
    nurse = zp(r, sex="f")
    call = "大爷" if pt.sex == "m" else "阿姨"
    lab, mrn = zmrn(b, "住院号")
    lines = [
        one(r, "查房录音转写：", f"查房录音转写（{zbed(b)}，{lab}{mrn}）："),
        f"医生：{b.zs(pt)}{call}，今天感觉怎么样？",
        f"患者：还行，就是晚上睡不好，{r.choice(['老是咳', '腿有点肿', '胸口发闷'])}。",
        f"家属（女儿{b.zn(dau)}）：他昨晚{r.choice(['咳了好几次', '起夜四五次', '血压量了两次都偏高'])}，{zbp(b)}。",
        one(
            r,
            f"医生：小{b.zs(nurse)}，把他昨天的{zlab(b)}那张单子拿过来。\n护士：好的{b.zs(doc)}主任。",
            f"医生：昨天的{zlab(b)}我看了。",
        ),
        f"医生：先把{zdrug(b)}加上，明天复查。"
        + one(r, f"{b.zg(dau)}，你们家属晚上多留意一下。", f"家属电话还是{zphone(b, 0)}吧？有变化我们打给你。"),
    ]
    q = one(r, "把这段查房对话整理成病程记录：", "根据下面的查房对话写一段病程记录：")
    a = f"病程记录：{one(r, b.zs(doc) + '主任', '上级医师')}查房，患者诉夜间睡眠差，家属补充夜间症状。查体同前。处理：调整用药，次日复查相关指标。"
    return [q + "\n" + "\n".join(lines), a]


@tpl("zh", False, "colloquial", "online-consult")
def zh_neighbour(b):
    r = b.r
    nb = zp(r, sex="m")
    nb2 = zkin(r, nb, "m")
    w = zp2(r, "f")
    pre = r.choice(["老", "老", "阿"])
    u = one(
        r,
        f"我们楼下的{pre}{b.zs(nb)}（{b.zn(nb)}），{zage(b, r.randint(60, 88))}，前几天突然{r.choice(['说话不清', '一侧手脚没劲', '晕倒了'])}，",
        f"隔壁{pre}{b.zs(nb)}前天{r.choice(['摔了一跤', '胸口疼', '吐了血'])}，",
        f"隔壁的阿{b.zc(w.given[-1])}姐（{b.zn(w)}）前天{r.choice(['摔了一跤', '胸口疼', '晕倒了'])}，",
    )
    u += one(
        r,
        f"送到{zhosp(b)}说是{r.choice(['脑梗死', '心梗', '骨折', '消化道出血'])}。我自己也有{r.choice(CHRONIC)[0]}，会不会也这样？",
        f"他儿子{b.zn(nb2)}让我帮忙问问，医生开了{zdrug(b)}，出院后要注意什么？",
    )
    turns = [u, zadvice(b, 2)]
    if chance(r, 0.5):
        turns += [
            f"好的。{b.zs(nb)}家电话是{zphone(b, 0.4)}，要不您直接联系他们？",
            "线上咨询不方便代为联系他人，建议让家属带着检查资料到门诊面诊。",
        ]
    return turns


@tpl("zh", False, "chat", "online-consult")
def zh_word_names(b):
    r = b.r
    p = zp(r, kind=r.choice(["word", "word", "double"]))
    kid = zp(r, kind=r.choice(["word", "double", "common"]))
    if p.sex == "m" and chance(r, 0.7):
        kid = ZP(p.sur, kid.given, p.spy, kid.gpy, kid.sex)
    rel = "女儿" if kid.sex == "f" else "儿子"
    v = vdate(r)
    d = rdate(r, 2012, 2022)
    age = age_at(d, v)
    u = one(
        r,
        f"我是孩子家长{b.zn(p)}。{rel}{b.zn(kid)}，{zage(b, age)}，{b.p(r.choice(['发烧3天', '咳嗽两周', '反复腹痛1个月', '皮疹2天']))}，",
        f"医生好，我叫{b.zn(p)}，{rel}{b.zn(kid)}今年{zage(b, age)}，{b.p(r.choice(['发烧3天', '咳嗽两周', '反复腹痛1个月']))}，",
    )
    u += one(
        r,
        f"查了血常规{zlab(b, LABS[5])}，{zlab(b, LABS[12])}，要不要用抗生素？",
        f"医生怀疑{b.p(r.choice(['川崎病', '支原体肺炎', '过敏性紫癜']))}，这个病严重吗？",
    )
    if chance(r, 0.6):
        u += one(
            r,
            f"孩子生日是{b.dob(dob_zh(r, d))}。",
            f"我电话{zphone(b, 0)}。",
            f"孩子{b.dob(dob_zh(r, d))}出生，电话{zphone(b, 0)}。",
        )
    a = one(
        r,
        f"{b.zs(p)}{hon(p)}您好，" + zadvice(b, 2),
        "您好，" + zadvice(b, 2),
    )
    return [u, a]


@tpl("zh", False, "colloquial", "wechat")
def zh_short_dob(b):
    r = b.r
    p = zp(r)
    d = rdate(r, 1958, 1999)
    v = vdate(r)
    age = age_at(d, v)
    u = one(
        r,
        f"我是{b.dob(dob_zh(r, d, r.choice(['short', 'nian', 'hanzi'])))}生的，今年{zage(b, age)}，体检报告说{zlab(b)}，还有{zlab(b)}，要紧吗？",
        f"本人{b.zn(p)}，{b.dob(dob_zh(r, d, r.choice(['short', 'nian'])))}生，{zcc(b)}，在吃{zdrug(b)}。",
        f"体检中心让我补填出生日期：{b.dob(dob_zh(r, d))}。另外{zlab(b)}是不是偏高？",
    )
    a = zadvice(b, 2)
    turns = [u, a]
    if chance(r, 0.5):
        turns += [
            f"那我预约{zdept(b)}，用我的身份证{b.idn(cn_id(r, d, p.sex), 'cnid')}就能挂吗？",
            "可以，用本人身份证或医保电子凭证在医院公众号预约即可，不需要把证件号发给别人。",
        ]
    return turns


@tpl("zh", False, "record", "phone-followup")
def zh_rural_followup(b):
    r = b.r
    label = r.choice(["高血压", "2型糖尿病", "高血压合并糖尿病"])
    b.use_case("E11.9" if label == "2型糖尿病" else "I10")
    p = zp(r)
    son = zkin(r, p, "m") if p.sex == "m" else zp(r, sex="m")
    v = vdate(r)
    doc = zp(r)
    body = (
        f"慢病随访记录\n随访对象：{b.zn(p)}，{zage(b, r.randint(55, 90))}，{label}\n"
        f"住址：{zaddr(b, rural=True)}\n联系电话：{zphone(b, 0.5)}{one(r, f'（其子{b.zn(son)}）', '（本人）', '')}\n"
        f"随访日期：{zvd(b, v, 'full')}　随访方式：{r.choice(['电话', '入户', '门诊'])}\n"
        f"随访内容：血压{zbp(b)}，空腹血糖{b.p(f'{r.uniform(5.0, 11.5):.1f}mmol/L')}，规律服用{zdrug(b)}。\n"
        f"随访医生：{b.zn(doc)}（{b.p(r.choice(['镇卫生院', '村卫生室', '社区卫生服务站']))}）"
    )
    q = one(r, "帮我把这条随访记录写成给上级的简报：", "下面的随访记录需要补什么内容？")
    a = one(
        r,
        "随访记录还需补充：体重和腰围、吸烟饮酒情况、服药依从性评价，以及下次随访日期。",
        f"简报：{b.zs(doc)}医生完成本次随访，患者血压血糖控制情况已记录，继续原方案。",
    )
    return [q + "\n" + body, a]


@tpl("zh", False, "form", "medical-certificate")
def zh_certificate(b):
    r = b.r
    p = zp(r)
    d = rdate(r, 1960, 2004)
    v = vdate(r)
    age = age_at(d, v)
    doc = zp(r)
    lab, mrn = zmrn(b, r.choice(["门诊号", "病历号"]))
    body = (
        f"诊断证明书\n姓名：{b.zn(p)}　性别：{'女' if p.sex == 'f' else '男'}　年龄：{zage(b, age)}\n"
        f"身份证号：{b.idn(cn_id(r, d, p.sex), 'cnid')}　{lab}：{mrn}\n"
        f"诊断：{b.case['dx'][0]}\n建议：{b.p(r.choice(['全休两周', '休息7天', '避免重体力劳动1个月']))}，{zvd(b, later(r, v, 7, 30), 'md')}复诊。\n"
        f"医师：{b.zn(doc)}\n{zhosp(b)}（盖章）　{zvd(b, v, 'full')}"
    )
    q = one(r, "单位要我交诊断证明，这样写可以吗？", "这个诊断证明的建议休息时间从哪天算？")
    a = "休息时间一般从开具证明的当天算起。单位如需病历复印件，可到病案室凭身份证复印。"
    return [q + "\n" + body, a]


@tpl("zh", False, "chat", "email")
def zh_email(b):
    r = b.r
    p = zp(r)
    kin = zp(r)
    v = vdate(r)
    u = one(
        r,
        f"您好，我是{b.zn(p)}，能把{zvd(b, v, 'md')}那次的化验单电子版发到我邮箱吗？{zemail(b, p)}",
        f"报告请发{zemail(b, p)}，收件人写{b.zn(p)}就行。上次{zlab(b)}，这次想对比一下。",
        f"我邮箱{zemail(b, p)}，电话{zphone(b, 0)}。{b.zn(p)}，{zcc(b)}。",
    )
    a = one(
        r,
        "出于隐私保护，线上问诊无法代发检查报告，可以在医院公众号或自助机查询打印。",
        "这边不能发送报告，您可以在医院App“报告查询”里下载PDF。",
    )
    turns = [u, a]
    if chance(r, 0.4):
        turns += [
            f"好的，那我让我{r.choice(['老婆', '女儿'] if kin.sex == 'f' else ['老公', '儿子'])}{b.zn(kin)}去窗口打印。",
            "可以，代办需要带上患者和代办人的身份证。",
        ]
    return turns


@tpl("zh", False, "family-proxy", "online-consult")
def zh_pediatric(b):
    r = b.r
    kid = zp(r)
    mom = zp(r, sex="f")
    d = rdate(r, 2019, 2024)
    v = vdate(r)
    if d >= v:
        d = v - datetime.timedelta(days=r.randint(60, 900))
    months = (v - d).days // 30
    u = one(
        r,
        f"孩子叫{b.zn(kid)}，{b.dob(dob_zh(r, d))}出生，现在{b.p(f'{months}个月')}，{b.p(r.choice(['发烧39.2℃', '腹泻3天', '咳嗽5天', '湿疹反复']))}。",
        f"宝宝{b.zn(kid)}，{b.p(f'{months}个月')}大，出生日期{b.dob(dob_zh(r, d, 'iso'))}，{b.p(r.choice(['发烧39.2℃', '腹泻3天', '吐奶']))}。",
    )
    u += one(
        r,
        f"我是孩子妈妈{b.zn(mom)}，电话{zphone(b, 0)}。",
        f"体重{b.p(f'{r.uniform(6, 16):.1f}kg')}，能吃{b.p('布洛芬混悬液')}吗？",
        "",
    )
    a = one(
        r,
        f"{b.p('布洛芬混悬液')}适用于6个月以上的孩子，按体重给药，每次{b.p('5-10mg/kg')}，两次间隔至少{b.p('6小时')}。",
        f"{b.p('3个月')}以下的宝宝发烧需要直接就医。" + zadvice(b, 1),
        "小月龄宝宝的症状变化快，建议尽快到儿科门诊就诊。",
    )
    return [u, a]


HK_PAIRS = [("陳大文", "Chan", "Tai Man", "m"), ("黃小玲", "Wong", "Siu Ling", "f"), ("李家豪", "Lee", "Ka Ho", "m"),
            ("張美玲", "Cheung", "Mei Ling", "f"), ("何偉強", "Ho", "Wai Keung", "m"), ("梁嘉欣", "Leung", "Ka Yan", "f"),
            ("林志明", "Lam", "Chi Ming", "m"), ("吳詠詩", "Ng", "Wing Sze", "f"), ("曾淑芬", "Tsang", "Suk Fan", "f")]  # fmt: skip
TW_PAIRS = [("林美玲", "Lin", "Mei-ling", "f"), ("陳志豪", "Chen", "Chih-hao", "m"), ("黃雅婷", "Huang", "Ya-ting", "f"),
            ("張明勳", "Chang", "Ming-hsun", "m"), ("王淑芬", "Wang", "Shu-fen", "f"), ("劉冠宇", "Liu", "Kuan-yu", "m"),
            ("蔡佩珊", "Tsai", "Pei-shan", "f"), ("許家慧", "Hsu", "Chia-hui", "f")]  # fmt: skip


@tpl("zh", False, "traditional", "whatsapp")
def zh_hk_tw(b):
    r = b.r
    if chance(r, 0.5):
        zn, sur, giv, sx = r.choice(HK_PAIRS)
        tw = False
    else:
        zn, sur, giv, sx = r.choice(TW_PAIRS)
        tw = True
    p = EP(giv, sur, eastern=True)
    zpn = ZP(zn[0], zn[1:], "", "", sx)
    if not tw:
        u = one(
            r,
            f"醫生你好，我係{b.zn(zpn)}，電話{b.phone(hk_phone(r))}，住喺{hk_addr_zh(b)}。{b.p(r.choice(['覆診', '驗血', '照肺']))}報告話{zlab(b)}，使唔使擔心？",
            f"我{'阿媽' if sx == 'f' else '老豆'}{b.zn(zpn)}（{b.en(p, 'upper')}），身份證{b.idn(hkid(r), 'hkid')}，喺{b.p(r.choice(['瑪麗醫院', '威爾斯親王醫院', '伊利沙伯醫院', '屯門醫院']))}覆診，想問{zdrug(b)}點食？",
        )
    else:
        u = one(
            r,
            f"醫師您好，我叫{b.zn(zpn)}，身分證字號{b.idn(twid(r), 'twid')}，手機{b.phone(tw_phone(r))}。健檢說{zlab(b)}，需要回診嗎？",
            f"您好，{'家母' if sx == 'f' else '家父'}{b.zn(zpn)}住在{tw_addr(b)}，最近{b.p(r.choice(['血壓偏高', '膝蓋疼痛', '睡不好']))}，血壓{zbp(b)}。",
        )
    a = one(r, "你好，", "您好，") + one(
        r,
        "單次檢驗結果略高不必太擔心，建議按醫生安排覆診，如有胸痛、氣促請立即求醫。",
        "建議帶齊藥物和之前的報告到門診覆診，由醫生評估是否需要調整劑量。",
    )
    return [u, a]


@tpl("zh", False, "group-chat", "wechat-group")
def zh_group_chat(b):
    r = b.r
    doc = zp(r)
    p1, p2 = zp(r), zp(r)
    v = vdate(r)
    lines = [
        f"【{b.p(r.choice(['糖友互助群', '心脏康复群', '术后随访群', '孕妈群']))}】",
        f"{b.zn(p1)}：@{b.zs(doc)}医生 我今天空腹{b.p(f'{r.uniform(5.5, 12.0):.1f}')}，餐后两小时{b.p(f'{r.uniform(7.0, 16.0):.1f}')}，要加药吗？",
        f"{b.zs(doc)}医生：@{b.zn(p1)} 先别急，连续记录三天再看，{zvd(b, v, 'md')}门诊带记录来。",
        f"{b.zn(p2)}的家属：{b.zs(doc)}医生，我家老人这周{zcc(b)}，能加个号吗？电话{zphone(b, 0)}",
    ]
    if chance(r, 0.4):
        lines.append(f"{b.zs(doc)}医生：加号请打科室电话，或者加我助理，手机{zphone(b, 0)}。")
    q = one(r, "帮我总结一下群里今天的问题：", "把群聊里需要医生回复的问题列出来：")
    a = "需要处理的问题：1. 血糖记录偏高，已建议连续监测后门诊复诊；2. 有家属申请加号，需要联系科室安排。"
    return [q + "\n" + "\n".join(lines), a]


@tpl("zh", False, "form", "health-check")
def zh_health_check(b):
    r = b.r
    p = zp(r)
    d = rdate(r, 1960, 2000)
    v = vdate(r)
    age = age_at(d, v)
    no = b.mrn(f"TJ{v.year}{r.randint(10000, 99999)}")
    company = r.choice(["某科技有限公司", "市第三中学", "区税务局", "个人体检"])
    body = (
        f"健康体检报告\n体检编号：{no}　姓名：{b.zn(p)}　性别：{'女' if p.sex == 'f' else '男'}　出生日期：{b.dob(dob_zh(r, d, r.choice(['iso', 'full', 'slash'])))}\n"
        f"单位：{company}　体检日期：{zvd(b, v, 'iso')}　年龄：{zage(b, age)}\n"
        f"主要异常：{zlab(b)}；{zlab(b)}；血压{zbp(b)}；甲状腺结节（{b.p('TI-RADS 3类')}）"
    )
    q = one(r, "体检报告这几项异常要去哪个科？", "帮我看看这份体检报告：")
    a = f"血压和化验异常可以先挂全科或内科；{b.p('TI-RADS 3类')}结节一般良性可能大，{b.p('6-12个月')}复查超声即可。"
    return [q + "\n" + body, a]


@tpl("zh", False, "notes", "emergency-call")
def zh_120(b):
    r = b.r
    caller = zp(r)
    pt = zp(r)
    v = vdate(r)
    body = (
        f"{b.p('120')}调度记录　{zvd(b, v, 'iso')} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}\n"
        f"呼救人：{b.zn(caller)}　电话：{zphone(b, 0.3)}\n接车地址：{zaddr(b)}\n"
        f"患者：{b.zs(pt)}{r.choice(['老太', '老先生', '某'])}，约{zage(b, r.randint(55, 95))}，{r.choice(['突发胸痛半小时', '意识不清', '摔倒后不能站立', '呼吸困难'])}\n"
        f"派车：{b.p(r.choice(['急救站3号车', '分站2号车', '急救中心A12车']))}，送往{zhosp(b)}"
    )
    q = one(r, "帮我把这条调度记录整理成交接单：", "")
    a = "交接单：呼救时间、接车地址、主诉和送达医院已列明，到院后请急诊护士核对患者身份并补全信息。"
    return [(q + "\n" if q else "") + body, a]


@tpl("zh", False, "chat", "pharmacy")
def zh_pharmacy(b):
    r = b.r
    p = zp(r)
    ph = zp(r)
    u = one(
        r,
        f"我在药店买了{zdrug(b)}，店里的{b.zs(ph)}药师说可以和{zdrug(b, r.choice(DRUGS))}一起吃，是真的吗？",
        f"医院药房的{b.zn(ph)}药师交代{zdrug(b, freq=True)}，我忘了饭前还是饭后吃。",
    )
    if chance(r, 0.5):
        u += f"我叫{b.zn(p)}，{zage(b, r.randint(30, 85))}。"
    a = one(
        r,
        "这两种药一般可以同服，但要注意监测血压和肾功能。",
        "多数情况下饭后服用可以减少胃肠道不适，具体以说明书和药师交代为准。",
    ) + zadvice(b, 1)
    return [u, a]


@tpl("zh", False, "doctor-chat", "wechat")
def zh_doctor_chat(b):
    r = b.r
    col = zp(r)
    p = zp(r)
    lab, mrn = zmrn(b, r.choice(["住院号", "病案号", "登记号"]))
    u = one(
        r,
        f"{b.zs(col)}老师，我这边有个病人{b.zn(p)}，{lab}{mrn}，{zage(b, r.randint(30, 90))}，{zcc(b)}，{zlab(b)}，想请您会诊。",
        f"@{b.zn(col)} {b.zs(col)}主任，{zbed(b)}的{b.zn(p)}（{lab}{mrn}）{zlab(b)}，需要转您科吗？",
    )
    a = one(
        r,
        "从这些数据看可以先在本科处理，复查后再评估是否转科。",
        "会诊意见：完善相关检查，必要时转科；请主管医生在系统里提交会诊申请。",
    )
    return [u, a]


@tpl("zh", False, "chat", "online-consult")
def zh_nickname_relatives(b):
    r = b.r
    p = zp(r)
    hus = zp(r, sex="m")
    pre = r.choice(["老", "小", "阿"])
    u = one(
        r,
        f"我家{pre}{b.zs(hus)}（{b.zn(hus)}），{zage(b, r.randint(40, 80))}，{b.new_case(chronic=True)['dx'][0]}，最近{zcc(b)}。",
        f"我老公{b.zn(hus)}，大家都叫他{pre}{b.zs(hus)}，{zcc(b)}，吃了{zdrug(b)}。",
    )
    if chance(r, 0.7):
        u += one(r, f"我是他爱人{b.zn(p)}，有事打我电话{zphone(b, 0)}。", f"有事打我电话{zphone(b, 0)}。")
    a = "您好，" + zadvice(b, 2)
    turns = [u, a]
    if chance(r, 0.4):
        turns += [
            f"{pre}{b.zs(hus)}不肯去医院怎么办？",
            "可以先预约家庭医生上门或社区随访，同时把血压、血糖记录下来，方便医生判断。",
        ]
    return turns


@tpl("zh", False, "form", "emr-printout")
def zh_outpatient_note(b):
    r = b.r
    p = zp(r)
    v = vdate(r)
    d = rdate(r, 1940, 2005)
    age = age_at(d, v)
    doc = zp(r)
    lab, mrn = zmrn(b, "门诊号")
    body = (
        f"门诊病历\n{lab}：{mrn}　就诊日期：{zvd(b, v, 'iso')}　科室：{zdept(b)}\n"
        f"{b.zn(p)}　{'女' if p.sex == 'f' else '男'}　{zage(b, age)}　出生日期{b.dob(dob_zh(r, d))}\n"
        f"主诉：{zcc(b)}。\n现病史：患者{zcc(b)}，{r.choice(['无发热', '无畏寒发热', '无恶心呕吐'])}，{r.choice(['无意识障碍', '二便正常', '饮食睡眠尚可'])}。\n"
        f"查体：血压{zbp(b)}，心肺听诊未见异常。\n辅助检查：{zlab(b)}。\n"
        f"处理：{zdrug(b, freq=True)}，{b.p(r.choice(['1周', '2周', '1个月']))}后复诊。\n医师：{b.zn(doc)}"
    )
    q = one(r, "门诊病历上的处理意见是什么意思？", "这是我的门诊病历，请帮我解释：", "")
    a = "医生的处理意见是先用药观察，按时复诊评估疗效。" + zadvice(b, 1)
    return [(q + "\n" if q else "") + body, a]


# ==========================================================================================================
# English rows with PHI
# ==========================================================================================================
def region_of(r, choices=("us", "uk", "au", "ca")):
    return r.choice(choices)


def hon_en(r, p_sex):
    return title_for(r, p_sex)


@tpl("en", False, "chat", "online-consult")
def en_consult_self(b):
    r = b.r
    region = b.region = region_of(r)
    sex = r.choice("fm")
    p = ep(r, sex=sex)
    v = vdate(r)
    d = rdate(r, 1945, 2001)
    age = age_at(d, v)
    dx = b.new_case(chronic=True)["dx"]
    u = one(
        r,
        f"Hi, I'm {b.en(p, 'fl')}, {eage(b, age, 'year')}. I've had {b.p(dx[1])} for years and take {edrug(b, freq=True)}. "
        f"Home readings are around {ebp(b)} and last week's bloods showed {elab(b)}. Should my dose change?",
        f"Hello doctor, {b.ef(p)} here ({eage(b, age, 'num')}). I've had {ecc(b)}. My GP checked {elab(b)}. "
        f"Do I need to be seen in {edept(b)}?",
        f"My name is {b.en(p, r.choice(['fl', 'fml']))} and I was diagnosed with {b.p(dx[1])} at {ehosp(b)} in {b.p(str(r.randint(2008, 2022)))}. "
        f"Lately I've had {ecc(b)}.",
        f"hi im {b.en(p, 'lower')}, {b.p(str(age))} yrs old, been on {edrug(b)} since {b.p(str(r.randint(2015, 2023)))} for {b.p(dx[1])}. "
        f"my {elab(b)} - is that bad??",
    )
    if chance(r, 0.65):
        u += one(
            r,
            f" Best number to reach me is {en_phone(b, region)}.",
            f" You can email me at {eemail(b, p, region)} if that's easier.",
            f" (mobile {en_phone(b, region)})",
        )
    a = one(
        r,
        f"Thanks, {title_for(r, sex)} {b.el(p)}. ",
        f"Hi {b.ef(p)}, thanks for the details. ",
        "Thanks for the details. ",
    )
    turns = [u, a + eadvice(b, 2)]
    if chance(r, 0.3):
        q = ep(r)
        turns += [
            f"One more thing - my partner {b.en(q, 'fl')} takes {edrug(b)}. Is it safe for us to share a pill organiser?",
            "It's safest to keep separate organisers so doses never get mixed up.",
        ]
    return turns


@tpl("en", False, "family-proxy", "patient-portal")
def en_family_proxy(b):
    r = b.r
    region = b.region = region_of(r)
    sex = r.choice("fm")
    par = ep(r, sex=sex)
    kid = ep(r)
    if chance(r, 0.6):
        kid = EP(kid.first, par.last, eastern=par.eastern)
    v = vdate(r)
    d = rdate(r, 1930, 1962)
    age = age_at(d, v)
    rel = "mum" if sex == "f" else "dad"
    if region == "us":
        rel = "mom" if sex == "f" else "father"
    u = one(
        r,
        f"Hello, I'm writing on behalf of my {rel}, {b.en(par, r.choice(['fl', 'fml']))}, DOB {b.dob(dob_en(r, d))}. ",
        f"Message from {b.en(kid, 'fl')} re my {rel} {b.en(par, 'fl')} (born {b.dob(dob_en(r, d))}). ",
        f"my {rel} {b.en(par, 'lower')} ({b.dob(dob_en(r, d, r.choice(['uk', 'us'])))}) - ",
        f"My {rel} {b.ef(par)} is {eage(b, age, 'year')} and ",
    )
    u += one(
        r,
        f"Since {evd(b, v, 'day')} {'she' if sex == 'f' else 'he'} has had {ecc(b)}. Their {elab(b)} came back flagged.",
        f"{'She' if sex == 'f' else 'He'} was started on {edrug(b, freq=True)} after {ehosp(b)} discharged {'her' if sex == 'f' else 'him'}.",
        f"{'she' if sex == 'f' else 'he'} has been more confused since the dose of {edrug(b)} went up.",
    )
    if chance(r, 0.75):
        u += one(
            r,
            f" I'm {b.ef(kid)}, {'her' if sex == 'f' else 'his'} {r.choice(['daughter', 'son', 'carer'])} - best number {en_phone(b, region)}.",
            f" Please call me on {en_phone(b, region)} rather than the landline.",
            f" They live at {en_addr(b, region)} if a home visit is possible.",
        )
    a = one(
        r,
        f"Thank you for letting us know about {b.ef(par)}. ",
        f"Thanks for writing about {title_for(r, sex)} {b.el(par)}. ",
        "Thanks for writing. ",
    ) + eadvice(b, 2)
    u = re.sub(r"([.)] )(she|he) ", lambda m: m.group(1) + m.group(2).capitalize() + " ", u)
    return [u, a]


@tpl("en", False, "form", "emr-printout")
def en_emr_printout(b):
    r = b.r
    b.region = "us"
    sex = r.choice("fm")
    p = ep(r, sex=sex)
    d = rdate(r, 1935, 2003)
    v = vdate(r)
    att = ep(r)
    pcp = ep(r)
    lab, mrn = emrn(b, r.choice(["MRN", "MRN", "Patient ID", "Chart #"]))
    dx = b.case["dx"]
    lines = [
        f"PATIENT: {b.en(p, r.choice(['LF', 'LF2']))}    {lab}: {mrn}    DOB: {b.dob(dob_en(r, d, r.choice(['us', 'iso', 'dash'])))}    Sex: {sex.upper()}",
        f"Address: {en_addr(b, 'us')}",
        f"Phone: {en_phone(b, 'us')}",
        f"Encounter: {evd(b, v, 'uk' if chance(r, 0.2) else 'iso')}   Dept: {b.p(b.case['dept'][1].title())}   Attending: {title_for(r, 'x', True)} {b.el(att)}",
        f"PCP: {b.en(pcp, 'fl')}, {r.choice(['MD', 'DO', 'NP'])}"
        if chance(r, 0.5)
        else f"Emergency contact: {en_phone(b, 'us')}",
        f"Problem list: {b.p(dx[1])} ({b.p(dx[2])}); {b.p(r.choice([x for x in DX if x != dx])[2])}",
        f"Vitals: BP {ebp(b)}  {b.p('HR ' + str(r.randint(52, 118)))}  {b.p('SpO2 ' + str(r.randint(89, 99)) + '%')}",
        f"Meds: {edrug(b, freq=True)}; {edrug(b, r.choice(DRUGS[:10]), freq=True)}",
    ]
    if chance(r, 0.35):
        lines.pop(r.choice([1, 2]))
    q = one(
        r,
        "Can you explain this printout from my chart?",
        "What do the codes on this record mean?",
        "Please summarise this:",
    )
    a = (
        f"The codes in brackets, such as {b.p(dx[2])}, are ICD-10 diagnosis codes used for billing and statistics. "
        + eadvice(b, 1)
    )
    return [q + "\n\n" + "\n".join(lines), a]


@tpl("en", False, "record", "discharge-summary")
def en_discharge(b):
    r = b.r
    b.region = r.choice(["uk", "au"])
    sex = r.choice("fm")
    p = ep(r, sex=sex)
    d = rdate(r, 1930, 2000)
    v = vdate(r)
    dis = later(r, v, 2, 16)
    cons = ep(r)
    gp = ep(r)
    lab, mrn = emrn(b, r.choice(["Hospital No.", "Hosp no", "MRN", "Unit No."]))
    dx = b.case["dx"]
    body = (
        f"DISCHARGE SUMMARY\nName: {b.en(p, r.choice(['fl', 'Lf', 'LF']))}   {lab}: {mrn}   DOB: {b.dob(dob_en(r, d, r.choice(['uk', 'dot', 'long_uk', 'short'])))}\n"
        f"Admitted: {evd(b, v, 'uk')}   Discharged: {evd(b, dis, 'uk')}   Ward: {b.p(r.choice(EN_WARD))}\n"
        + (f"Consultant: {title_for(r, 'x', True)} {b.en(cons, r.choice(['fl', 'il']))}\n" if chance(r, 0.6) else "")
        + f"Next of kin phone: {en_phone(b, b.region)}\n"
        f"Diagnosis: {b.p(dx[1])}\nPresenting complaint: {ecc(b)}.\n"
        f"Investigations: {elab(b)}; {elab(b)}.\n"
        f"Medications on discharge: {edrug(b, freq=True)}; {edrug(b, freq=True)}.\n"
        f"Follow-up: {edept(b)} clinic in {b.p(r.choice(['2 weeks', '6 weeks', '3 months']))}.\n"
        f"GP: Dr {b.el(gp)}, {b.p(r.choice(['Riverside Medical Centre', 'Park Lane Surgery', 'The Health Centre', 'Abbey Road Surgery', 'Hillview Family Practice']))}"
    )
    q = one(
        r,
        "My discharge letter says this - what does it mean in plain English?",
        "Summarise this discharge summary for me:",
    )
    a = f"In short: you were admitted with {b.p(dx[1])}, treated, and sent home on two regular medicines. " + eadvice(
        b, 1
    )
    if chance(r, 0.3):
        a += f" Dr {b.el(gp)} will get a copy and can review you before the clinic appointment."
    return [q + "\n\n" + body, a]


@tpl("en", False, "letter", "referral-letter")
def en_referral_uk(b):
    r = b.r
    b.region = "uk"
    sex = r.choice("fm")
    p = ep(r, sex=sex)
    d = rdate(r, 1935, 2004)
    v = vdate(r)
    age = age_at(d, v)
    cons = ep(r)
    gp = ep(r)
    body = (
        f"Dear Dr {b.el(cons)},\n\n"
        f"Re: {b.en(p, r.choice(['fl', 'fml', 'LF']))}, DOB {b.dob(dob_en(r, d, r.choice(['uk', 'long_uk', 'short', 'dot'])))}, "
        f"NHS No. {b.idn(nhs_number(r), 'nhs')}\n{en_addr(b, 'uk')}\n"
        f"{'Tel: ' + en_phone(b, 'uk') + chr(10) if chance(r, 0.5) else ''}\n"
        f"Thank you for seeing this {eage(b, age, 'yo')} {'woman' if sex == 'f' else 'man'} with {ecc(b)}. "
        f"Recent bloods: {elab(b)}, {elab(b)}. BP today {ebp(b)}. Current medication: {edrug(b, freq=True)}.\n\n"
        f"Yours sincerely,\n\nDr {b.en(gp, r.choice(['fl', 'il']))}\n{b.p(r.choice(['Riverside Medical Centre', 'Park Lane Surgery', 'Beech House Surgery', 'The Grange Practice']))}"
    )
    q = one(r, "Please tidy up this referral letter:", "Check this referral for anything missing:", "")
    a = one(
        r,
        "The letter is clear. You might add the duration of symptoms, any red flags you have excluded, and allergies.",
        "Tidied version keeps the same content; I would add allergy status and what the patient has been told to expect.",
    )
    return [(q + "\n\n" if q else "") + body, a]


@tpl("en", False, "form", "prescription")
def en_prescription(b):
    r = b.r
    region = b.region = region_of(r, ("us", "us", "ca", "au"))
    sex = r.choice("fm")
    p = ep(r, sex=sex)
    d = rdate(r, 1935, 2015)
    presc = ep(r)
    v = vdate(r)
    body = (
        f"Patient: {b.en(p, r.choice(['fl', 'fml', 'Lf']))}    DOB: {b.dob(dob_en(r, d, 'us' if region == 'us' else r.choice(['uk', 'long_us'])))}\n"
        f"Address: {en_addr(b, region)}\n"
        f"Date: {evd(b, v, 'uk' if region != 'us' else 'iso')}\n"
        f"Rx: {edrug(b)} - take {r.choice(['one', 'two'])} tablet(s) {r.choice(['once daily', 'twice daily', 'at night'])}\n"
        f"Disp: {b.p('#' + str(r.choice([28, 30, 56, 60, 90])))}   Refills: {r.randint(0, 5)}\n"
        f"Prescriber: {b.en(presc, r.choice(['fl', 'il']))}, {r.choice(['MD', 'DO', 'NP', 'PA-C'])}"
    )
    q = one(
        r,
        "Can you read this prescription for me?",
        "Is this dose normal?",
        "My pharmacist queried this script - anything odd?",
    )
    a = "The prescription is for a standard starting dose. " + eadvice(b, 1)
    return [q + "\n\n" + body, a]


@tpl("en", False, "form", "lab-slip")
def en_lab_slip(b):
    r = b.r
    b.region = r.choice(["uk", "au", "us"])
    sex = r.choice("fm")
    p = ep(r, sex=sex)
    d = rdate(r, 1935, 2010)
    v = vdate(r)
    req = ep(r)
    lab, mrn = emrn(b, r.choice(["Hospital No.", "MRN", "UR", "Patient ID"]))
    rows = "\n".join(
        f"  {t}  {fl}"
        for t, fl in (
            lab_line(b, x, False) for x in r.sample([x for x in LABS if p.sex == "m" or x[1] != "PSA"], r.randint(3, 5))
        )
    )
    body = (
        f"CLINICAL BIOCHEMISTRY\nPatient: {b.en(p, r.choice(['LF', 'Lf', 'LF2']))}   {lab}: {mrn}   DOB: {b.dob(dob_en(r, d))}\n"
        f"Requested by: Dr {b.el(req)}   Location: {b.p(r.choice(EN_WARD))}   Collected: {evd(b, v, 'short')} {r.randint(6, 22):02d}:{r.randint(0, 59):02d}\n"
        f"{rows}"
    )
    q = one(r, "What do these results mean?", "Got these back today - should I worry?", "")
    a = "H and L mark results above and below the reference range. " + eadvice(b, 2)
    return [(q + "\n\n" if q else "") + body, a]


@tpl("en", False, "handover", "nursing-handover")
def en_handover(b):
    r = b.r
    b.region = r.choice(["uk", "au"])
    v = vdate(r)
    pts = [ep(r, sex=r.choice("fm")) for _ in range(r.choice([2, 2, 3]))]
    rn1, rn2 = ep(r), ep(r)
    lines = [f"{b.p(r.choice(EN_WARD))} night handover {evd(b, v, 'uk')}"]
    for i, p in enumerate(pts):
        b.new_case()
        bed = ebed(b)
        if chance(r, 0.35):
            bed += f" ({emrn(b, r.choice(['Hosp no', 'MRN', 'UR']))[1]})"
        who = one(r, f"{title_for(r, p.sex)} {b.el(p)}", b.en(p, "fl"), b.en(p, "il"), f"pt {b.ei(p)}")
        lines.append(
            one(
                r,
                f"{bed} - {who}, {eage(b, r.randint(40, 96), 'num')}, {b.p(b.case['dx'][1])}. Obs stable, BP {ebp(b)}, {b.p('NEWS ' + str(r.randint(0, 5)))}.",
                f"{bed} - {who}, day {r.randint(1, 5)} post {b.p(r.choice(['hemi-arthroplasty', 'lap chole', 'TURP', 'hernia repair']))}. Drain {b.p(str(r.randint(10, 150)) + ' mL')}. Pain controlled.",
                f"{bed} - {who}, new confusion overnight, {elab(b)} sent, for review by the day team.",
            )
        )
        if i == len(pts) - 1 and chance(r, 0.45):
            fam = ep(r)
            kin = r.choice(["Daughter", "Wife"] if fam.sex == "f" else ["Son", "Husband"])
            lines.append(f"    {kin} {b.ef(fam)} visiting - contact {en_phone(b, b.region)}.")
    lines.append(
        one(
            r,
            f"Handed over by {b.ef(rn1)} (RN) to {b.en(rn2, 'fl')} (RN).",
            f"Handover given by {b.ef(rn1)}.",
            "Checked at the bedside.",
        )
    )
    q = one(r, "Turn this handover into SBAR:", "Can you pull the priorities out of this handover?")
    a = one(
        r,
        "Priority: the first patient listed needs obs repeated; everyone else is stable.",
        "Priorities: repeat obs where NEWS is raised, chase pending bloods, and review pain relief in post-op patients.",
    )
    return [q + "\n" + "\n".join(lines), a]


@tpl("en", False, "notes", "call-centre")
def en_callcentre(b):
    r = b.r
    region = b.region = region_of(r)
    caller = ep(r)
    pt = ep(r)
    d = rdate(r, 1930, 1990)
    v = vdate(r)
    lab, mrn = emrn(b)
    body = (
        f"Call log {evd(b, v, 'iso')} {r.randint(8, 19)}:{r.randint(0, 59):02d}\n"
        f"Caller: {b.en(caller, r.choice(['fl', 'Lf']))} ({r.choice(['daughter', 'son', 'neighbour', 'wife', 'husband', 'carer'])})   Callback: {en_phone(b, region)}\n"
        f"Patient: {b.en(pt, 'fl')}, DOB {b.dob(dob_en(r, d))}, {lab} {mrn}\n"
        f"Reason: {one(r, 'asking why the echo appointment was cancelled', 'wants repeat prescription sent to a different pharmacy', 'complaint about waiting time in ED', 'query about blood results')}.\n"
        f"Action: message sent to {edept(b)} secretary; {b.ef(caller)} told to expect a call within {b.p('2 working days')}."
    )
    q = one(r, "Summarise this call log in one line:", "Write a one-line summary of this call:")
    a = "Relative called about an outpatient query; message passed to the department with a callback promised in two working days."
    return [q + "\n" + body, a]


@tpl("en", False, "form", "insurance-claim", weight=2)
def en_insurance(b):
    r = b.r
    sex = r.choice("fm")
    p = ep(r, sex=sex)
    d = rdate(r, 1945, 2003)
    v = vdate(r)
    lines = [
        "CLAIM FORM - PART A (member)",
        f"Member name: {b.en(p, r.choice(['fl', 'fml', 'LF']))}",
        f"SSN: {b.idn(ssn(r))}    Date of birth: {b.dob(dob_en(r, d, r.choice(['us', 'long_us', 'iso'])))}",
        f"Mailing address: {en_addr(b, 'us')}",
        f"Phone: {en_phone(b, 'us')}",
    ]
    if chance(r, 0.6):
        lines.append(f"Email: {eemail(b, p, 'us')}")
    lines += [
        f"Provider: {ehosp(b)}    Date of service: {evd(b, v, 'iso')}",
        f"Diagnosis: {b.p(b.case['dx'][2])}   Procedure: {b.p(r.choice(['CPT 99213', 'CPT 93000', 'CPT 71046', 'CPT 80053']))}",
        f"Amount billed: ${r.randint(80, 4200)}.{r.randint(0, 99):02d}",
    ]
    q = one(r, "Does this claim form look complete?", "Help me check this claim before I mail it:")
    a = "It looks complete. Attach the itemised bill and the explanation of benefits, and keep a copy. Note the claim must arrive within the plan's grace period."
    return [q + "\n\n" + "\n".join(lines), a]


@tpl("en", False, "sms", "appointment-sms")
def en_appt_sms(b):
    r = b.r
    p = ep(r)
    doc = ep(r)
    v = vdate(r)
    clinic = b.p(
        r.choice(
            [
                "Riverside Medical Centre",
                "Northside Clinic",
                "St Anne's Outpatients",
                "the Diabetes Centre",
                "Westfield Dental",
            ]
        )
    )
    sms = one(
        r,
        f"Hi {b.ef(p)}, this is a reminder of your appointment with Dr {b.el(doc)} at {clinic} on {evd(b, v, 'day')} at {r.randint(8, 16)}:{r.choice(['00', '15', '30', '45'])}. Reply C to cancel.",
        f"{b.en(p, 'fl')}: your {b.p(r.choice(['MRI', 'echo', 'colonoscopy', 'blood test']))} is booked for {evd(b, v, 'short')} at {clinic}. Please arrive 15 min early. Do not reply.",
        f"Dear {title_for(r, p.sex)} {b.el(p)}, Dr {b.en(doc, 'il')} has a cancellation on {evd(b, v, 'day')}. Call us to accept.",
    )
    q = one(r, "Got this text - is it legit?", "I got this message:", "Can I move this appointment?")
    a = "It looks like a standard reminder. If you can't make it, use the reply option or call the clinic so the slot goes to someone else."
    return [q + "\n" + sms, a]


@tpl("en", False, "dialogue", "clinic-transcript")
def en_dialogue(b):
    r = b.r
    b.region = r.choice(["uk", "us", "au"])
    pt = ep(r, sex="m")
    dau = ep(r, sex="f")
    doc = ep(r)
    nurse = ep(r)
    lab, mrn = emrn(b)
    lines = [
        one(r, "Transcript (ambient scribe):", f"Transcript (ambient scribe) - {lab} {mrn}, {ebed(b)}:"),
        f"Nurse: Morning, {title_for(r, 'm')} {b.el(pt)}. "
        + one(r, f"I'm {b.ef(nurse)}, I'll be looking after you today.", "I'll be looking after you today."),
        f"Patient: Morning. This is my daughter, {b.ef(dau)}.",
        f"Daughter: Hi. Dad's been really breathless at night, and his ankles are up. He's on {edrug(b)}.",
        f"Doctor: I'm Dr {b.el(doc)}. Let's check - BP is {ebp(b)}, {b.p('sats ' + str(r.randint(88, 97)) + '%')}. I'd like a chest X-ray and {elab(b)}.",
        f"Daughter: Can you ring me with the results? It's {en_phone(b, b.region)}.",
    ]
    q = one(r, "Write a clinic note from this transcript:", "Turn this into a SOAP note:")
    a = "S: increasing breathlessness at night and ankle swelling. O: obs as recorded. A: possible fluid overload. P: chest X-ray, bloods, review diuretic dose."
    return [q + "\n" + "\n".join(lines), a]


@tpl("en", False, "lowercase", "online-forum")
def en_lowercase(b):
    r = b.r
    region = b.region = region_of(r)
    p = ep(r, r.choice(["anglo", "anglo", "word", "nonanglo"]))
    v = vdate(r)
    d = rdate(r, 1960, 2004)
    age = age_at(d, v)
    sx = r.choice("fm")
    u = one(
        r,
        f"hi my name is {b.en(p, 'lower')} im {b.p(f'{age}{sx}')} and ive had {ecc(b)}. is that normal",
        f"hey its {b.ef(p, lower=True)} again, the {b.p(r.choice(['ecg', 'bloods', 'xray']))} came back and {elab(b)}. my number is {en_phone(b, region)} if the nurse wants to call",
        f"pls help, {b.en(p, 'lower')}, dob {b.dob(dob_en(r, d, r.choice(['uk', 'us'])))}, been on {edrug(b)} for {b.p('3 weeks')} and feel awful",
    )
    a = one(r, f"Hi {b.ef(p)}. ", "Hi. ") + eadvice(b, 2)
    return [u, a]


@tpl("en", False, "chat", "patient-portal")
def en_nonanglo(b):
    r = b.r
    region = b.region = region_of(r)
    p = ep(r, r.choice(["nonanglo", "apos", "hyph", "vn"]))
    v = vdate(r)
    d = rdate(r, 1940, 2004)
    inter = b.p(r.choice(["grapefruit juice", "ibuprofen", "St John's wort", "alcohol"]))
    u = one(
        r,
        f"Good afternoon. This is {b.en(p, r.choice(['fl', 'fml']))}, date of birth {b.dob(dob_en(r, d))}. I was seen on {evd(b, v)} for {ecc(b)}.",
        f"Hello, my {'husband' if p.sex == 'm' else 'wife'} {b.en(p, 'fl')} needs {'his' if p.sex == 'm' else 'her'} {edrug(b)} renewed. Latest {elab(b)}.",
        f"Name: {b.en(p, 'Lf')}\nQuestion: is {edrug(b)} safe with {inter}?",
    )
    if chance(r, 0.4):
        u += f" Contact: {eemail(b, p, region)}"
    a = one(r, f"Dear {title_for(r, p.sex)} {b.el(p)}. ", "Hello. ") + eadvice(b, 2)
    return [u, a]


@tpl("en", False, "letter", "gp-letter")
def en_au(b):
    r = b.r
    b.region = "au"
    p = ep(r)
    d = rdate(r, 1935, 2008)
    v = vdate(r)
    age = age_at(d, v)
    spec = ep(r)
    gp = ep(r)
    body = (
        f"Dear Dr {b.el(spec)},\nRe: {b.en(p, r.choice(['fl', 'fml']))}   DOB {b.dob(dob_en(r, d, r.choice(['uk', 'dot', 'short'])))}\n"
        f"Medicare {b.idn(medicare_au(r), 'medicare')}   Mobile {b.phone(au_phone(r))}\n{en_addr(b, 'au')}\n\n"
        f"Thanks for seeing this {eage(b, age, 'yo')} with {ecc(b)}. HbA1c {b.p(f'{r.uniform(6.0, 10.5):.1f}%')}, {b.p('eGFR ' + str(r.randint(25, 95)))}. "
        f"Currently on {edrug(b, freq=True)}.\n\nKind regards,\nDr {b.en(gp, 'fl')}"
    )
    q = one(r, "Does this referral read OK?", "Shorten this letter please:")
    a = "It reads well. Consider stating the urgency and what question you want answered."
    return [q + "\n\n" + body, a]


@tpl("en", False, "record", "clinic-note")
def en_ca(b):
    r = b.r
    b.region = "ca"
    p = ep(r)
    d = rdate(r, 1940, 2010)
    v = vdate(r)
    doc = ep(r)
    body = (
        f"Clinic note - {evd(b, v, 'long_us')}\nPatient: {b.en(p, r.choice(['fl', 'LF']))}   OHIP: {b.idn(ohip(r), 'ohip')}   DOB: {b.dob(dob_en(r, d, r.choice(['iso', 'long_us'])))}\n"
        f"{en_addr(b, 'ca')}   Tel: {en_phone(b, 'ca')}\n"
        f"S: {ecc(b)}.\nO: BP {ebp(b)}, {elab(b)}.\nA/P: {b.p(b.case['dx'][1])}; start {edrug(b, freq=True)}; recheck in {b.p('4 weeks')}.\n"
        f"Signed: {b.en(doc, 'il')}, MD"
    )
    q = one(r, "Explain this clinic note:", "What does A/P mean in this note?")
    a = "S is what the patient reported, O the examination and tests, and A/P the assessment and plan."
    return [q + "\n\n" + body, a]


@tpl("en", False, "chat", "patient-portal")
def en_hk(b):
    r = b.r
    b.region = "hk"
    zn, sur, giv, sx = r.choice(HK_PAIRS)
    p = EP(giv, sur, eastern=True)
    style = r.choice(["fl", "upper", "LF"])
    u = one(
        r,
        f"Patient {b.en(p, style)}, HKID {b.idn(hkid(r), 'hkid')}, tel {b.phone(hk_phone(r))}. Follow-up at {b.p(r.choice(['Queen Mary Hospital', 'Prince of Wales Hospital', 'Queen Elizabeth Hospital', 'Tuen Mun Hospital']))} SOPC. {elab(b)}.",
        f"Hi, I'm {b.en(p, 'fl')}. Address: {hk_addr_en(b)}. My {elab(b)} - need to see a specialist?",
    )
    a = eadvice(b, 2)
    return [u, a]


@tpl("en", False, "form", "travel-insurance")
def en_travel(b):
    r = b.r
    sex = r.choice("fm")
    p = ep(r, sex=sex)
    d = rdate(r, 1940, 2004)
    v = vdate(r)
    doc = ep(r)
    ctry = r.choice(["uk", "us", "in", "other"])
    lines = [
        "Medical information form - travel insurance",
        f"Name as in passport: {b.en(p, 'upper')}",
        f"Passport No.: {b.idn(passport(r, ctry))}   Date of birth: {b.dob(dob_en(r, d, r.choice(['long_uk', 'short', 'uk'])))}",
        f"Treated at: {ehosp(b)}   Date: {evd(b, v, 'long_uk')}",
        f"Diagnosis: {b.p(b.case['dx'][1])}   Treating doctor: Dr {b.en(doc, 'il')}",
        f"Contact while abroad: {en_phone(b, r.choice(['uk', 'us', 'au']))}",
    ]
    q = one(r, "Is this form filled in properly?", "The insurer sent this back - what's missing?")
    a = "It is mostly complete; insurers usually also want the dates of any admissions and a discharge letter."
    return [q + "\n" + "\n".join(lines), a]


@tpl("en", False, "email", "email")
def en_email(b):
    r = b.r
    region = b.region = region_of(r, ("us", "uk", "au"))
    p = ep(r)
    sec = ep(r, sex="f")
    doc = ep(r)
    em = eemail(b, p, region)
    v = vdate(r)
    body = (
        f"From: {b.en(p, 'fl')} <{em}>\nSubject: results from {evd(b, v, 'short')}\n\n"
        f"Hi {one(r, b.ef(sec), 'team', 'there')},\nCould you ask Dr {b.el(doc)} whether my {elab(b)} needs a repeat? I'm away until {evd(b, later(r, v), 'long_uk')}. "
        f"Mobile is {en_phone(b, region)}.\nThanks,\n{b.ef(p)}"
    )
    q = one(r, "Make this email more concise:", "Tidy this email before I send it:")
    a = one(
        r,
        "Shorter version: ask whether the result needs repeating and give your return date.",
        "Here is a tighter version, same content, fewer words.",
    )
    return [q + "\n\n" + body, a]


@tpl("en", False, "notes", "pharmacy")
def en_pharmacy(b):
    r = b.r
    region = b.region = region_of(r)
    p = ep(r)
    ph = ep(r)
    d = rdate(r, 1935, 2005)
    pharm = b.p({"us": "Walgreens", "uk": "Boots", "au": "Priceline Pharmacy", "ca": "Shoppers Drug Mart"}[region])
    u = one(
        r,
        f"Voicemail: Hi, this is {b.ef(ph)} from {pharm} calling about a prescription for {b.en(p, 'fl')}, date of birth {b.dob(dob_en(r, d))}. The {edrug(b)} is out of stock. Please call back on {en_phone(b, region)}.",
        f"Pharmacist note ({b.en(ph, 'fl')}, {pharm}): {b.en(p, 'fl')} asked whether {edrug(b)} interacts with {edrug(b, r.choice(DRUGS))}. Advised to speak to GP.",
    )
    q = one(r, "What should I do about this?", "Transcribed voicemail - what does it mean?", "Summarise:")
    a = "The pharmacy couldn't fill the item; ring them back to arrange an alternative brand or ask your prescriber for a substitute."
    return [q + "\n" + u, a]


@tpl("en", False, "shorthand", "ed-triage")
def en_triage(b):
    r = b.r
    region = b.region = region_of(r)
    sex = r.choice("fm")
    p = ep(r, sex=sex)
    sp = ep(r, sex="f" if sex == "m" else "m")
    d = rdate(r, 1935, 1995)
    v = vdate(r)
    age = age_at(d, v)
    lab, mrn = emrn(b)
    body = (
        f"{b.p(f'{age}{sex.upper()}')} {one(r, b.en(p, 'fl'), b.en(p, 'LF'), b.ei(p))} {lab} {mrn}. BIBA, c/o {ecc(b)}. PMH {b.p(r.choice(['HTN', 'T2DM', 'AF', 'COPD']))}, "
        f"{b.p(r.choice(['IHD', 'CKD3', 'asthma']))}. BP {ebp(b)} {b.p('HR ' + str(r.randint(56, 130)))} {b.p('SpO2 ' + str(r.randint(88, 99)) + '% RA')} {b.p(f'T {r.uniform(36.0, 39.4):.1f}')}. "
        f"{'Wife' if sex == 'm' else 'Husband'} {b.ef(sp)} at bedside ({en_phone(b, region)}). {b.p('Triage cat ' + str(r.randint(2, 4)))}."
    )
    q = one(r, "Expand this triage note into full sentences:", "What do the abbreviations in this note mean?")
    a = "BIBA means brought in by ambulance, c/o is complaining of, PMH is past medical history and RA means on room air."
    return [q + "\n" + body, a]


@tpl("en", False, "note", "school-nurse")
def en_school(b):
    r = b.r
    region = b.region = region_of(r, ("uk", "us", "au"))
    kid = ep(r)
    par = ep(r, sex="f")
    d = rdate(r, 2010, 2018)
    age = age_at(d, vdate(r))
    year = f"Grade {max(1, age - 5)}" if region == "us" else f"Year {max(1, age - 4)}"
    body = (
        f"Student: {b.en(kid, 'fl')}   {year}   DOB: {b.dob(dob_en(r, d, 'us' if region == 'us' else 'uk'))}\n"
        f"Parent/guardian: {b.en(par, r.choice(['fl', 'Lf']))} - {en_phone(b, region)}\n"
        f"Allergy: {b.p(r.choice(['peanut', 'tree nut', 'bee sting', 'penicillin']))}. Action plan: {b.p('EpiPen 0.3 mg')} IM to thigh, call {b.p('999' if region == 'uk' else '911' if region == 'us' else '000')}."
    )
    q = one(r, "Is this allergy plan adequate for a school trip?", "What should the teacher carry for this student?")
    a = "Carry two auto-injectors, the signed plan and a charged phone; note the time of any dose and hand the used pen to paramedics."
    return [q + "\n" + body, a]


@tpl("en", False, "chat", "clinic-message")
def en_sg(b):
    r = b.r
    p = ep(r, "sg", sex="f")
    d = rdate(r, 1938, 1975)
    hp = f"+65 {r.choice('89')}{r.randint(100, 999)} {r.randint(1000, 9999)}"
    u = one(
        r,
        f"Mdm {b.en(p, 'fl')}, {b.p(str(r.randint(60, 88)) + ' years old')}, HP {b.phone(hp)}, came for {b.p(r.choice(['DM review', 'BP review', 'knee pain']))}. {elab(b)}.",
        f"My grandmother {b.en(p, 'fl')} (DOB {b.dob(dob_en(r, d, r.choice(['uk', 'short'])))}) was seen at {b.p('Tan Tock Seng Hospital')} - can she take {edrug(b)}?",
    )
    a = eadvice(b, 2)
    return [u, a]


# ==========================================================================================================
# Mixed Chinese/English rows with PHI
# ==========================================================================================================
@tpl("mixed", False, "code-switch", "wechat")
def mx_overseas_parent(b):
    r = b.r
    region = b.region = region_of(r, ("us", "uk", "au", "ca"))
    mom = zp(r, sex=r.choice("fm"))
    d = rdate(r, 1940, 1966)
    v = vdate(r)
    age = age_at(d, v)
    country = b.p({"us": "the US", "uk": "the UK", "au": "Australia", "ca": "Canada"}[region])
    guo = b.p({"us": "美国", "uk": "英国", "au": "澳洲", "ca": "加拿大"}[region])
    who = "我妈妈" if mom.sex == "f" else "我爸爸"
    she, ta = ("she", "她") if mom.sex == "f" else ("he", "他")
    b.new_case(chronic=True)
    u = one(
        r,
        f"Hi doctor, {who}{b.zn(mom)} ({b.en(mom.latin(), r.choice(['fl', 'upper']))}) is visiting us in {country}. {zage(b, age)}, DOB {b.dob(dob_en(r, d, r.choice(['iso', 'uk', 'long_us'])))}, 有{b.case['dx'][0]}, takes {edrug(b)}. ",
        f"医生您好，{who}{b.zn(mom)}来{guo}探亲，{zage(b, age)}，出生日期 {b.dob(dob_zh(r, d, 'iso'))}。{she.capitalize()} has {b.p(b.case['dx'][1])} and takes {edrug(b)}. ",
    )
    u += one(
        r,
        f"现在{zcc(b)}, can {she} be seen at {ehosp(b)} without insurance? 我的电话 {en_phone(b, region)}.",
        f"这两天 BP {ebp(b)}, 需要去 ER 吗？",
        f"我们住在 {en_addr(b, region)}, 最近的 walk-in clinic 在哪？",
    )
    a = one(
        r,
        "您好，如果没有胸痛或气促，可以先去 urgent care / walk-in clinic；出现急症请直接拨打当地急救电话。",
        f"建议带上{ta}在国内的病历和药盒（最好有英文药名），就诊时方便医生核对剂量。",
    )
    return [u, a]


@tpl("mixed", False, "bilingual-form", "emr-printout")
def mx_bilingual_emr(b):
    r = b.r
    p = zp(r)
    d = rdate(r, 1940, 2004)
    v = vdate(r)
    doc = zp(r)
    dx = b.case["dx"]
    lab, mrn = zmrn(b, "病案号")
    lines = [
        f"姓名 Name: {b.zn(p)}　({b.en(p.latin(case='upper'), r.choice(['fl', 'upper']))})",
        f"{lab} MRN: {mrn}",
        f"出生日期 DOB: {b.dob(dob_zh(r, d, 'iso') if chance(r, 0.5) else dob_en(r, d, r.choice(['uk', 'long_uk'])))}",
        f"科室 Dept: {zdept(b)}　就诊日期 Visit: {evd(b, v, 'iso')}",
        f"诊断 Diagnosis: {dx[0]} {b.p(dx[1])} ({b.p(dx[2])})",
        one(
            r,
            f"主治医生 Attending: Dr {b.el(doc.latin())}",
            f"主治医生 Attending: {b.zn(doc)}",
            f"Tel 电话: {zphone(b, 0.3)}",
        ),
    ]
    if chance(r, 0.5):
        lines.append(f"联系电话 Tel: {zphone(b, 0.2)}")
    q = one(r, "Please translate this record into English:", "把这份双语病历的诊断部分翻译一下：")
    a = f"Diagnosis: {b.p(dx[1])}, ICD-10 {b.p(dx[2])}. The rest of the header is administrative information."
    return [q + "\n" + "\n".join(lines), a]


@tpl("mixed", False, "cantonese-english", "whatsapp")
def mx_hk_whatsapp(b):
    r = b.r
    zn, sur, giv, sx = r.choice(HK_PAIRS)
    p = EP(giv, sur, eastern=True)
    g, sx = r.choice(CANTO_ENG)
    eng = EP(g, sur, sex=sx)
    zpn = ZP(zn[0], zn[1:], "", "", sx)
    u = one(
        r,
        f"Hi 醫生, 我係 {b.en(eng, 'fl')} ({b.zn(zpn)}), 今日 check 咗 {elab(b)}, 好 high 喎. 我 number 係 {b.phone(hk_phone(r))}.",
        f"醫生, my {'mum' if sx == 'f' else 'dad'} {b.en(p, 'fl')} 嘅 HKID 係 {b.idn(hkid(r), 'hkid')}, 佢 {b.p(r.choice(['覆診', 'follow up']))} 喺 {b.p(r.choice(['Queen Mary Hospital', '瑪麗醫院', 'Prince of Wales Hospital']))}, 血壓 {ebp(b)}.",
        f"{b.zn(zpn)} here, 住 {hk_addr_en(b)}, 想問 {edrug(b)} 可唔可以同 {edrug(b, r.choice(DRUGS))} 一齊食?",
    )
    a = one(r, "你好, ", "Hi, ") + one(
        r,
        "單次讀數高唔一定要加藥, 建議連續量一星期再覆診.",
        "一般可以一齊食, 但最好問返開藥嘅醫生或藥劑師.",
    )
    return [u, a]


@tpl("mixed", False, "bilingual-form", "medical-tourism")
def mx_tourism(b):
    r = b.r
    p = zp(r)
    d = rdate(r, 1950, 1998)
    body = (
        f"Patient: {b.zn(p)} {b.en(p.latin(case='upper'), 'fl')}\nPassport No.: {b.idn(passport(r, 'cn'))}　DOB: {b.dob(dob_en(r, d, r.choice(['short', 'long_uk', 'iso'])))}\n"
        f"拟就诊医院 Hospital: {ehosp(b)}　项目 Procedure: {b.p(r.choice(['PET-CT', 'proton therapy consultation', 'second opinion - oncology', 'knee replacement']))}\n"
        f"联系邮箱 Email: {zemail(b, p)}"
    )
    if chance(r, 0.5):
        body += f"\n国内联系电话: {zphone(b, 0.1)}"
    q = one(r, "帮我检查一下这张海外就医申请表：", "Please check this application form:")
    a = "表格基本完整，建议附上近3个月的影像资料和病理报告的英文翻译件。"
    return [q + "\n" + body, a]


@tpl("mixed", False, "code-switch", "online-consult")
def mx_student_uk(b):
    r = b.r
    p = zp(r)
    u = one(
        r,
        f"I'm {b.zn(p)} ({b.en(p.latin(), 'fl')}), an MSc student in {b.p(r.choice(['Leeds', 'Sheffield', 'Bristol', 'Edinburgh']))}. 我注册了GP, NHS number {b.idn(nhs_number(r), 'nhs')}. 最近{zcc(b)}，GP让我去 walk-in centre.",
        f"您好，我是留学生{b.zn(p)}，住在 {en_addr(b, 'uk')}。My UK mobile is {b.phone(uk_phone(r))}. {ecc(b)}, 要去 A&E 吗？",
    )
    a = "If symptoms are not an emergency, call NHS 111 first; 如果出现胸痛、呼吸困难，请直接拨打 " + b.p("999") + "。"
    return [u, a]


@tpl("mixed", False, "code-switch", "nursing-handover")
def mx_doctor_handover(b):
    r = b.r
    pts = [zp(r) for _ in range(2)]
    fam = zp(r)
    lines = []
    for i, p in enumerate(pts):
        b.new_case()
        bed = ebed(b) if chance(r, 0.5) else zbed(b)
        who = f"{b.zs(p)}{hon(p)}" if i == 0 else b.zn(p)
        lines.append(
            one(
                r,
                f"{bed} {who} post-op day {r.randint(1, 4)}, {elab(b, LABS[4])}, plan: transfuse 1 unit，复查血常规。",
                f"{bed} {who}, {b.p(b.case['dx'][1])}, BP {zbp(b)}, {edrug(b)} started tonight.",
                f"{bed} {who} 夜间 desat to {b.p(str(r.randint(84, 91)) + '%')}, 已上 NC 3L, CXR pending.",
            )
        )
    lines.append(f"家属{b.zn(fam)} 电话 {zphone(b, 0.1)}，要求 update after rounds.")
    q = one(r, "Summarise this handover:", "把这段 handover 总结成三条：")
    a = "要点：1. 按床号复查生命体征和待回报的检查；2. 新开药物注意观察不良反应；3. 家属要求查房后沟通病情，请主管医生回电。"
    return [q + "\n" + "\n".join(lines), a]


@tpl("mixed", False, "bilingual-form", "insurance-claim")
def mx_insurance(b):
    r = b.r
    p = zp(r)
    d = rdate(r, 1950, 2003)
    v = vdate(r)
    lines = [
        f"Claimant 申请人: {b.zn(p)} / {b.en(p.latin(case='upper'), 'upper')}",
        f"ID No. 证件号: {b.idn(cn_id(r, d, p.sex), 'cnid')}",
        f"Address 地址: {zaddr(b, rural=False)}",
        f"Date of loss 出险日期: {evd(b, v, 'iso')}　Hospital 医院: {zhosp(b)}",
        f"Diagnosis 诊断: {b.p(b.case['dx'][1])}",
    ]
    if chance(r, 0.5):
        lines.append(f"Email 邮箱: {zemail(b, p)}")
    q = one(r, "Check this bilingual claim form:", "这张中英文理赔表有问题吗？")
    a = "格式没问题，英文姓名需与护照一致；附上发票原件和费用明细。"
    return [q + "\n" + "\n".join(lines), a]


@tpl("mixed", False, "code-switch", "patient-portal")
def mx_tw_student(b):
    r = b.r
    zn, sur, giv, sx = r.choice(TW_PAIRS)
    p = EP(giv, sur, eastern=True)
    zpn = ZP(zn[0], zn[1:], "", "", sx)
    u = one(
        r,
        f"我是 {b.en(p, r.choice(['fl', 'upper']))}（{b.zn(zpn)}），在 {b.p(r.choice(['Austin', 'Seattle', 'Toronto']))} 讀書，手機 {b.phone(us_phone(r))}。最近 {ecc(b)}，需要看 doctor 嗎？",
        f"Hello, {b.zn(zpn)} 的家屬，{'她' if sx == 'f' else '他'}的身分證字號 {b.idn(twid(r), 'twid')}，{b.p(r.choice(['健保卡', 'health insurance card']))} 遺失了，在 {b.p('臺大醫院')} 可以看診嗎？",
    )
    a = "可以先用身分證件掛號，健保卡補發前的費用可事後申請核退。"
    return [u, a]


@tpl("mixed", False, "code-switch", "wechat")
def mx_wechat_codeswitch(b):
    r = b.r
    doc = zp(r)
    mom = zp(r, sex="f")
    u = one(
        r,
        f"{b.zs(doc)}医生，我 mom {b.zn(mom)} 今天 BP {zbp(b)}，{b.p('HR ' + str(r.randint(90, 120)))}，要不要 call 你？我 number {zphone(b, 0)}.",
        f"Dr {b.el(doc.latin())}，{b.zn(mom)} 的 {elab(b)}，{zdrug(b)} 还要继续吃吗？",
    )
    a = "如果没有胸闷、头痛、视物模糊，可以先休息后复测；持续升高请到急诊 ER 就诊。"
    return [u, a]


# ==========================================================================================================
# PHI-free rows: clinical look-alikes only
# ==========================================================================================================
WORDS_ZH = [
    ("医术高明", "这位主任医术高明，我妈的手术很成功。"),
    ("高明的医术", "全靠医生高明的医术，术后恢复得很好。"),
    ("白细胞", "血常规白细胞偏高，是不是有感染？"),
    ("金黄色葡萄球菌", "伤口分泌物培养出金黄色葡萄球菌，对苯唑西林敏感。"),
    ("石膏", "骨折打了石膏，要固定6周。"),
    ("常规", "术前常规要查血常规、凝血和心电图。"),
    ("文献", "医生说查了文献，这种情况手术效果更好。"),
    ("马上", "出现胸痛要马上去急诊吗？"),
    ("黄疸", "宝宝出生第3天黄疸有点高，要照蓝光吗？"),
    ("白蛋白", "白蛋白28g/L偏低，要输白蛋白吗？"),
    ("周期", "化疗每个周期21天，一共6个周期。"),
    ("高峰", "药物浓度在服药后2小时达到高峰。"),
    ("平安", "祝您平安，早日康复。"),
    ("向阳", "病房在向阳的一面，白天比较热。"),
    ("程序", "医保报销程序复杂吗？"),
    ("江湖郎中", "网上那些江湖郎中的偏方能信吗？"),
    ("金银花", "嗓子疼能喝金银花泡水吗？"),
    ("田七", "田七粉和阿司匹林能一起吃吗？"),
    ("杜鹃花", "对杜鹃花花粉过敏会引起哮喘吗？"),
    ("黎明现象", "早上血糖高是不是黎明现象？"),
    ("夏天", "夏天血压会比冬天低一些吗？"),
    ("方便面", "住院期间能吃方便面吗？"),
    ("安康鱼", "术后能吃安康鱼吗？"),
    ("马齿苋", "马齿苋能治腹泻吗？"),
]  # fmt: skip
EPONYM_ZH = [
    "川崎病", "帕金森病", "阿尔茨海默病", "桥本甲状腺炎", "克罗恩病", "唐氏综合征", "马凡综合征", "格林-巴利综合征",
    "霍奇金淋巴瘤", "库欣综合征", "艾迪生病", "雷诺现象", "干燥综合征", "墨菲征", "巴宾斯基征", "麦氏点", "贝尔面瘫",
]  # fmt: skip
EPONYM_EN = [
    "Parkinson's disease", "Crohn's disease", "Hashimoto's thyroiditis", "Bell's palsy", "Guillain-Barré syndrome",
    "Cushing's syndrome", "Addison's disease", "Graves' disease", "Raynaud's phenomenon", "Sjögren's syndrome",
    "Alzheimer's disease", "Down syndrome", "Kawasaki disease", "Hodgkin lymphoma", "Ménière's disease",
    "Tourette syndrome", "Wilson's disease", "Huntington's disease", "Barrett's oesophagus", "Paget's disease",
    "Dupuytren's contracture", "Osgood-Schlatter disease", "Wolff-Parkinson-White syndrome",
]  # fmt: skip
PROC_SURG = [
    "Whipple procedure", "Nissen fundoplication", "Roux-en-Y bypass", "Hartmann's procedure", "Ivor Lewis oesophagectomy",
    "Billroth II gastrectomy", "Bankart repair", "Latarjet procedure", "Ross procedure", "Kasai procedure",
]  # fmt: skip
PROC_TEST = ["Holter monitor", "Romberg test", "Phalen's test", "Tinel's sign", "Schirmer test", "Dix-Hallpike test",
             "Allen test", "Kernig's sign", "Babinski sign", "Murphy's sign"]  # fmt: skip
PROC_EN = [
    "Whipple procedure", "Nissen fundoplication", "Roux-en-Y bypass", "Foley catheter", "Swan-Ganz catheter",
    "Holter monitor", "Epley manoeuvre", "Heimlich manoeuvre", "Hartmann's procedure", "Colles fracture",
    "Babinski sign", "Murphy's sign", "McBurney's point", "Apgar score", "Glasgow Coma Scale", "Wells score",
    "Child-Pugh score", "Gleason score", "Bishop score", "Kernig's sign",
]  # fmt: skip
WORDS_EN = [
    ("Will", "Will I need a living will before the operation?"),
    ("Grace period", "Grace period for the premium is 30 days, so the policy is still active."),
    ("Mark the site", "Mark the site with a skin marker before the patient goes to theatre."),
    ("Bill", "Bill the insurer directly for the scan."),
    ("Frank", "Frank blood in the stool needs same-day review."),
    ("Don", "Don gloves and apron before entering the side room."),
    ("Pat", "Pat the wound dry; don't rub it."),
    ("rose", "Her temperature rose to 38.6 overnight."),
    ("Max", "Max dose of paracetamol is 4 g in 24 hours."),
    ("Art", "Art therapy sessions run on Tuesdays."),
    ("Drew", "Drew blood cultures before the first antibiotic dose."),
    ("Hope", "Hope this helps - the ward is open to visitors until 8 pm."),
    ("Faith", "Faith leaders can visit via the chaplaincy."),
    ("Joy", "Joy of the team when the troponin came back negative."),
    ("Chase", "Chase the CT report before discharge."),
    ("Sterling", "Sterling work by the night team on the sepsis bundle."),
    ("Dawn", "Dawn round is at 6 am on the stroke unit."),
    ("Guy's", "Guy's and St Thomas' share the renal service."),
]  # fmt: skip
HELP_ZH = ["12320", "120", "12356", "心理援助热线12356", "110", "119", "400-161-9995", "114预约挂号"]
HELP_EN = ["NHS 111", "999", "911", "988", "116 123", "1-800-222-1222", "13 11 14", "1800 022 222", "000", "112"]
ICD = [
    ("I10", "原发性高血压", "essential hypertension"), ("E11.9", "2型糖尿病", "type 2 diabetes"),
    ("J45.909", "哮喘", "asthma"), ("K50.90", "克罗恩病", "Crohn's disease"), ("G20", "帕金森病", "Parkinson's disease"),
    ("M30.3", "川崎病", "Kawasaki disease"), ("E06.3", "桥本甲状腺炎", "Hashimoto's thyroiditis"),
    ("N18.3", "慢性肾脏病3期", "CKD stage 3"), ("C34.90", "肺癌", "lung cancer"), ("F32.9", "抑郁发作", "depression"),
    ("M54.5", "腰痛", "low back pain"), ("G51.0", "贝尔面瘫", "Bell's palsy"), ("I48.91", "心房颤动", "atrial fibrillation"),
]  # fmt: skip


@tpl("zh", True, "dose-question", "none")
def zf_dose(b):
    r = b.r
    age = r.randint(45, 90)
    d1, d2 = DRUG_BY_EN[r.choice(b.new_case(chronic=True)["drugs"])], r.choice(DRUGS)
    who = r.choice(["我妈", "我爸", "我家老人", "我婆婆", "我自己"])
    u = one(
        r,
        f"{who}{zage(b, age)}，{b.case['dx'][0]}，现在吃{zdrug(b, d1, True)}和{zdrug(b, d2, True)}，早上血压{zbp(b)}，心率{b.p(str(r.randint(55, 110)) + '次/分')}。能不能把药量加一点？",
        f"{who}血压一直{zbp(b)}左右，医生开了{zdrug(b, d1)}，吃了{b.p(r.choice(['3天', '两周', '一个月']))}头晕，是不是药的副作用？",
        f"{b.p(str(r.randint(1940, 1965)) + '年出生')}的老人，今年{zage(b, age)}，{zdrug(b, d1)}和{zdrug(b, d2)}可以一起吃吗？",
    )
    a = zadvice(b, 2) + one(r, f"{zdrug(b, d1)}一般不需要因为一次读数调整。", "")
    return [u, a]


@tpl("zh", True, "lab-question", "none")
def zf_lab(b):
    r = b.r
    v = vdate(r)
    labs = r.sample(LABS, r.randint(3, 5))
    vals = [zlab(b, x) for x in labs]
    u = (
        f"{zvd(b, v)}{r.choice(['体检', '复查', '住院'])}结果："
        + "，".join(vals)
        + "。"
        + one(r, "哪些需要处理？", "严重吗？", f"上次{zvd(b, later(r, v, -200, -30), 'md')}查的时候都正常。")
    )
    a = one(r, f"{vals[0]}超出参考范围，", "这几项里") + zadvice(b, 2)
    return [u, a]


@tpl("zh", True, "hospital-guide", "none")
def zf_hospital(b):
    r = b.r
    hos = b.p(
        r.choice(
            [
                "复旦大学附属中山医院",
                "中山大学附属第一医院",
                "浙江大学医学院附属邵逸夫医院",
                "中山大学孙逸仙纪念医院",
                "吉林大学白求恩第一医院",
                "上海交通大学医学院附属上海儿童医学中心",
                "宋庆龄儿童医学中心",
            ]
        )
    )
    bld = b.p(r.choice(["逸夫楼", "田家炳楼", "门诊楼", "医技楼"]))
    u = one(
        r,
        f"从{b.p(r.choice(['杭州', '苏州', '南京', '无锡']))}去{hos}看{zdept(b)}，{bld}是门诊还是住院部？在{b.p(str(r.randint(2, 12)) + '楼')}吗？",
        f"{hos}的{bld}几点开门？抽血在{b.p(r.choice(['1楼', '2楼东侧', '负1楼']))}吗？",
    )
    a = one(
        r,
        f"{bld}一般是门诊和医技检查集中的楼，具体楼层以院内导视为准；抽血通常{b.p('7:30')}开始，需空腹。",
        f"建议在医院公众号查看楼层分布，{zdept(b)}门诊一般{b.p('8:00')}开诊。",
    )
    return [u, a]


@tpl("zh", True, "eponym", "none")
def zf_eponym(b):
    r = b.r
    e1, e2 = r.sample(EPONYM_ZH, 2)
    u = one(
        r,
        f"孩子发烧{b.p(str(r.randint(5, 7)) + '天')}，医生怀疑{b.p('川崎病')}，要做心脏彩超。{b.p('川崎病')}和{b.p(e1)}一样是用人名命名的吗？",
        f"我爸{zage(b, r.randint(50, 85))}，确诊{b.p(e1)}，听说和{b.p(e2)}有关系？两个都是人名命名的吗？",
        f"查体{b.p(r.choice(['墨菲征阳性', '巴宾斯基征阴性', '麦氏点压痛']))}，这是什么意思？",
    )
    a = one(
        r,
        f"是的，{b.p('川崎病')}以日本医生的名字命名，治疗常用{b.p('丙种球蛋白 2g/kg')}加{b.p('阿司匹林')}，需复查心脏超声看冠状动脉。",
        f"{b.p(e1)}和{b.p(e2)}是不同的疾病，只是都以最早描述者的名字命名。",
        "这是体格检查中的体征名称，提示可能的病变部位，需要结合化验和影像判断。",
    )
    return [u, a]


@tpl("zh", True, "look-alike-words", "none")
def zf_words(b):
    r = b.r
    picks = r.sample(WORDS_ZH, r.randint(2, 3))
    u = "".join(sent.replace(w, b.p(w), 1) for w, sent in picks)
    if chance(r, 0.4):
        u += f"我{zage(b, r.randint(25, 80))}，平时吃{zdrug(b)}。"
    a = one(
        r,
        "这些都是医学上的常用说法。" + zadvice(b, 1),
        "别太担心，" + zadvice(b, 1),
        f"{b.p('常规')}复查就可以，" + zadvice(b, 1),
    )
    return [u, a]


@tpl("zh", True, "ward-note", "none")
def zf_ward(b):
    r = b.r
    u = (
        f"{b.p(r.choice(['3病区', '心内二病区', '骨科一病区', 'ICU']))}{zbed(b)}，术后第{b.p(str(r.randint(1, 5)) + '天')}，引流量{b.p(str(r.randint(20, 180)) + 'ml')}，"
        f"{zdrug(b)}批号{b.p(lot_no(r))}，有效期至{b.p(f'{r.randint(2025, 2027)}-{r.randint(1, 12):02d}')}。"
        + one(
            r,
            f"{zbed(b)}换药后{zvd(b, vdate(r), 'md')}拆线。",
            "这样记录规范吗？",
            f"体温{b.p(f'{r.uniform(36.4, 38.5):.1f}℃')}。",
        )
    )
    a = "记录要素基本齐全，建议补充引流液性状和伤口情况，批号和有效期核对后签名。"
    return [u, a]


@tpl("zh", True, "helpline", "none")
def zf_helpline(b):
    r = b.r
    h1, h2 = r.sample(HELP_ZH, 2)
    u = one(
        r,
        f"晚上情绪很差睡不着，有没有可以打的热线？{b.p(h1)}能打通吗？",
        f"家里老人突然说话不清，是打{b.p('120')}还是先打{b.p(h2)}？",
        f"对医院收费有疑问，打{b.p('12320')}还是{b.p(h1)}？",
    )
    u += one(
        r, f"老人{zage(b, r.randint(60, 90))}，平时吃{zdrug(b)}。", f"在{zhosp(b)}看过{zdept(b)}。", f"血压{zbp(b)}。"
    )
    a = one(
        r,
        f"心理援助可以拨打{b.p('12356')}；如果有自伤想法，请立即拨打{b.p('120')}或到最近的急诊。",
        f"疑似脑卒中要立即拨打{b.p('120')}，记下发病时间，黄金时间是{b.p('4.5小时')}内。",
        f"{b.p('12320')}是卫生健康热线，可以咨询和投诉。",
    )
    return [u, a]


@tpl("zh", True, "icd-question", "none")
def zf_icd(b):
    r = b.r
    c1, c2 = r.sample(ICD, 2)
    u = f"病案上写着{b.p(c1[0])}和{b.p(c2[0])}，这两个编码分别是什么病？医保报销比例一样吗？"
    a = f"{b.p(c1[0])}对应{b.p(c1[1])}，{b.p(c2[0])}对应{b.p(c2[1])}。报销比例取决于当地医保政策和是否为门诊慢特病。"
    return [u, a]


@tpl("zh", True, "tcm-question", "none")
def zf_tcm(b):
    r = b.r
    herbs = r.sample(
        [
            "徐长卿",
            "刘寄奴",
            "王不留行",
            "何首乌",
            "杜仲",
            "使君子",
            "陈皮",
            "白术",
            "黄芪",
            "田七",
            "金银花",
            "马齿苋",
        ],
        3,
    )
    u = f"中医开了{b.p(herbs[0])} {b.p(str(r.choice([6, 9, 10, 12, 15])) + 'g')}、{b.p(herbs[1])}、{b.p(herbs[2])}，煎服{b.p(r.choice(['7剂', '14剂']))}，和{zdrug(b)}冲突吗？"
    a = one(
        r,
        f"{b.p('何首乌')}有肝损伤的报道，服用期间建议监测肝功能。"
        if "何首乌" in herbs
        else "这几味药一般与西药间隔1-2小时服用即可。",
        "中西药同服最好间隔1小时以上，并告知开药医生正在吃的所有药物。",
    )
    return [u, a]


@tpl("zh", True, "vaccine-question", "none")
def zf_vaccine(b):
    r = b.r
    v = vdate(r)
    u = one(
        r,
        f"宝宝{b.p(str(r.randint(2, 11)) + '月龄')}，{zvd(b, v)}打了{b.p(r.choice(['百白破第2针', '乙肝疫苗第3针', '13价肺炎疫苗', '麻腮风疫苗']))}，当晚体温{b.p(f'{r.uniform(37.5, 38.8):.1f}℃')}，正常吗？",
        f"{zage(b, r.randint(60, 85))}老人能打{b.p(r.choice(['带状疱疹疫苗', '23价肺炎疫苗', '流感疫苗']))}吗？下次是{zvd(b, later(r, v, 30, 180), 'md')}。",
    )
    a = f"接种后{b.p('48小时')}内低热比较常见，可物理降温；超过{b.p('38.5℃')}或持续不退请就医。"
    return [u, a]


@tpl("zh", True, "city-question", "none")
def zf_city(b):
    r = b.r
    c1 = b.p(r.choice(["成都武侯区", "杭州西湖区", "武汉洪山区", "深圳南山区", "郑州金水区"]))
    hos = b.p(r.choice(["北京协和医院", "四川大学华西医院", "上海交通大学医学院附属瑞金医院", "中南大学湘雅医院"]))
    u = f"我在{c1}，想去{hos}看{zdept(b)}，需要先在本地开转诊吗？异地就医备案怎么办？"
    a = f"跨省就医一般需要先在参保地办理异地就医备案，可以通过国家医保服务平台App办理；{hos}的号源在官方公众号放出。"
    return [u, a]


@tpl("zh", True, "clinical-discussion", "none")
def zf_clinical(b):
    r = b.r
    u = one(
        r,
        f"{zage(b, r.randint(55, 85))}男性，突发左侧肢体无力{b.p('2小时')}，{b.p('NIHSS 8分')}，血压{zbp(b)}，能溶栓吗？",
        f"新生儿{b.p('Apgar评分 1分钟7分、5分钟9分')}，需要转NICU吗？",
        f"患者{b.p('GCS 13分')}，{zlab(b)}，{zlab(b)}，下一步怎么处理？",
    )
    u += one(
        r,
        f"既往{b.p(b.case['dx'][0])}，长期口服{zdrug(b)}。",
        f"现在在{zbed(b)}，{zvd(b, vdate(r), 'md')}入院。",
        f"心率{b.p(str(r.randint(50, 130)) + '次/分')}。",
    )
    a = one(
        r,
        f"发病{b.p('4.5小时')}内且无禁忌证可考虑静脉溶栓，溶栓前血压需控制在{b.p('185/110mmHg')}以下。",
        "评分提示总体情况尚可，需结合生命体征动态评估。",
        "建议完善头颅CT和血气分析，密切观察意识变化。",
    )
    return [u, a]


@tpl("en", True, "dose-question", "none")
def ef_dose(b):
    r = b.r
    age = r.randint(40, 92)
    d1, d2 = DRUG_BY_EN[r.choice(b.new_case(chronic=True)["drugs"])], r.choice(DRUGS)
    u = one(
        r,
        f"My dad is {eage(b, age, 'year')}, on {edrug(b, d1, True)} and {edrug(b, d2, True)}. Morning BP {ebp(b)}, {b.p('pulse ' + str(r.randint(50, 110)))}. Can the dose go up?",
        f"I've been on {edrug(b, d1)} for {b.p(r.choice(['3 days', 'two weeks', 'a month']))} and feel dizzy when I stand. Is that the tablets?",
        f"Is it OK to take {edrug(b, d1)} with {edrug(b, d2)}? I'm {eage(b, age, 'year')}.",
    )
    a = eadvice(b, 2)
    return [u, a]


@tpl("en", True, "lab-question", "none")
def ef_lab(b):
    r = b.r
    v = vdate(r)
    labs = r.sample(LABS, r.randint(3, 5))
    vals = [elab(b, x) for x in labs]
    u = (
        f"Results from {evd(b, v)}: "
        + ", ".join(vals)
        + ". "
        + one(r, "Anything to worry about?", "Do I need a repeat?", "What's flagged?")
    )
    a = f"The {vals[0]} is outside the usual range. " + eadvice(b, 1)
    return [u, a]


@tpl("en", True, "eponym", "none")
def ef_eponym(b):
    r = b.r
    e1, e2 = r.sample(EPONYM_EN, 2)
    pr = r.choice(PROC_EN)
    u = one(
        r,
        f"My mum has {b.p(e1)} and now they're checking for {b.p(e2)}. Are they related?",
        f"The letter mentions {b.p(e1)} and a {b.p(pr)}. What does that mean?",
        f"Is {b.p(e1)} inherited? My GP said the {b.p(r.choice(PROC_TEST))} was normal.",
    )
    u += one(
        r,
        f" {'She' if chance(r, 0.5) else 'He'} is {eage(b, r.randint(20, 88), 'year')} and takes {edrug(b, freq=True)}.",
        f" Diagnosed at {ehosp(b)} in {b.p(str(r.randint(2005, 2023)))}.",
        f" Latest {elab(b)}.",
    )
    a = (
        f"{b.p(e1)} is named after the doctor who first described it; the name says nothing about the cause. "
        + eadvice(b, 1)
    )
    return [u, a]


@tpl("en", True, "hospital-guide", "none")
def ef_hospital(b):
    r = b.r
    h1, h2 = r.sample(EN_HOSP, 2)
    u = one(
        r,
        f"I've been referred from {b.p(h1)} to {b.p(h2)} for a second opinion. Do I need a new referral letter?",
        f"Which entrance at {b.p(h1)} is closest to {b.p(r.choice(EN_WARD))}? Parking is a nightmare.",
        f"Is {b.p(h1)} better than {b.p(h2)} for {edept(b)}?",
    )
    u += one(
        r,
        f" Appointment is {evd(b, vdate(r), 'day')} at {b.p(str(r.randint(8, 16)) + ':' + r.choice(['00', '30']))}.",
        f" I'm {eage(b, r.randint(30, 85), 'year')} with {b.p(b.case['dx'][1])}.",
        f" They want {elab(b)} repeated first.",
    )
    a = (
        one(
            r,
            "Hospitals usually accept the original referral for a second opinion, but check with the receiving department. ",
            "Signs from the main entrance list each ward, and most sites have a drop-off bay by outpatients. ",
        )
        + f"Bring your last clinic letter and a list of medicines such as {edrug(b)}."
    )
    return [u, a]


@tpl("en", True, "look-alike-words", "none")
def ef_words(b):
    r = b.r
    picks = r.sample(WORDS_EN, 3)
    u = " ".join(s.replace(w, b.p(w), 1) for w, s in picks[:2])
    a = one(r, "Those are standard ward phrases. ", "Noted. ") + picks[2][1].replace(picks[2][0], b.p(picks[2][0]), 1)
    return [u, a]


@tpl("en", True, "ward-note", "none")
def ef_ward(b):
    r = b.r
    u = (
        f"{b.p(r.choice(EN_WARD))}, {ebed(b)}: {b.p('day ' + str(r.randint(1, 5)) + ' post-op')}, drain {b.p(str(r.randint(10, 160)) + ' mL')}. "
        f"{edrug(b)} batch {b.p(lot_no(r))}, expiry {b.p(f'{r.randint(1, 12):02d}/{r.randint(2025, 2027)}')}. "
        + one(
            r,
            f"Moved to {ebed(b)} at {b.p(str(r.randint(10, 23)) + ':00')}.",
            "Is this note complete?",
            f"{b.p(f'Temp {r.uniform(36.2, 38.6):.1f}')}.",
        )
    )
    a = "Add the wound appearance, pain score and who checked the batch number, then sign and time the entry."
    return [u, a]


@tpl("en", True, "helpline", "none")
def ef_helpline(b):
    r = b.r
    region = r.choice(["uk", "us", "au"])
    if region == "uk":
        kid = r.choice(["son", "daughter", "toddler", "baby"])
        u = one(
            r,
            f"Who do I call at night if my {kid}'s temperature is {b.p(f'{r.uniform(38.5, 40.2):.1f}')}? {b.p('NHS 111')} or {b.p('999')}?",
            f"My {kid} has had {b.p(f'a temperature of {r.uniform(38.5, 40.2):.1f}')} since teatime. {b.p('NHS 111')} or straight to {b.p('A&E')}?",
        )
        a = f"Call {b.p('NHS 111')} for advice; {b.p('999')} if he is floppy, has a rash that doesn't fade, or is struggling to breathe. {b.p('Samaritans on 116 123')} is there if you need to talk."
    elif region == "us":
        u = f"My toddler swallowed a tablet of {edrug(b)}. Do I call {b.p('911')} or {b.p('Poison Control')}?"
        a = f"Call {b.p('Poison Help at 1-800-222-1222')} right away; call {b.p('911')} if the child is drowsy or having trouble breathing. For a mental health crisis you can call or text {b.p('988')}."
    else:
        u = f"Is {b.p('13 11 14')} the right number for Lifeline, and what's the after-hours GP line?"
        a = f"Yes, Lifeline is {b.p('13 11 14')}. healthdirect is {b.p('1800 022 222')}; for emergencies call {b.p('000')}."
    return [u, a]


@tpl("en", True, "icd-question", "none")
def ef_icd(b):
    r = b.r
    c1, c2 = r.sample(ICD, 2)
    u = f"My claim lists {b.p(c1[0])} and {b.p(c2[0])}. What are those codes?"
    a = f"{b.p(c1[0])} is {b.p(c1[2])} and {b.p(c2[0])} is {b.p(c2[2])} in ICD-10. The insurer uses them to match the claim to your policy."
    return [u, a]


@tpl("en", True, "scores", "none")
def ef_scores(b):
    r = b.r
    u = one(
        r,
        f"Baby's {b.p('Apgar scores were 7 and 9')}. Should we be worried?",
        f"His {b.p(f'CHA2DS2-VASc score is {r.randint(1, 6)}')} - does that mean {edrug(b, DRUGS[21])}?",
        f"{b.p(f'GCS {r.randint(9, 15)}')} on arrival, {b.p(f'Wells score {r.randint(1, 7)}')}, D-dimer {b.p(f'{r.uniform(0.3, 3.0):.2f} mg/L')}. CTPA next?",
        f"Her {b.p(f'MMSE is {r.randint(14, 29)}/30')} and {b.p(f'PHQ-9 {r.randint(3, 22)}')}. Which clinic?",
    )
    u += one(
        r,
        f" BP {ebp(b)}, {elab(b)}.",
        f" Seen in {edept(b)} on {evd(b, vdate(r))}.",
        f" {ebed(b)}, {b.p(r.choice(EN_WARD))}.",
    )
    a = "Scores like these help guide decisions but are always read alongside the clinical picture. " + eadvice(b, 1)
    return [u, a]


@tpl("en", True, "procedure-question", "none")
def ef_procedures(b):
    r = b.r
    p1, p2 = r.sample(PROC_SURG, 2)
    u = f"Surgeon mentioned a {b.p(p1)} and possibly a {b.p(p2)}. How long is recovery? I'm {eage(b, r.randint(40, 80), 'year')}."
    a = f"Recovery varies; many people are in hospital for {b.p(r.choice(['3-5 days', '1-2 weeks', 'a few days']))} and back to light activity in {b.p(r.choice(['6 weeks', '4-6 weeks', 'two months']))}."
    return [u, a]


@tpl("en", True, "vaccine-question", "none")
def ef_vaccine(b):
    r = b.r
    v = vdate(r)
    u = one(
        r,
        f"My {b.p(str(r.randint(2, 12)) + '-month-old')} had the {b.p(r.choice(['MMR', '6-in-1', 'MenB', 'pneumococcal']))} vaccine on {evd(b, v)} and has {b.p(f'a temp of {r.uniform(37.6, 38.9):.1f}')}. Normal?",
        f"I'm {eage(b, r.randint(65, 85), 'year')} - should I get the {b.p(r.choice(['shingles', 'RSV', 'flu', 'pneumococcal']))} jab? Next clinic is {evd(b, later(r, v, 10, 90), 'day')}.",
    )
    a = f"A mild fever in the first {b.p('48 hours')} is common. Give {b.p('paracetamol')} if needed and seek advice if it goes above {b.p('39')} or lasts more than two days."
    return [u, a]


CITIES = {"uk": ["Leeds", "Manchester", "Bristol", "Cardiff", "Glasgow", "Oxford"], "us": ["Boston", "Denver", "Austin", "Seattle"],
          "au": ["Melbourne", "Geelong", "Sydney", "Newcastle"], "ca": ["Toronto", "Mississauga", "Ottawa", "Hamilton"]}  # fmt: skip


@tpl("en", True, "city-question", "none")
def ef_city(b):
    r = b.r
    b.region = r.choice(["uk", "us", "au", "ca"])
    c1, c2 = r.sample(CITIES[b.region], 2)
    u = f"I live in {b.p(c1)} but work in {b.p(c2)}. Can I register with a GP near work and still go to {ehosp(b)}?"
    a = "In most systems you can choose a practice near work, though home visits won't be available. Hospital referrals follow your GP's usual pathways."
    return [u, a]


@tpl("mixed", True, "bilingual-drugs", "none")
def mf_drugs(b):
    r = b.r
    d1, d2 = r.sample(DRUGS, 2)
    u = one(
        r,
        f"医生开了 {b.p(d1[0])}（{edrug(b, d1)}）{d1[4]}，和 {edrug(b, d2)} 一起吃 OK 吗？BP 现在 {ebp(b)}。",
        f"{b.p(d1[1])} 的中文名是 {b.p(d1[0])} 吗？剂量 {b.p(d1[2])} 等于 {b.p(d1[3])}？",
    )
    a = f"是的，{b.p(d1[1])} 就是 {b.p(d1[0])}。" + zadvice(b, 1)
    return [u, a]


@tpl("mixed", True, "bilingual-labs", "none")
def mf_labs(b):
    r = b.r
    labs = r.sample(LABS, 3)
    u = (
        "Lab results 化验: "
        + "; ".join(elab(b, x) if chance(r, 0.5) else zlab(b, x) for x in labs)
        + "。"
        + one(r, "需要 follow up 吗？", "What does H mean?", "严重吗？")
    )
    a = "H 表示 high，高于参考范围。" + zadvice(b, 1)
    return [u, a]


@tpl("mixed", True, "bilingual-eponym", "none")
def mf_eponym(b):
    r = b.r
    pairs = [("川崎病", "Kawasaki disease", "M30.3"), ("克罗恩病", "Crohn's disease", "K50.90"),
             ("帕金森病", "Parkinson's disease", "G20"), ("桥本甲状腺炎", "Hashimoto's thyroiditis", "E06.3"),
             ("阿尔茨海默病", "Alzheimer's disease", "G30.9"), ("唐氏综合征", "Down syndrome", "Q90.9")]  # fmt: skip
    z, e, code = r.choice(pairs)
    u = f"报告写的是 {b.p(e)}，就是 {b.p(z)} 吧？ICD code {b.p(code)} 对吗？"
    a = f"对，{b.p(e)} 即 {b.p(z)}，编码 {b.p(code)} 没错；病名来自最早描述它的医生。"
    return [u, a]


@tpl("mixed", True, "bilingual-hospital", "none")
def mf_hospital(b):
    r = b.r
    pairs = [("玛丽医院", "Queen Mary Hospital"), ("邵逸夫医院", "Sir Run Run Shaw Hospital"),
             ("孙逸仙纪念医院", "Sun Yat-sen Memorial Hospital"), ("威尔斯亲王医院", "Prince of Wales Hospital"),
             ("协和医院", "Peking Union Medical College Hospital"), ("伊利沙伯医院", "Queen Elizabeth Hospital")]  # fmt: skip
    z, e = r.choice(pairs)
    u = f"{b.p(e)} 的中文名是 {b.p(z)} 吗？{b.p(r.choice(ZH_BUILD))} 在哪里？"
    a = f"是的，{b.p(e)} 即 {b.p(z)}。院内楼宇可以在官网的 map 上查到。"
    return [u, a]


@tpl("mixed", True, "code-switch", "none")
def mf_codeswitch(b):
    r = b.r
    u = one(
        r,
        f"这个 patient 的 BP {zbp(b)}，先加 {edrug(b)} qd，{b.p('two weeks')} 后 recheck。",
        f"{zbed(b)} 那个 case，{elab(b)}，要不要 consult {b.p(r.choice(['nephrology', 'cardiology', '肾内科', '心内科']))}？",
        f"Ward round: {ebed(b)} {b.p(b.case['dx'][1])}，{zlab(b)}，plan 明天 discharge。",
    )
    a = "同意，注意复查电解质和肾功能。"
    return [u, a]


@tpl("mixed", True, "bilingual-tcm", "none")
def mf_tcm(b):
    r = b.r
    pairs = [("何首乌", "Polygonum multiflorum"), ("田七", "Panax notoginseng"), ("陈皮", "dried tangerine peel"),
             ("黄芪", "Astragalus"), ("杜仲", "Eucommia bark"), ("金银花", "honeysuckle")]  # fmt: skip
    z, e = r.choice(pairs)
    u = f"中药 {b.p(z)}（{b.p(e)}）能和 {edrug(b)} 一起吃吗？"
    a = f"{b.p(z)} 可能影响肝功能或凝血，建议间隔服用并告知医生。"
    return [u, a]


# ==========================================================================================================
# Contact-heavy rows: forms and messages where names are the minority of identifiers
# ==========================================================================================================
@tpl("zh", False, "order", "online-pharmacy", weight=2)
def zh_delivery(b):
    r = b.r
    p = zp(r)
    lab, mrn = zmrn(b, r.choice(["门诊号", "就诊卡号", "ID号"]))
    who = one(r, "本人", "家属代收", "本人")
    body = (
        f"【互联网医院·处方药配送】\n收货人：{b.zn(p)}（{who}）\n手机：{zphone(b, 0)}\n收货地址：{zaddr(b)}\n"
        f"处方药品：{zdrug(b)} ×{r.randint(1, 4)}盒　{lab}：{mrn}\n配送方式：{r.choice(['顺丰冷链', '同城配送', '快递'])}"
    )
    u = one(r, "药什么时候能到？", "帮我看下这个订单信息对不对：", "地址填错了怎么办？") + "\n" + body
    turns = [u]
    if chance(r, 0.5):
        turns.append("处方药配送一般1-3天送达，冷链药品请当天签收并及时放入冰箱冷藏。")
        turns.append(
            one(
                r,
                f"地址应该是{zaddr(b, rural=False)}，电话也换成{zphone(b, 0)}了。",
                f"收件电话改成{zphone(b, 0)}，谢谢。",
            )
        )
        turns.append("订单发货前可以在“我的订单”里修改收货信息，已发货的请联系快递改派。")
    else:
        turns.append("订单信息完整。签收时请核对药品名称和数量，有问题在48小时内反馈。")
    return turns


@tpl("zh", False, "form", "patient-portal", weight=2)
def zh_update_contact(b):
    r = b.r
    p = zp(r)
    d = rdate(r, 1945, 2005)
    lab, mrn = zmrn(b, r.choice(["就诊卡号", "病案号", "登记号"]))
    lines = [
        "就诊人信息变更申请",
        f"{lab}：{mrn}",
        f"姓名：{b.zn(p)}　身份证号：{b.idn(cn_id(r, d, p.sex), 'cnid')}",
        f"原联系电话：{zphone(b, 0.2)}",
        f"新联系电话：{zphone(b, 0)}",
    ]
    if chance(r, 0.7):
        lines.append(f"新住址：{zaddr(b)}")
    if chance(r, 0.4):
        lines.append(f"电子邮箱：{zemail(b, p)}")
    q = one(r, "在医院公众号上改就诊人信息，这样填对吗？", "帮我看看这张变更申请：")
    a = "填写正确。提交后一般1个工作日内审核，身份证号和姓名不能在线修改，如有错误需本人持证到窗口办理。"
    return [q + "\n" + "\n".join(lines), a]


@tpl("zh", False, "form", "registration-desk", weight=2)
def zh_registration(b):
    r = b.r
    p = zp(r)
    d = rdate(r, 1940, 2010)
    lines = [
        "门诊建档登记表",
        f"姓名：{b.zn(p)}　性别：{'女' if p.sex == 'f' else '男'}　出生日期：{b.dob(dob_zh(r, d, r.choice(['full', 'iso', 'pad', 'dot'])))}",
        f"证件号码：{b.idn(cn_id(r, d, p.sex), 'cnid')}",
        f"手机号码：{zphone(b, 0)}",
        f"现住址：{zaddr(b)}",
    ]
    if chance(r, 0.5):
        lines.append(f"电子邮箱：{zemail(b, p)}")
    lines.append(
        "紧急联系人："
        + one(
            r,
            f"{b.zn(zp(r))}　电话：{zphone(b, 0.3)}",
            f"{r.choice(['配偶', '父亲', '母亲', '子女'])}　电话：{zphone(b, 0.3)}",
        )
    )
    q = one(r, "第一次来医院，建档表这样填可以吗？", "帮我检查建档信息有没有漏项：")
    a = "信息齐全。建档后会生成就诊卡号，之后挂号、缴费、查报告都用这个号。"
    return [q + "\n" + "\n".join(lines), a]


@tpl("zh", False, "voicemail", "call-centre", weight=2)
def zh_voicemail(b):
    r = b.r
    p = zp(r)
    d = rdate(r, 1950, 2000)
    lab, mrn = zmrn(b, r.choice(["门诊号", "就诊卡号", "住院号"]))
    u = one(
        r,
        f"语音留言转写：喂，您好，我是{b.zn(p)}，{b.dob(dob_zh(r, d, r.choice(['short', 'nian', 'full'])))}生的，{lab}{mrn}，我想把下周的{zdept(b)}复诊改到周五，麻烦回电{zphone(b, 0.2)}，谢谢。",
        f"留言：患者本人来电，{lab}{mrn}，出生日期{b.dob(dob_zh(r, d))}，反映{zvd(b, vdate(r), 'md')}的检查没收到短信，回拨{zphone(b, 0)}。",
    )
    q = one(r, "把这条留言整理成待办事项：", "")
    a = "待办：核实患者身份后修改预约，并回电确认新的就诊时间。"
    return [(q + "\n" if q else "") + u, a]


@tpl("zh", False, "request", "medical-records", weight=2)
def zh_records_request(b):
    r = b.r
    p = zp(r)
    agent = zp(r)
    d = rdate(r, 1940, 2000)
    lab, mrn = zmrn(b, r.choice(["住院号", "病案号"]))
    v = vdate(r)
    own = chance(r, 0.5)
    lines = [
        "病案复印邮寄申请",
        f"患者姓名：{b.zn(p)}　{lab}：{mrn}　出院日期：{zvd(b, v, 'iso')}",
        f"患者身份证号：{b.idn(cn_id(r, d, p.sex), 'cnid')}",
        ("申请人：本人" if own else f"代办人：{b.zn(agent)}（{r.choice(['配偶', '子女', '父母'])}）"),
        f"收件地址：{zaddr(b)}",
        f"收件电话：{zphone(b, 0)}",
        f"复印内容：{b.p(r.choice(['出院记录', '手术记录', '病理报告', '检验报告']))}、{b.p(r.choice(['病案首页', '医嘱单', '影像报告']))}",
    ]
    q = one(r, "申请邮寄病历复印件，这样写可以吗？", "病案室让我填这张表，帮我看看：")
    a = "可以。代办需提供双方身份证复印件和关系证明，邮寄费用一般到付。"
    return [q + "\n" + "\n".join(lines), a]


@tpl("en", False, "form", "patient-portal", weight=2)
def en_update_details(b):
    r = b.r
    region = b.region = region_of(r)
    p = ep(r)
    d = rdate(r, 1940, 2005)
    lab, mrn = emrn(b)
    lines = [
        "Change of personal details",
        f"Name: {b.en(p, r.choice(['fl', 'Lf', 'fml']))}   {lab}: {mrn}   DOB: {b.dob(dob_en(r, d))}",
        f"Previous address: {en_addr(b, region)}",
        f"New address: {en_addr(b, region)}",
        f"New mobile: {en_phone(b, region)}",
    ]
    if chance(r, 0.6):
        lines.append(f"Email: {eemail(b, p, region)}")
    q = one(r, "Is this enough to update my records?", "Submitting this on the portal - anything missing?")
    a = "That covers it. Practices usually also ask you to confirm which pharmacy you use, and whether you're happy to receive texts."
    return [q + "\n\n" + "\n".join(lines), a]


@tpl("en", False, "form", "registration-desk", weight=2)
def en_registration(b):
    r = b.r
    region = b.region = region_of(r, ("uk", "us", "uk", "us", "au"))
    p = ep(r)
    d = rdate(r, 1940, 2010)
    lines = [
        "NEW PATIENT REGISTRATION",
        f"Surname: {b.el(p, upper=chance(r, 0.5))}   First name(s): {b.ef(p)}",
        f"Date of birth: {b.dob(dob_en(r, d, 'us' if region == 'us' else r.choice(['uk', 'dot', 'long_uk'])))}",
    ]
    if region == "uk":
        lines.append(f"NHS number (if known): {b.idn(nhs_number(r), 'nhs')}")
    elif region == "us":
        lines.append(f"SSN (last 4 optional): {b.idn(ssn(r))}")
    else:
        lines.append(f"Medicare no.: {b.idn(medicare_au(r), 'medicare')}")
    lines += [f"Address: {en_addr(b, region)}", f"Mobile: {en_phone(b, region)}"]
    if chance(r, 0.6):
        lines.append(f"Email: {eemail(b, p, region)}")
    if chance(r, 0.5):
        nok = ep(r)
        rel = r.choice(
            ["wife", "mother", "partner", "daughter"] if nok.sex == "f" else ["husband", "father", "partner", "son"]
        )
        lines.append(f"Next of kin: {b.en(nok, 'fl')} ({rel}) {en_phone(b, region)}")
    else:
        lines.append(f"Emergency contact number: {en_phone(b, region)}")
    q = one(r, "Have I filled this in right?", "Check my registration form please:")
    a = "It looks complete. Bring photo ID and proof of address when you hand it in."
    return [q + "\n\n" + "\n".join(lines), a]


VOICE_LABEL = {"MRN": "MRN", "Hospital No.": "hospital number", "UR": "UR number", "Patient ID": "patient ID"}


@tpl("en", False, "voicemail", "call-centre", weight=2)
def en_voicemail(b):
    r = b.r
    region = b.region = region_of(r)
    p = ep(r)
    d = rdate(r, 1935, 2004)
    lab, mrn = emrn(b, r.choice(["MRN", "Hospital No.", "UR", "Patient ID"]))
    u = one(
        r,
        f"Voicemail transcript: Hi, it's {b.en(p, 'fl')}, date of birth {b.dob(dob_en(r, d, r.choice(['long_uk', 'long_us', 'ord'])))}, calling about my {b.p(r.choice(['MRI', 'colonoscopy', 'echo', 'bloods']))}. "
        f"My {VOICE_LABEL[lab]} is {mrn}. Could someone ring me back on {en_phone(b, region)}? Thanks.",
        f"Message: patient called, DOB {b.dob(dob_en(r, d))}, {lab} {mrn}, asking to move {evd(b, vdate(r), 'day')} appointment. Call back {en_phone(b, region)}.",
    )
    q = one(r, "Turn this into a task for the admin team:", "")
    a = "Task: verify identity, rebook the appointment and call the patient back to confirm."
    return [(q + "\n" if q else "") + u, a]


@tpl("en", False, "request", "medical-records", weight=2)
def en_records_request(b):
    r = b.r
    region = b.region = region_of(r, ("us", "uk", "ca"))
    p = ep(r)
    d = rdate(r, 1940, 2004)
    lab, mrn = emrn(b)
    v = vdate(r)
    lines = [
        "Request for copy of health records",
        f"Patient: {b.en(p, r.choice(['fl', 'LF']))}   DOB: {b.dob(dob_en(r, d))}   {lab}: {mrn}",
        f"Records requested: {b.p(r.choice(['discharge summary', 'operation note', 'imaging reports', 'all records']))} from {evd(b, v, 'long_uk')}",
        f"Send to: {en_addr(b, region)}",
        f"or by secure email to {eemail(b, p, region)}",
        f"Daytime phone: {en_phone(b, region)}",
    ]
    q = one(r, "Is this request form OK?", "How long will this take?")
    a = "The form is fine. Records offices normally respond within one month; they may ask for ID before releasing anything."
    return [q + "\n\n" + "\n".join(lines), a]


@tpl("mixed", False, "bilingual-form", "registration-desk", weight=2)
def mx_registration(b):
    r = b.r
    p = zp(r)
    d = rdate(r, 1950, 2008)
    region = b.region = region_of(r, ("us", "uk", "au", "ca"))
    lines = [
        "患者登记 Patient registration",
        f"姓名 Name: {b.zn(p)}　拼音 Pinyin: {b.en(p.latin(case='upper'), 'fl')}",
        f"出生日期 DOB: {b.dob(dob_en(r, d, r.choice(['iso', 'uk', 'long_uk'])))}",
        f"护照号 Passport: {b.idn(passport(r, 'cn'))}",
        f"电话 Phone: {en_phone(b, region) if chance(r, 0.5) else zphone(b, 0)}",
        f"地址 Address: {en_addr(b, region) if chance(r, 0.6) else zaddr(b, rural=False)}",
    ]
    if chance(r, 0.5):
        lines.append(f"邮箱 Email: {zemail(b, p)}")
    q = one(r, "Please check this form 帮我检查一下：", "这张中英文登记表填对了吗？")
    a = "填写完整。英文姓名请与护照一致，地址写当前居住地址即可。"
    return [q + "\n" + "\n".join(lines), a]


@tpl("mixed", False, "voicemail", "call-centre")
def mx_voicemail(b):
    r = b.r
    p = zp(r)
    d = rdate(r, 1945, 2000)
    lab, mrn = zmrn(b, r.choice(["门诊号", "病案号"]))
    u = one(
        r,
        f"Voicemail 转写：您好，我是{b.zn(p)}，DOB {b.dob(dob_en(r, d, r.choice(['iso', 'uk'])))}，{lab} {mrn}，想 reschedule 下周的 appointment，请回电 {zphone(b, 0)}。",
        f"留言 message: {b.en(p.latin(), 'fl')}（{b.zn(p)}）called, {lab} {mrn}, 要求把 MRI 改到下午, call back {zphone(b, 0.2)}.",
    )
    a = "待办 To do：核对身份后改约，并回电确认 new time。"
    return [u, a]


# ==========================================================================================================
# Assembly and checks
# ==========================================================================================================
def parse_marked(s, table):
    """Strip markers; return clean text, mention intervals (start, end, table index) and protect intervals."""
    out, ments, prots = [], [], []
    pos = 0
    i = 0
    while i < len(s):
        c = s[i]
        if c == M_OPEN:
            j = s.index(M_MID, i)
            k = s.index(M_CLOSE, j)
            idx = int(s[i + 1 : j])
            text = s[j + 1 : k]
            if any(x in text for x in (M_OPEN, M_MID, P_OPEN, P_CLOSE)) or text != table[idx][1]:
                raise ValueError(f"nested or broken marker in {s!r}")
            ments.append((pos, pos + len(text), idx))
            out.append(text)
            pos += len(text)
            i = k + 1
        elif c == P_OPEN:
            k = s.index(P_CLOSE, i)
            text = s[i + 1 : k]
            if any(x in text for x in (M_OPEN, M_MID, M_CLOSE, P_OPEN)):
                raise ValueError(f"nested marker in protect {text!r}")
            prots.append((pos, pos + len(text), text))
            out.append(text)
            pos += len(text)
            i = k + 1
        elif c in (M_MID, M_CLOSE, P_CLOSE):
            raise ValueError(f"stray marker in {s!r}")
        else:
            out.append(c)
            pos += 1
            i += 1
    return "".join(out), ments, prots


def is_wc(ch):
    return ch.isalnum() and ord(ch) < 0x2E80


def has_latin(s):
    return any(c.isalpha() and ord(c) < 0x2E80 for c in s)


def find_all(text, pat, ci=False):
    if ci:
        text, pat = text.lower(), pat.lower()
    res = []
    i = text.find(pat)
    while i != -1:
        res.append((i, i + len(pat)))
        i = text.find(pat, i + 1)
    return res


def whole(text, s, e, pat):
    if is_wc(pat[0]) and s > 0 and is_wc(text[s - 1]):
        return False
    return not (is_wc(pat[-1]) and e < len(text) and is_wc(text[e]))


def occ_part(text, p):
    """Occurrences of a part: Latin parts as whole words ignoring case, all others as plain substrings."""
    if has_latin(p):
        return [(s, e) for s, e in find_all(text, p, ci=True) if whole(text, s, e, p)]
    return find_all(text, p)


DETECTORS = [
    ("mainland mobile", re.compile(r"(?<![\d+])1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)")),
    ("resident id", re.compile(r"(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])")),
    ("e-mail", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")),
    ("ssn", re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")),
    ("uk mobile", re.compile(r"(?<!\d)07\d{3} ?\d{6}(?!\d)")),
]
CHECKERS = {"cnid": cn_id_valid, "nhs": nhs_valid, "hkid": hkid_valid, "twid": twid_check, "medicare": medicare_valid}


def ohip_valid(s):
    return luhn_ok("".join(c for c in s if c.isdigit()))


CHECKERS["ohip"] = ohip_valid


def check_row(row, cover, meta):
    errs = []
    turns = row["turns"]
    if not 1 <= len(turns) <= 4:
        errs.append("turn count")
    for t in turns:
        if not t.strip() or re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", t) or len(t.lower()) != len(t):
            errs.append("empty turn or control character")

    def inside(ti, s, e):
        return any(a <= s and e <= z for a, z in cover[ti])

    for sp in row["spans"]:
        T = sp["text"]
        if sp["kind"] not in KINDS or not sp["parts"]:
            errs.append(f"bad span {sp}")
        if not any(T in t for t in turns):
            errs.append(f"span not verbatim {T!r}")
        for p in sp["parts"]:
            if not p or p not in T:
                errs.append(f"part {p!r} not inside span {T!r}")
        for ti, t in enumerate(turns):
            for s, e in find_all(t, T):
                if has_latin(T) and not whole(t, s, e, T):
                    errs.append(f"Latin span {T!r} inside a longer word")
                if not inside(ti, s, e):
                    errs.append(f"unlabelled occurrence of span {T!r}")
            for p in sp["parts"]:
                for s, e in occ_part(t, p):
                    if not inside(ti, s, e):
                        errs.append(f"occurrence of part {p!r} outside labelled spans: {t[max(0, s - 8) : e + 8]!r}")
    for P in row["protect"]:
        if not any(P in t for t in turns):
            errs.append(f"protect not verbatim {P!r}")
        for sp in row["spans"]:
            for q in [sp["text"]] + sp["parts"]:
                if occ_part(P, q) or P in q:
                    errs.append(f"protect {P!r} contains or sits in span/part {q!r}")
        for ti, t in enumerate(turns):
            for s, e in find_all(t, P):
                if any(s < z and a < e for a, z in cover[ti]):
                    errs.append(f"protect {P!r} overlaps a span")
    for ti, t in enumerate(turns):
        for name, rx in DETECTORS:
            for m in rx.finditer(t):
                if not inside(ti, m.start(), m.end()):
                    errs.append(f"unlabelled {name}: {m.group()!r}")
    texts = {sp["text"] for sp in row["spans"]}
    for check, val in meta:
        if val in texts and not CHECKERS[check](val):
            errs.append(f"invalid {check} {val}")
    for sp in row["spans"]:
        if sp["kind"] == "ID":
            compact = re.sub(r"[ -]", "", sp["text"])
            if re.fullmatch(r"\d{17}[\dX]", compact) and not cn_id_valid(compact):
                errs.append(f"invalid resident id {sp['text']}")
            if re.fullmatch(r"\d{10}", compact) and any("NHS" in t for t in turns) and not nhs_valid(compact):
                errs.append(f"invalid NHS number {sp['text']}")
    if row["source"] == "none":
        if row["spans"]:
            errs.append("PHI-free row has spans")
        if len(row["protect"]) < 3:
            errs.append("PHI-free row protects fewer than 3 values")
    elif not row["spans"]:
        errs.append("PHI row without spans")
    return errs


def followup(b, lang):
    """A further user/assistant exchange for PHI-free rows: more look-alikes, still no identifiers."""
    r = b.r
    if lang == "zh":
        return one(
            r,
            [
                f"那{zdrug(b)}要吃多久？",
                f"一般需要长期服用，{b.p(r.choice(['3个月', '半年']))}后复查{b.p(case_lab(b)[0])}再评估。",
            ],
            [f"{zvd(b, vdate(r), 'md')}复查可以吗？", f"可以，复查前一晚{b.p('22点')}后禁食，早上{b.p('8点')}前抽血。"],
            [
                f"在{zhosp(b)}{b.p(r.choice(ZH_BUILD))}做检查方便吗？",
                f"可以，{zdept(b)}在门诊楼，检查结果一般{b.p('3个工作日')}出。",
            ],
        )
    if lang == "en":
        return one(
            r,
            [
                f"How long will I be on {edrug(b)}?",
                f"Usually long term; we'd recheck your {b.p(case_lab(b)[1])} in {b.p(r.choice(['3 months', 'six months']))}.",
            ],
            [
                f"Can I have the repeat test on {evd(b, vdate(r), 'day')}?",
                f"Yes - fast from {b.p('10 pm')} and come before {b.p('9 am')}.",
            ],
            [f"Is {ehosp(b)} OK for the scan?", f"Yes, {edept(b)} there reports within {b.p('5 working days')}."],
        )
    return one(
        r,
        [f"{edrug(b)} 要吃多久？", f"一般 long term，{b.p('3个月')}后 recheck {b.p(case_lab(b)[1])}。"],
        [f"Follow-up 可以约在 {zvd(b, vdate(r), 'md')} 吗？", f"可以，记得 fasting，{b.p('8点')}前抽血。"],
    )


def build(r, rid, lang, fn, style, source):
    b = Row(r)
    marked = fn(b)
    if len(marked) >= 2 and chance(r, 0.12):
        marked = marked[:1]
    elif len(marked) == 2 and chance(r, 0.3 if source == "none" else 0.15):
        marked += followup(b, lang)
    if len(marked) == 4 and chance(r, 0.3):
        marked = marked[:3]
    turns, cover, spans, protect = [], [], {}, {}
    for t in marked:
        clean, ments, prots = parse_marked(t, b.table)
        turns.append(clean)
        cover.append([(s, e) for s, e, _ in ments])
        for _, _, idx in ments:
            kind, text, parts = b.table[idx]
            key = (kind, text)
            if key in spans and spans[key] != list(parts):
                spans[key] = sorted(set(spans[key]) | set(parts), key=lambda x: (-len(x), x))
            else:
                spans.setdefault(key, list(parts))
        for _, _, text in prots:
            protect.setdefault(text, None)
    row = {
        "id": rid,
        "lang": lang,
        "style": style,
        "source": source,
        "turns": turns,
        "spans": [{"kind": k, "text": t, "parts": p} for (k, t), p in spans.items()],
        "protect": list(protect),
    }
    return row, check_row(row, cover, b.meta)


def plan_rows(r):
    n_zh, n_en = round(N_ROWS * 0.45), round(N_ROWS * 0.40)
    n_mx = N_ROWS - n_zh - n_en
    plan = []
    for lang, n in (("zh", n_zh), ("en", n_en), ("mixed", n_mx)):
        free = round(n * 0.25)
        plan += [(lang, True)] * free + [(lang, False)] * (n - free)
    r.shuffle(plan)
    return plan


def main(argv):
    debug = "--debug" in argv
    r = Random(SEED)
    decks = {}
    rows, redraws, reasons = [], Counter(), defaultdict(Counter)
    for i, (lang, free) in enumerate(plan_rows(r), 1):
        key = (lang, free)
        if not decks.get(key):
            decks[key] = list(TEMPLATES[key])
            r.shuffle(decks[key])
        fn, style, source = decks[key].pop()
        for _ in range(600):
            row, errs = build(r, f"fresh5-{i:04d}", lang, fn, style, source)
            if not errs:
                break
            redraws[fn.__name__] += 1
            for e in errs[:2]:
                reasons[fn.__name__][re.sub(r"'.*", "", e)] += 1
        else:
            raise SystemExit(f"{fn.__name__} keeps failing: {errs[:5]}")
        rows.append(row)
    ids = [x["id"] for x in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with open(OUT, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    by_lang = Counter(x["lang"] for x in rows)
    kinds = Counter(sp["kind"] for x in rows for sp in x["spans"])
    kinds_lang = defaultdict(Counter)
    for x in rows:
        for sp in x["spans"]:
            kinds_lang[x["lang"]][sp["kind"]] += 1
    free = sum(1 for x in rows if not x["spans"])
    print(f"wrote {len(rows)} rows to {os.path.relpath(OUT)}")
    print("rows per lang: " + ", ".join(f"{k} {by_lang[k]}" for k in ("zh", "en", "mixed")))
    print("spans per kind: " + ", ".join(f"{k} {kinds[k]}" for k in KINDS) + f" (total {sum(kinds.values())})")
    for lang in ("zh", "en", "mixed"):
        print(f"  {lang:5s}: " + ", ".join(f"{k} {kinds_lang[lang][k]}" for k in KINDS))
    print(f"PHI-free rows: {free}; protect strings: {sum(len(x['protect']) for x in rows)}")
    print(f"rows drawn again after a failed check: {sum(redraws.values())}")
    if debug:
        for name, n in redraws.most_common():
            print(f"  {name}: {n} {dict(reasons[name].most_common(4))}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
