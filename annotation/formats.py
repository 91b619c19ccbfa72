r"""Reading import files: JSONL, JSON arrays and CSV in the shapes we accept, auto-detected.

Every record becomes an `ImportItem` (a pair, or a prompt alone) or a `RowError` that names the
line and field. Nothing here touches the database; `services.importing` decides what to store.

Before a row is read, every text in it (values and keys, at any depth) is checked and normalised
(`checked_value`): lone surrogates (from `\ud800`-style JSON escapes), NUL and the other control
characters except tab, line feed and carriage return are refused, since they are never part of a
medical text and would break storage and every page that shows it; each text is at most
`MAX_TEXT_CHARS` characters (PROTOCOL §1: one message or response, far above any real answer,
and a bound on the time de-identification may take); then `annotation.text.normalise` removes
invisible characters and folds look-alike ASCII, so ids, comparisons and stored texts are the
cleaned ones.

Accepted row shapes (keys decide, per row):
- native pairs: `prompt`, `response_a`, `response_b` (+ `id`, `model_a`, `model_b`, `meta`,
  `priority`, `gold_answer`)
- TRL preference rows: `prompt`, `chosen`, `rejected` (strings or conversational lists)
- reward rows: `question`, `response_chosen`, `response_rejected`
- prompts only: `prompt`; CMtMedQA `instruction` (+ `history`, `input`, `output`); `instruct`
  (+ `output`); `query` (+ `history`)
- rankings (K = 2-8 candidate answers, PROTOCOL §10; read only for a campaign of kind rankings):
  the RLHF-Label-Tool layout, a JSON object `{"0": {query, history, response_0 .. response_3}, ...}`
  whose keys are the ids (or such rows in an array, JSONL or CSV); the generic layout
  `{prompt, responses: [text or {text, model|source}], id?}`
"""

from __future__ import annotations

import codecs
import csv
import datetime
import hashlib
import io
import itertools
import json
import math
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO, TextIO

import charset_normalizer
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from annotation.ranking import MAX_CANDIDATES, MIN_CANDIDATES
from annotation.text import invisible_runs, legacy_normalise, normalise, unacceptable_character
from medpref.core.placement import keyed_coin

ROLES = ("system", "user", "assistant")
MAX_TEXT_CHARS = 100_000
MAX_DEPTH = 20
MAX_SOURCE_CHARS = 200  # Response.source
PRIORITY_RANGE = range(-(2**31), 2**31)  # Pair.priority is a 32-bit integer


@dataclass(frozen=True)
class RowError:
    """A problem and where it is: a line (JSON, CSV) or a sheet's row (.xlsx), and a field or column."""

    line: int | None
    field: str | None
    message: str
    sheet: str | None = None  # .xlsx: the worksheet, and `line` is its row number
    tabular: bool = False  # CSV and .xlsx: `field` is a column of the header

    def as_dict(self) -> dict:
        """The message prefixed with where it is, in the reader's language (the report is built per request)."""
        if self.sheet is not None and self.line:
            where = gettext("sheet '%(sheet)s' row %(row)s") % {"sheet": self.sheet, "row": self.line}
        else:
            where = gettext("line %(line)s") % {"line": self.line} if self.line else gettext("file")
        if self.field:
            template = (
                gettext("%(where)s, column '%(field)s'") if self.tabular else gettext("%(where)s, field '%(field)s'")
            )
            where = template % {"where": where, "field": self.field}
        message = gettext("%(where)s: %(message)s") % {"where": where, "message": self.message}
        result = {"line": self.line, "field": self.field, "message": message}
        if self.sheet is not None:
            result["sheet"] = self.sheet
        return result


def too_deep() -> str:
    return gettext("invalid JSON (nested too deeply to read; at most %(depth)s levels are accepted)") % {
        "depth": MAX_DEPTH
    }


def invalid_json(exc: json.JSONDecodeError) -> str:
    return gettext("invalid JSON (%(problem)s, column %(column)s)") % {"problem": exc.msg, "column": exc.colno}


class RowInvalid(Exception):
    """A record (or the file) that cannot be read; `message` is already in the reader's language."""

    def __init__(self, field: str | None, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


@dataclass
class ImportItem:
    """One normalised record: a prompt, and when the row has them, its responses: A and B of a pair,
    or the K candidates of a ranking item in the file's order (`fields` names them as the file does)."""

    line: int
    shape: str
    external_id: str
    messages: list[dict]
    responses: tuple[str, ...] | None = None
    sources: tuple[str, ...] = ("", "")
    reference: str = ""
    meta: dict = field(default_factory=dict)
    priority: int = 0
    gold_answer: str | None = None
    fields: tuple[str, ...] = ("response_a", "response_b")

    @property
    def is_pair(self) -> bool:
        """Has responses: a pair or a ranking item (only prompts have none)."""
        return self.responses is not None

    @property
    def is_ranking(self) -> bool:
        return self.shape in RANKING_SHAPES


@dataclass
class ParsedFile:
    """What was read: the items or the errors, and what the report says about the file itself."""

    items: list[ImportItem]
    errors: list[RowError]
    format: str
    encoding: str = ""
    sheet: str | None = None
    keys: list[str] = field(default_factory=list)  # every key (column) met, in first-seen order
    proposed_mapping: dict[str, str] = field(default_factory=dict)  # when rows match no known layout
    mapping: dict[str, str] = field(default_factory=dict)  # the mapping applied to the rows, if any
    notes: list[str] = field(default_factory=list)


# --- reading records ------------------------------------------------------------------------

# Tried in this order when a file is not UTF-8: what Chinese and Western spreadsheets save by
# default. GB18030 is a superset of GBK and GB2312, so it reads them all; detection is limited to
# these because on short texts an open-ended guess picks exotic code pages (Big5 as UTF-16-LE).
LEGACY_ENCODINGS = ("gb18030", "big5", "cp1252")
ZIP_MAGIC = b"PK\x03\x04"  # .xlsx is a ZIP archive
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # .xls (Excel 97-2003)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
MAX_XLSX_UNPACKED = 512_000_000  # bytes of XML an .xlsx may unpack to (read_xlsx says why)
MAX_KEYS = 200  # the report lists at most this many keys; a file of random keys must not make it huge


@dataclass
class Records:
    """A file opened for reading: its format, how its text was decoded, and its rows with their line."""

    format: str
    rows: Iterator[tuple[int | None, Any]]
    encoding: str = ""
    sheet: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def tabular(self) -> bool:
        return self.format in ("csv", "xlsx")


def decode_text(data: bytes) -> tuple[str, str]:
    """The file's text and the encoding it was read with: UTF-8 (with or without BOM), UTF-16 with a
    BOM, else the legacy encoding that charset-normalizer finds most likely among LEGACY_ENCODINGS."""
    if data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8"
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as exc:
        failure = exc
    if encoding == "utf-8":
        for match in charset_normalizer.from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)):
            try:  # detection reads samples of the file: the whole of it must decode too
                return data.decode(match.encoding), match.encoding
            except UnicodeDecodeError:
                continue
    raise RowInvalid(
        None,
        gettext(
            "the file is not UTF-8 text (byte %(byte)s) and its encoding could not be recognised "
            '(GB18030/GBK, Big5 and Windows-1252 were tried): save it as UTF-8, e.g. "CSV UTF-8" in Excel'
        )
        % {"byte": failure.start},
    )


