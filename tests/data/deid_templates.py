"""Templates of the de-identification sets (make_deid_sets.py): (style, language, turns, repeat).

Slots: {NAME} (a person; `.surname`, `.given`, `.first`, `.last` for pieces of it), {NAME2}, ...
for other people, {ZNAME} a Chinese name in English text, {PHONE}, {LANDLINE}, {ID}, {PASSPORT},
{MRNCUE} (a record-number label) and {MRN}, {EMAIL}, {DOB}, {ADDRESS}; clinical values that must
survive: {DOSE} {BP} {LAB} {VISIT} {VDATE} {AGE} {DUR} {ICD} {DRUG} {HOSP} {DEPT} {HR} {TEMP}.
Templates without identifier slots are PHI-free clinical texts. The held-out templates were
written separately and are never used for tuning.
"""

DEV = [
    # --- Chinese, single turn
    ("consultation", "zh", ["医生您好，我叫{NAME}，{AGE}，头痛{DUR}了，血压{BP}，需要吃{DRUG}吗？"], 8),
    ("consultation", "zh", ["我爸{NAME}今年{AGE}，有高血压{DUR}，最近血压{BP}，每天吃{DRUG}{DOSE}，要不要加量？"], 6),
    ("consultation", "zh", ["您好，我是{NAME}的女儿，我妈{DUR}前确诊糖尿病，空腹血糖{LAB}，在{HOSP}{DEPT}看的。"], 5),
    ("consultation", "zh", ["我老公{NAME}昨天开始发烧{TEMP}，咳嗽，可以吃{DRUG}吗？有事打我电话{PHONE}。"], 6),
    ("consultation", "zh", ["孩子叫{NAME}，{AGE}，出生日期{DOB}，最近总是腹泻，大便化验白细胞偏高。"], 5),
    ("consultation", "zh", ["{NAME.surname}医生说我的{ICD}要长期服药，{DRUG}每次{DOSE}，一天两次，可以停吗？"], 5),
    ("consultation", "zh", ["上周在{DEPT}看的{NAME}主任，他让我复查肝功能，ALT还是{LAB}。"], 5),
    ("chat", "zh", ["有问题加我微信或者打{PHONE}，邮箱{EMAIL}也行，我是{NAME}。"], 5),
    ("chat", "zh", ["我家住{ADDRESS}，离{HOSP}远吗？需要挂{DEPT}的号吗？"], 6),
    ("chat", "zh", ["我的{MRNCUE}是{MRN}，{VISIT}做的胃镜，报告什么时候出？"], 7),
    ("chat", "zh", ["身份证号{ID}，帮我查一下{VISIT}的化验结果，谢谢。"], 5),
    # --- Chinese, records and referrals
    (
        "record",
        "zh",
        [
            "姓名：{NAME}　性别：男　年龄：{AGE}\n{MRNCUE}：{MRN}\n出生日期：{DOB}\n联系电话：{PHONE}\n现住址：{ADDRESS}\n主诉：胸闷{DUR}。\n诊断：{ICD}，血压{BP}。"
        ],
        8,
    ),
    ("record", "zh", ["患者{NAME}，{AGE}，因“发热{DUR}”于{VISIT}入院。入院时体温{TEMP}，心率{HR}。既往史：{ICD}。"], 6),
    (
        "referral",
        "zh",
        [
            "转诊单\n患者：{NAME}，{DOB}生，身份证{ID}。\n转出科室：{DEPT}\n接诊医师：{NAME2}\n病情：血压{BP}，肌酐{LAB}。请{HOSP}协助诊治。\n联系电话：{LANDLINE}"
        ],
        6,
    ),
    (
        "referral",
        "zh",
        [
            "致{HOSP}{DEPT}{NAME2.surname}主任：\n兹有患者{NAME}，住{ADDRESS}，{MRNCUE}{MRN}，诊断{ICD}，现转贵院。\n经治医生 {NAME3}"
        ],
        5,
    ),
    # --- Chinese, multi-turn
    (
        "multi-turn",
        "zh",
        [
            "医生，我是{NAME}，上次您给我开的{DRUG}吃完了。",
            "{NAME.surname}先生您好，最近血压怎么样？",
            "早上量是{BP}，还有点头晕。",
            "建议继续服用{DOSE}，{VISIT}来复查。",
        ],
        6,
    ),
    (
        "multi-turn",
        "zh",
        [
            "我妈妈{NAME}住院了，{MRNCUE}是{MRN}。",
            "请问{NAME.surname}阿姨现在有什么症状？",
            "她高热{TEMP}，皮肤有点黄疸。",
            "需要查肝功能和血常规，注意{NAME.given}阿姨的尿量。",
        ],
        5,
    ),
    (
        "multi-turn",
        "zh",
        [
            "您好，我是{DEPT}的护士{NAME2}，您是{NAME}的家属吗？",
            "是的，我是他爱人，电话{PHONE}。",
            "{NAME}明天做手术，术前要禁食，请签字。",
        ],
        5,
    ),
    # --- English, single turn
    (
        "consultation",
        "en",
        ["Hi, my name is {NAME}. I'm a {AGE} man with blood pressure of {BP}. Should I keep taking {DRUG} {DOSE}?"],
        7,
    ),
    (
        "consultation",
        "en",
        ["My wife {NAME} has had a fever of {TEMP} for {DUR}. Her DOB is {DOB}. Can she take {DRUG}?"],
        6,
    ),
    (
        "consultation",
        "en",
        ["Dr. {NAME.last} told me my {LAB} was too high. Should I worry? You can reach me at {PHONE}."],
        6,
    ),
    ("consultation", "en", ["I saw {NAME}, MD at {HOSP} on {VISIT} and was diagnosed with {ICD}."], 5),
    ("chat", "en", ["Please send the results to {EMAIL} or call me on {PHONE}. Thanks, {NAME}"], 6),
    ("chat", "en", ["I live at {ADDRESS}. Is there a {DEPT} clinic close to me?"], 7),
    ("chat", "en", ["My {MRNCUE} is {MRN}; I had bloods drawn on {VISIT} and want my {LAB} result."], 7),
    ("chat", "en", ["my name is {NAME.first} {NAME.last} and i have had a cough for {DUR}"], 4),
    # --- English, records and referrals
    (
        "record",
        "en",
        [
            "Patient: {NAME.last}, {NAME.first}\n{MRNCUE}: {MRN}\nDOB: {DOB}\nAddress: {ADDRESS}\nPhone: {PHONE}\nAssessment: {ICD}, BP {BP}, HR {HR}."
        ],
        8,
    ),
    (
        "record",
        "en",
        ["Pt {NAME} is a {AGE} woman admitted on {VISIT} with chest pain. Troponin negative. Started {DRUG} {DOSE}."],
        6,
    ),
    (
        "referral",
        "en",
        [
            "Dear Dr. {NAME2.last},\nI am referring {NAME}, born {DOB}, SSN {ID}, to {DEPT} at {HOSP}. BP {BP}.\nSincerely,\n{NAME3}"
        ],
        6,
    ),
    # --- English, multi-turn
    (
        "multi-turn",
        "en",
        [
            "Hello, this is {NAME}. I was seen by Nurse {NAME2.last} yesterday.",
            "Hi {NAME.first}, how is the rash?",
            "Still itchy. My husband {NAME3} says it spread.",
            "Keep using the cream and send a photo to {EMAIL}, {NAME.first}.",
        ],
        6,
    ),
    (
        "multi-turn",
        "en",
        [
            "Attending {NAME2} asked me to follow up. Mr. {NAME.last} is {AGE}, {MRNCUE} {MRN}.",
            "What was the last BP?",
            "{BP} on {VISIT}. {NAME.first} says he stopped {DRUG}.",
        ],
        5,
    ),
    # --- PHI-free clinical texts
    ("clean", "zh", ["患者男，{AGE}，高热{DUR}，体温{TEMP}，伴黄疸，ALT {LAB}，诊断{ICD}，予{DRUG}{DOSE}口服。"], 6),
    ("clean", "zh", ["高血压患者血压{BP}时应当就诊{DEPT}，{DRUG}每次{DOSE}，每日一次，{VISIT}复查。"], 6),
    ("clean", "zh", ["王某，{AGE}，{VDATE}在{HOSP}{DEPT}就诊，心率{HR}，血糖{LAB}。"], 5),
    ("clean", "zh", ["医生建议：多喝水，注意休息，高烧不退或出现黄疸时及时到{HOSP}急诊。疗程{DUR}。"], 5),
    ("clean", "zh", ["病人高热伴寒战，白细胞升高，考虑{ICD}，给予{DRUG}{DOSE}静滴，体温降至{TEMP}。"], 5),
    (
        "clean",
        "en",
        [
            "A {AGE} patient with BP {BP} and {LAB} was seen in {DEPT} on {VISIT}; diagnosis {ICD}. Start {DRUG} {DOSE} daily."
        ],
        6,
    ),
    (
        "clean",
        "en",
        [
            "Take {DRUG} {DOSE} every 6 hours for {DUR}. If your temperature stays above {TEMP}, go to the {HOSP} emergency room."
        ],
        6,
    ),
    (
        "clean",
        "en",
        [
            "Dr Scholl's insoles and Dr. Pepper are not treatments. The American Heart Association recommends BP below {BP}."
        ],
        3,
    ),
    ("clean", "en", ["The MRN is pending; the chart was created on {VDATE}. Heart rate {HR}, {LAB}."], 4),
]

