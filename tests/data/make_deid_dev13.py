#!/usr/bin/env python3
"""Generator for tests/data/deid_dev13.jsonl -- a labelled de-identification dev set.

Provenance
----------
Written BLIND in round 15 of issue 10: the author did not read the scrubber, its
tests, the benchmark, the annotation code, any other deid_* data file or generator,
or the git history.  The only project text consulted was PROTOCOL.md section 7
(what counts as PHI: names, phone numbers, national ID numbers, medical record
numbers, e-mail and street addresses, exact dates of birth).  Python 3 standard
library only; deterministic (a single random.Random(13)).

Run from the repository root:  python3 tests/data/make_deid_dev13.py

Target
------
PERSON NAMES as real clinical and family text carries them -- Chinese first -- in
genres other writers rarely use, plus PHI-free text that must not be damaged.
400 conversations of 1-4 turns: ~60% Chinese (zh; a quarter of those in
traditional characters from Taiwan and Hong Kong, the HK ones partly Cantonese),
~25% English (en), ~15% mixed Chinese/English.  ~35% of rows are PHI-free.
In rows with PHI roughly three spans in four are NAMEs; the rest are phones
(mainland mobile/landline, HK 8-digit, Taiwan 09xx and 02-xxxx-xxxx, UK, US),
ID numbers (mainland resident ID with valid GB 11643 check digit, HKID, Taiwan ID,
NHS number -- all with valid check characters), record numbers, addresses,
dates of birth and e-mails.

Genres (field "style"): online consultation questions naming relatives and
friends; doctors' replies that repeat the names; nursing-home and home-care visit
logs; dialysis-centre schedules written as prose; school / kindergarten health
notes; physiotherapy progress notes; pharmacy counselling logs; psychological
counselling notes (client by given name); obstetric notes (husband, planned baby
name); paediatric notes (child name and 小名 nickname); bereavement follow-up;
insurance-claim narratives; unpunctuated voice-to-text transcripts; Taiwan clinic
LINE messages; Hong Kong Cantonese WhatsApp; English GP / discharge / care letters
for patients of Chinese, South Asian, African and Eastern European origin; mixed
Chinese-English chat and notes.

Name positions exercised: after verbs (看望了, 陪着, 接送, 通知, 转告, 联系上, 见到),
after time/place words, in lists (、 和 及 以及 与 同埋), as subjects, as vocatives at
the start, with kinship terms (我表哥建军), the given name alone after the full name,
given names that are ordinary words (春燕 海涛 建军 平安 吉祥 光辉 ...), single-character
given names, rare and double surnames, minority names (with and without "·"),
surname+title forms (老王, 小李, 陈姐, 王医生, 陳太, 黃姑娘), 阿/小 nicknames and
children's 小名 (豆豆, 果果 ...).

PHI-free look-alikes are listed in "protect": words starting with a surname
character (高血压, 黄疸, 陈皮 ...), herbs, drug names incl. transliterations
(阿奇霉素, 阿莫西林 ...), brands with model numbers, exercise and therapy names,
hospitals named after people or places, eponymous diseases, departments, roles
alone (护士长, 主任, 姑娘 as HK "nurse"), doses, blood pressures, lab values,
visit dates, ages, durations, ICD codes and courtesy words.

Row format (one JSON object per line, ensure_ascii=False)
---------------------------------------------------------
{"id": "dev13-0001", "lang": "zh"|"en"|"mixed", "style": genre,
 "source": where the PHI sits ("none" when PHI-free),
 "turns": [str, ...]  (1-4 turns),
 "spans": [{"kind": KIND, "text": exact substring, "parts": [...]}, ...],
 "protect": [str, ...]}
KIND is one of NAME, PHONE, ID, MRN, DOB, ADDRESS, EMAIL.  "spans" lists each
distinct (kind, text) once, in order of first appearance; the text is labelled
wherever it occurs in the row.

Labelling rules
---------------
* Names of patients, relatives, neighbours and staff are PHI; a child's nickname
  used as the child's name is PHI.  The name is labelled, never the title around it
  (张秀英主任 -> 张秀英; Dr Patel -> Patel).  For surname+title (王医生, 老王, 小李,
  陈姐) only the surname is the span, parts [surname].  A nickname 阿强 / 小芳 / 豆豆
  is one span.
* parts = the pieces that alone would still identify.  Chinese full name: the
  whole, plus the given name when it has 2+ characters (张秀英 -> [张秀英, 秀英];
  吴敏 -> [吴敏]); "·" minority names add the given part before the dot.  English
  name: the given name and the surname as written plus the whole; a piece shorter
  than 3 letters is not a part on its own (Li Wei -> [Wei, Li Wei]).  A
  single-token span is its own part.  Phones, ID and record numbers: the whole and
  each group of 4+ digits.  E-mail: whole and local part.  Address: the whole and
  its distinctive pieces (house number with street, estate/building name,
  postcode, village), never a city or district alone.  DOB: the whole only.
* Every occurrence of a part anywhere in the row lies inside a labelled span; a
  later mention of the same person is its own span (e.g. the given name alone).
* Span text is an exact substring; protect strings occur verbatim and never
  overlap or contain a span or part.

Construction and checks
-----------------------
Rows are rendered from templates whose slots ({N:A} full name of person A,
{G:A} given name, {S:A} surname before a title or after 老/小/阿, {K:A} child's
nickname, {PH:hk} phone, [[...]] literal protect string, {P:pool} protect filler,
...) record exactly where each identifier was inserted.  Each row is checked and
drawn again if any check fails:
  - span and protect strings occur verbatim; parts are substrings of their span;
  - every occurrence of a span text and of each part lies inside an inserted
    identifier (Latin parts matched as whole words ignoring case, digit parts as
    substrings, CJK parts as substrings -- so a given name such as 平安 forbids an
    unlabelled 平安 elsewhere in the row);
  - a one-character span (a surname) is inserted only after 老/小/阿 or before a
    title, and the character occurs nowhere else outside identifiers;
  - no protect string overlaps an inserted identifier, contains or is contained
    in a span or part;
  - resident IDs carry valid GB 11643 check digits (HKID, Taiwan ID and NHS
    numbers carry their own valid check characters);
  - PHI-free rows have source "none" and no spans; ids are unique.
"""

import json
import os
import random
import re
from collections import Counter, defaultdict

RNG = random.Random(13)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "deid_dev13.jsonl")

# ---------------------------------------------------------------- name pools
SUR_S = list(
    "张王李刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文"
)
SUR_RARE = list("仇单解査缪佘逄禚乜亓郗笪暴甘冼揭阙庹粟宓訾帅代牛火花蒯")
SUR_DOUBLE = [
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
    "夏侯",
    "端木",
    "长孙",
    "呼延",
    "澹台",
    "司徒",
    "申屠",
]
G_F2 = "秀英 桂兰 秀兰 玉兰 桂英 春燕 红霞 丽华 丽丽 淑珍 凤英 秀珍 美华 晓燕 海燕 雪梅 文静 慧敏 梦琪 欣怡 雨涵 诗涵 明月 月华 翠花 素芬 金凤 彩霞 玉梅 晓红 亚琴 淑芬 冬梅 巧玲 爱华 小红 婉清 佳琪 思雨 吉祥".split()
G_M2 = "建军 国华 海涛 志刚 晓明 建国 卫东 国强 永强 天宇 平安 吉祥 光辉 德胜 志强 建平 振华 宇轩 浩然 俊杰 家豪 思远 一鸣 国庆 胜利 红军 春生 福来 金宝 长江 大海 立新 铁柱 文博 明辉 宏伟 学军 庆丰 兴旺 金山".split()
G_F1 = list("静敏丽娟芳艳婷霞琳洁颖萍燕")
G_M1 = list("伟强磊军洋勇杰涛斌超刚鹏峰")
G_C2 = "子轩 梓涵 一诺 浩宇 欣妍 沐阳 若曦 思彤 锦程 雨桐 诗琪 俊熙 语嫣 嘉懿 梓萱 皓轩 安琪 明哲 可馨 奕辰".split()
NICK = "豆豆 果果 乐乐 朵朵 妞妞 糖糖 球球 团团 圆圆 多多 毛毛 皮皮 贝贝 牛牛 壮壮 笑笑 甜甜 安安 可可 米粒 小米 石头 嘟嘟 天天 丁丁 悠悠 暖暖 月月 铛铛 小满 橙子 哈密".split()

SUR_T = list("陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周葉蘇莊呂江何蕭羅高潘簡馮鄧梁麥譚鍾岑鄺溫彭游詹") + [
    "歐陽",
    "司徒",
    "上官",
    "諸葛",
]
G_TF2 = "淑芬 美玲 雅婷 怡君 嘉欣 詠詩 麗華 秀英 春燕 紅霞 麗麗 明月 佩珊 凱琳 淑惠 秀蘭 美華 玉珍 寶儀 慧敏 家慧 婉婷 靜怡 翠屏 月娥".split()
G_TM2 = "志明 家明 俊傑 建宏 志強 國華 建軍 海濤 志剛 曉明 天宇 平安 吉祥 光輝 家豪 子軒 承恩 冠宇 俊宏 文傑 永康 偉倫 錦輝 國榮 添財".split()
G_TF1 = list("芬玲婷珊慧雯")
G_TM1 = list("明強傑輝豪偉")
G_TC2 = "子軒 宥辰 承恩 芯妤 品妍 詠琳 樂謙 卓熙 柏霖 語彤 朗晴 思穎".split()
NICK_T = "豆豆 果果 樂樂 朵朵 妞妞 糖糖 仔仔 BB豬 球球 乖乖 弟弟 妹妹 小寶 阿寶 嘟嘟 Mimi".split()
NICK_T = [n for n in NICK_T if n not in ("弟弟", "妹妹")]

MINORITY = [
    "阿依古丽·买买提",
    "古丽娜尔·吐尔逊",
    "艾力·阿不都热依木",
    "买买提·艾山",
    "热依拉·吾斯曼",
    "迪丽娜尔·艾买提",
    "努尔兰·吐尔洪",
    "帕提古丽·阿布都",
    "扎西次仁",
    "格桑拉姆",
    "次仁央宗",
    "尼玛顿珠",
    "巴特尔",
    "乌云其木格",
    "斯琴高娃",
    "阿西木呷",
]

EN = {  # origin -> (female given, male given, surnames)
    "b": (
        "Margaret Susan Eileen Charlotte Hannah Joan Deborah".split(),
        "Geoffrey Trevor Callum Nigel Graham Stuart Alistair".split(),
        "Hughes Whitfield Brennan Ashworth Pritchard Holloway Thornton Fairbairn".split(),
    ),
    "s": (
        "Priya Anjali Shabana Fatima Harpreet Sunita Ayesha Nasreen Lakshmi".split(),
        "Mohammed Anil Rajesh Imran Gurpreet Sanjay Tariq Vikram Arjun".split(),
        "Sharma Patel Iqbal Chaudhry Sandhu Begum Krishnan Hussain Siddiqui Rahman Gill".split(),
    ),
    "n": (
        "Amara Chiamaka Ngozi Abena Folake Blessing Precious Adaeze Wanjiru".split(),
        "Chukwuemeka Kwame Oluwaseun Tendai Kofi Emeka Babajide Jabari".split(),
        "Okafor Mensah Asante Adeyemi Okonkwo Mutasa Boateng Nwosu Odhiambo Abiodun".split(),
    ),
    "e": (
        "Katarzyna Oksana Agnieszka Irina Lucia Marta Zsofia Daria".split(),
        "Piotr Andrei Tomasz Mihai Dmytro Lukas Bogdan Marek".split(),
        "Nowak Kowalczyk Shevchenko Popescu Wisniewski Novak Horvath Bondarenko Kaminski".split(),
    ),
    "r": (
        "Xiuying Meiling Xiaoyan Lina Yan Jing Hui Fang".split(),
        "Jianjun Haitao Zhiqiang Wei Lei Jun Guohua Ming".split(),
        "Zhang Wang Chen Liu Huang Zhao Zhou Xu Sun Hu Li Wu".split(),
    ),
    "h": (
        "Mei Ling|Siu Fung|Wai Yee|Ka Yan|Suk Ching|Mei Kuen".split("|"),
        "Ka Ming|Chi Keung|Wai Man|Kwok Wing|Tai Man|Siu Lung".split("|"),
        "Chan Wong Cheung Lau Leung Tsang Ng Yeung Ho Kwok Lam".split(),
    ),
    "x": (
        "Mandy Karen Winnie Cherry Fiona Joyce Vivian Queenie".split(),
        "Kelvin Raymond Eric Dickson Ivan Tommy Jason Alvin".split(),
        "Chan Wong Cheung Lau Leung Tsang Yeung Lam Chow Tam".split(),
    ),
}

