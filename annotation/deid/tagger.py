"""A learned second opinion on Chinese person names, beside the rules (issue 10).

The name rules take a surname and one or two given characters where a cue says a person is meant;
each round of rules gained a lot on the sets it was written for and only about a quarter of that on
a new writer's text. This module scores every place where a surname (`surnames.py`) is followed by
one or two Han characters with a logistic regression over the characters around it, the candidate's
own characters and what jieba's dictionary says about them (`lexicon`), trained on the labelled
development sets by `scripts/train_name_tagger.py` (weights in `name_model.json`, read once on
first use). `scrub_conversation` asks it only about candidates the rules did not already take: a
high score makes a NAME detection before propagation (so later mentions go too) where the span
looks like a full name and no word (`replaceable`); a middle score, or a high one that fails that
test, lists the span for an admin's review instead of replacing it.

Features are plain strings looked up in a dict (no `hash()`), so scores do not depend on
PYTHONHASHSEED; candidates are taken in text order and ties broken by position.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import repeat
from pathlib import Path
from typing import NamedTuple

from annotation.deid import lexicon
from annotation.deid.detection import Detection
from annotation.deid.names import QUANTITY_AFTER, STOP, is_han, starts_with_word
from annotation.deid.vocabulary import (
    DOUBLE_SURNAMES,
    EVERYDAY,
    GIVEN_CHARS,
    SURNAMES,
    ZH_CUES,
    ZH_DRUGS_LIKE_NAMES,
    ZH_TITLES,
)

MODEL_FILE = Path(__file__).with_name("name_model.json")

# Where a surname can start a name: the first character of a single or a double surname, then a Han
# character (one character class: the regex engine skips to it).
SURNAME_START = re.compile(
    "[" + "".join(sorted(SURNAMES | {double[0] for double in DOUBLE_SURNAMES})) + "](?=[\u4e00-\u9fff])"
)
# A given-name character may be one that usually ends a name only when names often use it too (家豪).
BLOCKED = STOP - GIVEN_CHARS


# A two-character given name this frequent in jieba's dictionary is a word first (健康 5971, 过敏 521; 国庆 131 too:
# such a name is listed for review, not replaced).
COMMON_GIVEN = 100

# The rules' cue words before a name and titles after one, as sets: the model learns how much each
# kind of context counts, also for a cue it never saw in training.
CUES = frozenset(ZH_CUES)
TITLES = frozenset(ZH_TITLES)


class Candidate(NamedTuple):
    """A surname and one or two given characters at text[start:end] (a tuple: made by the thousand)."""

    start: int
    end: int
    surname: int  # the surname's length, 1 or 2

    def text_in(self, text: str) -> str:
        return text[self.start : self.end]


@lru_cache(maxsize=1 << 16)
def word_begins(pair: str) -> bool:
    """`names.starts_with_word` for a surname and the character after it (it reads only those two)."""
    return starts_with_word(pair, 0)


def candidates(text: str) -> Iterator[Candidate]:
    """Every surname followed by one or two Han characters that can be part of a given name, in text order.

    No single surname where an everyday character (和医生) or a word (高水平, 白细胞) begins: the
    rules' own test (`names.starts_with_word`), asked last because it is the dearest."""
    for found in SURNAME_START.finditer(text):
        start = found.start()
        lengths = [2] if text[start : start + 2] in DOUBLE_SURNAMES else []
        first = text[start]
        if (
            first in SURNAMES
            and first not in EVERYDAY
            and text[start + 1] not in BLOCKED
            and not word_begins(text[start : start + 2])
        ):
            lengths.append(1)
        for surname in lengths:
            given = start + surname
            for end in (given + 1, given + 2):
                if end > len(text) or not is_han(text[end - 1]) or text[end - 1] in BLOCKED:
                    break
                yield Candidate(start, end, surname)


def char_class(char: str) -> str:
    if not char:
        return "edge"
    if is_han(char):
        return "han"
    if char in "\n\x00":
        return "line"
    if char.isspace():
        return "space"
    if char.isdigit():
        return "digit"
    if char.isascii() and char.isalpha():
        return "latin"
    return "punct:" + char


def bucket(count: int) -> str:
    """A dictionary frequency in a few steps (0, <10, <100, <1000, more)."""
    if count <= 0:
        return "0"
    return str(min(len(str(count)), 4))


