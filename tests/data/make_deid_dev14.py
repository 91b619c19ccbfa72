#!/usr/bin/env python3
"""Generator for tests/data/deid_dev14.jsonl -- labelled de-identification dev set.

Provenance
    Written blind in round 16 of issue 10. While writing it the author read only
    /work/shared/PROTOCOL.md section 7 (what counts as PHI) and the row-format
    example in the brief. Nothing under annotation/, bench/, docs/ or tests/
    (other than this script and its own output), no other tests/data/deid_*
    file or make_deid_* generator, no README and no git history was read. The
    scrubber's code, word lists and earlier dev sets were therefore unseen.

Target
    400 conversations: about 60% English, 20% mixed Chinese/English, 20%
    Chinese; 35% of rows are PHI-free. In rows with PHI roughly three spans in
    four are person NAMEs -- mainly English-script names of many origins (West
    and East African, South Asian, Arabic/Persian/Turkish, Eastern European
    with and without diacritics, Pacific/Maori, Latin American, Vietnamese,
    Korean, Japanese, Irish, pinyin and Cantonese romanisation, names that are
    ordinary English words) in many positions: sentence subject and object,
    lists, possessives, vocatives, signatures, Re:/cc: lines, handovers,
    lowercase chat, ALL CAPS forms, "Last, First", initials, particles and
    apostrophes. The rest are phones (UK, US, IE, AU, CA, IN, NG, HK, CN),
    IDs (NHS number with valid mod-11 check digit, SSN-like, Chinese resident
    ID with valid GB 11643 check digit, HKID with valid check digit), record
    numbers with varied labels, e-mails, street addresses (UK, US, AU, IE) and
    dates of birth in many formats. PHI-free rows are built to be tricky:
    eponymous diseases and signs, drug brands, hospitals and wards named after
    people, job roles, month words, word-names used as words, doses, lab
    values, blood pressures, ages, durations, ICD-10 codes and visit dates;
    these go into "protect".

Genres ("style")
    gp_referral, discharge_summary, ward_handover, portal_message, sms_chat,
    telehealth, community_nursing, pharmacy_note, mental_health, maternity,
    paediatric, care_home, clinician_email, mixed_chat, zh_consultation,
    zh_overseas_relatives, zh_ward_note.

Row format (one JSON object per line, ensure_ascii=False)
    {"id": "dev14-0001", "lang": "en"|"zh"|"mixed", "style": genre,
     "source": where the PHI sits ("none" when PHI-free),
     "turns": [str, ...] (1-4),
     "spans": [{"kind": NAME|PHONE|ID|MRN|EMAIL|ADDRESS|DOB,
                "text": exact substring of a turn (titles excluded),
                "parts": distinctive parts that must not survive}, ...],
     "protect": [non-PHI substrings that must stay untouched]}
    Parts: NAME -> given name and surname core (particles such as van, de,
    bin, al-, Ni, Mac an dropped; double-barrelled surnames split; hanzi names
    give the full name and, for 2+ character given names, the given name);
    PHONE/ID/MRN -> the digit string; EMAIL -> the local part; ADDRESS ->
    street name and postcode; DOB -> the date as written.

Every span text and protect string is asserted to occur in the turns; every
occurrence of every NAME part (case-insensitive; substring for parts of 3+
letters, whole word for 1-2 letters, plain substring for hanzi) must lie inside
a span; every protect string must occur outside all spans; ID check digits are
re-verified. Deterministic: a single random.Random(14).

Run from the repository root:  python3 tests/data/make_deid_dev14.py
"""

import datetime
import json
import os
import random
import re
import unicodedata
from collections import Counter, defaultdict

RNG = random.Random(14)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "deid_dev14.jsonl")


def sp(s):
    return s.split()


# ---------------------------------------------------------------------------
# Name pools
# ---------------------------------------------------------------------------
# Each origin: female givens, male givens, surnames, weight for diverse slots.
ORIGINS = {
    "wafr": dict(
        w=15,
        f=sp("""Chidinma Ngozi Adaeze Oluwaseun Folasade Yetunde Funmilayo
        Abimbola Chiamaka Ifeoma Nneka Amara Ama Esi Akosua Abena Efua Adwoa Afua Yaa
        Titilayo Temitope Bisola Omolara Adaora Ebere Chinwe Uzoamaka Kehinde Modupe
        Morenike Ayomide Damilola Nkechi Oyinkansola"""),
        m=sp("""Babajide Oluwaseun Chidi Emeka Obinna Chukwuemeka Kwabena Kwame Kofi Kwaku
        Yaw Kojo Adebayo Olumide Tunde Segun Ikechukwu Nnamdi Uchenna Femi Ayodele Gbenga
        Ifeanyi Musa Abubakar Kelechi Chinedu Oladipo Kayode Ekow Taiwo Olusegun Ebuka
        Osagie Tobenna"""),
        s=sp("""Okafor Nwosu Adeyemi Okonkwo Obi Mensah Boateng Asante Owusu Osei Appiah
        Ogunleye Babatunde Nwachukwu Okeke Bello Oyelaran Agyeman Darko Acheampong
        Smith-Oduya Onyekachi Adewale Ogundipe Akinola Afolabi Olawale Danquah Quaye Eze
        Nwankwo Oyebanji Adjei Ofori Amoah Ekwueme Olaniyan Sarpong Ogbonna"""),
    ),
    "eafr": dict(
        w=9,
        f=sp("""Wanjiru Njeri Akinyi Achieng Wambui Tendai Rudo Chipo Nyasha
        Thandiwe Nomvula Zanele Lindiwe Makena Imani Faraja Nyambura Atieno Tsitsi Nokuthula"""),
        m=sp("""Tendai Tafadzwa Tinashe Kipchoge Otieno Omondi Baraka Jabari Sipho Themba
        Thabo Mandla Kagiso Farai Tatenda Kamau Kiprotich Simba Lwazi Bongani"""),
        s=sp("""Mwangi Kamau Otieno Odhiambo Wanjiku Njoroge Mutua Kiprono Chikwanha Moyo
        Ncube Dube Sibanda Mahlangu Nkosi Dlamini Banda Phiri Mutasa Chiweshe Tshabalala
        Okello Mugisha Ndlovu Mhlanga Kariuki Achola Nyirenda"""),
    ),
    "sasia": dict(
        w=14,
        f=sp("""Harpreet Thilini Farhana Priya Ananya Lakshmi Deepika Sunita
        Kavitha Nusrat Rukhsana Shabnam Jaspreet Manpreet Gurleen Nirmala Sanjana Meenakshi
        Dilani Nilanthi Tasnim Ayesha Shreya Pooja Ishita Rupinder Sharmila Anjali Tahmina"""),
        m=sp("""Venkatesh Harpreet Rajesh Arjun Sanjay Vikram Rohan Gurpreet Jaswinder
        Sandeep Kiran Suresh Ramesh Imran Tariq Faisal Asif Kamal Dinesh Chamara Kasun
        Nuwan Mahinda Pradeep Arvind Srinivas Balwinder Anirudh Harsha"""),
        s=sp("""Venkatesh Patel Sharma Gupta Sandhu Gill Dhillon Chaudhry Rahman Hossain
        Begum Akhtar Iqbal Perera Fernando Jayawardena Wickramasinghe Bandara Nair Menon
        Pillai Iyer Reddy Krishnan Subramanian Chatterjee Banerjee Mukherjee Desai Joshi
        Kulkarni Malhotra Choudhury Siddiqui Qureshi Ranasinghe Thakkar Grewal"""),
    ),
    "mena": dict(
        w=10,
        f=sp("""Layla Yasmin Noor Fatima Mariam Huda Rania Amal Samira Leila
        Shirin Parisa Nasrin Golnaz Mahsa Elif Zeynep Ayşe Emine Büşra Dilara Hatice Nadia
        Soraya Yasaman"""),
        m=sp("""Omar Khalid Yousef Hamza Karim Mustafa Ahmad Bilal Samir Reza Dariush Kaveh
        Arash Behrouz Mehmet Emre Burak Oğuz Serkan Kemal Hakan Yusuf Ozan Farhad Walid"""),
        s=[
            "al-Hassan",
            "al-Rashid",
            "bin Abdullah",
            "Haddad",
            "Khoury",
            "Mansour",
            "Nasser",
            "Saleh",
            "Farouk",
            "El-Sayed",
            "Abboud",
            "Hosseini",
            "Rostami",
            "Ahmadi",
            "Karimi",
            "Tehrani",
            "Moradi",
            "Yılmaz",
            "Yilmaz",
            "Demir",
            "Kaya",
            "Şahin",
            "Çelik",
            "Öztürk",
            "Aydın",
            "Arslan",
            "Doğan",
            "Al-Amin",
            "Shahidi",
            "Barakat",
            "Jaber",
            "Kurt",
        ],
    ),
    "eeur": dict(
        w=11,
        f=sp("""Zsófia Zsofia Katarzyna Agnieszka Małgorzata Malgorzata Ewa
        Joanna Irina Oksana Svetlana Ioana Andreea Mihaela Jelena Milena Dragana Petra Lenka
        Zuzana Anikó Krisztina Ilona Vesna Daria Bogna Żaneta Ludmila"""),
        m=sp("""Grzegorz Dragoș Dragos Wojciech Krzysztof Paweł Pawel Tomasz Bartosz Łukasz
        Lukasz Mihai Bogdan Florin Andrei Dmitri Sergei Oleksandr Vasyl Nikola Miloš Milos
        Zoltán Gábor Ferenc Jiří Ondřej Radu Przemysław Mykola"""),
        s=sp("""Kowalski Kowalska Nowak Wiśniewski Wisniewski Wójcik Lewandowski Zieliński
        Szymańska Popescu Ionescu Dumitrescu Constantin Petrović Jovanović Horváth Nagy
        Szabó Kovács Tóth Novák Dvořák Svoboda Shevchenko Kovalenko Bondarenko Ivanova
        Petrov Popov Stoica Georgescu Grabowski Woźniak Mazur Kaczmarek Babić Marinescu"""),
    ),
    "pacific": dict(
        w=6,
        f=sp("""Aroha Mereana Ngaio Kahurangi Anahera Moana Leilani Losana
        Mele Sina Salote Vaimoana Hinemoa Tui Marama"""),
        m=sp("""Tama Wiremu Rāwiri Rawiri Hemi Nikau Tane Mikaere Sione Tevita Viliami
        Semisi Iosefa Tavita Kahu Manaia"""),
        s=[
            "Ngata",
            "Parata",
            "Te Rangi",
            "Tipene",
            "Horomona",
            "Tuhiwai",
            "Fonoti",
            "Tuilagi",
            "Fifita",
            "Vaipulu",
            "Taufa",
            "Havili",
            "Faleolo",
            "Aumua",
            "Soliai",
            "Tupou",
            "Te Whata",
            "Ruatapu",
            "Mahuika",
            "Tamihana",
        ],
    ),
    "latam": dict(
        w=8,
        f=sp("""Guadalupe Ximena Valentina Camila Luciana Marisol Yesenia Itzel
        Araceli Xiomara Lucía Daniela Paola Rocío Dulce Yadira Nayeli"""),
        m=sp("""Joaquín Santiago Mateo Alejandro Rodrigo Emiliano Jesús Andrés Eduardo
        Cuauhtémoc Wilmer Yeison Brayan Efraín Ulises Gonzalo"""),
        s=[
            "de la Cruz",
            "García",
            "Hernández",
            "Rodríguez",
            "Martínez",
            "López",
            "Gonzalez",
            "Ramírez",
            "Flores",
            "Castillo",
            "Vargas",
            "Mendoza",
            "Guzmán",
            "Ortiz",
            "Delgado",
            "Quispe",
            "Mamani",
            "Villanueva",
            "del Río",
            "de los Santos",
            "Cárdenas",
            "Rojas",
            "Salazar",
            "Echeverría",
            "Zúñiga",
        ],
    ),
    "viet": dict(
        w=5,
        f=sp("Ngọc Ngoc Thảo Thao Linh Huong Hương Trang Phương Thuy Hanh Nhung Diep"),
        m=sp("Minh Tuấn Tuan Duc Đức Huy Quang Khoa Phuc Thanh Hieu Trung Khanh"),
        s=sp("Nguyễn Nguyen Trần Tran Phạm Pham Hoàng Hoang Đặng Dang Bùi Huynh Phan Truong Ngo"),
    ),
    "korea": dict(
        w=4,
        f=sp("Ji-woo Seo-yeon Min-ji Hye-jin Soo-ah Eun-ji Ha-eun Yuna Jiyeon Sooyoung"),
        m=sp("Min-jun Seo-jun Jae-hyun Dong-hyun Sung-min Hyun-woo Jisung Taeyang Ji-hoon"),
        s=sp("Kim Choi Jeong Kang Yoon Jang Shin Seo Kwon Hwang Ahn Baek Jung Cho"),
    ),
    "japan": dict(
        w=4,
        f=sp("Yuki Haruka Aiko Sakura Emiko Naoko Keiko Akane Misaki Hina Chihiro"),
        m=sp("Haruto Takeshi Kenji Hiroshi Sota Daiki Kaito Yusuke Shota Takumi Ryosuke"),
        s=sp("""Tanaka Suzuki Takahashi Watanabe Yamamoto Nakamura Kobayashi Sato Kato Yoshida
        Yamada Sasaki Matsumoto Inoue Kimura Hayashi Shimizu Fujita Ogawa"""),
    ),
    "irish": dict(
        w=10,
        f=sp("""Siobhan Niamh Aoife Saoirse Caoimhe Orla Róisín Roisin Sinéad
        Gráinne Aisling Clodagh Eimear Mairead Deirdre Bronagh Fionnuala Ciara Sadhbh"""),
        m=sp("""Cian Oisín Oisin Ruairí Cathal Donal Eoin Fergal Colm Padraig Seamus Tadhg
        Darragh Ronan Diarmuid Niall Cormac Lorcan Fiachra"""),
        s=[
            "O'Sullivan",
            "O'Neill",
            "O'Brien",
            "Ní Bhriain",
            "Ní Dhomhnaill",
            "Mac an tSaoir",
            "MacCarthy",
            "McGrath",
            "Brennan",
            "Gallagher",
            "Doherty",
            "Kavanagh",
            "Fitzgerald",
            "Ó Murchú",
            "Ó Súilleabháin",
            "Breathnach",
            "Ní Chonaill",
            "Mulcahy",
            "Quinlan",
            "Devlin",
            "Keane",
            "Kinsella",
            "Moriarty",
            "Twomey",
            "Delaney",
            "O'Donoghue",
            "Mac Giolla Bhríde",
        ],
    ),
    "anglo": dict(
        w=8,
        f=sp("""Margaret Charlotte Eleanor Harriet Philippa Gwen Bethan Rhiannon
        Morag Isla Eilidh Hope Grace Faith Joy April May June Rose Holly Dawn Heather"""),
        m=sp("""Will Bill Mark Hunter Miles Grant Drew Chase Wade Reed Rhys Dafydd Hamish
        Callum Alasdair Gareth Tristan Rupert Nigel Clive Ewan Angus"""),
        s=sp("""Baker Young Price Long Hunter Rose Bishop Fisher Cook Mason Walker Carpenter Fox
        Wolfe Little Moody Sharp Gentle Hale Frost Winter Pemberton Fairbairn Llewellyn
        Pritchard Armstrong Lockwood Thistlethwaite MacLeod Sutherland Ashworth Whitfield"""),
    ),
    "dutch": dict(
        w=3,
        f=sp("Sanne Femke Anouk Ingrid Solveig Astrid Liv"),
        m=sp("Sjoerd Joost Bram Lars Stig Henrik"),
        s=[
            "van der Berg",
            "van Dijk",
            "de Vries",
            "Jansen",
            "de Jong",
            "Lindqvist",
            "Haugen",
            "Björk",
            "van den Heuvel",
            "ter Horst",
        ],
    ),
    "pinyin": dict(w=5),  # uses CN_* pools below, western order
    "canto": dict(w=3),  # uses K_* pools below
}

# Word-names (given names that are ordinary English words) and word surnames.
W_F = sp("Hope Grace Faith Joy April May June Rose Holly Dawn Summer Ivy Pearl Amber Ruby Daisy Poppy Hazel")
W_M = sp("Will Bill Mark Hunter Jack Miles Grant Drew Chase Wade Reed Rob Guy Pat Gene Frank")
W_S = sp(
    "Baker Young Price Long Hunter Rose Bishop Fisher Cook Mason Walker Fox Little Sharp Hale Frost Winter March Page Marsh Stone Lamb Swan Hope"
)

# Chinese names: (pinyin, hanzi)
CN_SUR = [
    tuple(x.split(":"))
    for x in sp("""Li:李 Wang:王 Zhang:张 Liu:刘 Chen:陈 Yang:杨
    Huang:黄 Zhao:赵 Zhou:周 Wu:吴 Xu:徐 Sun:孙 Zhu:朱 Ma:马 Hu:胡 Guo:郭 He:何 Lin:林
    Gao:高 Luo:罗 Zheng:郑 Liang:梁 Xie:谢 Song:宋 Tang:唐 Han:韩 Feng:冯 Deng:邓 Cao:曹
    Peng:彭 Zeng:曾 Xiao:肖 Tian:田 Dong:董 Pan:潘 Yuan:袁 Cai:蔡 Jiang:蒋 Yu:余 Du:杜
    Ye:叶 Cheng:程 Wei:魏 Su:苏 Lu:卢 Ding:丁 Shen:沈 Yao:姚 Cui:崔 Zhong:钟 Tan:谭
    Fan:范 Jin:金 Shi:石 Liao:廖 Jia:贾 Xia:夏 Fang:方 Bai:白 Zou:邹 Meng:孟 Xiong:熊
    Qin:秦 Qiu:邱 Yin:尹 Xue:薛 Duan:段 Lei:雷 Hou:侯 Long:龙 Tao:陶 Gu:顾 Mao:毛
    Gong:龚 Shao:邵 Qian:钱 Yan:严 Dai:戴 Kong:孔""")
]
CN_F = [
    tuple(x.split(":"))
    for x in sp("""Xiaoyan:晓燕 Jiahui:佳慧 Yutong:雨桐 Zihan:子涵
    Xinyi:欣怡 Meiling:美玲 Shuang:爽 Yiting:怡婷 Xueqin:雪琴 Huimin:慧敏 Lixia:丽霞
    Ruoxi:若曦 Jingwen:静雯 Yufei:雨菲 Mengyao:梦瑶 Xiuying:秀英 Guilan:桂兰 Yumei:玉梅
    Shuzhen:淑珍 Lijuan:丽娟 Haiyan:海燕 Fang:芳 Na:娜 Jing:静 Tingting:婷婷 Jiayi:嘉怡
    Yinuo:一诺 Xiaohong:小红 Qiong:琼 Lanying:兰英 Yuqing:雨晴 Siqi:思琪 Wanting:婉婷
    Xiaoli:晓丽 Ping:萍 Juan:娟 Shufen:淑芬 Wenjing:文静 Yaqi:雅琪""")
]
CN_M = [
    tuple(x.split(":"))
    for x in sp("""Weiming:伟明 Haoran:浩然 Zhiqiang:志强 Jianguo:建国
    Yuxuan:宇轩 Junjie:俊杰 Zhenhua:振华 Wenbo:文博 Hongwei:宏伟 Tianyu:天宇 Jiaming:家明
    Zixuan:梓轩 Guoqiang:国强 Chenglong:成龙 Wei:伟 Lei:磊 Yong:勇 Jie:杰 Jun:军 Tao:涛
    Ming:明 Qiang:强 Bin:斌 Deming:德明 Chunsheng:春生 Guohua:国华 Minghui:明辉 Siyuan:思远
    Yuhang:宇航 Jincheng:锦程 Zhiwei:志伟 Kai:凯 Peng:鹏 Xiaodong:晓东 Jianjun:建军
    Lixin:立新 Haitao:海涛 Dawei:大伟 Zhaoyang:朝阳 Wenhao:文浩""")
]
CN_ENG_F = sp("Cindy Jenny Lily Coco Amy Vicky Helen Emily Lucy Crystal Angela Sherry Tina Iris Jasmine Doris Yvonne")
CN_ENG_M = sp("Kevin Tony Leo Eric Jack Steven Frank Michael Andy Jason Bruce Allen Henry Oscar Ryan Dennis")

