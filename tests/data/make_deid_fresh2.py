"""Write tests/data/deid_fresh2.jsonl: a second held-out de-identification set, for REPORTING ONLY.

Why it exists: deid_fresh.jsonl was reported once and is now used for tuning, so its figures will
flatter the scrubber from then on. This set was written by someone who read neither the scrubber,
its tests, nor the texts or generators of the other deid sets (only the line format and marking
conventions of make_deid_fresh.py's docstring). Do not tune on it, do not copy its texts into unit
tests and do not pin floors from it: if a figure here is bad, write new cases for the tuning sets
and keep this one as the honest measurement.

What it holds: 320 conversations, half Chinese and half English, a fifth of them PHI-free clinical
text whose values (doses, pressures, labs, visit dates, ages, durations, ICD codes, drug, hospital
and department names, and look-alikes: herbs and medicines named like people such as 徐长卿 or
马应龙, hospitals named after people, drug approval and batch numbers, NDC codes, eponyms, brand
names after "Dr.", emergency numbers) must come back untouched. The rest carry the identifiers of
PROTOCOL §7 in styles the other sets lack: WeChat group messages, insurance appeal letters, lab
report headers, radiology requests, consent forms, telemedicine transcripts, medication lists,
school sick notes, social-work notes, emergency triage, OCR-like scans with odd spacing and
mixed zh/en text. Names come from pools of rare surnames, double surnames and uncommon given names.

Marks (the same as deid_fresh's):

    ⟦KIND:text⟧             an identifier; its distinctive parts are derived (`default_parts`)
    ⟦KIND:text|p1|p2⟧       an identifier with its parts given
    ⟦=text⟧                 a later mention of an identifier already marked (adds no span)
    ⟦=text@owner⟧           a later mention that adds `text` as one more part of span `owner`
    ⟦=text@owner|p1|p2⟧     the same, adding the parts given
    ⟪value⟫                 a clinical value that must survive untouched (`protect`)

Parts: a Chinese full name and its given name (2+ characters), an English first and last name, a
name with a title or 老/小 as written; a phone's digit groups after the country and area code; an
ID's or record number's groups with digits (3+ characters); a date of birth's day and month as
written (the year alone identifies no one); an e-mail's local part; an address's street,
compound, village or town, house number and postcode. The scorer counts an identifier as caught
when none of its parts survives.

Checks (`check_conversation`, `check_pools`): every span text, part and protected value occurs in
the turns; a part occurs nowhere outside the identifiers (compared case-insensitively) and belongs
to one identifier only; no protected value overlaps an identifier; the pools' given names, English
names, streets, compounds, villages and towns occur in none of the other deid sets (the check only
reports which of THIS file's words collide). Deterministic: the same seed writes the same file.

    python tests/data/make_deid_fresh2.py
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "deid_fresh2.jsonl"
OTHER_SETS = [HERE / f"deid_{split}.jsonl" for split in ("dev", "seen", "heldout", "fresh")]
SEED = 20261130
TOTAL = 320
CLEAN_SHARE = 0.2
KINDS = ("NAME", "PHONE", "EMAIL", "ID", "MRN", "DOB", "ADDRESS")
MARK = re.compile(r"⟦([^⟧]*)⟧|⟪([^⟫]*)⟫")
HAN = re.compile(r"[\u4e00-\u9fff]")

# ----------------------------------------------------------------------------------------------
# Pools (deliberately uncommon; `check_pools` keeps them apart from the other sets)
# ----------------------------------------------------------------------------------------------

ZH_SURNAMES = list("郗蒯訾麴阚亓逯隗芮禚仉昝屠邬闵储糜滕覃巫牟晏衡钮殳冼栾靳戚扈郦鞠荀佘缪扶祁莘宓酆濮邰厍")
ZH_DOUBLE = ["欧阳", "司马", "上官", "诸葛", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "澹台",
             "令狐", "钟离", "端木", "夏侯", "闻人", "南宫", "呼延", "百里", "东郭"]  # fmt: skip
ZH_GIVEN = ["沛然", "蕴璞", "晗煦", "砚溪", "霁川", "珂宁", "翊辰", "琬琰", "若溪", "知遥", "泊舟",
            "岚汐", "芷蘅", "昀哲", "绮梦", "拾月", "雁回", "予安", "栖梧", "景澄", "曦禾", "沐泓",
            "谨言", "书黛", "嘉翎", "怀玙", "星阑", "清樾", "疏桐", "望岫", "时遇", "鸣珂", "晚吟",
            "一苇", "叶蓁", "聿衡", "亦棠", "闻笙", "绾青", "朗坤", "峤岳", "澍霖", "崧淇", "珺瑶"]  # fmt: skip
ZH_GIVEN1 = list("斐湉骁琨翀旻璠岫煜瑀")
ZH_PINYIN = {"沛然": "peiran", "若溪": "ruoxi", "知遥": "zhiyao", "砚溪": "yanxi", "霁川": "jichuan",
             "予安": "yuan", "景澄": "jingcheng", "书黛": "shudai", "望岫": "wangxiu", "叶蓁": "yezhen"}  # fmt: skip

EN_FIRST = ["Hesper", "Ottoline", "Leofric", "Marisol", "Wystan", "Ingeborg", "Lorcan", "Anouk",
            "Bartholomew", "Wilhelmina", "Cosimo", "Oonagh", "Cadfael", "Tancredi", "Iolanthe",
            "Dashiell", "Emrys", "Berenike", "Osric", "Zuleika", "Florian", "Henrike", "Amadou",
            "Nkechi", "Mstislav", "Zbigniew", "Akosua", "Dariusz", "Xochitl", "Teodora", "Leopoldine",
            "Ambrose", "Isolde", "Peregrine", "Adaeze", "Bronwen", "Thorfinn", "Eudora",
            "Torvald", "Ximena", "Casimir", "Radomir", "Aurelie", "Fintan", "Guinevere", "Ansgar",
            "Hortensia"]  # fmt: skip
EN_LAST = ["Quartermaine", "Fenwright", "Vantongeren", "Szczepanik", "Pilkington", "Hjelmstad",
           "Clutterbuck", "Tsiolkas", "Strzelecki", "Ojukwu", "Dragomirescu", "Iacobelli",
           "Holmqvist", "Hatherleigh", "Brannigan", "Marchetti", "Rautio", "Haverkamp", "Oyinlola",
           "Blenkinsop", "Dunsford", "Wojciechowski", "Thistlewood", "Mbatha", "Ibarguen",
           "Ekwueme", "Kristiansen", "Varga", "Salminen", "Hargreave", "Inchcape", "Underhill",
           "Montgomerie", "Cheverton", "Penhaligon", "Trevithick", "Skowronek", "Mabuza", "Vuorinen"]  # fmt: skip
EN_DOUBLE = [("Ormsby", "Harcourt"), ("Ibarra", "Solis"), ("Gallagher", "Stroud"),
             ("Obiora", "Sundqvist"), ("Tavares", "Kabongo"), ("Ashcombe", "Mwangi")]  # fmt: skip

ZH_STREETS = ["榆荫路", "槐序街", "棠樾巷", "柘溪路", "杉湖北路", "蒹葭巷", "萸湾路", "苇塘街", "桤木路",
              "楝花巷", "鹭洲路", "栎林大道", "芰荷路", "潆洄街"]  # fmt: skip
ZH_COMPOUNDS = ["枫桥雅苑", "栖霞景园", "澜庭御府", "鹭栖湾花园", "樾山名邸", "翠湄新村", "杉汀苑",
                "桐华里小区", "沁园春晓", "观澜一品", "云墅花园", "锦梧苑"]  # fmt: skip
ZH_VILLAGES = ["蒯家湾村", "石门坎村", "芦花荡村", "枣林坪村", "黄泥坳村", "后韩庄村", "柳条沟村"]
ZH_TOWNS = ["石牌坊镇", "龙潭铺镇", "大溪口镇", "梅岭乡", "青杠坡镇"]
ZH_CITIES = ["浙江省湖州市吴兴区", "四川省乐山市市中区", "湖南省岳阳市岳阳楼区", "江西省赣州市章贡区",
             "山东省潍坊市奎文区", "贵州省遵义市汇川区", "福建省泉州市丰泽区", "河南省洛阳市涧西区"]  # fmt: skip

EN_STREETS = ["Quillayute Ave", "Wickerslack Lane", "Tamarisk Ct", "Otterburn Road", "Saltmarsh Drive",
              "Kestrel Hollow Rd", "Birchgrove Terrace", "Ingleby Close", "Marrowbone Lane",
              "Coldharbour Way", "Penwortham Street", "Juniper Ridge Blvd", "Thornapple Circle",
              "Lantern Hill Rd", "Sable Creek Pkwy"]  # fmt: skip
US_TOWNS = [("Tonopah", "NV", "89049"), ("Bremerton", "WA", "98312"), ("Ely", "MN", "55731"),
            ("Marfa", "TX", "79843"), ("Hatteras", "NC", "27943"), ("Cordova", "AK", "99574"),
            ("Lusk", "WY", "82225"), ("Eastport", "ME", "04631")]  # fmt: skip
UK_TOWNS = [("Little Snoring", "NR21 0AX"), ("Hebden Bridge", "HX7 8AD"), ("Kirkby Stephen", "CA17 4QT"),
            ("Mousehole", "TR19 6PR"), ("Llanfyllin", "SY22 5BW")]  # fmt: skip

# ----------------------------------------------------------------------------------------------
# Marked text -> one labelled conversation
# ----------------------------------------------------------------------------------------------

EN_TITLES = {"dr", "mr", "mrs", "ms", "miss", "prof", "pt", "nurse", "sr", "rev", "md", "rn", "np"}
ZH_NUM = "〇零一二三四五六七八九"


def default_parts(kind: str, text: str) -> list[str]:
    """The distinctive pieces of an identifier, by the conventions of the module docstring."""
    if kind == "NAME":
        if HAN.search(text):
            surname = 2 if any(text.startswith(d) for d in ZH_DOUBLE) else 1
            given = text[surname:]
            return [text, given] if len(given) >= 2 else [text]
        words = [w.strip(".,") for w in re.split(r"[\s,]+", text)]
        return [w for w in words if len(w) >= 2 and w.lower() not in EN_TITLES]
    if kind == "PHONE":
        runs = re.findall(r"\d+", text)
        head = text.lstrip()
        if head.startswith(("+", "00")) and len(runs) > 1:
            runs = runs[1:]
        if len(runs) >= 2 and (text.find("(") >= 0 or (runs[0].startswith("0") and len(runs[0]) <= 4)):
            runs = runs[1:]
        elif len(runs) >= 3:
            runs = runs[1:]
        return [r for r in runs if len(r) >= 3]
    if kind in ("ID", "MRN"):
        return [g for g in re.split(r"[\s\-/:#]+", text) if len(g) >= 3 and re.search(r"\d", g)]
    if kind == "EMAIL":
        return [text.split("@")[0]]
    if kind == "DOB":
        year = re.compile(rf"(19|20)\d\d年?|[{ZH_NUM}]{{4}}年")
        if not year.search(text):
            year = re.compile(r"^\d\d年|[\s/\-.]*['’]?\d\d$")
        rest = year.sub("", text, count=1).strip(" ,.-/'’")
        if not rest:
            raise ValueError(f"no day and month in date of birth {text!r}")
        return [rest]
    raise ValueError(f"give the parts of {kind} {text!r} explicitly")


@dataclass
class Span:
    kind: str
    text: str
    parts: list[str]


def parse(turns: list[str]) -> tuple[list[str], list[Span], list[str], list[str]]:
    """Strip the marks; return plain turns, spans, protected values and later-mention texts."""
    spans: list[Span] = []
    protect: list[str] = []
    mentions: list[str] = []
    plain: list[str] = []
    for turn in turns:

        def sub(m: re.Match[str]) -> str:
            if m.group(2) is not None:
                if m.group(2) not in protect:
                    protect.append(m.group(2))
                return m.group(2)
            body = m.group(1)
            if body.startswith("="):
                text, _, given = body[1:].partition("|")
                text, _, owner = text.partition("@")
                mentions.append(text)
                if owner:
                    match = [s for s in spans if s.text == owner]
                    if not match:
                        raise ValueError(f"later mention {text!r} names unknown owner {owner!r}")
                    extra = given.split("|") if given else [text]
                    match[-1].parts.extend(p for p in extra if p not in match[-1].parts)
                return text
            kind, _, rest = body.partition(":")
            if kind not in KINDS:
                raise ValueError(f"unknown kind {kind!r} in {body!r}")
            text, *given = rest.split("|")
            if not any(s.text == text and s.kind == kind for s in spans):
                spans.append(Span(kind, text, given or default_parts(kind, text)))
            return text

        plain.append(MARK.sub(sub, turn))
    return plain, spans, protect, mentions


def check_conversation(cid: str, turns: list[str], spans: list[Span], protect: list[str], mentions: list[str]) -> None:
    """Refuse a conversation whose labels would blame the scrubber for a word it rightly kept."""
    whole = "\n".join(turns)
    low = whole.lower()
    for s in spans:
        if s.text not in whole:
            raise ValueError(f"{cid}: span {s.text!r} not in text")
        if not s.parts:
            raise ValueError(f"{cid}: span {s.text!r} has no parts")
        for p in s.parts:
            if p not in whole:
                raise ValueError(f"{cid}: part {p!r} of {s.text!r} not in text")
    for v in protect:
        if v not in whole:
            raise ValueError(f"{cid}: protected {v!r} not in text")
    residue = low
    for t in sorted({s.text for s in spans} | set(mentions), key=len, reverse=True):
        residue = residue.replace(t.lower(), "\x00")
    for s in spans:
        for p in s.parts:
            if p.lower() in residue:
                raise ValueError(f"{cid}: part {p!r} of {s.text!r} also occurs outside identifiers")
            for other in spans:
                if other is not s and p.lower() in other.text.lower():
                    raise ValueError(f"{cid}: part {p!r} of {s.text!r} also in {other.text!r}")
        for v in protect:
            if s.text in v or v in s.text or any(p.lower() in v.lower() for p in s.parts):
                raise ValueError(f"{cid}: protected {v!r} overlaps identifier {s.text!r}")


def check_pools() -> None:
    """Fail if a pool word of this file occurs in another deid set (reports only this file's words)."""
    words = [*ZH_GIVEN, *EN_FIRST, *EN_LAST, *(a for pair in EN_DOUBLE for a in pair), *ZH_STREETS,
             *ZH_COMPOUNDS, *ZH_VILLAGES, *ZH_TOWNS, *EN_STREETS, *(t[0] for t in US_TOWNS),
             *(t[0] for t in UK_TOWNS)]  # fmt: skip
    for _, _, turns in HAND:
        for span in parse(turns)[1]:
            if span.kind in ("NAME", "ADDRESS"):
                words += [p for p in span.parts if not re.fullmatch(r"[\d\s号]+", p)]
    texts = [p.read_text(encoding="utf-8").lower() for p in OTHER_SETS if p.exists()]

    def found(word: str, text: str) -> bool:
        if HAN.search(word):
            return word in text
        return re.search(rf"(?<![a-z]){re.escape(word.lower())}(?![a-z])", text) is not None

    clash = sorted({w for w in words for t in texts if found(w, t)})
    if clash:
        raise ValueError(f"pool words also found in another deid set: {clash}")


# ----------------------------------------------------------------------------------------------
# Drawing people, numbers and places
# ----------------------------------------------------------------------------------------------


class Draw:
    """Draws identifiers for one conversation, never the same person, number or place twice."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def _fresh(self, make: Callable[[], str]) -> str:
        for _ in range(200):
            value = make()
            if value not in self.used:
                self.used.add(value)
                return value
        raise RuntimeError("pool exhausted")

    # names
    def zh(self, double: bool = False, single_given: bool = False) -> tuple[str, str]:
        """(surname, given name)."""
        r = self.rng
        given = self._fresh(lambda: r.choice(ZH_GIVEN1 if single_given else ZH_GIVEN))
        surname = r.choice(ZH_DOUBLE) if double else r.choice(ZH_SURNAMES)
        while surname in self.used:
            surname = r.choice(ZH_DOUBLE) if double else r.choice(ZH_SURNAMES)
        self.used.add(surname)
        return surname, given

    def en(self, double: bool = False) -> tuple[str, str]:
        """(first name, last name)."""
        r = self.rng
        first = self._fresh(lambda: r.choice(EN_FIRST))
        if double:
            a, b = r.choice(EN_DOUBLE)
            last = self._fresh(lambda: f"{a}-{b}")
        else:
            last = self._fresh(lambda: r.choice(EN_LAST))
        return first, last

    def digits(self, n: int, first: str = "123456789") -> str:
        """Random digits; `check_conversation` rejects a draw whose groups collide with other text."""
        r = self.rng
        return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))

    # phones
    def zh_phone(self) -> str:
        r = self.rng
        mobile = r.choice(["139", "186", "152", "177", "135", "188", "157"]) + self.digits(8)
        area = r.choice(["0571", "0833", "0730", "0797", "0536", "0851", "0595", "0379"])
        forms = [
            lambda: f"⟦PHONE:{mobile}⟧",
            lambda: f"⟦PHONE:{mobile[:3]} {mobile[3:7]} {mobile[7:]}⟧",
            lambda: f"⟦PHONE:{mobile[:3]}-{mobile[3:7]}-{mobile[7:]}⟧",
            lambda: f"⟦PHONE:+86 {mobile}⟧",
            lambda: f"⟦PHONE:+86-{mobile[:3]}-{mobile[3:7]}-{mobile[7:]}⟧",
            lambda: f"⟦PHONE:0086 {mobile}⟧",
            lambda: f"⟦PHONE:({area}){self.digits(8, '2345678')}⟧",
            lambda: f"⟦PHONE:{area}-{self.digits(8, '2345678')}⟧",
            lambda: f"⟦PHONE:{area} {self.digits(4, '2345678')} {self.digits(4)}⟧",
        ]
        return r.choice(forms)()

    def en_phone(self) -> str:
        r = self.rng
        area = self._fresh(lambda: r.choice(["509", "775", "218", "432", "252", "907", "307", "207"]))
        ex = self.digits(3, "2345678")
        line = self.digits(4)
        forms = [
            lambda: f"⟦PHONE:({area}) {ex}-{line}⟧",
            lambda: f"⟦PHONE:{area}-{ex}-{line}⟧",
            lambda: f"⟦PHONE:{area}.{ex}.{line}⟧",
            lambda: f"⟦PHONE:+1 {area} {ex} {line}⟧",
            lambda: f"⟦PHONE:+1 ({area}) {ex}-{line}⟧",
            lambda: f"⟦PHONE:1-{area}-{ex}-{line}|{ex}|{line}⟧",
            lambda: f"⟦PHONE:{area}{ex}{line}⟧",
            lambda: f"⟦PHONE:07{self.digits(3)} {self.digits(6)}⟧",
            lambda: f"⟦PHONE:+44 7{self.digits(3)} {self.digits(6)}⟧",
            lambda: f"⟦PHONE:+852 {self.digits(4, '569')} {self.digits(4)}⟧",
        ]
        return r.choice(forms)()

    # numbers
    def cn_id(self, year: int, month: int, day: int) -> str:
        r = self.rng
        region = r.choice(["330502", "511102", "430602", "360702", "370705", "520303", "350503", "410305"])
        body = f"{region}{year:04d}{month:02d}{day:02d}{r.randint(10, 99)}{r.randint(0, 9)}"
        weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        check = "10X98765432"[sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11]
        self.used.add(body + check)
        return body + check

    def ssn(self) -> str:
        r = self.rng
        area = r.choice([n for n in range(101, 660) if n != 666])
        return self._fresh(lambda: f"{area:03d}-{r.randint(10, 99):02d}-{r.randint(1000, 9999)}")

    def mrn(self, style: str) -> str:
        r = self.rng
        forms = {
            "zy": lambda: f"ZY{r.randint(2019, 2025)}{self.digits(6)}",
            "mz": lambda: f"MZ-{self.digits(7)}",
            "num": lambda: f"00{self.digits(6)}",
            "his": lambda: f"HIS{self.digits(8)}",
            "h": lambda: f"H-{self.digits(3)}-{self.digits(4)}",
            "k": lambda: f"K{self.digits(4)}-{r.randint(10, 99)}",
            "acct": lambda: f"A{self.digits(9)}",
        }
        return self._fresh(forms[style])

    def date(self, years: tuple[int, int] = (1936, 2005)) -> tuple[int, int, int]:
        r = self.rng
        return r.randint(*years), r.randint(1, 12), r.randint(1, 28)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def zh_numeral(n: int) -> str:
    digits = "〇一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


def zh_dob(
    d: Draw, *, compact_ok: bool = True, years: tuple[int, int] = (1936, 2005), date: tuple[int, int, int] | None = None
) -> str:
    y, m, day = date or d.date(years)
    forms = [
        f"{y}年{m}月{day}日",
        f"{y}年{m:02d}月{day:02d}日",
        f"{y % 100:02d}年{m}月{day}号",
        f"{y}-{m}-{day}",
        f"{y}/{m:02d}/{day:02d}",
        f"{y}.{m}.{day}",
        "".join("〇一二三四五六七八九"[int(c)] for c in str(y)) + f"年{zh_numeral(m)}月{zh_numeral(day)}日",
    ]
    if compact_ok:
        forms.append(f"{y}{m:02d}{day:02d}|{m:02d}{day:02d}")
    return f"⟦DOB:{d.rng.choice(forms)}⟧"


def en_dob(d: Draw, years: tuple[int, int] = (1936, 2005)) -> str:
    y, m, day = d.date(years)
    mon = MONTHS[m - 1]
    forms = [
        f"{m:02d}/{day:02d}/{y}",
        f"{day:02d}/{m:02d}/{y}",
        f"{day} {mon[:3]} {y}",
        f"{mon} {ordinal(day)}, {y}",
        f"{ordinal(day)} {mon} '{y % 100:02d}",
        f"{m}-{day}-{y % 100:02d}",
        f"{y}-{m:02d}-{day:02d}",
        f"{day:02d}.{m:02d}.{y}",
        f"{mon[:3].upper()}-{day:02d}-{y}",
        f"{ordinal(day)} of {mon}, {y}",
    ]
    return f"⟦DOB:{d.rng.choice(forms)}⟧"


def zh_address(d: Draw) -> str:
    r = d.rng
    city = r.choice(ZH_CITIES)
    if r.random() < 0.35:
        town = d._fresh(lambda: r.choice(ZH_TOWNS))
        village = d._fresh(lambda: r.choice(ZH_VILLAGES))
        group = r.randint(2, 11)
        no = d._fresh(lambda: str(r.randint(20, 99)))
        text = f"{city}{town}{village}{group}组{no}号"
        return f"⟦ADDRESS:{text}|{town}|{village}⟧"
    street = d._fresh(lambda: r.choice(ZH_STREETS))
    compound = d._fresh(lambda: r.choice(ZH_COMPOUNDS))
    no = d._fresh(lambda: f"{r.randint(101, 899)}号")
    bld = f"{r.randint(2, 29)}栋{r.randint(1, 4)}单元{r.randint(3, 27)}0{r.randint(1, 4)}室"
    form = r.randint(0, 2)
    if form == 0:
        return f"⟦ADDRESS:{city}{street}{no}{compound}{bld}|{street}|{no}|{compound}⟧"
    if form == 1:
        return f"⟦ADDRESS:{city[3:]}{compound}{bld}|{compound}⟧"
    post = d.digits(6)
    return f"⟦ADDRESS:{city}{street}{no} {compound} {bld}（邮编{post}）|{street}|{no}|{compound}|{post}⟧"


def en_address(d: Draw) -> str:
    r = d.rng
    form = r.randint(0, 3)
    if form == 3:
        box = d.digits(4)
        town, state, zipc = r.choice(US_TOWNS)
        return f"⟦ADDRESS:PO Box {box}, {town}, {state} {zipc}|{box}|{town}|{zipc}⟧"
    street = d._fresh(lambda: r.choice(EN_STREETS))
    if form == 2:
        town, post = r.choice(UK_TOWNS)
        line = f"{r.randint(3, 199)} {street}"
        return f"⟦ADDRESS:Flat {r.randint(2, 9)}, {line}, {town} {post}|{line}|{town}|{post}⟧"
    no = d.digits(r.choice([3, 4, 5]))
    town, state, zipc = r.choice(US_TOWNS)
    compass = r.choice(["NW ", "SE ", "N ", "E ", ""])
    unit = r.choice(["", f", Apt {r.randint(2, 9)}{r.choice('ABCD')}", f" Unit {r.randint(11, 40)}"])
    return f"⟦ADDRESS:{no} {compass}{street}{unit}, {town}, {state} {zipc}|{no}|{street}|{town}|{zipc}⟧"


def email(d: Draw, local: str) -> str:
    dom = d.rng.choice(["163.com", "qq.com", "126.com", "outlook.com", "gmail.com", "proton.me", "yahoo.co.uk"])
    return f"⟦EMAIL:{local}@{dom}⟧"


def handle(d: Draw) -> str:
    r = d.rng
    return d._fresh(lambda: r.choice(["moss", "kite", "quill", "tern", "wren", "fennel", "sorrel"]) + str(r.randint(10, 99)) + r.choice(["_x", "zz", ".k", "_hq", "88"]))  # fmt: skip


def titled(s: str, title: str) -> str:
    """A surname with a title and no given name (衡医生, 老何): one identifier, one part."""
    return f"⟦NAME:{s}{title}|{s}{title}⟧"


def zhn(s: str, g: str) -> str:
    return f"⟦NAME:{s}{g}⟧"


def enn(first: str, last: str) -> str:
    return f"⟦NAME:{first} {last}|{first}|{last}⟧"


# ----------------------------------------------------------------------------------------------
# Templates with identifiers: each takes a Draw and returns marked turns
# ----------------------------------------------------------------------------------------------

ZH_KIN = [
    "我爸",
    "我妈",
    "我老公",
    "我爱人",
    "我媳妇",
    "我儿子",
    "我闺女",
    "我外婆",
    "我奶奶",
    "我姥爷",
    "我舅舅",
    "孩子他爸",
]
ZH_TITLE_AFTER = ["医生", "大夫", "主任", "护士长", "教授", "老师", "药师", "社工"]
ZH_HON = ["女士", "先生", "阿姨", "叔叔", "同学", "师傅"]


def zh_wechat(d: Draw) -> list[str]:
    s1, g1 = d.zh()
    s2, g2 = d.zh(double=d.rng.random() < 0.5)
    kin = d.rng.choice(ZH_KIN)
    title = d.rng.choice(["主任", "医生", "大夫"])
    doc = f"{s2}{g2}"
    return [
        f"【随访群】群主{zhn(s2, g2)}{title}：欢迎大家，出院后有问题在群里说。",
        f"{s1}家属：各位好，{kin}{zhn(s1, g1)}昨天出院了，今早空腹血糖⟪7.9mmol/L⟫，这个正常吗？",
        f"⟦={s2}{title}@{doc}⟧：你好，⟪二甲双胍⟫继续按原量吃，一周后复查。急事打我手机{d.zh_phone()}。",
        f"{s1}家属：好的谢谢⟦={s2}{title}⟧！⟦={g1}⟧说伤口还有点痒，晚上睡不太好。",
    ]


def zh_insurance_appeal(d: Draw) -> list[str]:
    s, g = d.zh()
    a, b = d.zh(double=True)
    y, m, day = d.date((1950, 1990))
    pid = d.cn_id(y, m, day)
    spaced = d.rng.random() < 0.5
    pid_text = f"{pid[:6]} {pid[6:14]} {pid[14:]}" if spaced else pid
    return [
        f"理赔申诉书\n申请人：{zhn(a, b)}（被保险人{zhn(s, g)}之配偶）\n被保险人身份证号：⟦ID:{pid_text}⟧\n"
        f"保单号：⟦ID:PD{d.digits(10)}⟧\n联系电话：{d.zh_phone()}",
        f"申诉事由：被保险人于⟪2025年6月3日⟫因⟪急性胆囊炎⟫入住⟪岳阳市中心医院⟫⟪肝胆外科⟫，住院⟪9天⟫，"
        f"住院号⟦MRN:{d.mrn('zy')}⟧。贵公司以“既往症”为由拒赔，但⟦={s}{g}⟧此前从无胆囊疾病就诊记录。",
        f"通讯地址：{zh_address(d)}。请将复核结果寄至上述地址。申请人：⟦={a}{b}⟧",
    ]


def zh_lab_header(d: Draw) -> list[str]:
    s, g = d.zh(double=d.rng.random() < 0.3)
    doc_s, _ = d.zh()
    label = d.rng.choice(["门诊号", "病案号", "登记号", "就诊卡号", "条码号", "病人ID"])
    mrn = d.mrn(d.rng.choice(["mz", "num", "his"]))
    return [
        f"⟪检验科⟫ 检验报告单\n姓 名：{zhn(s, g)}    性别：男    年龄：⟪61岁⟫    {label}：⟦MRN:{mrn}⟧\n"
        f"出生日期：{zh_dob(d, years=(1963, 1964))}    科 别：⟪内分泌科⟫    床号：⟪17床⟫    送检医生：{titled(doc_s, '医生')}",
        "项目 结果 参考范围\n⟪糖化血红蛋白 8.4%⟫ 4.0-6.0\n⟪空腹血糖 9.2 mmol/L⟫ 3.9-6.1\n⟪肌酐 118 μmol/L⟫ 57-111",
        f"备注：结果已电话通知患者本人（{d.zh_phone()}）。",
    ]


def zh_radiology(d: Draw) -> list[str]:
    s, g = d.zh()
    ds, dg = d.zh()
    return [
        f"影像检查申请单\n患者：{zhn(s, g)}  年龄：⟪47岁⟫  影像号：⟦MRN:{d.mrn('k')}⟧  住院号：⟦MRN:{d.mrn('zy')}⟧",
        "检查部位：⟪胸部CT平扫+增强⟫。临床诊断：⟪右下肺结节⟫待查，⟪ICD-10 R91⟫。⟪碘对比剂⟫过敏史：无。",
        f"申请医生：{zhn(ds, dg)}（⟪胸外科⟫）  联系分机：⟪6213⟫  家属电话：{d.zh_phone()}",
    ]


def zh_consent(d: Draw) -> list[str]:
    s, g = d.zh(single_given=d.rng.random() < 0.3)
    a, b = d.zh(double=d.rng.random() < 0.4)
    rel = d.rng.choice(["女儿", "儿子", "丈夫", "妻子", "侄子"])
    born = d.date()
    return [
        f"手术知情同意书\n患者姓名：{zhn(s, g)}   出生日期：{zh_dob(d, compact_ok=False, date=born)}   "
        f"身份证号：⟦ID:{d.cn_id(*born)}⟧",
        "拟行手术：⟪腹腔镜下阑尾切除术⟫。术中可能出现⟪出血⟫、⟪感染⟫、⟪肠瘘⟫等并发症，已向患者及家属详细告知。",
        f"患者授权委托人：{zhn(a, b)}，与患者关系：{rel}，电话：{d.zh_phone()}\n签字日期：⟪2025年9月14日⟫",
    ]


def zh_telemed(d: Draw) -> list[str]:
    s, g = d.zh()
    ds, _ = d.zh(double=d.rng.random() < 0.3)
    hon = d.rng.choice(["女士", "先生"])
    return [
        f"【互联网医院视频问诊记录】医生：{titled(ds, '医生')} 患者：{zhn(s, g)}{hon}",
        f"⟦={ds}医生⟧：⟦={s}{hon}@{s}{g}⟧您好，能听清吗？先核对一下身份，您的就诊卡号是多少？",
        f"患者：⟦MRN:{d.mrn('num')}⟧。我最近⟪咳嗽⟫⟪两周⟫了，晚上加重，有点⟪低热⟫，⟪37.6℃⟫左右。",
        f"⟦={ds}医生⟧：好的，先开⟪孟鲁司特钠片 10mg⟫，睡前一次。药寄到哪里？",
        f"患者：寄到{zh_address(d)}，收件人写我爱人{zhn(*d.zh())}，手机{d.zh_phone()}。",
    ]


def zh_medlist(d: Draw) -> list[str]:
    s, g = d.zh()
    return [
        f"出院带药清单  患者：{zhn(s, g)}  病历号：⟦MRN:{d.mrn('h')}⟧  生日：{zh_dob(d, compact_ok=False)}",
        "1. ⟪阿托伐他汀钙片 20mg⟫ 每晚一次\n2. ⟪氯吡格雷 75mg⟫ 每日一次\n3. ⟪美托洛尔缓释片 47.5mg⟫ 每日一次\n"
        "4. ⟪单硝酸异山梨酯⟫ 必要时",
        f"药师：{titled(d.zh()[0], '药师')} 审核。如有疑问请联系⟪药学门诊⟫。",
    ]


def zh_sick_note(d: Draw) -> list[str]:
    s, g = d.zh()
    ps, pg = d.zh()
    teacher_s, _ = d.zh()
    return [
        f"{titled(teacher_s, '老师')}您好！我是三年级二班{zhn(s, g)}的家长{zhn(ps, pg)}，孩子⟪发热⟫⟪39.1℃⟫，"
        f"医生诊断⟪甲型流感⟫，开了⟪奥司他韦⟫，需要居家休息⟪5天⟫。",
        f"附：病假证明（⟪儿科⟫门诊号⟦MRN:{d.mrn('mz')}⟧）。有事联系我{d.zh_phone()}"
        + (f"，或发邮件到{email(d, handle(d))}" if d.rng.random() < 0.5 else "")
        + "，谢谢！",
        f"⟦={teacher_s}老师⟧：收到，让⟦={g}⟧好好休息，返校时带上复课证明。",
    ]


def zh_social_work(d: Draw) -> list[str]:
    s, g = d.zh()
    k, kg = d.zh(single_given=True)
    wk, _ = d.zh()
    return [
        f"社工随访记录（第3次）\n服务对象：{zhn(s, g)}，⟪78岁⟫，独居，身份证号⟦ID:{d.cn_id(*d.date((1946, 1947)))}⟧",
        f"住址：{zh_address(d)}。案主患⟪2型糖尿病⟫、⟪高血压⟫，⟪血压 162/94mmHg⟫，自述近⟪一个月⟫漏服药物。",
        f"联系人：外甥{zhn(k, kg)}，电话{d.zh_phone()}，每月来看一次。",
        f"计划：{titled(wk, '社工')}下周联系⟪社区卫生服务中心⟫安排上门送药；⟦={g}⟧本人同意。",
    ]


def zh_triage(d: Draw) -> list[str]:
    s, g = d.zh()
    caller = d.rng.choice(["老", "小"]) + d.rng.choice(ZH_SURNAMES)
    while caller[1:] == s:
        caller = caller[0] + d.rng.choice(ZH_SURNAMES)
    return [
        f"急诊预检分诊  {d.rng.choice(['21:47', '03:15', '14:02'])}\n患者{zhn(s, g)}，男，⟪56岁⟫，"
        f"主诉⟪胸痛⟫⟪2小时⟫，⟪血压 88/56mmHg⟫，⟪心率 118次/分⟫，⟪SpO2 91%⟫。分级：⟪Ⅱ级⟫。",
        f"陪同：同事⟦NAME:{caller}|{caller}⟧，电话{d.zh_phone()}。⟦={caller}⟧说病人在工地上突然倒下。",
        f"去向：⟪抢救室⟫。身份证：⟦ID:{d.cn_id(*d.date((1968, 1969)))}⟧（⟦={caller}⟧代为出示）。",
    ]


def spaced(text: str) -> str:
    return " ".join(text)


def zh_ocr(d: Draw) -> list[str]:
    s, g = d.zh()
    full = spaced(s + g)
    gsp = spaced(g)
    mrn = d.mrn("zy")
    mrn_sp = f"{mrn[:6]} {mrn[6:]}"
    return [
        f"［扫描件 第1页］\n姓 名 ：⟦NAME:{full}|{full}|{gsp}⟧   性 别 ： 女   住 院 号 ：⟦MRN:{mrn_sp}⟧",
        f"入 院 诊 断 ： ⟪胆 总 管 结 石⟫   入 院 日 期 ： ⟪2025 年 4 月 2 日⟫\n"
        f"家 庭 住 址 ： {zh_address(d)}\n联 系 电 话 ： {d.zh_phone()}",
    ]


def zh_mixed(d: Draw) -> list[str]:
    s, g = d.zh()
    fs, fg = d.zh()
    py = ZH_PINYIN.get(g)
    mail = email(d, f"{py}.{d.digits(2)}") if py else email(d, handle(d))
    return [
        f"Hi team，今天 ward round 的 case：{zhn(s, g)}，⟪F/52⟫，⟪DM type 2⟫，HbA1c ⟪9.1%⟫，"
        f"MRN ⟦MRN:{d.mrn('acct')}⟧。",
        f"她 husband {zhn(fs, fg)} 要求出院后 follow up 用 email 联系：{mail}，或者打 {d.zh_phone()}。",
        "Plan：⟪insulin glargine 12U qn⟫，⟪2周后⟫复诊 ⟪内分泌科⟫。",
    ]


def zh_referral_title(d: Draw) -> list[str]:
    s, g = d.zh()
    ts, tg = d.zh(double=True)
    title = d.rng.choice(ZH_TITLE_AFTER[:5])
    hon = d.rng.choice(ZH_HON)
    first = d.rng.random() < 0.5
    lead = f"尊敬的{zhn(ts, tg)}{title}：" if first else f"{title}{zhn(ts, tg)}您好："
    return [
        f"{lead}\n现转诊{zhn(s, g)}{hon}至贵科，⟪右膝关节疼痛⟫⟪半年⟫，⟪MRI⟫示⟪半月板撕裂⟫。",
        f"患者联系电话{d.zh_phone()}，出生于{zh_dob(d)}，门诊号⟦MRN:{d.mrn('mz')}⟧。",
        f"烦请⟦={ts}{title}@{ts}{tg}⟧安排⟪关节镜⟫评估。⟦={s}{hon}@{s}{g}⟧行动不便，请尽量安排上午。",
    ]


def zh_village_dialogue(d: Draw) -> list[str]:
    s, g = d.zh()
    k = d.rng.choice(ZH_KIN)
    addr = zh_address(d)
    return [
        "村医：病人叫啥名字？住哪儿？",
        f"家属：{k}叫{zhn(s, g)}，住{addr}，{d.rng.choice(['腿脚不好', '今年开春刚过生日'])}，生日是{zh_dob(d)}。",
        f"村医：⟦={g}⟧这次⟪头晕⟫多久了？量一下，⟪血压 172/101mmHg⟫，得去县里看。",
        f"家属：好，县医院那边有个熟人，电话{d.zh_phone()}。",
    ]


EN_TITLE_BEFORE = ["Dr.", "Dr", "Prof.", "Nurse", "Mr.", "Mrs.", "Ms.", "Sister"]


def en_wechat_like(d: Draw) -> list[str]:
    f1, l1 = d.en()
    f2, l2 = d.en()
    return [
        f"[Family group: Grandpa's recovery] ⟦={f2}⟧: Update - {enn(f1, l1)} got moved out of ICU to ⟪Ward 6B⟫ today",
        f"⟦={f2}⟧: his sats are ⟪94% on 2L⟫ and they started ⟪furosemide 40 mg IV⟫. I'm at {d.en_phone()} if anyone needs me",
        f"⟦={f2}⟧: ⟦={f1}⟧ asked for his reading glasses. Can someone bring them to the ⟪cardiology⟫ floor",
        f"⟦={f2}⟧: the form lists me as next of kin, {enn(f2, l2)}, so they'll call me first",
    ]


def fix_lmf(turns: list[str], f: str, ln: str, mi: str) -> list[str]:
    """Mark a 'Last, First M.' name in the first turn."""
    raw = f"{ln}, {f} {mi}."
    turns[0] = turns[0].replace(raw, f"⟦NAME:{raw}|{ln}|{f}⟧", 1)
    return turns


def en_insurance(d: Draw) -> list[str]:
    f, ln = d.en(double=d.rng.random() < 0.4)
    mi = d.rng.choice("ABCDEFGHJKLMRST")
    turns = [
        f"RE: Appeal of denied claim - Member: {ln}, {f} {mi}. (Member ID ⟦ID:W{d.digits(9)}⟧)\n"
        f"Date of birth: {en_dob(d)}   SSN: ⟦ID:{d.ssn()}⟧",
        "To whom it may concern: I am writing on behalf of my patient to appeal the denial of ⟪MRI lumbar spine⟫ "
        "(⟪CPT 72148⟫) for ⟪M54.16⟫ lumbar radiculopathy after ⟪8 weeks⟫ of failed ⟪physical therapy⟫.",
        f"Please send correspondence to the member at {en_address(d)} or call {d.en_phone()}.",
    ]
    return fix_lmf(turns, f, ln, mi)


def en_lab_header(d: Draw) -> list[str]:
    f, ln = d.en()
    label = d.rng.choice(["MRN", "Med Rec #", "Chart No.", "Hospital No.", "HIS ID", "Patient ID", "Encounter #"])
    return [
        f"⟪Clinical Chemistry⟫ - FINAL REPORT\nPatient: ⟦NAME:{ln.upper()}, {f.upper()}|{ln.upper()}|{f.upper()}⟧  Sex: F  Age: ⟪67y⟫  "
        f"{label}: ⟦MRN:{d.mrn(d.rng.choice(['num', 'h', 'acct']))}⟧  DOB: {en_dob(d, (1957, 1958))}",
        "⟪Sodium 131 mmol/L⟫ (L)  ⟪Potassium 5.6 mmol/L⟫ (H)  ⟪Creatinine 1.9 mg/dL⟫ (H)  ⟪eGFR 27⟫",
        f"Critical value phoned to ⟦NAME:RN {d.en()[1]}⟧ at ⟪14:32⟫, read back.",
    ]


def en_radiology(d: Draw) -> list[str]:
    f, ln = d.en()
    rf, rl = d.en()
    return [
        f"RADIOLOGY REQUEST\nPt: {enn(f, ln)}   Clinic ID: ⟦MRN:{d.mrn('k')}⟧   Contact: {d.en_phone()}",
        "Exam: ⟪CT abdomen/pelvis with contrast⟫. Hx: ⟪RLQ pain x 3 days⟫, ⟪WBC 14.2⟫, r/o ⟪appendicitis⟫. "
        "⟪Creatinine 0.8⟫. No ⟪contrast allergy⟫.",
        f"Requesting: Dr. ⟦NAME:{rf[0]}. {rl}⟧, ⟪Emergency Medicine⟫. Page ⟪4417⟫ with wet read.",
    ]


def en_consent(d: Draw) -> list[str]:
    f, ln = d.en(double=d.rng.random() < 0.3)
    gf, gl = d.en()
    rel = d.rng.choice(["health care proxy", "next of kin", "legal guardian", "spouse", "adult child"])
    return [
        f"CONSENT FOR ⟪UPPER ENDOSCOPY⟫\nI, {enn(f, ln)}, born {en_dob(d)}, consent to ⟪EGD with possible biopsy⟫ "
        f"under ⟪moderate sedation⟫.",
        "Risks explained include ⟪bleeding⟫, ⟪perforation⟫ (about ⟪1 in 2,500⟫) and reaction to ⟪midazolam⟫.",
        f"Signed by {rel}: {enn(gf, gl)}  Phone: {d.en_phone()}  Witness: ⟪RN on duty⟫"
        + (f"\nCopy of this form sent to {email(d, handle(d))}" if d.rng.random() < 0.5 else ""),
    ]


def en_telemed(d: Draw) -> list[str]:
    f, ln = d.en()
    dl = d.en()[1]
    return [
        f"[Telehealth visit transcript] Dr. ⟦NAME:{dl}⟧: Can you confirm your full name and date of birth for me?",
        f"Patient: Sure, it's {enn(f, ln)}, {en_dob(d)}.",
        f"Dr. ⟦={dl}⟧: Thanks, ⟦={f}⟧. How's the ⟪sertraline 50 mg⟫ going, any ⟪nausea⟫?",
        f"Patient: Better after ⟪2 weeks⟫. Oh and I moved - new address is {en_address(d)}.",
        f"Dr. ⟦={dl}⟧: Noted. I'll send the refill to the pharmacy on file and a summary to {email(d, handle(d))}.",
    ]


def en_medlist(d: Draw) -> list[str]:
    f, ln = d.en()
    return [
        f"MEDICATION LIST - ⟦NAME:{ln}, {f}|{ln}|{f}⟧ - Hospital No. ⟦MRN:{d.mrn('num')}⟧",
        "⟪apixaban 5 mg BID⟫\n⟪metoprolol succinate 25 mg daily⟫\n⟪atorvastatin 40 mg qHS⟫\n"
        "⟪Vitamin D3 2000 IU⟫\nAllergies: ⟪penicillin⟫ (rash)",
        f"Reconciled with pt's wife by phone {d.en_phone()}. Next review ⟪06/12/2025⟫.",
    ]


def en_sick_note(d: Draw) -> list[str]:
    f, ln = d.en()
    pf, pl = d.en()
    return [
        f"To the attendance office: please excuse {enn(f, ln)} (grade 7, homeroom ⟪204⟫) from school ⟪Nov 3 - Nov 7⟫.",
        f"⟦={f}⟧ was seen in our clinic for ⟪streptococcal pharyngitis⟫ and is on ⟪amoxicillin 500 mg BID x 10 days⟫. "
        "May return after ⟪24 hours⟫ of antibiotics and no fever.",
        f"Parent: {enn(pf, pl)}, {d.en_phone()}. Student DOB {en_dob(d, (2012, 2013))}.",
    ]


def en_social_work(d: Draw) -> list[str]:
    f, ln = d.en()
    sf, sl = d.en()
    low = d.rng.random() < 0.5
    name = f"⟦NAME:{f.lower()} {ln.lower()}|{f.lower()}|{ln.lower()}⟧" if low else enn(f, ln)
    return [
        f"SW note: met w/ {name} at bedside re: discharge planning. pt is ⟪81 y/o⟫, lives alone at {en_address(d)}.",
        f"pt's {d.rng.choice(['son', 'nephew', 'neighbour'])} {enn(sf, sl)} ({d.en_phone()}) can check in twice a week.",
        f"Referred to ⟪Meals on Wheels⟫ and ⟪home health PT⟫. ⟦={sf}⟧ agrees to be emergency contact. "
        f"SSN on file ⟦ID:{d.ssn()}⟧ for Medicaid application.",
    ]


def en_triage(d: Draw) -> list[str]:
    f, ln = d.en()
    return [
        f"ED TRIAGE {d.rng.choice(['02:14', '19:40', '11:05'])}  Pt ⟦NAME:{ln}, {f[0]}.|{ln}⟧  Acuity ⟪ESI 2⟫",
        "CC: ⟪SOB⟫ x ⟪3 days⟫, ⟪BP 178/104⟫, ⟪HR 112⟫, ⟪RR 26⟫, ⟪SpO2 88% RA⟫. Hx ⟪CHF⟫, ⟪EF 30%⟫.",
        f"Brought by EMS from {en_address(d)}. ⟦={ln}⟧ states ran out of ⟪furosemide⟫ last week. "
        f"Emergency contact {d.en_phone()}.",
    ]


def en_ocr(d: Draw) -> list[str]:
    f, ln = d.en()
    noisy_f = f.upper().replace("O", "0").replace("I", "1")
    noisy_l = ln.upper().replace("O", "0").replace("I", "1")
    return [
        f"Pat1ent Narne:  ⟦NAME:{noisy_l} ,  {noisy_f}|{noisy_l}|{noisy_f}⟧     D0B :  {en_dob(d)}\nMed Rec # :  ⟦MRN:{d.mrn('h')}⟧",
        f"Addr : {en_address(d)}\nPh : {d.en_phone()}",
        "Dx :  ⟪J18 . 9⟫   pneumonia ,  unspecified      Rx :  ⟪azithromycin  500 mg⟫  day 1",
    ]


def en_mixed(d: Draw) -> list[str]:
    f, ln = d.en()
    s, g = d.zh()
    return [
        f"Handover: Bed 12 is {enn(f, ln)}, ⟪POD 2⟫ after ⟪lap chole⟫. Interpreter needed? no. "
        f"她的 roommate 是{zhn(s, g)}, ⟪COPD⟫ exacerbation.",
        f"⟦={f}⟧'s daughter called from {d.en_phone()}; ⟦={s}{g}⟧'s chart no. ⟦MRN:{d.mrn('zy')}⟧ needs the ⟪ABG⟫ result.",
        "⟪pain 3/10⟫ on ⟪oxycodone 5 mg PRN⟫, tolerating diet.",
    ]


def en_referral(d: Draw) -> list[str]:
    f, ln = d.en()
    cf, cl = d.en(double=True)
    after = d.rng.random() < 0.5
    cons = f"{enn(cf, cl)}, MD" if after else f"Prof. {enn(cf, cl)}"
    return [
        f"Dear {cons},\nThank you for seeing Mr. {enn(f, ln)}, a ⟪58-year-old⟫ with ⟪atrial fibrillation⟫ "
        f"(⟪CHA2DS2-VASc 3⟫) referred for ⟪ablation⟫.",
        f"He was born {en_dob(d, (1966, 1967))}; MRN ⟦MRN:{d.mrn('acct')}⟧; mobile {d.en_phone()}; e-mail {email(d, handle(d))}.",
        f"Mr. ⟦={ln}⟧ prefers morning appointments. Kind regards, ⟪Cardiology Clinic⟫",
    ]


def en_passport_travel(d: Draw) -> list[str]:
    f, ln = d.en()
    return [
        f"Travel clinic intake: {enn(f, ln)}, passport no. ⟦ID:{d.rng.choice('CEGKP')}{d.digits(8)}⟧, "
        f"travelling to Ghana in ⟪3 weeks⟫.",
        "Given ⟪yellow fever vaccine⟫ (lot ⟪UK2391⟫), ⟪typhoid Vi⟫; prescribed ⟪atovaquone-proguanil⟫.",
        f"Certificate mailed to {en_address(d)}.",
    ]


# ----------------------------------------------------------------------------------------------
# PHI-free templates: every value must come back untouched
# ----------------------------------------------------------------------------------------------

HERBS = ["徐长卿", "刘寄奴", "何首乌", "杜仲", "王不留行", "白头翁", "使君子", "徐长卿", "马钱子", "郁金", "高良姜"]
ZH_BRANDS = ["马应龙麝香痔疮膏", "季德胜蛇药片", "华佗再造丸", "胡庆余堂", "同仁堂", "片仔癀", "云南白药气雾剂"]
ZH_HOSPITALS = ["浙江大学医学院附属邵逸夫医院", "复旦大学附属中山医院", "白求恩国际和平医院", "中山大学附属第一医院",
                "北京协和医院", "四川大学华西医院", "上海交通大学医学院附属瑞金医院"]  # fmt: skip
ZH_DEPTS = ["心血管内科", "呼吸与危重症医学科", "肾内科", "神经内科", "小儿外科", "中医科", "疼痛科", "康复医学科"]
ZH_CUE_SYMPTOMS = [("患者", "高热"), ("家属诉", "黄疸"), ("患儿", "寒战"), ("患者自诉", "乏力"), ("家属代诉", "纳差"),
                   ("病人", "盗汗"), ("患者", "胸闷"), ("老人", "眩晕")]  # fmt: skip


def zh_clean_herbal(d: Draw) -> list[str]:
    r = d.rng
    herbs = r.sample(sorted(set(HERBS)), 4)
    lines = "，".join(f"⟪{h} {r.choice([6, 9, 10, 12, 15])}g⟫" for h in herbs)
    return [
        f"中药处方（⟪中医科⟫）：{lines}，⟪7剂⟫，水煎服，日一剂。",
        f"医嘱：服药期间忌生冷，⟪{r.choice(['2周', '10天', '一个月'])}⟫后复诊；外用⟪{r.choice(ZH_BRANDS)}⟫。",
    ]


def zh_clean_cue(d: Draw) -> list[str]:
    r = d.rng
    (c1, s1), (c2, s2) = r.sample(ZH_CUE_SYMPTOMS, 2)
    age = r.randint(3, 88)
    bp = f"{r.randint(100, 170)}/{r.randint(60, 100)}mmHg"
    return [
        f"{c1}{s1}⟪{r.choice(['3天', '5天', '一周', '2月余'])}⟫，⟪{age}岁⟫，{c2}{s2}。查体：⟪血压 {bp}⟫，⟪T 38.{r.randint(1, 9)}℃⟫。",
        f"主任查房：考虑⟪{r.choice(['社区获得性肺炎', '急性肾盂肾炎', '病毒性肝炎', '胆管炎'])}⟫，"
        f"予⟪{r.choice(['头孢曲松 2g qd', '左氧氟沙星 0.5g qd', '哌拉西林他唑巴坦 4.5g q8h'])}⟫，护士长交代⟪每4小时⟫测体温。",
    ]


def zh_clean_hospital(d: Draw) -> list[str]:
    r = d.rng
    hosp = r.choice(ZH_HOSPITALS)
    dept = r.choice(ZH_DEPTS)
    y = r.choice([2024, 2025])
    return [
        f"转诊建议：至⟪{hosp}⟫⟪{dept}⟫进一步诊治，预约⟪{y}年{r.randint(1, 12)}月{r.randint(1, 28)}日⟫上午门诊。",
        f"诊断：⟪{r.choice(['I10', 'E11.9', 'J45.901', 'K29.700', 'N18.3', 'M17.0'])}⟫；"
        f"目前用药⟪{r.choice(['硝苯地平控释片 30mg qd', '达格列净 10mg qd', '布地奈德福莫特罗 160/4.5μg bid'])}⟫。"
        "病情变化请拨打⟪120⟫。",
    ]


def zh_clean_pharmacy(d: Draw) -> list[str]:
    r = d.rng
    return [
        f"药品信息：⟪{r.choice(ZH_BRANDS)}⟫，⟪国药准字Z{r.randint(20020000, 20259999)}⟫，"
        f"⟪批号 {r.randint(230101, 251231)}⟫，⟪有效期至 {r.randint(2026, 2028)}-{r.randint(1, 12):02d}⟫。",
        f"用法：⟪每次{r.choice(['1', '2', '3'])}粒⟫，⟪每日{r.choice(['2', '3'])}次⟫。咨询请拨打全国卫生热线⟪12320⟫。",
    ]


EN_EPONYMS = ["Parkinson's disease", "Hashimoto's thyroiditis", "Bell's palsy", "Guillain-Barre syndrome",
              "Kawasaki disease", "Murphy's sign", "Whipple procedure", "Nissen fundoplication",
              "Epley maneuver", "Addison's disease", "Cushing's syndrome", "Meniere's disease"]  # fmt: skip
EN_BRANDS = ["Dr. Reddy's", "Dr. Brown's", "Mrs. Dash", "Dr. Teal's", "Dr. Bronner's"]
EN_HOSPITALS = [
    "Mayo Clinic",
    "Cleveland Clinic",
    "Johns Hopkins Hospital",
    "Addenbrooke's Hospital",
    "Great Ormond Street Hospital",
    "Memorial Sloan Kettering",
    "Shriners Hospitals for Children",
]
EN_ORGS = ["American Diabetes Association", "Royal College of Psychiatrists", "Mayo Clinic", "Cleveland Clinic",
           "Johns Hopkins Hospital", "Ronald McDonald House", "Shriners Hospitals for Children",
           "Addenbrooke's Hospital", "Great Ormond Street Hospital", "Memorial Sloan Kettering"]  # fmt: skip


def en_clean_eponym(d: Draw) -> list[str]:
    r = d.rng
    a, b = r.sample(EN_EPONYMS, 2)
    return [
        f"Assessment: ⟪{r.randint(19, 92)}-year-old⟫ with ⟪{a}⟫, now ⟪{b}⟫ ruled out. ⟪BP {r.randint(100, 170)}/"
        f"{r.randint(60, 100)}⟫, ⟪HR {r.randint(55, 110)}⟫.",
        f"Plan: will follow up in ⟪{r.choice(['2 weeks', '6 weeks', '3 months'])}⟫; hope to taper "
        f"⟪{r.choice(['prednisone 40 mg', 'levothyroxine 75 mcg', 'carbidopa/levodopa 25/100'])}⟫.",
    ]


def en_clean_brand(d: Draw) -> list[str]:
    r = d.rng
    brand = r.choice(EN_BRANDS)
    return [
        f"Diet counselling: low-sodium (⟪2 g/day⟫); suggested ⟪{brand}⟫ products where relevant. "
        f"Guidance per the ⟪{r.choice(EN_ORGS)}⟫.",
        f"Labs ⟪{r.choice(['03/14/2025', '11/02/2024', '07/30/2025'])}⟫: ⟪HbA1c {r.randint(60, 99) / 10}%⟫ "
        f"(⟪LOINC 4548-4⟫), ⟪LDL {r.randint(60, 190)} mg/dL⟫.",
    ]


def en_clean_pharmacy(d: Draw) -> list[str]:
    r = d.rng
    return [
        f"Dispensed ⟪{r.choice(['amoxicillin 875 mg', 'lisinopril 10 mg', 'metformin ER 750 mg'])}⟫, "
        f"⟪NDC 0093-{r.randint(1000, 9999)}-{r.randint(10, 99)}⟫, ⟪Lot {r.randint(2300000, 2599999)}A⟫, "
        f"⟪exp {r.randint(1, 12):02d}/{r.randint(2026, 2028)}⟫.",
        "If swallowed by a child call ⟪Poison Control 1-800-222-1222⟫; in an emergency call ⟪911⟫. Crisis line: ⟪988⟫.",
    ]


def en_clean_billing(d: Draw) -> list[str]:
    r = d.rng
    return [
        f"Coding: ⟪CPT {r.choice(['99214', '99233', '93000', '71046'])}⟫, "
        f"⟪ICD-10 {r.choice(['E11.65', 'I48.91', 'J44.1', 'N39.0', 'F32.1'])}⟫. "
        f"Bill insurance; ⟪30-day⟫ grace period applies.",
        f"Seen at ⟪{r.choice(EN_HOSPITALS)}⟫ ⟪{r.choice(['Nephrology', 'Pediatric Cardiology', 'Sleep Medicine'])}⟫ on "
        f"⟪{r.choice(['May 6, 2025', '12 Feb 2025', '2025-08-19'])}⟫. ⟪MRN to be assigned⟫ at registration; ID band checked.",
    ]


# ----------------------------------------------------------------------------------------------
# Hand-written conversations: (lang, style, turns)
# ----------------------------------------------------------------------------------------------

HAND: list[tuple[str, str, list[str]]] = [
    ("zh", "wechat_group", [
        "【3床家属群】⟦NAME:禚骁|禚骁⟧：我爸今天下午做完⟪冠脉造影⟫了，放了⟪2个支架⟫。",
        "⟦=禚骁⟧：护士说明天早上⟪7点⟫抽血，查⟪肌钙蛋白⟫。",
        "二姑：⟦=骁骁@禚骁⟧辛苦了，你爸手机⟦PHONE:152 6637 0418⟧打不通，是不是没电了？",
        "⟦=禚骁⟧：没电了，有事打我的⟦PHONE:177-2049-8851⟧。",
    ]),
    ("zh", "wechat_group", [
        "【康复科病友群】@⟦NAME:端木聿衡⟧ 你上次说的那个⟪肩关节松动术⟫在哪做的？",
        "⟦=聿衡⟧：⟪康复医学科⟫三楼，找⟦NAME:訾治疗师|訾治疗师⟧，每周⟪3次⟫。",
        "群友：谢谢！⟦=訾治疗师⟧的号好挂吗？",
        "⟦=聿衡⟧：要提前一周约，我把她工作邮箱发你：⟦EMAIL:zi_rehab2021@126.com⟧",
    ]),
    ("zh", "outpatient", [
        "我婆婆⟦NAME:亓晚吟⟧，⟪73岁⟫，⟪帕金森病⟫⟪6年⟫，最近吃⟪多巴丝肼片⟫效果不如以前。",
        "医生：每天吃几次？有没有⟪异动⟫？",
        "家属：一天⟪4次⟫，每次⟪半片⟫。⟦=晚吟⟧阿姨自己说下午手抖得厉害。她身份证号⟦ID:520303 19511107 3828|520303|19511107|3828⟧，帮忙登记一下慢病。",
    ]),
    ("zh", "discharge", [
        "出院小结\n姓名：⟦NAME:欧阳澍霖⟧  住院号：⟦MRN:ZY2025047713⟧  病案号：⟦MRN:B-0617244|0617244⟧",
        "入院诊断：⟪急性ST段抬高型心肌梗死⟫（⟪I21.0⟫）。⟪血压 96/60mmHg⟫。行⟪PCI⟫，术后恢复可。",
        "出院医嘱：⟪阿司匹林 100mg qd⟫，⟪替格瑞洛 90mg bid⟫，⟪1个月⟫后⟪心血管内科⟫复诊。联系人：儿子⟦NAME:欧阳崧淇⟧，⟦PHONE:(0730)8826 4417|8826|4417⟧。",
    ]),
    ("zh", "phone_triage", [
        "120调度：您好，请说病人地址。",
        "来电者：⟦ADDRESS:湘潭市雨湖区柘溪路477号枫桥雅苑12栋|柘溪路|477号|枫桥雅苑⟧，二单元，我老公⟦NAME:阚一苇⟧突然说不出话，右手没力气。",
        "120调度：发病多久了？",
        "来电者：大概⟪40分钟⟫。他有⟪房颤⟫，吃⟪华法林⟫的。我手机⟦PHONE:13907305514⟧。",
        "120调度：好的，⟦=一苇⟧先别吃东西，车马上到。",
    ]),
    ("zh", "insurance_appeal", [
        "关于⟦NAME:南宫鸣珂⟧（身份证⟦ID:350503197806224416⟧）重疾险理赔的补充说明",
        "被保险人于⟪2025年2月⟫确诊⟪乳腺浸润性导管癌⟫，⟪病理号⟫附后，门诊病历号⟦MRN:MZ-8820417|8820417⟧。",
        "此致。申请人：⟦=鸣珂⟧的丈夫⟦NAME:衡朗坤⟧，⟦EMAIL:hlk_lawyer@qq.com⟧，⟦ADDRESS:泉州市丰泽区鹭洲路216号澜庭御府6栋1801室（邮编362000）|鹭洲路|216号|澜庭御府|362000⟧",
    ]),
    ("zh", "ocr_scan", [
        "［传真件 模糊］ 患 者 ： ⟦NAME:邰 峤 岳|邰 峤 岳|峤 岳⟧    出 生 ： ⟦DOB:1962 年 9 月 30 日|9 月 30 日⟧",
        "诊 断 ： ⟪慢 性 阻 塞 性 肺 疾 病⟫   ⟪FEV1 48%⟫\n身 份 证 ： ⟦ID:4 3 0 6 0 2 1 9 6 2 0 9 3 0 5 5 1 1|4 3 0 6 0 2 1 9 6 2 0 9 3 0 5 5 1 1⟧",
    ]),
    ("zh", "social_work", [
        "个案：⟦NAME:莘叶蓁|莘叶蓁|叶蓁⟧，女，⟪34岁⟫，产后⟪6周⟫，⟪爱丁堡产后抑郁量表 16分⟫。",
        "住⟦ADDRESS:大溪口镇芦花荡村3组|大溪口镇|芦花荡村⟧，丈夫外出务工，婆婆帮带孩子。",
        "已转介⟪精神心理科⟫；社区妇联联系人⟦NAME:戚主任|戚主任⟧，电话⟦PHONE:0797-8316642⟧。⟦=叶蓁⟧本人同意。",
    ]),
    ("zh", "mixed_zh_en", [
        "Dr. ⟦NAME:Hjelmstad⟧ 您好，我母亲⟦NAME:冼绾青⟧下周到 Stockholm 复查，附上她的 passport ⟦ID:EJ6630174⟧。",
        "她的 DOB 是 ⟦DOB:1957-04-09|04-09⟧，目前用 ⟪tamoxifen 20 mg⟫ 已经 ⟪2 年⟫。",
        "有问题可以 email 我：⟦EMAIL:xian.family.sthlm@proton.me|xian.family.sthlm⟧，或者 WhatsApp ⟦PHONE:+86 186 0579 3142|0579|3142⟧。",
    ]),
    ("zh", "school_sick_note", [
        "病假证明\n兹有⟪育才小学⟫四年级学生⟦NAME:巫星阑⟧，因⟪水痘⟫需隔离至全部结痂，约⟪7-10天⟫。",
        "学籍号：⟦ID:G430602201503117724|G430602201503117724⟧。家长：⟦NAME:巫师傅|巫师傅⟧（孩子他爸），⟦PHONE:188 7301 6629⟧。",
    ]),
    ("zh", "consent_form", [
        "输血治疗知情同意书\n患者：⟦NAME:钮疏桐⟧  出生日期：⟦DOB:一九四九年十二月八日|十二月八日⟧  ID号：⟦MRN:HIS20773015⟧",
        "输血指征：⟪血红蛋白 58g/L⟫，拟输⟪悬浮红细胞 2U⟫。可能出现⟪发热反应⟫、⟪过敏⟫。",
        "签字人：养女⟦NAME:钮蕴璞⟧，关系：养女。",
    ]),
    ("zh", "telemedicine", [
        "医生：看下您的就诊人信息，⟦NAME:麴知遥⟧，男，生于⟦DOB:91年6月18号|6月18号⟧，对吗？",
        "患者：对。我⟪痛风⟫又犯了，左脚大拇指肿，⟪尿酸 612μmol/L⟫。",
        "医生：先用⟪秋水仙碱 0.5mg⟫，每天⟪2次⟫。⟦=知遥⟧你平时喝酒多吗？",
        "患者：应酬多。药寄到公司吧：⟦ADDRESS:潍坊市奎文区栎林大道88号 樾山名邸底商|栎林大道|樾山名邸⟧。",
    ]),
    ("zh", "outpatient", [
        "⟦NAME:隗时遇⟧：大夫，我是替我舅舅来开药的，他叫⟦NAME:滕峤|滕峤⟧，在⟪ICU⟫住着，家里人都叫他⟦NAME:老滕|老滕⟧。",
        "医生：要带他的医保卡和住院号。",
        "⟦=时遇⟧：住院号⟦MRN:ZY2024118306⟧，医保卡号⟦ID:E37070519880|E37070519880⟧。",
    ]),
    ("zh", "radiology_request", [
        "CT室：⟦NAME:殳砚溪⟧的⟪头颅CT⟫加急，⟪GCS 11分⟫，检查号⟦MRN:CT25-004419|004419⟧，家属手机⟦PHONE:+86-157-0379-2268⟧。",
        "技师：收到，⟦=砚溪⟧有金属植入物吗？",
        "护士：没有，⟪体重 62kg⟫。",
    ]),
    ("zh", "clean_outpatient", [
        "患者⟪65岁⟫，⟪高血压⟫⟪10年⟫，⟪血压 148/92mmHg⟫，口服⟪氨氯地平 5mg qd⟫。家属诉近⟪一周⟫夜间⟪憋醒⟫。",
        "上级医师意见：加用⟪沙库巴曲缬沙坦 50mg bid⟫，⟪2025年10月20日⟫复查⟪NT-proBNP⟫。",
    ]),
    ("zh", "clean_herbal", [
        "方用⟪徐长卿 12g⟫、⟪刘寄奴 9g⟫、⟪王不留行 10g⟫，配合⟪马应龙麝香痔疮膏⟫外用。",
        "另嘱：可到⟪胡庆余堂⟫或⟪同仁堂⟫购⟪季德胜蛇药片⟫备用。⟪2周⟫后复诊。",
    ]),
    ("zh", "clean_triage", [
        "预检分诊：⟪男⟫，⟪约40岁⟫，无名氏，⟪意识模糊⟫，⟪GCS 9分⟫，⟪血糖 1.8mmol/L⟫。",
        "处理：⟪50%葡萄糖 40ml⟫静推，送⟪抢救室⟫。身份待警方核实，暂用急诊编号⟪急2025-无名-07⟫。",
    ]),
    ("zh", "clean_lab", [
        "⟪血常规⟫：⟪WBC 12.6×10^9/L⟫，⟪N 86%⟫，⟪Hb 102g/L⟫，⟪PLT 88×10^9/L⟫；⟪CRP 64mg/L⟫，⟪PCT 2.1ng/ml⟫。",
        "结论：符合⟪细菌感染⟫表现，请结合临床。报告科室：⟪检验科⟫，审核：主管技师。",
    ]),
    ("zh", "clean_wechat", [
        "【糖友互助群】今天食堂午餐⟪碳水约60g⟫，餐后⟪2小时⟫血糖⟪8.6⟫，还行吧？",
        "群友：可以的，记得⟪门冬胰岛素⟫餐前打。⟪华西医院⟫的营养科讲座周六在群里直播。",
        "群友：主任也会讲吗？听说讲⟪GLP-1⟫类药物。",
    ]),
    ("zh", "clean_mixed", [
        "Ward round：⟪POD 3⟫，⟪drain 30ml⟫，⟪Hb 96g/L⟫，继续⟪enoxaparin 40mg qd⟫。",
        "Consult ⟪营养科⟫，⟪白蛋白 28g/L⟫，start ⟪肠内营养 500ml/d⟫。",
    ]),
    ("en", "telemedicine", [
        "[Video visit] Nurse: Hi, is this ⟦=Bronwen⟧? I'm calling for Dr. ⟦NAME:Penhaligon⟧.",
        "Patient: yes, ⟦NAME:Bronwen Trevithick|Bronwen|Trevithick⟧ - sorry, my camera's off.",
        "Nurse: No problem. Can you confirm date of birth? Patient: ⟦DOB:the 2nd of Feb, '79|2nd of Feb⟧.",
        "Nurse: Thanks. Dr. ⟦=Penhaligon⟧ wants your ⟪INR⟫ repeated; last was ⟪3.8⟫ on ⟪warfarin 5 mg⟫.",
    ]),
    ("en", "wechat_group", [
        "[WhatsApp: Mum's care rota] ⟦NAME:ambrose⟧: who's doing tuesday? mum's ⟪chemo cycle 4⟫ is at 9",
        "⟦NAME:Xochitl|Xochitl⟧: me. also her oncologist's secretary is ⟦NAME:Mrs. Cheverton|Cheverton⟧ ⟦PHONE:01768 371 204|371|204⟧",
        "⟦=ambrose⟧: ok. ⟦=Cheverton⟧ said bring the ⟪neutrophil⟫ result, it was ⟪1.1⟫ last week",
    ]),
    ("en", "insurance_appeal", [
        "Appeal - Claim #⟦MRN:CLM-00482-7719|00482|7719⟧\nPatient: ⟦NAME:Ibarguen, Ximena R.|Ibarguen|Ximena⟧  DOB ⟦DOB:OCT-17-1984|OCT-17⟧",
        "The denial states ⟪continuous glucose monitor⟫ is not medically necessary. Ms. ⟦=Ibarguen⟧ has ⟪type 1 diabetes⟫ with ⟪3 episodes⟫ of ⟪severe hypoglycemia⟫ this year.",
        "Member ID ⟦ID:XEH448120937|XEH448120937⟧. Reply to ⟦ADDRESS:PO Box 2291, Marfa, TX 79843|2291|Marfa|79843⟧.",
    ]),
    ("en", "lab_report", [
        "SPECIMEN: ⟪Urine culture⟫   COLLECTED: ⟪09/22/2025 08:40⟫\nPATIENT: ⟦NAME:STRZELECKI, MSTISLAV|STRZELECKI|MSTISLAV⟧   ACCT#: ⟦MRN:A0088412275⟧   D.O.B.: ⟦DOB:7/4/51|7/4⟧",
        "RESULT: ⟪>100,000 CFU/mL E. coli⟫. Resistant to ⟪ciprofloxacin⟫; susceptible to ⟪nitrofurantoin⟫.",
    ]),
    ("en", "radiology_request", [
        "MRI REQUEST - pt ⟦NAME:oonagh fenwright|oonagh|fenwright⟧, hosp no ⟦MRN:H-771-0925|771|0925⟧",
        "Clinical: ⟪new-onset seizure⟫, ⟪age 29⟫. ⟪Gadolinium⟫ ok, ⟪eGFR >90⟫. Pacemaker: no.",
        "Call ward ⟪4 North⟫ or pt's partner ⟦PHONE:+44 7823 559104|7823|559104⟧ if pt is late.",
    ]),
    ("en", "consent_form", [
        "Research consent - Study ⟪NCT04821975⟫\nParticipant: ⟦NAME:Radomir Dragomirescu|Radomir|Dragomirescu⟧  SSN (last 4 only on file)  Full SSN for payment: ⟦ID:412-67-3390|412|3390⟧",
        "Address for reimbursement cheques: ⟦ADDRESS:3318 SE Sable Creek Pkwy Unit 22, Cordova, AK 99574|3318|Sable Creek Pkwy|Cordova|99574⟧",
    ]),
    ("en", "triage", [
        "TRIAGE: ⟪72M⟫ found down, EMS report. ID in wallet: ⟦NAME:Fintan Iacobelli|Fintan|Iacobelli⟧, ⟦ADDRESS:1207 Otterburn Road, Ely, MN 55731|1207|Otterburn Road|Ely|55731⟧",
        "⟪GCS 13⟫, ⟪glucose 42⟫, given ⟪D50⟫. Wife ⟦NAME:Eudora⟧ on way, cell ⟦PHONE:218.365.0871|365|0871⟧.",
        "Mr. ⟦=Iacobelli⟧ now alert, states he skipped breakfast after ⟪glipizide⟫.",
    ]),
    ("en", "medication_list", [
        "Home meds, ⟦NAME:Pt. Salminen|Salminen⟧ (MRN ⟦MRN:00731954⟧):\n- ⟪levetiracetam 750 mg BID⟫\n- ⟪lamotrigine 100 mg daily⟫",
        "Verified with outpatient pharmacy; pharmacist ⟦NAME:Akosua⟧ can be reached at ⟦PHONE:(432) 729-1180|729|1180⟧.",
    ]),
    ("en", "school_sick_note", [
        "Dear Coach, ⟦NAME:Ansgar Ekwueme|Ansgar|Ekwueme⟧ (DOB ⟦DOB:14.03.2011|14.03⟧) should sit out contact sports for ⟪4 weeks⟫ after a ⟪concussion⟫.",
        "Gradual return per ⟪CDC HEADS UP⟫ protocol. Questions: his mom ⟦NAME:Nkechi⟧ at ⟦EMAIL:nk.ek.family@outlook.com|nk.ek.family⟧.",
    ]),
    ("en", "social_work", [
        "SW f/u: spoke with pt's grandson, ⟦NAME:Dashiell Montgomerie|Dashiell|Montgomerie⟧, by phone ⟦PHONE:9073360412⟧.",
        "Pt (⟦NAME:Hortensia Clutterbuck|Hortensia|Clutterbuck⟧) agrees to ⟪assisted living⟫ tour. Current address ⟦ADDRESS:Flat 3, 58 Ingleby Close, Kirkby Stephen CA17 4QT|58 Ingleby Close|Kirkby Stephen|CA17 4QT⟧.",
        "⟦=Dashiell⟧ will bring ⟪medication blister packs⟫ Friday.",
    ]),
    ("en", "ocr_scan", [
        "R E F E R R A L   F O R M\nName :  ⟦NAME:W i l h e l m i n a   H a r g r e a v e|W i l h e l m i n a|H a r g r e a v e⟧\nD O B :  ⟦DOB:2 2 / 0 8 / 1 9 4 6|2 2 / 0 8⟧",
        "Reason :  ⟪suspected   temporal   arteritis⟫ ,   ⟪ESR  88⟫   ⟪CRP  61⟫",
    ]),
    ("en", "outpatient", [
        "HPI: Pt is a ⟪45 y/o⟫ seen with her sister ⟦NAME:Teodora⟧. Pt ⟦NAME:Isolde Vantongeren|Isolde|Vantongeren⟧ reports ⟪palpitations⟫ x ⟪2 weeks⟫.",
        "⟦=Isolde⟧ denies ⟪syncope⟫. ⟦=Teodora⟧ notes pt drinks ⟪6 cups⟫ of coffee a day. ⟪TSH 0.02⟫.",
        "Plan: ⟪propranolol 10 mg TID PRN⟫, ⟪thyroid uptake scan⟫. Reach pt at ⟦PHONE:775 482 6619|482|6619⟧.",
    ]),
    ("en", "mixed_zh_en", [
        "Night float note: 16床 ⟦NAME:Mr. Oyinlola|Oyinlola⟧ 说胸口不舒服，⟪troponin⟫ ⟪0.04⟫ → repeat in ⟪3h⟫.",
        "His wife ⟦NAME:Adaeze⟧ left number ⟦PHONE:+1 (252) 986-3047|986|3047⟧. ⟪ECG⟫ 无ST改变.",
    ]),
    ("en", "clean_outpatient", [
        "Will and testament questions deferred to social work. Grace period for co-pay ⟪30 days⟫.",
        "Pt's ⟪Bell's palsy⟫ improving on ⟪prednisone 60 mg⟫; ⟪House-Brackmann grade II⟫. Follow-up ⟪04/18/2025⟫.",
    ]),
    ("en", "clean_triage", [
        "ED: unidentified trauma pt, ⟪approx 30s⟫, ⟪BP 84/50⟫, ⟪HR 132⟫, ⟪FAST positive⟫. ⟪Massive transfusion protocol⟫ activated.",
        "Temporary ID ⟪TRAUMA-ZULU-4⟫ until identified. ⟪Tranexamic acid 1 g⟫ given at ⟪02:10⟫.",
    ]),
    ("en", "clean_lab", [
        "⟪Comprehensive metabolic panel⟫: ⟪Na 138⟫, ⟪K 4.1⟫, ⟪Cl 101⟫, ⟪HCO3 24⟫, ⟪BUN 18⟫, ⟪Cr 1.0⟫, ⟪Glu 104⟫.",
        "Reference lab: ⟪Quest Diagnostics⟫. Method per ⟪Mayo Clinic Laboratories⟫ test catalog ⟪LOINC 24323-8⟫.",
    ]),
    ("en", "clean_medication_list", [
        "Current meds: ⟪Dr. Reddy's omeprazole 20 mg⟫ daily, ⟪Mrs. Dash⟫ salt substitute, ⟪Ensure Plus⟫ BID.",
        "Stopped ⟪ibuprofen 400 mg⟫ (⟪AKI⟫, ⟪Cr 2.3⟫). Hope to restart ⟪losartan 25 mg⟫ in ⟪1 week⟫.",
    ]),
    ("en", "clean_wechat_group", [
        "[Support group chat] Reminder: ⟪Ronald McDonald House⟫ has rooms for families this weekend.",
        "Member: thanks! ⟪St. Jude⟫ said the ⟪MRD⟫ result takes ⟪10 days⟫. Anyone know if ⟪blinatumomab⟫ needs a ⟪28-day⟫ infusion?",
    ]),
]  # fmt: skip


# ----------------------------------------------------------------------------------------------
# Assembly
# ----------------------------------------------------------------------------------------------

PHI_TEMPLATES: dict[str, list[tuple[str, Callable[[Draw], list[str]]]]] = {
    "zh": [("wechat_group", zh_wechat), ("insurance_appeal", zh_insurance_appeal), ("lab_report", zh_lab_header),
           ("radiology_request", zh_radiology), ("consent_form", zh_consent), ("telemedicine", zh_telemed),
           ("medication_list", zh_medlist), ("school_sick_note", zh_sick_note), ("social_work", zh_social_work),
           ("triage", zh_triage), ("ocr_scan", zh_ocr), ("mixed_zh_en", zh_mixed), ("referral", zh_referral_title),
           ("village_doctor", zh_village_dialogue)],
    "en": [("wechat_group", en_wechat_like), ("insurance_appeal", en_insurance), ("lab_report", en_lab_header),
           ("radiology_request", en_radiology), ("consent_form", en_consent), ("telemedicine", en_telemed),
           ("medication_list", en_medlist), ("school_sick_note", en_sick_note), ("social_work", en_social_work),
           ("triage", en_triage), ("ocr_scan", en_ocr), ("mixed_zh_en", en_mixed), ("referral", en_referral),
           ("travel_clinic", en_passport_travel)],
}  # fmt: skip
CLEAN_TEMPLATES: dict[str, list[tuple[str, Callable[[Draw], list[str]]]]] = {
    "zh": [("clean_herbal", zh_clean_herbal), ("clean_outpatient", zh_clean_cue), ("clean_referral", zh_clean_hospital),
           ("clean_pharmacy", zh_clean_pharmacy)],
    "en": [("clean_outpatient", en_clean_eponym), ("clean_diet", en_clean_brand), ("clean_pharmacy", en_clean_pharmacy),
           ("clean_billing", en_clean_billing)],
}  # fmt: skip


def build(lang: str, style: str, source: str, turns: list[str], cid: str) -> dict:
    plain, spans, protect, mentions = parse(turns)
    check_conversation(cid, plain, spans, protect, mentions)
    if style.startswith("clean") and spans:
        raise ValueError(f"{cid}: a PHI-free conversation has identifiers")
    return {
        "id": cid,
        "lang": lang,
        "style": style,
        "source": source,
        "turns": plain,
        "spans": [{"kind": s.kind, "text": s.text, "parts": s.parts} for s in spans],
        "protect": protect,
    }


def generate(seed: int = SEED) -> list[dict]:
    """All conversations, deterministic for a seed."""
    rng = random.Random(seed)
    rows = [build(lang, style, "hand", turns, f"hand-{i}") for i, (lang, style, turns) in enumerate(HAND)]
    per_lang = TOTAL // 2
    for lang in ("zh", "en"):
        have = [r for r in rows if r["lang"] == lang]
        clean_needed = round(per_lang * CLEAN_SHARE) - sum(r["style"].startswith("clean") for r in have)
        phi_needed = per_lang - len(have) - clean_needed
        for pool, needed in ((CLEAN_TEMPLATES[lang], clean_needed), (PHI_TEMPLATES[lang], phi_needed)):
            for k in range(needed):
                style, make = pool[k % len(pool)]
                for attempt in range(100):
                    try:
                        rows.append(build(lang, style, "template", make(Draw(rng)), f"{lang}-{style}-{k}"))
                        break
                    except ValueError:
                        if attempt == 99:
                            raise
    rng.shuffle(rows)
    for n, row in enumerate(rows, 1):
        row["id"] = f"fresh2-{n:04d}"
    return rows


def main() -> None:
    check_pools()
    rows = generate()
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    langs = Counter(r["lang"] for r in rows)
    kinds = Counter((r["lang"], s["kind"]) for r in rows for s in r["spans"])
    clean = Counter(r["lang"] for r in rows if not r["spans"])
    print(f"{len(rows)} conversations {dict(langs)}; PHI-free {dict(clean)}")
    print("spans", dict(sorted(kinds.items())))
    print("styles", dict(sorted(Counter(r["style"] for r in rows).items())))


if __name__ == "__main__":
    main()
