#!/usr/bin/env python3
"""Generator for tests/data/deid_dev12.jsonl -- a labelled de-identification dev set.

Provenance
----------
Written BLIND in round 15 of issue 10: the author did not read the scrubber, its
tests, its benchmarks, the annotation code, the docs, other deid_* data files or
their generators, nor git history, and never ran the scrubber.  The only
reference consulted was PROTOCOL.md section 7 (what counts as PHI: names, phone
numbers, national ID numbers, medical record numbers, e-mail and street
addresses, exact dates of birth).

Target
------
Chinese person names in running text WITHOUT cue words (the hardest case), plus
PHI-free Chinese clinical prose that must come through undamaged.
400 conversations of 1-4 turns: 65% Chinese (zh; simplified, plus a share of
Traditional Hong Kong / Taiwan text and Cantonese colloquial), 20% English (en),
15% mixed code-switching.  About 35% of rows are PHI-free.  In rows with PHI
roughly 80% of spans are NAMEs; the rest are phones, ID numbers, record numbers,
addresses, dates of birth and e-mails.
Genres: patient-forum posts, WeChat family-group messages, nurse shift notes,
progress notes, dictated ward rounds, case discussions, relatives' stories,
complaint and thank-you letters, school-nurse notes, elder-care logs, rehab
diaries, pharmacy call notes, case reports with patient initials, HK/TW
Traditional text and Cantonese chat.
Name positions: bare subject, object of a verb, after a time word, inside
enumerations, given name alone on a later mention, names that are ordinary words
(海洋 文静 高峰 夏天 ...), single-character given names, uncommon and double
surnames, minority names (热依拉·艾山, 巴特尔), names glued to verbs/particles
(永红说, 春梅的), names before kinship words (小军他妈), nicknames (阿芳, 小军),
surname+title (老周, 周姐, 王医生), patient initials in case reports.
"protect" lists PHI-free look-alikes present in the row: words beginning with a
surname character (高血压 常规 石膏 ...), drugs, herbal formulas, hospitals
named after people (中山医院 逸夫楼), eponymous diseases, departments, doses,
blood pressures, lab values, visit dates, ages, durations, ICD codes, bare role
words, and word-names used as words (海洋性气候 国庆假期 马达声 ...).

Row format (one JSON object per line, ensure_ascii=False)
---------------------------------------------------------
{"id": "dev12-0001", "lang": "zh"|"en"|"mixed", "style": genre,
 "source": where the PHI sits ('+'-joined position tags and name types;
           "none" when PHI-free),
 "turns": [str, ...],
 "spans": [{"kind": KIND, "text": exact substring, "parts": [...]}],
 "protect": [str, ...]}
KIND is one of NAME PHONE ID MRN DOB ADDRESS EMAIL.  "spans" lists each
distinct (kind, text) once, in order of first appearance; the text is labelled
wherever it occurs in the row.

Labelling rules
---------------
* Names of patients, relatives, neighbours and staff are PHI.  The name is
  labelled, never the title around it (张秀英主任 -> 张秀英; Dr Patel -> Patel).
  Surname+title (王医生, 老王, 小李, 陈姐): only the surname is the span, parts
  [surname].  A nickname (阿强, 小芳, 芳芳) is one span.  Patient initials in
  case reports (L.X.M., J.M.) are labelled NAME, parts [initials].
* parts = the pieces that alone would still identify.  Chinese full name: the
  whole, plus the given name when it has 2+ characters (张秀英 -> [张秀英, 秀英];
  吴敏 -> [吴敏]); "·" minority names add the part before the dot.  Latin name:
  given name and surname as written plus the whole; a piece shorter than three
  letters is not a part on its own (Li Wei -> [Wei, Li Wei]).  A single-token
  span is its own part.  Phones, ID and record numbers: the whole and each group
  of 4+ digits.  E-mail: whole and local part.  Address: the whole and its
  distinctive pieces (house number with street, estate/building name, postcode,
  village), never a city or district alone.  DOB: the whole only.
* Every occurrence of a part anywhere in the row lies inside a labelled span; a
  later mention of the same person is its own span (e.g. given name alone).
* Span text is an exact substring; protect strings occur verbatim and never
  overlap or contain a span or part.

Construction and checks
-----------------------
Rows are rendered from templates with markers ({A} full name, {A.g} given name,
{A.s} surname for surname+title, {A.n} nickname, {I} initials, {PHONE} {ID}
{MRN} {DOB} {ADDR} {EMAIL}, lower-case markers for PHI-free fillers), so every
inserted identifier's offsets are known.  Each row is checked and redrawn on
failure: span/protect strings occur verbatim; parts are substrings of their
span; every occurrence of a span text or part (Latin: whole word, ignoring
case; digits and CJK: substring) lies inside an inserted identifier of the
same entity; a one-character surname span sits only after 老/小/阿 or before a
title; no protect string overlaps an identifier or contains / is contained in
a span or part; resident IDs carry valid GB 11643 check digits (HK/TW IDs and
NHS numbers valid too); PHI-free rows have source "none" and no spans; ids
unique.  Deterministic: random.Random(12); standard library only.
"""

import json
import os
import random
import re
from collections import Counter, defaultdict

rng = random.Random(12)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "deid_dev12.jsonl")

# ---------------------------------------------------------------- name pools
COMMON_SUR = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔向汤常安"
)
RARE_SUR = list("覃蒙岑阚晏濮亓佘钭笪庹逄禚芮郜甄饶揭衡邬")
DOUBLE_SUR = ["欧阳", "司马", "上官", "诸葛", "慕容", "令狐", "皇甫", "端木", "东方", "独孤", "夏侯", "尉迟"]
GIVEN2 = (
    "国强 秀英 志刚 晓燕 建华 丽娟 秀梅 海龙 永红 春梅 伟明 桂兰 淑珍 玉兰 建国 立新 红霞 小军 文华 丽华 "
    "德明 美玲 俊杰 子涵 雨桐 浩然 思远 欣怡 明辉 卫东 凤英 玉珍 金花 志明 振华 亚男 婷婷 佳怡 宇航 一鸣 "
    "桂芝 素芬 嘉豪 梓萱 晨曦 佩琪 秋菊 冬梅 兰英 福生 长庚 水生 彩霞 翠萍 学军 爱民 红梅 瑞霞 晓东 雅琴"
).split()
GIVEN1 = list("芳洋敏静丽强磊军勇杰娟涛超霞平刚桂英华健琳鹏")
WORD_GIVEN = "海洋 文静 建设 国庆 春雨 白雪 江河 方圆 常青 安康 田野 金鑫".split()
WORD_FULL = [
    ("高", "峰"),
    ("马", "达"),
    ("金", "鑫"),
    ("夏", "天"),
    ("石", "磊"),
    ("林", "森"),
    ("方", "圆"),
    ("白", "雪"),
    ("江", "河"),
    ("常", "青"),
    ("田", "野"),
    ("安", "康"),
]
MINORITY = [
    ("热依拉·艾山", "热依拉"),
    ("阿卜杜拉·买买提", "阿卜杜拉"),
    ("古丽娜尔·吐尔逊", "古丽娜尔"),
    ("迪丽娜尔·阿不都", "迪丽娜尔"),
    ("买买提·艾力", "买买提"),
    ("努尔兰·哈力木", "努尔兰"),
    ("巴特尔", None),
    ("德吉卓玛", None),
    ("其其格", None),
    ("扎西多吉", None),
    ("格桑梅朵", None),
    ("乌兰图雅", None),
    ("阿依古丽", None),
    ("斯琴高娃", None),
    ("次仁央宗", None),
]
T_SUR = list("陳黃林張李王吳劉蔡楊鄭謝郭何梁羅馮鄧葉蕭曾麥岑莊賴") + ["歐陽", "司徒", "上官", "諸葛"]
T_GIVEN2 = (
    "美玲 志強 家豪 嘉欣 詠詩 俊傑 淑芬 雅婷 建宏 秀英 麗華 國強 偉明 海洋 文靜 春梅 嘉慧 子軒 佩珊 錦華 "
    "永康 寶儀 振邦 惠芳 冠宇 怡君 宗翰 慧玲 秀蘭 耀祖"
).split()
T_GIVEN1 = list("芳敏強傑婷華雯")
EN_GIVEN = (
    "Sarah Michael Priya David Olivia Hannah James Aisha Tomasz Emily Daniel Kevin Winnie Eddie Fiona "
    "Raymond Janet Marcus Ingrid Rahul Chloe Siobhan Mateo Yusuf Nadia Gareth Leona Oksana Bernard Lucia"
).split()
EN_SUR = (
    "Patel Thompson Nguyen Kowalski Murphy Fernandes Okafor Lindqvist Harrington Gallagher Whitfield "
    "Okonkwo Brennan Castillo Novak Haddad Sorensen McAllister Pereira Abernathy"
).split()
PY_SUR = "Wang Zhang Chen Liu Huang Zhao Zhou Lin Wong Cheung Chan Lam Leung Ouyang Sima Li Xu He".split()
PY_GIVEN = "Xiuying Guoqiang Zhigang Xiaoyan Jianhua Lijuan Haiyang Wenjing Chunmei Weiming Meiling Kaho Waiman Fang Min Jun Yifan".split()

