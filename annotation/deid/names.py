"""Rules that find people's names, Chinese and English, from the cues around them.

A name is only taken next to a cue (a self-introduction, a record label, a title, a relation word,
a post-nominal, a sign-off) or, in English, as a common given name followed by a capitalised word;
the words after a cue are then checked against lists of words that only look like names (高热,
黄疸, Dr Pepper, Mayo Clinic). Later occurrences of a found name are replaced by propagation
(`annotation.deid.scrub_conversation`), so one good cue is enough per conversation.
"""
from __future__ import annotations

import re

from annotation.deid import vocabulary as v
from annotation.deid.rules import HAN, Rule, any_case, rule, words

# Everyday characters that are surnames too: alone before a title they are read as words (和医生).
NOT_ALONE_BEFORE_TITLE = frozenset("和于向从那都能后相应经通别充尚空养查益盖干解支全路满步居终容连广师简须计成谈元齐时常安平明水文东关公红家双边万危宿古易冷权游实习")
# Of those, the ones that are real surnames often enough that "向医生" may well be Dr Xiang: kept as
# written but listed for an admin to decide (`uncertain_names`).
UNCERTAIN_BEFORE_TITLE = frozenset("向全常万文关安易古成齐连冷时明平")
# After these cues a person is being named, so a common word there (高峰, 黄河) may be a name after all.
STRONG_CUES = ("我叫", "名叫", "叫做", "姓名", "本人", "患者姓名", "病人姓名", "联系人", "紧急联系人")
# Characters that end a given name: verbs, particles and body words that follow a name in a sentence.
STOP = v.NOT_IN_GIVEN_NAME | frozenset("血痛疼咳呕吐肚眼耳鼻嘴牙脚手腿腰背肝肾肺胃肠身体病症检查治疗吃喝用服打看找问请帮让叫带送做走睡醒告转")
TITLE_PREFIXES = tuple({title[:2] for title in v.ZH_TITLES})


def is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def surname_length(text: str, start: int) -> int:
    if text[start : start + 2] in v.DOUBLE_SURNAMES:
        return 2
    return 1 if start < len(text) and text[start] in v.SURNAMES else 0


def zh_name_end(text: str, start: int) -> int | None:
    """Where the Chinese name beginning at `start` ends, or None if no name begins there."""
    length = surname_length(text, start)
    if not length:
        return None
    end = start + length
    if length == 1 and text[start : start + 2] in v.COMMON_WORDS:
        return None
    for index in range(2):
        position = start + length + index
        if position >= len(text) or not is_han(text[position]) or text[position] in STOP or text[position : position + 2] in TITLE_PREFIXES:
            break
        if index == 1 and text[position : position + 2] in v.COMMON_WORDS:
            break
        end = position + 1
    return end if end > start + length else None


def zh_after_cue(text: str, match: re.Match) -> tuple[int, int] | None:
    start = match.start("value")
    end = zh_name_end(text, start)
    return (start, end) if end else None


def zh_before_title(text: str, match: re.Match) -> tuple[int, int] | None:
    """The name just before a title (李明华主任, 王医生): the longest one that ends at the title."""
    title = match.start()
    for start in range(max(0, title - 4), title):
        length = surname_length(text, start)
        if not length:
            continue
        given = text[start + length : title]
        if len(given) > 2 or any(not is_han(c) or c in STOP for c in given):
            continue
        if given and length == 1 and text[start : start + 2] in v.COMMON_WORDS:
            continue
        if not given and (text[start] in NOT_ALONE_BEFORE_TITLE or text[title - 2 : title] in v.COMMON_WORDS):
            continue
        return start, title
    return None


EN_WORD = r"[A-Z][A-Za-z'’-]*+"
EN_NAME = rf"{EN_WORD}(?:[ \t]{EN_WORD}){{0,2}}"
NOT_NAMES = v.EN_NOT_NAMES | {t.lower() for t in v.EN_TITLES} | {r.lower() for r in v.EN_RELATIONS} | set("education safety portal information care practitioner room desk line id number no".split())


def token_is_name(token: str) -> bool:
    bare = re.sub(r"['’]s$", "", token).lower()
    return len(bare) > 1 and bare not in NOT_NAMES and token.lower() not in NOT_NAMES


def en_name(text: str, match: re.Match) -> tuple[int, int] | None:
    """Keep the words of the value up to the first one that is not a name; drop a possessive 's."""
    start = match.start("value")
    end = start
    for index, token in enumerate(re.finditer(r"\S+", match.group("value"))):
        word = token.group().rstrip(",.;:")
        initial = index > 0 and re.fullmatch(r"[A-Z]\.?", token.group()) is not None
        if not (initial or token_is_name(word)):
            break
        end = start + token.end()
    value = text[start:end]
    trimmed = re.sub(r"(?:['’]s)?[,.;:]*$", "", value)
    return (start, start + len(trimmed)) if trimmed else None


