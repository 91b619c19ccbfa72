#!/usr/bin/env python3
"""Generator for tests/data/deid_dev15.jsonl -- a labelled de-identification
development set of Chinese / mixed / English clinical conversations.

DATA CARD
=========

Provenance
----------
Written BLIND in round 17 of issue 10 by a helper session started for that
purpose.  The author read only section 7 ("De-identification") of
/work/shared/PROTOCOL.md, which says which identifiers count as PHI (names,
phone numbers, national ID numbers, medical record numbers, e-mail and street
addresses, exact dates of birth in Chinese and English forms).  The author did
NOT read anything under annotation/, bench/, docs/ or tests/ (other than this
file and its output), no README, no git history, and no other deid_* data file
or make_deid_* generator.  The scrubber's rules, regexes, cue lists and word
lists were never seen, so the texts below were written without knowledge of
what the scrubber does or does not catch.  Every template sentence, name list,
surname list, address part and look-alike list in this file was written by
hand for this set.

All people, numbers and addresses are synthetic.  Names are random
combinations of surnames and given names drawn from the lists below; phone
numbers, ID numbers, record numbers and e-mail local parts are random strings
in realistic formats (e-mail domains are real public providers).  Any match
with a real person is coincidental.

Target
------
400 conversations (rows), deterministic (one random.Random(15), stdlib only):
  * language: 260 "zh" (Simplified, plus Traditional rows written in Taiwan /
    Hong Kong style), 80 "mixed" (Chinese/English code-switching, including
    Hong Kong Cantonese-English ward talk), 60 "en" (English text about
    Chinese patients: pinyin, Cantonese romanisation and hanzi names);
  * 140 rows (35 %) are PHI-free; they are look-alike traps whose tricky
    substrings are listed in "protect";
  * in rows with PHI about three spans in four are person NAMEs, the rest are
    PHONE / ID / MRN / EMAIL / ADDRESS / DOB (counts are printed on each run).

Name phenomena covered: full names with and without cue words (患者/家属/医师
or none at all, as sentence subject or object); given names alone
(建华, 子涵); 阿/小/老 + one character (阿珍, 小敏, 老周) and reduplicated
nicknames (婷婷, 豆豆); rare single surnames (仝 厍 靳 禤 覃 冼 佘 邝 缪 粟 蒯
逄 ...) and double surnames (欧阳 司马 上官 诸葛 端木 皇甫 令狐 慕容 ...);
married women written with husband's and own surname (张王秀英); Uyghur /
Kazakh names with the middle dot, Tibetan and Mongolian names; names that are
also ordinary words (高峰 金星 江山 夏雨 白雪 文静 海燕 向阳 春生 国庆 建国
平安 明亮 余辉 程序 马力 石磊 丁香 常青 ...); names in 、-lists, tables
(姓名：), signatures (医师签名：, 记录者：, 审核：), WeChat groups (@name,
speaker labels, 「老李」), hand-overs, consultations, discharge summaries,
telephone follow-ups, consent forms (家属签字：, 关系：), referral letters,
pharmacy notes, Hong Kong / Taiwan notes (陳大文, 黃小姐, 林醫師, 陳生, 陳姑娘),
mixed text (Dr. 刘, 张sir, Kelly 陈); names propagated (full name, then
surname + title, then given name) and several people per conversation; names
glued to medical words without punctuation (患者周德华主诉, 由陈玉兰陪同就诊).

PHI-free look-alikes (listed in "protect"): TCM herbs and formulas (当归 黄芪
白芍 熟地黄 六味地黄丸 逍遥散 ...), eponymous diseases and signs (帕金森病
阿尔茨海默病 川崎病 墨菲征 ...), hospitals / buildings / foundations named
after people (中山医院 逸夫楼 宋庆龄基金会 白求恩医科大学 邵逸夫医院 ...),
drug and brand names (阿莫西林 布洛芬 立普妥 云南白药 同仁堂 马应龙 王老吉
...), departments, job roles without a name (主治医师 护士长 值班医生),
place names (黄石 石家庄 华山 ...), the name-like ordinary words above used
as words (早高峰, 海燕飞过, 病人很文静, 国庆假期), and doses, blood
pressures, lab values, ages, durations, ICD-10 codes and VISIT dates.
Protect strings also appear in rows that contain PHI.

How the texts were made
-----------------------
About 400 conversation templates were written by hand (16 genres; almost
every template is used for exactly one row), each with its own sentence
frames, in-line alternatives and slots.  Slots are filled from the hand-made
lists below: people (with gender, generation and family relations, e.g. a
daughter shares her father's surname), identifiers, addresses, dates, and a
set of coherent clinical "cases" (diagnosis + symptoms + tests + drugs with
doses + labs + department + plausible duration) so that one row does not mix
unrelated clinical facts.  Rows are re-drawn until all checks pass.  Turns:
1 to 4 per conversation (user / assistant alternating; some end on a user
question).

Genres ("style")
----------------
nursing_handover, consultation, discharge_summary, phone_followup,
consent_form, referral_letter, pharmacy_note, wechat_group,
outpatient_dialogue, admission_record, family_message, tcm_clinic,
lab_report, hk_tw_clinic, mixed_ward_talk, en_case_note.

Row format (one JSON object per line, json.dumps(..., ensure_ascii=False))
-------------------------------------------------------------------------
  {"id": "dev15-0001", "lang": "zh"|"en"|"mixed", "style": <genre>,
   "source": short description of where the PHI sits ("none" if PHI-free),
   "turns": [str, ...]            1-4 turns of a conversation,
   "spans": [{"kind": "NAME"|"PHONE"|"ID"|"MRN"|"EMAIL"|"ADDRESS"|"DOB",
              "text": exact substring of a turn,
              "parts": [distinctive parts that must not survive]}, ...],
   "protect": [non-PHI substrings that must stay untouched]}
Spans are listed once per distinct (kind, text) even if the text recurs.

Labelling conventions
---------------------
* NAME: titles and kinship/role words (医生 先生 女士 阿姨 护士长 生 太 sir
  Dr. Mr ...) are outside the span.  Surname + title ("李阿姨", "黃小姐",
  "Dr. 刘", "王生") -> span is the surname alone, parts [surname].  Nicknames
  阿珍 / 小敏 / 老周 / 婷婷 -> span and part are the whole nickname.  Hanzi
  full name -> parts [full name, given name if it has 2+ characters]; for
  张王秀英 also the woman's own name 王秀英.  Dotted names -> the full name
  and each part around the dot; 4-character Tibetan / Mongolian names -> the
  full name and both halves.  Pinyin / Cantonese / English names -> given
  name and surname as written.
* PHONE / ID / MRN -> the number as written (for phones: the subscriber
  number without country code and without a separated area code).
* EMAIL -> the local part.  ADDRESS -> street / estate (小区, 邨, 村) names and
  the building / house number chunk.  DOB -> the date as written.
* Not PHI here: visit / admission / operation dates, ages, bed numbers, ward
  names, hospital names, doctors' roles without a name.  Ages and visit dates
  are usually listed in "protect"; bed numbers are neither labelled nor
  protected.

Checks (asserted before writing)
--------------------------------
* every span text and every protect string occurs in the turns;
* every occurrence of every span text lies at a labelled position, and every
  occurrence of every NAME part (plain substring for hanzi, case-insensitive
  whole-word for Latin) lies inside some span of that row;
* every protect string occurs at least once outside all spans;
* the check digits of all resident IDs (GB 11643; also Taiwan and Hong Kong
  IDs in those rows) are re-verified from the span text;
* ids are unique; language / PHI-free counts hit the target; no template
  markup is left; sentences (>= 14 characters) are not repeated across rows.
"""

import datetime
import json
import os
import random
import re
from collections import Counter, OrderedDict

R = random.Random(15)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "deid_dev15.jsonl")


def W(s):
    return s.split()


def pick(seq):
    return R.choice(seq)


def digits(n, first="0123456789"):
    return R.choice(first) + "".join(R.choice("0123456789") for _ in range(n - 1))


# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------
SUR_PY = dict(
    x.split(":")
    for x in W("""
王:Wang 李:Li 张:Zhang 刘:Liu 陈:Chen 杨:Yang 黄:Huang 赵:Zhao 吴:Wu 周:Zhou
徐:Xu 孙:Sun 马:Ma 朱:Zhu 胡:Hu 郭:Guo 何:He 高:Gao 林:Lin 罗:Luo 郑:Zheng
梁:Liang 谢:Xie 宋:Song 唐:Tang 许:Xu 韩:Han 冯:Feng 邓:Deng 曹:Cao 彭:Peng
曾:Zeng 肖:Xiao 田:Tian 董:Dong 袁:Yuan 潘:Pan 于:Yu 蒋:Jiang 蔡:Cai 余:Yu
杜:Du 叶:Ye 程:Cheng 苏:Su 魏:Wei 吕:Lyu 丁:Ding 任:Ren 沈:Shen 姚:Yao 卢:Lu
姜:Jiang 崔:Cui 钟:Zhong 谭:Tan 陆:Lu 汪:Wang 范:Fan 金:Jin 石:Shi 廖:Liao
贾:Jia 夏:Xia 韦:Wei 付:Fu 方:Fang 白:Bai 邹:Zou 孟:Meng 熊:Xiong 秦:Qin
邱:Qiu 江:Jiang 尹:Yin 薛:Xue 闫:Yan 段:Duan 雷:Lei 侯:Hou 龙:Long 史:Shi
陶:Tao 黎:Li 贺:He 顾:Gu 毛:Mao 郝:Hao 龚:Gong 邵:Shao 万:Wan 钱:Qian 严:Yan
武:Wu 戴:Dai 莫:Mo 孔:Kong 向:Xiang 汤:Tang 常:Chang 温:Wen 康:Kang 施:Shi
文:Wen 牛:Niu 樊:Fan 葛:Ge 邢:Xing 安:An 齐:Qi 易:Yi 乔:Qiao 伍:Wu 庞:Pang
颜:Yan 倪:Ni 庄:Zhuang 聂:Nie 章:Zhang 鲁:Lu 岳:Yue 翟:Zhai 殷:Yin 詹:Zhan
申:Shen 耿:Geng 关:Guan 焦:Jiao 俞:Yu 左:Zuo 柳:Liu 甘:Gan 祝:Zhu 包:Bao
宁:Ning 尚:Shang 舒:Shu 阮:Ruan 柯:Ke 纪:Ji 梅:Mei 童:Tong 凌:Ling 毕:Bi
季:Ji 裴:Pei 霍:Huo 涂:Tu 苗:Miao 盛:Sheng 翁:Weng 冉:Ran 骆:Luo 蓝:Lan
辛:Xin 管:Guan 柴:Chai 鲍:Bao 华:Hua 喻:Yu 祁:Qi 房:Fang 滕:Teng 饶:Rao
艾:Ai 穆:Mu 卓:Zhuo 古:Gu 简:Jian 车:Che 麦:Mai 戚:Qi 岑:Cen 景:Jing
费:Fei 席:Xi 米:Mi 宗:Zong 瞿:Qu 桂:Gui 佟:Tong 臧:Zang 闵:Min 边:Bian
姬:Ji 栾:Luan 商:Shang 荣:Rong 巫:Wu 寇:Kou 桑:Sang 郎:Lang 甄:Zhen 仲:Zhong
虞:Yu 敖:Ao 巩:Gong 池:Chi 苑:Yuan 封:Feng 匡:Kuang 鞠:Ju 荆:Jing 冀:Ji
郁:Yu 胥:Xu 储:Chu 栗:Li 燕:Yan 鄢:Yan 谌:Chen 奚:Xi 蔺:Lin 楼:Lou 闻:Wen
厉:Li 伊:Yi 权:Quan 帅:Shuai 屠:Tu 朴:Piao 廉:Lian 禹:Yu 漆:Qi 卿:Qing
晋:Jin 扈:Hu 晁:Chao 芮:Rui 邸:Di 雍:Yong 辜:Gu 裘:Qiu 邰:Tai 杭:Hang
宿:Su 逯:Lu 茹:Ru 危:Wei 嵇:Ji 湛:Zhan 茅:Mao 揭:Jie
""")
)
COMMON_SUR = list(SUR_PY)
# surnames that ordinary clinical text rarely contains -> preferred for surname+title
TITLE_SUR = W(
    "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 胡 郭 林 罗 郑 梁 宋 唐 韩 冯 邓 曹 彭 肖 田 董 袁 潘 "
    "蒋 蔡 杜 魏 吕 沈 姚 卢 姜 崔 谭 陆 汪 廖 贾 夏 韦 邹 孟 熊 秦 邱 江 尹 薛 闫 侯 陶 黎 贺 "
    "郝 龚 邵 钱 戴 孔 樊 葛 邢 乔 伍 庞 倪 庄 聂 鲁 岳 翟 殷 詹 耿 俞 柳 祝 阮 柯 凌 裴 霍 冼 "
    "覃 邝 佘 缪 靳"
)
RARE_SUR = dict(
    x.split(":")
    for x in W("""
仝:Tong 厍:She 靳:Jin 禤:Xuan 覃:Qin 冼:Xian 佘:She 邝:Kuang 缪:Miao 粟:Su
蒯:Kuai 逄:Pang 乜:Nie 郗:Xi 亓:Qi 昝:Zan 阚:Kan 笪:Da 眭:Sui 隗:Wei 訾:Zi
璩:Qu 暴:Bao 酆:Feng 庹:Tuo 甯:Ning 郦:Li 缑:Gou 闾:Lü
""")
)
DOUBLE_SUR = dict(
    x.split(":")
    for x in W("""
欧阳:Ouyang 司马:Sima 上官:Shangguan 诸葛:Zhuge 端木:Duanmu 皇甫:Huangfu
令狐:Linghu 慕容:Murong 东方:Dongfang 夏侯:Xiahou 公孙:Gongsun 尉迟:Yuchi
长孙:Zhangsun 宇文:Yuwen 司徒:Situ 南宫:Nangong 呼延:Huyan 澹台:Tantai
闻人:Wenren 西门:Ximen
""")
)

G2 = {
    ("m", "o"): W(
        "建国 建华 建军 国庆 国强 国华 国平 志强 志刚 德华 德明 德胜 永强 永福 长富 金山 宝山 春生 "
        "冬生 福生 卫东 卫国 红兵 向东 文斌 玉林 振华 庆丰 富贵 树林 铁柱 根生 有才 跃进 爱国 胜利 "
        "援朝 学军 立新 新民 保国 炳坤 世昌 守仁 茂林 万里 占奎 连生 水根 忠民 春来 秋生 金贵 德福 "
        "双喜 长林 桂林 凤山 洪涛"
    ),
    ("f", "o"): W(
        "秀英 桂英 秀兰 玉兰 桂兰 凤英 淑芬 淑珍 玉珍 秀珍 素芬 美华 桂芳 翠花 金花 淑兰 春梅 冬梅 "
        "红梅 雪梅 玉梅 凤琴 秀芳 彩霞 桂香 素珍 月娥 翠英 菊英 兰英 桂珍 玉凤 秀云 银花 玉芬 招娣 "
        "来娣 巧云 淑贞 慧珍 凤兰 玉华 桂荣 秀荣 淑华"
    ),
    ("m", "a"): W(
        "晓东 晓峰 伟东 志伟 建平 俊峰 文杰 宏伟 海波 宏亮 海涛 立军 振宇 永刚 国栋 明辉 志勇 军辉 "
        "晓军 建锋 卫华 亚东 宏斌 学斌 春雷 剑锋 海鹏 智勇 鹏飞 俊杰 晓明 云飞 志远 少华 明亮 向阳 "
        "红军 利民 东升 新华 庆华 长江 小平 正阳 伟民"
    ),
    ("f", "a"): W(
        "晓梅 丽娜 红霞 文静 雪莲 春燕 晓丽 丽萍 丽华 丽娟 海燕 晓燕 艳红 玉洁 春红 秋菊 慧敏 雅琴 "
        "美玲 晓红 凤霞 丽君 亚楠 晓琳 燕妮 玉婷 晓霞 秀梅 翠萍 素梅 红艳 小娟 建英 永红 卫红 爱华 "
        "丽芳 金凤 彩云 月明"
    ),
    ("m", "y"): W(
        "梓轩 浩然 宇轩 思远 子轩 俊熙 皓轩 沐阳 浩宇 子墨 雨泽 一鸣 天佑 博文 梓豪 奕辰 宇航 嘉豪 "
        "子豪 明轩 铭泽 睿泽 昊天 俊宇 晨阳 子健 景行 宇辰 泽宇 嘉伟 志豪 文博 梓睿 锦程 家乐 平安"
    ),
    ("f", "y"): W(
        "子涵 梓涵 欣怡 雨涵 诗涵 可馨 梦瑶 佳怡 若曦 语桐 梓萱 嘉怡 欣妍 佳琪 思琪 晨曦 芷若 安琪 "
        "雨萱 紫涵 诗琪 艺涵 梦琪 雅琪 心怡 悦然 一涵 思彤 沐晴 依诺 一诺 静怡 雨桐 婉清 书瑶"
    ),
}
G1 = {
    "m": list("磊伟强军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林阳建亮成峰毅锋彬晨坤"),
    "f": list("敏静丽雪婷颖倩洁燕娟玲芳霞红艳萍莉瑶蕾璐琦娜楠琳慧琴梅兰英薇欣悦蓉"),
}
# given names that are also ordinary words (used with a surname)
WORD_GIVEN = [
    ("海燕", "f"),
    ("文静", "f"),
    ("建国", "m"),
    ("国庆", "m"),
    ("春生", "m"),
    ("平安", "m"),
    ("明亮", "m"),
    ("向阳", "m"),
    ("白雪", "f"),
    ("江山", "m"),
    ("夏雨", "f"),
    ("丁香", "f"),
    ("常青", "m"),
    ("金星", "f"),
    ("高峰", "m"),
    ("余辉", "m"),
    ("长江", "m"),
    ("新华", "m"),
]
# two-character full names that read as ordinary words
WORD_FULL = [
    ("高峰", "m"),
    ("金星", "f"),
    ("江山", "m"),
    ("夏雨", "f"),
    ("白雪", "f"),
    ("马力", "m"),
    ("石磊", "m"),
    ("丁香", "f"),
    ("常青", "m"),
    ("余辉", "m"),
    ("程序", "m"),
    ("向阳", "m"),
    ("文静", "f"),
    ("高原", "m"),
    ("田野", "m"),
    ("方圆", "m"),
    ("钟声", "m"),
    ("夏天", "m"),
    ("江涛", "m"),
    ("王朝", "m"),
    ("高山", "m"),
    ("林立", "m"),
    ("金华", "m"),
    ("华山", "m"),
    ("黄山", "m"),
    ("平安", "f"),
    ("明亮", "m"),
    ("海燕", "f"),
    ("白云", "f"),
    ("雷鸣", "m"),
]
# (full, gender, parts-extra) minority / transliterated names
DOTTED = [
    ("阿卜杜拉·买买提", "m"),
    ("古丽米拉·艾力", "f"),
    ("艾尔肯·吐尔逊", "m"),
    ("买买提·依明", "m"),
    ("热依拉·阿不都热合曼", "f"),
    ("努尔古丽·卡德尔", "f"),
    ("迪丽娜尔·吾买尔", "f"),
    ("阿依古丽·托合提", "f"),
    ("帕提古丽·艾山", "f"),
    ("艾克拜尔·库尔班", "m"),
    ("吐尔洪·阿吉", "m"),
    ("米热阿依·麦麦提", "f"),
    ("阿迪力·肉孜", "m"),
    ("祖丽胡玛尔·阿不来提", "f"),
    ("叶尔兰·哈森", "m"),
    ("阿斯哈尔·努尔太", "m"),
    ("玛依拉·加娜尔", "f"),
    ("伊斯拉木·吐尔地", "m"),
    ("阿曼古丽·司马义", "f"),
    ("努尔艾力·亚森", "m"),
    ("再努尔·吐尔逊", "f"),
    ("库尔班江·热合曼", "m"),
]
UNDOTTED = [
    ("扎西顿珠", "m"),
    ("次仁卓玛", "f"),
    ("格桑拉姆", "f"),
    ("丹增尼玛", "m"),
    ("洛桑旺堆", "m"),
    ("达瓦次仁", "m"),
    ("央金拉姆", "f"),
    ("尼玛次仁", "m"),
    ("白玛央宗", "f"),
    ("德吉卓嘎", "f"),
    ("索朗多吉", "m"),
    ("边巴卓玛", "f"),
    ("斯琴高娃", "f"),
    ("巴特尔", "m"),
    ("乌日娜", "f"),
    ("其其格", "f"),
    ("额尔敦巴雅尔", "m"),
    ("苏和", "m"),
    ("那日苏", "m"),
    ("乌兰图雅", "f"),
    ("宝音", "m"),
    ("萨仁高娃", "f"),
    ("朝鲁门", "m"),
    ("吉克阿依", "f"),
]
UNDOTTED_SPLIT = {
    "扎西顿珠": 2,
    "次仁卓玛": 2,
    "格桑拉姆": 2,
    "丹增尼玛": 2,
    "洛桑旺堆": 2,
    "达瓦次仁": 2,
    "央金拉姆": 2,
    "尼玛次仁": 2,
    "白玛央宗": 2,
    "德吉卓嘎": 2,
    "索朗多吉": 2,
    "边巴卓玛": 2,
    "斯琴高娃": 2,
    "乌兰图雅": 2,
    "萨仁高娃": 2,
    "额尔敦巴雅尔": 3,
    "吉克阿依": 2,
}
MIN_GROUP = dict(
    [(n, "uy") for n, _ in DOTTED]
    + [(n, "tb") for n, _ in UNDOTTED[:12]]
    + [(n, "mg") for n, _ in UNDOTTED[12:23]]
    + [("吉克阿依", "yi")]
)
assert set(MIN_GROUP) == {n for n, _ in DOTTED + UNDOTTED}
KOREAN = [
    ("金", "英哲", "m"),
    ("朴", "春花", "f"),
    ("崔", "龙洙", "m"),
    ("李", "顺姬", "f"),
    ("金", "美善", "f"),
    ("朴", "成浩", "m"),
    ("郑", "贤淑", "f"),
    ("玄", "哲洙", "m"),
]

PY_CHARS = dict(
    x.split(":")
    for x in W("""
建:jian 国:guo 华:hua 军:jun 庆:qing 强:qiang 平:ping 志:zhi 刚:gang 德:de 明:ming
胜:sheng 永:yong 福:fu 长:chang 富:fu 金:jin 山:shan 宝:bao 春:chun 生:sheng 冬:dong
卫:wei 东:dong 红:hong 兵:bing 向:xiang 文:wen 斌:bin 玉:yu 林:lin 振:zhen 丰:feng
贵:gui 树:shu 铁:tie 柱:zhu 根:gen 有:you 才:cai 跃:yue 进:jin 爱:ai 利:li 援:yuan
朝:chao 学:xue 立:li 新:xin 民:min 保:bao 炳:bing 坤:kun 世:shi 昌:chang 守:shou
仁:ren 茂:mao 万:wan 里:li 占:zhan 奎:kui 连:lian 水:shui 忠:zhong 来:lai 秋:qiu
双:shuang 喜:xi 桂:gui 凤:feng 洪:hong 涛:tao 秀:xiu 英:ying 兰:lan 淑:shu 芬:fen
珍:zhen 素:su 美:mei 芳:fang 翠:cui 花:hua 梅:mei 雪:xue 琴:qin 彩:cai 霞:xia
香:xiang 月:yue 娥:e 菊:ju 云:yun 银:yin 招:zhao 娣:di 巧:qiao 贞:zhen 慧:hui
荣:rong 晓:xiao 峰:feng 伟:wei 俊:jun 杰:jie 宏:hong 海:hai 波:bo 亮:liang 栋:dong
辉:hui 勇:yong 锋:feng 亚:ya 雷:lei 剑:jian 鹏:peng 智:zhi 飞:fei 远:yuan 少:shao
阳:yang 升:sheng 江:jiang 小:xiao 正:zheng 丽:li 娜:na 静:jing 莲:lian 燕:yan 萍:ping
娟:juan 艳:yan 洁:jie 敏:min 雅:ya 玲:ling 君:jun 楠:nan 琳:lin 妮:ni 婷:ting
梓:zi 轩:xuan 浩:hao 然:ran 宇:yu 思:si 子:zi 熙:xi 皓:hao 沐:mu 墨:mo 雨:yu
泽:ze 一:yi 鸣:ming 天:tian 佑:you 博:bo 豪:hao 奕:yi 辰:chen 航:hang 嘉:jia
铭:ming 睿:rui 昊:hao 晨:chen 健:jian 景:jing 行:xing 家:jia 乐:le 锦:jin 程:cheng
安:an 涵:han 欣:xin 怡:yi 诗:shi 可:ke 馨:xin 梦:meng 瑶:yao 佳:jia 若:ruo 曦:xi
语:yu 桐:tong 萱:xuan 妍:yan 琪:qi 芷:zhi 紫:zi 艺:yi 心:xin 悦:yue 彤:tong 晴:qing
依:yi 诺:nuo 婉:wan 清:qing 书:shu 磊:lei 超:chao 鑫:xin 凯:kai 帆:fan 旭:xu 宁:ning
龙:long 成:cheng 毅:yi 彬:bin 颖:ying 倩:qian 莉:li 蕾:lei 璐:lu 琦:qi 薇:wei 蓉:rong
白:bai 夏:xia 丁:ding 常:chang 青:qing 星:xing 高:gao 余:yu
""")
)


def given_py(g):
    out = ""
    for i, ch in enumerate(g):
        syl = PY_CHARS[ch]
        if i and syl[0] in "aeo":
            out += "'"
        out += syl
    return out[0].upper() + out[1:]


for _pool in list(G2.values()) + [G1["m"], G1["f"], [g for g, _ in WORD_GIVEN]]:
    for _g in _pool:
        for _c in _g:
            assert _c in PY_CHARS, ("pinyin missing", _c, _g)

# Traditional-script (Taiwan) names
TW_SUR = W(
    "陳 林 黃 張 李 王 吳 劉 蔡 楊 許 鄭 謝 郭 洪 曾 邱 廖 賴 周 葉 蘇 莊 呂 江 何 蕭 羅 高 潘 簡 朱 鍾 "
    "游 彭 詹 胡 施 沈 余 盧 梁 趙 顏 柯 翁 魏 孫 戴 范 宋 鄧 杜 傅 侯 曹 薛 卓 阮 馬 董 唐 藍 蔣 紀 "
    "姚 連 馮 歐陽"
)
TW_GIVEN = {
    "m": W(
        "志明 家豪 俊傑 宗翰 建宏 冠宇 柏翰 承恩 文雄 國華 俊宏 志偉 明哲 冠廷 宇軒 振榮 清水 金龍 "
        "正雄 榮華 文彬 信宏 哲瑋 彥廷 建志 坤山 阿土 永福"
    ),
    "f": W(
        "淑芬 雅婷 怡君 美玲 麗華 佩珊 詩涵 欣怡 淑惠 秀蘭 惠君 玉珍 嘉玲 宜蓁 品妤 靜宜 雅雯 美惠 "
        "秀琴 麗卿 怡婷 郁雯 宛真 家瑜 碧霞 月桂"
    ),
}
HK_SUR = dict(
    x.split(":")
    for x in W("""
陳:Chan 黃:Wong 李:Lee 張:Cheung 林:Lam 劉:Lau 吳:Ng 梁:Leung 何:Ho 郭:Kwok 鄭:Cheng
馮:Fung 麥:Mak 曾:Tsang 蔡:Choi 鄧:Tang 謝:Tse 葉:Yip 周:Chow 余:Yu 莫:Mok 譚:Tam
盧:Lo 袁:Yuen 區:Au 冼:Sin 鍾:Chung 楊:Yeung 羅:Law 關:Kwan 岑:Shum 植:Chik
""")
)
HK_GIVEN = {
    "m": dict(
        x.split(":")
        for x in W(
            "大文:Tai-man 家明:Ka-ming 偉強:Wai-keung 志強:Chi-keung "
            "國榮:Kwok-wing 卓賢:Cheuk-yin 俊傑:Chun-kit 錦輝:Kam-fai "
            "永康:Wing-hong 振邦:Chun-bong 子謙:Tsz-him 浩賢:Ho-yin 德華:Tak-wah "
            "志明:Chi-ming 健雄:Kin-hung 兆基:Siu-kei"
        )
    ),
    "f": dict(
        x.split(":")
        for x in W(
            "嘉欣:Ka-yan 詠詩:Wing-sze 美儀:Mei-yee 慧敏:Wai-man "
            "少芬:Siu-fun 秀英:Sau-ying 麗珍:Lai-chun 淑儀:Suk-yee 寶珠:Po-chu "
            "婉婷:Yuen-ting 凱琳:Hoi-lam 樂怡:Lok-yi 佩儀:Pui-yee 玉蓮:Yuk-lin "
            "愛玲:Oi-ling 月娥:Yuet-ngo"
        )
    ),
}
EN_GIVEN = {
    "m": W(
        "Tony Jason Eric Kevin Peter Alan Ken Raymond Vincent Calvin Dennis Frankie Leo Sam Terry "
        "Derek Wilson Gary Johnny Patrick"
    ),
    "f": W(
        "Kelly Vivian Cindy Amy Jenny Winnie Coco Joyce Karen Cherry Irene Fiona Mandy Queenie "
        "Sharon Tracy Yvonne Ada Carmen Stella"
    ),
}
NICK_ONLY = {
    "A": [
        ("阿珍", "f"),
        ("阿强", "m"),
        ("阿明", "m"),
        ("阿芳", "f"),
        ("阿娟", "f"),
        ("阿伟", "m"),
        ("阿红", "f"),
        ("阿辉", "m"),
        ("阿玲", "f"),
        ("阿杰", "m"),
        ("阿彬", "m"),
        ("阿霞", "f"),
        ("阿梅", "f"),
        ("阿兰", "f"),
        ("阿勇", "m"),
        ("阿坤", "m"),
        ("阿萍", "f"),
        ("阿菊", "f"),
        ("阿龙", "m"),
        ("阿秀", "f"),
    ],
    "X": [
        ("小敏", "f"),
        ("小军", "m"),
        ("小雨", "f"),
        ("小丽", "f"),
        ("小燕", "f"),
        ("小杰", "m"),
        ("小芳", "f"),
        ("小龙", "m"),
        ("小梅", "f"),
        ("小静", "f"),
        ("小宇", "m"),
        ("小红", "f"),
        ("小刚", "m"),
        ("小慧", "f"),
        ("小涛", "m"),
        ("小娟", "f"),
        ("小峰", "m"),
    ],
    "D": [
        ("婷婷", "f"),
        ("乐乐", "m"),
        ("豆豆", "m"),
        ("佳佳", "f"),
        ("丹丹", "f"),
        ("莉莉", "f"),
        ("明明", "m"),
        ("欢欢", "f"),
        ("萌萌", "f"),
        ("甜甜", "f"),
        ("笑笑", "f"),
        ("贝贝", "f"),
        ("晶晶", "f"),
        ("芳芳", "f"),
        ("亮亮", "m"),
        ("涛涛", "m"),
        ("冬冬", "m"),
        ("洋洋", "m"),
        ("果果", "f"),
        ("朵朵", "f"),
        ("壮壮", "m"),
        ("妞妞", "f"),
    ],
}
NICK_TRAD = {
    "A": [
        ("阿珍", "f"),
        ("阿明", "m"),
        ("阿強", "m"),
        ("阿芬", "f"),
        ("阿娟", "f"),
        ("阿華", "m"),
        ("阿偉", "m"),
        ("阿玲", "f"),
        ("阿輝", "m"),
        ("阿美", "f"),
        ("阿雄", "m"),
        ("阿嬌", "f"),
    ],
    "X": [("小敏", "f"), ("小華", "m"), ("小玲", "f"), ("小龍", "m"), ("小芬", "f")],
    "D": [("婷婷", "f"), ("樂樂", "m"), ("豆豆", "m"), ("晴晴", "f"), ("凱凱", "m"), ("欣欣", "f")],
}


# ---------------------------------------------------------------------------
# Numbers, IDs, record numbers, e-mails, addresses, dates
# ---------------------------------------------------------------------------
MOB_PREFIX = W(
    "130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158 159 166 173 175 "
    "176 177 178 180 181 182 183 184 185 186 187 188 189 191 198 199"
)
AREA8 = W(
    "010 021 020 022 023 024 025 027 028 029 0755 0571 0731 0531 0591 0371 0871 0311 0351 0451 "
    "0431 0551 0791 0851 0771 0898 0512 0574 0532 0592"
)
AREA7 = W("0412 0716 0739 0376 0728 0566 0797 0917 0395 0719 0746 0834")


def phone(kind):
    """returns (text, core) where core is the subscriber number as written"""
    r = R.random()
    if kind == "mob":
        num = pick(MOB_PREFIX) + digits(8)
        if r < 0.5:
            core = num
        elif r < 0.68:
            core = "%s-%s-%s" % (num[:3], num[3:7], num[7:])
        elif r < 0.84:
            core = "%s %s %s" % (num[:3], num[3:7], num[7:])
        else:
            core = pick([num, "%s %s %s" % (num[:3], num[3:7], num[7:])])
            return pick(["+86 ", "+86-", "(+86)", "86-"]) + core, core
        return core, core
    if kind == "land":
        if R.random() < 0.75:
            area, local = pick(AREA8), digits(8, "2345678")
        else:
            area, local = pick(AREA7), digits(7, "2345678")
        if r < 0.45:
            return "%s-%s" % (area, local), local
        if r < 0.6:
            return "(%s)%s" % (area, local), local
        if r < 0.75:
            core = "%s %s" % (local[:-4], local[-4:])
            return "%s %s" % (area, core), core
        if r < 0.88:
            core = "%s-%s" % (local[:-4], local[-4:])
            return "%s-%s" % (area, core), core
        return area + local, area + local
    if kind == "hk":
        num = digits(8, "235692")
        core = pick([num, num[:4] + " " + num[4:], num[:4] + "-" + num[4:]])
        if r < 0.4:
            return pick(["+852 ", "(852) ", "852-", "+852-"]) + core, core
        return core, core
    if kind in ("tw", "twm"):
        if r < 0.6 or kind == "twm":
            r = min(r, 0.59)
            num = "09" + digits(8)
            if r < 0.15:
                core = "%s %s %s" % (num[1:4], num[4:7], num[7:])
                return "+886 " + core, core
            core = pick([num, "%s-%s-%s" % (num[:4], num[4:7], num[7:]), "%s-%s" % (num[:4], num[4:])])
            return core, core
        area = pick(["02", "03", "04", "05", "06", "07", "037", "049"])
        local = digits(8 if area == "02" else 7, "2345678")
        core = "%s-%s" % (local[:-4], local[-4:])
        return pick(["(%s) %s", "(%s)%s", "%s-%s"]) % (area, core), core
    raise ValueError(kind)


