"""Word lists the name finders use: surnames, titles, relation cues, and words that only look like names."""

from __future__ import annotations

from annotation.deid.surnames import (  # noqa: F401 (one place to import word lists from)
    DOUBLE_SURNAMES,
    EVERYDAY,
    SURNAMES,
    TO_TRADITIONAL,
    with_traditional,
)

# Characters a given name does not start or continue with: verbs and particles that follow a name.
NOT_IN_GIVEN_NAME = frozenset(
    "的了是在有也和跟说去来到今昨前这那因从得被把让给对很都还又已不没要想会能就现近经每住患出发确做突感头咳腹胸"
    "某氏等及与或为于自今后上下内外年月日号岁次个位名家人吗呢吧啊呀哦嗯，。、；：！？"
    "我你您他她它们床省市县区镇乡村路街巷几"
    "挺蛮最"  # degree adverbs: 那挺好, 那蛮好 say how something is, no 那 is named
    "别胎"  # 费别, 科别 (a form's labels), 单活胎 (an ultrasound's finding)
)
NOT_IN_GIVEN_NAME = NOT_IN_GIVEN_NAME | frozenset("".join(NOT_IN_GIVEN_NAME).translate(TO_TRADITIONAL))
# Characters modern given names are commonly made of (general knowledge, as the surname list is).
GIVEN_CHARS = frozenset(
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰玉萍红鹏辉玲燕华飞鑫波斌宇浩凯健俊帆帅旭宁龙林毅锋亮峰"
    "建国志海成晨昊博文轩睿泽铭皓然诚彬坤荣永春松柏栋梁远航逸骏翔晖琳晶瑶梓涵欣怡婷倩颖慧悦嘉佳思雨诗若梦紫"
    "馨莉蓉琴凤云霖雅楠丹岚蕾薇菲璐媛妍婕琪露洁金银宝贵福禄寿喜德仁义礼智信忠孝安康泰祥瑞庆胜利兴旺财东振新"
    "立光耀祖宗家庭树森山河江川岩石鸣豪雄威武彪虎豹鹰鹤莺鹃梅竹菊荷莲桃杏桐枫柳杨槐芝萱蓓蕊芬芸芹茜茹莎菁萌"
    "蓝虹霏霜雯雪冰清淑贤惠娴婉娇媚嫣姗妮娅婵娥姣月星辰阳晴晓曦昕昭晗暄琦瑜瑾璇璟琛瑛珊珍珠琼琰玮珏钰锦钧"
    "镇锐键铮恒忆恩意念雷震霆宏弘广延廷彦彤影征勤劲勋励力功冬秋夏天元子少正世永亦乐书学兵卫民生和美素翠娣"
    "根柱顺满全奇伦凡君均坚培增壮奎宪容宸寅岳崇巍希庚彩恺悠政敬斐方旻昌晋普智曼朗朝杉桦楷欢武池沛"
    "沁泉洲浦涌淳渊源溪滨漫潇澜灿炜烨煜熙爽玥珂琬璋璞甫甜盈真祺禹程竞笑笛筠"
    "碧仪咏邦巧连启佩"
    "兆基谦承长富翰才哲铁爱丁香余"  # 兆基, 子谦, 承恩, 长富, 富贵, 宗翰, 有才, 哲玮, 铁柱, 爱华, 丁香, 余辉
)
GIVEN_CHARS = GIVEN_CHARS | frozenset("".join(GIVEN_CHARS).translate(TO_TRADITIONAL))
# Given names most people know that jieba's dictionary also lists as words (秀英 18, 志强 15): written alone
# they are candidates for the name tagger all the same. Not those that are words first (建国, 国庆, 和平,
# 海洋, 文静, 光辉, 立新): a full name with them is still taken, their given name alone is not.
COMMON_GIVEN_NAMES = frozenset(
    with_traditional(
        "秀英 玉兰 桂兰 淑珍 淑英 建华 建平 建明 志强 国强 国华 海燕 红梅 红霞 丽丽 婷婷 美玲 俊杰 欣怡 海涛 振华 海龙"
        " 春生 永福".split()
    )
)
# Two characters that end a given name before them although each may be part of one (刚才, 三天前).
NOT_IN_GIVEN_NAME_PAIRS = frozenset(
    "刚才 刚刚 刚好 天前 天后 天了 天内 天以 天来 天左 天天 天都 天没 天一 天两 天三 天晚 天早 天上 天下 天中 天气 才来 才去 才知 才发 才好 才能 才是 既往".split()
)
# Two-character words that begin with a surname character: a cue followed by one of them is not a name.
COMMON_WORDS = frozenset(
    """
    高热 高烧 高血 高压 高危 高龄 高度 高于 高温 高级 高原 高钾 高钠 高脂 高糖 高尿 黄疸 黄色 黄痰 黄斑 黄体 黄芪 黄连 黄芩 白色 白细 白天 白带 白内 白癜 白血 白痰
    石膏 石头 方便 方面 方法 方案 方向 方式 金属 金银 江湖 常规 常见 常用 常常 时间 时候 时常 于是 万一 全身 全科 全部 全血 全麻 全髋 全膝 麻腮 安全 安静 安排 安眠 平时 平均 平躺
    明天 明早 明晚 明日 明年 今天 今早 今晚 今日 今年 昨天 昨晚 昨日 前天 明显 明确 明白 水肿 水痘 水平 水分 花粉 花生 国家 国内 文化 东西 关节 关于 关注 公斤 公里 后来 后背 后面 红肿 红色 红疹 能够 能量 家属 家人 家里 家族 都是
    通常 通过 利尿 向上 从来 双侧 双下 边缘 别的 充血 尚未 那些 那个 空腹 养生 相关 查体 益生 盖子 干咳 干燥 解热 解决 应该 应用 经常 经过 支气 支架 路上 危险 宿舍
    印象 满意 步行 居家 终于 古代 易感 容易 鱼刺 连续 广泛 师傅 冷汗 简单 须要 丰富 权威 游泳 计划 伏天 成人 成分 谈话 乐观 元气 齐全 康复 云南 章节 毕竟 皮疹 皮肤
    马上 田间 山药 谷丙 松弛 井水 富含 宫颈 宫缩 秋季 仲裁 伊始 甘草 景象 怀孕 怀疑 池塘 乔木 阴性 阴道 苍白 申请 扶着 燕窝 习惯 艾灸 衡量 耿直 越来 隆起 融合 辛辣
    谢谢 感谢 应定 应当 应在 应及 应注 应避 应尽 应按 应多 应少 应立 应遵 沙眼 沙丁 朱砂 杜仲 何时 何处 张口 李子 杨梅 周围 周期 周末 吴茱 陈皮 孙子 孙女 钱币 林中 罗汉 梁上 宋体 唐朝 许多 许可 韩国 冯氏 曹操 彭大 曾经 曾有 肖像 田地
    董事 袁氏 潘安 蒋氏 蔡氏 余下 余量 杜绝 叶酸 叶子 程度 程序 苏醒 魏氏 吕氏 丁香 丁型 任何 任意 沈氏 姚氏 卢氏 姜汤 姜茶 崔氏 钟头 谭氏 陆续 汪洋 范围 金钱 夏天
    夏季 付款 邹氏 孟氏 熊猫 秦氏 邱氏 尹氏 薛氏 段时 雷击 侯氏 龙眼 龙骨 史上 陶瓷 黎明 贺卡 顾客 顾虑 毛发 毛囊 毛病 郝氏 龚氏 邵氏 万分 严重 严格 武术 戴口 戴上
    莫名 孔径 汤药 柏油 包括 包块 包扎 左侧 左右 左边 车祸 车上 宁可 项目 祝福 单位 单纯 单独 季节 葛根 俞氏 樊氏 兰花 卓越 屈曲 蒲公 鲁莽 靳氏 车前 温度 温水
    温和 柯氏 甘油 饶恕 牛奶 牛黄 燕麦 谷氨 姬松 党参 申报 冀中 庄稼 边上 晏氏 柴胡 连翘 茹素 容量 易怒 易于 居民 终身 都市 国产 文献 广告 师范 关心 后天 相同
    相信 查看 查询 益处 解剖 应激 经期 经血 经济 支持 步骤 满足 巩固 聂氏 冷敷 冷饮 辛苦 简直 空调 曾孙 沙发 养成 鞠躬 须知 丰满 关键 红细 红斑 游戏 权利 盖上
    陈述 陈旧 陈列
    """.split()
)
ZH_TITLES = (
    "村医",
    "乡医",
    "校医",
    "主治医师",
    "主治医生",
    "主任医师",
    "副主任",
    "护士长",
    "医生",
    "医师",
    "大夫",
    "主任",
    "护士",
    "教授",
    "老师",
    "先生",
    "女士",
    "小姐",
    "阿姨",
    "同学",
    "院长",
    "药师",
    "师傅",
    "大爷",
    "大妈",
    "奶奶",
    "爷爷",
    "叔叔",
    "伯伯",
    "大哥",
    "大姐",
    "老板",
    "经理",
    "主管",
    "副主任医师",
    "住院医师",
    "住院医生",
    "主管护师",
    "护师",
    "技师",
    "副教授",
    "讲师",
    "博士",
    "科长",
    "处长",
    "书记",
    "太太",
    "夫人",
    "老师傅",
    "老先生",
    "老太太",
    "阿婆",
    "阿公",
    "婆婆",
    "姐姐",
    "哥哥",
    "小朋友",
    "宝宝",
    "总",
    "同志",
    "医助",
    "助理",
    "社工",
    "社工师",
    "治疗师",
    "康复师",
    "营养师",
    "药剂师",
    "心理师",
    "咨询师",
    "检验师",
    "律师",
    "姑娘",  # a nurse, in Hong Kong (何嘉慧姑娘)
    "医声",  # 医生 as voice input often writes it (王医声说)
)
# Words after which a name follows: self-introduction, record labels, roles and family relations.
ZH_CUES = (
    "尊敬的",
    "阿妈",
    "阿爸",
    "阿嫲",
    "阿爷",
    "老豆",
    "我叫",
    "名叫",
    "叫做",
    "叫",
    "我是",
    "这是",
    "本人",
    "姓名",
    "患者姓名",
    "病人姓名",
    "联系人",
    "紧急联系人",
    "家属",
    "患者",
    "病人",
    "病患",
    "接诊医师",
    "接诊医生",
    "主治医师",
    "主治医生",
    "经治医生",
    "经治医师",
    "管床医生",
    "医师",
    "医生",
    "大夫",
    "护士长",
    "护士",
    "主任",
    "教授",
    "老师",
    "签名",
    "我爸",
    "我妈",
    "爸爸",
    "妈妈",
    "父亲",
    "母亲",
    "老公",
    "老婆",
    "丈夫",
    "妻子",
    "爱人",
    "儿子",
    "女儿",
    "孙子",
    "孙女",
    "外孙",
    "外孙女",
    "爷爷",
    "奶奶",
    "外公",
    "外婆",
    "姥姥",
    "姥爷",
    "舅舅",
    "舅妈",
    "姑姑",
    "姑父",
    "叔叔",
    "阿姨",
    "婶婶",
    "伯伯",
    "大姨妈",
    "大姨",
    "姨妈",
    "小姨",
    "哥哥",
    "姐姐",
    "弟弟",
    "妹妹",
    "婆婆",
    "公公",
    "岳父",
    "岳母",
    "女婿",
    "儿媳",
    "媳妇",
    "孩子",
    "朋友",
    "同事",
    "同学",
    "邻居",
    "未婚夫",
    "未婚妻",
    "男朋友",
    "女朋友",
    "对象",
    "另一半",
    "男友",
    "女友",
    "前男友",
    "前女友",
    "恋人",
    "伴侣",
    "室友",
    "表哥",
    "表姐",
    "表弟",
    "表妹",
    "堂哥",
    "堂姐",
    "您是",
    "你是",
    "他是",
    "她是",
    # record and form labels, roles on a ward
    "就诊人",
    "就诊者",
    "受检者",
    "检查者",
    "申请人",
    "患儿",
    "病儿",
    "患儿姓名",
    "伤者",
    "孕妇",
    "产妇",
    "病友",
    "陪护",
    "陪护人",
    "陪同人",
    "监护人",
    "代理人",
    "委托人",
    "被委托人",
    "授权人",
    "签字人",
    "家长",
    "家属签字",
    "患者签字",
    "签字",
    "医师签名",
    "护士签名",
    "记录人",
    "记录者",
    "书写者",
    "报告人",
    # who took a critical value's call, checked a slip, handed a shift over
    "接听人",
    "接听者",
    "检验者",
    "审核者",
    "复核者",
    "复核人",
    "交班人",
    "接班人",
    "值班人",
    "报告医生",
    "报告医师",
    "审核医生",
    "审核医师",
    "审核人",
    "送检医生",
    "送检医师",
    "申请医生",
    "申请医师",
    "开单医生",
    "助手",
    "一助",
    "二助",
    "器械护士",
    "巡回护士",
    "检查医生",
    "检查医师",
    "操作医生",
    "手术医生",
    "术者",
    "主刀",
    "主刀医生",
    "麻醉医生",
    "麻醉师",
    "值班医生",
    "值班医师",
    "值班护士",
    "责任护士",
    "管床护士",
    "床位医生",
    "主管医生",
    "主管医师",
    "门诊医生",
    "转诊医生",
    "随访人",
    "随访医生",
    "联系人姓名",
    "家属姓名",
    "姓名为",
    "名字",
    "名字是",
    "名字叫",
    "我的名字是",
    "他爸",
    "他妈",
    "她爸",
    "她妈",
    "孩子他爸",
    "孩子他妈",
    "那口子",
    "我家那位",
    "我对象",
    "孩子爸爸",
    "孩子妈妈",
    "提醒",
    "联系",
    "通知",
    "科的",
    "院的",
    "科室的",
    "敬礼",
    "药师",
    "技师",
    "护师",
    "营养师",
    "治疗师",
    "康复师",
    "检验师",
    "我姓",
    "免贵姓",
    "署名",
    "落款",
    "审核",
    "复核",
    "核对人",
    "校对",
    "操作者",
    "执行人",
    "执行护士",
    "发药",
    "配药",
    "核收",
    "经手人",
    "负责人",
    "对接人",
    "联络人",
    "代签人",
    "抄送",
    "交接人",
    "接班人",
    "交班人",
    "收件人",
    "寄件人",
    "经办人",
    # more family and relation words
    "老伴",
    "老伴儿",
    "前妻",
    "前夫",
    "小姨子",
    "小舅子",
    "大姑子",
    "小叔子",
    "姐夫",
    "妹夫",
    "嫂子",
    "弟媳",
    "弟妹",
    "侄子",
    "侄女",
    "外甥",
    "外甥女",
    "养女",
    "养子",
    "继女",
    "继子",
    "干女儿",
    "干儿子",
    "义女",
    "义子",
    "孙媳妇",
    "儿媳妇",
    "亲家",
    "干妈",
    "干爹",
    "继父",
    "继母",
    "养父",
    "养母",
    "公婆",
    "闺女",
    "闺蜜",
    "老乡",
    "领导",
    "队友",
    "师兄",
    "师姐",
    "师妹",
    "师弟",
    "学生",
    "战友",
    "姨父",
    "姑妈",
    "舅公",
    "姨婆",
    "太太",
    "先生",
    "宝宝",
    "大儿子",
    "小儿子",
    "大女儿",
    "小女儿",
    "二儿子",
    "二女儿",
    "老大",
    "老二",
    "老三",
    "孙儿",
    "外孙子",
    "侄儿",
    "姐妹",
    "兄弟",
    "母亲是",
    "父亲是",
    "爱人是",
    "丈夫是",
    "妻子是",
    "其子",
    "其女",
    "其夫",
    "其妻",
    "其母",
    "其父",
    "其兄",
    "其弟",
    "其姐",
    "其妹",
    "其孙",
    "其孙女",
    "其配偶",
    "其家属",
    "配偶",
    "子女",
    "被保险人",
    "投保人",
    "受益人",
    "被保人",
    "参保人",
    "持卡人",
    "户主",
    "纳税人",
    "申请者",
    "被监护人",
    "来电人",
    "来访者",
    "访客",
    "咨询人",
    # spoken and regional kinship words (northern 俺爹, Sichuan 老汉, Cantonese 细佬 and 家姐), and the
    # people a form says came along or interpreted
    "老汉",
    "我老汉",
    "老爷子",
    "老头子",
    "老太婆",
    "老爸",
    "老妈",
    "俺爹",
    "俺娘",
    "俺爸",
    "俺妈",
    "俺男人",
    "俺媳妇",
    "俺老伴",
    "我男人",
    "我女人",
    "娃他爸",
    "娃他妈",
    "细佬",
    "家姐",
    "家婆",
    "家公",
    "老母亲",
    "老父亲",
    "祖母",
    "祖父",
    "外祖母",
    "外祖父",
    "陪同者",
    "陪诊人",
    "翻译",
    "翻译员",
    "口译员",
    # children by birth order, and the roles around a ward, a team or a workplace
    "长子",
    "次子",
    "长女",
    "次女",
    "幼子",
    "幼女",
    "独子",
    "独女",
    "村医",
    "乡医",
    "教练",
    "实习生",
    "进修生",
    "规培生",
    "研究生",
    "住院医",
    "老板",
    "科长",
    "队长",
    "组长",
    "工友",
    "保姆",
    "中文名",
    "英文名",
    "曾用名",
    "别名",
    "又名",
    "兹证明",
    "兹有",
    "家母",
    "家父",
    "家兄",
    "家妹",
    "家弟",
    "令尊",
    "令堂",
    "个案",
    "案主",
    "曾孙",
    "房东",
    "隔壁床",
    "邻床",
    "同病房",
    "乳名",
    "小名",
    "之子",
    "之女",
    "之妻",
    "之母",
    "之父",
    "阿仔",
    "阿女",
    "身份为",
    "身份是",
)
# "我妈妈王芳": the longer cue must be listed, or "我妈" would take the first character of "妈妈".
ZH_CUES = ZH_CUES + tuple("我" + cue for cue in ZH_CUES if len(cue) == 2 and cue[0] == cue[1])
# Hong Kong and Taiwan write them in traditional characters (醫生, 護士, 媽媽).
ZH_CUES = with_traditional(ZH_CUES)
ZH_TITLES = with_traditional(ZH_TITLES)

