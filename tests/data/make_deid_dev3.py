"""Write tests/data/deid_dev3.jsonl: a de-identification DEVELOPMENT set in Chinese-first real-world styles.

Why it exists: each tuning round of issue 10 carried over only partly to texts by a new writer (recall on
the last held-out set 0.885, names 0.855). The next round needs development data in other writers'
styles. This set was written blind: its author read neither the scrubber, its tests, nor the held-out
set or its generator; only the line format and marking conventions of make_deid_fresh2.py's docstring.
It is development data: tuning on it is allowed (unlike fresh3, which stays held out).

What it holds: 350 conversations of 1-4 turns, about 60% Chinese, 25% English and 15% mixed zh/en
(`lang` is the dominant language, `style` says which are mixed), a fifth of them PHI-free (`style`
"clean") and full of values that must survive: doses, blood pressures, lab values with units, visit
dates, ages, durations, ICD-10 codes, drug, hospital and department names, eponyms (Parkinson,
Hashimoto, Addison), hospitals named after people (逸夫医院, 馬偕紀念醫院, Johns Hopkins), herbs and
medicines named like people (徐长卿, 刘寄奴, 马应龙), batch and approval numbers and help-line numbers.
The others carry every identifier kind of PROTOCOL §7 in sources the other sets lack: 病案首页 and
病程记录 exports, 检验/影像报告单, 医保结算单 and 发票, 转诊/会诊单, 护理交班, 家属陈述 and 陪护记录,
online consultation threads, WeChat groups and SMS with emoji and typos, unpunctuated dialect
voice-to-text, Hong Kong and Taiwan records in Traditional Chinese (HKID, 身分證, 健保卡, 民國 dates,
室/樓/座/邨 and 里/鄰/段/巷/弄 addresses), pinyin and English nicknames inside Chinese, minority names
with middle dots, double and rare surnames, names that are ordinary words (高峰, 海燕, 文静), full-width
digits and spaced or dashed numbers. Names come back later as surname + title, given name or nickname.

Marks (those of make_deid_fresh2.py; this generator always gives the parts):

    ⟦KIND:text|p1|p2⟧       an identifier and its distinctive parts
    ⟦=text⟧                 a later mention of a span text or part already marked, in any case (adds nothing)
    ⟦=text@owner⟧           a later mention that adds `text` as one more part of span `owner`
    ⟪value⟫                 a clinical value that must survive untouched (`protect`)

Parts: a Chinese full name and its given name (2+ characters), each component of a dotted minority
name, an English or pinyin first and last name, a title or nickname form as written; a phone's digit
groups after the country and area code; an ID's or record number's groups with digits; a date of
birth's month and day as written; an e-mail's local part; an address's street, compound, estate,
building, village or 里, lane, house number and postcode.

Checks (`check`): every span text, part and protected value occurs in the turns; a part occurs nowhere
outside identifiers (case-insensitive, after per-character NFKC) and belongs to one identifier only;
no protected value overlaps an identifier; national IDs carry valid check digits. A draw that fails a
check is redrawn from the next seed. Deterministic: the same seed writes the same file.

    python tests/data/make_deid_dev3.py
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "deid_dev3.jsonl"
SEED = 20261130
TOTAL = 350

# ---------------------------------------------------------------- pools
COMMON_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程魏苏吕丁沈任姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严覃武"
RARE_SURNAMES = "禤亓佴昝逯冼蒯厍芈仉笪訾乜邴郄晁甄缑阚麴琚暨邝郗隗栾揭蹇眭钭璩郏檀"
COMPOUND_SURNAMES = [
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "令狐",
    "端木",
    "南宫",
    "夏侯",
    "宇文",
    "长孙",
    "澹台",
    "呼延",
    "轩辕",
    "百里",
    "第五",
    "万俟",
    "司徒",
    "闻人",
    "申屠",
]
GIVEN_2 = [
    "子轩",
    "梓涵",
    "浩然",
    "雨桐",
    "思远",
    "嘉怡",
    "俊杰",
    "婉清",
    "明哲",
    "欣妍",
    "一鸣",
    "若曦",
    "志刚",
    "秀英",
    "桂兰",
    "玉珍",
    "建华",
    "丽娟",
    "德胜",
    "淑珍",
    "凤霞",
    "振东",
    "春梅",
    "国栋",
    "宏伟",
    "慧敏",
    "晓彤",
    "天佑",
    "沐阳",
    "书瑶",
    "语嫣",
    "锦程",
    "亦菲",
    "承泽",
    "晨曦",
    "乐萱",
    "兆麟",
    "曼玲",
    "翠屏",
    "耀祖",
    "昱辰",
    "芷若",
    "瑾瑜",
    "鹤年",
    "馨予",
    "彦博",
    "梦洁",
    "泓毅",
]
GIVEN_1 = list("伟芳敏静丽强磊军洋勇艳杰涛明超霞平刚桂琳昊瑶璇睿骁")
# names that are also ordinary words: (surname, given) whose full name or given name is a word
WORDLIKE = [
    ("高", "峰"),
    ("李", "海燕"),
    ("王", "文静"),
    ("白", "雪"),
    ("石", "磊"),
    ("马", "力"),
    ("方", "圆"),
    ("高", "明"),
    ("田", "野"),
    ("夏", "雨"),
    ("张", "建国"),
    ("刘", "国庆"),
    ("陈", "平安"),
    ("赵", "春花"),
    ("孙", "向阳"),
    ("周", "红梅"),
    ("金", "山"),
    ("林", "海"),
    ("常", "青"),
    ("江", "涛"),
    ("黄", "河清"),
    ("胡", "小兰"),
    ("何", "美丽"),
    ("杨", "光"),
]
MINORITY = [
    ["阿卜杜拉", "买买提"],
    ["艾合买提", "吐尔逊"],
    ["古丽娜尔", "艾力"],
    ["热依拉", "阿不都"],
    ["迪丽娜尔", "吾斯曼"],
    ["买尔旦", "阿吉"],
    ["努尔兰", "哈力克"],
    ["帕提古丽", "依明"],
    ["阿依努尔", "托合提"],
    ["伊力哈木", "肉孜"],
    ["扎西", "次仁"],
    ["格桑", "德吉"],
    ["旦增", "多吉"],
    ["那仁", "巴图"],
    ["乌日", "娜"],
    ["阿牛", "木呷"],
]
MINORITY_PLAIN = ["卓玛", "次仁央金", "巴特尔", "其其格", "斯琴高娃", "格桑梅朵", "乌兰图雅", "洛桑丹增"]
TRAD_NAMES = [
    ("陳", "嘉欣"),
    ("林", "淑芬"),
    ("黃", "志偉"),
    ("張", "家豪"),
    ("李", "美玲"),
    ("蔡", "依婷"),
    ("鄭", "文雄"),
    ("周", "雅婷"),
    ("謝", "佩珊"),
    ("許", "志明"),
    ("何", "嘉慧"),
    ("曾", "國強"),
    ("羅", "家明"),
    ("區", "偉倫"),
    ("歐陽", "詠詩"),
    ("麥", "浩然"),
    ("岑", "美儀"),
    ("鍾", "嘉儀"),
    ("余", "卓謙"),
    ("葉", "秀蘭"),
    ("簡", "宏志"),
    ("游", "淑惠"),
    ("顏", "俊傑"),
    ("涂", "雅雯"),
]
HK_ROMAN = {
    "陳": "CHAN",
    "林": "LAM",
    "黃": "WONG",
    "張": "CHEUNG",
    "李": "LEE",
    "何": "HO",
    "曾": "TSANG",
    "羅": "LAW",
    "區": "AU",
    "麥": "MAK",
    "岑": "SHAM",
    "鍾": "CHUNG",
    "余": "YU",
    "葉": "YIP",
}
HK_GIVEN_ROMAN = ["Ka Lok", "Wing Yan", "Siu Ming", "Hoi Ying", "Chun Kit", "Mei Kuen", "Tsz Hin", "Pui Shan"]
ENGLISH_NICK = ["Kevin", "Coco", "Vivian", "Tony", "Jessica", "Kelvin", "Winnie", "Eason", "Cathy", "Jason"]
PINYIN_SURNAMES = [
    "Zhang",
    "Wang",
    "Huang",
    "Zhao",
    "Zhou",
    "Xiong",
    "Liang",
    "Qian",
    "Ouyang",
    "Jiang",
    "Deng",
    "Feng",
]
PINYIN_GIVEN = ["Xiaoming", "Jianguo", "Yuting", "Haoran", "Zihan", "Ruoxi", "Jiahui", "Wenjie", "Shuyao", "Mingzhe"]
EN_FIRST = [
    "Margaret",
    "Declan",
    "Priya",
    "Oluwaseun",
    "Agnieszka",
    "Theodore",
    "Siobhan",
    "Rafael",
    "Ingrid",
    "Bartholomew",
    "Yusuf",
    "Henrietta",
    "Cormac",
    "Lucinda",
    "Anneliese",
    "Dmitri",
    "Rosalind",
    "Femi",
    "Imogen",
    "Kwame",
    "Gwendolyn",
    "Ignatius",
    "Mirela",
    "Leopold",
]
EN_LAST = [
    "Okonkwo",
    "Fitzgerald",
    "Delacroix",
    "Kowalczyk",
    "Thistlewood",
    "O'Sullivan",
    "Van der Berg",
    "Nakamura-Reyes",
    "Abernathy",
    "Castellanos",
    "Whitlock",
    "Oyelaran",
    "McAllister",
    "Pemberton",
    "Szymanski",
    "Harrowgate",
    "Lindqvist",
    "Achterberg",
    "Quimby",
    "Ravensworth",
    "Ellsworth",
    "Bancroft",
]
EN_TITLES = ["Dr", "Dr.", "Mr", "Mrs", "Ms", "Prof.", "Nurse", "Pt"]

PROVINCES = [
    ("浙江省", "杭州市", "西湖区"),
    ("广东省", "佛山市", "南海区"),
    ("四川省", "成都市", "武侯区"),
    ("湖南省", "长沙市", "岳麓区"),
    ("山东省", "潍坊市", "奎文区"),
    ("河南省", "洛阳市", "涧西区"),
    ("江苏省", "苏州市", "吴中区"),
    ("新疆维吾尔自治区", "乌鲁木齐市", "天山区"),
]
STREETS = [
    "桂溪东路",
    "望月湖路",
    "翠柏南街",
    "永宁西路",
    "杏林巷",
    "梧桐大道",
    "青石板街",
    "金穗路",
    "沁园北路",
    "槐荫街",
    "柳营东街",
    "鹤鸣路",
]
COMPOUNDS = ["锦绣澜庭", "翠湖湾小区", "枫丹丽舍", "金桂苑", "融侨半岛", "和鸣家园", "紫薇花园", "南湖明珠"]
VILLAGES = [
    ("柳溪镇", "下洋村"),
    ("大石桥乡", "枣园村"),
    ("白沙镇", "曹家湾村"),
    ("龙泉镇", "石门坎村"),
    ("双河镇", "杨柳沟村"),
    ("新市镇", "塘头村"),
]
HK_ESTATES = ["禾欣邨", "翠峰邨", "富康邨", "朗怡邨", "彩雲邨", "頌安邨"]
HK_BLOCKS = ["頌恩樓", "怡景樓", "康寧樓", "樂群樓", "欣榮樓"]
HK_BUILDINGS = ["怡德大廈", "華豐大廈", "信昌大廈", "金輝大廈"]
HK_STREETS = [
    ("九龍", "旺角", "砵蘭街"),
    ("香港", "灣仔", "駱克道"),
    ("新界", "荃灣", "青山公路"),
    ("九龍", "深水埗", "福榮街"),
    ("香港", "北角", "英皇道"),
]
TW_PLACES = [
    ("臺北市", "大安區", "龍安里", "新生南路", "三段"),
    ("新北市", "板橋區", "福丘里", "文化路", "二段"),
    ("臺中市", "西屯區", "何德里", "河南路", "四段"),
    ("高雄市", "苓雅區", "正仁里", "三多路", "一段"),
    ("臺南市", "東區", "大同里", "崇德路", ""),
]
TW_ZIP = {"臺北市": "106", "新北市": "220", "臺中市": "407", "高雄市": "802", "臺南市": "701"}
EN_STREETS = [
    "Larkspur Lane",
    "Wexford Crescent",
    "Thornbury Road",
    "Maple Hollow Drive",
    "Quarry Bank Street",
    "Aldous Avenue",
    "Fennimore Court",
    "Kingfisher Way",
]
US_CITIES = [("Springfield", "IL", "627"), ("Dayton", "OH", "454"), ("Fresno", "CA", "937"), ("Tacoma", "WA", "984")]
UK_TOWNS = [("Harrogate", "HG1"), ("Stockport", "SK4"), ("Truro", "TR1"), ("Dundee", "DD2")]
EMAIL_DOMAINS = ["qq.com", "163.com", "126.com", "gmail.com", "outlook.com", "yahoo.com.hk", "hinet.net", "sina.cn"]

HOSPITALS_ZH = [
    "浙江大学医学院附属邵逸夫医院",
    "逸夫医院",
    "复旦大学附属中山医院",
    "中山大学孙逸仙纪念医院",
    "白求恩国际和平医院",
    "北京协和医院",
    "四川大学华西医院",
    "中南大学湘雅二医院",
    "上海瑞金医院",
    "宋庆龄儿童医院",
    "张仲景国医馆",
    "蕲春李时珍医院",
]
HOSPITALS_HK = ["瑪麗醫院", "伊利沙伯醫院", "威爾斯親王醫院", "屯門醫院", "葛量洪醫院", "何文田李嘉誠專科診所"]
HOSPITALS_TW = ["馬偕紀念醫院", "林口長庚紀念醫院", "臺大醫院", "彰化基督教醫院", "恩主公醫院", "萬芳醫院"]
HOSPITALS_TRAD = HOSPITALS_HK + HOSPITALS_TW
HOSPITALS_EN = [
    "Johns Hopkins Hospital",
    "Mayo Clinic",
    "St Thomas' Hospital",
    "Addenbrooke's Hospital",
    "Cedars-Sinai",
    "Massachusetts General Hospital",
    "Guy's Hospital",
    "Queen Mary Hospital",
]
DEPTS_ZH = [
    "内分泌科",
    "神经内科",
    "心内科",
    "呼吸与危重症医学科",
    "消化内科",
    "肾内科",
    "老年医学科",
    "急诊科",
    "儿科",
    "中医科",
    "甲乳外科",
    "风湿免疫科",
]
DEPTS_TRAD = ["神經內科", "新陳代謝科", "家庭醫學科", "腎臟科", "心臟內科", "急診部"]
EPONYMS_ZH = [
    "帕金森病",
    "桥本甲状腺炎",
    "艾迪生病",
    "库欣综合征",
    "格雷夫斯病",
    "川崎病",
    "克罗恩病",
    "阿尔茨海默病",
    "吉兰-巴雷综合征",
    "干燥综合征",
]
EPONYMS_TRAD = ["帕金森氏症", "橋本氏甲狀腺炎", "愛迪生氏病", "川崎症", "阿茲海默症"]
EPONYMS_EN = [
    "Parkinson's disease",
    "Hashimoto's thyroiditis",
    "Addison's disease",
    "Crohn's disease",
    "Graves' disease",
    "Bell's palsy",
    "Guillain-Barré syndrome",
    "Cushing's syndrome",
]
ICD = ["G20", "E06.3", "E27.1", "I10", "E11.9", "J18.9", "K50.9", "M32.1", "N18.3", "C34.1", "F32.1", "I63.9"]
HERBS = [
    "徐长卿",
    "刘寄奴",
    "何首乌",
    "使君子",
    "王不留行",
    "杜仲",
    "白头翁",
    "马应龙麝香痔疮膏",
    "云南白药",
    "片仔癀",
    "胡庆余堂",
    "同仁堂",
    "陈李济",
    "黄芪",
    "当归",
]
LABS_ZH = [
    "空腹血糖7.8mmol/L",
    "HbA1c 7.2%",
    "肌酐98μmol/L",
    "TSH 5.6mIU/L",
    "ALT 45U/L",
    "WBC 11.2×10⁹/L",
    "Hb 98g/L",
    "CRP 36mg/L",
    "血钾3.3mmol/L",
    "INR 2.4",
    "LDL-C 3.9mmol/L",
    "尿酸520μmol/L",
    "BNP 860pg/ml",
    "SpO₂ 94%",
    "体温38.6℃",
    "心率112次/分",
    "FT4 9.8pmol/L",
    "D-二聚体1.6mg/L",
]
LABS_EN = [
    "HbA1c 8.1%",
    "creatinine 142 µmol/L",
    "eGFR 38",
    "TSH 7.9 mIU/L",
    "Na 131 mmol/L",
    "troponin 0.08 ng/mL",
    "Hb 9.4 g/dL",
    "CRP 112 mg/L",
    "potassium 5.9 mmol/L",
    "INR 3.1",
    "SpO2 91%",
    "temp 39.2°C",
]
BPS = ["血压135/85mmHg", "BP 150/95", "血压168/102mmHg", "BP 92/58 mmHg", "血壓142/88mmHg", "BP 118/76"]
DOSES_ZH = [
    "二甲双胍0.5g bid",
    "氨氯地平5mg qd",
    "阿托伐他汀20mg qn",
    "左甲状腺素钠片50μg",
    "多巴丝肼片125mg tid",
    "甘精胰岛素14U睡前",
    "头孢呋辛1.5g ivgtt q12h",
    "阿司匹林100mg",
    "氯吡格雷75mg",
    "泼尼松30mg",
    "氢化可的松20mg",
    "华法林3mg",
]
DOSES_EN = [
    "metformin 500 mg BD",
    "levodopa/carbidopa 100/25 mg TDS",
    "levothyroxine 75 mcg OD",
    "hydrocortisone 10 mg/5 mg/5 mg",
    "apixaban 5 mg bid",
    "amoxicillin 500 mg tds x5 days",
    "insulin glargine 18 units nocte",
    "atorvastatin 40 mg",
]
HOTLINES = ["120", "12320", "12356", "999", "119", "1925", "988", "911", "NHS 111", "1-800-222-1222", "2389 2222"]
AGES_ZH = ["68岁", "57岁", "45岁", "81岁", "63歲", "72歲", "29岁"]
AGES_CHILD = ["6月龄", "3岁2月", "8岁", "11个月"]
DURATIONS_ZH = ["3天", "2周", "半年", "10余年", "1月余", "3小時", "5年"]
VISIT_ZH = ["2026年11月3日", "11月20日", "2026-10-28", "民國115年11月5日", "2026.11.17", "12月1日"]


# ---------------------------------------------------------------- check digits
def cn_resident_id(r: random.Random, fullwidth: bool = False, spaced: bool = False) -> str:
    """18 digits: region, birth date, sequence, ISO 7064 MOD 11-2 check character."""
    region = r.choice(["330106", "440605", "510107", "430104", "370705", "410305", "320506", "650102", "110105"])
    body = f"{region}{r.randint(1935, 2010)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 999):03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    number = body + "10X98765432"[sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11]
    if spaced:
        number = f"{number[:6]} {number[6:14]} {number[14:]}"
    return to_fullwidth(number) if fullwidth else number


def cn_id_valid(text: str) -> bool:
    digits = unicodedata.normalize("NFKC", text).replace(" ", "").upper()
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return (
        len(digits) == 18
        and "10X98765432"[sum(int(c) * w for c, w in zip(digits, weights, strict=False)) % 11] == digits[17]
    )


def hkid(r: random.Random) -> tuple[str, str]:
    """Hong Kong identity card number A123456(7): the letter and digits weighted 8..2, mod 11."""
    letter = r.choice("ACDEGKPRVYZ")
    digits = f"{r.randint(0, 999999):06d}"
    total = 36 * 9 + (ord(letter) - 55) * 8 + sum(int(c) * w for c, w in zip(digits, range(7, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return f"{letter}{digits}", "A" if check == 10 else str(check)


TW_LETTERS = {c: v for c, v in zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36), strict=True)}


def tw_id(r: random.Random) -> str:
    """Taiwan 身分證 A123456789: letter code and 9 digits weighted 1,9,8..1, sum mod 10 == 0."""
    letter = r.choice("ABDEFHKLR")
    body = str(r.randint(1, 2)) + f"{r.randint(0, 9999999):07d}"
    code = TW_LETTERS[letter]
    total = code // 10 + (code % 10) * 9 + sum(int(c) * w for c, w in zip(body, range(8, 0, -1), strict=True))
    return f"{letter}{body}{(10 - total % 10) % 10}"


def tw_id_valid(text: str) -> bool:
    code = TW_LETTERS[text[0]]
    total = (
        code // 10
        + (code % 10) * 9
        + sum(int(c) * w for c, w in zip(text[1:], [8, 7, 6, 5, 4, 3, 2, 1, 1], strict=True))
    )
    return total % 10 == 0


def nhs_number(r: random.Random) -> str:
    while True:
        digits = [r.randint(0, 9) for _ in range(9)]
        check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True)) % 11
        if check != 10:
            s = "".join(map(str, digits)) + str(0 if check == 11 else check)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def ssn(r: random.Random) -> str:
    area = r.choice([r.randint(1, 665), r.randint(667, 899)])
    return f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


# ---------------------------------------------------------------- surface helpers
def to_fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


ZH_DIGITS = "〇一二三四五六七八九"


def zh_numeral(n: int) -> str:
    """Month/day as read aloud: 12 -> 十二, 3 -> 三, 20 -> 二十."""
    if n < 10:
        return ZH_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else ZH_DIGITS[tens]) + "十" + (ZH_DIGITS[ones] if ones else "")


def M(kind: str, text: str, parts: list[str]) -> str:
    return f"⟦{kind}:{text}|{'|'.join(parts)}⟧"


def R(text: str) -> str:
    return f"⟦={text}⟧"


def RA(text: str, owner: str) -> str:
    return f"⟦={text}@{owner}⟧"


def P(value: str) -> str:
    return f"⟪{value}⟫"


class Person:
    """One person in a conversation: the first mention marks the span, later ones refer to it."""

    def __init__(self, full: str, parts: list[str], surname: str = "", given: str = "") -> None:
        self.full, self.parts, self.surname, self.given = full, parts, surname, given

    def m(self) -> str:
        return M("NAME", self.full, self.parts)

    def again(self) -> str:
        return R(self.full)

    def part(self, text: str) -> str:
        """A later mention by a form that is already a part (given name, last name)."""
        return R(text) if text in self.parts else RA(text, self.full)

    def titled(self, title: str) -> str:
        """Surname + title (张主任, 李姐, Mr Okonkwo): a new part as written."""
        return RA(self.surname + title, self.full)

    def pre(self, title: str) -> str:
        """Title + surname (Dr Okonkwo, Mrs. Fitzgerald): a new part as written."""
        return RA(title + self.surname, self.full)

    def short(self) -> str:
        """The form people use later: the given name if it is a part, else the full name again."""
        return R(self.given) if self.given in self.parts else R(self.full)


class Draw:
    """Random pools for one conversation; every choice comes from its own seeded Random."""

    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.used: set[str] = set()

    def pick(self, pool):
        return self.r.choice(pool)

    def _fresh(self, make: Callable[[], Person]) -> Person:
        for _ in range(50):
            p = make()
            if p.full not in self.used and not any(q in self.used for q in p.parts):
                self.used.add(p.full)
                self.used.update(p.parts)
                return p
        raise RuntimeError("name pool exhausted")

    def zh(self, kind: str | None = None) -> Person:
        r = self.r
        kind = kind or r.choices(["common", "rare", "compound", "wordlike", "minority"], [5, 2, 2, 2, 1])[0]

        def make() -> Person:
            if kind == "minority":
                if r.random() < 0.7:
                    a, b = r.choice(MINORITY)
                    return Person(f"{a}·{b}", [f"{a}·{b}", a, b] if len(b) > 1 else [f"{a}·{b}", a], a, a)
                n = r.choice(MINORITY_PLAIN)
                return Person(n, [n], n, n)
            if kind == "wordlike":
                s, g = r.choice(WORDLIKE)
            else:
                s = (
                    r.choice(COMPOUND_SURNAMES)
                    if kind == "compound"
                    else r.choice(RARE_SURNAMES if kind == "rare" else COMMON_SURNAMES)
                )
                g = r.choice(GIVEN_2) if r.random() < 0.75 else r.choice(GIVEN_1)
            full = s + g
            return Person(full, [full, g] if len(g) >= 2 else [full], s, g)

        return self._fresh(make)

    def trad(self) -> Person:
        def make() -> Person:
            s, g = self.r.choice(TRAD_NAMES)
            return Person(s + g, [s + g, g], s, g)

        return self._fresh(make)

    def en(self) -> Person:
        def make() -> Person:
            f, last = self.r.choice(EN_FIRST), self.r.choice(EN_LAST)
            return Person(f"{f} {last}", [f, last], last, f)

        return self._fresh(make)

    def pinyin(self) -> Person:
        def make() -> Person:
            s, g = self.r.choice(PINYIN_SURNAMES), self.r.choice(PINYIN_GIVEN)
            full = self.r.choice([f"{s} {g}", f"{g} {s}", f"{s.upper()} {g}"])
            return Person(full, [s.upper() if s.upper() in full else s, g], s, g)

        return self._fresh(make)

    def nick(self) -> Person:
        def make() -> Person:
            n = self.r.choice(ENGLISH_NICK)
            return Person(n, [n], n, n)

        return self._fresh(make)

    # ------------------------------------------------------------ numbers
    def mobile(self, style: str | None = None) -> str:
        r = self.r
        pre = r.choice(["138", "139", "135", "158", "186", "177", "199", "152", "183", "166"])
        a, b = f"{r.randint(1000, 9999)}", f"{r.randint(1000, 9999)}"
        style = style or r.choice(["plain", "dash", "space", "intl", "full", "dash", "plain", "split"])
        text = {
            "plain": pre + a + b,
            "dash": f"{pre}-{a}-{b}",
            "space": f"{pre} {a} {b}",
            "intl": f"+86 {pre} {a} {b}",
            "full": to_fullwidth(pre + a + b),
            "split": f"{pre}{a[:2]} {a[2:]}{b}",
        }[style]
        if style in ("plain", "full"):
            parts = [text]
        elif style == "split":
            parts = [f"{pre}{a[:2]}", f"{a[2:]}{b}"]
        else:
            parts = [pre, a, b]
        return M("PHONE", text, parts)

    def mobile_voice(self) -> str:
        digits = self.r.choice(["138", "139", "186", "158"]) + f"{self.r.randint(10000000, 99999999)}"
        text = "".join("幺" if d == "1" and self.r.random() < 0.7 else ZH_DIGITS[int(d)] for d in digits)
        return M("PHONE", text, [text[3:7], text[7:]])

    def landline(self) -> str:
        r = self.r
        area = r.choice(["0571", "020", "028", "0731", "0536", "0379", "0512", "0991"])
        num = f"{r.randint(2, 8)}{r.randint(1000000, 9999999)}"
        style = r.choice(["paren", "dash", "space", "ext"])
        if style == "paren":
            return M("PHONE", f"({area}){num}", [num])
        if style == "dash":
            return M("PHONE", f"{area}-{num}", [num])
        if style == "space":
            return M("PHONE", f"{area} {num[:4]} {num[4:]}", [num[:4], num[4:]])
        ext = f"{r.randint(100, 999)}"
        return M("PHONE", f"{area}-{num}转{ext}", [num])

    def hk_phone(self) -> str:
        n = f"{self.r.choice('5679')}{self.r.randint(1000000, 9999999)}"
        text = self.r.choice([f"{n[:4]} {n[4:]}", f"+852 {n[:4]}-{n[4:]}", n, f"(852) {n[:4]} {n[4:]}"])
        return M("PHONE", text, [n] if text == n else [n[:4], n[4:]])

    def tw_phone(self) -> str:
        a, b = f"{self.r.randint(100, 999)}", f"{self.r.randint(100, 999)}"
        pre = f"09{self.r.randint(10, 89)}"
        if self.r.random() < 0.3:
            land = f"{self.r.randint(2000, 2999)}-{self.r.randint(1000, 9999)}"
            return M("PHONE", f"(02){land}", land.split("-"))
        text = self.r.choice([f"{pre}-{a}-{b}", f"{pre} {a} {b}", f"+886 {pre[1:]} {a} {b}", pre + a + b])
        return M("PHONE", text, [text] if text.isdigit() else [pre if pre in text else pre[1:], a, b])

    def en_phone(self) -> str:
        r = self.r
        if r.random() < 0.5:
            area, x, y = r.randint(201, 989), r.randint(200, 999), f"{r.randint(1000, 9999)}"
            text = r.choice([f"({area}) {x}-{y}", f"{area}-{x}-{y}", f"+1 {area} {x} {y}", f"{area}.{x}.{y}"])
            return M("PHONE", text, [str(x), y])
        b = f"{r.randint(100000, 999999)}"
        text = r.choice([f"07{r.randint(100, 999)} {b}", f"+44 7{r.randint(100, 999)} {b}"])
        return M("PHONE", text, [b])

    def email(self, stem: str | None = None) -> str:
        r = self.r
        local = stem or r.choice(
            [
                "happyfamily",
                "xiaoyu_mama",
                "lao.zhou",
                "sunshine",
                "cloudwalker",
                "jasmine.w",
                "bluefish",
                "tigerdad",
                "moonlight.l",
                "kk_chan",
            ]
        )
        local = f"{local}{r.randint(10, 9999)}"
        return M("EMAIL", f"{local}@{r.choice(EMAIL_DOMAINS)}", [local])

    def qq_email(self) -> str:
        local = f"{self.r.randint(10000000, 2999999999)}"
        return M("EMAIL", f"{local}@qq.com", [local])

    def cn_id(self) -> str:
        r = self.r
        full, spaced = r.random() < 0.15, r.random() < 0.2
        text = cn_resident_id(r, full, spaced)
        if r.random() < 0.2 and text.endswith("X"):
            text = text[:-1] + "x"
        if spaced:
            parts = text.split(" ")
        else:
            parts = [text]
        return M("ID", text, parts)

    def hk_id(self) -> str:
        body, check = hkid(self.r)
        text = self.r.choice([f"{body}({check})", f"{body}（{check}）", f"{body[0]} {body[1:]} ({check})"])
        return M("ID", text, [body] if body in text else [body[1:]])

    def tw_id(self) -> str:
        text = tw_id(self.r)
        return M("ID", text, [text])

    def passport(self) -> str:
        text = f"{self.r.choice(['E', 'EA', 'G', 'P'])}{self.r.randint(10000000, 99999999)}"
        return M("ID", text, [text])

    def insurance_no(self, style: str = "cn") -> str:
        r = self.r
        if style == "tw":  # 健保卡號 12 digits
            n = f"0000{r.randint(10000000, 99999999)}"
            text = r.choice([n, f"{n[:4]} {n[4:8]} {n[8:]}"])
            return M("ID", text, [text] if text == n else [n[4:8], n[8:]])
        text = r.choice(
            [f"{r.choice(['A', 'B', 'H', 'ZJ'])}{r.randint(10**10, 10**11)}", f"{r.randint(10**11, 10**12)}"]
        )
        return M("ID", text, [text])

    def mrn(self, style: str | None = None) -> str:
        r = self.r
        n = r.randint(100000, 99999999)
        style = style or r.choice(["digits", "prefix", "dash", "year", "full", "space"])
        text = {
            "digits": f"{n}",
            "prefix": f"{r.choice(['ZY', 'MZ', 'H', 'BA', 'JZ', 'IP'])}{n:08d}",
            "dash": f"{r.choice(['MZ', 'ZY', 'HIS'])}-{n:08d}",
            "year": f"{r.randint(2015, 2026)}{n:06d}"[:12],
            "full": to_fullwidth(f"{n}"),
            "space": f"{n:08d}"[:4] + " " + f"{n:08d}"[4:],
        }[style]
        parts = text.split(" ") if style == "space" else ([text.split("-")[1]] if style == "dash" else [text])
        return M("MRN", text, parts)

    # ------------------------------------------------------------ dates of birth
    def dob_zh(self, style: str | None = None) -> str:
        r = self.r
        y, mo, d = r.randint(1932, 2012), r.randint(1, 12), r.randint(1, 28)
        style = style or r.choice(["ymd", "dot", "dash", "yy", "cn", "full", "compact", "sheng"])
        if style == "ymd":
            text, md = f"{y}年{mo}月{d}日", f"{mo}月{d}日"
        elif style == "dot":
            text, md = f"{y}.{mo:02d}.{d:02d}", f"{mo:02d}.{d:02d}"
        elif style == "dash":
            text, md = f"{y}-{mo}-{d}", f"-{mo}-{d}"
        elif style == "yy":
            text, md = f"{y % 100:02d}年{mo}月{d}号", f"{mo}月{d}号"
        elif style == "cn":
            md = f"{zh_numeral(mo)}月{zh_numeral(d)}日"
            text = "".join(ZH_DIGITS[int(c)] for c in str(y)) + "年" + md
        elif style == "full":
            text = to_fullwidth(f"{y}") + "年" + to_fullwidth(f"{mo}") + "月" + to_fullwidth(f"{d}") + "日"
            md = text[5:]
        elif style == "compact":
            text, md = f"{y}{mo:02d}{d:02d}", f"{mo:02d}{d:02d}"
        else:
            text, md = f"{y}年{mo}月{d}日生", f"{mo}月{d}日"
        return M("DOB", text, [md])

    def dob_roc(self) -> str:
        r = self.r
        y, mo, d = r.randint(20, 95), r.randint(1, 12), r.randint(1, 28)
        text = r.choice([f"民國{y}年{mo}月{d}日", f"{y}/{mo:02d}/{d:02d}", f"民國{y}.{mo}.{d}"])
        md = text[text.index(str(y)) + len(str(y)) + 1 :]
        return M("DOB", text, [md])

    def dob_hk(self) -> str:
        r = self.r
        y, mo, d = r.randint(1935, 2012), r.randint(1, 12), r.randint(1, 28)
        mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][mo - 1]
        text, md = r.choice(
            [
                (f"{d:02d}/{mo:02d}/{y}", f"{d:02d}/{mo:02d}/"),
                (f"{d:02d}-{mon}-{y}", f"{d:02d}-{mon}"),
                (f"{y}年{mo}月{d}日", f"{mo}月{d}日"),
            ]
        )
        return M("DOB", text, [md])

    def dob_en(self) -> str:
        r = self.r
        y, mo, d = r.randint(1932, 2012), r.randint(1, 12), r.randint(1, 28)
        month = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ][mo - 1]
        suffix = "th" if 10 < d < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        text, md = r.choice(
            [
                (f"{mo:02d}/{d:02d}/{y}", f"{mo:02d}/{d:02d}/"),
                (f"{d} {month} {y}", f"{d} {month}"),
                (f"{month} {d}{suffix}, {y}", f"{month} {d}{suffix}"),
                (f"{y}-{mo:02d}-{d:02d}", f"-{mo:02d}-{d:02d}"),
                (f"{d}-{month[:3]}-{y % 100:02d}", f"{d}-{month[:3]}"),
            ]
        )
        return M("DOB", text, [md])

    # ------------------------------------------------------------ addresses
    def addr_cn(self, rural: bool | None = None) -> str:
        r = self.r
        prov, city, dist = r.choice(PROVINCES)
        if rural if rural is not None else r.random() < 0.35:
            town, village = r.choice(VILLAGES)
            group = f"{r.randint(1, 12)}组{r.randint(3, 99)}号"
            text = f"{prov}{city}{dist}{town}{village}{group}" if r.random() < 0.5 else f"{town}{village}{group}"
            return M("ADDRESS", text, [town, village, group])
        street, comp = r.choice(STREETS), r.choice(COMPOUNDS)
        num = f"{r.randint(12, 899)}号"
        room = f"{r.randint(1, 30)}栋{r.randint(1, 4)}单元{r.randint(1, 33)}0{r.randint(1, 4)}室"
        text = r.choice(
            [f"{city}{dist}{street}{num}{comp}{room}", f"{prov}{city}{dist}{comp}{room}", f"{dist}{street}{num}"]
        )
        return M("ADDRESS", text, [p for p in (street, num, comp, room) if p in text])

    def addr_hk(self) -> str:
        r = self.r
        region, district, street = r.choice(HK_STREETS)
        flat = (
            f"{r.randint(2, 38)}樓{r.choice('ABCDEFGH')}室"
            if r.random() < 0.5
            else f"{r.randint(2, 38)}樓{r.randint(1, 24):02d}室"
        )
        if r.random() < 0.5:
            estate, block = r.choice(HK_ESTATES), r.choice(HK_BLOCKS)
            text = f"{region}{district}{estate}{block}{flat}"
            return M("ADDRESS", text, [estate, block, flat])
        bldg, num = r.choice(HK_BUILDINGS), f"{r.randint(12, 488)}號"
        seat = f"{r.choice('ABC')}座"
        text = f"{region}{district}{street}{num}{bldg}{seat}{flat}"
        return M("ADDRESS", text, [street + num, bldg, flat])

    def addr_tw(self) -> str:
        r = self.r
        city, dist, li, road, sec = r.choice(TW_PLACES)
        lin = f"{r.randint(1, 30)}鄰"
        lane, alley, num = f"{r.randint(10, 399)}巷", f"{r.randint(1, 30)}弄", f"{r.randint(1, 99)}號"
        floor = f"{r.randint(2, 12)}樓" if r.random() < 0.5 else ""
        z = TW_ZIP[city]
        text = f"{z}{city}{dist}{li}{lin}{road}{sec}{lane}{alley}{num}{floor}"
        return M("ADDRESS", text, [z, li, road + sec, lane, num if floor == "" else num + floor])

    def addr_en(self) -> str:
        r = self.r
        street, num = r.choice(EN_STREETS), f"{r.randint(101, 9899)}"
        if r.random() < 0.5:
            city, state, z = r.choice(US_CITIES)
            zipc = f"{z}{r.randint(10, 99)}"
            pre = r.choice(["", "N ", "SW ", "E "])
            apt = r.choice(["", f", Apt {r.randint(2, 9)}{r.choice('ABC')}"])
            text = f"{num} {pre}{street}{apt}, {city}, {state} {zipc}"
            return M("ADDRESS", text, [num, street, zipc])
        town, pc = r.choice(UK_TOWNS)
        post = f"{pc} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        text = f"Flat {r.randint(2, 19)}, {num} {street}, {town} {post}"
        return M("ADDRESS", text, [num, street, post])


# ---------------------------------------------------------------- templates
# Each returns (lang, style, turns). Templates with identifiers come first; clean ones after.
def t_emr_front(d: Draw):
    p, k = d.zh(), d.zh()
    rel = d.pick(["配偶", "儿子", "女儿", "母亲", "父亲"])
    sep = d.pick(["：", ":", "：", " "])
    line = "\n".join(
        [
            "住院病案首页",
            f"姓名{sep}{p.m()}  性别{sep}{d.pick(['男', '女'])}  年龄{sep}{P(d.pick(AGES_ZH))}",
            f"出生日期{sep}{d.dob_zh()}  身份证号{sep}{d.cn_id()}",
            f"{d.pick(['住院号', '病案号', '住院號'])}{sep}{d.mrn()}  入院科室{sep}{P(d.pick(DEPTS_ZH))}",
            f"现住址{sep}{d.addr_cn()}",
            f"联系人{sep}{k.m()}（{rel}）  电话{sep}{d.mobile()}",
            f"主要诊断{sep}{P(d.pick(EPONYMS_ZH))}（{P(d.pick(ICD))}）",
        ]
    )
    return "zh", "emr_front", [line]


def t_progress(d: Draw):
    p, doc, doc2 = d.zh(), d.zh(), d.zh("compound")
    day = d.pick(VISIT_ZH)
    t1 = (
        f"{P(day)} 查房记录\n{doc.m()}主任医师查房：患者{p.m()}，{P(d.pick(AGES_ZH))}，因“{P(d.pick(EPONYMS_ZH))}”入院第{d.r.randint(2, 9)}天，"
        f"今日{P(d.pick(BPS))}，{P(d.pick(LABS_ZH))}。{doc.titled('主任')}指示继续{P(d.pick(DOSES_ZH))}。"
    )
    t2 = f"{doc2.m()}医师补记：{p.short()}家属要求转回当地，已告知风险。病案号{d.mrn()}。"
    return "zh", "progress_note", [t1, t2] if d.r.random() < 0.7 else [t1 + "\n" + t2]


def t_lab_report(d: Draw):
    p, doc, chk = d.zh(), d.zh(), d.zh()
    lab1, lab2 = d.r.sample(LABS_ZH, 2)
    t = (
        f"{P(d.pick(HOSPITALS_ZH))}检验报告单\n姓名:{p.m()} 性别:{d.pick(['男', '女'])} 年龄:{P(d.pick(AGES_ZH))} "
        f"病历号:{d.mrn()} 标本:{P(d.pick(['静脉血', '血清', '尿液']))}\n"
        f"申请科室:{P(d.pick(DEPTS_ZH))} 送检医生:{doc.m()}\n项目 {P(lab1)} ↑  {P(lab2)}\n"
        f"检验者:{chk.m()}  审核者:{R(doc.full)}  报告时间:{P(d.pick(VISIT_ZH))}"
    )
    return "zh", "lab_report", [t]


def t_imaging(d: Draw):
    p, doc = d.zh(), d.zh()
    t = (
        f"【影像报告】检查项目 {P('胸部CT平扫')}  {d.pick(['影像号', 'ID号', '登记号'])}：{d.mrn()}\n"
        f"患者：{p.m()}（{d.pick(['男', '女'])}/{P(d.pick(AGES_ZH))}） 出生：{d.dob_zh('dash')}\n"
        f"检查：胸部CT平扫  诊断：右肺上叶结节，考虑{P(d.pick(['炎性', '良性']))}，建议{P('3个月')}后复查。\n报告医师：{doc.m()}"
    )
    return "zh", "imaging_report", [t]


def t_insurance(d: Draw):
    p = d.zh()
    amt = f"{d.r.randint(800, 48000)}.{d.r.randint(10, 99)}元"
    t = (
        f"医疗保障基金结算清单\n参保人姓名:{p.m()}  医保编号:{d.insurance_no()}\n证件号码:{d.cn_id()}\n"
        f"就诊医院:{P(d.pick(HOSPITALS_ZH))}  住院号:{d.mrn()}\n医疗费总额:{P(amt)}  诊断编码:{P(d.pick(ICD))}\n"
        f"联系电话:{d.mobile()}"
    )
    return "zh", "insurance_settlement", [t]


def t_invoice(d: Draw):
    p = d.zh()
    t = (
        f"浙江省医疗门诊收费票据（电子）\n交款人:{p.m()}  {d.pick(['门诊号', '就诊卡号', '患者ID'])}:{d.mrn()}\n"
        f"项目:西药费 {P(d.pick(DOSES_ZH))} 数量:{P('2盒')}  批号:{P(str(d.r.randint(20240101, 20261130)))}\n"
        f"医保类型:职工医保  个人账户支付:{P(str(d.r.randint(20, 900)) + '.00')}  收款人:{d.zh().m()}"
    )
    return "zh", "invoice", [t]


def t_referral(d: Draw):
    p, frm, to = d.zh(), d.zh(), d.zh("rare")
    h1, h2 = d.pick(HOSPITALS_ZH), d.pick(HOSPITALS_ZH)
    t = (
        f"双向转诊单（上转）\n{to.m()}主任：您好！\n兹有患者{p.m()}，{P(d.pick(AGES_ZH))}，身份证{d.cn_id()}，"
        f"住址{d.addr_cn(rural=True)}，因{P(d.pick(EPONYMS_ZH))}控制不佳，{P(d.pick(LABS_ZH))}，拟转至{P(h2)}{P(d.pick(DEPTS_ZH))}。\n"
        f"转出单位：{P(h1)}  转诊医生：{frm.m()}  电话：{d.landline()}\n（请{to.titled('主任')}收）"
    )
    return "zh", "referral", [t]


def t_consult(d: Draw):
    p, asker, cons = d.zh(), d.zh(), d.zh("compound")
    t1 = (
        f"会诊申请单  申请科室：{P(d.pick(DEPTS_ZH))}  床号：{P(str(d.r.randint(1, 60)) + '床')}\n患者{p.m()}，登记号{d.mrn()}，"
        f"{P(d.pick(BPS))}，请{P(d.pick(DEPTS_ZH))}会诊。申请医师：{asker.m()}"
    )
    t2 = f"会诊意见：同意{asker.titled('医生')}意见，加用{P(d.pick(DOSES_ZH))}，{P('1周')}后复查。会诊医师：{cons.m()}（{cons.titled('教授')}）"
    return "zh", "consultation_note", [t1, t2]


def t_nursing(d: Draw):
    pts = [d.zh() for _ in range(d.r.randint(2, 3))]
    nurse_a, nurse_b = d.zh(), d.zh("wordlike")
    lines = [f"【护理交班】{P(d.pick(VISIT_ZH))} 夜班→白班  交班：{nurse_a.m()}  接班：{nurse_b.m()}"]
    for p in pts:
        bed = f"{d.r.randint(1, 48)}床"
        lines.append(
            f"{P(bed)}{p.m()} {P(d.pick(BPS))} {d.pick(['睡眠可', '夜间诉头晕', '尿量少'])}，{P(d.pick(DOSES_ZH))}已给"
        )
    lines.append(f"注意：{pts[0].short()}家属电话{d.mobile()}，有事找{nurse_b.titled('护士')}")
    return "zh", "nursing_handover", ["\n".join(lines)]


def t_family(d: Draw):
    p, speaker = d.zh(), d.zh()
    rel = d.pick(["我爸", "我妈", "我婆婆", "我老公", "我外公"])
    t1 = (
        f"家属陈述：我是{speaker.m()}，{rel}叫{p.m()}，{d.dob_zh('sheng')}，住在{d.addr_cn()}。"
        f"他{P(d.pick(DURATIONS_ZH))}前开始手抖，以前在{P(d.pick(HOSPITALS_ZH))}看过，说是{P(d.pick(EPONYMS_ZH))}。"
    )
    t2 = f"医生：{speaker.titled(d.pick(['女士', '先生']))}，{p.short()}现在在吃什么药？"
    t3 = f"{R(speaker.full)}：{P(d.pick(DOSES_ZH))}，还有{P(d.pick(HERBS))}泡水喝。有事打我电话{d.mobile()}。"
    return "zh", "family_statement", [t1, t2, t3]


def t_escort(d: Draw):
    p, aide = d.zh(), d.zh()
    t = (
        f"陪护记录 {P(d.pick(VISIT_ZH))}\n陪护员：{aide.m()}（{P('夜班')}）\n"
        f"06:00 协助{p.m()}{d.pick(['阿姨', '爷爷', '奶奶', '叔'])}洗漱，测{P(d.pick(BPS))}\n"
        f"12:30 {p.titled(d.pick(['阿姨', '老师', '爷爷']))}午饭吃了半碗粥\n20:00 儿子{d.zh().m()}来探视，留电话{d.mobile()}"
    )
    return "zh", "escort_log", [t]


def t_online(d: Draw):
    p, doc = d.zh(), d.zh()
    t1 = (
        f"【患者】{d.pick(['问诊人', '就诊人'])}：{p.m()} {d.pick(['女', '男'])} {P(d.pick(AGES_ZH))}\n病情描述：{P(d.pick(DURATIONS_ZH))}前查出"
        f"{P(d.pick(EPONYMS_ZH))}，{P(d.pick(LABS_ZH))}，现在吃{P(d.pick(DOSES_ZH))}，想问需要加量吗？"
    )
    t2 = f"【{doc.m()} 主治医师 {P(d.pick(DEPTS_ZH))}】您好，请上传最近的化验单。"
    t3 = f"【患者】{doc.titled('大夫')}好，已上传。我微信同号{d.mobile()}，或者发邮箱{d.email()}"
    t4 = f"【{R(doc.full)}】{p.short()}您好，{P(d.pick(LABS_ZH))}还可以，暂不加量，{P(d.pick(['1个月', '3个月']))}后复查。"
    return "zh", "online_consult", [t1, t2, t3, t4][: d.r.randint(3, 4)]


def t_wechat(d: Draw):
    a, b, c = d.zh(), d.zh("wordlike"), d.zh()
    nick = d.nick()
    t1 = f"{a.m()}：@{nick.m()} 妈的片子出来了吗😭😭"
    t2 = f"{R(nick.full)}：出来了，{c.m()}医生说没事👌 下周{P(d.pick(VISIT_ZH))}复查 门诊号{d.mrn()}"
    t3 = f"{b.m()}：太好了🙏 {c.titled('医生')}电话多少呀 我也想挂他的号"
    t4 = f"{R(nick.full)}：{d.mobile()}  别外传哈 {a.short()}你周六去陪床吗"
    turns = [t1, t2, t3, t4]
    if d.r.random() < 0.5:  # typed in a hurry: homophone typos
        turns = [t.replace("医生", "医声").replace("电话", "电化").replace("出来", "出耒") for t in turns]
    return "zh", "wechat_group", turns


def t_discharge(d: Draw):
    p, doc = d.zh(), d.zh(d.pick(["rare", "compound", "wordlike"]))
    cue = d.pick(["出生日期：", "出生年月日:", "生日", "出生于", "DOB:", "出生："])
    t = (
        f"出院小结\n患者姓名：{p.m()}　{cue}{d.dob_zh()}　{d.pick(['住院号', '病案号', '住院流水号'])}：{d.mrn()}\n"
        f"户籍地址：{d.addr_cn()}\n入院日期：{P(d.pick(VISIT_ZH))}　住院{P(str(d.r.randint(3, 21)) + '天')}\n"
        f"出院诊断：1.{P(d.pick(EPONYMS_ZH))} 2.高血压病3级（{P('I10')}）\n出院带药：{P(d.pick(DOSES_ZH))}；{P(d.pick(DOSES_ZH))}\n"
        f"医师签名：{doc.m()}　随访电话：{d.landline()}"
    )
    return "zh", "discharge_summary", [t]


def t_voice_northeast(d: Draw):
    """Northeastern speech through a voice keyboard: no punctuation, numbers read out, 俺/咱."""
    p, kid = d.zh(d.pick(["common", "wordlike"])), d.zh()
    t1 = (
        f"大夫俺家老爷子{p.m()}今年{P('七十六')}了这两天吃饭老呛咳嗽{P(d.pick(DURATIONS_ZH))}了"
        f"以前在{P(d.pick(HOSPITALS_ZH))}查过说是{P(d.pick(EPONYMS_ZH))}"
    )
    t2 = f"带老爷子过来看看吧挂{P(d.pick(DEPTS_ZH))}身份证医保卡都带上"
    t3 = f"好嘞俺是他儿子{kid.m()}电话{d.mobile_voice() if d.r.random() < 0.6 else d.mobile('space')}俺爹住{d.addr_cn(rural=True)}"
    return "zh", "voice_dialect", [t1, t2, t3]


def t_hk_family(d: Draw):
    """A Cantonese carer's note: estate address, HKID without brackets, English nickname."""
    p, helper = d.trad(), d.nick()
    body, check = hkid(d.r)
    t = (
        f"陪護紀錄（{helper.m()}）\n婆婆{p.m()}今朝{P(d.pick(BPS))}，食咗{P(d.pick(DOSES_ZH))}。"
        f"佢身份證{M('ID', body + check, [body + check])}，住{d.addr_hk()}。"
        f"如有急事打{d.hk_phone()}或{P('999')}。{p.titled('婆婆')}話想{P(d.pick(HOSPITALS_HK))}覆診。"
    )
    return "zh", "escort_log", [t]


