#!/usr/bin/env python3
"""Generate tests/data/deid_dev10.jsonl, a labelled development set for the de-identification scrubber.

Written blind in round 14 of issue 10: the author did not read the scrubber, its rules or
vocabulary, its tests, the other deid_* data sets or their generators, nor git history; only
section 7 of ../shared/PROTOCOL.md (what counts as PHI).  Every text, pool and template below was
invented for this file.  Standard library only; deterministic (random.Random(10)).

What the set targets
--------------------
PERSON NAMES above all (about 70% of labelled identifiers), in the places a scrubber finds
hardest, and PHI-free text that a careless scrubber would damage.  About 400 conversations of
1-5 turns: 50% Chinese, 35% English, 15% mixed; about 35% PHI-free.

* Chinese names without cue words: sentence subjects (建国今天又咳了), lists joined by 、，和 跟,
  vocatives (秀兰你把药拿来), objects of verbs (叫了志强过来, 交给海燕), shift handovers and duty
  rosters, WeChat group chats with speaker prefixes (李桂芳：...), signatures and copy lines
  (抄送：..., 记录人 ...); one-character given names (王芳); rare surnames (岑 覃 蒙 禤 冼 佘 阚 亓
  晏 郗 蔺 逯 麴 ...); double surnames (欧阳 上官 司马 诸葛 ...); minority names (阿依古丽·买买提,
  扎西多吉, 乌兰图雅 ...); traditional characters (陳志明); names that are ordinary words (高明 江山
  马力 文静 ...); Hong Kong married names (陳李美玲); nicknames and surname+title forms (阿强 小芳
  老陈 陈姐 王总 李老师); a given name alone after the full name; names in quotes or brackets.
* English names: running text without titles, lowercase chat (my son kevin), "SURNAME, Given",
  "Last, First M." headers, initials (J. R. Okafor; JRO), hyphen/apostrophe names, particles
  (van der Berg, de la Cruz, bin Abdullah), ordinary-word names (Rose, Will, Grace, Baker, Green,
  ...), South Asian, African, Arabic, Slavic, Vietnamese, Korean, Japanese, Hispanic and pinyin
  names, names after roles (the registrar Priya, Sister Agnes), e-mail sign-offs and cc: lines,
  possessives (Ahmed's mother).
* Other identifiers more lightly (about 30% of spans): phones, ID numbers (Chinese resident IDs
  with valid GB 11643 check digits, NHS numbers with valid mod-11 check digits, passports), record
  numbers, addresses, dates of birth, e-mail addresses.
* PHI-free look-alikes, listed in "protect": ordinary-word names used as words (高明的医生, 马力不足,
  rose to 160, will review, frank blood, white cell count ...), eponyms (帕金森病, 川崎病, Crohn's
  disease, Apgar score, 白求恩, 华佗再造丸), hospitals and buildings named after people (中山医院,
  逸夫楼, St Mary's Hospital, Johns Hopkins), drugs and brands, departments and wards, doses, blood
  pressures, lab values, visit dates, ages, durations, ICD codes, Chinese words that begin with a
  surname character (高血压 常规 石膏 周期 林可霉素 黄疸 白细胞 ...), roles alone (主任, the
  registrar).

Row format (one JSON object a line, ensure_ascii=False)
-------------------------------------------------------
{"id": "dev10-0001", "lang": "zh"|"en"|"mixed", "style": "<genre>", "source": "<where the PHI
 sits, 'none' when PHI-free>", "turns": ["user", "assistant", ...],
 "spans": [{"kind": KIND, "text": exact substring, "parts": [...]}], "protect": ["...", ...]}
Kinds: NAME, PHONE, ID, MRN, DOB, ADDRESS, EMAIL.  "spans" lists each distinct (kind, text) once,
in order of first appearance; the text is labelled wherever it occurs in the row.

Labelling rules
---------------
* Names of patients, relatives, neighbours and staff are PHI.  The name is labelled, never the
  title around it (张秀英主任 -> 张秀英; Dr Patel -> Patel).  For surname+title (王医生, 老王, 小李,
  陈姐, 陳太) only the surname is the span, parts [surname].  A nickname 阿强/小芳 is one span.
* parts = the pieces that alone would still identify:
  - Chinese full name: the whole, plus the given name when it has 2+ characters (张秀英 ->
    [张秀英, 秀英]; 吴敏 -> [吴敏]); "·" minority names add the given part before the dot; a Hong
    Kong married name 陳李美玲 -> [陳李美玲, 李美玲, 美玲].
  - English name: the given name and the surname as written; a piece shorter than 3 letters is
    not a part on its own, the two together (the span text) are added instead (Li Wei -> [Wei,
    Li Wei]; J. R. Okafor -> [Okafor, J. R. Okafor]).  A single-token span is its own part.
  - phones, ID and record numbers: the whole and each group of 4+ digits.
  - e-mail: the whole and its local part.
  - address: the whole and its distinctive pieces (house number with street, estate or building
    name, postcode, village), never a city or district alone.
  - DOB: the whole only.
* Every occurrence of a part anywhere in the row lies inside a labelled span; a later mention of
  the same person is its own span (for example the given name alone).
* Span text is an exact substring; protect strings occur verbatim and never overlap or contain a
  span or part.

Checks (a row failing any is drawn again, from the same generator and random stream)
--------------------------------------------------------------------
Built-in, using the positions where identifiers were inserted:
 1. span and protect strings occur verbatim; parts are substrings of their span;
 2. every occurrence of a span text lies inside an inserted identifier (no accidental copies);
 3. every occurrence of a part lies inside an inserted identifier: Latin parts matched as whole
    words ignoring case (so the name "Will" forbids an unlabelled "will"), digit parts as plain
    substrings (so a part inside an unlabelled longer number counts), CJK parts as substrings;
 4. a Latin span occurs only as a whole word;
 5. a one-character span (a surname) occurs only after 老/小/阿 or before a title (医生, 姐, 总...);
 6. no protect string overlaps an identifier, contains a span or part, or is contained in one
    (case-insensitive substring test in both directions);
 7. resident IDs carry valid GB 11643 check digits, NHS numbers valid mod-11 check digits;
 8. the same checks again on the JSON row alone (spans located by text), PHI-free rows have
    source "none" and no spans, ids are unique.
A summary (rows per lang, spans per kind and language, PHI-free count) is printed at the end.

Run:  python3 tests/data/make_deid_dev10.py
"""

import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

SEED = 10
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "deid_dev10.jsonl")

N_ROWS = {"zh": 200, "en": 140, "mixed": 60}
N_FREE = {"zh": 70, "en": 49, "mixed": 21}
KINDS = ("NAME", "PHONE", "ID", "MRN", "DOB", "ADDRESS", "EMAIL")

# --------------------------------------------------------------------------- entities and rows


class Ent:
    __slots__ = ("kind", "text", "parts")

    def __init__(self, kind, text, parts=None):
        self.kind = kind
        self.text = text
        self.parts = list(dict.fromkeys(parts or [text]))


def digit_groups(s):
    return re.findall(r"\d{4,}", s)


def num_ent(kind, text):
    return Ent(kind, text, [text] + digit_groups(text))


TOK = re.compile(r"\{(\w+)\}|<<(.+?)>>", re.S)


def render(tpl, env, depth=0):
    """Fill {key} (Ent -> labelled span, str -> text, may itself hold markers) and <<protect>>."""
    if depth > 5:
        raise ValueError("template recursion")
    out, marks, prot, cur, pos = [], [], [], 0, 0
    for m in TOK.finditer(tpl):
        lit = tpl[pos : m.start()]
        out.append(lit)
        cur += len(lit)
        if m.group(1):
            v = env[m.group(1)]
            if isinstance(v, Ent):
                marks.append((cur, cur + len(v.text), v))
                out.append(v.text)
                cur += len(v.text)
            else:
                t, mk, pr = render(str(v), env, depth + 1)
                marks.extend((s + cur, e + cur, x) for s, e, x in mk)
                prot.extend(pr)
                out.append(t)
                cur += len(t)
        else:
            t, mk, pr = render(m.group(2), env, depth + 1)
            if mk:
                raise ValueError("identifier inside a protect marker: " + tpl)
            prot.append(t)
            out.append(t)
            cur += len(t)
        pos = m.end()
    out.append(tpl[pos:])
    return "".join(out), marks, prot


class Row:
    def __init__(self, lang, style, source):
        self.lang, self.style, self.source = lang, style, source
        self.turns, self.marks, self.protect = [], [], []

    def say(self, tpl, **env):
        text, marks, prot = render(tpl, env)
        idx = len(self.turns)
        self.turns.append(text)
        self.marks.extend((idx, s, e, ent) for s, e, ent in marks)
        for p in prot:
            if p not in self.protect:
                self.protect.append(p)
        return self

    def spans(self):
        seen = {}
        for _t, _s, _e, ent in sorted(self.marks, key=lambda m: (m[0], m[1])):
            key = (ent.kind, ent.text)
            if key not in seen:
                seen[key] = {"kind": ent.kind, "text": ent.text, "parts": list(ent.parts)}
            else:
                for p in ent.parts:
                    if p not in seen[key]["parts"]:
                        seen[key]["parts"].append(p)
        return list(seen.values())

    def to_json(self, rid):
        spans = self.spans()
        return {
            "id": rid,
            "lang": self.lang,
            "style": self.style,
            "source": self.source if spans else "none",
            "turns": list(self.turns),
            "spans": spans,
            "protect": list(self.protect),
        }


# --------------------------------------------------------------------------- checks

LAT = "A-Za-z0-9\u00c0-\u024f\u1e00-\u1eff"
LAT_CHAR = re.compile("[" + LAT + "]")
ZH_PREFIX = "老小阿"
ZH_TITLES = (
    "医生",
    "大夫",
    "护士",
    "护长",
    "老师",
    "主任",
    "姐",
    "哥",
    "妹",
    "总",
    "阿姨",
    "叔",
    "师傅",
    "药师",
    "院长",
    "教授",
    "工",
    "大爷",
    "大妈",
    "奶奶",
    "爷爷",
    "婆婆",
    "太",
    "伯",
    "姨",
    "先生",
    "女士",
    "小姐",
    "经理",
    "科长",
    "医师",
    "生",
    "姑娘",
    "醫生",
    "護士",
    "師傅",
    "老師",
    "嫂",
    "同学",
    "博士",
    "家",
)


def is_latin(s):
    return re.search(r"[A-Za-z]", s) is not None


def find_all(hay, needle, icase=False):
    if not needle:
        return []
    if icase:
        hay, needle = hay.lower(), needle.lower()
    out, i = [], hay.find(needle)
    while i != -1:
        out.append((i, i + len(needle)))
        i = hay.find(needle, i + 1)
    return out


def whole_word(hay, s, e):
    if s > 0 and LAT_CHAR.match(hay[s - 1]) and LAT_CHAR.match(hay[s]):
        return False
    if e < len(hay) and LAT_CHAR.match(hay[e]) and LAT_CHAR.match(hay[e - 1]):
        return False
    return True


def part_occurrences(hay, part):
    if is_latin(part):
        return [(s, e) for s, e in find_all(hay, part, icase=True) if whole_word(hay, s, e)]
    return find_all(hay, part)


def next_to_title(hay, s, e):
    if s > 0 and hay[s - 1] in ZH_PREFIX:
        return True
    return any(hay.startswith(t, e) for t in ZH_TITLES)


CN_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def cn_check_digit(body17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, CN_W)) % 11]


def cn_id_valid(s):
    return bool(re.fullmatch(r"\d{17}[\dX]", s)) and cn_check_digit(s[:17]) == s[17]


def nhs_valid(s):
    d = s.replace(" ", "")
    if not re.fullmatch(r"\d{10}", d):
        return False
    c = 11 - sum(int(x) * w for x, w in zip(d[:9], range(10, 1, -1))) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


def span_checks(turns, spans, protect, covered):
    """Checks shared by the mark-based and the JSON-based validators.
    covered(t, s, e) says whether [s, e) in turn t lies inside a labelled identifier."""
    errs = []
    kinds = {}
    for sp in spans:
        text, kind, parts = sp["text"], sp["kind"], sp["parts"]
        if kind not in KINDS:
            errs.append("bad kind %s" % kind)
        if kinds.setdefault(text, kind) != kind:
            errs.append("text with two kinds: %s" % text)
        if not text.strip() or text != text.strip():
            errs.append("blank or padded span %r" % text)
        if not parts:
            errs.append("no parts: %s" % text)
        if kind != "NAME" and text not in parts:
            errs.append("parts must contain the whole: %s" % text)
        for p in parts:
            if p not in text:
                errs.append("part %r not in span %r" % (p, text))
        if not any(text in t for t in turns):
            errs.append("span not verbatim: %s" % text)
        for ti, hay in enumerate(turns):
            for s, e in find_all(hay, text):
                if not covered(ti, s, e):
                    errs.append("unlabelled copy of span %r in turn %d" % (text, ti))
                if is_latin(text) and not whole_word(hay, s, e):
                    errs.append("Latin span %r inside a word" % text)
                if len(text) == 1 and not next_to_title(hay, s, e):
                    errs.append("one-character span %r without title in turn %d" % (text, ti))
            for p in parts:
                for s, e in part_occurrences(hay, p):
                    if not covered(ti, s, e):
                        errs.append("part %r outside spans in turn %d" % (p, ti))
        if kind == "ID" and re.fullmatch(r"\d{17}[\dXx]", text) and not cn_id_valid(text):
            errs.append("bad resident ID %s" % text)
        if kind == "ID" and re.fullmatch(r"\d{3} \d{3} \d{4}", text) and not nhs_valid(text):
            errs.append("bad NHS number %s" % text)
    for p in protect:
        if not p.strip():
            errs.append("blank protect")
        found = False
        for ti, hay in enumerate(turns):
            for s, e in find_all(hay, p):
                found = True
                if covered(ti, s, e, overlap=True):
                    errs.append("protect %r overlaps a span" % p)
        if not found:
            errs.append("protect not verbatim: %s" % p)
        for sp in spans:
            for q in [sp["text"]] + sp["parts"]:
                if q.lower() in p.lower() or p.lower() in q.lower():
                    errs.append("protect %r vs span/part %r" % (p, q))
    return errs


def check_row(row):
    """Mark-based check of a generated Row (positions known)."""
    errs = []
    iv = defaultdict(list)
    for t, s, e, ent in row.marks:
        if row.turns[t][s:e] != ent.text:
            errs.append("mark mismatch")
        iv[t].append((s, e))

    def covered(t, s, e, overlap=False):
        if overlap:
            return any(s < b and a < e for a, b in iv[t])
        return any(a <= s and e <= b for a, b in iv[t])

    if not 1 <= len(row.turns) <= 5:
        errs.append("turn count")
    if any(not t.strip() for t in row.turns):
        errs.append("empty turn")
    errs += span_checks(row.turns, row.spans(), row.protect, covered)
    return errs


def check_json(d):
    """Check a JSON row alone: spans are located by their text."""
    errs = []
    for k in ("id", "lang", "style", "source", "turns", "spans", "protect"):
        if k not in d:
            errs.append("missing " + k)
    if errs:
        return errs
    if d["lang"] not in N_ROWS:
        errs.append("lang")
    if not (1 <= len(d["turns"]) <= 5) or not all(isinstance(t, str) and t.strip() for t in d["turns"]):
        errs.append("turns")
    if (not d["spans"]) != (d["source"] == "none"):
        errs.append("source/spans mismatch")
    iv = defaultdict(list)
    for sp in d["spans"]:
        for ti, hay in enumerate(d["turns"]):
            for s, e in find_all(hay, sp["text"]):
                if not is_latin(sp["text"]) or whole_word(hay, s, e):
                    iv[ti].append((s, e))

    def covered(t, s, e, overlap=False):
        if overlap:
            return any(s < b and a < e for a, b in iv[t])
        return any(a <= s and e <= b for a, b in iv[t])

    errs += span_checks(d["turns"], d["spans"], d["protect"], covered)
    return errs


# --------------------------------------------------------------------------- Chinese name pools

ZH_SUR_COMMON = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺"
    "顾毛郝龚邵万钱严武戴莫孔汤"
)
ZH_SUR_RARE = list("岑覃蒙禤冼佘阚亓晏郗蔺逯麴邝敖滕缪栾訾仉笪揭宓隗乜")
ZH_SUR_DOUBLE = [
    "欧阳",
    "上官",
    "司马",
    "诸葛",
    "端木",
    "皇甫",
    "令狐",
    "慕容",
    "公孙",
    "东方",
    "夏侯",
    "尉迟",
    "长孙",
    "宇文",
    "司徒",
    "澹台",
]
ZH_GIVEN2 = (
    "秀兰 志强 海燕 桂芳 秀英 淑珍 丽华 玉兰 子涵 雨桐 晓燕 春梅 德胜 金凤 振华 伟东 婉婷 思远 "
    "佳怡 美玲 志明 淑芬 红梅 文博 梓萱 一鸣 明轩 欣怡 少华 永福 凤英 兰英 玉珍 国华 家豪 若曦 "
    "慧敏 建国 国强 建军 秋菊 冬梅 翠花 宝山 福生 桂英 素琴 丽娟 海涛 晓东 诗涵 梦瑶 子轩 嘉怡 "
    "泽宇 雅琴 书瑶 振国 爱华 月娥 惠珍 德明 永强 连生 水英 春生 金娣 阿妹 瑞芬 锦荣 巧云"
).split()
ZH_GIVEN2 = [g for g in ZH_GIVEN2 if g != "阿妹"]
ZH_GIVEN1 = list("芳洋静敏伟磊军勇杰娟涛超霞平刚丽艳婷斌鹏琳颖蕾倩萍慧燕辉峰亮")
ZH_WORDNAMES = [
    "高明",
    "江山",
    "马力",
    "文静",
    "金花",
    "海洋",
    "石磊",
    "向阳",
    "白雪",
    "方正",
    "常青",
    "林海",
    "夏雨",
    "高峰",
    "田野",
    "白云",
    "文明",
    "金星",
    "马达",
]
ZH_TRAD = [
    ("陳", "志明"),
    ("黃", "美玲"),
    ("張", "偉強"),
    ("劉", "淑儀"),
    ("楊", "家豪"),
    ("吳", "嘉欣"),
    ("鄭", "國榮"),
    ("梁", "詠詩"),
    ("林", "俊傑"),
    ("何", "文輝"),
    ("蔡", "麗娟"),
    ("謝", "振邦"),
    ("馮", "慧敏"),
    ("許", "家樂"),
    ("葉", "寶珠"),
    ("鍾", "志偉"),
    ("蘇", "佩珊"),
    ("盧", "錦華"),
    ("羅", "啟明"),
    ("趙", "麗嫦"),
]
ZH_HK_MARRIED = [
    ("陳", "李", "美玲"),
    ("黃", "張", "淑芬"),
    ("梁", "何", "麗華"),
    ("林", "陳", "秀珍"),
    ("吳", "鄧", "慧儀"),
    ("鄭", "羅", "碧霞"),
    ("周", "馮", "玉蓮"),
]
ZH_MINORITY = [
    ("阿依古丽·买买提", "阿依古丽"),
    ("热依拉·阿不都拉", "热依拉"),
    ("迪丽娜尔·艾力", "迪丽娜尔"),
    ("努尔江·吐尔逊", "努尔江"),
    ("古丽米热·艾则孜", "古丽米热"),
    ("帕提古丽·热合曼", "帕提古丽"),
    ("阿不都热依木·艾海提", "阿不都热依木"),
    ("扎西多吉", None),
    ("格桑卓玛", None),
    ("次仁旺姆", None),
    ("达瓦次仁", None),
    ("央金拉姆", None),
    ("乌兰图雅", None),
    ("巴特尔", None),
    ("其木格", None),
    ("斯琴巴图", None),
    ("那日苏", None),
    ("吾尔开希", None),
    ("图尔逊娜依", None),
    ("白玛央宗", None),
]
ZH_NICKS = [
    "阿强",
    "阿珍",
    "阿明",
    "阿伟",
    "阿芬",
    "阿娟",
    "阿彬",
    "阿杰",
    "阿玲",
    "阿坤",
    "小芳",
    "小丽",
    "小军",
    "小敏",
    "小红",
    "小燕",
    "小婷",
    "小斌",
    "小磊",
    "小雯",
]
ZH_AFFIX_BEFORE = ["老", "小"]
ZH_AFFIX_AFTER = [
    "姐",
    "哥",
    "妹",
    "总",
    "老师",
    "师傅",
    "阿姨",
    "叔",
    "医生",
    "护士",
    "主任",
    "大夫",
    "药师",
    "工",
    "奶奶",
    "大爷",
]


class ZhP:
    def __init__(self, text, parts, sur, given):
        self.text, self.sur, self.given_text = text, sur, given
        self.full = Ent("NAME", text, parts)
        self.g = Ent("NAME", given, [given]) if given else self.full
        self.s = Ent("NAME", sur, [sur]) if sur else None


ZH_FORMS = [
    (26, "common2"),
    (12, "common1"),
    (12, "rare"),
    (9, "double"),
    (9, "minority"),
    (8, "trad"),
    (14, "word"),
    (4, "hk"),
]


def wchoice(rng, items):
    tot = sum(w for w, _ in items)
    x = rng.uniform(0, tot)
    for w, v in items:
        x -= w
        if x <= 0:
            return v
    return items[-1][1]


