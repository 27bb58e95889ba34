"""Synthetic approaches with known campaigns: ground truth for campaign linking.

:func:`generate` yields ``counterlink.approach/1`` dicts, the same for the same seed, one at a
time: the campaigns (their personas, firms, shared contacts, time windows, targets and message
templates) are planned first, in memory proportional to the number of campaigns and of their
members, and each row is then built from its own seeded random stream and dropped.

Ground truth: ``annotations.campaign`` is the campaign id (null for background traffic) and
``label`` is ``malicious`` for campaign members and lone hostile approaches, ``benign`` for the
rest. What the generator models, and which linker weakness each feature tests, is described in
docs/campaigns-synthetic.md.

Honesty rules: members of one campaign vary (name and firm variants, re-encoded photos,
paraphrased templates, contacts that come and go), generic values (webmail domains, job titles,
cities, big employers, the default avatar, common names) appear in campaigns and background
alike, and every campaign member shares at least one non-generic value (photo, profile slug,
address, domain, website, firm, handle or phone) with another member of its campaign: each member
after the first copies one such value from an earlier member, so a campaign is a connected graph.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any

import numpy as np
import phonenumbers
from pypinyin import lazy_pinyin

from counterlink.errors import CounterlinkError
from counterlink.schema import APPROACH_SCHEMA

GENERATOR = "counterlink.synth/1"
EPOCH = datetime(2025, 1, 6, 8, 0, tzinfo=UTC)
SPAN_DAYS = 364
MIN_CAMPAIGN = 3
MAX_CAMPAIGN = 3000
# No campaign is more than 2 % of the rows (nor capped below 30): one giant campaign would hold
# nearly every true pair, and pairwise scores would measure that campaign alone.
MAX_CAMPAIGN_SHARE = 0.02
CAMPAIGN_SHARE = 0.8  # campaign members may fill at most this share of the rows
LONE_HOSTILE_RATE = 0.01  # of background rows
# LinkedIn's grey silhouette: the photo of everyone who has none (a generic value).
DEFAULT_AVATAR_PHASH = "c3c3c3e7e7c38100"


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

# --- message templates ------------------------------------------------------------------------
# A theme is an ordered list of slots, each a list of phrasings ("[slot]" starts one, "@NAME"
# takes a shared list). A campaign keeps two phrasings of each slot; each member picks one,
# swaps synonyms, may reorder two adjacent body slots, and may drop an optional slot ("?").

SHARED = {
    "GREET": _lines(
        """Dear {tfirst},
        Hi {tfirst},
        Hello {tfirst},
        Dear {tfull},
        Good morning {tfirst},
        Dear Dr {tlast},"""
    ),
    "CLOSE": _lines(
        """Looking forward to hearing from you.
        Best regards, {pfirst}
        Kind regards, {pfirst}
        Many thanks and best wishes.
        I hope to hear from you soon.
        Warm regards, {pfirst}"""
    ),
    "MOVE": _lines(
        """Could we continue on {contact}?
        It is easier to talk on {contact}.
        Please add me on {contact} so I can share the details.
        You can reach me directly on {contact}.
        For a faster reply, message me on {contact}."""
    ),
    "SECRET": _lines(
        """Please keep this between us for now.
        This is confidential, so please do not discuss it with colleagues.
        Our client prefers discretion at this stage.
        Kindly treat this approach as confidential.
        There is no need to mention this to your employer."""
    ),
}
CALL = _lines(
    """Would you have time for a short call this week?
    Let me know a good time to talk.
    Are you free for a quick chat in the coming days?"""
)
Template = tuple[tuple[str, tuple[str, ...]], ...]


def _theme(text: str) -> Template:
    slots: list[tuple[str, list[str]]] = []
    for line in _lines(text):
        if line.startswith("["):
            slot, _, shared = line[1:].partition("]")
            slots.append((slot, list(SHARED[shared.strip()[1:]]) if shared.strip() else []))
        else:
            slots[-1][1].append(line)
    return tuple((slot, tuple(phrasings)) for slot, phrasings in slots)


HOSTILE_THEMES: dict[str, Template] = {
    "recruiter": _theme(
        """
        [greet] @GREET
        [intro]
        I am {pfirst}, a {title} at {firm}.
        My name is {pfirst}, {title} with {firm}.
        This is {pfirst} from {firm}, an executive search firm based in {city}.
        I am a headhunter with {firm} and I came across your profile.
        I lead the technology practice at {firm}.
        [hook]
        Your background in {topic} at {torg} is impressive.
        I was impressed by your experience with {topic}.
        Your profile stood out in our search for {topic} specialists.
        Our client is building a team in {topic} and your name came up.
        People with your depth in {topic} are rare.
        [offer]
        Our client, {client}, offers a senior role with a package of around {fee} a year.
        The position pays {fee} plus housing and relocation.
        It is a director-level role in {city} with total compensation near {fee}.
        The package is very generous: {fee}, flexible hours and a signing bonus.
        Remuneration starts at {fee}, far above the market.
        [ask]
        Could you send me your latest CV and a summary of the projects you work on?
        Please share your CV and a list of your current projects and collaborators.
        To move forward I need your CV and some detail on your team's current work.
        Could you tell me more about the programmes you are involved in?
        A short note on your recent projects and your security clearance would help.
        [?secret] @SECRET
        [move] @MOVE
        [close] @CLOSE
        """
    ),
    "paid_report": _theme(
        """
        [greet] @GREET
        [intro]
        I am {pfirst}, a {title} at {firm}.
        My name is {pfirst} and I work with {firm}, a consultancy serving {client}.
        I represent {firm}, an advisory firm with clients across Asia.
        I run the research desk at {firm} and came across your profile.
        I am {pfirst} from {firm}, where I look after our expert network.
        [hook]
        Your experience in {topic} at {torg} is exactly what our client needs.
        We were very impressed by your background in {topic}.
        Your work on {topic} stands out among the profiles we reviewed.
        Our client values practitioners with your depth in {topic}.
        Few people understand {topic} as well as you do.
        [offer]
        We pay {fee} for a short report of about 3,000 words.
        Our client offers {fee} per report, written in your spare time.
        Each paid consultation is rewarded with {fee}, with flexible hours.
        The fee is {fee} per article, paid promptly.
        Compensation is generous: {fee} for two pages of your views.
        [ask]
        We are most interested in insights that are not yet public.
        Any internal perspective on your company's roadmap would be extremely valuable.
        We would welcome your views on unpublished developments in {topic}.
        The client is particularly keen on details beyond what is in the press.
        Information on current projects and partners would be ideal.
        [?secret] @SECRET
        [move] @MOVE
        [close] @CLOSE
        """
    ),
    "think_tank": _theme(
        """
        [greet] @GREET
        [intro]
        I am {pfirst}, {title} at {firm}, a think tank focused on {topic}.
        I write on behalf of {firm}, an independent forum for dialogue on {topic}.
        My name is {pfirst}; I coordinate international programmes at {firm}.
        {firm} brings together experts on {topic} from Europe and Asia.
        I am {pfirst} from {firm}, which organises closed-door expert roundtables.
        [invite]
        We would like to invite you to speak at our forum in {city} on {date}.
        You are invited to a small expert workshop in {city} on {date}.
        We are hosting a roundtable in {city} on {date} and hope you can join.
        Our annual symposium takes place in {city} on {date}.
        We would be honoured to have you at our seminar in {city} on {date}.
        [perk]
        All expenses, including business-class flights and hotel, are covered.
        An honorarium of {fee} is offered, and travel is paid in full.
        We cover flights, accommodation and an honorarium of {fee}.
        Participants receive {fee} and a fully paid trip.
        Travel and a generous speaker fee of {fee} are provided.
        [ask]
        Beforehand, could you share your views on {topic}, including anything not yet public?
        A short paper on your organisation's plans in {topic} would help us prepare.
        We would value a briefing on internal thinking about {topic}.
        Could you also suggest colleagues working on {topic} who might attend?
        Please send a few notes on current projects in {topic} before the event.
        [?secret] @SECRET
        [move] @MOVE
        [close] @CLOSE
        """
    ),
    "research_collab": _theme(
        """
        [greet] @GREET
        [intro]
        I am {pfirst}, an editor at {firm}.
        My name is {pfirst}, {title} at {firm}.
        I am writing from {firm}, which publishes research on {topic}.
        {firm} is preparing a special issue on {topic}.
        I coordinate research partnerships at {firm}.
        [hook]
        Your publications on {topic} are highly regarded.
        We follow your group's work on {topic} with great interest.
        Your expertise in {topic} would add a great deal to our programme.
        Your recent results in {topic} caught our attention.
        We believe your research on {topic} deserves a wider audience.
        [offer]
        We would like to commission a paper on {topic}, with a fee of {fee}.
        We offer a funded collaboration worth {fee} over six months.
        A visiting fellowship in {city} with a stipend of {fee} is available.
        Authors receive {fee} and fast-track publication.
        The grant covers {fee} and a research visit to {city}.
        [ask]
        Unpublished data or internal test results would make the paper stronger.
        Could you share your latest unpublished results with us?
        Details of your lab's current experiments would be very helpful.
        We would need some data that has not been released yet.
        Please send the technical reports behind your recent work.
        [?secret] @SECRET
        [move] @MOVE
        [close] @CLOSE
        """
    ),
    "policy_briefing": _theme(
        """
        [greet] @GREET
        [intro]
        I work for {firm}, which advises {client} on government affairs.
        I am {pfirst}, a {title} at {firm}.
        My name is {pfirst}; {firm} helps investors understand policy in {topic}.
        I represent {firm}, a political risk consultancy.
        I am {pfirst} from {firm}, where I run our public policy practice.
        [hook]
        Your role at {torg} gives you a unique view of {topic}.
        Your experience with {topic} in government is very relevant to our client.
        Insiders like you understand how decisions on {topic} are really made.
        Our client wants to understand the direction of {topic}.
        You are clearly one of the people shaping {topic}.
        [offer]
        We offer {fee} for a one-hour briefing.
        Our client pays {fee} for a short written assessment.
        A consulting fee of {fee} per session is available.
        Each briefing is paid {fee}, discreetly.
        We can arrange {fee} per call, paid in any currency you prefer.
        [ask]
        We are especially interested in upcoming decisions and how your team sees them.
        Any drafts or internal papers on {topic} would be very valuable.
        Could you outline the options currently under discussion?
        Names of the officials leading on {topic} would also help.
        Insight into the timetable before it is announced would be ideal.
        [?secret] @SECRET
        [move] @MOVE
        [close] @CLOSE
        """
    ),
}
HOSTILE_FOLLOW_UPS = _lines(
    """Just following up on my message. {move}
    Did you have a chance to think about it? {ask}
    Our client is keen to move quickly. {move}
    Hi {tfirst}, any news? {ask}"""
)
BENIGN_THEMES: dict[str, Template] = {
    "recruiter": _theme(
        """
        [greet]
        Hi {tfirst},
        Hello {tfirst},
        Dear {tfirst},
        Good afternoon {tfirst},
        [intro]
        I'm {pfirst}, a {title} at {company}.
        {pfirst} here from {company}.
        I work at {company} as a {title}.
        I hope you're well. I'm a {title} with {company}.
        [role]
        I'm recruiting a {role} for {hiring} in {location}.
        We have a {role} vacancy with {hiring} based in {location}.
        {hiring} is hiring a {role} ({location}, hybrid).
        I'm helping {hiring} find a {role} for their {location} office.
        [pay]
        The salary is {salary} plus benefits.
        It pays {salary}, with {days} days a week in the office.
        Salary range {salary}, hybrid working.
        The budget is {salary} depending on experience.
        [ask]
        Would you be open to a quick call next week?
        Are you open to hearing more?
        Happy to send the job description if you're interested.
        Let me know if you'd like the full spec.
        [?extra]
        You can also email me at {email}.
        My direct line is {phone}.
        [close]
        Thanks, {pfirst}
        Best, {pfirst}
        Kind regards
        Cheers, {pfirst}
        """
    ),
    "colleague": _theme(
        """
        [greet]
        Hi {tfirst}, great to see your post about {topic}!
        Hi {tfirst}, it's been a while since {company}.
        Hey {tfirst}, hope things are good at {torg}.
        Hi {tfirst}, thanks for the connection.
        [body]
        We should catch up over coffee soon.
        Are you going to the team offsite next month?
        Let me know if you want to grab lunch when you're in {location}.
        I'd love to hear how the {topic} work is going.
        [?extra]
        Also, congrats on the new role!
        I've just moved to {company} myself.
        [close]
        Cheers
        Speak soon, {pfirst}
        Best, {pfirst}
        Take care
        """
    ),
    "conference": _theme(
        """
        [greet]
        Dear {tfull}, thank you for your talk at {event}.
        Dear {tfirst}, the call for papers for {event} is now open.
        Hello {tfirst}, I'm organising a session on {topic} at {event}.
        Dear Dr {tlast}, I enjoyed your poster at {event}.
        [ask]
        Could you share your slides once they are public?
        We would welcome a submission from your group.
        Would you be willing to chair a panel?
        Would you consider reviewing for the workshop?
        [?extra]
        Registration details are on the event website.
        The deadline is {date}.
        [close]
        Best wishes, {pfirst}
        Kind regards
        Many thanks
        Regards, {pfirst}
        """
    ),
    "sales": _theme(
        """
        [greet]
        Hi {tfirst}, I'm {pfirst} from {company}.
        Hello {tfirst}, quick question about {torg}'s tooling.
        Hi {tfirst}, I noticed {torg} is growing its {topic} team.
        [pitch]
        We help {sector} teams cut their compute costs by 30%.
        Our platform automates lab data management.
        We've just launched a new version of our {topic} toolkit.
        Teams like yours use us to speed up their test pipelines.
        [ask]
        Would a 20-minute demo next week be useful?
        Can I send you a short case study?
        Happy to set up a free trial.
        Who would be the right person to speak to?
        [close]
        Thanks, {pfirst}
        Best, {pfirst}
        Regards
        """
    ),
    "networking": _theme(
        """
        [greet]
        Hi {tfirst}, I'd like to add you to my professional network.
        Hello {tfirst}, fellow {school} alum here.
        Hi {tfirst}, I enjoyed your article on {topic}.
        Hi {tfirst}, we met briefly at {event}.
        [body]
        I'm working in {topic} too and would love to stay in touch.
        Always keen to connect with people in {sector}.
        It would be great to swap notes some time.
        [close]
        Best, {pfirst}
        Thanks
        Cheers
        """
    ),
}
BENIGN_WEIGHTS = {"recruiter": 35, "colleague": 20, "conference": 15, "sales": 20, "networking": 10}
BENIGN_FOLLOW_UPS = _lines(
    """Just following up on my note above. Any thoughts?
    Hi {tfirst}, just bumping this in case it got buried.
    No worries if not, thanks for reading."""
)
TARGET_REPLIES = _lines(
    """Thanks, tell me more.
    Not interested, thanks.
    Sounds interesting. What would you need from me?
    I'll have a look and get back to you.
    Thanks for reaching out."""
)
SYNONYMS = {
    word: tuple(alternatives.split("; "))
    for word, _, alternatives in (
        line.partition(": ")
        for line in _lines(
            """client: customer; partner
            impressed: struck
            report: paper; briefing
            generous: attractive; competitive
            confidential: private; discreet
            valuable: useful; helpful
            experience: background; expertise
            insights: perspectives; views
            interested: keen
            invite: welcome
            details: specifics; particulars
            quickly: promptly; fast
            share: send
            projects: programmes; work streams
            senior: high-level
            rare: hard to find
            paid: remunerated"""
        )
    )
}
_SYNONYM = re.compile(r"\b(" + "|".join(SYNONYMS) + r")\b")
_BODY_SLOTS = frozenset({"hook", "offer", "ask", "invite", "perk", "?secret"})
HOSTILE_THEME_NAMES = tuple(HOSTILE_THEMES)


# --- plan -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Name:
    given: str  # romanised given name: "Wei", "Xiaoming", "Max"
    family: str  # "Zhou", "Keller"
    english: str | None = None  # "Vivian" for a Chinese name that also has an English one
    han: str | None = None  # "周薇"

    @property
    def first(self) -> str:
        return self.english or self.given

    @property
    def canonical(self) -> str:
        return f"{self.first} {self.family}"


@dataclass(frozen=True)
class _Firm:
    base: str  # "Pinnacle Executive Search"
    jurisdiction: str
    domain: str | None  # its own e-mail domain and website, when it has one
    website: bool


@dataclass(frozen=True)
class _Persona:
    key: str
    name: _Name
    title: str
    firm: int  # home firm, index into the campaign's firms
    photo: int | None  # base perceptual hash (None: the default avatar)
    sha256: str
    slugs: tuple[str, ...]  # profile URL slugs: the profile was re-created under new slugs
    email: str
    email_firm: int | None  # the firm whose domain the address is at (None: webmail)
    location: str
    connections: int
    member_since: str
    prior: tuple[str, str] | None  # an earlier (title, big company) job
    school: str | None


@dataclass(frozen=True)
class _Campaign:
    id: str
    index: int
    size: int
    theme: str
    personas: tuple[_Persona, ...]
    persona_weights: tuple[float, ...]
    firms: tuple[_Firm, ...]
    wechat: str | None
    phone: str | None  # E.164
    whatsapp: bool  # the phone is also a WhatsApp handle
    telegram: str | None
    start: datetime
    days: int
    targets: tuple[tuple[str, str], ...]  # (sector, organisation)
    template: tuple[tuple[str, tuple[str, ...]], ...]
    topic: str
    client: str
    fee: int
    currency: str
    city: str


@dataclass(frozen=True)
class _Member:
    """What one member shows: chosen persona and firm, and which indicators it carries."""

    persona: int
    firm: int
    photo: bool
    url: bool
    slug: int
    email: bool
    role_mail: bool
    firm_shown: bool
    website: bool
    wechat: bool
    whatsapp: bool
    telegram: bool
    phone: bool


Key = tuple[Any, ...]


@dataclass(frozen=True)
class Plan:
    """The campaigns and where their members sit among the ``n`` rows."""

    n: int
    seed: int
    campaigns: tuple[_Campaign, ...]
    slots: np.ndarray[Any, np.dtype[np.int64]]  # sorted row positions of campaign members
    owners: np.ndarray[Any, np.dtype[np.int32]]  # campaign index of each slot

    @property
    def sizes(self) -> list[int]:
        return [c.size for c in self.campaigns]


def campaign_sizes(n_approaches: int, n_campaigns: int, seed: int) -> list[int]:
    """The campaign sizes :func:`generate` uses: heavy-tailed (most 3–30, a few in the hundreds
    or more, none above :func:`largest_campaign`), scaled down when they would not leave a fifth
    of the rows to background traffic."""
    _check_arguments(n_approaches, n_campaigns)
    rng = random.Random(f"{seed}:sizes")
    budget = int(n_approaches * CAMPAIGN_SHARE)
    cap = largest_campaign(n_approaches)
    sizes = [
        min(cap, MIN_CAMPAIGN + int(4 * (rng.paretovariate(1.0) - 1))) for _ in range(n_campaigns)
    ]
    total = sum(sizes)
    if total > budget:
        extra = total - MIN_CAMPAIGN * n_campaigns
        room = budget - MIN_CAMPAIGN * n_campaigns
        sizes = [MIN_CAMPAIGN + (s - MIN_CAMPAIGN) * room // extra for s in sizes]
    return sizes


def largest_campaign(n_approaches: int) -> int:
    """The largest campaign size among ``n_approaches`` rows: 2 % of them, 30 to 3,000."""
    return max(30, min(MAX_CAMPAIGN, int(n_approaches * MAX_CAMPAIGN_SHARE)))


def _check_arguments(n_approaches: int, n_campaigns: int) -> None:
    if n_approaches < 1:
        raise CounterlinkError(f"the number of approaches must be at least 1, not {n_approaches}")
    if n_campaigns < 0:
        raise CounterlinkError(f"the number of campaigns cannot be negative ({n_campaigns})")
    if MIN_CAMPAIGN * n_campaigns > int(n_approaches * CAMPAIGN_SHARE):
        need = -(-MIN_CAMPAIGN * n_campaigns * 10 // int(CAMPAIGN_SHARE * 10))
        raise CounterlinkError(
            f"{n_campaigns} campaigns of at least {MIN_CAMPAIGN} members need at least {need} "
            f"approaches (campaigns fill at most {CAMPAIGN_SHARE:.0%} of them)"
        )


def plan(n_approaches: int, n_campaigns: int, seed: int) -> Plan:
    """Plan the campaigns up front: everything but the rows themselves."""
    sizes = campaign_sizes(n_approaches, n_campaigns, seed)
    rng = random.Random(f"{seed}:plan")
    used_firms: set[str] = set()
    used_domains: set[str] = set()
    campaigns = tuple(
        _plan_campaign(rng, index, size, used_firms, used_domains)
        for index, size in enumerate(sizes)
    )
    members = sum(sizes)
    positions = np.random.default_rng(np.random.SeedSequence([seed & (2**63 - 1), 20261128]))
    slots = np.sort(positions.choice(n_approaches, size=members, replace=False)).astype(np.int64)
    owners = positions.permutation(np.repeat(np.arange(n_campaigns, dtype=np.int32), sizes))
    return Plan(n_approaches, seed, campaigns, slots, owners.astype(np.int32))


def _plan_campaign(
    rng: random.Random, index: int, size: int, used_firms: set[str], used_domains: set[str]
) -> _Campaign:
    theme = rng.choice(HOSTILE_THEME_NAMES)
    n_firms = 1 if rng.random() < 0.65 else 2
    firms = tuple(_plan_firm(rng, theme, used_firms, used_domains) for _ in range(n_firms))
    n_personas = min(size, rng.choices((1, 2, 3, 4), weights=(45, 30, 15, 10))[0])
    personas = tuple(
        _plan_persona(rng, f"c{index + 1:04d}/p{p + 1}", p % n_firms, firms, theme)
        for p in range(n_personas)
    )
    # Campaigns reuse a stolen photo across personas now and then.
    if n_personas > 1 and rng.random() < 0.15 and personas[0].photo is not None:
        personas = (personas[0], replace(personas[1], photo=personas[0].photo), *personas[2:])
    weights = tuple(1.0 / (p + 1) for p in range(n_personas))
    region = rng.choices(HANDLE_REGIONS, weights=HANDLE_REGION_WEIGHTS)[0]
    has_phone = rng.random() < 0.6
    lead = personas[0].name
    days = min(SPAN_DAYS - 7, int(14 + rng.expovariate(1 / 35) + size / 4))
    start = EPOCH + timedelta(days=rng.randrange(SPAN_DAYS - days + 1))
    sectors = rng.sample(SECTOR_NAMES, rng.choice((1, 1, 2, 3)))
    targets = tuple(
        (sector, org)
        for sector in sectors
        for org in rng.sample(SECTORS[sector][0], rng.randint(1, 2))
    )
    template = tuple(
        (slot, tuple(rng.sample(phrasings, min(2, len(phrasings)))))
        for slot, phrasings in HOSTILE_THEMES[theme]
    )
    return _Campaign(
        id=f"c{index + 1:04d}",
        index=index,
        size=size,
        theme=theme,
        personas=personas,
        persona_weights=weights,
        firms=firms,
        wechat=_wechat_id(rng, lead) if rng.random() < 0.55 else None,
        phone=_phone_number(rng, region) if has_phone else None,
        whatsapp=has_phone and rng.random() < 0.7,
        telegram=_telegram(rng, lead) if rng.random() < 0.3 else None,
        start=start,
        days=days,
        targets=targets,
        template=template,
        topic=rng.choice(SECTORS[sectors[0]][1]),
        client=rng.choice(CLIENTS),
        fee=rng.choice(ANNUAL_PACKAGES if theme == "recruiter" else FEES),
        currency=rng.choice(CURRENCIES),
        city=rng.choice(CITIES),
    )


def _plan_firm(
    rng: random.Random, theme: str, used_firms: set[str], used_domains: set[str]
) -> _Firm:
    words, kinds = FIRM_WORDS[theme]
    base = ""
    for _ in range(30):
        prefix = rng.choice(FIRM_PREFIXES)
        if rng.random() < 0.3:
            prefix = f"{prefix} {rng.choice(('Asia', 'Global', 'International', 'Pacific'))}"
        base = " ".join(part for part in (prefix, rng.choice(words), rng.choice(kinds)) if part)
        if base not in used_firms:
            break
    used_firms.add(base)
    domain = None
    if rng.random() < 0.65:
        domain = _firm_domain(rng, base, used_domains)
    return _Firm(
        base=base,
        jurisdiction=rng.choices(JURISDICTIONS, weights=JURISDICTION_WEIGHTS)[0],
        domain=domain,
        website=domain is not None and rng.random() < 0.8,
    )


def _firm_domain(rng: random.Random, base: str, used: set[str]) -> str:
    words = [re.sub(r"[^a-z]", "", w.lower()) for w in base.split()]
    words = [w for w in words if w]
    while True:
        style = rng.randrange(3)
        if style == 0:
            label = "-".join(words[:2])
        elif style == 1:
            label = words[0] + "".join(w[0] for w in words[1:])
        else:
            label = "".join(words[:2])
        if rng.random() < 0.3:
            label += rng.choice(("-global", "-asia", "group", "-hk", "intl"))
        domain = f"{label}.{rng.choice(FIRM_TLDS)}"
        if domain not in used:
            used.add(domain)
            return domain
        words = [*words, str(rng.randrange(10, 100))]


def _plan_persona(
    rng: random.Random, key: str, firm: int, firms: Sequence[_Firm], theme: str
) -> _Persona:
    name = _chinese_name(rng) if rng.random() < 0.7 else _western_name(rng)
    slugs = [_slug(rng, name)]
    while rng.random() < 0.35 and len(slugs) < 4:
        slugs.append(_slug(rng, name))
    home = firms[firm]
    if home.domain is not None and rng.random() < 0.6:
        local = rng.choice((f"{name.first}.{name.family}", f"{name.first[0]}{name.family}"))
        email, email_firm = f"{local.lower()}@{home.domain}", firm
    else:
        local = f"{name.first}.{name.family}{rng.choice(('', '.hr', '_work', '.career'))}"
        email = f"{local.lower()}{rng.randrange(10, 1000)}@{_webmail(rng)}"
        email_firm = None
    title = rng.choice(HOSTILE_TITLES)
    if theme == "recruiter" and rng.random() < 0.7:
        title = rng.choice(RECRUITER_TITLES)
    return _Persona(
        key=key,
        name=name,
        title=title,
        firm=firm,
        photo=None if rng.random() < 0.15 else rng.getrandbits(64),
        sha256=f"{rng.getrandbits(256):064x}",
        slugs=tuple(slugs),
        email=email,
        email_firm=email_firm,
        location=rng.choices(LOCATIONS, weights=LOCATION_WEIGHTS)[0],
        connections=rng.randint(30, 480),
        member_since=f"{rng.choice((2023, 2024, 2024, 2025))}-{rng.randint(1, 12):02d}",
        prior=(rng.choice(TECH_TITLES + HOSTILE_TITLES), rng.choice(BIG_COMPANIES)[0])
        if rng.random() < 0.5
        else None,
        school=rng.choice(SCHOOLS) if rng.random() < 0.4 else None,
    )


# --- names, firms, contacts -------------------------------------------------------------------


@lru_cache(maxsize=512)
def _pinyin(han: str) -> str:
    """The pinyin of one character, as pypinyin reads it on its own (names are romanised
    character by character)."""
    return str(lazy_pinyin(han)[0])


def _chinese_name(rng: random.Random) -> _Name:
    family = rng.choice(HAN_FAMILY)
    given = "".join(rng.choices(HAN_GIVEN, k=rng.choice((1, 2, 2))))
    english = rng.choice(FIRST_NAMES) if rng.random() < 0.6 else None
    return _Name(
        given="".join(_pinyin(c) for c in given).capitalize(),
        family=_pinyin(family).capitalize(),
        english=english,
        han=family + given,
    )


def _western_name(rng: random.Random) -> _Name:
    return _Name(given=rng.choice(FIRST_NAMES), family=rng.choice(FAMILY_NAMES))


def name_variant(name: _Name, rng: random.Random) -> str:
    """One way a member writes the persona's name: order, initials, case, pinyin or Han."""
    first, family = name.first, name.family
    forms = [
        (f"{first} {family}", 50),
        (f"{family} {first}", 8),
        (f"{first[0]}. {family}", 6),
        (f"{first} {family}".upper(), 4),
        (f"{first} {family}".lower(), 4),
        (f"{family}, {first}", 4),
    ]
    if name.han is not None:
        forms += [
            (name.han, 8),
            (f"{family} {name.given}", 8),
            (f"{name.given} {family}", 4),
            (f"{family.upper()} {name.given}", 3),
            (f"{first} {family} {name.han}", 4),
        ]
        if name.english is not None:
            forms.append((f"{name.english} ({name.given}) {family}", 3))
    texts = [text for text, _ in forms]
    chosen: str = rng.choices(texts, weights=[weight for _, weight in forms])[0]
    return chosen