def t_brackets(d: Draw):
    """Identifiers at line starts and ends, in brackets, glued to labels without spaces."""
    p, q = d.zh(), d.zh(d.pick(["rare", "compound"]))
    t = (
        f"[{d.mrn()}] {p.m()} {P(d.pick(AGES_ZH))}\n"
        f"【姓名】{q.m()}【电话】{d.mobile()}【身份证】{d.cn_id()}\n"
        f"(门诊号:{d.mrn('prefix')}) {P(d.pick(EPONYMS_ZH))}\n"
        f"联系人{R(q.full)}，联系方式：\n{d.landline()}"
    )
    return "zh", "emr_export", [t]


def t_pinyin_zh(d: Draw):
    """Pinyin and English names typed inside Chinese chat, lower-case as people type them."""
    kid, mum, doc = d.pinyin(), d.zh(), d.zh()
    given = kid.given.lower()
    t1 = f"{M('NAME', given, [given])}妈妈：{doc.titled('医生')}好，孩子{P(d.pick(AGES_CHILD))}，烧到{P('39.2℃')}了"
    t1 = t1.replace(doc.titled("医生"), doc.m() + "医生")
    t2 = f"{R(doc.full)}：先吃{P('布洛芬混悬液5ml')}，{R(given)}有没有抽搐？"
    t3 = f"没有。我是{mum.m()}，{R(given)}大名{RA(kid.surname, given)} {R(kid.given)}，病历号{d.mrn()}"
    return "zh", "online_consult", [t1, t2, t3]