TITLES = [
    "医生",
    "医师",
    "大夫",
    "护士长",
    "护士",
    "主任",
    "老师",
    "教授",
    "药师",
    "治疗师",
    "院长",
    "阿姨",
    "师傅",
    "姐",
    "哥",
    "叔",
    "伯",
    "婶",
    "大爷",
    "大妈",
    "奶奶",
    "爷爷",
    "先生",
    "女士",
    "太太",
    "小姐",
    "同学",
    "醫生",
    "醫師",
    "護士",
    "姑娘",
    "生",
    "師奶",
    "伯伯",
    "婆婆",
    "老師",
    "主任",
]
LAT_TITLES = ["Dr ", "Dr. ", "Mr ", "Mrs ", "Ms ", "Nurse ", "Sister ", "Prof "]


class Person:
    def __init__(self, eid, script, full, given, sur, types):
        self.eid, self.script, self.full, self.given, self.sur, self.types = eid, script, full, given, sur, types
        self.nick = None

    def form(self, f, r):
        """return (text, parts) for a mention form"""
        if self.script == "initials":
            return self.full, [self.full]
        if self.script == "latin":
            if f == "":
                parts = [p for p in (self.given, self.sur) if len(p) >= 3] + [self.full]
                return self.full, parts
            if f == "s":
                return self.sur, [self.sur]
            return self.given, [self.given]
        if self.script == "minority":
            if f == "":
                return self.full, [self.full] + ([self.given] if self.given != self.full else [])
            return self.given, [self.given]
        # cjk
        if f == "":
            return self.full, [self.full] + ([self.given] if len(self.given) >= 2 else [])
        if f == "s":
            return self.sur, [self.sur]
        if f == "g" and len(self.given) >= 2:
            return self.given, [self.given]
        # nickname (also the given-name form of single-character given names)
        if self.nick is None:
            last = self.given[-1]
            self.nick = r.choice(["阿" + last, "小" + last, last + last]) if f == "n" else "阿" + last
        return self.nick, [self.nick]


def draw_person(r, eid, script, need_sur, used):
    for _ in range(100):
        if script == "latin":
            if r.random() < 0.6:
                g, s = r.choice(EN_GIVEN), r.choice(EN_SUR)
                full, types = g + " " + s, ["western-name"]
            else:
                g, s = r.choice(PY_GIVEN), r.choice(PY_SUR)
                full = s + " " + g if r.random() < 0.5 else g + " " + s
                types = ["pinyin-name"]
            p = Person(eid, "latin", full, g, s, types)
        elif script == "trad":
            s = r.choice(T_SUR)
            if r.random() < 0.2:
                g, types = r.choice(T_GIVEN1), ["single-given"]
            else:
                g, types = r.choice(T_GIVEN2), []
            if len(s) == 2:
                types = types + ["double-surname"]
            p = Person(eid, "cjk", s + g, g, s, types)
        else:
            x = r.random()
            if x < 0.08 and not need_sur:
                full, g = r.choice(MINORITY)
                p = Person(eid, "minority", full, g or full, None, ["minority"])
            elif x < 0.20:
                s, g = r.choice(WORD_FULL)
                p = Person(eid, "cjk", s + g, g, s, ["word-name"])
            elif x < 0.30:
                s, g = r.choice(COMMON_SUR), r.choice(WORD_GIVEN)
                p = Person(eid, "cjk", s + g, g, s, ["word-name"])
            elif x < 0.45:
                s, g = r.choice(RARE_SUR), r.choice(GIVEN2 + GIVEN1)
                p = Person(eid, "cjk", s + g, g, s, ["rare-surname"] + (["single-given"] if len(g) == 1 else []))
            elif x < 0.57:
                s, g = r.choice(DOUBLE_SUR), r.choice(GIVEN2 + GIVEN1)
                p = Person(eid, "cjk", s + g, g, s, ["double-surname"] + (["single-given"] if len(g) == 1 else []))
            elif x < 0.70:
                s, g = r.choice(COMMON_SUR), r.choice(GIVEN1)
                p = Person(eid, "cjk", s + g, g, s, ["single-given"])
            else:
                s, g = r.choice(COMMON_SUR), r.choice(GIVEN2)
                p = Person(eid, "cjk", s + g, g, s, [])
        key_s = p.sur or p.full
        if key_s in used["sur"] or p.given in used["given"]:
            continue
        if any(c in used["chars"] for c in p.given) and p.script == "cjk":
            continue
        used["sur"].add(key_s)
        used["given"].add(p.given)
        used["chars"].update(p.given if p.script == "cjk" else "")
        return p
    raise RuntimeError("cannot draw person")


def draw_initials(r, eid, lang):
    letters = "ABCDFGHJKLMNPQRSTWXYZ"
    n = r.choice([2, 3, 3])
    ls = [r.choice(letters) for _ in range(n)]
    style = r.random()
    if style < 0.6:
        txt = ".".join(ls) + "."
    elif style < 0.8 or lang == "en":
        txt = "".join(ls) if lang != "en" else ".".join(ls) + "."
    else:
        txt = "".join(ls)
    return Person(eid, "initials", txt, txt, None, ["initials"])


# ------------------------------------------------------------ other PHI pools
GB_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def gb_check(d17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(d17, GB_WEIGHTS)) % 11]


def gb_valid(s):
    return len(s) == 18 and s[:17].isdigit() and gb_check(s[:17]) == s[17]


def gen_gb_id(r):
    area = r.choice(
        [
            "110105",
            "310104",
            "440106",
            "510107",
            "420106",
            "330106",
            "320102",
            "370102",
            "230103",
            "450103",
            "610113",
            "530102",
            "350203",
            "430104",
            "650102",
        ]
    )
    y, m, d = r.randint(1935, 2016), r.randint(1, 12), r.randint(1, 28)
    d17 = "%s%04d%02d%02d%03d" % (area, y, m, d, r.randint(1, 999))
    return d17 + gb_check(d17)


def hk_check(letter, digits):
    total = 9 * 36 + 8 * (ord(letter) - 55) + sum(int(c) * w for c, w in zip(digits, range(7, 1, -1)))
    v = (11 - total % 11) % 11
    return "A" if v == 10 else str(v)


def gen_hk_id(r):
    L = r.choice("ACDEGHKPRVYZ")
    dg = "".join(r.choice("0123456789") for _ in range(6))
    return "%s%s(%s)" % (L, dg, hk_check(L, dg))


TW_MAP = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))


def tw_valid(s):
    n = TW_MAP[s[0]]
    total = n // 10 + (n % 10) * 9 + sum(int(c) * w for c, w in zip(s[1:9], range(8, 0, -1))) + int(s[9])
    return total % 10 == 0


def gen_tw_id(r):
    while True:
        s = r.choice("ABDEFHKT") + r.choice("12") + "".join(r.choice("0123456789") for _ in range(7))
        for c in "0123456789":
            if tw_valid(s + c):
                return s + c


def nhs_check(d9):
    v = 11 - sum(int(c) * w for c, w in zip(d9, range(10, 1, -1))) % 11
    return None if v == 10 else ("0" if v == 11 else str(v))


def gen_nhs(r):
    while True:
        d9 = "".join(r.choice("0123456789") for _ in range(9))
        c = nhs_check(d9)
        if c:
            s = d9 + c
            return "%s %s %s" % (s[:3], s[3:6], s[6:])


def gen_phone(r, region):
    def d(n):
        return "".join(r.choice("0123456789") for _ in range(n))

    if region == "zh":
        pre = r.choice(["138", "139", "136", "150", "152", "186", "177", "133", "189", "158"])
        a, b = d(4), d(4)
        return r.choice(
            [
                pre + a + b,
                pre + "-" + a + "-" + b,
                pre + " " + a + " " + b,
                "+86 " + pre + " " + a + " " + b,
                r.choice(["0571-", "021-", "010-", "020-", "0755-", "028-"]) + r.choice("2345678") + d(7),
            ]
        )
    if region == "hk":
        return r.choice(
            [r.choice("569") + d(3) + " " + d(4), "+852 " + r.choice("69") + d(3) + " " + d(4), "2" + d(3) + " " + d(4)]
        )
    if region == "tw":
        return r.choice(
            [
                "09" + d(2) + "-" + d(3) + "-" + d(3),
                "02-2" + d(3) + "-" + d(4),
                "+886 9" + d(2) + " " + d(3) + " " + d(3),
            ]
        )
    return r.choice(
        ["07700 9" + d(5), "020 7946 " + d(4), "(617) 555-" + d(4), "+44 7700 9" + d(5), "0161 496 " + d(4)]
    )


