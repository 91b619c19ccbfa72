r"""The patterns of de-identification: each finds the spans of one kind of identifier.

Every pattern runs in time linear in the text, so that one hostile import cannot hold a worker:
a match may only begin where its first class cannot extend to the left (a lookbehind), or after a
fixed cue word; runs of whitespace and digits are possessive (`\s*+`, `\d++`) wherever the next
item cannot start with what they hold, and no two adjacent quantifiers share a character. What a
regex cannot say cheaply (an ID's check digit, where an address ends, whether a word is a name) is
decided afterwards in Python on the match alone. `tests/annotation/test_hostile_input.py` times each rule on
1 MB adversarial inputs built from its `probe`.

Speed (`bench/deid.py --rules`): Python's regex engine skips quickly to where a match can start
only when a pattern begins with a literal, one character class, or alternatives that each begin
with a literal; a leading lookbehind, optional group or `\d{4}` makes it try the whole pattern at
every position. So patterns begin with a class (`\d\d{3}`, not `\d{4}`), cue lists are written as
tries (`words`), and a rule that needs a rare character or a second turn says so (`triggers`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from annotation.deid.dates import (
    COMPACT_DATE,
    EN_DATE,
    EN_DAY_MONTH,
    EN_DAY_MONTH_YY,
    MONTHS,
    ORDINAL,
    ZH_DATE,
    ZH_DAY_MONTH,
    ZH_NUMERAL_DATE,
    ZH_NUMERAL_DATE_BARE,
)
from annotation.deid.layout import (
    HL7_FIELDS,
    TABLE_CELL,
    TABLE_HEADERS,
    TABLE_TRIGGERS,
    column_header,
    hl7_field,
    line_bounds,
    table_cell,
)
from annotation.deid.surnames import TO_TRADITIONAL, with_traditional

HAN = r"\u4e00-\u9fff"
SEP_ZH = r"\s*+(?:(?:是|为|係|[:：#])\s*+)?"  # 係: Cantonese's 是 (我電話係5776 8957)
SEP_EN = r"\s*+(?:(?:is|was|[:：#=\-])\s*+)?"  # a full-width colon too (患者ID MRN：BL-613412)
# 出生 that begins the next field's label, not the verb after a date: 入院日期：2024-03-05 出生日期：... (not
# 1985年3月2日出生时间为凌晨3点, whose date is the birth's)
NOT_A_LABEL = r"(?!(?:日期|年月日?|时间|時間)[ \t]*+[:：])"
# Also a Taiwanese date of the Minguo calendar (民國66年11月5日, 66/11/05) and a day-first date (05-11-1977).
ZH_DOB_VALUE = rf"(?:{ZH_DATE}|{ZH_NUMERAL_DATE}|{COMPACT_DATE}|{ZH_DAY_MONTH}|\d{{4}}\s*+年\s*+\d{{1,2}}\s*+月|\d{{4}}[-/.]\d{{1,2}}(?![-/.\d])|\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{4}}(?!\d)|(?:民[国國])?\d{{2,3}}[/.\-]\d{{1,2}}[/.\-]\d{{1,2}}(?![/.\-\d])|{EN_DATE})"
# A lunar date with its year (农历一九三九年正月初七, 1943年农历二月三十), as a birthday is given beside the
# solar one; the calendar's word marks it (scrubber 13).
LUNAR_MARK = r"(?:农历|阴历|農曆|陰曆)"
LUNAR_DATE = (
    rf"(?:{LUNAR_MARK}\s*+)?(?:\d{{4}}|\d\d|[〇零○一二三四五六七八九]{{2,4}})\s*+年\s*+(?:{LUNAR_MARK}\s*+)?"
    r"[闰閏]?[正一二三四五六七八九十冬腊臘]{1,3}月\s*+(?:初[一二三四五六七八九十]|[一二三四五六七八九十廿卅]{1,3})[日号]?"
)
# A date spoken into a dictation: "september thirteenth nineteen ninety nine", "the 5th of May".
UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
ORDINAL_WORDS = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth"
    r"|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth"
    r"|(?:twenty|thirty)[ -](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))"
)
YEAR_WORDS = (
    rf"(?:(?:nineteen|eighteen)[ -](?:{TENS}(?:[ -]{UNITS})?|{TEENS}|(?:oh|o)[ -]{UNITS}|hundred)"
    rf"|two[ -]thousand(?:[ -](?:and[ -])?(?:{TENS}(?:[ -]{UNITS})?|{TEENS}|{UNITS}))?|twenty[ -](?:{TEENS}|{TENS}(?:[ -]{UNITS})?|(?:oh|o)[ -]{UNITS}))"
)
SPOKEN_DATE = (
    rf"(?i:{MONTHS}[ \t]++(?:the[ \t]++)?{ORDINAL_WORDS}(?:,?[ \t]++(?:of[ \t]++)?{YEAR_WORDS})?"
    rf"|(?:the[ \t]++)?{ORDINAL_WORDS}[ \t]++of[ \t]++{MONTHS}(?:,?[ \t]++(?:{YEAR_WORDS}|(?:18|19|20)\d\d(?!\d)))?)(?![A-Za-z])"
)
# A date of birth written in a demographic row right after the sex (男  1965-11-24, ｜女｜1981年07月15日).
ROW_DATE = rf"(?:{ZH_DATE}|\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}(?!\d)|\d\d[-/.]\d\d[-/.]\d\d(?![-/.\d]))"
# Words between a birthday's cue and a date that make the date another day's (a visit's, a death's).
NOT_A_BIRTHDAY = (
    "就诊",
    "复诊",
    "入院",
    "出院",
    "住院",
    "手术",
    "复查",
    "检查",
    "随访",
    "挂号",
    "预约",
    "去世",
    "死亡",
    "来",
    "到",
)


STREET_SUFFIX = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Parkway|Pkwy|Highway|Hwy|Circle|Cir"
    r"|Square|Sq|Close|Crescent|Cres|Gardens|Row|Mews|Walk|Grove|Green|Hill|Trail|Trl|Loop|Alley|Plaza|Park|Heights|Ridge|View|Vale|Rise"
    r"|Parade|Pde|Esplanade|Esp|Quay|Wharf|Promenade|Embankment)\b\.?"
)
COMPASS = r"(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?"
CA_POSTCODE = r"[A-CEGHJ-NPR-TVXY]\d[A-CEGHJ-NPR-TV-Z][ \t]?\d[A-CEGHJ-NPR-TV-Z]\d"
# House number, street, flat and town with a ZIP code or UK postcode: "1600 N. Main St, Apt 4B, Leeds, LS1 4AP".
EN_STREET = (
    rf"\d\d{{0,4}}[A-Za-z]?(?:[/-]\d{{1,5}}[A-Za-z]?)?[ \t]++(?:{COMPASS}\s++)?(?:(?:[A-Z][A-Za-z'-]*+|\d{{1,3}}{ORDINAL})\s++){{1,4}}{STREET_SUFFIX}"
    rf"(?:,?\s*+(?:Apt|Apartment|Suite|Ste|Unit|Flat|Fl|Room|Rm)\.?\s*+#?[\w-]++|\s*+#\d++)?"
    rf"(?:,\s*+[A-Z][a-z]++(?:\s[A-Z][a-z]++)?,?\s*+(?:[A-Z]{{2,3}}\s*+\d{{4,5}}(?:-\d{{4}})?|[A-Z]{{1,2}}\d[A-Z\d]?\s*+\d[A-Z]{{2}}|[A-Z]{{2}}[ \t]++{CA_POSTCODE}))?"
)
ZH_ADDRESS_UNITS = "省市区县州旗镇乡村社组路街道巷弄里号栋幢座单元室楼层院苑园庭城湾屯庄寨门户期队坊府邸墅居"
# In Hong Kong and Taiwan: 邨 (an estate), 鄰 and 段 (a neighbourhood, a road's section), 樓 (a floor).
ZH_ADDRESS_UNITS += ZH_ADDRESS_UNITS.translate(TO_TRADITIONAL) + "邨鄰段"
# A space inside a Chinese address, after a house number or a compound's name ("鹭洲路216号 澜庭御府 6栋").
ZH_ADDRESS_SPACE = (
    r"(?<=[省市县区镇乡村组路街道巷弄号园苑庭府邸墅居阁栋幢座楼])[ ](?=[\u4e00-\u9fff\d]|[A-Za-z][栋幢座楼])"
)
# An address names a street, village, house, building or flat; a run of place names alone ("北京市朝阳区") is not one.
ZH_ADDRESS_MARKERS = with_traditional(tuple("路街巷弄村号道里苑栋幢室") + ("单元", "小区", "胡同")) + ("邨", "鄰")


# What a text must contain for a rule to have anything to find: checked once per text, so that
# most rules never scan most texts (`Rule.needs`).
FEATURES = {
    "digit": re.compile(r"\d"),
    "han": re.compile(f"[{HAN}]"),
    "latin": re.compile(r"[A-Za-z]"),
    "at": re.compile("@"),
}


def features(text: str) -> frozenset[str]:
    return frozenset(name for name, pattern in FEATURES.items() if pattern.search(text))


@dataclass(frozen=True)
class Rule:
    """Spans of group `value` of `pattern` that `check` (if any) accepts, possibly trimmed.

    With `word_start` a match must not begin inside a Latin word; that is checked here rather than
    with a leading lookbehind, which would stop the regex engine from skipping ahead to the
    characters a match can begin with (several times faster on long texts). `triggers` are
    lower-case strings of which a text must contain one for the rule to have anything to find:
    `detect` tests them with `in` (a fast substring search) before it runs the pattern at all.
    """

    kind: str
    pattern: re.Pattern
    probe: str  # a near miss for this rule, repeated in the hostile-input tests
    check: Callable[[str, re.Match], tuple[int, int] | None] | None = None
    needs: frozenset[str] = frozenset()
    word_start: bool = False
    not_after: str = ""  # characters a match may not follow (a bounded pattern's left edge)
    triggers: tuple[str, ...] = ()
    # Cue lists where one cue can hide the start of another (病患者: 病患, then 患者): when the check
    # refuses a match, the search goes on from the next character, not from the end of the match.
    overlapping: bool = False

    def applies(self, present: frozenset[str], lowered: str) -> bool:
        """Whether the text (its features, its lower-case form) can hold a match at all."""
        return self.needs <= present and (not self.triggers or any(t in lowered for t in self.triggers))

    def find(self, text: str, search: Callable[[str, int], re.Match | None] | None = None) -> Iterator[tuple[int, int]]:
        """The spans found; `search`, where given, stands for `pattern.search` and finds the same matches
        (`prefilter.with_start_class`, the pattern compiled to skip ahead in C)."""
        search, position = search or self.pattern.search, 0
        edge = self.word_start or self.not_after
        while (match := search(text, position)) is not None:
            position = max(match.end(), match.start() + 1)
            if edge and match.start():
                before = text[match.start() - 1]
                if (self.word_start and before.isascii() and before.isalpha()) or before in self.not_after:
                    continue
            span = match.span("value") if self.check is None else self.check(text, match)
            if span is not None and span[1] > span[0]:
                yield span
            elif self.overlapping:
                position = match.start() + 1


def rule(
    kind: str,
    pattern: str,
    probe: str,
    check=None,
    *,
    needs: str = "",
    word_start: bool = False,
    not_after: str = "",
    triggers=(),
    overlapping: bool = False,
) -> Rule:
    return Rule(
        kind,
        re.compile(pattern),
        probe,
        check,
        frozenset(needs.split()),
        word_start,
        not_after,
        tuple(t.lower() for t in triggers),
        overlapping,
    )


DIGITS_LETTERS = "0123456789" + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def words(options) -> str:
    """A pattern matching any of `options`, the longest first where several match.

    Written as a trie (`d(?:ad|aughter)`, not `daughter|dad`): at each position the regex engine
    then tries one branch per distinct next character instead of every word in turn, which makes
    a list of hundreds of cue words several times cheaper to scan for.
    """
    trie: dict = {}
    for option in options:
        node = trie
        for char in option:
            node = node.setdefault(char, {})
        node[""] = {}
    return trie_pattern(trie)


def trie_pattern(node: dict) -> str:
    branches = [re.escape(char) + trie_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else body + "?"


def any_case(options) -> list[str]:
    """Each word as written, in lower case, capitalised and in capitals (cheaper than IGNORECASE)."""
    return list(dict.fromkeys(form for o in options for form in (o, o.lower(), o[:1].upper() + o[1:], o.upper())))


# --- checks ----------------------------------------------------------------------------------


def resident_id_valid(number: str) -> bool:
    """GB 11643 check digit of an 18-character Chinese resident ID."""
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(d) * w for d, w in zip(number[:17], weights))
    return "10X98765432"[total % 11] == number[17].upper()


# Labels of numbers that are no one's ID, even when shaped like one (序列, 批号, lot, order numbers).
NOT_ID_LABELS = ("序列", "批号", "编号", "单号", "订单", "条码", "流水", "批准", "货号", "lot", "no", "sn", "#")


# Things whose numbers are no one's record (标本编号, 试剂批号, 产品编号, 仪器编号): a specimen's tube, a
# reagent's or a drug's batch, a device. Before a record label's 编号/号 they say whose number it is.
NOT_RECORD_THINGS = with_traditional("标本 样本 试剂 批 产品 仪器 设备 器械 药品 订单 发票 质控 耗材".split())
# Labels of a batch or a serial number, in lower case: what follows them is no national ID even when its
# check digit happens to fit (试剂批号：L2500747 reads as a Hong Kong ID one time in eleven).
LOT_LABELS = ("批号", "批號", "序列号", "序列號", "货号", "貨號", "lot", "lot no", "lot no.", "lot number", "batch",
              "batch no", "batch no.", "batch number", "serial", "serial no", "serial no.", "serial number", "s/n")  # fmt: skip


def thing_number(text: str, start: int) -> bool:
    """Whether the record label at `start` (编号, 号) follows a thing's name: 标本编号, 仪器编号."""
    return text.endswith(NOT_RECORD_THINGS, max(0, start - 4), start)


def after_lot_label(text: str, start: int) -> bool:
    """Whether the number at `start` follows a batch's or a serial number's label, or a thing's (试剂批号：,
    Lot No. , 标本编号 )."""
    before = text[max(0, start - 16) : start].rstrip(" \t\u3000:：#.").lower()
    if before.endswith(LOT_LABELS) and not before.endswith(("slot", "pilot")):
        return True
    for label in ("编号", "編號", "号", "號"):
        if before.endswith(label):
            return thing_number(before, len(before) - len(label))
    return False


def valid_resident_id(text: str, match: re.Match) -> tuple[int, int] | None:
    """An unlabelled resident ID: with its check digit, or, standing alone (after a comma, a space, a
    line break) and not after another number's label, with a wrong one: a typo or a made-up last
    digit still leaves a region, a date of birth and a serial that identify someone."""
    number = re.sub(r"[\s./-]", "", match.group("value"))
    if len(number) != 18 or number[0] not in "12345678":
        return None
    if resident_id_valid(number):
        return match.span("value")
    start = match.start("value")
    before = text[max(0, start - 6) : start].lower()
    alone = not before or not (before[-1].isalnum() or before.rstrip(" \t:：#").endswith(NOT_ID_LABELS))
    return match.span("value") if alone else None


RESIDENT_ID_SHAPE = re.compile(r"[1-8]\d{5}(?:18|19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]")


def grouped_resident_id(text: str, match: re.Match) -> tuple[int, int] | None:
    """A resident ID written in groups: one kind of separator throughout, a date of birth inside."""
    value = match.group("value")
    separators = {c for c in value if not c.isalnum()}
    if len(separators) > 1 or RESIDENT_ID_SHAPE.fullmatch(re.sub(r"[ \t./-]", "", value)) is None:
        return None
    return valid_resident_id(text, match)


Check = Callable[[str, re.Match], tuple[int, int] | None]


def unless_after_lot_label(check: Check) -> Check:
    """A national ID's check-digit test that first refuses a number after a batch's, a serial's or a
    thing's label (`after_lot_label`): its check digit fits one time in ten or eleven by chance."""

    @functools.wraps(check)
    def checked(text: str, match: re.Match) -> tuple[int, int] | None:
        return None if after_lot_label(text, match.start("value")) else check(text, match)

    return checked


# National numbers written without a label, taken only when their check digit or letter is right (a
# random number of the same shape passes one time in ten or eleven): Singapore's NRIC/FIN, Australia's
# Medicare number, India's Aadhaar, Taiwan's national ID, Hong Kong's HKID, the US Medicare MBI (its
# letters and digits in fixed places).
NRIC_LETTERS = {"S": "JZIHGFEDCBA", "T": "JZIHGFEDCBA", "F": "XWUTRQPNMLK", "G": "XWUTRQPNMLK"}


@unless_after_lot_label
def nric_valid(text: str, match: re.Match) -> tuple[int, int] | None:
    value = match.group("value").upper()
    total = sum(int(d) * w for d, w in zip(value[1:8], (2, 7, 6, 5, 4, 3, 2))) + (4 if value[0] in "TG" else 0)
    return match.span("value") if NRIC_LETTERS[value[0]][total % 11] == value[8] else None


