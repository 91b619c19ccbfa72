"""Write tests/data/deid_dev2.jsonl: a second development set for the scrubber, in styles the others lack.

Why it exists: the scrubber scored ~0.99 on the sets it was tuned on and 0.85 on `fresh2`, written by
someone who never read it. The gap is generalisation: rules fitted to one writer's sentences. This
set is for DEVELOPMENT (tuning on it is allowed); it was written without reading `fresh2`'s texts or
misses, from what real consultation transcripts and record excerpts hold and the other sets lack:

* names: nicknames (小王, 老李, 阿强, "Bex"), full names with a title after them (马晓岚护士长,
  "Okafor RN"), names in lists (会诊：甲、乙、丙; "Present: ..."), signatures (记录人, 审核, "Thanks,
  Megan"), family members (其女, "her son"), foreigners' names in Chinese transliteration (约翰·卡特),
  pinyin names in either language (Zhang Weiqiang, LIU Yuting), doctors in referrals;
* addresses with 号楼/单元/室, rural addresses (组, 屯, 村委会), English flats, rural routes and
  P.O. boxes, workplaces (not identifiers, kept unlabelled);
* phones with extensions (转, 分机, ext, x), resident IDs in spaced groups and the old 15-digit
  form, IDs with a wrong check digit after their cue (a typo is still someone's number), insurance
  and member numbers, record numbers with many labels;
* dates of birth in many forms (1968.03.07, 68年3月7号生, 农历, "born 3rd Feb '61", "d.o.b.", "DOB -");
* bed numbers (12床, "bed 14"), which PROTOCOL §7 does not list, as protected values, and PHI-free
  texts full of look-alikes (徐长卿, 白求恩, "Hodgkin", "Dr. Martens").

Marks, parts and checks are those of make_deid_fresh.py (`build`, `check_conversation`): a
conversation whose generated names collide with other text is drawn again. Deterministic.

    python tests/data/make_deid_dev2.py
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_deid_fresh import KINDS, Conversation, build, check_conversation, cn_id_check_digit  # noqa: E402

OUT = HERE / "deid_dev2.jsonl"
SEED = 20261201
PER_TEMPLATE = 8

# ----------------------------------------------------------------------------------------------
# Pools: general, combinatorial (surname x given characters), not lists of people.

ZH_SURNAMES = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
ZH_DOUBLE = [
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
    "宇文",
    "长孙",
    "司徒",
    "端木",
    "夏侯",
]
ZH_GIVEN_M = list(
    "伟强磊军洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林毅锋亮峰建国志海成晨昊博文轩睿泽铭皓然诚彬坤荣永春松柏栋梁远航逸骏翔晖"
)
ZH_GIVEN_F = list(
    "芳娜敏静丽艳娟霞秀桂英玉兰萍红玲燕雪琳晶瑶梓涵欣怡婷倩颖慧悦嘉佳思雨诗若梦紫馨宁莉蓉琴凤云霖雅楠丹岚蕾薇菲璐媛妍婕琪露洁"
)
ZH_PLAIN_NICK = list("强军磊伟明华平刚勇涛")  # 阿强, 阿军: the usual given characters of 阿X nicknames

ZH_FOREIGN = [
    ("约翰·卡特", ["约翰·卡特", "卡特"]),
    ("玛丽亚·冈萨雷斯", ["玛丽亚·冈萨雷斯", "冈萨雷斯"]),
    ("安娜·彼得罗娃", ["安娜·彼得罗娃", "彼得罗娃"]),
    ("迈克尔·布朗", ["迈克尔·布朗", "迈克尔"]),
    ("大卫·米勒", ["大卫·米勒", "米勒"]),
    ("伊丽莎白·泰勒", ["伊丽莎白·泰勒", "伊丽莎白"]),
    ("穆罕默德·阿里夫", ["穆罕默德·阿里夫", "阿里夫"]),
    ("田中美纪", ["田中美纪", "美纪"]),
    ("金敏浩", ["金敏浩", "敏浩"]),
    ("汉斯·施密特", ["汉斯·施密特", "施密特"]),
]
PINYIN_SURNAMES = ["Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou", "Xu", "Sun", "Hu", "Guo", "Lin", "Luo", "Zheng", "Xie", "Song", "Tang", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Pan", "Cai", "Wei", "Lu", "Jiang", "Shen", "Yao", "Cui", "Fan", "Qin", "Xue", "Yan", "Duan", "Lei", "Hou", "Ouyang"]  # fmt: skip
PINYIN_GIVEN = ["Weiqiang", "Xiaoming", "Yuting", "Jianguo", "Haoran", "Zihan", "Meiling", "Jiahui", "Shuang", "Xinyi", "Lei", "Fang", "Jun", "Tao", "Ying", "Qiang", "Hongmei", "Zhiwei", "Yifan", "Ruoxi", "Mingyu", "Lihua", "Guoqing", "Xiuying", "Dongmei", "Chenxi", "Yue", "Wenjie", "Kaixuan", "Siyu"]  # fmt: skip

EN_FIRST = ["Megan", "Rajesh", "Siobhan", "Tomasz", "Abigail", "Dwayne", "Ngozi", "Callum", "Priya", "Mateo", "Ingrid", "Kwame", "Leticia", "Oskar", "Yusuf", "Harriet", "Declan", "Esperanza", "Benedikt", "Amara", "Lorcan", "Thandiwe", "Ruairi", "Fenna", "Imogen", "Jarrah", "Keziah", "Lucan", "Marisol", "Niall", "Orla", "Pavel", "Quinn", "Rosalind", "Soren", "Tabitha", "Ulrich", "Vesna", "Wilhelmina", "Xander", "Yolanda", "Zoltan", "Agnieszka", "Bartholomew", "Cressida", "Dmitri", "Eilidh", "Fergus", "Gwendolyn", "Hamish"]  # fmt: skip
EN_LAST = ["Whitfield", "Okafor", "Lindqvist", "Abernathy", "Castellanos", "Mbeki", "Fairbrother", "Kowalczyk", "Oyelaran", "Pemberton", "Rasmussen", "Szymanski", "Thistlewood", "Vandenberg", "Wojcik", "Yardley", "Achterberg", "Blackwood", "Colquhoun", "Delacroix", "Eskildsen", "Fitzgerald", "Gallagher", "Hargreaves", "Iwu", "Jankowski", "Kavanagh", "Lombardi", "McAllister", "Nakashima", "Osei-Bonsu", "Prendergast", "Quirke", "Rutherford", "Sandoval", "Tremblay", "Underhill", "Villanueva", "Wainwright", "Zielinski", "Acheampong", "Brannigan", "Cavendish", "Dunleavy", "Etherington", "Featherstone", "Gunasekara", "Holloway", "Ibarra", "Jefferies"]  # fmt: skip
EN_NICK = {"Rebecca": "Bex", "William": "Billy", "Elizabeth": "Liz", "Robert": "Bobby", "Margaret": "Maggie", "Jonathan": "Jonno", "Katherine": "Kate", "Alexander": "Sandy", "Patricia": "Trish", "Nicholas": "Nicky"}  # fmt: skip

ZH_CITIES = [("浙江省", "绍兴市", "越城区"), ("河南省", "洛阳市", "涧西区"), ("四川省", "绵阳市", "涪城区"), ("湖南省", "株洲市", "芦淞区"), ("山东省", "潍坊市", "奎文区"), ("江苏省", "常州市", "天宁区"), ("广东省", "佛山市", "禅城区"), ("辽宁省", "鞍山市", "铁东区"), ("安徽省", "芜湖市", "镜湖区"), ("福建省", "泉州市", "丰泽区")]  # fmt: skip
ZH_COMPOUNDS = ["翠湖天地", "金色家园", "阳光新城", "紫薇花园", "锦江苑", "世纪华庭", "银杏小区", "丽景湾", "和平里小区", "东湖名苑", "凤凰城", "康乐新村"]  # fmt: skip
ZH_ROADS = ["解放北路", "人民中路", "建设大道", "朝阳东街", "文化路", "中山南路", "团结巷", "新华街", "光明路", "胜利西路"]  # fmt: skip
ZH_RURAL = [("安徽省", "阜阳市", "临泉县", "杨桥镇", "前营村"), ("河南省", "周口市", "郸城县", "汲冢镇", "李楼村"), ("四川省", "南充市", "仪陇县", "马鞍镇", "白坪村"), ("甘肃省", "天水市", "秦安县", "莲花镇", "西川村"), ("湖北省", "黄冈市", "蕲春县", "漕河镇", "株林村"), ("黑龙江省", "绥化市", "望奎县", "灵山乡", "正白旗二屯")]  # fmt: skip
ZH_WORKPLACES = ["市第三建筑公司", "县粮食局", "本地一家物流公司", "镇上的砖厂", "市纺织厂", "区税务局"]
EN_STREETS = ["Linden Avenue", "Harcourt Road", "Birchwood Drive", "Mill Lane", "Quarry Street", "Foxglove Close", "Kingfisher Way", "Elm Terrace", "Holloway Crescent", "Sycamore Court", "Wren Street", "Badger Lane"]  # fmt: skip
EN_TOWNS = [("Springfield", "IL", "62704"), ("Dayton", "OH", "45402"), ("Boise", "ID", "83702"), ("Fresno", "CA", "93721"), ("Macon", "GA", "31201"), ("Tulsa", "OK", "74103")]  # fmt: skip
EN_UK = [("Whitby", "YO21 3PU"), ("Kendal", "LA9 4DL"), ("Stroud", "GL5 1AB"), ("Ludlow", "SY8 1RP"), ("Truro", "TR1 2SF")]  # fmt: skip
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]  # fmt: skip
ZH_NUMERALS = "〇一二三四五六七八九"
CN_AREAS = ["330602", "410305", "510703", "430203", "370705", "320402", "440604", "210302", "340202", "350503"]

ZH_DRUGS = [("氨氯地平", "5mg"), ("二甲双胍", "0.5g"), ("阿托伐他汀", "20mg"), ("奥美拉唑", "20mg"), ("硝苯地平", "30mg"), ("氯吡格雷", "75mg"), ("头孢克肟", "0.1g"), ("布洛芬", "0.3g")]  # fmt: skip
EN_DRUGS = [("metformin", "500 mg"), ("amlodipine", "10 mg"), ("ramipril", "5 mg"), ("apixaban", "2.5 mg"), ("sertraline", "100 mg"), ("co-amoxiclav", "625 mg"), ("bisoprolol", "2.5 mg"), ("furosemide", "40 mg")]  # fmt: skip
ZH_DEPTS = ["心内科", "呼吸科", "消化内科", "神经内科", "内分泌科", "骨科", "肾内科", "普外科"]
ZH_HOSPITALS = ["绍兴市人民医院", "洛阳市中心医院", "绵阳市第三人民医院", "株洲市中医院", "县人民医院", "镇卫生院"]
EN_HOSPITALS = ["St Mary's Hospital", "Royal Infirmary", "Riverside General", "County Memorial Hospital", "Mercy Medical Center"]  # fmt: skip


class Draw:
    """Fresh people, numbers and places for one conversation, from the pools."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used_surnames: set[str] = set()
        self.used_given: set[str] = set()

    def zh(self, female: bool | None = None, double: bool = False, one_char: bool | None = None) -> tuple[str, str]:
        """A Chinese name and its surname; surnames and given characters differ inside one conversation."""
        rng = self.rng
        while True:
            surname = rng.choice(ZH_DOUBLE) if double else rng.choice(ZH_SURNAMES)
            pool = ZH_GIVEN_F if (female if female is not None else rng.random() < 0.5) else ZH_GIVEN_M
            single = one_char if one_char is not None else rng.random() < 0.3
            given = rng.choice(pool) if single else rng.choice(pool) + rng.choice(pool)
            if (
                surname in self.used_surnames
                or any(c in self.used_given for c in given)
                or len(set(given)) < len(given)
            ):
                continue
            if any(c in surname for c in given):
                continue
            self.used_surnames.add(surname)
            self.used_given.update(given)
            return surname + given, surname

    def en(self) -> tuple[str, str]:
        first, last = self.rng.choice(EN_FIRST), self.rng.choice(EN_LAST)
        while first in self.used_given or last in self.used_surnames:
            first, last = self.rng.choice(EN_FIRST), self.rng.choice(EN_LAST)
        self.used_given.add(first)
        self.used_surnames.add(last)
        return first, last

    def pinyin(self) -> tuple[str, str]:
        surname, given = self.rng.choice(PINYIN_SURNAMES), self.rng.choice(PINYIN_GIVEN)
        while surname in self.used_surnames or given in self.used_given:
            surname, given = self.rng.choice(PINYIN_SURNAMES), self.rng.choice(PINYIN_GIVEN)
        self.used_surnames.add(surname)
        self.used_given.add(given)
        return surname, given

    def mobile(self, spaced: bool | None = None) -> str:
        rng = self.rng
        digits = rng.choice(["13", "15", "17", "18", "19"]) + "".join(rng.choice("0123456789") for _ in range(9))
        style = rng.choice(["plain", "space", "dash"]) if spaced is None else ("space" if spaced else "plain")
        if style == "space":
            return f"{digits[:3]} {digits[3:7]} {digits[7:]}"
        if style == "dash":
            return f"{digits[:3]}-{digits[3:7]}-{digits[7:]}"
        return digits

    def landline_zh(self) -> tuple[str, list[str]]:
        rng = self.rng
        area = rng.choice(["0575", "0379", "0816", "0731", "0536", "0519", "010", "021"])
        local = str(rng.randint(2, 8)) + "".join(rng.choice("0123456789") for _ in range(7))
        ext = str(rng.randint(100, 8999))
        form = rng.choice(
            [f"{area}-{local}转{ext}", f"{area}-{local[:4]} {local[4:]} 分机{ext}", f"({area}){local}-{ext}"]
        )
        parts = [local] if local in form else [local[:4], local[4:]]
        return form, parts

    def phone_en(self) -> tuple[str, list[str]]:
        rng = self.rng
        a, b, c = rng.randint(201, 989), rng.randint(201, 989), rng.randint(1000, 9999)
        ext = rng.randint(10, 999)
        uk = f"07{rng.randint(700, 999)} {rng.randint(100000, 999999)}"
        options = [
            (f"({a}) {b}-{c} ext. {ext}", [str(a), str(b), str(c)]),
            (f"{a}.{b}.{c} x{ext}", [str(a), str(b), str(c)]),
            (f"{a}-{b}-{c}", [str(a), str(b), str(c)]),
            (f"+1 {a} {b} {c}", [str(a), str(b), str(c)]),
            (uk, uk.split()),
            (f"+44 {uk[1:]}", uk[1:].split()),
        ]
        return rng.choice(options)

    def resident_id(self, wrong_check: bool = False, spaced: bool = False, old: bool = False) -> str:
        rng = self.rng
        area = rng.choice(CN_AREAS)
        year, month, day = rng.randint(1940, 2005), rng.randint(1, 12), rng.randint(1, 28)
        serial = f"{rng.randint(0, 999):03d}"
        if old:
            return f"{area}{year % 100:02d}{month:02d}{day:02d}{serial}"
        body = f"{area}{year}{month:02d}{day:02d}{serial}"
        check = cn_id_check_digit(body)
        if wrong_check:
            check = rng.choice([c for c in "0123456789X" if c != check])
        number = body + check
        if spaced:
            return f"{number[:6]} {number[6:14]} {number[14:]}"
        return number

    def digits(self, n: int) -> str:
        return str(self.rng.randint(1, 9)) + "".join(self.rng.choice("0123456789") for _ in range(n - 1))

    def birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1935, 2010), self.rng.randint(1, 12), self.rng.randint(1, 28)

    def dob_zh(self) -> str:
        y, m, d = self.birth()
        numeral_year = "".join(ZH_NUMERALS[int(c)] for c in str(y))
        forms = [
            f"{y}.{m:02d}.{d:02d}",
            f"{y}年{m}月{d}日",
            f"{y}/{m}/{d}",
            f"{y}-{m:02d}-{d:02d}",
            f"{numeral_year}年{zh_number(m)}月{zh_number(d)}日",
            f"{y}年{m}月{d}号",
        ]
        return self.rng.choice(forms)

    def dob_en(self) -> str:
        y, m, d = self.birth()
        month = EN_MONTHS[m - 1]
        forms = [
            f"{m}/{d}/{y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{m}/{d}/{y % 100:02d}",
            f"{month} {d}, {y}",
            f"{d} {month[:3]} {y}",
            f"{d}{ordinal(d)} {month} {y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d}-{month[:3]}-{y}",
            f"{month[:3]} {d} {y}",
        ]
        return self.rng.choice(forms)

    def compound_address(self) -> tuple[str, list[str]]:
        rng = self.rng
        province, city, district = rng.choice(ZH_CITIES)
        compound = rng.choice(ZH_COMPOUNDS)
        building, unit, room = rng.randint(1, 30), rng.randint(1, 4), rng.randint(1, 28) * 100 + rng.randint(1, 4)
        forms = [
            f"{city}{district}{compound}{building}号楼{unit}单元{room}室",
            f"{province}{city}{district}{compound}{building}栋{unit}单元{room}",
            f"{district}{compound}{building}-{unit}-{room}",
        ]
        text = rng.choice(forms)
        return text, [compound, f"{room}"]

    def road_address(self) -> tuple[str, list[str]]:
        rng = self.rng
        _, city, district = rng.choice(ZH_CITIES)
        road, number = rng.choice(ZH_ROADS), rng.randint(3, 388)
        text = rng.choice([f"{city}{district}{road}{number}号", f"{district}{road}{number}号院{rng.randint(1, 9)}号楼"])
        return text, [f"{road}{number}号"]

    def rural_address(self) -> tuple[str, list[str]]:
        rng = self.rng
        province, city, county, town, village = rng.choice(ZH_RURAL)
        group = rng.choice(["三组", "5组", "二队", "12号", "东头"])
        text = rng.choice([f"{county}{town}{village}{group}", f"{province}{city}{county}{town}{village}{group}"])
        return text, [village if village.endswith(("村", "屯")) else village, town]

    def en_address(self) -> tuple[str, list[str]]:
        rng = self.rng
        number, street = rng.randint(2, 4999), rng.choice(EN_STREETS)
        if rng.random() < 0.5:
            town, state, zip_code = rng.choice(EN_TOWNS)
            flat = rng.choice(["", f"Apt {rng.randint(1, 30)}{rng.choice('ABCD')}, ", f"Unit {rng.randint(1, 40)}, "])
            text = f"{flat}{number} {street}, {town}, {state} {zip_code}"
            return text, [f"{number} {street}", zip_code]
        town, postcode = rng.choice(EN_UK)
        flat = rng.choice(["", f"Flat {rng.randint(1, 12)}, "])
        return f"{flat}{number} {street}, {town} {postcode}", [f"{number} {street}", postcode]


