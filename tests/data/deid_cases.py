"""Hand-written hard cases of the de-identification sets, one list per split (make_deid_sets.py).

Each failure class of issue 10 appears in both splits, written differently; cases without spans
must come through unchanged.
"""


def case(lang: str, turns, *spans, protect=(), style: str = "hand") -> dict:
    turns = [turns] if isinstance(turns, str) else list(turns)
    return {
        "lang": lang,
        "style": style,
        "turns": turns,
        "spans": [{"kind": k, "text": t} for k, t in spans],
        "protect": list(protect),
    }


DEV = [
    case("zh", "我舅舅邝志强昨天胸痛，送到医院了。", ("NAME", "邝志强")),
    case("zh", "主治医生是冼文杰，他说要做支架。", ("NAME", "冼文杰")),
    case("zh", "刘建华医生让我每天吃阿司匹林100mg。", ("NAME", "刘建华"), protect=["100mg"]),
    case("zh", "请转告慕容雪女士，她的报告出来了。", ("NAME", "慕容雪")),
    case("zh", "我婆婆司徒美玲有糖尿病十年了。", ("NAME", "司徒美玲")),
    case("zh", "家属：儿子 农海波，电话 0771-5312286。", ("NAME", "农海波"), ("PHONE", "0771-5312286")),
    case("zh", "张主任，您好！我是上周找您看病的那个病人。", ("NAME", "张主任")),
    case(
        "zh",
        "地址：广西壮族自治区南宁市青秀区民族大道136-5号华润大厦C座2单元1803室",
        ("ADDRESS", "广西壮族自治区南宁市青秀区民族大道136-5号华润大厦C座2单元1803室"),
    ),
    case(
        "zh",
        "我住在甘肃省定西市安定区巉口镇石峡湾村五社，去医院要两个小时。",
        ("ADDRESS", "甘肃省定西市安定区巉口镇石峡湾村五社"),
    ),
    case("zh", "1962年8月15日生，男，汉族。", ("DOB", "1962年8月15日")),
    case("zh", "出生：88年4月3日", ("DOB", "88年4月3日")),
    case("zh", "身份证 4401 0619 9003 0745 16，请核对。", ("ID", "4401 0619 9003 0745 16")),
    case("zh", "手机 (+86) 139 1234 5678，微信同号。", ("PHONE", "139 1234 5678")),
    case("zh", "门诊卡号：0012873365，检验单号：L2023-88812。", ("MRN", "0012873365"), ("MRN", "L2023-88812")),
    case("zh", "患者高热3天，伴黄疸，血压150/95mmHg。", protect=["150/95mmHg"]),
    case("zh", "病人黄疸加重，家属要求转院。"),
    case("zh", "向医生咨询后，和医生约了复查，今天高医生不在。", ("NAME", "高医生")),
    case("zh", "于是去了急诊，万一是心梗呢？"),
    case("en", "My daughter-in-law, Keisha Robinson, brings me to appointments.", ("NAME", "Keisha Robinson")),
    case(
        "en", "Spoke with Hernandez, Maria L regarding her INR of 2.4.", ("NAME", "Hernandez, Maria L"), protect=["2.4"]
    ),
    case("en", "pt jim o'brien, 67M, c/o dyspnea", ("NAME", "jim o'brien")),
    case("en", "Charge nurse Abigail Foster paged the resident.", ("NAME", "Abigail Foster")),
    case("en", "Lives at 1423 NW Glisan St, Portland, OR 97209 with his wife.", ("ADDRESS", "1423 NW Glisan St")),
    case("en", "DOB 4th Jul 1971", ("DOB", "4th Jul 1971")),
    case("en", "Born 03-22-58 in Ohio.", ("DOB", "03-22-58")),
    case("en", "Passport no. 533380006 (US).", ("ID", "533380006")),
    case("en", "Call me at 617 555 0192 or 6175550193 after 5.", ("PHONE", "617 555 0192"), ("PHONE", "6175550193")),
    case("en", "Hospital number: RTH-004512; clinic ID 77-1203.", ("MRN", "RTH-004512"), ("MRN", "77-1203")),
    case("en", "The MRN is pending until registration finishes."),
    case("en", "Dr. Reddy's generic omeprazole 20 mg is fine; Dr Pepper is not a treatment.", protect=["20 mg"]),
    case("en", "Referred by Cleveland Clinic Foundation and Kaiser Permanente Northern California."),
    case(
        "en",
        "Blood pressure 128/82, A1c 6.9%, LDL 3.1 mmol/L, seen 12/03/2024.",
        protect=["128/82", "6.9%", "3.1 mmol/L", "12/03/2024"],
    ),
]