EN_TITLES = (
    "Dr",
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Mx",
    "Prof",
    "Professor",
    "Nurse",
    "Sister",
    "Pt",
    "Patient",
    "Attending",
    "Resident",
    "Fellow",
    "Dear",
    "Doctor",
    "Surgeon",
    "Pharmacist",
    "Midwife",
    "Therapist",
    "Physician",
    "Consultant",
    "Registrar",
    "Intern",
    "RN",
    "NP",
    "PA",
    "CNA",
    "LPN",
    "Drs",
    "Sr",
    "Fr",
    "Rev",
    "Revd",
    "Capt",
    "Sgt",
    "Lt",
    "Col",
    "Hon",
    "Sir",
    "Dame",
    "Nurse Practitioner",
    "Ptn",
    "Mme",
    "Mlle",
    "Herr",
    "Frau",
    "Sra",
    "Sr.",
    "Señor",
    "Señora",
    "Dra",
    "Madam",
    "Auntie",
    "Uncle",
)
EN_RELATIONS = (
    "wife",
    "husband",
    "son",
    "daughter",
    "mother",
    "father",
    "mom",
    "mum",
    "dad",
    "brother",
    "sister",
    "grandmother",
    "grandfather",
    "grandma",
    "grandpa",
    "granny",
    "gran",
    "grandad",
    "granddad",
    "nan",
    "nana",
    "nanna",
    "auntie",
    "aunty",
    "grandson",
    "granddaughter",
    "aunt",
    "uncle",
    "niece",
    "nephew",
    "cousin",
    "friend",
    "partner",
    "fiance",
    "fiancé",
    "fiancee",
    "fiancée",
    "neighbor",
    "neighbour",
    "colleague",
    "boss",
    "caregiver",
    "carer",
    "spouse",
    "girlfriend",
    "boyfriend",
    "daughter-in-law",
    "son-in-law",
    "mother-in-law",
    "father-in-law",
    "stepson",
    "stepdaughter",
    "roommate",
    "child",
    "baby",
    "nurse",
    "doctor",
    "resident",
    "attending",
    "surgeon",
    "pharmacist",
    "therapist",
    "physician",
    "midwife",
    "consultant",
    "next of kin",
    "NOK",
    "emergency contact",
    "contact",
    "guardian",
    "parent",
    "relative",
    "sibling",
    "twin",
    "stepmother",
    "stepfather",
    "stepmom",
    "stepdad",
    "fiancé",
    "husband's",
    "wife's",
    "son's",
    "daughter's",
    "patient",
    "my patient",
    "our patient",
    "the patient",
    "client",
    "resident",
    "housemate",
    "flatmate",
    "landlord",
    "landlady",
    "employer",
    "coworker",
    "co-worker",
    "teacher",
    "coach",
    "POA",
    "HCP",
    "proxy",
    "health care proxy",
    "power of attorney",
    "informant",
    "historian",
    "interpreter",
    "translator",
    "chaperone",
    "referring physician",
    "PCP",
    "GP",
    "primary care physician",
    "primary care provider",
    "provider",
    "clinician",
)
# Degrees and memberships written after a name (Jane Doe, MD; S. Kowalczyk, MBChB FRCP): the name is
# before them, and none of them is ever a name itself (`EN_NOT_NAMES`).
EN_POSTNOMINALS = (
    "MD", "M.D.", "RN", "DO", "NP", "PA-C", "PhD", "FRCP", "MBBS", "DNP", "LPN", "CNM", "MBChB", "MB ChB", "MBBCh",
    "BMBS", "BM BCh", "MB BChir", "MRCP", "MRCS", "FRCS", "FRCSEd", "FRCPath", "FRCR", "FRCA", "FRCOG", "MRCOG",
    "FRCPCH", "MRCPCH", "MRCGP", "FRCGP", "MRCPsych", "FRCPsych", "FRACP", "FRACS", "FRCPC", "FRCSC", "FACP", "FACS",
    "FACC", "FFPH", "DPhil", "MPhil", "MPH", "MSc", "BSc", "DrPH", "PharmD", "DPT", "RGN", "RMN",
)  # fmt: skip
EN_SIGNOFFS = (
    "Sincerely",
    "Regards",
    "Kind regards",
    "Best regards",
    "Warm regards",
    "Warmest regards",
    "With regards",
    "Best wishes",
    "Best",
    "Thanks",
    "Thank you",
    "Many thanks",
    "Thanks again",
    "Thanks so much",
    "Much appreciated",
    "Yours",
    "Yours sincerely",
    "Yours faithfully",
    "Yours truly",
    "Respectfully",
    "Warmly",
    "Cheers",
    "Take care",
    "All the best",
    "Cordially",
    "Signed",
    "Signature",
    "Electronically signed by",
    "Dictated by",
    "Reviewed by",
    "Seen by",
    "Authored by",
    "Written by",
)
# Words that follow a title-like cue without being a name: brands, organisations, common words.
EN_NOT_NAMES = frozenset(
    """
    name names surname forename signature dob d.o.b mrn ssn pepper scholl scholl's martens reddy's bronner bronner's teal teal's oetker seuss who phil oz brown's dash clean butterworth butterworth's
    specialist manager coordinator educator therapist technician registrar practitioner
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
    hi hello hey yeah yep nope right likewise details demographics summary records history consent identifier label
    section part form page table appendix schedule step box item question answer reported outcome measures
    caller agent operator user assistant bot receptionist reception admin system customer support service host
    arabic spanish mandarin cantonese french polish portuguese russian urdu hindi punjabi bengali somali vietnamese
    korean japanese tagalog farsi persian turkish greek italian german chinese english welsh gaelic swahili yoruba
    igbo amharic tigrinya romanian ukrainian kurdish pashto dari nepali tamil gujarati thai sign bsl asl
    member members subscriber witness triage claimant defendant plaintiff respondent sirs madam worker employer
    employee insured guarantor adjuster solicitor counsel
    abt pls plz thx thanx ur ya yea kk lol btw asap tmrw tmr tho cuz coz appt appts msg txt
    zero one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty
    seventy eighty ninety hundred thousand half once twice
    endocrinology nephrology dermatology gastroenterology urology orthopaedics orthopedics psychiatry psychology
    rheumatology haematology hematology ophthalmology obstetrics gynaecology gynecology audiology podiatry dietetics
    physiotherapy geriatrics neonatology hepatology pulmonology anaesthetics anesthesiology anaesthesia anesthesia
    otolaryngology immunology virology microbiology pathology histopathology neurosurgery maternity ent icu itu hdu
    renal cardiac cardiothoracic endocrine vascular thoracic neonatal paediatric pediatric geriatric stroke diabetes
    respiratory gastro neuro ortho haem onc obs gynae
    intake registration admissions enquiries information portal medicare medicaid medisave mdm soon
    australia canada ireland scotland wales singapore taiwan macau malaysia india japan korea zealand
    estate estates mansions building
    ot mdt sho hca slt cns anp spr str diet activity exercise faq nhs trauma wristband date chair
    """.split()
)
# Degrees and memberships after a name (MBChB, FRCP): none is a name (but Do, a Vietnamese surname).
EN_NOT_NAMES = EN_NOT_NAMES | frozenset(p.lower() for p in EN_POSTNOMINALS if " " not in p and p != "DO")
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

