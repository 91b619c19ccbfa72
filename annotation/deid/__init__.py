"""De-identification of text people and models wrote (PROTOCOL §7), Chinese and English.

Each identifier becomes a typed placeholder (`[PHONE]`, `[MRN]`, ...); people become numbered
ones, `[NAME_1]`, `[NAME_2]`, the same number for the same person throughout one conversation so
that a dialogue between three people stays readable. Labels around an identifier ("病历号：",
"DOB:") are kept. The scrubber works on a whole conversation (`scrub_conversation`): a name found
once next to a cue is then replaced wherever it appears again, also without a cue ("张建国" then
"建国", "John Smith" then "Smith"). Figures on the labelled sets: `bench/deid.py`.

Text is normalised first (`annotation.text.normalise`), so a zero-width space or full-width
digits inside a phone number do not hide it; the scrubbed text is the normalised text.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from annotation.deid.names import NAME_RULES, NOT_NAMES, is_han, surname_length, uncertain_names
from annotation.deid.rules import RULES as IDENTIFIER_RULES
from annotation.deid.rules import Rule, features
from annotation.text import normalise

# Changes whenever what is replaced changes; snapshots record it.
VERSION = "2"
RULES: tuple[Rule, ...] = IDENTIFIER_RULES + NAME_RULES
SEPARATOR = "\x00"
KINDS: tuple[str, ...] = tuple(dict.fromkeys(r.kind for r in RULES))


@dataclass(frozen=True)
class Detection:
    """An identifier found in the text given to `detect`, with its offsets there."""

    kind: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Uncertain:
    """A span kept as written that an admin should look at: where it is in the scrubbed text."""

    turn: int
    start: int
    end: int
    text: str


@dataclass
class Conversation:
    texts: list[str]
    counts: Counter
    detections: list[Detection]
    uncertain: list[Uncertain] = field(default_factory=list)


@dataclass
class Scrubbed:
    text: str
    counts: Counter = field(default_factory=Counter)


def detect(text: str) -> list[Detection]:
    """Every identifier in `text` (already normalised), earlier rules winning where spans overlap."""
    taken: list[tuple[int, int]] = []
    found = []
    present = features(text)
    for r in RULES:
        if not r.needs <= present:
            continue
        for start, end in r.find(text):
            if SEPARATOR in text[start:end] or any(start < b and a < end for a, b in taken):
                continue
            taken.append((start, end))
            found.append(Detection(r.kind, start, end, text[start:end]))
    return found


def name_keys(name: str) -> set[str]:
    """The strings that stand for this person later in the conversation: full name, given name, words."""
    if is_han(name[0]):
        keys = {name}
        length = surname_length(name, 0)
        if len(name) - length >= 2:
            keys.add(name[length:])
        return keys
    tokens = {re.sub(r"['’]s$", "", t) for t in re.findall(r"[A-Za-z'’-]+", name)}
    return {t for t in tokens if len(t) >= 3 and t.lower() not in NOT_NAMES}


def propagate(text: str, detections: list[Detection]) -> list[Detection]:
    """Add every other occurrence in `text` (a whole conversation) of a name already found in it."""
    keys = set()
    for d in detections:
        if d.kind == "NAME":
            keys |= name_keys(d.text)
    if not keys:
        return detections
    han = sorted((k for k in keys if is_han(k[0]) and len(k) >= 2), key=len, reverse=True)
    latin = sorted((k for k in keys if not is_han(k[0])), key=len, reverse=True)
    patterns = []
    if han:
        patterns.append(re.compile("|".join(map(re.escape, han))))
    if latin:
        patterns.append(re.compile(r"(?<![A-Za-z])(?:" + "|".join(map(re.escape, latin)) + r")(?![A-Za-z])"))
    result = list(detections)
    taken = [(d.start, d.end) for d in result]
    for pattern in patterns:
        for match in pattern.finditer(text):
            start, end = match.span()
            if not any(start < b and a < end for a, b in taken):
                taken.append((start, end))
                result.append(Detection("NAME", start, end, match.group()))
    return result


def number_people(detections: list[Detection]) -> dict[Detection, int]:
    """One number per person, in order of first mention; a surname or a single word joins its full name."""
    people: list[set[str]] = []
    for d in sorted((d for d in detections if d.kind == "NAME"), key=lambda d: (len(name_keys(d.text)) < 2, d.start)):
        keys = name_keys(d.text) or {d.text}
        if not any(keys & person for person in people) and not any(is_han(d.text[0]) and any(k.startswith(d.text) for k in person) for person in people):
            people.append(set(keys))
    first_seen: dict[int, int] = {}
    owner: dict[Detection, int] = {}
    for d in sorted((d for d in detections if d.kind == "NAME"), key=lambda d: d.start):
        keys = name_keys(d.text) or {d.text}
        index = next((i for i, person in enumerate(people) if keys & person), None)
        if index is None:
            index = next(i for i, person in enumerate(people) if any(k.startswith(d.text) for k in person))
        owner[d] = index
        first_seen.setdefault(index, d.start)
    order = {index: n + 1 for n, index in enumerate(sorted(first_seen, key=first_seen.get))}
    return {d: order[index] for d, index in owner.items()}


def scrub_conversation(texts: Iterable[str]) -> Conversation:
    """Normalise and scrub the texts of one conversation (prompt turns, answers), numbering people across them."""
    # One pass over the texts joined by a character no pattern matches (a fifth of the calls for a
    # prompt with two answers). That character, NUL, is refused at import and by the API and cannot
    # be stored in PostgreSQL: dropping it keeps the joins unambiguous.
    texts = [normalise(t).replace(SEPARATOR, "") for t in texts]
    joined = SEPARATOR.join(texts)
    detections = propagate(joined, detect(joined))
    numbers = number_people(detections)
    pieces, position = [], 0
    for d in sorted(detections, key=lambda d: d.start):
        placeholder = f"[NAME_{numbers[d]}]" if d.kind == "NAME" else f"[{d.kind}]"
        pieces += [joined[position : d.start], placeholder]
        position = d.end
    scrubbed = ("".join(pieces) + joined[position:]).split(SEPARATOR)
    uncertain = [Uncertain(turn, start, end, text[start:end]) for turn, text in enumerate(scrubbed) for start, end in uncertain_names(text)]
    return Conversation(scrubbed, Counter(d.kind for d in detections), detections, uncertain)


def scrub(text: str) -> Scrubbed:
    """Scrub one text on its own (a conversation of one)."""
    result = scrub_conversation([text])
    return Scrubbed(result.texts[0], result.counts)


def scrub_all(texts: Iterable[str], counts: Counter) -> list[str]:
    """Scrub the texts of one conversation, adding their replacements to `counts`."""
    result = scrub_conversation(texts)
    counts.update(result.counts)
    return result.texts


def residual(texts: Iterable[str]) -> list[Detection]:
    """What the scrubber would still replace in texts that were already scrubbed (the export gate)."""
    return [d for text in texts for d in detect(normalise(text))]


__all__ = ["KINDS", "RULES", "VERSION", "Conversation", "Detection", "Scrubbed", "Uncertain", "detect", "residual", "scrub", "scrub_all", "scrub_conversation"]