def make_zh(rng, form):
    if form == "common2":
        s, g = rng.choice(ZH_SUR_COMMON), rng.choice(ZH_GIVEN2)
        return ZhP(s + g, [s + g, g], s, g)
    if form == "common1":
        s, g = rng.choice(ZH_SUR_COMMON), rng.choice(ZH_GIVEN1)
        return ZhP(s + g, [s + g], s, None)
    if form in ("rare", "double"):
        s = rng.choice(ZH_SUR_RARE if form == "rare" else ZH_SUR_DOUBLE)
        if rng.random() < 0.6:
            g = rng.choice(ZH_GIVEN2)
            return ZhP(s + g, [s + g, g], s, g)
        g = rng.choice(ZH_GIVEN1)
        return ZhP(s + g, [s + g], s, None)
    if form == "minority":
        t, g = rng.choice(ZH_MINORITY)
        return ZhP(t, [t] + ([g] if g else []), None, g)
    if form == "trad":
        s, g = rng.choice(ZH_TRAD)
        return ZhP(s + g, [s + g, g], s, g)
    if form == "hk":
        h, m, g = rng.choice(ZH_HK_MARRIED)
        return ZhP(h + m + g, [h + m + g, m + g, g], h, g)
    if form == "word":
        w = rng.choice(ZH_WORDNAMES)
        return ZhP(w, [w], w[0], None)
    raise ValueError(form)


# --------------------------------------------------------------------------- English name pools

EN_POOLS = {
    "general": (
        [
            "Margaret",
            "Thomas",
            "Eleanor",
            "Declan",
            "Siobhan",
            "Niamh",
            "Gareth",
            "Rhys",
            "Oliver",
            "Sophie",
            "Harriet",
            "Callum",
            "Bethan",
            "Eileen",
            "Graham",
            "Doreen",
            "Stuart",
            "Lorna",
            "Nigel",
            "Maureen",
            "Colin",
            "Shirley",
            "Kevin",
            "Gemma",
            "Aaron",
            "Chloe",
            "Tom",
            "Ann",
            "Agnes",
            "Ben",
            "Moira",
            "Fergus",
        ],
        [
            "Thompson",
            "Hughes",
            "Whitfield",
            "Ashworth",
            "Pemberton",
            "Gallagher",
            "McCarthy",
            "Hargreaves",
            "Fairbairn",
            "Lockwood",
            "Sutcliffe",
            "Dunmore",
            "Kerrigan",
            "Blackwood",
            "Featherstone",
            "O'Neill",
            "O'Brien",
            "O'Sullivan",
            "Smith-Jones",
            "Lloyd-Davies",
            "Price-Whitaker",
            "Ffrench",
            "MacLeod",
            "Tremayne",
        ],
    ),
    "word": (
        [
            "Rose",
            "Hope",
            "Will",
            "Grace",
            "Mark",
            "Faith",
            "Bill",
            "Frank",
            "Joy",
            "Hunter",
            "Dawn",
            "Iris",
            "Grant",
            "Ruby",
            "Sunny",
            "Patience",
        ],
        [
            "Baker",
            "Cook",
            "Young",
            "Strong",
            "Rich",
            "Brown",
            "White",
            "Green",
            "Hunter",
            "Black",
            "Fisher",
            "Mason",
            "Bishop",
            "Hope",
            "Cross",
            "Long",
            "Wise",
            "Bell",
        ],
    ),
    "south_asian": (
        [
            "Priya",
            "Anjali",
            "Sanjay",
            "Deepa",
            "Arjun",
            "Lakshmi",
            "Ravi",
            "Sunita",
            "Harpreet",
            "Imran",
            "Farhana",
            "Rajesh",
            "Kavitha",
            "Nikhil",
        ],
        [
            "Patel",
            "Sharma",
            "Iyer",
            "Chatterjee",
            "Reddy",
            "Krishnan",
            "Banerjee",
            "D'Souza",
            "Fernandes",
            "Nair",
            "Gupta",
            "Choudhury",
            "Sandhu",
            "Rahman",
        ],
    ),
    "african": (
        [
            "Chidi",
            "Ngozi",
            "Kwame",
            "Ama",
            "Tendai",
            "Oluwaseun",
            "Adaeze",
            "Kofi",
            "Wanjiru",
            "Thandiwe",
            "Babajide",
            "Amara",
            "Chiamaka",
            "Yaw",
        ],
        [
            "Okafor",
            "Adeyemi",
            "Mensah",
            "Mwangi",
            "Nwosu",
            "Boateng",
            "Chukwu",
            "Okonkwo",
            "Asante",
            "Moyo",
            "Dlamini",
            "Abiodun",
            "Ogunleye",
            "Kamau",
        ],
    ),
    "arabic": (
        [
            "Ahmed",
            "Omar",
            "Yusuf",
            "Fatima",
            "Layla",
            "Khalid",
            "Noura",
            "Mariam",
            "Hassan",
            "Samira",
            "Tariq",
            "Aisha",
            "Mohammed",
            "Rania",
        ],
        [
            "Haddad",
            "Al-Rashid",
            "Khalil",
            "Mansour",
            "Saleh",
            "Farouk",
            "El-Amin",
            "Nasser",
            "Qureshi",
            "Al-Masri",
            "Hamdan",
        ],
    ),
    "slavic": (
        [
            "Olga",
            "Dmitri",
            "Katarzyna",
            "Piotr",
            "Svetlana",
            "Bogdan",
            "Agnieszka",
            "Tomasz",
            "Irina",
            "Milan",
            "Jelena",
            "Oksana",
            "Andriy",
            "Zofia",
        ],
        [
            "Kowalski",
            "Nowak",
            "Petrov",
            "Ivanova",
            "Shevchenko",
            "Horvat",
            "Novak",
            "Wiśniewska",
            "Kuznetsov",
            "Dvořák",
            "Zieliński",
            "Bondarenko",
            "Jovanović",
        ],
    ),
    "vietnamese": (
        ["Linh", "Thanh", "Minh", "Huong", "Tuan", "Lan", "Duc", "Mai", "Quang", "Thuy"],
        ["Nguyen", "Tran", "Pham", "Hoang", "Le", "Vu", "Dang", "Bui", "Do", "Ngo"],
    ),
    "korean": (
        ["Min-jun", "Seo-yeon", "Ji-woo", "Hyun-woo", "Soo-jin", "Eun-ji", "Jae-sung", "Ha-eun"],
        ["Kim", "Park", "Lee", "Choi", "Jung", "Kang", "Yoon", "Han"],
    ),
    "japanese": (
        ["Haruto", "Yuki", "Sakura", "Kenji", "Aiko", "Takeshi", "Hiroshi", "Naomi", "Ren", "Emi"],
        ["Tanaka", "Suzuki", "Watanabe", "Yamamoto", "Sato", "Kobayashi", "Nakamura", "Ito", "Takahashi", "Fujita"],
    ),
    "hispanic": (
        [
            "Mateo",
            "Lucia",
            "Alejandro",
            "Guadalupe",
            "Javier",
            "Carmen",
            "Diego",
            "Rosa",
            "Luis",
            "Ximena",
            "José",
            "María",
        ],
        [
            "Garcia",
            "Hernandez",
            "Rodriguez",
            "de la Cruz",
            "Morales",
            "Castillo",
            "Gutierrez",
            "Ramírez",
            "Vega",
            "Ortiz",
            "García-López",
            "dos Santos",
            "da Silva",
        ],
    ),
    "particle": (
        ["Pieter", "Anneke", "Joost", "Femke", "Willem", "Sanne", "Ahmad", "Siti", "Nurul", "Faizal"],
        ["van der Berg", "de Vries", "van Dijk", "van den Heuvel", "de Jong"],
    ),
    "pinyin": (
        [
            "Wei",
            "Xiuying",
            "Jianguo",
            "Fang",
            "Yang",
            "Jing",
            "Haiyan",
            "Zhiqiang",
            "Meiling",
            "Guifang",
            "Lei",
            "Na",
            "Min",
            "Tao",
            "Xiaoming",
            "Yuxuan",
        ],
        [
            "Zhang",
            "Wang",
            "Li",
            "Liu",
            "Chen",
            "Yang",
            "Huang",
            "Zhao",
            "Wu",
            "Zhou",
            "Xu",
            "Sun",
            "Ma",
            "Zhu",
            "Hu",
            "Guo",
            "He",
            "Lin",
            "Ouyang",
            "Situ",
        ],
    ),
}
MALAY = [
    ("Ahmad", "bin Abdullah"),
    ("Siti", "binti Ismail"),
    ("Nurul", "binti Hassan"),
    ("Faizal", "bin Osman"),
    ("Hafiz", "bin Rahman"),
]
EN_ORIGINS = [
    (15, "general"),
    (13, "word"),
    (10, "south_asian"),
    (10, "african"),
    (8, "arabic"),
    (8, "slavic"),
    (5, "vietnamese"),
    (5, "korean"),
    (5, "japanese"),
    (8, "hispanic"),
    (10, "particle"),
    (7, "pinyin"),
]
MID = "ABCDEFGHJKLMNPRSTW"


def letters(s):
    return len(re.sub(r"[^A-Za-z\u00C0-\u024F]", "", s))


def en_parts(given, surname, text):
    pieces = [p for p in (given, surname) if p]
    parts = [p for p in pieces if letters(p) >= 3]
    if len(pieces) > 1 and any(letters(p) < 3 for p in pieces):
        parts.append(text)
    return parts or [text]


class EnP:
    def __init__(self, given, surname, origin, mid=None, order="gs"):
        self.given, self.surname, self.origin, self.mid, self.order = given, surname, origin, mid, order

    def _e(self, text, g, s):
        return Ent("NAME", text, en_parts(g, s, text))

    @property
    def full(self):
        g, s = self.given, self.surname
        if self.origin == "vietnamese":
            return self._e("%s %s %s" % (s, self.mid, g), g, s)
        text = "%s %s" % ((g, s) if self.order == "gs" else (s, g))
        return self._e(text, g, s)

    @property
    def first(self):
        if letters(self.given) < 3:
            return self.full
        return Ent("NAME", self.given, [self.given])

    @property
    def last(self):
        return Ent("NAME", self.surname, [self.surname])

    @property
    def lower(self):
        return Ent("NAME", self.given.lower(), [self.given.lower()]) if letters(self.given) >= 3 else self.full

    @property
    def caps(self):
        s = self.surname.upper()
        return self._e("%s, %s" % (s, self.given), self.given, s)

    @property
    def caps_sg(self):
        s = self.surname.upper()
        return self._e("%s %s" % (s, self.given), self.given, s)

    @property
    def last_first(self):
        m = " %s." % self.mid[0] if self.mid and self.origin not in ("vietnamese",) else ""
        text = "%s, %s%s" % (self.surname, self.given, m)
        return self._e(text, self.given, self.surname)

    @property
    def initials(self):
        m = "%s. " % self.mid[0] if self.mid else ""
        text = "%s. %s%s" % (self.given[0], m, self.surname)
        return self._e(text, self.given[0] + ".", self.surname)

    @property
    def mono(self):
        sur_cap = [c for c in self.surname if c.isupper()]
        if not sur_cap:
            s0 = self.surname[0].upper()
        else:
            s0 = sur_cap[0] if self.surname[0].isupper() else sur_cap[-1]
        text = (self.given[0] + (self.mid[0] if self.mid else "X") + s0).upper()
        return Ent("NAME", text, [text])


def make_en(rng, origin):
    if origin == "particle" and rng.random() < 0.35:
        g, s = rng.choice(MALAY)
        return EnP(g, s, "malay")
    gs, ss = EN_POOLS[origin]
    if origin == "word":
        g = rng.choice(gs) if rng.random() < 0.7 else rng.choice(EN_POOLS["general"][0])
        s = rng.choice(ss) if rng.random() < 0.7 else rng.choice(EN_POOLS["general"][1])
    else:
        g, s = rng.choice(gs), rng.choice(ss)
    if origin == "vietnamese":
        return EnP(g, s, origin, mid=rng.choice(["Thi", "Van", "Minh", "Ngoc"]), order="sg")
    if origin in ("korean",):
        return EnP(g, s, origin, order="sg")
    if origin in ("pinyin", "japanese"):
        return EnP(g, s, origin, order=rng.choice(["sg", "gs"]))
    return EnP(g, s, origin, mid=rng.choice(MID) if rng.random() < 0.5 else None)


class Cast:
    """Per-row people, kept distinct so two people never share a name piece."""

    def __init__(self, rng):
        self.rng = rng
        self.used = []
        self.pieces = set()

    def _free(self, texts):
        for t in texts:
            tl = t.lower()
            if tl in self.pieces:
                return False
            for u in self.used:
                if tl in u or u in tl:
                    return False
        return True

    def _take(self, texts):
        for t in texts:
            self.pieces.add(t.lower())
            self.used.append(t.lower())

    def zh(self, form=None, need_given=False, need_sur=False, forms=None):
        for _ in range(300):
            f = form or (self.rng.choice(forms) if forms else wchoice(self.rng, ZH_FORMS))
            p = make_zh(self.rng, f)
            if need_given and not p.given_text:
                continue
            if need_sur and not p.sur:
                continue
            keys = [p.text] + ([p.given_text] if p.given_text else []) + ([p.sur] if p.sur else [])
            if not self._free(keys):
                continue
            self._take(keys)
            return p
        raise RuntimeError("cast exhausted")

    def sur(self, pool=None):
        for _ in range(300):
            r = self.rng.random()
            if pool:
                s = self.rng.choice(pool)
            elif r < 0.78:
                s = self.rng.choice(ZH_SUR_COMMON)
            elif r < 0.9:
                s = self.rng.choice(ZH_SUR_RARE)
            else:
                s = self.rng.choice(ZH_SUR_DOUBLE)
            if self._free([s]):
                self._take([s])
                return Ent("NAME", s, [s])
        raise RuntimeError("cast exhausted")

    def nick(self):
        for _ in range(300):
            n = self.rng.choice(ZH_NICKS)
            if self._free([n]):
                self._take([n])
                return Ent("NAME", n, [n])
        raise RuntimeError("cast exhausted")

    def en(self, origin=None, origins=None):
        for _ in range(300):
            o = origin or (self.rng.choice(origins) if origins else wchoice(self.rng, EN_ORIGINS))
            p = make_en(self.rng, o)
            keys = [p.given, p.surname]
            if not self._free(keys):
                continue
            self._take(keys)
            return p
        raise RuntimeError("cast exhausted")


# --------------------------------------------------------------------------- other identifiers

ZH_MOBILE_PREFIX = [
    "138",
    "139",
    "135",
    "136",
    "150",
    "151",
    "152",
    "158",
    "159",
    "186",
    "187",
    "188",
    "131",
    "132",
    "155",
    "156",
    "133",
    "153",
    "180",
    "189",
    "177",
    "199",
    "166",
    "173",
]


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def phone_zh(rng):
    if rng.random() < 0.75:
        p = rng.choice(ZH_MOBILE_PREFIX) + digits(rng, 8)
        f = rng.randint(0, 3)
        text = p if f < 2 else ("%s-%s-%s" if f == 2 else "%s %s %s") % (p[:3], p[3:7], p[7:])
    else:
        area = rng.choice(["021", "010", "020", "0755", "028", "0571", "027", "0731"])
        num = str(rng.randint(2, 8)) + digits(rng, 7)
        text = rng.choice(["%s-%s", "(%s)%s", "%s %s"]) % (area, num)
    return num_ent("PHONE", text)


def phone_en(rng):
    f = rng.randint(0, 4)
    if f == 0:
        text = "07700 900" + digits(rng, 3)
    elif f == 1:
        text = "+44 7700 900" + digits(rng, 3)
    elif f == 2:
        text = "0113 496 0" + digits(rng, 3)
    elif f == 3:
        text = "(%s) 555-01%s" % (rng.choice(["614", "520", "518", "608", "412"]), digits(rng, 2))
    else:
        text = "0491 570 1" + digits(rng, 2)
    return num_ent("PHONE", text)


ZH_AREAS = [
    "110105",
    "110108",
    "310104",
    "310115",
    "440106",
    "440305",
    "510107",
    "330106",
    "420111",
    "320102",
    "370102",
    "610113",
    "500103",
    "430104",
    "350203",
    "120101",
    "210102",
    "230103",
    "530102",
    "650102",
    "540102",
    "150102",
    "450103",
]


def rand_dob(rng, lo=1932, hi=2012):
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def resident_id(rng, dob=None):
    y, m, d = dob or rand_dob(rng)
    body = "%s%04d%02d%02d%s" % (rng.choice(ZH_AREAS), y, m, d, digits(rng, 3))
    return num_ent("ID", body + cn_check_digit(body))


def passport_zh(rng):
    return num_ent("ID", "E" + str(rng.randint(1, 9)) + digits(rng, 7))


def nhs_number(rng):
    while True:
        d = [rng.randint(4, 9)] + [rng.randint(0, 9) for _ in range(8)]
        c = 11 - sum(x * w for x, w in zip(d, range(10, 1, -1))) % 11
        c = 0 if c == 11 else c
        if c == 10:
            continue
        n = "".join(map(str, d)) + str(c)
        return num_ent("ID", "%s %s %s" % (n[:3], n[3:6], n[6:]))


def mrn_zh(rng):
    f = rng.randint(0, 3)
    if f == 0:
        return num_ent("MRN", "ZY" + str(rng.randint(1, 9)) + digits(rng, 6))
    if f == 1:
        return num_ent("MRN", "0" + digits(rng, 7))
    if f == 2:
        return num_ent("MRN", "MZ" + str(rng.randint(1, 9)) + digits(rng, 8))
    return num_ent("MRN", "B" + str(rng.randint(1, 9)) + digits(rng, 5))


def mrn_en(rng):
    f = rng.randint(0, 3)
    if f == 0:
        return num_ent("MRN", str(rng.randint(1, 9)) + digits(rng, 6))
    if f == 1:
        return num_ent("MRN", "RX" + str(rng.randint(1, 9)) + digits(rng, 6))
    if f == 2:
        return num_ent("MRN", "K" + str(rng.randint(1, 9)) + digits(rng, 5))
    return num_ent("MRN", "H" + digits(rng, 8))


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


def dob_zh(rng, dob=None):
    y, m, d = dob or rand_dob(rng)
    f = rng.randint(0, 3)
    text = ["%d年%d月%d日" % (y, m, d), "%d-%02d-%02d" % (y, m, d), "%d.%d.%d" % (y, m, d), "%d/%d/%d" % (y, m, d)][f]
    return Ent("DOB", text, [text])


def dob_en(rng, dob=None):
    y, m, d = dob or rand_dob(rng)
    f = rng.randint(0, 4)
    text = [
        "%02d/%02d/%d" % (d, m, y),
        "%d %s %d" % (d, MONTHS[m - 1], y),
        "%s %d, %d" % (MONTHS[m - 1], d, y),
        "%02d-%s-%d" % (d, MONTHS[m - 1][:3], y),
        "%d-%02d-%02d" % (y, m, d),
    ][f]
    return Ent("DOB", text, [text])


def email_ent(local, domain):
    return Ent("EMAIL", "%s@%s" % (local, domain), ["%s@%s" % (local, domain), local])


def email_zh(rng):
    if rng.random() < 0.3:
        local = str(rng.randint(1, 9)) + digits(rng, rng.randint(6, 9))
    else:
        local = rng.choice(
            [
                "zhangxy",
                "lihong",
                "wangjf",
                "chenli",
                "liuyang",
                "hxm",
                "zhoujie",
                "sunmei",
                "tangwei",
                "linhai",
                "oyming",
                "cenjh",
                "qinlh",
            ]
        ) + str(rng.randint(60, 99))
    return email_ent(local, rng.choice(["163.com", "qq.com", "126.com", "sina.com", "foxmail.com"]))


def email_en(rng, p):
    g = re.sub(r"[^a-z]", "", p.given.lower())
    s = re.sub(r"[^a-z]", "", p.surname.lower())
    local = rng.choice(["%s.%s" % (g, s), "%s%s%d" % (g[0], s, rng.randint(1, 99)), "%s_%s" % (s, g)])
    return email_ent(
        local, rng.choice(["nhs.net", "gmail.com", "outlook.com", "btinternet.com", "hotmail.co.uk", "yahoo.com"])
    )


ZH_CITY = [
    "上海市徐汇区",
    "北京市朝阳区",
    "广州市天河区",
    "成都市武侯区",
    "杭州市西湖区",
    "武汉市洪山区",
    "南京市鼓楼区",
    "深圳市南山区",
    "西安市雁塔区",
    "长沙市岳麓区",
    "昆明市五华区",
    "厦门市思明区",
    "郑州市金水区",
    "济南市历下区",
]
ZH_STREET = [
    "漕溪北路",
    "天河北路",
    "科华北路",
    "文三路",
    "珞喻路",
    "龙华中路",
    "虹梅路",
    "望京西路",
    "体育西路",
    "玉林南路",
    "湖墅南路",
    "紫竹院路",
    "民主路",
    "花园路",
    "经十路",
    "嘉禾路",
]
ZH_ESTATE = [
    "锦绣花园",
    "翠苑小区",
    "丽景湾",
    "阳光新城",
    "枫林苑",
    "和平里小区",
    "香槟国际",
    "东湖名居",
    "紫荆花园",
    "梅园新村",
    "金色家园",
    "怡景苑",
    "水岸华庭",
    "桂花园",
]
ZH_VILLAGE = [
    ("广东省梅州市五华县华城镇", "塘湖村"),
    ("湖南省邵阳市隆回县桃洪镇", "石桥村"),
    ("四川省南充市仪陇县新政镇", "柳树湾村"),
    ("河北省保定市清苑区", "大王庄"),
    ("陕西省榆林市米脂县", "李家沟村"),
    ("江西省赣州市于都县", "下坝村"),
    ("贵州省黔东南州雷山县西江镇", "控拜村"),
    ("云南省大理州洱源县", "凤羽村"),
]


def addr_zh(rng):
    f = rng.randint(0, 3)
    city, street = rng.choice(ZH_CITY), rng.choice(ZH_STREET)
    if f <= 1:
        n, est = rng.randint(3, 999), rng.choice(ZH_ESTATE)
        tail = rng.choice(
            [
                "%d栋%d单元%d室" % (rng.randint(1, 30), rng.randint(1, 4), rng.randint(101, 2802)),
                "%d号楼%d室" % (rng.randint(1, 30), rng.randint(101, 2802)),
            ]
        )
        text = "%s%s%d号%s%s" % (city, street, n, est, tail)
        return Ent("ADDRESS", text, [text, "%s%d号" % (street, n), est])
    if f == 2:
        n = rng.randint(10, 1600)
        text = "%s%s%d弄%d号%d室" % (city, street, n, rng.randint(1, 60), rng.randint(101, 1802))
        return Ent("ADDRESS", text, [text, "%s%d弄" % (street, n)])
    pre, vil = rng.choice(ZH_VILLAGE)
    text = "%s%s%s组%d号" % (pre, vil, rng.choice("一二三四五六七"), rng.randint(1, 80))
    return Ent("ADDRESS", text, [text, vil])


