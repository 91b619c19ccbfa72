"""Views of a text that undo how a scan or a fax wrote it, for the patterns to read (scrubber 6).

* Letter-spaced lines (`住 院 号 ：ZY2021 871396`, `D O B :  2 2 / 0 8 / 1 9 4 6`, `W i l h e l m i n a`): an
  OCR'd form or a fax spells every character apart. Cue words and values then match nothing, so
  such lines are read with the spaces next to a lone character taken out (and wider gaps made one
  space). Only lines mostly made of lone characters are touched: prose, where a lone character is
  rare ("a", "I", "x" in 2 x 3 cm), keeps its spaces.
* OCR digits inside words (`Pat1ent`, `D0B`, `H0LMQV1ST`): a 0 or a 1 between two letters is read
  as O or I, in a view of the same length, so offsets hold.

The scrubber matches on these views and replaces the same spans in the text as written.

Two layouts say what a value is by where it stands rather than by a cue next to it (scrubber 7):

* Rows under a header line (an export: `patient_id,surname,given,dob,...`): a cell is what its
  column's header names (`TABLE_COLUMNS`), a bare number, a postcode or a lone surname alike.
* HL7 v2 segments (`PID|1||MRN^^^HOSP^MR||SURNAME^GIVEN||19590423|...`): a field is what its number
  is in the standard (`HL7_FIELDS`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from annotation.deid.dates import FULL_DATE

# Two lone characters in a row between spaces: the cheap test that a text may hold a letter-spaced
# line (it begins with a space, which lets the regex engine skip to the spaces).
SPACED_HINT = re.compile(r"[ \u3000]\S[ \u3000]++\S[ \u3000]")
LINE = re.compile(r"[^\n\x00]++")
GAP = re.compile(r"[ \t\u3000]++")
# At least this many lone characters, and this share of the line's tokens, make a line letter-spaced.
MIN_LONE = 4
LONE_SHARE = 0.6


def lone(token: str) -> bool:
    """A single character, maybe with punctuation around it ("3." ends a number read out digit by digit)."""
    return len(token.strip(".,;:!?()（）。，；：！？")) <= 1


def spaced_line(line: str) -> bool:
    tokens = line.split()
    lone_count = sum(map(lone, tokens))
    return lone_count >= MIN_LONE and lone_count >= LONE_SHARE * len(tokens)


def collapse_line(line: str, offset: int, pieces: list[str], index: list[int]) -> None:
    """Append `line` (at `offset` in the text) with its spacing undone to `pieces`, and each kept
    character's offset in the text to `index`."""
    position = 0
    for gap in GAP.finditer(line):
        start, end = gap.span()
        pieces.append(line[position:start])
        index.extend(range(offset + position, offset + start))
        position = end
        if start == 0 or end == len(line):
            pieces.append(line[start:end])  # leading and trailing spaces stay as they are
            index.extend(range(offset + start, offset + end))
            continue
        # str.split's whitespace is wider than GAP's (a no-break space, U+2028): a neighbour may be empty.
        before = (line[:start].rsplit(None, 1) or [""])[-1]
        after = (line[end:].split(None, 1) or [""])[0]
        if (
            end - start == 1
            and before
            and after
            and ((lone(before) and lone(after)) or (not before[-1].isascii() and not after[0].isascii()))
        ):
            continue  # the space between two letters of one spelt-out word, or between two Han characters
        pieces.append(" ")
        index.append(offset + start)
    pieces.append(line[position:])
    index.extend(range(offset + position, offset + len(line)))


def collapse_spacing(text: str) -> tuple[str, list[int] | None]:
    """`text` with its letter-spaced lines written together, and for each character of that view its
    offset in `text` (None, and `text` itself, when no line is letter-spaced)."""
    if SPACED_HINT.search(text) is None:
        return text, None
    lines = [m for m in LINE.finditer(text) if spaced_line(m.group())]
    if not lines:
        return text, None
    pieces: list[str] = []
    index: list[int] = []
    position = 0
    for line in lines:
        pieces.append(text[position : line.start()])
        index.extend(range(position, line.start()))
        collapse_line(line.group(), line.start(), pieces, index)
        position = line.end()
    pieces.append(text[position:])
    index.extend(range(position, len(text)))
    return "".join(pieces), index


# A 0 or 1 between two letters of a word that holds no other digit, not a UK postcode's outward
# part before its inward one (SW1A 1AA).
OCR_WORD = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]++(?:[01][A-Za-z]++)++(?![A-Za-z0-9])(?![ \t]?+\d[A-Za-z]{2}\b)")
OCR_DIGIT = re.compile(r"[01]")