GB_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def gb_check(first17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, GB_W)) % 11]


def gb_valid(text):
    s = text.replace(" ", "").replace("-", "").upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    try:
        datetime.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return gb_check(s[:17]) == s[17]


ID_AREAS = W(
    "110105 110108 310104 310115 440106 440304 330106 320102 510107 420106 370102 610113 430104 "
    "210102 500103 350203 450103 650102 540102 150102 130102 410105 340104 360102 520102 530102 "
    "620102 640104 630104 460105 220104 230103 140105 120104 441900 445102 441302 420502 421002 "
    "431002 362101 340822 411524 430523 513701 522427 320311 371721"
)


def gb_id(birth, gender):
    y, m, d = birth
    seq = digits(2) + R.choice("13579" if gender == "m" else "02468" if gender == "f" else "0123456789")
    body = pick(ID_AREAS) + "%04d%02d%02d" % (y, m, d) + seq
    full = body + gb_check(body)
    r = R.random()
    if r < 0.62:
        text = full
    elif r < 0.84:
        text = "%s %s %s" % (full[:6], full[6:14], full[14:])
    elif r < 0.94:
        text = "%s %s %s %s" % (full[:6], full[6:10], full[10:14], full[14:])
    else:
        text = full[:-1] + full[-1].lower()
    assert gb_valid(text)
    return text


TW_LET = {
    "A": 10,
    "B": 11,
    "C": 12,
    "D": 13,
    "E": 14,
    "F": 15,
    "G": 16,
    "H": 17,
    "I": 34,
    "J": 18,
    "K": 19,
    "L": 20,
    "M": 21,
    "N": 22,
    "O": 35,
    "P": 23,
    "Q": 24,
    "R": 25,
    "S": 26,
    "T": 27,
    "U": 28,
    "V": 29,
    "W": 32,
    "X": 30,
    "Y": 31,
    "Z": 33,
}


def tw_sum(s9):
    n = TW_LET[s9[0]]
    return n // 10 + (n % 10) * 9 + sum(int(c) * w for c, w in zip(s9[1:], [8, 7, 6, 5, 4, 3, 2, 1]))


def tw_valid(text):
    s = text.strip().upper()
    return bool(re.fullmatch(r"[A-Z][12]\d{8}", s)) and (tw_sum(s[:9]) + int(s[9])) % 10 == 0


def tw_id(gender):
    s9 = pick("ABCDEFHKLMNPQTUV") + ("1" if gender == "m" else "2") + digits(7)
    return s9 + str((10 - tw_sum(s9) % 10) % 10)


def hk_checkdigit(letters, six):
    vals = ([36] if len(letters) == 1 else []) + [ord(c) - 55 for c in letters] + [int(c) for c in six]
    c = (11 - sum(v * w for v, w in zip(vals, [9, 8, 7, 6, 5, 4, 3, 2])) % 11) % 11
    return "A" if c == 10 else str(c)


def hk_valid(text):
    m = re.fullmatch(r"([A-Z]{1,2})(\d{6})\s?\(?([0-9A])\)?", text.strip())
    return bool(m) and hk_checkdigit(m.group(1), m.group(2)) == m.group(3)


def hk_id():
    letters, six = pick("ACDEGHKPRVYZ"), digits(6)
    c = hk_checkdigit(letters, six)
    return pick(["%s%s(%s)", "%s%s(%s)", "%s%s%s"]) % (letters, six, c)


MRN_ZH = ["住院号", "病案号", "ID号", "登记号", "病历号", "住院登记号", "患者ID", "病案首页号", "住院流水号"]
MRN_ZH_OUT = ["门诊号", "就诊卡号", "ID号", "登记号", "门诊病历号", "患者ID", "急诊号"]
MRN_TW = ["病歷號", "病歷號碼", "住院號", "掛號證號", "病歷編號"]
MRN_HK = ["Hospital No.", "HN", "病歷號", "MRN", "Case No."]
MRN_EN = ["MRN", "Hospital No.", "Inpatient No.", "Record No.", "Patient ID", "Chart No.", "Outpatient No.", "Case No."]


def mrn_value(label):
    r = R.random()
    if label in ("住院号", "住院登记号", "住院流水号", "住院號", "Inpatient No."):
        return pick([digits(7), "00" + digits(5), "ZY" + digits(8), "2024" + digits(6), digits(6), "Z" + digits(7)])
    if label in ("门诊号", "门诊病历号", "Outpatient No."):
        return pick([digits(10), "MZ" + digits(8), digits(9), "0" + digits(9)])
    if label in ("病案号", "病案首页号", "Record No."):
        return pick([digits(6), digits(7), "BA" + digits(6), "0" + digits(6)])
    if label == "就诊卡号":
        x = digits(16) if r < 0.5 else digits(12)
        return pick([x, " ".join(x[i : i + 4] for i in range(0, len(x), 4))])
    if label in ("影像号", "检查号"):
        return pick(["CT" + digits(8), "MR" + digits(7), "X" + digits(2) + "-" + digits(5), digits(9)])
    if label == "病理号":
        return pick(
            [
                "P%d-%s" % (R.choice([2023, 2024, 2025]), digits(5)),
                "S" + digits(2) + "-" + digits(5),
                digits(2) + "B" + digits(5),
            ]
        )
    if label == "健康档案号":
        return pick(ID_AREAS) + digits(11)
    if label == "急诊号":
        return pick(["JZ" + digits(8), digits(10)])
    if label in ("HN", "Hospital No."):
        return "HN" + digits(8)
    if label in ("病歷號", "病歷號碼", "病歷編號", "Chart No.", "掛號證號"):
        return pick([digits(7), digits(8), "0" + digits(7), "A" + digits(7)])
    if label == "Case No.":
        return pick(["HN" + digits(8), digits(2) + "-" + digits(6)])
    return pick([digits(7), digits(8), digits(9), "10" + digits(6), "P" + digits(8), "0000" + digits(6)])


def mrn_label(script, lang, outpatient=False):
    if lang == "en":
        return pick(MRN_EN)
    if outpatient and script == "s":
        return pick(MRN_ZH_OUT)
    if script == "tw":
        return pick(MRN_TW)
    if script == "hk":
        return pick(MRN_HK)
    return pick(MRN_ZH)


EMAIL_DOM = {
    "s": W("163.com qq.com 126.com sina.com foxmail.com 139.com yeah.net sohu.com aliyun.com 163.com qq.com"),
    "tw": W("gmail.com yahoo.com.tw hotmail.com hinet.net msa.hinet.net"),
    "hk": W("netvigator.com gmail.com yahoo.com.hk hotmail.com"),
    "en": W("gmail.com outlook.com hotmail.com 163.com qq.com 126.com"),
}
EMAIL_GENERIC = W(
    "sunshine_2008 happyfamily88 xiaoyu0917 momo_lin tiantian521 lucky.star77 bluesky_1990 "
    "cat_lover23 grace2016 yyds_2020 applepie99 qingfeng_xu mumu1203 doudou_mama coffee.tea "
    "dalian_kid hz_runner summer0606 littlebear86 wind_chaser"
)

# Mainland address pieces
CITY = [
    ("广东省", "广州市", W("天河区 越秀区 海珠区 白云区")),
    ("广东省", "深圳市", W("南山区 福田区 龙岗区 宝安区")),
    ("浙江省", "杭州市", W("西湖区 拱墅区 滨江区 萧山区")),
    ("江苏省", "南京市", W("鼓楼区 玄武区 江宁区 秦淮区")),
    ("江苏省", "苏州市", W("姑苏区 吴中区 相城区")),
    ("四川省", "成都市", W("武侯区 锦江区 成华区 金牛区")),
    ("湖北省", "武汉市", W("洪山区 武昌区 江岸区 汉阳区")),
    ("山东省", "济南市", W("历下区 市中区 槐荫区")),
    ("山东省", "青岛市", W("市南区 崂山区 城阳区")),
    ("河南省", "郑州市", W("金水区 二七区 中原区")),
    ("湖南省", "长沙市", W("岳麓区 天心区 开福区 雨花区")),
    ("福建省", "厦门市", W("思明区 湖里区 集美区")),
    ("福建省", "福州市", W("鼓楼区 台江区 仓山区")),
    ("辽宁省", "沈阳市", W("和平区 沈河区 皇姑区")),
    ("陕西省", "西安市", W("雁塔区 碑林区 未央区")),
    ("", "上海市", W("徐汇区 浦东新区 静安区 闵行区 杨浦区")),
    ("", "北京市", W("朝阳区 海淀区 丰台区 西城区 昌平区")),
    ("", "重庆市", W("渝北区 江北区 沙坪坝区 南岸区")),
    ("", "天津市", W("南开区 河西区 和平区")),
    ("河北省", "石家庄市", W("长安区 桥西区 裕华区")),
    ("安徽省", "合肥市", W("蜀山区 包河区 庐阳区")),
    ("云南省", "昆明市", W("五华区 盘龙区 官渡区")),
    ("广西壮族自治区", "南宁市", W("青秀区 兴宁区 西乡塘区")),
    ("新疆维吾尔自治区", "乌鲁木齐市", W("天山区 沙依巴克区 新市区")),
    ("黑龙江省", "哈尔滨市", W("南岗区 道里区 香坊区")),
    ("江西省", "南昌市", W("东湖区 青山湖区 红谷滩区")),
    ("贵州省", "贵阳市", W("云岩区 南明区 观山湖区")),
    ("山西省", "太原市", W("小店区 迎泽区 杏花岭区")),
]
ROADS = W(
    "漕溪北路 文三路 建设大道 人民南路 解放西路 长江路 育才路 幸福路 光明街 胜利路 东风路 青年路 朝阳北路 "
    "学院路 府前街 滨江路 友谊路 五一路 八一路 天河北路 科技园路 东湖路 望江路 金牛大道 湖滨路 中山北路 "
    "和平路 建国路 桂花街 南京西路 延安东路 红旗路 工农路 劳动路 园林路 枫林路 丰收路 公园路 振兴街 "
    "兴业路 学府路 银杏路 梧桐街 石榴巷 柳荫街 团结路 民主路 环城西路 花园路 新华路 解放路"
)
XQ = W(
    "翠苑一区 阳光花园 金色家园 碧桂园 万科城 锦绣江南 幸福里小区 紫荆苑 桂花园 枫林绿洲 丽景湾 华侨新村 "
    "和平新村 曙光小区 香樟园 天鹅湾 康乐新村 鑫苑名家 融创玖园 绿地世纪城 保利花园 金桥花园 中海国际社区 "
    "世纪花园 书香门第 怡景苑 水岸星城 南湖新村 东方明珠花园 富力城 恒大绿洲 南苑小区 建材小区 电力新村 "
    "铁路新村 纺织厂宿舍 师大家属院 油田基地二区"
)
XQ_BJ = W("望京西园四区 团结湖北里 方庄芳城园一区 天通苑东三区 回龙观龙泽苑 万寿路甲15号院 八里庄北里")
COUNTY = [
    ("湖南省", "邵阳县", "塘渡口镇"),
    ("河南省", "固始县", "陈集镇"),
    ("四川省", "南部县", "大桥镇"),
    ("安徽省", "寿县", "炎刘镇"),
    ("江西省", "于都县", "罗坳镇"),
    ("广西壮族自治区", "博白县", "龙潭镇"),
    ("山东省", "曹县", "青堌集镇"),
    ("河北省", "定州市", "清风店镇"),
    ("湖北省", "监利市", "朱河镇"),
    ("甘肃省", "会宁县", "河畔镇"),
    ("贵州省", "威宁县", "草海镇"),
    ("云南省", "镇雄县", "坡头镇"),
    ("福建省", "安溪县", "龙门镇"),
    ("广东省", "揭西县", "棉湖镇"),
    ("江苏省", "沭阳县", "胡集镇"),
    ("陕西省", "蒲城县", "椿林镇"),
    ("", "重庆市开州区", "白鹤街道"),
]
VILLAGE = W(
    "石桥村 王家坝村 上河村 柳树湾村 杨柳村 大坪村 红星村 高坎村 马家堡村 下塘村 东林村 黄泥村 桃园村 "
    "三合村 新联村 五里牌村 青山村 龙泉村 沙河村 长岭村 凤凰村 双河村 白果村 杏花村"
)
CN_NUM = "〇一二三四五六七八九"


def cn_small(n):
    if n <= 10:
        return "十" if n == 10 else CN_NUM[n]
    if n < 20:
        return "十" + CN_NUM[n - 10]
    return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")


def addr_cn(kind=None):
    prov, city, dists = pick(CITY)
    dist = pick(dists)
    head = (prov if R.random() < 0.6 else "") + city + dist
    if R.random() < 0.25:
        head = city + dist if R.random() < 0.5 else dist
    kind = kind or pick(["road_xq", "road_xq", "xq", "lane", "beijing", "short", "village", "village", "road"])
    if kind == "village":
        p, county, town = pick(COUNTY)
        vil = pick(VILLAGE)
        grp = pick(
            [
                cn_small(R.randint(1, 12)) + "组",
                str(R.randint(1, 12)) + "组",
                str(R.randint(1, 9)) + "组" + str(R.randint(1, 60)) + "号",
                cn_small(R.randint(1, 9)) + "组" + str(R.randint(1, 60)) + "号",
            ]
        )
        text = (p if R.random() < 0.7 else "") + county + town + vil + grp
        return text, [vil, grp]
    road, xq = pick(ROADS), pick(XQ)
    n, b, u, rm = R.randint(1, 999), R.randint(1, 36), R.randint(1, 6), R.randint(1, 33) * 100 + R.randint(1, 6)
    if kind == "road_xq":
        chunk = pick(
            [
                "%d栋%d单元%d室" % (b, u, rm),
                "%d幢%d单元%d" % (b, u, rm),
                "%d号楼%d单元%d室" % (b, u, rm),
                "%d栋%d" % (b, rm),
            ]
        )
        return "%s%s%d号%s%s" % (head, road, n, xq, chunk), [road, xq, chunk]
    if kind == "xq":
        chunk = pick(
            [
                "%d栋%d单元%d室" % (b, u, rm),
                "%d号楼%d单元%d" % (b, u, rm),
                "%d-%d-%d" % (b, u, rm),
                "%d栋%d室" % (b, rm),
            ]
        )
        return head + xq + chunk, [xq, chunk]
    if kind == "lane":
        chunk = "%d弄%d号%d室" % (n, b, rm)
        return "%s%s%s" % (pick(["上海市", ""]) + pick(["徐汇区", "静安区", "杨浦区", "长宁区"]), road, chunk), [
            road,
            chunk,
        ]
    if kind == "beijing":
        chunk = "%d号楼%d门%d" % (R.randint(100, 520), u, rm)
        xq = pick(XQ_BJ)
        return pick(["北京市", ""]) + pick(["朝阳区", "海淀区", "丰台区", "昌平区"]) + xq + chunk, [xq, chunk]
    if kind == "short":
        chunk = "%d-%d-%d" % (b, u, rm)
        return xq + chunk, [xq, chunk]
    chunk = "%d号" % n
    return head + road + chunk + pick(["", "附%d号" % R.randint(1, 9)]), [road, road + chunk]


TW_CITY = [
    ("台北市", W("大安區 信義區 中山區 士林區")),
    ("新北市", W("板橋區 新莊區 中和區 三重區")),
    ("台中市", W("西屯區 北區 南屯區")),
    ("高雄市", W("苓雅區 左營區 三民區")),
    ("台南市", W("東區 永康區")),
    ("桃園市", W("中壢區 桃園區")),
]
TW_ROAD = W(
    "復興南路一段 文化路二段 台灣大道三段 中正路 民生東路五段 忠孝東路四段 中華路一段 博愛二路 建國北路二段 "
    "三民路 和平東路二段 自由路 光復路 林森北路"
)
HK_ADDR = [
    ("旺角", "亞皆老街"),
    ("北角", "英皇道"),
    ("觀塘", "秀茂坪邨"),
    ("屯門", "大興邨"),
    ("沙田", "沙田第一城"),
    ("將軍澳", "尚德邨"),
    ("香港仔", "華富邨"),
    ("深水埗", "長沙灣道"),
    ("荃灣", "沙咀道"),
    ("元朗", "天水圍天瑞邨"),
]


def addr_tw():
    city, dists = pick(TW_CITY)
    road = pick(TW_ROAD)
    chunk = pick(
        [
            "%d巷%d號%d樓" % (R.randint(1, 300), R.randint(1, 60), R.randint(2, 15)),
            "%d號%d樓之%d" % (R.randint(1, 400), R.randint(2, 20), R.randint(1, 5)),
            "%d號%d樓" % (R.randint(1, 400), R.randint(2, 20)),
        ]
    )
    return city + pick(dists) + road + chunk, [road, chunk]


def addr_hk():
    area, place = pick(HK_ADDR)
    if place.endswith("邨"):
        chunk = "%s樓%d樓%d室" % (
            pick(W("秀明 興昌 尚禮 華昌 天瑞 安泰 福田")),
            R.randint(2, 30),
            R.randint(1, 30) * 100 // 100 * 100 + R.randint(1, 20),
        )
    elif place == "沙田第一城":
        chunk = "%d座%d樓%s室" % (R.randint(1, 52), R.randint(2, 32), pick("ABCDEFGH"))
    else:
        chunk = "%d號%d樓%s室" % (R.randint(1, 600), R.randint(2, 30), pick("ABCDEF"))
    reg = {
        "旺角": "九龍",
        "北角": "香港",
        "觀塘": "九龍",
        "屯門": "新界",
        "沙田": "新界",
        "將軍澳": "新界",
        "香港仔": "香港",
        "深水埗": "九龍",
        "荃灣": "新界",
        "元朗": "新界",
    }[area]
    return pick([reg, ""]) + area + place + chunk, [place, chunk]


EN_ADDR = [
    ("Hangzhou", "Xihu District", "Wensan Road", "Cuiyuan Community"),
    ("Shanghai", "Xuhui District", "Caoxi North Road", "Huaqiao New Village"),
    ("Chengdu", "Wuhou District", "Renmin South Road", "Jinxiu Garden"),
    ("Guangzhou", "Tianhe District", "Tianhe North Road", "Yangguang Garden"),
    ("Wuhan", "Hongshan District", "Luoyu Road", "Guihua Yuan"),
    ("Nanjing", "Gulou District", "Zhongshan North Road", "Zijing Garden"),
    ("Changsha", "Yuelu District", "Lushan Road", "Xiangzhang Yuan"),
    ("Shenzhen", "Nanshan District", "Keyuan Road", "Haian Cheng"),
    ("Xiamen", "Siming District", "Hubin South Road", "Tianehu Residence"),
    ("Beijing", "Chaoyang District", "Wangjing West Road", "Wangjing Xiyuan Sanqu"),
]


def addr_en():
    city, dist, road, xq = pick(EN_ADDR)
    b, u, rm, n = R.randint(1, 30), R.randint(1, 6), R.randint(2, 30) * 100 + R.randint(1, 6), R.randint(1, 600)
    if R.random() < 0.5:
        text = "Room %d, Unit %d, Building %d, %s, %d %s, %s, %s" % (rm, u, b, xq, n, road, dist, city)
        return text, [xq, road, "Room %d" % rm, "Building %d" % b]
    text = "%d %s, %s Bldg %d-%d-%d, %s, %s" % (n, road, xq, b, u, rm, dist, city)
    return text, [road, xq, "%d-%d-%d" % (b, u, rm)]


def addr_hk_en():
    blk, fl, flat = R.randint(1, 52), R.randint(2, 32), pick("ABCDEFGH")
    est = pick(["City One Shatin", "Wah Fu Estate", "Tai Hing Estate", "Sau Mau Ping Estate", "Taikoo Shing"])
    text = "Flat %s, %d/F, Block %d, %s" % (flat, fl, blk, est)
    return text, [est, "Flat %s, %d/F, Block %d" % (flat, fl, blk)]


MONTHS = W("January February March April May June July August September October November December")


def fmt_date(y, m, d, style):
    if style == "zh":
        return "%d年%d月%d日" % (y, m, d)
    if style == "zh0":
        return "%d年%02d月%02d日" % (y, m, d)
    if style == "zhhao":
        return "%d年%d月%d号" % (y, m, d)
    if style == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if style == "dot":
        return "%d.%02d.%02d" % (y, m, d)
    if style == "dot1":
        return "%d.%d.%d" % (y, m, d)
    if style == "slash":
        return "%d/%d/%d" % (y, m, d)
    if style == "slash0":
        return "%d/%02d/%02d" % (y, m, d)
    if style == "compact":
        return "%d%02d%02d" % (y, m, d)
    if style == "cn":
        return "".join(CN_NUM[int(c)] for c in str(y)) + "年" + cn_small(m) + "月" + cn_small(d) + "日"
    if style == "dmy":
        return "%02d/%02d/%d" % (d, m, y)
    if style == "dmy1":
        return "%d/%d/%d" % (d, m, y)
    if style == "dmyd":
        return "%02d-%02d-%d" % (d, m, y)
    if style == "dMy":
        return "%d %s %d" % (d, MONTHS[m - 1], y)
    if style == "Mdy":
        return "%s %d, %d" % (MONTHS[m - 1], d, y)
    if style == "dMony":
        return "%02d-%s-%d" % (d, MONTHS[m - 1][:3], y)
    if style == "roc":
        return "民國%d年%d月%d日" % (y - 1911, m, d)
    if style == "roc2":
        return "%d年%d月%d日" % (y - 1911, m, d)
    if style == "rocs":
        return "%d/%02d/%02d" % (y - 1911, m, d)
    if style == "md":
        return "%d月%d日" % (m, d)
    if style == "Md":
        return "%s %d" % (MONTHS[m - 1], d)
    if style == "ym":
        return "%d年%d月" % (y, m)
    raise ValueError(style)


def dob_parts(birth, variant, value_only):
    """returns (prefix, value, suffix)"""
    y, m, d = birth
    if variant == "en":
        v = fmt_date(y, m, d, pick(["dmy", "dMy", "Mdy", "iso", "dMony", "dmy1"]))
        if value_only:
            return "", v, ""
        return pick(["DOB: ", "DOB ", "born ", "date of birth ", "born on ", "D.O.B. ", "(DOB ", "birth date "]), v, ""
    if variant == "tw":
        st = pick(["roc", "roc", "rocs", "slash0", "zh"])
        v = fmt_date(y, m, d, st)
        if value_only:
            return "", v, ""
        return pick([("出生日期：", ""), ("生日：", ""), ("出生年月日：", ""), ("", "生")])[0], v, ""
    if variant == "hk":
        v = fmt_date(y, m, d, pick(["dmy", "dmy", "zh", "dmyd"]))
        if value_only:
            return "", v, ""
        return pick(["出生日期：", "出世紙日期 ", "DOB ", "出生日期 "]), v, ""
    if value_only:
        return "", fmt_date(y, m, d, pick(["zh", "zh", "zh0", "iso", "dot", "slash", "compact", "cn", "dot1"])), ""
    form = R.randint(0, 14)
    if form == 0:
        return "出生日期：", fmt_date(y, m, d, "zh"), ""
    if form == 1:
        return "出生日期：", fmt_date(y, m, d, "iso"), ""
    if form == 2:
        return "生于", fmt_date(y, m, d, "zh"), ""
    if form == 3:
        return "", fmt_date(y, m, d, "zh"), "生"
    if form == 4:
        return "", "%02d年" % (y % 100), "出生"
    if form == 5:
        return "出生：", fmt_date(y, m, d, "dot"), ""
    if form == 6:
        return "出生年月：", fmt_date(y, m, d, "ym"), ""
    if form == 7:
        return "生日：", fmt_date(y, m, d, "slash"), ""
    if form == 8:
        return "出生日期 ", fmt_date(y, m, d, "compact"), ""
    if form == 9:
        return "", fmt_date(y, m, d, "cn"), "出生"
    if form == 10:
        return "DOB：", fmt_date(y, m, d, "iso"), ""
    if form == 11:
        return "出生于", fmt_date(y, m, d, "zh0"), ""
    if form == 12:
        return "", fmt_date(y, m, d, "dot1"), "出生"
    if form == 13:
        return "生日是", fmt_date(y, m, d, "zhhao"), ""
    return "", "%d年" % y, "生人"


# ---------------------------------------------------------------------------
# Look-alike (protected) vocabulary and plain fillers
# ---------------------------------------------------------------------------
P_LISTS = {
    "herb": W(
        "当归 黄芪 白芍 熟地黄 川芎 党参 白术 茯苓 甘草 柴胡 陈皮 半夏 丹参 三七 枸杞子 何首乌 黄连 黄芩 "
        "金银花 连翘 菊花 桂枝 麻黄 杜仲 牛膝 山药 酸枣仁 远志 五味子 麦冬 天麻 葛根 防风 白芷 益母草 "
        "车前子 女贞子 决明子 生地黄 赤芍 红花 桃仁 黄柏 知母 石斛 玉竹 百合 龙骨 牡蛎"
    ),
    "formula": W(
        "六味地黄丸 逍遥散 补中益气汤 四君子汤 四物汤 归脾汤 小柴胡汤 银翘散 桂枝汤 血府逐瘀汤 藿香正气水 "
        "安宫牛黄丸 复方丹参滴丸 金匮肾气丸 知柏地黄丸 参苓白术散 玉屏风散 天王补心丹 八珍汤 十全大补汤 "
        "麻杏石甘汤 温胆汤 丹栀逍遥散 独活寄生汤 半夏泻心汤 龙胆泻肝汤 生脉饮 连花清瘟胶囊"
    ),
    "epon": W(
        "帕金森病 阿尔茨海默病 川崎病 墨菲征 克罗恩病 桥本甲状腺炎 吉兰-巴雷综合征 唐氏综合征 霍奇金淋巴瘤 "
        "库欣综合征 艾迪生病 雷诺现象 贝尔麻痹 梅尼埃病 马方综合征 巴宾斯基征 克氏征 白塞病 斯蒂尔病 "
        "亨廷顿病 威尔逊病 格雷夫斯病 麦氏点压痛 布加综合征 卡波西肉瘤 尤文肉瘤 韦格纳肉芽肿"
    ),
    "hosp": W(
        "中山医院 中山大学附属第一医院 孙逸仙纪念医院 协和医院 华山医院 瑞金医院 湘雅医院 华西医院 同济医院 "
        "邵逸夫医院 仁济医院 宣武医院 天坛医院 宋庆龄妇幼保健院 南阳张仲景医院 白求恩国际和平医院 新华医院 "
        "长海医院 逸夫医院 中山大学肿瘤防治中心"
    ),
    "bldg": W(
        "逸夫楼 宋庆龄基金会 白求恩医科大学 逸仙楼 田家炳楼 霍英东体育馆 中山纪念堂 鲁迅公园 包玉刚图书馆 "
        "中山路社区卫生服务中心 邵逸夫楼 李嘉诚医学楼"
    ),
    "drug": W(
        "阿莫西林 布洛芬 头孢克肟 对乙酰氨基酚 二甲双胍 阿司匹林 氯吡格雷 硝苯地平 氨氯地平 缬沙坦 美托洛尔 "
        "奥美拉唑 雷贝拉唑 阿托伐他汀 瑞舒伐他汀 甘精胰岛素 门冬胰岛素 左氧氟沙星 莫西沙星 蒙脱石散 地塞米松 "
        "甲泼尼龙 呋塞米 螺内酯 华法林 利伐沙班 低分子肝素 氯化钾缓释片 左甲状腺素钠 多潘立酮 头孢曲松 "
        "哌拉西林他唑巴坦 美罗培南 沙库巴曲缬沙坦 达格列净 恩格列净 西格列汀 阿卡波糖 孟鲁司特 布地奈德"
    ),
    "brand": W(
        "立普妥 云南白药 同仁堂 波立维 拜阿司匹林 络活喜 格华止 达克宁 芬必得 泰诺 白加黑 三九胃泰 片仔癀 "
        "马应龙 王老吉 胡庆余堂 陈李济 九芝堂 吗丁啉 思密达 念慈菴 江中健胃消食片 汤臣倍健 修正药业 "
        "京都念慈菴 达喜 拜糖平 可定 诺和灵 优甲乐"
    ),
    "dept": W(
        "心内科 呼吸科 消化内科 神经内科 肾内科 内分泌科 普外科 骨科 泌尿外科 妇产科 儿科 急诊科 重症医学科 "
        "中医科 康复科 肿瘤科 血液科 感染科 皮肤科 眼科 耳鼻喉科 口腔科 麻醉科 影像科 检验科 病理科 药剂科 "
        "老年科 胸外科 神经外科 心外科 营养科 疼痛科"
    ),
    "role": W(
        "主治医师 护士长 值班医生 住院医师 主任医师 副主任医师 责任护士 规培医生 实习医生 临床药师 营养师 "
        "康复治疗师 麻醉医师 总住院 进修医生 护工 科主任 值班护士 主管护师 二线医生"
    ),
    "place": W(
        "黄石 石家庄 华山 张家界 周口 马鞍山 高邮 黄山 金华 白山 文山 江山 常州 丽水 玉林 秀山 海宁 "
        "安阳 吉林 宁德 兰州 洛阳 乌鲁木齐 喀什 拉萨 呼和浩特 延边 佛山 东莞 韶关 梅州 汕头 潮州"
    ),
    "eponE": [
        "Parkinson's disease",
        "Alzheimer's disease",
        "Kawasaki disease",
        "Murphy's sign",
        "Crohn's disease",
        "Hashimoto's thyroiditis",
        "Guillain-Barré syndrome",
        "Down syndrome",
        "Hodgkin lymphoma",
        "Cushing's syndrome",
        "Addison's disease",
        "Raynaud's phenomenon",
        "Bell's palsy",
        "Ménière's disease",
        "Marfan syndrome",
        "Babinski sign",
        "Behçet's disease",
        "Graves' disease",
        "Wilson's disease",
        "McBurney's point tenderness",
    ],
    "drugE": W(
        "amoxicillin ibuprofen metformin aspirin clopidogrel amlodipine valsartan metoprolol omeprazole "
        "atorvastatin rosuvastatin furosemide warfarin rivaroxaban enoxaparin ceftriaxone levofloxacin "
        "dexamethasone prednisolone insulin glargine empagliflozin sitagliptin levothyroxine "
        "paracetamol"
    ),
    "hospE": [
        "Zhongshan Hospital",
        "Huashan Hospital",
        "Ruijin Hospital",
        "Xiangya Hospital",
        "West China Hospital",
        "Tongji Hospital",
        "Sir Run Run Shaw Hospital",
        "Peking Union Medical College Hospital",
        "Queen Mary Hospital",
        "Prince of Wales Hospital",
        "Queen Elizabeth Hospital",
        "Tuen Mun Hospital",
        "Sun Yat-sen Memorial Hospital",
        "Norman Bethune Health Science Center",
        "Yifu Building",
        "Soong Ching Ling Foundation",
        "Pamela Youde Nethersole Eastern Hospital",
        "Tan Tock Seng Hospital",
    ],
    "deptE": [
        "cardiology",
        "respiratory medicine",
        "gastroenterology",
        "neurology",
        "nephrology",
        "endocrinology",
        "general surgery",
        "orthopaedics",
        "urology",
        "obstetrics",
        "paediatrics",
        "the emergency department",
        "the ICU",
        "oncology",
        "haematology",
        "geriatrics",
    ],
    "roleE": [
        "attending physician",
        "charge nurse",
        "on-call doctor",
        "resident",
        "registrar",
        "ward pharmacist",
        "nurse in charge",
        "house officer",
        "consultant",
        "dietitian",
        "physiotherapist",
        "medical officer",
    ],
    "icd": W(
        "I10 E11.9 J18.9 K35.8 N18.3 I63.9 C34.1 I48.0 J44.1 K80.1 M51.2 E05.0 I50.9 S72.0 G20 G30.9 M30.3 "
        "K50.9 E06.3 I21.4 N39.0 B18.1 C16.9 C50.9 K29.5 F32.9 M81.0 R50.9 E78.5 K92.2 J45.9 N20.0 D64.9"
    ),
    "dur": [
        "3天",
        "2周",
        "半年",
        "10余年",
        "1个月",
        "两天",
        "3小时",
        "5年",
        "20余年",
        "1周",
        "半个月",
        "40分钟",
        "3个月",
        "8年",
        "2天",
        "数小时",
        "一年余",
        "6周",
    ],
    "durE": [
        "3 days",
        "two weeks",
        "six months",
        "ten years",
        "one month",
        "48 hours",
        "5 years",
        "a week",
        "3 months",
        "two days",
    ],
    "dose": [
        "0.5 g 每日三次",
        "10 mg qd",
        "5 mg bid",
        "1片 tid",
        "20 U 睡前皮下注射",
        "40 mg iv qd",
        "0.25 g bid",
        "75 mg 每日一次",
        "100 mg qn",
        "2.5 mg qd",
        "每次2粒，每日2次",
        "每次10 ml，每日3次",
        "12.5 mg bid",
        "0.1 g 每日一次",
        "1 g q12h",
        "500 mg tid",
        "4 mg 每日一次",
        "每晚1袋",
    ],
    "doseE": [
        "500 mg three times daily",
        "10 mg once daily",
        "5 mg twice daily",
        "20 units at bedtime",
        "40 mg IV daily",
        "75 mg daily",
        "1 g every 12 hours",
        "2.5 mg once a day",
        "100 mg at night",
    ],
}
P_LISTS["drugT"] = W("阿莫西林 布洛芬 普拿疼 脈優 保栓通 降血脂 胰島素 克流感 善胰達 伯基 樂酸克")
P_LISTS["hospT"] = W(
    "台大醫院 長庚醫院 榮民總醫院 馬偕紀念醫院 瑪麗醫院 伊利沙伯醫院 威爾斯親王醫院 屯門醫院 "
    "中山醫學大學附設醫院 彰化基督教醫院 東華三院 葛量洪醫院 律敦治醫院 何文田 逸夫書院"
)
P_LISTS["eponT"] = W(
    "帕金森氏症 阿茲海默症 川崎病 克隆氏症 橋本氏甲狀腺炎 唐氏症 雷諾氏症 貝爾氏麻痺 梅尼爾氏症 庫欣氏症候群 巴金森病"
)