def gen_mrn(r, region):
    def d(n):
        return "".join(r.choice("0123456789") for _ in range(n))

    if region == "en":
        return r.choice(["RX" + d(7), d(8), "H" + d(6), "MRN-" + d(7)])
    return r.choice([d(8), "ZY" + d(8), "ZY-" + d(7), "A" + d(7), d(10), "MZ" + d(6)])


CN_NUM = "〇一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return "十" if n == 10 else CN_NUM[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_NUM[t]) + "十" + ("" if u == 0 else CN_NUM[u])


def gen_dob(r, region):
    y, m, d = r.randint(1930, 2016), r.randint(1, 12), r.randint(1, 28)
    months = "January February March April May June July August September October November December".split()
    if region == "en":
        return r.choice(
            [
                "%02d/%02d/%d" % (d, m, y),
                "%d %s %d" % (d, months[m - 1], y),
                "%s %d, %d" % (months[m - 1], d, y),
                "%d-%02d-%02d" % (y, m, d),
            ]
        )
    if region == "tw":
        return (
            r.choice(["%d年%d月%d日" % (y, m, d), "民國%d年%d月%d日" % (y - 1911, m, d)])
            if y > 1911
            else "%d年%d月%d日" % (y, m, d)
        )
    if region == "hk":
        return r.choice(["%d年%d月%d日" % (y, m, d), "%02d/%02d/%d" % (d, m, y)])
    return r.choice(
        [
            "%d年%d月%d日" % (y, m, d),
            "%d-%02d-%02d" % (y, m, d),
            "%d.%d.%d" % (y, m, d),
            "".join(CN_NUM[int(c)] for c in str(y)) + "年" + cn_num(m) + "月" + cn_num(d) + "日",
        ]
    )


def gen_addr(r, region):
    """return (text, parts)"""
    if region == "zh":
        city = r.choice(
            [
                "杭州市西湖区",
                "上海市徐汇区",
                "成都市武侯区",
                "武汉市洪山区",
                "南京市鼓楼区",
                "广州市天河区",
                "西安市雁塔区",
                "长沙市岳麓区",
                "济南市历下区",
                "昆明市五华区",
            ]
        )
        road = r.choice(
            [
                "文三路",
                "漕溪北路",
                "玉林南路",
                "珞喻路",
                "汉中路",
                "体育西路",
                "小寨东路",
                "麓山南路",
                "经十路",
                "青年路",
                "丰潭路",
                "枣林巷",
            ]
        )
        num = "%d号" % r.randint(3, 480)
        kind = r.random()
        if kind < 0.4:
            est = r.choice(
                ["锦绣花园", "翠苑小区", "阳光新城", "梧桐里", "枫丹苑", "银杏家园", "紫荆公寓", "和平里小区"]
            )
            room = "%d栋%d单元%d室" % (r.randint(1, 30), r.randint(1, 6), r.randint(101, 2402))
            return city + road + num + est + room, [road + num, est]
        if kind < 0.75:
            room = "%d弄%d号%d室" % (r.randint(1, 300), r.randint(1, 40), r.randint(101, 1802))
            return city + road + num.replace("号", "") + room, [road + num.replace("号", "") + room]
        prov = r.choice(["河南省周口市郸城县", "四川省南充市营山县", "安徽省阜阳市临泉县", "湖南省邵阳市隆回县"])
        vil = r.choice(["柳湾村", "槐树村", "杏花村", "桃源村", "双河村", "龙潭村", "青山村"])
        grp = "%d组%d号" % (r.randint(1, 12), r.randint(1, 80))
        return prov + r.choice(["城关镇", "新集镇", "桥头乡"]) + vil + grp, [vil, vil + grp]
    if region == "hk":
        est = r.choice(["啟業邨", "禾輋邨", "石硤尾邨", "麗港城", "太古城", "美孚新邨", "沙角邨"])
        blk = r.choice(["啟泰樓", "豐和樓", "美柏樓", "第三座", "海景閣", "蓮花樓"])
        room = "%d樓%d室" % (r.randint(2, 40), r.randint(1, 28))
        area = r.choice(["九龍灣", "沙田", "深水埗", "觀塘", "鰂魚涌", "荔枝角", "沙田"])
        parts = [est] + ([blk] if not blk.startswith("第") else [])
        return area + est + blk + room, parts
    if region == "tw":
        road = r.choice(["復興南路一段", "中正路", "民生東路三段", "博愛路", "忠孝東路四段", "文心路二段"])
        num = "%d號" % r.randint(2, 400)
        city = r.choice(["台北市大安區", "台中市西屯區", "高雄市苓雅區", "新北市板橋區", "台南市東區"])
        return city + road + num + "%d樓" % r.randint(2, 18), [road + num]
    n = r.randint(2, 240)
    st = r.choice(
        [
            "Wellington Road",
            "Harcourt Street",
            "Maple Avenue",
            "Elmwood Drive",
            "Kingsley Crescent",
            "Orchard Lane",
            "Beacon Terrace",
        ]
    )
    kind = r.random()
    if kind < 0.4:
        pc = r.choice(["LS6 2AB", "M14 5RT", "BS8 1QU", "EH9 3JL", "CF24 4HQ"])
        town = {
            "LS6 2AB": "Leeds",
            "M14 5RT": "Manchester",
            "BS8 1QU": "Bristol",
            "EH9 3JL": "Edinburgh",
            "CF24 4HQ": "Cardiff",
        }[pc]
        return "%d %s, %s %s" % (n, st, town, pc), ["%d %s" % (n, st), pc]
    if kind < 0.7:
        zp = "%05d" % r.randint(10000, 99999)
        return "%d %s, Springfield, IL %s" % (n, st, zp), ["%d %s" % (n, st), zp]
    fl = r.randint(1, 9)
    return "Flat %d, %d %s, Dublin 4" % (fl, n, st), ["Flat %d, %d %s" % (fl, n, st), "%d %s" % (n, st)]


EMAIL_LOCAL = [
    "skyblue1972",
    "happyfamily_88",
    "mtn.walker21",
    "qingshan_lao",
    "xiaoyu2008",
    "bluefish77",
    "lotus_pond66",
    "greenhill2019",
    "morningrun_08",
    "panda.mom12",
    "yunduan77",
    "tulip4426",
    "oldtree_1958",
    "riverstone09",
    "kite.flyer33",
    "mooncake818",
]
EMAIL_DOM = ["163.com", "qq.com", "126.com", "gmail.com", "outlook.com", "yahoo.com.hk", "hotmail.com", "sina.com"]


def digit_parts(s):
    out = [s]
    for g in re.findall(r"\d{4,}", s):
        if g not in out:
            out.append(g)
    return out


def gen_phi(r, kind, region):
    """return (text, parts)"""
    if kind == "PHONE":
        t = gen_phone(r, region)
        return t, digit_parts(t)
    if kind == "ID":
        if region == "hk":
            t = gen_hk_id(r)
        elif region == "tw":
            t = gen_tw_id(r)
        elif region == "en":
            t = gen_nhs(r) if r.random() < 0.6 else gen_gb_id(r)
        else:
            t = gen_gb_id(r)
        return t, digit_parts(t)
    if kind == "MRN":
        t = gen_mrn(r, region)
        return t, digit_parts(t)
    if kind == "DOB":
        t = gen_dob(r, region)
        return t, [t]
    if kind == "ADDR":
        t, p = gen_addr(r, region)
        return t, [t] + [x for x in p if x != t]
    if kind == "EMAIL":
        loc = r.choice(EMAIL_LOCAL)
        t = loc + "@" + r.choice(EMAIL_DOM)
        return t, [t, loc]
    raise KeyError(kind)