def firm_variant(firm: _Firm, rng: random.Random) -> str:
    """One way a member writes the firm: legal suffix, case and punctuation vary."""
    base = firm.base
    roll = rng.random()
    if roll < 0.15:
        base = base.replace(" ", "-", 1) if rng.random() < 0.5 else base.replace("&", "and")
    elif roll < 0.25:
        base = base.replace("Asia Pacific", "Asia-Pacific")
    suffix = rng.choice(LEGAL_SUFFIXES[firm.jurisdiction]) if rng.random() < 0.7 else ""
    text = f"{base}{',' if suffix and rng.random() < 0.15 else ''} {suffix}".strip()
    case = rng.random()
    if case < 0.08:
        return text.upper()
    if case < 0.14:
        return text.lower()
    return text


def _slug(rng: random.Random, name: _Name) -> str:
    """A cover persona's profile slug (vanity forms, or LinkedIn's hex suffix)."""
    first, family = name.first.lower(), name.family.lower()
    style = rng.randrange(4)
    if style == 0:
        return f"{first}-{family}-{rng.getrandbits(24):06x}"
    if style == 1:
        return f"{family}{first}{rng.randrange(1000, 10000)}"
    if style == 2:
        job = rng.choice(("hr", "talent", "consulting", "research"))
        return f"{first}-{family}-{job}-{rng.randrange(1000, 10000)}"
    return f"{first[0]}{family}-{rng.getrandbits(20):05x}"