LAB_FORMS = [
    ("血钾%.1f mmol/L", 2.6, 6.1, 1),
    ("白细胞%.1f×10^9/L", 2.1, 19.8, 1),
    ("血红蛋白%d g/L", 62, 158, 0),
    ("肌酐%d μmol/L", 48, 620, 0),
    ("空腹血糖%.1f mmol/L", 3.9, 16.8, 1),
    ("糖化血红蛋白%.1f%%", 5.6, 12.4, 1),
    ("CRP %d mg/L", 3, 186, 0),
    ("D-二聚体%.2f mg/L", 0.12, 6.5, 2),
    ("NT-proBNP %d pg/mL", 120, 9800, 0),
    ("血小板%d×10^9/L", 35, 420, 0),
    ("ALT %d U/L", 12, 460, 0),
    ("INR %.1f", 0.9, 3.8, 1),
    ("血钠%d mmol/L", 121, 149, 0),
    ("尿酸%d μmol/L", 210, 690, 0),
    ("TSH %.2f mIU/L", 0.01, 18.0, 2),
    ("LDL-C %.2f mmol/L", 1.2, 5.6, 2),
    ("eGFR %d", 12, 110, 0),
    ("PCT %.2f ng/mL", 0.03, 12.0, 2),
    ("肌钙蛋白I %.3f ng/mL", 0.005, 8.5, 3),
    ("白蛋白%.1f g/L", 21, 46, 1),
    ("总胆红素%.1f μmol/L", 6, 186, 1),
]
LAB_FORMS_E = [
    ("potassium %.1f mmol/L", 2.6, 6.1, 1),
    ("WBC %.1f x10^9/L", 2.1, 19.8, 1),
    ("Hb %d g/L", 62, 158, 0),
    ("creatinine %d umol/L", 48, 620, 0),
    ("HbA1c %.1f%%", 5.6, 12.4, 1),
    ("CRP %d mg/L", 3, 186, 0),
    ("troponin I %.3f ng/mL", 0.005, 8.5, 3),
    ("INR %.1f", 0.9, 3.8, 1),
    ("eGFR %d", 12, 110, 0),
    ("sodium %d mmol/L", 121, 149, 0),
    ("platelets %d x10^9/L", 35, 420, 0),
]


def lab_value(forms):
    fmt, lo, hi, nd = pick(forms)
    v = R.uniform(lo, hi)
    return fmt % (round(v, nd) if nd else int(v))


F_LISTS = {
    "sym": W(
        "胸闷气短 反复咳嗽咳痰 上腹部隐痛 头晕乏力 双下肢水肿 发热伴咽痛 腰背部疼痛 尿频尿急 心悸 纳差 恶心呕吐 "
        "右下腹痛 关节肿痛 视物模糊 四肢麻木 皮疹瘙痒 失眠多梦 黑便 活动后气促 吞咽困难 口干多饮 左侧肢体无力 "
        "间断胸痛 腹胀 便秘 头痛 耳鸣 夜尿增多 手抖 咯血"
    ),
    "dx": W(
        "社区获得性肺炎 2型糖尿病 高血压病3级 冠心病 慢阻肺急性加重 急性阑尾炎 胆囊结石伴胆囊炎 脑梗死 "
        "慢性肾脏病3期 上消化道出血 腰椎间盘突出症 甲状腺功能亢进症 心房颤动 慢性心力衰竭 骨质疏松性椎体压缩骨折 "
        "急性胰腺炎 肺结节 子宫肌瘤 乳腺癌术后 股骨颈骨折 肝硬化失代偿期 痛风性关节炎 泌尿系感染 支气管哮喘 "
        "急性心肌梗死 带状疱疹 贫血 低钾血症 肾结石"
    ),
    "exam": W(
        "胸部CT 腹部彩超 心电图 头颅MRI 胃镜 肠镜 心脏彩超 血常规 肝肾功能 甲功五项 动态心电图 24小时动态血压 "
        "颈部血管彩超 骨密度 肺功能 冠脉CTA 凝血功能 尿常规 胸片 腰椎MRI"
    ),
    "n": W("2 3 4 5 6 7 8"),
    "ml": W("30 50 80 120 150 200 260 20"),
    "rel": W("儿子 女儿 老伴 妻子 丈夫 女婿 儿媳 孙子 外孙女 侄子 哥哥 姐姐 弟弟 妹妹"),
    "relT": W("兒子 女兒 太太 先生 媳婦 孫子 姊姊 哥哥"),
    "op": W(
        "腹腔镜胆囊切除术 经皮冠状动脉介入治疗 全髋关节置换术 阑尾切除术 甲状腺次全切除术 胃镜下止血 "
        "腰椎间盘髓核摘除术 白内障超声乳化术 乳腺癌改良根治术 经尿道前列腺电切术"
    ),
    "time": ["08:30", "凌晨2点", "14:00", "晚上9点", "中午12点半", "凌晨4点40", "下午3点", "22:15", "早上7点"],
    "examE": [
        "a chest CT",
        "an abdominal ultrasound",
        "an ECG",
        "a brain MRI",
        "gastroscopy",
        "colonoscopy",
        "an echocardiogram",
        "a full blood count",
        "renal function tests",
        "a chest X-ray",
    ],
    "symE": [
        "chest tightness",
        "productive cough",
        "epigastric pain",
        "dizziness",
        "ankle swelling",
        "fever and sore throat",
        "low back pain",
        "palpitations",
        "poor appetite",
        "shortness of breath",
        "black stools",
        "headache",
        "left-sided weakness",
        "polyuria and thirst",
    ],
    "dxE": [
        "community-acquired pneumonia",
        "type 2 diabetes",
        "hypertension",
        "coronary artery disease",
        "COPD exacerbation",
        "acute appendicitis",
        "acute cholecystitis",
        "ischaemic stroke",
        "CKD stage 3",
        "upper GI bleeding",
        "atrial fibrillation",
        "heart failure",
        "gout",
        "acute pancreatitis",
        "a hip fracture",
        "asthma",
        "a urinary tract infection",
    ],
}

LAB = {
    "k": ("血钾", "%.1f mmol/L", 2.6, 6.1, 1),
    "wbc": ("白细胞", "%.1f×10^9/L", 11.0, 19.8, 1),
    "hb": ("血红蛋白", "%d g/L", 58, 98, 0),
    "cr": ("肌酐", "%d μmol/L", 110, 620, 0),
    "glu": ("空腹血糖", "%.1f mmol/L", 6.8, 16.8, 1),
    "pglu": ("餐后血糖", "%.1f mmol/L", 11.2, 22.0, 1),
    "hba1c": ("糖化血红蛋白", "%.1f%%", 6.8, 12.4, 1),
    "crp": ("CRP ", "%d mg/L", 12, 186, 0),
    "dd": ("D-二聚体", "%.2f mg/L", 0.8, 6.5, 2),
    "bnp": ("NT-proBNP ", "%d pg/mL", 900, 9800, 0),
    "plt": ("血小板", "%d×10^9/L", 35, 90, 0),
    "alt": ("ALT ", "%d U/L", 65, 460, 0),
    "inr": ("INR ", "%.1f", 1.6, 3.8, 1),
    "na": ("血钠", "%d mmol/L", 121, 132, 0),
    "ua": ("尿酸", "%d μmol/L", 430, 690, 0),
    "tsh": ("TSH ", "%.2f mIU/L", 5.2, 18.0, 2),
    "ldl": ("LDL-C ", "%.2f mmol/L", 2.6, 5.6, 2),
    "egfr": ("eGFR ", "%d", 15, 55, 0),
    "pct": ("PCT ", "%.2f ng/mL", 0.3, 12.0, 2),
    "tni": ("肌钙蛋白I ", "%.2f ng/mL", 0.08, 8.5, 2),
    "alb": ("白蛋白", "%.1f g/L", 21, 33, 1),
    "tbil": ("总胆红素", "%.1f μmol/L", 28, 186, 1),
    "ft4": ("FT4 ", "%.1f pmol/L", 28, 68, 1),
    "amy": ("血淀粉酶", "%d U/L", 380, 1800, 0),
}


def lab_named(key, with_label=True):
    lab, fmt, lo, hi, nd = LAB[key]
    v = R.uniform(lo, hi)
    val = fmt % (round(v, nd) if nd else int(v))
    return lab + val if with_label else val


# Coherent clinical "cases": a row draws one, so that diagnosis, symptom, tests,
# drugs (with doses), labs, department and symptom duration fit together.
def C(dx, sym, exam, rx, dept, labs, dur, op=None, chronic=False, dxE="", symE="", examE="", rxE=(), sex=None):
    return {
        "sex": sex,
        "dx": dx,
        "sym": sym.split("/"),
        "exam": exam.split("/"),
        "rx": [r.split("|") for r in rx],
        "dept": dept,
        "labs": labs.split(),
        "dur": dur.split(),
        "op": op,
        "chronic": chronic,
        "dxE": dxE,
        "symE": symE.split("/") if symE else [],
        "examE": examE.split("/") if examE else [],
        "rxE": [r.split("|") for r in rxE],
    }


CASES = [
    C(
        "社区获得性肺炎",
        "发热伴咳嗽咳痰/咳嗽、咳黄痰",
        "胸部CT/胸片/痰培养",
        ["头孢曲松|2 g ivgtt qd", "阿奇霉素|0.5 g qd", "左氧氟沙星|0.5 g qd"],
        "呼吸科",
        "wbc crp pct",
        "3天 5天 1周 4天",
        dxE="community-acquired pneumonia",
        symE="fever and productive cough",
        examE="a chest CT",
        rxE=["ceftriaxone|2 g IV daily", "azithromycin|500 mg daily"],
    ),
    C(
        "2型糖尿病",
        "口干多饮、多尿/体重下降",
        "眼底照相/颈动脉彩超/下肢血管彩超",
        ["二甲双胍|0.5 g tid", "达格列净|10 mg qd", "甘精胰岛素|12 U 睡前皮下注射"],
        "内分泌科",
        "glu hba1c pglu",
        "5年 10余年 半年 3年",
        chronic=True,
        dxE="type 2 diabetes",
        symE="thirst and polyuria",
        examE="a retinal screen",
        rxE=["metformin|500 mg three times daily", "insulin glargine|12 units at bedtime"],
    ),
    C(
        "高血压病3级",
        "头晕、头痛/后枕部胀痛",
        "24小时动态血压/心电图/心脏彩超",
        ["氨氯地平|5 mg qd", "缬沙坦|80 mg qd", "美托洛尔缓释片|23.75 mg qd"],
        "心内科",
        "k cr",
        "10余年 5年 8年 20余年",
        chronic=True,
        dxE="hypertension",
        symE="dizziness and headache",
        examE="24-hour ambulatory BP monitoring",
        rxE=["amlodipine|5 mg once daily", "valsartan|80 mg once daily"],
    ),
    C(
        "冠心病 不稳定型心绞痛",
        "活动后胸闷、胸痛/间断胸痛",
        "冠脉CTA/心电图/心脏彩超",
        ["阿司匹林|100 mg qd", "阿托伐他汀|20 mg qn", "单硝酸异山梨酯|40 mg qd"],
        "心内科",
        "tni ldl",
        "1个月 2周 3个月",
        op="经皮冠状动脉介入治疗",
        dxE="unstable angina",
        symE="exertional chest pain",
        examE="a CT coronary angiogram",
        rxE=["aspirin|100 mg daily", "atorvastatin|20 mg at night"],
    ),
    C(
        "慢阻肺急性加重",
        "活动后气促加重、咳痰增多/喘息",
        "肺功能/胸片/血气分析",
        ["布地奈德|2 mg 雾化 bid", "甲泼尼龙|40 mg iv qd", "噻托溴铵|18 μg qd"],
        "呼吸科",
        "crp wbc",
        "1周 5天 10天",
        dxE="an exacerbation of COPD",
        symE="worsening breathlessness",
        examE="a chest X-ray",
        rxE=["prednisolone|30 mg daily for five days", "tiotropium|18 micrograms daily"],
    ),
    C(
        "急性阑尾炎",
        "转移性右下腹痛/右下腹痛伴发热",
        "腹部彩超/腹部CT/血常规",
        ["头孢呋辛|1.5 g ivgtt q8h", "甲硝唑|0.5 g ivgtt q8h"],
        "普外科",
        "wbc crp",
        "1天 2天 12小时",
        op="腹腔镜阑尾切除术",
        dxE="acute appendicitis",
        symE="right lower abdominal pain",
        examE="an abdominal CT",
        rxE=["cefuroxime|1.5 g IV every 8 hours"],
    ),
    C(
        "胆囊结石伴急性胆囊炎",
        "右上腹痛/进食油腻后右上腹痛",
        "腹部彩超/MRCP",
        ["头孢哌酮舒巴坦|3 g ivgtt q12h"],
        "普外科",
        "tbil alt wbc",
        "2天 3天 1周",
        op="腹腔镜胆囊切除术",
        dxE="acute cholecystitis",
        symE="right upper quadrant pain",
        examE="an abdominal ultrasound",
        rxE=["co-amoxiclav|1.2 g IV three times daily"],
    ),
    C(
        "脑梗死",
        "左侧肢体无力/言语不清、口角歪斜",
        "头颅MRI/颈部血管彩超/经颅多普勒",
        ["阿司匹林|100 mg qd", "氯吡格雷|75 mg qd", "阿托伐他汀|40 mg qn"],
        "神经内科",
        "ldl glu",
        "6小时 1天 2天",
        dxE="an ischaemic stroke",
        symE="left-sided weakness",
        examE="a brain MRI",
        rxE=["clopidogrel|75 mg daily", "atorvastatin|40 mg at night"],
    ),
    C(
        "慢性肾脏病3期",
        "双下肢水肿/夜尿增多",
        "肾脏彩超/肾动态显像",
        ["碳酸氢钠|1 g tid", "非布司他|20 mg qd", "达格列净|10 mg qd"],
        "肾内科",
        "cr egfr k",
        "2年 半年 5年",
        chronic=True,
        dxE="CKD stage 3",
        symE="ankle swelling",
        examE="a renal ultrasound",
        rxE=["sodium bicarbonate|1 g three times daily"],
    ),
    C(
        "上消化道出血",
        "黑便、头晕乏力/呕血",
        "胃镜/腹部增强CT",
        ["奥美拉唑|40 mg iv bid", "生长抑素|6 mg 持续泵入"],
        "消化内科",
        "hb",
        "2天 1天 3天",
        op="胃镜下止血",
        dxE="an upper GI bleed",
        symE="black stools and dizziness",
        examE="gastroscopy",
        rxE=["omeprazole|40 mg IV twice daily"],
    ),
    C(
        "腰椎间盘突出症",
        "腰痛伴左下肢放射痛/腰腿痛",
        "腰椎MRI/腰椎正侧位片",
        ["塞来昔布|0.2 g qd", "甲钴胺|0.5 mg tid", "乙哌立松|50 mg tid"],
        "骨科",
        "crp",
        "3个月 半年 2周",
        op="腰椎间盘髓核摘除术",
        dxE="a lumbar disc herniation",
        symE="low back pain radiating to the left leg",
        examE="a lumbar MRI",
        rxE=["celecoxib|200 mg daily"],
    ),
    C(
        "甲状腺功能亢进症",
        "心悸、手抖、消瘦/怕热多汗",
        "甲状腺彩超/甲状腺摄碘率",
        ["甲巯咪唑|10 mg tid", "普萘洛尔|10 mg tid"],
        "内分泌科",
        "ft4 tsh",
        "2个月 半年 3个月",
        chronic=True,
        dxE="hyperthyroidism",
        symE="palpitations and weight loss",
        examE="thyroid function tests",
        rxE=["methimazole|10 mg three times daily", "propranolol|10 mg three times daily"],
    ),
    C(
        "心房颤动",
        "心悸、胸闷/阵发性心悸",
        "动态心电图/心脏彩超",
        ["利伐沙班|20 mg qd", "美托洛尔缓释片|47.5 mg qd"],
        "心内科",
        "bnp inr",
        "3天 1周 半年",
        dxE="atrial fibrillation",
        symE="palpitations",
        examE="a Holter monitor",
        rxE=["rivaroxaban|20 mg daily with food", "bisoprolol|2.5 mg daily"],
    ),
    C(
        "慢性心力衰竭急性加重",
        "活动后气促、双下肢水肿/夜间不能平卧",
        "心脏彩超/胸片",
        ["呋塞米|20 mg qd", "螺内酯|20 mg qd", "沙库巴曲缬沙坦|50 mg bid"],
        "心内科",
        "bnp k cr",
        "1周 10天 2周",
        dxE="decompensated heart failure",
        symE="breathlessness and leg swelling",
        examE="an echocardiogram",
        rxE=["furosemide|40 mg IV twice daily", "spironolactone|25 mg daily"],
    ),
    C(
        "股骨颈骨折",
        "跌倒后右髋部疼痛、不能站立/右髋痛",
        "髋关节X线/髋部CT",
        ["低分子肝素|4000 U 皮下注射 qd", "塞来昔布|0.2 g qd"],
        "骨科",
        "hb dd",
        "1天 6小时 2天",
        op="人工股骨头置换术",
        dxE="a hip fracture",
        symE="right hip pain after a fall",
        examE="a hip X-ray",
        rxE=["enoxaparin|40 mg daily"],
    ),
    C(
        "急性胰腺炎",
        "上腹部剧痛伴呕吐/持续上腹痛",
        "腹部CT/腹部彩超",
        ["奥美拉唑|40 mg iv qd", "生长抑素|6 mg 持续泵入"],
        "消化内科",
        "amy crp",
        "1天 2天 8小时",
        dxE="acute pancreatitis",
        symE="severe epigastric pain",
        examE="an abdominal CT",
        rxE=["IV fluids|as per protocol"],
    ),
    C(
        "痛风性关节炎",
        "右足第一跖趾关节红肿热痛/关节肿痛",
        "双能CT/关节彩超",
        ["秋水仙碱|0.5 mg bid", "非布司他|20 mg qd"],
        "风湿免疫科",
        "ua crp",
        "2天 3天 1周",
        dxE="gout",
        symE="a hot swollen big toe",
        examE="a joint ultrasound",
        rxE=["colchicine|500 micrograms twice daily"],
    ),
    C(
        "泌尿系感染",
        "尿频、尿急、尿痛/发热伴腰痛",
        "泌尿系彩超/腹部CT",
        ["左氧氟沙星|0.5 g qd", "呋喃妥因|100 mg bid"],
        "肾内科",
        "wbc crp",
        "2天 3天 5天",
        dxE="a urinary tract infection",
        symE="dysuria and frequency",
        examE="a urine culture",
        rxE=["nitrofurantoin|100 mg twice daily"],
    ),
    C(
        "支气管哮喘",
        "反复喘息、夜间咳嗽/胸闷气喘",
        "肺功能/呼出气一氧化氮检测",
        ["布地奈德福莫特罗|1吸 bid", "孟鲁司特|10 mg qn"],
        "呼吸科",
        "wbc",
        "1周 半年 2年",
        chronic=True,
        dxE="asthma",
        symE="wheeze and night-time cough",
        examE="spirometry",
        rxE=["budesonide-formoterol|one puff twice daily"],
    ),
    C(
        "带状疱疹",
        "左侧胸背部簇集水疱伴疼痛/胸背部刺痛",
        "心电图/胸部CT",
        ["伐昔洛韦|0.3 g bid", "普瑞巴林|75 mg bid"],
        "皮肤科",
        "wbc",
        "3天 5天 1周",
        dxE="shingles",
        symE="a painful blistering rash",
        examE="a full blood count",
        rxE=["valaciclovir|1 g three times daily"],
    ),
    C(
        "乙肝肝硬化失代偿期",
        "腹胀、乏力/尿黄、腹围增大",
        "腹部彩超/胃镜",
        ["螺内酯|40 mg qd", "呋塞米|20 mg qd", "恩替卡韦|0.5 mg qd"],
        "消化内科",
        "alb tbil inr",
        "1个月 3个月 半年",
        chronic=True,
        dxE="decompensated cirrhosis",
        symE="abdominal distension",
        examE="an abdominal ultrasound",
        rxE=["entecavir|0.5 mg daily", "spironolactone|100 mg daily"],
    ),
    C(
        "右肺上叶结节",
        "体检发现肺结节/偶有干咳",
        "胸部CT/肿瘤标志物",
        ["孟鲁司特|10 mg qn"],
        "胸外科",
        "crp",
        "1个月 半年 3个月",
        op="胸腔镜肺叶切除术",
        dxE="a right upper lobe nodule",
        symE="an incidental lung nodule",
        examE="a chest CT",
        rxE=(),
    ),
    C(
        "乳腺癌术后",
        "左乳肿物/左乳刺痛",
        "乳腺彩超/钼靶/胸部CT",
        ["来曲唑|2.5 mg qd", "他莫昔芬|10 mg bid"],
        "肿瘤科",
        "alt",
        "1个月 2年 半年",
        op="乳腺癌改良根治术",
        sex="f",
        chronic=True,
        dxE="breast cancer after surgery",
        symE="a left breast lump",
        examE="a mammogram",
        rxE=["letrozole|2.5 mg daily"],
    ),
    C(
        "缺铁性贫血",
        "头晕乏力、面色苍白/活动后心慌",
        "胃镜/肠镜/骨髓穿刺",
        ["多糖铁复合物|150 mg qd", "叶酸|5 mg tid"],
        "血液科",
        "hb",
        "2个月 半年 3个月",
        chronic=True,
        dxE="iron-deficiency anaemia",
        symE="tiredness and pallor",
        examE="iron studies",
        rxE=["ferrous sulfate|200 mg twice daily"],
    ),
    C(
        "低钾血症",
        "四肢乏力/双下肢无力",
        "心电图/肾上腺CT",
        ["氯化钾缓释片|1 g tid"],
        "肾内科",
        "k na",
        "2天 3天 1周",
        dxE="hypokalaemia",
        symE="muscle weakness",
        examE="an ECG",
        rxE=["potassium chloride|1 g three times daily"],
    ),
    C(
        "左输尿管结石",
        "左侧腰部绞痛、血尿/左腰痛",
        "泌尿系CT/泌尿系彩超",
        ["坦索罗辛|0.2 mg qn", "双氯芬酸钠栓|50 mg 塞肛 prn"],
        "泌尿外科",
        "cr wbc",
        "1天 2天 6小时",
        op="输尿管镜碎石取石术",
        dxE="a left ureteric stone",
        symE="left loin pain and blood in the urine",
        examE="a CT KUB",
        rxE=["tamsulosin|400 micrograms daily"],
    ),
    C(
        "年龄相关性白内障",
        "视物模糊/双眼视力下降",
        "眼科B超/角膜内皮计数",
        ["左氧氟沙星滴眼液|每日4次", "妥布霉素地塞米松滴眼液|每日4次"],
        "眼科",
        "glu",
        "1年 2年 半年",
        op="白内障超声乳化术",
        chronic=True,
        dxE="cataract",
        symE="blurred vision",
        examE="an eye ultrasound",
        rxE=["levofloxacin eye drops|four times daily"],
    ),
    C(
        "良性前列腺增生",
        "夜尿增多、排尿困难/尿线变细",
        "泌尿系彩超/PSA",
        ["坦索罗辛|0.2 mg qn", "非那雄胺|5 mg qd"],
        "泌尿外科",
        "cr",
        "2年 5年 1年",
        op="经尿道前列腺电切术",
        sex="m",
        chronic=True,
        dxE="benign prostatic hyperplasia",
        symE="nocturia and poor stream",
        examE="a PSA test",
        rxE=["tamsulosin|400 micrograms daily", "finasteride|5 mg daily"],
    ),
    C(
        "结节性甲状腺肿",
        "颈部肿物/吞咽异物感",
        "甲状腺彩超/颈部CT",
        ["左甲状腺素钠|50 μg qd"],
        "甲乳外科",
        "tsh",
        "半年 1年 3个月",
        op="甲状腺次全切除术",
        chronic=True,
        dxE="a multinodular goitre",
        symE="a neck swelling",
        examE="a thyroid ultrasound",
        rxE=["levothyroxine|50 micrograms daily"],
    ),
    C(
        "子宫肌瘤",
        "月经量增多/经期延长",
        "妇科彩超/盆腔MRI",
        ["多糖铁复合物|150 mg qd"],
        "妇科",
        "hb",
        "半年 1年 3个月",
        op="腹腔镜子宫肌瘤剔除术",
        chronic=True,
        sex="f",
        dxE="uterine fibroids",
        symE="heavy periods",
        examE="a pelvic ultrasound",
        rxE=["tranexamic acid|1 g three times daily"],
    ),
]
P_LISTS["drugBP"] = W("氨氯地平 硝苯地平控释片 缬沙坦 厄贝沙坦 美托洛尔 培哚普利 奥美沙坦 吲达帕胺")
P_LISTS["drugDM"] = W("二甲双胍 阿卡波糖 格列美脲 西格列汀 达格列净 恩格列净 利拉鲁肽")
DUR_E = {
    "3天": "3 days",
    "5天": "5 days",
    "1周": "a week",
    "4天": "4 days",
    "5年": "5 years",
    "10余年": "more than 10 years",
    "半年": "six months",
    "3年": "3 years",
    "8年": "8 years",
    "20余年": "more than 20 years",
    "1个月": "one month",
    "2周": "two weeks",
    "3个月": "3 months",
    "10天": "10 days",
    "1天": "one day",
    "2天": "two days",
    "12小时": "12 hours",
    "6小时": "6 hours",
    "2年": "2 years",
    "2个月": "2 months",
    "8小时": "8 hours",
    "1年": "a year",
}
assert all(d in DUR_E for c in CASES for d in c["dur"])
P_LISTS["durF"] = ["1周", "2周", "1个月", "3个月", "半年", "两周", "一个月"]
P_LISTS["durP"] = ["半年", "1年", "2年", "3个月", "5年", "8个月", "一年多"]
P_LISTS["durR"] = ["3天", "1周", "2周", "1个月", "两周", "五天"]


# ---------------------------------------------------------------------------
# Template engine
# ---------------------------------------------------------------------------
# Template markup (all of it is removed from the output):
#   «a|b|c»            pick one alternative (innermost first)
#   {N:key}            full name of person `key`; {G:key} given name alone;
#   {S:key}            surname alone (the template writes the title after it);
#   {K:key} / {KA:} {KX:} {KL:} {KD:}  nickname (阿X / 小X / 老+surname / XX);
#   {PY:} {PYW:} {PYU:} {PYS:} {PYG:}  pinyin name (Surname Given / Given Surname /
#                      SURNAME Given / surname / given); {CY:} {CYS:} Cantonese;
#   {EN:} {ENS:} {ENPY:} English given name (alone / + hanzi surname / + romanised);
#   person keys: first letter m/f/x (gender), then optional o/a/y (generation),
#   u (minority), d (double surname), r (rare surname), w (word-like full name),
#   g (word-like given name), h (husband's + own surname), k (Korean-Chinese).
#   {PHONE[:mob|land|hk|tw]} {ID[:gb|tw|hk]} {MRN:label} {MRNL[:en|tw|hk]} {MRNB}
#   {EMAIL[:key]} {ADDR[:kind]} {DOB[:en|tw|hk]} {DOBv[:en|tw|hk]}
#   {p:kind}  protected look-alike drawn from a list;  [[text]] literal protected text
#   {f:kind}  plain filler (not labelled, not protected)
#   "=tag" after an argument binds the drawn value so it can be repeated.
NAME_SLOTS = {
    "N",
    "G",
    "S",
    "K",
    "KA",
    "KX",
    "KL",
    "KD",
    "PY",
    "PYW",
    "PYU",
    "PYS",
    "PYG",
    "CY",
    "CYS",
    "EN",
    "ENS",
    "ENPY",
}
PHI_SLOTS = NAME_SLOTS | {"PHONE", "ID", "MRN", "MRNL", "MRNB", "EMAIL", "ADDR", "DOB", "DOBv"}
TOKEN_RE = re.compile(r"\{([A-Za-z]+)(?::([^{}]*))?\}|\[\[(.+?)\]\]")
ALT_RE = re.compile(r"«([^«»]*)»")
KEY_RE = re.compile(r"^([mfx])([oayudrwghk]*)(\d*)(?:~([mfx][oayudrwghk]*\d*))?$")
HAN_RE = re.compile(r"[\u3400-\u9fff]")


class Retry(Exception):
    pass


def expand_alts(s):
    while True:
        m = ALT_RE.search(s)
        if not m:
            return s
        s = s[: m.start()] + R.choice(m.group(1).split("|")) + s[m.end() :]


class Person:
    def __init__(
        self, full, parts, gender, kind, sur=None, given=None, sur_py=None, given_py=None, canto=None, gen="a"
    ):
        self.full, self.parts, self.gender, self.kind = full, parts, gender, kind
        self.sur, self.given, self.sur_py, self.given_py = sur, given, sur_py, given_py
        self.canto, self.gen = canto, gen
        self.en = None
        self.nick = {}
        self.key = self.rel = None


def _gen_of(mods):
    for g in "oay":
        if g in mods:
            return g
    return R.choices("oay", weights=[35, 42, 23])[0]


def draw_person(row, key, needs):
    m = KEY_RE.match(key)
    if not m:
        raise ValueError("bad person key %r" % key)
    gender, mods = m.group(1), m.group(2)
    relp = row.persons.get(m.group(4)) if m.group(4) else None
    if relp is not None and not relp.sur:
        relp = None
    if gender == "x":
        gender = R.choice("mf")
    gen = _gen_of(mods)
    script = row.script
    nick_only = needs <= {"K", "KA", "KX", "KL", "KD"}
    bool(needs & {"G", "KA", "KX", "KD", "PYG", "PY", "PYW", "PYU"})
    bool(needs & {"PY", "PYW", "PYU", "PYS", "PYG", "EMAIL"}) or ("ENPY" in needs and script == "s")
    need_canto = bool(needs & {"CY", "CYS"}) or ("ENPY" in needs and script == "hk")
    only_n = needs <= {"N"}
    if nick_only:
        lists = NICK_TRAD if script in ("tw", "hk") else NICK_ONLY
        if needs == {"KL"} or (needs == {"K"} and R.random() < 0.3 and gen != "y"):
            s = (
                pick(TITLE_SUR)
                if script == "s"
                else pick([x for x in (HK_SUR if script == "hk" else TW_SUR) if len(x) == 1])
            )
            nick = "老" + s
        else:
            typ = {"KA": "A", "KX": "X", "KD": "D"}.get(sorted(needs)[0], R.choice("AXD"))
            cands = [n for n, g in lists[typ] if g == gender] or [n for n, g in lists[typ]]
            nick = pick(cands)
        p = Person(nick, [nick], gender, "nick", gen=gen)
        p.nick = {k: nick for k in ("K", "KA", "KX", "KL", "KD")}
        return p
    if script == "tw":
        s = relp.sur if relp else pick(TW_SUR)
        g = pick(TW_GIVEN[gender])
        return Person(s + g, [s + g, g], gender, "tw", sur=s, given=g, gen=gen)
    if script == "hk":
        s = relp.sur if relp else pick(list(HK_SUR))
        g = pick(list(HK_GIVEN[gender]))
        p = Person(s + g, [s + g, g], gender, "hk", sur=s, given=g, gen=gen, canto=(HK_SUR[s], HK_GIVEN[gender][g]))
        return p
    assert not need_canto, "Cantonese slot outside a hk row"
    kind = None
    for flag, k in (
        ("u", "minority"),
        ("d", "double"),
        ("r", "rare"),
        ("w", "wordfull"),
        ("h", "husband"),
        ("g", "wordg"),
        ("k", "korean"),
    ):
        if flag in mods:
            kind = k
    if kind is None:
        opts = [("han", 55), ("rare", 11), ("double", 8), ("wordg", 5)]
        if only_n:
            has_min = any(q.kind == "minority" for q in row.persons.values())
            opts += [("minority", 0 if has_min else 6), ("wordfull", 6), ("korean", 2)]
            if gender == "f" and gen == "o":
                opts += [("husband", 4)]
        elif needs <= {"N", "S"}:
            opts += [("wordfull", 6), ("korean", 2)]
        kind = R.choices([k for k, _ in opts], weights=[w for _, w in opts])[0]
    if kind == "minority":
        groups = {MIN_GROUP[q.full] for q in row.persons.values() if q.kind == "minority"}
        full, gd = pick(
            [x for x in DOTTED + UNDOTTED if x[1] == gender and (not groups or MIN_GROUP[x[0]] in groups)]
            or [x for x in DOTTED + UNDOTTED if not groups or MIN_GROUP[x[0]] in groups]
        )
        if "·" in full:
            parts = [full] + full.split("·")
        elif full in UNDOTTED_SPLIT:
            k = UNDOTTED_SPLIT[full]
            parts = [full, full[:k], full[k:]]
        else:
            parts = [full]
        return Person(full, parts, gender, "minority", gen=gen)
    if kind == "wordfull":
        full, gd = pick([x for x in WORD_FULL if x[1] == gender])
        s, g = full[0], full[1:]
        return Person(
            full,
            [full],
            gender,
            "wordfull",
            sur=s,
            given=g,
            sur_py=SUR_PY.get(s),
            given_py=given_py(g) if all(c in PY_CHARS for c in g) else None,
            gen=gen,
        )
    if kind == "korean":
        s, g, gd = pick([x for x in KOREAN if x[2] == gender])
        return Person(s + g, [s + g, g], gender, "korean", sur=s, given=g, gen=gen)
    if kind == "husband":
        s1 = pick(TITLE_SUR)
        s2 = pick([x for x in TITLE_SUR if x != s1])
        g = pick(G2[("f", "o")])
        return Person(s1 + s2 + g, [s1 + s2 + g, s2 + g, g], "f", "husband", sur=s1, given=g, gen="o")
    # Han-style names
    if relp is not None:
        kind = "han" if kind in ("minority", "wordfull", "korean", "husband") else kind
        s, spy = relp.sur, relp.sur_py or SUR_PY.get(relp.sur) or RARE_SUR.get(relp.sur) or DOUBLE_SUR.get(relp.sur)
    elif kind == "double":
        s = pick(list(DOUBLE_SUR))
        spy = DOUBLE_SUR[s]
    elif kind == "rare":
        s = pick(list(RARE_SUR))
        spy = RARE_SUR[s]
    else:
        s = pick(TITLE_SUR) if ("S" in needs and R.random() < 0.85) else pick(COMMON_SUR)
        spy = SUR_PY.get(s) or RARE_SUR[s]
    if kind == "wordg":
        g = pick([x for x, gd in WORD_GIVEN if gd == gender])
    elif not (needs & {"G"}) and R.random() < 0.25:
        g = pick(G1[gender])
    else:
        g = pick(G2[(gender, gen)])
    parts = [s + g] + ([g] if len(g) >= 2 else [])
    return Person(
        s + g,
        parts,
        gender,
        kind,
        sur=s,
        given=g,
        sur_py=spy,
        given_py=given_py(g) if all(c in PY_CHARS for c in g) else None,
        gen=gen,
    )