SEEN = [
    ("consultation", "zh", ["大夫好，本人{NAME}，{AGE}，{DUR}前查出{ICD}，现在吃{DRUG}{DOSE}，血压还是{BP}。"], 8),
    ("consultation", "zh", ["我儿子{NAME}发烧{TEMP}，{AGE}，生日是{DOB}，能用{DRUG}吗？急！电话{PHONE}"], 7),
    ("consultation", "zh", ["帮我奶奶{NAME}问一下，她{AGE}了，血糖{LAB}，住在{ADDRESS}，附近有{DEPT}吗？"], 7),
    ("consultation", "zh", ["{NAME}教授您好，{VISIT}在{HOSP}挂过您的号，{MRNCUE}{MRN}，想咨询复查结果。"], 6),
    ("chat", "zh", ["联系人：{NAME}，手机{PHONE}，座机{LANDLINE}，邮箱{EMAIL}"], 6),
    ("chat", "zh", ["护照号{PASSPORT}，外籍患者，出生于{DOB}，请{DEPT}安排就诊。"], 5),
    ("chat", "zh", ["麻烦{NAME}护士长转告{NAME2.surname}大夫，{MRNCUE}为{MRN}的病人今天血压{BP}。"], 6),
    (
        "record",
        "zh",
        [
            "入院记录\n患者姓名 {NAME}　{MRNCUE} {MRN}\n身份证号码 {ID}\n家庭住址 {ADDRESS}\n紧急联系人 {NAME2}（女儿） {PHONE}\n入院诊断：{ICD}\n查体：T {TEMP}，P {HR}，BP {BP}。"
        ],
        8,
    ),
    (
        "record",
        "zh",
        ["出院小结：{NAME}，{AGE}，{DOB}出生，{VISIT}入院，予{DRUG}{DOSE}治疗{DUR}后好转出院。主治医师：{NAME2}。"],
        6,
    ),
    (
        "multi-turn",
        "zh",
        [
            "你好，我想问问我外公{NAME}的检查结果。",
            "请提供一下{NAME.surname}大爷的{MRNCUE}。",
            "是{MRN}，他{VISIT}抽的血。",
            "结果显示肌酐{LAB}，建议到{DEPT}就诊，{NAME.given}爷爷要少吃盐。",
        ],
        6,
    ),
    (
        "multi-turn",
        "zh",
        [
            "我同事{NAME}让我帮她问，她怀孕{DUR}了能吃{DRUG}吗？",
            "不建议，请{NAME.surname}女士到{HOSP}产科就诊。",
            "好的，她电话是{PHONE}，麻烦您加一下。",
        ],
        5,
    ),
    (
        "consultation",
        "en",
        ["Good morning, I'm {NAME}'s daughter. Mum is {AGE}, her date of birth is {DOB}, and her BP was {BP} today."],
        7,
    ),
    (
        "consultation",
        "en",
        ["Prof. {NAME.last} at {HOSP} started me on {DRUG} {DOSE}. My number is {PHONE} if the nurse needs it."],
        6,
    ),
    (
        "consultation",
        "en",
        ["patient {NAME.first} {NAME.last} here, my passport number is {PASSPORT} and I need a letter for travel"],
        5,
    ),
    ("chat", "en", ["Mailing address: {ADDRESS}. E-mail {EMAIL}. Home phone {PHONE}."], 7),
    ("chat", "en", ["Hi, it's {NAME.first}. My son {NAME2} (D.O.B. {DOB}) has had diarrhoea for {DUR}."], 6),
    (
        "record",
        "en",
        [
            "PROGRESS NOTE\nName: {NAME}\n{MRNCUE}: {MRN}\nDate of birth: {DOB}\nS: {AGE} with {ICD}. O: BP {BP}, HR {HR}, temp {TEMP}.\nSeen with {NAME2}, RN."
        ],
        8,
    ),
    (
        "referral",
        "en",
        [
            "To: {DEPT}, {HOSP}\nRe: {NAME.last}, {NAME.first}, social security {ID}\nResides at {ADDRESS}. Please review. Kind regards, Dr {NAME2}"
        ],
        6,
    ),
    (
        "multi-turn",
        "en",
        [
            "Hi, I'm calling about my grandmother, {NAME}.",
            "Of course. What is her record number?",
            "It's {MRN}. Ms. {NAME.last} had a fall at home.",
            "Thank you. Dr. {NAME2.last} will call you back on {PHONE}.",
        ],
        6,
    ),
    ("clean", "zh", ["胸痛{DUR}，心电图ST段抬高，肌钙蛋白{LAB}，急诊{DEPT}会诊，予{DRUG}{DOSE}嚼服，血压{BP}。"], 6),
    ("clean", "zh", ["黄疸指数升高，总胆红素{LAB}，{AGE}，{VISIT}行B超检查，建议{HOSP}肝胆外科就诊。"], 6),
    ("clean", "zh", ["石膏固定{DUR}，{DRUG}止痛，每次{DOSE}，心率{HR}，体温{TEMP}，{ICD}。"], 5),
    ("clean", "zh", ["医生团队提醒：高血压、高血脂、高血糖患者应定期复查，{VDATE}起门诊时间调整。"], 4),
    (
        "clean",
        "en",
        ["Seen {VISIT}: {AGE} with {ICD}, BP {BP}, pulse {HR}. Continue {DRUG} {DOSE}. Review in {DUR} at {HOSP}."],
        6,
    ),
    (
        "clean",
        "en",
        [
            "Discharge advice from {DEPT}: rest, fluids, {DRUG} {DOSE} as needed; return if fever above {TEMP} lasts {DUR}."
        ],
        6,
    ),
    (
        "clean",
        "en",
        ["The National Kidney Foundation and Mayo Clinic both list {LAB} as abnormal. Record number: pending."],
        3,
    ),
]

