"""Write the labelled de-identification sets: tests/data/deid_dev.jsonl and deid_heldout.jsonl.

    .venv/bin/python tests/data/make_deid_sets.py

Each line is one conversation: `turns` (its texts), `spans` (every identifier in it: kind, exact
text, and `parts`, the pieces that identify someone: the identifier counts as caught only when
none of them survives) and `protect` (clinical values that must survive untouched). Texts without
spans are PHI-free clinical text. The two splits use different templates, different name and
place pools and different seeds, plus hand-written hard cases of their own (deid_cases.py); the
scrubber is tuned on `dev` and `seen` (the first held-out split, whose misses were looked at and
fixed), `heldout` (written afterwards) was reported on in the first round and tuned on in the second;
deid_fresh.jsonl (make_deid_fresh.py, written by someone who never read the scrubber) was reported on in
the second round and tuned on in the third, whose new cases for each class of its misses are the last
block of deid_cases.py (appended to dev). deid_fresh2.jsonl is for reporting only.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from deid_cases import HAND_WRITTEN  # noqa: E402

# --- pools: dev and held-out never share names, streets or villages ---------------------------

ZH_SURNAMES = {
    "dev": "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤",
    "seen": "闵阎庞骆倪殷甘饶柯宁温芦季单翟葛俞樊兰卓屈蒲鲁项祝左靳车",
    "heldout": "岳郁邢裴荀蓝麦宫乔阮聂贝臧廉游滕毕邓詹桂",
}
ZH_DOUBLE = {
    "dev": ["欧阳", "司马", "诸葛", "上官"],
    "seen": ["东方", "皇甫", "慕容", "司徒", "夏侯"],
    "heldout": ["公孙", "尉迟", "端木", "长孙"],
}
ZH_GIVEN = {
    "dev": "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建国志红梅鹏飞宇浩然佳怡欣子涵梓轩",
    "seen": "婷雪琳晨睿博文昊天思远雨萱诗琪俊熙嘉懿若曦沐阳亦凡心怡一诺晓峰德胜淑珍凤琴永福海燕春生",
    "heldout": "振宏丽君少华秋菊宝山玉珍桂芳国庆卫东红霞金凤瑞祥梦瑶紫萱皓轩宸逸欣妍",
}
EN_FIRST = {
    "dev": [
        "John",
        "Mary",
        "Robert",
        "Patricia",
        "Michael",
        "Linda",
        "William",
        "Elizabeth",
        "David",
        "Jennifer",
        "Richard",
        "Susan",
        "Thomas",
        "Karen",
        "Daniel",
        "Nancy",
        "Matthew",
        "Laura",
        "Andrew",
        "Rebecca",
    ],
    "seen": [
        "Gregory",
        "Beatrice",
        "Oliver",
        "Harriet",
        "Declan",
        "Siobhan",
        "Marcus",
        "Priya",
        "Tobias",
        "Yolanda",
        "Ezekiel",
        "Camille",
        "Rafael",
        "Ingrid",
        "Desmond",
        "Lucinda",
        "Ahmed",
        "Fiona",
        "Nikolai",
        "Wen",
    ],
    "heldout": [
        "Jonah",
        "Esther",
        "Callum",
        "Nadia",
        "Isaiah",
        "Rosalind",
        "Viktor",
        "Aisha",
        "Theo",
        "Margot",
        "Kwame",
        "Leonie",
        "Santiago",
        "Hazel",
        "Dmitri",
        "Imogen",
        "Hiro",
        "Bridget",
        "Omar",
        "Celeste",
    ],
}
EN_LAST = {
    "dev": [
        "Smith",
        "Johnson",
        "Williams",
        "Brown",
        "Jones",
        "Miller",
        "Davis",
        "Wilson",
        "Anderson",
        "Taylor",
        "Thomas",
        "Moore",
        "Jackson",
        "Martin",
        "Thompson",
        "Garcia",
        "Martinez",
        "Robinson",
        "Clark",
        "Lewis",
    ],
    "seen": [
        "Okafor",
        "Fitzgerald",
        "Nakamura",
        "Kowalski",
        "Delacroix",
        "Abernathy",
        "Lindqvist",
        "Oyelaran",
        "Castellano",
        "Whitfield",
        "Ravensworth",
        "Mbeki",
        "Haverford",
        "Quintero",
        "Szabo",
        "Pemberton",
        "Achterberg",
        "Galloway",
        "Iyer",
        "McAllister",
    ],
    "heldout": [
        "Brennan",
        "Adeyemi",
        "Sorensen",
        "Vasquez",
        "Holloway",
        "Takahashi",
        "Petrov",
        "O'Connell",
        "Mahlangu",
        "Winterbottom",
        "Rinaldi",
        "Chaudhry",
        "Lefebvre",
        "Kingsley",
        "Novak",
        "Ashworth",
        "Bergstrom",
        "Okonjo",
        "Fairbanks",
        "Dufresne",
    ],
}
ZH_PLACES = {
    "dev": {
        "province": ["河北省", "山东省", "江苏省", "浙江省", "广东省", "四川省"],
        "city": ["北京市", "上海市", "广州市", "成都市", "杭州市", "南京市", "济南市"],
        "district": ["朝阳区", "海淀区", "天河区", "武侯区", "西湖区", "鼓楼区", "历下区"],
        "road": ["建国路", "中山路", "人民路", "解放大道", "长江路", "和平街", "文化巷"],
        "estate": ["阳光花园", "金色家园", "翠苑小区", "碧桂园", "华府大厦"],
        "county": ["清苑县", "平阴县", "阆中县"],
        "town": ["东闾乡", "孝直镇", "河溪镇"],
        "village": ["南王庄村", "李家湾村", "大柳树村"],
    },
    "heldout": {
        "province": ["陕西省", "江西省", "黑龙江省", "贵州省"],
        "city": ["西安市", "南昌市", "哈尔滨市", "贵阳市"],
        "district": ["雁塔区", "东湖区", "南岗区", "云岩区"],
        "road": ["小寨东路", "八一大道", "中山路", "红旗街", "科技二路"],
        "estate": ["曲江花园", "万达广场", "幸福里小区"],
        "county": ["户县", "进贤县", "呼兰县"],
        "town": ["秦渡镇", "温圳镇", "康金镇"],
        "village": ["马家堡村", "下王村", "前进村"],
    },
    "seen": {
        "province": ["湖南省", "河南省", "安徽省", "福建省", "云南省"],
        "city": ["长沙市", "郑州市", "合肥市", "厦门市", "昆明市"],
        "district": ["岳麓区", "金水区", "蜀山区", "思明区", "五华区"],
        "road": ["麓山南路", "花园路", "长江西路", "湖滨北路", "青年路", "东风街"],
        "estate": ["紫荆苑", "滨江一号", "书香门第小区", "锦绣华庭"],
        "county": ["宁乡县", "新郑县", "肥西县"],
        "town": ["花明楼镇", "龙湖镇", "三河镇"],
        "village": ["炭子冲村", "枣树岭村", "杨柳沟村"],
    },
}
EN_STREETS = {
    "dev": ["Maple", "Oak", "Baker", "Elm", "Washington", "Lincoln", "Park", "Cedar"],
    "seen": ["Juniper", "Wexford", "Ridgecrest", "Sycamore Hollow", "Pemberly", "Harbor View"],
    "heldout": ["Alder", "Fenwick", "Magnolia", "Kestrel Ridge", "Bramble", "Foxglove"],
}
EN_CITIES = {
    "dev": ["Springfield, IL 62704", "Boston, MA 02118", "Leeds LS1 4AP"],
    "seen": ["Tucson, AZ 85719", "Duluth, MN 55802", "Bristol BS8 1TH"],
    "heldout": ["Savannah, GA 31401", "Eugene, OR 97401", "York YO1 7HH"],
}
SUFFIXES = ["Street", "St.", "Avenue", "Ave", "Road", "Rd.", "Lane", "Drive", "Boulevard", "Court", "Way", "Place"]
MONTHS = [
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
]
MRN_CUES_ZH = [
    "病历号",
    "病案号",
    "住院号",
    "门诊号",
    "就诊卡号",
    "病历编号",
    "ID号",
    "HIS号",
    "登记号",
    "档案号",
    "患者编号",
    "门诊卡号",
]
MRN_CUES_EN = [
    "MRN",
    "MRN #",
    "Medical record number",
    "medical record no.",
    "Record #",
    "record number",
    "Chart #",
    "chart number",
    "Hospital number",
    "hospital no.",
    "HIS ID",
    "Clinic ID",
    "Patient ID",
]
DRUGS = ["阿莫西林", "布洛芬", "二甲双胍", "硝苯地平", "阿司匹林", "奥美拉唑", "头孢克肟", "氯雷他定"]
DRUGS_EN = [
    "amoxicillin",
    "ibuprofen",
    "metformin",
    "Lipitor",
    "Tylenol",
    "Advil",
    "lisinopril",
    "omeprazole",
    "Zyrtec",
]
HOSPITALS = ["北京协和医院", "华西医院", "湘雅医院", "瑞金医院", "中山大学附属第一医院", "301医院"]
HOSPITALS_EN = [
    "Mayo Clinic",
    "Massachusetts General Hospital",
    "Cleveland Clinic",
    "Johns Hopkins Hospital",
    "St Thomas' Hospital",
    "Mount Sinai Hospital",
]
DEPTS = ["心内科", "消化内科", "呼吸科", "内分泌科", "急诊科", "儿科", "妇产科", "神经内科"]
DEPTS_EN = [
    "Cardiology",
    "Emergency Department",
    "Internal Medicine",
    "Pediatrics",
    "Endocrinology",
    "Gastroenterology",
]
ICD = ["E11.9", "I10", "J45.909", "K21.0", "N39.0", "M54.5", "R50.9", "J06.9"]


class Gen:
    """Random identifiers and clinical values for one split, each remembered with its parts."""

    def __init__(self, split: str, seed: int):
        self.split = split
        self.rng = random.Random(seed)

    def pick(self, seq):
        return self.rng.choice(seq)

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    # identifiers: (text, parts, extra) where extra holds pieces other templates may reuse
    def zh_name(self) -> dict:
        if self.rng.random() < 0.12:
            surname = self.pick(ZH_DOUBLE[self.split])
        else:
            surname = self.pick(ZH_SURNAMES[self.split])
        given = "".join(self.pick(ZH_GIVEN[self.split]) for _ in range(self.rng.choice([1, 2, 2])))
        full = surname + given
        parts = [full] + ([given] if len(given) == 2 else [])
        return {"text": full, "parts": parts, "surname": surname, "given": given}

    def en_name(self) -> dict:
        first, last = self.pick(EN_FIRST[self.split]), self.pick(EN_LAST[self.split])
        return {"text": f"{first} {last}", "parts": [first, last], "first": first, "last": last}

    def cn_mobile(self) -> str:
        number = self.pick(["13", "15", "18", "17", "19"]) + self.digits(9)
        form = self.rng.randrange(6)
        if form == 0:
            return number
        if form == 1:
            return f"{number[:3]} {number[3:7]} {number[7:]}"
        if form == 2:
            return f"{number[:3]}-{number[3:7]}-{number[7:]}"
        if form == 3:
            return f"+86 {number}"
        if form == 4:
            return f"+86-{number[:3]}-{number[3:7]}-{number[7:]}"
        return f"(+86){number}"

    def cn_landline(self) -> str:
        area = self.pick(["010", "021", "020", "0731", "0755", "028"])
        local = self.digits(8 if len(area) == 3 else 7).lstrip("0").rjust(8 if len(area) == 3 else 7, "6")
        return self.pick([f"{area}-{local}", f"({area}){local}", f"{area} {local[:4]} {local[4:]}", f"{area}{local}"])

    def en_phone(self) -> str:
        a, b, c = str(self.rng.randint(201, 989)), str(self.rng.randint(200, 999)), self.digits(4)
        return self.pick(
            [
                f"({a}) {b}-{c}",
                f"{a}-{b}-{c}",
                f"{a}.{b}.{c}",
                f"{a} {b} {c}",
                f"+1 {a} {b} {c}",
                f"1-{a}-{b}-{c}",
                f"{a}{b}{c}",
                f"+44 20 {self.digits(4)} {self.digits(4)}",
                f"07{self.digits(3)} {self.digits(6)}",
            ]
        )

    def cn_id(self) -> str:
        body = (
            self.pick(["110101", "310104", "440106", "510107", "430104", "330106"])
            + str(self.rng.randint(1940, 2015))
            + f"{self.rng.randint(1, 12):02d}{self.rng.randint(1, 28):02d}"
            + self.digits(3)
        )
        weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        check = "10X98765432"[sum(int(d) * w for d, w in zip(body, weights)) % 11]
        number = body + check
        return self.pick(
            [number, number, f"{number[:6]} {number[6:14]} {number[14:]}", number.lower() if check == "X" else number]
        )

    def passport(self) -> str:
        return self.pick(["E", "G", "EA", "P"]) + self.digits(8 if self.rng.random() < 0.5 else 7)

    def ssn(self) -> str:
        return self.pick(
            [
                f"{self.rng.randint(100, 899)}-{self.digits(2)}-{self.digits(4)}",
                f"{self.rng.randint(100, 899)} {self.digits(2)} {self.digits(4)}",
            ]
        )

    def mrn(self) -> str:
        return self.pick(
            [
                self.digits(7),
                "MR" + self.digits(6),
                "A" + self.digits(6),
                self.digits(4) + "-" + self.digits(4),
                "ZY" + self.digits(8),
                self.digits(10),
            ]
        )

    def email(self, name: dict | None = None) -> str:
        local = self.pick(["zhangwei", "li.na", "jdoe", "m.smith", "wang_fang88", "patient2020", "h.okafor"])
        return f"{local}{self.digits(2)}@{self.pick(['163.com', 'qq.com', 'gmail.com', 'hospital.org.cn', 'outlook.com', 'nhs.net'])}"

    def zh_date(self, year: int) -> tuple[str, list[str]]:
        m, d = self.rng.randint(1, 12), self.rng.randint(1, 28)
        form = self.rng.randrange(6)
        text = [
            f"{year}年{m}月{d}日",
            f"{year}.{m:02d}.{d:02d}",
            f"{year}-{m}-{d}",
            f"{str(year)[2:]}年{m}月{d}日",
            f"{year}年{m:02d}月{d:02d}号",
            f"{year}/{m:02d}/{d:02d}",
        ][form]
        return text, [text]

    def en_date(self, year: int) -> tuple[str, list[str]]:
        m, d = self.rng.randint(1, 12), self.rng.randint(1, 28)
        month = MONTHS[m - 1]
        ordinal = f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"
        forms = [
            f"{m:02d}/{d:02d}/{year}",
            f"{m}/{d}/{str(year)[2:]}",
            f"{year}-{m:02d}-{d:02d}",
            f"{month} {d}, {year}",
            f"{month} {ordinal}, {year}",
            f"{d} {month[:3]} {year}",
            f"{ordinal} of {month} {year}",
            f"{month[:3]}. {d}, {year}",
            f"{d}-{month[:3]}-{str(year)[2:]}",
        ]
        text = self.pick(forms)
        return text, [text]

    def zh_address(self) -> tuple[str, list[str]]:
        p = ZH_PLACES[self.split]
        if self.rng.random() < 0.3:
            village = self.pick(p["village"])
            group = f"{self.rng.randint(1, 9)}组" if self.rng.random() < 0.6 else ""
            text = self.pick(p["province"]) + self.pick(p["county"]) + self.pick(p["town"]) + village + group
            return text, [village + group]
        road, number = self.pick(p["road"]), f"{self.rng.randint(1, 300)}号"
        tail = self.pick(
            [
                "",
                f"{self.rng.randint(1, 30)}栋{self.rng.randint(1, 4)}单元{self.rng.randint(101, 2504)}室",
                self.pick(p["estate"]) + f"{self.rng.randint(1, 20)}号楼{self.rng.randint(101, 1802)}",
                f"{self.rng.randint(1, 12)}幢{self.rng.randint(101, 902)}室",
            ]
        )
        head = self.pick(["", self.pick(p["city"]), self.pick(p["province"]) + self.pick(p["city"])]) + self.pick(
            p["district"]
        )
        text = head + road + number + tail
        return text, [road + number] + ([tail] if tail else [])

    def en_address(self) -> tuple[str, list[str]]:
        number = str(self.rng.randint(3, 9800))
        compass = self.pick(["", "", "N ", "S. ", "East ", "W "])
        street = self.pick(EN_STREETS[self.split])
        text = f"{number} {compass}{street} {self.pick(SUFFIXES)}"
        if self.rng.random() < 0.4:
            text += self.pick(
                [
                    f", Apt {self.rng.randint(1, 40)}{self.pick('ABCD')}",
                    f" #{self.rng.randint(1, 900)}",
                    f", Unit {self.rng.randint(1, 30)}",
                ]
            )
        if self.rng.random() < 0.4:
            text += ", " + self.pick(EN_CITIES[self.split])
        return text, [f"{number} {compass}{street}".replace("  ", " "), street]

    # protected clinical values
    def clinical(self, lang: str) -> dict[str, str]:
        r = self.rng
        visit = (
            f"{r.randint(2019, 2025)}年{r.randint(1, 12)}月{r.randint(1, 28)}日"
            if lang == "zh"
            else f"{self.pick(MONTHS)} {r.randint(1, 28)}, {r.randint(2019, 2025)}"
        )
        return {
            "DOSE": f"{self.pick([5, 10, 20, 50, 100, 250, 500, 850])}mg",
            "BP": f"{r.randint(100, 180)}/{r.randint(60, 110)}mmHg",
            "LAB": self.pick(
                [
                    f"{r.randint(50, 140) / 10:.1f}mmol/L",
                    f"HbA1c {r.randint(55, 110) / 10:.1f}%",
                    f"ALT {r.randint(20, 300)}U/L",
                    f"{r.randint(30, 200)}μmol/L",
                ]
            ),
            "VISIT": visit,
            "VDATE": f"{r.randint(2019, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
            "AGE": f"{r.randint(1, 92)}岁" if lang == "zh" else f"{r.randint(18, 92)}-year-old",
            "DUR": self.pick(["3天", "两周", "半年", "2年", "10余年"])
            if lang == "zh"
            else self.pick(["3 days", "two weeks", "6 months", "10 years"]),
            "ICD": self.pick(ICD),
            "DRUG": self.pick(DRUGS if lang == "zh" else DRUGS_EN),
            "HOSP": self.pick(HOSPITALS if lang == "zh" else HOSPITALS_EN),
            "DEPT": self.pick(DEPTS if lang == "zh" else DEPTS_EN),
            "HR": f"{r.randint(55, 130)}次/分" if lang == "zh" else f"{r.randint(55, 130)} bpm",
            "TEMP": f"{r.randint(365, 405) / 10:.1f}℃",
        }


ZH_TITLES = "(?:医生|大夫|主任|护士长|护士|教授|老师|先生|女士|小姐|阿姨|同学|院长|药师|师傅|大爷|奶奶|叔叔|总|工)"
SLOT = re.compile(r"\{([A-Z_]+[0-9]?)(?:\.([a-z]+))?\}")
PROTECTED_SLOTS = {"DOSE", "BP", "LAB", "VISIT", "VDATE", "AGE", "DUR", "ICD", "DRUG", "HOSP", "DEPT", "HR", "TEMP"}


def fill(gen: Gen, lang: str, turns: list[str]) -> dict:
    """Fill every slot of a template's turns; the same slot name means the same value throughout."""
    values: dict[str, dict] = {}
    spans: list[dict] = []
    protect: list[str] = []
    clinical = gen.clinical(lang)

    def identifier(slot: str) -> dict:
        if slot in values:
            return values[slot]
        base = slot.rstrip("0123456789")
        if base in ("NAME", "ZNAME"):
            value = gen.zh_name() if lang == "zh" or base == "ZNAME" else gen.en_name()
            kind = "NAME"
        elif base == "ENAME":
            value, kind = gen.en_name(), "NAME"
        elif base == "PHONE":
            value, kind = {"text": gen.cn_mobile() if lang == "zh" else gen.en_phone()}, "PHONE"
        elif base == "LANDLINE":
            value, kind = {"text": gen.cn_landline()}, "PHONE"
        elif base == "ID":
            value, kind = {"text": gen.cn_id() if lang == "zh" or gen.rng.random() < 0.3 else gen.ssn()}, "ID"
        elif base == "PASSPORT":
            value, kind = {"text": gen.passport()}, "ID"
        elif base == "MRN":
            value, kind = {"text": gen.mrn()}, "MRN"
        elif base == "MRNCUE":
            value = {"text": gen.pick(MRN_CUES_ZH if lang == "zh" else MRN_CUES_EN), "label": True}
            kind = None
        elif base == "EMAIL":
            value, kind = {"text": gen.email()}, "EMAIL"
        elif base == "DOB":
            year = gen.rng.randint(1935, 2012)
            text, parts = gen.zh_date(year) if lang == "zh" else gen.en_date(year)
            value, kind = {"text": text, "parts": parts}, "DOB"
        elif base == "ADDRESS":
            text, parts = gen.zh_address() if lang == "zh" else gen.en_address()
            value, kind = {"text": text, "parts": parts}, "ADDRESS"
        else:
            raise KeyError(slot)
        value = {**value, "kind": kind, "used": set()}
        values[slot] = value
        return value

    def replace(match: re.Match) -> str:
        slot, attr = match.groups()
        if slot in PROTECTED_SLOTS:
            protect.append(clinical[slot])
            return clinical[slot]
        value = identifier(slot)
        value["used"].add(attr or "text")
        return value[attr or "text"]

    filled = [SLOT.sub(replace, turn) for turn in turns]
    joined = "\n".join(filled)
    for value in values.values():
        if not value["kind"]:
            continue
        if "text" in value["used"]:
            spans.append(
                {
                    "kind": value["kind"],
                    "text": value["text"],
                    "parts": value.get("parts") or default_parts(value["kind"], value["text"]),
                }
            )
        for attr in sorted(value["used"] - {"text"}):
            piece = value[attr]
            if attr == "surname":
                # A surname alone identifies no one; with a title after it ("王主任") it does.
                for titled in sorted(set(re.findall(re.escape(piece) + ZH_TITLES, joined))):
                    spans.append({"kind": "NAME", "text": titled, "parts": [titled]})
            elif attr != "given" or len(piece) > 1:
                spans.append({"kind": "NAME", "text": piece, "parts": [piece]})
    return {"turns": filled, "spans": spans, "protect": sorted(set(protect))}