def person_ok(p, others, needs):
    if p.kind == "nick":
        return all(
            p.full not in o.full
            and o.full not in p.full
            and not (o.sur and o.sur in p.full)
            and not any(x in p.full for x in o.parts)
            for o in others
        )
    if "G" in needs and (not p.given or len(p.given) < 2):
        return False
    if needs & {"S", "KL", "ENS"} and not p.sur:
        return False
    if needs & {"PY", "PYW", "PYU", "PYS", "PYG", "EMAIL"} and not (p.sur_py and p.given_py):
        return False
    if needs & {"KA", "KX", "KD"} and not p.given:
        return False
    for o in others:
        if p.full in o.full or o.full in p.full:
            return False
        related = p.rel == o.key or o.rel == p.key
        if related:
            if p.given == o.given or (p.given and o.given and p.given[-1] == o.given[-1]):
                return False
            continue
        if p.sur and o.sur and (p.sur == o.sur or p.sur in o.full or o.sur in p.full):
            return False
        if p.given and o.given and (p.given == o.given or p.given[-1] == o.given[-1]):
            return False
        if any(a in b or b in a for a in p.parts for b in o.parts):
            return False
    return True


def nickname(p, typ):
    if typ in p.nick:
        return p.nick[typ]
    if typ == "K":
        opts = ["KA", "KX", "KD"] + (["KL"] if p.gen != "y" else [])
        if "K" not in p.nick:
            p.nick["K"] = nickname(p, pick(opts))
        return p.nick["K"]
    if typ == "KA":
        v = "阿" + p.given[-1]
    elif typ == "KX":
        v = "小" + p.given[-1]
    elif typ == "KL":
        v = "老" + p.sur
    else:
        v = p.given[-1] * 2
    p.nick[typ] = v
    return v


class Row:
    def __init__(self, tpl):
        self.tpl = tpl
        self.script = tpl["script"]
        self.lang = tpl["lang"]
        self.persons = {}
        self.cache = {}
        self.desc = []
        self.kid = tpl.get("kid")
        want = tpl.get("case")
        if want is None and any("{f:op" in t for t in tpl["turns"]):
            want = "surg"
        self.case_want = want
        self._case = None
        self.last_gender = None
        self.hint_sex = None
        self.pools = {}
        self.ndept = 0
        self._birth = None
        self.last_gen = None
        self.hint_gen = None
        self.visit = datetime.date(2023, 1, 1) + datetime.timedelta(days=R.randint(0, 900))
        self.patient_gender = R.choice("mf")
        self.dstyle = {}

    @property
    def case(self):
        """the row's clinical case, drawn when first needed (fits the sex of the person named last)"""
        if self._case is None:
            w, sex = self.case_want, self.last_gender or self.hint_sex
            cands = [
                c
                for c in CASES
                if (w != "surg" or c["op"])
                and (w != "chronic" or c["chronic"])
                and (w != "acute" or not c["chronic"])
                and (w in (None, "surg", "chronic", "acute") or c["dx"] == w)
                and (not c["sex"] or not sex or c["sex"] == sex)
            ]
            assert cands, w
            self._case = pick(cands)
        return self._case

    @property
    def birth(self):
        """the patient's date of birth, drawn when first needed, consistent with the
        generation of the person named just before (or with the template's first key)"""
        if self._birth is None:
            if self.kid:
                y = R.randint(2012, 2021)
            else:
                g = self.last_gen or self.hint_gen or R.choice("oay")
                y = R.randint(*{"o": (1936, 1960), "a": (1964, 1990), "y": (1991, 2003)}[g])
            self._birth = (y, R.randint(1, 12), R.randint(1, 28))
        return self._birth

    def age(self):
        y, m, d = self.birth
        v = self.visit
        return v.year - y - (1 if (v.month, v.day) < (m, d) else 0)


def case_pop(row, field, fallback):
    pool = row.pools.setdefault(field, R.sample(row.case[field], len(row.case[field])))
    return pool.pop() if pool else fallback()


def prot_value(row, kind):
    if kind == "drug":
        return case_pop(row, "rx", lambda: [pick(P_LISTS["drug"])])[0]
    if kind == "rx":
        return " ".join(case_pop(row, "rx", lambda: [pick(P_LISTS["drug"]), pick(P_LISTS["dose"])]))
    if kind == "drugE":
        return case_pop(row, "rxE", lambda: [pick(P_LISTS["drugE"])])[0]
    if kind == "rxE":
        return " ".join(case_pop(row, "rxE", lambda: [pick(P_LISTS["drugE"]), pick(P_LISTS["doseE"])]))
    if kind == "lab":
        k = case_pop(row, "labs", lambda: None)
        return lab_named(k) if k else lab_value(LAB_FORMS)
    if kind.startswith("L_"):
        return lab_named(kind[2:])
    if kind.startswith("V_"):
        return lab_named(kind[2:], with_label=False)
    if kind == "dept":
        row.ndept += 1
        if row.ndept == 1:
            return row.case["dept"]
        return pick([d for d in P_LISTS["dept"] if d != row.case["dept"]])
    if kind == "dur":
        return pick(row.case["dur"])
    if kind == "durE":
        return DUR_E[pick(row.case["dur"])]
    if kind in P_LISTS:
        return pick(P_LISTS[kind])
    if kind == "bp":
        s = R.randint(92, 196)
        return "%d/%d%smmHg" % (s, R.randint(52, min(118, s - 25)), pick(["", " "]))
    if kind == "bpH":
        return "%d/%d%smmHg" % (R.randint(152, 198), R.randint(92, 118), pick(["", " "]))
    if kind == "bpN":
        return "%d/%d%smmHg" % (R.randint(116, 138), R.randint(68, 86), pick(["", " "]))
    if kind == "spo2L":
        return "%d%%" % R.randint(78, 88)
    if kind == "hr":
        return "%d次/分" % R.randint(48, 136)
    if kind == "hrE":
        return "%d bpm" % R.randint(48, 136)
    if kind == "tempH":
        return "%.1f℃" % R.uniform(38.3, 40.6)
    if kind == "temp":
        return "%.1f℃" % R.uniform(36.2, 39.8)
    if kind == "spo2":
        return "%d%%" % R.randint(84, 99)
    if kind == "lab":
        return lab_value(LAB_FORMS)
    if kind == "labE":
        return lab_value(LAB_FORMS_E)
    if kind == "wt":
        return "%d kg" % R.randint(38, 96)
    if kind == "age":
        return "%d岁" % row.age()
    if kind == "ageT":
        return "%d歲" % row.age()
    if kind == "ageE":
        return "%d-year-old" % row.age()
    if kind == "aageE":
        a = row.age()
        return ("an %d-year-old" if a in (8, 11, 18) or 80 <= a <= 89 else "a %d-year-old") % a
    if kind == "agey":
        return "%d years" % row.age()
    if kind == "agec":
        return pick(
            ["%d岁" % R.randint(2, 11), "%d岁%d个月" % (R.randint(1, 6), R.randint(1, 11)), "%d个月" % R.randint(3, 11)]
        )
    if kind == "age2":
        return "%d岁" % R.randint(24, 88)
    if kind == "age2E":
        return "%d-year-old" % R.randint(24, 88)
    if kind in ("vdate", "vdateE", "vin", "vout", "vinE", "voutE"):
        lo, hi = {"vin": (-20, -8), "vout": (-2, 3), "vinE": (-20, -8), "voutE": (-2, 3)}.get(kind, (-25, 6))
        d = row.visit + datetime.timedelta(days=R.randint(lo, hi))
        en = kind.endswith("E") or row.lang == "en"
        sk = "E" if en else "Z"
        if sk not in row.dstyle:
            if en:
                row.dstyle[sk] = pick(["dMy", "Mdy", "iso", "dmy", "dMy"])
            elif row.script == "tw":
                row.dstyle[sk] = pick(["roc2", "slash0", "roc2"])
            elif row.script == "hk":
                row.dstyle[sk] = pick(["dmy1", "zh", "dmy"])
            else:
                row.dstyle[sk] = pick(["zh", "zh", "iso", "md", "dot1", "slash0", "zh0"])
        return fmt_date(d.year, d.month, d.day, row.dstyle[sk])
    raise KeyError("unknown protect kind %r" % kind)


def fill_value(row, kind):
    c = row.case
    if kind in ("dx", "dxE", "op") and c[kind]:
        return c[kind]
    if kind in ("sym", "symE") and c[kind]:
        return pick(c[kind])
    if kind in ("exam", "examE") and c[kind]:
        return case_pop(row, kind, lambda: pick(F_LISTS[kind]))
    return pick(F_LISTS[kind])


def split_tag(arg):
    if arg and "=" in arg:
        a, t = arg.split("=", 1)
        return a, t
    return arg, None


NAME_DESC = {
    "han": "full name",
    "rare": "rare-surname full name",
    "double": "double-surname full name",
    "wordg": "full name with word-like given name",
    "minority": "minority/transliterated name",
    "wordfull": "word-like two-character name",
    "korean": "Korean-Chinese name",
    "husband": "husband's + own surname name",
    "tw": "Taiwan name (traditional)",
    "hk": "Hong Kong name (traditional)",
    "nick": "nickname",
}


def get_person(row, key, needs_by_key):
    if key not in row.persons:
        rel = KEY_RE.match(key).group(4)
        if rel and rel not in row.persons and rel in needs_by_key:
            get_person(row, rel, needs_by_key)
        for _ in range(200):
            p = draw_person(row, key, needs_by_key[key])
            p.key, p.rel = key, rel
            if person_ok(p, row.persons.values(), needs_by_key[key]):
                break
        else:
            raise Retry("no person for " + key)
        row.persons[key] = p
    return row.persons[key]


def render_slot(row, typ, arg, needs_by_key):
    """returns a list of (text, kind or None, parts or None)"""
    if typ in NAME_SLOTS:
        p = get_person(row, arg, needs_by_key)
        if p.kind != "nick":
            row.last_gen = p.gen
            row.last_gender = p.gender
        if typ == "N":
            row.desc.append("NAME " + NAME_DESC[p.kind])
            return [(p.full, "NAME", p.parts)]
        if typ == "G":
            row.desc.append("NAME given name alone")
            return [(p.given, "NAME", [p.given])]
        if typ == "S":
            row.desc.append("NAME surname + title")
            return [(p.sur, "NAME", [p.sur])]
        if typ in ("K", "KA", "KX", "KL", "KD"):
            v = nickname(p, typ) if p.kind != "nick" else p.full
            row.desc.append("NAME nickname")
            return [(v, "NAME", [v])]
        if typ in ("PY", "PYW", "PYU"):
            row.desc.append("NAME pinyin")
            s, g = p.sur_py, p.given_py
            txt = {"PY": "%s %s" % (s, g), "PYW": "%s %s" % (g, s), "PYU": "%s %s" % (s.upper(), g)}[typ]
            return [(txt, "NAME", [g, s])]
        if typ == "PYS":
            row.desc.append("NAME pinyin surname + title")
            return [(p.sur_py, "NAME", [p.sur_py])]
        if typ == "PYG":
            row.desc.append("NAME pinyin given name")
            return [(p.given_py, "NAME", [p.given_py])]
        if typ == "CY":
            row.desc.append("NAME Cantonese romanisation")
            return [("%s %s" % p.canto, "NAME", [p.canto[1], p.canto[0]])]
        if typ == "CYS":
            row.desc.append("NAME Cantonese surname + title")
            return [(p.canto[0], "NAME", [p.canto[0]])]
        if typ in ("EN", "ENS", "ENPY"):
            if p.en is None:
                used = {q.en for q in row.persons.values()}
                p.en = pick([e for e in EN_GIVEN[p.gender] if e not in used])
            row.desc.append("NAME English given name")
            if typ == "EN":
                return [(p.en, "NAME", [p.en])]
            if typ == "ENS":
                return [("%s %s" % (p.en, p.sur), "NAME", [p.en, p.sur])]
            rom = p.canto[0] if p.canto else p.sur_py
            return [("%s %s" % (p.en, rom), "NAME", [p.en, rom])]
    a, tag = split_tag(arg)
    ck = (typ, a, tag)
    if tag is not None and ck in row.cache:
        return row.cache[ck]
    out = None
    if typ == "PHONE":
        k = a or {"hk": "hk", "tw": "tw"}.get(row.script) or ("mob" if row.lang == "en" or R.random() < 0.7 else "land")
        text, core = phone(k)
        k = {"twm": "tw"}.get(k, k)
        row.desc.append("PHONE " + {"mob": "CN mobile", "land": "CN landline", "hk": "HK", "tw": "TW"}[k])
        out = [(text, "PHONE", [core])]
    elif typ == "ID":
        k = a or {"hk": "hk", "tw": "tw"}.get(row.script, "gb")
        if k in ("m", "f"):
            row.patient_gender, k = k, {"hk": "hk", "tw": "tw"}.get(row.script, "gb")
        if k == "gb":
            text = gb_id(row.birth, row.patient_gender)
        elif k == "tw":
            text = tw_id(row.patient_gender)
        else:
            text = hk_id()
        row.desc.append("ID " + {"gb": "resident ID", "tw": "TW ID", "hk": "HKID"}[k])
        out = [(text, "ID", [text])]
    elif typ == "MRN":
        v = mrn_value(a or "")
        row.desc.append("MRN " + (a or "number"))
        out = [(v, "MRN", [v])]
    elif typ == "MRNL":
        lang = "en" if a == "en" else row.lang
        script = a if a in ("tw", "hk") else row.script
        lab = mrn_label(script, lang, a == "out")
        v = mrn_value(lab)
        if lang == "en" or lab in ("Hospital No.", "HN", "MRN", "Case No."):
            sep = pick([": ", " ", ":", " #"]) if lab != "HN" else pick([": ", " "])
            if lab == "HN" and v.startswith("HN"):
                lab, sep = "", ""
        else:
            sep = pick(["：", "：", ":", " ", "", "为"]) if script == "s" else pick(["：", ":", " "])
        row.desc.append("MRN " + (lab or "HN number"))
        out = [(lab + sep, None, None), (v, "MRN", [v])]
    elif typ == "MRNB":
        v = mrn_value("住院号")
        bed = "%s%d床" % (pick(["", "", "加", "+"]), R.randint(1, 58))
        form = R.randint(0, 3)
        row.desc.append("MRN bed + 住院号")
        if form == 0:
            out = [(bed + "，住院号", None, None), (v, "MRN", [v])]
        elif form == 1:
            out = [(bed + " 住院号：", None, None), (v, "MRN", [v])]
        elif form == 2:
            out = [(bed + "（住院号", None, None), (v, "MRN", [v]), ("）", None, None)]
        else:
            out = [(bed + "/", None, None), (v, "MRN", [v])]
    elif typ == "EMAIL":
        if a:
            p = get_person(row, a, needs_by_key)
            s, g = p.sur_py.lower().replace("ü", "v"), p.given_py.lower().replace("'", "")
            ini = "".join(PY_CHARS[c][0] for c in p.given)
            loc = pick(
                [
                    s + g,
                    g + "." + s,
                    s + "_" + g,
                    s + g + str(R.randint(60, 99)),
                    s + ini + str(row.birth[0]),
                    g + str(R.randint(1, 999)),
                    ini + s,
                ]
            )
        else:
            loc = pick(EMAIL_GENERIC) if R.random() < 0.6 else digits(R.randint(8, 10), "123456789")
        dom = pick(EMAIL_DOM["en" if row.lang == "en" and row.script == "s" else row.script])
        row.desc.append("EMAIL personal" if a else "EMAIL generic")
        out = [(loc + "@" + dom, "EMAIL", [loc])]
    elif typ == "ADDR":
        k = a or {"tw": "tw", "hk": "hk"}.get(row.script) or ("en" if row.lang == "en" else "cn")
        if k == "tw":
            text, parts = addr_tw()
        elif k == "hk":
            text, parts = addr_hk()
        elif k == "en":
            text, parts = addr_en()
        elif k == "hken":
            text, parts = addr_hk_en()
        elif k == "cn":
            text, parts = addr_cn()
        else:
            text, parts = addr_cn(k)
        row.desc.append("ADDRESS " + k)
        out = [(text, "ADDRESS", parts)]
    elif typ in ("DOB", "DOBv"):
        variant = a or {"tw": "tw", "hk": "hk"}.get(row.script) or ("en" if row.lang == "en" else "zh")
        pre, v, suf = dob_parts(row.birth, variant, typ == "DOBv")
        row.desc.append("DOB " + variant)
        out = [(pre, None, None), (v, "DOB", [v]), (suf, None, None)]
    elif typ == "p":
        out = [(prot_value(row, a), "P", None)]
    elif typ == "f":
        out = [(fill_value(row, a), None, None)]
    else:
        raise KeyError("unknown slot %r" % typ)
    if tag is not None:
        row.cache[ck] = out
    return out


def latin(s):
    return not HAN_RE.search(s)


def find_all(text, needle):
    if re.fullmatch(r"[A-Za-z][A-Za-z '\-]*", needle):
        pat = r"(?<![A-Za-z])" + re.escape(needle) + r"(?![A-Za-z])"
        return [(m.start(), m.end()) for m in re.finditer(pat, text, re.I)]
    out, i = [], text.find(needle)
    while i != -1:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return out


def inside(iv, ivs):
    return any(a <= iv[0] and iv[1] <= b for a, b in ivs)


def overlaps(iv, ivs):
    return any(iv[0] < b and a < iv[1] for a, b in ivs)


def render_row(tpl):
    row = Row(tpl)
    turns_src = [expand_alts(t) for t in tpl["turns"]]
    needs = {}
    for t in turns_src:
        for m in TOKEN_RE.finditer(t):
            if m.group(1) in NAME_SLOTS and row.hint_gen is None:
                km = KEY_RE.match(m.group(2))
                row.hint_gen = next((c for c in km.group(2) if c in "oay"), None) if km else None
                row.hint_gen = row.hint_gen or ""
                row.hint_sex = km.group(1) if km and km.group(1) != "x" else None
            if m.group(1) in NAME_SLOTS:
                needs.setdefault(m.group(2), set()).add(m.group(1))
            if m.group(1) == "EMAIL" and m.group(2):
                needs.setdefault(m.group(2), set()).add("EMAIL")
    turns, tracked, protect = [], [], []
    for _ti, src in enumerate(turns_src):
        buf, pos = [], 0
        track = []
        length = 0
        for m in TOKEN_RE.finditer(src):
            lit = src[pos : m.start()]
            buf.append(lit)
            length += len(lit)
            pos = m.end()
            if m.group(3) is not None:
                segs = [(m.group(3), "P", None)]
            else:
                segs = render_slot(row, m.group(1), m.group(2), needs)
            for text, kind, parts in segs:
                if kind == "P":
                    protect.append(text)
                elif kind:
                    track.append((length, length + len(text), kind, text, parts))
                buf.append(text)
                length += len(text)
        buf.append(src[pos:])
        text = "".join(buf)
        for s in ("{", "}", "«", "»", "[[", "]]"):
            if s in text:
                raise ValueError("markup left in template: %r" % text[:80])
        turns.append(text)
        tracked.append(track)
    # strict checks against tracked positions
    ivs = [[(a, b) for a, b, _, _, _ in tr] for tr in tracked]
    for _ti, tr in enumerate(tracked):
        for _a, _b, kind, text, parts in tr:
            for t2, turn in enumerate(turns):
                for iv in find_all(turn, text):
                    if not inside(iv, ivs[t2]):
                        raise Retry("span text %r also occurs unlabelled" % text)
            if kind == "NAME":
                for part in parts:
                    for t2, turn in enumerate(turns):
                        for iv in find_all(turn, part):
                            if not inside(iv, ivs[t2]):
                                raise Retry("name part %r occurs outside spans" % part)
    for pr in protect:
        if not any(not overlaps(iv, ivs[t2]) for t2, turn in enumerate(turns) for iv in find_all(turn, pr)):
            raise Retry("protect %r only inside spans" % pr)
    spans = OrderedDict()
    for tr in tracked:
        for _a, _b, kind, text, parts in tr:
            k = (kind, text)
            if k not in spans:
                spans[k] = {"kind": kind, "text": text, "parts": []}
            for p in parts:
                if p not in spans[k]["parts"]:
                    spans[k]["parts"].append(p)
    prot = []
    for p in protect:
        if p not in prot:
            prot.append(p)
    return row, turns, list(spans.values()), prot


def describe(tpl, row, spans):
    if not spans:
        return "none"
    seen = []
    for d in row.desc:
        if d not in seen:
            seen.append(d)
    by = OrderedDict()
    for d in seen:
        k, rest = d.split(" ", 1)
        by.setdefault(k, []).append(rest)
    body = "; ".join("%s: %s" % (k, ", ".join(v)) for k, v in by.items())
    where = tpl.get("note") or GENRE_WHERE.get(tpl["style"], tpl["style"])
    return "%s -- %s" % (where, body)


GENRE_WHERE = {
    "nursing_handover": "nursing hand-over text",
    "consultation": "consultation record",
    "discharge_summary": "discharge summary",
    "phone_followup": "telephone follow-up note/dialogue",
    "consent_form": "family consent form",
    "referral_letter": "referral letter",
    "pharmacy_note": "pharmacy / medication note",
    "wechat_group": "WeChat group chat",
    "outpatient_dialogue": "patient's question to the assistant",
    "admission_record": "admission record / table",
    "family_message": "relative's message to the assistant",
    "tcm_clinic": "TCM clinic note",
    "lab_report": "lab / imaging report",
    "hk_tw_clinic": "Hong Kong / Taiwan clinic note",
    "mixed_ward_talk": "code-switched ward talk",
    "en_case_note": "English case note",
}

TEMPLATES = []


def T(style, lang, *turns, script="s", note="", kid=False, case=None):
    assert style in GENRE_WHERE, style
    assert lang in ("zh", "en", "mixed")
    assert 1 <= len(turns) <= 4
    TEMPLATES.append(
        {"style": style, "lang": lang, "turns": list(turns), "script": script, "note": note, "kid": kid, "case": case}
    )


# ===========================================================================
# TEMPLATES -- Chinese rows with PHI
# ===========================================================================
# --- nursing hand-over --------------------------------------------------------
T(
    "nursing_handover",
    "zh",
    "帮我把这段交班记录改规范一点：\n{MRNB}，患者{N:mo1}，{p:age}，{f:dx=d}入院第«2|3|4|5»天。今日最高体温{p:temp=t}，血压{p:bp=b}，夜间诉{f:sym=s}，已报告{p:role=r}。家属{N:f2}陪护，电话{PHONE:mob}。",
    "【夜班交班】\n患者：{N:mo1}，{p:age}，{f:dx=d}\n生命体征：Tmax {p:temp=t}，BP {p:bp=b}\n病情变化：夜间诉{f:sym=s}，已汇报{p:role=r}，遵医嘱继续观察。\n陪护：家属{S:f2}女士，联系方式见原记录。",
    "家属{S:f2}女士刚才又来护士站问，{N:mo1}明天能不能出院？我该怎么回她？",
    "可以这样回复：“{S:f2}女士您好，{S:mo1}大爷目前体温和血压还需要再观察，能否明天出院要等主管医生明早查房后决定，有结果我们第一时间通知您。”不要替医生做出院承诺。",
)
T(
    "nursing_handover",
    "zh",
    "早班交接：«15|16|7»床{N:fo1}今晨{p:L_glu}，已遵医嘱处理；«17|21|9»床{N:m2}术后第二天，引流液约{f:ml}ml，色淡红；{G:f3}负责的«20|22|26»床今天上午出院，出院带药已核对«。|，家属已签字。»",
)
T(
    "nursing_handover",
    "zh",
    "今晚{S:f1}护士长查房时交代：{N:mu2}的{f:exam}结果出来后第一时间告诉[[值班医生]]；另外他外甥{N:m3}明早八点来办手续，有事先打他电话{PHONE:mob}。",
)
T(
    "nursing_handover",
    "zh",
    "交班补充：3床老太太下午血压{p:bpH=b}，{S:fo1}奶奶说是午饭后忘了吃药，已补服{p:drugBP=d}。«她女儿|她外甥女»{N:f2}晚上来替班，别让陪护{N:m3}一个人守通宵。",
    "收到，整理成标准格式：\n1. 3床：下午血压{p:bpH=b}，补服{p:drugBP=d}，1小时后复测；\n2. 陪护安排：晚上由{N:f2}接替{N:m3}。\n另外，正式交班本里请写患者全名，不要只写“{S:fo1}奶奶”。",
    "{G:f2}说她明天晚上也来不了，想请个护工，可以吗？",
    "可以。请{G:f2}到护士站填写护工申请，注明陪护时间和联系方式；交班时也要写清楚明晚由护工陪护，避免夜班不知情。",
)
T(
    "nursing_handover",
    "zh",
    "ICU交班：\n1床 {N:xd1}，«重症肺炎|感染性休克|急性呼吸窘迫综合征|脑出血术后»，呼吸机辅助通气，SpO2 {p:spo2}，镇静评分RASS -2；\n2床 {N:xr2}，术后回室，心率{p:hr}，尿量偏少«，已通知医生|，继续观察»；\n今晚值班：{N:f3}（主管护师）、{N:f4}。",
)
T(
    "nursing_handover",
    "zh",
    "交接班时说一下，{G:fa1}今天请假了，她管的四个病人由«我|{G:fa2}»先接着。其中{N:mo3}下午做完{f:exam}回来一直说«头晕|胸口闷|没胃口»，{p:role}看过了，说先观察。",
)
T(
    "nursing_handover",
    "zh",
    "护理交班（{p:vdate}）\n病区：{p:dept}\n在院«38|42|45|51»人，新入«3|4|6»人，出院«2|3|5»人。\n重点患者：{MRNB}，{N:m1}，{p:age}，入院诊断{f:dx}，今日行{f:op}，术后生命体征平稳。\n交班人：{N:f2}  接班人：{N:f3}",
)
T(
    "nursing_handover",
    "zh",
    "帮我把这段口头交班改成SBAR：患者{N:mo1}主诉夜间{f:sym=s}加重，血压{p:bp=b}，心率{p:hr=h}，给予{p:drug=d}后稍缓解。他老伴{N:fo2}说他白天没怎么吃东西。",
    "S（现状）：{N:mo1}夜间{f:sym=s}加重。\nB（背景）：住院期间，白天进食少（家属{S:fo2}阿姨反映）。\nA（评估）：血压{p:bp=b}，心率{p:hr=h}，用{p:drug=d}后稍缓解。\nR（建议）：继续监测生命体征，请营养科评估进食情况。",
    "{S:fo2}阿姨还说老伴夜里打呼噜特别响，有时候憋气，要写进去吗？",
    "建议写进B（背景）：“家属诉患者夜间鼾声明显，偶有憋气”。R（建议）里可以加一条：请医生评估是否需要做睡眠呼吸监测。",
)
T(
    "nursing_handover",
    "zh",
    "白班交接记录\n—— {N:f1}：负责1-12床，其中5床{N:m2}血糖波动大，午餐前血糖{p:V_pglu}；\n—— {N:f3}：负责13-24床，19床{N:fo4}家属要求明天出院，已告知{p:role}；\n—— 护理组长：{N:f5}",
)
T(
    "nursing_handover",
    "zh",
    "今天接班时发现23床床头卡写的是“{N:mo1}”，腕带上却是“{N:mo2}”。核对住院号{MRN:住院号}后确认是床头卡写错了，该住院号对应的是{N:mo2}，已更正并上报{p:role}。",
)
T(
    "nursing_handover",
    "zh",
    "产科交班：{N:fy1}，G1P0，孕«32|36|38|39»周+，今晨«6点|7点半|5点40»胎心140次/分左右，宫缩不规律；爱人{N:ma2}在外面等，有事找他。另外新生儿科转来的{KD:fy3}今天复查[[总胆红素«186|212|245» μmol/L]]，«比昨天下降|较前略升»。",
)
T(
    "nursing_handover",
    "zh",
    "儿科交班：6床{N:my1}，{p:age}，[[川崎病]]第«3|4|5|6»天，体温{p:temp}，丙球已输完；妈妈{N:fa2}一直陪着，爸爸晚上来，联系电话{PHONE:mob}。",
    kid=True,
)
T(
    "nursing_handover",
    "zh",
    "夜班{G:fy1}交过来的：«8|11|14»床{N:mu2}今晚不肯吃药，说要等家里人来翻译，他侄子{N:mu3}明天上午到。我已经跟{S:m4}医生说了，医生说先不强求。",
)
T(
    "nursing_handover",
    "zh",
    "转科交接单\n转出科室：{p:dept}  转入科室：[[重症医学科]]\n患者：{N:xw1}  {MRNL}\n转科原因：{f:dx}\n管路：留置导尿、右颈内静脉置管\n交出护士：{N:f2}  接收护士：{N:f3}",
)

# --- consultation ------------------------------------------------------------
T(
    "consultation",
    "zh",
    "会诊记录\n申请科室：{p:dept}  申请医师：{N:m1}\n会诊科室：{p:dept}  会诊医师：{N:xd2}（副主任医师）\n患者{N:fo3}，{p:age}，因{f:dx}入院，现出现{f:sym}，请求协助诊治。\n会诊意见：1. 完善{f:exam}；2. 可予{p:rx}；3. 随诊。",
)
T(
    "consultation",
    "zh",
    "帮我看看这段会诊意见写得清不清楚：“患者{N:m1}，{f:dx}术后第«2|3|4»天，今日{f:sym}，查体[[墨菲征]]阴性，建议复查{f:exam=e}，必要时转{p:dept}。会诊医生：{S:m2}。”",
    "整体清楚，几点建议：\n1. “会诊医生：{S:m2}”只写了姓，正式文书应写全名并手写签名；\n2. 术后天数后面最好补上具体日期，如{p:vdate}；\n3. [[墨菲征]]阴性与复查{f:exam=e}之间可以补一句鉴别思路。",
    "{S:m2}医生说他手写签名太潦草，打印版能不能只写姓？",
    "不建议。打印版应写全名（{N:m2}），并在纸质版上手写签名确认；只写姓在多位同姓医生的科室里容易混淆，也不符合病历书写规范。",
    case="胆囊结石伴急性胆囊炎",
)
T(
    "consultation",
    "zh",
    "多学科会诊（MDT）纪要\n时间：{p:vdate} 下午\n地点：[[逸夫楼]]6楼示教室\n参加人员：{N:m1}、{N:f2}、{N:xr3}、{N:m4}\n讨论患者：{N:mo5}，{p:age}，{f:dx}。\n结论：先行新辅助治疗，两周期后再评估手术时机。\n记录：{N:fy6}",
)
T(
    "consultation",
    "zh",
    "{S:m1}主任，麻烦您有空来我们科看一下9床的{N:fo2}，{p:age}，今天上午突然{f:sym}，血压{p:bp}，心电图提示«窦性心动过速|ST段压低|房颤伴快心室率»。我是病房的{N:f3}，电话{PHONE:land}。",
    case="acute",
)
T(
    "consultation",
    "zh",
    "会诊回复：已看过患者{N:mo1}。目前考虑[[帕金森病]]可能性大，建议加用[[多巴丝肼]]，62.5 mg tid起始；家属{N:f2}诉患者近半年动作变慢、写字越来越小，与病程相符。\n神经内科 {N:m3}",
)
T(
    "consultation",
    "zh",
    "请问这样的会诊申请能不能发：\n“敬请{S:m1}教授会诊：患者{N:xu2}，{p:age}，汉语交流困难，由其女儿{N:fu3}翻译。因反复{f:sym}{p:dur=u}入院……”",
    "可以发，不过建议：\n· 在“由其女儿翻译”后注明翻译者的联系方式，方便会诊医师沟通；\n· 主诉时间“{p:dur=u}”要与入院记录一致；\n· 称呼“{S:m1}教授”没问题，但最好写明受邀科室。",
)
T(
    "consultation",
    "zh",
    "急会诊：ICU {N:m1}医生呼叫，患者{N:xw2}，{f:dx}，血氧{p:spo2L}，需评估气管插管，请麻醉科二线{N:m3}速到«。|！»",
)
T(
    "consultation",
    "zh",
    "会诊单上被邀请人写的是“{N:mr1}”，这个姓怎么读？我们科新来的规培生不认识，差点叫错。",
    "“{S:mr1}”作为姓氏读作 {PYS:mr1}，是比较少见的姓。建议在会诊系统里给{N:mr1}医生的名字加注拼音，避免再出现这种情况。",
)
T(
    "consultation",
    "zh",
    "营养科会诊意见：患者{N:fo1}，{p:age}，体重{p:wt}，近一月下降约5 kg，白蛋白偏低。建议：1. 口服营养补充；2. 每周监测体重；3. 出院后由女儿{N:f2}协助记录饮食日记。会诊人：{N:f3}（营养师）",
)