# Names of China's Tibetan, Mongolian, Uyghur and Kazakh citizens have no Han surname: they are one or
# two of these parts (格桑 梅朵, 斯琴 高娃, 阿依古丽), often joined by a middle dot. General knowledge,
# the commonest parts in their usual Chinese spelling; parts that are everyday words too (乌云, 别克,
# 查干, 罗布) are left out.
MINORITY_NAME_PARTS = frozenset(
    """
    扎西 次仁 才让 卓玛 央金 格桑 梅朵 洛桑 丹增 多吉 尼玛 达瓦 达娃 拉姆 德吉 平措 旺堆 旺姆 索朗 边巴 普布 强巴
    顿珠 白玛 益西 琼达 曲珍 央宗 次旦 巴桑 米玛 桑珠 阿旺 贡布 仁青 卓嘎 措姆 嘉措 加措 嘎玛 泽仁 泽旺 斯朗
    群培 单增 旦增 赤列 晋美 班玛 才旦 吉美 桑杰 土登 久美 央拉 拉珍 格勒 多杰 多布杰 次珍 拉巴次仁 尼玛次仁
    其其格 斯琴 高娃 乌兰 图雅 巴特尔 宝音 额尔敦 娜仁 苏日娜 哈斯 朝鲁 巴图 格日勒 萨仁 阿拉坦 呼和 孟和 那日苏
    乌日娜 乌力吉 敖登 塔娜 萨日娜 其木格 阿古拉 巴雅尔 图门 吉日嘎拉 满都拉 额日和 毕力格 朝格图 特木尔 铁木尔
    吉雅 布仁 苏和 阿木古楞 通拉嘎 宝力道 乌日图 斯日古楞 包力高 额尔德尼 德力格尔 那顺 巴根那 胡日查 孟克
    宝力德 呼日勒 乌日 图们 达来 其格 格格其
    阿依古丽 古丽 买买提 艾力 热合曼 努尔 阿不都 吐尔逊 帕提古丽 迪丽热巴 阿布都 艾买提 依明 麦麦提 热依拉
    阿依努尔 巴哈尔 吾斯曼 阿迪力 艾尔肯 库尔班 玉素甫 玉苏甫 亚森 肉孜 托合提 卡德尔 阿孜古丽 努尔古丽 再努尔
    木拉提 哈力克 塔依尔 阿里木 阿尔曼 叶尔兰 哈那提 努尔兰 阿不来提 艾克拜尔 伊力哈木 热娜 沙吾提 祖丽皮耶
    玛依拉 阿地力 图尔荪 买合木提 艾则孜 吾买尔 阿布力孜 巴哈古丽 阿娜尔 阿米娜 阿丽亚 努尔比亚 苏比努尔
    海力且木 吐逊 赛买提 哈斯木 克里木 卡哈尔 尼亚孜 斯拉木 阿依夏 加米拉 麦合木提 阿依 吾守尔 艾尼瓦尔
    帕尔哈提 阿卜杜拉 热孜万古丽 古丽娜 古丽米拉 努尔曼 别克波拉提 哈里木拉提 叶尔江 加娜尔 阿依达娜 阿斯哈尔
    """.split()
)
MINORITY_NAME_PARTS = frozenset(with_traditional(sorted(MINORITY_NAME_PARTS)))

