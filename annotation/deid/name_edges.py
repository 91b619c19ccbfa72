"""Where a name in Latin letters ends: the parts a rule that found it may have left beside it.

A rule reads a name of the shape it knows, and what it left is as identifying as what it took:
- the father's name after a particle (Muthu Krishnan a/l Ramasamy, Siti binti Ahmad), where a
  form's label took the given names first (`names.PATRONYMIC`);
- a romanised Chinese surname before given-name syllables (Ng Kok Leong, Yip Mei Kuen, Nguyen Thi
  Lan), or those syllables after a surname taken alone (Kwek Boon Hwee, Lee Geok Choo);
- the given name after a Vietnamese middle name (Nguyen Van An, Tran Thi Ha): Van and Thi say one
  follows, even where it is also an English word.
"""

from __future__ import annotations

import re

from annotation.deid.detection import Detection
from annotation.deid.names import EPONYM_NOUN_REACH, PATRONYMIC, patronymic_evidence, plain_name_word
from annotation.deid.pinyin import ROMANISED_SURNAMES, SOUTHERN_SURNAMES
from annotation.deid.shapes import southern_syllable

SURNAMES = ROMANISED_SURNAMES | SOUTHERN_SURNAMES
FATHER_AFTER = re.compile(
    rf"[ \t](?P<particle>{PATRONYMIC})[ \t](?P<name>[A-Z][a-z'’-]++(?:[ \t][A-Z][a-z'’-]++)?)(?![A-Za-z])"
)
SURNAME_BEFORE = re.compile(r"(?<![A-Za-z'’-])(?P<surname>[A-Z][a-z]++|[A-Z]{2,}+)[ \t]$")
SURNAME_MIDDLE_BEFORE = re.compile(
    r"(?<![A-Za-z'’-])(?P<surname>[A-Z][a-z]++|[A-Z]{2,}+)[ \t](?:Van|Thi|VAN|THI)[ \t]$"
)
SYLLABLES_AFTER = re.compile(r"(?:[ \t][A-Z][a-z]++(?:-[a-z]++)?){1,2}(?![A-Za-z'’-])")
ONE_SYLLABLE_AFTER = re.compile(r"[ \t][A-Z][a-z]++(?![A-Za-z'’-])")
#: Vietnamese middle names (văn for men, thị for women) between the surname and the given name.
VIETNAMESE_MIDDLE = frozenset({"van", "thi"})


def given_syllable(word: str) -> bool:
    """One syllable of a Chinese or Vietnamese given name in Latin letters (Kok, Pei, Mei, Thi, Geok)."""
    return all(map(southern_syllable, word.split("-")))


def widened(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the name at text[start:end] with what belongs to it on either side (module docstring)."""
    words = text[start:end].split()
    if not words or not all(w[:1].isascii() and w[:1].isalpha() for w in words):
        return start, end  # a name in Han characters, or a placeholder-like token
    father = FATHER_AFTER.match(text, end)
    if father is not None and patronymic_evidence(
        words,
        father.group("particle"),
        father.group("name").split(),
        text[father.end() : father.end() + EPONYM_NOUN_REACH],
    ):
        return start, father.end()
    if all(given_syllable(w) for w in words) and len(words) <= 3:
        before = SURNAME_BEFORE.search(text, max(0, start - 12), start)
        if before is not None and before.group("surname").lower() in SURNAMES:
            return before.start(), end
        middle = SURNAME_MIDDLE_BEFORE.search(text, max(0, start - 16), start)
        if middle is not None and middle.group("surname").lower() in SOUTHERN_SURNAMES:
            return middle.start(), end  # Pham Van Duc, where a rule took Duc
    if (
        len(words) == 2
        and words[0].lower() in SOUTHERN_SURNAMES
        and words[1].lower() in VIETNAMESE_MIDDLE
        and (after := ONE_SYLLABLE_AFTER.match(text, end)) is not None
        and given_syllable(after.group().strip())
    ):
        return start, after.end()
    if words[-1].lower() in SURNAMES and (after := SYLLABLES_AFTER.match(text, end)) is not None:
        if all(given_syllable(w) and plain_name_word(w) for w in after.group().split()):
            return start, after.end()
    return start, end


def with_edges(text: str, original: str, found: list[Detection], taken: bytearray) -> list[Detection]:
    """`found` with each Latin name widened (`widened`) where what it takes on is no detection yet."""
    widened_found = []
    for d in found:
        if d.kind == "NAME":
            start, end = widened(text, d.start, d.end)
            if (
                (start, end) != (d.start, d.end)
                and taken.find(1, start, d.start) == -1
                and taken.find(1, d.end, end) == -1
            ):
                taken[start:end] = b"\x01" * (end - start)
                d = Detection("NAME", start, end, original[start:end])
        widened_found.append(d)
    return widened_found
