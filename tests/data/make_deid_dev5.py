"""Write tests/data/deid_dev5.jsonl: a fifth development set for the scrubber, Chinese person names first.

Why it exists: the scrubber's recall on held-out text is ~0.89, and on Chinese person names only
~0.76-0.82: the sets it was tuned on lack the variety of real Chinese names and of the ways records
and chats carry them. This set was written blind: its writer read neither the scrubber, its tests,
bench/deid.py beyond its docstring, nor the held-out sets or their generators; only the docstring of
make_deid_dev4.py and its helpers for marks, parts and checks (reused here; both now import them from
deid_writing.py). Names and templates are new. Development data: tuning on it is allowed.

What it holds: about 400 conversations of 1-4 turns, about 65% Chinese, 20% mixed Chinese/English
(`source` starting with "mix_", `lang` the dominant script) and 15% English text about Chinese
patients. About a fifth are PHI-free (`style` "clean") and full of words that look like names but
must survive: herbs and medicines (白芍, 王不留行, 何首乌, 刘寄奴, 徐长卿, 马齿苋, 白头翁, 石决明, 车前子,
夏枯草), symptoms and diseases starting with a surname character (高热, 黄疸, 高血压, 陈旧性骨折, 白细胞,
李斯特菌), eponyms (王氏手法, 川崎病, 桥本甲状腺炎), historical physicians (张仲景, 华佗, 李时珍, 孙思邈),
places and hospitals named after people (同仁医院, 逸夫楼, 中山大学, 宋庆龄), weekdays (周一, 周末),
departments, drugs with doses, labs with units, visit dates and ages.

The PHI rows carry Chinese person names in the ways real records and chats do: common and rare
single surnames (覃 禤 仉 区 查 单 解 员 朴 麻 水 门 ...), double surnames (欧阳 ... 第五 百里), married
double names (张王秀英), Uyghur (given·father), Tibetan, Mongolian and Yi names, names whose given name
or whole is an ordinary word (黄河, 高兴, 甘露, 张建国, 王平安), one-character given names, 3- and 4-character
names, children's pet names (豆豆), nicknames and kin terms (老张, 阿强, 王哥, 陈大爷), pinyin in every
order and case (ZHANG Wei, Wei Zhang, Ouyang Lin), Hong Kong and Taiwan romanisations (Chan Tai Man,
Lin Yi-chen), English names with Chinese surnames (Tony 王), traditional characters (陳志明) and OCR
spacing (张 伟); after titles and roles, kin words, signature and form labels, in chat handles and
@mentions, in lists joined by 、，和 及 与, in brackets, at line starts and directly before verbs
(王芳说, 李强已签字); repeated later by given name, surname + title or nickname. They also carry Chinese
phones (138 1234 5678, +86, (010) landlines, extensions), resident IDs (valid check character, some
with spaces or a lowercase x), 住院号 / 门诊号 / 病案号 / 医保卡号, addresses with 省市区路号, 小区 栋 单元 室
and 村 组, e-mails, and dates of birth in every Chinese shape (一九八五年四月十二日, 85.4.12, 19850412,
农历, 出生于...).

Marks (the same as make_deid_dev4's):

    ⟦KIND:text⟧             an identifier; its distinctive parts are derived (`default_parts`)
    ⟦KIND:text|p1|p2⟧       an identifier with its parts given
    ⟦=text⟧                 a later mention of an identifier already marked (adds no span)
    ⟦=text@owner⟧           a later mention that adds `text` as one more part of span `owner`
    ⟦=text@owner|p1|p2⟧     the same, adding the parts given
    ⟪value⟫                 a clinical value that must survive untouched (`protect`)

Parts: a Chinese full name and its given name (when it has 2+ characters; a minority name's
components instead; a nickname, kin form or pet name is its own part; a later "surname + title" or
nickname for a marked person is added to that person's parts); each word of a romanised name of 3+
letters (a hyphenated or run-together given name is one word; the whole name when no word is that
long); a phone's digit groups after the country and area code; an ID's or record number's groups
with digits (3+ characters); a date of birth's day and month as written; an e-mail's local part; an
address's road, house number, compound or village and room.

Checks (`check_conversation`, run on every row, a failing draw is redrawn): every span text, part
and protected value occurs in the turns; a part occurs nowhere outside the identifiers (as a
case-insensitive substring) and belongs to one identifier only; no protected value overlaps an
identifier; every resident ID passes its check character. Deterministic: the same seed writes the
same file.

    .venv/bin/python tests/data/make_deid_dev5.py
"""

from __future__ import annotations

import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import deid_writing  # noqa: E402
from deid_writing import (  # noqa: E402 - the marks, conversations, checks and writing shared with make_deid_dev4.py
    CJK,
    Conversation,
    SetRecipe,
    Templates,
    again,
    cn_check,
    keep,
    mark,
    write_set,
)

OUT = Path(__file__).with_name("deid_dev5.jsonl")
SEED = 5_2026_1130
TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "mx", "sir"}


def pairs(spec: str) -> list[tuple[str, str]]:
    """'张:Zhang 王:Wang' -> [('张', 'Zhang'), ('王', 'Wang')]."""
    return [tuple(item.split(":")) for item in spec.split()]  # type: ignore[misc]


# ---------------------------------------------------------------- check characters


def cn_id_valid(text: str) -> bool:
    digits = re.sub(r"\s", "", text).upper()
    return len(digits) == 18 and cn_check(digits[:17]) == digits[17]


def zh_number(n: int) -> str:
    """1..31 in Chinese numerals: 十二, 二十八."""
    ones = "〇一二三四五六七八九"
    if n <= 10:
        return "〇一二三四五六七八九十"[n]
    tens, unit = divmod(n, 10)
    return ("十" if tens == 1 else ones[tens] + "十") + (ones[unit] if unit else "")


assert zh_number(12) == "十二" and zh_number(20) == "二十" and zh_number(28) == "二十八"
assert cn_check("11010519491231002") == "X" and cn_id_valid("110105 19491231 002x")

# ---------------------------------------------------------------- names