SEEN = [
    case("zh", "我大姨妈覃秀兰今年七十了，最近老咳嗽。", ("NAME", "覃秀兰")),
    case("zh", "接诊护士是邬晓燕，态度很好。", ("NAME", "邬晓燕")),
    case("zh", "谢天明教授的门诊周三上午有号吗？", ("NAME", "谢天明")),
    case("zh", "令狐冬梅女士的化验单请到窗口领取。", ("NAME", "令狐冬梅")),
    case("zh", "我姥爷乐正德住院三天了。", ("NAME", "乐正德")),
    case("zh", "朋友：詹宏伟，电话（020）8765 4321。", ("NAME", "詹宏伟"), ("PHONE", "（020）8765 4321")),
    case("zh", "孙大夫，我还想再问一下用药的问题。", ("NAME", "孙大夫")),
    case("zh", "家住重庆市渝北区龙溪街道金龙路16号附7号3-2", ("ADDRESS", "重庆市渝北区龙溪街道金龙路16号附7号3-2")),
    case(
        "zh",
        "现居住地：云南省大理州宾川县金牛镇下川村委会小营村12号",
        ("ADDRESS", "云南省大理州宾川县金牛镇下川村委会小营村12号"),
    ),
    case("zh", "生于1955年元月9日，退休工人。", ("DOB", "1955年元月9日")),
    case("zh", "出生年月：1979.11.02", ("DOB", "1979.11.02")),
    case("zh", "证件号码：E 3456 7890（护照）", ("ID", "E 3456 7890")),
    case("zh", "联系电话：0086-186-0101-2233", ("PHONE", "0086-186-0101-2233")),
    case("zh", "影像号：CT20240311087，住院登记号 8820113。", ("MRN", "CT20240311087"), ("MRN", "8820113")),
    case("zh", "患者高烧不退，黄疸明显，尿色深。"),
    case("zh", "病人石膏拆除后，方便时来复诊，常规复查血常规。"),
    case("zh", "老师说孩子上课发烧了，体温38.9℃。", protect=["38.9℃"]),
    case("zh", "金银花和连翘可以一起泡水喝吗？"),
    case("en", "Her fiance, Dmitri Volkov, will sign the consent.", ("NAME", "Dmitri Volkov")),
    case("en", "Consult requested by Nguyen, Thanh T., cardiology fellow.", ("NAME", "Nguyen, Thanh T.")),
    case("en", "patient is sarah connolly, 34F, G2P1", ("NAME", "sarah connolly")),
    case("en", "Discussed with Okonkwo MD; plan to repeat labs.", ("NAME", "Okonkwo")),
    case("en", "Moved to 88 S. Halsted Street, Apt 3R last month.", ("ADDRESS", "88 S. Halsted Street, Apt 3R")),
    case("en", "date of birth: Sept 9th '64", ("DOB", "Sept 9th '64")),
    case("en", "b. 11/30/1949, widowed", ("DOB", "11/30/1949")),
    case("en", "NHS number 943 476 5919, passport GB 123456789.", ("ID", "943 476 5919"), ("ID", "123456789")),
    case("en", "Tel: +44 (0)161 496 0733", ("PHONE", "+44 (0)161 496 0733")),
    case("en", "Acct #: 55012877 / Encounter ID: E-77120039", ("MRN", "55012877"), ("MRN", "E-77120039")),
    case("en", "Record number is pending; chart number to follow."),
    case("en", "Dr. Bronner's soap caused the rash; switched to Dr. Teal's epsom salt."),
    case("en", "American Diabetes Association targets: A1c below 7%, BP below 130/80.", protect=["130/80"]),
    case("en", "Visit on 2024-02-11: weight 82 kg, eGFR 58, ICD-10 N18.3.", protect=["2024-02-11", "82 kg", "N18.3"]),
]

