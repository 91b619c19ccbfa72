"""Generate ``deid_dev9.jsonl``: the round 13 (dev9) labelled development set for the de-identification scrubber.

Run from the repository root::

    python3 tests/data/make_deid_dev9.py

The output is deterministic (``random.Random(9)``) and uses only the standard library.

What the set targets
--------------------
ADDRESSES above all (about 45% of the labelled identifiers), then the names of the people who live
there (patients, relatives, neighbours, and the doctors and nurses who visit them, about 35%), and a
few phone numbers, ID numbers, record numbers, e-mails and dates of birth.  About 400 conversations:
45% English, 40% Chinese, 15% mixed; about 30% are PHI-free but full of look-alikes.

English addresses are written in every way people write them, in running text as much as in forms:
US street addresses with units, suites and ``#``, rural routes (``RR 2 Box 118``), PO boxes, highway
addresses (``N1234 County Road K``), numbered streets and streets with no suffix (``22 Broadway``);
UK flats, house names, villages, ``c/o`` addresses and postcodes alone after a town; Australian,
New Zealand, Canadian, Irish (Eircode), Singapore (``Blk ... #05-67``) and Hong Kong addresses;
addresses in running text ("moved to 45 Harbour View Road last month"), lowercase and abbreviated
("flat 3 14 st johns rd"), split across the lines of a letter, in table cells and after labels such
as ``Address:``, ``Lives:``, ``Send to:`` and ``Discharge destination:``.  Chinese addresses cover
province/city/district/road/number/estate/building/unit/room chains, rural 村/组/屯/镇/乡, 号院, 弄,
巷, 胡同, an estate alone after 住在, 宿舍 and 家属院, addresses in speech without a label, Hong Kong
and Taiwan traditional forms, and the labels 住址/现住址/户籍地址/家庭住址/联系地址/收货地址.

The PHI-free look-alikes, most of them listed in ``protect``, are hospitals, clinics and pharmacies
and their addresses (an institution's address is not PHI), ward, bay, bed and room numbers, streets
used as directions to a hospital, a city, county or district alone, drugs and doses, lab values,
dates, ages, ICD codes, eponyms (Baker's cyst, Parkinson's disease), hotlines, key-safe codes and
extension numbers.  "Park" and "Lane" also occur as doctors' surnames, and then they are labelled.

Labelling rule (applied everywhere)
-----------------------------------
* Names of patients, relatives, neighbours, doctors, nurses, pharmacists are PHI. Label the name
  itself, never the title around it (张秀英主任 -> 张秀英; Dr Patel -> Patel). For surname+title
  (王医生, 老王, 小李) only the surname is the span with parts [surname].
* ``parts`` = the pieces that alone would still identify: for a Chinese name the whole and a
  two-character given name (张秀英 -> ["张秀英","秀英"]; 吴敏 -> ["吴敏"]); for an English name the
  given name and the surname; for numbers the whole and each group of four or more digits; for an
  e-mail the whole and its local part; for an ADDRESS the whole and its distinctive pieces: the house
  number with street ("14 Mill Lane"), the estate or building name (阳光花园, Rose Cottage), the
  postcode (LS6 2AB), a village (杨桥镇姜庄村), NOT the city, state or district alone; a DOB has the
  whole only.
* An address span runs from the house/flat/building part to the postcode when they are written
  together; a city, state, country or district alone is not PHI (leave it unlabelled or in protect).
* Span text must be the exact substring; protect strings must occur verbatim and must not overlap or
  contain any span or part.

Row format (one JSON object a line)::

    {"id": "dev9-0001", "lang": "zh" | "en" | "mixed", "style": ..., "source": ...,
     "turns": ["user", "assistant", ...], "spans": [{"kind", "text", "parts"}], "protect": [...]}

Checks done here (a row that fails one is drawn again): spans and protect strings occur verbatim;
no protect string overlaps or contains a span or one of its parts; every occurrence of a part lies
inside a labelled span of the row (Latin parts matched as whole words ignoring case, digit parts
matched so that a part inside an unlabelled longer number counts); a Latin span occurs only as a
whole word; a one-character span occurs only next to a title or affix; ids and rows are unique.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

OUT = Path(__file__).with_name("deid_dev9.jsonl")
SEED = 9
QUOTAS = {
    ("en", True): 126,
    ("en", False): 54,
    ("zh", True): 112,
    ("zh", False): 48,
    ("mixed", True): 42,
    ("mixed", False): 18,
}
KINDS = {"NAME", "PHONE", "ID", "MRN", "EMAIL", "ADDRESS", "DOB"}


class Redraw(Exception):
    """Raised when a drawn row cannot be used; the row is drawn again."""


# --------------------------------------------------------------------------------------------
# Pools
# --------------------------------------------------------------------------------------------

EN_F = [
    "Margaret", "Eileen", "Siobhan", "Aisha", "Priya", "Harriet", "Niamh", "Chloe", "Fatima", "Ingrid",
    "Rosalind", "Beatrice", "Yolanda", "Agnieszka", "Leilani", "Deirdre", "Winifred", "Gwendolyn",
    "Constance", "Theodora", "Marisol", "Tamsin", "Imogen", "Philippa", "Maureen", "Dorothy", "Shirley",
    "Brenda", "Oksana", "Nkechi", "Anjali", "Roisin", "Lorna", "Valerie", "Edith", "Mildred", "Jocelyn",
    "Priscilla", "Annika", "Hinemoa",
]  # fmt: skip
EN_M = [
    "Harold", "Desmond", "Tomasz", "Kwame", "Arjun", "Declan", "Callum", "Hamish", "Mohammed", "Reginald",
    "Bernard", "Cornelius", "Dmitri", "Esteban", "Fergus", "Gareth", "Ibrahim", "Jerome", "Leonard",
    "Malcolm", "Nigel", "Rupert", "Stanley", "Vikram", "Wendell", "Yusuf", "Alistair", "Clive", "Dariusz",
    "Horace", "Eamon", "Tariq", "Wiremu", "Rangi", "Duncan", "Percy", "Godfrey", "Lionel",
]  # fmt: skip
EN_SUR = [
    "Okafor", "Whitfield", "Nguyen", "Kowalski", "O'Brien", "Fitzgerald", "Hughes", "Tanaka", "Larsen",
    "Haddad", "Ferreira", "McAllister", "Thornton", "Abernathy", "Brennan", "Castellano", "Delacroix",
    "Ellison", "Gallagher", "Hartley", "Iqbal", "Jovanovic", "Kaur", "Lindqvist", "Moreau", "Novak", "Osei",
    "Pemberton", "Quigley", "Rahman", "Sandoval", "Takahashi", "Underwood", "Vasquez", "Wainwright",
    "Yilmaz", "Zielinski", "Achterberg", "Szabo", "Rosenthal", "Devereux", "Ogunleye", "Henderson",
    "Blackwood", "Ashworth", "Featherstone", "Mulligan", "Kavanagh", "Nakamura", "Sorensen", "Petrakis",
    "Fairbanks", "Crowther", "Drummond", "Te Rangi", "MacLeod",
]  # fmt: skip
DOC_SUR = [
    "Patel", "Singh", "Mensah", "Byrne", "Rao", "Okonkwo", "Fraser", "Lindgren", "Adeyemi", "Sharma",
    "Morrison", "Kapoor", "Halloran", "Whitaker", "Achebe", "Lowther", "Ramaswamy", "Dunleavy",
]  # fmt: skip
# Surname first, as written in Singapore, Malaysia and Hong Kong.
ASIAN_EN = [
    ("Tan", "Mei Ling"), ("Lim", "Boon Keng"), ("Ng", "Siew Hoon"), ("Wong", "Ka Yan"), ("Chan", "Tai Man"),
    ("Cheung", "Wing Sze"), ("Goh", "Ah Huat"), ("Chua", "Bee Lian"), ("Lau", "Siu Ming"), ("Teo", "Kim Hock"),
    ("Leung", "Chi Keung"), ("Yeo", "Swee Lan"),
]  # fmt: skip

US_CITIES = [
    ("Columbus", "OH", "432"), ("Dayton", "OH", "454"), ("Albany", "NY", "122"), ("Tucson", "AZ", "857"),
    ("Boise", "ID", "837"), ("Madison", "WI", "537"), ("Savannah", "GA", "314"), ("Eugene", "OR", "974"),
    ("Lexington", "KY", "405"), ("Portland", "ME", "041"), ("Fresno", "CA", "937"), ("Omaha", "NE", "681"),
    ("Burlington", "VT", "054"), ("Spokane", "WA", "992"), ("Knoxville", "TN", "379"), ("Tulsa", "OK", "741"),
    ("Des Moines", "IA", "503"), ("Durham", "NC", "277"), ("New York", "NY", "100"), ("Chicago", "IL", "606"),
]  # fmt: skip
US_RURAL = [
    ("Viroqua", "WI", "546"), ("Eau Claire", "WI", "547"), ("Harlan", "KY", "408"), ("Ozark", "AR", "729"),
    ("Tioga", "PA", "169"), ("Cody", "WY", "824"), ("Ainsworth", "NE", "692"), ("Hillsboro", "WI", "546"),
    ("Marshfield", "WI", "544"), ("Pikeville", "KY", "415"),
]  # fmt: skip
US_STREET_NAMES = [
    "Elm", "Maple", "Oak", "Cedar", "Sycamore", "Juniper", "Hawthorne", "Chestnut", "Magnolia", "Willow",
    "Birch", "Poplar", "Walnut", "Laurel", "Lincoln", "Jefferson", "Franklin", "Prospect", "Ridgeview",
    "Lakeshore", "Meadowbrook", "Fairview", "Highland", "Orchard", "Sunset", "Brookside", "Pinecrest",
    "Cherry Hill", "Spring Valley", "River",
]  # fmt: skip
US_SUFFIX = [
    "St",
    "Ave",
    "Rd",
    "Dr",
    "Ln",
    "Blvd",
    "Ct",
    "Pl",
    "Way",
    "Ter",
    "Cir",
    "Street",
    "Avenue",
    "Road",
    "Drive",
]
US_NOSUFFIX = ["Broadway", "Bowery", "Riverside", "Greenway"]
US_UNITS = ["Apt 3B", "Apt 12", "Unit 4", "Suite 210", "#7", "Apt. 2R", "Apt 5C", "#12", "Unit 1108", "Trlr 14"]

UK_TOWNS = [
    ("Leeds", "LS"), ("Sheffield", "S"), ("Manchester", "M"), ("Bristol", "BS"), ("York", "YO"),
    ("Norwich", "NR"), ("Exeter", "EX"), ("Cardiff", "CF"), ("Glasgow", "G"), ("Edinburgh", "EH"),
    ("Leicester", "LE"), ("Nottingham", "NG"), ("Bath", "BA"), ("Brighton", "BN"), ("Swansea", "SA"),
    ("Belfast", "BT"), ("Harrogate", "HG"), ("Lancaster", "LA"), ("Derby", "DE"), ("Plymouth", "PL"),
]  # fmt: skip
UK_STREETS = [
    "Mill Lane", "Station Road", "Victoria Street", "Albert Road", "Kings Court", "Queens Drive",
    "Harbour View Road", "Willow Way", "Hawthorn Close", "Beech Grove", "Chapel Street", "Meadow Rise",
    "Orchard Crescent", "The Parade", "The Green", "Cranbrook Road", "St John's Road", "Briar Walk",
    "Clifton Gardens", "Sandringham Avenue", "Moorland View", "Tanner's Row", "Foundry Mews", "Priory Walk",
    "Cherry Tree Avenue", "Greenbank Terrace", "Wellington Place", "Baker Street", "Kirkstall Lane",
    "Ecclesall Road", "Heather Bank", "Lowther Street",
]  # fmt: skip
UK_FLATS = ["Flat 2", "Flat 3B", "Flat 12", "Flat 1", "Ground Floor Flat", "Top Flat", "Basement Flat", "Flat 4"]
UK_HOUSE_NAMES = [
    "Rose Cottage", "The Old Rectory", "Ivy House", "Hillcrest", "Orchard View", "The Granary", "Willowbank",
    "Meadowside", "Holly Lodge", "Fern Cottage", "The Old Forge", "Stable Cottage", "Lilac Cottage",
    "Bramble End", "Swallow Barn",
]  # fmt: skip
UK_VILLAGE_STREETS = ["Church Lane", "Back Lane", "Main Street", "The Street", "Mill Road", "School Lane", "Green Lane"]
UK_VILLAGES = [
    ("Little Shelford", "Cambridge", "CB22"), ("Great Ayton", "Middlesbrough", "TS9"),
    ("Long Melford", "Sudbury", "CO10"), ("Upper Slaughter", "Cheltenham", "GL54"),
    ("Abbots Bromley", "Rugeley", "WS15"), ("Nether Wallop", "Stockbridge", "SO20"),
    ("Hutton-le-Hole", "York", "YO62"), ("Llanarthney", "Carmarthen", "SA32"),
    ("Kirkby Malham", "Skipton", "BD23"), ("Much Hadham", "Ware", "SG10"),
]  # fmt: skip
# (full form, lowercase abbreviated form) for notes typed in a hurry.
ABBR_STREETS = [
    ("St John's Road", "st johns rd"), ("Oak Avenue", "oak ave"), ("River Road", "river rd"),
    ("Willow Way", "willow way"), ("Church Street", "church st"), ("Victoria Road", "victoria rd"),
    ("Queens Drive", "queens dr"), ("Station Road", "station rd"), ("Albert Terrace", "albert tce"),
    ("Mill Lane", "mill ln"), ("Elm Grove", "elm gr"), ("Hollybush Crescent", "hollybush cres"),
]  # fmt: skip
PC_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"

AU_SUBURBS = [
    ("Parramatta", "NSW", "2150"), ("Fitzroy", "VIC", "3065"), ("Toowong", "QLD", "4066"),
    ("Fremantle", "WA", "6160"), ("Glenelg", "SA", "5045"), ("Sandy Bay", "TAS", "7005"),
    ("Belconnen", "ACT", "2617"), ("Nightcliff", "NT", "0810"), ("Newtown", "NSW", "2042"),
    ("Brunswick", "VIC", "3056"), ("Hurstville", "NSW", "2220"), ("Chermside", "QLD", "4032"),
]  # fmt: skip
AU_STREETS = [
    "Smith St", "George St", "Bridge Rd", "Wattle Ave", "Banksia Cres", "Jacaranda Dr", "Bottlebrush Pl",
    "Kookaburra Ct", "Coral Tree Way", "Currawong Pde", "Boronia St", "Ironbark Rd",
]  # fmt: skip
NZ_SUBURBS = [
    ("Ponsonby", "Auckland", "1011"), ("Karori", "Wellington", "6012"), ("Riccarton", "Christchurch", "8041"),
    ("Roslyn", "Dunedin", "9010"), ("Hamilton East", "Hamilton", "3216"), ("Otara", "Auckland", "2025"),
    ("Naenae", "Lower Hutt", "5011"),
]  # fmt: skip
NZ_STREETS = [
    "Aroha Place",
    "Tui Street",
    "Kowhai Road",
    "Rimu Crescent",
    "Pohutukawa Drive",
    "Manuka Grove",
    "Totara Lane",
]
CA_CITIES = [
    ("Toronto", "ON", "M"), ("Ottawa", "ON", "K"), ("Vancouver", "BC", "V"), ("Calgary", "AB", "T"),
    ("Winnipeg", "MB", "R"), ("Halifax", "NS", "B"), ("Saskatoon", "SK", "S"), ("Hamilton", "ON", "L"),
]  # fmt: skip
CA_STREETS = [
    "Queen St W", "King St E", "Bloor St W", "Spadina Ave", "Jasper Ave", "Portage Ave", "Robie St",
    "Dundas St W", "Elgin St", "Granville St", "Lakeshore Blvd W", "Wellington Cres",
]  # fmt: skip
CA_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"
IE_PLACES = [
    ("Ballincollig", "Co. Cork", "P31"), ("Rathmines", "Dublin 6", "D06"), ("Salthill", "Galway", "H91"),
    ("Ennis", "Co. Clare", "V95"), ("Drogheda", "Co. Louth", "A92"), ("Castlebar", "Co. Mayo", "F23"),
    ("Tralee", "Co. Kerry", "V92"),
]  # fmt: skip
IE_BUILDINGS = [
    "Riverside Court",
    "The Maltings",
    "Millbrook Apartments",
    "Castle View",
    "Abbey Court",
    "Weir View House",
]
IE_STREETS = ["Grange Road", "Main Street", "Church Road", "Oakfield Avenue", "Seaview Terrace", "Sráid an Mhuilinn"]
IE_TOWNLANDS = ["Knockbrack", "Carrigeen", "Drumcliff South", "Gortnahoe", "Lisduff", "Ballyneety"]
EIR_CHARS = "ACDEFHKNPRTVWXY0123456789"
SG_TOWNS = [
    ("Ang Mo Kio", "56"), ("Tampines", "52"), ("Bedok North", "46"), ("Jurong West", "64"), ("Woodlands", "73"),
    ("Toa Payoh", "31"), ("Yishun", "76"), ("Bukit Batok", "65"), ("Clementi", "12"), ("Hougang", "53"),
]  # fmt: skip
HK_PRIVATE = [
    ("Kornhill Gardens", "Block", "Hong Shing Street", "Quarry Bay"),
    ("Laguna City", "Block", "Cha Kwo Ling Road", "Lam Tin"),
    ("Whampoa Garden", "Site", "Tak On Street", "Hung Hom"),
    ("City One Shatin", "Block", "Ngan Shing Street", "Sha Tin"),
    ("Mei Foo Sun Chuen", "Stage", "Broadway", "Lai Chi Kok"),
    ("Taikoo Shing", "Block", "Tai Koo Shing Road", "Quarry Bay"),
]
HK_PUBLIC = [
    ("Wah Fu Estate", "Wah Yu House", "Pok Fu Lam"),
    ("Choi Hung Estate", "Kam Fung House", "Wong Tai Sin"),
    ("Shek Kip Mei Estate", "Mei Ying House", "Sham Shui Po"),
    ("So Uk Estate", "Lei Wu House", "Cheung Sha Wan"),
    ("Lek Yuen Estate", "Fook Yuen House", "Sha Tin"),
]
MONTHS = [
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

# Look-alikes (English).
EPONYMS_EN = [
    "Parkinson's disease", "Baker's cyst", "Bell's palsy", "Crohn's disease", "Hashimoto's thyroiditis",
    "Addison's disease", "Alzheimer's disease", "Graves' disease", "a Colles' fracture", "Dupuytren's contracture",
    "Raynaud's phenomenon", "Paget's disease of bone", "Barrett's oesophagus", "Sjögren's syndrome",
    "Ménière's disease", "Cushing's syndrome", "Guillain-Barré syndrome", "Lewy body dementia",
]  # fmt: skip
DRUGS_EN = [
    "metformin 500 mg twice daily", "amlodipine 5 mg once daily", "ramipril 2.5 mg", "atorvastatin 20 mg at night",
    "co-careldopa 25/100", "apixaban 5 mg bd", "furosemide 40 mg mane", "levothyroxine 75 micrograms",
    "paracetamol 1 g qds", "co-codamol 30/500", "insulin glargine 18 units", "donepezil 10 mg",
    "alendronic acid 70 mg weekly", "tamsulosin 400 micrograms", "bisoprolol 2.5 mg", "sertraline 50 mg",
]  # fmt: skip
LABS_EN = [
    "HbA1c 58 mmol/mol", "eGFR 48", "Hb 102 g/L", "INR 2.6", "BP 148/86", "Na 131 mmol/L", "CRP 34",
    "BNP 1240 pg/mL", "SpO2 94% on air", "K 5.4 mmol/L", "TSH 7.9 mU/L", "ferritin 11 ug/L",
]  # fmt: skip
ICD_EN = ["ICD-10 I10", "ICD-10 E11.9", "ICD-10 G20", "ICD-10 M71.2", "ICD-10 I48.0", "ICD-10 F03", "ICD-10 L97.2"]
WARDS_EN = [
    "Ward 7B", "Ward 22", "Bay 4, bed 12", "Ward 31, side room 2", "the Frailty Unit", "AMU bed 6",
    "Room 3 of the Day Unit", "Ward 14, bed 9", "the Stroke Unit", "Bay C",
]  # fmt: skip
UK_PRACTICES = [
    "Kirkstall Health Centre", "Oakwood Surgery", "Riverside Medical Practice", "Northgate Family Practice",
    "The Elms Medical Centre", "Abbey Road Surgery", "Hillside Group Practice", "Castlegate Surgery",
]  # fmt: skip
US_CLINICS = [
    "Riverside Family Medicine", "Northside Community Health Center", "Lakeview Internal Medicine",
    "Valley Home Health", "Prairie Family Clinic", "Mercy Home Care",
]  # fmt: skip
PHARMACIES_EN = [
    "the Boots on Briggate", "Lloyds Pharmacy on the High Street", "Walgreens on Main St", "CVS on Broad St",
    "Chemist Warehouse on George St", "Shoppers Drug Mart on Yonge St", "Guardian at Tampines Mall",
    "Watsons in Mong Kok", "the Unichem in Ponsonby",
]  # fmt: skip
# Institutions and their addresses (not PHI).
HOSP_EN = [
    ("St Thomas' Hospital", "Westminster Bridge Road, London SE1 7EH", "uk",
     "From Waterloo station walk along York Road and cross at the roundabout"),
    ("Leeds General Infirmary", "Great George Street, Leeds LS1 3EX", "uk",
     "The 50 bus stops on Calverley Street, a short walk from the main entrance"),
    ("Manchester Royal Infirmary", "Oxford Road, Manchester M13 9WL", "uk",
     "Take the 42 or 43 bus along Oxford Road and get off at the hospital"),
    ("Addenbrooke's Hospital", "Hills Road, Cambridge CB2 0QQ", "uk",
     "The Park and Ride stops on Hills Road outside the main entrance"),
    ("Royal Infirmary of Edinburgh", "51 Little France Crescent, Edinburgh EH16 4SA", "uk",
     "Buses 7 and 24 run from Princes Street to the front door"),
    ("Freeman Hospital", "Freeman Road, High Heaton, Newcastle upon Tyne NE7 7DN", "uk",
     "Get off the Metro at South Gosforth and take the shuttle bus"),
    ("Massachusetts General Hospital", "55 Fruit Street, Boston, MA 02114", "us",
     "Take the Red Line to Charles/MGH and cross Cambridge Street"),
    ("Mayo Clinic", "200 First St SW, Rochester, MN 55905", "us",
     "The skyway from the Gonda Building connects to the parking ramps on 2nd St SW"),
    ("Royal Melbourne Hospital", "300 Grattan Street, Parkville VIC 3050", "au",
     "Trams 19, 58 and 59 stop on Royal Parade outside the hospital"),
    ("Toronto General Hospital", "200 Elizabeth Street, Toronto ON M5G 2C4", "ca",
     "From Queen's Park station walk south on University Avenue to College Street"),
    ("Singapore General Hospital", "Outram Road, Singapore 169608", "sg",
     "Take the MRT to Outram Park and follow the signs for Exit G"),
    ("Queen Mary Hospital", "102 Pok Fu Lam Road, Hong Kong", "hk",
     "Bus 4 from Central stops at the hospital's main block"),
    ("St James's Hospital", "James's Street, Dublin 8", "ie",
     "The Luas Red Line has a stop right at the hospital gate"),
]  # fmt: skip
HOTLINES_EN = [
    "NHS 111", "999", "911", "000", "988", "Samaritans on 116 123", "Lifeline on 13 11 14", "Healthline on 0800 611 116",
    "HealthLink BC on 811", "the Poisons Information Centre on 13 11 26",
]  # fmt: skip

# Chinese pools.
CN_SUR = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪任姜范姚谭廖邹熊陆郝崔康毛邱秦侯邵孟段雷钱汤尹黎易乔贺赖龚"
) + ["欧阳", "司马", "上官"]
CN_G2 = [
    "秀英", "桂兰", "建国", "志强", "丽华", "海燕", "晓东", "雨萱", "子涵", "德明", "春梅", "玉珍", "国栋", "文静",
    "思远", "俊杰", "婉清", "振华", "淑芬", "美玲", "凤英", "桂芳", "永福", "长林", "秋菊", "素琴", "宏伟", "立新",
    "佩华", "明轩", "欣怡", "嘉怡", "卫东", "金凤", "翠萍", "学军", "月娥", "保国",
]  # fmt: skip
CN_G1 = list("敏静磊伟芳勇军丹婷鹏洁斌琳")
# Given names read as female (Chinese, traditional, pinyin pools and Singapore/Hong Kong English names).
FEMALE_GIVEN = set(
    "秀英 桂兰 丽华 海燕 雨萱 子涵 春梅 玉珍 文静 婉清 淑芬 美玲 凤英 桂芳 秋菊 素琴 佩华 欣怡 嘉怡 金凤 翠萍 月娥 "
    "敏 静 芳 丹 婷 洁 琳 雅婷 麗華 秀琴 惠如 詠詩 淑儀".split()
) | {"Mei Ling", "Siew Hoon", "Ka Yan", "Wing Sze", "Bee Lian", "Swee Lan"}
CN_TRAD = [
    ("陳", "淑芬"), ("林", "美玲"), ("黃", "志明"), ("張", "雅婷"), ("李", "建宏"), ("王", "麗華"), ("吳", "俊傑"),
    ("劉", "秀琴"), ("蔡", "宗翰"), ("楊", "惠如"), ("梁", "家豪"), ("何", "詠詩"), ("鄭", "國強"), ("許", "淑儀"),
]  # fmt: skip
# (surname, given, pinyin surname, pinyin given)
CN_PY = [
    ("张", "秀英", "Zhang", "Xiuying"), ("王", "建国", "Wang", "Jianguo"), ("李", "桂兰", "Li", "Guilan"),
    ("刘", "志强", "Liu", "Zhiqiang"), ("陈", "淑芬", "Chen", "Shufen"), ("杨", "丽华", "Yang", "Lihua"),
    ("赵", "德明", "Zhao", "Deming"), ("黄", "海燕", "Huang", "Haiyan"), ("周", "玉珍", "Zhou", "Yuzhen"),
    ("徐", "春梅", "Xu", "Chunmei"), ("孙", "国栋", "Sun", "Guodong"), ("胡", "晓东", "Hu", "Xiaodong"),
    ("郭", "婉清", "Guo", "Wanqing"), ("林", "振华", "Lin", "Zhenhua"), ("马", "凤英", "Ma", "Fengying"),
    ("郑", "立新", "Zheng", "Lixin"), ("谢", "月娥", "Xie", "Yue'e"), ("韩", "保国", "Han", "Baoguo"),
]  # fmt: skip
CN_CITIES = [
    ("北京市", "朝阳区"), ("北京市", "海淀区"), ("上海市", "徐汇区"), ("上海市", "浦东新区"), ("广东省广州市", "天河区"),
    ("广东省深圳市", "南山区"), ("浙江省杭州市", "西湖区"), ("江苏省南京市", "鼓楼区"), ("四川省成都市", "武侯区"),
    ("湖北省武汉市", "洪山区"), ("山东省济南市", "历下区"), ("河南省郑州市", "金水区"), ("陕西省西安市", "雁塔区"),
    ("辽宁省沈阳市", "和平区"), ("湖南省长沙市", "岳麓区"), ("福建省厦门市", "思明区"), ("重庆市", "渝中区"),
    ("天津市", "南开区"), ("云南省昆明市", "五华区"), ("黑龙江省哈尔滨市", "南岗区"),
]  # fmt: skip
CN_ROADS = [
    "建设路", "解放路", "人民路", "中山路", "和平街", "长江路", "文化路", "五一路", "胜利街", "新华路", "青年路",
    "工农路", "幸福大街", "民主路", "光明街", "东风路", "红旗路", "滨河路", "学府路", "丰收路", "桂花路", "金桥路",
]  # fmt: skip
CN_ESTATES = [
    "阳光花园", "翠湖苑", "锦绣家园", "金色家园", "幸福里", "东方明珠苑", "绿地新城", "海棠湾", "望江苑", "丽景嘉园",
    "紫薇花园", "水岸名都", "盛世华庭", "康乐新村", "桃园小区", "春晖园", "枫林湾", "御景华府", "书香门第", "星河湾",
    "馨园小区", "福星家园", "怡景苑", "南湖新村", "玉兰公寓", "金穗花园",
]  # fmt: skip
CN_RURAL = [
    ("河南省", "周口市", "郸城县"), ("山东省", "菏泽市", "曹县"), ("湖南省", "邵阳市", "隆回县"), ("四川省", "南充市", "仪陇县"),
    ("安徽省", "阜阳市", "临泉县"), ("江西省", "赣州市", "于都县"), ("河北省", "保定市", "阜平县"), ("甘肃省", "天水市", "秦安县"),
]  # fmt: skip
CN_TOWNS = ["杨桥镇", "石门镇", "河口镇", "双庙乡", "高店镇", "柳林乡", "青山镇", "三合镇", "白土乡", "龙泉镇"]
CN_VILLAGES = [
    "姜庄村",
    "李家坳村",
    "大槐树村",
    "东沟村",
    "前营村",
    "黄土坡村",
    "小河湾村",
    "新庄村",
    "马家寨村",
    "桃树湾村",
]
CN_TUN = [("黑龙江省绥化市望奎县", "灵山乡", "柳树屯"), ("吉林省四平市梨树县", "孟家岭镇", "三家子屯"),
          ("广西壮族自治区百色市田东县", "思林镇", "那美屯")]  # fmt: skip
HUTONGS = [("东城区", "菊儿胡同"), ("东城区", "帽儿胡同"), ("西城区", "砖塔胡同"), ("东城区", "前鼓楼苑胡同"),
           ("西城区", "百花深处胡同"), ("东城区", "东棉花胡同")]  # fmt: skip
SH_ROADS = [("徐汇区", "天钥桥路"), ("静安区", "愚园路"), ("长宁区", "长宁路"), ("虹口区", "山阴路"), ("黄浦区", "复兴中路"),
            ("普陀区", "曹杨路")]  # fmt: skip
XIANG = [("苏州市姑苏区", "钮家巷"), ("长沙市天心区", "白沙巷"), ("扬州市广陵区", "皮市巷"), ("成都市锦江区", "槐树巷"),
         ("福州市鼓楼区", "杨桥巷"), ("南京市秦淮区", "石板巷")]  # fmt: skip
DANWEI = ["纺织厂家属院", "铁路局家属院", "第二机床厂家属院", "师范学院教职工宿舍", "电力公司家属院", "水利局宿舍",
          "化肥厂家属院", "粮食局宿舍"]  # fmt: skip
NEWTOWN = ["云谷新城安置小区", "滨江新城", "凤凰新村", "龙湾安置区", "高铁新城"]
HK_TRAD = [
    ("新界沙田", "沙田第一城", "{n}座{f}樓{x}室"), ("九龍紅磡", "黃埔花園", "{n}期{m}座{f}樓{x}室"),
    ("香港鰂魚涌", "康怡花園", "{x}座{f}樓{r}室"), ("九龍深水埗", "石硤尾邨", "美映樓{f}{rr}室"),
    ("香港薄扶林", "華富邨", "華昌樓{f}{rr}室"), ("九龍藍田", "麗港城", "{n}座{f}樓{x}室"),
    ("新界將軍澳", "新都城", "{n}期{m}座{f}樓{x}室"),
]  # fmt: skip
TW_ROADS = [
    ("臺北市", "大安區", "復興南路", "一"), ("新北市", "板橋區", "文化路", "二"), ("台中市", "西屯區", "台灣大道", "三"),
    ("高雄市", "苓雅區", "四維三路", ""), ("台南市", "東區", "東寧路", ""), ("桃園市", "中壢區", "中正路", ""),
]  # fmt: skip

CN_HOSP = [
    ("北京协和医院", "东城区帅府园1号"), ("四川大学华西医院", "成都市武侯区国学巷37号"),
    ("上海交通大学医学院附属瑞金医院", "黄浦区瑞金二路197号"), ("复旦大学附属中山医院", "徐汇区枫林路180号"),
    ("中南大学湘雅医院", "长沙市开福区湘雅路87号"), ("中山大学附属第一医院", "广州市越秀区中山二路58号"),
    ("郑州大学第一附属医院", "郑州市二七区建设东路1号"), ("浙江大学医学院附属第一医院", "杭州市上城区庆春路79号"),
]  # fmt: skip
CN_LOCAL_HOSP = ["市第一人民医院", "县人民医院", "区中医院", "市妇幼保健院", "市第二人民医院", "镇卫生院", "市中心医院"]
CN_DRUGS = [
    "二甲双胍0.5g 每日两次", "氨氯地平5mg 每日一次", "阿司匹林肠溶片100mg", "阿托伐他汀20mg 睡前", "甘精胰岛素14单位",
    "多巴丝肼片125mg", "硝苯地平控释片30mg", "呋塞米20mg", "华法林2.5mg", "左甲状腺素钠50μg", "缬沙坦80mg",
]  # fmt: skip
CN_LABS = ["空腹血糖7.8mmol/L", "糖化血红蛋白6.9%", "血压156/92mmHg", "肌酐108μmol/L", "INR 2.3", "血钾3.4mmol/L",
           "血红蛋白98g/L", "尿酸512μmol/L"]  # fmt: skip
CN_WARDS = ["心内科5病区12床", "3号诊室", "门诊楼3楼", "住院部8楼", "急诊科抢救室2床", "老年科2病区", "内分泌科门诊",
            "神经内科3病区27床", "康复科1病区"]  # fmt: skip
CN_EPONYMS = ["帕金森病", "阿尔茨海默病", "桥本甲状腺炎", "贝尔面瘫", "克罗恩病", "格林-巴利综合征", "库欣综合征"]
CN_CONDS = ["高血压", "糖尿病", "脑梗后遗症", "慢阻肺", "冠心病", "骨质疏松", "心衰"]
CN_HOTLINES = ["120", "12320", "110", "12345", "心理援助热线12356"]
CN_PHARM = ["老百姓大药房", "同仁堂药店", "海王星辰", "一心堂", "益丰大药房", "大参林"]

TITLE_AFTER = ("医生", "医師", "大夫", "护士", "護士", "主任", "阿姨", "姨", "叔", "伯", "奶奶", "爷爷", "老师", "师傅",
               "先生", "女士", "姐", "哥", "大爷", "大妈", "婶", "药师", "村医", "老太", "太", "生", "姑娘")  # fmt: skip
TITLE_BEFORE = ("老", "小", "阿")


# --------------------------------------------------------------------------------------------
# Row builder
# --------------------------------------------------------------------------------------------


def digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def number_parts(text: str) -> list[str]:
    return [g for g in re.findall(r"\d{4,}", text) if g != text]


class EnP:
    def __init__(self, given: str, sur: str, fem: bool, surname_first: bool = False):
        self.given, self.sur, self.fem, self.surname_first = given, sur, fem, surname_first
        self.title = ""
        self.he = "she" if fem else "he"
        self.his = "her" if fem else "his"

    @property
    def full(self) -> str:
        return f"{self.sur} {self.given}" if self.surname_first else f"{self.given} {self.sur}"


class CnP:
    def __init__(self, sur: str, given: str, py_sur: str = "", py_given: str = ""):
        self.sur, self.given, self.py_sur, self.py_given = sur, given, py_sur, py_given
        self.full = sur + given
        self.fem = given in FEMALE_GIVEN


class Row:
    def __init__(self, r: random.Random):
        self.r = r
        self.spans: list[dict] = []
        self.protect: list[str] = []
        self.used: set[str] = set()
        self.source: str | None = None

    # random helpers
    def choice(self, seq):
        return self.r.choice(seq)

    def pick(self, *variants):
        """Choose one of several text variants given as callables, so only the chosen one labels anything."""
        return self.r.choice(variants)()

    def rint(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    # labelling
    def span(self, kind: str, text: str, parts=()) -> str:
        assert kind in KINDS, kind
        for s in self.spans:
            if s["text"] == text:
                if s["kind"] != kind:
                    raise Redraw
                return text
        out = []
        for p in [text, *parts]:
            if p and p not in out:
                out.append(p)
        self.spans.append({"kind": kind, "text": text, "parts": out})
        return text

    def prot(self, text: str) -> str:
        if text not in self.protect:
            self.protect.append(text)
        return text

    def num(self, kind: str, text: str) -> str:
        return self.span(kind, text, number_parts(text))

    def addr(self, lines, parts, sep: str = ", ", lower: bool = False) -> str:
        text = sep.join(lines)
        if lower:
            text, parts = text.lower(), [p.lower() for p in parts]
        return self.span("ADDRESS", text, parts)

    # people
    def en(self, female: bool | None = None, pool=None) -> EnP:
        for _ in range(60):
            fem = self.chance(0.6) if female is None else female
            given = self.choice(EN_F if fem else EN_M)
            sur = self.choice(pool or EN_SUR)
            if given not in self.used and sur not in self.used:
                self.used.update((given, sur))
                p = EnP(given, sur, fem)
                p.title = self.choice(["Mrs", "Ms", "Mrs", "Miss"]) if fem else "Mr"
                return p
        raise Redraw

    def asian(self, female: bool | None = None) -> EnP:
        for _ in range(60):
            sur, given = self.choice(ASIAN_EN)
            fem = given in FEMALE_GIVEN
            if sur not in self.used and female in (None, fem):
                self.used.update((sur, given))
                p = EnP(given, sur, fem, surname_first=True)
                p.title = self.choice(["Mdm", "Mrs", "Ms"]) if p.fem else "Mr"
                return p
        raise Redraw

    def cn(self, female: bool | None = None, two: float = 0.8) -> CnP:
        for _ in range(200):
            sur = self.choice(CN_SUR)
            given = self.choice(CN_G2) if self.chance(two) else self.choice(CN_G1)
            if female is not None and (given in FEMALE_GIVEN) != female:
                continue
            if sur not in self.used and given not in self.used:
                self.used.update((sur, given))
                return CnP(sur, given)
        raise Redraw

    def trad(self, female: bool | None = None) -> CnP:
        for _ in range(200):
            sur, given = self.choice(CN_TRAD)
            if sur not in self.used and female in (None, given in FEMALE_GIVEN):
                self.used.update((sur, given))
                return CnP(sur, given)
        raise Redraw

    def py(self, female: bool | None = None) -> CnP:
        for _ in range(200):
            sur, given, ps, pg = self.choice(CN_PY)
            if sur not in self.used and female in (None, given in FEMALE_GIVEN):
                self.used.update((sur, given, ps, pg))
                return CnP(sur, given, ps, pg)
        raise Redraw

    def full(self, p: EnP) -> str:
        return self.span("NAME", p.full, [p.given, p.sur])

    def sur(self, p: EnP) -> str:
        return self.span("NAME", p.sur)

    def given(self, p: EnP) -> str:
        return self.span("NAME", p.given)

    def lfull(self, p: EnP) -> str:
        return self.span("NAME", p.full.lower(), [p.given.lower(), p.sur.lower()])

    def lsur(self, p: EnP) -> str:
        return self.span("NAME", p.sur.lower())

    def lgiven(self, p: EnP) -> str:
        return self.span("NAME", p.given.lower())

    def cfull(self, p: CnP) -> str:
        return self.span("NAME", p.full, [p.given] if len(p.given) >= 2 else [])

    def csur(self, p: CnP) -> str:
        return self.span("NAME", p.sur)

    def cgiven(self, p: CnP) -> str:
        return self.span("NAME", p.given)

    def pyfull(self, p: CnP, order: str = "western") -> str:
        if order == "western":
            text = f"{p.py_given} {p.py_sur}"
            sur = p.py_sur
        elif order == "upper":
            text = f"{p.py_sur.upper()} {p.py_given}"
            sur = p.py_sur.upper()
        else:
            text = f"{p.py_sur} {p.py_given}"
            sur = p.py_sur
        return self.span("NAME", text, [p.py_given, sur])

    # other identifiers
    def dob(self, fmt: str) -> tuple[str, int]:
        y, m, d = self.rint(1929, 1978), self.rint(1, 12), self.rint(1, 28)
        text = {
            "uk": f"{d:02d}/{m:02d}/{y}",
            "us": f"{m:02d}/{d:02d}/{y}",
            "long": f"{d} {MONTHS[m - 1]} {y}",
            "us_long": f"{MONTHS[m - 1]} {d}, {y}",
            "iso": f"{y}-{m:02d}-{d:02d}",
            "cn": f"{y}年{m}月{d}日",
            "cn_dot": f"{y}.{m}.{d}",
            "short": f"{d} {MONTHS[m - 1][:3]} {y}",
        }[fmt]
        self.span("DOB", text)
        self._dob = (y, m, d)
        return text, 2024 - y

    def phone(self, region: str) -> str:
        r = self.r
        if region == "us":
            text = f"({r.choice(['614', '937', '518', '520', '208', '608', '912', '541', '859', '207'])}) 555-{digits(r, 4)}"
        elif region == "us_dash":
            text = f"{r.choice(['715', '608', '606', '479', '570'])}-555-{digits(r, 4)}"
        elif region == "uk_mob":
            text = r.choice(
                [f"07700 900{digits(r, 3)}", f"07{digits(r, 3)} {digits(r, 6)}", f"+44 7700 900{digits(r, 3)}"]
            )
        elif region == "uk_land":
            text = f"{r.choice(['0113', '0114', '0161', '0117', '01904', '0131', '0191', '01223'])} 496 {digits(r, 4)}"
        elif region == "au":
            text = r.choice([f"04{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}", f"(02) 9{digits(r, 3)} {digits(r, 4)}"])
        elif region == "ca":
            text = f"({r.choice(['416', '647', '613', '604', '403', '902'])}) 555-{digits(r, 4)}"
        elif region == "nz":
            text = f"021 {digits(r, 3)} {digits(r, 4)}"
        elif region == "ie":
            text = f"08{r.choice('5679')} {digits(r, 3)} {digits(r, 4)}"
        elif region == "sg":
            text = r.choice([f"{r.choice('89')}{digits(r, 3)} {digits(r, 4)}", f"+65 {r.choice('89')}{digits(r, 7)}"])
        elif region == "hk":
            text = f"{r.choice('569')}{digits(r, 3)} {digits(r, 4)}"
        elif region == "tw":
            text = f"09{digits(r, 2)}-{digits(r, 3)}-{digits(r, 3)}"
        elif region == "cn":
            core = r.choice(["138", "139", "135", "150", "158", "186", "187", "177", "133"]) + digits(r, 8)
            text = r.choice([core, f"{core[:3]} {core[3:7]} {core[7:]}", f"{core[:3]}-{core[3:7]}-{core[7:]}"])
        elif region == "cn_land":
            text = r.choice(
                [f"010-{digits(r, 8)}", f"021-{digits(r, 8)}", f"0371-{digits(r, 8)}", f"028-{digits(r, 8)}"]
            )
        else:
            raise ValueError(region)
        return self.num("PHONE", text)

    def email(self, local: str, domain: str) -> str:
        text = f"{local}@{domain}"
        return self.span("EMAIL", text, [local])

    def en_email(self, p: EnP) -> str:
        g = re.sub(r"[^a-z]", "", p.given.lower())
        s = re.sub(r"[^a-z]", "", p.sur.lower())
        local = self.choice(
            [
                f"{g}.{s}",
                f"{g[0]}.{s}",
                f"{s}.{g[0]}",
                f"{g}_{s}.{self.rint(40, 79)}",
                f"{g[0]}{s[:3]}{self.rint(10, 99)}",
            ]
        )
        dom = self.choice(
            [
                "gmail.com",
                "outlook.com",
                "yahoo.co.uk",
                "btinternet.com",
                "bigpond.com",
                "hotmail.com",
                "icloud.com",
                "xtra.co.nz",
            ]
        )
        return self.email(local, dom)

    def cn_id(self) -> str:
        y, m, d = getattr(self, "_dob", (self.rint(1935, 1975), self.rint(1, 12), self.rint(1, 28)))
        body = self.choice(["110105", "310104", "440106", "510107", "420111", "370102", "410105", "610113", "330106"])
        body += f"{y}{m:02d}{d:02d}{digits(self.r, 3)}"
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        check = "10X98765432"[sum(int(c) * k for c, k in zip(body, w)) % 11]
        return self.num("ID", body + check)

    def nhs(self) -> str:
        while True:
            base = [self.rint(0, 9) for _ in range(9)]
            c = 11 - sum(v * (10 - i) for i, v in enumerate(base)) % 11
            if c == 11:
                c = 0
            if c != 10:
                break
        s = "".join(map(str, base)) + str(c)
        return self.num("ID", f"{s[:3]} {s[3:6]} {s[6:]}")

    def mrn(self, style: str = "en") -> str:
        r = self.r
        if style == "en":
            text = r.choice(
                [
                    digits(r, 8),
                    f"RXH{digits(r, 7)}",
                    f"K{digits(r, 6)}",
                    f"{digits(r, 3)}-{digits(r, 4)}-{digits(r, 2)}",
                ]
            )
        else:
            text = r.choice(
                [f"{r.randint(2019, 2024)}{digits(r, 6)}", digits(r, 8), f"ZY{digits(r, 7)}", f"{digits(r, 10)}"]
            )
        return self.num("MRN", text)


# --------------------------------------------------------------------------------------------
# Address generators: each returns (lines, parts)
# --------------------------------------------------------------------------------------------


def uk_pc(b: Row, area: str) -> str:
    return f"{area}{b.rint(1, 19)} {b.rint(1, 9)}{b.choice(PC_LETTERS)}{b.choice(PC_LETTERS)}"


def uk_addr(b: Row, style: str):
    town, area = b.choice(UK_TOWNS)
    pc = uk_pc(b, area)
    hs = f"{b.rint(1, 140)} {b.choice(UK_STREETS)}"
    if style == "flat":
        return [b.choice(UK_FLATS), hs, f"{town} {pc}"], [hs, pc]
    if style == "house":
        return [hs, f"{town} {pc}"], [hs, pc]
    if style == "house_county":
        return [hs, town, pc], [hs, pc]
    # house name in a village
    village, post, district = b.choice(UK_VILLAGES)
    pc = f"{district} {b.rint(1, 9)}{b.choice(PC_LETTERS)}{b.choice(PC_LETTERS)}"
    hn = b.choice(UK_HOUSE_NAMES)
    return [hn, b.choice(UK_VILLAGE_STREETS), village, f"{post} {pc}"], [hn, village, pc]


def us_street(b: Row) -> str:
    x = b.r.random()
    if x < 0.15:
        n = b.choice([2, 3, 4, 5, 11, 14, 21, 23, 34, 42, 57, 86, 101])
        suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{b.choice(['E', 'W', 'N', 'S'])} {n}{suf} {b.choice(['St', 'Ave', 'Street'])}"
    if x < 0.25:
        return b.choice(US_NOSUFFIX)
    d = b.choice(["", "", "", "W ", "E ", "N ", "S ", "NE "])
    return f"{d}{b.choice(US_STREET_NAMES)} {b.choice(US_SUFFIX)}"


def us_addr(b: Row, style: str):
    if style in ("rr", "pobox", "hwy"):
        town, st, zp = b.choice(US_RURAL)
        z = zp + digits(b.r, 2)
        if style == "rr":
            first = f"{b.choice(['RR', 'Rural Route', 'R.R.'])} {b.rint(1, 6)} Box {b.rint(10, 480)}"
        elif style == "pobox":
            first = f"{b.choice(['PO Box', 'P.O. Box', 'POB'])} {b.rint(10, 2999)}"
        else:
            first = b.choice(
                [
                    f"N{b.rint(1000, 9999)} County Road {b.choice('KJHMQ')}",
                    f"W{b.rint(1000, 9999)} State Hwy {b.choice([35, 14, 82, 27])}",
                    f"{b.rint(1000, 9999)} US Highway {b.choice([61, 23, 119, 41])}",
                    f"{b.rint(100, 9999)} County Rd {b.rint(2, 60)}",
                ]
            )
        return [first, f"{town}, {st} {z}"], [first, z]
    city, st, zp = b.choice(US_CITIES)
    z = zp + digits(b.r, 2)
    hs = f"{b.rint(2, 9899)} {us_street(b)}"
    if style == "unit":
        unit = b.choice(US_UNITS)
        line = f"{hs} {unit}" if b.chance(0.6) else f"{hs}, {unit}"
        return [line, f"{city}, {st} {z}"], [hs, z]
    return [hs, f"{city}, {st} {z}"], [hs, z]


def au_addr(b: Row):
    sub, st, pc = b.choice(AU_SUBURBS)
    num = b.rint(1, 180)
    street = f"{num} {b.choice(AU_STREETS)}"
    if b.chance(0.6):
        first = b.choice([f"Unit {b.rint(1, 12)}/{street}", f"{b.rint(1, 12)}/{street}"])
    else:
        first = street
    return [first, f"{sub} {st} {pc}"], [street, pc]


def nz_addr(b: Row):
    sub, city, pc = b.choice(NZ_SUBURBS)
    hs = f"{b.rint(1, 90)} {b.choice(NZ_STREETS)}"
    if b.chance(0.3):
        hs2 = f"{b.rint(1, 4)}/{hs}"
        return [hs2, sub, f"{city} {pc}"], [hs, pc]
    return [hs, sub, f"{city} {pc}"], [hs, pc]


def ca_addr(b: Row):
    city, prov, first = b.choice(CA_CITIES)
    pc = f"{first}{b.rint(1, 9)}{b.choice(CA_LETTERS)} {b.rint(1, 9)}{b.choice(CA_LETTERS)}{b.rint(0, 9)}"
    hs = f"{b.rint(2, 990)} {b.choice(CA_STREETS)}"
    unit = b.choice(
        [f"Apt {b.rint(2, 30)}{b.rint(1, 20):02d}", f"Unit {b.rint(1, 40)}", f"Suite {b.rint(100, 900)}", None]
    )
    lines = ([unit] if unit else []) + [hs, f"{city} {prov} {pc}"]
    return lines, [hs, pc]


def eircode(b: Row, key: str) -> str:
    return f"{key} {b.choice('ACDEFHKNPRTVWXY')}{b.rint(1, 9)}{b.choice(EIR_CHARS)}{b.choice(EIR_CHARS)}"


def ie_addr(b: Row):
    town, county, key = b.choice(IE_PLACES)
    ec = eircode(b, key)
    x = b.r.random()
    if x < 0.35:
        bld = b.choice(IE_BUILDINGS)
        return [f"Apt {b.rint(1, 40)}", bld, town, f"{county} {ec}"], [bld, ec]
    if x < 0.7:
        hs = f"{b.rint(1, 120)} {b.choice(IE_STREETS)}"
        return [hs, town, f"{county} {ec}"], [hs, ec]
    tl = b.choice(IE_TOWNLANDS)
    return [tl, town, f"{county} {ec}"], [tl, ec]


def sg_addr(b: Row):
    town, pre = b.choice(SG_TOWNS)
    blk = b.rint(101, 899)
    first = f"Blk {blk} {town} {b.choice(['Ave', 'St'])} {b.rint(1, 10)}"
    unit = f"#{b.rint(2, 16):02d}-{b.rint(10, 400)}"
    pc = f"{pre}{blk:04d}"
    return [f"{first} {unit}", f"Singapore {pc}"], [first, pc]


def hk_en_addr(b: Row):
    if b.chance(0.55):
        est, blk, street, dist = b.choice(HK_PRIVATE)
        hs = f"{b.rint(1, 40)} {street}"
        lines = [f"Flat {b.choice('ABCDEFGH')}, {b.rint(2, 38)}/F", f"{blk} {b.rint(1, 12)}", est, hs, dist]
        return lines, [est, hs]
    est, house, dist = b.choice(HK_PUBLIC)
    return [f"Room {b.rint(2, 30)}{b.rint(1, 24):02d}", house, est, dist], [est, house]


def en_running(b: Row):
    """Addresses as people type them in running text: (text, parts)."""
    x = b.rint(0, 9)
    if x == 0:
        full, ab = b.choice(ABBR_STREETS)
        hs = f"{b.rint(1, 90)} {ab}"
        return f"flat {b.rint(1, 9)} {hs}", [hs]
    if x == 1:
        full, ab = b.choice(ABBR_STREETS)
        hs = f"{b.rint(1, 90)} {ab}"
        return f"apt {b.rint(1, 30)}, {hs}", [hs]
    if x == 2:
        _, ab = b.choice(ABBR_STREETS)
        t = f"{b.rint(1, 150)} {ab}"
        return t, [t]
    if x == 3:
        t = f"{b.rint(1, 150)} {b.choice(UK_STREETS)}"
        return t, [t]
    if x == 4:
        town, _ = b.choice(UK_TOWNS)
        hs = f"{b.rint(1, 150)} {b.choice(UK_STREETS)}"
        return f"{hs}, {town}", [hs]
    if x == 5:
        t = f"{b.rint(2, 4999)} {us_street(b)}"
        return t, [t]
    if x == 6:
        t = f"{b.rint(1, 150)} {b.choice(UK_STREETS)}".lower()
        return t, [t]
    if x == 7:
        lines, parts = au_addr(b)
        return lines[0], [p for p in parts if p in lines[0]]
    if x == 8:
        hn = b.choice(UK_HOUSE_NAMES)
        village = b.choice(UK_VILLAGES)[0]
        return f"{hn}, {village}", [hn, village]
    lines, parts = uk_addr(b, "flat")
    return ", ".join(lines), parts


def cn_bld(b: Row) -> str:
    n, u, fl, rm = b.rint(1, 32), b.rint(1, 6), b.rint(1, 28), b.rint(1, 4)
    return b.choice(
        [
            f"{n}栋{u}单元{fl}{rm:02d}",
            f"{n}号楼{u}单元{fl}{rm:02d}室",
            f"{n}幢{fl}{rm:02d}室",
            f"{n}栋{fl}{rm:02d}房",
            f"{n}号楼{fl}{rm:02d}",
            f"{n}-{u}-{fl}{rm:02d}",
        ]
    )


def cn_urban(b: Row, prov: bool = True, road: bool = True, est: str | None = None):
    city, dist = b.choice(CN_CITIES)
    rd = f"{b.choice(CN_ROADS)}{b.rint(1, 399)}号"
    est = est or b.choice(CN_ESTATES)
    segs = ([city] if prov else []) + [dist] + ([rd] if road else []) + [est, cn_bld(b)]
    parts = ([rd] if road else []) + [est]
    return "".join(segs), parts, {"city": city, "dist": dist, "road": rd, "est": est}


def cn_rural(b: Row, prov: bool = True):
    if b.chance(0.2):
        pre, town, tun = b.choice(CN_TUN)
        text = f"{pre}{town}{tun}" if prov else f"{town}{tun}"
        return text, [f"{town}{tun}"], {"village": f"{town}{tun}"}
    p, c, county = b.choice(CN_RURAL)
    town, vil = b.choice(CN_TOWNS), b.choice(CN_VILLAGES)
    tail = b.choice([f"{b.rint(1, 9)}组{b.rint(1, 80)}号", f"{b.rint(1, 12)}组", f"{b.rint(1, 60)}号", ""])
    text = (f"{p}{c}" if prov else "") + f"{county}{town}{vil}{tail}"
    return text, [f"{town}{vil}"], {"village": f"{town}{vil}", "county": county}


def cn_special(b: Row):
    """Old-city and institutional forms: 胡同, 号院, 弄, 巷, 家属院/宿舍, 新城."""
    x = b.rint(0, 5)
    if x == 0:
        dist, ht = b.choice(HUTONGS)
        core = f"{ht}{b.rint(1, 60)}号"
        tail = b.choice(["", "院", f"院{b.rint(1, 9)}号"])
        return f"北京市{dist}{core}{tail}", [core]
    if x == 1:
        road = b.choice(["学院路", "复兴路", "西四环北路", "中关村南大街", "万寿路"])
        core = f"{road}{b.rint(1, 99)}号院"
        return f"北京市海淀区{core}{b.rint(1, 20)}号楼{b.rint(1, 5)}单元{b.rint(1, 18)}{b.rint(1, 4):02d}", [core]
    if x == 2:
        dist, road = b.choice(SH_ROADS)
        core = f"{road}{b.rint(10, 999)}弄{b.rint(1, 90)}号"
        return f"上海市{dist}{core}{b.rint(1, 6)}0{b.rint(1, 4)}室", [core]
    if x == 3:
        city, xg = b.choice(XIANG)
        core = f"{xg}{b.rint(1, 80)}号"
        return f"{city}{core}", [core]
    if x == 4:
        city, dist = b.choice(CN_CITIES)
        dw = b.choice(DANWEI)
        return f"{city}{dist}{dw}{b.rint(1, 12)}号楼{b.rint(1, 4)}单元{b.rint(1, 6)}0{b.rint(1, 3)}", [dw]
    city, dist = b.choice(CN_CITIES)
    nt = b.choice(NEWTOWN)
    return f"{city}{dist}{nt}{b.choice('ABCD')}区{b.rint(1, 30)}栋{b.rint(1, 3)}单元{b.rint(1, 18)}0{b.rint(1, 4)}", [
        nt
    ]


def hk_trad(b: Row):
    region, est, fmt = b.choice(HK_TRAD)
    unit = fmt.format(
        n=b.rint(1, 60),
        m=b.rint(1, 12),
        f=b.rint(2, 35),
        x=b.choice("ABCDEFGH"),
        r=b.rint(1, 8),
        rr=f"{b.rint(1, 30):02d}",
    )
    return f"{region}{est}{unit}", [est]


def tw_addr(b: Row):
    city, dist, road, sec = b.choice(TW_ROADS)
    sec_txt = f"{sec}段" if sec else ""
    if b.chance(0.4):
        core = f"{road}{sec_txt}{b.rint(10, 400)}巷{b.rint(1, 20)}弄{b.rint(1, 60)}號"
    else:
        core = f"{road}{sec_txt}{b.rint(1, 500)}號"
    fl = b.choice([f"{b.rint(2, 15)}樓", f"{b.rint(2, 15)}樓之{b.rint(1, 5)}", ""])
    return f"{city}{dist}{core}{fl}", [core]


def any_cn_addr(b: Row):
    x = b.rint(0, 9)
    if x <= 4:
        text, parts, _ = cn_urban(b, prov=b.chance(0.6), road=b.chance(0.7))
        return text, parts
    if x <= 6:
        text, parts, _ = cn_rural(b, prov=b.chance(0.6))
        return text, parts
    return cn_special(b)


# --------------------------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------------------------

TEMPLATES: list[dict] = []


def tpl(lang: str, style: str, source, phi: bool = True):
    def deco(fn):
        TEMPLATES.append({"fn": fn, "lang": lang, "style": style, "source": source, "phi": phi, "name": fn.__name__})
        return fn

    return deco


# ---- English, with PHI ------------------------------------------------------------------------


@tpl("en", "letter_block", ("gp_letter", "referral"))
def en_referral_letter(b: Row):
    pt = b.en()
    spec, gp = b.en(pool=DOC_SUR), b.en(pool=DOC_SUR)
    lines, parts = uk_addr(b, b.choice(["flat", "house", "village", "house_county"]))
    addr = b.addr(lines, parts, sep="\n")
    short = b.span("ADDRESS", parts[0])
    dob, age = b.dob(b.choice(["uk", "long", "short"]))
    cond, drug = b.prot(b.choice(EPONYMS_EN)), b.prot(b.choice(DRUGS_EN))
    practice = b.prot(b.choice(UK_PRACTICES))
    ask = b.choice(
        [
            "Can you shorten this referral to three bullet points?",
            "Please tidy this referral letter and keep it under 80 words.",
            "Summarise this for the clinic triage list:",
        ]
    )
    lives = b.choice(["alone", "with a partner", "with family"])
    letter = (
        f"Dear Dr {b.sur(spec)},\n\nRe: {pt.title} {b.full(pt)}\nDOB: {dob}\n{addr}\n\n"
        f"Thank you for seeing this {age}-year-old {'woman' if pt.fem else 'man'} with {cond}. "
        f"{pt.he.capitalize()} currently takes {drug} and lives {lives}."
        f"\n\nYours sincerely,\n\nDr {b.full(gp)}\n{practice}"
    )
    reply = (
        f"- {pt.title} {b.sur(pt)}, {age}, referred with {cond}\n- Medication: {drug}\n"
        f"- Lives {lives} at {short}; referred by {practice}"
    )
    return [f"{ask}\n\n{letter}", reply]


@tpl("en", "running_text", ("chat", "home_visit_note"))
def en_district_nurse(b: Row):
    pt, dau = b.en(female=True), b.en(female=True)
    t, parts = en_running(b)
    addr = b.addr([t], parts)
    t2, parts2 = en_running(b)

    def old():
        return b.addr([t2], parts2)

    ph = b.phone(b.choice(["uk_mob", "uk_land", "au", "nz"]))
    task = b.choice(
        [
            "a leg ulcer dressing",
            "a catheter change",
            "her B12 injection",
            "a diabetic foot check",
            "wound care after a hip replacement",
        ]
    )
    opener = b.pick(
        lambda: f"Heading out to see {pt.title} {b.sur(pt)} this afternoon - she lives at {addr}",
        lambda: f"Next visit is {b.full(pt)}, she's at {addr} now (not {old()}, that's the old one)",
        lambda: f"I've got {pt.title} {b.sur(pt)} at {addr} after lunch, the system still says {old()}",
        lambda: f"district nurse here. {b.full(pt)} moved from {old()} to {addr} last month",
    )
    user = f"{opener} and her daughter {b.given(dau)} said to ring {ph} if nobody answers. It's for {task}. Anything I should pack?"
    reply = (
        f"For {task}, pack the usual dressing pack, gloves, sharps bin and your observation kit. "
        f"Check the address on the referral says {addr} before you set off. If nobody answers, follow your "
        "lone-worker policy and let the office know before you leave."
    )
    return [user, reply]


@tpl("en", "form_to_json", "form")
def en_intake_json(b: Row):
    pt, ec = b.en(), b.en()
    lines, parts = us_addr(b, b.choice(["unit", "plain", "unit"]))
    addr = b.addr(lines, parts)
    ml, mp = us_addr(b, b.choice(["pobox", "plain"]))
    mail = b.addr(ml, mp)
    dob, _ = b.dob(b.choice(["us", "iso", "us_long"]))
    ph = b.phone("us")
    em = b.en_email(pt)
    rel = b.choice(["daughter", "wife", "niece", "sister"] if ec.fem else ["son", "husband", "nephew", "brother"])
    pharm = b.prot(b.choice(["Walgreens on Main St", "CVS on Broad St", "Kroger Pharmacy, Store 412"]))
    name_form = b.span("NAME", f"{pt.sur}, {pt.given}", [pt.given, pt.sur])
    form = (
        f"PATIENT INTAKE\nName: {name_form}\nDate of birth: {dob}\nAddress: {addr}\nMailing address: {mail}\n"
        f"Home phone: {ph}\nEmail: {em}\nEmergency contact: {b.full(ec)} ({rel}), same address\nPreferred pharmacy: {pharm}"
    )
    js = (
        "{\n"
        f'  "name": "{b.full(pt)}",\n  "dob": "{dob}",\n  "address": "{addr}",\n  "mailing_address": "{mail}",\n'
        f'  "phone": "{ph}",\n  "email": "{em}",\n'
        f'  "emergency_contact": {{"name": "{b.full(ec)}", "relation": "{rel}", "address": "{addr}"}},\n'
        f'  "pharmacy": "{pharm}"\n}}'
    )
    return [f"Convert this intake form to JSON:\n\n{form}", f"```json\n{js}\n```"]


@tpl("en", "form_kv", "discharge_summary")
def en_discharge_destination(b: Row):
    pt, dau = b.en(), b.en(female=True)
    style = b.choice(["uk", "au", "ca", "nz"])
    gen = {
        "uk": lambda: uk_addr(b, "house"),
        "au": lambda: au_addr(b),
        "ca": lambda: ca_addr(b),
        "nz": lambda: nz_addr(b),
    }
    lines, parts = gen[style]()
    addr = b.addr(lines, parts)
    short = b.span("ADDRESS", parts[0])
    hl, hp = gen[style]()
    home = b.addr(hl, hp)
    ward, dx, drug = b.prot(b.choice(WARDS_EN)), b.prot(b.choice(EPONYMS_EN)), b.prot(b.choice(DRUGS_EN))
    ph = b.phone({"uk": "uk_mob", "au": "au", "ca": "ca", "nz": "nz"}[style])
    dest_label = b.choice(["Discharge destination", "Discharged to", "Destination"])
    summary = (
        f"DISCHARGE SUMMARY\nPatient: {b.full(pt)}   MRN: {b.mrn()}\nUsual address: {home}\nWard: {ward}\nDiagnosis: {dx}\n"
        f"{dest_label}: daughter's home, {addr}\nDaughter: {b.full(dau)}, tel {ph}\nMedications on discharge: {drug}"
    )
    reply = (
        f"Dear {b.given(dau)},\n\nYour {'mother' if pt.fem else 'father'} is coming home with you to "
        f"{short} rather than to {hp[0]} for now. The team treated {dx} and the main new medicine is {drug}. "
        "The GP will get a copy of the summary; ring the ward if anything worries you."
    )
    b.span("ADDRESS", hp[0])
    return [f"Write a short plain-English note for the family from this:\n\n{summary}", reply]


@tpl("en", "call_transcript", ("ambulance_call", "call_transcript"))
def en_ambulance_call(b: Row):
    caller, pt = b.en(), b.en()
    country = b.choice(["uk", "us", "au"])
    if country == "uk":
        lines, parts = uk_addr(b, b.choice(["house", "flat"]))
        svc = b.prot(b.choice(["999", "Ambulance service"]))
    elif country == "us":
        lines, parts = us_addr(b, b.choice(["plain", "unit"]))
        svc = b.prot("911")
    else:
        lines, parts = au_addr(b)
        svc = b.prot("Triple Zero")
    addr = b.addr(lines, parts)
    rep = b.span("ADDRESS", parts[0])
    rel = b.choice(["wife", "mum", "neighbour"] if pt.fem else ["husband", "dad", "neighbour"])
    landmark = b.prot(
        b.choice(
            ["opposite the Co-op", "next to the petrol station", "behind the primary school", "by the bus shelter"]
        )
    )
    tr = (
        f"Call handler: {svc}, what's the address of the emergency?\n"
        f"Caller: {addr}. It's my {rel}, {pt.he}'s collapsed in the kitchen.\n"
        "Call handler: Can you repeat the house number and street for me?\n"
        f"Caller: {rep}, {landmark}.\nCall handler: And the patient's name?\nCaller: {b.full(pt)}. I'm {b.given(caller)}, on {b.phone(country if country != 'uk' else 'uk_mob')}."
    )
    reply = f"Handover: {b.full(pt)} collapsed at {rep} ({landmark}); caller is {pt.his} {rel}. Address confirmed on repeat-back."
    return [f"Summarise this call for the crew:\n\n{tr}", reply]


@tpl("en", "sms_lower", ("sms", "chat"))
def en_sms_lower(b: Row):
    pt, me = b.en(female=True), b.en()
    country = b.choice(["uk", "us", "au"])
    if country == "uk":
        gen = lambda: uk_addr(b, b.choice(["house", "flat"]))  # noqa: E731
        ph = b.phone("uk_mob")
    elif country == "us":
        gen = lambda: us_addr(b, "unit")  # noqa: E731
        ph = b.phone("us_dash")
    else:
        gen = lambda: au_addr(b)  # noqa: E731
        ph = b.phone("au")
    lines, parts = gen()
    addr = b.addr(lines, parts, lower=True)
    ol, op = gen()
    old = b.span("ADDRESS", op[0].lower())
    msg = b.pick(
        lambda: (
            f"hi its {b.lgiven(me)}, {b.lfull(pt)}'s {'daughter' if me.fem else 'son'}. mum moved from {old} to {addr} "
            f"last month so can the physio come there now not the old place. my number is {ph}"
        ),
        lambda: (
            f"hiya, {b.lgiven(me)} here ({b.lsur(pt)} family). the new address for mum is {addr} - she's not at "
            f"{old} any more. please update it before the next visit. ring me on {ph}"
        ),
    )
    reply = b.choice(
        [
            "Thanks for letting us know. I'll update the address on her record and pass it to the physiotherapy team "
            "so the next visit goes to the new place.",
            "Got it - I'll make sure the visiting team has the new address and will call if we need access details.",
        ]
    )
    return [msg, reply]


@tpl("en", "form_kv", ("home_health_intake", "referral"))
def en_us_rural(b: Row):
    pt = b.en()
    l1, p1 = us_addr(b, b.choice(["rr", "hwy"]))
    res = b.addr(l1, p1)
    l2, p2 = us_addr(b, "pobox")
    mail = b.addr(l2, p2)
    clinic = b.prot(b.choice(US_CLINICS))
    hwy = b.choice(["Hwy 61", "Route 9", "County Road A", "Hwy 14"])
    if any(hwy in s["text"] for s in b.spans):
        raise Redraw
    directions = b.prot(f"From {hwy} turn left at the grain elevator; third farmhouse on the right")
    note = (
        f"Home health referral - {clinic}\nPatient: {b.full(pt)}\nResidence: {res}\nMailing address: {mail}\n"
        f"Directions: {directions}\nPhone: {b.phone('us_dash')}"
    )
    q = b.choice(
        [
            "Which address goes on the visit schedule?",
            "Is this referral complete?",
            "Which of these do I give the nurse's GPS?",
        ]
    )
    first = b.span("ADDRESS", l1[0])
    box = b.span("ADDRESS", l2[0])
    reply = (
        f"Use the residence, {first}, for the visit schedule - that's where {b.sur(pt)} actually lives. "
        f"The PO box ({box}) is only for mail, and the directions help where GPS struggles."
    )
    return [f"{note}\n\n{q}", reply]


@tpl("en", "visit_note", "home_visit_note")
def en_highway_visit(b: Row):
    pt, sp = b.en(), b.en()
    lines, parts = us_addr(b, "hwy")
    addr = b.addr(lines, parts, sep=b.choice([", ", "\n"]))
    first = b.span("ADDRESS", lines[0])
    clinic = b.prot(b.choice(US_CLINICS))
    lab = b.prot(b.choice(LABS_EN))
    date = b.prot(b.choice(["03/14/2024", "11/02/2023", "06/27/2024"]))
    note = (
        f"Home visit {date}\nDOB {b.dob('us')[0]}\nSeen {pt.title} {b.sur(pt)} at {addr}. Lives with {pt.his} {'husband' if pt.fem else 'wife'} "
        f"{b.given(sp)}. Point-of-care {lab}. Follow up at {clinic} in 2 weeks."
    )
    reply = f"Summary: home visit to {pt.title} {b.sur(pt)} at {first}; {lab}; follow-up booked at {clinic}."
    return [f"Rewrite this visit note in one sentence for the chart:\n\n{note}", reply]


@tpl("en", "care_of", ("gp_letter", "form"))
def en_care_of(b: Row):
    pt, host = b.en(female=True), b.en()
    lines, parts = uk_addr(b, b.choice(["village", "house", "flat"]))
    addr = b.addr(lines, parts, sep=b.choice([", ", "\n"]))
    hl, hp = uk_addr(b, b.choice(["house", "flat"]))
    home = b.addr(hl, hp)
    inj = b.prot(
        b.choice(["a Colles' fracture", "a fractured neck of femur", "Bell's palsy", "a Baker's cyst rupture"])
    )
    rel = b.choice(["daughter", "sister", "niece"] if host.fem else ["son", "nephew", "brother"])
    user = (
        f"Please send all appointment letters c/o {host.title} {b.full(host)},\n{addr}\nTel: {b.phone('uk_land')}\n"
        f"as {pt.title} {b.sur(pt)} is staying with her {rel} while she recovers from {inj}. Her own home, {home}, "
        "is empty for now. Can you draft a reply confirming the change?"
    )
    reply = (
        f"Dear {host.title} {b.sur(host)},\n\nThank you for letting us know. From today we will send "
        f"{pt.title} {b.sur(pt)}'s appointment letters to you at {parts[0]} instead of {hp[0]}. "
        "Please tell us when she returns home so we can change it back."
    )
    b.span("ADDRESS", parts[0])
    b.span("ADDRESS", hp[0])
    return [user, reply]


@tpl("en", "table", "home_visit_note")
def en_visit_table(b: Row):
    country = b.choice(["uk", "au", "us", "ca"])
    rows, people, shorts = [], [], []
    times = ["09:15", "10:40", "13:00", "14:30"]
    for i in range(b.rint(2, 3)):
        p = b.en()
        if country == "uk":
            lines, parts = uk_addr(b, b.choice(["house", "flat"]))
        elif country == "au":
            lines, parts = au_addr(b)
        elif country == "ca":
            lines, parts = ca_addr(b)
        else:
            lines, parts = us_addr(b, b.choice(["plain", "unit"]))
        a = b.addr(lines, parts)
        note = b.prot(
            b.choice(["INR 2.6", "dressing change", "insulin check", "BP 148/86", "catheter review", "bloods"])
        )
        who = b.pick(lambda p=p: b.full(p), lambda p=p: f"{p.title} {b.sur(p)}")
        ph = b.phone({"uk": "uk_mob", "au": "au", "ca": "ca", "us": "us"}[country])
        rows.append(f"| {times[i]} | {who} | {a} | {ph} | {note} |")
        people.append(p)
        shorts.append(parts[0])
    table = "| Time | Patient | Address | Contact | Task |\n|---|---|---|---|---|\n" + "\n".join(rows)
    q = b.choice(
        [
            "Which order makes sense if I start from the office?",
            "Can you check I haven't missed a column?",
            "Any clashes here?",
        ]
    )
    lines_out = [f"{i + 1}. {b.span('ADDRESS', s)}" for i, s in enumerate(shorts)]
    reply = "Keeping your times, the round is:\n" + "\n".join(lines_out) + "\nNothing looks missing."
    return [f"{table}\n\n{q}", reply]


@tpl("en", "form_kv", ("referral", "form"))
def en_au_aged_care(b: Row):
    pt, nok = b.en(), b.en()
    doc = b.en(pool=DOC_SUR)
    lines, parts = au_addr(b)
    addr = b.addr(lines, parts, sep=b.choice([", ", " "]))
    sub, st, pc = b.choice(AU_SUBURBS)
    box = f"PO Box {b.rint(10, 990)}"
    postal = b.span("ADDRESS", f"{box}, {sub} {st} {pc}", [box, pc])
    medicare = b.num("ID", f"{b.rint(2, 6)}{digits(b.r, 3)} {digits(b.r, 5)} {b.rint(1, 9)}")
    practice = b.prot(
        b.choice(
            ["Parramatta Family Practice", "Fitzroy Medical Centre", "Toowong Clinic", "Harbourside Medical Group"]
        )
    )
    form = (
        f"My Aged Care referral\nClient: {b.full(pt)}\nMedicare: {medicare}\nAddress: {addr}\nPostal: {postal}\n"
        f"Next of kin: {b.full(nok)} ({b.choice(['daughter', 'partner'] if nok.fem else ['son', 'partner'])}) {b.phone('au')}\n"
        f"GP: Dr {b.sur(doc)}, {practice}\nReason: falls, {b.prot(b.choice(EPONYMS_EN))}"
    )
    reply = b.pick(
        lambda: (
            "The referral has what the assessment team needs. The home assessment will be at "
            f"{parts[0]}, not the postal address."
        ),
        lambda: f"Looks complete. I'd add a line on access to {parts[0]} (stairs, pets, key safe) before it goes.",
    )
    b.span("ADDRESS", parts[0])
    return [f"Check this referral:\n\n{form}", reply]


@tpl("en", "chat", ("pharmacy_delivery", "chat"))
def en_ca_pharmacy(b: Row):
    pt = b.en()
    lines, parts = ca_addr(b)
    addr = b.addr(lines, parts)
    card = b.num("ID", f"{digits(b.r, 4)}-{digits(b.r, 3)}-{digits(b.r, 3)}-{b.choice(['AB', 'KL', 'XM', 'TR'])}")
    drug = b.prot(b.choice(DRUGS_EN))
    user = (
        f"Hi, can you deliver my {drug} refill to {addr}? The buzzer is under {b.sur(pt)}. "
        f"Health card {card}. I'm {b.full(pt)} if you need it."
    )
    short = b.span("ADDRESS", parts[0])
    reply = (
        f"The refill of {drug} is ready. We deliver to {short} on weekday afternoons; "
        "the driver will buzz on arrival and needs someone to sign."
    )
    turns = [user, reply]
    if b.chance(0.5):
        turns += [
            f"Great. Could you also call me on {b.phone('ca')} when it leaves?",
            "Yes - we'll call that number when the driver sets out.",
        ]
    return turns


@tpl("en", "visit_note", "home_visit_note")
def en_ie_phn(b: Row):
    pt, niece = b.en(), b.en(female=True)
    lines, parts = ie_addr(b)
    addr = b.addr(lines, parts, sep=b.choice([", ", "\n"]))
    pps = b.num("ID", f"{digits(b.r, 7)}{b.choice('TWAKPH')}")
    lab = b.prot(b.choice(LABS_EN))
    note = (
        f"Public health nurse visit\n{b.full(pt)}\n{addr}\nPPS: {pps}\n"
        f"Lives alone; niece {b.full(niece)} calls daily. {lab}. Next visit in two weeks."
    )
    reply = b.pick(
        lambda: (
            f"Key points: {b.sur(pt)} lives alone at {parts[0]} with daily contact from family; {lab}; review in two weeks."
        ),
        lambda: (
            f"Summary for the GP: seen at home ({parts[0]}, {parts[1]}), {lab}, social support from {pt.his} niece."
        ),
    )
    for part in parts:
        if part in reply:
            b.span("ADDRESS", part)
    return [f"Summarise:\n\n{note}", reply]


@tpl("en", "chat", ("chat", "referral"))
def en_sg_polyclinic(b: Row):
    pt = b.asian()
    lines, parts = sg_addr(b)
    addr = b.addr(lines, parts, sep=b.choice([" ", ", "]))
    nric = b.num("ID", f"{b.choice('ST')}{digits(b.r, 7)}{b.choice('ABCDEFGHIZJ')}")
    poly = b.prot(
        b.choice(["Ang Mo Kio Polyclinic", "Tampines Polyclinic", "Bedok Polyclinic", "Toa Payoh Polyclinic"])
    )
    user = (
        f"My {'mother' if pt.fem else 'father'} {b.full(pt)} stays at {addr}. Can {poly} send a nurse for "
        f"{pt.his} wound dressing? {pt.his.capitalize()} NRIC is {nric} and my number is {b.phone('sg')}."
    )
    blk = b.span("ADDRESS", parts[0])
    reply = (
        f"{poly} can refer {pt.title} {b.sur(pt)} to a home nursing provider that covers {blk}. Bring the NRIC "
        "and the discharge memo to the counter, or ask the ward to send the referral directly."
    )
    return [user, reply]


@tpl("en", "chat", "chat")
def en_hk_en(b: Row):
    pt = b.asian(female=True)
    lines, parts = hk_en_addr(b)
    addr = b.addr(lines, parts)
    qmh = b.prot(b.choice(["Queen Mary Hospital", "Queen Elizabeth Hospital", "Prince of Wales Hospital"]))
    user = b.pick(
        lambda: f"my grandma {b.full(pt)} lives in {addr}. she fell yesterday - should I take her to {qmh}?",
        lambda: f"Address for the outreach nurse: {addr}. Patient {b.full(pt)}, tel {b.phone('hk')}.",
    )
    est = b.span("ADDRESS", parts[0])
    reply = (
        f"If {pt.he} hit {pt.his} head, is on blood thinners or can't bear weight, go to {qmh} now. "
        f"Otherwise ask the GP about community nurses who visit {est}."
    )
    return [user, reply]


@tpl("en", "multi_turn_story", "chat")
def en_carer_story(b: Row):
    aunt, son = b.en(female=True), b.en(female=False)
    t1, p1 = en_running(b)
    a1 = b.addr([t1], p1)
    t2, p2 = en_running(b)
    a2 = b.addr([t2], p2)
    verb = b.choice(["moved to", "went to live at", "moved into"])
    u1 = (
        f"My aunt {b.given(aunt)} used to live alone at {a1}, but she {verb} {a2} last month to be near her son. "
        "The GP still has the old address."
    )
    r1 = f"Ask the practice to change it from {a1} to {a2} - most surgeries have an online form or will take it by phone."
    u2 = f"Her full name is {b.full(aunt)}. Does {b.given(son)} need her permission to do it?"
    r2 = "The practice will usually want to hear it from her, or see that her son has her consent. A quick call from her is simplest."
    turns = [u1, r1, u2, r2]
    if b.chance(0.5):
        t3, p3 = en_running(b)
        a3 = b.addr([t3], p3)
        turns += [
            f"Also her post should go to her son's place, {a3}, for now.",
            "Then ask for that as a correspondence address.",
        ]
    return turns


@tpl("en", "call_transcript", ("call_transcript", "chat"))
def en_blue_door(b: Row):
    pt, caller = b.en(), b.en(female=True)
    street = b.choice(UK_STREETS + ["Hawthorn Close", "Larkspur Drive", "Cowslip Walk"])
    n = b.rint(2, 60)
    form = b.choice([f"{street}, number {n}", f"number {n} {street}", f"{street}, no. {n}"])
    a = b.span("ADDRESS", form)
    ol, op = uk_addr(b, b.choice(["house", "flat"]))
    old = b.addr(ol, op)
    colour = b.choice(["blue", "green", "red", "yellow"])
    tr = (
        f"Receptionist: Surgery, how can I help?\nCaller: Hi, it's {b.full(caller)}. My "
        f"{'mum' if pt.fem else 'dad'}, {b.full(pt)}, needs a home visit - {pt.he} can't get out of bed.\n"
        f"Receptionist: We have {old} on the system, is that right?\n"
        f"Caller: No, {pt.he} moved in with us. We're on {a}, the one with the {colour} door. "
        f"Call me back on {b.phone(b.choice(['uk_mob', 'uk_land']))}."
    )
    reply = (
        f"Home visit request: {b.full(pt)}, now at {a} ({colour} door); update the record, which still says {op[0]}."
    )
    b.span("ADDRESS", op[0])
    return [f"Log this call:\n\n{tr}", reply]


@tpl("en", "letter_block", ("appointment_letter", "gp_letter"))
def en_us_letter(b: Row):
    pt, doc = b.en(), b.en(pool=DOC_SUR)
    lines, parts = us_addr(b, b.choice(["unit", "plain", "pobox"]))
    addr = b.addr(lines, parts, sep="\n")
    clinic = b.prot(b.choice(US_CLINICS))
    date = b.prot(
        b.choice(["Tuesday, April 9 at 10:30 a.m.", "Monday, June 3 at 2:15 p.m.", "Friday, May 17 at 8:45 a.m."])
    )
    room = b.prot(b.choice(["Room 3", "Suite 200", "Exam Room 12"]))
    title = pt.title if pt.title == "Miss" else pt.title + "."
    letter = (
        f"{title} {b.full(pt)}\n{addr}\nMRN: {b.mrn()}\n\nDear {title} {b.sur(pt)},\n\n"
        f"Your appointment with Dr. {b.sur(doc)} is on {date} at {clinic}, {room}. "
        "Please bring your insurance card and a list of your medicines."
    )
    hs = b.span("ADDRESS", parts[0])
    reply = b.choice(
        [
            f"The letter reads well. Double-check the ZIP code for {hs} and add a phone number for rescheduling.",
            f"Clear and short. The address block starting {hs} is in the right format.",
        ]
    )
    if parts[1] in reply:
        b.span("ADDRESS", parts[1])
    return [f"Proofread this letter:\n\n{letter}", reply]


@tpl("en", "visit_note", "home_visit_note")
def en_nz_nurse(b: Row):
    pt, wh = b.en(), b.en()
    lines, parts = nz_addr(b)
    addr = b.addr(lines, parts, sep=b.choice([", ", "\n"]))
    nhi = b.num("ID", f"{''.join(b.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{digits(b.r, 4)}")
    t2, p2 = en_running(b)
    whaddr = b.addr([t2], p2)
    site = b.prot(b.choice(["left shin", "sacrum", "right heel"]))
    note = (
        f"District nursing notes - {b.full(pt)} (NHI {nhi})\n{addr}\n"
        f"Whanau present: {b.full(wh)}, who lives nearby at {whaddr}. Dressing to {site}; {b.prot(b.choice(LABS_EN))}."
    )
    reply = f"Visit recorded for {b.sur(pt)} at {parts[0]}; whanau will help with dressings between visits."
    b.span("ADDRESS", parts[0])
    return [note, reply]


@tpl("en", "postcode_only", "chat")
def en_postcode_alone(b: Row):
    pt = b.en(female=True)
    town, area = b.choice(UK_TOWNS)
    pc = b.span("ADDRESS", uk_pc(b, area))
    b.prot(town)
    hosp = b.prot(
        b.choice(["the Royal Hallamshire", "the Northern General", "St James's", "the Royal Infirmary", "the General"])
    )
    user = b.pick(
        lambda: (
            f"My mum's in {town}, {pc}, not far from {hosp}. Her name is {b.full(pt)}. Which community team covers her?"
        ),
        lambda: f"Postcode for {pt.title} {b.sur(pt)} is {pc} ({town}). Is that in the catchment for {hosp}?",
        lambda: f"what community nursing team covers {pc}? it's in {town}, near {hosp}",
    )
    reply = (
        "Community nursing is organised by GP practice more than by postcode, so the quickest check is to ask "
        f"the surgery which team they refer to. The switchboard at {hosp} will also know."
    )
    return [user, reply]


@tpl("en", "portal_message", ("patient_portal", "email"))
def en_portal_move(b: Row):
    pt = b.en()
    lines, parts = us_addr(b, b.choice(["unit", "plain"]))
    addr = b.addr(lines, parts, sep=b.choice([", ", "\n"]))
    ol, op = us_addr(b, b.choice(["unit", "plain", "pobox"]))
    old = b.addr(ol, op)
    em = b.en_email(pt)
    mrn = b.mrn()
    msg = (
        f"From: {em}\nSubject: change of address\n\nHi, I've moved from {old} to {addr}. "
        f"Please update my chart (MRN {mrn}). Thanks, {b.full(pt)}"
    )
    reply = b.pick(
        lambda: (
            f"Thanks {b.given(pt)}, your address has been updated to {parts[0]}. Please also tell your insurance plan."
        ),
        lambda: (
            f"Hi {b.given(pt)}, the chart now shows {parts[0]} instead of {op[0]}. Your next statement will go there."
        ),
    )
    for part in (parts[0], op[0]):
        if part in reply:
            b.span("ADDRESS", part)
    return [f"Draft a reply to this portal message:\n\n{msg}", reply]


@tpl("en", "lowercase_list", "home_visit_note")
def en_visit_list_lower(b: Row):
    p1, p2, p3 = b.en(female=True), b.en(female=False), b.en()
    full1, ab1 = b.choice(ABBR_STREETS)
    full2, ab2 = b.choice(ABBR_STREETS)
    if full1 == full2:
        raise Redraw
    n1, n2 = b.rint(1, 90), b.rint(1, 90)
    flat = b.rint(1, 9)
    a1 = b.span("ADDRESS", f"flat {flat} {n1} {ab1}", [f"{n1} {ab1}"])
    a2 = b.span("ADDRESS", f"{n2} {ab2}")
    t3, pp3 = en_running(b)
    a3 = b.addr([t3.lower()], [p.lower() for p in pp3])
    code = b.prot(f"key safe {b.rint(1000, 9999)}")
    notes = (
        f"visits today:\n9am mrs {b.lsur(p1)} {a1} - {code}\n11am mr {b.lsur(p2)} {a2}, dressing\n"
        f"2pm {b.lgiven(p3)} (son there) {a3}"
    )
    A1 = b.span("ADDRESS", f"Flat {flat}, {n1} {full1}", [f"{n1} {full1}"])
    A2 = b.span("ADDRESS", f"{n2} {full2}")
    reply = (
        "| Time | Patient | Address | Notes |\n|---|---|---|---|\n"
        f"| 09:00 | Mrs {b.sur(p1)} | {A1} | {code} |\n| 11:00 | Mr {b.sur(p2)} | {A2} | dressing |\n"
        f"| 14:00 | {b.given(p3)} | {a3} | son present |"
    )
    return [f"turn this into a tidy table\n\n{notes}", reply]


@tpl("en", "format_request", "chat")
def en_format_address(b: Row):
    pt = b.en()
    city, st, zp = b.choice(US_CITIES)
    z = zp + digits(b.r, 2)
    street = us_street(b)
    num = b.rint(2, 999)
    unit = b.rint(1, 30)
    messy = b.span(
        "ADDRESS",
        f"{num} {street.lower()}, apt {unit}, {city.lower()} {st.lower()} {z}",
        [f"{num} {street.lower()}", z],
    )
    tidy = b.span("ADDRESS", f"{num} {street}, Apt {unit}\n{city}, {st} {z}", [f"{num} {street}", z])
    user = b.pick(
        lambda: f"pls format this for the referral: {b.lfull(pt)}, {messy}",
        lambda: f"can you fix the caps: {messy} (patient {b.lfull(pt)})",
    )
    reply = f"{b.full(pt)}\n{tidy}"
    return [user, reply]


@tpl("en", "visit_note", "home_visit_note")
def en_dr_park_lane(b: Row):
    pt = b.en()
    s1, s2 = b.choice([("Park", "Lane"), ("Lane", "Park"), ("Park", "Mensah"), ("Lane", "Byrne")])
    b.span("NAME", s1)
    b.span("NAME", s2)
    country = b.choice(["uk", "au", "us"])
    if country == "uk":
        lines, parts = uk_addr(b, "house")
    elif country == "au":
        lines, parts = au_addr(b)
    else:
        lines, parts = us_addr(b, "plain")
    addr = b.addr(lines, parts)
    short = b.span("ADDRESS", parts[0])
    task = b.prot(b.choice(["pressure areas", "leg ulcer", "medication chart"]))
    note = (
        f"Dr {s1} did the home visit to {pt.title} {b.sur(pt)} at {addr} this morning. "
        f"{b.choice(['Nurse', 'Sister', 'Dr'])} {s2} will review the {task} on Friday."
    )
    reply = f"Noted: Dr {s1} saw the patient at {short} today; {s2} reviews the {task} on Friday."
    return [f"Summarise in one line:\n\n{note}", reply]


@tpl("en", "sbar", ("handover", "discharge_summary"))
def en_sbar(b: Row):
    pt, nok = b.en(), b.en()
    lines, parts = uk_addr(b, b.choice(["house", "flat", "village"]))
    addr = b.addr(lines, parts)
    dl, dp = uk_addr(b, b.choice(["house", "flat"]))
    dest = b.addr(dl, dp)
    age = b.rint(68, 94)
    ward = b.prot(b.choice(WARDS_EN))
    lives = b.choice(["Lives: alone at", "Home: lives with wife at", "Residence:", "Lives:"])
    text = (
        f"S: {b.full(pt)}, {b.prot(f'{age}-year-old')}, {ward}, increasingly confused.\n"
        f"B: {b.prot(b.choice(EPONYMS_EN))}. {lives} {addr}. NOK: {b.full(nok)} ({'daughter' if nok.fem else 'son'}) "
        f"{b.phone(b.choice(['uk_mob', 'uk_land']))}\nA: {b.prot(b.choice(LABS_EN))}\n"
        f"R: Medical review today. Likely discharge to NOK's home, {dest}."
    )
    reply = f"Escalate {b.sur(pt)} for medical review today. Note the planned discharge is to {dp[0]}, not {parts[0]}."
    b.span("ADDRESS", dp[0])
    b.span("ADDRESS", parts[0])
    return [f"Is this SBAR clear?\n\n{text}", reply]


@tpl("en", "form_kv", ("form", "pharmacy_delivery"))
def en_send_to(b: Row):
    pt = b.en()
    country = b.choice(["uk", "us", "ie", "ca"])
    gen = {
        "uk": lambda: uk_addr(b, "flat"),
        "us": lambda: us_addr(b, "unit"),
        "ie": lambda: ie_addr(b),
        "ca": lambda: ca_addr(b),
    }
    lines, parts = gen[country]()
    addr = b.addr(lines, parts, sep=b.choice([", ", "\n"]))
    hl, hp = gen[country]()
    home = b.addr(hl, hp)
    dob, _ = b.dob(b.choice(["uk", "us", "long"]))
    pharm = b.prot(b.choice(PHARMACIES_EN))
    form = (
        f"Repeat prescription request\nPatient: {b.full(pt)}\nDOB: {dob}\nHome address: {home}\n"
        f"Items: {b.prot(b.choice(DRUGS_EN))}\nCollect from: {pharm}\nSend to: {addr}"
    )
    reply = (
        "The request has both 'Collect from' and 'Send to' filled in - pick one. If it's a delivery to "
        f"{parts[0]} rather than the home address, say who will be there to sign."
    )
    b.span("ADDRESS", parts[0])
    return [f"What's wrong with this form?\n\n{form}", reply]


@tpl("en", "chat", "chat")
def en_neighbour(b: Row):
    me, pt = b.en(), b.en(female=True)
    town, area = b.choice(UK_TOWNS)
    street = b.choice(UK_STREETS)
    n = b.rint(2, 80)
    hers = b.span("ADDRESS", f"{n} {street}")
    mine = b.span("ADDRESS", f"{n + 2} {street}")
    pc = uk_pc(b, area)
    full = b.span("ADDRESS", f"{n} {street}, {town} {pc}", [f"{n} {street}", pc])
    user = (
        f"I'm {b.full(me)}, I live at {mine}, next door to {b.full(pt)} at {hers}. She hasn't answered the door "
        f"since yesterday and her milk is still on the step. Her full address is {full}. My mobile is {b.phone('uk_mob')}."
    )
    reply = (
        f"Please call {b.prot('999')} now and ask for police and ambulance - give them {full}. "
        "If you have a key, tell the call handler, but don't go in alone."
    )
    return [user, reply]


@tpl("en", "multi_turn", ("chat", "form"))
def en_moving_mrn(b: Row):
    pt = b.en()
    c = b.choice(["uk", "us", "au", "nz"])
    gen = {
        "uk": lambda: uk_addr(b, b.choice(["house", "flat"])),
        "us": lambda: us_addr(b, "unit"),
        "au": lambda: au_addr(b),
        "nz": lambda: nz_addr(b),
    }
    l1, p1 = gen[c]()
    l2, p2 = gen[c]()
    old, new = b.addr(l1, p1), b.addr(l2, p2)
    dob, _ = b.dob(b.choice(["uk", "long", "us_long"]))
    turns = [
        f"I need to update my address with the clinic. Old: {old}. New: {new}.",
        "I can help you word the request. Most clinics also need your record number and date of birth to find you.",
        f"My MRN is {b.mrn()} and my date of birth is {dob}. Name {b.full(pt)}.",
        f"Here's a message you can send:\n\nPlease update the address for {b.full(pt)} (DOB {dob}) from {old} to {new}.",
    ]
    return turns


@tpl("en", "address_only", ("equipment_delivery", "discharge_summary"))
def en_equipment_delivery(b: Row):
    c = b.choice(["uk", "us", "au", "ie", "nz"])
    gen = {
        "uk": lambda: uk_addr(b, b.choice(["flat", "house", "village"])),
        "us": lambda: us_addr(b, b.choice(["unit", "rr", "hwy"])),
        "au": lambda: au_addr(b),
        "ie": lambda: ie_addr(b),
        "nz": lambda: nz_addr(b),
    }
    lines, parts = gen[c]()
    addr = b.addr(lines, parts, sep=b.choice([", ", "\n"]))
    item = b.prot(b.choice(["hospital bed", "pressure-relieving mattress", "commode", "oxygen concentrator", "hoist"]))
    ward = b.prot(b.choice(WARDS_EN))
    label = b.choice(["Deliver to", "Delivery address", "Send to", "Install at"])
    short = b.span("ADDRESS", parts[0])
    turns = [
        f"Equipment request from {ward}\nItem: {item}\n{label}: {addr}\nAccess: {b.choice(['ground floor', 'two steps', 'lift to 4th floor', 'narrow stairs'])}\nContact on site: {b.phone({'uk': 'uk_mob', 'us': 'us', 'au': 'au', 'ie': 'ie', 'nz': 'nz'}[c])}\n\nIs this enough for the store?",
        f"Nearly. Add a delivery window for {short}, and confirm the {item} fits through the door.",
    ]
    return turns


@tpl("en", "address_history", ("form", "referral"))
def en_address_history(b: Row):
    pt = b.en()
    c = b.choice(["uk", "us", "au", "ca"])
    gen = {
        "uk": lambda: uk_addr(b, b.choice(["flat", "house"])),
        "us": lambda: us_addr(b, "unit"),
        "au": lambda: au_addr(b),
        "ca": lambda: ca_addr(b),
    }
    addrs = []
    for label in ("Current address", "Previous address", "Correspondence"):
        lines, parts = gen[c]()
        addrs.append((label, b.addr(lines, parts), parts))
    body = "\n".join(f"{label}: {a}" for label, a, _ in addrs)
    ident = b.nhs() if c == "uk" else b.dob(b.choice(["us", "long", "iso"]))[0]
    label = "NHS number" if c == "uk" else "DOB"
    user = f"Patient: {b.full(pt)}\n{label}: {ident}\n{body}\n\nWhich one should the district nurses use?"
    cur = b.span("ADDRESS", addrs[0][2][0])
    reply = f"The current address, {cur}. The correspondence address is only for letters."
    return [user, reply]


# ---- English, PHI-free -------------------------------------------------------------------------


@tpl("en", "directions", "chat", phi=False)
def enf_directions(b: Row):
    name, addr, _, how = b.choice(HOSP_EN)
    b.prot(name)
    b.prot(addr)
    b.prot(how)
    room = b.prot(b.choice(["Room 3", "Clinic Room 3", "Outpatients Room 12", "Bay 4"]))
    q = b.choice(
        [
            f"How do I get to {name} for my outpatient appointment?",
            f"what's the address for {name}? i have to be in {room} at 9",
            f"Is {name} the one on {addr}? Parking there is a nightmare.",
        ]
    )
    reply = f"{name} is at {addr}. {how}. Once inside, follow the signs to Outpatients and check in for {room}."
    return [q, reply]


@tpl("en", "eponyms", "chat", phi=False)
def enf_eponyms(b: Row):
    e1, e2 = b.r.sample(EPONYMS_EN, 2)
    b.prot(e1)
    b.prot(e2)
    age = b.prot(f"{b.rint(55, 92)}-year-old")
    drug = b.prot(b.choice(DRUGS_EN))
    who = b.choice(["dad", "mum", "husband", "wife", "grandad"])
    q = f"My {age} {who} has {e1} and now they think {e2}. They're on {drug}. Are they connected?"
    reply = (
        f"Usually not directly: {e1} and {e2} have different causes, but both can affect day-to-day life, "
        f"so mention both to the GP. Keep taking {drug} unless told otherwise."
    )
    return [q, reply]


@tpl("en", "labs", ("chat", "discharge_summary"), phi=False)
def enf_labs(b: Row):
    labs = [b.prot(x) for x in b.r.sample(LABS_EN, 3)]
    icd = b.prot(b.choice(ICD_EN))
    ward = b.prot(b.choice(WARDS_EN))
    date = b.prot(b.choice(["14 March 2024", "2 November 2023", "27/06/2024", "1st of May"]))
    q = f"Results from {ward} on {date}: {', '.join(labs)}. Coded as {icd}. What do these mean?"
    reply = (
        f"{labs[0]} and {labs[1]} are the ones to discuss first; {labs[2]} is less urgent. "
        f"The code {icd} is the diagnosis used for billing and statistics."
    )
    return [q, reply]


@tpl("en", "vague_location", "chat", phi=False)
def enf_vague(b: Row):
    town = b.prot(b.choice([t for t, _ in UK_TOWNS] + ["Cork", "Parramatta", "Hamilton", "Tucson"]))
    where = b.prot(
        b.choice(
            [
                "the flat above the chemist on the High Street",
                "a bungalow near the park",
                "one of the terraces off the main road",
                "a third-floor flat with no lift",
                "the farm past the church",
                "a retirement village on the edge of town",
            ]
        )
    )
    who = b.choice(["grandmother", "uncle", "mum", "father-in-law"])
    q = f"My {who} lives in {town}, in {where}, and can't manage the stairs any more. What help is there?"
    reply = (
        "Ask the GP or the council for an occupational therapy assessment - they can look at rails, "
        "a stairlift or rehousing, and at care at home."
    )
    return [q, reply]


@tpl("en", "placeholder_template", "chat", phi=False)
def enf_placeholders(b: Row):
    name, addr, _, _ = b.choice(HOSP_EN)
    b.prot(name)
    b.prot(addr)
    q = b.choice(
        [
            "Give me a template for a GP referral letter.",
            "What goes in the address block of a referral?",
            "Template for a home visit request, please.",
        ]
    )
    tmpl = (
        "[Practice name]\n[Practice address]\n\nDear Dr [surname],\n\nRe: [Patient full name], DOB [dd/mm/yyyy]\n"
        "[House number and street]\n[Town] [Postcode]\n\n"
        f"If the patient is an inpatient, use the hospital's address, e.g. {name}, {addr}."
    )
    return [q, tmpl]


@tpl("en", "hotlines", "chat", phi=False)
def enf_hotlines(b: Row):
    lines = [b.prot(x) for x in b.r.sample(HOTLINES_EN, 3)]
    q = b.choice(
        [
            "Who do I call out of hours?",
            "What numbers should be on my mum's fridge?",
            "Is there a number for urgent advice?",
        ]
    )
    reply = (
        f"For urgent advice: {lines[0]}. Other useful numbers: {lines[1]}; {lines[2]}. "
        "In a life-threatening emergency always call the emergency number first."
    )
    return [q, reply]


@tpl("en", "institutions_asia", "chat", phi=False)
def enf_asia_inst(b: Row):
    name, addr, _, how = b.choice([h for h in HOSP_EN if h[2] in ("sg", "hk", "au", "ca", "nz")])
    b.prot(name)
    b.prot(addr)
    b.prot(how)
    pharm = b.prot(b.choice(PHARMACIES_EN))
    injury = b.choice(["a sprained ankle", "a bad cough", "a small burn", "food poisoning"])
    q = f"Which is better for a tourist with {injury} - {name} or a pharmacy like {pharm}?"
    reply = f"For {injury}, start with the pharmacy ({pharm}). If it gets worse, go to {name}, {addr}. {how}."
    return [q, reply]


@tpl("en", "ward_logistics", "handover", phi=False)
def enf_ward(b: Row):
    w1, w2 = b.r.sample(WARDS_EN, 2)
    b.prot(w1)
    b.prot(w2)
    ext = b.prot(f"ext {b.rint(2000, 7999)}")
    t = b.prot(b.choice(["14:30", "09:15", "16:45"]))
    q = f"Transfer from {w1} to {w2} at {t}. Porter on {ext}. Bed cleaned? Yes. Can you turn this into a handover line?"
    reply = f"Transfer {w1} -> {w2} at {t}; porter booked ({ext}); bed cleaned."
    return [q, reply]


@tpl("en", "pharmacy_hours", "chat", phi=False)
def enf_pharmacy(b: Row):
    pharm = b.prot(b.choice(PHARMACIES_EN))
    drug = b.prot(b.choice(DRUGS_EN))
    q = b.choice(
        [f"Is {pharm} open on Sundays? I've run out of {drug}.", f"can {pharm} do an emergency supply of {drug}?"]
    )
    reply = (
        f"Many branches open on Sundays but hours vary; check the store finder. For an emergency supply of {drug} "
        "the pharmacist will need to confirm it was prescribed before."
    )
    return [q, reply]


@tpl("en", "street_as_place", "chat", phi=False)
def enf_street_place(b: Row):
    name, addr, _, how = b.choice([h for h in HOSP_EN if h[2] in ("uk", "us", "ie")])
    b.prot(name)
    b.prot(addr)
    b.prot(how)
    street = b.prot(b.choice(["Station Road", "Church Street", "the High Street", "Main St", "Mill Lane"]))
    bus = b.prot(b.choice(["the 12 bus", "the number 9", "the X84", "the 50"]))
    q = f"The old clinic on {street} has closed. Do I now go to {name}? I usually get {bus}."
    reply = f"Yes, the service moved to {name} ({addr}). {how}; {bus} still runs, but check the timetable."
    return [q, reply]


@tpl("en", "age_dates", ("chat", "form"), phi=False)
def enf_ages(b: Row):
    age = b.prot(f"{b.rint(60, 95)} years old")
    d1 = b.prot(b.choice(["12 March 2024", "3 April", "June 2023", "last Tuesday"]))
    dose = b.prot(b.choice(DRUGS_EN))
    who = b.choice(["Dad", "Mum", "My husband", "Grandma"])
    q = f"{who} is {age}. Started {dose} on {d1} and feels dizzy. Normal?"
    reply = (
        f"Dizziness can happen when starting {dose}, especially at {age}. Ask the GP or pharmacist soon, "
        "and get up slowly from sitting."
    )
    return [q, reply]


# ---- Chinese, with PHI -----------------------------------------------------------------------


@tpl("zh", "wechat", "chat")
def zh_wechat_family(b: Row):
    mom, doc = b.cn(female=True), b.cn()
    text, parts, info = cn_urban(b, prov=b.chance(0.4), road=b.chance(0.6))
    addr = b.span("ADDRESS", text, parts)
    est = b.span("ADDRESS", info["est"])
    lab = b.prot(b.choice(CN_LABS))
    title = b.choice(["医生", "大夫"])
    user = b.pick(
        lambda: f"我妈{b.cfull(mom)}住在{addr}，最近{lab}，社区的{b.csur(doc)}{title}说可以上门，我要准备什么？",
        lambda: f"{b.cfull(mom)}是我母亲，家在{addr}，{lab}，想约{b.csur(doc)}{title}上门看看，我电话{b.phone('cn')}",
    )
    reply = (
        f"可以提前准备近期的化验单、用药清单和血压记录。{b.csur(doc)}{title}到{est}之前最好电话确认时间，家里留人开门。"
    )
    return [user, reply]


@tpl("zh", "form_kv", "form")
def zh_signing_form(b: Row):
    pt, doc = b.cn(), b.cn()
    dob, _ = b.dob(b.choice(["cn", "iso", "cn_dot"]))
    idn = b.cn_id()
    text, parts, _ = cn_urban(b, prov=True, road=True)
    addr = b.span("ADDRESS", text, parts)
    rt, rp, _ = cn_rural(b, prov=True)
    huji = b.span("ADDRESS", rt, rp)
    center = b.prot(f"{b.choice(['建设路', '中山路', '和平街', '五一路', '东风路'])}社区卫生服务中心")
    label = b.choice(["现住址", "家庭住址", "居住地址"])
    form = (
        f"家庭医生签约服务协议书\n姓名：{b.cfull(pt)}  性别：{'女' if pt.fem else '男'}\n出生日期：{dob}\n身份证号：{idn}\n"
        f"户籍地址：{huji}\n{label}：{addr}\n联系电话：{b.phone('cn')}\n签约医生：{b.cfull(doc)}（{center}）"
    )
    reply = b.choice(
        ["表格信息齐全。建议补充紧急联系人和既往病史。", "填写完整，签约医生和服务中心都已注明，可以提交。"]
    )
    return [f"帮我检查一下这份表：\n{form}", reply]


@tpl("zh", "discharge", "discharge_summary")
def zh_discharge(b: Row):
    pt, son = b.cn(), b.cn()
    text, parts = any_cn_addr(b)
    addr = b.span("ADDRESS", text, parts)
    short = b.span("ADDRESS", parts[0])
    ward = b.prot(b.choice(CN_WARDS))
    dx = b.prot(b.choice(CN_EPONYMS + CN_CONDS))
    drug = b.prot(b.choice(CN_DRUGS))
    mrn = b.mrn("cn")
    summ = (
        f"出院小结\n患者：{b.cfull(pt)}  住院号：{mrn}\n科室：{ward}\n诊断：{dx}\n出院带药：{drug}\n"
        f"出院去向：回家（家庭住址：{addr}）\n家属：{b.cfull(son)}（{b.choice(['女儿', '老伴'] if son.fem else ['儿子', '老伴'])}） "
        f"电话 {b.phone('cn')}"
    )
    reply = f"出院要点：{dx}，按时服用{drug}；回到{short}后由家属陪护，两周后门诊复查。"
    return [f"把这份出院小结概括成三句话：\n{summ}", reply]


@tpl("zh", "referral_form", "referral")
def zh_referral_rural(b: Row):
    pt, son = b.cn(), b.cn()
    text, parts, _ = cn_rural(b, prov=True)
    addr = b.span("ADDRESS", text, parts)
    ut, up = any_cn_addr(b)
    cur = b.span("ADDRESS", ut, up)
    frm = b.prot(b.choice(["镇卫生院", "乡卫生院", "中心卫生院"]))
    to = b.prot(b.choice(["县人民医院", "县中医院", "市第一人民医院"]))
    dx = b.prot(b.choice(CN_CONDS))
    age = b.prot(f"{b.rint(60, 90)}岁")
    form = (
        f"双向转诊单\n转出单位：{frm}\n转入单位：{to}\n患者姓名：{b.cfull(pt)}  年龄：{age}\n"
        f"户籍地址：{addr}\n现住址：{cur}\n初步诊断：{dx}\n联系人：{b.cfull(son)} {b.phone('cn')}"
    )
    reply = f"转诊单基本完整。建议注明转诊原因和已做检查，方便{to}接诊。"
    return [form + "\n这个转诊单还缺什么？", reply]


@tpl("zh", "visit_note", "home_visit_note")
def zh_home_visit(b: Row):
    pt, nurse, nb = b.cn(), b.cn(), b.cn()
    text, parts, info = cn_urban(b, prov=b.chance(0.5), road=b.chance(0.5))
    addr = b.span("ADDRESS", text, parts)
    est = b.span("ADDRESS", info["est"])
    cond = b.prot(b.choice(CN_CONDS))
    bp = b.prot(f"{b.rint(130, 170)}/{b.rint(70, 99)}mmHg")
    note = (
        f"家访记录\n今日与护士小{b.csur(nurse)}前往{addr}家访。患者{b.cfull(pt)}，{cond}，独居。"
        f"邻居{b.cfull(nb)}也住{est}，平时帮忙买菜，电话{b.phone('cn')}。血压{bp}。"
    )
    reply = f"家访摘要：患者独居于{est}，{cond}，邻居协助生活。建议小{b.csur(nurse)}两周后复访。"
    return [f"整理一下：\n{note}", reply]


@tpl("zh", "call_transcript", ("ambulance_call", "call_transcript"))
def zh_120_call(b: Row):
    pt = b.cn()
    city, dist = b.choice(CN_CITIES)
    road = f"{b.choice(CN_ROADS)}{b.rint(1, 399)}号"
    est = b.choice(CN_ESTATES)
    bno, u, rm = b.rint(1, 30), b.rint(1, 5), f"{b.rint(1, 25)}0{b.rint(1, 4)}"
    full = b.span("ADDRESS", f"{dist}{road}{est}，{bno}栋{u}单元{rm}", [road, est])
    b.span("ADDRESS", f"{est}{bno}栋", [est])
    b.prot("120")
    age = b.prot(f"{b.rint(60, 90)}岁")
    tr = (
        f"调度员：120，请讲，病人在什么位置？\n呼救人：在{full}。\n调度员：{est}{bno}栋对吗？\n"
        f"呼救人：对，小区东门进来。病人叫{b.cfull(pt)}，{age}，突然说不出话。\n"
        f"调度员：您的电话是{b.phone('cn')}吗？保持畅通，我们马上出车。"
    )
    reply = f"要点：疑似卒中，地点{full}，需东门接车。"
    return [f"帮我提炼这段120通话的要点：\n{tr}", reply]


@tpl("zh", "delivery", ("pharmacy_delivery", "form"))
def zh_delivery(b: Row):
    pt = b.cn()
    text, parts = any_cn_addr(b)
    addr = b.span("ADDRESS", text, parts)
    pharm = b.prot(f"{b.choice(CN_PHARM)}（{b.choice(['人民路店', '火车站店', '万达店', '高新店'])}）")
    drug = b.prot(b.choice(CN_DRUGS))
    label = b.choice(["收货地址", "送到", "配送地址"])
    order = f"收货人：{b.cfull(pt)}\n联系电话：{b.phone('cn')}\n{label}：{addr}\n商品：{drug}×2盒\n发货药店：{pharm}"
    short = b.span("ADDRESS", parts[0])
    reply = b.choice(
        [
            f"订单信息完整，处方药需上传处方后才能发货，送到{short}大约需要两小时。",
            f"地址和电话都有了。{short}如果没人签收，可以放快递柜吗？请在备注里写清楚。",
        ]
    )
    return [f"这个订单能发吗？\n{order}", reply]


@tpl("zh", "speech", "chat")
def zh_speech_estate(b: Row):
    pt = b.cn(female=False)
    est = b.choice(CN_ESTATES)
    named = est if est.endswith("小区") or b.chance(0.4) else f"{est}小区"
    road = b.choice(CN_ROADS)
    loc = b.span("ADDRESS", named, [est])
    bld = f"{b.rint(1, 30)}号楼"
    user = b.pick(
        lambda: f"我家就在{road}口那个{loc}，{bld}，你们社区医生认识路吗？我爸叫{b.cfull(pt)}，腿脚不好下不了楼。",
        lambda: (
            f"就是{road}边上的{loc}啊，进门左手第二栋，{b.cfull(pt)}家，我奶奶{b.prot(b.choice(CN_CONDS))}好多年了。"
        ),
        lambda: f"你们到了{loc}门口给我打电话，我下来接，病人是{b.cfull(pt)}。",
    )
    reply = f"社区医生上门前会先打电话确认{b.span('ADDRESS', est)}的具体楼栋和单元，您留一个能接通的电话，到时下楼接一下就行。"
    return [user, reply]


@tpl("zh", "zhuzai", "chat")
def zh_zhuzai_estate(b: Row):
    pt = b.cn(two=1.0)
    est = b.choice(CN_ESTATES)
    bno = b.rint(1, 30)
    loc = b.span("ADDRESS", f"{est}{bno}{b.choice(['栋', '号楼', '幢'])}", [est])
    b.span("ADDRESS", est)
    hosp = b.prot(b.choice(CN_LOCAL_HOSP))
    cond = b.prot(b.choice(CN_EPONYMS + CN_CONDS))
    who = b.choice(["我姥姥", "我奶奶", "我外婆", "我妈"] if pt.fem else ["我外公", "我爷爷", "我爸"])
    user = f"{who}{b.cfull(pt)}住在{loc}，离{hosp}挺近的，{cond}，能不能申请家庭病床？联系电话{b.phone(b.choice(['cn', 'cn_land']))}。"
    reply = f"可以向{hosp}或{est}所在的社区卫生服务中心咨询家庭病床，一般需要医生评估后建床，费用按住院报销。"
    b.prot("社区卫生服务中心")
    return [user, reply]


@tpl("zh", "rural_chat", "chat")
def zh_rural_village(b: Row):
    me, doc = b.cn(), b.cn()
    text, parts, info = cn_rural(b, prov=b.chance(0.5))
    addr = b.span("ADDRESS", text, parts)
    vil = b.span("ADDRESS", info["village"])
    title = b.choice(["大夫", "医生", "村医"])
    user = (
        f"我叫{b.cfull(me)}，我爸在老家{addr}，村里的{b.csur(doc)}{title}说他血压太高，要去县里看。"
        f"从{vil}到县城要一个多小时，能不能先在家吃药观察？"
    )
    reply = (
        f"血压很高又有头痛胸闷就不要等，尽快去县医院。如果没有症状，可以按{b.csur(doc)}{title}的建议先用药，"
        "每天测两次血压。"
    )
    b.prot("县医院")
    return [user, reply]


@tpl("zh", "hutong", ("chat", "home_visit_note"))
def zh_hutong_nong(b: Row):
    pt, doc = b.cn(female=True), b.cn()
    text, parts = cn_special(b)
    addr = b.span("ADDRESS", text, parts)
    core = b.span("ADDRESS", parts[0])
    cond = b.prot(b.choice(CN_CONDS + CN_EPONYMS))
    user = b.pick(
        lambda: f"老太太{b.cfull(pt)}住{addr}，{cond}，出门不方便，{b.cfull(doc)}医生能上门开药吗？",
        lambda: (
            f"随访记录：{addr}，{b.cfull(pt)}，出生日期{b.dob(b.choice(['cn', 'iso']))[0]}，{cond}，今日血压平稳。随访医生：{b.cfull(doc)}。"
        ),
    )
    reply = b.choice(
        [
            f"签了家庭医生的话，慢病可以上门随访和开长处方，{core}这种老住址记得写清门牌。",
            f"随访记录清楚，建议下次补充用药依从性。{core}的住户可以约固定随访日。",
        ]
    )
    return [user, reply]


@tpl("zh", "cantonese", "chat")
def zh_hk_trad(b: Row):
    mom = b.trad(female=True)
    text, parts = hk_trad(b)
    addr = b.span("ADDRESS", text, parts)
    est = b.span("ADDRESS", parts[0])
    hosp = b.prot(b.choice(["瑪麗醫院", "伊利沙伯醫院", "威爾斯親王醫院", "基督教聯合醫院"]))
    user = (
        f"我阿媽{b.cfull(mom)}住喺{addr}，佢有糖尿病，而家行唔到路，想問{hosp}有冇外展護士可以上門？"
        f"我電話係{b.phone('hk')}。"
    )
    reply = f"可以請{hosp}嘅主診醫生轉介社康護理服務，護士會上門{est}檢查傷口同血糖。"
    return [user, reply]


@tpl("zh", "traditional", ("chat", "form"))
def zh_tw(b: Row):
    mom = b.trad(female=True)
    text, parts = tw_addr(b)
    addr = b.span("ADDRESS", text, parts)
    hosp = b.prot(b.choice(["臺大醫院", "台北榮總", "長庚醫院", "中國醫藥大學附設醫院"]))
    user = b.pick(
        lambda: f"家母{b.cfull(mom)}住在{addr}，最近血糖控制不好，{hosp}的門診要等很久，有居家醫療嗎？",
        lambda: f"聯絡地址：{addr}\n聯絡人：{b.cfull(mom)}\n電話：{b.phone('tw')}\n請問這樣填居家護理申請可以嗎？",
    )
    reply = f"可以向{hosp}或住家附近的診所詢問居家醫療整合照護，醫師評估後會排定訪視。"
    return [user, reply]


@tpl("zh", "danwei", "home_visit_note")
def zh_danwei(b: Row):
    pt, wife = b.cn(), b.cn()
    city, dist = b.choice(CN_CITIES)
    dw = b.choice(DANWEI)
    bno = b.rint(1, 12)
    full = b.span("ADDRESS", f"{dist}{dw}{bno}号楼{b.rint(1, 4)}单元{b.rint(1, 6)}0{b.rint(1, 3)}", [dw])
    short = b.span("ADDRESS", f"{dw}{bno}号楼", [dw])
    b.prot(city)
    note = (
        f"{b.cfull(pt)}，退休职工，住{full}。老伴{b.cfull(wife)}照顾。{b.prot(b.choice(CN_EPONYMS))}，"
        f"服{b.prot(b.choice(CN_DRUGS))}。"
    )
    reply = f"{short}没有电梯，建议评估跌倒风险，必要时申请上门康复。"
    return [f"这是{city}的一份随访记录：\n{note}\n有什么建议？", reply]


@tpl("zh", "multi_turn", "chat")
def zh_huji_vs_current(b: Row):
    me = b.cn()
    r_text, r_parts, _ = cn_rural(b, prov=True)
    rural = b.span("ADDRESS", r_text, r_parts)
    u_text, u_parts, _ = cn_urban(b, prov=True, road=True)
    urban = b.span("ADDRESS", u_text, u_parts)
    turns = [
        f"办慢病卡，户籍地址是{rural}，现住址是{urban}，表上填哪个？",
        "一般“户籍地址”按户口本填，“现住址”填实际居住的地址，两个都要写。社区随访会按现住址安排。",
    ]
    if b.chance(0.5):
        turns += [f"姓名写{b.cfull(me)}，电话留{b.phone('cn')}可以吗？", "可以，电话要保证能接通，方便社区医生联系。"]
    return turns


@tpl("zh", "form_kv", "form")
def zh_contact_email(b: Row):
    pt = b.cn()
    text, parts = any_cn_addr(b)
    addr = b.span("ADDRESS", text, parts)
    local = b.choice(
        [digits(b.r, 9), f"{b.choice(['zhang', 'li', 'wang', 'chen', 'liu'])}{digits(b.r, 4)}", f"yy{digits(b.r, 6)}"]
    )
    em = b.email(local, b.choice(["qq.com", "163.com", "126.com", "sina.com"]))
    zipc = b.prot(b.choice(["100020", "610041", "450000", "430074"]))
    form = f"联系人：{b.cfull(pt)}\n联系地址：{addr}\n电子邮箱：{em}\n邮编：{zipc}"
    short = b.span("ADDRESS", parts[0])
    reply = f"检查报告可以发到这个邮箱，纸质报告会寄到{short}。邮编请核对一下。"
    return [form + "\n报告寄到哪？", reply]


@tpl("zh", "table", "home_visit_note")
def zh_table(b: Row):
    rows = []
    for _ in range(b.rint(2, 3)):
        p = b.cn()
        text, parts = any_cn_addr(b)
        a = b.span("ADDRESS", text, parts)
        rows.append(f"| {b.cfull(p)} | {a} | {b.phone('cn')} | {b.prot(b.choice(CN_CONDS))} |")
    table = "| 姓名 | 住址 | 电话 | 慢病 |\n|---|---|---|---|\n" + "\n".join(rows)
    reply = b.choice(["表格没问题，建议按住址远近排随访顺序。", "这几位都需要每季度随访一次，可以按片区分给不同医生。"])
    return [f"这周的随访名单：\n{table}", reply]


@tpl("zh", "newtown", "chat")
def zh_newtown(b: Row):
    pt = b.cn(female=False)
    city, dist = b.choice(CN_CITIES)
    nt = b.choice(NEWTOWN)
    loc = b.span("ADDRESS", f"{nt}{b.choice('ABCD')}区{b.rint(1, 30)}栋", [nt])
    ot, op = any_cn_addr(b)
    old = b.span("ADDRESS", ot, op)
    b.prot(dist)
    user = f"我们家拆迁后从{old}搬到了{dist}的{loc}，我爸{b.cfull(pt)}的慢病随访还归原来的社区管吗？"
    reply = (
        f"搬家后一般转到新住址所在的社区卫生服务中心。可以带上身份证到{b.span('ADDRESS', nt)}附近的服务中心办理转档。"
    )
    b.prot("社区卫生服务中心")
    return [user, reply]


@tpl("zh", "consult", "chat")
def zh_consult(b: Row):
    pt, wife, doc = b.cn(), b.cn(), b.cn()
    text, parts = any_cn_addr(b)
    addr = b.span("ADDRESS", text, parts)
    t = b.choice(["主任", "医生", "大夫"])
    turns = [
        f"{b.cfull(doc)}{t}您好，我是{b.cfull(pt)}，上周在您这看的{b.prot(b.choice(CN_EPONYMS + CN_CONDS))}。",
        f"您好，门诊号{b.mrn('cn')}对吧？最近症状怎么样？",
        f"好一点了，就是腿肿。我老伴{b.cfull(wife)}想问能不能把药寄到家里，地址是{addr}。",
        f"可以在医院公众号上申请药品配送。腿肿要注意，可能和{b.prot(b.choice(CN_DRUGS))}有关，下周复诊时量一下体重。",
    ]
    return turns


@tpl("zh", "address_only_speech", "chat")
def zh_speech_road(b: Row):
    pt = b.cn(female=True)
    road = b.choice(CN_ROADS)
    n = b.rint(1, 300)
    a = b.span("ADDRESS", f"{road}{n}号{b.choice(['院', '大院', '楼'])}", [f"{road}{n}号"])
    user = b.pick(
        lambda: f"我们就住{a}，一进门第三个单元，{b.cfull(pt)}是我婆婆，她最近吃不下饭。",
        lambda: f"喂，是社区吗？{b.cfull(pt)}家，{a}，老人发烧三天了。",
    )
    reply = "发烧三天、吃不下饭的老人建议尽快就医，如果行动不便可以打120。社区医生也可以先上门评估。"
    b.prot("120")
    return [user, reply]


@tpl("zh", "address_only", ("pharmacy_delivery", "chat"))
def zh_address_change(b: Row):
    t1, p1 = any_cn_addr(b)
    old = b.span("ADDRESS", t1, p1)
    t2, p2 = any_cn_addr(b)
    new = b.span("ADDRESS", t2, p2)
    item = b.prot(b.choice(["血糖试纸", "制氧机", "轮椅", "护理床", "胰岛素针头"]))
    user = b.pick(
        lambda: f"上次的{item}寄到了{old}，那是老房子，以后请送到{new}。",
        lambda: f"收货地址改一下：原地址{old}，新地址{new}，电话{b.phone('cn')}。{item}下周到。",
        lambda: f"快递员说找不到{new}，是不是系统里还是{old}？买的是{item}。",
    )
    short = b.span("ADDRESS", p2[0])
    reply = f"已为您把默认收货地址改为新地址，后续{item}会送到{short}。"
    return [user, reply]


@tpl("zh", "multi_address", ("chat", "home_visit_note"))
def zh_moves(b: Row):
    pt = b.cn(female=True)
    rt, rp, info = cn_rural(b, prov=b.chance(0.5))
    home = b.span("ADDRESS", rt, rp)
    ut, up, uinfo = cn_urban(b, prov=False, road=b.chance(0.5))
    dau = b.span("ADDRESS", ut, up)
    st, sp = cn_special(b)
    now = b.span("ADDRESS", st, sp)
    vil = b.span("ADDRESS", info["village"])
    user = (
        f"我妈{b.cfull(pt)}原来在老家{home}，去年到我妹妹家{dau}住了半年，现在跟我住{now}。"
        f"她在{vil}建的健康档案怎么转过来？身份证号是{b.cn_id()}。"
    )
    reply = f"带上身份证到现住址所在的社区卫生服务中心申请档案迁移，说明原档案在{vil}的村卫生室即可。"
    b.prot("社区卫生服务中心")
    return [user, reply]


# ---- Chinese, PHI-free ------------------------------------------------------------------------


@tpl("zh", "directions", "chat", phi=False)
def zhf_directions(b: Row):
    hosp, _ = b.choice(CN_HOSP)
    road = b.choice(CN_ROADS)
    line = b.prot(f"地铁{b.rint(1, 10)}号线")
    b.prot(hosp)
    via = b.prot(f"沿{road}往{b.choice('东南西北')}走")
    ward = b.prot(b.choice(CN_WARDS))
    user = b.choice([f"去{hosp}怎么走？我要到{ward}。", f"第一次去{hosp}，{ward}在哪？"])
    reply = f"可以坐{line}到医院附近的站，出站后{via}两百米左右就到。进门后看指示牌找{ward}。"
    return [user, reply]


@tpl("zh", "institution_address", "chat", phi=False)
def zhf_hosp_address(b: Row):
    hosp, addr = b.choice(CN_HOSP)
    b.prot(hosp)
    b.prot(addr)
    user = b.choice([f"{hosp}在哪里？", f"{hosp}的地址是什么，挂号去哪个楼？", f"导航搜{addr}对吗？是{hosp}吧"])
    reply = b.choice(
        [
            f"{hosp}位于{addr}。挂号建议用医院官方公众号，门诊大厅有自助机。",
            f"对，{hosp}的地址是{addr}，门诊楼在正门进去右手边。",
        ]
    )
    return [user, reply]


@tpl("zh", "ward_labs", ("discharge_summary", "chat"), phi=False)
def zhf_ward_labs(b: Row):
    ward = b.prot(b.choice(CN_WARDS))
    labs = [b.prot(x) for x in b.r.sample(CN_LABS, 2)]
    date = b.prot(b.choice(["3月14日", "2024年5月6日", "上周三", "11月2日"]))
    user = f"{ward}的化验：{labs[0]}，{labs[1]}，{date}复查。这正常吗？"
    reply = f"{labs[0]}要对照化验单上的参考范围看，{labs[1]}需要结合症状判断。{date}复查时带上这次的报告对比。"
    return [user, reply]


@tpl("zh", "drugs", "chat", phi=False)
def zhf_drugs(b: Row):
    d1, d2 = b.r.sample(CN_DRUGS, 2)
    b.prot(d1)
    b.prot(d2)
    age = b.prot(f"{b.rint(60, 90)}岁")
    who = b.choice(["我爸", "我妈", "我外婆", "老伴"])
    user = f"{who}{age}，同时吃{d1}和{d2}，有冲突吗？"
    reply = f"这两种药一般可以一起吃，但{age}的老人要注意肝肾功能，定期复查，有不适及时就医。"
    return [user, reply]


@tpl("zh", "district_alone", "chat", phi=False)
def zhf_district(b: Row):
    city, dist = b.choice(CN_CITIES)
    b.prot(dist)
    hosp = b.prot(b.choice(["市第一人民医院", "市中心医院", "区中医院", "市第二人民医院"]))
    user = b.choice(
        [
            f"我住在{dist}，附近有什么三甲医院？",
            f"{dist}哪家医院看老年病比较好？",
            f"刚搬到{dist}，社区医院去哪办签约？",
        ]
    )
    reply = f"可以先在{dist}的社区卫生服务中心签约家庭医生，需要时转诊到{hosp}等上级医院。"
    b.prot("社区卫生服务中心")
    return [user, reply]


@tpl("zh", "hotlines", "chat", phi=False)
def zhf_hotlines(b: Row):
    h = [b.prot("120")] + [b.prot(x) for x in b.r.sample(CN_HOTLINES[1:], 2)]
    user = b.choice(["家里老人半夜不舒服该打什么电话？", "有没有可以咨询的健康热线？", "独居老人要记哪些电话？"])
    reply = f"紧急情况打{h[0]}。一般咨询可以打{h[1]}，另外{h[2]}也可以求助。"
    return [user, reply]


@tpl("zh", "generic_places", "chat", phi=False)
def zhf_generic(b: Row):
    place = b.prot(b.choice(["老小区", "城中村", "没电梯的老楼", "郊区的村里", "小区门口的药店", "楼下的诊所"]))
    cond = b.prot(b.choice(CN_CONDS))
    user = f"住在{place}附近的老人，{cond}，行动不便，一般怎么解决看病问题？"
    reply = "可以签约家庭医生，申请上门随访；慢病可以开长处方，减少跑医院的次数。"
    return [user, reply]


@tpl("zh", "community_center", "chat", phi=False)
def zhf_center(b: Row):
    road = b.choice(CN_ROADS)
    n = b.rint(1, 300)
    center = b.prot(f"{road}社区卫生服务中心")
    caddr = b.prot(f"{road}{n}号")
    user = b.choice([f"{center}在哪？几点开门？", f"{center}周末有人吗？"])
    reply = f"{center}在{caddr}，一般早上8点开门，周末上午有门诊。"
    return [user, reply]


@tpl("zh", "placeholder", "chat", phi=False)
def zhf_placeholder(b: Row):
    label = b.prot(b.choice(["现住址", "家庭住址", "户籍地址", "联系地址", "收货地址", "居住地址"]))
    form = b.prot(b.choice(["慢病登记表", "家庭医生签约表", "住院登记表", "疫苗接种登记", "体检表"]))
    user = b.choice(
        [
            f"{form}上的“{label}”一栏应该怎么填？",
            f"填{form}，“{label}”要写多详细？",
            f"{form}里“{label}”写到小区可以吗？",
        ]
    )
    example = b.choice(
        [
            "XX省XX市XX区XX路XX号XX小区X栋X单元XXX室",
            "某某市某某区某某路某号某某小区某栋某单元某室",
            "省、市、区（县）、街道（乡镇）、路名门牌号、小区楼栋单元门牌",
        ]
    )
    reply = (
        f"“{label}”要写到门牌号，格式如：{example}。"
        + b.choice(["农村地址写到村、组。", "集体宿舍写到楼栋和房间号。", "租房的写实际居住地址。"])
        + b.choice(["不确定时可以参照身份证或户口本。", "写错了可以划掉重写并签名。", ""])
    )
    return [user, reply]


# ---- Mixed, with PHI ------------------------------------------------------------------------


@tpl("mixed", "zh_with_en_address", "chat")
def mx_daughter_uk(b: Row):
    dau = b.cn(female=True)
    c = b.choice(["uk", "au", "ca", "us"])
    gen = {
        "uk": lambda: uk_addr(b, "flat"),
        "au": lambda: au_addr(b),
        "ca": lambda: ca_addr(b),
        "us": lambda: us_addr(b, "unit"),
    }
    lines, parts = gen[c]()
    addr = b.addr(lines, parts)
    short = b.span("ADDRESS", parts[0])
    svc = b.prot({"uk": "NHS 111", "au": "Healthdirect", "ca": "811", "us": "urgent care"}[c])
    ph = b.phone({"uk": "uk_mob", "au": "au", "ca": "ca", "us": "us"}[c])
    user = f"我女儿{b.cfull(dau)}在国外读书，住在{addr}，电话{ph}，她发烧三天了，当地怎么看病？"
    reply = f"可以先联系{svc}，或者在{short}附近的家庭医生诊所登记。让她带上学生证和保险信息，必要时去急诊。"
    return [user, reply]


@tpl("mixed", "en_with_cn_address", "chat")
def mx_en_cn_addr(b: Row):
    gm = b.py()
    rel = "grandmother" if gm.fem else "grandfather"
    text, parts = any_cn_addr(b)
    addr = b.span("ADDRESS", text, parts)
    user = (
        f"My {rel} {b.pyfull(gm)} ({b.cfull(gm)}) lives at {addr}. For the visa medical form, "
        "do I write the address in Chinese or pinyin?"
    )
    short = b.span("ADDRESS", parts[0])
    reply = (
        "Write it in Chinese characters if the form allows it, and add a pinyin version underneath - "
        f"the clinic can match either. Keep the part '{short}' exactly as on her ID."
    )
    return [user, reply]


@tpl("mixed", "hk_codeswitch", "chat")
def mx_hk(b: Row):
    pt = b.asian(female=False)
    lines, parts = hk_en_addr(b)
    addr = b.addr(lines, parts)
    est = b.span("ADDRESS", parts[0])
    hosp = b.prot(b.choice(["Queen Mary", "QEH", "Prince of Wales"]))
    user = f"我阿爸 {b.full(pt)}（{b.phone('hk')}）住 {addr}，佢 booked 咗 {hosp} 嘅 follow-up，但係行唔到樓梯，可唔可以 arrange 上門？"
    reply = f"可以問 {hosp} 嘅 medical social worker 轉介 community nursing，佢哋會上 {est} follow up。"
    return [user, reply]


@tpl("mixed", "singapore", "chat")
def mx_sg(b: Row):
    pt = b.asian(female=True)
    lines, parts = sg_addr(b)
    addr = b.addr(lines, parts, sep=" ")
    blk = b.span("ADDRESS", parts[0])
    nric = b.num("ID", f"S{digits(b.r, 7)}{b.choice('ABCDJ')}")
    poly = b.prot(b.choice(["Ang Mo Kio Polyclinic", "Bedok Polyclinic", "Yishun Polyclinic"]))
    user = f"我妈妈 {b.full(pt)} 住在 {addr}，NRIC {nric}，要去 {poly} 拿药，可以 delivery 吗？"
    reply = f"{poly} 有送药服务，在 HealthHub app 里申请就可以，会送到 {blk}。"
    b.prot("HealthHub")
    return [user, reply]


@tpl("mixed", "translation", ("discharge_summary", "chat"))
def mx_translate(b: Row):
    pt = b.py()
    road_py = {
        "建设路": "Jianshe Road",
        "解放路": "Jiefang Road",
        "人民路": "Renmin Road",
        "中山路": "Zhongshan Road",
        "文化路": "Wenhua Road",
        "长江路": "Changjiang Road",
    }
    est_py = {
        "阳光花园": "Yangguang Garden",
        "翠湖苑": "Cuihu Garden",
        "锦绣家园": "Jinxiu Homeland",
        "紫薇花园": "Ziwei Garden",
        "桃园小区": "Taoyuan Community",
    }
    city_py = [
        ("河南省郑州市", "金水区", "Jinshui District, Zhengzhou, Henan"),
        ("湖北省武汉市", "洪山区", "Hongshan District, Wuhan, Hubei"),
        ("四川省成都市", "武侯区", "Wuhou District, Chengdu, Sichuan"),
        ("湖南省长沙市", "岳麓区", "Yuelu District, Changsha, Hunan"),
    ]
    road = b.choice(list(road_py))
    est = b.choice(list(est_py))
    city, dist, en_city = b.choice(city_py)
    n, bno, u, fl = b.rint(1, 300), b.rint(1, 20), b.rint(1, 5), b.rint(1, 20)
    zh_addr = b.span("ADDRESS", f"{city}{dist}{road}{n}号{est}{bno}栋{u}单元{fl}01", [f"{road}{n}号", est])
    en_addr = b.span(
        "ADDRESS",
        f"Room {fl}01, Unit {u}, Building {bno}, {est_py[est]}, {n} {road_py[road]}, {en_city}",
        [est_py[est], f"{n} {road_py[road]}"],
    )
    dx = b.choice([("高血压", "hypertension"), ("2型糖尿病", "type 2 diabetes"), ("帕金森病", "Parkinson's disease")])
    b.prot(dx[0])
    b.prot(dx[1])
    dob, _ = b.dob("cn")
    y, m, d = b._dob
    en_dob = b.span("DOB", f"{d} {MONTHS[m - 1]} {y}")
    user = f"请翻译成英文：\n患者：{b.cfull(pt)}\n出生日期：{dob}\n诊断：{dx[0]}\n住址：{zh_addr}"
    reply = f"Patient: {b.pyfull(pt, b.choice(['western', 'upper']))}\nDate of birth: {en_dob}\nDiagnosis: {dx[1]}\nAddress: {en_addr}"
    return [user, reply]


@tpl("mixed", "en_referral_pinyin", "referral")
def mx_en_referral(b: Row):
    pt = b.py()
    doc = b.en(pool=DOC_SUR)
    text, parts, _ = cn_urban(b, prov=True, road=True)
    addr = b.span("ADDRESS", text, parts)
    lines, uparts = uk_addr(b, b.choice(["house", "flat"]))
    local = b.addr(lines, uparts)
    short = b.span("ADDRESS", uparts[0])
    letter = (
        f"Dear Dr {b.sur(doc)},\n\nRe: {b.pyfull(pt, 'chinese')} ({b.cfull(pt)}), visiting from China. DOB {b.dob(b.choice(['uk', 'long']))[0]}\n"
        f"Home address: {addr}\nStaying at: {local}\n\n{b.prot(b.choice(EPONYMS_EN))}, on {b.prot(b.choice(DRUGS_EN))}."
    )
    reply = (
        f"The letter gives both the home address in China and where the patient is staying ({short}), "
        "which is what the practice needs for temporary registration."
    )
    return [f"Check this letter:\n\n{letter}", reply]


@tpl("mixed", "tw_mixed", "chat")
def mx_tw(b: Row):
    mom = b.trad(female=True)
    text, parts = tw_addr(b)
    addr = b.span("ADDRESS", text, parts)
    user = f"My mom {b.cfull(mom)} lives at {addr}, phone {b.phone('tw')}. How do I arrange home care from overseas?"
    reply = "Contact the long-term care hotline 1966 in Taiwan; they will arrange an assessment at her address."
    b.prot("1966")
    return [user, reply]


@tpl("mixed", "bilingual_form", "form")
def mx_bilingual_form(b: Row):
    pt = b.py()
    c = b.choice(["au", "uk", "nz", "ca"])
    gen = {
        "au": lambda: au_addr(b),
        "uk": lambda: uk_addr(b, "flat"),
        "nz": lambda: nz_addr(b),
        "ca": lambda: ca_addr(b),
    }
    lines, parts = gen[c]()
    addr = b.addr(lines, parts)
    ct, cp = any_cn_addr(b)
    home = b.span("ADDRESS", ct, cp)
    ph = b.phone({"au": "au", "uk": "uk_mob", "nz": "nz", "ca": "ca"}[c])
    form = (
        f"姓名 Name: {b.cfull(pt)} / {b.pyfull(pt, 'upper')}\n地址 Address: {addr}\n国内地址 Home address in China: {home}\n"
        f"电话 Phone: {ph}\n过敏 Allergies: {b.prot('penicillin 青霉素')}"
    )
    reply = "表格中英文信息一致，可以提交给诊所。The details match in both languages."
    return [form + "\n这样填可以吗？", reply]


@tpl("mixed", "family_abroad", "chat")
def mx_family_abroad(b: Row):
    dad, bro = b.cn(female=False), b.cn(female=False)
    c = b.choice(["ca", "us", "au"])
    gen = {"ca": lambda: ca_addr(b), "us": lambda: us_addr(b, "plain"), "au": lambda: au_addr(b)}
    lines, parts = gen[c]()
    addr = b.addr(lines, parts)
    num = b.prot({"ca": "911", "us": "911", "au": "000"}[c])
    ph = b.phone({"ca": "ca", "us": "us", "au": "au"}[c])
    user = f"我爸{b.cfull(dad)}去探亲，住在我哥{b.cfull(bro)}家 {addr}，我哥电话 {ph}，刚才突然胸痛出汗，怎么办？"
    reply = f"立刻拨打{num}，告诉接线员地址 {addr}。让他坐下休息，不要自己开车去医院。"
    return [user, reply]


@tpl("mixed", "address_only", ("pharmacy_delivery", "chat"))
def mx_ship(b: Row):
    c = b.choice(["uk", "us", "au", "sg", "hk", "ca"])
    gen = {
        "uk": lambda: uk_addr(b, b.choice(["flat", "house", "village"])),
        "us": lambda: us_addr(b, b.choice(["unit", "pobox"])),
        "au": lambda: au_addr(b),
        "sg": lambda: sg_addr(b),
        "hk": lambda: hk_en_addr(b),
        "ca": lambda: ca_addr(b),
    }
    lines, parts = gen[c]()
    addr = b.addr(lines, parts)
    item = b.prot(b.choice(["血糖仪 glucose meter", "降压药 amlodipine", "胰岛素笔针头", "中药颗粒"]))
    user = b.pick(
        lambda: f"请把{item}寄到 {addr}，这是我儿子家的地址。",
        lambda: f"Shipping address 写 {addr} 可以吗？寄的是{item}。",
    )
    short = b.span("ADDRESS", parts[0])
    reply = f"可以。国际邮寄药品要看当地海关规定，寄到 {short} 前请先确认能否入境。"
    return [user, reply]


# ---- Mixed, PHI-free ------------------------------------------------------------------------


@tpl("mixed", "directions", "chat", phi=False)
def mxf_uk_hosp(b: Row):
    name, addr, _, how = b.choice(HOSP_EN)
    b.prot(name)
    b.prot(addr)
    b.prot(how)
    user = b.choice([f"去 {name} 怎么走？地址是不是 {addr}？", f"{name} 的急诊在哪？我在 {addr} 附近。"])
    reply = f"{name} 在 {addr}。交通：{how}。"
    return [user, reply]


@tpl("mixed", "cn_hosp_in_en", "chat", phi=False)
def mxf_cn_hosp(b: Row):
    hosp, addr = b.choice(CN_HOSP)
    b.prot(hosp)
    b.prot(addr)
    ward = b.prot(b.choice(CN_WARDS))
    user = f"How do I get to {hosp} at {addr}? I have an appointment in {ward}."
    reply = f"{hosp} is at {addr}. A taxi or DiDi is easiest; show the driver the Chinese address."
    b.prot("DiDi")
    return [user, reply]


@tpl("mixed", "drugs", "chat", phi=False)
def mxf_drugs(b: Row):
    en, zh = b.choice(
        [
            ("metformin 500 mg", "二甲双胍"),
            ("amlodipine 5 mg", "氨氯地平"),
            ("atorvastatin 20 mg", "阿托伐他汀"),
            ("apixaban 5 mg", "阿哌沙班"),
        ]
    )
    b.prot(en)
    b.prot(zh)
    user = b.choice(
        [
            f"医生开了 {en}，和国内吃的{zh}是一样的吗？",
            f"GP prescribed {en}. 我在国内一直吃{zh}，可以继续吃国内带来的吗？",
            f"{zh}的英文是不是 {en}？药房问我 dose。",
        ]
    )
    reply = b.choice(
        [
            f"是同一种药，{en} 就是{zh}。注意核对剂量，不要两种一起吃。",
            f"Yes, {en} 和{zh}是同一成分。Bring the Chinese box to the pharmacist so they can check the strength.",
            f"对，{zh}英文是 {en}。剂量以说明书和医生医嘱为准。",
        ]
    )
    return [user, reply]


@tpl("mixed", "hk_hosp", "chat", phi=False)
def mxf_hk_hosp(b: Row):
    pairs = [
        ("Queen Mary Hospital", "瑪麗醫院", "薄扶林道102號"),
        ("Queen Elizabeth Hospital", "伊利沙伯醫院", "加士居道30號"),
        ("Prince of Wales Hospital", "威爾斯親王醫院", "沙田銀城街30-32號"),
    ]
    en, zh, addr = b.choice(pairs)
    b.prot(en)
    b.prot(zh)
    user = b.pick(
        lambda: f"{en} 即係 {zh}？地址係咪 {b.prot(addr)}？",
        lambda: f"個 appointment letter 寫 {en}，係咪{b.prot(addr)}嗰間{zh}？",
        lambda: (
            f"Is {en} the same as {zh}? 我要去 {b.prot(b.choice(['A&E', 'SOPD', 'Block K', 'specialist clinic']))}。"
        ),
    )
    reply = b.pick(
        lambda: f"係，{en}（{zh}）喺{b.prot(addr)}，急症室 24 小時開。",
        lambda: f"係同一間。{zh}英文叫 {en}，可以搭的士或者巴士去。",
        lambda: f"Yes, {en} 就係{zh}，喺{b.prot(addr)}。記得帶埋覆診紙同身份證。",
    )
    return [user, reply]


@tpl("mixed", "eponyms", "chat", phi=False)
def mxf_eponyms(b: Row):
    en, zh = b.choice(
        [
            ("Parkinson's disease", "帕金森病"),
            ("Baker's cyst", "腘窝囊肿"),
            ("Bell's palsy", "面神经麻痹"),
            ("Alzheimer's disease", "阿尔茨海默病"),
        ]
    )
    b.prot(en)
    user = b.pick(
        lambda: f"报告上写的 {en} 中文是什么？",
        lambda: f"What is {en} called in Chinese? 我爸的 MRI report 上有。",
        lambda: f"{en} 严重吗？医生说是{b.prot(b.choice(['early stage', 'mild', '轻度', '早期']))}。",
    )
    reply = b.pick(
        lambda: f"{en} 中文叫{b.prot(zh)}。具体情况请找医生解读报告。",
        lambda: f"In Chinese it is {b.prot(zh)}. 具体要看医生怎么评估。",
        lambda: f"{b.prot(zh)}（{en}）的严重程度因人而异，建议复诊时当面问医生治疗方案。",
    )
    return [user, reply]


# --------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------

LATIN = re.compile(r"[A-Za-z]")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def find_all(text: str, s: str) -> list[tuple[int, int]]:
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def find_word(text: str, s: str, icase: bool) -> list[tuple[int, int]]:
    pat = re.compile(r"(?<![A-Za-z0-9])" + re.escape(s) + r"(?![A-Za-z0-9])", re.I if icase else 0)
    return [(m.start(), m.end()) for m in pat.finditer(text)]


def span_occ(text: str, s: str) -> list[tuple[int, int]]:
    """Where a labelled span applies: Latin as whole words, digits not inside a longer number."""
    if LATIN.search(s):
        return find_word(text, s, icase=False)
    if not CJK.search(s):
        return [(m.start(), m.end()) for m in re.finditer(r"(?<!\d)" + re.escape(s) + r"(?!\d)", text)]
    return find_all(text, s)


def part_occ(text: str, p: str) -> list[tuple[int, int]]:
    if LATIN.search(p):
        return find_word(text, p, icase=True)
    return find_all(text, p)


def check(turns: list[str], spans: list[dict], protect: list[str]) -> str | None:
    if not 1 <= len(turns) <= 6:
        return "turns"
    texts = [s["text"] for s in spans]
    if len(set(texts)) != len(texts) or len(set(protect)) != len(protect):
        return "duplicate"
    for s in spans:
        if s["kind"] not in KINDS or not s["text"].strip():
            return "kind"
        if s["text"] != s["text"].strip(" ,.;:"):
            return f"untrimmed span {s['text']!r}"
        if not any(s["text"] in t for t in turns):
            return f"span not found {s['text']!r}"
        for p in s["parts"]:
            if p not in s["text"]:
                return f"part not in span {p!r}"
        if LATIN.search(s["text"]):
            for t in turns:
                if len(find_all(t.lower(), s["text"].lower())) != len(find_word(t, s["text"], icase=True)):
                    return f"latin span not whole word {s['text']!r}"
    for p in protect:
        if not p or not any(p in t for t in turns):
            return f"protect not found {p!r}"
        for s in spans:
            for part in s["parts"]:
                if part_occ(p, part):
                    return f"protect {p!r} contains {part!r}"
    for t in turns:
        iv = [(a, z, s) for s in spans for a, z in span_occ(t, s["text"])]
        for s in spans:
            for part in s["parts"]:
                for a, z in part_occ(t, part):
                    if not any(x <= a and z <= y for x, y, _ in iv):
                        return f"uncovered part {part!r} in {t[max(0, a - 20) : z + 20]!r}"
            if len(s["text"]) == 1:
                for a, z in find_all(t, s["text"]):
                    if any(x <= a and z <= y and y - x > 1 for x, y, _ in iv):
                        continue
                    before = t[a - 1] if a > 0 else ""
                    if before not in TITLE_BEFORE and not any(t.startswith(w, z) for w in TITLE_AFTER):
                        return f"bare one-char span {s['text']!r} in {t[max(0, a - 10) : z + 10]!r}"
        for p in protect:
            for a, z in find_all(t, p):
                if any(a < y and x < z for x, y, _ in iv):
                    return f"protect {p!r} overlaps a span"
    return None


# --------------------------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------------------------


FAILS: dict[str, Counter] = {}
FOLLOW_UPS = {
    "en": [
        "Thanks, that helps.",
        "ok thanks",
        "Can you make it shorter?",
        "Great - and at the weekend?",
        "Perfect, thank you.",
    ],
    "zh": ["好的，谢谢。", "明白了，谢谢医生。", "能再简短一点吗？", "那周末可以吗？", "收到。"],
    "mixed": ["OK 谢谢!", "明白，thanks。", "Got it，谢谢。", "收到 thanks!"],
}


def vary_length(rng: random.Random, t: dict, b: Row, turns: list[str]) -> list[str]:
    """Sometimes keep only the user's turn, sometimes add a short follow-up from the user."""
    x = rng.random()
    if x < 0.1 and len(turns) == 2:
        kept = turns[:1]
        spans = [s for s in b.spans if any(s["text"] in u for u in kept)]
        protect = [p for p in b.protect if any(p in u for u in kept)]
        if (t["phi"] and not spans) or (not t["phi"] and not protect):
            return turns
        b.spans = spans
        b.protect = protect
        return kept
    if x < 0.2 and len(turns) in (2, 4):
        return [*turns, rng.choice(FOLLOW_UPS[t["lang"]])]
    return turns


