"""Generate tests/data/deid_dev11.jsonl, a labelled development set for the de-identification scrubber.

Target: whole, realistic clinical DOCUMENTS and long conversations, as hospitals really export them, with
identifiers of every kind buried in the middle of long clinical text. About 300 conversations of 1-6 turns
(user, assistant, user, ...): 50% Chinese, 35% English, 15% mixed Chinese/English (a bilingual hospital), about
25% PHI-free (still long and full of look-alikes). Styles: 入院记录, 出院小结 (full header blocks), 会诊记录,
手术记录, whole-ward 护理交班, 门诊病历, 检验报告, 处方笺, 转诊单, 死亡记录, 知情同意书, 随访电话记录,
医患沟通记录, 投诉信, 病假条, 日常病程记录, 家属微信咨询, 体检报告; English admission notes, discharge
summaries, referral letters, operation notes, MDT minutes, ward handovers, GP letters, clinic letters copied to
several people, incident reports, safeguarding notes, consent forms, nursing care plans, telephone encounters,
patient e-mails with signatures, ED notes, verification of death; bilingual admission/discharge/handover/
international-clinic/insurance notes. Family and social history name relatives; staff sign, attend, consult
and dispense; patients come back later as surname + title, given name alone, initials or in another case.

Written blind in round 14 of issue 10: the author read no scrubber code, no other deid set or generator, no
annotation/, bench/, docs/ or tests/ file and no git history; only section 7 of ../shared/PROTOCOL.md. Every
text, pool and template here was invented for this set.

Labelling rules (everywhere):
* Names of patients, relatives, neighbours, doctors, nurses and pharmacists are NAME. The span is the name,
  never the title around it (张秀英主任 -> 张秀英; Dr Patel -> Patel). Surname + title (王医生, 老王, 小李,
  张某, Dr. 李): the span is the surname alone, parts [surname]. A name written another way (SMITH, John;
  JOHN SMITH; john; J. Smith; J.S.; Zhang Xiuying for 张秀英; a nickname) is a span of its own.
* parts = the pieces that alone would still identify: Chinese full name -> the whole and its given name when
  that has 2+ characters (张秀英 -> [张秀英, 秀英]; 吴敏 -> [吴敏]; 阿依古丽·买买提 -> [whole, 阿依古丽]);
  English name -> the given name and the surname as written (both together when either is shorter than 3
  letters); phones, IDs, record numbers -> the whole and each run of 4+ digits; e-mail -> the whole and its
  local part; ADDRESS -> the whole and its distinctive pieces (house number with street, estate or building,
  postcode, village), never a city or district alone; DOB -> the whole only.
* Every occurrence of a part anywhere in the conversation lies inside some labelled span of the row.
* Kinds: NAME, PHONE, ID (resident ID with a valid GB 11643 check digit, NHS number with a valid mod-11 check
  digit), MRN (住院号, 门诊号, 病案号, MRN, hospital/unit number), DOB (exact date of birth, any form), ADDRESS
  (home address), EMAIL. Every phone-shaped number in a row is a PHONE span, including staff direct lines;
  short hotlines (120, 12320, NHS 111, 999) are not.
* Admission, visit, surgery and death dates, ages, durations, doses, vital signs, lab values, ICD codes, drug
  and herb names, hospital/ward/department names, eponyms, job titles without names, bed numbers, hotlines and
  ordinary words that could be names are NOT PHI; a selection of them is listed in "protect" and must survive.

Row format (one JSON object a line, ensure_ascii=False; a span is listed once per distinct kind and text, in
order of first appearance, and labels every occurrence of that text in the row):
  {"id": "dev11-0001", "lang": "zh"|"en"|"mixed", "style": short style name,
   "source": short name of the export channel ("none" when the row is PHI-free),
   "turns": ["user text", "assistant text", ...],
   "spans": [{"kind": KIND, "text": exact substring, "parts": [...]}], "protect": ["...", ...]}

Checks (a row that fails any is drawn again from the same random stream, so the output is deterministic):
spans and protect strings occur verbatim; no protect string overlaps or contains a span or part; every
occurrence of a part lies inside a labelled span of the row (Latin parts matched as whole words ignoring case,
digit parts matched as plain substrings so a part inside an unlabelled longer number counts, Chinese parts as
substrings); a span that starts or ends with a Latin letter or digit occurs only as a whole word; a
one-character span (a surname) occurs only next to a title or affix (a following 医生/主任/阿姨/某 ..., a
leading 老/小/阿, or a leading Dr/Prof); ids are unique; resident IDs and NHS numbers are valid; every run of 7+
digits and every e-mail address lies inside a span. A summary (rows per lang, spans per kind and lang, PHI-free
count, turns, draws per row and rejection reasons) is printed.

Run from the repository root:  python3 tests/data/make_deid_dev11.py
Standard library only; random.Random(11).
"""

import datetime as dt
import json
import os
import re
import unicodedata
from collections import Counter
from random import Random

SEED = 11
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "deid_dev11.jsonl")
KINDS = ("NAME", "PHONE", "ID", "MRN", "DOB", "ADDRESS", "EMAIL")

# ---------------------------------------------------------------------------------------------------------
# identifier arithmetic

GB_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
GB_CHECK = "10X98765432"


def gb_check_digit(body: str) -> str:
    return GB_CHECK[sum(int(c) * w for c, w in zip(body, GB_WEIGHTS)) % 11]


def valid_resident_id(s: str) -> bool:
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    try:
        dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return gb_check_digit(s[:17]) == s[17]


def nhs_check_digit(nine: str):
    r = 11 - sum(int(c) * w for c, w in zip(nine, range(10, 1, -1))) % 11
    return 0 if r == 11 else (None if r == 10 else r)


def valid_nhs(s: str) -> bool:
    digits = re.sub(r"[ -]", "", s)
    return bool(re.fullmatch(r"\d{10}", digits)) and nhs_check_digit(digits[:9]) == int(digits[9])


def digit_runs(s: str) -> list:
    return [g for g in re.findall(r"\d{4,}", s) if g != s]


def words(text):
    return text.split()


def items(text):
    return text.split("|")


def pairs(text):
    return dict(pair.split(":") for pair in text.split())


# ---------------------------------------------------------------------------------------------------------
# pools: Chinese names

SUR_PY = pairs(
    "王:Wang 李:Li 张:Zhang 刘:Liu 陈:Chen 杨:Yang 黄:Huang 赵:Zhao 吴:Wu 周:Zhou 徐:Xu 孙:Sun 马:Ma 朱:Zhu 胡:Hu 郭:Guo 何:He "
    "高:Gao 林:Lin 罗:Luo 郑:Zheng 梁:Liang 谢:Xie 宋:Song 唐:Tang 许:Xu 韩:Han 冯:Feng 邓:Deng 曹:Cao 彭:Peng 曾:Zeng 肖:Xiao "
    "田:Tian 董:Dong 袁:Yuan 潘:Pan 于:Yu 蒋:Jiang 蔡:Cai 余:Yu 杜:Du 叶:Ye 程:Cheng 苏:Su 魏:Wei 吕:Lyu 丁:Ding 任:Ren 沈:Shen "
    "姚:Yao 卢:Lu 姜:Jiang 崔:Cui 钟:Zhong 谭:Tan 陆:Lu 汪:Wang 范:Fan 金:Jin 石:Shi 廖:Liao 贾:Jia 夏:Xia 韦:Wei 方:Fang 白:Bai "
    "邹:Zou 孟:Meng 熊:Xiong 秦:Qin 邱:Qiu 江:Jiang 尹:Yin 薛:Xue 闫:Yan 段:Duan 雷:Lei 侯:Hou 龙:Long 史:Shi 陶:Tao 黎:Li 贺:He "
    "顾:Gu 毛:Mao 郝:Hao 龚:Gong 邵:Shao 万:Wan 钱:Qian 严:Yan 覃:Qin 武:Wu 戴:Dai 莫:Mo 孔:Kong 向:Xiang 汤:Tang 常:Chang 安:An "
    "成:Cheng 文:Wen"
)
RARE_SUR_PY = pairs(
    "禤:Xuan 亓:Qi 仉:Zhang 訾:Zi 隗:Wei 芮:Rui 笪:Da 佘:She 郗:Xi 亢:Kang 逄:Pang 冼:Xian 昝:Zan 邴:Bing 郇:Huan 蒯:Kuai 揭:Jie "
    "靳:Jin 滕:Teng 闵:Min 栾:Luan 糜:Mi 阚:Kan 苟:Gou"
)
DOUBLE_SUR_PY = pairs(
    "欧阳:Ouyang 司马:Sima 上官:Shangguan 诸葛:Zhuge 东方:Dongfang 皇甫:Huangfu 尉迟:Yuchi 公孙:Gongsun 慕容:Murong 令狐:Linghu "
    "端木:Duanmu 夏侯:Xiahou 司徒:Situ 澹台:Tantai 宇文:Yuwen 长孙:Zhangsun"
)
GIVEN2_F = pairs(
    "秀英:Xiuying 桂英:Guiying 玉兰:Yulan 秀兰:Xiulan 桂兰:Guilan 淑芬:Shufen 丽娟:Lijuan 海燕:Haiyan 春梅:Chunmei 红梅:Hongmei "
    "金凤:Jinfeng 晓燕:Xiaoyan 美玲:Meiling 丽华:Lihua 素珍:Suzhen 凤英:Fengying 翠花:Cuihua 秋菊:Qiuju 冬梅:Dongmei 欣怡:Xinyi "
    "梓涵:Zihan 雨桐:Yutong 佳怡:Jiayi 一诺:Yinuo 若曦:Ruoxi 思琪:Siqi 婉清:Wanqing 慧敏:Huimin 静怡:Jingyi 招娣:Zhaodi 来弟:Laidi "
    "爱华:Aihua 巧云:Qiaoyun 淑贞:Shuzhen 雪梅:Xuemei 艳红:Yanhong 小红:Xiaohong 玉梅:Yumei 晓丽:Xiaoli 诗涵:Shihan 梦瑶:Mengyao "
    "宝珠:Baozhu"
)
GIVEN2_M = pairs(
    "建国:Jianguo 建华:Jianhua 志强:Zhiqiang 国强:Guoqiang 明华:Minghua 晓东:Xiaodong 文华:Wenhua 俊杰:Junjie 子轩:Zixuan 浩然:Haoran "
    "宇航:Yuhang 思远:Siyuan 志刚:Zhigang 卫东:Weidong 红军:Hongjun 永福:Yongfu 德胜:Desheng 福贵:Fugui 建军:Jianjun 国华:Guohua "
    "春生:Chunsheng 国庆:Guoqing 平安:Pingan 和平:Heping 胜利:Shengli 光明:Guangming 振华:Zhenhua 立新:Lixin 金山:Jinshan "
    "长林:Changlin 树林:Shulin 天佑:Tianyou 家豪:Jiahao 志明:Zhiming 伟民:Weimin 学军:Xuejun 海涛:Haitao 鹏飞:Pengfei 博文:Bowen "
    "嘉诚:Jiacheng 铁柱:Tiezhu"
)
GIVEN1_M = pairs(
    "伟:Wei 磊:Lei 军:Jun 勇:Yong 杰:Jie 涛:Tao 明:Ming 超:Chao 刚:Gang 强:Qiang 斌:Bin 波:Bo 辉:Hui 鹏:Peng 浩:Hao 毅:Yi"
)
GIVEN1_F = pairs(
    "敏:Min 静:Jing 娟:Juan 霞:Xia 芳:Fang 丽:Li 燕:Yan 萍:Ping 红:Hong 琳:Lin 颖:Ying 倩:Qian 洁:Jie 婷:Ting 雪:Xue 蕾:Lei"
)
# full names that are also ordinary words (高山 mountain, 安宁 peaceful, 成功 success, 丁香 clove ...)
WORD_NAMES = [
    ("高", "山", "M", "Shan"),
    ("安", "宁", "F", "Ning"),
    ("成", "功", "M", "Gong"),
    ("文", "静", "F", "Jing"),
    ("向", "阳", "M", "Yang"),
    ("江", "河", "M", "He"),
    ("丁", "香", "F", "Xiang"),
    ("白", "露", "F", "Lu"),
    ("方", "正", "M", "Zheng"),
    ("马", "力", "M", "Li"),
    ("金", "星", "M", "Xing"),
    ("夏", "天", "M", "Tian"),
    ("常", "青", "M", "Qing"),
    ("林", "海", "M", "Hai"),
    ("黎", "明", "M", "Ming"),
    ("石", "磊", "M", "Lei"),
]
TRAD = pairs(
    "陈:陳 黄:黃 刘:劉 张:張 吴:吳 郑:鄭 杨:楊 赵:趙 罗:羅 叶:葉 冯:馮 邓:鄧 许:許 苏:蘇 钟:鍾 谭:譚 卢:盧 关:關 伟:偉 华:華 丽:麗 国:國 强:強 红:紅 兰:蘭 凤:鳳 东:東 "
    "杰:傑 晓:曉 诗:詩 颖:穎 军:軍 庆:慶 贞:貞 龙:龍 梦:夢 爱:愛 宝:寶 铁:鐵 鹏:鵬 飞:飛 涛:濤 胜:勝 刚:剛 卫:衛 长:長 树:樹 诚:誠"
)
# (full name, given-name part or None, sex)
MINORITY_NAMES = [
    ("阿依古丽·买买提", "阿依古丽", "F"),
    ("热依拉·艾力", "热依拉", "F"),
    ("古丽娜尔·吐尔逊", "古丽娜尔", "F"),
    ("木合塔尔·艾山", "木合塔尔", "M"),
    ("艾克拜尔·吐尔洪", "艾克拜尔", "M"),
    ("努尔比亚·阿不都", "努尔比亚", "F"),
    ("买买提明·肉孜", "买买提明", "M"),
    ("扎西顿珠", None, "M"),
    ("格桑卓玛", None, "F"),
    ("次仁央金", None, "F"),
    ("巴特尔", None, "M"),
    ("乌云其木格", None, "F"),
    ("斯琴高娃", None, "F"),
    ("洛桑嘉措", None, "M"),
    ("吉克阿依", None, "F"),
    ("阿木古郎", None, "M"),
]
CHILD_NICKS = words("豆豆 乐乐 妞妞 壮壮 朵朵 果果 糖糖 天天 贝贝 多多 安安 小宝")

# ---------------------------------------------------------------------------------------------------------
# pools: English names

EN_GIVEN_M = words(
    "James John David Michael Robert William Thomas Daniel Matthew Christopher Andrew Peter Stephen Gareth Rhys "
    "Callum Hamish Kieran Declan Liam Connor Oliver Harry George Jack Alfie Mohammed Tariq Imran Arjun Vikram "
    "Sanjay Oluwaseun Chidi Kwame Tomasz Piotr Andrei Mateusz Jamal Dwayne Kofi Yusuf Omar Hamza Hiroshi Diego "
    "Luca Jean-Luc Seamus Eoin Ciaran Bartholomew Ed Al Will Mark Frank Bill Grant Dean Chase Rowan José Björn "
    "Nikolai"
)
EN_GIVEN_F = words(
    "Mary Margaret Elizabeth Susan Patricia Linda Karen Sarah Emma Charlotte Sophie Olivia Amelia Grace Hope Rose "
    "Faith Joy April May June Holly Ivy Poppy Daisy Siobhan Niamh Aoife Bronwen Cerys Aisha Fatima Priya Anjali "
    "Sunita Nadia Zainab Ngozi Chiamaka Adaeze Agnieszka Katarzyna Olena Yuki Keiko Maria Lucia Beatriz Ingrid "
    "Astrid Jo Di Mary-Jane Zoë Renée Precious Summer Heather Pearl Ruby Dawn Carol Mercy Blessing"
)
EN_SUR = items(
    "Smith|Jones|Williams|Taylor|Davies|Evans|Wilson|Roberts|Johnson|Lewis|Robinson|Thompson|Watson|Jackson|Wright|"
    "Harris|Cooper|Martin|Clarke|Morgan|Hughes|Edwards|Harrison|Morris|Phillips|Mitchell|Patel|Khan|Shah|Begum|"
    "Hussain|Ahmed|Singh|Kaur|Sharma|Gupta|Okafor|Adeyemi|Mensah|Boateng|Nwosu|Kowalski|Nowak|Wiśniewska|O'Brien|"
    "O'Connor|O'Neill|McDonald|MacLeod|McAllister|D'Souza|D'Arcy|Fitzgerald|Smith-Jones|Harding-Rolls|Al-Rashid|"
    "El-Sayed|van der Berg|van Dijk|de Souza|de la Cruz|da Silva|Le Roux|Nguyen|Tran|Kim|Park|Chen|Wong|Ng|Li|Wu|"
    "Lim|Tan|Yamamoto|Tanaka|Hernandez|Garcia|Rossi|Papadopoulos|Ivanova|Horvat|Jensen|Andersson|Murphy|Kelly|"
    "Byrne|Walsh|Doyle|Bell|Parkinson|Hunter|Baker|Cook|Mason|Fisher|Frost|Lamb|Bishop|Major|Nurse|Sharp|Strong|"
    "Long|Small|Brown|White|Green|Young|Hill|Wood|Hall|King|Moss|Church|Müller|Brontë-Hale|Ó Súilleabháin|Mbeki|"
    "Okonkwo-Reid|Abara|Achterberg"
)
EN_NICK = pairs(
    "Robert:Bob William:Bill Margaret:Peggy Elizabeth:Liz Patricia:Pat Michael:Mick Thomas:Tom Susan:Sue "
    "Christopher:Chris Bartholomew:Bart Katarzyna:Kasia Oluwaseun:Seun Alexander:Sandy"
)

# ---------------------------------------------------------------------------------------------------------
# pools: places

# (province, city, district, area code, resident-ID region code)
ZH_CITIES = [
    ("浙江省", "杭州市", "西湖区", "0571", "330106"),
    ("浙江省", "宁波市", "鄞州区", "0574", "330212"),
    ("", "上海市", "徐汇区", "021", "310104"),
    ("", "上海市", "浦东新区", "021", "310115"),
    ("", "北京市", "朝阳区", "010", "110105"),
    ("", "北京市", "海淀区", "010", "110108"),
    ("广东省", "广州市", "越秀区", "020", "440104"),
    ("广东省", "深圳市", "南山区", "0755", "440305"),
    ("江苏省", "南京市", "鼓楼区", "025", "320106"),
    ("江苏省", "苏州市", "姑苏区", "0512", "320508"),
    ("湖北省", "武汉市", "武昌区", "027", "420106"),
    ("四川省", "成都市", "武侯区", "028", "510107"),
    ("", "重庆市", "渝中区", "023", "500103"),
    ("山东省", "青岛市", "市南区", "0532", "370202"),
    ("陕西省", "西安市", "雁塔区", "029", "610113"),
    ("湖南省", "长沙市", "岳麓区", "0731", "430104"),
    ("河南省", "郑州市", "金水区", "0371", "410105"),
    ("福建省", "厦门市", "思明区", "0592", "350203"),
    ("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "0991", "650102"),
    ("辽宁省", "沈阳市", "和平区", "024", "210102"),
]
ZH_RURAL = [
    ("河南省", "周口市", "郸城县", "汲冢镇", "李楼村"),
    ("安徽省", "阜阳市", "临泉县", "杨桥镇", "王庄村"),
    ("四川省", "南充市", "营山县", "骆市镇", "青龙村"),
    ("湖南省", "邵阳市", "隆回县", "六都寨镇", "田心村"),
    ("山东省", "菏泽市", "曹县", "青堌集镇", "刘庄村"),
    ("甘肃省", "天水市", "秦安县", "兴国镇", "西关村"),
    ("江西省", "赣州市", "于都县", "罗坳镇", "步前村"),
    ("贵州省", "毕节市", "大方县", "羊场镇", "新华村"),
    ("河北省", "邢台市", "威县", "洺州镇", "东韩村"),
    ("广西壮族自治区", "玉林市", "博白县", "沙河镇", "龙潭村"),
]
ZH_ROADS = words(
    "文三路 延安西路 中山北路 解放大道 人民路 建设路 学院路 科技园南路 体育西路 长江路 滨江大道 胜利街 和平路 新华路 东风路 五四路 劳动路 青年路 光华路 幸福大街 凤凰山路 南门外大街 古城东路 梧桐巷"
)
ZH_ESTATES = words(
    "阳光花园 翠苑一区 金色家园 锦绣江南 城市花园 幸福里小区 和平新村 春晓苑 梧桐苑 丽景湾 明珠花园 桂花城 望江小区 紫金公寓 康乐新村 绿洲家园 枫林绿洲 东湖小区 华府名苑 世纪新城 银杏公寓 水岸星城 "
    "青枫墅园 怡景苑"
)
ZH_RID_REGIONS = [c[4] for c in ZH_CITIES] + ["411625", "341221", "511322", "430524", "371721", "620522"]

# (city, postcode area, [(locality, district number)])
UK_PLACES = [
    ("Manchester", "M", [("Chorlton", "21"), ("Didsbury", "20"), ("Levenshulme", "19"), ("Moss Side", "14")]),
    ("Leeds", "LS", [("Headingley", "6"), ("Chapel Allerton", "7"), ("Armley", "12")]),
    ("Cardiff", "CF", [("Roath", "24"), ("Canton", "5"), ("Llandaff", "5")]),
    ("Newcastle upon Tyne", "NE", [("Jesmond", "2"), ("Heaton", "6"), ("Gosforth", "3")]),
    ("Bristol", "BS", [("Clifton", "8"), ("Bedminster", "3"), ("Easton", "5")]),
    ("Birmingham", "B", [("Moseley", "13"), ("Handsworth", "21"), ("Erdington", "23")]),
    ("Edinburgh", "EH", [("Leith", "6"), ("Morningside", "10"), ("Portobello", "15")]),
    ("Liverpool", "L", [("Aigburth", "17"), ("Anfield", "4"), ("Toxteth", "8")]),
    ("Sheffield", "S", [("Hillsborough", "6"), ("Crookes", "10"), ("Nether Edge", "7")]),
    ("Glasgow", "G", [("Partick", "11"), ("Govanhill", "42"), ("Dennistoun", "31")]),
    ("London", "E", [("Hackney", "8"), ("Walthamstow", "17")]),
    ("London", "SE", [("Peckham", "15")]),
    ("London", "N", [("Stoke Newington", "16")]),
    ("Norwich", "NR", [("Golden Triangle", "2")]),
]
UK_STREETS = items(
    "Elm Grove|Victoria Road|Station Road|Church Lane|Mill Street|Kings Avenue|Wellington Crescent|Priory Close|"
    "Ashby Way|Clarence Terrace|Harbour View|Beech Drive|Rosebery Avenue|Alma Street|Sefton Drive|Cromwell Road|"
    "Laburnum Close|Hawthorn Walk|Gladstone Street|Orchard Rise|Quarry Lane|Ferndale Road|Blenheim Terrace|"
    "Sycamore Way"
)
UK_BUILDINGS = items(
    "Rowan Court|Kestrel House|Albion Mews|Jubilee Heights|Marlowe Court|Caxton House|Prospect Place|Linden Lodge|"
    "Osprey Point|Chandlers Wharf"
)
UK_DRAMA_LINES = [
    ("0161", "496"),
    ("0113", "496"),
    ("0117", "496"),
    ("0121", "496"),
    ("0131", "496"),
    ("0141", "496"),
    ("0191", "498"),
    ("020", "7946"),
    ("029", "2018"),
    ("0114", "496"),
]

# ---------------------------------------------------------------------------------------------------------
# pools: PHI-free look-alikes

ZH_HOSPITALS = words(
    "江州市第一人民医院 临江市中心医院 南湖区人民医院 华东医科大学附属第二医院 青山县人民医院 滨海市妇幼保健院 江州市肿瘤医院 东城区社区卫生服务中心 江州市中医院 滨海市第三人民医院"
)
EN_HOSPITALS = items(
    "Riverside General Hospital|Royal Eastfield Infirmary|St Anne's Hospital|Northgate University Hospital|"
    "Castlebrook Community Hospital|Queen Adelaide Hospital|Moorview District Hospital"
)
EN_SURGERIES = items(
    "Westmoor Medical Centre|Harbourside Surgery|Millbrook Health Centre|Canal Street Practice|"
    "The Old Forge Surgery|Parkside Family Practice"
)
EN_WARDS = items(
    "Ward 7B|Ward 22|Acute Medical Unit|Coronary Care Unit|Ash Ward|Elm Ward|Nightingale Ward|Victoria Ward|"
    "Ward 14 (Care of the Elderly)|Surgical Assessment Unit"
)
ZH_HERBS = words(
    "黄芪 当归 白术 党参 茯苓 金银花 连翘 何首乌 王不留行 石斛 丹参 川芎 柴胡 甘草 半夏 陈皮 熟地黄 白芍 杜仲 牛膝 马齿苋 夏枯草 钩藤 天麻"
)
ZH_EPONYMS = words(
    "Murphy征阳性 Babinski征阴性 唐氏综合征 帕金森病 阿尔茨海默病 克罗恩病 格拉斯哥昏迷评分 霍奇金淋巴瘤 库欣综合征 桥本甲状腺炎 川崎病 马方综合征 Glasgow评分15分 Wells评分"
)
# (look-alike to protect, sentence carrying it): ordinary words that are also names
ZH_WORDLIKE = [
    ("国庆节假期", "国庆节假期后症状明显加重。"),
    ("平安夜", "平安夜当晚曾在外就餐。"),
    ("安宁疗护", "已与安宁疗护团队沟通后续方案。"),
    ("手术成功", "家属得知手术成功后情绪平稳。"),
    ("性格文静", "患者平素性格文静，睡眠尚可。"),
    ("今年夏天", "今年夏天起活动耐力逐渐下降。"),
    ("黎明时分", "多于黎明时分出现胸闷憋醒。"),
    ("前途光明", "患者称孩子刚考上大学，“前途光明”，自己更要积极配合治疗。"),
    ("向阳的病房", "已安排至向阳的病房以便采光。"),
    ("白露节气", "白露节气后咳嗽反复。"),
    ("高山反应", "半年前赴西藏旅游曾有高山反应。"),
    ("胜利", "家属称“熬过这一关就是胜利”。"),
    ("建国门", "曾在建国门附近单位从事文职工作。"),
    ("和平区", "户籍地为沈阳市和平区。"),
    ("金星", "诉眼前“冒金星”样黑矇数秒。"),
    ("海燕", "患者诉喜欢读《海燕》等散文，心理状态可。"),
]
EN_WORDLIKE = [
    ("frank haematuria", "No frank haematuria since the catheter was changed."),
    ("grace period", "The pharmacy allows a grace period of 48 hours for repeat collection."),
    ("we hope", "With physiotherapy we hope to get her mobilising with one assist."),
    ("CRP rose to", "CRP rose to 148 before the antibiotics were switched."),
    ("brown urine", "Family reported dark brown urine on the morning of admission."),
    ("white cell count", "The white cell count settled over 48 hours."),
    ("green sputum", "Productive of green sputum for four days."),
    ("long-term", "Long-term oxygen therapy was discussed but not indicated."),
    ("small bowel", "CT showed dilated small bowel loops with a transition point."),
    ("sharp pain", "Describes a sharp pain worse on deep inspiration."),
    ("major haemorrhage", "The major haemorrhage protocol was not activated."),
    ("strong opioids", "Reluctant to use strong opioids because of previous constipation."),
    ("summer holidays", "Symptoms began during the summer holidays."),
    ("Grace", "Attends Grace Community Church, whose members visit regularly."),
    ("will", "A lasting power of attorney and a will are already in place."),
    ("hope", "The family still hope for a return home."),
    ("Mark", "Mark Two glucose meter readings were downloaded and reviewed."),
    ("Young Adult", "Was followed in the Young Adult Diabetes clinic until the age of 25."),
]
ZH_TITLES_NO_NAME = words(
    "主治医师 住院医师 主任医师 副主任医师 责任护士 护士长 值班医生 临床药师 规培医师 进修医生 总住院医师 麻醉医师"
)
EN_TITLES_NO_NAME = items(
    "the on-call registrar|the consultant|the charge nurse|the ward pharmacist|the FY1|the SHO|"
    "the night coordinator|the duty social worker|the outreach nurse"
)
EN_OTC = items(
    "St John's wort|St John’s wort|ibuprofen gel|Gaviscon Advance|senna tablets|Fybogel|echinacea|Rennie tablets|"
    "high-dose vitamin D"
)
EN_HOTLINES = ["NHS 111", "NHS 111 online", "999 (emergency)", "the 111 service"]

# ---------------------------------------------------------------------------------------------------------
# people


class ZhPerson:
    """A Chinese name; sur is None for names without a surname (Tibetan, Mongolian, nicknames)."""

    def __init__(self, full, sur, giv, sex, sur_py="", giv_py="", trad=False):
        self.full, self.sur, self.giv, self.sex = full, sur, giv, sex
        self.sur_py, self.giv_py, self.trad = sur_py, giv_py, trad
        self.zh = True

    def parts(self):
        return [self.full] + ([self.giv] if self.giv and len(self.giv) >= 2 and self.giv != self.full else [])

    def py(self, order="sg"):
        return f"{self.sur_py} {self.giv_py}" if order == "sg" else f"{self.giv_py} {self.sur_py}"


class EnPerson:
    def __init__(self, given, sur, sex):
        self.given, self.sur, self.sex = given, sur, sex
        self.full = f"{given} {sur}"
        self.zh = False
        self.trad = False

    def initials(self, dots=True):
        bits = [self.given[0]] + [w[0].upper() for w in re.split(r"[ -]", self.sur) if w and w[0].isalpha()][-1:]
        return ".".join(bits) + "." if dots else "".join(bits)


def letters(s):
    return len([c for c in s if c.isalpha()])


def en_parts(given, sur):
    if letters(given) < 3 or letters(sur) < 3:
        return [f"{given} {sur}"]
    return [given, sur]


def to_trad(s):
    return "".join(TRAD.get(c, c) for c in s)


def zh_person(r, sex=None, kind=None, trad=False):
    sex = sex or r.choice("MF")
    kind = kind or r.choices(["common", "rare", "double", "word", "minority", "single"], [62, 6, 5, 5, 5, 17])[0]
    if kind == "minority":
        cands = [m for m in MINORITY_NAMES if m[2] == sex] or MINORITY_NAMES
        full, giv, sx = r.choice(cands)
        return ZhPerson(full, None, giv, sx)
    if kind == "word":
        cands = [w for w in WORD_NAMES if w[2] == sex] or WORD_NAMES
        su, gv, sx, gpy = r.choice(cands)
        return ZhPerson(su + gv, su, gv, sx, SUR_PY[su], gpy)
    if kind == "rare":
        su = r.choice(list(RARE_SUR_PY))
        spy = RARE_SUR_PY[su]
    elif kind == "double":
        su = r.choice(list(DOUBLE_SUR_PY))
        spy = DOUBLE_SUR_PY[su]
    else:
        su = r.choice(list(SUR_PY))
        spy = SUR_PY[su]
    if kind == "single":
        pool = GIVEN1_M if sex == "M" else GIVEN1_F
    else:
        pool = GIVEN2_M if sex == "M" else GIVEN2_F
    gv = r.choice(list(pool))
    p = ZhPerson(su + gv, su, gv, sex, spy, pool[gv])
    if trad:
        p.full, p.sur, p.giv, p.trad = to_trad(p.full), to_trad(su), to_trad(gv), True
    return p


def en_person(r, sex=None):
    sex = sex or r.choice("MF")
    given = r.choice(EN_GIVEN_M if sex == "M" else EN_GIVEN_F)
    return EnPerson(given, r.choice(EN_SUR), sex)


def pinyin_person(r, sex=None):
    """A Chinese person who will be written in pinyin (English or mixed documents)."""
    while True:
        p = zh_person(r, sex, kind=r.choice(["common", "common", "single", "double"]))
        if p.sur_py and p.giv_py:
            return p


def distinct(r, maker, n, *args, **kw):
    """n people with pairwise different full names, surnames and given names."""
    out, seen = [], set()
    while len(out) < n:
        p = maker(r, *args, **kw)
        keys = {p.full}
        if p.zh:
            keys |= {"s:" + (p.sur or p.full), "g:" + (p.giv or p.full)}
        else:
            keys |= {"s:" + p.sur.lower(), "g:" + p.given.lower()}
        if keys & seen:
            continue
        seen |= keys
        out.append(p)
    return out


# ---------------------------------------------------------------------------------------------------------
# identifiers


def rand_digits(r, n, first="0123456789"):
    return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))


def no_year_group(s):
    return not re.search(r"(?<!\d)(19|20)\d\d(?!\d)", s)


def zh_mobile(r):
    while True:
        pre = r.choice(
            [
                "130",
                "131",
                "132",
                "133",
                "135",
                "136",
                "137",
                "138",
                "139",
                "150",
                "151",
                "152",
                "153",
                "155",
                "156",
                "157",
                "158",
                "159",
                "166",
                "176",
                "177",
                "180",
                "181",
                "182",
                "183",
                "185",
                "186",
                "187",
                "188",
                "189",
                "199",
            ]
        )
        a, b = rand_digits(r, 4), rand_digits(r, 4)
        if a[:2] not in ("19", "20") and b[:2] not in ("19", "20"):
            break
    fmt = r.choices(["plain", "space", "dash", "plus", "plusdash"], [40, 20, 17, 13, 10])[0]
    return {
        "plain": f"{pre}{a}{b}",
        "space": f"{pre} {a} {b}",
        "dash": f"{pre}-{a}-{b}",
        "plus": f"+86 {pre} {a} {b}",
        "plusdash": f"+86-{pre}{a}{b}",
    }[fmt]


def zh_landline(r, area):
    n = rand_digits(r, 8, "2345678")
    return r.choice([f"{area}-{n}", f"({area}){n}", f"{area}-{n[:4]} {n[4:]}", f"{area} {n}"])


def uk_phone(r, mobile=None):
    mobile = r.random() < 0.55 if mobile is None else mobile
    if mobile:
        if r.random() < 0.5:
            body = "7700 900" + rand_digits(r, 3)
        else:
            body = "7" + rand_digits(r, 3, "3456789") + " " + rand_digits(r, 6, "123456789")
        a, b = body.split(" ")
        return r.choice([f"0{a} {b}", f"0{a}{b}", f"+44 {a} {b}", f"+44 (0){a} {b}", f"0{a} {b[:3]} {b[3:]}"])
    code, mid = r.choice(UK_DRAMA_LINES)
    tail = "0" + rand_digits(r, 3) if len(mid) == 3 else "0" + rand_digits(r, 3)
    return r.choice([f"{code} {mid} {tail}", f"{code} {mid}{tail}", f"+44 {code[1:]} {mid} {tail}"])


def us_phone(r):
    area = r.choice(["415", "617", "212", "646", "312", "206"])
    tail = "01" + rand_digits(r, 2)
    return r.choice([f"+1 ({area}) 555-{tail}", f"{area}-555-{tail}", f"+1 {area} 555 {tail}"])


def resident_id(r, dob, sex):
    while True:
        region = r.choice(ZH_RID_REGIONS)
        seq = rand_digits(r, 3)
        if (int(seq[-1]) % 2 == 1) == (sex == "M"):
            break
    body = region + dob.strftime("%Y%m%d") + seq
    return body + gb_check_digit(body)


def nhs_number(r):
    while True:
        nine = rand_digits(r, 9, "4567")
        c = nhs_check_digit(nine)
        if c is not None:
            break
    ten = nine + str(c)
    return r.choices([f"{ten[:3]} {ten[3:6]} {ten[6:]}", ten, f"{ten[:3]}-{ten[3:6]}-{ten[6:]}"], [70, 20, 10])[0]


def zh_record(r, kind):
    if kind == "住院号":
        return r.choice(
            [
                rand_digits(r, 7, "123456789"),
                "00" + rand_digits(r, 8, "123456789"),
                "ZY" + rand_digits(r, 8, "123456789"),
                rand_digits(r, 10, "3456789"),
            ]
        )
    if kind == "门诊号":
        return r.choice(
            [
                "MZ" + rand_digits(r, 10, "3456789"),
                "0000" + rand_digits(r, 8, "123456789"),
                rand_digits(r, 9, "3456789"),
            ]
        )
    if kind == "病案号":
        return r.choice(
            [rand_digits(r, 6, "123456789"), rand_digits(r, 7, "123456789"), "BA" + rand_digits(r, 7, "123456789")]
        )
    return rand_digits(r, 8, "3456789")


def en_record(r):
    return r.choice(
        [
            "00" + rand_digits(r, 6, "123456789"),
            "K" + rand_digits(r, 7, "123456789"),
            "RX" + rand_digits(r, 6, "123456789"),
            "H" + rand_digits(r, 7, "123456789"),
            rand_digits(r, 8, "3456789"),
            "U" + rand_digits(r, 6, "123456789"),
            "M" + rand_digits(r, 4, "123456789") + " " + rand_digits(r, 4, "123456789"),
        ]
    )


def rand_date(r, y0, y1):
    start = dt.date(y0, 1, 1).toordinal()
    return dt.date.fromordinal(r.randint(start, dt.date(y1, 12, 31).toordinal()))


def age_at(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


def zh_date(d, r=None, style=None):
    style = style if style is not None else (r.randrange(4) if r else 0)
    return [
        f"{d.year}年{d.month}月{d.day}日",
        f"{d:%Y-%m-%d}",
        f"{d.year}年{d.month:02d}月{d.day:02d}日",
        f"{d:%Y/%m/%d}",
    ][style]


def zh_dob(r, d):
    return r.choice(
        [
            f"{d.year}年{d.month}月{d.day}日",
            f"{d.year}年{d.month:02d}月{d.day:02d}日",
            f"{d:%Y-%m-%d}",
            f"{d.year}/{d.month}/{d.day}",
            f"{d:%Y.%m.%d}",
            f"{d.year}.{d.month}.{d.day}",
        ]
    )


MONTHS = words("January February March April May June July August September October November December")


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def en_date(d, style=0):
    return [
        f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        f"{d:%d/%m/%Y}",
        f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}",
        f"{d:%d.%m.%Y}",
    ][style]


def en_dob(r, d):
    m = MONTHS[d.month - 1]
    return r.choice(
        [
            f"{d:%d/%m/%Y}",
            f"{d:%d.%m.%Y}",
            f"{d.day} {m} {d.year}",
            f"{ordinal(d.day)} {m} {d.year}",
            f"{m} {d.day}, {d.year}",
            f"{d.day:02d}-{m[:3]}-{d.year}",
            f"{d.day} {m[:3]} {d.year}",
            f"{d:%Y-%m-%d}",
            f"{d:%d/%m/%y}",
        ]
    )


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in s if not unicodedata.combining(c)).lower())