def ocr_read(match: re.Match) -> str:
    word = match.group()

    def letter(digit: re.Match) -> str:
        upper = word[digit.start() - 1].isupper()
        return ("O" if upper else "o") if digit.group() == "0" else ("I" if upper else "i")

    return OCR_DIGIT.sub(letter, word)


def ocr_letters(text: str) -> str:
    """`text` with OCR digits inside words read as letters (same length)."""
    return OCR_WORD.sub(ocr_read, text)


__all__ = ["collapse_spacing", "ocr_letters"]


# --- tables and HL7 messages (scrubber 7) -------------------------------------------------------
#
# An export's rows under a header line (patient_id,surname,given,dob,phone,postcode,dx): each cell is
# what its column's header says, whatever it looks like (a bare number, a postcode, a lone surname).
# A header is a line of the same number of cells as the row, no digit in it, and at least two of its
# cells naming an identifier's column; the rows between it and the cell must have as many cells.

TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "NAME": (
        "name",
        "patient name",
        "pt name",
        "full name",
        "surname",
        "last name",
        "lastname",
        "family name",
        "first name",
        "firstname",
        "given",
        "given name",
        "given names",
        "forename",
        "forenames",
        "middle name",
        "patient",
        "nok",
        "next of kin",
        "contact name",
        "guardian",
        "mother",
        "father",
        "姓名",
        "名字",
        "患者姓名",
        "病人姓名",
        "患者",
        "病人",
        "联系人",
        "家属",
        "家属姓名",
        "聯絡人",
        "患者姓名",
    ),
    "MRN": (
        "patient id",
        "patientid",
        "pid",
        "mrn",
        "mrn no",
        "hospital no",
        "hospital number",
        "hosp no",
        "record no",
        "chart no",
        "ur",
        "ur no",
        "ur number",
        "unit no",
        "unit number",
        "urn",
        "uhid",
        "cr no",
        "ip no",
        "account",
        "account no",
        "acct",
        "encounter",
        "encounter id",
        "visit id",
        "episode",
        "住院号",
        "病历号",
        "门诊号",
        "病案号",
        "就诊卡号",
        "患者id",
        "病人id",
        "病歷號",
        "住院號",
        "門診號",
        "登记号",
        "档案号",
        "影像号",
        "检查号",
        "id号",
        "his号",
        "his id",
        "登記號",
        "檔案號",
    ),
    "ID": (
        "ssn",
        "nhs",
        "nhs no",
        "nhs number",
        "nric",
        "nric/fin",
        "ic",
        "i/c",
        "ic no",
        "mykad",
        "fin",
        "passport",
        "passport no",
        "medicare",
        "medicare no",
        "aadhaar",
        "hkid",
        "national id",
        "id no",
        "id number",
        "insurance id",
        "member id",
        "health card",
        "ohip",
        "身份证",
        "身份证号",
        "证件号",
        "证件号码",
        "医保卡号",
        "身分證",
        "身份證",
        "身分證字號",
    ),
    "DOB": (
        "dob",
        "d o b",
        "d.o.b.",
        "d.o.b",
        "date of birth",
        "birth date",
        "birthdate",
        "born",
        "出生日期",
        "出生年月日",
        "出生",
        "生日",
    ),
    "PHONE": (
        "phone",
        "tel",
        "telephone",
        "mobile",
        "mob",
        "cell",
        "contact",
        "contact no",
        "phone no",
        "电话",
        "手机",
        "联系电话",
        "電話",
        "手機",
        "聯絡電話",
    ),
    "ADDRESS": (
        "address",
        "addr",
        "street",
        "postcode",
        "post code",
        "postal code",
        "zip",
        "zip code",
        "zipcode",
        "地址",
        "住址",
        "家庭住址",
        "邮编",
    ),
}
DELIMITER_ROW = re.compile(r"[ \t|:+]*-[ \t|:+-]*")
TABLE_HEADERS = {header: kind for kind, headers in TABLE_COLUMNS.items() for header in headers}
TABLE_SEPARATORS = ",\t|｜"
# Headers that also head columns of other tables (a drug chart's "Given", a visit list's "Patient" or
# "Episode"): a table's identifiers are read only where a header names one of the others too.
WEAK_HEADERS = frozenset(
    "given patient contact episode encounter account acct cell mob born 出生 患者 病人 家属 联系人 联系电话".split()
)
# Headers that say alone whose identifiers a column holds.
SURE_HEADERS = frozenset(
    "dob|d o b|date of birth|birth date|birthdate|出生日期|出生年月日|生日|mrn|mrn no|hospital no|hospital number|hosp no"
    "|uhid|住院号|病历号|门诊号|病案号|就诊卡号|病歷號|住院號|門診號|ssn|nhs|nhs no|nhs number|nric|passport|passport no"
    "|hkid|身份证|身份证号|身份證|身分證|身分證字號".split("|")
)
TABLE_CELL = r"[,\t|\n\x00](?P<value>[^,\t|\n\x00]{1,80}+)(?=[,\t|\n\x00]|$)"
# What a text holds where a header names a column: the header word as a whole cell, between separators
# or at a line's edge (",surname,", "\nname,"), not "patient," in a sentence.
TABLE_TRIGGERS = tuple(
    dict.fromkeys(
        f"{before}{header}{after}"
        for header in TABLE_HEADERS
        for separator in ",\t"
        for before, after in ((separator, separator), ("\n", separator), ("\x00", separator), (separator, "\n"))
    )
)
TABLE_TRIGGERS += tuple(f"|{space}{header}{space}|" for header in TABLE_HEADERS for space in ("", " "))  # | dob |
NOT_A_VALUE = frozenset("- -- n/a na none unknown nil null 无 不详".split())


