"""Names found by their shape where no cue word stands next to them (scrubber 5).

The cue rules of `names.py` learn one writer's sentences; these look at what a name is made of:

* A Chinese name standing alone between separators (a list 甲、乙、丙, a signature ——陈蕾, "挂个号，
  宋倩，..."): a surname and one or two characters of the kind given names are made of
  (`GIVEN_CHARS`, general knowledge like the surname list), the whole no word of jieba's dictionary
  (which holds the herbs named like people: 徐长卿, 杜仲, 何首乌).
* 阿强, 阿华 (阿 and a given-name character, no word such as 阿姨 or 阿司匹林) where a speaker's label
  or a sentence break follows; 老孟 / 小尚 after a verb that addresses someone (让老孟多盯着).
* Foreign names in Chinese transliteration joined by the middle dot (约翰·卡特, 穆罕默德·阿里夫).
* Pinyin names in Latin script (ZHANG Weiqiang, Liu Yuting, XU DONGMEI): a pinyin surname and a
  given name that is one or two pinyin syllables (two in mixed case, where English words could
  pass for one).
* An English name right before a record's identifier label ("Soren Jefferies DOB -", "SANDOVAL,
  Leticia  Hospital ID:"), or after "call", "for", "Re:" where a capitalised pair follows.
"""

from __future__ import annotations

import re
from functools import cache

from annotation.deid import lexicon
from annotation.deid import vocabulary as v
from annotation.deid.names import (
    FESTIVALS,
    NAME_PARTICLES,
    ORGANISATION_WORDS,
    full_name_surname_length,
    given_chars_ok,
    han_run_before,
    in_herb,
    in_romanised_place,
    is_han,
    links_after_cue,
    lowercase_given_name,
    minority_name_end,
    name_shaped,
    no_patient,
    surname_length,
    token_is_name,
)
from annotation.deid.names import NOT_NAMES as NAME_LOOKALIKES
from annotation.deid.pinyin import (
    PINYIN_SURNAMES,
    ROMANISED_SURNAMES,
    ROMANISED_SYLLABLES,
    SOUTHERN_SURNAMES,
    SOUTHERN_SYLLABLES,
    pinyin_syllable_count,
)
from annotation.deid.rules import HAN, Rule, cue_forms, rule, words
from annotation.deid.weights import LATIN_MODEL

GIVEN_CHARS = v.GIVEN_CHARS
SURNAME_CLASS = "".join(sorted(v.SURNAMES))
# Separators around a name standing alone: list marks, commas, spaces, a line or a turn, brackets, a dash.
ALONE_LEFT = "、，,：:；; \t\n\x00（(—【[/「『“和及与"
ALONE_RIGHT = "、，,；;\t \n\x00）)。！？!?】]/」』”和及与"
# What a label says the value after it is, when that is no person (诊断：, 药物：).
NOT_PERSON_LABELS = (
    "诊断", "药物", "药品", "用药", "处方", "方药", "科室", "医院", "地址", "籍贯", "民族", "职业", "过敏", "症状",
    "主诉", "病因", "检查", "部位", "项目", "名称", "药名", "中药", "组成", "配方", "食物", "饮食", "城市", "省份",
)  # fmt: skip
NOT_PERSON_LABELS = v.with_traditional(NOT_PERSON_LABELS)


# How names of medicines end: a brand name in brackets after one is no person (氯雷他定片(贝雪)).
DRUG_ENDINGS = tuple("片剂丸散膏液囊粒针素酸钠钾定平林星松胺酮唑汀韦肽霉醇") + ("胶囊", "颗粒", "注射液", "口服液")


def given_name_shaped(given: str) -> bool:
    return 1 <= len(given) <= 2 and all(c in GIVEN_CHARS for c in given) and len(set(given)) == len(given)


def zh_alone(text: str, match: re.Match) -> tuple[int, int] | None:
    """A surname and a given name between separators, no word of the dictionary (a list, a signature), a
    married woman's two surnames and given name, or a minority name."""
    start, end = match.span("value")
    value = text[start:end]
    if minority_name_end(text, start) == end:
        return start, end  # 由 巴特尔 接手, Bed 20 的 那日苏: a Mongolian or Uyghur name of its own
    length = full_name_surname_length(value)  # 邝吴来娣: a married woman's, her husband's surname before her own
    if not length or not given_name_shaped(value[length:]):
        return None
    if lexicon.is_dictionary_word(value) or lexicon.is_chinese_word(value[length:], 200):
        return None
    opener = text[match.start("value") - 1]
    if opener in "（(" and text[max(0, match.start("value") - 3) : match.start("value") - 1].endswith(DRUG_ENDINGS):
        return None  # 枸地氯雷他定片(贝雪): a brand name after its medicine
    label_end = match.start("value") - 1
    while label_end > 0 and text[label_end - 1] in " \t":
        label_end -= 1
    if text[match.start("value") - 1] in "：:" and text[max(0, label_end - 4) : label_end].endswith(NOT_PERSON_LABELS):
        return None
    return start, end


def zh_ah_nickname(text: str, match: re.Match) -> tuple[int, int] | None:
    """阿强：, 阿华，: 阿 and a given-name character that make no word (阿姨, 阿胶)."""
    start, end = match.span("value")
    value = text[start:end]
    if value[1] not in GIVEN_CHARS or lexicon.is_dictionary_word(value):
        return None
    if start and "\u4e00" <= text[start - 1] <= "\u9fff" and text[start - 1] not in "叫喊问找让跟和给是":
        return None
    return start, end


def zh_addressed_nickname(text: str, match: re.Match) -> tuple[int, int] | None:
    """让老孟多盯着, 叫小尚来: 老/小 and a surname after a verb that addresses a person."""
    start, end = match.span("value")
    value = text[start:end]
    if lexicon.is_chinese_word(value, 50) or value in ("小时", "小于", "老年", "老公", "小米", "小麦", "小康"):
        return None
    if end < len(text) and lexicon.is_dictionary_word(value[1] + text[end]):
        return None  # 和小阴唇: the surname character begins a word (阴唇) with what follows
    return start, end


# Characters of verbs, prepositions and particles that stand before a name, never inside a transliteration.
NOT_TRANSLITERATED = frozenset(
    "经由被把给对向和与跟是为请让叫找及的在了从自据令致患者病人家属医生护士我你他她来去说讲看要会能想已也都就还"
    "床号室科院"  # 43床买尔旦·阿吉: a bed's number, no part of the name
)
NOT_TRANSLITERATED = NOT_TRANSLITERATED | frozenset("".join(NOT_TRANSLITERATED).translate(v.TO_TRADITIONAL))


def everyday_pair(pair: str) -> bool:
    return len(pair) == 2 and lexicon.is_chinese_word(pair, 100) and not lexicon.is_proper_noun(pair)


def zh_transliterated(text: str, match: re.Match) -> tuple[int, int] | None:
    """约翰·卡特: transliterated parts joined by a middle dot. The runs of Han characters around the dot
    are cut where an everyday word begins or ends (外籍患者|约翰·卡特|腹痛): the longest outer parts
    (2-4 characters before, 2-5 after) that neither start nor end inside such a word."""
    start, end = match.span("value")
    dot = text.find("·", start, end)
    if dot == -1:
        dot = next(i for i in range(start, end) if text[i] in "•・")
    left = None
    for size in range(min(4, dot - start), 1, -1):
        begin = dot - size
        if any(c in NOT_TRANSLITERATED for c in text[begin:dot]):
            continue
        if not everyday_pair(text[begin - 1 : begin + 1]) and not everyday_pair(text[begin : begin + 2]):
            left = begin
            break
    last_dot = max(text.rfind(c, start, end) for c in "·•・")
    right = None
    for size in range(min(5, end - last_dot - 1), 1, -1):
        stop = last_dot + 1 + size
        if any(c in NOT_TRANSLITERATED for c in text[last_dot + 1 : stop]):
            continue
        if not everyday_pair(text[stop - 1 : stop + 1]) and not everyday_pair(text[stop - 2 : stop]):
            right = stop
            break
    if left is None or right is None:
        return None
    return left, right