SURNAMES_COMMON = pairs(
    "王:Wang 李:Li 张:Zhang 刘:Liu 陈:Chen 杨:Yang 黄:Huang 赵:Zhao 吴:Wu 周:Zhou 徐:Xu 孙:Sun 马:Ma 朱:Zhu "
    "胡:Hu 郭:Guo 何:He 高:Gao 林:Lin 罗:Luo 郑:Zheng 梁:Liang 谢:Xie 宋:Song 唐:Tang 许:Xu 韩:Han 冯:Feng "
    "邓:Deng 曹:Cao 彭:Peng 肖:Xiao 田:Tian 董:Dong 袁:Yuan 潘:Pan 蒋:Jiang 蔡:Cai 杜:Du 叶:Ye 程:Cheng 苏:Su "
    "魏:Wei 吕:Lyu 丁:Ding 任:Ren 沈:Shen 姚:Yao 卢:Lu 崔:Cui 陆:Lu 范:Fan 金:Jin 石:Shi 廖:Liao 贾:Jia 夏:Xia "
    "付:Fu 方:Fang 白:Bai 邹:Zou 孟:Meng 熊:Xiong 秦:Qin 邱:Qiu 江:Jiang 尹:Yin 薛:Xue 段:Duan 雷:Lei 侯:Hou "
    "龙:Long 史:Shi 陶:Tao 贺:He 顾:Gu 毛:Mao 郝:Hao 龚:Gong 邵:Shao 万:Wan 钱:Qian 严:Yan 武:Wu 戴:Dai "
    "孔:Kong 汤:Tang 温:Wen 康:Kang 安:An 常:Chang 于:Yu 余:Yu 钟:Zhong 文:Wen 向:Xiang 柳:Liu"
)
SURNAMES_RARE = pairs(
    "覃:Qin 蒙:Meng 韦:Wei 农:Nong 莫:Mo 冼:Xian 谭:Tan 佘:She 禤:Xuan 邝:Kuang 招:Zhao 祁:Qi 仉:Zhang "
    "仇:Qiu 区:Ou 查:Zha 单:Shan 解:Xie 曾:Zeng 乐:Yue 员:Yun 朴:Piao 车:Che 麻:Ma 花:Hua 水:Shui 门:Men "
    "东:Dong 西:Xi 亓:Qi 芮:Rui 宓:Mi 逄:Pang 牟:Mou 缪:Miao 乜:Nie 隗:Wei 阚:Kan 靳:Jin 郗:Xi 晏:Yan "
    "鄢:Yan 栾:Luan 訾:Zi 冉:Ran 綦:Qi 寇:Kou 巫:Wu 揭:Jie 蔺:Lin 甘:Gan 伍:Wu 敖:Ao 植:Zhi 盘:Pan 岑:Cen "
    "黎:Li 闵:Min 左:Zuo 官:Guan 桂:Gui"
)
SURNAMES_DOUBLE = pairs(
    "欧阳:Ouyang 司马:Sima 上官:Shangguan 诸葛:Zhuge 东方:Dongfang 皇甫:Huangfu 尉迟:Yuchi 公孙:Gongsun "
    "慕容:Murong 令狐:Linghu 宇文:Yuwen 长孙:Zhangsun 夏侯:Xiahou 端木:Duanmu 西门:Ximen 南宫:Nangong "
    "独孤:Dugu 呼延:Huyan 闻人:Wenren 澹台:Tantai 申屠:Shentu 轩辕:Xuanyuan 钟离:Zhongli 司徒:Situ "
    "司空:Sikong 第五:Diwu 百里:Baili"
)
# two-character given names, many of them ordinary words (建国 "found the state", 平安 "safe", 海燕 "petrel")
GIVEN2_M = pairs(
    "建国:Jianguo 国庆:Guoqing 胜利:Shengli 平安:Ping'an 红军:Hongjun 卫东:Weidong 建设:Jianshe 德胜:Desheng "
    "福来:Fulai 浩然:Haoran 子墨:Zimo 思远:Siyuan 俊杰:Junjie 宇航:Yuhang 天宇:Tianyu 文博:Wenbo 明轩:Mingxuan "
    "家豪:Jiahao 振华:Zhenhua 立新:Lixin 晓东:Xiaodong 新民:Xinmin 和平:Heping 跃进:Yuejin 永强:Yongqiang "
    "志刚:Zhigang 海波:Haibo 春生:Chunsheng 长江:Changjiang 小明:Xiaoming 亦凡:Yifan 梓豪:Zihao 一鸣:Yiming "
    "嘉树:Jiashu 景行:Jingxing 铁柱:Tiezhu 根生:Gensheng 有才:Youcai 金宝:Jinbao 宏伟:Hongwei 光明:Guangming"
)
GIVEN2_F = pairs(
    "海燕:Haiyan 春梅:Chunmei 秀英:Xiuying 桂兰:Guilan 玉兰:Yulan 永红:Yonghong 爱华:Aihua 金凤:Jinfeng "
    "招娣:Zhaodi 来弟:Laidi 晨曦:Chenxi 雨涵:Yuhan 梓萱:Zixuan 一诺:Yinuo 欣怡:Xinyi 嘉怡:Jiayi 诗涵:Shihan "
    "若曦:Ruoxi 丽萍:Liping 淑芬:Shufen 美玲:Meiling 小红:Xiaohong 亚男:Yanan 胜男:Shengnan 秋菊:Qiuju "
    "冬梅:Dongmei 翠花:Cuihua 彩霞:Caixia 思琪:Siqi 可欣:Kexin 语桐:Yutong 安然:Anran 静怡:Jingyi "
    "雪梅:Xuemei 玉珍:Yuzhen 凤英:Fengying 淑珍:Shuzhen 慧敏:Huimin 佳琪:Jiaqi 晓燕:Xiaoyan 红霞:Hongxia"
)
GIVEN1_M = pairs(
    "伟:Wei 强:Qiang 洋:Yang 帆:Fan 平:Ping 磊:Lei 杰:Jie 军:Jun 勇:Yong 涛:Tao 超:Chao 刚:Gang 辉:Hui 鹏:Peng 斌:Bin 浩:Hao 凯:Kai 健:Jian 坤:Kun 昊:Hao 鸣:Ming 峰:Feng"
)
GIVEN1_F = pairs(
    "芳:Fang 静:Jing 敏:Min 丽:Li 艳:Yan 娟:Juan 霞:Xia 琳:Lin 萍:Ping 倩:Qian 颖:Ying 蕾:Lei 晶:Jing 岚:Lan 悦:Yue 桐:Tong 青:Qing 燕:Yan"
)
# whole names that are ordinary words: (name, given, pinyin, female)
WORD_NAMES = [
    ("黄河", "河", "Huang He", False),
    ("高山", "山", "Gao Shan", False),
    ("马力", "力", "Ma Li", False),
    ("林海", "海", "Lin Hai", False),
    ("叶青", "青", "Ye Qing", True),
    ("周平", "平", "Zhou Ping", False),
    ("石磊", "磊", "Shi Lei", False),
    ("金铭", "铭", "Jin Ming", False),
    ("吴桐", "桐", "Wu Tong", True),
    ("杨帆", "帆", "Yang Fan", False),
    ("刘洋", "洋", "Liu Yang", False),
    ("江山", "山", "Jiang Shan", False),
    ("白云", "云", "Bai Yun", True),
    ("夏雨", "雨", "Xia Yu", True),
    ("常青", "青", "Chang Qing", False),
    ("田野", "野", "Tian Ye", False),
    ("高原", "原", "Gao Yuan", False),
    ("向阳", "阳", "Xiang Yang", False),
    ("方圆", "圆", "Fang Yuan", True),
    ("文静", "静", "Wen Jing", True),
    ("高兴", "兴", "Gao Xing", False),
    ("安康", "康", "An Kang", False),
    ("钟声", "声", "Zhong Sheng", False),
    ("程功", "功", "Cheng Gong", False),
    ("温暖", "暖", "Wen Nuan", True),
    ("甘露", "露", "Gan Lu", True),
    ("秦岭", "岭", "Qin Ling", False),
    ("方正", "正", "Fang Zheng", False),
    ("高峰", "峰", "Gao Feng", False),
    ("钱程", "程", "Qian Cheng", False),
    ("白雪", "雪", "Bai Xue", True),
    ("马兰", "兰", "Ma Lan", True),
    ("于洋", "洋", "Yu Yang", False),
    ("余晖", "晖", "Yu Hui", False),
]
# traditional characters with a Hong Kong or Taiwan romanisation: (name, given, romanised, female)
TRAD_NAMES = [
    ("陳志明", "志明", "Chan Chi-ming", False),
    ("黃麗華", "麗華", "Wong Lai-wah", True),
    ("林怡辰", "怡辰", "Lin Yi-chen", True),
    ("王家偉", "家偉", "Wong Ka-wai", False),
    ("陳大文", "大文", "Chan Tai Man", False),
    ("張小鳳", "小鳳", "Cheung Siu-fung", True),
    ("劉永健", "永健", "Lau Wing-kin", False),
    ("吳美玲", "美玲", "Ng Mei-ling", True),
    ("梁志強", "志強", "Leung Chi-keung", False),
    ("何佩珊", "佩珊", "Ho Pui-shan", True),
    ("蔡佩君", "佩君", "Tsai Pei-chun", True),
    ("許家豪", "家豪", "Hsu Chia-hao", False),
    ("張雅婷", "雅婷", "Chang Ya-ting", True),
    ("鄭承恩", "承恩", "Cheng Cheng-en", False),
    ("楊宗翰", "宗翰", "Yang Tsung-han", False),
    ("葉國華", "國華", "Yip Kwok-wah", False),
    ("曾凱欣", "凱欣", "Tsang Hoi-yan", True),
    ("郭思穎", "思穎", "Kwok Sze-wing", True),
    ("謝淑惠", "淑惠", "Hsieh Shu-hui", True),
    ("鍾偉倫", "偉倫", "Chung Wai-lun", False),
]
# minority names: (name, parts beyond the whole, female); Uyghur given·father, Tibetan, Mongolian, Yi
MINORITY_NAMES = [
    ("阿不都热合曼·买买提", ["阿不都热合曼", "买买提"], False),
    ("古丽娜尔·艾力", ["古丽娜尔"], True),
    ("艾克拜尔·吐尔逊", ["艾克拜尔", "吐尔逊"], False),
    ("热依拉·阿布都拉", ["热依拉", "阿布都拉"], True),
    ("努尔艾合买提·肉孜", ["努尔艾合买提"], False),
    ("帕提古丽·阿西木", ["帕提古丽", "阿西木"], True),
    ("迪丽努尔·沙吾提", ["迪丽努尔", "沙吾提"], True),
    ("买尔旦·吾斯曼", ["买尔旦", "吾斯曼"], False),
    ("米热古丽·司马义", ["米热古丽", "司马义"], True),
    ("扎西顿珠", [], False),
    ("次仁卓玛", [], True),
    ("格桑", [], False),
    ("洛桑次旦", [], False),
    ("达瓦央金", [], True),
    ("尼玛扎西", [], False),
    ("白玛措姆", [], True),
    ("德吉曲珍", [], True),
    ("旺堆", [], False),
    ("巴特尔", [], False),
    ("乌云其木格", [], True),
    ("斯琴高娃", [], True),
    ("那仁满都拉", [], False),
    ("额尔敦", [], False),
    ("朝鲁门", [], False),
    ("宝音图", [], False),
    ("吉克阿依", ["阿依"], True),
    ("曲比阿乌", ["阿乌"], True),
    ("沙马拉毅", ["拉毅"], False),
    ("阿西木呷", ["木呷"], False),
    ("吉伍伍各", ["伍各"], False),
]
NATIONS = {
    "维吾尔族": {n for n, _, _ in MINORITY_NAMES[:9]},
    "藏族": {n for n, _, _ in MINORITY_NAMES[9:18]},
    "蒙古族": {n for n, _, _ in MINORITY_NAMES[18:25]},
    "彝族": {n for n, _, _ in MINORITY_NAMES[25:]},
}
assert "次仁卓玛" in NATIONS["藏族"] and "巴特尔" in NATIONS["蒙古族"] and "吉克阿依" in NATIONS["彝族"]
PET_NAMES = [
    "豆豆",
    "乐乐",
    "果果",
    "糖糖",
    "妞妞",
    "壮壮",
    "贝贝",
    "朵朵",
    "嘟嘟",
    "球球",
    "航航",
    "天天",
    "琪琪",
    "小宝",
    "二丫",
    "团团",
]
ENGLISH_FIRST = [
    "Tony",
    "Kelly",
    "Jason",
    "Vivian",
    "Kevin",
    "Cindy",
    "Eric",
    "Grace",
    "Jacky",
    "Winnie",
    "Alvin",
    "Peggy",
]
KIN_TITLES_M = ["哥", "叔", "大爷", "伯", "师傅", "总", "老师"]
KIN_TITLES_F = ["姐", "婶", "奶奶", "阿姨", "大姐", "老师", "姨"]
TITLE_ENDINGS = (
    "医生",
    "大夫",
    "主任",
    "护士",
    "护士长",
    "老师",
    "药师",
    "院长",
    "科长",
    "教授",
    "哥",
    "姐",
    "叔",
    "婶",
    "伯",
    "姨",
    "大爷",
    "奶奶",
    "阿姨",
    "师傅",
    "总",
)
STAFF_TITLES = ["主任", "医生", "大夫", "护士", "护士长", "老师", "药师", "院长", "科长", "教授"]


