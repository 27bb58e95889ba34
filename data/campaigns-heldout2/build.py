"""Write approaches.jsonl: the third, held-out hand-made campaign test set (issue #16).

Every record below is a hand-written table row. Randomness (record order, target people,
dates, photo hashes of personas whose photo is their own) comes from one fixed seed, so a
second run writes the same bytes.

    .venv/bin/python data/campaigns-heldout2/build.py
"""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta
from pathlib import Path

SEED = 160_302
SOURCE = "counterlink.handmade-heldout2/1"
HERE = Path(__file__).resolve().parent
DEFAULT_AVATAR = "ffc3818181c3ffff"  # LinkedIn's grey silhouette, shared by many people


def flip(hex16: str, bits: list[int]) -> str:
    """A re-encoded copy of a photo: ``hex16`` with the given bit positions flipped."""
    value = int(hex16, 16)
    for bit in bits:
        value ^= 1 << bit
    return f"{value:016x}"


# Hand-written photo hashes (re-used photos).
PH_C05 = "a74c19e3d5086bf2"  # h2-c05: one stock photo, re-encoded
PH_C08 = "3e91d07c5ab2468f"  # h2-c08: the C-D link of the chain
HAND_HASHES = [PH_C05, PH_C08, DEFAULT_AVATAR]

# --------------------------------------------------------------------------------------------
# Targets: a sector key per record; the workplace follows the message topic.
# --------------------------------------------------------------------------------------------
SECTORS = {
    "maritime": [
        ("Autonomous underwater vehicle start-up, Plymouth", "defence", "Systems engineer"),
        ("Naval sonar supplier, Dorset", "defence", "Acoustics lead"),
        ("Port authority, Rotterdam", "maritime", "Security manager"),
    ],
    "ai": [
        ("Frontier AI lab, London", "ai", "Research engineer"),
        ("University machine learning group, Edinburgh", "academia", "Postdoctoral researcher"),
        ("AI chip start-up, Bristol", "semiconductors", "ML compiler engineer"),
    ],
    "quantum": [
        ("Trapped-ion quantum start-up, Oxford", "quantum", "Senior physicist"),
        ("National quantum computing centre", "quantum", "Programme manager"),
        ("Photonic quantum firm, Bristol", "quantum", "Hardware engineer"),
    ],
    "semis": [
        ("Compound semiconductor foundry, South Wales", "semiconductors", "Process engineer"),
        ("Lithography supplier, Eindhoven", "semiconductors", "Field applications engineer"),
        ("Chip design firm, Cambridge", "semiconductors", "Principal architect"),
    ],
    "aero": [
        ("Aerospace prime, Lancashire", "defence", "Avionics engineer"),
        ("Jet engine maker, Derby", "aerospace", "Materials engineer"),
        ("Drone maker, Abu Dhabi", "defence", "Flight-control engineer"),
        ("Defence electronics firm, Haifa", "defence", "RF engineer"),
    ],
    "energy": [
        ("Grid operator, Warwick", "energy", "Network planning analyst"),
        ("Offshore wind developer, Aberdeen", "energy", "Project manager"),
        ("Nuclear new-build programme, Somerset", "nuclear", "Safety case engineer"),
    ],
    "gov": [
        ("Cabinet Office", "government", "Policy adviser"),
        ("Department for Business and Trade", "government", "Senior economist"),
        ("House of Commons select committee", "government", "Committee specialist"),
        ("Foreign, Commonwealth and Development Office", "government", "Desk officer"),
    ],
    "biotech": [
        ("Synthetic biology start-up, Cambridge", "biotech", "Lead scientist"),
        ("Vaccine research institute, Oxford", "biotech", "Research fellow"),
    ],
    "cyber": [
        ("Managed security provider, Manchester", "cyber", "Threat analyst"),
        ("Bank security operations centre, London", "finance", "SOC lead"),
    ],
    "space": [
        ("Small-satellite maker, Glasgow", "space", "Payload engineer"),
        ("Space agency programme office", "space", "Mission analyst"),
    ],
    "arctic": [
        ("Polar research institute, Cambridge", "academia", "Sea-ice scientist"),
        ("Critical minerals consultancy, London", "mining", "Analyst"),
        ("Parliamentary research service", "government", "Researcher"),
    ],
    "startup": [
        ("Quantum sensing start-up, Birmingham", "quantum", "Founder and CEO"),
        ("Battery chemistry start-up, Coventry", "energy", "Co-founder and CTO"),
        ("Radar imaging start-up, Guildford", "space", "Founder"),
        ("AI drug discovery start-up, London", "biotech", "CEO"),
    ],
    "biolab": [
        ("US national laboratory", "academia", "Staff scientist"),
        ("US university materials lab", "academia", "Associate professor"),
        ("US medical research institute", "biotech", "Principal investigator"),
    ],
    "general": [
        ("Engineering consultancy, Leeds", "engineering", "Project engineer"),
        ("Software firm, Reading", "software", "Senior developer"),
        ("University of Bath", "academia", "Lecturer"),
        ("Data analytics firm, London", "software", "Data scientist"),
    ],
}

FIRST = ["Alice", "Ben", "Chloe", "Daniel", "Eleanor", "Farid", "Grace", "Harry", "Isla", "Jonah",
         "Kavya", "Liam", "Maya", "Nathan", "Olivia", "Pavel", "Rosa", "Samuel", "Tara", "Umar",
         "Vera", "William", "Yasmin", "Zach", "Imogen", "Callum", "Niamh", "Rhys", "Freya",
         "Tomasz", "Hannah", "Oscar", "Leila", "Ewan", "Sofia", "Marcus", "Aoife", "Dev",
         "Lotte", "Ruairi"]
LAST = ["Ashdown", "Bellamy", "Carrow", "Dunmore", "Ellery", "Fairbairn", "Garside", "Holbrook",
        "Ingram", "Jessop", "Kettering", "Lowther", "Marchbank", "Nettleton", "Ormerod",
        "Pilkington", "Quarrie", "Rowntree", "Sedgwick", "Thursby", "Upton", "Verity",
        "Whitlock", "Yardley", "Aldous", "Brough", "Catterall", "Dimmock", "Eskdale", "Fenwick",
        "Grimshaw", "Hebden", "Illingworth", "Kirkham", "Lambton", "Mossop", "Nuttall",
        "Oakenfold", "Padgett", "Rigby"]

RECORDS: list[dict] = []


def P(name=None, headline=None, company=None, title=None, location=None, url=None, about=None,
      emails=None, phones=None, websites=None, handles=None, photo="own", connections=None,
      member_since=None, school=None, skills=None):
    """A persona table row. ``photo``: "own" (drawn from the seed), "default", a hash, or None."""
    persona = {"name": name, "headline": headline, "url": url, "location": location,
               "about": about, "connections": connections, "member_since": member_since,
               "photo": photo}
    if company or title:
        persona["experience"] = [{"title": title, "company": company, "start": None}]
    if school:
        persona["education"] = [{"school": school}]
    if skills:
        persona["skills"] = skills
    contacts = {"emails": emails, "phones": phones, "websites": websites, "handles": handles}
    if any(contacts.values()):
        persona["contacts"] = contacts
    return persona


def add(group, link_class, notes, channel, sector, persona, messages, account=None):
    """One record. ``messages``: persona texts, or ("target", text) for the target's replies."""
    RECORDS.append({"group": group, "link_class": link_class, "notes": notes,
                    "channel": channel, "sector": sector, "persona": persona,
                    "messages": messages, "account": account})


def C(group, link_class):
    """A row writer for one campaign."""
    return lambda notes, channel, sector, persona, messages, account=None: add(
        group, link_class, notes, channel, sector, persona, messages, account)


# ============================================================================================
# h2-c01  handle_variants: one LINE id, sakura_bridge21, behind conference-organiser covers
# ============================================================================================
c01 = C("h2-c01", "handle_variants")
c01("text 'LINE: sakura_bridge21'", "linkedin", "maritime",
    P("Haruka Mori", "Programme Director | Asia-Pacific Undersea Autonomy Forum",
      "Asia-Pacific Undersea Autonomy Forum", "Programme Director", "Tokyo, Japan",
      connections=214, member_since="2024-02"),
    ["Dear {first}, we are finalising the speaker line-up for the Asia-Pacific Undersea "
     "Autonomy Forum in Kaohsiung this October. Your work on long-endurance AUV navigation came "
     "up repeatedly in our committee's discussions. We cover business-class travel, five nights "
     "and a USD 4,000 speaking honorarium. Because the session is closed-door, we would ask for "
     "a short pre-read on the navigation stack your team is fielding, including anything not "
     "yet published. It is easier to coordinate on LINE: sakura_bridge21"])
c01("handles.line = sakura_bridge21; text only points to 'my profile'", "linkedin", "maritime",
    P("Kenji Arakawa", "Conference Secretariat | Indo-Pacific Maritime Sensing Symposium",
      "Indo-Pacific Maritime Sensing Symposium", "Secretariat", "Osaka, Japan",
      handles={"line": "sakura_bridge21"}, connections=97),
    ["Hello {first}, I manage the invited track of the Indo-Pacific Maritime Sensing Symposium. "
     "We would be honoured to have you chair a panel on passive sonar arrays. All costs are "
     "covered and there is an honorarium. Before confirming we prepare a briefing note for the "
     "sponsors, so could you share what array configurations your company is testing at sea this "
     "year? My LINE is in my contact info, it's the quickest way to reach me."])
c01("'line.me/ti/p/~sakura_bridge21' link in text", "linkedin", "maritime",
    P("Mei-Ling Tsai", "Events Manager at Formosa Ocean Technology Week", "Formosa Ocean Technology Week",
      "Events Manager", "Taipei, Taiwan", connections=388, member_since="2023-09"),
    ["Hi {first}! Formosa Ocean Technology Week would love to invite you as a keynote. We take "
     "care of flights, hotel and a generous fee. The organising committee asks keynote speakers "
     "for a confidential technical summary in advance so that the sponsors from industry can "
     "prepare questions. You can add me here: line.me/ti/p/~sakura_bridge21 - thank you!"])
c01("'LINE ID — Sakura_Bridge21' (mixed case, em dash)", "linkedin", "aero",
    P("Takumi Fujiwara", "Invited Speakers Coordinator, Pan-Pacific Unmanned Systems Congress",
      "Pan-Pacific Unmanned Systems Congress", "Invited Speakers Coordinator", "Fukuoka, Japan",
      connections=143),
    ["Dear {first}, greetings from the Pan-Pacific Unmanned Systems Congress. Your name was "
     "recommended by a former colleague as one of the leading people on swarm flight control. "
     "We offer an all-expenses trip to Fukuoka, a USD 3,500 honorarium and a private dinner with "
     "our industry partners. For logistics please message me on LINE ID — Sakura_Bridge21. "
     "Please keep the invitation between us until the programme is announced."])
c01("'add me on Line: @sakura_bridge21' in the second turn", "linkedin", "maritime",
    P("Sora Nakamura", "Partnerships | Ocean Autonomy Summit Asia", "Ocean Autonomy Summit Asia",
      "Partnerships Lead", "Singapore", connections=61, member_since="2025-01"),
    ["Hi {first}, I'm putting together a small closed roundtable on autonomous mine "
     "countermeasures alongside Ocean Autonomy Summit Asia. Would you be open to joining as a "
     "paid expert? We cover the trip.",
     ("target", "Possibly - what would it involve, and who are the other participants?"),
     "Great to hear! Mostly a 40-minute talk and a Q&A with a few defence-industry delegates. "
     "They would appreciate details on the classification algorithms you use and how they were "
     "trained. Easier to talk off LinkedIn: add me on Line: @sakura_bridge21"])