# --- pinyin (the syllables and surnames: annotation/deid/pinyin.py) -------------------------------

PINYIN_SURNAME_FORMS = tuple(form for name in sorted(PINYIN_SURNAMES) for form in (name.capitalize(), name.upper()))
ENGLISH_PINYIN_LOOKALIKES = frozenset(
    "change hang long bang sang gene anna tina dining define panda china banana manage longer songer lunge".split()
)


def pinyin_given(word: str, caps: bool) -> bool:
    count = pinyin_syllable_count(word)
    return word.lower() not in ENGLISH_PINYIN_LOOKALIKES and (count == 2 or (caps and count == 1))


def pinyin_name(text: str, match: re.Match) -> tuple[int, int] | None:
    """ZHANG Weiqiang, Liu Yuting, Yuting Liu, XU DONGMEI: a pinyin surname next to a pinyin given name;
    not a herb written in pinyin (Bai Shao, He Shou Wu: `vocabulary.TCM_PINYIN`)."""
    first, second = match.group("first"), match.group("second")
    caps = first.isupper() and second.isupper() or first.isupper() != second.isupper()
    if first.lower() in PINYIN_SURNAMES and pinyin_given(second, caps) and not in_herb(text, *match.span("value")):
        return match.span("value")
    return None


# Words of the notes that read as romanised syllables ("NG Tube", "HO Pain", "TO Take Dose", "LUNG Base").
NOT_ROMANISED = frozenset(
    "tube line dose home pain base lobe take care ward bed site drain port bag pump feed test scan room unit team plan"
    " note list day time date tab cap neb bite bone mole cone lung".split()
)


def romanised_syllable(word: str) -> bool:
    """One syllable of a given name as Hong Kong, Taiwan or the mainland spell it (Ka, Wai, Chih, Ming)."""
    low = word.lower()
    return low not in NOT_ROMANISED and (low in ROMANISED_SYLLABLES or pinyin_syllable_count(low) == 1)


def southern_syllable(word: str) -> bool:
    """One syllable as Singapore, Malaysia or Vietnam spell it too (Boon, Huat, Geok, Thi)."""
    return romanised_syllable(word) or (word.lower() in SOUTHERN_SYLLABLES and word.lower() not in NOT_ROMANISED)


def romanised_name(text: str, match: re.Match) -> tuple[int, int] | None:
    """CHAN Ka Yan, AU-YEUNG Ka Wai, TSAI, Cheng-En, Wu, Chunmei: a romanised surname (in capitals, or
    before a comma) and its given name: after capitals, two or three syllables written apart; after a
    comma, one name of two syllables, joined or hyphenated. The pattern reads the given name in a
    lookahead, so that a failed try ("Seen Wu") leaves the surname after it to be tried."""
    surname, comma, given = match.group("surname"), match.group("comma"), match.group("given").split()
    southern = all(part.lower() in SOUTHERN_SURNAMES for part in re.split(r"[- ]", surname))
    if not southern and not all(part.lower() in ROMANISED_SURNAMES for part in re.split(r"[- ]", surname)):
        return None
    if any(w.lower() in v.EN_NOT_NAMES or w.lower() in NOT_ROMANISED for w in given):
        return None
    if comma:
        syllables = given[0].split("-") if len(given) == 1 else []
        joined = len(syllables) == 1 and pinyin_syllable_count(given[0]) == 2
        if not (joined or (len(syllables) == 2 and all(romanised_syllable(s) for s in syllables))):
            return None
        if given[0].lower() in ENGLISH_PINYIN_LOOKALIKES:
            return None
    elif not (
        surname.replace("-", "").replace(" ", "").isupper()
        and len(given) >= 2
        and all((southern_syllable if southern else romanised_syllable)(w) for w in given)
    ):
        return None  # KOH Boon Huat: a southern surname, with the syllables spelt as there
    end = match.end("given")
    if ORGANISATION_AFTER.match(text, end) or in_romanised_place(text, match.start("given")):
        return None  # WONG Tai Sin Hospital, Lek Yuen Estate: a place
    start = match.start("surname")
    return None if in_herb(text, start, end) else (start, end)


ORGANISATION_AFTER = re.compile(
    r"[ \t]++(?:Hospital|Clinic|Estate|House|Court|Road|Street|Centre|Center|Building|Station|Park|Garden|Gardens)\b"
)


# --- English names before an identifier's label --------------------------------------------------

EN_BEFORE_LABELS = (
    "DOB", "D.O.B", "DoB", "Date of birth", "Birthdate", "born", "MRN", "NHS", "Hospital ID", "Hospital no",
    "Hosp no", "Unit number", "Unit no", "Chart", "K number", "Medicare", "Member ID", "Insurance ID", "SSN", "Age",
    "age", "aged", "Ward", "ward", "Bed", "bed", "passport", "Passport", "Phone", "Tel", "grade",
)  # fmt: skip
EN_NAME_PAIR = r"(?P<value>[A-Z][A-Za-z'’-]++,?[ \t]++[A-Z][A-Za-z'’-]++)"
NOT_NAME_WORDS = frozenset(
    """
    the and for with from this that patient pt mr mrs ms dr name date plan note notes history exam review seen claim
    admitted discharged left right upper lower acute chronic type blood heart chest pain mri ct scan ward bed unit
    room side bay cubicle stable care response rapid outreach risk fall falls query precautions contact nil isolation
    sepsis wound pressure tissue viability stroke cardiac arrest crash security theatre theatres recovery triage
    admissions continence palliative crisis liaison infection prevention control safety quality doctor nurse sir
    madam hello thanks sorry okay
    hospital clinic general royal st saint county memorial medical center centre insurance member policy number
    """.split()
)


def en_pair_is_name(value: str) -> bool:
    words_ = [w.strip(",") for w in value.split()]
    return all(w.lower() not in NOT_NAME_WORDS and w.lower() not in v.EN_NOT_NAMES for w in words_)


PAIR_BEFORE = re.compile(
    r"(?<![^ \t\n\x00:;|(—-])([A-Z][A-Za-z'’-]++,?(?:[ \t]++[A-Z][A-Za-z'’-]++)?[ \t]++[A-Z][A-Za-z'’-]++)[ \t,(]*+$"
)


def en_before_label(text: str, match: re.Match) -> tuple[int, int] | None:
    """The two capitalised words right before an identifier's label ("Soren Jefferies DOB -")."""
    pair = PAIR_BEFORE.search(text, max(0, match.start() - 60), match.start())
    if pair is None or not en_pair_is_name(pair.group(1)):
        return None
    if match.group() == "grade" and any(w.isupper() and len(w) > 1 for w in pair.group(1).split()):
        return None  # SAH Fisher grade 3, WHO grade II: a condition's acronym and the grade's eponym
    return pair.span(1)