def t_sms(d: Draw):
    p, doc = d.zh(), d.zh()
    t1 = (
        f"【{P(d.pick(HOSPITALS_ZH))}】尊敬的{p.m()}，您预约的{P(d.pick(DEPTS_ZH))}{doc.m()}医生号源为{P(d.pick(VISIT_ZH))}上午"
        f"{P(str(d.r.randint(1, 40)) + '号')}，就诊卡号{d.mrn()}，请提前{P('30分钟')}取号。退订回T"
    )
    t2 = f"好的收到 谢谢{doc.titled('医生')}👍 我电话换了 新号{d.mobile()}"
    return "zh", "sms", [t1, t2] if d.r.random() < 0.7 else [t1]


def t_voice(d: Draw):
    p, son, doc = d.zh(), d.zh(), d.zh()
    t1 = (
        f"喂医生啊我跟你讲我屋里头老汉{p.m()}哦他那个血压一直下不来{P(d.pick(['一百六', '一百七十几']))}嘛药也在吃的"
        f"{P(d.pick(['氨氯地平', '硝苯地平']))}嘛你看要不要换嘛"
    )
    t2 = f"你莫急嘛叫{son.m()}明天带他过来挂{doc.m()}的号嘛身份证号码{d.cn_id()}带起"
    t3 = f"要得要得我电话是{d.mobile_voice() if d.r.random() < 0.5 else d.mobile('plain')}你记一哈{doc.titled('医生')}那里几点开门嘛"
    return "zh", "voice_dialect", [t1, t2, t3]