c01("e-mail channel; signature line 'LINE sakura_bridge21'", "email", "maritime",
    P("Yui Hashimoto", "Programme Committee, Western Pacific Seabed Security Dialogue",
      "Western Pacific Seabed Security Dialogue", emails=["yui.hashimoto.wpssd@gmail.com"]),
    ["Dear Dr {first},\n\nOn behalf of the programme committee of the Western Pacific Seabed "
     "Security Dialogue I am pleased to invite you to speak in our session on subsea cable "
     "protection. Economy-plus flights, accommodation and an honorarium of USD 5,000 are "
     "offered. Speakers are asked to send a 4-page background paper on current monitoring "
     "capability and known gaps; it will not be circulated beyond the sponsors.\n\nBest "
     "regards,\nYui Hashimoto\nProgramme Committee\nLINE sakura_bridge21"])
c01("handles key 'LINE' with value SAKURA_BRIDGE21 (capitals)", "linkedin", "space",
    P("Daichi Ono", "Head of Delegations at Asia Space Resilience Conference",
      "Asia Space Resilience Conference", "Head of Delegations", "Tokyo, Japan",
      handles={"LINE": "SAKURA_BRIDGE21"}, connections=230),
    ["Dear {first}, the Asia Space Resilience Conference is inviting a small group of European "
     "payload engineers to Tokyo in November, fully funded. The delegation meets our sponsors, "
     "who are interested in the optical terminals your team builds. Contact on LINE please, ID "
     "is in my profile. Kindly do not forward this invitation."])
c01("'https://line.me/R/ti/p/~sakura_bridge21' in websites; text says 'my line below'",
    "linkedin", "maritime",
    P("Aiko Watanabe", "Speaker Relations, Asian Naval Innovation Expo",
      "Asian Naval Innovation Expo", "Speaker Relations", "Yokohama, Japan",
      websites=["https://line.me/R/ti/p/~sakura_bridge21"], connections=120,
      member_since="2024-11"),
    ["Good afternoon {first}. Asian Naval Innovation Expo is hosting an invitation-only track "
     "on unmanned surface vessels and we would very much like you to present. The fee is "
     "USD 4,500 plus travel. We would need your slides two weeks ahead, with the test results "
     "that are not in your public papers. My line below, talk soon."])

# ============================================================================================
# h2-c02  firm_variants: venture-capital cover "Qianfeng Horizon Capital"
# ============================================================================================
c02 = C("h2-c02", "firm_variants")
c02("company 'Qianfeng Horizon Capital'", "linkedin", "startup",
    P("Vincent Lau", "Investment Director at Qianfeng Horizon Capital",
      "Qianfeng Horizon Capital", "Investment Director", "Hong Kong SAR",
      emails=["vincent.lau.vc@outlook.com"], connections=512),
    ["Hi {first}, I lead deep-tech investments at Qianfeng Horizon Capital. We have a USD 300m "
     "fund focused on sensing and would like to lead your next round at a strong valuation. To "
     "move quickly our technical partners need access to the full design files and test data "
     "under NDA. Can we do a call this week?"])
c02("company 'Qianfeng Horizon Capital LLP' (legal suffix)", "linkedin", "startup",
    P("Olivia Chan", "Principal | Qianfeng Horizon Capital LLP | Hardware & Energy",
      "Qianfeng Horizon Capital LLP", "Principal", "London, United Kingdom", connections=301),
    ["Dear {first}, congratulations on your seed round. Qianfeng Horizon Capital LLP invests "
     "from London on behalf of family offices in Asia. We could commit GBP 8m with no board "
     "seat. Our only condition is an early technical review: cell chemistry, supplier list and "
     "your roadmap for the next two generations. Happy to fly you to Shenzhen to meet our LPs."])
c02("'QIANFENG HORIZON CAPITAL' in the headline only, no experience", "linkedin", "startup",
    P("Kevin Zhao", "Partner - QIANFENG HORIZON CAPITAL - Frontier Tech", location="Shanghai",
      connections=840),
    ["Hello {first}, we have followed your radar imaging work for some time. My firm is "
     "preparing a strategic investment and we can also open doors to customers in China. Would "
     "you share your pitch deck and the technical annex with SAR resolution figures? We move "
     "fast and can issue a term sheet within two weeks."])
c02("company 'Qian-Feng Horizon Capital Ltd.' (hyphen, Ltd.)", "linkedin", "startup",
    P("Grace Tang", "Venture Associate", "Qian-Feng Horizon Capital Ltd.", "Venture Associate",
      "Singapore", connections=188, member_since="2024-06"),
    ["Hi {first}, I'm an associate at Qian-Feng Horizon Capital Ltd. and I'm mapping UK quantum "
     "sensing companies for our partners. Could we set up a call? Ahead of it, it would help to "
     "see your gravimeter performance data and the names of the government programmes you "
     "supply. Everything stays within our investment committee."])
c02("company 'Qianfeng Horizon Capital (Hong Kong) Limited'", "email", "startup",
    P("Raymond Ho", "Managing Partner", "Qianfeng Horizon Capital (Hong Kong) Limited",
      "Managing Partner", "Hong Kong", emails=["raymondho.qhc@gmail.com"]),
    ["Dear {first},\n\nI was given your name at a demo day in London. Qianfeng Horizon Capital "
     "(Hong Kong) Limited would like to discuss a joint venture for manufacturing your cells in "
     "Guangdong, with our partners funding the plant. To prepare a proposal we need the "
     "electrolyte formulation and your yield data; we are happy to sign any NDA you wish.\n\n"
     "Kind regards,\nRaymond Ho"])
c02("company 'Qianfeng Horizon Capital GmbH' (Munich office)", "linkedin", "startup",
    P("Lukas Weber", "Investment Manager DACH | Qianfeng Horizon Capital GmbH",
      "Qianfeng Horizon Capital GmbH", "Investment Manager", "Munich, Germany", connections=260),
    ["Hi {first}, I cover Europe for Qianfeng Horizon Capital GmbH. We are very interested in AI "
     "drug discovery and could invest EUR 5-10m. Our scientific advisers in Beijing would like "
     "to run your models on their own data first, so could you share model weights and the "
     "training set under NDA? We can also cover a trip to Beijing for your CTO."])
c02("Chinese name '千峰远景资本有限公司' as company; 'Qianfeng Horizon Capital' in brackets in text",
    "linkedin", "startup",
    P("李嘉怡", "投资副总裁 | 硬科技", "千峰远景资本有限公司", "投资副总裁", "深圳",
      connections=155),
    ["Dear {first}, I am Vice President at 千峰远景资本有限公司 (Qianfeng Horizon Capital), a "
     "Shenzhen-based investor in hard tech. We would like to invest in your quantum sensing "
     "start-up and introduce you to state-owned customers. Could you send your technical "
     "roadmap and the list of your defence customers? We prefer to continue on WeChat."])
c02("'QianFeng Horizon Capital Pte. Ltd.' in text only; company 'Venture Partner (independent)'",
    "linkedin", "startup",
    P("Marcus Lim", "Venture Partner | Deep tech | Ex-banker", "Venture Partner (independent)",
      "Venture Partner", "Singapore", connections=430),
    ["Hey {first}, quick one. I'm a venture partner with QianFeng Horizon Capital Pte. Ltd. "
     "and we have appetite for a GBP 6m ticket in battery materials. If you can share your "
     "cell test data and cathode supplier contracts, I can get this in front of the IC next "
     "week. Strictly confidential both ways."])

# ============================================================================================
# h2-c03  phone_formats: one US WhatsApp number (+1 646 555 0136), talent-programme headhunters
# ============================================================================================
c03 = C("h2-c03", "phone_formats")
c03("'+1 646 555 0136' in text", "linkedin", "biolab",
    P("Helen Xu", "Senior Talent Consultant | Global Scientist Return Programmes",
      "Pinnacle Talent Bridge", "Senior Talent Consultant", "New York, NY", connections=620),
    ["Dear Dr. {first}, I represent a provincial high-level overseas talent programme that "
     "supports outstanding scientists in setting up a lab in China. The package includes "
     "RMB 5m start-up funding, a personal award of RMB 1.5m and housing. You may keep your "
     "current position part-time; many of our scientists do not inform their US institution. "
     "Please WhatsApp me at +1 646 555 0136 to discuss."])
c03("contacts.phones '+16465550136' (E.164); channel whatsapp", "whatsapp", "biolab",
    P("Jason Wu", "Talent Acquisition, Returnee Scientist Schemes", phones=["+16465550136"],
      photo=None),
    ["Hello Professor {first}, this is Jason from the talent office we spoke about on LinkedIn. "
     "The selection panel meets in three weeks. They need your CV, a list of your current "
     "grants and a summary of unpublished results to show the programme is a fit. The contract "
     "is in Chinese; the university will handle the paperwork quietly."])
c03("'646-555-0136' in text, no country code", "email", "biolab",
    P("Cindy Feng", "Recruitment Consultant", "Eastbridge Science Talent", "Recruitment Consultant",
      emails=["cindy.feng.talent@yahoo.com"]),
    ["Dear Dr. {first},\n\nFollowing our short chat at the conference, I confirm that the "
     "Zhejiang innovation programme would welcome your application. The salary is competitive "
     "and you would spend two to three months a year in Hangzhou. It is best not to mention the "
     "appointment in your NIH disclosures; our lawyers can advise. Call me on 646-555-0136.\n\n"
     "Best,\nCindy"])
c03("'(646) 555-0136' in contacts.phones; text says 'number in my contact info'", "linkedin",
    "biolab",
    P("Dr. Frank Zhou", "Overseas Talent Liaison | Life Sciences", "Silk Road Talent Services",
      "Overseas Talent Liaison", "Boston, MA", phones=["(646) 555-0136"], connections=275),
    ["Dear {first}, your work on lipid nanoparticles is exactly what the Shenzhen Bay talent "
     "scheme is looking for. The award is substantial and can be paid into an account outside "
     "the US. I'd like to explain the details by phone; you will find my number in my contact "
     "info. Please keep this confidential for now."])
c03("'wa.me/16465550136' link", "linkedin", "biolab",
    P("Amy Sun", "Headhunter - Chinese Academy Partnerships", "Sun & Partners Executive Search",
      "Headhunter", "San Francisco Bay Area", connections=99),
    ["Hi {first}, I place senior materials scientists into joint labs in Guangzhou and "
     "Chongqing. The programme pays a signing award and funds travel for your students too. "
     "Could you send me your CV and the abstract of your current DOE project? Chat here: "
     "wa.me/16465550136"])
c03("'001 646 555 0136' (international prefix 001)", "linkedin", "biolab",
    P("Leo Ma", "Talent Programme Coordinator", "Oriental Scholars Exchange Center",
      "Programme Coordinator", "Beijing, China", connections=52, member_since="2025-03"),
    ["Dear Professor {first}, as discussed with your former student, we invite you to apply to "
     "the national young-talent scheme. We will cover your trip to Beijing for the interview. "
     "Please bring your lab notebooks from the battery project so the experts can assess the "
     "work. My US WhatsApp is 001 646 555 0136."])
c03("'+1.646.555.0136' (dots) in an e-mail signature, 'WhatsApp only'", "email", "biolab",
    P("Sophia Liang", "Programme Manager", "Golden Phoenix Talent Consulting",
      "Programme Manager", emails=["s.liang.gptc@outlook.com"]),
    ["Dear Dr {first},\n\nThank you for your interest in the overseas expert programme. The "
     "second stage is a short technical presentation to the host university. Please include "
     "your newest data on the vaccine adjuvant, even if it is not yet published; this will "
     "strongly support your application.\n\nWarm regards,\nSophia Liang\nProgramme Manager\n"
     "+1.646.555.0136 (WhatsApp only)"])