def en_after_verb(text: str, match: re.Match) -> tuple[int, int] | None:
    """ "call Lorcan on 07...", "Claim for Kwame Featherstone": a name after a verb or a 'for' that
    takes a person, when a phone follows or the pair is two capitalised words."""
    return after_verb(text, match.group(0), match.start("value"), match.group("value"))


def after_verb(text: str, whole: str, start: int, value: str) -> tuple[int, int] | None:
    end = start + len(value)
    words_ = value.split()
    if not all(
        w.lower() not in NOT_NAME_WORDS
        and w.lower() not in v.EN_NOT_NAMES
        and w.lower() not in ORGANISATION_WORDS
        and w not in lexicon.EN_WORDS_IN_NAME_LIST
        and DRUG_OR_GERUND.search(w) is None
        for w in words_
    ):
        return None  # call Poison Control
    if len(words_) == 1 and not re.match(r"[ \t]++(?:on|at)[ \t]++[+(\d]", text[end : end + 30]):
        return None
    following = re.match(r"[ \t]*+([A-Za-z]++)", text[end : end + 30])
    if following is not None and following.group(1).lower() in ORGANISATION_WORDS:
        return None  # per American Diabetes Association
    if whole[:3].lower() == "per" and not lexicon.is_given_name(words_[0]):
        return None  # per Infectious Diseases: only a known given name makes "per" name a person
    return start, end


def person_after_verb(text: str, match: re.Match) -> tuple[int, int] | None:
    """After a verb that takes a person: capitalised words ("call Lorcan on ...", "excuse Senara
    Achterberg"), or a lowercase given name and surname ("met w/ maria lopez")."""
    first, second = match.group("first"), match.group("second")
    if first[0].isupper():
        value = match.group("value") if second and second[0].isupper() else first
        return after_verb(text, match.group(0), match.start("value"), value)
    if second is None or not second.islower() or len(first) < 3 or len(second) < 3:
        return None
    return lowercase_pair_after_verb(text, match)


# Fields of a form whose value is a person, whatever the name looks like (rare, foreign, in capitals).
# Not "provider", "physician", "GP" or "cc": an organisation or a department is as often written there.
EN_FORM_LABELS = (
    "surname", "last name", "family name", "forename", "forenames", "first name", "given name", "given names",
    "middle name", "patient name", "name of patient", "full name", "patient's name", "parent/guardian", "guardian",
    "next of kin", "witness", "child's name", "mother's name", "father's name", "spouse", "attending",
    "electronically signed by", "dictated by", "signed by", "health care proxy", "healthcare proxy", "proxy",
    "emergency contact", "power of attorney", "caregiver", "informant", "referring clinician", "referrer",
    "key worker", "care coordinator", "case manager", "social worker", "given", "given name", "given names",
    "other names", "worker", "employee", "claimant", "insured", "insured name", "member", "member name",
    "subscriber", "policyholder", "policy holder", "cardholder", "account holder", "beneficiary", "requested by",
    "ordered by", "referred by",
)  # fmt: skip
LATIN_NAME_WORD = r"[A-Z][A-Za-z'’-]*+\.?"
EN_FORM_VALUE = rf"(?P<value>{LATIN_NAME_WORD}(?:,?[ \t](?:(?:{NAME_PARTICLES})[ \t])*+{LATIN_NAME_WORD}){{0,3}})"
FORM_STOP_WORDS = frozenset(
    "signature date dob sex age gender mrn nhs address phone tel ward bed unit hospital clinic department dept"
    " practice surgery team service na n/a none unknown yes no not see per".split()
)


def en_form_value(text: str, match: re.Match) -> tuple[int, int] | None:
    """The person after a form's label: capitalised words up to a label, two spaces or the line's end."""
    start = match.start("value")
    tokens = match.group("value").split()
    kept = []
    for token in tokens:
        bare = token.strip(",.")
        if bare.lower() in FORM_STOP_WORDS or bare.lower() in v.EN_NOT_NAMES or bare.lower() in NOT_NAME_WORDS:
            break
        kept.append(token)
        if token.endswith(",") and len(kept) > 1:
            break
    if not kept or not any(len(t.strip(",.")) >= 3 for t in kept):
        return None
    if match.group(0)[:6].lower() == "given:" and not lexicon.is_given_name(kept[0].strip(",.")):
        return None  # "Given: Morphine 5 mg" on a chart; "Given: Kavitha" on a form
    following = re.match(r"[ \t]*+([A-Za-z]++)", text[start + len(" ".join(kept)) :])
    if any(t.strip(",.").lower() in ORGANISATION_WORDS for t in kept) or (
        following is not None and following.group(1).lower() in ORGANISATION_WORDS
    ):
        return None  # Provider: Mayo Clinic
    value = " ".join(kept).rstrip(",")
    if text[start : start + len(value)] != value:  # tabs or doubled spaces inside: keep the first word
        value = kept[0].rstrip(",")
    return start, start + len(value)


# Chinese labels of a person the cue list lacks, and a label or a name spelt with spaces (OCR: 姓 名：隗 宁).
ZH_ROLE_CUES = (
    "案主", "服务对象", "投诉人", "当事人", "陈述人", "见证人", "证明人", "受试者", "求助者", "来访人", "患方",
    "同行人", "申报人", "登记人", "领取人", "取药人", "付款人", "缴费人", "姓名", "姓 名", "姓\u3000名", "患者名",
    "签名", "签字", "签字人", "经办人", "联系人", "家属签名", "患者签名", "申请人", "被保险人", "投保人",
    "交班人", "接班人", "收款人", "交款人", "经手人",
)  # fmt: skip
ZH_ROLE_CUES = v.with_traditional(ZH_ROLE_CUES)
# Labels that are also a dialogue's speakers (患者：那我明天再来): a name after them only when spelt
# out as a scan reads it (病人：丁 晓 敏); written together, the cue rules of names.py decide.
ZH_SPEAKER_ROLE_CUES = ("病人", "患者", "患儿", "病员")


def zh_role_value(text: str, match: re.Match) -> tuple[int, int] | None:
    """A name after a role label; its characters may be spaced out (扈 晓 东) as a scan reads them."""
    start = match.start("value")
    value = match.group("value")
    spaced = len(value) > 1 and value[1] in " \u3000"
    if not spaced and text.startswith(ZH_SPEAKER_ROLE_CUES, match.start()):
        return None
    if links_after_cue(text, match.start(), start):
        return None  # 签字时按要求, 签字那栏写
    if value[:1] in "和与與及或跟" and not text[match.start() : start].rstrip(" \t").endswith((":", "：")):
        return None  # 报出姓名和入院日期: the fields asked for, listed
    # Spelt out (扈 晓 东): every character then a space; written together (禚天佑 性别): up to the space.
    value = value if spaced else re.split(r"[ \u3000]", value)[0]
    compact = re.sub(r"[ \u3000]", "", value)
    length = full_name_surname_length(compact)  # 邝吴来娣: a married woman's, her husband's surname before her own
    if length == 2 and compact[:2] not in v.DOUBLE_SURNAMES and not given_name_shaped(compact[2:]):
        length = 1  # two surnames only before a given name (not 姓名和年龄都: 和, then words)
    if not length or len(compact) - length < 1 or lexicon.is_dictionary_word(compact[: length + 2]):
        return None
    if (
        lexicon.is_chinese_word(compact[length : length + 2], 50)
        or compact[:2] in v.COMMON_WORDS
        or compact[length : length + 2] in ("既往", "病史")  # 联系人和既往病史
        or (length == 1 and lexicon.is_function_word(compact[:2]))
        or (
            compact[length : length + 1] in "由被把将將"
            and lexicon.is_chinese_word(compact[length + 1 : length + 3], 100)
        )
    ):
        return None  # 姓名和年龄, 签字同意手术, 签字须由患者本人: an everyday word follows the label, no name
    keep = length + min(2, len(compact) - length)  # characters of the name, the rest is the next word
    end = start
    while keep:
        if value[end - start] not in " \u3000":
            keep -= 1
        end += 1
    return start, end