def t_voice_dob(d: Draw):
    p = d.zh("wordlike")
    t = (
        f"嗯那个病人叫{p.m()}嘛出生是{d.dob_zh('cn')}住那个{d.addr_cn(rural=True)}屋头就他一个人"
        f"{P(d.pick(AGES_ZH))}了血糖{P('十几')}个"
    )
    return "zh", "voice_dialect", [t]


def t_hk_record(d: Draw):
    p, doc = d.trad(), d.trad()
    roman = HK_ROMAN.get(p.surname)
    eng = ""
    if roman:
        g = d.pick(HK_GIVEN_ROMAN)
        eng = f"（{RA(roman + ' ' + g, p.full)}）"
    t = (
        f"{P(d.pick(HOSPITALS_HK))} 門診紀錄\n病人姓名：{p.m()}{eng}\n香港身份證：{d.hk_id()}\n出生日期：{d.dob_hk()}\n"
        f"地址：{d.addr_hk()}\n電話：{d.hk_phone()}\n診斷：{P(d.pick(EPONYMS_TRAD))}  主診醫生：{doc.m()}"
    )
    return "zh", "hk_record", [t]


def t_hk_chat(d: Draw):
    p, nurse = d.trad(), d.trad()
    nick = d.nick()
    t1 = f"{nick.m()}：{nurse.titled('姑娘')}，我阿媽{p.m()}今日覆診，{P(d.pick(BPS))}，醫生話要加{P(d.pick(DOSES_ZH))}"
    t1 = t1.replace(nurse.titled("姑娘"), nurse.m() + "姑娘")
    t2 = f"{R(nurse.full)}：收到，{p.short()}嘅病歷號{d.mrn('prefix')}，有咩事打{d.hk_phone()}搵我哋或者打{P('999')}"
    return "zh", "hk_chat", [t1, t2]


