"""Word lists the name finders use: surnames, titles, relation cues, and words that only look like names."""
from __future__ import annotations

# The Hundred Family Surnames (single characters) and common modern surnames missing from it.
SURNAMES = frozenset(
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳"
    "酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞"
    "熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁"
    "单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄麴家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇"
    "栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴郁胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦"
    "雍却璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利"
    "蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公"
    "肖闫覃冼邝付芦兰涂练粟揭佘牟谯阳"
)
DOUBLE_SURNAMES = (
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯", "尉迟", "公孙", "轩辕",
    "端木", "西门", "南宫", "独孤", "呼延", "万俟", "闻人", "澹台", "公冶", "宗政", "濮阳", "淳于", "单于", "太叔", "申屠",
    "钟离", "赫连", "百里", "东郭", "拓跋", "完颜", "乐正", "左丘", "谷梁", "羊舌", "第五", "巫马", "公西", "司空", "亓官",
)
# Surnames that are also everyday characters: after them the next character must not make a word.
AMBIGUOUS_SURNAMES = frozenset("和于时常安平明水花金方高白石江国文东关公后红能家都通利向从双边别充尚那空养相查益盖干解应经支万全路危宿印薄满步居终古易容鱼连广师冷简须丰权游计伏成谈乐元齐康云章毕皮卜黄马田山谷松井富巫宫秋仲伊甘景印怀池乔阴苍申扶通燕习艾衡耿国越隆融辛沙")
# Characters a given name does not start or continue with: verbs and particles that follow a name.
NOT_IN_GIVEN_NAME = frozenset(
    "的了是在有也和跟说去来到今昨前这那因从得被把让给对很都还又已不没要想会能刚才就现近经每住患出发确做突感头咳腹胸"
    "某氏等及与或为于自今后上下内外年月日号岁天次个位名家人吗呢吧啊呀哦嗯，。、；：！？"
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
)
# Words after which a name follows: self-introduction, record labels, roles and family relations.
ZH_CUES = (
    "我叫", "名叫", "叫做", "叫", "我是", "这是", "本人", "姓名", "患者姓名", "病人姓名", "联系人", "紧急联系人", "家属", "患者", "病人", "病患", "接诊医师", "接诊医生",
    "主治医师", "主治医生", "经治医生", "经治医师", "管床医生", "医师", "医生", "大夫", "护士长", "护士", "主任", "教授", "老师", "签名",
    "我爸", "我妈", "爸爸", "妈妈", "父亲", "母亲", "老公", "老婆", "丈夫", "妻子", "爱人", "儿子", "女儿", "孙子", "孙女", "外孙", "外孙女",
    "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "舅舅", "舅妈", "姑姑", "姑父", "叔叔", "阿姨", "婶婶", "伯伯", "大姨妈", "大姨", "姨妈",
    "小姨", "哥哥", "姐姐", "弟弟", "妹妹", "婆婆", "公公", "岳父", "岳母", "女婿", "儿媳", "媳妇", "孩子", "朋友", "同事", "同学", "邻居",
    "未婚夫", "未婚妻", "男朋友", "女朋友", "室友", "表哥", "表姐", "表弟", "表妹", "堂哥", "堂姐", "您是", "你是", "他是", "她是",
)
# "我妈妈王芳": the longer cue must be listed, or "我妈" would take the first character of "妈妈".
ZH_CUES = ZH_CUES + tuple("我" + cue for cue in ZH_CUES if len(cue) == 2 and cue[0] == cue[1])

EN_TITLES = (
    "Dr", "Mr", "Mrs", "Ms", "Miss", "Mx", "Prof", "Professor", "Nurse", "Sister", "Pt", "Patient", "Attending", "Resident", "Fellow",
    "Dear", "Doctor", "Surgeon", "Pharmacist", "Midwife", "Therapist", "Physician", "Consultant", "Registrar", "Intern", "RN",
)
EN_RELATIONS = (
    "wife", "husband", "son", "daughter", "mother", "father", "mom", "mum", "dad", "brother", "sister", "grandmother", "grandfather",
    "grandma", "grandpa", "granny", "grandson", "granddaughter", "aunt", "uncle", "niece", "nephew", "cousin", "friend", "partner",
    "fiance", "fiancé", "fiancee", "fiancée", "neighbor", "neighbour", "colleague", "boss", "caregiver", "carer", "spouse", "girlfriend",
    "boyfriend", "daughter-in-law", "son-in-law", "mother-in-law", "father-in-law", "stepson", "stepdaughter", "roommate", "child", "baby",
    "nurse", "doctor", "resident", "attending", "surgeon", "pharmacist", "therapist", "physician", "midwife", "consultant",
)
EN_POSTNOMINALS = ("MD", "M.D.", "RN", "DO", "NP", "PA-C", "PhD", "FRCP", "MBBS", "DNP", "LPN", "CNM")
EN_SIGNOFFS = ("Sincerely", "Regards", "Kind regards", "Best regards", "Warm regards", "Best wishes", "Best", "Thanks", "Thank you", "Yours", "Yours sincerely", "Yours faithfully", "Cheers")
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