def header_cell(cell: str) -> str:
    return re.sub(r"[ _.\-]+", " ", cell.strip(" \"'#:：").lower()).strip()


# A row longer than this is no table's row: the search for a line's ends stops there, so that a text
# of a million cells costs as many short searches.
LONGEST_ROW = 2000
LINE_BREAK = re.compile(r"[\n\x00]")


def line_bounds(text: str, position: int) -> tuple[int, int] | None:
    """Where the line holding `position` begins and ends; None for a line longer than `LONGEST_ROW`."""
    low = max(0, position - LONGEST_ROW)
    start = max(text.rfind("\n", low, position), text.rfind("\x00", low, position)) + 1
    if start == 0 and low > 0:
        return None
    end = LINE_BREAK.search(text, position, position + LONGEST_ROW)
    if end is None and position + LONGEST_ROW < len(text):
        return None
    return start, end.start() if end is not None else len(text)


class HeaderMemo:
    """The header found for each row of the last text asked about (rows between a header and a row
    share its answer): each line of a table is read once however many cells it has. The text and its
    answers are swapped as one tuple, so that threads scrubbing other texts never read each other's."""

    def __init__(self) -> None:
        self.memo: tuple[str | None, dict[int, tuple[str, int, tuple[str, ...] | None]]] = (None, {})

    def header(self, text: str, line_start: int, separator: str, cells: int) -> tuple[str, ...] | None:
        memo = self.memo
        if memo[0] is not text:
            memo = self.memo = (text, {})
        rows = memo[1]
        visited, row, found = [], line_start, None
        while True:
            known = rows.get(row)
            if known is not None and known[:2] == (separator, cells):
                found = known[2]
                break
            visited.append(row)
            end = row - 1
            if end < 0 or text[end] != "\n" or (bounds := line_bounds(text, end)) is None:
                break
            line = text[bounds[0] : end]
            if line.count(separator) != cells - 1:
                break
            if DELIMITER_ROW.fullmatch(line):
                row = bounds[0]  # a Markdown table's |---|:---:| line between its header and its rows
                continue
            if not any(c.isdigit() for c in line):
                found = tuple(header_cell(cell) for cell in line.split(separator))
                break
            row = bounds[0]
        for row in visited:
            rows[row] = (separator, cells, found)
        return found


HEADERS = HeaderMemo()


NUMBER_KINDS = frozenset(("PHONE", "MRN", "ID", "DOB"))
# A note in brackets without a digit at a number's cell's end.
CELL_NOTE = re.compile(r"[ \t]*+[(（][^()（）\d]{1,20}[)）]$")


def table_cell(kind: str):
    """The check of a rule that reads a cell as `kind` when its column's header says so, in a table whose
    header names at least two columns of identifiers (a header of "name,dose" may be a drug's list)."""

    def check(text: str, match: re.Match) -> tuple[int, int] | None:
        start = match.start("value")
        cell = table_position(text, start)
        if cell is None or cell[0] is None or not cell[3] or TABLE_HEADERS.get(cell[0]) != kind:
            return None
        separator, line_end = cell[1], cell[2]
        end = text.find(separator, start, line_end)
        value = text[start : end if end >= 0 else line_end]  # a cell of a | table may hold a comma
        stripped = value.strip(" \"'")
        if kind in NUMBER_KINDS:
            stripped = CELL_NOTE.sub("", stripped)  # 6258 3106 (NOK): whose number it is, no part of it
        if not stripped or stripped.lower() in NOT_A_VALUE or not table_value(kind, stripped):
            return None
        if cell[3] == 1 and not sure_value(kind, stripped):
            return None
        begin = start + value.index(stripped)
        return begin, begin + len(stripped)

    return check