def en_lowercase_name(text: str, match: re.Match) -> tuple[int, int] | None:
    """A lowercase name after a cue counts only when its first word is a common given name."""
    value = match.group("value")
    first = value.split()[0]
    if first[0].isupper() or first.capitalize() in v.EN_GIVEN_NAMES:
        return en_name(text, match)
    return None


def given_name_first(text: str, match: re.Match) -> tuple[int, int] | None:
    """Two capitalised words are a name when the first is a common given name (John Smith, not Mayo Clinic)."""
    first = match.group("value").split()[0]
    return en_name(text, match) if first in v.EN_GIVEN_NAMES else None


EN_INTRODUCTIONS = ("pt", "patient is", "patient", "my name is", "my name's", "name is", "this is", "i'm", "i am", "it's", "it is", "name:", "patient name:", "full name:", "pt name:", "signed:")
NAME_RULES: tuple[Rule, ...] = (
    rule("NAME", r"(?<![A-Za-z'’])(?P<value>[A-Z][a-z'’-]++,[ \t][A-Z][a-z'’-]++[ \t][A-Z]\.?)(?![A-Za-z])", "Smith, John ", en_name, needs="latin"),
    rule("NAME", r"\b(?:Patient|Name|Re|Pt|Subject|Client)[ \t]*+:[ \t]*+(?P<value>[A-Z][a-z'’-]++,[ \t]*+[A-Z][a-z'’-]++)", "Name: Smith, j", needs="latin"),
    rule("NAME", rf"(?:{words(v.ZH_CUES)})\s*+(?:(?:是|为|[:：])\s*+)?(?=(?P<value>[{HAN}]))", "我叫：", zh_after_cue, needs="han"),
    rule("NAME", rf"(?P<value>)(?:{words(v.ZH_TITLES)})", "王先", zh_before_title, needs="han"),
    rule("NAME", rf"(?:{words(any_case(EN_INTRODUCTIONS + v.EN_TITLES + v.EN_RELATIONS))})\.?:?[ \t]*+(?=(?P<value>[{HAN}]))", "Mr. 某", zh_after_cue, needs="han latin", word_start=True),
    rule("NAME", rf"(?:{words(v.EN_TITLES)})\.?[ \t]++(?=(?P<value>{EN_NAME}))", "Mr. a", en_name, needs="latin", word_start=True),
    rule("NAME", rf"(?:{words(any_case(EN_INTRODUCTIONS))})\.?:?[ \t]++(?=(?P<value>[A-Za-z][A-Za-z'’-]*+(?:[ \t][A-Za-z][A-Za-z'’-]*+)?))", "my name is the ", en_lowercase_name, needs="latin", word_start=True),
    rule("NAME", rf"(?:{words(any_case(v.EN_RELATIONS))})(?![A-Za-z]),?[ \t]++(?=(?P<value>{EN_NAME}))", "wife A ", en_name, needs="latin", word_start=True),
    rule("NAME", rf"(?<![A-Za-z'’])(?P<value>{EN_NAME}),?[ \t]++(?:{words(v.EN_POSTNOMINALS)})(?![A-Za-z])", "Aa Ab, M ", needs="latin"),
    rule("NAME", rf"(?:{words(v.EN_SIGNOFFS)}),?\s*+(?:Dr\.?[ \t]++)?(?=(?P<value>{EN_NAME}))", "Thanks, a ", en_name, needs="latin", word_start=True),
    rule("NAME", r"(?P<value>[A-Z][a-z]++[ \t][A-Z][a-z'’-]++)", "John smith ", given_name_first, needs="latin", word_start=True),
)


TITLE = re.compile(words(v.ZH_TITLES))
STRONG_CUE = re.compile(rf"(?:{words(STRONG_CUES)})\s*+(?:(?:是|为|[:：])\s*+)?(?=[{HAN}])")


def uncertain_names(text: str) -> list[tuple[int, int]]:
    """Spans that may be names but are more often words: kept as written, listed for review.

    A surname that is an everyday character alone before a title (向医生), and a common word
    right after a cue that introduces a name (姓名：高峰).
    """
    spans = []
    for match in TITLE.finditer(text):
        title = match.start()
        if title and text[title - 1] in UNCERTAIN_BEFORE_TITLE and (title < 2 or not is_han(text[title - 2]) or text[title - 2] not in v.SURNAMES):
            spans.append((title - 1, title))
    for match in STRONG_CUE.finditer(text):
        start = match.end()
        length = surname_length(text, start)
        if length == 1 and text[start : start + 2] in v.COMMON_WORDS:
            end = start + 2
            if end < len(text) and is_han(text[end]) and text[end] not in STOP and text[end : end + 2] not in TITLE_PREFIXES:
                end += 1
            spans.append((start, end))
    return sorted(spans)
