r"""De-identification of imported text (PROTOCOL §7), Chinese and English.

Each identifier is replaced by a typed placeholder such as `[PHONE]`; labels around it ("病历号：",
"DOB:") are kept so the text still reads naturally. Names, addresses and dates of birth are only
recognised next to a cue ("我叫", "Mr.", "出生日期", a street number) so that medical content such
as doses, durations or blood pressures is left alone. Pure functions: the original is never stored.

Text is normalised first (`annotation.text.normalise`: invisible characters removed, full-width
and other look-alike digits and letters folded to ASCII), so a zero-width space or full-width
digits inside a phone number do not hide it; `scrub` returns the normalised text.

Every pattern runs in time linear in the text, so that one hostile import cannot hold a worker:
a match may only begin where its first class cannot extend to the left (a lookbehind), or after a
fixed cue word; runs of whitespace and digits are possessive (`\s*+`, `\d++`) wherever the next
item cannot start with what they hold, so giving characters back could never produce a match; and
no two adjacent quantifiers can share a character (`\s*(?:X)?\s*` is written `\s*+(?:X\s*+)?`).
Since an e-mail address may then only start after a character that cannot be part of one,
addresses glued to the end of another (`a@b.org.c@d.org`) are taken with it, each one atomic,
and become one placeholder.
`tests/test_hostile_input.py` times each pattern on 1 MB adversarial inputs.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from annotation.text import normalise

HAN = r"\u4e00-\u9fff"
# The most common Chinese surnames (single characters) and a few double ones.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪"
    "范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤"
)
DOUBLE_SURNAMES = "欧阳|司马|上官|诸葛|东方|皇甫|慕容|令狐|长孙|宇文"
ZH_STOP = r"[，,。、；;：:（(）)！!？?\s]"
# Given names have one or two characters; a second one only counts when punctuation follows it.
ZH_NAME = rf"(?:{DOUBLE_SURNAMES}|[{SURNAMES}])(?![某氏])[{HAN}](?:[{HAN}](?={ZH_STOP}|$))?"
EN_NAME = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?"
MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|Jun(?:e)?|Jul(?:y)?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
EN_DATE = rf"(?:\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{4}}-\d{{1,2}}-\d{{1,2}}|{MONTHS}\.? \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}|\d{{1,2}} {MONTHS}\.? \d{{4}})"
ZH_DATE = r"(?:\d{4}\s*+年\s*+\d{1,2}\s*+月\s*+\d{1,2}\s*+[日号]?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})"
ADDRESS_UNIT = r"(?:号楼|号院|号|栋|幢|单元|室|楼|层)"
EMAIL_LOCAL = r"[A-Za-z0-9._%+-]"
EMAIL_DOMAIN = r"[A-Za-z0-9.-]+\.[A-Za-z]{2,}"
# An optional "是", "为" or colon between a cue and its value, with spaces around it.
ZH_SEPARATOR = r"\s*+(?:(?:是|为|[:：])\s*+)?"
STREET_SUFFIX = r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Court|Ct|Way|Place|Pl|Terrace|Parkway)\.?"


@dataclass(frozen=True)
class Rule:
    """Replace group `value` of `pattern` with the placeholder for `kind`."""

    kind: str
    pattern: re.Pattern

    def apply(self, text: str) -> tuple[str, int]:
        count = 0

        def replace(match: re.Match) -> str:
            nonlocal count
            count += 1
            start, end = match.span("value")
            whole_start = match.start()
            return match.group(0)[: start - whole_start] + f"[{self.kind}]" + match.group(0)[end - whole_start :]

        return self.pattern.sub(replace, text), count


def rule(kind: str, pattern: str, flags: int = 0) -> Rule:
    return Rule(kind, re.compile(pattern, flags))


# Order matters: long numeric identifiers before phone numbers, e-mail before names.
RULES: tuple[Rule, ...] = (
    rule("EMAIL", rf"(?<!{EMAIL_LOCAL})(?P<value>{EMAIL_LOCAL}++@{EMAIL_DOMAIN}(?:(?>{EMAIL_LOCAL}++@{EMAIL_DOMAIN}))*)"),
    rule("ID", r"(?<![\dA-Za-z])(?P<value>[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx])(?![\dA-Za-z])"),
    rule("ID", rf"(?:身份证(?:号码?)?|证件号(?:码)?){ZH_SEPARATOR}(?P<value>[0-9Xx*]{{6,18}})"),
    rule("ID", r"(?<!\d)(?P<value>\d{3}-\d{2}-\d{4})(?!\d)"),
    rule("MRN", r"(?:病历号|病案号|住院号|门诊号|就诊号|就诊卡号|病历编号|检查号)\s*+(?:(?:是|为|[:：#])\s*+)?(?P<value>[A-Za-z0-9-]{4,20})"),
    rule("MRN", r"\b(?:MRN|medical record (?:number|no\.?)|record (?:number|no\.?)|patient ID|hospital number)\s*+(?:is\s*+)?(?:[:#]\s*+)?(?P<value>[A-Za-z0-9-]{4,20})", re.IGNORECASE),
    rule("PHONE", r"(?<![\d\-])(?P<value>(?:\+?86[-\s]?)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4})(?![\d\-])"),
    rule("PHONE", r"(?<![\d\-])(?P<value>0\d{2,3}-\d{7,8})(?![\d\-])"),
    rule("PHONE", r"(?<![\d\-])(?P<value>(?:\+1[-.\s]?)?\(?\d{3}\)?[-.\s]\d{3}[-.\s]\d{4})(?![\d\-])"),
    rule("DOB", rf"(?:出生日期|出生年月日?|生日){ZH_SEPARATOR}(?P<value>{ZH_DATE})"),
    rule("DOB", rf"(?P<value>{ZH_DATE})\s*+(?:出生|生人)"),
    rule("DOB", rf"\b(?:DOB|D\.O\.B\.?|date of birth|born(?: on)?|birthday(?: is)?)\s*+(?:[:\-]\s*+)?(?P<value>{EN_DATE})", re.IGNORECASE),
    rule("ADDRESS", rf"(?:住址|地址|家住|住在|居住在|现住){ZH_SEPARATOR}(?P<value>[{HAN}A-Za-z0-9\-#]{{2,40}}?\d++\s*+{ADDRESS_UNIT}(?:\s*+\d++\s*+{ADDRESS_UNIT})*)"),
    rule("ADDRESS", rf"(?P<value>(?:[{HAN}]{{2,4}}(?:省|自治区))?(?:[{HAN}]{{2,4}}市)?[{HAN}]{{1,4}}(?:区|县)[{HAN}]{{1,8}}(?:路|街|大道|巷)\d++号(?:\s*+\d++\s*+{ADDRESS_UNIT})*)"),
    rule("ADDRESS", rf"\b(?P<value>\d{{1,5}}\s++(?:[A-Z][a-z]++\s++){{1,4}}{STREET_SUFFIX}(?:,?\s*+(?:Apt|Suite|Unit)\.?\s*+#?\w+)?)"),
    rule("NAME", rf"(?:我叫|名叫|叫做|姓名|患者姓名|病人姓名|联系人|家属){ZH_SEPARATOR}(?P<value>{ZH_NAME})"),
    rule("NAME", rf"(?:患者|病人|病患)\s*+(?P<value>{ZH_NAME})(?={ZH_STOP}|$)"),
    rule("NAME", rf"(?P<value>(?:{DOUBLE_SURNAMES}|[{SURNAMES}]))(?=先生|女士|小姐|阿姨|大爷)"),
    rule("NAME", rf"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s++(?P<value>{EN_NAME})"),
    rule("NAME", rf"\b(?:[Mm]y name is|[Nn]ame is|[Nn]ame:|[Pp]atient name:?|[Pp]atient:|I am called|[Cc]alled)\s++(?P<value>{EN_NAME})"),
)

KINDS: tuple[str, ...] = tuple(dict.fromkeys(r.kind for r in RULES))


@dataclass
class Scrubbed:
    text: str
    counts: Counter = field(default_factory=Counter)


def scrub(text: str) -> Scrubbed:
    """Normalise `text`, replace its identifiers with typed placeholders and count them by type."""
    counts: Counter = Counter()
    text = normalise(text)
    for r in RULES:
        text, n = r.apply(text)
        if n:
            counts[r.kind] += n
    return Scrubbed(text, counts)


def scrub_all(texts: Iterable[str], counts: Counter) -> list[str]:
    """Scrub several texts, adding their replacements to `counts`."""
    result = []
    for text in texts:
        scrubbed = scrub(text)
        counts.update(scrubbed.counts)
        result.append(scrubbed.text)
    return result