# Written after the scrubber was tuned on DEV and SEEN; never tuned on.
HELDOUT = [
    ("chat", "zh", ["【微信】{NAME}：医生在吗？我{DUR}前做的胃镜，报告说有糜烂，{DRUG}要吃多久？"], 7),
    ("chat", "zh", ["麻烦问下，我老伴{NAME}血压{BP}，头晕，能不能先吃半片{DRUG}？我的手机是{PHONE}。"], 7),
    (
        "handover",
        "zh",
        ["交班记录：{DEPT}3床{NAME}，{AGE}，{MRNCUE}{MRN}，今日体温{TEMP}，心率{HR}，已通知{NAME2.surname}医生。"],
        7,
    ),
    (
        "record",
        "zh",
        [
            "门诊病历\n就诊人：{NAME}\n证件号：{ID}\n出生：{DOB}\n住址：{ADDRESS}\n主诉：咳嗽{DUR}\n处理：{DRUG}{DOSE} 每日三次"
        ],
        8,
    ),
    (
        "referral",
        "zh",
        [
            "{NAME2}医师：您好！现转诊患者{NAME}（{MRNCUE}：{MRN}）至贵科，诊断{ICD}，血肌酐{LAB}。联系人：其子{NAME3}，电话{PHONE}。"
        ],
        6,
    ),
    (
        "multi-turn",
        "zh",
        [
            "护士您好，我是{NAME}的爱人，他今天几点手术？",
            "{NAME.surname}先生排在下午第二台，请家属在等候区等。",
            "好的，有事请打{PHONE}。",
            "收到，术后会通知您。",
        ],
        6,
    ),
    (
        "multi-turn",
        "zh",
        [
            "医生，我女儿{NAME}，{AGE}，出生日期是{DOB}，最近老是肚子疼。",
            "疼了多久？有没有发热？",
            "疼了{DUR}，体温{TEMP}。",
            "建议到{HOSP}{DEPT}就诊，查血常规。",
        ],
        6,
    ),
    (
        "insurance",
        "zh",
        ["报销申请：被保险人{NAME}，身份证号码{ID}，就诊医院{HOSP}，{VISIT}住院，发票号与{MRNCUE}{MRN}一致。"],
        5,
    ),
    (
        "chat",
        "en",
        ["Portal message from {NAME}: my mother-in-law needs a refill of {DRUG} {DOSE}. Call back on {PHONE} please."],
        7,
    ),
    (
        "triage",
        "en",
        [
            "Triage call, {VISIT}. Caller {NAME}, date of birth {DOB}, reports fever {TEMP} for {DUR}. Advised {HOSP} ED."
        ],
        7,
    ),
    (
        "record",
        "en",
        [
            "SOAP NOTE\nPatient name: {NAME}\n{MRNCUE}: {MRN}\nDOB {DOB}\nA/P: {ICD}; BP {BP}; continue {DRUG} {DOSE}.\nElectronically signed by {NAME2}, MD"
        ],
        8,
    ),
    (
        "referral",
        "en",
        [
            "Hi Dr {NAME2.last},\nCould you see my patient {NAME} ({AGE}) at {ADDRESS}? Reachable at {EMAIL}.\nMany thanks,\n{NAME3}"
        ],
        6,
    ),
    (
        "multi-turn",
        "en",
        [
            "Hi, I'm ringing for my dad, {NAME}.",
            "Can I take his date of birth?",
            "It's {DOB}. His GP is Dr. {NAME2.last}.",
            "Thanks. We'll text {PHONE} when {NAME.first}'s results are back.",
        ],
        6,
    ),
    (
        "pharmacy",
        "en",
        ["Rx for {NAME.last}, {NAME.first}; {DRUG} {DOSE} x {DUR}. Deliver to {ADDRESS}. Insurance ID {ID}."],
        6,
    ),
    ("clean", "zh", ["术后第二天，体温{TEMP}，心率{HR}，血压{BP}，伤口无渗出，继续{DRUG}{DOSE}，{VDATE}拆线。"], 6),
    ("clean", "zh", ["患者自述高热{DUR}，伴皮肤黄染，查ALT {LAB}，考虑{ICD}，建议{HOSP}{DEPT}进一步检查。"], 6),
    ("clean", "zh", ["温馨提示：请空腹抽血，{DRUG}饭后服用，每次{DOSE}，如有不适及时联系主治医生。"], 5),
    (
        "clean",
        "en",
        [
            "Post-op day 2: afebrile, HR {HR}, BP {BP}. Wound clean. Continue {DRUG} {DOSE}; follow-up in {DEPT} on {VISIT}."
        ],
        6,
    ),
    (
        "clean",
        "en",
        [
            "Guidance from the World Health Organization and Dr. Oetker's recipe book aside, keep {LAB} in range and review {ICD} in {DUR}."
        ],
        3,
    ),
]

TEMPLATES = {"dev": DEV, "seen": SEEN, "heldout": HELDOUT}