# ---------------------------------------------------------------- protect pools
POOLS = {
    "herb": "黄芪 白术 柴胡 金银花 连翘 桂枝 杜仲 牛膝 石斛 何首乌 田七 陈皮 党参 当归 枸杞 茯苓 丹参 甘草 黄连 白芍".split(),
    "herb_t": "黃耆 白朮 柴胡 金銀花 連翹 桂枝 杜仲 牛膝 石斛 何首烏 田七 陳皮 當歸 枸杞 茯苓 四物湯".split(),
    "drug": "阿奇霉素 阿莫西林 阿司匹林 阿托伐他汀 阿德福韦 阿普唑仑 奥美拉唑 雷贝拉唑 布洛芬 右美沙芬 氯雷他定 二甲双胍 孟鲁司特 华法林 氨氯地平 瑞舒伐他汀 左甲状腺素钠 坦索罗辛 叶酸片 甲钴胺".split(),
    "drug_t": "阿莫西林 阿斯匹靈 普拿疼 必理痛 脈優 克流感 樂適舒 耐適恩 保栓通 立普妥".split(),
    "brand": "德康 G7|欧姆龙 HEM-7136|鱼跃 YE660D|雅培 瞬感|三诺 安稳+|强生 稳豪|飞利浦 DreamStation|小米手环 8".split(
        "|"
    ),
    "exercise": "八段锦 五禽戏 小燕飞 太极拳 易筋经 六字诀 臀桥 靠墙静蹲 凯格尔运动 麦肯基疗法".split(),
    "hosp": "中山医院 逸夫楼 仁济医院 瑞金医院 华山医院 协和医院 湘雅医院 同济医院 邵逸夫医院 白求恩国际和平医院 宣武医院 华西医院".split(),
    "hosp_tw": "榮總 馬偕醫院 長庚醫院 台大醫院 慈濟醫院 亞東醫院 國泰醫院 耕莘醫院".split(),
    "hosp_hk": "瑪麗醫院 伊利沙伯醫院 威爾斯親王醫院 屯門醫院 律敦治醫院 葛量洪醫院 明愛醫院 東區醫院".split(),
    "eponym": "帕金森病 阿尔茨海默病 桥本甲状腺炎 川崎病 克罗恩病 唐氏综合征 格林-巴利综合征 库欣综合征 雷诺现象 贝尔面瘫".split(),
    "eponym_en": [
        "Parkinson's disease",
        "Crohn's disease",
        "Hashimoto's thyroiditis",
        "Kawasaki disease",
        "Down syndrome",
        "Bell's palsy",
        "Addison's disease",
        "Raynaud's phenomenon",
        "Graves' disease",
        "Alzheimer's disease",
        "Guillain-Barre syndrome",
    ],
    "dept": "心内科 肾内科 内分泌科 神经内科 呼吸科 消化科 骨科 康复科 皮肤科 儿科 妇产科 精神心理科 老年科 营养科".split(),
    "dept_t": "腎臟科 家醫科 新陳代謝科 神經內科 小兒科 婦產科 復健科 骨科 心臟內科".split(),
    "role": "护士长 主任 班主任 保健老师 护工 值班医生 责任护士 药师 康复师 社工".split(),
    "dose": "5 mg|10 mg|0.5 g|每次 1 片|每日两次|20 mg qd|0.25 g bid|一天三次|每晚 1 粒|2.5 mg".split("|"),
    "bp": "150/90 mmHg|160/95|138/86|172/100 mmHg|145/92|128/78".split("|"),
    "glu": "7.8 mmol/L|8.6|9.2 mmol/L|6.9|11.3 mmol/L".split("|"),
    "hba1c": "7.8%|8.2%|6.9%|7.1%|9.4%".split("|"),
    "cr": "486 μmol/L|312|655 μmol/L|228".split("|"),
    "wbc": "11.2×10^9/L|3.6×10^9/L|9.8|12.5×10^9/L".split("|"),
    "age": "68岁 72岁 55岁 81岁 46岁 63岁".split(),
    "oldage": "83岁 87岁 91岁 79岁 86岁".split(),
    "kidage": "4岁半 18个月 3岁 6岁 2岁 5岁零3个月".split(),
    "dur": "两周 3个月 半个月 10天 一个多月 三四天 大半年".split(),
    "date": "3月18日 下周三 本月22号 4月2日上午 周五下午 11月9日".split(),
    "pct": "18% 22% 31%".split(),
    "icd": "E11.9 I10 N18.5 J45.901 F32.1 M54.5 O24.4 K29.5".split(),
    "time": "上午9点 下午2点半 早上7点 晚饭后 8:30".split(),
    "age_t": "68歲 72歲 55歲 81歲 46歲 63歲".split(),
    "oldage_t": "83歲 87歲 91歲 79歲 86歲".split(),
    "kidage_t": "4歲半 18個月 3歲 6歲 2歲".split(),
    "dur_t": "兩週 3個月 半個月 10天 一個多月".split(),
    "date_t": "3月18日 下週三 本月22號 4月2日上午 週五下午".split(),
    "age_en": "68-year-old 72-year-old 54-year-old 81-year-old 39-year-old".split(),
    "date_en": "12 March 2024|next Tuesday|4 April|Friday 19th|the 22nd".split("|"),
    "dose_en": "5 mg once daily|500 mg twice daily|10 mg at night|75 mg od|2.5 mg bd".split("|"),
    "lab_en": "eGFR 38|HbA1c 64 mmol/mol|potassium 5.9|CRP 112|Hb 96 g/L|INR 3.4".split("|"),
    "icd_en": "E11.9 I10 N18.4 J44.1 F41.1 I48.0".split(),
}

# surname titles for the "one-character span" rule
TITLES = (
    "医生",
    "醫生",
    "大夫",
    "护士长",
    "护士",
    "護士",
    "護理師",
    "主任",
    "老师",
    "老師",
    "阿姨",
    "師傅",
    "师傅",
    "姐",
    "哥",
    "叔",
    "伯",
    "婆婆",
    "爷爷",
    "奶奶",
    "大爷",
    "总",
    "生",
    "太",
    "姑娘",
    "先生",
    "女士",
    "小姐",
    "姨",
    "院长",
    "教授",
    "药师",
    "藥師",
    "治疗师",
    "社工",
    "同学",
    "医師",
    "醫師",
    "阿嬤",
    "阿公",
    "伯伯",
    "叔叔",
    "師",
    "爺爺",
    "奶奶",
    "家",
    "婶",
    "嬸",
    "sir",
    "Sir",
    "老板",
    "所长",
    "姑",
    "伯母",
)
TITLES = tuple(t for t in TITLES if t != "家")

# ---------------------------------------------------------------- templates
# Slots: {N:A} full Chinese name of person A, {G:A} given name, {S:A} surname (needs 老/小/阿
# before or a title after), {AH:A} 阿+last given char, {XI:A} 小+last given char, {K:A} child's
# nickname, {M:A} minority name, {MG:A} its given part, {E:A} English full name, {F:A} English
# given, {L:A} English surname.  Letter hints after the person letter: f/m gender, c child,
# b/s/n/e/r/h/x English-name origin (r = romanised mainland Chinese, h = HK romanised, x = HK/overseas Chinese with an English given name).
# {PH:cn|cnl|hk|tw|twl|uk|us} {ID:cn|hk|tw|nhs} {MRN:zh|en|hk|tw} {DOB:zh|en|tw} {AD:cn|cnv|hk|tw|uk|us}
# {EM:x}.  {P:pool} inserts a protect filler, [[text]] a literal protect string.
# Each genre: (lang, variant, style, source, pools); dialog genres alternate pools.

G = []


def genre(lang, variant, style, source, *pools):
    G.append(dict(lang=lang, variant=variant, style=style, source=source, pools=[list(p) for p in pools]))


genre(
    "zh",
    "s",
    "online_consult",
    "relatives and friends named in the patient's question and the doctor's reply",
    [
        "医生您好，我想帮我妈{N:Af}问一下，她今年{P:age}，最近查出[[血糖]]偏高，空腹{P:glu}，需要马上吃药吗？",
        "我表哥{G:Am}上周在{P:hosp}做了[[胃镜]]，报告写着慢性浅表性胃炎，他一直睡不好，这个严重吗？",
        "您好，我是替邻居{N:Af}咨询的，她老伴{N:Bm}去年中风，现在吃[[阿司匹林]]和[[阿托伐他汀]]，能不能再加点[[田七]]粉？",
        "我和老公{N:Am}备孕半年了还没动静，他精子活力只有{P:pct}，我们需要去哪个科看？",
        "大夫，我女儿{G:Af}才{P:kidage}，这两天一直咳嗽，晚上咳得厉害，吃了[[右美沙芬]]也不见好，怎么办？",
        "想问下，我爸{N:Am}有{P:eponym}，最近走路老是往前冲，药量要不要调？现在是{P:dose}。",
        "我同事{N:Af}和{N:Bm}都说[[八段锦]]对颈椎好，我颈椎病能练吗？",
        "医生，我外婆{N:Af}今年{P:oldage}，[[肌酐]]{P:cr}，社区医生让她去看[[肾内科]]，需要透析吗？我舅舅{G:Bm}电话是{PH:cn}，您可以直接联系他。",
        "您好，我朋友{N:Af}让我来问，她吃[[阿莫西林]]后全身起疹子，是过敏吗？她之前用头孢没事。",
        "我婆婆{N:Af}和公公{N:Bm}都有[[高血压]]，婆婆{P:bp}，公公也差不多，能吃一样的药吗？",
        "请问我小姨{N:Af}做完[[甲状腺]]手术后声音嘶哑，正常吗？她的住院号是{MRN:zh}。",
        "我奶奶{N:Af}最近老忘事，刚吃完饭就说没吃，我大伯{N:Bm}觉得是老了正常，我担心是[[阿尔茨海默病]]。",
        "帮我室友{G:Af}问的，她来例假痛得在床上打滚，吃[[布洛芬]]能缓解一点，要去查什么？",
        "医生好，我儿子{N:Am}{P:kidage}，上周确诊[[川崎病]]，出院后还要吃[[阿司匹林]]吗？孩子他爸{N:Bm}很担心心脏。",
        "我二姑{N:Af}去年在{P:hosp}查出[[桥本甲状腺炎]]，现在怀孕{P:dur}了，[[左甲状腺素钠]]要不要加量？",
    ],
    [
        "您好，{N:A}这种情况建议先复查[[糖化血红蛋白]]，如果超过{P:hba1c}再考虑用药。",
        "{G:A}的报告我看了，慢性浅表性胃炎很常见，不用太担心，按时吃[[奥美拉唑]]{P:dur}就可以。",
        "关于{N:A}的用药，[[田七]]有活血作用，和[[阿司匹林]]一起吃会增加出血风险，不建议自行加。",
        "请{G:A}先去[[皮肤科]]看一下，暂时停用[[阿莫西林]]，可以吃[[氯雷他定]]缓解瘙痒。",
        "{N:A}的血压控制得还行，建议家属每天早晚各测一次，记录下来下次门诊带过来。",
        "建议您带{G:A}到[[儿科]]门诊听一下肺，咳嗽超过{P:dur}要排除[[支原体]]感染。",
        "可以的，让{N:A}先来[[神经内科]]调一下药，[[多巴丝肼]]的剂量需要面诊后再定。",
        "已经跟{G:B}通过电话了，他说{G:A}最近[[水肿]]明显，建议尽快来[[肾内科]]住院评估。",
        "{N:A}的情况要做一下[[头颅核磁]]和认知量表评估，挂[[记忆门诊]]就行，不用太焦虑。",
        "谢谢信任。{G:A}术后声音嘶哑多数是暂时的，一般{P:dur}会慢慢恢复，超过半年不好再做喉镜。",
        "您好，我是{P:dept}的{N:Df}医生，{N:A}的检查结果出来了，[[白细胞]]{P:wbc}，问题不大。",
        "{G:A}和{G:B}都可以练[[八段锦]]，但颈椎病急性期先别练，缓解后再说。",
        "{S:Dm}医生看过{N:A}的片子了，说骨折线对位良好，[[石膏]]再固定{P:dur}。",
    ],
    [
        "好的谢谢医生，我回头转告{G:A}。",
        "明白了，我周末陪{G:A}去医院，到时候挂您的号。",
        "那{N:A}需要空腹去吗？她早上要吃[[二甲双胍]]。",
        "我已经联系上{G:B}了，他说{S:A}阿姨这两天精神还行。",
        "医生，我舅舅的电话换了，新号码是{PH:cn}，麻烦有结果直接通知他。",
        "[[谢谢]]大夫！{G:A}听了放心多了。",
        "那我先把{N:A}的[[病历]]拍给您，他的邮箱是{EM:x}，报告也可以发过去。",
    ],
)