def email_for(r, p, staff=False, domain=None):
    if p.zh:
        sp, gp = ascii_fold(p.sur_py or "li"), ascii_fold(p.giv_py or "hua")
        if staff:
            local = r.choice(
                [sp + "".join(w[0] for w in re.findall(r"[a-z]+", gp)) + str(r.randint(1, 99)), gp + "." + sp, sp + gp]
            )
            dom = domain or r.choice(["jzph.com.cn", "hdmu2.edu.cn", "ljzx-hosp.cn"])
        else:
            local = r.choice(
                [
                    sp + gp + str(r.randint(60, 99)),
                    rand_digits(r, 9, "123456789"),
                    gp + "_" + sp,
                    sp + gp[:1] + rand_digits(r, 3),
                ]
            )
            dom = "qq.com" if local.isdigit() else r.choice(["163.com", "126.com", "sina.com", "foxmail.com"])
    else:
        g, s = ascii_fold(p.given), ascii_fold(p.sur)
        if staff:
            local, dom = f"{g}.{s}", domain or "nhs.net"
        else:
            local = r.choice(
                [f"{g}.{s}", f"{g}{s}{r.randint(50, 99)}", f"{g[0]}{s}", f"{s}.{g}", f"{g}_{s}{r.randint(1, 9)}"]
            )
            dom = r.choice(["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk"])
    return f"{local}@{dom}", local


def zh_address(r, city=None):
    """(text, parts) of a Chinese home address."""
    form = r.choices(["road", "estate", "lane", "rural"], [40, 25, 10, 25])[0]
    prov, cty, dist, _, _ = city or r.choice(ZH_CITIES)
    if form == "rural":
        p, c, county, town, village = r.choice(ZH_RURAL)
        text = f"{p}{c}{county}{town}{village}{r.randint(1, 9)}组{r.randint(1, 88)}号"
        return text, [text, village]
    head = r.choice([prov + cty + dist, cty + dist, cty + dist]) if prov else cty + dist
    est = r.choice(ZH_ESTATES)
    if form == "road":
        road = r.choice(ZH_ROADS) + f"{r.randint(1, 399)}号"
        tail = r.choice(
            [
                f"{r.randint(1, 30)}幢{r.randint(1, 4)}单元{r.randint(1, 28)}0{r.randint(1, 6)}室",
                f"{r.randint(1, 18)}栋{r.randint(1, 33)}0{r.randint(1, 4)}",
                f"{r.randint(1, 12)}号楼",
            ]
        )
        text = head + road + est + tail
        return text, [text, road, est]
    if form == "lane":
        road = r.choice(ZH_ROADS) + f"{r.randint(100, 1999)}弄"
        text = head + road + f"{r.randint(1, 60)}号{r.randint(1, 6)}0{r.randint(1, 4)}室"
        return text, [text, road]
    text = head + est + f"{r.randint(1, 40)}栋{r.randint(1, 3)}单元{r.randint(2, 30)}0{r.randint(1, 4)}室"
    return text, [text, est]


def uk_postcode(r, area, district):
    return f"{area}{district} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def uk_address(r):
    city, area, locs = r.choice(UK_PLACES)
    loc, district = r.choice(locs)
    pc = uk_postcode(r, area, district)
    street = f"{r.randint(2, 188)} {r.choice(UK_STREETS)}"
    form = r.choice(["plain", "plain", "flat", "noloc"])
    if form == "flat":
        b = r.choice(UK_BUILDINGS)
        text = f"Flat {r.randint(1, 40)}, {b}, {street}, {city} {pc}"
        return text, [text, b, street, pc]
    if form == "noloc":
        text = f"{street}, {city}, {pc}"
    else:
        text = f"{street}, {loc}, {city} {pc}"
    return text, [text, street, pc]


def us_address(r):
    n = r.randint(100, 4999)
    street = f"{n} {r.choice(['Larkin Street', 'Beacon Street', 'Elm Avenue', 'Lakeview Drive', 'Pine Street'])}"
    city, zp = r.choice([("San Francisco, CA", "941"), ("Boston, MA", "021"), ("Seattle, WA", "981")])
    z = zp + rand_digits(r, 2)
    text = f"{street}, Apt {r.randint(2, 30)}, {city} {z}"
    return text, [text, street, z]


class EnView:
    """A person as written in Latin script (pinyin for Chinese people)."""

    def __init__(self, p, order=None):
        if p.zh:
            self.given, self.sur = p.giv_py, p.sur_py
            self.order = order or "sg"
        else:
            self.given, self.sur = p.given, p.sur
            self.order = order or "gs"
        self.full = f"{self.sur} {self.given}" if self.order == "sg" else f"{self.given} {self.sur}"


# ---------------------------------------------------------------------------------------------------------
# the labelled document


class Doc:
    """Collects spans and protect strings while a row is written; phi=False renders every identifier anonymous."""

    def __init__(self, r, phi):
        self.r, self.phi = r, phi
        self.spans = {}
        self.protect = []
        self.mz = r.choice(["×××", "（略）", "***", "[已脱敏]", "（隐去）"])
        self.me = r.choice(["[redacted]", "XXXX", "(removed)", "***", "[name withheld]"])

    def add(self, kind, text, parts):
        assert text.strip() and all(p.strip() for p in parts), (kind, text, parts)
        lst = self.spans.setdefault((kind, text), [])
        for p in parts:
            if p not in lst:
                lst.append(p)

    def P(self, s):
        if s not in self.protect:
            self.protect.append(s)
        return s

    # Chinese script
    def zn(self, p, anon="患者"):
        if not self.phi:
            return anon
        if not p.zh:
            return self.en(p, anon)
        self.add("NAME", p.full, p.parts())
        return p.full

    def zs(self, p, title, anon="", pre=""):
        """Surname + title (王医生, 老王); names without a surname keep the whole name."""
        if not self.phi:
            return anon
        if not p.zh:
            return pre + self.et(p, "", anon) + title
        if not p.sur:
            return self.zn(p) + title
        self.add("NAME", p.sur, [p.sur])
        return pre + p.sur + title

    def zg(self, p, anon="患者"):
        if not self.phi:
            return anon
        if not p.zh:
            return self.eg(p, anon)
        if p.giv and len(p.giv) >= 2:
            self.add("NAME", p.giv, [p.giv])
            return p.giv
        return self.zn(p)

    # Latin script
    def en(self, p, anon="the patient", order=None):
        if not self.phi:
            return anon
        if p.zh and not (p.sur_py and p.giv_py):
            return self.zn(p, anon)
        v = EnView(p, order)
        parts = en_parts(v.given, v.sur)
        self.add("NAME", v.full, [v.full] if len(parts) == 1 else parts)
        return v.full

    def et(self, p, title, anon="the patient"):
        if not self.phi:
            return anon
        if p.zh and not (p.sur_py and p.giv_py):
            return self.zn(p, anon)
        v = EnView(p)
        self.add("NAME", v.sur, [v.sur])
        return f"{title} {v.sur}".strip()

    def eg(self, p, anon="the patient"):
        if not self.phi:
            return anon
        if p.zh and not (p.sur_py and p.giv_py):
            return self.zn(p, anon)
        v = EnView(p)
        self.add("NAME", v.given, [v.given])
        return v.given

    def eu(self, p, anon="PATIENT"):
        """SURNAME, Given as on wristbands and lab headers."""
        if not self.phi:
            return anon
        if p.zh and not (p.sur_py and p.giv_py):
            return self.zn(p, anon)
        v = EnView(p)
        text = f"{v.sur.upper()}, {v.given}"
        parts = en_parts(v.given, v.sur.upper())
        self.add("NAME", text, [text] if len(parts) == 1 else parts)
        return text

    def eup(self, p, anon="PATIENT"):
        if not self.phi:
            return anon
        if p.zh and not (p.sur_py and p.giv_py):
            return self.zn(p, anon)
        v = EnView(p)
        text = f"{v.given.upper()} {v.sur.upper()}"
        parts = en_parts(v.given.upper(), v.sur.upper())
        self.add("NAME", text, [text] if len(parts) == 1 else parts)
        return text

    def ei(self, p, anon="pt", dots=True):
        if not self.phi:
            return anon
        if p.zh and not (p.sur_py and p.giv_py):
            return self.zn(p, anon)
        v = EnView(p, "gs")
        bits = [v.given[0].upper(), [w for w in re.split(r"[ -]", v.sur) if w][-1][0].upper()]
        text = ".".join(bits) + "." if dots else "".join(bits)
        self.add("NAME", text, [text])
        return text

    def eis(self, p, anon="the patient"):
        """Initial + surname (J. Smith)."""
        if not self.phi:
            return anon
        if p.zh and not (p.sur_py and p.giv_py):
            return self.zn(p, anon)
        v = EnView(p, "gs")
        text = f"{v.given[0]}. {v.sur}"
        self.add("NAME", text, [text])
        return text

    def nick(self, text, anon="患儿"):
        if not self.phi:
            return anon
        self.add("NAME", text, [text])
        return text

    # other identifiers
    def tag(self, kind, text, parts, anon):
        if not self.phi:
            return anon
        self.add(kind, text, [text] + [p for p in parts if p != text])
        return text

    def phone(self, text, anon="（略）"):
        return self.tag("PHONE", text, digit_runs(text), anon)

    def ident(self, text, anon="（略）"):
        return self.tag("ID", text, digit_runs(text), anon)

    def mrn(self, text, anon="（略）"):
        return self.tag("MRN", text, digit_runs(text), anon)

    def dob(self, text, anon="（略）"):
        return self.tag("DOB", text, [], anon)

    def addr(self, ap, anon="（略）"):
        return self.tag("ADDRESS", ap[0], ap[1], anon)

    def email(self, ep, anon="（略）"):
        return self.tag("EMAIL", ep[0], [ep[1]], anon)


# ---------------------------------------------------------------------------------------------------------
# checks

CJK_RE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff]")
LAT_RE = re.compile(r"[A-Za-z\u00c0-\u024f]")
ZH_TITLES = sorted(
    [
        "护士长",
        "主任",
        "主治",
        "副主任",
        "住院医",
        "规培",
        "进修",
        "医生",
        "医师",
        "大夫",
        "教授",
        "护士",
        "护师",
        "药师",
        "老师",
        "先生",
        "女士",
        "小姐",
        "太太",
        "阿姨",
        "叔叔",
        "伯伯",
        "大爷",
        "大妈",
        "奶奶",
        "爷爷",
        "婆婆",
        "师傅",
        "院长",
        "科长",
        "姐",
        "哥",
        "醫生",
        "醫師",
        "護士",
        "同学",
        "老先生",
        "老太太",
        "阿婆",
        "技师",
        "某",
        "姑娘",
        "工程师",
        "经理",
        "律师",
        "警官",
    ],
    key=len,
    reverse=True,
)
ZH_AFFIXES = "老小阿"
AFFIX_NEXT_OK = "说讲的和与今昨也又还来去是在家让问打发回已刚就都带陪这那"
AFFIX_BLACK = {"小于", "小时", "小儿", "老年", "老人", "小便", "小叶", "老化", "阿莫", "阿司"}


def wordch(c):
    return (c.isascii() and c.isalnum()) or ("\u00c0" <= c <= "\u024f")


def script(s):
    if CJK_RE.search(s):
        return "cjk"
    return "lat" if LAT_RE.search(s) else "dig"


def occurrences(text, sub, ci=False):
    hay, needle = (text.lower(), sub.lower()) if ci else (text, sub)
    assert len(hay) == len(text)
    out, i = [], hay.find(needle)
    while i >= 0:
        out.append((i, i + len(sub)))
        i = hay.find(needle, i + 1)
    return out


def whole(text, s, e):
    return (s == 0 or not wordch(text[s - 1])) and (e == len(text) or not wordch(text[e]))


def part_occurrences(text, part):
    kind = script(part)
    if kind == "lat":
        return [(s, e) for s, e in occurrences(text, part, ci=True) if whole(text, s, e)]
    return occurrences(text, part)


LATIN_TITLE_BEFORE = re.compile(r"(?:^|[^A-Za-z])(?:Dr|Prof|Mr|Mrs|Ms|Nurse|Sister)\.? ?$")


def one_char_ok(text, s):
    after = text[s + 1 :]
    if any(after.startswith(t) for t in ZH_TITLES):
        return True
    if LATIN_TITLE_BEFORE.search(text[max(0, s - 8) : s]):
        return True
    if s > 0 and text[s - 1] in ZH_AFFIXES and text[s - 1 : s + 1] not in AFFIX_BLACK:
        return not after or not CJK_RE.match(after[0]) or after[0] in AFFIX_NEXT_OK
    return False


def check_row(row):
    """A list of problems; empty when the row is consistent."""
    errs = []
    turns = row["turns"]
    spans = row["spans"]
    if not turns or not all(isinstance(t, str) and t.strip() for t in turns):
        errs.append("empty turn")
    for sp in spans:
        if sp["kind"] not in KINDS:
            errs.append(f"kind {sp['kind']}")
        for p in sp["parts"]:
            if p.lower() not in sp["text"].lower():
                errs.append(f"part {p!r} not in span {sp['text']!r}")
        if sp["kind"] == "ID" and not (valid_resident_id(sp["text"]) or valid_nhs(sp["text"])):
            errs.append(f"invalid ID {sp['text']}")
    if (row["source"] == "none") != (not spans):
        errs.append("source/none mismatch")
    multi = [sp for sp in spans if not (len(sp["text"]) == 1 and CJK_RE.match(sp["text"]))]
    single = [sp for sp in spans if sp not in multi]
    for sp in spans:
        if not any(sp["text"] in t for t in turns):
            errs.append(f"span missing {sp['text']!r}")
    for pr in row["protect"]:
        if not any(pr in t for t in turns):
            errs.append(f"protect missing {pr!r}")
        for sp in spans:
            for x in [sp["text"]] + sp["parts"]:
                if part_occurrences(pr, x):
                    errs.append(f"protect {pr!r} contains {x!r}")
    for t in turns:
        covered = []
        for sp in multi:
            for s, e in occurrences(t, sp["text"]):
                if (wordch(sp["text"][0]) or wordch(sp["text"][-1])) and not whole(t, s, e):
                    errs.append(f"span {sp['text']!r} inside a word")
                covered.append((s, e))
        for sp in single:
            for s, e in occurrences(t, sp["text"]):
                if any(cs <= s and e <= ce and ce - cs > 1 for cs, ce in covered):
                    continue
                if not one_char_ok(t, s):
                    errs.append(f"one-char span {sp['text']!r} without title: {t[max(0, s - 6) : s + 6]!r}")
                covered.append((s, e))
        part_iv = []
        for sp in spans:
            for p in sp["parts"]:
                for s, e in part_occurrences(t, p):
                    part_iv.append((s, e))
                    if not any(cs <= s and e <= ce for cs, ce in covered):
                        errs.append(f"part {p!r} uncovered: {t[max(0, s - 12) : e + 12]!r}")
        for pr in row["protect"]:
            for s, e in occurrences(t, pr):
                if any(s < ce and cs < e for cs, ce in covered + part_iv):
                    errs.append(f"protect {pr!r} overlaps a span or part")
    return errs


# ---------------------------------------------------------------------------------------------------------
# clinical content: Chinese cases


class Case(dict):
    __getattr__ = dict.get


def zh_vitals(r, d, fever=False, bp=None):
    t = round(r.uniform(38.1, 39.4) if fever else r.uniform(36.2, 37.1), 1)
    s = bp or (r.randint(102, 176), r.randint(58, 102))
    bps = d.P(f"{s[0]}/{s[1]}mmHg")
    return f"T {t}℃，P {r.randint(62, 116)}次/分，R {r.randint(16, 24)}次/分，BP {bps}"


def zc_stemi(r, d, sex, age):
    h = r.randint(2, 9)
    tni = round(r.uniform(2.1, 38.0), 2)
    ldl = round(r.uniform(2.9, 4.8), 2)
    stent = r.choice(["前降支近段", "右冠中段", "回旋支近中段"])
    return Case(
        dept="心血管内科",
        ward="心内科二病区",
        cc=f"持续性胸痛{h}小时",
        hpi=f"患者{h}小时前于{r.choice(['晨起如厕', '搬运重物', '饱餐后', '夜间睡眠中'])}突发胸骨后压榨样疼痛，向左肩背部放射，"
        f"伴大汗、恶心，无晕厥，自行含服硝酸甘油2片不缓解。急诊心电图示{r.choice(['V1-V4', 'II、III、aVF'])}导联ST段抬高"
        f"{round(r.uniform(0.2, 0.5), 1)}mV，肌钙蛋白I {tni} ng/mL，遂以“急性ST段抬高型心肌梗死”收入院。",
        pmh=f"高血压病史{r.randint(3, 20)}年，最高{r.randint(165, 190)}/{r.randint(95, 110)}mmHg，平素服用氨氯地平5mg每日一次，"
        f"血压控制欠佳。吸烟{r.randint(15, 40)}年，每日约{r.choice([10, 20, 30])}支。否认糖尿病史，否认药物过敏史。",
        exam="神清，痛苦面容，双肺呼吸音清，未闻及干湿啰音。心界不大，心率齐，各瓣膜听诊区未闻及病理性杂音。腹软，双下肢无水肿。",
        fever=False,
        labs=[
            d.P(f"肌钙蛋白I {tni} ng/mL"),
            d.P(f"LDL-C {ldl} mmol/L"),
            f"血钾 {round(r.uniform(3.5, 4.6), 1)} mmol/L",
        ],
        aux=f"急诊冠脉造影示{stent}闭塞，TIMI血流0级；心脏超声示LVEF {r.randint(38, 55)}%，节段性室壁运动异常。",
        dx=[d.P("急性ST段抬高型心肌梗死") + "（" + d.P("I21.0") + "）", "Killip I级", "高血压病3级（极高危）"],
        course=f"入院后急诊行PCI术，于{stent}植入药物洗脱支架1枚，术后予双联抗血小板、强化降脂、控制心室率等治疗，"
        f"患者胸痛缓解，复查心肌酶逐渐下降，病情平稳。",
        meds=[
            d.P("阿司匹林肠溶片 100mg 每日1次"),
            d.P("替格瑞洛片 90mg 每日2次"),
            d.P("阿托伐他汀钙片 20mg 每晚1次"),
            "美托洛尔缓释片 23.75mg 每日1次",
        ],
        advice=[
            "低盐低脂饮食，严格戒烟",
            "双联抗血小板至少12个月，勿自行停药",
            "1个月后心内科门诊复诊，复查血脂、肝功能",
            f"如再发胸痛超过15分钟，立即{d.P('拨打120')}急救电话",
        ],
        short=f"急性心梗PCI术后第{r.randint(1, 5)}天",
        op=None,
        consult=("内分泌科", "患者入院随机血糖偏高，请协助评估是否存在糖尿病及围术期血糖管理。"),
    )


def zc_t2dm(r, d, sex, age):
    dur0 = r.randint(2, 10)
    dur1 = r.randint(1, 4)
    hba1c = round(r.uniform(8.6, 12.9), 1)
    fpg = round(r.uniform(9.2, 16.8), 1)
    return Case(
        dept="内分泌科",
        ward="内分泌代谢科病区",
        cc=f"口干、多饮、多尿{dur0}年，加重伴乏力{dur1}周",
        hpi=f"患者{dur0}年前体检发现血糖升高，诊断为2型糖尿病，先后服用二甲双胍、格列美脲，未规律监测血糖。"
        f"近{dur1}周口干多饮加重，日饮水量约{r.randint(3, 5)}000ml，伴双足麻木、视物模糊，门诊查空腹血糖{fpg}mmol/L，"
        f"糖化血红蛋白{hba1c}%，为进一步调整降糖方案收入院。",
        pmh="高脂血症病史5年，未规律服药。否认冠心病、脑血管病史，否认肝炎、结核病史。对磺胺类药物过敏（皮疹）。",
        exam="BMI 27.6kg/m²，双肺呼吸音清，心律齐。双足背动脉搏动减弱，双足10g尼龙丝触觉减退，振动觉减退。",
        fever=False,
        labs=[d.P(f"糖化血红蛋白{hba1c}%"), d.P(f"空腹血糖{fpg}mmol/L"), f"尿白蛋白/肌酐比 {r.randint(35, 280)} mg/g"],
        aux="眼底照相示双眼非增殖期糖尿病视网膜病变；肌电图示双下肢周围神经传导速度减慢；颈动脉超声示斑块形成。",
        dx=["2型糖尿病（" + d.P("E11.9") + "）", "糖尿病周围神经病变", "糖尿病视网膜病变（非增殖期）", "高脂血症"],
        course="入院后予糖尿病饮食、运动指导，调整为“门冬胰岛素+甘精胰岛素”强化降糖，联合二甲双胍，逐步滴定剂量，"
        "同时予甲钴胺营养神经、阿托伐他汀调脂。血糖逐渐达标，完成糖尿病教育课程。",
        meds=[
            d.P("甘精胰岛素 14U 睡前皮下注射"),
            d.P("二甲双胍缓释片 0.5g 每日2次"),
            "甲钴胺片 0.5mg 每日3次",
            d.P("阿托伐他汀钙片 20mg 每晚1次"),
        ],
        advice=[
            "每日监测空腹及三餐后2小时血糖并记录",
            "注意足部护理，每日检查双足",
            "警惕低血糖，随身携带糖果",
            "2周后内分泌科门诊复诊，3个月复查糖化血红蛋白",
        ],
        short="2型糖尿病胰岛素强化治疗中",
        op=None,
        consult=("眼科", "患者糖尿病病史多年，请协助评估眼底病变程度及是否需要激光治疗。"),
    )


def zc_cap(r, d, sex, age):
    dur0 = r.randint(3, 7)
    crp = r.randint(48, 186)
    wbc = round(r.uniform(11.2, 19.6), 1)
    return Case(
        dept="呼吸与危重症医学科",
        ward="呼吸科一病区",
        cc=f"发热、咳嗽、咳痰{dur0}天",
        hpi=f"患者{dur0}天前受凉后出现发热，最高体温{round(r.uniform(38.6, 39.8), 1)}℃，伴畏寒、咳嗽，咳黄脓痰，"
        "量中等，活动后气促。自服“连花清瘟胶囊、布洛芬”效果欠佳，门诊胸部CT示右下肺斑片状实变影，为进一步诊治收入院。",
        pmh="既往体健，否认高血压、糖尿病史。否认手术外伤史。对青霉素过敏。",
        exam="神清，急性病容，口唇无发绀。右下肺呼吸音减低，可闻及湿啰音。心率稍快，律齐。",
        fever=True,
        labs=[
            d.P(f"白细胞 {wbc}×10⁹/L"),
            d.P(f"C反应蛋白 {crp} mg/L"),
            f"降钙素原 {round(r.uniform(0.3, 4.2), 2)} ng/mL",
            f"SpO₂ {r.randint(90, 95)}%（未吸氧）",
        ],
        aux="胸部CT：右肺下叶大片实变影，内见支气管充气征，右侧少量胸腔积液。",
        dx=["社区获得性肺炎（" + d.P("J18.9") + "）", "右侧胸腔积液（少量）"],
        course=f"入院后予{d.P('莫西沙星 0.4g 静滴 每日1次')}抗感染，辅以化痰、补液等对症治疗，第3天体温恢复正常，"
        "咳嗽咳痰明显减少，复查炎症指标下降，胸部CT示病灶较前吸收。",
        meds=["莫西沙星片 0.4g 每日1次（续用3天）", d.P("氨溴索片 30mg 每日3次")],
        advice=["注意休息，避免受凉", "4-6周后复查胸部CT", "如再次发热、气促加重及时就诊"],
        short="重症社区获得性肺炎抗感染第4天",
        op=None,
        consult=("感染科", "患者青霉素过敏，目前抗感染效果一般，请协助调整抗菌药物方案。"),
    )


def zc_copd(r, d, sex, age):
    dur0 = r.randint(10, 30)
    dur1 = r.randint(3, 10)
    pco2 = r.randint(52, 78)
    return Case(
        dept="呼吸与危重症医学科",
        ward="呼吸科二病区",
        cc=f"反复咳嗽、咳痰{dur0}年，气促加重{dur1}天",
        hpi=f"患者{dur0}年来每逢冬春季反复咳嗽、咳白痰，近5年活动后气促逐渐加重。{dur1}天前受凉后"
        "咳嗽加剧，咳黄痰，静息时亦感气促，夜间不能平卧，伴双下肢轻度水肿，为进一步治疗收入院。",
        pmh="慢性阻塞性肺疾病病史8年，长期吸入噻托溴铵。吸烟40年，每日20支，已戒烟2年。否认高血压、糖尿病史。",
        exam="神清，口唇发绀，桶状胸，双肺叩诊过清音，呼吸音低，可闻及散在哮鸣音及湿啰音。双下肢轻度凹陷性水肿。",
        fever=False,
        labs=[
            d.P(f"PaCO₂ {pco2}mmHg"),
            d.P(f"PaO₂ {r.randint(48, 62)}mmHg"),
            f"pH {round(r.uniform(7.28, 7.36), 2)}",
            f"NT-proBNP {r.randint(380, 2400)} pg/mL",
        ],
        aux="胸片：双肺纹理增粗紊乱，肺气肿征象。心脏超声：肺动脉收缩压约48mmHg。",
        dx=["慢性阻塞性肺疾病急性加重（" + d.P("J44.1") + "）", "Ⅱ型呼吸衰竭", "慢性肺源性心脏病"],
        course="入院后予无创呼吸机辅助通气、抗感染、雾化吸入支气管扩张剂、甲泼尼龙静滴等治疗，二氧化碳潴留逐渐改善，"
        "气促减轻，可平卧入睡，已撤除无创呼吸机。",
        meds=[
            d.P("噻托溴铵粉吸入剂 18μg 每日1次"),
            "布地奈德福莫特罗 160/4.5μg 每次2吸 每日2次",
            "家庭氧疗 1-2L/min 每日>15小时",
        ],
        advice=[
            "坚持长期家庭氧疗",
            "接种流感及肺炎球菌疫苗",
            "呼吸康复训练（缩唇呼吸、腹式呼吸）",
            "2周后呼吸科门诊复诊",
        ],
        short="慢阻肺急性加重，无创通气已撤",
        op=None,
        consult=("心血管内科", "患者双下肢水肿、NT-proBNP升高，请协助评估心功能及利尿方案。"),
    )


def zc_appendix(r, d, sex, age):
    dur0 = r.randint(10, 30)
    return Case(
        dept="普外科",
        ward="普外科一病区",
        cc=f"转移性右下腹痛{dur0}小时",
        hpi=f"患者{dur0}小时前无明显诱因出现上腹部隐痛，后逐渐转移并固定于右下腹，呈持续性，伴恶心、呕吐胃内容物2次，"
        f"发热，最高{round(r.uniform(37.8, 38.9), 1)}℃。急诊腹部超声示阑尾增粗，为手术治疗收入院。",
        pmh="既往体健，否认肝炎、结核等传染病史，否认手术史，否认药物过敏史。",
        exam="腹平软，右下腹麦氏点压痛、反跳痛明显，局部肌紧张，结肠充气试验阳性，肠鸣音减弱。",
        fever=True,
        labs=[
            d.P(f"白细胞 {round(r.uniform(12.1, 18.7), 1)}×10⁹/L"),
            f"中性粒细胞 {r.randint(82, 92)}%",
            f"C反应蛋白 {r.randint(30, 120)} mg/L",
        ],
        aux=f"腹部超声：阑尾增粗，直径约{round(r.uniform(0.8, 1.4), 1)}cm，周围少量渗出。",
        dx=["急性化脓性阑尾炎（" + d.P("K35.8") + "）"],
        course="入院后完善术前准备，急诊在全麻下行腹腔镜阑尾切除术，术中见阑尾充血水肿、化脓，手术顺利，术后予抗感染、补液，"
        "术后第1天排气，逐步恢复饮食，切口愈合良好。",
        meds=[d.P("头孢克肟胶囊 0.1g 每日2次"), "（共3天）"],
        advice=["术后1个月内避免剧烈运动及重体力劳动", "保持切口清洁干燥，术后7天拆线", "如出现腹痛、发热及时就诊"],
        short="腹腔镜阑尾切除术后第1天",
        consult=("妇科", "患者右下腹痛，请协助排除妇科急腹症。"),
        op=Case(
            name="腹腔镜阑尾切除术",
            anes="全身麻醉",
            pos="仰卧位，头低脚高左倾",
            finding="阑尾位于回盲部后位，长约7cm，明显充血水肿，表面覆脓苔，尖端未穿孔，周围少量脓性渗液约20ml。",
            steps="脐部穿刺建立气腹，压力12mmHg，置入10mm Trocar及腹腔镜，于左下腹及耻骨上分别置入5mm Trocar。分离阑尾系膜，"
            "超声刀离断阑尾动脉，阑尾根部以Hem-o-lok夹闭两道后切断，残端电灼，标本装袋取出。吸净渗液，检查无活动性出血，"
            "解除气腹，缝合切口。",
            loss="约10ml",
            spec="阑尾送病理",
        ),
    )


def zc_gallstone(r, d, sex, age):
    dur0 = r.randint(1, 6)
    dur1 = r.randint(1, 5)
    return Case(
        dept="肝胆外科",
        ward="肝胆胰外科病区",
        cc=f"反复右上腹痛{dur0}年，再发{dur1}天",
        hpi=f"患者{dur0}年来进食油腻后反复出现右上腹胀痛，向右肩背部放射，每次持续数小时，可自行缓解。{dur1}天前"
        "聚餐后再发，伴恶心，无寒战发热，无皮肤巩膜黄染。超声示胆囊多发结石，为手术治疗收入院。",
        pmh="高血压病史3年，服用缬沙坦80mg每日1次，控制可。否认糖尿病史。",
        exam="皮肤巩膜无黄染，腹软，右上腹轻压痛，" + d.P("Murphy征阳性") + "，肝脾肋下未触及。",
        fever=False,
        labs=[
            d.P(f"总胆红素 {round(r.uniform(8.0, 19.5), 1)} μmol/L"),
            f"ALT {r.randint(18, 66)} U/L",
            f"白细胞 {round(r.uniform(5.2, 9.8), 1)}×10⁹/L",
        ],
        aux=f"腹部超声：胆囊壁增厚毛糙，腔内见多枚强回声，最大约{round(r.uniform(1.0, 2.6), 1)}cm，后伴声影，胆总管不宽。",
        dx=["胆囊结石伴慢性胆囊炎（" + d.P("K80.1") + "）", "高血压病1级"],
        course="完善术前检查后在全麻下行腹腔镜胆囊切除术，术后予补液、护肝对症处理，术后第2天恢复流质饮食，无发热、腹痛，切口愈合良好。",
        meds=[d.P("缬沙坦胶囊 80mg 每日1次"), "熊去氧胆酸胶囊 250mg 每日2次"],
        advice=["低脂饮食，少量多餐", "术后1个月内避免重体力劳动", "1周后门诊复诊，查看病理结果"],
        short="腹腔镜胆囊切除术后第2天",
        consult=("心血管内科", "患者高血压病史，拟行全麻手术，请协助评估围术期心血管风险。"),
        op=Case(
            name="腹腔镜胆囊切除术",
            anes="气管插管全身麻醉",
            pos="仰卧位，头高脚低右侧抬高",
            finding="胆囊大小约9×4cm，壁厚约0.5cm，与网膜轻度粘连，胆囊三角清晰，内含多枚混合性结石。",
            steps="常规三孔法建立操作通道，分离胆囊周围粘连，解剖胆囊三角，辨清胆囊管、胆总管及肝总管关系后，"
            "以Hem-o-lok夹闭胆囊管及胆囊动脉并离断，电钩顺行剥离胆囊，胆囊床彻底止血，标本装袋经剑突下切口取出。",
            loss="约15ml",
            spec="胆囊及结石送病理",
        ),
    )


def zc_stroke(r, d, sex, age):
    dur0 = r.randint(3, 20)
    nihss = r.randint(3, 12)
    side = r.choice(["左", "右"])
    other = "右" if side == "左" else "左"
    return Case(
        dept="神经内科",
        ward="神经内科卒中单元",
        cc=f"突发{side}侧肢体无力伴言语不清{dur0}小时",
        hpi=f"患者{dur0}小时前晨起时发现{side}侧肢体无力，持物不稳，行走拖步，伴言语含糊，无头痛、呕吐，无意识障碍。"
        f"发病时间不明确，已超过静脉溶栓时间窗，急诊头颅CT未见出血，NIHSS评分{nihss}分，以“急性脑梗死”收入卒中单元。",
        pmh=f"高血压病史{r.randint(5, 20)}年，房颤病史2年，未规律抗凝。否认糖尿病史。",
        exam=f"神清，构音障碍，{side}侧鼻唇沟变浅，伸舌偏{side}。{side}侧上肢肌力{r.randint(2, 4)}级，{side}下肢肌力{r.randint(3, 4)}级，"
        f"{other}侧肢体肌力5级，{side}侧{d.P('Babinski征阳性')}。",
        fever=False,
        labs=[d.P(f"NIHSS评分{nihss}分"), f"LDL-C {round(r.uniform(2.6, 4.1), 2)} mmol/L", "同型半胱氨酸 18.6 μmol/L"],
        aux=f"头颅MRI：{other}侧基底节区、放射冠急性脑梗死（DWI高信号）。头颈CTA：{other}侧大脑中动脉M1段重度狭窄。动态心电图：阵发性房颤。",
        dx=["急性脑梗死（" + d.P("I63.9") + "）", "心房颤动", "高血压病3级（极高危）"],
        course="入院后予抗血小板、强化他汀、改善循环、控制血压等治疗，病情稳定后启动抗凝，开始床旁康复训练，肢体肌力较前改善。",
        meds=[d.P("利伐沙班片 15mg 每日1次"), d.P("阿托伐他汀钙片 40mg 每晚1次"), "氨氯地平片 5mg 每日1次"],
        advice=["坚持康复训练", "规律服用抗凝药，注意有无出血倾向", "控制血压<130/80mmHg", "1个月后神经内科门诊复诊"],
        short=f"急性脑梗死，{side}侧偏瘫，康复中",
        op=None,
        consult=("康复医学科", "患者急性脑梗死后偏瘫，请协助制定早期康复方案。"),
    )


def zc_hip(r, d, sex, age):
    dur0 = r.randint(4, 30)
    side = r.choice(["左", "右"])
    return Case(
        dept="骨科",
        ward="骨科一病区（创伤）",
        cc=f"跌倒致{side}髋部疼痛、活动受限{dur0}小时",
        hpi=f"患者{dur0}小时前在家中{r.choice(['卫生间', '卧室', '阳台'])}不慎滑倒，{side}髋部着地，当即疼痛剧烈，不能站立行走，"
        f"无头痛、意识障碍。急诊X线示{side}股骨颈骨折（Garden Ⅳ型），为手术治疗收入院。",
        pmh="高血压病史10余年，骨质疏松症病史，未规律治疗。5年前行白内障手术。否认药物过敏史。",
        exam=f"{side}下肢短缩、外旋畸形，{side}腹股沟中点压痛，{side}髋关节活动受限，足背动脉搏动可，末梢血运感觉正常。",
        fever=False,
        labs=[
            d.P(f"血红蛋白 {r.randint(96, 128)} g/L"),
            f"D-二聚体 {round(r.uniform(1.2, 6.8), 2)} mg/L",
            f"白蛋白 {round(r.uniform(30.1, 38.5), 1)} g/L",
        ],
        aux=f"骨盆正位及{side}髋关节X线：{side}股骨颈骨折，断端移位。双下肢静脉超声未见血栓。骨密度T值-3.1。",
        dx=[f"{side}股骨颈骨折（" + d.P("S72.0") + "）", "骨质疏松症", "高血压病2级"],
        course=f"入院后完善检查，排除手术禁忌，于腰硬联合麻醉下行{side}侧人工股骨头置换术，术后予抗凝预防血栓、镇痛、抗骨质疏松治疗，"
        "术后第2天在助行器辅助下床边站立。",
        meds=[
            d.P("利伐沙班片 10mg 每日1次"),
            "（共35天）",
            d.P("阿仑膦酸钠片 70mg 每周1次"),
            "碳酸钙D3片 600mg 每日1次",
        ],
        advice=["术后6周内避免患髋屈曲超过90°、内收内旋", "助行器辅助行走，防跌倒", "术后2周拆线，6周复查X线"],
        short=f"{side}人工股骨头置换术后第{r.randint(1, 4)}天",
        consult=("心血管内科", "高龄患者拟行髋关节置换术，请协助评估心功能及手术耐受性。"),
        op=Case(
            name=f"{side}侧人工股骨头置换术",
            anes="腰硬联合麻醉",
            pos=f"{'右' if side == '左' else '左'}侧卧位",
            finding="股骨颈头下型骨折，断端移位明显，股骨头软骨面完整，关节腔内积血约30ml。",
            steps="取髋关节后外侧切口长约10cm，逐层切开，切断外旋肌群，T形切开关节囊，取出股骨头，测量直径"
            f"{r.randint(43, 50)}mm。修整股骨颈截骨面，髓腔扩髓，试模满意后植入骨水泥型股骨柄及双动头，复位后活动髋关节稳定。"
            "修复关节囊及外旋肌群，放置引流管一根，逐层缝合。",
            loss=f"约{r.randint(150, 350)}ml",
            spec="股骨头送病理",
        ),
    )


