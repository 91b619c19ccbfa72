"""Word lists the name finders use: surnames, titles, relation cues, and words that only look like names."""
from __future__ import annotations

from annotation.deid.surnames import DOUBLE_SURNAMES, EVERYDAY, SURNAMES  # noqa: F401 (one place to import word lists from)

# Characters a given name does not start or continue with: verbs and particles that follow a name.
NOT_IN_GIVEN_NAME = frozenset(
    "的了是在有也和跟说去来到今昨前这那因从得被把让给对很都还又已不没要想会能就现近经每住患出发确做突感头咳腹胸"
    "某氏等及与或为于自今后上下内外年月日号岁次个位名家人吗呢吧啊呀哦嗯，。、；：！？"
)
# Two characters that end a given name before them although each may be part of one (刚才, 三天前).
NOT_IN_GIVEN_NAME_PAIRS = frozenset(
    "刚才 刚刚 刚好 天前 天后 天了 天内 天以 天来 天左 天天 天都 天没 天一 天两 天三 天晚 天早 天上 天下 天中 天气 才来 才去 才知 才发 才好 才能 才是".split()
)
# Two-character words that begin with a surname character: a cue followed by one of them is not a name.
COMMON_WORDS = frozenset(
    """
    高热 高烧 高血 高压 高危 高龄 高度 高于 高温 高级 高原 高钾 高钠 高脂 高糖 高尿 黄疸 黄色 黄痰 黄斑 黄体 黄芪 黄连 黄芩 白色 白细 白天 白带 白内 白癜 白血 白痰
    石膏 石头 方便 方面 方法 方案 方向 方式 金属 金银 江湖 常规 常见 常用 常常 时间 时候 时常 于是 万一 全身 全科 全部 全血 全麻 安全 安静 安排 安眠 平时 平均 平躺
    明天 明显 明确 明白 水肿 水痘 水平 水分 花粉 花生 国家 国内 文化 东西 关节 关于 关注 公斤 公里 后来 后背 后面 红肿 红色 红疹 能够 能量 家属 家人 家里 家族 都是
    通常 通过 利尿 向上 从来 双侧 双下 边缘 别的 充血 尚未 那些 那个 空腹 养生 相关 查体 益生 盖子 干咳 干燥 解热 解决 应该 应用 经常 经过 支气 支架 路上 危险 宿舍
    印象 满意 步行 居家 终于 古代 易感 容易 鱼刺 连续 广泛 师傅 冷汗 简单 须要 丰富 权威 游泳 计划 伏天 成人 成分 谈话 乐观 元气 齐全 康复 云南 章节 毕竟 皮疹 皮肤
    马上 田间 山药 谷丙 松弛 井水 富含 宫颈 宫缩 秋季 仲裁 伊始 甘草 景象 怀孕 怀疑 池塘 乔木 阴性 阴道 苍白 申请 扶着 燕窝 习惯 艾灸 衡量 耿直 越来 隆起 融合 辛辣
    谢谢 感谢 应定 应当 应在 应及 应注 应避 应尽 应按 应多 应少 应立 应遵 沙眼 沙丁 朱砂 杜仲 何时 何处 张口 李子 杨梅 周围 周期 周末 吴茱 陈皮 孙子 孙女 钱币 林中 罗汉 梁上 宋体 唐朝 许多 许可 韩国 冯氏 曹操 彭大 曾经 曾有 肖像 田地
    董事 袁氏 潘安 蒋氏 蔡氏 余下 余量 杜绝 叶酸 叶子 程度 程序 苏醒 魏氏 吕氏 丁香 丁型 任何 任意 沈氏 姚氏 卢氏 姜汤 姜茶 崔氏 钟头 谭氏 陆续 汪洋 范围 金钱 夏天
    夏季 付款 邹氏 孟氏 熊猫 秦氏 邱氏 尹氏 薛氏 段时 雷击 侯氏 龙眼 龙骨 史上 陶瓷 黎明 贺卡 顾客 顾虑 毛发 毛囊 毛病 郝氏 龚氏 邵氏 万分 严重 严格 武术 戴口 戴上
    莫名 孔径 汤药 柏油 包括 包块 包扎 左侧 左右 左边 车祸 车上 宁可 项目 祝福 单位 单纯 单独 季节 葛根 俞氏 樊氏 兰花 卓越 屈曲 蒲公 鲁莽 靳氏 车前 温度 温水
    温和 柯氏 甘油 饶恕 牛奶 牛黄 燕麦 谷氨 姬松 党参 申报 冀中 庄稼 边上 晏氏 柴胡 连翘 茹素 容量 易怒 易于 居民 终身 都市 国产 文献 广告 师范 关心 后天 相同
    相信 查看 查询 益处 解剖 应激 经期 经血 经济 支持 步骤 满足 巩固 聂氏 冷敷 冷饮 辛苦 简直 空调 曾孙 沙发 养成 鞠躬 须知 丰满 关键 红细 红斑 游戏 权利 盖上
    """.split()
)
ZH_TITLES = (
    "主治医师", "主治医生", "主任医师", "副主任", "护士长", "医生", "医师", "大夫", "主任", "护士", "教授", "老师", "先生", "女士", "小姐",
    "阿姨", "同学", "院长", "药师", "师傅", "大爷", "大妈", "奶奶", "爷爷", "叔叔", "伯伯", "大哥", "大姐", "老板", "经理", "主管",
    "副主任医师", "住院医师", "住院医生", "主管护师", "护师", "技师", "副教授", "讲师", "博士", "科长", "处长", "书记", "太太", "夫人",
    "老师傅", "老先生", "老太太", "阿婆", "阿公", "婆婆", "姐姐", "哥哥", "总", "同志", "医助", "助理",
)
# Words after which a name follows: self-introduction, record labels, roles and family relations.
ZH_CUES = (
    "我叫", "名叫", "叫做", "叫", "我是", "这是", "本人", "姓名", "患者姓名", "病人姓名", "联系人", "紧急联系人", "家属", "患者", "病人", "病患", "接诊医师", "接诊医生",
    "主治医师", "主治医生", "经治医生", "经治医师", "管床医生", "医师", "医生", "大夫", "护士长", "护士", "主任", "教授", "老师", "签名",
    "我爸", "我妈", "爸爸", "妈妈", "父亲", "母亲", "老公", "老婆", "丈夫", "妻子", "爱人", "儿子", "女儿", "孙子", "孙女", "外孙", "外孙女",
    "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "舅舅", "舅妈", "姑姑", "姑父", "叔叔", "阿姨", "婶婶", "伯伯", "大姨妈", "大姨", "姨妈",
    "小姨", "哥哥", "姐姐", "弟弟", "妹妹", "婆婆", "公公", "岳父", "岳母", "女婿", "儿媳", "媳妇", "孩子", "朋友", "同事", "同学", "邻居",
    "未婚夫", "未婚妻", "男朋友", "女朋友", "对象", "另一半", "男友", "女友", "前男友", "前女友", "恋人", "伴侣", "室友", "表哥", "表姐", "表弟", "表妹", "堂哥", "堂姐", "您是", "你是", "他是", "她是",
    # record and form labels, roles on a ward
    "就诊人", "就诊者", "受检者", "检查者", "申请人", "患儿", "病儿", "患儿姓名", "伤者", "孕妇", "产妇", "病友", "陪护", "陪护人", "陪同人",
    "监护人", "代理人", "委托人", "被委托人", "授权人", "签字人", "家长", "家属签字", "患者签字", "签字", "医师签名", "护士签名", "记录人",
    "记录者", "书写者", "报告人", "报告医生", "报告医师", "审核医生", "审核医师", "审核人", "送检医生", "送检医师", "申请医生", "申请医师",
    "开单医生", "助手", "一助", "二助", "器械护士", "巡回护士", "检查医生", "检查医师", "操作医生", "手术医生", "术者", "主刀", "主刀医生", "麻醉医生", "麻醉师", "值班医生", "值班医师",
    "值班护士", "责任护士", "管床护士", "床位医生", "主管医生", "主管医师", "门诊医生", "转诊医生", "随访人", "随访医生", "联系人姓名",
    "家属姓名", "姓名为", "名字是", "名字叫", "我的名字是", "我姓", "免贵姓", "署名", "落款", "审核", "复核", "核对人", "校对", "操作者", "执行人", "执行护士", "发药", "配药", "核收", "经手人", "负责人", "对接人", "联络人", "代签人", "抄送", "交接人", "接班人", "交班人", "收件人", "寄件人", "经办人",
    # more family and relation words
    "老伴", "老伴儿", "前妻", "前夫", "小姨子", "小舅子", "大姑子", "小叔子", "姐夫", "妹夫", "嫂子", "弟媳", "弟妹", "侄子", "侄女", "外甥",
    "外甥女", "孙媳妇", "儿媳妇", "亲家", "干妈", "干爹", "继父", "继母", "养父", "养母", "公婆", "闺女", "闺蜜", "老乡", "领导", "队友", "师兄",
    "师姐", "师妹", "师弟", "学生", "战友", "姨父", "姑妈", "舅公", "姨婆", "太太", "先生", "宝宝", "大儿子", "小儿子", "大女儿", "小女儿",
    "二儿子", "二女儿", "老大", "老二", "老三", "孙儿", "外孙子", "侄儿", "姐妹", "兄弟", "母亲是", "父亲是", "爱人是", "丈夫是", "妻子是",
    "其子", "其女", "其夫", "其妻", "其母", "其父", "其兄", "其弟", "其姐", "其妹", "其孙", "其孙女", "其配偶", "其家属", "配偶", "子女",
    "被保险人", "投保人", "受益人", "被保人", "参保人", "持卡人", "户主", "纳税人", "申请者", "被监护人", "来电人", "来访者", "访客", "咨询人",
)
# "我妈妈王芳": the longer cue must be listed, or "我妈" would take the first character of "妈妈".
ZH_CUES = ZH_CUES + tuple("我" + cue for cue in ZH_CUES if len(cue) == 2 and cue[0] == cue[1])

