"""People in one conversation: every later mention of a name found once, and one number per person.

A name found next to a cue ("张建国医生", "Dr. John Smith") is replaced wherever it appears again in
the same conversation, also without a cue ("建国", "Smith"); `number_people` gives each person one
`[NAME_n]` in order of first mention, a surname or given name joining its full name.
"""
from __future__ import annotations

import re

from annotation.deid.detection import Detection
from annotation.deid.names import NOT_NAMES, is_han, surname_length


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