# ============================================================================================
# h2-c04  email_domain: NGO cover, domain riverstone-civicnet.org (also as a website)
# ============================================================================================
c04 = C("h2-c04", "email_domain")
c04("contacts.emails 'h.okafor@riverstone-civicnet.org'", "linkedin", "arctic",
    P("Helena Okafor", "Programme Officer | Riverstone Civic Network", "Riverstone Civic Network",
      "Programme Officer", "Brussels, Belgium", emails=["h.okafor@riverstone-civicnet.org"],
      connections=402),
    ["Dear {first}, Riverstone Civic Network is an NGO working on fair transitions in Arctic "
     "communities. We commission short paid field briefings (EUR 2,000 each) from experts. We "
     "are especially interested in what the UK government is planning on Arctic shipping "
     "routes and critical minerals, including discussions not yet public. Could we talk?"])
c04("text 'Programmes@RiverStone-CivicNet.org' (mixed case)", "linkedin", "arctic",
    P("Tom Verhoeven", "Grants Lead at the Civic Resilience Fund", "Civic Resilience Fund",
      "Grants Lead", "Amsterdam", connections=170),
    ["Hi {first}, I manage a small grants line for policy experts. We pay EUR 1,500 for a "
     "five-page briefing on the critical minerals strategy and how ministers see the deals with "
     "Greenland and Norway. Reply to Programmes@RiverStone-CivicNet.org and we will send the "
     "contract."])
c04("subdomain address 'liaison@eu.riverstone-civicnet.org' in contacts; no organisation named",
    "linkedin", "arctic",
    P("Ingrid Solheim", "Policy liaison | Arctic | Civil society", location="Oslo, Norway",
      emails=["liaison@eu.riverstone-civicnet.org"], connections=89),
    ["Hello {first}, I coordinate a network of civil-society researchers who brief our donors "
     "on the High North. Your committee work is very relevant. We pay well for background "
     "conversations, and discretion is guaranteed: nothing is published or attributed."])
c04("website 'https://www.riverstone-civicnet.org/grants/briefings?utm_source=linkedin&utm_medium=dm'",
    "linkedin", "arctic",
    P("Samuel Mensah", "Research Coordinator, RCN Europe", "RCN Europe", "Research Coordinator",
      "Brussels", websites=["https://www.riverstone-civicnet.org/grants/briefings"
                            "?utm_source=linkedin&utm_medium=dm"], connections=233),
    ["Dear {first}, RCN Europe funds independent research on polar science. We'd like to "
     "commission a paper on the sea-ice observation network and the data that is shared with "
     "defence partners. Fee EUR 3,000, plus a study trip to our partner institute in Harbin."])
c04("e-mail channel; contacts 'grants@RIVERSTONE-CIVICNET.ORG' (capitals)", "email", "arctic",
    P("Arctic Futures Initiative", emails=["grants@RIVERSTONE-CIVICNET.ORG"], photo=None),
    ["Dear {first},\n\nThe Arctic Futures Initiative invites you to join our paid expert panel. "
     "Panel members write quarterly notes (EUR 1,800 each) on government thinking about "
     "Arctic infrastructure, shipping and deep-sea minerals. Insights from internal discussions "
     "are particularly valued. Please confirm by return.\n\nArctic Futures Initiative"])
c04("'riverstone-civicnet.org/apply' in text without scheme, beside an outlook.com address",
    "linkedin", "arctic",
    P("Clara Dubois", "Independent researcher | Environment & Geopolitics", location="Paris",
      emails=["clara.dubois.research@outlook.com"], connections=310),
    ["Bonjour {first}, I work with an NGO network that pays experts for discreet briefings on "
     "critical minerals and polar policy. Details and the application form are at "
     "riverstone-civicnet.org/apply - or just write to me directly."])

# ============================================================================================
# h2-c05  photo: one stock photo re-used (pHash a74c19e3d5086bf2, 0-5 bits)
# ============================================================================================
c05 = C("h2-c05", "photo")
c05("photo hash exact (0 bits)", "linkedin", "ai",
    P("Natalie Brooks", "Editor-in-Chief, International Review of Machine Intelligence",
      "International Review of Machine Intelligence", "Editor-in-Chief", "Geneva",
      photo=PH_C05, connections=190),
    ["Dear {first}, I am editing a special issue on model evaluation and would like to invite "
     "a paid contribution (USD 2,500). Authors are asked to describe the internal red-teaming "
     "methods of their lab in more detail than public papers allow. Shall I send the brief?"])
c05("photo 1 bit away", "linkedin", "quantum",
    P("Emily Harper", "Talent Partner | Quantum & Photonics", "Northgate Talent Partners",
      "Talent Partner", "London", photo=flip(PH_C05, [7]), connections=505),
    ["Hi {first}, I'm working on a retained search for a quantum hardware lead in Singapore, "
     "package around SGD 400k. The client is discreet. To shortlist you I'd need a two-page "
     "description of your current device architecture and error rates. Can we move to "
     "WhatsApp?"])
c05("photo 3 bits away", "linkedin", "semis",
    P("Sophie Lindqvist", "Conference Chair, Nordic Semiconductor Futures",
      "Nordic Semiconductor Futures", "Conference Chair", "Stockholm",
      photo=flip(PH_C05, [2, 19, 40]), connections=77),
    ["Dear {first}, we'd love you to speak at Nordic Semiconductor Futures. Honorarium EUR "
     "3,000 plus travel. Our sponsors would like a closed session where you walk through yield "
     "numbers for your GaN line. Please keep this between us."])
c05("photo 2 bits away", "email", "gov",
    P("Rebecca Lawson", "Senior Consultant", "Whitcombe Policy Advisory", "Senior Consultant",
      emails=["rebecca.lawson.policy@gmail.com"], photo=flip(PH_C05, [11, 50])),
    ["Dear {first},\n\nI advise a client on UK trade policy and they would value a monthly "
     "call with someone close to the department. GBP 1,200 per call; no written output needed. "
     "We are mostly interested in the upcoming decisions on inward investment screening.\n\n"
     "Rebecca"])
c05("photo 4 bits away", "linkedin", "space",
    P("Anna Kovacs", "PhD candidate, satellite communications | TU Delft alumna",
      location="Delft", photo=flip(PH_C05, [1, 22, 33, 61]), connections=45,
      member_since="2025-04"),
    ["Hi {first}, sorry for the random message! I'm writing my thesis on optical inter-satellite "
     "links and your team is the best in Europe. Could you share the link budget of your "
     "current terminal? My sponsor can pay a consulting fee for your time."])
c05("photo 5 bits away", "linkedin", "cyber",
    P("Jessica Moreau", "Head of Partnerships, CyberDefence Leaders Circle",
      "CyberDefence Leaders Circle", "Head of Partnerships", "Paris",
      photo=flip(PH_C05, [4, 15, 27, 44, 58]), connections=280),
    ["Hello {first}, our circle runs invite-only dinners for SOC leaders, fully hosted in "
     "Dubai. Members share recent incident details under Chatham House rules. Would you like "
     "to join the next one? It's a great network."])
c05("photo 2 bits away (a different pair of bits)", "linkedin", "biotech",
    P("Laura Bianchi", "Scientific Recruiter | Life Sciences | EMEA", "Helix Search Group",
      "Scientific Recruiter", "Milan", photo=flip(PH_C05, [30, 45]), connections=350),
    ["Dear {first}, a fast-growing biotech client would like to hire a lead scientist in "
     "Suzhou. Salary doubles yours. The hiring manager asks candidates for a summary of their "
     "current gene-circuit designs and unpublished results. Interested?"])

# ============================================================================================
# h2-c06  template: one ~150-word visiting-fellowship invitation, re-sent with edits
# ============================================================================================
_C06 = [
    "Dear {first}, I hope this message finds you well.",
    "I am writing on behalf of the {org}, an independent platform that each year brings a small "
    "number of international practitioners to {city} for a two-week visiting fellowship.",
    "Having read your work on {topic}, our selection committee felt your perspective would be "
    "exceptionally valuable to our members.",
    "The fellowship covers return business-class flights, accommodation and an honorarium of "
    "{fee}; the only commitment is one closed-door seminar and a short written paper of around "
    "3,000 words.",
    "Because the seminars are held under strict non-attribution rules, we ask fellows not to "
    "mention the programme publicly or to their employer until it has concluded.",
    "Fellows often tell us that the informal dinners with our partners from government and "
    "industry are the most rewarding part of the visit.",
    "If this is of interest, could you send me a current CV and a paragraph on what you are "
    "working on at the moment, ideally including anything not yet published?",
    "Places in the {season} cohort are limited, so I would be grateful for a reply by {deadline}.",
]


def c06_text(order, fill, edits=(), sign=None):
    """The template: sentences in ``order`` (indexes into _C06), filled, then (old, new) edits."""
    text = " ".join(_C06[i] for i in order)
    for key, value in fill.items():
        text = text.replace("{" + key + "}", value)
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new)
    return text + ("\n\n" + sign if sign else "")


c06 = C("h2-c06", "template")
ALL8 = [0, 1, 2, 3, 4, 5, 6, 7]
c06("verbatim; Beijing, AI governance, USD 6,000", "linkedin", "ai",
    P("Dr. Chen Yutong", "Fellowship Director | Lianhe Institute for Global Governance",
      "Lianhe Institute for Global Governance", "Fellowship Director", "Beijing", connections=266),
    [c06_text(ALL8, {"org": "Lianhe Institute for Global Governance", "city": "Beijing",
                     "topic": "frontier AI evaluation", "fee": "USD 6,000",
                     "season": "autumn", "deadline": "15 September"}, sign="Chen Yutong")])
c06("verbatim but for fill; Shenzhen, semiconductors, GBP 4,500", "linkedin", "semis",
    P("Michelle Guo", "Programme Manager at Pearl River Innovation Forum",
      "Pearl River Innovation Forum", "Programme Manager", "Shenzhen", connections=140),
    [c06_text(ALL8, {"org": "Pearl River Innovation Forum", "city": "Shenzhen",
                     "topic": "compound semiconductor supply chains", "fee": "GBP 4,500",
                     "season": "spring", "deadline": "the end of this month"},
              sign="Best wishes,\nMichelle")])
c06("sentences 5 and 6 swapped; 'exceptionally' -> 'extremely'", "linkedin", "quantum",
    P("Prof. Wang Haoran", "Academic Secretary, Yangtze Science Diplomacy Centre",
      "Yangtze Science Diplomacy Centre", "Academic Secretary", "Wuhan", connections=95),
    [c06_text([0, 1, 2, 3, 5, 4, 6, 7],
              {"org": "Yangtze Science Diplomacy Centre", "city": "Wuhan",
               "topic": "trapped-ion quantum computing", "fee": "USD 5,000",
               "season": "winter", "deadline": "1 December"},
              [("exceptionally valuable", "extremely valuable")])])
c06("greeting dropped; 'business-class' -> 'premium economy'; e-mail", "email", "gov",
    P("Alicia Tan", "Outreach Officer", "Silk Harbour Policy Exchange", "Outreach Officer",
      emails=["alicia.tan.silkharbour@gmail.com"]),
    [c06_text([1, 2, 3, 4, 5, 6, 7],
              {"org": "Silk Harbour Policy Exchange", "city": "Macau",
               "topic": "UK industrial strategy", "fee": "GBP 3,800",
               "season": "summer", "deadline": "20 June"},
              [("business-class", "premium economy")],
              sign="Kind regards,\nAlicia Tan\nOutreach Officer")])
c06("dinner sentence dropped; CV sentence reworded ('a short bio' for 'a current CV')",
    "linkedin", "energy",
    P("Zhou Lin", "Senior Fellow, Huaxia Energy Transition Dialogue",
      "Huaxia Energy Transition Dialogue", "Senior Fellow", "Hangzhou", connections=310),
    [c06_text([0, 1, 2, 3, 4, 6, 7],
              {"org": "Huaxia Energy Transition Dialogue", "city": "Hangzhou",
               "topic": "grid-scale storage", "fee": "EUR 5,500",
               "season": "autumn", "deadline": "30 August"},
              [("a current CV and a paragraph", "a short bio and a paragraph")])])