# --- discharge summary -------------------------------------------------------
T(
    "discharge_summary",
    "zh",
    "出院小结\n姓名：{N:m1}  性别：男  年龄：{p:age}\n{MRNL}\n入院日期：{p:vin}  出院日期：{p:vout}\n入院诊断：{f:dx}\n诊疗经过：入院后完善{f:exam}，予{p:drug}等治疗，症状好转。\n出院医嘱：1. {p:rx}；2. {p:durF}后门诊复查。\n主治医师：{N:f2}  住院医师：{N:m3}",
    case="chronic",
)
T(
    "discharge_summary",
    "zh",
    "请把下面的出院小结压缩成三句话给家属看：\n患者{N:fo1}，女，{p:age}，因“{f:sym=s}{p:dur}”于{p:vin}入院。诊断：1.{f:dx}；2.[[阿尔茨海默病]]。住院期间由女儿{N:f2}陪护。出院带药：[[多奈哌齐]] 5 mg qn，{p:drug}。",
    "给家属的简短版本：\n1. {S:fo1}奶奶这次因为{f:sym=s}住院，目前病情稳定，可以回家了。\n2. 回家后继续按时吃药，[[多奈哌齐]]每晚睡前吃一片。\n3. 请{G:f2}留意老人夜里有没有更糊涂，两周后带她回门诊复查。",
    "{G:f2}又问，老人回家后饮食上要注意什么？",
    "可以告诉{G:f2}：饮食清淡、少量多餐，保证每天喝够水；{S:fo1}奶奶如果吞咽变慢，饭菜要做软一点，吃饭时有人在旁边看着，防止呛咳。",
)
T(
    "discharge_summary",
    "zh",
    "出院记录 {MRNL}\n患者{N:m1}，{p:age}，于{p:vin}行{f:op}，术后恢复良好，切口甲级愈合。\n出院诊断：{f:dx}\n住址：{ADDR}\n随访：术后一月返院复查，联系人：{N:f2}（«妻子|女儿|儿媳»），{PHONE}",
)
T(
    "discharge_summary",
    "zh",
    "出院小结里“既往史”这段写得有点乱，帮我理一下：患者既往高血压10余年，平时服{p:drugBP=d}，血压控制在{p:bpN=b}左右；{p:durP=u}前在[[华西医院]]诊断{f:dx=x}；父亲{N:mo1}因脑梗死去世，母亲{N:fo2}健在，有糖尿病。",
    "整理后：\n既往史：高血压病史10余年，规律口服{p:drugBP=d}，血压控制于{p:bpN=b}左右；{p:durP=u}前于[[华西医院]]诊断为{f:dx=x}。\n家族史：父亲因脑梗死去世，母亲健在，患2型糖尿病。\n提示：家族史一般不需要写父母姓名（原文中的{N:mo1}、{N:fo2}），可以删去。",
    "那母亲{N:fo2}的糖尿病要不要写具体用药？",
    "家族史一般只写亲属患有的疾病和与患者相关的遗传倾向，不需要写亲属的具体用药，也不要写亲属姓名。写“母亲患2型糖尿病”即可。",
)
T(
    "discharge_summary",
    "zh",
    "出院小结（儿科）\n患儿{N:my1}，男，{p:age}，{DOB}。\n因发热5天、皮疹、双眼结膜充血入院，诊断[[川崎病]]，予丙种球蛋白及[[阿司匹林]]治疗后热退。\n出院后两周复查心脏彩超。家长：{N:fa2}，{PHONE:mob}",
    kid=True,
)
T(
    "discharge_summary",
    "zh",
    "麻烦帮我检查这份出院小结有没有错别字：\n“{N:fh1}，女，{p:age}。因右侧股骨颈骨折入院，于{p:vin}在腰硬联合麻醉下行人工股骨头置换术。术后予抗凝、镇痛及康复锻炼，出院时可扶助行器行走。医师签名：{N:m2}”",
    "通读了一遍，没有发现错别字。两处可以改进：一是“扶助行器行走”前可补充行走距离；二是抗凝药物名称与疗程（如[[利伐沙班]] 10 mg qd，共[[«35天|5周»]]）应写明。",
)
T(
    "discharge_summary",
    "zh",
    "{N:m1}，{p:age}，住院号{MRN:住院号}，{p:vin}因{f:dx}入我科，{p:vout}好转出院。出院时神志清，精神可，血压{p:bp}。嘱：低盐低脂饮食，戒烟限酒，{p:rx}长期服用。主管医生：{N:f2}",
    case="chronic",
)
T(
    "discharge_summary",
    "zh",
    "出院小结的“出院情况”我写成了：“患者{N:mo1}一般情况可，由其子{N:m2}、其女{N:f3}陪同步行出院。”这样写规范吗？",
    "基本规范。不过出院情况通常重点写病情和体征，例如“神志清，生命体征平稳，伤口愈合良好”；陪同人员（{N:m2}、{N:f3}）一般不必写进出院小结，可记录在护理出院评估单里。",
)

# --- telephone follow-up -----------------------------------------------------
T(
    "phone_followup",
    "zh",
    "电话随访记录\n随访对象：{N:fo1}（本人接听）\n随访电话：{PHONE}\n随访内容：出院后{p:durF}，血压{p:bp}，按时服用{p:drugBP}，«无不适|偶有头晕»。\n随访人：{N:f2}  日期：{p:vdate}",
)
T(
    "phone_followup",
    "zh",
    "刚才{N:mo1}来电说他母亲这两天又开始{f:sym=s}，问能不能提前复查。我让他明天上午带{S:fo2}奶奶来门诊，挂{S:m3}主任的号。这样处理可以吗？",
    "可以。建议在随访系统里记一笔：来电人{N:mo1}（患者之子），诉患者再次出现{f:sym=s}，已建议次日门诊就诊。如果{S:fo2}奶奶出现胸痛、意识改变等情况，应直接去急诊。",
)
T(
    "phone_followup",
    "zh",
    "随访员：您好，请问是{N:m1}家吗？我是[[中山医院]]{p:dept}的护士，做术后随访。\n家属：是的，我是他女儿{G:f2}。\n随访员：{S:m1}叔叔最近伤口怎么样？\n家属：挺好的，就是晚上还有点«咳嗽|疼|睡不踏实»。",
)
T(
    "phone_followup",
    "zh",
    "电话打了三次都没人接，号码是{PHONE:mob}，后来是患者儿媳{N:fa1}回拨的，说{N:mo2}上周已经转到{p:hosp=h}去了。系统里怎么登记？",
    "可以这样登记：“{p:vdate}电话随访，登记号码未接通，后由家属（儿媳{N:fa1}）回电告知患者已转诊至{p:hosp=h}。随访状态：转院。”",
    "{N:fa1}还问能不能把出院小结复印件寄给她，地址是{ADDR}。",
    "可以，但需要按医院的病历复印流程办理：由患者本人或持授权委托书的家属申请，核对身份后再邮寄。建议告知{N:fa1}先在线提交申请，不要在电话里直接记录和承诺邮寄。",
)
T(
    "phone_followup",
    "zh",
    "糖尿病患者电话随访汇总：\n1. {N:m1}——{p:L_glu}，自述饮食控制差；\n2. {N:xr2}——已停用{p:drugDM}，原因：«胃肠道反应|自己觉得好了|买不到药»；\n3. {N:fo3}——电话停机，改联系其儿子{N:m4}（{PHONE:mob}）；\n4. {N:m5}（科里都叫他{KL:m5}）——老病号，耳背，需大声说话。",
)
T(
    "phone_followup",
    "zh",
    "您好，我是{p:dept}的随访护士{G:f1}。请问是{N:f2}女士吗？您{p:vout}出院时医生交代{p:durF}后复查{f:exam}，您约上了吗？",
)
T(
    "phone_followup",
    "zh",
    "帮我写一段电话随访的开场白，对象是{p:age}的{S:mo1}大爷，他耳朵不太好，之前都是他孙女{N:fy2}接电话。",
    "可以这样说：“您好，请问是{S:mo1}大爷家吗？我是医院随访中心的，想了解一下大爷出院后的情况。如果大爷听不清，麻烦{G:fy2}帮忙转达一下，谢谢！”",
    "如果接电话的是{G:fy2}，她说爷爷在睡觉，该怎么说？",
    "可以说：“不好意思打扰了，那麻烦{G:fy2}帮忙转达：大爷出院后要按时吃药，下周记得来复查。我们明天下午再打过来，看大爷方便的时候聊几句。”",
)
T(
    "phone_followup",
    "zh",
    "随访记录：{p:vdate} 10:20致电患者{N:mu1}，本人汉语不流利，由邻居{N:m2}代为回答：患者近一周{f:sym}，未按时服药。已建议尽快返院，并请{N:m2}转告家属。",
)
T(
    "phone_followup",
    "zh",
    "术后第30天电话随访\n患者：{N:f1}\n手术：{f:op}\n接听人：丈夫{N:m2}\n情况：切口愈合好，无发热；患者诉偶有{f:sym}。\n处理：已预约{p:vdate}门诊复查。\n随访护士：{KX:f3}（规培轮转）",
)

# --- consent forms -----------------------------------------------------------
T(
    "consent_form",
    "zh",
    "手术知情同意书（节选）\n患者姓名：{N:m1}  {MRNL}\n拟行手术：{f:op}\n……我已详细阅读以上内容，对医师的告知表示完全理解，同意手术。\n患者签名：{N:m1}\n家属签字：{N:f2}  与患者关系：«妻子|女儿»\n谈话医师：{N:m3}  {p:vdate}",
)
T(
    "consent_form",
    "zh",
    "授权委托书\n本人{N:mo1}，身份证号{ID:m}，因病情需要，委托«儿子|女婿|侄子»{N:m2}（电话{PHONE:mob}）作为我的代理人，代为签署相关医疗文书。\n委托人：{N:mo1}\n受托人：{N:m2}\n日期：{p:vdate}",
)
T(
    "consent_form",
    "zh",
    "输血同意书家属签字那栏写的是“{N:fh1}”，但患者身份证上是“{N:fo2}”，关系一栏写“婆媳”，这样可以吗？",
    "可以。家属签字栏填写的是签字人本人（{N:fh1}），她与患者（{N:fo2}）是婆媳关系，属于近亲属。建议同时核对签字人的身份证件，并在病历中注明。",
    "{N:fh1}说她不识字，能按手印吗？",
    "可以。不识字的家属可由医务人员代为宣读同意书内容，确认其理解后按手印，并由另一名医务人员作为见证人签字，在病历中注明“{N:fh1}不识字，已口头告知并按手印确认”。",
)
T(
    "consent_form",
    "zh",
    "麻醉知情同意书\n患者：{N:fy1}  年龄：{p:age}  科室：{p:dept}\n麻醉方式：全身麻醉\n患者/监护人签名：{N:fa2}（母亲）\n麻醉医师：{N:xd3}\n签署时间：{p:vdate} {f:time}",
    kid=True,
)
T(
    "consent_form",
    "zh",
    "病危通知书已向家属交代：家属{N:m1~mo3}（患者长子）签字表示知情；另一位家属{N:f2~mo3}（患者次女）电话告知，电话{PHONE:mob}，录音已存档。患者{N:mo3}目前仍在[[重症医学科]]抢救。",
)
T(
    "consent_form",
    "zh",
    "拒绝治疗声明：患者{N:m1}本人拒绝行{f:exam}检查，医师已告知可能风险。\n患者签字：{N:m1}　见证人：{N:f2}（责任护士）　医师：{N:m3}",
)
T(
    "consent_form",
    "zh",
    "我爸要做心脏支架，医院让家属签字。我叫{N:f1}，我弟弟{G:m2}在外地，只能我签。同意书上“关系”那栏写“父女”对吗？还要填我的身份证号{ID:f}吗？",
    "关系一栏写“父女”是对的。身份证号一般只需在签字时按要求填写或出示，建议不要在网上发完整号码。也可以请{G:m2}通过电话与医生确认他同意，由医生在病历中记录。",
)
T(
    "consent_form",
    "zh",
    "特殊检查同意书\n姓名：{N:m1}  性别：男  {DOB}\n检查项目：«冠脉造影|增强CT|胃镜下活检»\n患者本人签字：{N:m1}\n（患者因视力差，由其«妻子|女儿»{N:f2}代读，患者本人按手印确认）\n经治医师：{N:f3}",
)

# --- referral letters --------------------------------------------------------
T(
    "referral_letter",
    "zh",
    "转诊信\n{p:hosp}{p:dept} {S:m1}主任：\n您好！现有患者{N:mo2}，男，{p:age}，因“{f:sym}{p:dur}”在我院就诊，考虑{f:dx}，因我院条件有限，特转请贵院进一步诊治。\n附：{f:exam}报告一份。\n此致\n敬礼！\n{p:place}市人民医院 {N:f3}\n{p:vdate}",
)
T(
    "referral_letter",
    "zh",
    "帮我润色一下这封转诊信：“{S:f1}医生你好，我这有个病人叫{N:m2}，{p:age}，{f:dx=x}，想转到你们那边看看，麻烦帮忙安排一下床位，谢谢！——{N:m3}”",
    "润色后：\n尊敬的{S:f1}医生：\n您好！我院患者{N:m2}，{p:age}，诊断为{f:dx=x}，目前病情需要上级医院进一步诊治，恳请贵科协助安排床位。\n感谢支持！\n{N:m3} 敬上",
    "再帮我加一句：联系人是我们科的{N:f4}，电话{PHONE:mob=1}。",
    "已补充：\n……恳请贵科协助安排床位。如需进一步沟通，请联系我科{N:f4}，电话{PHONE:mob=1}。\n感谢支持！\n{N:m3} 敬上",
)
T(
    "referral_letter",
    "zh",
    "双向转诊单（上转）\n患者姓名：{N:fo1}  性别：女  {DOB}\n身份证号：{ID:f}\n联系电话：{PHONE}\n现住址：{ADDR}\n初步诊断：{f:dx}\n转出医生：{N:m2}  转入医院：{p:hosp}",
)
T(
    "referral_letter",
    "zh",
    "乡卫生院转来的信上写：“兹有我乡{ADDR:village}村民{N:mo1}，{p:age}，反复咯血[[«两周|一个月|半年»]]，疑肺结核，请予诊治。卫生院 {N:m2}”。帮我列一下门诊接诊时要问哪些问题。",
)
T(
    "referral_letter",
    "zh",
    "致{N:m1}教授：\n学生{N:f2}冒昧来信。家母{N:fo3}去年在贵院确诊[[桥本甲状腺炎]]，近期复查{p:L_tsh}，当地医生建议回贵院复诊，不知能否预约您{p:vdate}的门诊？我的邮箱{EMAIL}，电话{PHONE:mob}。",
)
T(
    "referral_letter",
    "zh",
    "下转单\n转出：{p:hosp}{p:dept}\n转入：[[中山路社区卫生服务中心]]\n患者：{N:mg1}，{p:age}\n诊断：{f:dx}，病情稳定\n康复建议：继续{p:rx}，社区每周随访血压\n转诊医生：{N:f2}　社区接收医生：{N:m3}",
    case="chronic",
)

# --- pharmacy ------------------------------------------------------------------
T(
    "pharmacy_note",
    "zh",
    "药师审方记录：处方医生{N:m1}开具[[«左氧氟沙星 0.5 g qd|二甲双胍 0.5 g tid|加巴喷丁 0.3 g tid|利伐沙班 20 mg qd»]]，患者{N:fo2}肾功能不全（{p:L_egfr}），建议减量。已电话联系{S:m1}医生，同意修改。\n审方药师：{N:f3}",
)
T(
    "pharmacy_note",
    "zh",
    "今天药房窗口有位阿姨来问，她老伴{N:mo1}同时在吃[[华法林]]和{p:herb}泡水，说是{p:place}老家亲戚寄的，会不会有问题？她自己叫{N:fo2}，留了电话{PHONE:mob}让我们回复。",
    "可以这样回复{S:fo2}阿姨：部分中药如[[当归]]、[[丹参]]可能增强[[华法林]]的抗凝作用，增加出血风险。建议先暂停自行泡服的中药，一周内复查INR，并把正在吃的所有药拿给医生看。",
)
T(
    "pharmacy_note",
    "zh",
    "临床药师查房记录\n患者：{N:m1}  床号：«12|31|7»\n用药：{p:drug}、{p:drug}、{p:brand}\n问题：患者自行加服[[六味地黄丸]]和保健品，家属{N:f2}表示不知情。\n建议：停用保健品；[[六味地黄丸]]是否继续请主管医生{N:m3}决定。\n药师：{N:f4}",
)
T(
    "pharmacy_note",
    "zh",
    "发药核对时发现，{N:f1}的药袋里装的是{N:f2}的[[甲钴胺]]，两人床位挨着，差点发错。已重新核对腕带及住院号{MRN:住院号}，并填写不良事件报告。",
)
T(
    "pharmacy_note",
    "zh",
    "用药咨询记录：顾客{N:m1}（{p:age}）问[[布洛芬]]能不能和[[立普妥]]一起吃，另外他爱人{N:f2}在吃[[逍遥散]]，想一起问。已解答，建议就医时主动告知医生。\n咨询药师：{G:f3}",
)
T(
    "pharmacy_note",
    "zh",
    "请帮我写一段用药交代，给{N:fo1}奶奶，她{p:age}，刚开了[[阿托伐他汀]] 20 mg和{p:drug=d}，眼睛不好，字要大，最好让她女儿{G:f2}也能看懂。",
    "好的，以下是给{S:fo1}奶奶的用药交代（请{G:f2}帮忙看着）：\n① [[阿托伐他汀]]：每晚睡前吃一片；\n② {p:drug=d}：按医生写的时间吃，不要自己加减；\n如果出现肌肉酸痛、尿色发深，请及时到医院。",
)
T(
    "pharmacy_note",
    "zh",
    "静配中心退药单\n患者：{N:xu1}  病区：{p:dept}\n退药原因：医嘱停止\n药品：[[«注射用头孢曲松|哌拉西林他唑巴坦|美罗培南|注射用奥美拉唑»]] 1支\n申请护士：{N:f2}  审核药师：{N:m3}",
)

# --- WeChat groups -------------------------------------------------------------
T(
    "wechat_group",
    "zh",
    "【心内科护理群】\n@{N:f1} 12床的动态心电图约好了吗？\n{N:f1}：约了{p:vdate}上午，已经跟家属说了\n{KL:m2}：收到👍 另外{N:mo3}的{f:exam}报告出来了，有点异常，{S:m4}主任看过了\n{N:f1}：好的",
)
T(
    "wechat_group",
    "zh",
    "医患沟通群里的一段聊天，帮我看看回复是否得当：\n家属{G:f1}：医生，我爸{N:mo2}今天下午说胸口闷，要紧吗？\n群主（{S:m3}医生）：{G:f1}你好，请先让叔叔休息，测个血压发给我。\n家属{G:f1}：血压{p:bp}",
    "整体得当。{S:m3}医生先安抚并要求提供血压，是合理的。建议再补一句：如果胸闷持续超过15分钟、伴出汗或呼吸困难，应立即拨打[[120]]，不要在群里等回复。",
)
T(
    "wechat_group",
    "zh",
    "[幼儿园家长群] 小二班\n{KD:f1}妈妈：今天{KD:f1}有点咳嗽，请假一天\n{KD:m2}奶奶：我们家{KD:m2}也是，昨晚烧到{p:tempH}\n老师{N:f3}：好的，请假已登记，最近流感多，大家注意\n{KD:f1}妈妈：@{N:f3} 谢谢老师",
    kid=True,
)
T(
    "wechat_group",
    "zh",
    "科室值班群：\n「{KL:m1}」：今晚谁二线？\n「{N:f2}」：{S:m3}老师二线，我一线\n「{KL:m1}」：急诊上来一个{f:dx}的，{p:age}，叫{N:m4}，先收你们组\n「{N:f2}」：好的",
)
T(
    "wechat_group",
    "zh",
    "病友群截图转文字：\n“群昵称：{G:fa1}（{p:place}）\n我婆婆{N:fo2}做完心脏支架三个月了，还在吃[[波立维]]，牙疼想拔牙，能停药吗？\n群昵称：{K:m3}\n别自己停，问你们的主治医生”\n这个问题怎么回答比较好？",
    "{K:m3}说得对，不建议自行停药。支架术后一年内的双联抗血小板治疗非常重要，擅自停用[[波立维]]可能导致支架内血栓。建议{G:fa1}带婆婆先去看心内科医生，由心内科和口腔科共同评估拔牙时机。",
    "{K:m3}又补充说他自己拔牙前停了三天药也没事。这种说法要纠正吗？",
    "要温和地纠正。个人经历不能代表所有人，支架术后停药的风险因人而异。可以回复：“感谢分享，不过每个人的支架时间和情况不同，停不停药一定要听心内科医生的。”",
)
T(
    "wechat_group",
    "zh",
    "@{N:m1} {N:f2}老师今天下午[[逸夫楼]]的讲座改到四点了。另外{N:fo3}的家属在护士站等你，说要问出院带药的事。",
)
T(
    "wechat_group",
    "zh",
    "「{p:dept}规培群」\n{N:my1}：今天谁能帮我顶一下夜班？家里有事\n{N:fy2}：我可以，但明天你得帮我写{N:mo3}的病程\n{N:my1}：成交🤝\n{S:m4}老师：换班记得在排班系统里登记",
)
T(
    "wechat_group",
    "zh",
    "家属群里{N:f1}发了一条：“我妈今天[[血压高峰]]在下午三点左右，{p:bpH}，要不要加药？”护士长{N:f2}回复：“先别加，记录三天给{S:m3}医生看。”这样回复合适吗？",
    "合适。{S:m3}医生需要看到连续几天的血压记录才能判断是否调整方案。可以补充提醒：每次测量前静坐5分钟，如血压超过180/110 mmHg或伴头痛、胸闷，应立即就医。",
)
T(
    "wechat_group",
    "zh",
    "【{p:dept}医护群】\n{N:f1}：刚才{N:m2}家属又来问手术费用了，我让他们去找{S:m3}老师\n{N:m4}：我来吧，我正好要找家属签{f:op}的同意书\n{N:f1}：👌 顺便提醒他们明早空腹",
)

# --- patient / user questions (outpatient dialogue) ------------------------
T(
    "outpatient_dialogue",
    "zh",
    "医生你好，我是{N:fa1}，{p:age}，最近体检发现{p:lab}，{p:durP}前在{p:hosp}看过，医生说是{f:dx}。现在要不要吃药？",
    "{N:fa1}你好。单凭一项指标还不能决定是否用药，需要结合你的症状、其他化验和既往诊断综合判断。建议带上这次和既往的检查结果到{p:dept}复诊，由医生评估。",
    case="chronic",
)
T(
    "outpatient_dialogue",
    "zh",
    "我老公{N:m1}前天在{p:place}出差的时候突然{f:sym}，当地医院让住院，他不肯。我在家里很着急，能不能帮我分析一下要不要马上回来？我电话{PHONE:mob}。",
    "理解你的担心。我没法打电话，但可以给一些建议：既然当地医生建议住院，说明病情可能需要密切观察，建议{S:m1}先生先遵从当地医生的意见，病情稳定后再考虑转回本地。",
    "他刚才来电话说已经住进去了，主治是{S:m3}医生，我现在还需要做什么？",
    case="acute",
)
T(
    "outpatient_dialogue",
    "zh",
    "帮我看看这张化验单：\n姓名：{N:m1}  性别：男  年龄：{p:age}\n{MRNL}\n送检日期：{p:vdate}\n结果：{p:lab}；{p:lab}；{p:lab}\n上面哪些是异常的？",
    "从单子上看，需要结合参考范围逐项判断。我按常见成人参考值帮{N:m1}先生逐条解释如下……如有箭头标记的项目，建议拿给开单医生看。",
    "{S:m1}先生还问这些指标多久复查一次？",
)
T(
    "outpatient_dialogue",
    "zh",
    "我叫{N:xu1}，在乌鲁木齐工作，最近总是{f:sym}，以前没有什么病。我的邮箱是{EMAIL}，能把注意事项发到邮箱吗？",
    "抱歉，我无法发送邮件，但可以直接在这里告诉你注意事项：……如果症状持续超过一周或加重，请尽快到医院就诊。",
    "那我把症状详细写给你，你帮我判断挂哪个科可以吗？",
)
T(
    "outpatient_dialogue",
    "zh",
    "我妈妈{N:fo1}今年{p:age}，{p:durP}前确诊[[帕金森病]]，现在在吃[[多巴丝肼]]。最近她总说看到家里有陌生人，是药的副作用吗？",
    "幻觉可能与[[帕金森病]]本身进展有关，也可能与[[多巴丝肼]]等药物有关。请不要自行停药，建议尽快带{S:fo1}阿姨复诊神经内科，由医生评估是否调整剂量。",
    "{S:fo1}阿姨的主治医生是{N:m2}，我可以直接在医院APP上问他吗？",
    "可以。很多医院的互联网医院平台支持复诊咨询，你可以在APP上找到{S:m2}医生，描述幻觉出现的时间、频率和最近的用药变化，方便他判断是否需要调整剂量。",
)
T(
    "outpatient_dialogue",
    "zh",
    "你好，我是{N:m1}的爱人。他{DOB}，今年刚查出{f:dx}，医生开了[[二甲双胍]]和[[达格列净]]。他平时爱喝[[王老吉]]，需要戒掉吗？",
    "含糖饮料会让血糖波动，像[[王老吉]]这类凉茶饮料大多含糖，建议尽量少喝，口渴时以白开水或淡茶为主。",
    case="2型糖尿病",
)
T(
    "outpatient_dialogue",
    "zh",
    "请问{p:hosp}的{N:m1}医生周几出诊？我爷爷{N:mo2}想挂他的号看[[帕金森病]]。",
    "我无法查询实时排班，建议通过医院官方公众号或挂号平台查询{S:m1}医生的出诊时间。挂号时需要用{N:mo2}本人的身份信息实名登记。",
    "如果挂不上{S:m1}医生的号，先挂别的医生可以吗？",
)
T(
    "outpatient_dialogue",
    "zh",
    "刚才{N:m1}来电说他明天来不了复查，让我帮他问问能不能改到下周。他的就诊卡号是{MRN:就诊卡号}。另外他说[[早高峰]]太堵，想约下午。",
    "可以在预约系统里把{S:m1}先生的复诊改到下周下午，改约时注意核对就诊卡号和身份证信息，改好后短信通知他本人。",
)
T(
    "outpatient_dialogue",
    "zh",
    "我家住{ADDR}，附近有没有能看[[白塞病]]的医院？我叫{N:f1}，确诊{p:durP}了，一直在{p:hosp=h}看。",
    "[[白塞病]]一般由风湿免疫科诊治。你可以先在家附近的三甲医院风湿免疫科就诊，同时带上在{p:hosp=h}的病历资料。",
    "我妹妹{G:f2}最近也老是口腔溃疡，要不要一起去查？",
)
T(
    "outpatient_dialogue",
    "zh",
    "医生让我把孩子的情况写清楚：孩子叫{N:my1}，小名{KD:my1}，{DOB}，最近一周晚上睡觉打鼾、张嘴呼吸。我是他妈妈{N:fa2}。应该挂哪个科？",
    "{KD:my1}这种情况建议先挂儿童耳鼻喉科，排查腺样体或扁桃体肥大。就诊时可以带一段孩子睡觉时的视频给医生看。",
    "挂号时要填孩子的身份证号吗？{KD:my1}还没办身份证。",
    "没有身份证的儿童一般可以用户口本上的信息或监护人身份证建档挂号。具体以医院要求为准，可以提前打医院电话问一下。",
    kid=True,
)
T(
    "outpatient_dialogue",
    "zh",
    "我是上周在你们这里做胃镜的{N:m1}，病理号{MRN:病理号}，报告上说有幽门螺杆菌感染，要怎么治？",
    "幽门螺杆菌感染一般采用含铋剂的四联疗法，疗程[[14天]]，具体药物需要医生根据你的过敏史开具。治疗结束停药一个月后复查碳13呼气试验。",
)
T(
    "outpatient_dialogue",
    "zh",
    "我73岁的父亲{N:mo1}最近记性差，昨天还把我叫成我哥{G:m2}，问了他好几遍今天几号都答不上来。要去哪个科？",
    "建议挂神经内科或记忆门诊，做认知功能评估。去的时候可以把{S:mo1}大爷最近的表现（比如叫错人、记不住日期）按时间记下来，方便医生判断。",
)

# --- admission records / tables -------------------------------------------
T(
    "admission_record",
    "zh",
    "入院记录\n姓名：{N:mo1}\t性别：男\t年龄：{p:age}\n婚姻：已婚\t职业：退休\n{DOB}\n住址：{ADDR}\n联系人：{N:fo2}（妻子）\t电话：{PHONE}\n入院时间：{p:vdate}\n病史陈述者：患者本人，可靠。\n主诉：{f:sym}{p:dur}。",
)
T(
    "admission_record",
    "zh",
    "病案首页信息核对：\n| 项目 | 内容 |\n| 姓名 | {N:xu1} |\n| 病案号 | {MRN:病案号} |\n| 身份证号 | {ID} |\n| 联系电话 | {PHONE} |\n| 主治医师 | {N:m2} |\n| 质控护士 | {N:f3} |\n帮我看看哪一项格式不对？",
)
T(
    "admission_record",
    "zh",
    "现病史：患者{N:fo1}于{p:dur}前无明显诱因出现{f:sym}，伴乏力、纳差，曾在当地诊所予{p:drug}治疗，效果欠佳。今为求进一步诊治，由其子{N:m2}陪同来我院就诊，门诊以“{f:dx}”收入院。",
)
T(
    "admission_record",
    "zh",
    "个人史：生于[[«石家庄|黄石|马鞍山|周口|张家界»]]，久居本地，无疫区接触史。吸烟30年，每日20支。\n婚育史：已婚，配偶{N:fo1}体健，育有一子一女。\n记录者：{N:m2}  审核：{N:m3}",
)
T(
    "admission_record",
    "zh",
    "患者基本信息：\n姓名 {N:fd1}\n性别 女\n出生 {DOBv}\n年龄 {p:age}\n电话 {PHONE:mob}\n紧急联系人 {N:m2}\n入院科室 {p:dept}\n以上信息由护士{N:f3}录入。",
)
T(
    "admission_record",
    "zh",
    "入院护理评估单\n患者：{N:mo1}，由家属{N:fa2}、{N:ma3}陪同，平车入院。\n跌倒风险评分：45分（高危）；压疮风险评分：14分。\n过敏史：青霉素过敏。\n评估护士：{N:fy4}",
)
T(
    "admission_record",
    "zh",
    "首次病程记录\n患者{N:mw1}，男，{p:age}，因“{f:sym}{p:dur}”入院。\n病例特点：起病较急，既往体健。\n初步诊断：{f:dx}\n诊疗计划：完善{f:exam}，予对症治疗。\n医师签名：{N:f2}",
)
T(
    "admission_record",
    "zh",
    "家属补充病史：患者{N:mo1}，{DOB}，{p:durP}前在{p:hosp}做过{f:op}；孙女{G:f2}说爷爷最近常把她叫成“{KX:f3}”，那是她已故姑姑的小名。",
)

# --- relatives writing to the assistant ------------------------------------
T(
    "family_message",
    "zh",
    "我爸{N:mo1}住在{p:hosp}，主治医生是{S:m2}医生。今天医生说要做{f:op}，我和我姐{G:f3}意见不一样，她觉得年纪大了保守治疗好。我该怎么跟医生沟通？",
    "建议你和{G:f3}一起约{S:m2}医生当面谈，提前把问题列好：手术的获益和风险、不做手术的后果、术后恢复时间等。把两种方案的利弊都弄清楚，再结合老人自己的意愿做决定。",
    "我姐{G:f3}说她认识{S:m2}医生的同学{N:m4}，要不要托他问问？",
    "可以请{N:m4}帮忙了解一下沟通的时间安排，但手术方案还是要和{S:m2}医生本人当面谈，由主管医生根据病情给出建议，这样最稳妥。",
)
T(
    "family_message",
    "zh",
    "帮我写条微信发给护士长，内容是：我是{N:mo1}的女儿{G:f2}，今晚在外地赶不回来，请她安排护工，费用我来出，我电话{PHONE:mob=1}。",
    "可以这样写：\n“护士长您好，我是{N:mo1}的女儿{G:f2}。今晚我在外地赶不回来，想麻烦您帮忙安排一位护工照顾我父亲，费用由我承担。有任何情况请随时联系我，电话{PHONE:mob=1}。谢谢您！”",
)
T(
    "family_message",
    "zh",
    "我奶奶叫{N:fo1}，{p:age}了，最近总是把我认成我爸{G:m2}，还老说要回{ADDR:village}老家。这是[[阿尔茨海默病]]吗？",
    "认错亲人、反复想回老家，可能是认知障碍的表现，但不能仅凭这些就诊断为[[阿尔茨海默病]]。建议带奶奶到神经内科或记忆门诊做系统评估。",
)
T(
    "family_message",
    "zh",
    "老人家{N:mo1}住院这两周，护工{N:f2}（大家都叫她{KA:f2}）照顾得特别好。想写一封感谢信给病区，顺便表扬一下{S:f3}护士长和{N:f4}护士。帮我写一下？",
)
T(
    "family_message",
    "zh",
    "我是{N:m1}，想咨询我爱人的情况。她叫{N:f2}，{DOB}，在[[宋庆龄妇幼保健院]]做的检查，医生说是{f:dx}，要尽快手术。需要准备什么？",
)
T(
    "family_message",
    "zh",
    "昨天由{N:fo1}陪同就诊的那位老先生是我舅舅{N:mo2}，他耳背，医生说的话没听清。我想确认一下医生开的{p:drug}是一天几次？",
    "具体用法要以处方和药品说明书为准。建议你看一下药盒上药房贴的用法标签，或打电话给开药的医生确认；也可以请{N:fo1}回忆医生当时的交代。",
)
T(
    "family_message",
    "zh",
    "弟弟{G:m1}在群里说妈妈今天又没吃药，我在外地，邻居{N:fo2}阿姨帮忙去看了一眼，说血压{p:bpH}。要不要让她去医院？",
)
T(
    "family_message",
    "zh",
    "我外公{N:mu1}下个月要来内地看病，想挂[[协和医院]]的号，他不太会说普通话。我表哥{N:m2}陪他来，住在{ADDR}。请问外地患者挂号需要什么材料？",
)