genre(
    "zh",
    "s",
    "home_care_log",
    "clients, family members and carers named in nursing-home and home-care visit logs",
    [
        "{P:date}上午入户，看望了{N:Af}，{P:oldage}，神志清，[[血压]]{P:bp}，足背轻度水肿，已嘱少盐。",
        "今天陪着{N:Am}做完[[康复训练]]，他能扶着助行器走十米，女儿{G:Bf}在旁边录了视频。",
        "{S:Af}奶奶昨夜起床三次，护工{N:Bf}说她下午只喝了半碗粥，明早请[[护士长]]评估吞咽。",
        "家属{N:Bm}来电，说他母亲{N:Af}这周不回家住，继续留在三楼，[[降压药]]照旧。",
        "探访时见到{N:Af}的老邻居{N:Bf}，两人聊了很久，老人情绪明显好转。",
        "已通知{N:Bm}：{G:A}右脚跟一处二期[[压疮]]，面积约2×3厘米，今日换药一次。",
        "{N:Am}（{P:oldage}）[[血糖]]早餐前{P:glu}，按医嘱打[[胰岛素]]，由护工{S:Bf}阿姨协助进食。",
        "居家护理第三次：{N:Af}住在{AD:cn}，独居，儿子{G:Bm}每周六来，联系电话{PH:cn}。",
        "{S:Am}爷爷今天拒绝洗澡，说水太凉，护士{N:Bf}调了水温后配合。",
        "和{N:Af}的女儿{N:Bf}确认了下周的[[上门输液]]时间，改到{P:date}。",
        "晚间巡房：{N:Am}睡得好，{N:Bf}咳嗽两次，已给[[温水]]，{M:C}说想家里人，陪聊十分钟。",
        "{N:Af}的老伴{G:Bm}每天傍晚来喂饭，今天带了自己熬的[[小米粥]]。",
        "护工{AH:Bf}反映{N:Am}夜里喊腿疼，明早联系社区{S:Df}医生。",
        "本周由{N:Df}接替{N:Ef}负责二楼，交接时重点说明{G:A}有[[跌倒史]]。",
        "{S:Af}阿姨的女婿{N:Bm}打电话问能不能带[[八段锦]]视频给她，已同意。",
    ],
)

genre(
    "zh",
    "s",
    "dialysis_schedule",
    "patients and nurses named in dialysis-centre schedules written as prose",
    [
        "本周一三五上午班是{N:Am}、{N:Bf}和{N:Cm}，下午班由{N:Df}护士负责穿刺。",
        "{N:Af}改为周二四六透析，因为她儿子{G:Bm}只有这几天能接送。",
        "{S:Am}大爷上次透析后[[血钾]]{P:cr}，今天先查[[电解质]]再上机。",
        "下周三{N:Am}请假回老家，他的床位临时安排给{N:Bf}，{S:Df}护士长已同意。",
        "{N:Af}内瘘杂音良好，干体重下调到52公斤，和{N:Bm}一起排在3号机。",
        "新病人{N:Am}，{P:age}，首次[[血液透析]]，家属{N:Bf}陪同，联系电话{PH:cn}。",
        "元旦假期调整：{G:A}、{G:B}及{G:C}合并到周日上午，周一暂停。",
        "{N:Am}与{N:Bm}两位都是[[糖尿病肾病]]，上机前都要测指尖血糖。",
        "{N:Af}今天迟到四十分钟，说路上堵车，缩短透析时间至3.5小时，已告知{S:Df}主任。",
        "夜班{N:Df}负责{N:Am}、{N:Bf}以及{N:Cm}三位的[[腹透]]换液提醒。",
        "{M:A}本周起改周一四，翻译由侄子{N:Bm}帮忙。",
        "{N:Af}的透析号是{MRN:zh}，请各位护士不要与同名病人混淆。",
    ],
)

genre(
    "zh",
    "s",
    "school_health",
    "pupils, parents and teachers named in school and kindergarten health notes",
    [
        "小二班{N:Ac}（小名{K:Ac}）午睡后体温37.9℃，已通知妈妈{N:Bf}来园接回。",
        "{N:Ac}同学今天体育课摔倒，左膝擦伤，校医已处理，[[班主任]]{N:Df}老师已告知家长。",
        "{K:Ac}今天又没吃午饭，说肚子疼，奶奶{N:Bf}说昨晚吃了冰淇淋。",
        "三年级{N:Ac}、{N:Bc}和{N:Cc}[[视力筛查]]未通过，建议到{P:hosp}[[眼科]]复查。",
        "接送人变更：{N:Ac}的外公{N:Bm}本周负责接送，电话{PH:cn}。",
        "{G:A}家长反映孩子对[[花生]]过敏，[[保健老师]]已在食堂登记。",
        "{N:Ac}班上两名同学确诊[[手足口病]]，{S:Df}老师已全班消毒，晨检加查手心。",
        "{K:Ac}的妈妈{N:Bf}送来[[孟鲁司特]]，每晚一粒，请生活老师{N:Df}睡前提醒。",
        "今天{N:Ac}在滑梯上和{N:Bc}撞到一起，两人额头各起一个包，已冷敷。",
        "{N:Ac}入园体检：身高102厘米，体重16公斤，[[血红蛋白]]偏低，建议补铁。",
        "请{N:Bm}爸爸明早带{G:A}的[[疫苗接种证]]来园核对。",
        "{N:Ac}小朋友小名叫{K:Ac}，怕打针，今天[[流感疫苗]]由{S:Df}老师陪着打完。",
    ],
)

genre(
    "zh",
    "s",
    "physio_progress",
    "patients and therapists named in physiotherapy progress notes",
    [
        "{N:Af}，腰椎间盘突出术后第六周，今日完成[[小燕飞]]三组，疼痛评分3分。",
        "{G:A}今天能独立上下楼梯，治疗师{N:Df}建议增加[[靠墙静蹲]]。",
        "{N:Am}右膝置换术后，屈曲达到105度，儿子{N:Bm}陪同训练。",
        "{S:Am}师傅肩关节活动度仍受限，外展90度，继续[[麦肯基疗法]]。",
        "本周{N:Af}与{N:Bf}一起参加[[五禽戏]]小组课，两人出勤率都很好。",
        "{N:Am}（卒中后{P:dur}）今天第一次扶拐走出病房，{S:Df}治疗师记录步速0.4米/秒。",
        "见到{N:Af}时她说昨晚腰痛加重，可能是抱孙子{G:Bm}抱久了。",
        "{N:Af}产后[[盆底肌]]评估2级，教会[[凯格尔运动]]，丈夫{N:Bm}一起听了宣教。",
        "康复计划由{N:Df}转给{N:Em}，{G:A}下周起改为每周三次。",
        "{G:A}，记得回家每天练[[臀桥]]两组，每组十五个，别忘了冰敷。",
        "{N:Am}做[[太极拳]]时左侧平衡差，已调整为坐位练习。",
    ],
)

genre(
    "zh",
    "s",
    "pharmacy_counsel",
    "patients and family named in pharmacy counselling logs",
    [
        "为{N:Af}讲解[[华法林]]用法，嘱每月复查[[INR]]，避免大量进食菠菜，女儿{G:Bf}在旁记录。",
        "{N:Am}来取[[阿托伐他汀]]，自述肌肉酸痛，已建议回{P:dept}复诊。",
        "{S:Af}阿姨问[[阿普唑仑]]能不能和安眠药一起吃，已解释不可自行叠加。",
        "代取药人{N:Bm}（患者{N:Af}之子）出示身份证{ID:cn}，已核对。",
        "{N:Af}的[[胰岛素]]笔针头重复使用，已示范更换，并送了{P:brand}的试纸。",
        "{G:A}咨询[[雷贝拉唑]]和[[奥美拉唑]]的区别，告知不需同时服用。",
        "电话随访{N:Am}，他已停用[[阿奇霉素]]，皮疹消退，转告其妻{N:Bf}继续观察。",
        "{N:Af}对[[青霉素]]过敏，今日处方[[阿莫西林]]已联系开方的{S:Dm}医生改为其他药。",
        "{N:Am}和老伴{N:Bf}的药一起装在一个药盒，已分开贴标签。",
        "为{N:Af}讲解{P:brand}血压计的用法，并记录她这次的读数{P:bp}。",
        "{N:Am}问[[何首乌]]能不能长期泡水喝，提醒有肝损伤风险，建议先查肝功。",
        "{S:Dm}药师与{N:Af}核对了[[左甲状腺素钠]]的服用时间：早饭前半小时空腹。",
    ],
)

genre(
    "zh",
    "s",
    "psych_counsel",
    "client called by given name, and people in the client's life, in counselling notes",
    [
        "第四次会谈。{G:Af}说这周和男朋友{G:Bm}吵了两次，一次因为他忘了她的生日。",
        "{G:A}提到母亲{N:Bf}从小对她要求很严，考试不到90分就不许吃晚饭。",
        "来访者{N:Am}，{P:age}，主诉失眠{P:dur}，[[PHQ-9]]评分16。",
        "{G:A}今天哭了，说起去世的外婆{N:Bf}，外婆是唯一叫她小名{XI:A}的人。",
        "{G:A}说在公司被主管{N:Bm}当众批评后，一直不敢发言。",
        "家庭会谈：父亲{N:Bm}、母亲{N:Cf}和{G:A}一起到场，{G:A}大部分时间低着头。",
        "{G:A}这周练习了[[正念呼吸]]，她说和室友{G:Bf}一起做效果更好。",
        "督导{N:Df}建议下次和{G:A}讨论安全计划，评估自伤风险。",
        "{G:A}，这周的作业是记录三件让你感到放松的事，我们下次一起看。",
        "{G:A}提到弟弟{G:Bm}最近也在吃[[舍曲林]]，两人会互相提醒。",
        "来访者{N:Af}诊断{P:icd}，目前在{P:dept}门诊拿药，本次会谈重点是睡眠。",
    ],
)

genre(
    "zh",
    "s",
    "obstetric_note",
    "the mother, her husband and the baby's planned name in obstetric notes",
    [
        "{N:Af}，孕32周，G2P1，丈夫{N:Bm}陪同产检，[[血压]]{P:bp}。",
        "{G:A}说宝宝名字已经想好了，男孩叫{N:Cc}，女孩叫{N:Dc}。",
        "{N:Af}[[OGTT]]结果空腹{P:glu}，诊断[[妊娠期糖尿病]]，已转[[营养科]]。",
        "产妇{N:Af}顺产一女，3250克，爸爸{G:Bm}剪的脐带，宝宝小名叫{K:Cc}。",
        "{N:Af}的婆婆{N:Bf}坚持要坐月子不洗头，已做宣教。",
        "{S:Af}女士产后第二天，[[乳汁]]分泌少，[[护士长]]{N:Df}指导了哺乳姿势。",
        "丈夫{N:Bm}签署[[剖宫产]]知情同意书，联系电话{PH:cn}。",
        "{N:Af}计划在{P:hosp}分娩，建档号{MRN:zh}，预产期{P:date}。",
        "宝宝大名准备叫{N:Cc}，{G:A}说是外公{N:Bm}起的。",
        "{G:A}这次胎动减少，[[胎心监护]]反应型，{S:Dm}医生建议明天复查。",
        "{N:Af}出生日期{DOB:zh}，高龄初产，[[唐氏综合征]]筛查低风险。",
    ],
)

genre(
    "zh",
    "s",
    "pediatric_note",
    "the child by name and nickname and the parents in paediatric notes",
    [
        "患儿{N:Ac}，小名{K:Ac}，{P:kidage}，发热两天，最高39.2℃，妈妈{N:Bf}代诉。",
        "{K:Ac}今天精神好多了，愿意吃东西，奶奶{N:Bf}说夜里只醒了一次。",
        "{N:Ac}（{K:Ac}）[[雾化]]后喘息缓解，爸爸{N:Bm}要求明天出院。",
        "给{K:Ac}喂[[布洛芬]]混悬液，按体重{P:dose}，间隔不少于6小时。",
        "{N:Ac}的双胞胎妹妹{N:Bc}也开始咳嗽，建议一起来看。",
        "家里人都叫他{K:Ac}，大名{N:Ac}，[[川崎病]]恢复期，复查[[心脏超声]]正常。",
        "{K:Ac}妈妈问能不能吃[[金银花]]露，已告知不建议代替退烧药。",
        "{N:Ac}出生日期{DOB:zhc}，今天打[[麻腮风]]第二针，外婆{N:Bf}陪同。",
        "{N:Ac}和表哥{N:Bc}在幼儿园同一天出疹，考虑[[幼儿急疹]]。",
        "{K:Ac}的爸爸{G:Bm}电话{PH:cn}，检查结果出来请通知他。",
        "{N:Ac}体重增长慢，[[营养科]]{S:Df}医生建议每天加一顿辅食。",
        "{K:Ac}，阿姨给你听听小肚子，不疼的哦。",
    ],
)

