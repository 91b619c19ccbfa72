"""Word lists that ship inside pinned packages, read once and on first use (nothing downloads).

* Chinese words (`jieba`'s dictionary, ~350k words with frequencies): a surname character that is
  part of an everyday word around it (值班护士, 通知郁医生, 及时联系) is not the start of a name.
* Given names (`gender-guesser`'s list of ~45k first names from many countries): "Bridget Adeyemi",
  "O'Connell, Nadia" are names because their given name is one, whatever the surname.
"""
from __future__ import annotations

import importlib.resources
import re
from functools import cache

# Given names that are also everyday English words or month/day abbreviations: in the list, but a
# capitalised one at the start of a sentence or in a heading is far more often the word.
EN_WORDS_IN_NAME_LIST = frozenset(
    """
    The Take Will May Hope Sun Young Long Hi Guy Chase Sky Rain River Brook Cliff Glen Dale Forest Bay Blue Angel
    Precious Royal King Major Bishop Price Black White Brown Green Gray Grey Page Clay Cole Van Del Do Per Ad An As
    At Be By Go He In Is It Me My No Of On Or So To Up Us We Am Are But For Had Has Her His Its Not Our Out She Two
    Was Who Why Yes You Day New Now Old One See Way All Any Can Did Get How Man Let Put Say Too Use Also Back Been
    Call Come Each Even Find Give Good Here Just Know Last Left Like Look Made Make Many More Most Much Must Near
    Next Only Over Part Same Seen Some Such Than That Them Then They This Time Very Want Well Went What When With
    Work Year Your About After Again Being Below Bring Every First Great Later Never Other Right Shall Since Still
    There These Thing Think Three Under Until Where Which While Would Early Light Love Lucky Happy Sunny Honey Sugar
    Star Storm Stone Wolf Fox Bear Lion Rock Hill Field Lane Street Park Bond Cash Gold Silver Saint Baby Doll Mister
    Sir Lady Madam Duke Earl Baron Prince Princess Queen Marshal Judge Pastor Doctor Nurse Patient Dr Mr Mrs Ms Miss
    Prof Today Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August
    September October November December Mon Tue Wed Thu Fri Sat Dec Nov Oct Sep Aug Jun Jul Apr Mar Feb Jan Easter
    Christmas Tylenol Advil Aleve Ensure Boost Lasix Norco London China India Israel Jersey Kenya Peru Cuba Chad Mali
    Iran Iraq Oman Jamaica Ireland Asia Paris Lima Blood Pain Liver Heart Stroke Fever Cough Rash Acute Chronic
    Severe Normal Negative Positive Labs Vitals Plan Assessment History Exam Note Notes Report Result Results
    Diagnosis Treatment Follow Urgent Stat Review Summary Discharge Admission Transfer Referral Consult Ward Room Bed
    Unit Floor Clinic Hospital Center Centre General Memorial Mercy Providence Regional University County City State
    National Santa San Dear Thanks Best Kind Warm Regards Sincerely Cheers Hello Dear Please Sorry Okay Ok
    """.split()
)


@cache
def chinese_words() -> dict[str, tuple[int, str]]:
    """Two- and three-character words of jieba's dictionary: frequency and part of speech."""
    text = (importlib.resources.files("jieba") / "dict.txt").read_text(encoding="utf-8")
    return {word: (int(freq), pos) for word, freq, pos in re.findall(r"^(\S{2,3}) (\d+) (\S+)$", text, re.M)}


def is_chinese_word(text: str, min_frequency: int = 50) -> bool:
    """Whether `text` is an everyday word (its frequency in jieba's dictionary at least `min_frequency`)."""
    return chinese_words().get(text, (0, ""))[0] >= min_frequency


def chinese_pos(text: str) -> str:
    """jieba's part of speech for the word `text` ("v", "n", "nr" ...), or "" when it is not a word."""
    return chinese_words().get(text, (0, ""))[1]


@cache
def given_names() -> frozenset[str]:
    """First names, capitalised as written (Bridget, O'Neil, Jean-Luc), minus everyday English words."""
    names = set()
    with (importlib.resources.files("gender_guesser") / "data" / "nam_dict.txt").open(encoding="utf-8") as lines:
        for line in lines:
            if line[0] not in "#=":
                name = line.split()[1]
                if "+" in name:
                    names.add(name.replace("+", "-"))
                    names.add(name.replace("+", ""))
                elif len(name) > 1:
                    names.add(name)
    return frozenset(names - EN_WORDS_IN_NAME_LIST)


def is_given_name(word: str) -> bool:
    return word in given_names()
