r"""Text normalisation before de-identification and comparison (PROTOCOL §7).

Invisible formatting characters (zero-width spaces and joiners, the word joiner, the byte-order
mark, the soft hyphen, bidirectional controls, variation selectors and the other Unicode
"default ignorable" characters) carry no meaning in medical text, but they split identifiers so
that no pattern sees them: `138\u200b1234 5678` is a phone number to a reader, not to a regex.
Look-alike forms of ASCII letters, digits and the symbols found inside identifiers (full-width
`１３８`, `＠`, `．`, mathematical bold digits, Arabic-Indic digits, Unicode hyphens) do the same.

`normalise` removes the first and folds the second to ASCII: "NFKC where safe". One exception to
the removal: where invisible characters stand at a word boundary the writer hid, between a
lower-case and a capital letter ("John\u200bSmith", "mary\u2060Jones") or where a run of capitals
meets a capitalised word or another run of capitals ("SMITH\u200bJohn", "JOHN\u200bSMITH"), they
become one space (`hidden_boundary` says exactly where): glued into "JohnSmith" the name is one word
that neither a name rule nor a later mention ("Smith said...") recognises, so removing them would
hide an identifier as surely as keeping them. Everything else is left as written, so Chinese
punctuation (`，：（）。！？；`), `℃`, `µg`, superscripts and circled numbers keep their meaning and
the text stays natural to read. The result is what medpref stores and shows: the cleaned text is
the text, since the removed characters cannot be seen and keeping them would let identifiers
through into snapshots.

`unacceptable_character` names what must be refused rather than cleaned: control characters
and lone surrogates, which mean a text was damaged on its way.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from django.utils.translation import gettext

# Unicode's Default_Ignorable_Code_Point characters that are not of category Cf (those are found
# by category below); unicodedata has no accessor for the property itself.
IGNORABLE_RANGES = (
    (0x034F, 0x034F),  # combining grapheme joiner
    (0x115F, 0x1160),  # Hangul fillers
    (0x17B4, 0x17B5),  # Khmer inherent vowels
    (0x180B, 0x180F),  # Mongolian free variation selectors
    (0x3164, 0x3164),  # Hangul filler
    (0xFE00, 0xFE0F),  # variation selectors
    (0xFFA0, 0xFFA0),  # halfwidth Hangul filler
    (0xE0100, 0xE01EF),  # variation selectors supplement
)
# Full-width symbols that occur inside e-mail addresses, phone, ID and record numbers and dates.
# The rest of U+FF01-FF5E (，：；（）！？ and friends) is ordinary Chinese punctuation and stays.
FULL_WIDTH_SYMBOLS = "＠．＋－＿％＃／＊"
HYPHENS = "\u2010\u2011\u2012\u2212\ufe63"
# Planes holding every Cf character and every decimal digit (BMP, SMP, tags plane).
SCANNED_PLANES = (range(0x0000, 0x20000), range(0xE0000, 0xE1000))
# Control characters other than tab, line feed and carriage return, and lone surrogates: never
# part of a text someone wrote; NUL and surrogates cannot even be stored in PostgreSQL or sent as UTF-8.
UNACCEPTABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


@cache
def translation() -> dict[int, str | None]:
    """The str.translate table: ignorable code points to None, look-alikes to ASCII."""
    table: dict[int, str | None] = {}
    for start, end in IGNORABLE_RANGES:
        table.update(dict.fromkeys(range(start, end + 1)))
    for plane in SCANNED_PLANES:
        for code in plane:
            char = chr(code)
            category = unicodedata.category(char)
            if category == "Cf":
                table[code] = None
            elif code > 0x7F and category in ("Lu", "Ll", "Nd"):
                folded = ascii_form(char, category)
                if folded:
                    table[code] = folded
    for char in FULL_WIDTH_SYMBOLS:
        table[ord(char)] = chr(ord(char) - 0xFEE0)
    for char in HYPHENS:
        table[ord(char)] = "-"
    return table


@cache
def to_change() -> re.Pattern:
    """Characters normalise may change: finding none is much faster than translating.

    The BMP keys form one class (compiled to a bitmap); any astral character counts as a
    candidate, since a class with astral ranges would be checked range by range.
    """
    codes = sorted(code for code in translation() if code <= 0xFFFF)
    ranges, start, end = [], codes[0], codes[0]
    for code in codes[1:]:
        if code != end + 1:
            ranges.append((start, end))
            start = code
        end = code
    ranges.append((start, end))
    bmp = "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges)
    return re.compile(f"[{bmp}]|[\U00010000-\U0010ffff]")


def ascii_form(char: str, category: str) -> str | None:
    """The ASCII letters or digit a letter or digit stands for, if it is only another form of them."""
    compatible = unicodedata.normalize("NFKC", char)
    if compatible.isascii() and compatible.isalnum():
        return compatible
    if category == "Nd":
        return str(unicodedata.decimal(char))
    return None


@cache
def invisible_runs() -> re.Pattern:
    """Runs of the characters `translation` removes (a class with a few astral ranges: it only runs
    on texts where `to_change` found something)."""
    codes = sorted(code for code, value in translation().items() if value is None)
    ranges, start, end = [], codes[0], codes[0]
    for code in codes[1:]:
        if code != end + 1:
            ranges.append((start, end))
            start = code
        end = code
    ranges.append((start, end))
    body = "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges)
    return re.compile(f"[{body}]++")


# What joins the parts of an e-mail address, a URL, a path or a code: a word next to one of these
# (or to a digit) is part of such a token, where a space would split it ("Jane\u200bDoe@example.org"
# must stay one address for the e-mail rule), so invisible characters inside it are only removed.
TOKEN_JOINERS = frozenset("@_%+/\\#=&~") | frozenset("＠＿％＋／＃")
# A word as `in_token` reads one: letters, and the apostrophes and hyphens of names (O'Brien-Smith).
WORD = re.compile(r"(?:[^\W\d_]|['’-])++")


def in_token(text: str, word: tuple[int, int]) -> bool:
    """Whether `word` (its span in `text`) belongs to an address, a URL or a code: a digit or a
    joining symbol (`TOKEN_JOINERS`) touches it, or a full stop with a letter or digit after it
    follows it (example.org; "Smith." ending a sentence is no token)."""
    left, right = word[0] - 1, word[1]
    if left >= 0 and (text[left].isdigit() or text[left] in TOKEN_JOINERS):
        return True
    if right < len(text):
        after = text[right]
        if after.isdigit() or after in TOKEN_JOINERS:
            return True
        if after in ".．" and right + 1 < len(text) and text[right + 1].isalnum():
            return True
    return False


def hidden_boundary(text: str, cut: int) -> bool:
    r"""Whether a run of invisible characters removed before `text[cut]` (`text` is without them)
    hid a word boundary there, as the letters' case says.

    Never from which invisible character was used: a careless or hostile writer picks any of them
    (a zero-width space, a word joiner, a soft hyphen, a bidirectional mark), and a glued name leaks
    whichever it was. So a boundary is between a word of two or more letters ending in lower case
    and a capital ("John\u200bSmith", also "J\u200bo\u200bh\u200bn\u200bS\u200bm\u200bi\u200bt\u200bh"),
    between a capital and a capitalised word ("SMITH\u200bJohn") and between two runs of two or more
    capitals ("JOHN\u200bSMITH"); nowhere else: not inside a word ("hyphen\u00adation", "na\u200bive"),
    after one lower-case letter ("i\u200bPhone", "e\u200bGFR", "m\u200bRNA"), between single capitals
    ("O\u200bK"), between Han characters (Chinese writes no spaces: "张\u200b伟" is 张伟), in emoji
    sequences (ZWJ) or next to digits ("138\u200b1234"). The price is a space in a camel-case word
    written with an invisible character inside ("Java\u00adScript" becomes "Java Script"): readable
    still, where a glued name is an identifier let through.
    """
    if cut == 0 or cut == len(text):
        return False
    before, after = text[cut - 1], text[cut]
    if not (before.isalpha() and after.isupper()):
        return False
    preceding = text[cut - 2] if cut >= 2 else ""
    if before.isupper():
        following = text[cut + 1 : cut + 2]
        return following.islower() or (preceding.isupper() and following.isupper())
    return before.islower() and preceding.isalpha()  # not one lower-case letter (iPhone), nor Han


def without_invisible(text: str) -> str:
    r"""`text` without its invisible characters, with one space where a run of them hid a word
    boundary (`hidden_boundary`) and the word it was in is no part of an address, a URL or a code
    (`in_token`: "Jane\u200bDoe@example.org" stays one address). Linear in the text, however many
    invisible characters a hostile one holds: each run is looked at once, each word found once."""
    pieces, cuts, position, length = [], [], 0, 0
    for run in invisible_runs().finditer(text):
        pieces.append(text[position : run.start()])
        length += run.start() - position
        cuts.append(length)
        position = run.end()
    if not cuts:
        return text
    pieces.append(text[position:])
    text = "".join(pieces)
    spaced = [cut for cut in cuts if hidden_boundary(text, cut)]
    if not spaced:
        return text
    words = [found.span() for found in WORD.finditer(text)]
    starts = [start for start, _ in words]
    pieces, position = [], 0
    for cut in spaced:
        if in_token(text, words[bisect_right(starts, cut) - 1]):  # a cut between letters: inside a word
            continue
        pieces += [text[position:cut], " "]
        position = cut
    pieces.append(text[position:])
    return "".join(pieces)


def normalise(text: str) -> str:
    """Strip invisible formatting characters and fold look-alike ASCII, then compose (NFC).

    Invisible characters that hide a word boundary become a space instead (`without_invisible`).
    Idempotent: `normalise(normalise(t)) == normalise(t)` (no invisible character is left for a
    second pass to read). ASCII text is returned as it is. Safe to call on any text people or
    models wrote; other apps comparing answers should use it (or `comparable`) too.
    """
    return folded(text, without_invisible)


def legacy_normalise(text: str) -> str:
    """`normalise` as it was before invisible characters at a hidden word boundary became a space
    (scrubber 11): they are dropped. Only what must stay as it was may use it: the digest an
    imported row without an id is known by (`formats.content_id`), so that a file imported again
    after the upgrade finds its rows."""
    return folded(text, str)


def folded(text: str, unhide: Callable[[str], str]) -> str:
    """`text` with `unhide` applied where it holds a character to change, then the translation
    (invisible characters dropped, look-alikes folded) and NFC."""
    if text.isascii():
        return text
    if to_change().search(text):
        text = unhide(text).translate(translation())
    return unicodedata.normalize("NFC", text)


def unacceptable_character(text: str) -> str | None:
    """Why `text` cannot be taken as it is, e.g. "a NUL character (U+0000) at character 3", or None.

    Such text is refused, not cleaned: a lone surrogate or a control character means the text was
    damaged on its way (a broken \\u escape, a wrong encoding), and the sender should know.
    """
    bad = UNACCEPTABLE.search(text)
    if bad is None:
        return None
    code = ord(bad.group())
    if 0xD800 <= code <= 0xDFFF:
        kind = gettext("a lone surrogate")
    else:
        kind = gettext("a NUL character") if code == 0 else gettext("a control character")
    return gettext("%(kind)s (U+%(code)s) at character %(position)s") % {
        "kind": kind,
        "code": f"{code:04X}",
        "position": bad.start() + 1,
    }


def comparable(text: str) -> str:
    """What "the same text" means: normalised, with every run of whitespace as one space."""
    return " ".join(normalise(text).split())