genre(
    "zh",
    "s",
    "bereavement_followup",
    "the deceased and the bereaved named in bereavement follow-up notes",
    [
        "电话随访{N:Af}，她丈夫{N:Bm}上月在[[安宁病房]]去世，她说晚上还是睡不着。",
        "{G:A}说整理父亲{N:Bm}的遗物时哭了一下午，姐姐{G:Cf}陪着她。",
        "家属{N:Am}表示感谢{S:Df}护士长和全体医护，母亲{N:Bf}走得很安详。",
        "{N:Af}的儿子{G:Bm}在国外，葬礼后只待了三天，她一个人住。",
        "第二次随访：{N:Am}开始参加社区的丧亲互助小组，认识了同样失去老伴的{N:Bf}。",
        "{G:A}提到外公{N:Bm}生前最喜欢[[太极拳]]，她现在每天早上替他去公园打。",
        "{N:Af}想拿到她爸{N:Bm}的[[死亡医学证明]]复印件，已转病案室。",
        "社工{N:Df}建议{G:A}过完百日后再来聊一次。",
        "{N:Af}说邻居{N:Bf}这段时间天天来陪她吃晚饭。",
        "{N:Am}的妻子{N:Bf}去世前一直叮嘱他按时吃[[氨氯地平]]，他现在每天都记得。",
    ],
)

genre(
    "zh",
    "s",
    "insurance_claim",
    "the insured, relatives and doctors named in insurance-claim narratives",
    [
        "被保险人{N:Am}于{P:date}因[[急性阑尾炎]]在{P:hosp}住院，身份证号{ID:cn}。",
        "报案人{N:Bf}系被保险人{N:Am}之妻，联系电话{PH:cn}。",
        "出险经过：{N:Af}在家中卫生间滑倒，右腕骨折，由女儿{N:Bf}送医。",
        "理赔材料由{N:Bm}代交，包括{N:Af}的出院小结及发票，住院号{MRN:zh}。",
        "{N:Am}与{N:Bm}同车发生事故，两人均在{P:hosp}急诊就诊。",
        "经核实，{N:Af}投保前已有[[高血压]]病史，诊断编码{P:icd}。",
        "调查员{N:Dm}走访了{N:Af}的主治医生{S:Em}医生，确认住院天数12天。",
        "受益人为被保险人的儿子{N:Bm}，出生日期{DOB:zhc}，住址{AD:cn}。",
        "{N:Am}称其父{N:Bm}的[[门诊]]费用已在医保报销，本次只申请自付部分。",
        "请{G:A}补充[[病理报告]]原件，邮寄至本公司理赔部，或发送至{EM:x}。",
    ],
)

genre(
    "zh",
    "s",
    "asr_transcript",
    "names inside unpunctuated voice-to-text transcripts",
    [
        "这个病人{N:Af}她昨天晚上开始发烧然后今天早上{G:B}把她送过来的",
        "嗯那个{N:Am}的家属就是他儿子{N:Bm}说下午过来签字",
        "对对对{S:Af}阿姨那个床她[[血压]]{P:bp}然后我们给了一片[[硝苯地平]]",
        "你帮我通知一下{N:Bf}就说她妈{N:Af}明天上午做[[胃镜]]要空腹",
        "然后{N:Am}那个[[肌酐]]{P:cr}我觉得要请[[肾内科]]会诊",
        "那个小朋友叫{N:Ac}小名叫{K:Ac}他妈妈说他对[[鸡蛋]]过敏",
        "我是{N:Df}啊十二床{N:Am}刚才摔了一跤你们过来看一下",
        "就是我老公{N:Am}他那个电话是{PH:cn}你们有事打给他就行",
        "{N:Af}的药已经拿回来了[[阿托伐他汀]]每晚一片{S:Dm}医生说先吃{P:dur}",
        "呃今天查房{N:Am}和{N:Bm}都可以出院了{N:Cf}还要再观察",
        "{G:A}你那个化验单出来了[[白细胞]]有点高要再抽一次血",
        "喂是{N:Bm}吗你爸{N:Am}今天转到[[康复科]]了在五楼",
    ],
)

# ---- traditional Chinese: Taiwan LINE and Hong Kong (partly Cantonese) WhatsApp
genre(
    "zh",
    "tw",
    "tw_clinic_line",
    "patients and family named in Taiwan clinic LINE messages",
    [
        "護理師您好，我是{N:Af}的女兒，媽媽昨天回診後血壓還是{P:bp}，[[脈優]]要不要加量？",
        "{G:A}你好，這裡是[[仁愛診所]]，提醒你{P:date_t}回診，記得帶[[健保卡]]喔。",
        "醫師好，我先生{N:Am}打完[[流感疫苗]]手臂有點腫，這樣正常嗎？",
        "我婆婆{N:Af}住{P:hosp_tw}，主治是{N:Dm}醫師，想請問出院後可以喝[[四物湯]]嗎？",
        "小兒{N:Ac}小名{K:Ac}，這幾天拉肚子，一天五六次，可以先喝[[電解水]]嗎？",
        "{S:Dm}醫師您好，我爸{N:Bm}的手機是{PH:tw}，[[檢驗報告]]出來麻煩通知他。",
        "請問{N:Af}的[[慢性病連續處方箋]]第二次領藥，可以請家人{N:Bm}代領嗎？",
        "好的，已轉告{G:A}，謝謝{S:Df}護理師！",
        "我們家{K:Ac}這週在[[幼兒園]]被傳染[[腸病毒]]，老師說要請假，需要開[[診斷證明]]嗎？",
        "[[榮總]]的{N:Dm}醫師說{G:A}要再追蹤[[甲狀腺]]結節，半年後照[[超音波]]。",
        "您好，{N:Af}的身分證字號{ID:tw}，生日{DOB:tw}，要預約[[成人健檢]]。",
        "我阿嬤{N:Af}最近常常跌倒，家裡電話{PH:twl}，可以請居服員{N:Bf}多來幾次嗎？",
        "{G:A}，妳上次的[[糖化血色素]]是{P:hba1c}，比上次好很多，繼續加油！",
        "{N:Am}和{N:Bf}的[[復健]]都改到週四下午，{S:Dm}老師請假一週。",
        "請問{N:Af}的病歷號{MRN:tw}，地址改成{AD:tw}，收據要寄到新地址。",
    ],
)

genre(
    "zh",
    "tw",
    "tw_care_note",
    "residents, family and staff named in Taiwan home-care and dialysis notes",
    [
        "{P:date_t}居家訪視{N:Af}，{P:oldage_t}，獨居，[[血壓]]{P:bp}，兒子{G:Bm}每週三來探望。",
        "{N:Am}今天洗腎前體重多了2.8公斤，已提醒他和太太{N:Bf}少喝湯。",
        "外籍看護{N:Cf}說{S:Af}阿嬤這兩天吃不下，建議轉[[家醫科]]評估。",
        "{N:Am}、{N:Bm}及{N:Cf}本週改上午班，{N:Df}護理師負責。",
        "{G:A}的女兒{N:Bf}來電，說{P:hosp_tw}已排好[[白內障]]手術。",
        "{S:Am}阿公今天情緒很好，跟{N:Bf}下了一盤象棋。",
    ],
)

genre(
    "zh",
    "hk",
    "hk_whatsapp",
    "family and staff named in Hong Kong Cantonese WhatsApp messages",
    [
        "{S:Af}太你好，佢個仔{G:Bm}今朝又發燒，三十八度半，食咗[[必理痛]]都未退，使唔使去[[急症室]]？",
        "[[姑娘]]，我阿媽{N:Af}聽日覆診，我陪佢去，要唔要帶埋之前啲報告？",
        "{G:A}你好，我係{P:hosp_hk}腎科{S:Df}姑娘，想同你確認聽日洗肚嘅時間。",
        "我老公{N:Am}同我家姑{N:Bf}都要打[[流感針]]，診所幾點開門？",
        "[[多謝]]{S:Dm}醫生！{G:A}今日精神好咗好多，食到半碗粥。",
        "我個女{K:Ac}（大名{N:Ac}）喺幼稚園跌親，膝頭損咗，老師已經搽咗藥。",
        "呢個係我爸爸{N:Am}嘅電話{PH:hk}，有咩事可以直接搵佢，唔該晒。",
        "{N:Af}嘅覆診改咗去下個禮拜三，地址係{AD:hk}，佢行動唔方便，可唔可以安排[[非緊急救護車]]？",
        "聽講{G:A}同{G:B}都係{P:hosp_hk}出院，兩個都要食[[薄血丸]]。",
        "{AH:Am}今日返咗學未？佢媽咪{N:Bf}話佢仲咳緊。",
        "{S:Af}婆婆今日量血壓{P:bp}，[[姑娘]]話偏高少少，叫佢少食鹹嘢。",
        "我細佬{N:Am}嘅身份證號碼係{ID:hk}，[[醫管局]]話要登記先可以約。",
        "好，多謝晒。我會同{G:A}講聽日九點前到{P:hosp_hk}。",
        "{N:Af}、{N:Bf}同埋{N:Cm}聽日一齊去做[[骨質疏鬆]]檢查，{S:Df}姑娘會喺大堂等。",
        "阿嫲{N:Af}出世日期係{DOB:zh}，病人編號{MRN:hk}，麻煩幫手查下報告。",
        "{G:A}，你阿爸{N:Bm}啲藥我已經分好，早晚各一包。",
    ],
)

genre(
    "zh",
    "hk",
    "hk_care_note",
    "residents and family named in Hong Kong care-home notes",
    [
        "{N:Af}（{P:oldage_t}）今日下午跌倒，無明顯損傷，已通知佢個女{N:Bf}。",
        "{S:Am}伯今日唔肯食藥，話啲[[薄血丸]]太苦，社工{N:Df}陪佢傾咗半個鐘。",
        "院友{N:Af}同{N:Bf}做完[[八段錦]]，兩個都話膝頭舒服咗。",
        "{N:Am}嘅新姑爺{N:Bm}今日嚟探佢，帶咗湯。",
        "{G:A}今晚咳得好犀利，夜更{S:Df}姑娘已經通知值班醫生。",
        "{N:Af}嘅女{G:B}話下個月接佢返屋企住，要安排[[家居照顧]]。",
    ],
)

# ---- English
genre(
    "en",
    "",
    "gp_letter",
    "patients, relatives and doctors named in English GP and referral letters",
    [
        "Dear Dr {L:Dx},\nRe: {E:Af}, DOB {DOB:en}, NHS No. {ID:nhs}\nThank you for seeing this {P:age_en} lady with poorly controlled type 2 diabetes ([[HbA1c 71 mmol/mol]]).",
        "Dear Dr {L:D},\nI would be grateful if you could review Mr {E:Am}, who has had {P:eponym_en} for six years and now struggles with his stairs. His daughter {F:Bf} is his main carer.",
        "Re: Mrs {E:Af}, {AD:uk}. Mrs {L:A} attended with her son {E:Bm}, who interpreted. She takes [[amlodipine]] {P:dose_en}.",
        "{F:A} was seen today with her husband {F:Bm}. Blood pressure {P:bp}; I have increased her [[ramipril]].",
        "Dear colleague, Mr {E:Am} (hospital number {MRN:en}) was reviewed in clinic. His wife {E:Bf} can be reached on {PH:uk}.",
        "I saw {E:Af} and her daughter {F:Bf} in surgery. {F:A} reports low mood since her brother {F:Cm} died in {P:date_en}.",
        "Kind regards,\nDr {E:Df}\nGP Partner, [[Riverside Medical Centre]]",
        "Mr {L:Am} is a {P:age_en} retired bus driver. He lives with his wife {F:Bf} at {AD:uk}.",
        "Please note Ms {E:Af} prefers to be contacted by e-mail ({EM:x}) rather than by telephone.",
        "{F:A} has {P:eponym_en}; her last {P:lab_en}. Her nephew {E:Bm} manages her medication.",
    ],
)

genre(
    "en",
    "",
    "discharge_letter",
    "patients and family named in English discharge summaries",
    [
        "DISCHARGE SUMMARY\nPatient: {E:Am}   MRN: {MRN:en}   DOB: {DOB:en}\nDiagnosis: community-acquired pneumonia ({P:icd_en}).",
        "{F:A} was admitted via A&E after a fall at home and was found to have a fractured neck of femur. Her son {E:Bm} was informed.",
        "Mr {L:A} made a good recovery and was discharged home on {P:date_en} with his wife {E:Bf}.",
        "Medication on discharge: [[apixaban]] {P:dose_en}, [[bisoprolol]] 2.5 mg od. {F:A} and his daughter {F:Bf} were counselled on bleeding risk.",
        "Next of kin: {E:Bf} (daughter), {PH:uk}.",
        "Follow-up: {E:Af} to be seen in the [[fracture clinic]] in two weeks. District nurse {E:Df} will visit for wound checks.",
        "Mrs {L:Af} was seen by the [[Parkinson's nurse]]; her husband {F:Bm} will supervise her new regime.",
        "Discharged to {AD:us}; contact {PH:us}. {F:A}'s case manager is {E:Df}.",
        "{E:Am} had a [[Whipple procedure]] and was discharged on day 12; {F:A} will be followed up by Mr {L:Dm}.",
    ],
)