UK_STREETS = [
    "Larkspur Close",
    "Mill Lane",
    "Orchard Way",
    "Hollybush Road",
    "Kingfisher Drive",
    "Station Road",
    "Beech Avenue",
    "Wellington Street",
    "Tannery Row",
    "Sandpiper Crescent",
    "Coronation Terrace",
    "Priory Gardens",
]
UK_TOWNS = [
    ("Hemsworth", "WF9"),
    ("Leeds", "LS6"),
    ("Bristol", "BS7"),
    ("Norwich", "NR3"),
    ("Swansea", "SA2"),
    ("Dundee", "DD4"),
    ("Carlisle", "CA2"),
    ("Reading", "RG30"),
    ("Wigan", "WN5"),
    ("Derby", "DE22"),
]
UK_BUILDINGS = ["Beacon House", "Cedar Court", "Harbour View", "Ashdown Mews", "Millstone Lodge", "Quayside Point"]
US_STREETS = ["Cedar Ridge Dr", "Maple Hollow Ln", "Lakeview Ave", "Sycamore Bend Rd", "Juniper Knoll Ct"]
US_CITIES = [
    ("Columbus", "OH", "432"),
    ("Tucson", "AZ", "857"),
    ("Albany", "NY", "122"),
    ("Madison", "WI", "537"),
    ("Boise", "ID", "837"),
]


def addr_en(rng):
    f = rng.randint(0, 3)
    if f <= 1:
        n, st = rng.randint(2, 180), rng.choice(UK_STREETS)
        town, out = rng.choice(UK_TOWNS)
        pc = "%s %d%s%s" % (
            out,
            rng.randint(1, 9),
            rng.choice("ABDEFGHJLNPQRSTUWXYZ"),
            rng.choice("ABDEFGHJLNPQRSTUWXYZ"),
        )
        if f == 0:
            text = "%d %s, %s %s" % (n, st, town, pc)
            return Ent("ADDRESS", text, [text, "%d %s" % (n, st), pc])
        b = rng.choice(UK_BUILDINGS)
        text = "Flat %d, %s, %d %s, %s %s" % (rng.randint(1, 40), b, n, st, town, pc)
        return Ent("ADDRESS", text, [text, b, "%d %s" % (n, st), pc])
    n, st = rng.randint(100, 9999), rng.choice(US_STREETS)
    city, state, zp = rng.choice(US_CITIES)
    z = zp + digits(rng, 2)
    apt = ", Apt %d%s" % (rng.randint(1, 12), rng.choice("ABCD")) if f == 2 else ""
    text = "%d %s%s, %s, %s %s" % (n, st, apt, city, state, z)
    return Ent("ADDRESS", text, [text, "%d %s" % (n, st), z])


def date_zh(rng):
    return "%d年%d月%d日" % (rng.choice([2023, 2024, 2025]), rng.randint(1, 12), rng.randint(1, 28))


def date_en(rng):
    y, m, d = rng.choice([2023, 2024, 2025]), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(["%d %s %d" % (d, MONTHS[m - 1], y), "%02d/%02d/%d" % (d, m, y)])


def n_turns(rng):
    return wchoice(rng, [(18, 1), (34, 2), (20, 3), (16, 4), (12, 5)])


def pad(r, rng, n, env, pools):
    pool = [x for p in pools for x in p]
    rng.shuffle(pool)
    i = 0
    while len(r.turns) < n and i < len(pool):
        q, a = pool[i]
        i += 1
        r.say(q, **env)
        if len(r.turns) < n:
            r.say(a, **env)


# --------------------------------------------------------------------------- Chinese content pools

ZH_FOLLOW = [
    (
        "另外<<二甲双胍>>是饭前吃还是饭后吃？",
        "<<二甲双胍>>建议随餐或餐后服用，可以减少恶心、腹泻等胃肠道反应，起始剂量一般是<<500 mg>>每日一到两次。",
    ),
    (
        "复查要空腹吗？上次<<空腹血糖>>是<<7.4 mmol/L>>。",
        "查<<空腹血糖>>和血脂需要空腹<<8小时>>以上，前一晚清淡饮食即可，降压药可以照常用少量温水送服。",
    ),
    ("医保能报销吗？", "门诊慢病项目一般可以按比例报销，具体以当地政策为准，可以到<<医保办>>窗口咨询。"),
    ("要不要做<<胸部CT>>？", "咳嗽超过<<3周>>或者伴有咯血、消瘦，建议做<<胸部CT>>；单纯感冒后咳嗽一般先不需要。"),
    (
        "<<布洛芬>>和<<对乙酰氨基酚>>可以交替吃吗？",
        "一般不推荐常规交替使用，单用一种、按说明书间隔服药即可；<<对乙酰氨基酚>>成人每日总量不要超过<<2 g>>。",
    ),
    ("多久复查一次<<肝功能>>？", "开始服药后<<4到6周>>复查一次<<肝功能>>，稳定后可以每<<3到6个月>>查一次。"),
    ("饮食上要注意什么？", "低盐（每天<<不超过5克>>）、少油，多吃蔬菜和全谷物，戒烟限酒，规律作息。"),
    ("挂哪个科比较合适？", "可以先挂<<全科医学科>>或<<普通内科>>，医生会根据检查结果再分诊到专科。"),
    ("晚上能洗澡吗？", "体温正常、精神好的话可以用温水快速淋浴，避免受凉，伤口不要沾水。"),
    ("要住院吗？", "要看医生当面评估，比如生命体征、<<血氧饱和度>>和化验结果；在家期间如果加重，请及时去<<急诊>>。"),
    (
        "平时血压多少算控制好？",
        "大多数人的目标是<<130/80 mmHg>>以下，<<80岁>>以上的老人可以放宽到<<150/90 mmHg>>以下。",
    ),
    ("这个药要吃多久？", "疗程要由医生根据复查结果决定，不要自行停药；出现明显不适先联系开药的医生。"),
    ("能喝点酒吗？", "服药期间建议不喝酒，尤其在用<<甲硝唑>>或<<头孢类>>抗生素时，饮酒可能出现<<双硫仑样反应>>。"),
    ("明天门诊几点开始？", "大多数医院门诊<<上午8点>>开诊，建议提前在公众号上预约并按时签到。"),
]
ZH_FOLLOW_NAMED = [
    ("那{ag}明天还需要空腹吗？", "需要的，{ag}明早抽血前保持空腹，<<降压药>>可以照常吃。"),
    (
        "{ag}不肯去医院，怎么劝比较好？",
        "可以先从{ag}最在意的事情说起，比如能不能继续带孙子、能不能出去走走，再说明早检查的好处，必要时请信任的亲友一起劝。",
    ),
    ("我还需要帮{ag}带什么材料？", "带上身份证、医保卡和以前的检查报告，尤其是最近一次的<<心电图>>。"),
    (
        "{ag}晚上睡不好，可以吃<<安眠药>>吗？",
        "不建议自行服用，可以请医生评估后再决定；{ag}睡前不要喝浓茶，白天适当活动。",
    ),
]

ZH_SYMPTOMS = [
    (
        "昨晚又咳了一整晚，痰是黄的，体温<<37.9℃>>",
        "黄痰伴低热提示可能有细菌感染。建议{ag}今天去<<呼吸科>>或<<发热门诊>>查<<血常规>>和<<C反应蛋白>>，必要时拍胸片；出现气促、嘴唇发紫请直接去<<急诊>>。",
    ),
    (
        "这几天吃饭老是呛，喝水也呛",
        "进食呛咳要警惕吞咽功能下降，老年人还要排除<<脑卒中>>。建议尽快带{ag}到<<神经内科>>就诊，在此之前把饮水调稠一些，小口慢咽。",
    ),
    (
        "最近起夜四五次，早上空腹血糖<<11.3 mmol/L>>",
        "<<空腹血糖>>超过<<7.0 mmol/L>>已达到糖尿病诊断标准之一，需要复查并加测<<糖化血红蛋白>>，建议{ag}近期到<<内分泌科>>门诊。",
    ),
    (
        "前天在菜市场摔了一跤，右膝肿得厉害，走路一瘸一拐",
        "摔伤后关节明显肿胀、不能负重，需要拍<<X线>>排除骨折。<<48小时>>内可以冰敷，每次<<15到20分钟>>，不要热敷和揉搓。",
    ),
    (
        "吃了<<阿托伐他汀>>以后一直说腿酸没力气",
        "他汀类药物少数人会出现肌肉症状，建议查一下<<肌酸激酶>>。不要自行停药，带{ag}找开药医生评估是否换药或减量。",
    ),
    (
        "说胸口闷，一阵一阵的，每次<<5分钟>>左右，歇一会就好",
        "活动后发作、休息缓解的胸闷要考虑<<心绞痛>>，建议尽快到<<心内科>>做<<心电图>>和<<心肌酶>>；胸痛超过<<15分钟>>不缓解请立即拨打<<120>>。",
    ),
    (
        "脚踝肿到小腿了，按下去一个坑，晚上更明显",
        "凹陷性水肿可能与心、肾、肝功能或药物（比如<<氨氯地平>>）有关，建议{ag}查<<尿常规>>、<<肾功能>>和<<BNP>>，并每天称体重。",
    ),
    (
        "大便发黑，像柏油一样，已经<<2天>>了",
        "黑便可能是<<上消化道出血>>，尤其在服用<<阿司匹林>>的情况下。请今天就带{ag}去<<急诊>>，不要等。",
    ),
    (
        "头晕得厉害，刚量血压<<176/102 mmHg>>",
        "先让{ag}安静坐下休息<<15分钟>>后复测；若仍在<<180/110 mmHg>>以上，或出现胸痛、肢体无力、说话不清，请立刻去医院。",
    ),
    (
        "夜里憋醒两次，要坐起来才能喘上气",
        "夜间阵发性呼吸困难是<<心力衰竭>>的典型表现之一，建议尽快到<<心内科>>就诊，查<<BNP>>和<<心脏彩超>>。",
    ),
    (
        "吃完<<头孢克洛>>身上起了一片红疹子，有点痒",
        "可能是药物过敏，请先停用<<头孢克洛>>，留意有无呼吸困难、口唇肿胀，有的话马上去<<急诊>>。以后看病要主动说明{ag}对<<头孢类>>过敏。",
    ),
    (
        "口干得厉害，一天喝<<3升>>水，还瘦了<<4公斤>>",
        "多饮、消瘦要排查糖尿病和<<甲亢>>，建议{ag}查<<空腹血糖>>、<<糖化血红蛋白>>和<<甲功五项>>。",
    ),
    (
        "右下腹疼，按着更疼，体温<<38.4℃>>",
        "右下腹痛伴发热要警惕<<急性阑尾炎>>，请尽快到<<急诊外科>>，就诊前先不要进食。",
    ),
    (
        "小便有泡沫，化验单上写<<尿蛋白2+>>",
        "持续<<尿蛋白>>阳性需要复查并做<<24小时尿蛋白定量>>，建议{ag}到<<肾内科>>评估。",
    ),
]
ZH_ASK = ["要不要去医院？", "需要马上看急诊吗？", "在家能先做点什么？", "这种情况严重吗？", "该挂哪个科？"]

ZH_BED_NOTES = [
    "<<COPD急性加重>>，今晚<<SpO2 91%>>，予<<鼻导管吸氧2 L/min>>",
    "<<2型糖尿病>>，睡前血糖<<14.1 mmol/L>>，已追加<<门冬胰岛素4 U>>",
    "<<急性胰腺炎>>禁食中，<<淀粉酶>>较前下降",
    "<<心衰>>，今日出入量<<负800 ml>>，<<呋塞米20 mg>>静推后尿量可",
    "术后第一天，引流<<120 ml>>淡血性，<<VAS 3分>>",
    "<<肺炎>>，<<哌拉西林他唑巴坦>>第<<3天>>，体温高峰<<38.2℃>>",
    "<<房颤>>，心室率<<110次/分>>，已予<<胺碘酮>>",
    "<<脑梗死>>，<<NIHSS 4分>>，吞咽筛查未通过，留置胃管",
    "<<上消化道出血>>，<<Hb 78 g/L>>，备<<悬浮红细胞2 U>>",
    "<<低钾血症>>，<<K+ 3.1 mmol/L>>，口服<<氯化钾缓释片>>",
    "<<肝硬化腹水>>，今日腹围<<92 cm>>，<<螺内酯>>继续",
]

ZH_RECORD_BODIES = [
    "患者今日诉胸闷较前缓解，夜间可平卧。查体：双肺底少许湿啰音，双下肢轻度水肿。继续<<呋塞米20 mg qd>>，监测<<电解质>>。",
    "术后第<<3天>>，切口干燥无渗出，体温<<36.8℃>>，拔除引流管，嘱下床活动。",
    "会诊意见：考虑<<社区获得性肺炎>>，建议<<左氧氟沙星0.5 g ivgtt qd>>，<<1周>>后复查<<胸部CT>>。",
    "今日<<血钾3.2 mmol/L>>，予口服补钾，明晨复查<<电解质>>。",
    "患者血糖控制欠佳，调整<<甘精胰岛素>>为<<16 U>>睡前皮下注射，监测<<七段血糖>>。",
    "患者神志清，言语较前流利，右上肢肌力<<4级>>，继续<<康复科>>训练。",
]

# --------------------------------------------------------------------------- Chinese PHI generators


def g_zh_subject(rng):
    c = Cast(rng)
    a = c.zh()
    r = Row("zh", rng.choice(["family_question", "patient_forum", "family_chat"]), "subject")
    sym, adv = rng.choice(ZH_SYMPTOMS)
    env = dict(a=a.full, ag=a.g, sym=sym, adv=adv, ask=rng.choice(ZH_ASK))
    n = n_turns(rng)
    tail = ""
    if rng.random() < 0.25:
        env["ph"] = phone_zh(rng)
        tail = rng.choice(["有医生方便的话回我电话{ph}。", "（我手机{ph}，可以加微信）"])
    r.say(
        rng.choice(
            [
                "{a}{sym}，{ask}",
                "{a}从上周开始{sym}。{ask}",
                "请问一下，{a}{sym}，{ask}",
                "{a}{sym}，家里人都有点慌，{ask}",
                "{sym}的是{a}，{ask}",
            ]
        )
        + tail,
        **env,
    )
    if n >= 2:
        r.say("{adv}", **env)
    pad(r, rng, n, env, [ZH_FOLLOW, ZH_FOLLOW_NAMED])
    return r


def g_zh_list(rng):
    c = Cast(rng)
    ps = [c.zh() for _ in range(5)]
    env = {k: p.full for k, p in zip("abcde", ps)}
    env.update(day=rng.choice(["<<下周三>>", "<<下周五上午>>", "<<下个月3号>>"]))
    r = Row("zh", rng.choice(["clinic_schedule", "nurse_note", "team_chat"]), "list")
    u, a = rng.choice(
        [
            (
                "今天复诊的有{a}、{b}和{c}，{d}跟{e}改到{day}了。帮我排一下顺序，{b}要空腹抽血。",
                "建议顺序：\n1. {b}（空腹，先抽血）\n2. {a}\n3. {c}\n{d}、{e}已改期到{day}，记得提前一天电话提醒。",
            ),
            (
                "{a}、{b}，还有{c}的<<血常规>>都出来了，{a}的<<白细胞>>是<<13.6×10^9/L>>，其余正常。{d}和{e}的还没出。",
                "{a}的<<白细胞>>升高，需要结合体温和<<C反应蛋白>>判断是否感染；{b}、{c}结果正常；{d}、{e}的报告出来后再一起看。",
            ),
            (
                "明天手术顺序：{a}，{b}，{c}；{d}因为<<INR 2.8>>暂停，{e}待麻醉评估。",
                "收到。{d}的<<INR>>偏高，需要复查并与主刀医生确认是否用<<维生素K>>；{e}请麻醉科今天完成评估。顺序为{a}、{b}、{c}。",
            ),
            (
                "随访名单：{a}跟{b}是同一批入组的，{c}和{d}下个月到期，{e}已经失访。",
                "已整理：第一组 {a}、{b}；下月到期 {c}、{d}；失访 {e}，建议再电话联系一次并记录原因。",
            ),
            (
                "今天体检的几位，{a}和{b}<<尿酸>>偏高，{c}<<转氨酶>>高，{d}、{e}都正常。",
                "{a}、{b}建议低嘌呤饮食、多饮水，<<3个月>>后复查；{c}需要复查<<肝功能>>并做<<腹部B超>>。",
            ),
        ]
    )
    n = n_turns(rng)
    r.say(u, **env)
    if n >= 2:
        r.say(a, **env)
    pad(r, rng, n, env, [ZH_FOLLOW])
    return r


def g_zh_vocative(rng):
    c = Cast(rng)
    a = c.zh(need_given=True)
    b = c.zh()
    cc = c.zh()
    env = dict(a=a.full, ag=a.g, b=b.full, bg=b.g, c=cc.full, cg=cc.g)
    r = Row("zh", rng.choice(["ward_dialogue", "family_chat", "patient_question"]), "vocative")
    u, ans = rng.choice(
        [
            (
                "我婆婆每天早上都在客厅喊：“{ag}你把药拿来！”结果{ag}经常把<<硝苯地平>>和<<美托洛尔>>拿混。有什么办法避免拿错？",
                "可以买一个<<7天>>分格药盒，每周固定时间由{ag}一次分装好，药盒上写清早、中、晚；<<美托洛尔>>和<<硝苯地平>>外观不同，也可以在药盒格子里贴上药名。",
            ),
            (
                "病房里听到的对话：\n“{bg}，你先去把<<12床>>的<<心电监护>>撤了。”\n“好，{cg}你帮我看一下<<15床>>的<<输液泵>>。”\n请帮我写成交接记录。",
                "交接记录：\n- <<12床>>：已停<<心电监护>>（执行人{bg}）。\n- <<15床>>：<<输液泵>>报警，{cg}已查看并处理。\n请补充具体时间。",
            ),
            (
                "视频里我爸对着镜头说：“{ag}啊，爸爸的降压药没了，你下班帮我买两盒<<缬沙坦>>。”<<缬沙坦>>是处方药吗？",
                "<<缬沙坦>>是处方药，需要凭处方购买。{ag}可以带上爸爸的病历或既往处方去医院开药，或通过互联网医院复诊续方。",
            ),
            (
                "{ag}，妈妈跟你说，打完<<胰岛素>>要换针头，别重复用。——这是我写给孩子的便签，这样说清楚吗？",
                "很清楚。可以再补一句：“{ag}，用过的针头放进硬塑料瓶里，不要直接扔垃圾桶。”这样更安全。",
            ),
            (
                "护士对我妈说：“{b}阿婆，您先别下床，{cg}马上来给您量血压。”我妈听不懂普通话，我该怎么翻译？",
                "可以简单说：护士请您先躺着别下床，等一下{cg}会过来给您量血压。语速放慢，配合手势会更好。",
            ),
        ]
    )
    n = n_turns(rng)
    r.say(u, **env)
    if n >= 2:
        r.say(ans, **env)
    pad(r, rng, n, env, [ZH_FOLLOW, ZH_FOLLOW_NAMED])
    return r


def g_zh_after_verb(rng):
    c = Cast(rng)
    a, b, cc = c.zh(), c.zh(), c.zh()
    env = dict(
        a=a.full, b=b.full, c=cc.full, ag=a.g, bg=b.g, t=rng.choice(["<<23点>>", "<<凌晨2点>>", "<<晚上9点半>>"])
    )
    r = Row("zh", rng.choice(["nurse_note", "family_chat", "ward_dialogue"]), "after_verb")
    u, ans = rng.choice(
        [
            (
                "昨晚{t}左右叫了{a}过来帮忙翻身，后来把钥匙交给{b}了，{c}说今天请假。请帮我写一段护理记录。",
                "护理记录（参考）：\n{t} 协助患者翻身，{a}协助完成，皮肤完好。\n病区钥匙已交由{b}保管。\n{c}今日请假，已报告<<护士长>>。",
            ),
            (
                "出院带药已经交给{a}，<<出院小结>>让{b}带回去给{c}看。还有什么要交代的？",
                "请提醒{a}按<<出院小结>>上的剂量服药，{b}转交时可以顺便预约<<2周>>后的复诊；{c}如有疑问可以打科室电话咨询。",
            ),
            (
                "麻烦通知{a}明早<<7点>>空腹来抽血，顺便提醒{b}把<<动态心电图>>记录盒还回来。",
                "好的，可以这样发：“{a}您好，请于明早<<7点>>空腹到<<门诊抽血室>>。”另给{b}发：“请于明天上午归还<<动态心电图>>记录盒。”",
            ),
            (
                "刚才打电话给{a}，没人接，又发微信问了{b}，{b}说{a}在外地。",
                "建议稍后再联系一次{a}，同时请{b}转告复查时间，并在随访记录里写明联系经过。",
            ),
            (
                "今天查房请了{a}会诊，又让{b}去取<<华法林>>，结果{c}把药送错了床。",
                "建议立即核对医嘱和给药记录，确认患者是否已服用；如已误服，需要监测<<INR>>。事件按规定上报，不针对{c}个人，重点是改进核对流程。",
            ),
        ]
    )
    n = n_turns(rng)
    r.say(u, **env)
    if n >= 2:
        r.say(ans, **env)
    pad(r, rng, n, env, [ZH_FOLLOW])
    return r


