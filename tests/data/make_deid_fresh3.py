"""Write tests/data/deid_fresh3.jsonl: a third held-out de-identification set, for REPORTING ONLY.

Why it exists: each held-out set loses its value once its misses are read and the scrubber is tuned
on them. This set was written blind, by someone who read neither the scrubber, its tests, its bench
beyond the first docstring, nor the texts or generators of the other deid sets (only the line format
and marking conventions of make_deid_fresh2.py's docstring and the first two lines of its output).
Do not tune on it, do not read its misses, do not copy its texts into unit tests and do not pin
floors from it: if a figure here is bad, write new cases for the tuning sets and keep this one as
the honest measurement.

What it holds: 360 conversations of 1-4 turns, half Chinese and half English (some of them mixed
zh/en), a fifth of them PHI-free clinical text whose values (doses, pressures, labs, visit dates,
ages, durations, ICD codes, drug, hospital and department names, and look-alikes: herbs and
medicines named like people such as 刘寄奴 or 季德胜蛇药片, hospitals named after people,
eponyms, batch and lot numbers, NDC codes, drug approval numbers, brand names after "Dr.",
emergency and help-line numbers) must come back untouched. The rest carry the identifiers of
PROTOCOL §7 in styles chosen to differ from the other sets: discharge summaries, referral letters,
nursing shift reports, pharmacy call logs, patient-portal messages, SMS reminders, insurance and
court forms, genetic-counselling notes, family pedigrees in prose, paediatric growth notes,
vaccination records, dental notes, voice-dictation transcripts with filler words, patients' forum
posts, bilingual interpreter notes, tables flattened into text and OCR noise. Names come from pools
of common and rare surnames, double and married surnames, hyphenated, apostrophe and particle
surnames, lowercase and initialled forms, nicknames and names that are also ordinary words, next to
titles and kinship words and mentioned again later. Resident IDs carry valid check digits, NHS
numbers valid mod-11 digits; record numbers come after many label words; dates of birth in many
formats of both languages; addresses down to villages, compounds, buildings, US/UK street forms.

Marks (the same as deid_fresh2's):

    ⟦KIND:text⟧             an identifier; its distinctive parts are derived (`default_parts`)
    ⟦KIND:text|p1|p2⟧       an identifier with its parts given
    ⟦=text⟧                 a later mention of an identifier already marked (adds no span)
    ⟦=text@owner⟧           a later mention that adds `text` as one more part of span `owner`
    ⟦=text@owner|p1|p2⟧     the same, adding the parts given
    ⟪value⟫                 a clinical value that must survive untouched (`protect`)

Parts: a Chinese full name and its given name (2+ characters), an English first and last name
(with each piece of a hyphenated surname and the last word of a particle surname such as "van der
Merwe"), a name with a title or 老/小 as written, a nickname; a phone's digit groups after the country and
area code; an ID's or record number's groups with digits (3+ characters); a date of birth's day and
month as written (the year alone identifies no one); an e-mail's local part; an address's street,
compound, village or town, house number (3+ characters) and postcode. The scorer counts an
identifier as caught when none of its parts survives.

Checks (`check_conversation`, `check_pools`): every span text, part and protected value occurs in
the turns; every occurrence of a part (compared case-insensitively, as a substring) lies inside a
mention of its own identifier, and a part belongs to one identifier only; no protected value
overlaps an identifier; the pools' given names, English names, streets, compounds, villages and
towns are compared with the other deid sets (`--check-pools` only reports which of THIS file's
words collide, so the writer stays blind). A conversation failing a check is drawn again from the
next seed. Deterministic: the same seed writes the same file.

    .venv/bin/python tests/data/make_deid_fresh3.py            # write the file
    .venv/bin/python tests/data/make_deid_fresh3.py --check-pools
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

SEED = "deid-fresh3-2026-11-29"
HERE = Path(__file__).resolve().parent
OUT = HERE / "deid_fresh3.jsonl"
KINDS = ("NAME", "PHONE", "ID", "MRN", "EMAIL", "ADDRESS", "DOB")
MARK = re.compile(r"⟦([^⟧]*)⟧|⟪([^⟫]*)⟫")


# --------------------------------------------------------------------------------------------
# Marks: parse, derive parts, check
# --------------------------------------------------------------------------------------------


def default_parts(kind: str, text: str) -> list[str]:
    """Parts when a mark gives none (the generators below usually give them explicitly)."""
    if kind == "EMAIL":
        return [text.split("@")[0]]
    if kind in ("PHONE", "ID", "MRN"):
        groups = [g for g in re.findall(r"[0-9A-Za-z]+", text) if re.search(r"\d", g) and len(g) >= 3]
        return groups or [text]
    if kind == "NAME" and re.fullmatch(r"[A-Za-z'\- .]+", text):
        return [w for w in re.split(r"[ ,.]+", text) if len(w) >= 2]
    return [text]


@dataclass
class Span:
    kind: str
    text: str
    parts: list[str]
    regions: list[tuple[int, int, int]] = field(default_factory=list)  # turn, start, end


class MarkError(ValueError):
    """A conversation whose marks do not satisfy the checks; it is drawn again."""


def _owner_of(text: str, spans: dict[str, Span]) -> Span:
    if text in spans:
        return spans[text]
    low = text.lower()
    hits = [s for s in spans.values() if any(p.lower() in low for p in s.parts)]
    if len(hits) != 1:
        raise MarkError(f"mention {text!r} has {len(hits)} owners")
    return hits[0]


def parse(marked: list[str]) -> tuple[list[str], list[Span], list[str]]:
    """Turn marked turns into plain turns, the identifier spans (with regions) and protected values."""
    spans: dict[str, Span] = {}
    protect: list[str] = []
    turns: list[str] = []
    for ti, turn in enumerate(marked):
        out: list[str] = []
        length = 0
        pos = 0
        for m in MARK.finditer(turn):
            lead = turn[pos : m.start()]
            out.append(lead)
            length += len(lead)
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
                head, *extra = body[1:].split("|")
                text, owner = head, None
                if "@" in head:
                    maybe_text, _, maybe_owner = head.rpartition("@")
                    if maybe_owner in spans:
                        text, owner = maybe_text, spans[maybe_owner]
                if owner is not None:
                    for p in extra or [text]:
                        if p not in owner.parts:
                            owner.parts.append(p)
                else:
                    owner = _owner_of(text, spans)
            else:
                kind, _, rest = body.partition(":")
                if kind not in KINDS:
                    raise MarkError(f"unknown kind {kind!r}")
                text, *given = rest.split("|")
                if text in spans:
                    owner = spans[text]
                else:
                    owner = Span(kind, text, given or default_parts(kind, text))
                    spans[text] = owner
            owner.regions.append((ti, length, length + len(text)))
            out.append(text)
            length += len(text)
        out.append(turn[pos:])
        turns.append("".join(out))
    return turns, list(spans.values()), protect


def _occurrences(hay: str, needle: str) -> list[int]:
    hay, needle = hay.lower(), needle.lower()
    found, start = [], hay.find(needle)
    while start != -1:
        found.append(start)
        start = hay.find(needle, start + 1)
    return found


def check_conversation(turns: list[str], spans: list[Span], protect: list[str]) -> None:
    """Raise MarkError unless the labels are exact enough to score a scrubber by."""
    whole = "\n".join(turns)
    owners: dict[str, str] = {}
    all_regions = [r for s in spans for r in s.regions]
    for s in spans:
        if not s.parts:
            raise MarkError(f"{s.text!r} has no parts")
        for p in [s.text, *s.parts]:
            if p not in whole:
                raise MarkError(f"{p!r} not in the turns")
        for p in s.parts:
            if len(p) < 2:
                raise MarkError(f"part {p!r} too short")
            key = p.lower()
            if owners.setdefault(key, s.text) != s.text:
                raise MarkError(f"part {p!r} belongs to two identifiers")
            for ti, turn in enumerate(turns):
                for at in _occurrences(turn, p):
                    inside = any(t == ti and a <= at and at + len(p) <= b for t, a, b in s.regions)
                    if not inside:
                        raise MarkError(f"part {p!r} occurs outside {s.text!r}: {turn[max(0, at - 20) : at + 30]!r}")
    for ti in range(len(turns)):
        regs = [(a, b) for t, a, b in all_regions if t == ti]
        for i, (a, b) in enumerate(regs):
            if any(a < d and c < b for j, (c, d) in enumerate(regs) if j != i and (c, d) != (a, b)):
                raise MarkError("identifiers overlap")
    for v in protect:
        if v not in whole:
            raise MarkError(f"protected {v!r} not in the turns")
        for ti, turn in enumerate(turns):
            for at in _occurrences(turn, v):
                if any(t == ti and at < b and a < at + len(v) for t, a, b in all_regions):
                    raise MarkError(f"protected {v!r} overlaps an identifier")


# --------------------------------------------------------------------------------------------
# Identifiers: one object per identifier, rendered as its mark the first time, a mention after
# --------------------------------------------------------------------------------------------


class Ident:
    """An identifier in one conversation; `f"{x}"` writes its mark once, then plain mentions."""

    def __init__(self, kind: str, text: str, parts: list[str]) -> None:
        self.kind, self.text, self.parts = kind, text, [p for p in dict.fromkeys(parts) if p]
        self.shown = False
        self.full: str | None = None  # the full form, when the first mention was a shorter one
        self.ymd: tuple[int, int, int] = (0, 0, 0)  # a date of birth's date

    def first_as(self, text: str, parts: list[str]) -> str:
        """Make a shorter form (Dear Dr Okafor, 覃主任) the first mention; the full form comes later."""
        assert not self.shown
        self.full, self.text, self.shown = self.text, text, True
        return f"⟦{self.kind}:{text}|{'|'.join(parts)}⟧"

    def __format__(self, spec: str) -> str:
        if self.full is not None:
            full, self.full = self.full, None
            return f"⟦={full}@{self.text}{''.join('|' + p for p in self.parts)}⟧"
        if self.shown:
            return f"⟦={self.text}⟧"
        self.shown = True
        return f"⟦{self.kind}:{self.text}|{'|'.join(self.parts)}⟧"

    def __str__(self) -> str:
        return self.__format__("")

    def say(self, text: str) -> str:
        """A later mention in another form whose parts are already known (a surname with a title)."""
        assert self.shown, "say() before the first mention"
        return f"⟦={text}⟧"

    def add(self, text: str, *parts: str) -> str:
        """A later mention that brings a new part (a nickname, 老覃, Mr Okafor's first name alone)."""
        assert self.shown, "add() before the first mention"
        return f"⟦={text}@{self.text}{''.join('|' + p for p in parts)}⟧"


@dataclass
class Person:
    """A named person; `.id` is the identifier, the rest are handy forms of the name."""

    id: Ident
    sur: str
    given: str
    first: str = ""  # English first name
    female: bool = True

    def __format__(self, spec: str) -> str:
        return format(self.id, spec)

    def __str__(self) -> str:
        return str(self.id)

    def say(self, text: str) -> str:
        return self.id.say(text)

    def add(self, text: str, *parts: str) -> str:
        return self.id.add(text, *parts)

    def t(self, title: str) -> str:
        """The surname with a title: 覃医生 / 老覃 (a new part), Dr. Okafor (its surname is a part)."""
        if self.first:
            text = f"{title} {self.sur}" if title else self.sur
            if not self.id.shown:
                return self.id.first_as(text, [p for p in self.id.parts if p.lower() in text.lower()])
            return self.say(text)
        text = f"{title}{self.sur}" if title in ("老", "小", "阿") else f"{self.sur}{title}"
        return self.add(text) if self.id.shown else self.id.first_as(text, [text])

    def short(self, suffix: str = "") -> str:
        """The given (first) name alone, maybe with a suffix (叶蓁姐); a new part when it is one character."""
        if self.first:
            return self.say(self.first + suffix)
        if len(self.given) >= 2:
            return self.say(self.given + suffix)
        return self.add(self.given + suffix) if suffix else self.t("小")


def P(v: str) -> str:  # noqa: N802 - short on purpose, used in every template
    """A protected clinical value."""
    return f"⟪{v}⟫"


# --------------------------------------------------------------------------------------------
# Pools
# --------------------------------------------------------------------------------------------

ZH_SUR_COMMON = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
ZH_SUR_RARE = list("晁亓仉蔺郄禚逯訾阚祁佘芮靳厍眭桑牟鄢扈冼邝缪郇璩蒯栾隗昝笪酆雍郗钮寇艾尉聂谯闵冀卜")
ZH_SUR_DOUBLE = [
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
    "司徒",
    "夏侯",
    "端木",
    "澹台",
    "南宫",
    "呼延",
    "独孤",
    "钟离",
    "闻人",
    "第五",
    "百里",
    "申屠",
    "轩辕",
]
ZH_G1 = list("梓沐煜瑾昕琦婧珂澄屹珩骁翊柯湛朗蔚韫霁曦棠璟钰岚黛绮筠蕙荪菁蘅砚溯汐珈芊淙峤昶晗邈胤桉")
ZH_G2 = list("禾岑芷泠谦朔蓁瑶舟屿琰歆璇芃彧澈翎骞熠珞遥槿渝筱棣萦纾钊徵璠芫苡晏珣樾")
ZH_G_WORDS = [
    "红梅",
    "国庆",
    "平安",
    "春生",
    "淑芬",
    "玉珍",
    "来顺",
    "招娣",
    "向阳",
    "丽华",
    "根宝",
    "爱华",
    "振兴",
    "跃进",
    "援朝",
    "继红",
    "永红",
    "巧云",
    "月娥",
    "素琴",
    "宝珍",
    "桂芝",
    "水生",
    "满仓",
    "金锁",
    "来福",
    "有才",
    "富贵",
    "双喜",
    "春燕",
    "腊梅",
    "冬生",
    "兰英",
    "桂香",
    "春雷",
    "卫国",
    "拥军",
    "志刚",
    "国强",
    "长生",
]
ZH_G_SINGLE = list("磊静敏勇军芳洁伟涛鑫颖斌娜强霞燕超婷")
ZH_FULL_WORDS = [
    "高山",
    "白雪",
    "马力",
    "黄河",
    "江南",
    "田野",
    "林立",
    "方圆",
    "石磊",
    "安康",
    "常青",
    "龙飞",
    "万里",
    "钟声",
    "金星",
    "白云",
    "苏醒",
    "向前",
    "柳青",
    "关心",
    "文明",
    "高兴",
    "程序",
    "时光",
]
ZH_SMALL = [
    "豆豆",
    "乐乐",
    "糖糖",
    "果果",
    "悠悠",
    "壮壮",
    "妞妞",
    "团团",
    "皮皮",
    "嘟嘟",
    "甜甜",
    "笑笑",
    "贝贝",
    "丁丁",
    "球球",
    "欢欢",
    "亮亮",
]

EN_FIRST_F = [
    "Philomena",
    "Euphemia",
    "Jemima",
    "Kerensa",
    "Lowenna",
    "Morwenna",
    "Tamsin",
    "Demelza",
    "Leocadia",
    "Nolwenn",
    "Solenne",
    "Oriane",
    "Ysolde",
    "Liesbeth",
    "Marijke",
    "Sieglinde",
    "Hedwig",
    "Waltraud",
    "Dagny",
    "Sigrun",
    "Ragnhild",
    "Thorunn",
    "Ebele",
    "Chiamaka",
    "Ifeoma",
    "Nneka",
    "Yewande",
    "Titilayo",
    "Funmilayo",
    "Efua",
    "Adwoa",
    "Wanjiru",
    "Nyokabi",
    "Achieng",
    "Zawadi",
    "Thandiwe",
    "Nomvula",
    "Lerato",
    "Palesa",
    "Vasilisa",
    "Ludmila",
    "Zdenka",
    "Radmila",
    "Dragana",
    "Jadwiga",
    "Wieslawa",
    "Grazyna",
    "Rumyana",
    "Yordanka",
    "Lucasta",
    "Xoana",
    "Itziar",
    "Amaia",
    "Edurne",
    "Garbine",
    "Oihana",
    "Macarena",
    "Consuelo",
    "Remedios",
    "Guadalupe",
    "Inmaculada",
    "Fuensanta",
]
EN_FIRST_M = [
    "Leocadio",
    "Anacleto",
    "Eleuterio",
    "Bonifacio",
    "Hermenegildo",
    "Tiburcio",
    "Wenceslao",
    "Evaristo",
    "Heraclio",
    "Agapito",
    "Crisanto",
    "Isidoro",
    "Prudencio",
    "Saturnino",
    "Segismundo",
    "Telesforo",
    "Ruaidhri",
    "Fiachra",
    "Donncha",
    "Cathal",
    "Diarmuid",
    "Eoghan",
    "Odhran",
    "Peadar",
    "Seosamh",
    "Breandan",
    "Cillian",
    "Ferdia",
    "Somhairle",
    "Torcuil",
    "Kenelm",
    "Osmund",
    "Aldous",
    "Ethelbert",
    "Egbert",
    "Cuthbert",
    "Godric",
    "Hereward",
    "Leofwine",
    "Piran",
    "Jago",
    "Meinhard",
    "Gottfried",
    "Reinhold",
    "Wolfram",
    "Sigismund",
    "Eberhard",
    "Bjarni",
    "Eyvind",
    "Halvard",
    "Snorri",
    "Torleif",
    "Vidar",
    "Chidubem",
    "Ikenna",
    "Obinna",
    "Uchenna",
    "Chinedu",
    "Olumide",
    "Babatunde",
    "Adewale",
    "Kiprono",
    "Wekesa",
    "Sipho",
    "Thabo",
    "Mandla",
    "Bongani",
    "Dumisani",
    "Radovan",
    "Bogdan",
    "Miroslav",
    "Zdzislaw",
    "Przemyslaw",
    "Wojciech",
    "Bartosz",
    "Grzegorz",
    "Tymoteusz",
    "Svyatoslav",
    "Rostislav",
]
EN_FIRST_WORDS_F = [
    "Prudence",
    "Constance",
    "Charity",
    "Verity",
    "Blossom",
    "Coral",
    "Pearl",
    "Ruby",
    "Jade",
    "Heather",
    "Holly",
    "Meadow",
    "Poppy",
    "Saffron",
    "Ginger",
    "Olive",
    "Violet",
    "Rosemary",
    "Honey",
    "Precious",
    "Destiny",
    "Harmony",
    "Melody",
    "Serenity",
    "Trinity",
    "Liberty",
    "Faith",
    "Honor",
    "Amber",
    "Crystal",
    "Patience",
    "Ivy",
    "Daisy",
]
EN_FIRST_WORDS_M = [
    "Clement",
    "Clay",
    "Forrest",
    "Cliff",
    "Dale",
    "Glen",
    "Heath",
    "Reed",
    "Flint",
    "Buck",
    "Colt",
    "Duke",
    "King",
    "Major",
    "Prince",
    "Sonny",
    "Justice",
    "Storm",
    "Frost",
    "Noel",
    "Sunny",
    "Rusty",
    "Dusty",
    "Robin",
    "Drew",
    "Hunter",
    "Chase",
    "River",
    "Sterling",
    "Rocky",
    "Frank",
    "Ernest",
]
NICK = {
    "Philomena": "Mena",
    "Euphemia": "Effie",
    "Jemima": "Mima",
    "Hermenegildo": "Gildo",
    "Bonifacio": "Boni",
    "Wenceslao": "Wences",
    "Segismundo": "Mundo",
    "Cuthbert": "Cuddy",
    "Bartosz": "Bartek",
    "Przemyslaw": "Przemek",
    "Wojciech": "Wojtek",
    "Svyatoslav": "Slava",
    "Rostislav": "Rostik",
    "Tymoteusz": "Tymek",
    "Babatunde": "Tunde",
    "Chinedu": "Nedu",
    "Leocadia": "Cady",
    "Guadalupe": "Lupita",
    "Inmaculada": "Inma",
    "Remedios": "Reme",
    "Consuelo": "Chelo",
    "Macarena": "Maca",
    "Funmilayo": "Funmi",
    "Thandiwe": "Thandi",
    "Jadwiga": "Jadzia",
}
EN_SUR_COMMON = [
    "Rossi",
    "Schmidt",
    "Singh",
    "Kaur",
    "Moreno",
    "Jankowski",
    "Patel",
    "Kowalczyk",
    "Nowicki",
    "Kaminski",
    "Novotny",
    "Petrovic",
    "Yilmaz",
    "Tanaka",
    "Perera",
    "Menon",
]
EN_SUR_RARE = [
    "Vellacott",
    "Thistlethwaite",
    "Aubertin",
    "Przybylski",
    "Papadopoulos",
    "Vukovic",
    "Czarnecki",
    "Trevelyan",
    "Urquhart",
    "Rautenbach",
    "Bhattacharya",
    "Raghunathan",
    "Chukwuemeka",
    "Haraldsdottir",
    "Szabolcsi",
    "Wojciechowska",
    "Tshabalala",
    "Featherstonhaugh",
    "Gundersen",
    "Abernethy",
    "Scrivener",
    "Pennefather",
    "Polglase",
    "Nankivell",
    "Chenoweth",
    "Bolitho",
    "Mitchinson",
    "Gilhooly",
    "Mulcahy",
    "Hanrahan",
    "Moynihan",
    "Ogunleye",
    "Oyedepo",
    "Akinwande",
    "Olaniyan",
    "Nnadi",
    "Agyeman",
    "Kariuki",
    "Njoroge",
    "Odhiambo",
    "Khumalo",
    "Nxumalo",
    "Bezuidenhout",
    "Hagstrom",
    "Bergkvist",
    "Ljungberg",
    "Fjeldstad",
    "Ostergaard",
    "Thorvaldsen",
    "Magnusdottir",
    "Jokinen",
    "Hamalainen",
    "Laaksonen",
    "Lewandowska",
    "Szymanska",
    "Grabowska",
    "Prochazka",
    "Djordjevic",
    "Stojanovic",
    "Dumitrescu",
    "Constantinescu",
    "Konstantinidis",
    "Christodoulou",
    "Ozturk",
    "Hamdan",
    "Saliba",
    "Boutros",
    "Ghorbani",
    "Venkataraman",
    "Krishnamurthy",
    "Ramaswamy",
    "Wickramasinghe",
    "Siriwardena",
    "Tsuchiya",
    "Kaneshiro",
    "Arakaki",
    "Thibodeaux",
    "Arceneaux",
    "Robichaux",
    "Castiglione",
    "Zanetti",
]
EN_SUR_APOS = [
    "O'Shaughnessy",
    "D'Souza",
    "O'Donoghue",
    "N'Diaye",
    "D'Arcy",
    "O'Halloran",
    "Dell'Olio",
    "O'Loughlin",
    "M'Gonigle",
    "D'Alessandro",
    "D'Onofrio",
    "O'Riordan",
    "L'Estrange",
]
EN_SUR_HYPH = [
    "Ashby-Wolde",
    "Fotheringham-Reyes",
    "Castillo-Whitmore",
    "Kerr-Lindgren",
    "Vane-Tempest",
    "Llewelyn-Bowen",
    "Sackville-Monteith",
    "Haddon-Cave",
    "Carew-Pole",
    "Adjei-Lamptey",
    "Tolhurst-Ferrante",
]
EN_SUR_PART = [
    "van der Merwe",
    "de la Cruz",
    "von Ahlefeldt",
    "da Silva",
    "le Roux",
    "ter Horst",
    "Mac Giolla Bhrighde",
    "van Houten",
    "ten Brink",
    "van Rensburg",
    "du Plessis",
    "van Niekerk",
]
EN_SUR_WORDS = [
    "Moody",
    "Sharp",
    "Short",
    "Bland",
    "Payne",
    "Cross",
    "Wells",
    "Fields",
    "Goodbody",
    "Lovejoy",
    "Walker",
    "Gray",
    "Rich",
    "Heal",
    "Cook",
    "Mason",
    "Fisher",
    "Fowler",
    "Gardner",
    "Porter",
    "Sawyer",
    "Coffin",
    "Bone",
    "Marrow",
    "Legg",
    "Foote",
    "Cheek",
    "Chinn",
    "Cure",
    "Sweat",
    "Paine",
    "Strong",
    "Stout",
    "Sweet",
    "Mustard",
    "Bean",
    "Pease",
    "Lemon",
    "Plum",
    "Berry",
    "Cherry",
    "Peach",
]

# Addresses
ZH_CITIES = [
    ("浙江省", "杭州市", ["西湖区", "拱墅区", "滨江区"], "310"),
    ("广东省", "佛山市", ["禅城区", "南海区"], "528"),
    ("四川省", "绵阳市", ["涪城区", "游仙区"], "621"),
    ("湖南省", "株洲市", ["芦淞区", "天元区"], "412"),
    ("江苏省", "无锡市", ["梁溪区", "滨湖区"], "214"),
    ("山东省", "潍坊市", ["奎文区", "潍城区"], "261"),
    ("河南省", "洛阳市", ["涧西区", "西工区"], "471"),
    ("福建省", "泉州市", ["鲤城区", "丰泽区"], "362"),
    ("云南省", "曲靖市", ["麒麟区"], "655"),
    ("黑龙江省", "齐齐哈尔市", ["龙沙区", "铁锋区"], "161"),
    ("广西壮族自治区", "柳州市", ["城中区", "鱼峰区"], "545"),
    ("甘肃省", "天水市", ["秦州区", "麦积区"], "741"),
    ("", "上海市", ["徐汇区", "杨浦区", "普陀区"], "200"),
    ("", "重庆市", ["渝中区", "沙坪坝区"], "400"),
    ("", "北京市", ["朝阳区", "海淀区", "丰台区"], "100"),
    ("", "天津市", ["河西区", "南开区"], "300"),
]
ZH_COUNTIES = [
    ("河北省", "保定市", "清苑区"),
    ("安徽省", "阜阳市", "临泉县"),
    ("江西省", "赣州市", "于都县"),
    ("湖北省", "黄冈市", "蕲春县"),
    ("贵州省", "遵义市", "湄潭县"),
    ("陕西省", "汉中市", "城固县"),
    ("山西省", "晋中市", "平遥县"),
    ("湖南省", "邵阳市", "隆回县"),
]
ZH_STREET_ROOT = [
    "枫杨",
    "云栖",
    "槐荫",
    "望江",
    "紫藤",
    "晓园",
    "鹤鸣",
    "桂溪",
    "松涛",
    "茶亭",
    "梧村",
    "双塔",
    "东篱",
    "柳营",
    "凤鸣",
    "玉带",
    "青萍",
    "清风",
    "麒麟",
    "芙蓉",
    "荷塘",
    "银湖",
    "石榴",
    "榆钱",
    "桑园",
    "蓼花",
    "芦荻",
    "鸥鹭",
    "莲塘",
    "棠棣",
    "荻港",
    "枇杷",
    "橘园",
]
ZH_STREET_SUF = ["路", "街", "大道", "巷", "北路", "东路", "中路", "南街"]
ZH_COMPOUND_ROOT = [
    "翠湖",
    "梧桐",
    "绿洲",
    "香樟",
    "和煦",
    "悦澜",
    "溪岸",
    "琥珀",
    "丹桂",
    "澜山",
    "星河",
    "泊岸",
    "朗月",
    "蓝湾",
    "瑞景",
    "映月",
    "拾光",
]
ZH_COMPOUND_SUF = ["小区", "花园", "苑", "家园", "公寓", "新村", "名邸", "雅居", "华庭", "里"]
ZH_VILLAGE = [
    "石桥村",
    "下湾村",
    "柳林村",
    "岔口村",
    "杏花村",
    "河埠村",
    "后沟村",
    "白鹭村",
    "塘坊村",
    "韩家坪村",
    "枣树湾村",
    "三道河村",
    "榆树沟村",
    "碾盘村",
    "老鸦窝村",
    "油坊村",
    "磨盘山村",
    "牛栏村",
]
ZH_TOWN = [
    "双河镇",
    "龙潭镇",
    "马坊镇",
    "青石镇",
    "桃林乡",
    "太平镇",
    "高桥镇",
    "鹿鸣乡",
    "白沙镇",
    "沙窝镇",
    "麻柳乡",
    "蒿坪镇",
    "烟墩镇",
]
US_CITIES = [
    ("Dayton", "OH", "454"),
    ("Boise", "ID", "837"),
    ("Tacoma", "WA", "984"),
    ("Albany", "NY", "122"),
    ("Macon", "GA", "312"),
    ("Duluth", "MN", "558"),
    ("Lubbock", "TX", "794"),
    ("Burlington", "VT", "054"),
    ("Fresno", "CA", "937"),
    ("Toledo", "OH", "436"),
    ("Spokane", "WA", "992"),
    ("Asheville", "NC", "288"),
]
US_STREET = [
    "Tanglewood",
    "Marchbank",
    "Ellesmere",
    "Wyndcliffe",
    "Saltonstall",
    "Oxbow",
    "Corbridge",
    "Hollyhock",
    "Brambleton",
    "Sassafras",
    "Wolcott",
    "Cheever",
    "Halsey",
    "Dunmore",
    "Chickasaw",
    "Pickering",
    "Pettigrew",
    "Hobart",
    "Sandpiper",
    "Bellbrook",
    "Cranesbill",
    "Osprey",
    "Birchfield",
    "Swallowtail",
    "Milkweed",
    "Bluestem",
    "Coneflower",
]
US_SUF = [
    "Street",
    "St",
    "Ave",
    "Avenue",
    "Road",
    "Rd",
    "Blvd",
    "Lane",
    "Ln",
    "Drive",
    "Dr",
    "Court",
    "Ct",
    "Terrace",
    "Way",
    "Pike",
]
UK_TOWNS = [
    ("Hexham", "NE46"),
    ("Kendal", "LA9"),
    ("Truro", "TR1"),
    ("Ludlow", "SY8"),
    ("Ely", "CB7"),
    ("Whitby", "YO21"),
    ("Bangor", "LL57"),
    ("Dumfries", "DG1"),
    ("Stroud", "GL5"),
    ("Harrogate", "HG2"),
    ("Belfast", "BT7"),
    ("Leeds", "LS6"),
    ("Bristol", "BS3"),
]
UK_STREET = [
    "Quayside",
    "Wheelwright",
    "Cordwainer",
    "Lambourne",
    "Pennycress",
    "Fellside",
    "Tollgate",
    "Saddler",
    "Rookery",
    "Haverigg",
    "Copperbeech",
    "Glebeland",
    "Millstream",
    "Ravenglass",
    "Skelwith",
    "Tarnside",
    "Dovecote",
    "Mortlake",
    "Lanternfield",
    "Quarrybank",
    "Nettlebed",
    "Furzebank",
    "Thimbleby",
]
UK_SUF = ["Road", "Lane", "Close", "Crescent", "Mews", "Gardens", "Grove", "Terrace", "Row", "Walk", "Place"]
UK_VILLAGE = [
    "Nether Wallop",
    "Little Snoring",
    "Great Ayton",
    "Long Compton",
    "Kirkby Overblow",
    "Chipping Sodbury",
    "Upper Slaughter",
    "Sutton Poyntz",
]
US_COMPOUND = [
    "Maple Grove Apartments",
    "Riverside Court",
    "Cedar Hollow Townhomes",
    "Harbor View Residences",
    "Willowbrook Manor",
]
EMAIL_HOSTS_ZH = ["163.com", "qq.com", "126.com", "sina.com", "foxmail.com", "139.com", "yeah.net"]
EMAIL_HOSTS_EN = [
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "icloud.com",
    "protonmail.com",
    "hotmail.com",
    "btinternet.com",
    "aol.com",
]
PINYIN = dict(
    zip(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢",
        "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song "
        "tang xu han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai yu du ye cheng su wei lv ding ren "
        "shen yao lu".split(),
    )
)

# Clinical values
ZH_DX = [
    "2型糖尿病",
    "原发性高血压",
    "社区获得性肺炎",
    "慢性阻塞性肺疾病急性加重",
    "急性阑尾炎",
    "胆囊结石伴慢性胆囊炎",
    "冠状动脉粥样硬化性心脏病",
    "腰椎间盘突出症",
    "缺铁性贫血",
    "甲状腺功能减退症",
    "慢性肾脏病3期",
    "急性胃肠炎",
    "支气管哮喘",
    "脑梗死恢复期",
    "心房颤动",
    "痛风性关节炎",
    "妊娠期糖尿病",
    "手足口病",
    "轮状病毒肠炎",
    "川崎病",
    "帕金森病",
    "桥本甲状腺炎",
]
ZH_DRUG = [
    "二甲双胍 0.5g 每日三次",
    "氨氯地平 5mg 每日一次",
    "阿托伐他汀 20mg 每晚一次",
    "阿司匹林肠溶片 100mg qd",
    "头孢呋辛 0.25g bid",
    "奥美拉唑 20mg 每日两次",
    "左甲状腺素钠 50μg 晨起空腹",
    "布地奈德福莫特罗 160/4.5μg 每次1吸",
    "硝苯地平控释片 30mg qd",
    "呋塞米 20mg qd",
    "琥珀酸美托洛尔 47.5mg qd",
    "甘精胰岛素 12U 睡前",
    "蒙脱石散 1袋 tid",
    "布洛芬混悬液 5ml prn",
    "对乙酰氨基酚 0.5g prn",
    "华法林 2.5mg qd",
    "利伐沙班 15mg bid",
    "别嘌醇 0.1g qd",
    "阿莫西林克拉维酸钾 0.457g bid",
    "孟鲁司特钠 4mg qn",
]
ZH_LAB = [
    "血红蛋白 98g/L",
    "空腹血糖 8.6mmol/L",
    "糖化血红蛋白 7.9%",
    "肌酐 132μmol/L",
    "eGFR 48ml/min",
    "白细胞 12.3×10⁹/L",
    "CRP 46mg/L",
    "ALT 58U/L",
    "TSH 6.8mIU/L",
    "血钾 3.2mmol/L",
    "尿酸 512μmol/L",
    "INR 2.4",
    "BNP 860pg/ml",
    "D-二聚体 1.8mg/L",
    "降钙素原 0.6ng/ml",
    "血小板 86×10⁹/L",
    "总胆红素 41μmol/L",
    "LDL-C 3.9mmol/L",
]
ZH_DEPT = [
    "心内科",
    "呼吸与危重症医学科",
    "内分泌科",
    "普外科",
    "骨科",
    "儿科",
    "新生儿科",
    "妇产科",
    "口腔科",
    "神经内科",
    "肾内科",
    "消化内科",
    "急诊科",
    "康复医学科",
    "老年医学科",
]
ZH_HOSP = [
    "北京协和医院",
    "四川大学华西医院",
    "中南大学湘雅医院",
    "复旦大学附属中山医院",
    "浙江大学医学院附属邵逸夫医院",
    "吉林大学白求恩第一医院",
    "中山大学孙逸仙纪念医院",
    "上海交通大学医学院附属瑞金医院",
    "中国福利会国际和平妇幼保健院",
    "首都医科大学附属北京儿童医院",
    "南京鼓楼医院",
    "郑州大学第一附属医院",
    "宋庆龄儿童医学中心",
]
EN_DX = [
    "type 2 diabetes mellitus",
    "essential hypertension",
    "community-acquired pneumonia",
    "COPD exacerbation",
    "acute appendicitis",
    "symptomatic cholelithiasis",
    "atrial fibrillation",
    "CKD stage 3a",
    "iron-deficiency anaemia",
    "hypothyroidism",
    "moderate persistent asthma",
    "gout flare",
    "cellulitis of the left leg",
    "pyelonephritis",
    "NSTEMI",
    "left popliteal DVT",
    "migraine without aura",
    "acute otitis media",
    "bronchiolitis",
    "gestational diabetes",
    "Crohn's disease",
    "Hashimoto's thyroiditis",
    "Bell's palsy",
]
EN_DRUG = [
    "metformin 500 mg BID",
    "amlodipine 5 mg daily",
    "atorvastatin 40 mg nightly",
    "lisinopril 10 mg daily",
    "rivaroxaban 20 mg with supper",
    "levothyroxine 75 mcg daily",
    "sertraline 50 mg daily",
    "amoxicillin 500 mg TID",
    "prednisolone 30 mg OD",
    "furosemide 40 mg OD",
    "salbutamol 100 mcg 2 puffs PRN",
    "omeprazole 20 mg daily",
    "insulin glargine 18 units at bedtime",
    "doxycycline 100 mg BID",
    "nitrofurantoin 100 mg BID",
    "paracetamol 1 g QDS",
    "ibuprofen 400 mg TDS",
    "colchicine 500 mcg BD",
    "ferrous sulfate 200 mg OD",
    "bisoprolol 2.5 mg OD",
]
EN_LAB = [
    "Hb 96 g/L",
    "HbA1c 8.1%",
    "creatinine 1.6 mg/dL",
    "eGFR 42",
    "K+ 5.8",
    "Na 131",
    "WBC 14.2",
    "CRP 88",
    "troponin I 0.42 ng/mL",
    "TSH 7.2",
    "INR 3.1",
    "ferritin 9 ng/mL",
    "BNP 1240",
    "lactate 2.8",
    "platelets 92",
    "ALT 71",
    "LDL 4.1 mmol/L",
]
EN_DEPT = [
    "Cardiology",
    "Respiratory Medicine",
    "Endocrinology",
    "General Surgery",
    "Orthopaedics",
    "Paediatrics",
    "Obstetrics",
    "Neurology",
    "Nephrology",
    "Gastroenterology",
    "Emergency Department",
    "Physiotherapy",
    "Clinical Genetics",
    "Dermatology",
]
EN_HOSP = [
    "Johns Hopkins Hospital",
    "Mayo Clinic",
    "Addenbrooke's Hospital",
    "John Radcliffe Hospital",
    "Great Ormond Street Hospital",
    "Royal Victoria Infirmary",
    "Ninewells Hospital",
    "Brigham and Women's Hospital",
    "Cedars-Sinai Medical Center",
    "St Thomas' Hospital",
    "Massachusetts General Hospital",
    "Alder Hey Children's Hospital",
    "Freeman Hospital",
    "St Jude Children's Research Hospital",
    "MD Anderson Cancer Center",
]
ICD = [
    "E11.9",
    "I10",
    "J18.9",
    "J44.1",
    "K35.80",
    "K80.20",
    "I48.91",
    "N18.31",
    "D50.9",
    "E03.9",
    "J45.40",
    "M10.9",
    "L03.116",
    "N10",
    "I21.4",
    "I82.432",
    "G43.009",
    "H66.90",
    "J21.9",
    "O24.419",
    "K50.90",
    "E06.3",
    "G51.0",
]
ZH_VACC = [
    "乙肝疫苗第2剂",
    "百白破疫苗第3剂",
    "脊灰灭活疫苗",
    "麻腮风疫苗",
    "乙脑减毒活疫苗",
    "13价肺炎球菌结合疫苗",
    "四价流感疫苗",
    "水痘减毒活疫苗",
    "九价HPV疫苗第1剂",
    "A群C群流脑多糖疫苗",
    "甲肝灭活疫苗",
]
EN_VACC = [
    "DTaP dose 3",
    "MMR dose 1",
    "Hep B dose 2",
    "PCV13 dose 1",
    "Tdap booster",
    "Shingrix dose 2",
    "influenza (quadrivalent)",
    "HPV9 dose 1",
    "MenACWY",
    "rotavirus (RV5) dose 2",
    "IPV dose 4",
    "varicella dose 2",
]


# --------------------------------------------------------------------------------------------
# The generator of one conversation
# --------------------------------------------------------------------------------------------


def _cn_check(body: str) -> str:
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(d) * w for d, w in zip(body, weights)) % 11]


