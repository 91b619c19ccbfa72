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
# Common today but not in the text (or only as a variant); 朴 of the Korean Chinese (朴春花).
MODERN = "肖覃冼邝付芦兰练粟揭麦代银苟修原展战占门凡区植禤谌檀敬仝隋旷庹睢邸靖丛楼初栗衣智同母宋蔺亓琚禚芈凃郄朴"
# Rarer ones, still borne by many thousands (眭, 蹇, 麴, 甯, 闾, 辜 ...), 迟 (common in the north east) and 盘 (Yao).
RARE = "眭蹇麴羌郇隽漆綦甯苌姒贠玄帖迟鄞粘盘闾辜"
# 有 is in the text too, but as a surname it is too rare to be worth reading every 有 as a name.
# Traditional forms of simplified characters (general knowledge, one character for one) of the word
# lists: Hong Kong and Taiwan records write 陳嘉欣, 病歷號, 電話, 身份證. Characters whose traditional
# form depends on the word (发 髮/發, 干 乾/幹, 里 裡/里) or that are surnames as written (于, 余, 范,
# 沈, 岳, 后, 谷, 台) are left out.
SIMPLIFIED = "万与丛东丝严丧个丰临为丽举义乌乐乔习乡书买乱争亏亚产亲亿仅从仑仓仪们价众优会伟传伤伦伪体佣侠侣侦侧侨俭债倾偿储儿兑兰关兴养冈册写军农冯决况冻净凉减凤凭击刘则刚创别剂剑剧劝办务动励劳势勋区医华协单卖卢卫却厅历压厌厨厉县参双发变叙叶号吕吗吴听启员咏响嘱团园围国图圆圣场坏块坚坛坝坟垫墙壮声壶处备复够头夹夺奋奖妆妇妈娄娇婴婶孙学宁宝实审宪宫宽宾对寻导寿将尔尘尧层属屿岁岗岚岛岭峡巩币帅师帐带帮广庆庐库应庙庞废开异张弥弯弹强归当录彦彻径忆忧怀态怜总恋恒恶恼悦惊惧惨惯战戏户执扩扫扬扰抚抢护报担拟拥拦拨择挂挡挤挥损换据搅携摄摆摇摊敌数斋断无旧时昼显晋晓晕晖暂术机杀杂权杨条来杰极构枪枫柜标栋栏树样栾桥桦梦检档楼欢欧残毁毕气汇汉汤沟没泪泽洁浅测济浓涛涨渐渔温湾湿满滚滨滩灭灯灵灾炉点炼烂烟烦烧热焕爱爷牵犹独狭献环现玛玮琼电画畅疗疮疯监盖盐盘矿码砖础硕确碍礼祯祸禄离种积称税稳穷窝窦竖竞笔筑筹签简类粮紧纠红纤约级纪纯纱纲纳纵纷纸线练组细织终绍经结绕绘给络绝统继绩绪续维绵综绿缑编缘缪缴罗罚网联聂聪肃肠肤肾肿胀胜胆脉脑脚脸腊艺节芦苍苏茎荐荣药莲获萧蒋蓝蓟蔺虑虽补装见规视觉览观计订认讨让训议讯记讲许论设访证评识诉诊词译试诗诚话诞询该详语误说请诸诺读课谁调谈谊谋谌谢谭谯贝贞负贠贡财责贤败账货质贫购贯贲贴贵费贺贾资赏赔赖赵赶车转轮软轻载较辅辉输边达迁过运还这进远违连迟选递遗邓邝邬邮邻郑郏郦释钟钦钭钮钱铁铜铭银销锋锦镇长门问闫闭间闵闻阎阙阚队阳阴阶际陆陈险随隐隽难雾静韦韩页项顺须顾预领颜题风飞饭饶馆马驶驾骆验鱼鲁鲍鸡鸣鸿鹏鹤麦黄齐龄龙龚尽阵陕钢锁镜闪闲闹阁阅颖颗频额馈驱鲜鸟龟齿帜庄纬绮凯娴婵娅钰钧锐键铮鹃莺芸颂炜烨瑶璎"
TRADITIONAL = "萬與叢東絲嚴喪個豐臨為麗舉義烏樂喬習鄉書買亂爭虧亞產親億僅從侖倉儀們價眾優會偉傳傷倫偽體傭俠侶偵側僑儉債傾償儲兒兌蘭關興養岡冊寫軍農馮決況凍淨涼減鳳憑擊劉則剛創別劑劍劇勸辦務動勵勞勢勳區醫華協單賣盧衛卻廳歷壓厭廚厲縣參雙發變敘葉號呂嗎吳聽啟員詠響囑團園圍國圖圓聖場壞塊堅壇壩墳墊牆壯聲壺處備複夠頭夾奪奮獎妝婦媽婁嬌嬰嬸孫學寧寶實審憲宮寬賓對尋導壽將爾塵堯層屬嶼歲崗嵐島嶺峽鞏幣帥師帳帶幫廣慶廬庫應廟龐廢開異張彌彎彈強歸當錄彥徹徑憶憂懷態憐總戀恆惡惱悅驚懼慘慣戰戲戶執擴掃揚擾撫搶護報擔擬擁攔撥擇掛擋擠揮損換據攪攜攝擺搖攤敵數齋斷無舊時晝顯晉曉暈暉暫術機殺雜權楊條來傑極構槍楓櫃標棟欄樹樣欒橋樺夢檢檔樓歡歐殘毀畢氣匯漢湯溝沒淚澤潔淺測濟濃濤漲漸漁溫灣濕滿滾濱灘滅燈靈災爐點煉爛煙煩燒熱煥愛爺牽猶獨狹獻環現瑪瑋瓊電畫暢療瘡瘋監蓋鹽盤礦碼磚礎碩確礙禮禎禍祿離種積稱稅穩窮窩竇豎競筆築籌簽簡類糧緊糾紅纖約級紀純紗綱納縱紛紙線練組細織終紹經結繞繪給絡絕統繼績緒續維綿綜綠緱編緣繆繳羅罰網聯聶聰肅腸膚腎腫脹勝膽脈腦腳臉臘藝節蘆蒼蘇莖薦榮藥蓮獲蕭蔣藍薊藺慮雖補裝見規視覺覽觀計訂認討讓訓議訊記講許論設訪證評識訴診詞譯試詩誠話誕詢該詳語誤說請諸諾讀課誰調談誼謀諶謝譚譙貝貞負貟貢財責賢敗賬貨質貧購貫賁貼貴費賀賈資賞賠賴趙趕車轉輪軟輕載較輔輝輸邊達遷過運還這進遠違連遲選遞遺鄧鄺鄔郵鄰鄭郟酈釋鍾欽鈄鈕錢鐵銅銘銀銷鋒錦鎮長門問閆閉間閔聞閻闕闞隊陽陰階際陸陳險隨隱雋難霧靜韋韓頁項順須顧預領顏題風飛飯饒館馬駛駕駱驗魚魯鮑雞鳴鴻鵬鶴麥黃齊齡龍龔盡陣陝鋼鎖鏡閃閒鬧閣閱穎顆頻額饋驅鮮鳥龜齒幟莊緯綺凱嫻嬋婭鈺鈞銳鍵錚鵑鶯蕓頌煒燁瑤瓔"
TO_TRADITIONAL = str.maketrans(SIMPLIFIED, TRADITIONAL)
TO_SIMPLIFIED = str.maketrans(TRADITIONAL, SIMPLIFIED)