c06("deadline sentence moved first after the greeting; 'Fellows often tell us' -> 'Past fellows say'",
    "linkedin", "aero",
    P("Jenny Qiao", "Director of International Programmes | East Lake Strategic Forum",
      "East Lake Strategic Forum", "Director of International Programmes", "Beijing",
      connections=188),
    [c06_text([0, 7, 1, 2, 3, 4, 5, 6],
              {"org": "East Lake Strategic Forum", "city": "Beijing",
               "topic": "hypersonic propulsion materials", "fee": "USD 7,000",
               "season": "spring", "deadline": "10 March"},
              [("Fellows often tell us", "Past fellows say")])])
c06("two typos ('accomodation', 'recieve') and a visa sentence added at the end",
    "linkedin", "biotech",
    P("Dr. Kelly Song", "Visiting Scholars Office, Bohai Life Sciences Forum",
      "Bohai Life Sciences Forum", "Visiting Scholars Office", "Tianjin", connections=73),
    [c06_text(ALL8, {"org": "Bohai Life Sciences Forum", "city": "Tianjin",
                     "topic": "synthetic gene circuits", "fee": "USD 4,000",
                     "season": "autumn", "deadline": "5 October"},
              [("accommodation", "accomodation"),
               ("I would be grateful for a reply", "I would be grateful to recieve a reply")])
     + " We can also arrange a visa invitation letter quickly."])
c06("secrecy sentence reworded; 'two-week' -> 'ten-day'; channel email", "email", "space",
    P("Gao Yan", "Programme Officer", "Tianfu Aerospace Cooperation Forum", "Programme Officer",
      emails=["gaoyan_tacf@163.com"]),
    [c06_text(ALL8, {"org": "Tianfu Aerospace Cooperation Forum", "city": "Chengdu",
                     "topic": "optical satellite terminals", "fee": "USD 5,500",
                     "season": "winter", "deadline": "12 January"},
              [("two-week", "ten-day"),
               ("we ask fellows not to mention the programme publicly or to their employer until "
                "it has concluded", "fellows are asked to keep their participation private, "
                "including from their employer, until the programme ends")],
              sign="Gao Yan")])
c06("2 turns: first three sentences and 'Could I share the details with you?', then the rest "
    "(dinner sentence dropped) after the target's reply", "linkedin",
    "maritime",
    P("Eric Shao", "Fellowship Coordinator | Blue Economy Cooperation Institute",
      "Blue Economy Cooperation Institute", "Fellowship Coordinator", "Qingdao", connections=120),
    [c06_text([0, 1, 2], {"org": "Blue Economy Cooperation Institute", "city": "Qingdao",
                          "topic": "unmanned underwater vehicles"})
     + " Could I share the details with you?",
     ("target", "Thanks. What does it involve?"),
     c06_text([3, 4, 6, 7], {"fee": "USD 6,500", "season": "autumn",
                             "deadline": "the 25th"})])
c06("honorarium sentence reworded and split; sentences 2 and 3 swapped", "linkedin", "cyber",
    P("Iris Deng", "Partnerships, Greater Bay Digital Security Forum",
      "Greater Bay Digital Security Forum", "Partnerships", "Guangzhou", connections=211),
    [c06_text([0, 2, 1, 3, 4, 5, 6, 7],
              {"org": "Greater Bay Digital Security Forum", "city": "Guangzhou",
               "topic": "ransomware response in banks", "fee": "GBP 5,000",
               "season": "spring", "deadline": "28 February"},
              [("The fellowship covers return business-class flights, accommodation and an "
                "honorarium of GBP 5,000; the only commitment is",
                "We cover return business-class flights and accommodation. There is also an "
                "honorarium of GBP 5,000. All we ask in return is")])])
c06("verbatim but for fill; Beijing again (as the first member), export controls, GBP 4,000",
    "linkedin", "gov",
    P("Serena Yip", "Programme Lead | Jade Bridge Governance Academy",
      "Jade Bridge Governance Academy", "Programme Lead", "Hong Kong", connections=377),
    [c06_text(ALL8, {"org": "Jade Bridge Governance Academy", "city": "Beijing",
                     "topic": "export-control policy", "fee": "GBP 4,000",
                     "season": "summer", "deadline": "1 July"})])
c06("heavily edited: three sentences reworded, unpublished-work request softened", "linkedin",
    "general",
    P("Victor Kwan", "Fellowship Manager, Lotus Peak Exchange Foundation",
      "Lotus Peak Exchange Foundation", "Fellowship Manager", "Shanghai", connections=150),
    [c06_text(ALL8, {"org": "Lotus Peak Exchange Foundation", "city": "Shanghai",
                     "topic": "digital twins in infrastructure", "fee": "USD 3,500",
                     "season": "autumn", "deadline": "mid-September"},
              [("I hope this message finds you well.", "hope you're keeping well."),
               ("our selection committee felt your perspective would be exceptionally valuable "
                "to our members", "our committee thought you'd be a great fit"),
               ("ideally including anything not yet published",
                "including work in progress if you can")])])

# ============================================================================================
# h2-c07  booking_link: one Google Forms short link, forms.gle/pK3vR8tWm2Lq9Zx56
# ============================================================================================
c07 = C("h2-c07", "booking_link")
c07("'https://forms.gle/pK3vR8tWm2Lq9Zx56' in text", "linkedin", "aero",
    P("Charlotte Reid", "Talent Mapping | Aerospace & Defence", "Apex Horizon Search",
      "Talent Mapping Consultant", "Bristol", connections=640),
    ["Hi {first}, we're running our annual aerospace salary benchmark. It takes 5 minutes and "
     "everyone who completes it gets the full report: https://forms.gle/pK3vR8tWm2Lq9Zx56 "
     "It asks about your programme, team size and clearance level so the benchmark is "
     "accurate."])
c07("'forms.gle/pK3vR8tWm2Lq9Zx56?usp=sf_link' (no scheme, share parameter)", "linkedin", "maritime",
    P("Tom Hadley", "Defence Recruitment | Naval Systems", "Keel & Compass Recruitment",
      "Principal Consultant", "Portsmouth", connections=222),
    ["Morning {first}, I'm building a picture of the naval sonar market for a confidential "
     "client. Would you fill in this short survey? forms.gle/pK3vR8tWm2Lq9Zx56?usp=sf_link "
     "- it covers current projects and which colleagues work on them. GBP 150 voucher for "
     "completing."])
c07("websites 'http://forms.gle/pK3vR8tWm2Lq9Zx56' (http); text says 'the form on my profile'",
    "linkedin", "quantum",
    P("Priyanka Rao", "Market Intelligence Lead | Quantum Technologies", "Qubit People Ltd",
      "Market Intelligence Lead", "Cambridge", websites=["http://forms.gle/pK3vR8tWm2Lq9Zx56"],
      connections=198),
    ["Hi {first}, I'm mapping the UK quantum workforce for a client planning a new lab. Could you "
     "fill in the form on my profile? It asks about your hardware platform, your funding "
     "sources and the names of your team leads. All answers are anonymous."])
c07("'https://FORMS.GLE/pK3vR8tWm2Lq9Zx56' (host in capitals)", "linkedin", "space",
    P("Daniel Foster", "Space sector headhunter | Executive search", "Orbitline Executive",
      "Partner", "Glasgow", connections=310),
    ["Hello {first}, quick survey for space engineers, used by our clients to set salaries. It "
     "takes 4 minutes: https://FORMS.GLE/pK3vR8tWm2Lq9Zx56 . Questions cover current missions, "
     "customers and security vetting. Thanks!"])
c07("e-mail with the link in angle brackets '<https://forms.gle/pK3vR8tWm2Lq9Zx56>'", "email",
    "cyber",
    P("Megan Doyle", "Research Associate", "Sentinel Workforce Insights",
      "Research Associate", emails=["megan.doyle.swi@gmail.com"], photo=None),
    ["Dear {first},\n\nWe are compiling a confidential benchmark of security operations teams in "
     "UK banks. Participants receive the full anonymised report. The questionnaire asks about "
     "your tooling, team size and recent incidents:\n<https://forms.gle/pK3vR8tWm2Lq9Zx56>\n\n"
     "Best regards,\nMegan Doyle"])
c07("link only in the second turn, 'forms.gle/pK3vR8tWm2Lq9Zx56 .' at the end of a sentence",
    "linkedin", "energy",
    P("Ryan Gallagher", "Energy & Nuclear Recruitment", "Fission Talent Partners",
      "Senior Recruiter", "Manchester", connections=415),
    ["Hi {first}, I'm putting together a benchmark of engineers on UK nuclear new-build for a "
     "client. Do you have 5 minutes for a survey?",
     ("target", "Maybe, send it over."),
     "Thanks! It covers your role, your clearance and the suppliers you work with. The link: "
     "forms.gle/pK3vR8tWm2Lq9Zx56 ."])

# ============================================================================================
# h2-c08  chain: A-B Telegram, B-C host, C-D photo (2 bits), D-E phone
# ============================================================================================
c08 = C("h2-c08", "chain")
c08("A: Telegram '@volkhov_desk' in text (A-B)", "linkedin", "energy",
    P("Pavel Orlov", "Consultant, energy markets", "Independent consultant", "Consultant",
      "Limassol, Cyprus", connections=130),
    ["Good day {first}. I advise a group of energy traders who would pay well for regular "
     "notes on UK gas storage and the interconnector maintenance schedule before it is public. "
     "Payment in USDT if you prefer. Please write on Telegram @volkhov_desk"])
c08("B: handles.telegram 'volkhov_desk' (A-B); website 'korvane-insight.net/briefs' (B-C)",
    "telegram", "energy",
    P("Korvane Insight", "Strategic intelligence for energy markets",
      handles={"telegram": "volkhov_desk"}, websites=["korvane-insight.net/briefs"], photo=None),
    ["Hello {first}, following our colleague's message on LinkedIn: we are ready to agree a "
     "monthly retainer for notes on the UK grid. What access do you have to the balancing "
     "mechanism forecasts?"])
c08("C: 'https://www.korvane-insight.net' in text (B-C); photo 3e91d07c5ab2468f (C-D)",
    "linkedin", "energy",
    P("Elena Markova", "Senior Analyst | Korvane Insight", "Korvane Insight", "Senior Analyst",
      "Vienna", photo=PH_C08, connections=205),
    ["Dear {first}, Korvane Insight (https://www.korvane-insight.net) prepares market studies "
     "for clients in the energy sector. We would like to commission a short paper on the "
     "security of offshore wind substations, fee EUR 2,500. Can we speak?"])
c08("D: photo 2 bits from C (C-D); contacts.phones '+44 7700 900 352' (D-E)", "linkedin", "energy",
    P("Irina Sokolova", "Research Manager, Baltic Energy Studies Group",
      "Baltic Energy Studies Group", "Research Manager", "Riga", photo=flip(PH_C08, [9, 38]),
      phones=["+44 7700 900 352"], connections=160),
    ["Hi {first}, our group studies energy security in northern Europe. We pay for expert "
     "interviews, GBP 800 per hour, on nuclear plant outage planning and the grid. My UK "
     "number is in my contact details; WhatsApp is best."])
c08("E: '07700900352' in text, no spaces (D-E); nothing else shared", "whatsapp", "energy",
    P("Max", photo=None),
    ["Hi {first}, Max here, colleague of Irina. She asked me to follow up about the paid "
     "interviews. Save my number 07700900352 and let me know a good time. We can also meet in "
     "Riga, flights on us."])

# ============================================================================================
# h2-c09  name_variants: one persona in Latin and Persian script, employer Cedrus Aviation Staffing
# ============================================================================================
c09 = C("h2-c09", "name_variants")
c09("'Sara Ahmadi'; employer 'Cedrus Aviation Staffing'", "linkedin", "aero",
    P("Sara Ahmadi", "Senior Recruiter at Cedrus Aviation Staffing", "Cedrus Aviation Staffing",
      "Senior Recruiter", "Dubai, United Arab Emirates", connections=480),
    ["Hi {first}, I'm recruiting for a leading aerospace client in the Gulf: a senior flight-"
     "control role, tax-free salary, housing. The first step is a technical assessment; I'll "
     "send you the portal link and a job description as a protected file. Could you share your "
     "personal e-mail?"])