# --- TCM clinic ------------------------------------------------------------
T(
    "tcm_clinic",
    "zh",
    "中医门诊病历\n患者：{N:fa1}，女，{p:age}\n主诉：{f:sym}{p:dur}\n舌淡红，苔薄白，脉弦细。\n辨证：肝郁脾虚\n处方：[[逍遥散]]加减：[[柴胡]]10g [[当归]]12g [[白芍]]15g [[白术]]10g [[茯苓]]15g [[甘草]]6g\n医师：{N:mo2}",
)
T(
    "tcm_clinic",
    "zh",
    "帮我解释一下这个方子，{S:mo1}老中医开给我妈{N:fo2}的：[[黄芪]]30g、[[党参]]15g、[[熟地黄]]15g、[[当归]]10g、[[川芎]]6g、[[何首乌]]10g。她肝功能不太好，能吃吗？",
    "这是一个以补气养血为主的方子。需要注意的是，[[何首乌]]有引起肝损伤的报道，肝功能不好的人要慎用。建议向{S:mo1}医生说明{S:fo2}阿姨的肝功能情况，请他调整处方。",
    "{S:mo1}医生说可以把[[何首乌]]去掉，换成[[枸杞子]]，这样行吗？",
    "[[枸杞子]]同样有滋补肝肾的作用，且肝损伤风险低得多，是比较常见的替换。按{S:mo1}医生调整后的方子服用即可，服药期间建议一个月后复查肝功能。",
)
T(
    "tcm_clinic",
    "zh",
    "膏方门诊登记：{N:mo1}，{p:age}，体质偏阳虚，既往{f:dx}。拟方以[[金匮肾气丸]]化裁，代煎后快递至{ADDR}，收件人{N:f2}，{PHONE:mob}。",
)
T(
    "tcm_clinic",
    "zh",
    "针灸科治疗单：{N:f1}，[[贝尔麻痹]]第«3|5|8|10»天，取穴地仓、颊车、合谷、太冲，每日一次，留针30分钟。\n治疗师：{G:f2}　主治医师：{N:m3}",
)
T(
    "tcm_clinic",
    "zh",
    "跟师笔记：今日{S:mo1}老师门诊看了{N:f2}，{p:age}，失眠[[«半年|3个月|一年多»]]，心烦口苦。老师用[[温胆汤]]合[[酸枣仁]]汤，嘱少看手机。同门{N:m3}记录。",
)

# --- lab / imaging / pathology reports ------------------------------------
T(
    "lab_report",
    "zh",
    "检验报告单\n姓名：{N:m1}　性别：男　年龄：{p:age}\n科室：{p:dept}　{MRNL}\n标本：静脉血　采集时间：{p:vdate} 07:30\n结果：{p:lab}↑；{p:lab}\n检验者：{N:f2}　审核者：{N:m3}",
)
T(
    "lab_report",
    "zh",
    "影像报告\n{N:fo1}，影像号{MRN:影像号}\n胸部CT平扫：右肺上叶见磨玻璃结节，大小约8 mm×6 mm，建议3个月后复查。\n报告医师：{N:m2}　审核医师：{N:xd3}",
)
T(
    "lab_report",
    "zh",
    "病理报告　病理号：{MRN:病理号}\n患者{N:f1}，{p:age}，送检“左乳肿物”。\n病理诊断：浸润性导管癌，Ⅱ级。\n免疫组化：ER(+)，PR(+)，HER-2(1+)，Ki-67约20%。\n诊断医师：{N:m2}　复核：{N:f3}",
)
T(
    "lab_report",
    "zh",
    "我爸{N:mo1}的B超报告写着“胆囊多发结石，最大约1.2 cm，胆囊壁毛糙”，做B超的是{S:f2}医生，她说不急着手术。结论后面还写了[[墨菲征]]阴性。这个到底要不要做手术？",
    "无症状的胆囊结石不一定需要马上手术。报告提示[[墨菲征]]阴性，说明目前没有明显急性胆囊炎的表现。如果以后出现右上腹痛、发热或黄疸，就需要尽快就医，届时再评估手术。",
)


# --- Taiwan (traditional script) ---------------------------------------------
T(
    "hk_tw_clinic",
    "zh",
    "門診病歷\n姓名：{N:m1}  {DOB}\n{MRNL}\n主訴：胸悶、心悸三天\n血壓{p:bp}，心跳{p:hr}\n處置：安排心電圖及心臟超音波，開立[[脈優]] 5 mg 每日一次\n醫師：{S:m2}醫師",
    script="tw",
)
T(
    "hk_tw_clinic",
    "zh",
    "護理交班：12床{N:fo1}阿嬤今天飯前血糖«186|212|245» mg/dL，已依醫囑給予胰島素。她女兒{N:f2}說晚上會來陪，電話{PHONE}。",
    script="tw",
)
T(
    "hk_tw_clinic",
    "zh",
    "請問一下，我媽媽{N:fo1}在[[長庚醫院]]看[[帕金森氏症]]，{S:m2}醫師開了新的藥，她吃了以後一直想睡覺，這樣正常嗎？",
    "嗜睡可能是部分[[帕金森氏症]]用藥的副作用，也可能和劑量有關。請不要自行停藥，建議盡快回診，把這個情況告訴{S:m2}醫師，由醫師評估是否調整。",
    "{S:m2}醫師的門診很難掛，可以先去家裡附近的診所嗎？",
    script="tw",
)
T(
    "hk_tw_clinic",
    "zh",
    "出院病摘\n病人：{N:f1}，{p:ageT}\n身分證字號：{ID:f}\n住院日期：{p:vin}\n診斷：社區型肺炎\n出院指示：按時服用抗生素，一週後門診追蹤。\n主治醫師：{N:m2}  住院醫師：{N:m3}",
    script="tw",
)
T(
    "hk_tw_clinic",
    "zh",
    "{S:m1}醫師您好，我是{N:f2}的先生{G:m3}。我太太上週在貴院開刀，現在傷口有點紅腫，請問需要提早回診嗎？我的電話是{PHONE}，Email：{EMAIL}。",
    script="tw",
)
T(
    "hk_tw_clinic",
    "zh",
    "LINE群組對話：\n{N:f1}：各位，{KA:fo2}今天血壓又飆到{p:bpH}\n{N:m3}：有吃藥嗎？\n{N:f1}：有，早上吃過[[脈優]]了\n{S:m4}醫師：先休息半小時再量一次，還是高的話就來急診",
    script="tw",
)
T(
    "hk_tw_clinic",
    "zh",
    "轉診單\n病人姓名：{N:mo1}  出生日期：{DOBv}\n住址：{ADDR}\n轉診原因：疑似[[巴金森病]]，請神經內科協助評估。\n轉診醫師：{N:f2}",
    script="tw",
)
T(
    "hk_tw_clinic",
    "zh",
    "居家護理紀錄：今日訪視{N:mo1}伯伯，鼻胃管通暢，無壓瘡。主要照顧者為媳婦{N:f2}，電話{PHONE}。下次訪視：{p:vdate}。\n訪視護理師：{N:f3}",
    script="tw",
)
T(
    "hk_tw_clinic",
    "zh",
    "藥袋上寫：病人{N:f1}，{p:ageT}，[[優甲樂]] 50 mcg 每日早上空腹一顆，調劑藥師{N:m2}。請問可以跟咖啡一起吃嗎？",
    "[[優甲樂]]建議早上空腹以白開水服用，服藥後至少間隔30到60分鐘再喝咖啡或吃早餐，以免影響吸收。如有疑問可以再問調劑藥師。",
    "{S:m2}藥師還說要跟鈣片分開吃，要隔多久？",
    "一般建議[[優甲樂]]和鈣片、鐵劑至少間隔4小時。可以早上空腹吃[[優甲樂]]，鈣片改到午餐或晚餐後。",
    script="tw",
)
T(
    "hk_tw_clinic",
    "zh",
    "衛教單\n個案：{N:fo1}（家人都叫她{KA:fo1}）\n主要照顧者：{N:m2}（兒子）\n居住地：{ADDR}\n個管師：{N:f3}\n下次電訪日期：{p:vdate}",
    script="tw",
)
T(
    "hk_tw_clinic",
    "zh",
    "值班醫師紀錄：凌晨三點被叫去看{N:mo1}，意識稍混亂，血氧{p:spo2L}，已通知主治{N:m2}醫師，並請家屬{N:f3}到院。{MRNL}",
    script="tw",
)

# --- Hong Kong (traditional, Cantonese) ---------------------------------------
T(
    "hk_tw_clinic",
    "zh",
    "病房交更：\n{N:mo1}，{p:ageT}，肺炎入院第三日，今朝仲有少少發燒，{S:m2}醫生話繼續用抗生素。\n佢個仔{G:m3}夜晚會嚟，有事打{PHONE}。",
    script="hk",
)
T(
    "hk_tw_clinic",
    "zh",
    "{S:m1}生你好，我係[[«瑪麗醫院|伊利沙伯醫院|威爾斯親王醫院|屯門醫院»]]嘅護士{N:f2}，想同你覆一覆下個禮拜嘅覆診時間。你太太{N:f3}話你最近成日頭暈，係咪真係咁？",
    script="hk",
)
T(
    "hk_tw_clinic",
    "zh",
    "覆診紙\n姓名：{N:f1}（{CY:f1}）\n身份證號碼：{ID}\n{MRNL}\n覆診日期：{p:vdate}  時間：上午9:30\n診所：[[«觀塘|沙田|屯門|荃灣»]]普通科門診\n請攜帶此紙及身份證準時到達。",
    script="hk",
)
T(
    "hk_tw_clinic",
    "zh",
    "{S:f1}姑娘同我講，阿媽{N:fo2}嘅血壓藥要由[[絡活喜]]轉做另一隻，想問下兩隻有咩分別？",
    "[[絡活喜]]屬於鈣通道阻滯劑，醫生轉藥通常係因為副作用（例如腳腫）或者血壓控制唔理想。建議問清楚新藥嘅名同埋點解要轉，轉藥後頭兩個禮拜喺屋企量多幾次血壓。",
    "{S:f1}姑娘仲話新藥可能會令阿媽{G:fo2}咳，係咪真㗎？",
    "有可能。如果新藥係ACEI類（例如名字以「普利」結尾），部分人會出現乾咳。如果咳得好辛苦，記得話俾醫生知，可以考慮轉用其他降壓藥。",
    script="hk",
)
T(
    "hk_tw_clinic",
    "zh",
    "急症室紀錄：{S:f1}小姐，{p:ageT}，由{N:m2}陪同到急症室，主訴右下腹痛一日，[[麥氏點壓痛]]陽性，懷疑急性盲腸炎，已轉介外科{S:m3}醫生。",
    script="hk",
)
T(
    "hk_tw_clinic",
    "zh",
    "長者健康評估：{N:mo1}，住{ADDR}，獨居，女兒{N:f2}每星期探一次，聯絡電話{PHONE}。有輕度認知障礙，建議轉介[[東華三院]]長者中心。",
    script="hk",
)
T(
    "hk_tw_clinic",
    "zh",
    "WhatsApp：\n{N:f1}：{S:m2}醫生，我老公{N:m3}今日食完藥成身出疹，要唔要即刻去急症？\n{S:m2}醫生：停咗隻藥先，影張相俾我睇\n{N:f1}：好，而家影",
    script="hk",
)


# --- forms and certificates (more non-name identifiers) ----------------------
T(
    "discharge_summary",
    "zh",
    "诊断证明书\n姓名：{N:m1}　性别：男　年龄：{p:age}\n身份证号：{ID:m}\n门诊号：{MRN:门诊号}\n诊断：{f:dx}\n建议：休息{p:durR}，避免重体力劳动。\n医师：{N:f2}　{p:vdate}\n（本证明加盖医院公章后有效）",
)
T(
    "outpatient_dialogue",
    "zh",
    "帮我看看这张病假条有没有漏项：姓名{N:f1}，{DOB}，{MRNL:out}，诊断“{f:dx}”，建议休息{p:durR}，医生签名处只写了姓“{S:m2}”。",
    "主要缺两项：一是开具日期（就诊日期），二是医生签全名和医院盖章。很多单位要求病假条上有医院公章，{S:m2}医生只签姓是不够的，建议回门诊补签。",
)
T(
    "admission_record",
    "zh",
    "出生医学证明补办申请\n新生儿姓名：{N:fy1~ma3}\n出生日期：{DOBv}\n出生地点：[[«宋庆龄妇幼保健院|湘雅医院|协和医院|华西医院»]]\n母亲姓名：{N:fa2}　联系电话：{PHONE:mob}\n父亲姓名：{N:ma3}\n家庭住址：{ADDR}",
    kid=True,
)
T(
    "admission_record",
    "zh",
    "预防接种证（首页）\n儿童姓名：{N:my1}　出生日期：{DOBv}\n监护人：{N:fa2}　联系电话：{PHONE:mob}\n现住址：{ADDR:xq}\n备注：对鸡蛋过敏",
    kid=True,
)
T(
    "pharmacy_note",
    "zh",
    "帮我填一下寄药的快递单：收件人{N:fo1}，电话{PHONE:mob=1}，地址{ADDR}。药是[[片仔癀]]和{p:drug=d}，需要冷链吗？",
    "快递单可以这样填：收件人{N:fo1}，手机号{PHONE:mob=1}，地址按原样填写即可。[[片仔癀]]常温避光保存即可，不需要冷链；{p:drug=d}请看说明书的贮藏条件。",
)
T(
    "lab_report",
    "zh",
    "体检报告首页\n姓名：{N:f1}　性别：女\n出生日期：{DOBv}\n身份证号：{ID:f}\n体检编号：{MRN:体检号}\n总检医师：{N:m2}\n总检结论：{p:lab}，建议{p:dept}随诊。",
    case="chronic",
)
T(
    "family_message",
    "zh",
    "我要给我爸办异地就医备案，他叫{N:mo1}，身份证{ID:m}，参保地是[[«黄石|周口|玉林|丽水|马鞍山»]]，现在跟我住在{ADDR}。需要哪些材料？",
    "一般需要：参保人身份证、医保卡、异地居住证明（如居住证或居住地社区证明）。可以先在国家医保服务平台APP上线上办理，提交后注意查看审核结果。",
)
T(
    "admission_record",
    "zh",
    "病历复印申请表\n患者姓名：{N:m1}　住院号：{MRN:住院号}\n出院日期：{p:vout}\n申请人：{N:f2}（配偶）　身份证号：{ID:f}\n邮寄地址：{ADDR}\n电子邮箱：{EMAIL}",
)
T(
    "phone_followup",
    "zh",
    "家庭医生签约服务协议\n乙方（居民）：{N:mo1}，身份证号{ID:m}，住{ADDR:village}\n家庭成员：{N:fo2}（配偶）\n甲方签约医生：{N:m3}，联系电话{PHONE:land}\n签约日期：{p:vdate}",
)
T(
    "outpatient_dialogue",
    "zh",
    "收到一条短信：“【{p:hosp}】尊敬的{N:f1}，您已成功预约{p:vdate}上午{p:dept}{S:m2}主任号，就诊序号12，请携带就诊卡（卡号{MRN:就诊卡号}）准时就诊。”我能不能让我妈替我去？",
    "一般不可以。实名预约的号源需要本人就诊，医生也需要当面问诊和检查。如确实去不了，建议提前在挂号平台取消，避免被记为爽约。",
)
T(
    "phone_followup",
    "zh",
    "随访短信回复：“我是{N:m1}的家属，他原来的号码不用了，新号码是{PHONE:mob}，以后随访请打这个。他上周已经做完{f:exam}了。”请帮我更新随访系统并写一句回复。",
)
T(
    "admission_record",
    "zh",
    "住院预交金收据\n患者：{N:fd1}　住院号：{MRN:住院号}\n科室：{p:dept}　床号：«06|15|32»\n金额：伍仟元整\n收款员：{N:f2}\n交款人：{N:m3}（{PHONE:mob}）",
)
T(
    "referral_letter",
    "zh",
    "院前急救病历\n患者：{N:m1}（家属口述），约{p:age}\n呼救电话：{PHONE}\n接车地址：{ADDR}\n主诉：{f:sym}\n初步判断：{f:dx}\n随车医生：{N:m2}　护士：{N:f3}\n送达：{p:hosp}急诊",
)
T(
    "consultation",
    "zh",
    "主任查房记录：{S:m1}主任查房后指出，患者{N:fo2}{f:dx}诊断明确，目前{p:lab}，嘱继续当前方案；请{N:f3}医师明日复查{f:exam}。\n记录者：{N:f3}",
)
T(
    "discharge_summary",
    "zh",
    "病程记录：今日查房，患者{N:mo1}诉{f:sym}较前好转，由其女{N:f2~mo1}陪同下床活动。{S:m3}主治医师查看患者后指示：继续当前治疗，拟{p:vout}出院。",
)
T(
    "nursing_handover",
    "zh",
    "护理记录单\n{p:vdate=d} 14:00　T {p:temp}　P {p:hr}　BP {p:bp}　患者诉{f:sym}，遵医嘱予{p:drug}。　签名：{N:f1}\n{p:vdate=d} 18:00　患者安静入睡，家属{N:m2}陪护。　签名：{N:f3}",
)
T(
    "outpatient_dialogue",
    "zh",
    "挂号的时候要填身份证号，我填的是{ID}，系统一直提示“格式不正确”，是不是要把空格去掉？",
    "是的，多数系统要求18位连续输入，不能有空格；最后一位如果是X，注意用大写。另外，在网上提问时最好不要发完整的身份证号。",
)
T(
    "family_message",
    "zh",
    "主题：关于{N:fo1}的复查安排\n{S:m2}医生您好：\n我是患者家属{N:f3}，母亲{p:vout}出院，想确认一下复查时间和需要空腹的项目。我的邮箱{EMAIL:f3}，手机{PHONE:mob}。\n谢谢！",
)
T(
    "admission_record",
    "zh",
    "住院登记表\n患者姓名：{N:fo1}\n出生日期：{DOBv}\n联系人1：{N:m2}　关系：儿子　电话：{PHONE:mob}\n联系人2：{N:f3~m2}　关系：女儿　电话：{PHONE:mob}\n户籍地址：{ADDR:village}",
)
T(
    "wechat_group",
    "zh",
    "病友群里有个自称{p:hosp}医生的人叫{N:m1}，让大家加他私人微信，还留了手机{PHONE:mob}，说能买到“特效药”。靠谱吗？",
    "要非常警惕。正规医生不会在病友群里推销“特效药”。建议不要转账，可以向医院官方电话核实是否有{N:m1}这位医生，同时提醒群里其他病友。",
)
T(
    "pharmacy_note",
    "zh",
    "社区药房送药登记：{N:mo1}，地址{ADDR:beijing}，电话{PHONE:land}；药品：{p:drug} 2盒、{p:brand} 1盒；送药人：{KX:m2}；备注：老人独居，送到家门口后电话确认。",
)
T(
    "consent_form",
    "zh",
    "输血申请单：受血者{N:m1}，{MRNL}，ABO血型A型，RhD阳性；申请医师{N:f2}；核对护士{N:f3}、{N:f4}；家属签字：{N:f5}（妻子）。",
)
T(
    "referral_letter",
    "zh",
    "转院申请：患者{N:mu1}，{DOB}，{ID}，现住{ADDR}，因{f:dx}需转上级医院。家属{N:m2}同意并自行安排转运。经办医生：{N:f3}",
)
T(
    "outpatient_dialogue",
    "zh",
    "我在{p:hosp}的检查结果能不能通过邮件发给我？我的邮箱是{EMAIL}，{MRNL:out}，姓名{N:f1}。",
    "出于隐私保护，多数医院不会通过普通邮件发送检查结果。建议通过医院官方APP或公众号用实名认证查询，或者到门诊自助机打印。",
)
T(
    "phone_followup",
    "zh",
    "脑卒中患者随访表\n姓名：{N:mo1}　{DOB}\n住址：{ADDR}\n电话：{PHONE}\n随访方式：电话\n本次情况：右侧肢体肌力4级，能扶拐行走；血压{p:bp}。\n随访医生：{N:f2}",
)

# --- more name phenomena ------------------------------------------------------------
T(
    "nursing_handover",
    "zh",
    "刚才{N:mo1}来护士站问他老伴什么时候能转出ICU，我说要等{S:m2}主任评估。他看起来很着急，晚班同事多关注一下。",
)
T("nursing_handover", "zh", "交给{G:f1}处理吧，她昨天管过这个病人，{N:fo2}的伤口换药她最清楚。我去接{N:m3}做{f:exam}。")
T(
    "wechat_group",
    "zh",
    "【护理部通知】以下同志获评本季度“优秀护士”：{N:f1}、{N:f2}、{N:f3}、{N:xd4}、{N:xr5}。请于{p:vdate}下午到[[逸夫楼]]报告厅领奖。",
)
T(
    "consultation",
    "zh",
    "会诊讨论中，{S:m1}教授认为患者{N:mo2}不宜手术，{S:f3}副教授倾向于先行介入治疗；最终由{N:m4}主任决定先保守治疗一周。记录：{N:fy5}",
)
T(
    "family_message",
    "zh",
    "我女儿{G:fy1}今年高三，最近老说{f:sym}，{KD:fy1}从小就胆子小，我怕她是压力太大。需要带她去看心理科吗？",
    "高三学生压力大很常见，但如果{G:fy1}的症状持续两周以上、影响睡眠和学习，建议先到普通内科排除身体原因，再看心理门诊。平时多倾听，少催促。",
)
T(
    "wechat_group",
    "zh",
    "[家族群] 相亲相爱一家人\n{KL:mo1}：明天谁陪妈去医院复查？\n{G:f2}：我上午有会，下午可以\n{K:m3}：我请假陪吧，挂的是{S:m4}主任的号\n{KL:mo1}：好，记得带上次的CT片子",
)
T(
    "outpatient_dialogue",
    "zh",
    "我是{N:fw1}，今年体检发现甲状腺结节，TI-RADS 3类，医生说半年复查。我同事{N:f2}也是这样，她直接做了手术，我是不是也该做？",
    "TI-RADS 3类多为良性可能性大，通常建议定期复查。是否手术要看结节大小、位置、有无压迫症状等，每个人情况不同，不必因为{N:f2}做了手术就跟着做，按医生建议复查即可。",
)
T(
    "nursing_handover",
    "zh",
    "由{N:fo1}陪同入院的患者{N:mo2}，{p:age}，诉{f:sym}，入院时血压{p:bp}。家属{N:fo1}自述是患者的老伴，手机{PHONE:mob}。",
)
T(
    "discharge_summary",
    "zh",
    "死亡记录（节选）：患者{N:mo1}，{p:age}，因«急性心肌梗死|大面积脑出血|感染性休克|呼吸衰竭»抢救无效，于{p:vdate} 03:25临床死亡。家属{N:m2}、{N:f3}在场。主持抢救医师：{N:m4}",
)
T(
    "consent_form",
    "zh",
    "家属签字：{N:m1}\n关系：女婿\n联系电话：{PHONE:mob}\n患者本人因意识不清无法签字，其配偶{N:fo2}年老不识字，委托{N:m1}代签。\n谈话医师：{N:f3}　见证护士：{N:f4}",
)
T(
    "outpatient_dialogue",
    "zh",
    "{N:mk1}大夫您好，我是上周找您看病的那个朝鲜族老太太的孙子，奶奶的药吃完了，能在网上续方吗？我叫{N:m2}。",
    "很抱歉，我不是{N:mk1}大夫本人，无法开处方。可以通过医院的互联网医院平台申请复诊续方，或者带奶奶回门诊。",
)
T(
    "tcm_clinic",
    "zh",
    "中医科复诊：{N:xd1}，{p:age}，服[[归脾汤]]两周后睡眠改善，仍有心悸。舌淡，脉细弱。守方加[[龙骨]]、[[牡蛎]]各30g。\n医师：{N:m2}　跟诊学生：{N:fy3}",
)
T(
    "lab_report",
    "zh",
    "危急值报告记录：{p:vdate} 09:12，检验科{N:f1}电话报告：患者{N:m2}（{MRNL}）{p:lab}，属危急值。接报护士：{N:f3}，已立即通知{S:m4}医生。",
)
T("wechat_group", "zh", "@{N:f1} @{N:m2} 今晚的病例讨论挪到明天，{N:xu3}的家属说要请翻译，时间另定。")
T(
    "family_message",
    "zh",
    "我老婆{N:fy1}（我们都叫她{KX:fy1}）生完孩子第三天，一直哭，说不想抱孩子。护士{S:f2}说可能是产后抑郁，需要马上看医生吗？",
    "产后几天情绪低落可能是“产后忧郁”，通常两周内缓解；但如果持续不想照顾孩子、失眠、甚至有伤害自己的念头，需要尽快看精神心理科。建议多陪伴{KX:fy1}，并把情况告诉产科医生。",
)
T(
    "phone_followup",
    "zh",
    "回访时接电话的是{N:fo1}的老伴，他说：“{G:mg2}不在家，去地里了。”——这里的“{G:mg2}”应该是她儿子吧？需要记录吗？",
    "如果“{G:mg2}”是指她儿子，那就是一个人名，随访记录里应写规范的姓名（{N:mg2}）并注明关系，不必照录口头称呼。",
)
T(
    "hk_tw_clinic",
    "zh",
    "掛號資料：姓名{N:f1}，身分證字號{ID:f}，出生日期{DOBv}，手機{PHONE:twm}，地址{ADDR}。請問初診要帶什麼？",
    "初診請攜帶健保卡和身分證，如有其他醫院的檢查報告或用藥清單也一併帶來。建議提早20分鐘到院完成報到。",
    script="tw",
)
T(
    "hk_tw_clinic",
    "zh",
    "醫生轉介信\n病人：{N:mo1}（{CY:mo1}）\n出生日期：{DOBv}\n身份證：{ID}\n地址：{ADDR}\n電話：{PHONE}\n轉介原因：懷疑[[柏金遜症]]，請腦科跟進。\n轉介醫生：{S:m2}醫生",
    script="hk",
)
T(
    "hk_tw_clinic",
    "zh",
    "長照需要評估申請：個案{N:mo1}，{DOB}，住址{ADDR}，聯絡人{N:f2}（女兒），手機{PHONE:twm}。照管專員：{N:f3}",
    script="tw",
)
T(
    "hk_tw_clinic",
    "zh",
    "{S:f1}太，你阿爺{N:mo2}今日喺[[屯門醫院]]做完手術，情況穩定。探病時間係下晝兩點至四點，有咩可以打病房電話搵{S:f3}姑娘。",
    script="hk",
)


# ===========================================================================
# TEMPLATES -- Chinese PHI-free look-alikes
# ===========================================================================
T(
    "nursing_handover",
    "zh",
    "交班：今晚病房比较平稳。3床{p:age}男性，[[帕金森病]]，下午血压{p:bp}，已按时服药；9床术后第二天，体温{p:temp}，[[值班医生]]已看过。[[护士长]]提醒明早[[早高峰]]前完成抽血。",
)
T(
    "nursing_handover",
    "zh",
    "病人很[[文静]]，不太爱说话，[[责任护士]]反复沟通后她才说夜里«一直|总是»«胸口发闷|睡不着、心慌|伤口疼»。已记录，请[[主治医师]]明日查房时关注。",
)
T(
    "nursing_handover",
    "zh",
    "帮我检查一下这段交班用语：“17床，[[«78|82|86»岁]]，[[阿尔茨海默病]]，夜间躁动，已予约束并告知[[二线医生]]；23床[[川崎病]]患儿体温{p:tempH}，[[住院医师]]已开退热药。”",
    "用语基本规范。两点建议：1. “约束”前应写明已评估并取得家属同意；2. “已开退热药”最好写出药名和剂量，例如[[布洛芬]]混悬液 5 ml。",
)
T(
    "nursing_handover",
    "zh",
    "夜班小结：病区共收治{f:n}名新病人，其中[[急诊科]]转入2名。凌晨«2点|3点半|4点40»一名{p:age2}患者诉{f:sym}，测血压{p:bp}，心率{p:hr}，按医嘱予{p:drug}后好转。[[值班护士]]已做好记录。",
)
T(
    "nursing_handover",
    "zh",
    "今天病房来了几位[[宋庆龄基金会]]的志愿者，给住院的孩子们送了绘本。7床[[川崎病]]的小朋友体温已经正常[[«两天|三天|48小时»]]，精神明显好转。",
)
T(
    "nursing_handover",
    "zh",
    "交班注意：[[逸夫楼]]3号电梯今天下午检修，送CT的病人请走[[中山楼]]连廊。另外库房新到的[[云南白药]]气雾剂放在治疗室第二格。",
)

T(
    "consultation",
    "zh",
    "会诊意见：患者[[墨菲征]]阳性，腹部彩超提示胆囊壁增厚、胆囊结石，考虑急性胆囊炎，建议转[[普外科]]进一步处理。暂予禁食、补液，[[头孢哌酮舒巴坦 3 g q12h]]。\n会诊医师：[[副主任医师]]（签名见纸质版）",
)
T(
    "consultation",
    "zh",
    "神经内科会诊：患者[[巴宾斯基征]]阳性，左侧肌力4级，头颅MRI提示右侧基底节区急性梗死，诊断编码[[I63.9]]。建议启动二级预防：[[阿司匹林]] 100 mg qd，[[阿托伐他汀]] 20 mg qn。",
)
T(
    "consultation",
    "zh",
    "请问会诊记录里“[[克氏征]]阴性、[[布氏征]]阴性”是什么意思？我是家属，看不太懂。",
    "这两项都是检查脑膜刺激征的体格检查，常用于判断有没有脑膜炎或蛛网膜下腔出血。“阴性”表示没有查到异常，是好的结果。",
)
T(
    "consultation",
    "zh",
    "内分泌科会诊：患者{p:age}，[[库欣综合征]]待排，建议查午夜皮质醇及小剂量地塞米松抑制试验；目前{p:L_k}，暂不处理。",
)

T(
    "discharge_summary",
    "zh",
    "出院诊断：1.[[川崎病]]；2.冠状动脉轻度扩张。\n出院医嘱：[[阿司匹林]] 3-5 mg/kg/d 口服，[[«两周|6周»]]后复查心脏彩超（[[心内科]]门诊）。\n祝小朋友早日康复，全家[[平安]]！",
)
T(
    "discharge_summary",
    "zh",
    "帮我把出院诊断改成规范写法：“帕金森、高血压3级很高危、糖尿病2型”。",
    "规范写法：\n1. [[帕金森病]]（[[G20]]）\n2. 高血压病3级（很高危）（[[I10]]）\n3. 2型糖尿病（[[E11.9]]）",
)
T(
    "discharge_summary",
    "zh",
    "出院小结·出院医嘱：1. 低盐低脂饮食；2. [[立普妥]] 20 mg 每晚一次，[[波立维]] 75 mg 每日一次，不可自行停药；3. {p:vdate}上午到[[中山医院]]心内科门诊复查；4. 如胸痛持续超过15分钟，立即拨打[[120]]。",
)
T(
    "discharge_summary",
    "zh",
    "出院记录里“入院时间：{p:vin=a}，出院时间：{p:vout}，住院天数：«11|12|13»天”这种写法对吗？日期要不要精确到时分？",
    "按多数医院病历书写规范，入院和出院时间需要记录到“时、分”，例如“{p:vin=a} 14:30”。住院天数按入院日到出院日计算即可。",
)

T(
    "phone_followup",
    "zh",
    "电话随访话术：您好，这里是[[协和医院]]{p:dept}随访中心，想了解一下您出院后的恢复情况。请问这段时间血压大概多少？还在按时吃[[缬沙坦]]吗？",
)
T(
    "phone_followup",
    "zh",
    "本月随访统计：应随访«126|134|158»人，实际随访«112|120|141»人，失访原因主要为电话停机和号码错误。[[护士长]]要求下月起出院时再次核对联系电话。[[国庆假期]]期间随访顺延。",
)
T(
    "phone_followup",
    "zh",
    "随访中患者问：“[[藿香正气水]]和[[头孢克肟]]能不能一起喝？”我该怎么回答？",
    "应该提醒患者不能同时服用。[[藿香正气水]]含乙醇，与[[头孢克肟]]等头孢类药物合用可能引起双硫仑样反应，表现为面红、心慌、恶心，严重时血压下降。停用头孢后至少间隔7天再用含酒精的制剂。",
)

T(
    "consent_form",
    "zh",
    "知情同意书模板里“患者（或法定代理人）签字：________　与患者关系：________　日期：________”这一栏，家属是儿媳可以签吗？[[主治医师]]说要问[[医务科]]。",
    "可以。儿媳属于患者的近亲属范围，一般可以代签。不过按照多数医院规定，应优先由患者本人签字；患者无法签字时，由配偶、子女等签署，并在病历中注明原因。",
)
T(
    "consent_form",
    "zh",
    "术前谈话要点：手术方式为[[腹腔镜胆囊切除术]]，可能中转开腹；术后第一天可进流食；常见并发症包括出血、胆漏、切口感染。[[主刀医生]]和[[麻醉医师]]将在术前一天分别谈话。",
)

T(
    "referral_letter",
    "zh",
    "患者来自[[黄石]]，在当地医院诊断[[格雷夫斯病]]，服用甲巯咪唑{p:durP}，现{p:L_ft4}，为进一步评估放射性碘治疗，转诊至我院[[内分泌科]]。",
)
T(
    "referral_letter",
    "zh",
    "我在[[石家庄]]，想去[[华山医院]]看[[帕金森病]]，需要提前做哪些检查？要不要先在当地做个头颅MRI？",
    "可以先在当地完成头颅MRI和基本的血液检查，把片子和报告带上，能节省就诊时间。到[[华山医院]]后，医生通常还会做运动症状评估，必要时安排多巴胺转运体显像。",
)
T(
    "referral_letter",
    "zh",
    "转诊信模板：\n“尊敬的____医生：现有我院患者一名，因________，拟转贵院________科进一步诊治。随信附上________报告。”\n这个模板在[[白求恩医科大学]]实习时老师给的，现在还能用吗？",
    "可以用，但建议补充三项：转诊原因要写清楚已做过的检查和治疗；注明患者目前生命体征（如血压{p:bp}）；留下转出医生的科室联系方式。",
)