def g_zh_handover(rng):
    c = Cast(rng)
    pts = [c.zh() for _ in range(rng.randint(2, 4))]
    doc = c.sur()
    x, y = c.zh(), c.zh()
    env = dict(doc=doc, x=x.full, y=y.full)
    lines = []
    beds = rng.sample(range(1, 40), len(pts))
    notes = rng.sample(ZH_BED_NOTES, len(pts))
    for i, p in enumerate(pts):
        env["p%d" % i] = p.full
        env["n%d" % i] = notes[i]
        env["b%d" % i] = "%d床" % beds[i]
        sex = rng.choice("男女")
        lines.append("{b%d} {p%d}，%s，<<%d岁>>，{n%d}" % (i, i, sex, rng.randint(24, 93), i))
    lines[-1] += "，已报告{doc}医生"
    head = rng.choice(["【夜班交班】", "交班记录", "<<普外科>>白班→夜班交接"])
    tail = rng.choice(["交班人：{x}　接班人：{y}", "交班：{x}；接班：{y}", "{x}交，{y}接"])
    body = head + "\n" + "\n".join(lines) + "\n" + tail
    r = Row("zh", "shift_handover", "handover")
    r.say(
        rng.choice(["帮我把下面的交班内容整理成SBAR格式：\n", "夜班交班记录如下，看看有没有遗漏：\n", ""]) + body, **env
    )
    n = n_turns(rng)
    if n >= 2:
        ans = "整理如下：\n" + "\n".join("{b%d}{p%d}：{n%d}。" % (i, i, i) for i in range(len(pts)))
        ans += "\n建议补充各床的生命体征时间点；{doc}医生已知晓最后一床情况。交接人{x}、{y}请双签。"
        r.say(ans, **env)
    pad(r, rng, n, env, [ZH_FOLLOW])
    return r


def g_zh_roster(rng):
    c = Cast(rng)
    ps = [c.zh() for _ in range(rng.randint(5, 7))]
    env = {"p%d" % i: p.full for i, p in enumerate(ps)}
    dept = rng.choice(["<<心内科>>", "<<急诊科>>", "<<儿科>>", "<<ICU>>", "<<神经内科>>", "<<产科>>"])
    env["dept"] = dept
    r = Row("zh", "duty_roster", "roster")
    if rng.random() < 0.5:
        days = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
        lines = [
            "%s　白班 {p%d}　夜班 {p%d}" % (days[i], i % len(ps), (i + 1) % len(ps)) for i in range(rng.randint(3, 5))
        ]
        body = "{dept}本周值班表：\n" + "\n".join(lines) + "\n备班：{p%d}" % (len(ps) - 1)
        ask = "帮我检查一下有没有人连着上夜班又上白班。"
        ans = "{p1}周一夜班后周二又排了白班，建议与{p%d}调换；其余安排没有连续夜班。" % (len(ps) - 1)
    else:
        body = (
            "{dept}明日排班：早班 {p0}、{p1}；中班 {p2}；夜班 {p3}；备班 {p4}"
            + ("；进修 {p5}" if len(ps) > 5 else "")
            + "。"
        )
        ask = rng.choice(["帮我做成表格。", "改成微信通知的格式。"])
        ans = "| 班次 | 人员 |\n|---|---|\n| 早班 | {p0}、{p1} |\n| 中班 | {p2} |\n| 夜班 | {p3} |\n| 备班 | {p4} |"
    r.say(body + "\n" + ask if rng.random() < 0.5 else ask + "\n" + body, **env)
    n = n_turns(rng)
    if n >= 2:
        r.say(ans, **env)
    pad(r, rng, n, env, [ZH_FOLLOW])
    return r


ZH_FAMILY_MSGS = [
    "爸今天早上血压<<150/92>>，要不要加药？",
    "先别加，明天早上再量一次",
    "<<氨氯地平>>是早上吃还是晚上吃？",
    "我问了社区医生，说早上吃就行",
    "妈的<<胰岛素>>快用完了，谁下班顺路去药店？",
    "我去，顺便把<<血糖试纸>>也买了",
    "@{m} 你上次说的<<动态血压>>约了没",
    "约了，<<下周四上午9点>>",
    "爸昨晚又起夜三次",
    "那得跟医生说说，可能是<<前列腺增生>>",
    "收到",
    "好的，辛苦了",
    "体检报告发群里了，<<尿酸>><<486>>算高吗",
]
ZH_WORK_MSGS = [
    "<<3床>>家属在护士站找{s}医生",
    "{s}医生在手术室，大概<<11点>>出来",
    "<<急诊>>收了一个<<消化道出血>>，<<Hb 72 g/L>>，谁去接？",
    "我去",
    "<<12床>>的<<血培养>>回报<<革兰阳性球菌>>",
    "已经通知{s}医生了，先按<<万古霉素>>经验用药",
    "明早<<7:30>>交班，别迟到",
    "收到",
    "@{m} <<8床>>的<<CT>>改到下午了",
]


def g_zh_group(rng):
    c = Cast(rng)
    ps = [c.zh() for _ in range(rng.randint(3, 4))]
    work = rng.random() < 0.45
    env = {"p%d" % i: p.full for i, p in enumerate(ps)}
    msgs = ZH_WORK_MSGS if work else ZH_FAMILY_MSGS
    if work:
        env["s"] = c.sur()
    chosen = rng.sample(msgs, rng.randint(4, 6))
    sep = rng.choice(["：", ":", "："])
    lines = []
    for i, m in enumerate(chosen):
        sp = i % len(ps)
        mention = (sp + 1) % len(ps)
        lines.append(("{p%d}" % sp) + sep + m.replace("{m}", "{p%d}" % mention))
    if rng.random() < 0.3:
        env["ph"] = phone_zh(rng)
        lines.append("{p0}" + sep + "我手机换了，新号{ph}")
    r = Row("zh", "wechat_group", "group_chat")
    intro = "科室群聊天记录，帮我整理待办：\n" if work else "下面是家族群的聊天记录，帮我整理一下爸妈这周的情况：\n"
    r.say(intro + "\n".join(lines), **env)
    n = n_turns(rng)
    if n >= 2:
        r.say(
            rng.choice(
                [
                    "整理如下：\n1. 需要跟进的事项已按发言顺序列出；{p0}负责联系医生。\n2. {p1}负责采购药品和耗材。\n3. 建议{p2}每天固定时间记录血压并发到群里。",
                    "待办：\n- {p0}：确认复查时间\n- {p1}：购买药品\n- {p2}：记录并汇总监测数据\n如有异常（血压超过<<180/110 mmHg>>、胸痛）请直接就医。",
                ]
            ),
            **env,
        )
    pad(r, rng, n, env, [ZH_FOLLOW])
    return r


def g_zh_signature(rng):
    c = Cast(rng)
    a, b, cc, d = c.zh(), c.zh(), c.zh(), c.zh()
    env = dict(
        a=a.full,
        b=b.full,
        c=cc.full,
        d=d.full,
        body=rng.choice(ZH_RECORD_BODIES),
        date=rng.choice(["<<%s>>" % date_zh(rng), "<<2024-05-12>>", "<<2025.01.08>>"]),
    )
    sig = rng.choice(
        [
            "经治医师：{a}　上级医师：{b}主任\n记录人：{c}\n{date}",
            "会诊医师：{a}（<<呼吸与危重症医学科>>）\n抄送：{b}、{c}、<<医务科>>\n{date}",
            "此致\n{a}\n{date}\n抄送：{b}，{c}",
            "记录人 {c}　审核 {b}\n{date}",
            "签名：{a}\n复核：{d}\n抄送：{b}；{c}",
        ]
    )
    r = Row("zh", "medical_record", "signature")
    r.say(rng.choice(["这段病程记录帮我润色一下：\n", "帮我检查这份记录格式是否规范：\n"]) + "{body}\n" + sig, **env)
    n = n_turns(rng)
    if n >= 2:
        r.say(
            rng.choice(
                [
                    "润色后：\n{body}\n（签名部分保持不变：" + sig.replace("\n", "；") + "）",
                    "格式基本规范。建议：1）时间精确到分钟；2）签名栏保留手写签名位置。签名信息："
                    + sig.replace("\n", "，"),
                ]
            ),
            **env,
        )
    pad(r, rng, n, env, [ZH_FOLLOW])
    return r


def g_zh_nickname(rng):
    c = Cast(rng)
    n1, n2 = c.nick(), c.nick()
    s1, s2 = c.sur(), c.sur()
    env = dict(n1=n1, n2=n2, s1=s1, s2=s2)
    r = Row("zh", rng.choice(["family_chat", "workplace_chat", "patient_question"]), "nickname")
    u, ans = rng.choice(
        [
            (
                "{n1}昨天陪老{s1}去复查，{s2}姐说老{s1}的<<肌酐>>又升到<<186 μmol/L>>了，要紧吗？",
                "<<肌酐>><<186 μmol/L>>提示肾功能明显下降，要看和以前比变化多快。建议老{s1}近期到<<肾内科>>复查，避免<<布洛芬>>这类止痛药。",
            ),
            (
                "{s1}总上周体检查出<<脂肪肝>>，让{n2}帮忙问问，平时要吃什么药？",
                "轻中度<<脂肪肝>>首先是减重和控制饮食，减重<<5%到10%>>就能明显改善，一般不需要专门吃药。可以转告{s1}总先复查<<肝功能>>。",
            ),
            (
                "小{s1}，你把<<8床>>的<<血气分析>>结果拿给{s2}老师看一下。——带教老师这么跟我说，我怎么回复比较得体？",
                "可以回复：“好的，我马上把<<8床>>的<<血气分析>>拿给{s2}老师，看完后向您汇报。”",
            ),
            (
                "我们楼下的{s1}阿姨和{n1}都在吃<<二甲双胍>>，{s1}阿姨吃了老拉肚子。",
                "<<二甲双胍>>常见胃肠道反应，可以改为随餐服用或换<<缓释片>>，请{s1}阿姨咨询开药医生，不要自行停药。",
            ),
            (
                "{s1}哥说他打完<<流感疫苗>>胳膊疼了三天，{n2}也一样，正常吗？",
                "注射部位疼痛是常见反应，一般<<2到3天>>缓解。{s1}哥和{n2}如果出现高热、皮疹或呼吸困难，需要就医。",
            ),
            (
                "{s1}师傅搬东西闪了腰，{s2}妹让他贴<<膏药>>，{n1}说要去拍片，听谁的？",
                "没有外伤撞击、没有腿麻无力的话，急性腰扭伤可以先休息、贴<<膏药>>；如果{s1}师傅腿麻、大小便异常，就要马上就医拍片。",
            ),
        ]
    )
    n = n_turns(rng)
    r.say(u, **env)
    if n >= 2:
        r.say(ans, **env)
    pad(r, rng, n, env, [ZH_FOLLOW])
    return r


def g_zh_given_alone(rng):
    c = Cast(rng)
    a = c.zh(need_given=True)
    b = c.zh()
    env = dict(a=a.full, ag=a.g, b=b.full, bg=b.g, age="<<%d岁>>" % rng.randint(60, 95))
    r = Row("zh", rng.choice(["family_question", "neighbour_chat", "patient_forum"]), "given_alone")
    u, ans = rng.choice(
        [
            (
                "我外婆{a}今年{age}，上个月诊断<<阿尔茨海默病>>。{ag}现在经常找不到回家的路，我们该怎么照顾？",
                "可以给{ag}佩戴写有家属联系方式的手环，家里保持固定布置，白天多陪伴活动；药物方面按<<神经内科>>医生的方案规律服用。",
            ),
            (
                "楼下邻居{a}前天做了<<膝关节置换>>，今天{ag}说伤口周围发烫，要紧吗？",
                "术后早期伤口周围轻度发热可以见到，但如果{ag}伤口红肿加重、渗液或体温超过<<38.5℃>>，要尽快回手术医院复查。",
            ),
            (
                "同事{a}的孩子确诊<<手足口病>>，{ag}问孩子多久能回幼儿园？",
                "一般症状消失后<<1周>>左右可以返园，具体以幼儿园和社区卫生服务中心的要求为准；{ag}在家也要注意手卫生。",
            ),
            (
                "我姑姑{a}在<<湘雅医院>>住院，{ag}说医生建议做<<冠脉造影>>，风险大吗？",
                "<<冠脉造影>>是常规检查，严重并发症发生率很低。{ag}可以让医生解释适应证和术后注意事项，术后要多喝水帮助造影剂排出。",
            ),
            (
                "病友{a}和{b}都在做<<透析>>，{ag}说最近总抽筋，{bg}说他没有。",
                "透析中抽筋常与超滤过快或低钙有关，{ag}可以告诉透析室调整超滤量；{bg}没有症状就按原方案。",
            ),
        ]
    )
    n = n_turns(rng)
    r.say(u, **env)
    if n >= 2:
        r.say(ans, **env)
    pad(r, rng, n, env, [ZH_FOLLOW_NAMED, ZH_FOLLOW])
    return r


def g_zh_quoted(rng):
    c = Cast(rng)
    misspelt = rng.random() < 0.4
    a = c.zh(forms=["common2", "rare", "double"], need_given=True) if misspelt else c.zh()
    b = c.zh()
    env = dict(a=a.full, b=b.full, ag=a.g, mrn=mrn_zh(rng))
    r = Row("zh", rng.choice(["patient_question", "medical_record", "nurse_note"]), "quoted")
    if misspelt:
        alt = rng.choice([ch for ch in "瑛英莹颖玲琳蓉荣" if ch != a.given_text[1]])
        wrong = a.sur + a.given_text[0] + alt
        env["w"] = Ent("NAME", wrong, [wrong, a.given_text[0] + alt])
        u = "病历首页姓名写成了“{w}”，身份证上是“{a}”，差了一个字，住院号{mrn}，怎么更正？"
        ans = (
            "请携带{a}本人身份证到<<病案室>>申请更正，说明住院号{mrn}和错误写法“{w}”，医保结算前改好可以避免报销问题。"
        )
    else:
        u, ans = rng.choice(
            [
                (
                    "检验单上患者（{a}）的名字和我妈对不上，报告是不是拿错了？我妈是{b}。",
                    "如果报告上是{a}而不是{b}，很可能是拿错了，请立即联系检验科核对条码，不要按这份报告用药。",
                ),
                (
                    "【{a}】<<CT>>预约在<<3月15日>>，【{b}】预约在<<3月18日>>，帮我做成提醒。",
                    "提醒：\n- {a}：<<3月15日>> <<CT>>，检查前<<4小时>>禁食\n- {b}：<<3月18日>> <<CT>>",
                ),
                (
                    "病历里备注：联系人“{b}”（女儿），患者“{a}”，病案号{mrn}。这样写规范吗？",
                    "规范的写法是分栏填写：患者姓名{a}；病案号{mrn}；联系人{b}（关系：女儿），避免混在备注里。",
                ),
                (
                    "家属签字栏写的是「{b}」，患者本人是「{a}」，需要两个人都签吗？",
                    "一般由患者本人签署知情同意书；{a}无法签字时才由授权委托人{b}代签，并附委托书。",
                ),
            ]
        )
    n = n_turns(rng)
    r.say(u, **env)
    if n >= 2:
        r.say(ans, **env)
    pad(r, rng, n, env, [ZH_FOLLOW])
    return r


def g_zh_wordname(rng):
    c = Cast(rng)
    a, b, cc = c.zh(form="word"), c.zh(form="word"), c.zh()
    env = dict(a=a.full, b=b.full, c=cc.full)
    r = Row("zh", rng.choice(["nurse_note", "team_chat", "clinic_schedule"]), "word_name")
    u, ans = rng.choice(
        [
            (
                "{a}今天出院，{b}明天手术，{c}还在等<<病理>>结果。帮我写个交班提醒。",
                "交班提醒：{a}今日出院，确认带药和复诊时间；{b}明日手术，今晚<<22点>>后禁食；{c}待<<病理>>回报。",
            ),
            (
                "请{a}去给<<3床>>换药，{b}负责<<5床>>的<<雾化>>，{c}跟<<主任>>查房。",
                "已记录：{a}—<<3床>>换药；{b}—<<5床>><<雾化>>；{c}—随<<主任>>查房。",
            ),
            (
                "{a}的<<尿酸>><<520 μmol/L>>，{b}的正常，两个人都在吃<<别嘌醇>>吗？",
                "{a}<<尿酸>>仍偏高，可能需要调整<<别嘌醇>>剂量；{b}已达标可以维持，具体请医生决定。",
            ),
            ("新来的规培医生{a}和{b}，今天谁跟{c}上门诊？", "建议{a}上午跟{c}门诊，{b}下午跟，轮流熟悉流程。"),
            (
                "{a}说{b}昨天值夜班收了三个病人，{c}今天补休。",
                "好的，{b}夜班后请安排休息，{c}补休期间的工作由{a}临时接手。",
            ),
        ]
    )
    n = n_turns(rng)
    r.say(u, **env)
    if n >= 2:
        r.say(ans, **env)
    pad(r, rng, n, env, [ZH_FOLLOW])
    return r


def g_zh_form(rng):
    c = Cast(rng)
    a, b = c.zh(), c.zh()
    dob = rand_dob(rng, 1935, 2005)
    env = dict(
        a=a.full,
        b=b.full,
        dob=dob_zh(rng, dob),
        id=resident_id(rng, dob) if rng.random() < 0.85 else passport_zh(rng),
        ph=phone_zh(rng),
        ph2=phone_zh(rng),
        addr=addr_zh(rng),
        rel=rng.choice(["女儿", "儿子", "配偶", "侄子"]),
        sex=rng.choice("男女"),
        allergy=rng.choice(["<<青霉素>>", "<<磺胺类>>", "无"]),
    )
    r = Row("zh", "registration_form", "form")
    fields = [
        "姓名：{a}",
        "性别：{sex}",
        "出生日期：{dob}",
        "证件号：{id}",
        "联系电话：{ph}",
        "现住址：{addr}",
        "紧急联系人：{b}（{rel}）{ph2}",
        "过敏史：{allergy}",
    ]
    if rng.random() < 0.4:
        fields.remove("现住址：{addr}")
    if rng.random() < 0.3:
        env["mrn"] = mrn_zh(rng)
        fields.insert(1, "病案号：{mrn}")
    if rng.random() < 0.45:
        env["em"] = email_zh(rng)
        fields.insert(-2, "电子邮箱：{em}")
    r.say(
        rng.choice(["帮我看看这份入院登记有没有问题：\n", "请检查以下患者信息是否完整：\n"]) + "\n".join(fields), **env
    )
    n = n_turns(rng)
    if n >= 2:
        r.say(
            rng.choice(
                [
                    "整体完整。建议：1. 补充医保类型；2. 紧急联系人{b}的电话请再核对一次；3. 过敏史写明具体反应。",
                    "信息基本齐全，出生日期与证件信息一致。建议补充既往史和常用药；如果{a}有<<高血压>>、<<糖尿病>>，请写明用药。",
                ]
            ),
            **env,
        )
    pad(r, rng, n, env, [ZH_FOLLOW])
    return r


def g_zh_referral(rng):
    c = Cast(rng)
    a, b = c.zh(), c.zh()
    env = dict(
        a=a.full,
        ag=a.g,
        b=b.full,
        mrn=mrn_zh(rng),
        ph=phone_zh(rng),
        date="<<%s>>" % date_zh(rng),
        age="<<%d岁>>" % rng.randint(35, 88),
    )
    dx = rng.choice(
        [
            "<<不稳定型心绞痛>>（<<I20.0>>）",
            "<<2型糖尿病>>伴<<糖尿病肾病>>（<<E11.2>>）",
            "<<慢性阻塞性肺疾病>>急性加重（<<J44.1>>）",
            "<<甲状腺结节>>（<<E04.1>>）",
        ]
    )
    env["dx"] = dx
    body = "转诊单\n患者：{a}　年龄：{age}\n门诊号：{mrn}\n初步诊断：{dx}\n联系电话：{ph}\n转诊医生：{b}\n日期：{date}"
    if rng.random() < 0.35:
        env["addr"] = addr_zh(rng)
        body = body.replace("\n联系电话", "\n住址：{addr}\n联系电话")
    r = Row("zh", "referral_letter", "letter")
    r.say(rng.choice(["这份转诊单能帮我改成给患者看的通俗说明吗？\n", "帮我核对转诊单：\n"]) + body, **env)
    n = n_turns(rng)
    if n >= 2:
        r.say(
            "{ag}您好：{b}医生根据您目前的情况（{dx}）建议转到上级医院专科进一步检查。请带好门诊号{mrn}对应的病历和近期化验单，按约定时间就诊。",
            **env,
        )
    pad(r, rng, n, env, [ZH_FOLLOW, ZH_FOLLOW_NAMED])
    return r


def g_zh_calllog(rng):
    c = Cast(rng)
    a, cc, d = c.zh(), c.zh(), c.zh()
    env = dict(
        a=a.full,
        c=cc.full,
        d=d.full,
        s=c.sur(),
        mrn=mrn_zh(rng),
        ph=phone_zh(rng),
        item=rng.choice(
            [
                "<<血钾>> <<6.8 mmol/L>>",
                "<<血糖>> <<2.1 mmol/L>>",
                "<<血小板>> <<18×10^9/L>>",
                "<<肌钙蛋白I>> <<2.6 ng/mL>>",
            ]
        ),
        t=rng.choice(["<<14:25>>", "<<03:40>>", "<<21:05>>"]),
    )
    r = Row("zh", "call_log", "phone_log")
    r.say(
        rng.choice(["危急值登记，帮我看看要素全不全：\n", ""])
        + "<<危急值>>报告\n患者：{a}　住院号：{mrn}\n项目：{item}\n已于{t}电话通知{s}医生（{ph}），接听人{c}复述无误。\n报告人：{d}",
        **env,
    )
    n = n_turns(rng)
    if n >= 2:
        r.say(
            "要素基本齐全：患者、住院号、项目和结果、通知时间、接收人{c}及复述确认、报告人{d}。建议补充{s}医生的处理意见和处理时间。",
            **env,
        )
    pad(r, rng, n, env, [ZH_FOLLOW])
    return r