def _nhs_check(body: str) -> int | None:
    check = 11 - sum(int(d) * w for d, w in zip(body, range(10, 1, -1))) % 11
    return None if check == 10 else check % 11


ZH_NUM = "〇一二三四五六七八九"
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


def _zh_digits(n: int) -> str:
    return "".join(ZH_NUM[int(d)] for d in str(n))


def _zh_small(n: int) -> str:
    """1-31 written in Chinese numerals (三月, 二十五日)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else ZH_NUM[tens] + "十")
    return head + (ZH_NUM[ones] if ones else "")


def _ordinal(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


class G:
    """Random helpers for one conversation; every identifier it makes is an `Ident`."""

    def __init__(self, seed: str) -> None:
        self.r = random.Random(seed)

    # basics
    def pick(self, xs):  # type: ignore[no-untyped-def]
        return self.r.choice(xs)

    def picks(self, xs, k: int):  # type: ignore[no-untyped-def]
        return self.r.sample(xs, k)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def digits(self, n: int, first: str = "123456789") -> str:
        return self.r.choice(first) + "".join(self.r.choice("0123456789") for _ in range(n - 1))

    def num(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    # names
    def zh_person(self, style: str = "any", female: bool | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        roll = (
            self.r.random() if style == "any" else {"common": 0.1, "rare": 0.55, "double": 0.8, "married": 0.95}[style]
        )
        sur = (
            self.pick(ZH_SUR_COMMON)
            if roll < 0.5
            else self.pick(ZH_SUR_RARE)
            if roll < 0.72
            else self.pick(ZH_SUR_DOUBLE)
        )
        g = self.r.random()
        if g < 0.22:
            given = self.pick(ZH_G_WORDS)
        elif g < 0.35 and len(sur) == 1:
            given = self.pick(ZH_G_SINGLE)
        else:
            given = self.pick(ZH_G1) + self.pick(ZH_G2)
        full = sur + given
        if style == "any" and self.chance(0.05):  # a name that is also a word: 高山, 夏天
            full = self.pick(ZH_FULL_WORDS)
            sur, given = full[0], full[1:]
        if roll >= 0.93 and female and len(sur) == 1 and len(given) == 2:  # 冠夫姓: 陈李淑仪
            full = self.pick(ZH_SUR_COMMON) + sur + given
        parts = [full] + ([given] if len(given) >= 2 else [])
        return Person(Ident("NAME", full, parts), sur, given, female=female)

    def en_person(self, style: str = "any", female: bool | None = None, form: str = "plain") -> Person:
        female = self.chance(0.5) if female is None else female
        r = self.r.random()
        if r < 0.18:
            first = self.pick(EN_FIRST_WORDS_F if female else EN_FIRST_WORDS_M)
        else:
            first = self.pick(EN_FIRST_F if female else EN_FIRST_M)
        s = (
            self.r.random()
            if style == "any"
            else {"rare": 0.3, "apos": 0.6, "hyph": 0.7, "part": 0.8, "word": 0.9}[style]
        )
        if s < 0.2:
            last = self.pick(EN_SUR_COMMON)
        elif s < 0.55:
            last = self.pick(EN_SUR_RARE)
        elif s < 0.65:
            last = self.pick(EN_SUR_APOS)
        elif s < 0.75:
            last = self.pick(EN_SUR_HYPH)
        elif s < 0.85:
            last = self.pick(EN_SUR_PART)
        else:
            last = self.pick(EN_SUR_WORDS)
        core = last.split(" ")[-1] if " " in last else last
        last_parts = [last] if " " not in last else [last, core]
        if "-" in last:
            last_parts += last.split("-")
        mid = self.pick("ABCDEFGHJKLMNPRSTW")
        text = {
            "plain": f"{first} {last}",
            "middle": f"{first} {mid}. {last}",
            "lastfirst": f"{last}, {first}",
            "lastfirstm": f"{last}, {first} {mid}",
            "upper": f"{last.upper()}, {first.upper()}",
            "lower": f"{first.lower()} {last.lower()}",
            "initial": f"{first[0]}. {last}",
        }[form]
        parts = ([] if form == "initial" else [first]) + last_parts
        if form == "upper":
            parts = [x.upper() for x in parts]
        elif form == "lower":
            parts = [x.lower() for x in parts]
        return Person(Ident("NAME", text, parts), last, "", first=first, female=female)

    # phones
    def cn_mobile(self) -> Ident:
        pre = self.pick(["13", "15", "18", "17", "19", "16"]) + self.digits(1, "0123456789")
        a, b = self.digits(4, "0123456789"), self.digits(4, "0123456789")
        form = self.num(0, 6)
        text = [
            f"{pre}{a}{b}",
            f"{pre}-{a}-{b}",
            f"{pre} {a} {b}",
            f"+86 {pre} {a} {b}",
            f"+86-{pre}{a}{b}",
            f"(+86){pre}{a}{b}",
            f"0086 {pre}{a}{b}",
        ][form]
        parts = [f"{pre}{a}{b}"] if form in (0, 4, 5, 6) else [pre, a, b]
        return Ident("PHONE", text, parts)

    def cn_landline(self) -> Ident:
        area = self.pick(["010", "021", "0571", "0755", "028", "0731", "0532", "0931", "0871"])
        n = 8 if len(area) == 3 else self.pick([7, 8])
        local = self.digits(n, "2345678")
        form = self.num(0, 3)
        if form == 0:
            return Ident("PHONE", f"{area}-{local}", [local])
        if form == 1:
            return Ident("PHONE", f"({area}){local}", [local])
        if form == 2 and n == 8:
            return Ident("PHONE", f"{area}-{local[:4]} {local[4:]}", [local[:4], local[4:]])
        ext = self.digits(4)
        return Ident("PHONE", f"{area}-{local}转{ext}", [local])

    def us_phone(self) -> Ident:
        area = self.digits(3, "2345678")
        ex, line = self.digits(3, "2345679"), self.digits(4, "0123456789")
        form = self.num(0, 5)
        text = [
            f"({area}) {ex}-{line}",
            f"{area}.{ex}.{line}",
            f"+1 {area}-{ex}-{line}",
            f"{area} {ex} {line}",
            f"{area}{ex}{line}",
            f"1-{area}-{ex}-{line}",
        ][form]
        return Ident("PHONE", text, [f"{area}{ex}{line}"] if form == 4 else [ex, line])

    def uk_phone(self) -> Ident:
        if self.chance(0.5):
            pre, rest = "7" + self.digits(3, "1234589"), self.digits(6, "0123456789")
            text = self.pick([f"0{pre} {rest}", f"+44 {pre} {rest}", f"+44 (0){pre} {rest}", f"0{pre}{rest}"])
            return Ident("PHONE", text, [f"0{pre}{rest}"] if text.startswith(f"0{pre}{rest}") else [pre, rest])
        area = self.pick(["0161", "0113", "0117", "0131", "0191", "01434", "01539"])
        a, b = self.digits(3, "2345678"), self.digits(4, "0123456789")
        if len(area) == 5:
            a = a + self.digits(3, "0123456789")[:3]
            return Ident("PHONE", self.pick([f"{area} {a}", f"({area}) {a}"]), [a])
        return Ident("PHONE", self.pick([f"{area} {a} {b}", f"+44 {area[1:]} {a} {b}", f"({area}) {a}-{b}"]), [a, b])

    # identity numbers
    def cn_id(
        self,
        year: int | None = None,
        month: int | None = None,
        day: int | None = None,
        spaced: bool | None = None,
        dob: Ident | None = None,
        who: Person | None = None,
    ) -> Ident:
        """A resident ID with a valid check digit; with `dob`, its birth date is that date of birth's."""
        if dob is not None:
            year, month, day = dob.ymd
        region = self.pick(
            [
                "110105",
                "310104",
                "440305",
                "330106",
                "510107",
                "420106",
                "610113",
                "350203",
                "370202",
                "530102",
                "130608",
                "341221",
                "360731",
            ]
        )
        year = year or self.num(1940, 2015)
        month, day = month or self.num(1, 12), day or self.num(1, 28)
        seq = self.digits(2, "0123456789") + (
            self.pick("02468" if who.female else "13579") if who else self.digits(1, "0123456789")
        )
        body = f"{region}{year:04d}{month:02d}{day:02d}{seq}"  # the 17th digit: odd for men, even for women
        number = body + _cn_check(body)
        if number.endswith("X") and self.chance(0.3):
            number = number[:-1] + "x"
        if spaced if spaced is not None else self.chance(0.25):
            groups = [number[:6], number[6:14], number[14:]]
            return Ident("ID", " ".join(groups), groups)
        return Ident("ID", number, [number])

    def passport(self, country: str = "cn") -> Ident:
        if country == "cn":
            n = self.pick([f"E{self.digits(8)}", f"E{self.pick('ABCDEFGHJK')}{self.digits(7)}", f"G{self.digits(8)}"])
        elif country == "hk":
            n = f"C{self.digits(8)}"  # 港澳通行证
        else:
            n = self.digits(9)
        return Ident("ID", n, [n])

    def ssn(self) -> Ident:
        area = self.num(1, 899)
        while area == 666:
            area = self.num(1, 899)
        a, g, s = f"{area:03d}", f"{self.num(1, 99):02d}", f"{self.num(1, 9999):04d}"
        return self.pick(
            [
                Ident("ID", f"{a}-{g}-{s}", [a, s]),
                Ident("ID", f"{a} {g} {s}", [a, s]),
                Ident("ID", f"{a}{g}{s}", [f"{a}{g}{s}"]),
            ]
        )

    def nhs(self) -> Ident:
        while True:
            body = self.digits(9, "4679")
            check = _nhs_check(body)
            if check is not None:
                break
        n = body + str(check)
        if self.chance(0.7):
            g = [n[:3], n[3:6], n[6:]]
            return Ident("ID", " ".join(g), g)
        return Ident("ID", n, [n])

    def mrn(self, style: str = "any") -> Ident:
        f = self.num(0, 6)
        if f == 0:
            n = self.digits(self.pick([6, 7, 8, 10]), "0123456789")
            n = "0" + n[1:] if self.chance(0.3) else n
            return Ident("MRN", n, [n])
        if f == 1:
            n = self.pick(["ZY", "MZ", "H", "UR", "K", "RX", "BA"]) + self.digits(self.pick([6, 8, 9]), "0123456789")
            return Ident("MRN", n, [n])
        if f == 2:
            a, b, c = self.digits(2, "0123456789"), self.digits(2, "0123456789"), self.digits(4, "0123456789")
            return Ident("MRN", f"{a}-{b}-{c}", [c] if (a + b).isdigit() else [c])
        if f == 3:
            y, n = self.pick(["2023", "2024", "2025"]), self.digits(6, "0123456789")
            t = f"{self.pick(['M', 'P', 'IP', 'OP'])}-{y}-{n}"
            return Ident("MRN", t, [n])
        if f == 4:
            a, b = self.digits(3), self.digits(4, "0123456789")
            return Ident("MRN", f"{a} {b}", [a, b])
        if f == 5:
            n = self.digits(7, "0123456789")
            return Ident("MRN", f"{n}/{self.num(1, 9)}", [n])
        n = self.digits(10, "0")
        return Ident("MRN", n, [n])

    # e-mail
    def email(self, who: Person | None = None, zh: bool = True) -> Ident:
        if zh:
            if self.chance(0.35) or who is None:
                local = self.digits(self.pick([8, 9, 10]))
                host = "qq.com"
            else:
                py = PINYIN.get(who.sur[-1], self.pick(["xiao", "mei", "jun", "lan"]))
                local = self.pick(
                    [
                        f"{py}{self.digits(4, '0123456789')}",
                        f"{py}_{self.pick(['yy', 'xm', 'jj', 'lx', 'qq'])}{self.num(60, 99)}",
                        f"{py}.{self.pick(['doc', 'mama', 'home', 'work'])}{self.num(1, 99)}",
                    ]
                )
                host = self.pick(EMAIL_HOSTS_ZH)
        else:
            tag = self.pick(
                [
                    "birdwatcher",
                    "mum.of.3",
                    "runner",
                    "gardenlover",
                    "tidepool",
                    "bookish",
                    "pianoman",
                    "allotment",
                    "marathon",
                    "knitwit",
                ]
            )
            local = self.pick(
                [
                    f"{tag}{self.num(10, 99)}",
                    f"{tag}.{self.digits(3, '0123456789')}",
                    f"{self.pick('abcdefghjkmnprstw')}{self.pick('abcdefghjkmnprstw')}.{tag}",
                ]
            )
            host = self.pick(EMAIL_HOSTS_EN)
        return Ident("EMAIL", f"{local}@{host}", [local])

    # dates of birth
    def zh_dob(self, year: int | None = None) -> Ident:
        y, m, d = year or self.num(1938, 2012), self.num(1, 12), self.num(1, 28)
        f = self.num(0, 8)
        forms = [
            (f"{y}年{m}月{d}日", f"{m}月{d}日"),
            (f"{y}.{m:02d}.{d:02d}", f"{m:02d}.{d:02d}"),
            (f"{y}-{m}-{d}", f"{m}-{d}"),
            (f"{y % 100:02d}年{m}月{d}号", f"{m}月{d}号"),
            (f"{_zh_digits(y)}年{_zh_small(m)}月{_zh_small(d)}日", f"{_zh_small(m)}月{_zh_small(d)}日"),
            (f"{y}{m:02d}{d:02d}", f"{m:02d}{d:02d}"),
            (f"{y}/{m:02d}/{d:02d}", f"{m:02d}/{d:02d}"),
            (f"{y}年{m:02d}月{d:02d}日", f"{m:02d}月{d:02d}日"),
            (f"{y}年{m}月{d}日生", f"{m}月{d}日"),
        ]
        text, part = forms[f]
        dob = Ident("DOB", text, [part])
        dob.ymd = (y, m, d)
        return dob

    def en_dob(self, year: int | None = None) -> Ident:
        y, m, d = year or self.num(1938, 2012), self.num(1, 12), self.num(1, 28)
        mon = EN_MONTHS[m - 1]
        f = self.num(0, 9)
        forms = [
            (f"{m:02d}/{d:02d}/{y}", f"{m:02d}/{d:02d}"),
            (f"{d} {mon} {y}", f"{d} {mon}"),
            (f"{mon[:3]} {d}, '{y % 100:02d}", f"{mon[:3]} {d}"),
            (f"{y}-{m:02d}-{d:02d}", f"{m:02d}-{d:02d}"),
            (f"{_ordinal(d)} of {mon} {y}", f"{_ordinal(d)} of {mon}"),
            (f"{mon} {_ordinal(d)}, {y}", f"{mon} {_ordinal(d)}"),
            (f"{d:02d}-{mon[:3].upper()}-{y}", f"{d:02d}-{mon[:3].upper()}"),
            (f"{d}.{m}.{y % 100:02d}", f"{d}.{m}"),
            (f"{d:02d}/{m:02d}/{y}", f"{d:02d}/{m:02d}"),
            (f"{mon[:3]}{'.' if len(mon) > 3 else ''} {d} {y}", f"{mon[:3]}{'.' if len(mon) > 3 else ''} {d}"),
        ]
        text, part = forms[f]
        return Ident("DOB", text, [part])

    # addresses
    def zh_address(self, kind: str = "any") -> Ident:
        if kind == "village" or (kind == "any" and self.chance(0.3)):
            prov, city, county = self.pick(ZH_COUNTIES)
            town, village = self.pick(ZH_TOWN), self.pick(ZH_VILLAGE)
            grp = self.pick([f"{_zh_small(self.num(1, 9))}组", f"{self.num(1, 12)}组", ""])
            num = self.num(11, 199)
            head = self.pick([f"{prov}{city}{county}", f"{city}{county}", f"{county}"])
            text = f"{head}{town}{village}{grp}{num}号"
            return Ident("ADDRESS", text, [town, village, f"{grp}{num}号"])
        prov, city, dists, zip3 = self.pick(ZH_CITIES)
        dist = self.pick(dists)
        street = self.pick(ZH_STREET_ROOT) + self.pick(ZH_STREET_SUF)
        num = self.num(11, 999)
        comp = self.pick(ZH_COMPOUND_ROOT) + self.pick(ZH_COMPOUND_SUF)
        unit = self.pick(
            [
                f"{self.num(1, 30)}栋{self.num(1, 4)}单元{self.num(2, 28)}0{self.num(1, 4)}室",
                f"{self.num(1, 20)}幢{self.num(1, 18)}0{self.num(1, 6)}",
                f"{self.pick('ABCD')}座{self.num(5, 30)}0{self.num(1, 9)}室",
                f"{self.num(1, 15)}号楼{self.num(1, 6)}门{self.num(1, 9)}0{self.num(1, 4)}",
            ]
        )
        head = self.pick([f"{prov}{city}{dist}", f"{city}{dist}", f"{dist}"])
        text = f"{head}{street}{num}号{comp}{unit}"
        parts = [street, f"{num}号", comp]
        if self.chance(0.25):
            pc = zip3 + self.digits(3, "0123456789")
            text += f"（邮编{pc}）"
            parts.append(pc)
        return Ident("ADDRESS", text, parts)

    def us_address(self) -> Ident:
        num = str(self.num(100, 9899))
        d = self.pick(["", "N ", "S ", "E ", "W ", "NE ", "SW "])
        street = self.pick(US_STREET)
        suf = self.pick(US_SUF)
        city, st, z = self.pick(US_CITIES)
        zipc = z + self.digits(2, "0123456789") + (f"-{self.digits(4, '0123456789')}" if self.chance(0.2) else "")
        unit = self.pick(
            ["", f", Apt {self.num(1, 9)}{self.pick('ABCD')}", f", Unit {self.num(2, 40)}", f" #{self.num(101, 420)}"]
        )
        text = f"{num} {d}{street} {suf}{unit}, {city}, {st} {zipc}"
        return Ident("ADDRESS", text, [num, street, zipc])

    def uk_address(self) -> Ident:
        num = self.num(1, 240)
        street = self.pick(UK_STREET)
        suf = self.pick(UK_SUF)
        town, out = self.pick(UK_TOWNS)
        pc = f"{out} {self.num(1, 9)}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}"
        flat = self.pick(["", f"Flat {self.num(1, 12)}, ", f"{self.pick(['Rose', 'Ivy', 'Holly'])} Cottage, "])
        village = self.pick(UK_VILLAGE) if self.chance(0.3) else ""
        text = f"{flat}{num} {street} {suf}, {village + ', ' if village else ''}{town} {pc}"
        parts = [street, pc] + ([village] if village else []) + ([str(num)] if num >= 100 else [])
        return Ident("ADDRESS", text, parts)

    # clinical values, already protected
    def zdx(self) -> str:
        return P(self.pick(ZH_DX))

    def zdrug(self) -> str:
        return P(self.pick(ZH_DRUG))

    def zlab(self) -> str:
        return P(self.pick(ZH_LAB))

    def edx(self) -> str:
        return P(self.pick(EN_DX))

    def edrug(self) -> str:
        return P(self.pick(EN_DRUG))

    def elab(self) -> str:
        return P(self.pick(EN_LAB))

    def bp(self, zh: bool = True) -> str:
        v = f"{self.num(96, 182)}/{self.num(58, 108)}"
        return P(f"{v}mmHg" if zh and self.chance(0.6) else f"{v} mmHg" if self.chance(0.5) else f"BP {v}")

    def zdate(self, y: int = 2025) -> str:
        m, d = self.num(1, 12), self.num(1, 28)
        return P(self.pick([f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{m}月{d}日", f"{y}.{m:02d}.{d:02d}"]))

    def edate(self, y: int = 2025) -> str:
        m, d = self.num(1, 12), self.num(1, 28)
        return P(
            self.pick(
                [
                    f"{m:02d}/{d:02d}/{y}",
                    f"{d} {EN_MONTHS[m - 1][:3]} {y}",
                    f"{EN_MONTHS[m - 1]} {d}",
                    f"{y}-{m:02d}-{d:02d}",
                ]
            )
        )

    def zage(self, n: int | None = None) -> str:
        return P(f"{n or self.num(19, 91)}岁")

    def eage(self, n: int | None = None) -> str:
        n = n or self.num(19, 91)
        return P(self.pick([f"{n}-year-old", f"{n} y/o", f"{n}yo", f"aged {n}"]))

    # people around a patient
    def zh_kin(self, p: Person, female: bool | None = None) -> Person:
        """A child or sibling: the same surname, another given name."""
        q = self.zh_person(female=female)
        given = q.given if len(q.given) >= 2 else self.pick(ZH_G1) + self.pick(ZH_G2)
        full = p.sur + given
        return Person(Ident("NAME", full, [full, given]), p.sur, given, female=q.female)

    def en_first(self, female: bool | None = None) -> Person:
        """A relative named by first name only (the surname is the patient's)."""
        female = self.chance(0.5) if female is None else female
        first = self.pick(EN_FIRST_F + EN_FIRST_WORDS_F if female else EN_FIRST_M + EN_FIRST_WORDS_M)
        return Person(Ident("NAME", first, [first]), "", "", first=first, female=female)


def zh_sex(p: Person) -> str:
    return "女" if p.female else "男"


def en_sex(p: Person) -> str:
    return "F" if p.female else "M"


# --------------------------------------------------------------------------------------------
# Templates with identifiers, Chinese
# --------------------------------------------------------------------------------------------


def zh_discharge(g: G) -> list[str]:
    p, doc = g.zh_person(), g.zh_person()
    kin = g.zh_kin(p)
    rel = g.pick(["其子", "其女", "患者儿子", "女儿"])
    t1 = (
        f"出院小结\n姓名：{p}　性别：{zh_sex(p)}　年龄：{g.zage()}　{g.pick(['住院号', '病案号', '住院病历号'])}：{g.mrn()}\n"
        f"入院日期：{g.zdate()}　出院日期：{g.zdate()}　科室：{P(g.pick(ZH_DEPT))}"
    )
    t2 = f"入院诊断：{g.zdx()}（{P('ICD-10 ' + g.pick(ICD))}）。入院查{g.zlab()}，{g.zlab()}，{g.bp()}。予{g.zdrug()}治疗，症状缓解。"
    home = g.pick(["家庭住址", "现住址", "居住地"])
    t3 = (
        f"出院带药：{g.zdrug()}；{g.zdrug()}。{P(g.pick(['2周', '1个月', '3个月']))}后{P(g.pick(ZH_DEPT))}门诊复诊。"
        f"\n{home}：{g.zh_address()}。联系人：{rel}{kin}，{g.cn_mobile()}。\n主治医师：{doc}　住院医师签名：{g.zh_person()}"
    )
    return [t1, t2, t3]


def zh_referral(g: G) -> list[str]:
    p, doc, to = g.zh_person(), g.zh_person("double" if g.chance(0.4) else "any"), g.zh_person()
    hosp = P(g.pick(ZH_HOSP))
    t1 = f"转诊单\n{to.t('主任')}：您好！兹有患者{p}，{zh_sex(p)}，{g.zage()}，身份证号{g.cn_id(who=p)}，因{g.zdx()}于我院治疗，现转至贵院{P(g.pick(ZH_DEPT))}进一步诊治。"
    t2 = f"辅助检查：{g.zlab()}；{g.zlab()}。目前用药：{g.zdrug()}。门诊号{g.mrn()}，影像资料已刻盘随患者带上。"
    t3 = f"转出医生：{doc}（{P(g.pick(ZH_DEPT))}）\n联系电话：{g.cn_landline()}\n接收医院：{hosp}\n{doc.t('医生')}备注：患者对青霉素过敏，家属电话{g.cn_mobile()}。"
    return [t1, t2, t3]


def zh_shift(g: G) -> list[str]:
    a, b, nurse = g.zh_person(), g.zh_person(), g.zh_person(female=True)
    bed1, bed2 = g.num(1, 40), g.num(41, 80)
    t1 = f"夜班交班　{g.zdate()}\n{P(str(bed1) + '床')}{a}，{g.zdx()}，今晚{g.bp()}，{P('体温37.8℃')}，已通知值班医生。{a.t('阿姨')}夜间睡眠差，家属{g.zh_kin(a)}陪护。"
    t2 = f"{P(str(bed2) + '床')}{b}，术后第{P(str(g.num(1, 5)) + '天')}，引流量{P(str(g.num(20, 180)) + 'ml')}，{g.zdrug()}已执行。{b.short()}说伤口疼，评分{P('NRS ' + str(g.num(3, 7)) + '分')}。"
    t3 = f"交班人：{nurse}　接班人：{g.zh_person(female=True)}\n{nurse.t('护士')}补充：{P(str(bed1) + '床')}住院号{g.mrn()}的血培养结果明早出。"
    return [t1, t2, t3]


def zh_pharmacy(g: G) -> list[str]:
    p, ph = g.zh_person(), g.zh_person()
    t1 = f"药房电话记录 {g.zdate()} {P(str(g.num(8, 17)) + ':' + str(g.num(10, 59)))}\n来电人：{p}（患者本人），回拨号码{g.pick([g.cn_mobile(), g.cn_landline()])}"
    t2 = f"咨询内容：上周取的{g.zdrug()}和{g.zdrug()}能否同服？另问{P(g.pick(['华法林', '二甲双胍', '阿托伐他汀']))}漏服一次怎么办。就诊卡号{g.mrn()}。"
    deliver = f"续方药品快递至{g.zh_address()}。" if g.chance(0.5) else ""
    t3 = f"答复：已告知间隔{P('2小时')}服用，漏服不必补服。{deliver}{p.t('先生' if not p.female else '女士')}表示理解。记录人：药师{ph}"
    return [t1, t2, t3]


def zh_portal(g: G) -> list[str]:
    p, doc = g.zh_person(), g.zh_person()
    t1 = f"【互联网医院 患者留言】\n{doc.t('医生')}您好，我是{p}，{g.zage()}，上次您给我开了{g.zdrug()}，吃了{P(str(g.num(3, 14)) + '天')}有点{g.pick(['头晕', '恶心', '脚肿'])}。"
    t2 = f"今天早上量了{g.bp()}。我的病历号是{g.mrn()}，电子邮箱{g.email(p)}，报告麻烦发我邮箱。"
    t3 = f"【医生回复】{p.short()}您好，{g.pick(['建议减量', '可以继续观察', '请停药后来门诊'])}，如出现胸痛请立即拨打{P('120')}。—— {doc}，{P(g.pick(ZH_DEPT))}"
    return [t1, t2, t3]


def zh_sms(g: G) -> list[str]:
    p = g.zh_person()
    hosp = P(g.pick(ZH_HOSP))
    t1 = f"【{hosp}】{p}{g.pick(['您好', '女士您好' if p.female else '先生您好'])}，您预约的{P(g.pick(ZH_DEPT))}门诊于{g.zdate()}{P(g.pick(['上午9:30', '下午2:00', '上午10:15']))}就诊，请携带身份证（{g.cn_id(who=p)}）及就诊卡。"
    t2 = f"如需改约请回复本短信或致电{g.cn_landline()}。退订回T"
    t3 = f"回复：我是{p.short()}的{g.pick(['女儿', '儿子', '爱人'])}{g.zh_person()}，帮{'她' if p.female else '他'}改到下周，我电话{g.cn_mobile()}"
    return [t1, t2] + ([t3] if g.chance(0.7) else [])


def zh_insurance(g: G) -> list[str]:
    p, doc = g.zh_person(), g.zh_person()
    dob = g.zh_dob()
    idn = g.cn_id(dob=dob, who=p)
    t1 = f"商业医疗保险理赔申请书\n被保险人：{p}　证件类型：居民身份证　证件号码：{idn}\n出生日期：{dob}　联系电话：{g.cn_mobile()}\n通讯地址：{g.zh_address()}"
    t2 = f"出险经过：被保险人于{g.zdate()}因{g.zdx()}在{P(g.pick(ZH_HOSP))}住院{P(str(g.num(3, 21)) + '天')}，住院号{g.mrn()}，医疗费用合计{P(str(g.num(3000, 90000)) + '元')}。"
    t3 = f"经治医师{doc}已出具诊断证明。申请人签名：{p}　收款账户户名：{p}\n电子邮箱：{g.email(p)}"
    return [t1, t2, t3]


def zh_genetic(g: G) -> list[str]:
    p = g.zh_person(female=True)
    hus = g.zh_person(female=False)
    mom = g.zh_person(female=True)
    age = g.num(24, 42)
    gene = g.pick(
        [
            "BRCA1 c.5470_5477del",
            "MLH1 c.1852_1853del",
            "α地贫 --SEA/αα",
            "β地贫 CD41-42(-TCTT)",
            "SMN1 第7外显子纯合缺失",
            "FMR1 CGG重复 78次",
        ]
    )
    t1 = f"遗传咨询记录　{P('遗传咨询门诊')}\n咨询者：{p}，{g.zage(age)}，孕{P(str(g.num(8, 20)) + '周')}，出生日期{g.zh_dob(2025 - age)}，门诊号{g.mrn()}。"
    t2 = f"家族史：母亲{mom}既往{g.zdx()}；丈夫{hus}无特殊。先证者检出{P(gene)}，建议{hus.short()}行携带者筛查。"
    t3 = f"咨询意见：{P('建议产前诊断（羊水穿刺）')}。{p.short()}及{hus.t('先生')}表示需回家商量，联系电话{g.cn_mobile()}。"
    return [t1, t2, t3]


def zh_pedigree(g: G) -> list[str]:
    p = g.zh_person()
    fa, mo = g.zh_kin(p, female=False), g.zh_person(female=True)
    sib = g.zh_kin(p)
    uncle = g.zh_kin(fa, female=False)
    t1 = f"家系描述：先证者{p}（Ⅲ-{g.num(1, 4)}），{g.zdx()}。父亲{fa}（Ⅱ-1）{P(str(g.num(50, 70)) + '岁')}确诊{g.zdx()}；母亲{mo}（Ⅱ-2）体健。"
    t2 = f"{g.pick(['哥哥', '姐姐', '弟弟', '妹妹'])}{sib}（Ⅲ-{g.num(5, 7)}）未检测。大伯{uncle}（Ⅱ-3）{P(str(g.num(40, 60)) + '岁')}猝死，原因不明。{fa.short()}一支共{P(str(g.num(3, 6)) + '人')}发病。"
    t3 = f"先证者住院号{g.mrn()}，现住{g.zh_address('village' if g.chance(0.5) else 'any')}。"
    return [t1, t2, t3]


def zh_growth(g: G) -> list[str]:
    kid = g.zh_person()
    mom = g.zh_person(female=True)
    nick = g.pick(ZH_SMALL)
    months = g.pick([6, 12, 18, 24, 36])
    t1 = f"儿童保健 生长发育评估（{P(str(months) + '月龄')}）\n儿童姓名：{kid}（小名{kid.add(nick)}）　出生日期：{g.zh_dob(year=2025 - months // 12 - 1)}　{g.pick(['保健卡号', '儿保号', '档案号'])}：{g.mrn()}"
    t2 = f"体重{P(str(7 + months // 5) + '.' + str(g.num(0, 9)) + 'kg')}（{P('P' + str(g.pick([3, 15, 25, 50, 75, 85])))}），身长{P(str(64 + months) + 'cm')}，头围{P(str(43 + months // 8) + 'cm')}。{g.pick(['大运动', '语言', '精细动作'])}发育正常。"
    home = f"家住{g.zh_address()}。" if g.chance(0.4) else ""
    t3 = f"监护人：母亲{mom}，{g.cn_mobile()}。{home}{kid.say(nick)}今天很配合，{mom.short('妈妈') if len(mom.given) >= 2 else mom.t('女士')}问维生素D剂量，已答{P('400IU/日')}。"
    return [t1, t2, t3]


def zh_vaccine(g: G) -> list[str]:
    kid = g.zh_person()
    dob = g.zh_dob(year=g.num(2018, 2024))
    t1 = f"预防接种记录\n受种者：{kid}　性别：{zh_sex(kid)}　出生日期：{dob}\n身份证号：{g.cn_id(dob=dob, who=kid)}"
    lot = f"批号{g.pick(['2025', '2024'])}{g.digits(2, '01')}{g.pick('ABCDE')}{g.digits(3, '0123456789')}"
    t2 = f"{g.zdate()}　接种{P(g.pick(ZH_VACC))}　{P(g.pick(['左上臂三角肌', '右上臂三角肌', '大腿前外侧']))}　{P(lot)}　留观{P('30分钟')}无不良反应。"
    t3 = f"家长：{g.zh_person()}　联系电话：{g.cn_mobile()}　家庭住址：{g.zh_address()}"
    return [t1, t2, t3]


def zh_dental(g: G) -> list[str]:
    p, doc = g.zh_person(), g.zh_person()
    tooth = g.pick(["右下6", "左上7", "左下5", "右上1"])
    t1 = f"口腔科门诊病历　{g.zdate()}\n患者：{p}　{g.zage()}　门诊号：{g.mrn()}\n主诉：{P(tooth + '冷热刺激痛' + str(g.num(1, 3)) + '周')}。"
    t2 = f"检查：{P(tooth)}远中深龋，探诊(+)，叩诊(±)，{P('牙周袋' + str(g.num(3, 6)) + 'mm')}。处理：{P(g.pick(['根管治疗第一次', '玻璃离子垫底+树脂充填', '局麻下拔除']))}，{P('阿替卡因 1.7ml')}局麻。"
    t3 = f"医生：{doc}　下次复诊{g.zdate()}，{doc.t(g.pick(['医生', '大夫']))}嘱有事打{g.cn_landline()}。"
    return [t1, t2, t3]


def zh_dictation(g: G) -> list[str]:
    p = g.zh_person()
    age = g.num(19, 88)
    um = lambda: g.pick(["嗯，", "那个，", "呃……", "就是，", "然后，"])  # noqa: E731
    t1 = f"【语音录入】{um()}患者{p}，{um()}{g.zage(age)}，{um()}因为{g.zdx()}来的，{um()}住院号是{g.mrn()}，{um()}对。"
    t2 = f"{um()}查体{g.bp()}，{um()}{g.zlab()}，{um()}那个{p.t(g.pick(['老', '小']))}说家里电话是{g.cn_mobile()}，{um()}写一下。"
    t3 = f"{um()}出生日期{g.zh_dob(2025 - age)}，{um()}住址{g.zh_address()}，{um()}先这样，{um()}录完了。"
    return [t1, t2, t3]


def zh_forum(g: G) -> list[str]:
    me = g.zh_person()
    doc = g.zh_person()
    t1 = f"【求助帖】我爸{g.zdx()}，在{P(g.pick(ZH_HOSP))}看的{doc.t('主任')}，{doc}主任人特别好！想问大家{g.zdrug()}是不是要一直吃？"
    t2 = f"楼主补充：我叫{me}，有同病的病友可以加我微信或者打我电话{g.cn_mobile()}，邮箱{g.email(me)}也行。"
    t3 = f"回复 #{g.num(2, 40)}：{me.short()}你好，我妈也是{doc.t('主任')}的病人，{P('糖化血红蛋白')}控制到{P('7%')}以下就好。"
    return [t1, t2, t3]


def zh_interpreter(g: G) -> list[str]:
    p = g.en_person()
    interp = g.zh_person()
    doc = g.zh_person()
    t1 = f"翻译记录 Interpreter note\n患者 Patient：{p}，{g.eage()}，护照号 Passport No. {g.passport('us')}，来自美国。翻译：{interp}。"
    t2 = f'{doc.t("医生")}：哪里不舒服？→ Where does it hurt? Pt: "{P(g.pick(["Chest pain since last night", "Fever for 3 days", "Left knee swelling"]))}". 查{g.zlab()}，{g.bp()}。'
    t3 = f"诊断{g.zdx()}，开{g.zdrug()}。{p.t('Mr.' if not p.female else 'Ms.')}留酒店电话{g.cn_landline()}，邮箱{g.email(p, zh=False)}。"
    return [t1, t2, t3]


def zh_table(g: G) -> list[str]:
    rows = [g.zh_person() for _ in range(3)]
    hdr = "序号 | 姓名 | 性别 | 出生日期 | 身份证号 | 联系电话 | 诊断"
    lines = [hdr]
    for i, r in enumerate(rows, 1):
        dob = g.zh_dob()
        lines.append(f"{i} | {r} | {zh_sex(r)} | {dob} | {g.cn_id(dob=dob, who=r)} | {g.cn_mobile()} | {g.zdx()}")
    t1 = f"{P(g.pick(ZH_DEPT))}慢病随访名单（{g.zdate()}导出）\n" + "\n".join(lines)
    t2 = f"备注：{rows[1].short()}已失访，{rows[2].t(g.pick(['老', '阿姨' if rows[2].female else '大爷']))}下次随访改为电话。"
    return [t1, t2]


def zh_ocr(g: G) -> list[str]:
    p = g.zh_person()
    full = p.id.text
    spaced = " ".join(full)
    scan = Person(Ident("NAME", spaced, [spaced] + ([" ".join(p.given)] if len(p.given) >= 2 else [])), p.sur, p.given)
    later = [full] + ([p.given] if len(p.given) >= 2 else [])
    t1 = f"扫描件识别结果:\n{P(g.pick(ZH_HOSP))}  检 验 报 告 单\n姓 名:{scan}   性别:{zh_sex(p)}   年龄:{g.zage()}\n病 历 号:{g.mrn()}   送检科室:{P(g.pick(ZH_DEPT))}"
    lab1, lab2 = g.picks(ZH_LAB, 2)
    t2 = f"项目　结果　参考值\n{P(lab1)} ↑\n{P(lab2)}\n备 注:患者{scan.add(full, *later)}身份证{g.cn_id(spaced=True, who=p)} 采样时间{g.zdate()}"
    return [t1, t2]


# --------------------------------------------------------------------------------------------
# Templates with identifiers, English
# --------------------------------------------------------------------------------------------


def en_discharge(g: G) -> list[str]:
    p = g.en_person(form=g.pick(["plain", "lastfirst", "upper", "middle"]))
    doc = g.en_person()
    rel = g.pick(["wife", "husband", "daughter", "son", "partner"])
    kin = g.en_first({"wife": True, "daughter": True, "husband": False, "son": False}.get(rel))
    ssn = f"   SSN {g.ssn()}" if g.chance(0.3) else ""
    t1 = f"DISCHARGE SUMMARY\nPatient: {p}   {g.pick(['MRN', 'Med Rec #', 'Hospital No.', 'Unit No.'])}: {g.mrn()}   DOB: {g.en_dob()}{ssn}\nAdmitted {g.edate()} - Discharged {g.edate()}, {P(g.pick(EN_DEPT))}"
    t2 = f"Principal diagnosis: {g.edx()} ({P('ICD-10 ' + g.pick(ICD))}). Course: {g.elab()} on admission, {g.elab()}; {g.bp(False)} at discharge. Started {g.edrug()}."
    t3 = f"Discharged home to {g.us_address() if g.chance(0.5) else g.uk_address()}; next of kin {kin} ({rel}), tel {g.us_phone()}.\nAttending: {doc}, MD. Follow-up with {doc.t('Dr.')} in {P(str(g.num(1, 6)) + ' weeks')}."
    return [t1, t2, t3]


def en_referral(g: G) -> list[str]:
    p = g.en_person(form="plain")
    gp, cons = g.en_person(), g.en_person()
    age = g.num(19, 90)
    t1 = f"Dear {cons.t('Dr')},\n\nRe: {p}, DOB {g.en_dob(2025 - age)}, NHS No. {g.nhs()}\n{g.uk_address()}"
    t2 = f"I would be grateful if you could see this {g.eage(age)} {g.pick(['lady' if p.female else 'gentleman', 'patient'])} with {g.edx()}. Recent bloods: {g.elab()}, {g.elab()}. Current meds: {g.edrug()}, {g.edrug()}."
    t3 = f"{p.short()} is keen to be seen at {P(g.pick(EN_HOSP))} if possible; best contact is {g.uk_phone()}.\n\nYours sincerely,\n{gp}\nGP, {g.pick(['Fellside', 'Kirkgate', 'Abbey', 'Riverside'])} Surgery"
    return [t1, t2, t3]


def en_shift(g: G) -> list[str]:
    a = g.en_person(form=g.pick(["plain", "lastfirst"]))
    b = g.en_person(form="plain")
    nurse = g.en_person()
    t1 = f"SBAR handover {g.edate()} 19:00\nBed {g.num(1, 30)}: {a}, {g.eage()}, {g.edx()}. {g.bp(False)}, {P('SpO2 ' + str(g.num(88, 97)) + '% on 2L')}. Family: son {g.en_first(False)} visiting, phone {g.us_phone()}."
    t2 = f"Bed {g.num(31, 60)}: {b}, post-op day {g.num(1, 4)}, {g.edrug()} given at 18:00. {b.short()} asked about discharge; chart # {g.mrn()}."
    t3 = f"Handed over by {nurse} RN to {g.en_person(form='initial')} RN. {nurse.t('Nurse')} to chase {a.t('Mr.' if not a.female else 'Mrs.')}'s {g.elab()} result."
    return [t1, t2, t3]


def en_pharmacy(g: G) -> list[str]:
    p = g.en_person()
    ph = g.en_person()
    t1 = f"PHARMACY CALL LOG - {g.edate()} {g.num(8, 17)}:{g.num(10, 59)}\nCaller: {p} (self)   Callback: {g.us_phone()}   Rx # {P('RX' + g.digits(7))}"
    t2 = f"Query: can {g.edrug()} be taken with {P(g.pick(['grapefruit juice', 'St John’s wort', 'ibuprofen']))}? Also {P(g.pick(['NDC 0093-7146-56', 'NDC 0378-0208-01', 'NDC 68180-0513-01']))} looks different this refill. Verified DOB {g.en_dob()}, Patient ID {g.mrn()}."
    t3 = f"Advised: same drug, different manufacturer. {p.t('Mr.' if not p.female else 'Ms.')} satisfied. Logged by {ph}, PharmD."
    return [t1, t2, t3]


def en_portal(g: G) -> list[str]:
    p = g.en_person(form=g.pick(["plain", "lower"]))
    doc = g.en_person()
    t1 = f"MyChart message to {doc.t('Dr.')}\nFrom: {p}\nSubject: side effects\n\nHi, since starting {g.edrug()} {P(str(g.num(3, 10)) + ' days')} ago I feel dizzy. Home reading {g.bp(False)}."
    nick = NICK.get(p.first)
    t2 = f"Can you send the lab results to {g.email(p, zh=False)}? My chart number is {g.mrn()}. Thanks, "
    if nick and p.id.text[0].isupper():
        t2 += f"{p.add(nick)} (that's what everyone calls me)"
    else:
        t2 += p.short() if p.id.text[0].isupper() else p.say(p.first.lower())
    t3 = f"Reply from {doc}, {P(g.pick(EN_DEPT))}: Please hold the dose and call {P('911')} if you get chest pain. We'll call you on {g.us_phone()}."
    return [t1, t2, t3]


def en_sms(g: G) -> list[str]:
    p = g.en_person(form=g.pick(["plain", "initial", "lower"]))
    hosp = P(g.pick(EN_HOSP))
    t1 = f"{hosp}: Hi {p}, reminder of your {P(g.pick(EN_DEPT))} appt on {g.edate()} at {P(g.pick(['9:15 AM', '2:40 PM', '11:00 AM']))}. Reply C to confirm, R to reschedule."
    t2 = f"R - this is {g.en_first()}, {g.pick(['her', 'his'])} {g.pick(['daughter', 'son', 'carer'])}. Pls call me on {g.pick([g.us_phone(), g.uk_phone()])}, ref {g.mrn()}"
    return [t1, t2]


def en_insurance(g: G) -> list[str]:
    p = g.en_person(form=g.pick(["lastfirstm", "upper", "lastfirst"]))
    atty = g.en_person()
    t1 = f"CLAIM FOR MEDICAL BENEFITS / SUPERIOR COURT OF {g.pick(['OHIO', 'WASHINGTON', 'GEORGIA'])} - Case No. {P(str(g.num(20, 25)) + '-CV-' + g.digits(5))}\nClaimant: {p}   SSN: {g.ssn()}   Date of Birth: {g.en_dob()}"
    t2 = f"Mailing address: {g.us_address()}\nTelephone: {g.us_phone()}   E-mail: {g.email(p, zh=False)}"
    t3 = f"Treating facility: {P(g.pick(EN_HOSP))}, Acct/MRN {g.mrn()}. Diagnosis {g.edx()}, {P('ICD-10 ' + g.pick(ICD))}. Counsel for claimant: {atty}, Esq."
    return [t1, t2, t3]


def en_genetic(g: G) -> list[str]:
    p = g.en_person(female=True)
    sis, mum = g.en_first(True), g.en_person(female=True)
    var = g.pick(
        [
            "BRCA2 c.5946delT",
            "MLH1 c.350C>T",
            "CFTR F508del",
            "HTT CAG 42 repeats",
            "PALB2 c.3113G>A",
            "FMR1 premutation (72 CGG)",
        ]
    )
    t1 = f"Clinical Genetics - counselling note {g.edate()}\nConsultand: {p}, DOB {g.en_dob()}, Hospital No. {g.mrn()}. Referred after {P(var)} found in her mother, {mum}."
    t2 = f"{mum.t('Mrs.')} was diagnosed with {P(g.pick(['breast cancer at 41', 'ovarian cancer at 56', 'colorectal cancer at 48']))}. {p.short()}'s sister {sis} has not been tested yet."
    t3 = f"Plan: predictive testing after second appointment. {p.short()} prefers e-mail: {g.email(p, zh=False)}."
    return [t1, t2, t3]


def en_pedigree(g: G) -> list[str]:
    p = g.en_person(style="part" if g.chance(0.3) else "any")
    dad, aunt, bro = g.en_first(False), g.en_first(True), g.en_first(False)
    t1 = f"Pedigree (in prose): proband {p} (III-2), {g.eage()}, {P(g.pick(['hypertrophic cardiomyopathy', 'Marfan syndrome', 'long QT syndrome', 'polycystic kidney disease']))}. Father {dad} (II-1) died suddenly at {P('age ' + str(g.num(38, 55)))}."
    t2 = f"Paternal aunt {aunt} (II-3) has a pacemaker. Brother {bro} (III-3) unaffected on echo. {aunt} lives in {P(g.pick(['Leeds', 'Ohio', 'Cork']))}; {p.short()} will pass on the letter."
    t3 = f"Proband MRN {g.mrn()}; home {g.uk_address() if g.chance(0.5) else g.us_address()}."
    return [t1, t2, t3]


def en_growth(g: G) -> list[str]:
    kid = g.en_person(form="plain")
    nick = NICK.get(kid.first)
    mum = g.en_first(True)
    months = g.pick([9, 12, 18, 24, 36])
    label = {9: "9-month", 12: "1-year", 18: "18-month", 24: "2-year", 36: "3-year"}[months]
    w, h = f"{7 + months // 5}.{g.num(0, 9)} kg", f"{66 + months} cm"
    uk = g.chance(0.5)
    t1 = f"Well-child visit, {P(label)} check\nChild: {kid}"
    t1 += f" ('{kid.add(nick)}')" if nick else ""
    t1 += f"   DOB: {g.en_dob(year=2025 - months // 12 - 1)}   {'NHS No. ' + str(g.nhs()) if uk else 'Clinic No. ' + str(g.mrn())}"
    t2 = f"Weight {P(w)} ({P(str(g.pick([5, 10, 25, 50, 75, 90])) + 'th centile')}), length {P(h)}, OFC {P(str(43 + months // 8) + ' cm')}. Milestones on track; {P(chr(68) + 'r. Brown' + chr(39) + 's')} bottle switched to cup."
    t3 = f"Mum ({mum}) asked about vitamin D {P('400 IU daily')}. Contact {g.uk_phone() if uk else g.us_phone()}."
    return [t1, t2, t3]


def en_vaccine(g: G) -> list[str]:
    p = g.en_person(form=g.pick(["plain", "lastfirst"]))
    lot = f"Lot {g.pick('ABCDEFHJK')}{g.pick('ABCDEFHJK')}{g.digits(4, '0123456789')}"
    travel = g.chance(0.3)
    who = f"Passport: {g.passport('us')}" if travel else f"Patient ID: {g.mrn()}"
    vacc = (
        g.pick(["yellow fever (YF-VAX)", "typhoid Vi", "Japanese encephalitis (Ixiaro) dose 1"])
        if travel
        else g.pick(EN_VACC)
    )
    t1 = f"IMMUNIZATION RECORD{' - TRAVEL CLINIC' if travel else ''}\nName: {p}   DOB: {g.en_dob(year=g.num(1950, 2024))}   {who}"
    t2 = f"{g.edate()}  {P(vacc)}  {P(g.pick(['L deltoid', 'R deltoid', 'L thigh', 'R thigh']))}  {P(lot)}  exp {P(g.pick(['2026-03', '2026-09', '2027-01']))}  VIS given"
    t3 = f"Administered by {g.en_person()}, LPN. Reminder for next dose sent to {g.email(p, zh=False)}. Address on file: {g.us_address()}"
    return [t1, t2, t3]


def en_dental(g: G) -> list[str]:
    p = g.en_person(form=g.pick(["plain", "lastfirst", "middle"]))
    dds = g.en_person()
    tooth = g.pick(["#14", "#19", "#30", "UL6", "LR7"])
    t1 = f"Dental progress note {g.edate()}\nPt: {p}   Chart # {g.mrn()}   DOB {g.en_dob()}\nCC: {P(tooth + ' sensitive to cold x2 wks')}."
    t2 = f"Exam: {P(tooth + ' MOD caries')}, perio probing {P(str(g.num(3, 6)) + ' mm')}. Tx: {P(g.pick(['composite restoration', 'RCT initiated', 'extraction under LA']))}, {P('2% lidocaine w/ 1:100k epi 1.8 mL')}."
    t3 = (
        f"Next visit {g.edate()} with {dds.t('Dr.')}. Pt's cell {g.us_phone()}; {P('fluoride varnish 5% NaF')} applied."
    )
    return [t1, t2, t3]


def en_dictation(g: G) -> list[str]:
    p = g.en_person(form="plain")
    age = g.num(19, 90)
    um = lambda: g.pick(["um, ", "uh, ", "so, ", "you know, ", "okay, ", "er, "])  # noqa: E731
    t1 = f"[Dictation] {um()}this is a clinic note for {um()}{p}, {um()}that's {P('spelled as it sounds')}, {um()}{g.eage(age)} with {g.edx()}, {um()}MRN {g.mrn()}."
    t2 = f"{um()}vitals {g.bp(False)}, {um()}labs {g.elab()} and {g.elab()}. {um()}{p.t('Mr.' if not p.female else 'Mrs.')} lives at {g.us_address()}, {um()}date of birth {g.en_dob(2025 - age)}."
    t3 = f"{um()}plan {g.edrug()}, {um()}recheck in {P(str(g.num(2, 8)) + ' weeks')}. {um()}call {p.short()} at {g.us_phone()}. {um()}end of dictation."
    return [t1, t2, t3]


def en_forum(g: G) -> list[str]:
    me = g.en_person(form=g.pick(["plain", "lower"]))
    doc = g.en_person()
    t1 = f"Posted in {P(g.pick(['r/diabetes', 'Thyroid UK forum', 'AFib support group']))}: Finally got my diagnosis, {g.edx()}! {doc.t('Dr.')} at {P(g.pick(EN_HOSP))} was brilliant."
    t2 = f"I'm {me}, happy to chat with anyone on {g.edrug()}. DM me or email {g.email(me, zh=False)}. (Mods: yes I know about sharing details.)"
    t3 = f"Reply: thanks {me.short() if me.id.text[0].isupper() else me.say(me.first.lower())}! {doc} is my doctor too, small world."
    return [t1, t2, t3]


def en_interpreter(g: G) -> list[str]:
    p = g.zh_person()
    interp = g.en_person()
    said, gloss = g.pick(
        [
            ("胸口闷", "chest tightness"),
            ("发烧三天", "fever for three days"),
            ("肚子疼", "abdominal pain"),
            ("头晕想吐", "dizzy and nauseous"),
        ]
    )
    t1 = f"Interpreter note (Mandarin) {g.edate()}\nPatient {p} ({g.eage()}), passport {g.passport('cn')}; interpreter {interp}, ID badge {P('INT-' + g.digits(3))}."
    t2 = f'Pt states: "{P(said)}" ({P(gloss)}). Family member {g.zh_kin(p)} present, phone {g.cn_mobile()}.'
    t3 = f"Consent explained for {P(g.pick(['CT abdomen with contrast', 'lumbar puncture', 'ERCP']))}; {p.short()} signed. Local address: {g.us_address()}."
    return [t1, t2, t3]


def en_table(g: G) -> list[str]:
    rows = [g.en_person(form="lastfirst") for _ in range(3)]
    lines = ["Name | DOB | MRN | Phone | Dx"]
    for r in rows:
        lines.append(f"{r} | {g.en_dob()} | {g.mrn()} | {g.us_phone()} | {g.edx()}")
    t1 = f"Clinic list exported {g.edate()} ({P(g.pick(EN_DEPT))})\n" + "\n".join(lines)
    t2 = f"Note: {rows[0].short()} cancelled; {rows[2].t('Ms.' if rows[2].female else 'Mr.')} needs interpreter."
    return [t1, t2]


def en_ocr(g: G) -> list[str]:
    p = g.en_person(form="upper")
    mrn = g.mrn()
    t1 = f"~~ scanned page 1/2 ~~\n{P(g.pick(EN_HOSP))}  LAB0RATORY REP0RT\nPATIENT: {p}    MRN: {mrn}\nD0B: {g.en_dob()}   SEX: {en_sex(p)}"
    lab1, lab2 = g.picks(EN_LAB, 2)
    t2 = f"Test    Result    Ref\n{P(lab1)}  H\n{P(lab2)}\nCollected {g.edate()}. Copy to: {g.us_address()} | tel {g.us_phone()}"
    return [t1, t2]


# --------------------------------------------------------------------------------------------
# PHI-free templates: every clinical value must come back untouched
# --------------------------------------------------------------------------------------------

ZH_HERBS = [
    "徐长卿",
    "刘寄奴",
    "何首乌",
    "使君子",
    "王不留行",
    "杜仲",
    "白头翁",
    "威灵仙",
    "胡黄连",
    "陈皮",
    "当归",
    "黄芪",
    "白术",
    "石斛",
    "金银花",
    "女贞子",
    "刘寄奴",
    "马钱子（制）",
    "孩儿茶",
]
ZH_PATENT_USE = {
    "马应龙麝香痔疮膏": "外用，每日2次",
    "季德胜蛇药片": "每次5片，每日3次",
    "片仔癀": "每次0.6g，每日2次",
    "云南白药胶囊": "每次1粒，每日3次",
    "华佗再造丸": "每次8g，每日2次",
    "仲景牌六味地黄丸": "每次8丸，每日3次",
    "同仁堂牛黄清心丸": "每次1丸，每日1次",
    "胡庆余堂铁皮枫斗颗粒": "每次1袋，每日2次",
    "京都念慈菴蜜炼川贝枇杷膏": "每次15ml，每日3次",
}
ZH_PATENT = list(ZH_PATENT_USE)
ZH_EPONYM = [
    "帕金森病",
    "巴宾斯基征",
    "格林-巴利综合征",
    "霍纳综合征",
    "克罗恩病",
    "桥本甲状腺炎",
    "川崎病",
    "唐氏综合征",
    "墨菲征",
    "麦氏点压痛",
    "阿尔茨海默病",
    "库欣综合征",
    "马凡综合征",
    "霍奇金淋巴瘤",
]
EN_LOOKALIKE = [
    "Dr. Scholl's gel insoles",
    "Dr. Reddy's generic omeprazole",
    "Dr. Brown's anti-colic bottle",
    "Mrs. Dash salt-free seasoning",
    "St John's wort",
    "Hartmann's solution",
    "Ringer's lactate",
    "Epsom salts",
    "Lydia Pinkham's herbal tonic",
    "Carter's Little Pills",
]
ZH_EPO_DISEASE = [
    "帕金森病",
    "格林-巴利综合征",
    "克罗恩病",
    "桥本甲状腺炎",
    "阿尔茨海默病",
    "库欣综合征",
    "马凡综合征",
    "霍奇金淋巴瘤",
    "亨廷顿病",
    "贝尔面瘫",
]
ZH_EPO_SIGN = ["巴宾斯基征", "霍纳综合征", "墨菲征", "麦氏点压痛", "克氏征", "布氏征", "罗姆伯格征", "霍夫曼征"]
EN_EPO_DISEASE = [
    "Parkinson's disease",
    "Guillain-Barré syndrome",
    "Huntington's disease",
    "Cushing's syndrome",
    "Addison's disease",
    "Hodgkin lymphoma",
    "Wilson's disease",
    "Ménière's disease",
    "Bell's palsy",
    "Charcot-Marie-Tooth disease",
]
EN_EPO_SIGN = [
    "Babinski sign",
    "Romberg test",
    "Kernig's sign",
    "Brudzinski's sign",
    "Hoffmann's sign",
    "Tinel's sign",
    "Phalen's test",
    "Lhermitte's sign",
]
EN_EPO_TOOL = [
    "Holter monitor",
    "Snellen chart",
    "Dix-Hallpike manoeuvre",
    "Epley manoeuvre",
    "Glasgow Coma Scale",
    "MoCA (Nasreddine)",
]
EN_EPONYM = [
    "Parkinson's disease",
    "Babinski sign",
    "Guillain-Barré syndrome",
    "Horner syndrome",
    "Romberg test",
    "Murphy's sign",
    "McBurney's point tenderness",
    "Kernig's sign",
    "Glasgow Coma Scale 14",
    "Apgar 8 and 9",
    "Whipple procedure",
    "Nissen fundoplication",
    "Foley catheter",
    "Holter monitor",
    "Tanner stage 3",
    "Wilms tumour",
    "Hodgkin lymphoma",
    "Down syndrome",
    "Cushing's syndrome",
    "Addison's disease",
    "Barrett's oesophagus",
    "Snellen 6/9",
]


def zh_free_note(g: G) -> list[str]:
    t1 = f"病程记录　{g.zdate()}\n患者{g.zage()}，因{g.zdx()}入住{P(g.pick(ZH_DEPT))}第{P(str(g.num(2, 9)) + '天')}。今日{g.bp()}，{P('心率' + str(g.num(58, 110)) + '次/分')}，{g.zlab()}。"
    t2 = f"诊断：{g.zdx()}（{P(g.pick(ICD))}）。调整为{g.zdrug()}，继续{g.zdrug()}。拟{g.zdate()}复查{g.zlab()}。"
    t3 = f"上级医师查房：同意目前方案，必要时请{P(g.pick(ZH_HOSP))}{P(g.pick(ZH_DEPT))}会诊。"
    return [t1, t2] + ([t3] if g.chance(0.6) else [])


def zh_free_herbal(g: G) -> list[str]:
    herbs = g.picks(sorted(set(ZH_HERBS)), 5)
    doses = [P(f"{h} {g.pick([6, 9, 10, 12, 15, 30])}g") for h in herbs]
    t1 = (
        f"中药处方（{P(g.pick(['风湿痹痛', '产后缺乳', '小儿虫积', '湿热痢疾']))}）："
        + "，".join(doses)
        + f"。{P(str(g.num(5, 14)) + '剂')}，水煎服，{P('日1剂')}。"
    )
    pat = g.pick(ZH_PATENT)
    t2 = f"另配{P(pat)}，{P('国药准字Z' + g.digits(8))}，{P('批号' + g.digits(8, '2'))}，{P(ZH_PATENT_USE[pat])}。"
    t3 = f"注意：{P(herbs[0])}与{P(pat)}均为药名，非人名；孕妇慎用。"
    return [t1, t2] + ([t3] if g.chance(0.5) else [])


def zh_free_directions(g: G) -> list[str]:
    hosp = g.pick(
        [
            "浙江大学医学院附属邵逸夫医院",
            "吉林大学白求恩第一医院",
            "中山大学孙逸仙纪念医院",
            "复旦大学附属中山医院",
            "宋庆龄儿童医学中心",
            "中国福利会国际和平妇幼保健院",
        ]
    )
    t1 = f"就诊指引：{P(hosp)}{P(g.pick(ZH_DEPT))}位于门诊楼{P(str(g.num(2, 9)) + '楼')}，{P(g.pick(['周一至周五', '周二、周四下午', '每天']))}开诊。"
    t2 = f"急危重症请直接拨打{P('120')}；火警{P('119')}，报警{P('110')}；卫生健康热线{P('12320')}。{P(str(g.num(65, 80)) + '岁')}以上老人可走绿色通道。"
    return [t1, t2] if g.chance(0.7) else [t1 + t2]


def zh_free_eponym(g: G) -> list[str]:
    t1 = f"神经内科会诊：患者{g.zage()}，既往{P(g.pick(ZH_EPO_DISEASE))}{P(str(g.num(2, 15)) + '年')}，服{P('多巴丝肼 125mg tid')}。查体{P(g.pick(ZH_EPO_SIGN))}阳性。"
    t2 = f"考虑{P(g.pick(ZH_EPO_DISEASE))}可能，建议{P('头颅MRI')}及{g.zlab()}，{g.zdate()}复诊。"
    return [t1, t2]


def zh_free_edu(g: G) -> list[str]:
    t1 = f"健康宣教：{g.zdx()}患者应每日监测血压，目标{P('<130/80mmHg')}；{g.zdrug()}请勿自行停药。"
    t2 = f"{P(str(g.num(6, 36)) + '月龄')}以上儿童可接种{P(g.pick(ZH_VACC))}，间隔{P(str(g.num(1, 6)) + '个月')}。有疑问可咨询{P(g.pick(ZH_DEPT))}。"
    t3 = f"问：吃{P(g.pick(ZH_PATENT))}期间能喝酒吗？答：不建议，服药期间及停药后{P('3天')}内避免饮酒。"
    return g.picks([t1, t2, t3], g.num(1, 3))


def en_free_note(g: G) -> list[str]:
    t1 = f"Progress note {g.edate()}: {g.eage()} on {P('day ' + str(g.num(2, 9)))} of admission under {P(g.pick(EN_DEPT))} for {g.edx()}. {g.bp(False)}, {P('HR ' + str(g.num(55, 118)))}, {g.elab()}."
    t2 = f"Assessment: {g.edx()} ({P(g.pick(ICD))}). Switch to {g.edrug()}; continue {g.edrug()}. Repeat {g.elab()} on {g.edate()}."
    t3 = f"Discussed with the on-call team at {P(g.pick(EN_HOSP))}; no transfer needed."
    return [t1, t2] + ([t3] if g.chance(0.6) else [])


def en_free_label(g: G) -> list[str]:
    ndc = f"NDC {g.digits(5, '0')}-{g.digits(4, '0123456789')}-{g.digits(2, '0123456789')}"
    lot = f"LOT {g.pick('ABCDEFGHJK')}{g.digits(5, '0123456789')}"
    t1 = f"Label: {g.edrug()}, {P(ndc)}, {P(lot)}, EXP {P(g.pick(['08/2026', '11/2027', '02/2026']))}. Store below {P('25°C')}."
    t2 = f"Also dispensed: {P(g.pick(EN_LOOKALIKE))}. In case of overdose call Poison Help {P('1-800-222-1222')} or {P('911')}."
    t3 = f"UK patients: call {P('NHS 111')} or {P('999')} in an emergency. Manufactured for {P(g.pick(['Dr. Reddy' + chr(39) + 's Laboratories', 'Teva UK', 'Mylan']))}."
    return g.picks([t1, t2, t3], g.num(2, 3))


def en_free_directions(g: G) -> list[str]:
    hosp = g.pick(
        [
            "Johns Hopkins Hospital",
            "John Radcliffe Hospital",
            "Addenbrooke's Hospital",
            "Cedars-Sinai Medical Center",
            "Brigham and Women's Hospital",
            "Alder Hey Children's Hospital",
            "St Jude Children's Research Hospital",
            "Freeman Hospital",
        ]
    )
    t1 = f"Directions: {P(hosp)} {P(g.pick(EN_DEPT))} is on {P('Level ' + str(g.num(1, 7)))}, open {P(g.pick(['Mon-Fri 8am-5pm', 'weekdays 9:00-16:30', '24/7']))}."
    t2 = f"Patients {P('aged ' + str(g.num(65, 80)) + ' and over')} may use the drop-off bay. For emergencies dial {P(g.pick(['911', '999', '112']))}."
    return [t1, t2] if g.chance(0.7) else [t1 + " " + t2]


def en_free_eponym(g: G) -> list[str]:
    d1, d2 = g.picks(EN_EPO_DISEASE, 2)
    s1, s2 = g.picks(EN_EPO_SIGN, 2)
    t1 = f"Neuro exam: {g.eage()} with known {P(d1)} for {P(str(g.num(2, 15)) + ' years')} on {P('carbidopa/levodopa 25/100 TID')}. {P(s1)} positive, {P(s2)} negative."
    t2 = f"Impression: consider {P(d2)}; order {P('MRI brain')}, {P(g.pick(EN_EPO_TOOL))} and {g.elab()}. Review {g.edate()}."
    return [t1, t2]


def en_free_edu(g: G) -> list[str]:
    t1 = f"Patient education: with {g.edx()}, aim for {P('BP < 130/80')}; don't stop {g.edrug()} without advice."
    t2 = f"Children aged {P(str(g.num(2, 11)) + ' months')} and older can have {P(g.pick(EN_VACC))}, at least {P(str(g.num(4, 8)) + ' weeks')} apart."
    t3 = f"Q: Is {P(g.pick(EN_LOOKALIKE))} safe with {g.edrug()}? A: Ask your pharmacist; usually fine."
    return g.picks([t1, t2, t3], g.num(1, 3))


# --------------------------------------------------------------------------------------------
# The set
# --------------------------------------------------------------------------------------------

Template = Callable[[G], list[str]]
PHI_STYLES: dict[str, tuple[Template, Template]] = {
    "discharge_summary": (zh_discharge, en_discharge),
    "referral_letter": (zh_referral, en_referral),
    "nursing_shift_report": (zh_shift, en_shift),
    "pharmacy_call_log": (zh_pharmacy, en_pharmacy),
    "patient_portal_message": (zh_portal, en_portal),
    "sms_reminder": (zh_sms, en_sms),
    "insurance_court_form": (zh_insurance, en_insurance),
    "genetic_counselling": (zh_genetic, en_genetic),
    "pedigree_prose": (zh_pedigree, en_pedigree),
    "pediatric_growth": (zh_growth, en_growth),
    "vaccination_record": (zh_vaccine, en_vaccine),
    "dental_note": (zh_dental, en_dental),
    "voice_dictation": (zh_dictation, en_dictation),
    "patient_forum_post": (zh_forum, en_forum),
    "interpreter_note": (zh_interpreter, en_interpreter),
    "flattened_table": (zh_table, en_table),
    "ocr_scan": (zh_ocr, en_ocr),
}
FREE_STYLES: dict[str, tuple[Template, Template]] = {
    "clean_progress_note": (zh_free_note, en_free_note),
    "clean_lookalikes": (zh_free_herbal, en_free_label),
    "clean_directions": (zh_free_directions, en_free_directions),
    "clean_eponyms": (zh_free_eponym, en_free_eponym),
    "clean_education": (zh_free_edu, en_free_edu),
}
N_PER_LANG, FREE_PER_LANG = 180, 36
CHATTY = {
    "pharmacy_call_log",
    "patient_portal_message",
    "sms_reminder",
    "patient_forum_post",
    "interpreter_note",
    "nursing_shift_report",
    "voice_dictation",
    "pediatric_growth",
    "clean_education",
}
ZH_TAIL = ["好的，谢谢。", "收到，已转告家属。", "明白了，我会按时来。", "已记录。"]
EN_TAIL = ["Noted, thanks.", "OK, will do.", "Thanks - see you then.", "Acknowledged."]


def plan(rng: random.Random) -> list[tuple[str, str, Template, bool]]:
    """Which template writes each conversation: PHI styles evenly, the rest PHI-free."""
    jobs: list[tuple[str, str, Template, bool]] = []
    for li, lang in enumerate(("zh", "en")):
        for styles, total, clean in (
            (PHI_STYLES, N_PER_LANG - FREE_PER_LANG, False),
            (FREE_STYLES, FREE_PER_LANG, True),
        ):
            names = list(styles)
            counts = dict.fromkeys(names, total // len(names))
            for extra in rng.sample(names, total % len(names)):
                counts[extra] += 1
            for name in names:
                jobs += [(lang, name, styles[name][li], clean)] * counts[name]
    rng.shuffle(jobs)
    return jobs


def conversation(cid: str, lang: str, style: str, template: Template, clean: bool) -> dict:
    """Draw the conversation from successive seeds until its labels pass the checks."""
    for attempt in range(500):
        g = G(f"{SEED}:{cid}:{attempt}")
        marked = template(g)
        if not clean and len(marked) > 1 and g.chance(0.12):
            marked = marked[:1]
        elif style in CHATTY and g.chance(0.35):
            marked = [*marked, g.pick(ZH_TAIL if lang == "zh" else EN_TAIL)]
        marked = marked[:4]
        try:
            turns, spans, protect = parse(marked)
            check_conversation(turns, spans, protect)
            if clean == bool(spans):
                raise MarkError("PHI-free text with identifiers, or identifiers missing")
        except MarkError as err:
            FAILURES[f"{style}: {err}"[:90]] += 1
            continue
        return {
            "id": cid,
            "lang": lang,
            "style": style,
            "source": "template",
            "turns": turns,
            "spans": [{"kind": s.kind, "text": s.text, "parts": s.parts} for s in spans],
            "protect": protect,
        }
    raise RuntimeError(f"{cid}: no draw passed the checks")


FAILURES: Counter[str] = Counter()


def build() -> list[dict]:
    jobs = plan(random.Random(SEED))
    return [conversation(f"fresh3-{i:04d}", *job) for i, job in enumerate(jobs, 1)]


def summary(rows: list[dict]) -> str:
    by_style = Counter((r["lang"], r["style"]) for r in rows)
    kinds = Counter(s["kind"] for r in rows for s in r["spans"])
    kinds_lang = Counter((r["lang"], s["kind"]) for r in rows for s in r["spans"])
    lines = [
        f"{len(rows)} conversations: "
        + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r["lang"] for r in rows).items()))
    ]
    lines.append(
        f"PHI-free: {sum(1 for r in rows if not r['spans'])}; protected values: {sum(len(r['protect']) for r in rows)}"
    )
    lines.append(
        "identifiers: "
        + ", ".join(f"{k} {kinds[k]} (zh {kinds_lang['zh', k]}, en {kinds_lang['en', k]})" for k in KINDS)
    )
    lines += [f"  {lang} {style}: {n}" for (lang, style), n in sorted(by_style.items())]
    return "\n".join(lines)


def check_pools(rows: list[dict]) -> list[str]:
    """This file's name and address parts that also occur in another deid set (only ours are shown)."""
    others = " ".join(
        t.lower()
        for path in sorted(HERE.glob("deid_*.jsonl"))
        if path != OUT
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
        for t in json.loads(line)["turns"]
    )
    ours = {
        p for r in rows for s in r["spans"] if s["kind"] in ("NAME", "ADDRESS") for p in s["parts"] if not p.isdigit()
    }
    return sorted(p for p in ours if re.search(r"(?<![a-z])" + re.escape(p.lower()) + r"(?![a-z])", others))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--check-pools", action="store_true", help="list this file's name/address parts found in the other sets"
    )
    ap.add_argument("--verbose", action="store_true", help="list why draws were rejected")
    args = ap.parse_args()
    rows = build()
    if args.check_pools:
        hits = check_pools(rows)
        print(f"{len(hits)} parts collide with other sets:", ", ".join(hits))
        return
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(summary(rows))
    print(f"redrawn {sum(FAILURES.values())} times", file=sys.stderr)
    if args.verbose:
        for k, v in sorted(FAILURES.items()):
            print(v, k, file=sys.stderr)


if __name__ == "__main__":
    main()
