"""Word lists of the synthetic generator: the generic vocabulary campaigns and background share
(names, webmail, cities, titles, big employers, sectors) and the words cover firms are made of."""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.strip().splitlines() if line.strip())


# --- generic vocabulary: shared by campaigns and background alike -----------------------------

FIRST_NAMES = _words(
    """David Michael Kevin Vivian Sophie Jennifer Daniel Richard Emily Grace Jason Eric Alice
    Helen Peter Linda Tony Amy Jack Cathy Steven Annie James Sarah Mark Lisa Andrew Rachel Thomas
    Jessica William Karen Chris Anna Ben Sandy Max Laura Oliver Hannah Paul Julia Ryan Chloe Simon
    Irene Leo Joyce Victor Fiona"""
)
FAMILY_NAMES = _words(
    """Smith Jones Taylor Brown Williams Wilson Evans Roberts Walker Wright Harris Keller Muller
    Schmidt Fischer Weber Martin Bernard Dubois Rossi Patel Shah Khan Singh Kumar Okafor Murphy
    Kelly Novak Kowalski Nguyen Kim Park Lee Tan Lim Ng Wong Lam Chan Ho Cheung Chen Li Zhang Liu
    Wang Yang Huang Zhou Wu Lin"""
)
# Family names whose pinyin is unambiguous (no 曾/单/解), given-name characters without ü.
HAN_FAMILY = "".join(
    _lines(
        """王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭萧田董潘袁蔡蒋余杜叶程魏
        苏丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵钱严
        武戴莫孔汤"""
    )
)
HAN_GIVEN = "".join(
    _lines(
        """伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚薇婷晨浩宇欣怡佳雪琳晶颖鹏华建文斌慧俊帆凯
        蕾倩玲晓峰志海燕鑫萍亮飞红波辉"""
    )
)
WEBMAIL = _words("gmail.com outlook.com qq.com 163.com hotmail.com yahoo.com")
WEBMAIL_WEIGHTS = (40, 20, 15, 8, 10, 7)
LOCATIONS = _lines(
    """Hong Kong
    Singapore
    London
    Shanghai
    Beijing
    Shenzhen
    Cambridge
    Manchester
    Dubai
    Frankfurt"""
)
LOCATION_WEIGHTS = (20, 18, 20, 10, 8, 6, 6, 5, 4, 3)
HOSTILE_TITLES = _lines(
    """Recruiter
    Talent Partner
    Senior Consultant
    Headhunter
    Research Director
    HR Manager
    Partner
    Programme Manager
    Senior Research Fellow
    Business Development Manager"""
)
RECRUITER_TITLES = _lines(
    """Recruiter
    Talent Partner
    Senior Recruitment Consultant
    Technical Recruiter
    Talent Acquisition Partner
    HR Manager"""
)
TECH_TITLES = _lines(
    """Software Engineer
    Research Scientist
    Senior Engineer
    Programme Manager
    Data Scientist
    Product Manager
    Hardware Engineer
    Postdoctoral Researcher"""
)
SALES_TITLES = ("Account Executive", "Business Development Manager", "Sales Director", "Partner")
EVENT_TITLES = ("Programme Chair", "Event Manager", "Professor", "Senior Research Fellow")
# (name, domain): thousands of genuine people work at these, and hostile personas claim them as
# past employers, so none of them links anything.
BIG_COMPANIES = tuple(
    tuple(line.split(" | "))
    for line in _lines(
        """Deloitte | deloitte.com
        PwC | pwc.com
        KPMG | kpmg.com
        EY | ey.com
        Huawei | huawei.com
        Google | google.com
        Microsoft | microsoft.com
        HSBC | hsbc.com
        Arm | arm.com
        Accenture | accenture.com
        McKinsey & Company | mckinsey.com
        Tencent | tencent.com"""
    )
)
AGENCIES = tuple(
    tuple(line.split(" | "))
    for line in _lines(
        """Hays | hays.com
        Michael Page | michaelpage.com
        Robert Walters | robertwalters.com
        Randstad | randstad.com
        Harvey Nash | harveynash.com
        Hudson | hudson.com"""
    )
)
SCHOOLS = _lines(
    """University of Hong Kong
    National University of Singapore
    London School of Economics
    Fudan University
    Tsinghua University
    University of Manchester
    King's College London"""
)
# sector | organisations | topics | roles (items separated by ";")
SECTORS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    sector: tuple(tuple(item.strip() for item in part.split(";")) for part in parts)  # type: ignore[misc]
    for sector, *parts in (
        line.split(" | ")
        for line in _lines(
            """
artificial intelligence | Northfield AI; Cortexa Robotics; DeepGrain Labs; Alder Vision Systems | large language model training; AI accelerator design; autonomous navigation | Machine Learning Engineer; Research Scientist; Head of AI
quantum | Coherent Qubit Labs; Qubitronics; Photonix Quantum; Entangle Systems | superconducting qubits; quantum error correction; cryogenic control electronics | Quantum Engineer; Experimental Physicist; CTO
semiconductors | Silicon Fen Devices; Wafercraft; Lumen Lithography; Gallium Edge | EUV lithography; GaN power devices; advanced chip packaging | Process Engineer; Verification Engineer; Design Lead
synthetic biology | Helix Forge; Biocircuit Therapeutics; Genomica Cambridge | gene synthesis; mRNA manufacturing; CRISPR delivery | Senior Scientist; Lab Manager; Principal Investigator
defence | Aegis Dynamics; Thornbury Defence Systems; Sentinel Aerospace | hypersonic propulsion; radar signal processing; secure communications | Systems Engineer; Programme Director; Test Engineer
government | Department for Business and Trade; Cabinet Office; Ministry of Defence | export control policy; critical minerals strategy; China policy | Policy Adviser; Senior Civil Servant; Analyst
universities | University of Northbridge; Kingsmere College London; Institute of Advanced Materials | battery chemistry; photonic chips; materials science | Professor; Postdoctoral Researcher; PhD Candidate
energy | Fusion Reach; Gridline Storage; Atomica Power | solid-state batteries; small modular reactors; grid-scale storage | Reactor Physicist; Battery Engineer; Head of R&D
"""  # noqa: E501 - one sector a line reads best
        )
    )
}
SECTOR_NAMES = tuple(SECTORS)

