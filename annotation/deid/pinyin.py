"""Pinyin in Latin script: the surnames and a syllable count that tells pinyin from English words.

Shared by the shape rules (ZHANG Weiqiang, Liu Yuting) and the name rules (ZHOU, Shufen (F, 84)).
"""

from __future__ import annotations

from functools import cache

PINYIN_SURNAMES = frozenset(
    """
    zhao qian sun li zhou wu zheng wang feng chen chu wei jiang shen han yang zhu qin you xu he lv lü shi zhang kong
    cao yan hua jin tao xie zou yu bai shui dou su pan ge xi fan peng lang lu ma miao fang ren yuan liu tang xue lei
    ni teng yin luo bi hao an chang le fu pi bian qi kang wu yu yuan gu meng ping huang mu xiao yao shao wang mao di
    mi bei ming zang ji dai tan song mao pang xiong shu qu xiang zhu dong liang du ruan lan min xi ma jia lou tong
    guo mei sheng lin zhong deng cui gong cheng xing pei rong weng xun yang zhen qu feng jing duan wu jiao ba gong
    mu shan gu che hou ning chou luan bao zan gan lai zhuo lin tu meng chi qiao yin xu neng cang shuang wen xin dang
    zhai tan gong lao ji shen ran yong sang gui niu shou tong bian yan ji pu shang nong wen bie zhuang yan chai qu yan
    chong mu lian ru xi huan ai yu rong xiang gu yi shen ge liao yu zhong ju heng bu du geng man hong kuang guo wen
    kou guang lu que dong ou wo li yu yue kui long shi gong nie chao gou ao rong leng xin kan na jian rao kong zeng
    sha yang ju xu feng chao guan kuai xiang zha jing hong you zhu quan lu gai yi huan gong ouyang sima shangguan
    zhuge dongfang huangfu murong linghu yuwen situ tan yue qiu zhan tian qin fei
    cai gao hu ding ye xia wan
    """.split()
)
# Surnames as Hong Kong (Cantonese) and Taiwan (Wade-Giles) passports spell them: CHAN Ka Yan, TSAI Cheng-En.
ROMANISED_SURNAMES = PINYIN_SURNAMES | frozenset(
    """
    chan cheung leung wong lau lee ho ng tsang mak yip tang kwok lam choi chow fung yeung lo tse siu lai chu kwan
    yuen poon tam kong hui tsui ko so chiu ching fong lui ma luk yau wan ling chung to cheng chong au cheuk chin
    chiang hung kam kan keung lok lung mok ngai shek sin sit szeto tong tsoi wai wu yim yiu yung
    tsai chang lin huang wang chen liu yang hsu hsieh kuo tseng chou lu su chien chuang yeh kao pan kuan hsiao
    yu tu tai fan fu shih sung tung ting
    """.split()
)
# Given-name syllables in those spellings that pinyin does not have (Wai Keung, Chih-Ming, Hsiu-Ying).
ROMANISED_SYLLABLES = frozenset(
    """
    wai yee ka yan po keung lok yi man ming kin kit chi chun fai fung hing ho hung kam kwan lai lam lun mei ngai
    pik sau shing siu suk sum tak tin tsz wing yiu yuen yuk ying hei hoi hin king kwok lung nam on pui sai shan
    sheung shuk sze tai ting tung wah wan yau yat yeung yin yu yung cheuk ching chiu choi chung fat fong fu hau hon
    hui kai kei ki kong kui kuen kwai lap lee leung lin ling lo long lui mun nga ngan oi pang ping sin so tsun tsui
    wa wong yim yip chuen chit kuk tsang tse ngor shui kwong koon
    chih hsiu hsin hsiao hsiang hsueh hsi tzu tsung tsai jung jen kuo chieh chien chia chiang ssu szu shih tso
    en hua shu cheng kuan yeh jui
    """.split()
)
# Surnames as Singapore and Malaysia spell them (Hokkien, Teochew, Hakka: KOH Boon Huat, Lim Geok Choo) and
# Vietnamese ones (Nguyen Thi Lan), with given-name syllables pinyin and Cantonese lack. Kept apart from the
# sets above, which are features of the learned Latin tagger: changing those would change what it learned.
SOUTHERN_SURNAMES = frozenset(
    """
    koh loh kwek goh teo tay ong lim toh yeo quek neo ang chua sim seah heng khoo phua yap liew wee soh tio
    lum chia teh ooi tham foo ngiam oei kuah kwa pek lua tng
    nguyen tran pham hoang huynh phan vo dang bui ngo duong
    """.split()
)
SOUTHERN_SYLLABLES = frozenset(
    """
    kok leong kim swee geok choo boon hwee huat beng seng hock chye keng kiat siew lay guan poh chee kiang teck
    tiong yew soon eng hong bee gek hian kheng khim leng lian loke meng neo peck phek seow sok swee tee thye
    thi van duc minh anh thanh
    ah kow
    """.split()
)
INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", "")  # fmt: skip
FINALS = frozenset(
    """
    a o e ai ei ao ou an en ang eng ong er i ia ie iao iu ian in iang ing iong u ua uo uai ui uan un uang ueng ue
    v ve van vn ü üe ua iou uei uen
    """.split()
)


@cache
def syllables() -> frozenset[str]:
    """Pinyin syllables (initial + final, a superset of the ~400 real ones: enough to tell pinyin from English)."""
    found = set()
    for initial in INITIALS:
        for final in FINALS:
            found.add(initial + final)
    return frozenset(s for s in found if s)


@cache
def pinyin_syllable_count(word: str) -> int:
    """How many pinyin syllables `word` splits into (0 when it is no pinyin), the fewest possible."""
    word = word.lower().replace("'", "").replace("-", "")
    if not word or not word.isascii() or not word.isalpha():
        return 0
    best = [0] + [99] * len(word)
    table = syllables()
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 6), end):
            if best[start] < 99 and word[start:end] in table:
                best[end] = min(best[end], best[start] + 1)
    return best[-1] if best[-1] < 99 else 0
