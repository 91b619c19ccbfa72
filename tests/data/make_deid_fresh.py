"""Write tests/data/deid_fresh.jsonl: a held-out de-identification set for REPORTING ONLY.

Why it exists: the scrubber (annotation/deid/) was tuned on deid_dev, deid_seen and deid_heldout.
Figures measured on those sets flatter it. This set was written afterwards by someone who did not
read the scrubber, its tests or the generators of the other sets (only the line format of
deid_heldout.jsonl), so its figures say how the scrubber does on text nobody tuned on. Do not tune
on it, do not add its texts to unit tests, and do not pin floors from it: if a figure here is bad,
write new cases for the tuning sets and keep this one as the independent measurement.

How it was written: about 300 conversations, half Chinese and half English, about a fifth of them
PHI-free clinical text whose doses, pressures, lab values, dates, ages, durations, ICD codes, drug,
hospital and department names (and look-alikes: 高热/黄疸 after cue words, eponyms, brand names
such as "Dr. Scholl's", Title Case societies, "MRN pending", herbs named like people) must come back
untouched. The rest carry names, phones, e-mails, national IDs/passports/SSNs, record numbers,
dates of birth and addresses of PROTOCOL §7 in realistic writing: chat and SMS, outpatient notes,
discharge summaries, referral letters, nurse handover, phone triage, SOAP notes, claims forms,
relatives writing for a patient and multi-party dialogues where names come back without their cue.
Texts come from hand-written sentence templates filled from pools (TEMPLATES_*) and from fully
hand-written conversations (HAND_*), written with inline marks:

    ⟦KIND:text⟧             an identifier; its distinctive parts are derived (see `default_parts`)
    ⟦KIND:text|p1|p2⟧       an identifier with its parts given
    ⟦=text⟧                 a later mention of an identifier already marked (adds no span)
    ⟦=text@owner⟧           a later mention that adds `text` as one more part of span `owner`
    ⟦=text@owner|p1|p2⟧     the same, adding the parts given
    ⟪value⟫                 a clinical value that must survive untouched (`protect`)

Parts: a Chinese full name and its given name (2+ characters), an English first and last name, a
name with a title or 老/小 as written (杨主任, 老何); a phone's digit groups after the country and
area code; an ID's or record number's groups with digits; a date of birth's day and month (the year
alone identifies no one); an address's street, compound, village or town, house number and postcode.

Every name, surname, street, compound, village and town used here is checked to be absent from the
other three sets (`check_fresh`), and every conversation is checked so that a part occurs only
inside identifiers and belongs to one of them (`check_conversation`): the scorer counts an identifier as
caught when none of its parts survives, so a part shared with other text would blame the scrubber
for a word it rightly kept. Deterministic: the same seed writes the same file.

    python tests/data/make_deid_fresh.py
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "deid_fresh.jsonl"
TUNING_SETS = [HERE / f"deid_{split}.jsonl" for split in ("dev", "seen", "heldout")]
SEED = 20261129
KINDS = ("NAME", "PHONE", "EMAIL", "ID", "MRN", "DOB", "ADDRESS")
MARK = re.compile(r"⟦([^⟧]*)⟧|⟪([^⟫]*)⟫")
HAN = re.compile(r"[\u4e00-\u9fff]")

# ----------------------------------------------------------------------------------------------
# Marked text -> one labelled conversation


@dataclass
class Conversation:
    id: str
    lang: str
    style: str
    source: str
    turns: list[str]
    spans: list[dict] = field(default_factory=list)
    protect: list[str] = field(default_factory=list)
    marked: list[str] = field(default_factory=list)

    def row(self) -> dict:
        return {
            "id": self.id,
            "lang": self.lang,
            "style": self.style,
            "source": self.source,
            "turns": self.turns,
            "spans": self.spans,
            "protect": self.protect,
        }


def fold(text: str) -> str:
    """What the scorer compares: full-width digits and symbols folded to ASCII."""
    return unicodedata.normalize("NFKC", text)


def survives(part: str, text: str) -> bool:
    """The scorer's rule (bench/deid.py): whole words for Latin script, case-insensitive."""
    part, text = fold(part), fold(text)
    if part.isascii():
        return re.search(rf"(?<![A-Za-z0-9]){re.escape(part)}(?![A-Za-z0-9])", text, re.IGNORECASE) is not None
    return part in text


def default_parts(kind: str, text: str) -> list[str]:
    """The pieces that must all be gone for the identifier to count as caught."""
    plain = fold(text)
    if kind == "NAME":
        return name_parts(text)
    if kind == "EMAIL":
        return [plain.split("@")[0]]
    if kind == "PHONE":
        return phone_parts(plain)
    if kind in ("ID", "MRN"):
        groups = [g for g in re.split(r"[\s\-/.:]+", plain) if g]
        kept = [g for g in groups if len(g) >= 3 and re.search(r"\d", g)]
        return kept or [plain]
    if kind == "DOB":
        return [dob_core(text)]
    return [text]


def name_parts(text: str) -> list[str]:
    if HAN.search(text):
        if text[0] in "小老阿" and len(text) == 2:
            return [text]
        surname = next((s for s in DOUBLE_SURNAMES if text.startswith(s)), text[0])
        given = text[len(surname) :]
        return [text] + ([given] if len(given) >= 2 else [])
    tokens = [t for t in re.split(r"[\s,]+", text) if t]
    return [t for t in tokens if len(t.rstrip(".")) > 1 and t.rstrip(".") not in EN_TITLES]


def phone_parts(plain: str) -> list[str]:
    plain = re.split(r"\s*(?:ext\.?|x|转|分机)\s*\d+$", plain, flags=re.IGNORECASE)[0]
    international = plain.lstrip().startswith("+")
    groups = re.findall(r"\(?\d+\)?", plain)
    if international:
        groups = groups[1:]
    if len(groups) >= 3 or (len(groups) == 2 and (groups[0].startswith(("0", "(")))):
        groups = groups[1:]
    digits = [g.strip("()") for g in groups]
    return [g for g in digits if len(g) >= 3]


def dob_core(text: str) -> str:
    """The day and month of a date of birth: the year alone is not an identifier (Safe Harbor)."""
    core = re.sub(r"(19|20)\d\d\s*年?|一九[〇零一二三四五六七八九]{2}年", "", text, count=1)
    if core == text:
        core = re.sub(r"[\s/.\-']+\d\d$", "", text)
    core = core.strip(" ,./-'")
    return core or text


def parse(marked: str, conv: Conversation) -> str:
    """Remove the marks from one turn, recording its spans and protected values on `conv`."""

    def replace(match: re.Match) -> str:
        body, protected = match.group(1), match.group(2)
        if protected is not None:
            if protected not in conv.protect:
                conv.protect.append(protected)
            return protected
        if body.startswith("="):
            head, *parts = body[1:].split("|")
            text, _, owner = head.partition("@")
            if owner:
                span = next(s for s in conv.spans if s["text"] == owner)
                span["parts"] += [p for p in parts or [text] if p not in span["parts"]]
            else:
                assert any(
                    fold(text).lower() in (fold(p).lower() for p in s["parts"] + [s["text"]]) for s in conv.spans
                ), (conv.id, text)
            return text
        kind, _, rest = body.partition(":")
        text, *parts = rest.split("|")
        assert kind in KINDS, (conv.id, kind)
        if not any(s["text"] == text and s["kind"] == kind for s in conv.spans):
            conv.spans.append({"kind": kind, "text": text, "parts": parts or default_parts(kind, text)})
        return text

    return MARK.sub(replace, marked)


def build(cid: str, lang: str, style: str, source: str, marked_turns: list[str]) -> Conversation:
    conv = Conversation(cid, lang, style, source, [], marked=list(marked_turns))
    conv.turns = [parse(turn, conv) for turn in marked_turns]
    return conv


def check_conversation(conv: Conversation) -> None:
    """Each part occurs, only inside marked identifiers and in one span; protected values are never identifiers."""
    text = "\n".join(conv.turns)
    blanked = "\n".join(MARK.sub(lambda m: "■" if m.group(1) is not None else m.group(0), t) for t in conv.marked)
    blanked = re.sub(r"⟪|⟫", "", blanked)
    for span in conv.spans:
        assert span["parts"], (conv.id, span)
        for part in span["parts"]:
            assert survives(part, text), (conv.id, "part not in text", part)
            assert not survives(part, blanked), (conv.id, "part outside the identifier", part)
            for value in conv.protect:
                assert not survives(part, value), (conv.id, "part inside a protected value", part, value)
    for value in conv.protect:
        assert value in text, (conv.id, value)
    parts = [fold(part).lower() for span in conv.spans for part in span["parts"]]
    assert len(parts) == len(set(parts)), (conv.id, "two spans share a part", parts)


# ----------------------------------------------------------------------------------------------
# Pools. None of these names, surnames, streets or places occurs in the tuning sets (check_fresh).

ZH_SURNAMES = list(
    "宣李杨朱何吕苏任袁于傅宋江钟叶石贾顾萧姜常汤康洪庄韦柳鲍岑齐伍穆纪舒季盛凌霍管莫翁焦谷景耿关辛冷戚喻柏窦章苗蒋储甄牛寇晏柴缪"
)
ZH_RARE_SURNAMES = list("亓仉郦逯笪扈隗檀濮厍禚谌眭昝琚訾")
DOUBLE_SURNAMES = [
    "太史",
    "百里",
    "第五",
    "东郭",
    "梁丘",
    "左丘",
    "独孤",
    "万俟",
    "拓跋",
    "亓官",
    "宇文",
    "南宫",
    "钟离",
    "申屠",
    "澹台",
    "闻人",
    "呼延",
    "濮阳",
    "淳于",
    "赫连",
]
ZH_GIVEN_2 = [
    "振邦",
    "嘉树",
    "若岚",
    "书瑶",
    "梓萱",
    "沐阳",
    "景行",
    "思远",
    "雅楠",
    "婉清",
    "德昌",
    "国栋",
    "桂芬",
    "淑珍",
    "建业",
    "卫东",
    "丽娟",
    "春生",
    "子墨",
    "一诺",
    "奕辰",
    "语桐",
    "启航",
    "明轩",
    "欣悦",
    "锦程",
    "慧敏",
    "永康",
    "福生",
    "玉梅",
    "翠花",
    "凤英",
    "立群",
    "宏图",
    "秋菊",
    "冬青",
    "宝山",
    "铁柱",
    "维汉",
    "聿修",
    "屹川",
    "砚秋",
    "蕴之",
    "闻笛",
    "知夏",
    "望舒",
    "耀祖",
    "金凤",
]
ZH_GIVEN_1 = list("峥韬霏琛骁璐沁珂樾湛")
ZH_FEMALE = {
    "若岚",
    "书瑶",
    "梓萱",
    "雅楠",
    "婉清",
    "桂芬",
    "淑珍",
    "丽娟",
    "一诺",
    "语桐",
    "欣悦",
    "慧敏",
    "玉梅",
    "翠花",
    "凤英",
    "秋菊",
    "冬青",
    "砚秋",
    "知夏",
    "望舒",
    "金凤",
    "霏",
    "璐",
    "沁",
    "珂",
}
EN_FIRST = [
    "Thaddeus",
    "Philippa",
    "Cormac",
    "Perpetua",
    "Leopold",
    "Ottilie",
    "Barnaby",
    "Eulalia",
    "Ignatius",
    "Seraphina",
    "Lachlan",
    "Marguerite",
    "Lysander",
    "Winifred",
    "Evander",
    "Henrietta",
    "Percival",
    "Araminta",
    "Caspian",
    "Beatrix",
    "Oluwaseun",
    "Anjali",
    "Rajesh",
    "Tomasz",
    "Agnieszka",
    "Saoirse",
    "Niamh",
    "Eoin",
    "Ngozi",
    "Kwabena",
    "Yusuf",
    "Farida",
    "Esperanza",
    "Joaquin",
    "Vsevolod",
    "Svetlana",
    "Hiroshi",
    "Keiko",
    "Tariq",
    "Mireille",
    "Ansel",
    "Delphine",
    "Rufus",
    "Clementine",
    "Horace",
    "Dorothea",
]
EN_FEMALE = {
    "Philippa",
    "Ottilie",
    "Seraphina",
    "Marguerite",
    "Winifred",
    "Henrietta",
    "Araminta",
    "Beatrix",
    "Anjali",
    "Agnieszka",
    "Saoirse",
    "Niamh",
    "Ngozi",
    "Farida",
    "Esperanza",
    "Svetlana",
    "Keiko",
    "Mireille",
    "Delphine",
    "Clementine",
    "Dorothea",
    "Perpetua",
    "Eulalia",
}
EN_LAST = [
    "Whitcombe",
    "Ashdown",
    "Pennycuick",
    "Nwachukwu",
    "Ainsworth",
    "Castellanos",
    "Drummond",
    "Featherstone",
    "Hazeldine",
    "Iwasaki",
    "Jablonski",
    "Kowalczyk",
    "Sjoberg",
    "Nakashima",
    "O'Rourke",
    "Prendergast",
    "Quiroga",
    "Rasmussen",
    "Szymanski",
    "Thornbury",
    "Valdivia",
    "Wojcik",
    "Yarborough",
    "Zielinski",
    "McCorquodale",
    "MacGregor",
    "Desrosiers",
    "Ferreira",
    "Oyebanji",
    "Balasubramanian",
    "Gunasekara",
    "Vandersloot",
    "Villanueva",
    "Hollingsworth",
    "Breslin",
    "Lomax",
    "Kilbride",
    "Osei",
    "Petrakis",
    "Sandoval",
]
EN_DOUBLE_BARRELLED = ["Ashdown-Pryce", "Ferreira-Lomax", "Kilbride-Osei", "Pennycuick-Vance"]
EN_TITLES = {"Dr", "Mr", "Mrs", "Ms", "Miss", "Prof", "Nurse", "Pt", "Patient", "Attending", "Sister", "Rev"}