@dataclass
class Zh:
    """One Chinese person: how the name is written, its parts, and the pieces later mentions use."""

    full: str
    given: str
    sur: str
    female: bool
    roman: str = ""  # pinyin or a Hong Kong/Taiwan romanisation ("" when none fits)
    sur_roman: str = ""
    given_roman: str = ""
    parts: list[str] = field(default_factory=list)

    def m(self) -> str:
        return mark("NAME", self.full, self.parts)

    def later(self) -> list[str]:
        """Marks for later mentions of this person: the given name, surname + title, a nickname."""
        out = []
        if self.given in self.parts and self.given != self.full:
            out.append(again(self.given))
        if self.sur and len(self.sur) == 1:
            out.append(again("老" + self.sur if not self.female else self.sur + "姐", self.full))
        if self.sur and self.given and len(self.given) <= 2:
            out.append(again("阿" + self.given[-1], self.full))
        return out


# ---------------------------------------------------------------- marks, parts and checks (as in dev4)


def roman_parts(text: str) -> list[str]:
    """Each word of a romanised name of 3+ letters (titles dropped); the whole name when none is that long."""
    words = [w.strip(".,()") for w in re.split(r"[\s,]+", text)]
    parts = [w for w in words if len(w) >= 3 and w.lower() not in TITLES]
    return parts or [text]


def default_parts(kind: str, text: str) -> list[str]:
    if kind == "NAME":
        if CJK.search(text):
            if text.endswith(TITLE_ENDINGS) or text.startswith(("老", "小", "阿")):
                return [text]  # 吕医生, 司空老师, 王哥, 老张: the whole form is the part
            sur = next((s for s, _ in SURNAMES_DOUBLE if text.startswith(s)), text[:1])
            given = text[len(sur) :]
            return [text, given] if len(given) >= 2 else [text]
        return roman_parts(text)
    if kind == "EMAIL":
        return [text.split("@")[0]]
    if kind == "PHONE":
        body = re.sub(r"^(?:\+\d{1,3}|00\d{2})[\s-]*|转\d+$|\s*(?:ext\.?|分机)\s*\d+$", "", text)
        body = re.sub(r"^\(0\d{2,3}\)\s*|^0\d{2,3}-", "", body)
        return [g for g in re.findall(r"\d+", body) if len(g) >= 3]
    return [g for g in re.split(r"[\s\-/.()：:]+", text) if len(g) >= 3 and re.search(r"\d", g)]


def check_conversation(conv: Conversation) -> str | None:
    """Why this conversation is unusable, or None: the checks every set passes, and here also every
    resident ID's check character."""
    for span in conv.spans:
        if span["kind"] == "ID" and re.fullmatch(r"\d{6}\s?\d{8}\s?\d{3}[\dXx]", span["text"]):
            if not cn_id_valid(span["text"]):
                return f"resident ID {span['text']!r} fails its check character"
    return deid_writing.check_conversation(conv)


# ---------------------------------------------------------------- values that must survive

PROTECT_ZH = {
    "herb": [
        "白芍",
        "金银花",
        "常山",
        "王不留行",
        "何首乌",
        "刘寄奴",
        "徐长卿",
        "马齿苋",
        "白头翁",
        "石决明",
        "钟乳石",
        "车前子",
        "夏枯草",
        "杜仲",
        "黄芪",
        "党参",
        "当归",
        "白术",
        "柴胡",
        "陈皮",
        "黄连",
        "黄柏",
        "牛膝",
        "高良姜",
        "胡黄连",
        "白薇",
        "苏叶",
        "乌梅",
        "牡丹皮",
        "金钱草",
        "田七",
        "天麻",
        "石斛",
        "连翘",
        "白芷",
        "防风",
        "丹参",
        "甘草",
        "龙胆草",
        "益母草",
        "鸡血藤",
        "骨碎补",
    ],
    "lookalike": [  # symptoms and diseases that start with a surname character
        "高热",
        "黄疸",
        "高血压",
        "陈旧性骨折",
        "白细胞减少",
        "李斯特菌感染",
        "金黄色葡萄球菌感染",
        "毛细血管扩张",
        "白蛋白偏低",
        "高脂血症",
        "周围神经病变",
        "黄斑变性",
        "白内障",
        "包虫病",
        "严重脱水",
        "高钾血症",
        "石淋",
        "甘油三酯升高",
        "胡言乱语",
        "马尾综合征",
        "钱币状湿疹",
        "夏季皮炎",
    ],
    "phrase": [  # plain words that start with a surname character
        "常规复查",
        "方案调整",
        "程度较轻",
        "康复训练",
        "安全用药",
        "石膏固定",
        "黄体酮肌注",
        "万古霉素",
        "向上转诊",
        "于是加量",
        "何时复查",
        "万一发热",
        "文件已归档",
        "周末停诊",
        "明天空腹",
        "平时血压",
        "安静休息",
    ],
    "eponym": [
        "王氏手法",
        "川崎病",
        "桥本甲状腺炎",
        "帕金森病",
        "唐氏综合征筛查",
        "克罗恩病",
        "马方综合征",
        "布加综合征",
        "霍奇金淋巴瘤",
        "巴氏涂片",
        "墨菲征阳性",
        "格林-巴利综合征",
        "阿尔茨海默病",
    ],
    "history": [
        "张仲景",
        "华佗",
        "李时珍",
        "孙思邈",
        "扁鹊",
        "叶天士",
        "张仲景《伤寒论》",
        "华佗五禽戏",
        "李时珍《本草纲目》",
        "孙思邈《千金方》",
    ],
    "hospital": [
        "同仁医院",
        "逸夫楼",
        "中山大学附属第一医院",
        "北京协和医院",
        "四川大学华西医院",
        "中南大学湘雅医院",
        "邵逸夫医院",
        "国际和平妇幼保健院",
        "中山医院",
        "瑞金医院",
        "仁济医院",
        "新疆医科大学第一附属医院",
        "西藏自治区人民医院",
        "广西医科大学第一附属医院",
        "中山大学",
    ],
    "dept": [
        "心内科",
        "呼吸与危重症医学科",
        "消化内科",
        "内分泌科",
        "肾内科",
        "新生儿科",
        "产科",
        "妇科",
        "骨科",
        "神经外科",
        "急诊科",
        "中医科",
        "康复医学科",
        "皮肤科",
        "眼科",
        "耳鼻喉科",
        "口腔科",
        "ICU",
        "NICU",
        "感染科",
        "血液科",
        "肿瘤科",
    ],
    "dose": [
        "阿莫西林0.5g tid",
        "头孢曲松2g qd 静滴",
        "布洛芬混悬液5ml",
        "二甲双胍0.5g bid",
        "氨氯地平5mg qd",
        "阿托伐他汀20mg qn",
        "甲钴胺0.5mg tid",
        "门冬胰岛素12U 餐前",
        "奥美拉唑20mg",
        "硝苯地平控释片30mg",
        "左甲状腺素钠50μg",
        "氯吡格雷75mg",
        "阿司匹林100mg",
        "甘露醇125ml q8h",
        "地塞米松5mg",
        "头孢呋辛0.25g",
        "连花清瘟胶囊4粒 tid",
        "六味地黄丸8粒",
        "华法林2.5mg",
        "呋塞米20mg iv",
    ],
    "lab": [
        "血红蛋白98g/L",
        "白细胞12.3×10^9/L",
        "CRP 45mg/L",
        "肌酐88μmol/L",
        "血钾3.2mmol/L",
        "ALT 56U/L",
        "总胆红素34μmol/L",
        "空腹血糖7.8mmol/L",
        "HbA1c 7.2%",
        "尿蛋白(++)",
        "PCT 0.8ng/ml",
        "D-二聚体1.2mg/L",
        "血小板86×10^9/L",
        "白蛋白28g/L",
        "TSH 6.8mIU/L",
        "INR 2.4",
    ],
    "vital": ["体温39.2℃", "血压150/95mmHg", "心率102次/分", "SpO2 93%", "呼吸24次/分", "血压92/58mmHg", "体温37.8℃"],
    "visit": [
        "2026年3月5日入院",
        "3月12日复查",
        "术后第3天",
        "周一上午",
        "下周三",
        "周末",
        "2026-11-20复诊",
        "每周一、周四透析",
        "11月28日出院",
        "2天后拆线",
        "周五下午门诊",
    ],
    "date": ["2026年3月5日", "11月28日", "2026-11-20", "10月9日", "2026.09.14", "本月15日"],
    "age": ["45岁", "78岁", "62岁", "36岁", "53岁", "81岁"],
    "child_age": ["3岁2月", "生后第5天", "11岁", "8月龄", "5岁"],
    "pregnancy": ["孕32周", "孕39+2周", "孕28周", "29岁", "34岁"],
}
PROTECT_EN = {
    "drug": [
        "metformin 500 mg bd",
        "amlodipine 5 mg daily",
        "ceftriaxone 2 g IV",
        "atorvastatin 40 mg nocte",
        "insulin aspart 8 units",
        "warfarin 3 mg",
        "paracetamol 1 g qds",
        "enoxaparin 40 mg SC",
        "levothyroxine 75 mcg",
        "clopidogrel 75 mg",
    ],
    "lab": [
        "Hb 96 g/L",
        "WCC 13.1 x10^9/L",
        "CRP 62 mg/L",
        "creatinine 142 umol/L",
        "K+ 3.1 mmol/L",
        "ALT 88 U/L",
        "HbA1c 8.4%",
        "eGFR 38",
        "troponin 45 ng/L",
        "bilirubin 41 umol/L",
    ],
    "eponym": [
        "Kawasaki disease",
        "Hashimoto's thyroiditis",
        "Listeria",
        "Crohn's disease",
        "Parkinson's disease",
        "Down syndrome screening",
        "Hodgkin lymphoma",
        "Murphy's sign",
    ],
    "place": [
        "Sun Yat-sen University",
        "Zhongshan Hospital",
        "Run Run Shaw Hospital",
        "Queen Mary Hospital",
        "Peking Union Medical College Hospital",
        "Huashan Hospital",
        "Beijing Tongren Hospital",
        "Prince of Wales Hospital",
    ],
    "herb": ["Dang Gui", "Huang Qi (astragalus)", "ginseng", "He Shou Wu", "Bai Shao", "goji berry"],
    "visit": [
        "seen on 12 March 2026",
        "review in 2 weeks",
        "on Monday",
        "next Wednesday",
        "admitted 03/11/2026",
        "weekend",
    ],
}

