"""A learned second opinion on Chinese person names, beside the rules (issue 10).

The name rules take a surname and one or two given characters where a cue says a person is meant;
each round of rules gained a lot on the sets it was written for and only about a quarter of that on
a new writer's text. This module scores every place where a surname (`surnames.py`) is followed by
one or two Han characters with a logistic regression over the characters around it, the candidate's
own characters and what jieba's dictionary says about them (`lexicon`); since round 15 also every
two characters that can be a given name written alone (欣怡, 春梅) and 阿 nicknames (阿敏), with
features of their own, marked `G` (`given_candidates`). It is trained on the labelled
development sets by `scripts/train_name_tagger.py` (weights in `name_model.json`, read once on
first use). `scrub_conversation` asks it only about candidates the rules did not already take: a
high score makes a NAME detection before propagation (so later mentions go too) where the span
looks like a full name and no word (`replaceable`); a middle score, or a high one that fails that
test, lists the span for an admin's review instead of replacing it.

Features are plain strings looked up in a dict (no `hash()`), so scores do not depend on
PYTHONHASHSEED; candidates are taken in text order and ties broken by position.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

from annotation.deid import lexicon
from annotation.deid.detection import Detection
from annotation.deid.names import QUANTITY_AFTER, STOP, in_drug_name, is_han, starts_with_word
from annotation.deid.shapes import DRUG_ENDINGS
from annotation.deid.surnames import TO_SIMPLIFIED
from annotation.deid.vocabulary import (
    COMMON_GIVEN_NAMES,
    DOUBLE_SURNAMES,
    EVERYDAY,
    GIVEN_CHARS,
    SURNAMES,
    ZH_CUES,
    ZH_DRUGS_LIKE_NAMES,
    ZH_HERBS,
    ZH_TITLES,
)
from annotation.deid.weights import Model, Stored, probability  # noqa: F401 (the tagger's API)

MODEL_FILE = Path(__file__).with_name("name_model.json")
WEIGHTS = Stored(MODEL_FILE)
# The stored weights, a model for a while (cross-validation; None: off), the one in use.
stored_model, using, active_model = WEIGHTS.stored, WEIGHTS.using, WEIGHTS.active

# Where a surname can start a name: the first character of a single or a double surname, then a Han
# character (one character class: the regex engine skips to it).
SURNAME_START = re.compile(
    "[" + "".join(sorted(SURNAMES | {double[0] for double in DOUBLE_SURNAMES})) + "](?=[\u4e00-\u9fff])"
)
# A given-name character may be one that usually ends a name only when names often use it too (家豪).
BLOCKED = STOP - GIVEN_CHARS


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


def surname_candidates(text: str) -> Iterator[Candidate]:
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


# Two characters names are made of, found overlapping (a lookahead), surname or not before them.
GIVEN_PAIR = re.compile("(?=[" + "".join(sorted(GIVEN_CHARS)) + "]{2})")
# Not right after a surname (张秀英: a full name's to score), nor after 小 or 老, which make nicknames of
# one character (小燕, 老王), not of a given name: 小燕飞 is a back exercise.
NOT_BEFORE_GIVEN = frozenset(SURNAMES - EVERYDAY) | frozenset("小老")
# A product's model after a brand's name (德康 G7, 美敦力 780G).
PRODUCT_CODE = re.compile(r"[ \t]*+[A-Za-z]{1,3}\d")


@lru_cache(maxsize=1 << 16)
def given_name_alone(pair: str) -> bool:
    """Two characters of given names that are no word of jieba's dictionary however rare (竹茹 and 佩兰,
    元朗 and 新竹, 雨雪 and 光洁 are; 梦瑶, 婉清, 春梅 are not), unless a given name most people know
    (`COMMON_GIVEN_NAMES`: 秀英, 志强), and no herb (桃仁). Read in simplified characters (文靜 as 文静)."""
    simple = pair.translate(TO_SIMPLIFIED)
    listed = simple in lexicon.given_name_pairs_listed() and simple not in COMMON_GIVEN_NAMES
    return not listed and simple not in ZH_HERBS


# 阿 and a character names are made of: how family and friends call someone (阿康, 阿敏); not a word
# (阿姨 is one, but its 姨 is no given name's), nor where a medicine's name goes on (阿奇霉素, 阿德福韦,
# 阿立哌唑, 阿普唑仑, 阿芬太尼).
NICKNAME = re.compile("阿[" + "".join(sorted(GIVEN_CHARS)) + "]")
NICKNAME_WORD_MAX = 20
# A medicine named after a person (季德胜蛇药片): its name goes on to a medicine's ending, then stops
# (not 王芳片子: 片 begins a word there).
MEDICINE_ENDING = "[\u4e00-\u9fff]{0,3}?(?:" + "|".join(DRUG_ENDINGS) + ")"
NAMED_MEDICINE = re.compile(MEDICINE_ENDING + "(?![\u4e00-\u9fff])")
DRUG_GOES_ON = re.compile(MEDICINE_ENDING + "|[\u4e00-\u9fff]{0,3}?[仑糖品尼]")


def given_candidates(text: str) -> Iterator[Candidate]:
    """Every two characters that can be a given name written alone or a nickname (阿青), surname 0,
    in text order; not right after a surname that can begin a full name (张秀英 is
    `surname_candidates`' to score), no word of the dictionary (阿姨, 阿胶)."""
    for found in GIVEN_PAIR.finditer(text):
        start = found.start()
        if (
            (not start or text[start - 1] not in NOT_BEFORE_GIVEN)
            and given_name_alone(text[start : start + 2])
            and not PRODUCT_CODE.match(text, start + 2)  # 德康 G7, a glucose sensor
        ):
            yield Candidate(start, start + 2, 0)
    for found in NICKNAME.finditer(text):
        if frequency(found.group()) <= NICKNAME_WORD_MAX and not DRUG_GOES_ON.match(text, found.end()):
            yield Candidate(found.start(), found.end(), 0)


def candidates(text: str) -> list[Candidate]:
    """Full names (`surname_candidates`) and given names alone (`given_candidates`), in text order."""
    return sorted([*surname_candidates(text), *given_candidates(text)])


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


# What the features read around a candidate: four characters before it, four after, and a dose after it
# (黄耆 15g) a little further.
CONTEXT = 4
AFTER_WINDOW = 16


@lru_cache(maxsize=1 << 16)
def given_alone_features(given: str, left: str, right: str) -> tuple[str, ...]:
    """A given name written alone: its own characters, what the dictionary says of them and the
    characters around it. Every feature begins with `G`, so that the model weighs this context apart
    from the same context around a full name."""
    before, after = left[-1:], right[:1]
    found = [
        "G",
        "Ggg=" + given,
        "Gg1=" + given[0],
        "Gg2=" + given[1],
        "Gw=" + bucket(frequency(given)),
        "GL1=" + before,
        "GL2=" + left[-2:],
        "GL1c=" + char_class(before),
        "GR1=" + after,
        "GR2=" + right[:2],
        "GR1c=" + char_class(after),
        "GLw=" + bucket(frequency(before + given[0])) if before else "GLw=edge",
        "GRw=" + bucket(frequency(given[1] + after)) if after else "GRw=edge",
    ]
    found += ["GgU=" + use_bucket(char) for char in given]
    if lexicon.is_person_name(given):
        found.append("Gperson")
    if any(len(left) >= k and left[-k:] in CUES for k in (2, 3, 4, 1)):
        found.append("Gcue")
    if any(right[:k] in TITLES for k in (2, 3, 4, 1)):
        found.append("Gtitle")
    return tuple(found)


def features(text: str, candidate: Candidate, repeats: Counter) -> list[str]:
    """What the model reads about one candidate: context characters, its own characters, dictionary
    facts, whether a dose follows (黄耆15g) and how often it occurs in the conversation."""
    start, end, length = candidate.start, candidate.end, candidate.surname
    if not length:
        return [
            *given_alone_features(text[start:end], text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT]),
            "Grep=" + str(min(repeats[text[start:end]], 3)),
        ]
    given = text[start + length : end]
    found = [
        *inner_features(text[start : start + length], given),
        *left_features(text[max(0, start - CONTEXT) : start], text[start : start + length]),
        *right_features(given[-1], text[end : end + CONTEXT], str(len(given))),
        "rep=" + str(min(repeats[text[start:end]], 3)),
    ]
    if QUANTITY_AFTER.match(text, end):
        found.append("quantity")
    return found