def g_zh_hk(rng):
    c = Cast(rng)
    a = c.zh(forms=["trad", "hk"])
    b = c.zh(forms=["trad", "hk", "common2"])
    s = c.sur(pool=["陳", "黃", "李", "張", "梁", "何", "林", "吳", "鄭", "謝"])
    env = dict(a=a.full, ag=a.g, b=b.full, s=s, sa=a.s or s)
    r = Row("zh", "hk_note", "traditional")
    u, ans = rng.choice(
        [
            (
                "病人{a}今日覆診，血壓<<142/88 mmHg>>，{s}姑娘已安排抽血，下次覆診<<三個月後>>。請幫我整理成簡短紀錄。",
                "紀錄：{a}覆診，血壓<<142/88 mmHg>>；{s}姑娘已安排抽血；<<三個月後>>覆診。",
            ),
            (
                "{sa}太話最近<<血糖>>高咗，<<空腹>>成日<<9點幾>>，係咪要加藥？",
                "建議{sa}太先記錄一星期血糖，帶埋去見醫生；唔好自己加藥，飲食方面少食白飯同甜品。",
            ),
            (
                "{a}同{b}都係<<瑪麗醫院>>睇<<腎科>>，{ag}話想轉去<<威爾斯親王醫院>>，點搞？",
                "{ag}可以請現時的醫生寫轉介信，或者經<<醫管局>>預約系統安排；{b}如無需要可以維持現狀。",
            ),
            (
                "{s}醫生叫{a}停咗<<亞士匹靈>>一個星期先做<<胃鏡>>，啱唔啱？",
                "做<<胃鏡>>前停抗血小板藥要視乎原本點解食，請{a}照{s}醫生指示，唔好自行更改。",
            ),
        ]
    )
    n = n_turns(rng)
    r.say(u, **env)
    if n >= 2:
        r.say(ans, **env)
    return r


def g_zh_minority(rng):
    c = Cast(rng)
    a = c.zh(form="minority")
    b, cc = c.zh(form="minority"), c.zh()
    env = dict(a=a.full, ag=a.g, b=b.full, c=cc.full)
    r = Row("zh", rng.choice(["patient_question", "team_chat", "nurse_note"]), "minority")
    u, ans = rng.choice(
        [
            (
                "新疆来的患者{a}只会说一点普通话，女儿{b}在旁边翻译。<<糖化血红蛋白>><<9.1%>>，怎么跟她解释饮食控制？",
                "可以借助图片，让{b}逐句翻译：主食减半、少吃馕和甜点，多吃蔬菜。也可以请医院的维吾尔语志愿者协助{ag}理解。",
            ),
            (
                "科里新来的进修医生{a}和{b}，由{c}负责带教，第一周安排什么内容？",
                "第一周可以让{a}、{b}熟悉病区流程和电子病历系统，{c}每天留<<30分钟>>做病例讨论。",
            ),
            (
                "{a}从那曲转来，长期生活在海拔<<4500米>>，<<血红蛋白>><<198 g/L>>，正常吗？",
                "高原居民<<血红蛋白>>偏高较常见，但<<198 g/L>>需要排查<<高原红细胞增多症>>。{ag}到低海拔后要复查，并注意有无头痛、发绀。",
            ),
            (
                "{a}今天出院，{b}明天化疗，{c}说两个人的<<医保>>手续还没办。",
                "请{c}今天先去<<住院处>>确认{a}的结算，{b}的化疗前需要完成<<血常规>>。",
            ),
        ]
    )
    n = n_turns(rng)
    r.say(u, **env)
    if n >= 2:
        r.say(ans, **env)
    pad(r, rng, n, env, [ZH_FOLLOW])
    return r


def g_zh_email(rng):
    c = Cast(rng)
    a, b = c.zh(), c.zh()
    s = c.sur()
    env = dict(a=a.full, b=b.full, s=s, mrn=mrn_zh(rng), em=email_zh(rng), ph=phone_zh(rng))
    r = Row("zh", "email", "signoff")
    sign = rng.choice(["{b}\n{em}\n{ph}", "{b}\n电话：{ph}", "{b}　敬上\n邮箱：{em}"])
    r.say(
        "帮我看看这封邮件写得是否得体：\n{s}老师您好：\n附件是{a}的病例资料（住院号{mrn}），麻烦您抽空看一下<<胸部CT>>，"
        "看是否需要<<穿刺活检>>。\n谢谢！\n" + sign,
        **env,
    )
    n = n_turns(rng)
    if n >= 2:
        r.say(
            "整体得体。建议：1. 标题写明“{a}病例会诊请求”；2. 正文简述病史和<<CT>>关键发现，方便{s}老师快速判断；"
            "3. 患者资料属于隐私，发送前确认已获得同意，附件加密。",
            **env,
        )
    pad(r, rng, n, env, [ZH_FOLLOW])
    return r


def g_zh_forward(rng):
    c = Cast(rng)
    a, b, cc = c.zh(), c.zh(need_given=True), c.zh()
    env = dict(a=a.full, b=b.full, bg=b.g, c=cc.full)
    r = Row("zh", "forwarded_message", "forward")
    u = rng.choice(
        [
            "转发自科室群：\n{a}：<<主任>>，{b}的<<增强CT>>出来了，左下肺<<8 mm>>结节。\n{c}：让{bg}下午来一趟。\n这个结节要紧吗？",
            "【转发】{c}：“{b}的<<病理>>回报是<<高级别上皮内瘤变>>，下周{a}安排<<ESD>>。”请问<<ESD>>是什么手术？",
            "朋友{a}转给我的话：“{b}的<<胃镜>>报告说<<Hp阳性>>，{c}也要查吗？”",
        ]
    )
    r.say(u, **env)
    n = n_turns(rng)
    if n >= 2:
        r.say(
            rng.choice(
                [
                    "<<8 mm>>的肺结节多数是良性的，一般根据形态（实性或磨玻璃）安排<<3到6个月>>复查<<CT>>。{bg}下午就诊时可以问医生结节的具体性质。",
                    "<<ESD>>即<<内镜黏膜下剥离术>>，可以在内镜下完整切除早期病变。{b}术前要停用抗凝药物，术后短期禁食。",
                    "<<幽门螺杆菌>>有家庭聚集性，建议同住的家人（包括{c}）也做<<碳13呼气试验>>。",
                ]
            ),
            **env,
        )
    pad(r, rng, n, env, [ZH_FOLLOW])
    return r


ZH_HOSP = ["<<市第一人民医院>>", "<<省人民医院>>", "<<中心医院>>", "<<妇幼保健院>>", "<<中医院>>", "<<第二附属医院>>"]
ZH_DEPT = [
    "<<心内科>>",
    "<<内分泌科>>",
    "<<消化内科>>",
    "<<骨科>>",
    "<<眼科>>",
    "<<口腔科>>",
    "<<妇科>>",
    "<<耳鼻喉科>>",
]


def g_zh_appointment(rng):
    c = Cast(rng)
    a = c.zh()
    dob = rand_dob(rng, 1940, 2010)
    env = dict(
        a=a.full,
        ag=a.g,
        hosp=rng.choice(ZH_HOSP),
        dept=rng.choice(ZH_DEPT),
        date="<<%s>>" % date_zh(rng),
        mrn=mrn_zh(rng),
        id=resident_id(rng, dob),
        ph=phone_zh(rng),
        dob=dob_zh(rng, dob),
    )
    r = Row("zh", rng.choice(["sms_notice", "patient_question"]), "notice")
    msg = rng.choice(
        [
            "【{hosp}】{a}您好，您已预约{date}{dept}门诊，就诊卡号{mrn}，请携带身份证（{id}）按时就诊。",
            "【{hosp}】尊敬的{a}：您的体检已预约在{date}，体检编号{mrn}，出生日期{dob}，预留手机{ph}。体检前一晚<<22点>>后禁食。",
            "【{hosp}】{a}，您于{date}的{dept}复诊已取消，就诊卡{mrn}。如有疑问请回复本短信，勿泄露验证码。联系手机{ph}。",
        ]
    )
    r.say(rng.choice(["收到这条短信，是真的还是诈骗？\n", "帮我看看这条预约短信要注意什么：\n"]) + msg, **env)
    n = n_turns(rng)
    if n >= 2:
        r.say(
            rng.choice(
                [
                    "建议通过医院官方公众号或App核实预约，不要点短信里的陌生链接。短信里出现了就诊卡号{mrn}，这类信息不要转发给他人。",
                    "要点：按预约时间提前<<30分钟>>到，带身份证和医保卡；{ag}如果在服<<降压药>>，体检当天早上可以用少量水送服。",
                ]
            ),
            **env,
        )
    pad(r, rng, n, env, [ZH_FOLLOW, ZH_FOLLOW_NAMED])
    return r


def g_zh_delivery(rng):
    c = Cast(rng)
    a, b = c.zh(), c.zh()
    env = dict(
        a=a.full,
        b=b.full,
        ph=phone_zh(rng),
        addr=addr_zh(rng),
        drug=rng.choice(
            [
                "<<恩替卡韦分散片 0.5 mg×28片>>",
                "<<阿托伐他汀钙片 20 mg×7片>>",
                "<<甘精胰岛素注射液 3 ml×1支>>",
                "<<左甲状腺素钠片 50 μg×100片>>",
            ]
        ),
    )
    if rng.random() < 0.5:
        env["ph2"] = phone_zh(rng)
        extra = "\n备用电话：{ph2}"
    else:
        extra = ""
    r = Row("zh", "pharmacy_order", "delivery")
    r.say(
        rng.choice(["帮我看看这个处方药快递单填得对不对：\n", "药房寄药的信息如下，冷链药能这样寄吗？\n"])
        + "收件人：{a}\n电话：{ph}"
        + extra
        + "\n地址：{addr}\n药品：{drug}\n处方医生：{b}",
        **env,
    )
    n = n_turns(rng)
    if n >= 2:
        r.say(
            rng.choice(
                [
                    "信息基本完整。注意：<<胰岛素>>类需要<<2到8℃>>冷链运输；收件时请{a}本人当面核对药名和数量，发现包装破损要拒收。",
                    "地址写到了门牌号，可以。建议在备注里写明“处方药，需本人签收”，并保留{b}开具的处方照片以备查验。",
                ]
            ),
            **env,
        )
    pad(r, rng, n, env, [ZH_FOLLOW])
    return r


def g_zh_labhdr(rng):
    c = Cast(rng)
    a, b, cc, d = c.zh(), c.zh(), c.zh(), c.zh()
    env = dict(
        a=a.full,
        ag=a.g,
        b=b.full,
        c=cc.full,
        d=d.full,
        mrn=mrn_zh(rng),
        age="<<%d岁>>" % rng.randint(18, 90),
        bed="<<%d床>>" % rng.randint(1, 48),
    )
    res = rng.choice(
        [
            "<<ALT>> <<86 U/L>>（<<9-50>>）\n<<AST>> <<64 U/L>>（<<15-40>>）\n<<总胆红素>> <<18.2 μmol/L>>",
            "<<肌酐>> <<132 μmol/L>>\n<<尿素>> <<9.8 mmol/L>>\n<<eGFR>> <<46 ml/min/1.73m²>>",
            "<<TSH>> <<7.9 mIU/L>>\n<<FT4>> <<11.2 pmol/L>>\n<<TPOAb>> <<>600 IU/mL>>",
            "<<血红蛋白>> <<96 g/L>>\n<<平均红细胞体积>> <<72 fL>>\n<<铁蛋白>> <<6 ng/mL>>",
        ]
    )
    env["res"] = res
    head = (
        "姓名：{a}　性别：%s　年龄：{age}\n病案号：{mrn}　床号：{bed}\n送检医生：{b}　检验者：{c}　审核者：{d}\n"
        % rng.choice("男女")
    )
    if rng.random() < 0.4:
        env["id"] = resident_id(rng)
        head += "身份证号：{id}\n"
    r = Row("zh", "lab_report", "header")
    r.say("帮我解读这份化验单：\n" + head + "{res}", **env)
    n = n_turns(rng)
    if n >= 2:
        r.say(
            "这份报告中{ag}的异常项目已列出：\n{res}\n建议把结果带给送检的{b}医生，结合症状和用药判断是否需要进一步检查。",
            **env,
        )
    pad(r, rng, n, env, [ZH_FOLLOW, ZH_FOLLOW_NAMED])
    return r


def g_zh_idq(rng):
    c = Cast(rng)
    a = c.zh()
    dob = rand_dob(rng, 1930, 2015)
    env = dict(a=a.full, ag=a.g, id=resident_id(rng, dob), dob=dob_zh(rng, dob), ph=phone_zh(rng))
    r = Row("zh", rng.choice(["patient_question", "family_chat"]), "id_number")
    u, ans = rng.choice(
        [
            (
                "我妈{a}的医保卡丢了，身份证号{id}，在哪里补办？",
                "可以带{ag}的身份证原件到社保经办窗口或通过当地医保App挂失补办。身份证号属于敏感信息，不要随便发到网上。",
            ),
            (
                "挂号时系统说“身份证号{id}与姓名{a}不匹配”，怎么回事？",
                "可能是录入时多了空格或把末位X输成了数字；也可能医院系统里{ag}的姓名用了繁体字或生僻字，可以到窗口人工核对。",
            ),
            (
                "孩子{a}，出生日期{dob}，要办<<预防接种证>>，需要什么材料？联系电话{ph}。",
                "一般需要出生医学证明、户口本和家长身份证，到居住地社区卫生服务中心的<<预防接种门诊>>办理。",
            ),
        ]
    )
    n = n_turns(rng)
    r.say(u, **env)
    if n >= 2:
        r.say(ans, **env)
    pad(r, rng, n, env, [ZH_FOLLOW, ZH_FOLLOW_NAMED])
    return r


def g_en_appointment(rng):
    c = Cast(rng)
    a = c.en()
    dob = rand_dob(rng, 1935, 2010)
    env = dict(
        p=a.full,
        lf=rng.choice([a.last_first, a.caps]),
        af=a.first,
        ag=a.first,
        mrn=mrn_en(rng),
        nhs=nhs_number(rng),
        dob=dob_en(rng, dob),
        em=email_en(rng, a),
        ph=phone_en(rng),
        date="<<%s>>" % date_en(rng),
        clinic=rng.choice(["<<Diabetes Centre>>", "<<Fracture Clinic>>", "<<Eye Unit>>", "<<Memory Clinic>>"]),
    )
    lines = [
        "Dear {p},",
        "",
        "Re: {lf}",
        "Your appointment at the {clinic} is on {date} at <<10:40>>.",
        "Hospital number: {mrn}",
        "NHS number: {nhs}",
        "Date of birth: {dob}",
        "",
        "Reminders will be sent to {em} and {ph}.",
    ]
    if rng.random() < 0.3:
        env["addr"] = addr_en(rng)
        lines.insert(1, "{addr}")
    if rng.random() < 0.3:
        lines.remove("NHS number: {nhs}")
    r = Row("en", "appointment_letter", "letter")
    r.say(
        rng.choice(["Is this letter genuine? It has my details right.\n\n", "What do I need to bring to this?\n\n"])
        + "\n".join(lines),
        **env,
    )
    n = n_turns(rng)
    if n >= 2:
        r.say(
            rng.choice(
                [
                    "It looks like a standard hospital letter. To be safe, ring the number on the trust website (not one in an email) and quote hospital number {mrn}.",
                    "Bring a list of your medicines, your glasses, and any home readings. If {af} needs transport, book it at least <<48 hours>> ahead.",
                ]
            ),
            **env,
        )
    pad(r, rng, n, env, [EN_FOLLOW, EN_FOLLOW_NAMED])
    return r


def g_en_pharmacy(rng):
    c = Cast(rng)
    a, b = c.en(), c.en()
    env = dict(
        p=rng.choice([a.last_first, a.caps, a.full]),
        af=a.first,
        ag=a.first,
        b=b.first,
        dob=dob_en(rng),
        addr=addr_en(rng),
        ph=phone_en(rng),
        item=rng.choice(
            [
                "<<Eliquis 5 mg>> x 56",
                "<<Lantus SoloStar>> x 5 pens",
                "<<methotrexate 2.5 mg>> x 24",
                "<<Ventolin Evohaler>> x 2",
            ]
        ),
    )
    r = Row("en", "pharmacy_order", "delivery")
    r.say(
        rng.choice(
            [
                "The pharmacy delivered this to the wrong flat. What should I do?\n\n",
                "Can you check this delivery slip?\n\n",
            ]
        )
        + "Delivery note\nName: {p}\nDOB: {dob}\nAddress: {addr}\nContact: {ph}\nItems: {item}\nPacked by: {b}",
        **env,
    )
    n = n_turns(rng)
    if n >= 2:
        r.say(
            "Call the pharmacy today so they can recover the parcel and report the error; prescription medicines delivered to the wrong address count as a data breach as well as a dispensing incident. {b} or the pharmacist can arrange a replacement for {af}.",
            **env,
        )
    pad(r, rng, n, env, [EN_FOLLOW])
    return r


def g_mx_insurance(rng):
    hz, zg, g, s = rng.choice(ZH_PINYIN)
    c = Cast(rng)
    c._take([hz, g, s])
    py_text = rng.choice(["%s %s" % (s.upper(), g), "%s %s" % (g, s)])
    py_sur = s.upper() if py_text.startswith(s.upper()) else s
    local = "%s%s%d" % (s.lower(), g.lower()[:3], rng.randint(10, 99))
    env = dict(
        hz=zh_full_ent(hz, zg),
        py=Ent("NAME", py_text, en_parts(g, py_sur, py_text)),
        pp=passport_zh(rng),
        dob=rng.choice([dob_en, dob_zh])(rng),
        em=email_ent(local, rng.choice(["163.com", "gmail.com", "qq.com"])),
        ph=phone_zh(rng),
        addr=addr_zh(rng),
    )
    form = rng.randint(0, 2)
    r = Row("mixed", ["insurance_claim", "overseas_registration", "visa_medical"][form], "form")
    if form == 0:
        r.say(
            "在国外看病的保险理赔表，帮我检查一下：\nName: {py}\nPassport No.: {pp}\nDate of Birth: {dob}\nEmail: {em}\n"
            "Phone: {ph}\nAddress in China: {addr}\nDiagnosis: <<acute gastroenteritis>>\nTotal: <<USD 1,240>>",
            **env,
        )
        ans = "表格基本完整。注意：Name 要与护照一致（{py}）；中文名{hz}可以写在备注；附上 <<itemised bill>> 和诊断证明原件。"
    elif form == 1:
        r.say(
            "我妈{hz}在新加坡旅游时摔伤，医院让填 registration form，我这样写对吗？\nPatient name: {py}\nID / Passport: {pp}\n"
            "DOB: {dob}\nHome address: {addr}\nNext of kin contact: {ph}\nAllergies: <<penicillin>>",
            **env,
        )
        ans = "基本正确。Patient name 用护照拼写 {py}；过敏史写 <<penicillin allergy (rash)>> 更清楚；家属电话记得加国家代码 +86。"
    else:
        r.say(
            "留学签证体检表（<<TB test>> 部分）帮我看看：\nApplicant: {py}\nPassport: {pp}\nDate of birth: {dob}\n"
            "Contact e-mail: {em}\nChest X-ray: <<no active TB>>\nClinic: <<IOM panel clinic>>",
            **env,
        )
        ans = "信息齐全。{py} 的 <<chest X-ray>> 结果写的是 <<no active TB>>，这是合格的结论；邮箱 {em} 会收到体检结果通知。"
    n = n_turns(rng)
    if n >= 2:
        r.say(ans, **env)
    return r


# --------------------------------------------------------------------------- English content pools

EN_FOLLOW = [
    (
        "Should he keep taking his <<amlodipine>> in the meantime?",
        "Yes, carry on with regular medicines unless a clinician has said otherwise, and bring the boxes to the appointment.",
    ),
    (
        "How long is the wait for a <<CT scan>> usually?",
        "Urgent outpatient scans are often done within <<2 weeks>>; routine ones can take longer depending on the trust.",
    ),
    (
        "Is it OK to take <<paracetamol>> for the pain?",
        "<<Paracetamol>> is usually fine at the normal dose (<<1 g>> up to four times a day for adults over <<50 kg>>); check it isn't already in any other tablets.",
    ),
    (
        "What should we watch for overnight?",
        "Worsening breathlessness, chest pain, confusion, or a temperature over <<38°C>> that doesn't settle. Call <<111>>, or <<999>> if it's severe.",
    ),
    (
        "Do we need to fast before the blood test?",
        "Only if it includes fasting glucose or lipids; otherwise eat and drink normally and take morning tablets with water.",
    ),
    (
        "Can she still drive?",
        "Not until the team confirms it's safe; after a <<TIA>> the <<DVLA>> guidance is no driving for <<1 month>>.",
    ),
    (
        "Thanks. Anything else to ask at the appointment?",
        "Ask what the results mean, what the next step is, and who to contact if things change before the next review.",
    ),
    (
        "Is the <<flu jab>> safe with his <<chemo>>?",
        "The inactivated <<flu vaccine>> is recommended; timing around cycles should be agreed with the <<oncology team>>.",
    ),
    (
        "How often should the bloods be repeated?",
        "For most people on <<ACE inhibitors>>, <<U&Es>> are checked <<1 to 2 weeks>> after a dose change and then every <<6 to 12 months>>.",
    ),
]
EN_FOLLOW_NAMED = [
    ("Should {ag} keep taking the tablets until then?", "Yes, {ag} should carry on unless the team says otherwise."),
    (
        "Can I book the appointment on {ag}'s behalf?",
        "Usually yes, with {ag}'s consent most practices let a relative or carer book and discuss appointments.",
    ),
    (
        "What should {ag} bring to the clinic?",
        "A list of current medicines, any home blood pressure readings and a note of questions; {ag} can bring someone along for support.",
    ),
]