ZH_REGIONS = [
    "广西壮族自治区南宁市青秀区",
    "广东省佛山市顺德区",
    "河南省洛阳市涧西区",
    "江苏省苏州市姑苏区",
    "湖北省宜昌市西陵区",
    "辽宁省大连市沙河口区",
    "福建省泉州市鲤城区",
    "北京市朝阳区",
    "上海市闵行区",
    "重庆市渝中区",
    "新疆维吾尔自治区乌鲁木齐市天山区",
    "西藏自治区拉萨市城关区",
    "内蒙古自治区呼和浩特市赛罕区",
    "云南省大理白族自治州大理市",
]
ZH_RURAL = [
    "广西壮族自治区百色市那坡县",
    "四川省凉山彝族自治州昭觉县",
    "贵州省黔东南苗族侗族自治州从江县",
    "甘肃省定西市通渭县",
    "江西省赣州市兴国县",
    "山东省菏泽市曹县",
]
ZH_ROADS = [
    "滨江东路",
    "凤凰北街",
    "朝阳南大道",
    "青年西路",
    "桃源路",
    "紫荆中路",
    "长虹路",
    "白沙巷",
    "荔湾横街",
    "学府大街",
    "双塔东街",
]
ZH_COMPOUNDS = [
    "翡翠湾",
    "康乐花园",
    "紫荆苑",
    "幸福里小区",
    "锦江新村",
    "金色家园",
    "怡景湾",
    "望江小区",
    "丽都花园",
    "枫丹白露",
]
ZH_VILLAGES = ["大坪村", "石板村", "龙潭村", "下寨村", "竹园村", "岩口村", "坡脚村", "洞头村"]
ZH_TOWNS = ["城厢镇", "龙胜乡", "平安镇", "古路乡", "新圩镇"]
MOBILE_PREFIXES = "130 131 132 133 135 136 137 138 139 150 151 152 153 155 156 157 158 159 166 176 177 180 182 185 186 187 188 189 198 199".split()
OLD_GIVEN_F = pairs(
    "秀英:Xiuying 桂兰:Guilan 玉兰:Yulan 淑芬:Shufen 秀兰:Xiulan 凤英:Fengying 淑珍:Shuzhen 玉珍:Yuzhen 桂芳:Guifang 美华:Meihua 月娥:Yue'e 素珍:Suzhen"
)
EMAIL_DOMAINS = ["163.com", "qq.com", "126.com", "sina.com", "foxmail.com", "hotmail.com", "gmail.com", "yeah.net"]