def zh_number(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")


def ordinal(day: int) -> str:
    return "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


# ----------------------------------------------------------------------------------------------
# Templates: each draws one conversation's marked turns.


def zh_templates() -> list:
    def nickname_chat(d: Draw):
        full, surname = d.zh()
        mum, _ = d.zh(female=True)
        drug, dose = d.rng.choice(ZH_DRUGS)
        return (
            "chat",
            [
                f"小{surname}啊，你妈的复查单子出来了没？",
                f"出来了嫂子，⟦NAME:{mum}⟧的血压还是⟪150/95mmHg⟫，医生让她⟪{drug}⟫加到⟪{dose}⟫。",
                f"那你让老{surname}多盯着点，别忘了吃药。",
            ],
            {"extra": [("NAME", f"小{surname}", [f"小{surname}"]), ("NAME", f"老{surname}", [f"老{surname}"])]},
        )

    def a_nickname(d: Draw):
        given = d.rng.choice(ZH_PLAIN_NICK)
        full, _ = d.zh(female=False)
        return (
            "consultation",
            [
                f"阿{given}：医生，我爸⟦NAME:{full}⟧昨晚咳了一整夜，还有点发烧⟪38.6℃⟫。",
                "医生：先带他来发热门诊查个血常规和胸片。",
            ],
            {"extra": [("NAME", f"阿{given}", [f"阿{given}"])]},
        )

    def title_after(d: Draw):
        nurse, _ = d.zh(female=True)
        doctor, _ = d.zh()
        title = d.rng.choice(["护士长", "主任医师", "副主任", "大夫", "教授", "主治医师"])
        dept = d.rng.choice(ZH_DEPTS)
        return (
            "record",
            [
                f"⟪{dept}⟫查房：⟦NAME:{doctor}⟧{title}查看患者，⟦NAME:{nurse}⟧护士长陪同。患者⟪12床⟫，神志清，⟪BP 132/80mmHg⟫。"
            ],
            {},
        )

    def name_list(d: Draw):
        names = [d.zh()[0] for _ in range(3)]
        sep = d.rng.choice(["、", "，", " "])
        hospital = d.rng.choice(ZH_HOSPITALS)
        return (
            "record",
            [
                f"会诊记录（⟪{hospital}⟫）\n参加人员：{sep.join(f'⟦NAME:{n}⟧' for n in names)}\n意见：建议完善⟪冠脉CTA⟫，继续⟪阿司匹林 100mg qd⟫。"
            ],
            {},
        )

    def signature(d: Draw):
        recorder, _ = d.zh()
        checker, _ = d.zh()
        y, m, day = 2024, d.rng.randint(1, 12), d.rng.randint(1, 28)
        return (
            "record",
            [
                f"出院小结：患者住院⟪9天⟫，诊断⟪2型糖尿病⟫，出院带药⟪二甲双胍 0.5g tid⟫。\n记录人：⟦NAME:{recorder}⟧    审核：⟦NAME:{checker}⟧\n⟪{y}-{m:02d}-{day:02d}⟫"
            ],
            {},
        )

    def signature_dash(d: Draw):
        doctor, _ = d.zh()
        return (
            "chat",
            [
                "您好，检查结果我看了，甲状腺结节⟪TI-RADS 3类⟫，半年复查一次超声就行。",
                f"——{doctor}",
            ],
            {"wrap_last": ("NAME", doctor)},
        )

    def family(d: Draw):
        patient, _ = d.zh()
        daughter, _ = d.zh(female=True)
        phone = d.mobile()
        relation = d.rng.choice(["其女", "女儿", "大女儿", "儿媳", "外孙女"])
        return (
            "record",
            [
                f"患者⟦NAME:{patient}⟧，⟪78岁⟫，由{relation}⟦NAME:{daughter}⟧陪同就诊，联系电话⟦PHONE:{phone}⟧。主诉反复胸闷⟪2年⟫，加重⟪3天⟫。"
            ],
            {},
        )

    def husband(d: Draw):
        me, _ = d.zh(female=True)
        husband, _ = d.zh(female=False)
        word = d.rng.choice(["我老公", "我爱人", "我家那口子", "孩子他爸"])
        return (
            "consultation",
            [
                f"医生好，我是⟦NAME:{me}⟧，{word}⟦NAME:{husband}⟧最近老是胃疼，吃了⟪奥美拉唑⟫也不管用。",
                "建议做个胃镜，看看有没有溃疡。",
            ],
            {},
        )

    def foreigner(d: Draw):
        name, parts = d.rng.choice(ZH_FOREIGN)
        mrn = d.digits(8)
        return (
            "record",
            [f"外籍患者⟦NAME:{name}|{'|'.join(parts)}⟧，门诊号⟦MRN:{mrn}⟧，因⟪腹痛6小时⟫就诊，需要翻译陪同。"],
            {},
        )

    def pinyin_in_zh(d: Draw):
        surname, given = d.pinyin()
        han, _ = d.zh()
        return (
            "record",
            [
                f"患者姓名：⟦NAME:{han}⟧（护照拼音 ⟦NAME:{surname.upper()} {given.upper()}|{surname.upper()}|{given.upper()}⟧），⟪45岁⟫，⟪发热3天⟫。"
            ],
            {},
        )

    def referral(d: Draw):
        doctor, surname = d.zh()
        hospital, dept = d.rng.choice(ZH_HOSPITALS), d.rng.choice(ZH_DEPTS)
        patient, _ = d.zh()
        form = d.rng.choice(
            [
                f"转诊至⟪{hospital}⟫⟪{dept}⟫⟦NAME:{doctor}⟧主任处进一步诊治。",
                f"经⟪{hospital}⟫⟦NAME:{doctor}⟧医生介绍来我院。",
                f"请⟪{dept}⟫⟦NAME:{doctor}⟧会诊。",
            ]
        )
        return "referral", [f"转诊单\n患者：⟦NAME:{patient}⟧\n{form}"], {}

    def compound(d: Draw):
        name, _ = d.zh()
        address, parts = d.compound_address()
        cue = d.rng.choice(["住址：", "家住", "现住", "地址是"])
        return "record", [f"姓名：⟦NAME:{name}⟧\n{cue}⟦ADDRESS:{address}|{'|'.join(parts)}⟧\n⟪高血压病史10年⟫"], {}

    def road(d: Draw):
        address, parts = d.road_address()
        return "chat", [f"快递寄到⟦ADDRESS:{address}|{'|'.join(parts)}⟧就行，药是⟪硝苯地平控释片⟫两盒。"], {}

    def rural(d: Draw):
        name, _ = d.zh()
        address, parts = d.rural_address()
        cue = d.rng.choice(["家住", "户籍地址：", "住址：", "现住"])
        return "record", [f"患者⟦NAME:{name}⟧，农民，{cue}⟦ADDRESS:{address}|{'|'.join(parts)}⟧，⟪咳嗽咳痰20年⟫。"], {}

    def workplace(d: Draw):
        name, _ = d.zh(female=False)
        work = d.rng.choice(ZH_WORKPLACES)
        return "consultation", [f"我叫⟦NAME:{name}⟧，在{work}上班，⟪腰痛两周⟫，搬重物后加重。"], {}

    def extension(d: Draw):
        doctor, _ = d.zh()
        phone, parts = d.landline_zh()
        return "chat", [f"有问题打科室电话⟦PHONE:{phone}|{'|'.join(parts)}⟧找⟦NAME:{doctor}⟧医生。"], {}

    def resident_ids(d: Draw):
        name, _ = d.zh()
        wrong = d.rng.random() < 0.4
        number = d.resident_id(wrong_check=wrong, spaced=d.rng.random() < 0.3)
        cue = d.rng.choice(["身份证号：", "身份证：", "证件号码", "身份证号码是"])
        return "record", [f"就诊人：⟦NAME:{name}⟧\n{cue}⟦ID:{number}⟧\n⟪过敏史：青霉素⟫"], {}

    def bare_id(d: Draw):
        name, _ = d.zh()
        number = d.resident_id(wrong_check=d.rng.random() < 0.5)
        return "chat", [f"帮我挂个号，⟦NAME:{name}⟧，⟦ID:{number}⟧，⟪内分泌科⟫明天上午。"], {}

    def old_id(d: Draw):
        name, _ = d.zh()
        number = d.resident_id(old=True)
        return "record", [f"患者⟦NAME:{name}⟧，身份证号（旧）⟦ID:{number}⟧，⟪82岁⟫。"], {}

    def insurance(d: Draw):
        name, _ = d.zh()
        number = d.rng.choice(["", "A", "ZJ"]) + d.digits(d.rng.choice([10, 12, 16]))
        cue = d.rng.choice(["医保卡号：", "社保卡号", "医保号：", "参保号："])
        kind = "ID"
        return "insurance", [f"报销申请\n被保险人：⟦NAME:{name}⟧\n{cue}⟦{kind}:{number}⟧\n费用：⟪1280.50元⟫"], {}

    def bed_and_mrn(d: Draw):
        name, _ = d.zh()
        mrn = d.rng.choice(["ZY", "", "MZ"]) + d.digits(d.rng.choice([6, 8, 10]))
        cue = d.rng.choice(["住院号", "病案号：", "ID号：", "登记号：", "病历号"])
        return "handover", [f"交班：⟪15床⟫⟦NAME:{name}⟧，{cue}⟦MRN:{mrn}⟧，术后第⟪2天⟫，引流⟪50ml⟫，⟪体温37.8℃⟫。"], {}

    def dob_forms(d: Draw):
        name, _ = d.zh()
        dob = d.dob_zh()
        cue = d.rng.choice(["出生日期：", "出生年月日：", "生日：", "出生："])
        return "record", [f"姓名：⟦NAME:{name}⟧ 性别：女 {cue}⟦DOB:{dob}⟧ ⟪门诊⟫"], {}

    def dob_trailing(d: Draw):
        name, _ = d.zh()
        y, m, day = d.birth()
        form = d.rng.choice([f"{y % 100:02d}年{m}月{day}号生的", f"{y}年{m}月{day}日出生", f"{y}.{m}.{day}生"])
        value = form.replace("生的", "").replace("出生", "").rstrip("生")
        return "consultation", [f"我叫⟦NAME:{name}⟧，⟦DOB:{value}⟧{form[len(value) :]}，最近血糖⟪空腹9.2⟫。"], {}

    def lunar(d: Draw):
        name, _ = d.zh()
        y = d.rng.randint(1940, 1970)
        numeral_year = "".join(ZH_NUMERALS[int(c)] for c in str(y))
        month = d.rng.choice(["正", "三", "七", "冬", "腊"])
        day = d.rng.choice(["初八", "十五", "廿三", "初三"])
        return "consultation", [f"老人叫⟦NAME:{name}⟧，农历⟦DOB:{numeral_year}年{month}月{day}⟧出生的，⟪耳背⟫。"], {}

    def multi_party(d: Draw):
        doctor, dsurname = d.zh()
        patient, psurname = d.zh()
        phone = d.mobile()
        return (
            "multi-turn",
            [
                f"护士：⟦NAME:{patient}⟧家属在吗？⟦=小{psurname}@{patient}|小{psurname}⟧的报告出来了。",
                f"家属：在的。⟦NAME:{doctor}⟧医生怎么说？",
                f"护士：⟦={dsurname}医生@{doctor}|{dsurname}医生⟧说⟪血钾3.1⟫偏低，要补钾。留个电话⟦PHONE:{phone}⟧吧。",
            ],
            {},
        )

    def wechat(d: Draw):
        name, _ = d.zh()
        phone = d.mobile()
        return "chat", [f"我是⟦NAME:{name}⟧，手机⟦PHONE:{phone}⟧，孩子⟪发烧39℃⟫吃了⟪布洛芬混悬液5ml⟫还不退。"], {}

    def double_surname(d: Draw):
        name, _ = d.zh(double=True)
        return "record", [f"患儿⟦NAME:{name}⟧，⟪5岁⟫，⟪咳嗽1周⟫，⟪血常规：WBC 11.2⟫。"], {}

    def teacher(d: Draw):
        name, surname = d.zh()
        child, _ = d.zh()
        return (
            "chat",
            [
                f"⟦NAME:{name}⟧老师您好，我是⟦NAME:{child}⟧的家长，孩子⟪水痘⟫，需要请假⟪一周⟫。",
                f"好的，收到。——⟦={surname}老师@{name}|{surname}老师⟧",
            ],
            {},
        )

    return [
        nickname_chat, a_nickname, title_after, name_list, signature, signature_dash, family, husband,
        foreigner, pinyin_in_zh, referral, compound, road, rural, workplace, extension, resident_ids,
        bare_id, old_id, insurance, bed_and_mrn, dob_forms, dob_trailing, lunar, multi_party, wechat,
        double_surname, teacher,
    ]  # fmt: skip


def en_templates() -> list:
    def nickname(d: Draw):
        full, nick = d.rng.choice(list(EN_NICK.items()))
        first, last = d.en()
        return (
            "chat",
            [
                f"Hi it's ⟦NAME:{nick}⟧ from the surgery, just confirming ⟦NAME:{first} {last}⟧'s bloods for ⟪Tuesday 9:30⟫.",
                "Thanks, see you then.",
            ],
            {},
        )

    def postnominal(d: Draw):
        first, last = d.en()
        title = d.rng.choice(["MD", "RN", "NP", "PA-C", "MBBS", "FRCP", "DO"])
        return (
            "record",
            [
                f"Assessment: ⟪community-acquired pneumonia⟫, CURB-65 ⟪1⟫. Start ⟪amoxicillin 500 mg TDS⟫.\n⟦NAME:{first} {last}⟧, {title}"
            ],
            {},
        )

    def surname_title(d: Draw):
        first, last = d.en()
        title = d.rng.choice(["RN", "(physio)", "- pharmacist", "(SHO)"])
        return (
            "handover",
            [f"Handover: ⟪bed 14⟫ stable, ⟪NEWS 2⟫. Spoke with {last} {title} re ⟪warfarin⟫ dosing."],
            {"wrap": ("NAME", last)},
        )

    def name_list(d: Draw):
        people = [d.en() for _ in range(3)]
        forms = [
            f"Dr {people[0][0][0]}. {people[0][1]}",
            f"{people[1][0]} {people[1][1]}",
            f"{people[2][1]}, {people[2][0]}",
        ]
        marked = [f"⟦NAME:{f}⟧" for f in forms]
        return (
            "record",
            [f"MDT meeting ⟪12/03/2025⟫\nPresent: {marked[0]}; {marked[1]} (CNS); {marked[2]} (OT)\nPlan: ⟪CT chest⟫."],
            {},
        )

    def sign_off(d: Draw):
        first, last = d.en()
        closing = d.rng.choice(["Thanks,", "Kind regards,", "Best wishes,", "Cheers,", "Many thanks"])
        signed = d.rng.choice([first, f"{first} {last}", f"{first[0]}. {last}"])
        return (
            "letter",
            [
                f"Your ⟪HbA1c 7.2%⟫ has improved, keep going with ⟪metformin 500 mg⟫ twice a day.\n{closing}\n⟦NAME:{signed}⟧"
            ],
            {},
        )

    def family(d: Draw):
        pf, pl = d.en()
        rf, _ = d.en()
        relation = d.rng.choice(["daughter", "son", "wife", "husband", "partner", "niece", "carer"])
        phone, parts = d.phone_en()
        return (
            "record",
            [
                f"Pt ⟦NAME:{pf} {pl}⟧, ⟪84⟫F, accompanied by her {relation} ⟦NAME:{rf}⟧ (contact ⟦PHONE:{phone}|{'|'.join(parts)}⟧). ⟪Falls x3⟫ this month."
            ],
            {},
        )

    def pinyin_en(d: Draw):
        surname, given = d.pinyin()
        form = d.rng.choice([f"{surname} {given}", f"{given} {surname}", f"{surname.upper()} {given}"])
        cue = d.rng.choice(["Patient:", "Mr", "Ms", "Name:", "Seen today:"])
        return (
            "record",
            [f"{cue} ⟦NAME:{form}|{surname}|{given}⟧, ⟪52⟫M, interpreter (Mandarin) used. ⟪BP 148/92⟫."],
            {},
        )

    def referral(d: Draw):
        df, dl = d.en()
        pf, pl = d.en()
        hospital = d.rng.choice(EN_HOSPITALS)
        return (
            "referral",
            [
                f"Dear Dr ⟦NAME:{dl}⟧,\nRe: ⟦NAME:{pf} {pl}⟧\nThank you for seeing this patient at ⟪{hospital}⟫ with ⟪iron-deficiency anaemia⟫.",
            ],
            {},
        )

    def cc(d: Draw):
        df, dl = d.en()
        return "letter", [f"Discharged on ⟪apixaban 5 mg BID⟫.\ncc: Dr ⟦NAME:{df[0]}. {dl}|{dl}⟧, GP"], {}

    def address_us(d: Draw):
        first, last = d.en()
        address, parts = d.en_address()
        return (
            "record",
            [f"Name: ⟦NAME:{last}, {first}⟧\nAddress: ⟦ADDRESS:{address}|{'|'.join(parts)}⟧\nAllergies: ⟪NKDA⟫"],
            {},
        )

    def address_inline(d: Draw):
        address, parts = d.en_address()
        return (
            "chat",
            [f"Can you send the ⟪inhaler⟫ to ⟦ADDRESS:{address}|{'|'.join(parts)}⟧ please? I'm housebound."],
            {},
        )

    def rural_route(d: Draw):
        first, last = d.en()
        box = d.rng.randint(10, 990)
        route = d.rng.randint(1, 9)
        town, state, zip_code = d.rng.choice(EN_TOWNS)
        form = d.rng.choice(
            [
                f"RR {route} Box {box}, {town}, {state} {zip_code}",
                f"{d.rng.randint(1000, 9999)} County Road {route}{box % 10}, {town}, {state} {zip_code}",
            ]
        )
        parts = [form.split(",")[0], zip_code]
        return (
            "record",
            [
                f"Patient ⟦NAME:{first} {last}⟧ lives alone at ⟦ADDRESS:{form}|{'|'.join(parts)}⟧, ⟪45 min⟫ from the clinic."
            ],
            {},
        )

    def ext_phone(d: Draw):
        first, last = d.en()
        phone, parts = d.phone_en()
        return "chat", [f"Please call ⟦NAME:{first}⟧ on ⟦PHONE:{phone}|{'|'.join(parts)}⟧ about the ⟪MRI⟫ results."], {}

    def insurance(d: Draw):
        first, last = d.en()
        member = d.rng.choice(["XKJ", "W", "MBR"]) + d.digits(9)
        cue = d.rng.choice(["Member ID:", "Policy number", "Insurance ID #", "Medicaid ID"])
        return "insurance", [f"Claim for ⟦NAME:{first} {last}⟧\n{cue} ⟦ID:{member}⟧\nCPT ⟪99214⟫, ICD-10 ⟪E11.9⟫"], {}

    def mrn(d: Draw):
        first, last = d.en()
        number = d.rng.choice(["", "H", "RX"]) + d.digits(d.rng.choice([6, 7, 8]))
        cue = d.rng.choice(["MRN", "Hosp no.", "Unit number:", "Chart #", "Hospital ID:", "K number"])
        return (
            "record",
            [f"{last.upper()}, {first}   {cue} ⟦MRN:{number}⟧   ⟪Ward 7B⟫"],
            {"wrap_name": (f"{last.upper()}, {first}", [last.upper(), first])},
        )

    def dob(d: Draw):
        first, last = d.en()
        value = d.dob_en()
        cue = d.rng.choice(
            [
                "DOB:",
                "DOB",
                "D.O.B.",
                "Date of birth:",
                "d.o.b.",
                "Born",
                "born on",
                "DOB -",
                "Birthdate:",
                "date of birth",
            ]
        )
        return "record", [f"⟦NAME:{first} {last}⟧ {cue} ⟦DOB:{value}⟧, seen for ⟪knee pain⟫ x ⟪3 weeks⟫."], {}

    def dob_sentence(d: Draw):
        first, last = d.en()
        value = d.dob_en()
        return (
            "consultation",
            [
                f"My name is ⟦NAME:{first} {last}⟧ and I was born on ⟦DOB:{value}⟧. I've had ⟪headaches⟫ for ⟪two weeks⟫."
            ],
            {},
        )

    def ssn(d: Draw):
        first, last = d.en()
        number = f"{d.rng.randint(100, 899)}-{d.rng.randint(10, 99)}-{d.rng.randint(1000, 9999)}"
        return "insurance", [f"Applicant: ⟦NAME:{first} {last}⟧, SSN ⟦ID:{number}⟧, ⟪Medicare Part B⟫."], {}

    def multi(d: Draw):
        af, al = d.en()
        bf, bl = d.en()
        return (
            "multi-turn",
            [
                f"Nurse: Is ⟦NAME:{af} {al}⟧ here? Dr ⟦NAME:{bl}⟧ will see you now.",
                "Patient: That's me. Thanks.",
                f"Dr ⟦={bl}⟧: Hello ⟦={af}⟧, how's the ⟪cough⟫?",
            ],
            {},
        )

    def lowercase(d: Draw):
        first, last = d.en()
        return (
            "chat",
            [f"hey its ⟦NAME:{first.lower()} {last.lower()}|{first.lower()}|{last.lower()}⟧, my ⟪rash⟫ is worse"],
            {},
        )

    def speaker(d: Draw):
        first, last = d.en()
        return (
            "multi-turn",
            [f"{first}: I ran out of ⟪sertraline 100 mg⟫.", "Pharmacist: I can do an emergency supply."],
            {"wrap_speaker": first},
        )

    return [
        nickname, postnominal, surname_title, name_list, sign_off, family, pinyin_en, referral, cc, address_us,
        address_inline, rural_route, ext_phone, insurance, mrn, dob, dob_sentence, ssn, multi, lowercase, speaker,
    ]  # fmt: skip


def clean_templates() -> list:
    def zh_herbs(d: Draw):
        return (
            "zh",
            "clean",
            ["方药：⟪徐长卿 10g⟫、⟪何首乌 15g⟫、⟪刘寄奴 9g⟫、⟪王不留行 10g⟫，水煎服，每日一剂。⟪7剂⟫。"],
        )

    def zh_beds(d: Draw):
        bed = d.rng.randint(1, 40)
        return (
            "zh",
            "clean",
            [f"⟪{bed}床⟫患者今日体温⟪36.8℃⟫，⟪血压128/76mmHg⟫，继续⟪头孢曲松 2g qd⟫，⟪明日复查血常规⟫。"],
        )

    def zh_hospitals(d: Draw):
        return (
            "zh",
            "clean",
            [f"建议到⟪吉林大学白求恩第一医院⟫或⟪中山大学孙逸仙纪念医院⟫⟪{d.rng.choice(ZH_DEPTS)}⟫就诊，挂⟪专家号⟫。"],
        )

    def zh_public(d: Draw):
        return "zh", "clean", ["紧急情况请拨打⟪120⟫，卫生热线⟪12320⟫，心理援助热线⟪12356⟫。"]

    def zh_lab(d: Draw):
        return (
            "zh",
            "clean",
            [
                f"化验：⟪血红蛋白 {d.rng.randint(80, 150)}g/L⟫，⟪血小板 {d.rng.randint(90, 400)}×10⁹/L⟫，⟪ALT {d.rng.randint(10, 90)}U/L⟫，⟪ICD-10 K29.7⟫。"
            ],
        )

    def zh_cues(d: Draw):
        return "zh", "clean", ["患者⟪高热⟫三天，伴⟪黄疸⟫，查体：⟪巩膜黄染⟫。医生建议住院，家属同意。"]

    def zh_dates(d: Draw):
        return (
            "zh",
            "clean",
            [
                f"⟪2025年{d.rng.randint(1, 12)}月{d.rng.randint(1, 28)}日⟫门诊复查，⟪HbA1c 6.8%⟫，⟪阿卡波糖 50mg tid⟫，⟪3个月后⟫复诊。"
            ],
        )

    def zh_approval(d: Draw):
        return "zh", "clean", ["⟪马应龙麝香痔疮膏⟫，批准文号⟪国药准字Z42021920⟫，每日⟪2次⟫外用。"]

    def en_eponyms(d: Draw):
        return (
            "en",
            "clean",
            ["Differential: ⟪Hodgkin lymphoma⟫ vs ⟪Graves' disease⟫; ⟪Babinski⟫ negative, ⟪Murphy's sign⟫ positive."],
        )

    def en_beds(d: Draw):
        bed = d.rng.randint(1, 30)
        return "en", "clean", [f"⟪Bed {bed}⟫: ⟪NEWS 3⟫, ⟪SpO2 94%⟫ on ⟪2 L⟫, ⟪IV ceftriaxone 2 g OD⟫, review ⟪08:00⟫."]

    def en_brands(d: Draw):
        return (
            "en",
            "clean",
            ["Wear ⟪Dr. Martens⟫ or other supportive boots; avoid ⟪Dr Pepper⟫ and other sugary drinks."],
        )

    def en_hospital(d: Draw):
        return (
            "en",
            "clean",
            [
                f"Referred to ⟪{d.rng.choice(EN_HOSPITALS)}⟫ ⟪cardiology⟫; ⟪echo⟫ booked for ⟪14 March 2025⟫, ⟪LVEF 45%⟫."
            ],
        )

    def en_numbers(d: Draw):
        return "en", "clean", ["Call ⟪911⟫ or ⟪988⟫ in a crisis. NDC ⟪0093-7146-56⟫, lot ⟪A12345⟫, ⟪ICD-10 F32.1⟫."]

    def en_plain(d: Draw):
        drug, dose = d.rng.choice(EN_DRUGS)
        return (
            "en",
            "clean",
            [
                f"Patient reports ⟪chest tightness⟫ for ⟪3 days⟫; ⟪BP 162/94⟫, ⟪HR 104⟫. Started ⟪{drug} {dose}⟫. Review in ⟪2 weeks⟫."
            ],
        )

    return [
        zh_herbs, zh_beds, zh_hospitals, zh_public, zh_lab, zh_cues, zh_dates, zh_approval,
        en_eponyms, en_beds, en_brands, en_hospital, en_numbers, en_plain,
    ]  # fmt: skip


# ----------------------------------------------------------------------------------------------


def apply_extra(turns: list[str], extra: dict) -> list[str]:
    """Marks a template could not write inline (a name it learns only after drawing, a wrapped word)."""
    turns = list(turns)
    for kind, text, parts in extra.get("extra", []):
        for index, turn in enumerate(turns):
            if text in turn and "⟦" + kind + ":" + text not in turn:
                turns[index] = turn.replace(text, f"⟦{kind}:{text}|{'|'.join(parts)}⟧", 1)
                marked = f"⟦{kind}:{text}|{'|'.join(parts)}⟧"
                for later in range(index + 1, len(turns)):
                    turns[later] = turns[later].replace(text, f"⟦={text}⟧")
                rest = turns[index].split(marked, 1)
                turns[index] = rest[0] + marked + rest[1].replace(text, f"⟦={text}⟧")
                break
    if "wrap_last" in extra:
        kind, text = extra["wrap_last"]
        turns[-1] = turns[-1].replace(text, f"⟦{kind}:{text}⟧")
    if "wrap" in extra:
        kind, text = extra["wrap"]
        turns[0] = turns[0].replace(f" {text} ", f" ⟦{kind}:{text}⟧ ", 1)
    if "wrap_name" in extra:
        text, parts = extra["wrap_name"]
        turns[0] = turns[0].replace(text, f"⟦NAME:{text}|{'|'.join(parts)}⟧", 1)
    if "wrap_speaker" in extra:
        text = extra["wrap_speaker"]
        turns[0] = f"⟦NAME:{text}⟧" + turns[0][len(text) :]
    return turns


def draw(template, rng: random.Random, lang: str, number: int) -> Conversation | None:
    d = Draw(rng)
    style, turns, extra = template(d)
    try:
        conv = build(f"dev2-{number:04d}", lang, style, template.__name__, apply_extra(turns, extra))
        check_conversation(conv)
    except (AssertionError, StopIteration):
        return None  # a drawn word collided with other text: draw again
    return conv


def main() -> None:
    rng = random.Random(SEED)
    rows: list[Conversation] = []
    for lang, templates in (("zh", zh_templates()), ("en", en_templates())):
        for template in templates:
            made = 0
            for _attempt in range(PER_TEMPLATE * 20):
                conv = draw(template, rng, lang, 0)
                if conv is not None:
                    rows.append(conv)
                    made += 1
                    if made == PER_TEMPLATE:
                        break
            assert made, template.__name__
    for template in clean_templates():
        for _ in range(5):
            d = Draw(rng)
            lang, style, turns = template(d)
            conv = build("", lang, style, template.__name__, turns)
            check_conversation(conv)
            rows.append(conv)
    rng.shuffle(rows)
    with OUT.open("w", encoding="utf-8") as out:
        for number, conv in enumerate(rows, 1):
            conv.id = f"dev2-{number:04d}"
            out.write(json.dumps(conv.row(), ensure_ascii=False) + "\n")
    spans = [s for c in rows for s in c.spans]
    kinds = {kind: sum(s["kind"] == kind for s in spans) for kind in KINDS}
    print(
        f"wrote {len(rows)} conversations ({sum(not c.spans for c in rows)} PHI-free), {len(spans)} identifiers {kinds} to {OUT.name}"
    )


if __name__ == "__main__":
    main()