def t_tw_record(d: Draw):
    p, doc = d.trad(), d.trad()
    t = (
        f"{P(d.pick(HOSPITALS_TW))}  病歷摘要\n姓名：{p.m()}  身分證字號：{d.tw_id()}\n出生：{d.dob_roc()}  "
        f"健保卡號：{d.insurance_no('tw')}\n病歷號：{d.mrn()}\n住址：{d.addr_tw()}\n手機：{d.tw_phone()}\n"
        f"就診日期：{P(d.pick(['民國115年11月5日', '115/11/12', '民國115年10月30日']))}  科別：{P(d.pick(DEPTS_TRAD))}  醫師：{doc.m()}"
    )
    return "zh", "tw_record", [t]


def t_tw_line(d: Draw):
    p, doc = d.trad(), d.trad()
    t1 = f"{doc.titled('醫師')}您好，我是{p.m()}的女兒，我媽{P(d.pick(AGES_ZH))}，{P(d.pick(EPONYMS_TRAD))}吃{P('Madopar')}三年了"
    t1 = t1.replace(doc.titled("醫師"), doc.m() + "醫師")
    t2 = f"請帶健保卡跟身分證{d.tw_id()}來掛號，有問題打{d.tw_phone()}，情緒低落可撥安心專線{P('1925')}"
    return "zh", "tw_line", [t1, t2]