def zc_breast(r, d, sex, age):
    dur0 = r.randint(1, 6)
    side = r.choice(["左", "右"])
    size = round(r.uniform(1.6, 3.8), 1)
    return Case(
        dept="甲状腺乳腺外科",
        ward="甲乳外科病区",
        cc=f"发现{side}乳肿物{dur0}月",
        hpi=f"患者{dur0}月前洗澡时无意中发现{side}乳外上象限一肿物，约“花生米”大小，无疼痛，无乳头溢液，未予重视，"
        f"近来自觉肿物增大。外院超声示{side}乳低回声结节，BI-RADS 4C类，空心针穿刺病理示浸润性导管癌，为手术治疗收入院。",
        pmh="既往体健。月经规律，孕2产1。否认乳腺癌家族史。",
        exam=f"{side}乳外上象限可触及一大小约{size}×{round(size - 0.4, 1)}cm肿物，质硬，边界欠清，活动度差，{side}腋窝可触及肿大淋巴结。",
        fever=False,
        labs=[d.P(f"CA15-3 {round(r.uniform(12.0, 48.0), 1)} U/mL"), f"CEA {round(r.uniform(1.1, 6.2), 1)} ng/mL"],
        aux=f"乳腺MRI：{side}乳外上象限不规则强化肿块，{side}腋窝多发肿大淋巴结。免疫组化：ER(+，80%)，PR(+，40%)，HER-2(1+)，Ki-67 30%。",
        dx=[f"{side}乳腺浸润性导管癌（" + d.P("C50.9") + "）", "cT2N1M0"],
        course=f"完善检查排除远处转移后，于全麻下行{side}乳腺癌改良根治术，术后予抗感染、引流管护理，引流量逐日减少后拔除。",
        meds=["术后辅助化疗方案待病理结果后制定", d.P("他莫昔芬片 10mg 每日2次（内分泌治疗，化疗后开始）")],
        advice=["患侧上肢功能锻炼，避免患肢测血压、输液", "2周后乳腺外科门诊复诊，讨论辅助治疗方案"],
        short=f"{side}乳癌改良根治术后第{dur0}天，引流管在位",
        consult=("肿瘤内科", "请协助制定术后辅助化疗及内分泌治疗方案。"),
        op=Case(
            name=f"{side}乳腺癌改良根治术",
            anes="气管插管全身麻醉",
            pos=f"仰卧位，{side}上肢外展90°",
            finding=f"肿物位于{side}乳外上象限，大小约{size}cm，质硬，与胸大肌筋膜无粘连；腋窝可及数枚肿大淋巴结。",
            steps="取横梭形切口，距肿物边缘3cm，游离皮瓣，上至锁骨下，下至肋弓，内至胸骨旁，外至背阔肌前缘。将乳腺连同胸大肌筋膜"
            "一并切除，保留胸大、小肌，清扫腋窝Ⅰ、Ⅱ水平淋巴脂肪组织，保护胸长神经及胸背神经血管束。放置负压引流管2根。",
            loss="约80ml",
            spec="乳腺及腋窝淋巴结送病理",
        ),
    )


def zc_gastric(r, d, sex, age):
    dur0 = r.randint(2, 6)
    return Case(
        dept="胃肠外科",
        ward="胃肠外科病区",
        cc=f"上腹部隐痛伴消瘦{dur0}月",
        hpi=f"患者{dur0}月前无明显诱因出现上腹部隐痛，餐后加重，伴反酸、嗳气，食欲下降，体重下降约{r.randint(4, 10)}kg。"
        "胃镜示胃窦部溃疡型肿物，病理示中分化腺癌，为手术治疗收入院。",
        pmh="慢性胃炎病史10余年。幽门螺杆菌阳性，曾行根除治疗。否认高血压、糖尿病史。",
        exam="贫血貌，浅表淋巴结未触及肿大，腹软，上腹部轻压痛，未触及包块，移动性浊音阴性。",
        fever=False,
        labs=[
            d.P(f"血红蛋白 {r.randint(82, 110)} g/L"),
            d.P(f"CEA {round(r.uniform(5.5, 22.0), 1)} ng/mL"),
            f"白蛋白 {round(r.uniform(31.0, 37.0), 1)} g/L",
        ],
        aux="胃镜：胃窦小弯侧见一约3×2.5cm溃疡型肿物。腹部增强CT：胃窦壁增厚，周围数枚小淋巴结，未见肝转移。",
        dx=["胃窦腺癌（" + d.P("C16.3") + "）", "cT3N1M0", "轻度贫血"],
        course="完善术前准备后于全麻下行腹腔镜根治性远端胃大部切除术（D2淋巴结清扫，Billroth Ⅱ式吻合），"
        "术后予肠外营养、抑酸、预防感染，术后第4天开始饮水，逐步过渡至半流质。",
        meds=[d.P("奥美拉唑肠溶胶囊 20mg 每日2次"), "肠内营养粉 每日3次"],
        advice=["少量多餐，细嚼慢咽", "术后3-4周肿瘤内科就诊，评估辅助化疗", "定期复查血常规及肿瘤标志物"],
        short="腹腔镜远端胃癌根治术后第5天",
        consult=("营养科", "胃癌术后患者，请协助制定围术期营养支持方案。"),
        op=Case(
            name="腹腔镜根治性远端胃大部切除术（D2）",
            anes="气管插管全身麻醉",
            pos="仰卧分腿位",
            finding="肿瘤位于胃窦小弯侧，大小约3×3cm，浸透浆膜层，幽门下及胃左动脉旁见肿大淋巴结，肝脏、腹膜未见转移结节。",
            steps="五孔法建立操作通道，离断胃结肠韧带，清扫No.6、No.4d淋巴结，离断胃网膜右血管及胃右血管，切断十二指肠。"
            "清扫No.7、8a、9、11p、12a淋巴结，根部离断胃左动静脉。上腹正中小切口辅助，距肿瘤上缘5cm切除远端胃，"
            "行Billroth Ⅱ式吻合加Braun吻合。",
            loss="约100ml",
            spec="远端胃及淋巴结分组送病理",
        ),
    )


def zc_ckd(r, d, sex, age):
    dur0 = r.randint(3, 8)
    dur1 = r.randint(1, 4)
    cr = r.randint(620, 1180)
    return Case(
        dept="肾内科",
        ward="肾内科病区",
        cc=f"发现血肌酐升高{dur0}年，恶心、乏力{dur1}周",
        hpi=f"患者{dur0}年前体检发现血肌酐升高，诊断为慢性肾脏病，规律门诊随访。近{dur1}周出现恶心、纳差、乏力，"
        f"夜尿增多，双下肢水肿，复查血肌酐{cr}μmol/L，为进一步治疗收入院。",
        pmh="2型糖尿病病史15年，高血压病史12年。否认肝炎、结核史。",
        exam="慢性病容，贫血貌，眼睑水肿，双肺底少许湿啰音，双下肢中度凹陷性水肿。",
        fever=False,
        labs=[
            d.P(f"血肌酐 {cr} μmol/L"),
            d.P(f"血钾 {round(r.uniform(5.4, 6.3), 1)} mmol/L"),
            f"血红蛋白 {r.randint(68, 92)} g/L",
            f"eGFR {r.randint(5, 11)} mL/min/1.73m²",
        ],
        aux="双肾超声：双肾缩小，皮质变薄，皮髓质分界不清。",
        dx=["慢性肾脏病5期（" + d.P("N18.5") + "）", "糖尿病肾病", "肾性贫血", "高钾血症"],
        course="入院后予降钾、纠正酸中毒、促红素纠正贫血等治疗，经充分沟通后行右颈内静脉临时透析导管置入术并开始规律血液透析，"
        "同时行左前臂动静脉内瘘成形术，症状明显改善。",
        meds=[
            d.P("重组人促红素 10000IU 每周1次 皮下注射"),
            "碳酸氢钠片 1g 每日3次",
            d.P("司维拉姆片 800mg 每日3次 随餐"),
        ],
        advice=[
            "每周3次规律血液透析",
            "控制水分摄入，每日称体重",
            "保护内瘘侧肢体，勿测血压、勿提重物",
            "低钾低磷优质低蛋白饮食",
        ],
        short="CKD5期，规律透析，内瘘术后",
        op=None,
        consult=("血管外科", "患者拟行长期血液透析，请协助评估动静脉内瘘成形术条件。"),
    )


def zc_ugib(r, d, sex, age):
    dur0 = r.randint(2, 5)
    hb = r.randint(62, 92)
    return Case(
        dept="消化内科",
        ward="消化内科病区",
        cc=f"黑便{dur0}天，呕血{r.randint(1, 3)}次",
        hpi=f"患者{dur0}天前无明显诱因解柏油样黑便，每日2-3次，量约200g，今晨呕暗红色血液约{r.randint(2, 4)}00ml，"
        "伴头晕、心悸、乏力，无晕厥。近1月因膝关节痛自行服用“布洛芬”。急诊以“上消化道出血”收入院。",
        pmh="十二指肠溃疡病史5年。否认肝炎、肝硬化病史。饮酒史20年，每日约半斤白酒。",
        exam="贫血貌，睑结膜苍白，心率快，腹软，上腹部轻压痛，肠鸣音活跃，约8次/分。",
        fever=False,
        labs=[
            d.P(f"血红蛋白 {hb} g/L"),
            f"尿素氮 {round(r.uniform(11.0, 19.8), 1)} mmol/L",
            f"血小板 {r.randint(150, 320)}×10⁹/L",
        ],
        aux="急诊胃镜：十二指肠球部前壁见一约1.2cm溃疡，表面附血凝块，Forrest Ⅱb级，予内镜下止血夹止血。",
        dx=["上消化道出血（" + d.P("K92.2") + "）", "十二指肠球部溃疡", "失血性贫血（中度）"],
        course=f"入院后予禁食、{d.P('艾司奥美拉唑 8mg/h 持续泵入')}、补液、输注悬浮红细胞2U，急诊胃镜下止血治疗，"
        "此后未再呕血，大便转黄，复查血红蛋白稳定。",
        meds=[d.P("艾司奥美拉唑镁肠溶片 40mg 每日2次"), "（8周）", "铝碳酸镁咀嚼片 1g 每日3次"],
        advice=["避免服用非甾体抗炎药", "戒酒", "8周后复查胃镜", "如再发黑便、呕血立即就诊"],
        short="十二指肠溃疡出血内镜止血术后",
        op=None,
        consult=("骨科", "患者长期膝关节痛，请协助制定避免NSAIDs的镇痛方案。"),
    )


def zc_cesarean(r, d, sex, age):
    dur0 = r.randint(2, 8)
    ga = f"{r.randint(38, 40)}+{r.randint(0, 6)}"
    return Case(
        dept="产科",
        ward="产科二病区",
        cc=f"停经{ga}周，下腹阵痛{dur0}小时",
        hpi=f"孕妇平素月经规律，孕期定期产检，孕24周OGTT诊断妊娠期糖尿病，饮食控制血糖满意。停经{ga}周，{dur0}小时前"
        "出现规律下腹阵痛，伴少量阴道见红，无阴道流液。超声示胎儿估重约3900g，既往剖宫产史，要求再次剖宫产收入院。",
        pmh="4年前因“胎儿窘迫”行子宫下段剖宫产术。否认高血压、心脏病史。",
        exam="宫高36cm，腹围102cm，胎方位LOA，胎心率142次/分，宫缩间隔5-6分钟，持续30秒。宫口未开。",
        fever=False,
        labs=[d.P(f"空腹血糖 {round(r.uniform(4.4, 5.6), 1)} mmol/L"), f"血红蛋白 {r.randint(105, 128)} g/L"],
        aux="产科超声：单活胎，头位，BPD 9.6cm，AFI 12cm，胎盘位于子宫后壁，与前次瘢痕无关。",
        dx=[f"孕2产1，孕{ga}周，LOA，临产", "瘢痕子宫", "妊娠期糖尿病（" + d.P("O24.4") + "）"],
        course=f"入院后急诊在腰硬联合麻醉下行子宫下段剖宫产术，娩出一活男婴，Apgar评分{d.P('9-10-10分')}，体重{r.randint(3500, 4100)}g。"
        "术后予缩宫素促进子宫收缩、预防感染，母乳喂养，恢复好。",
        meds=["多糖铁复合物胶囊 150mg 每日1次", "产后复合维生素 每日1次"],
        advice=["产后42天母婴门诊复查，复查OGTT", "保持会阴及切口清洁", "产褥期禁盆浴及性生活"],
        short="剖宫产术后第1天，母乳喂养",
        consult=("新生儿科", "巨大儿倾向、妊娠期糖尿病母亲之新生儿，请协助评估新生儿低血糖风险。"),
        op=Case(
            name="子宫下段剖宫产术",
            anes="腰硬联合麻醉",
            pos="仰卧位左倾15°",
            finding="腹腔粘连轻度，子宫下段形成好，原瘢痕处菲薄。羊水清，量约600ml。胎盘胎膜娩出完整。",
            steps="沿原横切口瘢痕切开，逐层进腹，横弧形切开子宫下段，破膜吸净羊水，以LOA位娩出胎头，顺利娩出胎儿，清理呼吸道，"
            "断脐后交台下。宫体注射缩宫素10U，娩出胎盘，检查完整。可吸收线双层缝合子宫切口，探查双附件未见异常，逐层关腹。",
            loss="约300ml",
            spec="胎盘送检",
        ),
    )


def zc_peds(r, d, sex, age):
    dur0 = r.randint(4, 8)
    dur1 = r.randint(2, 4)
    return Case(
        dept="儿科",
        ward="儿科呼吸病区",
        cc=f"咳嗽{dur0}天，发热{dur1}天",
        hpi=f"患儿{dur0}天前受凉后出现咳嗽，初为单声咳，渐加重为阵发性连声咳，有痰不易咳出。{dur1}天前出现发热，"
        f"热峰{round(r.uniform(38.8, 40.1), 1)}℃，口服布洛芬混悬液可暂时退热，伴精神差、纳差。门诊胸片示双肺纹理增多模糊伴斑片影。",
        pmh="足月顺产，生长发育同同龄儿，按时预防接种。否认药物、食物过敏史。",
        exam="精神稍软，呼吸稍促，无三凹征，咽充血，双肺可闻及中细湿啰音，心音有力，律齐，腹软，神经系统查体无异常。",
        fever=True,
        labs=[
            d.P(f"白细胞 {round(r.uniform(10.5, 17.8), 1)}×10⁹/L"),
            f"C反应蛋白 {r.randint(12, 68)} mg/L",
            d.P("肺炎支原体IgM阳性"),
        ],
        aux="胸片：双肺纹理增粗，右下肺斑片状阴影。",
        dx=["支气管肺炎（" + d.P("J18.0") + "）", "肺炎支原体感染"],
        course=f"入院后予{d.P('阿奇霉素 10mg/kg 静滴 每日1次')}抗感染、雾化吸入、拍背吸痰等治疗，体温于入院第3天降至正常，咳嗽减轻。",
        meds=["阿奇霉素干混悬剂 按体重口服 每日1次（再用2天）", "氨溴特罗口服溶液 每日2次"],
        advice=["多饮水，保持室内空气流通", "1周后儿科门诊复诊", "如再次发热、呼吸急促及时就诊"],
        short="支原体肺炎，体温已平",
        op=None,
        consult=("儿童保健科", "患儿体重偏低，请协助营养评估。"),
        child=True,
    )


def zc_lumbar(r, d, sex, age):
    dur0 = r.randint(2, 12)
    dur1 = r.randint(1, 3)
    lv = r.choice(["L4/5", "L5/S1"])
    return Case(
        dept="脊柱外科",
        ward="骨科三病区（脊柱）",
        cc=f"腰痛伴右下肢放射痛{dur0}月，加重{dur1}周",
        hpi=f"患者{dur0}月前弯腰搬重物后出现腰痛，伴右臀部、大腿后外侧及小腿外侧放射痛，久坐、咳嗽时加重。"
        f"曾行针灸、理疗及口服塞来昔布效果不佳，近{dur1}周疼痛加重，夜间痛醒，行走约{r.randint(100, 300)}米即需休息。",
        pmh="否认高血压、糖尿病史。职业为货车司机。",
        exam=f"腰椎生理曲度变直，{lv}棘突旁压痛并向右下肢放射，右直腿抬高试验{r.randint(30, 45)}°阳性，加强试验阳性，右拇背伸肌力4级。",
        fever=False,
        labs=[d.P(f"VAS评分 {r.randint(6, 8)}分"), f"ODI {r.randint(42, 68)}%"],
        aux=f"腰椎MRI：{lv}椎间盘向右后方突出，压迫右侧神经根。",
        dx=[f"腰椎间盘突出症（{lv}）（" + d.P("M51.2") + "）"],
        course=f"于局麻下行经皮椎间孔镜下{lv}髓核摘除术，术后右下肢放射痛明显缓解，术后第1天佩戴腰围下地行走。",
        meds=[d.P("塞来昔布胶囊 200mg 每日1次"), "（1周）", "甲钴胺片 0.5mg 每日3次"],
        advice=["佩戴腰围4-6周", "3个月内避免弯腰搬重物及久坐", "循序渐进进行腰背肌功能锻炼"],
        short=f"{lv}椎间孔镜术后第1天",
        consult=("疼痛科", "请协助评估术后镇痛方案。"),
        op=Case(
            name=f"经皮椎间孔镜下{lv}髓核摘除术",
            anes="局部麻醉",
            pos="俯卧位",
            finding="突出髓核组织位于神经根腋下，质韧，神经根受压明显充血。",
            steps=f"C臂透视定位{lv}间隙，旁开正中线约12cm进针，逐级置入扩张管及工作套管，镜下以髓核钳摘除突出及游离髓核组织，"
            "射频消融纤维环破口，见神经根松弛、搏动良好，拔除套管，缝合切口1针。",
            loss="约5ml",
            spec="髓核组织送病理",
        ),
    )


def zc_hf(r, d, sex, age):
    dur0 = r.randint(2, 6)
    dur1 = r.randint(3, 10)
    bnp = r.randint(2600, 14800)
    ef = r.randint(24, 38)
    return Case(
        dept="心血管内科",
        ward="心内科一病区",
        cc=f"反复活动后气促{dur0}年，加重伴夜间不能平卧{dur1}天",
        hpi=f"患者{dur0}年前出现活动后气促，诊断为扩张型心肌病、慢性心力衰竭，规律服药。{dur1}天前感冒后气促加重，"
        "夜间需高枕卧位，阵发性夜间呼吸困难，伴双下肢水肿、尿量减少，体重增加约4kg。",
        pmh="扩张型心肌病病史6年，2型糖尿病病史8年。否认冠心病史。",
        exam="端坐位，颈静脉充盈，双肺中下野湿啰音，心界向左下扩大，心尖区可闻及3/6级收缩期吹风样杂音，肝颈静脉回流征阳性，双下肢重度水肿。",
        fever=False,
        labs=[
            d.P(f"NT-proBNP {bnp} pg/mL"),
            f"血钠 {r.randint(128, 136)} mmol/L",
            f"血肌酐 {r.randint(98, 168)} μmol/L",
        ],
        aux=f"心脏超声：全心扩大，LVEF {ef}%，二尖瓣中度反流。胸片：心影增大，双侧少量胸腔积液。",
        dx=["慢性心力衰竭急性失代偿（" + d.P("I50.9") + "）", "扩张型心肌病", "心功能Ⅳ级（NYHA）", "2型糖尿病"],
        course="入院后予利尿、扩血管、沙库巴曲缬沙坦、β受体阻滞剂、SGLT2抑制剂等治疗，尿量增加，体重下降约5kg，水肿消退，可平卧。",
        meds=[
            d.P("沙库巴曲缬沙坦钠片 50mg 每日2次"),
            d.P("呋塞米片 20mg 每日1次"),
            "螺内酯片 20mg 每日1次",
            d.P("达格列净片 10mg 每日1次"),
            "琥珀酸美托洛尔缓释片 23.75mg 每日1次",
        ],
        advice=[
            "每日晨起称体重，3天内增加>2kg及时就诊",
            "限盐<3g/日，限水1.5L/日",
            "2周后心衰门诊随访，复查电解质及肾功能",
        ],
        short=f"心衰失代偿，利尿中，LVEF {ef}%",
        op=None,
        consult=("内分泌科", "患者合并糖尿病，拟加用SGLT2抑制剂，请协助调整降糖方案。"),
    )


def zc_thyroid(r, d, sex, age):
    dur0 = r.randint(1, 4)
    dur1 = r.randint(2, 6)
    return Case(
        dept="甲状腺乳腺外科",
        ward="甲乳外科病区",
        cc=f"体检发现甲状腺结节{dur0}年，增大{dur1}月",
        hpi=f"患者{dur0}年前体检超声发现甲状腺右叶结节，约0.6cm，未处理。近{dur1}月复查提示结节增大至1.5cm，"
        "细针穿刺细胞学示Bethesda Ⅵ类（乳头状癌），BRAF V600E突变阳性。无声音嘶哑、吞咽困难。",
        pmh=f"既往体健。{d.P('桥本甲状腺炎')}病史3年，未治疗。否认颈部放射线暴露史。",
        exam="颈软，气管居中，甲状腺右叶可触及一约1.5cm结节，质硬，随吞咽上下移动，颈部未触及明显肿大淋巴结。",
        fever=False,
        labs=[
            d.P(f"TSH {round(r.uniform(1.2, 4.6), 2)} mIU/L"),
            f"TgAb {r.randint(180, 860)} IU/mL",
            "甲状旁腺激素 4.1 pmol/L",
        ],
        aux="甲状腺超声：右叶中部低回声结节，大小约1.5×1.2cm，纵横比>1，边缘不规则，内见微钙化，TI-RADS 5类。",
        dx=["甲状腺右叶乳头状癌（" + d.P("C73") + "）", "桥本甲状腺炎"],
        course="全麻下行甲状腺全切除+右侧中央区淋巴结清扫术，术中喉返神经监测信号良好，术后声音正常，无手足麻木，复查血钙正常。",
        meds=[d.P("左甲状腺素钠片 100μg 每日1次 晨起空腹"), "碳酸钙D3片 600mg 每日2次"],
        advice=[
            "终身服用左甲状腺素，勿自行停药",
            "术后1个月复查甲功，评估是否需要碘-131治疗",
            "如出现手足麻木及时就诊",
        ],
        short="甲状腺全切术后第1天，无低钙",
        consult=("核医学科", "甲状腺乳头状癌术后，请协助评估碘-131治疗指征。"),
        op=Case(
            name="甲状腺全切除术+右侧中央区淋巴结清扫术",
            anes="气管插管全身麻醉（神经监测导管）",
            pos="仰卧位，肩下垫枕，头后仰",
            finding="甲状腺右叶中部可及约1.5cm质硬结节，左叶弥漫性质韧，右侧中央区见数枚肿大淋巴结。",
            steps="取胸骨切迹上2横指弧形切口长约6cm，游离皮瓣，切开颈白线，显露甲状腺。先行右叶切除，精细被膜解剖，"
            "全程显露并保护右侧喉返神经，原位保留上下甲状旁腺，同法切除左叶及峡部。清扫右侧中央区淋巴脂肪组织。放置引流管。",
            loss="约20ml",
            spec="甲状腺及中央区淋巴结送病理",
        ),
    )


def zc_lung(r, d, sex, age):
    dur0 = r.randint(3, 18)
    return Case(
        dept="胸外科",
        ward="胸外科病区",
        cc=f"体检发现右肺结节{dur0}月",
        hpi=f"患者{dur0}月前体检胸部CT发现右肺上叶磨玻璃结节，约1.0cm，随访复查结节增大至{round(r.uniform(1.6, 2.6), 1)}cm，"
        "实性成分增多，无咳嗽、咯血、胸痛。PET-CT提示右肺上叶高代谢结节，考虑恶性，为手术治疗收入院。",
        pmh="吸烟30年，每日20支。否认高血压、糖尿病史。",
        exam="双侧胸廓对称，双肺呼吸音清，未闻及干湿啰音。锁骨上淋巴结未触及。",
        fever=False,
        labs=[
            d.P(f"FEV1 {round(r.uniform(1.9, 2.8), 2)}L"),
            f"CEA {round(r.uniform(2.1, 9.8), 1)} ng/mL",
            f"DLCO {r.randint(72, 95)}%预计值",
        ],
        aux="胸部增强CT：右肺上叶尖段混合磨玻璃结节，分叶、毛刺征，纵隔淋巴结无肿大。头颅MRI及骨扫描未见转移。",
        dx=["右肺上叶腺癌（" + d.P("C34.1") + "）", "cT1cN0M0 ⅠA3期"],
        course="全麻下行胸腔镜右肺上叶切除+系统性纵隔淋巴结清扫术，术后予雾化、镇痛、鼓励咳嗽排痰，术后第3天拔除胸腔引流管。",
        meds=[d.P("乙酰半胱氨酸泡腾片 0.6g 每日2次"), "洛索洛芬钠片 60mg 必要时"],
        advice=["继续呼吸功能锻炼", "术后1个月复查胸片", "根据病理及基因检测结果决定后续治疗"],
        short="胸腔镜右上肺叶切除术后第2天，胸管引流量少",
        consult=("呼吸与危重症医学科", "请协助评估术前肺功能及围术期呼吸管理。"),
        op=Case(
            name="胸腔镜右肺上叶切除术+纵隔淋巴结清扫术",
            anes="双腔气管插管全身麻醉",
            pos="左侧卧位",
            finding="胸腔无粘连，无胸水，右肺上叶尖段可触及约2cm结节，胸膜轻度凹陷，叶间裂发育尚可。",
            steps="单操作孔胸腔镜，依次处理右上肺静脉、尖前支动脉、后升支动脉，切割闭合器离断右上叶支气管，完整切除右肺上叶。"
            "系统清扫2R、4R、7、10R、11组淋巴结。膨肺检查无漏气，放置胸腔引流管。",
            loss="约50ml",
            spec="右肺上叶及各组淋巴结送病理",
        ),
    )


def zc_pancreatitis(r, d, sex, age):
    dur0 = r.randint(8, 36)
    amy = r.randint(820, 3600)
    return Case(
        dept="消化内科",
        ward="消化内科病区",
        cc=f"饮酒后上腹痛{dur0}小时",
        hpi=f"患者{dur0}小时前大量饮酒后出现上腹部持续性剧痛，向腰背部呈带状放射，伴恶心、频繁呕吐，吐后腹痛不缓解，"
        f"无发热。急诊查血淀粉酶{amy}U/L，腹部CT示胰腺肿胀、周围渗出，以“急性胰腺炎”收入院。",
        pmh=f"高甘油三酯血症病史，未规律治疗。饮酒史{r.randint(10, 25)}年。",
        exam="急性痛苦面容，腹膨隆，上腹部压痛明显，轻度反跳痛，无肌紧张，肠鸣音减弱，Grey-Turner征、Cullen征阴性。",
        fever=False,
        labs=[
            d.P(f"血淀粉酶 {amy} U/L"),
            d.P(f"甘油三酯 {round(r.uniform(5.8, 21.0), 1)} mmol/L"),
            f"血钙 {round(r.uniform(1.9, 2.3), 2)} mmol/L",
        ],
        aux="腹部增强CT：胰腺弥漫性肿大，胰周渗出，左肾前间隙少量积液，无坏死。CT严重指数3分。",
        dx=["急性胰腺炎（中度重症）（" + d.P("K85.9") + "）", "高甘油三酯血症"],
        course="入院后予禁食、胃肠减压、积极液体复苏、抑酸抑酶、镇痛等治疗，腹痛逐渐缓解，第4天开始经鼻空肠管肠内营养，后过渡至低脂流质。",
        meds=[d.P("非诺贝特胶囊 200mg 每日1次"), "胰酶肠溶胶囊 0.3g 每日3次 随餐"],
        advice=["严格戒酒", "低脂饮食", "1个月后复查血脂及腹部CT"],
        short="急性胰腺炎，已恢复肠内营养",
        op=None,
        consult=("内分泌科", "高甘油三酯血症诱发胰腺炎，请协助调脂治疗。"),
    )


def zc_parkinson(r, d, sex, age):
    dur0 = r.randint(3, 8)
    return Case(
        dept="神经内科",
        ward="神经内科二病区",
        cc=f"右手静止性震颤{dur0}年，行走不稳、反复跌倒{r.randint(1, 6)}月",
        hpi=f"患者{dur0}年前出现右手静止性抖动，后逐渐累及右下肢及左侧，伴动作迟缓、写字变小，诊断为{d.P('帕金森病')}，"
        "服用多巴丝肼治疗，效果逐渐减退，出现“剂末现象”。近期行走时冻结步态明显，1月内跌倒3次。",
        pmh="便秘多年，嗅觉减退5年。否认高血压、糖尿病史。",
        exam="面具脸，言语低沉，四肢齿轮样肌张力增高，右侧为著，双手静止性震颤，后拉试验阳性，慌张步态。",
        fever=False,
        labs=[d.P(f"MDS-UPDRS Ⅲ {r.randint(28, 52)}分"), f"MMSE {r.randint(24, 29)}分", "H-Y分期 3期"],
        aux="头颅MRI：未见明显异常。",
        dx=[d.P("帕金森病") + "（" + d.P("G20") + "）", "运动波动", "跌倒高风险"],
        course="入院后调整抗帕金森方案，加用恩他卡朋并分次给药，开展平衡训练及防跌倒宣教，关期时间缩短。",
        meds=[
            d.P("多巴丝肼片 125mg 每日4次"),
            d.P("恩他卡朋片 0.2g 每日4次（与多巴丝肼同服）"),
            "普拉克索缓释片 0.375mg 每日1次",
        ],
        advice=["按时服药，餐前1小时服用多巴丝肼", "居家防跌倒（扶手、防滑垫）", "3个月后运动障碍门诊复诊"],
        short="帕金森病运动波动，防跌倒",
        op=None,
        consult=("康复医学科", "请协助平衡及步态训练。"),
    )


# (function, sex or None, youngest, oldest)
ZH_CASES = [
    (zc_stemi, None, 45, 82),
    (zc_t2dm, None, 35, 76),
    (zc_cap, None, 22, 86),
    (zc_copd, "M", 60, 86),
    (zc_appendix, None, 15, 60),
    (zc_gallstone, None, 30, 72),
    (zc_stroke, None, 52, 86),
    (zc_hip, None, 66, 93),
    (zc_breast, "F", 34, 70),
    (zc_gastric, None, 48, 80),
    (zc_ckd, None, 40, 80),
    (zc_ugib, None, 30, 80),
    (zc_cesarean, "F", 24, 40),
    (zc_peds, None, 1, 9),
    (zc_lumbar, None, 28, 62),
    (zc_hf, None, 55, 90),
    (zc_thyroid, None, 24, 60),
    (zc_lung, None, 48, 78),
    (zc_pancreatitis, None, 28, 62),
    (zc_parkinson, None, 58, 86),
]
ZH_MEDICAL = [
    c
    for c in ZH_CASES
    if c[0] in (zc_stemi, zc_t2dm, zc_cap, zc_copd, zc_stroke, zc_ckd, zc_ugib, zc_hf, zc_pancreatitis, zc_parkinson)
]
ZH_WARDS = {
    "medical": ["综合内科病区", "老年医学科病区", "内科二病区", "心肾内科联合病区"],
    "surgical": ["外科综合病区", "普外科一病区", "骨科与甲乳外科联合病区", "外科三病区"],
}
ZH_SURGICAL = [
    c
    for c in ZH_CASES
    if c[0] in (zc_appendix, zc_gallstone, zc_hip, zc_breast, zc_gastric, zc_cesarean, zc_lumbar, zc_thyroid, zc_lung)
]


# ---------------------------------------------------------------------------------------------------------
# clinical content: English cases


def en_obs(r, d, fever=False, bp=None):
    t = round(r.uniform(38.1, 39.3) if fever else r.uniform(36.3, 37.2), 1)
    s = bp or (r.randint(98, 172), r.randint(56, 98))
    bps = d.P(f"BP {s[0]}/{s[1]}")
    return f"HR {r.randint(64, 118)}, {bps}, RR {r.randint(14, 26)}, SpO2 {r.randint(90, 99)}% on {r.choice(['air', '2L NC', '28% Venturi'])}, T {t}"


def ec_nstemi(r, d, sex, age):
    trop = r.randint(180, 4200)
    return Case(
        spec="Cardiology",
        ward="Coronary Care Unit",
        pc="central chest pain",
        hpc=f"{r.randint(2, 10)} hours of central, pressure-like chest pain radiating to the left arm, onset at rest, with "
        "sweating and nausea. Partial relief with GTN spray from the ambulance crew. No previous similar episodes.",
        pmh="Type 2 diabetes (diet controlled), hypertension, hypercholesterolaemia. Ex-smoker (30 pack-years).",
        exam="Comfortable at rest. HS I+II+0. Chest clear. No peripheral oedema. Radial pulses equal.",
        fever=False,
        bloods=[
            d.P(f"hs-troponin T {trop} ng/L"),
            f"Hb {r.randint(118, 156)} g/L",
            d.P(f"HbA1c {r.randint(52, 78)} mmol/mol"),
            f"K+ {round(r.uniform(3.6, 4.9), 1)}",
        ],
        imaging=f"ECG: {r.choice(['ST depression V4-V6', 'T wave inversion in I, aVL', 'ST depression II, III, aVF'])}. "
        f"Echo: LVEF {r.randint(40, 55)}% with inferior hypokinesia. Angiogram: severe mid-RCA stenosis, stented (1 x DES).",
        dx=["NSTEMI (" + d.P("I21.4") + ")", "Type 2 diabetes", "Hypertension"],
        course="Loaded with aspirin and ticagrelor, fondaparinux started. Inpatient angiography on day 2 with PCI to RCA via right radial. "
        "Uneventful recovery, mobilising independently, seen by cardiac rehab nurse.",
        meds=[
            d.P("aspirin 75 mg once daily"),
            d.P("ticagrelor 90 mg twice daily (12 months)"),
            d.P("atorvastatin 80 mg at night"),
            "bisoprolol 2.5 mg once daily",
            "ramipril 2.5 mg once daily (titrate)",
            "GTN spray PRN",
        ],
        plan=[
            "Cardiac rehabilitation referral made",
            "U&E in 1-2 weeks after ramipril uptitration",
            "Cardiology clinic in 6-8 weeks",
            "DVLA: no driving for 1 week after successful PCI",
        ],
        short="NSTEMI, post PCI to RCA day 1, radial site OK",
        op=None,
        mdt="Multi-vessel disease on angiogram - heart team review for CABG versus staged PCI?",
    )


def ec_cap(r, d, sex, age):
    crp = r.randint(120, 340)
    return Case(
        spec="Acute Medicine",
        ward="Acute Medical Unit",
        pc="fever, productive cough and breathlessness",
        hpc=f"{r.randint(3, 7)} days of cough productive of rusty sputum, fevers and rigors, now breathless walking to the bathroom. "
        "Right-sided pleuritic chest pain. Given amoxicillin by the GP two days ago without improvement.",
        pmh="Asthma (well controlled), hay fever. No previous admissions.",
        exam="Flushed, speaking in full sentences. Bronchial breathing and coarse crackles right base. Dull to percussion right base.",
        fever=True,
        bloods=[
            d.P(f"CRP {crp} mg/L"),
            d.P(f"WCC {round(r.uniform(13.0, 24.0), 1)}"),
            f"urea {round(r.uniform(5.0, 9.5), 1)}",
            "lactate 1.9",
        ],
        imaging="CXR: right lower lobe consolidation with small parapneumonic effusion. Pneumococcal urinary antigen positive.",
        dx=["Community-acquired pneumonia, CURB-65 of 2 (" + d.P("J18.1") + ")", "Small parapneumonic effusion"],
        course=f"Treated with {d.P('co-amoxiclav 1.2 g IV three times daily')} plus clarithromycin, switched to oral on day 3 once afebrile. "
        "Effusion too small to tap on ultrasound. Oxygen weaned off by day 4.",
        meds=[d.P("co-amoxiclav 625 mg three times daily"), "to complete 7 days in total", "salbutamol inhaler PRN"],
        plan=["Repeat CXR in 6 weeks to confirm resolution", "Return if fevers recur or breathlessness worsens"],
        short="RLL CAP, afebrile, IV to oral switch done",
        op=None,
        mdt="Persistent effusion despite antibiotics - pleural team opinion?",
    )


def ec_copd(r, d, sex, age):
    return Case(
        spec="Respiratory Medicine",
        ward="Ward 22",
        pc="worsening breathlessness and wheeze",
        hpc=f"Known severe COPD (FEV1 {r.randint(28, 45)}% predicted). {r.randint(3, 8)} days of increased breathlessness, wheeze and "
        "change in sputum colour. Used rescue pack at home without benefit. Usually walks 50 yards on the flat.",
        pmh="COPD, cor pulmonale, osteoporosis, depression. Smoker - still 10 per day.",
        exam="Tripoding, using accessory muscles, widespread expiratory wheeze, reduced air entry bilaterally. Ankle oedema.",
        fever=False,
        bloods=[
            d.P(f"pH {round(r.uniform(7.26, 7.33), 2)}"),
            d.P(f"pCO2 {round(r.uniform(7.1, 9.4), 1)} kPa"),
            f"pO2 {round(r.uniform(6.9, 8.2), 1)} kPa",
            f"HCO3 {r.randint(30, 36)}",
        ],
        imaging="CXR: hyperexpanded lungs, no consolidation, no pneumothorax.",
        dx=["Infective exacerbation of COPD (" + d.P("J44.1") + ")", "Acute on chronic type 2 respiratory failure"],
        course="Required NIV for 36 hours on the respiratory support unit. Nebulised salbutamol and ipratropium, "
        f"{d.P('prednisolone 30 mg once daily')} for 5 days, doxycycline. Weaned off NIV, target saturations 88-92%.",
        meds=[
            d.P("prednisolone 30 mg once daily"),
            "(to complete 5 days)",
            d.P("Trimbow 2 puffs twice daily"),
            "doxycycline 100 mg once daily",
        ],
        plan=[
            "Pulmonary rehabilitation referral",
            "Smoking cessation service - accepted",
            "Respiratory nurse home visit within 2 weeks",
            "Escalation plan discussed: for NIV, not for intubation",
        ],
        short="COPD T2RF, off NIV, sats target 88-92%",
        op=None,
        mdt="Consider long-term home NIV - sleep/ventilation team?",
    )