# ------------------------------------------------------------------ fillers
FILL = {
    "drug": "二甲双胍 氨氯地平 阿托伐他汀 华法林 林可霉素 阿司匹林 胰岛素 甲钴胺 奥美拉唑 头孢呋辛 左甲状腺素钠 布地奈德 硝苯地平 美托洛尔 多巴丝肼 鲁米那".split(),
    "herb": "龙胆泻肝汤 六味地黄丸 逍遥散 补中益气汤 小柴胡汤 黄芪颗粒 丹参滴丸".split(),
    "hosp": "中山医院 华山医院 瑞金医院 湘雅医院 同仁医院 协和医院 省人民医院 市中医院 逸夫医院".split(),
    "dept": "内分泌科 心内科 神经内科 骨科 康复科 儿科 急诊科 呼吸科 肾内科 老年科 消化科".split(),
    "eponym": "帕金森病 川崎病 阿尔茨海默病 桥本甲状腺炎 克罗恩病 唐氏综合征 格林-巴利综合征".split(),
    "dose": "0.5g 每日两次|10mg 每日一次|5mg qd|20单位 睡前|25mg bid".split("|"),
    "bp": "150/95mmHg 132/84mmHg 168/100mmHg 118/76mmHg 145/90mmHg".split(),
    "lab": "空腹血糖8.6mmol/L 糖化血红蛋白7.9% 白细胞12.3×10^9/L 肌酐98μmol/L 血红蛋白92g/L 血钾3.2mmol/L".split(),
    "date": "3月5日 2024年6月12日 上周三 10月8日 2025年1月20日 11月3日".split(),
    "age": "62岁 7岁 85岁 46岁 73岁 9岁 58岁".split(),
    "dur": "三天 两周 半个月 10天 三个月 一年多".split(),
    "icd": "I10 E11.9 G20 M17.1 J18.9 N18.3".split(),
    "temp": "37.8℃ 38.5℃ 36.9℃ 39.1℃".split(),
    "complaint": "反复胸闷3个月 右上腹痛2天 双下肢水肿1周 间断发热10天".split(),
    "tdrug": "華法林 二甲雙胍 氨氯地平 阿斯匹靈 胰島素 降血壓藥".split(),
    "thosp": "瑪麗醫院 伊利沙伯醫院 威爾斯親王醫院 台大醫院 榮總 長庚醫院 馬偕醫院".split(),
    "tdept": "心臟科 新陳代謝科 骨科 復健科 腎臟科 家醫科".split(),
    "tlab": "8.2mmol/L 11.4mmol/L 6.9mmol/L".split(),
    "tdur": "兩個星期 三日 一個月 半年".split(),
    "edrug": "metformin amlodipine warfarin atorvastatin levothyroxine insulin glargine co-amoxiclav".split(),
    "ehosp": "St Thomas' Hospital|Addenbrooke's Hospital|Queen Mary Hospital|Great Ormond Street Hospital|the Royal Free".split(
        "|"
    ),
    "edept": "cardiology|endocrinology|orthopaedics|the fracture clinic|physiotherapy".split("|"),
    "ebp": "150/95 132/84 168/100 118/76".split(),
    "elab": "8.6 mmol/L|HbA1c 64 mmol/mol|CRP 48|Hb 92 g/L".split("|"),
    "edate": "3 March|12 June|Tuesday 8 October|20 January".split("|"),
    "eage": "62-year-old 7-year-old 85-year-old 46-year-old".split(),
}
FILL["drug2"] = FILL["drug"]

LEXICON = (
    (
        "高血压 常规 石膏 周期 林可霉素 黄疸 白细胞 方案 程序 马上 于是 金黄色 江浙 任何 安全 包括 华法林 汤剂 钱款 孙辈 "
        "毛发 贺卡 项目 向来 路过 时间 史料 邓氏 岳母 齐全 康复 谢谢 万一 丁香 文献 和蔼 明显 平稳 连续 温度 宋体 "
        "龙胆泻肝汤 秦艽 白芍 柴胡 黄芪 鲁米那 戴口罩 关节 成分 朱砂 程度 陆续 段落 苏醒 卢戈液 逸夫楼 宋庆龄基金会 "
        "海洋性气候 文静 国庆假期 高峰期 马达声 夏天 白雪 春雨 田野 建设 江河 护士长 主任 家属 护工 班主任 "
        "高血壓 華法林 帕金森病 川崎病 白血球 膽固醇 康復 謝謝 護士長 家屬 物理治療 逸夫樓 中山醫院 "
        "Parkinson's disease|Kawasaki disease|Alzheimer's disease|Crohn's disease|Graves' disease|Down syndrome|"
        "charge nurse|ward manager|consultant|HbA1c|ICU"
    )
    .replace("|", " ")
    .split(" ")
)
LEXICON = [w for w in LEXICON if w]
LEXICON += [
    "Parkinson's disease",
    "Kawasaki disease",
    "Alzheimer's disease",
    "Crohn's disease",
    "Graves' disease",
    "Down syndrome",
    "charge nurse",
    "ward manager",
]
LEXICON = [
    w
    for w in dict.fromkeys(LEXICON)
    if w
    not in (
        "Parkinson's",
        "disease",
        "Kawasaki",
        "Alzheimer's",
        "Crohn's",
        "Graves'",
        "Down",
        "syndrome",
        "charge",
        "nurse",
        "ward",
        "manager",
    )
]