# Labels of a form or a handover whose value is always a person, even one whose name is a word (交班：高明
# 接班：林海, 姓名：高峰): the value alone up to the next field is taken unless it says no one (本人, 家属).
ZH_PERSON_LABELS = v.with_traditional(
    (
        "交班",
        "接班",
        "交班人",
        "接班人",
        "收款人",
        "交款人",
        "经手人",
        "姓名",
        "患者姓名",
        "病人姓名",
        "签名",
        "联系人",
        "检验者",
        "审核者",
        "报告者",
        "复核者",
        "记录者",
        "操作者",
        "录入者",
        "检验人",
        "审核人",
        "报告人",
        "复核人",
        "记录人",
        "检验医师",
        "审核医师",
        "报告医师",
        "陪护员",
        "陪护人",
        "护工",
        "转诊医生",
        "问诊人",
        "就诊人",
        "开单医生",
        "申请医生",
        "送检医生",
        "审核",
        "调配",
        "核对",
        "发药",
        "复核",
        "谈话医师",
        "谈话医生",
        "委托代理人",
        "代理人",
        "经办人",
        "记录者",
        "记录人",
        "书写者",
        "书写人",
    )  # fmt: skip
)
NO_ONE = v.with_traditional(("本人", "同上", "患者", "病人", "家属", "不详", "未填", "未知", "自己", "无名"))


def zh_label_value(text: str, match: re.Match) -> tuple[int, int] | None:
    value = match.group("value")
    length = 2 if value[:2] in v.DOUBLE_SURNAMES else 1
    given = value[length:]
    if not 1 <= len(given) <= 2 or not given_chars_ok(value, length, len(value)) or value in NO_ONE:
        return None
    if value in v.COMMON_WORDS or lexicon.is_function_word(value):
        return None
    return match.span("value")


# Labels of a chat's screen name (群昵称：白雪（金华）, 微信名：小峰): whatever follows up to the next field is
# what the person calls themselves, a word or not.
ZH_SCREEN_NAME_LABELS = v.with_traditional(("群昵称", "昵称", "微信名", "微信昵称", "网名", "群名片"))
SCREEN_NAME_END = re.compile(r"[\s,，;；。、（(！!？?…]|$")
# Where the label asks for a screen name rather than shows one (修改群昵称：请备注床号+姓名, 你的昵称：改一下吧),
# and values that are instructions or placeholders (昵称：无, 默认, 这里填写昵称) or a role (群昵称：医生，我想问).
SCREEN_NAME_ASKED = re.compile("(?:修改|改为|改成|设置|設置|请|請|你的|您的|备注|備註)$")
SCREEN_NAME_NOT = re.compile(
    "请|請|填写|填寫|不要|建议|建議|改|这里|這裡|无$|無$|默认|默認|未设置|未設置|真名|姓名|床号|床號|…"
)


def zh_screen_name(text: str, match: re.Match) -> tuple[int, int] | None:
    """What a chat's screen-name label shows (群昵称：白雪), up to the next separator; not where the label asks
    for one, nor an instruction, a placeholder or a role's word."""
    start = match.start("value")
    end = SCREEN_NAME_END.search(text, start, start + 13)
    stop = end.start() if end is not None else start + 12
    value = text[start:stop]
    if not value or value in NO_ONE or len(value) > 12 or value in v.ZH_TITLES or value in v.ZH_CUES:
        return None
    if SCREEN_NAME_ASKED.search(text, max(0, match.start() - 4), match.start()) or SCREEN_NAME_NOT.search(value):
        return None
    return start, stop


ZH_LATIN_CUES = v.with_traditional(
    ("我是", "我叫", "名叫", "叫做", "姓名", "患者", "家属", "联系人", "医生", "护士", "老师", "本人", "我係", "我系")
)  # 我係: Cantonese's 我是


# Cues after which a chat writes a Latin name in lower case (我是 amanda, 我老公 jason, 我先生 kelvin ng): one's
# own and one's family's, not 患者 or 医生, which code-switching text follows with English words (患者 said).
ZH_LOWERCASE_NAME_CUES = v.with_traditional(
    (
        "我是",
        "我叫",
        "我先生",
        "我老公",
        "我老婆",
        "我太太",
        "我儿子",
        "我女儿",
        "我妈",
        "我爸",
        "我朋友",
    )
)


# Given names that are everyday English words, which a mixed sentence uses as such (我老公 bill 还没交, 我朋友
# mark 了一下, 我老婆 amber 色的尿).
LOWERCASE_WORDS_AS_NAMES = frozenset(
    "bill drew mark jade pearl amber gene grant rich jack will frank sandy rose ruby faith hope joy grace dawn"
    " summer april may june patience precious penny chase hunter art bob pat sue ray rob max".split()
)


def lowercase_latin_after_zh_cue(text: str, match: re.Match) -> tuple[int, int] | None:
    """A lowercase given name (a names list's, not an everyday word) and a romanised surname after it."""
    given, surname = match.group("given"), match.group("surname")
    if not lowercase_given_name(given) or given.capitalize() in lexicon.EN_WORDS_IN_NAME_LIST:
        return None
    if given in v.EN_NOT_NAMES or given in NOT_NAME_WORDS or given in LOWERCASE_WORDS_AS_NAMES:
        return None
    if surname and surname in ROMANISED_SURNAMES:
        return match.start("given"), match.end("surname")
    return match.span("given")


def latin_after_zh_cue(text: str, match: re.Match) -> tuple[int, int] | None:
    """我是Lily, 患者 Wang Lei: a Latin name after a Chinese cue (mixed-language writing)."""
    value = match.group("value")
    if any(word.lower() in NOT_NAME_WORDS or word.lower() in v.EN_NOT_NAMES for word in value.split()):
        return None
    if not all(map(token_is_name, value.split())):  # 医生：Who's your GP, 患者：Doctor，我叫…
        return None
    if value.isupper() and len(value) <= 4:  # 患者 CT, 医生 ICU
        return None
    if no_patient(text, *match.span("value")):  # 开的是Lipitor 20mg, 写着Graves' disease
        return None
    if text[match.start() : match.start() + 2] in ("我係", "我系") and not lexicon.is_given_name(value.split()[0]):
        return None  # 我係 Part-time 护工, 我系 Windows 用户: Cantonese's "I am" before what one is
    return match.span("value")


BY_LABELS = (
    "submitted by", "completed by", "entered by", "written by", "prepared by", "recorded by", "reviewed by",
    "checked by", "seen by", "examined by", "approved by", "filled in by", "taken by", "collected by",
)  # fmt: skip


def lowercase_after_label(text: str, match: re.Match) -> tuple[int, int] | None:
    """ "Submitted by: marguerite lavoie": a person's name typed in lower case, known by its given name."""
    first, second = match.group("first"), match.group("second")
    if not lexicon.is_given_name(first.capitalize()) or first.capitalize() in lexicon.EN_WORDS_IN_NAME_LIST:
        return None
    if second and (second in NOT_NAME_WORDS or second in v.EN_NOT_NAMES or len(second) < 3):
        return match.start("first"), match.end("first")
    return match.span("value")