# --- cover firms: word combinations, one per campaign -----------------------------------------

FIRM_PREFIXES = _words(
    """Pinnacle Summit Meridian Apex Horizon Crestview Aurora Beacon Cobalt Crescent Goldleaf
    Harbourline Ironwood Jadeport Keystone Lodestar Northbridge Oakmont Pacifica Quayside Redwood
    Sapphire Silverline Tidewater Trident Vantage Westbay Zenith Eastgate Skybridge Lotus Evergreen
    Bluewater Starling Granite Amberley Orchid Brightpath Clearview Dragonstone Falcon Greenfield
    Highland Jadeite Kestrel Lakeside Mosaic Nova Onyx Peregrine Rosewood Sterling"""
)
# theme -> (middle words, last words); "-" is no last word.
FIRM_WORDS = {
    theme: (tuple(middle.split("; ")), tuple("" if w == "-" else w for w in last.split("; ")))
    for theme, middle, last in (
        line.split(" | ")
        for line in _lines(
            """
recruiter | Executive Search; Talent; Human Capital; Career; Search & Selection | Partners; Group; Associates; Consulting; -
paid_report | Consulting; Advisory; Strategy; Insight; Research; Intelligence | Partners; Group; Associates; Solutions; -
think_tank | Policy; Strategic Studies; Global Affairs; International Exchange; Innovation | Institute; Centre; Forum; Foundation; Council
research_collab | Science; Technology Review; Research; Academic; Innovation | Press; Institute; Journal Group; Publishing; Society
policy_briefing | Government Affairs; Public Policy; Risk Advisory; Strategy; Political Risk | Partners; Group; Consultancy; Associates; -
"""  # noqa: E501 - one theme a line reads best
        )
    )
}
LEGAL_SUFFIXES = {
    "HK": ("Limited", "Ltd", "Ltd.", "(HK) Limited", "(Hong Kong) Ltd"),
    "SG": ("Pte. Ltd.", "Pte Ltd", "PTE. LTD.", "Private Limited"),
    "GB": ("Ltd", "Limited", "Ltd.", "LTD"),
    "CN": ("Co., Ltd.", "Co. Ltd", "Company Limited", "Co., Ltd"),
    "US": ("LLC", "L.L.C.", "llc"),
    "DE": ("GmbH", "GMBH", "G.m.b.H."),
}
JURISDICTIONS = ("HK", "SG", "GB", "CN", "US", "DE")
JURISDICTION_WEIGHTS = (30, 20, 20, 15, 10, 5)
FIRM_TLDS = _words("com net co hk sg org com.cn co.uk")
CLIENTS = _lines(
    """a Shanghai-based investment fund
    a government-linked research institute in Asia
    a family office in Hong Kong
    a strategic investor in the region
    a large state-owned technology group
    an overseas talent programme
    a private equity client in Shenzhen
    a policy research centre in Beijing"""
)
CITIES = ("Shanghai", "Beijing", "Hong Kong", "Singapore", "Shenzhen", "Macau", "Dubai")
CURRENCIES = ("USD", "GBP", "EUR", "HKD")
FEES = (1500, 2000, 3000, 5000, 8000, 12000)  # per report, briefing or talk
ANNUAL_PACKAGES = (150_000, 200_000, 250_000, 400_000)
HANDLE_REGIONS = ("CN", "HK", "SG", "GB")
HANDLE_REGION_WEIGHTS = (40, 30, 15, 15)
MONTH_NAMES = _words(
    "January February March April May June July August September October November December"
)
# Two-letter syllables (a consonant and a vowel): words made of them split only one way.
SYLLABLES = tuple(c + v for c in "bdfgklmnprstvz" for v in "aeiou")