EN_BED_NOTES = [
    "<<NOF fracture>> day 2 post-op, <<Hb 92 g/L>>, for physio",
    "<<CAP>> on <<IV co-amoxiclav>> day 3, spiking to <<38.4°C>>",
    "<<DKA>> resolving, <<ketones 0.4 mmol/L>>, switch to <<subcut insulin>> at breakfast",
    "<<AKI>>, <<creatinine 212 µmol/L>>, hold <<ramipril>>, strict fluid balance",
    "<<NSTEMI>>, on <<fondaparinux>>, for angio Thursday",
    "<<delirium>>, <<4AT 6>>, family aware, 1:1 overnight",
    "<<COPD>> exacerbation, <<SpO2 88-92%>> target, on <<prednisolone 30 mg>>",
    "<<cellulitis>> left leg, marked borders, <<flucloxacillin>> day 2",
    "<<GI bleed>>, <<OGD>> tomorrow, nil by mouth from midnight",
]


# --------------------------------------------------------------------------- English PHI generators


def g_en_running(rng):
    c = Cast(rng)
    a, b, cc, d = c.en(), c.en(), c.en(), c.en()
    env = dict(af=a.first, bf=b.first, cf=cc.first, df=d.first, a=a.full, b=b.full, c=cc.full, ag=a.first)
    r = Row("en", rng.choice(["clinic_note", "gp_note", "ward_chat"]), "running_text")
    if rng.random() < 0.3:
        env["ph"] = phone_en(rng)
        env["mrn"] = mrn_en(rng)
        r.say("Callback for {af} on {ph} re hospital number {mrn}: <<potassium>> <<5.8 mmol/L>>, repeat today.", **env)
        n = n_turns(rng)
        if n >= 2:
            r.say(
                "Suggested wording: Please call {af} on {ph}; <<potassium>> <<5.8 mmol/L>> (hospital no. {mrn}) needs a repeat sample today.",
                **env,
            )
        pad(r, rng, n, env, [EN_FOLLOW])
        return r
    u, ans = rng.choice(
        [
            (
                "Tidy this up please: {af} called this morning about her husband's <<warfarin>>, his <<INR>> was <<3.4>>. Saw {bf} and {cf} in clinic afterwards, {cf}'s <<HbA1c>> is <<58 mmol/mol>>.",
                "Telephone call: {af} re husband's <<warfarin>>; <<INR>> <<3.4>>, advised per anticoagulation protocol.\nClinic: reviewed {bf} and {cf}. {cf}: <<HbA1c>> <<58 mmol/mol>>, discuss intensification.",
            ),
            (
                "Spoke to {af} again about {b}'s discharge. {bf} is keen to go home Friday; OT happy, pharmacy still waiting on the <<dosette box>>.",
                "Summary: discharge for {b} planned Friday, pending <<dosette box>> from pharmacy. {af} updated; OT has no concerns.",
            ),
            (
                "{a} attended with {bf}. Chest clear, sats <<96% on air>>. {af} reports the cough is better but still bringing up a little phlegm.",
                "{a} attended, accompanied by {bf}. Examination: chest clear, <<SpO2 96%>> on air. Improving cough; safety-netting given.",
            ),
            (
                "Phoned {af}, no answer. Left a message with {bf} asking her to ring the practice about the <<ECG>> result. {df} from the pharmacy also rang.",
                "Logged: attempted contact with {af}; message left with {bf} re <<ECG>> result. Call received from {df} (pharmacy).",
            ),
            (
                "Home visit: {a} and {cf} both home. {cf} is now doing all the shopping and cooking, says she is exhausted.",
                "Home visit note: {a} seen at home with {cf}. Carer strain noted; offer <<carers' assessment>> and signpost local support.",
            ),
        ]
    )
    n = n_turns(rng)
    r.say(u, **env)
    if n >= 2:
        r.say(ans, **env)
    pad(r, rng, n, env, [EN_FOLLOW])
    return r


def g_en_lower(rng):
    c = Cast(rng)
    a, b = (
        c.en(origins=["general", "word", "south_asian", "african", "arabic", "hispanic", "slavic"]),
        c.en(origins=["general", "word", "south_asian", "african", "hispanic"]),
    )
    d = c.en(origins=["south_asian", "african", "general", "arabic"])
    env = dict(
        al=a.lower,
        bl=b.lower,
        af=a.first,
        bf=b.first,
        ag=a.first,
        dl=Ent("NAME", d.surname.lower(), [d.surname.lower()]) if letters(d.surname) >= 3 else d.full,
    )
    r = Row("en", rng.choice(["parent_chat", "patient_question", "health_forum"]), "lowercase")
    u, ans = rng.choice(
        [
            (
                "my son {al} has had a temp of <<39.2>> since tuesday and his sister {bl} had the same thing last week, should i take him to a&e",
                "A fever for more than <<5 days>> in a child should be checked by a doctor, so yes, get {af} seen today (GP or <<urgent care>>). Go straight to <<A&E>> if he is floppy, has a rash that doesn't fade, or is struggling to breathe.",
            ),
            (
                "hi my wife {al} was told her <<ferritin>> is <<8>>, is that low?? dr {dl} said iron tablets",
                "Yes, a <<ferritin>> of <<8 µg/L>> is low and fits iron deficiency. Iron tablets are the usual first step; {af} should take them on alternate days with orange juice, and the cause of the low iron should be looked into.",
            ),
            (
                "my mum {al} lives with us, shes <<87>>, keeps forgetting her <<donepezil>>. my brother {bl} thinks we should get a dosette",
                "A <<dosette box>> or an automated pill dispenser can really help. {bf} could also ask the pharmacy about blister packs and a daily reminder alarm.",
            ),
            (
                "me and {bl} both got the tummy bug thing, how long till we stop being contagious",
                "For <<norovirus>>, stay off work or school until <<48 hours>> after the last episode of vomiting or diarrhoea, and wash hands with soap rather than relying on gel.",
            ),
        ]
    )
    n = n_turns(rng)
    r.say(u, **env)
    if n >= 2:
        r.say(ans, **env)
    pad(r, rng, n, env, [EN_FOLLOW])
    return r


def g_en_header(rng):
    c = Cast(rng)
    a, cons, gp = c.en(), c.en(), c.en()
    env = dict(
        pt=rng.choice([a.caps, a.last_first, a.caps_sg]),
        af=a.first,
        ag=a.first,
        cons=cons.last,
        gp=gp.last_first,
        dob=dob_en(rng),
        mrn=mrn_en(rng),
        ward=rng.choice(["<<Ward 7B>>", "<<Ward 22>>", "<<AMU>>", "<<Cardiology>>"]),
    )
    head = ["Patient: {pt}", "DOB: {dob}", "MRN: {mrn}", "Ward: {ward}", "Consultant: Dr {cons}", "GP: {gp}"]
    if rng.random() < 0.4:
        env["nhs"] = nhs_number(rng)
        head.insert(3, "NHS No: {nhs}")
    if rng.random() < 0.3:
        env["addr"] = addr_en(rng)
        head.insert(3, "Address: {addr}")
    story = rng.choice(
        [
            "Admitted with <<community-acquired pneumonia>>, <<CURB-65 2>>. Treated with <<IV co-amoxiclav>> then oral <<doxycycline>>. Discharged day 5.",
            "Presented with <<fast AF>>, rate controlled with <<bisoprolol 2.5 mg>>. Started <<apixaban 5 mg bd>>. Echo: <<EF 45%>>.",
            "Fall at home, <<left NOF fracture>>, <<hemiarthroplasty>> on day 1. Mobilising with frame. <<Hb 94 g/L>> at discharge.",
        ]
    )
    env["story"] = story
    r = Row("en", rng.choice(["record_header", "discharge_letter"]), "header")
    r.say(
        rng.choice(
            [
                "Please rewrite this discharge summary in plain English for the family:\n",
                "Can you check this header is complete?\n",
            ]
        )
        + "\n".join(head)
        + "\n\n{story}",
        **env,
    )
    n = n_turns(rng)
    if n >= 2:
        r.say(
            rng.choice(
                [
                    "{af} was looked after on {ward} under Dr {cons}. In short: {story} The GP ({gp}) will get a copy of this letter.",
                    "The header has the key identifiers. Consider adding allergy status and the discharge date; Dr {cons} should be listed with their specialty.",
                ]
            ),
            **env,
        )
    pad(r, rng, n, env, [EN_FOLLOW, EN_FOLLOW_NAMED])
    return r


def g_en_email(rng):
    c = Cast(rng)
    to, pt, fr, cc1, cc2 = c.en(), c.en(), c.en(), c.en(), c.en()
    env = dict(
        tf=to.first,
        p=pt.full,
        pf=pt.first,
        ff=fr.first,
        f=fr.full,
        c1=cc1.full,
        c2=cc2.last_first,
        em=email_en(rng, fr),
        ph=phone_en(rng),
        ag=pt.first,
    )
    sign = rng.choice(
        [
            "Thanks,\n{ff}",
            "Best wishes,\n{ff}\n\n{f} | <<Renal Unit>> | {em}",
            "Cheers\n{ff}\n{ph}",
            "Kind regards,\n{f}\n{em} | {ph}",
        ]
    )
    cc = rng.choice(["\n\ncc: {c1}; {c2}", "\ncc {c1}", "", "\nCC: {c2}"])
    body = rng.choice(
        [
            "Hi {tf},\n\nCould you have a look at {p}'s bloods from Tuesday? <<eGFR>> has dropped to <<38>> and I'm not sure whether to hold the <<metformin>>.\n\n",
            "Dear {tf},\n\nFollowing today's MDT, {p} is for <<radiotherapy>> planning; could you arrange the <<CT simulation>>?\n\n",
            "{tf} -\n\nQuick one: {pf} rang the ward asking about the <<MRI>> date. Any news?\n\n",
        ]
    )
    r = Row("en", "email", "signoff")
    r.say(
        rng.choice(["Can you make this email more concise?\n\n", "Proofread this for me:\n\n"]) + body + sign + cc,
        **env,
    )
    n = n_turns(rng)
    if n >= 2:
        r.say(
            rng.choice(
                [
                    "Hi {tf}, could you review {p}'s latest bloods (<<eGFR>> <<38>>) and advise on <<metformin>>? Thanks, {ff}",
                    'Looks fine. I\'d put the key request in the first line, e.g. "Please arrange <<CT simulation>> for {p}", and keep the sign-off as {ff}.',
                ]
            ),
            **env,
        )
    pad(r, rng, n, env, [EN_FOLLOW])
    return r


def g_en_handover(rng):
    c = Cast(rng)
    k = rng.randint(2, 4)
    pts = [c.en() for _ in range(k)]
    x, y = c.en(), c.en()
    env = dict(x=x.first, y=y.first)
    notes = rng.sample(EN_BED_NOTES, k)
    beds = rng.sample(range(1, 30), k)
    lines = []
    for i, p in enumerate(pts):
        env["p%d" % i] = rng.choice([p.last_first, p.caps, p.full])
        env["q%d" % i] = p.first if letters(p.given) >= 3 else p.full
        env["n%d" % i] = notes[i]
        lines.append("Bed %d - {p%d}, %d%s, {n%d}" % (beds[i], i, rng.randint(19, 97), rng.choice("MF"), i))
    r = Row("en", "handover", "handover")
    r.say(
        rng.choice(["Turn this handover into SBAR:\n", "Night handover, anything missing?\n", ""])
        + "\n".join(lines)
        + "\nHanded over by {x} to {y}",
        **env,
    )
    n = n_turns(rng)
    if n >= 2:
        ans = (
            "\n".join("{q%d}: {n%d}." % (i, i) for i in range(k))
            + "\nSuggest adding <<NEWS2>> scores and escalation plans; {y} to confirm receipt."
        )
        r.say(ans, **env)
    pad(r, rng, n, env, [EN_FOLLOW])
    return r


def g_en_roles(rng):
    c = Cast(rng)
    ps = [c.en() for _ in range(4)]
    env = {"r%d" % i: (p.first if rng.random() < 0.6 else p.full) for i, p in enumerate(ps)}
    env["l3"] = ps[3].last
    r = Row("en", rng.choice(["ward_chat", "patient_question", "family_chat"]), "role")
    u, ans = rng.choice(
        [
            (
                "The registrar {r0} said we can stop the fluids, and Sister {r1} wants the <<Foley catheter>> out by lunchtime. Pharmacist {r2} flagged the <<clarithromycin>> and <<simvastatin>> interaction. What's the interaction?",
                "<<Clarithromycin>> strongly inhibits <<CYP3A4>>, which raises <<simvastatin>> levels and the risk of muscle damage. {r2} is right: the usual advice is to pause <<simvastatin>> during the course.",
            ),
            (
                "Physio {r0} saw Dad this morning and Staff Nurse {r1} says he can go home if the stairs assessment is OK. The OT, {r2}, is off till Monday.",
                "That sounds positive. Ask whether another OT can cover for {r2}, or whether the stairs assessment by {r0} is enough for discharge.",
            ),
            (
                "Our GP, Dr {l3}, referred Mum, and the specialist nurse {r1} rang to say the clinic is next week. Should we bring her <<inhalers>>?",
                "Yes, bring all <<inhalers>> and spacers so {r1} and the team can check technique. Dr {l3}'s referral letter will already be on their system.",
            ),
            (
                "The on-call SHO {r0} reviewed him at 02:00 and the night sister {r1} increased the obs. Midwife {r2} is covering the next bay.",
                "Good. Make sure {r0}'s review and the new observation frequency are documented, and that {r1} hands the plan over at the morning huddle.",
            ),
        ]
    )
    n = n_turns(rng)
    r.say(u, **env)
    if n >= 2:
        r.say(ans, **env)
    pad(r, rng, n, env, [EN_FOLLOW])
    return r


def g_en_possessive(rng):
    c = Cast(rng)
    a, b = c.en(), c.en()
    env = dict(af=a.first, bf=b.first, a=a.full, b=b.full, ag=a.first)
    r = Row("en", rng.choice(["patient_question", "family_chat", "health_forum"]), "possessive")
    u, ans = rng.choice(
        [
            (
                "{af}'s mother has just been diagnosed with <<Parkinson's disease>>. Is it hereditary?",
                "Most <<Parkinson's disease>> is not directly inherited; only a small proportion is linked to single genes. {af}'s own risk is only slightly higher than average.",
            ),
            (
                "I'm {af}'s daughter; {bf}'s the one who usually comes to appointments. Can I get a copy of her letters?",
                "Yes, with {af}'s consent the practice can copy you into letters or add you as a nominated contact.",
            ),
            (
                "{a}'s GP wants to start <<alendronic acid>>. {bf}'s worried about the jaw side effects.",
                "<<Osteonecrosis of the jaw>> is rare with oral <<alendronic acid>>. A dental check before starting is sensible; tell {bf} the fracture benefit usually outweighs the risk.",
            ),
            (
                "{b}'s husband keeps missing his <<insulin>> at lunch. {af}'s advice was to set alarms.",
                "Alarms are a good start. A diabetes nurse could also consider a regimen with fewer injections, so {b} and her husband can discuss that at the next review.",
            ),
        ]
    )
    n = n_turns(rng)
    r.say(u, **env)
    if n >= 2:
        r.say(ans, **env)
    pad(r, rng, n, env, [EN_FOLLOW, EN_FOLLOW_NAMED])
    return r


def g_en_wordname(rng):
    c = Cast(rng)
    a, b, cc = c.en(origin="word"), c.en(origin="word"), c.en(origin="word")
    env = dict(af=a.first, a=a.full, b=b.full, bf=b.first, c=cc.full, cl=cc.last, ag=a.first)
    r = Row("en", rng.choice(["ward_chat", "nurse_note", "family_chat"]), "word_name")
    u, ans = rng.choice(
        [
            (
                "{af} is eating better today and {b} went home this morning. {c} is still on <<IV co-amoxiclav>>. Can you write the board update?",
                "Board update: {af}: improved oral intake. {b}: discharged this morning. {c}: continues <<IV co-amoxiclav>>, review at day 5.",
            ),
            (
                "Please let {af} know her <<HbA1c>> came back at <<48 mmol/mol>>. {bf} asked too.",
                "Message for {af}: your <<HbA1c>> result is <<48 mmol/mol>>, which is in the <<diabetes range>>; the nurse will book a review. (Share with {bf} only if {af} agrees.)",
            ),
            (
                "{a} and {b} are both on Thursday's list, and Mrs {cl} is first on Friday.",
                "Noted: Thursday list: {a}, {b}. Friday: Mrs {cl} first. Check consent and site marking for each.",
            ),
            (
                "Our neighbour {a} helps with the shopping and {bf} drives Mum to dialysis three times a week.",
                "That's a lot of support. It may be worth asking the dialysis unit about patient transport so {bf} gets a break, and thanking {a}.",
            ),
        ]
    )
    n = n_turns(rng)
    r.say(u, **env)
    if n >= 2:
        r.say(ans, **env)
    pad(r, rng, n, env, [EN_FOLLOW])
    return r


def g_en_pinyin(rng):
    c = Cast(rng)
    a, b = c.en(origin="pinyin"), c.en(origin="pinyin")
    d = c.en(origins=["korean", "japanese", "vietnamese"])
    env = dict(a=a.full, ac=a.caps_sg, b=b.full, d=d.full, ag=a.first)
    r = Row("en", rng.choice(["ward_chat", "nurse_note", "patient_question"]), "pinyin")
    u, ans = rng.choice(
        [
            (
                "{a} (bed 12) and {b} in bed 14 both need a <<Mandarin interpreter>> for consent tomorrow. Can you draft the booking request?",
                "Booking request: <<Mandarin interpreter>> for consent discussions tomorrow morning: {a} (bed 12), {b} (bed 14). Approx <<30 minutes>> each.",
            ),
            (
                "My grandmother {ac} doesn't speak English; my cousin {b} usually interprets. Is that allowed for her <<chemotherapy>> consent?",
                "For consent a professional interpreter is recommended rather than family, though {b} can be present for support. Ask the unit to book one for {ac}.",
            ),
            (
                "Clinic list: {a}, {d}, {b}. {d} needs a <<Korean>> or <<Japanese>> interpreter? Not sure which.",
                "Check {d}'s preferred language in the registration record before booking; {a} and {b} have no interpreter flag.",
            ),
        ]
    )
    n = n_turns(rng)
    r.say(u, **env)
    if n >= 2:
        r.say(ans, **env)
    pad(r, rng, n, env, [EN_FOLLOW])
    return r


def g_en_initials(rng):
    c = Cast(rng)
    a, b, cc = c.en(), c.en(), c.en()
    for p in (a, b, cc):
        if not p.mid or len(p.mid) > 1:
            p.mid = rng.choice(MID)
    env = dict(ai=a.initials, am=a.mono, bm=b.mono, ci=cc.initials, bi=b.initials)
    r = Row("en", rng.choice(["audit_note", "drug_chart", "clinic_note"]), "initials")
    u, ans = rng.choice(
        [
            (
                "Drug chart audit: <<morphine sulfate 10 mg>> given at <<22:00>>, signed {ai} ({am}), second check {bm}. Is a witness needed for <<Oramorph>>?",
                "For <<Schedule 2>> controlled drugs a second checker is normally required; the entry shows {am} and {bm}, so it looks compliant.",
            ),
            (
                "Entry by {ai} at <<14:20>>: wound reviewed, dressing changed. Countersigned {ci}. Is countersigning required for students?",
                "Local policy usually requires student entries to be countersigned by a registered practitioner; {ci}'s countersignature covers that.",
            ),
            (
                "Audit: 3 of 20 entries unsigned. {am} and {bm} to be reminded; {ci} to re-audit in <<6 weeks>>.",
                "Action plan: remind {am} and {bm}; re-audit by {ci} in <<6 weeks>>; share learning at the ward meeting.",
            ),
        ]
    )
    n = n_turns(rng)
    r.say(u, **env)
    if n >= 2:
        r.say(ans, **env)
    pad(r, rng, n, env, [EN_FOLLOW])
    return r


def g_en_referral(rng):
    c = Cast(rng)
    gp, pt, cons = c.en(), c.en(), c.en()
    dob = rand_dob(rng, 1930, 2008)
    env = dict(
        gp=gp.last,
        p=pt.full,
        pf=pt.first,
        ag=pt.first,
        cons=cons.full,
        dob=dob_en(rng, dob),
        nhs=nhs_number(rng),
        addr=addr_en(rng),
        ph=phone_en(rng),
    )
    spec = rng.choice(["<<Rheumatologist>>", "<<Respiratory Physician>>", "<<Geriatrician>>", "<<Endocrinologist>>"])
    env["spec"] = spec
    lines = [
        "Dear Dr {gp},",
        "",
        "Re: {p}, DOB {dob}, NHS No {nhs}",
        "{addr}",
        "Tel: {ph}",
        "",
        "Thank you for referring this patient with <<inflammatory arthritis>>. <<CRP 34 mg/L>>, <<anti-CCP>> positive. We have started <<methotrexate 15 mg weekly>> with <<folic acid>>.",
        "",
        "Yours sincerely,",
        "",
        "{cons}",
        "Consultant {spec}",
    ]
    if rng.random() < 0.4:
        lines.remove("Tel: {ph}")
    if rng.random() < 0.3:
        lines.remove("{addr}")
    r = Row("en", "referral_letter", "letter")
    r.say(
        rng.choice(["Summarise this clinic letter for the patient:\n\n", "What does this letter mean?\n\n"])
        + "\n".join(lines),
        **env,
    )
    n = n_turns(rng)
    if n >= 2:
        r.say(
            "In plain terms: the specialist ({cons}) thinks {pf} has an inflammatory arthritis and has started a weekly tablet called <<methotrexate>>, with <<folic acid>> on a different day. Regular blood tests will be needed, and Dr {gp} will get a copy.",
            **env,
        )
    pad(r, rng, n, env, [EN_FOLLOW, EN_FOLLOW_NAMED])
    return r