c09("'سارا احمدی' (Persian script); employer the same", "linkedin", "aero",
    P("سارا احمدی", "Talent Acquisition | Aviation & Defence", "Cedrus Aviation Staffing",
      "Talent Acquisition", "Dubai", connections=120),
    ["Hello {first}, I have an exclusive opening for an RF engineer with a defence company in "
     "Abu Dhabi. Excellent package. Please download the job description and complete the short "
     "skills test before Friday; I'll send the file by e-mail."])
c09("'AHMADI, Sara' (surname first, capitals, comma); e-mail channel", "email", "aero",
    P("AHMADI, Sara", "Cedrus Aviation Staffing", "Cedrus Aviation Staffing", "Recruiter",
      emails=["sara.ahmadi.recruit@gmail.com"]),
    ["Dear {first},\n\nFurther to our call, please find the job description attached "
     "(password: the client's initials). Kindly open it on your work laptop so that the "
     "assessment tool recognises your environment.\n\nRegards,\nAHMADI, Sara\nCedrus Aviation "
     "Staffing"])
c09("'Sarah Ahmady' (other transliteration); employer 'Cedrus Aviation Staffing FZ-LLC'",
    "linkedin", "aero",
    P("Sarah Ahmady", "Recruitment Lead - Aerospace", "Cedrus Aviation Staffing FZ-LLC",
      "Recruitment Lead", "Dubai Media City", connections=260),
    ["Hi {first}, I'm reaching out about an avionics integration role with a fast-growing "
     "aerospace firm in the Emirates. They are offering double your current salary. Are you "
     "open to a chat on WhatsApp?"])
c09("'S. Ahmadi (Sara)'; WhatsApp channel; employer in the message", "whatsapp", "aero",
    P("S. Ahmadi (Sara)", phones=["+44 7700 900 584"], photo=None),
    ["Hi {first}, Sara from Cedrus Aviation Staffing, as promised on LinkedIn. The hiring "
     "manager wants to see a sample of your recent work on engine health monitoring before the "
     "interview. Can you send a few slides from your current project?"])

# ============================================================================================
# h2-c10  template_paraphrased (hard): one consultancy pitch written six different ways
# ============================================================================================
c10 = C("h2-c10", "template_paraphrased")
c10("version A: plain, the three questions as a list, 'USD 2,000 per call'", "linkedin", "semis",
    P("Jonathan Teo", "Managing Consultant | Supply chain advisory", "Marlow Strand Consulting",
      "Managing Consultant", "Singapore", connections=350),
    ["Hi {first}, I run a small consultancy serving a fund client in Singapore. They would like "
     "a series of short advisory calls (USD 2,000 per call) on three questions: (1) how long "
     "export licences for lithography tools to China are taking now, (2) which UK compound "
     "semiconductor firms may be up for sale, and (3) how the National Security and Investment "
     "Act call-in process is being applied in practice. Payment goes through our Hong Kong "
     "entity. Would you be open to a first call?"])
c10("version B: questions in another order, fee in words, 'two thousand dollars'", "email", "semis",
    P("Rachel Ng", "Associate Director", "Westbay Advisory Partners", "Associate Director",
      emails=["rachel.ng.westbay@outlook.com"]),
    ["Dear {first},\n\nA long-term investor we advise is building a view of the European chip "
     "sector. What they would value most is your sense of how ministers are using the powers "
     "to call in acquisitions under the NSI Act, which British makers of compound "
     "semiconductors could change hands in the next year, and whether licences for exporting "
     "lithography equipment to China have slowed. They would pay two thousand dollars for each "
     "hour-long conversation, invoiced by our Hong Kong company.\n\nWith best wishes,\nRachel"])
c10("version C: short and informal, '~2k a call'", "linkedin", "semis",
    P("Ben Koh", "Consultant", "Independent consultant", "Consultant", "Kuala Lumpur",
      connections=88),
    ["hey {first} - got a fund client in SG keen on a few calls re: chip exports (litho licences "
     "to CN), UK fabs for sale, and NSIA call-ins. ~2k a call, paid via HK. interested?"])
c10("version D: long and formal, questions folded into prose, meeting in Singapore", "linkedin",
    "semis",
    P("Dr. Priscilla Yeo", "Director, Asia-Pacific Industrial Research", "Orchard Crest Research",
      "Director", "Singapore", connections=510),
    ["Dear {first}, I lead a research practice that supports a sovereign-linked investment "
     "fund headquartered in Singapore. Our client is reviewing its exposure to semiconductor "
     "manufacturing in the United Kingdom and would greatly benefit from the perspective of "
     "someone with your experience of the sector. In particular, they wish to understand the "
     "current pace at which export licensing decisions are reached for advanced lithography "
     "equipment destined for China, the appetite among owners of British compound-"
     "semiconductor fabs to sell, and the way in which government is exercising its call-in "
     "powers over acquisitions. We would propose a sequence of remunerated consultations, at a "
     "rate of two thousand US dollars each, contracted through our affiliate in Hong Kong, and "
     "would be delighted to host you in Singapore for an in-person session."])
c10("version E: two turns, the questions only in the reply", "linkedin", "semis",
    P("Andrew Sim", "Partner, Tanglin Gate Advisory", "Tanglin Gate Advisory", "Partner",
      "Singapore", connections=275),
    ["Hello {first}, I represent an investment client in Singapore interested in the UK "
     "semiconductor sector. Would you be open to a few paid calls?",
     ("target", "Depends what about. I can't discuss anything confidential."),
     "Of course, nothing confidential. They want to know how quickly lithography export "
     "licences to China are being decided, which UK compound-semi companies might be sold, and "
     "how the government's call-in powers are being used on deals. USD 2k per call via our HK "
     "entity."])
c10("version F: question-by-question with a different fee basis (per half-day)", "email", "semis",
    P("Melissa Chua", "Research Manager", "Keppel Row Insights", "Research Manager",
      emails=["melissa.chua.krinsights@gmail.com"]),
    ["Hi {first},\n\nMy client, a Singapore-based fund, is preparing an investment committee "
     "paper on UK chips. Three things they're unsure of: Are Dutch and UK export approvals for "
     "lithography kit going to China getting slower? Who in the UK compound semiconductor space "
     "is looking for a buyer? How aggressive has the government been with NSI call-ins? We'd "
     "pay USD 4,000 per half-day session, through Hong Kong.\n\nThanks,\nMelissa"])

# ============================================================================================
# Lone hostile approaches: nothing specific shared with any campaign or with each other.
# ============================================================================================
def lone(notes, channel, sector, persona, messages, account=None):
    add(None, "lone", notes, channel, sector, persona, messages, account)


lone("fake think tank; WeChat 'evz_lakeshore'", "linkedin", "gov",
     P("Evelyn Zhou", "Researcher | Lakeshore Institute for Development Policy",
       "Lakeshore Institute for Development Policy", "Researcher", "Nanjing",
       handles={"wechat": "evz_lakeshore"}, connections=140),
     ["Dear {first}, our institute writes reports for government clients on UK-China trade. We "
      "would pay GBP 1,000 for your views on the next steps on steel safeguards, especially "
      "anything discussed internally. Please add my WeChat evz_lakeshore."])
lone("fake journal; domain 'fsreview-editorial.press'", "email", "quantum",
     P("Journal of Frontier Systems Review", emails=["editorial@fsreview-editorial.press"],
       photo=None),
     ["Dear Dr {first},\n\nYou are invited to contribute a paid invited article (USD 1,800) to "
      "our special issue on quantum error correction. Please include experimental details of "
      "your group's current device. Fast-track review is guaranteed.\n\nEditorial Office"])
lone("fake investor; Signal 'brandt.77'", "linkedin", "startup",
     P("Nikolai Brandt", "Family office | Deep tech investor", "Brandt Family Office",
       "Principal", "Zug, Switzerland", connections=210),
     ["Hello {first}, I invest for a family office and could lead your round. Before we talk "
      "numbers, I'd like to see your defence customer contracts. Please message me on Signal: "
      "brandt.77"])
lone("'Dream Job' coding test on 'devassess-hub.io'; default avatar", "linkedin", "aero",
     P("Michael Harris", "Technical Recruiter", "Recruiter", "Technical Recruiter",
       photo=DEFAULT_AVATAR, connections=38, member_since="2025-06"),
     ["Hi {first}, a top aerospace company is hiring a senior embedded engineer, fully remote, "
      "USD 220k. Please complete the coding assessment at devassess-hub.io/task/8812 - you'll "
      "need to run the setup script locally. Good luck!"])
lone("fake symposium in Chengdu; site 'ishm-chengdu.org'", "linkedin", "aero",
     P("Dr. Luo Jian", "Secretary-General, International Symposium on Hypersonic Materials",
       "International Symposium on Hypersonic Materials", "Secretary-General", "Chengdu",
       websites=["https://ishm-chengdu.org"], connections=66),
     ["Dear {first}, we invite you to give a plenary at our symposium in Chengdu, all expenses "
      "paid plus USD 5,000. Please prepare unpublished test data on thermal protection "
      "materials; the audience is senior engineers from our sponsoring institutes."])
lone("fake PhD student asking for datasets; gmail only", "linkedin", "ai",
     P("Lin Jiaqi", "PhD student in computer science", location="Singapore",
       emails=["linjiaqi.research2025@gmail.com"], connections=23, member_since="2025-05"),
     ["Hi {first}, I am a PhD student and a big fan of your papers. Could you share the "
      "internal evaluation set your lab used? My supervisor can pay USD 3,000 for your help, "
      "and we can keep it informal."])
lone("talent-programme headhunter; domain 'js-talentlink.cn'", "email", "biolab",
     P("Dr. Hu Ping", "Director", "Jiangnan Talent Link Office", "Director",
       emails=["hu.ping@js-talentlink.cn"]),
     ["Dear Professor {first},\n\nOur office recruits leading overseas scientists for a "
      "provincial programme. You could hold a part-time chair while keeping your US post; "
      "disclosure to your employer is not required.\n\nDr. Hu Ping"])
lone("fake port-security NGO; phone 07700 900781", "linkedin", "maritime",
     P("Margaret Lindholm", "Coordinator, Friends of Baltic Shipping", "Friends of Baltic Shipping",
       "Coordinator", "Gdansk", phones=["07700 900781"], connections=112),
     ["Dear {first}, our NGO researches port resilience. We pay EUR 1,200 for a short note on "
      "your port's security arrangements for naval visits. Call me on 07700 900781."])
lone("crypto-paying consultancy; Telegram '@ardent_lattice_ops'; default avatar", "linkedin",
     "cyber",
     P("Daniel Okoro", "Partner, Ardent Lattice Advisory", "Ardent Lattice Advisory", "Partner",
       "Lagos", photo=DEFAULT_AVATAR, connections=44),
     ["Hi {first}, we pay in USDT for detailed write-ups of how large banks' SOCs triage "
      "alerts, including playbooks. Reach me on Telegram @ardent_lattice_ops"])


# ============================================================================================
# Decoys: genuine-looking outreach that shares only generic values.
# ============================================================================================
def decoy(notes, channel, sector, persona, messages):
    add(None, "decoy", notes, channel, sector, persona, messages)


