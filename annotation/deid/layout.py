"""Views of a text that undo how a scan or a fax wrote it, for the patterns to read (scrubber 6).

* Letter-spaced lines (`住 院 号 ：ZY2021 871396`, `D O B :  2 2 / 0 8 / 1 9 4 6`, `W i l h e l m i n a`): an
  OCR'd form or a fax spells every character apart. Cue words and values then match nothing, so
  such lines are read with the spaces next to a lone character taken out (and wider gaps made one
  space). Only lines mostly made of lone characters are touched: prose, where a lone character is
  rare ("a", "I", "x" in 2 x 3 cm), keeps its spaces.
* OCR digits inside words (`Pat1ent`, `D0B`, `H0LMQV1ST`): a 0 or a 1 between two letters is read
  as O or I, in a view of the same length, so offsets hold.

The scrubber matches on these views and replaces the same spans in the text as written.
"""

from __future__ import annotations

import re

# Two lone characters in a row between spaces: the cheap test that a text may hold a letter-spaced
# line (it begins with a space, which lets the regex engine skip to the spaces).
SPACED_HINT = re.compile(r"[ \u3000]\S[ \u3000]++\S[ \u3000]")
LINE = re.compile(r"[^\n\x00]++")
GAP = re.compile(r"[ \t\u3000]++")
# At least this many lone characters, and this share of the line's tokens, make a line letter-spaced.
MIN_LONE = 4
LONE_SHARE = 0.6


def lone(token: str) -> bool:
    """A single character, maybe with punctuation around it ("3." ends a number read out digit by digit)."""
    return len(token.strip(".,;:!?()（）。，；：！？")) <= 1


def spaced_line(line: str) -> bool:
    tokens = line.split()
    lone_count = sum(map(lone, tokens))
    return lone_count >= MIN_LONE and lone_count >= LONE_SHARE * len(tokens)


def collapse_line(line: str, offset: int, pieces: list[str], index: list[int]) -> None:
    """Append `line` (at `offset` in the text) with its spacing undone to `pieces`, and each kept
    character's offset in the text to `index`."""
    position = 0
    for gap in GAP.finditer(line):
        start, end = gap.span()
        pieces.append(line[position:start])
        index.extend(range(offset + position, offset + start))
        position = end
        if start == 0 or end == len(line):
            pieces.append(line[start:end])  # leading and trailing spaces stay as they are
            index.extend(range(offset + start, offset + end))
            continue
        before = line[:start].rsplit(None, 1)[-1]
        after = line[end:].split(None, 1)[0]
        if end - start == 1 and (
            (lone(before) and lone(after)) or (not before[-1].isascii() and not after[0].isascii())
        ):
            continue  # the space between two letters of one spelt-out word, or between two Han characters
        pieces.append(" ")
        index.append(offset + start)
    pieces.append(line[position:])
    index.extend(range(offset + position, offset + len(line)))


def collapse_spacing(text: str) -> tuple[str, list[int] | None]:
    """`text` with its letter-spaced lines written together, and for each character of that view its
    offset in `text` (None, and `text` itself, when no line is letter-spaced)."""
    if SPACED_HINT.search(text) is None:
        return text, None
    lines = [m for m in LINE.finditer(text) if spaced_line(m.group())]
    if not lines:
        return text, None
    pieces: list[str] = []
    index: list[int] = []
    position = 0
    for line in lines:
        pieces.append(text[position : line.start()])
        index.extend(range(position, line.start()))
        collapse_line(line.group(), line.start(), pieces, index)
        position = line.end()
    pieces.append(text[position:])
    index.extend(range(position, len(text)))
    return "".join(pieces), index


# A 0 or 1 between two letters of a word that holds no other digit, not a UK postcode's outward
# part before its inward one (SW1A 1AA).
OCR_WORD = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]++(?:[01][A-Za-z]++)++(?![A-Za-z0-9])(?![ \t]?+\d[A-Za-z]{2}\b)")
OCR_DIGIT = re.compile(r"[01]")


def ocr_read(match: re.Match) -> str:
    word = match.group()

    def letter(digit: re.Match) -> str:
        upper = word[digit.start() - 1].isupper()
        return ("O" if upper else "o") if digit.group() == "0" else ("I" if upper else "i")

    return OCR_DIGIT.sub(letter, word)


def ocr_letters(text: str) -> str:
    """`text` with OCR digits inside words read as letters (same length)."""
    return OCR_WORD.sub(ocr_read, text)


__all__ = ["collapse_spacing", "ocr_letters"]