def _background_slug(rng: random.Random, name: _Name) -> str:
    """A genuine member's slug: LinkedIn adds an 8-hex suffix to names that are taken."""
    return f"{name.first.lower()}-{name.family.lower()}-{rng.getrandbits(32):08x}"


def _url(slug: str, rng: random.Random) -> str:
    form = rng.random()
    if form < 0.55:
        return f"https://www.linkedin.com/in/{slug}"
    if form < 0.7:
        return f"https://www.linkedin.com/in/{slug}/"
    if form < 0.8:
        return f"linkedin.com/in/{slug}"
    if form < 0.9:
        sub = rng.choice(("uk", "hk", "sg", "cn"))
        return f"https://{sub}.linkedin.com/in/{slug}"
    return f"https://www.linkedin.com/in/{slug}?originalSubdomain={rng.choice(('hk', 'sg', 'uk'))}"


def _website(domain: str, rng: random.Random) -> str:
    return rng.choice(
        (f"https://www.{domain}", f"https://{domain}/", f"http://www.{domain}", f"www.{domain}")
    )


def _webmail(rng: random.Random) -> str:
    return rng.choices(WEBMAIL, weights=WEBMAIL_WEIGHTS)[0]


def _wechat_id(rng: random.Random, name: _Name) -> str:
    base = rng.choice(
        (
            f"{name.first}{name.family}",
            f"{name.first}_{name.family}",
            f"{name.family}{name.given}",
            f"hr_{name.family}",
        )
    ).lower()
    return f"{base}{rng.randrange(10, 10000)}"