@unless_after_lot_label
def au_medicare_valid(text: str, match: re.Match) -> tuple[int, int] | None:
    digits = re.sub(r"\D", "", match.group("value"))
    total = sum(int(d) * w for d, w in zip(digits, (1, 3, 7, 9, 1, 3, 7, 9)))
    return match.span("value") if total % 10 == int(digits[8]) else None


VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]


@unless_after_lot_label
def aadhaar_valid(text: str, match: re.Match) -> tuple[int, int] | None:
    check = 0
    for index, digit in enumerate(reversed(re.sub(r"\D", "", match.group("value")))):
        check = VERHOEFF_D[check][VERHOEFF_P[index % 8][int(digit)]]
    return match.span("value") if check == 0 else None


TW_LETTERS = {c: n for n, c in zip(list(range(10, 34)) + [34, 35], "ABCDEFGHJKLMNPQRSTUVXYWZIO")}


@unless_after_lot_label
def tw_id_valid(text: str, match: re.Match) -> tuple[int, int] | None:
    value = match.group("value").upper()
    code = TW_LETTERS[value[0]]
    total = code // 10 + 9 * (code % 10) + sum(int(d) * w for d, w in zip(value[1:], (8, 7, 6, 5, 4, 3, 2, 1, 1)))
    return match.span("value") if total % 10 == 0 else None


@unless_after_lot_label
def hkid_valid(text: str, match: re.Match) -> tuple[int, int] | None:
    value = re.sub(r"[()（）]", "", match.group("value")).upper()
    letters, digits, check = value[:-7], value[-7:-1], value[-1]
    letters = letters.rjust(2, " ")
    total = sum(w * (36 if c == " " else ord(c) - 55) for w, c in zip((9, 8), letters))
    total += sum(w * int(d) for w, d in zip((7, 6, 5, 4, 3, 2), digits))
    expected = (11 - total % 11) % 11
    return match.span("value") if check == ("A" if expected == 10 else str(expected)) else None


def birth_date_digits(yymmdd: str) -> bool:
    """Whether six digits are a real day of a year (YYMMDD): the first part of a Malaysian or a South
    African identity number, which has no check digit of its own in Malaysia's case."""
    month, day = int(yymmdd[2:4]), int(yymmdd[4:6])
    return 1 <= month <= 12 and 1 <= day <= (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)


# Malaysia's place-of-birth codes, the MyKad's middle two digits (01-16 the states, the rest countries).
MYKAD_PLACES = frozenset(f"{n:02d}" for n in (*range(1, 17), *range(21, 60), *range(60, 69), 71, 72, *range(74, 80)))
MYKAD_PLACES |= frozenset(f"{n:02d}" for n in (*range(82, 94), 98, 99))
# A date and a few digits are also a receipt's, a file's or a lab run's number (240312-14-0021): an identity
# number's label must come first, within a few words or the question of the turn before (你的 ID number？).
IDENTITY_LABEL = re.compile(
    r"(?:(?<![A-Za-z])(?i:I/?C|NRIC|MyKad|K/?P|kad pengenalan|identity|ID)(?![A-Za-z])|身份证|身份證|证件|證件)"
    r"(?:[ \t]*+(?i:no\.?|number|num|#|号码?|號碼?))?[ \t]*+[:：.?？]?[ \t]*+(?:[\n\x00][^\n\x00]{0,8}?[:：][ \t]*+)?$"
)


def after_identity_label(text: str, start: int) -> bool:
    """Whether an identity number's label is right before `start`, or ends the question of the line before
    (你的 ID number？ / 患者：...); not "ID team reviewed; accession 240312-14-0021"."""
    return IDENTITY_LABEL.search(text, max(0, start - 40), start) is not None


@unless_after_lot_label
def mykad_valid(text: str, match: re.Match) -> tuple[int, int] | None:
    """850312-14-5678 after its label: a date of birth, a place of birth's code, four digits."""
    digits = re.sub(r"\D", "", match.group("value"))
    if not (birth_date_digits(digits[:6]) and digits[6:8] in MYKAD_PLACES):
        return None
    return match.span("value") if after_identity_label(text, match.start("value")) else None


def luhn_valid(digits: str) -> bool:
    total = 0
    for index, digit in enumerate(reversed(digits)):
        doubled = int(digit) * (2 if index % 2 else 1)
        total += doubled - 9 if doubled > 9 else doubled
    return total % 10 == 0


@unless_after_lot_label
def za_id_valid(text: str, match: re.Match) -> tuple[int, int] | None:
    """8001015009087 after its label: a date of birth, four digits, citizenship (0 or 1), a digit, a Luhn
    check digit (a product's barcode passes one time in a few hundred: the label tells them apart)."""
    digits = re.sub(r"\D", "", match.group("value"))
    if not (birth_date_digits(digits[:6]) and digits[10] in "01" and luhn_valid(digits)):
        return None
    return match.span("value") if after_identity_label(text, match.start("value")) else None


# The words of a Singapore street after its block number (Bedok North Ave 2, Jalan Bukit Merah), and a
# flat's unit, floor and number (#07-153).
SG_STREET = r"(?:[ \t]++(?:[A-Z][A-Za-z'’]*+|\d{1,2}[A-Za-z]?(?![\d-]))){1,6}"
SG_UNIT = r"\#\d{2,3}-\d{2,5}[A-Za-z]?(?![\d-])"  # not a rib's fracture (Block 2 Left #4-7 ribs)


def sg_block(text: str, match: re.Match) -> tuple[int, int] | None:
    """A block and street with a flat's unit or the postcode: Blk 7 alone could be a hospital's block."""
    value = match.group("value")
    if "#" not in value and not re.search(r"\d{6}\)?$", value):
        return None
    if names_institution_building(value, NOT_HOME_PLACES | {"main", "building", "tower", "wing"}):
        return None  # Block 7 Main Building, a hospital's (North is a Singapore street's word: Bedok North Ave)
    if INSTITUTION_GOES_ON.match(text, match.end("value")) or SG_INSTITUTION_AFTER.match(text, match.end("value")):
        return None  # Blk 1A Level 5 #05-01, National University Hospital; Blk 2 Outram Road #02-01 SGH Pharmacy
    return match.span("value")


# A hospital's unit after a block's address, within a few words (its name or its abbreviation).
SG_INSTITUTION_AFTER = re.compile(
    r"[ \t,(]*+(?:[A-Z][A-Za-z'’]*+[ \t]++){0,3}(?:Hospital|Pharmacy|Polyclinic|Clinic|Centre|Center|SGH|NUH|TTSH|CGH|KTPH"
    r"|KKH|NCCS|NHCS|SKH|NTFGH|NCID|IMH|NNI)\b"
)


MY_PLACE_WORD = r"(?:Jalan|Jln\.?|Lorong|Lrg\.?|Persiaran|Lebuh|Taman|Tmn\.?|Kampung|Kg\.?)"
MY_STATES = (
    r"(?:Johor|Kedah|Kelantan|Melaka|Malacca|Negeri Sembilan|Pahang|Perak|Perlis|Pulau Pinang|Penang|Sabah|Sarawak"
    r"|Selangor|Terengganu|Kuala Lumpur|Labuan|Putrajaya|W\.P\.[ \t]?Kuala Lumpur|Wilayah Persekutuan)"
)


def line_start_record(text: str, match: re.Match) -> tuple[int, int] | None:
    """[201571038413] 魏芳 68岁: a bracketed number that opens a line before a name, a list's record number."""
    start = match.start()
    if start and text[start - 1] not in "\n\x00":
        return None
    value = match.group("value")
    if sum(c.isdigit() for c in value) < 6 or DATE_SHAPED.match(value) is not None:
        return None
    return match.span("value")


def has_digit(text: str, match: re.Match) -> tuple[int, int] | None:
    value = match.group("value")
    if thing_number(text, match.start()):
        return None  # 标本编号, 仪器编号: a specimen's or a device's number, no one's record
    if match.group(0)[:3].lower() == "ref" and (found := RANGE.fullmatch(value)) and int(found[1]) < int(found[2]):
        return None  # "Platelets 92  Ref: 150-400": a lab's reference range
    return match.span("value") if re.search(r"\d", value) and len(value.replace(" ", "")) >= 4 else None


def record_number(text: str, match: re.Match) -> tuple[int, int] | None:
    """`has_digit`, unless the value opens with a word (Membership no. expired 2023; not a hospital's letters,
    VH 2084 7716, IALCH 0618342, RVJ 44821) or is a year (Folder no. ICU 2024)."""
    value = match.group("value")
    first = value.split()[0]
    if first.isalpha() and not first.isupper():
        return None  # Membership no. expired 2023: a word
    if YEAR_ONLY.fullmatch(value.removeprefix(first).strip() if first.isalpha() else value.strip()):
        return None  # Folder no. ICU 2024, Mental health # 2024 goals: a year
    return has_digit(text, match)


YEAR_ONLY = re.compile(r"(?:19|20)\d\d")


RANGE = re.compile(r"(\d{1,3})-(\d{1,3})")


# Questions for a date of birth without its cue words (哪年哪月哪日生的？; not 什么时候生的病).
BIRTH_QUESTIONS_ZH = with_traditional(("哪年哪月哪日生", "哪年哪月哪天生", "哪年哪月生"))
# Words in the line of an answer that say it gives another date or number than the one asked for.
OTHER_ANSWER = (
    ("visit", "appointment", "appt", "admit", "today", "date:", "日期", "就诊", "复诊", "预约", "今天")
    + ("moved", "came", "arrived", "married", "since", "started", "left")  # I moved over on the tenth of June 1990
    + ("住院", "复查", "複查", "预产期", "預產期", "开始", "開始", "手术", "手術", "检查", "檢查", "不记得", "不記得")
)


def answer_in_next_line(text: str, match: re.Match) -> tuple[int, int] | None:
    """The value given in the turn or line after the question for it ("DOB?" / "Caller: 4/1/21")."""
    gap = match.group("gap").lower()
    if any(word in gap for word in OTHER_ANSWER):
        return None
    if ZH_NUMERAL_ANSWER.match(match.group("value")):
        return match.span("value")  # 一九四九年九月十二号: a date in numerals has no digit
    return has_digit(text, match)


ZH_NUMERAL_ANSWER = re.compile(ZH_NUMERAL_DATE)


# A date one "is" is a birth date only where its year is long past: not a booking (you're 3/4/25 for theatre).
# Fixed years, not today's, so that what is replaced does not change with the calendar.
LATEST_BIRTH_YEAR = 2015
TWO_DIGIT_YEAR = re.compile(r"(?<!\d)\d\d$")
FOUR_DIGIT_YEAR = re.compile(r"(?:18|19|20)\d\d")


def long_ago(text: str, match: re.Match) -> tuple[int, int] | None:
    value = match.group("value")
    if (year := FOUR_DIGIT_YEAR.search(value)) is not None:
        return match.span("value") if int(year.group()) <= LATEST_BIRTH_YEAR else None
    two = TWO_DIGIT_YEAR.search(value)
    return match.span("value") if two is not None and int(two.group()) >= 30 else None


def lunar_birthday(text: str, match: re.Match) -> tuple[int, int] | None:
    """A lunar date is a birthday where a birth cue comes before it on its line (出生日期：1939年2月26日
    （农历一九三九年正月初七）, 生日：1943年农历二月三十)."""
    bounds = line_bounds(text, match.start())
    if bounds is None or not BIRTH_CUE.search(text, max(bounds[0], match.start() - LUNAR_CUE_DISTANCE), match.start()):
        return None
    return match.span("value")


BIRTH_CUE = re.compile(
    r"出生(?!史|体重|後|后|时|時|缺氧|评分|医院|地)|生日|生辰|(?i:DOB|D\.O\.B|birth(?![ \t]*+weight))"
)
LUNAR_CUE_DISTANCE = 16


def birthday_a_clause_later(text: str, match: re.Match) -> tuple[int, int] | None:
    """A full date in the sentence of a birthday's cue ("生日填错了，应该是1979年5月18号"), unless the
    words between make it another day."""
    if any(word in match.group("gap") for word in NOT_A_BIRTHDAY + NOT_THE_BIRTH_DATE):
        return None
    return match.span("value")


# Words between a birthday's cue and a date that say the date is not the birth date ("出生日期不详，末次月经…",
# "过生日后，2024年3月5日开始发热").
NOT_THE_BIRTH_DATE = ("不详", "未", "末次", "月经", "采样", "开始", "起", "后", "後", "过", "無", "无", "忘", "不知道")


def date_after_sex(text: str, match: re.Match) -> tuple[int, int] | None:
    """The date right after the sex in a demographic row, a cell of its own (the pattern wants a separator,
    two spaces or the line's end after it: "女 2024-05-01入院" is a visit), unless a table's header names its
    column as something else."""
    header = column_header(text, match.start("value"))
    if header is not None and TABLE_HEADERS.get(header) != "DOB":
        return None  # a table's header names the column, as another date's (就诊日期, 采样时间, Visit)
    return match.span("value")


def date_after_gap(text: str, match: re.Match) -> tuple[int, int] | None:
    """A date a few words after a birth cue, unless those words say it is another date (a visit)."""
    gap = match.group("gap").lower()
    if any(word in gap for word in OTHER_ANSWER + ("admi", "seen", "died", "death", "surgery", "since", "until")):
        return None
    return match.span("value")


# After an address's cue, a compound or building names a home as well as a street does (紫薇花园28-4-1203,
# 望京西园四区412楼): these say so there, not in a run of place names without a cue.
ZH_CUED_ADDRESS_MARKERS = ZH_ADDRESS_MARKERS + with_traditional(
    tuple("园庭府居阁楼座屯组") + ("公寓", "大厦", "广场", "新村", "山庄")
)


def zh_cued_address(text: str, match: re.Match) -> tuple[int, int] | None:
    if text.startswith(("住院", "住宿", "住了", "住过", "住的"), match.start()):
        return None  # 住院部3号楼: the hospital's building, no one's home
    near = text.startswith(NEAR_WORDS, match.start("value") + text.startswith("家", match.start("value")))
    if near and not any(char.isdigit() for char in match.group("value")):
        return None  # 住家附近的診所: a place near the home, not the home
    if text[max(0, match.start() - 2) : match.start()] in INSTITUTION_OWNERS or "院区" in match.group("value"):
        return None  # 本院地址：中山北路院区: a hospital's own address, a campus
    if text.startswith(WRITING_VERBS, match.start("value")):
        return None  # 地址写到了门牌号, 写到村: what the address should hold, not one (胜利村 is a village)
    span = zh_address_end(text, match, ZH_CUED_ADDRESS_MARKERS)
    if span is not None and DESCRIBED_PLACE.match(text, span[0], span[1]) is not None:
        return None  # 住在没电梯的老楼附近, 住在小区门口的药店附近: a kind of place, no address
    return span


# Verbs that say how an address is to be written (地址要写到门牌号): what follows is no address.
WRITING_VERBS = with_traditional(
    ("写到", "写成", "写上", "写明", "填写", "填到", "填上", "改成", "改为", "要写", "需写")
)
# Who owns an address's label when it is an institution's (本院地址, 医院地址, 药店地址).
INSTITUTION_OWNERS = frozenset(
    with_traditional(("本院", "我院", "医院", "院区", "诊所", "药店", "药房", "中心", "门诊"))
)
NEAR_WORDS = with_traditional(("附近", "旁边", "周边", "周围", "对面", "楼下", "门口"))


# A place described rather than named: no number, and two characters at most after 的, 小区 or 这/那 (没电梯的老楼,
# 小区门口的药店); 朝阳区的阳光花园 and 那个黄土坡村 name one.
DESCRIBED_PLACE = re.compile(r"(?:[^\d]*的[^\d的]{0,2}|小区[^\d]{0,2}|[这那][个里边]?[^\d]{0,2})$")


# A flat written building-entrance-room after the estate's name (朝阳区书香门第17-1-2002).
DASHED_FLAT = re.compile(r"(?<=[\u4e00-\u9fff])\d{1,3}-\d{1,2}-\d{2,5}(?![\d-])")
# A distance or a direction right after a flat's number: the address ended there (3301离医院近, 1203到医院).
PAST_THE_FLAT = re.compile(
    r"(?<=\d)(?:离|距|到|去|靠近|附近|旁边|对面)"
    # 366号的住户; not 158号的环球广场A座1203, where the building and the flat go on
    r"|(?<=\d[号號])的(?![\u4e00-\u9fff]{0,10}?(?:大厦|大廈|广场|廣場|公寓|花园|花園|小区|小區|宿舍|[栋幢座楼樓层層室]|单元|單元|\d))"
)
# A floor, an entrance or a flat with its number, and after it Chinese words with no number or letter: the
# sentence goes on (…2门4楼社区医生能不能上门, …2单元居家康复), whatever units those words end with.
FLAT_THEN_WORDS = re.compile(
    r"(?<=\d)(?:楼|樓|层|層|单元|單元|门|門|室|户|戶)(?=[^\dA-Za-z]{2,}$)"
    # not before a floor or a room in Chinese numerals (1单元二零三室, 4楼) or a door's side (6楼东户, 2门左门)
    r"(?![〇零○一二三四五六七八九十百两兩]++(?:楼|樓|层|層|室|户|戶|号|號)|[东西南北中左右東][户戶门門侧側]?)"
)