class Draw:
    """Random people, identifiers and values for one conversation; no two people share a surname or given name."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self.used: set[str] = set()
        self.last_roman = ""
        self.last_birth: tuple[int, int, int] | None = None

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def digits(self, n: int, first: str = "123456789") -> str:
        return self.pick(first) + "".join(self.pick("0123456789") for _ in range(n - 1))

    def fresh(self, *keys: str) -> bool:
        keys = tuple(k for k in keys if k)
        if any(k in self.used for k in keys):
            return False
        self.used |= set(keys)
        return True

    # people
    def zh(self, kind: str | None = None, female: bool | None = None) -> Zh:
        kind = kind or self.pick(
            ["common"] * 6 + ["rare"] * 4 + ["double"] * 3 + ["word"] * 3 + ["minority"] * 2 + ["trad"] * 2
        )
        if kind == "married" and female is False:
            kind = "common"
        while True:
            fem = self.chance(0.5) if female is None else female
            if kind in ("common", "rare", "double", "married"):
                pool = {"common": SURNAMES_COMMON, "rare": SURNAMES_RARE, "double": SURNAMES_DOUBLE}.get(
                    kind, SURNAMES_COMMON
                )
                sur, sur_r = self.pick(pool)
                one = kind in ("common", "rare") and self.chance(0.3)
                given, given_r = self.pick((GIVEN1_F if one else GIVEN2_F) if fem else (GIVEN1_M if one else GIVEN2_M))
                if kind == "married":
                    fem = True
                    given, given_r = self.pick(OLD_GIVEN_F)
                    own, _ = self.pick(SURNAMES_COMMON)
                    if own == sur or not self.fresh(sur, own, given):
                        continue
                    full = sur + own + given
                    return Zh(full, given, sur, True, "", "", "", [full, given, own + given])
                if not self.fresh(sur, given):
                    continue
                full = sur + given
                parts = [full, given] if len(given) >= 2 else [full]
                return Zh(full, given, sur, fem, f"{sur_r} {given_r}", sur_r, given_r, parts)
            if kind == "word":
                full, given, roman, fem = self.pick(WORD_NAMES)
                if (female is not None and fem != female) or not self.fresh(full[0], full):
                    continue
                s, g = roman.split()
                return Zh(full, given, full[0], fem, roman, s, g, [full])
            if kind == "trad":
                full, given, roman, fem = self.pick(TRAD_NAMES)
                if (female is not None and fem != female) or not self.fresh(full[0], given):
                    continue
                s, g = roman.split(" ", 1)
                return Zh(full, given, full[0], fem, roman, s, g, [full, given])
            if kind == "zhuang":
                sur = self.pick("韦覃农蒙陆黄莫")
                given, _ = self.pick(GIVEN2_F if fem else GIVEN2_M)
                if self.fresh(sur, given):
                    return Zh(sur + given, given, sur, fem, "", "", "", [sur + given, given])
                continue
            full, comps, fem = self.pick(MINORITY_NAMES)
            if (female is not None and fem != female) or not self.fresh(full, *comps):
                continue
            return Zh(full, comps[0] if comps else "", "", fem, "", "", "", [full, *comps])

    def roman(self, z: Zh, upper_sur: bool | None = None, prose: bool = False) -> str:
        """A mark for the person's pinyin or Hong Kong/Taiwan form, in one of the orders records use."""
        s, g = z.sur_roman, z.given_roman
        forms = ["sg", "Sg", "gs"] if prose else ["sg", "SG", "Sg", "gs", "S,g", "S,G"]
        form = self.pick(forms) if upper_sur is None else ("Sg" if upper_sur else "sg")
        sw = s.upper() if form[0] == "S" else s
        gw = g.upper() if form[-1] == "G" else g
        text = f"{gw} {sw}" if form == "gs" else (f"{sw}, {gw}" if "," in form else f"{sw} {gw}")
        parts = list(dict.fromkeys(w for w in (sw, gw) if len(w) >= 3)) or [text]
        self.last_roman = text
        return mark("NAME", text, parts)

    def roman_given(self, z: Zh) -> str:
        """A later mention of the romanised person by given name only ("Xiaoming"), added to the last romanised span."""
        return again(z.given_roman, self.last_roman) if len(z.given_roman) >= 3 else again(self.last_roman)

    def english_zh(self, z: Zh) -> str:
        first = self.pick(ENGLISH_FIRST)
        self.used.add(first)
        text = self.pick([f"{first} {z.sur}", f"{first}{z.sur}", f"{first} {z.sur_roman}", f"{z.sur}{first}"])
        return mark("NAME", text, [first] + ([z.sur_roman] if z.sur_roman in text and len(z.sur_roman) >= 3 else []))

    def nick(self, z: Zh) -> str:
        """A nickname or kin form for someone never named in full: 老张, 阿强, 王哥, 陈大爷."""
        forms = [f"老{z.sur}", f"小{z.sur}", z.sur + self.pick(KIN_TITLES_F if z.female else KIN_TITLES_M)]
        if z.given and len(z.given) <= 2:
            forms.append("阿" + z.given[-1])
        text = self.pick(forms)
        return mark("NAME", text, [text])

    def p(self, *kinds: str, zh: bool = True) -> str:
        pool = PROTECT_ZH if zh else PROTECT_EN
        while True:
            value = self.pick(pool[self.pick(kinds)])
            if value not in self.used:
                self.used.add(value)
                return keep(value)

    # phones
    def phone(self, kind: str = "any") -> str:
        pre = self.pick(MOBILE_PREFIXES)
        a, b = self.digits(4, "0123456789"), self.digits(4, "0123456789")
        mobile = [
            f"{pre}{a}{b}",
            f"{pre} {a} {b}",
            f"{pre}-{a}-{b}",
            f"+86 {pre} {a} {b}",
            f"+86-{pre}{a}{b}",
            f"0086 {pre}{a}{b}",
        ]
        area = self.pick(["010", "020", "021", "0755", "0771", "0898", "0991"])
        local = self.digits(8, "2345678")
        land = [
            f"({area}) {local[:4]} {local[4:]}",
            f"{area}-{local}",
            f"{area}-{local}转{self.digits(3)}",
            f"({area}){local}",
        ]
        pool = mobile if kind == "mobile" else land if kind == "land" else mobile * 2 + land
        return mark("PHONE", self.pick(pool))

    def cn_id(self) -> str:
        """A resident ID; its birth date is the last date of birth drawn, when there is one, as on a real card."""
        area = self.pick(["450103", "440606", "410305", "320508", "650102", "540102", "150105", "513431", "110105"])
        y, m, dd = self.last_birth or (self.r.randint(1938, 2020), self.r.randint(1, 12), self.r.randint(1, 28))
        self.last_birth = None
        first17 = f"{area}{y}{m:02d}{dd:02d}{self.digits(3, '0123456789')}"
        n = first17 + cn_check(first17)
        text = self.pick([n, n, n, f"{n[:6]} {n[6:14]} {n[14:]}", n.lower()])
        assert cn_id_valid(text)
        return mark("ID", text)

    def record(self) -> tuple[str, str]:
        """(label, mark) for a hospital record number."""
        label = self.pick(["住院号", "门诊号", "病案号", "就诊卡号", "ID号", "登记号"])
        value = self.pick(
            [
                self.digits(7, "0123456789"),
                f"ZY{self.r.randint(2019, 2026)}{self.digits(6, '0123456789')}",
                f"MZ{self.digits(9, '0123456789')}",
                f"00{self.digits(8)}",
                f"{self.pick('ABKH')}{self.digits(6)}",
            ]
        )
        return label, mark("MRN", value)

    def insurance(self) -> tuple[str, str]:
        label = self.pick(["医保卡号", "社保卡号", "医保号", "新农合证号"])
        value = self.pick(
            [f"{self.pick('HKMZ')}{self.digits(8)}", self.digits(10), f"{self.digits(6)}-{self.digits(6)}"]
        )
        return label, mark("ID", value)

    # dates of birth: the day and month as written are the part
    def dob(self, lang: str = "zh", child: bool = False) -> str:
        y = self.r.randint(2012, 2025) if child else self.r.randint(1930, 2008)
        m, dd = self.r.randint(1, 12), self.r.randint(1, 28)
        self.last_birth = (y, m, dd)
        cn = "〇一二三四五六七八九"
        cm, cdd = zh_number(m), zh_number(dd)
        cd = "初" + zh_number(dd) if dd <= 10 else ("廿" + zh_number(dd - 20) if 20 < dd < 30 else cdd)
        mon = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[m - 1]
        if lang == "en":
            forms = [
                (f"{dd:02d}/{m:02d}/{y}", f"{dd:02d}/{m:02d}"),
                (f"{mon} {dd}, {y}", f"{mon} {dd}"),
                (f"{dd}-{mon}-{y}", f"{dd}-{mon}"),
                (f"{y}-{m:02d}-{dd:02d}", f"{m:02d}-{dd:02d}"),
                (f"{dd} {mon.upper()} {y}", f"{dd} {mon.upper()}"),
            ]
        else:
            forms = [
                (f"{y}年{m}月{dd}日", f"{m}月{dd}日"),
                (f"{y}-{m:02d}-{dd:02d}", f"{m:02d}-{dd:02d}"),
                (f"{y}/{m}/{dd}", f"{m}/{dd}"),
                (f"{y}.{m:02d}.{dd:02d}", f"{m:02d}.{dd:02d}"),
                (f"{y % 100:02d}.{m}.{dd}", f"{m}.{dd}"),
                (f"{y}{m:02d}{dd:02d}", f"{m:02d}{dd:02d}"),
                ("".join(cn[int(c)] for c in str(y)) + f"年{cm}月{cdd}日", f"{cm}月{cdd}日"),
                (f"{y}年{m:02d}月{dd:02d}日", f"{m:02d}月{dd:02d}日"),
                (f"农历{y}年{cm}月{cd}", f"{cm}月{cd}"),
                (f"{y % 100:02d}年{m}月{dd}号", f"{m}月{dd}号"),
            ]
        text, part = self.pick(forms)
        return mark("DOB", text, [part])

    def address(self, rural: bool | None = None) -> str:
        r = self.r
        if rural is None:
            rural = self.chance(0.3)
        if rural:
            village, town = self.pick(ZH_VILLAGES), self.pick(ZH_TOWNS)
            group, house = f"{r.randint(1, 12)}组", f"{r.randint(3, 128)}号"
            text = f"{self.pick(ZH_RURAL)}{town}{village}{group}{house}"
            return mark("ADDRESS", text, [village, group + house])
        region, road = self.pick(ZH_REGIONS), self.pick(ZH_ROADS)
        house, room = f"{r.randint(11, 1688)}号", f"{r.randint(1, 28)}{r.randint(1, 4):02d}室"
        if self.chance(0.5):
            comp = self.pick(ZH_COMPOUNDS)
            unit = f"{r.randint(1, 22)}栋{r.randint(1, 4)}单元{room}"
            text = f"{region}{road}{house}{comp}{unit}"
            return mark("ADDRESS", text, [road, house, comp, room])
        text = f"{region}{road}{house}{r.randint(1, 9)}号楼{room}"
        return mark("ADDRESS", text, [road, house, room])

    def email(self, z: Zh | None = None) -> str:
        if z is not None and z.roman:
            base = (z.sur_roman + z.given_roman).lower().replace("-", "").replace("'", "").replace(" ", "")
            local = self.pick(
                [base, base + self.digits(2), z.given_roman.lower().replace("-", "") + "_" + z.sur_roman.lower()]
            )
        else:
            local = self.pick(
                [self.digits(9), self.digits(10), "sunflower" + self.digits(3), "xiaoyu_" + self.digits(4)]
            )
        return mark("EMAIL", f"{local}@{self.pick(EMAIL_DOMAINS)}", [local])


# ---------------------------------------------------------------- templates

template = Templates()  # @template(lang, phi, mixed) registers a template of this set


def first_later(z: Zh, d: Draw) -> str:
    """One later mention of z (given name, surname + title or nickname); the full name when none fits."""
    options = z.later()
    return d.pick(options) if options else again(z.full)


# Chinese records and chats with PHI


@template("zh")
def zh_admission(d: Draw) -> tuple[str, list[str]]:
    z, kin = d.zh(), d.zh()
    rel = d.pick(["患者之女", "其夫", "儿媳", "孙子", "二舅", "表姐", "其妻", "患者之子"])
    label, mrn = d.record()
    doc, chief = d.zh(), d.zh()
    return "record", [
        f"入院记录\n姓名：{z.m()}　性别：{'女' if z.female else '男'}　年龄：{d.p('age')}\n出生日期：{d.dob()}\n"
        f"身份证号：{d.cn_id()}\n{label}：{mrn}\n现住址：{d.address()}\n联系人：{kin.m()}（{rel}）　电话：{d.phone()}",
        f"病史陈述者：患者本人及{rel}{first_later(kin, d)}，可靠。主诉：{d.p('lookalike')}3天。查体：{d.p('vital')}。"
        f"辅助检查：{d.p('lab')}。初步诊断：{d.p('eponym')}。",
        f"记录者：{doc.m()}\n主治医师：{chief.m()}　{d.p('visit')}",
    ]


@template("zh")
def zh_ward_round(d: Draw) -> tuple[str, list[str]]:
    boss, res, intern, pt = d.zh(), d.zh(), d.zh(), d.zh()
    return "note", [
        f"{d.p('visit')}{boss.m()}主任医师查房：患者{pt.m()}{d.pick(['诉', '自述', '今晨诉'])}{d.p('lookalike')}较前好转，{d.p('vital')}。",
        f"{again(boss.sur + '主任', boss.full)}指示：继续{d.p('dose')}，复查{d.p('lab')}。规培医师{res.m()}、实习生{intern.m()}参加查房。",
        f"{first_later(pt, d)}家属询问何时出院，{again(res.full)}已解释。",
    ]