def _telegram(rng: random.Random, name: _Name) -> str:
    role = rng.choice(("hr", "talent", "research", "work"))
    return f"@{name.first.lower()}_{role}{rng.randrange(10, 1000)}"


_MOBILE_STARTS = {"CN": ("13", "15", "18", "17"), "HK": ("5", "6", "9"), "SG": ("8", "9")}
_NATIONAL_LENGTH = {"CN": 11, "HK": 8, "SG": 8, "GB": 10}
_COUNTRY_CODE = {"CN": "86", "HK": "852", "SG": "65", "GB": "44"}


def _phone_number(rng: random.Random, region: str) -> str:
    """A valid mobile number of ``region`` in E.164 (checked with phonenumbers)."""
    starts = _MOBILE_STARTS.get(region, ("74", "75", "77", "78", "79"))
    while True:
        start = rng.choice(starts)
        rest = "".join(rng.choices("0123456789", k=_NATIONAL_LENGTH[region] - len(start)))
        e164 = f"+{_COUNTRY_CODE[region]}{start}{rest}"
        if phonenumbers.is_valid_number(phonenumbers.parse(e164)):
            return e164


def phone_variant(e164: str, rng: random.Random) -> str:
    """The number as people write it: E.164, spaced international, 00-prefixed or bracketed."""
    form = rng.random()
    if form < 0.4:
        return e164
    spaced = _international(e164)
    if form < 0.8:
        return spaced
    if form < 0.9:
        return "00" + spaced[1:]
    code, _, rest = spaced.partition(" ")
    return f"({code}) {rest.replace(' ', '')}"