genre(
    "en",
    "",
    "care_message",
    "residents, relatives and staff named in English care-home and family messages",
    [
        "Hi, my mum {E:Af} was moved to Ward 7 last night. Could someone tell me whether she has had her [[levodopa]]?",
        "Care home note: {F:A} ate well today and joined the [[chair yoga]] class with {F:Bf}.",
        "This is {F:Bm}, {E:Af}'s son. I've been trying to reach the ward since {P:date_en}.",
        "{F:A} was unsettled overnight and kept asking for her husband {F:Bm}. Staff nurse {L:Df} sat with her.",
        "Pharmacy log: counselled {E:Am} on [[metformin]] {P:dose_en}; his wife {F:Bf} collects his prescriptions.",
        "Physio update: {F:A} managed 20 metres with a frame today. Her granddaughter {F:Bf} filmed it for the family.",
        "School nurse: {E:Ac} (Year 4) used her [[Ventolin]] inhaler at lunch; mum {E:Bf} informed by phone.",
        "Health visitor visit: baby {F:Ac} feeding well; dad {E:Bm} has gone back to work, mum {F:Cf} is managing.",
        "Hi {F:A}, just confirming your dialysis slot moves to Tuesday/Thursday/Saturday from {P:date_en}.",
        "Bereavement call: spoke to {E:Af}, whose husband {F:Bm} died on the unit last month. She is sleeping better.",
        "Counselling note: {F:A} described an argument with her sister {F:Bf} about their father's care.",
    ],
)

# ---- mixed
genre(
    "mixed",
    "",
    "mixed_chat",
    "names inside mixed Chinese-English chat and notes",
    [
        "我老公 {F:Am} 昨天开始发烧，38.6度，吃了[[布洛芬]]还没退，要不要去 A&E？",
        "Pt {N:Af}，女，{P:age}，c/o 胸闷{P:dur}，BP {P:bp}，hx [[高血压]]。",
        "{F:Af} 的 appointment 改到{P:date}了，麻烦转告她妈妈{N:Bf}。",
        "Hi 医生，我是 {E:Af}，我爸{N:Bm}的 CT report 出来了吗？",
        "今天 ward round 见到 {N:Am}，他儿子 {F:Bm} 说想转去 private。",
        "我女儿{K:Ac}（English name {F:Ac}）今天在 nursery 吐了两次。",
        "{S:Dm}医生 said {G:A} can go home tomorrow if [[CRP]] keeps going down.",
        "Mrs {L:Af} 个 BP 今朝{P:bp}，{S:Df}姑娘 已经 call 咗 Dr {L:Em}。",
        "请 {F:Bm} 明天带 {N:Af} 的 discharge summary 来 OPD，联系电话 {PH:cn}。",
        "我朋友 {E:Am} 在 UK 看 GP，他们说是 [[Bell's palsy]]，要吃 [[prednisolone]] 吗？",
        "{G:A} 今日做咗 [[physio]]，{F:Bf} 话佢行得好啲。",
        "Patient {N:Af}，MRN {MRN:zh}，已 book [[OGTT]]，老公{F:Bm}陪同。",
        "我 mother-in-law {N:Af} 下个月来 Sydney，要带[[阿托伐他汀]]过海关吗？",
        "Hi {F:A}，你的 blood test 结果 normal，{L:Dx} 医生 say 唔使覆診。",
    ],
)

# ---- PHI-free genres (no identifiers at all; look-alikes go to "protect")
genre(
    "zh",
    "s",
    "online_consult",
    "",
    [
        "医生您好，我妈{P:age}，[[高血压]]十几年了，一直吃[[氨氯地平]]{P:dose}，最近早上血压{P:bp}，要不要换药？",
        "请问[[黄芪]]、[[党参]]和[[枸杞]]一起泡水喝，血糖高的人可以吗？",
        "孩子{P:kidage}，[[黄疸]]指数还有点高，[[儿科]]说再观察{P:dur}，需要照蓝光吗？",
        "吃[[阿奇霉素]]期间能不能喝牛奶？[[谢谢]]医生。",
        "我在用{P:brand}测血糖，读数和医院的差了1点多，正常吗？",
        "[[雷贝拉唑]]和[[奥美拉唑]]哪个副作用小？我胃不好，已经吃了{P:dur}。",
        "请问[[中山医院]]的[[逸夫楼]]周末有没有[[心内科]]门诊？",
    ],
    [
        "您好，血压{P:bp}偏高，建议先连续监测一周，再到{P:dept}调整方案，不要自行停药。",
        "[[黄芪]]和[[党参]]本身对血糖影响不大，但不能代替降糖药，[[二甲双胍]]要按时吃。",
        "[[阿奇霉素]]和牛奶可以间隔两小时，饭后服用减少胃肠道反应。",
        "两种药都属于[[质子泵抑制剂]]，一般选一种就行，疗程{P:dur}后复查。",
        "不客气，有问题随时复诊。{P:date}我在[[门诊]]。",
    ],
)
genre(
    "zh",
    "s",
    "home_care_log",
    "",
    [
        "{P:date}上午入户随访，老人神志清楚，[[血压]]{P:bp}，双下肢无水肿，饮食可。",
        "[[护士长]]查房：三楼两位老人夜间起夜频繁，建议睡前少饮水，加床栏。",
        "今日组织[[八段锦]]和[[五禽戏]]活动，参加十二人，无不适。",
        "[[护工]]反映床垫有点塌，已报后勤更换；[[压疮]]风险评分14分。",
        "[[胰岛素]]注射部位轮换，早餐前[[血糖]]{P:glu}，午餐后未测。",
    ],
)
genre(
    "zh",
    "s",
    "dialysis_schedule",
    "",
    [
        "本周透析机3号和7号维修，周三下午班顺延一小时，[[护士长]]已调整排班。",
        "[[肌酐]]{P:cr}，[[血钾]]偏高的病人请提前告知，饮食避免香蕉和橙子。",
        "春节期间透析照常，除夕当天改为上午班，初一休息一天。",
        "新入职两名护士，由[[责任护士]]带教{P:dur}，先跟班不单独上机。",
    ],
)
genre(
    "zh",
    "s",
    "school_health",
    "",
    [
        "本周全园晨检发现三例发热，均已回家观察，教室每日[[紫外线]]消毒。",
        "[[保健老师]]提醒：秋冬季[[手足口病]]高发，请家长注意孩子手心和口腔。",
        "四年级[[视力筛查]]完成，近视率{P:pct}，已发放告家长书。",
        "食堂本周菜单加了[[胡萝卜]]和南瓜，过敏儿童单独备餐。",
        "[[班主任]]反映午睡时有孩子咳嗽，已开窗通风，暂无发热。",
    ],
)
genre(
    "zh",
    "s",
    "physio_progress",
    "",
    [
        "腰椎术后第八周，[[小燕飞]]每日三组，疼痛评分从5分降到2分。",
        "膝关节置换术后屈曲100度，继续[[靠墙静蹲]]和[[臀桥]]，{P:date}复评。",
        "[[太极拳]]小组本周出勤率{P:pct}，两人因感冒请假。",
        "[[康复师]]建议：肩周炎急性期避免[[易筋经]]中的大幅度动作。",
    ],
)
genre(
    "zh",
    "s",
    "pharmacy_counsel",
    "",
    [
        "[[华法林]]与[[阿司匹林]]合用出血风险高，已建议患者回[[心内科]]复诊。",
        "[[何首乌]]长期服用可能损伤肝脏，建议{P:dur}查一次肝功能。",
        "[[阿普唑仑]]不宜与酒同服，睡前{P:dose}，不可自行加量。",
        "{P:brand}血压计使用前静坐五分钟，袖带与心脏同高。",
        "[[阿德福韦]]需长期服用，不能擅自停药，[[谢谢]]配合。",
        "[[布洛芬]]和[[对乙酰氨基酚]]不要同时吃，间隔至少4小时。",
    ],
)
genre(
    "zh",
    "s",
    "psych_counsel",
    "",
    [
        "本次会谈围绕睡眠展开，来访者[[PHQ-9]]评分由16降至11，情绪较前平稳。",
        "布置作业：每天记录三件小事，练习[[正念呼吸]]十分钟。",
        "督导意见：下次重点评估自伤风险，必要时转[[精神心理科]]。",
    ],
)
genre(
    "zh",
    "s",
    "obstetric_note",
    "",
    [
        "孕28周，[[OGTT]]空腹{P:glu}，诊断[[妊娠期糖尿病]]，编码{P:icd}，转[[营养科]]。",
        "[[胎心监护]]反应型，宫高30厘米，建议{P:date}复查。",
        "产后第二天，[[叶酸片]]继续服用，母乳喂养指导已完成。",
    ],
)
genre(
    "zh",
    "s",
    "pediatric_note",
    "",
    [
        "患儿{P:kidage}，发热两天，[[布洛芬]]混悬液按体重给药，{P:dose}。",
        "[[川崎病]]恢复期，[[心脏超声]]未见冠脉扩张，[[阿司匹林]]减量。",
        "家长问能否用[[金银花]]露退烧，已解释不能代替退烧药。",
        "[[雾化]]后喘息缓解，[[孟鲁司特]]每晚一粒，继续{P:dur}。",
    ],
)
genre(
    "zh",
    "s",
    "insurance_claim",
    "",
    [
        "被保险人因[[急性阑尾炎]]住院7天，诊断编码{P:icd}，在{P:hosp}手术。",
        "理赔材料需包括出院小结、费用清单及[[病理报告]]原件。",
        "既往[[高血压]]病史{P:dur}，投保时未告知，移交核保复核。",
    ],
)
genre(
    "zh",
    "s",
    "asr_transcript",
    "",
    [
        "呃今天查房三床血压{P:bp}然后[[肌酐]]{P:cr}我觉得要请[[肾内科]]看一下",
        "那个[[阿莫西林]]皮试阴性可以用了你去跟[[护士长]]说一下",
        "对然后五床的[[胰岛素]]晚上加两个单位明天早上再测",
        "嗯[[谢谢]]主任我们下午再把片子拿过来",
    ],
)
genre(
    "zh",
    "tw",
    "tw_clinic_line",
    "",
    [
        "您好，[[慢性病連續處方箋]]第二次領藥請於{P:date_t}前到藥局，[[謝謝]]。",
        "提醒您：[[流感疫苗]]公費開打，請攜帶[[健保卡]]至診所施打。",
        "{P:hosp_tw}[[新陳代謝科]]門診改至週四上午，[[糖化血色素]]請空腹抽血。",
        "[[四物湯]]經期不建議喝，[[婦產科]]醫師說等經期結束再喝。",
        "[[腸病毒]]流行期，幼兒園小朋友請勤洗手，發燒請在家休息。",
    ],
)
genre(
    "zh",
    "tw",
    "tw_care_note",
    "",
    [
        "居家訪視：血壓{P:bp}，[[脈優]]照常服用，下肢無水腫，飲食正常。",
        "洗腎室本週三下午停機保養，病人改至週四上午，[[腎臟科]]已公告。",
        "復健課改上[[八段錦]]，長輩反應良好，{P:dur_t}後再評估平衡。",
    ],
)
genre(
    "zh",
    "hk",
    "hk_whatsapp",
    "",
    [
        "[[姑娘]]你好，請問{P:hosp_hk}覆診係咪要空肚？[[多謝]]。",
        "[[醫管局]]話[[流感針]]下個月先有，到時再約。",
        "食咗[[必理痛]]兩粒，燒退咗少少，三十七度八。",
        "[[薄血丸]]同[[田七]]唔好一齊食，醫生講過。",
        "[[多謝]]晒，聽日九點前到。",
    ],
)
genre(
    "zh",
    "hk",
    "hk_care_note",
    "",
    [
        "今日院友做[[八段錦]]，十個參加，無人不適。",
        "夜更[[姑娘]]巡房兩次，一切正常，血壓{P:bp}。",
        "[[骨質疏鬆]]檢查改咗去下個禮拜，已通知家屬。",
    ],
)
genre(
    "en",
    "",
    "gp_letter",
    "",
    [
        "Dear colleague, thank you for seeing this {P:age_en} gentleman with {P:eponym_en}. His last {P:lab_en}.",
        "I have started [[atorvastatin]] 20 mg at night and would value your advice on his {P:eponym_en}.",
        "Blood pressure today {P:bp}; [[amlodipine]] increased to {P:dose_en}. Review in two weeks.",
        "Kind regards, the duty doctor, [[Riverside Medical Centre]].",
    ],
)
genre(
    "en",
    "",
    "discharge_letter",
    "",
    [
        "Diagnosis: community-acquired pneumonia ({P:icd_en}). Treated with [[amoxicillin]] and [[clarithromycin]].",
        "Discharged on {P:date_en}. Follow-up in the [[fracture clinic]] in two weeks.",
        "Medication changes: [[bisoprolol]] started, {P:dose_en}; [[ramipril]] held because of {P:lab_en}.",
        "The patient was reviewed by the [[Parkinson's nurse]] before discharge.",
    ],
)
genre(
    "en",
    "",
    "care_message",
    "",
    [
        "Reminder: the [[chair yoga]] class moves to Thursday afternoon from {P:date_en}.",
        "Dialysis unit notice: Tuesday slots start at 7:30 because of machine servicing.",
        "Pharmacy note: [[metformin]] {P:dose_en} should be taken with food. Thank you!",
        "School nurse: please send spare [[Ventolin]] inhalers labelled with the class name.",
        "Bereavement support group meets on the first Monday of the month in the [[Garden Room]].",
    ],
)
genre(
    "mixed",
    "",
    "mixed_chat",
    "",
    [
        "BP {P:bp}，HR 88，已加 [[amlodipine]] {P:dose_en}，{P:date}复查。",
        "今天 ward round 没有新 admission，[[护士长]] say 床位够。",
        "[[HbA1c]] {P:hba1c}，比上次好，继续 [[metformin]]。",
        "想问下 [[Bell's palsy]] 要不要吃 [[prednisolone]]？[[谢谢]]！",
        "[[姑娘]] 话 BP 偏高少少，叫佢 low salt diet。",
        "{P:brand} 的 sensor 掉了，可以 claim 吗？",
    ],
)