def name_before_email(text: str, match: re.Match) -> tuple[int, int] | None:
    """ "Ngaire Te Whata <ngaire@...>": the display name of an address in a header."""
    value = match.group("value")
    if any(w.lower() in NOT_NAME_WORDS or w.lower() in v.EN_NOT_NAMES for w in value.split()):
        return None
    return match.span("value")


# "khanh linh huynh is her name", "Smith is his surname": the words before say who, in any case.
NAME_IS_WORDS = re.compile(r"(?:^|(?<=[\s,;:(]))([A-Za-z][A-Za-z'’-]*+(?:[ \t][A-Za-z][A-Za-z'’-]*+){0,2})$")


CONJUNCTIONS = frozenset("so but and because as then well oh ah um yes no ok".split())


def name_before_is_name(text: str, match: re.Match) -> tuple[int, int] | None:
    found = NAME_IS_WORDS.search(text, max(0, match.start() - 50), match.start())
    if found is None:
        return None
    tokens = found.group(1).split()
    while tokens and (tokens[0].lower() in NOT_NAME_WORDS | CONJUNCTIONS or tokens[0].lower() in v.EN_NOT_NAMES):
        tokens = tokens[1:]  # "so Ann Lee is her name": the name is what follows the everyday words
    if not tokens or any(t.lower() in NOT_NAME_WORDS or t.lower() in v.EN_NOT_NAMES or len(t) < 2 for t in tokens):
        return None
    value = " ".join(tokens)
    return match.start() - len(value), match.start()


# A text holds one of these (in lower case) wherever one of the form labels is.
FORM_TRIGGERS = (
    "name", "guardian", "kin", "witness", "spouse", "attending", " by", "proxy", "contact", "attorney", "caregiver",
    "informant", "referr", "worker", "coordinator", "manager", "given", "employee", "claimant", "insured", "member",
    "subscriber", "holder", "beneficiary",
)  # fmt: skip


@cache
def form_rules() -> tuple[Rule, ...]:
    """Rules that must run before the cue rules of names.py (whose "Patient" would take "Name:")."""
    labels = tuple(
        dict.fromkeys(
            f for label in EN_FORM_LABELS + BY_LABELS for f in (label, label.capitalize(), label.title(), label.upper())
        )
    )
    return (
        # Romanised Chinese names first: the given-name rules would take "Ka Yan" of CHAN Ka Yan alone.
        rule(
            "NAME",
            r"(?<![A-Za-z'’-])(?P<surname>[A-Z][A-Za-z]{1,7}(?:[- ][A-Z]{2,7}(?=[ \t,]))?)(?=(?P<comma>,)?[ \t]++(?P<given>[A-Z][a-z]{0,7}(?:-[A-Za-z][a-z]{0,5})?(?:[ \t][A-Z][a-z]{0,5}){0,2})(?![A-Za-z]))",
            "Aa ",
            romanised_name,
            needs="latin",
            word_start=True,
        ),
        rule(
            "NAME",
            rf"(?P<value>[{HAN}]{{2,8}}[·•・][{HAN}]{{2,8}}(?:[·•・][{HAN}]{{2,8}})?)",
            "约翰·",
            zh_transliterated,
            needs="han",
            triggers=("·", "•", "・"),
        ),
        rule(
            "NAME",
            rf"(?:{words(labels)})[ \t]*+[:：][ \t]*+(?P<value>(?P<first>[a-z]{{2,}}+)(?:[ \t](?P<second>[a-z][a-z'’-]++))?)(?![A-Za-z])",
            "submitted by: a",
            lowercase_after_label,
            needs="latin",
            word_start=True,
            triggers=FORM_TRIGGERS,
        ),
        rule(
            "NAME",
            r"(?P<value>[A-Z][A-Za-z'’-]++(?:[ \t][A-Z][A-Za-z'’-]*+){1,3})[ \t]*+<[A-Za-z0-9._%+-]++@",
            "Aa Bb <a",
            name_before_email,
            needs="latin at",
            word_start=True,
            triggers=("<",),
        ),
        rule(
            "NAME",
            rf"(?:{words(labels)})[ \t]*+[:：][ \t]*+{EN_FORM_VALUE}",
            "Surname: ab",
            en_form_value,
            needs="latin",
            word_start=True,
            triggers=FORM_TRIGGERS,
        ),
    )


# Relatives and roles written as a field ("Mother: Ngozi Eze-Okafor"): a name when two or more
# capitalised words follow and end there, not a speaker's sentence ("Mother: He has been coughing").
EN_RELATION_FIELDS = (
    "mother", "father", "mum", "mom", "dad", "son", "daughter", "wife", "husband", "partner", "spouse", "sister",
    "brother", "grandmother", "grandfather", "aunt", "uncle", "niece", "nephew", "carer", "caller", "contact", "nok",
    "present", "attendees", "participants", "parent", "parents",
)  # fmt: skip


def relation_field(text: str, match: re.Match) -> tuple[int, int] | None:
    value = match.group("value")
    tokens = value.split()
    if len(tokens) < 2 or any(t.lower() in NOT_NAME_WORDS or t.lower() in v.EN_NOT_NAMES for t in tokens):
        return None
    return match.span("value")


DISEASE_AFTER = re.compile(
    r"[ \t]*+(?:syndrome|disease|sign|test|score|scale|criteria|classification|procedure|palsy|manoeuvre|maneuver|type|tube|repair)\b",
    re.IGNORECASE,
)


def double_barrelled(text: str, match: re.Match) -> tuple[int, int] | None:
    """Oluwaseun Adebayo-Smith, Cressida Vane-Tempest: a capitalised word and a double-barrelled surname,
    unless an eponym's word follows (Stevens-Johnson syndrome) or the first word is an everyday one."""
    first = match.group("first")
    if first.lower() in NOT_NAME_WORDS or first.lower() in v.EN_NOT_NAMES or first in lexicon.EN_WORDS_IN_NAME_LIST:
        return None
    if DISEASE_AFTER.match(text, match.end("value")):
        return None
    return match.span("value")


def at_mention(text: str, match: re.Match) -> tuple[int, int] | None:
    """@Ximena in a group chat (not the @ of an e-mail address, which has a word before it)."""
    start = match.start()
    if start and (text[start - 1].isalnum() or text[start - 1] in "._%+-"):
        return None
    value = match.group("value")
    if value.lower() in NOT_NAME_WORDS or value.lower() in v.EN_NOT_NAMES:
        return None
    return match.span("value")


# --- English names in forms, headers and handovers (scrubber 6) -----------------------------------


def ocr_label(label: str) -> str:
    """A form's label as OCR may have damaged it, read back: "Narne" is "name" (rn for m)."""
    return label.lower().replace("rn", "m")


PERSON_FIELD_WORDS = frozenset("name patient pt client subject re member insured surname".split())
LABEL_BEFORE = re.compile(r"([A-Za-z]++)[ \t]*+$")


# How names of medicines end (amlodipine, ramipril, atorvastatin): a capitalised pair of them is a
# list of drugs, not "Surname, Given"; and a gerund (Awaiting, Feeling) is no given name.
DRUG_OR_GERUND = re.compile(
    r"(?:pril|sartan|statin|olol|dipine|prazole|cillin|mycin|cycline|floxacin|xaban|gatran|gliptin|gliflozin|mab|tinib"
    r"|vir|azole|tidine|semide|thiazide|parin|profen|codone|morphine|oxetine|azepam|zolam|triptan|sone|olone|formin"
    r"|glutide|grel|lukast|tropium|terol|asone|ing)$",
    re.IGNORECASE,
)