@lru_cache(maxsize=4096)
def _international(e164: str) -> str:
    number = phonenumbers.parse(e164)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _jitter(phash: int, rng: random.Random) -> str:
    """The hash of a re-encoded copy: 0–4 bits flipped."""
    flips = rng.choices((0, 1, 2, 3, 4), weights=(30, 25, 20, 15, 10))[0]
    for bit in rng.sample(range(64), flips):
        phash ^= 1 << bit
    return f"{phash:016x}"


def _unique_word(row: int, n: int) -> str:
    """An invented word that no other row of ``n`` gets: the row number scrambled by a
    bijection, written in syllables."""
    base = len(SYLLABLES)
    digits = 3
    while base**digits < n:
        digits += 1
    modulus = base**digits
    value = (row * 7_368_787 + 12_345) % modulus  # 7368787 is coprime to 70, so a bijection
    parts = []
    for _ in range(digits):
        value, rem = divmod(value, base)
        parts.append(SYLLABLES[rem])
    return "".join(parts).capitalize()


# --- rows -------------------------------------------------------------------------------------


def generate(n_approaches: int, n_campaigns: int, seed: int) -> Iterator[dict[str, Any]]:
    """``n_approaches`` approach/1 dicts, ``n_campaigns`` campaigns among them, the same for the
    same seed. Lazy: nothing is planned until the first row is asked for, and rows are built
    one at a time."""
    _check_arguments(n_approaches, n_campaigns)
    return _rows(n_approaches, n_campaigns, seed)


def _rows(n_approaches: int, n_campaigns: int, seed: int) -> Iterator[dict[str, Any]]:
    layout = plan(n_approaches, n_campaigns, seed)
    width = len(str(n_approaches - 1))
    seen = [0] * n_campaigns
    slots, members = layout.slots, len(layout.slots)
    next_slot = 0
    for row in range(n_approaches):
        rid = f"synth-{row:0{width}d}"
        if next_slot < members and int(slots[next_slot]) == row:
            campaign = layout.campaigns[int(layout.owners[next_slot])]
            next_slot += 1
            member = seen[campaign.index]
            seen[campaign.index] += 1
            yield _campaign_row(layout, campaign, member, rid)
        else:
            yield _background_row(layout, row, rid)


def _member_base(seed: int, campaign: _Campaign, j: int) -> tuple[_Member, random.Random]:
    """The indicators member ``j`` shows by its own draws (before it is tied to the graph)."""
    rng = random.Random(f"{seed}:member:{campaign.index}:{j}")
    p = rng.choices(range(len(campaign.personas)), weights=campaign.persona_weights)[0]
    persona = campaign.personas[p]
    firm = persona.firm if rng.random() < 0.85 else rng.randrange(len(campaign.firms))
    n_slugs = len(persona.slugs)
    member = _Member(
        persona=p,
        firm=firm,
        photo=rng.random() < 0.7,
        url=rng.random() < 0.65,
        slug=0 if rng.random() < 0.7 else rng.randrange(n_slugs),
        email=rng.random() < 0.4,
        role_mail=rng.random() < 0.12 and campaign.firms[firm].domain is not None,
        firm_shown=rng.random() < 0.75,
        website=rng.random() < 0.35 and campaign.firms[firm].website,
        wechat=campaign.wechat is not None and rng.random() < 0.5,
        whatsapp=campaign.whatsapp and rng.random() < 0.4,
        telegram=campaign.telegram is not None and rng.random() < 0.45,
        phone=campaign.phone is not None and rng.random() < 0.3,
    )
    if not _strong_keys(campaign, member):
        member = replace(member, url=True)
    return member, rng