# An institution named after an address's number (…92號馬偕醫院): the address ended before its name; the
# characters of the name are cut back to the last unit below.
INSTITUTION_IN_ADDRESS = re.compile(
    r"(?<=[号號])[\u4e00-\u9fff]{0,8}?(?:医院|醫院|诊所|診所|卫生院|衛生院|药房|藥房|药店|藥局)"
)
# A move or a visit inside a run of address characters: one address ended there (槐树巷3号搬到了南山区).
ADDRESS_TAIL_STOP = re.compile(
    words(with_traditional(("搬到", "搬去", "搬回", "搬进", "迁到", "迁往", "迁入", "前往", "住了", "家访")))
    # a voice transcript's next clause after a space (…长教村 医生说要转到县里)
    + r"|[ \t]++(?=[\u4e00-\u9fff]{0,3}[说說要是的了吗嗎呢吧你我他她们們])"
)
# What leads up to an address in a sentence (今日与护士小魏前往上海市, 拆迁后从成都市, 我妹妹家渝中区): the
# address starts after it. A single character leads in only before two characters and a unit (从成都市, not
# 从化区), a home's 家 only after a person.
LEAD_IN_WORDS = (
    "前往",
    "去往",
    "搬到了",
    "搬到",
    "搬去",
    "搬回",
    "迁到",
    "迁往",
    "来自",
    "住在",
    "住到",
    "居于",
    "位于",
    "寄到",
    "送到",
)
ADDRESS_LEAD_IN = re.compile(
    rf"(?:{words(with_traditional(LEAD_IN_WORDS + ('寄往', '寄至', '回到')))})"
    r"|(?:[从從到在去是]|回(?![龙龍族民]))(?=[\u4e00-\u9fff]{2})|(?<=[我你他她们們妹姐哥弟妈媽爸儿兒女婆娘爷爺奶])家"
)


DISTRICT_OF = re.compile(r"[\u4e00-\u9fff]{1,5}?[区县市區縣]的")


# Words of a stay in hospital whose 院 is no courtyard's (出院后回晋中市…).
HOSPITAL_STAY_WORDS = frozenset(with_traditional(("出院", "住院", "入院", "医院", "转院")))


def zh_address_head(text: str, start: int, end: int) -> int:
    """Where an address found by its shape starts once the words leading up to it are left out."""

    def first_unit(position: int) -> int:
        """The first unit (市, 区, 路 ...) from `position`: what leads in comes before it (not the 院 of 出院)."""
        while position < end and (
            text[position] not in ZH_ADDRESS_UNITS or text[position - 1 : position + 1] in HOSPITAL_STAY_WORDS
        ):
            position += 1
        while position + 1 < end and text[position + 1] in ZH_ADDRESS_UNITS:
            position += 1  # 苏州市: 州 is the city's own name, 市 its unit
        return position

    head, best = first_unit(start), start
    # A lead-in word may hold a unit's character itself (独居于: 居 ends 翠华居 too).
    for lead in ADDRESS_LEAD_IN.finditer(text, start, min(end, head + 3)):
        if lead.start() > head or (lead.start() == head and len(lead.group()) == 1):
            continue
        after = lead.end()
        if len(lead.group()) == 1 and lead.group() in "从從到在去回是" and first_unit(after) - after < 2:
            continue  # 从化区, 在X区, 回民区: the character is the place's own
        best = after
    if (district := DISTRICT_OF.match(text, best, end)) is not None and end - district.end() >= 3:
        best = district.end()  # 南开区的滨江新城C区22栋: the district alone names no one's home
    return best


# Units written only after a number (3梯1504: a lift's stair in Guangzhou; 302房: a room), which as words
# end much else (病房, 楼梯).
NUMBERED_UNITS = "梯房"


def zh_address_end(text: str, match: re.Match, markers: tuple[str, ...] = ZH_ADDRESS_MARKERS) -> tuple[int, int] | None:
    """Cut a run of address characters after its last unit (号, 室, 村 ...) or the digits after one."""
    start, end = match.span("value")
    value = match.group("value")
    if (moved := ADDRESS_TAIL_STOP.search(value)) is not None:
        value = value[: moved.start()]
    if (place := INSTITUTION_IN_ADDRESS.search(value)) is not None:
        value = value[: place.start()]  # 中山北路二段92號馬偕醫院: the hospital after the number is no part of it
    if (beyond := PAST_THE_FLAT.search(value)) is not None:
        value = value[: beyond.start()]  # 5单元3301离广东省中医院比较远: the hospital is where she is not
    if (flat := FLAT_THEN_WORDS.search(value)) is not None:
        value = value[: flat.end()]
    if (flat := DASHED_FLAT.search(value)) is not None:
        return start, start + flat.end()  # 书香门第17-1-2002: building 17, entrance 1, flat 2002
    cut = len(value)
    while (
        cut > 0
        and value[cut - 1] not in ZH_ADDRESS_UNITS
        and not value[cut - 1].isdigit()
        and not (value[cut - 1] in NUMBERED_UNITS and value[cut - 2 : cut - 1].isdigit())
    ):
        cut -= 1
    if cut and value[cut - 1].isdigit():
        digits = cut
        while digits > 0 and (value[digits - 1].isdigit() or value[digits - 1] in "-#"):
            digits -= 1
        unit = value[digits - 2] if digits > 1 and value[digits - 1] == " " else value[digits - 1] if digits else ""
        shared = digits > 1 and value[digits - 2] in "之附"  # 12号之一302房, 18号附2号: a house's share of its number
        # 3幢 201: the flat after a space
        if not shared and (not unit or unit not in ZH_ADDRESS_UNITS + "附之" + NUMBERED_UNITS):
            cut = digits
            while cut > 0 and value[cut - 1] not in ZH_ADDRESS_UNITS:
                cut -= 1  # 5号 明天下午3点: back to the unit
    value = value[:cut]
    if len(value) >= 2 and value[-2] in "号號组組室" and value[-1] in "村镇乡鎮鄉":
        value = value[:-1]  # 6组17号村民: the villager, no second village
    value = value.rstrip(" ")
    cut = len(value)
    if not any(marker in value for marker in markers) or len(value) < 3:
        return None
    head = zh_address_head(text, start, start + cut)
    return (head, start + cut) if start + cut - head >= 3 else None


# An English address after its cue, to the end of its line or sentence ("Address: Unit 3/45 King St,
# Newtown NSW 2042", "lives at RR 7 Box 509, Dayton, OH 45402", "Home: The Old Rectory, Church Lane,
# Ludlow SY8 1RP"): taken when it holds a number, a street word or a postcode, cut before the next label.
ADDRESS_CUES_EN = (
    "address", "addr", "addr.", "home address", "mailing address", "postal address", "current address",
    "permanent address", "residential address", "street address", "residence", "resides at", "residing at",
    "lives at", "living at", "live at", "lives on", "lives alone at", "lives alone on", "home:", "correspondence address", "billing address", "shipping address",
    "deliver to", "send to", "ship to", "adresse", "adresse postale", "residential:", "mailing:", "postal:",
    "address as", "address is",
)  # fmt: skip
EN_ADDRESS_VALUE = re.compile(r"[^\n\x00;|]{4,120}")
# Where an English address read after its cue ends: a gap, a sentence's end (not an abbreviation's full stop,
# but one after a postcode's letters: …, Leeds LS6 2AB. Venous ulcer), a field's label, a joining word, a dose.
EN_ADDRESS_STOP = re.compile(
    r"\s{3,}|\t|(?<![A-Z])(?<!St)(?<!Rd)(?<!No)(?<!Mt)(?<!Ave)(?<!Apt)(?<!Ste)(?<!,[ ]Co)(?<!app)(?<!boul)[.!?](?:\s|$)|(?<=\d[A-Z]{2})\.(?:\s|$)|\s(?:Phone|Tel|Telephone|Mobile|Cell|Email|E-mail|DOB|MRN|NHS|SSN|Fax|Contact|Date|Age|Sex|Ins(?:urance)?)\b"
    r"|,?\s(?:mob|Mob|ph|Ph|HP|tel|phone|mobile|cell|email)\b"
    # a joining word, a bracket (not a province's before its postcode: (Québec) H2J 2L3), " - please update ..."
    r"|,?\s(?:and|but|with|since|for|where|who|which|because)\s|\s\((?![A-Za-z]{2,10}\)[ \t]*+[A-Z]\d[A-Z])|\s[-–—]\s"
    # a field's label in capitals (… DD3 6LN GP: DR S. MACLEOD), not a postcode's or a rural home's own (PC:, BOX:)
    r"|[ \t]++(?=(?!(?:ZIP|PC|POSTCODE|EIRCODE|BOX|SITE|APT|UNIT|RR|RD|LOT|PO)\b)[A-Z]{2,8}:)"
    # a dose after the address (…, Sandton, 1500 mg metformin): no postcode
    r"|,?\s\d[\d.]*+[ \t]?(?:mg|mcg|µg|g|kg|ml|mL|units?|IU|mmol|mmHg|tabs?|tablets?|puffs?)(?![A-Za-z])"
    # a new sentence after an abbreviation's full stop (… S. Lincoln Ave. Is there a clinic close to me?)
    r"|(?<=\.)\s++(?=(?:Is|Are|Can|Could|Do|Does|Did|What|Where|When|Which|How|Should|Would|Will|I|We|My|Our|She|He"
    r"|His|Her|They|It|The|This|Please|Any)\b)"
    # a sentence going on after the number that ends the address (…, Ludhiana 141002, is admit needed?)
    r"|(?<=\d),\s(?!(?:rue|chemin|av|avenue|boul|boulevard|route|rang|apt|apartment|flat|unit|suite|ste|floor|fl|level"
    r"|box|po|rural|rr|rd|site|county|concession|highway|hwy|road|lot|zone|extension)\b)(?=[a-z])"
)
# A street's or a home's word; with a digit, what says an English address's value is one.
EN_STREET_WORDS = (
    r"\b(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Drive|Dr|Close|Cl|Court|Ct|Way|Crescent|Cres|Terrace|Place|Pl|Square|Sq"
    r"|Grove|Gardens|Gdns|Mews|Row|Walk|Hill|Park|Parade|Pde|Boulevard|Blvd|Highway|Hwy|Route|Box|Cottage|Farm|Manor|House"
    r"|Rectory|Lodge|Mill|Barn|Quay|Wharf)\b"
)
EN_STREET_WORD = re.compile(EN_STREET_WORDS, re.IGNORECASE)
EN_ADDRESS_EVIDENCE = re.compile(rf"\d|{EN_STREET_WORDS}", re.IGNORECASE)
UK_POSTCODE = r"[A-Z][A-Z]?\d[A-Z\d]?[ \t]?\d[A-Z]{2}"


# What may come before a home's number: a flat or unit, India's house number (H.No. 27), a plot, or
# South Africa's stand and erf.
HOUSE_PREFIX = r"(?:Flat|Apt|Unit|Suite|H\.[ ]?No|House|Plot|Stand|Erf)"


# A postcode in an address after its label: British, a state and ZIP code, Canadian, an Irish Eircode (H91 E2K3).
LABELLED_POSTCODE = (
    rf"(?:{UK_POSTCODE}|[A-Z]{{2}}[ \t]\d{{5}}(?:-\d{{4}})?|{CA_POSTCODE}|[A-Z]\d{{2}}[ \t][A-Z0-9]{{4}})"
)
POSTCODE_IN_ADDRESS = re.compile(rf"\b{LABELLED_POSTCODE}\b")
# One with a comma after it: the address ends there.
CODE_THEN_COMMA = re.compile(
    rf"\b{LABELLED_POSTCODE}"
    r"(?=[ \t]*+,(?![ \t]*+(?i:apt|apartment|flat|unit|suite|ste|#)))"  # (…, ON M5H 1A1, apt 4: the flat goes on)
)


# The words of a street in Quebec's French, in lower case after the house's number (4571, rue Saint-Denis).
FRENCH_STREET = r"(?:rue|chemin|ch|boul|boulevard|av|avenue|rang|route|montee|place|rte)"


def en_cued_address(text: str, match: re.Match) -> tuple[int, int] | None:
    start = match.start("value")
    value = match.group("value")
    stop = EN_ADDRESS_STOP.search(value)
    if stop is not None:
        value = value[: stop.start()]
    code = CODE_THEN_COMMA.search(value)
    if code is not None:  # "…, Macon, GA 31201, 45 min from the clinic": the address ends at its postcode
        value = value[: code.end()]
    value = value.rstrip(" ,.")
    words_ = value.split()
    street = EN_ADDRESS_EVIDENCE.search(re.sub(r"\d", "", value)) is not None
    numbered = (
        re.match(rf"(?:{HOUSE_PREFIX}\.?[ \t]*+)?\d[\dA-Za-z/-]*+,?[ \t]++(?:[A-Z]|{FRENCH_STREET}\.?[ \t])", value)
        is not None
    )
    # A postcode: British, American, Canadian, an Irish Eircode (H91 E2K3), or four digits after a town
    # closing the address (Durban, 4066: South Africa's, New Zealand's, Australia's).
    postcode = POSTCODE_IN_ADDRESS.search(value)
    # (two segments before it at least: "Homeless, 2023" is a year), or India's six-digit PIN after a town
    postcode = (
        postcode is not None
        or re.search(r",[^,]*[A-Za-z],[ \t]*+\d{4}$", value) is not None
        or re.search(r",[^,]*[A-Za-z][ \t,]+\d{6}$", value) is not None
    )
    if len(words_) < 2 or not (street or numbered or postcode):
        return None
    if not (value[0].isdigit() or value[0].isupper()):
        return None  # "home with his wife", "lives at home": no address
    return start, start + len(value)


# The end of an address written without a cue: "Macon, GA 31201", "Whitby YO21 3PU", "Newtown NSW 2042".
CA_PROVINCES = "AB BC MB NB NL NS NT NU ON PE QC SK YT".split()
US_STATES = "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split()
AU_STATES = "NSW VIC QLD WA SA TAS ACT NT".split()
EN_STATE_POSTCODE = (
    rf"(?P<code>(?:{words(US_STATES)})[ \t]++\d{{5}}(?:-\d{{4}})?(?!\d)|(?:{words(AU_STATES)})[ \t]++\d{{4}}(?!\d)"
    rf"|(?:{words(CA_PROVINCES)})[ \t]++{CA_POSTCODE}(?![A-Za-z0-9])|{UK_POSTCODE}(?![A-Za-z0-9]))"
)
TOWN_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z][a-z]++(?:[ \t][A-Z][a-z]++){0,2},?[ \t]++$")


def town_and_postcode(text: str, match: re.Match) -> tuple[int, int] | None:
    """The town before a state and ZIP code or a UK postcode: together they end an address."""
    town = TOWN_BEFORE.search(text, max(0, match.start() - 40), match.start())
    return (town.start(), match.end()) if town is not None else None


# An Irish Eircode: a routing key (A65, D6W) and a unique identifier of four.
EIRCODE = r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?[0-9AC-FHKNPRTV-Y]{4}"
# An institution's word in the line before an Irish address: the address is the institution's (Mayo University
# Hospital, Castlebar, Co. Mayo F23 H529; St Vincent's, Elm Park).
INSTITUTION_WORD_EN = (
    r"(?i:hospital|clinic|universit|college|school|cent(?:re|er)|practice|surgery|health|hospice|institute|pharmacy"
    r"|medical|dental|infirmary|office|council|station|hotel|library"
    r"|nursing home|\bst\.?[ \t])"
)
INSTITUTION_IN_EN = re.compile(INSTITUTION_WORD_EN)
INSTITUTION_BEFORE_EN = re.compile(INSTITUTION_WORD_EN + r"[^\n\x00.;:]{0,60}$")


# Words that say someone's home follows (Home to Carrowmore, …; reach me at Knockbrack, …; lives in …).
HOME_BEFORE = re.compile(
    r"(?i:\b(?:home|lives?|living|lived|resides?|residing|stay(?:s|ing)?|reach (?:me|us|him|her|them)|write to me"
    r"|address(?:ed)?)\b[^.\n\x00;:]{0,20}?(?:\b(?:to|at|in|on)\b|:))[ \t]*+$"
)


LONE_POSTCODE = (
    r"[A-Z][A-Z]?\d[A-Z\d]?[ ]\d[A-Z]{2}"
    r"|[A-CEGHJ-NPR-TVXY]\d[A-CEGHJ-NPR-TV-Z][ ]\d[A-CEGHJ-NPR-TV-Z]\d"
    r"|(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ ](?=[0-9AC-FHKNPRTV-Y]{0,3}[AC-FHKNPRTV-Y])[0-9AC-FHKNPRTV-Y]{4}"
)


# A letterhead's lines before a postcode (St James's University Hospital / Beckett Street / Leeds / LS9 7TF).
LETTERHEAD_LINES = 4
LETTERHEAD_REACH = 200  # characters
LETTERHEAD_LINE_END = re.compile(r"[ \t.]*+(?:[\n\x00]|$)")