def ec_dka(r, d, sex, age):
    return Case(
        spec="Diabetes and Endocrinology",
        ward="Ward 7B",
        pc="vomiting, abdominal pain and drowsiness",
        hpc="Type 1 diabetic with 24 hours of vomiting after a viral illness; stopped insulin because not eating. "
        "Increasingly drowsy, Kussmaul breathing noted by paramedics.",
        pmh=f"Type 1 diabetes since age {r.randint(8, 16)}, on basal-bolus insulin. Two previous DKA admissions. Coeliac disease.",
        exam="Dry mucous membranes, ketotic breath, GCS 14/15, abdomen soft with diffuse tenderness.",
        fever=False,
        bloods=[
            d.P(f"glucose {round(r.uniform(22.0, 34.0), 1)} mmol/L"),
            d.P(f"ketones {round(r.uniform(4.1, 6.8), 1)} mmol/L"),
            f"pH {round(r.uniform(6.98, 7.18), 2)}",
            f"bicarbonate {r.randint(5, 12)}",
        ],
        imaging="CXR clear. ECG sinus tachycardia, no hyperkalaemic changes.",
        dx=["Diabetic ketoacidosis (" + d.P("E10.1") + ")", "Viral gastroenteritis (precipitant)"],
        course=f"Managed on the DKA protocol with fixed-rate insulin at {d.P('0.1 units/kg/h')}, IV fluids and potassium replacement. "
        "DKA resolved at 14 hours, converted back to subcutaneous insulin, seen by the diabetes specialist nurse.",
        meds=[
            d.P("insulin glargine 22 units at night"),
            d.P("insulin aspart 6-8 units with meals"),
            "ketone meter and strips",
        ],
        plan=[
            "Sick day rules reiterated - never stop basal insulin",
            "Diabetes clinic in 4 weeks",
            "Consider referral for closed-loop system",
        ],
        short="DKA resolved, back on s/c insulin",
        op=None,
        mdt="Recurrent DKA - psychology input?",
    )


def ec_nof(r, d, sex, age):
    side = r.choice(["left", "right"])
    return Case(
        spec="Trauma and Orthopaedics",
        ward="Ward 14 (Care of the Elderly)",
        pc=f"fall with {side} hip pain, unable to weight bear",
        hpc=f"Tripped over a rug at home in the early hours, found on the floor by a neighbour about {r.randint(2, 9)} hours later. "
        f"Unable to weight bear, {side} leg shortened and externally rotated. No head injury, no loss of consciousness.",
        pmh="Atrial fibrillation on apixaban, hypertension, mild cognitive impairment, osteoarthritis knees.",
        exam=f"{side.capitalize()} leg shortened and externally rotated, pain on any movement. Neurovascularly intact distally. AMTS 7/10.",
        fever=False,
        bloods=[d.P(f"Hb {r.randint(98, 132)} g/L"), f"CK {r.randint(400, 2600)}", f"eGFR {r.randint(38, 72)}"],
        imaging=f"X-ray: displaced intracapsular {side} neck of femur fracture (Garden IV).",
        dx=[
            f"Displaced intracapsular fracture of {side} neck of femur (" + d.P("S72.0") + ")",
            "Atrial fibrillation on DOAC",
        ],
        course=f"Apixaban held, {side} hip hemiarthroplasty on day 2 under spinal anaesthetic. Orthogeriatric review: mild post-op delirium "
        "managed with non-pharmacological measures. Mobilising with a frame and one assist by day 4.",
        meds=[
            d.P("apixaban 5 mg twice daily"),
            "(restart 48 hours post-op)",
            d.P("alendronic acid 70 mg once weekly"),
            "Adcal-D3 one tablet twice daily",
            d.P("paracetamol 1 g four times daily"),
        ],
        plan=[
            "Clips out at 14 days by practice nurse",
            "Falls clinic referral",
            "Community physiotherapy",
            "Bone health: DEXA not required, start bisphosphonate",
        ],
        short=f"{side} hemiarthroplasty day 3, mild delirium, frame + 1",
        consult=None,
        mdt=None,
        op=Case(
            name=f"{side.capitalize()} hip hemiarthroplasty (cemented)",
            anaes="Spinal with sedation",
            findings=f"Displaced subcapital fracture. Femoral head measured {r.randint(42, 50)} mm. Good quality bone.",
            procedure="Lateral position. Lateral approach (Hardinge). Capsulotomy, head removed and sized. Neck cut revised. "
            "Canal prepared, cement restrictor, third-generation cementing. Stem and unipolar head inserted, reduced, stable through "
            "full range. Washout. Capsule and abductors repaired. Layered closure, clips to skin.",
            ebl=f"{r.randint(150, 400)} ml",
            post="Full weight bearing as tolerated. Posterior hip precautions not required. Check X-ray today.",
        ),
    )


def ec_appendix(r, d, sex, age):
    return Case(
        spec="General Surgery",
        ward="Surgical Assessment Unit",
        pc="right iliac fossa pain",
        hpc=f"{r.randint(18, 48)} hours of periumbilical pain migrating to the right iliac fossa, anorexia and one episode of vomiting. "
        "Pain worse on walking and going over speed bumps on the way in.",
        pmh="Nil significant. No previous abdominal surgery.",
        exam="Tender RIF with guarding, Rovsing's sign positive, percussion tenderness.",
        fever=True,
        bloods=[d.P(f"WCC {round(r.uniform(12.5, 19.0), 1)}"), d.P(f"CRP {r.randint(40, 180)}"), "beta-hCG negative"],
        imaging="US: non-compressible 9 mm appendix with periappendiceal fluid.",
        dx=["Acute appendicitis (" + d.P("K35.8") + ")"],
        course="Laparoscopic appendicectomy the same evening. Post-op uncomplicated, eating and drinking, discharged day 1.",
        meds=[d.P("paracetamol 1 g four times daily"), "ibuprofen 400 mg three times daily with food (5 days)"],
        plan=[
            "Dissolvable sutures",
            "Histology to be checked by the team; letter if any concerns",
            "Back to work in 2 weeks",
        ],
        short="lap appendix day 1, ready for home",
        mdt=None,
        op=Case(
            name="Laparoscopic appendicectomy",
            anaes="General anaesthetic (ETT)",
            findings="Inflamed, non-perforated appendix with localised turbid fluid in the pelvis. Meckel's diverticulum not seen.",
            procedure="Open Hasson entry at umbilicus, 12 mmHg pneumoperitoneum, two 5 mm ports. Appendix mobilised, mesoappendix "
            "divided with diathermy, base secured with two Endoloops, appendix removed in a bag. Pelvis washed out. "
            "Port sites closed with 2/0 Vicryl to sheath and 4/0 Monocryl to skin.",
            ebl="minimal",
            post="Eat and drink as tolerated. Home tomorrow if well. No antibiotics required.",
        ),
    )


def ec_chole(r, d, sex, age):
    return Case(
        spec="Upper GI Surgery",
        ward="Ward 7B",
        pc="right upper quadrant pain",
        hpc=f"Recurrent biliary colic for {r.randint(3, 18)} months, now {r.randint(2, 4)} days of constant RUQ pain, fevers and nausea.",
        pmh="Obesity (BMI 36), gastro-oesophageal reflux, polycystic ovary syndrome.",
        exam=f"Tender RUQ, {d.P('Murphy sign')} positive, not jaundiced.",
        fever=True,
        bloods=[
            d.P(f"bilirubin {r.randint(8, 30)}"),
            f"ALP {r.randint(90, 240)}",
            f"WCC {round(r.uniform(11.0, 17.0), 1)}",
            "amylase 46",
        ],
        imaging="US: thick-walled gallbladder with multiple calculi and pericholecystic fluid; CBD 5 mm.",
        dx=["Acute calculous cholecystitis (" + d.P("K80.0") + ")"],
        course="IV antibiotics, then index-admission laparoscopic cholecystectomy on day 3. Straightforward recovery.",
        meds=[
            d.P("paracetamol 1 g four times daily"),
            "codeine 30 mg up to four times daily PRN (3 days)",
            "lactulose 10 ml twice daily",
        ],
        plan=[
            "Low-fat diet for a few weeks if symptomatic",
            "No routine follow-up",
            "Return if jaundice, fevers or worsening pain",
        ],
        short="lap chole day 1, tolerating diet",
        mdt=None,
        op=Case(
            name="Laparoscopic cholecystectomy",
            anaes="General anaesthetic",
            findings="Acutely inflamed gallbladder, omentum adherent. Critical view of safety achieved. Multiple small stones.",
            procedure="Four-port technique. Adhesions taken down. Calot's triangle dissected, cystic duct and artery clipped and "
            "divided. Gallbladder dissected off the liver bed with diathermy and extracted in a bag via the epigastric port. "
            "Haemostasis checked. Local anaesthetic to port sites.",
            ebl="20 ml",
            post="Routine post-op care. Eat and drink. Home when comfortable.",
        ),
    )


def ec_stroke(r, d, sex, age):
    side = r.choice(["left", "right"])
    other = "right" if side == "left" else "left"
    nihss = r.randint(4, 14)
    return Case(
        spec="Stroke Medicine",
        ward="Hyperacute Stroke Unit",
        pc=f"sudden {side}-sided weakness and slurred speech",
        hpc=f"Witnessed onset at home at breakfast; {side} arm and face weakness, slurred speech. Arrived within 90 minutes. NIHSS {nihss}.",
        pmh="Hypertension, paroxysmal AF (not anticoagulated - patient declined), previous TIA.",
        exam=f"{side.capitalize()} facial droop, {side} arm 2/5, {side} leg 4/5, dysarthria, no neglect.",
        fever=False,
        bloods=[
            d.P(f"NIHSS {nihss}"),
            f"glucose {round(r.uniform(5.1, 8.9), 1)}",
            f"INR {round(r.uniform(0.9, 1.1), 1)}",
        ],
        imaging=f"CT head: no haemorrhage. CT angiogram: {other} M1 occlusion. Thrombectomy with TICI 2b reperfusion.",
        dx=[
            f"{other.capitalize()} MCA territory ischaemic stroke (" + d.P("I63.4") + ")",
            "Paroxysmal atrial fibrillation",
        ],
        course=f"Thrombolysed with {d.P('alteplase 0.9 mg/kg')} and transferred for mechanical thrombectomy. "
        "Good recovery of arm power over 72 hours. Started on apixaban at day 6 after repeat imaging.",
        meds=[d.P("apixaban 5 mg twice daily"), d.P("atorvastatin 80 mg at night"), "amlodipine 5 mg once daily"],
        plan=[
            "Early supported discharge team",
            "No driving for at least one month",
            "Stroke clinic 6 weeks",
            "Speech and language therapy follow-up",
        ],
        short=f"{other} MCA stroke post thrombectomy, {side} arm 4/5",
        op=None,
        mdt="Suitable for early supported discharge?",
    )


def ec_pe(r, d, sex, age):
    return Case(
        spec="Acute Medicine",
        ward="Acute Medical Unit",
        pc="pleuritic chest pain and breathlessness",
        hpc=f"Sudden onset pleuritic right chest pain {r.randint(1, 4)} days ago, now breathless on stairs. Returned from a long-haul flight last week. "
        "On the combined oral contraceptive pill."
        if sex == "F"
        else f"Sudden onset pleuritic chest pain {r.randint(1, 4)} days ago with breathlessness, three weeks after a knee arthroscopy.",
        pmh="Nil significant.",
        exam="Tachycardic, chest clear, right calf swollen and tender.",
        fever=False,
        bloods=[d.P(f"D-dimer {r.randint(1800, 6400)}"), "troponin 14", "BNP 62"],
        imaging="CTPA: bilateral segmental pulmonary emboli, no right heart strain.",
        dx=["Pulmonary embolism (" + d.P("I26.9") + ")", d.P("Wells score") + " 7.5"],
        course="Started on apixaban, ambulatory pathway criteria met after 24 hours of observation.",
        meds=[d.P("apixaban 10 mg twice daily for 7 days, then 5 mg twice daily"), "(at least 3 months)"],
        plan=[
            "Anticoagulation clinic in 3 months",
            "Stop oestrogen-containing contraception",
            "Return urgently if haemoptysis or collapse",
        ],
        short="bilateral PE, on apixaban, ambulatory",
        op=None,
        mdt=None,
    )


def ec_uti(r, d, sex, age):
    return Case(
        spec="Care of the Elderly",
        ward="Ward 14 (Care of the Elderly)",
        pc="confusion and fever",
        hpc="Brought in from a residential home with two days of increased confusion, poor oral intake and offensive urine. "
        "Usually orientated and walks with a stick.",
        pmh="Vascular dementia (mild), type 2 diabetes, recurrent UTIs, long-term catheter since March.",
        exam="Drowsy but rousable, dry, suprapubic tenderness, catheter draining cloudy urine.",
        fever=True,
        bloods=[
            d.P(f"lactate {round(r.uniform(2.1, 3.8), 1)}"),
            d.P(f"CRP {r.randint(90, 260)}"),
            f"creatinine {r.randint(110, 190)}",
            "Na 131",
        ],
        imaging="CXR clear. Bladder scan: catheter in situ, residual 40 ml.",
        dx=["Urosepsis (" + d.P("A41.9") + ")", "Acute kidney injury stage 1", "Delirium"],
        course=f"Sepsis six within the hour. Catheter changed. {d.P('gentamicin 5 mg/kg')} single dose then co-amoxiclav per sensitivities. "
        "Delirium resolved by day 4, back to baseline per care home staff.",
        meds=[
            "co-amoxiclav 625 mg three times daily (complete 7 days)",
            d.P("metformin 500 mg twice daily"),
            "(restarted day 3)",
        ],
        plan=["Catheter review by continence team", "Repeat U&E in one week", "Update care home care plan"],
        short="urosepsis day 3, delirium settling, catheter changed",
        op=None,
        mdt=None,
    )


def ec_hf(r, d, sex, age):
    return Case(
        spec="Cardiology",
        ward="Ward 22",
        pc="increasing breathlessness and leg swelling",
        hpc=f"Three weeks of progressive exertional breathlessness, orthopnoea (four pillows), PND and leg swelling to the knees. Weight up {r.randint(4, 9)} kg.",
        pmh="Ischaemic cardiomyopathy, previous anterior MI, CKD stage 3a, gout.",
        exam="Raised JVP, bibasal crackles, pitting oedema to the thighs.",
        fever=False,
        bloods=[d.P(f"NT-proBNP {r.randint(3500, 18000)}"), f"creatinine {r.randint(120, 180)}", "K+ 4.8"],
        imaging=f"Echo: LVEF {r.randint(20, 35)}%, moderate functional MR. CXR: cardiomegaly, bilateral effusions, upper lobe diversion.",
        dx=["Acute decompensated heart failure with reduced EF (" + d.P("I50.1") + ")", "CKD 3a"],
        course=f"IV furosemide infusion then boluses with daily weights; net {r.randint(6, 11)} litres off. Sacubitril-valsartan introduced "
        "after a 36-hour ACE inhibitor washout.",
        meds=[
            d.P("furosemide 80 mg once daily"),
            "sacubitril/valsartan 24/26 mg twice daily",
            "bisoprolol 5 mg once daily",
            d.P("dapagliflozin 10 mg once daily"),
            "eplerenone 25 mg once daily",
        ],
        plan=["Heart failure nurse home visit in 1 week", "U&E in 1 week", "Daily weights - call if up 2 kg in 3 days"],
        short="HFrEF off IV diuretics, weight 78 kg",
        op=None,
        mdt="ICD/CRT assessment?",
    )


def ec_bowel(r, d, sex, age):
    return Case(
        spec="Colorectal Surgery",
        ward="Ward 7B",
        pc="abdominal distension, vomiting, absolute constipation",
        hpc="Four days of colicky abdominal pain and distension, not opened bowels or passed flatus for 48 hours, faeculent vomiting today.",
        pmh="Diverticular disease, hypertension, previous hysterectomy."
        if sex == "F"
        else "Diverticular disease, hypertension, AAA under surveillance.",
        exam="Distended, tympanic, tender left iliac fossa with guarding. Tinkling bowel sounds.",
        fever=True,
        bloods=[d.P(f"lactate {round(r.uniform(2.4, 4.5), 1)}"), f"WCC {round(r.uniform(14.0, 22.0), 1)}", "CRP 212"],
        imaging="CT: perforated sigmoid diverticulitis with faecal peritonitis and proximal large bowel obstruction.",
        dx=["Perforated sigmoid diverticulitis with faecal peritonitis (" + d.P("K57.2") + ")"],
        course=f"Emergency laparotomy and {d.P('Hartmann’s procedure')}. Two nights on ITU, then ward. Stoma functioning day 3; "
        "stoma nurse teaching under way.",
        meds=[
            d.P("enoxaparin 40 mg subcutaneously once daily"),
            "(28 days)",
            "paracetamol 1 g four times daily",
            "loperamide PRN",
        ],
        plan=[
            "Stoma nurse community follow-up",
            "Clinic 6 weeks to discuss reversal",
            "Return if stoma output stops or high output",
        ],
        short="Hartmann's day 4, stoma working, off ITU",
        mdt=None,
        op=Case(
            name="Emergency laparotomy, Hartmann's procedure",
            anaes="General anaesthetic, RSI, arterial line",
            findings="Four-quadrant faecal peritonitis from perforated sigmoid diverticulum. Small bowel healthy.",
            procedure="Midline laparotomy. Peritoneal lavage with 6 L warm saline. Sigmoid mobilised, divided at the rectosigmoid "
            "junction with a stapler and proximally at the descending colon. End colostomy fashioned in the left iliac fossa. "
            "Drains to pelvis. Mass closure with loop PDS, clips to skin.",
            ebl="300 ml",
            post="ITU overnight. IV antibiotics 5 days. VTE prophylaxis. Stoma nurse review.",
        ),
    )


def ec_breast(r, d, sex, age):
    return Case(
        spec="Breast Surgery",
        ward="Day Surgery Unit",
        pc="screen-detected breast lesion",
        hpc=f"Screen-detected {r.randint(11, 28)} mm spiculate mass in the upper outer quadrant; core biopsy grade 2 invasive ductal carcinoma, ER 8/8, HER2 negative.",
        pmh="Hypothyroidism. Menopause at 51. Mother had breast cancer in her sixties.",
        exam="Palpable irregular lump 2 cm upper outer quadrant, no palpable axillary nodes.",
        fever=False,
        bloods=["FBC normal", d.P("TSH 2.1")],
        imaging="Axillary ultrasound normal. MRI not required.",
        dx=["Invasive ductal carcinoma, grade 2, ER positive, HER2 negative (" + d.P("C50.4") + ")"],
        course="Wire-guided wide local excision and sentinel lymph node biopsy as a day case.",
        meds=[d.P("letrozole 2.5 mg once daily"), "(to start after radiotherapy planning)", "paracetamol 1 g PRN"],
        plan=[
            "Results clinic in 2 weeks",
            "Oncology referral for radiotherapy",
            "Breast care nurse contact number provided",
        ],
        short="WLE + SLNB day case",
        mdt="Post-op MDT: margins and nodal status, adjuvant therapy",
        op=Case(
            name="Wire-guided wide local excision and sentinel lymph node biopsy",
            anaes="General anaesthetic (LMA)",
            findings="Lesion localised by wire. Two blue/hot sentinel nodes in the axilla.",
            procedure="Periareolar incision. Wide local excision with orientation clips and sutures. Specimen X-ray confirmed lesion "
            "and wire. Separate axillary incision, two sentinel nodes retrieved. Cavity shaved superiorly. Subcuticular closure.",
            ebl="minimal",
            post="Home today. Wear a supportive bra. Blue urine expected from the dye.",
        ),
    )


def ec_lungca(r, d, sex, age):
    return Case(
        spec="Respiratory Medicine",
        ward="Ward 22",
        pc="haemoptysis and weight loss",
        hpc=f"Six weeks of intermittent haemoptysis, {r.randint(5, 12)} kg weight loss and fatigue. 45 pack-year smoker.",
        pmh="COPD, peripheral vascular disease.",
        exam="Clubbing, no lymphadenopathy, reduced breath sounds left apex.",
        fever=False,
        bloods=[d.P(f"calcium {round(r.uniform(2.3, 2.8), 2)}"), "Hb 121", "ALP 140"],
        imaging="CT: 4.2 cm left upper lobe mass with ipsilateral hilar nodes. PET: avid mass and nodes, no distant disease.",
        dx=["Non-small cell lung cancer, squamous, T2bN1M0 (" + d.P("C34.1") + ")"],
        course="EBUS-TBNA confirmed squamous cell carcinoma with N1 disease.",
        meds=["Trimbow 2 puffs twice daily"],
        plan=["Lung function and CPET for surgical fitness", "Discuss at lung MDT"],
        short="LUL squamous NSCLC work-up",
        op=None,
        mdt="Fit for lobectomy versus radical radiotherapy?",
    )


def ec_crohns(r, d, sex, age):
    return Case(
        spec="Gastroenterology",
        ward="Ward 22",
        pc="bloody diarrhoea and abdominal pain",
        hpc=f"Known {d.P('Crohn’s disease')} (ileocolonic). {r.randint(2, 6)} weeks of up to {r.randint(8, 14)} loose stools a day, blood, nocturnal "
        "urgency and weight loss.",
        pmh="Crohn's diagnosed at 19, previous right hemicolectomy, iron deficiency.",
        exam="Pale, tender lower abdomen, no peritonism, perianal skin tags.",
        fever=True,
        bloods=[
            d.P(f"faecal calprotectin {r.randint(800, 2500)}"),
            d.P(f"albumin {r.randint(24, 32)}"),
            "CRP 88",
            "Hb 98",
        ],
        imaging="MR enterography: active neo-terminal ileal and colonic inflammation, no abscess or fistula.",
        dx=["Acute flare of Crohn's disease (" + d.P("K50.8") + ")"],
        course="IV hydrocortisone 100 mg four times daily, VTE prophylaxis, stool cultures negative. Responded by day 5, "
        "infliximab started, transitioned to oral steroid taper.",
        meds=[
            d.P("prednisolone 40 mg once daily, reducing by 5 mg weekly"),
            "infliximab 5 mg/kg (week 2 and 6 dosing)",
            "ferric derisomaltose infusion given",
        ],
        plan=["IBD nurse telephone review in 1 week", "IBD clinic 6 weeks", "Bone protection while on steroids"],
        short="Crohn's flare, day 5 IV steroids, infliximab loaded",
        op=None,
        mdt="IBD MDT: surgery versus escalation?",
    )


def ec_asthma_child(r, d, sex, age):
    return Case(
        spec="Paediatrics",
        ward="Children's Ward (Puffin Ward)",
        pc="wheeze and increased work of breathing",
        hpc="Two days of coryza, then wheeze and breathlessness overnight not responding to 10 puffs of salbutamol at home.",
        pmh="Asthma, eczema, egg allergy. Immunisations up to date.",
        exam="Subcostal recession, widespread wheeze, able to speak in short sentences.",
        fever=False,
        bloods=[d.P(f"peak flow {r.randint(45, 65)}% predicted"), d.P(f"SpO2 {r.randint(91, 94)}% in air")],
        imaging="No CXR required.",
        dx=["Acute moderate asthma exacerbation (" + d.P("J45.9") + ")"],
        course=f"Burst therapy of salbutamol and ipratropium, {d.P('oral prednisolone 1 mg/kg')} for 3 days, weaned to 4-hourly salbutamol.",
        meds=[
            "salbutamol via spacer, weaning plan given",
            "prednisolone 20 mg once daily (2 more days)",
            "beclometasone 100 micrograms twice daily",
        ],
        plan=["GP review within 48 hours", "Asthma action plan updated", "School asthma card"],
        short="asthma, 4-hourly salbutamol, ready for home",
        op=None,
        mdt=None,
        child=True,
    )


def ec_overdose(r, d, sex, age):
    return Case(
        spec="Emergency Medicine",
        ward="Clinical Decision Unit",
        pc="deliberate overdose",
        hpc=f"Took {r.randint(24, 48)} x 500 mg paracetamol tablets over about an hour after an argument at home, then told a friend.",
        pmh="Anxiety, previous self-harm (cutting) aged 15.",
        exam="Alert, GCS 15, no stigmata of liver disease, superficial healed scars left forearm.",
        fever=False,
        bloods=[d.P(f"4-hour paracetamol level {r.randint(110, 240)} mg/L"), f"ALT {r.randint(18, 60)}", "INR 1.0"],
        imaging="Not required.",
        dx=["Intentional paracetamol overdose (" + d.P("T39.1") + ")"],
        course="Acetylcysteine (SNAP regimen) started. Liver function normal at completion. Seen by the liaison psychiatry team.",
        meds=["none new"],
        plan=["Liaison psychiatry follow-up", "Crisis team contact details given", "GP informed"],
        short="POD, NAC complete, awaiting psych",
        op=None,
        mdt=None,
    )


EN_CASES = [
    (ec_nstemi, None, 45, 84),
    (ec_cap, None, 20, 80),
    (ec_copd, None, 58, 84),
    (ec_dka, None, 17, 45),
    (ec_nof, None, 68, 96),
    (ec_appendix, None, 16, 55),
    (ec_chole, None, 28, 70),
    (ec_stroke, None, 50, 88),
    (ec_pe, None, 24, 70),
    (ec_uti, None, 76, 96),
    (ec_hf, None, 58, 90),
    (ec_bowel, None, 50, 85),
    (ec_breast, "F", 48, 74),
    (ec_lungca, None, 55, 82),
    (ec_crohns, None, 19, 45),
    (ec_asthma_child, None, 4, 12),
    (ec_overdose, None, 16, 30),
]
EN_MEDICAL = [
    c
    for c in EN_CASES
    if c[0] in (ec_nstemi, ec_cap, ec_copd, ec_dka, ec_stroke, ec_pe, ec_uti, ec_hf, ec_crohns, ec_overdose)
]
EN_WARDS_BY = {
    "medical": ["Acute Medical Unit", "Ward 14 (Care of the Elderly)", "Ward 22", "Victoria Ward"],
    "surgical": ["Surgical Assessment Unit", "Ward 7B", "Nightingale Ward", "Elm Ward"],
}
EN_SURGICAL = [c for c in EN_CASES if c[0] in (ec_nof, ec_appendix, ec_chole, ec_bowel, ec_breast)]


# ---------------------------------------------------------------------------------------------------------
# shared context of one document


def merge_meds(meds):
    """Fold continuation entries such as '（8周）' or '(to complete 5 days)' into the drug before them."""
    out = []
    for med in meds or []:
        if out and med[:1] in "（(":
            out[-1] = f"{out[-1]} {med}"
        else:
            out.append(med)
    return out


def dob_for_age(r, age, when):
    while True:
        dob = when - dt.timedelta(days=age * 365 + r.randint(0, 364))
        if age_at(dob, when) == age:
            return dob


def kin(r, pat, rel, taken):
    """A Chinese relative; blood relatives on the father's side share the surname."""
    same = rel in ("父亲", "哥哥", "弟弟", "姐姐", "妹妹", "祖父", "叔叔") or (
        rel in ("儿子", "女儿", "孙子") and pat.sex == "M"
    )
    sex = "F" if rel in ("母亲", "妻子", "女儿", "姐姐", "妹妹", "孙女", "儿媳") else "M"
    while True:
        if same and pat.sur:
            g = (
                r.choice(list(GIVEN2_M if sex == "M" else GIVEN2_F))
                if r.random() < 0.8
                else r.choice(list(GIVEN1_M if sex == "M" else GIVEN1_F))
            )
            pool = {**GIVEN2_M, **GIVEN2_F, **GIVEN1_M, **GIVEN1_F}
            p = ZhPerson(pat.sur + g, pat.sur, g, sex, pat.sur_py, pool[g])
            if pat.trad:
                p.full, p.giv, p.trad = to_trad(p.full), to_trad(g), True
        elif not pat.sur and r.random() < 0.85:
            p = zh_person(r, sex, kind="minority")
        else:
            p = zh_person(
                r, sex, kind=r.choice(["common", "common", "common", "single", "rare", "double"]), trad=pat.trad
            )
        if p.full not in taken and (p.giv or p.full) not in taken:
            taken.update({p.full, p.giv or p.full})
            return p


def en_kin(r, pat, rel, taken):
    sex = "F" if rel in ("wife", "daughter", "mother", "sister", "niece", "granddaughter") else "M"
    if rel == "partner":
        sex = r.choice("MF")
    while True:
        p = en_person(r, sex)
        if (
            rel in ("daughter", "son", "wife", "husband", "brother", "sister", "father")
            and r.random() < 0.75
            and not pat.zh
        ):
            p = EnPerson(p.given, pat.sur, sex)
        if p.given not in taken and p.full not in taken:
            taken.update({p.given, p.full})
            return p


def zh_ctx(r, d, surgical=False, entry=None):
    fn, sx, lo, hi = entry or r.choice(ZH_SURGICAL if surgical else ZH_CASES)
    x = Case(lang="zh")
    x.sex = sx or r.choice("MF")
    x.age = r.randint(lo, hi)
    x.adm = rand_date(r, 2022, 2024) + dt.timedelta(days=r.randint(0, 180))
    x.dob = dob_for_age(r, x.age, x.adm)
    x.pat = zh_person(r, x.sex, trad=r.random() < 0.08)
    x.case = fn(r, d, x.sex, x.age)
    x.case.meds = merge_meds(x.case.meds)
    x.child = bool(x.case.child)
    x.hosp = r.choice([h for h in ZH_HOSPITALS if "妇幼" not in h or x.case.dept in ("产科", "儿科")])
    x.bed = r.randint(1, 46)
    x.los = r.randint(4, 15)
    x.dis = x.adm + dt.timedelta(days=x.los)
    x.mrn = zh_record(r, "住院号")
    x.city = r.choice(ZH_CITIES)
    x.addr = zh_address(r, x.city)
    x.phone = zh_mobile(r)
    x.landline = zh_landline(r, x.city[3])
    x.rid = resident_id(r, x.dob, x.sex)
    taken = {x.pat.full, x.pat.giv or x.pat.full}
    staff = []
    while len(staff) < 11:
        p = zh_person(r, kind=r.choice(["common"] * 6 + ["single"] * 2 + ["rare", "double", "word", "minority"]))
        if p.full in taken or (p.giv or p.full) in taken:
            continue
        taken.update({p.full, p.giv or p.full})
        staff.append(p)
    x.st = Case(
        zip(
            ["chief", "attending", "resident", "nurse", "head", "pharm", "anes", "asst", "scrub", "intern", "other"],
            staff,
        )
    )
    x.taken = taken
    x.kin = {}
    return x


ZH_EN_REL = {
    "女儿": "daughter",
    "儿子": "son",
    "妻子": "wife",
    "丈夫": "husband",
    "母亲": "mother",
    "父亲": "father",
    "哥哥": "brother",
    "弟弟": "brother",
    "姐姐": "sister",
    "妹妹": "sister",
}


def zh_rel(r, x, rel):
    if rel not in x.kin:
        husband = x.kin.get("丈夫")
        if x.pat.zh and rel in ("儿子", "女儿") and husband is not None and husband.sur:
            x.kin[rel] = kin(r, husband, rel if rel == "儿子" else "女儿", x.taken)
        elif x.pat.zh:
            x.kin[rel] = kin(r, x.pat, rel, x.taken)
        else:
            x.kin[rel] = en_kin(r, x.pat, ZH_EN_REL.get(rel, "partner"), x.taken)
    return x.kin[rel]


def sexzh(sex):
    return "男" if sex == "M" else "女"


def en_ctx(r, d, surgical=False, entry=None, pinyin=None):
    fn, sx, lo, hi = entry or r.choice(EN_SURGICAL if surgical else EN_CASES)
    x = Case(lang="en")
    x.sex = sx or r.choice("MF")
    x.age = r.randint(lo, hi)
    x.adm = rand_date(r, 2022, 2024) + dt.timedelta(days=r.randint(0, 180))
    x.dob = dob_for_age(r, x.age, x.adm)
    pinyin = r.random() < 0.1 if pinyin is None else pinyin
    x.pat = pinyin_person(r, x.sex) if pinyin else en_person(r, x.sex)
    x.case = fn(r, d, x.sex, x.age)
    x.case.meds = merge_meds(x.case.meds)
    x.child = bool(x.case.child)
    x.hosp = r.choice(EN_HOSPITALS)
    x.gp_surgery = r.choice(EN_SURGERIES)
    x.los = r.randint(2, 12)
    x.dis = x.adm + dt.timedelta(days=x.los)
    x.mrn = en_record(r)
    x.nhs = nhs_number(r)
    x.addr = uk_address(r)
    x.phone = uk_phone(r)
    x.landline = uk_phone(r, mobile=False)
    taken = {EnView(x.pat).given, EnView(x.pat).sur, x.pat.full}
    staff = []
    while len(staff) < 12:
        p = pinyin_person(r) if r.random() < 0.08 else en_person(r)
        v = EnView(p)
        if v.given in taken or v.sur in taken or v.full in taken:
            continue
        taken.update({v.given, v.sur, v.full})
        staff.append(p)
    x.st = Case(
        zip(
            [
                "consultant",
                "registrar",
                "fy1",
                "nurse",
                "sister",
                "pharm",
                "anaes",
                "asst",
                "scrub",
                "gp",
                "sw",
                "other",
            ],
            staff,
        )
    )
    x.taken = taken
    x.kin = {}
    return x


def en_rel(r, x, rel):
    if rel not in x.kin:
        x.kin[rel] = en_kin(r, x.pat, rel, x.taken)
    return x.kin[rel]


def he_she(x, cap=False):
    w = "she" if x.sex == "F" else "he"
    return w.capitalize() if cap else w


def his_her(x, cap=False):
    w = "her" if x.sex == "F" else "his"
    return w.capitalize() if cap else w


def pick(r, *makers):
    """Call one of several text makers, so that only the chosen one labels anything."""
    return r.choice(makers)()


def numbered(items):
    return "\n".join(f"{i}. {t}" for i, t in enumerate(items, 1))


# ---------------------------------------------------------------------------------------------------------
# Chinese documents

OCCUPATIONS = words(
    "退休工人 农民 中学教师 个体经营 公司职员 货车司机 退休干部 无业 厨师 快递员 会计 环卫工人 保安 工程师 自由职业"
)


def nation_of(p):
    if p.sur:
        return "汉族"
    if "·" in p.full:
        return "维吾尔族"
    if p.full in ("扎西顿珠", "格桑卓玛", "次仁央金", "洛桑嘉措"):
        return "藏族"
    if p.full == "吉克阿依":
        return "彝族"
    return "蒙古族"


def sec(style, label, body):
    if style == 0:
        return f"{label}：{body}"
    if style == 1:
        return f"【{label}】{body}"
    return f"{label}：\n    {body}"


def zh_family(r, d, x, m=""):
    """个人史/婚育史/家族史 that name relatives, as makers so that only what a document shows is labelled."""
    if x.child:
        mother, father = zh_rel(r, x, "母亲"), zh_rel(r, x, "父亲")
        personal = f"第{r.randint(1, 2)}胎第{r.randint(1, 2)}产，足月顺产，出生体重{round(r.uniform(2.9, 3.9), 2)}kg，生长发育同同龄儿。"
        fa, ma, allergy = r.randint(29, 40), r.randint(27, 38), r.choice(["过敏性鼻炎", "支气管哮喘", "湿疹"])
        nick = r.choice(CHILD_NICKS)
        return (
            lambda: personal + f"乳名“{d.nick(nick, '（略）')}”。",
            lambda: "未婚（患儿）。",
            lambda: (
                f"父亲{d.zn(father, '')}，{fa}岁，体健；母亲{d.zn(mother, '')}，{ma}岁，有{allergy}史。否认家族遗传病史。"
            ),
        )
    spouse_rel = "丈夫" if x.sex == "F" else "妻子"
    spouse = zh_rel(r, x, spouse_rel)
    kid_rel = r.choice(["儿子", "女儿"])
    kid = zh_rel(r, x, kid_rel)
    personal = (
        f"生于{x.city[0]}{x.city[1]}，久居本地，{r.choice(OCCUPATIONS)}。无疫区、疫水接触史，无毒物、放射性物质接触史。"
        + r.choice(["吸烟20余年，每日约1包，未戒。", "否认吸烟、饮酒史。", "偶饮酒，已戒烟10年。"])
    )
    married_at, health = r.randint(21, 30), r.choice(["体健", "患有高血压", "已故（车祸）"])
    kids, kid_note = r.choice(["1子", "1女", "1子1女", "2子"]), r.choice(["体健。", "在外地工作。", "为本次陪护人。"])

    name_kid = r.random() < 0.6

    def marital():
        kid_txt = f"，{kid_rel}{d.zn(kid, '')}{kid_note}" if name_kid else "，子女体健。"
        return f"{married_at}岁结婚，{spouse_rel}{d.zn(spouse, '')}{health}，育有{kids}{kid_txt}"

    father = zh_rel(r, x, "父亲")
    mother = zh_rel(r, x, "母亲")
    fam_makers = (
        lambda: (
            f"父亲{d.zn(father, '')}因{r.choice(['胃癌', '脑出血', '肺癌', '心肌梗死'])}去世，"
            f"母亲{d.zn(mother, '')}患有{r.choice(['高血压', '2型糖尿病', '慢性胃炎'])}。"
        ),
        lambda: f"父{d.zn(father, '')}已故（{r.choice(['肝癌', '慢阻肺', '脑梗死'])}），母健在。",
        lambda: f"母亲{d.zn(mother, '')}有糖尿病史，父亲体健。",
    )
    fam_pick = r.choice(fam_makers)
    sib_rel = r.choice(["哥哥", "姐姐", "弟弟", "妹妹"])
    sib = zh_rel(r, x, sib_rel)
    sib_note = r.choice(["有类似病史。", "体健。", "5年前行冠脉支架植入术。"])

    name_sib = r.random() < 0.45

    def family():
        return fam_pick() + (f"{sib_rel}{d.zn(sib, '')}{sib_note}" if name_sib else "") + "否认家族遗传病史。"

    return (lambda: personal), marital, family


def zh_lookalikes(r, d, k=1):
    out = []
    for look, sent in r.sample(ZH_WORDLIKE, k):
        d.P(look)
        out.append(sent)
    return "".join(out)


