"""People in one conversation: every later mention of a name found once, and one number per person.

A name found next to a cue ("张建国医生", "Dr. John Smith") is replaced wherever it appears again in
the same conversation, also without a cue ("建国", "Smith", in any case), and so is 老X / 小X for
a surname found (老蔺, 小欧阳); `number_people` gives each person one `[NAME_n]` in order of first
mention, a surname, a nickname or a given name joining its full name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from annotation.deid import lexicon
from annotation.deid.detection import Detection
from annotation.deid.names import (
    MINORITY_PART,
    NAME_PARTICLES,
    NICKNAME_FOLLOWERS,
    NICKNAME_NOT_NAMES,
    NOT_ALONE_BEFORE_TITLE,
    NOT_NAMES,
    ORGANISATION_WORDS,
    SURNAMES_THAT_ARE_WORDS,
    contracted,
    full_name_surname_length,
    in_drug_name,
    is_han,
    minority_name_end,
    surname_length,
)
from annotation.deid.vocabulary import ZH_TITLES

ORGANISATION_AFTER = re.compile(r"(?:['’]s?)?[ \t]*+([A-Za-z]++)")
SAINT_BEFORE = re.compile(r"\b(?:St|Saint|Mt|Mount)\.?[ \t]++$")


LATIN_TOKEN = re.compile(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f'’-]+")
POSSESSIVE = re.compile(r"['’]s$")


# Particles of a surname (van der Berg, bin Abdullah, de la Cruz): no one is known by them alone.
PARTICLES = frozenset(NAME_PARTICLES.split("|"))


@lru_cache(maxsize=4096)
def name_keys(name: str) -> frozenset[str]:
    """The strings that stand for this person later in the conversation: full name, given name, words."""
    if is_han(name[0]):
        name = "".join(name.split())  # 阎 文 博 as a scan spelt it is 阎文博
        if "·" in name or "•" in name or "・" in name:  # 约翰·卡特: each part stands for the person
            return frozenset({name} | {part for part in re.split("[·•・]", name) if len(part) >= 2})
        if minority_name_end(name, 0, 2) == len(name):  # 格桑梅朵, then 梅朵
            return frozenset({name} | {p.group() for p in MINORITY_PART.finditer(name) if len(p.group()) >= 2})
        length = full_name_surname_length(name)  # 任钱淑珍: two surnames, then 淑珍
        given = name[length:]
        keys = {name, given} if len(given) >= 2 else {name}
        if given and length:
            keys |= pet_names(given[-1])
        return frozenset(keys)
    tokens = {POSSESSIVE.sub("", t) for t in LATIN_TOKEN.findall(name)}
    return frozenset(t for t in tokens if len(t) >= 3 and t.lower() not in NOT_NAMES and t.lower() not in PARTICLES)


def pet_names(last: str) -> set[str]:
    """What family and friends call a person by the last character of the given name: 阿青 for 常青,
    阳阳 for 孙向阳 (禚骁 then 骁骁); not where that makes a word (明明, 阿姨, 常常)."""
    return {
        pet
        for pet in ("阿" + last, last * 2)
        if lexicon.is_person_name(pet) or not (lexicon.is_chinese_word(pet, 20) or lexicon.is_function_word(pet))
    }


def part_of_organisation(text: str, start: int, end: int) -> bool:
    """ "Thomas" in "St Thomas' Hospital" or "Mayo Clinic": a place named after someone is no mention of them."""
    after = ORGANISATION_AFTER.match(text, end)
    return (after is not None and after.group(1).lower() in ORGANISATION_WORDS) or SAINT_BEFORE.search(
        text, max(0, start - 7), start
    ) is not None


def occurrences(text: str, key: str, lowered: str | None = None) -> Iterator[tuple[int, int]]:
    """Where `key` appears in `text`; a Latin key only as a whole word (Ann, not Annual), and in any
    case when `lowered` (the text in lower case) is given: "lachlan" then "Lachlan"."""
    latin = not is_han(key[0])
    if latin and lowered is not None:
        text, key = lowered, key.lower()
    start = text.find(key)
    while start != -1:
        end = start + len(key)
        if not latin or (
            not (start and text[start - 1].isascii() and text[start - 1].isalpha())
            and not (end < len(text) and text[end].isascii() and text[end].isalpha())
        ):
            yield start, end
        start = text.find(key, start + 1)


def propagate(text: str, detections: list[Detection]) -> list[Detection]:
    """Add every other occurrence in `text` (a whole conversation) of a name already found in it.

    A Chinese surname is added too where a title follows it (游华妍, then 游先生): that is how the
    same person is addressed later. A Latin name inside an organisation's name (St Thomas' Hospital)
    and a Chinese one inside a drug's that reads as a person's (甲福明 after 李福明) are left alone.
    """
    keys: set[str] = set()
    surnames: set[str] = set()
    for d in detections:
        if d.kind == "NAME":
            keys |= name_keys(d.text)
            length = surname_length(d.text, 0) if is_han(d.text[0]) else 0
            if length and len(d.text) > length:
                surnames.add(d.text[:length])
    keys = {k for k in keys if not is_han(k[0]) or len(k) >= 2}
    email_names = email_name_keys(text, detections)
    if not keys and not email_names:
        return detections
    result = list(detections)
    taken = bytearray(len(text))  # 1 where a detection already is: overlap checks in O(span)
    for d in result:
        taken[d.start : d.end] = b"\x01" * (d.end - d.start)

    def add(start: int, end: int) -> None:
        if taken.find(1, start, end) == -1:
            taken[start:end] = b"\x01" * (end - start)
            result.append(Detection("NAME", start, end, text[start:end]))

    lowered = text.lower() if any(not is_han(k[0]) for k in keys) else None
    if lowered is not None and len(lowered) != len(text):
        lowered = None  # a character whose lower case is longer (İ): offsets would shift
    for key in sorted(keys, key=lambda k: (-len(k), k)):  # longest first, then in one order whatever the hash seed
        latin = not is_han(key[0])
        for start, end in occurrences(text, key, lowered):
            if not (part_of_organisation(text, start, end) if latin else in_drug_name(text, start, end)):
                add(start, end)  # 福明 of 甲福明 is a drug's, not 李福明's
    for d in list(result):  # Joaquin Etxeberria where Etxeberria is known: a relative's given name
        if d.kind == "NAME" and not is_han(d.text[0]) and " " not in d.text:
            before = WORD_BEFORE.search(text, max(0, d.start - 30), d.start)
            if (
                before is not None
                and not contracted(before.group(1))  # I'm Anneliese
                and before.group(1).lower() not in NOT_NAMES
                and before.group(1) not in TITLE_WORDS
                and before.group(1) not in lexicon.EN_WORDS_IN_NAME_LIST
                and not (sentence_start(text, before.start(1)) and not lexicon.is_given_name(before.group(1)))
            ):
                add(before.start(1), before.end(1))
    for key in sorted(email_names):  # "Farida" elsewhere after farida.lomax@...: only where written capitalised
        for start, end in occurrences(text, key):
            if not part_of_organisation(text, start, end):
                add(start, end)
    for surname in sorted(surnames):
        for start, end in occurrences(text, surname):
            if text.startswith(ZH_TITLES, end) or (
                text[end : end + 1] in FAMILIAR_SUFFIXES and not (end + 1 < len(text) and text[end + 1] in "妹弟夫们")
            ):
                add(start, end)
        for nickname in ("老" + surname, "小" + surname):
            for start, end in occurrences(text, nickname):
                if nickname_of_known(text, nickname, end):
                    add(start, end)
    return result


# How colleagues and neighbours address a person by the surname (马兰, then 马姐; 袁国庆, then 袁哥, 袁总):
# taken only for a surname the conversation has already given.
FAMILIAR_SUFFIXES = frozenset("姐哥叔姨伯总工")


SENTENCE_END = re.compile(r"(?:^|[.!?:;\n\x00])[ \t\"“(]*+$")


def sentence_start(text: str, start: int) -> bool:
    """Whether a sentence begins at `start` (its first word is capitalised whatever it is: "Tell Philippa")."""
    return SENTENCE_END.search(text, max(0, start - 6), start) is not None


WORD_BEFORE = re.compile(r"(?<![A-Za-z'’.-])([A-Z][a-z'’-]{2,}+)[ \t]$")
TITLE_WORDS = frozenset("Dr Mr Mrs Ms Miss Prof Nurse Sister Patient Pt Dear Hi Hello Hey Sir Madam Mx Rev Fr".split())
# The local part of an address, also of one written with its @ spelled out or bracketed (`rules.
# obfuscated_email_rules`: "farida(dot)lomax(at)...", "farida.lomax at ..."), whose bracketed full stops
# are read as full stops first (`BRACKETED_DOT`).
EMAIL_LOCAL = re.compile(
    r"([A-Za-z0-9._%+-]+)(?:@|[ \t]*+[(\[{<][ \t]*+(?:at|AT|At|@)[ \t]*+[)\]}>]|[ \t]++(?:at|AT|@)[ \t])"
)
BRACKETED_DOT = re.compile(r"[ \t]*+[(\[{<][ \t]*+(?:dot|DOT|Dot|\.)[ \t]*+[)\]}>][ \t]*+")
NOT_EMAIL_NAMES = frozenset(
    "info mail email admin office clinic health care team support contact help enquiries enquiry noreply reply"
    " hospital medical nurse nurses doctor reception appointments appts billing records pharmacy ward dept gp".split()
)


def email_name_keys(text: str, detections: list[Detection]) -> set[str]:
    """The names an e-mail address spells (farida.lomax@, ngaire@) that the conversation writes
    capitalised elsewhere: the same person named without a cue ("Farida called back")."""
    keys = set()
    for d in detections:
        if d.kind != "EMAIL" or (local := EMAIL_LOCAL.match(BRACKETED_DOT.sub(".", d.text))) is None:
            continue
        for token in re.split(r"[._%+\-\d]+", local.group(1)):
            if len(token) < 3 or token.lower() in NOT_EMAIL_NAMES or token.lower() in NOT_NAMES:
                continue
            key = token[0].upper() + token[1:].lower()
            if re.search(rf"(?<![A-Za-z]){re.escape(key)}(?![A-Za-z])", text):
                keys.add(key)
    return keys


def nickname_of_known(text: str, nickname: str, end: int) -> bool:
    """老常, 小濮阳 for a person whose surname the conversation already gave: unless the two make a word
    (小时 for 时, 小麦 for 麦), which then needs a break or a particle after it to be the person."""
    if nickname in NICKNAME_NOT_NAMES:
        return False
    word = (len(nickname) == 2 and nickname[1] in NOT_ALONE_BEFORE_TITLE) or lexicon.is_chinese_word(nickname, 400)
    return not word or end >= len(text) or not is_han(text[end]) or text[end] in NICKNAME_FOLLOWERS


def stem(name: str) -> str:
    """What a name says of the person's surname or name: 老蔺 and 小欧阳 stand for 蔺 and 欧阳."""
    if len(name) > 1 and name[0] in "老小" and surname_length(name, 1) == len(name) - 1:
        return name[1:]
    return name