# ---------------------------------------------------------------- templates
# "tag|template"; roles A..D are people, {I} initials; upper-case kinds are
# other PHI; lower-case markers are PHI-free fillers.
ZH = {}
ZH["forum_post"] = """
subject|我爸{A.g}最近血糖一直偏高，{lab}，大家有什么经验吗？
subject|{A}今年{age}，确诊{eponym}已经{dur}了，手抖越来越明显。
object|上周带{A.g}去{hosp}挂了{dept}的号，排了好久才看上。
title|接诊的是{B.s}医生，人很和蔼，说先吃{drug}看看。
verb|{A.g}说吃完药胃里不舒服，我也不知道要不要停。
kinship|{A.g}他女儿在外地，平时都是我一个人照顾。
after-time|前天{C}从老家赶过来，帮忙守了一夜。
list|我们家{A.g}、{C.g}和我轮流陪床，大家都快撑不住了。
given|现在{A.g}每天早上量一次血压，基本在{bp}。
particle|{A}的检查结果出来了，医生说问题不大。
subject|{B}主任建议做个胃镜，{A.g}死活不肯。
object|有没有人认识{hosp}的{B}？想问问她的门诊时间。
contact|有同样情况的病友可以联系我，电话{PHONE}。
nickname|{A.n}从小就怕打针，这次输液哭了好久。
"""
ZH["wechat_family"] = """
subject|{A.g}刚到医院，门诊人太多了，估计要等一上午。
object|谁下午有空去接一下{A.g}？我三点要开会。
subject|{C.g}你把妈的医保卡带上，别忘了。
after-time|明天{C.g}值班，后天换{D.g}。
list|{A.g}、{C.g}、{D.g}，周六都回来吃饭，给爸过生日。
kinship|{C.n}他妈说药已经买好了，不用再跑药房。
particle|{A.g}的报告拍照发群里了，大家看看。
title|刚才给{B.s}医生打了电话，说明早八点空腹抽血。
verb|{D.g}也来了，在楼下停车。
contact|护工的电话是{PHONE}，有事直接联系她。
nickname|{A.n}今天精神不错，吃了小半碗粥。
subject|{A}下午三点做完手术，麻醉已经醒了。
object|晚上谁留下来陪{A.g}？我明早六点来换。
"""
ZH["nurse_shift_note"] = """
subject|3床{A}今晨体温{temp}，已予物理降温，复测正常。
object|夜班期间协助{A.g}翻身四次，骶尾部皮肤完整。
after-time|凌晨两点{A}诉胸闷，测血压{bp}，已通知值班医生。
title|值班{C.s}医生查看后予{drug}口服，症状缓解。
particle|{A.g}家属要求明天上午办理出院，已告知{B.s}护士长。
list|今日新入院{A}、{C}和{D}三人，均已完成入院评估。
object|已将{A.g}的血标本送检，结果待回报。
given|{A.g}夜间睡眠可，未诉不适。
particle|{A}的引流液约50ml，色淡红。
subject|{B}接班时核对了{A.g}的输液卡。
title|交给白班{B.s}老师继续观察{A.g}的尿量。
contact|住院号{MRN}，患者家属联系电话{PHONE}，已核对。
"""
ZH["progress_note"] = """
subject|{A}，{age}，因“{complaint}”入院。
after-time|今日{B}主任查房，考虑社区获得性肺炎，继续{drug}抗感染。
given|{A.g}今日体温平稳，咳嗽较前减轻。
object|已向{A.g}及其家属交代病情，家属表示理解。
particle|{A}的胸片示右下肺斑片影，较前吸收。
title|{C.s}医师复查血常规，{lab}。
object|请{dept}会诊后，{D}建议加用{drug}。
subject|{A}诉夜间可平卧，双下肢无水肿。
kinship|{A.g}她女儿今日来院签署知情同意书。
contact|病案号{MRN}，诊断编码{icd}。
contact|出生日期{DOB}，已核对腕带信息。
verb|{A.g}要求下午外出，已告知风险。
"""
ZH["ward_round"] = """
subject|好，下一个，{A}，昨天刚做完支架，今天胸痛没再发作。
verb|{A.g}啊，血压还是偏高，{bp}，氨氯地平加量。
title|小{C.s}你记一下，{A.g}明天复查心电图。
after-time|今早{B}老师说过，{A.g}的抗凝先别停。
given|{A.g}这个人比较焦虑，跟家属多沟通。
list|{A}、{D}两个都可以准备出院了。
title|{B.s}主任的意见是先保守治疗，观察{dur}。
particle|{D.g}的伤口换药了吗？渗出多不多？
object|让{C}去把{A.g}的片子调出来我看看。
kinship|{A.g}他爱人在外面等，说想问问手术费用。
nickname|{A.n}那边吃饭怎么样？还是吃不下？
"""
ZH["case_discussion"] = """
subject|本例{A}，女，{age}，主因“间断发热{dur}”收入我科。
verb|{B}认为，{A.g}的皮疹形态不支持药疹。
verb|{C}补充：{A.g}入院前曾自行服用{herb}。
object|建议请{dept}会诊，并联系{D}阅片。
given|{A.g}目前的主要矛盾是感染控制不佳。
title|{D.s}教授指出，需排除{eponym}的可能。
list|参加讨论的有{B}、{C}、{D}等。
particle|{A.g}家属对预后期望较高，需充分沟通。
contact|如需调阅原始资料，请联系病案室，住院号{MRN}。
verb|{C.g}同意上述意见，建议复查骨髓穿刺。
"""
ZH["relative_story"] = """
after-time|那天{A.g}陪我去医院，挂号就排了一个多小时。
subject|{A}一进诊室就哭了，医生问什么都答不上来。
object|后来我打电话给{C}，让她赶紧过来帮忙。
verb|{C.g}一听就急了，开车四十分钟就到了。
title|{B.s}大夫看了片子，说是骨折，要打石膏。
given|幸亏有{A.g}在，不然我一个人真不知道怎么办。
kinship|{A.g}她妈以前也是这个病，所以她特别上心。
after-time|第二天一早{C}又送来了鸡汤。
object|我让{A.g}先回家休息，她说什么也不肯。
nickname|{A.n}那时候才上初中，也跟着跑前跑后。
list|我和{A.g}、{C.g}三个人在走廊坐了一整夜。
"""
ZH["complaint_letter"] = """
subject|我是{A}的家属，现就{date}就诊一事进行投诉。
object|当天接诊的{B}对我母亲态度冷漠，问诊不到两分钟。
title|{C.s}护士在输液时多次穿刺失败，也没有道歉。
particle|{A.g}的检查报告被弄丢，导致我们重复缴费。
after-time|{date}下午{B}又以系统故障为由拒绝开药。
subject|{B}当面说我们“事多”，这是非常不专业的。
contact|我的联系电话是{PHONE}，邮箱{EMAIL}，请尽快回复。
contact|回复信函请寄至{ADDR}。
given|希望院方核实情况，给{A.g}一个交代。
object|请院方约谈{C}，并把处理结果告知我们。
"""
ZH["thank_you_letter"] = """
object|感谢护士长{B.g}在我父亲住院期间的细心照料。
subject|{B}每天查房都耐心解答我们的问题。
verb|{B.g}说话总是轻声细语，让{A.g}安心了很多。
list|特别感谢{B}、{C}和{D}三位护士。
title|我们全家都要谢谢{C.s}主任，是他坚持再做一次检查。
after-time|出院那天{C.g}还特意来病房送我们。
given|{A.g}现在恢复得很好，每天能下楼散步半小时。
kinship|{A.g}他孙子画了一张贺卡送给大家。
title|还要感谢康复科的{D.s}老师，手把手教{A.g}用助行器。
nickname|{B.n}每天早上第一个来看{A.g}。
"""
ZH["school_nurse_note"] = """
subject|{A}，三年级二班，课间跑步时摔倒，右膝擦伤。
object|已为{A.g}清洗伤口并涂碘伏，通知班主任{B.s}老师。
verb|{A.g}说头有点晕，测体温{temp}，让其卧床休息。
after-time|午饭后{A}诉腹痛，已电话联系家长。
kinship|{A.g}她妈妈下午四点来校接回。
list|今天{A.g}、{C.g}和{D.g}三名学生出现发热，已隔离观察。
given|{A.g}有哮喘史，书包里备有布地奈德。
object|提醒{B}注意{A.g}的午餐过敏情况。
contact|家长电话{PHONE}，已告知。
contact|学生出生日期{DOB}，疫苗接种记录齐全。
"""
ZH["eldercare_log"] = """
subject|{A}早餐进食一般，喝了半碗小米粥。
object|护工{B.g}协助{A.g}洗澡，皮肤无破损。
verb|{A.g}午睡后情绪烦躁，一直说要回家。
after-time|下午{C}来探视，带了水果和换洗衣物。
kinship|{A.g}她儿子来电，询问最近血压情况。
list|今日参加手工活动的有{A.g}、{C.g}、{D.g}。
title|{B.s}阿姨反映{A.g}夜里起夜三次。
given|{A.g}今日血压{bp}，较昨日平稳。
title|老{A.s}今天主动要求去院子里晒太阳。
object|晚饭后陪{A.g}下了两盘象棋。
contact|家属联系电话更新为{PHONE}。
"""
ZH["rehab_diary"] = """
after-time|今天{A.g}老师带我练了半小时站立平衡。
subject|{A}说我的膝关节活动度比上周好了十度。
object|下午{B.g}推我去花园转了一圈。
particle|{B.g}的手艺越来越好了，晚饭做了清蒸鱼。
given|{A.g}布置的作业：每天靠墙静蹲三组。
list|病房里的{C.g}、{D.g}都出院了，就剩我一个。
kinship|{C.g}他爱人送了我一本书。
nickname|{B.n}总说我太着急，慢慢来。
title|明天要去见{A.s}治疗师复评。
"""
ZH["pharmacy_call"] = """
subject|{A}来电询问{drug}能否与{drug2}同服。
object|已回电{A.g}，告知两药间隔两小时服用。
verb|{A.g}反映服药后出现皮疹，建议停药并就诊。
title|{B.s}药师核对处方后确认剂量为{dose}。
after-time|下午{A}的女儿再次来电确认取药时间。
contact|回拨号码{PHONE}，已登记。
given|{A.g}对用药说明表示理解。
object|请{C}重新开具处方，{A.g}明日来取。
contact|门诊号{MRN}，处方已作废重开。
"""
ZH["case_report"] = """
initials|患者{I}，女，{age}，因“{complaint}”入院。
initials|患者{I}，男，{age}，既往有{eponym}病史。
initials|{I}入院后予{drug}治疗，{dur}后症状缓解。
subject|本例由{B}首诊，后转入{dept}。
initials|随访{dur}，{I}未见复发。
"""
ZH["tw_forum_post"] = """
subject|我媽{A.g}最近血壓一直降不下來，{tdrug}吃了也沒用。
object|上週陪{A.g}去{thosp}看{tdept}，等了快兩個小時。
title|{B.s}醫師說要再觀察{tdur}。
after-time|昨天{C}特地從台中上來幫忙。
particle|{A}的報告出來了，膽固醇偏高。
list|我跟{C.g}、{D.g}輪流照顧，真的好累。
kinship|{A.g}她女兒在國外，只能視訊。
given|謝謝大家，{A.g}今天精神好多了。
contact|有需要可以打給我 {PHONE}。
"""
ZH["cantonese_chat"] = """
subject|{A.g}琴日喺{thosp}覆診，醫生話佢血壓高咗。
object|我今朝送{A.g}返屋企，佢話好攰。
verb|{A.g}話唔想食藥，點算好？
nickname|{A.n}成日咳，係咪要睇醫生？
title|{B.s}姑娘好好人，成日幫{A.g}量血壓。
after-time|聽日{C}會陪{A.g}去抽血。
kinship|{A.g}佢個仔話下個月返嚟。
list|{A.g}、{C.g}同埋{D.g}都嚟咗探病。
given|多謝晒{B.g}姑娘，{A.g}好咗好多。
contact|有咩事打畀我 {PHONE}。
"""
ZH["hk_nursing_note"] = """
subject|{A}今早血糖{tlab}，已通知當值醫生。
object|協助{A.g}沖涼，皮膚完整。
after-time|凌晨三點{A.g}話心口翳，已做心電圖。
title|{B.s}醫生巡房後加{tdrug}。
particle|{A}的家屬要求轉介物理治療。
contact|病人身份證號碼{ID}，已核對。
contact|地址：{ADDR}。
"""
TRAD_GENRES = {"tw_forum_post", "cantonese_chat", "hk_nursing_note"}
REGION = {"tw_forum_post": "tw", "cantonese_chat": "hk", "hk_nursing_note": "hk"}