def candidate_features(text: str, taken: bytearray | None = None) -> list[tuple[Candidate, list[str]]]:
    """Each candidate (none with a character inside a detection: `taken`) and what the model reads about
    it, read in simplified characters (陳嘉欣 as 陈嘉欣): the labelled sets are mostly simplified, and a
    Hong Kong or Taiwan name's characters and context would otherwise be features never seen. Only the
    few characters around each candidate that the features read are converted, not the whole text."""
    found = candidates(text)
    if not found:
        return []
    repeats = Counter(c.text_in(text).translate(TO_SIMPLIFIED) for c in found)
    result = []
    for c in found:
        if taken is not None and taken.find(1, c.start, c.end) != -1:
            continue
        offset = max(0, c.start - CONTEXT)
        window = text[offset : c.end + AFTER_WINDOW].translate(TO_SIMPLIFIED)
        result.append((c, features(window, Candidate(c.start - offset, c.end - offset, c.surname), repeats)))
    return result


def scored(text: str, taken: bytearray, model: Model) -> list[tuple[float, Candidate]]:
    """Each candidate the rules left alone (no character of it inside a detection), with its score."""
    return [(model.score(found), c) for c, found in candidate_features(text, taken)]


# Where a place is named (住在碧辉, 来自泉山): two characters of given names after these are no one.
PLACE_BEFORE = re.compile("(?:住在|住|来自|來自|搬到|位于|位於)$")
HERB_NEXT = re.compile("[、，,和及]")