@cache
def character_use() -> dict[str, str]:
    """How many of the dictionary's words (`lexicon.chinese_words`) each character is part of, in steps
    of four times ("0": none, "1": 1-3, "2": 4-15, ... "6": 1024 and more): the characters of rare
    given names (璞, 珺, 澍) are in few, everyday ones in thousands."""
    counts: Counter = Counter()
    for word in lexicon.chinese_words():
        counts.update(set(word))
    steps = {}
    for char, count in counts.items():
        step = 0
        while count and step < 6:
            count >>= 2
            step += 1
        steps[char] = str(step)
    return steps


def use_bucket(char: str) -> str:
    return character_use().get(char, "0")


@lru_cache(maxsize=1 << 16)
def frequency(text: str) -> int:
    """`lexicon.frequency`, remembered: the same pairs come back in every text."""
    return lexicon.frequency(text)


def trailing_han(text: str) -> int:
    """How many Han characters `text` ends with."""
    count = 0
    for char in reversed(text):
        if not is_han(char):
            break
        count += 1
    return count


def leading_han(text: str) -> int:
    """How many Han characters `text` begins with."""
    count = 0
    for char in text:
        if not is_han(char):
            break
        count += 1
    return count


# The features come in three parts, each a function of a few characters only and remembered: the same
# surnames, given names and contexts come back across texts, and reading the dictionary for each
# candidate anew was a fifth of the scrubber's time.
@lru_cache(maxsize=1 << 16)
def inner_features(surname: str, given: str) -> tuple[str, ...]:
    """The candidate's own characters and what the dictionary says about them."""
    whole, gl = surname + given, str(len(given))
    found = [
        "bias",
        "gl=" + gl,
        "s=" + surname,
        "g1=" + given[0],
        "gN=" + given[-1],
        "gg=" + given if len(given) == 2 else "g=" + given,
        "w=" + bucket(frequency(whole)) + gl,
        "sg1=" + bucket(frequency(surname[-1] + given[0])),
        "sU=" + use_bucket(surname[-1]),
    ]
    found += ["gU=" + use_bucket(char) for char in given]
    if len(given) == 2:
        found.append("ggw=" + bucket(frequency(given)))
    if lexicon.is_person_name(whole):
        found.append("person")
    if lexicon.is_function_word(surname[-1] + given[0]):
        found.append("sg1:function")
    if surname in EVERYDAY:
        found.append("s:everyday")
    found += ["g:given" if char in GIVEN_CHARS else "g:other" for char in given]
    return tuple(found)


@lru_cache(maxsize=1 << 16)
def left_features(left: str, surname: str) -> tuple[str, ...]:
    """The (up to) four characters before the candidate."""
    before = left[-1:]
    found = [
        "L1=" + before,
        "L2=" + left[-2:],
        "L3=" + left[-3:],
        "L1c=" + char_class(before),
        "L1s=" + before + surname,
        "L1s1=" + bucket(frequency(before + surname[0])) if before else "L1s1=edge",
        "Lrun=" + str(trailing_han(left)),
    ]
    if any(len(left) >= k and left[-k:] in CUES for k in (2, 3, 4, 1)):
        found.append("cue")
    return tuple(found)


@lru_cache(maxsize=1 << 16)
def right_features(last: str, right: str, gl: str) -> tuple[str, ...]:
    """The (up to) four characters after the candidate, and its last one."""
    after = right[:1]
    found = [
        "R1=" + after,
        "R2=" + right[:2],
        "R3=" + right[:3],
        "R1|gl=" + after + gl,
        "R1c=" + char_class(after),
        "gR1=" + last + after,
        "gRw=" + bucket(frequency(last + after)) if after else "gRw=edge",
        "Rrun=" + str(leading_han(right)),
    ]
    if any(right[:k] in TITLES for k in (2, 3, 4, 1)):
        found.append("title")
    return tuple(found)


def features(text: str, candidate: Candidate, repeats: Counter) -> list[str]:
    """What the model reads about one candidate: context characters, its own characters, dictionary
    facts, whether a dose follows (黄耆15g) and how often it occurs in the conversation."""
    start, end, length = candidate.start, candidate.end, candidate.surname
    given = text[start + length : end]
    found = [
        *inner_features(text[start : start + length], given),
        *left_features(text[max(0, start - 4) : start], text[start : start + length]),
        *right_features(given[-1], text[end : end + 4], str(len(given))),
        "rep=" + str(min(repeats[text[start:end]], 3)),
    ]
    if QUANTITY_AFTER.match(text, end):
        found.append("quantity")
    return found