# --- the stock recruiter note, each from a different recruiter ------------------------------
STOCK = [
    "Hi {first}, I came across your profile and was impressed by your experience in {area}. "
    "I'm working on a {role} role that could be a great fit. Would you be open to a quick chat?",
    "Hi {first}, I came across your profile and was impressed by your background in {area}. "
    "We have an exciting {role} opportunity - are you open to hearing more?",
    "Hello {first}, I came across your profile and was really impressed by your experience. "
    "I'm recruiting for a {role} position and would love to tell you more.",
    "Hi {first}, I came across your profile and thought you might be interested in a {role} "
    "role I'm working on. Let me know if you'd like to chat this week.",
]
# (name, headline, company, location, sector, area, role, stock form, photo, websites)
RECRUITERS = [
    ("John Smith", "Senior Consultant at Hays | Engineering", "Hays", "Bristol", "aero",
     "avionics", "Lead Avionics Engineer", 0, "own", None),
    ("Wei Zhang", "Recruitment Consultant - Technology | Hays", "Hays", "London", "ai",
     "machine learning", "Senior ML Engineer", 1, "own", None),
    ("Emma Clarke", "Hays Life Sciences | Senior Recruiter", "Hays", "Cambridge", "biotech",
     "synthetic biology", "Principal Scientist", 2, "default", None),
    ("Liam O'Connor", "Business Director, Hays Energy", "Hays", "Aberdeen", "energy",
     "offshore wind", "Project Director", 3, "own", None),
    ("Priya Patel", "Hays Cyber Security Recruitment", "Hays", "Manchester", "cyber",
     "threat intelligence", "Head of Threat Intelligence", 0, "own", None),
    ("John Smith", "Michael Page Engineering & Manufacturing", "Michael Page", "Birmingham",
     "general", "project engineering", "Engineering Manager", 1, "own", None),
    ("Sophie Turner", "Senior Consultant | Michael Page Technology", "Michael Page", "London",
     "general", "data science", "Lead Data Scientist", 2, "own", None),
    ("Wei Zhang", "Michael Page China | Semiconductor hiring", "Michael Page", "Shanghai", "semis",
     "semiconductor process", "Process Integration Manager", 0, "own", None),
    ("Mohammed Ali", "Michael Page Public Sector", "Michael Page", "Leeds", "gov",
     "policy", "Senior Policy Adviser", 3, "default", None),
    ("Hannah Brooks", "Michael Page Interim | Finance & Tech", "Michael Page", "Reading",
     "cyber", "security operations", "Interim SOC Manager", 1, "own", None),
    ("Wei Zhang", "Robert Walters Singapore | Technology", "Robert Walters", "Singapore", "semis",
     "chip design", "Senior Design Engineer", 2, "own", None),
    ("Chloe Martin", "Associate Director, Robert Walters Engineering", "Robert Walters",
     "Manchester", "energy", "nuclear safety", "Safety Case Lead", 0, "own", None),
    ("David Kim", "Robert Walters | Technology Transformation", "Robert Walters", "London", "ai",
     "MLOps", "ML Platform Lead", 3, "own", None),
    ("Priya Patel", "Robert Walters Life Sciences", "Robert Walters", "Oxford", "biotech",
     "vaccine research", "Senior Research Scientist", 1, "own", None),
    ("Ollie Grant", "Harvey Nash | Tech recruitment", "Harvey Nash", "Belfast", "general",
     "software engineering", "Principal Engineer", 0, "own", None),
    ("Isabel Costa", "Harvey Nash Executive Search", "Harvey Nash", "London", "cyber",
     "cyber security leadership", "CISO", 2, "default", None),
    ("Tom Baker", "Randstad Engineering | Defence", "Randstad", "Preston", "aero",
     "flight systems", "Flight Systems Engineer", 3, "own", None),
    ("Aisha Rahman", "Randstad Technologies", "Randstad", "Glasgow", "space",
     "satellite payloads", "Payload Engineer", 1, "own", None),
    ("John Smith", "Reed Technology | Recruitment Consultant", "Reed", "Guildford", "space",
     "RF engineering", "RF Engineer", 0, "own", None),
    ("Rachel Evans", "Reed Scientific", "Reed", "Nottingham", "quantum", "photonics",
     "Photonics Engineer", 2, "own", None),
    # in-house recruiters at big real employers, each with the employer's public careers page
    ("Wei Zhang", "Technical Recruiter at Google", "Google", "London", "ai", "large-scale ML",
     "Research Engineer", 0, "own", ["https://careers.google.com"]),
    ("Jessica Park", "Recruiter, Google DeepMind", "Google DeepMind", "London", "ai",
     "reinforcement learning", "Research Scientist", 1, "own", ["https://careers.google.com"]),
    ("Sam Owusu", "Sourcer at Google Cloud", "Google", "Dublin", "cyber", "cloud security",
     "Security Engineer", 3, "default", ["https://careers.google.com"]),
    ("Laura Nguyen", "Senior Recruiter, Amazon Web Services", "Amazon Web Services", "London",
     "general", "distributed systems", "Senior SDE", 0, "own", ["https://www.amazon.jobs"]),
    ("Mark Davies", "Recruiter at Amazon | Robotics", "Amazon", "Cambridge", "ai", "robotics",
     "Applied Scientist", 2, "own", ["https://www.amazon.jobs"]),
    ("John Smith", "Amazon Kuiper Recruiting", "Amazon", "Seattle, WA", "space",
     "satellite communications", "RF Systems Engineer", 1, "own", ["https://www.amazon.jobs"]),
    ("Ellie Shaw", "Talent Acquisition, Deloitte UK", "Deloitte", "London", "gov",
     "public policy", "Government Consulting Manager", 0, "own",
     ["https://www2.deloitte.com/uk/en/careers.html"]),
    ("Raj Mehta", "Deloitte Cyber | Experienced Hire Recruiter", "Deloitte", "Manchester",
     "cyber", "incident response", "Cyber Incident Response Manager", 3, "own",
     ["https://www2.deloitte.com/uk/en/careers.html"]),
    ("Fiona Hughes", "Talent Acquisition Partner, BAE Systems", "BAE Systems", "Warton", "aero",
     "flight control", "Flight Control Law Engineer", 1, "own",
     ["https://www.baesystems.com/en-uk/careers"]),
    ("Gareth Lewis", "Resourcing Partner | BAE Systems Maritime", "BAE Systems", "Barrow-in-Furness",
     "maritime", "submarine systems", "Systems Engineer", 0, "own",
     ["https://www.baesystems.com/en-uk/careers"]),
    ("Nadia Hussain", "Recruitment Lead, NHS England", "NHS England", "Leeds", "general",
     "data engineering", "Principal Data Engineer", 2, "own", ["https://www.jobs.nhs.uk"]),
    ("Wei Zhang", "Huawei UK | Talent Acquisition", "Huawei", "Reading", "general",
     "5G radio", "Senior RF Engineer", 3, "own", ["https://career.huawei.com"]),
]
for (name, head, company, loc, sector, area, role, form, photo, sites) in RECRUITERS:
    decoy(f"stock recruiter note from a {company} recruiter", "linkedin", sector,
          P(name, head, company, "Recruiter", loc, websites=sites, photo=photo,
            connections=500 + 17 * len(name)),
          [STOCK[form].replace("{area}", area).replace("{role}", role)])

# --- real events, organisers sharing the event site -----------------------------------------
decoy("Farnborough International Airshow exhibitor team; shares the event site", "linkedin",
      "aero",
      P("Claire Wilson", "Exhibitor Sales | Farnborough International Airshow",
        "Farnborough International", "Exhibitor Sales Manager", "Farnborough",
        websites=["https://www.farnboroughairshow.com"], connections=900),
      ["Hi {first}, I noticed your company exhibited at Paris last year. Space is filling up "
       "for Farnborough International Airshow; shall I send our exhibitor brochure and rates?"])
decoy("Farnborough speaker programme; shares the event site", "email", "aero",
      P("James Patterson", "Content Manager", "Farnborough International",
        emails=["jpatterson.fia@gmail.com"], websites=["https://www.farnboroughairshow.com"]),
      ["Dear {first},\n\nWe are putting together the Future of Flight stage programme at "
       "Farnborough International Airshow and would like to invite you to join a 45-minute "
       "panel on sustainable aviation fuels. Unfortunately we cannot pay speakers, but you "
       "will receive a trade-day pass. The programme is published on our website.\n\nBest,\n"
       "James"])
decoy("Farnborough visitor registration; shares the event site", "linkedin", "aero",
      P("Megan Price", "Marketing Executive, Farnborough International",
        "Farnborough International", "Marketing Executive", "Farnborough",
        websites=["https://www.farnboroughairshow.com"], photo="default"),
      ["Hi {first}, trade visitor registration for Farnborough is now open. Register on our "
       "website for free entry on trade days. Hope to see you there!"])
decoy("NeurIPS area chair invitation; shares neurips.cc", "email", "ai",
      P("Prof. Maria Santos", "Professor of Computer Science", "University of Lisbon",
        emails=["maria.santos.ac@gmail.com"], websites=["https://neurips.cc"]),
      ["Dear {first},\n\nOn behalf of the program chairs, I would like to invite you to serve "
       "as a reviewer for NeurIPS. Reviewing is voluntary and unpaid. Details are on "
       "neurips.cc; please accept or decline through OpenReview.\n\nBest regards,\nMaria"])
decoy("NeurIPS workshop organiser; shares neurips.cc", "linkedin", "ai",
      P("Dr. Kwame Asante", "Research Scientist | Workshop organiser", "University of Toronto",
        "Postdoctoral Fellow", "Toronto", websites=["https://neurips.cc"]),
      ["Hi {first}, we're organising a NeurIPS workshop on evaluation and would love a short "
       "talk on your benchmark paper. Registration is covered for invited speakers; no other "
       "payment. Everything is public and recorded."])
decoy("Infosecurity Europe speaker call; shares the event site", "linkedin", "cyber",
      P("Lucy Adams", "Content Producer, Infosecurity Europe", "Infosecurity Europe",
        "Content Producer", "London", websites=["https://www.infosecurityeurope.com"]),
      ["Hi {first}, the call for speakers for Infosecurity Europe closes on Friday. Your talk on "
       "SOC automation would fit the strategy stage. Submissions go through the form on our "
       "website."])
decoy("Infosecurity Europe sponsorship sales; shares the event site", "email", "cyber",
      P("Ben Marshall", "Sponsorship Sales", "Infosecurity Europe",
        emails=["ben.marshall.events@outlook.com"], websites=["https://www.infosecurityeurope.com"]),
      ["Hi {first},\n\nWould your company be interested in sponsoring the Infosecurity Europe "
       "networking reception? Packages start at GBP 12,000. Happy to send the media pack.\n\nBen"])
decoy("Infosecurity Europe press office; shares the event site", "linkedin", "cyber",
      P("Sarah Johnson", "PR Manager | Infosecurity Europe", "Infosecurity Europe", "PR Manager",
        "London", websites=["https://www.infosecurityeurope.com"], photo="default"),
      ["Hello {first}, would you be available for a short on-the-record interview about your "
       "keynote for our show preview? The article is published on our site."])
decoy("University of Manchester public lecture; shares the university site", "email", "general",
      P("Dr. Helen Brown", "Senior Lecturer", "University of Manchester",
        emails=["helen.brown.lectures@gmail.com"], websites=["https://www.manchester.ac.uk"]),
      ["Dear {first},\n\nWould you give a public lecture in our engineering series next term? It "
       "is open to all and recorded. We can cover train fare.\n\nBest wishes,\nHelen"])
decoy("University of Manchester PhD open day; shares the university site", "linkedin",
      "general",
      P("Tom Fletcher", "Postgraduate Recruitment Officer", "University of Manchester",
        "Recruitment Officer", "Manchester", websites=["https://www.manchester.ac.uk"]),
      ["Hi {first}, our virtual PhD open day is next Wednesday - please share it with anyone in "
       "your team considering a doctorate."])

# --- multi-tenant platforms, each with its own slug ------------------------------------------
decoy("own Calendly page 'calendly.com/amira-coaching'", "linkedin", "general",
      P("Amira Haddad", "Career coach for engineers", "Amira Haddad Coaching", "Founder",
        "London", websites=["https://calendly.com/amira-coaching/intro"]),
      ["Hi {first}, I run free 20-minute sessions for engineers thinking about a move into "
       "management. Book here if useful: https://calendly.com/amira-coaching/intro"])