genre(
    "mixed",
    "",
    "mixed_note",
    "names inside mixed Chinese-English clinical notes and messages",
    [
        "Ward 12 handover：{N:Am} bed 5，post-op day 2，[[阿莫西林]] IV，wife {F:Bf} 下午来。",
        "{N:Af} 的 daughter {E:Bf} 在 London，电话 {PH:uk}，有 update 请 WhatsApp 她。",
        "Dr {L:Dx} 今日 round 话 {G:A} 可以 step down 去 general ward。",
        "我同 {F:Af} 讲咗，佢阿爺 {N:Bm} 聽日 discharge，要 book [[非緊急救護車]]。",
        "家属 {N:Bm} 要求 second opinion，已 refer [[神经内科]] {S:Df}主任。",
        "Baby {K:Ac} 今日 weight 7.2 kg，mum {F:Bf} 话晚上 feeding OK。",
        "{E:Am} 在 [[协和医院]] 做了 PCI，现在吃 [[阿司匹林]] 同 [[ticagrelor]]。",
        "Client {G:Af} 本周 mood 好咗，佢 boyfriend {F:Bm} 陪佢嚟。",
        "Physio：{N:Af} 今日 [[八段锦]] 做咗 15 min，daughter {F:Bf} 陪同。",
        "请 {S:Dm}医生 check 一下 {N:Am} 的 [[INR]]，今早 3.4。",
        "Email {G:A} 的 report 去 {EM:x}，佢老公 {F:Bm} 会 print。",
        "Pt {N:Af} DOB {DOB:en}，address {AD:hk}，next of kin 阿女 {F:Bf}。",
    ],
)
genre(
    "mixed",
    "",
    "mixed_note",
    "",
    [
        "Handover：bed 5 post-op day 2，[[阿莫西林]] IV，vitals stable，BP {P:bp}。",
        "[[Parkinson's]] clinic 改到{P:date}，记得带 [[levodopa]] 的 dosing diary。",
        "今日 physio 做咗 [[八段锦]] 15 min，pain score 3/10。",
        "[[HbA1c]] {P:hba1c}，dietitian 建议少食白饭，[[多謝]]。",
    ],
)


def extend(lang, variant, style, pool_index, templates):
    """Adds contact/admin sentences (phones, IDs, record numbers, addresses...) to a PHI genre."""
    g = [g for g in G if g["lang"] == lang and g["variant"] == variant and g["style"] == style and g["source"]][0]
    g["pools"][pool_index].extend(templates)


extend(
    "zh",
    "s",
    "online_consult",
    0,
    [
        "医生，我爸{N:Am}的身份证号是{ID:cn}，出生日期{DOB:zh}，挂号系统老是提示信息不符，怎么办？",
        "我姐{G:Af}的手机{PH:cn}，她在外地打工，家里座机是{PH:cnl}，复查结果出来麻烦告诉她。",
        "您好，我是{N:Af}，病历号{MRN:zh}，上周在您这做了[[肠镜]]，病理报告能发到我邮箱{EM:x}吗？",
    ],
)
extend(
    "zh",
    "s",
    "online_consult",
    1,
    [
        "请{N:A}带上身份证原件，复诊时在{P:dept}护士站登记，有问题打科室电话{PH:cnl}。",
        "报告已经发到{EM:x}，请查收；{G:A}的住院号是{MRN:zh}，复印病历时要用。",
    ],
)
extend(
    "zh",
    "s",
    "home_care_log",
    0,
    [
        "新建档：{N:Af}，出生日期{DOB:zh}，住址{AD:cn}，紧急联系人女儿{G:Bf}，{PH:cn}。",
        "{N:Am}户籍在{AD:cnv}，医保卡号与身份证{ID:cn}一致，已上传系统。",
        "家属联系电话变更：{N:Bm}新号{PH:cn}，旧号停用；座机{PH:cnl}保留。",
    ],
)
extend(
    "zh",
    "s",
    "dialysis_schedule",
    0,
    [
        "{N:Am}透析档案号{MRN:zh}，住址{AD:cn}，每次由女儿{G:Bf}开车接送，电话{PH:cn}。",
        "转入病人{N:Af}，出生日期{DOB:zh}，身份证{ID:cn}，原透析中心电话{PH:cnl}。",
    ],
)
extend(
    "zh",
    "s",
    "school_health",
    0,
    [
        "{N:Ac}，出生日期{DOB:zhc}，家庭住址{AD:cn}，监护人{N:Bf}，电话{PH:cn}。",
        "紧急联系人：{N:Bm}（父亲）{PH:cn}，{N:Cf}（母亲）{PH:cn}。",
    ],
)
extend(
    "zh",
    "s",
    "physio_progress",
    0,
    [
        "{N:Am}，门诊号{MRN:zh}，工伤康复，单位联系人电话{PH:cnl}，报告抄送{EM:x}。",
    ],
)
extend(
    "zh",
    "s",
    "pharmacy_counsel",
    0,
    [
        "{N:Af}的处方号{MRN:zh}，送药地址{AD:cn}，收件人{N:Bm}，电话{PH:cn}。",
        "慢病长处方登记：{N:Am}，身份证{ID:cn}，出生日期{DOB:zh}。",
    ],
)
extend(
    "zh",
    "s",
    "psych_counsel",
    0,
    [
        "紧急联系人：{G:A}的姐姐{N:Bf}，{PH:cn}；来访者邮箱{EM:x}。",
    ],
)
extend(
    "zh",
    "s",
    "obstetric_note",
    0,
    [
        "{N:Af}，身份证{ID:cn}，住址{AD:cn}，丈夫{N:Bm}，电话{PH:cn}。",
        "建档信息：{N:Af}，出生日期{DOB:zh}，档案号{MRN:zh}，户籍{AD:cnv}。",
    ],
)
extend(
    "zh",
    "s",
    "pediatric_note",
    0,
    [
        "{N:Ac}，住院号{MRN:zh}，出生日期{DOB:zhc}，监护人{N:Bf}，电话{PH:cn}，住址{AD:cn}。",
    ],
)
extend(
    "zh",
    "s",
    "bereavement_followup",
    0,
    [
        "随访电话打给{N:Af}，号码{PH:cn}；逝者{N:Bm}，住院号{MRN:zh}，已结案。",
        "{N:Af}搬到女儿家住了，新地址{AD:cn}，座机{PH:cnl}。",
    ],
)
extend(
    "zh",
    "s",
    "insurance_claim",
    0,
    [
        "被保险人{N:Am}，身份证{ID:cn}，联系电话{PH:cn}，通讯地址{AD:cn}。",
        "{N:Af}的理赔邮箱为{EM:x}，医院出具的住院号{MRN:zh}与发票一致。",
    ],
)
extend(
    "zh",
    "s",
    "asr_transcript",
    0,
    [
        "那个{N:Am}的住院号是{MRN:zh}你记一下然后他女儿电话{PH:cn}",
        "身份证号我念一下{ID:cn}对名字是{N:Af}出生日期{DOB:zh}",
    ],
)
extend(
    "zh",
    "tw",
    "tw_clinic_line",
    0,
    [
        "我媽{N:Af}的手機{PH:tw}，家裡電話{PH:twl}，地址{AD:tw}，麻煩更新資料。",
        "{N:Am}，身分證{ID:tw}，病歷號{MRN:tw}，要改約{P:date_t}。",
        "報告可以寄到{EM:x}嗎？我是{N:Af}的先生{G:Bm}，電話{PH:tw}。",
    ],
)
extend(
    "zh",
    "tw",
    "tw_care_note",
    0,
    [
        "個案{N:Af}，生日{DOB:tw}，住{AD:tw}，緊急聯絡人兒子{G:Bm}，{PH:tw}。",
        "{N:Am}洗腎病歷號{MRN:tw}，身分證{ID:tw}，家屬電話{PH:twl}。",
    ],
)
extend(
    "zh",
    "hk",
    "hk_whatsapp",
    0,
    [
        "我阿爸{N:Am}個電話係{PH:hk}，住{AD:hk}，病人編號{MRN:hk}。",
        "{N:Af}身份證{ID:hk}，出世日期{DOB:zh}，麻煩幫佢約[[物理治療]]。",
        "有咩可以email俾我：{EM:x}，或者打{PH:hk}搵{G:Af}。",
    ],
)
extend(
    "zh",
    "hk",
    "hk_care_note",
    0,
    [
        "院友{N:Af}，身份證{ID:hk}，家屬{N:Bm}電話{PH:hk}，舊住址{AD:hk}。",
    ],
)
extend(
    "en",
    "",
    "gp_letter",
    0,
    [
        "Re: {E:Am}, DOB {DOB:en}, {AD:uk}. Tel {PH:uk}. NHS No. {ID:nhs}.",
        "Please send the clinic letter to {EM:x}; {F:A}'s hospital number is {MRN:en}.",
        "Patient: Ms {E:Af}   Address: {AD:us}   Phone: {PH:us}   DOB: {DOB:en}",
    ],
)
extend(
    "en",
    "",
    "discharge_letter",
    0,
    [
        "Patient: {E:Af}   Hospital No: {MRN:en}   NHS: {ID:nhs}   Address: {AD:uk}",
        "Next of kin: {E:Bm} (son), {PH:uk}, {EM:x}.",
        "{E:Am}, DOB {DOB:en}, MRN {MRN:en}, discharged to {AD:us}.",
    ],
)
extend(
    "en",
    "",
    "care_message",
    0,
    [
        "New resident: {E:Af}, DOB {DOB:en}, previously at {AD:uk}. Daughter {F:Bf}: {PH:uk}.",
        "Hi, this is {F:Bm}. Please call me on {PH:us} or e-mail {EM:x} about my father {E:Am}.",
    ],
)
extend(
    "mixed",
    "",
    "mixed_chat",
    0,
    [
        "我妈 {N:Af} 的 HKID 是 {ID:hk}，phone {PH:hk}，麻烦 update。",
        "Hi，我是 {F:Bf}，我爸{N:Am}的 MRN {MRN:zh}，email {EM:x}。",
        "我老婆 {F:Af} 的 UK 电话 {PH:uk}，地址 {AD:uk}，GP letter 寄这里。",
    ],
)
extend(
    "mixed",
    "",
    "mixed_note",
    0,
    [
        "Contact：{N:Bm} {PH:cn}；patient {N:Af} ID {ID:cn}，DOB {DOB:zh}。",
        "{N:Am} 台灣身分證 {ID:tw}，cell {PH:tw}，address {AD:tw}。",
    ],
)

# ---------------------------------------------------------------- identifiers
GB_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def gb11643_ok(s):
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    return "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], GB_W)) % 11] == s[17]