def line_start(text: str, position: int) -> int:
    """Where the line holding `position` starts, less one (-1 for the text's first line, or one longer than
    LETTERHEAD_REACH: a bounded search, so that a megabyte on one line costs no square)."""
    low = max(0, position - LETTERHEAD_REACH)
    return max(text.rfind("\n", low, position), text.rfind("\x00", low, position))


# A room's or a floor's code written like a postcode (ROOM G14 2ND FLOOR).
ROOM_BEFORE = re.compile(r"(?i:room|rm|bed|bay|ward|floor|level)\.?[ \t]*+$")


def lone_postcode(text: str, match: re.Match) -> tuple[int, int] | None:
    """A postcode on its own, unless an institution's name comes before it on its line or, where it ends a short
    line of its own, in the few lines of a letterhead above it (the hospital's), or it is a room's code."""
    start = match.start("value")
    top = start
    if not LETTERHEAD_LINE_END.match(text, match.end("value")) or start - line_start(text, start) > 40:
        top = line_start(text, start) + 1  # in running text: only its own line
    for _ in range(LETTERHEAD_LINES if top == start else 0):
        top = line_start(text, top)
        if top <= 0:
            top = 0
            break
    if INSTITUTION_IN_EN.search(text, max(top, start - LETTERHEAD_REACH), start) or ROOM_BEFORE.search(
        text, max(0, start - 8), start
    ):
        return None
    return match.span("value")


def home_in_the_country(text: str, match: re.Match) -> tuple[int, int] | None:
    """An Irish rural address (townlands, county, Eircode) where words before it say it is someone's home,
    unless it is an institution's: on its own the shape is as often an office's, a hotel's or a station's."""
    start, end = match.span("value")
    if HOME_BEFORE.search(text, max(0, start - 40), start) is None:
        return None
    if INSTITUTION_IN_EN.search(match.group("value")) or INSTITUTION_BEFORE_EN.search(text, max(0, start - 60), start):
        return None
    return start, end


# Rural routes and numbered roads: "RR 7 Box 509", "3199 County Road 48", "HC 64 Box 12".
EN_RURAL = (
    r"(?P<value>(?:(?:RR|R\.R\.|HC|Rural Route|Star Route)[ \t]*+\d{1,4},?[ \t]*+Box[ \t]*+\d{1,5}"
    r"|RMB[ \t]*+\d{1,5}"  # Australia's roadside mail box (RMB 4472, Wongarbon NSW 2831)
    r"|\d\d{0,5}[ \t]++(?:County|State|Farm to Market|Ranch)[ \t]++(?:Road|Rd|Route|Highway|Hwy)[ \t]++\d{1,4}[A-Z]?+))(?![\dA-Za-z])"
)


HOME_STREET = r"(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Drive|Dr|Close|Crescent|Cres|Terrace|Tce|Row|Gardens|Grove|Place|Court|Mews)\b\.?"
# A building or an estate by its name in Hong Kong (Fook Yuen House, Lek Yuen Estate, Laguna City).
HK_BUILDING = r"(?:[A-Z][a-z]++[ \t]){1,3}(?:House|Court|Mansion|Tower|Estate|City|Gardens?|Villa|Lodge)(?![A-Za-z])"
HK_BLOCK = r"(?:(?:Block|Blk|Tower)[ \t]*+[A-Z0-9]{1,3},[ \t]*+)?"
HK_PLACE = r"[A-Z][a-z]++(?:[ \t][A-Z][a-z]++){0,2}(?![A-Za-z])"


# Words of a hospital's or a campus's buildings, never of a home's (Room 3, Main Building; Outpatient Centre).
INSTITUTION_BUILDING_WORDS = frozenset(
    "main old new east west north south central clinical outpatient outpatients inpatient medical research"
    " administration admin teaching hospital ward wards specialist specialty nursing day surgical".split()
)


def names_institution_building(value: str, words_: frozenset[str] = INSTITUTION_BUILDING_WORDS) -> bool:
    """Whether a capitalised word of `value` is one of a hospital's or a campus's buildings (Main Building)."""
    return any(word.lower() in words_ for word in re.findall(r"[A-Z][a-z]++", value))


def hk_flat(text: str, match: re.Match) -> tuple[int, int] | None:
    """A room and floor in a home's building, not in a hospital's, a clinic's or an office's: no such word in
    it or in the words that go on after it (Room 302, 3/F, Wong Tai Sin Hospital)."""
    value = match.group("value")
    if names_institution_building(value) or names_institution_building(value, NOT_HOME_PLACES):
        return None
    return None if INSTITUTION_GOES_ON.match(text, match.end("value")) else match.span("value")


# Words of a place that is no one's home, in a room-and-floor line of Hong Kong (Family Clinic, Kowloon Bay
# Health Centre, Hong Kong Sanatorium, Yau Ma Tei Jockey Club General Out-patient Clinic).
NOT_HOME_PLACES = frozenset(
    "hospital clinic sanatorium health jockey polyclinic college university school church institute office offices"
    " plaza mall".split()
)
INSTITUTION_GOES_ON = re.compile(
    r"(?:(?:[ \t]++|['’]s)(?:[A-Z][A-Za-z'’-]*+|of|the|and|de)){0,5}?[ \t]++(?i:hospital|clinic|sanatorium|centre|center"
    r"|out-patient|polyclinic|building|block|plaza|college|university|school|institute|service|hall)\b|['’]s[ \t]++(?i:hospital)\b"
)


# A long road's section before the house number, in Taiwan (復興南路一段151巷2弄45號).
ROAD_SECTION = r"(?:[一二三四五六七八九十]段)?"


# A flat named by its building, entrance and room, with or without a cue (翠湖天地5栋2单元1203室,
# 花家地南里5号楼302): the estate's name before it is part of the address.
ZH_FLAT = r"(?P<flat>\d{1,4}[ \t]?+(?:号楼|栋|幢|座|号院|区)[ \t]?+(?:\d{1,3}[ \t]?+(?:单元|门|号楼|栋|幢|座)[ \t]?+)?\d{1,5}[ \t]?+(?:室|房|号|户)?)"
ZH_WARDS = with_traditional(("住院", "门诊", "病房", "急诊", "医技", "行政", "病区", "教学"))
ESTATE_BEFORE = "住在于到寄送是位址往回去来从的，,。：:；;、 \t\n\x00"


def zh_flat(text: str, match: re.Match) -> tuple[int, int] | None:
    """The estate's name (up to 12 Han characters, after a verb or a break) and the flat after it."""
    flat_start, end = match.span("flat")
    if not re.search(r"单元|室|号楼|栋|幢", match.group("flat")):
        return None  # 3区2: no flat
    start = flat_start
    while (
        start > flat_start - 12
        and start
        and "\u4e00" <= text[start - 1] <= "\u9fff"
        and text[start - 1] not in ESTATE_BEFORE
    ):
        start -= 1
    start = zh_address_head(text, start, flat_start)
    if flat_start - start < 2 or any(word in text[max(0, start - 1) : end] for word in ZH_INSTITUTIONS + ZH_WARDS):
        return None  # 住院部5号楼12床: the hospital's building (住 then 院部 would read as a verb and an estate)
    if text.startswith(("层", "楼", "F"), end) and "单元" not in match.group("flat"):
        return None  # 3号楼5层: a floor of a building, no flat
    return start, end


# --- rules -----------------------------------------------------------------------------------


def cue_forms(options) -> list[str]:
    """Each cue as written, in lower case, capitalised, in capitals and in title case ("Date of Birth")."""
    small = {"of", "on", "in", "no", "no.", "is"}
    titled = [" ".join(w if w in small else w[:1].upper() + w[1:] for w in o.split(" ")) for o in options]
    return list(
        dict.fromkeys(
            any_case(options) + titled + [" ".join(w[:1].upper() + w[1:] for w in o.split(" ")) for o in options]
        )
    )


ID_CUES_ZH = (
    "身份证号码",
    "身份证号",
    "身份证",
    "身份证件号",
    "居民身份证",
    "公民身份号码",
    "证件号码",
    "证件号",
    "证件",
    "护照号码",
    "护照号",
    "护照",
    "社保卡号",
    "社会保障号码",
    "社会保障卡号",
    "社会保障号",
    "社保号",
    "医保卡号",
    "医保卡",
    "医保号",
    "医保号码",
    "医疗保险号",
    "港澳通行证",
    "通行证号",
    "台胞证",
    "回乡证",
    "军官证",
    "驾驶证号",
    "驾照号",
    "台胞证号码",
    "台胞证号",
    "港澳通行证号码",
    "港澳通行证号",
    "通行证号码",
    "回乡证号码",
    "回乡证号",
    "军官证号",
    "香港身份证",
    "澳门身份证",
    "台湾身份证",
    "通行证",
    "医保电子凭证",
    "电子凭证号",
    "永久居留证",
    "永久居留身份证",
    "外国人居留证",
    "参保号",
    "参保编号",
    "参保人编号",
    "医保编号",
    "社保编号",
    "社保号码",
    "医疗证号",
    "合作医疗证号",
    "新农合号",
    "新农合证号",
    "个人编号",
    "保单号",
    "保单号码",
    "保险单号",
    "保险单号码",
    "保单编号",
    "理赔号",
    "理赔编号",
    "赔案号",
    "学籍号",
    "学号",
    "工号",
    "会员号",
    "会员卡号",
    "银行卡号",
    "账号",
)
ID_CUES_EN = (
    "passport number",
    "passport no.",
    "passport no",
    "passport #",
    "passport#",
    "passport",
    "SSN",
    "SSN#",
    "SS#",
    "social security number",
    "social security no.",
    "social security #",
    "social security",
    "NHS number",
    "NHS no.",
    "NHS no",
    "NHS #",
    "NI number",
    "NI no.",
    "national insurance number",
    "national insurance no.",
    "NINO",
    "national ID",
    "national ID number",
    "ID card",
    "ID card number",
    "ID number",
    "ID no.",
    "identity card",
    "identity number",
    "insurance ID",
    "insurance number",
    "insurance no.",
    "member ID",
    "member number",
    "policy number",
    "policy no.",
    "health card number",
    "health card",
    "Medicare number",
    "Medicare no.",
    "Medicare",
    "Medicaid ID",
    "Medicaid number",
    "Medicaid",
    "driver's license",
    "driver's licence",
    "driving licence",
    "license number",
    "CHI number",
    "SIN",
    "HKID",
    "HK ID",
    "Hong Kong ID",
    "Aadhaar",
    "Aadhaar number",
    "Aadhaar no.",
    "Aadhar",
    "UIDAI",
    "NRIC",
    "NRIC/FIN",
    "NRIC no.",
    "FIN no.",
    "OHIP",
    "OHIP number",
    "OHIP no.",
    "health card no.",
    "MBI",
    "Medicare ID",
    "Medicare card",
    "Medicare card number",
    "IHI",
    "PHN",
    "CPR",
    "PPS number",
    "PPS no.",
    "PPSN",
    "NHI",
    "NHI number",
    "NHI no.",
    "BSN",
    "NIR",
)
MRN_CUES_ZH = (
    "病历号",
    "病历号码",
    "病案号",
    "病案号码",
    "病案首页号",
    "首页号",
    "住院号",
    "住院号码",
    "住院病历号",
    "门诊号",
    "门诊号码",
    "门诊病历号",
    "就诊号",
    "就诊号码",
    "就诊卡号",
    "就诊卡",
    "门诊卡号",
    "医疗卡号",
    "诊疗卡号",
    "磁卡号",
    "病历编号",
    "检查号",
    "ID号",
    "ID 号",
    "HIS号",
    "登记号",
    "住院登记号",
    "档案号",
    "健康档案号",
    "电子病历号",
    "患者编号",
    "患者号",
    "病人号",
    "患者ID",
    "病人ID",
    "卡号",
    "影像号",
    "检验号",
    "检验单号",
    "化验单号",
    "放射号",
    "流水号",
    "条码号",
    "体检号",
    "挂号号",
    "挂号单号",
    "门诊ID",
    "复诊号",
    "急诊号",
    "急诊编号",
    "留观号",
    "住院ID",
    "病历ID",
    "就诊ID",
    "病人编号",
    "病理号",
    "超声号",
    "心电图号",
    "CT号",
    "MR号",
    "MRI号",
    "切片号",
    "预约号",
    "会员号",
    "处方号",
    "处方单号",
    "医嘱号",
    "条码",
    "编号",
)
# A record number: letters and digits, maybe in spaced groups (213 190 275, RVJ 448 2190); a group
# followed by a unit (10 mg) is a dose, not part of the number.
MRN_GROUPS = r"(?:[ \t]\d[\d-]{1,10}+(?![ \t]?+[A-Za-z%/]))*+"
# A serial after its year (CR No. 2023/22950), or after a department's letters and year (KMC/OP/2024/77813;
# five digits or more: KKM/JKN/2024/123 is a circular's reference), is one number.
# Or read out digit by digit (住院号是 1 0 2 4 7 7 8 3), or a letter apart from its digits (Hosp No: M 204 771 93).
MRN_VALUE = (
    rf"\d(?:[ \t]\d){{5,15}}+(?![ \t]?+[\dA-Za-z%/])"
    rf"|(?:(?<![A-Za-z])[A-Z]{{1,2}}[ \t](?=\d{{3}}[ \t]?+\d))?[A-Za-z0-9][A-Za-z0-9-]{{1,24}}+(?:(?:/[A-Z]{{1,4}}+)++(?:/\d{{2,4}}+)?/\d{{5,12}}+|/\d{{3,12}}+)?{MRN_GROUPS}"
)
# More numbers of the same shape listed after the first (检查号DR24110205、DR24110211).
MRN_LISTED = r"(?:、(?=[A-Za-z]{1,3}\d{5})[A-Za-z0-9-]{6,25}+)*+"
# Label words for a record number: any of these followed by "number", "no.", "#", "ID" ...
MRN_LABELS_EN = (
    "medical record",
    "med rec",
    "record",
    "chart",
    "hospital",
    "patient",
    "HIS",
    "clinic",
    "account",
    "acct",
    "encounter",
    "visit",
    "accession",
    "case",
    "unit",
    "admission",
    "inpatient",
    "outpatient",
    "registration",
    "health record",
    "EMR",
    "EHR",
    "file",
    "MR",
    "UR",
    "episode",
    "referral",
    "hosp",
    "hosp.",
    "pt",
    "reg",
    "reg.",
    "med. rec.",
    "specimen",
    "sample",
    "requisition",
    "order",
    "lab",
    "claim",
    "policy",
    "member",
    "subscriber",
    "group",
    "CR",
    "IP",
    "OP",
    "OPD",
    "IPD",
    "folio",
    "ref",
    "reference",
    "membership",
    "folder",
    "health",
    "health card",
)
MRN_SUFFIXES_EN = ("number", "no.", "no", "num", "nbr", "nr", "#", "ID")
MRN_CUES_EN = (
    "MRN",
    "MRN#",
    "MR#",
    "URN",
    "CSN",
    "FIN",
    "medical record",
    "hospital reg",
    "Krankenblatt",
    "K number",
    "K no.",
    "K no",
    "Acct",
    "Account",
    "Acc#",
    "Acc no",
    "Acc no.",
    "UHID",
    "UMRN",
    "Episode:",
    "Episode no",
    "Folio:",
    "Ref:",
    "Ref.",
    "Our ref",
    "Your ref",
    *(f"{label} {suffix}" for label in MRN_LABELS_EN for suffix in MRN_SUFFIXES_EN),
    *(f"{label}#" for label in MRN_LABELS_EN),
)
# Short labels taken only as written: "ur" is also chat for "your".
MRN_CUES_EN_AS_WRITTEN = ("UR", "UR:", "HN", "HN:", "H.N.", "CHI", "CHI:", "RAMQ", "RAMQ:")  # Scotland's, Quebec's
DOB_CUES_ZH = with_traditional(
    ("出生日期", "出生年月日", "出生年月", "出生时间", "出生日", "出生于", "出生", "生于", "生日", "诞生于")
    + ("出世日期", "出世纸", "出世")  # Cantonese: 出世日期係1938-09-27
)
DOB_CUES_EN = (
    "DOB",
    "D.O.B.",
    "D.O.B",
    "D/O/B",
    "DoB",
    "date of birth",
    "birth date",
    "birthdate",
    "born on",
    "born in",
    "born",
    "birthday",
    "bday",
    "b-day",
    *(FRENCH_DOB_CUES := ("date de naissance", "ne le", "nee le")),  # né le: the rules read accents folded
    "b.",
)
# Cues that may stand a few words before their date ("born in Leeds on 3 February 1961"); not the French ones:
# "ne le" is also the negation (il ne le prend plus depuis le 12 janvier).
DOB_CUES_WITH_GAP = tuple(cue for cue in DOB_CUES_EN[:-1] if cue not in FRENCH_DOB_CUES)
ADDRESS_CUES_ZH = (
    "家庭住址",
    "家庭地址",
    "现住址",
    "现住地址",
    "现居住地",
    "居住地址",
    "居住地",
    "常住地址",
    "常住地",
    "户籍地址",
    "户籍地",
    "户籍",
    "户口所在地",
    "籍贯",
    "通讯地址",
    "联系地址",
    "邮寄地址",
    "收件地址",
    "单位地址",
    "工作地址",
    "住所",
    "住处",
    "住址",
    "地址",
    "家住",
    "家在",
    "居住在",
    "住在",
    "现住",
    "现居",
    "住于",
    "寄到",
    "寄往",
    "送到",
    "送至",
    "收货地址",
    "配送地址",
    "住",
    # an English form's label before a Chinese address (Add: 香港灣仔...)
    "Add:",
    "ADD:",
    "Addr:",
    "Address:",
    "ADDRESS:",
)
# Provinces, regions and municipalities: where an address written without a cue begins.
PROVINCES = (
    "北京",
    "天津",
    "上海",
    "重庆",
    "河北",
    "山西",
    "辽宁",
    "吉林",
    "黑龙江",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "海南",
    "四川",
    "贵州",
    "云南",
    "陕西",
    "甘肃",
    "青海",
    "台湾",
    "内蒙古",
    "广西",
    "西藏",
    "宁夏",
    "新疆",
    "香港",
    "澳门",
)
# Places that are not where someone lives: a span naming one of these is a hospital or school, kept.
ZH_INSTITUTIONS = with_traditional(("医院", "卫生", "诊所", "大学", "学院", "中心", "医科", "门诊部", "药房"))
# Hong Kong and Taiwan records write the cues in traditional characters (病歷號, 身分證字號, 地址).
ID_CUES_ZH = with_traditional(
    ID_CUES_ZH + ("身分证", "身分证字号", "身分证号", "统一证号", "健保卡号", "健保卡", "居留证")
)
MRN_CUES_ZH = with_traditional(MRN_CUES_ZH + ("病例号", "病历号码", "病人编号"))
ADDRESS_CUES_ZH = with_traditional(ADDRESS_CUES_ZH + ("通讯处", "户籍地址"))
PROVINCES = with_traditional(
    PROVINCES + ("台北", "台中", "台南", "高雄", "新北", "桃园", "九龙", "新界", "臺北", "臺中", "臺南", "臺灣")
)