# Written after the scrubber was tuned on DEV and SEEN; never tuned on.
HELDOUT = [
    case("zh", "我小姨子甘露露下周来做检查。", ("NAME", "甘露露")),
    case("zh", "值班护士为宫晓雯，夜间巡视两次。", ("NAME", "宫晓雯")),
    case("zh", "请联系麦振华主任确认手术时间。", ("NAME", "麦振华")),
    case("zh", "东方明珠女士已缴费。", ("NAME", "东方明珠")),
    case("zh", "陪护：女婿 覃伟强 13911112222", ("NAME", "覃伟强"), ("PHONE", "13911112222")),
    case("zh", "家庭地址：天津市河西区友谊路35号增1号院2门501", ("ADDRESS", "天津市河西区友谊路35号增1号院2门501")),
    case("zh", "户籍：四川省凉山州昭觉县竹核乡木渣洛村二组", ("ADDRESS", "四川省凉山州昭觉县竹核乡木渣洛村二组")),
    case("zh", "患者系1948年12月出生，具体日期不详。"),
    case("zh", "生日：1990年2月14日，属马。", ("DOB", "1990年2月14日")),
    case("zh", "身份证：11010519491231002X", ("ID", "11010519491231002X")),
    case("zh", "电话 021 6437 0045 转 8012", ("PHONE", "021 6437 0045")),
    case("zh", "住院号ZY-2024-00871，床号12。", ("MRN", "ZY-2024-00871")),
    case("zh", "病人黄染明显，高热寒战，白细胞12.5×10^9/L。", protect=["12.5×10^9/L"]),
    case("zh", "常规心电图未见异常，于门诊随访。"),
    case("zh", "孩子说老师让他多喝水，医生也这么说。"),
    case("en", "Her partner Jamal Okonkwo-Reid is the emergency contact.", ("NAME", "Jamal Okonkwo-Reid")),
    case("en", "Seen by Fairweather, Agnes B. (PA-C).", ("NAME", "Fairweather, Agnes B.")),
    case("en", "pt is maria gonzalez, 52F, hx DM2", ("NAME", "maria gonzalez")),
    case("en", "Referral from Dr. Ng in Dermatology.", ("NAME", "Ng")),
    case("en", "Home: 17B W. Lakeview Terrace, Apt 2", ("ADDRESS", "17B W. Lakeview Terrace, Apt 2")),
    case("en", "DOB: 1/2/03 (per mother)", ("DOB", "1/2/03")),
    case("en", "born 14 February 1962 in Leeds", ("DOB", "14 February 1962")),
    case("en", "SSN: 078 05 1120", ("ID", "078 05 1120")),
    case(
        "en",
        "Cell +1-415-555-0137, work (415) 555-0199 ext 22",
        ("PHONE", "+1-415-555-0137"),
        ("PHONE", "(415) 555-0199"),
    ),
    case("en", "MRN# 00482913; acct no. 7713-22", ("MRN", "00482913"), ("MRN", "7713-22")),
    case("en", "MRN: not yet assigned. Dr. Martens boots are not medical footwear."),
    case(
        "en",
        "Seen at Johns Hopkins Hospital by the Cardiology team; ICD-10 I48.91, warfarin 5 mg.",
        protect=["I48.91", "5 mg"],
    ),
    case("en", "BP 142/88 on 03/04/2024, repeat 138/84.", protect=["142/88", "03/04/2024", "138/84"]),
]