ZH_CITIES = [
    ("佛山市", "顺德区"),
    ("绍兴市", "越城区"),
    ("烟台市", "芝罘区"),
    ("赣州市", "章贡区"),
    ("洛阳市", "涧西区"),
    ("泉州市", "丰泽区"),
    ("宜昌市", "西陵区"),
    ("保定市", "竞秀区"),
    ("柳州市", "鱼峰区"),
    ("湖州市", "吴兴区"),
]
ZH_STREETS = [
    "栖凤路",
    "柳荫街",
    "青檀路",
    "槐荫巷",
    "望湖北路",
    "翠屏东路",
    "桐柏南街",
    "杏坛路",
    "鹭洲大道",
    "枫林西路",
    "瓦窑巷",
    "龙泉寺街",
]
ZH_COMPOUNDS = ["锦绣华庭", "金桂苑", "碧水湾花园", "枫丹雅苑", "松鹤小区", "紫荆公寓", "怡景新村", "桃源居"]
ZH_TOWERS = ["明德大厦", "汇金国际", "恒瑞商务楼", "天禧广场"]
ZH_COUNTIES = [
    ("郯城县", "马头镇"),
    ("崇义县", "长龙镇"),
    ("平阴县", "孔村镇"),
    ("汝阳县", "柏树乡"),
    ("瑞金市", "叶坪乡"),
]
ZH_VILLAGES = ["下洼村", "柏树湾村", "石碾村", "蔡家洼村", "杨柳堡村", "南岔村"]
EN_STREETS = [
    "Larkspur",
    "Quarry Hill",
    "Tamarack",
    "Wheatsheaf",
    "Heron",
    "Bramblewood",
    "Kittiwake",
    "Saddleback",
    "Juniper Hollow",
    "Ravenscar",
    "Cobblestone",
    "Thistledown",
]
EN_SUFFIXES = ["Ave", "Rd", "Ln", "Dr", "St", "Blvd", "Ct", "Way", "Terrace", "Crescent"]
EN_US_TOWNS = [
    ("Spokane", "WA", "992"),
    ("Bozeman", "MT", "597"),
    ("Asheville", "NC", "288"),
    ("Missoula", "MT", "598"),
    ("Ithaca", "NY", "148"),
    ("Fort Collins", "CO", "805"),
    ("Burlington", "VT", "054"),
]
EN_UK_TOWNS = [("Harrogate", "HG"), ("Kettering", "NN"), ("Tamworth", "B"), ("Dundee", "DD"), ("Galashiels", "TD")]


def check_fresh() -> None:
    """Assert the pools share no name, surname, street or place with the tuning sets."""
    texts, zh_surnames = [], set()
    for path in TUNING_SETS:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            texts.append("\n".join(row["turns"]))
            for span in row["spans"]:
                if span["kind"] == "NAME" and HAN.match(span["text"]):
                    zh_surnames.update({span["text"][0], span["text"][:2]})
    corpus = "\n".join(texts)
    for surname in ZH_SURNAMES + ZH_RARE_SURNAMES + DOUBLE_SURNAMES:
        assert surname not in zh_surnames, f"surname {surname} is used in the tuning sets"
    han_pools = DOUBLE_SURNAMES + ZH_GIVEN_2 + ZH_STREETS + ZH_COMPOUNDS + ZH_TOWERS + ZH_VILLAGES
    han_pools += [c for pair in ZH_CITIES + ZH_COUNTIES for c in pair]
    for item in han_pools:
        assert item not in corpus, f"{item} occurs in the tuning sets"
    latin = EN_FIRST + EN_LAST + EN_DOUBLE_BARRELLED + EN_STREETS + [t[0] for t in EN_US_TOWNS + EN_UK_TOWNS]
    for item in latin:
        assert not survives(item, corpus), f"{item} occurs in the tuning sets"


def check_fresh_rows(rows: list[Conversation]) -> None:
    """The same for what the hand-written conversations use: every name part is new."""
    corpus = "\n".join(
        "\n".join(json.loads(line)["turns"])
        for path in TUNING_SETS
        for line in path.read_text(encoding="utf-8").splitlines()
    )
    surnames = set(ZH_SURNAMES + ZH_RARE_SURNAMES + DOUBLE_SURNAMES)
    for conv in rows:
        for span in conv.spans:
            text = span["text"].removeprefix("Dr.").removeprefix("Mr.")
            if span["kind"] == "NAME" and HAN.match(text) and text[0] not in "小老":
                assert text[0] in surnames or text[:2] in surnames, (conv.id, f"{text}: surname not from the pools")
            if span["kind"] in ("NAME", "ADDRESS"):
                for part in span["parts"]:
                    if not re.search(r"\d", part) and len(part) >= 2:  # house numbers may repeat
                        assert not survives(part, corpus), (conv.id, f"{part} occurs in the tuning sets")


ZH_GIVEN_PINYIN = dict(
    zip(
        ZH_GIVEN_2,
        [
            "zhenbang",
            "jiashu",
            "ruolan",
            "shuyao",
            "zixuan",
            "muyang",
            "jingxing",
            "siyuan",
            "yanan",
            "wanqing",
            "dechang",
            "guodong",
            "guifen",
            "shuzhen",
            "jianye",
            "weidong",
            "lijuan",
            "chunsheng",
            "zimo",
            "yinuo",
            "yichen",
            "yutong",
            "qihang",
            "mingxuan",
            "xinyue",
            "jincheng",
            "huimin",
            "yongkang",
            "fusheng",
            "yumei",
            "cuihua",
            "fengying",
            "liqun",
            "hongtu",
            "qiuju",
            "dongqing",
            "baoshan",
            "tiezhu",
            "weihan",
            "yuxiu",
            "yichuan",
            "yanqiu",
            "yunzhi",
            "wendi",
            "zhixia",
            "wangshu",
            "yaozu",
            "jinfeng",
        ],
    )
)
CN_ID_AREAS = ["440606", "330602", "370602", "360702", "410305", "350503", "420502", "130602", "450203", "330502"]
CN_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ZH_NUMERALS = "〇一二三四五六七八九"
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


def cn_id_check_digit(first17: str) -> str:
    """GB 11643-1999: the weighted sum of the first 17 digits, mod 11, mapped onto 1 0 X 9 8 7 6 5 4 3 2."""
    return "10X98765432"[sum(int(d) * w for d, w in zip(first17, CN_ID_WEIGHTS)) % 11]


def nhs_number(rng: random.Random) -> str:
    """A ten-digit NHS number with a valid modulus 11 check digit."""
    while True:
        nine = [rng.randint(0, 9) for _ in range(9)]
        nine[0] = rng.randint(4, 9)
        check = 11 - sum(d * (10 - i) for i, d in enumerate(nine)) % 11
        if check == 11:
            check = 0
        if check != 10:
            return "".join(map(str, nine)) + str(check)


def ordinal(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def zh_numeral_number(n: int) -> str:
    """三 十四 二十 for month and day in Chinese numerals."""
    if n < 10:
        return ZH_NUMERALS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else ZH_NUMERALS[tens]) + "十" + (ZH_NUMERALS[ones] if ones else "")


@dataclass
class Person:
    surname: str
    given: str
    owner: str = ""  # the text of the span this person got on first mention


@dataclass
class EnPerson:
    first: str
    last: str
    middle: str
    owner: str = ""


@dataclass
class Birth:
    year: int
    month: int
    day: int

    @property
    def compact(self) -> str:
        return f"{self.year}{self.month:02d}{self.day:02d}"

    @property
    def age(self) -> int:
        return 2026 - self.year - 1


SLOT = re.compile(r"\{([A-Z]+[0-9]?)(?:\.([A-Za-z0-9]+))?(?::([^{}]*))?\}")
PERSON = re.compile(r"^([PE])([FM]?)([0-9])$")