@dataclass(frozen=True)
class Model:
    """Logistic-regression weights and the two thresholds (on the score, a log-odds)."""

    weights: dict[str, float]
    replace_at: float
    review_at: float

    def score(self, feature_list: list[str]) -> float:
        return sum(map(self.weights.get, feature_list, repeat(0.0)))

    def to_json(self) -> str:
        data = {
            "replace_at": self.replace_at,
            "review_at": self.review_at,
            "weights": {f: round(w, 4) for f, w in sorted(self.weights.items()) if abs(w) >= 0.001},
        }
        return json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Model:
        data = json.loads(text)
        return cls(dict(data["weights"]), float(data["replace_at"]), float(data["review_at"]))


def probability(score: float) -> float:
    return 1.0 / (1.0 + math.exp(-score))


@cache
def stored_model() -> Model:
    return Model.from_json(MODEL_FILE.read_text(encoding="utf-8"))


_override: list[Model | None] = [None]


@contextmanager
def using(model: Model | None) -> Iterator[None]:
    """Score with `model` instead of the stored weights (cross-validation; None: the tagger is off)."""
    previous = _override[0]
    _override[0] = model if model is not None else Model({}, math.inf, math.inf)
    try:
        yield
    finally:
        _override[0] = previous


def active_model() -> Model:
    return _override[0] or stored_model()


def scored(text: str, taken: bytearray, model: Model) -> list[tuple[float, Candidate]]:
    """Each candidate the rules left alone (no character of it inside a detection), with its score."""
    found = list(candidates(text))
    if not found:
        return []
    repeats = Counter(c.text_in(text) for c in found)
    return [(model.score(features(text, c, repeats)), c) for c in found if taken.find(1, c.start, c.end) == -1]


def everyday_word(text: str, surname: int) -> bool:
    """A word of jieba's dictionary (常山, 白班; also 石决明 and 蒲公英, which it tags as people's
    names), or a given name that is a common word (健康, 和平: 汤和平 would take 和平 everywhere by
    propagation): however sure the model is, such a span is only listed for review, never replaced."""
    given = text[surname:]
    return lexicon.is_dictionary_word(text) or (len(given) == 2 and lexicon.is_chinese_word(given, COMMON_GIVEN))


def replaceable(text: str, candidate: Candidate) -> bool:
    """Whether a candidate the model is sure of may be replaced rather than listed for review: a
    surname and two given characters that names are commonly made of (`GIVEN_CHARS`), no word
    (`everyday_word`), no dose after it (黄耆15g). On the real consultations of ../shared/data the
    model's surest spans that fail this are drug and herb names (沙芬, 艾洛松, 米雅散, 高睾酮);
    on a development set the rules never saw it keeps about two thirds of the names gained."""
    given = text[candidate.start + candidate.surname : candidate.end]
    return (
        len(given) == 2
        and all(char in GIVEN_CHARS for char in given)
        and not everyday_word(text[candidate.start : candidate.end], candidate.surname)
        and not QUANTITY_AFTER.match(text, candidate.end)
        and text[candidate.start : candidate.end] not in ZH_DRUGS_LIKE_NAMES  # 乐亦康, a probiotic's brand
    )


def tag(text: str, detections: list[Detection]) -> tuple[list[Detection], list[tuple[int, int]]]:
    """Names the model is sure of that the rules missed (added to `detections`), and the spans it is
    unsure of, for review. Per start the best-scoring length wins; overlaps go to the higher score."""
    model = active_model()
    if model.review_at == math.inf:
        return detections, []
    taken = bytearray(len(text))
    for d in detections:
        taken[d.start : d.end] = b"\x01" * (d.end - d.start)
    ranked = sorted(
        ((s, c) for s, c in scored(text, taken, model) if s >= model.review_at),
        key=lambda pair: (-pair[0], pair[1].start, pair[1].end),
    )
    added, review = list(detections), []
    for score, c in ranked:
        if taken.find(1, c.start, c.end) != -1:
            continue
        if score >= model.replace_at and replaceable(text, c):
            taken[c.start : c.end] = b"\x01" * (c.end - c.start)
            added.append(Detection("NAME", c.start, c.end, text[c.start : c.end]))
        elif taken.find(2, c.start, c.end) == -1:
            taken[c.start : c.end] = b"\x02" * (c.end - c.start)
            review.append((c.start, c.end))
    return added, sorted(review)