def with_traditional(words):
    """The words and their traditional spelling, where it differs (电话, 電話)."""
    return tuple(dict.fromkeys([*words, *(word.translate(TO_TRADITIONAL) for word in words)]))


SURNAMES = frozenset("".join(with_traditional([HUNDRED_FAMILY + MODERN + RARE]))) - frozenset("有")

DOUBLE_SURNAMES = frozenset(
    """
    万俟 司马 上官 欧阳 夏侯 诸葛 闻人 东方 赫连 皇甫 尉迟 公羊 澹台 公冶 宗政 濮阳 淳于 单于 太叔 申屠 公孙 仲孙
    轩辕 令狐 钟离 宇文 长孙 慕容 鲜于 闾丘 司徒 司空 亓官 司寇 子车 颛孙 端木 巫马 公西 漆雕 乐正 壤驷 公良
    拓跋 夹谷 宰父 谷梁 段干 百里 东郭 南门 呼延 归海 羊舌 微生 梁丘 左丘 东门 西门 南宫 第五 完颜 独孤
    """.split()
)
DOUBLE_SURNAMES = frozenset(with_traditional(sorted(DOUBLE_SURNAMES)))

# Surnames that are everyday characters (和, 于, 时, 有关的关, 年, 爱 ...): alone before a title
# (和医生, 向医生) or as the first character of a run they are read as words unless the context
# says otherwise.
EVERYDAY = frozenset(
    "".join(
        with_traditional(
            [
                "和于向从那都能后相应经通别充尚空养查益盖干解支全路满步居终容连广师简须计成谈元齐时常安平明水文东"
                "关公红家双边万危宿古易冷权游实习法年爱言福商伯赏哈墨楚督同原代门区展战占初衣智母凡修信来迟玄帖粘漆盘"
            ]
        )
    )
)