RELATION_WORDS = frozenset(r.lower() for r in v.EN_RELATIONS)


def everyday_or_drug(word: str) -> bool:
    lower = word.lower()
    return (
        lower in NOT_NAME_WORDS
        or lower in NAME_LOOKALIKES
        or lower in RELATION_WORDS
        or lower in v.EN_NOT_NAMES
        or lower in ORGANISATION_WORDS
        or word in lexicon.EN_WORDS_IN_NAME_LIST
        or DRUG_OR_GERUND.search(lower) is not None
    )


def caps_after_person_label(text: str, match: re.Match) -> tuple[int, int] | None:
    """ "Patient Name:  MBATHA ,  WYSTAN": a surname and a given name in capitals after a label that
    names a person, whatever spaces OCR left around the comma."""
    label = LABEL_BEFORE.search(text, max(0, match.start() - 30), match.start())
    if label is None:
        return None
    word = ocr_label(label.group(1))
    if word not in PERSON_FIELD_WORDS and not word.endswith("name"):
        return None
    if any(w.lower() in NOT_NAME_WORDS or w.lower() in v.EN_NOT_NAMES for w in match.group("value").split(",")):
        return None
    return match.span("value")


SURNAME_BEFORE_COMMA = re.compile(
    r"(?:^|(?<=[\n\x00])|(?<=[ \t][-–—|][ \t]))(?:(?:\d{1,2}[.)]|[-*•])[ \t]++)?([A-Z][a-z'’-]++)$"
)


def header_surname_given(text: str, match: re.Match) -> tuple[int, int] | None:
    """ "DISCHARGE LETTER - Abernathy, Thurstan - Unit No.": "Surname, Given" set apart as a field of a
    header (between dashes or bars, alone on its line, or an item of a list). The pattern starts at
    the comma (a literal the regex engine skips to); the surname and what stands before it are
    read here."""
    comma = match.start()
    surname = SURNAME_BEFORE_COMMA.search(text, max(0, comma - 40), comma)
    if surname is None:
        return None
    if match.group("right") is None and text[max(0, surname.start() - 3) : surname.start()].strip(" \t") not in "-–—|":
        return None  # alone on its line or in a list, a pair needs a field after it (Asthma, Inhaler)
    words_ = [surname.group(1), match.group("given")]
    return None if any(map(everyday_or_drug, words_)) else (surname.start(1), match.end("given"))


def pair_before_verb(text: str, match: re.Match) -> tuple[int, int] | None:
    """ "Dashiell Mabuza got moved", "Amara Eze said": two capitalised words that act or speak, when
    neither is an everyday word, an organisation's or a heading's."""
    words_ = match.group("value").split()
    if any(map(everyday_or_drug, words_)) or (len(words_) == 1 and words_[0] in v.DISEASE_EPONYMS):
        return None  # ... or a disease's (Parkinson's nurse)
    if text.startswith(FESTIVALS, match.start("value")):
        return None  # Valentine's Day
    following = text[match.end("value") : match.end("value") + 12].split()
    verb = following[0].rstrip("?.,!") if following else ""
    if verb in ("here", "speaking") and not IS_BEFORE.search(text, max(0, match.start() - 8), match.start()):
        return None  # "Wound Care here": only "Is Ann Lee here?" or "Ann Lee here" opening a line
    return match.span("value")


IS_BEFORE = re.compile(r"(?:^|[\n\x00]|\b[Ii]s[ \t]++|[:,][ \t]*+)$")


def lowercase_pair_after_verb(text: str, match: re.Match) -> tuple[int, int] | None:
    """ "met w/ maria lopez at bedside": a lowercase given name and a surname after a verb that takes a person."""
    first, second = match.group("first"), match.group("second")
    if not lowercase_given_name(first) or first.capitalize() in lexicon.EN_WORDS_IN_NAME_LIST:
        return None
    if any(
        w in NOT_NAME_WORDS
        or w in v.EN_NOT_NAMES
        or w in ORGANISATION_WORDS
        or w.capitalize() in lexicon.EN_WORDS_IN_NAME_LIST
        for w in (first, second)
    ):
        return None
    if second in LATIN_MODEL.stored().vocabulary:
        return None  # "call bell within reach": a word people write in lower case is no surname here
    return match.span("value")


def field_pair(text: str, match: re.Match) -> tuple[int, int] | None:
    """ "Pt: Wystan Ekwueme   Clinic ID: ...": two capitalised words that fill a person's field of a form
    up to the next column or the line's end, neither an everyday word ("Pt: Feeling Better")."""
    return pair_before_verb(text, match)


ACTION_VERBS = (
    "got", "says", "said", "reports", "reported", "told", "asked", "mentioned", "thinks", "feels", "wants",
    "wanted", "noticed", "stated", "denies", "denied", "agrees", "agreed", "explained", "wrote", "complains",
    "complained", "confirmed", "refused", "refuses", "was moved", "was admitted", "was discharged",
    "was transferred", "has been moved", "has been admitted", "has been discharged", "passed away", "died", "here",
    "speaking",
)  # fmt: skip
# Verbs and phrases after which a person is named (please excuse ..., met w/ ...): as `call` below.
PERSON_OBJECT_CUES = (
    "call", "ring", "text", "page", "contact", "claim for", "re:", "speak to", "ask for", "per", "call to", "called",
    "excuse", "met with", "met w/", "spoke w/", "discussed with", "discussed w/", "accompanied by", "brought in by",
    "escorted by", "visited by", "seeing", "saw", "referred", "referring", "on behalf of", "check", "check on",
)  # fmt: skip
PERSON_OBJECT_TRIGGERS = (
    "call", "ring", "text", "page", "contact", "claim", "re:", "speak", "ask", "per ", "excuse", "met ", "spoke",
    "discussed", "accompanied", "brought", "escorted", "visited", "seeing", "saw", "referr", "behalf", "check",
)  # fmt: skip


def zh_consultant(text: str, match: re.Match) -> tuple[int, int] | None:
    """请普外科甘宁会诊: the person between a department and the consultation asked of them."""
    start, end = match.span("value")
    value = text[start:end]
    return (start, end) if name_shaped(text, start, end) or lexicon.is_proper_noun(value) else None


# --- scrubber 9: names by how Chinese names are made and what their bearers do ----------------------

# Characters after which a name with no surname (格桑梅朵) begins: someone interprets, comes along, is asked for.
PERSON_BEFORE_CHARS = "由叫让找问请陪和跟与及给替帮是为"
# What a person does, right after their name: signs, comes along, interprets, says, is admitted.
PERSON_VERBS = v.with_traditional(
    (
        "签字", "签名", "陪同", "陪护", "翻译", "代诉", "代述", "诉说", "自述", "自诉", "称", "表示", "反映", "出院",
        "入院", "同意", "拒绝", "要求", "说", "讲", "认为", "答应", "确认", "已签字", "已签名", "已出院", "今日出院",
        "今天出院", "明日出院", "已同意",
    )
)  # fmt: skip
PERSON_AFTER = PERSON_VERBS + v.ZH_TITLES + ("，男", "，女", ",男", ",女", "（男", "（女", "的")