@template("zh")
def zh_handover(d: Draw) -> tuple[str, list[str]]:
    a, b, c, nurse = d.zh("word"), d.zh(), d.zh(), d.zh(female=True)
    verb = d.pick(["已签字", "今日出院", "说夜间睡眠差", "拒绝抽血", "已转入ICU", "明日手术"])
    return "list", [
        f"夜班交班（护士长{nurse.m()}）\n{d.r.randint(1, 9)}床 {a.m()}{verb}。\n"
        f"{d.r.randint(10, 19)}床 {b.m()}，{d.p('lookalike')}，{d.p('dose')}。\n{d.r.randint(20, 40)}床 {c.m()}：{d.p('vital')}",
        f"补充：{d.p('phrase')}。{again(a.full)}的家属{d.nick(d.zh('common'))}电话{d.phone('mobile')}，{first_later(c, d)}需{d.p('date')}复查。",
    ]


@template("zh")
def zh_wechat_group(d: Draw) -> tuple[str, list[str]]:
    mum, kid, doc, other = d.zh(female=True), d.pick(PET_NAMES), d.zh(), d.zh()
    d.used.add(kid)
    return "chat", [
        f"[病友群] {mark('NAME', kid)}妈妈：@{doc.m()} {doc.sur}医生，孩子{d.p('vital')}，要来{d.p('hospital')}吗？",
        f"[病友群] {again(doc.full)}：@{again(kid)}妈妈 先口服{d.p('dose')}，{d.p('visit')}来{d.p('dept')}找我。",
        f"[病友群] {other.m()}：我家也是，加我微信吧，手机号{d.phone('mobile')}",
        f"[病友群] {again(kid)}妈妈（{mum.m()}）：谢谢{first_later(other, d)}！",
    ]


@template("zh")
def zh_family_chat(d: Draw) -> tuple[str, list[str]]:
    pt, kin = d.zh(), d.zh()
    who = d.pick(["二舅", "外婆", "表姐", "大伯", "小姨", "姑父"])
    return "chat", [
        f"{d.nick(kin)}：{who}那边说{pt.m()}昨天{d.p('lookalike')}，送到{d.p('hospital')}了",
        f"我：{first_later(pt, d)}住几床？身份证号{d.cn_id()}我这有，挂号用",
        f"对方：住址写{d.address()}，他电话{d.phone()}",
    ]


@template("zh")
def zh_consent(d: Draw) -> tuple[str, list[str]]:
    pt, proxy, doc = d.zh(), d.zh(), d.zh()
    rel = d.pick(["儿媳", "女婿", "长子", "配偶", "侄女", "监护人"])
    label, mrn = d.record()
    return "form", [
        f"手术知情同意书\n患者姓名：{pt.m()}　{label}：{mrn}\n拟行手术：{d.p('lookalike')}相关手术",
        f"患者签名：{again(pt.full)}\n委托代理人：{proxy.m()}　与患者关系：{rel}\n代理人身份证：{d.cn_id()}　联系电话：{d.phone()}",
        f"谈话医师：{doc.m()}　{d.p('visit')}",
    ]


@template("zh")
def zh_pediatric(d: Draw) -> tuple[str, list[str]]:
    kid, mum, dad = d.zh("common"), d.zh(female=True), d.zh(female=False)
    pet = d.pick(PET_NAMES)
    d.used.add(pet)
    return "record", [
        f"患儿{kid.m()}（乳名{mark('NAME', pet)}），{d.p('child_age')}，出生日期{d.dob(child=True)}。监护人：母亲{mum.m()}，父亲{dad.m()}。",
        f"母亲代诉：{again(pet)}{d.p('lookalike')}两天，{d.p('vital')}。{d.p('lab')}。予{d.p('dose')}。",
        f"{first_later(mum, d)}留电话{d.phone('mobile')}，{d.p('visit')}来{d.p('dept')}复诊。",
    ]


@template("zh")
def zh_obstetric(d: Draw) -> tuple[str, list[str]]:
    mother, husband = d.zh(female=True), d.zh(female=False)
    label, mrn = d.record()
    return "record", [
        f"产妇{mother.m()}，{d.p('pregnancy')}，G2P1，{label}{mrn}。其夫{husband.m()}陪同，{d.p('vital')}。",
        f"{first_later(mother, d)}要求无痛分娩，{again(husband.full)}已签字。{d.p('lab')}，{d.p('dose')}。",
    ]


@template("zh")
def zh_minority(d: Draw) -> tuple[str, list[str]]:
    nation = d.pick(["维吾尔族", "藏族", "蒙古族", "彝族", "壮族"])
    if nation == "壮族":
        pt = d.zh("zhuang")
    else:
        while (pt := d.zh("minority")).full not in NATIONS[nation]:
            d.used -= set(pt.parts)
    interp = d.zh()
    later = again(pt.parts[1]) if len(pt.parts) > 1 else again(pt.full)
    return "record", [
        f"姓名：{pt.m()}　民族：{nation}　出生日期：{d.dob()}\n身份证号：{d.cn_id()}\n户籍地址：{d.address(rural=True)}",
        f"患者不通汉语，由翻译{interp.m()}协助问诊。{later}诉{d.p('lookalike')}，{d.p('vital')}。转{d.p('hospital')}{d.p('dept')}。",
    ]


@template("zh")
def zh_referral(d: Draw) -> tuple[str, list[str]]:
    pt, to, frm = d.zh(), d.zh("double"), d.zh()
    return "letter", [
        f"转诊单\n致{d.p('hospital')}{d.p('dept')}{to.m()}{d.pick(['主任', '教授', '医生'])}：",
        f"兹有患者{pt.m()}，{d.p('age')}，{d.p('eponym')}，{d.p('lab')}，请予诊治。患者电话：{d.phone()}",
        f"转诊医师：{frm.m()}（{d.phone('land')}）\n{first_later(pt, d)}家属已知情。",
    ]


@template("zh")
def zh_prescription(d: Draw) -> tuple[str, list[str]]:
    pt, doc, chk, disp = d.zh(), d.zh(), d.zh(), d.zh()
    label, mrn = d.record()
    return "form", [
        f"处方笺　{label}：{mrn}\n姓名：{pt.m()}　年龄：{d.p('age')}　科别：{d.p('dept')}\nRp：{d.p('dose')}；{d.p('herb')}10g，{d.p('herb')}15g",
        f"医师：{doc.m()}　审核：{chk.m()}　调配：{disp.m()}药师",
    ]


@template("zh")
def zh_consult_list(d: Draw) -> tuple[str, list[str]]:
    a, b, c, e, pt = d.zh(), d.zh(), d.zh(), d.zh(), d.zh()
    j1, j2 = d.pick(["、", "，"]), d.pick(["和", "及", "与"])
    return "note", [
        f"会诊记录：患者{pt.m()}。参加会诊：{d.p('dept')}{a.m()}主任{j1}{d.p('dept')}{b.m()}{j1}{c.m()}{j2}护士长{e.m()}。",
        f"{first_later(a, d)}意见：{d.p('eponym')}可能，建议{d.p('dose')}；{again(b.full)}同意，{d.p('visit')}复查{d.p('lab')}。",
    ]


@template("zh")
def zh_ocr_scan(d: Draw) -> tuple[str, list[str]]:
    z = d.zh("common")
    spaced = " ".join(z.full)
    parts = [spaced] + ([" ".join(z.given)] if len(z.given) >= 2 else [])
    doc = d.zh()
    return "record", [
        f"[扫描件OCR] 姓 名 : {mark('NAME', spaced, parts)}   性 别 : {'女' if z.female else '男'}   出 生 日 期 : {d.dob()}",
        f"住 院 号 {d.record()[1]}  床 号 {d.r.randint(1, 40)}\n诊 断 : {d.p('lookalike')}  主 治 医 师 : {doc.m()}",
    ]


@template("zh")
def zh_trad_hk(d: Draw) -> tuple[str, list[str]]:
    pt, doc = d.zh("trad"), d.zh("trad")
    return "record", [
        f"病人姓名：{pt.m()}　聯絡電話：{mark('PHONE', '+852 ' + d.digits(4, '569') + ' ' + d.digits(4, '0123456789'))}\n"
        f"出生日期：{d.dob()}　覆診：{d.p('visit')}",
        f"主診醫生：{doc.m()}　{first_later(pt, d)}已獲告知{d.p('eponym')}，處方{d.p('dose')}。",
    ]


@template("zh")
def zh_dob_sentences(d: Draw) -> tuple[str, list[str]]:
    a, b = d.zh(), d.zh()
    return "chat", [
        f"患者：我叫{a.m()}，出生于{d.dob()}，医保卡好像过期了",
        f"医生：好的，{first_later(a, d)}，请报一下身份证号。",
        f"患者：{d.cn_id()}。我女儿{b.m()}是{d.dob()}生的，也要建档。",
    ]