def decode(data: bytes) -> str:
    """The file's text, whatever its encoding (`decode_text`)."""
    return decode_text(data)[0]


def parses_as_json(text: str) -> bool:
    try:
        json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        return False
    return True


def detect_format(text: str, filename: str) -> str:
    """By content first: a JSON array is read as one whatever the file's name (a `.jsonl` holding an
    array gives its records, not one error per line); the name decides only what content cannot."""
    name = filename.lower()
    stripped = text.lstrip()
    if stripped.startswith("["):
        return "json"
    if stripped.startswith("{"):
        first_line = stripped.split("\n", 1)[0]
        if parses_as_json(first_line):
            return "jsonl"
        # One object over several lines is a JSON document; a .jsonl with a broken first line is
        # still read line by line, so that every other line's problems are reported too.
        if name.endswith(JSONL_SUFFIXES) and not parses_as_json(stripped):
            return "jsonl"
        return "json"
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(".json"):
        return "json"
    return "csv"


def open_records(data: bytes, filename: str = "") -> Records:
    """The rows of any accepted file; RowInvalid when the file as a whole cannot be read."""
    if data.startswith(ZIP_MAGIC):
        return read_xlsx(data)
    if data.startswith(OLE_MAGIC):
        raise RowInvalid(
            None,
            gettext("this is an Excel 97-2003 workbook (.xls), which cannot be read: save it as .xlsx or as CSV UTF-8"),
        )
    text, encoding = decode_text(data)
    file_format = detect_format(text, filename)
    notes = []
    if encoding not in ("utf-8", "utf-8-sig"):
        notes.append(gettext("The file is not UTF-8: it was read as %(encoding)s.") % {"encoding": encoding})
    return Records(file_format, READERS[file_format](text), encoding, notes=notes)


STREAM_PEEK = 65_536  # bytes read first to tell a streamed file's format and encoding