def digits(n, first=None):
    s = "".join(str(RNG.randint(0, 9)) for _ in range(n))
    return (first + s[1:]) if first else s


def runs4(s):
    return re.findall(r"\d{4,}", s)


def id_cn():
    region = RNG.choice(
        [
            "110105",
            "310104",
            "440106",
            "510107",
            "330106",
            "420111",
            "370102",
            "610113",
            "320102",
            "500103",
            "130102",
            "410105",
        ]
    )
    y = RNG.randint(1935, 2015)
    birth = "%04d%02d%02d" % (y, RNG.randint(1, 12), RNG.randint(1, 28))
    body = region + birth + digits(3)
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, GB_W)) % 11]


def id_hk():
    L = RNG.choice("ACDEGHKPRVYZ")
    d = digits(6)
    total = 36 * 9 + (ord(L) - 55) * 8 + sum(int(c) * w for c, w in zip(d, range(7, 1, -1)))
    c = (11 - total % 11) % 11
    return "%s%s(%s)" % (L, d, "A" if c == 10 else str(c))


TW_L = dict(
    A=10,
    B=11,
    C=12,
    D=13,
    E=14,
    F=15,
    G=16,
    H=17,
    I=34,
    J=18,
    K=19,
    L=20,
    M=21,
    N=22,
    O=35,
    P=23,
    Q=24,
    R=25,
    S=26,
    T=27,
    U=28,
    V=29,
    W=32,
    X=30,
    Y=31,
    Z=33,
)


def id_tw():
    L = RNG.choice("ABEFHJKLNPT")
    d = RNG.choice("12") + digits(7)
    n = TW_L[L]
    total = n // 10 + (n % 10) * 9 + sum(int(c) * w for c, w in zip(d, range(8, 0, -1)))
    return L + d + str((10 - total % 10) % 10)


def id_nhs():
    while True:
        d = digits(9, RNG.choice("4679"))
        c = 11 - sum(int(x) * w for x, w in zip(d, range(10, 1, -1))) % 11
        if c == 11:
            c = 0
        if c != 10:
            s = d + str(c)
            return "%s %s %s" % (s[:3], s[3:6], s[6:])


def phone(kind):
    r = RNG.random()
    if kind == "cn":
        n = RNG.choice(["13", "15", "18", "17", "19"]) + str(RNG.randint(0, 9)) + digits(8)
        if r < 0.35:
            return n
        if r < 0.6:
            return "%s-%s-%s" % (n[:3], n[3:7], n[7:])
        if r < 0.85:
            return "%s %s %s" % (n[:3], n[3:7], n[7:])
        return "+86 %s %s %s" % (n[:3], n[3:7], n[7:])
    if kind == "cnl":
        area = RNG.choice(["021", "010", "020", "0571", "0755", "028"])
        n = digits(8, RNG.choice("2345678"))
        return RNG.choice(["%s-%s" % (area, n), "%s-%s %s" % (area, n[:4], n[4:]), "(%s)%s" % (area, n)])
    if kind == "hk":
        n = digits(8, RNG.choice("569235"))
        return RNG.choice(["%s %s" % (n[:4], n[4:]), n, "+852 %s %s" % (n[:4], n[4:]), "852-%s-%s" % (n[:4], n[4:])])
    if kind == "tw":
        n = "09" + digits(8)
        return RNG.choice(
            [
                "%s-%s-%s" % (n[:4], n[4:7], n[7:]),
                n,
                "%s %s %s" % (n[:4], n[4:7], n[7:]),
                "+886 %s %s %s" % (n[1:4], n[4:7], n[7:]),
            ]
        )
    if kind == "twl":
        a, n = RNG.choice([("02", digits(8, "2")), ("04", digits(8, "2")), ("07", digits(7, "3"))])
        return RNG.choice(["%s-%s-%s" % (a, n[:-4], n[-4:]), "(%s)%s-%s" % (a, n[:-4], n[-4:])])
    if kind == "uk":
        if r < 0.6:
            n = "07" + digits(9)
            return RNG.choice(["%s %s" % (n[:5], n[5:]), "+44 %s %s" % (n[1:5], n[5:])])
        return "020 %s %s" % (digits(4, "7"), digits(4))
    if kind == "us":
        a = RNG.choice(["212", "415", "617", "312", "646", "718", "626"])
        t = digits(4)
        return RNG.choice(["(%s) 555-%s" % (a, t), "%s-555-%s" % (a, t), "+1 %s 555 %s" % (a, t)])
    raise ValueError(kind)


def mrn(kind):
    if kind == "zh":
        return RNG.choice(["ZY" + digits(8, "2"), "MZ" + digits(10, "2"), digits(9, "1"), digits(7, "8")])
    if kind == "en":
        return RNG.choice(["K" + digits(7), "RX" + digits(6), digits(8, "3"), "H" + digits(6) + RNG.choice("ABCDEF")])
    if kind == "hk":
        return "HN" + digits(8, "1")
    if kind == "tw":
        return RNG.choice([digits(8, "3"), "A" + digits(7)])
    raise ValueError(kind)


MONTHS = "January February March April May June July August September October November December".split()


def dob(kind):
    y, m, d = RNG.randint(1932, 1992), RNG.randint(1, 12), RNG.randint(1, 28)
    if kind.endswith("c"):
        kind, y = kind[:-1], RNG.randint(2010, 2023)
    if kind == "zh":
        return RNG.choice(
            [
                "%d年%d月%d日" % (y, m, d),
                "%d-%02d-%02d" % (y, m, d),
                "%d.%d.%d" % (y, m, d),
                "%d年%02d月%02d日" % (y, m, d),
            ]
        )
    if kind == "en":
        return RNG.choice(
            [
                "%02d/%02d/%d" % (d, m, y),
                "%d %s %d" % (d, MONTHS[m - 1], y),
                "%s %d, %d" % (MONTHS[m - 1], d, y),
                "%d-%02d-%02d" % (y, m, d),
            ]
        )
    if kind == "tw":
        y = max(y, 1935)
        return RNG.choice(["民國%d年%d月%d日" % (y - 1911, m, d), "%d/%02d/%02d" % (y, m, d)])
    raise ValueError(kind)


def address(kind):
    """Returns (whole, [distinctive parts])."""
    if kind == "cn":
        city, dist = RNG.choice(
            [
                ("上海市", "徐汇区"),
                ("杭州市", "西湖区"),
                ("广州市", "越秀区"),
                ("成都市", "武侯区"),
                ("武汉市", "洪山区"),
                ("南京市", "鼓楼区"),
                ("北京市", "朝阳区"),
                ("西安市", "雁塔区"),
            ]
        )
        street = RNG.choice(
            ["枫林路", "文三路", "人民南路", "珞喻路", "汉中路", "望京街", "小寨东路", "东风路", "解放北路", "建设西路"]
        )
        num = "%d号" % RNG.randint(3, 688)
        estate = RNG.choice(
            [
                "华星小区",
                "阳光花园",
                "翠苑一区",
                "锦绣家园",
                "幸福里",
                "金色港湾",
                "桂花苑",
                "紫荆苑",
                "绿城春江明月",
                "万科城",
            ]
        )
        flat = "%d栋%d单元%d室" % (RNG.randint(1, 30), RNG.randint(1, 4), RNG.randint(101, 2802))
        return city + dist + street + num + estate + flat, [street + num, estate]
    if kind == "cnv":
        base = RNG.choice(
            [
                "河南省周口市郸城县汲冢镇",
                "四川省南充市仪陇县马鞍镇",
                "湖南省邵阳市隆回县桃洪镇",
                "安徽省阜阳市临泉县杨桥镇",
                "江西省赣州市于都县罗坳镇",
            ]
        )
        vil = RNG.choice(["王庄村", "李家湾村", "石桥村", "柳树沟村", "高家坪村", "陈家坝村", "大塘村", "新华村"])
        return base + vil + "%d组" % RNG.randint(1, 12), [vil]
    if kind == "hk":
        if RNG.random() < 0.5:
            area, street, bld = RNG.choice(
                [
                    ("九龍旺角", "彌敦道", "旺角中心"),
                    ("港島北角", "英皇道", "健威花園"),
                    ("新界沙田", "大涌橋路", "沙田第一城"),
                    ("九龍何文田", "忠孝街", "俊民苑"),
                ]
            )
            sn = street + "%d號" % RNG.randint(2, 688)
            return area + sn + bld + "%d樓%s室" % (RNG.randint(2, 38), RNG.choice("ABCDEFGH")), [sn, bld]
        area, est, blk = RNG.choice(
            [
                ("葵涌", "石蔭邨", "安逸樓"),
                ("黃大仙", "竹園南邨", "松園樓"),
                ("柴灣", "興華邨", "豐興樓"),
                ("屯門", "友愛邨", "愛暉樓"),
            ]
        )
        return area + est + blk + "%d室" % RNG.randint(101, 3620), [est, blk]
    if kind == "tw":
        city, road = RNG.choice(
            [
                ("臺北市大安區", "復興南路一段"),
                ("新北市板橋區", "文化路二段"),
                ("臺中市西屯區", "臺灣大道三段"),
                ("高雄市苓雅區", "四維三路"),
                ("桃園市中壢區", "中北路二段"),
            ]
        )
        rn = road + "%d號" % RNG.randint(2, 520)
        return city + rn + "%d樓" % RNG.randint(2, 21), [rn]
    if kind == "uk":
        street = "%d %s" % (
            RNG.randint(2, 188),
            RNG.choice(
                ["Elm Grove", "Cardigan Road", "Mill Lane", "Beechwood Avenue", "Stanley Terrace", "Oakfield Close"]
            ),
        )
        town, pc = RNG.choice(
            [
                ("Leeds", "LS6 2AB"),
                ("Manchester", "M14 5RT"),
                ("Bradford", "BD7 1QX"),
                ("Leicester", "LE2 0QF"),
                ("Birmingham", "B11 4RH"),
                ("London", "E13 9PJ"),
            ]
        )
        return "%s, %s %s" % (street, town, pc), [street, pc]
    if kind == "us":
        street = "%d %s" % (
            RNG.randint(12, 9800),
            RNG.choice(["Maple Ave", "Jefferson St", "Grand Concourse", "Kearny St", "Pacific Blvd"]),
        )
        city, z = RNG.choice(
            [
                ("Columbus, OH", "43215"),
                ("Flushing, NY", "11355"),
                ("San Francisco, CA", "94108"),
                ("Chicago, IL", "60616"),
                ("Arcadia, CA", "91006"),
            ]
        )
        return "%s, Apt %d%s, %s %s" % (street, RNG.randint(1, 12), RNG.choice("ABCD"), city, z), [street, z]
    raise ValueError(kind)


SYL = "xiu ying gui lan jian jun hai tao zhi gang ming yue ping an wei hua li na mei ling ka chi wing fung kwame amara priya anil oksana piotr dou guo".split()


def email():
    r = RNG.random()
    if r < 0.2:
        local = digits(RNG.randint(8, 10), RNG.choice("123456789"))
        dom = "qq.com"
    else:
        a, b = RNG.sample(SYL, 2)
        local = RNG.choice(
            [a + b + digits(RNG.choice([2, 4])), a + "." + b + digits(2), a[0] + b + "_" + digits(4), a + "_" + b]
        )
        dom = RNG.choice(["163.com", "126.com", "gmail.com", "yahoo.com.hk", "hotmail.com", "outlook.com", "sina.com"])
    return local + "@" + dom, local