@template("zh")
def zh_contacts(d: Draw) -> tuple[str, list[str]]:
    a, b, c = d.zh(), d.zh(), d.zh()
    return "form", [
        f"紧急联系人：{a.m()}　{d.phone()}\n联系人2：{b.m()}（{d.pick(['同事', '领导', '室友', '师傅'])}）　{d.phone()}",
        f"单位座机：{d.phone('land')}\n患者本人：{c.m()}　{d.email(c)}",
    ]


@template("zh")
def zh_rural_record(d: Draw) -> tuple[str, list[str]]:
    pt, doc = d.zh(d.pick(["rare", "common", "word"])), d.zh()
    label, card = d.insurance()
    return "record", [
        f"姓名：{pt.m()}\n户籍地址：{d.address(rural=True)}\n{label}：{card}",
        f"村医{doc.m()}陪同转诊。{first_later(pt, d)}{d.p('lookalike')}，{d.p('vital')}，{d.p('visit')}。",
    ]


@template("zh")
def zh_insurance(d: Draw) -> tuple[str, list[str]]:
    pt, clerk = d.zh(d.pick(["married", "common", "rare", "double"])), d.zh()
    label, card = d.insurance()
    label2, mrn = d.record()
    return "form", [
        f"医保报销申请\n参保人：{pt.m()}　身份证号码：{d.cn_id()}\n{label}：{card}　{label2}：{mrn}",
        f"经办人：{clerk.m()}　联系电话：{d.phone()}　费用：{d.p('dose')}",
    ]


@template("zh")
def zh_online_consult(d: Draw) -> tuple[str, list[str]]:
    doc, pt, kin = d.zh(), d.zh(), d.zh()
    return "chat", [
        f"用户：{mark('NAME', doc.sur + '医生', [doc.sur + '医生'])}您好，我是{pt.m()}的{d.pick(['女儿', '儿子', '爱人', '外孙女'])}{kin.m()}，"
        f"{'她' if pt.female else '他'}{d.p('lookalike')}，{d.p('lab')}",
        f"{doc.m()}：您好，{first_later(pt, d)}现在吃{d.p('dose')}吗？",
        f"用户：吃着。{d.pick(['他说', '我爸说'])}{d.p('herb')}也在喝，方便的话加我{d.phone('mobile')}",
    ]


@template("zh")
def zh_verbs(d: Draw) -> tuple[str, list[str]]:
    a, b, c = d.zh("word"), d.zh(), d.zh()
    return "note", [
        f"{a.m()}说昨晚{d.p('lookalike')}。{b.m()}已签字同意{d.p('dose')}，{d.p('phrase')}。",
        f"{c.m()}今日出院，{d.p('date')}复查。{again(a.full)}要求{d.p('dept')}会诊。",
    ]


@template("zh")
def zh_married_names(d: Draw) -> tuple[str, list[str]]:
    pt, son = d.zh("married"), d.zh(female=False)
    return "record", [
        f"姓名：{pt.m()}　{d.p('age')}　出生：{d.dob()}\n{d.pick(['子', '长子'])}：{son.m()}　{d.phone()}",
        f"{again(pt.given)}{d.pick(['阿婆', '婆婆'])}{d.p('lookalike')}，{d.p('lab')}，建议{d.p('dose')}。",
    ]


@template("zh")
def zh_workplace(d: Draw) -> tuple[str, list[str]]:
    pt, boss, mate = d.zh(), d.zh(), d.zh()
    return "note", [
        f"工伤就诊：{pt.m()}，{d.pick(['车间', '工地', '仓库'])}作业时受伤。{d.pick(['领导', '科长', '老板'])}{boss.m()}、同事{d.nick(mate)}送来。",
        f"{first_later(pt, d)}{d.p('vital')}，{d.p('lookalike')}，{d.p('phrase')}。单位地址：{d.address(rural=False)}",
    ]


@template("zh")
def zh_sick_leave(d: Draw) -> tuple[str, list[str]]:
    pt, doc = d.zh(d.pick(["married", "common", "word", "trad"])), d.zh()
    return "letter", [
        f"诊断证明书\n兹证明{pt.m()}（身份证{d.cn_id()}）于{d.p('date')}在我院{d.p('dept')}就诊，诊断{d.p('eponym')}，建议休息两周。",
        f"医师签名：{doc.m()}\n审核：{d.zh().m()}",
    ]


@template("zh")
def zh_pet_names(d: Draw) -> tuple[str, list[str]]:
    pet = d.pick(PET_NAMES)
    d.used.add(pet)
    kid, teacher = d.zh("common"), d.zh()
    return "chat", [
        f"妈妈：{mark('NAME', pet)}今天{d.p('vital')}，幼儿园老师{teacher.m()}让接回来，{again(teacher.sur + '老师', teacher.full)}说班上好几个{d.p('lookalike')}",
        f"医生：{again(pet)}大名叫什么？",
        f"妈妈：{kid.m()}，{d.dob(child=True)}出生，就诊卡{d.record()[1]}",
    ]


@template("zh")
def zh_email_sig(d: Draw) -> tuple[str, list[str]]:
    doc, pt = d.zh(), d.zh()
    return "letter", [
        f"主题：关于{pt.m()}的随访\n{d.p('visit')}复查{d.p('lab')}，请{d.p('dept')}协助。",
        f"--\n{doc.m()}\n{d.p('hospital')}\n邮箱：{d.email(doc)}\n电话：{d.phone('land')}",
    ]


@template("zh")
def zh_roommates(d: Draw) -> tuple[str, list[str]]:
    a, b, c = d.zh(), d.zh(), d.zh()
    return "chat", [
        f"病友{a.m()}：隔壁床{d.nick(b)}昨天{d.p('lookalike')}，吓死了",
        f"室友{c.m()}：{d.pick(['嗯', '是啊'])}，{first_later(a, d)}你明天是不是也{d.p('visit')}？",
    ]


@template("zh")
def zh_brackets(d: Draw) -> tuple[str, list[str]]:
    a, b, c = d.zh(), d.zh(), d.zh()
    return "note", [
        f"【{a.m()}】{d.p('eponym')}随访（家属：{b.m()}）",
        f"「{c.m()}」/{again(a.full)}：{d.p('lab')}；{d.p('dose')}。",
    ]


@template("zh")
def zh_handle_chat(d: Draw) -> tuple[str, list[str]]:
    a, b = d.zh(), d.zh()
    pet = d.pick(PET_NAMES)
    d.used.add(pet)
    return "chat", [
        f"群昵称「{mark('NAME', pet)}爸爸」：@{a.m()} 请问{d.p('dept')}周几有号？",
        f"{again(a.full)}：@{again(pet)}爸爸 {d.p('visit')}。有事打{d.phone()}找{b.m()}护士。",
    ]


@template("zh")
def zh_roles(d: Draw) -> tuple[str, list[str]]:
    a, b, c, e = d.zh(), d.zh(), d.zh(), d.zh()
    return "note", [
        f"住院医{a.m()}汇报：患者为{d.pick(['篮球队', '游泳队', '田径队'])}队员，教练{b.m()}陪同，{d.p('lookalike')}。",
        f"{c.m()}大夫建议{d.p('dose')}；{e.m()}{d.pick(['院长', '科长', '主任'])}批准{d.p('phrase')}。{first_later(b, d)}签字。",
    ]


@template("zh")
def zh_signature_block(d: Draw) -> tuple[str, list[str]]:
    a, b, c = d.zh(), d.zh(), d.zh()
    return "record", [
        f"出院小结：{d.p('eponym')}，{d.p('lab')}。出院带药：{d.p('dose')}。{d.p('visit')}。",
        f"医师签名：{a.m()}\n审核：{b.m()}\n{c.m()}\n{d.p('hospital')}{d.p('dept')}",
    ]


# mixed Chinese and English


@template("zh", mixed=True)
def mix_pinyin_registration(d: Draw) -> tuple[str, list[str]]:
    z = d.zh(d.pick(["common", "rare", "double", "word"]))
    return "record", [
        f"Name: {d.roman(z)} / 姓名：{z.m()} / 性别 {'F' if z.female else 'M'}\nDOB: {d.dob('en')}  身份证：{d.cn_id()}",
        f"Chief complaint 主诉：{d.p('lookalike')}；{d.p('lab')}。Plan：{d.p('dose')}。",
    ]


@template("zh", mixed=True)
def mix_hk_tw(d: Draw) -> tuple[str, list[str]]:
    z = d.zh("trad")
    return "record", [
        f"Patient: {d.roman(z)}（{z.m()}）\nTel: {d.phone('mobile')}  Addr: {d.address()}",
        f"Dx: {d.p('eponym')}。{first_later(z, d)}同意{d.p('dose')}，{d.p('visit')}。",
    ]


@template("zh", mixed=True)
def mix_english_names(d: Draw) -> tuple[str, list[str]]:
    a, b = d.zh("common"), d.zh("common")
    return "chat", [
        f"[工作群] @{d.english_zh(a)} 明天的MDT你参加吗？{d.p('dept')}的病人{b.m()}要讨论",
        f"[工作群] 好的，{first_later(b, d)}的{d.p('lab')}我发你邮箱 {d.email(b)}",
    ]


