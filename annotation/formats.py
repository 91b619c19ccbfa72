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
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext

from annotation.text import normalise, unacceptable_character

ROLES = ("system", "user", "assistant")
MAX_TEXT_CHARS = 100_000
MAX_DEPTH = 20
MAX_SOURCE_CHARS = 200  # Response.source
PRIORITY_RANGE = range(-(2**31), 2**31)  # Pair.priority is a 32-bit integer


@dataclass(frozen=True)
class RowError:
    line: int | None
    field: str | None
    message: str

    def as_dict(self) -> dict:
        """The message prefixed with where it is, in the reader's language (the report is built per request)."""
        where = gettext("line %(line)s") % {"line": self.line} if self.line else gettext("file")
        if self.field:
            where = gettext("%(where)s, field '%(field)s'") % {"where": where, "field": self.field}
        message = gettext("%(where)s: %(message)s") % {"where": where, "message": self.message}
        return {"line": self.line, "field": self.field, "message": message}


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
    """One normalised record: a prompt, and when the row has them, two responses A and B."""

    line: int
    shape: str
    external_id: str
    messages: list[dict]
    responses: tuple[str, str] | None = None
    sources: tuple[str, str] = ("", "")
    reference: str = ""
    meta: dict = field(default_factory=dict)
    priority: int = 0
    gold_answer: str | None = None

    @property
    def is_pair(self) -> bool:
        return self.responses is not None


@dataclass
class ParsedFile:
    items: list[ImportItem]
    errors: list[RowError]
    format: str


# --- reading records ------------------------------------------------------------------------


def decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RowInvalid(None, gettext("the file is not UTF-8 text (byte %(byte)s)") % {"byte": exc.start}) from exc


def detect_format(text: str, filename: str) -> str:
    name = filename.lower()
    if name.endswith(".csv"):
        return "csv"
    if name.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    stripped = text.lstrip()
    if stripped.startswith("["):
        return "json"
    if stripped.startswith("{"):
        first_line = stripped.split("\n", 1)[0]
        try:
            json.loads(first_line)
            return "jsonl"
        except json.JSONDecodeError:
            return "json"
    return "csv"


def read_jsonl(text: str) -> Iterator[tuple[int, Any]]:
    # Only "\n" ends a record: str.splitlines would also split at U+2028 and other separators,
    # which JSON allows inside strings.
    for number, line in enumerate(text.split("\n"), start=1):
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
    if isinstance(data, dict):
        yield 1, RowInvalid(None, gettext("expected a JSON array of records (or one JSON object per line)"))
        return
    position = text.index("[") + 1
    line = text.count("\n", 0, position) + 1
    for _ in data:
        while text[position] in " \t\r\n,":
            if text[position] == "\n":
                line += 1
            position += 1
        item, end = decoder.raw_decode(text, position)
        yield line, item
        line += text.count("\n", position, end)
        position = end


def read_csv(text: str) -> Iterator[tuple[int, Any]]:
    reader = csv.DictReader(io.StringIO(text))
    line = 2  # line 1 holds the header
    try:
        for row in reader:
            if None in row:
                yield line, RowInvalid(None, gettext("more values than header columns"))
            else:
                yield (
                    line,
                    {key.strip(): csv_value(value) for key, value in row.items() if key and value not in (None, "")},
                )
            line = reader.line_num + 1
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


def csv_value(value: str) -> Any:
    """CSV cells may hold JSON (message lists, meta objects); plain text stays text."""
    stripped = value.strip()
    if stripped[:1] in "[{":
        try:
            return json.loads(stripped)
        except (json.JSONDecodeError, RecursionError):
            return value
    return value


READERS = {"jsonl": read_jsonl, "json": read_json, "csv": read_csv}


# --- checking every text ----------------------------------------------------------------------


def checked_value(value: Any, where: str | None = None, depth: int = 0) -> Any:
    """`value` with every text checked and normalised; RowInvalid names the first bad field."""
    if depth > MAX_DEPTH:
        raise RowInvalid(where, gettext("is nested more than %(depth)s levels deep") % {"depth": MAX_DEPTH})
    if isinstance(value, str):
        return checked_text(value, where)
    if isinstance(value, float) and not math.isfinite(value):
        raise RowInvalid(where, gettext("must be a finite number, got %(value)s") % {"value": value})
    if isinstance(value, list):
        return [checked_value(item, f"{where or ''}[{index}]", depth + 1) for index, item in enumerate(value)]
    if isinstance(value, dict):
        result = {}
        for key, item in value.items():
            key = checked_text(key, where, what="key")
            result[key] = checked_value(item, f"{where}.{key}" if where else key, depth + 1)
        return result
    return value


