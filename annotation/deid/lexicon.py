"""Word lists that ship inside pinned packages, read once and on first use (nothing downloads).

* Chinese words (`jieba`'s dictionary of ~350k words with frequencies and parts of speech; the
  ~140k the name rules ask about are kept, ~25 MB, ~1 s to read): a surname character that is part
  of an everyday word around it (值班护士, 通知郁医生, 及时联系) is not the start of a name.
* Given names (`gender-guesser`'s list of ~50k first names from many countries): "Bridget Adeyemi",
  "O'Connell, Nadia" are names because their given name is one, whatever the surname.
* Places (`tzdata`'s time zones, named after ~500 cities and islands): Cairo, Addis Ababa are no
  one's names (the Latin-name tagger's guard).

Only the data files are read; no package is imported (jieba's import loads its segmenter). Also here:
the table that reads accented Latin letters as ASCII (`LATIN_FOLD`), which the rules and the Latin
tagger share.
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from functools import cache
from pathlib import Path

from annotation.deid.surnames import TO_SIMPLIFIED
from annotation.deid.vocabulary import CHINA_COMPANIES, CHINA_PLACES, COUNTRIES

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
    Tell Ask Remind Send Thank Told Asked Say Said Kindly Wish Lot Nice Horn Bard Pole Africa Angels
    """.split()
)


# Parts of speech in jieba's dictionary: verbs, conjunctions, adverbs, prepositions, particles,
# pronouns (通知, 及时, 告诉), and names of people, places and organisations (tagged, not always right).
FUNCTION_POS = frozenset("v vn vd c d p ad an u r".split())
PROPER_POS = ("nr", "ns", "nz", "nt")
FUNCTION, PROPER, PERSON = 1, 2, 4  # flags packed with the frequency: frequency * 8 + flags


def package_file(package: str, name: str) -> Path:
    """A data file shipped inside an installed package, found without importing the package (jieba's
    import alone loads its segmentation model)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ImportError(f"{package} is not installed; it is pinned in requirements.txt")
    return Path(next(iter(spec.submodule_search_locations))) / name


@cache
def chinese_words() -> dict[str, int]:
    """The two- and three-character words of jieba's dictionary that the name rules ask about: those
    that begin or end with a surname character, and other two-character words that are frequent or
    function words. Each maps to its frequency * 8 + flags (`FUNCTION`, `PROPER`, `PERSON`); about 140k words,
    read in about a second on first use."""
    return read_dictionary()[0]


@cache
def given_name_pairs_listed() -> frozenset[str]:
    """Every two-character word of jieba's dictionary made of characters given names use (`GIVEN_CHARS`),
    however rare: 竹茹, 佩兰 (herbs), 元朗, 新竹 (places), 雨雪, 光洁 (words). A given name written alone is
    one only where it is none of these (梦瑶, 婉清, 春梅) or a given name most people know
    (`vocabulary.COMMON_GIVEN_NAMES`: 秀英, 志强, which jieba lists too)."""
    return read_dictionary()[1]


@cache
def read_dictionary() -> tuple[dict[str, int], frozenset[str]]:
    """jieba's dictionary in one pass: `chinese_words` and `given_name_pairs_listed`."""
    from annotation.deid.surnames import SURNAMES
    from annotation.deid.vocabulary import GIVEN_CHARS

    words: dict[str, int] = {}
    pairs: set[str] = set()
    with package_file("jieba", "dict.txt").open(encoding="utf-8") as lines:
        for line in lines:
            word, frequency, pos = line.split()
            if not 2 <= len(word) <= 3:
                continue
            if len(word) == 2 and word[0] in GIVEN_CHARS and word[1] in GIVEN_CHARS:
                pairs.add(word)
            count = int(frequency)
            function = pos in FUNCTION_POS
            if word[0] in SURNAMES or word[-1] in SURNAMES or (len(word) == 2 and (count >= 200 or function)):
                words[word] = (
                    count * 8
                    + (FUNCTION if function else 0)
                    + (PROPER if pos.startswith(PROPER_POS) else 0)
                    + (PERSON if pos == "nr" else 0)
                )
    return words, frozenset(pairs)


def entry(text: str) -> int:
    """`text`'s frequency and flags in jieba's dictionary, read in simplified characters (紀錄 as 纪录)."""
    words = chinese_words()
    found = words.get(text)
    return found if found is not None else words.get(text.translate(TO_SIMPLIFIED), 0)


def frequency(text: str) -> int:
    """How often `text` occurs in jieba's dictionary (0 when it is not a word there)."""
    return entry(text) >> 3


def is_chinese_word(text: str, min_frequency: int = 50) -> bool:
    """Whether `text` is an everyday word (its frequency in jieba's dictionary at least `min_frequency`)."""
    return frequency(text) >= min_frequency


def is_function_word(text: str) -> bool:
    """Whether `text` is a verb, conjunction, adverb, preposition, particle or pronoun (通知, 及时)."""
    return bool(entry(text) & FUNCTION)


def is_proper_noun(text: str) -> bool:
    """Whether jieba tags `text` as the name of a person, place or organisation."""
    return bool(entry(text) & PROPER)


def is_person_name(text: str) -> bool:
    """Whether jieba tags `text` as a person's name (何永康; also some herbs such as 牛膝, two characters)."""
    return bool(entry(text) & PERSON)


def is_dictionary_word(text: str) -> bool:
    return entry(text) != 0


