"""Every later mention of a home already found in a conversation (`propagate_addresses`).

A whole address is found by its cue or its shape ("住址：五华区阳光花园5-6-1901", "346 N Sycamore Dr,
Apt 26"); later in the same conversation people name only a piece of it: the estate ("阳光花园那边停车
难"), the village ("黄土坡村"), the house number and street in lower case ("346 n sycamore dr"), the
house's name ("Meadowside"). Such a piece identifies the home as the whole did, so, as a name found
once is replaced everywhere (`people.propagate`), each distinctive piece of an address found once is
replaced wherever it appears again, with the building and flat numbers written after it.

A piece is distinctive when it is more than a place many people share: not a province, city,
district or county, not a street's name without its number, not an institution.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from annotation.deid.dates import MONTH_OR_DAY
from annotation.deid.detection import Detection
from annotation.deid.lexicon import ACCENTED, LATIN_FOLD
from annotation.deid.people import occurrences
from annotation.deid.rules import AU_STATES, UK_POSTCODE, US_STATES, names_institution_building, words

HAN_RUN = re.compile(r"[\u4e00-\u9fff]{3,}")
# Everything up to the last unit above a town is shared by many (上海市浦东新区, 郸城县); a village's
# town (三合镇) is kept with it, and the village alone is a piece too (黄土坡村).
ABOVE_TOWN = re.compile(r"^.*[省市区县州旗區縣]")
TOWN = re.compile(r"^.*?[镇乡鎮鄉]")
# A street's name (丰收路) names no home without its number; an institution's (卫生院) is no one's home.
NOT_A_HOME = re.compile(
    r"(?:[路街道巷弄]|大道|胡同|医院|醫院|卫生院|衛生院|诊所|診所|中心|学校|學校|大学|大學|公园|公園|车站|車站)$"
)
# The building and flat written after an estate's name (春晖园8栋1单元2304, 翠湖苑4-6-603, 凤凰新村C区4栋).
ZH_FLAT_AFTER = re.compile(
    r"(?:[ \t]?+(?:[A-Za-z]区|\d{1,3}-\d{1,2}-\d{2,5}(?![\d-])|\d{1,4}[ \t]?+(?:栋|幢|座|号楼|号院|号|单元|门|楼|層|层|室|期|房|樓)))+"
)
# The building and flat after an estate's name and a comma (春晖园，8栋1单元2304): one address. Only with a
# building's unit, which no sentence after a place begins with.
ZH_FLAT_AFTER_COMMA = re.compile(
    rf"[，,][ \t]?+(?=\d{{1,4}}[ \t]?+(?:栋|幢|座|号楼|單元|单元))(?:{ZH_FLAT_AFTER.pattern})(?:\d{{3,5}}(?![\d.]))?"
)
# What an estate's, a compound's or a village's name ends with: its end alone is the name people use
# (新界沙田沙田第一城, then 沙田第一城; 九龍藍田麗港城, then 麗港城).
ESTATE_END = "城园苑庭府湾邨村屯居阁都第院舍寓厦園灣閣"
# House number and street at the start of a piece of an English address (346 N Sycamore Dr, 58 willow way).
EN_HOUSE_AND_STREET = re.compile(r"\d{1,5}[A-Za-z]?[ \t]++[A-Za-z][A-Za-z'’. -]{2,40}")
# A house's name first in an address ("Meadowside, Mill Road", "Rose Cottage, Long Melford"): one that
# says it is a house, or one before a street (a town first, "Chicago, IL 60666", is everyone's).
EN_HOUSE_NAME = re.compile(r"[A-Z][a-z]{3,}+(?:[ \t][A-Z][a-z]{2,}+)?")
# Words that end a house's own name (Rose Cottage, The Old Rectory); House, Hall and Mill end others' too.
HOUSE_NAME_WORDS = "Cottage|Farm|Lodge|Manor|Barn|Villa|Croft|Grange|Rectory"
HOUSE_WORD = re.compile(rf"(?:{HOUSE_NAME_WORDS}|House|Hall|Mill)$")
# A building's or an estate's name where people live: a piece of the address too (Jubilee Heights, Wah Fu
# Estate). Names of other kinds (Sino Centre, Heron Park, Town Hall) are a home's only after its flat.
HOME_BUILDING_WORDS = (
    "House|Court|Mansions?|Towers?|Estate|City|Gardens?|Villas?|Lodge|Heights|Mews|Building|Apartments|Residences?"
    "|Cottage|Farm|Manor|Shing"
)
OTHER_BUILDING_WORDS = "Cent(?:re|er)|Plaza|Park|Place|Hall|View|Bank|Concourse"
BUILDING = re.compile(rf"(?:[A-Z][a-z'’]++[ \t]){{1,3}}(?:{HOME_BUILDING_WORDS})")
OTHER_BUILDING = re.compile(
    rf"(?:The[ \t])?(?:[A-Z][a-z'’]++[ \t]){{1,3}}(?:{OTHER_BUILDING_WORDS})|The(?:[ \t][A-Z][a-z'’]++){{1,3}}"
)
STREET_WORD = re.compile(
    r"\b(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Drive|Dr|Close|Court|Way|Crescent|Terrace|Place|Row|Walk|Hill|Green"
    r"|Highway|Hwy|Parade|Quay|Esplanade)\b"
)
# A UK or Canadian postcode of the address: written apart later, it still points at a few houses.
POSTCODE = re.compile(r"\b(?:[A-Z][A-Z]?\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)\b", re.IGNORECASE)
MIN_LATIN_PIECE = 6


# Names that many places share (养老院, 员工宿舍, 大学城): no one's home in particular.
GENERIC_PLACES = frozenset(
    """
    养老院 护理院 敬老院 福利院 老年公寓 宿舍 员工宿舍 职工宿舍 学生宿舍 教师宿舍 家属院 家属楼 大学城 科技园 工业园 产业园
    软件园 公园 花园 小区 新村 老村 本村 该村 我村 新城 老城 商城 影城 城区 农村 山村 村委会 居委会
    """.split()
)


def han_pieces(address: str) -> Iterator[str]:
    """The estates, compounds and villages named in a Chinese address (and, where no unit above a town
    says where their names begin, the last three to six characters of one that ends like an estate's)."""
    for run in HAN_RUN.findall(address):
        run = run.lstrip("号號")  # 191号春晖园: the house number's unit is no part of the estate
        piece = ABOVE_TOWN.sub("", run)
        candidates = [piece, TOWN.sub("", piece)]
        if piece == run and run[-1] in ESTATE_END:
            candidates += [run[-length:] for length in range(4, min(len(run), 7))]
        for candidate in candidates:
            if len(candidate) >= 3 and NOT_A_HOME.search(candidate) is None and candidate not in GENERIC_PLACES:
                yield candidate


def latin_pieces(address: str) -> Iterator[str]:
    """The house number with its street, and a house's name written first, of an English address."""
    segments = [s.strip() for s in re.split(r"[,\n\x00]", address)]
    for index, segment in enumerate(segments):
        house = EN_HOUSE_AND_STREET.fullmatch(segment)
        if house is not None and len(segment) >= MIN_LATIN_PIECE:
            yield segment
        elif index == 0 and not any(c.isdigit() for c in segment) and EN_HOUSE_NAME.fullmatch(segment):
            following = segments[1] if len(segments) > 1 else ""
            before_a_street = STREET_WORD.search(following) and not following[:1].isdigit()  # not "London, 12 Baker St"
            if HOUSE_WORD.search(segment) or before_a_street:
                yield segment
        if BUILDING.fullmatch(segment):
            yield segment  # the building or the estate (Jubilee Heights, Wah Fu Estate)
    if (block := SG_BLOCK_PIECE.match(address)) is not None:
        yield block.group("house")  # Blk 297 Yishun Ave 7 #14-311: said again without its unit
    yield from (m.group(0) for m in POSTCODE.finditer(address) if any(c.isalpha() for c in m.group(0)))


SG_BLOCK_PIECE = re.compile(
    r"(?:Blk|BLK|Block)\.?[ \t]++(?P<house>\d{1,4}[A-Za-z]?(?:[ \t]++[A-Z][A-Za-z'’]*+)++(?:[ \t]++\d{1,2}[A-Za-z]?)?)"
)


# The town, state and postcode after an English street, on the same line or the next ones ("346 N Sycamore
# Dr, Apt 26\nChicago, IL 60666", "6 Kowhai Road, Ponsonby, Auckland 1011", "Blk 525 ... #04-304, Singapore
# 520525", "flat 2, 82 mill lane, bristol bs11 6tn", "Tralee, Co. Kerry V92 V2PE"): taken only up to a postcode.
TAIL_SEGMENT = re.compile(r"(?P<gap>,[ \t]*+|[ \t]*+\n[ \t]*+|[ \t]++)(?P<segment>[^,\n\x00]{1,40}+)")
TOWN_WORDS = r"[A-Za-z][A-Za-z'’.-]*+(?:[ \t][A-Za-z][A-Za-z'’.-]*+){0,3}"
TOWN_ONLY = re.compile(TOWN_WORDS)
CAPITALISED_TOWN = re.compile(r"[A-Z][A-Za-z'’.-]*+(?:[ \t](?:[A-Z][A-Za-z'’.-]*+|upon|on|de|la))*+")
US_STATE = rf"(?i:{words(US_STATES)})"
AU_STATE = rf"(?i:{words(AU_STATES)})"
# A segment that ends an address: its town (maybe) and a postcode of a shape that says where it is from (a
# state and ZIP code, a UK, Canadian or Irish postcode, Singapore's six digits), whatever the sentence does
# after it ("portland or 97216 not 82nd st"); or, where a clause or the line ends right after them, a
# capitalised town and four or six digits (Wellington 6011; Hangzhou 310052，Hamilton 3216 to) or Hong Kong's regions, which
# have no postcodes: followed by more words they are a drug and its dose (Metformin 1000 mg), a hospital's
# name (Hong Kong Eye Hospital).
ENDS_WITH_POSTCODE = re.compile(
    rf"(?:{TOWN_WORDS}[ \t,]++)?(?:{US_STATE}[ \t]++\d{{5}}(?:-\d{{4}})?|{AU_STATE}[ \t]++\d{{4}}"
    rf"|(?i:{UK_POSTCODE}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|[A-Z]\d{{2}}[ \t]?[A-Z\d]{{4}}))|Singapore[ \t]++\d{{6}}"
)
ENDS_WITH_TOWN_NUMBER = re.compile(
    rf"(?:(?!{MONTH_OR_DAY})(?:[A-Z][a-z'’.-]++[ \t]++){{1,3}}(?:\d{{6}}|\d{{4}})(?!\d)"
    r"|(?:[A-Z][a-z]++[ \t]++){0,3}(?:Hong[ \t]Kong|Kowloon|New[ \t]Territories|H\.?K\.?))"
    r"(?=[ \t]*+(?:[;,.!?，。；)）]|$)|[ \t]++(?:to|with)\b)"
)
# After the towns, a postcode of four digits as a segment of its own (Mitchells Plain, 7798: South Africa's),
# where a clause ends after it.
POSTCODE_ALONE = re.compile(r"\d{4}(?=[ \t]*+(?:[;,.!?，。；)）]|$)|[ \t]++(?:to|with)\b)")
# A rural home's numbered piece (RD 1, RR 4, rural route 3, Site 4, Box 112; South Africa's Stand 8831, Erf 561,
# Zone 6, Extension 2; a park's Lot 27): part of the address before or after its street or town.
RURAL_PIECE = (
    r"(?i:r\.?d\.?|r\.?r\.?|rural[ \t]route|site|(?:p\.?o\.?[ \t])?box|zone|extension|ext\.|stand|erf|lot)"
    r"[ \t]*+#?\d{1,5}[A-Za-z]?"
)
# A street's number or a flat's after the street ("Tampines St 5 #04-304", "Apt 26"): the address goes on.
UNIT_ONLY = re.compile(
    r"(?:\d{1,3}[ \t]++)?#\d{1,3}-\d{1,4}|\d{1,3}|(?i:apt|apartment|unit|flat|suite|ste)\.?[ \t]*+#?[\dA-Za-z-]{1,6}"
    rf"|{RURAL_PIECE}"
)
TAIL_SEGMENTS = 4
# The flat, floor, block, building and house number written before an address's street or town, each
# between commas or on a line of its own ("Flat 8, Ashdown Mews, 64 Coronation Terrace, Carlisle CA2 6DX",
# "Flat C, 19/F, Sino Centre, 415 Hennessy Road", "4078 Greenway\nNew York, NY 10062"): the detection
# began at the street or the town, and the rest of the home would be left. Each a whole segment: the flat,
# floor and block; a home's building; a house's name (The Old Rectory); a lane (Church Lane); a house number
# and its street without a street's word (57 Heather Bank, 4078 Greenway).
FLAT = r"(?i:flat|apt|apartment|unit|suite|ste)\.?[ \t]*+#?[A-Za-z0-9/-]{1,6}"  # Flat 8, Apt 6A, Flat 2/1
# (with Australia's unit before the house's number: 3/45 Belgrave Tce)
HOUSE_NUMBER_STREET = r"(?:\d{1,4}/)?\d{1,5}[A-Za-z]?[ \t]++[A-Z][a-z'’]++(?:[ \t][A-Z][a-z'’]++){0,2}"
# A floor or a flat by its place in the house (3rd Fl., 2nd floor, Lower flat, Basement Suite), a unit's number
# alone (#305).
FLOOR = (
    r"\d{1,2}(?:st|nd|rd|th)[ \t]++(?i:fl\.?|floor)"
    r"|(?i:lower|upper|ground|top|basement|garden|first|second|third)[ \t]++(?i:flat|floor|suite|apartment|apt|unit)"
    r"|#\d{1,5}[A-Za-z]?"
)
HEAD_SEGMENT = re.compile(
    rf"(?:{FLAT}|{FLOOR}|(?i:room|rm)\.?[ \t]*+#?[A-Za-z0-9/-]{{1,6}}"
    r"|\d{1,3}/F|(?:Block|Blk|Tower|Bldg)[ \t]*+[A-Z0-9]{1,4}"  # 19/F, Block 34
    rf"|{RURAL_PIECE}"  # RR 4, Box 112, Stand 8831
    rf"|{BUILDING.pattern}"  # Ashdown Mews, Wah Fu Estate
    rf"|(?:The[ \t])?(?:[A-Z][a-z'’]++[ \t]){{0,2}}(?:{HOUSE_NAME_WORDS})"  # Rose Cottage, The Old Rectory
    rf"|(?:[A-Z][a-z'’]++[ \t]){{1,3}}{STREET_WORD.pattern}"  # Church Lane: a lane of a few houses
    rf"|{HOUSE_NUMBER_STREET})$"
)
# The end of a segment that holds more (moved to 5187 Grand Concourse, we're at unit 4b): the house number
# or the flat after a word that leads to a home; not after any word (Type 2 Diabetes, Exam Room 12, Cycle 4
# Docetaxel, Mobilises with 2 Sticks).
HEAD_AFTER_LEAD_IN = re.compile(
    r"(?:(?<![A-Za-z])(?i:to|at|from|c/o|in|is|lives|living|moved|home|address|addr)[ \t]++|[是在住到][ \t]*+)"
    rf"(?P<head>{FLAT}|{FLOOR}|{RURAL_PIECE}|{HOUSE_NUMBER_STREET})$"
)
# A village's or a district's name between the house and the town (The Old Rectory, Church Lane, Little
# Snoring, Fakenham NR21 0JA), or a building not only of homes (Sino Centre, Heron Park): passed over, and
# kept in the address only when more of the home comes before it (Flat C, 19/F, Sino Centre).
VILLAGE = re.compile(rf"{OTHER_BUILDING.pattern}|[A-Z][a-z'’]++(?:[ \t](?:[A-Z][a-z'’]++|of|upon|on)){{0,3}}")
VILLAGES_IN_A_ROW = 2
# Dates, times and counts are no house and street (12 March, 3 Weeks, 2 Stents; not 12 Daybrook, 57 Sonning).
NOT_A_HOUSE = re.compile(
    rf"\d{{1,5}}[A-Za-z]?[ \t]++(?:{MONTH_OR_DAY}"
    r"|(?:Day|Week|Month|Year|Hour|Minute|Pack|Dose|Cycle|Tablet|Stick|Stent|Vessel|Cigarette|Son|Daughter|Child|Children"
    r"|Miscarriage|Pregnancy|Pregnancies|Episode|Admission|Fall|Unit|Drink)s?\b)"
)
HEAD_GAP = re.compile(r"(?:,[ \t]*+|[ \t]*+\n[ \t]*+|[ \t]++[-–][ \t]++)$")  # #305 - 6888 Alderbridge Way
# Where a segment before the address begins; not the full stop of an abbreviation (3rd Fl., Apt.).
HEAD_STOP = re.compile(r"[,\n\x00;:!?()（）：，。；]|(?<!Fl)(?<!Apt)(?<!Ste)(?<!Rm)\.")
HEAD_SEGMENTS = 4
# What a building's name goes on into when it names a service (Carlton House Surgery, Green Park station).
SERVICE_AFTER = re.compile(
    r"[ \t]++(?i:hospital|surgery|clinic|cent(?:re|er)|station|practice|medical|health|school|church|pharmacy|nursing|care"
    r"|day|hospice|team|service|services)\b"
)
# Beyond this many pieces a conversation is a list of homes, and each search of it would cost a pass.
MOST_PIECES = 64


def address_tail(text: str, end: int) -> int:
    """Where an English address ending at `end` really ends: after its town and postcode, if it has one
    within TAIL_SEGMENTS segments (towns alone before it); `end` where it has none."""
    position, reached, towns = end, end, 0
    for _ in range(TAIL_SEGMENTS):
        segment = TAIL_SEGMENT.match(text, position)
        if segment is None:
            break
        value = segment.group("segment").rstrip(" \t.")
        ending = ENDS_WITH_POSTCODE.match(value) or ENDS_WITH_TOWN_NUMBER.match(segment.group("segment"))
        if ending is None and towns and "," in segment.group("gap"):
            ending = POSTCODE_ALONE.match(segment.group("segment"))
        if ending is not None and "\n" in segment.group("gap") and ending.end() < len(value):
            ending = None  # a line of its own ends the address only as a whole (not "Metformin 1000 mg bd")
        if ending is not None and not value[ending.end() : ending.end() + 1].isalnum():
            reached = segment.start("segment") + ending.end()  # what follows it is the sentence's (; visiting from ...)
            break
        town = CAPITALISED_TOWN if "\n" in segment.group("gap") else TOWN_ONLY  # a line of its own: "Roslyn"
        if town.fullmatch(value) is None and UNIT_ONLY.fullmatch(value) is None:
            break
        towns += UNIT_ONLY.fullmatch(value) is None
        position = segment.start("segment") + len(value)
    return reached


def institution_building(segment: str) -> bool:
    """Whether a segment names a hospital's or a campus's building (Main Building, Outpatient Centre; not
    The Old Rectory, a house)."""
    return HOUSE_WORD.search(segment) is None and names_institution_building(segment)


def address_head(text: str, start: int, floor: int) -> int:
    """Where an English address found from `start` really begins: before its flat, floor, block,
    building and house number, if they are written before it (not before `floor`, where the detection
    before it ends). A segment that holds more (the words of the sentence, "moved to 5187 Grand
    Concourse") gives only its end after a word that leads to a home, and the walk stops there."""
    position = cursor = start
    villages = 0
    for _ in range(HEAD_SEGMENTS + VILLAGES_IN_A_ROW):
        gap = HEAD_GAP.search(text, max(floor, cursor - 8), cursor)
        if gap is None:
            break
        reach = max(floor, gap.start() - 60)
        begin = max((stop.end() for stop in HEAD_STOP.finditer(text, reach, gap.start())), default=reach)
        segment = text[begin : gap.start()]
        written = segment.strip(" \t")
        whole = HEAD_SEGMENT.fullmatch(written)
        part = None if whole else HEAD_AFTER_LEAD_IN.search(written)
        head = whole.group(0) if whole else part.group("head") if part else None
        if head is None or NOT_A_HOUSE.match(head) or institution_building(head):
            if villages < VILLAGES_IN_A_ROW and VILLAGE.fullmatch(written) and not institution_building(written):
                villages, cursor = villages + 1, begin + len(segment) - len(segment.lstrip(" \t"))
                continue
            break
        position = cursor = begin + len(segment) - len(segment.lstrip(" \t")) + (part.start("head") if part else 0)
        villages = 0
        if part:
            break  # only the end of the segment: the sentence before it is not the address
    return position


def propagate_addresses(text: str, detections: list[Detection]) -> list[Detection]:
    """Add every other occurrence in `text` (a whole conversation) of a piece of an address found in it,
    after extending each English address through its town and postcode."""
    detections = with_tails(text, detections)
    pieces: dict[str, None] = {}
    for d in detections:
        if d.kind == "ADDRESS":
            pieces.update(dict.fromkeys((*han_pieces(d.text), *latin_pieces(d.text))))
    if not pieces or len(pieces) > MOST_PIECES:
        return detections  # a list of many homes (an export's rows) names each once: nothing to follow
    result = list(detections)
    taken = bytearray(len(text))
    for d in result:
        taken[d.start : d.end] = b"\x01" * (d.end - d.start)
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = None
    for piece in sorted(pieces, key=len, reverse=True):
        for start, end in occurrences(text, piece, lowered):
            if SERVICE_AFTER.match(text, end):
                continue  # Carlton House Surgery, Musgrove Park Hospital: a service named after the place
            if piece[0] >= "\u4e00":
                flat = ZH_FLAT_AFTER.match(text, end)
                end = flat.end() if flat is not None else end
            if taken.find(1, start, end) == -1:
                taken[start:end] = b"\x01" * (end - start)
                result.append(Detection("ADDRESS", start, end, text[start:end]))
    return result


def with_tails(text: str, detections: list[Detection]) -> list[Detection]:
    """Each English address with its town and postcode where they follow it, and its flat, building
    and house number where they are written before it; a detection inside the longer address (the
    town and postcode found on their own) is dropped, and an address is not extended into one that
    goes on past it. Detections do not overlap: those after an address are the only ones its tail
    can reach, and the head stops where the one before it ends."""
    result: list[Detection | None] = sorted(detections, key=lambda d: d.start)
    # Towns and streets read with their accents folded, as the rules read them (Ōtāhuhu as Otahuhu, Montréal):
    # the same length, so offsets hold in both.
    view = text.translate(LATIN_FOLD) if ACCENTED.search(text) else text
    floor, previous = 0, None
    for index, d in enumerate(result):
        if d is None:
            continue
        if d.kind == "ADDRESS" and d.text[-1:] in ESTATE_END and (flat := ZH_FLAT_AFTER_COMMA.match(text, d.end)):
            result[index] = d = Detection("ADDRESS", d.start, flat.end(), text[d.start : flat.end()])
        if d.kind != "ADDRESS" or not view[d.end - 1 : d.end].isascii():
            floor, previous = d.end, index
            continue
        start = address_head(view, d.start, floor) if view[d.start : d.start + 1].isascii() else d.start
        before = result[previous] if previous is not None else None
        if before is not None and before.kind == "ADDRESS" and HEAD_GAP.fullmatch(view, before.end, start):
            start, result[previous] = before.start, None  # two pieces of one home (Flat C, 19/F, Sino Centre, 415 ...)
        end, inside, following = address_tail(view, d.end), [], index + 1
        while following < len(result) and (result[following] is None or result[following].start < end):
            if result[following] is not None:
                inside.append(following)
            following += 1
        if any(result[i].end > end for i in inside):
            end, inside = d.end, []
        for i in inside:
            result[i] = None
        if (start, end) != (d.start, d.end):
            result[index] = Detection("ADDRESS", start, end, text[start:end])
        floor, previous = end, index
    return [d for d in result if d is not None]