# ---------------------------------------------------------------- persons
class Person:
    def __init__(self, hints, variant, chinese_kinds):
        g = [c for c in hints if c in "fm"]
        self.gender = g[0] if g else RNG.choice("fm")
        self.child = "c" in hints
        trad = variant in ("tw", "hk")
        if trad:
            self.sur = RNG.choice(SUR_T)
            g2 = G_TC2 if self.child else (G_TF2 if self.gender == "f" else G_TM2)
            g1 = G_TF1 if self.gender == "f" else G_TM1
            self.nick = RNG.choice(NICK_T)
        else:
            r = RNG.random()
            self.sur = RNG.choice(SUR_S) if r < 0.78 else RNG.choice(SUR_RARE) if r < 0.9 else RNG.choice(SUR_DOUBLE)
            g2 = (G_C2 + G_F2[:6] + G_M2[:6]) if self.child else (G_F2 if self.gender == "f" else G_M2)
            g1 = G_F1 if self.gender == "f" else G_M1
            self.nick = RNG.choice(NICK)
        self.given = RNG.choice(g2) if (self.child or RNG.random() < 0.8) else RNG.choice(g1)
        self.minority = RNG.choice(MINORITY)
        origins = [c for c in hints if c in EN]
        if origins:
            self.origin = origins[0]
        elif chinese_kinds:
            self.origin = "x"
        else:
            self.origin = RNG.choice("bsneerhx" + "sn")
        fem, mal, surs = EN[self.origin]
        self.en_given = RNG.choice(fem if self.gender == "f" else mal)
        self.en_sur = RNG.choice(surs)
        self.sur_first = self.origin == "h" or (self.origin == "r" and RNG.random() < 0.5)

    def need_two(self, g2pool):
        pass

    def span(self, kind):
        if kind == "N":
            t = self.sur + self.given
            return t, [t] + ([self.given] if len(self.given) >= 2 else [])
        if kind == "G":
            return self.given, [self.given]
        if kind == "S":
            return self.sur, [self.sur]
        if kind == "AH":
            return "阿" + self.given[-1], ["阿" + self.given[-1]]
        if kind == "XI":
            return "小" + self.given[-1], ["小" + self.given[-1]]
        if kind == "K":
            return self.nick, [self.nick]
        if kind == "M":
            return self.minority, [self.minority] + ([self.minority.split("·")[0]] if "·" in self.minority else [])
        if kind == "MG":
            g = self.minority.split("·")[0]
            return g, [g]
        if kind == "E":
            pieces = [self.en_sur, self.en_given] if self.sur_first else [self.en_given, self.en_sur]
            t = " ".join(pieces)
            parts = [p for p in pieces if len(p.replace(" ", "")) >= 3]
            return t, parts + [t]
        if kind == "F":
            return self.en_given, [self.en_given]
        if kind == "L":
            return self.en_sur, [self.en_sur]
        raise ValueError(kind)


NAME_KINDS = {"N", "G", "S", "AH", "XI", "K", "M", "MG", "E", "F", "L"}
CN_KINDS = {"N", "G", "S", "AH", "XI", "K", "M", "MG"}
TOKEN = re.compile(r"\{(\w+):(\w*)\}|\[\[(.+?)\]\]")


# ---------------------------------------------------------------- rendering
def slots_of(templates):
    """letter -> (hints, kinds) over all chosen templates."""
    info = {}
    for t in templates:
        for m in TOKEN.finditer(t):
            if m.group(1) in NAME_KINDS:
                letter, hints = m.group(2)[0], m.group(2)[1:]
                h, k = info.setdefault(letter, ([], set()))
                h.extend(c for c in hints if c not in h)
                k.add(m.group(1))
    return info


def make_people(info, variant):
    people = {}
    for letter in sorted(info):
        hints, kinds = info[letter]
        for _ in range(200):
            p = Person(hints, variant, kinds & CN_KINDS)
            if ("G" in kinds or "N" in kinds and RNG.random() < 0.5) and len(p.given) < 2:
                continue
            if "MG" in kinds and "·" not in p.minority:
                continue
            clash = False
            for q in people.values():
                if (
                    p.sur == q.sur
                    or p.given == q.given
                    or p.nick == q.nick
                    or p.minority == q.minority
                    or p.en_given == q.en_given
                    or p.en_sur == q.en_sur
                    or p.given[-1] == q.given[-1]
                ):
                    clash = True
            if not clash:
                break
        people[letter] = p
    return people


def render(template, people, protect):
    out, segs = [], []
    pos = 0
    for m in TOKEN.finditer(template):
        out.append(template[pos : m.start()])
        cur = sum(len(x) for x in out)
        pos = m.end()
        if m.group(3) is not None:
            out.append(m.group(3))
            protect.append(m.group(3))
            continue
        kind, arg = m.group(1), m.group(2)
        if kind == "P":
            v = RNG.choice(POOLS[arg])
            out.append(v)
            protect.append(v)
            continue
        if kind in NAME_KINDS:
            text, parts = people[arg[0]].span(kind)
            k = "NAME"
        elif kind == "PH":
            text = phone(arg)
            parts, k = [text] + runs4(text), "PHONE"
        elif kind == "ID":
            text = {"cn": id_cn, "hk": id_hk, "tw": id_tw, "nhs": id_nhs}[arg]()
            parts, k = [text] + runs4(text), "ID"
        elif kind == "MRN":
            text = mrn(arg)
            parts, k = [text] + runs4(text), "MRN"
        elif kind == "DOB":
            text = dob(arg)
            parts, k = [text], "DOB"
        elif kind == "AD":
            text, pieces = address(arg)
            parts, k = [text] + pieces, "ADDRESS"
        elif kind == "EM":
            text, local = email()
            parts, k = [text, local], "EMAIL"
        else:
            raise ValueError(kind)
        out.append(text)
        segs.append((cur, cur + len(text), k, text, list(dict.fromkeys(parts)), kind))
    out.append(template[pos:])
    return "".join(out), segs


def is_cjk(s):
    return any("\u3400" <= c <= "\u9fff" for c in s)


def occurrences(needle, text):
    if not needle:
        return []
    if re.search(r"[A-Za-z]", needle) and not is_cjk(needle):
        pat = r"(?<![A-Za-z0-9])" + re.escape(needle) + r"(?![A-Za-z0-9])"
        return [(m.start(), m.end()) for m in re.finditer(pat, text, re.I)]
    res, i = [], text.find(needle)
    while i >= 0:
        res.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return res


def check_row(row, segs_by_turn):
    """Returns None when the row is valid, else a reason string."""
    turns, spans, protect = row["turns"], row["spans"], row["protect"]
    if row["source"] == "none":
        if spans:
            return "phi-free row with spans"
    elif not spans:
        return "phi row without spans"
    needles = set()
    for sp in spans:
        if not any(sp["text"] in t for t in turns):
            return "span text missing"
        for p in sp["parts"]:
            if p not in sp["text"]:
                return "part not in span"
            needles.add(p)
        needles.add(sp["text"])
        if sp["kind"] == "ID" and re.fullmatch(r"\d{17}[\dX]", sp["text"]) and not gb11643_ok(sp["text"]):
            return "bad GB 11643 check digit"
    for t, segs in zip(turns, segs_by_turn):
        for a, b, _k, text, _parts, _sk in segs:
            if len(text) == 1:
                before = t[a - 1] if a > 0 else ""
                if before not in "老小阿" and not t[b:].startswith(TITLES):
                    return "bare surname"
        for n in needles:
            for s, e in occurrences(n, t):
                if not any(a <= s and e <= b for a, b, *_ in segs):
                    return "unlabelled occurrence of %r" % n
        # free text must not contain leftover template syntax
        if "{" in t or "[[" in t:
            return "template residue"
    for p in protect:
        if not any(p in t for t in turns):
            return "protect missing"
        for t, segs in zip(turns, segs_by_turn):
            for s, e in (
                occurrences(p, t)
                if not re.search(r"[A-Za-z]", p)
                else [(m.start(), m.end()) for m in re.finditer(re.escape(p), t)]
            ):
                if any(s < b and a < e for a, b, *_ in segs):
                    return "protect overlaps identifier"
        for n in needles:
            if n.lower() in p.lower() or p.lower() in n.lower():
                return "protect/span containment %r %r" % (p, n)
    return None


FRESH = "HIJOPQRTUVWYZ"


def relabel(template, mapping):
    def sub(m):
        if m.group(1) in NAME_KINDS and m.group(2)[0] in mapping:
            return "{%s:%s%s}" % (m.group(1), mapping[m.group(2)[0]], m.group(2)[1:])
        return m.group(0)

    return TOKEN.sub(sub, template)


def compatible(templates):
    """Person letters shared between turns must not get contradictory gender hints."""
    hints = defaultdict(set)
    for t in templates:
        for m in TOKEN.finditer(t):
            if m.group(1) in NAME_KINDS:
                hints[m.group(2)[0]].update(c for c in m.group(2)[1:] if c in "fm")
    return all(len(h) < 2 for h in hints.values())


def turn_plan(g, n):
    pools = g["pools"]
    for _ in range(60):
        if len(pools) == 1:
            chosen = RNG.sample(pools[0], min(n, len(pools[0])))
            # in notes only the main person (A) carries over between entries; others are fresh people
            fresh = iter(FRESH)
            out = [chosen[0]]
            for t in chosen[1:]:
                letters = sorted({m.group(2)[0] for m in TOKEN.finditer(t) if m.group(1) in NAME_KINDS} - {"A"})
                out.append(relabel(t, {c: next(fresh) for c in letters}))
            chosen = out
        else:
            order = [0, 1, 2, 1] if len(pools) == 3 else [0, 1, 0, 1]
            chosen = []
            for i in range(n):
                pool = [t for t in pools[order[i]] if t not in chosen]
                chosen.append(RNG.choice(pool))
        if compatible(chosen):
            return chosen
    return chosen[:1]


def build_row(lang, variant, free, rid, stats):
    cands = [g for g in G if g["lang"] == lang and g["variant"] == variant and (g["source"] == "") == free]
    for attempt in range(400):
        if attempt % 25 == 0:
            g = RNG.choice(cands)
            n = RNG.choices([1, 2, 3, 4], [0.25, 0.35, 0.22, 0.18])[0]
            templates = turn_plan(g, n)
        people = make_people(slots_of(templates), variant or ("s" if lang != "en" else ""))
        protect, turns, segs_by_turn = [], [], []
        for t in templates:
            text, segs = render(t, people, protect)
            turns.append(text)
            segs_by_turn.append(segs)
        spans, index = [], {}
        for segs in segs_by_turn:
            for _a, _b, k, text, parts, _sk in segs:
                key = (k, text)
                if key in index:
                    for p in parts:
                        if p not in index[key]["parts"]:
                            index[key]["parts"].append(p)
                else:
                    index[key] = {"kind": k, "text": text, "parts": list(parts)}
                    spans.append(index[key])
        row = {
            "id": rid,
            "lang": lang,
            "style": g["style"],
            "source": "none" if free else g["source"],
            "turns": turns,
            "spans": spans,
            "protect": list(dict.fromkeys(protect)),
        }
        why = check_row(row, segs_by_turn)
        if why is None:
            for t in templates:
                stats["templates"].add(re.sub(r"\{(\w+):[A-Z]", r"{\1:A", t))
            return row
        stats["rejects"][why.split(" %")[0].split(" '")[0]] += 1
    raise RuntimeError("could not build row %s (%s/%s): %s" % (rid, lang, variant, why))


def main():
    plan = []
    for lang, variant, count in (
        ("zh", "s", 180),
        ("zh", "tw", 30),
        ("zh", "hk", 30),
        ("en", "", 100),
        ("mixed", "", 60),
    ):
        n_free = round(count * 0.35)
        plan += [(lang, variant, True)] * n_free + [(lang, variant, False)] * (count - n_free)
    RNG.shuffle(plan)
    stats = {"templates": set(), "rejects": Counter()}
    rows = []
    for i, (lang, variant, free) in enumerate(plan, 1):
        rows.append(build_row(lang, variant, free, "dev13-%04d" % i, stats))
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # ---- summary
    print("wrote %d rows to %s" % (len(rows), os.path.relpath(OUT)))
    by_lang = Counter(r["lang"] for r in rows)
    var = Counter(v for (lang, v, _) in plan if lang == "zh")
    print(
        "rows per lang:",
        dict(by_lang),
        " zh by script/region:",
        {"simplified": var["s"], "traditional-TW": var["tw"], "traditional-HK": var["hk"]},
    )
    free_n = sum(1 for r in rows if r["source"] == "none")
    print("PHI-free rows: %d (%.1f%%)" % (free_n, 100.0 * free_n / len(rows)))
    print("turns per row:", dict(sorted(Counter(len(r["turns"]) for r in rows).items())))
    kinds = Counter()
    kl = defaultdict(Counter)
    for r in rows:
        for s in r["spans"]:
            kinds[s["kind"]] += 1
            kl[r["lang"]][s["kind"]] += 1
    total = sum(kinds.values())
    print(
        "spans per kind:",
        dict(kinds.most_common()),
        " total %d, NAME share %.1f%%" % (total, 100.0 * kinds["NAME"] / total),
    )
    for lang in ("zh", "en", "mixed"):
        print("  spans %-5s:" % lang, dict(kl[lang].most_common()))
    print("styles:", dict(Counter(r["style"] for r in rows).most_common()))
    print("protect strings: %d total" % sum(len(r["protect"]) for r in rows))
    zh_t = sum(1 for g in G if g["lang"] == "zh" for p in g["pools"] for _ in p)

    def norm(t):
        return re.sub(r"\{(\w+):[A-Z]", r"{\1:A", t)

    zh_norm = {norm(t) for g in G if g["lang"] == "zh" for p in g["pools"] for t in p}
    print(
        "distinct templates: zh %d defined (%d used in this draw), all languages %d defined"
        % (zh_t, len(stats["templates"] & zh_norm), sum(len(p) for g in G for p in g["pools"]))
    )
    print("rejected draws:", dict(stats["rejects"].most_common()))


if __name__ == "__main__":
    main()