def t_minority(d: Draw):
    p, rel, doc = d.zh("minority"), d.zh("minority"), d.zh()
    t1 = (
        f"患者{p.m()}，{d.pick(['维吾尔族', '藏族', '蒙古族', '哈萨克族', '彝族'])}，{P(d.pick(AGES_ZH))}，汉语不流利，由{rel.m()}翻译。"
        f"身份证{d.cn_id()}，住{d.addr_cn()}。"
    )
    t2 = f"{doc.m()}：{p.part(p.parts[1] if len(p.parts) > 1 else p.full)}今天{P(d.pick(BPS))}，让{R(rel.full)}记得提醒他吃{P(d.pick(DOSES_ZH))}。"
    return "zh", "minority_names", [t1, t2]


def t_nicknames(d: Draw):
    p = d.zh("wordlike")
    nick_forms = [f"阿{p.given[-1]}", f"{p.given[-1]}{p.given[-1]}", f"小{p.surname}", f"老{p.surname}"]
    nick = d.pick(nick_forms)
    t1 = f"姐妹们我老公{p.m()}昨天体检{P(d.pick(LABS_ZH))}是不是很严重啊😰"
    t2 = f"让{RA(nick, p.full)}赶紧去{P(d.pick(DEPTS_ZH))}看看 别拖"
    t3 = f"嗯嗯 {R(nick)}这人死犟 明天约了{P(d.pick(HOSPITALS_ZH))}的号 就诊卡{d.mrn()}"
    return "zh", "wechat_group", [t1, t2, t3]


def t_labels_mrn(d: Draw):
    p = d.zh(d.pick(["rare", "compound", "common"]))
    labels = [
        "门诊号",
        "住院号",
        "病案号",
        "病历号",
        "ID号",
        "登记号",
        "就诊卡号",
        "诊疗卡号",
        "患者ID",
        "档案号",
        "健康档案号",
        "HIS号",
        "急诊号",
        "条码号",
    ]
    l1, l2 = d.r.sample(labels, 2)
    sep = d.pick(["：", ":", "", " ", "【"])
    close = "】" if sep == "【" else ""
    t = f"{p.m()} {l1}{sep}{d.mrn()}{close}\n{l2}{sep}{d.mrn()}{close}\n诊断：{P(d.pick(ICD))} {P(d.pick(EPONYMS_ZH))}"
    return "zh", "emr_export", [t]


def t_split_turns(d: Draw):
    p = d.zh()
    mob = d.mobile("plain")
    t1 = f"护士你好 我登记一下 姓名{p.m()} 电话是"
    t2 = f"{mob}"
    t3 = f"出生日期{d.dob_zh('dot')} 身份证{d.cn_id()}"
    return "zh", "registration_dialogue", [t1, t2, t3]


def t_email_zh(d: Draw):
    p, doc = d.zh(), d.zh("compound")
    t1 = (
        f"{doc.titled('老师')}您好：\n我是{p.m()}的家属，附件是{P(d.pick(HOSPITALS_ZH))}的出院小结（病案号{d.mrn()}）。"
        f"回复请发{d.email()}，谢谢！"
    )
    t1 = t1.replace(doc.titled("老师"), doc.m() + "老师")
    t2 = f"收到。请{p.short()}{P('2周')}后带片子来{P(d.pick(DEPTS_ZH))}，我的邮箱{d.qq_email()}。——{R(doc.full)}"
    return "zh", "email_thread", [t1, t2]