class Filler:
    """Fills one conversation's templates: people keep their name across turns, numbers too."""

    def __init__(self, rng: random.Random, used: set[str]):
        self.rng = rng
        self.used = used  # full names used anywhere in the set, so no two conversations share a person
        self.zh: dict[str, Person] = {}
        self.en: dict[str, EnPerson] = {}
        self.values: dict[str, str] = {}
        self.needs_two_char_given: set[str] = set()
        self.birth = Birth(rng.randint(1938, 2003), rng.randint(1, 12), rng.randint(1, 28))
        self.gender: dict[str, str] = {}

    def fill(self, turns: list[str]) -> list[str]:
        joined = "".join(turns)
        slots = [(PERSON.match(m.group(1)), m.group(2)) for m in SLOT.finditer(joined)]
        self.needs_two_char_given = {p.group(1) + p.group(3) for p, form in slots if p and form == "g"}
        self.gender = {p.group(1) + p.group(3): p.group(2) for p, _ in slots if p and p.group(2)}
        if "{KID}" in joined:
            self.birth = Birth(self.rng.randint(2014, 2023), self.birth.month, self.birth.day)
        return [SLOT.sub(self.slot, turn) for turn in turns]

    def slot(self, match: re.Match) -> str:
        key, form, arg = match.group(1), match.group(2) or "", match.group(3) or ""
        person = PERSON.match(key)
        if person and person.group(1) == "P":
            return self.zh_person(person.group(1) + person.group(3), form, arg)
        if person:
            return self.en_person(person.group(1) + person.group(3), form, arg)
        if key == "KID":
            return ""
        base = key.rstrip("0123456789")
        if key != base and key in self.values:  # a numbered value said again: a later mention
            return f"⟦={self.values[key]}⟧"
        made = getattr(self, "make_" + base.lower())(form)
        if key != base:
            self.values[key] = re.sub(r"⟦[A-Z]+:([^|⟧]*).*", r"\1", made)
        return made

    # -- people ---------------------------------------------------------------------------------

    def new_zh(self, key: str) -> Person:
        rng, people = self.rng, self.zh.values()
        taken = {p.surname for p in people} | {p.given for p in people}  # no two people share a part
        while True:
            roll = rng.random()
            surname = rng.choice(DOUBLE_SURNAMES if roll < 0.1 else ZH_RARE_SURNAMES if roll < 0.2 else ZH_SURNAMES)
            one_char = key not in self.needs_two_char_given and rng.random() < 0.25
            given = rng.choice(self.of_gender(ZH_GIVEN_1 if one_char else ZH_GIVEN_2, ZH_FEMALE, key))
            if surname not in taken and given not in taken and surname + given not in self.used:
                self.used.add(surname + given)
                return Person(surname, given)

    def of_gender(self, names: list[str], female: set[str], key: str) -> list[str]:
        wanted = self.gender.get(key)
        return [n for n in names if not wanted or (n in female) == (wanted == "F")]

    def zh_person(self, key: str, form: str, arg: str) -> str:
        person = self.zh.get(key) or self.zh.setdefault(key, self.new_zh(key))
        full = person.surname + person.given
        text = {
            "": full,
            "g": person.given,
            "t": person.surname + arg,
            "lao": "老" + person.surname,
            "xiao": "小" + person.surname,
        }[form]
        parts = name_parts(full) if form == "" else [text]
        if not person.owner:
            person.owner = text
            return f"⟦NAME:{text}|{'|'.join(parts)}⟧"
        return f"⟦={text}@{person.owner}|{'|'.join(parts)}⟧"

    def new_en(self, key: str) -> EnPerson:
        while True:
            first = self.rng.choice(self.of_gender(EN_FIRST, EN_FEMALE, key))
            middle = self.rng.choice([n for n in EN_FIRST if n != first])
            last = self.rng.choice(EN_LAST + EN_DOUBLE_BARRELLED if self.rng.random() < 0.1 else EN_LAST)
            taken = {p.last for p in self.en.values()} | {p.first for p in self.en.values()}
            if last not in taken and first not in taken and first + last not in self.used:
                self.used.add(first + last)
                return EnPerson(first, last, middle[0])

    def en_person(self, key: str, form: str, arg: str) -> str:
        p = self.en.get(key) or self.en.setdefault(key, self.new_en(key))
        forms = {
            "": (f"{p.first} {p.last}", [p.first, p.last]),
            "f": (p.first, [p.first]),
            "l": (p.last, [p.last]),
            "fm": (f"{p.first} {p.middle}. {p.last}", [p.first, p.last]),
            "lfm": (f"{p.last}, {p.first} {p.middle}", [p.last, p.first]),
            "upper": (f"{p.last.upper()}, {p.first.upper()}", [p.last, p.first]),
            "lower": (f"{p.first.lower()} {p.last.lower()}", [p.first, p.last]),
            "lf": (p.first.lower(), [p.first]),
            "ini": (f"{p.first[0]}. {p.last}", [p.last]),
        }
        text, parts = forms[form]
        if not p.owner:
            p.owner = text
            return f"⟦NAME:{text}|{'|'.join(parts)}⟧"
        return f"⟦={text}@{p.owner}|{'|'.join(parts)}⟧"

    # -- identifiers ----------------------------------------------------------------------------

    def pick(self, options: list[str], form: str, names: list[str] | None = None) -> str:
        """`form` names one of `options` (by `names`) in a template; otherwise a random one."""
        if form and names:
            return options[names.index(form)]
        return self.rng.choice(options)

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def make_phonem(self, form: str) -> str:
        """A Chinese mobile number, as people write it."""
        prefix = self.rng.choice(
            [
                "133",
                "135",
                "136",
                "137",
                "139",
                "150",
                "151",
                "152",
                "157",
                "158",
                "159",
                "166",
                "177",
                "180",
                "181",
                "186",
                "187",
                "189",
                "191",
                "199",
            ]
        )
        a, b = self.digits(4), self.digits(4)
        wide = (prefix + a + b).translate({ord(c): chr(ord(c) + 0xFEE0) for c in "0123456789"})
        text = self.pick(
            [
                f"{prefix}{a}{b}",
                f"{prefix} {a} {b}",
                f"{prefix}-{a}-{b}",
                f"+86 {prefix} {a} {b}",
                f"+86-{prefix}{a}{b}",
                f"(+86){prefix}{a}{b}",
                wide,
                f"{prefix}{a}{b}",
            ],
            form,
            ["plain", "spaced", "dashed", "intl", "intldash", "paren", "wide", "plain2"],
        )
        return f"⟦PHONE:{text}⟧"

    def make_phonel(self, form: str) -> str:
        """A Chinese landline with its area code, sometimes an extension."""
        area = self.rng.choice(["0757", "0575", "0535", "0797", "0379", "0595", "0717", "0312", "0772", "0572"])
        a, b = str(self.rng.randint(2, 8)) + self.digits(3), self.digits(4)
        text = self.pick(
            [
                f"{area}-{a}{b}",
                f"({area}){a}{b}",
                f"{area} {a} {b}",
                f"{area}-{a}{b}转{self.digits(3)}",
                f"{area}-{a}-{b}",
            ],
            form,
        )
        return f"⟦PHONE:{text}⟧"

    def make_phoneus(self, form: str) -> str:
        area = str(self.rng.randint(201, 989)).replace("555", "556")
        ex, line = str(self.rng.randint(202, 989)), self.digits(4)
        text = self.pick(
            [
                f"({area}) {ex}-{line}",
                f"{area}-{ex}-{line}",
                f"{area}.{ex}.{line}",
                f"+1 {area} {ex} {line}",
                f"{area}{ex}{line}",
                f"({area}) {ex}-{line} ext. {self.digits(3)}",
                f"1-{area}-{ex}-{line}",
                f"{area}-{ex}-{line} x{self.digits(2)}",
            ],
            form,
            ["paren", "dashed", "dotted", "intl", "bare", "ext", "one", "x"],
        )
        return f"⟦PHONE:{text}⟧"

    def make_phoneuk(self, form: str) -> str:
        mob, land = "7" + self.digits(3), self.digits(4)
        text = self.pick(
            [
                f"0{mob} {self.digits(6)}",
                f"+44 {mob} {self.digits(6)}",
                f"020 {land} {self.digits(4)}",
                f"+44 (0)20 {land} {self.digits(4)}",
                f"01423 {self.digits(6)}",
            ],
            form,
        )
        return f"⟦PHONE:{text}⟧"

    def make_emailz(self, form: str) -> str:
        handle = self.rng.choice(ZH_GIVEN_2)
        pinyin = ZH_GIVEN_PINYIN[handle]
        local = self.pick(
            [
                f"{pinyin}{self.birth.year}",
                f"{pinyin}_{self.digits(3)}",
                self.digits(9),
                f"{pinyin}.{self.rng.choice(['hz', 'fs', 'sx', 'yt'])}{self.digits(2)}",
            ],
            form,
        )
        domain = self.rng.choice(["163.com", "qq.com", "126.com", "sina.com", "foxmail.com", "yeah.net"])
        return f"⟦EMAIL:{local}@{domain}⟧"

    def make_emaile(self, form: str) -> str:
        first, last = self.rng.choice(EN_FIRST).lower(), self.rng.choice(EN_LAST).lower().replace("'", "")
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first[0]}{last}{self.digits(2)}",
                f"{first}_{last[0]}",
                f"{last}.{first[0]}{self.digits(2)}",
            ],
            form,
        )
        domain = self.rng.choice(
            ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "proton.me", "btinternet.com"]
        )
        return f"⟦EMAIL:{local}@{domain}⟧"

    def make_idcn(self, form: str) -> str:
        """A resident ID whose birth date is the patient's and whose check digit is valid."""
        first17 = self.rng.choice(CN_ID_AREAS) + self.birth.compact + self.digits(3)
        number = first17 + cn_id_check_digit(first17)
        text = self.pick(
            [number, f"{number[:6]} {number[6:14]} {number[14:]}", number, number[:-1] + number[-1].lower()],
            form,
            ["plain", "spaced", "plain2", "lower"],
        )
        return f"⟦ID:{text}⟧"

    def make_passportcn(self, form: str) -> str:
        text = self.pick([f"E{self.digits(8)}", f"EA{self.digits(7)}", f"G{self.digits(8)}"], form)
        return f"⟦ID:{text}⟧"

    def make_passport(self, form: str) -> str:
        text = self.pick([self.digits(9), f"{self.rng.choice('CLM')}{self.digits(8)}"], form)
        return f"⟦ID:{text}⟧"

    def make_ssn(self, form: str) -> str:
        area = str(self.rng.randint(101, 665)).replace("666", "667")
        group, serial = f"{self.rng.randint(10, 99)}", f"{self.rng.randint(1001, 9999)}"
        text = self.pick([f"{area}-{group}-{serial}", f"{area} {group} {serial}", f"{area}{group}{serial}"], form)
        return f"⟦ID:{text}⟧"

    def make_nhs(self, form: str) -> str:
        number = nhs_number(self.rng)
        text = self.pick([f"{number[:3]} {number[3:6]} {number[6:]}", number], form)
        return f"⟦ID:{text}⟧"

    def make_mrn(self, form: str) -> str:
        """A record number without its label: the template says what it is called."""
        text = self.pick(
            [
                self.digits(7),
                self.digits(8),
                f"ZY{self.digits(8)}",
                f"M{self.digits(6)}",
                f"{self.digits(4)}-{self.digits(5)}",
                f"H{self.digits(7)}",
                f"MZ{self.digits(9)}",
                f"{self.digits(3)} {self.digits(3)} {self.digits(3)}",
                f"RX{self.digits(6)}",
            ],
            form,
        )
        return f"⟦MRN:{text}⟧"

    def make_dobz(self, form: str) -> str:
        """A Chinese date of birth and its day-and-month part (the year alone identifies no one)."""
        b, y2 = self.birth, f"{self.birth.year % 100:02d}"
        cn_year = "".join(ZH_NUMERALS[int(d)] for d in str(b.year))
        cn_md = f"{zh_numeral_number(b.month)}月{zh_numeral_number(b.day)}日"
        options = [
            (f"{b.year}年{b.month}月{b.day}日", f"{b.month}月{b.day}日"),
            (f"{b.year}年{b.month:02d}月{b.day:02d}日", f"{b.month:02d}月{b.day:02d}日"),
            (f"{b.year}.{b.month}.{b.day}", f"{b.month}.{b.day}"),
            (f"{b.year}-{b.month:02d}-{b.day:02d}", f"{b.month:02d}-{b.day:02d}"),
            (f"{b.year}/{b.month}/{b.day}", f"{b.month}/{b.day}"),
            (f"{y2}年{b.month}月{b.day}日", f"{b.month}月{b.day}日"),
            (f"{cn_year}年{cn_md}", cn_md),
            (b.compact, b.compact),
        ]
        text, part = self.pick(options, form, ["ymd", "ymd0", "dot", "iso", "slash", "y2", "numerals", "compact"])
        return f"⟦DOB:{text}|{part}⟧"

    def make_dobe(self, form: str) -> str:
        """An English date of birth, US or UK order, and its day-and-month part."""
        b, y2 = self.birth, f"{self.birth.year % 100:02d}"
        month, mon = EN_MONTHS[b.month - 1], EN_MONTHS[b.month - 1][:3]
        options = [
            (f"{b.month:02d}/{b.day:02d}/{b.year}", f"{b.month:02d}/{b.day:02d}"),
            (f"{b.month}/{b.day}/{y2}", f"{b.month}/{b.day}"),
            (f"{b.day:02d}/{b.month:02d}/{b.year}", f"{b.day:02d}/{b.month:02d}"),
            (f"{month} {b.day}, {b.year}", f"{month} {b.day}"),
            (f"{ordinal(b.day)} {month} {b.year}", f"{ordinal(b.day)} {month}"),
            (f"{mon} {b.day} '{y2}", f"{mon} {b.day}"),
            (f"{b.day:02d}-{mon}-{b.year}", f"{b.day:02d}-{mon}"),
            (f"{b.year}-{b.month:02d}-{b.day:02d}", f"{b.month:02d}-{b.day:02d}"),
            (f"the {ordinal(b.day)} of {month}, {b.year}", f"{ordinal(b.day)} of {month}"),
            (f"{b.day} {mon.upper()} {b.year}", f"{b.day} {mon.upper()}"),
            (f"{mon}. {ordinal(b.day)}, {b.year}", f"{mon}. {ordinal(b.day)}"),
        ]
        text, part = self.pick(
            options, form, ["us", "us2", "uk", "long", "ordinal", "abbr", "dmy", "iso", "of", "caps", "abbrdot"]
        )
        return f"⟦DOB:{text}|{part}⟧"

    def make_addrz(self, form: str) -> str:
        """A Chinese street address through compound, building, unit and room, or a tower, or a village."""
        rng = self.rng
        city, district = rng.choice(ZH_CITIES)
        street, number = rng.choice(ZH_STREETS), rng.randint(3, 388)
        building, unit, room = rng.randint(1, 28), rng.randint(1, 6), f"{rng.randint(1, 30)}0{rng.randint(1, 4)}"
        compound, tower = rng.choice(ZH_COMPOUNDS), rng.choice(ZH_TOWERS)
        county, town = rng.choice(ZH_COUNTIES)
        village, group = rng.choice(ZH_VILLAGES), rng.randint(1, 12)
        options = [
            (
                f"{city}{district}{street}{number}号{compound}{building}栋{unit}单元{room}室",
                [street, compound, f"{building}栋{unit}单元{room}"],
            ),
            (f"{district}{street}{number}号{tower}{rng.randint(5, 31)}楼", [street, tower, f"{number}号"]),
            (f"{compound}{building}号楼{unit}单元{room}", [compound, f"{building}号楼{unit}单元{room}"]),
            (f"{county}{town}{village}{group}组{rng.randint(3, 99)}号", [town, village]),
            (f"{city}{street}{number}弄{building}号{room}室", [street, f"{number}弄{building}号{room}"]),
            (f"{town}{village}", [town, village]),
        ]
        text, parts = self.pick(options, form, ["compound", "tower", "short", "village", "lane", "villageshort"])
        return f"⟦ADDRESS:{text}|{'|'.join(parts)}⟧"

    def make_addrus(self, form: str) -> str:
        rng = self.rng
        number, street, suffix = str(rng.randint(12, 9870)), rng.choice(EN_STREETS), rng.choice(EN_SUFFIXES)
        town, state, zip3 = rng.choice(EN_US_TOWNS)
        zipcode = zip3 + self.digits(2)
        compass = rng.choice(["N", "S", "E", "W", "NE", "NW", "SE", "SW"])
        apt = f"{rng.randint(1, 12)}{rng.choice('ABCD')}"
        options = [
            (f"{number} {compass} {street} {suffix}, Apt {apt}, {town}, {state} {zipcode}", [number, street, zipcode]),
            (
                f"{number} {street} {suffix} #{rng.randint(101, 940)}, {town} {state} {zipcode}",
                [number, street, zipcode],
            ),
            (f"{number} {street} {suffix}", [number, street]),
            (f"{number} {compass} {street} {suffix}", [number, street]),
            (f"{number.lower()} {street.lower()} {suffix.lower()}", [number, street]),
        ]
        text, parts = self.pick(options, form, ["full", "unit", "street", "compass", "lower"])
        return f"⟦ADDRESS:{text}|{'|'.join(parts)}⟧"

    def make_addruk(self, form: str) -> str:
        rng = self.rng
        number, street = str(rng.randint(2, 180)), rng.choice(EN_STREETS)
        suffix = rng.choice(["Road", "Close", "Crescent", "Gardens", "Lane", "Terrace", "Mews"])
        town, area = rng.choice(EN_UK_TOWNS)
        postcode = f"{area}{rng.randint(1, 19)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        options = [
            (f"Flat {rng.randint(1, 24)}, {number} {street} {suffix}, {town} {postcode}", [number, street, postcode]),
            (f"{number} {street} {suffix}, {town}, {postcode}", [number, street, postcode]),
            (f"{number} {street} {suffix}", [number, street]),
        ]
        text, parts = self.pick(options, form, ["flat", "full", "street"])
        return f"⟦ADDRESS:{text}|{'|'.join(parts)}⟧"

    # -- clinical values that must survive ------------------------------------------------------

    def protect(self, options: list[str], form: str = "") -> str:
        return f"⟪{self.rng.choice(options)}⟫"

    def make_rxz(self, form: str) -> str:
        drug, dose = self.rng.choice(ZH_PRESCRIPTIONS)
        return f"⟪{drug}⟫⟪{dose}⟫"

    def make_drugz(self, form: str) -> str:
        return self.protect([drug for drug, _ in ZH_PRESCRIPTIONS] + ZH_DRUGS_ONLY)

    def make_labz(self, form: str) -> str:
        return self.protect(ZH_LABS)

    def make_durz(self, form: str) -> str:
        if form == "long":
            return self.protect(["半年", "10余年", "三个月", "5年", "20多年", "1年余"])
        return self.protect(["3天", "两周", "1月余", "2小时", "一周", "40分钟", "5天", "半个月"])

    def make_agez(self, form: str) -> str:
        if form == "child":
            return f"⟪{self.rng.randint(3, 11)}个月⟫"
        return f"⟪{self.birth.age}岁⟫"

    def make_icd(self, form: str) -> str:
        return self.protect(
            [
                "I10",
                "E11.9",
                "J45.909",
                "K21.0",
                "N18.3",
                "M54.5",
                "F32.1",
                "I48.91",
                "J18.9",
                "K29.5",
                "E78.5",
                "M51.2",
                "N39.0",
                "L20.9",
                "G43.909",
            ]
        )

    def make_hospz(self, form: str) -> str:
        return self.protect(ZH_HOSPITALS)

    def make_deptz(self, form: str) -> str:
        return self.protect(
            [
                "心血管内科",
                "内分泌科",
                "消化内科",
                "呼吸与危重症医学科",
                "急诊科",
                "儿科",
                "妇产科",
                "肾内科",
                "神经内科",
                "骨科",
                "感染科",
                "老年医学科",
                "中医科",
            ]
        )

    def make_visitz(self, form: str) -> str:
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        return self.protect([f"2026年{month}月{day}日", f"{month}月{day}日", f"2025-{month:02d}-{day:02d}"])

    def make_bp(self, form: str) -> str:
        systolic, diastolic = self.rng.randint(102, 186), self.rng.randint(62, 112)
        return self.protect([f"{systolic}/{diastolic}mmHg", f"{systolic}/{diastolic} mmHg", f"{systolic}/{diastolic}"])

    def make_rxe(self, form: str) -> str:
        drug, dose = self.rng.choice(EN_PRESCRIPTIONS)
        return f"⟪{drug}⟫ ⟪{dose}⟫"

    def make_labe(self, form: str) -> str:
        return self.protect(EN_LABS)

    def make_dure(self, form: str) -> str:
        if form == "long":
            return self.protect(["6 months", "10 years", "about a year", "18 months", "since 2019"])
        return self.protect(
            ["3 days", "two weeks", "48 hours", "a fortnight", "five days", "about a month", "3/7", "2 wks"]
        )

    def make_agee(self, form: str) -> str:
        age = self.birth.age
        return self.protect([f"{age}-year-old", f"{age} y/o", f"{age}yo", f"{age} yr old"])

    def make_hospe(self, form: str) -> str:
        return self.protect(EN_HOSPITALS)

    def make_depte(self, form: str) -> str:
        return self.protect(
            [
                "Cardiology",
                "Endocrinology",
                "Gastroenterology",
                "Respiratory Medicine",
                "the Emergency Department",
                "Rheumatology",
                "Nephrology",
                "Dermatology",
                "Pediatrics",
                "Ophthalmology",
                "Urology",
            ]
        )

    def make_visite(self, form: str) -> str:
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        return self.protect(
            [
                f"{EN_MONTHS[month - 1]} {day}, 2026",
                f"{day} {EN_MONTHS[month - 1]} 2026",
                f"{month}/{day}/2026",
                f"2026-{month:02d}-{day:02d}",
            ]
        )


