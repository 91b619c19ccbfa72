"""A learned second opinion on person names written in Latin letters, beside the rules (issue 10).

The English name rules take a word where a title, a relation, a greeting or a sign-off says a person
is meant, or where a list of given names knows it; a given name that list lacks (Babajide, Tendai),
a pinyin given name alone (Xiaoyan said) or a name with no cue (Thandiwe has been...) is left. This
module scores every capitalised Latin word the rules left with a logistic regression over the word's
own letters (endings and beginnings: -ide, Olu-), whether the list knows it, whether the conversation
also writes it in lower case (a word, not a name: "Hope" and "hope"), and the words and punctuation
around it. It is trained on the labelled development sets by `scripts/train_name_tagger.py --latin`
(weights in `latin_name_model.json`), with the same model and thresholds as the Chinese tagger
(`tagger.py`): a high score makes a NAME detection before propagation, a middle one lists the word for
an admin's review.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from annotation.deid import lexicon
from annotation.deid import vocabulary as v
from annotation.deid.detection import Detection
from annotation.deid.lexicon import ACCENTED, LATIN_FOLD
from annotation.deid.names import (
    after_saint,
    caps_given_after,
    followed_by_organisation,
    in_herb,
    in_vietnamese_place,
    is_han,
    no_patient,
)
from annotation.deid.pinyin import ROMANISED_SURNAMES, ROMANISED_SYLLABLES, pinyin_syllable_count
from annotation.deid.weights import Stored

WEIGHTS = Stored(Path(__file__).with_name("latin_name_model.json"))

# A Latin word: letters, with inner apostrophes and hyphens (O'Brien, Smith-Oduya), not inside an
# e-mail address, a web address, a code or a number (j.smith@, A1c, x-ray-2).
WORD = re.compile(r"(?<![A-Za-z0-9@_/\\.'’-])[A-Za-z]++(?:['’-][A-Za-z]++)*+(?![A-Za-z0-9@_/\\]|\.[A-Za-z])")
LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z]++(?![A-Za-z])")
TITLES = frozenset(t.lower() for t in v.EN_TITLES)
RELATIONS = frozenset(r.lower() for r in v.EN_RELATIONS)
CONTEXT = 3  # characters of punctuation read on each side


class Candidate(NamedTuple):
    start: int
    end: int  # the word without a possessive 's

    def text_in(self, text: str) -> str:
        return text[self.start : self.end]


def words_of(text: str) -> list[tuple[int, int]]:
    """Every Latin word's span, a possessive 's left out (Oluwaseun's: Oluwaseun)."""
    spans = []
    for found in WORD.finditer(text):
        start, end = found.span()
        if text[end - 1] == "s" and text[end - 2] in "'’" and end - start > 3:
            end -= 2
        spans.append((start, end))
    return spans


@lru_cache(maxsize=1 << 16)
def is_candidate(word: str) -> bool:
    """Whether the model is asked about the word: capitalised or a given name in lower case, no title."""
    return word.lower() not in TITLES and (capitalised(word) or lowercase_name(word))


def capitalised(word: str) -> bool:
    """A word that begins with a capital; in capitals only from three letters (HU, CT, GP are units and roles)."""
    return word[0].isupper() and len(word) >= 2 and not (len(word) == 2 and word.isupper())


# A part of a hospital named after a word or a person before it (Hope Wing, Nightingale Block).
BUILDING_PART = re.compile(
    r"(?<=[A-Za-z])[ \t]++(?:Wing|Block|Building|Tower|Pavilion|Annexe|Annex|Suite|Unit)(?![A-Za-z])"
)


def lowercase_name(word: str) -> bool:
    """A word in lower case that the given names' lists know (zanele, temitope: chat is written so)."""
    title = word.capitalize()
    return len(word) >= 3 and word.islower() and (title in v.EN_GIVEN_NAMES or lexicon.is_given_name(title))


# A medicine taken, in Chinese after its Latin name (Yasmin已经吃了半年, Lipitor服用三个月): no one.
TAKEN_AFTER = re.compile(r"[ \t]*+(?:已经|已經|一直)?+(?:吃了|服用|服了|用了|打了)")
COMPANY_AFTER = re.compile(r"[ \t]*+&")
COMPANY_BEFORE = re.compile(r"&[ \t]*+$")


# Given names that an examination note uses as the body's words (Eyes: Iris, lens and fundi normal).
BODY_WORDS = frozenset({"Iris", "IRIS"})
# Figures of medicine's history, as the words around a candidate may write them (Marie Curie nurses).
FAMOUS = re.compile(
    r"(?<![A-Za-z])(?:" + "|".join(sorted(map(re.escape, v.FAMOUS_PEOPLE))) + r")(?![A-Za-z])", re.IGNORECASE
)


def in_famous_name(text: str, start: int, end: int) -> bool:
    return any(f.start() < end and start < f.end() for f in FAMOUS.finditer(text, max(0, start - 24), end + 24))


def no_person(text: str, start: int, end: int) -> bool:
    """Whether the words at text[start:end] name no one whatever the model says: a herb's or a formula's
    pinyin (Bai Shao, Gui Zhi Tang), an eponym before its disease, a
    figure of medicine's history (Marie Curie), a drug before its dose (Keflex 500 mg) or
    taken (Yasmin已经吃了),
    a place (Mong Kok, Ang Mo Kio) or an organisation the words go on into (Tan Tock Seng Hospital, St Jude), a part of a hospital (Hope Wing), the iris, a
    company (Johnson & Johnson)."""
    return (
        in_herb(text, start, end)
        or in_vietnamese_place(text, start)
        or no_patient(text, start, end)
        or in_famous_name(text, start, end)
        or text[start:end] in BODY_WORDS
        or followed_by_organisation(text, end)
        or after_saint(text, start)
        or TAKEN_AFTER.match(text, end) is not None
        or BUILDING_PART.match(text, end) is not None
        or BUILDING_PART.fullmatch(text, max(0, start - 1), end) is not None
        or COMPANY_AFTER.match(text, end) is not None
        or COMPANY_BEFORE.search(text, max(0, start - 3), start) is not None
    )


@lru_cache(maxsize=1 << 16)
def word_features(word: str) -> tuple[str, ...]:
    """The word's own letters and what the lists say of it."""
    lower = word.lower()
    if word.islower():
        shape = "x"
    elif word.isupper():
        shape = "XX"
    elif word[1:].islower():
        shape = "Xx"
    else:
        shape = "XxX"
    if "-" in word or "’" in word or "'" in word:
        shape += "-"
    title = word[0] + word[1:].lower() if word.isupper() else word
    found = [
        "b",
        "w=" + lower,
        "s3=" + lower[-3:],
        "s4=" + lower[-4:],
        "p3=" + lower[:3],
        "shape=" + shape,
        "len=" + str(min(len(word), 12)),
    ]
    if title in v.EN_GIVEN_NAMES or lexicon.is_given_name(title):
        found.append("given")
    if title in lexicon.EN_WORDS_IN_NAME_LIST:
        found.append("word-name")
    if lower in v.EN_NOT_NAMES:
        found.append("not-name")
    if title in v.DISEASE_EPONYMS:
        found.append("eponym")
    # Pinyin and Cantonese spellings: a given name of two syllables (Mengyao, Tianyu), a surname (Luo).
    found.append("py=" + str(min(pinyin_syllable_count(lower), 3)))
    if lower in ROMANISED_SURNAMES:
        found.append("py-surname")
    if all(part in ROMANISED_SYLLABLES for part in lower.split("-")):
        found.append("romanised")
    return tuple(found)


def gap_class(gap: str) -> str:
    """What stands between two words, in a few classes."""
    if not gap:
        return "edge"
    if "\n" in gap or "\x00" in gap:
        return "line"
    kept = "".join("0" if c.isdigit() else c for c in gap if not c.isspace())
    if not kept:
        return "_"
    if any(is_han(c) for c in kept):
        return "han"
    return kept[-3:] if len(kept) <= 3 else kept[:3]


SENTENCE_GAPS = frozenset(("line", ".", "!", "?", ":", "edge"))


@lru_cache(maxsize=1 << 16)
def neighbour_features(side: str, word: str) -> tuple[str, ...]:
    """The word before (`side` P1) or after (N1) a candidate: itself, and whether it is a name's."""
    if not word:
        return (side + "=none",)
    lower = word.lower()
    found = [side + "=" + lower]
    if side == "N1":
        found.append("N1s2=" + lower[-2:])  # a verb's ending after a name (reports, reviewed)
    if capitalised(word):
        found.append(side + "cap")
        found += [side + ":" + f for f in ("given", "not-name", "word-name") if f in word_features(word)]
    if side == "P1" and lower.rstrip(".") in TITLES:
        found.append("P1title")
    if side == "P1" and lower in RELATIONS:
        found.append("P1relation")
    return tuple(found)


@lru_cache(maxsize=1 << 16)
def context_features(left: str, right: str, opens: bool, seen_lower: bool, p1: str, n1: str) -> tuple[str, ...]:
    """What stands around a candidate: punctuation, the words next to it, where the sentence begins,
    and whether the conversation writes the word in lower case too."""
    found = ["L=" + left, "R=" + right, "start" if opens else "mid"]
    if seen_lower:
        found.append("lower-seen")
    elif not opens:
        # Capitalised inside a sentence and never written in lower case: a proper noun (a name, a place,
        # a brand), which the words around it tell apart.
        found += ["proper", "proper|P1=" + (p1.lower() or "none"), "proper|N1=" + (n1.lower() or "none")]
    return (*found, *neighbour_features("P1", p1), *neighbour_features("N1", n1))


def candidates(text: str) -> list[tuple[Candidate, list[str]]]:
    """Each capitalised Latin word (or a given name in lower case) and what the model reads about it."""
    if ACCENTED.search(text):
        text = text.translate(LATIN_FOLD)  # same length: Rocío as Rocio, Bùi as Bui
    spans = words_of(text)
    if not spans:
        return []
    lowered = set(LOWER_WORD.findall(text))
    tokens = [text[s:e] for s, e in spans]
    repeats = Counter(tokens)
    found = []
    for i, (start, end) in enumerate(spans):
        word = tokens[i]
        if not is_candidate(word):
            continue  # Dr, Mrs, Patient: the name is after them
        previous_end = spans[i - 1][1] if i else 0
        next_start = spans[i + 1][0] if i + 1 < len(spans) else len(text)
        left = gap_class(text[max(previous_end, start - 12) : start])
        right = gap_class(text[end : min(next_start, end + 12)])
        p1 = tokens[i - 1] if i and left in ("_", ",", ".", "edge") else ""
        n1 = tokens[i + 1] if i + 1 < len(tokens) and right in ("_", ",") else ""
        opens = i == 0 or left in SENTENCE_GAPS
        features = [
            *word_features(word),
            *context_features(left, right, opens, word.lower() in lowered, p1, n1),
            "rep=" + str(min(repeats[word], 3)),
        ]
        if text.startswith(("'s", "’s"), end):
            features.append("possessive")
        found.append((Candidate(start, end), features))
    return found


SURNAME_AFTER = re.compile(r" ([A-Z][a-z]++|[A-Z]++)(?![A-Za-z])")
SURNAME_BEFORE = re.compile(r"(?<![A-Za-z])([A-Z][a-z]++|[A-Z]++) $")


def with_romanised_surname(text: str, start: int, end: int) -> tuple[int, int]:
    """A name with the Chinese surname spelt next to it (Mengyao Song, LUO Chenglong): the surname is
    a word too often (Song, Long) for the model to take it alone."""
    after = SURNAME_AFTER.match(text, end)
    if after is not None and after.group(1).lower() in ROMANISED_SURNAMES:
        end = after.end()
    before = SURNAME_BEFORE.search(text, max(0, start - 12), start)
    if before is not None and before.group(1).lower() in ROMANISED_SURNAMES:
        start = before.start()
    return start, end


def tag(text: str, detections: list[Detection]) -> tuple[list[Detection], list[tuple[int, int]]]:
    """Latin names the model is sure of that the rules missed (added to `detections`), and the words it
    is unsure of, for review. Neighbouring words taken together make one name (Babajide Adeyemi)."""
    model = WEIGHTS.active()
    if model.review_at == float("inf"):
        return detections, []
    original = text
    if ACCENTED.search(text):
        text = text.translate(LATIN_FOLD)  # same length: the guards read Bạch Mai as Bach Mai
    taken = bytearray(len(text))
    for d in detections:
        taken[d.start : d.end] = b"\x01" * (d.end - d.start)
    sure, review = [], []
    for c, features in candidates(text):
        if taken.find(1, c.start, c.end) != -1:
            continue
        score = model.score(features)
        if score >= model.replace_at:
            sure.append(c)
        elif score >= model.review_at:
            review.append((c.start, c.end))
    added = list(detections)
    merged: list[list[int]] = []
    for c in sure:
        if merged and text[merged[-1][1] : c.start] == " ":
            merged[-1][1] = c.end
        else:
            merged.append([c.start, c.end])
    for start, end in merged:
        wider = with_romanised_surname(text, start, end)
        if taken.find(1, *wider) == -1:
            start, end = wider
        if not no_person(text, start, end):
            wider = caps_given_after(text, (start, end))  # LUO, YULAN: the given name after the comma
            if taken.find(1, *wider) == -1:
                start, end = wider
            added.append(Detection("NAME", start, end, original[start:end]))
    return added, review