def g_en_sms(rng):
    c = Cast(rng)
    ps = [c.en() for _ in range(3)]
    env = {"p%d" % i: ps[i].first for i in range(3)}
    msgs = [
        "Mum's BP was <<168/94>> this morning",
        "Did she take the <<amlodipine>>?",
        "Yes at 8",
        "GP says recheck tomorrow",
        "I can take her Thursday",
        "Pharmacy says the <<statin>> is out of stock till Monday",
        "ok",
        "Thanks",
        "She's asking for {x} again",
        "Can someone pick up her <<blister pack>>?",
    ]
    chosen = rng.sample(msgs, rng.randint(4, 6))
    lines = []
    for i, m in enumerate(chosen):
        lines.append("{p%d}: " % (i % 3) + m.replace("{x}", "{p%d}" % ((i + 1) % 3)))
    if rng.random() < 0.25:
        env["ph"] = phone_en(rng)
        lines.append("{p0}: new number is {ph}")
    r = Row("en", "text_messages", "group_chat")
    r.say("Family group chat, can you pull out the to-do list?\n" + "\n".join(lines), **env)
    n = n_turns(rng)
    if n >= 2:
        r.say(
            "To-do:\n- Recheck BP tomorrow ({p0} to coordinate)\n- Collect the <<blister pack>> ({p1})\n- Chase the <<statin>> supply ({p2})",
            **env,
        )
    pad(r, rng, n, env, [EN_FOLLOW])
    return r


def g_en_rota(rng):
    c = Cast(rng)
    ps = [c.en() for _ in range(4)]
    env = dict(
        a=ps[0].full,
        b=ps[1].full,
        cl=ps[2].last_first,
        d=ps[3].first,
        bf=ps[1].first,
        bleep="<<%d>>" % rng.randint(2000, 2999),
    )
    r = Row("en", "rota", "roster")
    r.say(
        rng.choice(
            [
                "On-call this weekend:\nSat - {a} (bleep {bleep})\nSun - {b}\nBackup: {cl}\nCan you format this for the noticeboard?",
                "Weekend cover: {a} Saturday, {b} Sunday, {cl} as backup, {d} doing ward jobs. Any gaps?",
            ]
        ),
        **env,
    )
    n = n_turns(rng)
    if n >= 2:
        r.say(
            "| Day | On call |\n|---|---|\n| Saturday | {a} |\n| Sunday | {b} |\n| Backup | {cl} |\nNo gaps, but {bf} has no named backup for handover on Monday morning.",
            **env,
        )
    pad(r, rng, n, env, [EN_FOLLOW])
    return r


def g_en_forum(rng):
    c = Cast(rng)
    a, b = c.en(), c.en()
    env = dict(af=a.first, a=a.full, bf=b.first, ag=a.first, em=email_en(rng, a))
    r = Row("en", "health_forum", "forum")
    u, ans = rng.choice(
        [
            (
                "Posting for my aunt {af}. She's <<72>> and was told her <<eGFR>> is <<41>>. Her friend {bf} says that's stage 3. Should she worry?",
                "An <<eGFR>> of <<41>> is in <<CKD stage 3b>>. It is common at {af}'s age; the key is blood pressure control, avoiding <<NSAIDs>> and yearly monitoring.",
            ),
            (
                "Has anyone had <<cataract surgery>> at a private clinic? My dad {a} is on the NHS list for <<9 months>>. Email me at {em}.",
                "Many people go private for speed; ask about surgeon experience and aftercare. Avoid posting {af}'s email publicly; use private messages instead.",
            ),
            (
                "{af} here, carer for my husband {bf}. He's on <<levodopa>> and gets very drowsy after lunch. Normal?",
                "Drowsiness is a recognised side effect of <<levodopa>>, and protein-rich meals can affect absorption. {af}, it's worth raising with his <<Parkinson's nurse>>.",
            ),
        ]
    )
    n = n_turns(rng)
    r.say(u, **env)
    if n >= 2:
        r.say(ans, **env)
    pad(r, rng, n, env, [EN_FOLLOW, EN_FOLLOW_NAMED])
    return r


# --------------------------------------------------------------------------- mixed PHI generators

ZH_PINYIN = [
    ("王芳", "", "Fang", "Wang"),
    ("张伟", "", "Wei", "Zhang"),
    ("李秀英", "秀英", "Xiuying", "Li"),
    ("刘洋", "", "Yang", "Liu"),
    ("陈静", "", "Jing", "Chen"),
    ("黄建国", "建国", "Jianguo", "Huang"),
    ("周志强", "志强", "Zhiqiang", "Zhou"),
    ("徐海燕", "海燕", "Haiyan", "Xu"),
    ("林美玲", "美玲", "Meiling", "Lin"),
    ("欧阳明轩", "明轩", "Mingxuan", "Ouyang"),
    ("岑家豪", "家豪", "Jiahao", "Cen"),
    ("覃丽华", "丽华", "Lihua", "Qin"),
    ("司马静", "", "Jing", "Sima"),
    ("郗秋菊", "秋菊", "Qiuju", "Xi"),
]
HK_ROMAN = [
    ("陳志明", "Chi Ming", "CHAN"),
    ("黃美玲", "Mei Ling", "WONG"),
    ("張偉強", "Wai Keung", "CHEUNG"),
    ("劉淑儀", "Shuk Yee", "LAU"),
    ("李家豪", "Ka Ho", "LEE"),
    ("吳嘉欣", "Ka Yan", "NG"),
    ("鄭國榮", "Kwok Wing", "CHENG"),
    ("梁詠詩", "Wing Sze", "LEUNG"),
]


def zh_full_ent(text, given):
    return Ent("NAME", text, [text] + ([given] if len(given) >= 2 else []))


def g_mx_ward(rng):
    c = Cast(rng)
    a, b = c.zh(), c.zh()
    x, reg = c.en(), c.en()
    env = dict(a=a.full, b=b.full, ag=a.g, x=x.last, reg=reg.first)
    r = Row("mixed", rng.choice(["code_switch", "ward_chat"]), "ward_round")
    u, ans = rng.choice(
        [
            (
                "今天 ward round 的时候 Dr {x} 说 {a} 可以 discharge 了，但是 {b} 的 <<CRP>> 还是 <<85 mg/L>>，要继续 <<IV antibiotics>>。今天的 registrar 是 {reg}。帮我写个 summary。",
                "Summary：{a} 今日可出院；{b} <<CRP>> <<85 mg/L>>，继续 <<IV antibiotics>>，明日复查。Consultant: Dr {x}；registrar: {reg}。",
            ),
            (
                "{reg} 刚才 page 我，说 {a} 的 <<potassium>> <<5.9>>，Dr {x} 让先做 <<ECG>>。",
                "先做 <<ECG>> 看有没有 peaked T waves，复查 <<potassium>>；若 <<ECG>> 有改变，按 <<hyperkalaemia>> protocol 处理并告知 {reg}。",
            ),
            (
                "明天 theatre list：{a} 第一台，{b} 第二台，anaesthetist 是 Dr {x}。{reg} 说要提前 consent。",
                "好的：{a}、{b} 今晚完成 consent，Dr {x} 术前访视；提醒两位 <<nil by mouth from midnight>>。",
            ),
        ]
    )
    n = n_turns(rng)
    r.say(u, **env)
    if n >= 2:
        r.say(ans, **env)
    pad(r, rng, n, env, [ZH_FOLLOW])
    return r


def g_mx_names_in_en(rng):
    hz, zg, g, s = rng.choice(ZH_PINYIN)
    c = Cast(rng)
    c._take([hz, g, s])
    other = c.en()
    form = rng.randint(0, 2)
    py_text = ["%s %s" % (s, g), "%s %s" % (g, s), "%s %s" % (s.upper(), g)][form]
    py_sur = s.upper() if form == 2 else s
    env = dict(
        hz=zh_full_ent(hz, zg),
        py=Ent("NAME", py_text, en_parts(g, py_sur, py_text)),
        o=other.full,
        of=other.first,
        mrn=mrn_en(rng),
    )
    r = Row("mixed", rng.choice(["clinic_note", "code_switch"]), "pinyin")
    u, ans = rng.choice(
        [
            (
                "Patient {hz} ({py}), MRN {mrn}, seen in <<A&E>> with <<pleuritic chest pain>>. 家属只会说中文。{o} is the nurse looking after her. Please draft a note.",
                "Note: {py} ({hz}), MRN {mrn}. Presented with <<pleuritic chest pain>>. Family speak Mandarin only; interpreter requested. Nurse: {of}.",
            ),
            (
                "我婆婆叫 {hz}，护照上是 {py}。英国医院的信上写错了，写成别的拼音了，会影响 <<NHS>> 看病吗？",
                "建议联系 GP surgery，出示护照，把登记名改成与护照一致的 {py}，避免检查结果对不上。",
            ),
            (
                "{o} asked me to translate: {py} 的 <<HbA1c>> 是 <<64 mmol/mol>>，需要加 <<gliclazide>> 吗？",
                "Translation: {hz}（{py}）的 <<HbA1c>> <<64 mmol/mol>>，高于目标；是否加用 <<gliclazide>> 由医生决定，{of} 会安排复诊。",
            ),
        ]
    )
    n = n_turns(rng)
    r.say(u, **env)
    if n >= 2:
        r.say(ans, **env)
    return r


def g_mx_hk(rng):
    hz, g, s = rng.choice(HK_ROMAN)
    c = Cast(rng)
    c._take([hz, g, s])
    nurse = c.sur(pool=["陳", "黃", "張", "梁", "何", "林", "鄭", "謝"])
    text = "%s %s" % (s, g)
    env = dict(hz=zh_full_ent(hz, hz[1:]), en=Ent("NAME", text, en_parts(g, s, text)), n=nurse, ph=phone_zh(rng))
    r = Row("mixed", "hk_note", "traditional")
    r.say(
        rng.choice(
            [
                "覆診紀錄：{hz}（{en}），<<HbA1c 7.8%>>，<<Metformin 500 mg bd>>，下次 <<FU 3/12>>。{n}姑娘已 book blood。幫我譯做英文。",
                "{en}（{hz}）今日入 ward，<<BP 168/95>>，{n}姑娘 call 咗 MO。聯絡電話 {ph}。點寫 progress note？",
            ]
        ),
        **env,
    )
    n = n_turns(rng)
    if n >= 2:
        r.say(
            rng.choice(
                [
                    "Follow-up note: {en} ({hz}). <<HbA1c 7.8%>> on <<Metformin 500 mg bd>>. Next <<FU 3/12>>. Bloods booked by {n}姑娘 (nurse).",
                    "Progress note: {en} admitted today, <<BP 168/95>>. MO informed by nurse {n}姑娘. Plan: repeat BP in <<1 hour>>, review meds.",
                ]
            ),
            **env,
        )
    return r


def g_mx_chat(rng):
    c = Cast(rng)
    a, b = c.en(origins=["general", "word", "south_asian", "pinyin"]), c.zh()
    cc = c.zh()
    env = dict(a=a.first, b=b.full, c=cc.full, bg=b.g)
    lines = rng.sample(
        [
            "{a}：我妈今天 <<BP 160/95>>，要不要去 <<GP>>？",
            "{b}：先复测，坐下 <<5分钟>> 再量",
            "{c}：她 <<amlodipine>> 吃了吗",
            "{a}：吃了，早上8点",
            "{b}：那下午再量一次",
            "{c}：@{a} 记得带 <<blood pressure diary>>",
            "{a}：OK thanks",
            "{b}：明天我 off，可以陪她去",
        ],
        rng.randint(4, 6),
    )
    r = Row("mixed", "wechat_group", "group_chat")
    r.say("群聊记录，帮我总结：\n" + "\n".join(lines), **env)
    n = n_turns(rng)
    if n >= 2:
        r.say(
            "总结：妈妈今天血压偏高，{b}建议静坐后复测；{c}提醒带 <<blood pressure diary>>；{a}负责下午复测并记录。",
            **env,
        )
    pad(r, rng, n, env, [ZH_FOLLOW])
    return r


def g_mx_email(rng):
    c = Cast(rng)
    x, y, z = c.en(), c.en(), c.en()
    a = c.zh()
    env = dict(xf=x.first, yf=y.first, y=y.full, z=z.full, a=a.full, em=email_en(rng, y))
    r = Row("mixed", "email", "signoff")
    r.say(
        rng.choice(
            [
                "帮我检查这封邮件：\nHi {xf}，\n附件是 {a} 的 <<MRI>> report，麻烦看一下 <<L4/5>> 那里是否需要手术。\nBest,\n{yf}\ncc: {z}",
                "这封英文邮件的语气可以吗？\nDear {xf},\nI am writing about my father {a}. His <<PSA>> is <<12.4 ng/mL>>.\nRegards,\n{y}\n{em}",
            ]
        ),
        **env,
    )
    n = n_turns(rng)
    if n >= 2:
        r.say(
            "整体可以。建议第一句直接说明请求（例如请 {xf} 评估是否需要进一步检查），结尾保留署名 {yf}；发送含 {a} 病情的附件前确认已获授权。",
            **env,
        )
    pad(r, rng, n, env, [ZH_FOLLOW])
    return r


# --------------------------------------------------------------------------- PHI-free pools

ZH_FREE = [
    (
        "孩子<<8岁>>，性格比较安静，最近总说肚子疼，会不会是心理原因？",
        "<<文静的孩子>>有时不太会表达不适，先别急着归因于心理。建议到<<儿科>>排除便秘、<<肠系膜淋巴结炎>>等原因，必要时做<<腹部B超>>。",
    ),
    (
        "我爸七十多了，爬两层楼就喘，他自己说是“<<马力不足>>”，要查什么？",
        "活动后气短可能与<<心功能不全>>、<<慢阻肺>>或<<贫血>>有关，建议查<<血常规>>、<<BNP>>、<<心脏彩超>>和<<肺功能>>。",
    ),
    (
        "体检报告说我是<<海洋性贫血>>基因携带者，以后要孩子要注意什么？",
        "<<海洋性贫血>>就是<<地中海贫血>>。夫妻双方是同型携带者时孩子有<<25%>>的概率为重型，建议配偶也做<<地贫基因检测>>。",
    ),
    (
        "新生儿<<黄疸>>，把婴儿床挪到<<向阳>>的房间有用吗？",
        "晒太阳对<<黄疸>>作用有限，还容易晒伤或着凉。<<经皮胆红素>>超过光疗阈值时需要到医院做<<蓝光治疗>>。",
    ),
    (
        "<<白细胞>><<11.2×10^9/L>>，<<中性粒细胞>>百分比<<82%>>，是细菌感染吗？",
        "轻度升高、以<<中性粒细胞>>为主，提示细菌感染可能性较大，但要结合症状和<<C反应蛋白>>判断。",
    ),
    (
        "医生开了<<马来酸依那普利>><<10 mg>>每天一次，能和<<氨氯地平>>一起吃吗？",
        "可以联用，这是常见的降压组合。注意定期查<<血钾>>和<<肌酐>>，出现持续干咳要告诉医生。",
    ),
    (
        "伤口培养出<<金黄色葡萄球菌>>，医生说要用<<林可霉素>>，效果好吗？",
        "要看<<药敏试验>>结果。对<<林可霉素>>敏感时可以使用；如果是<<MRSA>>，通常选择<<万古霉素>>或<<利奈唑胺>>。",
    ),
    (
        "打了<<石膏>>以后脚趾发紫发凉，正常吗？",
        "不正常，可能是<<石膏>>过紧压迫血管。请抬高患肢并尽快回医院，让医生松解或重新固定。",
    ),
    (
        "月经<<周期>><<35天>>，算不算不正常？",
        "<<21到35天>>都在正常范围内。如果<<周期>>突然改变或经量明显增多，再到<<妇科>>检查。",
    ),
    (
        "孩子得了<<川崎病>>，出院后<<阿司匹林>>要吃多久？",
        "一般小剂量<<阿司匹林>>服用<<6到8周>>，期间复查<<心脏彩超>>看冠状动脉情况。",
    ),
    (
        "我妈确诊<<帕金森病>>三年了，<<多巴丝肼>>效果越来越短，怎么办？",
        "这可能是“剂末现象”，可以和<<神经内科>>医生讨论调整给药次数或加用<<恩他卡朋>>，不要自行加量。",
    ),
    (
        "<<唐氏综合征>>筛查结果高风险，<<1/150>>，下一步做什么？",
        "筛查高风险不等于确诊，建议到<<产前诊断中心>>咨询，选择<<无创DNA>>或<<羊水穿刺>>进一步检查。",
    ),
    ("<<华佗再造丸>>可以长期吃吗？", "<<华佗再造丸>>多用于<<中风>>恢复期，长期服用应在医生指导下进行，孕妇禁用。"),
    (
        "想去<<吉林大学白求恩第一医院>>看<<甲状腺结节>>，挂哪个科？",
        "可以挂<<甲状腺外科>>或<<内分泌科>>，先做<<甲状腺彩超>>；<<TI-RADS 4类>>以上一般需要<<细针穿刺>>。",
    ),
    (
        "<<中山医院>>的<<逸夫楼>>是看什么的？做<<胃镜>>在哪里？",
        "各医院楼宇安排会调整，以官方公众号为准；<<胃镜>>一般在<<内镜中心>>，按预约短信上的楼层报到。",
    ),
    (
        "在<<国际和平妇幼保健院>>建档，听说是<<宋庆龄>>创办的，要准备什么？",
        "一般需要身份证、<<母子健康手册>>和早孕<<B超>>报告，<<孕12周>>前后完成建档和<<NT检查>>。",
    ),
    (
        "<<高血压>>吃药后血压<<128/82 mmHg>>，可以减量吗？",
        "达标说明方案有效，不建议自行减量。降压药需要长期规律服用，<<常规>>每<<3个月>>复诊一次。",
    ),
    (
        "<<张力>>性头痛和偏头痛怎么区分？",
        "<<张力>>性头痛多为双侧紧箍感，程度较轻；偏头痛常为单侧搏动性，伴恶心、畏光。",
    ),
    (
        "请了<<钟点>>工照顾刚做完手术的老人，需要交代什么？",
        "重点交代用药时间、伤口观察、防跌倒和饮食禁忌，写成清单贴在冰箱上，有发热或伤口渗液立即联系家属。",
    ),
    (
        "<<管床>>医生和<<主任>>说法不一样，到底听谁的？",
        "一般以<<主任>>查房后的意见为准。有疑问可以请<<管床>>医生把两种方案的利弊讲清楚。",
    ),
    (
        "<<护士长>>说明天<<早上7点>>前要空腹抽血，喝水可以吗？",
        "少量白开水一般不影响，不要喝牛奶、果汁；降压药可以用一小口水送服。",
    ),
    (
        "孩子<<曾经>>有过<<热性惊厥>>，这次发烧<<38.5℃>>，要提前吃药吗？",
        "退热药不能预防<<热性惊厥>>，但能让孩子舒服些；抽搐超过<<5分钟>>请立即拨打<<120>>。",
    ),
    (
        "<<孙女>>两岁，吃<<向日葵>>籽的时候呛到了，现在还在咳，怎么办？",
        "要警惕<<气管异物>>，持续咳嗽或呼吸费力请马上去<<儿童医院>>急诊；<<3岁>>以下不要吃整粒瓜子。",
    ),
    (
        "<<何时>>复查<<甲功>>比较合适？<<许多>>人说三个月。",
        "调整<<左甲状腺素>>剂量后一般<<6到8周>>复查<<TSH>>，稳定后半年到一年复查一次。",
    ),
    (
        "减肥到底是少吃重要还是多动重要？我<<BMI>>已经<<28.5>>了。",
        "两者结合才是<<王道>>：每天热量缺口约<<500千卡>>，加上每周<<150分钟>>中等强度运动。",
    ),
    (
        "老公抽烟<<30年>>了，他说<<江山易改>>本性难移，真的戒不掉吗？",
        "戒烟是可以成功的。去<<戒烟门诊>>，在医生指导下使用<<伐尼克兰>>或<<尼古丁替代疗法>>，成功率会明显提高。",
    ),
    (
        "喝<<金花茶>>能降血脂吗？",
        "目前没有可靠证据表明<<金花茶>>能替代降脂药，<<低密度脂蛋白>>偏高仍应按医生建议处理。",
    ),
    (
        "家里养的<<常青藤>>叶子被孩子啃了一口，有毒吗？",
        "<<常青藤>>含皂苷，少量误食多表现为口腔刺激、呕吐，先漱口观察，呕吐不止或精神差请就医。",
    ),
    (
        "冬天去<<林海雪原>>玩，手指冻得发白发麻，怎么处理？",
        "这是冻伤早期表现。尽快到温暖处，用<<37到39℃>>温水复温，不要用雪搓或火烤。",
    ),
    (
        "每到<<夏雨>>季节湿疹就加重，有什么办法？",
        "潮湿闷热会加重湿疹，保持通风、穿透气衣物，坚持用保湿剂，急性期短期外用<<弱效激素药膏>>。",
    ),
    (
        "每天早<<高峰>>挤地铁，经常头晕眼前发黑，是低血糖吗？",
        "可能与不吃早餐或<<体位性低血压>>有关。吃了早餐再出门，头晕时及时蹲下，必要时查<<血常规>>。",
    ),
    (
        "在<<田野>>里散步被蜱虫咬了，虫子还在皮肤上，怎么办？",
        "用细镊子贴近皮肤夹住口器垂直拔出，不要挤压虫体，再消毒；<<2周>>内出现发热、皮疹要就医。",
    ),
    (
        "皮肤白得像<<白雪>>一样，嘴唇也没血色，会不会贫血？",
        "面色苍白可能提示<<贫血>>，建议查<<血常规>>和<<血清铁蛋白>>。",
    ),
    (
        "诊断书上写的<<I10>>和<<E11.9>>是什么意思？",
        "这是<<ICD-10>>编码：<<I10>>指<<原发性高血压>>，<<E11.9>>指<<2型糖尿病>>不伴并发症。",
    ),
    (
        "体温计显示<<37.3℃>>，这个<<温度>>算发烧吗？",
        "腋下体温达到这个水平可以算低热，但要排除运动、洗澡或进食的影响，<<30分钟>>后复测。",
    ),
    (
        "化疗<<方案>>是<<FOLFOX>>，现在第<<3周期>>，手脚麻是正常的吗？",
        "<<奥沙利铂>>常引起周围神经毒性，遇冷加重。避免接触冷水，把症状告诉主治医生。",
    ),
    (
        "异地就医报销的<<程序>>是怎样的？",
        "一般需要先在参保地办理异地就医备案，再到定点医院直接结算，具体可在<<国家医保服务平台>>查询。",
    ),
    (
        "<<于是>>我就自己停了<<华法林>>，现在有点担心……",
        "<<华法林>>不能随意停用，可能增加血栓风险。请尽快联系医生复查<<INR>>。",
    ),
    (
        "听说<<李时珍>>的《<<本草纲目>>》里写了很多偏方，能照着用吗？",
        "古籍有历史价值，但不少药材有毒性或剂量不明，不建议照搬，中药应在<<中医科>>医生辨证后使用。",
    ),
    (
        "<<协和医院>>和<<华西医院>>哪个看<<克罗恩病>>更好？",
        "两家都有成熟的<<炎症性肠病>>团队，更重要的是规律随访、按时复查<<肠镜>>和<<粪钙卫蛋白>>。",
    ),
    (
        "<<桥本甲状腺炎>>需要吃药吗？<<TSH>>是<<6.2 mIU/L>>。",
        "<<TSH>>轻度升高、<<FT4>>正常属于亚临床甲减，是否用<<左甲状腺素>>要结合年龄和备孕计划决定。",
    ),
    (
        "<<阿尔茨海默病>>的老人晚上不睡觉，白天睡，怎么办？",
        "白天多晒太阳、安排活动，晚上保持安静昏暗；仍严重影响照护时请<<神经内科>>评估用药。",
    ),
    (
        "<<邵逸夫医院>>的<<互联网医院>>能开<<格华止>>吗？",
        "复诊患者通常可以在线续方常用慢病药，如<<格华止>>；首诊一般需要线下就诊。",
    ),
    (
        "<<孙逸仙纪念医院>>晚上有<<儿科急诊>>吗？",
        "大型综合医院通常有<<儿科急诊>>，夜间安排请拨打医院总机确认，紧急情况就近就医。",
    ),
    (
        "<<格林-巴利综合征>>会遗传吗？",
        "一般不遗传，多与感染后免疫反应有关；大多数患者经<<丙种球蛋白>>等治疗后可逐渐恢复。",
    ),
    (
        "<<主任>>查房说要做<<PET-CT>>，医保报吗？",
        "<<PET-CT>>在多数地区是部分报销或自费，费用约<<7000到10000元>>，可以问<<住院处>>确认。",
    ),
    (
        "<<南丁格尔奖>>是颁给谁的？我女儿想学<<护理>>。",
        "<<南丁格尔奖>>是国际护理界的最高荣誉之一。学<<护理>>就业面广，可以先了解<<护士执业资格考试>>。",
    ),
    (
        "医生说我<<马力>>不够是因为<<甲减>>，<<优甲乐>>吃了多久能见效？",
        "<<优甲乐>>一般服用<<2到4周>>后乏力开始改善，<<6到8周>>复查<<TSH>>调整剂量。",
    ),
    (
        "<<方正>>的药盒上写着<<0.25 g×24粒>>，一次吃几粒？",
        "要以医生处方或说明书为准，成人常见用法是一次<<2粒>>、每日<<3次>>，不确定时请问药师。",
    ),
    (
        "<<白云区>>的社区医院能打<<HPV疫苗>>吗？要预约吗？",
        "大多数社区卫生服务中心可以接种，一般需要通过公众号预约，带身份证到<<预防接种门诊>>。",
    ),
    (
        "想找个<<高明的医生>>看<<银屑病>>，去哪个医院？",
        "可以选择有<<皮肤科>>重点专科的三甲医院；中重度<<银屑病>>现在有<<生物制剂>>可以选择。",
    ),
    (
        "<<向阳>>花开的季节就过敏打喷嚏，是<<花粉症>>吗？",
        "季节性发作的鼻痒、喷嚏很可能是<<花粉症>>，可以用<<氯雷他定>>或<<鼻用激素>>，严重时查<<过敏原>>。",
    ),
]