ZH_PRESCRIPTIONS = [
    ("氨氯地平", "5mg 每日一次"),
    ("二甲双胍", "0.5g 每日三次"),
    ("阿托伐他汀钙片", "20mg qn"),
    ("奥美拉唑", "20mg bid"),
    ("左甲状腺素钠片", "50μg qd"),
    ("硝苯地平控释片", "30mg qd"),
    ("氯吡格雷", "75mg qd"),
    ("头孢呋辛酯", "0.25g bid"),
    ("孟鲁司特钠", "10mg 睡前"),
    ("蒙脱石散", "3g tid"),
    ("甲钴胺", "0.5mg tid"),
    ("甘精胰岛素", "12U 皮下注射"),
    ("阿莫西林", "0.5g tid"),
    ("布地奈德", "1mg 雾化 bid"),
    ("呋塞米", "20mg 口服"),
]
ZH_DRUGS_ONLY = ["连花清瘟胶囊", "云南白药气雾剂", "小柴胡颗粒", "何首乌", "徐长卿", "速效救心丸"]
ZH_LABS = [
    "空腹血糖 8.6 mmol/L",
    "糖化血红蛋白 7.9%",
    "肌酐 132 μmol/L",
    "血钾 3.2mmol/L",
    "白细胞 12.4×10⁹/L",
    "谷丙转氨酶 86 U/L",
    "血红蛋白 92 g/L",
    "CRP 46 mg/L",
    "尿酸 512 μmol/L",
    "TSH 6.8 mIU/L",
    "INR 2.4",
    "低密度脂蛋白 4.1 mmol/L",
    "尿蛋白 2+",
    "D-二聚体 1.8 mg/L",
    "总胆红素 56 μmol/L",
]
ZH_HOSPITALS = [
    "北京协和医院",
    "四川大学华西医院",
    "复旦大学附属中山医院",
    "中南大学湘雅医院",
    "浙江大学医学院附属邵逸夫医院",
    "吉林大学白求恩第一医院",
    "中山大学孙逸仙纪念医院",
    "上海交通大学医学院附属瑞金医院",
    "武汉同济医院",
    "首都医科大学宣武医院",
    "社区卫生服务中心",
]
EN_PRESCRIPTIONS = [
    ("metformin", "500 mg twice daily"),
    ("amlodipine", "5 mg once daily"),
    ("atorvastatin", "40 mg at night"),
    ("levothyroxine", "75 mcg"),
    ("apixaban", "5 mg BID"),
    ("salbutamol", "2 puffs PRN"),
    ("omeprazole", "20 mg OD"),
    ("sertraline", "50 mg"),
    ("furosemide", "40 mg IV"),
    ("amoxicillin", "500 mg TDS"),
    ("insulin glargine", "18 units"),
    ("prednisolone", "30 mg"),
    ("nitrofurantoin", "100 mg MR"),
    ("ramipril", "2.5 mg"),
]
EN_LABS = [
    "HbA1c 8.1%",
    "creatinine 1.4 mg/dL",
    "eGFR 48",
    "potassium 5.6 mmol/L",
    "WBC 13.2",
    "Hb 9.8 g/dL",
    "troponin 0.08 ng/mL",
    "ALT 112 U/L",
    "TSH 0.02 mIU/L",
    "INR 3.1",
    "CRP 88 mg/L",
    "LDL 3.9 mmol/L",
    "Na 128",
    "lactate 2.9",
    "ferritin 9 ug/L",
]
EN_HOSPITALS = [
    "Johns Hopkins Hospital",
    "Cleveland Clinic",
    "Mayo Clinic",
    "St Thomas' Hospital",
    "Royal Brompton Hospital",
    "Addenbrooke's Hospital",
    "Massachusetts General Hospital",
    "Memorial Sloan Kettering",
    "Great Ormond Street Hospital",
    "the Christie NHS Foundation Trust",
    "Mount Sinai Hospital",
    "Guy's and St Thomas'",
]

# ----------------------------------------------------------------------------------------------
# Templates: (style, turns). {P1} a Chinese person ({P1.g} given name, {P1.t:主任} surname and title,
# {P1.lao}/{P1.xiao} 老X/小X); {E1} an English person ({E1.f} first, {E1.l} last, {E1.lfm} "Last, First M",
# {E1.fm} "First M. Last", {E1.upper}, {E1.lower}, {E1.lf} lowercase first, {E1.ini} "F. Last");
# {PHONEM1} a value said again later as {PHONEM1}; other slots are Filler.make_<slot>(form).

TEMPLATES_ZH: list[tuple[str, list[str]]] = [
    (
        "chat",
        [
            "{P1}：{P2.t:大夫}您好，我爸这两天血压{BP}，{RXZ}还要接着吃吗？",
            "{P2.t:大夫}：先别停药，明天上午来{DEPTZ}找我，带上病历本。",
            "{P1}：好的，我手机{PHONEM}，到了给您打电话。",
        ],
    ),
    (
        "outpatient",
        [
            (
                "门诊病历\n姓名：{PF1}　性别：女　年龄：{AGEZ}\n门诊号：{MRN}\n主诉：反复上腹痛{DURZ.long}。\n"
                "现病史：患者无明显诱因出现上腹隐痛，自服{DRUGZ}后可缓解。\n诊断：慢性胃炎（{ICD}）\n医师签名：{P2}"
            )
        ],
    ),
    (
        "discharge",
        [
            (
                "出院小结\n患者{P1}，{AGEZ}，住院号{MRN}，因“发热伴咳嗽”于{VISITZ}入住我院{DEPTZ}。入院查{LABZ}，{LABZ}。"
                "予{RXZ}治疗后好转出院。\n出院医嘱：{DURZ}后门诊复查。\n主治医师：{P2}　住院医师：{P3}"
            )
        ],
    ),
    (
        "referral",
        [
            (
                "转诊单\n{HOSPZ}{DEPTZ}：\n兹有患者{P1}（身份证号{IDCN}），{AGEZ}，家住{ADDRZ}，因血糖控制不佳转至贵院进一步诊治。"
                "联系人：其女{PF2}，电话{PHONEM}。\n转诊医生：{P3}"
            )
        ],
    ),
    (
        "handover",
        [
            (
                "护士交班：\n12床{P1}，{AGEZ}，血压{BP}，今晨{LABZ}。家属{PM2}（患者儿子）陪护，电话{PHONEM}。\n"
                "15床{P3}，术后第2天，{LABZ}，请夜班{P4.t:护士}注意观察引流量。"
            )
        ],
    ),
    (
        "triage",
        [
            "护士：您好，这里是{HOSPZ}急诊预检，请问患者叫什么名字？",
            "来电者：叫{P1}，是我老伴，{AGEZ}，突然说话不清楚，有{DURZ}了。",
            "护士：出生日期和身份证号方便说一下吗？",
            "来电者：{DOBZ}生的，身份证{IDCN}。",
            "护士：好的，回拨电话是？",
            "来电者：家里座机{PHONEL}，或者打我手机{PHONEM}。",
            "护士：请让{P1}平躺别动，救护车马上出发，地址是{ADDRZ}对吗？",
        ],
    ),
    (
        "soap",
        [
            (
                "患者：{PM2}（病历号 {MRN}）\nS：{AGEZ}男性，{DURZ}前出现活动后胸闷。\nO：BP {BP}，{LABZ}。\nA：高血压病（{ICD}）。\n"
                "P：{RXZ}；{DURZ}后复诊。\n——{P1.t:医生}（{DEPTZ}）"
            )
        ],
    ),
    (
        "insurance",
        [
            (
                "商业医疗保险理赔申请表\n被保险人姓名：{P1}\n证件类型：居民身份证　证件号码：{IDCN}\n出生日期：{DOBZ}\n"
                "联系电话：{PHONEM}\n联系地址：{ADDRZ}\n电子邮箱：{EMAILZ}\n就诊医院：{HOSPZ}　住院号：{MRN}\n诊断编码：{ICD}"
            )
        ],
    ),
    (
        "family",
        [
            (
                "医生您好，我是{PF1}的女儿{PF2}，我妈今年{AGEZ}，{DURZ}前查出{LABZ}。她身份证是{IDCN}，病案号{MRN}，"
                "想问能不能在网上预约{P3.t:主任}的号？"
            )
        ],
    ),
    (
        "multi-turn",
        [
            "{PM1}：大家好，我是{PM2}的儿子，我爸明天手术。",
            "{P3}：{P1.g}你好，我是管床医生，术前请家属带上身份证复印件到{DEPTZ}护士站签字。",
            "{P1}：好的{P3.t:医生}，我叔叔{PM4}也会来，他电话{PHONEM}。",
            "{P4}：{P3.xiao}医生，我明早八点到，要带{P2.lao}的医保卡吗？",
            "{P3}：要带。{P2}今晚十点后禁食禁水。",
        ],
    ),
    (
        "sms",
        [
            "【{HOSPZ}】尊敬的{PF1}女士，您已预约{VISITZ}上午{DEPTZ}{P2.t:主任}专家门诊，就诊卡号{MRN}。如需取消请致电{PHONEL}。"
        ],
    ),
    (
        "lab",
        [
            (
                "检验报告单\n姓名：{PM1}　性别：男　年龄：{AGEZ}　ID号：{MRN}\n送检科室：{DEPTZ}　送检医生：{P2}\n"
                "项目：{LABZ}；{LABZ}\n审核：{P3}"
            )
        ],
    ),
    (
        "chat",
        [
            "我婆婆{PF1}{AGEZ}了，最近老说头晕，量了血压{BP}，她之前一直吃{DRUGZ}。我老公{PM2}说带她去{HOSPZ}看看，挂哪个科？"
        ],
    ),
    (
        "consultation",
        [
            "患者：医生你好，我叫{P1}，{DOBZ}出生，{DURZ}前体检发现{LABZ}，需要吃药吗？",
            "医生：你好，{P1.g}，这个数值偏高，建议先复查。",
            "患者：好的，那我约{VISITZ}，我的邮箱{EMAILZ}，报告可以发我吗？",
        ],
    ),
    (
        "pharmacy",
        [
            "处方笺　{HOSPZ}\n姓名：{P1}　年龄：{AGEZ}　病历号：{MRN}　身份证号：{IDCN}\nRp：{RXZ}\n　　{RXZ}\n医师：{P2}　药师：{P3}"
        ],
    ),
    (
        "outpatient",
        [
            (
                "初诊记录：患者{P1}，农民，住{ADDRZ.village}，{DURZ}前劳作时扭伤腰部。既往体健。查体：腰椎压痛（+）。"
                "诊断：{ICD}。联系电话{PHONEM}（其子{PM2}）。"
            )
        ],
    ),
    (
        "chat",
        [
            "{P1}：妈的体检报告出来了，{LABZ}，医生说要注意。",
            "{P2}：{P1.g}，你把报告发我邮箱{EMAILZ}，我问问我同学{PM3}，他在{HOSPZ}{DEPTZ}。",
            "{P1}：好。{P3}叔叔电话是多少？",
            "{P2}：{PHONEM}，你就说是{P2.lao}家的。",
        ],
    ),
    (
        "nursing",
        [
            (
                "护理记录 {VISITZ}\n患者{P1}，23床，{AGEZ}。晨间测BP {BP}，诉夜间睡眠差。遵{P2.t:医生}医嘱予{RXZ}。"
                "家属{P3}（配偶）要求下午办理出院，联系电话{PHONEL}。\n记录人：{P4}"
            )
        ],
    ),
    (
        "referral",
        [
            (
                "致{HOSPZ}{DEPTZ}{P1.t:教授}：\n您好！现有患者{P2}，护照号{PASSPORTCN}（出国就医用），出生日期{DOBZ}，"
                "因{ICD}拟转贵科。患者现住{ADDRZ}，联系方式{PHONEM}，邮箱{EMAILZ}。\n此致\n敬礼\n{P3}　{VISITZ}"
            )
        ],
    ),
    (
        "record",
        [
            (
                "病案首页\n病案号：{MRN}　姓名：{P1}　出生：{DOBZ}　身份证号：{IDCN}\n现住址：{ADDRZ}　电话：{PHONEM1}\n"
                "联系人姓名：{PM2}　关系：夫　联系人电话：{PHONEM1}"
            )
        ],
    ),
    (
        "record",
        [
            (
                "今天{DEPTZ}查房，主任医师{P1}看了{P2}的片子，说肺部阴影{DURZ.long}来没有变化，护士长{P3}让我们下午去拿报告。"
                "我的电话{PHONEM}，有事找我。"
            )
        ],
    ),
    (
        "outpatient",
        [
            (
                "儿科门诊\n患儿：{P1}　月龄：{AGEZ.child}\n家长：{PF2}（母）　电话：{PHONEM}\n"
                "主诉：发热{DURZ}，最高体温⟪39.2℃⟫。\n处理：{RXZ}，{DURZ}后复诊。"
            )
        ],
    ),
    (
        "consultation",
        [
            "医生：{PF1}阿姨，您最近{DRUGZ}按时吃了吗？",
            "患者：吃着呢，就是脚有点肿。",
            "医生：我看看……血压{BP}。回去让您儿子{PM2}帮您每天记一下血压。",
            "患者：好，我家{P2.xiao}手机是{PHONEM}，有事您打他电话。",
        ],
    ),
    ("sms", ["{HOSPZ}提醒：{P1}（登记号{MRN}），您的胃镜检查安排在{VISITZ}，检查前需禁食8小时。咨询电话{PHONEL}。"]),
    (
        "consultation",
        [
            "医生：麻烦提供一下住院号。",
            "患者：{MRN}",
            "医生：查到了，{P1}，{AGEZ}，上次{LABZ}。",
            "患者：对，是我本人。",
        ],
    ),
    (
        "chat",
        [
            "客服：请提供患者身份证号用于建档。",
            "用户：{IDCN.spaced}，名字{P1}，生日{DOBZ.slash}",
            "客服：收到，{P1}的档案已建好。",
        ],
    ),
    ("chat", ["备忘：复诊前联系{PF1}，手机{PHONEM.wide}，备用{PHONEL}。她说{VISITZ}下午有空。"]),
    ("consultation", ["{PM1}先生，您的{LABZ}比上次好多了，{RXZ}继续吃。{PF2}女士是您太太吧？请她下次也来测一下血糖。"]),
    ("chat", ["{P1.lao}，你上次说的那个{DRUGZ}，我问了{PF2.xiao}，她说{DEPTZ}药房有，你到了打她电话{PHONEM}。"]),
    ("email", ["{P1}博士您好：我是{HOSPZ}{DEPTZ}的{P2}，关于{ICD}患者随访数据的合作，请联系我：{EMAILZ}，{PHONEM}。"]),
    (
        "lab",
        [
            (
                "影像报告\n检查号：{MRN}　姓名：{PF1}　性别：女　出生日期：{DOBZ.iso}\n检查部位：胸部CT平扫\n"
                "所见：右肺下叶见磨玻璃结节，大小约6mm。\n报告医生：{P2}　审核医生：{P3}"
            )
        ],
    ),
    (
        "record",
        [
            "村医随访记录：{ADDRZ.village}，{P1}，{AGEZ}，高血压随访，血压{BP}，服{RXZ}。其子{PM2}在外打工，电话{PHONEM}。"
        ],
    ),
    (
        "multi-turn",
        [
            "家属：医生，我是{PM1}的儿子{PM2}，我爸昨晚又吐了。",
            "医生：吐了几次？有没有发烧？",
            "家属：两次，没烧。",
            "医生：好，{P1}的{LABZ}有点高，今天加一组补液。{P2.g}你先去一楼缴费。",
        ],
    ),
    (
        "sms",
        [
            "体检中心：{P1}先生/女士，您的体检报告（体检号{MRN}）已生成，{LABZ}。报告已发送至{EMAILZ}，如有疑问请致电{PHONEL}。"
        ],
    ),
]

