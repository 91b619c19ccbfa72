r"""De-identification of text people and models wrote (PROTOCOL §7), Chinese and English.

Each identifier becomes a typed placeholder (`[PHONE]`, `[MRN]`, ...); people become numbered
ones, `[NAME_1]`, `[NAME_2]`, the same number for the same person throughout one conversation so
that a dialogue between three people stays readable. Labels around an identifier ("病历号：",
"DOB:") are kept. The scrubber works on a whole conversation (`scrub_conversation`): a name found
once next to a cue is then replaced wherever it appears again, also without a cue ("张建国" then
"建国", "John Smith" then "Smith"). Figures on the labelled sets: `bench/deid.py`.

Text is normalised first (`annotation.text.normalise`), so a zero-width space or full-width
digits inside a phone number do not hide it, and one between two names ("John\u200bSmith") leaves
them two words; the scrubbed text is the normalised text. E-mail addresses are also found with
their @ and full stops spelled out or bracketed ("john(at)example(dot)com", "john at example dot
com": `rules.obfuscated_email_rules`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache

from annotation.deid import latin_tagger
from annotation.deid.detection import Detection
from annotation.deid.layout import collapse_spacing, ocr_letters
from annotation.deid.lexicon import ACCENTED, LATIN_FOLD
from annotation.deid.name_edges import with_edges
from annotation.deid.names import (
    NAME_RULES,
    han_name_before_romanised,
    is_han,
    name_after_name,
    uncertain_names,
    zh_listed_after,
    zh_listed_before,
)
from annotation.deid.people import number_people, propagate
from annotation.deid.places import propagate_addresses
from annotation.deid.prefilter import Search, match_prefixes, required_chars, with_start_class
from annotation.deid.rules import RULES as IDENTIFIER_RULES
from annotation.deid.rules import Rule, after_name, features, words
from annotation.deid.shapes import form_rules, shape_rules
from annotation.deid.tagger import tag
from annotation.deid.vocabulary import HOSPITALS_NAMED_AFTER_PEOPLE
from annotation.deid.wordscan import Words
from annotation.text import normalise

# Changes whenever what is replaced changes; snapshots record it.
VERSION = "25"
RULES: tuple[Rule, ...] = IDENTIFIER_RULES + form_rules() + NAME_RULES + shape_rules()
SEPARATOR = "\x00"
KINDS: tuple[str, ...] = tuple(dict.fromkeys(r.kind for r in RULES))


@dataclass(frozen=True)
class Uncertain:
    """A span kept as written that an admin should look at: where it is in the scrubbed text."""

    turn: int
    start: int
    end: int
    text: str


@dataclass
class Conversation:
    texts: list[str]
    counts: Counter
    detections: list[Detection]
    uncertain: list[Uncertain] = field(default_factory=list)


@dataclass
class Scrubbed:
    text: str
    counts: Counter = field(default_factory=Counter)


# Each rule as two bits of one number: bit 2i stands for rule i's trigger words (`Rule.triggers`),
# bit 2i+1 for its English cue prefixes (below). Each word scanned for carries the bits of the rules
# it stands for, so a text's mask says at once which rules it can wake, and the rules a mask picks
# are found once per combination (`rules_for`). A bit per word made nearly every text's mask a new
# one, and with the table readers' thousand header words each such miss walked numbers of thousands
# of bits: twice the cost of scrubber 6's.
RULE_MASKS: tuple[int, ...] = tuple(1 << (2 * index) if r.triggers else 0 for index, r in enumerate(RULES))
TRIGGERS: tuple[tuple[str, int], ...] = tuple(
    (t, sum(m for r, m in zip(RULES, RULE_MASKS) if t in r.triggers))
    for t in sorted({t for r in RULES for t in r.triggers})
)


def cue_prefixes(pattern: re.Pattern) -> tuple[frozenset[str], re.Pattern | None] | None:
    """What a text must hold for `pattern` to match, from its matches' prefixes (`prefilter.
    match_prefixes`: "MRN", "DOB", "病历号"): in its lower case, one of the prefixes that begin with
    an ASCII character, in lower case (each needs three characters or more: shorter ones are in most
    English texts); or, as written, one of the others (Han ones), which a pattern of them alone finds
    (None: there are none). None where the pattern has no prefixes, or no English ones (its own
    search is then as cheap as that pattern's). A prefix in the text is one in its lower case: each
    character is lowered on its own, only Σ depends on what follows it."""
    found = match_prefixes(pattern)
    if found is None:
        return None
    latin = {p for p in found if p[0].isascii()}
    if not latin or any(len(p) < 3 or "Σ" in p for p in latin):
        return None  # short prefixes are everywhere; Han ones alone: too many first characters for the automaton
    others = found - latin
    return frozenset(p.lower() for p in latin), re.compile(words(others)) if others else None


# Each such rule's English prefixes as its second bit, found in the same scan as the trigger words; a
# rule is run where that bit is set, or where the pattern of its other prefixes finds one (the MRN cue
# list has both: its own search tries the whole list at every English letter, that pattern only at
# its Han first characters).
RULE_PREFIXES = tuple(cue_prefixes(r.pattern) for r in RULES)
PREFIX_BITS: tuple[int, ...] = tuple(
    0 if found is None else 1 << (2 * index + 1) for index, found in enumerate(RULE_PREFIXES)
)
PREFIX_OTHERS: tuple[re.Pattern | None, ...] = tuple(found and found[1] for found in RULE_PREFIXES)

# Every trigger word and prefix in one automaton (`wordscan.Words`): one scan of the text instead of
# one `in` per word.
SCANNED_WORDS: tuple[tuple[str, int], ...] = TRIGGERS + tuple(
    (p, bit) for found, bit in zip(RULE_PREFIXES, PREFIX_BITS) if found for p in sorted(found[0])
)
TRIGGER_WORDS = Words(SCANNED_WORDS)


def trigger_mask(lowered: str) -> int:
    """The bits of the rules whose trigger words or prefixes `lowered` (a text in lower case) holds."""
    return TRIGGER_WORDS.mask(lowered)


# What a text must hold for each rule to match (`prefilter`), and how to search for it: where the
# regex engine would try the pattern at every position, the pattern compiled again so that the
# engine skips to the characters a match begins with.
RULE_REQUIRED = tuple(required_chars(r.pattern) for r in RULES)  # characters a text must hold
RULE_SEARCHES: tuple[Search, ...] = tuple((with_start_class(r.pattern) or r.pattern).search for r in RULES)


# Each rule as `rules_for` answers it (the characters every match holds sorted once here, its search,
# the pattern of its Han prefixes; and the same without that pattern, for a text that holds one of its
# English prefixes), with its bits.
Entry = tuple[int, int, tuple, tuple, Rule]
ENTRIES: tuple[Entry, ...] = tuple(
    (m, b, (r, tuple(sorted(q)), f, o), (r, tuple(sorted(q)), f, None), r)
    for r, q, f, o, m, b in zip(RULES, RULE_REQUIRED, RULE_SEARCHES, PREFIX_OTHERS, RULE_MASKS, PREFIX_BITS)
)


@cache
def rules_with(present: frozenset[str]) -> tuple[Entry, ...]:
    """The rules whose features a text with these has (a Chinese text skips the English ones)."""
    return tuple(entry for entry in ENTRIES if entry[4].needs <= present)


@lru_cache(maxsize=8192)
def rules_for(
    present: frozenset[str], mask: int
) -> tuple[tuple[Rule, tuple[str, ...], Search, re.Pattern | None], ...]:
    """The rules a text with these features, trigger words and prefixes can match at all, with the
    characters every match holds, how to search for them, and the pattern of their Han prefixes
    where the text holds none of their English ones (one of those must then be there)."""
    return tuple(
        found if b & mask else unknown
        for m, b, unknown, found, _ in rules_with(present)
        if (not m or m & mask) and (not b or b & mask or unknown[3] is not None)
    )


def resumed(search: Search, first: re.Match) -> Search:
    """`search`, whose answer from position 0, `first`, is known already: `detect_in` searched once
    to skip the rules that find nothing, and `Rule.find` asks again from 0."""

    def again(text: str, position: int = 0) -> re.Match | None:
        return first if position == 0 else search(text, position)

    return again


INSTITUTION = re.compile(
    r"Hospital|Clinic|Infirmary|Medical Cent(?:er|re)|Health Cent(?:er|re)|Pharmacy|University|College|Practice"
    r"|Klinik|Poliklinik|Farmasi|Institut\b|Pusat Perubatan|Gleneagles|KPJ|Dental|Surgery"
    r"|医院|诊所|卫生院|卫生服务中心|医疗中心|药房|药店|大学|学院|醫院|診所|衛生院|藥房|藥局|藥店|學院|本院|我院"
)
NOT_INSTITUTION_ADDRESS = re.compile(
    r"[.;!?。；！？\n\x00]|[“「『][^”」』]*+$|lives|home|patient|\bpt[ \t:：]*+(?:地址|住址|address)|患者|病人|住|家"
)


def institution_address(text: str, start: int, taken: bytearray) -> bool:
    """Whether the address at `start` follows a hospital's, a clinic's or a school's name on its line
    ("Mayo Clinic, 200 First St SW", "医院地址：...", "协和医院位于..."): that is the place's, kept;
    not where a quotation still open or an identifier found already (a person's name) stands between
    ("社区药房送药登记：唐国庆，地址..."): that home is the person's."""
    offset = max(0, start - 80)
    before = text[offset:start]
    last = None
    for found in INSTITUTION.finditer(before):
        last = found
    return (
        last is not None
        and NOT_INSTITUTION_ADDRESS.search(before, last.end()) is None
        and taken.find(1, offset + last.end(), start) == -1
    )


# A Chinese address that runs straight on into the place it belongs to and ends there or at one of its departments or
# buildings ("寄至西直门南大街11号北京大学人民医院病案室。", "…解放路88号浙江大学医学院附属第二医院3号楼。"): the
# hospital's own; not a home by it (…县医院后面, …医院老宿舍4栋, …医院旁边的幸福小区) nor one a patient is said to be at.
INSTITUTION_RIGHT_AFTER = re.compile(
    rf"[\u4e00-\u9fff]{{0,12}}?(?:{INSTITUTION.pattern})"
    r"(?:[\u4e00-\u9fff]{0,6}?(?:科|室|部|处|處|中心|病区|病區|门诊|門診)|\d{1,2}号楼|\d{1,2}號樓)?(?:[，,。；;！!？?\s）)]|$)"
)
HOME_WORDS_BEFORE = re.compile(r"住|家|患者|病人|[Pp]atient|\bpt\b")


def institution_right_after(text: str, start: int, end: int) -> bool:
    """Whether the address at text[start:end] runs straight on into its institution (`INSTITUTION_RIGHT_AFTER`)
    with no word before it that says someone lives there."""
    return (
        ("\u4e00" <= text[end - 1 : end] <= "\u9fff" or text[end - 1 : end].isdigit())
        and INSTITUTION_RIGHT_AFTER.match(text, end) is not None
        and HOME_WORDS_BEFORE.search(text, max(0, start - 10), start) is None
    )


# Where an address's span begins with the place it belongs to ("中南大学湘雅医院位于长沙市开福区湘雅路87号",
# "光明街社区卫生服务中心在光明街72号"): the words that say the address is that place's.
INSTITUTION_AT = re.compile(rf"(?:{INSTITUTION.pattern})(?:的)?(?:地址|位置)?(?:是|为|位于|位於|在|坐落于|坐落在)")


def names_an_institution(text: str, start: int, end: int) -> bool:
    """Whether the address found at text[start:end] opens with an institution and says it is there."""
    return INSTITUTION_AT.search(text, start, end) is not None


OCR_HINT = re.compile(r"[A-Za-z][01][A-Za-z]")


def detect(text: str, shortcuts: bool = True) -> list[Detection]:
    """Every identifier in `text` (already normalised), earlier rules winning where spans overlap.

    Letter-spaced lines of a scan are read written together (`layout.collapse_spacing`); the spans
    found there are mapped back to the text as written. Without `shortcuts` every rule that
    `Rule.applies` scans the text plainly: the same detections, slower (what the tests compare)."""
    view, index = collapse_spacing(text)
    if index is None:
        return detect_in(text, shortcuts)
    found = []
    for d in detect_in(view, shortcuts):
        start, end = index[d.start], index[d.end - 1] + 1
        found.append(Detection(d.kind, start, end, text[start:end]))
    return found


def screened(text: str, present: frozenset[str]) -> Iterator[tuple[Rule, int, int]]:
    """Each rule's spans in `text`, in rule order, running only the rules that can match it: its
    features and trigger words (`rules_for`), the characters every match holds, a first search."""
    for r, needed, search, others in rules_for(present, trigger_mask(text.lower())):
        if needed and not all(c in text for c in needed):
            continue  # a character every match holds is missing
        if others is not None and others.search(text) is None:
            continue  # none of the prefixes a match begins with
        if (first := search(text, 0)) is None:
            continue  # most rules find nothing: no generator, no second search
        for start, end in r.find(text, resumed(search, first)):
            yield r, start, end


def scanned(text: str, present: frozenset[str]) -> Iterator[tuple[Rule, int, int]]:
    """Each rule's spans in `text`, in rule order, every rule that applies scanning it: `screened`
    without its shortcuts."""
    lowered = text.lower()
    for r in RULES:
        if r.applies(present, lowered):
            for start, end in r.find(text):
                yield r, start, end


MASKED = re.compile(r"[Xx*]++")


def detect_in(text: str, shortcuts: bool = True) -> list[Detection]:
    original = text
    if ACCENTED.search(text):
        text = text.translate(LATIN_FOLD)  # same length: offsets hold in both
    if OCR_HINT.search(text):
        text = ocr_letters(text)  # Pat1ent, D0B: same length too
    taken = bytearray(len(text))  # 1 where a detection already is: overlap checks in O(span)
    found = []
    for r, start, end in (screened if shortcuts else scanned)(text, features(text)):
        if taken.find(1, start, end) != -1 or text.find(SEPARATOR, start, end) != -1:
            continue
        if r.kind == "ADDRESS" and (
            institution_address(text, start, taken)
            or names_an_institution(text, start, end)
            or institution_right_after(text, start, end)
        ):
            continue  # a hospital's or a clinic's own address: no one's home
        if r.kind == "NAME" and MASKED.fullmatch(text, start, end):
            continue  # XXXX, ***: a name already masked
        taken[start:end] = b"\x01" * (end - start)
        found.append(Detection(r.kind, start, end, original[start:end]))
    found = with_edges(text, original, found, taken)
    return followed(text, original, found, taken, [d for d in found if d.kind == "NAME"])


def followed(
    text: str, original: str, found: list[Detection], taken: bytearray, names: list[Detection]
) -> list[Detection]:
    """`found` with what comes right after each of `names` and is no detection yet (`taken`): a date of
    birth or a record number after a name, the next name of a list (A、B、C, followed to its end)."""
    for name in names:  # grows as it goes
        following = after_name(text, name.end, name.start)
        if following is None and (joined := name_after_name(text, name.end, name.start)) is not None:
            following = ("NAME", *joined)
        if following is not None and following[0] == "ADDRESS":
            absorb_parts(found, taken, following[1], following[2])
        if following is not None and taken.find(1, following[1], following[2]) == -1:
            kind, start, end = following
            taken[start:end] = b"\x01" * (end - start)
            found.append(Detection(kind, start, end, original[start:end]))
            if kind == "NAME":
                names.append(found[-1])
        if name.end - name.start < 2:
            continue  # a surname alone (王医生) leads no list: 明天和王医生确认
        before = han_name_before_romanised(text, name.start) if not is_han(original[name.start]) else None
        for listed in (zh_listed_after(text, name.end), zh_listed_before(text, name.start), before):
            if listed is not None and taken.find(1, *listed) == -1:
                start, end = listed
                taken[start:end] = b"\x01" * (end - start)
                found.append(Detection("NAME", start, end, original[start:end]))
                names.append(found[-1])
    return found


def absorb_parts(found: list[Detection], taken: bytearray, start: int, end: int) -> None:
    """Drop the addresses found inside text[start:end] (a lone postcode) when nothing else is there, so that
    the whole home after a name replaces them."""
    inside = [d for d in found if d.kind == "ADDRESS" and start <= d.start and d.end <= end]
    if not inside:
        return
    for d in inside:
        taken[d.start : d.end] = bytes(d.end - d.start)
    if taken.find(1, start, end) != -1:
        for d in inside:  # something else is there too: leave all as found
            taken[d.start : d.end] = b"\x01" * (d.end - d.start)
        return
    for d in inside:
        found.remove(d)


def with_lists_followed(text: str, found: list[Detection], ruled: list[Detection]) -> list[Detection]:
    """`found` with the names the taggers added (those not in `ruled`) widened and the lists after them
    followed, as `detect_in` does after the rules' names: 熊国庆、阚思远, where the tagger is sure only of
    the first; Kwek Boon Hwee, where it is sure only of the surname."""
    rules_found = {id(d) for d in ruled}
    if not any(d.kind == "NAME" and id(d) not in rules_found for d in found):
        return found
    taken = bytearray(len(text))
    for d in found:
        taken[d.start : d.end] = b"\x01" * (d.end - d.start)
    ruled_part = [d for d in found if id(d) in rules_found]
    added = with_edges(text, text, [d for d in found if id(d) not in rules_found], taken)
    return followed(text, text, ruled_part + added, taken, [d for d in added if d.kind == "NAME"])


HOSPITAL_NAMES = re.compile(rf"(?<![A-Za-z])(?:{'|'.join(map(re.escape, HOSPITALS_NAMED_AFTER_PEOPLE))})(?![A-Za-z])")


def in_hospital_name(text: str, d: Detection) -> bool:
    """Whether a name found lies within a hospital's that is a person's too (Tan Tock Seng), where the words
    before it say a place follows."""
    if d.kind != "NAME" or not d.text[:1].isascii():
        return False
    for found in HOSPITAL_NAMES.finditer(text, max(0, d.start - 40), min(len(text), d.end + 40)):
        if found.start() <= d.start and d.end <= found.end():
            return PLACE_BEFORE.search(text, max(0, found.start() - 24), found.start()) is not None
    return False


# What says a hospital's name follows rather than a person's (Transfer to, 我在, DISCHARGE -): a person of
# that name is written after a title, a label or a relation (Mr Steve Biko, Patient: Dora Nginza).
PLACE_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?i:at|in|via|(?:transfer(?:red)?|referred|admitted|sent|taken)[ \t]++to|discharged?)"
    r"(?:[ \t]++the)?+|[在去到转轉于於]|[-–—])[ \t]*+$"
)


def scrub_conversation(texts: Iterable[str]) -> Conversation:
    """Normalise and scrub the texts of one conversation (prompt turns, answers), numbering people across them."""
    # One pass over the texts joined by a character no pattern matches (a fifth of the calls for a
    # prompt with two answers). That character, NUL, is refused at import and by the API and cannot
    # be stored in PostgreSQL: dropping it keeps the joins unambiguous.
    texts = [normalise(t).replace(SEPARATOR, "") for t in texts]
    joined = SEPARATOR.join(texts)
    # The learned taggers (`tagger.py` for Han names, `latin_tagger.py` for names in Latin letters) add the
    # names they are sure of before propagation, so that later mentions of them go too; the ones they are
    # unsure of are kept and listed for review.
    ruled = detect(joined)
    found, unsure = tag(joined, ruled)
    found, unsure_latin = latin_tagger.tag(joined, found)
    found = with_lists_followed(joined, found, ruled)
    found = [d for d in found if not in_hospital_name(joined, d)]
    unsure = sorted(unsure + unsure_latin)
    detections = propagate_addresses(joined, propagate(joined, found))
    numbers = number_people(detections)
    pieces, position = [], 0
    shifts: list[tuple[int, int]] = []  # (end of a detection in `joined`, how far later text moved)
    for d in sorted(detections, key=lambda d: d.start):
        placeholder = f"[NAME_{numbers[d]}]" if d.kind == "NAME" else f"[{d.kind}]"
        pieces += [joined[position : d.start], placeholder]
        position = d.end
        shifts.append((d.end, (shifts[-1][1] if shifts else 0) + len(placeholder) - (d.end - d.start)))
    scrubbed = ("".join(pieces) + joined[position:]).split(SEPARATOR)
    uncertain = [
        Uncertain(turn, start, end, text[start:end])
        for turn, text in enumerate(scrubbed)
        for start, end in uncertain_names(text)
    ]
    if unsure:
        listed = set(uncertain)
        added = [u for u in unsure_in_scrubbed(unsure, detections, shifts, scrubbed) if u not in listed]
        uncertain = sorted(uncertain + added, key=lambda u: (u.turn, u.start, u.end))
    return Conversation(scrubbed, Counter(d.kind for d in detections), detections, uncertain)


def unsure_in_scrubbed(
    spans: list[tuple[int, int]], detections: list[Detection], shifts: list[tuple[int, int]], scrubbed: list[str]
) -> Iterator[Uncertain]:
    """The tagger's unsure spans (offsets in the joined text) where they are in the scrubbed turns;
    those a detection took after all (by propagation) are gone."""
    taken = bytearray(max((d.end for d in detections), default=0))  # O(span) overlap checks, as in detect_in
    for d in detections:
        taken[d.start : d.end] = b"\x01" * (d.end - d.start)
    ends = [end for end, _ in shifts]
    turn_starts = [0]
    for text in scrubbed:
        turn_starts.append(turn_starts[-1] + len(text) + 1)
    for start, end in spans:
        if taken.find(1, start, end) != -1:
            continue
        moved = bisect_right(ends, start)
        offset = start + (shifts[moved - 1][1] if moved else 0)
        turn = bisect_right(turn_starts, offset) - 1
        local = offset - turn_starts[turn]
        yield Uncertain(turn, local, local + end - start, scrubbed[turn][local : local + end - start])


def scrub(text: str) -> Scrubbed:
    """Scrub one text on its own (a conversation of one)."""
    result = scrub_conversation([text])
    return Scrubbed(result.texts[0], result.counts)


def scrub_all(texts: Iterable[str], counts: Counter) -> list[str]:
    """Scrub the texts of one conversation, adding their replacements to `counts`."""
    result = scrub_conversation(texts)
    counts.update(result.counts)
    return result.texts


def residual(texts: Iterable[str]) -> list[Detection]:
    """What the scrubber would still replace in texts that were already scrubbed (the export gate)."""
    return [d for text in texts for d in detect(normalise(text))]


__all__ = [
    "KINDS",
    "RULES",
    "VERSION",
    "Conversation",
    "Detection",
    "Scrubbed",
    "Uncertain",
    "detect",
    "residual",
    "scrub",
    "scrub_all",
    "scrub_conversation",
]