PERSON_AFTER_PATTERN = re.compile(words(PERSON_AFTER))
MINORITY_PART_PATTERN = words(v.MINORITY_NAME_PARTS)


def zh_minority(text: str, match: re.Match) -> tuple[int, int] | None:
    """A name without a Han surname (`vocabulary.MINORITY_NAME_PARTS`): two parts or more (格桑梅朵,
    斯琴高娃) where no word runs into its first character; one part (卓玛, 巴特尔) only after 由/叫/请 ...
    or before a title, 的, a sex or what a person does (卓玛翻译, 巴特尔医生). After a cue word the cue
    rules of names.py take it."""
    start, end = match.span()
    if end < len(text) and text[end] in "·•・":
        return None
    before = text[start - 1] if start else ""
    if match.group("second") is None:
        if PERSON_AFTER_PATTERN.match(text, end) or (
            before and before in PERSON_BEFORE_CHARS and (end == len(text) or not is_han(text[end]))
        ):
            return start, end
        return None
    if (
        before
        and is_han(before)
        and before not in PERSON_BEFORE_CHARS
        and lexicon.is_chinese_word(before + text[start], 50)
    ):
        return None
    return start, end


def zh_name_before_verb(text: str, match: re.Match) -> tuple[int, int] | None:
    """胡晓梅签字, 由邬晓东陪同: a surname and one or two given-name characters where a clause begins,
    right before what a person does; the whole no word of the dictionary."""
    verb = match.start()
    for start in range(max(0, verb - 4), verb - 1):
        before = text[start - 1] if start else ""
        if before and is_han(before) and before not in PERSON_BEFORE_CHARS:
            continue
        length = surname_length(text, start)
        given = text[start + length : verb]
        if not length or not given_name_shaped(given) or not name_shaped(text, start, verb):
            continue
        if lexicon.is_chinese_word(given, 200) or lexicon.is_function_word(given):
            continue
        return start, verb
    return None


LATIN_TITLES_AFTER = ("doctor", "Doctor", "DOCTOR", "Dr", "dr", "sir", "Sir", "nurse", "Nurse", "姑娘")


def zh_before_latin_title(text: str, match: re.Match) -> tuple[int, int] | None:
    """Ask 孙向阳 doctor la: a Chinese name before an English title, as Hong Kong and Singapore chats write."""
    end = match.start()
    start = han_run_before(text, end)
    while start < end and not surname_length(text, start) and minority_name_end(text, start) is None:
        start += 1
    if end - start < 2:
        return None
    if minority_name_end(text, start) == end:
        return start, end
    length = surname_length(text, start)
    if not 1 <= end - start - length <= 2 or not name_shaped(text, start, end):
        return None
    return start, end


PARENT_WORDS = ("妈妈", "爸爸", "奶奶", "爷爷", "姥姥", "姥爷", "外婆", "外公", "妈", "爸")


def zh_child_pet_name(text: str, match: re.Match) -> tuple[int, int] | None:
    """琪琪妈妈, 豆豆爸爸: a child's doubled pet name before the parent who writes or is written to."""
    start, end = match.span("value")
    pair = text[start:end]
    if start and is_han(text[start - 1]) and text[start - 1] not in PERSON_BEFORE_CHARS:
        return None
    if pair in NOT_PET_NAMES or lexicon.is_function_word(pair) or lexicon.is_chinese_word(pair, 300):
        return None
    return start, end


NOT_PET_NAMES = frozenset("宝宝 娃娃 孩孩 妹妹 弟弟 哥哥 姐姐 常常 刚刚 天天 人人 家家 个个".split())


def latin_given_with_surname(text: str, match: re.Match) -> tuple[int, int] | None:
    """Jacky程, Grace 戴, 柳Vivian, @董Tony: an English given name written with a Chinese surname, as
    colleagues in Chinese hospitals name each other in chats."""
    start, end = match.span("value")
    latin = re.search(r"[A-Za-z]++", match.group("value")).group()
    if not lexicon.is_given_name(latin) or latin.lower() in NAME_LOOKALIKES:
        return None
    surname = match.group("after") or match.group("before")
    if surname in v.EVERYDAY and not (
        (match.group("after") and (end == len(text) or text[end] in ":："))
        or (match.group("before") and (start == 0 or text[start - 1] in "@\n\x00"))
    ):
        return None  # Jason和Tom, 和Jason: the everyday character (和) is no surname
    if match.group("before") and start and is_han(text[start - 1]):
        return None
    return start, end