EN_FREE = [
    (
        "His BP <<rose to 160>> after the <<ramipril>> was stopped. Should he restart it?",
        "Don't restart it without the prescriber; <<ramipril>> is sometimes stopped for kidney function or <<potassium>>. Ask the GP to recheck <<U&Es>> this week.",
    ),
    (
        "Is there a <<grace period>> if I run out of <<levothyroxine>> before the repeat is ready?",
        "Pharmacists can often make an <<emergency supply>> of regular medicines; missing a day or two of <<levothyroxine>> is rarely harmful.",
    ),
    (
        "The surgeon said they'll <<mark the site>> with a pen before my <<knee replacement>>. Why?",
        "It's part of the <<WHO Surgical Safety Checklist>>: the team confirms the correct side before anaesthetic.",
    ),
    (
        "I've had <<frank blood>> in my urine since the catheter was changed.",
        "Visible blood after a catheter change is often minor trauma, but clots, inability to pass urine or fever need <<A&E>>.",
    ),
    (
        "Are <<young adults>> with <<Crohn's disease>> more likely to need surgery?",
        "Earlier onset can mean more aggressive disease, but modern <<biologics>> have reduced surgery rates.",
    ),
    (
        "My <<white cell count>> was <<14.2 x10^9/L>>. Is that an infection?",
        "It's mildly raised; infection is common but steroids, stress and smoking also raise it. Look at the <<neutrophils>> and <<CRP>>.",
    ),
    (
        "I've been coughing up <<green sputum>> for <<5 days>>. Do I need antibiotics?",
        "Colour alone doesn't mean bacteria. Most chest infections settle; seek help if breathless, feverish beyond <<3 days>> or coughing blood.",
    ),
    (
        "The hospital sent a <<bill>> for the ambulance. Is that normal?",
        "In the UK <<NHS>> ambulances are free; in many other countries they're charged, so check your insurance.",
    ),
    (
        "Can I still <<cook>> with olive oil if my <<LDL>> is <<4.1 mmol/L>>?",
        "Yes, olive oil in moderation is fine; cutting saturated fat matters more.",
    ),
    ("What does an <<Apgar score>> of <<9 at 5 minutes>> mean?", "It's reassuring: <<7 to 10>> is normal."),
    (
        "Dad was diagnosed with <<Parkinson's disease>>. Is <<co-careldopa>> OK with his <<tamsulosin>>?",
        "They can be used together, but both can lower blood pressure on standing, so he should get up slowly.",
    ),
    (
        "Is <<Down syndrome>> screening offered at <<12 weeks>>?",
        "Yes, the <<combined test>> at <<11 to 14 weeks>> uses a scan and a blood test.",
    ),
    (
        "Is <<Hunter syndrome>> the same as <<Hurler syndrome>>?",
        "No. Both are <<mucopolysaccharidoses>>: <<Hunter syndrome>> is <<MPS II>>, <<Hurler syndrome>> is <<MPS I>>.",
    ),
    (
        "The scan showed a <<Baker's cyst>> behind my knee. Does it need draining?",
        "Usually not; treating the underlying knee problem often helps. Sudden calf swelling needs a check for <<DVT>>.",
    ),
    (
        "What is the <<Bishop score>>? The midwife said mine was <<4>>.",
        "It assesses how ready the cervix is for labour; a low score may mean <<induction>> starts with a prostaglandin.",
    ),
    (
        "My sugars are high first thing even though I don't eat overnight. Is that the <<dawn phenomenon>>?",
        "Possibly; early-morning hormones raise glucose. A <<3 am>> check helps tell it apart from overnight lows.",
    ),
    (
        "Is it normal for <<ABVD>> for <<Hodgkin lymphoma>> to make me so tired?",
        "Fatigue is very common on <<ABVD>>; tell the team about fever or breathlessness straight away.",
    ),
    (
        "Is <<St Mary's Hospital>> the one with the <<major trauma centre>>?",
        "Several hospitals share that name; check the trust website for the site you mean.",
    ),
    (
        "Would <<Johns Hopkins>> or the <<Mayo Clinic>> accept overseas referrals for <<Cushing's syndrome>>?",
        "Both have international offices; you'd usually need records, scans and <<cortisol>> results in English.",
    ),
    (
        "We've been referred to <<Great Ormond Street>> for <<Kawasaki disease>> follow-up.",
        "Follow-up usually includes echocardiograms at about <<6 weeks>> to check the coronary arteries.",
    ),
    (
        "I had a <<Whipple procedure>> at the <<John Radcliffe Hospital>>. Do I need <<Creon>> forever?",
        "Many people do need <<pancreatic enzyme replacement>> long term; the dose is adjusted to meals.",
    ),
    (
        "Should I ask <<the registrar>> or <<the on-call nurse>> about my drain?",
        "Either can help; the nurse can escalate to the surgical team if needed.",
    ),
    (
        "Can <<the ward pharmacist>> check my <<insulin>> doses before discharge?",
        "Yes, that's part of the medicines reconciliation on discharge.",
    ),
    (
        "Does <<Bell's palsy>> go away on its own?",
        "Most people recover fully within <<3 to 6 months>>; <<prednisolone>> within <<72 hours>> improves the odds.",
    ),
    (
        "My <<Raynaud's phenomenon>> is worse this winter. What helps?",
        "Keep the whole body warm, stop smoking, and ask about <<nifedipine>> if attacks are frequent.",
    ),
    (
        "My son's <<Glasgow Coma Scale>> was <<14>> in <<A&E>> after the fall. Should I worry?",
        "A <<GCS>> of <<14>> is mildly reduced; guidelines usually recommend a <<CT head>> and observation.",
    ),
    ("What's the code <<J44.1>> on my sick note?", "It's the <<ICD-10>> code for <<COPD>> with acute exacerbation."),
    (
        "Is <<Ozempic>> the same as <<Wegovy>>?",
        "Both are <<semaglutide>>; <<Wegovy>> is licensed for weight management at higher doses.",
    ),
    (
        "My urine went <<dark brown>> after starting <<nitrofurantoin>>. Is that dangerous?",
        "<<Nitrofurantoin>> can darken urine harmlessly; pain, fever or yellow eyes need a review.",
    ),
    (
        "Are iron tablets better than a diet <<rich in iron>>?",
        "With true deficiency diet alone is rarely enough; tablets are usually needed for <<3 months>>.",
    ),
    (
        "Do I need <<strong>> painkillers after a <<tonsillectomy>>?",
        "Regular <<paracetamol>> and <<ibuprofen>> are usually enough; pain peaks around days <<5 to 7>>.",
    ),
    (
        "The nurse said I'll need a <<Foley catheter>> for <<48 hours>> after surgery.",
        "That's common after pelvic surgery; it will be removed once you're mobile and passing urine is expected to be easy.",
    ),
    (
        "What's <<Hartmann's solution>> used for?",
        "It's an IV fluid similar to plasma, used for rehydration and during surgery.",
    ),
    (
        "After the <<cataract surgery>> colours are so bright, what a <<joy>>! Is the glare normal?",
        "Yes, glare and halos are common for a few weeks.",
    ),
    (
        "I have <<faith>> in my team but I want a second opinion on <<TAVI>>.",
        "Asking for a second opinion is reasonable; your cardiologist can refer you.",
    ),
    (
        "Is <<Alzheimer's disease>> the same as dementia?",
        "<<Alzheimer's disease>> is the most common cause of dementia, but not the only one.",
    ),
    (
        "What's a <<Murphy's sign>>? The doctor pressed under my ribs.",
        "It's a test for <<gallbladder>> inflammation: pain that stops a deep breath.",
    ),
    ("Is the <<Mayo Clinic>> diet any good?", "It's a balanced plan; any sustainable calorie deficit works."),
    (
        "Can I take <<Nurofen>> with <<Lipitor>>?",
        "Short courses are usually fine; long-term <<NSAIDs>> raise blood pressure and kidney risk.",
    ),
    (
        "The discharge letter says <<Graves' disease>>, <<carbimazole 20 mg>>. How long is treatment?",
        "Usually <<12 to 18 months>>, with regular thyroid and blood count checks.",
    ),
    (
        "Is <<Guy's and St Thomas'>> the right place for a <<renal transplant>> assessment?",
        "It's one of several transplant centres; your nephrologist will refer to the nearest one.",
    ),
    (
        "We <<hope>> to avoid insulin. My <<HbA1c>> is <<53 mmol/mol>>.",
        "Diet, activity and tablets can often bring that down; insulin isn't the next step for most people.",
    ),
    (
        "What's the <<Heimlich manoeuvre>> for a toddler?",
        "For under-<<1 year>> use back blows and chest thrusts; for older children back blows then abdominal thrusts.",
    ),
    (
        "Why does my <<bill>> from the private clinic list a <<Fisher grade>>?",
        "That's a <<CT>> grading of bleeding in <<subarachnoid haemorrhage>>; ask the clinic to explain the charge.",
    ),
]

MX_FREE = [
    ("宝宝出生时 <<Apgar score>> 是 <<9分>>，算正常吗？", "<<Apgar>> <<7到10分>>属于正常，宝宝状况很好。"),
    (
        "医生说手术前要 <<mark the site>>，是在皮肤上画记号吗？",
        "是的，用记号笔标出手术部位和侧别，是安全核查的一部分。",
    ),
    (
        "我在 <<St Mary's Hospital>> 的 <<A&E>> 等了 <<4小时>>，这正常吗？",
        "英国急诊的目标是 <<4-hour standard>>，高峰期常有超时。",
    ),
    ("化验单上 <<WBC 12.5>>，<<CRP 48 mg/L>>，是感染吗？", "两项都升高，提示有炎症或感染，要结合症状判断。"),
    ("<<Madopar>> 和 <<美多芭>> 是一个药吗？我爸有 <<Parkinson's>>。", "是同一种药，成分是 <<左旋多巴/苄丝肼>>。"),
    (
        "<<Crohn's disease>> 就是 <<克罗恩病>> 吧？要打 <<Humira>> 吗？",
        "是的。是否用 <<Humira>>（<<阿达木单抗>>）要看病情活动度。",
    ),
    ("国外医生写的 <<frank blood>> 是什么意思？", "指肉眼可见的鲜血，比如便血或血尿。"),
    ("报告写 <<green sputum>>，需要吃 <<Augmentin>> 吗？", "痰的颜色不能单独决定是否用抗生素，要结合发热和胸片。"),
    ("<<grace period>> 是保险的宽限期吗？我在美国看病。", "是的，指保费到期后仍保持保障的一段时间，通常 <<30天>>。"),
    ("<<young adults>> 打 <<HPV vaccine>> 还有用吗？我 <<26岁>>。", "仍然有保护作用，<<45岁>>以下都可以咨询接种。"),
    (
        "<<Johns Hopkins>> 的第二意见怎么申请？诊断是 <<Hodgkin lymphoma>>。",
        "可以通过其国际患者服务提交病理切片和影像资料。",
    ),
    (
        "<<the registrar>> 说要做 <<CT head>>，这是什么级别的医生？",
        "英国的 registrar 相当于国内的高年资住院医师或主治医师。",
    ),
    (
        "血压 <<rose to 160>> 之后医生让 <<double the dose>> of <<amlodipine>>，合理吗？",
        "<<amlodipine>> 从 <<5 mg>> 加到 <<10 mg>> 很常见，注意脚踝水肿。",
    ),
    ("孩子 <<Kawasaki disease>> 出院，<<aspirin 3-5 mg/kg>> 要吃多久？", "一般 <<6到8周>>，复查心脏彩超正常后停药。"),
    ("<<Ward 7B>> 是 <<Cardiology>> 吗？探视时间几点？", "以医院官网为准，很多病房探视时间是 <<2pm to 8pm>>。"),
    (
        "药盒上写 <<bd>> 和 <<tds>> 什么意思？<<co-codamol 30/500>>",
        "<<bd>> 是每日两次，<<tds>> 是每日三次；<<co-codamol>> 每天最多 <<8片>>。",
    ),
    ("<<white cell count>> 低是不是化疗的原因？", "化疗后 <<7到14天>> 常见白细胞最低点，发热要马上就医。"),
    (
        "<<Mayo Clinic>> 说 <<Baker's cyst>> 可以自己好，是真的吗？",
        "很多会随膝关节问题改善而缩小，小腿突然肿痛要排除血栓。",
    ),
]

ZH_FREE_STYLES = ["patient_question", "health_forum", "family_chat", "clinic_chat"]
EN_FREE_STYLES = ["patient_question", "health_forum", "clinic_chat"]
MX_FREE_STYLES = ["code_switch", "overseas_patient"]


def g_free(lang, pool, styles, follows):
    def gen(rng):
        r = Row(lang, rng.choice(styles), "none")
        n = n_turns(rng)
        pairs = rng.sample(pool, 3)
        for q, a in pairs:
            if len(r.turns) >= n:
                break
            r.say(q)
            if len(r.turns) < n:
                r.say(a)
        if len(r.turns) < n:
            pad(r, rng, n, {}, follows)
        return r

    gen.__name__ = "g_free_" + lang
    return gen


# --------------------------------------------------------------------------- plan

GENS = {
    ("zh", False): [
        (6, g_zh_subject),
        (5, g_zh_list),
        (6, g_zh_vocative),
        (5, g_zh_after_verb),
        (5, g_zh_handover),
        (4, g_zh_roster),
        (5, g_zh_group),
        (5, g_zh_signature),
        (10, g_zh_nickname),
        (5, g_zh_given_alone),
        (5, g_zh_quoted),
        (6, g_zh_wordname),
        (7, g_zh_form),
        (6, g_zh_referral),
        (5, g_zh_calllog),
        (5, g_zh_hk),
        (5, g_zh_minority),
        (5, g_zh_email),
        (3, g_zh_forward),
        (8, g_zh_appointment),
        (7, g_zh_delivery),
        (5, g_zh_labhdr),
        (6, g_zh_idq),
    ],
    ("en", False): [
        (7, g_en_running),
        (9, g_en_lower),
        (8, g_en_header),
        (6, g_en_email),
        (5, g_en_handover),
        (6, g_en_roles),
        (5, g_en_possessive),
        (7, g_en_wordname),
        (4, g_en_pinyin),
        (8, g_en_initials),
        (7, g_en_referral),
        (3, g_en_sms),
        (3, g_en_rota),
        (4, g_en_forum),
        (8, g_en_appointment),
        (7, g_en_pharmacy),
    ],
    ("mixed", False): [
        (5, g_mx_ward),
        (4, g_mx_names_in_en),
        (3, g_mx_hk),
        (4, g_mx_chat),
        (3, g_mx_email),
        (5, g_mx_insurance),
    ],
    ("zh", True): [(1, g_free("zh", ZH_FREE, ZH_FREE_STYLES, [ZH_FOLLOW]))],
    ("en", True): [(1, g_free("en", EN_FREE, EN_FREE_STYLES, [EN_FOLLOW]))],
    ("mixed", True): [(1, g_free("mixed", MX_FREE, MX_FREE_STYLES, [ZH_FOLLOW]))],
}


class Deck:
    """Generators of one (lang, PHI-free) category dealt from a shuffled deck (weight = copies)."""

    def __init__(self, rng, gens):
        self.rng, self.gens, self.cards = rng, gens, []

    def next(self):
        if not self.cards:
            self.cards = [g for w, g in self.gens for _ in range(w)]
            self.rng.shuffle(self.cards)
        return self.cards.pop()


def draw(rng, deck, lang, free):
    gen = deck.next()
    for attempt in range(1, 401):
        row = gen(rng)
        if row.lang != lang:
            raise RuntimeError("generator %s gave lang %s" % (gen.__name__, row.lang))
        errs = check_row(row)
        if not errs:
            d = row.to_json("dev10-0000")
            errs = check_json(d)
            if free and (d["spans"] or not d["protect"]):
                errs.append("PHI-free row has spans or no protect")
            if not free and not d["spans"]:
                errs.append("PHI row without spans")
        if not errs:
            return row, attempt
    raise RuntimeError("no valid row from %s after 400 draws; last errors: %s" % (gen.__name__, errs[:5]))


def main():
    rng = random.Random(SEED)
    slots = []
    for lang, n in N_ROWS.items():
        slots += [(lang, True)] * N_FREE[lang] + [(lang, False)] * (n - N_FREE[lang])
    rng.shuffle(slots)
    decks = {key: Deck(rng, gens) for key, gens in GENS.items()}
    rows, redraws = [], 0
    for i, (lang, free) in enumerate(slots, 1):
        row, attempts = draw(rng, decks[(lang, free)], lang, free)
        redraws += attempts - 1
        rows.append(row.to_json("dev10-%04d" % i))
    ids = [d["id"] for d in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with open(OUT, "w", encoding="utf-8") as f:
        for d in rows:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")

    # re-read the file and validate every row from its JSON alone
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    bad = [(d["id"], check_json(d)) for d in back]
    bad = [b for b in bad if b[1]]
    if bad:
        for rid, errs in bad[:10]:
            print(rid, errs, file=sys.stderr)
        raise SystemExit("validation failed for %d rows" % len(bad))

    per_lang = Counter(d["lang"] for d in back)
    free = Counter(d["lang"] for d in back if not d["spans"])
    kinds = Counter(sp["kind"] for d in back for sp in d["spans"])
    kinds_lang = defaultdict(Counter)
    for d in back:
        for sp in d["spans"]:
            kinds_lang[d["lang"]][sp["kind"]] += 1
    turns = Counter(len(d["turns"]) for d in back)
    total = sum(kinds.values())
    print("wrote %s: %d rows (%d redraws)" % (os.path.relpath(OUT), len(back), redraws))
    print("rows per lang:", dict(per_lang))
    print("PHI-free rows: %d (%s)" % (sum(free.values()), dict(free)))
    print("turns per row:", dict(sorted(turns.items())))
    print(
        "spans per kind: %s  total %d, NAME share %.1f%%"
        % ({k: kinds[k] for k in KINDS}, total, 100.0 * kinds["NAME"] / max(total, 1))
    )
    for lang in N_ROWS:
        print("  %-5s %s" % (lang, {k: kinds_lang[lang][k] for k in KINDS}))
    print("protect strings:", sum(len(d["protect"]) for d in back))
    print("sources:", dict(Counter(d["source"] for d in back).most_common()))


if __name__ == "__main__":
    main()