def pet_keys(name: str) -> set[str]:
    """The pet names among a Chinese full name's keys (阿芬 and 芬芬 for 孙瑞芬)."""
    return pet_names(name[-1]) if is_han(name[0]) and len(name) >= 3 else set()


def given_keys(name: str) -> set[str]:
    """The given name among an English full name's keys: the first word, or what follows the comma (SMITH, John)."""
    if is_han(name[0]):
        return set()
    words = LATIN_TOKEN.findall(name.split(",", 1)[1] if "," in name else name)
    return {POSSESSIVE.sub("", words[0]).lower()} if words and (len(LATIN_TOKEN.findall(name)) > 1) else set()


def numbering_keys(name: str) -> frozenset[str]:
    """The keys that make two mentions one person: `name_keys` in lower case, and a surname that is a word too
    (Mrs Helen Ward, then Ms Ward), which propagation must not take everywhere (the ward)."""
    keys = {k.lower() for k in name_keys(name)}
    if not is_han(name[0]):
        keys |= {t.lower() for t in LATIN_TOKEN.findall(name) if t.lower() in SURNAMES_THAT_ARE_WORDS}
    return frozenset(keys) or frozenset({name})


def number_people(detections: list[Detection]) -> dict[Detection, int]:
    """One number per person, in order of first mention; a surname, a nickname (老蔺) or a single word
    (in any case: "fenella", then "Fenella") joins its full name."""
    names = sorted((d for d in detections if d.kind == "NAME"), key=lambda d: d.start)
    if not names:
        return {}
    keys = {d: numbering_keys(d.text) for d in names}
    # A pet name (阿芬, 芬芬) stands for the first person it fits, but never makes two full names one person
    # (诸葛淑芬 and 孙瑞芬 are two).
    # Likewise an English given name (Sarah) stands for the first Sarah, but Sarah Jones and Sarah Smith are two.
    own = {d: keys[d] - pet_keys(d.text) - given_keys(d.text) if len(keys[d]) >= 2 else keys[d] for d in names}
    person_of: dict[str, int] = {}  # each key: the first person it stands for
    count = 0
    for d in sorted(names, key=lambda d: len(keys[d]) < 2):  # full names first, then in order
        if any(k in person_of for k in own[d]) or (
            is_han(d.text[0]) and any(k.startswith(stem(d.text)) for k in person_of)
        ):
            continue
        for k in keys[d]:
            person_of.setdefault(k, count)
        count += 1
    first_seen: dict[int, int] = {}
    owner: dict[Detection, int] = {}
    for d in names:
        matches = [person_of[k] for k in own[d] if k in person_of] or [
            i for k, i in person_of.items() if k.startswith(stem(d.text))
        ]
        owner[d] = min(matches)
        first_seen.setdefault(owner[d], d.start)
    order = {index: n + 1 for n, index in enumerate(sorted(first_seen, key=first_seen.get))}
    return {d: order[index] for d, index in owner.items()}