# Hong Kong (Cantonese romanisation)
K_SUR = sp("""Chan Wong Cheung Leung Lau Ho Tsang Yip Kwok Chow Lam Fung Mak Siu Tse Ng Lui Chu
    Cheng Yeung Kwan Tam Law Lo Choi Poon Chiu Wan Au Lai Tsui Hui Sze Mok Kong""")
K_F = [
    "Wing Yan",
    "Mei Ling",
    "Hoi Yan",
    "Ka Yan",
    "Pui Shan",
    "Man Yee",
    "Hiu Tung",
    "Sze Wing",
    "Yuk Lan",
    "Suet Ying",
    "Lok Yi",
    "Tsz Ching",
    "Ching Yee",
    "Oi Ling",
    "Wai Sum",
    "Kit Ying",
]
K_M = [
    "Ka Ho",
    "Tai Man",
    "Chi Keung",
    "Siu Ming",
    "Tsz Kin",
    "Wai Kit",
    "Kwok Wai",
    "Chun Hei",
    "Kin Wah",
    "Ho Yin",
    "Chi Wai",
    "Man Kit",
    "Wing Hong",
    "Yiu Fai",
    "Kwan Lok",
    "Pak Hei",
]
K_ENG_F = sp("""Winnie Karen Cherry Vivian Queenie Mandy Joyce Bonnie Gigi Elaine Fiona Irene
    Sharon Phoebe Priscilla Wendy Agnes Candy Jade Carmen""")
K_ENG_M = sp("""Kelvin Ivan Jacky Alvin Kenneth Terence Raymond Desmond Ricky Samuel Vincent
    Marcus Edmund Ronald Felix Boris Kenny Wilson Gordon Dickson""")

# Singapore / Malaysia Chinese
S_SUR = sp("""Tan Lim Goh Teo Ong Lee Yeo Koh Chua Chong Low Sim Toh Quek Heng Seah Tay Loh
    Foo Khoo Ooi Yap Wee Neo Soh Phua Chia Leong Ang""")
S_F = [
    "Wei Ling",
    "Siew Mei",
    "Hui Min",
    "Jia Hui",
    "Swee Lan",
    "Mei Xin",
    "Pei Shan",
    "Li Ting",
    "Shu Fen",
    "Xin Yi",
    "Bee Choo",
    "Ai Ling",
    "Geok Lian",
]
S_M = [
    "Kok Wai",
    "Boon Keng",
    "Kah Seng",
    "Chee Keong",
    "Yong Sheng",
    "Wei Jie",
    "Jun Hao",
    "Teck Soon",
    "Eng Huat",
    "Kian Meng",
    "Zhi Hao",
    "Beng Hock",
]
S_ENG_F = sp("Rachel Michelle Audrey Serene Clarice Jolene Shermaine Valerie Germaine Felicia Evangeline")
S_ENG_M = sp("Benedict Darren Gabriel Jonathan Keith Nicholas Russell Shawn Terrence Wesley Xavier Zachary")

# Malay
N_F = [
    "Nurul Aini",
    "Siti Aishah",
    "Nor Azlina",
    "Farah Nadia",
    "Siti Khadijah",
    "Noraini",
    "Zarina",
    "Haslinda",
    "Nur Izzati",
]
N_M = [
    "Muhammad Hafiz",
    "Ahmad Faizal",
    "Mohd Rizal",
    "Amirul Hakim",
    "Syafiq",
    "Khairul Anuar",
    "Azlan",
    "Firdaus",
    "Zulkifli",
]
N_FATHER = sp("Abdullah Hassan Ismail Rahman Osman Yusof Ibrahim Razak Hamzah Aziz Salleh Harun")

PARTICLES = {
    "van",
    "der",
    "den",
    "de",
    "la",
    "los",
    "las",
    "del",
    "Del",
    "da",
    "di",
    "von",
    "ter",
    "Te",
    "bin",
    "binti",
    "Ní",
    "Nic",
    "Mac",
    "an",
    "Ó",
    "al",
    "Al",
    "el",
    "El",
}

LATIN = r"A-Za-z\u00C0-\u024F\u1E00-\u1EFF"
CJK = re.compile(r"[\u3400-\u9fff]")


def surname_core(s):
    out = []
    for tok in s.split(" "):
        for piece in tok.split("-"):
            if piece and piece not in PARTICLES:
                out.append(piece)
    return out or [s]


class Deck:
    """Draw without replacement from a shuffled pool, refilling when empty."""

    def __init__(self, items):
        self.items = list(items)
        self.pool = []

    def draw(self, avoid=()):
        x = None
        for _ in range(3 * len(self.items) + 3):
            if not self.pool:
                self.pool = self.items[:]
                RNG.shuffle(self.pool)
            x = self.pool.pop()
            key = x if isinstance(x, str) else x[0]
            if key not in avoid:
                return x
        return x


DECKS = {}


def deck(name, items):
    if name not in DECKS:
        DECKS[name] = Deck(items)
    return DECKS[name]


def wchoice(pairs):
    tot = sum(w for _, w in pairs)
    r = RNG.uniform(0, tot)
    for x, w in pairs:
        r -= w
        if r <= 0:
            return x
    return pairs[-1][0]


MID = "ABCDEFGHJKLMNPRST"


class Person:
    """A person with Latin (and for Chinese persons hanzi) name forms."""

    def __init__(
        self, kind, gender, given, surname, title, eng=None, hz_sur=None, hz_given=None, order="west", split_given=False
    ):
        self.kind = kind  # 'latin', 'cn', 'canto', 'sg', 'malay'
        self.gender = gender
        self.given = given
        self.surname = surname
        self.title = title
        self.eng = eng
        self.hz_sur = hz_sur
        self.hz_given = hz_given
        self.order = order  # default order of the 'f' form
        self.split_given = split_given
        self.mid = RNG.choice(MID)
        self.script = "latin"

    # parts -------------------------------------------------------------
    def gparts(self):
        return self.given.split(" ") if self.split_given else [self.given]

    def sparts(self):
        if self.kind == "malay":
            return [self.surname.split(" ")[-1]]
        return surname_core(self.surname)

    def ghyph(self):
        toks = self.given.split(" ")
        if len(toks) == 1:
            return self.given
        return toks[0] + "-" + "-".join(t.lower() for t in toks[1:])

    def hz_full(self):
        return self.hz_sur + self.hz_given

    def hz_parts(self, given_only=False):
        if given_only:
            return [self.hz_given] if len(self.hz_given) >= 2 else [self.hz_full()]
        out = [self.hz_full()]
        if len(self.hz_given) >= 2:
            out.append(self.hz_given)
        return out

    def form(self, f):
        """Return (prefix, span_text, parts)."""
        g, s = self.given, self.surname
        G, S = self.gparts(), self.sparts()
        east = f"{s} {g}"
        west = f"{g} {s}"
        if self.kind == "malay":
            full = f"{g} {s}"
            if f in ("t", "tf"):
                return self.title + " ", (g if f == "t" else full), (G if f == "t" else G + S)
            if f in ("f", "w", "e", "UF"):
                t = full.upper() if f == "UF" else full
                return "", t, [p.upper() for p in G + S] if f == "UF" else G + S
            return "", g, G
        if self.script == "hz" and f in ("f", "g"):
            f = "h" if f == "f" else "hg"
        deff = east if self.order == "east" else west

        def low(xs):
            return [x.lower() for x in xs]

        def up(xs):
            return [x.upper() for x in xs]

        if f == "g":
            return "", g, G
        if f == "s":
            return "", s, S
        if f == "f":
            return "", deff, G + S
        if f == "w":
            return "", west, G + S
        if f == "e":
            return "", east, G + S
        if f == "t":
            return self.title + " ", s, S
        if f == "tf":
            return self.title + " ", deff, G + S
        if f == "tw":
            return self.title + " ", west, G + S
        if f == "ti":
            return self.title + " ", f"{g[0]}. {s}", S
        if f == "tl":
            return self.title.lower() + " ", s.lower(), low(S)
        if f == "i":
            return "", f"{g[0]}. {s}", S
        if f == "ii":
            return "", f"{g[0]}.{self.mid}. {s}", S
        if f == "lf":
            return "", f"{s}, {g}", S + G
        if f == "LF":
            return "", f"{s.upper()}, {g}", up(S) + G
        if f == "UF":
            return "", deff.upper(), up(G + S)
        if f == "US":
            return "", s.upper(), up(S)
        if f == "UG":
            return "", g.upper(), up(G)
        if f == "gl":
            return "", g.lower(), low(G)
        if f == "sl":
            return "", s.lower(), low(S)
        if f == "fl":
            return "", deff.lower(), low(G + S)
        if f == "gi":
            return "", f"{g} {s[0]}.", G
        if f == "h":
            return "", self.hz_full(), self.hz_parts()
        if f == "hg":
            if len(self.hz_given) >= 2:
                return "", self.hz_given, self.hz_parts(True)
            return "", self.hz_full(), self.hz_parts()
        if f == "eg":
            return "", self.eng, [self.eng]
        if f == "egl":
            return "", self.eng.lower(), [self.eng.lower()]
        if f == "ef":
            return "", f"{self.eng} {s}", [self.eng] + S
        if f == "efh":
            return "", f"{self.eng} {s} {self.ghyph()}", [self.eng] + S + [self.ghyph()]
        if f == "gh":
            return "", self.ghyph(), [self.ghyph()]
        if f == "fh":
            return "", f"{s} {self.ghyph()}", S + [self.ghyph()]
        if f == "wh":
            return "", f"{self.ghyph()} {s}", [self.ghyph()] + S
        raise KeyError(f)

    def latin_given(self):
        return self.given

    def latin_sur(self):
        return self.surname.split(" ")[-1] if self.kind == "malay" else self.surname


def title_for(gender, doctor=False):
    if doctor:
        return RNG.choice(["Dr"] * 8 + ["Dr.", "Dr."])
    if gender == "f":
        return RNG.choice(["Mrs", "Mrs", "Ms", "Ms", "Miss", "Mrs.", "Ms."])
    return RNG.choice(["Mr", "Mr", "Mr", "Mr."])


def make_cn(gender, avoid):
    sur = deck("cn_sur", CN_SUR).draw(avoid)
    given = deck("cn_" + gender, CN_F if gender == "f" else CN_M).draw(avoid)
    eng = deck("cn_eng_" + gender, CN_ENG_F if gender == "f" else CN_ENG_M).draw(avoid)
    p = Person(
        "cn",
        gender,
        given[0],
        sur[0],
        title_for(gender),
        eng=eng,
        hz_sur=sur[1],
        hz_given=given[1],
        order=RNG.choice(["east", "east", "west"]),
    )
    return p


def make_canto(gender, avoid):
    sur = deck("k_sur", K_SUR).draw(avoid)
    given = deck("k_" + gender, K_F if gender == "f" else K_M).draw(avoid)
    eng = deck("k_eng_" + gender, K_ENG_F if gender == "f" else K_ENG_M).draw(avoid)
    return Person("canto", gender, given, sur, title_for(gender), eng=eng, order="east")


def make_sg(gender, avoid):
    sur = deck("s_sur", S_SUR).draw(avoid)
    given = deck("s_" + gender, S_F if gender == "f" else S_M).draw(avoid)
    eng = deck("s_eng_" + gender, S_ENG_F if gender == "f" else S_ENG_M).draw(avoid)
    return Person("sg", gender, given, sur, title_for(gender), eng=eng, order="east")


def make_malay(gender, avoid):
    given = deck("n_" + gender, N_F if gender == "f" else N_M).draw(avoid)
    father = deck("n_father", N_FATHER).draw(avoid)
    sur = ("binti " if gender == "f" else "bin ") + father
    return Person("malay", gender, given, sur, "Puan" if gender == "f" else "Encik", split_given=True)


def make_diverse(gender, avoid, doctor=False, origin=None):
    origin = origin or wchoice([(k, v["w"]) for k, v in ORIGINS.items()])
    if origin == "pinyin":
        p = make_cn(gender, avoid)
        p.order = "west"
    elif origin == "canto":
        p = make_canto(gender, avoid)
    else:
        o = ORIGINS[origin]
        given = deck(origin + "_" + gender, o[gender]).draw(avoid)
        sur = deck(origin + "_s", o["s"]).draw(avoid)
        p = Person("latin", gender, given, sur, title_for(gender))
    if doctor:
        p.title = title_for(gender, True)
    p.origin = origin
    return p


def make_word(gender, avoid):
    given = deck("w_" + gender, W_F if gender == "f" else W_M).draw(avoid)
    if RNG.random() < 0.5:
        sur = deck("w_s", W_S).draw(avoid)
    else:
        origin = wchoice([(k, v["w"]) for k, v in ORIGINS.items() if "s" in v])
        sur = deck(origin + "_s", ORIGINS[origin]["s"]).draw(avoid)
    return Person("latin", gender, given, sur, title_for(gender))


def make_person(letter, gender, avoid, origin=None):
    if gender is None:
        gender = {"F": "f", "M": "m"}.get(letter, RNG.choice("fm"))
    if letter in "PFM":
        return make_diverse(gender, avoid, origin=origin)
    if letter == "D":
        return make_diverse(gender, avoid, doctor=True)
    if letter == "W":
        return make_word(gender, avoid)
    if letter == "Y":
        return make_cn(gender, avoid)
    if letter == "C":
        p = make_cn(gender, avoid)
        p.script = "hz"
        return p
    if letter == "K":
        return make_canto(gender, avoid)
    if letter == "S":
        return make_sg(gender, avoid)
    if letter == "N":
        return make_malay(gender, avoid)
    raise KeyError(letter)


# ---------------------------------------------------------------------------
# PHI generators
# ---------------------------------------------------------------------------
def dig(n):
    return "".join(str(RNG.randrange(10)) for _ in range(n))


def nz(n):
    return str(RNG.randint(1, 9)) + dig(n - 1)


def phone(region=None):
    region = region or RNG.choice(["uk", "us", "ie", "au", "ca", "in", "ng", "hk", "cn"])
    c = RNG.choice
    m = c("3456789")
    opts = {
        "uk": [
            lambda: f"07{m}{dig(2)} {dig(6)}",
            lambda: f"07{m}{dig(2)} {dig(3)} {dig(3)}",
            lambda: f"+44 7{m}{dig(2)} {dig(6)}",
            lambda: f"+44 (0)7{m}{dig(2)} {dig(6)}",
            lambda: f"020 {c('378')}{dig(3)} {dig(4)}",
            lambda: f"0161 {nz(3)} {dig(4)}",
            lambda: f"0113 {nz(3)} {dig(4)}",
            lambda: f"07{m}{dig(8)}",
            lambda: f"01{c('2345689')}{dig(2)} {nz(6)}",
        ],
        "us": [
            lambda: f"({c('2345678')}{dig(2)}) {nz(3)}-{dig(4)}",
            lambda: f"{c('2345678')}{dig(2)}-{nz(3)}-{dig(4)}",
            lambda: f"+1 {c('2345678')}{dig(2)} {nz(3)} {dig(4)}",
            lambda: f"{c('2345678')}{dig(2)}.{nz(3)}.{dig(4)}",
        ],
        "ie": [
            lambda: f"08{c('35679')} {nz(3)} {dig(4)}",
            lambda: f"+353 8{c('35679')} {nz(3)} {dig(4)}",
            lambda: f"(01) {nz(3)} {dig(4)}",
            lambda: f"08{c('35679')}{nz(7)}",
            lambda: f"021 {nz(3)} {dig(4)}",
        ],
        "au": [
            lambda: f"04{dig(2)} {dig(3)} {dig(3)}",
            lambda: f"+61 4{dig(2)} {dig(3)} {dig(3)}",
            lambda: f"(02) {c('89')}{dig(3)} {dig(4)}",
            lambda: f"(03) 9{dig(3)} {dig(4)}",
        ],
        "ca": [
            lambda: f"+1 ({c(['604', '416', '514', '403', '613', '778'])}) {nz(3)}-{dig(4)}",
            lambda: f"{c(['416', '647', '905', '780', '902'])}-{nz(3)}-{dig(4)}",
        ],
        "in": [
            lambda: f"+91 9{dig(4)} {dig(5)}",
            lambda: f"+91-{c('6789')}{dig(9)}",
            lambda: f"09{dig(3)} {dig(5)}",
            lambda: f"+91 {c('6789')}{dig(4)} {dig(5)}",
        ],
        "ng": [
            lambda: f"+234 80{c('3678')} {dig(3)} {dig(4)}",
            lambda: f"080{c('3678')} {dig(3)} {dig(4)}",
            lambda: f"+234 (0) 70{c('3568')} {dig(3)} {dig(4)}",
            lambda: f"081{dig(8)}",
        ],
        "hk": [
            lambda: f"+852 9{dig(3)} {dig(4)}",
            lambda: f"{c('569')}{dig(3)} {dig(4)}",
            lambda: f"{c('569')}{dig(3)}-{dig(4)}",
            lambda: f"(852) 6{dig(3)} {dig(4)}",
        ],
        "cn": [
            lambda: f"13{c('56789')} {dig(4)} {dig(4)}",
            lambda: f"1{c('358')}{c('0123456789')}{dig(8)}",
            lambda: f"+86 139-{dig(4)}-{dig(4)}",
            lambda: f"+86 18{c('6789')} {dig(4)} {dig(4)}",
            lambda: f"15{c('0123789')}-{dig(4)}-{dig(4)}",
        ],
    }
    return RNG.choice(opts[region])()


def nhs_valid(n):
    d = [int(x) for x in re.sub(r"\D", "", n)]
    if len(d) != 10:
        return False
    s = sum(x * (10 - i) for i, x in enumerate(d[:9]))
    r = 11 - s % 11
    if r == 11:
        r = 0
    return r != 10 and r == d[9]


def nhs():
    while True:
        ds = [RNG.randrange(10) for _ in range(9)]
        if ds[0] == 0:
            continue
        s = sum(x * (10 - i) for i, x in enumerate(ds))
        r = 11 - s % 11
        if r == 11:
            r = 0
        if r == 10:
            continue
        n = "".join(map(str, ds + [r]))
        k = RNG.randrange(4)
        out = [f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}"][k]
        assert nhs_valid(out)
        return out