def stream_records(file: BinaryIO, filename: str = "") -> Records:
    """The rows of a file read as a stream (a background import of any size): JSONL and CSV in
    UTF-8 (the whole file is checked first, `utf8_throughout`) are read a line at a time; a JSON
    array, an .xlsx workbook or a file in another encoding is read whole (`open_records`), as the
    synchronous import reads every file."""
    head = file.read(STREAM_PEEK)
    file.seek(0)
    if head.startswith((ZIP_MAGIC, OLE_MAGIC, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or not utf8_throughout(file):
        return open_records(file.read(), filename)
    try:
        sample = head.decode("utf-8-sig")
    except UnicodeDecodeError as exc:  # a character cut at the end of the sample
        sample = head[: exc.start].decode("utf-8-sig")
    file_format = detect_format(sample, filename)
    if file_format == "json":
        return open_records(file.read(), filename)
    encoding = "utf-8-sig" if head.startswith(codecs.BOM_UTF8) else "utf-8"
    if file_format == "jsonl":
        return Records("jsonl", read_jsonl_stream(file, encoding), encoding)
    text = io.TextIOWrapper(file, encoding=encoding, newline="")
    return Records("csv", read_csv(text), encoding)


STREAM_BLOCK = 1 << 20


def utf8_throughout(file: BinaryIO) -> bool:
    """Whether the whole file is UTF-8 (read once, a block at a time; the file is rewound). A file
    that is not is read whole with its encoding detected (`open_records`), as a request reads it:
    a Windows-1252 or GB18030 file whose first megabytes happen to be ASCII is not refused, and a
    streamed file never fails to decode on a later line."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        while block := file.read(STREAM_BLOCK):
            decoder.decode(block)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    finally:
        file.seek(0)
    return True


def read_jsonl_stream(file: BinaryIO, encoding: str) -> Iterator[tuple[int, Any]]:
    """`read_jsonl` a line at a time; a line that is not UTF-8 is an error of its own."""
    for number, raw in enumerate(file, start=1):
        try:
            line = raw.decode(encoding if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield (
                number,
                RowInvalid(None, gettext("is not UTF-8 text (byte %(byte)s of the line)") % {"byte": exc.start}),
            )
            continue
        yield from read_jsonl(line.rstrip("\n"), start=number)


def read_jsonl(text: str, start: int = 1) -> Iterator[tuple[int, Any]]:
    # Only "\n" ends a record: str.splitlines would also split at U+2028 and other separators,
    # which JSON allows inside strings.
    for number, line in enumerate(text.split("\n"), start=start):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, RowInvalid(None, invalid_json(exc))
        except RecursionError:
            yield number, RowInvalid(None, too_deep())


def read_json(text: str) -> Iterator[tuple[int | None, Any]]:
    """Items of a JSON array, each with the line it starts on."""
    decoder = json.JSONDecoder()
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield exc.lineno, RowInvalid(None, invalid_json(exc))
        return
    except RecursionError:
        yield None, RowInvalid(None, too_deep())
        return
    if is_ranking_object(data):
        yield from ranking_object_rows(text, data)
        return
    if not isinstance(data, list):
        yield 1, RowInvalid(None, not_an_array(data))
        return
    position = text.index("[") + 1
    line = text.count("\n", 0, position) + 1
    for _item in data:
        while text[position] in " \t\r\n,":
            if text[position] == "\n":
                line += 1
            position += 1
        item, end = decoder.raw_decode(text, position)
        yield line, item
        line += text.count("\n", position, end)
        position = end


def is_ranking_row(row: dict) -> bool:
    """K candidate answers to rank (response_0, response_1, ... or a `responses` list), not a pair.
    Any numbered answer makes it one: a row whose response_1 cell is empty is a ranking row with a
    gap (an error naming it), not a prompt whose answers would be silently left out."""
    return isinstance(row.get("responses"), list) or any(is_numbered_response(key) for key in row)


def is_numbered_response(key: str) -> bool:
    return key.startswith("response_") and key[9:].isdigit() and len(key) <= 12


def is_ranking_object(data: Any) -> bool:
    """The RLHF-Label-Tool layout: one JSON object whose values are ranking rows, keyed by id."""
    return (
        isinstance(data, dict) and bool(data) and all(isinstance(v, dict) and is_ranking_row(v) for v in data.values())
    )


def ranking_object_rows(text: str, data: dict) -> Iterator[tuple[int, Any]]:
    """Each item of an RLHF-Label-Tool object with the line its key is on, its key as `id` (unless
    the item has one). The keys are found by decoding the object's members in order."""
    decoder = json.JSONDecoder()
    position = text.index("{") + 1
    line = text.count("\n", 0, position) + 1
    for key, row in data.items():
        while text[position] in " \t\r\n,":
            if text[position] == "\n":
                line += 1
            position += 1
        _, end = decoder.raw_decode(text, position)  # the key
        start_line = line
        line += text.count("\n", position, end)
        position = end
        while text[position] in " \t\r\n:":
            if text[position] == "\n":
                line += 1
            position += 1
        _, end = decoder.raw_decode(text, position)  # the item
        line += text.count("\n", position, end)
        position = end
        yield start_line, ({"id": key, **row} if "id" not in row else row)


def not_an_array(data: Any) -> str:
    """Why a JSON document that is not an array is refused."""
    if isinstance(data, dict):
        return gettext(
            "expected a JSON array of records (or one JSON object per line); this file is one object with the keys %(keys)s"
        ) % {"keys": listed(list(data))}
    return gettext("expected a JSON array of records (or one JSON object per line), got %(type)s") % {
        "type": type(data).__name__
    }


def ranking_file_message(count: int, lines: list[int]) -> str:
    """Why a ranking file is refused by a campaign of pairs (or prompts)."""
    return gettext(
        "%(count)s row(s) (lines %(lines)s) hold several candidate answers to rank (the RLHF-Label-Tool layout "
        "response_0, response_1, ..., or a responses list): this is a ranking file, which a campaign of pairs "
        "cannot hold; create a campaign of kind rankings and import it there"
    ) % {"count": count, "lines": lines_text(lines)}


def listed(names: list[str], limit: int = 12) -> str:
    """`a, b, c` for a message, cut after `limit` names."""
    shown_names = ", ".join(str(name) for name in names[:limit])
    return shown_names + (", …" if len(names) > limit else "")


def read_csv(text: str | TextIO) -> Iterator[tuple[int, Any]]:
    """Rows of a CSV file, comma-, semicolon- or tab-separated (the header line decides); `text` is
    the file's text or a text stream (read a line at a time)."""
    stream = io.StringIO(text) if isinstance(text, str) else text
    try:
        header = stream.readline()
    except UnicodeDecodeError as exc:
        yield 1, RowInvalid(None, gettext("is not UTF-8 text (%(problem)s)") % {"problem": exc.reason})
        return
    delimiter = ","
    if "," not in header:
        delimiter = "\t" if "\t" in header else ";" if ";" in header else ","
    reader = csv.DictReader(itertools.chain([header], stream), delimiter=delimiter)
    try:
        columns = [name.strip() for name in reader.fieldnames or []]
    except csv.Error as exc:
        yield 1, RowInvalid(None, gettext("unreadable CSV (%(problem)s)") % {"problem": exc})
        return
    if twice := repeated(columns):
        yield 1, RowInvalid(twice, gettext("the header names this column twice"))
        return
    line = 2  # line 1 holds the header
    try:
        for row in reader:
            if None in row:
                yield line, RowInvalid(None, gettext("more values than header columns"))
            elif row.get("", "") not in (None, ""):
                yield line, RowInvalid(None, gettext("a column without a name in the header holds a value"))
            else:
                yield (
                    line,
                    {key.strip(): csv_value(value) for key, value in row.items() if key and value not in (None, "")},
                )
            line = reader.line_num + 1
    except UnicodeDecodeError as exc:  # a streamed file (`stream_records`); the rest cannot be read
        yield line, RowInvalid(None, gettext("is not UTF-8 text (%(problem)s)") % {"problem": exc.reason})
    except csv.Error as exc:
        # The reader cannot go on after this: the rest of the file is not read.
        too_long = "field larger than field limit" in str(exc)
        yield (
            line,
            RowInvalid(
                None,
                gettext("a cell holds more than %(limit)s characters, the most a text may have")
                % {"limit": f"{MAX_TEXT_CHARS:,}"}
                if too_long
                else gettext("unreadable CSV (%(problem)s)") % {"problem": exc},
            ),
        )


def repeated(columns: list[str]) -> str | None:
    """The first non-empty column name that appears twice (a reader would silently keep one of them)."""
    seen: set[str] = set()
    for name in columns:
        if name and name in seen:
            return name
        seen.add(name)
    return None


def csv_value(value: str) -> Any:
    """CSV cells may hold JSON (message lists, meta objects); plain text stays text."""
    stripped = value.strip()
    if stripped[:1] in "[{":
        try:
            return json.loads(stripped)
        except (json.JSONDecodeError, RecursionError):
            return value
    return value


def read_xlsx(data: bytes) -> Records:
    """The first worksheet that has a header row, read in openpyxl's read-only (streaming) mode.

    Cells are read as CSV cells are: as text (numbers without a trailing `.0`, dates in ISO form),
    JSON where a cell holds a list or an object; formulas give their last computed value.
    """
    import openpyxl  # here, not at the top: it takes 0.2 s to import (numpy) and only .xlsx files need it

    try:
        unpacked = sum(entry.file_size for entry in zipfile.ZipFile(io.BytesIO(data)).infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise RowInvalid(
            None,
            gettext("the file is a ZIP archive but not a readable .xlsx workbook (%(problem)s)")
            % {"problem": str(exc)[:200] or type(exc).__name__},
        ) from exc
    if unpacked > MAX_XLSX_UNPACKED:
        # openpyxl keeps a workbook's shared strings in memory: a small file that unpacks to gigabytes
        # would exhaust it. zipfile stops at an entry's declared size, so the sum is a real bound.
        raise RowInvalid(
            None,
            gettext("the workbook unpacks to %(size)s MB, more than the %(limit)s MB accepted: save it as CSV")
            % {"size": f"{unpacked // 1_000_000:,}", "limit": MAX_XLSX_UNPACKED // 1_000_000},
        )
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - zipfile, openpyxl and the XML parser raise many types for a bad file
        raise RowInvalid(
            None,
            gettext("the file is a ZIP archive but not a readable .xlsx workbook (%(problem)s)")
            % {"problem": str(exc)[:200] or type(exc).__name__},
        ) from exc
    for worksheet in workbook.worksheets:
        worksheet.reset_dimensions()  # the stored size may be wrong; read every row there is
        rows = enumerate(worksheet.iter_rows(values_only=True), start=1)
        for number, values in rows:
            if any(value not in (None, "") for value in values):
                header = [cell_text(value).strip() if value is not None else "" for value in values]
                others = [sheet.title for sheet in workbook.worksheets if sheet is not worksheet]
                notes = (
                    [
                        gettext("Sheet '%(sheet)s' was read; not the other sheets (%(others)s).")
                        % {"sheet": worksheet.title, "others": listed(others)}
                    ]
                    if others
                    else []
                )
                return Records("xlsx", xlsx_rows(workbook, number, header, rows), sheet=worksheet.title, notes=notes)
    workbook.close()
    raise RowInvalid(None, gettext("the workbook has no sheet with a header row"))


def xlsx_rows(workbook: Any, header_row: int, header: list[str], rows: Iterator) -> Iterator[tuple[int, Any]]:
    try:
        if twice := repeated(header):
            yield header_row, RowInvalid(twice, gettext("the header names this column twice"))
            return
        for number, values in rows:
            if all(value in (None, "") for value in values):
                continue
            row: dict[str, Any] = {}
            problem = None
            for index, value in enumerate(values):
                if value in (None, ""):
                    continue
                if index >= len(header) or not header[index]:
                    problem = RowInvalid(
                        None,
                        gettext("column %(column)s holds a value but has no name in the header")
                        % {"column": column_letter(index + 1)},
                    )
                    break
                text = cell_text(value)
                row[header[index]] = csv_value(text) if isinstance(value, str) else text
            yield number, problem or row
    finally:
        workbook.close()


def column_letter(number: int) -> str:
    """A, B, ..., Z, AA, ...: how a spreadsheet names its columns."""
    letters = ""
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def cell_text(value: Any) -> str:
    """A cell's value as the text a CSV export of it would hold."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return str(value)


READERS = {"jsonl": read_jsonl, "json": read_json, "csv": read_csv}


# --- checking every text ----------------------------------------------------------------------


def checked_value(value: Any, where: str | None = None, depth: int = 0, form: Callable[[str], str] = normalise) -> Any:
    """`value` with every text checked and normalised (`form`); RowInvalid names the first bad field."""
    if depth > MAX_DEPTH:
        raise RowInvalid(where, gettext("is nested more than %(depth)s levels deep") % {"depth": MAX_DEPTH})
    if isinstance(value, str):
        return checked_text(value, where, form=form)
    if isinstance(value, float) and not math.isfinite(value):
        raise RowInvalid(where, gettext("must be a finite number, got %(value)s") % {"value": value})
    if isinstance(value, list):
        return [checked_value(item, f"{where or ''}[{index}]", depth + 1, form) for index, item in enumerate(value)]
    if isinstance(value, dict):
        result = {}
        for key, item in value.items():
            key = checked_text(key, where, what="key", form=form)
            result[key] = checked_value(item, f"{where}.{key}" if where else key, depth + 1, form)
        return result
    return value


def holds_invisible(value: Any) -> bool:
    """Whether any text of a row (keys included) holds an invisible character."""
    if isinstance(value, str):
        return invisible_runs().search(value) is not None
    if isinstance(value, list):
        return any(holds_invisible(item) for item in value)
    if isinstance(value, dict):
        return any(holds_invisible(key) or holds_invisible(item) for key, item in value.items())
    return False


def checked_text(text: str, where: str | None, what: str = "", form: Callable[[str], str] = normalise) -> str:
    """`text` normalised (`form`); RowInvalid when it holds a character we refuse or is too long (`what`: "key" for keys)."""
    problem = unacceptable_character(text)
    if problem:
        message = (
            gettext("a key contains %(problem)s; only text, tabs and line breaks are accepted")
            if what == "key"
            else gettext("contains %(problem)s; only text, tabs and line breaks are accepted")
        )
        raise RowInvalid(where, message % {"problem": problem})
    if len(text) > MAX_TEXT_CHARS:
        message = (
            gettext("a key is %(length)s characters long; a text may have at most %(limit)s")
            if what == "key"
            else gettext("is %(length)s characters long; a text may have at most %(limit)s")
        )
        raise RowInvalid(where, message % {"length": f"{len(text):,}", "limit": f"{MAX_TEXT_CHARS:,}"})
    return form(text)


def shown(value: Any) -> str:
    """A short repr of a bad value for an error message."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


# --- normalising rows -------------------------------------------------------------------------


def text_field(row: dict, key: str, *, required: bool = True) -> str:
    value = row.get(key)
    if value is None or value == "":
        if required:
            raise RowInvalid(key, gettext("is missing or empty"))
        return ""
    if not isinstance(value, str):
        raise RowInvalid(key, gettext("must be text, got %(type)s") % {"type": type(value).__name__})
    if required and not value.strip():
        raise RowInvalid(key, gettext("is blank"))
    return value


def messages_field(row: dict, key: str) -> list[dict]:
    """A prompt: a string (one user turn) or a list of {role, content} ending with a user turn."""
    value = row.get(key)
    if value is None:
        raise RowInvalid(key, gettext("is missing or empty"))
    if isinstance(value, str):
        if not value.strip():
            raise RowInvalid(key, gettext("is blank"))
        return [{"role": "user", "content": value}]
    if not isinstance(value, list) or not value:
        raise RowInvalid(key, gettext("must be text or a non-empty list of messages"))
    messages = [message_at(value, index, key) for index in range(len(value))]
    if messages[-1]["role"] != "user":
        raise RowInvalid(f"{key}[{len(value) - 1}].role", gettext("the conversation must end with a user message"))
    return messages


def message_at(messages: list, index: int, key: str) -> dict:
    message = messages[index]
    where = f"{key}[{index}]"
    if not isinstance(message, dict):
        raise RowInvalid(where, gettext("must be an object with 'role' and 'content'"))
    role, content = message.get("role"), message.get("content")
    if role not in ROLES:
        raise RowInvalid(
            f"{where}.role",
            gettext("must be one of %(roles)s, got %(value)s") % {"roles": ", ".join(ROLES), "value": shown(role)},
        )
    if not isinstance(content, str) or not content.strip():
        raise RowInvalid(f"{where}.content", gettext("must be non-empty text"))
    return {"role": role, "content": content}


def completion_field(row: dict, key: str) -> str:
    """A response: text, or a conversational list whose last message is the assistant's reply."""
    value = row.get(key)
    if isinstance(value, list):
        if not value:
            raise RowInvalid(key, gettext("is an empty list"))
        last = message_at(value, len(value) - 1, key)
        if last["role"] != "assistant":
            raise RowInvalid(f"{key}[{len(value) - 1}].role", gettext("the last message must be the assistant's reply"))
        return last["content"]
    return text_field(row, key)


def history_messages(row: dict, key: str = "history") -> list[dict]:
    """CMtMedQA-style history: [[patient, doctor], ...] turns before the current one."""
    history = row.get(key) or []
    if not isinstance(history, list):
        raise RowInvalid(key, gettext("must be a list of [question, answer] turns"))
    messages: list[dict] = []
    for index, turn in enumerate(history):
        if not (
            isinstance(turn, (list, tuple)) and len(turn) == 2 and all(isinstance(t, str) and t.strip() for t in turn)
        ):
            raise RowInvalid(f"{key}[{index}]", gettext("must be a [question, answer] pair of non-empty texts"))
        messages += [{"role": "user", "content": turn[0]}, {"role": "assistant", "content": turn[1]}]
    return messages


CONTENT_ID_PREFIX = "sha256:"


def content_id(*parts: Any) -> str:
    digest = hashlib.sha256(json.dumps(parts, ensure_ascii=False, sort_keys=True).encode()).hexdigest()
    return f"{CONTENT_ID_PREFIX}{digest[:20]}"


def row_id(row: dict, *content: Any) -> str:
    value = row.get("id")
    if value is None or value == "":
        return content_id(*content)
    if not isinstance(value, (str, int)):
        raise RowInvalid("id", gettext("must be text or a number"))
    return str(value)[:200]


def chosen_first(external_id: str) -> bool:
    """Whether the originally chosen response becomes A: a keyed coin, the same on each import of the
    row, which no one can recompute from what judges see (the id, or the texts it may be made of)."""
    return keyed_coin("import.chosen_first", external_id)


def labelled_pair(line: int, shape: str, row: dict, messages: list[dict], chosen: str, rejected: str) -> ImportItem:
    """chosen/rejected rows: A/B in random order; the original label stays in meta, hidden from annotators."""
    external_id = row_id(row, messages, chosen, rejected)
    names = ("chosen", "rejected") if shape == "trl" else ("response_chosen", "response_rejected")
    if chosen_first(external_id):
        responses, label, fields = (chosen, rejected), "a", names
    else:
        responses, label, fields = (rejected, chosen), "b", names[::-1]
    meta = {"source_label": label, "source_format": shape}
    # Both responses get the same source so that nothing about them hints at the original label.
    return ImportItem(line, shape, external_id, messages, responses, ("import", "import"), meta=meta, fields=fields)


def parse_native(line: int, row: dict) -> ImportItem:
    messages = messages_field(row, "prompt")
    a, b = completion_field(row, "response_a"), completion_field(row, "response_b")
    meta = row.get("meta") or {}
    if not isinstance(meta, dict):
        raise RowInvalid("meta", gettext("must be an object"))
    priority = row.get("priority", 0)
    if isinstance(priority, str) and priority.lstrip("-").isdigit():
        priority = int(priority)
    if isinstance(priority, bool) or not isinstance(priority, int) or priority not in PRIORITY_RANGE:
        raise RowInvalid(
            "priority",
            gettext("must be an integer from %(low)s to %(high)s")
            % {"low": PRIORITY_RANGE.start, "high": PRIORITY_RANGE.stop - 1},
        )
    gold = row.get("gold_answer")
    if gold not in (None, "", "a", "b", "tie"):
        raise RowInvalid("gold_answer", gettext("must be 'a', 'b' or 'tie'"))
    sources = (source_field(row, "model_a"), source_field(row, "model_b"))
    return ImportItem(
        line,
        "native",
        row_id(row, messages, a, b),
        messages,
        (a, b),
        sources,
        text_field(row, "reference", required=False),
        dict(meta),
        priority,
        gold or None,
    )


def source_field(row: dict, key: str) -> str:
    value = text_field(row, key, required=False)
    if len(value) > MAX_SOURCE_CHARS:
        raise RowInvalid(
            key,
            gettext("is %(length)s characters long; a model name may have at most %(limit)s")
            % {"length": f"{len(value):,}", "limit": MAX_SOURCE_CHARS},
        )
    return value


def parse_trl(line: int, row: dict) -> ImportItem:
    messages = messages_field(row, "prompt")
    return labelled_pair(line, "trl", row, messages, completion_field(row, "chosen"), completion_field(row, "rejected"))


def parse_reward(line: int, row: dict) -> ImportItem:
    messages = messages_field(row, "question")
    return labelled_pair(
        line, "reward", row, messages, text_field(row, "response_chosen"), text_field(row, "response_rejected")
    )


def parse_prompt(line: int, row: dict) -> ImportItem:
    messages = messages_field(row, "prompt")
    meta = row.get("meta") or {}
    reference = text_field(row, "reference", required=False)
    return ImportItem(
        line,
        "prompts",
        row_id(row, messages),
        messages,
        reference=reference,
        meta=meta if isinstance(meta, dict) else {},
    )


def parse_cmtmedqa(line: int, row: dict) -> ImportItem:
    key = "instruction" if "instruction" in row else "instruct"
    question = text_field(row, key)
    extra = text_field(row, "input", required=False)
    messages = history_messages(row) + [
        {"role": "user", "content": f"{question}\n{extra}" if extra.strip() else question}
    ]
    meta = {
        field_name: row[field_name]
        for field_name in ("cate1", "cate2", "label", "Department")
        if isinstance(row.get(field_name), str)
    }
    meta["source_format"] = "cmtmedqa" if key == "instruction" else "cmtmedqa-safety"
    reference = text_field(row, "output", required=False)
    return ImportItem(line, "cmtmedqa", row_id(row, messages), messages, reference=reference, meta=meta)


def parse_query(line: int, row: dict) -> ImportItem:
    messages = history_messages(row) + [{"role": "user", "content": text_field(row, "query")}]
    meta = {field_name: row[field_name] for field_name in ("label",) if isinstance(row.get(field_name), str)}
    return ImportItem(line, "query", row_id(row, messages), messages, meta=meta)


def parse_huatuogpt_case(line: int, row: dict) -> ImportItem:
    """HuatuoGPT's Med-dialog evaluation cases: the case as the patient's message, the doctor's
    diagnosis as the reference answer."""
    messages = [{"role": "user", "content": text_field(row, "medical_case")}]
    meta = {name: row[name] for name in ("Department",) if isinstance(row.get(name), str)}
    meta["source_format"] = "huatuogpt-med-dialog"
    reference = text_field(row, "doctor_diagnosis", required=False)
    return ImportItem(line, "huatuogpt", row_id(row, messages), messages, reference=reference, meta=meta)


RANKING_SHAPES = ("rlhf-label-tool", "ranking")


def parse_ranking(line: int, row: dict) -> ImportItem:
    """K candidate answers to one prompt, in the file's order: `response_0 .. response_{K-1}` (the
    RLHF-Label-Tool layout, with `query`+`history` or `prompt`) or a `responses` list of texts or
    `{text, model|source}` objects. K must be 2 to 8."""
    if "responses" in row:
        shape = "ranking"
        texts, sources, fields = listed_candidates(row)
    else:
        shape = "rlhf-label-tool"
        texts, sources, fields = numbered_candidates(row)
    if "prompt" in row:
        messages = (
            history_messages(row) + messages_field(row, "prompt") if "history" in row else messages_field(row, "prompt")
        )
    else:
        messages = history_messages(row) + [{"role": "user", "content": text_field(row, "query")}]
    meta = row.get("meta") or {}
    if not isinstance(meta, dict):
        raise RowInvalid("meta", gettext("must be an object"))
    meta = {**meta, "source_format": shape}
    return ImportItem(
        line,
        shape,
        row_id(row, messages, *texts),
        messages,
        tuple(texts),
        tuple(sources),
        text_field(row, "reference", required=False),
        meta,
        fields=tuple(fields),
    )


def candidate_count_problem(count: int) -> str:
    return gettext("holds %(count)s candidate answer(s); a ranking item has %(min)s to %(max)s") % {
        "count": count,
        "min": MIN_CANDIDATES,
        "max": MAX_CANDIDATES,
    }


def numbered_candidates(row: dict) -> tuple[list[str], list[str], list[str]]:
    """`response_0`, `response_1`, ... without gaps (`model_0`, ... name who wrote each, if given)."""
    numbers = sorted(int(key[9:]) for key in row if is_numbered_response(key))
    count = len(numbers)
    for expected, number in enumerate(numbers):
        if number != expected:
            raise RowInvalid(
                f"response_{expected}",
                gettext("is missing: candidates are numbered response_0, response_1, ... without gaps"),
            )
    if not MIN_CANDIDATES <= count <= MAX_CANDIDATES:
        where = f"response_{MAX_CANDIDATES}" if count > MAX_CANDIDATES else "response_1"
        raise RowInvalid(where, candidate_count_problem(count))
    fields = [f"response_{number}" for number in range(count)]
    texts = [completion_field(row, name) for name in fields]
    sources = [source_field(row, f"model_{number}") for number in range(count)]
    return texts, sources, fields


def listed_candidates(row: dict) -> tuple[list[str], list[str], list[str]]:
    """A `responses` list: each a text, or an object with `text` and optionally `model` or `source`."""
    value = row.get("responses")
    if not isinstance(value, list):
        raise RowInvalid("responses", gettext("must be a list of answers (texts or {text, model} objects)"))
    if not MIN_CANDIDATES <= len(value) <= MAX_CANDIDATES:
        raise RowInvalid("responses", candidate_count_problem(len(value)))
    texts, sources, fields = [], [], []
    for index, candidate in enumerate(value):
        where = f"responses[{index}]"
        if isinstance(candidate, dict):
            try:
                texts.append(text_field(candidate, "text"))
                sources.append(source_field(candidate, "model" if "model" in candidate else "source"))
            except RowInvalid as exc:
                raise RowInvalid(f"{where}.{exc.field}", exc.message) from exc
            fields.append(f"{where}.text")
        elif isinstance(candidate, str):
            try:
                texts.append(text_field({"text": candidate}, "text"))
            except RowInvalid as exc:
                raise RowInvalid(where, exc.message) from exc
            sources.append("")
            fields.append(where)
        else:
            raise RowInvalid(
                where,
                gettext("must be a text or an object with 'text', got %(type)s") % {"type": type(candidate).__name__},
            )
    return texts, sources, fields


def shape_of(row: dict) -> str | None:
    """The known layout of a row, decided by its keys; None when it matches none."""
    keys = set(row)
    if {"response_a", "response_b"} & keys:
        return "native"
    if {"chosen", "rejected"} & keys:
        return "trl"
    if {"response_chosen", "response_rejected"} & keys:
        return "reward"
    if is_ranking_row(row):
        return "ranking"
    if "prompt" in keys:
        return "prompts"
    if "instruction" in keys or "instruct" in keys:
        return "cmtmedqa"
    if "query" in keys:
        return "query"
    if "medical_case" in keys:
        return "huatuogpt"
    return None


PARSERS = {
    "native": parse_native,
    "trl": parse_trl,
    "reward": parse_reward,
    "prompts": parse_prompt,
    "cmtmedqa": parse_cmtmedqa,
    "query": parse_query,
    "huatuogpt": parse_huatuogpt_case,
    "ranking": parse_ranking,
}


# --- column mapping ---------------------------------------------------------------------------

#: What a key of a file can be mapped to: medpref field -> what it holds (shown on the console).
MAPPING_FIELDS = {
    "id": _("the row's id (re-importing skips ids already there)"),
    "prompt": _("the patient's message: text, or a list of {role, content}"),
    "history": _("earlier turns: [[question, answer], ...]"),
    "response_a": _("answer A of a pair"),
    "response_b": _("answer B of a pair"),
    "chosen": _("the preferred answer of a labelled pair (A/B order is drawn)"),
    "rejected": _("the other answer of a labelled pair"),
    "reference": _("a reference answer kept with the prompt"),
    "model_a": _("who wrote answer A"),
    "model_b": _("who wrote answer B"),
    "priority": _("an integer; higher is served first"),
    "gold_answer": _("a, b or tie for a gold pair"),
}
PAIR_ONLY = ("model_a", "model_b", "priority", "gold_answer")
# Keys a file may use for each field, compared without case, spaces or punctuation; a key that
# contains one of them is proposed when none matches exactly.
SYNONYMS = {
    "id": ("id", "uid", "qid", "idx", "index", "sampleid", "questionid", "编号", "序号"),
    "prompt": (
        "prompt",
        "question",
        "query",
        "instruction",
        "instruct",
        "input",
        "medicalcase",
        "case",
        "patient",
        "dialogue",
        "问题",
        "提问",
        "咨询",
        "病例",
        "病情描述",
        "主诉",
    ),
    "history": ("history", "历史", "对话历史"),
    "response_a": ("responsea", "answera", "outputa", "response1", "answer1", "回答a", "回答1"),
    "response_b": ("responseb", "answerb", "outputb", "response2", "answer2", "回答b", "回答2"),
    "chosen": ("chosen", "responsechosen", "preferred", "better", "good", "positive"),
    "rejected": ("rejected", "responserejected", "dispreferred", "worse", "bad", "negative"),
    "reference": (
        "reference",
        "answer",
        "output",
        "response",
        "target",
        "doctordiagnosis",
        "diagnosis",
        "doctor",
        "reply",
        "参考答案",
        "答案",
        "回答",
        "医生回复",
        "诊断",
    ),
    "model_a": ("modela",),
    "model_b": ("modelb",),
}


def folded(key: str) -> str:
    return "".join(char for char in key.casefold() if char.isalnum())


def propose_mapping(keys: list[str], sample: dict) -> dict[str, str]:
    """A mapping (medpref field -> key) to offer an admin for keys of no known layout: each key by
    its name, exactly or as a part; else the longest text of the first row as the prompt."""
    mapping: dict[str, str] = {}
    free = list(keys)
    for exact in (True, False):
        for target, names in SYNONYMS.items():
            if target in mapping:
                continue
            for key in free:
                key_name = folded(key)
                if key_name in names if exact else any(len(name) >= 4 and name in key_name for name in names):
                    mapping[target] = key
                    free.remove(key)
                    break
    for first, second in (("response_a", "response_b"), ("chosen", "rejected")):
        if (first in mapping) != (second in mapping) or (first == "chosen" and "response_a" in mapping):
            mapping.pop(first, None)
            mapping.pop(second, None)
    if "prompt" not in mapping:
        texts = [key for key in keys if key not in mapping.values() and isinstance(sample.get(key), str)]
        if texts:
            mapping["prompt"] = max(texts, key=lambda key: len(sample[key]))
    return {target: mapping[target] for target in MAPPING_FIELDS if target in mapping}


def mapping_problems(mapping: Any) -> list[str]:
    """Why a mapping cannot be used, in the reader's language; [] when it can."""
    if not isinstance(mapping, dict):
        return [gettext("must be an object of medpref field -> key in the file")]
    problems = []
    for target, key in mapping.items():
        if target not in MAPPING_FIELDS:
            problems.append(
                gettext("'%(field)s' is not a medpref field (fields: %(fields)s)")
                % {"field": str(target)[:40], "fields": ", ".join(MAPPING_FIELDS)}
            )
        elif not isinstance(key, str) or not key.strip() or len(key) > MAX_SOURCE_CHARS:
            problems.append(gettext("'%(field)s' must name a key of the file") % {"field": target})
    if problems:
        return problems
    if "prompt" not in mapping:
        problems.append(gettext("'prompt' must be mapped: every row needs the patient's message"))
    for first, second in (("response_a", "response_b"), ("chosen", "rejected")):
        if (first in mapping) != (second in mapping):
            problems.append(gettext("'%(a)s' and '%(b)s' go together") % {"a": first, "b": second})
    if "response_a" in mapping and "chosen" in mapping:
        problems.append(gettext("a row is either answers A/B or chosen/rejected, not both"))
    if "response_a" not in mapping and (pair_fields := [name for name in PAIR_ONLY if name in mapping]):
        problems.append(gettext("%(fields)s need response_a and response_b") % {"fields": ", ".join(pair_fields)})
    keys = list(mapping.values())
    if twice := repeated(keys):
        problems.append(gettext("the key '%(key)s' is mapped to two fields") % {"key": twice})
    return problems


def mapped_row(row: dict, mapping: dict[str, str]) -> dict:
    """The row under medpref's names; the keys not mapped that hold a short value are kept in meta."""
    result = {target: row[key] for target, key in mapping.items() if key in row}
    used = set(mapping.values())
    meta = {
        key: value
        for key, value in row.items()
        if key not in used and isinstance(value, (str, int, float, bool)) and len(str(value)) <= MAX_SOURCE_CHARS
    }
    if meta:
        result["meta"] = meta
    return result


def parse_mapped(line: int, row: dict, mapping: dict[str, str]) -> ImportItem:
    """A row read through a mapping; errors name the file's key, not medpref's field."""
    try:
        fields = mapped_row(row, mapping)
        if "history" in fields:
            fields["prompt"] = history_messages(fields) + messages_field(fields, "prompt")
        if "response_a" in fields or "response_b" in fields or "response_a" in mapping:
            item = parse_native(line, fields)
        elif "chosen" in mapping:
            item = parse_trl(line, fields)
            item.meta = {**fields.get("meta", {}), **item.meta}
        else:
            item = parse_prompt(line, fields)
    except RowInvalid as exc:
        raise RowInvalid(key_in_file(exc.field, mapping), exc.message) from exc
    item.meta.setdefault("source_format", "mapped")
    return item


def key_in_file(where: str | None, mapping: dict[str, str]) -> str | None:
    """`prompt[0].role` -> `question[0].role` when prompt was mapped from the key question."""
    if not where:
        return where
    cut = min((where.find(mark) for mark in "[." if mark in where), default=len(where))
    head = where[:cut]
    return mapping[head] + where[cut:] if head in mapping else where


# --- a whole file -----------------------------------------------------------------------------


def checked_row(row: Any, form: Callable[[str], str] = normalise) -> dict:
    if isinstance(row, RowInvalid):
        raise row
    if not isinstance(row, dict):
        raise RowInvalid(None, gettext("expected an object, got %(type)s") % {"type": type(row).__name__})
    return checked_value(row, form=form)


def unknown_row_message() -> str:
    return gettext(
        "unrecognised row: expected keys prompt/response_a/response_b, prompt/chosen/rejected, "
        "question/response_chosen/response_rejected, or a prompt-only layout (prompt, instruction/history, "
        "instruct, query, medical_case)"
    )


def lines_text(lines: list[int]) -> str:
    return listed([str(line) for line in lines], limit=5)


class RowReader:
    """Reads the records of one file one at a time, keeping only what its report needs (the keys
    met, a sample row, the lines of rows of no known layout, the first pair's line): a streamed
    import of a million rows holds one chunk of items at a time, and memory stays flat.

    `read(line, raw)` returns the row's item, or None when the row is an error (kept in `errors`)
    or waits for a mapping; `finish()` adds the errors that need the whole file (no known layout,
    a ranking file, a file of no records) and returns them all.
    """

    def __init__(
        self,
        records: Records,
        *,
        mapping: dict[str, str] | None = None,
        saved_mapping: dict[str, str] | None = None,
        kind: str = "pairs",
        kept_errors: int | None = None,
    ):
        self.records, self.mapping, self.saved_mapping, self.kind = records, mapping, saved_mapping, kind
        self.errors: list[RowError] = []
        self.error_count = 0  # every error found; `errors` keeps the first `kept_errors` rows' errors
        self.kept_errors = kept_errors
        self.keys: dict[str, None] = {}
        self.unknown: dict[tuple[str, ...], list[int]] = {}  # the first lines of each key set
        self.unknown_counts: Counter = Counter()
        self.ranking_lines: list[int] = []
        self.ranking_count = 0
        self.sample: dict = {}
        self.used_mapping: dict[str, str] = {}
        self.items_read = 0
        self.first_pair: int | None = None  # the line of the first pair, once one was read
        self.first_prompt: int | None = None
        self.prompt_lines: list[int] = []  # prompts read before any pair, refused once one comes (bounded)

    def error(self, line: int | None, where: str | None, message: str) -> RowError:
        return RowError(line, where, message, self.records.sheet, self.records.tabular)

    def read(self, line: int | None, raw: Any) -> ImportItem | None:
        try:
            item = self.item(line, raw)
        except RowInvalid as exc:
            self.add(self.error(line, exc.field, exc.message))
            return None
        if item is not None:
            self.items_read += 1
            self.check_kind(item)
        return item

    def item(self, line: int | None, raw: Any) -> ImportItem | None:
        found = self.item_of(line, checked_row(raw))
        if found is not None and found.external_id.startswith(CONTENT_ID_PREFIX) and holds_invisible(raw):
            # A row without an id is known by its texts' digest, taken as scrubbers before 11
            # normalised them (invisible characters dropped, no space where they hid a word boundary):
            # a file imported again after the upgrade finds its rows, instead of adding them twice.
            legacy = self.item_of(line, checked_row(raw, legacy_normalise))
            found.external_id = legacy.external_id if legacy is not None else found.external_id
        return found

    def item_of(self, line: int | None, row: dict) -> ImportItem | None:
        """The item of a checked row, or None where it is read but not imported (a ranking row in a
        campaign of pairs, a row of no known layout: both noted for the report)."""
        if len(self.keys) < MAX_KEYS:
            self.keys.update(dict.fromkeys(list(row)[: MAX_KEYS - len(self.keys)]))
        if self.mapping:
            return parse_mapped(line, row, self.mapping)
        shape = shape_of(row)
        if shape is None and self.saved_mapping and self.saved_mapping.get("prompt") in row:
            self.used_mapping = self.saved_mapping
            return parse_mapped(line, row, self.saved_mapping)
        if shape == "ranking" and self.kind != "rankings":
            self.ranking_count += 1
            if len(self.ranking_lines) < MAX_LISTED_LINES:
                self.ranking_lines.append(line)
            return None
        if shape is None:
            key_set = tuple(sorted(row))
            if key_set not in self.unknown and len(self.unknown) >= MAX_KEY_SETS:
                key_set = OTHER_KEYS  # a file of ever new keys must not fill the memory or the report
            self.unknown_counts[key_set] += 1
            lines = self.unknown.setdefault(key_set, [])
            if len(lines) < MAX_LISTED_LINES:
                lines.append(line)
            self.sample = self.sample or row
            return None
        return PARSERS[shape](line, row)

    def check_kind(self, item: ImportItem) -> None:
        """A file holds either pairs or prompts: every prompt row is refused once a pair was read."""
        if item.is_pair:
            if self.first_pair is None:
                self.first_pair = item.line
                for line in self.prompt_lines:
                    self.add(self.mixed(line))
                self.prompt_lines = []
        elif self.first_pair is not None:
            self.add(self.mixed(item.line))
        elif len(self.prompt_lines) < MAX_MIXED_LINES:
            self.prompt_lines.append(item.line)

    def add(self, error: RowError, *, keep: bool = False) -> None:
        self.error_count += 1
        if keep or self.kept_errors is None or len(self.errors) < self.kept_errors:
            self.errors.append(error)

    def mixed(self, line: int) -> RowError:
        return self.error(
            line,
            None,
            gettext(
                "this row is a prompt without responses, but line %(line)s is a pair: "
                "a file holds either pairs or prompts"
            )
            % {"line": self.first_pair},
        )

    def finish(self) -> list[RowError]:
        if self.ranking_lines:
            self.add(
                self.error(self.ranking_lines[0], None, ranking_file_message(self.ranking_count, self.ranking_lines)),
                keep=True,
            )
        if self.unknown:
            proposal = ", ".join(f"{target} ← {key}" for target, key in self.proposed_mapping().items())
            for key_set, lines in self.unknown.items():
                self.add(
                    self.error(
                        lines[0],
                        None,
                        gettext(
                            "%(count)s row(s) (lines %(lines)s) have the keys %(keys)s, which match no known layout; "
                            "map them to medpref fields (proposed: %(proposal)s) on the console's import page "
                            "or with the API's mapping field"
                        )
                        % {
                            "count": self.unknown_counts[key_set],
                            "lines": lines_text(lines),
                            "keys": listed(list(key_set)),
                            "proposal": proposal or "—",
                        },
                    ),
                    keep=True,
                )
        if not self.items_read and not self.errors:
            self.add(self.error(None, None, gettext("the file holds no records")))
        return self.errors

    def proposed_mapping(self) -> dict[str, str]:
        return propose_mapping(list(self.keys), self.sample) if self.unknown else {}

    def parsed(self, items: list[ImportItem]) -> ParsedFile:
        """What `parse_file` returns, once every row was read and `finish` was called."""
        parsed = ParsedFile(items, self.errors, self.records.format, self.records.encoding, self.records.sheet)
        parsed.keys = list(self.keys)
        parsed.notes = list(self.records.notes)
        parsed.mapping = dict(self.mapping or self.used_mapping)
        parsed.proposed_mapping = self.proposed_mapping()
        return parsed


MAX_KEY_SETS = 20  # sets of unknown keys reported one by one; rows of further sets are reported together
OTHER_KEYS = ("…",)
MAX_LISTED_LINES = 5  # lines named in a message about many rows (`lines_text` shows five)
MAX_MIXED_LINES = 10_000  # prompt rows remembered before the first pair; beyond, the file is refused as mixed


def parse_file(
    data: bytes,
    filename: str = "",
    *,
    mapping: dict[str, str] | None = None,
    saved_mapping: dict[str, str] | None = None,
    kind: str = "pairs",
) -> ParsedFile:
    """Read every record; collect all errors rather than stopping at the first one.

    `kind` is the campaign's (pairs or rankings): ranking rows are read for a rankings campaign and
    refused, with what to do instead, for a campaign of pairs.

    `mapping` (medpref field -> key) reads every row; without it each row is read by its layout,
    and rows of no known layout by `saved_mapping` (the campaign's) when they hold its prompt key.
    Rows of no known layout are reported once per set of keys, with a proposed mapping.
    """
    try:
        records = open_records(data, filename)
    except RowInvalid as exc:
        return ParsedFile([], [RowError(None, exc.field, exc.message)], "unknown")
    reader = RowReader(records, mapping=mapping, saved_mapping=saved_mapping, kind=kind)
    items = [item for line, raw in records.rows if (item := reader.read(line, raw)) is not None]
    reader.finish()
    return reader.parsed(items)