ZH_REPLY = """
none|建议尽快到{dept}复诊，把既往检查结果都带上。
none|这种情况先别自行停药，最好咨询开药的医生。
none|血压波动时建议每天固定时间测量并记录。
none|祝早日康复！
none|空腹血糖偏高的话，饮食和运动都要跟上。
none|谢谢您的反馈，我们会尽快核实。
given|{A.g}的情况需要结合检查结果综合判断。
given|请转告{A.g}，服药期间避免饮酒。
title|您的意见已转交{B.s}主任处理。
object|已安排{B}明天上午联系您。
given|{A.g}如果再出现胸痛，马上打120。
"""
ZH_REPLY_TRAD = """
none|建議盡快覆診，帶齊之前的報告。
none|唔好自己停藥，問下醫生先。
none|祝早日康復！
given|{A.g}如果再唔舒服，即刻去急症室。
title|已經轉咗畀{B.s}醫生跟進。
"""
ZH_CONTACT = """
contact|联系电话：{PHONE}。
contact|身份证号{ID}，已核对。
contact|住院号{MRN}。
contact|家庭住址：{ADDR}。
contact|出生日期{DOB}。
contact|邮箱{EMAIL}，报告会发过去。
contact|患者身份证{ID}，医保已备案。
contact|地址是{ADDR}，快递寄到这里就行。
contact|有事打我手机{PHONE}。
contact|{DOB}出生，今年刚退休。
contact|病历号{MRN}，复印件已寄出。
"""
ZH_CONTACT_TRAD = """
contact|聯絡電話：{PHONE}。
contact|身份證號碼{ID}。
contact|地址：{ADDR}。
contact|出生日期{DOB}。
contact|電郵{EMAIL}。
"""
ZH_FREE = """
note|患者今晨空腹血糖{lab}，较昨日下降。
note|继续予{drug}{dose}口服，监测肝肾功能。
note|高血压病史{dur}，规律服药，血压控制在{bp}。
note|白细胞偏高，考虑细菌感染，加用林可霉素。
note|石膏固定后注意观察患肢末梢血运。
note|月经周期规律，无痛经。
note|新生儿黄疸，经皮胆红素值偏高，予蓝光治疗。
note|金黄色葡萄球菌培养阳性，按药敏结果调整方案。
note|中药处方：龙胆泻肝汤加减，柴胡、白芍、黄芪各适量。
note|秦艽、丹参煎汤剂，每日一剂，分两次温服。
note|华法林抗凝期间需定期监测INR。
note|{eponym}患者应注意防跌倒，起床时动作放缓。
note|川崎病患儿需在{dur}后复查心脏彩超。
note|家属已缴清钱款，手续齐全。
note|护士长交代：夜班加强巡视，注意体温变化。
note|主任查房：病情平稳，可考虑明日出院。
chat|老家属于海洋性气候，冬季湿冷，关节疼痛容易加重。
chat|这个文静的孩子在候诊时一直低头看书。
chat|国庆假期期间门诊照常开放，急诊24小时接诊。
chat|早高峰期挂号窗口排队较长，建议网上预约。
chat|隔壁工地的马达声让病人整夜无法入睡。
chat|夏天天气炎热，老年人注意补水，防止中暑。
chat|窗外下着白雪，病房里暖气很足。
chat|一场春雨过后，不少人出现过敏症状。
chat|孙辈放假回家，老人情绪明显好转。
chat|岳母患糖尿病多年，饮食一直比较注意。
note|任何时候出现胸痛加重都应马上就医。
note|于是改为静脉给药，效果明显。
note|连续三天体温正常，复查炎症指标下降。
note|康复科评估后制定了为期{dur}的训练项目。
chat|请勿在病区吸烟，进出需戴口罩。
chat|江浙一带梅雨季节，注意防潮。
chat|{hosp}逸夫楼三楼为内镜中心。
chat|宋庆龄基金会资助的项目覆盖多家儿童医院。
note|鲁米那用于控制惊厥，需注意呼吸抑制。
note|术前使用卢戈液准备，心率控制在80次/分以下。
note|万一出现过敏反应，立即停药并报告医生。
note|朱砂含汞，不宜长期服用。
note|文献报道该病发病率约为万分之三。
chat|邓氏小儿推拿是当地的一种传统疗法。
chat|史料记载，这种草药早在宋代就已入药。
note|护理记录请统一使用宋体小四号字，段落之间空一行。
note|苏醒后患者意识清楚，对答切题。
note|程序上需由家属签字后方可手术。
note|方案调整后疼痛程度明显减轻。
note|毛发稀疏，皮肤干燥，考虑甲减。
note|患者向来体健，否认药物过敏史。
chat|路过护士站时请出示陪护证。
chat|丁香园上的科普文章可供家属参考。
note|诊断：{icd}，{eponym}。
note|患儿{age}，发热{dur}，最高体温{temp}。
chat|医护人员和蔼的态度能缓解患者焦虑。
chat|陆续有患者反映候诊时间过长。
note|成分输血前需双人核对血型。
note|温度计使用后用酒精擦拭消毒。
note|安全起见，夜间床栏需拉起。
chat|时间安排：上午检查，下午会诊。
note|包括血常规、肝功能、肾功能在内的检查均已完成。
note|右膝关节肿胀明显，活动受限。
chat|谢谢大家的配合，祝早日康复。
note|{date}复查，{lab}，继续原方案。
chat|田野里油菜花开了，住院的老人都想出去看看。
chat|城市建设占用了原来的健身广场。
"""
ZH_FREE_TRAD = """
note|病人血壓{bp}，繼續服用華法林，注意出血。
note|帕金森病患者應注意防跌倒。
note|白血球偏高，已抽血送檢。
chat|今日天氣轉涼，院舍長者注意保暖。
chat|喺{thosp}覆診，醫生話要戒口。
chat|琴日好熱，記得飲多啲水。
note|膽固醇{tlab}，建議飲食控制。
chat|謝謝護士長同家屬嘅配合。
chat|{thosp}逸夫樓二樓係抽血處。
"""
EN = {}
EN["forum_post"] = """
subject|My dad {A.g} has had high sugars all week, around {elab}.
object|We took {A.g} to {ehosp} on Monday and waited four hours.
title|Dr {B.s} was lovely and started him on {edrug}.
after-time|Yesterday {C} drove up from the coast to help out.
verb|{A.g} says the tablets make him dizzy.
list|{A.g}, {C.g} and I take turns sitting with Mum.
kinship|{C.g}'s husband is a pharmacist so we asked him.
"""
EN["nurse_shift_note"] = """
subject|{A} settled overnight, obs stable, BP {ebp}.
object|Assisted {A.g} to shower at 0600, skin intact.
after-time|At 0200 {A} reported chest tightness; reviewed by Dr {B.s}.
given|{A.g} tolerated diet and fluids.
list|New admissions: {A}, {C} and {D}.
contact|Hospital number {MRN} checked against wristband.
"""
EN["thank_you_letter"] = """
object|We want to thank Sister {B.g} for looking after our mother.
subject|{B} always took time to explain things to {A.g}.
particle|{C}'s kindness on night shift meant so much to us.
title|Please pass our thanks to Dr {D.s} and the whole team.
"""
EN["complaint_letter"] = """
subject|I am writing on behalf of my father {A} about his visit on {edate}.
object|Nobody told {A.g} why the procedure was cancelled.
title|Dr {B.s} refused to discuss the results with us.
contact|You can reach me on {PHONE} or at {EMAIL}.
contact|Please send the reply to {ADDR}.
"""
EN["pharmacy_call"] = """
subject|{A} phoned asking whether {edrug} can be taken with grapefruit juice.
object|Called {A.g} back and advised spacing the doses.
contact|Identity confirmed with DOB {DOB}.
title|Mrs {A.s} will collect the new prescription tomorrow.
"""
EN["case_report"] = """
initials|Patient {I}, a {eage} woman, presented with fever and rash.
initials|{I} was started on {edrug} and improved within a week.
subject|The case was first seen by {B} in {edept}.
"""
EN["school_nurse_note"] = """
subject|{A} (Year 4) bumped her head at lunch; ice pack applied.
kinship|{A.g}'s mum collected her at 2:30.
contact|Parent contact {PHONE}.
"""
EN["eldercare_log"] = """
subject|{A} ate well at breakfast and joined the music session.
nickname|{A.g} was restless this evening, asking for her sister.
title|Mrs {A.s} declined her evening medication.
contact|NHS number {ID} confirmed.
"""
EN_REPLY = """
none|Please book a review with your GP and bring the readings.
none|Do not stop the medication without speaking to the prescriber.
none|Thank you for your feedback; we will look into it.
given|I hope {A.g} feels better soon.
title|I have forwarded this to Dr {B.s}.
"""
EN_CONTACT = """
contact|Contact number {PHONE}.
contact|Address on file: {ADDR}.
contact|DOB {DOB}.
contact|Email: {EMAIL}.
contact|Hospital number {MRN}.
contact|ID number {ID}.
"""
EN_FREE = """
note|Fasting glucose {elab}, continue {edrug}.
note|BP {ebp}, no change to medication.
note|Patients with Parkinson's disease should be reviewed every six months.
note|Kawasaki disease follow-up echo booked for {edate}.
note|Warfarin dose unchanged, INR 2.4.
note|Referred to {edept}; the charge nurse will arrange transport.
chat|Visiting hours at {ehosp} are 2pm to 8pm.
note|A {eage} man with Crohn's disease, stable on current treatment.
chat|The ward manager thanked all families for wearing masks.
note|HbA1c improved after starting {edrug}.
"""
MIXED = {}
MIXED["wechat_family"] = """
subject|我妈{A.g}今天在{hosp}做了 MRI，结果说是 normal。
title|Dr {B.s} 说 {A.g} 的 HbA1c 还有 8.1%，要加 insulin。
after-time|今天 ward round {B} 提到 {A} 可以 discharge 了。
particle|{A.g} 的 BP {bp}，已经 call 了 on-call doctor。
subject|My grandmother {A} 昨天摔倒了，现在在{hosp}观察。
verb|{A.g} said 她的膝盖还是很痛，physio 明天再评估。
object|Thanks to 护士{B.g}, my father recovered so fast.
object|請幫我 check 一下 {A.g} 嘅 appointment，佢話唔記得咗。
list|{A.g}、{C.g} and me 周末轮流去 hospital 陪护。
kinship|{C.g}他妈 said the new tablets work better。
"""
MIXED["progress_note"] = """
subject|{A}，{age}，admitted for CAP，继续 ceftriaxone。
contact|{A}，住院号 {MRN}，scheduled for PCI tomorrow。
title|{B.s}主任 suggests 先 conservative treatment。
given|{A.g} 今天 afebrile，食欲 improved。
object|已 inform {A.g} 的家属 about the plan。
"""
MIXED_REPLY = """
none|建议 follow up 在{dept}，bring 之前的 report。
none|Please don't stop the medicine 自己，先问 doctor。
given|Hope {A.g} 早日康复！
"""
MIXED_CONTACT = """
contact|电话 {PHONE}，please call after 6pm。
contact|Address: {ADDR}，快递寄这里。
contact|DOB {DOB}，已 verify。
contact|MRN {MRN} 的 record 已 update。
contact|我的 email 是 {EMAIL}。
contact|身份证号 {ID} 已经 upload 到系统。
"""
MIXED_FREE = """
note|今天的 HbA1c 是 7.2%，比上次好。
note|Metformin 加到 1g bid 之后血糖平稳多了。
note|Parkinson's disease 患者要注意 fall prevention。
chat|国庆假期 clinic 照常开，急诊 24h。
note|BP {bp}，继续 amlodipine 5mg qd。
chat|夏天 outdoor 运动记得补水，avoid heat stroke。
note|华法林 dose 不变，INR 2.3，下周 recheck。
note|白细胞 {lab}，CRP 也下降了，antibiotics 可以 step down。
"""