TEMPLATES_ZH_CLEAN: list[tuple[str, list[str]]] = [
    ("outpatient", ["主诉：患者⟪高热⟫{DURZ}，伴寒战。查{LABZ}，予{RXZ}。"]),
    ("outpatient", ["家属诉患者⟪黄疸⟫加重{DURZ}，尿色加深，{LABZ}。拟收入{HOSPZ}{DEPTZ}。"]),
    ("consultation", ["⟪何首乌⟫长期服用可能引起肝损伤，建议停用；{RXZ}继续。{VISITZ}复查{LABZ}。"]),
    ("pharmacy", ["⟪马应龙麝香痔疮膏⟫外用，每日两次，{DURZ}后复诊，如有便血请到{DEPTZ}就诊。"]),
    ("referral", ["建议转诊至⟪浙江大学医学院附属邵逸夫医院⟫{DEPTZ}，携带{VISITZ}的检查结果及{LABZ}报告。"]),
    ("pharmacy", ["中药处方：⟪徐长卿⟫15g，⟪刘寄奴⟫10g，⟪小柴胡颗粒⟫1袋冲服，{DURZ}为一疗程。"]),
    ("outpatient", ["{AGEZ}女性，血压{BP}，诊断{ICD}，予{RXZ}，嘱低盐饮食，{DURZ}后复诊。"]),
    ("handover", ["护士长交代：今天{DEPTZ}有3位⟪高热⟫患者，注意物理降温。⟪白求恩⟫精神学习会改到{VISITZ}。"]),
    ("chat", ["夏天多喝水，可以喝点⟪王老吉⟫或绿豆汤；{RXZ}照常服用，血压{BP}还算稳定。"]),
    ("record", ["门诊号⟪待补录⟫。患者拒绝留电话。{LABZ}，{LABZ}。"]),
    ("record", ["根据⟪中华医学会⟫糖尿病学分会指南，{LABZ}提示控制不佳，加用{RXZ}。"]),
    ("lab", ["诊断编码{ICD}。{VISITZ}复查{LABZ}，{LABZ}。继续{RXZ}，{DURZ}后{DEPTZ}随诊。"]),
]

TEMPLATES_EN: list[tuple[str, list[str]]] = [
    (
        "chat",
        [
            "hey doc its {E1.lower}, my bp was {BP} this morning, should i take another {RXE}?",
            "Doctor: Hi {E1.f}, no, don't double up. Call the clinic on {PHONEUS} if it stays above 160.",
        ],
    ),
    (
        "outpatient",
        [
            (
                "OUTPATIENT NOTE — {DEPTE}\nPatient: {E1.lfm}   DOB: {DOBE}   MRN: {MRN}\n"
                "{AGEE} presenting with {DURE} of exertional chest tightness. BP {BP}. {LABE}.\n"
                "Impression: stable angina ({ICD}).\nPlan: start {RXE}; exercise ECG.\nSeen by: Dr. {E2.l}"
            )
        ],
    ),
    (
        "discharge",
        [
            (
                "DISCHARGE SUMMARY\nName: {E1}\nHospital No.: {MRN}\nAdmitted: {VISITE}\n"
                "Diagnosis: community-acquired pneumonia ({ICD})\n{E1.f} was treated with {RXE} and improved. {LABE} on discharge.\n"
                "Follow-up with GP Dr {E2.ini} in {DURE}.\nConsultant: {E3}"
            )
        ],
    ),
    (
        "referral",
        [
            (
                "Dear Dr {E1.l},\nRe: {E2.upper}, DOB {DOBE.uk}, NHS No. {NHS}\n{ADDRUK}\n"
                "Thank you for seeing this {AGEE} with {DURE} of dyspepsia and {LABE}. I would be grateful for an urgent OGD.\n"
                "Yours sincerely,\nDr {E3}\n{HOSPE}"
            )
        ],
    ),
    (
        "handover",
        [
            (
                "Handover, bay 3:\nBed 12 — {E1}, {AGEE}, post-op day 2 hip, obs stable, BP {BP}.\n"
                "Bed 14 — Mrs {E2.l}, confused overnight; daughter {EF3} ({PHONEUK}) wants a call before 9.\n"
                "Bed 15 — empty, admission expected from {DEPTE}."
            )
        ],
    ),
    (
        "triage",
        [
            "Nurse: NHS 111, can I take the patient's name?",
            "Caller: It's my husband, {EM1}.",
            "Nurse: And his date of birth?",
            "Caller: {DOBE}.",
            "Nurse: Thank you. What's happening with {E1.f} today?",
            "Caller: He's had chest pain for {DURE}, he's on {RXE}.",
            "Nurse: I'm sending an ambulance to {ADDRUK}. Is {PHONEUK} the best number?",
        ],
    ),
    (
        "soap",
        [
            (
                "S: {AGEE} F, {DURE} dysuria, no fever.\nO: T 37.4, BP {BP}, urine dip nitrite +.\nA: uncomplicated UTI ({ICD}).\n"
                "P: {RXE}. Safety-net advice given.\nPt: {EF1.lfm} | MRN {MRN} | Clinician: NP {E2}"
            )
        ],
    ),
    (
        "insurance",
        [
            (
                "CLAIM FORM — SECTION A (PATIENT)\nLast name: {E1.l}   First name: {E1.f}\nDate of birth: {DOBE.us}\n"
                "SSN: {SSN}\nPatient account #: {MRN}\nHome address: {ADDRUS}\nPhone: {PHONEUS}   Email: {EMAILE}\nProvider: {HOSPE}"
            )
        ],
    ),
    (
        "family",
        [
            (
                "Hello, I'm writing on behalf of my mother, {EF1}, who is a patient of Dr. {E2.l}. She's {AGEE} and has been on "
                "{RXE} for {DURE.long}. Her chart number is {MRN}. Could someone call me, {E3.f}, at {PHONEUS}? Thanks, {E3}"
            )
        ],
    ),
    (
        "multi-turn",
        [
            "{EF1.f}: Dad's appointment moved to {VISITE} at {HOSPE}.",
            "{E2.f}: ok. did {E3.f} get the letter from Dr {E4.l}?",
            "{E1.f}: Yes, {E3.f} has it. Dad's MRN is {MRN} if you need to call.",
            "{E3.f}: got it, thanks sis. i'll drive him, picking up from {ADDRUS.street}.",
        ],
    ),
    (
        "sms",
        [
            (
                "Reminder: {E1.f}, your appointment with Dr. {E2.l} ({DEPTE}) is on {VISITE}. Reply C to cancel or call "
                "{PHONEUS.paren}."
            )
        ],
    ),
    (
        "lab",
        [
            (
                "LAB REPORT\nPatient: {E1.upper}  MRN: {MRN}  DOB: {DOBE.dmy}\nOrdering: {E2.ini}, MD\n{LABE}\n{LABE}\n"
                "Verified by {E3.ini}"
            )
        ],
    ),
    (
        "chat",
        [
            "hi its {E1.lf} from bed 4, my mum {EF2.lower} wants to know if she can have visitors after {DURE}",
            "Nurse: Hi {E1.lf}, yes, visiting is 2-8pm. Tell {E2.f} we'll see her on the round.",
        ],
    ),
    ("record", ["{E1.lfm}\nAcct: {MRN}\nAllergies: penicillin (rash)\nMeds: {RXE}; {RXE}\nPCP: {E2.lfm}, MD"]),
    (
        "letter",
        [
            (
                "To whom it may concern,\nThis is to confirm that {E1} (passport no. {PASSPORT}, born {DOBE.long}) is under my care "
                "for {ICD} and needs to carry {RXE} when travelling.\nDr {E2}, {HOSPE}"
            )
        ],
    ),
    (
        "procedure",
        [
            (
                "Procedure note — colonoscopy\nEndoscopist: {E1}, MD\nNurse: {E2}, RN\nPatient: {E3.fm}, {AGEE}, MRN {MRN}\n"
                "Findings: two 4 mm polyps removed."
            )
        ],
    ),
    (
        "triage",
        [
            (
                "Triage line transcript\nRN: Thanks for calling, who am I speaking with?\n"
                "Caller: this is {E1.lower}, calling about my son {EM2.f}.{KID}\nRN: Date of birth for {E2.f}?\n"
                "Caller: {DOBE.us2}\nRN: And a callback number?\nCaller: {PHONEUS.bare}\nRN: OK. Fever for {DURE}, any rash?"
            )
        ],
    ),
    (
        "email",
        [
            (
                "From: {E1} <{EMAILE}>\nTo: reception\nSubject: repeat prescription\n\nHi, could I get a repeat of {RXE}? "
                "My NHS number is {NHS}. Thanks, {E1.f}\n{ADDRUK}\nMob: {PHONEUK}"
            )
        ],
    ),
    (
        "triage",
        [
            (
                "ED triage 02:14 — Pt {E1} brought in by partner {E2.f}. {AGEE}, fall at home, GCS 15. BP {BP}. "
                "Lives at {ADDRUS.compass}. Partner's cell {PHONEUS.dashed}."
            )
        ],
    ),
    (
        "record",
        [
            (
                "Resident note: discussed with attending Dr. {E1.l} and fellow {E2}. Patient {E3.ini} ({MRN}), {AGEE}, "
                "{LABE}, plan {RXE}."
            )
        ],
    ),
    (
        "record",
        [
            (
                "Social work: met {EF1} and her son {EM2.f} on the ward. Home is {ADDRUS.full}; stairs to entry. "
                "Son works nights, best contact {PHONEUS} or {EMAILE}."
            )
        ],
    ),
    (
        "letter",
        [
            (
                "Dear Mr {E1.l},\nYour appointment in {DEPTE} is on {VISITE}. Please bring this letter and quote hospital "
                "number {MRN} and NHS number {NHS}.\nIf you need an interpreter, call {PHONEUK}.\nOutpatients, {HOSPE}"
            )
        ],
    ),
    (
        "sms",
        [
            (
                "Hi Dr {E1.l} it's {E2} again, sugars 14-18 since starting {RXE}, should I up the insulin? "
                "my new number is {PHONEUS.intl}"
            )
        ],
    ),
    (
        "pharmacy",
        [
            (
                "Pharmacy intervention: Rx for {E1.fm} (DOB {DOBE.iso}) — {RXE} with {RXE}: interaction flagged, "
                "prescriber {E2.ini} contacted at {PHONEUS.ext}."
            )
        ],
    ),
    (
        "chat",
        ["my wife {EF1.lf} has had a migraine for {DURE}, she takes {RXE}. can she take ibuprofen too? - {E2.lf}"],
    ),
    (
        "insurance",
        [
            (
                "Prior authorization request\nMember name: {E1.upper}\nDOB: {DOBE.us}   SSN: {SSN}\n"
                "Member address: {ADDRUS.unit}\nRequesting provider: {E2}, MD, {DEPTE}\nDrug: {RXE}\nDiagnosis: {ICD}"
            )
        ],
    ),
    (
        "handover",
        [
            (
                "I-PASS handoff\nIllness severity: watcher\nPatient summary: {E1}, {AGEE}, DKA resolving, {LABE}.\n"
                "Action list: recheck potassium at 22:00; call {EF2.f} (mom) at {PHONEUS} with update.\n"
                "Situation awareness: if K < 3.5 replace per protocol.\nSynthesis: night resident {E3} read back."
            )
        ],
    ),
    (
        "consultation",
        [
            "Dr: Good morning, you must be {E1}?",
            "Pt: Yes, and this is my sister {EF2}.",
            "Dr: Nice to meet you both. {E1.f}, the scan showed a small kidney stone.",
            "{E2.f}: Will {E1.f} need surgery?",
            "Dr: Probably not; {RXE} and fluids for {DURE}.",
        ],
    ),
    (
        "record",
        [
            "Consent form\nParticipant: {E1}\nDate of birth: {DOBE.of}\nEmail: {EMAILE}\nStudy record no.: {MRN}\nWitness: {E2}"
        ],
    ),
    (
        "nursing",
        [
            (
                "District nurse visit — {ADDRUK.flat}. {E1} ({AGEE}, NHS {NHS}) dressing changed, wound healing. "
                "Key safe code is with the neighbour, {E2}."
            )
        ],
    ),
    (
        "portal",
        [
            (
                "Patient portal message from {E1.fm}:\nI was seen in {DEPTE} on {VISITE} and was told my {LABE}. My insurer needs "
                "my chart # ({MRN}) and the doctor's name — was it Dr. {E2.l} or Dr. {E3.l}?"
            )
        ],
    ),
    (
        "fax",
        [
            (
                "FAX\nTo: {E1}, {HOSPE}\nFrom: {E2}, practice manager\nRe: patient {E3.lfm}, DOB {DOBE.caps}, MRN {MRN}\n"
                "Pages: 4\nCallback: {PHONEUS.one}"
            )
        ],
    ),
    (
        "procedure",
        [
            (
                "Op note\nSurgeon: Mr {E1.l}   Assistant: Dr {E2.ini}   Anaesthetist: Dr {E3.l}\nPatient: {E4}, Hosp no {MRN}\n"
                "Procedure: laparoscopic cholecystectomy. EBL minimal."
            )
        ],
    ),
    (
        "record",
        [
            (
                "Via interpreter {E1}: patient {E2} reports pain for {DURE}; address on file ({ADDRUS.lower}) is "
                "outdated, new one to follow; son's email {EMAILE}."
            )
        ],
    ),
]