# A North American number's start, "1 (555) ", "(555) " or "555-": written so that it begins with one
# character class (its first character, then which one it was), which lets the regex engine skip
# ahead to those characters; the plain `(?:1[\s.-]?+)?(?:\([2-9]\d\d\)\s?+|[2-9]\d\d[\s.-]?+)` is four times slower.
NANP_START = (
    r"[1(2-9](?:(?<=1)[\s.-]?+(?:\([2-9]\d\d\)\s?+|[2-9]\d\d[\s.-]?+)|(?<=\()[2-9]\d\d\)\s?+|(?<=[2-9])\d\d[\s.-]?+)"
)
PHONE_EXTENSION = r"(?:\s?+(?:ext\.?|Ext\.?|EXT\.?|x|X|extension|转|分机)\s?+\d{1,5}(?!\d))?"


PHONE_CUES_ZH = (
    "电话",
    "电话号码",
    "手机",
    "手机号",
    "手机号码",
    "联系电话",
    "联系方式",
    "座机",
    "固话",
    "家里电话",
    "传真",
)
PHONE_CUES_EN = (
    "phone", "tel", "tel.", "telephone", "mobile", "cell", "cellphone", "landline", "fax", "call me on", "call me at",
    "contact number", "phone number", "reach me at", "ring me on", "text me on", "HP", "H/P", "handphone", "mob",
    "mob.", "mob no", "ph", "ph.", "contact no", "contact no.", "whatsapp", "contact:", "call-back", "callback no.",
    "call-back no.", "callback number", "call-back number",
    "my number", "her number", "his number", "my number is", "her number is", "his number is",
)  # fmt: skip


# 打 (call, said of one's own number: 有事打6275 5594); not 拨打 or 致电, which a leaflet says of a helpline.
# 打给我 / 打畀我 (Cantonese): 打 with whom to call between it and the number.
PHONE_CUES_ZH = with_traditional(
    PHONE_CUES_ZH + ("手提电话", "联络电话", "联络", "流动电话", "住宅电话", "打", "打给我", "打畀我", "打俾我", "打我")
)


def seven_digits(text: str, match: re.Match) -> tuple[int, int] | None:
    """A phone after its label: seven digits or more, cut before a trailing separator."""
    value = match.group("value")
    if sum(c.isdigit() for c in value) < 7 or DATE_SHAPED.match(value.strip()) is not None:
        return None  # a date after "tel" is no number
    digits = re.sub(r"[ \t()-]", "", value)
    if SERVICE_NUMBER.fullmatch(digits) or service_line_before(text, match.start("value")):
        return None  # 售后电话400-993-6826, 预约电话: a company's, a service's line, labelled as any phone
    if digits.startswith("0800") or (len(digits) == 10 and digits[:4] in ("1300", "1800")):
        return None  # 0800 11 1900, 1300 222 444: a freephone or an Australian service line, no one's own
    return match.span("value")


# A public line's or an institution's words: the number after them is everyone's (香港可致電2389 2222 after
# 安心專線, a hotline; the Hospital Authority's, a clinic's appointment line).
PUBLIC_LINE = re.compile(
    r"(?i:hotline|helpline|help line|samaritans|crisis line|hospital|authority|department|cent(?:re|er)|clinic|appointment"
    r"|enquir|switchboard|ward line|main line)|[热熱][线綫線]|[专專][线綫線]|服务台|服務台|总机|總機|[医醫]院|[医醫]管局|[衞衛卫]生署"
    r"|[预預]约|中心|[协協]会|[协協]會|基金[会會]|自殺會|家計會|三院"
)
# A service's own line (the booking line, 预约电话, 总机): a number labelled as any phone, but no one's own. Not
# a ward's or a department's (科室电话, 病房电话): the sets label those as the staff's own, with their extension.
SERVICE_LINE = re.compile(
    r"(?i:booking line|bookings line|appointments? line|switchboard|enquiries line|ward line|main line|reception)"
    r"|服务台|服務台|[预預]约[电電][话話]|[热熱][线綫線]|[总總]机|[总總]機"
)
# What may stand between a service's words and its number: the number's label, no one's (Reception: NOK 0770…,
# 总机…。患者住宅电话…, Booking line: please ring Mr Ahmed on … are people's numbers).
SERVICE_LABEL_GAP = re.compile(
    r"[ \t:：\-–(（)）]*+(?:(?i:number|no\.?|is|on|at|desk)|电话|電話|号码|號碼|是|为|為)?[ \t:：\-–]*+"
)


def service_line_before(text: str, start: int) -> bool:
    """Whether a service's own line labels the number at `start` (booking line: 020 …, 预约电话：…)."""
    ends = [found.end() for found in SERVICE_LINE.finditer(text, max(0, start - 40), start)]
    if not ends or SERVICE_LABEL_GAP.fullmatch(text, ends[-1], start) is None:
        return False
    return OWNER_AFTER.search(text, start, start + 40) is None  # 07700 900808 (patient): someone's after all


# Words after a number that say it is a person's own.
OWNER_AFTER = re.compile(r"(?i:\b(?:patient|pt|own|mobile|home|nok)\b)|家[屬属]|本人|手[机機]|家里|家裡|自己")


NUMBER_UNIT_AFTER = re.compile(
    r"[ \t]*+(?:[%‰℃°×x*/:-]|(?i:kcal|cal|iu|u/l|mmol|umol|pg|ng|mg|ml|kg|g|l|mmhg|bpm|steps|cells|copies|units|dollars)\b"
    r"|[次个人元例克升年月日天歲岁步])"
)
# Who or what a person's number follows, right before it: a call, a relation, home, a bracket after a name in
# Latin letters (Leung Chi Keung（6610 5640）); or "at" and "on" where a call was spoken of (called the family
# of Law Chun-bong at 3734 3035).
PHONE_CONTEXT = re.compile(
    r"(?:(?i:\b(?:call|ring|phone|tel|mob|mobile|cell|contact|text|whatsapp|mum|mom|dad|wife|husband|son|daughter|nok"
    r"|home)\b)|家[屬属]|女[兒儿]|[兒儿]子|老公|老婆|[聯联][絡络系]|[電电][話话]|手[機机]|[打搵揾]|致[電电]|屋企|住宅"
    r"|[母父][親亲]|[媽妈爸]{2}|回[電电])[)）:：.]?[ \t]*+$"
    r"|[A-Z][a-z]++(?:[ \t-][A-Z][a-z]++)++[ \t]*+[（(][ \t]*+$"
    # a relation, the relative's name and a comma (已通知她儿子Stanley Ng，9173 2846)
    r"|(?:[兒儿]子|女[兒儿]|老公|老婆|丈夫|太太|妻子?)(?:[A-Z][a-z]++(?:[ \t][A-Z][a-z]++){0,2}|[\u4e00-\u9fff]{2,3})[，,][ \t]*+$"
)
CALLED_AT = re.compile(
    r"(?i:\b(?:call|called|ring|rang|phone|phoned|reach|text|contact)\b)[^.\n\x00]{0,60}?\b(?:at|on)[ \t]++$"
)


def eight_digit_line(text: str, match: re.Match) -> tuple[int, int] | None:
    """Eight digits in two groups of four (Hong Kong's, Macau's and Singapore's numbers: 3734 3035) after a
    call, a relation or a name's bracket; not the middle of a longer number, nor followed by a unit (2000
    3000 kcal), nor two times (2000 0800) or a year first (2023 2024), nor after a public line's or an
    institution's name."""
    start, end = match.span("value")
    if start >= 2 and text[start - 2].isdigit() and text[start - 1] in " \t":
        return None  # the middle of a longer number (Aadhaar 7866 1056 8009)
    first, second = match.group("value").split()
    if first[0] not in "2356789":
        return None  # no Hong Kong, Macau or Singapore number begins so (WBC 4500 8200)
    if first[:2] in ("19", "20") or all(int(g[:2]) < 24 and int(g[2:]) < 60 for g in (first, second)):
        return None  # years, a night shift's times
    if NUMBER_UNIT_AFTER.match(text, end) or PUBLIC_LINE.search(text, max(0, start - 30), start):
        return None
    before = max(0, start - 80)
    return (start, end) if PHONE_CONTEXT.search(text, before, start) or CALLED_AT.search(text, before, start) else None


# Between the groups of a number read out: a space, a comma or a dash, once.
SPOKEN_GROUP_GAP = r"(?:[ \t\-]|[，,][ \t]?)"


def spoken_mobile(text: str, match: re.Match) -> tuple[int, int] | None:
    """Eleven digits read out, one Chinese numeral at least (Arabic ones alone are the other rules'), in
    groups of three or four where they are apart (幺五八，二零四六，七三九一; not 一，二，三 of a list)."""
    value = match.group("value")
    if not any(c in "〇零幺一二三四五六七八九" for c in value):
        return None
    groups = re.split(SPOKEN_GROUP_GAP, value)
    if len(groups) > 1 and any(len(g) < 3 for g in groups):
        return None
    return match.span("value")


# Words before the last digits of a number, all that is given (病案号尾号6059, "ends in 0266").
LAST_DIGITS_ZH = ("尾号", "尾數", "尾数", "后四位", "後四位", "末四位", "最后四位")
LAST_DIGITS_EN = ("ends in", "ends with", "ending in", "ending with", "last 4", "last four")


# A Chinese company's service number (400 or 800 and seven digits): no one's own line.
SERVICE_NUMBER = re.compile(r"[48]00\d{7}")


# Toll-free and service numbers (1-800-222-1222 of Poison Control, 400-810-8888): an organisation's line,
# which no patient has as their own, and which a leaflet or a letter quotes for everyone.
# In the UK: freephone (0800, 0808, 0500) and the non-geographic lines of services (0300 of the NHS, 0345 ...);
# not 0370, 0870, 0871 or 084x, which are also Chinese area codes (0370 Shangqiu, 0871 Kunming).
TOLL_FREE = frozenset("800 888 877 866 855 844 833 400".split())
UK_SERVICE = ("0800", "0808", "0500", "0300", "0330", "0333", "0343", "0344", "0345")


LISTED_AFTER_LABEL = re.compile(
    rf"(?:{words(MRN_CUES_ZH)})\s*+分别(?:是|为|為)?[:：]?\s*+\d{{5,12}}(?:[和及、，,]\d{{5,12}})*+[和及、，,]$"
)


def listed_after_label(text: str, match: re.Match) -> tuple[int, int] | None:
    """A number in a list that a record label and 分别 open (住院号分别是0452213和0452214: the second)."""
    start = match.start("value")
    return match.span("value") if LISTED_AFTER_LABEL.search(text, max(0, start - 80), start) else None


def grouped_landline(text: str, match: re.Match) -> tuple[int, int] | None:
    """0745-2268 914; not a nursing chart's period and volume (尿量：0700-1500 650ml, 血糖：0630-1030 640)."""
    code, local, _ = re.split(r"[- \t]", match.group("value"))
    if len(code) == 4 and all(int(g[:2]) <= 24 and int(g[2:]) < 60 for g in (code, local)):
        return None  # two times of day: a period
    if NUMBER_UNIT_AFTER.match(text, match.end("value")):
        return None
    return not_toll_free(text, match)


def not_toll_free(text: str, match: re.Match) -> tuple[int, int] | None:
    """A phone's shape, unless it is a service line's, or a form's or a slip's number (收费单号：2656132672)."""
    digits = re.sub(r"\D", "", match.group("value"))
    if digits.startswith(UK_SERVICE) or digits.removeprefix("1")[:3] in TOLL_FREE:
        return None
    before = text[max(0, match.start("value") - 8) : match.start("value")].rstrip(" \t\u3000:：#")
    if before.endswith(SLIP_LABELS) or service_line_before(text, match.start("value")):
        return None  # ... or a clinic's booking line (call the booking line on 020 7188 7188)
    return match.span("value")


def not_after_slip_label(text: str, match: re.Match) -> tuple[int, int] | None:
    """A number's span unless a slip's, a parcel's or a specimen's label stands right before it."""
    before = text[max(0, match.start("value") - 12) : match.start("value")].rstrip(" \t\u3000:：#").lower()
    if before.endswith(SLIP_LABELS + ("accession", "specimen", "sample", "order", "tracking")):
        return None
    return match.span("value")


# Words of a product's or a medicine's code before such letters and digits (中药饮片编码 ZY06574082, 型号：MZ-100200).
PRODUCT_CODE_BEFORE = re.compile(
    r"编码|編碼|型号|型號|颗粒|顆粒|饮片|飲片|中药|中藥|产品|產品|货号|貨號|规格|規格|医保|醫保"
)


def record_initials(text: str, match: re.Match) -> tuple[int, int] | None:
    """ZY, MZ or JZ and digits as a record's number: not after a slip's, a product's or a medicine's label,
    nor before 批, 剂 or 共 (处方中药 ZY123456 共7剂)."""
    if PRODUCT_CODE_BEFORE.search(text, max(0, match.start() - 10), match.start()):
        return None
    if BATCH_OR_DOSE_AFTER.match(text, match.end("value")):
        return None
    return not_after_slip_label(text, match)


BATCH_OR_DOSE_AFTER = re.compile(r"[ \t]*+[批剂劑共]")


# Labels of a slip's, a form's or a sample's number, whose ten digits are no one's phone.
SLIP_LABELS = (
    "单号",
    "單號",
    "编号",
    "編號",
    "样本号",
    "標本號",
    "标本号",
    "票号",
    "代码",
    "代碼",
    "流水号",
    "批号",
    "批號",
)


HONG_KONG_REGIONS = ("新界", "九龍", "九龙", "香港")
# A facility's words that no home's address holds (香港國際機場2號客運大樓, 長安商場2樓醫務所) ...
ZH_FACILITY_WORDS = "机场|機場|商场|商場|航站|客运|客運|口岸|医务所|醫務所|市场|市場"
ZH_FACILITY_IN = re.compile(ZH_FACILITY_WORDS)
# ... and those a place's name goes on into when it names a facility (石蔭邨健康院, 湖滨街道社区卫生服务中心), which
# inside an address may be the estate's (中海国际社区12栋).
ZH_FACILITY_AFTER = re.compile(
    ZH_FACILITY_WORDS
    + "|社区|社區|社康|卫生|衛生|健康|服务|服務|中心|办事处|辦事處|血站|药店|藥房|药房|小学|中学|学校|學校|派出所"
    "|养老院|安老院|公园|公園|步行街|医院|醫院|诊所|診所|广场|廣場|大楼|大樓|长者|長者|菜市|普通科|門診|门诊"
)


def zh_city_address(text: str, match: re.Match) -> tuple[int, int] | None:
    """A city and its district, then a home's street, estate and number (广州市番禺区南村镇华南碧桂园翠山蓝天苑18座):
    with a number, which a street, a district or a facility named in news or a referral lacks (广州市越秀区东风东
    路发生交通事故, 杭州市上城区湖滨街道社区卫生服务中心), and not going on into a facility's name."""
    span = zh_place_address(text, match)
    if span is None or not HOUSE_UNIT.search(text, span[0], span[1]) or facility_place(text, *span):
        return None
    return span