def parse(block):
    out = []
    for line in block.strip().splitlines():
        tag, tpl = line.split("|", 1)
        out.append((tag, tpl))
    return out


ZH = {k: parse(v) for k, v in ZH.items()}
EN = {k: parse(v) for k, v in EN.items()}
MIXED = {k: parse(v) for k, v in MIXED.items()}
POOLS = {
    "zh": dict(reply=parse(ZH_REPLY), contact=parse(ZH_CONTACT), free=parse(ZH_FREE)),
    "trad": dict(reply=parse(ZH_REPLY_TRAD), contact=parse(ZH_CONTACT_TRAD), free=parse(ZH_FREE_TRAD)),
    "en": dict(reply=parse(EN_REPLY), contact=parse(EN_CONTACT), free=parse(EN_FREE)),
    "mixed": dict(reply=parse(MIXED_REPLY), contact=parse(MIXED_CONTACT), free=parse(MIXED_FREE)),
}

# --------------------------------------------------------------- rendering
MARK = re.compile(r"\{([A-Za-z]+2?)(?:\.([gsn]))?\}")
PHI_KIND = {"PHONE": "PHONE", "ID": "ID", "MRN": "MRN", "DOB": "DOB", "ADDR": "ADDRESS", "EMAIL": "EMAIL"}
ROLES = set("ABCDI")


class Ctx:
    def __init__(self, r, lang, region, need_sur):
        self.r, self.lang, self.region, self.need_sur = r, lang, region, need_sur
        self.people, self.phi = {}, {}
        self.used = {"sur": set(), "given": set(), "chars": set()}

    def person(self, role):
        if role not in self.people:
            if role == "I":
                self.people[role] = draw_initials(self.r, "I", self.lang)
            else:
                if self.lang == "en":
                    script = "latin"
                elif self.lang == "mixed":
                    script = "latin" if self.r.random() < 0.45 else "cjk"
                else:
                    script = "trad" if self.region in ("hk", "tw") else "cjk"
                self.people[role] = draw_person(self.r, role, script, role in self.need_sur, self.used)
        return self.people[role]

    def value(self, key):
        if key not in self.phi:
            self.phi[key] = gen_phi(self.r, key, self.region)
        return self.phi[key]


def render(tpl, ctx):
    """-> (text, idents, fills); idents = [start, end, eid, kind, text, parts, form, person]"""
    cur, pos, idents, fills = "", 0, [], []
    for m in MARK.finditer(tpl):
        cur += tpl[pos : m.start()]
        key, f = m.group(1), m.group(2) or ""
        if key in ROLES:
            p = ctx.person(key)
            t, parts = p.form(f, ctx.r)
            idents.append([len(cur), len(cur) + len(t), key, "NAME", t, parts, f, p])
        elif key in PHI_KIND:
            t, parts = ctx.value(key)
            idents.append([len(cur), len(cur) + len(t), key, PHI_KIND[key], t, parts, "", None])
        else:
            t = ctx.r.choice(FILL[key])
            fills.append(t)
        cur += t
        pos = m.end()
    return cur + tpl[pos:], idents, fills


def occurrences(text, part):
    if re.search(r"[A-Za-z]", part):
        pat = r"(?<![A-Za-z0-9])" + re.escape(part) + r"(?![A-Za-z0-9])"
        return [(m.start(), m.end()) for m in re.finditer(pat, text, re.I)]
    out, i = [], text.find(part)
    while i >= 0:
        out.append((i, i + len(part)))
        i = text.find(part, i + 1)
    return out


def inside(iv, ivs):
    return any(s <= iv[0] and iv[1] <= e for s, e in ivs)


def overlaps(iv, ivs):
    return any(iv[0] < e and s < iv[1] for s, e in ivs)


def id_valid(t):
    if re.fullmatch(r"\d{17}[\dX]", t):
        return gb_valid(t)
    m = re.fullmatch(r"([A-Z])(\d{6})\(([\dA])\)", t)
    if m:
        return hk_check(m.group(1), m.group(2)) == m.group(3)
    if re.fullmatch(r"[A-Z][12]\d{8}", t):
        return tw_valid(t)
    m = re.fullmatch(r"(\d{3}) (\d{3}) (\d{4})", t)
    if m:
        d = "".join(m.groups())
        return nhs_check(d[:9]) == d[9]
    return False