def _strong_keys(campaign: _Campaign, m: _Member) -> list[Key]:
    """The non-generic values a member shows, as keys another member can copy."""
    persona = campaign.personas[m.persona]
    keys: list[Key] = []
    if m.photo and persona.photo is not None:
        keys.append(("photo", m.persona))
    if m.url:
        keys.append(("slug", m.persona, m.slug))
    if m.email:
        keys.append(("email", m.persona))
        if persona.email_firm is not None:
            keys.append(("domain", persona.email_firm))
    if m.role_mail:
        keys.append(("domain", m.firm))
    if m.firm_shown:
        keys.append(("firm", m.firm))
    if m.website:
        keys.append(("website", m.firm))
    keys += [(kind,) for kind in ("wechat", "whatsapp", "telegram", "phone") if getattr(m, kind)]
    return keys


def _tie(m: _Member, key: Key) -> _Member:
    """``m`` showing the value ``key`` names (switching persona or firm when it must)."""
    kind = key[0]
    if kind == "photo":
        return replace(m, persona=key[1], photo=True)
    if kind == "slug":
        return replace(m, persona=key[1], url=True, slug=key[2])
    if kind == "email":
        return replace(m, persona=key[1], email=True)
    if kind == "domain":
        return replace(m, firm=key[1], role_mail=True)
    if kind == "firm":
        return replace(m, firm=key[1], firm_shown=True)
    if kind == "website":
        return replace(m, firm=key[1], website=True)
    return replace(m, **{kind: True})


def _campaign_row(layout: Plan, campaign: _Campaign, j: int, rid: str) -> dict[str, Any]:
    member, rng = _member_base(layout.seed, campaign, j)
    if j > 0:
        parent, _ = _member_base(layout.seed, campaign, rng.randrange(j))
        member = _tie(member, rng.choice(_strong_keys(campaign, parent)))
    persona = campaign.personas[member.persona]
    firm = campaign.firms[member.firm]
    received = campaign.start + timedelta(seconds=rng.randrange(campaign.days * 86400))
    received = _office_hours(received, rng)
    sector, organisation = rng.choice(campaign.targets)
    target = _target(rng, sector, organisation)

    contacts: dict[str, Any] = {}
    in_text: list[str] = []
    emails = []
    if member.email:
        emails.append(persona.email)
    if member.role_mail and firm.domain is not None:
        emails.append(
            f"{rng.choice(('hr', 'info', 'careers', 'research', 'office'))}@{firm.domain}"
        )
    handles: dict[str, str] = {}
    phones: list[str] = []
    for kind, value in (
        ("wechat", campaign.wechat),
        ("whatsapp", campaign.phone if campaign.whatsapp else None),
        ("telegram", campaign.telegram),
        ("phone", campaign.phone),
    ):
        if value is None or not getattr(member, kind):
            continue
        shown = phone_variant(value, rng) if kind in ("whatsapp", "phone") else value
        if kind == "wechat" and rng.random() < 0.2:
            shown = shown.capitalize()
        where = rng.random()
        if where < 0.7:
            if kind == "phone":
                phones.append(shown)
            else:
                handles[kind] = shown
        if where >= 0.5:
            in_text.append(_contact_text(kind, shown, rng))
    if emails:
        contacts["emails"] = emails
    if phones:
        contacts["phones"] = phones
    if member.website and firm.domain is not None:
        contacts["websites"] = [_website(firm.domain, rng)]
    if handles:
        contacts["handles"] = handles
    firm_text = firm_variant(firm, rng) if member.firm_shown else None

    values = {
        "pfirst": persona.name.first if rng.random() < 0.8 else persona.name.given,
        "title": persona.title,
        "firm": firm_text or rng.choice(("our firm", "my company", "a leading firm")),
        "client": campaign.client,
        "topic": campaign.topic,
        "fee": _fee(campaign.fee, campaign.currency, rng),
        "city": campaign.city,
        "date": _future_date(received, rng),
        **_target_values(target),
    }
    text = _render(campaign.template, values, in_text, rng, paraphrase=True)
    experience: list[dict[str, Any]] = []
    if firm_text is not None:
        experience.append(
            {
                "title": persona.title,
                "company": firm_text,
                "location": persona.location,
                "start": _month(received - timedelta(days=rng.randint(60, 900))),
            }
        )
    if persona.prior is not None and rng.random() < 0.8:
        experience.append(_prior_job(persona.prior, rng))
    profile = _persona_dict(
        name=name_variant(persona.name, rng),
        headline=_headline(persona.title, firm_text, rng),
        location=persona.location if rng.random() < 0.85 else None,
        url=_url(persona.slugs[member.slug % len(persona.slugs)], rng) if member.url else None,
        connections=max(0, persona.connections + rng.randint(-15, 60)),
        member_since=persona.member_since,
        photo=_photo(persona, member.photo, rng),
        experience=experience,
        school=persona.school,
        contacts=contacts,
    )
    return _approach(
        rid=rid,
        seed=layout.seed,
        channel=rng.choices(("linkedin", "email", "whatsapp", "wechat"), weights=(85, 8, 4, 3))[0],
        received=received,
        persona=profile,
        target=target,
        messages=_conversation(text, received, values, in_text, rng, hostile=True, theme=campaign),
        label="malicious",
        annotations={"campaign": campaign.id, "scenario": campaign.theme, "persona": persona.key},
    )