# A number of a house, a building or a flat (200号, 3栋, 1102室, 18-2-603), not a count or a year (3名, 2023年).
HOUSE_UNIT = re.compile(r"\d[ \t]?+(?:号|號|栋|棟|幢|座|室|楼|樓|单元|單元|弄|巷|门|門)|\d-\d")


def facility_place(text: str, start: int, end: int) -> bool:
    """Whether the place at text[start:end] is a facility's, not a home: a facility's word in it (香港國際機場)
    or right after it, or a hospital's name a few characters on (芳村大道东200号广州市脑科医院)."""
    return (
        any(ZH_FACILITY_AFTER.match(text, at) for at in range(max(start, end - 2), end + 1))  # 12号社|康中心
        or ZH_FACILITY_IN.search(text, start, end) is not None
        or ZH_HOSPITAL_NEXT.match(text, end) is not None
    )


ZH_HOSPITAL_NEXT = re.compile(r"[^，。；,;\s]{0,10}?(?:医院|醫院|诊所|診所|卫生院|衛生院)")


def zh_place_address(text: str, match: re.Match) -> tuple[int, int] | None:
    """An address without a cue: from a province down to a village, house or room, not an institution."""
    span = zh_address_end(text, match)
    if span is None:
        return None
    value = text[span[0] : span[1]]
    if "某" in value:
        return None  # 某某市某某区某某路某号: how an address is written, no one's
    below_province = value[2:]
    if any(word in value for word in ZH_INSTITUTIONS):
        return None
    if not any(level in below_province for level in "市区县州旗镇乡區縣鎮鄉") and not (
        value.startswith(HONG_KONG_REGIONS)
        and any(estate in below_province for estate in "苑邨閣阁樓楼座室")
        and any(c.isdigit() for c in value)
        and not value.startswith("香港仔")
        and not facility_place(text, *span)
    ):
        return None  # 北京朝阳: places alone; Hong Kong has no districts' units (新界屯門兆康苑兆賢閣B座1006室)
    return span


# Words that end in 区 and name no district (社区, 病区, 小区: the estate comes with its own name); not 山区, 城区 or
# 新区, which end districts' names (南山区, 东城区, 浦东新区).
AREA_WORDS = frozenset("社区 小区 景区 辖区 病区 街区 校区 院区 片区 灾区 专区 禁区 误区 盲区 雷区".split())


# What leads up to a county's name in a sentence (老家隆回县, 住在郯城县).
COUNTY_LEAD_IN = re.compile(rf"{ADDRESS_LEAD_IN.pattern}|老家|家乡|家鄉|原籍|户籍在|戶籍在")


def zh_county_address(text: str, match: re.Match) -> tuple[int, int] | None:
    """An address that begins with its county or district (郯城县马头镇下洼村8组57号), after a break:
    two to four Han characters before 县/区/旗, and a street, village or house after it."""
    county = match.start()
    if text[county - 1 : county + 1] in AREA_WORDS:
        return None  # 你们社区医生认识路: a community, a ward or a campus, no county
    start = county
    while start > county - 4 and start and "\u4e00" <= text[start - 1] <= "\u9fff":
        start -= 1
    if county - start < 2 or (start and "\u4e00" <= text[start - 1] <= "\u9fff"):
        led = [lead.end() for lead in COUNTY_LEAD_IN.finditer(text, max(0, county - 8), county)]
        if not led or not 2 <= county - led[-1] <= 4:
            return None
        start = led[-1]  # 原来在老家隆回县青山镇前营村: the county after what leads up to it
        if any(char in text[start:county] for char in "科诊院病楼診"):
            return None  # 在内科三区15号床, 去门诊二区: an area of a hospital
    span = zh_address_end(text, match)
    if span is None or any(word in text[start : span[1]] for word in ZH_INSTITUTIONS):
        return None
    return start, span[1]


# An English street written in lower case (42 tamarack ln, 18 heron crescent): only with a suffix that
# is no everyday word, and no measure or function word among the words before it (5 miles down the road).
EN_LOWER_STREET = (
    r"(?:(?:flat|apt|unit)[ \t]*+\d{1,4}[a-z]?,?[ \t]++)?"
    r"\d\d{0,4}(?:-\d{1,5})?[ \t]++(?:(?P<compass>[nsew]|ne|nw|se|sw)\.?[ \t]++)?"
    r"(?P<words>(?:(?:[a-z][a-z'-]*+|\d{1,3}(?:st|nd|rd|th))[ \t]++){1,2})"  # 19-21 station parade, 88 se 82nd ave
    r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|court|ct|crescent|cres|terrace|tce|grove|gardens|gdns"
    r"|mews|parade|pde|parkway|pkwy|highway|hwy"
    r"|(?<=[ \t])(?P<everyday>way|walk|drive|dr|place|pl|row|gr))\b\.?"
    # then the flat, the town, a state and its ZIP code, in lower case as the street (apt 26, chicago il 60666)
    r"(?:,?[ \t]*+(?:apt|unit|suite|ste|flat)\.?[ \t]*+#?\d{1,5}[a-z]?)?"
    rf"(?:,[ \t]*+[a-z]++(?:[ \t][a-z]++)?,?[ \t]++(?:(?:{'|'.join(state.lower() for state in US_STATES)})[ \t]++\d{{5}}(?:-\d{{4}})?"
    r"|[a-z]{1,2}\d[a-z\d]?[ \t]?\d[a-z]{2})(?![a-z\d]))?"
)
ORDINAL_WORD = re.compile(r"\d(?:st|nd|rd|th)\b")
NOT_STREET_WORDS = frozenset(
    "the a an of on in to at by for and or not no is was down up along across off from miles mile km yards blocks minutes mins hours"
    " days weeks times doses tablets puffs units drops min minute hour day week mg ml mcg g kg".split()
)


def en_lower_street(text: str, match: re.Match) -> tuple[int, int] | None:
    if any(word in NOT_STREET_WORDS for word in match.group("words").split()):
        return None
    if match.group("everyday") and not match.group().startswith(("flat", "apt", "unit")) and not match.group("compass"):
        return None  # "2 paracetamol way too late", "a 10 min walk": an everyday word ends the street only after a flat
    if ORDINAL_WORD.search(match.group("words")) and (
        not match.group("compass") or match.group(0).endswith(("ct", "ct."))
    ):
        return None  # post-op day 3 2nd ct scan: an ordinal street only with its compass point (88 se 82nd ave)
    return match.span()


# What follows a person's name in a record header or an introduction: a date of birth after a comma
# (Keiko Iwasaki-Brandt, 07-Nov-1990, MRN ...; 我叫喻子衿，96年3月21日的), a record number in brackets
# (Patient C. O'Rourke (ZY14349958)). Found from the names (`after_name`), not as rules of their own.
AFTER_NAME_DATE = re.compile(
    rf"(?:[ \t]*+[,，(（][ \t]*+|[ \t\u3000]++)(?P<value>{EN_DATE}|{ZH_DATE}|{ZH_NUMERAL_DATE}|{COMPACT_DATE})(?=[ \t]*+(?:[,，;；)）]|\.(?!\d)|的|$))",
    re.MULTILINE,
)
AFTER_NAME_NUMBER = re.compile(
    r"[ \t]*+[（(][ \t]*+(?P<value>[A-Za-z]{0,3}\d[A-Za-z0-9-]{3,20}+(?:/\d{3,12}+)?)[ \t]*+[)）]"
)
DATE_SHAPED = re.compile(rf"(?:{EN_DATE}|{ZH_DATE})$")
# A home after the name and a comma, opening with its flat (Agnieszka Popescu, Apt 21, Heron Park, Dublin 15):
# read on to its end as after an address's label (`en_cued_address`).
AFTER_NAME_ADDRESS = re.compile(
    r"[ \t]*+,[ \t]*+(?P<value>(?:Flat|FLAT|Apt|APT|Apartment|Unit|UNIT|Suite)\.?[ \t]*+\d[^\n\x00]{0,160}+)"
)
# A record number in the next column of a list after the name (16床 | 司马桂兰 / 3861102 | 42F; "1. BELL,
# Katarzyna  00735312  DOB ..."), its romanised name in brackets between: six digits or more, no date.
AFTER_NAME_COLUMN = re.compile(
    r"(?:[ \t]*+[(（][^()（）\n]{1,30}[)）])?(?:[ \t]*+/[ \t]*+|[ \t]{2,}+|\t[ \t]*+)"
    r"(?P<value>[A-Z]{0,3}\d{6,10}|[A-Z]\d{4}[ \t]\d{4})(?=[ \t]{2}|\t|[ \t]*+(?:[|│,，;；]|\n|\x00|$))"
)


# A staff member's label or role, or a letter's sign-off, before a name: a date after that name is when they signed
# (医师：郎英　2023年10月17日, Reviewed by Sarah Jones, February the 8th 2024, 此致 / 敬礼 / 郦珂　2026年4月17日), no birth.
STAFF_BEFORE = re.compile(
    r"(?:医师|医生|醫師|醫生|护士|護士|审核|審核|报告人|報告人|签名|簽名|签字|簽字|记录人|記錄人|记录者|記錄者|检查者|檢查者|"
    r"(?i:signed|reviewed by|seen by|dictated by|typed by|verified by|reported by|authorised by|authorized by"
    r"|dr\.?|nurse|consultant|registrar|physician|surgeon)"
    r"|(?:敬礼|敬禮|此致|敬上|(?i:regards|yours sincerely|yours faithfully|yours truly))[,，.。!！]?[ \t]*+[\n\x00][ \t]*+)[ \t:：]*+$"
)


def after_name(text: str, end: int, start: int | None = None) -> tuple[str, int, int] | None:
    """The date of birth, record number or home right after a name at text[start:end], if any."""
    found = AFTER_NAME_DATE.match(text, end)
    if found is not None and not (start is not None and STAFF_BEFORE.search(text, max(0, start - 16), start)):
        return ("DOB", *found.span("value"))
    found = AFTER_NAME_NUMBER.match(text, end)
    if (
        found is not None
        and sum(c.isdigit() for c in found.group("value")) >= 5  # not (55-year-old)
        and DATE_SHAPED.match(found.group("value")) is None
    ):
        return ("MRN", *found.span("value"))
    found = AFTER_NAME_COLUMN.match(text, end)
    if found is not None and not re.fullmatch(COMPACT_DATE, found.group("value")):
        return ("MRN", *found.span("value"))
    found = AFTER_NAME_ADDRESS.match(text, end)
    if found is not None and (span := en_cued_address(text, found)) is not None:
        home = text[span[0] : span[1]]
        if EN_STREET_WORD.search(home) or POSTCODE_IN_ADDRESS.search(home):
            return ("ADDRESS", *span)  # not "Dr Lee, Unit 3, Ward 12": a street or a postcode says a home
    return None


# --- e-mail addresses written so that no program takes them ------------------------------------
# "john.smith(at)example(dot)com", "jane [at] clinic [dot] org", "a.lee { at } nhs.net", "bob @ mail.com",
# "john at example dot com": the @ and the full stops spelled out or set in brackets. What stands for
# the @ in brackets, or an @ with spaces around it:
OBFUSCATED_AT = r"[ \t]*+(?:[(\[{<][ \t]*+(?:at|AT|At|@)[ \t]*+[)\]}>]|(?<=[ \t])@(?=[ \t]))[ \t]*+"
# What stands for a full stop: one as written, in brackets, or a spelled-out "dot" between spaces.
BRACKETED_DOT = r"[ \t]*+[(\[{<][ \t]*+(?:dot|DOT|Dot|\.)[ \t]*+[)\]}>][ \t]*+"
SPELLED_DOT = r"[ \t]++(?:dot|DOT|Dot)[ \t]++"
DOMAIN_LABEL = r"[A-Za-z0-9][A-Za-z0-9-]*+"
# A local part holds only written or bracketed full stops: "please dot your(at)..." would otherwise
# take the words before an address. Bounded (64 characters a label, as RFC 5321 bounds a local part,
# and 9 labels): a match may begin after any bracket, so "b(dot)" repeated 16,000 times before "(at"
# took each start to the end of the chain, 5.7 s for one 96 KB text (review R).
OBFUSCATED_LOCAL = rf"[A-Za-z0-9_%+-]{{1,64}}+(?:(?:\.|{BRACKETED_DOT})[A-Za-z0-9_%+-]{{1,64}}+){{0,8}}+"
# The last label, in lower case or in capitals ("St.Mary" after "@" is a ward, no domain).
TOP_LABEL = r"(?:[a-z]{2,}+|[A-Z]{2,}+)(?![A-Za-z0-9-])"
# After a plain "at", only a domain whose last full stop is spelled out or in brackets, and whose last
# label is one of the common top-level domains that is no English word ("dot it", "dot in", "dot me"
# are): "seen at home", "at 3 pm", "apply at night dot it on" and "the guidance at nhs.uk" stay.
PLAIN_AT_TOP_LABELS = (
    "com", "net", "org", "edu", "gov", "mil", "info", "biz", "io", "co", "uk", "ca", "au", "nz", "ie", "de",
    "fr", "es", "nl", "ch", "se", "dk", "fi", "pl", "ru", "cn", "hk", "tw", "sg", "jp", "kr", "za", "br", "mx",
    "eu", "nhs",
)  # fmt: skip
# Words a plain "at" is followed by in English, never a domain's first label ("worked at the dot com").
NOT_DOMAIN_WORDS = frozenset("the a an this that his her my your our their its home work school".split())


# Words a sentence puts before "at" and a website after it ("read about it at webmd dot com", "results
# are posted at nhs dot uk", "contact the team at clinic dot org"): no one's mailbox (review R).
NOT_LOCAL_WORDS = frozenset(
    """
    it its them us him her me you they we posted found read available online listed published shown written
    described explained here there more info information details help support team office back call contact
    write email e-mail reach everything anything something nothing this that these those which what all
    """.split()
)


def plain_at_address(text: str, match: re.Match) -> tuple[int, int] | None:
    """An address written "john at example dot com", unless an English word follows "at" ("worked at
    the dot com") or one that ends a clause stands before it ("posted at nhs dot uk")."""
    if match.group("first").lower() in NOT_DOMAIN_WORDS:
        return None
    if match.group("value").split(None, 1)[0].lower() in NOT_LOCAL_WORDS:
        return None
    return match.span("value")


def obfuscated_email_rules() -> tuple[Rule, ...]:
    """E-mail addresses with the @ and the full stops spelled out or bracketed (`OBFUSCATED_AT`):
    each rule runs only on texts holding its trigger (an "(at" or "[at", a spelled "dot")."""
    dot = rf"(?:\.|{BRACKETED_DOT}|{SPELLED_DOT})"
    plain_tops = words(any_case(PLAIN_AT_TOP_LABELS))
    return (
        rule(
            "EMAIL",
            rf"(?<![A-Za-z0-9._%+-])(?P<value>{OBFUSCATED_LOCAL}{OBFUSCATED_AT}(?:{DOMAIN_LABEL}{dot})+{TOP_LABEL})",
            "a(at)b.",
            needs="latin",
            triggers=("(at", "( at", "[at", "[ at", "{at", "{ at", "<at", "< at", "(@", "( @", "[@", "[ @", " @ "),
        ),
        rule(
            "EMAIL",
            rf"(?<![A-Za-z0-9._%+-])(?P<value>[A-Za-z0-9._%+-]++[ \t]++(?:at|AT)[ \t]++(?P<first>{DOMAIN_LABEL})"
            rf"(?:{dot}{DOMAIN_LABEL})*(?:{BRACKETED_DOT}|{SPELLED_DOT})(?:{plain_tops})(?![A-Za-z0-9-]))",
            "a at b dot ",
            plain_at_address,
            needs="latin",
            triggers=(" dot ", "(dot", "( dot", "[dot", "[ dot", "{dot", "<dot"),
        ),
    )


def hl7_rules() -> tuple[Rule, ...]:
    """One rule per field of `layout.HL7_FIELDS`, each anchored on its segment's name."""
    return tuple(
        rule(
            kind,
            rf"{segment}\|(?:[^|\r\n\x00]*+\|){{{number - 1}}}(?P<value>[^|\r\n\x00]++)",
            f"{segment}|"
            + "x|" * (number - 1)
            + ("1" if kind == "NAME" else "x"),  # a name with a digit, a number without
            hl7_field(kind),
            needs="latin",
            triggers=(f"{segment.lower()}|",),
        )
        for kind, segment, number in HL7_FIELDS
    )


def table_rules() -> tuple[Rule, ...]:
    """One rule per kind of identifier a column may hold (`layout.TABLE_COLUMNS`)."""
    return tuple(
        rule(kind, TABLE_CELL, ",a,b\n", table_cell(kind), triggers=TABLE_TRIGGERS)
        for kind in ("NAME", "MRN", "ID", "DOB", "PHONE", "ADDRESS")
    )