def check_row(turns, idents, fills, phi_free):
    """return (spans, protect) or raise AssertionError"""
    text = "\n".join(turns)
    ivs = [(i[0], i[1]) for i in idents]
    by_ent = defaultdict(list)
    for i in idents:
        assert text[i[0] : i[1]] == i[4]
        by_ent[i[2]].append((i[0], i[1]))
    assert not phi_free or not idents
    spans = {}
    for s, e, eid, kind, t, parts, f, p in idents:
        key = (kind, t)
        if key in spans:
            assert spans[key][1] == eid and spans[key][0] == parts, "span clash"
        else:
            spans[key] = (parts, eid)
        assert t in parts or kind == "NAME" and t in parts
        for part in parts:
            assert part and part in t, "part not in span"
            occ = occurrences(text, part)
            assert occ, "part not found"
            for o in occ:
                assert inside(o, by_ent[eid]), "unlabelled occurrence of %r" % part
        if kind == "ID":
            assert id_valid(t), "bad id %s" % t
        if kind == "NAME" and f == "s" and p.script == "cjk":
            ok = (
                (s > 0 and text[s - 1] in "老小阿")
                or any(text.startswith(x, e) for x in TITLES)
                or any(text[:s].endswith(x) for x in LAT_TITLES)
            )
            assert ok, "bare surname"
    all_parts = [x for (k, t), (ps, _) in spans.items() for x in ps + [t]]
    protect = []
    for term in list(dict.fromkeys(fills + [w for w in LEXICON if w in text])):
        occ = (
            occurrences(text, term)
            if not re.search(r"[A-Za-z]", term)
            else [(m.start(), m.end()) for m in re.finditer(re.escape(term), text)]
        )
        if not occ:
            continue
        if all(inside(o, ivs) for o in occ):
            continue  # the word is only present as (part of) an identifier
        for o in occ:
            assert not overlaps(o, ivs), "protect %r overlaps identifier" % term
        for x in all_parts:
            assert x not in term and term not in x, "protect %r vs part %r" % (term, x)
        protect.append((occ[0][0], term))
    protect = [t for _, t in sorted(protect)]
    out_spans = [{"kind": k, "text": t, "parts": ps} for (k, t), (ps, _) in spans.items()]
    return out_spans, protect


# ---------------------------------------------------------------- row build


def build_row(r, lang, phi_free):
    if lang == "zh":
        genre = r.choice(sorted(ZH))
        region = REGION.get(genre, "zh")
        pk = "trad" if genre in TRAD_GENRES else "zh"
        main = ZH[genre]
        extra = []
    elif lang == "en":
        genre = r.choice(sorted(EN))
        region, pk, main, extra = "en", "en", EN[genre], []
    else:
        genre = r.choice(sorted(MIXED))
        region, pk, main = "zh", "mixed", MIXED[genre]
        extra = ZH.get(genre, []) + EN.get(genre, []) + ZH["forum_post"] + EN["forum_post"]
    pools = POOLS[pk]
    n_turns = r.choices([1, 2, 3, 4], [30, 32, 22, 16])[0]
    chosen = []  # list of lists of (tag, tpl)
    if phi_free:
        free = pools["free"] + (POOLS["zh"]["free"] if pk == "mixed" else [])
        reply_free = [x for x in pools["reply"] if x[0] == "none"]
        bag = r.sample(free, len(free))
        for t in range(n_turns):
            if t % 2 == 1 and r.random() < 0.6:
                chosen.append([r.choice(reply_free)])
            else:
                k = min(r.choice([1, 2, 2, 3]), len(bag))
                chosen.append([bag.pop() for _ in range(k)] or [r.choice(free)])
        tags = [x[0] for turn in chosen for x in turn]
        style = ("clinical_prose" if tags.count("note") >= tags.count("chat") else "health_chat") + "_" + pk
    else:
        bag = r.sample(main, len(main))
        for t in range(n_turns):
            if t % 2 == 1:
                k = r.choice([1, 1, 2])
                chosen.append(r.sample(pools["reply"], k))
            else:
                k = r.choice([1, 2, 2, 3, 3])
                turn = []
                for _ in range(k):
                    if extra and r.random() < 0.3:
                        turn.append(r.choice(extra))
                    elif bag:
                        turn.append(bag.pop())
                chosen.append(turn or [r.choice(main)])
        if r.random() < 0.32:
            even = [i for i in range(len(chosen)) if i % 2 == 0]
            chosen[r.choice(even)].insert(r.randint(0, 1), r.choice(pools["contact"]))
        if not any(MARK.search(tpl) and re.search(r"\{[A-Z]", tpl) for turn in chosen for _, tpl in turn):
            chosen[0].append(r.choice([x for x in main if x[0] != "contact"]))
        style = genre
    sep = "" if pk in ("zh", "trad") else " "
    need_sur = {m.group(1) for turn in chosen for _, tpl in turn for m in MARK.finditer(tpl) if m.group(2) == "s"}
    for _attempt in range(30):
        ctx = Ctx(r, lang, region, need_sur)
        turns, idents, fills, off = [], [], [], 0
        try:
            for turn in chosen:
                txt = ""
                for _, tpl in turn:
                    s, ids, fl = render(tpl, ctx)
                    if txt:
                        txt += sep
                    for i in ids:
                        i[0] += off + len(txt)
                        i[1] += off + len(txt)
                    txt += s
                    idents += ids
                    fills += fl
                turns.append(txt)
                off += len(txt) + 1
            spans, protect = check_row(turns, idents, fills, phi_free)
        except (AssertionError, RuntimeError):
            continue
        if not phi_free and not spans:
            return None
        tags = []
        for turn in chosen:
            for tag, tpl in turn:
                if re.search(r"\{[A-Z]", tpl) and tag not in tags:
                    tags.append(tag)
        ntypes = []
        for p in ctx.people.values():
            for ty in p.types:
                if ty not in ntypes:
                    ntypes.append(ty)
        source = "none" if phi_free else "+".join(tags + ntypes)
        used_tpls = [tpl for turn in chosen for _, tpl in turn]
        return dict(lang=lang, style=style, source=source, turns=turns, spans=spans, protect=protect), used_tpls
    return None


def main():
    langs = ["zh"] * 260 + ["en"] * 80 + ["mixed"] * 60
    free_n = {"zh": 91, "en": 28, "mixed": 21}
    flags = []
    for lg in ("zh", "en", "mixed"):
        cnt = langs.count(lg)
        flags += [(lg, i < free_n[lg]) for i in range(cnt)]
    rng.shuffle(flags)
    rows, seen_turns, tpl_used = [], set(), set()
    for lg, free in flags:
        for _ in range(500):
            res = build_row(rng, lg, free)
            if res is None:
                continue
            row, used = res
            key = tuple(row["turns"])
            if key in seen_turns:
                continue
            seen_turns.add(key)
            tpl_used.update(used)
            rows.append(row)
            break
        else:
            raise RuntimeError("could not build row")
    out = []
    for i, row in enumerate(rows, 1):
        out.append(dict(id="dev12-%04d" % i, **row))
    ids = [o["id"] for o in out]
    assert len(set(ids)) == len(ids)
    for o in out:
        text = "\n".join(o["turns"])
        for sp in o["spans"]:
            assert sp["text"] in text and all(p in sp["text"] for p in sp["parts"])
        for pr in o["protect"]:
            assert pr in text
        if o["source"] == "none":
            assert not o["spans"]
        else:
            assert o["spans"]
    with open(OUT, "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")

    # ------------------------------------------------------------ summary
    per_lang = Counter(o["lang"] for o in out)
    free = Counter(o["lang"] for o in out if o["source"] == "none")
    kinds = defaultdict(Counter)
    for o in out:
        for sp in o["spans"]:
            kinds[o["lang"]][sp["kind"]] += 1
    tot = Counter()
    for c in kinds.values():
        tot.update(c)
    zh_all = {tpl for g in ZH.values() for _, tpl in g}
    zh_all |= {tpl for k in ("zh", "trad") for p in ("reply", "contact", "free") for _, tpl in POOLS[k][p]}
    all_zh, zh_tpl = len(zh_all), len(zh_all & tpl_used)
    print("wrote %d rows to %s" % (len(out), os.path.relpath(OUT)))
    print("rows per lang:", dict(per_lang))
    print("PHI-free rows: %d (%s)" % (sum(free.values()), dict(free)))
    print("turns per row:", dict(sorted(Counter(len(o["turns"]) for o in out).items())))
    for lg in ("zh", "en", "mixed"):
        print("spans %-5s:" % lg, dict(sorted(kinds[lg].items())))
    print(
        "spans total:",
        dict(sorted(tot.items())),
        "NAME share of spans: %.0f%%" % (100.0 * tot["NAME"] / sum(tot.values())),
    )
    print("trad/cantonese zh rows:", sum(1 for o in out if o["style"] in TRAD_GENRES or o["style"].endswith("_trad")))
    print("Chinese templates defined: %d, used: %d" % (all_zh, zh_tpl))
    print("protect strings:", sum(len(o["protect"]) for o in out))


if __name__ == "__main__":
    main()
