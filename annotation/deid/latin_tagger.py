"""A learned second opinion on person names written in Latin letters, beside the rules (issue 10).

The English name rules take a word where a title, a relation, a greeting or a sign-off says a person
is meant, or where a list of given names knows it; a given name that list lacks (Babajide, Tendai),
a pinyin given name alone (Xiaoyan said) or a name with no cue (Thandiwe has been...) is left. This
module scores every capitalised Latin word the rules left with a logistic regression over the word's
own letters (endings and beginnings: -ide, Olu-), whether the lists know it (given names, pinyin, places),
whether people write it in lower case (the development sets' vocabulary, and this conversation: "Hope" and
"hope"), and the words and punctuation around it. It is trained on the labelled development sets by
`scripts/train_name_tagger.py --latin` (weights and vocabulary in `latin_name_model.json`), with the same
model and the same way of choosing thresholds as the Chinese tagger (`tagger.py`): a high score makes a
NAME detection before propagation, a middle one lists the word for an admin's review. What names no one
whatever the score (places, herbs, drugs, organisations) is `no_person`'s: the guards the review of round
16 asked for.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from annotation.deid import lexicon
from annotation.deid import vocabulary as v
from annotation.deid.detection import Detection
from annotation.deid.lexicon import ACCENTED, LATIN_FOLD
from annotation.deid.names import (
    DRUG_STEM,
    FESTIVALS,
    IDENTITY_WORDS,
    after_saint,
    caps_given_after,
    contracted,
    followed_by_organisation,
    in_herb,
    in_romanised_place,
    is_han,
    no_patient,
)
from annotation.deid.pinyin import ROMANISED_SURNAMES, ROMANISED_SYLLABLES, pinyin_syllable_count
from annotation.deid.weights import LATIN_MODEL

WEIGHTS = LATIN_MODEL

# A Latin word: letters, with inner apostrophes and hyphens (O'Brien, Smith-Oduya), not inside an
# e-mail address, a web address, a code or a number (j.smith@, A1c, x-ray-2).
WORD = re.compile(r"(?<![A-Za-z0-9@_/\\.'’-])[A-Za-z]++(?:['’-][A-Za-z]++)*+(?![A-Za-z0-9@_/\\]|\.[A-Za-z])")
LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z]++(?![A-Za-z])")
TITLES = frozenset(t.lower() for t in v.EN_TITLES)
RELATIONS = frozenset(r.lower() for r in v.EN_RELATIONS)
# In the given names' lists, but in clinical text a yeast, a virus, a month of fasting, an assistant, a drug.
NOT_GIVEN = frozenset("Candida Zika Ramadan Siri Alexa Cortana Gemini Saxenda Norton".split())


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
BUILDING_PARTS = frozenset("Wing Block Building Tower Pavilion Annexe Annex Suite Unit".split())
NEXT_WORD = re.compile(r"[ \t]++([A-Za-z]++)")


def names_a_building(text: str, start: int, end: int) -> bool:
    """Whether the words are (or go on into) a part of a hospital's name: Hope Wing, Nightingale Block."""
    after = NEXT_WORD.match(text, end)
    last = text[start:end].split()[-1]
    return (after is not None and after.group(1) in BUILDING_PARTS) or (
        last in BUILDING_PARTS and (end - start > len(last) or text[max(0, start - 2) : start - 1].isalpha())
    )


def lowercase_name(word: str) -> bool:
    """A word in lower case that the given names' lists know (zanele, temitope: chat is written so)."""
    title = word.capitalize()
    return len(word) >= 3 and word.islower() and (title in v.EN_GIVEN_NAMES or lexicon.is_given_name(title))


# A medicine taken, in Chinese after its Latin name (Yasmin已经吃了半年, Lipitor服用三个月): no one.
TAKEN_AFTER = re.compile(r"[ \t]*+(?:已经|已經|一直)?+(?:吃了|服用|服了|用了|打了)")
# A Latin word before what makes it a place in Chinese (我在Nanshan区, Futian医院): a district, a city, a road.
ZH_PLACE_AFTER = re.compile(r"[ \t]*+(?:区|市|县|省|镇|村|路|街|大道|医院|區|縣|鎮|醫院)")
# A Latin word a Chinese sentence says someone comes from, moved to or lives, studies or works in (来自 Wenzhou,
# 在 Milan 开餐馆, 在 Sheffield 读书): a place; not 在 Sarah 家, at someone's home.
ZH_FROM_BEFORE = re.compile(r"(?:来自|來自|住在|搬到|搬去|移民|定居)[ \t]*+$")
ZH_AT_BEFORE = re.compile(r"在[ \t]*+$")
ZH_LIVING_AFTER = re.compile(
    r"[ \t]*+(?:开(?!的)|開(?!的)|读|讀|住|工作|生活|上学|上學|念书|念書|打工|做生意|定居|留学|留學)"
)
# Someone's place after the word (住在 Sarah 家里, 搬到 Tom 那里, 来自 Emily 的短信): the word is that person.
ZH_SOMEONES_AFTER = re.compile(r"[ \t]*+(?:家|那|這|这|处|處|的)")
# An eponym in Chinese, before its sign, syndrome, test or score (Cullen征阴性, Apgar评分).
ZH_EPONYM_AFTER = re.compile(r"[ \t]*+(?:氏|征|徵|综合征|綜合徵|综合症|试验|試驗|评分|評分|反射|手术|手術)")
# A measurement after a word in capitals makes it a measure's acronym (TAPSE 14 mm, RVSP 48 mmHg).
MEASURE_AFTER = re.compile(
    r"[ \t]*+[:=]?[ \t]*+\d++(?:\.\d++)?+[ \t]*+(?:mm|cm|mmHg|ml|mL|%|m/s|cm/s|ms|bpm)(?![A-Za-z])"
)
# A royal's or a prophet's title before a name makes a hospital or a place of it (Princess Margaret, King Edward).
ROYAL_BEFORE = re.compile(r"(?<![A-Za-z])(?:Princess|Prince|Queen|King|Prophet|Pope|Emperor|Empress)[ \t]++$")
COMPANY_AFTER = re.compile(r"[ \t]*+&")
COMPANY_BEFORE = re.compile(r"&[ \t]*+$")