# What an address's label is followed by in Chinese text: Han characters, letters, digits, a space only before a
# digit or between a digit and Han (5 号楼 3 单元), up to 61 characters (`zh_cued_address` cuts where it ends).
ZH_CUED_ADDRESS_VALUE = rf"(?P<value>[{HAN}A-Za-z0-9\-#](?:[{HAN}A-Za-z0-9\-#]|[ ](?=\d)|(?<=\d)[ ](?=[{HAN}])|{ZH_ADDRESS_SPACE}){{1,60}}+)"


RULES: tuple[Rule, ...] = (
    rule(
        "EMAIL",
        r"(?<![A-Za-z0-9._%+-])(?P<value>[A-Za-z0-9._%+-]++@[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?:(?>[A-Za-z0-9._%+-]++@[A-Za-z0-9.-]+\.[A-Za-z]{2,}))*)",
        "a.b@c",
        needs="at",
    ),
    *obfuscated_email_rules(),
    # Tables and HL7 messages first: a cell or a field is what its header or its number says.
    *table_rules(),
    *hl7_rules(),
    rule(
        "ID",
        rf"(?:{words(ID_CUES_ZH)})(?:[（(][^）)\n\x00]{{1,8}}[）)])?{SEP_ZH}(?P<value>[A-Za-z]{{0,3}}[ \t]?+\d(?:[ \t./-]?+[0-9*]|[A-Za-z])++(?:[ \t]?+[(（][\dA][)）])?)(?![位个多])",
        "身份证号：x ",
        needs="digit han",
    ),
    rule(
        "ID",
        rf"(?:{words(cue_forms(ID_CUES_EN))})(?:\s*+(?:number|no\.?|#))?+(?![A-Za-z])(?:[ \t]*+\([A-Za-z][A-Za-z ]{{1,30}}\))?{SEP_EN}(?P<value>[A-Za-z]{{0,3}}[ \t]?+\d(?:[ \t-]?+[0-9])++(?:-?[A-Za-z]{{1,2}}(?![A-Za-z0-9])|\([0-9A]\))?)(?![ \t-]?+digits?\b)",
        "passport no. x ",
        needs="digit latin",
        word_start=True,
    ),
    # The first-generation resident ID: fifteen digits, a province's code, then a date of birth (yymmdd).
    rule(
        "ID",
        r"(?P<value>(?:1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5])\d{6}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3})(?![\dA-Za-z])",
        "11010185010112 ",
        unless_after_lot_label(not_after_slip_label),
        needs="digit",
        not_after=DIGITS_LETTERS + "./-",
    ),
    # A UK National Insurance number (QQ 12 34 56 C): its two letters from a fixed set, six digits, A-D.
    rule(
        "ID",
        r"(?P<value>(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][ \t]?+\d\d[ \t]?+\d\d[ \t]?+\d\d[ \t]?+[A-D])(?![A-Za-z0-9])",
        "AB 12 34 56 ",
        unless_after_lot_label(lambda text, match: match.span("value")),
        needs="digit latin",
        not_after=DIGITS_LETTERS,
    ),
    # The last digits of a record's or an ID's number, all that is given ("尾号6059", "ends in 0266",
    # "SSN (last 4): 5614"): four digits of someone's number still narrow it down.
    *(
        rule(
            kind,
            rf"(?:{words(cues)})[^\x00\n\d。！？]{{0,12}}?(?:{words(LAST_DIGITS_ZH)})(?:是不是|是否为|是否是|是|为|[:：])?[ \t]*+(?P<value>\d{{4}})(?!\d)",
            f"{cues[0]}尾号123",
            needs="digit han",
        )
        for kind, cues in (("MRN", MRN_CUES_ZH), ("ID", ID_CUES_ZH))
    ),
    rule(
        "MRN",
        r"(?:(?i:record|chart|hospital|account|unit)[ \t]++(?i:number|no\.?|#)|(?i:mrn|patient id)|UR)(?![A-Za-z])[^\x00\n\d.;]{0,16}?(?i:ends?[ \t]++(?:in|with)|ending[ \t]++(?:in|with)|last[ \t]++(?:4|four)(?:[ \t]++digits)?(?:[ \t]++(?:are|is))?)[ \t:]*+(?P<value>\d{4})(?!\d)",
        "record number ends in 123",
        needs="digit latin",
        word_start=True,
        triggers=LAST_DIGITS_EN,
    ),
    rule(
        "ID",
        r"(?i:ssn|social security(?: number| no\.?)?|nhs(?: number| no\.?)?|passport(?: number| no\.?)?|medicare(?: number| no\.?)?)[ \t]*+(?:\((?i:last[ \t]++(?:4|four)(?:[ \t]++digits)?)\)|[^\x00\n\d.;]{0,16}?(?i:ends?[ \t]++(?:in|with)|ending[ \t]++(?:in|with)|last[ \t]++(?:4|four)(?:[ \t]++digits)?(?:[ \t]++(?:are|is))?))[ \t:]*+(?P<value>\d{4})(?!\d)",
        "SSN (last 4): 123",
        needs="digit latin",
        word_start=True,
        triggers=LAST_DIGITS_EN,
    ),
    # A resident ID in groups of any size (330602-196802-155318, 330 602 1968 0215 5318, 330602.19680215.5318).
    rule(
        "ID",
        r"(?P<value>[1-8]\d(?:[ \t./-]?+\d){15}[ \t./-]?+[\dXx])(?![\dA-Za-z])",
        "33 06 02 19 68 02 15 53 1 ",
        grouped_resident_id,
        needs="digit",
        not_after=DIGITS_LETTERS + "./-",
    ),
    rule(
        "ID", r"(?P<value>\d\d\d(?:-\d\d-| \d\d )\d{4})(?![\d-])", "123-45-678 ", needs="digit", not_after="0123456789-"
    ),
    rule(
        "ID",
        r"(?P<value>[STFGstfg]\d{7}[A-Za-z])(?![A-Za-z0-9])",
        "S123456 ",
        nric_valid,
        needs="digit latin",
        not_after=DIGITS_LETTERS,
    ),
    rule(
        "ID",
        r"(?P<value>[2-6]\d{3}[ \t]\d{5}[ \t]\d(?:[ \t/-]?+\d)?)(?![\d/-])",
        "2123 45678 ",
        au_medicare_valid,
        needs="digit",
        not_after=DIGITS_LETTERS + "-./",
    ),
    rule(
        "ID",
        r"(?P<value>[2-9]\d{3}[ \t-]\d{4}[ \t-]\d{4})(?![ \t-]?\d)",
        "2345 6789 012 ",
        aadhaar_valid,
        needs="digit",
        not_after=DIGITS_LETTERS + "-./",
    ),
    rule(
        "ID",
        r"(?P<value>\d{6}(?:[ \t]?+-[ \t]?+|[ \t])?\d\d(?:[ \t]?+-[ \t]?+|[ \t])?\d{4})(?![\d-])",
        "123456-12-123 ",
        mykad_valid,
        needs="digit",
        not_after=DIGITS_LETTERS + "-./",
    ),
    rule(
        "ID",
        r"(?P<value>\d{6}[ -]?\d{4}[ -]?\d{3})(?![\d-])",
        "123456789012 ",
        za_id_valid,
        needs="digit",
        not_after=DIGITS_LETTERS + "-./",
    ),
    rule(
        "ID",
        r"(?P<value>[A-Z][12]\d{8})(?![A-Za-z0-9])",
        "A12345678 ",
        tw_id_valid,
        needs="digit latin",
        not_after=DIGITS_LETTERS,
    ),
    rule(
        "ID",
        r"(?P<value>[A-Z]{1,2}\d{6}(?:[(（][\dA][)）]|[\dA](?![A-Za-z0-9])))",
        "A12345(",
        hkid_valid,
        needs="digit latin",
        not_after=DIGITS_LETTERS,
    ),
    rule(
        "ID",
        r"(?P<value>[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d-?[AC-HJKMNP-RT-Y]{2}\d\d)(?![A-Za-z0-9])",
        "1EG4-TE5-MK7 ",
        needs="digit latin",
        not_after=DIGITS_LETTERS + "-",
    ),
    rule(
        "MRN",
        rf"[\[【](?P<value>[A-Za-z]{{0,3}}\d[A-Za-z0-9-]{{5,20}}+)[\]】][ \t]*+(?=[{HAN}])",
        "[12345",
        line_start_record,
        needs="digit han",
        triggers=("[", "【"),
    ),
    rule(
        "MRN",
        rf"(?:{words(MRN_CUES_ZH)})(?:[ \t]*+[（(][^（()）\n\x00\d]{{1,24}}[）)])?+(?:\s*+分别)?{SEP_ZH}[【\[]?+(?P<value>(?:{MRN_VALUE}){MRN_LISTED})",
        "病历号：ab ",
        has_digit,
        needs="digit",
    ),
    # The second and later numbers after 分别是 (住院号分别是0452213和0452214): each a record's too.
    rule(
        "MRN",
        r"(?<=[和及、，,])(?P<value>\d{5,12})(?!\d)",
        "住院号分别是12345和1234",
        listed_after_label,
        needs="digit han",
        triggers=("分别",),
    ),
    # A record number after RN (Malaysia's registration number): a number's own shape, since RN is also the
    # nurse who wrote the note (RN 0800 obs stable, RN 12 hr shift).
    rule(
        "MRN",
        r"(?<![A-Za-z])R/?N(?:[ \t]*+no\.?)?[ \t]*+[:：.]?[ \t]*+(?P<value>[A-Z]{1,4}-\d{2}-\d{4,10}|[A-Z]{0,4}\d{6,10})(?![\dA-Za-z-])",
        "RN 12345 ",
        needs="digit latin",
        triggers=("rn", "r/n"),
    ),
    rule(
        "MRN",
        rf"(?:{words(cue_forms(MRN_CUES_EN) + list(MRN_CUES_EN_AS_WRITTEN))})(?:\s*+(?:is|was|here|there|是|为|為|[:：#=(]|-(?=\s)))*+\s*+(?P<value>{MRN_VALUE})",
        "MRN is : ab ",
        record_number,
        needs="digit latin",
        word_start=True,
    ),
    # A number that says it is a record's by its letters, the initials of 住院, 门诊 and 急诊 (ZY97968655,
    # MZ6973687799, JZ35594043), without a label; not after a batch's or a slip's (饮片批号ZY06574082).
    rule(
        "MRN",
        r"(?P<value>(?:ZY|MZ|JZ)-?\d{6,12})(?![\dA-Za-z])",
        "ZY12345 ",
        record_initials,
        needs="digit latin",
        not_after=DIGITS_LETTERS + "-",
        triggers=("zy", "mz", "jz"),
    ),
    # A record number asked for in one turn and given in the next ("请提供住院号。" "是ZY1234。").
    rule(
        "MRN",
        rf"(?:{words(MRN_CUES_ZH + tuple(cue_forms(MRN_CUES_EN)))})(?![:：#=\s]*+(?:is\s++|是|为)?[A-Za-z0-9])[^\x00\n\d]{{0,40}}+[\x00\n](?P<gap>[^\x00\n\d]{{0,40}}?)(?P<value>[A-Za-z]{{0,3}}[ \t]?+\d[A-Za-z0-9-]{{1,23}}+{MRN_GROUPS})",
        "住院号？\x00是的 ",
        answer_in_next_line,
        needs="digit",
        word_start=True,
        triggers=("\x00", "\n"),  # the answer is in the next turn or line
    ),
    rule(
        "PHONE",
        r"(?P<value>(?:\+86|0086|\(\+?86\)|（\+?86）)[\s-]?+1[3-9]\d(?:[\s-]?+\d{4}){2})(?![\d])",
        "+86 138 1234 567 ",
        needs="digit",
        not_after=DIGITS_LETTERS,
    ),
    rule(
        "PHONE",
        r"(?P<value>1[3-9]\d(?:[\s-]?+\d{4}){2}|1[3-9]\d\d[\s-]?+\d{4}[\s-]?+\d{3}|1[3-9]\d{3}[ \t-]\d{6})(?![\d])",
        "138 1234 567 ",
        needs="digit",
        not_after=DIGITS_LETTERS,
    ),
    rule(
        "PHONE",
        rf"(?P<value>(?:\(0\d{{1,3}}\)|（0\d{{2,3}}）|0\d{{2,3}})[\s-]?+\d{{3,4}}[\s-]?+\d{{4}}{PHONE_EXTENSION})(?!\d)",
        "010-123456 ",
        not_toll_free,
        needs="digit",
        not_after=DIGITS_LETTERS,
    ),
    # A Chinese landline's seven digits grouped four and three after its area code (0745-2268 914).
    rule(
        "PHONE",
        r"(?P<value>0\d{2,3}-\d{4}[ \t]\d{3})(?!\d)",
        "0745-2268 91",
        grouped_landline,
        needs="digit",
        not_after=DIGITS_LETTERS,
    ),
    rule(
        "PHONE",
        r"(?P<value>0\d{4}\s?+\d{6})(?!\d)",
        "07700 90012 ",
        not_toll_free,
        needs="digit",
        not_after=DIGITS_LETTERS,
    ),
    # Hong Kong's and Macau's eight digits after their country code in brackets: (852) 6951 8167.
    rule(
        "PHONE",
        r"(?P<value>(?:\(\+?85[23]\)|（\+?85[23]）|\+85[23]|0085[23])[ \t-]?+[2-9]\d{3}[ \t-]?+\d{4})(?!\d)",
        "(852) 6951 816",
        needs="digit",
        not_after=DIGITS_LETTERS,
    ),
    # A mobile in groups of four, three and three: Australia's 04xx, Taiwan's 09xx (0412 345 678).
    rule(
        "PHONE",
        r"(?P<value>0[49]\d\d[ \t-]?+\d{3}[ \t-]?+\d{3})(?![\d])",
        "0412 345 67 ",
        needs="digit",
        not_after=DIGITS_LETTERS + "./-",
    ),
    # A number read out in Chinese numerals, 幺 for one (幺三九四幺三三六四九七): a mobile's eleven digits,
    # maybe with Arabic ones among them and read in groups (138零七二一九四六五, 幺五八，二零四六，七三九一).
    rule(
        "PHONE",
        rf"(?P<value>[幺一1][三四五六七八九3-9](?:{SPOKEN_GROUP_GAP}?+[〇零幺一二三四五六七八九0-9]){{9}})(?![〇零幺一二三四五六七八九十百千万0-9])",
        "幺三九四幺三三六四九",
        spoken_mobile,
        needs="han",
        not_after="〇零幺一二三四五六七八九十0123456789",
    ),
    # A UK number with a five-digit area code in three groups: (01423) 506 119, 01423 506 119.
    rule(
        "PHONE",
        rf"(?P<value>(?:\(0\d{{4}}\)|0\d{{4}})[ \t-]?+\d{{3}}[ \t-]\d{{3,4}}{PHONE_EXTENSION})(?!\d)",
        "(01423) 506 11 ",
        needs="digit",
        not_after=DIGITS_LETTERS,
    ),
    # A number read out digit by digit: 0 7 9 5 6 2 1 4 8 3 0 9.
    rule(
        "PHONE",
        r"(?P<value>0(?:[ \t]\d){9,11})(?![ \t]?\d)",
        "0 7 9 5 6 2 1 4 ",
        needs="digit",
        not_after=DIGITS_LETTERS,
    ),
    rule(
        "PHONE",
        rf"(?P<value>\+(?!86)\d{{1,3}}[\s-]?+(?:\(0\)\s?+)?\(?\d{{1,4}}\)?(?:[\s.-]?+\d{{2,4}}){{2,4}}{PHONE_EXTENSION})(?!\d)",
        "+44 20 7 ",
        needs="digit",
        not_after=DIGITS_LETTERS + "+",
    ),
    rule(
        "PHONE",
        rf"(?P<value>{NANP_START}\d{{3}}[\s.-]?+\d{{4}}{PHONE_EXTENSION})(?![\d/]|\.\d)",
        "(555) 123-456 ",
        not_toll_free,
        needs="digit",
        not_after=DIGITS_LETTERS + "/.-",
    ),
    rule(
        "PHONE",
        r"(?P<value>[2-9]\d{3}[ \t]\d{4})(?![ \t]?+\d|[.,]\d)",
        "2345 678 ",
        eight_digit_line,
        needs="digit",
        not_after=DIGITS_LETTERS + ".,/:-+#",
    ),
    # Any number of seven digits or more after a phone's label, in whatever layout (电话：6512 3456,
    # Tel: 2345 6789, call me on 555-0134): the label says what it is.
    rule(
        "PHONE",
        rf"(?:{words(PHONE_CUES_ZH + tuple(cue_forms(PHONE_CUES_EN)))})(?![A-Za-z]){SEP_ZH}(?P<value>\+?[\d(][\d ()\-.]{{5,20}}\d)(?![\d])",
        "电话：12 ",
        seven_digits,
        needs="digit",
        word_start=True,
    ),
    rule(
        "DOB",
        rf"(?:{words(DOB_CUES_ZH)}){SEP_ZH}(?:民[国國])?(?P<value>{ZH_DOB_VALUE})",
        "出生日期：2020年 1 ",
        needs="han",
    ),
    # An English label before a date in Chinese (DOB 二〇〇七年九月二十三日, date of birth: 1961年8月22日).
    rule(
        "DOB",
        rf"(?:{words(tuple(cue_forms(DOB_CUES_EN[:-1])))})(?![A-Za-z])[ \t:：]*+(?:(?:是|为|為|係|系)[ \t]*+)?(?P<value>{ZH_NUMERAL_DATE}|{ZH_DATE})",
        "DOB 2020年1 ",
        needs="han",
        word_start=True,
    ),
    rule(
        "DOB",
        rf"(?P<value>{ZH_DATE}|{COMPACT_DATE})\s*+(?:出生{NOT_A_LABEL}|生人|生于|生的|生(?=[，,。；;\s）)]|$))",
        "2020年1月1 ",
        needs="digit han",
        not_after="0123456789",
    ),
    rule(
        "DOB",
        rf"(?P<value>{ZH_NUMERAL_DATE}|{ZH_NUMERAL_DATE_BARE})\s*+(?:出生{NOT_A_LABEL}|生人|生于|生的|生(?=[，,。；;\s）)]|$))",
        "一九八五年三月 生",
        needs="han",
    ),
    rule(
        "DOB",
        rf"(?P<value>{LUNAR_DATE})",
        "农历1985年三月初",
        lunar_birthday,
        needs="han",
        triggers=("农历", "阴历", "農曆", "陰曆"),
    ),
    rule(
        "DOB",
        rf"(?:生日|生辰|出生日期|出生年月日)(?P<gap>[^\x00\n\d。！？!?]{{1,16}}?)(?P<value>{ZH_DAY_MONTH}[ \t,，]*+\d{{4}}[ \t]*+年|{ZH_DATE})",
        "生日填错了，应该是2020年1月",
        birthday_a_clause_later,
        needs="digit han",
    ),
    rule(
        "DOB",
        rf"(?<![{HAN}])[男女](?:性)?(?:[ \t]*+[|｜/／,，、][ \t]*+|[ \t\u3000]++)(?P<value>{ROW_DATE})(?=[ \t]*+[|｜/／,，、;；]|[ \t\u3000]{{2,}}|[ \t]*+(?:$|[\n\x00]))",
        "男 | 2020年1月",
        date_after_sex,
        needs="digit han",
        triggers=("男", "女"),
    ),
    # A date someone is, as a check of identity says it (And you're 30 Sep 1970? I'm 24/3/58).
    rule(
        "DOB",
        rf"(?i:\b(?:i['’]m|i am|you['’]re|you are|he['’]s|he is|she['’]s|she is))[ \t]++(?P<value>{EN_DATE})",
        "you're 3/4/196 ",
        long_ago,
        needs="digit latin",
        triggers=(
            "i'm",
            "i’m",
            "i am",
            "you're",
            "you’re",
            "you are",
            "he's",
            "he’s",
            "he is",
            "she's",
            "she’s",
            "she is",
        ),
    ),
    rule(
        "DOB",
        rf"(?:{words(cue_forms(DOB_CUES_EN))})(?:\s*+(?:is|was|on|of|the|[:\-(]))*+\s*+(?P<value>{SPOKEN_DATE})",
        "date of birth may nint",
        needs="latin",
        word_start=True,
    ),
    rule(
        "DOB",
        rf"(?:{words(cue_forms(DOB_CUES_EN))})(?:\s*+(?:is|was|on|of|the|[:\-(]))*+\s*+(?:民[国國])?(?P<value>{EN_DATE}|{EN_DAY_MONTH_YY}|{ZH_DATE})",
        "born on March , 198 ",
        needs="digit latin",
        word_start=True,
    ),
    # A day and month in figures right after a birth cue ("DOB: 03/02", "Birthday 3/2"): no year, still a birthday.
    rule(
        "DOB",
        rf"(?:{words(cue_forms(DOB_CUES_EN[:-1]))})(?![A-Za-z])[ \t]*+(?:(?:is|was|on|[:\-=])[ \t]*+)?(?P<value>\d{{1,2}}[/.]\d{{1,2}})(?![/.\-\d]|[ \t]*+(?:weeks|wks|kg|lb|mg|%))",
        "DOB: 03/",
        needs="digit latin",
        word_start=True,
    ),
    # A few words between the cue and the date: "born in Leeds on 3 February 1961", "date of birth
    # being ...", "DOB/Age: 3/2/61 / 63". Not across a sentence's end, a number or a visit's date.
    rule(
        "DOB",
        rf"(?:{words(cue_forms(DOB_CUES_WITH_GAP + ('birth',)))})(?![A-Za-z])(?P<gap>(?:[^\x00\n\d.;]|\.{{2,}}){{1,32}}?)(?P<value>{EN_DATE}|{EN_DAY_MONTH}|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:19|20)\d\d(?!\d))",
        "born in Leeds on March , 198 ",
        date_after_gap,
        needs="digit latin",
        word_start=True,
    ),
    # A date of birth asked for in one turn and given in the next ("Can I take his date of birth?" "It's 3/4/60.").
    rule(
        "DOB",
        rf"(?:{words(DOB_CUES_ZH + BIRTH_QUESTIONS_ZH + tuple(cue_forms(DOB_CUES_WITH_GAP)))})(?![:：\-\s]*+(?:is\s++|是|为|on\s++)?\d)(?!时|時|后|後|史|体重|體重|缺氧)[^\x00\n\d]{{0,40}}+[\x00\n](?P<gap>[^\x00\n\d]{{0,40}}?)(?P<value>{EN_DATE}|{ZH_DATE}|{ZH_NUMERAL_DATE}|{SPOKEN_DATE})",
        "date of birth?\x00It's 3/4/6 ",
        answer_in_next_line,
        word_start=True,
        triggers=("\x00", "\n"),
    ),
    # A Singapore flat: its block, street and unit (Blk 418 Bedok North Ave 2 #07-153), to the postcode.
    rule(
        "ADDRESS",
        rf"(?P<value>(?:Blk|BLK|Block)\.?[ \t]++\d{{1,4}}[A-Za-z]?{SG_STREET}(?:[ \t,]*+{SG_UNIT})?"
        rf"(?:[ \t,]*+(?:Singapore|SINGAPORE|S)[ \t]*+\(?\d{{6}}\)?(?![\d-]))?)",
        "Blk 12 Aa",
        sg_block,
        needs="digit latin",
        word_start=True,
        triggers=("blk", "block"),
    ),
    # A Malaysian home: its house number, its jalan, lorong, taman or kampung, the postcode and town
    # (No. 12, Jalan SS 2/44, 47300 Petaling Jaya, Selangor), or a village's (Kampung Tampasak, 89200 Tuaran);
    # not a road without a house (HKL, Jalan Pahang), where "jalan" may be the word for a walk.
    rule(
        "ADDRESS",
        rf"(?P<value>(?:(?:(?:No\.?|Lot|Unit)[ \t]*+)?\d{{1,4}}[A-Za-z]?(?:-\d{{1,4}})?,?[ \t]++{MY_PLACE_WORD}|Kampung|Kg\.)[ \t]++"
        rf"[A-Z0-9][A-Za-z0-9/'’.-]*+(?:,?[ \t]++[A-Za-z0-9/'’.-]++){{0,9}}?,?[ \t]++\d{{5}}[ \t]++[A-Z][A-Za-z]++"
        rf"(?:[ \t]++[A-Z][A-Za-z]++){{0,2}}(?:,[ \t]*+{MY_STATES})?)(?![A-Za-z])",
        "Jalan Aa 1234 ",
        needs="digit latin",
        word_start=True,
        triggers=("jalan", "jln", "lorong", "lrg", "taman", "tmn", "kampung", "persiaran", "lebuh"),
    ),
    rule(
        "ADDRESS",
        rf"(?:{words(ADDRESS_CUES_ZH)}){SEP_ZH}{ZH_CUED_ADDRESS_VALUE}",
        "住址北京1",
        zh_cued_address,
        needs="han",
    ),
    # An English label before an address in Chinese (address 柴灣興華邨豐興樓836室): Han must follow.
    rule(
        "ADDRESS",
        rf"(?:[Hh]ome[ \t]++)?(?:[Aa]ddress|ADDRESS)(?![A-Za-z])[ \t:：]*+(?=[{HAN}]){ZH_CUED_ADDRESS_VALUE}",
        "address 北京1",
        zh_cued_address,
        needs="han latin",
        word_start=True,
    ),
    rule(
        "ADDRESS",
        rf"(?:住|搬到了?|搬去|搬回|搬進|迁到|遷到|迁往)(?=[{HAN}]{{1,8}}?(?:省|市|自治区|县|区|區))(?P<value>[{HAN}A-Za-z0-9\-#]{{2,60}}+)",
        "住北京市1",
        zh_address_end,
        needs="han",
    ),
    rule(
        "ADDRESS",
        rf"(?<![{HAN}])(?P<value>[{HAN}]{{2,24}}?(?:路|街|大道|巷|弄){ROAD_SECTION}(?:\d++[巷弄])*+\d++[号號](?:(?:[{HAN}A-Za-z0-9\-#]|{ZH_ADDRESS_SPACE}){{0,30}}+)?)",
        "北京市朝阳区建国路号",
        zh_address_end,
        needs="digit han",
        triggers=("号", "號"),
    ),
    rule(
        "ADDRESS",
        rf"(?P<value>(?:{words(PROVINCES)})(?:[{HAN}0-9\-#]|[A-Za-z](?=[座栋棟幢樓楼室])|{ZH_ADDRESS_SPACE}){{2,50}}+)",
        "北京市朝阳区",
        zh_place_address,
        needs="han",
    ),
    # A city and its district, then the rest of the home (从广州市番禺区南村镇华南碧桂园翠山蓝天苑18座过来).
    rule(
        "ADDRESS",
        rf"(?P<value>(?:(?![从從到在去住说說是的了和与與])[{HAN}]){{2,4}}?市(?=[{HAN}]{{1,4}}?[区县區縣旗])(?:[{HAN}0-9\-#]|{ZH_ADDRESS_SPACE}){{4,50}}+)",
        "广州市番禺",
        zh_city_address,
        needs="han",
        triggers=("市",),
    ),
    # A street, then its house number (Tanner's Row, no. 23; Clifton Gardens, number 37).
    rule(
        "ADDRESS",
        rf"(?P<value>(?:[A-Z][A-Za-z'’-]*+[ \t]){{1,3}}{HOME_STREET},?[ \t]*+(?:[Nn]o\.|[Nn]umber|[Nn]r\.?)[ \t]*+\d{{1,4}}[A-Za-z]?)(?![\dA-Za-z])",
        "Mill Road, number ",
        needs="digit latin",
        word_start=True,
        triggers=("no.", "number", "nr"),
    ),
    # (HOME_STREET: the street words of homes, not of car parks or wings: Park, Hill, Way, Walk, Green, View)
    # A Hong Kong flat: room or flat, floor, block, then the building and the estate by name (Flat B, 13/F,
    # Block 9, Laguna City; Room 2402, Fook Yuen House, Lek Yuen Estate); after a floor, any place's name
    # (Flat E, 17/F, Block 34, Taikoo Shing).
    rule(
        "ADDRESS",
        rf"(?P<value>(?:Room|Rm|Flat|Unit)[ \t]*+[A-Z0-9]{{1,5}},[ \t]*+(?:\d{{1,3}}/F,?[ \t]*+{HK_BLOCK}(?:{HK_BUILDING}|{HK_PLACE})"
        rf"|{HK_BLOCK}{HK_BUILDING})(?:,[ \t]*+{HK_BUILDING})?)",
        "Room 1, Yu Hous",
        hk_flat,
        needs="latin",
        word_start=True,
        triggers=("room", "rm", "flat", "unit"),
    ),
    rule(
        "ADDRESS",
        rf"(?:{words(cue_forms(ADDRESS_CUES_EN))})(?![A-Za-z])[ \t]*+[:\-]?[ \t]*+(?=(?P<value>[A-Za-z0-9][^\n\x00;|]{{3,119}}))",
        "Address: x",
        en_cued_address,
        needs="latin",
        word_start=True,
        triggers=(
            "addr",
            "adresse",
            "resid",
            "lives",
            "living",
            "live at",
            "home:",
            "deliver",
            "send to",
            "ship to",
            "mailing:",
            "postal:",
        ),
    ),
    # A postcode after its label (（邮编362000）, 邮政编码：100020): part of an address.
    rule(
        "ADDRESS",
        r"(?:[（(]邮(?:政)?编(?:码)?[:：]?|邮(?:政)?编(?:码)?[:：])[ \t]*+(?P<value>\d{6})(?!\d)",
        "（邮编12345 ",
        needs="han digit",
        triggers=("邮",),
    ),
    rule(
        "ADDRESS",
        rf"(?P<value>(?:Flat|Apt|Apartment|Unit|Suite)\.?\s*+\d{{1,4}}[A-Za-z]?,?\s++{EN_STREET})",
        "Flat 3, 42 Baker Streat ",
        needs="digit latin",
        word_start=True,
    ),
    rule(
        "ADDRESS",
        rf"(?P<value>{EN_STREET})",
        "42 Baker Streat ",
        needs="digit latin",
        not_after=DIGITS_LETTERS + "_",
    ),
    rule(
        "ADDRESS",
        rf"[县区旗](?P<value>[{HAN}A-Za-z0-9\-#]{{2,50}}+)",
        "郯城县马头",
        zh_county_address,
        needs="han",
        triggers=("县", "区", "旗"),
    ),
    rule(
        "ADDRESS",
        EN_LOWER_STREET,
        "42 tamarack l",
        en_lower_street,
        needs="digit latin",
        not_after=DIGITS_LETTERS,
    ),
    rule("ADDRESS", ZH_FLAT, "5栋2单", zh_flat, needs="digit han", triggers=("栋", "幢", "单元", "号楼", "室")),
    rule(
        "ADDRESS",
        EN_RURAL,
        "RR 7 Bo",
        needs="digit latin",
        word_start=True,
        not_after=DIGITS_LETTERS,
        triggers=("box", "county", "state ", "farm to market", "ranch", "rmb"),
    ),
    # An Irish rural address: townlands and a town, the county and the Eircode (Knockbrack, Ballinhassig, Co.
    # Cork, P43 XK72); no street, but the Eircode names the house.
    rule(
        "ADDRESS",
        rf"(?P<value>(?:[A-Z][a-z'’]++(?:[ \t][A-Z][a-z'’]++)?+,[ \t]*+){{1,3}}(?:Co\.?|County)[ \t][A-Z][a-z]++,?[ \t]*+{EIRCODE})(?![A-Za-z0-9])",
        "Aa, Co. Bb, A12 ",
        home_in_the_country,
        needs="digit latin",
        word_start=True,
        triggers=("co.", "co ", "county"),
    ),
    # An English address after a Chinese cue (我阿爸住Flat 1804, Block C, Kornhill, Quarry Bay，…).
    rule(
        "ADDRESS",
        r"(?:住喺|住在|住係|住|地址[:：]?)[ \t]*+(?=(?P<value>(?:Flat|Rm|Room|Unit|Apt|Blk|Block|\d)[^\n\x00，。；！？]{3,119}))",
        "住Flat",
        en_cued_address,
        needs="latin han",
        triggers=("住", "地址"),
    ),
    rule("ADDRESS", EN_STATE_POSTCODE, "Macon, GA 3120", town_and_postcode, needs="digit latin", word_start=True),
    # An Irish PPS number after its label, in its own shape (PPS: 6291646T, PPS 号是 8614523C; not PPS 40%, the
    # performance scale).
    rule(
        "ID",
        r"(?<![A-Za-z])PPS[ \t]*+(?:number|no\.?|号码?|號碼?)?[ \t]*+(?:是|:|：)?[ \t]*+(?P<value>\d{7}[A-W][A-IW]?)(?![A-Za-z0-9])",
        "PPS: 1234567",
        needs="digit latin",
        triggers=("pps",),
    ),
    # Singapore's six-digit postcode after the country's name ends an address there (#04-304, Singapore 520525).
    rule(
        "ADDRESS",
        r"(?<![A-Za-z])Singapore[ \t]*+\(?(?P<value>\d{6})\)?(?![\d-])",
        "Singapore 52052",
        needs="digit latin",
        triggers=("singapore",),
    ),
    rule(
        "ADDRESS",
        r"(?P<value>(?:P\.?\s?+O\.?\s?+Box|PO Box|Post Office Box|POB)\s*+#?\d{1,7}+)(?!\d)",
        "PO Box x",
        needs="digit latin",
        word_start=True,
    ),
    # A postcode standing alone, with its space: British, Canadian, or an Irish Eircode with a letter in its last
    # four (LS17 6QT, M6P 1X3, Y14 P6H3). It names a few houses, or one. Last
    # of all: a whole address holding it is found first.
    rule(
        "ADDRESS",
        rf"(?<![A-Za-z0-9])(?P<value>{LONE_POSTCODE})(?![A-Za-z0-9])",
        "LS17 6Q",
        lone_postcode,
        needs="digit latin",
    ),
)