def table_position(text: str, start: int) -> tuple[str | None, str, int, int] | None:
    """Where a cell beginning at `start` (right after its separator) stands in a table: its column's
    header (None where the table has no header line), the separator, where its line ends, and what the
    header says of its identifiers (`names_identifiers`). None where `start` begins no cell of a row."""
    bounds = line_bounds(text, start)
    if bounds is None:
        return None
    line_start, line_end = bounds
    line = text[line_start:line_end]
    separator = max(TABLE_SEPARATORS, key=line.count)
    cells = line.count(separator) + 1
    if cells < 3 or (start > line_start and text[start - 1] != separator):
        return None
    header = HEADERS.header(text, line_start, separator, cells)
    if header is None:
        return None, separator, line_end, 0
    column = text.count(separator, line_start, start)
    return header[column], separator, line_end, names_identifiers(header)


@lru_cache(maxsize=256)
def names_identifiers(header: tuple[str, ...]) -> int:
    """2 where a header line names two columns of identifiers or more, one of them not a weak one; 1 where
    it names one column whose header alone says whose identifiers they are (序号 出生日期 采样日期 结果: dates
    of birth; a list of phones or addresses alone may be a hospital's, a "Record No" or a "PID" a protocol's
    steps), whose cells must then have an identifier's shape (`sure_value`); 0 otherwise. Read once per
    header, not once per cell."""
    known = [name for name in header if name in TABLE_HEADERS]
    if len(known) >= 2 and any(n not in WEAK_HEADERS for n in known):
        return 2
    return 1 if any(name in SURE_HEADERS for name in known) else 0


def sure_value(kind: str, value: str) -> bool:
    """A cell of a column read alone: a whole date of birth (1999/3/7, not 2024-01 or 2019), a record
    number or an ID of six characters or more, five of them digits (not 101, V1 or R001)."""
    if kind == "DOB":
        return FULL_DATE.fullmatch(value) is not None
    return len(re.sub(r"[^A-Za-z0-9]", "", value)) >= 6 and sum(c.isdigit() for c in value) >= 5


def column_header(text: str, position: int) -> str | None:
    """The header of the column of a table whose cell holds `position` (spaces around a cell's value
    allowed), as `header_cell` writes it; None outside a table with a header line."""
    begin = position
    while begin > 0 and text[begin - 1] in " \t":
        begin -= 1
    cell = table_position(text, begin)
    return None if cell is None else cell[0]


def table_value(kind: str, value: str) -> bool:
    if kind == "NAME":
        words_ = value.replace(",", " ").split()
        return any(c.isalpha() for c in value) and not any(c.isdigit() for c in value) and len(words_) <= 5
    if kind == "ADDRESS":
        return sum(c.isalnum() for c in value) >= 3
    return any(c.isdigit() for c in value)


# HL7 v2 segments: the fields of PID (patient) and NK1 (next of kin) that hold identifiers, by number.
# A field that is a segment's name ends the segment (a message pasted without its line breaks).
HL7_FIELDS = (
    ("MRN", "PID", 2), ("MRN", "PID", 3), ("MRN", "PID", 4), ("NAME", "PID", 5), ("NAME", "PID", 6),
    ("DOB", "PID", 7), ("NAME", "PID", 9), ("ADDRESS", "PID", 11), ("PHONE", "PID", 13), ("PHONE", "PID", 14),
    ("MRN", "PID", 18), ("ID", "PID", 19), ("ID", "PID", 20), ("NAME", "NK1", 2), ("ADDRESS", "NK1", 4),
    ("PHONE", "NK1", 5), ("PHONE", "NK1", 6),
)  # fmt: skip
HL7_SEGMENT = re.compile(r"[A-Z][A-Z0-9]{2}")
HL7_COMPONENT_ONLY = ("MRN", "ID", "PHONE", "DOB")


def hl7_field(kind: str):
    """The check of a rule that reads one field of a segment as `kind` (a name has no digit, a number has)."""

    def check(text: str, match: re.Match) -> tuple[int, int] | None:
        fields = match.group(0).split("|")[1:-1]
        if any(HL7_SEGMENT.fullmatch(field) for field in fields):
            return None  # the segment ended before this field
        start = match.start("value")
        value = match.group("value")
        if kind in HL7_COMPONENT_ONLY:
            value = re.split(r"[\^~&]", value)[0]  # MRN^^^HOSP^MR: the number is the first component
        value = value.rstrip("^~ ")
        if not value or HL7_SEGMENT.fullmatch(value):
            return None
        if (kind == "NAME") == any(c.isdigit() for c in value) or (kind != "NAME" and len(value) < 4):
            return None
        return start, start + len(value)

    return check