# Third round of issue 10: one or more new cases (written here, not copied) for each class of miss
# found on deid_fresh.jsonl, appended to the dev split.
DEV += [
    # a cue hidden inside a longer one (病患者), a given name that is also a verb (立新)
    case("zh", "该病患者芮国梁今日出院，嘱低盐饮食。", ("NAME", "芮国梁")),
    case("zh", "耿立新主任查房后同意明日手术。", ("NAME", "耿立新")),
    # a name before 的 and a record, an image, a report
    case("zh", "麻烦把阚婉婷的化验单拿给我，还有房振宇的片子。", ("NAME", "阚婉婷"), ("NAME", "房振宇")),
    case("zh", "请问是柏振华本人吗？这里是随访中心。", ("NAME", "柏振华")),
    # everyday surnames before a title where the context names a person
    case("zh", "下午去骨科找关主任复诊，遵常医生医嘱继续服药。", ("NAME", "关主任"), ("NAME", "常医生")),
    case("zh", "老于，明天早上空腹来抽血。", ("NAME", "老于")),
    case("zh", "喝了两罐王老吉，血糖会不会高？", protect=["王老吉"]),
    # double surnames without any cue; names before a greeting or a record number in brackets
    case("zh", "慕容晓岚今日出院，一周后门诊复查。", ("NAME", "慕容晓岚")),
    case("zh", "孙嘉禾（登记号DJ2039117）请于周三上午空腹来院。", ("NAME", "孙嘉禾"), ("MRN", "DJ2039117")),
    case("zh", "贺晓东，您的核酸结果已出，请登录查看。", ("NAME", "贺晓东")),
    # not a name: a university after 我是, the ward doctor, a pronoun after a speaker label
    case("zh", "我是四川大学华西医院的护士，想问一下随访流程。", protect=["四川大学华西医院"]),
    case("zh", ["家属：您是管床医生吗？", "医生：对，我是管床医生，有事找我。"]),
    case("zh", ["患者：那我明天再来复查吧。", "医生：好的，记得空腹。"]),
    # rarer surnames, pharmacist and sign-off cues, a department before 的, 小朋友, 孩子他爸
    case("zh", "主刀医生亓振东，一助禚海燕。", ("NAME", "亓振东"), ("NAME", "禚海燕")),
    case("zh", "医师：缪嘉言　药师：闵慧琳", ("NAME", "缪嘉言"), ("NAME", "闵慧琳")),
    case("zh", "恳请贵院接诊。\n此致\n敬礼\n詹明远　3月4日", ("NAME", "詹明远")),
    case("zh", "我是心内科的邝丽萍，想咨询随访安排。", ("NAME", "邝丽萍")),
    case("zh", "罗小雨小朋友明天上午打疫苗，孩子他爸苗建军陪同。", ("NAME", "罗小雨"), ("NAME", "苗建军")),
    case("zh", "请夜班闵护士复测血压。", ("NAME", "闵护士")),
    # nicknames of a person named before: 老蔺, 小欧阳
    case(
        "zh",
        ["医生：蔺国栋今天精神怎么样？", "家属：老蔺好多了，小欧阳也来看过他。", "医生：欧阳振宇是他外甥吧？"],
        ("NAME", "蔺国栋"),
        ("NAME", "欧阳振宇"),
        ("NAME", "老蔺"),
        ("NAME", "小欧阳"),
    ),
    # dates of birth: lunar, 生的, eight digits, right after a name
    case("zh", "老人一九五八年冬月廿三出生，属狗。", ("DOB", "一九五八年冬月廿三")),
    case("zh", "我是一九七一年三月初六生的。", ("DOB", "一九七一年三月初六")),
    case("zh", "患者20010918出生，既往体健。", ("DOB", "20010918")),
    case("zh", "出生日期：19770502", ("DOB", "19770502")),
    case("zh", "医生您好，我叫阚思远，89年11月2日的，来复查。", ("NAME", "阚思远"), ("DOB", "89年11月2日")),
    # an address that begins with its county; record numbers in groups and on the next line
    case(
        "zh",
        "入户随访：临泉县杨桥镇姜庄村4组12号，血压平稳。",
        ("ADDRESS", "临泉县杨桥镇姜庄村4组12号"),
        protect=["血压平稳"],
    ),
    case("zh", ["护士：请报一下门诊号。", "家属：318 442 907"], ("MRN", "318 442 907")),
    case("zh", "体检编号：TJ-2291-0456", ("MRN", "TJ-2291-0456")),
    case("zh", "手机1591 2345 678，白天都在。", ("PHONE", "1591 2345 678")),
    case("zh", "刚才Dr.林说要加做心超。", ("NAME", "Dr.林")),
    # English: speakers, labels, initials, middle initials, ages, vocatives and sign-offs
    case(
        "en",
        ["Orla: can someone ring the ward about Mum?", "Declan: I will, after work."],
        ("NAME", "Orla"),
        ("NAME", "Declan"),
    ),
    case("en", ["Dr: Lovely to see you again.", "Pt: Likewise. Nurse: NHS number please?"]),
    case("en", "Patient: MCALLISTER, BRIONY   MRN: KQ7781203", ("NAME", "MCALLISTER, BRIONY"), ("MRN", "KQ7781203")),
    case("en", "Re: DUNWOODY, FERGAL, DOB 02/03/1971", ("NAME", "DUNWOODY, FERGAL"), ("DOB", "02/03/1971")),
    case(
        "en",
        "Cultures reviewed by K. Abernathy; signed off by R. Okafor.",
        ("NAME", "K. Abernathy"),
        ("NAME", "R. Okafor"),
    ),
    case("en", "Start vitamin D. Review in 6 weeks; culture grew S. Aureus.", protect=["vitamin D", "6 weeks"]),
    case("en", "Rx for Cornelius T. Ashworth: amlodipine 5 mg.", ("NAME", "Cornelius T. Ashworth"), protect=["5 mg"]),
    case("en", "Rosalind Featherby, 58 y/o, lives alone.", ("NAME", "Rosalind Featherby"), protect=["58 y/o"]),
    case("en", "Reminder: Gwendolyn, your scan is on Friday at 9.", ("NAME", "Gwendolyn")),
    case("en", "can i take paracetamol with this? - imogen", ("NAME", "imogen")),
    case("en", "Good afternoon, you must be Maximilian Oduya?", ("NAME", "Maximilian Oduya")),
    case(
        "en",
        ["hey its fenella mccrae, my nan edith fell again", "Nurse: Hi Fenella, is Edith hurt?"],
        ("NAME", "fenella mccrae"),
        ("NAME", "edith"),
    ),
    case("en", "Hi rosalind, your bloods are all normal.", ("NAME", "rosalind")),
    case("en", "Handed over by Imogen to Bartholomew at 20:00.", ("NAME", "Imogen"), ("NAME", "Bartholomew")),
    case("en", "Interpreter (Polish): Wiktor Zielinski", ("NAME", "Wiktor Zielinski")),
    case("en", ["Caller: Hi, I'm calling about my results.", "Nurse: Thank you. Date of your test?"]),
    case("en", "SECTION B (PATIENT DETAILS) to be completed by Patient Reported Outcome staff."),
    # dates of birth on the next line, in lower case, right after a name
    case("en", "RN: Date of birth?\nMum: 12/7/19", ("DOB", "12/7/19")),
    case("en", "date of birth june 3rd 1950, lives with son", ("DOB", "june 3rd 1950")),
    case(
        "en",
        "Pt: Harriet Mbeki-Lowe, 14-Feb-1961, MRN Q2219034",
        ("NAME", "Harriet Mbeki-Lowe"),
        ("DOB", "14-Feb-1961"),
        ("MRN", "Q2219034"),
    ),
    # record numbers in brackets after a name, in groups, after Acct
    case("en", "Patient R. Castellano (KX4417209) for review.", ("NAME", "R. Castellano"), ("MRN", "KX4417209")),
    case("en", "Her hospital number is 402 881 9931.", ("MRN", "402 881 9931")),
    case("en", "Please quote chart # (ZT5510382). Acct: 88120457", ("MRN", "ZT5510382"), ("MRN", "88120457")),
    case("en", "Chart number 1234 10 mg given.", ("MRN", "1234"), protect=["10 mg"]),
    # phones: a five-digit UK area code, digits read out one by one
    case(
        "en",
        "Surgery: (01632) 960 118, or my mobile 0 7 7 0 0 9 0 0 1 2 3.",
        ("PHONE", "(01632) 960 118"),
        ("PHONE", "0 7 7 0 0 9 0 0 1 2 3"),
    ),
    # addresses in lower case; an ID does not run into the next line's house number
    case("en", "she's at 7 willow ln this week", ("ADDRESS", "7 willow ln")),
    case("en", "walked 2 miles down the road without chest pain", protect=["2 miles"]),
    case("en", "NHS No. 9434765919\n22 Larch Crescent", ("ID", "9434765919"), ("ADDRESS", "22 Larch Crescent")),
    case("en", "member ID KPW55310927, group 4471", ("ID", "KPW55310927")),
    # beyond what fresh showed: record labels of pathology, ultrasound, specimens; a birthday
    # without its year; IDs of Hong Kong and Taiwan; a letter's header fields
    case("zh", "病理号：BL2024-00381，超声号 US203391。", ("MRN", "BL2024-00381"), ("MRN", "US203391")),
    case("zh", "生日是3月5日，属龙。", ("DOB", "3月5日")),
    case("zh", "台胞证号码：01234567", ("ID", "01234567")),
    case("en", "Specimen ID: SP-88123; Tel: 2345 6789", ("MRN", "SP-88123"), ("PHONE", "2345 6789")),
    case("zh", "家里电话：6512 3456，白天没人。", ("PHONE", "6512 3456")),
    case("en", "Phone follow-up 2 times; tel 01-12-2024 visit booked.", protect=["01-12-2024"]),
    case("en", "DOB: March 3rd (year not given)", ("DOB", "March 3rd"), protect=["year not given"]),
    case("en", "HKID A123456(7) seen at triage", ("ID", "A123456(7)")),
    case("en", "From: Gwen Marsh\nTo: Dermatology\nRe: rash review", ("NAME", "Gwen Marsh"), protect=["Dermatology"]),
    case("en", "Order #1 of 2 sent to lab; lab number 3 of 5 pending."),
    # given names that are everyday words stay words without a surname or a cue
    case("en", "General condition: Fair, afebrile.\nEyes: Iris, lens and fundus normal.\nDrains: Nil, wound clean."),
    case(
        "en", "Summer, hay fever worse; Spring, better. Plan: Done, no change to cetirizine 10 mg.", protect=["10 mg"]
    ),
]

HAND_WRITTEN = {"dev": DEV, "seen": SEEN, "heldout": HELDOUT}