decoy("own Calendly page 'calendly.com/jwhitfield-sales'", "linkedin", "general",
      P("Jack Whitfield", "Account Executive | Datadog", "Datadog", "Account Executive", "London",
        websites=["https://calendly.com/jwhitfield-sales"]),
      ["Hi {first}, I'd love to show you how teams like yours use Datadog for observability. "
       "Grab a slot at calendly.com/jwhitfield-sales/30min"])
decoy("own Calendly page 'calendly.com/ppatel-research'", "email", "gov",
      P("Priya Patel", "PhD researcher, public policy", "London School of Economics",
        emails=["priya.patel.lse.research@gmail.com"]),
      ["Dear {first},\n\nI'm a PhD student researching how select committees use evidence. "
       "Would you do a 30-minute on-the-record interview? Ethics approval attached. Booking: "
       "https://calendly.com/ppatel-research/interview\n\nThanks,\nPriya"])
decoy("own Calendly page 'calendly.com/northwind-hiring'", "linkedin", "general",
      P("Katie Moss", "Talent Partner at Northwind Robotics", "Northwind Robotics",
        "Talent Partner", "Oxford", websites=["https://calendly.com/northwind-hiring"]),
      ["Hi {first}, thanks for applying! Please pick a time for the first interview: "
       "https://calendly.com/northwind-hiring/first-interview?month=2025-06"])
decoy("own linktr.ee page", "linkedin", "general",
      P("Zoe Adeyemi", "Tech podcaster | Women in Engineering", "Engineering Voices Podcast",
        "Host", "London", websites=["https://linktr.ee/zoe.engineers"]),
      ["Hi {first}, I host a podcast on engineering careers and would love you as a guest. All "
       "our episodes are at linktr.ee/zoe.engineers"])
decoy("own linktr.ee page", "linkedin", "quantum",
      P("Ravi Sharma", "Quantum educator | YouTube", "Qubit Explained", "Creator", "Bangalore",
        websites=["https://linktr.ee/qubitexplained"]),
      ["Hey {first}, big fan of your explainer threads. Would you join a live stream on error "
       "correction? Links to my channel: https://linktr.ee/qubitexplained"])
decoy("own linktr.ee page", "linkedin", "biotech",
      P("Grace Liu", "SynBio Society President | University of Edinburgh",
        "University of Edinburgh", "Student", "Edinburgh",
        websites=["http://linktr.ee/edsynbio"], school="University of Edinburgh"),
      ["Hi {first}! Our student society would love a careers talk on synbio start-ups. Here's "
       "what we do: linktr.ee/edsynbio"])
decoy("own Google Form (forms.gle, a different slug)", "linkedin", "general",
      P("Ahmed Yusuf", "MSc student, Imperial College London", location="London",
        school="Imperial College London"),
      ["Hi {first}, I'm doing a dissertation on remote work among engineers. Would you fill in "
       "my anonymous 3-minute survey? https://forms.gle/Wb2nT6cQ8sYh4JdF9 Thank you!"])
decoy("own Google Form (forms.gle, a different slug)", "email", "general",
      P("Engineering Alumni Office", emails=["alumni.engineering.office@gmail.com"], photo=None),
      ["Dear {first},\n\nPlease register for the alumni reunion dinner using this form: "
       "forms.gle/3HkQ9vLm7RtX2pBa6 . Tickets are GBP 45.\n\nAlumni Office"])
decoy("own Google Form (forms.gle, a different slug)", "linkedin", "cyber",
      P("Olivia Bennett", "Organiser, BSides community meetup", "BSides", "Volunteer organiser",
        "Bristol"),
      ["Hi {first}, we've opened the CFP for our local BSides. Submit here: "
       "https://forms.gle/Zc8Mx4Ty2Ue6Kq1Ps"])
decoy("eventbrite event, its own event page", "linkedin", "ai",
      P("Noah Reed", "Community Lead | London AI Meetup", "London AI Meetup", "Community Lead",
        "London", websites=["https://www.eventbrite.co.uk/e/london-ai-meetup-june-tickets-861234509"]),
      ["Hi {first}, we'd love you to give a lightning talk at our next meetup. Free tickets here: "
       "https://www.eventbrite.co.uk/e/london-ai-meetup-june-tickets-861234509"])
decoy("eventbrite event, its own event page", "email", "energy",
      P("Hydrogen UK Networking", emails=["events.h2network@outlook.com"], photo=None),
      ["Dear {first},\n\nJoin our hydrogen networking breakfast in Aberdeen. Registration: "
       "eventbrite.com/e/hydrogen-breakfast-aberdeen-tickets-790045112\n\nThe team"])
decoy("eventbrite event, its own event page", "linkedin", "quantum",
      P("Ines Carvalho", "Quantum community organiser", "Quantum London", "Organiser", "London",
        websites=["https://www.eventbrite.com/e/quantum-london-social-tickets-702219983"]),
      ["Hi {first}, monthly Quantum London social this Thursday, all welcome: "
       "https://www.eventbrite.com/e/quantum-london-social-tickets-702219983"])

# --- real VCs with different investors (against h2-c02) --------------------------------------
decoy("Octopus Ventures investor; standard process, no technical data asked", "linkedin",
      "startup",
      P("Hannah Cole", "Investor at Octopus Ventures | Deep Tech", "Octopus Ventures",
        "Investor", "London"),
      ["Hi {first}, congratulations on the pre-seed. We'd love to keep in touch ahead of your "
       "seed round - no deck needed at this stage, just a 30-minute intro call."])
decoy("Amadeus Capital investor", "linkedin", "startup",
      P("Oliver Grant", "Associate, Amadeus Capital Partners", "Amadeus Capital Partners",
        "Associate", "Cambridge"),
      ["Hello {first}, I look after quantum and sensing at Amadeus. Would you be up for a coffee "
       "in Cambridge to hear about what you're building? Public info is plenty for now."])
decoy("Seedcamp investor", "linkedin", "startup",
      P("Maya Goldberg", "Partner at Seedcamp", "Seedcamp", "Partner", "London"),
      ["Hi {first}, saw your launch on Hacker News. We back founders early across Europe - "
       "happy to share how we work if you're raising."])
decoy("Air Street Capital investor", "email", "startup",
      P("Ethan Brooks", "Investor", "Air Street Capital", emails=["ethan.brooks.vc@gmail.com"]),
      ["Hi {first},\n\nI enjoyed your talk on AI for drug discovery. We invest in AI-first "
       "companies; if you ever want a sounding board on fundraising, I'm happy to help.\n\nEthan"])
decoy("Index Ventures investor", "linkedin", "startup",
      P("Wei Zhang", "Principal at Index Ventures", "Index Ventures", "Principal", "London"),
      ["Hi {first}, we're spending time on battery materials and your team came up. Open to an "
       "intro call? Happy to sign nothing and share our thesis first."])

# --- expert networks (paid, with compliance) -------------------------------------------------
decoy("AlphaSights paid expert call with compliance terms", "linkedin", "semis",
      P("Charlie Hunt", "Associate at AlphaSights", "AlphaSights", "Associate", "London"),
      ["Hi {first}, a client is researching the compound semiconductor market and would value "
       "a 60-minute call (GBP 400/hr). Before any call you'll complete our compliance training, "
       "and you must not share confidential information of your current or former employers."])
decoy("GLG paid consultation with compliance terms", "email", "energy",
      P("Isabella Rossi", "Research Associate", "GLG", emails=["isabella.rossi.glg@gmail.com"]),
      ["Dear {first},\n\nA GLG client would like to speak with experts on grid connection reform "
       "for a one-hour paid consultation. You will be asked to confirm that you will not "
       "disclose material non-public or confidential information.\n\nBest,\nIsabella"])
decoy("Guidepoint paid consultation", "linkedin", "biotech",
      P("Jacob Stein", "Associate, Guidepoint", "Guidepoint", "Associate", "New York"),
      ["Hi {first}, one of our clients is looking at mRNA manufacturing capacity. Paid call, "
       "standard Guidepoint terms; no confidential information may be shared."])
decoy("Third Bridge forum interview", "linkedin", "ai",
      P("Emily Carter", "Specialist, Third Bridge", "Third Bridge", "Specialist", "London"),
      ["Hello {first}, we host recorded expert interviews on AI chips. Would you be a speaker? "
       "We pay an honorarium and the transcript is shared with subscribers - public information "
       "only."])
decoy("Tegus expert call", "email", "semis",
      P("Daniel Wu", "Associate", "Tegus", emails=["daniel.wu.tegus@outlook.com"]),
      ["Hi {first},\n\nWould you be open to a compliance-screened paid call about the "
       "lithography equipment market? Your employer's policies take precedence.\n\nDaniel"])

# --- journals and publishers, genuine (against fake-journal patterns) ------------------------
decoy("MDPI special-issue invitation (pushy but genuine)", "email", "energy",
      P("Energies Editorial Office", emails=["energies.editorial.office@163.com"], photo=None),
      ["Dear Dr. {first},\n\nWe kindly invite you to submit to our Special Issue on grid "
       "storage. The article processing charge is CHF 2,600, with discounts for invited "
       "authors. Submission deadline: 30 November.\n\nEditorial Office"])
decoy("IEEE journal review invitation", "email", "space",
      P("Prof. Kenji Sato", "Associate Editor", "IEEE Transactions on Aerospace and Electronic Systems",
        emails=["k.sato.ieee.ae@gmail.com"]),
      ["Dear {first},\n\nWould you review a manuscript on inter-satellite links for IEEE "
       "Transactions on Aerospace and Electronic Systems? Reviews are due in 30 days; the "
       "abstract is below.\n\nKenji Sato"])
decoy("Nature Communications editor asking about a public preprint", "linkedin", "quantum",
      P("Dr. Laura Fischer", "Senior Editor at Nature Communications", "Springer Nature",
        "Senior Editor", "Berlin"),
      ["Hi {first}, I read your preprint on ion-trap fidelities with interest. If you're "
       "considering a journal, we'd welcome a submission through the normal system."])
decoy("trade magazine asking for an on-record quote", "linkedin", "maritime",
      P("Robert Hale", "Deputy Editor, Naval Technology", "Naval Technology", "Deputy Editor",
        "London"),
      ["Hi {first}, I'm writing a feature on uncrewed surface vessels. Could I get an "
       "on-the-record comment on the public trials you announced?"])

# --- academic collaborations, done openly ----------------------------------------------------
decoy("Tsinghua professor proposing an open, published collaboration; own WeChat", "email",
      "ai",
      P("Prof. Li Na", "Professor", "Tsinghua University", emails=["lina.thu.ml@163.com"],
        handles={"wechat": "lina_thu_ml"}),
      ["Dear Prof. {first},\n\nI enjoyed your ICML paper. Would you be interested in a joint "
       "workshop on open benchmarks? Everything would be published. My WeChat is lina_thu_ml if "
       "easier.\n\nBest,\nLi Na"])
decoy("Zhejiang University visiting-student enquiry", "email", "biotech",
      P("Wang Li", "PhD student", "Zhejiang University", emails=["wangli_zju_bio@qq.com"]),
      ["Dear Professor {first},\n\nI am a PhD student funded by the China Scholarship Council "
       "and would like to apply to visit your lab for 12 months. My CV and a publication list "
       "are attached.\n\nSincerely,\nWang Li"])
decoy("another 'Wei Zhang', a postdoc asking about a paper", "linkedin", "quantum",
      P("Wei Zhang", "Postdoc in quantum optics | University of Bristol", "University of Bristol",
        "Postdoctoral Researcher", "Bristol", photo="default"),
      ["Hi {first}, I have a question on the supplementary material of your 2024 paper - is "
       "the code on GitHub? Thanks a lot."])