@cache
def given_names() -> frozenset[str]:
    """First names, capitalised as written (Bridget, O'Neil, Jean-Luc), minus everyday English words."""
    names = set()
    with package_file("gender_guesser", "data/nam_dict.txt").open(encoding="utf-8") as lines:
        for line in lines:
            if line[0] not in "#=":
                name = line.split()[1]
                if "+" in name:
                    names.add(name.replace("+", "-"))
                    names.add(name.replace("+", ""))
                elif len(name) > 1:
                    names.add(name)
    # Only a name with a letter outside ASCII changes when folded (a fifth of a second for the others).
    names |= {folded for name in names if not name.isascii() and len(folded := fold_latin(name)) >= 4}
    return frozenset((names | WORLD_GIVEN_NAMES) - EN_WORDS_IN_NAME_LIST)


# The scrubber reads accented Latin letters as their ASCII letter (Łukasz as Lukasz): the list holds both.
LATIN_SPECIAL = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "s", "æ": "a", "Æ": "A"}
)


def fold_latin(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.translate(LATIN_SPECIAL))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Given names common in West Africa, South and East Asia that gender-guesser's list lacks (general
# knowledge, as the surname list is; romanised as they are usually written).
WORLD_GIVEN_NAMES = frozenset(
    """
    Emeka Chidinma Chinedu Chiamaka Chioma Chinonso Nneka Ngozi Obinna Ikenna Ifeoma Adaeze Uchenna
    Oluwaseun Seun Olumide Oluwadamilare Babatunde Tunde Folake Funmilayo Funmi Yetunde Temitope Ayodele Adebayo
    Adewale Femi Segun Kemi Bola Bukola Tolu Tolulope Damilola Kehinde Taiwo Abiodun Olusegun Kwame Kofi Kojo Yaw Akua
    Ama Abena Efua Adwoa Kwabena Nana Chiamaka Amara Zainab Aminu Musa Hauwa
    Ananya Sushmita Aishwarya Venkatesh Srinivas Lakshmi Kavitha Priyanka Shreya Aarav Vihaan Aditya Arjun Rohan
    Harpreet Gurpreet Manpreet Jaspreet Simran Navjot Sandeep Rajesh Suresh Ramesh Mahesh Ganesh Dinesh Anil Sunil
    Deepak Pooja Divya Swati Neha Sneha Meera Nandini Lalitha Padma Sridhar Karthik Naveen Prakash Vikram
    Haruto Yumiko Daisuke Takeshi Hiroshi Kenji Sakura Yuki Aiko Haruka Kaito Sota Yuto Riku Hina Yui Mei Akira
    Takumi Shota Naoko Keiko Tomoko Yoko Hiroko Masato Kazuki
    Min-jun Seo-yeon Ji-woo Hye-jin Dong-hyun Ji-hoon Seo-jun Ha-eun Su-bin Jae-won Min-seo Ye-jin Hyun-woo Ji-ho
    Jin-woo Sung-min Eun-ji Ji-min So-yeon Young-ho Soo-jin Joon-ho Da-eun
    Chi-keung Wing-yan Ka-lok Ka-yan Siu-ming Wai-man Kwok-wai Mei-ling Hoi-yan Tsz-hin Ka-ho Chun-kit Wai-kin
    Siew
    """.split()
)


def is_given_name(word: str) -> bool:
    return word in given_names()


# The regions whose zones are named after a city or an island (America/Santiago); the others (Etc/GMT+1,
# UCT) name none.
TIME_ZONE_REGIONS = frozenset(
    "Africa America Antarctica Arctic Asia Atlantic Australia Brazil Canada Chile Europe Indian Mexico Pacific US".split()
)


@cache
def place_names() -> frozenset[str]:
    """Cities, islands and regions as the IANA time zones name them (Cairo, Santiago, Addis Ababa, about
    500, from the pinned `tzdata` package: the same list on every machine), the countries of the world,
    China's places in pinyin and its companies that read like them (`vocabulary`): capitalised words that
    name a place (or a firm) before they name a person."""
    root = package_file("tzdata", "zoneinfo")
    names = set(COUNTRIES | CHINA_PLACES | CHINA_COMPANIES)
    for path in root.rglob("*"):
        relative = path.relative_to(root).parts
        if path.is_file() and len(relative) >= 2 and relative[0] in TIME_ZONE_REGIONS:
            names.add(relative[-1].replace("_", " "))
    return frozenset(name for name in names if name[0].isupper() and name.replace(" ", "").isalpha())


def latin_fold_table() -> dict[int, str]:
    """Accented Latin letters to their ASCII letter, one character for one (ü to u, ø to o, ł to l, ễ to
    e): the patterns spell names in ASCII, and "Åsa Lindström", "Łukasz Wróbel" or "Nguyễn Thị Hương"
    must not hide from them."""
    special = {
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ß": "s",
        "ẞ": "S",
        "æ": "a",
        "Æ": "A",
        "œ": "o",
        "Œ": "O",
        "ı": "i",  # Turkish dotless i (Yıldız)
    }
    table = {}
    # Latin-1 Supplement to Latin Extended-B, and Latin Extended Additional (Vietnamese: Nguyễn, Phạm,
    # Huỳnh; Welsh ẃ and ỳ).
    for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        char = chr(code)
        if not char.isalpha():
            continue
        base = special.get(char) or unicodedata.normalize("NFKD", char)[0]
        if base.isascii() and base.isalpha():
            table[code] = base
    return table


LATIN_FOLD = latin_fold_table()
# str.translate looks every character up in the table: a fifth of `detect` on texts with nothing to
# fold, so it runs only where an accented Latin letter is.
ACCENTED = re.compile("[" + "".join(sorted(map(chr, LATIN_FOLD))) + "]")