# Chinese herbs as pinyin (Bai Shao, He Shou Wu, Dang Gui): two pinyin words that read like a surname and
# a given name. General knowledge, the herbs of everyday prescriptions; written apart or together. Last, the
# best-known makers and brands of Chinese medicines in their own spelling (Tong Ren Tang, Wong Lo Kat).
TCM_PINYIN = frozenset(
    """
    bai shao|bai zhu|bai zhi|bai he|bai ji|bai guo|huang qi|huang qin|huang lian|huang bai|huang jing|dang gui
    dang shen|he shou wu|shou wu|gan cao|chuan xiong|shu di|shu di huang|sheng di|sheng di huang|fu ling|chai hu
    ren shen|xi yang shen|dan shen|san qi|tian qi|tian ma|gou qi|gou qi zi|ju hua|jin yin hua|lian qiao|ban lan gen
    ma huang|gui zhi|da huang|mai dong|wu wei zi|shan yao|shan zhu yu|ze xie|mu dan pi|dan pi|ban xia|chen pi
    zhi shi|zhi ke|hou po|xing ren|jie geng|bo he|fang feng|jing jie|qiang huo|du huo|niu xi|du zhong|xu duan
    yin yang huo|rou gui|fu zi|gan jiang|sheng jiang|da zao|suan zao ren|yuan zhi|shi chang pu|yu jin|xiang fu
    yan hu suo|tao ren|hong hua|yi mu cao|ji xue teng|e jiao|long gu|mu li|gou teng|jue ming zi|xia ku cao
    pu gong ying|yu xing cao|ban zhi lian|yu zhu|sha shen|tian dong|nv zhen zi|han lian cao|sang ji sheng
    bu gu zhi|tu si zi|ba ji tian|rou cong rong|shan zha|shen qu|mai ya|ji nei jin|lai fu zi|cang zhu|huo xiang
    pei lan|sha ren|yi yi ren|che qian zi|hua shi|jin qian cao|yin chen|zhi zi|zhi mu|shi gao|lu gen|tian hua fen
    xuan shen|chi shao|zi cao|xian he cao|ai ye|xin yi|xi xin|gao ben|ge gen|sheng ma|chan tui|sang ye|sang bai pi
    zi su|zi su ye|wang bu liu xing|chuan bei|chuan bei mu|zhe bei mu|tai zi shen|ling zhi|dong chong xia cao
    mu xiang|chen xiang|ding xiang|wu zhu yu|xiao hui xiang|gao liang jiang|jiang huang|e zhu|san leng|shui zhi
    di long|quan xie|wu gong|jiang can|tian nan xing|bai fu zi|ku shen|long dan cao|jin ying zi|shan yu rou|qian shi
    lian zi|fu xiao mai|wu mei|he zi|rou dou kou|wu yao|fu pen zi|sang piao xiao|qing hao|di gu pi|yin chai hu
    long dan|long dan xie gan|xiao chai hu|xiao yao|liu wei di huang|lianhua qingwen|lian hua qing wen|bu zhong yi qi
    gui pi|xue fu zhu yu|ban xia hou po|yin qiao|ge gen qin lian|huo xiang zheng qi|an gong niu huang|pian zai huang
    tong ren tang|wong lo kat|wang lao ji|pien tze huang|po chai|bao ji|jia duo bao|white flower|tiger balm
    """.replace("\n", "|").split("|")
) - {""}
TCM_PINYIN = frozenset(h.strip() for h in TCM_PINYIN if h.strip())
TCM_PINYIN_JOINED = frozenset(h.replace(" ", "") for h in TCM_PINYIN)


