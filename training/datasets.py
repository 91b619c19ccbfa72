"""Reading instruction datasets for SFT: conversations in the usual layouts, checked, de-identified.

Accepted files: JSONL, a JSON array, or Parquet (read with pyarrow). Layouts, decided per row by
its keys:
- `messages`: [{role: system|user|assistant, content}, ...] (TRL's conversational layout);
- `conversations`: ShareGPT, [{from: human|gpt|system, value}, ...] (role/content also read);
- `instruction` + `output` (+ `input`): Alpaca; `input` follows the instruction on a new line;
- `instruction` + `output` + `history`: CMtMedQA, history = [[question, answer], ...] turns first.
Every row becomes `{"messages": [...]}`: at least one user turn, ending with the assistant's turn
(the one SFT learns from). Texts are checked and normalised like imported pairs
(annotation.formats) and then de-identified as one conversation (annotation.deid), so a name
found in one turn is replaced in all. Nothing here touches the database: `training.services`
decides what is stored; a file with any bad row is refused whole, every error naming line and field.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext

from annotation.deid import scrub_conversation
from annotation.formats import (
    RowError,
    RowInvalid,
    checked_value,
    decode,
    detect_format,
    history_messages,
    message_at,
    read_json,
    read_jsonl,
    text_field,
)

LAYOUTS = ("messages", "sharegpt", "instruction", "cmtmedqa")
SHAREGPT_ROLES = {
    "human": "user",
    "user": "user",
    "gpt": "assistant",
    "assistant": "assistant",
    "chatgpt": "assistant",
    "bing": "assistant",
    "bard": "assistant",
    "model": "assistant",
    "system": "system",
}
MAX_ERRORS = 50


def read_parquet(data: bytes) -> Iterator[tuple[int, Any]]:
    """Rows of a Parquet file, numbered from 1 (a Parquet file has no lines: errors name the row)."""
    try:
        import pyarrow.parquet as pq
    except ImportError:  # pragma: no cover - pyarrow is installed with `datasets`
        yield 1, RowInvalid(None, gettext("Parquet files need pyarrow, which is not installed"))
        return
    try:
        table = pq.read_table(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - pyarrow raises several types for a damaged file
        yield 1, RowInvalid(None, gettext("unreadable Parquet file (%(problem)s)") % {"problem": exc})
        return
    yield from enumerate(table.to_pylist(), start=1)


def records(data: bytes, filename: str) -> tuple[str, Iterator[tuple[int | None, Any]]]:
    if filename.lower().endswith(".parquet") or data[:4] == b"PAR1":
        return "parquet", read_parquet(data)
    text = decode(data)
    file_format = detect_format(text, filename)
    if file_format == "csv":
        raise RowInvalid(None, gettext("expected JSONL, a JSON array or Parquet, not CSV"))
    return file_format, (read_jsonl if file_format == "jsonl" else read_json)(text)


def layout_of(row: dict) -> str:
    if "messages" in row:
        return "messages"
    if "conversations" in row:
        return "sharegpt"
    if "instruction" in row:
        return "cmtmedqa" if row.get("history") else "instruction"
    raise RowInvalid(
        None,
        gettext(
            "unrecognised row: expected messages, conversations (ShareGPT), instruction/input/output or instruction/history/output"
        ),
    )


def sharegpt_messages(row: dict) -> list[dict]:
    turns = row.get("conversations")
    if not isinstance(turns, list) or not turns:
        raise RowInvalid("conversations", gettext("must be a non-empty list of turns"))
    messages = []
    for index, turn in enumerate(turns):
        where = f"conversations[{index}]"
        if not isinstance(turn, dict):
            raise RowInvalid(where, gettext("must be an object with 'from' and 'value'"))
        speaker = turn.get("from", turn.get("role"))
        role = SHAREGPT_ROLES.get(speaker) if isinstance(speaker, str) else None
        if role is None:
            raise RowInvalid(
                f"{where}.from",
                gettext("must be one of %(roles)s, got %(value)s")
                % {"roles": ", ".join(sorted(SHAREGPT_ROLES)), "value": repr(speaker)[:40]},
            )
        content = turn.get("value", turn.get("content"))
        if not isinstance(content, str) or not content.strip():
            raise RowInvalid(f"{where}.value", gettext("must be non-empty text"))
        messages.append({"role": role, "content": content})
    return messages


def instruction_messages(row: dict) -> list[dict]:
    question = text_field(row, "instruction")
    extra = text_field(row, "input", required=False)
    history = history_messages(row)
    user = f"{question}\n{extra}" if extra.strip() else question
    return [*history, {"role": "user", "content": user}, {"role": "assistant", "content": text_field(row, "output")}]


def conversation(row: dict) -> tuple[str, list[dict]]:
    """The row's layout and its messages, checked: a user turn, ending with the assistant's."""
    layout = layout_of(row)
    if layout == "messages":
        value = row["messages"]
        if not isinstance(value, list) or not value:
            raise RowInvalid("messages", gettext("must be a non-empty list of messages"))
        messages, key = [message_at(value, i, "messages") for i in range(len(value))], "messages"
    elif layout == "sharegpt":
        messages, key = sharegpt_messages(row), "conversations"
    else:
        return layout, instruction_messages(row)
    if not any(m["role"] == "user" for m in messages):
        raise RowInvalid(key, gettext("has no user turn"))
    if messages[-1]["role"] != "assistant":
        raise RowInvalid(f"{key}[{len(messages) - 1}]", gettext("the conversation must end with the assistant's turn"))
    return layout, messages


def deidentified(messages: list[dict], counts: Counter) -> list[dict]:
    """The conversation scrubbed as one (PROTOCOL §7): people keep one number across turns."""
    result = scrub_conversation([m["content"] for m in messages])
    counts.update(result.counts)
    return [{"role": m["role"], "content": text} for m, text in zip(messages, result.texts)]


@dataclass
class ParsedFile:
    """A dataset or benchmark file read into rows (already de-identified), or the errors that refuse it."""

    format: str
    rows: list[dict[str, Any]]
    errors: list[RowError]
    layouts: Counter = field(default_factory=Counter)
    redactions: Counter = field(default_factory=Counter)

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.rows)


def read_rows(
    data: bytes,
    filename: str,
    parse: Callable[[dict], tuple[str, Any]],
    keep: Callable[[Any, Counter], dict[str, Any]],
) -> ParsedFile:
    """Every record through `parse` (-> layout, value; RowInvalid names the field), then `keep`
    (de-identifies and shapes it); all errors (up to MAX_ERRORS) when any row is bad, and no rows then."""
    try:
        file_format, found = records(data, filename)
    except RowInvalid as exc:
        return ParsedFile("unknown", [], [RowError(None, exc.field, exc.message)])
    result = ParsedFile(file_format, [], [])
    for line, record in found:
        try:
            if isinstance(record, RowInvalid):
                raise record
            if not isinstance(record, dict):
                raise RowInvalid(None, gettext("expected an object, got %(type)s") % {"type": type(record).__name__})
            layout, value = parse(checked_value(record))
        except RowInvalid as exc:
            result.errors.append(RowError(line, exc.field, exc.message))
            if len(result.errors) >= MAX_ERRORS:
                break
            continue
        result.layouts[layout] += 1
        if not result.errors:  # once the file is refused, scrubbing the rest is wasted time
            result.rows.append(keep(value, result.redactions))
    if not result.rows and not result.errors:
        result.errors.append(RowError(None, None, gettext("the file holds no records")))
    if result.errors:
        result.rows = []
    return result


def parse_dataset(data: bytes, filename: str = "", *, deidentify: bool = True) -> ParsedFile:
    """Every row of the file as a de-identified conversation; all errors (up to MAX_ERRORS) when any row is bad."""
    return read_rows(
        data,
        filename,
        conversation,
        lambda messages, counts: {"messages": deidentified(messages, counts) if deidentify else messages},
    )


def token_counter(tokenizer_path: str) -> Callable[[list[dict]], int]:
    """Counts the tokens of a conversation as the model sees it (its chat template), offline."""
    import os

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(tokenizer_path)

    def count(messages: list[dict]) -> int:
        if tokenizer.chat_template:
            return len(tokenizer.apply_chat_template(messages, tokenize=True, return_dict=False))
        return len(tokenizer("\n".join(m["content"] for m in messages))["input_ids"])

    return count
