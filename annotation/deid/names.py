"""Rules that find people's names, Chinese and English, from the cues around them.

A Chinese name is a surname (the whole 百家姓, `surnames.py`) and one or two given characters, taken
where the context says a person is meant: after a cue (a self-introduction, a record label, a role
or relation word, a bed number), before a title (王医生, 李明华主任) or before "的" and a relation
(游华妍的爱人), as a speaker's label at the start of a line (【微信】裴庆：), before an age or sex
(祝雪懿，44岁), before a greeting or a bracketed record number (康珂（登记号…）), as 小王 / 老李,
and with no cue at all for a double surname (濮阳冬青) or where a clause begins with a surname and
a given name that is no word. The words around are checked against an everyday-word list
(`lexicon`): a surname character inside a word (值班护士, 及时联系) starts no name.

An English name follows a title, a self-introduction, a relation word, a greeting or a sign-off,
precedes a post-nominal (MD, RN) or an age, is a speaker's label, an initial and a surname ("V.
Oyebanji", "Perpetua B. Yarborough"), or begins with a known given name (`lexicon.given_names`:
Bridget Adeyemi, "O'Connell, Nadia"); a given name alone counts where one addresses or signs
("Reminder: Rufus, ..."). Words that only look like names (Dr Pepper, Mayo Clinic, "pending", a
speaker's "Dr: Nice to meet you", given names that are words such as Fair or Iris) are refused. Later mentions without a cue are replaced by propagation (`people.py`), so one good cue
is enough per conversation.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from annotation.deid import lexicon
from annotation.deid import vocabulary as v
from annotation.deid.pinyin import PINYIN_SURNAMES, pinyin_syllable_count
from annotation.deid.rules import HAN, Rule, any_case, rule, words
from annotation.deid.weights import LATIN_MODEL

# Everyday characters that are surnames too: alone before a title they are read as words (和医生).
NOT_ALONE_BEFORE_TITLE = v.EVERYDAY
# Of those, the ones that are real surnames often enough that "向医生" may well be Dr Xiang: kept as
# written but listed for an admin to decide (`uncertain_names`).
UNCERTAIN_BEFORE_TITLE = frozenset("向全常万文关安易古成齐连冷时明平")
# After these cues a person is being named, so a common word there (高峰, 黄河) may be a name after all.
STRONG_CUES = (
    "我叫",
    "名叫",
    "叫做",
    "姓名",
    "本人",
    "患者姓名",
    "病人姓名",
    "联系人",
    "紧急联系人",
    "就诊人",
    "患儿姓名",
    "家属姓名",
    "联系人姓名",
    "被保险人",
    "投保人",
    "签名",
    "署名",
    "家属签字",
    "患者签字",
    "医师签名",
    "护士签名",
    "姓名为",
    "名字是",
    "名字叫",
)
# Characters that end a given name: verbs, particles, body and symptom words that follow a name.
STOP = v.NOT_IN_GIVEN_NAME | frozenset(
    "血痛疼咳呕吐肚眼耳鼻嘴牙脚手腿腰背肝肾肺胃肠身体病症检查治疗吃喝用服打看找问请帮让叫带送做走睡醒告转"
    "染疸肿痒疹烧热晕胀酸喘泻咽喉皮肤尿便汗痰脓疮癣瘤癌炎诉由陪签"
)
STOP = STOP | frozenset("".join(STOP).translate(v.TO_TRADITIONAL))
STRONG_CUES = v.with_traditional(STRONG_CUES)
TITLE_PREFIXES = tuple({title[:2] for title in v.ZH_TITLES})
# Relations that follow "X的" (游华妍的爱人, 王芳的家属; 家属 also without 的): the X before them is a person.
ZH_RELATIONS_AFTER = (
    "爱人",
    "老伴",
    "家属",
    "妻子",
    "丈夫",
    "老公",
    "老婆",
    "女儿",
    "儿子",
    "母亲",
    "父亲",
    "妈妈",
    "爸爸",
    "孩子",
    "监护人",
    "联系人",
    "家长",
    "陪护",
    "代理人",
    "委托人",
    "病历",
    "床位",
    "检查结果",
    "手术",
    "片子",
    "报告",
    "化验单",
    "检查单",
    "病情",
    "档案",
    "资料",
    "医保卡",
    "身份证",
    "电话",
    "手机",
    "号码",
    "住院号",
    "情况",
    "血压",
    "血糖",
    "药",
    "随访",
    "复诊",
    "复查",
    "会诊",
    "就诊",
    "预约",
    "医嘱",
    "处方",
    "出院",
    "入院",
    "治疗",
    "化验",
)
ZH_RELATIONS_AFTER = v.with_traditional(ZH_RELATIONS_AFTER)
# Words a speaker's label or a name before an age may look like but are not (查体：, 方案：).
NICKNAME_NOT_NAMES = frozenset("小米 小麦 老年 小于 小时 老公 小康 老楼 老房".split())


def is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def in_drug_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside a drug's name that reads as a person's (甲福明, Hong Kong's metformin)."""
    offset = max(0, start - 3)
    window = text[offset : end + 3]
    for drug in v.ZH_DRUGS_LIKE_NAMES:
        found = window.find(drug)
        if found != -1 and offset + found <= start and end <= offset + found + len(drug):
            return True
    return False


def surname_length(text: str, start: int) -> int:
    if text[start : start + 2] in v.DOUBLE_SURNAMES:
        return 2
    return 1 if start < len(text) and text[start] in v.SURNAMES else 0


def full_name_surname_length(name: str) -> int:
    """The surname's length in a whole name known to be one: a double surname (欧阳), a married woman's two (任钱淑珍,
    邝吴来娣: her husband's, then her own), one, or none."""
    length = surname_length(name, 0)
    return 2 if length == 1 and len(name) == 4 and name[1] in v.SURNAMES else length


# Words of a ward's work that end in a surname's character, too rare in jieba's dictionary to pass its test
# (审方药师, 开单医生, 随车医生: the pharmacist who checks, the doctor who ordered, the ambulance's doctor).
WORK_WORDS = v.with_traditional(("审方", "开单", "随车", "跟车", "出车", "接车", "带班", "跟班", "轮班"))


# jieba tags some everyday words as persons' names too (麻醉 264, 胡椒, 高寿 21): such a tag is trusted only below this.
PERSON_TAG_TRUSTED_BELOW = 20


def rare_person_word(word: str, below: int = PERSON_TAG_TRUSTED_BELOW) -> bool:
    """Whether jieba knows `word` as a person's name and rarely (less than `below` times) as anything else
    (何建军 3; not 林森 26)."""
    return lexicon.is_person_name(word) and lexicon.frequency(word) < below


def inside_word(text: str, start: int) -> bool:
    """Whether the character at `start` ends an everyday word begun just before it (及时, 值班, 在于)."""
    if start <= 0 or not is_han(text[start - 1]):
        return False
    return lexicon.is_chinese_word(text[start - 1 : start + 1], 100) or text[start - 1 : start + 1] in WORK_WORDS


# A given name is often a word too (立新, 若岚's 何若, 建国): below this frequency a verb or adverb in
# jieba's dictionary is rare enough to be read as part of a name after a surname that is no everyday word.
RARE_FUNCTION_WORD = 60


def is_common_function_word(text: str, surname: str) -> bool:
    """A verb, conjunction or adverb (通知, 及时, 告诉) common enough not to be a given name after `surname`."""
    return lexicon.is_function_word(text) and (
        surname in NOT_ALONE_BEFORE_TITLE or lexicon.frequency(text) >= RARE_FUNCTION_WORD
    )


def starts_function_word(text: str, start: int) -> bool:
    """Whether a verb, conjunction or adverb begins at `start` (通知, 及时, 告诉)."""
    return is_common_function_word(text[start : start + 2], text[start])


def starts_with_word(text: str, start: int) -> bool:
    """Whether the single surname at `start` and the next character make an everyday word (黄疸,
    查房, 石膏, 方便) rather than the start of a name: listed in `COMMON_WORDS`, or in jieba's
    dictionary as anything but a name or place, often (an everyday surname character: at all)."""
    pair = text[start : start + 2]
    if pair in v.COMMON_WORDS:
        return True
    return not lexicon.is_proper_noun(pair) and lexicon.frequency(pair) >= (
        3 if text[start] in NOT_ALONE_BEFORE_TITLE else 300
    )


INSTITUTION_WORDS = v.with_traditional(("大学", "医院", "学院", "中心", "诊所", "卫生", "医科", "研究所"))
# What makes the title 总 part of an institution's name (总医院, 總醫院, 总院, 总部, 总公司).
INSTITUTION_AFTER_TITLE = INSTITUTION_WORDS + v.with_traditional(("院", "部", "局", "公司", "分院", "队"))


# Characters that usually end a name (王家人, 李月经, 张镇上) but begin many given names (家豪, 月华, 镇宇).
GIVEN_OR_STOP = v.GIVEN_CHARS & STOP


def given_first(text: str, position: int) -> bool:
    """家豪 in 黎家豪: such a character begins the given name when a given-name character follows and
    the two make no word of the dictionary (家人, 家里, 月经 are words)."""
    pair = text[position : position + 2]
    return (
        text[position] in GIVEN_OR_STOP
        and len(pair) == 2
        and pair[1] in v.GIVEN_CHARS
        and pair[1] not in STOP
        and not lexicon.is_dictionary_word(pair)
    )