# People of medicine's history, named in teaching text and leaflets (general knowledge, as the surname
# lists are): "Florence Nightingale used statistics", "Virginia Apgar's score" are no patients. Only names
# that a patient is unlikely to share (not John Snow, James Parkinson, Robert Graves).
FAMOUS_PEOPLE = frozenset(
    name.replace("_", " ")
    for name in """
    florence_nightingale virginia_apgar alexander_fleming joseph_lister edward_jenner louis_pasteur william_osler
    ignaz_semmelweis sigmund_freud marie_curie alois_alzheimer harvey_cushing hakaru_hashimoto tomisaku_kawasaki
    john_langdon_down rene_laennec elisabeth_kubler-ross cicely_saunders christiaan_barnard jonas_salk albert_sabin
    andreas_vesalius wilhelm_rontgen frederick_banting hans_asperger ivan_pavlov mary_seacole elizabeth_blackwell
    clara_barton henrietta_lacks
    """.split()
)


# Chinese herbs and medicines whose names begin like a person's (a surname, then one or two
# characters): after a speaker's label or a cue they are still the herb (医生：徐长卿祛风止痛).
# Drugs and brands whose name opens with a surname and reads as a full name (华法林 warfarin, 潘南金,
# 施慧达, 易蒙停): never a person where no cue says so.
# People whose names are diseases' and operations' (Parkinson's nurse, Hartmann's day 4): a service or a
# procedure, no one's relation.
DISEASE_EPONYMS = frozenset(
    "Parkinson Crohn Alzheimer Huntington Hodgkin Addison Cushing Graves Raynaud Tourette Asperger Guillain"
    " Kawasaki Marfan Meniere Paget Hashimoto Sjogren Barrett Duchenne Kaposi Lyme Hartmann Whipple Nissen"
    " Billroth Colles Kerley Cullen Trousseau Chvostek Babinski Romberg Kernig Brudzinski Lhermitte Rovsing"
    " McBurney Virchow Kussmaul Korotkoff Apgar Glasgow".split()
)
# Hospitals named after people, as staff and patients call them without "Hospital" ("transfer to Chris Hani
# Baragwanath", "我在 Tan Tock Seng 做了 MRI"): a public institution's name, no one's identifier.
HOSPITALS_NAMED_AFTER_PEOPLE = (
    "Tan Tock Seng", "Khoo Teck Puat", "Ng Teng Fong", "Pamela Youde", "Tang Shiu Kin", "Ruttonjee",
    "Chris Hani Baragwanath", "Baragwanath", "Inkosi Albert Luthuli", "Albert Luthuli", "Charlotte Maxeke",
    "Steve Biko", "Rahima Moosa", "Groote Schuur", "Tygerberg", "Dora Nginza",
    "Sir Charles Gairdner", "Royal Prince Alfred", "Sultanah Aminah", "Sultanah Bahiyah",
    "Tengku Ampuan Rahimah", "Tengku Ampuan Afzan", "Raja Permaisuri Bainun", "Sultan Ismail", "Queen Elizabeth",
    "Queen Mary", "Princess Margaret", "Prince of Wales", "Alice Ho Miu Ling", "Tung Wah",
)  # fmt: skip
ZH_DRUGS_LIKE_NAMES = frozenset(
    with_traditional(
        "华法林 毛花苷 潘南金 施慧达 罗通定 甘舒霖 易蒙停 金双歧 宁泌泰 乐亦康 红十字 白加黑 康泰克 马应龙 王老吉 雷允上 陈李济"
        " 黄道益 何济公 余仁生 汤臣倍健 胡庆余堂 金嗓子 广誉远 同仁堂 牛黄丸 甲福明".split()
    )
)
ZH_HERBS = frozenset(
    """
    徐长卿 刘寄奴 何首乌 白头翁 杜仲 朴硝 王不留行 马齿苋 马钱子 马兜铃 马勃 白芍 白术 白芷 白及 白果 白薇 白前 白蔹 白茅根
    白鲜皮 白扁豆 白花蛇舌草 黄芪 黄连 黄芩 黄柏 黄精 黄药子 陈皮 高良姜 石斛 石膏 石决明 石菖蒲 石韦 车前子 车前草
    牛膝 牛黄 牛蒡子 金银花 金钱草 金樱子 桑叶 桑白皮 桑枝 桑椹 桑寄生 柴胡 甘草 甘遂 秦艽 秦皮 苏木 苏子 苏叶 连翘
    钩藤 龙骨 龙胆 龙眼肉 胡黄连 胡椒 胡芦巴 郁金 丁香 常山 麦冬 麦芽 党参 丹参 玄参 沙参 苦参 羌活 防风 荆芥 葛根
    夏枯草 天麻 天冬 天花粉 田七 杏仁 桃仁 红花 姜黄 熟地 熟地黄 山药 山楂 山茱萸 吴茱萸 女贞子 枸杞子 菊花 蒲公英 蒲黄
    鱼腥草 朱砂 乌梅 乌药 木香 木通 木瓜 厚朴 贝母 川贝母 川芎 当归 茯苓 泽泻 薏苡仁 滑石 通草 瞿麦 虎杖 茵陈 鸡内金
    谷芽 莱菔子 使君子 贯众 蛇床子 蝉蜕 全蝎 益母草 泽兰 鸡血藤 骨碎补 续断 补骨脂 益智仁 巴戟天 仙茅 肉苁蓉 鹿茸
    冬虫夏草 胡桃仁 阿胶 龙眼 百合 玉竹 明党参 墨旱莲 龟甲 鳖甲 钱草 柏子仁 侧柏叶 艾叶 艾灸 花椒 云苓 林可霉素
    薜荔 薜荔果 薛荔果 罗汉果 余甘子 金果榄 金沸草 白附子 白豆蔻 白僵蚕 石榴皮 葛花 夏天无 郁李仁 沙苑子 冬瓜皮 马鞭草
    连钱草 苍术 苍耳子 红景天 景天三七 华山参 万年青 乌头 乌梢蛇 龙葵 安息香 丁公藤 荆芥穗
    """.split()
)


