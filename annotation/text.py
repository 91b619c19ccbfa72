r"""Text normalisation before de-identification and comparison (PROTOCOL §7).

Invisible formatting characters (zero-width spaces and joiners, the word joiner, the byte-order
mark, the soft hyphen, bidirectional controls, variation selectors and the other Unicode
"default ignorable" characters) carry no meaning in medical text, but they split identifiers so
that no pattern sees them: `138\u200b1234 5678` is a phone number to a reader, not to a regex.
Look-alike forms of ASCII letters, digits and the symbols found inside identifiers (full-width
`１３８`, `＠`, `．`, mathematical bold digits, Arabic-Indic digits, Unicode hyphens) do the same.

`normalise` removes the first and folds the second to ASCII: "NFKC where safe". Everything else
is left as written, so Chinese punctuation (`，：（）。！？；`), `℃`, `µg`, superscripts and
circled numbers keep their meaning and the text stays natural to read. The result is what medpref
stores and shows: the cleaned text is the text, since the removed characters cannot be seen and
keeping them would let identifiers through into snapshots.

`unacceptable_character` names what must be refused rather than cleaned: control characters
and lone surrogates, which mean a text was damaged on its way.
"""

from __future__ import annotations

import re
import unicodedata
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


def normalise(text: str) -> str:
    """Strip invisible formatting characters and fold look-alike ASCII, then compose (NFC).

    Idempotent: `normalise(normalise(t)) == normalise(t)`. Safe to call on any text people or
    models wrote; other apps comparing answers should use it (or `comparable`) too.
    """
    if text.isascii():
        return text
    if to_change().search(text):
        text = text.translate(translation())
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