# Given names that an examination note uses as the body's words (Eyes: Iris, lens and fundi normal).
BODY_WORDS = frozenset({"Iris", "IRIS"})
# Figures of medicine's history, as the words around a candidate may write them (Marie Curie nurses), and
# festivals named like people (Hari Raya).
FAMOUS = re.compile(
    r"(?<![A-Za-z])(?:" + "|".join(sorted(map(re.escape, (*v.FAMOUS_PEOPLE, *FESTIVALS)))) + r")(?![A-Za-z])",
    re.IGNORECASE,
)


def in_famous_name(text: str, start: int, end: int) -> bool:
    """Whether the words are part of a famous name written around them (Marie| Curie)."""
    return any(f.start() < end and start < f.end() for f in FAMOUS.finditer(text, max(0, start - 24), end + 24))


# The capitalised word right before a candidate: a place's name there makes a thing of it (Yunnan Baiyao).
PLACE_BEFORE = re.compile(r"(?<![A-Za-z])([A-Z][A-Za-z]++) $")


def a_place(words: str) -> bool:
    """Words that begin with or are a city's, an island's or a country's name that is no given name too
    (Cairo, Addis Ababa, Yunnan Baiyao; not Sydney)."""
    titled = [w[0] + w[1:].lower() if w.isupper() else w for w in words.split()]
    return any(
        " ".join(titled[:k]) in lexicon.place_names() and not lexicon.is_given_name(" ".join(titled[:k]))
        for k in range(1, len(titled) + 1)
    )


