"""Which strings the code marks for translation, and what the zh-Hans catalog lacks, in plain Python.

`manage.py makemessages` (GNU gettext) regenerates the catalog; this module reads the same marks
without gettext, so `make test` catches an untranslated string on any machine. Templates go through
Django's own `templatize` (what makemessages feeds to xgettext), and Python files through the
tokenizer with xgettext's keywords, so both tools find the same strings; tests/test_i18n.py checks
that they do where gettext is installed.
"""

from __future__ import annotations

import ast
import io
import os
import re
import tokenize
from dataclasses import dataclass, field
from pathlib import Path

import polib
from django.conf import settings
from django.utils.translation.template import templatize

# Folders that hold no user-facing string (or no source at all); makemessages skips them too.
IGNORED = ("tests", "bench", "scripts", "var", "node_modules", "shared", "static")
LANGUAGE = "zh_Hans"

# keyword -> the positions of (context, singular, plural) among its arguments, as xgettext reads them.
KEYWORDS: dict[str, tuple[int | None, int, int | None]] = {
    "_": (None, 0, None),
    "gettext": (None, 0, None),
    "gettext_lazy": (None, 0, None),
    "gettext_noop": (None, 0, None),
    "ngettext": (None, 0, 1),
    "ngettext_lazy": (None, 0, 1),
    "pgettext": (0, 1, None),
    "pgettext_lazy": (0, 1, None),
    "npgettext": (0, 1, 2),
    "npgettext_lazy": (0, 1, 2),
}
# Named or positional %-slots (after "%%" is set aside) and the {name} slots the scripts fill in.
PLACEHOLDER = re.compile(r"%(?:\(\w+\))?[-#0 +]*\d*(?:\.\d+)?[sdifr]|\{\w+\}")
# Python 3.12 tokenizes f-strings apart from plain strings.
FSTRING_START = getattr(tokenize, "FSTRING_START", None)


@dataclass(frozen=True)
class Message:
    msgid: str
    context: str = ""
    plural: str = ""


@dataclass
class Marks:
    """Every marked string with where it is marked, and the marks no catalog can ever match."""

    messages: dict[Message, list[str]] = field(default_factory=dict)
    mistakes: list[str] = field(default_factory=list)


def catalog_path() -> Path:
    return Path(settings.LOCALE_PATHS[0]) / LANGUAGE / "LC_MESSAGES" / "django.po"


def source_files(root: Path) -> list[Path]:
    """The .py and .html files makemessages reads: everything but hidden and IGNORED folders."""
    files = []
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = sorted(name for name in subfolders if not name.startswith(".") and name not in IGNORED)
        files += [
            Path(folder) / name
            for name in sorted(names)
            if name.endswith((".py", ".html")) and not name.startswith(".")
        ]
    return files


def marked_strings(root: Path | None = None) -> Marks:
    root = root or Path(settings.BASE_DIR)
    marks = Marks()
    for path in source_files(root):
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".html":
            text = templatize(text, origin=str(path))
        scan(text, str(path.relative_to(root)), marks)
    return marks


def scan(source: str, where: str, marks: Marks) -> None:
    """Find keyword("literal", ...) calls the way xgettext does: by tokens, not by running code."""
    tokens = [
        t
        for t in tokenize.generate_tokens(io.StringIO(source).readline)
        if t.type not in (tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT)
    ]
    for index, token in enumerate(tokens[:-1]):
        if token.type != tokenize.NAME or token.string not in KEYWORDS or tokens[index + 1].string != "(":
            continue
        if index and tokens[index - 1].string == "def":
            continue
        arguments = call_arguments(tokens, index + 2)
        context_at, singular_at, plural_at = KEYWORDS[token.string]
        location = f"{where}:{token.start[0]}"
        values = []
        for position in (context_at, singular_at, plural_at):
            if position is None:
                values.append("")
                continue
            argument = arguments[position] if position < len(arguments) else []
            literal = string_literal(argument)
            if literal is None:
                if argument and argument[0].type in (tokenize.STRING, FSTRING_START):
                    marks.mistakes.append(
                        f"{location}: {token.string}() of an f-string or a formatted string can never match the catalog; format after translating"
                    )
                values = None
                break
            values.append(literal)
        if values is not None:
            marks.messages.setdefault(Message(values[1], values[0], values[2]), []).append(location)


def call_arguments(tokens: list[tokenize.TokenInfo], start: int) -> list[list[tokenize.TokenInfo]]:
    """The argument tokens of the call whose '(' ends just before `start`, split at top-level commas."""
    arguments: list[list[tokenize.TokenInfo]] = [[]]
    depth = 0
    for token in tokens[start:]:
        if token.string in ("(", "[", "{"):
            depth += 1
        elif token.string in (")", "]", "}"):
            if depth == 0:
                break
            depth -= 1
        elif token.string == "," and depth == 0:
            arguments.append([])
            continue
        arguments[-1].append(token)
    return arguments


def string_literal(argument: list[tokenize.TokenInfo]) -> str | None:
    """The value of an argument made only of plain string literals ("a" "b" concatenates), else None."""
    if not argument or any(t.type != tokenize.STRING for t in argument):
        return None
    if any(re.match(r"[A-Za-z]*[fF]", t.string) for t in argument):
        return None
    return "".join(ast.literal_eval(t.string) for t in argument)


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text.replace("%%", "")))


def catalog_problems(marks: Marks, catalog: polib.POFile) -> list[str]:
    """What stops a Chinese reader from seeing every marked string in Chinese, one line each."""
    problems = list(marks.mistakes)
    entries = {(e.msgctxt or "", e.msgid): e for e in catalog if not e.obsolete}
    for message, locations in sorted(marks.messages.items(), key=lambda item: item[1][0]):
        entry = entries.get((message.context, message.msgid))
        where = locations[0]
        if entry is None:
            problems.append(f"{where}: not in the catalog: {message.msgid!r}")
            continue
        translations = list(entry.msgstr_plural.values()) if message.plural else [entry.msgstr]
        if not all(translations):
            problems.append(f"{where}: untranslated: {message.msgid!r}")
        elif "fuzzy" in entry.flags:
            problems.append(f"{where}: fuzzy (a guess by msgmerge, not a translation): {message.msgid!r}")
        elif any(placeholders(t) != placeholders(message.msgid) for t in translations):
            problems.append(f"{where}: the translation changes the placeholders of {message.msgid!r}")
    marked = {(m.context, m.msgid) for m in marks.messages}
    for entry in catalog:
        if "fuzzy" in entry.flags and (entry.msgctxt or "", entry.msgid) not in marked:
            problems.append(f"stale fuzzy entry nobody marks any more: {entry.msgid!r}")
    return problems