def t_en_referral(d: Draw):
    p, gp, cons = d.en(), d.en(), d.en()
    nhs = nhs_number(d.r)
    t = (
        f"Dear {cons.m()},\nRe: {p.m()}  DOB {d.dob_en()}  NHS No. {M('ID', nhs, nhs.split(' '))}\n"
        f"Address: {d.addr_en()}\nI would be grateful if you could see {p.pre('Mrs ')}, a {P('72-year-old')} with suspected "
        f"{P(d.pick(EPONYMS_EN))}. Current meds: {P(d.pick(DOSES_EN))}. {P(d.pick(LABS_EN))}.\n"
        f"Yours sincerely, {gp.m()}, {d.pick(['Harbourside Surgery', 'Elm Tree Practice'])}. Tel {d.en_phone()}"
    )
    return "en", "referral_letter", [t]


def t_en_nursing(d: Draw):
    a, b, nurse = d.en(), d.en(), d.en()
    t = (
        f"Handover {P('0700')}: Bed {P(str(d.r.randint(1, 30)))} {a.m()} ({P(str(d.r.randint(40, 95)) + 'F')}), MRN {d.mrn()}, "
        f"{P(d.pick(EPONYMS_EN))}, {P(d.pick(DOSES_EN))}. Daughter {b.m()} on {d.en_phone()}.\n"
        f"{R(a.surname)} was agitated overnight; Nurse {nurse.m()} gave PRN. Chart #{d.mrn('digits')}"
    )
    return "en", "nursing_handover", [t]


def t_en_portal(d: Draw):
    p, doc = d.en(), d.en()
    lower = d.r.random() < 0.3
    doc_first = M("NAME", doc.surname.lower(), [doc.surname.lower()]) if lower else doc.m()
    t1 = (
        f"hi dr {doc_first} its {p.m()} again, "
        f"my {P(d.pick(LABS_EN))} came back. born {d.dob_en()} if u need to look me up. email {d.email()}"
    )
    sign = R(doc.surname.lower()) if lower else R(doc.full)
    t2 = (
        f"Hi {R(p.parts[0])}, thanks. Please book a review at {P(d.pick(HOSPITALS_EN))} within {P('2 weeks')}. - {sign}"
    )
    return "en", "patient_portal", [t1, t2]


def t_en_insurance(d: Draw):
    p = d.en()
    first = p.parts[0]
    s_no = ssn(d.r)
    t = (
        f"CLAIM FORM\nMember: {M('NAME', f'{p.surname.upper()}, {first}', [p.surname.upper(), first])}\n"
        f"Member ID: {d.insurance_no()}  SSN: {M('ID', s_no, s_no.split('-')[0::2])}\nDOB: {d.dob_en()}\n"
        f"Address: {d.addr_en()}\nDx: {P(d.pick(ICD))} Rx: {P(d.pick(DOSES_EN))}  Lot {P('4K9' + str(d.r.randint(10, 99)) + 'A')}"
    )
    return "en", "insurance_claim", [t]


def t_en_sms(d: Draw):
    p, q = d.en(), d.en()
    lower = d.r.random() < 0.5
    first = p.parts[0]
    name = M("NAME", first.lower(), [first.lower()]) if lower else p.m()
    t1 = f"{name} pls remind ur mum her appt w Dr {q.m()} is {P('Tues 3pm')}, MRN {d.mrn()} 😊"
    t2 = f"ok thx. her new cell is {d.en_phone()} btw"
    return "en", "sms", [t1, t2]


def t_en_pinyin(d: Draw):
    p, doc = d.pinyin(), d.en()
    t = (
        f"Pt {p.m()}, {P(str(d.r.randint(30, 88)) + 'M')}, Mandarin interpreter. Passport {d.passport()}. "
        f"Seen by Dr {doc.m()} for {P(d.pick(EPONYMS_EN))}, {P(d.pick(BPS[1::2]))}. {doc.pre('Dr. ')} to review."
        f"\nContact: {d.email()}"
    )
    return "en", "clinic_note", [t]


def t_en_us_intake(d: Draw):
    p, ec = d.en(), d.en()
    t1 = (
        f"INTAKE - {P(d.pick(HOSPITALS_EN))} ED\nName: {p.m()}\nDate of birth: {d.dob_en()}\nPhone: {d.en_phone()}\n"
        f"Home: {d.addr_en()}\nEmergency contact: {ec.m()} (spouse)\nCC: chest pain x{P('2 days')}, {P(d.pick(LABS_EN))}"
    )
    t2 = f"Triage RN note: {R(p.parts[1])} reports pain 7/10. {P('ICD-10 R07.9')}."
    return "en", "ed_intake", [t1, t2]


def t_en_chart(d: Draw):
    """US chart export: "Last, First M" names, account and encounter numbers, b. dates."""
    p, att = d.en(), d.en()
    mid = d.pick("ABCDEJKLMRT")
    last = p.surname
    label1, label2 = d.r.sample(["Acct#", "FIN:", "HAR", "Encounter #", "Hosp No.", "Unit No."], 2)
    t = (
        f"{M('NAME', f'{last}, {p.parts[0]} {mid}', [last, p.parts[0]])}  {d.pick(['b.', 'D.O.B.', 'DOB'])} {d.dob_en()}\n"
        f"{label1} {d.mrn('digits')}  {label2}{d.mrn('prefix')}\nAttending: {att.surname.upper()}, {att.parts[0].upper()}\n"
        f"A/P: {P(d.pick(EPONYMS_EN))}, {P(d.pick(LABS_EN))}; start {P(d.pick(DOSES_EN))}."
    )
    t = t.replace(
        f"{att.surname.upper()}, {att.parts[0].upper()}",
        M("NAME", f"{att.surname.upper()}, {att.parts[0].upper()}", [att.surname.upper(), att.parts[0].upper()]),
    )
    return "en", "chart_export", [t]


def t_mixed_round(d: Draw):
    p, doc, res = d.zh(), d.zh(), d.pinyin()
    t1 = (
        f"Ward round {P(d.pick(VISIT_ZH))}: Pt {p.m()}, bed {P(str(d.r.randint(1, 40)))}, MRN:{d.mrn()}. "
        f"{P(d.pick(EPONYMS_EN))} on {P(d.pick(DOSES_EN))}, {P(d.pick(BPS))}."
    )
    t2 = f"Plan per {doc.titled('主任')}: 复查{P(d.pick(LABS_ZH))}，{res.m()} to call family at {d.mobile()}."
    t2 = t2.replace(doc.titled("主任"), doc.m() + "主任")
    return "zh", "mixed_ward_round", [t1, t2]


def t_mixed_wechat(d: Draw):
    p, nick, doc = d.zh(), d.nick(), d.zh()
    t1 = f"{nick.m()}: 我爸{p.m()} 的 {P(d.pick(LABS_EN))} 有点高 要不要紧啊"
    t2 = f"Ask {doc.titled(' doctor')} la, he's at {P(d.pick(HOSPITALS_EN + HOSPITALS_TRAD))}. His email {d.email()}"
    t2 = t2.replace(doc.titled(" doctor"), doc.m() + " doctor")
    t3 = f"ok thx 我先约 {P(d.pick(DEPTS_ZH))}, ID号{d.mrn()}"
    return "zh", "mixed_wechat", [t1, t2, t3]


def t_mixed_en_first(d: Draw):
    p, rel = d.pinyin(), d.zh()
    t = (
        f"Discharge summary. Patient: {p.m()} (mother {rel.m()}), DOB {d.dob_zh('ymd')}, ID {d.cn_id()}. "
        f"Dx: {P(d.pick(EPONYMS_EN))} ({P(d.pick(ICD))}). Follow-up in {P(d.pick(DEPTS_ZH))}, call {d.landline()}."
    )
    return "en", "mixed_discharge", [t]


def t_mixed_hk(d: Draw):
    p = d.trad()
    roman = HK_ROMAN.get(p.surname, "CHOI")
    g = d.pick(HK_GIVEN_ROMAN)
    t = (
        f"Name: {M('NAME', roman + ' ' + g, [roman + ' ' + g, g])} ({RA(p.full, roman + ' ' + g)})  HKID: {d.hk_id()}\n"
        f"DOB: {d.dob_hk()}  Tel: {d.hk_phone()}\nAdd: {d.addr_hk()}\nDx: {P(d.pick(EPONYMS_EN))}, 覆診 {P(d.pick(DEPTS_TRAD))}"
    )
    return "en", "mixed_hk_form", [t]


PHI_TEMPLATES: list[tuple[Callable, int]] = [
    (t_emr_front, 7),
    (t_progress, 7),
    (t_lab_report, 7),
    (t_imaging, 6),
    (t_insurance, 6),
    (t_invoice, 5),
    (t_referral, 6),
    (t_consult, 6),
    (t_nursing, 6),
    (t_family, 6),
    (t_escort, 5),
    (t_online, 7),
    (t_wechat, 7),
    (t_sms, 5),
    (t_voice, 6),
    (t_voice_dob, 4),
    (t_hk_record, 7),
    (t_hk_chat, 6),
    (t_tw_record, 7),
    (t_tw_line, 6),
    (t_minority, 5),
    (t_nicknames, 6),
    (t_labels_mrn, 5),
    (t_split_turns, 5),
    (t_email_zh, 5),
    (t_brackets, 3),
    (t_discharge, 3),
    (t_voice_northeast, 3),
    (t_hk_family, 4),
    (t_pinyin_zh, 3),
    (t_en_referral, 10),
    (t_en_nursing, 10),
    (t_en_portal, 9),
    (t_en_insurance, 10),
    (t_en_sms, 10),
    (t_en_pinyin, 10),
    (t_en_us_intake, 9),
    (t_en_chart, 4),
    (t_mixed_round, 13),
    (t_mixed_wechat, 12),
    (t_mixed_en_first, 10),
    (t_mixed_hk, 9),
]


# ---------------------------------------------------------------- clean templates
def c_progress(d: Draw):
    t = (
        f"{P(d.pick(VISIT_ZH))}病程记录：患者{P(d.pick(AGES_ZH))}，{P(d.pick(EPONYMS_ZH))}（{P(d.pick(ICD))}）{P(d.pick(DURATIONS_ZH))}，"
        f"今日{P(d.pick(BPS))}，{P(d.pick(LABS_ZH))}，{P(d.pick(LABS_ZH))}。继续{P(d.pick(DOSES_ZH))}，"
        f"请{P(d.pick(DEPTS_ZH))}会诊。上级医师查房同意目前方案。"
    )
    return "zh", "progress_note", [t]


