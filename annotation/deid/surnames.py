"""Chinese surnames: the whole Hundred Family Surnames (百家姓), its double surnames, and the common
modern surnames it lacks. General knowledge, not the names of any labelled set: a name finder that
knows every surname does not need to have seen the person before.
"""

from __future__ import annotations

# 百家姓, single characters, in the order of the text (鬱 and 卻 as their simplified forms 郁, 却).
HUNDRED_FAMILY = (
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎"
    "鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄"
    "和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭"
    "梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚"
    "程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫"
    "宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴胥能苍双"
    "闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容"
    "向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空"
    "曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公仉督晋楚闫法汝鄢涂钦岳帅缑亢况郈琴商牟佘佴伯赏"
    "墨哈谯笪年爱阳佟言福"
)
# Common today but not in the text (or only as a variant).
MODERN = "肖覃冼邝付芦兰练粟揭麦代银苟修原展战占门凡区植禤谌檀敬仝隋旷庹睢邸靖丛楼初栗衣智同母宋蔺亓琚禚芈凃郄"
# Rarer ones, still borne by many thousands (眭, 蹇, 麴, 甯 ...), and 迟 (common in the north east).
RARE = "眭蹇麴羌郇隽漆綦甯苌姒贠玄帖迟鄞粘"
# 有 is in the text too, but as a surname it is too rare to be worth reading every 有 as a name.
SURNAMES = frozenset(HUNDRED_FAMILY + MODERN + RARE) - frozenset("有")

DOUBLE_SURNAMES = frozenset(
    """
    万俟 司马 上官 欧阳 夏侯 诸葛 闻人 东方 赫连 皇甫 尉迟 公羊 澹台 公冶 宗政 濮阳 淳于 单于 太叔 申屠 公孙 仲孙
    轩辕 令狐 钟离 宇文 长孙 慕容 鲜于 闾丘 司徒 司空 亓官 司寇 子车 颛孙 端木 巫马 公西 漆雕 乐正 壤驷 公良
    拓跋 夹谷 宰父 谷梁 段干 百里 东郭 南门 呼延 归海 羊舌 微生 梁丘 左丘 东门 西门 南宫 第五 完颜 独孤
    """.split()
)

# Surnames that are everyday characters (和, 于, 时, 有关的关, 年, 爱 ...): alone before a title
# (和医生, 向医生) or as the first character of a run they are read as words unless the context
# says otherwise.
EVERYDAY = frozenset(
    "和于向从那都能后相应经通别充尚空养查益盖干解支全路满步居终容连广师简须计成谈元齐时常安平明水文东"
    "关公红家双边万危宿古易冷权游实习法年爱言福商伯赏哈墨楚督同原代门区展战占初衣智母凡修信来迟玄帖粘漆"
)