def _background_row(layout: Plan, row: int, rid: str) -> dict[str, Any]:
    rng = random.Random(f"{layout.seed}:row:{row}")
    if rng.random() < LONE_HOSTILE_RATE:
        return _lone_hostile_row(layout, row, rid, rng)
    scenario = rng.choices(tuple(BENIGN_WEIGHTS), weights=tuple(BENIGN_WEIGHTS.values()))[0]
    name = _chinese_name(rng) if rng.random() < 0.3 else _western_name(rng)
    sector = rng.choice(SECTOR_NAMES)
    organisation = rng.choice(SECTORS[sector][0])
    target = _target(rng, sector, organisation)
    word = _unique_word(row, layout.n)
    if scenario == "recruiter":
        title = rng.choice(RECRUITER_TITLES)
        company, domain = (
            rng.choice(AGENCIES)
            if rng.random() < 0.6
            else (f"{word} Recruitment", f"{word.lower()}-recruitment.co.uk")
        )
    elif scenario == "sales":
        title = rng.choice(SALES_TITLES)
        company = f"{word} {rng.choice(('Software', 'Analytics', 'Systems', 'Labs', 'Cloud'))}"
        domain = f"{word.lower()}.{rng.choice(('io', 'com', 'ai'))}"
    elif scenario == "conference":
        title = rng.choice(EVENT_TITLES)
        company, domain = rng.choice(SCHOOLS), None
    else:
        title = rng.choice(TECH_TITLES)
        company, domain = rng.choice(BIG_COMPANIES)
    received = _office_hours(EPOCH + timedelta(seconds=rng.randrange(SPAN_DAYS * 86400)), rng)
    local = f"{name.first}{rng.choice(('.', '_', ''))}{name.family}".lower()
    if domain is not None and rng.random() < 0.6:
        email = (
            f"{local}{rng.randrange(100, 10**5)}@{domain}"
            if rng.random() < 0.5
            else (f"{local}.{word.lower()}@{domain}")
        )
    else:
        email = f"{local}.{word.lower()}{rng.randrange(10, 100)}@{_webmail(rng)}"
    contacts: dict[str, Any] = {}
    if rng.random() < 0.35:
        contacts["emails"] = [email]
    phone = _phone_number(rng, rng.choice(HANDLE_REGIONS)) if rng.random() < 0.15 else None
    if phone is not None:
        contacts["phones"] = [phone_variant(phone, rng)]
    if domain is not None and rng.random() < 0.25:
        contacts["websites"] = [_website(domain, rng)]

    def direct_line() -> str:
        number = phone or _phone_number(rng, rng.choice(HANDLE_REGIONS))
        return phone_variant(number, rng)

    values = _Values(direct_line)
    values |= {
        "pfirst": name.first,
        "title": title,
        "company": company,
        "role": rng.choice(SECTORS[sector][2]),
        "hiring": rng.choice(SECTORS[sector][0] + tuple(c for c, _ in BIG_COMPANIES)),
        "location": rng.choice(LOCATIONS),
        "salary": _salary(rng),
        "days": str(rng.randint(1, 3)),
        "email": email,
        "topic": rng.choice(SECTORS[sector][1]),
        "sector": sector,
        "event": _event(rng, sector),
        "school": rng.choice(SCHOOLS),
        "date": _future_date(received, rng),
        **_target_values(target),
    }
    template = tuple((slot, phrasings) for slot, phrasings in BENIGN_THEMES[scenario])
    text = _render(template, values, [], rng, paraphrase=False)
    experience = [
        {
            "title": title,
            "company": company,
            "location": rng.choice(LOCATIONS),
            "start": _month(received - timedelta(days=rng.randint(60, 4000))),
        }
    ]
    if rng.random() < 0.4:
        experience.append(_prior_job((rng.choice(TECH_TITLES), rng.choice(BIG_COMPANIES)[0]), rng))
    profile = _persona_dict(
        name=name.canonical if name.han is None or rng.random() < 0.9 else name.han,
        headline=_headline(title, company, rng),
        location=rng.choices(LOCATIONS, weights=LOCATION_WEIGHTS)[0],
        url=_url(_background_slug(rng, name), rng) if rng.random() < 0.7 else None,
        connections=rng.randint(40, 3000),
        member_since=f"{rng.randint(2008, 2024)}-{rng.randint(1, 12):02d}",
        photo=_background_photo(rng),
        experience=experience,
        school=rng.choice(SCHOOLS) if rng.random() < 0.5 else None,
        contacts=contacts,
    )
    return _approach(
        rid=rid,
        seed=layout.seed,
        channel=rng.choices(("linkedin", "email", "other"), weights=(85, 12, 3))[0],
        received=received,
        persona=profile,
        target=target,
        messages=_conversation(text, received, values, [], rng, hostile=False, theme=None),
        label="benign",
        annotations={"campaign": None, "scenario": scenario, "persona": None},
    )


def _lone_hostile_row(layout: Plan, row: int, rid: str, rng: random.Random) -> dict[str, Any]:
    """A hostile approach of no campaign: campaign-like text, firm and contacts, all its own."""
    theme = rng.choice(HOSTILE_THEME_NAMES)
    words, kinds = FIRM_WORDS[theme]
    word = _unique_word(row, layout.n)
    firm = _Firm(
        base=" ".join(p for p in (word, rng.choice(words), rng.choice(kinds)) if p),
        jurisdiction=rng.choices(JURISDICTIONS, weights=JURISDICTION_WEIGHTS)[0],
        domain=f"{word.lower()}-{rng.choice(('advisory', 'global', 'group'))}.com",
        website=True,
    )
    name = _chinese_name(rng) if rng.random() < 0.7 else _western_name(rng)
    sector = rng.choice(SECTOR_NAMES)
    target = _target(rng, sector, rng.choice(SECTORS[sector][0]))
    received = _office_hours(EPOCH + timedelta(seconds=rng.randrange(SPAN_DAYS * 86400)), rng)
    in_text = []
    contacts: dict[str, Any] = {}
    if rng.random() < 0.5:
        wechat = _wechat_id(rng, name)
        contacts["handles"] = {"wechat": wechat}
        in_text.append(_contact_text("wechat", wechat, rng))
    elif rng.random() < 0.5:
        phone = phone_variant(_phone_number(rng, rng.choice(HANDLE_REGIONS)), rng)
        contacts["handles"] = {"whatsapp": phone}
        in_text.append(_contact_text("whatsapp", phone, rng))
    if rng.random() < 0.4:
        contacts["emails"] = [
            f"{name.first}.{name.family}{rng.randrange(100, 10**5)}@{_webmail(rng)}".lower()
        ]
    firm_text = firm_variant(firm, rng)
    title = rng.choice(HOSTILE_TITLES)
    template = tuple((slot, (rng.choice(phrasings),)) for slot, phrasings in HOSTILE_THEMES[theme])
    values = {
        "pfirst": name.first,
        "title": title,
        "firm": firm_text,
        "client": rng.choice(CLIENTS),
        "topic": rng.choice(SECTORS[sector][1]),
        "fee": _fee(rng.choice((2000, 3000, 5000, 200000)), rng.choice(CURRENCIES), rng),
        "city": rng.choice(CITIES),
        "date": _future_date(received, rng),
        **_target_values(target),
    }
    text = _render(template, values, in_text, rng, paraphrase=True)
    persona = _Persona(
        key="",
        name=name,
        title=title,
        firm=0,
        photo=None if rng.random() < 0.2 else rng.getrandbits(64),
        sha256=f"{rng.getrandbits(256):064x}",
        slugs=(_slug(rng, name),),
        email="",
        email_firm=None,
        location=rng.choices(LOCATIONS, weights=LOCATION_WEIGHTS)[0],
        connections=rng.randint(30, 480),
        member_since="2025-01",
        prior=None,
        school=None,
    )
    profile = _persona_dict(
        name=name.canonical,
        headline=_headline(title, firm_text, rng),
        location=persona.location,
        url=_url(persona.slugs[0], rng) if rng.random() < 0.7 else None,
        connections=persona.connections,
        member_since=f"{rng.choice((2024, 2025))}-{rng.randint(1, 12):02d}",
        photo=_photo(persona, rng.random() < 0.8, rng),
        experience=[{"title": title, "company": firm_text, "location": persona.location}],
        school=None,
        contacts=contacts,
    )
    return _approach(
        rid=rid,
        seed=layout.seed,
        channel="linkedin",
        received=received,
        persona=profile,
        target=target,
        messages=_conversation(text, received, values, in_text, rng, hostile=True, theme=None),
        label="malicious",
        annotations={"campaign": None, "scenario": "lone_hostile", "persona": None},
    )


class _Values(dict[str, str]):
    """Template values; ``phone`` is only made when a phrasing asks for it (validating a number
    with phonenumbers is the slowest step of a row)."""

    def __init__(self, phone: Callable[[], str] | None = None) -> None:
        super().__init__()
        self._phone = phone

    def __missing__(self, key: str) -> str:
        if key != "phone" or self._phone is None:
            raise KeyError(key)
        self[key] = value = self._phone()
        return value


# --- row parts --------------------------------------------------------------------------------


def _approach(
    *,
    rid: str,
    seed: int,
    channel: str,
    received: datetime,
    persona: dict[str, Any],
    target: dict[str, Any],
    messages: list[dict[str, Any]],
    label: str,
    annotations: dict[str, Any],
) -> dict[str, Any]:
    return {
        "schema": APPROACH_SCHEMA,
        "id": rid,
        "source": f"{GENERATOR} seed {seed}",
        "channel": channel,
        "received_at": _iso(received),
        "persona": persona,
        "target": target,
        "messages": messages,
        "label": label,
        "annotations": {**annotations, "generator": GENERATOR},
    }