def c_herbs(d: Draw):
    h = d.r.sample(HERBS, 3)
    t = (
        f"中医科处方：{P(h[0])}{P('10g')}、{P(h[1])}{P('15g')}、{P(h[2])}{P('6g')}，水煎服，日{P('1剂')}，共{P('7剂')}。"
        f"批号：{P(str(d.r.randint(20240101, 20261130)))}。外用{P('马应龙麝香痔疮膏')}。"
    )
    return "zh", "prescription", [t]


def c_hospitals(d: Draw):
    h1, h2 = d.r.sample(HOSPITALS_ZH, 2)
    t1 = f"请问{P(h1)}和{P(h2)}哪个看{P(d.pick(EPONYMS_ZH))}好？孩子{P(d.pick(AGES_CHILD))}，{P(d.pick(LABS_ZH))}。"
    t2 = (
        f"两家的{P(d.pick(DEPTS_ZH))}都可以，挂号可拨卫生热线{P('12320')}，急症直接打{P('120')}。"
        f"孩子性格文静，别让她太紧张。"
    )
    return "zh", "online_consult", [t1, t2]


def c_drug_label(d: Draw):
    t = (
        f"【药品说明】{P(d.pick(DOSES_ZH))}  国药准字{P('H' + str(d.r.randint(10000000, 20269999)))}  "
        f"产品批号：{P(str(d.r.randint(230101, 261130)))}  有效期至{P('2028.06')}\n用法：{P('每日1次')}，"
        f"{P(d.pick(DURATIONS_ZH))}为一疗程。{P(d.pick(EPONYMS_ZH))}患者慎用。"
    )
    return "zh", "drug_label", [t]


def c_trad(d: Draw):
    t = (
        f"{P(d.pick(HOSPITALS_TRAD))}{P(d.pick(DEPTS_TRAD))}衛教：{P(d.pick(EPONYMS_TRAD))}病人{P(d.pick(BPS))}以下為目標，"
        f"回診日期{P(d.pick(['民國115年12月3日', '115/12/10']))}。心情低落請撥安心專線{P('1925')}，香港可致電{P('2389 2222')}。"
    )
    return "zh", "patient_education", [t]


def c_voice(d: Draw):
    t = (
        f"医生我妈{P(d.pick(AGES_ZH))}了那个{P(d.pick(EPONYMS_ZH))}吃{P('美多芭')}吃了{P(d.pick(DURATIONS_ZH))}现在手还是抖"
        f"血压{P('一百五')}的样子要不要去{P(d.pick(HOSPITALS_ZH))}看一下嘛"
    )
    return "zh", "voice_dialect", [t]


def c_wechat(d: Draw):
    t1 = f"群里有人知道{P(d.pick(HOSPITALS_ZH))}{P(d.pick(DEPTS_ZH))}周几有专家门诊吗🙏"
    t2 = f"周三上午，{P('8:00')}开始放号，{P(d.pick(LABS_ZH))}的话先去抽血。高峰期人多😂"
    return "zh", "wechat_group", [t1, t2]


def c_lab(d: Draw):
    a, b, c = d.r.sample(LABS_ZH, 3)
    t = (
        f"检验结果：{P(a)} ↑；{P(b)}；{P(c)} ↓。参考范围见背面。"
        f"标本采集时间{P(d.pick(VISIT_ZH))}，结论：符合{P(d.pick(EPONYMS_ZH))}表现，建议{P(d.pick(DEPTS_ZH))}随诊。"
    )
    return "zh", "lab_report", [t]


def c_en_note(d: Draw):
    t = (
        f"{P('68-year-old')} with {P(d.pick(EPONYMS_EN))} ({P(d.pick(ICD))}) for {P('6 years')}. {P(d.pick(LABS_EN))}, "
        f"{P(d.pick(BPS[1::2]))}. Continue {P(d.pick(DOSES_EN))}; referred to {P(d.pick(HOSPITALS_EN))}. "
        f"Review {P('2026-12-14')}. Safety-net: {P('NHS 111')} or {P('999')}."
    )
    return "en", "clinic_note", [t]


def c_en_lot(d: Draw):
    scholl = P("Dr. Scholl's")
    t = (
        f"Vaccine given: {P('Shingrix 0.5 mL IM')} left deltoid, Lot {P('AB' + str(d.r.randint(100, 999)) + 'C')}, "
        f"exp {P('03/2028')}. Poison Control {P('1-800-222-1222')}; crisis line {P('988')}. {scholl} insoles advised."
    )
    return "en", "immunisation_record", [t]


def c_mixed(d: Draw):
    t = (
        f"Follow-up: {P(d.pick(EPONYMS_EN))}, TSH见上，{P(d.pick(LABS_ZH))}，{P(d.pick(DOSES_EN))}不变，"
        f"{P(d.pick(VISIT_ZH))}回{P(d.pick(HOSPITALS_ZH))}复查。"
    )
    return "zh", "mixed_followup", [t]


CLEAN_TEMPLATES: list[tuple[Callable, int]] = [
    (c_progress, 7),
    (c_herbs, 7),
    (c_hospitals, 6),
    (c_drug_label, 5),
    (c_trad, 7),
    (c_voice, 4),
    (c_wechat, 5),
    (c_lab, 5),
    (c_en_note, 9),
    (c_en_lot, 7),
    (c_mixed, 8),
]


# ---------------------------------------------------------------- parse and check
MARK = re.compile(r"⟦([A-Z]+):([^⟧]*)⟧|⟦=([^⟧]*)⟧|⟪([^⟫]*)⟫")


def fold(text: str) -> tuple[str, list[int]]:
    """Per-character NFKC + casefold, with each folded character's index in the original."""
    out, where = [], []
    for i, c in enumerate(text):
        for f in unicodedata.normalize("NFKC", c).casefold():
            out.append(f)
            where.append(i)
    return "".join(out), where


def parse(marked: list[str]) -> tuple[list[str], list[dict], list[str], list[list[tuple[int, int]]]]:
    spans: list[dict] = []
    by_text: dict[str, dict] = {}
    protect: list[str] = []
    turns, id_ranges = [], []
    for turn in marked:
        out, ranges, pos = [], [], 0
        length = 0
        for m in MARK.finditer(turn):
            out.append(turn[pos : m.start()])
            length += m.start() - pos
            pos = m.end()
            if m.group(1):
                text, *parts = m.group(2).split("|")
                if text in by_text:
                    raise ValueError(f"identifier marked twice: {text}")
                span = {"kind": m.group(1), "text": text, "parts": list(dict.fromkeys(parts))}
                spans.append(span)
                by_text[text] = span
                ranges.append((length, length + len(text)))
            elif m.group(3) is not None:
                body = m.group(3)
                known = {t.casefold() for s in spans for t in [s["text"], *s["parts"]]}
                if body.casefold() in known:
                    text = body
                else:
                    text, owner = body.rsplit("@", 1)
                    by_text[owner]["parts"].append(text)
                ranges.append((length, length + len(text)))
            else:
                text = m.group(4)
                if text not in protect:
                    protect.append(text)
            out.append(text)
            length += len(text)
        out.append(turn[pos:])
        turns.append("".join(out))
        id_ranges.append(ranges)
    return turns, spans, protect, id_ranges


def check(
    turns: list[str], spans: list[dict], protect: list[str], id_ranges: list[list[tuple[int, int]]]
) -> str | None:
    """Return why this draw is unusable, or None."""
    joined = "\n".join(turns)
    owners: dict[str, str] = {}
    for s in spans:
        if s["text"] not in joined:
            return f"span text missing: {s['text']}"
        if s["kind"] == "ID" and re.fullmatch(r"[0-9Xx]{18}", s["text"]) and not cn_id_valid(s["text"]):
            return f"bad resident id {s['text']}"
        if s["kind"] == "ID" and re.fullmatch(r"[A-Z][12]\d{8}", s["text"]) and not tw_id_valid(s["text"]):
            return f"bad Taiwan id {s['text']}"
        for p in s["parts"]:
            if not p.strip():
                return f"empty part in {s['text']}"
            key = fold(p)[0]
            if owners.setdefault(key, s["text"]) != s["text"]:
                return f"part {p!r} belongs to two identifiers"
    for turn, ranges in zip(turns, id_ranges, strict=True):
        folded, where = fold(turn)
        for key in owners:
            for m in re.finditer(re.escape(key), folded):
                a, b = where[m.start()], where[m.end() - 1] + 1
                if not any(x <= a and b <= y for x, y in ranges):
                    return f"part {key!r} occurs outside identifiers in {turn[max(0, a - 10) : b + 10]!r}"
        for v in protect:
            for m in re.finditer(re.escape(v), turn):
                if any(m.start() < y and x < m.end() for x, y in ranges):
                    return f"protected {v!r} overlaps an identifier"
    for v in protect:
        if v not in joined:
            return f"protected value missing: {v}"
    return None


def plan() -> list[tuple[Callable, bool]]:
    """The template of each conversation: PHI ones and clean ones interleaved in a seeded order."""
    slots = [(t, False) for t, n in PHI_TEMPLATES for _ in range(n)] + [
        (t, True) for t, n in CLEAN_TEMPLATES for _ in range(n)
    ]
    assert len(slots) == TOTAL, len(slots)
    random.Random(SEED).shuffle(slots)
    return slots


def build() -> list[dict]:
    rows, failures = [], Counter()
    for i, (template, clean) in enumerate(plan(), start=1):
        for attempt in range(200):
            d = Draw(random.Random(f"{SEED}-{i}-{attempt}"))
            lang, style, marked = template(d)
            turns, spans, protect, ranges = parse(marked)
            problem = check(turns, spans, protect, ranges) or (
                ("clean text has identifiers" if spans else None) if clean else (None if spans else "no identifiers")
            )
            if problem is None:
                break
            failures[template.__name__] += 1
        else:
            raise SystemExit(f"{template.__name__}: no valid draw in 200 attempts ({problem})")
        rows.append(
            {
                "id": f"dev3-{i:04d}",
                "lang": lang,
                "style": "clean" if clean else style,
                "source": template.__name__[2:],
                "turns": turns,
                "spans": spans,
                "protect": protect,
            }
        )
    if failures:
        print("redrawn:", dict(failures.most_common()), file=sys.stderr)
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    kinds = Counter(s["kind"] for row in rows for s in row["spans"])
    print(
        f"{len(rows)} conversations -> {OUT.name}; langs {dict(Counter(r['lang'] for r in rows))}; "
        f"clean {sum(not r['spans'] for r in rows)}; kinds {dict(kinds)}"
    )


if __name__ == "__main__":
    main()