def build() -> list[dict]:
    for t in TEMPLATES:
        FAILS[t["name"]] = Counter()
    rng = random.Random(SEED)
    plan = []
    for (lang, phi), n in QUOTAS.items():
        pool = [t for t in TEMPLATES if t["lang"] == lang and t["phi"] == phi]
        seq: list[dict] = []
        while len(seq) < n:
            batch = pool[:]
            rng.shuffle(batch)
            seq.extend(batch)
        plan.extend(seq[:n])
    rng.shuffle(plan)
    rows, seen = [], set()
    for i, t in enumerate(plan, 1):
        for _attempt in range(400):
            b = Row(rng)
            try:
                turns = t["fn"](b)
            except Redraw:
                continue
            if t["phi"] and not b.spans:
                raise AssertionError(t["name"])
            if not t["phi"] and b.spans:
                raise AssertionError(t["name"])
            turns = vary_length(rng, t, b, turns)
            key = json.dumps(turns, ensure_ascii=False)
            err = check(turns, b.spans, b.protect) or ("duplicate row" if key in seen else None)
            if err:
                FAILS[t["name"]][err.split(" ")[0] + " " + err.split(" ")[1] if " " in err else err] += 1
                continue
            seen.add(key)
            src = t["source"] if isinstance(t["source"], str) else rng.choice(t["source"])
            rows.append(
                {
                    "id": f"dev9-{i:04d}",
                    "lang": t["lang"],
                    "style": t["style"],
                    "source": src,
                    "template": t["name"],
                    "turns": turns,
                    "spans": b.spans,
                    "protect": b.protect,
                }
            )
            break
        else:
            raise SystemExit(f"template {t['name']} failed 400 draws; last error: {err}")
    return rows


def main() -> None:
    rows = build()
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            out = {k: r[k] for k in ("id", "lang", "style", "source", "turns", "spans", "protect")}
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")
    kinds = Counter(s["kind"] for r in rows for s in r["spans"])
    total = sum(kinds.values())
    print(f"wrote {len(rows)} rows to {OUT.name} from {len(TEMPLATES)} templates")
    print("rows per lang:", dict(Counter(r["lang"] for r in rows)))
    print("identifiers per kind:", {k: f"{v} ({100 * v / total:.0f}%)" for k, v in kinds.most_common()})
    print("PHI-free rows:", sum(1 for r in rows if not r["spans"]))
    print("templates used:", len({r["template"] for r in rows}))


if __name__ == "__main__":
    main()