def _persona_dict(
    *,
    name: str,
    headline: str | None,
    location: str | None,
    url: str | None,
    connections: int,
    member_since: str,
    photo: dict[str, str] | None,
    experience: list[dict[str, Any]],
    school: str | None,
    contacts: dict[str, Any],
) -> dict[str, Any]:
    out: dict[str, Any] = {"name": name}
    if headline:
        out["headline"] = headline
    if url:
        out["url"] = url
    if location:
        out["location"] = location
    out["connections"] = connections
    out["member_since"] = member_since
    if photo:
        out["photo"] = photo
    if experience:
        out["experience"] = experience
    if school:
        out["education"] = [{"school": school}]
    if contacts:
        out["contacts"] = contacts
    return out


def _photo(persona: _Persona, shown: bool, rng: random.Random) -> dict[str, str] | None:
    if not shown:
        return None
    if persona.photo is None:
        return {"phash": DEFAULT_AVATAR_PHASH}
    sha = persona.sha256 if rng.random() < 0.3 else f"{rng.getrandbits(256):064x}"
    return {"sha256": sha, "phash": _jitter(persona.photo, rng)}


def _background_photo(rng: random.Random) -> dict[str, str] | None:
    roll = rng.random()
    if roll < 0.2:
        return None
    if roll < 0.3:
        return {"phash": DEFAULT_AVATAR_PHASH}
    return {"sha256": f"{rng.getrandbits(256):064x}", "phash": f"{rng.getrandbits(64):016x}"}


def _prior_job(prior: tuple[str, str], rng: random.Random) -> dict[str, Any]:
    start = rng.randint(2010, 2019)
    return {
        "title": prior[0],
        "company": prior[1],
        "start": f"{start}-{rng.randint(1, 12):02d}",
        "end": f"{start + rng.randint(1, 4)}-{rng.randint(1, 12):02d}",
    }


def _headline(title: str, company: str | None, rng: random.Random) -> str | None:
    roll = rng.random()
    if roll < 0.1:
        return None
    if company and roll < 0.7:
        return f"{title} at {company}"
    return rng.choice(
        (
            title,
            f"{title} | Connecting talent with opportunity",
            f"{title} | Technology | Asia-Pacific",
            f"{title} · Helping experts share their knowledge",
        )
    )


def _target(rng: random.Random, sector: str, organisation: str) -> dict[str, Any]:
    name = _western_name(rng) if rng.random() < 0.75 else _chinese_name(rng)
    return {
        "name": name.canonical,
        "organisation": organisation,
        "sector": sector,
        "role": rng.choice(SECTORS[sector][2]),
    }


def _target_values(target: dict[str, Any]) -> dict[str, str]:
    first, _, last = target["name"].partition(" ")
    return {
        "tfirst": first,
        "tlast": last,
        "tfull": target["name"],
        "torg": target["organisation"],
    }


def _event(rng: random.Random, sector: str) -> str:
    scope = rng.choice(("International", "European", "Asia-Pacific"))
    kind = rng.choice(("Summit", "Conference", "Workshop"))
    return f"the {scope} {rng.choice(SECTORS[sector][1]).title()} {kind}"


def _contact_text(kind: str, shown: str, rng: random.Random) -> str:
    if kind == "wechat":
        return rng.choice((f"WeChat: {shown}", f"WeChat ID {shown}", f"WeChat ({shown})"))
    if kind == "whatsapp":
        return rng.choice((f"WhatsApp {shown}", f"WhatsApp: {shown}"))
    if kind == "telegram":
        return f"Telegram {shown}"
    return rng.choice((f"my mobile {shown}", f"phone: {shown}"))


def _fee(amount: int, currency: str, rng: random.Random) -> str:
    value = int(amount * rng.choice((1, 1, 1, 1.5, 2, 0.8)))
    symbol = {"USD": "$", "GBP": "£", "EUR": "€", "HKD": "HK$"}[currency]
    return rng.choice((f"{currency} {value:,}", f"{symbol}{value:,}", f"{value:,} {currency}"))


def _salary(rng: random.Random) -> str:
    low = rng.randrange(45, 140, 5)
    return rng.choice((f"£{low}-{low + 15}k", f"£{low},000-£{low + 15},000", f"up to £{low + 20}k"))


def _future_date(received: datetime, rng: random.Random) -> str:
    day = received + timedelta(days=rng.randint(10, 60))
    return f"{day.day} {MONTH_NAMES[day.month - 1]}"


def _office_hours(moment: datetime, rng: random.Random) -> datetime:
    return moment.replace(hour=rng.randint(1, 15), minute=rng.randrange(60), second=0)


def _month(moment: datetime) -> str:
    return moment.strftime("%Y-%m")


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _paraphrase(sentence: str, rng: random.Random) -> str:
    def swap(match: re.Match[str]) -> str:
        word = match.group(1)
        return rng.choice(SYNONYMS[word]) if rng.random() < 0.35 else word

    return _SYNONYM.sub(swap, sentence)


def _render(
    template: Sequence[tuple[str, Sequence[str]]],
    values: dict[str, str],
    in_text: list[str],
    rng: random.Random,
    *,
    paraphrase: bool,
) -> str:
    """One message from a template: a phrasing per slot, optional slots sometimes dropped, and
    (for paraphrases) synonyms swapped and two adjacent body sentences sometimes reordered."""
    slots: list[tuple[str, str]] = []
    for slot, phrasings in template:
        if slot.startswith("?") and rng.random() < (0.35 if paraphrase else 0.6):
            continue
        if slot == "move" and not in_text:
            phrasing = rng.choice(CALL)
        else:
            # A campaign's first phrasing is its usual one; the second turns up now and then.
            phrasing = phrasings[0] if len(phrasings) == 1 or rng.random() < 0.7 else phrasings[1]
            if not paraphrase:
                phrasing = rng.choice(phrasings)
        slots.append((slot, phrasing))
    if paraphrase and rng.random() < 0.4:
        body = [i for i, (slot, _) in enumerate(slots[:-1]) if slot in _BODY_SLOTS]
        pairs = [i for i in body if i + 1 in body]
        if pairs:
            i = rng.choice(pairs)
            slots[i], slots[i + 1] = slots[i + 1], slots[i]
    contact = " or ".join(in_text)
    sentences = []
    for _, phrasing in slots:
        values["contact"] = contact
        sentence = phrasing.format_map(values)
        sentences.append(_paraphrase(sentence, rng) if paraphrase else sentence)
    greeting, *rest = sentences
    return greeting + "\n\n" + " ".join(rest)


def _conversation(
    text: str,
    received: datetime,
    values: dict[str, str],
    in_text: list[str],
    rng: random.Random,
    *,
    hostile: bool,
    theme: _Campaign | None,
) -> list[dict[str, Any]]:
    messages = [{"sender": "persona", "sent_at": _iso(received), "text": text}]
    moment = received
    if rng.random() < 0.4:
        moment += timedelta(hours=rng.randint(1, 72))
        reply = rng.choice(TARGET_REPLIES + (("Who is the client?",) if hostile else ()))
        messages.append({"sender": "target", "sent_at": _iso(moment), "text": reply})
    if rng.random() < 0.3:
        moment += timedelta(hours=rng.randint(2, 120))
        if hostile:
            move = (
                rng.choice(SHARED["MOVE"]).format(contact=" or ".join(in_text))
                if in_text
                else rng.choice(CALL)
            )
            ask = "Could you send your CV and a note on your current projects?"
            if theme is not None:
                ask = dict(theme.template)["ask"][0].format(**values)
            follow = rng.choice(HOSTILE_FOLLOW_UPS).format(move=move, ask=ask, **values)
        else:
            follow = rng.choice(BENIGN_FOLLOW_UPS).format(**values)
        messages.append({"sender": "persona", "sent_at": _iso(moment), "text": follow})
    return messages