def zs_admission(r, d):
    x = zh_ctx(r, d)
    c, p, st, m = x.case, x.pat, x.st, d.mz
    sty = r.randrange(3)
    personal, marital, family = zh_family(r, d, x)
    contact_rel = r.choice([k for k in x.kin if k not in ("父亲", "哥哥", "弟弟", "姐姐", "妹妹")] or ["母亲"])
    contact = zh_rel(r, x, contact_rel)
    cphone = zh_mobile(r)
    hdr = [d.P(x.hosp), "入 院 记 录", ""]
    hdr.append(f"姓名：{d.zn(p, m)}　　性别：{sexzh(x.sex)}　　年龄：{d.P(f'{x.age}岁')}　　民族：{nation_of(p)}")
    hdr.append(f"出生日期：{d.dob(zh_dob(r, x.dob), m)}　　身份证号：{d.ident(x.rid, m)}")
    if r.random() < 0.4:
        hdr.append(f"门诊号：{d.mrn(zh_record(r, '门诊号'), m)}　　病案号：{d.mrn(zh_record(r, '病案号'), m)}")
    hdr.append(f"住址：{d.addr(x.addr, m)}")
    hdr.append(
        f"联系电话：{d.phone(x.phone, m)}" + (f"　　家庭电话：{d.phone(x.landline, m)}" if r.random() < 0.5 else "")
    )
    hdr.append(
        f"联系人：{d.zn(contact, m)}（{contact_rel}）　{d.phone(cphone, m)}"
        + (f"　联系人地址：{d.addr(zh_address(r), m)}" if r.random() < 0.3 else "")
    )
    hdr.append(f"科室：{d.P(c.dept)}　　病区：{c.ward}　　床号：{d.P(f'{x.bed}床')}　　住院号：{d.mrn(x.mrn, m)}")
    hdr.append(
        f"入院日期：{d.P(zh_date(x.adm, r))}　　病史陈述者：{'患儿母亲' if x.child else '患者本人及' + contact_rel}，可靠"
    )
    body = [
        sec(sty, "主诉", c.cc + "。"),
        sec(
            sty,
            "现病史",
            c.hpi + (f"病程中{'患儿' if x.child else '患者'}精神、睡眠欠佳，食欲下降，大小便如常，体重无明显变化。"),
        ),
        sec(sty, "既往史", c.pmh),
        sec(sty, "个人史", personal()),
        sec(sty, "婚育史", marital()),
        sec(sty, "家族史", family()),
        sec(sty, "体格检查", zh_vitals(r, d, fever=bool(c.fever)) + "。" + c.exam),
        sec(sty, "辅助检查", "；".join(c.labs) + "。" + c.aux),
        sec(sty, "初步诊断", "\n    ".join(f"{i}. {t}" for i, t in enumerate(c.dx, 1))),
    ]
    if r.random() < 0.5:
        body.insert(6, sec(sty, "专科情况", zh_lookalikes(r, d) + "余见体格检查。"))
    sign = pick(
        r,
        lambda: f"住院医师：{d.zn(st.resident, '（签名）')}　　主治医师：{d.zn(st.attending, '（签名）')}",
        lambda: (
            f"医师签名：{d.zn(st.resident, '（签名）')}\n上级医师审核：{d.zn(st.chief, '（签名）')} {d.P('主任医师')}"
        ),
        lambda: f"记录者：{d.zn(st.intern, '（签名）')}（规培）/ 审签：{d.zs(st.attending, '医生', '主治医师')}",
    )
    doc = "\n".join(hdr) + "\n\n" + "\n".join(body) + "\n\n" + sign + f"\n{zh_date(x.adm, style=0)}"
    asks = [
        "帮我把下面这份入院记录整理成结构化摘要（主诉、诊断、需要完善的检查）：",
        "以下是刚从HIS导出的入院记录，请检查一下病史有没有前后矛盾或遗漏的地方。",
        "帮我根据这份入院记录列一个入院首日的诊疗计划。",
        "这份入院记录的初步诊断和ICD编码对吗？帮我核对。",
    ]
    return doc, x, asks, r.choice(["his_export", "emr_print", "copy_paste"])


def zs_discharge(r, d):
    x = zh_ctx(r, d)
    c, p, st, m = x.case, x.pat, x.st, d.mz
    sty = r.randrange(3)
    personal, marital, family = zh_family(r, d, x)
    lines = [d.P(x.hosp) + " " + d.P(c.dept), "出 院 小 结", ""]
    lines.append(
        f"姓名：{d.zn(p, m)}  性别：{sexzh(x.sex)}  年龄：{d.P(f'{x.age}岁')}  住院号：{d.mrn(x.mrn, m)}  床号：{x.bed}"
    )
    if r.random() < 0.85:
        lines.append(f"出生日期：{d.dob(zh_dob(r, x.dob), m)}  医保类型：{r.choice(['城镇职工', '城乡居民', '自费'])}")
    if r.random() < 0.5:
        lines.append(f"身份证号：{d.ident(x.rid, m)}  联系电话：{d.phone(x.phone, m)}")
    if r.random() < 0.4:
        lines.append(f"现住址：{d.addr(x.addr, m)}")
    lines.append(
        f"入院日期：{d.P(zh_date(x.adm, style=1))}  出院日期：{d.P(zh_date(x.dis, style=1))}  住院天数：{d.P(f'{x.los}天')}"
    )
    lines.append(sec(sty, "入院情况", f"{c.cc}。{c.exam}"))
    lines.append(sec(sty, "既往史", c.pmh))
    if r.random() < 0.7:
        lines.append(sec(sty, "家族史", family()))
    lines.append(sec(sty, "入院诊断", "；".join(c.dx)))
    lines.append(
        sec(
            sty,
            "诊疗经过",
            c.course + (d.zs(st.chief, "主任", "") + "查房后同意出院。" if d.phi and r.random() < 0.4 else ""),
        )
    )
    if c.op:
        lines.append(
            sec(
                sty,
                "手术情况",
                f"{zh_date(x.adm + dt.timedelta(days=r.randint(0, 2)), style=0)}行{d.P(c.op.name)}，"
                f"麻醉方式：{c.op.anes}，术者：{d.zn(st.chief, '主任医师')}。",
            )
        )
    lines.append(sec(sty, "出院诊断", "\n    ".join(c.dx)))
    lines.append(
        sec(
            sty,
            "出院情况",
            "一般情况可，生命体征平稳，" + r.choice(["无不适主诉。", "切口愈合良好。", "症状明显缓解。"]),
        )
    )
    lines.append(sec(sty, "出院带药", "\n    ".join(c.meds)))
    lines.append(sec(sty, "出院医嘱", "\n    ".join(f"{i}. {a}" for i, a in enumerate(c.advice, 1))))
    phone_line = (
        f"科室咨询电话见出院须知；如有紧急情况请{d.P('拨打120')}。"
        if r.random() < 0.5
        else f"随访护士：{d.zn(st.nurse, '责任护士')}，联系电话 {d.phone(zh_mobile(r), m)}。"
    )
    lines.append(phone_line)
    lines.append(
        f"主治医师：{d.zn(st.attending, '（签名）')}　　住院医师：{d.zn(st.resident, '（签名）')}　　"
        f"{r.choice(['打印日期', '签发日期'])}：{zh_date(x.dis, style=0)}"
    )
    asks = [
        "请帮我把这份出院小结改写成给家属看的通俗版：",
        "帮我从出院小结里提取出院带药清单，做成表格。",
        "这份出院小结需要发给社区医生，帮我写一段简短的转诊说明。",
        "下面是出院小结，帮我检查用药剂量是否合理：",
    ]
    return "\n".join(lines), x, asks, r.choice(["his_export", "emr_print", "pdf_ocr"])


def zs_consult(r, d):
    x = zh_ctx(r, d)
    c, p, st, m = x.case, x.pat, x.st, d.mz
    cdept, q = c.consult
    when = x.adm + dt.timedelta(days=r.randint(1, 3))
    lines = [
        f"{d.P(x.hosp)}　会诊记录单",
        f"申请科室：{c.dept}　　被邀科室：{d.P(cdept)}　　会诊类型：{r.choice(['普通', '急会诊'])}",
        f"患者：{d.zn(p, m)}，{sexzh(x.sex)}，{x.age}岁，{x.bed}床，住院号{d.mrn(x.mrn, m)}",
        f"申请时间：{zh_date(when, style=1)} {r.randint(8, 17)}:{r.choice(['05', '20', '35', '50'])}",
        f"简要病史：{c.cc}。目前{c.short}。",
        f"目前诊断：{'；'.join(c.dx)}",
        f"会诊目的：{q}",
        f"申请医师：{d.zn(st.resident, '住院医师')}（{d.P('住院医师')}）　联系方式：{d.phone(zh_mobile(r), m)}",
        "",
        "会诊意见：",
    ]
    cons = zh_person(r)
    while cons.full in x.taken:
        cons = zh_person(r)
    x.taken.add(cons.full)
    lines.append(f"    患者病史已阅，床旁查看患者，{zh_vitals(r, d)}。{r.choice(['同意目前诊断。', '诊断基本明确。'])}")
    lines.append(
        "    建议：1. "
        + r.choice(["完善相关检查后再评估；", "目前方案可继续，注意监测；", "可转我科进一步诊治；"])
        + "2. 如病情变化请随时联系"
        + d.zs(cons, "医生", "会诊医生")
        + "；3. 必要时复请会诊。"
    )
    lines.append(f"会诊医师：{d.zn(cons, '（签名）')}（{r.choice(['主治医师', '副主任医师', '主任医师'])}）  {cdept}")
    if d.phi and r.random() < 0.5:
        lines.append(f"（会诊医师手机：{d.phone(zh_mobile(r), m)}）")
    if r.random() < 0.3:
        lines.append(f"会诊意见电子版已发送至申请医师邮箱 {d.email(email_for(r, st.resident, staff=True), m)}")
    x.st.other = cons
    asks = [
        "帮我把下面会诊意见的要点提炼出来，写进今天的病程记录：",
        "这份会诊记录里的建议我们该怎么落实？列个清单。",
        "请把这份会诊单整理成交接给夜班的一句话版本。",
    ]
    return "\n".join(lines), x, asks, r.choice(["his_export", "emr_print"])


def zs_opnote(r, d):
    x = zh_ctx(r, d, surgical=True)
    c, p, st, m = x.case, x.pat, x.st, d.mz
    op = c.op
    day = x.adm + dt.timedelta(days=r.randint(0, 2))
    t0 = r.randint(8, 15)
    lines = [
        d.P(x.hosp),
        "手 术 记 录",
        f"姓名：{d.zn(p, m)}　性别：{sexzh(x.sex)}　年龄：{x.age}岁　科别：{c.dept}　"
        f"床号：{x.bed}　住院号：{d.mrn(x.mrn, m)}"
        + (f"　出生日期：{d.dob(zh_dob(r, x.dob), m)}" if r.random() < 0.4 else ""),
        f"手术日期：{d.P(zh_date(day, style=0))}　开始：{t0}:{r.choice(['00', '15', '30', '45'])}　结束：{t0 + r.randint(1, 3)}:"
        f"{r.choice(['05', '20', '40', '55'])}",
        f"术前诊断：{c.dx[0]}",
        f"术后诊断：{c.dx[0]}",
        f"手术名称：{d.P(op.name)}",
        f"术者：{d.zn(st.chief, '主刀医师')}　一助：{d.zn(st.attending, '一助')}　二助：{d.zn(st.resident, '二助')}",
        f"麻醉方式：{op.anes}　麻醉医师：{d.zn(st.anes, '麻醉医师')}",
        f"器械护士：{d.zn(st.scrub, '器械护士')}　巡回护士：{d.zn(st.nurse, '巡回护士')}",
        "手术经过：",
        f"    麻醉成功后，患者取{op.pos}，常规消毒铺巾。{op.steps}",
        f"术中所见：{op.finding}",
        f"术中出血{op.loss}，未输血。标本：{op.spec}，已向家属展示。",
        "术中患者生命体征平稳，术毕安返" + r.choice(["病房", "麻醉复苏室（PACU）", "ICU"]) + "。",
    ]
    if d.phi and r.random() < 0.6:
        fam_rel = r.choice(["丈夫" if x.sex == "F" else "妻子", "儿子", "女儿"] if not x.child else ["母亲", "父亲"])
        fam = zh_rel(r, x, fam_rel)
        lines.append(
            f"术后已向患者{fam_rel}{d.zn(fam)}交代手术情况，{d.zs(fam, '先生' if fam.sex == 'M' else '女士', '')}"
            f"表示理解。"
        )
    lines.append(
        f"记录者：{d.zn(st.resident, '（签名）')}　审核：{d.zs(st.chief, '主任', '主任医师')}　{zh_date(day, style=0)}"
    )
    asks = [
        "帮我检查这份手术记录的格式和内容是否完整（按病历书写规范）：",
        "请根据这份手术记录写一份术后首次病程记录。",
        "把下面手术记录里的手术步骤改写得更简洁一些。",
    ]
    return "\n".join(lines), x, asks, r.choice(["anes_system", "emr_print", "his_export"])


def zh_title_for(p, r, age=None):
    """A respectful title for a patient, chosen by sex and age."""
    if p.sex == "F":
        return r.choice(["阿姨", "奶奶", "女士"]) if (age or 60) >= 50 else r.choice(["女士", "姐"])
    return r.choice(["大爷", "叔叔", "先生", "师傅"]) if (age or 60) >= 50 else r.choice(["先生", "哥"])


def zs_handover(r, d):
    x = zh_ctx(r, d)
    x.ward_kind = r.choice(["medical", "surgical"])
    x.ward = r.choice(ZH_WARDS[x.ward_kind])
    st, m = x.st, d.mz
    scratch = Doc(r, d.phi)
    n = r.randint(7, 11)
    beds = sorted(r.sample(range(1, 43), n))
    when = x.adm
    shift = r.choice([("白班", "小夜班"), ("小夜班", "大夜班"), ("大夜班", "白班")])
    lines = [
        f"{d.P(x.hosp)}　{x.ward}　护理交接班报告",
        f"日期：{d.P(zh_date(when, style=0))}　{shift[0]}→{shift[1]}",
        f"病区动态：原有{r.randint(30, 42)}人，入院{r.randint(1, 5)}人，出院{r.randint(1, 6)}人，转出{r.randint(0, 2)}人，"
        f"现有{r.randint(30, 42)}人；病危{r.randint(0, 2)}人，病重{r.randint(1, 4)}人，一级护理{r.randint(6, 14)}人，"
        f"今日手术{r.randint(0, 4)}人。",
        "—" * 20,
    ]
    pats, later = [], []
    group = ZH_MEDICAL if x.ward_kind == "medical" else ZH_SURGICAL
    for b in beds:
        fn, sx, lo, hi = r.choice(group)
        sex = sx or r.choice("MF")
        age = r.randint(max(lo, 18), max(hi, 19))
        while True:
            p = zh_person(r, sex)
            if p.full not in x.taken and (p.giv or p.full) not in x.taken:
                x.taken.update({p.full, p.giv or p.full})
                break
        c = fn(r, scratch, sex, age)
        ev = r.sample(
            [
                f"今日{r.choice(['T', 'Tmax'])} {round(r.uniform(36.4, 38.6), 1)}℃，已予物理降温。",
                f"血压波动于{r.randint(130, 168)}/{r.randint(78, 98)}mmHg，遵医嘱调整降压药。",
                "夜间需监测血糖（22:00、03:00）。",
                "明晨空腹抽血，已告知禁食。",
                "跌倒高风险，已悬挂警示标识，床栏已拉起。",
                "留置导尿，尿色清，量可。",
                "压疮高风险，每2小时翻身。",
                "静脉泵入中，注意输液速度。",
                f"引流管通畅，今日引流液约{r.randint(20, 180)}ml，色淡红。",
                "禁食中，已予静脉营养。",
                "对青霉素过敏，已标识。",
                "情绪低落，多次询问费用问题，已安抚。",
                "家属未陪护，请加强巡视。",
            ],
            r.randint(1, 3),
        )
        nm = d.zn(p, "")
        mrn = f"　住院号{d.mrn(zh_record(r, '住院号'), m)}" if r.random() < 0.6 else ""
        lines.append(
            f"{d.P(f'{b}床')}　{nm}{'　' if nm else ''}{sexzh(sex)}　{age}岁{mrn}　{c.dx[0].split('（')[0]}　{c.short}"
        )
        lines.append("    " + "".join(ev))
        if d.phi and r.random() < 0.3:
            rel = kin(r, p, r.choice(["女儿", "儿子", "妻子" if sex == "M" else "丈夫"]), x.taken)
            lines.append(f"    陪护：{d.zn(rel)}，电话{d.phone(zh_mobile(r))}")
        pats.append((b, p, age))
    lines.append("—" * 20)
    b, p, age = r.choice(pats)
    if p.sur and d.phi:
        later.append(f"重点交班：{b}床{d.zs(p, zh_title_for(p, r, age), '')}今晚有手术后首次下床，请协助。")
    b, p, age = r.choice(pats)
    later.append(f"{b}床{d.zn(p, '患者')}家属要求明早与{d.zs(st.attending, '医生', '主管医生')}沟通病情。")
    lines += later
    lines.append(
        (
            f"实习护士{d.zs(st.intern, '', '', pre='小')}，已带教。\n"
            if d.phi and st.intern.sur and r.random() < 0.5
            else ""
        )
        + f"交班护士：{d.zn(st.nurse, '（签名）')}　接班护士：{d.zn(st.scrub, '（签名）')}　"
        f"护士长：{d.zn(st.head, '（签名）')}"
    )
    x.handover = pats
    asks = [
        "下面是我们病区的交班报告，帮我按病情轻重重新排序，列出夜班需要重点关注的患者：",
        "请把这份护理交班整理成表格（床号、诊断、注意事项）。",
        "帮我从交班记录里找出有跌倒或压疮风险的病人。",
    ]
    return "\n".join(lines), x, asks, r.choice(["nursing_system", "whiteboard_photo_ocr", "copy_paste"])


def zs_outpatient(r, d):
    x = zh_ctx(r, d)
    x.pre = True
    c, p, st, m = x.case, x.pat, x.st, d.mz
    mzh = zh_record(r, "门诊号")
    sty = r.randrange(3)
    lines = [
        f"{d.P(x.hosp)}　门诊病历",
        f"姓名：{d.zn(p, m)}　性别：{sexzh(x.sex)}　年龄：{x.age}岁　门诊号：{d.mrn(mzh, m)}",
        f"就诊日期：{d.P(zh_date(x.adm, style=1))}　科别：{c.dept}　{r.choice(['初诊', '复诊'])}",
    ]
    if r.random() < 0.7:
        lines.append(
            f"出生日期：{d.dob(zh_dob(r, x.dob), m)}" + (f"　身份证号：{d.ident(x.rid, m)}" if r.random() < 0.4 else "")
        )
    if r.random() < 0.6:
        lines.append(f"联系电话：{d.phone(x.phone, m)}　住址：{d.addr(x.addr, m)}")
    if r.random() < 0.2:
        lines.append(f"电子邮箱（报告推送）：{d.email(email_for(r, p), m)}")
    lines += [
        sec(sty, "主诉", c.cc),
        sec(sty, "现病史", c.hpi.replace("收入院", "来诊").replace("收入卒中单元", "来诊")),
        sec(sty, "既往史", c.pmh),
        sec(sty, "体格检查", zh_vitals(r, d, bool(c.fever)) + "。" + c.exam),
        sec(sty, "辅助检查", "；".join(c.labs)),
        sec(sty, "诊断", "；".join(c.dx[:2])),
    ]
    plan = r.choice(
        [
            ["建议住院治疗，已开具住院证", "家属表示需商量后决定"],
            [c.meds[0] if c.meds else "对症治疗", "1周后复诊", "不适随诊"],
            ["完善相关检查", c.advice[0], "复诊时携带检查结果"],
        ]
    )
    lines.append(sec(sty, "处理", "；".join(f"{i}.{t}" for i, t in enumerate(plan, 1))))
    if r.random() < 0.5:
        lines.append(zh_lookalikes(r, d))
    lines.append(f"医师签名：{d.zn(st.attending, '（签名）')}")
    asks = [
        "帮我把这份门诊病历整理成规范格式：",
        "根据这份门诊记录，患者需要住院吗？说说理由。",
        "这是今天上午的一份门诊病历，帮我写复诊提醒短信。",
    ]
    return "\n".join(lines), x, asks, r.choice(["outpatient_emr", "copy_paste"])


LAB_ROWS = [
    ("WBC", "白细胞计数", (3.5, 9.5), "×10⁹/L", 1),
    ("NEUT%", "中性粒细胞百分比", (40, 75), "%", 1),
    ("HGB", "血红蛋白", (130, 175), "g/L", 0),
    ("PLT", "血小板计数", (125, 350), "×10⁹/L", 0),
    ("ALT", "丙氨酸氨基转移酶", (9, 50), "U/L", 0),
    ("AST", "天门冬氨酸氨基转移酶", (15, 40), "U/L", 0),
    ("TBIL", "总胆红素", (0, 21), "μmol/L", 1),
    ("ALB", "白蛋白", (40, 55), "g/L", 1),
    ("CREA", "肌酐", (57, 111), "μmol/L", 0),
    ("UREA", "尿素", (3.1, 8.0), "mmol/L", 1),
    ("K", "钾", (3.5, 5.3), "mmol/L", 2),
    ("NA", "钠", (137, 147), "mmol/L", 0),
    ("GLU", "葡萄糖", (3.9, 6.1), "mmol/L", 1),
    ("CRP", "C反应蛋白", (0, 10), "mg/L", 1),
    ("TG", "甘油三酯", (0.5, 1.7), "mmol/L", 2),
]


def lab_value(r, lo, hi, dec):
    v = r.uniform(lo * 0.7, hi * 1.4) if hi > 0 else r.uniform(0, 20)
    return f"{v:.{dec}f}" if dec else str(int(v))


def zs_labreport(r, d):
    x = zh_ctx(r, d)
    c, p, st, m = x.case, x.pat, x.st, d.mz
    rows = r.sample(LAB_ROWS, r.randint(6, 11))
    t = r.randint(7, 10)
    lines = [
        f"{d.P(x.hosp)}检验科　检验报告单　（{r.choice(['生化', '血常规', '急诊生化'])}）",
        f"姓名：{d.zn(p, m)}　性别：{sexzh(x.sex)}　年龄：{x.age}岁　病历号：{d.mrn(x.mrn, m)}　床号：{x.bed}　科别：{c.dept}",
        (f"出生日期：{d.dob(zh_dob(r, x.dob), m)}　" if r.random() < 0.5 else "")
        + f"标本类型：静脉血　样本号：{r.randint(101, 899)}　临床诊断：{c.dx[0].split('（')[0]}",
        f"送检医生：{d.zn(st.resident, '（略）')}　采样时间：{zh_date(x.adm, style=1)} 0{t}:{r.randint(10, 59)}　"
        f"报告时间：{zh_date(x.adm, style=1)} {t + 2}:{r.randint(10, 59)}",
        "",
        "代号　项目名称　结果　参考区间　单位",
    ]
    for code, name, (lo, hi), unit, dec in rows:
        v = lab_value(r, lo, hi, dec)
        flag = "↑" if float(v) > hi else ("↓" if float(v) < lo else "")
        row = f"{code}　{name}　{v}{flag}　{lo}-{hi}　{unit}"
        lines.append(d.P(row) if flag and r.random() < 0.5 else row)
    lines += [
        "",
        f"检验者：{d.zn(st.intern, '（签名）')}　审核者：{d.zn(st.other, '（签名）')}",
        "备注：本报告仅对所检测标本负责。如有疑问请于报告发出后7日内咨询检验科。",
    ]
    asks = [
        "帮我解读一下这份化验单，哪些指标异常、可能提示什么？",
        "把下面检验报告里的异常值挑出来：",
        "这份报告是患者家属拍照发给我的，帮我转成文字并标注异常。",
    ]
    return "\n".join(lines), x, asks, r.choice(["lis_export", "photo_ocr"])


def zs_rx(r, d):
    x = zh_ctx(r, d)
    c, p, st, m = x.case, x.pat, x.st, d.mz
    kind = r.choice(["普通", "急诊", "麻、精一"])
    lines = [
        f"{d.P(x.hosp)}　处 方 笺　　【{kind}】",
        f"费别：{r.choice(['自费', '医保', '公费'])}　　处方编号：{r.choice('ABC')}-{r.randint(11, 999)}",
        f"科别：{c.dept}　　门诊/住院号：{d.mrn(x.mrn, m)}　　开具日期：{d.P(zh_date(x.dis, style=1))}",
        f"姓名：{d.zn(p, m)}　　性别：{sexzh(x.sex)}　　年龄：{x.age}岁"
        + (f"　　体重：{r.randint(12, 30)}kg" if x.child else "")
        + (f"　　出生日期：{d.dob(zh_dob(r, x.dob), m)}" if x.child or r.random() < 0.3 else ""),
        f"临床诊断：{'；'.join(c.dx[:2])}",
        "Rp:",
    ]
    for i, med in enumerate(c.meds, 1):
        lines.append(f"  {i}. {med}")
    if kind == "麻、精一":
        drug = d.P("盐酸羟考酮缓释片 10mg 每12小时1次")
        lines.append(f"  {len(c.meds) + 1}. {drug}　×{r.choice([7, 10, 14])}天")
        agent_rel = r.choice(["女儿", "儿子", "妻子" if x.sex == "M" else "丈夫"])
        agent = zh_rel(r, x, agent_rel)
        adob = dob_for_age(r, r.randint(25, 60), x.dis)
        lines.append(f"患者身份证号：{d.ident(x.rid, m)}")
        lines.append(
            f"代办人：{d.zn(agent, m)}（{agent_rel}）　代办人身份证号：{d.ident(resident_id(r, adob, agent.sex), m)}"
        )
    lines += [
        f"医师：{d.zn(st.attending, '（签章）')}　　审核药师：{d.zn(st.pharm, '（签章）')}　　调配：{d.zn(st.intern, '（签章）')}"
        f"　　核对/发药：{d.zs(st.pharm, '药师', '药师')}",
        f"药品金额：{r.randint(38, 960)}.{r.randint(10, 99)}元",
        "注：处方当日有效；" + d.P("中药饮片") + "须另开处方。",
    ]
    asks = [
        "请审核这张处方，看看有没有相互作用或剂量问题：",
        "帮我把这张处方上的用法写成患者能看懂的服药时间表。",
        "这张处方能否在社区药房配到？帮我列出药品通用名。",
    ]
    return "\n".join(lines), x, asks, r.choice(["pharmacy_system", "photo_ocr"])


def zs_referral(r, d):
    x = zh_ctx(r, d)
    c, p, st, m = x.case, x.pat, x.st, d.mz
    down = r.random() < 0.5
    comm = r.choice(["东城区社区卫生服务中心", "青山县人民医院", "南湖区人民医院"])
    src, dst = (x.hosp, comm) if down else (comm, x.hosp)
    doc_out = st.other if not down else st.attending
    lines = [
        f"双向转诊单（{'下转' if down else '上转'}）",
        f"转出单位：{d.P(src)}　→　接收单位：{d.P(dst)}",
        f"患者姓名：{d.zn(p, m)}　性别：{sexzh(x.sex)}　年龄：{x.age}岁　民族：{nation_of(p)}",
        f"出生日期：{d.dob(zh_dob(r, x.dob), m)}　身份证号：{d.ident(x.rid, m)}　联系电话：{d.phone(x.phone, m)}",
        f"家庭住址：{d.addr(x.addr, m)}　病案号：{d.mrn(zh_record(r, '病案号'), m)}",
        f"初步诊断：{'；'.join(c.dx)}",
        f"主要病史：{c.cc}。{c.pmh}",
        f"主要检查结果：{'；'.join(c.labs)}。{c.aux}",
        f"治疗经过：{c.course}"
        if down
        else f"转诊原因：{r.choice(['病情需要上级医院进一步诊治', '需行专科手术治疗', '基层无相关检查条件'])}",
        "后续建议：" + "；".join(c.advice[:3]) if down else "",
        f"转出医生：{d.zn(doc_out, '（签名）')}　联系电话：{d.phone(zh_mobile(r), m)}",
        f"转诊日期：{d.P(zh_date(x.dis if down else x.adm, style=0))}",
        "（转出单位盖章）",
        "- - - - - - - 回 执 - - - - - - -",
        f"患者{d.zn(p, '')}已于{zh_date((x.dis if down else x.adm) + dt.timedelta(days=1), style=0)}到我单位就诊。接诊医生："
        f"{d.zs(st.intern, '医生', '接诊医生')}",
    ]
    asks = [
        "帮我把这张转诊单的信息核对一下，看看缺什么：",
        "根据这份转诊单写一段电话沟通时的交接口径。",
        "下转社区后，社区医生需要随访哪些指标？",
    ]
    return "\n".join(ln for ln in lines if ln), x, asks, r.choice(["referral_platform", "fax_scan_ocr"])


ZH_DEATHS = [
    (
        "重症肺炎",
        "重症社区获得性肺炎；感染性休克；多器官功能障碍综合征",
        "感染性休克、多器官功能衰竭",
        "入院后予气管插管、呼吸机辅助通气，联合抗感染，去甲肾上腺素维持血压，并行床旁CRRT。病情持续恶化，乳酸进行性升高，",
    ),
    (
        "大面积脑梗死",
        "急性大面积脑梗死；脑疝；心房颤动",
        "脑疝、中枢性呼吸循环衰竭",
        "入院后予脱水降颅压、控制血压等治疗，家属拒绝去骨瓣减压术。患者意识障碍逐渐加深，双侧瞳孔不等大，",
    ),
    (
        "急性心肌梗死",
        "急性广泛前壁心肌梗死；心源性休克；室颤",
        "心源性休克、恶性心律失常",
        "急诊PCI术后转入CCU，予IABP辅助、血管活性药物维持，仍反复出现室速、室颤，多次电除颤，",
    ),
    (
        "肝癌晚期",
        "原发性肝癌（晚期）；肝功能衰竭；上消化道出血",
        "肝功能衰竭、失血性休克",
        "入院后予保肝、止血、输血等对症支持治疗，家属签字放弃有创抢救。患者黄疸进行性加深，再次大量呕血，",
    ),
    (
        "慢性心衰终末期",
        "慢性心力衰竭（终末期）；心功能Ⅳ级；慢性肾功能不全",
        "心力衰竭",
        "入院后予利尿、强心、扩血管治疗，效果欠佳，尿量逐渐减少，家属要求以舒适治疗为主，并联系"
        + "安宁疗护"
        + "团队会诊，",
    ),
]


def zs_death(r, d):
    x = zh_ctx(r, d, entry=(zc_hf, None, 58, 92))
    p, st, m = x.pat, x.st, d.mz
    short, dxs, cause, story = r.choice(ZH_DEATHS)
    if "安宁疗护" in story:
        d.P("安宁疗护")
    died = x.adm + dt.timedelta(days=r.randint(1, 20))
    hh, mm = r.randint(0, 23), r.randint(0, 59)
    rel_name = r.choice(["儿子", "女儿", "妻子" if x.sex == "M" else "丈夫"])
    rel = zh_rel(r, x, rel_name)
    rel_dob = dob_for_age(r, r.randint(30, 62), died)
    lines = [
        f"{d.P(x.hosp)}　死 亡 记 录",
        f"姓名：{d.zn(p, m)}　性别：{sexzh(x.sex)}　年龄：{d.P(f'{x.age}岁')}　住院号：{d.mrn(x.mrn, m)}",
        f"出生日期：{d.dob(zh_dob(r, x.dob), m)}　身份证号：{d.ident(x.rid, m)}",
        f"住址：{d.addr(x.addr, m)}",
        f"入院时间：{d.P(zh_date(x.adm, style=0))}　死亡时间：{d.P(zh_date(died, style=0))} {hh:02d}:{mm:02d}　"
        f"住院{(died - x.adm).days}天",
        f"入院情况：患者因“{short}”入院，入院时" + zh_vitals(r, d) + "。",
        f"入院诊断：{dxs}",
        "诊疗经过：" + story + f"于{zh_date(died, style=0)} {hh:02d}:{max(mm - 30, 0):02d}出现心率、血压进行性下降，"
        f"立即予胸外按压、肾上腺素静推等抢救，{d.zs(st.chief, '主任', '上级医师')}到场指导抢救，持续约30分钟，"
        f"患者自主呼吸、心跳未恢复，心电图呈一直线，于{hh:02d}:{mm:02d}宣告临床死亡。",
        f"死亡原因：{cause}",
        f"死亡诊断：{dxs}",
        f"家属意见：患者{rel_name}{d.zn(rel, '')}（身份证号：{d.ident(resident_id(r, rel_dob, rel.sex), m)}）"
        f"在场，对抢救过程表示理解，{r.choice(['拒绝尸检', '同意尸检', '要求遗体捐献，已联系红十字会'])}，签字为证。",
        f"记录医师：{d.zn(st.resident, '（签名）')}　上级医师：{d.zn(st.chief, '（签名）')}",
    ]
    if d.phi and r.random() < 0.5:
        lines.insert(
            -1,
            f"死亡医学证明书已交予家属{d.zs(rel, '先生' if rel.sex == 'M' else '女士', '')}，"
            f"联系电话{d.phone(zh_mobile(r))}。",
        )
    x.case = Case(x.case, dx=[dxs], cc=short, death=True)
    x.death = Case(cause=cause, when=died, rel=rel, relk=rel_name)
    asks = [
        "请帮我检查这份死亡记录的书写是否符合规范：",
        "根据死亡记录帮我填写死亡医学证明书的死因链（a、b、c）。",
        "这份死亡记录需要上报，帮我写一段简要病情摘要。",
    ]
    return "\n".join(lines), x, asks, r.choice(["his_export", "quality_review"])


def zs_consent(r, d):
    x = zh_ctx(r, d, surgical=True)
    c, p, st, m = x.case, x.pat, x.st, d.mz
    risks = r.sample(
        [
            "麻醉意外，严重者可致呼吸心跳骤停",
            "术中、术后大出血，需输血或再次手术",
            "切口感染、裂开、愈合不良",
            "邻近器官、血管、神经损伤",
            "术后下肢深静脉血栓形成、肺栓塞",
            "术后肺部感染、肺不张",
            "心脑血管意外（心肌梗死、脑卒中）",
            "术中根据情况改变手术方式",
            "术后病理与术前诊断不符",
            "过敏反应",
            "术后疼痛、瘢痕形成",
        ],
        r.randint(6, 9),
    )
    rel_name = r.choice(["妻子" if x.sex == "M" else "丈夫", "儿子", "女儿"] if not x.child else ["母亲", "父亲"])
    rel = zh_rel(r, x, rel_name)
    rel_dob = dob_for_age(r, r.randint(28, 60), x.adm)
    lines = [
        f"{d.P(x.hosp)}　手术知情同意书",
        f"患者姓名：{d.zn(p, m)}　性别：{sexzh(x.sex)}　年龄：{x.age}岁　科室：{c.dept}　"
        f"床号：{x.bed}　住院号：{d.mrn(x.mrn, m)}",
        f"术前诊断：{c.dx[0]}",
        f"拟行手术：{d.P(c.op.name)}",
        f"拟行麻醉方式：{c.op.anes}",
        "手术目的及必要性：明确诊断，去除病灶，缓解症状。",
        "替代方案：保守治疗，但可能延误病情。",
        "手术风险及可能并发症：",
        numbered(risks),
        "患者/家属声明：医生已向我详细告知上述内容，我已充分理解，经慎重考虑，同意/不同意手术。",
        "",
    ]
    if x.child:
        lines.append("患儿为未成年人，由法定监护人签字。")
    else:
        lines.append(f"患者签名：{d.zn(p, '（签名）')}　　签名时间：{zh_date(x.adm, style=1)}")
    lines.append(
        f"患者授权委托人/监护人签名：{d.zn(rel, '（签名）')}　与患者关系：{rel_name}　"
        f"身份证号：{d.ident(resident_id(r, rel_dob, rel.sex), m)}"
    )
    lines.append(f"联系电话：{d.phone(zh_mobile(r), m)}　患者本人电话：{d.phone(x.phone, m)}")
    lines.append(
        f"谈话医师：{d.zn(st.attending, '（签名）')}　主刀医师：{d.zn(st.chief, '（签名）')}　谈话地点：医生办公室"
    )
    asks = [
        "帮我把这份知情同意书里的风险条目用更通俗的话解释给家属听：",
        "这份同意书签字栏填写规范吗？",
        "帮我把下面的手术同意书翻译成英文，患者家属是外籍。",
    ]
    return "\n".join(lines), x, asks, r.choice(["scan_ocr", "emr_print"])


def zs_followup(r, d):
    x = zh_ctx(r, d)
    c, p, st, m = x.case, x.pat, x.st, d.mz
    rel_name = r.choice(["女儿", "儿子", "老伴"] if not x.child else ["妈妈", "爸爸"])
    relk = {"老伴": "丈夫" if x.sex == "F" else "妻子", "妈妈": "母亲", "爸爸": "父亲"}.get(rel_name, rel_name)
    rel = zh_rel(r, x, relk)
    call = x.dis + dt.timedelta(days=r.choice([3, 7, 14, 30]))
    ptitle = zh_title_for(p, r, x.age) if not x.child else ""
    pname = d.zs(p, ptitle, "患者") if (p.sur and not x.child and r.random() < 0.7) else d.zn(p, "患者")
    nurse_self = d.zs(st.nurse, "护士", "随访护士") if st.nurse.sur else d.zn(st.nurse, "随访护士")
    lines = [
        "出院患者电话随访记录",
        f"随访日期：{d.P(zh_date(call, style=0))}　随访方式：电话　随访人：{d.zn(st.nurse, '随访护士')}",
        f"患者：{d.zn(p, m)}　出院诊断：{c.dx[0]}　出院日期：{zh_date(x.dis, style=0)}",
        f"接听人：{d.zn(rel, m)}（{relk}）　电话：{d.phone(zh_mobile(r), m)}",
        f"身份核对：出生日期{d.dob(zh_dob(r, x.dob), m)}，住址{d.addr(x.addr, m)}，与登记一致。",
        "通话记录：",
        f"护士：您好，请问是{pname}家吗？我是{d.P(x.hosp)}{c.dept}的{nurse_self}，今天打电话回访一下出院后的情况。",
        f"家属：哦，你好你好，我是{'她' if x.sex == 'F' else '他'}{rel_name}{d.zg(rel, '') if r.random() < 0.5 else ''}。",
        "护士：出院后身体怎么样？药有没有按时吃？",
        "家属："
        + r.choice(
            ["每天早上我看着吃的，一顿没落下。", "前几天漏过一次，后来设了闹钟。", "有一种药吃完了，还没去开。"]
        ),
        "护士：饮食和睡眠怎么样？大小便正常吗？",
        "家属："
        + r.choice(
            ["吃得比住院时多了，就是晚上起夜两三次。", "胃口一般，大便有点干。", "都还行，就是不太愿意下楼走动。"]
        ),
        "家属："
        + pick(
            r,
            lambda: "挺好的，就是晚上睡不太好。",
            lambda: "药都按时吃的，胃口也好了。",
            lambda: f"还行，前两天有点头晕，量了血压{d.P(f'{r.randint(140, 168)}/{r.randint(85, 99)}mmHg')}。",
        ),
        f"护士：{r.choice(c.advice)}，这一点一定要注意。复诊时间记得吗？",
        f"家属：记得，下周找{d.zs(st.attending, '医生', '主治医生')}复查。"
        + (
            f"我们家{d.zs(p, '', '', pre='老')}就是不爱出门，我天天催他走走。"
            if d.phi and p.sur and p.sex == "M" and not x.child and r.random() < 0.5
            else ""
        ),
        f"护士：好的。如有不舒服随时来医院，紧急情况{d.P('拨打120')}。",
        f"随访结果：{r.choice(['恢复良好', '基本恢复', '有不适，已嘱门诊就诊'])}；满意度：{r.choice(['满意', '非常满意', '一般'])}。",
    ]
    asks = [
        "帮我把这段随访电话记录整理成结构化的随访表：",
        "根据随访内容，需要提醒医生注意什么？",
        "把这次随访的问题汇总一下，写进随访系统的备注。",
    ]
    return "\n".join(lines), x, asks, r.choice(["followup_system", "call_transcript"])