# Words that open a sentence before a comma ("Listen, Mary Johnson has ...", "Previously, Susan Lee
# had ..."): never the surname of "Surname, Given". Adverbs ending in -ally, -ously, -tely, -ntly, -fully
# ... are told by their ending (`names.sentence_opener`); these are the rest.
EN_OPENERS = frozenset(
    """
    listen look remember stop rest wait note notes please sorry thanks thank yes no yeah ok okay well so also again
    meanwhile anyway anyhow overall afterwards afterward otherwise however therefore thus hence besides nevertheless
    nonetheless still yet then now today tonight yesterday tomorrow later earlier first second third next last lastly
    finally initially sadly honestly luckily happily hopefully frankly clearly obviously previously recently currently
    briefly basically meantime instead indeed anyhow plus also called admitted reviewed discussed seen examined
    assessed advised noted explained informed told asked reported confirmed agreed discharged referred transferred
    treated started stopped given prescribed planned booked arranged signed checked spoke phoned rang emailed wrote
    update reminder question answer summary background plan impression assessment diagnosis history outcome result
    results comment comments morning afternoon evening tonight dear hello hi hey good great fine sure right alright
    unfortunately fortunately importantly interestingly surprisingly apparently clinically medically physically
    """.split()
)


# The countries of the world and a few of their usual short names (general knowledge): places, not people.
COUNTRIES = frozenset(
    """
    Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas Bahrain
    Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Botswana Brazil Brunei Bulgaria Burkina
    Burundi Cambodia Cameroon Canada Chad Chile China Colombia Comoros Congo Croatia Cuba Cyprus Czechia Denmark
    Djibouti Dominica Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia Georgia
    Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq
    Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Kiribati Korea Kosovo Kuwait Kyrgyzstan Laos Latvia
    Lebanon Lesotho Liberia Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta
    Mauritania Mauritius Mexico Micronesia Moldova Monaco Mongolia Montenegro Morocco Mozambique Myanmar Namibia
    Nauru Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palau Palestine Panama Paraguay Peru
    Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia Seychelles Singapore Slovakia
    Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Togo Tonga
    Trinidad Tobago Tunisia Turkey Turkmenistan Tuvalu Uganda Ukraine Uruguay Uzbekistan Vanuatu Venezuela Vietnam
    Yemen Zambia Zimbabwe England Scotland Wales Britain
    """.split()
)
# China's cities, provinces and districts, and Taiwan's and Macau's, in pinyin (general knowledge): their
# syllables are given names' too (Shenzhen, Nanshan, Haidian), so the Latin-name tagger must know them as places.
CHINA_PLACES = frozenset(
    """
    Beijing Shanghai Guangzhou Shenzhen Tianjin Chongqing Chengdu Wuhan Hangzhou Nanjing Suzhou Xiamen Dongguan Foshan
    Zhuhai Shantou Fuzhou Jinan Qingdao Dalian Shenyang Harbin Changchun Changsha Nanchang Hefei Zhengzhou Kunming
    Guiyang Nanning Haikou Sanya Lanzhou Xining Yinchuan Hohhot Urumqi Lhasa Taiyuan Shijiazhuang Baoding Tangshan
    Wenzhou Ningbo Wuxi Changzhou Xuzhou Yangzhou Shaoxing Jinhua Quanzhou Zhongshan Huizhou Jiangmen Zhanjiang
    Luoyang Kaifeng Datong Guilin Yichang Xiangyang Zhuzhou Hengyang Weifang Yantai Weihai Zibo Linyi Nantong
    Guangdong Guangxi Fujian Zhejiang Jiangsu Jiangxi Hunan Hubei Henan Hebei Shandong Shanxi Shaanxi Sichuan
    Yunnan Guizhou Hainan Anhui Gansu Qinghai Ningxia Xinjiang Tibet Heilongjiang Jilin Liaoning Mongolia
    Pudong Haidian Chaoyang Dongcheng Xicheng Fengtai Futian Nanshan Luohu Baoan Longgang Tianhe Yuexiu Haizhu
    Panyu Baiyun Huangpu Minhang Xuhui Jingan Hongkou Yangpu Putuo Kowloon Taipei Kaohsiung Taichung Tainan Hsinchu
    Taoyuan Keelung Macau Macao
    """.split()
)
# China's companies and apps whose names read like pinyin given names (Xiaomi, Meituan): no people either.
CHINA_COMPANIES = frozenset("Huawei Xiaomi Alibaba Tencent Baidu Meituan Taobao Alipay WeChat Weixin Douyin".split())