EN_TITLES = (
    "Dr", "Mr", "Mrs", "Ms", "Miss", "Mx", "Prof", "Professor", "Nurse", "Sister", "Pt", "Patient", "Attending", "Resident", "Fellow",
    "Dear", "Doctor", "Surgeon", "Pharmacist", "Midwife", "Therapist", "Physician", "Consultant", "Registrar", "Intern", "RN",
    "NP", "PA", "CNA", "LPN", "Drs", "Sr", "Fr", "Rev", "Revd", "Capt", "Sgt", "Lt", "Col", "Hon", "Sir", "Dame",
    "Nurse Practitioner", "Ptn", "Mme", "Mlle", "Herr", "Frau", "Sra", "Sr.", "Señor", "Señora", "Dra", "Madam", "Auntie", "Uncle",
)
EN_RELATIONS = (
    "wife", "husband", "son", "daughter", "mother", "father", "mom", "mum", "dad", "brother", "sister", "grandmother", "grandfather",
    "grandma", "grandpa", "granny", "grandson", "granddaughter", "aunt", "uncle", "niece", "nephew", "cousin", "friend", "partner",
    "fiance", "fiancé", "fiancee", "fiancée", "neighbor", "neighbour", "colleague", "boss", "caregiver", "carer", "spouse", "girlfriend",
    "boyfriend", "daughter-in-law", "son-in-law", "mother-in-law", "father-in-law", "stepson", "stepdaughter", "roommate", "child", "baby",
    "nurse", "doctor", "resident", "attending", "surgeon", "pharmacist", "therapist", "physician", "midwife", "consultant",
    "next of kin", "NOK", "emergency contact", "contact", "guardian", "parent", "relative", "sibling", "twin", "stepmother", "stepfather",
    "stepmom", "stepdad", "fiancé", "husband's", "wife's", "son's", "daughter's", "patient", "my patient", "our patient", "the patient",
    "client", "resident", "housemate", "flatmate", "landlord", "landlady", "employer", "coworker", "co-worker", "teacher", "coach",
    "POA", "HCP", "proxy", "health care proxy", "power of attorney", "informant", "historian", "interpreter", "translator", "chaperone",
    "referring physician", "PCP", "GP", "primary care physician", "primary care provider", "provider", "clinician",
)
EN_POSTNOMINALS = ("MD", "M.D.", "RN", "DO", "NP", "PA-C", "PhD", "FRCP", "MBBS", "DNP", "LPN", "CNM")
EN_SIGNOFFS = (
    "Sincerely", "Regards", "Kind regards", "Best regards", "Warm regards", "Warmest regards", "With regards", "Best wishes", "Best", "Thanks",
    "Thank you", "Many thanks", "Thanks again", "Thanks so much", "Much appreciated", "Yours", "Yours sincerely", "Yours faithfully",
    "Yours truly", "Respectfully", "Warmly", "Cheers", "Take care", "All the best", "Cordially", "Signed", "Signature", "Electronically signed by",
    "Dictated by", "Reviewed by", "Seen by", "Authored by", "Written by",
)
# Words that follow a title-like cue without being a name: brands, organisations, common words.
EN_NOT_NAMES = frozenset(
    """
    pepper scholl scholl's martens reddy reddy's bronner bronner's teal teal's oetker seuss who phil oz brown's
    clinic hospital center centre association foundation institute university college society department health medical
    services group pharmacy trust board ward unit team office staff on call the a an and or of in at to for with by from
    is was has had have been be will would can could should may might must not no yes here there this that these those it
    he she they we you i me my his her their our your please thanks thank today yesterday tomorrow
    worried sorry fine ok okay good well better worse feeling calling writing asking wondering afraid unsure sure concerned
    diabetic pregnant allergic asthmatic male female years old pending unknown none na n/a
    general memorial regional county national royal insurance medicine internal surgery pediatrics paediatrics cardiology
    oncology neurology radiology emergency laboratory lab labs imaging primary urgent infirmary hospice pharmacy's
    street road avenue lane drive court way place city state united kingdom states america england london china
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december morning afternoon evening night week month year
    also just still only even again here there now then when where what which who why how type stage grade class
    nursing nurses doctors physicians surgeons pharmacists staff's team team's
    """.split()
)
# Common English given names: a capitalised word after one of them is taken as a surname.
EN_GIVEN_NAMES = frozenset(
    """
    James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark Donald Steven Paul
    Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry
    Justin Scott Brandon Benjamin Samuel Raymond Frank Alexander Patrick Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas
    Zachary Peter Kyle Walter Ethan Jeremy Harold Keith Christian Roger Noah Gerald Carl Terry Sean Austin Arthur Lawrence Jesse Dylan
    Bryan Joe Jordan Billy Bruce Albert Willie Gabriel Logan Alan Juan Wayne Roy Ralph Randy Eugene Vincent Russell Elijah Louis Bobby
    Philip Johnny Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra Ashley
    Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Shirley
    Angela Helen Anna Brenda Pamela Nicole Emma Samantha Katherine Christine Debra Rachel Catherine Carolyn Janet Ruth Maria Heather
    Diane Virginia Julie Joyce Victoria Olivia Kelly Christina Lauren Joan Evelyn Judith Megan Cheryl Andrea Hannah Martha Jacqueline
    Frances Gloria Ann Teresa Kathryn Sara Janice Jean Alice Madison Doris Abigail Julia Judy Grace Denise Amber Marilyn Beverly Danielle
    Theresa Sophia Marie Diana Brittany Natalie Isabella Charlotte Rose Alexis Kayla Jane Tom Jim Bob Bill Mike Dave Steve Chris Liz
    Kate Katie Sue Meg Jenny Tony Ben Sam Max Leo Lucy Ella Chloe Zoe Mia Ava Lily Ruby Jake Luke Owen Liam Ian Neil Colin Graham
    """.split()
)
