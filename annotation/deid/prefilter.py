"""What a rule's pattern says a text must hold for it to match, read from the parsed pattern (so it
cannot drift from what the pattern matches): a text without it is not scanned at all.

Three things, each exact (the scrubbed output is byte for byte what scanning every rule gives):
- `match_beginnings`: the characters a match can begin with (a cue list's first characters, [A-Z]);
  a text holding none of them (its `set` of characters, built once) cannot match. Lookarounds and
  anchors consume nothing and are passed over; a pattern that begins otherwise has no set.
- `required_chars`: characters every match (or its lookahead) holds: 生 for a date of birth before
  出生, "@" for an e-mail address.
- `skipping_search`: where the regex engine finds no literal or class prefix it tries the whole
  pattern at every position; searching for a rare first character first (A-Z in Chinese text) and
  trying the pattern only there is several times faster and finds the same matches.
Pairs of characters (bigrams) ruled out more texts but cost more to collect than they saved.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from re import _constants as sre  # the parser's opcodes: stable within a Python version
from re import _parser

LIMIT = 3000  # beginnings per pattern, beyond which the set costs more than it saves
SMALL_CLASS = 60  # characters of a class still spelt out one by one
Beginnings = frozenset[str]  # the characters a match can begin with
Search = Callable[[str, int], "re.Match | None"]
REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


def class_chars(items) -> list[str] | None:
    chars: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            chars.append(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < SMALL_CLASS:
            chars += [chr(c) for c in range(av[0], av[1] + 1)]
        else:
            return None  # a category (\d, \s), a negation, a wide range
    return chars if len(chars) <= SMALL_CLASS else None


def beginnings(items: list, length: int) -> set[str] | None:
    """The strings of up to `length` characters that a match of `items` can begin with; None when unknown
    or too many. A string shorter than `length` is a whole match."""
    if length == 0 or not items:
        return {""}
    op, av = items[0]
    rest = items[1:]
    if op is sre.LITERAL or op is sre.IN:
        chars = [chr(av)] if op is sre.LITERAL else class_chars(av)
        tails = beginnings(rest, length - 1) if chars is not None else None
        found = None if tails is None else {c + t for c in chars for t in tails}
    elif op is sre.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        found = None if add_flags or del_flags else beginnings(list(body) + rest, length)
    elif op is sre.BRANCH:
        found = union(beginnings(list(alternative) + rest, length) for alternative in av[1])
    elif op in REPEATS and av[0] == 0 and av[1] == 1:
        found = union((beginnings(rest, length), beginnings(list(av[2]) + rest, length)))
    elif op in ZERO_WIDTH:
        found = beginnings(rest, length)
    else:
        found = None
    return None if found is None or len(found) > LIMIT else found


def union(sets) -> set[str] | None:
    found: set[str] = set()
    for one in sets:
        if one is None:
            return None
        found |= one
    return found


def match_beginnings(pattern: re.Pattern) -> Beginnings | None:
    """The characters a match of `pattern` can begin with, or None where the pattern says too little
    (or too much) to rule a text out."""
    if pattern.flags & re.IGNORECASE:
        return None
    found = beginnings(list(_parser.parse(pattern.pattern, pattern.flags)), 1)
    return None if found is None or "" in found else frozenset(found)


# Where the regex engine finds no literal or class a match must begin with, it tries the whole pattern
# at every position of the text (tens of nanoseconds a character: `(?<![A-Za-z])[A-Z]...` on a
# Chinese text). A class of the characters a match can begin with, searched for first, lets the
# pattern be tried only where one of them is (`skipping_search`).
CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_WORD: r"\w"}


def class_parts(op, av) -> set[str] | None:
    if op is sre.LITERAL:
        return {re.escape(chr(av))}
    parts = set()
    for item, value in av:
        if item is sre.LITERAL:
            parts.add(re.escape(chr(value)))
        elif item is sre.RANGE:
            parts.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif item is sre.CATEGORY and value in CATEGORIES:
            parts.add(CATEGORIES[value])
        else:
            return None  # a negated class, another category
    return parts


def first_parts(items: list) -> set[str] | None:
    """The class (as parts of a character class) of the first character of every match of `items`, or
    None where a match can be empty or begins with something else."""
    if not items:
        return None
    op, av = items[0]
    rest = items[1:]
    if op is sre.LITERAL or op is sre.IN:
        return class_parts(op, av)
    if op is sre.SUBPATTERN:
        return None if av[1] or av[2] else first_parts(list(av[3]) + rest)
    if op is sre.ATOMIC_GROUP:
        return first_parts(list(av) + rest)
    if op is sre.BRANCH:
        return union(first_parts(list(alternative) + rest) for alternative in av[1])
    if op in REPEATS:
        inside = first_parts(list(av[2]) + rest)
        return inside if av[0] else union((inside, first_parts(rest)))
    if op in ZERO_WIDTH:
        return first_parts(rest)
    return None


def engine_skips(pattern: re.Pattern) -> bool:
    """Whether the regex engine itself skips to where a match can begin (a literal or class prefix)."""
    from re import _compiler

    parsed = _parser.parse(pattern.pattern, pattern.flags)
    prefix = _compiler._get_literal_prefix(parsed, pattern.flags)[0]
    return bool(prefix) or bool(_compiler._get_charset_prefix(parsed, pattern.flags))


def rare(part: str) -> bool:
    """Whether a class part is rare enough in text for a Python-level loop over its hits to beat the
    engine's own scan: no digits, spaces, lower-case letters or wide ranges (measured on the labelled
    sets, the import benchmark's texts and shared/data: the Han range and \\d lose, [A-Z] wins 3x)."""
    if part.startswith("\\") and part[1:2] in "dsw" and len(part) == 2:
        return False
    if len(part) >= 3 and "-" in part[1:-1]:
        low, high = part.replace("\\", "").split("-", 1)
        return len(low) == len(high) == 1 and ord(high) - ord(low) <= 26 and not low.islower()
    return not part.replace("\\", "").islower()