def default_parts(kind: str, text: str) -> list[str]:
    """The pieces of an identifier that must not survive, when its template did not say.

    Numbers: runs of four or more letters and digits; English names: each word; Chinese
    addresses: every road, street or village name and every run of digits; English addresses:
    the house number with the word after it; dates: the four-digit year.
    """
    parts = [text]
    if kind in ("PHONE", "ID", "MRN"):
        parts += [run for run in re.findall(r"[A-Za-z0-9]+", text) if len(run) >= 4]
    elif kind == "NAME" and text.isascii():
        parts += [word for word in re.findall(r"[A-Za-z']+", text) if len(word) >= 2]
    elif kind == "ADDRESS" and not text.isascii():
        parts += re.findall(r"[\u4e00-\u9fff]{2,6}?(?:路|街|大道|巷|村)", text) + re.findall(
            r"[0-9][0-9A-Za-z-]*", text
        )
    elif kind == "ADDRESS":
        parts += re.findall(r"\d+ (?:[NSEW]{1,2}\.? )?[A-Za-z]+", text)
    elif kind == "DOB":
        parts += re.findall(r"\d{4}", text)
    return list(dict.fromkeys(parts))


def build(split: str, seed: int) -> list[dict]:
    from deid_templates import TEMPLATES

    gen = Gen(split, seed)
    rows = []
    for style, lang, turns, repeat in TEMPLATES[split]:
        for _ in range(repeat * 3 // 2):
            row = fill(gen, lang, turns)
            rows.append({"lang": lang, "style": style, "source": "template", **row})
    for case in HAND_WRITTEN[split]:
        rows.append(
            {
                "source": "hand",
                "protect": [],
                **case,
                "spans": [
                    {**span, "parts": span.get("parts") or default_parts(span["kind"], span["text"])}
                    for span in case["spans"]
                ],
            }
        )
    for index, row in enumerate(rows):
        row["id"] = f"{split}-{index + 1:04d}"
        joined = "\n".join(row["turns"])
        for span in row["spans"]:
            assert span["text"] in joined, (row["id"], span)
    return rows


def main() -> None:
    for split, seed in (("dev", 20260101), ("seen", 777), ("heldout", 4242)):
        rows = build(split, seed)
        path = HERE / f"deid_{split}.jsonl"
        path.write_text(
            "".join(
                json.dumps({"id": r["id"], **{k: v for k, v in r.items() if k != "id"}}, ensure_ascii=False) + "\n"
                for r in rows
            ),
            encoding="utf-8",
        )
        with_phi = sum(1 for r in rows if r["spans"])
        print(
            f"{path.name}: {len(rows)} texts, {with_phi} with identifiers, {sum(len(r['spans']) for r in rows)} identifiers"
        )


if __name__ == "__main__":
    main()
