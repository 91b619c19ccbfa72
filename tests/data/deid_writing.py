"""What the scrubber's development-set generators make_deid_dev4.py and make_deid_dev5.py share: the
marks their templates write turns in, the conversation the marks build into, the checks every drawn
row passes, the template registry, and the loop that draws, checks, redraws and writes a set.

Each generator keeps what makes its set its own: its pools, its `Draw`, its templates, how an
identifier's parts are derived when a mark does not give them (`default_parts`, passed in) and any
check of its own. Nothing here draws a random number: each generator's random stream, and so its
file, is what it was when each kept its own copy of these helpers.

The marks (⟦KIND:text|parts⟧, ⟦=text@owner⟧, ⟪value⟫) are described in each generator's docstring.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

KINDS = ("NAME", "PHONE", "ID", "MRN", "EMAIL", "ADDRESS", "DOB")
CJK = re.compile(r"[\u4e00-\u9fff]")
MARK = re.compile(r"⟦([^⟧]*)⟧|⟪([^⟫]*)⟫")

#: How a set derives an identifier's parts from its kind and text when its mark does not give them.
PartsOf = Callable[[str, str], list[str]]
#: A template: given the set's `Draw` for one conversation, its style and its marked turns.
Template = Callable[[Any], tuple[str, list[str]]]


def cn_check(first17: str) -> str:
    """The check character of a Chinese resident ID from its first 17 digits."""
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return "10X98765432"[sum(w * int(c) for w, c in zip(weights, first17)) % 11]


assert cn_check("11010519491231002") == "X"


def mark(kind: str, text: str, parts: list[str] | None = None) -> str:
    return f"⟦{kind}:{text}" + ("|" + "|".join(parts) if parts else "") + "⟧"


def again(text: str, owner: str | None = None, parts: list[str] | None = None) -> str:
    return f"⟦={text}" + (f"@{owner}" if owner else "") + ("|" + "|".join(parts) if parts else "") + "⟧"


def keep(value: str) -> str:
    return f"⟪{value}⟫"


@dataclass
class Conversation:
    lang: str
    style: str
    source: str
    turns: list[str] = field(default_factory=list)
    spans: list[dict] = field(default_factory=list)
    protect: list[str] = field(default_factory=list)
    regions: list[list[tuple[int, int]]] = field(default_factory=list)  # identifier stretches per turn
    kept: list[list[tuple[int, int]]] = field(default_factory=list)  # protected stretches per turn

    def row(self, ident: str) -> dict:
        return {
            "id": ident,
            "lang": self.lang,
            "style": self.style,
            "source": self.source,
            "turns": self.turns,
            "spans": self.spans,
            "protect": self.protect,
        }


def build(lang: str, style: str, source: str, marked: list[str], default_parts: PartsOf) -> Conversation:
    """The conversation whose turns are `marked` with the marks taken out, its spans and protected values."""
    conv = Conversation(lang, style, source)
    by_text: dict[str, dict] = {}
    for raw in marked:
        out, regions, kept, pos = [], [], [], 0
        for m in MARK.finditer(raw):
            out.append(raw[pos : m.start()])
            start = sum(len(x) for x in out)
            if m.group(2) is not None:
                value = m.group(2)
                out.append(value)
                kept.append((start, start + len(value)))
                if value not in conv.protect:
                    conv.protect.append(value)
            else:
                body = m.group(1)
                if body.startswith("="):
                    head, *extra = body[1:].split("|")
                    text, _, owner = head.partition("@")
                    if owner:
                        span = by_text[owner]
                        for p in extra or [text]:
                            if p not in span["parts"]:
                                span["parts"].append(p)
                else:
                    kind, _, rest = body.partition(":")
                    text, *parts = rest.split("|")
                    assert kind in KINDS, kind
                    span = {"kind": kind, "text": text, "parts": parts or default_parts(kind, text)}
                    assert span["parts"], (kind, text)
                    conv.spans.append(span)
                    by_text[text] = span
                out.append(text)
                regions.append((start, start + len(text)))
            pos = m.end()
        out.append(raw[pos:])
        conv.turns.append("".join(out))
        conv.regions.append(regions)
        conv.kept.append(kept)
    return conv


def check_conversation(conv: Conversation) -> str | None:
    """Why this conversation is unusable, or None."""
    whole = "\n".join(conv.turns)
    outside = "\n".join(
        "".join("\0" if any(a <= i < b for a, b in regions) else ch for i, ch in enumerate(turn))
        for turn, regions in zip(conv.turns, conv.regions)
    ).lower()
    owners: dict[str, str] = {}
    for span in conv.spans:
        if span["text"] not in whole:
            return f"span text {span['text']!r} missing"
        for part in span["parts"]:
            if part not in whole:
                return f"part {part!r} missing"
            if part.lower() in outside:
                return f"part {part!r} outside identifiers"
            if owners.setdefault(part.lower(), span["text"]) != span["text"]:
                return f"part {part!r} shared"
    for value in conv.protect:
        if value not in whole:
            return f"protected {value!r} missing"
    for regions, kept in zip(conv.regions, conv.kept):
        for a, b in kept:
            if any(a < y and x < b for x, y in regions):
                return "protected value overlaps an identifier"
    return None


class Templates:
    """A set's templates, registered with `@template(lang, phi, mixed)` (an instance of this class) in
    the order they are written, which is the order `draw_rows` takes them in."""

    def __init__(self) -> None:
        self.registered: list[tuple[str, bool, bool, Template]] = []  # (lang, has PHI, mixed, template)

    def __call__(self, lang: str, phi: bool = True, mixed: bool = False) -> Callable[[Template], Template]:
        def register(fn: Template) -> Template:
            self.registered.append((lang, phi, mixed, fn))
            return fn

        return register

    def pool(self, key: tuple[str, bool, bool]) -> list[Template]:
        return [fn for lang, phi, mixed, fn in self.registered if (lang, phi, mixed) == key]


@dataclass(frozen=True)
class SetRecipe:
    """What one generator brings to `write_set`."""

    out: Path
    prefix: str  # row ids are f"{prefix}-0001", ...
    seed: int
    shares: dict[tuple[str, bool, bool], int]  # (lang, has PHI, mixed): rows
    templates: Templates
    draw: Callable[[random.Random], Any]  # the set's Draw for one conversation
    default_parts: PartsOf
    check: Callable[[Conversation], str | None] = check_conversation
    attempts: int = 200  # draws of one row before the generator gives up
    most_redrawn: int = 5  # templates named in the summary of redraws


def draw_rows(recipe: SetRecipe, rng: random.Random) -> tuple[list[Conversation], Counter]:
    """Each share's rows, its templates in turn; a draw that fails its check (or has PHI where none
    should be, or none where some should) is drawn again. The rows, and the redraws per template."""
    rows, redraws = [], Counter()
    for key, count in recipe.shares.items():
        pool = recipe.templates.pool(key)
        assert pool, key
        for i in range(count):
            fn = pool[i % len(pool)]
            lang, phi, mixed = key
            for _attempt in range(recipe.attempts):
                style, turns = fn(recipe.draw(rng))
                source = ("mix_" if mixed and not fn.__name__.startswith("mix_") else "") + fn.__name__
                conv = build(lang, style, source, turns, recipe.default_parts)
                problem = recipe.check(conv)
                if problem is None and bool(conv.spans) == phi:
                    rows.append(conv)
                    break
                redraws[fn.__name__] += 1
            else:
                raise SystemExit(f"{fn.__name__}: no usable draw ({problem})")
    return rows, redraws


def write_set(recipe: SetRecipe) -> None:
    """Draw the set from its seed, shuffle it, write it as JSONL and say what it holds."""
    rng = random.Random(recipe.seed)
    rows, redraws = draw_rows(recipe, rng)
    rng.shuffle(rows)
    with recipe.out.open("w", encoding="utf-8") as out:
        for number, conv in enumerate(rows, 1):
            out.write(json.dumps(conv.row(f"{recipe.prefix}-{number:04d}"), ensure_ascii=False) + "\n")
    kinds = Counter(s["kind"] for c in rows for s in c.spans)
    langs = Counter(c.lang + ("/mixed" if c.source.startswith("mix_") else "") for c in rows)
    print(
        f"wrote {len(rows)} conversations to {recipe.out.name}: {dict(langs)}, {sum(not c.spans for c in rows)} PHI-free"
    )
    print(f"identifiers {dict(kinds)}; styles {dict(Counter(c.style for c in rows))}")
    print(f"redrawn after a failed check: {sum(redraws.values())} ({dict(redraws.most_common(recipe.most_redrawn))})")