def zs_communication(r, d):
    x = zh_ctx(r, d)
    c, p, st, m = x.case, x.pat, x.st, d.mz
    when = x.adm + dt.timedelta(days=r.randint(1, 5))
    r1n = r.choice(["儿子", "女儿"] if not x.child else ["母亲"])
    r2n = r.choice(["妻子" if x.sex == "M" else "丈夫", "弟弟", "姐姐"] if not x.child else ["父亲"])
    r1, r2 = zh_rel(r, x, r1n), zh_rel(r, x, r2n)
    lines = [
        "医患沟通记录",
        f"时间：{d.P(zh_date(when, style=0))} {r.randint(14, 17)}:{r.choice(['00', '30'])}　地点：{c.ward}医生办公室",
        f"患者：{d.zn(p, m)}　{x.bed}床　住院号：{d.mrn(x.mrn, m)}",
        f"医方参加人员：{d.P('主任医师')}{d.zn(st.chief, '')}、{d.P('主治医师')}{d.zn(st.attending, '')}、"
        f"{d.P('责任护士')}{d.zn(st.nurse, '')}",
        f"患方参加人员：患者{r1n}{d.zn(r1, '')}、{r2n}{d.zn(r2, '')}",
        "沟通内容：",
        f"1. 目前病情：{c.short}。{c.aux}",
        f"2. 诊断：{'；'.join(c.dx)}。",
        f"3. 下一步治疗方案：{c.course}",
        "4. 可能的风险：病情反复、并发感染、药物不良反应等，严重时危及生命。",
        f"5. 费用：预计后续费用约{r.randint(2, 12)}万元，其中医保可报销部分按政策执行。",
        f"患方意见：{r.choice(['理解并同意目前治疗方案。', '需要家庭内部商量，明日答复。', '要求转上级医院，已告知转运风险。'])}"
        + (f"{r1n}表示会和{d.zs(st.chief, '主任', '医生')}保持联系。" if d.phi else ""),
        f"患方签名：{d.zn(r1, '（签名）')}　与患者关系：{r1n}　联系电话：{d.phone(zh_mobile(r), m)}"
        + (
            f"　身份证号：{d.ident(resident_id(r, dob_for_age(r, r.randint(25, 58), when), r1.sex), m)}"
            if r.random() < 0.5
            else ""
        ),
        f"医师签名：{d.zn(st.attending, '（签名）')}",
    ]
    asks = [
        "帮我把这份医患沟通记录改写得更规范、更客观：",
        "下面是一次医患沟通记录，家属后来有异议，帮我看看记录有没有漏洞。",
        "根据沟通记录，帮我拟一份给家属的书面病情告知。",
    ]
    return "\n".join(lines), x, asks, r.choice(["emr_print", "scan_ocr"])


def zs_complaint(r, d):
    x = zh_ctx(r, d)
    c, p, st, m = x.case, x.pat, x.st, d.mz
    relk = r.choice(["儿子", "女儿"] if not x.child else ["母亲", "父亲"])
    me = zh_rel(r, x, relk)
    me_dob = dob_for_age(r, r.randint(28, 55), x.dis)
    email = email_for(r, me)
    addr2 = zh_address(r)
    who = {
        "儿子": "我父亲" if x.sex == "M" else "我母亲",
        "女儿": "我父亲" if x.sex == "M" else "我母亲",
        "母亲": "我孩子",
        "父亲": "我孩子",
    }[relk]
    lines = [
        f"尊敬的{d.P(x.hosp)}医务科、院领导：",
        "",
        f"　　我是患者{d.zn(p, m)}的{relk}{d.zn(me, '')}，身份证号{d.ident(resident_id(r, me_dob, me.sex), m)}。{who}于"
        f"{d.P(zh_date(x.adm, style=0))}因“{c.cc}”住进贵院{d.P(c.dept)}{d.P(f'{x.bed}床')}，住院号{d.mrn(x.mrn, m)}。",
        f"　　住院期间，主管医生{d.zs(st.attending, '医生', '')}"
        + r.choice(
            ["多次未及时回应家属对病情的询问；", "查房时间很短，对我们提出的问题解释不清；", "没有提前告知检查费用；"]
        )
        + f"{r.randint(2, 5)}日晚上夜班护士{d.zn(st.nurse, '')}"
        + r.choice(["呼叫后二十多分钟才来", "态度生硬，说“这点小事也叫我”", "换药时没有核对身份"])
        + "。",
        f"　　{who}今年{x.age}岁，{r.choice(['平时身体就不好', '一辈子没住过院', '行动不便'])}，我们家属着急的心情可以理解吧？"
        + zh_lookalikes(r, d),
        f"　　具体经过如下：入院第{r.randint(2, 4)}天晚上{r.randint(21, 23)}点左右，{who}诉{r.choice(['胸闷', '腹痛加重', '伤口疼得睡不着'])}，"
        f"我按了三次呼叫铃，值班医生{d.zs(st.resident, '医生', '')}过了很久才来，只说“先观察”。第二天早上"
        f"{d.zs(st.chief, '主任', '') if st.chief.sur else d.zn(st.chief, '')}查房时才安排了检查，"
        f"结果提示{r.choice(['需要调整治疗', '有感染', '指标偏高'])}。我们认为夜间处理不及时，延误了病情。"
        f"另外出院结算时，账单上有{r.randint(2, 6)}项检查我们并不知情，收费处工作人员也解释不清。",
        "　　我的诉求：1. 医院调查并书面答复；2. 相关人员道歉；3. 减免部分不合理费用。",
        "",
        f"联系人：{d.zn(me, m)}　电话：{d.phone(zh_mobile(r), m)}　邮箱：{d.email(email, m)}",
        f"通信地址：{d.addr(addr2, m)}",
        f"{zh_date(x.dis + dt.timedelta(days=r.randint(2, 20)), style=0)}",
    ]
    asks = [
        "医务科收到这封投诉信，帮我起草一份回复函，语气诚恳、依据事实：",
        "帮我梳理这封投诉信的诉求和涉及的科室人员：",
        "这封投诉信要在院周会上通报，帮我写一个简要说明。",
    ]
    return "\n".join(lines), x, asks, r.choice(["complaint_mailbox", "letter_scan"])


def zs_sickleave(r, d):
    x = zh_ctx(r, d)
    c, p, st, m = x.case, x.pat, x.st, d.mz
    days = r.choice([3, 5, 7, 14, 30])
    mzh = zh_record(r, "门诊号")
    start = x.dis
    x.leave = Case(days=days, start=start, end=start + dt.timedelta(days=days - 1))
    kind = r.choice(["疾病诊断证明书", "病假证明", "休假建议书"])
    lines = [
        d.P(x.hosp),
        f"{kind}",
        f"编号：{r.randint(100, 999)}号",
        "",
        f"　　兹证明 {d.zn(p, m)}，{sexzh(x.sex)}，{d.P(f'{x.age}岁')}（出生日期{d.dob(zh_dob(r, x.dob), m)}），身份证号 {d.ident(x.rid, m)}，于"
        f"{d.P(zh_date(x.adm, style=0))}至{zh_date(x.dis, style=0)}在我院{c.dept}住院治疗（住院号{d.mrn(x.mrn, m)}），"
        f"门诊复诊号{d.mrn(mzh, m)}。",
        f"　　诊断：{'；'.join(c.dx[:2])}。",
        f"　　建议：全休{d.P(f'{days}天')}（自{zh_date(start, style=0)}至{zh_date(start + dt.timedelta(days=days - 1), style=0)}），"
        + r.choice(["避免重体力劳动。", "期满后复诊。", "注意休息，按时服药。"]),
        "",
        f"医师：{d.zn(st.attending, '（签名）')}　　科主任：{d.zs(st.chief, '主任', '（签章）') if r.random() < 0.5 else d.zn(st.chief, '（签章）')}",
        "（医院诊断证明专用章）",
        f"开具日期：{zh_date(x.dis, style=0)}",
        "注：本证明涂改无效；仅供请假使用，不作其他证明用途。",
    ]
    asks = [
        "帮我把这张病假条翻译成英文，单位HR是外籍：",
        "这张诊断证明单位说格式不对，帮我看看缺什么？",
        "帮我写一封请假邮件给领导，附上这张病假证明的内容。",
    ]
    return "\n".join(lines), x, asks, r.choice(["photo_ocr", "scan_ocr"])


def zs_progress(r, d):
    x = zh_ctx(r, d)
    c, p, st, m = x.case, x.pat, x.st, d.mz
    lines = [
        f"{d.P(x.hosp)}　病程记录",
        f"姓名：{d.zn(p, m)}　科室：{c.dept}　床号：{x.bed}　住院号：{d.mrn(x.mrn, m)}"
        + (f"　出生日期：{d.dob(zh_dob(r, x.dob), m)}" if r.random() < 0.4 else ""),
        "",
    ]
    day = x.adm
    chief_t = d.zs(st.chief, "主任", "主任医师") if r.random() < 0.6 else d.zn(st.chief, "主任医师") + "主任医师"
    lines.append(f"{d.P(zh_date(day, style=1))} {r.randint(9, 11)}:{r.choice(['00', '20', '40'])}　首次病程记录")
    lines.append(f"    患者{d.zn(p, '')}，{sexzh(x.sex)}，{x.age}岁，因“{c.cc}”入院。{c.exam}")
    lines.append(f"    初步诊断：{'；'.join(c.dx)}。诊疗计划：完善相关检查，{c.course.split('，')[0]}。")
    lines.append(f"    记录者：{d.zn(st.resident, '（签名）')}")
    day += dt.timedelta(days=1)
    lines.append(f"{zh_date(day, style=1)} 09:30　{chief_t}查房记录")
    lines.append(
        f"    今日{chief_t}查房，听取病史汇报后指出：{c.aux}目前诊断明确，同意当前方案，"
        + r.choice(["注意监测电解质。", "加强营养支持。", "注意观察有无出血倾向。"])
    )
    if d.phi and r.random() < 0.6:
        relk = r.choice(["女儿", "儿子"] if not x.child else ["母亲"])
        rel = zh_rel(r, x, relk)
        lines.append(
            f"    患者{relk}{d.zn(rel)}在场，已告知病情，{relk}要求{d.zs(st.attending, '医生', '')}每天电话告知检查结果，"
            f"电话{d.phone(zh_mobile(r))}。"
        )
    day += dt.timedelta(days=r.randint(1, 3))
    lines.append(f"{zh_date(day, style=1)} 10:15　{d.zs(st.attending, '主治医师', '主治医师')}查房记录")
    lines.append(
        f"    患者{r.choice(['症状较前好转', '病情平稳', '夜间睡眠可'])}，"
        + zh_vitals(r, d)
        + f"。{c.short}。"
        + zh_lookalikes(r, d)
        + "继续目前治疗。"
    )
    lines.append(f"    记录者：{d.zn(st.intern, '（签名）')}　审签：{d.zn(st.attending, '（签名）')}")
    asks = [
        "帮我根据下面几天的病程记录写一份阶段小结：",
        "这些病程记录里三级查房体现得够不够？帮我检查。",
        "把下面的病程记录按日期整理成时间线。",
    ]
    return "\n".join(lines), x, asks, r.choice(["emr_print", "his_export"])


def zs_wechat(r, d):
    x = zh_ctx(r, d)
    c, p, st = x.case, x.pat, x.st
    relk = r.choice(["女儿", "儿子"] if not x.child else ["母亲"])
    rel = zh_rel(r, x, relk)
    docname = d.zn(st.attending, "医生") if d.phi else "医生"
    relname = d.zn(rel, "家属") if d.phi else "家属"
    ptitle = zh_title_for(p, r, x.age)
    call = d.zs(p, ptitle, "老人家") if (p.sur and not x.child) else (d.zn(p, "孩子") if not x.child else "孩子")
    t = r.randint(19, 22)
    lines = [
        "【微信聊天记录，已导出】",
        f"{relname} {t}:0{r.randint(1, 9)}",
        f"{d.zs(st.attending, '医生', '医生') if st.attending.sur else d.zn(st.attending, '医生')}您好，打扰了，我是{x.bed}床"
        f"{d.zn(p, '患者')}的{relk}。{call}今天{r.choice(['下午又有点胸闷', '吃完饭说肚子胀', '量体温37.9℃'])}，要紧吗？",
        f"{docname} {t}:{r.randint(10, 29)}",
        f"你好。{r.choice(['不用太担心', '先观察一下'])}，{c.short}，这种情况术后/治疗中比较常见。{r.choice(c.advice)}。",
        f"{relname} {t}:{r.randint(30, 45)}",
        "好的好的。那明天查房的时候能不能帮忙再看看？还有出院带的药是不是还是这几个：",
        "、".join(c.meds[:3]),
        f"{docname} {t}:{r.randint(46, 59)}",
        "对，暂时不变。明天查房再评估。有急事打病房电话或者直接找值班医生。",
        f"{relname} {t}:5{r.randint(0, 9)}",
        f"[图片] 这是今天下午的化验单，{r.choice(c.labs) if c.labs else '结果'}，这个要紧吗？",
        f"{docname} {t}:59",
        "这个指标我们已经看到了，和前两天比变化不大，明天会复查。不用太紧张，让病人好好休息。",
        f"{relname} {t + 1}:0{r.randint(1, 9)}",
        "谢谢医生！辛苦了🙏",
    ]
    if d.phi and r.random() < 0.5:
        lines += [
            f"{relname} {t + 1}:1{r.randint(0, 9)}",
            f"对了，这是我另外一个号码{d.phone(zh_mobile(r))}，白天打这个。",
        ]
    if d.phi and r.random() < 0.4:
        lines += [
            f"{relname} {t + 1}:2{r.randint(0, 9)}",
            f"出院后能不能安排社区护士上门换药？我们住在{d.addr(x.addr)}。",
        ]
    asks = [
        "这是家属在微信上问我的，帮我把回复改得更专业一点：",
        "帮我把这段微信聊天整理进病程记录的“医患沟通”部分：",
        "家属在微信上问的问题，帮我看看我的回答有没有不妥。",
    ]
    return "\n".join(lines), x, asks, "wechat_export"


def zs_checkup(r, d):
    x = zh_ctx(r, d, entry=(zc_t2dm, None, 30, 62))
    p, st, m = x.pat, x.st, d.mz
    center = x.hosp + "健康管理中心"
    tjh = "TJ" + rand_digits(r, 9, "3456789")
    findings = r.sample(
        [
            (f"空腹血糖 {round(r.uniform(6.2, 7.8), 1)} mmol/L ↑", "空腹血糖受损，建议OGTT检查"),
            (f"总胆固醇 {round(r.uniform(5.8, 7.2), 2)} mmol/L ↑", "高胆固醇血症，低脂饮食，3个月复查"),
            (f"尿酸 {r.randint(430, 560)} μmol/L ↑", "高尿酸血症，少食高嘌呤食物，多饮水"),
            ("甲状腺右叶结节 0.5×0.4cm TI-RADS 3类", "甲状腺结节，6-12个月复查超声"),
            ("脂肪肝（轻度）", "控制体重，适当运动"),
            ("幽门螺杆菌C13呼气试验阳性", "消化内科就诊，根除治疗"),
            (f"血压 {r.randint(142, 158)}/{r.randint(90, 98)}mmHg", "血压偏高，建议心内科门诊就诊并家庭自测血压"),
            ("肺部小结节 4mm（右肺下叶）", "12个月后复查低剂量CT"),
            ("窦性心动过缓 56次/分", "无症状可观察"),
        ],
        r.randint(4, 6),
    )
    lines = [
        f"{d.P(center)}　健康体检报告",
        f"体检编号：{d.mrn(tjh, m)}　体检日期：{d.P(zh_date(x.adm, style=0))}",
        f"姓名：{d.zn(p, m)}　性别：{sexzh(x.sex)}　年龄：{x.age}岁　出生日期：{d.dob(zh_dob(r, x.dob), m)}",
        f"联系电话：{d.phone(x.phone, m)}　套餐：{r.choice(['入职体检', '中年男性A套餐', '女性全面套餐', '单位年度体检'])}",
        "",
        "一、主要异常结果",
    ]
    for i, (f, _a) in enumerate(findings, 1):
        lines.append(f"  {i}. {d.P(f) if r.random() < 0.5 else f}")
    lines.append("二、健康建议")
    for i, (_f, a) in enumerate(findings, 1):
        lines.append(f"  {i}. {a}")
    lines += [
        "三、生活方式指导：戒烟限酒，每周至少150分钟中等强度运动，保持BMI 18.5-23.9。",
        f"主检医师：{d.zn(st.attending, '（签名）')}　审核：{d.zn(st.chief, '（签名）')}",
        f"报告领取：凭体检编号至{center}前台，或关注公众号查询。咨询热线：{d.P('12320卫生热线')}",
    ]
    if r.random() < 0.6:
        lines.insert(5, f"电子报告发送至：{d.email(email_for(r, p), m)}　纸质报告邮寄：{d.addr(x.addr, m)}")
    if r.random() < 0.4:
        lines.insert(5, f"身份证号：{d.ident(x.rid, m)}")
    asks = [
        "帮我看看这份体检报告，哪些问题需要尽快就医？",
        "把这份体检报告的异常项整理成一张表，写上复查时间。",
        "我爸的体检报告，帮我用大白话解释一下。",
    ]
    return "\n".join(lines), x, asks, r.choice(["checkup_pdf", "photo_ocr"])


def zs_nursing(r, d):
    x = zh_ctx(r, d)
    c, p, st, m = x.case, x.pat, x.st, d.mz
    relk = r.choice(["妻子" if x.sex == "M" else "丈夫", "女儿", "儿子"] if not x.child else ["母亲"])
    rel = zh_rel(r, x, relk)
    braden = r.randint(11, 20)
    morse = r.randint(15, 65)
    lines = [
        f"{d.P(x.hosp)}　入院护理评估单",
        f"姓名：{d.zn(p, m)}　床号：{x.bed}　住院号：{d.mrn(x.mrn, m)}　"
        f"入院时间：{d.P(zh_date(x.adm, style=1))} {r.randint(8, 20)}:{r.choice(['10', '25', '40', '55'])}",
        f"出生日期：{d.dob(zh_dob(r, x.dob), m)}　家庭住址：{d.addr(x.addr, m)}",
        f"入院方式：{r.choice(['步行', '轮椅', '平车'])}　入院诊断：{c.dx[0]}",
        f"生命体征：{zh_vitals(r, d, bool(c.fever))}",
        f"过敏史：{r.choice(['无', '青霉素（皮疹）', '磺胺类', '海鲜'])}",
        f"Braden压疮评分：{d.P(f'{braden}分')}（{'高危' if braden <= 12 else '中危' if braden <= 14 else '低危'}）　"
        f"Morse跌倒评分：{morse}分　疼痛NRS：{r.randint(0, 6)}分",
        f"自理能力（Barthel指数）：{r.choice([35, 45, 60, 75, 90, 100])}分",
        f"心理社会：情绪{r.choice(['平稳', '焦虑', '紧张'])}；文化程度{r.choice(['小学', '初中', '高中', '大专'])}；"
        f"医疗费用：{r.choice(['职工医保', '居民医保', '自费'])}；主要照顾者：{d.zn(rel, relk)}（{relk}），"
        f"联系电话{d.phone(zh_mobile(r), m)}。",
        f"既往史：{c.pmh}",
        f"目前用药：{'；'.join(c.meds[:2]) if c.meds else '无'}（自带药已交护士站统一保管）",
        f"生活习惯：饮食{r.choice(['清淡', '偏咸', '偏油腻'])}，睡眠{r.choice(['可', '差，需服助眠药', '易醒'])}，"
        f"{r.choice(['吸烟', '不吸烟', '已戒烟'])}，{r.choice(['偶饮酒', '不饮酒'])}；大便{r.choice(['正常', '便秘', '稀'])}，小便{r.choice(['正常', '尿频', '留置导尿'])}。",
        f"皮肤：{r.choice(['完整', '骶尾部皮肤发红，压之褪色', '双足跟干燥'])}；管路：{r.choice(['无', '留置针1根（左前臂）', 'PICC 1根'])}。",
        "入院宣教：病区环境、作息制度、呼叫器使用、防跌倒、防压疮、用药指导已完成，"
        + r.choice(["患者", "家属"])
        + "表示理解。",
        f"护理问题：1. {r.choice(['疼痛', '活动无耐力', '气体交换受损', '有跌倒的危险'])} 2. 知识缺乏",
        f"评估护士：{d.zn(st.nurse, '（签名）')}　护士长审核：{d.zs(st.head, '护士长', '护士长')}",
    ]
    asks = [
        "帮我根据这份入院护理评估单制定护理计划：",
        "这份评估单里哪些风险需要上报？",
        "把这份护理评估单整理成交班用的简要版本。",
    ]
    return "\n".join(lines), x, asks, r.choice(["nursing_system", "emr_print"])


# ---------------------------------------------------------------------------------------------------------
# English documents


def en_title(p, r, age=50):
    if p.sex == "M":
        return "Mr"
    if age < 25:
        return r.choice(["Miss", "Ms"])
    return r.choice(["Mrs", "Ms", "Miss"] if age < 40 else ["Mrs", "Mrs", "Ms"])


def en_lookalikes(r, d, k=1):
    out = []
    for look, sent in r.sample(EN_WORDLIKE, k):
        d.P(look)
        out.append(sent)
    return " ".join(out)


def en_header(r, d, x, m, compact=False):
    """Patient identification block of an English document."""
    p = x.pat
    dob = d.dob(en_dob(r, x.dob), m)
    rows = [
        f"Patient: {d.eu(p, m)}    DOB: {dob} ({d.P(f'{x.age} years')})",
        f"NHS number: {d.ident(x.nhs, m)}    Hospital number: {d.mrn(x.mrn, m)}",
    ]
    if not compact:
        rows.append(f"Address: {d.addr(x.addr, m)}")
        rows.append(
            f"Tel: {d.phone(x.phone, m)}"
            + (f" (home {d.phone(x.landline, m)})" if r.random() < 0.4 else "")
            + (f"    Email: {d.email(email_for(r, p), m)}" if r.random() < 0.3 else "")
        )
    return rows


def en_social(r, d, x):
    """Social and family history naming relatives."""
    p = x.pat
    if x.child:
        mum, dad = en_rel(r, x, "mother"), en_rel(r, x, "father")
        return (
            f"Lives with mum ({d.en(mum, 'mother')}) and dad ({d.eg(dad, 'father')}) and a younger sibling. "
            f"Attends {r.choice(['Oakfield Primary', 'St Luke’s C of E Primary', 'Riverside Academy'])}. No social care involvement."
        ), f"Dad has asthma. Maternal grandmother had {d.P('Hodgkin lymphoma')}."
    partner_rel = r.choice([{"M": "wife", "F": "husband"}[p.sex]] * 3 + ["partner"])
    partner = en_rel(r, x, partner_rel)
    kid_rel = r.choice(["daughter", "son"])
    kid = en_rel(r, x, kid_rel)
    sh = pick(
        r,
        lambda: (
            f"Lives with {his_her(x)} {partner_rel} {d.eg(partner, '')} in a two-storey house; {kid_rel} {d.en(kid, '')} "
            f"lives nearby and visits daily. {r.choice(['Independent with ADLs.', 'Package of care twice daily.', 'Mobilises with a stick.'])}"
        ),
        lambda: (
            f"Widowed, lives alone in a ground-floor flat. {kid_rel.capitalize()} ({d.en(kid, '')}) is NOK and has LPA for health "
            f"and welfare. Neighbour {d.en(en_person(r), 'a neighbour')} has a key."
        ),
        lambda: (
            f"Married to {d.en(partner, 'spouse')}, who is {his_her(x)} main carer. Retired {r.choice(['bus driver', 'teacher', 'nurse', 'engineer'])}."
        ),
    )
    sh += " " + r.choice(
        ["Ex-smoker, 20 pack-years.", "Never smoked. Alcohol 10 units/week.", "Smokes 15/day. Drinks 30 units/week."]
    )
    father = en_rel(r, x, "father")
    fh = pick(
        r,
        lambda: (
            f"Father ({d.en(father, '')}) died of an MI aged {r.randint(52, 70)}. Mother alive with {d.P('Alzheimer’s disease')}."
        ),
        lambda: (
            f"Brother {d.eg(en_rel(r, x, 'brother'), '')} had bowel cancer in his fifties. No other significant family history."
        ),
        lambda: "Nil of note.",
    )
    return sh, fh


def es_admission(r, d):
    x = en_ctx(r, d)
    c, st, m = x.case, x.st, d.me
    nok_rel = r.choice(["daughter", "son", "wife" if x.sex == "M" else "husband"]) if not x.child else "mother"
    sh, fh = en_social(r, d, x)
    nok = en_rel(r, x, nok_rel)
    seen = x.adm
    lines = [
        f"{d.P(x.hosp)} - {c.spec} Admission Clerking",
        *en_header(r, d, x, m),
        f"NOK: {d.en(nok, m)} ({nok_rel}) {d.phone(uk_phone(r), m)}"
        + (f", {d.addr(uk_address(r), m)}" if r.random() < 0.35 else ""),
        f"GP: {d.et(st.gp, 'Dr', 'registered GP')}, {d.P(x.gp_surgery)}",
        f"Seen: {d.P(en_date(seen, 0))} {r.randint(0, 23):02d}:{r.randint(0, 59):02d} by {d.et(st.fy1, 'Dr', 'FY1')} (FY1)  Ward: {c.ward}",
        "",
        f"PC: {c.pc}",
        f"HPC: {c.hpc}",
        f"PMH: {c.pmh}",
        f"DH: {'; '.join(c.meds[:3])}. Allergies: {r.choice(['NKDA', 'penicillin (rash)', 'codeine (vomiting)', 'latex'])}",
        f"SH: {sh}",
        f"FH: {fh}",
        f"O/E: {en_obs(r, d, bool(c.fever))}. {c.exam}",
        f"Ix: {'; '.join(c.bloods)}. {c.imaging}",
        f"Impression: {c.dx[0]}",
        "Plan:",
        numbered(
            [
                c.course.split(". ")[0],
                "VTE assessment done",
                f"Escalation: {r.choice(['full', 'ward-based care, not for CPR', 'for NIV, not for intubation'])}",
                "Update NOK",
            ]
        ),
        f"Discussed with {d.en(st.registrar, 'the medical registrar')} (StR). Post-take: {d.et(st.consultant, 'Dr', 'consultant')}.",
        f"{d.en(st.fy1, '(signed)')}, FY1",
    ]
    if r.random() < 0.4:
        lines.insert(-2, en_lookalikes(r, d))
    asks = [
        "Can you turn this clerking into a concise problem list?",
        "Please check this admission note for anything missing:",
        "Summarise this clerking for the post-take ward round in five lines.",
    ]
    return "\n".join(lines), x, asks, r.choice(["epr_export", "copy_paste", "dictation"])


def es_discharge(r, d):
    x = en_ctx(r, d)
    c, st, m = x.case, x.st, d.me
    lines = [
        f"{d.P(x.hosp)}",
        "DISCHARGE SUMMARY",
        *en_header(r, d, x, m, compact=r.random() < 0.5),
        f"Admitted: {d.P(en_date(x.adm, 1))}   Discharged: {d.P(en_date(x.dis, 1))}   Ward: {d.P(c.ward)}",
        f"Consultant: {d.et(st.consultant, 'Dr' if not c.op else 'Mr', 'responsible consultant')}   Specialty: {c.spec}",
        f"GP: {d.en(st.gp, 'registered GP')}, {d.P(x.gp_surgery)}"
        + (f" (sent electronically to {d.email(email_for(r, st.gp, staff=True), m)})" if r.random() < 0.4 else ""),
        "",
        "Diagnosis:",
        numbered(c.dx),
        "",
        f"Presenting complaint: {c.pc}.",
        f"Clinical summary: {c.hpc} {c.course}",
    ]
    if c.op:
        lines.append(f"Procedure: {d.P(c.op.name)} on {en_date(x.adm + dt.timedelta(days=1), 0)} ({c.op.anaes}).")
    lines += [
        "",
        "Medications on discharge:",
        *[f"- {med}" for med in c.meds],
        "",
        "Actions for GP:",
        numbered(c.plan),
        "",
        f"Information given to patient{' and ' + d.eg(en_rel(r, x, 'daughter'), 'family') if d.phi and r.random() < 0.4 else ''}: "
        f"yes. If concerned, contact {d.P(r.choice(EN_HOTLINES))}.",
        f"Completed by: {d.en(st.fy1, '(signed)')} (FY1) on behalf of {d.et(st.consultant, 'Dr', 'the consultant')}",
    ]
    asks = [
        "Please rewrite this discharge summary in plain English for the patient:",
        "Extract the GP actions from this discharge summary as a checklist.",
        "Is the medication list in this discharge summary consistent with the clinical summary?",
    ]
    return "\n".join(lines), x, asks, r.choice(["epr_export", "pdf_text", "copy_paste"])


def es_referral(r, d):
    x = en_ctx(r, d)
    x.pre = True
    c, p, st, m = x.case, x.pat, x.st, d.me
    sec_p = en_person(r, "F")
    sec_phone = uk_phone(r, mobile=False)
    ttl = en_title(p, r, x.age)
    lines = [
        f"{d.P(x.hosp)}",
        f"Department of {c.spec}",
        f"Secretary: {d.en(sec_p, 'medical secretary')}  Direct line: {d.phone(sec_phone, m)}",
        f"Email: {d.email(email_for(r, sec_p, staff=True), m)}",
        "",
        f"Date: {en_date(x.dis, 0)}",
        f"{'Dr ' if d.phi else ''}{d.en(st.other, 'The Consultant')}",
        f"Consultant in {r.choice(['General Medicine', 'Clinical Psychology', 'Acute Medicine']) if not c.op else 'General Surgery'}",
        d.P(r.choice(EN_HOSPITALS)),
        "",
        f"Dear {d.et(st.other, 'Dr', 'Colleague')},",
        "",
        f"Re: {d.en(p, m)}, DOB {d.dob(en_dob(r, x.dob), m)}, NHS {d.ident(x.nhs, m)}",
        f"{d.addr(x.addr, m)}",
        "",
        f"Thank you for seeing this {x.age}-year-old {'woman' if x.sex == 'F' else 'man'} whom I reviewed on {d.P(c.ward)}. "
        f"{c.hpc} {c.pmh}",
        "",
        f"{d.et(p, ttl, 'The patient')} {r.choice(['would value', 'is keen on', 'is anxious about'])} your opinion regarding: "
        f"{(c.mdt or c.plan[0]).rstrip('?.')}.",
        f"Recent results: {'; '.join(c.bloods)}. {c.imaging}",
        "",
        f"{he_she(x, True)} is aware of this referral and can be contacted on {d.phone(x.phone, m)}"
        + (f" or by e-mail ({d.email(email_for(r, p), m)})." if r.random() < 0.35 else "."),
        "",
        "Yours sincerely,",
        "",
        "",
        f"Dr {d.en(st.consultant, '(signed)')}",
        f"Consultant, {c.spec}",
        "",
        f"cc: {d.en(st.gp, 'GP')}, {d.P(x.gp_surgery)}; patient",
    ]
    asks = [
        "Can you tighten up this referral letter?",
        "Please extract the referral question and key results from this letter:",
        "Turn this referral letter into an e-referral form summary (max 150 words).",
    ]
    return "\n".join(lines), x, asks, r.choice(["letter_docx", "dictation", "pdf_text"])


def es_opnote(r, d):
    x = en_ctx(r, d, surgical=True)
    c, st, m = x.case, x.st, d.me
    op = c.op
    day = x.adm + dt.timedelta(days=1)
    lines = [
        f"OPERATION NOTE - {d.P(x.hosp)}",
        *en_header(r, d, x, m, compact=True),
        f"Date: {d.P(en_date(day, r.choice([0, 1, 2])))}   Theatre {r.randint(1, 12)}   {r.choice(['Elective', 'Emergency (NCEPOD 2)', 'CEPOD'])}",
        f"Surgeon: {d.et(st.consultant, 'Mr', 'consultant surgeon')}   Assistant: {d.en(st.asst, 'StR')}",
        f"Anaesthetist: {d.et(st.anaes, 'Dr', 'consultant anaesthetist')}   Scrub: {d.en(st.scrub, 'scrub practitioner')}",
        f"Anaesthetic: {op.anaes}",
        f"Procedure: {d.P(op.name)}",
        f"Indication: {c.dx[0]}",
        f"Findings: {op.findings}",
        f"Procedure details: {op.procedure}",
        f"EBL: {op.ebl}",
        f"Antibiotic prophylaxis: {r.choice(['cefuroxime 1.5 g + metronidazole 500 mg IV at induction', 'co-amoxiclav 1.2 g IV at induction', 'teicoplanin 400 mg IV (penicillin allergy)'])}",
        f"VTE: {d.P('enoxaparin 40 mg sc')} from 6 pm plus TEDS",
        f"Post-op instructions: {op.post}",
        f"Signed: {d.en(st.asst, '(signed)')} for {d.et(st.consultant, 'Mr', 'consultant')}",
    ]
    asks = [
        "Please check this op note against the RCS good surgical practice headings:",
        "Write the post-op ward instructions from this op note as a nursing checklist.",
        "Summarise this operation note for the discharge letter.",
    ]
    return "\n".join(lines), x, asks, r.choice(["theatre_system", "dictation"])


def es_mdt(r, d):
    x = en_ctx(
        r, d, entry=r.choice([c for c in EN_CASES if c[0] in (ec_lungca, ec_breast, ec_crohns, ec_stroke, ec_hf)])
    )
    st, m = x.st, d.me
    scratch = Doc(r, d.phi)
    when = x.adm + dt.timedelta(days=r.randint(7, 20))
    chair = st.consultant
    attendees = [
        (chair, "Consultant (Chair)"),
        (st.registrar, "Specialty Registrar"),
        (st.nurse, "Clinical Nurse Specialist"),
        (st.other, "Consultant Radiologist"),
        (st.anaes, "Consultant Pathologist"),
        (st.sister, "MDT Coordinator"),
    ]
    lines = (
        [
            f"{d.P(x.hosp)} - {x.case.spec} / complex cases MDT meeting minutes",
            f"Date: {d.P(en_date(when, 0))}, 13:00, Seminar Room 2 / Teams",
            "Attendees:",
        ]
        + [f"- {d.en(a, '')} - {role}" if d.phi else f"- {role}" for a, role in attendees]
        + [f"Apologies: {d.en(st.asst, 'one surgeon')}", ""]
    )
    cases = [(x.pat, x.case, x.mrn, x.age)]
    mdt_cases = [e for e in EN_CASES if e[0](Random(0), Doc(Random(0), False), "F", 50).mdt]
    for _ in range(r.randint(2, 4)):
        fn, sx, lo, hi = r.choice(mdt_cases)
        sex = sx or r.choice("MF")
        age = r.randint(lo, hi)
        while True:
            q = en_person(r, sex)
            if q.given not in x.taken and q.sur not in x.taken:
                x.taken.update({q.given, q.sur, q.full})
                break
        cases.append((q, fn(r, scratch, sex, age), en_record(r), age))
    for i, (q, c, mrn, age) in enumerate(cases, 1):
        extra = f"  NHS {d.ident(nhs_number(r), m)}" if r.random() < 0.75 else ""
        qdob = dob_for_age(r, age, when)
        lines.append(
            f"{i}. {d.eu(q, 'Patient ' + str(i))}  {d.mrn(mrn, m)}  DOB {d.dob(en_dob(r, qdob), m)}  {age}{'F' if q.sex == 'F' else 'M'}{extra}"
        )
        lines.append(f"   Background: {c.dx[0].split(' (')[0]}. {c.imaging}")
        lines.append(f"   Question: {c.mdt or 'Next steps?'}")
        lines.append(
            f"   Outcome: {r.choice(['Refer for surgical opinion', 'For radical treatment - see in clinic', 'Repeat imaging in 3 months', 'Best supportive care discussed'])}."
            f" Action: {d.et(*r.choice([(st.registrar, 'Dr'), (st.nurse, 'Sister' if st.nurse.sex == 'F' else 'Charge Nurse')]), 'CNS')} to inform "
            f"{d.et(q, en_title(q, r, age), 'the patient')}."
        )
    lines += [
        "",
        f"Minutes taken by {d.en(st.sister, 'the MDT coordinator')}. Next meeting {en_date(when + dt.timedelta(days=7), 0)}.",
    ]
    x.mdt_cases = cases
    asks = [
        "Please turn these MDT minutes into a list of actions with owners:",
        "Can you check these MDT outcomes are clearly recorded?",
        "Draft the letter to the first patient's GP based on these minutes.",
    ]
    return "\n".join(lines), x, asks, r.choice(["mdt_system", "minutes_docx"])