T(
    "pharmacy_note",
    "zh",
    "[[云南白药]]胶囊和[[布洛芬]]能一起吃吗？我扭伤了脚踝，[[«三天|五天|一周»]]了还有点肿。",
    "两者一般可以短期合用，但都可能刺激胃肠道，建议饭后服用。[[布洛芬]]每次0.3 g，每日不超过2次；如果脚踝肿胀一周没有好转，或者不能负重，建议去骨科拍片。",
)
T(
    "pharmacy_note",
    "zh",
    "药房今天到货：[[同仁堂]][[六味地黄丸]]、[[片仔癀]]、[[胡庆余堂]]的[[逍遥丸]]、[[马应龙]]麝香痔疮膏。请大家上架时核对效期，近效期的放前排。",
)
T(
    "pharmacy_note",
    "zh",
    "孕妇能用[[马应龙]]痔疮膏吗？我孕«24|28|30»周，最近便秘比较严重，[[妇产科]]医生让我先问问药师。",
    "[[马应龙]]麝香痔疮膏含麝香，孕妇一般不建议使用。建议先通过增加膳食纤维、多喝水来缓解便秘，必要时在产科医生指导下使用乳果糖等相对安全的药物。",
)
T(
    "pharmacy_note",
    "zh",
    "审方提示：[[华法林]]与[[阿莫西林]]合用时需监测INR；[[当归]]、[[丹参]]、[[红花]]等活血中药也可能增强抗凝作用。本周已拦截相关处方3张。",
)
T(
    "pharmacy_note",
    "zh",
    "老人说[[王老吉]]能降火，每天喝两罐，还在吃[[格华止]]，空腹血糖{p:V_glu}。这样控制算好吗？",
    "这个数值需要结合糖化血红蛋白来看。[[王老吉]]等凉茶饮料含糖，每天两罐会增加额外糖分摄入，建议换成无糖茶或白开水；[[格华止]]按医嘱继续服用。",
)
T(
    "pharmacy_note",
    "zh",
    "[[汤臣倍健]]的钙片和[[优甲乐]]要间隔多久吃？",
    "钙剂会影响[[优甲乐]]（左甲状腺素钠）的吸收，建议两者至少间隔4小时。通常[[优甲乐]]早上空腹服用，钙片放在午饭或晚饭后。",
)

T(
    "wechat_group",
    "zh",
    "【{p:dept}护理群】\n今天[[国庆假期]]最后一天，明天[[早高峰]]门诊量大，请大家7:30前到岗。\n收到\n收到👌\n[[护士长]]：另外[[逸夫楼]]电梯检修，送检标本走连廊。",
)
T(
    "wechat_group",
    "zh",
    "【病友交流群】\n群公告：本群仅供病友交流，不能代替医生诊疗。用药问题请咨询[[主治医师]]或[[临床药师]]。[[帕金森病]]友会本月活动改在[[鲁迅公园]]举行。",
)
T(
    "wechat_group",
    "zh",
    "群里有人转发说“[[丁香]]泡水能治胃病”，还说是[[丁香园]]上的文章，这靠谱吗？",
    "[[丁香]]作为中药有温中降逆的作用，但“泡水治胃病”的说法不准确。胃痛反复发作需要查明原因，比如胃镜检查，不要仅靠偏方。另外，[[丁香园]]是医学网站，转发的内容不一定真的出自它。",
)
T(
    "wechat_group",
    "zh",
    "科室群通知：下周三下午两点在[[田家炳楼]]报告厅举行[[阿尔茨海默病]]诊治新进展讲座，[[主任医师]]主讲，[[规培医生]]务必参加。",
)

T(
    "outpatient_dialogue",
    "zh",
    "[[六味地黄丸]]和[[金匮肾气丸]]有什么区别？我{p:age2}，经常腰酸怕冷。",
    "两者都补肾，但侧重不同：[[六味地黄丸]]偏于滋补肾阴，适合手足心热、口干的人；[[金匮肾气丸]]偏于温补肾阳，适合腰膝酸冷、怕冷的人。你描述的怕冷更偏阳虚，但最好请中医师辨证后再用。",
    "那[[逍遥散]]呢？我朋友说也能调理。",
    "[[逍遥散]]主要用于肝郁脾虚，比如情绪不畅、胁肋胀痛、月经不调，和补肾的两个方子思路不同。是否适合你，需要中医面诊后再定。",
)
T(
    "outpatient_dialogue",
    "zh",
    "我[[«35|42|48|53»岁]]，最近«胸闷|心慌|头晕»，去年体检血压{p:bp}，是不是要去[[心内科]]看？平时上班[[早高峰]]挤地铁的时候尤其难受。",
)
T(
    "outpatient_dialogue",
    "zh",
    "夏天出汗多，服用[[达格列净]]要注意什么？我是[[2型糖尿病]]，{p:durP}了。",
    "[[达格列净]]有利尿作用，夏天出汗多时要注意补水，避免脱水。另外它会增加泌尿生殖道感染的风险，要注意个人卫生。",
    "需要停药吗？我空腹血糖{p:V_glu}。",
    "一般不需要停药，注意多喝水即可。如果出现明显口渴、乏力、尿少或呕吐，要及时就医排除脱水和酮症。是否调整方案请与[[内分泌科]]医生商量。",
)
T(
    "outpatient_dialogue",
    "zh",
    "去[[高原]]旅游前需要吃[[红景天]]吗？我有高血压，在吃[[氨氯地平]]。",
    "[[红景天]]预防高原反应的证据有限，不能代替循序渐进的适应。高血压患者去[[高原]]前建议先评估血压控制情况，出发前一周每天测量，若血压高于160/100 mmHg暂缓出行。",
)
T(
    "outpatient_dialogue",
    "zh",
    "爬完[[华山]]膝盖疼了[[«三天|一周|十来天»]]，上下楼梯更明显，要拍片吗？",
    "爬山后膝盖疼多数是髌股关节或软组织劳损，先休息、冰敷，可短期用[[布洛芬]]。如果出现明显肿胀、关节卡住或者疼痛超过两周，建议到骨科就诊。",
)
T(
    "outpatient_dialogue",
    "zh",
    "[[眼科]]术后第一天，视力0.6，我爸说看东西[[明亮]]多了。术后滴眼药要注意什么？医生开的是[[左氧氟沙星]]滴眼液。",
    "术后按医嘱使用抗生素和激素滴眼液，滴药前洗手，瓶口不要碰到眼睛；一个月内避免揉眼、游泳和剧烈运动。",
)
T("outpatient_dialogue", "zh", "我在[[建国门]]附近上班，哪家医院看[[痛风]]比较方便？尿酸{p:V_ua}。")
T(
    "outpatient_dialogue",
    "zh",
    "雪盲怎么处理？在[[长白山]]上[[白雪]]覆盖的地方待了一整天，今天双眼刺痛、流泪、怕光。",
    "这是典型的紫外线角膜炎（雪盲）。应立即避光休息，冷敷眼部，不要揉眼；可使用人工泪液，疼痛明显或视力下降时尽快到眼科就诊。",
)
T(
    "outpatient_dialogue",
    "zh",
    "他是[[87年]]就在我们这看病的老病号了，那会儿还是纸质病历，[[病案室]]说要提前申请。现在调阅老病历需要什么手续？",
)
T(
    "outpatient_dialogue",
    "zh",
    "[[白加黑]]和[[泰诺]]能一起吃吗？感冒[[«两天|三天»]]了。",
    "不建议同时吃。两者都含[[对乙酰氨基酚]]，合用容易超量，损伤肝脏。选一种按说明书服用即可，每日对乙酰氨基酚总量不超过2 g。",
    "孩子也感冒了，{p:agec}，能吃[[泰诺]]吗？",
    "成人[[泰诺]]不适合给孩子吃。儿童发热可以按体重使用儿童剂型的[[对乙酰氨基酚]]或[[布洛芬]]混悬液，具体剂量看说明书或问医生。",
)

T(
    "admission_record",
    "zh",
    "个人史：生于[[黄山]]，久居[[金华]]，从事建筑工作，无疫区接触史，无烟酒嗜好。\n家族史：父亲患[[帕金森病]]，母亲体健。",
)
T(
    "admission_record",
    "zh",
    "体格检查：T {p:temp}，P {p:hr}，R 20次/分，BP {p:bp}。神志清，[[巴宾斯基征]]阴性，[[墨菲征]]阴性，[[麦氏点压痛]]阳性。",
)
T(
    "admission_record",
    "zh",
    "诊断编码核对：主要诊断[[K35.8]]急性阑尾炎，其他诊断[[E11.9]]、[[I10]]。请[[病案室]]确认编码是否需要细化。",
)
T(
    "admission_record",
    "zh",
    "入院记录“婚育史”该怎么写？患者[[«28|31|35»岁]]女性，从[[妇产科]]转来，已婚，孕2产1。",
    "可以写成：“已婚，适龄结婚，配偶体健；孕2产1，人工流产1次，子女体健。”月经史另起一段，写初潮年龄、周期和末次月经。",
)

T(
    "family_message",
    "zh",
    "我妈[[国庆节]]吃了两块月饼，血糖到了{p:V_pglu}，她在打[[诺和灵]]，要不要加量？",
    "不建议自行加量。偶尔一次进食高糖食物导致血糖升高，先恢复正常饮食并加强监测。如果连续三天餐后血糖都明显偏高，再请内分泌科医生调整[[诺和灵]]的剂量。",
)
T(
    "family_message",
    "zh",
    "我爸病房朝南[[向阳]]，冬天也暖和，就是[[早高峰]]的时候楼下很吵，他睡不好。能不能申请换个病房？",
)
T(
    "family_message",
    "zh",
    "家属吐槽说“[[江山易改，本性难移]]”，我爸抽了[[40年]]烟，戒了三次都失败了，有没有什么药能帮忙？",
    "可以到戒烟门诊就诊，常用的辅助药物有尼古丁替代制剂和伐尼克兰等，需要医生评估后使用。家人的支持和避免吸烟环境同样重要。",
)
T(
    "family_message",
    "zh",
    "护理叙事作文：那天傍晚，[[海燕飞过]]病房窗外，{p:age2}的老人突然说想回家了。夕阳[[余辉]]照在床头，她的血压是{p:bp}。帮我改改这一段。",
)
T(
    "family_message",
    "zh",
    "我在[[鲁迅公园]]锻炼时突然«胸口发闷|心慌|头晕眼花»，坐了一会儿才好，之前在[[中山医院]]查过心脏没问题。需要再查吗？",
)

T(
    "tcm_clinic",
    "zh",
    "方药：[[黄芪]]30g，[[当归]]10g，[[白芍]]12g，[[熟地黄]]15g，[[川芎]]6g，[[丁香]]3g（后下）。水煎服，日一剂。请问方子里的丁香起什么作用？",
    "[[丁香]]性温，能温中降逆，常用于胃寒呕吐、呃逆。方中以[[当归]]、[[白芍]]、[[熟地黄]]、[[川芎]]（即[[四物汤]]）养血，[[黄芪]]补气，加少量[[丁香]]温胃止呕。",
)
T(
    "tcm_clinic",
    "zh",
    "患者诉每逢[[夏雨]]连绵或阴天，膝关节疼痛加重，舌淡苔白腻，脉濡。辨为湿痹，予[[独活寄生汤]]加减，[[牛膝]]15g，[[杜仲]]12g。",
)
T(
    "tcm_clinic",
    "zh",
    "《黄帝内经》说“[[春生]]夏长，秋收冬藏”，养生要顺应四时。春天适合喝什么茶？我平时吃[[逍遥散]]。",
    "春季养肝，可以用[[菊花]]、[[枸杞子]]泡茶。正在服用[[逍遥散]]的话，不建议再自行加其他疏肝药，有疑问可以问开方的中医师。",
)
T(
    "tcm_clinic",
    "zh",
    "[[何首乌]]和[[制何首乌]]有什么区别？网上说[[何首乌]]能乌发，我想买来泡酒。",
    "生[[何首乌]]和[[制何首乌]]功效不同，且都有肝损伤的报道。不建议自行泡酒长期服用，如需使用请在中医师指导下，并定期复查肝功能。",
    "那[[黄芪]]泡水可以长期喝吗？",
)
T(
    "tcm_clinic",
    "zh",
    "中药代煎单：[[补中益气汤]] 7剂，[[黄芪]]、[[党参]]、[[白术]]、[[陈皮]]、[[升麻]]、[[柴胡]]、[[当归]]、[[甘草]]。每剂煎2袋，早晚各一袋。",
)

T(
    "lab_report",
    "zh",
    "血常规：{p:L_wbc}；{p:L_crp}。尿常规：尿蛋白2+。诊断：[[N39.0]]泌尿系感染？请[[检验科]]复核标本。",
)
T(
    "lab_report",
    "zh",
    "心超报告：左室射血分数45%，左房扩大；结论：符合[[马方综合征]]主动脉根部扩张改变，建议[[心外科]]随诊。",
)
T(
    "lab_report",
    "zh",
    "这个结果要紧吗：[[NT-proBNP 3200 pg/mL]]，[[肌酐156 μmol/L]]，我爸{p:age2}，有心衰。",
    "[[NT-proBNP 3200 pg/mL]]提示心衰仍在活动期，[[肌酐156 μmol/L]]提示肾功能有一定受损。两者需要一起评估，建议尽快复诊心内科，调整利尿剂和心衰用药。",
)

# --- Taiwan / Hong Kong, PHI-free --------------------------------------------
T(
    "hk_tw_clinic",
    "zh",
    "請問[[阿茲海默症]]和[[巴金森病]]的失智有什麼不同？我阿公最近常常忘東忘西。",
    "[[阿茲海默症]]多以近期記憶力退化為主；[[巴金森病]]相關的失智常在動作症狀出現多年後才發生，並可能伴隨幻覺。建議帶長輩到神經內科或記憶門診做評估。",
    script="tw",
)
T(
    "hk_tw_clinic",
    "zh",
    "衛教單：服用[[脈優]]期間如出現腳踝水腫請告知醫師；[[保栓通]]不可自行停藥，拔牙前須與心臟科醫師討論。掛號請洽[[台大醫院]]服務台。",
    script="tw",
)
T(
    "hk_tw_clinic",
    "zh",
    "門診時間表：神經內科（{p:vdate}起）週二上午、週四下午，看診地點[[逸夫書院]]旁門診大樓二樓。[[榮民總醫院]]轉診病人請攜帶轉診單。",
    script="tw",
)
T(
    "hk_tw_clinic",
    "zh",
    "[[瑪麗醫院]]醫生話我有[[貝爾氏麻痺]]，要食類固醇一個星期，仲要做針灸，兩樣可唔可以一齊做？",
    "一般可以。[[貝爾氏麻痺]]早期用類固醇係標準治療，針灸可以作為輔助，但最好同時話俾兩邊醫生知。如果眼瞓唔埋，要用人工淚水同埋夜晚貼眼罩。",
    "針灸大概要做幾耐？",
    "一般每星期做兩至三次，連續四至六個星期，再睇恢復情況。大部分[[貝爾氏麻痺]]病人喺三個月內會明顯好轉。",
    script="hk",
)
T(
    "hk_tw_clinic",
    "zh",
    "[[伊利沙伯醫院]]急症室今日好逼，分流護士話非緊急要等«五|六|七»個鐘。聽講[[屯門醫院]]都差唔多，係咪應該去普通科門診？",
    script="hk",
)
T(
    "hk_tw_clinic",
    "zh",
    "阿媽食緊[[絡活喜]]同[[立普妥]]，今日量血壓{p:bp}，心跳{p:hr}，咁算唔算正常？",
    "呢個血壓讀數要睇佢平時嘅水平同醫生定嘅目標。一般長者目標係低過140/90 mmHg，如果持續偏高或者有頭暈胸悶，就要早啲覆診。",
    script="hk",
)
T(
    "hk_tw_clinic",
    "zh",
    "[[東華三院]]長者日間中心通知：本月健康講座主題為「認識[[帕金森症]]」，地點[[何文田]]社區會堂，費用全免。",
    script="hk",
)


# --- more Chinese PHI-free look-alikes ------------------------------------------
T(
    "tcm_clinic",
    "zh",
    "[[四物汤]]月经期能喝吗？里面有[[当归]]、[[川芎]]，听说会让经量变多。",
    "[[四物汤]]以养血为主，[[川芎]]、[[当归]]有活血作用，经量本来就多的人经期最好暂停，经后再服。体质不同，建议先请中医师辨证。",
)
T(
    "outpatient_dialogue",
    "zh",
    "[[中山大学附属第一医院]]的[[逸仙楼]]怎么走？我要去[[内分泌科]]复查，约的是{p:vdate}上午。",
)
T(
    "pharmacy_note",
    "zh",
    "[[拜阿司匹林]]和普通[[阿司匹林]]有什么区别？医生给我开的是100 mg的。",
    "[[拜阿司匹林]]是拜耳公司生产的肠溶阿司匹林的商品名，成分相同，都是阿司匹林肠溶片。100 mg每日一次用于心脑血管疾病的预防，建议每天固定时间服用。",
    "我早上总忘，能改成晚上吃吗？",
)
T(
    "pharmacy_note",
    "zh",
    "[[立普妥]]和[[可定]]哪个副作用小？我现在吃的是[[立普妥]] 20 mg，LDL-C还是{p:V_ldl}。",
    "[[立普妥]]（阿托伐他汀）和[[可定]]（瑞舒伐他汀）都是常用他汀，总体安全性相近。是否换药或加量要由医生根据血脂目标决定，不要自行调整。",
)
T(
    "pharmacy_note",
    "zh",
    "糖尿病人能喝[[念慈菴]]枇杷膏吗？咳嗽[[«三周|一个多月|两周»]]了。",
    "[[念慈菴]]枇杷膏含蜂蜜和糖，糖尿病患者不建议常规服用。咳嗽超过两周建议就医查明原因，可以请医生开无糖型止咳药。",
)
T("pharmacy_note", "zh", "[[九芝堂]]的[[六味地黄丸]]和[[同仁堂]]的有区别吗？说明书上用法都是一次8丸、一日3次。")
T(
    "pharmacy_note",
    "zh",
    "[[白云山]]板蓝根颗粒和[[连花清瘟胶囊]]能预防流感吗？家里老人每天各冲一包。",
    "目前没有可靠证据证明板蓝根能预防流感。老人预防流感最有效的方法是每年接种流感疫苗，勤洗手、少去人群密集的地方。",
)
T(
    "outpatient_dialogue",
    "zh",
    "[[库欣综合征]]和[[艾迪生病]]是不是正好相反？我在备考，总是记混。",
    "可以这样记：[[库欣综合征]]是皮质醇过多（满月脸、向心性肥胖、高血压），[[艾迪生病]]是肾上腺皮质功能减退、皮质醇不足（乏力、皮肤色素沉着、低血压）。",
)
T(
    "outpatient_dialogue",
    "zh",
    "冬天手指发白、发紫，暖和后又变红，是不是[[雷诺现象]]？我今年{p:age2}。",
    "描述很符合[[雷诺现象]]。多数是原发性的，但也可能继发于结缔组织病，建议到[[风湿免疫科]]查一下抗核抗体等指标，平时注意手部保暖。",
)
T(
    "outpatient_dialogue",
    "zh",
    "[[梅尼埃病]]发作时天旋地转，还耳鸣，能吃[[倍他司汀]]吗？上次发作持续了[[«两个小时|半天|三个多小时»]]。",
)
T(
    "outpatient_dialogue",
    "zh",
    "孕16周做了[[唐氏综合征]]筛查，结果是临界风险，要直接做羊水穿刺吗？",
    "临界风险可以先考虑无创DNA产前检测（NIPT），如果NIPT提示高风险，再做羊水穿刺确诊。具体方案请和[[产科]]医生讨论。",
)
T(
    "outpatient_dialogue",
    "zh",
    "[[霍奇金淋巴瘤]]早期治愈率高吗？我朋友{p:age2}，刚确诊ⅡA期。",
    "早期[[霍奇金淋巴瘤]]的治愈率总体较高，多数患者经规范化疗（必要时联合放疗）可以长期缓解。具体预后要看分期、危险因素和治疗反应。",
)
T(
    "nursing_handover",
    "zh",
    "今天[[科主任]]查房强调三点：一、[[高峰期]]呼叫铃要在三声内响应；二、夜间巡视每小时一次；三、输血[[程序]]必须双人核对，不得简化。",
)
T("family_message", "zh", "医院的[[钟声]]每天早上六点就响，我爸说吵得睡不着。病房能不能换到离[[钟楼]]远一点的地方？")
T(
    "outpatient_dialogue",
    "zh",
    "前两天在[[田野]]里干活被蜱虫咬了，今天发烧{p:tempH}，要紧吗？",
    "被蜱虫叮咬后出现发热需要重视，可能是发热伴血小板减少综合征等蜱传疾病。请尽快到医院就诊，查血常规和肝功能，并告诉医生叮咬史。",
)
T(
    "outpatient_dialogue",
    "zh",
    "[[夏天]]在工地干活突然头晕、恶心、出汗很多，量体温{p:tempH}，是中暑吗？",
    "很可能是中暑（热衰竭）。先到阴凉通风处休息，补充淡盐水；如果出现意识模糊、体温超过40℃或不出汗，要立即拨打[[120]]。",
)
T(
    "family_message",
    "zh",
    "我爸说他年轻时喝过半瓶[[王朝]]干红就脸红心慌，现在吃[[甲硝唑]]能不能喝一点？",
    "服用[[甲硝唑]]期间及停药后至少3天内不能饮酒，否则可能发生双硫仑样反应，出现面红、心慌、呕吐等。请一定提醒老人家。",
)
T(
    "outpatient_dialogue",
    "zh",
    "康复训练第二周，我想加大强度，[[康复治疗师]]说别一上来就开足[[马力]]。膝关节置换术后多久能爬楼梯？",
)
T("family_message", "zh", "我们小区诊所[[林立]]，但看[[痛风]]还是去大医院好吧？我爸尿酸{p:V_ua}，脚趾关节反复肿。")
T("outpatient_dialogue", "zh", "我家阳台种了[[常青藤]]，有哮喘的孩子需要搬走吗？孩子{p:agec}，在用[[布地奈德]]雾化。")
T(
    "discharge_summary",
    "zh",
    "出院宣教：1. 按时服用[[氨氯地平]] 5 mg qd；2. 每日监测血压并记录；3. [[平安夜]]和元旦期间注意饮食清淡；4. 两周后[[心内科]]门诊复查。",
)
T(
    "nursing_handover",
    "zh",
    "今天是[[国庆]]值班，病区收了«2|3»个外地游客：一个在[[黄山]]崴了脚，一个在[[金华]]吃坏了肚子，都已经处理。[[值班医生]]说明天可以出院。",
)
T(
    "consultation",
    "zh",
    "请问[[吉兰-巴雷综合征]]和打疫苗有关系吗？我们病房有个病人[[«两周|十天|三周»]]前打了流感疫苗，现在四肢无力。",
    "个别疫苗接种后[[吉兰-巴雷综合征]]的风险有极轻微升高，但绝对风险很低，感染本身（如空肠弯曲菌）更常见。需要尽快做腰穿和肌电图明确诊断。",
)
T(
    "referral_letter",
    "zh",
    "[[白求恩国际和平医院]]在[[石家庄]]哪个区？我们这边要转一个[[ICD-10]]编码为[[S72.0]]的股骨颈骨折老人过去。",
)
T(
    "lab_report",
    "zh",
    "检验科通知：自{p:vdate}起，[[糖化血红蛋白]]检测改在[[逸夫楼]]一楼采血窗口，报告时间由[[1个工作日]]缩短为当日下午。",
)
T(
    "wechat_group",
    "zh",
    "【科室群】[[建国以来]]最强寒潮下周到，请各位提醒慢阻肺患者注意保暖。另外，本周[[护士长]]例会改到周四，[[责任护士]]带好质控表。",
)


# ===========================================================================
# TEMPLATES -- mixed Chinese/English (code-switching)
# ===========================================================================
T(
    "mixed_ward_talk",
    "mixed",
    "Dr. {S:m1} 今天 round 的时候说 {N:mo2} 的 CXR 有 improvement，可以 step down 到 oral，[[ceftriaxone]] 改成 [[cefuroxime]] 0.5 g bid。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "{S:m1}sir 让我 follow up {N:f2} 的 potassium，今天 K+ {p:V_k}，要不要 recheck？",
    "建议 recheck，同时看一下 ECG 有没有 U 波，回顾她的 diuretic 用量。如果 {S:m1}sir 同意，可以先 oral KCl 补充，4-6 小时后复查。",
    "Recheck 出来了 K+ {p:V_k}，{G:f2} 说她有点 palpitation。",
    "先做一个 ECG 看有没有 arrhythmia，把 {G:f2} 的情况 update 给 {S:m1}sir；如果 K+ 仍然异常，按医嘱调整补钾或停用保钾药物，1-2 小时后再复查。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "{S:m1}生今日 review 咗，BP {p:bp}，plan 係 continue [[Amlodipine]] 5 mg daily，下個月 FU。佢個女{G:f2}會陪佢嚟。",
    script="hk",
)
T(
    "mixed_ward_talk",
    "mixed",
    "{S:f1}姑娘 call 咗 {N:mo2} 個仔，佢話今晚會嚟簽 consent，OT 排咗聽朝第二台。",
    script="hk",
)
T(
    "mixed_ward_talk",
    "mixed",
    "{ENS:f1} 是我们组的 research nurse，有问题可以 email 她：{EMAIL:f1}。她下周会 follow 患者 {N:m2} 的 CRF。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "Patient {N:m1}，{p:age}，{MRNL}，c/o chest pain x [[«2小时|40分钟|3小时»]]，ECG 示 ST elevation in V1-V4，已 activate cath lab，也 call 了 {S:m2} 主任。",
    "处理流程合理。补充几点：1. 确认 loading dose 的 aspirin 和 ticagrelor 已给；2. 记录 door-to-balloon time；3. 通知家属并签 PCI consent。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "{ENPY:m1} 是 pharmacy 的，他说 {N:fo2} 的 [[warfarin]] 要 hold 两天，INR 太高了，明天 recheck。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "@{N:f1} 明天的 journal club 你 present 吗？topic 是 [[Kawasaki disease]]，{S:m2} 老师说要加一个 case discussion。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "我们 team 的 {KL:m1} 说 {N:m2} 的 case 很 typical，可以写 case report，不过要先拿 patient 的 written consent。",
    "对，case report 需要患者书面同意，文中要去掉 {N:m2} 的姓名、住院号等可识别信息。建议先和 {KL:m1} 确认一下伦理申请流程。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "{S:m1}生 BP 成日都高，{S:m1}太話佢冇定時食藥。Plan：home BP monitoring，兩個禮拜後 FU，如果仲係高就 add [[Losartan]]。",
    script="hk",
)
T(
    "mixed_ward_talk",
    "mixed",
    "ICU handover：\nBed 3 {N:xd1}，septic shock on NA 0.2 mcg/kg/min，lactate 3.1；\nBed 5 {N:m2}，post-CABG day 1，已 extubate；\n今晚 {S:f3} 医生 on call，有事 page 她。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "Ward round notes by {N:fy1}（intern）：\n{N:mo2}，{f:dx}\nPlan：1) repeat {f:exam}；2) continue {p:drugE}；3) discuss with family（{N:f3~mo2}, daughter）。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "{ENS:m1} 下午在 [[Zhongshan Hospital]] 有个 meeting，让 {N:f2} 先 cover 他的 patients，有事打他手机 {PHONE:mob}。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "Discharge summary 里的 patient name 写成了「{N:m1}」，但 wristband 上是「{N:m2}」，{MRNL}。要怎么 fix？",
    "先以住院号和身份证核对真实身份，确认后在系统里修改 discharge summary 的姓名，并在修改记录里注明原因；已打印给患者的版本要收回重发。",
    "{N:m2} 的家属说之前那份 summary 已经交给保险公司了，怎么办？",
    "建议由医院出具更正说明，写明原 summary 中姓名有误、正确姓名为 {N:m2}，盖章后由家属提交给保险公司；同时在病历系统中保留修改记录。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "{N:f1} 的 mom {N:fo2} 今天 admit 了，{f:dx}，她想 request 单人间，帮忙问一下 {S:m3} 医生可不可以。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "Case：{N:xu1}，{p:age}，recurrent oral ulcers + uveitis，考虑 [[Behçet's disease]]，已请 rheumatology 会诊，translator 是家属 {N:xu2}。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "Hi {EN:f1}，{N:mo2} 的 MRI 约好了，{p:vdate} 下午 3 点，麻烦通知家属 {N:m3}，电话 {PHONE:mob}。Thanks!",
)
T("mixed_ward_talk", "mixed", "{ENS:f1} 啱啱 call 我，話 {N:mo2} 嘅 Hb 跌咗去 78，要唔要 transfuse？", script="hk")
T(
    "mixed_ward_talk",
    "mixed",
    "Ward 8A handover：{N:mo1}（{CY:mo1}），{MRNL}，fall risk high，{S:f2}姑娘已經 inform 咗屋企人。",
    script="hk",
)
T(
    "mixed_ward_talk",
    "mixed",
    "{N:fo1} 的女儿 {G:f2} 想知道 [[Alzheimer's disease]] 有没有 new drug，她看到 news 说 lecanemab 批了。",
    "Lecanemab 适用于早期（轻度认知障碍或轻度痴呆）且有淀粉样蛋白证据的患者，需要定期做 MRI 监测 ARIA。建议 {G:f2} 带妈妈到记忆门诊评估是否符合条件。",
    "{G:f2} 还问 {N:fo1} 现在吃的 donepezil 要不要停？",
    "不需要因为考虑新药就停 donepezil，两者可以在医生评估下共同使用。任何调整都应由记忆门诊医生决定，不要自行停药。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "Night shift log：\n02:30 {N:m1} desaturated to {p:spo2L}，O2 调到 5 L/min，ABG done\n03:10 informed Dr. {S:m2}\n05:00 SpO2 回升，继续 monitor",
)
T(
    "mixed_ward_talk",
    "mixed",
    "{S:m1}sir 说 MDT 改到 Friday，{N:f2} 和 {N:m3} 的 case 都要 present，slides 周四前发到他 email {EMAIL:m1}。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "Consent form 上 relative signature 是 {N:fh1}，relationship 写的是 mother-in-law，这样 OK 吗？",
    "一般 OK，婆婆属于近亲属。建议在 consent 上写清楚与患者的关系（婆媳），并核对 {N:fh1} 的身份证件。",
)
T("mixed_ward_talk", "mixed", "患者 {N:mw1} 今天 discharge，OPD follow up 在 {p:vdate}，住 {ADDR}，contact {PHONE}。")
T(
    "mixed_ward_talk",
    "mixed",
    "Pharmacy note：{N:m1}，[[eGFR 28]]，建议 [[metformin]] hold，已 inform {S:f2} 医生，她同意改 [[insulin glargine]]。",
)
T("mixed_ward_talk", "mixed", "我们的新 resident {PY:m1}（{N:m1}）今天第一天 on call，大家多 help 一下～")
T(
    "mixed_ward_talk",
    "mixed",
    "{S:m1}生個 DOB 係 {DOBv:hk}，HKID {ID:hk}，登記嗰陣打錯咗，麻煩 update 返個 system。",
    script="hk",
)
T(
    "mixed_ward_talk",
    "mixed",
    "Referral：Dear Dr. {S:m1}，我院患者 {N:fo2}，{p:age}，[[Hashimoto's thyroiditis]]，TSH 持续升高，please kindly review。Thanks，{N:f3}",
)
T("mixed_ward_talk", "mixed", "{K:f1} 说她今天 sick leave，{N:m2} 的 dressing 交给 {G:f3} 做，下午两点前 change 好。")
T(
    "mixed_ward_talk",
    "mixed",
    "Group chat「{p:dept} team」：\n{N:m1}：Bed 12 {N:mo2} 的 CTPA report out 了，有 PE\n{N:f3}：start LMWH 吧，体重 {p:wt}\n{KL:m4}：ok 我写 order",
)
T(
    "mixed_ward_talk",
    "mixed",
    "{N:f1}（{PYW:f1}）是我们的 research coordinator，电话 {PHONE:mob}，有 enrollment 的问题找她。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "今早 pre-round：{N:m1} 的 K+ 5.9，已 hold [[spironolactone]]；{N:fo2} 的 blood culture 阳性，{S:m3} 说 start [[vancomycin]]；{N:xr4} 的 family 下午来谈 DNR。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "請 {S:m1} 醫師幫忙看一下 {N:fo2} 的 EKG，AF with RVR，HR {p:hr}，已經給 [[Cordarone]] loading。",
    script="tw",
)
T(
    "mixed_ward_talk",
    "mixed",
    "{N:m1} 學長說 {N:f2} 的 case 可以投 poster，deadline 是下週五，記得先問 IRB。",
    script="tw",
)