def no_person(text: str, start: int, end: int) -> bool:
    """Whether the words at text[start:end] name no one whatever the model says:

    * a herb's or a formula's pinyin (Bai Shao, Gui Zhi Tang);
    * a place or what is named after one (Cairo, Mong Kok, Nanshan区, Yunnan Baiyao, Princess Margaret), or said
      to be lived or worked in (在 Milan 开餐馆);
    * an eponym before its disease or sign (Cullen征), a measure's acronym (TAPSE 14 mm), a figure of medicine's history (Marie Curie), the iris;
    * a drug before its dose (Keflex 500 mg) or taken (Yasmin已经吃了);
    * an organisation or a part of a hospital the words go on into (Tan Tock Seng Hospital, St Jude, Hope
      Wing), a company (Johnson & Johnson).
    """
    return (
        in_herb(text, start, end)
        or any(DRUG_STEM.search(word) or contracted(word) for word in text[start:end].split())
        or text[start:end].lower() in IDENTITY_WORDS
        or a_place(text[start:end])
        or ((before := PLACE_BEFORE.search(text, max(0, start - 40), start)) is not None and a_place(before.group(1)))
        or in_romanised_place(text, start)
        or no_patient(text, start, end)
        or in_famous_name(text, start, end)
        or text[start:end] in BODY_WORDS
        or followed_by_organisation(text, end)
        or after_saint(text, start)
        or TAKEN_AFTER.match(text, end) is not None
        or ZH_PLACE_AFTER.match(text, end) is not None
        or (
            ZH_FROM_BEFORE.search(text, max(0, start - 6), start) is not None and not ZH_SOMEONES_AFTER.match(text, end)
        )
        or (
            ZH_AT_BEFORE.search(text, max(0, start - 3), start) is not None
            and ZH_LIVING_AFTER.match(text, end) is not None
        )
        or ZH_EPONYM_AFTER.match(text, end) is not None
        or (text[start:end].isupper() and MEASURE_AFTER.match(text, end) is not None)
        or ROYAL_BEFORE.search(text, max(0, start - 10), start) is not None
        or names_a_building(text, start, end)
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
    if (title in v.EN_GIVEN_NAMES or lexicon.is_given_name(title)) and title not in NOT_GIVEN:
        found.append("given")
    if title in lexicon.EN_WORDS_IN_NAME_LIST:
        found.append("word-name")
    if lower in v.EN_NOT_NAMES:
        found.append("not-name")
    if title in v.DISEASE_EPONYMS:
        found.append("eponym")
    if title in lexicon.place_names():
        found.append("place")
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
        return "line"  # the text's start or end is a turn's (a name there is no surer than anywhere)
    if "\n" in gap or "\x00" in gap:
        return "line"
    kept = "".join("0" if c.isdigit() else c for c in gap if not c.isspace())
    if not kept:
        return "_"
    if any(is_han(c) for c in kept):
        return "han"
    return kept[-3:] if len(kept) <= 3 else kept[:3]


SENTENCE_GAPS = frozenset(("line", ".", "!", "?", ":"))


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


def candidates(text: str, vocabulary: frozenset[str] = frozenset()) -> list[tuple[Candidate, list[str]]]:
    """Each capitalised Latin word (or a given name in lower case) and what the model reads about it;
    `vocabulary`: the words the development sets write in lower case (the model's own, `Model.vocabulary`)."""
    if ACCENTED.search(text):
        text = text.translate(LATIN_FOLD)  # same length: Rocío as Rocio, Bùi as Bui
    spans = words_of(text)
    if not spans:
        return []
    lowered = set(LOWER_WORD.findall(text))
    tokens = [text[s:e] for s, e in spans]
    found = []
    for i, (start, end) in enumerate(spans):
        word = tokens[i]
        if not is_candidate(word):
            continue  # Dr, Mrs, Patient: the name is after them
        previous_end = spans[i - 1][1] if i else 0
        next_start = spans[i + 1][0] if i + 1 < len(spans) else len(text)
        left = gap_class(text[max(previous_end, start - 12) : start])
        right = gap_class(text[end : min(next_start, end + 12)])
        p1 = tokens[i - 1] if i and left in ("_", ",", ".") else ""
        n1 = tokens[i + 1] if i + 1 < len(tokens) and right in ("_", ",") else ""
        opens = i == 0 or left in SENTENCE_GAPS
        # Only a capitalised word can be seen in lower case elsewhere (a lower-case one is its own mention).
        seen_lower = not word.islower() and word.lower() in lowered
        features = [*word_features(word), *context_features(left, right, opens, seen_lower, p1, n1)]
        if word.lower() in vocabulary:
            features.append("vocabulary")  # a word people write in lower case (far, pharmacy, hope)
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


def side_by_side(text: str, a: Candidate, b: Candidate) -> bool:
    """Whether two words follow each other with one space between (Tendai Moyo)."""
    return text[min(a.end, b.end) : max(a.start, b.start)] == " "


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
    scored = [
        (c, model.score(features), "lower-seen" in features)
        for c, features in candidates(text, model.vocabulary)
        if taken.find(1, c.start, c.end) == -1
    ]
    # A capitalised word the conversation also writes in lower case is a word there (Poppy ... the poppy seed
    # tea): listed for review at most, never replaced, or propagation would take the word everywhere.
    sure = [score >= model.replace_at and not word_too for _, score, word_too in scored]
    # A word the model is unsure of next to one it is sure of is the rest of the same name (Tendai Moyo).
    merged: list[list[int]] = []
    for index, (c, score, _) in enumerate(scored):
        beside_sure = any(
            0 <= j < len(scored) and sure[j] and side_by_side(text, c, scored[j][0]) for j in (index - 1, index + 1)
        )
        if sure[index] or (score >= model.review_at and beside_sure):
            if merged and text[merged[-1][1] : c.start] == " ":
                merged[-1][1] = c.end
            else:
                merged.append([c.start, c.end])
            taken[c.start : c.end] = b"\x02" * (c.end - c.start)
    review = [
        (c.start, c.end)
        for (c, score, _), replaced in zip(scored, sure)
        if score >= model.review_at and not replaced and taken[c.start] != 2 and not no_person(text, c.start, c.end)
    ]
    added = list(detections)
    # A name the rules took next to the words the model is sure of is the same person's (Xiaoyan Kong, where
    # the rules took the surname): one detection, one placeholder.
    names_ending = {d.end: d for d in detections if d.kind == "NAME"}
    names_starting = {d.start: d for d in detections if d.kind == "NAME"}
    for start, end in merged:
        wider = with_romanised_surname(text, start, end)
        if taken.find(1, *wider) == -1:
            start, end = wider
        if not no_person(text, start, end):
            wider = caps_given_after(text, (start, end))  # LUO, YULAN: the given name after the comma
            if taken.find(1, *wider) == -1:
                start, end = wider
            for rules in (names_ending.get(start - 1), names_starting.get(end + 1)):
                if rules is not None and rules in added and text[min(end, rules.end) : max(start, rules.start)] == " ":
                    added.remove(rules)
                    start, end = min(start, rules.start), max(end, rules.end)
            added.append(Detection("NAME", start, end, original[start:end]))
    return added, review