TEMPLATES_EN_CLEAN: list[tuple[str, list[str]]] = [
    ("record", ["Pt febrile for {DURE}, {LABE}, started {RXE}. MRN: ⟪pending⟫ — registration to update."]),
    ("outpatient", ["Recommended ⟪Dr. Scholl's⟫ gel insoles for plantar fasciitis; {RXE} for {DURE}."]),
    ("outpatient", ["Known ⟪Parkinson's disease⟫ on {RXE}; ⟪Graves' disease⟫ in remission. BP {BP}."]),
    ("referral", ["Referred to {HOSPE}, {DEPTE}, per ⟪American Diabetes Association⟫ guidance; {LABE}."]),
    ("soap", ["S: {AGEE} with {DURE} of cough.\nO: {LABE}.\nA: {ICD}.\nP: {RXE}, review {VISITE}."]),
    ("record", ["Discussed the ⟪Royal College of Physicians⟫ guideline on ⟪Bell's palsy⟫: {RXE} within 72 hours."]),
    ("nursing", ["Patient Reported Outcome Measures completed. ⟪Glasgow Coma Scale⟫ 15. BP {BP}. MRN is ⟪pending⟫."]),
    ("letter", ["Follow-up at ⟪Mayo Clinic⟫ ({DEPTE}) on {VISITE}; continue {RXE}; {LABE}."]),
    ("outpatient", ["⟪Crohn's disease⟫ flare, {LABE}, start {RXE} for {DURE}; ⟪Hashimoto's thyroiditis⟫ stable."]),
    (
        "nursing",
        ["Nurse Practitioner Clinic: {AGEE}, BP {BP}, {ICD}. Name band checked, ⟪Down syndrome⟫ noted, carer present."],
    ),
    ("record", ["Per ⟪Memorial Sloan Kettering⟫ protocol, {RXE}; {LABE}. Next cycle {VISITE}."]),
    (
        "triage",
        [
            "Advice line: take {RXE}, avoid NSAIDs, come back if the fever lasts beyond {DURE}. Seen in {DEPTE}, {HOSPE}."
        ],
    ),
]

# ----------------------------------------------------------------------------------------------
# Writing the set

PER_LANGUAGE = 150
CLEAN_SHARE = 0.2


def from_template(lang: str, style: str, turns: list[str], rng: random.Random, used: set[str]) -> Conversation:
    """Fill a template until the result passes check_conversation (a drawn value may collide)."""
    for _ in range(200):
        conv = build("", lang, style, "template", Filler(rng, used).fill(turns))
        try:
            check_conversation(conv)
        except AssertionError:
            continue
        return conv
    raise AssertionError(f"no valid filling of {turns[0][:30]!r}")


def language_rows(lang: str, rng: random.Random, used: set[str]) -> list[Conversation]:
    hand = [build("", lang, style, "hand", turns) for style, turns in (HAND_ZH if lang == "zh" else HAND_EN)]
    for conv in hand:
        check_conversation(conv)
    templates, clean = (TEMPLATES_ZH, TEMPLATES_ZH_CLEAN) if lang == "zh" else (TEMPLATES_EN, TEMPLATES_EN_CLEAN)
    hand_clean = sum(not c.spans for c in hand)
    clean_wanted = round(PER_LANGUAGE * CLEAN_SHARE) - hand_clean
    phi_wanted = PER_LANGUAGE - len(hand) - clean_wanted
    rows = list(hand)
    rows += [from_template(lang, *clean[i % len(clean)], rng, used) for i in range(clean_wanted)]
    rows += [from_template(lang, *templates[i % len(templates)], rng, used) for i in range(phi_wanted)]
    return rows


def main() -> None:
    check_fresh()
    rng, used = random.Random(SEED), set()
    rows = language_rows("zh", rng, used) + language_rows("en", rng, used)
    check_fresh_rows(rows)
    rng.shuffle(rows)
    with OUT.open("w", encoding="utf-8") as out:
        for number, conv in enumerate(rows, 1):
            conv.id = f"fresh-{number:04d}"
            out.write(json.dumps(conv.row(), ensure_ascii=False) + "\n")
    spans = [s for c in rows for s in c.spans]
    kinds = {kind: sum(s["kind"] == kind for s in spans) for kind in KINDS}
    print(
        f"wrote {len(rows)} conversations ({sum(not c.spans for c in rows)} PHI-free), {len(spans)} identifiers {kinds} to {OUT.name}"
    )


def cn_id(area: str, birth: str, serial: str) -> str:
    """A resident ID number written by hand: its check digit is computed, not guessed."""
    return area + birth + serial + cn_id_check_digit(area + birth + serial)


ID_HE = cn_id("330602", "19680215", "531")
ID_CHANG = cn_id("370602", "19440607", "218")
ID_CEN = cn_id("130602", "19491225", "105")  # ends in X

