r"""The shapes of dates as people write them, in English and Chinese: what a date of birth's value
can look like after its cue (`rules`), and what a whole cell of a table's date-of-birth column must
be (`layout.FULL_DATE`), written once for both."""

from __future__ import annotations

import re

MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|Jun(?:e)?|Jul(?:y)?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC"
    r"|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    # French, as Quebec and New Brunswick write a date (14 février 2012, le 3 mars 1961), accents folded as
    # the rules read them (`lexicon.LATIN_FOLD`).
    r"|[Jj]anvier|[Ff]evrier|[Mm]ars|[Aa]vril|[Mm]ai|[Jj]uin|[Jj]uillet|[Aa]out|[Ss]eptembre|[Oo]ctobre|[Nn]ovembre"
    r"|[Dd]ecembre|[Jj]anv|[Ff]evr|[Aa]vr|[Jj]uil)"
)
# A month's or a weekday's name in title case, as a whole word: no town or street where an address is read
# (March 2024 is no town and postcode, 12 March no house: `places`).
MONTH_OR_DAY = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?"
    r"|Nov(?:ember)?|Dec(?:ember)?|(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?)\b"
)
ORDINAL = r"(?:st|nd|rd|th)"
YEAR = r"(?:(?:18|19|20)\d\d|['’]\d\d)"
# A date as people write one in English text: 3/4/60, 1975-07-02, May 3rd, 2001, February the 8th 1963, 1st of August 2000,
# 03-APR-1965, 19650403 (compact, only with a valid month and day).
EN_DATE = (
    rf"(?:\d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?:\d{{4}}|\d\d)(?!\d)|\d{{4}}[/.\-]\d{{1,2}}[/.\-]\d{{1,2}}(?!\d)"
    rf"|{MONTHS}\.?\s*+(?:the\s++)?\d{{1,2}}{ORDINAL}?,?\s*+{YEAR}(?!\d)"
    rf"|\d{{1,2}}{ORDINAL}?\s*+(?:of\s++)?{MONTHS}\.?,?\s*+{YEAR}(?!\d)|\d{{1,2}}[-/]{MONTHS}[-/](?:\d{{4}}|\d\d)(?!\d)"
    rf"|(?:18|19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)"
    rf"|{MONTHS}[-/.]\d{{1,2}}[-/.](?:(?:18|19|20)\d\d|\d\d)(?!\d)"
    rf"|(?:18|19|20)\d\d(?:[ \t]*+[-/][ \t]*+|[ \t]++){MONTHS}\.?(?:[ \t]*+[-/][ \t]*+|[ \t]++)\d{{1,2}}(?!\d))"
)
# A date in Chinese text; it begins with a digit so that the regex engine can skip to digits.
ZH_DATE = (
    r"\d(?:(?:\d{3}|\d)\s*+年\s*+(?:\d{1,2}|元|正)\s*+月\s*+\d{1,2}\s*+[日号]?|\d{3}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d))"
)
# Also a lunar date (一九四九年腊月初八): the 正, 冬 and 腊 months, a leap month (闰四月), the days 初一 to 初十,
# 廿X; a year of the Republic (民国二十八年九月初一).
ZH_NUMERAL_DATE = (
    r"(?:[〇零○一二三四五六七八九]{2,4}|民[国國][一二三四五六七八九十]{1,4})年[闰閏]?[正一二三四五六七八九十冬腊]{1,3}月"
    r"(?:[一二三四五六七八九十廿卅]{1,3}[日号]|初[一二三四五六七八九十]|[廿卅][一二三四五六七八九]?)"
)
# Before 出生 a lunar day needs no 日 (一九四八年七月十五出生的).
ZH_NUMERAL_DATE_BARE = (
    r"[〇零○一二三四五六七八九]{2,4}年[正一二三四五六七八九十冬腊]{1,3}月[一二三四五六七八九十廿卅]{1,3}"
)
# A date written as eight digits (19460403), only with a valid month and day.
COMPACT_DATE = r"(?:18|19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)"
# After an explicit cue ("出生年月：1985年3月") a month is precise enough to identify.
# After an explicit cue ("生日：3月5日", "DOB: March 3rd") a day and month identify too.
ZH_DAY_MONTH = r"\d{1,2}\s*+月\s*+\d{1,2}\s*+[日号]"
EN_DAY_MONTH = rf"(?:{MONTHS}\.?\s*+\d{{1,2}}{ORDINAL}?(?![\d:])|\d{{1,2}}{ORDINAL}?\s*+(?:of\s++)?{MONTHS}\b\.?)"
# After a birth cue a two-digit year may follow a day and month without its apostrophe (DOB 03 Apr 58).
EN_DAY_MONTH_YY = (
    rf"(?:{EN_DAY_MONTH}(?:,?[ \t]\d\d(?![\d:/.]|[ \t]*+(?:days?|d\b|weeks?|wks?|months?|years?|yrs?|hours?|hrs?|h\b"
    rf"|min|kg|mg|g\b|cm|mm|%|am|pm)))?)"
)
# A whole date, day, month and year, as a table cell holds one (1999/3/7, 03-Apr-58, 1985年3月2日): not
# 2024-01 or 2019, which PROTOCOL §7 leaves (only exact dates of birth are identifiers).
FULL_DATE = re.compile(rf"(?:{EN_DATE}|{ZH_DATE}|\d{{1,2}}[ -]{MONTHS}[ -](?:\d{{4}}|\d\d))")