def checked_text(text: str, where: str | None, what: str = "") -> str:
    """`text` normalised; RowInvalid when it holds a character we refuse or is too long (`what`: "key" for keys)."""
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
    return normalise(text)


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


def content_id(*parts: Any) -> str:
    digest = hashlib.sha256(json.dumps(parts, ensure_ascii=False, sort_keys=True).encode()).hexdigest()
    return f"sha256:{digest[:20]}"


def row_id(row: dict, *content: Any) -> str:
    value = row.get("id")
    if value is None or value == "":
        return content_id(*content)
    if not isinstance(value, (str, int)):
        raise RowInvalid("id", gettext("must be text or a number"))
    return str(value)[:200]


def chosen_first(external_id: str) -> bool:
    """Pseudo-random but reproducible: whether the originally chosen response becomes A."""
    return hashlib.sha256(external_id.encode()).digest()[0] % 2 == 0


def labelled_pair(line: int, shape: str, row: dict, messages: list[dict], chosen: str, rejected: str) -> ImportItem:
    """chosen/rejected rows: A/B in random order; the original label stays in meta, hidden from annotators."""
    external_id = row_id(row, messages, chosen, rejected)
    if chosen_first(external_id):
        responses, label = (chosen, rejected), "a"
    else:
        responses, label = (rejected, chosen), "b"
    meta = {"source_label": label, "source_format": shape}
    # Both responses get the same source so that nothing about them hints at the original label.
    return ImportItem(line, shape, external_id, messages, responses, ("import", "import"), meta=meta)


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


def shape_of(row: dict) -> str:
    keys = set(row)
    if {"response_a", "response_b"} & keys:
        return "native"
    if {"chosen", "rejected"} & keys:
        return "trl"
    if {"response_chosen", "response_rejected"} & keys:
        return "reward"
    if "prompt" in keys:
        return "prompts"
    if "instruction" in keys or "instruct" in keys:
        return "cmtmedqa"
    if "query" in keys:
        return "query"
    raise RowInvalid(
        None,
        gettext(
            "unrecognised row: expected keys prompt/response_a/response_b, prompt/chosen/rejected, question/response_chosen/response_rejected, or a prompt-only layout (prompt, instruction/history, instruct, query)"
        ),
    )


PARSERS = {
    "native": parse_native,
    "trl": parse_trl,
    "reward": parse_reward,
    "prompts": parse_prompt,
    "cmtmedqa": parse_cmtmedqa,
    "query": parse_query,
}


def parse_row(line: int, row: Any) -> ImportItem:
    if isinstance(row, RowInvalid):
        raise row
    if not isinstance(row, dict):
        raise RowInvalid(None, gettext("expected an object, got %(type)s") % {"type": type(row).__name__})
    row = checked_value(row)
    return PARSERS[shape_of(row)](line, row)


def parse_file(data: bytes, filename: str = "") -> ParsedFile:
    """Read every record; collect all errors rather than stopping at the first one."""
    try:
        text = decode(data)
    except RowInvalid as exc:
        return ParsedFile([], [RowError(None, None, exc.message)], "unknown")
    file_format = detect_format(text, filename)
    items: list[ImportItem] = []
    errors: list[RowError] = []
    for line, row in READERS[file_format](text):
        try:
            items.append(parse_row(line, row))
        except RowInvalid as exc:
            errors.append(RowError(line, exc.field, exc.message))
    if not items and not errors:
        errors.append(RowError(None, None, gettext("the file holds no records")))
    kinds = {item.is_pair for item in items}
    if len(kinds) > 1:
        first_pair = next(item for item in items if item.is_pair)
        for item in items:
            if not item.is_pair:
                errors.append(
                    RowError(
                        item.line,
                        None,
                        gettext(
                            "this row is a prompt without responses, but line %(line)s is a pair: "
                            "a file holds either pairs or prompts"
                        )
                        % {"line": first_pair.line},
                    )
                )
    return ParsedFile(items, errors, file_format)