# Fully hand-written conversations, one per situation; every mention of a person is marked.
HAND_ZH: list[tuple[str, list[str]]] = [
    (
        "chat",
        [
            "【微信】医生您好，我是⟦NAME:钟振邦⟧的外孙女，姥爷今年⟪83岁⟫，这周咳嗽加重，痰里有血丝。",
            "医生：您好，老人家以前有什么病？",
            "姥爷有⟪慢阻肺⟫十几年了，一直用⟪噻托溴铵⟫。他的就诊卡号是⟦MRN:0063 8812 907⟧，您能帮忙看看上次的CT吗？",
            "医生：好的，⟦=钟振邦⟧老先生的CT我看到了，建议明天上午带他来⟪呼吸与危重症医学科⟫门诊。",
            "谢谢！我叫⟦NAME:萧若曦⟧，电话⟦PHONE:139 0571 4468⟧，到时候我陪姥爷过去。",
        ],
    ),
    (
        "handover",
        [
            (
                "夜班交班（⟪心内科⟫）：\n3床⟦NAME:柏宝山⟧，⟪78岁⟫，房颤，今晚心率⟪110次/分⟫左右，已按⟦NAME:汤主任|汤主任⟧医嘱加用⟪美托洛尔⟫。"
                "⟦=老柏@柏宝山⟧晚上有点烦躁，家属说他平时就这样。"
            ),
            "5床⟦NAME:戚翠花⟧，术后第一天，引流⟪50ml⟫，淡红色。她女儿⟦NAME:关雨萌⟧今晚陪护，电话⟦PHONE:186 5528 0931⟧。",
            "今晚跟我一起值班的是⟦NAME:小穆|小穆⟧，有事找她或者⟦=汤主任⟧。",
        ],
    ),
    (
        "outpatient",
        [
            (
                "门诊记录\n患者：⟦NAME:澹台明月⟧，女，⟦DOB:1979年11月2日⟧生，⟪46岁⟫\n"
                "住址：⟦ADDRESS:湖州市吴兴区杏坛路77号枫丹雅苑6幢1单元302|杏坛路|枫丹雅苑|6幢1单元302⟧\n"
                "主诉：月经紊乱⟪半年⟫。\n查体：BP ⟪122/78mmHg⟫。\n初步诊断：⟪异常子宫出血⟫（⟪N93.9⟫）\n"
                "处理：查⟪性激素六项⟫、⟪妇科B超⟫。\n医师：⟦NAME:莫怀瑾⟧"
            )
        ],
    ),
    (
        "triage",
        [
            "120调度录音整理：",
            "调度员：请说一下患者的姓名和年龄。",
            "报警人：⟦NAME:纪铁柱⟧，⟪72岁⟫，是我大伯。",
            "调度员：出生年月日知道吗？",
            "报警人：好像是⟦DOB:53年4月9号|4月9号⟧。",
            "调度员：地址？",
            "报警人：⟦ADDRESS:崇义县长龙镇南岔村5组|长龙镇|南岔村⟧，村口有个小卖部，进村第三家。",
            "调度员：回拨电话？",
            "报警人：村委会座机⟦PHONE:0797-3812566转8⟧。",
            "调度员：好，⟦=纪铁柱⟧现在意识清楚吗？",
            "报警人：叫他能应，就是嘴歪了，⟪半小时⟫前发现的。",
        ],
    ),
    (
        "discharge",
        [
            (
                f"出院记录\n姓名：⟦NAME:赫连嘉懿⟧　性别：男　年龄：⟪58岁⟫\n身份证号：⟦ID:{ID_HE}⟧\n"
                "病案号：⟦MRN:BA2025110734⟧　HIS号：⟦MRN:7720185⟧\n入院日期：⟪2026年9月3日⟫　出院日期：⟪2026年9月14日⟫\n"
                "入院诊断：⟪急性前壁心肌梗死⟫（⟪I21.0⟫）\n诊疗经过：急诊行PCI，术后予⟪阿司匹林⟫⟪100mg qd⟫、⟪替格瑞洛⟫⟪90mg bid⟫。\n"
                "出院医嘱：⟪12个月⟫内勿自行停用抗血小板药物。\n主治医师：⟦NAME:申屠文远⟧"
            )
        ],
    ),
    (
        "sms",
        [
            (
                "【儿童保健】⟦NAME:石小满⟧小朋友家长您好：宝宝将于⟪12月6日⟫接种⟪麻腮风疫苗⟫第二剂，请携带⟪预防接种证⟫，"
                "儿保编号⟦MRN:ETB-3306-1187⟧。如有疑问请联系⟦NAME:冷护士|冷护士⟧：⟦PHONE:0575-88267310⟧。"
            )
        ],
    ),
    (
        "multi-turn",
        [
            "医生：⟦NAME:霍秀英⟧是吧？请坐。",
            "患者：是我，这是我闺女⟦NAME:管晓楠⟧。",
            "女儿：医生，我妈最近血糖老是⟪十几⟫，早上空腹都⟪11点多⟫。",
            "医生：⟦=秀英⟧阿姨，胰岛素是每天打吗？",
            "患者：打的，⟪早12晚10⟫。就是有时候忘。",
            "女儿：她一个人住在⟦ADDRESS:望湖北路锦绣华庭3号楼1502|望湖北路|锦绣华庭|3号楼1502⟧，我住得远，看不住。",
            "医生：那让⟦=晓楠⟧给她定个闹钟。⟦=霍秀英⟧，下次把血糖记录本带来。",
        ],
    ),
    (
        "insurance",
        [
            (
                "理赔材料补充说明\n申请人：⟦NAME:庄梓萱⟧（被保险人之母）\n被保险人：⟦NAME:韦沐辰⟧，⟦DOB:2019.07.23|07.23⟧出生\n"
                "证件：护照 ⟦ID:EK2274916⟧（香港就医期间使用）\n就诊医院：⟪香港玛丽医院⟫（⟪Queen Mary Hospital⟫）\n"
                "病历编号：⟦MRN:HN19-044871⟧\n联系邮箱：⟦EMAIL:zixuan.zhuang@foxmail.com⟧\n"
                "联系电话：⟦PHONE:+852 6318 2704⟧ / ⟦PHONE:135 1066 8420⟧"
            )
        ],
    ),
    (
        "referral",
        [
            (
                "尊敬的⟦NAME:闻人砚秋⟧教授：\n您好！我院⟪消化内科⟫收治一例⟪克罗恩病⟫患者⟦NAME:焦守仁⟧，⟪34岁⟫，住院号⟦MRN:Z0419276⟧，"
                "⟪英夫利西单抗⟫治疗⟪半年⟫效果欠佳，拟转至贵院（⟪中山大学孙逸仙纪念医院⟫）进一步治疗，恳请接诊。"
                "患者电话⟦PHONE:1370 7716 258⟧。\n⟪赣州市人民医院⟫消化内科　⟦NAME:柴立新⟧主任　⟪2026年10月8日⟫"
            )
        ],
    ),
    (
        "soap",
        [
            (
                "S：患儿⟦NAME:宇文朵朵⟧，⟪5岁⟫，发热⟪2天⟫，咳嗽有痰。孩子他爸⟦NAME:宇文浩然⟧代诉：在家最高⟪39.1℃⟫。\n"
                "O：T ⟪38.6℃⟫，咽充血，双肺呼吸音粗。⟪WBC 14.2×10⁹/L⟫。\nA：⟪急性支气管炎⟫\n"
                "P：⟪阿莫西林克拉维酸钾⟫，⟪3天⟫后复诊。家长电话⟦PHONE:177-2864-0513⟧。"
            )
        ],
    ),
    (
        "phone",
        [
            "护士：您好，这里是随访中心。请问是⟦NAME:常德昌⟧本人吗？",
            "家属：不是，我是他儿媳妇，他耳朵背。",
            "护士：好的，先核对一下身份证号。",
            f"家属：⟦ID:{ID_CHANG[:6]} {ID_CHANG[6:14]} {ID_CHANG[14:]}⟧。",
            "护士：核对无误。老人家出院后血压怎么样？",
            "家属：早上量⟪138/86⟫，下午⟪145/90⟫。",
            "护士：好的，请提醒⟦=常大爷@常德昌⟧⟪下周二⟫来复查。",
        ],
    ),
    (
        "chat",
        [
            "【护理部群】⟦NAME:谷护士长|谷护士长⟧：明天⟪手卫生⟫检查，各科准备一下。",
            "⟦NAME:小晏|小晏⟧：收到！⟪骨科⟫已经准备好了。",
            "⟦=谷护士长⟧：@⟦=小晏⟧ 你们科⟦NAME:蒋凤仪⟧老师的PICC培训课件发我一下，邮箱⟦EMAIL:guhushizhang@126.com⟧。",
            "⟦=小晏⟧：好的⟦=谷老师@谷护士长⟧。",
        ],
    ),
    (
        "discharge",
        [
            (
                "出院随访登记\n患者：⟦NAME:韦金凤⟧　⟪69岁⟫\n住址：⟦ADDRESS:郯城县马头镇石碾村三组|马头镇|石碾村⟧\n"
                "联系人：儿子⟦NAME:韦守诚⟧，电话⟦PHONE:0539-6218804⟧\n出院诊断：⟪2型糖尿病⟫（⟪E11.9⟫）、⟪高血压3级⟫\n"
                "用药：⟪二甲双胍⟫⟪0.5g tid⟫，⟪厄贝沙坦⟫⟪150mg qd⟫\n随访：⟪2周⟫后乡卫生院复查⟪空腹血糖⟫"
            )
        ],
    ),
    (
        "consultation",
        [
            "医生您好，我是大二学生⟦NAME:莫望舒⟧，辅导员⟦NAME:苗老师|苗老师⟧让我来问一下：我最近⟪心慌⟫，心率⟪110⟫多。",
            "医生：有没有熬夜、喝咖啡？",
            "学生：期末周，每天喝三杯。⟪心电图⟫报告能发您看看吗？",
            "医生：可以，拍清楚一点。",
            "学生：好的，您的回复也请发我邮箱⟦EMAIL:wangshu_mo2005@qq.com⟧，谢谢！",
        ],
    ),
    (
        "family",
        [
            (
                f"帮我老伴问个事：她叫⟦NAME:岑桂兰⟧，⟦DOB:一九四九年腊月初八|腊月初八⟧出生的，⟪76岁⟫了，最近走路老摔跤，"
                f"⟪头颅CT⟫说有⟪腔隙性脑梗⟫。身份证⟦ID:{ID_CEN}⟧。我们住⟦ADDRESS:保定市竞秀区瓦窑巷17号|瓦窑巷|17号⟧，"
                "想挂⟪首都医科大学宣武医院⟫的号，能转诊吗？"
            )
        ],
    ),
    (
        "chat",
        [
            "⟦NAME:老禚|老禚⟧，17床⟦NAME:管先生|管先生⟧的⟪肌钙蛋白⟫又升了，⟪0.8 ng/ml⟫。",
            "收到，我马上过去。⟦=管先生⟧的家属在吗？",
            "⟦NAME:管太太|管太太⟧刚走，电话⟦PHONE:189 2031 7745⟧，你先通知她。",
        ],
    ),
    (
        "lab",
        [
            (
                "⟪超声⟫检查申请单\n门诊号：⟦MRN:MZ-2026-0078315|0078315⟧\n姓名：⟦NAME:亓官婉儿⟧　性别：女　⟪41岁⟫\n"
                "临床诊断：⟪甲状腺结节⟫\n检查部位：⟪甲状腺及颈部淋巴结⟫\n申请医生：⟦NAME:耿晨阳⟧\n联系电话：⟦PHONE:１５９ ２２６０ ４８１７⟧"
            )
        ],
    ),
    (
        "record",
        [
            (
                "居民健康档案\n档案编号：⟦MRN:330502-004-01987⟧\n姓名：⟦NAME:蒋惠芳⟧\n出生日期：⟦DOB:1961-08-30⟧\n"
                "户籍地址：⟦ADDRESS:湖州市吴兴区柳荫街26号|柳荫街|26号⟧\n现住址：⟦ADDRESS:湖州市吴兴区怡景新村19幢403室|怡景新村|19幢403⟧\n"
                "联系电话：⟦PHONE:0572-2156097⟧\n既往史：⟪高血压⟫⟪10年⟫，⟪糖尿病⟫⟪3年⟫\n责任医生：⟦NAME:宣晓梅⟧"
            )
        ],
    ),
    (
        "chat",
        [
            "刚才⟦NAME:Dr.朱|Dr.朱⟧说⟦NAME:Mr.汤|Mr.汤⟧的⟪PET-CT⟫要改到⟪下周一⟫，你通知一下病人，他电话⟦PHONE:+86 186 0757 3391⟧。",
            "好的，⟦=Mr.汤⟧那边我来打。",
        ],
    ),
    (
        "consultation",
        [
            "患者：医生好，我叫⟦NAME:喻子衿⟧，⟦DOB:96年3月21日|3月21日⟧的，来复查⟪甲功⟫。",
            "医生：⟦=小喻@喻子衿⟧是吧，上次⟪TSH 0.01⟫，现在⟪甲巯咪唑⟫吃几片？",
            "患者：⟪一天两片⟫。我爸⟦NAME:喻国华⟧也有⟪甲亢⟫，他能一起看吗？",
            "医生：可以，让⟦=喻国华⟧先去挂个号。",
        ],
    ),
    (
        "outpatient",
        [
            "患者⟪高热⟫不退，体温⟪39.8℃⟫，家属诉⟪黄疸⟫较前加重，急查⟪总胆红素 156 μmol/L⟫，考虑⟪急性胆管炎⟫，请⟪肝胆外科⟫会诊。"
        ],
    ),
    (
        "consultation",
        [
            "医生：这个⟪阿司匹林肠溶片⟫每天⟪100mg⟫，饭前吃。",
            "患者：那我的⟪王老吉⟫还能喝吗？",
            "医生：少喝点没关系，主要是⟪低盐低脂⟫饮食，⟪3个月⟫后复查⟪血脂⟫。",
        ],
    ),
    ("chat", ["⟪华佗再造丸⟫和⟪六味地黄丸⟫能一起吃吗？我⟪72岁⟫，血压⟪150/95⟫，在吃⟪缬沙坦⟫。"]),
    (
        "outpatient",
        ["患儿⟪5岁⟫，发热⟪3天⟫，查体见⟪杨梅舌⟫、⟪口周苍白圈⟫，考虑⟪猩红热⟫，予⟪青霉素V钾⟫⟪250mg qid⟫，⟪10天⟫疗程。"],
    ),
]
HAND_EN: list[tuple[str, list[str]]] = [
    (
        "chat",
        [
            "hey its ⟦NAME:lachlan brightwater⟧, my gran ⟦NAME:winifred⟧ fell again last night, shes ok but her hip hurts",
            "Nurse: Sorry to hear that, ⟦=Lachlan⟧. Is ⟦=Winifred⟧ able to weight-bear?",
            "not really. she's at ⟦ADDRESS:42 tamarack ln|tamarack⟧ if someone can come out",
            "Nurse: I'll ask the falls team to visit. What's the best number for you?",
            "⟦PHONE:07723 418905⟧ or her landline",
        ],
    ),
    (
        "record",
        [
            (
                "ENCOUNTER 2026-10-02 09:40 — ⟪Rheumatology⟫\n⟦NAME:ASHDOWN-PRYCE, BEATRIX M.|Ashdown|Pryce|Beatrix⟧   "
                "MRN ⟦MRN:004417729⟧   DOB ⟦DOB:02/29/1952|02/29⟧   Sex F\nCC: hand stiffness ⟪>1 hour⟫ in the mornings.\n"
                "Labs: ⟪RF positive⟫, ⟪anti-CCP 212 U/mL⟫, ⟪ESR 48⟫.\nA/P: ⟪seropositive rheumatoid arthritis⟫ (⟪M05.79⟫). "
                "Start ⟪methotrexate⟫ ⟪15 mg weekly⟫ with ⟪folic acid⟫.\nElectronically signed: ⟦NAME:Gunasekara, Rufus T.⟧, MD"
            )
        ],
    ),
    (
        "triage",
        [
            "Caller: Hi, I need to speak to someone about my dad, he's really breathless.",
            "Nurse: OK. What's his name?",
            "Caller: ⟦NAME:Evander Nwachukwu⟧ — ⟦=N-W-A-C-H-U-K-W-U@Evander Nwachukwu⟧.",
            "Nurse: Thank you. Date of birth?",
            "Caller: ⟦DOB:3rd of June '47|3rd of June⟧.",
            "Nurse: Do you have his hospital number?",
            "Caller: It's on his letter... ⟦MRN:RVJ 448 2190⟧.",
            "Nurse: Is he on oxygen at home?",
            "Caller: Yes, ⟪2 litres⟫. He's got ⟪COPD⟫.",
            "Nurse: A clinician will call you back within ⟪20 minutes⟫. Is this number OK?",
            "Caller: Or my work line, ⟦PHONE:0117 496 0831 ext. 2214⟧. Ask for ⟦NAME:Ngozi⟧.",
        ],
    ),
    (
        "referral",
        [
            (
                "Dear Dr ⟦NAME:Prendergast⟧,\n\nRe: Mrs ⟦NAME:Henrietta Lomax⟧, DOB ⟦DOB:11.04.1938|11.04⟧, NHS ⟦ID:426 018 1599⟧\n"
                "⟦ADDRESS:Flat 2, 9 Thistledown Gardens, Galashiels TD1 3RS|Thistledown|TD1 3RS⟧\n\n"
                "I would be grateful if you could see this ⟪88-year-old⟫ lady, who has had ⟪three falls⟫ in ⟪two months⟫. "
                "Mrs ⟦=Lomax⟧ takes ⟪amlodipine⟫ ⟪10 mg⟫ and ⟪doxazosin⟫ ⟪4 mg⟫; lying/standing BP ⟪148/82⟫ → ⟪118/70⟫. "
                "Her daughter ⟦NAME:Araminta⟧ (⟦PHONE:07911 604382⟧) will accompany her.\n\n"
                "Kind regards,\nDr ⟦NAME:Siobhra Kilbride-Osei|Siobhra|Kilbride|Osei⟧, ⟪Eildon Medical Practice⟫"
            )
        ],
    ),
    (
        "soap",
        [
            (
                "S: Pt ⟦NAME:Cormac Ravensdale|Cormac|Ravensdale⟧ c/o ⟪RUQ pain⟫ x ⟪2/7⟫ after fatty meals. Wife ⟦NAME:mireille⟧ says he "
                "went yellow yesterday.\nO: T ⟪38.1⟫, ⟪Murphy's sign⟫ positive, ⟪bilirubin 41⟫.\nA: ⟪?ascending cholangitis⟫\n"
                "P: ⟪IV co-amoxiclav⟫, ⟪USS abdomen⟫, surgical review. D/w reg ⟦NAME:Dr Oyebanji|Oyebanji⟧.\n"
                "⟦=cormac⟧ aware & agrees."
            )
        ],
    ),
    (
        "email",
        [
            (
                "Subject: Appeal — claim denied for my husband\n\nTo whom it may concern,\n\nI'm writing for my husband, "
                "⟦NAME:Joaquin Villanueva-Ruiz|Joaquin|Villanueva|Ruiz⟧ (member ID ⟦ID:XJH884127305⟧, SSN ⟦ID:219-64-8830⟧, "
                "born ⟦DOB:Aug. 9th, 1961|Aug. 9th⟧). His ⟪cardiac rehab⟫ at ⟪Mount Sinai Hospital⟫ was denied as "
                '"not medically necessary" even though Dr. ⟦NAME:Petrakis⟧ ordered it after his ⟪CABG⟫.\n\n'
                "Please send the decision to ⟦ADDRESS:7715 SE Cobblestone Ct, Bend, OR 97702|7715|Cobblestone|97702⟧ "
                "or e-mail me at ⟦EMAIL:esperanza.vruiz@gmail.com⟧.\n\n⟦NAME:Esperanza Villanueva-Ruiz|Esperanza⟧"
            )
        ],
    ),
    (
        "handover",
        [
            (
                "Night handover, ward 7B:\n- Mr ⟦NAME:Szymanski⟧ (bed 2): ⟪NSTEMI⟫, on ⟪heparin⟫ infusion, APTT due ⟪02:00⟫.\n"
                "- ⟦NAME:Dorothea Achebe-Lund|Dorothea|Achebe|Lund⟧ (bed 5): ⟪sepsis⟫ improving, ⟪lactate 1.4⟫. "
                "Her son ⟦NAME:Rufus⟧ rang twice, wants a call — ⟦PHONE:+44 7700 913 264⟧.\n"
                "- Bed 9 empty.\n⟦=Szymanski⟧ keeps pulling his cannula; ⟦=Dorothea⟧ is a falls risk.\nHanded over by ⟦NAME:Ansel⟧ to ⟦NAME:Priyamvada⟧."
            )
        ],
    ),
    (
        "record",
        [
            (
                "INTERPRETER-ASSISTED CONSENT\nPatient: ⟦NAME:Farida Haddadin|Farida|Haddadin⟧   Passport: ⟦ID:N04718862⟧\n"
                "Procedure: ⟪elective laparoscopic cholecystectomy⟫\nInterpreter (Arabic): ⟦NAME:Tariq Mansour-Pell|Tariq|Mansour|Pell⟧, "
                "booking ref ⟪INT-2231⟫\nRisks explained incl. ⟪bile leak⟫ (⟪<1%⟫). Patient consents.\nClinician: ⟦NAME:Horace Quiroga⟧"
            )
        ],
    ),
    (
        "chat",
        [
            "[sibling group chat]\n⟦NAME:bea⟧: mum's scan came back, the lump is ⟪benign⟫ 🙏",
            "⟦NAME:percy|percy⟧: oh thank god. did ⟦NAME:dr whitcombe|whitcombe⟧ say anything about the ⟪tamoxifen⟫?",
            "⟦=bea⟧: keep it for ⟪5 years⟫. she's at ⟦ADDRESS:18 heron crescent|heron⟧ all week if u want to pop in",
            "⟦=percy⟧: will do. ⟦=bea⟧ can you send me her nhs number, ⟦NAME:auntie thea|thea⟧ needs it for the pharmacy",
            "⟦=bea⟧: ⟦ID:830 166 1313⟧",
        ],
    ),
    (
        "triage",
        [
            (
                "ED NOTE 23:52\nPt: ⟦NAME:Keiko Iwasaki-Brandt|Keiko|Iwasaki|Brandt⟧, ⟦DOB:07-Nov-1990|07-Nov⟧, MRN ⟦MRN:E7734201⟧\n"
                "Brought by: partner ⟦NAME:Lysander⟧ (⟦PHONE:+1 (802) 437-2918 x104⟧)\nHPI: ⟪anaphylaxis⟫ after ⟪peanut⟫ exposure; "
                "⟪IM adrenaline 0.5 mg⟫ given by paramedics.\nAttending: ⟦NAME:Dr. Sjoberg|Sjoberg⟧   Resident: ⟦NAME:T. Osei|Osei⟧"
            )
        ],
    ),
    (
        "phone",
        [
            "Pharmacist: Hi, is that ⟦NAME:Mr Featherstone|Featherstone⟧?",
            "Patient: Speaking, ⟦=Barnaby@Mr Featherstone⟧ here.",
            "Pharmacist: Just confirming your date of birth before we talk about the prescription.",
            "Patient: ⟦DOB:the 14th of Feb, '83|14th of Feb⟧.",
            "Pharmacist: Thanks. Your GP changed ⟪warfarin⟫ to ⟪apixaban 5 mg twice a day⟫; your last ⟪INR⟫ was ⟪3.4⟫.",
            "Patient: Right, ⟦NAME:Dr Ferreira|Ferreira⟧ mentioned that. Can my wife ⟦NAME:Perpetua⟧ pick it up?",
        ],
    ),
    (
        "discharge",
        [
            (
                "DISCHARGE LETTER — ⟪Addenbrooke's Hospital⟫\nPatient: ⟦NAME:Vsevolod Kuznetsov-Hale|Vsevolod|Kuznetsov|Hale⟧\n"
                "Unit No.: ⟦MRN:K2290471⟧   Hosp No: ⟦MRN:0041 5520 87⟧\nAddress: ⟦ADDRESS:27 Bramblewood Close, Kettering NN15 6QT|27|Bramblewood|NN15 6QT⟧\n"
                "Diagnosis: ⟪upper GI bleed⟫ secondary to ⟪duodenal ulcer⟫ (⟪K26.4⟫). ⟪Hb 72 g/L⟫ → ⟪Hb 98 g/L⟫ after ⟪2 units⟫.\n"
                "Meds: ⟪omeprazole 40 mg BD⟫ for ⟪8 weeks⟫.\nGP: ⟦NAME:Dr Achterhof|Achterhof⟧, ⟪Kettering Road Surgery⟫"
            )
        ],
    ),
    (
        "chat",
        [
            (
                "Forum post — \"hi all, ⟦NAME:Dorothea⟧ here (34F). diagnosed with ⟪Hashimoto's⟫ last month, ⟪TSH 9.2⟫. "
                'anyone else on ⟪levothyroxine 50 mcg⟫ feel worse at first? you can dm me or email ⟦EMAIL:dottie.m.thornhill@icloud.com⟧"'
            )
        ],
    ),
    (
        "consultation",
        [
            "Dr: Come in. ⟦NAME:Mrs Castellanos|Castellanos⟧?",
            "Pt: Yes — ⟦=Esperanza@Mrs Castellanos⟧. This is my husband, ⟦NAME:Joaquin⟧.",
            "Dr: Hello both. So the ⟪biopsy⟫ showed ⟪basal cell carcinoma⟫, the slow-growing kind.",
            "⟦=Joaquin⟧: Does ⟦=Esperanza⟧ need radiotherapy?",
            "Dr: No — a small excision in ⟪Dermatology⟫. ⟦=Esperanza⟧, we'll send the date to your home address.",
        ],
    ),
    (
        "insurance",
        [
            (
                "PRIOR AUTH — PATIENT INFORMATION\nName (Last, First MI): ⟦NAME:Hazeldine, Clementine R|Hazeldine|Clementine⟧\n"
                "DOB: ⟦DOB:4/30/71|4/30⟧   Sex: F\nAddress: ⟦ADDRESS:3309 Juniper Hollow Rd, Apt 2C, Bozeman, MT 59715|3309|Juniper Hollow|59715⟧\n"
                "Phone: ⟦PHONE:(406) 822-1937⟧   Alt: ⟦PHONE:406.390.5521⟧\nSSN: ⟦ID:524 71 6602⟧\n"
                "Medication requested: ⟪adalimumab 40 mg⟫ every ⟪2 weeks⟫ for ⟪psoriatic arthritis⟫ (⟪L40.50⟫)"
            )
        ],
    ),
    (
        "sms",
        [
            (
                "⟪Riverside Health Centre⟫: Hi ⟦NAME:Thaddeus⟧, your ⟪flu vaccine⟫ is booked for ⟪Tue 14 Oct⟫ at ⟪10:20⟫ with nurse "
                "⟦NAME:Saoirse Malloy-Kent|Saoirse|Malloy|Kent⟧. To rebook call ⟦PHONE:(01423) 506 119⟧."
            )
        ],
    ),
    (
        "outpatient",
        [
            (
                "6-week baby check\nBaby: ⟦NAME:Ottilie Quennell|Ottilie|Quennell⟧, born ⟦DOB:12/09/2026|12/09⟧ (UK), ⟪3.4 kg⟫ at birth\n"
                "Mother: ⟦NAME:Agnieszka Quennell|Agnieszka⟧   Father: ⟦NAME:Tomasz⟧\nHips ⟪normal⟫, red reflex ⟪present⟫, "
                "weight ⟪4.9 kg⟫ (⟪50th centile⟫).\nHV: ⟦NAME:Marguerite⟧, contact via ⟦EMAIL:hv.team.kettering@nhs.net⟧"
            )
        ],
    ),
    (
        "handover",
        [
            "pt ⟦NAME:jablonski⟧ in 4b — ⟪day 3 post-op⟫, pain controlled, ⟪eating and drinking⟫. wife ⟦NAME:wenna⟧ visiting 2-4, she'll bring his ⟪inhalers⟫. ⟦=jablonski⟧ for ⟪physio⟫ am."
        ],
    ),
    (
        "note",
        [
            (
                "Recommended ⟪Dr. Scholl's⟫ insoles and ⟪calf stretches⟫; referred to podiatrist ⟦NAME:Dr. Lomax-Rowe|Lomax|Rowe⟧ at "
                "⟪St Thomas' Hospital⟫. Pt ⟦NAME:Caspian Delaunay|Caspian|Delaunay⟧ to return in ⟪6 weeks⟫."
            )
        ],
    ),
    (
        "voicemail",
        [
            (
                'Voicemail transcript 08:12: "hi, um, this is ⟦NAME:henrietta okoro-blaise|henrietta|okoro|blaise⟧, calling for my '
                "father ⟦NAME:ignatius⟧, date of birth ⟦DOB:may 2nd 1944|may 2nd⟧, he's run out of his ⟪furosemide⟫, "
                "could you call me back on ⟦PHONE:0 7 9 5 6 2 1 4 8 3 0 9|2 1 4 8 3 0 9⟧, that's my mobile, thanks\""
            )
        ],
    ),
    (
        "record",
        [
            (
                "Pt febrile (⟪38.9⟫) since ⟪Tuesday⟫. ⟪Graves' disease⟫, on ⟪carbimazole 20 mg⟫ — ⟪neutrophils 0.4⟫: ⟪agranulocytosis⟫ until "
                "proven otherwise. Discussed with ⟪Haematology⟫ registrar; MRN is ⟪pending⟫ as registration system down."
            )
        ],
    ),
    (
        "consultation",
        [
            "Dr: The ⟪Apgar score⟫ was ⟪9 at five minutes⟫, which is reassuring.",
            "Parent: And the ⟪Guthrie test⟫?",
            "Dr: The ⟪heel-prick⟫ results come in ⟪about two weeks⟫; we'll call if anything needs doing.",
        ],
    ),
    (
        "letter",
        [
            (
                "⟪British Thoracic Society⟫ guidance: ⟪SpO2⟫ target ⟪88-92%⟫ in ⟪COPD⟫. ⟪Royal Brompton Hospital⟫ ⟪Respiratory Medicine⟫ "
                "clinic review in ⟪3 months⟫, ⟪FEV1 1.2 L⟫ (⟪45% predicted⟫)."
            )
        ],
    ),
    (
        "outpatient",
        [
            (
                "⟪Bell's palsy⟫ — ⟪House-Brackmann grade III⟫. ⟪Prednisolone 60 mg⟫ for ⟪5 days⟫ then taper. Eye care advice. "
                "⟪Cleveland Clinic⟫ patient leaflet given."
            )
        ],
    ),
]

if __name__ == "__main__":
    main()