decoy("Imperial researcher named Sara Ahmadi (common name; different, real-seeming employer)",
      "linkedin", "biotech",
      P("Sara Ahmadi", "Research Associate, Imperial College London", "Imperial College London",
        "Research Associate", "London"),
      ["Hi {first}, we met at the synthetic biology meeting in Cambridge. Would you like to "
       "co-organise a session at next year's conference?"])

# --- genuine think tanks and NGOs -----------------------------------------------------------
decoy("Chatham House event invitation", "email", "gov",
      P("Members Events Team", "Chatham House", "Chatham House",
        emails=["chathamhouse.events.team@gmail.com"], photo=None),
      ["Dear {first},\n\nYou are invited to a members' event on the future of export controls. "
       "The session is held under the Chatham House Rule. No fee; registration online.\n\n"
       "Members Events"])
decoy("RUSI research fellow asking for an interview", "linkedin", "aero",
      P("Dr. Hugh Lambert", "Research Fellow, RUSI", "RUSI", "Research Fellow", "London"),
      ["Hi {first}, I'm writing a public RUSI paper on combat air. Would you do a 30-minute "
       "interview, attributed or not as you prefer? Your press office is welcome to join."])
decoy("Wilton Park conference invitation, travel covered (genuine)", "email", "gov",
      P("Wilton Park Programme Team", emails=["wiltonpark.programme@outlook.com"], photo=None),
      ["Dear {first},\n\nWilton Park invites you to a three-day dialogue on Arctic governance. "
       "Accommodation and meals are covered; participants are nominated through their "
       "departments.\n\nProgramme Team"])
decoy("WWF policy officer asking about Arctic shipping", "linkedin", "arctic",
      P("Emma Lund", "Arctic Programme Officer at WWF", "WWF", "Programme Officer", "Oslo"),
      ["Hi {first}, we're preparing a public briefing on shipping in the Arctic and would value "
       "your published work. Any chance of a short call?"])
decoy("Amnesty International campaigner", "linkedin", "general",
      P("Sarah Johnson", "Campaigner | Amnesty International UK", "Amnesty International",
        "Campaigner", "London"),
      ["Hello {first}, would you sign our open letter on surveillance tech exports? It is "
       "public and lists all signatories."])

# --- executive search for public or board roles ---------------------------------------------
decoy("Odgers Berndtson public appointment headhunt", "email", "gov",
      P("Anita Desai", "Partner", "Odgers Berndtson", emails=["anita.desai.search@gmail.com"]),
      ["Dear {first},\n\nWe are retained by a government agency to find a non-executive board "
       "member. The role is advertised on the public appointments site; the process follows the "
       "Governance Code.\n\nAnita Desai"])
decoy("Russell Reynolds board search", "linkedin", "energy",
      P("Mark Ellison", "Consultant, Russell Reynolds Associates", "Russell Reynolds Associates",
        "Consultant", "London"),
      ["Hi {first}, we're running a board search for a listed energy company. Would you have "
       "15 minutes for a confidential conversation about the role?"])

# --- colleagues, friends, students, journalists, sales ---------------------------------------
decoy("former colleague catching up; gmail", "email", "general",
      P("Chris Walker", emails=["chris.walker1984@gmail.com"], photo=None),
      ["Hey {first}, long time! I've moved to Leeds. Fancy a pint when you're up for the "
       "conference?"])
decoy("former colleague asking for a reference", "linkedin", "aero",
      P("Priya Patel", "Systems Engineer at Leonardo UK", "Leonardo UK", "Systems Engineer",
        "Edinburgh"),
      ["Hi {first}, hope you're well! I'm applying for a new role - would you be happy to be a "
       "referee?"])
decoy("student asking for career advice", "linkedin", "space",
      P("Jack Thompson", "Aerospace Engineering student, University of Southampton",
        location="Southampton", school="University of Southampton", photo="default"),
      ["Hi {first}, I'm a second-year student and would love 15 minutes of advice on getting "
       "into the space industry."])
decoy("Financial Times reporter on the record", "email", "semis",
      P("Tom Richards", "Reporter", "Financial Times", emails=["tom.richards.reporter@gmail.com"]),
      ["Hi {first},\n\nI'm writing about UK chip start-ups for the FT. Would you speak on the "
       "record about your funding round?\n\nTom"])
decoy("Reuters reporter on the record", "linkedin", "energy",
      P("Alicia Moreno", "Energy correspondent at Reuters", "Reuters", "Correspondent",
        "London"),
      ["Hello {first}, I'm covering the grid connection reforms. Could I call you for a quote? "
       "Happy to go through your press office."])
decoy("Huawei sales contact with his own WeChat id", "linkedin", "general",
      P("Jason Li", "Enterprise Account Manager, Huawei UK", "Huawei", "Account Manager",
        "Reading", handles={"wechat": "jasonli_hw_uk"}, websites=["https://career.huawei.com"]),
      ["Hi {first}, we're hosting a 5G campus networks demo day in Reading. Free to attend. My "
       "WeChat is jasonli_hw_uk if you prefer."])
decoy("software sales pitch", "linkedin", "cyber",
      P("Megan Clark", "Account Executive at CrowdStrike", "CrowdStrike", "Account Executive",
        "London"),
      ["Hi {first}, I came across your profile and noticed you lead a SOC. Could I show you our "
       "new threat hunting module? 20 minutes, no obligation."])
decoy("training provider pitch, pushy but genuine", "email", "gov",
      P("Policy Training Ltd", emails=["bookings.policytraining@outlook.com"], photo=None),
      ["Dear {first},\n\nLast few places on our 'Writing for Ministers' course - 20% off if you "
       "book this week!\n\nBookings team"])
decoy("genuine WhatsApp from a conference contact; own number 07700 900146", "whatsapp",
      "general",
      P("Ellie Green", phones=["+44 7700 900146"], photo=None),
      ["Hi {first}, it's Ellie from the panel yesterday - lovely to meet you. Here are the "
       "slides I mentioned."])
decoy("genuine WhatsApp from a recruiter; own number 07700 900209", "whatsapp", "aero",
      P("Tom Baxter", "Recruiter at Matchtech", "Matchtech", phones=["07700 900209"],
        photo=None),
      ["Hi {first}, Tom from Matchtech. Following up on the stress engineer contract we "
       "discussed - are you free for a call at 2pm?"])
decoy("US recruiter with own number 555-0182", "linkedin", "biolab",
      P("Jennifer Brown", "Scientific Recruiter, Kelly Services", "Kelly Services",
        "Scientific Recruiter", "Boston, MA", phones=["+1 617 555 0182"]),
      ["Hi {first}, I came across your profile and was impressed by your research. I'm "
       "recruiting for a senior scientist role at a Boston biotech. Call me on (617) 555-0182."])
decoy("GCHQ careers notice", "linkedin", "cyber",
      P("GCHQ Careers", "Official page", "GCHQ", photo=None,
        websites=["https://www.gchq-careers.co.uk"]),
      ["Hi {first}, thanks for following. Reminder: we never recruit by private message; all "
       "roles are advertised on our careers site."])
decoy("Oxford summer school invitation; shares ox.ac.uk with another decoy", "email", "quantum",
      P("Quantum Summer School Team", emails=["quantum.summerschool.ox@gmail.com"],
        websites=["https://www.ox.ac.uk"], photo=None),
      ["Dear {first},\n\nApplications are open for our summer school on quantum devices. Fees "
       "are waived for PhD students.\n\nThe organisers"])
decoy("Oxford alumni fundraising", "linkedin", "general",
      P("Rebecca Hall", "Development Officer, University of Oxford", "University of Oxford",
        "Development Officer", "Oxford", websites=["https://www.ox.ac.uk"]),
      ["Hi {first}, as a fellow alum I wanted to share our new engineering scholarships "
       "appeal."])
decoy("another 'John Smith', an old friend", "linkedin", "general",
      P("John Smith", "Civil engineer at Arup", "Arup", "Civil Engineer", "London",
        photo="default"),
      ["Hi {first}! Long time no see - are you going to the reunion?"])
decoy("another 'Wei Zhang', Deloitte China consultant asking about an open conference",
      "linkedin", "gov",
      P("Wei Zhang", "Manager, Deloitte China", "Deloitte", "Manager", "Beijing",
        websites=["https://www2.deloitte.com/uk/en/careers.html"]),
      ["Hi {first}, I enjoyed your public talk at the trade conference. Would you connect? I'm "
       "building a network in policy."])
decoy("BAE Systems graduate scheme ambassador", "linkedin", "aero",
      P("Lewis Graham", "Graduate Engineer at BAE Systems", "BAE Systems", "Graduate Engineer",
        "Warton", websites=["https://www.baesystems.com/en-uk/careers"]),
      ["Hi {first}, I'm a grad ambassador - your nephew asked me about the scheme, happy to "
       "chat with him."])
decoy("Amazon recruiter, a second note with a different role", "linkedin", "general",
      P("Mohammed Ali", "Recruiter at Amazon", "Amazon", "Recruiter", "Edinburgh",
        websites=["https://www.amazon.jobs"]),
      ["Hi {first}, we're hiring software engineers in Edinburgh. All roles are on "
       "amazon.jobs - let me know if one catches your eye."])
decoy("NHS trust recruiter", "email", "general",
      P("Recruitment Team", "Leeds Teaching Hospitals NHS Trust",
        emails=["ltht.recruitment.team@outlook.com"], websites=["https://www.jobs.nhs.uk"],
        photo=None),
      ["Dear {first},\n\nThank you for your application for the Clinical Data Analyst role. "
       "Interviews will be held on 14 May.\n\nRecruitment Team"])

# ============================================================================================
# Writing
# ============================================================================================
def hamming(a: str, b: str) -> int:
    return bin(int(a, 16) ^ int(b, 16)).count("1")


def build() -> list[dict]:
    rng = random.Random(SEED)
    records = list(RECORDS)
    rng.shuffle(records)
    names = [f"{f} {l}" for f in FIRST for l in LAST]
    rng.shuffle(names)
    drawn: list[str] = []
    out = []
    base = datetime(2025, 1, 6, 8, 0)
    for n, row in enumerate(records, start=1):
        org, sector, role = rng.choice(SECTORS[row["sector"]])
        target_name = names[n - 1]
        first = target_name.split()[0]
        persona = {k: v for k, v in row["persona"].items()}
        photo = persona.pop("photo")
        if photo == "own":
            while True:
                h = f"{rng.getrandbits(64):016x}"
                if all(hamming(h, x) >= 16 for x in HAND_HASHES + drawn):
                    break
            drawn.append(h)
            photo = h
        if photo == "default":
            photo = DEFAULT_AVATAR
        if photo:
            persona["photo"] = {"phash": photo}
        persona = {k: v for k, v in persona.items() if v is not None}
        if "contacts" in persona:
            persona["contacts"] = {k: v for k, v in persona["contacts"].items() if v}
        when = base + timedelta(minutes=rng.randrange(0, 320 * 24 * 60))
        messages = []
        for i, m in enumerate(row["messages"]):
            sender, text = ("target", m[1]) if isinstance(m, tuple) else ("persona", m)
            sent = when + timedelta(hours=30 * i)
            messages.append({"sender": sender, "sent_at": sent.isoformat() + "Z",
                             "text": text.replace("{first}", first)})
        group = row["group"]
        rec = {
            "schema": "counterlink.approach/1",
            "id": f"h2-{n:04d}",
            "source": SOURCE,
            "channel": row["channel"],
            "received_at": when.isoformat() + "Z",
            "persona": persona,
            "target": {"name": target_name, "organisation": org, "sector": sector,
                       "role": role},
            "messages": messages,
            "label": "benign" if row["link_class"] == "decoy" else "malicious",
            "annotations": {"campaign": group, "link_class": row["link_class"],
                            "notes": row["notes"]},
        }
        out.append(rec)
    return out


def main() -> None:
    records = build()
    with open(HERE / "approaches.jsonl", "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
    print(f"wrote {len(records)} records to {HERE / 'approaches.jsonl'}")


if __name__ == "__main__":
    main()