def ssn():
    while True:
        a = RNG.randint(1, 899)
        if a != 666:
            break
    g, s = RNG.randint(1, 99), RNG.randint(1, 9999)
    return RNG.choice([f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d} {g:02d} {s:04d}"])


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CN_MAP = "10X98765432"
CN_REGIONS = sp(
    "110105 310104 440106 320102 330106 510107 420106 610113 370202 350203 210102 430104 120101 500103 441900 450103"
)


def cnid_valid(x):
    if not re.fullmatch(r"\d{17}[\dX]", x):
        return False
    return CN_MAP[sum(int(a) * w for a, w in zip(x[:17], CN_W)) % 11] == x[17]


def cnid(birth=None, sex=None):
    """18-digit resident ID; the 17th digit is odd for men and even for women."""
    d = birth or datetime.date(1935, 1, 1) + datetime.timedelta(days=RNG.randrange(0, 25000))
    last = RNG.choice({"m": "13579", "f": "02468"}.get(sex, "0123456789"))
    body = RNG.choice(CN_REGIONS) + d.strftime("%Y%m%d") + dig(2) + last
    out = body + CN_MAP[sum(int(a) * w for a, w in zip(body, CN_W)) % 11]
    assert cnid_valid(out)
    return out


def hkid_valid(x):
    m = re.fullmatch(r"([A-Z])(\d{6})\(([\dA])\)", x)
    if not m:
        return False
    s = 36 * 9 + (ord(m.group(1)) - 55) * 8 + sum(int(c) * w for c, w in zip(m.group(2), range(7, 1, -1)))
    chk = (11 - s % 11) % 11
    return ("A" if chk == 10 else str(chk)) == m.group(3)


def hkid():
    L = RNG.choice("ACDEGHKPRYZ")
    ds = dig(6)
    s = 36 * 9 + (ord(L) - 55) * 8 + sum(int(c) * w for c, w in zip(ds, range(7, 1, -1)))
    chk = (11 - s % 11) % 11
    out = f"{L}{ds}({'A' if chk == 10 else chk})"
    assert hkid_valid(out)
    return out


def mrn(style=None):
    if style == "zh":
        return RNG.choice(
            [
                lambda: f"ZY{RNG.randint(2019, 2025)}{dig(6)}",
                lambda: nz(8),
                lambda: f"{nz(2)}{dig(5)}",
                lambda: f"MZ{nz(9)}",
            ]
        )()
    if style == "hk":
        return RNG.choice([lambda: f"HN{nz(8)}", lambda: f"HN{nz(8)}{RNG.choice('0123456789X')}"])()
    return RNG.choice(
        [
            lambda: f"{RNG.choice(['RM', 'K', 'H', 'RX', 'M', 'A', 'RJ', 'U', 'Q', 'RXH'])}{nz(6)}",
            lambda: f"{RNG.choice(['0', '00'])}{nz(6)}",
            lambda: nz(7),
            lambda: f"{nz(2)}-{dig(3)}-{dig(3)}",
            lambda: f"MRN-{nz(7)}",
            lambda: f"{RNG.choice('DGJT')}{nz(7)}",
            lambda: f"{nz(3)} {dig(4)}",
        ]
    )()


MRN_LABELS = [
    "MRN",
    "MRN:",
    "Hospital No.",
    "Hosp No:",
    "Unit no.",
    "Patient ID:",
    "Case no.",
    "Record no.",
    "Chart #",
    "Medical record number",
    "EPR no.",
    "Hospital number",
    "RXH no.",
]

EMAIL_DOM = {
    "latin": [
        "gmail.com",
        "outlook.com",
        "yahoo.co.uk",
        "hotmail.co.uk",
        "icloud.com",
        "btinternet.com",
        "proton.me",
        "hotmail.com",
        "eircom.net",
        "bigpond.com",
    ],
    "cn": ["163.com", "qq.com", "126.com", "gmail.com", "outlook.com", "foxmail.com"],
    "canto": ["netvigator.com", "yahoo.com.hk", "gmail.com", "hotmail.com.hk"],
    "sg": ["singnet.com.sg", "gmail.com", "hotmail.com", "yahoo.com.sg"],
    "malay": ["gmail.com", "yahoo.com.my", "hotmail.my"],
}


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def email_for(p, dom=None):
    def clean(x):
        return re.sub(r"[^a-z]", "", ascii_fold(x).lower())

    g = clean(p.latin_given())
    s = clean(p.latin_sur())
    if p.kind in ("canto", "sg") and RNG.random() < 0.5:
        g = clean(p.eng)
    if dom == "nhs":
        local = RNG.choice([f"{g}.{s}", f"{g}.{s}{RNG.randint(1, 9)}", f"{g}.{s}"])
        return local, "nhs.net"
    if dom == "hse":
        return f"{g}.{s}", "hse.ie"
    local = RNG.choice(
        [
            f"{g}.{s}",
            f"{g[0]}.{s}",
            f"{g}{s}",
            f"{g}_{s}",
            f"{s}.{g}",
            f"{g}.{s}{RNG.randint(1, 99)}",
            f"{g}{RNG.randint(60, 99)}",
            f"{s}{g[0]}{RNG.randint(1, 9)}",
            f"{g}.{s[0]}",
        ]
    )
    return local, RNG.choice(EMAIL_DOM[p.kind])


STREETS = sp("""Larkspur Maple Wattle Ashgrove Kingsmead Thornbury Hawthorn Bramble Cedar
    Juniper Oakfield Millbrook Elmwood Fernhill Birchwood Rowan Primrose Sycamore Willow
    Chestnut Laburnum Poplar Harbour Riverside Orchard Meadow Foxglove Marigold Beech
    Linden Alder Clover Wren Kestrel Lapwing Heron Skylark Pembroke Ashby Carlton Belmont
    Fairview Glenview Greenfield Woodland Brookside Parkside Quarry Tannery Ropewalk
    Banksia Jacaranda Bluegum Ironbark Coolabah Cypress Magnolia Sandpiper Copperfield""")
ST_UK = sp("Road Street Avenue Lane Close Crescent Drive Way Grove Terrace Gardens Court Place")
ST_US = sp("Avenue Street Drive Boulevard Lane Road Court Place")
ST_AU = sp("Street Road Avenue Parade Crescent Close Place Drive")
ST_IE = sp("Park Road Avenue Grove Lawn Drive Close Heights Court Crescent")
UK_TOWNS = [
    ("Leeds", "LS"),
    ("Manchester", "M"),
    ("Birmingham", "B"),
    ("Bristol", "BS"),
    ("Sheffield", "S"),
    ("Glasgow", "G"),
    ("Cardiff", "CF"),
    ("Nottingham", "NG"),
    ("Leicester", "LE"),
    ("Croydon", "CR"),
    ("Luton", "LU"),
    ("Coventry", "CV"),
    ("Newcastle upon Tyne", "NE"),
    ("Norwich", "NR"),
    ("Reading", "RG"),
    ("London", "SE"),
    ("London", "E"),
    ("London", "N"),
    ("Bradford", "BD"),
    ("Oldham", "OL"),
    ("Swansea", "SA"),
    ("Edinburgh", "EH"),
    ("Belfast", "BT"),
    ("Slough", "SL"),
    ("Wolverhampton", "WV"),
]
US_CITIES = [
    ("Columbus", "OH", "432"),
    ("Houston", "TX", "770"),
    ("Chicago", "IL", "606"),
    ("Atlanta", "GA", "303"),
    ("Seattle", "WA", "981"),
    ("Phoenix", "AZ", "850"),
    ("Brooklyn", "NY", "112"),
    ("Oakland", "CA", "946"),
    ("Minneapolis", "MN", "554"),
    ("Baltimore", "MD", "212"),
    ("Denver", "CO", "802"),
    ("Queens", "NY", "113"),
]
AU_SUBURBS = [
    ("Parramatta", "NSW", "2150"),
    ("Footscray", "VIC", "3011"),
    ("Sunnybank", "QLD", "4109"),
    ("Fremantle", "WA", "6160"),
    ("Glenelg", "SA", "5045"),
    ("Box Hill", "VIC", "3128"),
    ("Chatswood", "NSW", "2067"),
    ("Belconnen", "ACT", "2617"),
    ("Hurstville", "NSW", "2220"),
    ("Dandenong", "VIC", "3175"),
]
IE_TOWNS = [
    ("Ballincollig, Co. Cork", "P31"),
    ("Swords, Co. Dublin", "K67"),
    ("Dublin 8", "D08"),
    ("Galway", "H91"),
    ("Limerick", "V94"),
    ("Navan, Co. Meath", "C15"),
    ("Drogheda, Co. Louth", "A92"),
    ("Tralee, Co. Kerry", "V92"),
    ("Dublin 15", "D15"),
]
PC_L = "ABDEFGHJLNPQRSTUWXYZ"
EIR = "ACDEFHKNPRTVWXY"


def address(region=None):
    region = region or RNG.choice(["uk", "us", "au", "ie"])
    street = deck("streets", STREETS).draw()
    if region == "uk":
        st = f"{street} {RNG.choice(ST_UK)}"
        town, area = RNG.choice(UK_TOWNS)
        pc = f"{area}{RNG.randint(1, 28)} {RNG.randint(1, 9)}{RNG.choice(PC_L)}{RNG.choice(PC_L)}"
        n = RNG.randint(1, 240)
        txt = RNG.choice(
            [f"{n} {st}, {town} {pc}", f"Flat {RNG.randint(1, 12)}, {n} {st}, {town} {pc}", f"{n} {st}, {town}, {pc}"]
        )
        return txt, [st, pc]
    if region == "us":
        st = f"{street} {RNG.choice(ST_US)}"
        city, state, z = RNG.choice(US_CITIES)
        zp = z + dig(2)
        n = RNG.randint(12, 9800)
        txt = RNG.choice(
            [
                f"{n} {st}, Apt {RNG.randint(1, 9)}{RNG.choice('ABCD')}, {city}, {state} {zp}",
                f"{n} {st}, {city}, {state} {zp}",
            ]
        )
        return txt, [st, f"{state} {zp}"]
    if region == "au":
        st = f"{street} {RNG.choice(ST_AU)}"
        sub, state, pc = RNG.choice(AU_SUBURBS)
        n = RNG.randint(1, 180)
        txt = RNG.choice(
            [
                f"{RNG.randint(1, 20)}/{n} {st}, {sub} {state} {pc}",
                f"Unit {RNG.randint(1, 20)}, {n} {st}, {sub} {state} {pc}",
                f"{n} {st}, {sub} {state} {pc}",
            ]
        )
        return txt, [st, f"{state} {pc}"]
    st = f"{street} {RNG.choice(ST_IE)}"
    town, rk = RNG.choice(IE_TOWNS)
    code = f"{rk} {RNG.choice(EIR)}{RNG.choice(EIR + '0123456789')}{RNG.choice(EIR + '0123456789')}{RNG.choice(EIR + '0123456789')}"
    n = RNG.randint(1, 90)
    txt = RNG.choice([f"{n} {st}, {town}, {code}", f"Apt {RNG.randint(1, 30)}, {st}, {town}, {code}"])
    return txt, [st, code]


MON = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONA = [m[:3] for m in MON]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ZHNUM = "〇一二三四五六七八九"


def ordsuf(d):
    return "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def zh_numeral(n):
    if n < 10:
        return ZHNUM[n] if n else "〇"
    t, u = divmod(n, 10)
    return ("十" if t == 1 else ZHNUM[t] + "十") + (ZHNUM[u] if u else "")


def dob(style=None):
    lo, hi = {"child": (2011, 2023), "old": (1926, 1962), "zhold": (1930, 1960)}.get(style, (1931, 2004))
    d = datetime.date(lo, 1, 1) + datetime.timedelta(days=RNG.randrange(0, (hi - lo + 1) * 365))
    D, M, Y = d.day, d.month, d.year
    uk = [
        f"{D:02d}/{M:02d}/{Y}",
        f"{D}/{M}/{Y}",
        f"{D:02d}.{M:02d}.{Y}",
        f"{D} {MON[M - 1]} {Y}",
        f"{D}{ordsuf(D)} {MON[M - 1]} {Y}",
        f"{D:02d}-{MONA[M - 1]}-{Y}",
        f"{D} {MONA[M - 1]} {Y}",
        f"{Y}-{M:02d}-{D:02d}",
    ]
    us = [
        f"{M:02d}/{D:02d}/{Y}",
        f"{MON[M - 1]} {D}, {Y}",
        f"{M}/{D}/{Y}",
        f"{MONA[M - 1]} {D}, {Y}",
        f"{M:02d}-{D:02d}-{Y}",
    ]
    zh = [
        f"{Y}年{M}月{D}日",
        f"{Y}-{M:02d}-{D:02d}",
        f"{Y}.{M}.{D}",
        f"{Y}/{M:02d}/{D:02d}",
        f"{Y}年{M:02d}月{D:02d}日",
    ]
    if style == "us":
        return RNG.choice(us)
    if style == "old":
        return RNG.choice(uk + us)
    if style in ("uk", "child"):
        return RNG.choice(uk)
    if style in ("zh", "zhold"):
        return RNG.choice(zh)
    if style == "zhnum":
        return "".join(ZHNUM[int(c)] for c in str(Y)) + "年" + zh_numeral(M) + "月" + zh_numeral(D) + "日"
    return RNG.choice(uk + us)


# ---------------------------------------------------------------------------
# Non-PHI (protect) slot generators
# ---------------------------------------------------------------------------
RX = [
    ("ramipril", "5 mg once daily"),
    ("metformin", "500 mg twice daily"),
    ("sertraline", "50 mg once daily"),
    ("amlodipine", "10 mg once daily"),
    ("atorvastatin", "40 mg at night"),
    ("bisoprolol", "2.5 mg once daily"),
    ("levothyroxine", "75 micrograms daily"),
    ("apixaban", "5 mg twice daily"),
    ("furosemide", "40 mg in the morning"),
    ("lansoprazole", "30 mg once daily"),
    ("gabapentin", "300 mg three times daily"),
    ("mirtazapine", "15 mg at night"),
    ("prednisolone", "30 mg once daily"),
    ("co-amoxiclav", "625 mg three times daily"),
    ("doxycycline", "100 mg once daily"),
    ("empagliflozin", "10 mg once daily"),
    ("losartan", "50 mg once daily"),
    ("indapamide", "2.5 mg once daily"),
    ("quetiapine", "25 mg at night"),
    ("lithium carbonate", "400 mg at night"),
    ("methotrexate", "15 mg once weekly"),
    ("donepezil", "10 mg at night"),
    ("tamsulosin", "400 micrograms once daily"),
    ("allopurinol", "100 mg once daily"),
    ("venlafaxine", "75 mg twice daily"),
    ("edoxaban", "60 mg once daily"),
    ("spironolactone", "25 mg once daily"),
    ("clarithromycin", "500 mg twice daily"),
    ("cefalexin", "500 mg twice daily"),
    ("levetiracetam", "500 mg twice daily"),
    ("fluoxetine", "20 mg once daily"),
    ("dapagliflozin", "10 mg once daily"),
    ("rivaroxaban", "20 mg with the evening meal"),
    ("citalopram", "20 mg once daily"),
]
DRUGS = sorted(
    {d for d, _ in RX}
    | set(
        sp("""warfarin clopidogrel tramadol oxycodone
    ondansetron digoxin colchicine hydroxychloroquine memantine lamotrigine nitrofurantoin
    amoxicillin salbutamol""")
    )
)
DOSES = [
    "2.5 mg",
    "5 mg",
    "10 mg once daily",
    "20 mg",
    "500 mg",
    "1 g",
    "75 micrograms",
    "0.5 mg",
    "125 micrograms",
    "15 mg weekly",
    "40 mg",
    "200 mg twice daily",
    "62.5 micrograms",
    "250 mg",
]
BRANDS = sp("""Ozempic Eliquis Keytruda Humira Xarelto Jardiance Mounjaro Ventolin Symbicort
    Fostair Trulicity Lantus NovoRapid Entresto Dupixent Wegovy Zoladex Herceptin Lipitor
    Forxiga Spiriva Nexium Plavix Januvia Creon Epilim Keppra Eylea Ocrevus Stelara""")


def g_bp():
    s = RNG.randint(96, 196)
    d = RNG.randint(52, min(118, s - 28))
    return RNG.choice([f"{s}/{d}", f"{s}/{d}", f"{s}/{d} mmHg"])


def g_hr():
    n = RNG.randint(44, 138)
    return RNG.choice([f"HR {n}", f"pulse {n}", f"HR {n} bpm", f"HR {n} irregular"])


def fnum(lo, hi, nd=1):
    return f"{RNG.uniform(lo, hi):.{nd}f}"


LABS = [
    lambda: f"HbA1c {RNG.randint(44, 98)} mmol/mol",
    lambda: f"eGFR {RNG.randint(18, 89)}",
    lambda: f"Hb {RNG.randint(72, 128)} g/L",
    lambda: f"CRP {RNG.randint(6, 320)}",
    lambda: f"K+ {fnum(3.0, 6.4)}",
    lambda: f"Na {RNG.randint(121, 146)}",
    lambda: f"troponin {RNG.randint(5, 4000)} ng/L",
    lambda: f"TSH {fnum(0.01, 14.0, 2)}",
    lambda: f"INR {fnum(1.0, 6.0)}",
    lambda: f"ferritin {RNG.randint(4, 900)}",
    lambda: f"WCC {fnum(2.1, 24.0)}",
    lambda: f"platelets {RNG.randint(34, 640)}",
    lambda: f"creatinine {RNG.randint(48, 480)}",
    lambda: f"BNP {RNG.randint(35, 4800)}",
    lambda: f"lactate {fnum(0.8, 6.5)}",
    lambda: f"glucose {fnum(3.1, 28.0)} mmol/L",
    lambda: f"ALT {RNG.randint(12, 640)}",
    lambda: f"bilirubin {RNG.randint(4, 180)}",
    lambda: f"PSA {fnum(0.4, 48.0)}",
    lambda: f"vitamin D {RNG.randint(12, 90)} nmol/L",
    lambda: f"total cholesterol {fnum(3.1, 8.9)}",
    lambda: f"albumin {RNG.randint(18, 44)}",
    lambda: f"urate {RNG.randint(240, 640)}",
    lambda: f"D-dimer {RNG.randint(180, 4200)}",
]


def g_age():
    n = RNG.randint(19, 96)
    return RNG.choice([f"{n}-year-old", f"{n} year old", f"{n}-year-old"])


def g_agen(lo=19, hi=96):
    n = RNG.randint(lo, hi)
    return RNG.choice([f"aged {n}", f"age {n}", f"{n} years", f"{n}y", f"{n} yrs"])


def g_oage():
    n = RNG.randint(58, 97)
    return RNG.choice([f"{n}-year-old", f"{n} year old"])


def g_cage():
    return RNG.choice(
        [
            f"{RNG.randint(2, 15)}-year-old",
            f"{RNG.randint(3, 23)}-month-old",
            f"{RNG.randint(2, 15)} years",
            f"{RNG.randint(3, 23)} months",
        ]
    )


DURS = [
    "for 3 weeks",
    "for 6 months",
    "for the past 10 days",
    "over the last 2 months",
    "since January",
    "for 48 hours",
    "for about a year",
    "for 5 days",
    "over 3 months",
    "since Christmas",
    "for nearly 2 years",
    "for 4 weeks",
    "since the spring",
    "for a fortnight",
    "since March",
]
ICDS = sp("""I10 E11.9 J44.1 N18.3 F32.1 I48.0 K50.9 G20 C81.9 G51.0 E27.1 M54.5 O24.4 F41.1
    L40.0 R07.4 J18.9 N39.0 I21.4 E03.9 K21.0 G40.9 F20.0 A41.9 N17.9 I50.0 D50.0 K35.8
    S72.0 L03.1 J45.9 M17.1""")
HOSPS = [
    "Queen Elizabeth Hospital",
    "St Thomas' Hospital",
    "Johns Hopkins",
    "the Royal Brompton",
    "Addenbrooke's",
    "Great Ormond Street",
    "the Royal Victoria Infirmary",
    "St James's University Hospital",
    "the Royal Free",
    "the Mater Misericordiae",
    "Beaumont Hospital",
    "St Vincent's University Hospital",
    "the Royal London",
    "King's College Hospital",
    "the John Radcliffe",
    "Alder Hey",
    "the Royal Marsden",
    "Guy's Hospital",
    "Ninewells",
    "St George's",
    "Royal Prince Alfred Hospital",
    "the Royal Melbourne Hospital",
    "Mount Sinai",
    "Massachusetts General Hospital",
    "the Mayo Clinic",
    "Toronto General Hospital",
    "St Michael's Hospital",
    "Sir Charles Gairdner Hospital",
    "Wythenshawe Hospital",
    "Frimley Park",
    "the Whittington",
    "Royal Papworth",
    "the Freeman Hospital",
    "Tallaght University Hospital",
    "Cork University Hospital",
    "Queen Mary Hospital",
    "Tan Tock Seng Hospital",
    "Prince of Wales Hospital",
    "Princess Alexandra Hospital",
    "Sir Run Run Shaw Hospital",
]
DEPTS = [
    "cardiology",
    "respiratory medicine",
    "ENT",
    "ophthalmology",
    "haematology",
    "rheumatology",
    "urology",
    "dermatology",
    "gastroenterology",
    "orthopaedics",
    "endocrinology",
    "neurology",
    "vascular surgery",
    "general surgery",
    "care of the elderly",
    "renal medicine",
    "oncology",
    "diabetes and endocrinology",
]
ROLES = [
    "the registrar",
    "the SHO",
    "the charge nurse",
    "the on-call F1",
    "the consultant",
    "the ward sister",
    "the night sister",
    "the duty doctor",
    "the CT2",
    "the matron",
    "the nurse in charge",
    "the outreach team",
    "the medical registrar",
    "the ward pharmacist",
]
CROLES = [
    "the district nurse",
    "the health visitor",
    "the practice nurse",
    "the care coordinator",
    "the social worker",
    "the OT",
    "the physio",
    "the community matron",
    "the team leader",
    "the duty worker",
    "the school nurse",
    "the GP",
]
MROLES = [
    "the labour ward coordinator",
    "the obstetric registrar",
    "the midwife in charge",
    "the on-call anaesthetist",
    "the consultant obstetrician",
]
ABX = [
    "co-amoxiclav",
    "piperacillin-tazobactam",
    "gentamicin",
    "ceftriaxone",
    "meropenem",
    "nitrofurantoin",
    "trimethoprim",
    "cefalexin",
    "pivmecillinam",
    "Tazocin",
]
EPONS = [
    "Parkinson's disease",
    "Crohn's disease",
    "Hodgkin lymphoma",
    "Bell's palsy",
    "Addison's disease",
    "Cushing's syndrome",
    "Guillain-Barré syndrome",
    "Alzheimer's disease",
    "Hashimoto's thyroiditis",
    "Graves' disease",
    "Raynaud's phenomenon",
    "Sjögren's syndrome",
    "Kawasaki disease",
    "Down syndrome",
    "Barrett's oesophagus",
    "Ménière's disease",
    "Paget's disease",
    "Wilson's disease",
    "Huntington's disease",
    "Dupuytren's contracture",
    "Baker's cyst",
    "Osgood-Schlatter disease",
    "Tourette syndrome",
    "Marfan syndrome",
    "Wernicke's encephalopathy",
    "Conn's syndrome",
    "Still's disease",
    "Behçet's disease",
]
WARDS = [
    "Ward 7B",
    "Nightingale Ward",
    "Ward 12",
    "Cavell Ward",
    "Seacole Ward",
    "Lister Ward",
    "Jenner Ward",
    "Fleming Ward",
    "Ward C5",
    "Ward 3 North",
    "Victoria Ward",
    "Rowan Ward",
    "Elizabeth Garrett Anderson Wing",
    "Ward 21",
]
SATS = [
    "SpO2 91% on air",
    "sats 94% RA",
    "SpO2 97% on 2 L",
    "sats 88% on 4 L nasal cannulae",
    "SpO2 93% on 28%",
    "sats 96% on air",
]
TEMPS = ["temp 38.6", "T 37.9°C", "temperature 39.1", "temp 36.2", "T 38.2"]


def g_vdate():
    d = datetime.date(2024, 1, 1) + datetime.timedelta(days=RNG.randrange(0, 600))
    k = RNG.randrange(7)
    return [
        f"{d.day} {MON[d.month - 1]} {d.year}",
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{WD[d.weekday()][:3]} {d.day} {MON[d.month - 1]}",
        f"{d.day}{ordsuf(d.day)} {MON[d.month - 1]}",
        f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
        f"{WD[d.weekday()]} {d.day} {MONA[d.month - 1]}",
        f"{d.day} {MONA[d.month - 1]} {d.year}",
    ][k]


def g_time():
    h = RNG.randint(7, 18)
    mm = RNG.choice([0, 15, 30, 45, 10, 20, 40])
    return RNG.choice(
        [
            f"{h:02d}:{mm:02d}",
            f"{(h - 1) % 12 + 1}{'' if mm == 0 else ':%02d' % mm}{'am' if h < 12 else 'pm'}",
            f"{h:02d}{mm:02d}",
        ]
    )


# Chinese protect slots
ZHOSPS = [
    "北京协和医院",
    "复旦大学附属中山医院",
    "中山大学附属第一医院",
    "玛丽医院",
    "伊利沙伯医院",
    "广华医院",
    "上海瑞金医院",
    "四川大学华西医院",
    "中南大学湘雅医院",
    "武汉同济医院",
    "上海仁济医院",
    "宣武医院",
    "北京天坛医院",
    "屯门医院",
    "威尔斯亲王医院",
    "东华医院",
    "邵逸夫医院",
    "北京积水潭医院",
]
ZDEPTS = [
    "心内科",
    "呼吸科",
    "内分泌科",
    "急诊科",
    "消化内科",
    "神经内科",
    "肾内科",
    "骨科",
    "妇产科",
    "儿科",
    "精神科",
    "肿瘤科",
    "皮肤科",
    "眼科",
    "耳鼻喉科",
    "老年科",
    "血液科",
]
ZDURS = ["3天", "一周", "两周", "半个月", "一个月", "3个月", "半年", "一年多", "10天", "两个多月", "五年"]
ZRX = [
    ("二甲双胍", "0.5g 每日两次"),
    ("氨氯地平", "5mg 每日一次"),
    ("阿托伐他汀", "20mg 睡前"),
    ("左甲状腺素钠", "50μg 每日一次"),
    ("阿司匹林", "100mg 每日一次"),
    ("氯吡格雷", "75mg 每日一次"),
    ("美托洛尔", "25mg 每日两次"),
    ("缬沙坦", "80mg 每日一次"),
    ("硝苯地平控释片", "30mg 每日一次"),
    ("格列美脲", "2mg 早餐前"),
    ("奥美拉唑", "20mg 每日一次"),
    ("华法林", "3mg 每晚"),
    ("呋塞米", "20mg 每早"),
    ("舍曲林", "50mg 每日一次"),
    ("甘精胰岛素", "16单位 睡前"),
]
ZDRUGS = ["拜新同", "立普妥", "波立维", "格华止", "美多芭", "优甲乐", "诺和灵", "来得时", "倍他乐克", "络活喜"]
ZLABS = [
    lambda: f"空腹血糖{fnum(5.1, 16.0)} mmol/L",
    lambda: f"糖化血红蛋白{fnum(5.8, 11.9)}%",
    lambda: f"肌酐{RNG.randint(45, 420)} μmol/L",
    lambda: f"血红蛋白{RNG.randint(70, 140)} g/L",
    lambda: f"尿酸{RNG.randint(300, 620)} μmol/L",
    lambda: f"谷丙转氨酶{RNG.randint(15, 400)} U/L",
    lambda: f"血钾{fnum(3.0, 6.2)} mmol/L",
    lambda: f"低密度脂蛋白{fnum(1.8, 5.6)} mmol/L",
    lambda: f"白细胞{fnum(2.0, 22.0)}×10⁹/L",
]
ZEPONS = [
    "帕金森病",
    "阿尔茨海默病",
    "克罗恩病",
    "桥本甲状腺炎",
    "格林-巴利综合征",
    "川崎病",
    "霍奇金淋巴瘤",
    "贝尔面瘫",
    "库欣综合征",
    "艾迪生病",
    "唐氏综合征",
    "马凡综合征",
    "雷诺现象",
    "干燥综合征",
]


def g_zage(lo=20, hi=95):
    return f"{RNG.randint(lo, hi)}岁"


def g_zcage():
    return RNG.choice([f"{RNG.randint(1, 14)}岁", f"{RNG.randint(2, 23)}个月", f"{RNG.randint(1, 9)}岁半"])


def g_zdate():
    d = datetime.date(2024, 1, 1) + datetime.timedelta(days=RNG.randrange(0, 600))
    return RNG.choice(
        [
            f"{d.year}年{d.month}月{d.day}日",
            f"{d.month}月{d.day}日",
            f"{d.month}月{d.day}号",
            "下周二",
            "本周五",
            "下个月初",
        ]
    )


def g_ztime():
    return RNG.choice(["上午9点", "下午3点半", "明早8点", "晚上7点", "下午2点", "上午10点半"])


# slot name -> generator returning (text, [protect strings])
def _simple(lst):
    return lambda: (lambda v: (v, [v]))(RNG.choice(lst))


def _fn(f):
    return lambda: (lambda v: (v, [v]))(f())


def _rx():
    d, s = RNG.choice(RX)
    return f"{d} {s}", [d, s]


def _zrx(idx=None):
    d, s = RNG.choice([ZRX[i] for i in idx] if idx else ZRX)
    return f"{d} {s}", [d, s]


PSLOTS = {
    "RX": _rx,
    "DRUG": _simple(DRUGS),
    "DOSE": _simple(DOSES),
    "BRAND": _simple(BRANDS),
    "BP": _fn(g_bp),
    "HR": _fn(g_hr),
    "LAB": lambda: (lambda v: (v, [v]))(RNG.choice(LABS)()),
    "AGE": _fn(g_age),
    "AGEN": _fn(g_agen),
    "CAGE": _fn(g_cage),
    "DUR": _simple(DURS),
    "ICD": _simple(ICDS),
    "HOSP": _simple(HOSPS),
    "DEPT": _simple(DEPTS),
    "ROLE": _simple(ROLES),
    "VDATE": _fn(g_vdate),
    "TIME": _fn(g_time),
    "EPON": _simple(EPONS),
    "WARD": _simple(WARDS),
    "PEN": _simple(sp("Ozempic Trulicity Mounjaro Wegovy Lantus NovoRapid Humira Dupixent Victoza")),
    "SAT": _simple(SATS),
    "TEMP": _simple(TEMPS),
    "CROLE": _simple(CROLES),
    "MROLE": _simple(MROLES),
    "ABX": _simple(ABX),
    "OAGE": _fn(g_oage),
    "OAGEN": _fn(lambda: g_agen(58, 97)),
    "YAGEN": _fn(lambda: g_agen(18, 43)),
    "ZYAGE": _fn(lambda: g_zage(21, 42)),
    "BLEEP": _fn(lambda: RNG.choice(["bleep ", "bleep ", "ext "]) + nz(4)),
    "ZAGE": _fn(g_zage),
    "ZCAGE": _fn(g_zcage),
    "ZDUR": _simple(ZDURS),
    "ZHOSP": _simple(ZHOSPS),
    "ZDEPT": _simple(ZDEPTS),
    "ZRX": _zrx,
    "ZHTN": lambda: _zrx([1, 6, 7, 8]),
    "ZDM": lambda: _zrx([0, 9, 14]),
    "ZDRUG": _simple(ZDRUGS),
    "ZLAB": lambda: (lambda v: (v, [v]))(RNG.choice(ZLABS)()),
    "ZDATE": _fn(g_zdate),
    "ZTIME": _fn(g_ztime),
    "ZEPON": _simple(ZEPONS),
}


# ---------------------------------------------------------------------------
# Templates
# ---------------------------------------------------------------------------
# Token syntax inside turns:
#   {X1.form}    person X (P any, F female, M male, D clinician, W word-name,
#                Y pinyin, C hanzi, K Hong Kong, S Singapore/Malaysia, N Malay;
#                optional f/m after the letter fixes gender), see Person.form
#   {PHONE:uk} {NHS} {SSN} {CNID} {HKID} {MRN} {MRN:zh} {MRNL} {EMAIL:P1[:nhs]}
#   {ADDR:uk|us|au|ie} {DOB[:uk|us|zh|zhnum|child]}   -> PHI spans
#   {RX} {DRUG} {LAB} {BP} ... (see PSLOTS)           -> protected values
#   [[text]]                                           -> protected literal
GP, DS, HO, PM, SMS, TH = (
    "gp_referral",
    "discharge_summary",
    "ward_handover",
    "portal_message",
    "sms_chat",
    "telehealth",
)
CN_, PH, MH, MAT, PAED, CH, EM = (
    "community_nursing",
    "pharmacy_note",
    "mental_health",
    "maternity",
    "paediatric",
    "care_home",
    "clinician_email",
)
MIX, ZHC, ZHO, ZHW = "mixed_chat", "zh_consultation", "zh_overseas_relatives", "zh_ward_note"

EN_PHI, EN_FREE, MX_PHI, MX_FREE, ZH_PHI, ZH_FREE = [], [], [], [], [], []


def T(group, style, source, *turns, fam=None):
    group.append(dict(style=style, source=source, turns=list(turns), fam=fam or {}))


def TF(group, style, *turns):
    T(group, style, "none", *turns)


E = EN_PHI
# --- GP referral letters ----------------------------------------------------
T(
    E,
    GP,
    "consultant in salutation; patient in Re: line and cc; GP signature; DOB, NHS number, address",
    "Dear {D1.t},\n\nRe: {P1.tf}, DOB {DOB:uk}, NHS No. {NHS}\n{ADDR:uk}\n\nI would be grateful if you could see this {AGE} patient in {DEPT} with [[exertional breathlessness]] {DUR}. BP today {BP}; {LAB}. Current medication includes {RX}.\n\nYours sincerely,\n\nDr {D2.f}\ncc: {P1.tf}",
)
T(
    E,
    GP,
    "caps 'SURNAME, Given' Re: line; given name as subject and possessive; daughter; GP initials signature; phone",
    "RE: {P1.LF} (DOB {DOB:uk})\n\nDear Colleague,\n\nMany thanks for reviewing {P1.g}, who has had [[two episodes of haemoptysis]] {DUR}. {P1.g} is an ex-smoker with [[30 pack-years]]. Chest X-ray on {VDATE} showed [[a right hilar mass]]. {P1.g}'s daughter {F2.g} would like to attend and can be reached on {PHONE:uk}.\n\nKind regards,\n{D1.ii}\nSalaried GP",
)
T(
    E,
    GP,
    "consultant salutation; patient title+full name in Re: line; husband full name; hospital number",
    "Dear {D1.t},\n\nRe: {F1.tf}   Hosp No: {MRN}\n\nThis pleasant {AGE} lady presents with [[a changing pigmented lesion on the left calf]], 9 mm across with irregular borders. She works outdoors as a [[lifeguard]]. Her husband {M2.f} had a [[melanoma]] excised at {HOSP} and is understandably anxious.\n\nWith best wishes,\n{D2.f}",
)
T(
    E,
    GP,
    "patient title+surname and address in Re: line; colleague first name; wife and sons listed; signature first name",
    "Re: {M1.t}, {ADDR:uk}\n\nDear {D1.g},\n\nThanks for the chat earlier. As discussed, {M1.g} has had [[Parkinson's disease]] since [[2019]] and is now falling most weeks. His wife {F2.g} and sons {M3.g} and {M4.g} share the caring between them. I have increased his [[co-careldopa]].\n\nBest,\n{D2.g}",
)
T(
    E,
    GP,
    "2WW form: caps surname and forename; NHS number; phone; referring GP initials",
    "URGENT SUSPECTED CANCER REFERRAL\nPatient surname: {P1.US}\nForename(s): {P1.UG}\nNHS number: {NHS}\nPreferred contact: {PHONE:uk}\nReferring GP: {D1.ii}\nClinical details: [[iron deficiency anaemia]], [[Hb 94 g/L]], [[ferritin 6]], [[weight loss of 6 kg]] {DUR}. FIT [[142 ug/g]].",
)
T(
    E,
    GP,
    "Irish GP letter: patient full name, DOB, address, phone; GP signature",
    "Dear {D1.t},\n\nI am referring {F1.f} (DOB {DOB:uk}), of {ADDR:ie}, with [[worsening Raynaud's phenomenon]] and new digital ulcers. ANA is positive. She can be contacted on {PHONE:ie}.\n\n[[Is mise le meas]],\n{D2.f}, MICGP",
)
T(
    E,
    GP,
    "US referral: sender name, patient 'Last, First', DOB, SSN",
    "To: {DEPT}\nFrom: {D1.f}, MD\nPatient: {P1.lf}\nDOB: {DOB:us}\nSSN: {SSN}\n\nReason for referral: [[uncontrolled type 2 diabetes]], [[HbA1c 86 mmol/mol]] despite [[metformin 1 g twice daily]]. Please also assess for [[diabetic retinopathy]].",
)
T(
    E,
    GP,
    "Australian referral: patient full name, address, phone; GP title+full name",
    "Dear {D1.t},\n\nThank you for seeing {M1.f}, a {AGE} [[plumber]] from {ADDR:au}, with [[right shoulder pain]] {DUR}. Ultrasound at [[Royal Prince Alfred]] showed [[a full-thickness supraspinatus tear]]. Best contact is his mobile, {PHONE:au}.\n\nRegards,\n{D2.tf}",
)
T(
    E,
    GP,
    "Re: line with initial+surname and DOB; signature with title and initial",
    "Re: {P1.i} (b. {DOB:uk})\n\n[[Persistent microscopic haematuria]] on three samples, [[eGFR 52]], BP {BP}. No family history of [[Alport syndrome]]. Happy for this to be triaged to the [[nurse-led clinic]] if appropriate.\n\n— {D1.ti}",
)
T(
    E,
    GP,
    "patient full name; interpreting brother; consultant title; GP initials",
    "Dear {D1.t},\n\n{F1.f} attends with her brother {M2.f}, who interprets ([[Tigrinya]]). She has had [[episodic palpitations]] {DUR}; ECG shows [[sinus rhythm, rate 88]]. TSH is normal. I wondered about [[Holter monitoring]].\n\nMany thanks,\n{D2.ii}",
)
T(
    E,
    GP,
    "Cantonese-romanised patient with English name in Re: line; DOB; consultant",
    "Re: {Km1.f} (also known as {Km1.ef}), DOB {DOB:uk}\n\nDear {D1.t},\n\n{Km1.eg} had [[nasopharyngeal carcinoma]] treated at [[Queen Mary Hospital]], Hong Kong, in [[2016]]. He now has [[unilateral otitis media with effusion]] and I would value an ENT opinion.\n\nKind regards,\n{D2.ti}",
)
T(
    E,
    GP,
    "Singapore patient in English and Chinese order; referring doctor; patient e-mail",
    "Dear {D1.tf},\n\nFollowing up {Sf1.ef} ({Sf1.f}), who moved here from Singapore. She was under [[Tan Tock Seng Hospital]] for [[lupus nephritis]]; last [[creatinine 168]]. Records attached; she prefers e-mail ({EMAIL:Sf1}).\n\nYours,\n{D2.f}",
)
# --- Discharge summaries ----------------------------------------------------
T(
    E,
    DS,
    "header with caps 'SURNAME, Given', MRN, DOB; consultant initial; GP title+surname",
    "DISCHARGE SUMMARY\nPatient: {P1.LF}    MRN: {MRN}    DOB: {DOB:uk}\nAdmitted: {VDATE}    Length of stay: [[6 days]]\nConsultant: {D1.ti}\nGP: {D2.t}, [[Beechwood Surgery]]\n\nDiagnosis: [[Community-acquired pneumonia]] ([[J18.9]])\nTreatment: [[amoxicillin 500 mg three times daily]] for 5 days. [[CURB-65]] on admission 2.",
)
T(
    E,
    DS,
    "patient given name as subject; consultant title; partner full name; record number",
    "{M1.g} ({MRNL}) was admitted under {D1.t} with [[an NSTEMI]]; peak troponin [[1840 ng/L]]. He underwent angiography at {HOSP} with [[a drug-eluting stent to the LAD]]. Discharged on [[atorvastatin 80 mg]] and [[ticagrelor 90 mg twice daily]] for 12 months. His partner {P2.f} was updated by phone.",
)
T(
    E,
    DS,
    "patient title+full name; daughter's full name as possessive; address",
    "Summary for GP: {F1.tf}, {OAGE}, admitted with [[Guillain-Barré syndrome]] after a diarrhoeal illness. IVIG for 5 days; FVC nadir [[1.6 L]]. Discharged to her daughter {F2.f}'s home at {ADDR:uk} pending a neuro-rehab bed.",
)
T(
    E,
    DS,
    "caps full name; hospital number; next of kin full name with phone",
    "Discharge letter – {HOSP}\nName: {P1.UF}\nHospital number: {MRN}\nNext of kin: {F2.f} (wife), {PHONE:uk}\n\nDiagnosis: [[Acute kidney injury stage 2]] ([[N17.9]]); creatinine peaked at [[312]], [[141]] at discharge. [[Ramipril]] withheld — GP to restart if eGFR stable.",
)
T(
    E,
    DS,
    "US discharge: patient full name, MRN, DOB; attending; PCP",
    "Patient Name: {P1.f}    MRN: {MRN}    DOB: {DOB:us}\nAttending: {D1.f}, MD\nPCP: {D2.t}\n\nHospital course: Admitted with [[diabetic ketoacidosis]] (pH [[7.12]], [[glucose 31.2 mmol/L]]). Insulin drip per protocol, transitioned to [[insulin glargine 22 units]]. Follow up with PCP within 7 days.",
)
T(
    E,
    DS,
    "ICU step-down: patient full name; doctor title; son given name; son's UK phone",
    "Step-down note: {M1.f}, {OAGEN}, transferred from ICU to {WARD}. Intubated for 4 days with [[Klebsiella pneumonia]]; now {SAT}. Seen by {D1.t}, who will review tomorrow. Son {M2.g} ({PHONE:uk}) is the main contact.",
)
T(
    E,
    DS,
    "transfer letter: patient 'Last, First'; receiving consultant title+full; sister full name; DOB",
    "Transfer to {HOSP}\nPatient: {P1.lf}   DOB: {DOB:uk}\nReceiving consultant: {D1.tf}\n\nReason: [[Type A aortic dissection]] on CT. BP controlled to {BP} with [[labetalol]]. Sister {F2.f} is travelling separately.",
)
T(
    E,
    DS,
    "word-name patient full name and DOB; given name later",
    "Name: {Wm1.f}\nDOB: {DOB:uk}\nDiagnosis: [[Cellulitis of the right leg]] ([[L03.1]])\nDischarged on [[flucloxacillin 1 g four times daily]]. {Wm1.g} to see the practice nurse on day 5.",
)
T(
    E,
    DS,
    "pinyin patient name in western order; daughter English and pinyin names; MRN",
    "Discharge summary – {Ym1.w} ({MRNL})\n[[Neutropenic sepsis]] after cycle 3 of [[FOLFOX]]. Recovered on {ABX}. Daughter {Yf2.g} (goes by {Yf2.eg}) will bring him to the [[chemo day unit]] on {VDATE}.",
)
# --- Ward handovers ---------------------------------------------------------
T(
    E,
    HO,
    "bay handover: patients by title+surname and full name; daughter given name",
    "Bay 2\n[[Bed 12]] – {M1.t}, {AGE}, [[day 3 post-op hemicolectomy]], NBM, [[K+ 3.2]]. Bloods at 06:00.\n[[Bed 14]] – {F2.t}, delirium overnight, daughter {F3.g} coming in at 10.\n[[Bed 15]] – {P3.f}, awaiting {DEPT} review.",
)
T(
    E,
    HO,
    "lowercase night handover: lowercase title+surname, full name and given name",
    "handover from nights: {M1.tl} in side room 3 spiked 38.9, cultures sent, started on {ABX}. {F2.fl} in bed 6 pulled her cannula out twice, family aware. {P3.gl} for discharge if {ROLE} happy",
)
T(
    E,
    HO,
    "SBAR: patient title+full name; doctor bleeped by title; record number",
    "S: {P1.tf} ({MRNL}), {AGE}, [[NEWS2 now 7]].\nB: Admitted yesterday with [[urosepsis]]; [[lactate 3.4]].\nA: {SAT}, BP {BP}, {TEMP}. Looks unwell.\nR: I've bleeped {D1.t} ({BLEEP}); please escalate to {ROLE} if no response in 15 minutes.",
)
T(
    E,
    HO,
    "numbered list of caps 'SURNAME, Given' patients",
    "Handover – {WARD}\n1. {P1.LF} – bed 4 – [[alcohol withdrawal]], on CIWA chart, last score 12.\n2. {P2.LF} – bed 6 – [[Addison's disease]], double steroids while febrile.\n3. {P3.LF} – bed 9 – [[MFFD]], waiting for TTOs.",
)
T(
    E,
    HO,
    "spoken handover: patient given name; husband given name",
    "So {F1.g} in bed 7, she's the lady with [[Crohn's disease]], still passing about eight loose stools a day. Stool chart's on the door. Her husband {M2.g} stays late most evenings – loop in {ROLE} if he wants an update.",
)
T(
    E,
    HO,
    "theatre list: patients by initial+surname; surgeon title; anaesthetist title+full",
    "Theatre list {VDATE}\n1. {P1.i} – [[lap chole]] – {D1.t}\n2. {P2.i} – [[inguinal hernia repair]] – {D1.t}\n3. {P3.i} – [[EUA and drainage of perianal abscess]]\nAnaesthetist: {D2.tf}",
)
T(
    E,
    HO,
    "evening jobs: patients full name and title; neurosurgery colleague first name; wife",
    "Jobs for the evening: chase CT head for {P1.f} (fall, on [[apixaban]]). If bleed, discuss with {D1.g} on neurosurg. {P2.f} needs a VBG at 8pm. The family of {M3.t} want an update – wife's name is {F4.g}.",
)
T(
    E,
    HO,
    "word-name patients by title+surname and title+full name",
    "[[Bed 3]] – {Wm1.t}, [[NSTEMI]] day 2, pain-free. [[Bed 4]] – {Wf2.tf}, awaiting [[OGD]]. [[Bed 5]] – {P3.t}, for discharge once TTOs are ready.",
)
T(
    E,
    HO,
    "Cantonese patient title+surname and surname-first hyphenated form; wife's English name",
    "[[Bed 8]] – {Km1.t} ({Km1.fh}), [[post-ERCP pancreatitis]], pain controlled on PCA. Wife {Kf2.eg} speaks English; he prefers Cantonese, so book an interpreter for the [[ward round]].",
)
T(
    E,
    HO,
    "pinyin patient surname-first; vocative to nurse",
    "{F1.g}, can you keep an eye on {Y2.f} in side room 1? [[Clostridioides difficile]] positive, barrier nursing. Let {ROLE} know if the stool chart changes.",
)
# --- Portal messages --------------------------------------------------------
T(
    E,
    PM,
    "sender full name and given-name sign-off; mother full name; doctor surname; US phone",
    "Hi Dr {D1.s}, this is {F1.f}. My mum {F2.f} has been much more confused since the {DRUG} was started on {VDATE}. Could someone call me on {PHONE:us}? Thanks, {F1.g}",
)
T(
    E,
    PM,
    "greeting by given name; doctor title+surname; nurse given-name signature",
    "Dear {P1.g},\n\nYour blood results from {VDATE} are back. [[HbA1c 41 mmol/mol]] is within the normal range and [[total cholesterol 5.6]] is slightly raised, which {D1.t} does not think needs action now. We will repeat in 3 months.\n\nRegards,\n{F2.g} (practice nurse)",
)
T(
    E,
    PM,
    "message header with sender full name and e-mail",
    "Message from: {P1.f} <{EMAIL:P1}>\nSubject: repeat prescription\n\nHello, please could I have my {PEN} renewed? I have two pens left and I'm away from {VDATE} for 3 weeks.",
)
T(
    E,
    PM,
    "doctor title+full name addressed; father full name with DOB; writer signature",
    "To {D1.tf}: I'm writing on behalf of my father, {M2.f} (DOB {DOB:old}). He has [[Alzheimer's disease]] and is refusing his [[donepezil]]. Is there a liquid form? — {P1.f}",
)
T(
    E,
    PM,
    "patient introduces self with full name and DOB; e-mail",
    "Good morning, it's {M1.f} here, date of birth {DOB}. I had to cancel my clinic appointment on {VDATE} because of work. Could I be sent a new date? Best to reach me at {EMAIL:M1}.",
)
T(
    E,
    PM,
    "two-turn thread: patient given-name sign-off; reply greeting; doctor title; staff signature",
    "Hi, I've had the [[Ozempic]] for 6 weeks and I'm still nauseous most days. Should I stay on [[0.5 mg]]? – {P1.g}",
    "Thanks {P1.g}. I've passed this to {D1.t}, who suggests staying on [[0.5 mg]] for another 4 weeks. {F2.g}, Care Navigator",
)
T(
    E,
    PM,
    "parent writes about son; school staff full name; parent full-name signature; child DOB",
    "Hello, my son {M2.g} (DOB {DOB:child}) has had [[a barking cough]] for two nights. {F3.f} from the school office said to message you. He's eating fine. Thanks, {P1.f}",
)
T(
    E,
    PM,
    "word-name patient greeted; doctor title; receptionist signature",
    "Hi {Wf1.g}, just confirming your appointment with {D1.t} on {VDATE} at {TIME}. Reply C to cancel. Thanks, {F2.g} at reception",
)
T(
    E,
    PM,
    "son in Hong Kong introduces self; mother title+full name; HK phone",
    "Dear team, I am {M1.f}, son of {F2.tf} in [[bed 22]]. I live in Hong Kong — please call {PHONE:hk} (8 hours ahead) with any updates. Many thanks.",
)
T(
    E,
    PM,
    "pinyin mother name surname-first; writer's pinyin given name; doctor title",
    "Hello, I'm writing about my mother, {Yf1.f}. Her GP is {D1.t}. I'm her son {Ym2.g} and I look after her medication. Can I book her [[flu jab]] and [[shingles vaccine]] together?",
)
# --- SMS / WhatsApp ----------------------------------------------------------
T(
    E,
    SMS,
    "lowercase chat: sender given name repeated, child given name",
    "hey its {P1.gl} again, {P2.gl} still has a temp of [[38.4]]",
    "ok thanks {P1.gl}. give [[calpol]] and ring [[111]] if worse",
    "[[will do]]",
)
T(
    E,
    SMS,
    "lowercase: title+surname, lowercase full name, UK phone",
    "{F1.tl} called, wants a call back re her meds",
    "which one? the one in bay 4?",
    "no the daughter of the man with [[parkinsons]], {F1.fl}. number is {PHONE:uk}",
)
T(
    E,
    SMS,
    "carer chat: client and relative given names lowercase",
    "did {M1.gl} take his tablets this morning",
    "yes gave him the {DRUG} at 8",
    "great ta. {F2.gl} is picking him up at 4",
)
T(E, SMS, "lowercase doctor given name", "running late, tell {D1.gl} i'll be 10 min", "no worries, still in clinic")
T(
    E,
    SMS,
    "surgery text: recipient and sender given names; lowercase doctor title+surname",
    "hiya {F1.gl}, its {F2.gl} from the surgery. ur bloods are fine, {D1.tl} says no need to come in",
)
T(
    E,
    SMS,
    "text: recipient and sender given names; appointment moved",
    "{M1.gl} this is {P2.gl}, ur mum asked me to text. appt moved to {VDATE} at {TIME}",
    "ok cheers",
)
T(
    E,
    SMS,
    "staff chat: greeting by given name; colleague's child possessive",
    "Morning {F1.g}, can you swap Thursday with me? I've got {M2.g}'s parents evening",
    "Yeah fine",
    "Thanks {F1.g}! Owe you one",
)
T(
    E,
    SMS,
    "lowercase full name; hospital; relative given name",
    "hey, is {M1.fl} still on [[ward 9]] or did they move him",
    "moved to {HOSP} last night",
    "ok i'll let {F2.gl} know",
)
T(E, SMS, "ALL CAPS full name in chat; UK phone", "PLS CALL {M1.UF} RE RESULTS ASAP", "on it. number?", "{PHONE:uk}")
T(
    E,
    SMS,
    "relative texts: own given name, husband possessive, nurse given name",
    "hi this is {F1.gl}, {M2.gl}'s wife. is he ok to have visitors today",
    "hi {F1.gl}, yes from 2. {F3.g} is looking after him today",
)
T(
    E,
    SMS,
    "word-name given names lowercase in chat",
    "is {Wf1.gl} coming to clinic today",
    "yes and her husband {Wm2.gl} is driving her",
    "ok",
)
T(E, SMS, "staff vocatives with doctor given name", "{D1.g} are you free to see bed 11?", "in 10 min", "cheers {D1.g}")
T(
    E,
    SMS,
    "lowercase pinyin given name; she",
    "ask {Yf1.gl} if she can swap my thursday night",
    "she's off till monday, try {F2.gl}",
)
T(
    E,
    SMS,
    "lowercase chat: lowercase title+surname; nurse given name",
    "{F1.tl} in 4 wants to know when shes going home",
    "tell her tmrw if the [[INR]] is ok, {F2.g} will ring her son",
)
# --- Telehealth ---------------------------------------------------------------
T(
    E,
    TH,
    "identity check: full name; DOB",
    "Doctor: Hello, am I speaking with {P1.f}?",
    "Patient: Yes, that's me.",
    "Doctor: Great. Before we start, can you confirm your date of birth?",
    "Patient: It's {DOB}.",
)
T(
    E,
    TH,
    "greeting by given name; doctor introduces self title+full name; husband given name",
    "Doctor: Hi {F1.g}, I'm {D1.tf}, one of the GPs here. Is {M2.g} with you today?",
    "Patient: Yes, my husband's here. He's worried because the [[Bell's palsy]] hasn't improved after 3 weeks.",
    "Doctor: Understandable. Did you finish the [[prednisolone]]?",
    "Patient: Yes, all of it.",
)
T(
    E,
    TH,
    "callback number (Australian); patient given name",
    "Doctor: If we get cut off, what's the best number to call you back on?",
    "Patient: My mobile, {PHONE:au}.",
    "Doctor: Thanks {P1.g}. So the rash started after the [[amoxicillin]]?",
    "Patient: Two days after, yeah.",
)
T(
    E,
    TH,
    "interpreter named by given name, twice",
    "Doctor: Thank you, {P1.g}, for interpreting. Could you ask your grandmother how long the [[ankle swelling]] has been there?",
    "Patient (via {P1.g}): About three months. Worse in the evening.",
    "Doctor: And is she still taking the {DRUG}?",
)
T(
    E,
    TH,
    "patient introduces self and son by given name; doctor uses title+surname",
    "Patient: Hi, it's {M1.g}. Sorry, my son {M2.g} set this up for me.",
    "Doctor: No problem at all, {M1.t}. How has the breathing been since we increased the [[Trelegy]]?",
    "Patient: Better on the flat, still puffed on the stairs.",
)
T(
    E,
    TH,
    "US telehealth: full name, DOB, address",
    "Doctor: Can you confirm your full name and date of birth?",
    "Patient: {P1.f}, {DOB:us}.",
    "Doctor: And we still have your address as {ADDR:us}?",
    "Patient: That's right.",
)
T(
    E,
    TH,
    "Irish telehealth: greeting by given name; pharmacy staff given name",
    "Doctor: Morning {F1.g}, how are you getting on with the [[Eliquis]]?",
    "Patient: Grand, but {F2.g} in the pharmacy said there's a shortage.",
    "Doctor: Okay, I'll send the prescription for generic [[apixaban]] instead.",
)
T(
    E,
    TH,
    "caregiver full name then given name; Canadian phone",
    "Doctor: Who's joining you today?",
    "Patient: My daughter-in-law, {F1.f}. She manages my pills.",
    "Doctor: Hi {F1.g}. Could I take a number for you as well?",
    "Caregiver: Sure, {PHONE:ca}.",
)
T(
    E,
    TH,
    "emergency contact brother full name; Nigerian phone",
    "Doctor: Is there anyone we can contact in an emergency?",
    "Patient: My brother, {M1.f}. He's in [[Lagos]]. {PHONE:ng}.",
    "Doctor: Thank you. And you're still at the same address?",
    "Patient: Yes.",
)
T(
    E,
    TH,
    "word-name patient full name in identity check",
    "Doctor: Hi, is that {Wf1.f}?",
    "Patient: Yes, hi.",
    "Doctor: Lovely. I'm calling about your [[smear result]] from {VDATE}.",
)
T(
    E,
    TH,
    "pinyin given name vocative; father western-order pinyin name and title+surname",
    "Doctor: Hi {Y1.g}, can you hear me okay?",
    "Patient: Yes. My dad {Ym2.w} is here too, he wants to ask about his [[statin]].",
    "Doctor: Hello {Ym2.t}, of course.",
)
T(
    E,
    TH,
    "nurse introduces self by given name; patient repeats it; doctor title",
    "Nurse: Hello, it's {F1.g} from the [[heart failure]] team.",
    "Patient: Oh hello {F1.g}. My weight's up 2 kilos since Monday.",
    "Nurse: OK, take an extra [[furosemide 40 mg]] today and I'll ring {D1.t}.",
)
# --- Community nursing --------------------------------------------------------
T(
    E,
    CN_,
    "home visit: patient title+full name; husband given name; NHS number",
    "District nurse visit {VDATE}: {F1.tf} (NHS {NHS}) seen at home. [[Grade 2 pressure ulcer]] left heel cleaned and dressed with [[Allevyn]]. Husband {M2.g} reports she is eating less. {LAB} from last week noted.",
)
T(
    E,
    CN_,
    "patient full name and address; neighbour key-holder full name with phone",
    "Visit to {P1.f}, {ADDR:uk}. [[Insulin glargine 18 units]] given as per chart. BM [[14.2]] pre-lunch. Neighbour {P2.f} ({PHONE:uk}) holds the spare key.",
)
T(
    E,
    CN_,
    "patient title+surname possessive; son given name; patient given name",
    "Phoned {M1.t}'s son {M2.g} to arrange a joint visit with {CROLE}. {M1.g} has declined the hospital bed twice; [[capacity assessment]] planned.",
)
T(
    E,
    CN_,
    "Irish PHN visit: patient full name and Eircode address; GP title",
    "PHN visit: {F1.f}, {ADDR:ie}. [[Venous leg ulcer]] right gaiter area, 4 x 3 cm, less exudate. Compression re-applied. GP {D1.t} informed of the swab result.",
)
T(
    E,
    CN_,
    "caseload list in 'Last, First' form; wife given name; DOB",
    "Caseload {VDATE}:\n- {P1.lf} (DOB {DOB:old}) – [[B12 injection]]\n- {P2.lf} – catheter change\n- {M3.lf} – palliative review, wife {F4.g} struggling, refer to [[Marie Curie]]",
)
T(
    E,
    CN_,
    "continence assessment: client full name; carer full name; carer phone",
    "Continence assessment for {P1.f}. Bladder diary shows 11 voids/day. Carer {F2.f} ({PHONE:uk}) from [[Helping Hands]] to continue the pad chart. Review in 6 weeks.",
)
T(
    E,
    CN_,
    "word-name patient title+full name; neighbour word-name full name",
    "Visit: {Wf1.tf}. Lives alone. Neighbour {Wm2.f} does her shopping. Blood sugars stable on [[gliclazide 80 mg twice daily]].",
)
T(
    E,
    CN_,
    "Australian community nurse: client full name, address; daughter phone",
    "Community nursing – {P1.f}, {ADDR:au}. Wound on left shin healing well, [[Kerlix]] changed. Daughter {F2.g} on {PHONE:au} wants a call after each visit.",
)
# --- Pharmacy ---------------------------------------------------------------
T(
    E,
    PH,
    "patient full name; UK phone; technician given-name signature",
    "Pharmacy note: Spoke to {P1.f} about the {BRAND} supply problem. Advised the wholesaler expects stock on {VDATE}. [[Will phone]] on {PHONE:uk} when it arrives. – {F2.g}, pharmacy technician",
)
T(
    E,
    PH,
    "med rec: patient title+full name, MRN; wife full name; prescriber title",
    "Medicines reconciliation – {M1.tf} ({MRN})\nSources: patient, GP summary, wife {F2.f}.\nDiscrepancy: [[bisoprolol 2.5 mg]] on GP list, not in patient's pod. Discussed with {D1.t}; restarted.",
)
T(
    E,
    PH,
    "patient initial+surname; prescriber title+initial; carer given name; record number",
    "Clarified {DRUG} dose for {P1.i} ({MRNL}) with prescriber {D1.ti} – confirmed {DOSE} as intended. Label reprinted. Counselled carer {P2.g}.",
)
T(
    E,
    PH,
    "US pickup log: patient 'Last, First', DOB; collector full name",
    "Rx pickup log\nPatient: {P1.lf}   DOB: {DOB:us}\nMedication: {RX}\nPicked up by: {P2.f} (spouse) – ID checked.",
)
T(
    E,
    PH,
    "MDS delivery: patient title+surname; address",
    "MDS trays for {M1.t} delivered to {ADDR:uk}. Carer says he is spitting out the [[mirtazapine]]; suggested [[orodispersible]] form to GP.",
)
T(
    E,
    PH,
    "son full name calling from India; Indian phone",
    "The patient's son {M1.f} called from [[Chennai]] asking whether his mother can bring [[Glycomet]] back from India. Advised to bring a doctor's letter. Son's number: {PHONE:in}.",
)
T(
    E,
    PH,
    "pharmacist e-mail style note: patient caps surname; GP first name",
    "Hi {D1.g} – {P1.US} ({DOB:uk}) is asking for an early supply of [[pregabalin]]. Last issued {VDATE}. Happy to hold until you've reviewed. {F2.g} (Pharmacist)",
)
# --- Mental health ------------------------------------------------------------
T(
    E,
    MH,
    "CMHT review: patient and support worker given names; NHS number",
    "CMHT review: {P1.g} (NHS no. {NHS}) attended with support worker {P2.g}. Mood remains low, [[PHQ-9 of 17]]. No active plans. Agreed to increase [[sertraline to 100 mg]]. Next review with {CROLE} in 2 weeks.",
)
T(
    E,
    MH,
    "patient given name as subject; sister full name; consultant title+full; sister's phone",
    "{M1.g} reports the voices are quieter since the depot. His sister {F2.f} ({PHONE:uk}) feels he is more withdrawn. {D1.tf} reviewed: continue [[paliperidone 75 mg monthly]]. Risk to others assessed as low.",
)
T(
    E,
    MH,
    "social history: partner and children given names; patient given name",
    "Social: lives with partner {P2.g} and two children ({M3.g}, 7, and {F4.g}, 4). {P1.g} is the main carer. Safeguarding lead informed as per policy; no immediate concerns.",
)
T(
    E,
    MH,
    "MHA assessment: AMHP full name; two doctors title+full; patient given name",
    "MHA assessment {VDATE}: AMHP {P2.f}; s12 doctors {D1.tf} and {D2.tf}. {M1.g} detained under [[Section 2]] and transferred to [[Maple Ward]].",
)
T(
    E,
    MH,
    "crisis call: patient given name; flatmate full name with phone",
    "Crisis team call at 02:10. {P1.g} says things are 'really bad tonight'. Flatmate {P2.f} is with them; mobile {PHONE:uk}. Agreed home visit at 10:00.",
)
T(
    E,
    MH,
    "eating disorder clinic: patient full name; mother full name; DOB",
    "Eating disorder clinic: {F1.f}, DOB {DOB:uk}, BMI [[15.8]]. Mum ({F2.f}) attended. Refeeding bloods normal. Plan: weekly weights with {CROLE}.",
)
T(
    E,
    MH,
    "word-name patient given name as subject; mother's given name",
    "{Wf1.g} has been attending the group regularly. Her mum, {F2.g}, is unwell in [[Accra]] and she has been sleeping badly. [[GAD-7 of 15]].",
)
T(
    E,
    MH,
    "group attendees with two initials; facilitator full name",
    "DBT skills group {VDATE}: attendees {P1.ii}, {P2.ii}, {P3.ii}. Facilitated by {P4.f} and {CROLE}.",
)
T(
    E,
    MH,
    "psychology letter: Re: line with Last, First; cc GP",
    "Re: {P1.lf}\n\nThank you for referring this {AGE} patient for [[trauma-focused CBT]]. We have offered 12 sessions starting {VDATE}.\n\n{P2.f}\nClinical Psychologist\ncc: {D1.tf}",
)
# --- Maternity ---------------------------------------------------------------
T(
    E,
    MAT,
    "booking: woman full name; partner full name; midwife full name; record number",
    "Booking appointment: {F1.f} ({MRNL}), G2P1, {YAGEN}, EDD {VDATE}. Partner {P2.f}. Named midwife {F3.f}. Previous [[emergency caesarean]] for [[failure to progress]]; wants to discuss VBAC.",
)
T(
    E,
    MAT,
    "birth notes: baby given name; mother title+surname; partner given name; baby NHS number",
    "[[SVD]] at {TIME}. Baby girl, [[3.42 kg]], [[Apgar 8 and 9]]. Named {F2.g}; baby NHS number {NHS}. {F1.t} keen to breastfeed; skin-to-skin established. Partner {M3.g} cut the cord.",
)
T(
    E,
    MAT,
    "community midwife text: lowercase given names",
    "hi {F1.gl}, its {F2.gl} ur community midwife. can i pop round thurs for the day 5 check and [[heel prick]]?",
    "yes pls!! after 11 if ok",
)
T(
    E,
    MAT,
    "induction: woman possessive given name; birth partner given name",
    "[[Bishop score 4]]. {F1.g}'s mum {F3.g} is birth partner. [[Propess]] inserted at {TIME}; CTG reassuring. Plan ARM when favourable; {MROLE} aware.",
)
T(
    E,
    MAT,
    "antenatal header: caps 'SURNAME, Given', hospital number; Nigerian phone",
    "Antenatal clinic – {HOSP}\nName: {F1.LF}   Hosp no: {MRN}\nContact: {PHONE:ng} (husband abroad)\n[[Gestational diabetes]] – [[HbA1c 44]], starting [[metformin 500 mg]].",
)
T(
    E,
    MAT,
    "postnatal: mother and baby names; health visitor",
    "Postnatal day 10: {F1.f} and baby {M2.g} seen at home. Baby weight back above birth weight. Handed over to health visitor {F3.f}.",
)
# --- Paediatrics ---------------------------------------------------------------
T(
    E,
    PAED,
    "child full name; mum full name; dad given name (shares surname); hospital number",
    "{M1.f} (Hosp no {MRN}), {CAGE}, brought by mum {F2.f} and dad {M3.g}. Five days of fever, red eyes, [[strawberry tongue]]. Concern for [[Kawasaki disease]]; echo requested.",
    fam={"M3": "M1"},
)
T(
    E,
    PAED,
    "parents full names with UK phone; child given name",
    "Parents: {F1.f} ({PHONE:uk}) and {M2.f}.\nChild: {P3.g}, {CAGE}.\n[[Bronchiolitis]], feeding 60% of normal, {SAT}. Admit for NG feeds.",
)
T(
    E,
    PAED,
    "school nurse: pupil full name; teacher title+surname; parent full name; parent e-mail",
    "School nurse note: {P1.f} (Year 5) sent by teacher {F2.t} with [[itchy scalp]]. Head lice confirmed. Letter e-mailed to parent {P3.f} at {EMAIL:P3}.",
)
T(
    E,
    PAED,
    "health visitor: mum and baby given names",
    "Health visitor contact: {F1.g} ({YAGEN}) and baby {P2.g}, [[8 weeks]]. Weight on the 25th centile, tracking. [[EPDS score 11]]; discussed with GP.",
)
T(
    E,
    PAED,
    "NICU twins: full name then given names (shared surname); parents given names",
    "NICU ward round: twins {F1.f} and {F2.g} born at [[29+3 weeks]]. {F1.g} on [[CPAP 5]]; {F2.g} self-ventilating. Parents {F3.g} and {M4.g} updated.",
    fam={"F2": "F1"},
)
T(
    E,
    PAED,
    "safeguarding: child given name twice; mother full name; mother's partner full name; child DOB",
    "Safeguarding note: {P1.g} (DOB {DOB:child}) presented with [[a spiral fracture of the left humerus]]. Mum {F2.f} says {P1.g} fell from the sofa. Mum's partner {M3.f} was caring at the time. Skeletal survey arranged; {CROLE} informed.",
)
T(
    E,
    PAED,
    "home visit: mother title+full name; three children listed",
    "Home visit: {F1.tf} with her children {F2.g}, {M3.g} and {F4.g}. All three have [[scabies]]; [[permethrin]] given for the household.",
)
T(
    E,
    PAED,
    "word-name child given name; father full name",
    "{Wf1.g} ({CAGE}) seen with dad {M2.f}. [[Atopic eczema]] flaring; started [[hydrocortisone 1% cream]]. Dad to book review with {CROLE}.",
)
T(
    E,
    PAED,
    "child DOB; parents names; e-mail",
    "Child: {P1.f}   DOB: {DOB:child}\nMother: {F2.f}   Email: {EMAIL:F2}\nReason: [[recurrent tonsillitis]], 7 episodes in 12 months.",
)
# --- Care home ---------------------------------------------------------------
T(
    E,
    CH,
    "resident title+full name; calls out for given name; son full name; DOB",
    "Resident: {P1.tf}, [[Room 14]], DOB {DOB:old}.\nNight: unsettled from 01:00, calling out for {F2.g}. Settled with reassurance. Son {M3.f} phoned at 08:30; updated.",
)
T(
    E,
    CH,
    "falls log: resident 'Last, First'; GP title+surname",
    "Falls log {VDATE}: {P1.lf} found on floor beside bed at 03:15. No head injury, obs stable, BP {BP}. Informed {ROLE}; GP {D1.t} to visit today.",
)
T(
    E,
    CH,
    "GP round: residents by title+surname; family full name",
    "GP round – [[Oakwood House]]\n{F1.t}: [[UTI]] symptoms, dipstick positive – {ABX} started.\n{M2.t}: weight down 3 kg, add supplements.\n{F3.t}: family ({M4.f}) asking about DNACPR – discuss next week.",
)
T(
    E,
    CH,
    "staff chat: resident lowercase given name; daughter lowercase given name",
    "can someone check on {F1.gl} in room 9, shes been buzzing all night",
    "on it",
    "she wants her daughter {F2.gl} to ring her",
)
T(
    E,
    CH,
    "staff on shift listed; handover by full name",
    "Staff on tonight: {F1.g}, {M2.g} and {F3.g} (agency). Handover given by {F4.f}. Resident in room 6 ([[end of life]]) – family aware.",
)
# --- Clinician e-mails ---------------------------------------------------------
T(
    E,
    EM,
    "recipient given name; patient full name + MRN; signature block with initial and nhs.net e-mail",
    "Hi {D1.g},\n\nCould you squeeze {P1.f} (MRN {MRN}) into Thursday's clinic? [[Flare of psoriatic arthritis]], CRP [[88]].\n\nThanks,\n{D2.g}\n\n--\n{D2.ti}\nConsultant Rheumatologist\n{HOSP}\n{EMAIL:D2:nhs}",
)
T(
    E,
    EM,
    "From/To/cc header names and e-mail; Re: subject with initial+surname; sign-off",
    "From: {D1.f} <{EMAIL:D1:nhs}>\nTo: {D2.f}\ncc: {D3.f}\nSubject: Re: {P1.i} – biopsy result\n\nAll, histology confirms [[Hodgkin lymphoma]], nodular sclerosis. MDT on {VDATE}.\n\nBest,\n{D1.g}",
)
T(
    E,
    EM,
    "thanks with given name; patient title+surname; sign-off",
    "Thanks {D1.g}!\n\nI saw {M1.t} this morning – much brighter after the transfusion ([[Hb 92]]). Happy for him to go home tomorrow if you agree.\n\nCheers,\n{D2.g}",
)
T(
    E,
    EM,
    "Irish greeting by given name; patient full name; signature given name and title+initial",
    "Morning {F1.g},\n\nJust to let you know {P1.f} was transferred to the [[Mater]] overnight for [[PCI]]. I've told the family.\n\nBest,\n{D2.g}\n{D2.ti}, Registrar, Cardiology",
)
T(
    E,
    EM,
    "all-staff: patient full name; dash signature with title+initial; record number",
    "All – {P1.f} ({MRNL}, {AGE}, ventilated) is being transferred to {HOSP} tomorrow at 09:00. Please make sure the [[ICU discharge summary]] is printed.\n— {D1.ti}",
)
T(
    E,
    EM,
    "US e-mail: doctor surname; patient full name and SSN; nurse signature",
    "Dr {D1.s},\n\nThe insurer is asking for the full SSN for {P1.f} to process the [[Keytruda]] prior authorization: {SSN}. Can you co-sign the form?\n\nThanks,\n{F2.f}, RN",
)
T(
    E,
    EM,
    "formal e-mail: addressee title+full; patient full name; cc line with two names; DOB",
    "Dear {D1.tf},\n\nPlease see the attached letter regarding {F1.f} (DOB {DOB:uk}), who has [[suspected sarcoidosis]] (ACE [[96]]).\n\nKind regards,\n{D2.f}\nSpecialty Registrar\n\ncc: {D3.tf}; {F1.f}",
)
T(
    E,
    EM,
    "MDT coordinator signature with word-name; patient full name; NHS number",
    "Hi both,\n\nThe MDT outcome for {P1.f} (NHS {NHS}) is attached.\n\nBest wishes,\n{Wf1.g}\n\n{Wf1.f}\nMDT Coordinator",
)
T(
    E,
    EM,
    "short reply: thanks by given name; patient possessive; signature",
    "Thanks {D1.g}! I'll let {P1.f}'s GP know today.\n\n{D2.g}",
)
T(
    E,
    EM,
    "relative in China with mobile; daughter full name; sign-off",
    "Hi {D1.g},\n\n{P1.f}'s daughter {F2.f} is flying in from [[Shanghai]]. Her Chinese mobile is {PHONE:cn}; she's on WeChat too.\n\n{D2.g}",
)
T(
    E,
    EM,
    "Irish e-mail: patient full name, DOB; hse.ie e-mail signature",
    "Hi {D1.g},\n\nRe {P1.f}, DOB {DOB:uk} – [[Holter]] showed [[paroxysmal AF]], burden 6%. Starting [[edoxaban]].\n\nRegards,\n{D2.f}\n{EMAIL:D2:hse}",
)
T(
    E,
    EM,
    "handover e-mail: colleagues greeted by given names; patient Last, First; sign-off",
    "{D1.g}, {D2.g} –\n\n{P1.lf} still needs the [[bone marrow]] result chased. I'm off until {VDATE}.\n\nThanks,\n{D3.g}",
)

# --- English PHI-free --------------------------------------------------------
E = EN_FREE
TF(
    E,
    HO,
    "Bay 3 handover: all settled.\n[[Bed 9]] – [[Addison's disease]], on [[hydrocortisone 20 mg]] in divided doses, double dose while febrile.\n[[Bed 10]] – [[Wells score 6]], CTPA booked. [[The registrar will review]] after the scan.",
)
TF(
    E,
    GP,
    "Discussed with [[the SHO]]: query [[Cushing's syndrome]]; overnight dexamethasone suppression test booked for {VDATE}. BP {BP}, {LAB}.",
)
TF(
    E,
    PM,
    "[[Hope you are well]]. Just a reminder that there is a [[grace period]] of 7 days for repeat requests, so please order your {PEN} before the end of [[May 2025]].\n\nKind regards,\nThe pharmacy team",
)
TF(
    E,
    HO,
    "[[Mark the site]] before theatre. [[Will review]] in the morning with bloods ({LAB}). Keep NBM from midnight.",
)
TF(
    E,
    DS,
    "Presented with RUQ pain, [[Murphy's sign]] positive, {TEMP}. USS: thick-walled gallbladder with stones. Transferred to [[St Thomas']] for [[lap chole]] on {VDATE}.",
)
TF(
    E,
    SMS,
    "is [[the charge nurse]] on today",
    "yeah in the office",
    "ok can u ask about the [[hodgkin lymphoma]] pt in bay 4",
)
TF(
    E,
    GP,
    "[[Long-term oxygen therapy]] assessment: {SAT}, pO2 [[7.1 kPa]]. Meets criteria for 16 hours a day. Concentrator ordered; smoking status confirmed.",
)
TF(
    E,
    MH,
    "Reports a [[lack of joy]] in usual activities and early waking {DUR}. [[PHQ-9 score 14]]. No thoughts of self-harm. Plan: start [[sertraline 50 mg]]; review by [[the care coordinator]] in 2 weeks.",
)
TF(
    E,
    GP,
    "Letter received from the [[young onset dementia]] service: MMSE [[24/30]]. To continue [[donepezil 5 mg]]. Review in [[April]].",
)
TF(
    E,
    DS,
    "Overnight the [[BP rose to]] {BP} and the patient complained of headache. CT head normal. [[The consultant]] wants a 24-hour ABPM before discharge.",
)
TF(
    E,
    PM,
    "Dear Sir or Madam,\n\nPlease could my [[Keytruda]] infusion on {VDATE} be moved to the afternoon? I have a [[hospital transport]] booking in the morning.\n\n[[Yours faithfully]]",
)
TF(
    E,
    EM,
    "Hi all,\n\nReminder: grand round on Thursday [[12 June]] is in the [[Florence Nightingale Lecture Theatre]]. Topic: [[Guillain-Barré syndrome]] in pregnancy.\n\nThanks,\nMedical Education Team",
)
TF(
    E,
    PH,
    "Please [[bill the insurer]] for the [[Ocrevus]] infusion and send the [[Mayo Clinic]] records to oncology. Prior authorisation reference is on the front sheet.",
)
TF(
    E,
    GP,
    "Dear Colleague,\n\nThank you for seeing this {AGE} man with a [[Baker's cyst]] behind the right knee, now painful and tense. Doppler excluded DVT. Diagnosis code [[M71.2]].\n\nYours sincerely",
)
TF(
    E,
    PAED,
    "[[Hunter syndrome]] (MPS II) – weekly enzyme replacement at [[Great Ormond Street]]. [[Weight 18.4 kg]]. No infusion reactions. Next echo in [[June]].",
)
TF(
    E,
    TH,
    "Doctor: Hello, can you hear me?",
    "Patient: Yes doctor, loud and clear.",
    "Doctor: How are you getting on with the [[Eliquis]]?",
    "Patient: Fine, just a bit of bruising on my arms.",
)
TF(
    E,
    EM,
    "Second opinion from [[Mount Sinai]] agrees with the [[Johns Hopkins]] protocol: [[Keytruda 200 mg]] every 3 weeks. Please add to the MDT list for {VDATE}.",
)
TF(
    E,
    DS,
    "Transferred to [[the Royal Brompton]] for VATS pleurodesis after [[a third pneumothorax]]. {SAT} on transfer. ICD code [[J93.1]].",
)
TF(
    E,
    CH,
    "Resident in [[Room 12]] settled overnight. [[The nurse in charge]] gave {DRUG} at 22:00. GP round on Thursday; weight to be recorded before then.",
)
TF(
    E,
    MH,
    "Mood [[3/10]], sleep poor. [[GAD-7 11]]. Discussed grounding techniques. [[The care coordinator will phone]] on Monday.",
)
TF(
    E,
    PH,
    "[[Ozempic 0.25 mg]] weekly is out of stock nationally; switch to [[Mounjaro 2.5 mg]] weekly after discussion with the prescriber. Counselled on injection technique.",
)
TF(
    E,
    MAT,
    "[[Bishop score 7]], ARM at 14:20, liquor clear. Apgars [[9 and 10]]. Baby to the postnatal ward with mum; [[SCBU]] not needed.",
)
TF(
    E,
    PAED,
    "[[Centor score 3]], afebrile now. [[Calpol 240 mg]] given at 10:00. Mum and Dad happy with the plan; safety-netting advice given.",
)
TF(
    E,
    GP,
    "Problem list:\n[[I10]] Essential hypertension\n[[E11.9]] Type 2 diabetes\n[[N18.3]] CKD stage 3\nLatest BP {BP}, {LAB}.",
)
TF(
    E,
    HO,
    "[[Guillain-Barré]] patient in side room 1: [[FVC 1.8 L]] at 18:00, down from [[2.3 L]]. ITU outreach aware. Repeat FVC 4-hourly overnight.",
)
TF(
    E,
    CN_,
    "[[Parkinson's nurse specialist]] visit: doses of [[Madopar 62.5 mg]] now 5 times a day. Freezing episodes reduced. [[Falls]] diary reviewed.",
)
TF(
    E,
    CH,
    "[[Alzheimer's Society]] leaflet given to family. Referral made to [[the memory clinic]]. Resident enjoyed the music session this afternoon.",
)
TF(
    E,
    GP,
    "ECG: [[Wolff-Parkinson-White]] pattern – short PR, delta waves. Refer to electrophysiology. Advised to avoid [[verapamil]].",
)
TF(
    E,
    TH,
    "Doctor: Any headaches since the [[Ménière's disease]] flare?",
    "Patient: Just the dizziness, mostly mornings.",
    "Doctor: Keep the [[betahistine 16 mg]] going and we'll review in [[August]].",
)
TF(
    E,
    SMS,
    "morning all, [[sister]] on ward 4 says the [[resus trolley]] check is overdue",
    "on it after handover",
    "ta",
)
TF(
    E,
    DS,
    "Seen in the [[Mater]] ED, then transferred to [[Beaumont]] for neurosurgery. [[GCS 14]] on arrival. Discharged home {VDATE} with [[HSE]] community physio.",
)
TF(
    E,
    GP,
    "[[Hodgkin lymphoma]] stage IIA, [[ABVD]] cycle 3 complete. Neutrophils [[0.9]]. Flu vaccine advised. Next PET in [[May]].",
)
TF(
    E,
    PM,
    "Clinic is closed on [[St Patrick's Day]] and [[Easter Monday]]; bloods rebooked for the following Tuesday. Thank you for your patience.",
)
TF(
    E,
    GP,
    "Seen at [[the Royal Melbourne Hospital]] for [[Still's disease]]; ferritin [[12,400]]. [[Medicare]] item numbers attached for the bulk-billed visit.",
)
TF(
    E,
    DS,
    "Admitted to [[Massachusetts General Hospital]] with [[Wernicke's encephalopathy]]. IV [[Pabrinex]] for 5 days. Insurance pre-certification completed by the case manager.",
)
TF(
    E,
    HO,
    "[[The night sister]] will ring [[the on-call F1]] if NEWS2 is 5 or more. [[The matron]] is aware of the bed pressures. [[Bed 7]] is blocked for [[infection control]].",
)
TF(E, DS, "Discharge plan: [[Will need]] repeat U&E in [[1 week]]. Outpatient review in [[August]]. {RX} continued.")
TF(
    E,
    PM,
    "Thank you so much for all your help over the last few months. The [[joy]] of being able to walk the dog again is hard to describe!",
)
TF(
    E,
    CN_,
    "Sacral wound improved: 2 x 1.5 cm, granulating. [[Tissue Viability]] review not needed. Continue [[Mepilex Border]] changes every 3 days.",
)
TF(
    E,
    PAED,
    "[[Osgood-Schlatter disease]] – reassurance and activity modification. Known [[Down syndrome]]; thyroid function checked: [[TSH 3.1]].",
)
TF(
    E,
    EM,
    "Dear colleagues,\n\nThe [[Wells score]], [[Rockall score]] and [[Child-Pugh score]] calculators are now in the EPR. Please use them for all admissions from [[1 May]].\n\nKind regards,\nClinical Systems",
)
TF(
    E,
    MH,
    "Patient asked for a [[faith leader]] visit; chaplaincy informed. Settled on the ward. [[Young]] people's services contacted for the transition plan.",
)
TF(
    E,
    GP,
    "[[Bell's palsy]] onset [[3 days]] ago; started [[prednisolone 60 mg]] for 5 days, then taper. Eye care advice. [[House-Brackmann grade III]].",
)
TF(
    E,
    TH,
    "Doctor: Morning, how's the [[Crohn's]] been?",
    "Patient: Better since the [[Humira]] restarted.",
    "Doctor: Good. [[Faecal calprotectin]] was 48 last month.",
    "Patient: That's a relief.",
)
TF(
    E,
    HO,
    "Stroke unit: [[NIHSS 6]] on arrival, thrombolysed at 14:05. BP {BP}. [[Swallow screen]] failed – NBM, NG tomorrow. [[The physio]] will assess in the morning.",
)
TF(E, SMS, "can you grab the [[apgar]] sheet from delivery suite", "which room", "3 i think. ta")
TF(
    E,
    PH,
    "[[Price increase]] for [[Creon 25000]] from [[April]]; no clinical change. [[Long-acting]] insulin supply stable this month.",
)
TF(
    E,
    EM,
    "Hi team,\n\nWe hope to start the [[frailty]] virtual ward in [[June]]. Please send rota preferences to the service inbox.\n\nMany thanks,\nThe Frailty Team",
)
TF(
    E,
    CH,
    "Residents enjoyed the [[Christmas]] lunch. Two residents with [[Parkinson's]] had meds on time at 12:00. [[Rose garden]] visit postponed due to rain.",
)
TF(
    E,
    MAT,
    "[[Kleihauer]] test sent. Rhesus negative, [[anti-D 1500 IU]] given at 28 weeks. [[Symphysis-fundal height]] 29 cm.",
)

# --- Mixed Chinese/English with PHI -------------------------------------------
E = MX_PHI
T(
    E,
    MIX,
    "HK family chat: English names as vocatives; doctor title+surname (Cantonese)",
    "{Kf1.eg}，你阿媽今日覆診，Dr {K2.s}話BP {BP}，要加[[amlodipine 5mg]]",
    "收到，唔該晒{Km3.eg}",
    "佢話下次{VDATE}再覆，記得帶埋藥袋",
)
T(
    E,
    MIX,
    "Singapore chat: English names; dad's appointment",
    "{Sf1.eg} ah, your dad's appointment at [[Tan Tock Seng]] shifted to {VDATE}",
    "ok can. i tell {Sm2.eg} to bring him",
    "also doctor say his [[HbA1c 8.4%]] a bit high, must cut sugar lah",
)
T(
    E,
    MIX,
    "mainland note: pinyin name in western order followed by Chinese age; inpatient number",
    "患者{Ym1.w}，{ZAGE}，住院号{MRN:zh}，因胸闷{ZDUR}就诊。BP {BP}，ECG: [[ST depression in V4-V6]]。Plan: 转[[心内科]]。",
)
T(
    E,
    MIX,
    "'我叫' + pinyin given name; mother hanzi name; mainland mobile",
    "医生你好，我叫{Yf1.g}，我妈妈{Cf2.f}上周在{ZHOSP}做了[[cataract surgery]]，想问follow-up要怎么约？我的手机{PHONE:cn}",
)
T(
    E,
    MIX,
    "HK message to doctor: English+Cantonese full name of father; daughter English name; HK hospital number",
    "Hi Dr {D1.s}, 我係{Km1.efh}嘅女兒{Kf2.eg}。爸爸[[post-op]]第三日，佢話傷口好痛，可唔可以加[[painkiller]]？佢個HN係{MRN:hk}。",
)
T(
    E,
    MIX,
    "Malaysian family chat: English name vocative; grandma's HbA1c",
    "{Sf1.eg}, your grandma's [[HbA1c]] 8.9 already, doctor at [[Hospital Kuala Lumpur]] say must start insulin. 你有空陪她去吗？",
    "ok 我跟{Sm2.eg}换班",
)
T(
    E,
    MIX,
    "Singlish: English name as subject; polyclinic",
    "{Sf1.eg} say the polyclinic doc want to refer her to [[NUH]] lah, for the [[thyroid nodule]]",
    "wah ok. which day?",
    "{VDATE}, morning",
)
T(
    E,
    MIX,
    "HK clinical note: caps surname-first name; HKID",
    "Pt: {K1.UF}   HKID: {HKID}\nKnown [[HT, DM]] on [[amlodipine]] and [[metformin]]. 今日 c/o [[chest pain]] {DUR}. ECG: [[SR, no ST change]]. Plan: 覆診 {VDATE}.",
)
T(
    E,
    MIX,
    "overseas family: British husband full name; e-mail",
    "我老公{M1.f}係英國人，佢想知道我阿爸嘅[[stroke rehab]]幾時開始。佢email係{EMAIL:M1}，可以直接send俾佢。",
)
T(
    E,
    MIX,
    "pinyin name western order + Chinese age; daughter given name; Canadian phone; Canadian phone",
    "{Ym1.w}，{ZAGE}，男，[[2型糖尿病]]十年，今天HbA1c [[8.2%]]。他女儿{Yf2.g}在Toronto，电话{PHONE:ca}。",
)
T(
    E,
    MIX,
    "HK chat: doctor title+surname twice",
    "請問Dr {K1.s}幾點到? 我哋約咗{TIME}",
    "Dr {K1.s}仲喺OT，大概遲半個鐘",
    "OK thx",
)
T(
    E,
    MIX,
    "mixed e-mail: doctor title; father pinyin western name and DOB; signature English name + surname",
    "Dear {D1.t}，\n附件是我父亲{Ym2.w}（DOB: {DOB:uk}）的[[MRI report]]。他在{ZHOSP}确诊了[[帕金森病]]，想请您看看。\nThanks,\n{Yf1.ef}",
)
T(
    E,
    MIX,
    "WeChat: @ pinyin given name; another pinyin given name",
    "@{Yf1.g} 你姥姥今天血压{BP}，医生说[[amlodipine]]加到10mg",
    "好的，我跟{Ym2.g}说一声",
)
T(
    E,
    MIX,
    "code-switched request: 'ask' + pinyin given name; doctor title; e-mail",
    "ask {Y1.g} 帮忙book个appointment，{D1.t}的clinic只有Tuesday有位。confirm之后email去{EMAIL:Y1}",
)
T(
    E,
    MIX,
    "HK chat: hyphenated Cantonese given name",
    "{Kf1.gh}今朝發燒38.5，要唔要帶佢去[[Queen Mary]] A&E?",
    "先食[[Panadol]]，睇下退唔退",
)
T(
    E,
    MIX,
    "voice-note transcript with speaker names; INR",
    "{Km1.eg}: 喂{Kf2.eg}，Dad個[[INR]]今日3.8，Dr話停[[warfarin]]一日",
    "{Kf2.eg}: OK，我同{Km3.eg}講",
)
T(
    E,
    MIX,
    "overseas grandchild English name; US address",
    "奶奶，我是{Yf1.eg}。你的[[Medicare]] card寄到了，address写的是{ADDR:us}，对吗？",
)
T(
    E,
    MIX,
    "Australian Chinese family: son's English name; Australian mobile",
    "妈，{Ym1.eg}今天带你去[[Box Hill Hospital]]复查，他手机{PHONE:au}，有事打给他。",
)
T(
    E,
    MIX,
    "Irish Chinese family: pinyin given name vocative; GP title+full; Irish phone",
    "{Yf1.g}，你阿爷嘅GP係{D1.tf}，電話{PHONE:ie}。佢話[[flu vaccine]]可以今個禮拜打。",
)
T(
    E,
    MIX,
    "HK discharge note: surname-first full name; contact English name + surname with HK phone",
    "出院：{Km1.f}，[[Pneumonia]]，[[Augmentin 375mg TDS]] x 5 days。FU [[MOPD]] {VDATE}。聯絡人：{Kf2.ef} {PHONE:hk}",
)
T(
    E,
    MIX,
    "Doctor/Patient turns: children overseas with English name+surname and English given name; Australian phone",
    "Doctor: 你孩子在国外吗？",
    "Patient: 对，大女儿{Yf1.ef}在Sydney，小儿子{Ym2.eg}在Vancouver。",
    "Doctor: 好的，紧急联系人写谁？",
    "Patient: 写{Yf1.ef}吧，她手机{PHONE:au}。",
)
T(
    E,
    MIX,
    "Malaysian clinic: Malay patient full name; nurse English name; record number",
    "病人{Nf1.f}（{MRNL}）今天来复诊，BP {BP}。Nurse {Sf2.eg}已经call她的女儿，明天拿[[insulin]]。",
)
T(
    E,
    MIX,
    "Singapore MO handover: patient title+surname; relative English name+surname; MRN",
    "[[Bed 12]] {S1.t} (MRN {MRN}), [[CAP]] on [[IV ceftriaxone]]. 家属{S2.ef}要求跟consultant谈，请安排。",
)
T(
    E,
    MIX,
    "HK pharmacy notice: English name + surname; HK phone",
    "{Kf1.ef}嘅[[Eliquis]]已經準備好，請到[[Pharmacy]] counter 3攞。有問題打{PHONE:hk}。",
)
T(
    E,
    MIX,
    "mother writes to UK teacher: teacher title+surname; child English name",
    "Hi {F1.t}, 我係{Km2.eg}嘅媽媽，佢今日[[asthma]]發作，唔返學。Sorry!",
)
T(
    E,
    MIX,
    "Singapore telehealth: patient surname-first name and title+surname; DOB",
    "Doctor: Auntie, 你的名字？",
    "Patient: {Sf1.f}。",
    "Doctor: {Sf1.t}，生日呢？",
    "Patient: {DOB:zhold}。Doctor, 我的[[blood sugar]]这两个礼拜都好高。",
)
T(
    E,
    MIX,
    "HK WhatsApp: hyphenated given name with surname-first; MRN",
    "{Km1.fh}個[[HN]]係{MRN:hk}，你幫手check下[[CT]]幾時做",
    "好，我問下ward clerk",
)
T(
    E,
    MIX,
    "mainland: pinyin western name in Chinese sentence with comma; e-mail",
    "{Ym1.w}，[[高血压]]三年，最近头晕。他的邮箱{EMAIL:Ym1}，报告可以发过去。",
)
T(
    E,
    MIX,
    "overseas Chinese: son-in-law in Lagos, Latin-script full name; Nigerian phone",
    "我女婿{M1.f}在Lagos，他会帮忙买[[Coartem]]。他的号码{PHONE:ng}。",
)
T(
    E,
    MIX,
    "HK chat: lowercase English name; Cantonese given name with surname",
    "{Kf1.egl} 你今晚得唔得閒陪{Km2.w}去[[Kwong Wah]]? 佢要[[ECG]]",
    "得，我7點到",
)
T(
    E,
    MIX,
    "mixed email signature: title+English name; Chinese text",
    "Dear all，\n明天的[[MDT]]改到{TIME}，地点[[Seminar Room 2]]。\nBest,\n{D1.ti}",
)
T(
    E,
    MIX,
    "Singapore chat: Malay colleague given name; Chinese surname-first name",
    "{N1.g}, can help me check on {Sm2.f}? 他的[[drip]]好像block了",
    "ok going",
)

# --- Mixed PHI-free -------------------------------------------------------------
E = MX_FREE
TF(E, MIX, "今日覆診，Dr話BP [[145/90]] ok，唔使加藥", "好，咁下次幾時?", "[[April]]尾，記得空肚抽血")
TF(E, MIX, "[[Queen Mary]]急症室等咗4個鐘", "咁耐?", "係呀，triage [[category 3]]，[[the registrar]]好忙")
TF(E, MIX, "医生说是[[Bell's palsy]]，先吃[[prednisolone]]一周", "要紧吗", "大部分会好的，[[3个月]]内恢复")
TF(E, MIX, "[[May]]中覆診，記得帶埋[[sugar diary]]", "OK，[[June]]仲要做[[eye check]]")
TF(E, MIX, "[[Tan Tock Seng]]的A&E很多人", "go [[polyclinic]] lah, faster", "ok tmr morning")
TF(E, MIX, "[[Crohn's]]嘅[[Humira]]要打到幾時?", "睇下[[colonoscopy]]結果先，[[the consultant]]話下個月再傾")
TF(E, MIX, "个人保险的[[grace period]]是几天?", "[[30天]]，过了就要重新underwrite")
TF(E, MIX, "[[Apgar]] 9分，BB好健康", "恭喜晒!! 幾多磅?", "[[7磅2]]")
TF(E, MIX, "[[Glasgow Coma Scale]] 15，CT normal，可以出院", "好，[[the SHO]]寫紧discharge")
TF(E, MIX, "[[Parkinson's]] nurse星期三會打嚟", "記得問佢[[Madopar]]食幾點")
TF(E, MIX, "Uncle，你个[[HbA1c]] [[7.2%]]，ok la，继续[[Jardiance]]", "thank you doctor")
TF(E, MIX, "Dad啲藥：[[Eliquis]]早晚各一粒，[[Lipitor]]瞓前食，唔好撈埋[[Panadol]]食太多")
TF(E, MIX, "[[the registrar]]话要做[[CT KUB]]，等[[urology]]回复", "okay, NPO from now")
TF(
    E,
    MIX,
    "[[邵逸夫医院]]的[[endoscopy]]排到[[下个月]]",
    "可以去[[Queen Elizabeth Hospital]] private吗?",
    "要问[[the consultant]]",
)
TF(E, MIX, "[[Hashimoto's]]要长期食[[Eltroxin]]，每[[6个月]]抽血check TSH")

# --- Chinese with PHI -------------------------------------------------------------
E = ZH_PHI
T(
    E,
    ZHW,
    "admission note: patient hanzi name; MRN (住院号)",
    "患者{Cm1.f}，男，{ZAGE}，因[[反复胸痛]]{ZDUR}入院。既往[[高血压]]病史十年，服用{ZHTN}。住院号：{MRN:zh}。",
)
T(
    E,
    ZHC,
    "outpatient note: patient hanzi name; resident ID; mobile",
    "{Cf1.f}，女，{IDAGE}，身份证号{CNID:f}，联系电话{PHONE:cn}。主诉：[[多饮多尿]]{ZDUR}。{ZLAB}。",
)
T(
    E,
    ZHC,
    "Doctor/Patient turns: name and DOB",
    "医生：您叫什么名字？",
    "患者：我叫{C1.f}。",
    "医生：出生日期是哪天？",
    "患者：{DOB:zh}。",
)
T(
    E,
    ZHO,
    "overseas daughter with pinyin name; UK phone; husband hanzi name",
    "医生：家里谁照顾您？",
    "患者：老伴{Cm2.f}。女儿在英国，叫{Yf3.w}，电话{PHONE:uk}。",
    "医生：好，我们把复查结果也发给她。",
)
T(
    E,
    ZHC,
    "paediatric: child hanzi name; mother hanzi name; inpatient number",
    "{C1.f}（住院号{MRN:zh}）的妈妈{Cf2.f}代诉：患儿{ZCAGE}，[[发热]]三天，最高[[39.5℃]]，伴咳嗽。",
)
T(
    E,
    ZHW,
    "discharge summary header: name, age, record number; attending",
    "出院小结\n姓名：{Cm1.f}  性别：男  年龄：{ZAGE}\n病案号：{MRN:zh}\n出院诊断：[[2型糖尿病]]（[[E11.9]]）\n主治医生：{Cf2.f}\n出院带药：{ZDM}。",
)
T(
    E,
    ZHC,
    "family chat: given name vocative; doctor full name",
    "{Cf1.g}，你爸的化验单出来了，[[肌酐]]有点高，{C2.f}医生说{ZDATE}复查。",
    "好的，我请假陪他去。",
)
T(
    E,
    ZHO,
    "son-in-law in Lagos: full name in Latin letters; Nigerian phone",
    "患者：我女婿{M1.f}在尼日利亚[[拉各斯]]工作，他的电话是{PHONE:ng}。",
    "医生：好，我记一下，紧急情况联系他。",
)
T(
    E,
    ZHO,
    "daughter studying in US: pinyin western name; US address",
    "女儿{Yf1.w}在美国读书，住址{ADDR:us}，医生要把[[病理报告]]寄过去。",
)
T(
    E,
    ZHW,
    "bed handover: two patients with hanzi names; inpatient number",
    "3床{Cm1.f}（住院号{MRN:zh}），[[术后第二天]]，引流量少。5床{Cf2.f}，{ZLAB}，已通知值班医生。",
)
T(
    E,
    ZHC,
    "relative contact: son's hanzi name; mobile; resident ID",
    "家属：{Cm1.f}（患者儿子），电话{PHONE:cn}，身份证{CNID:m}。",
)
T(
    E,
    ZHC,
    "psychiatry: patient name; husband name; outpatient number",
    "患者{Cf1.f}（门诊号{MRN:zh}）自述近两月[[情绪低落]]、[[早醒]]，[[PHQ-9 18分]]。其丈夫{Cm2.f}陪同就诊。",
)
T(
    E,
    ZHC,
    "obstetric: pregnant woman name; husband signs consent; resident ID",
    "孕妇{Cf1.f}，{IDAGE:young}，身份证{CNID:f}，G1P0，孕[[38周]]，[[胎膜早破]]。丈夫{Cm2.f}签字同意[[剖宫产]]。",
)
T(
    E,
    ZHC,
    "pharmacist: patient name with 女士",
    "药师：{Cf1.f}女士，您的[[华法林]]剂量改为每晚[[2.5mg]]，{ZDATE}复查INR。",
)
T(E, ZHC, "DOB in Chinese numerals; patient name", "姓名：{C1.f}\n出生日期：{DOB:zhnum}\n主诉：[[腰痛]]{ZDUR}。")
T(
    E,
    ZHO,
    "son in Australia: pinyin given name and English name; Australian phone",
    "我儿子{Ym1.g}在澳洲，他英文名叫{Ym1.eg}，有事可以打{PHONE:au}。",
)
T(
    E,
    ZHO,
    "granddaughter in Malaysia: English name + surname; e-mail",
    "我外孙女在吉隆坡，叫{Sf1.ef}，她是护士，懂[[胰岛素]]怎么打。她的邮箱是{EMAIL:Sf1}。",
)
T(
    E,
    ZHC,
    "HK traditional: patient name; HKID; follow-up date",
    "病人{C1.f}，[[糖尿病]]，香港身份證{HKID}，覆診日期{ZDATE}。",
)
T(
    E,
    ZHC,
    "referral: patient name; referring doctor name and hospital; patient mobile",
    "转诊单：患者{C1.f}，{ZAGE}，[[肺结节]]待查。转诊医生：{C2.f}（{ZHOSP}[[胸外科]]），患者电话{PHONE:cn}。",
)
T(E, ZHC, "patient e-mail for report", "患者{C1.f}要求把[[体检报告]]发到邮箱{EMAIL:C1}。")
T(
    E,
    ZHO,
    "child's father: hanzi name and English name; works in Canada; Canadian phone",
    "医生：孩子爸爸叫什么？",
    "家长：{Ym1.h}，他在加拿大工作，叫他{Ym1.eg}也行，电话{PHONE:ca}。",
)
T(
    E,
    ZHO,
    "patient hanzi + English name; operation at Guy's Hospital; DOB",
    "患者{Y1.h}，英文名{Y1.ef}，出生日期{DOB:zh}，[[2021年]]在伦敦[[Guy's Hospital]]做过[[甲状腺手术]]。",
)
T(
    E,
    ZHO,
    "Irish daughter-in-law full name; e-mail",
    "我儿媳妇是爱尔兰人，叫{F1.f}，她是[[药剂师]]，可以帮我看[[说明书]]。她的邮箱{EMAIL:F1}。",
)
T(
    E,
    ZHC,
    "patient introduces self; doctor repeats full name",
    "患者：医生，我叫{C1.f}，这是我的[[医保卡]]。",
    "医生：好的，{C1.f}，哪里不舒服？",
    "患者：[[胃痛]]{ZDUR}了。",
)
T(E, ZHC, "accompanying daughter name; mobile", "陪同：{Cf2.f}（女儿），{PHONE:cn}。患者[[听力下降]]，沟通需家属协助。")
T(
    E,
    ZHC,
    "telehealth: patient name with 阿姨",
    "医生：{Cf1.f}阿姨，今天血压多少？",
    "患者：早上量的{BP}。",
    "医生：[[氨氯地平]]继续吃，{ZDATE}再来。",
)
T(
    E,
    ZHO,
    "patient DOB; emigrated; Australian address",
    "患者{C1.f}，出生于{DOB:zh}，现住{ADDR:au}（随女儿移居澳洲），回国[[探亲]]期间发病。",
)
T(
    E,
    ZHW,
    "nursing note: two nurses and patient",
    "护理记录：{ZTIME}患者{Cm1.f}诉[[胸闷]]，护士{Cf2.f}测血压{BP}，报告{C3.f}医生。",
)
T(
    E,
    ZHO,
    "son-in-law and friend abroad named in Latin script",
    "患者：我女婿{M1.f}在美国工作，朋友{F2.f}在多伦多，都劝我来做[[胃镜]]。",
)
T(
    E,
    ZHC,
    "ward clerk call: patient given name and full name",
    "{Cm1.f}家属请到护士站。{Cm1.g}的[[出院手续]]已经办好了。",
)

# --- Chinese PHI-free ---------------------------------------------------------------
E = ZH_FREE
TF(E, ZHC, "患者[[马上]]要做[[胃镜]]，请[[禁食]]8小时。[[白细胞]]正常，{ZLAB}。")
TF(E, ZHW, "[[黄疸]]指数升高，{ZLAB}，请[[主任]]查房后决定是否做[[ERCP]]。")
TF(E, ZHC, "每[[周一]]复查血常规，[[一周]]后门诊随访。继续{ZRX}。")
TF(E, ZHC, "[[复旦大学附属中山医院]][[心内科]]会诊意见：考虑[[冠心病]]，建议做[[冠脉CTA]]。")
TF(E, ZHW, "[[主任]]查房：考虑[[桥本甲状腺炎]]，TSH [[8.6]]，加用[[优甲乐]]。[[护士长]]安排明日出院宣教。")
TF(E, ZHC, "[[格林-巴利综合征]]恢复期，肌力[[4级]]，继续康复训练{ZDUR}。")
TF(
    E,
    ZHC,
    "医生：老人家记性越来越差？",
    "家属：是的，去年在{ZHOSP}诊断[[阿尔茨海默病]]。",
    "医生：[[多奈哌齐]]还在吃吗？",
)
TF(E, ZHC, "[[川崎病]]患儿，丙种球蛋白已用，体温正常[[3天]]，复查心脏彩超。")
TF(E, ZHC, "中药方：[[陈皮]]10g、[[何首乌]]15g、[[金银花]]12g、[[白术]]10g，水煎服，每日一剂。")
TF(E, ZHC, "[[高血压]]三级，今日血压{BP}，[[拜新同]]加量，[[一个月]]后复诊。")
TF(E, ZHC, "医生：您好，哪里不舒服？", "患者：[[胃胀]]{ZDUR}了，吃完饭更明显。", "医生：先做个[[幽门螺杆菌]]呼气试验。")
TF(E, ZHW, "新生儿[[Apgar评分]]1分钟9分，5分钟10分，母婴同室。[[值班医生]]已查看。")
TF(E, ZHC, "[[帕金森病]][[五年]]，[[美多芭]]每日三次，[[剂末现象]]明显，建议去{ZHOSP}[[神经内科]]调药。")
TF(E, ZHC, "[[宋庆龄儿童医院]]转来病历已收到。[[唐氏综合征]]患儿，甲功正常。")
TF(E, ZHW, "[[护士长]]通知：[[周五]]下午全科业务学习，主题[[库欣综合征]]的护理。")


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------
TOKEN = re.compile(r"\{([A-Za-z]+)(\d?)(?:\.(\w+))?((?::\w+)*)\}|\[\[(.+?)\]\]")
PERSON_NAME = re.compile(r"^[PFMDWYCKSN][fm]?$")


class Reject(Exception):
    pass


class Ctx:
    def __init__(self, tpl):
        self.tpl = tpl
        self.persons = {}
        self.used = set()
        self.spans = {}  # (kind, text) -> parts
        self.protect = []
        self.pvals = set()
        self.origin = None  # origin of the first lay person: relatives often share it
        self.cn_birth = None  # birth date shared by {IDAGE} and the next {CNID}

    def person(self, name, digit):
        key = name[0] + digit
        if key in self.persons:
            return self.persons[key]
        gender = name[1] if len(name) > 1 else None
        fam = self.tpl["fam"].get(key) or self.tpl["fam"].get(name + digit)
        origin = None
        if fam:
            q = self.persons.get(fam[0] + fam[-1])
            if q is None:
                raise Reject("family head not yet rendered")
            origin = getattr(q, "origin", None)
        elif name[0] in "PFM" and self.origin and RNG.random() < 0.5:
            origin = self.origin
        p = make_person(name[0], gender, self.used, origin)
        if name[0] in "PFM" and self.origin is None:
            self.origin = getattr(p, "origin", None)
        if fam:
            p.surname, p.hz_sur, p.kind = q.surname, q.hz_sur, q.kind if q.kind != "malay" else "latin"

        def fold(x):
            return ascii_fold(x).lower()

        seen = {fold(x) for x in self.used}
        for x in (p.given, p.surname, p.eng, p.hz_given):
            if x and (x in self.used or (fold(x) and fold(x) in seen)):
                if not (fam and x == p.surname):
                    raise Reject("duplicate name within row")
        self.used.update(x for x in (p.given, p.surname, p.eng, p.hz_given) if x)
        self.persons[key] = p
        return p

    def span(self, kind, text, parts):
        parts = [x for x in parts if x]
        k = (kind, text)
        if k in self.spans:
            for x in parts:
                if x not in self.spans[k]:
                    self.spans[k].append(x)
        else:
            self.spans[k] = list(dict.fromkeys(parts))
        return text

    def prot(self, vals):
        for v in vals:
            if v not in self.protect:
                self.protect.append(v)

    def pslot_value(self, v):
        self.prot([v])
        return v

    def pslot(self, name):
        for _ in range(20):
            text, vals = PSLOTS[name]()
            if text not in self.pvals:
                break
        self.pvals.add(text)
        self.prot(vals)
        return text

    def resolve(self, m):
        if m.group(5) is not None:
            lit = m.group(5)
            self.prot([lit])
            return lit
        name, digit, form, args = m.group(1), m.group(2), m.group(3), m.group(4)
        args = [a for a in args.split(":") if a]
        if digit and PERSON_NAME.match(name):
            p = self.person(name, digit)
            pre, text, parts = p.form(form or "f")
            return pre + self.span("NAME", text, parts)
        if name == "PHONE":
            t = phone(args[0] if args else None)
            return self.span("PHONE", t, [re.sub(r"\D", "", t)])
        if name == "NHS":
            t = nhs()
            return self.span("ID", t, [re.sub(r"\D", "", t)])
        if name == "SSN":
            t = ssn()
            return self.span("ID", t, [re.sub(r"\D", "", t)])
        if name == "IDAGE":
            lo, hi = (21, 40) if args == ["young"] else (25, 88)
            age = RNG.randint(lo, hi)
            self.cn_birth = datetime.date(2025 - age - 1, RNG.randint(7, 12), RNG.randint(1, 28))
            return self.pslot_value(f"{age}岁")
        if name == "CNID":
            t = cnid(self.cn_birth, args[0] if args else None)
            return self.span("ID", t, [t])
        if name == "HKID":
            t = hkid()
            return self.span("ID", t, [re.sub(r"[()]", "", t)])
        if name == "MRN":
            t = mrn(args[0] if args else None)
            return self.span("MRN", t, [re.sub(r"\D", "", t)])
        if name == "MRNL":
            t = mrn()
            label = RNG.choice(MRN_LABELS)
            return label + " " + self.span("MRN", t, [re.sub(r"\D", "", t)])
        if name == "EMAIL":
            key = args[0] if args else None
            dom = args[1] if len(args) > 1 else None
            if key:
                p = self.person(re.sub(r"\d", "", key), re.sub(r"\D", "", key))
            else:
                p = make_diverse(RNG.choice("fm"), self.used)
            local, domain = email_for(p, dom)
            return self.span("EMAIL", f"{local}@{domain}", [local])
        if name == "ADDR":
            t, parts = address(args[0] if args else None)
            return self.span("ADDRESS", t, parts)
        if name == "DOB":
            t = dob(args[0] if args else None)
            return self.span("DOB", t, [t])
        if name in PSLOTS:
            return self.pslot(name)
        raise KeyError(m.group(0))


def render(tpl):
    ctx = Ctx(tpl)
    turns = []
    for t in tpl["turns"]:
        out, pos = [], 0
        for m in TOKEN.finditer(t):
            out.append(t[pos : m.start()])
            out.append(ctx.resolve(m))
            pos = m.end()
        out.append(t[pos:])
        turns.append("".join(out))
    spans = [{"kind": k, "text": txt, "parts": parts} for (k, txt), parts in ctx.spans.items()]
    return turns, spans, ctx.protect, ctx.persons


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------
def find_all(hay, needle):
    out, i = [], hay.find(needle)
    while i >= 0:
        out.append((i, i + len(needle)))
        i = hay.find(needle, i + 1)
    return out


def part_occurrences(hay, part):
    if CJK.search(part):
        return find_all(hay, part)
    if len(part) >= 3:
        return [(m.start(), m.end()) for m in re.finditer(re.escape(part), hay, re.I)]
    pat = rf"(?<![{LATIN}]){re.escape(part)}(?![{LATIN}])"
    return [(m.start(), m.end()) for m in re.finditer(pat, hay, re.I)]


def covered(iv, ivs):
    return any(a <= iv[0] and iv[1] <= b for a, b in ivs)


def overlaps(iv, ivs):
    return any(iv[0] < b and a < iv[1] for a, b in ivs)


def check_row(turns, spans, protect, strict=True):
    """Raise Reject (or AssertionError when strict=False is not used) on any problem."""
    if not (1 <= len(turns) <= 4):
        raise Reject("turn count")
    ivs = [[] for _ in turns]
    for s in spans:
        found = False
        for i, t in enumerate(turns):
            occ = find_all(t, s["text"])
            if occ:
                found = True
                ivs[i].extend(occ)
        if not found:
            raise Reject("span text missing: " + s["text"])
    for s in spans:
        if not s["parts"]:
            raise Reject("no parts")
        for p in s["parts"]:
            if s["kind"] == "NAME":
                if p not in s["text"]:
                    raise Reject("part not in span text")
                for i, t in enumerate(turns):
                    for iv in part_occurrences(t, p):
                        if not covered(iv, ivs[i]):
                            raise Reject(f"name part {p!r} outside spans")
            elif s["kind"] in ("ADDRESS", "EMAIL", "DOB"):
                if p not in s["text"]:
                    raise Reject("part not in span text")
                for i, t in enumerate(turns):
                    for iv in find_all(t, p):
                        if not covered(iv, ivs[i]):
                            raise Reject(f"part {p!r} outside spans")
            else:
                digits = re.sub(r"[^0-9A-Z]", "", s["text"])
                if p != digits and p != re.sub(r"\D", "", s["text"]):
                    raise Reject("id part is not the digit string")
                if len(re.sub(r"\D", "", p)) < 5:
                    raise Reject("id too short")
    for pr in protect:
        ok = False
        for i, t in enumerate(turns):
            for iv in find_all(t, pr):
                if not overlaps(iv, ivs[i]):
                    ok = True
        if not ok:
            raise Reject("protect missing or inside a span: " + pr)
    for s in spans:
        if s["kind"] == "ID":
            x = s["text"]
            if re.fullmatch(r"\d{17}[\dX]", x):
                assert cnid_valid(x), x
            elif re.fullmatch(r"[A-Z]\d{6}\([\dA]\)", x):
                assert hkid_valid(x), x
            elif len(re.sub(r"\D", "", x)) == 10:
                assert nhs_valid(x), x
            else:
                assert re.fullmatch(r"\d{3}[- ]\d{2}[- ]\d{4}", x), x


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------
TARGETS = [
    ("en", True, EN_PHI, 156),
    ("en", False, EN_FREE, 84),
    ("mixed", True, MX_PHI, 52),
    ("mixed", False, MX_FREE, 28),
    ("zh", True, ZH_PHI, 52),
    ("zh", False, ZH_FREE, 28),
]


def plan():
    jobs = []
    for lang, phi, group, n in TARGETS:
        order = []
        while len(order) < n:
            idx = list(range(len(group)))
            RNG.shuffle(idx)
            order.extend(idx)
        jobs.extend((lang, phi, group, i) for i in order[:n])
    RNG.shuffle(jobs)
    return jobs


def main():
    n_frames = sum(len(g) for _, _, g, _ in TARGETS)
    assert n_frames >= 150, n_frames
    rows, rejects = [], Counter()
    givens, surnames = set(), set()
    for k, (lang, phi, group, ti) in enumerate(plan(), 1):
        tpl = group[ti]
        for _attempt in range(200):
            try:
                turns, spans, protect, persons = render(tpl)
                check_row(turns, spans, protect)
                if phi and not spans:
                    raise Reject("PHI row without spans")
                if not phi and spans:
                    raise Reject("PHI-free row with spans")
                break
            except Reject as e:
                rejects[str(e).split(":")[0]] += 1
        else:
            raise SystemExit(f"template {tpl['turns'][0][:60]!r} never validated")
        for p in persons.values():
            givens.add(p.hz_given if p.script == "hz" else p.given)
            surnames.add(p.hz_sur if p.script == "hz" else p.surname)
        rows.append(
            {
                "id": f"dev14-{k:04d}",
                "lang": lang,
                "style": tpl["style"],
                "source": tpl["source"],
                "turns": turns,
                "spans": spans,
                "protect": protect,
            }
        )

    # global asserts
    assert len(rows) == 400
    assert len({r["id"] for r in rows}) == 400
    kinds = {"NAME", "PHONE", "ID", "MRN", "EMAIL", "ADDRESS", "DOB"}
    for r in rows:
        assert r["lang"] in ("en", "zh", "mixed")
        assert 1 <= len(r["turns"]) <= 4
        for s in r["spans"]:
            assert s["kind"] in kinds
            assert any(s["text"] in t for t in r["turns"]), (r["id"], s["text"])
            assert s["parts"]
        for pr in r["protect"]:
            assert any(pr in t for t in r["turns"]), (r["id"], pr)
        assert (r["source"] == "none") == (not r["spans"])
        check_row(r["turns"], r["spans"], r["protect"])
    free = sum(1 for r in rows if not r["spans"])
    assert 0.30 <= free / len(rows) <= 0.40
    lang_c = Counter(r["lang"] for r in rows)
    assert abs(lang_c["en"] - 240) <= 10 and abs(lang_c["zh"] - 80) <= 10
    kind_c = Counter(s["kind"] for r in rows for s in r["spans"])
    name_share = kind_c["NAME"] / sum(kind_c.values())
    assert 0.68 <= name_share <= 0.82, name_share
    assert len(givens) >= 300, len(givens)
    assert len(surnames) >= 200, len(surnames)

    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    by = defaultdict(Counter)
    for r in rows:
        for s in r["spans"]:
            by[r["lang"]][s["kind"]] += 1
    print(f"wrote {OUT}: {len(rows)} rows, {n_frames} frames")
    print("langs:", dict(lang_c), f"PHI-free: {free} ({free / len(rows):.1%})")
    print("spans by kind:", dict(kind_c), f"NAME share {name_share:.1%}")
    for lang in ("en", "mixed", "zh"):
        print(f"  {lang}:", dict(by[lang]))
    print("styles:", dict(Counter(r["style"] for r in rows)))
    print(f"distinct given names {len(givens)}, surnames {len(surnames)}")
    print("rejections:", dict(rejects.most_common(8)))


if __name__ == "__main__":
    main()