@cache
def shape_rules() -> tuple[Rule, ...]:
    return (
        rule(
            "NAME",
            rf"(?P<value>(?P<doubled>[{HAN}])(?P=doubled))(?={'|'.join(PARENT_WORDS)})",
            "常常妈",
            zh_child_pet_name,
            needs="han",
            triggers=PARENT_WORDS,
        ),
        rule(
            "NAME",
            rf"(?P<value>[A-Z][a-z]{{2,}}+[ ]?(?P<after>[{SURNAME_CLASS}])(?![{HAN}])|(?P<before>[{SURNAME_CLASS}])[A-Z][a-z]{{2,}}+)(?![A-Za-z])",
            "Aaa和的",
            latin_given_with_surname,
            needs="han latin",
        ),
        rule(
            "NAME",
            rf"{MINORITY_PART_PATTERN}(?:[·•・]?(?P<second>{MINORITY_PART_PATTERN})(?:[·•・]?{MINORITY_PART_PATTERN})?)?",
            "格桑花",
            zh_minority,
            needs="han",
            triggers=tuple(sorted(v.MINORITY_NAME_PARTS)),
        ),
        rule(
            "NAME",
            words(PERSON_VERBS),
            "王签字",
            zh_name_before_verb,
            needs="han",
            overlapping=True,
        ),
        rule(
            "NAME",
            rf"[ \t]{{1,2}}+(?:{words(LATIN_TITLES_AFTER)})(?![A-Za-z])",
            "王某 docto",
            zh_before_latin_title,
            needs="han",
            triggers=("doctor", "dr", "sir", "nurse", "姑娘"),
        ),
        rule(
            "NAME",
            rf"科(?P<value>[{SURNAME_CLASS}][{HAN}]{{1,2}}?)(?=会诊|来会诊|查房)",
            "科王会",
            zh_consultant,
            needs="han",
            triggers=("会诊", "查房"),
        ),
        rule(
            "NAME",
            rf"[{re.escape(ALONE_LEFT)}](?P<value>[{SURNAME_CLASS}][{HAN}]{{1,3}})(?=[{re.escape(ALONE_RIGHT)}]|$)",
            "、王一二三四",
            zh_alone,
            needs="han",
        ),
        rule(
            "NAME",
            rf"(?:{words(ZH_ROLE_CUES + ZH_SPEAKER_ROLE_CUES)})[ \t]*+[:：]?[ \t]*+(?P<value>[{HAN}](?:[ \u3000]?+[{HAN}]){{1,3}})",
            "案主：一",
            zh_role_value,
            needs="han",
            overlapping=True,  # 患者 姓名 扈 晓 东: refused at 患者, found again at 姓名
        ),
        rule(
            "NAME",
            rf"(?:{words(ZH_SCREEN_NAME_LABELS)})[ \t]*+[:：][ \t]*+(?=(?P<value>\S))",
            "昵称 ",
            zh_screen_name,
            needs="han",
            triggers=ZH_SCREEN_NAME_LABELS,
        ),
        rule(
            "NAME",
            rf"(?:{words(ZH_PERSON_LABELS)})[ \t]*+[:：][ \t]*+(?P<value>[{SURNAME_CLASS}][{HAN}]{{1,3}})(?=[ \t\u3000\n\x00,，;；。、（(]|$)",
            "姓名：王",
            zh_label_value,
            needs="han",
            triggers=(":", "："),
        ),
        rule(
            "NAME",
            r"[ \t]is[ \t]++(?:her|his|my|their|the[ \t]++patient['’]s)[ \t]++(?:full[ \t]++|legal[ \t]++|real[ \t]++)?(?:name|surname)\b",
            " is her nam",
            name_before_is_name,
            needs="latin",
            triggers=(" is her ", " is his ", " is my ", " is their ", " is the patient"),
        ),
        # 挂张建国的号: the doctor whose appointment is booked.
        rule(
            "NAME",
            rf"[挂掛](?P<value>[{SURNAME_CLASS}][{HAN}]{{1,2}}?)(?=的[号號])",
            "挂王的",
            zh_label_value,
            needs="han",
            triggers=("的号", "的號"),
        ),
        rule(
            "NAME",
            rf"(?:{words(ZH_LOWERCASE_NAME_CUES)})[ \t]*+(?P<given>[a-z]{{3,12}}+)(?:[ \t](?P<surname>[a-z]{{2,8}}+))?(?![A-Za-z])",
            "我是a",
            lowercase_latin_after_zh_cue,
            needs="han latin",
        ),
        rule(
            "NAME",
            rf"(?:{words(ZH_LATIN_CUES)})[ \t]*+[:：]?[ \t]*+(?P<value>[A-Z][a-z'’-]++(?:[ \t][A-Z][a-z'’-]++)?|[A-Z]{{2,}}(?:[ \t][A-Z][a-z]++))(?![A-Za-z])",
            "我是A",
            latin_after_zh_cue,
            needs="han latin",
        ),
        rule(
            "NAME",
            rf"(?P<value>阿[{HAN}])(?=[：:，,。！？!?\s]|$)",
            "阿姨：",
            zh_ah_nickname,
            needs="han",
            triggers=("阿",),
        ),
        rule(
            "NAME",
            rf"[让叫找问给跟和与请陪帮替告诉通知](?P<value>[小老][{SURNAME_CLASS}])",
            "让小时",
            zh_addressed_nickname,
            needs="han",
            triggers=("小", "老"),
        ),
        rule(
            "NAME",
            rf"(?P<value>(?P<first>(?:{words(PINYIN_SURNAME_FORMS)})(?![A-Za-z]))[ \t](?P<second>[A-Z][a-zA-Z]{{1,11}}))(?![A-Za-z])",
            "Zhang ",
            pinyin_name,
            needs="latin",
            word_start=True,
        ),
        rule(
            "NAME",
            rf"(?:{words(EN_BEFORE_LABELS)})\b",
            "Aa Bb DO",
            en_before_label,
            needs="latin",
            word_start=True,
        ),
        rule(
            "NAME",
            rf"(?:{words(cue_forms(EN_RELATION_FIELDS))})[ \t]*+:[ \t]*+(?P<value>[A-Z][A-Za-z'’-]++(?:[ \t][A-Z][A-Za-z'’-]++){{1,2}})(?=[ \t]*+(?:[,;(\n\x00]|$))",
            "Mother: Aa B",
            relation_field,
            needs="latin",
            word_start=True,
            triggers=tuple(cue[:4] + ":" if len(cue) <= 4 else cue[:4] for cue in EN_RELATION_FIELDS),
        ),
        rule(
            "NAME",
            r"(?P<value>(?P<first>[A-Z][a-z]{2,}+)[ \t][A-Z][a-z]{2,}+-[A-Z][a-z]{2,}+)(?![A-Za-z])",
            "Aaa Bbb-C",
            double_barrelled,
            needs="latin",
            word_start=True,
            triggers=("-",),
        ),
        rule("NAME", r"@(?P<value>[A-Z][a-z'’-]++)(?![A-Za-z])", "@A", at_mention, needs="latin", triggers=("@",)),
        rule(
            "NAME",
            rf"(?:{words(cue_forms(PERSON_OBJECT_CUES))})[ \t]++(?P<value>(?P<first>[A-Za-z][a-z'’-]++)(?:[ \t](?P<second>[A-Za-z][a-z'’-]++))?)(?![A-Za-z])",
            "call Aa",
            person_after_verb,
            needs="latin",
            word_start=True,
            triggers=PERSON_OBJECT_TRIGGERS,
        ),
        rule(
            "NAME",
            rf"(?:{words(cue_forms(('pt', 'patient', 'client', 'name', 're', 'resident', 'student', 'child')))})[ \t]*+:[ \t]*+(?P<value>[A-Z][a-z'’-]++[ \t][A-Z][a-z'’-]++)(?=[ \t]{{2,}}|\t|[ \t]*+(?:[\n\x00]|$))",
            "Pt: Aa B",
            field_pair,
            needs="latin",
            word_start=True,
            triggers=(":",),
        ),
        rule(
            "NAME",
            rf"(?P<value>[A-Z][a-z]++(?:-[A-Z][a-z]++)?+(?:[ \t][A-Z][a-z]++(?:-[A-Z][a-z]++)?+)?)['’]s[ \t]++(?:{words(v.EN_RELATIONS)})(?![A-Za-z])",
            "Aa's mu",
            pair_before_verb,
            needs="latin",
            word_start=True,
            triggers=("'s", "’s"),
        ),
        # A handover list: "Bed 12 is Ann Lee", "Bay 3: Ann Lee", "Rm 4 - Ann Lee".
        rule(
            "NAME",
            r"(?:Bed|bed|BED|Bay|bay|Room|room|Rm|rm|Cubicle|cubicle|Cot|cot)[ \t]*+\d{1,3}[A-Za-z]?(?:[ \t]++is|[ \t]*+[:=\-–]|(?=[ \t]))[ \t]*+(?P<value>[A-Z][a-z'’-]++(?:[ \t][A-Z][a-z'’-]++)?)(?![A-Za-z])",
            "Bed 1 is Aa",
            en_after_verb,
            needs="latin digit",
            triggers=("bed", "bay", "room", "rm", "cubicle", "cot"),
        ),
        rule(
            "NAME",
            r"[:：][ \t]*+(?P<value>[A-Z][A-Z'’-]++[ \t]*+,[ \t]*+[A-Z][A-Z'’-]++(?:[ \t][A-Z][A-Z'’-]++(?![A-Za-z]|[ \t]*+:))?)(?![A-Za-z])",
            ": AA , B",
            caps_after_person_label,
            needs="latin",
            triggers=(",",),
        ),
        rule(
            "NAME",
            r",[ \t](?P<given>[A-Z][a-z'’-]++)(?=(?P<right>[ \t]++[-–—|][ \t])|[ \t]*+(?:[\n\x00]|$))",
            "- Aa, Bb c",
            header_surname_given,
            needs="latin",
            triggers=(",",),
        ),
        rule(
            "NAME",
            rf"(?P<value>[A-Z][a-z'’-]++[ \t][A-Z][a-z'’-]++)[ \t]++(?:{words(ACTION_VERBS)})(?![A-Za-z])",
            "Aa Bb go",
            pair_before_verb,
            needs="latin",
            word_start=True,
            triggers=tuple({" " + verb.split()[0] for verb in ACTION_VERBS}),
        ),
    )


__all__ = ["GIVEN_CHARS", "form_rules", "pinyin_syllable_count", "shape_rules"]