# --- mixed, PHI-free ------------------------------------------------------------
T(
    "mixed_ward_talk",
    "mixed",
    "[[Parkinson's disease]] 的病人用 levodopa 要注意什么？[[护士长]] 说 meal time 要和高蛋白饮食错开。",
    "对，levodopa 和蛋白质在肠道吸收时会竞争，建议饭前 30-60 分钟服药。另外要注意 orthostatic hypotension，起床动作要慢。",
    "如果病人 [[早高峰]] 时段 off 得很厉害，可以加一次 dose 吗？",
)
T(
    "mixed_ward_talk",
    "mixed",
    "今天 [[早高峰]] 太堵，morning round 推迟到 8:30。[[attending]] 说先看 ICU 的 patients，再看 general ward。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "BP {p:bp}，HR {p:hr}，看起来 stable。[[值班医生]] 说继续 observe，明早 repeat CRP 和 [[procalcitonin]]。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "今日 ward round [[consultant]] 話 [[Queen Mary Hospital]] 嗰邊有 bed，可以 transfer 過去做 [[ERCP]]。",
    script="hk",
)
T(
    "mixed_ward_talk",
    "mixed",
    "[[Murphy's sign]] positive 是不是一定 cholecystitis？我是 [[intern]]，今天被 [[attending]] 问倒了。",
    "不一定。[[Murphy's sign]] 对急性胆囊炎敏感性较高，但特异性有限，老年人和用过止痛药的病人可能假阴性。诊断要结合超声（胆囊壁增厚、周围积液）和炎症指标。",
    "那 [[Courvoisier sign]] 呢？也是看胆囊的吗？",
    "[[Courvoisier sign]] 指无痛性胆囊肿大伴黄疸，提示胆总管远端梗阻，更要警惕胰头癌或壶腹部肿瘤，而不是结石性胆囊炎。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "Journal club topic：[[Kawasaki disease]] 的 IVIG resistance，presenter 是 [[R2]]，地点 [[Yifu Building]] 3 楼会议室。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "[[metformin]] 和 [[达格列净]] 一起用，[[eGFR 42]] 还可以吗？",
    "[[eGFR 42]] 时 [[metformin]] 一般需要减量（每日不超过 1 g），[[达格列净]] 仍可使用，但降糖效果会减弱。需要每 3-6 个月复查肾功能。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "ICD coding 问题：[[I10]] 和 [[I11.9]] 的区别是什么？[[coder]] 说我们 [[cardiology]] 经常 code 错。",
    "[[I10]] 是原发性高血压，不伴靶器官损害；[[I11.9]] 是高血压性心脏病不伴心力衰竭。若病历记录了高血压导致的左室肥厚等心脏改变，应编码为 [[I11.9]]。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "[[Huashan Hospital]] 的 [[neurology]] 很有名，我想 refer 一个 [[Parkinson's disease]] 的 patient 过去，需要准备什么 documents？",
)
T(
    "mixed_ward_talk",
    "mixed",
    "病人很[[文静]]，但 GCS 15，orientation 正常，[[值班医生]]说应该不是 hypoactive delirium 吧？",
    "不能仅凭安静排除。hypoactive delirium 表现为淡漠、反应慢，很容易被当作“[[文静]]”。建议用 CAM-ICU 或 4AT 评估，并对比家属描述的平时状态。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "[[国庆假期]] 期间 OPD 停诊，emergency 照常。[[on-call doctor]] 名单见 roster，[[护士长]] 会再发一次。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "[[Sir Run Run Shaw Hospital]] 同 [[邵逸夫医院]] 係咪同一間？我朋友話喺杭州，唔係香港。",
    script="hk",
)
T(
    "mixed_ward_talk",
    "mixed",
    "Dose 计算：[[enoxaparin]] 1 mg/kg q12h，体重 {p:wt}，CrCl < 30 的话要改成 once daily 吗？",
    "是的。肌酐清除率低于 30 mL/min 时，治疗剂量的 [[enoxaparin]] 通常调整为 1 mg/kg 每日一次，并建议监测抗 Xa 活性。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "[[Bell's palsy]] 用 [[prednisolone]] 60 mg x 5 days 然后 taper，这个 regimen OK 吗？发病已经[[«两天|48小时|三天»]]。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "[[马应龙]] ointment 在 pharmacy 的 stock 没了，[[ward pharmacist]] 说下周才到，先用 [[云南白药]] 的替代可以吗？",
)
T(
    "mixed_ward_talk",
    "mixed",
    "今晚 [[金星]] 特别亮，night shift 的时候在 [[逸夫楼]] 顶楼看到了～顺便 update：Bed 7 的 SpO2 {p:spo2}，整晚 stable。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "[[葛量洪醫院]] 嘅 cardiac rehab program 要 referral，[[MO]] 可以開，唔使等 [[consultant]]。",
    script="hk",
)
T(
    "mixed_ward_talk",
    "mixed",
    "[[Down syndrome]] 的 baby 做 echo 发现 AVSD，[[paediatrics]] 和 cardiac surgery 要 joint consult，时间定在{p:vdate}。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "[[Crohn's disease]] flare，CRP {p:V_crp}，[[gastroenterology]] 建议 start [[infliximab]]，先 screen TB 和 HBV。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "[[王老吉]] 里面有没有 caffeine？我的 patient 有 [[房颤]]，on [[美托洛尔]]，家属天天带给他喝。",
    "[[王老吉]]凉茶一般不含咖啡因，但含糖较多。对心律失常本身影响不大，不过如果合并糖尿病，还是建议少喝。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "明天 [[晚高峰]] 前要把 discharge 都办完，[[charge nurse]] 说 bed manager 已经在催了。今天出院 6 个，都是 {p:dept} 的。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "[[巴金森病]] 病人要做 MRI，有 DBS 的話要先問 [[神經外科]] 確認 device 是否 MR conditional。",
    script="tw",
)


# --- more mixed rows with PHI ---------------------------------------------------
T(
    "mixed_ward_talk",
    "mixed",
    "Admission note：{N:m1}，{DOB}，{MRNL}，住 {ADDR}，emergency contact 是他 wife {N:f2}（{PHONE:mob}）。PMH：HTN、DM，on [[metformin]]。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "Please help 翻译成英文：患者{N:fo1}，{p:age}，{f:dx}，家属{N:m2}要求转回{p:place}当地医院。",
    "Translation: The patient, {N:fo1}, aged {p:agey}, has {f:dxE}. Her family member {N:m2} requests transfer back to a local hospital in her hometown.",
    "再把 {N:m2} 的联系电话 {PHONE:mob} 加进英文版里。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "Research data 要 de-identify：subject {PY:m1}，DOB {DOBv:en}，phone {PHONE:mob}，email {EMAIL:m1}。这些都要删掉吧？",
    "对，姓名、出生日期、电话、邮箱都属于直接识别信息，都要删除或替换成研究编号。DOB 一般可以只保留年份或换算成年龄。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "{S:m1}生 DOB {DOBv:hk}，住 {ADDR}，今日 walk-in 話胸口痛，ECG 正常，Trop pending。佢老婆{N:f2}喺外面等。",
    script="hk",
)
T(
    "mixed_ward_talk",
    "mixed",
    "OT list tomorrow：\n1. {N:mo1}，lap chole，{MRNL}\n2. {N:f2}，TKR left\n3. {N:xr3}，hernia repair\nSurgeon：{S:m4} 主任；anaesthetist：{N:f5}",
)
T(
    "mixed_ward_talk",
    "mixed",
    "{EN:f1} 你好，我是 {N:fo2} 的女儿，妈妈的 biopsy report 出来了吗？我 email 是 {EMAIL}，手机 {PHONE:mob}。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "我是 {ENS:m1}，{p:hosp} 的 fellow。想 refer 一个 patient：{N:mo2}，{p:age}，suspected [[Cushing's syndrome]]，MRN {MRN:MRN}。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "Hi team，{N:f1} 明天 off，她的 patients 由 {N:m2} 接手。Bed 20 的 {N:mu3} 要 interpreter，contact 他侄子 {N:mu4}：{PHONE:mob}。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "Telemedicine follow-up：{N:f1}（{PY:f1}），{DOB}，from {p:place}。BP {p:bp}，continue current meds。Next video call {p:vdate}。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "HKID 係 {ID:hk} 嗰位 {S:m1}伯，今日 discharge，social worker {N:f2} 已經安排咗 home help，地址 {ADDR}。",
    script="hk",
)
T(
    "mixed_ward_talk",
    "mixed",
    "{N:mo1} 的 son {G:m2~mo1} 一直问 prognosis，我跟他说要等 {S:f3} 医生 family meeting 再谈。他留了 email：{EMAIL:m2~mo1}。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "Checklist before CT：{N:m1}，ID {ID:m}，allergy：iodine contrast？→ 家属 {N:f2} 说以前打过没事。Creatinine {p:V_cr}。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "{S:f1}姑娘話 {N:mo2} 今朝 fall 咗，右邊 hip pain，X-ray 冇 fracture。已經 inform 佢女{G:f3}，佢話下晝嚟。",
    script="hk",
)
T(
    "mixed_ward_talk",
    "mixed",
    "Consult request to [[rheumatology]]：{N:fu1}，{p:age}，SLE flare，ANA 1:640，C3 low。Please see today。Thanks，{N:m2}（{PHONE:land}）",
)
T(
    "mixed_ward_talk",
    "mixed",
    "病人 {N:mw1} 是 {N:f2} 的 father-in-law，{p:age}，住在 {ADDR:village}，这次是 first admission，需要 social work referral 吗？",
)
T(
    "mixed_ward_talk",
    "mixed",
    "病歷號 {MRN:病歷號} 的 {N:f1} 明天要做 colonoscopy，bowel prep 今晚開始，{S:m2} 醫師已經解釋過。",
    script="tw",
)
T(
    "mixed_ward_talk",
    "mixed",
    "{N:m1} 的 Line ID 跟手機都是 {PHONE:tw}，家屬 {N:f2} 說有事直接打。Discharge 後 2 weeks OPD。",
    script="tw",
)
T(
    "mixed_ward_talk",
    "mixed",
    "Cover letter 里写：“{PYU:m1}, born {DOBv:en}, Passport holder, currently residing at {ADDR:en}.” 这个格式对吗？",
)

# --- more mixed PHI-free ---------------------------------------------------------
T(
    "mixed_ward_talk",
    "mixed",
    "[[Alzheimer's disease]] 和 vascular dementia 怎么 differentiate？[[主治医师]] 说要看 MRI 的 white matter lesions。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "[[早高峰]] 送 specimen 到 [[检验科]] 要 40 分钟，TAT 太长了，[[护士长]] 想跟 lab 商量改 pneumatic tube。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "Vital signs 07:00：T {p:temp}，HR {p:hr}，BP {p:bp}，SpO2 {p:spo2}。[[Nurse in charge]] 已 review，no action needed。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "[[六味地黄丸]] 对 CKD 病人 safe 吗？有个 patient 自己在吃，eGFR 35。",
    "传统中成药的肾脏安全性研究有限，部分产品可能含有影响肾功能的成分。建议让病人把药盒带来给 [[ward pharmacist]] 看，必要时暂停，并监测肾功能。",
)
T(
    "mixed_ward_talk",
    "mixed",
    "[[Graves' disease]] 的 patient 要做 RAI，[[endocrinology]] 说先停 methimazole 3-5 days，这样对吗？",
)
T(
    "mixed_ward_talk",
    "mixed",
    "今日 [[伊利沙伯醫院]] A&E 好 busy，triage 話 category 4 要等 6 個鐘，[[MO]] 建議去 GOPC。",
    script="hk",
)


# ===========================================================================
# TEMPLATES -- English text about Chinese patients
# ===========================================================================
P_LISTS["placeE"] = W(
    "Huangshi Shijiazhuang Zhangjiajie Zhoukou Ma'anshan Jinhua Wenshan Jiangshan Changzhou "
    "Yulin Lishui Kashgar Lhasa Foshan Shantou Luoyang Baoding Zhuhai"
)
P_LISTS["herbE"] = [
    "Huangqi (Astragalus)",
    "Danggui (Angelica sinensis)",
    "Baishao (white peony root)",
    "Shudihuang (prepared rehmannia)",
    "Chuanxiong",
    "Dangshen",
    "Heshouwu (fo-ti)",
    "Chaihu (bupleurum)",
    "Gancao (liquorice)",
    "Danshen (Salvia miltiorrhiza)",
]
P_LISTS["formulaE"] = [
    "Liuwei Dihuang Wan",
    "Xiaoyao San",
    "Buzhong Yiqi Tang",
    "Guipi Tang",
    "Siwu Tang",
    "Xuefu Zhuyu Tang",
    "Angong Niuhuang Wan",
    "Lianhua Qingwen",
]

T(
    "en_case_note",
    "en",
    "Mr {PYS:m1} is {p:aageE} retired teacher from {p:placeE} admitted with {f:dxE}. His daughter, {PY:f2~m1}, is the main contact ({PHONE:mob}).",
)
T(
    "en_case_note",
    "en",
    "Dear Dr {PYS:m1},\nThank you for seeing {PY:fo2}, {p:aageE} woman (MRN {MRN:MRN}), whom I reviewed in clinic on {p:vdate} with worsening [[Parkinson's disease]]. She is on co-careldopa and now reports visual hallucinations.\nYours sincerely,\n{PYW:f3}",
)
T(
    "en_case_note",
    "en",
    "Case note: patient {N:mo1} ({PY:mo1}), DOB {DOBv:en}, presented with {f:symE} for {p:durE}. BP {p:bp}. Plan: {f:examE} and review by the [[on-call doctor]].",
)
T(
    "en_case_note",
    "en",
    "Handover:\nBed 14 - {PYU:m1}, post-op day 2 after lap chole, pain controlled.\nBed 16 - {PY:f2}, awaiting CT abdomen.\nNight nurse {EN:f3} will call Dr {PYS:m4} if anything changes.",
)
T(
    "en_case_note",
    "en",
    "Mrs {CYS:f1}, HKID {ID:hk}, attended A&E at [[Queen Elizabeth Hospital]] with chest pain. Troponin negative x2. Her son, {CY:m2~f1}, can be reached on {PHONE:hk}.",
    script="hk",
)
T(
    "en_case_note",
    "en",
    "From: {EMAIL:f1}\nHi Dr {PYS:m2}, my father-in-law {PY:mo3} was discharged yesterday and still has {f:symE}. Should we bring him back? Regards, {PYG:f1}",
    "Thanks for the message. Because he still has symptoms, it would be sensible to bring Mr {PYS:mo3} back for review, or to go to the emergency department if things get worse (for example chest pain, breathlessness or confusion).",
    "Thank you. He also has a new rash on his back. His date of birth is {DOBv:en} if you need it for the records.",
    "Thanks, {PYG:f1}. A new rash after discharge can be a drug reaction, so please bring Mr {PYS:mo3} in for review and bring all his medicines. There is no need to send his date of birth by e-mail - the clinic will confirm his details at the visit.",
)
T(
    "en_case_note",
    "en",
    "Referral: {PY:xd1}, aged {p:agey}, of {ADDR}, with five days of fever, rash and conjunctival injection - suspected [[Kawasaki disease]]. Please assess for IVIG.",
    kid=True,
)
T(
    "en_case_note",
    "en",
    "Clinic letter: I reviewed {PY:fo1} today with her husband, {PY:mo2}. {MRNL:en}. BP {p:bp}. Plan to continue [[amlodipine]] 5 mg daily and recheck renal function in «two weeks|one month|six weeks».",
)
T(
    "en_case_note",
    "en",
    "I am writing on behalf of my grandmother, {N:fo1} ({PY:fo1}), born {DOBv:en}. She was diagnosed with [[Alzheimer's disease]] at [[Huashan Hospital]] and we would like a second opinion.",
    "Of course. For a second opinion it helps to bring her brain imaging, the memory test results and a list of her current medicines. A family member who knows her daily routine should come with {PYG:fo1} to the appointment.",
    "Her GP is Dr {PYW:m2} in {p:placeE}. Should we ask him for a referral letter?",
    "Yes - a referral letter from Dr {PYS:m2} summarising her history, test results and current medicines will make the second-opinion appointment much more useful.",
)
T(
    "en_case_note",
    "en",
    "Patient {N:xu1}, {p:ageE}, was brought in by a relative, {N:xu2}, who interpreted. Presenting complaint: {f:symE} for {p:durE}.",
)
T(
    "en_case_note",
    "en",
    "Nursing note 03:00 - {PY:m1} agitated, pulled out IV cannula. Dr {PYS:f2} informed. Wife, {PYW:f3}, contacted by phone on {PHONE}.",
)
T(
    "en_case_note",
    "en",
    "Research consent form\nParticipant: {PY:f1}\nDate of birth: {DOBv:en}\nE-mail: {EMAIL:f1}\nPhone: {PHONE:mob}\nWitness: {PY:m2}",
)
T(
    "en_case_note",
    "en",
    "Discharge summary - Name: {PYU:m1} ({N:m1}); {MRNL:en}; admitted {p:vin} with {f:dxE}; discharged {p:vout}. Consultant: Dr {PYW:f2}.",
)
T(
    "en_case_note",
    "en",
    "On the ward round Dr {PYS:m1} asked me to chase {PY:fo2}'s echo. Her granddaughter {EN:f3} ({ENPY:f3}) is coming in at 4 pm to discuss discharge.",
)
T(
    "en_case_note",
    "en",
    "Pharmacy query from Ms {PYS:f1} about her mother, {PY:fo2}, who takes [[warfarin]] and has started [[Danggui (Angelica sinensis)]] capsules bought online.",
    "Danggui may enhance the effect of [[warfarin]] and increase the bleeding risk. I would advise Ms {PYS:f1}'s mother to stop the capsules and have an INR check within a week.",
    "Her mother also takes [[Xiaoyao San]] granules. Is that a concern as well?",
)
T(
    "en_case_note",
    "en",
    "Note: the patient's surname {S:mr1} is uncommon and is romanised as {PYS:mr1}. Full name {N:mr1}; please check the wristband spelling ({PY:mr1}).",
)
T(
    "en_case_note",
    "en",
    "Mr {CY:m1} ({N:m1}), {p:ageE}, lives alone at {ADDR:hken}. Referred by Sister {CYS:f2} for a home safety assessment. Contact: {PHONE:hk}.",
    script="hk",
)
T(
    "en_case_note",
    "en",
    "Dear {EN:f1}, thanks for covering tonight. Bed 3 ({PY:m2}) needs a repeat potassium at 6 pm; Bed 9 ({PY:fo3}) has a family meeting with Dr {PYS:m4} tomorrow morning.",
)
T(
    "en_case_note",
    "en",
    "Case presentation: {p:aageE} man, {PY:mw1}, with {f:dxE}. Past history of [[Graves' disease]] treated with radioiodine in {p:placeE}.",
)
T(
    "en_case_note",
    "en",
    "Incident report: wrong patient label. The sample labelled {PY:f1} was actually taken from {PY:f2} ({MRNL:en}). Both patients were informed; bloods repeated.",
)
T(
    "en_case_note",
    "en",
    "Telephone follow-up: spoke to Mr {PYS:m1}'s son, {PYG:m2}, who says his father is eating better and his ankle swelling has gone down. Next clinic {p:vdate}.",
)
T(
    "en_case_note",
    "en",
    "Social history: {PY:fo1} lives with her son {PY:m2} in {ADDR}. Retired textile worker. Non-smoker. Independent with ADLs.",
)
T(
    "en_case_note",
    "en",
    "Dr {PYS:f1} (respiratory) reviewed {N:mo2} - {p:ageE}, COPD with «increasing breathlessness|a productive cough|wheeze». Started [[prednisolone]] 30 mg for five days. Daughter {EN:f3} updated by phone.",
)
T(
    "en_case_note",
    "en",
    "Could you explain this lab report? It says: Name {PYU:f1}, {MRNL:en}, HbA1c 8.9%, fasting glucose 10.2 mmol/L. The doctor, Dr {PYS:m2}, wants to start insulin.",
    "An HbA1c of 8.9% means her average blood glucose over the past three months has been well above target, which is why Dr {PYS:m2} is suggesting insulin. It is worth asking about diet support and how to monitor glucose at home.",
    "She is scared of injections. Her daughter {PYG:f3} could help at home - is that enough?",
    "Having {PYG:f3} help is very useful, especially at the start. Modern insulin pens use very fine needles, and a diabetes nurse can teach both of them how to inject and check glucose.",
)
T(
    "en_case_note",
    "en",
    "My uncle {PY:mo1} ({N:mo1}) is in [[West China Hospital]] after a stroke. His doctor, Dr {PYW:f2}, says he may need a PEG tube. What questions should we ask?",
)
T(
    "en_case_note",
    "en",
    "MDT outcome: {PY:mo1}, {p:ageE}, T2N1 gastric adenocarcinoma. Discussed by {PY:m2} (surgery), {PY:f3} (oncology) and {PY:m4} (radiology). Plan: neoadjuvant chemotherapy.",
)
T(
    "en_case_note",
    "en",
    "Patient {N:fu1} was seen with an interpreter. She reports {f:symE} for {p:durE}. Her husband's phone: {PHONE:mob}.",
)
T(
    "en_case_note",
    "en",
    "Ms {PYS:fy1}, DOB {DOBv:en}, 6 weeks post partum, tearful and not sleeping. EPDS 16. Partner {PYG:my2} supportive. Referred to perinatal mental health.",
)

# --- English, PHI-free -----------------------------------------------------
T(
    "en_case_note",
    "en",
    "What is the difference between [[Parkinson's disease]] and essential tremor? My father's hands shake when he holds a cup, and the GP at [[Zhongshan Hospital]] was not sure.",
    "[[Parkinson's disease]] tremor is typically present at rest and improves when the hand is used, while essential tremor appears during actions such as holding a cup. A neurologist can tell them apart on examination.",
    "Can [[Huangqi (Astragalus)]] help with the tremor?",
    "There is no good evidence that [[Huangqi (Astragalus)]] improves tremor. If the tremor affects daily life, a neurologist can discuss proven treatments.",
)
T(
    "en_case_note",
    "en",
    "My grandfather was treated at [[Sir Run Run Shaw Hospital]] in Hangzhou for [[Crohn's disease]]. Is the disease hereditary?",
    "There is a genetic component - first-degree relatives have a higher risk - but most relatives never develop it. Smoking is a major modifiable risk factor.",
)
T(
    "en_case_note",
    "en",
    "The [[Norman Bethune Health Science Center]] in Changchun runs a free hypertension screening day on {p:vdate}. BP above [[«140/90|150/95|160/100» mmHg]] will be referred to [[cardiology]].",
)
T(
    "en_case_note",
    "en",
    "Is it safe to take [[ibuprofen]] together with [[Yunnan Baiyao]] after a sprained ankle?",
    "Short-term use together is usually acceptable for most adults, but both can irritate the stomach and [[Yunnan Baiyao]] may affect bleeding. Take [[ibuprofen]] with food and stop if you notice black stools.",
    "And for my son? He is 10 and hurt his wrist playing football.",
)
T(
    "en_case_note",
    "en",
    "Ward note: BP {p:bp}, HR {p:hrE}, SpO2 {p:spo2} on room air. [[Murphy's sign]] negative. Continue IV fluids; the [[charge nurse]] will update the [[on-call doctor]] at 22:00.",
)
T(
    "en_case_note",
    "en",
    "Which is better for my mother, [[Liuwei Dihuang Wan]] or [[Xiaoyao San]]? She is 68, with hot flushes and irritability.",
    "These are traditional formulas with different uses: [[Liuwei Dihuang Wan]] is traditionally used for 'yin deficiency' symptoms such as night sweats, while [[Xiaoyao San]] is used for irritability and stress. Evidence is limited; please check with her doctor, especially if she takes other medicines.",
)
T(
    "en_case_note",
    "en",
    "Coding query: should a patient with [[Graves' disease]] and atrial fibrillation be coded [[E05.0]] plus [[I48.0]]? The [[registrar]] and the coder disagree.",
)
T(
    "en_case_note",
    "en",
    "After hiking [[Mount Huashan]] my knees have been sore for [[«three days|a week|ten days»]]. Should I get an X-ray?",
    "Knee pain after a long descent is usually due to overload of the kneecap joint or tendons. Rest, ice and simple painkillers usually help; see a doctor if there is marked swelling, locking or pain beyond two weeks.",
)
T(
    "en_case_note",
    "en",
    "Can [[Huangqi (Astragalus)]] and [[Dangshen]] be taken with [[metformin]]? A herbalist in {p:placeE} recommended them.",
    "There is no well-established dangerous interaction, but herbal products vary in quality and some may lower blood glucose further. Check your glucose more often for the first weeks and tell your doctor.",
)
T(
    "en_case_note",
    "en",
    "Teaching point: [[Behçet's disease]] should be considered in young adults with recurrent oral and genital ulcers. [[Wilson's disease]] should be excluded in anyone under 40 with unexplained liver disease.",
)
T(
    "en_case_note",
    "en",
    "My aunt keeps [[Pien Tze Huang]] and [[Angong Niuhuang Wan]] at home 'for strokes'. Is that a good idea?",
    "No - these products should not replace emergency care. If someone shows stroke signs (face drooping, arm weakness, speech difficulty), call an ambulance immediately; time to treatment is critical.",
)
T(
    "en_case_note",
    "en",
    "Clinic list for {p:vdate}: 14 follow-ups, 3 new referrals from [[Zhongshan Hospital]], 2 cancellations. The [[attending physician]] is running late because of the [[Kawasaki disease]] case in the ICU.",
)
T(
    "en_case_note",
    "en",
    "How long after stopping [[warfarin]] can I start [[rivaroxaban]]? My INR today is 2.1.",
    "Rivaroxaban can usually be started once the INR falls below 3.0, so with an INR of 2.1 it can typically be started straight away - but confirm the plan with the prescriber.",
)
T(
    "en_case_note",
    "en",
    "Dietitian note: low-salt diet explained. Patient asks whether [[Tong Ren Tang]] herbal tea contains potassium; advised to bring the packet to the [[ward pharmacist]]. Weight {p:wt}.",
)
T(
    "en_case_note",
    "en",
    "Audit summary: 42 patients with [[Bell's palsy]] seen in the [[emergency department]] last quarter; 88% received steroids within 72 hours. Median age {p:agey}.",
)


# --- more English rows with PHI -----------------------------------------------
T(
    "en_case_note",
    "en",
    "Patient details for the transfer: {PYU:mo1}, DOB {DOBv:en}, resident ID {ID:m}, address {ADDR:en}, next of kin {PY:f2} (daughter-in-law), phone {PHONE:mob}.",
)
T(
    "en_case_note",
    "en",
    "Hello, I am {PY:f1}. My mother {PY:fo2} (born {DOBv:en}) needs her medical records from [[Zhongshan Hospital]] translated. Can you send them to {EMAIL:f1}?",
    "I cannot access or send hospital records. You can request copies from the hospital's medical records office; they usually require the patient's ID and a signed authorisation from your mother.",
)
T(
    "en_case_note",
    "en",
    "Ward list:\n- {PY:m1}, 72, CAP, on [[ceftriaxone]]\n- {PY:fo2}, 85, fractured NOF, for theatre\n- {PYU:m3}, 58, DKA, resolving\nJunior on call: {EN:f4}",
)
T(
    "en_case_note",
    "en",
    "Dear Ms {PYS:f1},\nYour appointment with Dr {PYW:m2} is confirmed for {p:vdate} at 10:30. Please bring your hospital card ({MRNL:en}) and a list of current medicines.\nOutpatient Office",
)
T(
    "en_case_note",
    "en",
    "Mr {CY:m1}, {p:ageE}, {MRNL:en}, lives at {ADDR:hken}. His wife, Mrs {CYS:m1}, reports increasing confusion over [[«three months|six months|a year»]]. HKID {ID:hk}.",
    script="hk",
)
T(
    "en_case_note",
    "en",
    "Safeguarding note: {PY:fo1}, {p:ageE}, lives alone at {ADDR}. Neighbour {PY:m2} ({PHONE:mob}) raised concerns about weight loss and missed medication.",
)
T(
    "en_case_note",
    "en",
    "Occupational health: employee {PYW:m1}, DOB {DOBv:en}, staff e-mail {EMAIL:m1}, fit to return to work on {p:vdate} with reduced hours for «two|three|four» weeks.",
)
T(
    "en_case_note",
    "en",
    "Could you rewrite this more politely? 'Mr {PYS:m1}, you missed your last two clinic appointments. Call us on the number below or you will be discharged.' His first name is {PYG:m1}.",
    "Suggested version: 'Dear Mr {PYS:m1}, we noticed that you were unable to attend your last two appointments. We would like to make sure you continue to receive the care you need - please contact the clinic at your convenience to arrange a new date.'",
    "Please add that Dr {PYW:f2} will be his new consultant.",
    "Updated version: 'Dear Mr {PYS:m1}, ... From your next visit you will be under the care of Dr {PYW:f2}, who is looking forward to meeting you. Please contact the clinic at your convenience to arrange a new date.'",
)
T(
    "en_case_note",
    "en",
    "Genetics clinic: proband {PY:fy1}, {p:ageE}, with suspected [[Marfan syndrome]]. Mother {PY:fo2} had aortic dissection at 50. Cousin {PYW:m3} to be offered screening.",
)
T(
    "en_case_note",
    "en",
    "Patient {N:fu1}, {p:ageE}, speaks her own language; her son {N:mu2} interprets. Address: {ADDR:en}. Presenting with {f:symE}.",
)
T(
    "en_case_note",
    "en",
    "Sister {CYS:f1} called the family of {CY:mo2} at {PHONE:hk} to arrange a discharge meeting with Dr {CYS:m3}.",
    script="hk",
)

# --- more English PHI-free --------------------------------------------------------
T(
    "en_case_note",
    "en",
    "Is [[Xiaoyao San]] the same as 'free and easy wanderer'? My pharmacist in [[Foshan]] recommended it for premenstrual irritability.",
    "Yes - 'Free and Easy Wanderer' is a common English name for [[Xiaoyao San]]. Evidence for PMS is limited; tell your doctor if you take other medicines, especially antidepressants.",
)
T(
    "en_case_note",
    "en",
    "Teaching ward round: the [[consultant]] reminded us that [[Murphy's sign]] can be falsely negative in the elderly, and that [[Cushing's syndrome]] should be considered in young patients with resistant hypertension.",
)
T(
    "en_case_note",
    "en",
    "Can I take [[Angong Niuhuang Wan]] for high blood pressure? My BP this morning was {p:bpH}.",
    "[[Angong Niuhuang Wan]] is not a treatment for high blood pressure and some products have contained heavy metals. Keep taking your prescribed medicines and see your doctor if readings stay high.",
)
T(
    "en_case_note",
    "en",
    "The [[Soong Ching Ling Foundation]] is funding a screening programme for [[Kawasaki disease]] complications at three hospitals, including [[Sun Yat-sen Memorial Hospital]].",
)
T(
    "en_case_note",
    "en",
    "Discharge checklist (template): name ______, hospital number ______, date of discharge ______, follow-up ______. Medication: [[rivaroxaban]] 20 mg once daily with food for [[«three months|six weeks»]].",
)
T(
    "en_case_note",
    "en",
    "My uncle drinks [[Wong Lo Kat]] herbal tea every day and takes [[warfarin]]. Is that a problem?",
    "Most herbal teas of that kind are mainly sugar and plant extracts and are unlikely to have a big effect, but some herbal ingredients can interact with [[warfarin]]. Keep the habit consistent and mention it at the next INR check.",
)


# ---------------------------------------------------------------------------
# Generation and checks
# ---------------------------------------------------------------------------
TARGET = {
    ("zh", False): 169,
    ("zh", True): 91,
    ("mixed", False): 52,
    ("mixed", True): 28,
    ("en", False): 39,
    ("en", True): 21,
}
SENT_RE = re.compile(r"[。！？!?\n；;]")


def is_free(tpl):
    for t in tpl["turns"]:
        for m in TOKEN_RE.finditer(t):
            if m.group(1) in PHI_SLOTS:
                return False
    return True


def sentences(turns):
    out = []
    for t in turns:
        for s in SENT_RE.split(t):
            s = s.strip()
            if len(s) >= 14:
                out.append(s)
    return out


def verify(obj):
    """independent re-check of a finished row (uses only the JSON object)"""
    turns = obj["turns"]
    assert 1 <= len(turns) <= 4 and all(isinstance(t, str) and t for t in turns), obj["id"]
    ivs = [[] for _ in turns]
    for sp in obj["spans"]:
        assert sp["kind"] in ("NAME", "PHONE", "ID", "MRN", "EMAIL", "ADDRESS", "DOB"), sp
        assert sp["parts"], sp
        found = False
        for ti, t in enumerate(turns):
            occ = find_all(t, sp["text"])
            ivs[ti].extend(occ)
            found = found or bool(occ)
        assert found, (obj["id"], "span text missing", sp["text"])
        for p in sp["parts"]:
            assert p in sp["text"] or p.lower() in sp["text"].lower(), (obj["id"], "part not in span", p)
        if sp["kind"] == "ID":
            t = sp["text"]
            assert gb_valid(t) or tw_valid(t) or hk_valid(t), (obj["id"], "bad ID check digit", t)
    for sp in obj["spans"]:
        if sp["kind"] != "NAME":
            continue
        for p in sp["parts"]:
            for ti, t in enumerate(turns):
                for iv in find_all(t, p):
                    assert inside(iv, ivs[ti]), (obj["id"], "name part outside spans", p)
    for pr in obj["protect"]:
        assert any(not overlaps(iv, ivs[ti]) for ti, t in enumerate(turns) for iv in find_all(t, pr)), (
            obj["id"],
            "protect missing or only inside spans",
            pr,
        )
    if not obj["spans"]:
        assert obj["source"] == "none" and len(obj["protect"]) >= 2, obj["id"]


def main():
    pools = {}
    for tpl in TEMPLATES:
        pools.setdefault((tpl["lang"], is_free(tpl)), []).append(tpl)
    plan = []
    for cat, n in TARGET.items():
        ts = list(pools.get(cat, []))
        assert ts, ("no templates for", cat)
        R.shuffle(ts)
        seq = []
        while len(seq) < n:
            seq.extend(ts)
        plan.extend(seq[:n])
    R.shuffle(plan)
    rows, seen_sent, dup_total = [], Counter(), 0
    for tpl in plan:
        best, last_err = None, None
        for _attempt in range(120):
            try:
                row, turns, spans, prot = render_row(tpl)
            except Retry as e:
                last_err = e
                continue
            free = is_free(tpl)
            assert bool(spans) != free, ("PHI status mismatch", tpl["turns"][0][:60])
            dups = sum(1 for s in sentences(turns) if seen_sent[s])
            if best is None or dups < best[0]:
                best = (dups, row, turns, spans, prot)
            if dups == 0:
                break
        if best is None:
            raise SystemExit("template never rendered (%s): %r" % (last_err, tpl["turns"][0][:80]))
        dups, row, turns, spans, prot = best
        dup_total += dups
        for s in sentences(turns):
            seen_sent[s] += 1
        rows.append(
            {
                "lang": tpl["lang"],
                "style": tpl["style"],
                "source": describe(tpl, row, spans),
                "turns": turns,
                "spans": spans,
                "protect": prot,
            }
        )
    for i, r in enumerate(rows, 1):
        r["id"] = "dev15-%04d" % i
    out = []
    for r in rows:
        obj = OrderedDict((k, r[k]) for k in ("id", "lang", "style", "source", "turns", "spans", "protect"))
        verify(obj)
        out.append(obj)
    assert len(out) == 400 and len({o["id"] for o in out}) == 400
    lang = Counter(o["lang"] for o in out)
    assert lang == Counter({"zh": 260, "mixed": 80, "en": 60}), lang
    free = sum(1 for o in out if not o["spans"])
    assert free == 140, free
    kinds = Counter(sp["kind"] for o in out for sp in o["spans"])
    share = kinds["NAME"] / sum(kinds.values())
    assert 0.68 <= share <= 0.82, share
    assert dup_total <= 4, ("repeated sentences", dup_total)
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    used = Counter(id(t) for t in plan)
    print("wrote %s: %d rows (%d PHI-free), languages %s" % (OUT_PATH, len(out), free, dict(lang)))
    print("spans by kind:", dict(kinds), "NAME share %.2f" % share)
    print("styles:", dict(Counter(o["style"] for o in out)))
    print(
        "templates: %d written, %d used, max reuse %d; repeated sentences: %d"
        % (len(TEMPLATES), len(used), max(used.values()), dup_total)
    )


if __name__ == "__main__":
    main()