def es_handover(r, d):
    x = en_ctx(r, d)
    st, m = x.st, d.me
    scratch = Doc(r, d.phi)
    kind = r.choice(["medical", "surgical"])
    ward = r.choice(EN_WARDS_BY[kind])
    group = EN_MEDICAL if kind == "medical" else EN_SURGICAL
    n = r.randint(7, 11)
    lines = [
        f"{d.P(x.hosp)} - {d.P(ward)} - nursing handover ({r.choice(['day to night', 'night to day', 'twilight'])})",
        f"Date: {d.P(en_date(x.adm, 1))}   NIC: {d.en(st.sister, 'nurse in charge')}   Bleep holder: {d.et(st.registrar, 'Dr', 'on-call SHO')}",
        "Bed | Patient | Age | Dx / issues | Plan / jobs",
    ]
    pats = []
    bays = [f"Bay {b} Bed {k}" for b in range(1, 5) for k in range(1, 7)] + [f"SR{k}" for k in range(1, 5)]
    for bed in sorted(r.sample(bays, n)):
        fn, sx, lo, hi = r.choice(group)
        sex = sx or r.choice("MF")
        age = r.randint(max(lo, 18), max(hi, 19))
        while True:
            q = pinyin_person(r, sex) if r.random() < 0.08 else en_person(r, sex)
            v = EnView(q)
            if v.given not in x.taken and v.sur not in x.taken:
                x.taken.update({v.given, v.sur, v.full})
                break
        c = fn(r, scratch, sex, age)
        jobs = r.sample(
            [
                "NBM from midnight",
                "bloods due 06:00",
                "falls risk - bed rails assessment done",
                "DNACPR in place",
                "IV abx due 22:00",
                "fluid balance chart",
                "catheter in situ",
                "for discharge tomorrow - TTOs ready",
                "waiting for OT assessment",
                "family meeting tomorrow 2pm",
                "pressure areas intact, 2-hourly turns",
                "NEWS2 " + str(r.randint(3, 7)) + " - escalated",
            ],
            r.randint(1, 3),
        )
        name = pick(
            r,
            lambda q=q: d.eu(q, "-"),
            lambda q=q: d.en(q, "-"),
            lambda q=q, a=age: d.et(q, en_title(q, r, a), "-"),
            lambda q=q: d.eup(q, "-"),
        )
        hn = f" ({d.mrn(en_record(r), m)})" if r.random() < 0.6 else ""
        if r.random() < 0.5:
            hn += f" DOB {d.dob(en_dob(r, dob_for_age(r, age, x.adm)), m)}"
        lines.append(f"{bed} | {name}{hn} | {age}{q.sex} | {c.short} | {'; '.join(jobs)}")
        pats.append((bed, q, age))
    bed, q, age = r.choice(pats)
    lines.append("")
    lines.append(
        f"Escalations: {bed} ({d.eg(q, 'patient')}) had a fall at 15:40, no injury, post-falls obs started, "
        f"{d.et(st.fy1, 'Dr', 'doctor')} reviewed."
    )
    bed, q, age = r.choice(pats)
    if d.phi and r.random() < 0.6:
        relk = r.choice(["daughter", "son", "wife" if q.sex == "M" else "husband"])
        rel = en_kin(r, q, relk, x.taken)
        lines.append(f"{bed}: {relk} {d.en(rel)} asking for a call back re discharge on {d.phone(uk_phone(r))}.")
    lines.append(f"Handed over by {d.en(st.nurse, 'day staff')} to {d.en(st.scrub, 'night staff')}.")
    x.handover = pats
    asks = [
        "Please reformat this handover into a table sorted by acuity:",
        "Who on this handover needs review tonight?",
        "Summarise the outstanding jobs from this handover.",
    ]
    return "\n".join(lines), x, asks, r.choice(["handover_sheet", "whiteboard_photo_ocr"])


def es_gp_letter(r, d):
    x = en_ctx(r, d)
    x.pre = True
    c, p, st, m = x.case, x.pat, x.st, d.me
    sh, fh = en_social(r, d, x)
    ttl = en_title(p, r, x.age)
    urgency = r.choice(["Urgent", "Two-week wait", "Routine"])
    lines = [
        d.P(x.gp_surgery),
        f"{urgency} referral - {c.spec}",
        f"Date: {en_date(x.adm - dt.timedelta(days=r.randint(3, 40)), 0)}",
        "",
        "Dear Colleague,",
        "",
        f"Re: {d.en(p, m)}   DOB: {d.dob(en_dob(r, x.dob), m)}   NHS No: {d.ident(x.nhs, m)}",
        f"Address: {d.addr(x.addr, m)}   Mobile: {d.phone(x.phone, m)}",
        "",
        f"I would be grateful if you could see {d.et(p, ttl, 'this patient')}, a {x.age}-year-old {r.choice(['retired', 'self-employed', 'working'])} "
        f"{'woman' if x.sex == 'F' else 'man'} with {c.pc}. {c.hpc}",
        "",
        f"Past medical history: {c.pmh}",
        f"Current medication: {'; '.join(c.meds[:3])}",
        f"Social: {sh}",
        f"Family history: {fh}",
        "",
        f"{d.eg(p, 'The patient') if r.random() < 0.5 else he_she(x, True)} is happy to be contacted by text. "
        + en_lookalikes(r, d),
        "",
        "Kind regards,",
        "",
        f"Dr {d.en(st.gp, '(signed)')}",
        "GP Partner",
        f"Replies to: {d.email(email_for(r, st.gp, staff=True), m)}" if r.random() < 0.6 else "",
    ]
    asks = [
        "Can you summarise this GP referral in three bullet points for triage?",
        "Is this referral appropriate for the two-week-wait pathway?",
        "Draft an acknowledgement letter to the patient for this referral.",
    ]
    return "\n".join(lines), x, asks, r.choice(["ers_attachment", "letter_docx"])


def es_clinic_letter(r, d):
    x = en_ctx(r, d)
    c, p, st, m = x.case, x.pat, x.st, d.me
    ttl = en_title(p, r, x.age)
    comp_rel = r.choice(["wife" if x.sex == "M" else "husband", "daughter", "son"]) if not x.child else "mother"
    comp = en_rel(r, x, comp_rel)
    cnurse = st.nurse
    when = x.dis + dt.timedelta(days=r.randint(28, 70))
    lines = [
        d.P(x.hosp),
        f"{c.spec} Outpatients",
        f"Clinic date: {d.P(en_date(when, 0))}   Typed: {en_date(when + dt.timedelta(days=5), 1)}",
        "",
        f"{d.en(st.gp, 'GP')}",
        d.P(x.gp_surgery),
        "",
        f"Dear {d.et(st.gp, 'Dr', 'Doctor')},",
        "",
        f"Re: {d.eu(p, m)}  DOB {d.dob(en_dob(r, x.dob), m)}  Hosp no {d.mrn(x.mrn, m)}  NHS {d.ident(x.nhs, m)}",
        "",
        "Diagnoses:",
        numbered(c.dx),
        "",
        "Current medication:",
        *[f"  {med}" for med in c.meds],
        "",
        f"I reviewed {d.et(p, ttl, 'this patient')} in clinic today, accompanied by {his_her(x)} {comp_rel} {d.eg(comp, '')}. "
        f"{r.choice(['Things have gone well since discharge.', 'Progress has been slower than we hoped.', 'There have been no further admissions.'])} "
        f"{en_lookalikes(r, d)}",
        "",
        "Plan:",
        numbered(c.plan),
        "",
        "Yours sincerely,",
        "",
        f"{d.en(st.consultant, '(signed)')}",
        f"Consultant, {c.spec}",
        "",
        f"cc: {d.et(p, ttl, 'Patient')}, {d.addr(x.addr, m)}",
        f"    {d.en(cnurse, 'Specialist nurse')}, Specialist Nurse ({d.email(email_for(r, cnurse, staff=True), m)})",
        f"    {d.et(st.other, 'Dr', 'Consultant colleague')}, {r.choice(['Consultant Radiologist', 'Consultant Rheumatologist', 'Consultant Psychiatrist'])}",
    ]
    if r.random() < 0.5:
        lines.append(f"    {d.en(st.pharm, 'Community pharmacist')}, community pharmacist")
    asks = [
        "Please shorten this clinic letter to one page:",
        "Write a patient-friendly version of this clinic letter (it's copied to them):",
        "Extract the plan and who it's copied to from this letter.",
    ]
    return "\n".join(lines), x, asks, r.choice(["letter_docx", "dictation", "pdf_text"])


def es_incident(r, d):
    x = en_ctx(r, d)
    c, p, st, m = x.case, x.pat, x.st, d.me
    when = x.adm + dt.timedelta(days=r.randint(1, 5))
    kind = r.choice(["fall", "medication", "pressure"])
    desc = {
        "fall": lambda: (
            f"Patient found on the floor beside the bed at {r.randint(1, 5):02d}:{r.randint(0, 59):02d} by HCA "
            f"{d.en(st.scrub, 'on duty')}. Had attempted to walk to the toilet unaided. Sensor mat was not switched on."
        ),
        "medication": lambda: (
            f"Second dose of {d.P('enoxaparin 40 mg')} given at 18:00 by agency nurse as the 08:00 dose had not been signed for. "
            f"Identified by {d.en(st.pharm, 'the ward pharmacist')} (pharmacist) on the morning round."
        ),
        "pressure": lambda: (
            "Category 2 pressure ulcer found on the sacrum at the morning skin check; Waterlow not recorded for 36 hours."
        ),
    }[kind]()
    lines = [
        "INCIDENT REPORT (Datix)",
        f"Ref: INC-{r.randint(100, 999)}   Date/time of incident: {d.P(en_date(when, 1))}",
        f"Location: {d.P(c.ward)}, {d.P(x.hosp)}",
        f"Category: {kind}   Harm: {r.choice(['no harm', 'low harm', 'moderate harm'])}",
        f"Patient: {d.en(p, m)}   Hospital no: {d.mrn(x.mrn, m)}   DOB: {d.dob(en_dob(r, x.dob), m)}   Age: {x.age}",
        "",
        f"Description: {desc}"
        + (f" (Patient initials on the form: {d.ei(p, 'withheld')}.)" if r.random() < 0.5 else ""),
        "",
        f"Immediate action: {d.et(st.fy1, 'Dr', 'doctor')} reviewed; obs within normal limits; "
        f"{r.choice(['CT head not indicated', 'anti-Xa level sent', 'tissue viability referral made'])}. "
        f"NOK ({d.en(en_rel(r, x, 'daughter'), 'next of kin')}) informed by telephone at {r.randint(7, 10)}:{r.randint(10, 59)} - duty of candour conversation started.",
        f"Staff involved: {d.en(st.nurse, 'RN')} (RN), {d.en(st.scrub, 'HCA')} (HCA)",
        f"Reported by: {d.en(st.sister, '(name withheld)')}, Ward Sister   Handler: {d.en(st.other, 'Matron')}, Matron",
    ]
    asks = [
        "Please rewrite this incident report in a neutral, factual tone:",
        "What learning points would you draw from this incident?",
        "Draft a duty of candour letter based on this incident report.",
    ]
    return "\n".join(lines), x, asks, r.choice(["datix_export", "copy_paste"])


def es_safeguarding(r, d):
    x = en_ctx(r, d, entry=r.choice([c for c in EN_CASES if c[0] in (ec_overdose, ec_nof, ec_uti, ec_asthma_child)]))
    c, p, st, m = x.case, x.pat, x.st, d.me
    child = x.child
    if child:
        concern_rel = "mother's partner"
    else:
        concern_rel = r.choice(["partner", "mother", "stepfather"] if x.age < 40 else ["son", "partner", "daughter"])
    who = en_person(r, "F" if concern_rel in ("daughter", "mother") else "M")
    sw = st.sw
    lines = [
        f"SAFEGUARDING {'CHILDREN' if child else 'ADULTS'} - concern record",
        f"{d.P(x.hosp)}, {d.P(c.ward)}",
        f"Date: {d.P(en_date(x.adm, 0))}",
        *en_header(r, d, x, m),
        "",
        f"Concern: {d.eg(p, 'The patient')}{' (' + d.ei(p, dots=False) + ')' if d.phi and r.random() < 0.5 else ''} disclosed to {d.en(st.nurse, 'a nurse')} that {his_her(x)} {concern_rel}, "
        f"{d.en(who, '(name recorded separately)')}, "
        f"{r.choice(['takes money from their bank card', 'shouts and pushes them', 'has not been giving the medication', 'leaves them alone for days'])}."
        f" Bruising to the upper arms noted and body-mapped.",
        f"Capacity: {r.choice(['has capacity for this decision', 'lacks capacity - best interests process started'])}. "
        f"Wishes: {r.choice(['does not want police involvement', 'wants to go home', 'wants the family told'])}.",
        f"Action: referral to local authority safeguarding team; spoke with social worker {d.en(sw, 'on duty')} on "
        f"{d.phone(uk_phone(r, mobile=False), m)} ({d.email(email_for(r, sw, staff=True, domain='cityofnorthgate.gov.uk'), m)}). {d.et(who, 'Mr' if who.sex == 'M' else 'Ms', 'The named person')} "
        f"not to visit until strategy meeting.",
        f"Recorded by: {d.en(st.registrar, '(signed)')}, Registrar. Discussed with named nurse for safeguarding "
        f"{d.en(st.sister, '(name withheld)')}.",
    ]
    asks = [
        "Is this safeguarding record sufficient? What is missing?",
        "Summarise this concern for the strategy meeting:",
        "Help me word the referral to the local authority from this note.",
    ]
    return "\n".join(lines), x, asks, r.choice(["epr_export", "copy_paste"])


def es_consent(r, d):
    x = en_ctx(r, d, surgical=True)
    c, p, st, m = x.case, x.pat, x.st, d.me
    interp = r.random() < 0.3
    lines = [
        "CONSENT FORM 1 - Patient agreement to investigation or treatment",
        d.P(x.hosp),
        f"Patient's surname/family name: {d.tag('NAME', EnView(p).sur, [EnView(p).sur], m)}",
        f"Patient's first names: {d.eg(p, m)}",
        f"Date of birth: {d.dob(en_dob(r, x.dob), m)}",
        f"Hospital number: {d.mrn(x.mrn, m)}   NHS number: {d.ident(x.nhs, m)}",
        f"Responsible health professional: {d.et(st.consultant, 'Mr', 'consultant surgeon')}",
        f"Special requirements: {'interpreter (' + r.choice(['Polish', 'Urdu', 'Mandarin', 'Romanian']) + ')' if interp else 'none'}",
        "",
        f"Name of proposed procedure: {d.P(c.op.name)}",
        f"Intended benefits: treatment of {lc1(c.dx[0].split(' (')[0])}",
        "Serious or frequently occurring risks: bleeding, infection, damage to surrounding structures, VTE, "
        f"anaesthetic risks, {r.choice(['conversion to open', 'need for further surgery', 'dislocation', 'stoma formation'])}.",
        f"Any extra procedures: {r.choice(['blood transfusion', 'none', 'drain insertion'])}",
        "",
        f"Health professional: {d.en(st.asst, '(signed)')}   Job title: {r.choice(['ST6 General Surgery', 'Consultant', 'Clinical Fellow'])}   "
        f"Date: {en_date(x.adm, 1)}",
    ]
    if interp:
        lines.append(f"Interpreter: {d.en(en_person(r), '(signed)')}   Booking ref: INT-{r.randint(100, 999)}")
    lines.append(f"Patient signature: {d.en(p, '(signed)')}   Date: {en_date(x.adm, 1)}")
    if r.random() < 0.4:
        w = en_rel(r, x, r.choice(["daughter", "son", "wife" if x.sex == "M" else "husband"]))
        lines.append(f"Witness (if patient unable to sign): {d.en(w, '(signed)')}")
    lines.append(
        f"Confirmation of consent (on the day): {d.en(st.registrar, '(signed)')}, {en_date(x.adm + dt.timedelta(days=1), 1)}"
    )
    asks = [
        "Check this consent form is complete before theatre:",
        "Explain the risks in this consent form in plain language:",
        "Which parts of this consent form would need re-confirming on the day?",
    ]
    return "\n".join(lines), x, asks, r.choice(["scan_ocr", "e_consent"])


def es_careplan(r, d):
    x = en_ctx(r, d)
    c, p, st, m = x.case, x.pat, x.st, d.me
    carer_rel = r.choice(["wife" if x.sex == "M" else "husband", "daughter", "son"]) if not x.child else "mother"
    carer = en_rel(r, x, carer_rel)
    probs = r.sample(
        [
            (
                "Risk of falls",
                "Remain free from falls",
                "Falls risk assessment daily; call bell in reach; non-slip socks; bay nursing",
            ),
            (
                "Impaired skin integrity",
                "No new pressure damage",
                f"{d.P('Waterlow score')} daily; 2-hourly repositioning; dynamic mattress",
            ),
            (
                "Pain",
                "Pain score below 3/10",
                f"{d.P('paracetamol 1 g four times daily')}; reassess 1 hour after analgesia",
            ),
            ("Nutrition", "Maintain weight", "MUST score weekly; food chart; dietitian referral"),
            ("Breathlessness", "SpO2 within target range", "Sit upright; oxygen as prescribed; obs 4-hourly"),
            ("Anxiety about discharge", "Feels prepared for home", "Involve family in planning; OT home visit"),
        ],
        r.randint(3, 5),
    )
    lines = [
        f"NURSING CARE PLAN - {d.P(c.ward)}",
        f"Patient: {d.eu(p, m)}   Hosp no: {d.mrn(x.mrn, m)}   Named nurse: {d.en(st.nurse, 'named nurse')}",
        f"DOB: {d.dob(en_dob(r, x.dob), m)}   NHS: {d.ident(x.nhs, m)}",
        f"Main carer: {d.en(carer, carer_rel)} ({carer_rel}), prefers to be called on {d.phone(uk_phone(r), m)}",
        "",
    ]
    for i, (prob, goal, plan) in enumerate(probs, 1):
        lines += [
            f"Problem {i}: {prob}",
            f"  Goal: {goal}",
            f"  Interventions: {plan}",
            f"  Evaluation {en_date(x.adm + dt.timedelta(days=i), 1)}: {r.choice(['goal met', 'ongoing', 'partially met'])} - "
            f"{pick(r, lambda: d.ei(st.nurse, 'RN'), lambda: d.eis(st.scrub, 'RN'), lambda: d.en(st.sister, 'RN'))}",
        ]
    lines.append(f"Care plan discussed with {d.eg(p, 'the patient')} and {d.eg(carer, 'family')}; both agree.")
    asks = [
        "Update this care plan - the patient is going home in two days:",
        "Are the goals in this care plan SMART?",
        "Turn this care plan into a handover summary.",
    ]
    return "\n".join(lines), x, asks, r.choice(["nursing_system", "copy_paste"])


def es_phone(r, d):
    x = en_ctx(r, d)
    c, p, st, m = x.case, x.pat, x.st, d.me
    caller_rel = (
        r.choice(["daughter", "son", "wife" if x.sex == "M" else "husband", "self"]) if not x.child else "mother"
    )
    caller = p if caller_rel == "self" else en_rel(r, x, caller_rel)
    when = x.dis + dt.timedelta(days=r.randint(1, 20))
    lines = [
        f"TELEPHONE ENCOUNTER - {d.P(x.gp_surgery if r.random() < 0.5 else x.hosp)}",
        f"Date/time: {d.P(en_date(when, 2))} {r.randint(8, 17)}:{r.randint(10, 59)}   Taken by: {d.en(st.gp, 'duty clinician')}",
        f"Caller: {(d.en(caller) + ' (' + caller_rel + ')') if d.phi else caller_rel} on {d.phone(uk_phone(r) if caller is not p else x.phone, m)}",
        f"Identity checked: name, DOB ({d.dob(en_dob(r, x.dob), m)}) and first line of address ({d.addr((x.addr[1][1], [x.addr[1][1]]), m)}).",
        f"Patient: {d.en(p, m)}  NHS {d.ident(x.nhs, m)}",
        "",
        f"Reason: {r.choice(['ran out of ' + c.meds[0].split(' ')[0], 'new ankle swelling since discharge', 'wound oozing', 'confused about which tablets to stop'])}.",
        f"History: discharged {en_date(x.dis, 0)} after {c.dx[0].split(' (')[0]}. {r.choice(['No red flags.', 'Denies chest pain or breathlessness.', 'Eating and drinking.'])}",
        f"Advice: {r.choice(c.plan)}. Safety-netted: call {d.P(r.choice(EN_HOTLINES))} out of hours.",
        f"Outcome: {r.choice(['face-to-face appointment booked with', 'prescription sent to pharmacy, reviewed by', 'district nurse visit requested via'])} "
        f"{d.et(st.other, 'Dr', 'a clinician') if r.random() < 0.5 else d.en(st.nurse, 'the practice nurse')}.",
    ]
    asks = [
        "Code this telephone encounter and suggest a SNOMED term:",
        "Was the safety-netting in this telephone note adequate?",
        "Write a short text message to the caller confirming the plan.",
    ]
    return "\n".join(lines), x, asks, r.choice(["gp_system", "call_log"])


def es_email(r, d):
    x = en_ctx(r, d)
    c, p, st, m = x.case, x.pat, x.st, d.me
    sec = st.sister
    em = email_for(r, p)
    partner_rel = "wife" if x.sex == "M" else "husband"
    partner = en_rel(r, x, partner_rel)
    nick = EN_NICK.get(EnView(p).given)
    sign_name = d.en(p, m)
    lines = [
        f"From: {sign_name} <{d.email(em, m)}>",
        f"To: {d.en(sec, 'secretary')} <{d.email(email_for(r, sec, staff=True), m)}>",
        f"Subject: {r.choice(['Follow-up appointment', 'Question about my tablets', 'Results?', 'Re: clinic letter'])}",
        "",
        f"Dear {d.en(sec, 'Sir/Madam')},",
        "",
        f"I was an inpatient on {d.P(c.ward)} in {MONTHS[x.adm.month - 1]} under {d.et(st.consultant, 'Dr', 'the consultant')} with {lc1(c.dx[0].split(' (')[0])}. "
        f"{r.choice(['I have not yet received a follow-up appointment.', 'Since coming home I have been more tired than expected.', 'I am not sure whether I should still be taking all of the tablets.'])} "
        f"My {partner_rel} {d.eg(partner, '')} thinks I should ring the ward but I did not want to bother anyone.",
        "",
        f"My current tablets are: {', '.join(med.split(' (')[0] for med in c.meds[:3])}.",
        "",
        "Many thanks,",
        "",
        pick(
            r,
            lambda: d.eg(p, "") if not nick or not d.phi else d.nick(nick),
            lambda: d.tag("NAME", EnView(p).given.lower(), [], ""),
        ),
        "",
        f"{d.en(p, m)}",
        f"DOB {d.dob(en_dob(r, x.dob), m)}",
        f"{d.addr(x.addr, m)}",
        f"Mobile {d.phone(x.phone, m)}",
    ]
    if r.random() < 0.5:
        lines.append(f"NHS no. {d.ident(x.nhs, m)}")
    asks = [
        "Help me reply to this patient email politely and safely:",
        "Is anything in this patient email urgent?",
        "Draft a reply from the secretary confirming we'll pass this to the consultant.",
    ]
    return "\n".join(lines), x, asks, "email_inbox"


def es_ed(r, d):
    x = en_ctx(r, d)
    c, st, m = x.case, x.st, d.me
    bib_rel = r.choice(["partner", "daughter", "son", "neighbour"]) if not x.child else "mother"
    bib = en_rel(r, x, bib_rel) if bib_rel != "neighbour" else en_person(r)
    lines = [
        f"EMERGENCY DEPARTMENT RECORD - {d.P(x.hosp)}",
        *en_header(r, d, x, m, compact=True),
        f"Arrival: {d.P(en_date(x.adm, 1))} {r.randint(0, 23):02d}:{r.randint(0, 59):02d} by {r.choice(['ambulance', 'self/walk-in', 'private car'])}",
        f"Brought in by: {(d.en(bib) + ' (' + bib_rel + ')') if d.phi else bib_rel}, contact {d.phone(uk_phone(r), m)}",
        f"Triage: Manchester Triage {r.choice(['orange', 'yellow', 'red'])} - {c.pc}",
        f"Triage nurse: {d.eis(st.nurse, 'RN')}   Wristband: {d.eup(x.pat, 'checked')}",
        "",
        f"History: {c.hpc}",
        f"PMH: {c.pmh}",
        f"Obs: {en_obs(r, d, bool(c.fever))}",
        f"Exam: {c.exam}",
        f"Results: {'; '.join(c.bloods)}",
        f"Imaging: {c.imaging}",
        "",
        f"Impression: {c.dx[0]}",
        f"Referred to: {c.spec} ({d.et(st.registrar, 'Dr', 'on-call registrar')}, accepted {r.randint(1, 4)}h after arrival)",
        f"ED clinician: {d.en(st.fy1, '(signed)')}, reviewed by {d.et(st.consultant, 'Dr', 'EM consultant')} (EM consultant)",
    ]
    if r.random() < 0.5:
        lines.insert(8, en_lookalikes(r, d))
    asks = [
        "Summarise this ED record for the admitting team:",
        "What's the 4-hour breach risk here and why?",
        "Check this ED note for documentation gaps.",
    ]
    return "\n".join(lines), x, asks, r.choice(["ed_system", "copy_paste"])


def es_death(r, d):
    x = en_ctx(r, d, entry=r.choice([c for c in EN_CASES if c[0] in (ec_lungca, ec_hf, ec_uti, ec_copd, ec_stroke)]))
    c, st, m = x.case, x.st, d.me
    died = x.adm + dt.timedelta(days=r.randint(2, 18))
    fam = [en_rel(r, x, rel) for rel in r.sample(["daughter", "son", "wife" if x.sex == "M" else "husband"], 2)]
    rels = [k for k, v in x.kin.items() if v in fam]
    x.death = Case(cause=c.dx[0].split(" (")[0], when=died, rel=fam[0], relk=rels[0])
    lines = [
        f"VERIFICATION OF EXPECTED DEATH - {d.P(x.hosp)}, {d.P(c.ward)}",
        *en_header(r, d, x, m, compact=True),
        f"Date of death: {d.P(en_date(died, 0))}   Time: {r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
        "Checks: no central pulse for one minute; no heart sounds for one minute; no breath sounds for one minute; "
        "no response to painful stimulus; pupils fixed and dilated.",
        f"Cause of death (proposed): 1a {c.dx[0].split(' (')[0]}"
        + (f"; 2 {c.dx[1].split(' (')[0]}" if len(c.dx) > 1 else ""),
        f"Present at death: {rels[0]} {d.en(fam[0], '')} and {rels[1]} {d.eg(fam[1], '')}.",
        f"Coroner referral: {r.choice(['not required', 'discussed - no further action'])}. Implanted devices: {r.choice(['none', 'pacemaker - deactivated'])}.",
        f"Medical certificate to be completed by {d.et(st.consultant, 'Dr', 'the consultant')}. Bereavement office informed.",
        f"Verified by: {d.en(st.nurse, '(signed)')}, Registered Nurse",
        "",
        f"{rels[0].capitalize()}'s contact for bereavement office: {d.phone(uk_phone(r), m)}"
        + (f"; {rels[1]}: {d.phone(uk_phone(r), m)}" if r.random() < 0.5 else ""),
    ]
    asks = [
        "Please check this verification of death note is complete:",
        "Draft a condolence letter to the family based on this note.",
        "What needs to happen next administratively after this verification of death?",
    ]
    return "\n".join(lines), x, asks, r.choice(["epr_export", "copy_paste"])


# ---------------------------------------------------------------------------------------------------------
# mixed Chinese/English documents (a bilingual hospital)

MX_HOSPITAL = items(
    "江州国际医院 Jiangzhou International Hospital|滨海和睦家医院 Binhai United Family Clinic|"
    "华东医科大学附属第二医院国际医疗部 International Medical Center"
)


def mx_ctx(r, d, surgical=False, foreign=None):
    x = zh_ctx(r, d, surgical=surgical)
    x.lang = "mixed"
    x.hosp = r.choice(MX_HOSPITAL)
    x.foreign = r.random() < 0.35 if foreign is None else foreign
    if not x.foreign and r.random() < 0.2:
        x.pat = zh_person(r, x.sex, kind="common", trad=True)
        x.taken.update({x.pat.full, x.pat.giv})
    if x.foreign:
        x.pat = en_person(r, x.sex)
        x.taken.update({x.pat.given, x.pat.sur, x.pat.full})
        x.phone = r.choice([uk_phone(r, mobile=True), us_phone(r), zh_mobile(r)])
    return x


def mx_name(d, p, anon):
    """张秀英 (Zhang Xiuying), or an English name as it is."""
    if not d.phi:
        return anon
    if not p.zh:
        return d.en(p)
    if p.sur_py and p.giv_py and not p.trad:
        return f"{d.zn(p)} ({d.en(p)})"
    return d.zn(p)


def ms_admission(r, d):
    x = mx_ctx(r, d)
    c, p, st, m = x.case, x.pat, x.st, d.me
    lines = [
        d.P(x.hosp),
        "入院记录 Admission Note",
        f"姓名 Name: {mx_name(d, p, m)}　性别 Sex: {sexzh(x.sex)}/{'F' if x.sex == 'F' else 'M'}"
        f"　年龄 Age: {d.P(f'{x.age}岁')}",
        f"出生日期 DOB: {d.dob(r.choice([zh_dob(r, x.dob), en_dob(r, x.dob)]), m)}　住院号 MRN: {d.mrn(x.mrn, m)}",
        f"联系电话 Tel: {d.phone(x.phone, m)}　地址 Address: {d.addr(x.addr, m)}",
        f"身份证号 ID No.: {d.ident(x.rid, m)}" if not x.foreign and r.random() < 0.6 else "",
        f"入院日期 Admission date: {d.P(zh_date(x.adm, style=1))}　科室 Dept: {d.P(c.dept)}　床号 Bed: {x.bed}",
        "",
        f"CC 主诉: {c.cc}",
        f"HPI 现病史: {c.hpi}",
        f"PMH 既往史: {c.pmh}",
        f"Social 个人史: {'Expat, works in ' + x.city[1] + ' for ' + str(r.randint(1, 9)) + ' years.' if x.foreign else '已婚。'}"
        + (
            f" Spouse {d.en(en_rel(r, x, 'wife' if x.sex == 'M' else 'husband'), '')} accompanies."
            if x.foreign and d.phi
            else ""
        ),
        f"PE 查体: {zh_vitals(r, d, bool(c.fever))}. {c.exam}",
        f"Labs: {'; '.join(c.labs)}",
        f"Imaging 影像: {c.aux}",
        "Assessment 初步诊断:",
        numbered(c.dx),
        f"Plan: {c.course.split('，')[0]}; consult {c.consult[0]} ({c.consult[1][:18]}…)"
        if c.consult
        else "Plan: as above",
        f"Attending 主治: {pick(r, lambda: d.zs(st.attending, '', 'attending', pre='Dr. ') if st.attending.sur else d.zn(st.attending, 'attending'), lambda: mx_name(d, st.attending, 'attending'))}"
        f"　Resident 住院医: {mx_name(d, st.resident, '(signed)')}",
    ]
    asks = [
        "Please translate this bilingual admission note fully into English:",
        "请把这份中英混写的入院记录整理成纯中文版：",
        "Summarise this note for the night team in English, keep drug names in English.",
    ]
    return "\n".join(ln for ln in lines if ln), x, asks, r.choice(["his_export", "copy_paste"])


def ms_discharge(r, d):
    x = mx_ctx(r, d)
    c, p, st, m = x.case, x.pat, x.st, d.me
    lines = [
        d.P(x.hosp),
        "出院小结 DISCHARGE SUMMARY",
        f"Patient 患者: {mx_name(d, p, m)}   MRN 住院号: {d.mrn(x.mrn, m)}   DOB: {d.dob(en_dob(r, x.dob), m)}"
        + (f"   ID 身份证: {d.ident(x.rid, m)}" if not x.foreign and r.random() < 0.5 else ""),
        f"Admission 入院: {d.P(zh_date(x.adm, style=1))}   Discharge 出院: {d.P(zh_date(x.dis, style=1))}",
        f"Diagnosis 出院诊断: {'; '.join(c.dx)}",
        f"Hospital course 诊疗经过: {c.course}",
        "Discharge medications 出院带药:",
        *[f"  - {med}" for med in c.meds],
        "Follow-up 随访:",
        *[f"  - {a}" for a in c.advice],
        f"Emergency 急救: {d.P('拨打120')} / {d.P('12320 hotline')}",
    ]
    if d.phi:
        who = (
            zh_rel(r, x, r.choice(["妻子" if x.sex == "M" else "丈夫", "女儿", "儿子"]))
            if not x.foreign
            else en_rel(r, x, "partner")
        )
        lines.append(
            f"Contact 联系人: {mx_name(d, who, '')}, {d.phone(zh_mobile(r))}"
            + (f", {d.email(email_for(r, who))}" if r.random() < 0.5 else "")
        )
    lines.append(
        f"Physician 医师: {mx_name(d, st.attending, '(signed)')}  Nurse 护士: {d.zs(st.nurse, '护士', 'nurse') if st.nurse.sur else d.zn(st.nurse)}"
    )
    asks = [
        "把这份双语出院小结翻译成英文给外籍家属：",
        "Check the Chinese and English parts of this discharge summary say the same thing:",
        "帮我把出院带药做成中英对照的服药卡片。",
    ]
    return "\n".join(lines), x, asks, r.choice(["his_export", "pdf_text"])


def ms_intl_clinic(r, d):
    x = mx_ctx(r, d, foreign=True)
    c, p, st, m = x.case, x.pat, x.st, d.me
    em = email_for(r, p)
    addr = zh_address(r, x.city)
    lines = [
        d.P(x.hosp) + "　国际门诊 International Clinic",
        f"Visit date 就诊日期: {d.P(zh_date(x.adm, style=1))}",
        f"Patient: {d.en(p, m)}（{d.eg(p, m)}）　Nationality 国籍: {r.choice(['英国 UK', '美国 USA', '爱尔兰 Ireland', '尼日利亚 Nigeria', '澳大利亚 Australia'])}",
        f"DOB: {d.dob(en_dob(r, x.dob), m)}　Tel: {d.phone(x.phone, m)}　Email: {d.email(em, m)}",
        f"Local address 居住地址: {d.addr(addr, m)}",
        f"Emergency contact 紧急联系人: {d.en(en_rel(r, x, 'partner'), m)}, {d.phone(r.choice([zh_mobile(r), uk_phone(r), us_phone(r)]), m)}",
        f"Interpreter 翻译: {d.zn(st.other, 'staff interpreter')}",
        "",
        f"主诉 CC: {c.cc}",
        f"HPI: {c.hpi}",
        f"Exam 查体: {c.exam}",
        f"Ix: {'；'.join(c.labs)}",
        f"Impression: {c.dx[0]}",
        f"Plan 处理: {c.advice[0]}; {c.advice[-1]}",
        f"Insurance 保险: direct billing, pre-authorisation requested by {d.zn(st.intern, 'the insurance desk')}.",
        f"Doctor 医生: {d.zs(st.attending, '', 'physician', pre='Dr. ') if st.attending.sur else d.zn(st.attending, 'physician')}",
    ]
    asks = [
        "Please write an English clinic letter for this patient based on the note:",
        "帮我把这份国际门诊记录翻译成中文存档：",
        "The patient emailed asking for a summary - draft it in English.",
    ]
    return "\n".join(lines), x, asks, r.choice(["clinic_emr", "copy_paste"])


def ms_handover(r, d):
    x = mx_ctx(r, d, foreign=False)
    st, m = x.st, d.me
    scratch = Doc(r, d.phi)
    lines = [f"{d.P(x.hosp)}　Ward handover 交班　{d.P(zh_date(x.adm, style=1))}", "Bed | Name | Age/Sex | Dx | Issues"]
    pats = []
    group = r.choice([ZH_MEDICAL, ZH_SURGICAL])
    for b in sorted(r.sample(range(1, 36), r.randint(6, 10))):
        fn, sx, lo, hi = r.choice(group)
        sex = sx or r.choice("MF")
        age = r.randint(max(lo, 18), max(hi, 19))
        while True:
            q = zh_person(r, sex) if r.random() < 0.85 else en_person(r, sex)
            keys = {q.full, getattr(q, "giv", None) or q.full}
            if not keys & x.taken:
                x.taken.update(keys)
                break
        c = fn(r, scratch, sex, age)
        issue = r.choice(
            [
                "NPO after midnight 禁食",
                "BG monitoring qid 监测血糖",
                "fall risk 跌倒高危",
                "post-op day 1, drain 引流 ok",
                "K+ 3.1, 补钾中",
                "pain NRS 6, 已予止痛",
                "DNR signed 已签",
                "discharge tmr 明日出院",
            ]
        )
        pats.append((b, q, age))
        mrn = f" / {d.mrn(zh_record(r, '住院号'), m)}" if r.random() < 0.6 else ""
        lines.append(
            f"{b}床 | {mx_name(d, q, '-') if r.random() < 0.5 else d.zn(q, '-')}{mrn} | {age}{sex} | {c.short} | {issue}"
        )
    b, q, age = r.choice(pats)
    if q.zh and q.sur:
        lines.append(f"Note: {b}床{d.zs(q, zh_title_for(q, r, age), 'patient')} family asks for call back.")
    else:
        lines.append(f"Note: bed {b} {d.et(q, en_title(q, r, age), 'patient')} family asks for call back.")
    lines.append(
        f"Handed over by {mx_name(d, st.nurse, 'day RN')} → {mx_name(d, st.scrub, 'night RN')}; "
        f"doctor on call {d.zs(st.resident, '', 'on-call doctor', pre='Dr. ') if st.resident.sur else d.zn(st.resident, 'on-call doctor')}"
    )
    x.handover = pats
    asks = [
        "Sort this bilingual handover by acuity and translate the issues into English:",
        "帮我把这份交班里需要夜班处理的事项列出来：",
        "Make this handover into a clean table (English only).",
    ]
    return "\n".join(lines), x, asks, r.choice(["whiteboard_photo_ocr", "handover_sheet"])


def ms_insurance(r, d):
    x = mx_ctx(r, d, foreign=False)
    c, p, st, m = x.case, x.pat, x.st, d.me
    holder_rel = r.choice(["本人 self", "配偶 spouse", "子女 child"])
    lines = [
        d.P(x.hosp),
        "Medical Report for Insurance Claim 保险理赔医疗证明",
        f"Date: {en_date(x.dis + dt.timedelta(days=3), 0)}",
        "",
        "To: Claims Department, Pacific Assurance Ltd.",
        "",
        f"Insured 被保险人: {mx_name(d, p, m)}",
        f"ID No. 身份证号: {d.ident(x.rid, m)}",
        f"DOB 出生日期: {d.dob(r.choice([zh_dob(r, x.dob), en_dob(r, x.dob)]), m)}   Relationship to policy holder: {holder_rel}",
        f"Inpatient no. 住院号: {d.mrn(x.mrn, m)}",
        f"Admission {d.P(zh_date(x.adm, style=1))} - Discharge {d.P(zh_date(x.dis, style=1))}",
        "",
        f"Diagnosis: {'; '.join(c.dx)}",
        f"Treatment: {c.course}",
        f"Pre-existing condition: {r.choice(['none known', 'hypertension since 2015', 'see past history'])}.",
        f"Total charges 总费用: RMB {r.randint(8000, 98000):,}.{r.randint(10, 99)}",
        "",
        f"Certified by: {mx_name(d, st.attending, '(signed)')}, {d.P('主治医师')} Attending Physician",
        f"Medical records office: {d.zn(st.other, 'records officer')}, tel {d.phone(zh_landline(r, x.city[3]), m)}",
    ]
    asks = [
        "Please check this insurance medical report for consistency with the diagnosis:",
        "帮我把这份理赔证明翻译成全英文：",
        "The insurer asked whether this was pre-existing - draft a reply.",
    ]
    return "\n".join(lines), x, asks, r.choice(["letter_docx", "pdf_text"])