@template("zh", mixed=True)
def mix_intl_clinic(d: Draw) -> tuple[str, list[str]]:
    z, kin = d.zh(d.pick(["common", "double", "rare"])), d.zh("common", female=True)
    return "note", [
        f"International clinic. Pt {d.roman(z)}，中文名{z.m()}，{d.p('age')}。Accompanied by daughter {d.roman(kin, prose=True)}。",
        f"{d.roman_given(kin)} says {d.p('vital')}；{d.p('lookalike')}。Contact 联系电话 {d.phone()}，email {d.email(z)}",
    ]


@template("en", mixed=True)
def mix_en_letter_zh_names(d: Draw) -> tuple[str, list[str]]:
    pt, doc = d.zh(), d.zh("double")
    return "letter", [
        f"Dear Dr {d.roman(doc, upper_sur=False)},\nRe: {pt.m()}{f' ({d.roman(pt)})' if pt.roman else ''}, DOB {d.dob('en')}",
        f"Thank you for seeing this patient with {d.p('eponym', zh=False)}; {d.p('lab', zh=False)}. 患者电话 {d.phone('mobile')}。",
    ]


@template("zh", mixed=True)
def mix_wechat_en(d: Draw) -> tuple[str, list[str]]:
    a, b = d.zh("common"), d.zh()
    return "chat", [
        f"{d.english_zh(a)}: 今天{d.p('dept')}加号吗？patient {b.m()} 的{d.p('lab')}",
        f"me: ok，让{first_later(b, d)} call me {d.phone('mobile')}",
    ]


# English text about Chinese patients


@template("en")
def en_case_summary(d: Draw) -> tuple[str, list[str]]:
    z, kin = d.zh(d.pick(["common", "rare", "double", "word"])), d.zh("common")
    title, who, his = ("Ms", "woman", "Her") if z.female else ("Mr", "man", "His")
    name = d.roman(z, prose=True)
    later = d.roman_given(z)
    return "note", [
        f"{title} {name}, a {d.r.randint(40, 89)}-year-old {who}, presented with {d.p('eponym', zh=False)}. {d.p('lab', zh=False)}.",
        f"{his} {'daughter' if kin.female else 'son'} {d.roman(kin, prose=True)} (tel {d.phone('mobile')}) interpreted; "
        f"{later} {d.pick(['agreed to', 'declined', 'asked about'])} {d.p('drug', zh=False)}; {d.p('visit', zh=False)}.",
    ]


@template("en")
def en_discharge_hk(d: Draw) -> tuple[str, list[str]]:
    z, doc = d.zh("trad"), d.zh("trad")
    return "record", [
        f"DISCHARGE SUMMARY\nPatient: {d.roman(z)}\nDOB: {d.dob('en')}\nTel: {mark('PHONE', '+852 ' + d.digits(4, '569') + ' ' + d.digits(4, '0123456789'))}",
        f"Diagnosis: {d.p('eponym', zh=False)}. Discharged on {d.p('drug', zh=False)}.\nSigned: Dr {d.roman(doc, upper_sur=False)}",
    ]


@template("en")
def en_email(d: Draw) -> tuple[str, list[str]]:
    z = d.zh(d.pick(["common", "rare", "word"]))
    return "letter", [
        f"From: {d.email(z)}\nHi doctor, this is {d.roman(z, prose=True)}. My {d.p('lab', zh=False)} came back high.",
        f"Can I still take {d.p('herb', zh=False)} with {d.p('drug', zh=False)}? My phone is {d.phone('mobile')}.",
    ]


@template("en")
def en_interpreter(d: Draw) -> tuple[str, list[str]]:
    pt, interp = d.zh(d.pick(["common", "double", "minority", "rare"])), d.zh("common")
    name = d.roman(pt) if pt.roman else pt.m()
    return "note", [
        f"Interpreter {d.roman(interp)} present. Patient {name} lives at {d.address()}.",
        f"ID {d.cn_id()}. Reports {d.p('eponym', zh=False)} diagnosed at {d.p('place', zh=False)}; {d.p('visit', zh=False)}.",
    ]


@template("en")
def en_english_names(d: Draw) -> tuple[str, list[str]]:
    a, b = d.zh("common"), d.zh("common")
    return "chat", [
        f"{d.english_zh(a)}: is {d.roman(b)} still on {d.p('drug', zh=False)}?",
        f"reply: yes, {d.p('lab', zh=False)} this morning, will call her on {d.phone()}",
    ]


# PHI-free texts full of look-alikes


@template("zh", phi=False)
def clean_herbal(d: Draw) -> tuple[str, list[str]]:
    return "clean", [
        f"中医科处方：{d.p('herb')}12g、{d.p('herb')}15g、{d.p('herb')}9g、{d.p('herb')}6g，水煎服，{d.p('visit')}复诊。",
        f"辨证：{d.p('lookalike')}。参考{d.p('history')}的思路，加{d.p('herb')}。",
    ]


@template("zh", phi=False)
def clean_teaching(d: Draw) -> tuple[str, list[str]]:
    return "clean", [
        f"教学查房（{d.p('hospital')}{d.p('dept')}）：{d.p('history')}早有论述。本例{d.p('eponym')}，{d.p('lab')}，{d.p('vital')}。",
        f"鉴别：{d.p('lookalike')}与{d.p('lookalike')}。治疗：{d.p('dose')}。",
    ]


@template("zh", phi=False)
def clean_schedule(d: Draw) -> tuple[str, list[str]]:
    return "clean", [
        f"{d.p('dept')}排班：{d.p('visit')}专家门诊，地点{d.p('hospital')}。{d.p('visit')}停诊。",
        f"提醒：服用{d.p('dose')}期间避免与{d.p('herb')}同服；{d.p('age')}以上患者注意{d.p('lookalike')}。",
    ]


@template("zh", phi=False)
def clean_nursing(d: Draw) -> tuple[str, list[str]]:
    return "clean", [
        f"护理记录：{d.p('vital')}，{d.p('vital')}。{d.p('lookalike')}，予{d.p('dose')}，{d.p('visit')}。",
    ]


@template("zh", phi=False)
def clean_chat(d: Draw) -> tuple[str, list[str]]:
    return "clean", [
        f"问：医生，{d.p('herb')}和{d.p('herb')}能一起吃吗？我有{d.p('lookalike')}。",
        f"答：可以，但要查{d.p('lab')}。{d.p('visit')}来{d.p('dept')}，{d.p('hospital')}门诊楼。",
    ]


@template("zh", phi=False)
def clean_lab_report(d: Draw) -> tuple[str, list[str]]:
    return "clean", [
        f"检验报告（{d.p('dept')}）：{d.p('lab')}；{d.p('lab')}；{d.p('lab')}。\n临床提示：{d.p('eponym')}待排，{d.p('lookalike')}。",
    ]


@template("zh", phi=False)
def clean_history(d: Draw) -> tuple[str, list[str]]:
    return "clean", [
        f"科普：{d.p('history')}记载{d.p('herb')}可治{d.p('lookalike')}，今人研究见于{d.p('hospital')}。",
        f"{d.p('visit')}讲座，{d.p('age')}患者也可参加，主题{d.p('eponym')}。",
    ]


@template("zh", phi=False, mixed=True)
def clean_mix_note(d: Draw) -> tuple[str, list[str]]:
    return "clean", [
        f"Ward round {d.p('dept')}：{d.p('eponym')}，{d.p('lab')}，plan {d.p('dose')}。",
        f"TCM: {d.p('herb')}、{d.p('herb')}；f/u {d.p('visit')}。",
    ]


@template("en", phi=False, mixed=True)
def clean_mix_en(d: Draw) -> tuple[str, list[str]]:
    return "clean", [
        f"Referred to {d.p('place', zh=False)} for {d.p('eponym', zh=False)} (中文：{d.p('eponym')})。"
        f"{d.p('lab', zh=False)}; {d.p('drug', zh=False)}.",
    ]


@template("en", phi=False)
def clean_en_note(d: Draw) -> tuple[str, list[str]]:
    return "clean", [
        f"Follow-up at {d.p('place', zh=False)}: {d.p('eponym', zh=False)}, {d.p('lab', zh=False)}, {d.p('drug', zh=False)}.",
        f"Patient also takes {d.p('herb', zh=False)}; {d.p('visit', zh=False)}.",
    ]


@template("en", phi=False)
def clean_en_teaching(d: Draw) -> tuple[str, list[str]]:
    return "clean", [
        f"Teaching note: {d.p('eponym', zh=False)} vs {d.p('eponym', zh=False)}; {d.p('lab', zh=False)}. "
        f"Traditional remedies such as {d.p('herb', zh=False)} are common; {d.p('visit', zh=False)}.",
    ]


# ---------------------------------------------------------------- main

SHARES = {  # (lang, has PHI, mixed): rows
    ("zh", True, False): 208,
    ("zh", False, False): 52,
    ("zh", True, True): 50,
    ("en", True, True): 14,
    ("zh", False, True): 10,
    ("en", False, True): 6,
    ("en", True, False): 48,
    ("en", False, False): 12,
}


def main() -> None:
    write_set(
        SetRecipe(
            out=OUT,
            prefix="dev5",
            seed=SEED,
            shares=SHARES,
            templates=template,
            draw=Draw,
            default_parts=default_parts,
            check=check_conversation,
            attempts=300,
            most_redrawn=6,
        )
    )


if __name__ == "__main__":
    main()