def starts(pattern: re.Pattern) -> re.Pattern | None:
    """A class of the characters every match of `pattern` begins with, where the engine has none and
    the class is rare."""
    if pattern.flags & re.IGNORECASE or engine_skips(pattern):
        return None
    parts = first_parts(list(_parser.parse(pattern.pattern, pattern.flags)))
    if parts is None or not all(rare(p) for p in parts):
        return None
    return re.compile("[" + "".join(sorted(parts)) + "]")


def skipping_search(pattern: re.Pattern, start: re.Pattern) -> Search:
    """`pattern.search`, trying the pattern only where `start` finds a character a match can begin with:
    the first position from `position` on where the pattern matches, as `search` finds it."""
    match, candidate = pattern.match, start.search

    def search(text: str, position: int = 0) -> re.Match | None:
        while (found := candidate(text, position)) is not None:
            position = found.start()
            if (matched := match(text, position)) is not None:
                return matched
            position += 1
        return None

    return search


def required(items) -> set[str]:
    """Characters every match of `items` holds, or that a lookahead or lookbehind of every match
    must see: a text without one of them holds no match (`湖北省...路` needs 路 or another marker)."""
    found: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            found.add(chr(av))
        elif op is sre.IN and len(av) == 1 and av[0][0] is sre.LITERAL:
            found.add(chr(av[0][1]))
        elif op is sre.SUBPATTERN and not av[1] and not av[2]:  # no inline flags such as (?i:...)
            found |= required(av[3])
        elif op is sre.ATOMIC_GROUP:
            found |= required(av)
        elif op is sre.BRANCH:
            alternatives = [required(alternative) for alternative in av[1]]
            found |= set.intersection(*alternatives) if alternatives else set()
        elif op in REPEATS and av[0] >= 1:
            found |= required(av[2])
        elif op is sre.ASSERT:
            found |= required(av[1])
    return found


def required_chars(pattern: re.Pattern) -> frozenset[str]:
    if pattern.flags & re.IGNORECASE:
        return frozenset()
    return frozenset(required(_parser.parse(pattern.pattern, pattern.flags)))
