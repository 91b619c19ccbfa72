r"""What a rule's pattern says about its matches, read from the parsed pattern (so it cannot drift
from what the pattern matches), to scan less without finding anything else.

Three things, each exact (the scrubbed output is byte for byte what scanning every rule gives; the
tests compare `detect` with a plain scan of every rule on the labelled sets and hostile inputs):
- `required_chars`: characters every match (or its lookahead) holds: 生 for a date of birth before
  出生, "@" for an e-mail address. A text without one of them is not scanned (`c in text`, a C
  search: building the text's set of characters cost more than the checks it saved).
- `with_start_class`: where the regex engine finds no literal or class a match must begin with
  (behind a lookbehind, a repeat, mixed alternatives) it tries the whole pattern at every position,
  tens of nanoseconds a character. The class every match begins with (`first_parts`), put in the
  pattern's compiled INFO block, makes the engine skip in C to where that class matches and try the
  pattern only there: what it does itself for a pattern that opens with [A-Z]. No match begins
  elsewhere, so the matches are the same; 2-8x faster on those rules.
- `match_prefixes`: strings one of which every match begins with ("MRN", "DOB", "Re:"), read until
  the pattern says something not spelt out (`\d`, `[A-Z]`, a lookaround is passed over), where the
  prefix stops: every match still begins with what was read. For English cue lists they join the
  trigger words' automaton (`annotation.deid.cue_prefixes`), and a rule none of whose prefixes the
  text holds is not run.
Pairs of characters (bigrams) ruled out more texts but cost more to collect than they saved; so did
an automaton of every rule's prefixes, Han ones included (`wordscan`: hundreds of first characters
make pyahocorasick slow).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from re import _constants as sre  # the parser's opcodes and flags: stable within a Python version
from re import _parser

Search = Callable[[str, int], "re.Match | None"]
REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


def union(sets) -> set[str] | None:
    found: set[str] = set()
    for one in sets:
        if one is None:
            return None
        found |= one
    return found


# The class of a match's first character, as the parts of a character class ([A-Z], \\d, 邮).
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


def with_start_class(pattern: re.Pattern) -> re.Pattern | None:
    """`pattern`, compiled with the class every match begins with as its search's skip set; None where
    the engine already skips or no such class is known, or where this Python's regex compiler is not
    the one this was written for (CPython 3.11-3.13 internals): the plain pattern then runs, slower,
    with the same output (test_deid_speed's start-class test fails loudly so the loss is seen)."""
    try:
        with START_CLASS_LOCK:  # the compiler's hook is patched for this one call
            return compile_with_start_class(pattern)
    except (AttributeError, TypeError, ValueError, ImportError):
        return None


START_CLASS_LOCK = threading.Lock()


def compile_with_start_class(pattern: re.Pattern) -> re.Pattern | None:
    from re import _compiler

    if pattern.flags & re.IGNORECASE or engine_skips(pattern):
        return None
    parts = first_parts(list(_parser.parse(pattern.pattern, pattern.flags)))
    if parts is None:
        return None
    ((op, av),) = _parser.parse("[" + "".join(sorted(parts)) + "]", pattern.flags).data
    charset = list(av) if op is sre.IN else [(op, av)]  # [a] parses as the literal a
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    found = _compiler._get_charset_prefix
    _compiler._get_charset_prefix = lambda within, flags: charset if within is parsed else found(within, flags)
    try:
        code = _compiler._code(parsed, pattern.flags)
    finally:
        _compiler._get_charset_prefix = found
    if code[0] != sre.INFO or not code[2] & sre.SRE_INFO_CHARSET:
        return None  # a pattern that may match nothing: every position stays a candidate
    groups = parsed.state.groupdict
    names = [None] * parsed.state.groups
    for name, index in groups.items():
        names[index] = name
    import _sre

    return _sre.compile(
        pattern.pattern, pattern.flags | parsed.state.flags, code, parsed.state.groups - 1, groups, tuple(names)
    )


# The strings every match begins with ("MRN", "DOB", "Dr."), read as far as the pattern spells them.
PREFIX_LENGTH = 6  # characters of a prefix read at most: longer ones rule out few more texts
PREFIX_LIMIT = 1500  # prefixes per pattern at most; beyond, shorter ones are read
SPELT_CLASS = 8  # characters of a class still spelt out one by one ([ \t], [:：]; not [A-Z])


class TooMany(Exception):
    """More than PREFIX_LIMIT prefixes: read shorter ones."""


def class_members(op, av) -> list[str] | None:
    """The characters a LITERAL or IN item matches, or None where they are too many to spell out."""
    if op is sre.LITERAL:
        return [chr(av)]
    chars: list[str] = []
    for item, value in av:
        if item is sre.LITERAL:
            chars.append(chr(value))
        elif item is sre.RANGE and value[1] - value[0] < SPELT_CLASS:
            chars += [chr(c) for c in range(value[0], value[1] + 1)]
        else:
            return None  # a negation, \d, \s, \w, a wide range
    chars = list(dict.fromkeys(chars))
    return chars if len(chars) <= SPELT_CLASS else None


def prefixes(items: list, length: int) -> set[str]:
    """Strings of at most `length` characters one of which every match of `items` begins with ("" where
    nothing is known: every text holds it). Where the pattern says something not spelt out, the
    prefix stops there: every match still begins with what was read before."""
    if length == 0 or not items:
        return {""}
    op, av = items[0]
    rest = items[1:]
    if op is sre.LITERAL or op is sre.IN:
        chars = class_members(op, av)
        if chars is None:
            return {""}
        tails = prefixes(rest, length - 1)
        found = {c + t for c in chars for t in tails}
    elif op is sre.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        if (add_flags | del_flags) & (sre.SRE_FLAG_IGNORECASE | sre.SRE_FLAG_LOCALE):
            return {""}
        found = prefixes(list(body) + rest, length)
    elif op is sre.ATOMIC_GROUP:
        found = prefixes(list(av) + rest, length)
    elif op is sre.BRANCH:
        found = set()
        for alternative in av[1]:
            found |= prefixes(list(alternative) + rest, length)
            if len(found) > PREFIX_LIMIT:
                raise TooMany
    elif op in REPEATS:
        low, high, body = av
        if high == 0:
            return prefixes(rest, length)
        if body.getwidth()[0] == 0:
            return {""}  # a body that may match nothing: no step forward to read
        more = [(op, (max(low - 1, 0), high if high == sre.MAXREPEAT else high - 1, body))]
        found = prefixes(list(body) + more + rest, length)  # one repetition, then the others
        if low == 0:
            found |= prefixes(rest, length)  # none at all
    elif op in ZERO_WIDTH:
        return prefixes(rest, length)
    else:
        return {""}  # ANY, NOT_LITERAL, GROUPREF, ...: nothing spelt out
    if len(found) > PREFIX_LIMIT:
        raise TooMany
    return found


def match_prefixes(pattern: re.Pattern) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` begins with, the longest that stay within
    PREFIX_LIMIT and without those that begin with another; None where a match may begin with anything."""
    if pattern.flags & re.IGNORECASE:
        return None
    items = list(_parser.parse(pattern.pattern, pattern.flags))
    for length in range(PREFIX_LENGTH, 0, -1):
        try:
            found = prefixes(items, length)
        except TooMany:
            continue
        if "" in found:
            return None
        return frozenset(p for p in found if not any(p[:n] in found for n in range(1, len(p))))
    return None