def given_chars_ok(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] can be a given name: Han characters none of which ends names, but for a
    first 家/月 that begins one (`given_first`: 王家偉)."""
    return all(
        is_han(text[i]) and (text[i] not in STOP or (i == start and given_first(text, i))) for i in range(start, end)
    )


HERB = re.compile(words(v.ZH_HERBS))


ROSTER_SHIFTS = ("早班", "中班", "晚班", "夜班", "白班", "备班", "听班", "大夜班", "小夜班", "主班", "副班", "进修")


PLACE_UNITS = frozenset("市县区省州镇乡縣區鄉鎮")
PLACE_HEADS = frozenset(v.with_traditional(("市长", "区长", "县长", "省长", "州长", "镇长", "乡长")))


def verb_at(text: str, position: int) -> bool:
    """Whether a verb or function word of two characters, common enough to trust, begins at `position` (复述, 达到)."""
    pair = text[position : position + 2]
    return len(pair) == 2 and lexicon.is_function_word(pair) and lexicon.frequency(pair) >= 50


def zh_name_end(text: str, start: int) -> int | None:
    """Where the Chinese name beginning at `start` ends, or None if no name begins there."""
    length = surname_length(text, start)
    if not length:
        return None
    end = start + length
    for index in range(2):
        position = start + length + index
        if (
            position >= len(text)
            or not is_han(text[position])
            or (text[position] in STOP and not (index == 0 and given_first(text, position)))
            or text[position : position + 2] in TITLE_PREFIXES
        ):
            break
        if text[position : position + 2] in v.NOT_IN_GIVEN_NAME_PAIRS or (
            index == 1 and text[position - 1 : position + 1] in v.NOT_IN_GIVEN_NAME_PAIRS
        ):
            break
        if index == 1 and (
            text[position : position + 2] in v.COMMON_WORDS
            or (text[position] not in v.GIVEN_CHARS and verb_at(text, position))
        ):
            break  # 蔺娟复述: the name ends where a verb begins (not 张志强|调整: 强 ends names)
        end = position + 1
    if end == start + length or (length == 1 and starts_with_word(text, start)):
        return None
    if (
        length == 1
        and end == start + 3
        and text[start + 1] in v.SURNAMES
        and text[start + 1] not in NOT_ALONE_BEFORE_TITLE
        and end < len(text)
        and text[end] in v.GIVEN_CHARS
        and text[start + 2] in v.GIVEN_CHARS
        and text[end] not in "和跟与與及同"  # 王金华和我们: a conjunction, no fourth character of the name
        and (end + 1 == len(text) or not is_han(text[end + 1]) or verb_at(text, end + 1))
    ):
        end += 1  # 任钱淑珍: a married woman's name, her husband's surname before her own
    given = text[start + length : end]
    if text[end : end + 1] in PLACE_UNITS and text[end : end + 2] not in PLACE_HEADS:
        return None  # 江州市中医院, 东城区: a place's name before its unit (not 王市长, the mayor)
    if (herb := HERB.match(text, start)) is not None and herb.end() >= end:
        return None  # 徐长卿祛风止痛: a herb, not 徐长卿 the person
    if any(word in text[start + 1 : end + 2] for word in INSTITUTION_WORDS):
        return None  # 吉林大学, 协和医院: a place or an institution, not 吉林大 or 协和医
    if (
        text[start] in NOT_ALONE_BEFORE_TITLE
        and length == 1
        and (lexicon.is_chinese_word(given, 200) or lexicon.is_function_word(text[start + 1 : start + 3]))
    ):
        return None  # 和实习医生, 于是: an everyday character before a word is that character
    return end


# What follows an eponym (艾迪生病, 川崎病, 帕金森氏症): the "name" before it is a disease's.
EPONYM_AFTER = v.with_traditional(("综合征", "综合症", "氏", "症", "病", "现象", "淋巴瘤", "肉瘤", "瘤", "征", "反射"))
# The longer of them, which may begin inside what a name's pattern took (马方综|合征, 霍奇金淋|巴瘤).
EPONYM_INSIDE = tuple(word for word in EPONYM_AFTER if len(word) > 1)
NOT_EPONYM_AFTER = (
    "病了",
    "病得",
    "病情",
    "病历",
    "病人",
    "病房",
    "病床",
    "病假",
    "病危",
    "病重",
    "病好",
    "病倒",
    "症状",
    "征求",
    "征得",
    "征询",
    "征集",
)
NOT_EPONYM_AFTER = v.with_traditional(NOT_EPONYM_AFTER)


# A sign and its finding (墨菲征阳性, 巴宾斯基征阴性): a transliterated name's characters may run on to 征.
SIGN_FOUND = re.compile(rf"[{HAN}]{{0,2}}[征徵](?:阳性|阴性|陽性|陰性|可疑|[（(][+＋\-－±][)）]|[+＋\-－±])")


def eponym_follows(text: str, end: int, start: int | None = None) -> bool:
    """Whether a disease's, a sign's or a test's word follows the name at text[start:end] (雷诺现象,
    霍奇金淋巴瘤, 巴宾斯|基征阳性), or begins inside its given name (马方综合征: 马方综, 墨菲征阳性)."""
    if text.startswith(EPONYM_AFTER, end) and not text.startswith(NOT_EPONYM_AFTER, end):
        return True
    if SIGN_FOUND.match(text, end) is not None or (end and SIGN_FOUND.match(text, end - 1) is not None):
        return True
    return start is not None and any(text.startswith(EPONYM_INSIDE, position) for position in range(start + 1, end))


# Surnames that are also conjunctions, prepositions or adverbs: alone between spaces (问 和 医生 说)
# or right after a cue with no colon (签字时按要求) they link words.
LINKING_SURNAMES = frozenset(
    "".join(v.with_traditional(["和跟与及同于从向对给把被让为在以由那都能后相应经通别也还就再时"]))
)
# Right after a cue 于, 和 and 那 begin names often enough (于洋, 和菲静, 那仁满都拉) to leave them to the name's test.
LINKING_AFTER_CUE = LINKING_SURNAMES - frozenset("于和那")
COLON = re.compile("[:：]")
# 那 and a measure word after a cue point at a thing (签字那栏写, 患者那边): no 那 is named.
THAT_MEASURE = re.compile("那[栏欄个個边邊里裡些位次天份张張项項页頁行]")


def links_after_cue(text: str, cue: int, start: int) -> bool:
    """Whether the character at `start`, after a cue that begins at `cue`, links words or points at a thing
    rather than beginning a name: 签字时按要求, 患者对治疗 (no colon between cue and character), 签字那栏写."""
    if THAT_MEASURE.match(text, start) is not None:
        return True
    return text[start] in LINKING_AFTER_CUE and COLON.search(text, cue, start) is None


# Cues that a thing follows as often as a person (医院的钟声, 提醒饭后服用, 联系方式): a word after them is no name.
WEAK_CUES = v.with_traditional(
    ("院的", "科的", "科室的", "提醒", "联系", "通知", "令尊", "令堂", "家父", "家母", "曾孙", "房东")
)  # and the polite kin words, which an age or a habit follows too (令尊高寿, 家母钟爱甜食, 房东包租)


def zh_after_cue(text: str, match: re.Match) -> tuple[int, int] | None:
    start = match.start("value")
    if links_after_cue(text, match.start(), start):
        return None
    end = zh_name_end(text, start)
    if end is None and (text[start] in OTHER_NAME_STARTS or text[start + 1 : start + 2] == text[start]):
        end = minority_name_end(text, start) or pet_name_end(text, start)  # cheap: most cues have none of these
    if end is None and any(dot in text[start : start + 7] for dot in NAME_DOTS):
        end = dotted_name_end(text, start)
    if end and text[start:end] in v.ZH_DRUGS_LIKE_NAMES:
        return None  # 联系红十字会: an organisation's name, a drug's
    if end and end - start == 2 and text[start] == "代" and text[start + 1] in PROXY_VERBS:
        return None  # 由女儿代述, 家属代签: on someone's behalf, no one called 代
    if end and end - start == 3 and text[end - 1] == "代" and text[end : end + 1] in PROXY_VERBS:
        end -= 1  # 之妻李梅代诉: the name, then on her husband's behalf
    if (
        end
        and end - start == 3
        and lexicon.is_chinese_word(text[start:end], 10)
        and not lexicon.is_person_name(text[start:end])
        and not all(char in v.GIVEN_CHARS for char in text[start + 1 : end])
    ):
        return None  # 提醒：秋冬季手足口病高发 (a word that names no one; not 黄淑惠 3, 毛庆国 24, 李建明 261: given names)
    if end and end - start == 2 and lexicon.is_chinese_word(text[end - 1 : end + 1], 1000):
        return None  # 护士长和全体医护: the given character begins a common word (全体 5382; not 祝一|发烧, 545)
    weak = text[match.start() : start].rstrip(" \t") in WEAK_CUES  # with a colon (提醒：白雪今日出院) a name is meant
    if end and weak and lexicon.is_chinese_word(text[start : start + 2], 10):
        return None  # 医院的钟声, 令尊高寿: a word after a cue that things follow too (钟声 263), no one's name
    if end and weak and text[start] in "父母" and text[match.start() : start].endswith(("家父", "家母")):
        return None  # 家父母均健在: both parents
    if end and not_a_name_after_cue(text, match.start(), start, end):
        return None
    return (start, end) if end and not eponym_follows(text, end, start) else None


QUESTION_ENDS = frozenset("吗嗎呢吧啊呀嘛")
QUESTION_VERBS = "能会會要可该該好是有在想还還都也就才"  # 能好吗, 会好吗, 要紧吗: a question opens with them
# A title or a kin word after what follows 我是 makes it a name (我是文华医生, 我是国庆爸爸).
TITLES_AND_KIN = v.with_traditional(
    (
        "医生",
        "大夫",
        "护士",
        "老师",
        "教练",
        "爸爸",
        "妈妈",
        "爸",
        "妈",
        "家属",
        "女儿",
        "儿子",
        "老婆",
        "老公",
        "先生",
        "太太",
    )
)
CONJUNCTIONS = "和与與及或跟"
KIN_CUES = tuple(cue for cue in v.ZH_CUES if len(cue) >= 2 and cue[0] not in "我你他她")


def not_a_name_after_cue(text: str, cue_start: int, start: int, end: int) -> bool:
    """What follows a cue and reads as a name but is none:
    - after 之子, 之父, a word their character begins (患者之子宫, 之父母均健在);
    - after a speaker's label, a question opening with a verb (患者：能好吗？; not 护士：王芳吗？);
    - a conjunction after a field's name, in a list of fields (报出姓名和入院日期; not 女儿和菲静, 和 a surname);
    - another cue (患者岳父祝长林: the name is the father-in-law's, after 岳父);
    - after 我是, a common word that goes on into a noun (我是王牌销售, 我是越南华侨; not 我是李强，);
    - a weekday (周四), or a hospital's name before its 医院 (於馬偕紀念醫院)."""
    cue = text[cue_start:start].rstrip(" \t")
    if (end - start == 2 and WEEKDAY.match(text, start)) or HOSPITAL_AFTER.match(text, end):
        return True  # 李明主任周四上午出诊: a weekday; 患者於馬偕紀念醫院: a hospital named after someone
    if cue.startswith("之") and len(cue) == 2 and lexicon.is_chinese_word(text[start - 1 : start + 1], 50):
        return True  # 患者之子宫, 之父母均健在: the cue's character begins a word
    if cue.endswith((":", "：")) and text[end : end + 1] in QUESTION_ENDS and text[start] in QUESTION_VERBS:
        return True
    if text[start] in CONJUNCTIONS and cue.endswith(("姓名", "名字", "姓名和", "名称")):
        return True
    if text.startswith(KIN_CUES, start):
        return True
    if (
        cue.endswith(("我是", "我係"))
        and end < len(text)
        and is_han(text[end])
        and text[end] != "的"
        and not text.startswith(TITLES_AND_KIN, end)
    ):
        head = text[start : start + 2]
        return lexicon.frequency(head) >= 100 and not lexicon.is_person_name(head)
    return False


PROXY_VERBS = "述诉說说签簽办辦为為替理表写寫"
WEEKDAY = re.compile("(?:周|週|星期|礼拜|禮拜)[一二三四五六日天末]")
HOSPITAL_AFTER = re.compile("(?:纪念|紀念)(?:医院|醫院)")


def pet_name_end(text: str, start: int) -> int | None:
    """阿蕾, 老于, 小范 right after a cue (同事阿蕾送来, 家属老常): 阿 and a given-name character, or 老/小
    and a surname, that make no word (阿姨, 老年, 小时)."""
    pair = text[start : start + 2]
    if len(pair) < 2 or pair in NICKNAME_NOT_NAMES or lexicon.is_chinese_word(pair, 20):
        return None
    if lexicon.is_dictionary_word(text[start + 1 : start + 3]):
        return None  # 小时候, 老年人: the second character begins a word
    if (pair[0] == "阿" and pair[1] in v.GIVEN_CHARS) or (pair[0] in "老小" and pair[1] in v.SURNAMES):
        return start + 2
    if pair[0] == pair[1] and pair not in GENERIC_DOUBLES and not lexicon.is_function_word(pair):
        return start + 2  # 乳名航航, 隔壁床豆豆: a child's doubled pet name
    return None


# Doubled characters that name no one in particular (宝宝, 妹妹) or are words (常常, 天天 as "every day").
GENERIC_DOUBLES = frozenset(
    "宝宝 娃娃 妹妹 弟弟 哥哥 姐姐 爸爸 妈妈 爷爷 奶奶 婆婆 公公 叔叔 伯伯 舅舅 姑姑 婶婶 常常 刚刚 慢慢 好好 人人 个个 天天 渐渐 偏偏 明明"
    " 姥姥 姥爷 嫂嫂 娘娘 太太 嬷嬷 囡囡".split()
)


# A child's doubled pet name said as one (豆豆的妈妈, 圆圆爸爸; 家里人都叫他暖暖): before a parent or a
# grandparent, or after "calls him". Propagation then takes the child's other mentions.
PET_KIN_AFTER = v.with_traditional(
    ("妈妈", "爸爸", "妈", "爸", "奶奶", "爷爷", "外婆", "外公", "姥姥", "姥爷", "家长", "父亲", "母亲", "父母")
)


# Characters only Cantonese writes (係, 嘅, 咗, 佢 ...): in such a text 譚生你好 is Mr Tam, said to him.
CANTONESE = re.compile("[係嘅咗佢唔嗰啲喺冇咁嚟噉乜嘢話]")


def surname_before_hk_title(text: str, match: re.Match) -> tuple[int, int] | None:
    """The surname before sir or 生 (Mr in Cantonese); not a word that ends in 生 (花生, 学生, 医生). 生 and
    Han characters after it: only in a Cantonese text (梁生今日 review 咗, not 王生了个儿子)."""
    start, end = match.span("value")
    if surname_length(text, start) != end - start:
        return None
    if text[end] == "生":
        if (
            lexicon.is_dictionary_word(text[start : end + 1])
            or lexicon.is_dictionary_word(text[start : end + 2])
            or text[start:end] in LINKING_SURNAMES
        ):
            return None  # 花生, 益生菌, 和生
        if end + 1 < len(text) and is_han(text[end + 1]) and CANTONESE.search(text) is None:
            return None
    return start, end


# What follows a pet name said as one: the sentence's end or a particle (都叫她小琪，; 叫他豆豆吧), not a word it begins.
PET_AFTER = frozenset("说来去的了呢啊吧哦呀嘛也都还就是和跟")
# What may stand right before a pet name and a parent (给豆豆的妈妈, 圆圆爸爸 at a clause's start): not the
# word it would end (肚子胀胀的妈妈, 血压高高的父亲).
PET_BEFORE = frozenset("给让叫和跟与是陪带帮找喂抱送接")


def ends_pet_name(text: str, end: int) -> bool:
    return end >= len(text) or not is_han(text[end]) or text[end] in PET_AFTER


def addressed_pet_name(text: str, match: re.Match) -> tuple[int, int] | None:
    """小琪 in 我们都叫她小琪, 阿珍 in 大家喊她阿珍: 小 or 阿 and a given name's character, 老 and a surname,
    that make no word (叫他小心, 叫她老实点, 小美女, 阿司匹林) and end there."""
    start = match.start("value")
    pair = text[start : start + 2]
    if pair in NICKNAME_NOT_NAMES or lexicon.is_dictionary_word(pair) or not ends_pet_name(text, start + 2):
        return None
    if (pair[0] in "小阿" and pair[1] in v.GIVEN_CHARS) or pair[1] in v.SURNAMES:
        return start, start + 2
    return None


def doubled_pet_name(text: str, match: re.Match) -> tuple[int, int] | None:
    """A doubled character that is no word of the dictionary (豆豆, 果果) or one jieba knows as a name, said as
    one: not tripled (哈哈哈), not half of a four-character word (老老实实), before a parent only where a clause
    begins or after a verb (给豆豆的妈妈; not 肚子胀胀的妈妈), after 叫他 where the name ends (not 叫他多多喝水)."""
    start, end = match.span("value")
    pair = text[start:end]
    if pair in GENERIC_DOUBLES or lexicon.is_function_word(pair):
        return None
    if lexicon.is_dictionary_word(pair) and not lexicon.is_person_name(pair):
        return None  # 姥姥, 胖胖, 多多, 早早: words
    if start and is_han(text[start - 1]) and text[start - 1] == pair[0]:
        return None  # 哈哈哈: no pet name is tripled
    if end + 1 < len(text) and text[end] == text[end + 1]:
        return None  # 老老实实, 清清楚楚
    if text.startswith(PET_KIN_AFTER, end) or text.startswith("的", end):
        if start and is_han(text[start - 1]) and text[start - 1] not in PET_BEFORE:
            return None  # 肚子胀胀的妈妈: the double ends the word before it
        return start, end
    return (start, end) if ends_pet_name(text, end) else None


# What follows a child's doubled pet name as the subject of a clause (豆豆昨晚又咳了, 贝贝今年6岁).
PET_SUBJECT_AFTER = v.with_traditional(
    ("昨天", "昨晚", "今天", "今年", "今早", "今晨", "这几天", "这两天", "最近", "又", "还", "一直", "刚才", "上周",
     "前天", "已经", "现在", "总是", "老是", "每天")
)  # fmt: skip
# Who owns the pet name written before it (我家豆豆): a family's, not 这个/那个 (这个痘痘, 那个红红的).
PET_OWNER_BEFORE = v.with_traditional(("我家", "咱家", "我们家", "俺家", "他家", "她家"))
# What a doubled character is when it is no child's name: a sound (嗯嗯, 呜呜), a count or a time (顿顿, 次次,
# 夜夜), in vain (白白), an itch, an animal or a thing (狗狗, 毛毛虫, 片片).
NOT_PET_DOUBLED = frozenset(
    "嗯哦噢喔嘻呜诶哎唉啦哈呵嘿哼呀啊嘛呢吧耶嘤 顿次夜年月日个回件样处时刻声步户周遍 白痒疼痛 狗猫兔鸟鱼虫毛片颗坨丝泡点棒粑嘎臭"
)


def doubled_pet_name_subject(text: str, match: re.Match) -> tuple[int, int] | None:
    """A child's doubled pet name opening a clause before what it did or when (豆豆昨晚又咳了, 贝贝今年6岁), or
    after the family it belongs to (我家豆豆问一下): not a kin word or a generic double (宝宝, 姐姐), a sound, a
    count, an animal or a thing (`NOT_PET_DOUBLED`), a word of the dictionary (常常, 痘痘, 胖胖), tripled, or
    the start of a word (我家棒棒糖)."""
    start, end = match.span("value")
    pair = text[start:end]
    if pair in GENERIC_DOUBLES or pair in PET_KIN_AFTER or pair[0] in NOT_PET_DOUBLED or lexicon.is_function_word(pair):
        return None  # 嗯嗯, 顿顿, 狗狗: a sound, a count, an animal
    if end < len(text) and text[end] == pair[0]:
        return None  # 哈哈哈
    if lexicon.is_dictionary_word(pair) and not lexicon.is_person_name(pair):
        return None  # 慢慢又, 渐渐已经, 痘痘: words
    if text[max(0, start - 3) : start].endswith(PET_OWNER_BEFORE):
        # 我家豆豆咳嗽: what follows says a child did something, not what a thing is (我家棒棒糖)
        return None if lexicon.is_dictionary_word(text[start : end + 1]) else (start, end)
    if start and text[start - 1] not in CLAUSE_OPENERS:
        return None
    return (start, end) if text.startswith(PET_SUBJECT_AFTER, end) else None


def greeted_nickname(text: str, match: re.Match) -> tuple[int, int] | None:
    """老贺你好, 老王您好: 老 and a surname, greeted; not a word (老公你好). Not 小 (小爱你好 wakes a phone's
    assistant, 小白你好 greets a newcomer)."""
    start, end = match.span("value")
    pair = text[start:end]
    if pair in NICKNAME_NOT_NAMES or (lexicon.is_dictionary_word(pair) and not lexicon.is_person_name(pair)):
        return None
    return start, end


def pet_name_before_parent(text: str, match: re.Match) -> tuple[int, int] | None:
    """小杰 mummy, 阿晴妈咪: 小 or 阿 and a given-name character before the parent it belongs to."""
    start, end = match.span("value")
    if text[start + 1] not in v.GIVEN_CHARS or (start and is_han(text[start - 1])):
        return None
    if lexicon.is_dictionary_word(text[start:end]) and not lexicon.is_person_name(text[start:end]):
        return None  # 小心 mummy: a word
    return start, end


# What a bracket after a person's name holds: an identifier's label, an age, another name they go by.
IDENTIFIER_BRACKET = re.compile(
    r"[ \t]*+\((?:(?:DOB|D\.O\.B\.?|dob|NHI|NHS|MRN|UR|OHIP|PHN)[ \t:#]*+(?:no\.?[ \t]*+)?[A-Z]{0,3}\d"
    r"|goes by[ \t]++[A-Z]|\d{1,3}[ \t]?+(?:y/?o|yrs?|years?(?:[ \t]old)?|[MF])\))"
)


def name_before_identifier_bracket(text: str, match: re.Match) -> tuple[int, int] | None:
    """Brandon (DOB 3/4/2001), Tyler (NHI ABC1235), Temperance (goes by Tempe), Dakota (16 yo): a known given name
    (and its surname) before a bracket that holds an identifier's label and its value, another name, or an age
    with its unit or sex. A known given name only: before a bracket, words, drugs and groups of people are far
    more common (Paracetamol (known as …), Women (born female), Max (16) dose)."""
    start, end = match.span("value")
    bracket = IDENTIFIER_BRACKET.match(text, end)
    if bracket is None:
        return None
    tokens = match.group("value").split()
    if len(tokens) == 2 and not given_name_evidence(tokens[0]):
        start, tokens = end - len(tokens[1]), tokens[1:]  # Seen Brandon (DOB …): a verb opens the sentence
    if not (given_name_evidence(tokens[0]) and all(map(plain_name_word, tokens))) or tokens[0] in v.EN_TITLES:
        return None  # Patients (DOB before 1960), Paracetamol (known as …), Max (16) dose: no one's name
    return start, end


MINORITY_PART = re.compile(words(v.MINORITY_NAME_PARTS))
# The characters a name without a Han surname, or a pet name (阿蕾, 老常), can begin with.
OTHER_NAME_STARTS = frozenset(part[0] for part in v.MINORITY_NAME_PARTS) | frozenset("阿老小")
NAME_DOTS = "·•・"


def minority_name_end(text: str, start: int, parts: int = 1) -> int | None:
    """Where a name of at least `parts` parts with no Han surname that begins at `start` ends (格桑梅朵,
    其其格, 阿依古丽·买买提): parts of `vocabulary.MINORITY_NAME_PARTS`, at most three, a middle
    dot allowed between two."""
    end, count = start, 0
    while count < 3 and (found := MINORITY_PART.match(text, end)) is not None:
        end, count = found.end(), count + 1
        if end + 1 < len(text) and text[end] in NAME_DOTS and MINORITY_PART.match(text, end + 1):
            end += 1
    if count < parts or (end < len(text) and text[end] in NAME_DOTS):
        return None
    return end


DOTTED_NAME = re.compile(rf"[{HAN}]{{1,5}}[{NAME_DOTS}][{HAN}]{{1,6}}(?:[{NAME_DOTS}][{HAN}]{{1,6}})?")


def dotted_name_end(text: str, start: int) -> int | None:
    """乌日·娜, 约翰·卡特 right after a cue: Han characters joined by a middle dot are a name written
    the way transliterated and minority names are; the run ends at a character that ends names."""
    found = DOTTED_NAME.match(text, start)
    if found is None:
        return None
    end = found.end()
    while end > start and text[end - 1] in STOP:
        end -= 1
    return end if text[end - 1] not in NAME_DOTS else None


def zh_before(text: str, cue: int, *, alone: bool) -> tuple[int, int] | None:
    """The name that ends at `cue` (a title, or 的 before a relation): the longest plausible one.

    A lone surname (王医生) counts only with `alone` and when it is not an everyday character or the
    end of a word (值班护士).
    """
    for start in range(max(0, cue - 4), cue):
        length = surname_length(text, start)
        if not length:
            continue
        given = text[start + length : cue]
        if len(given) > 2 or any(not is_han(c) or c in STOP for c in given):
            continue
        if given and length == 1 and (starts_with_word(text, start) or starts_function_word(text, start)):
            continue
        if (
            len(given) == 1
            and length == 1
            and text[start] in NOT_ALONE_BEFORE_TITLE
            and surname_length(text, start + 1)
        ):
            continue  # 记一哈方医生: 哈 is a particle, 方 the surname
        if given and inside_word(text, start):
            continue  # 过程中医生, 神经科医生: 程 and 经 end a word
        if given and given[-1] in "科室":
            continue  # 请和产科医生讨论: a department's doctor
        if (
            given
            and surname_length(text, start + 1)
            and start
            and lexicon.is_chinese_word(text[start - 1 : start + 1], 20)
        ):
            continue  # 夜班舒护士: 班 ends 夜班, and 舒 is the surname
        if len(given) == 2 and (
            is_common_function_word(given, text[start])
            or (text[start] in NOT_ALONE_BEFORE_TITLE and lexicon.is_chinese_word(given, 200))
        ):
            continue
        if not given and (
            not alone
            or (text[start] in NOT_ALONE_BEFORE_TITLE and not text.endswith(PERSON_BEFORE, 0, start))
            or text[cue - 2 : cue] in v.COMMON_WORDS
            or inside_word(text, start)
        ):
            continue
        return start, cue
    return None


# Words after which a surname and a title name a person even when the surname is an everyday
# character: a department (感染科关主任), following someone's orders (遵齐医生医嘱), asking for or
# thanking someone (联系冷护士, 谢谢向医生).
PERSON_BEFORE = (
    "科",
    "遵",
    "联系",
    "找",
    "请",
    "问",
    "问问",
    "谢谢",
    "感谢",
    "麻烦",
    "好的",
    "告诉",
    "通知",
    "交给",
    "转告",
)


# A shift, a task or a specialty before a title names a role, not a person (白班护士, 麻醉医师, 开方医生),
# though its first character is a surname (白, 麻, 方 ending 开方).
ROLE_BEFORE_TITLE = v.with_traditional(
    (
        "白班",
        "夜班",
        "早班",
        "中班",
        "晚班",
        "值班",
        "当班",
        "接班",
        "交班",
        "麻醉",
        "开方",
        "处方",
        "主刀",
        "管床",
        "接诊",
        "首诊",
        "带教",
        "查房",  # 查房医生: the doctor on the round
        "社康",  # 社康护士: community health
        "房东",  # 房东太太: the landlady
        "房客",
        "邻居",
        "同事",
        "老板",
        "老乡",
    )
)


NUMERALS = frozenset("〇一二三四五六七八九十0123456789")
WISHED = re.compile("早日|康复|康復|快乐|快樂|健康|顺利|順利|平安|愉快|幸福|新年|生日")


def zh_before_title(text: str, match: re.Match) -> tuple[int, int] | None:
    """The name just before a title (李明华主任, 王医生); not before a one-character title that begins
    an everyday word with what follows (医疗费总额: 总额, no 费总), nor after a role's word (白班护士)."""
    if match.end() - match.start() == 1 and lexicon.is_chinese_word(text[match.start() : match.end() + 1], 100):
        return None
    if text.endswith(ROLE_BEFORE_TITLE, 0, match.start()):
        return None
    if text[match.start() : match.end()] in ("总", "總") and text.startswith(INSTITUTION_AFTER_TITLE, match.end()):
        return None  # 台北榮民總醫院, 解放军总医院: an institution's name, no person
    if text[match.start()] == "院" and match.start() and text[match.start() - 1] in NUMERALS:
        return None  # 東華三院長者中心: a hospital's number and 院, not a dean (院長)
    found = zh_before(text, match.start(), alone=True)
    if found is None and (spaced := spaced_before_title(text, match.start())) is not None:
        found = spaced
    if found is None:
        return None
    value = text[found[0] : found[1]]
    if len(value) == 1 and text[found[0] : match.end()] in TITLED_WORDS:
        return None  # 班主任 (the class teacher), 榮總 (a hospital)
    if len(value) == 1 and found[0] and lexicon.is_chinese_word(text[found[0] - 1 : found[1]], 100):
        return None  # 病房护士, 药房主任: the character ends a word, no lone surname
    if value in ("祝", "贺", "賀") and WISHED.search(text, match.end(), match.end() + 8):
        return None  # 祝小朋友早日康复: a wish, no Dr Zhu
    if len(value) == 2 and value[0] == value[1] and lexicon.is_chinese_word(value, 100):
        return None  # 謝謝護士長 (not 龙龙老师, a child's name doubled)
    return found


def spaced_before_title(text: str, title: int) -> tuple[int, int] | None:
    """A name written apart from its title in mixed Chinese and English (今晚 沈 医生 on call, call 了 詹 主任):
    the surname or the full name a space before the title, itself a token of its own (a space, a line's
    start or punctuation before it), not a word's end (值班 护士)."""
    if title < 2 or text[title - 1] not in " \t" or not is_han(text[title - 2]):
        return None
    if text.endswith(ROLE_BEFORE_TITLE, 0, title - 1):
        return None  # 白班 护士, 麻醉 医生: a role's word, as written together
    if (
        surname_length(text, title - 2) == 1
        and text[title - 2] not in NOT_ALONE_BEFORE_TITLE
        and (title == 2 or not is_han(text[title - 3]))
    ):
        return title - 2, title - 1  # a lone surname (沈 医生; not 和 医生, 原 醫生, 查 主任: everyday characters)
    found = zh_before(text, title - 1, alone=True)
    if found is None or (found[0] and is_han(text[found[0] - 1])) or text[found[0] : found[1]] in LINKING_SURNAMES:
        return None
    value = text[found[0] : found[1]]
    if len(value) == 2 and lexicon.is_dictionary_word(value) and not rare_person_word(value):
        return None  # 麻醉 医生, 白班 护士: a role's word
    return found


# A surname's character and a title that together are a word: no one called 班 or 榮 is meant. Taipei's
# Veterans General and the Tri-Service General are known by a character and 总.
TITLED_WORDS = v.with_traditional(("班主任", "荣总", "三总", "北荣", "中荣", "高荣"))


# A full name with no cue at all: where a clause begins (after punctuation, or after 和/给/让/找 ...),
# a surname and two given characters, then punctuation, 说, 的, 今天 ... Taken only when the three
# characters are no word of the dictionary and the given name no everyday word (金银花, 高血压, 全身).
BARE_NAME_BEFORE = "和跟与给让找问请被把对向替帮陪了是说"
# Relations that only a person has (二班殳绾青的家长): a word may stand right before the name. After the
# others (的情况, 的治疗, 的药) a clause must begin there.
PERSON_RELATIONS = v.with_traditional(
    ("丈夫", "代理人", "儿子", "女儿", "妈妈", "妻子", "委托人", "孩子", "家属", "家长", "爱人", "母亲", "父亲", "爸爸",
     "监护人", "老公", "老婆", "老伴", "联系人", "陪护")
)  # fmt: skip
KIN_AFTER_PRONOUN = v.with_traditional(
    ("妈", "妈妈", "爸", "爸爸", "爹", "娘", "奶奶", "爷爷", "姥姥", "姥爷", "外婆", "外公", "老公", "老婆", "媳妇",
     "爱人", "丈夫", "妻子", "女儿", "儿子", "闺女", "哥哥", "姐姐", "弟弟", "妹妹", "家人", "家属")
)  # fmt: skip
# What may stand right before a name that 的 and a relation follow: a clause's start, or these (关于王芳的随访).
RELATION_BEFORE = BARE_NAME_BEFORE + "于为有"


def zh_before_relation(text: str, match: re.Match) -> tuple[int, int] | None:
    """The full name before 的 and a relation (游华妍的爱人): a surname alone is not enough here, nor
    the end of a word (发展新的治疗), nor a word of the dictionary that names no one (梅毒的化验, 松动的情况)."""
    found = zh_before(text, match.start(), alone=False)
    if found is None:
        return None
    start, end = found
    value = text[start:end]
    if (
        start
        and is_han(text[start - 1])
        and text[start - 1] not in RELATION_BEFORE
        and not text.startswith(PERSON_RELATIONS, match.start() + 1)
    ):
        return None  # 羊水过多的情况, 瘙痒和红斑的情况: a word goes on, no clause begins
    if lexicon.is_dictionary_word(value) and not lexicon.is_person_name(value):
        return None
    return found


def zh_before_pronoun_relation(text: str, match: re.Match) -> tuple[int, int] | None:
    """王芳她妈, 张国栋他爸: the name before a relation through a pronoun; not 其他 (和其他妈妈交流), nor an
    everyday character with one more (和其, 对他妈妈说) taken for a surname and a given name."""
    if match.start() and text[match.start() - 1] == "其":
        return None
    found = zh_before_relation(text, match)
    if found is None:
        return None
    start, end = found
    if end - start == 2 and text[start] in NOT_ALONE_BEFORE_TITLE:
        return None
    return found


def name_shaped(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a whole name: a surname, one or two given characters, and not an
    word of the dictionary at all (查体, 白细胞, 时间, 方案; herbs such as 苍术, 牛膝: jieba tags some of them as
    names, so any entry counts). Used where no cue word says a person is meant."""
    value = text[start:end]
    length = surname_length(text, start)
    given = value[length:]
    if not length or not 1 <= len(given) <= 2 or not given_chars_ok(text, start + length, end):
        return False
    if value in v.ZH_DRUGS_LIKE_NAMES or value[-1] in CANTONESE_PARTICLES or value[-1] == "籍":
        return False  # 都换咗: a verb and its particle; 越南籍: a nationality
    if len(value) == 3 and lexicon.is_person_name(value):
        return True  # 何永康: a whole name jieba knows as one
    return not ((length == 1 and starts_with_word(text, start)) or lexicon.is_dictionary_word(value))


def han_run_before(text: str, end: int) -> int:
    """Where the run of Han characters that ends at `end` begins (at most five back)."""
    start = end
    while start > max(0, end - 5) and is_han(text[start - 1]):
        start -= 1
    return start


QUANTITY_AFTER = re.compile(r"[ \t]*+(?:\d|适量|少许|各|每|约|共|[一二三四五六七八九十两半]+[次个片粒克])")
LINE_OPENERS = "\n\x00】]」』>|"


SPEAKER_LINE = re.compile(rf"(?:^|[\n\x00])[ \t]*+[{HAN}]{{2,4}}[：:]")


# Speakers' labels that say a chat is a family's (妈：, 小舅：, 姥姥：): its other labels are its members' names.
FAMILY_LABELS = v.with_traditional(
    ("妈", "妈妈", "爸", "爸爸", "老妈", "老爸", "姥姥", "姥爷", "奶奶", "爷爷", "外婆", "外公", "舅舅", "小舅", "大舅",
     "二舅", "姑姑", "小姑", "大姑", "小姨", "大姨", "姨妈", "叔叔", "二叔", "婶婶", "大哥", "二哥", "大姐", "二姐",
     "哥", "姐", "老公", "老婆", "儿子", "女儿", "闺女", "嫂子", "姐夫", "妹夫", "表姐", "表哥")
)  # fmt: skip
FAMILY_LABEL_LINE = re.compile(
    rf"(?:^|[\n\x00])[ \t]*+(?:{'|'.join(sorted(FAMILY_LABELS, key=len, reverse=True))})[：:]"
)
# What a sibling's name may carry in a family's chat (海燕姐：): the name is the characters before it.
SIBLING_SUFFIX = v.with_traditional(("姐", "哥", "妹", "弟"))


@lru_cache(maxsize=4)
def family_chat(text: str) -> bool:
    """Whether a line of `text` opens with a family member's label (a family's chat group), or two
    speakers or more talk, one of them labelled by a name (a full name, or a given name that makes no word):
    people who call each other by name."""
    if FAMILY_LABEL_LINE.search(text) is not None:
        return True
    labels = {m.group().strip(" \t\n\x00:：") for m in SPEAKER_LINE.finditer(text)}
    return len(labels) >= 2 and any(len(label) <= 3 and named_label(label) for label in labels)


def named_label(label: str) -> bool:
    """A speaker's label that is a name by itself: a full name (冯海波) or a given name making no word (文斌)."""
    return name_shaped(label, 0, len(label)) or (len(label) == 2 and given_name_word(label))


def family_member_speaking(text: str, start: int, end: int) -> bool:
    """A family's chat (`family_chat`): a label of two characters of given names or a doubled pet name
    (文静：, 苗苗：, 白雪：) is a member's name, even where it is also a word; roles and kin are not."""
    value = text[start:end]
    doubled = value[0] == value[1] and is_han(value[0])
    return (
        len(value) == 2
        and (all(char in v.GIVEN_CHARS for char in value) or (doubled and value[0] not in NOT_PET_DOUBLED))
        and value not in FAMILY_LABELS
        and value not in CHAT_ROLES
        and value not in GENERIC_DOUBLES
        and value not in v.COMMON_WORDS
        and (not lexicon.is_chinese_word(value, CHAT_WORD_FREQUENCY) or lexicon.is_person_name(value))
        and family_chat(text)
    )


# A group chat's header (【心内二病区护理群】, 【急诊科交班群】): its speakers are its members.
GROUP_HEADER = re.compile(r"【[^】\n\x00]{0,20}?[群組组]】|群聊|群消息|群聊記錄|群聊记录")
# A word this frequent is a label of its own even in a group (时间：, 通知：); 高峰 1556, 田野 360 are names there.
GROUP_LABEL_WORD_FREQUENCY = 2000


def group_member_speaking(text: str, start: int, end: int) -> bool:
    """A label in a group chat that opens with a surname (周全：, 高峰：, 田野：): a member's name even where it is
    also a word jieba tags as a name, unless it is a role, kin, a herb, or a word too common to be anyone's name."""
    value = text[start:end]
    return (
        end - start in (2, 3)
        and surname_length(text, start) > 0
        and (
            lexicon.is_person_name(value)  # 田野, 高峰: jieba knows them as names too
            or (
                all(char in v.GIVEN_CHARS for char in value[surname_length(text, start) :])  # not 牟家属：, 管床：
                and not lexicon.is_dictionary_word(value)  # not 宫口：, 黄芪：, 平安：
            )
        )
        and value not in v.ZH_HERBS
        and value not in FAMILY_LABELS
        and value not in CHAT_ROLES
        and value not in v.ZH_TITLES
        and lexicon.frequency(value) < GROUP_LABEL_WORD_FREQUENCY
        and speaker_lines(text) >= 2
        and group_chat(text)
    )


@lru_cache(maxsize=4)
def group_chat(text: str) -> bool:
    """Whether `text` holds a group chat's header (searched once a text: a chat of many lines asks for each label)."""
    return GROUP_HEADER.search(text) is not None


# Who else speaks in a chat by a label that names no one (学长：, 群主：, 家长：).
CHAT_ROLES = v.with_traditional(
    ("学长", "学姐", "学弟", "学妹", "师兄", "师姐", "师弟", "师妹", "老师", "同学", "班长", "群主", "管理员", "客服", "家长",
     "学生", "孩子", "长子", "长女", "次子", "小儿子", "大女儿", "姨姨", "姑妈", "舅妈", "外孙", "孙子", "孙女")
)  # fmt: skip
# A label this frequent as a word is the word (平安：报个平安; 长子), unless jieba knows it as a name (白雪, 海燕).
CHAT_WORD_FREQUENCY = 300


def given_name_speaking(text: str, start: int, end: int) -> bool:
    """A given name alone as a speaker's label in a chat of several speakers (春燕：妈今天血压142/88):
    two characters of given names that make no word, where two lines or more open with a label."""
    value = text[start:end]
    return len(value) == 2 and given_name_word(value) and speaker_lines(text) >= 2


def given_name_word(value: str) -> bool:
    """Characters of given names only, making no word of the dictionary nor a common one (德胜, 春燕;
    not 建议, 明天): a given name standing alone."""
    return (
        all(char in v.GIVEN_CHARS for char in value)
        and not lexicon.is_dictionary_word(value)
        and not lexicon.is_chinese_word(value, 5)
        and value not in v.COMMON_WORDS
    )


@lru_cache(maxsize=4)
def speaker_lines(text: str) -> int:
    """How many lines of `text` open with a speaker's label (counted once a text: a chat of many lines
    asks for each of its labels)."""
    return sum(1 for _ in SPEAKER_LINE.finditer(text))


# The last characters of a remedy's name, which jieba tags as people's too (桂枝汤, 桑菊饮, 龙胆草).
REMEDY_ENDS = v.with_traditional(tuple("汤饮草散丸膏丹方根叶花子仁皮藤果片"))


def rare_full_name(text: str, start: int, end: int) -> bool:
    """A surname and two given characters that jieba lists only as a rare word (劉淑儀, 丁佩华): where a
    speaker's label or a cue says a person is meant, the rarity does not make it a word."""
    value = text[start:end]
    return (
        end - start == 3
        and surname_length(text, start) == 1
        and given_chars_ok(text, start + 1, end)
        and all(char in v.GIVEN_CHARS for char in value[1:])  # not a record's label (危急值, 植入物)
        and lexicon.frequency(value) < 20
        and value[-1] not in REMEDY_ENDS
    )


def married_name(text: str, start: int, end: int) -> bool:
    """A married woman's name in Hong Kong's way: her husband's surname, her own, two given characters
    (林陳秀珍, 鄭羅碧霞)."""
    return (
        end - start == 4
        and text[start] in v.SURNAMES
        and text[start + 1] in v.SURNAMES
        and text[start : start + 2] not in v.DOUBLE_SURNAMES
        and all(text[i] in v.GIVEN_CHARS for i in range(start + 2, end))
    )


# A patient's records, which name their owner before 的 (戴峰的病例资料).
RECORD_WORDS = ("病例", "病历", "检查报告", "化验单", "报告单", "资料", "片子", "检查结果", "出院小结", "处方")


def roster_name(text: str, match: re.Match) -> tuple[int, int] | None:
    """Who works a shift: a whole name (not 夜班 甘露醇, 早班 余无特殊)."""
    start = match.start("value")
    end = zh_name_end(text, start) or minority_name_end(text, start)
    if end is None:
        return None
    if minority_name_end(text, start) == end or married_name(text, start, end):
        return start, end
    given = text[start + surname_length(text, start) : end]
    if not name_shaped(text, start, end) or not all(char in v.GIVEN_CHARS for char in given):
        return None  # 夜班 余无特殊, 夜班：万古霉素: a phrase, a drug
    return start, end


def whole_name_at(text: str, match: re.Match) -> tuple[int, int] | None:
    """The group `value` when it is a whole person's name (who handed a shift over, signed a letter, owns the
    records), not a department's."""
    start, end = match.span("value")
    if text[end - 1] in "科院室部组站所" or "科" in text[start:end]:
        return None  # 康复科 敬上, 麻醉科交: a department
    person = (
        name_shaped(text, start, end)
        or rare_full_name(text, start, end)
        or married_name(text, start, end)
        or minority_name_end(text, start) == end
    )
    return (start, end) if person else None


# How a chat message opens (王家偉：您好, 劉淑儀：明天我 off): a rare full name before one is a speaker, where a
# form's label (同意书：已签署) or a drug (利福平：) is followed by its value.
CHAT_OPENERS = v.with_traditional(
    ("您好", "你好", "我", "明天", "今天", "好的", "收到", "谢谢", "嗯", "对", "麻烦", "请问", "刚")
)


def zh_speaker(text: str, match: re.Match) -> tuple[int, int] | None:
    """A speaker's label at the start of a line (【微信】裴庆：, 王芳: ...): the name before the colon."""
    end = match.start()
    while end and text[end - 1] in " \t":
        end -= 1
    start = han_run_before(text, end)
    opener = start
    while opener and text[opener - 1] in " \t":
        opener -= 1
    if (
        end - start == 3
        and text[end - 1] in SIBLING_SUFFIX
        and not (opener and text[opener - 1] not in LINE_OPENERS)
        and family_member_speaking(text, start, end - 1)
    ):
        return start, end - 1  # 海燕姐：
    if (
        not 2 <= end - start <= 4
        or (opener and text[opener - 1] not in LINE_OPENERS)
        or not (
            name_shaped(text, start, end)
            or given_name_speaking(text, start, end)
            or family_member_speaking(text, start, end)
            or group_member_speaking(text, start, end)
            or married_name(text, start, end)
            or (rare_full_name(text, start, end) and text.startswith(CHAT_OPENERS, match.end()))
        )
    ):
        return None
    if QUANTITY_AFTER.match(text, match.end()) and not BED_AFTER.match(text, match.end()):
        return None  # 牛膝：10g, 房早：3次 is a list of items, not a dialogue (田野：3床胸痛 is one)
    return start, end


BED_AFTER = re.compile(r"[ \t]*+\d{1,3}[ \t]*+[床牀]")


def zh_before_age(text: str, match: re.Match) -> tuple[int, int] | None:
    """A name right before an age or sex (祝雪懿，44岁; 王芳，女): the whole Han run before the comma."""
    end = match.start()
    start = han_run_before(text, end)
    if (
        match.group(0)[0] in " \t"
        and match.group(0).strip()[0] not in "男女MF0123456789"
        and start
        and text[start - 1] not in LINE_OPENERS
    ):
        return None  # 周建华 病案号 ...: a name before a record's label only where it opens a line
    if (
        2 <= end - start <= 4
        and not (start and is_han(text[start - 1]))
        and name_shaped(text, start, end)
        and not (
            "你" in match.group()
            and not all(c in v.GIVEN_CHARS for c in text[start + surname_length(text, start) : end])
        )
    ):
        return start, end  # ... (莫慌，你先坐下: being spoken to needs given names' characters)
    if (
        2 <= end - start <= 3
        and (not start or text[start - 1] in LINE_OPENERS or LABEL_BEFORE.search(text, max(0, start - 16), start))
        and SEX_THEN_AGE.match(text, end)
        and surname_length(text, start)
        and lexicon.is_person_name(text[start:end])  # not 农民，男; 苗族，女; 初产妇，孕39周
    ):
        return start, end  # 黎明，男，17岁 opening a record: a name, though it is a word too (dawn)
    # A longer run: the name is its end when a word or a preposition stands before it, but only before an
    # identifier in brackets (关于南宫鸣珂（身份证...）, 已向柳建新（0551-...）): before an age or "，您" that reads
    # everyday words as names.
    if text[end : end + 1] not in "（(":
        return None
    for start in range(max(2, end - 4), end - 1):
        if (lexicon.is_dictionary_word(text[start - 2 : start]) or text[start - 1] in BARE_NAME_BEFORE) and (
            name_shaped(text, start, end)
        ):
            return start, end
    return None


# A sex, then an age, right after a record's first words (黎明，男，17岁; 黎明 M/17; 白雪，孕16周).
SEX_THEN_AGE = re.compile(
    r"[，,、 \t][ \t]?(?:[男女]性?[，,、 \t][ \t]?\d{1,3}[ \t]?[岁歲]|\d{1,3}[ \t]?[岁歲][，,、 \t][ \t]?[男女]"
    r"|[MF][ \t]?/[ \t]?\d{1,3}(?![\d/])|孕\d{1,2}(?:\+\d)?周)"
)
# A record's English label before its first words (Clinic：黎明 M/17, OPD: 高峰，...).
LABEL_BEFORE = re.compile(r"(?:^|[\n\x00])[ \t]*+[A-Za-z][A-Za-z ]{1,20}[：:][ \t]*+$")


CANTONESE_PARTICLES = "咗哋嘅喺嚟啲咩囉"
BARE_NAME_AFTER = "，,。、说讲问的今昨明是在来去要也和跟已因：:）)；;！!？?"


def zh_bare_name(text: str, match: re.Match) -> tuple[int, int] | None:
    start = match.start()
    if text[start] == "别":
        return None  # 别乱买，别担心: "don't", a rare surname written bare
    if start and is_han(text[start - 1]) and text[start - 1] not in BARE_NAME_BEFORE:
        return None
    if start and text[start - 1].isascii() and text[start - 1].isalnum():
        return None  # 备足2-4周药量, 维生素C和铁质: the unit of a count, a conjunction after a letter
    if start > 1 and text[start - 1] in "(（" and text[start - 2] in DOSAGE_FORM_ENDS:
        return None  # 莫米松乳膏(艾洛松): a drug's brand name after its generic one
    if inside_word(text, start):
        return None  # 阅读说明书并: 说 and 明 make a word
    end = start + 3
    value = text[start:end]
    if (
        not name_shaped(text, start, end)
        or lexicon.is_dictionary_word(value)
        or lexicon.is_chinese_word(value[1:], 30)
        or text[start + 1 : start + 3] in TITLE_PREFIXES
        or LIST_OF_THINGS.match(text, end) is not None
        or bare_lookalike(text, start, end)
        or ((herb := HERB.match(text, start)) is not None and herb.end() >= end)
    ):
        return None  # ... or a herb (余甘子, 罗汉果, 薛荔果)
    return start, end


#: Conversations longer than this (characters) are not searched for echoed names (`echoed_full_name`):
#: its counts of two- and three-character runs would cost more than they tell.
ECHO_MAX_CHARS = 100_000


@lru_cache(maxsize=2)
def han_runs(text: str) -> tuple[Counter, Counter]:
    """How often each two- and each three-character run of Han characters occurs in `text`."""
    pairs, triples = Counter(), Counter()
    for i in range(len(text) - 1):
        if is_han(text[i]) and is_han(text[i + 1]):
            pairs[text[i : i + 2]] += 1
            if i + 2 < len(text) and is_han(text[i + 2]):
                triples[text[i : i + 3]] += 1
    return pairs, triples


def echoed_full_name(text: str, match: re.Match) -> tuple[int, int] | None:
    """A full name with no cue that the conversation also calls by its given name alone (况福田今晨拒绝洗澡 …
    福田的女儿说; 韦德才脑梗后遗症 … 德才老伴说): at a clause's start, a surname and two characters of given
    names that make no word, whose two given characters occur more often than the name. A writer who uses
    both is writing about a person. Not a common word as the given name (红军, 宫颈), not an everyday
    character as the surname (和月子中心, 易光敏: 应春燕 and 成明远 are left to the taggers), not before a dose."""
    start = match.start()
    end = start + 3
    if len(text) > ECHO_MAX_CHARS or text[start] in NOT_ALONE_BEFORE_TITLE or surname_length(text, start) != 1:
        return None  # (the rule's pattern asks only at a clause's start); 和月子中心, 易光敏药物: an everyday character
    value, given = text[start:end], text[start + 1 : end]
    if not all(char in v.GIVEN_CHARS for char in given) or given[0] == given[1] or text[start] in WISH_SURNAMES:
        return None  # 祝宝宝健康: a wish to a baby, no one's name
    if lexicon.is_dictionary_word(given) and lexicon.frequency(given) >= ECHO_WORD_FREQUENCY:
        return None
    if DOSING_AFTER.match(text, end):
        return None  # 万爽力每日三次: a drug's brand
    if not name_shaped(text, start, end) or lexicon.is_dictionary_word(value) or bare_lookalike(text, start, end):
        return None
    pairs, triples = han_runs(text)
    return (start, end) if pairs[given] > triples[value] else None


#: A dose or its schedule after a word: a medicine's name (万爽力每日三次, 华素片 2片).
DOSING_AFTER = re.compile(r"[ \t]*+(?:每[日天次晚早]|口服|含服|外用|\d)")
#: A given name this frequent as a word (蓝光 1,000-odd, 红军 2,819) is no echo of a name: the word itself.
ECHO_WORD_FREQUENCY = 100
#: Surnames that are verbs of wishing too (祝宝宝, 贺新春).
WISH_SURNAMES = "祝贺"
#: Where a clause opens: a name at the start of one needs no cue before it.
CLAUSE_OPENERS = '\n\x00 \t，。！？；：、,.!?;:（(【[「“"]】'


# The last characters of a drug's generic name (片, 乳膏, 喷雾剂, 胶囊, 颗粒): a name in brackets after one is its brand.
DOSAGE_FORM_ENDS = "片膏剂液丸散囊粒栓雾"
# What a name with no cue never ends with: a dosage form, a fee, a tool (利嗪片, 麻醉费, 水光针, 戴夹板).
THING_ENDS = DOSAGE_FORM_ENDS + "粉针茶费灸托板果藤"


def bare_lookalike(text: str, start: int, end: int) -> bool:
    """Whether the surname and two characters at text[start:end], with no cue around, read as words:
    the first two make a word of the dictionary that names no one (巴掌大, 梅毒需, 武汉协), the last is a
    thing's (利嗪片, 麻醉费), or the last begins a common word with what follows (左颞主要, 梅毒需要)."""
    pair = text[start : start + 2]
    return (
        (lexicon.is_dictionary_word(pair) and not lexicon.is_person_name(pair))
        or text[end - 1] in THING_ENDS
        or lexicon.is_chinese_word(text[end - 1 : end + 1], 300)
    )


# A list whose next item holds letters or digits lists tests or drugs, not people (查甲功、维生素B12).
LIST_OF_THINGS = re.compile(r"、[^、，,。；;！？\n\x00]{0,12}?[A-Za-z0-9]")


# Characters that are surnames but make a word with a kinship word (师姐, 表哥 are no one's name).
KIN_NOT_SURNAMES = "师表堂空大小老干亲姑舅帅家伯公"  # ... nor 帅哥 (a handsome man)


def clause_nickname(text: str, match: re.Match) -> tuple[int, int] | None:
    """A nickname or a surname with a kinship word where a clause starts (阿强昨天陪..., 冯姐说...) or after
    a verb that takes a person (让阿杰帮忙)."""
    start, end = match.span()
    before = text[start - 1] if start else ""
    if before and is_han(before) and before not in BARE_NAME_BEFORE:
        return None
    if before and before in "—-":
        return None  # ——龙哥: a signature, which its own rule takes whole
    return start, end


def zh_nickname(text: str, match: re.Match) -> tuple[int, int] | None:
    """小王, 老李: 小/老 and a surname, unless the two make an everyday word (小时, 老公, 小于)."""
    start, end = match.span()
    value = text[start:end]
    before = text[start - 1] if start else ""
    if before in v.SURNAMES and before not in NOT_ALONE_BEFORE_TITLE:
        return None  # 王老吉, 张小泉: a name (or a brand) that 老/小 continues
    if value[1] in NOT_ALONE_BEFORE_TITLE:
        # 老于 is a person when called by it at the start of a line (老于，你上次说的...), else 小于 or 老年
        opener = not before or before in LINE_OPENERS
        return (
            (start, end) if opener and text[end : end + 1] in ("，", ",") and value not in NICKNAME_NOT_NAMES else None
        )
    if inside_word(text, start) or value in NICKNAME_NOT_NAMES or lexicon.is_chinese_word(value, 400):
        return None
    return start, end


EN_WORD = r"[A-Z][A-Za-z'’-]*+"
EN_NAME = rf"{EN_WORD}(?:[ \t]{EN_WORD}){{0,2}}"
# What someone says they are (I'm Irish, I'm Muslim, I'm Deaf): nationalities, faiths, conditions; no names.
IDENTITY_WORDS = frozenset(
    "irish scottish welsh british american canadian australian chinese indian japanese korean vietnamese"
    " filipino polish nigerian ghanaian kenyan pakistani bangladeshi muslim hindu jewish catholic buddhist sikh"
    " deaf autistic diabetic vegan vegetarian pregnant asthmatic epileptic".split()
)
# Words people are called by that are no one's name (cheers mate), though a name list has them.
TERMS_OF_ADDRESS = frozenset("mate love dear darling honey sweetie sweetheart babe buddy champ chief boss".split())
NAMES_AND_TITLES_TOO = frozenset("love dear honey babe champ chief boss".split())
NOT_NAMES = (
    v.EN_NOT_NAMES
    | {t.lower() for t in v.EN_TITLES}
    | {r.lower() for r in v.EN_RELATIONS}
    | set("education safety portal information care practitioner room desk line id number no".split())
    # handover tools' acronyms (Is this SBAR complete?) and the label of a lot (DR Lot FF2593)
    | set("sbar isbar soap soapie lot batch".split())
    # terms of address written capitalised (Cheers Mate, Thank you Sweetheart); not those that are names and
    # titles too (Courtney Love, Chief Okafor)
    | (TERMS_OF_ADDRESS - NAMES_AND_TITLES_TOO)
    | IDENTITY_WORDS
    | {"see"}  # See You Tuesday: a chat written in title case
)
# A specialist's title after a role word (Consultant Endocrinologist, Attending Neurologist).
SPECIALIST_ENDINGS = ("ologist", "iatrist", "ician", "surgeon")


CONTRACTION = re.compile(r"['’](?:m|ll|re|ve|d|t|s)$")
# The endings of drugs' international names (metformin, ramipril, atorvastatin, omeprazole): a word ending so,
# with two letters or more before the ending, is a drug however it is written (Metformin 通常唔会头晕).
DRUG_STEM = re.compile(
    r"(?i)[a-z]{2,}(?:formin|pril|sartan|olol|statin|prazole|dipine|tinib|cillin|mycin|floxacin|cycline|conazole"
    r"|ciclovir|tidine|setron|triptan|parin|gliptin|gliflozin|glutide|lukast|dronate|oxetine|azepam|zolam"
    r"|triptyline|semide|thiazide|profen|fenac|coxib|terol|tropium|phylline)$"
)


def contracted(word: str) -> bool:
    """I'm, We'll, Don't: a contraction, not a possessive (Mary's)."""
    return CONTRACTION.search(word) is not None and word[-2:] not in ("'s", "’s")


def token_is_name(token: str) -> bool:
    """Not a word that only looks like a name, nor a contraction (I'm, We'll, It's)."""
    lower = token.lower().replace("’", "'")  # Dr. Reddy’s as Dr. Reddy's
    if lower in NOT_NAMES or lower.endswith(SPECIALIST_ENDINGS) or set(lower) == {"x"}:  # XXXX: already masked
        return False
    if any(DRUG_STEM.search(part) for part in lower.split("-")):
        return False  # Metformin, Amlodipine, Ramipril-naive: a drug's international name
    if CONTRACTION.search(token):
        if not (lower.endswith("s") and token[-2] in "'’"):
            return False
        lower = lower[:-2]
    return len(lower) > 1 and lower not in NOT_NAMES


def is_given_name(word: str) -> bool:
    return word in v.EN_GIVEN_NAMES or lexicon.is_given_name(word)


# Words that make the capitalised words before them an organisation, a place or an eponym rather
# than a person (Mayo Clinic, Cleveland Clinic Foundation, St Thomas' Hospital, Lou Gehrig's disease,
# Nursing Team, Victoria Falls, Amber Alert): no name is taken from such a run. Words that are also
# common surnames (Park, Hall, Lake) are left out.
ORGANISATION_WORDS = frozenset(
    """
    clinic clinics hospital hospitals center centre medical health healthcare foundation institute university college
    school society association department dept pharmacy trust board ward unit group services infirmary hospice
    practice surgery laboratories laboratory labs imaging radiology cardiology oncology pediatrics paediatrics
    children's women's memorial general regional county community state national royal county street road avenue
    team teams office company inc ltd llc corp corporation pharmaceuticals house control hotline helpline
    therapy therapies physiotherapy medicine dermatology neurology gastroenterology urology orthopaedics orthopedics
    psychiatry psychology rheumatology endocrinology nephrology haematology hematology ophthalmology obstetrics
    gynaecology gynecology respiratory audiology podiatry dietetics nursing services diseases
    disease syndrome sign signs test maneuver manoeuvre procedure operation score scale criteria classification palsy
    phenomenon reflex catheter tube position diet method technique lymphoma sarcoma tumor tumour esophagus ulcer
    falls bowl league alert camp pledge award prize festival museum cathedral lecture fund program programme trial study
    bridge tower beach island valley mountain cream shirt whiskey cosmetics insurance bank card brand
    telehealth healthline healthdirect lifeline samaritans polyclinic estate
    """.split()
)
# After a possessive ("Emily's school") only these still make a place of the name (Guy's Hospital).
PLACES_AFTER_POSSESSIVE = frozenset("hospital hospitals infirmary clinic clinics disease syndrome palsy sign".split())
# One space only: what follows two spaces or a tab is the next column of a form, not the same name.
NEXT_WORD = re.compile(r"[ \t]?+([A-Za-z'’]++)")


# Capitalised words that go on into an organisation's word: "Tan Tock| Seng Hospital", "Pamela Youde|
# Nethersole Eastern Hospital" name a place after the whole run, not a person.
RUN_AFTER = re.compile(r"(?:[ \t][A-Z][A-Za-z'’-]*+){1,4}")


def followed_by_organisation(text: str, end: int) -> bool:
    following = NEXT_WORD.match(text, end)
    if following is None:
        return False
    words_ = (
        PLACES_AFTER_POSSESSIVE
        if text[end - 2 : end] in ("'s", "’s") or text[end - 1 : end] in "'’"
        else ORGANISATION_WORDS
    )
    if following.group(1).lower() in words_:
        return True
    run = RUN_AFTER.match(text, end)
    return run is not None and any(word.lower() in ORGANISATION_WORDS for word in run.group().split())


TOKEN = re.compile(r"\S+")
# Places in a ward or a department that a number follows (Bed 17, Bay 4, Room 12, Cubicle 3): no name.
WARD_PLACES = frozenset(
    "bed beds bay bays room rooms ward wards cubicle cubicles cot side bedspace chair trolley pod".split()
)
PLACE_NUMBER = re.compile(r"[ \t]?+[-#]?+[ \t]?+\d")
COLUMN_GAP = re.compile(r"[ ]{2}|\t")
INITIAL = re.compile(r"[A-Z]\.?")
TRAILER = re.compile(r"(?:['’]s)?[,.;:]*$")


SAINT_BEFORE = re.compile(r"(?<![A-Za-z])(?:St|Saint|Sankt|San|Santa|Sainte|Ste)\.?[ \t]++$")
# Surnames that are words too, which `NOT_NAMES` refuses alone (the ward, the page, May): a person's after an
# honorific (Mrs Ward, Mr Page, Ms Helen Lane), not after other titles (Sister, Dr) nor after a given name
# alone, for wards are named after people (transferred to Florence Ward).
SURNAMES_THAT_ARE_WORDS = frozenset("ward page may lane friend child pepper".split())
HONORIFIC_BEFORE = re.compile(r"(?<![A-Za-z])(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t]++$")


def surname_that_is_a_word(text: str, start: int, tokens: list[re.Match], index: int, word: str) -> bool:
    if word.lower() not in SURNAMES_THAT_ARE_WORDS or index > 1:
        return False
    if index == 1 and not is_given_name(tokens[0].group()):
        return False
    return HONORIFIC_BEFORE.search(text, max(0, start - 6), start) is not None


def after_saint(text: str, start: int) -> bool:
    """Whether a saint's title comes right before `start`: St. Jude, San Antonio name a hospital or a place."""
    return SAINT_BEFORE.search(text, max(0, start - 8), start) is not None


def en_name_at(text: str, start: int, value: str) -> tuple[int, int] | None:
    """The name at `start`: the words of `value` up to the first one that is not a name, without a
    possessive 's; nothing when the words go on into an organisation's name (Mayo Clinic) or follow
    a saint's title (St. Jude)."""
    if after_saint(text, start):
        return None
    end = start
    tokens = list(TOKEN.finditer(value))
    for index, token in enumerate(tokens):
        if index and COLUMN_GAP.search(value, tokens[index - 1].end(), token.start()):
            break  # two spaces or a tab: the next column of a form ("Pt: Ann Lee   Clinic ID: ...")
        word = token.group().rstrip(",.;:")
        if index and word.lower() in FIELD_LABELS and text.startswith(":", start + token.start() + len(word)):
            break  # "Name: Harold Finch-Whitley Age: 82": the next field's label
        initial = (index > 0 or len(tokens) > 1) and INITIAL.fullmatch(token.group()) is not None
        surname = surname_that_is_a_word(text, start, tokens, index, word)
        if index and word.lower() in ORGANISATION_WORDS and not surname:
            return None  # the words so far name a place or a thing (Victoria Falls, Mayo Clinic)
        if not (initial or surname or token_is_name(word)):
            break
        if word.lower() in WARD_PLACES and PLACE_NUMBER.match(text, start + token.end()) is not None:
            break  # "Bed 17", "Bay 4": a place in the ward
        end = start + token.end()
        if token.group().endswith(".") and not initial and len(word) > 1:
            break  # "My name is John Smith. I have ...": the sentence, and the name, end there
    if end > start and followed_by_organisation(text, end):
        return None
    trimmed = TRAILER.sub("", text[start:end])
    return (start, start + len(trimmed)) if trimmed else None


def en_name(text: str, match: re.Match) -> tuple[int, int] | None:
    return en_name_at(text, match.start("value"), match.group("value"))


# Roles written in brackets after a person in a list of attendees ("Keziah Okafor (CNS); Yardley, Lucan (OT)").
ROLES_IN_BRACKETS = (
    "CNS", "OT", "PT", "SLT", "SALT", "SW", "HCA", "FY1", "FY2", "SHO", "SpR", "Reg", "Cons", "ANP", "HV", "NP",
    "consultant", "registrar", "physio", "physiotherapist", "dietitian", "dietician", "pharmacist", "social worker",
    "staff nurse", "charge nurse", "ward manager", "matron", "midwife", "chaplain", "interpreter", "key worker",
    "care coordinator", "health visitor", "nurse practitioner", "occupational therapist", "speech therapist",
    "practice nurse", "district nurse", "community nurse", "specialist nurse", "GP", "paramedic", "psychologist",
    "psychiatrist", "counsellor", "surgeon", "anaesthetist", "radiographer", "sonographer", "claimant", "defendant",
    "plaintiff", "applicant", "respondent", "appellant", "deceased", "patient", "insured", "subscriber",
    "RN", "RGN", "RMN", "LPN", "LVN", "CNA",
)  # fmt: skip


def name_before_role(text: str, match: re.Match) -> tuple[int, int] | None:
    """A person before their role in brackets, not a service before its abbreviation (Occupational
    Therapy (OT), Clinical Nurse Specialist (CNS)): the words' initials must not spell the role."""
    value, role = match.group("value"), match.group("role")
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", value)).upper()
    if role.isupper() and (initials.startswith(role.upper()) or role.upper().startswith(initials)):
        return None
    return en_name_at(text, match.start("value"), value)


# Lowercase words inside surnames (van der Berg, de la Cruz, bin Salleh).
NAME_PARTICLES = "van|von|der|den|de|del|della|da|di|du|le|la|dos|das|ten|ter|bin|ibn|al|el"


CAPITALISED_WORDS = re.compile(
    rf"(?:(?:{NAME_PARTICLES})[ \t]++)*+[A-Z][A-Za-z'’.-]*+(?:[ \t]++(?:(?:{NAME_PARTICLES})[ \t]++)*+[A-Z][A-Za-z'’.-]*+)*+"
)
PARTICLE_FIRST = re.compile(rf"(?:{NAME_PARTICLES})[ \t]")


def capitalised_words(value: str) -> str:
    """The leading words of `value` that begin with a capital (initials included)."""
    kept = CAPITALISED_WORDS.match(value)
    return kept.group() if kept else ""


def lowercase_given_name(word: str) -> bool:
    """A lowercase word that is a given name (maria, tommy), long enough not to be a word like "said"."""
    if word.rstrip(",.;:").lower() in TERMS_OF_ADDRESS:
        return False
    name = word.rstrip(",.;:").capitalize()
    return name in v.EN_GIVEN_NAMES or (len(name) >= 4 and lexicon.is_given_name(name))


NAME_BEFORE = re.compile(r"(?<![A-Za-z'’])[A-Z](?:\.|[A-Za-z'’-]*+)(?:[ \t][A-Z][A-Za-z'’.-]*+){0,3}$")
# Other post-nominals before the one found (S. Kowalczyk, MBChB FRCP): the name is before them all.
POSTNOMINALS_BEFORE = re.compile(rf"(?:(?<![A-Za-z])(?:{words(v.EN_POSTNOMINALS)}),?[ \t]++)+$")


STATE_ZIP_AFTER = re.compile(r"[ \t]++\d{5}(?:-\d{4})?(?!\d)")


def name_before_postnominal(text: str, match: re.Match) -> tuple[int, int] | None:
    """The capitalised words just before a post-nominal (Ines Carvalho, MD; Jane Doe RN); not a town before its
    state and ZIP code (Baltimore, MD 21287; Erie, PA 16501)."""
    if len(match.group()) == 2 and STATE_ZIP_AFTER.match(text, match.end()):
        return None
    end = match.start()
    if (chain := POSTNOMINALS_BEFORE.search(text, max(0, end - 60), end)) is not None:
        end = chain.start()
    if not end or text[end - 1] not in " \t":
        return None
    end -= 2 if end > 1 and text[end - 2] == "," else 1
    found = NAME_BEFORE.search(text, max(0, end - 60), end)
    if found is None:
        return None
    return en_name_at(text, found.start(), found.group())


def introducing_name(text: str, match: re.Match) -> tuple[int, int] | None:
    """ "Colm here.", "..., Colm?": a known given name, unless it is a word people write in lower case (Will here) or
    a title (..., Doctor?)."""
    value = match.group("value")
    if not is_given_name(value) or sentence_word(value) or not token_is_name(value) or value in v.EN_TITLES:
        return None  # a known given name only: "Paeds here", "Which inhaler is it, Ventolin?" name no one
    return match.span("value")


def given_name_reporting(text: str, match: re.Match) -> tuple[int, int] | None:
    """A given name alone before a verb of speech or report ("Patricia says he stopped")."""
    name = match.group("value")
    return (
        match.span("value")
        if not after_saint(text, match.start("value"))
        and is_given_name(name)
        and name not in lexicon.EN_WORDS_IN_NAME_LIST
        and token_is_name(name)
        else None
    )


def plain_given_name(text: str, start: int, name: str) -> bool:
    """A known given name that is no everyday word (`EN_WORDS_IN_NAME_LIST`) and follows no saint's title."""
    return (
        is_given_name(name)
        and name not in lexicon.EN_WORDS_IN_NAME_LIST
        and token_is_name(name)
        and not after_saint(text, start)
    )


# Phrases after which the person who came with the patient is named ("accompanied by Mei", "seen today
# with Dmitri", "self-presented with Gareth"). What follows them is as often a symptom or a thing
# ("presented with Fever", "accompanied by Nausea", "with Grace period"): only a known given name counts,
# and only when no lowercase word goes on from it (a noun it would qualify).
COMPANION_CUES = (
    "accompanied by", "presented with", "came in with", "today with", "attended with", "arrived with",
    "brought in by", "seen with", "here with",
)  # fmt: skip
# Lowercase words that may follow the companion's name in the same sentence ("with Mei and her son").
COMPANION_FOLLOWERS = frozenset("and who who's whose today yesterday".split())
LOWER_WORD_AFTER = re.compile(r"[ \t]++([a-z]++)")


# Verbs of getting in touch before the person reached ("Phoned Faizal, no answer", "Left a message with Diego").
CONTACT_CUES = (
    "phoned", "rang", "called", "texted", "emailed", "paged", "spoke to", "spoke with", "message with",
    "message for", "messaged", "handed over to",
)  # fmt: skip
# What a person's possessive goes on to (Aisha's advice, Gemma's worried, Imran's the one): anything else after a
# given name's 's is an eponym's or a brand's (Ludwig's angina, Walker's crisps, Valentine's Day).
POSSESSED = frozenset(
    "advice mum mom dad mother father wife husband son daughter sister brother partner carer friend worried going"
    " been got here there the not back ok okay fine bed room phone number birthday appointment medication"
    " medications meds tablets insulin results notes blood sugar sugars pain question questions idea plan family"
    " house home car one girl boy baby kids children grandson granddaughter gp doctor nurse concern concerns".split()
)
WORD_AFTER = re.compile(r"[ \t]++([A-Za-z]++)")


# Where a colleague who called or came by works ("Sanjay from the pharmacy", "Olga from the ward").
WORKPLACES = (
    "pharmacy", "ward", "clinic", "lab", "laboratory", "surgery", "practice", "GP surgery", "GP practice", "team",
    "district nurses", "physio", "physiotherapy", "OT", "social work", "hospice", "care home", "council", "reception",
)  # fmt: skip


def signing_initials(text: str, match: re.Match) -> tuple[int, int] | None:
    """A person's initials after a register's signing words, not a title or a unit's acronym (RN, ICU)."""
    value = match.group("value")
    if len(value) < 3 or value.lower() in NOT_NAMES or value in v.EN_TITLES:
        return None  # Checked by: SN, MO, NIL: a role or a word
    return match.span("value")


def contact_name(text: str, match: re.Match) -> tuple[int, int] | None:
    """A known given name, and its surname when one follows, after a verb of getting in touch."""
    start, name = match.start("value"), match.group("value")
    if not plain_given_name(text, start, name):
        return None
    run = CAPITALISED_WORDS.match(text, start)
    return en_name_at(text, start, run.group() if run else name)


SAINT_JOINED = re.compile(r"(?<![A-Za-z])(?:St|Ste|Saint)\.?$")


# What a family calls its own, capitalised as a name is (Da's going for a stent, Mam's tablets): no one's name.
FAMILY_WORDS = frozenset(
    "da dad daddy mam mammy mum mummy mom mommy ma pa nan nanna gran granny grandad granda pop".split()
)


def possessive_given_name(text: str, match: re.Match) -> tuple[int, int] | None:
    """A known given name before 's ("Aisha's advice", "Gemma's worried"), not an eponym's (Addison's disease)."""
    start, name = match.start("value"), match.group("value")
    if (
        not plain_given_name(text, start, name)
        or name.lower() in FAMILY_WORDS
        or name in v.DISEASE_EPONYMS
        or text.startswith(FESTIVALS, start)  # Valentine's Day
        or SAINT_JOINED.search(text, max(0, start - 6), start)
    ):
        return None  # ... or a saint's (St.Mary's, written without a space)
    following = WORD_AFTER.match(text, match.end())
    if following is None or following.group(1).lower() not in POSSESSED:
        return None  # Ludwig's angina, Adam's apple, Jacob's crackers: an eponym's or a brand's
    return match.span("value")


def companion_name(text: str, match: re.Match) -> tuple[int, int] | None:
    """A known given name after a phrase naming who came with the patient (`COMPANION_CUES`), with its
    surname when one follows; not "presented with Fever" nor "today with Grace period"."""
    start, name = match.start("value"), match.group("value")
    if not plain_given_name(text, start, name):
        return None
    run = CAPITALISED_WORDS.match(text, start)
    found = en_name_at(text, start, run.group() if run else name)
    if found is None or no_patient(text, *found):
        return None
    following = LOWER_WORD_AFTER.match(text, found[1])
    if following is not None and following.group(1) not in COMPANION_FOLLOWERS:
        return None
    return found


# A Latin given name in a Chinese sentence before 说 ("Eleanor 说可以减量") or between 跟/和 and a verb of
# talking ("跟 Zainab 讨论了"): the person speaking or spoken with. Not 说明 (Lipitor 说明书) nor 说法.
ZH_TALK_VERBS = v.with_traditional(("讨论", "商量", "沟通", "联系", "确认", "说", "讲"))
ZH_TALK_NOT_AFTER_SAY = v.with_traditional(("明", "法", "服"))


ZH_DID_WORDS = v.with_traditional(("刚才", "刚刚", "让我", "叫我", "问我", "告诉"))  # not 已经: Yasmin已经吃了
# Words before a person in Chinese text, after which a known given name in Latin letters is that person
# (我老婆 Eileen, 佢老公 Imran, 请 Joyce 明天带).
LATIN_NAME_AFTER = v.with_traditional(
    (*PERSON_RELATIONS, "朋友", "同事", "同学", "室友", "邻居", "男朋友", "女朋友", "阿女", "个仔", "细佬", "家姐",
     "太太", "媳妇", "女婿", "儿媳", "哥哥", "姐姐", "弟弟", "妹妹", "奶奶", "爷爷", "外婆", "外公", "请", "陪")
)  # fmt: skip
# (not 让, 叫, 问: 让 Siri 提醒我, 叫 Alexa)


def latin_name_in_zh(text: str, match: re.Match) -> tuple[int, int] | None:
    start, name = match.start("value"), match.group("value")
    return match.span("value") if plain_given_name(text, start, name) else None


# Chat written all in lower case: a known given name before a verb of speech ("mehmet says she feels fine",
# "dr chen said"). Given names that are everyday words too ("my mate says", "rich said", "nana says")
# are left out, as are words after a determiner ("the summer said").
LOWERCASE_SPEECH_VERBS = ("says", "said", "told", "tells", "thinks", "reckons")
EVERYDAY_LOWERCASE_NAMES = frozenset(
    """nana nanna nanny mate mark grace faith rose dawn summer rich buddy sonny chance charity patience hunter
    porter mason dean miles christian candy ginger sage kinda""".split()
)
DETERMINERS = frozenset("the a an my his her your our their this that its every each no".split())
LOWER_WORD_BEFORE = re.compile(r"(?<![A-Za-z'’])([a-z][a-z'’-]*+)[ \t]++$")


def lowercase_name_speaking(text: str, match: re.Match) -> tuple[int, int] | None:
    """The lowercase given name before a verb of speech in lowercase chat (`EVERYDAY_LOWERCASE_NAMES` aside)."""
    end = match.start()
    found = LOWER_WORD_BEFORE.search(text, max(0, end - 40), end + 1)
    if found is None:
        return None
    word = found.group(1)
    if len(word) < 4 or word in EVERYDAY_LOWERCASE_NAMES or not lowercase_given_name(word):
        return None
    if word.capitalize() in lexicon.EN_WORDS_IN_NAME_LIST or not token_is_name(word):
        return None
    before = PREVIOUS_WORD.search(text, max(0, found.start() - 20), found.start())
    if before is not None and before.group(1).lower() in DETERMINERS:
        return None
    return found.span(1)


# Vietnamese, Hong Kong, Singapore and Malaysian places and hospitals whose romanised syllables are given names too
# (Ha, Da, Ho, Bach, Mo): with the accents read as ASCII (Hà Nội as Ha Noi) they would otherwise be taken for people.
ROMANISED_PLACES = (
    "Ha Noi", "Ho Chi Minh", "Da Nang", "Hai Phong", "Can Tho", "Nha Trang", "Da Lat", "Vung Tau", "Bien Hoa",
    "Ha Long", "Quy Nhon", "Buon Ma Thuot", "Hai Duong", "Nam Dinh", "Thai Binh", "Bac Ninh", "Ha Tinh", "Thu Duc",
    "Bach Mai", "Cho Ray", "Viet Duc",
    # Hong Kong's, in Cantonese romanisation (scrubber 13): "999（Hong Kong）", "Wan Chai"
    "Hong Kong", "Wan Chai", "Mong Kok", "Sha Tin", "Tai Po", "Tuen Mun", "Yuen Long", "Kwun Tong", "Tsuen Wan",
    "Sai Kung", "Kwai Chung", "Tsim Sha Tsui", "Sham Shui Po", "Wong Tai Sin", "Lai Chi Kok", "Ap Lei Chau",
    # and more of its districts (scrubber 15): "Cha Kwo Ling Road, Lam Tin"
    "Lam Tin", "Ma On Shan", "Tseung Kwan O", "Tin Shui Wai", "Kwai Tsing", "Tsing Yi", "Tung Chung", "Sheung Shui",
    "Shek Kip Mei", "Ngau Tau Kok", "Kowloon Bay", "Kowloon Tong", "Ho Man Tin", "To Kwa Wan", "Hung Hom", "Lok Fu",
    "Wong Chuk Hang", "Chai Wan", "Shau Kei Wan", "Quarry Bay", "North Point", "Causeway Bay", "Happy Valley",
    "Kennedy Town", "Cheung Sha Wan", "Mei Foo", "Diamond Hill", "Choi Hung", "Sai Ying Pun", "Tai Wai", "Fo Tan",
    "Yau Ma Tei", "Sheung Wan", "Tai Koo", "Siu Sai Wan", "Tsz Wan Shan", "Wong Tai Sin", "Kwun Tong",
    # Singapore's and Malaysia's (round 16, the Latin-name tagger): "Ang Mo Kio Polyclinic", "Toa Payoh"
    "Ang Mo Kio", "Toa Payoh", "Bukit Merah", "Bukit Batok", "Bukit Panjang", "Choa Chu Kang", "Hougang",
    "Yishun", "Pasir Ris", "Kuala Lumpur", "Petaling Jaya", "Johor Bahru", "Shah Alam", "Kota Kinabalu",
)  # fmt: skip
ROMANISED_PLACE = re.compile(
    "(?<![A-Za-z])(?:"
    + "|".join(re.escape(p).replace(r"\ ", r"[ \t]{1,2}") for p in ROMANISED_PLACES)
    + ")(?![A-Za-z])"
)


def in_romanised_place(text: str, start: int) -> bool:
    """Whether `start` is in a romanised place's name (`ROMANISED_PLACES`; Ho Chi Minh: not Chi Minh either)."""
    return any(p.start() <= start < p.end() for p in ROMANISED_PLACE.finditer(text, max(0, start - 16), start + 40))


STREET_AFTER_NAME = re.compile(
    r"[ \t](?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Crescent|Cres|Close|Terrace|Tce|Place|Grove|Gardens|Square|Boulevard|Blvd"
    r"|Drive|Way|Court|Parade|Highway|Quay|Esplanade)\.?$"
)


FESTIVALS = ("Hari Raya", "Hari Merdeka", "Hari Kebangsaan", "Valentine's Day", "Valentine’s Day")


def given_name_first(text: str, match: re.Match) -> tuple[int, int] | None:
    """Two capitalised words are a name when the first is a given name (Bridget Adeyemi, not Mayo Clinic
    nor Da Nang, nor a herb in pinyin: Dang Gui, nor Virginia Apgar of the score)."""
    first = match.group("value").split()[0]
    if not is_given_name(first) or in_romanised_place(text, match.start("value")):
        return None
    if match.group("value").startswith(FESTIVALS):
        return None  # Hari Raya, a festival of Malaysia and Singapore: no Hari
    if (
        first == "Te"
        and len(match.group("value").split()) == 2
        and not (
            (before := PREVIOUS_WORD.search(text, max(0, match.start("value") - 20), match.start("value")))
            and before.group(1)[0].isupper()
            and not sentence_word(before.group(1))
        )
    ):
        return None  # Te Kuiti, Te Awamutu: a Maori place's article (Aroha Te Whata, Te Ariki Walker: a name's)
    if STREET_AFTER_NAME.search(match.group("value")):
        return None  # George St, Little France Crescent: a street named after someone
    if in_herb(text, *match.span("value")):
        return None
    pair = EPONYM_PAIR_BEFORE.search(text, max(0, match.start("value") - 20), match.start("value"))
    if pair is not None and not is_given_name(pair.group(1)):
        return None  # Salter-Harris II型, Guillain-Barre: the second of two eponyms, not Harris II
    found = en_name(text, match)
    if found is None or no_patient(text, *found):
        return None
    if text[found[0] : found[1]].split()[-1].isupper() and (
        ACRONYM_LABEL_AFTER.match(text, found[1]) or STATE_POSTCODE_AFTER.match(text, found[1])
    ):
        return None  # "Alberta PHN: 41287-5530": a place and a number's acronym; Murdoch WA 6150: a town
    return (pair.start(1), found[1]) if pair is not None else found  # Mary-Jane Fox, whole


ACRONYM_LABEL_AFTER = re.compile(r"[ \t]*+[:：#][ \t]*+\d")
STATE_POSTCODE_AFTER = re.compile(r"[ \t]++\d{4,5}(?![\d/:.-])")
EPONYM_PAIR_BEFORE = re.compile(r"(?<![A-Za-z])([A-Z][a-z]++)[-–]$")


# What follows the name of a disease's, a sign's or a score's eponym ("Graves' disease", "Apgar's
# score", "Bell's palsy"); "test" is left out: "Smith's test results" are a patient's.
EPONYM_NOUN = re.compile(
    r"(?:['’]s?+)?+[ \t]++(?:disease|syndrome|sign|palsy|phenomenon|reflex|triad|score|scale|criteria|classification"
    r"|ulcer|lymphoma|hernia|fracture|manoeuvre|maneuver|procedure|law|nodes?+|angina)(?![A-Za-z])",
    re.IGNORECASE,
)
# A dose after a word makes it a drug (Lipitor 20mg, 开的是Lipitor 20 mg): no one is taken by the milligram.
DOSE_AFTER = re.compile(
    r"[ \t]*+\d++(?:\.\d++)?+(?:/\d++)?+[ \t]*+(?:mg|mcg|µg|ug|g|ml|iu|units?+|片|粒|毫克|克|毫升)(?![A-Za-z])",
    re.IGNORECASE,
)


# A grade in Roman figures after a word makes an eponym's classification of it (患者Mallampati III级, Killip II级).
# A lone I is not enough: Wang Fang I型糖尿病 is a person with type 1 diabetes.
GRADE_AFTER = re.compile(
    r"[ \t]*+(?:(?:grade|class)[ \t]++[IVX]{1,4}|(?!I[ \t]*+[级級度型期])[IVX]{1,4}+)[ \t]*+[级級度型期]"
)


def no_patient(text: str, start: int, end: int) -> bool:
    """Whether the Latin "name" at text[start:end] is an eponym before its disease, score or grade, a drug
    before its dose, or a figure of medicine's history (`vocabulary.FAMOUS_PEOPLE`)."""
    return (
        EPONYM_NOUN.match(text, end) is not None
        or GRADE_AFTER.match(text, end) is not None
        or DOSE_AFTER.match(text, end) is not None
        or " ".join(text[start:end].lower().split()) in v.FAMOUS_PEOPLE
    )


LATIN_WORDS_AROUND = re.compile(r"[A-Za-z]++")


# What a formula adds to its chief herb's name: a decoction, a powder, a pill (Gui Zhi Tang, 桂枝汤).
FORMULA_SUFFIXES = frozenset("tang san wan yin gao dan pian".split())


# A formula's suffix that ends no one's name written in pinyin with two words before it (Tong Ren Tang, Liuwei
# Dihuang Wan, Angong Niuhuang Wan; not San, Gao, Dan or Yin, which end names: Zhang Xiao Dan, Re: Xing Gao).
FORMULA_SUFFIXES_AFTER_TWO = frozenset("tang wan pian".split())


def in_herb(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is (part of) a herb's pinyin name with the words around it (He Shou Wu)."""
    low = max(0, start - 24)  # the formula's words before the span: Long Dan Xie| Gan Tang
    while low and text[low - 1].isalpha() and start - low < 40:
        low -= 1  # from a word's start, not its middle
    words_around = [
        (m.start(), m.group().lower()) for m in LATIN_WORDS_AROUND.finditer(text, low, min(len(text), end + 14))
    ]
    for i in range(len(words_around)):
        for j in range(i + 1, min(len(words_around), i + 5) + 1):  # five words: Long Dan Xie Gan Tang
            phrase = " ".join(w for _, w in words_around[i:j])
            covered_start, last = words_around[i][0], words_around[j - 1]
            *herb, suffix = phrase.split(" ")
            remedy = phrase in v.TCM_PINYIN or (
                suffix in FORMULA_SUFFIXES
                and herb
                and (
                    " ".join(herb) in v.TCM_PINYIN
                    or "".join(herb) in v.TCM_PINYIN_JOINED
                    or (
                        suffix in FORMULA_SUFFIXES_AFTER_TWO
                        and len(herb) >= 2
                        and all(map(pinyin_syllable_count, herb))
                    )
                )
            )
            if covered_start <= start and last[0] + len(last[1]) >= end - (text[end - 1] in "'’") and remedy:
                return True  # ... or a formula named after its herb (Gui Zhi Tang)
    return "".join(text[start:end].lower().split()) in v.TCM_PINYIN_JOINED


def surname_comma_given(text: str, match: re.Match) -> tuple[int, int] | None:
    """ "O'Connell, Nadia": a surname, a comma and a given name; not "Yes, Mary" or "Thanks, John"."""
    surname, given = match.group("surname"), match.group("given")
    if given.isupper() and surname.isupper():  # SMITH, JOHN in a record header
        if (
            text[match.start("value") - 1 : match.start("value")] == "-"
            and text[match.start("value") - 2 : match.start("value") - 1].isalpha()
        ):
            return None  # "mid-LAD, DES x1": an artery and a stent (not "Bed 12-PATEL, ANIL")
        surname, given = surname.capitalize(), given.capitalize()
    elif record_surname_first(text, match):
        return match.span("value")  # CHIWESHE, Simba – bed 4
    if (
        not is_given_name(given)
        or not token_is_name(surname)
        or surname in lexicon.EN_WORDS_IN_NAME_LIST
        or is_given_name(surname)
        or sentence_opener(surname)
    ):
        return None  # "Listen, Mary Johnson has ...": Mary Johnson is the name (given_name_first)
    if followed_by_organisation(text, match.end("value")):
        return None
    if match.group("value").isupper():  # ONG, JIA HUI: a second given name in capitals
        return caps_given_after(text, match.span("surname"))
    return match.span("value")


# What must follow a record's "SURNAME, Given" (a list of patients, a report's header): a field of the patient's
# (a bed, a date of birth, a record number, an age and sex), maybe after a dash, a bracket or a comma; a line's
# end or a dash alone is not enough ("COPD, Dyspnoea", "HPV, Gardasil", "ACL, Lachman" head lists too).
RECORD_NAME_END = re.compile(
    r"[ \t]*+(?:[–—(（|;,/-][ \t]*+)?(?:(?i:bed|bay|dob|d\.o\.b|mrn|nhs|hosp|urn|chi|age|aged)(?![A-Za-z])"
    r"|\d{1,3}[ \t]?(?:[MF]|yo|y/o|yrs?)(?![A-Za-z]))"
)
# ... or a bed or a bay before it on its line (Bed 4: CHIWESHE, Simba).
BED_BEFORE = re.compile(r"(?i:bed|bay|rm|room)[ \t]*+\d{1,3}[A-Za-z]?[ \t]*+[:.\-–)]?[ \t]*+$")


def record_surname_first(text: str, match: re.Match) -> bool:
    """ "CHIWESHE, Simba – bed 4": a surname in capitals before a given name in title case, the way records
    list patients (whichever given name: Simba, Wambui), where a field of the patient's follows or a bed leads.
    Neither word may be one the lists know as no name or people write in lower case (UPDATE, Bloods), nor an
    opener (NOTE, Please), nor an acronym's length."""
    surname, given = match.group("surname"), match.group("given")
    return (
        len(surname) >= 3
        and surname.isalpha()
        and surname.isupper()
        and given[1:].islower()
        and len(given) >= 3
        and token_is_name(surname)
        and token_is_name(given)
        and not sentence_opener(given)
        and surname.lower() not in (written_lower := LATIN_MODEL.stored().vocabulary)
        and not any(part in written_lower for part in given.lower().split("-"))
        and (
            RECORD_NAME_END.match(text, match.end("value")) is not None
            or (  # a bed before a known given name (Bed 4: COPD, Nebs is a problem list)
                is_given_name(given)
                and BED_BEFORE.search(text, max(0, match.start("value") - 16), match.start("value")) is not None
            )
        )
    )


OPENER_ENDINGS = ("ally", "ously", "tely", "ntly", "stly", "fully", "ively", "ibly", "ably", "wards", "ever")


def sentence_opener(word: str) -> bool:
    """Whether `word` is one that opens a sentence before a comma (Listen, Previously, Admitted, Overall):
    `vocabulary.EN_OPENERS`, or an adverb told by its ending (no surname ends in -ously or -tely)."""
    lower = word.lower()
    return lower in v.EN_OPENERS or (len(lower) > 5 and lower.endswith(OPENER_ENDINGS))


def surname_comma_given_initial(text: str, match: re.Match) -> tuple[int, int] | None:
    """ "Gunasekara, Mireille W": both words names, the second no title ("Right, Dr F" is not one)."""
    surname, given = match.group("value").split(",")[0], match.group("value").split(",")[1].split()[0]
    return en_name(text, match) if token_is_name(surname) and token_is_name(given) else None


# Labels of a record or form before "SURNAME, GIVEN" (Patient: O'ROURKE, SERAPHINA; Re: AINSWORTH, EOIN).
NAME_LABELS = ("Patient", "Name", "Re", "Pt", "Subject", "Client", "Member", "Member name", "Patient name", "Insured")


EN_INTRODUCTIONS = (
    "you must be",
    "is this",
    "is that",
    "speaking to",
    "speaking with",
    "am i speaking to",
    "am i speaking with",
    "hi its",
    "hey its",
    "hello its",
    "doc its",
    "hi im",
    "hey im",
    "ask for",
    "asking for",
    "handed over by",
    "handed over to",
    "handover from",
    "handover to",
    "participant",
    "witness",
    "member",
    "member name",
    "insured",
    "policyholder",
    "beneficiary",
    "guarantor",
    "applicant",
    "claimant",
    "donor",
    "recipient",
    "pt is",
    "pt's name is",
    "patient's name is",
    "caller",
    "caller is",
    "message from",
    "call from",
    "letter from",
    "note from",
    "referral from",
    "spoke with",
    "spoke to",
    "talked to",
    "talked with",
    "seen by",
    "known as",
    "prefers",
    "preferred name",
    "aka",
    "a.k.a.",
    "goes by",
    "client",
    "pt",
    "patient is",
    "patient",
    "my name is",
    "my name's",
    "name is",
    "this is",
    "i'm",
    "i am",
    "it's",
    "it is",
    "name:",
    "patient name:",
    "full name:",
    "pt name:",
    "signed:",
    "first name:",
    "first names:",
    "given name:",
    "given names:",
    "forename:",
    "forenames:",
)
EN_GREETINGS = ("Hi", "Hello", "Hey", "Dear", "Good morning", "Good afternoon", "Good evening")
# A letter's or a message's header fields: a person or a department may follow, so only what opens
# like a name is taken ("From: Jane Doe", not "To: Dermatology").
EN_HEADERS = (
    "from:",
    "to:",
    "cc:",
    "cc",
    "attn:",
    "attn",
    "attention:",
    "c/o",
    "for the attention of",
    "re:",
    "between:",
    # who vouched for a record (Certified by: 安宁 (An Ning); authorisation requested by 朱建国)
    "certified by:",
    "verified by:",
    "authorised by:",
    "authorized by:",
    "requested by",
    "requested by:",
)
# Cues that label a field of a form: after their colon comes a name whatever it looks like
# (Witness: Caspian Thornbury); after any other cue's colon a speaker is talking ("Pt: Likewise.").
FORM_LABELS = frozenset(
    "participant witness member insured policyholder beneficiary guarantor applicant claimant donor recipient".split()
)
# Each English cue (in lower case) and what it is: a self-introduction or a relation (a lowercase
# given name may follow: "pt is maria gonzalez"), a title (capitalised name), a sign-off (the name
# may be on the next line).
EN_CUES: dict[str, frozenset[str]] = {}
for _kind, _cues in (
    ("intro", EN_INTRODUCTIONS),
    ("title", v.EN_TITLES),
    ("greeting", EN_GREETINGS),
    ("header", EN_HEADERS),
    ("relation", v.EN_RELATIONS),
    ("signoff", v.EN_SIGNOFFS),
):
    for _cue in _cues:
        EN_CUES[_cue.lower()] = EN_CUES.get(_cue.lower(), frozenset()) | {_kind}
# A bilingual form writes its labels' colon full-width (Name：李秀英, Patient name：Zhang Wei).
EN_CUES.update({cue[:-1] + "：": kinds for cue, kinds in EN_CUES.items() if cue.endswith(":")})


def latin_title_surname(text: str, start: int) -> tuple[int, int] | None:
    """A Chinese surname alone after a Latin title (Dr.朱说, Mr.汤的): the person, as 朱医生 would be."""
    length = surname_length(text, start)
    end = start + length
    if length and (end >= len(text) or not is_han(text[end]) or text[end] in NICKNAME_FOLLOWERS):
        return start, end
    return None


def strong_name(value: str) -> bool:
    """Whether `value` opens with a name on its own: a known given name, an initial, or "SURNAME, GIVEN"."""
    first = value.split()[0].rstrip(",.;:")
    return (
        (is_given_name(first) and first not in lexicon.EN_WORDS_IN_NAME_LIST)
        or INITIAL.fullmatch(value.split()[0]) is not None
        or (len(value.split()) > 1 and value.split()[0].endswith(",") and first.isupper() and len(first) > 1)
        or (len(value.split()) > 1 and first.isupper() and is_given_name(first.capitalize()))  # Re: TARIQ HADDAD
    )


# Cues that are abbreviations, after which a full stop is the abbreviation's (Dr. Smith, Mrs. Lee); after
# any other cue word or an acronym (the attending., the PA.) a full stop ends the sentence, and what
# follows is a name only when it opens like one.
ABBREVIATED_CUES = frozenset(
    "dr mr mrs ms mx prof pt ptn sr fr rev revd capt sgt lt col hon mme mlle sra dra drs st aka a.k.a".split()
)


def abbreviated(cue: str) -> bool:
    return cue.lower().rstrip(".") in ABBREVIATED_CUES


# Verbs that follow a lowercase given name in a chat ("my mum tomasz lives with us", "sunita thinks"): no surname.
LOWERCASE_VERBS = frozenset(
    "lives lived thinks thought says said wants wanted needs needed has had is was will can does did takes took gets"
    " got feels felt keeps kept goes went works worked stays stayed helps helped drives drove asked asks".split()
)


ALONE_BEFORE = re.compile(r"(?:^|[\n\x00])[ \t]*+$")
ALONE_ON_LINE = re.compile(r"[ \t]*+(?:\n|\x00|$)")


# Cues after which a full stop may end the sentence ("Spoke with pt. Correct DOB ..."); not titles (Dr. Black).
SENTENCE_CUES = frozenset(("pt", "patient", "client", "resident"))


def sentence_word(word: str) -> bool:
    """A word people write in lower case (the Latin model's vocabulary) that is no given name: Correct, Please."""
    word = word.strip(".,;:")
    return word.lower() in LATIN_MODEL.stored().vocabulary and not is_given_name(word)


def after_en_cue(text: str, match: re.Match) -> tuple[int, int] | None:
    """The name after an English cue word, read according to what the cue is (`EN_CUES`).

    A title or relation followed by a colon is mostly a speaker's label ("Dr: Nice to meet you",
    "Nurse: NHS 111"): what follows is then a name only when it opens like one (`strong_name`).
    """
    cue, separator, value = match.group("cue"), match.group("separator"), match.group("value")
    kinds = EN_CUES[cue.lower()]
    if cue.endswith("：") and not separator:
        separator = " "  # Name：Zhang Wei reads as Name: Zhang Wei
    if "\n" in separator and "signoff" not in kinds:
        return None
    if is_han(value[0]):
        if kinds == {"signoff"}:
            return None
        found = zh_after_cue(text, match)
        return found or (latin_title_surname(text, match.start("value")) if "title" in kinds else None)
    if not (separator and separator[-1] in " \t\n.:("):
        return None
    if cue.isupper() and value.split()[0].isupper() and len(value.split()[0]) <= 3:
        return None  # "RN CM", "NP PA": a title after a title, no name
    if "intro" in kinds and ":" not in separator and text.startswith(":", match.start("value") + len(value.split()[0])):
        return None  # "Patient Name:", "Patient Narne:": a field's label, not a name
    if ":" in separator and cue.lower() not in FORM_LABELS and not strong_name(value):
        return None
    if kinds == {"signoff"} and "." in separator and not strong_name(value):
        return None  # "Thank you. Date of birth?"
    if "." in separator and not abbreviated(cue) and not strong_name(value):
        return None  # "Seen by the attending. Bed 17.", "the consultant. Referred to ...": the sentence ended
    if kinds & {"greeting", "signoff"} and value.split()[0].lower() in ORGANISATION_WORDS:
        return None  # "Dear Practice Manager", "Thanks, Clinic Team": a role or a team, greeted
    if "." in separator and cue.lower().rstrip(".") in SENTENCE_CUES and sentence_word(value.split()[0]):
        return None  # "Spoke with pt. Correct DOB is ...": a new sentence's first word, written in lower case elsewhere
    if cue.lower().rstrip(":").endswith(" by") and value.split()[0].isupper() and len(value.split()[0]) <= 3:
        return None  # Requested by: ED registrar: a department's acronym, no Ed
    if cue.lower() == "cc" and not ALONE_BEFORE.search(text, max(0, match.start() - 4), match.start()):
        return None  # 10 cc Normal Saline: cubic centimetres; a copy line opens its line
    if kinds == {"header"} and not strong_name(value):
        return None
    if cue.endswith(("'s", "’s")) and value.split()[0].strip(".,;:") in v.DISEASE_EPONYMS:
        return None  # our son's Apgar was 6: a score's eponym, no relation's name
    if (
        cue.endswith(("'s", "’s"))
        and (first := value.split()[0].strip(".,;:")).isupper()
        and len(first) <= 5
        and not given_name_evidence(first)
    ):
        return None  # my son's ADHD review: an acronym after a relation's possessive (not his JAMES)
    start = match.start("value")
    if value[0].islower():
        tokens = value.split()
        # a lowercase chat signed on the line after its sign-off too ("Cheers\ndeclan"), the name alone
        # on its line ("Thanks\nbill for the ambulance" goes on: no signature)
        signed = kinds & {"signoff"} and ALONE_ON_LINE.match(text, start + len(tokens[0])) is not None
        if (kinds & {"intro", "relation", "greeting"} or signed) and lowercase_given_name(tokens[0]):
            two = (
                len(tokens) > 1
                and tokens[1].islower()
                and tokens[0][-1] not in ",.;:"
                and len(tokens[1].rstrip(",.;:")) > 2
                and tokens[1].rstrip(",.;:").lower() not in NOT_NAMES
                and tokens[1].rstrip(",.;:").lower() not in LOWERCASE_VERBS
            )
            return en_name_at(text, start, " ".join(tokens[: 2 if two else 1]))
        if not PARTICLE_FIRST.match(value):
            return None
    found = en_name_at(text, start, capitalised_words(value))
    if found is None or in_herb(text, *found):
        return None  # my mother, Liuwei Dihuang Wan or Xiaoyao San: a formula, asked about
    if COMPETENCE_AFTER.match(text, found[1]):
        return None  # seen without parent, Gillick competent: a test of a child's competence, named for a case
    return caps_given_after(text, found)


COMPETENCE_AFTER = re.compile(r"[ \t]++(?i:competen(?:t|ce|cy)|criteria|guidance|guidelines)\b")


# A record's "SURNAME, GIVEN" in capitals after a cue (Patient CHEUNG, WING-YAN; Name: ONG, JIA HUI):
# the given name (hyphenated or two words) after the comma belongs to the same person.
CAPS_GIVEN_AFTER = re.compile(r"[ \t]*+,[ \t]*+([A-Z][A-Z'’-]++(?:[ \t][A-Z][A-Z'’-]++)?)(?![A-Za-z])")
LABEL_WORDS = frozenset("nhs hkid nric fin ur uhid tel hp mob age sex id dob mrn ssn".split())
# The labels of a record's fields, before their colon: no speaker's name and no name's last word.
FIELD_LABELS = LABEL_WORDS | frozenset(
    "ward bed consultant gp nok address addr phone email gender location room dept hosp chi urn".split()
)


def labelled_surname_given(text: str, match: re.Match) -> tuple[int, int] | None:
    """ "Name: Smith, John", "Name:ONG, JIA HUI": both words names; in capitals the given name may be two."""
    value = match.group("value")
    if not all(map(token_is_name, value.split(","))):
        return None
    start = match.start("value")
    extended = caps_given_after(text, (start, start + value.index(",")))
    return extended if extended[1] > match.end("value") else match.span("value")


def caps_given_after(text: str, span: tuple[int, int]) -> tuple[int, int]:
    start, end = span
    if not text[start:end].isupper():
        return span
    given = CAPS_GIVEN_AFTER.match(text, end)
    if given is None or any(
        len(w) < 2 or w.lower() in LABEL_WORDS or not token_is_name(w) for w in given.group(1).split()
    ):
        return span
    return start, given.end()


NEXT_IN_LIST = re.compile(r"[ \t]++(?:to|and|&)[ \t]++([A-Z][a-z'’-]++)(?![A-Za-z])")


BRACKETED_HAN_NAME = re.compile(rf"[ \t]?+[（(](?P<value>[{HAN}]{{2,4}}+)[）)]")


ZH_LIST_JOINERS = "、和跟与與及"


def zh_name_in_list(text: str, end: int) -> tuple[int, int] | None:
    """A full Chinese name listed after a name just found (田巧云和謝振邦, 万淑芬、邓丽华, 早班 周馮玉蓮、岑连生):
    a surname and two given characters, no word of the dictionary, and no common word for a given name."""
    if end >= len(text) or text[end] not in ZH_LIST_JOINERS:
        return None
    start = end + 1
    stop = zh_name_end(text, start)
    if stop is None or stop - start - surname_length(text, start) != 2:
        return None
    if not name_shaped(text, start, stop) or lexicon.is_chinese_word(text[stop - 2 : stop], 30):
        return None
    if not all(char in v.GIVEN_CHARS for char in text[stop - 2 : stop]):
        return None  # 甘露醇、万古霉素, 王芳、余无特殊: a drug, a phrase
    return start, stop


# A list of people where one is found (蒙军、[邓丽华]、林森和[熊静]三人): the items beside a name, bounded
# by the list's joiners, punctuation or a count of the people listed, that have a name's shape (`zh_list_person`).
ZH_LIST_EDGE = re.compile(rf"[^{HAN}]|[{ZH_LIST_JOINERS}]")
ZH_LIST_COUNT = re.compile(r"(?:[一两二三四五六七八九十几]|等)[人位名个]|等|都|均|一起|共同|同时|分别|轮流|陪")
ZH_LIST_NOT_PEOPLE = frozenset(
    v.with_traditional(
        (
            *"家人 家属 孩子 大家 我们 他们 她们 你们 同事 朋友 病友 患者 病人 护工 保姆 老人 别人 本人 自己".split(),
            *"其他 其他人 医生 护士 主任 老师 师傅 阿姨 叔叔 爷爷 奶奶 外婆 外公 老伴 小孩".split(),
        )
    )
)


# A word of the dictionary is a list's person only where jieba knows it as a name and it is not an everyday word
# (林森 26, 常青 304, 田野 360; not 明天, 安全, 文明 6584, 长春, a place).
LIST_WORD_NAME_MAX = 1000


# What a patent medicine's name ends with (安宫牛黄丸, 逍遥散, 六味地黄丸): no one's name in a list.
FORMULA_ENDS = "丸散丹膏"


def zh_list_person(item: str) -> bool:
    """Whether a list's item beside a name can be a person: a surname and one or two characters names
    are made of, a given name of two, a pet name (阿青, 小敏, 老周) or a minority name; no role, relation
    or title (护士长, 家属), no herb or medicine, no everyday word or place (明天和王建国, 李明、长春)."""
    if not 2 <= len(item) <= 4 or not all(is_han(c) for c in item):
        return False
    if item in ZH_LIST_NOT_PEOPLE or item in v.ZH_TITLES or item in v.ZH_CUES:
        return False
    if lexicon.is_dictionary_word(item) and not rare_person_word(item, LIST_WORD_NAME_MAX):
        return False
    if item in v.ZH_HERBS or item in v.ZH_DRUGS_LIKE_NAMES or HERB.fullmatch(item) or item[-1] in FORMULA_ENDS:
        return False
    if minority_name_end(item, 0, 1) == len(item):
        return True
    length = surname_length(item, 0)
    if length and 1 <= len(item) - length <= 2 and all(c in v.GIVEN_CHARS for c in item[length:]):
        return True
    if len(item) == 2 and item[0] in "阿小":
        return item[1] in v.GIVEN_CHARS or item[1] in v.SURNAMES  # 阿青, 小敏
    if len(item) == 2 and item[0] == "老":
        return item[1] in v.SURNAMES  # 老周
    return len(item) == 2 and all(c in v.GIVEN_CHARS for c in item)  # 文华, 冠宇


def zh_listed_after(text: str, end: int) -> tuple[int, int] | None:
    """The next item of a list after a name that ends at `end` (熊国庆、阚思远; 孙强、陈静三人), if a person's."""
    if end >= len(text) or text[end] not in ZH_LIST_JOINERS:
        return None
    start = end + 1
    edge = ZH_LIST_EDGE.search(text, start, start + 6)
    stop = edge.start() if edge is not None else min(len(text), start + 6)
    count = ZH_LIST_COUNT.search(text, start + 2, stop)
    if count is not None:
        stop = count.start()
    return (start, stop) if zh_list_person(text[start:stop]) else None


def zh_listed_before(text: str, start: int) -> tuple[int, int] | None:
    """The item of a list before a name that begins at `start` (蒙军、[邓丽华], 田野和[熊静]), if a person's:
    the characters back to the list's previous joiner or punctuation, or else the two or three before
    the joiner where they make a name's shape and begin no word's end (参加讨论的有蒙军; not 谢郝芳 in 感谢郝芳)."""
    if start < 3 or text[start - 1] not in ZH_LIST_JOINERS:
        return None
    end = start - 1
    begin = end
    while begin > 0 and end - begin < 5 and is_han(text[begin - 1]) and text[begin - 1] not in ZH_LIST_JOINERS:
        begin -= 1
    if end - begin <= 4 and (begin == 0 or not is_han(text[begin - 1]) or text[begin - 1] in ZH_LIST_JOINERS):
        return (begin, end) if zh_list_person(text[begin:end]) else None
    for length in (3, 2):  # a list run into the words before it: its first item's name shape alone
        if end - length >= begin and name_shaped(text, end - length, end) and not inside_word(text, end - length):
            return end - length, end
    return None


def han_name_before_romanised(text: str, start: int) -> tuple[int, int] | None:
    """The Chinese name a romanised one in brackets spells (陳子謙（Chan Tsz-him）, 李伟 (Li Wei)): as many Han
    characters before the bracket as the name has syllables, a surname first."""
    if start < 3 or text[start - 1] not in "（(":
        return None
    end = start - 1
    if text[end - 1] in " \t":
        end -= 1
    close = text.find(")" if text[start - 1] == "(" else "）", start, start + 40)
    if close == -1:
        return None
    syllables = len(re.split(r"[ \t-]+", text[start:close].strip()))
    begin = end - syllables
    if not 2 <= syllables <= 4 or begin < 0 or not all(is_han(c) for c in text[begin:end]):
        return None
    if begin and is_han(text[begin - 1]) and text[begin - 1] not in "：:是叫为":
        return None  # the characters go on before: no name of its own begins there
    length = surname_length(text, begin)
    han = text[begin:end]
    if han in v.ZH_DRUGS_LIKE_NAMES or (lexicon.is_dictionary_word(han) and not rare_person_word(han)):
        return None  # 胡椒（Wu Jiu）, 黄道益（Wong To Yick）, 东华 (Tung Wah) 医院: a word, a brand, a place
    return (begin, end) if length and given_chars_ok(text, begin + length, end) else None


PINYIN_IN_BRACKETS = re.compile(r"[ \t]*+[(（]([A-Z][a-z]++(?:[ \t-][A-Za-z][a-z]++){0,3})[)）]")
INITIALS_IN_BRACKETS = re.compile(r"[ \t]*+\(([A-Z]{2,4})\)")


def name_after_name(text: str, end: int, start: int | None = None) -> tuple[int, int] | None:
    """A given name joined to a name just found ("Handed over by Imogen to Bartholomew", "Ann and Joe"), a full
    Chinese name listed after it (`zh_name_in_list`), the name's initials in brackets ("B. T. Gallagher (BTG)"),
    or the same person's name in Chinese characters in brackets after it ("Patient: CHAN Tai Man（陳志明）")."""
    if is_han(text[end - 1]) and (listed := zh_name_in_list(text, end)) is not None:
        return listed
    if is_han(text[end - 1]) and (romanised := PINYIN_IN_BRACKETS.match(text, end)) is not None:
        words_ = romanised.group(1).replace("-", " ").split()
        syllables = sum(pinyin_syllable_count(word) or 99 for word in words_)
        if syllables == end - start if start is not None else False:
            return romanised.span(1)  # 安宁 (An Ning), 毛文华 (Mao Wenhua): the same name spelt in pinyin
    initials = INITIALS_IN_BRACKETS.match(text, end)
    if initials is not None and start is not None:
        capitals = "".join(c for c in text[start:end] if c.isupper())
        if capitals == initials.group(1):
            return initials.span(1)
    bracketed = BRACKETED_HAN_NAME.match(text, end)
    if bracketed is not None:
        start, stop = bracketed.span("value")
        if lexicon.is_proper_noun(text[start:stop]) and not lexicon.is_person_name(text[start:stop]):
            return None  # 群昵称：白雪（金华）: where the person lives, a city
        if zh_name_end(text, start) == stop or minority_name_end(text, start) == stop:
            return start, stop
    found = NEXT_IN_LIST.match(text, end)
    if found is None or not alone_name(found.group(1)):
        return None
    return None if followed_by_organisation(text, found.end(1)) else found.span(1)


# Verbs that follow a person's name in a report ("Patricia says", "Omar denied").
REPORTING_VERBS = (
    "says",
    "said",
    "reports",
    "reported",
    "told",
    "tells",
    "asked",
    "asks",
    "called",
    "calls",
    "mentioned",
    "mentions",
    "thinks",
    "thought",
    "feels",
    "felt",
    "wants",
    "wanted",
    "noticed",
    "notes",
    "noted",
    "stated",
    "states",
    "denies",
    "denied",
    "agrees",
    "agreed",
    "explained",
    "wrote",
    "writes",
    "complains",
    "complained",
    "confirmed",
    "confirms",
    "admits",
    "admitted",
    "prefers",
    "refused",
    "refuses",
    # what a colleague or a relative did (scrubber 15: "Grace drives Mum", "Hafiz reviewed him")
    "drives",
    "drove",
    "reviewed",
    "phoned",
    "rang",
    "emailed",
    "texted",
    "paged",
    "helps",
    "helped",
    "visited",
    "advised",
    "suggested",
    "recommended",
    "prescribed",
    "explained",
    "agreed",
    # what a patient did or how they were (round 15: "Kwame described", "Hui managed 20 metres", "Piotr was seen")
    "described",
    "describes",
    "managed",
    "manages",
    "walked",
    "slept",
    "tolerated",
    "completed",
    "attended",
    "remains",
    "remained",
    "was seen",
    "was reviewed",
    "was admitted",
    "was discharged",
    "was unsettled",
    "was settled",
)
NICKNAME_FOLLOWERS = "说讲问告让叫给和跟也都在是的呢啊吧呀哥姐今昨明刚又已还就要会"


def plain_name_word(word: str) -> bool:
    """A capitalised word that may be a name and is not an everyday word that is in the names list too."""
    return token_is_name(word) and word not in lexicon.EN_WORDS_IN_NAME_LIST and word.lower() not in SPECIES


# Given names that are also everyday or clinical words (General condition: Fair, Iris, Nil, Summer):
# never taken as a name on their own, without a surname or a cue.
EVERYDAY_GIVEN_NAMES = frozenset(
    """
    fair done nil summer spring autumn winter iris sage basil olive coral pearl ivy amber cherry heather rosemary hazel
    violet daisy poppy holly dawn eve grace faith joy hope penny crystal sandy rusty dusty misty stormy bud chip buck
    art rich grant lance miles mark bill frank sterling major georgia virginia carolina florence sydney austin dallas
    houston jordan kent lincoln warren marion shelby august june april may sunny honey
    """.split()
)


def alone_name(word: str) -> bool:
    """A word that is a name even with nothing around it to say so: a given name, and no everyday word."""
    return is_given_name(word) and plain_name_word(word) and word.lower() not in EVERYDAY_GIVEN_NAMES


# Species after a genus initial (S. Aureus, C. Diff): an initial and a capitalised word, but no person.
SPECIES = frozenset(
    """
    aureus coli pylori aeruginosa pneumoniae difficile diff tuberculosis faecalis faecium meningitidis fragilis albicans
    epidermidis pyogenes agalactiae influenzae gonorrhoeae trachomatis vulgaris mirabilis cloacae baumannii maltophilia
    jirovecii neoformans fumigatus marcescens perfringens botulinum tetani monocytogenes typhi enteritidis jejuni cholerae
    pallidum burgdorferi vaginalis lamblia histolytica vivax falciparum sapiens fib flutter
    """.split()
)
# Words that take a letter after them (vitamin D, hepatitis B, type A): "vitamin D. Take" is no "D. Take".
LETTER_AFTER = frozenset(
    """
    vitamin vit hepatitis hep type grade class group stage plan part section schedule level zone ward bay bed room block
    wing floor category phase step annex appendix factor protein complex tier band option point site
    """.split()
)
PREVIOUS_WORD = re.compile(r"([A-Za-z]++)[ \t]*+$")


def initial_surname(text: str, match: re.Match) -> tuple[int, int] | None:
    """ "V. Oyebanji", "T. Osei": an initial and a surname, not a genus and species nor "vitamin D. Take"."""
    start = match.start("value")
    previous = PREVIOUS_WORD.search(text, max(0, start - 20), start)
    if previous is not None and previous.group(1).lower() in LETTER_AFTER:
        return None
    surname = match.group("value").split(".")[1].strip()
    if len(surname) < 3 or not plain_name_word(surname) or followed_by_organisation(text, match.end("value")):
        return None
    return match.span("value")


def given_initial_surname(text: str, match: re.Match) -> tuple[int, int] | None:
    """ "Perpetua B. Yarborough": a name word, a middle initial and a surname."""
    tokens = match.group("value").split()
    if not (token_is_name(tokens[0]) and plain_name_word(tokens[-1])):
        return None
    return None if followed_by_organisation(text, match.end("value")) else match.span("value")


# Malaysian and Singaporean names say whose child the person is: a/l (anak lelaki), a/p (anak perempuan),
# s/o, d/o, bin, binti ("Muthu Krishnan a/l Ramasamy", "Siti Nurhaliza binti Ahmad"). Notes write s/o for
# "suggestive of", a/p for "assessment and plan" and bin for a bin (Fever s/o Malaria, Sharps bin Full): a
# particle makes a name only beside a word that is a given name.
# How much of the text after a father's name can say it is a disease's eponym (Bell Palsy, … Syndrome).
EPONYM_NOUN_REACH = 40
PATRONYMIC = r"(?:a/l|a/p|s/o|d/o|bin|binti|binte|bte|bt|Bin|Binti|BIN|BINTI)"
# Malay, Tamil and South African given names the given-names list lacks: evidence for a particle beside them and
# for a consent form's signatory.
EXTRA_GIVEN_NAMES = frozenset(
    """
    siti nur nurul nor noor mohd muhd muhammad mohamad mohamed mohammad ahmad abdul abu ali aminah fatimah zainab
    aisyah nurhayati nurhaliza azlina azman azlan faizal hafiz hamid hashim ismail osman yusof yusoff salleh rahman
    rahim razak ibrahim hassan hussein ganesan velu muniandy ramasamy pillai raj rajendran kumar muthu krishnan
    subramaniam suppiah letchumy devi selvam arumugam murugan rajan maniam kannan chandran munusamy perumal
    govindasamy karuppiah nadarajah letchumanan ponnusamy raman gopal nair menon naidu singh kaur saraswathy
    letchumi kamala malar vasantha lakshmi meena selvi rani valli
    precious lindiwe sipho thandiwe nomvula zanele bongani lerato thabo themba nokuthula sibusiso kgomotso
    """.split()
)


def given_name_evidence(word: str) -> bool:
    return word.lower() in EXTRA_GIVEN_NAMES or lexicon.is_given_name(word.capitalize())


def patronymic_evidence(before: list[str], particle: str, father: list[str], after: str = "") -> bool:
    """Whether the words around a particle make a name: the father's are names' (no disease's eponym
    before its noun: Bloods s/o Addison Disease), and a given name stands on the father's side after
    s/o, d/o, a/l and a/p (Mr Jones s/o Pneumonia: suggestive of; Mark a/p Shift: assessment and plan),
    on the child's after bin and binti (Sharps bin Grace said)."""
    if not father or not all(plain_name_word(t) for t in father):
        return False
    if any(t in v.DISEASE_EPONYMS for t in father) or EPONYM_NOUN.match(" ".join(["", *father[1:]]) + after):
        return False
    return any(map(given_name_evidence, father if "/" in particle else before))


def patronymic_name(text: str, match: re.Match) -> tuple[int, int] | None:
    """A given name, its particle and the father's name, where a word of them is a given name's; the
    words before that are no names (a form's label, "Beneficiary", a title such as Encik) left out."""
    tokens = match.group("value").split()
    particle = next(i for i, t in enumerate(tokens) if re.fullmatch(PATRONYMIC, t))
    before, father = tokens[:particle], tokens[particle + 1 :]
    if not patronymic_evidence(
        before, tokens[particle], father, text[match.end("value") : match.end("value") + EPONYM_NOUN_REACH]
    ):
        return None
    first = next((i for i, t in enumerate(before) if given_name_evidence(t)), len(before) - 1)
    if not all(token_is_name(t) for t in before[first:]):
        return None
    start = match.start("value") + len(" ".join(tokens[:first])) + (1 if first else 0)
    return start, match.end("value")


# Mary-Jane, O'Neill, or in capitals as forms print them (PRECIOUS KHUMALO)
CONSENT_WORD = r"(?:[A-Z][a-z]*+(?:['’][A-Z]?[a-z]++)?(?:-[A-Z]?[a-z]++)?|[A-Z]{2,}+(?:['’-][A-Z]++)?(?![a-z]))"


def consenting_name(text: str, match: re.Match) -> tuple[int, int] | None:
    """ "I, Precious Khumalo, agree to be tested": a consent form's signatory, each word a name's."""
    words_ = [word.title() if word.isupper() else word for word in match.group("value").split()]
    if not (given_name_evidence(words_[0].split("-")[0]) and all(map(token_is_name, words_))):
        return None  # I, Chronic Kidney Disease,: no given name first
    return match.span("value") if plain_name_word(words_[-1]) else None


def lineage_word(pair: str) -> bool:
    """A word of the dictionary that names no one (宗祠, 祖传), after 阮氏 or 黎氏: a clan's, not a woman's name."""
    return (
        len(pair) == 2
        and lexicon.is_dictionary_word(pair)
        and (not lexicon.is_person_name(pair) or lexicon.frequency(pair) >= RARE_PERSON_WORD_AFTER_CLAN)
    )


#: jieba tags some clan words as names too (宗祠 38, 祖传 148); a name it knows is rarer (秋香 4).
RARE_PERSON_WORD_AFTER_CLAN = 20


def vietnamese_han_name(text: str, match: re.Match) -> tuple[int, int] | None:
    """阮氏兰, 黎氏秋香: a Vietnamese woman's name written in Chinese (Nguyễn Thị Lan), 氏 the middle
    name thị, not a lineage (阮氏家族): one or two given-name characters follow, the second not the
    start of a word."""
    start, end = match.span("value")
    given = text[start + 2 : end]
    if given[0] not in v.GIVEN_CHARS or starts_with_word(text, start + 2) or lineage_word(given[:2]):
        return None  # 阮氏家族, 黎氏宗祠, 阮氏祖传: a lineage's word
    if len(given) == 2 and (
        given[1] not in v.GIVEN_CHARS
        or starts_with_word(text, start + 3)
        or lexicon.is_dictionary_word(text[start + 3 : start + 5])
    ):
        end -= 1
    return start, end


def en_speaker(text: str, match: re.Match) -> tuple[int, int] | None:
    """A speaker's label at the start of a line ("Niamh: ...", "percy: ...", "[10:02] Ama Owusu: ..."):
    a given name, a word that the conversation also uses as a name without a colon ("did Ngozi get
    the letter"), or a lowercase one that speaks more than once in a chat log ("dong-hyun: ...")."""
    end = match.start()
    start = word_start_before(text, end)
    word = text[start:end]
    if not word or not line_opens_before(text, start):
        if word and word[0].isupper() and text[start - 1 : start] in " \t":
            return two_word_speaker(text, start, end)
        return None
    if word.islower():
        if len(word) < 3 or not token_is_name(word) or word.strip("'’-") != word:
            return None
        if len(word) >= 4 and lowercase_given_name(word):
            return start, end
        return (start, end) if speaks_again(text, start, end) else None
    if not word[0].isupper() or word.isupper() or not plain_name_word(word) or word.lower() in FIELD_LABELS:
        return None  # "Age: 67   Sex: M": a form's field
    return (start, end) if alone_name(word) or mentioned(text, word, start, end) else None


def word_start_before(text: str, end: int) -> int:
    start = end
    while start > max(0, end - 30) and (
        text[start - 1].isascii() and (text[start - 1].isalpha() or text[start - 1] in "'’-")
    ):
        start -= 1
    return start


def line_opens_before(text: str, start: int) -> bool:
    """Whether a line (or a turn, or a bracketed time stamp) opens right before `start`, spaces aside."""
    limit = max(0, start - 30)
    while start > limit and text[start - 1] in " \t":
        start -= 1
    return not start or text[start - 1] in LINE_OPENERS


def mentioned(text: str, word: str, start: int, end: int) -> bool:
    """Whether `word` appears near `start` other than as a label (within a window, so that a text of
    many labels costs no more than a text of few), and not where every word is capitalised: the
    start of a sentence, a line or a field's value ("Course: Admitted with fever", "Reply C to
    cancel" are no mentions of a speaker called Admitted or Reply)."""
    mention = re.compile(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z:：])")
    windows = ((max(0, start - SPEAKER_WINDOW), start), (end + 1, end + SPEAKER_WINDOW))
    return any(not opens_sentence(text, m.start()) for a, b in windows for m in mention.finditer(text, a, b))


def opens_sentence(text: str, position: int) -> bool:
    """Whether a sentence, a line or a field's value begins at `position` (spaces and quotes aside)."""
    limit = max(0, position - 10)
    while position > limit and text[position - 1] in " \t\"'“‘(":
        position -= 1
    return not position or text[position - 1] in SENTENCE_ENDS


SENTENCE_ENDS = frozenset(".!?:;\n\x00。！？：；")


def speaks_again(text: str, start: int, end: int) -> bool:
    """Whether the label at `start` opens another line of the conversation too (a chat log's speaker)."""
    label = re.compile(rf"(?:^|[\n\x00])[ \t]{{0,30}}+{re.escape(text[start:end])}[ \t]{{0,30}}+[:：]")
    return bool(
        label.search(text, max(0, start - SPEAKER_WINDOW), max(0, start - 1))
        or label.search(text, end, end + SPEAKER_WINDOW)
    )


def two_word_speaker(text: str, start: int, end: int) -> tuple[int, int] | None:
    """ "[10:02:31] Oluwaseun Adeyemi: yes doc": a given name and a surname that open a line, when the
    conversation names the pair elsewhere too or the first word is a given name."""
    first_end = start - 1
    first_start = word_start_before(text, first_end)
    first, second = text[first_start:first_end], text[start:end]
    if (
        not first
        or not line_opens_before(text, first_start)
        or not all(w[0].isupper() and not w.isupper() and plain_name_word(w) for w in (first, second))
    ):
        return None
    if alone_name(first) or mentioned(text, f"{first} {second}", first_start, end):
        return first_start, end
    return None


SPEAKER_WINDOW = 2000


VOCATIVE_BEFORE = ":,—–-(\n\x00"


def given_name_alone(text: str, match: re.Match) -> tuple[int, int] | None:
    """A known given name on its own where one addresses or signs ("Reminder: Rufus, your...",
    "HV: Marguerite, contact via ...", "Speaking, Barnaby here.")."""
    start = match.start("value")
    name = match.group("value")
    if not alone_name(name) or after_saint(text, start):
        return None
    before = text[max(0, start - 3) : start].rstrip(" \t")
    if SURNAME_GIVEN_FIELD.match(text, match.end("value")):
        return None  # "- Chukwuemeka, Ngozi -": a surname before its given name, a field of a header
    return match.span("value") if not before or before[-1] in VOCATIVE_BEFORE else None


SURNAME_GIVEN_FIELD = re.compile(r"[ \t]*+,[ \t]*+[A-Z][a-z'’-]++[ \t]++[-–—|][ \t]")


def en_sign_dash(text: str, match: re.Match) -> tuple[int, int] | None:
    """ "... can she take ibuprofen too? - farida": a given name after a dash at the end of a message."""
    name = match.group("value")
    known = lowercase_given_name(name) if name.islower() else alone_name(name)
    return match.span("value") if known and token_is_name(name) else None


# An age or sex after a name (Oluwaseun Kilbride, 81yo; Saoirse Ainsworth (34-year-old).
EN_AGE = r"[ \t]*+[,(][ \t]*+\d{1,3}[ \t-]?+(?:yo\b|y/o|y\.o\.|yrs?\b|years?\b|year-old)"
EN_AGE_WORDS = ("yo", "y/o", "y.o.", "yr", "year")
# Double surnames that are rarely anything else: one followed by a given name is a person without
# any cue (濮阳冬青; 濮阳市 is not: 市 ends no given name). Left out: those that are also words
# or ordinal phrases (第五天, 东方, 百里, 司马 ...); 上官, 夏侯, 令狐, 公孙 and 司徒 name people (scrubber 15).
DISTINCT_DOUBLE_SURNAMES = v.DOUBLE_SURNAMES - frozenset(
    "东方 第五 百里 东门 西门 南门 东郭 长孙 单于 司空 司马 南宫 太叔 独孤 完颜 公西 段干 归海 梁丘 左丘 微生 子车 羊舌 宗政 公良 乐正 夹谷 谷梁 第五".split()
)
# Words a name's last given character may begin with what follows it (上官敏|明早, 司徒鹏|无法).
TIME_WORDS = v.with_traditional(
    (
        "明早",
        "明天",
        "明晚",
        "今天",
        "今早",
        "今晚",
        "昨天",
        "昨晚",
        "后天",
        "前天",
        "无法",
        "没法",
        "不能",
        "可以",
        "已经",
    )
)


# Double surnames whose characters end and begin everyday words (早上|官方, 老公|孙女, 上司|徒弟): a name only
# after a break or a verb that takes a person.
WORD_LIKE_DOUBLES = frozenset(v.with_traditional(("上官", "公孙", "司徒", "夏侯", "令狐")))


def double_surname_name(text: str, match: re.Match) -> tuple[int, int] | None:
    """A distinctive double surname and its given name (上官敏, 司徒鹏), cut before a common word that the last
    character starts (上官敏|明早, 司徒鹏|无法), and not a word of the dictionary (公孙树, the ginkgo)."""
    start = match.start()
    before = text[start - 1] if start else ""
    end = zh_name_end(text, start)
    if end is None or lexicon.is_dictionary_word(text[start : start + 3]):
        return None
    if (
        text[start : start + 2] in WORD_LIKE_DOUBLES
        and before
        and is_han(before)
        and before not in BARE_NAME_BEFORE
        and not text.startswith(v.ZH_TITLES, end)
    ):
        return None  # 早上官方, 外公孙女, 上司徒弟: two words that meet (皮肤科公孙平安医生: a title says who)
    if end - start == 4 and (verb_at(text, end - 1) or text[end - 1 : end + 1] in TIME_WORDS):
        end -= 1
    return start, end


# After a name: an age or sex (祝雪懿，44岁; 王芳，女), a greeting in a message (康珂，您的检查...), or a
# record number in brackets (钟离德昌（登记号ZY04422525）).
AFTER_NAME = r"[，,、（(\s]\s?(?:男|女|\d{1,3}\s?岁)|[，,]\s?(?:您|你好)|[（(](?:登记号|病历号|住院号|门诊号|就诊卡号|卡号|ID|MRN|(?:身份证|证件|护照|电话|手机|出生|生于)[号码：:\s]*+[\dA-Za-z])|[ \t]{1,4}+(?:患者ID|病人ID|病案号|病历号|住院号|门诊号|诊疗卡号|就诊卡号|登记号)[:：]?[ \t]{0,4}+[\dA-Za-z]"


# After a name, what only a person has: a phone in brackets (柳建新（0551-6389 2210）), a kin word after 之
# (韶光明之父), an obstetric formula (练小燕 G2P1), a year of birth (李明1962年出生), being spoken to (张伟，你).
PERSON_AFTER = (
    r"[（(][ \t]*+\+?\d(?:[ \t-]?+\d){6,15}+[ \t]*+[）)]|之[父母兄弟姐妹妻夫子女]|[ \t]{1,4}+G\d{1,2}P\d"
    r"|(?:19|20)\d\d年(?:出生|生)|[，,][ \t]?你(?![们們])|[ \t，,][ \t]?[MF][ \t]?/[ \t]?\d{1,3}(?![\d/])|[，,]孕\d{1,2}(?:\+\d)?周"
)


# What follows a case narrative's subject: a time, a report, an act (王平3天前淋雨后…, 高峰今日体温正常).
SUBJECT_NEXT = (
    r"(?:今日|今晨|今天|昨日|昨天|昨晚|前天|近日|近期|\d{1,2}[天日周月年]前|[一二三四五六七八九十两半]{1,2}[天日周月年]前"
    r"|入院|术后|诉|自诉|自服|自行|要求|出现|来诊|就诊|表示|拒绝|同意|仍|已|再次)"
)
NARRATIVE_SUBJECT = re.compile(rf"(?:^|(?<=[\n\x00。！？；：:]))([{HAN}]{{2,3}}?)(?={SUBJECT_NEXT})")


def narrative_subject(text: str, match: re.Match) -> tuple[int, int] | None:
    """A case narrative's subject written twice at a clause's start (王平3天前淋雨…。王平自服…): a person's name,
    even one that is a word too (高峰, 黎明), where jieba tags it as a name or it is shaped as one."""
    start, end = match.span("value")
    value = text[start:end]
    if not surname_length(text, start) or not (lexicon.is_person_name(value) or name_shaped(text, start, end)):
        return None
    if narrative_subjects(text)[value] < 2:
        return None
    return start, end


@lru_cache(maxsize=2)
def narrative_subjects(text: str) -> Counter:
    """How often each run stands as a narrative's subject in `text` (counted once a text, not once a match)."""
    return Counter(found.group(1) for found in NARRATIVE_SUBJECT.finditer(text))


# --- verb frames that mark a person with no cue word (给X打电话, 和X一起来, 由X送来, 交：X 接：Y) ------
# Each frame is a left part, the name, and the right part it must be followed by; what stands between
# must be a whole name with no word of the dictionary in it (`frame_name`), so that 给医生打电话,
# 和家人一起, 由急诊送来 and 交给药房 stay as written.
_NAME_END = r"(?:[，,。；;！!？?、\n\x00 \t]|$)"
_PERSON_FRAMES = (
    # (name of the group, left part, what must follow the name)
    ("call", r"给", r"(?:家里)?(?:打|回)(?:了|过)?电话"),
    # 一起 only before coming, going, bringing: 和华法林一起吃, 和胡萝卜一起煮 join things, not people;
    # no 沟通 either (与左心房沟通, 与门静脉沟通: a channel between organs)
    ("together", r"[和跟与]", r"(?:一起|一块)(?:来|去|过来|过去|送|陪|到|回|看|商量|讨论)|讨论|商量|商议"),
    ("brought", r"由", r"(?:开车|開車|驾车|駕車|骑车|打车)?(?:送来|送入|送至|送到|护送|陪同|陪伴|带来)"),
    ("companion", r"同行[：:]?[ \t]*+|同来[：:][ \t]*+", _NAME_END),
    ("asked", r"问过", r"[，,。；;]"),
    ("handed", r"交给", r"(?:了|看|[，,。；;]|$)"),
    ("tomorrow", r"让", r"(?:明早|明天|明晚|今晚|后天)"),
    ("sibling", r"我(?:弟|妹|姐|哥)(?![弟妹姐哥夫媳嫂们])", r"[陪说也来今昨在，,。的和带送是]"),
    ("reported", r"据", r"(?:讲|说|反映|介绍)"),
    ("answered", r"[，,。）)]", r"接的"),
    ("handover", r"(?<![\u4e00-\u9fff])[交接][：:][ \t]*+", _NAME_END),
    ("signature", r"(?:^|[\n\x00])[ \t]*+(?:——|--|—)[ \t]*+\n?[ \t]*+", r"[ \t]*+(?:\n|\x00|$)"),
)
# The last character of a place or an office (交给付费处, 由急救站送来), which a frame holds as often as a person.
_PLACE_ENDS = "处科室部站所院馆厅局组"
# jieba tags some places and kin as names (秦皇岛, 连云港, 曾祖母): an entry this frequent names no one here.
_FRAME_WORD_FREQUENCY = 8
# Adverbs that make a word with the left part (还给, 就让) but stand before it here: 昨天还给X打电话.
_ADVERBS_BEFORE_FRAME = frozenset("还也都就再又先刚才")
_FRAME_RIGHT = {group: re.compile(right) for group, _left, right in _PERSON_FRAMES}
# The right part in the pattern too, so that the check runs only where a whole frame stands.
_FRAME_LEFT = "|".join(f"(?P<{group}>{left})(?=[{HAN}]{{2,4}}?(?:{right}))" for group, left, right in _PERSON_FRAMES)


def frame_name(text: str, match: re.Match) -> tuple[int, int] | None:
    """The name a verb frame holds (给戴斌打电话, 我和邓军一起来, 由逄婷送来, 交：公孙萍 接：西门超, a
    signature line after "——"): the shortest whole name (`name_shaped`) that the frame's right part
    follows, with no title (跟王医生讨论 is the title rule's), herb or thing (和黄芪一起, 和利尿剂一起) in it,
    after a left part that ends no word (自由, 供给, 缓和)."""
    group = match.lastgroup
    left = match.start(group)
    if (
        len(match.group(group)) == 1
        and left
        and is_han(text[left - 1])
        and text[left - 1] not in _ADVERBS_BEFORE_FRAME
        and lexicon.is_chinese_word(text[left - 1 : left + 1], 100)
    ):
        return None  # 自由送来, 供给, 缓和: the left part ends a word
    start = match.end(group)
    right = _FRAME_RIGHT[group]
    for end in range(start + 2, min(len(text), start + 4) + 1):
        if not right.match(text, end):
            continue
        value = text[start:end]
        if (
            not name_shaped(text, start, end)
            or any(value[i : i + 2] in TITLE_PREFIXES for i in range(1, len(value) - 1))
            or value[-1] in THING_ENDS
            or value[-1] in _PLACE_ENDS
            or lexicon.frequency(value) >= _FRAME_WORD_FREQUENCY
            or ((herb := HERB.match(text, start)) is not None and herb.end() >= end)
            or eponym_follows(text, end, start)
        ):
            return None
        return start, end
    return None


# --- round 11: names by what stands around them in records and chats -------------------------------
# A sex and age right after a name in a record's header or a handover (ZHOU, Shufen (F, 84); S: KULKARNI
# Sanjay, 72M; Nguyen Thi Lan (F, 67)): two or more name words before it are the patient.
EN_SEX_AGE = (
    r"[ \t]*+(?:\((?:M|F|Male|Female)[ \t]*+[,/][ \t]*+\d{1,3}(?:[ \t]?+(?:y|yo|yrs?))?\)"
    r"|\(\d{1,3}[ \t]?+[MF]\)|,[ \t]*+\d{1,3}[ \t]?+[MF](?![A-Za-z]))"
)
COMMA_NAME = r"[A-Z][A-Za-z'’-]++,[ \t][A-Z][A-Za-z'’-]++(?:[ \t][A-Z][A-Za-z'’-]++)?"


def name_before_sex_age(text: str, match: re.Match) -> tuple[int, int] | None:
    """Two or more words before a sex and age that name a person: one of them a known given name
    (KULKARNI Sanjay, Nguyen Thi Lan), or a pinyin surname and given name (ZHOU, Shufen). Title-case
    diagnoses and ward words stand there as often ("Chest Pain, 72M", "Day Case (M, 30)")."""
    found = en_name_at(text, match.start("value"), match.group("value"))
    if found is None:
        return None
    words = [word.strip(",.") for word in text[found[0] : found[1]].split()]
    if len(words) < 2:
        return None
    if any(
        is_given_name(word.capitalize()) and word.capitalize() not in lexicon.EN_WORDS_IN_NAME_LIST for word in words
    ):
        return found
    surname, *given = (word.lower() for word in words)
    if surname in PINYIN_SURNAMES and all(1 <= pinyin_syllable_count(word) <= 2 for word in given):
        return found
    return None


# A known given name as the subject of where someone lives, in a visit's or a social history's note
# ("Graham lives at 68 Hazel Close with her husband", "Ulrich lives alone").
LIVES_VERBS = ("lives", "lived", "resides", "is living", "stays")
GIVEN_NAME_LIVES = rf"(?<![A-Za-z'’-])(?P<value>[A-Z][a-z'’-]++)(?=[ \t]++(?:{words(LIVES_VERBS)})[ \t]++(?:at|in|on|with|alone|by)(?![A-Za-z]))"


def given_name_lives(text: str, match: re.Match) -> tuple[int, int] | None:
    value = match.group("value")
    if value.lower() in NOT_NAMES or not is_given_name(value):
        return None
    return match.span("value")


# A relative called by her given name in a family's chat (大姐：德胜你去拿药; 雅婷说周末回来): two
# characters of given names, no word of the dictionary, where a clause begins, before 你 and a verb or
# before 说. The name is then replaced wherever it occurs (the speakers' labels too).
GIVEN_NAME_CALLED = (
    rf"(?:^|(?<=[\n\x00：:，,。！!？?；; \t]))(?P<value>[{HAN}]{{2}})"
    r"(?=你(?:去|别|来|帮|先|快|把|给|也|还|就|要|不|在|看|拿|陪|明天|今天|下午|晚上)|说(?:周|今|明|下|上|他|她|要|会|不|让))"
)


def given_name_called(text: str, match: re.Match) -> tuple[int, int] | None:
    return match.span("value") if given_name_word(match.group("value")) else None


# A nickname signing a message (……麻烦崔医生看一下。——小萍; 牙龈出血。阿兰; 我是敏妹): 小 or 阿 and a
# given name's character, or that character and 哥/姐/妹/弟, after a dash or the end of a sentence, at
# the end of the message, or after 我是.
SIGNED_NICKNAME = (
    rf"(?:(?:——|—|--)[ \t]*+|(?<=[。！!？?~～])[ \t]*+|我是)(?P<value>[小阿](?P<given>[{HAN}])|(?P<first>[{HAN}])[哥姐妹弟])"
    r"(?=[ \t]*+(?:\n|\x00|$)|(?<=我是..)[，,。])"
)


EVERYDAY_BEFORE_SIBLING = frozenset("学帅表堂大二三四小老宝师靓美俊")
# 小 and a given name's character that the dictionary lacks but that are words (solar terms, sums, sizes),
# with those a nickname is never made of (NICKNAME_NOT_NAMES).
EVERYDAY_LITTLE_WORDS = NICKNAME_NOT_NAMES | frozenset(
    """小满 小雪 小寒 小暑 小年 小计 小修 小组 小区 小宝 小吃 小菜 小节 小结 小号 小伙 小将 小辈 小妹
    小弟 小哥 小生 小品 小型 小数 小量 小剂 小瓶 小包 小盒 小口 小步 小事 小病 小伤 小家 小城 小楼 小路 小桥 小雨
    小云 小风 小河 小海 小山 小林 小园 小院 小镇 小店 小馆 小票 小费 小额 小钱""".split()
)


def signed_nickname(text: str, match: re.Match) -> tuple[int, int] | None:
    char = match.group("given") or match.group("first")
    value = match.group("value")
    # After a dash a nickname of 哥/姐/妹/弟 signs even where the dictionary has it (——龙哥), but not a
    # kinship or everyday word (学姐, 帅哥, 表哥, 宝妹); 小X must be no word at all (小学, 小满, 小计).
    if match.group("first") is not None and char in EVERYDAY_BEFORE_SIBLING:
        return None
    signed = match.group(0)[0] in "—-" and match.group("first") is not None
    if (
        char not in v.GIVEN_CHARS
        or (not signed and lexicon.is_dictionary_word(value))
        or value in EVERYDAY_LITTLE_WORDS
    ):
        return None
    return match.span("value")


# "dr kaminski said to call", "hi dr okafor,": a lowercase chat's doctor, before a verb of speech or a comma.
DOCTOR_VERBS = ("wants", "asked", "recommended", "prescribed", "increased", "stopped")
LOWERCASE_DOCTOR = (
    r"(?<![A-Za-z])dr\.?[ \t]++(?P<value>[a-z][a-z'’-]{1,24}+)"
    rf"(?=[ \t]*+,|[ \t]++(?:{words(LOWERCASE_SPEECH_VERBS + DOCTOR_VERBS)})\b)"
)
NOT_DOCTORS = frozenset(
    """office appointment appt visit note notes letter team surgery clinic who and the never always later first
    maybe just still already also soon then now again often sometimes""".split()
)


def lowercase_doctor(text: str, match: re.Match) -> tuple[int, int] | None:
    value = match.group("value")
    if value in NOT_DOCTORS or value.endswith("ly") or not token_is_name(value):
        return None  # "my dr never said", "the dr actually said": an adverb
    return match.span("value")


NAME_RULES: tuple[Rule, ...] = (
    rule(
        "NAME",
        rf"(?:^|(?<=[\n\x00])|(?<=[:.;][ ]))I,[ \t]++(?P<value>{CONSENT_WORD}(?:[ \t]{CONSENT_WORD}){{1,3}})"
        r"(?=,|[ \t]++(?:\(|of\b|agree|consent|hereby|give|am\b|the\b|do\b|understand))",
        "I, Aa Bb ",
        consenting_name,
        needs="latin",
        triggers=("i,",),
    ),
    rule(
        "NAME",
        rf"(?P<value>[A-Z][a-z'’-]++(?:[ \t][A-Z][a-z'’-]++){{0,2}}[ \t]{PATRONYMIC}[ \t][A-Z][a-z'’-]++(?:[ \t][A-Z][a-z'’-]++)?)(?![A-Za-z])",
        "Aa s/o b",
        patronymic_name,
        needs="latin",
        word_start=True,
        triggers=("a/l", "a/p", "s/o", "d/o", " bin ", " binti ", " binte ", " bte ", " bt "),
    ),
    rule(
        "NAME",
        rf"(?<![A-Za-z'’-])(?P<value>{COMMA_NAME}|{EN_NAME}){EN_SEX_AGE}",  # not after "-": linear on A-B-C-...
        "Aa Bb (F, 8",
        name_before_sex_age,
        needs="latin digit",
        word_start=True,
    ),
    rule(
        "NAME",
        r"(?<![A-Za-z'’])(?P<value>[A-Z][a-z'’-]++,[ \t][A-Z][a-z'’-]++[ \t][A-Z]\.?)(?![A-Za-z])",
        "Smith, John ",
        surname_comma_given_initial,
        needs="latin",
        triggers=(",",),
    ),
    rule(
        "NAME",
        rf"\b(?:{words(any_case(NAME_LABELS))})[ \t]*+:[ \t]*+(?P<value>[A-Z][A-Za-z'’-]++,[ \t]*+[A-Z][A-Za-z'’-]++)",
        "Name: Smith, j",
        labelled_surname_given,
        needs="latin",
        triggers=(":",),
    ),
    rule(
        "NAME",
        rf"(?<![A-Za-z'’])(?P<value>(?P<surname>{EN_WORD}),[ \t]?(?P<given>[A-Z][A-Za-z'’-]++))(?![A-Za-z])",
        "Aa, Zz ",
        surname_comma_given,
        needs="latin",
        word_start=True,
        triggers=(",",),
    ),
    rule(
        "NAME",
        rf"(?:{words(v.ZH_CUES)})\s*+(?:\d[:：]\s*+|(?:是|为|[:：（(])\s*+)?(?=(?P<value>[{HAN}]))",
        "我叫：",
        zh_after_cue,
        needs="han",
        overlapping=True,
    ),
    rule("NAME", rf"@(?=(?P<value>[{HAN}]))", "@某", zh_after_cue, needs="han", triggers=("@",)),
    rule(
        "NAME",
        rf"(?P<value>[阮黎]氏[{HAN}]{{1,2}})",
        "阮氏族",
        vietnamese_han_name,
        needs="han",
        triggers=("阮氏", "黎氏"),
    ),
    # Hong Kong's and mixed text's titles after a surname (詹sir, 郭生 BP 成日都高, 陳生，你好): the surname
    # a token of its own, the title's end the token's.
    rule(
        "NAME",
        rf"(?<![{HAN}\d])(?P<value>[{HAN}]{{1,2}})(?:[ \t]?+(?:sir|Sir|SIR)(?![A-Za-z])|生)",
        "医生 ",
        surname_before_hk_title,
        needs="han",
        triggers=("sir", "生"),
    ),
    rule(
        "NAME",
        rf"(?P<value>([{HAN}])\2)(?=的?(?:{words(PET_KIN_AFTER)}))",
        "豆豆的姨",
        doubled_pet_name,
        needs="han",
        triggers=("妈", "爸", "奶", "爷", "外婆", "外公", "姥", "家长", "父", "母"),
    ),
    rule(
        "NAME",
        rf"(?P<value>([{HAN}])\2)",
        "豆",
        doubled_pet_name_subject,
        needs="han",
    ),
    rule(
        "NAME",
        r"(?<![A-Za-z'’.-])(?P<value>[A-Z][a-z'’-]++(?:[ \t][A-Z][a-z'’-]++)?)(?=[ \t]*+\()",
        "Aa (",
        name_before_identifier_bracket,
        needs="latin",
    ),
    rule(
        "NAME",
        rf"(?P<value>老[{''.join(sorted(v.SURNAMES))}])(?=[ \t]*+(?:你好|您好|你好呀|妳好))",
        "老王你",
        greeted_nickname,
        needs="han",
        triggers=("你好", "您好", "妳好"),
    ),
    rule(
        "NAME",
        rf"(?P<value>[小阿][{HAN}])(?=[ \t]*+(?:(?i:mummy|mommy|mum|mom|daddy|dad)(?![A-Za-z])|妈咪|媽咪|爹哋|爹地))",
        "小心 mum",
        pet_name_before_parent,
        needs="han latin",
        triggers=("mum", "mom", "dad", "咪", "爹"),
    ),
    rule(
        "NAME",
        rf"(?:叫|喊|管)(?:他|她)(?:做|作|叫)?(?P<value>([{HAN}])\2)",
        "叫他哈",
        doubled_pet_name,
        needs="han",
        triggers=("他", "她"),
    ),
    rule(
        "NAME",
        rf"(?:叫|喊|管)(?:他|她)(?:做|作|叫)?(?=(?P<value>[阿小老][{HAN}]))",
        "叫他小心",
        addressed_pet_name,
        needs="han",
        triggers=("他", "她"),
    ),
    # A duty roster's shift, then who works it (早班 周馮玉蓮、岑连生；夜班 鄭羅碧霞): after a space or a colon only,
    # so that 大夜班交班 stays a shift's handover.
    rule(
        "NAME",
        rf"(?:{words(v.with_traditional(ROSTER_SHIFTS))})(?:[ \t\u3000]++|[ \t]*+[:：][ \t]*+)(?=(?P<value>[{HAN}]))",
        "夜班 ",
        roster_name,
        needs="han",
        triggers=("班", "进修", "進修"),
    ),
    # A relation in brackets before the name (家属（儿子）庞建军签字).
    rule(
        "NAME",
        rf"[（(](?:{words(v.ZH_CUES)})[）)][ \t]*+(?=(?P<value>[{HAN}]))",
        "（儿子）",
        zh_after_cue,
        needs="han",
        triggers=("）", ")"),
    ),
    rule(
        "NAME",
        rf"\d\s*+床\s*+(?:[:：]\s*+)?(?=(?P<value>[{HAN}]))",
        "3床：",
        zh_after_cue,
        needs="han digit",
        triggers=("床",),
    ),
    rule("NAME", rf"(?:{words(v.ZH_TITLES)})", "王先", zh_before_title, needs="han"),
    rule(
        "NAME",
        rf"的(?:{words(ZH_RELATIONS_AFTER)})|家属|本人",
        "王的爱",
        zh_before_relation,
        needs="han",
        triggers=("的", "家属", "本人"),
    ),
    # 王芳她妈, 张国栋他爸: a relation through a pronoun, spoken Chinese's way of naming whose mother.
    rule(
        "NAME",
        rf"[他她](?:{words(KIN_AFTER_PRONOUN)})",
        "王的她妈",
        zh_before_pronoun_relation,
        needs="han",
        triggers=("他", "她"),
    ),
    rule("NAME", r"[:：]", "查体：", zh_speaker, needs="han", triggers=(":", "：")),
    # A letter's signature before 敬上 (彭红梅　敬上), and whose records are meant (附件是戴峰的病例资料).
    rule(
        "NAME",
        rf"(?<![{HAN}])(?P<value>[{HAN}]{{2,4}}?)[ \t\u3000]*+(?:敬上|谨上|謹上|拜上|顿首|頓首)",
        "某某 敬上",
        whole_name_at,
        needs="han",
        triggers=("敬上", "谨上", "謹上", "拜上", "顿首", "頓首"),
    ),
    rule(
        "NAME",
        rf"[是把给將将][ \t]?(?P<value>[{HAN}]{{2,4}}?)[ \t]?的(?:{words(v.with_traditional(RECORD_WORDS))})",
        "是某某的病",
        whole_name_at,
        needs="han",
        triggers=v.with_traditional(RECORD_WORDS),
    ),
    # A shift handed over: who handed it, who took it (岑玉兰交，何锦荣接).
    rule(
        "NAME",
        rf"(?<![{HAN}])(?P<value>[{HAN}]{{2,4}}?)交[，, \t]*+(?=[{HAN}]{{2,4}}接(?![{HAN}]))",
        "某某交，",
        whole_name_at,
        needs="han",
        triggers=("交",),
    ),
    rule(
        "NAME",
        rf"(?<![{HAN}])[{HAN}]{{2,4}}?交[，, \t]*+(?P<value>[{HAN}]{{2,4}}?)接(?![{HAN}])",
        "某某交，某某",
        whole_name_at,
        needs="han",
        triggers=("交",),
    ),
    rule(
        "NAME",
        AFTER_NAME,
        "白细胞，男",
        zh_before_age,
        needs="han",
        triggers=(
            "岁",
            "男",
            "女",
            "您",
            "你好",
            "号",
            "id",
            "mrn",
            "身份证",
            "证件",
            "护照",
            "电话",
            "手机",
            "出生",
            "生于",
            "病案号",
            "病历号",
            "住院号",
            "门诊号",
            "卡号",
            "登记号",
        ),
    ),
    rule(
        "NAME",
        rf"(?:^|(?<=[\n\x00。！？；：:]))(?P<value>[{HAN}]{{2,3}}?)(?={SUBJECT_NEXT})",
        "王平今日",
        narrative_subject,
        needs="han",
    ),
    rule(
        "NAME",
        PERSON_AFTER,
        "白细胞之父",
        zh_before_age,
        needs="han",
        triggers=("之", "g", "年", "你", "（", "(", "/", "孕"),
    ),
    rule(
        "NAME",
        _FRAME_LEFT,
        "给医生打电话",
        frame_name,
        needs="han",
        overlapping=True,
        triggers=(
            "电话",
            "一起",
            "一块",
            "讨论",
            "商量",
            "商议",
            "送",
            "陪",
            "带来",
            "同行",
            "同来",
            "问过",
            "交给",
            "明早",
            "明天",
            "明晚",
            "今晚",
            "后天",
            "我弟",
            "我妹",
            "我姐",
            "我哥",
            "据",
            "接的",
            "交：",
            "接：",
            "交:",
            "接:",
            "—",
            "--",
        ),
    ),
    rule(
        "NAME",
        rf"[{''.join(sorted(v.SURNAMES))}](?=[{HAN}]{{2}}(?:[{BARE_NAME_AFTER}]|$))",
        "王建，",
        zh_bare_name,
        needs="han",
    ),
    rule(
        "NAME",
        rf"(?:^|(?<=[{re.escape(CLAUSE_OPENERS)}]))[{''.join(sorted(v.SURNAMES))}](?=[{HAN}]{{2}})",
        "王建",
        echoed_full_name,
        needs="han",
    ),
    rule(
        "NAME",
        rf"(?:{words(DISTINCT_DOUBLE_SURNAMES)})(?=[{HAN}])",
        "欧阳的",
        double_surname_name,
        needs="han",
    ),
    # How friends and neighbours call each other, at the start of a clause: 阿强, 阿珍 (阿 and a given name's
    # character), 冯姐, 段哥, 蘇太 (a surname and a kinship word), before what a person does or says.
    rule(
        "NAME",
        rf"阿[{''.join(sorted(v.GIVEN_CHARS))}](?=[{NICKNAME_FOLLOWERS}，,。！？!?]|$)",
        "阿胶的",
        clause_nickname,
        needs="han",
        triggers=("阿",),
    ),
    rule(
        "NAME",
        rf"[{''.join(sorted(v.SURNAMES - frozenset(KIN_NOT_SURNAMES)))}](?=(?:哥|姐|姨|叔|嫂|太)(?:[{NICKNAME_FOLLOWERS}，,。！？!?話话]|$))",
        "师哥，",
        clause_nickname,
        needs="han",
        triggers=("哥", "姐", "姨", "叔", "嫂", "太"),
    ),
    rule(
        "NAME",
        rf"[小老][{''.join(sorted(v.SURNAMES))}](?=[^{HAN}]|[{NICKNAME_FOLLOWERS}]|$)",
        "小时的",
        zh_nickname,
        needs="han",
        triggers=("小", "老"),
    ),
    rule(
        "NAME",
        rf"(?P<cue>{words(any_case(EN_CUES))})(?![A-Za-z])(?P<separator>[.:,]?\s*+\(?(?:Dr\.?[ \t]++)?)(?=(?P<value>[{HAN}]|[A-Za-z][A-Za-z'’.-]*+(?:[ \t]++[A-Za-z][A-Za-z'’.-]*+){{0,3}}))",
        "my name is the ",
        after_en_cue,
        needs="latin",
        word_start=True,
        overlapping=True,
    ),
    rule("NAME", rf"(?:{words(v.EN_POSTNOMINALS)})(?![A-Za-z])", "Aa ab, M ", name_before_postnominal, needs="latin"),
    rule(
        "NAME",
        rf"(?<![A-Za-z'’])(?P<value>{EN_NAME}|[A-Z][A-Za-z'’-]++,[ \t][A-Z][A-Za-z'’-]++)[ \t]?\((?P<role>{words(any_case(ROLES_IN_BRACKETS))})\)",
        "Aa (CN)",
        name_before_role,
        needs="latin",
        word_start=True,
        triggers=("(",),
    ),
    rule(
        "NAME",
        rf"(?<![A-Za-z'’])(?P<value>{EN_NAME})[ \t]?\((?:{words(any_case(v.EN_RELATIONS))})\)",
        "Aa (wife",
        en_name,
        needs="latin",
        word_start=True,
        triggers=("(",),
    ),
    rule(
        "NAME",
        r"(?P<value>[A-Z][a-z'’-]++[ \t][A-Z]\.[ \t]?+[A-Z][A-Za-z'’-]++)",
        "Aa B. c",
        given_initial_surname,
        needs="latin",
        word_start=True,
        triggers=(".",),
    ),
    rule(
        "NAME",
        r"(?P<value>[A-Z]\.[ \t]?+[A-Z][a-z'’]++(?:-[A-Z][a-z'’]++)?)",
        "B. c",
        initial_surname,
        needs="latin",
        word_start=True,
        not_after="./0123456789",  # mmol/L. Current: the L of a unit; BI-RADS 4A., Ward 7B.: a grade, a ward
        triggers=(".",),
    ),
    rule(
        "NAME",
        rf"(?<![A-Za-z'’])(?P<value>{EN_NAME}){EN_AGE}",
        "Aa Bb, 3 ",
        en_name,
        needs="latin digit",
        triggers=EN_AGE_WORDS,
    ),
    rule("NAME", r"[:：]", "Aa:", en_speaker, needs="latin", triggers=(":", "：")),
    rule(
        "NAME",
        r"(?P<value>[A-Z][a-z'’-]++)(?=[ \t]*+(?:,|\n|\x00|$)|[ \t]++(?:here|speaking)\b)",
        "Aa ",
        given_name_alone,
        needs="latin",
        word_start=True,
        not_after="-'’",  # the end of a double-barrelled name (Aldous-Kerr) is no name alone
    ),
    rule(
        "NAME",
        r"[-–—][ \t]*+(?P<value>[A-Za-z][a-z'’-]++)[ \t]*+(?=\n|\x00|$)",
        "- aa",
        en_sign_dash,
        needs="latin",
        word_start=False,
    ),
    rule(
        "NAME",
        rf"(?P<value>[A-Z][a-z]++(?:-[a-z]++)?[ \t]{{1,2}}+(?:(?:{NAME_PARTICLES})[ \t]++)*+(?:(?:al|el)-)?[A-Z][A-Za-z'’-]++(?:[ \t][A-Z][A-Za-z'’-]++)?)",
        "John smith ",
        given_name_first,
        needs="latin",
        word_start=True,
        overlapping=True,  # "Is Ngozi Kowalczyk here?": refused at "Is", tried again at "Ngozi"
    ),
    rule(
        "NAME",
        rf"(?P<value>[A-Z][a-z]++)[ \t]++(?:{words(REPORTING_VERBS)})(?![A-Za-z])",
        "Son sayz ",
        given_name_reporting,
        needs="latin",
        word_start=True,
    ),
    # A name introducing its writer or caller ("Hi doc, Tama here.", "Colm here, ..."): a capitalised word that is no
    # word people write in lower case, before "here" and a stop.
    rule(
        "NAME",
        r"(?:^|(?<=[\n\x00])|(?<=[,.!?][ \t]))(?P<value>[A-Z][a-z'’]{2,}+)[ \t]++here(?=[ \t]*+[,.!;\n\x00-]|$)",
        "Tama here.",
        introducing_name,
        needs="latin",
        triggers=("here",),
    ),
    # A person asked a question by name ("Where's home now, Colm?", "Can I check your address, Stan?").
    rule(
        "NAME",
        r"[,，][ \t]*+(?P<value>[A-Z][a-z'’]{2,}+)[ \t]*+[?？]",
        ", Col?",
        introducing_name,
        needs="latin",
        triggers=("?", "？"),
    ),
    # Initials that sign a check in a register ("second check TFZ", "witnessed by: KMK").
    rule(
        "NAME",
        r"(?:[Ss]econd check(?:ed by)?|[Ww]itness(?:ed by)?|[Cc]hecked by|[Cc]ountersigned by|[Ii]nitials)[ \t]*+:?[ \t]*+(?P<value>[A-Z]{2,4})(?![A-Za-z0-9])",
        "second check A",
        signing_initials,
        needs="latin",
        word_start=True,
        triggers=("second check", "witness", "checked by", "countersigned", "initials"),
    ),
    rule(
        "NAME",
        rf"(?P<value>[A-Z][a-z'’-]++)[ \t]++from[ \t]++(?:the[ \t]++)?(?:{words(WORKPLACES)})(?![A-Za-z])",
        "Aa from the pha",
        contact_name,
        needs="latin",
        word_start=True,
        triggers=("from",),
    ),
    rule(
        "NAME",
        rf"(?:{words(any_case(CONTACT_CUES))})[ \t]++(?P<value>[A-Z][a-z'’-]++)",
        "phoned Aa ",
        contact_name,
        needs="latin",
        word_start=True,
        triggers=("phoned", "rang", "called", "texted", "emailed", "paged", "spoke", "message", "handed over"),
    ),
    rule(
        "NAME",
        r"(?P<value>[A-Z][a-z]++)['’]s(?![A-Za-z])",
        "Aa's",
        possessive_given_name,
        needs="latin",
        word_start=True,
        triggers=("'s", "’s"),
    ),
    rule(
        "NAME",
        rf"(?:{words(any_case(COMPANION_CUES))})[ \t]++(?P<value>[A-Z][a-z'’-]++)",
        "seen with Aa ",
        companion_name,
        needs="latin",
        word_start=True,
        triggers=("accompanied", "with", "brought in by"),
    ),
    rule(
        "NAME",
        rf"(?P<value>[A-Z][a-z]++)[ \t]*+(?:說|说|话|話)(?![{''.join(ZH_TALK_NOT_AFTER_SAY)}])",
        "Aa 说明",
        latin_name_in_zh,
        needs="latin han",
        word_start=True,
        triggers=("说", "說", "话", "話"),
    ),
    # ... or after a relation, a friend or a request (我老婆 Eileen 的电话, 老公Tariq陪同, 请 Joyce 明天带).
    rule(
        "NAME",
        rf"(?:{words(LATIN_NAME_AFTER)})[ \t]*+(?P<value>[A-Z][a-z]++(?:-[a-z]++)?)(?![A-Za-z])",
        "老公 Aa",
        latin_name_in_zh,
        needs="latin han",
        triggers=LATIN_NAME_AFTER,
    ),
    # ... or before what a colleague just did (Ravi 刚才 page 我, Lakshmi 已经看过): a Latin given name in Chinese.
    rule(
        "NAME",
        rf"(?P<value>[A-Z][a-z]++(?:-[a-z]++)?)[ \t]*+(?:{words(ZH_DID_WORDS)})",
        "Aa 刚",
        latin_name_in_zh,
        needs="latin han",
        word_start=True,
        triggers=ZH_DID_WORDS,
    ),
    rule(
        "NAME",
        rf"[跟和与與同][ \t]*+(?P<value>[A-Z][a-z]++)[ \t]*+(?:{words(ZH_TALK_VERBS)})",
        "跟 Aa 讨",
        latin_name_in_zh,
        needs="latin han",
        triggers=ZH_TALK_VERBS,
    ),
    rule(
        "NAME",
        rf"[ \t](?:{words(LOWERCASE_SPEECH_VERBS)})(?![A-Za-z])",
        "aaaa says",
        lowercase_name_speaking,
        needs="latin",
        triggers=LOWERCASE_SPEECH_VERBS,
    ),
    rule("NAME", GIVEN_NAME_CALLED, "秀英你", given_name_called, needs="han", triggers=("你", "说")),
    rule("NAME", GIVEN_NAME_LIVES, "Anna lives a", given_name_lives, needs="latin", triggers=LIVES_VERBS),
    rule("NAME", SIGNED_NICKNAME, "——小萍 a", signed_nickname, needs="han"),
    rule("NAME", LOWERCASE_DOCTOR, "dr aa ", lowercase_doctor, needs="latin", triggers=("dr",)),
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
        if (
            title
            and text[title - 1] in UNCERTAIN_BEFORE_TITLE
            and (title < 2 or not is_han(text[title - 2]) or text[title - 2] not in v.SURNAMES)
        ):
            spans.append((title - 1, title))
    for match in STRONG_CUE.finditer(text):
        start = match.end()
        length = surname_length(text, start)
        if length == 1 and starts_with_word(text, start):
            end = start + 2
            if (
                end < len(text)
                and is_han(text[end])
                and text[end] not in STOP
                and text[end : end + 2] not in TITLE_PREFIXES
            ):
                end += 1
            spans.append((start, end))
    return sorted(spans)