def ms_wardround(r, d):
    x = mx_ctx(r, d)
    c, p, st, m = x.case, x.pat, x.st, d.me
    day = x.adm + dt.timedelta(days=r.randint(1, 4))
    chief = d.zs(st.chief, "", "Prof", pre="Prof. ") if st.chief.sur else d.zn(st.chief, "Prof")
    pt = d.zn(p, "") if p.zh else d.en(p, "")
    lines = [
        f"WR note 查房记录 {d.P(zh_date(day, style=1))} — {chief} round",
        f"Pt{' ' + pt if pt else ''}, {x.age}{x.sex}, bed {x.bed}, MRN {d.mrn(x.mrn, m)}, {c.short}.",
        f"S: {r.choice(['诉夜间睡眠差', 'no complaints', 'pain improved, 食欲可', '仍有咳嗽'])}.",
        f"O: {zh_vitals(r, d, bool(c.fever))}. {'; '.join(c.labs)}.",
        f"A: {'; '.join(c.dx[:2])}.",
        f"P: 1) {c.course.split('，')[0]} 2) {c.advice[0]} 3) family meeting"
        + (f" with {d.zn(zh_rel(r, x, '女儿'), '')} (daughter)" if d.phi and p.zh and not x.child else ""),
        f"{chief}: {r.choice(['agree with plan, 注意肾功能', 'consider early discharge', '复查CT before discharge'])}.",
        f"Written by {mx_name(d, st.resident, 'resident')} / co-signed {d.zs(st.attending, '', 'attending', pre='Dr ') if st.attending.sur else d.zn(st.attending, 'attending')}",
    ]
    asks = [
        "Rewrite this ward round note in full English sentences:",
        "帮我把这条查房记录改写成规范的中文病程记录：",
        "List the actions from this ward round with owners.",
    ]
    return "\n".join(lines), x, asks, r.choice(["emr_print", "copy_paste"])


# ---------------------------------------------------------------------------------------------------------
# conversations around a document


def pname_zh(r, d, x, p=None):
    """The patient as a Chinese-speaking assistant or user would refer to them."""
    p = p or x.pat
    if not d.phi:
        return r.choice(["患者", "该患者", "这位患者"])
    if not p.zh:
        return pick(r, lambda: d.en(p), lambda: d.et(p, en_title(p, r, x.age)))
    makers = [lambda: d.zn(p)]
    if p.sur and not x.child:
        makers.append(lambda: d.zs(p, zh_title_for(p, r, x.age)))
    if p.giv and len(p.giv) >= 2:
        makers.append(lambda: d.zg(p))
    return pick(r, *makers)


def pname_en(r, d, x, p=None):
    p = p or x.pat
    if not d.phi:
        return r.choice(["the patient", "this patient", "the patient"])
    if p.zh and not (p.sur_py and p.giv_py):
        return d.zn(p)
    makers = [lambda: d.en(p), lambda: d.et(p, en_title(p, r, x.age))]
    if x.child or r.random() < 0.3:
        makers.append(lambda: d.eg(p))
    return pick(r, *makers)


def icd_codes(dx):
    return ", ".join(re.findall(r"[A-Z]\d{2}(?:\.\d)?", " ".join(dx)))


def cap1(s):
    return s[:1].upper() + s[1:]


def lc1(s):
    """Lower-case a leading common word, keep eponyms and acronyms (Crohn's, NSTEMI)."""
    first = s.split(" ")[0]
    if "'" in first or "’" in first or first.isupper() or len(first) < 2 or not first[1:].islower():
        return s
    return s[:1].lower() + s[1:]


def split_med(med):
    """(drug, directions): the drug is everything before the first token that holds a digit."""
    toks = med.split(" ")
    for i, t in enumerate(toks):
        if any(ch.isdigit() for ch in t) and i:
            return " ".join(toks[:i]), " ".join(toks[i:])
    return med, ""


def intent(ask):
    rules = [
        (
            "rewrite",
            [
                "tighten",
                "shorten",
                "Rewrite",
                "rewrite",
                "reformat",
                "tidy",
                "改写",
                "精简",
                "简洁",
                "规范格式",
                "one page",
                "更规范",
                "更专业",
            ],
        ),
        ("meds", ["用药", "带药", "表格", "处方", "药品", "服药", "medication", "dose", "drug", "tablets", "table"]),
        ("translate", ["翻译", "英文", "中文", "translate", "English only", "Chinese"]),
        (
            "letter",
            [
                "短信",
                "回复",
                "起草",
                "写一段",
                "写一封",
                "书面",
                "通俗",
                "大白话",
                "解释给",
                "letter",
                "reply",
                "draft",
                "text message",
                "condolence",
                "plain",
                "patient-friendly",
                "e-referral",
                "acknowledgement",
                "wording",
            ],
        ),
        (
            "check",
            [
                "检查",
                "核对",
                "规范",
                "漏洞",
                "完整",
                "缺",
                "审核",
                "不妥",
                "矛盾",
                "够不够",
                "上报",
                "check",
                "missing",
                "complete",
                "sufficient",
                "gaps",
                "consistent",
                "appropriate",
                "adequate",
                "SMART",
                "breach",
            ],
        ),
    ]
    for name, words in rules:
        if any(w in ask for w in words):
            return name
    return "summary"


def death_reply(r, d, x, zh, ask):
    dd, c = x.death, x.case
    kind = intent(ask)
    if zh:
        who = d.zn(x.pat, "患者")
        if kind == "letter":
            return (
                f"尊敬的{d.zn(dd.rel, '家属')}：\n惊悉{who}于{zh_date(dd.when, style=0)}离世，我们深表哀悼。住院期间医护团队尽力救治，"
                "感谢您和家人的信任与配合。如需病历复印或有任何疑问，请与医务科联系。\n节哀顺变。\n"
                + f"{c.dept or '科室'}全体医护人员"
            )
        return (
            f"死亡病例摘要：\n{who}，{sexzh(x.sex)}，{x.age}岁，因“{c.cc}”入院，经积极救治无效，于{zh_date(dd.when, style=0)}死亡。\n"
            f"死亡诊断：{'；'.join(c.dx)}\n直接死因：{dd.cause}\n"
            "死因链建议：(a) 直接死因；(b) 引起(a)的疾病；(c) 根本死因——请按时间顺序由近及远填写，并核对ICD编码。"
        )
    who = d.en(x.pat, "your relative")
    if kind == "letter":
        return (
            f"Dear {d.eg(dd.rel, 'family')},\n\nI am very sorry for the death of {who} on {en_date(dd.when, 0)}. "
            "The ward team will remember them warmly. The bereavement office can help with the medical certificate "
            "and registration; please do contact us if you have any questions about the care.\n\nWith sincere condolences,\n\n"
            f"{c.spec} team"
        )
    return (
        f"Summary: {who}, {x.age}, died on {en_date(dd.when, 0)} on {c.ward}. Proposed cause: 1a {dd.cause}. "
        "Verification complete; MCCD to be issued by the consultant; coroner not required. Next steps: bereavement "
        "office appointment, notify GP, cancel outpatient appointments and community services."
    )


def zh_reply_first(r, d, x, ask):
    c = x.case
    if x.death:
        return death_reply(r, d, x, True, ask)
    kind = intent(ask)
    if x.handover:
        rows = r.sample(x.handover, min(len(x.handover), r.randint(3, 5)))
        out = [
            "好的，按需要重点关注的程度整理如下：" if kind != "meds" else "| 床号 | 患者 | 注意事项 |\n|---|---|---|"
        ]
        for b, q, age in rows:
            nm = d.zn(q, "") if q.zh else d.en(q, "")
            note = r.choice(
                [
                    "夜间加强巡视，注意生命体征变化。",
                    "注意出入量及电解质。",
                    "跌倒高风险，床栏、呼叫器到位。",
                    "术后观察引流及疼痛评分。",
                ]
            )
            out.append(
                f"| {b}床 | {nm or '—'}（{age}岁） | {note} |"
                if kind == "meds"
                else f"- **{b}床{(' ' + nm) if nm else ''}**（{age}岁）：{note}"
            )
        out.append("其余患者病情平稳，按常规护理即可。建议交班时当面核对高危患者的腕带信息。")
        return "\n".join(out)
    if kind == "translate":
        name = pname_en(r, d, x) if (not x.pat.zh or x.pat.sur_py) else "the patient"
        return (
            f"English version (summary):\nPatient: {name}, {x.age}-year-old {'female' if x.sex == 'F' else 'male'}\n"
            f"Department: {c.dept}\nDiagnoses (ICD-10): "
            + (", ".join(re.findall(r"[A-Z]\d{2}(?:\.\d)?", " ".join(c.dx))) or "n/a")
            + "\nCourse: treated as documented; see the Chinese original for the full history.\nMedications: "
            + "; ".join(split_med(m_)[1] or m_ for m_ in c.meds[:3])
            + " (names as in the original)"
        )
    if kind == "rewrite":
        return (
            "精简整理版如下：\n\n"
            f"患者{d.zn(x.pat, '')}，{sexzh(x.sex)}，{x.age}岁，{c.dept}，住院号{d.mrn(x.mrn, d.mz)}。\n"
            f"因“{c.cc}”就诊。诊断：{'；'.join(c.dx)}。\n目前情况：{c.short}。\n"
            "后续安排：" + "；".join((c.advice or ["遵医嘱"])[:3]) + "。\n\n"
            "我删去了重复的描述，保留了时间、诊断依据和处理意见；原文中的签名栏请按原样保留。"
        )
    who = pname_zh(r, d, x)
    if kind == "meds":
        return (
            "用药整理如下：\n\n| 药品 | 用法用量 |\n|---|---|\n"
            + "\n".join(f"| {a} | {b or '遵医嘱'} |" for a, b in map(split_med, c.meds or ["遵医嘱"]))
            + f"\n\n提醒{who}及家属按时服药，不要自行停药或加量。"
        )
    if kind == "check":
        return (
            f"我逐项看了一下，供参考：\n1. {who}的诊断（{c.dx[0]}）与病史、检查结果基本一致。\n"
            f"2. “{c.cc}”的时间描述前后一致，建议补充具体起病时间点。\n3. 用药：{c.meds[0] if c.meds else '未列出'}，"
            "剂量在常规范围内，注意肝肾功能监测。\n4. 签名栏、日期齐全；涉及的检查结果建议注明报告日期。"
        )
    if x.leave and kind in ("letter", "translate"):
        lv = x.leave
        if kind == "letter":
            return (
                f"主题：病假申请（{zh_date(lv.start, style=0)}—{zh_date(lv.end, style=0)}）\n\n领导您好：\n"
                f"我因{c.dx[0].split('（')[0]}于{zh_date(x.adm, style=0)}起在{d.P(x.hosp)}住院治疗，现已出院。医院建议全休{lv.days}天，"
                f"特申请病假，诊断证明见附件。休假期间手机保持畅通，紧急工作可联系我。\n\n此致\n敬礼\n\n{d.zn(x.pat, '（姓名）')}\n"
                f"{zh_date(x.dis, style=0)}"
            )
        name = d.en(x.pat, "the patient") if (not x.pat.zh or x.pat.sur_py) else d.zn(x.pat, "the patient")
        return (
            f"MEDICAL CERTIFICATE\n\nThis is to certify that {name}, {'female' if x.sex == 'F' else 'male'}, aged {x.age}, "
            f"ID No. {d.ident(x.rid, '(withheld)')}, was an inpatient at our hospital from {en_date(x.adm, 0)} to {en_date(x.dis, 0)} "
            f"with the diagnosis of {icd_codes(c.dx) or 'see original'} (ICD-10). "
            f"Complete rest for {lv.days} days is recommended, from {en_date(lv.start, 0)} to {en_date(lv.end, 0)}.\n\n"
            "(Hospital seal)\n\nNote: the Chinese original prevails."
        )
    if kind == "letter" and x.pre:
        return (
            f"{who}您好：\n您的门诊/转诊资料已收到。根据目前情况（{c.cc}），建议近期到{c.dept}门诊就诊，就诊时请携带身份证、既往检查结果及正在服用的药物。"
            f"如症状加重，请及时到急诊或{d.P('拨打120')}。\n{c.dept}"
        )
    if kind == "letter":
        relk = "家属" if x.child or not d.phi else r.choice(["家属", "女儿", "儿子"])
        addressee = "家属" if relk == "家属" else f"{d.zn(zh_rel(r, x, relk), '')}（患者{relk}）"
        return (
            f"尊敬的{addressee}：\n您好！{who}因“{c.cc}”在我院{c.dept}治疗，目前{c.short}。请注意以下几点：\n"
            + "\n".join(f"{i}. {a}" for i, a in enumerate(c.advice or ["按时复诊"], 1))
            + f"\n如有任何不适，请及时来院或{d.P('拨打120')}。\n{c.dept}医护团队"
        )
    return (
        "好的，整理如下：\n"
        f"**基本情况**：{who}，{sexzh(x.sex)}，{x.age}岁，{c.dept}。\n"
        f"**主要诊断**：{'；'.join(c.dx)}\n**要点**：{c.cc if x.pre else c.short}。{c.aux}\n"
        "**后续**：" + "；".join((c.advice or ["遵医嘱"])[:3]) + "。\n如需按科室模板调整格式，请告诉我。"
    )


def en_reply_first(r, d, x, ask):
    c = x.case
    if x.death:
        return death_reply(r, d, x, False, ask)
    kind = intent(ask)
    spec, imaging, plan = c.spec or c.dept, c.imaging or c.aux, c.plan or c.advice or ["as documented"]
    if x.handover:
        rows = r.sample(x.handover, min(len(x.handover), r.randint(3, 5)))
        out = ["Here are the patients I'd prioritise tonight:"]
        for b, q, age in rows:
            nm = pick(r, lambda q=q: d.en(q, ""), lambda q=q, age=age: d.et(q, en_title(q, r, age), ""))
            b = b if isinstance(b, str) else f"Bed {b}"
            out.append(
                f"- **{b}** {nm} ({age}): "
                + r.choice(
                    [
                        "new falls risk - check sensor mat.",
                        "NEWS2 rising - repeat obs at 22:00.",
                        "bloods due - ensure NBM if for theatre.",
                        "family expecting a call.",
                    ]
                )
            )
        out.append("Everyone else looks stable on this sheet; worth confirming DNACPR status at the bedside.")
        return "\n".join(out)
    if x.mdt_cases:
        out = ["Actions from the MDT:"]
        for q, cc, _mrn, age in x.mdt_cases:
            out.append(
                f"- {pick(r, lambda q=q: d.en(q, 'Patient'), lambda q=q, age=age: d.et(q, en_title(q, r, age), 'Patient'))}: "
                f"{(cc.plan or ['see outcome'])[0]} - owner: "
                f"{d.et(x.st.nurse, 'Sister' if x.st.nurse.sex == 'F' else 'Charge Nurse', 'CNS')}"
            )
        return "\n".join(out)
    if kind == "translate":
        name = d.zn(x.pat, "患者") if x.pat.zh else d.en(x.pat, "患者")
        return (
            f"中文版（摘要）：\n患者：{name}，{x.age}岁，{sexzh(x.sex)}\n诊断：{'；'.join(c.dx)}\n要点：{c.short}\n"
            "后续：" + "；".join(plan[:3])
        )
    if kind == "rewrite":
        ident = (
            f"DOB {d.dob(en_dob(r, x.dob), d.me)}, NHS {d.ident(x.nhs, d.me)}" if x.nhs else f"MRN {d.mrn(x.mrn, d.me)}"
        )
        return (
            "Here is a tighter version:\n\n"
            f"Re: {pname_en(r, d, x) if d.phi else 'the patient'} ({ident})\n"
            f"{cap1(c.short)}. Diagnosis: {'; '.join(c.dx)}. {imaging}\n"
            "Plan: " + "; ".join(plan[:3]) + ".\n\nI have cut repetition and kept the question, results and plan; "
            "the sign-off is unchanged."
        )
    who = pname_en(r, d, x)
    if kind == "meds":
        return (
            "Medication table:\n\n| Drug | Dose/frequency |\n|---|---|\n"
            + "\n".join(f"| {a} | {b or 'as directed'} |" for a, b in map(split_med, c.meds or ["as directed"]))
            + f"\n\nPlease make sure {who} has a copy before discharge."
        )
    if kind == "check":
        return (
            f"A few observations:\n1. The working diagnosis ({c.dx[0]}) fits the history and results.\n"
            f"2. Medication: {c.meds[0] if c.meds else 'none listed'} - standard dose; check renal function.\n"
            f"3. The plan for {who} is clear, but the escalation status isn't documented.\n4. Signatures and dates are present."
        )
    if kind == "letter" and x.pre:
        return (
            f"Dear {who if d.phi else 'Sir or Madam'},\n\nWe have received your referral to the {spec} service at {d.P(x.hosp)}. "
            f"Based on the information provided ({c.pc}), you will be offered an appointment; the booking team will contact you with "
            "a date. Please bring a list of your current medicines. If your symptoms get worse before then, contact your GP or "
            f"{d.P(r.choice(EN_HOTLINES))}.\n\nYours sincerely,\n\n{spec} booking team"
        )
    if kind == "letter":
        return (
            f"Dear {who if d.phi else 'Sir or Madam'},\n\nThank you for your patience. To summarise: {c.short}. "
            f"The main diagnosis was {lc1(c.dx[0].split(' (')[0])}. Next steps: " + "; ".join(plan[:2]) + ". "
            f"If you become unwell, please contact {d.P(r.choice(EN_HOTLINES) if x.lang == 'en' else '120 (emergency)')}."
            f"\n\nYours sincerely,\n\n{spec} team"
        )
    return (
        f"**Summary**\n- {who}, {x.age}, {spec}\n- Diagnosis: {'; '.join(c.dx)}\n- Key points: {c.pc if x.pre else c.short}. {imaging}\n"
        "- Plan: " + "; ".join(plan[:3]) + "\n\nLet me know if you want this in the trust template."
    )


def handover_followups(r, d, x, zh):
    pats = x.handover
    b, q, age = r.choice(pats)
    b2, q2, age2 = r.choice(pats)

    def nm(p, a):
        if p.zh and zh:
            return pick(r, lambda: d.zn(p, ""), lambda: d.zs(p, zh_title_for(p, r, a), "") if p.sur else d.zn(p, ""))
        return pick(r, lambda: d.en(p, ""), lambda: d.et(p, en_title(p, r, a), ""))

    if zh:
        return [
            (
                lambda: "能不能去掉姓名和住院号，只保留床号、年龄和诊断？我要贴到科室群里。",
                lambda: (
                    "去标识化版本：\n"
                    + "\n".join(f"- {bb}床：{aa}岁" for bb, _, aa in pats)
                    + "\n（姓名、住院号、陪护电话均已删除）"
                ),
            ),
            (
                lambda: f"{b}床那位晚上要注意什么？",
                lambda: (
                    f"{b}床{nm(q, age)}（{age}岁）：夜间重点观察生命体征和出入量，按时翻身，防跌倒；如有异常及时通知值班医生。"
                ),
            ),
            (
                lambda: f"帮我给值班医生写一段SBAR，关于{b2}床。",
                lambda: (
                    f"S：{b2}床{nm(q2, age2)}，{age2}岁，今晚出现{r.choice(['血压偏高', '体温升高', '疼痛加重'])}。\nB：见交班记录。\n"
                    "A：生命体征目前尚平稳，需医生评估。\nR：请尽快床旁查看，必要时调整医嘱。"
                ),
            ),
        ]
    lab = {b: (b if isinstance(b, str) else f"bed {b}") for b, _, _ in pats}
    b, b2 = lab[b], lab[b2]
    return [
        (
            lambda: "Can you strip the names and numbers so I can use it for a teaching session?",
            lambda: (
                "De-identified list:\n"
                + "\n".join(f"- {lab[bb]}: {aa} years old" for bb, _, aa in pats)
                + "\nNames, DOBs and hospital numbers removed."
            ),
        ),
        (
            lambda: f"What should nights watch for with {b}?",
            lambda: (
                f"{b} ({nm(q, age)}, {age}): repeat NEWS2 four-hourly, lying/standing BP before mobilising, and escalate if NEWS2 is 5 or more."
            ),
        ),
        (
            lambda: f"Write me an SBAR for the registrar about {b2}.",
            lambda: (
                f"S: {nm(q2, age2)}, {age2}, in {b2}, has {r.choice(['new tachycardia', 'a temperature of 38.4', 'increasing pain'])}.\n"
                "B: see handover.\nA: NEWS2 rising, not yet peri-arrest.\nR: please review within 30 minutes."
            ),
        ),
    ]


def death_followups(r, d, x, zh):
    dd = x.death
    if zh:
        return [
            (
                lambda: "去掉个人信息，我要放到死亡病例讨论的PPT里。",
                lambda: (
                    f"去标识化摘要：患者，{sexzh(x.sex)}，{d.P(f'{x.age}岁')}，因“{x.case.cc}”入院，住院期间经抢救无效死亡。"
                    f"直接死因：{dd.cause}。姓名、住院号、身份证号及家属信息均已删除。"
                ),
            ),
            (
                lambda: "家属问能不能复印病历，需要什么手续？",
                lambda: (
                    f"一般需要：死者{dd.relk}本人身份证原件、与死者关系证明（户口本或公证）、死亡医学证明书。可由"
                    f"{d.zn(dd.rel, '家属')}持上述材料到病案室办理，工作日办理，当天或次日可取。"
                ),
            ),
        ]
    return [
        (
            lambda: "Can you strip the identifiers for the mortality meeting slides?",
            lambda: (
                f"De-identified: {d.P(f'{x.age}-year-old')} {'woman' if x.sex == 'F' else 'man'}, expected death on day "
                f"{(dd.when - x.adm).days} of admission; proposed cause 1a {dd.cause}. Names, NHS number and family details removed."
            ),
        ),
        (
            lambda: f"The {dd.relk} asked who to call about collecting belongings - what shall I tell them?",
            lambda: (
                f'You could say: "{d.eg(dd.rel, "Hello")}, the ward will keep the belongings safe. Please call the bereavement '
                'office on the next working day to arrange a time."'
            ),
        ),
    ]


def zh_followups(r, d, x):
    """(user maker, assistant maker) pairs that can follow the first answer."""
    c, st = x.case, x.st
    if x.handover:
        return handover_followups(r, d, x, True)
    if x.death:
        return death_followups(r, d, x, True)

    def deid_reply():
        some = d.zs(x.pat, "某", "") if d.phi and x.pat.zh and x.pat.sur and r.random() < 0.5 else ""
        return (
            f"可以，去标识化版本如下：\n患者{some}，{sexzh(x.sex)}，{d.P(f'{x.age}岁')}，因“{c.cc}”就诊。诊断：{'；'.join(c.dx)}。"
            f"{c.short}。住院号、联系方式等均已删除，床号改为“X床”" + ("，姓名按惯例写作“某某”。" if some else "。")
        )

    out = [
        (
            lambda: "用药方面有什么需要特别注意的？",
            lambda: (
                "主要注意：\n"
                + "\n".join(f"- {m_}：按时服用，观察不良反应。" for m_ in c.meds[:3])
                + f"\n另外，{'、'.join(d.P(h) for h in r.sample(ZH_HERBS, 2))}等中药或保健品请先咨询医生再服用；"
                f"如有疑问可咨询{d.P(r.choice(ZH_TITLES_NO_NAME))}。"
            ),
        ),
        (
            lambda: "能把个人信息去掉吗？我要拿去科室病例讨论。",
            deid_reply,
        ),
        (
            lambda: "帮我翻译成英文，给外籍会诊专家看。",
            lambda: (
                "Summary for the visiting consultant:\n- Patient: "
                + (pname_en(r, d, x) if (not x.pat.zh or x.pat.sur_py) else "the patient")
                + f", {x.age}{'F' if x.sex == 'F' else 'M'}\n- Department: {c.dept}\n- Diagnosis codes: "
                + (", ".join(re.findall(r"[A-Z]\d{2}(?:\.\d)?", " ".join(c.dx))) or "n/a")
                + f"\n- Current status: {c.short}（中文原文）"
            ),
        ),
        (
            lambda: "这个病人下次复查要查什么？",
            lambda: (
                "建议复查项目：\n"
                + "\n".join(f"- {a}" for a in (c.advice or ["遵医嘱"]))
                + "\n以上可根据复查结果调整。"
            ),
        ),
    ]
    if d.phi and not x.handover:
        relk = r.choice(["女儿", "儿子"] if not x.child else ["母亲"])
        rel = zh_rel(r, x, relk)
        ph = zh_mobile(r)
        doc_ = st.attending
        out.append(
            (
                lambda: f"再帮我写条短信发给家属，{relk}叫{d.zn(rel)}，手机{d.phone(ph)}。",
                lambda: (
                    f"短信如下：\n“{d.zs(rel, '先生' if rel.sex == 'M' else '女士') if rel.sur else d.zn(rel)}您好，我是{d.P(x.hosp)}"
                    f"{c.dept}的{d.zs(doc_, '医生') if doc_.sur else d.zn(doc_)}。{pname_zh(r, d, x)}目前{c.short}，"
                    f"{r.choice(c.advice or ['请按时复诊'])}。如有疑问请在工作日联系病房。”\n发送前请再核对一次号码 {d.phone(ph)}。"
                ),
            )
        )
        new_addr, new_phone = zh_address(r), zh_mobile(r)
        mail = email_for(r, rel)
        out.append(
            (
                lambda: (
                    f"补充一下：患者最近搬家了，新住址是{d.addr(new_addr)}，手机也换成了{d.phone(new_phone)}，帮我更新到首页信息里。"
                ),
                lambda: (
                    f"已更新首页联系信息：\n- 现住址：{d.addr(new_addr)}\n- 联系电话：{d.phone(new_phone)}\n"
                    f"原登记电话{d.phone(x.phone)}已标注为“停用”，建议下次就诊时请{pname_zh(r, d, x)}本人再核对一次。"
                ),
            )
        )
        out.append(
            (
                lambda: (
                    f"{relk}{d.zg(rel, '') if len(getattr(rel, 'giv', None) or '') >= 2 else ''}想要电子版，邮箱是{d.email(mail)}，帮我写一段发送说明。"
                ),
                lambda: (
                    f"发送说明：\n收件人：{d.email(mail)}\n主题：{c.dept}病历资料（请妥善保管）\n正文：您好，附件为{pname_zh(r, d, x)}的相关资料，"
                    "含个人隐私信息，请勿转发。如有疑问请工作日联系病房。"
                ),
            )
        )
        out.append(
            (
                lambda: f"主治医生是{d.zn(st.attending)}，帮我在末尾加上签名栏。",
                lambda: (
                    f"已补充：\n\n主治医师：{d.zn(st.attending)}　　日期：{zh_date(x.dis, style=0)}\n\n"
                    f"如需加上{d.zs(st.chief, '主任') if st.chief.sur else d.zn(st.chief)}的审签，也可以放在同一行。"
                ),
            )
        )
    return out


def en_followups(r, d, x):
    c, st = x.case, x.st
    if x.handover:
        return handover_followups(r, d, x, False)
    if x.death:
        return death_followups(r, d, x, False)
    out = [
        (
            lambda: "Anything to watch with the medications?",
            lambda: (
                "Main points:\n"
                + "\n".join(f"- {m_}: check adherence and side effects." for m_ in c.meds[:3])
                + f"\nAvoid over-the-counter {d.P(r.choice(EN_OTC))} without checking first. If unsure, ask {d.P(r.choice(EN_TITLES_NO_NAME))}."
            ),
        ),
        (
            lambda: "Can you strip the identifiers so I can use it for teaching?",
            lambda: (
                f"De-identified version:\nA {d.P(f'{x.age}-year-old')} {'woman' if x.sex == 'F' else 'man'} presented with "
                f"{c.pc or c.cc}. Diagnosis: {'; '.join(c.dx)}. {c.short}. Names, dates of birth, NHS and hospital numbers removed."
            ),
        ),
        (
            lambda: "What follow-up does this patient need?",
            lambda: "Suggested follow-up:\n" + "\n".join(f"- {a}" for a in (c.plan or c.advice or ["as documented"])),
        ),
        (
            lambda: "Summarise it in two sentences for the board round.",
            lambda: (
                f"{cap1(pname_en(r, d, x))} - {c.short}. Main issue: {c.dx[0].split(' (')[0]}; plan: "
                f"{(c.plan or c.advice or ['as documented'])[0]}."
            ),
        ),
    ]
    if d.phi and not x.handover and not x.mdt_cases:
        relk = r.choice(["daughter", "son"] if not x.child else ["mother"])
        rel = (
            zh_rel(r, x, {"daughter": "女儿", "son": "儿子", "mother": "母亲"}[relk])
            if x.lang != "en"
            else en_rel(r, x, relk)
        )
        ph = uk_phone(r, mobile=True) if x.lang == "en" or not x.pat.zh else zh_mobile(r)
        out.append(
            (
                lambda: f"Please draft a text to the {relk}, {d.en(rel)}, on {d.phone(ph)}.",
                lambda: (
                    f'Suggested text:\n"Hello {d.eg(rel)}, this is the {c.spec or c.dept} team at {d.P(x.hosp)}. {pname_en(r, d, x)} is '
                    f'{r.choice(["doing well", "comfortable", "making steady progress"])}. Please call the ward if you have questions."'
                ),
            )
        )
        new_addr = uk_address(r) if x.lang == "en" else zh_address(r)
        new_phone = uk_phone(r) if x.lang == "en" else zh_mobile(r)
        out.append(
            (
                lambda: (
                    f"Update: the patient has moved to {d.addr(new_addr)} and the new mobile is {d.phone(new_phone)}. Can you amend the letter?"
                ),
                lambda: (
                    f"Amended contact details:\n{d.addr(new_addr)}\nMobile: {d.phone(new_phone)}\n"
                    f"I've removed the old number ({d.phone(x.phone)}). Please also update the demographics on the PAS so future letters go to the right place."
                ),
            )
        )
        if x.lang == "en":
            out.append(
                (
                    lambda: (
                        f"Add {d.et(st.consultant, 'Dr')} as the responsible consultant and sign it off from me, {d.en(st.fy1)}."
                    ),
                    lambda: (
                        f"Done - sign-off now reads:\n\n{d.en(st.fy1)}, FY1\nfor {d.et(st.consultant, 'Dr')}, Consultant {c.spec}"
                    ),
                )
            )
    return out


def build_conversation(r, d, style_fn, lang):
    doc, x, asks, source = style_fn(r, d)
    ask = r.choice(asks)
    first = pick(r, lambda: f"{ask}\n\n{doc}", lambda: f"{doc}\n\n{ask}", lambda: f"{ask}\n```\n{doc}\n```")
    n_turns = r.choices([1, 2, 3, 4, 5, 6], [12, 33, 8, 27, 6, 14])[0]
    turns = [first]
    zh_side = lang == "zh" or (lang == "mixed" and CJK_RE.search(ask) and r.random() < 0.7)
    if n_turns >= 2:
        turns.append(zh_reply_first(r, d, x, ask) if zh_side else en_reply_first(r, d, x, ask))
    fol = (zh_followups if zh_side else en_followups)(r, d, x)
    r.shuffle(fol)
    while len(turns) < n_turns:
        user_fn, reply_fn = fol.pop()
        turns.append(user_fn())
        if len(turns) < n_turns:
            turns.append(reply_fn())
    return turns, source


# ---------------------------------------------------------------------------------------------------------
# the set

STYLES = {
    "zh": [
        (zs_admission, "入院记录"),
        (zs_discharge, "出院小结"),
        (zs_consult, "会诊记录"),
        (zs_opnote, "手术记录"),
        (zs_handover, "护理交班"),
        (zs_outpatient, "门诊病历"),
        (zs_labreport, "检验报告"),
        (zs_rx, "处方笺"),
        (zs_referral, "转诊单"),
        (zs_death, "死亡记录"),
        (zs_consent, "知情同意书"),
        (zs_followup, "随访电话记录"),
        (zs_communication, "医患沟通记录"),
        (zs_complaint, "投诉信"),
        (zs_sickleave, "病假条"),
        (zs_progress, "病程记录"),
        (zs_wechat, "家属微信咨询"),
        (zs_checkup, "体检报告"),
        (zs_nursing, "护理评估单"),
    ],
    "en": [
        (es_admission, "admission clerking"),
        (es_discharge, "discharge summary"),
        (es_referral, "referral letter"),
        (es_opnote, "operation note"),
        (es_mdt, "MDT minutes"),
        (es_handover, "ward handover"),
        (es_gp_letter, "GP letter"),
        (es_clinic_letter, "clinic letter cc"),
        (es_incident, "incident report"),
        (es_safeguarding, "safeguarding note"),
        (es_consent, "consent form"),
        (es_careplan, "nursing care plan"),
        (es_phone, "telephone encounter"),
        (es_email, "patient email"),
        (es_ed, "ED record"),
        (es_death, "verification of death"),
    ],
    "mixed": [
        (ms_admission, "bilingual admission note"),
        (ms_discharge, "bilingual discharge summary"),
        (ms_intl_clinic, "international clinic note"),
        (ms_handover, "bilingual handover"),
        (ms_insurance, "insurance medical report"),
        (ms_wardround, "bilingual ward round"),
    ],
}
LANG_COUNTS = {"zh": 150, "en": 105, "mixed": 45}
PHI_FREE_SHARE = 0.25
LONG_DIGITS = re.compile(r"\d{7,}")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


def tidy_anonymous(t):
    """Close the gaps an omitted name leaves in a PHI-free row (a row with spans is never rewritten)."""
    t = re.sub(r"[ \t]+([.,;:])", r"\1", t)
    t = re.sub(r"\(\s*\)|（\s*）", "", t)
    return re.sub(r"(?<=\S) {2}(?=[a-z])", " ", t)


def first_position(turns, text):
    for i, t in enumerate(turns):
        k = t.find(text)
        if k >= 0:
            return i, k
    return len(turns), 0


def stray_identifiers(row):
    """Long digit runs and e-mail addresses must sit inside a span (catches identifiers a template forgot to label)."""
    errs = []
    texts = [sp["text"] for sp in row["spans"]]
    for t in row["turns"]:
        for rx in (LONG_DIGITS, EMAIL_RE):
            for mt in rx.finditer(t):
                inside = False
                for sp in texts:
                    for s, e in occurrences(t, sp):
                        if s <= mt.start() and mt.end() <= e:
                            inside = True
                if not inside:
                    errs.append(f"stray identifier {mt.group()!r}")
    return errs


def make_row(r, rid, lang, style_fn, style_name, phi, stats):
    for attempt in range(1, 400):
        d = Doc(r, phi)
        turns, source = build_conversation(r, d, style_fn, lang)
        if not phi:
            turns = [tidy_anonymous(t) for t in turns]
        spans = [{"kind": k, "text": t, "parts": parts} for (k, t), parts in d.spans.items()]
        spans.sort(key=lambda sp: first_position(turns, sp["text"]))
        row = {
            "id": rid,
            "lang": lang,
            "style": style_name,
            "source": source if phi else "none",
            "turns": turns,
            "spans": spans,
            "protect": [p for p in d.protect if any(p in t for t in turns)],
        }
        errs = check_row(row) + stray_identifiers(row)
        if phi and not spans:
            errs.append("no spans in a PHI row")
        if not errs:
            stats["attempts"].append(attempt)
            return row
        stats["reasons"][errs[0].split(" ")[0] + " " + errs[0].split(" ")[1]] += 1
    raise RuntimeError(f"{rid}: no valid draw in 400 attempts ({errs[:3]})")


def plan(r):
    slots = []
    for lang, n in LANG_COUNTS.items():
        styles = STYLES[lang]
        order = []
        while len(order) < n:
            batch = styles[:]
            r.shuffle(batch)
            order += batch
        order = order[:n]
        free = set(r.sample(range(n), round(n * PHI_FREE_SHARE)))
        slots += [(lang, fn, name, i not in free) for i, (fn, name) in enumerate(order)]
    r.shuffle(slots)
    return slots


def summarise(rows, stats):
    by_lang = Counter(row["lang"] for row in rows)
    kinds = Counter()
    kinds_lang = Counter()
    for row in rows:
        for sp in row["spans"]:
            kinds[sp["kind"]] += 1
            kinds_lang[(row["lang"], sp["kind"])] += 1
    free = sum(1 for row in rows if not row["spans"])
    print(f"rows: {len(rows)}  " + "  ".join(f"{k}: {by_lang[k]}" for k in ("zh", "en", "mixed")))
    print(f"PHI-free rows: {free}")
    print("spans per kind: " + "  ".join(f"{k}: {kinds[k]}" for k in KINDS) + f"  total: {sum(kinds.values())}")
    for lang in ("zh", "en", "mixed"):
        print(f"  {lang:5s} " + "  ".join(f"{k}: {kinds_lang[(lang, k)]}" for k in KINDS))
    turns = Counter(len(row["turns"]) for row in rows)
    print("turns per row: " + "  ".join(f"{k}: {turns[k]}" for k in sorted(turns)))
    print(
        f"styles: {len({row['style'] for row in rows})}  protect strings: {sum(len(row['protect']) for row in rows)}  "
        f"characters: {sum(len(t) for row in rows for t in row['turns'])}"
    )
    att = stats["attempts"]
    print(
        f"draws per row: mean {sum(att) / len(att):.2f}, max {max(att)}; rejections: "
        + ", ".join(f"{k} {v}" for k, v in stats["reasons"].most_common(6))
    )


def main():
    r = Random(SEED)
    stats = {"attempts": [], "reasons": Counter()}
    rows = []
    for i, (lang, fn, name, phi) in enumerate(plan(r), 1):
        rows.append(make_row(r, f"dev11-{i:04d}", lang, fn, name, phi, stats))
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for row in rows:
        assert not check_row(row), row["id"]
    with open(OUT, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    summarise(rows, stats)


if __name__ == "__main__":
    main()