def among_things(text: str, candidate: Candidate) -> bool:
    """Whether a given name is followed, in a list of things (…等), by a word that is no one's name (海燕、海鸥等海鸟)."""
    if text[candidate.end : candidate.end + 1] != "、":
        return False
    item = text[candidate.end + 1 : candidate.end + 3]
    return (
        len(item) == 2
        and "等" in text[candidate.end + 3 : candidate.end + 6]
        and not lexicon.is_person_name(item)
        and item not in lexicon.given_name_pairs_listed()
        and not all(char in GIVEN_CHARS for char in item)
        and not (item[0] in SURNAMES and item[1] in GIVEN_CHARS)
    )


def among_herbs(text: str, candidate: Candidate) -> bool:
    """Whether a list's item next to the candidate is a herb (雨顺、陈皮、甘草: a prescription, no people)."""
    after = HERB_NEXT.match(text, candidate.end)
    if after is not None and any(text[after.end() : after.end() + k] in ZH_HERBS for k in (2, 3)):
        return True
    before = candidate.start - 1
    return (
        before > 0
        and HERB_NEXT.match(text, before) is not None
        and any(text[before - k : before] in ZH_HERBS for k in (2, 3))
    )


# A surname and one given character that names use less (沙, 亮 in 右美沙芬, 色泽黄亮), or a full name that is a word,
# is replaced only when the model is surer than this (a probability): at the model's own threshold, drug and colour
# words pass too. One usual given character (王芳, 廖伟) needs only the model's threshold (round 22).
SHORT_NAME_SURE = 0.99
NICKNAME_BEFORE = re.compile("[小老]")
# A given name this frequent as a word (健康 5971, 和平 7998, 光明 1219; not 国庆 131, 永福 278) is replaced
# only where the model is surer (阿里巴巴健康: 巴健康 0.98), and only listed where the conversation also uses
# the word on its own (世界和平): propagation would replace it there too.
EVERYDAY_GIVEN = 1000
# Surnames that are verbs of wishing too (祝健康, 贺新春): before a word they wish, no one is named.
WISHES = "祝贺"
# A person's name in jieba's dictionary this rare is someone's name before it is a word (何建军 3).
RARE_PERSON_WORD = 10


def replaceable(text: str, candidate: Candidate, score: float) -> bool:
    """Whether a candidate the model is sure of may be replaced rather than listed for review.

    A full name: a surname and one or two characters that names are commonly made of (`GIVEN_CHARS`),
    the whole no word of the dictionary (常山, 白班, 高平), no dose after it (黄耆15g). A two-character
    given name may be a common word (袁国庆, 汤和平): the whole is still no word, and the model has read
    the context. Where the model is surer (`SHORT_NAME_SURE`) also one given character (王芳; not after
    小 or 老: 小燕飞 is a back exercise, 小燕 would be the nickname), a given character names use less
    (戴一鸣, 丁明哲), and a rare person's name that jieba's dictionary lists (何建军; not a herb it tags
    as one: 石决明, 蒲公英). On the real consultations of ../shared/data the surest spans that fail
    this are drug and herb names (沙芬, 艾洛松, 米雅散, 高睾酮). Never a given name that is a very common
    word the conversation also uses alone (`EVERYDAY_GIVEN`), nor a wish (祝平安)."""
    whole = text[candidate.start : candidate.end]
    given = whole[candidate.surname :]
    if QUANTITY_AFTER.match(text, candidate.end) or among_things(text, candidate):
        return False
    if not candidate.surname:
        return not (
            PLACE_BEFORE.search(text, max(0, candidate.start - 2), candidate.start)
            or among_herbs(text, candidate)
            or in_drug_name(text, candidate.start, candidate.end)
        )
    if whole in ZH_DRUGS_LIKE_NAMES or whole in ZH_HERBS or NAMED_MEDICINE.match(text, candidate.end):
        return False  # 乐亦康, a probiotic's brand; 季德胜蛇药片, a medicine named after its maker
    # 张建国: a whole jieba tags as a person's name, its given name a word (建国) the conversation never writes alone
    person = len(given) == 2 and all(char in GIVEN_CHARS for char in given) and lexicon.is_person_name(whole)
    if len(given) == 2 and (
        (
            frequency(given) >= EVERYDAY_GIVEN
            and (text.count(given) > text.count(whole) or (probability(score) < SHORT_NAME_SURE and not person))
        )
        or (whole[0] in WISHES and (frequency(given) or given in lexicon.given_name_pairs_listed()))
    ):
        return False  # 方健康 would take 健康 everywhere by propagation; 祝平安, 贺新春 are wishes
    usual = (
        all(char in GIVEN_CHARS for char in given) and not lexicon.is_dictionary_word(whole) and len(given) == 2
    ) or person
    if usual:
        return True
    usual_one = len(given) == 1 and given in GIVEN_CHARS
    sure = probability(active_model().replace_at) if usual_one else SHORT_NAME_SURE
    if probability(score) < sure or NICKNAME_BEFORE.match(text, max(0, candidate.start - 1), candidate.start):
        return False
    listed = lexicon.is_dictionary_word(whole)
    return not listed or (lexicon.is_person_name(whole) and frequency(whole) <= RARE_PERSON_WORD)


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
        if score >= model.replace_at and replaceable(text, c, score):
            taken[c.start : c.end] = b"\x01" * (c.end - c.start)
            added.append(Detection("NAME", c.start, c.end, text[c.start : c.end]))
        elif taken.find(2, c.start, c.end) == -1:
            taken[c.start : c.end] = b"\x02" * (c.end - c.start)
            review.append((c.start, c.end))
    return added, sorted(review)
