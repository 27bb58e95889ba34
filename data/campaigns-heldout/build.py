"""Build the held-out hand-made campaign test set (issue #16): writes approaches.jsonl.

Every record below is written by hand in a table. Randomness comes from one fixed seed and only
decides the order of the records (so ids say nothing about groups), which invented target person
each record goes to, and the photo hashes of personas whose photo is their own. Running this
file again writes the same bytes.

    .venv/bin/python data/campaigns-heldout/build.py
"""

from __future__ import annotations

import json
import random
from pathlib import Path

SEED = 20251
SOURCE = "counterlink.handmade-heldout/1"
OUT = Path(__file__).with_name("approaches.jsonl")

# LinkedIn's grey default silhouette: the same image for everyone who has not uploaded a photo.
DEFAULT_AVATAR = "ffc3818181c3ffff"

# ---------------------------------------------------------------------------------------------
# Targets: invented people, given a workplace that fits the sector the message is about.

TARGET_FIRST = [
    "Aisha", "Alasdair", "Bethan", "Callum", "Chiara", "Declan", "Eleni", "Fergus", "Gemma",
    "Hamish", "Imogen", "Jasper", "Keira", "Lorcan", "Maddie", "Niamh", "Oskar", "Priya",
    "Rhys", "Saoirse", "Tobias", "Ursula", "Vikram", "Wren", "Yasmin", "Zoltan", "Ines",
    "Matthias", "Johanna", "Felix", "Henrike", "Lukas", "Brianna", "Marcus", "Tamsin",
    "Dominic", "Rosalind", "Ewan", "Harriet", "Kofi", "Leonie", "Anselm", "Freya", "Gideon",
    "Nadia", "Piers", "Sunita", "Theo", "Verity", "Caspar",
]
TARGET_LAST = [
    "Abernethy", "Bramwell", "Cavendish", "Dunmore", "Ellery", "Fairbairn", "Gallacher",
    "Hollis", "Iredale", "Jephcott", "Kirkwood", "Loxley", "Mackintosh", "Nettleton",
    "Ormerod", "Penhaligon", "Quarrie", "Rowntree", "Stainton", "Thackeray", "Upton",
    "Vasquez", "Whitlock", "Yardley", "Zielinski", "Achterberg", "Brenninkmeyer", "Drescher",
    "Okonkwo", "Pemberton-Hale", "Ravensworth", "Sandoval", "Trevelyan", "Wexford",
]

SECTORS = {
    "defence": [("BAE Systems", "Systems Engineer"), ("Ministry of Defence", "Policy Adviser"),
                ("QinetiQ", "Principal Engineer"), ("Dstl", "Senior Scientist"),
                ("MBDA UK", "Software Lead")],
    "us_defence": [("Lockheed Martin", "Systems Engineer"), ("Booz Allen Hamilton", "Intelligence Analyst"),
                   ("US Department of State", "Foreign Affairs Officer"),
                   ("Northrop Grumman", "Software Engineer (cleared)")],
    "gov": [("Cabinet Office", "Senior Policy Adviser"), ("HM Treasury", "Economist"),
            ("Department for Business and Trade", "Trade Policy Lead"),
            ("Foreign, Commonwealth & Development Office", "Desk Officer")],
    "parl": [("House of Commons", "Parliamentary Researcher"), ("House of Lords", "Committee Specialist"),
             ("House of Commons", "Caseworker to an MP")],
    "bundestag": [("Deutscher Bundestag", "Wissenschaftliche Mitarbeiterin"),
                  ("Auswärtiges Amt", "Referentin")],
    "energy": [("National Energy System Operator", "Grid Analyst"),
               ("Department for Energy Security and Net Zero", "Policy Adviser"),
               ("Ofgem", "Senior Analyst"), ("EDF Energy", "Nuclear Safety Engineer")],
    "semis": [("Arm", "Staff Engineer"), ("IQE", "Process Engineer"),
              ("Imagination Technologies", "GPU Architect"), ("Oxford Instruments", "Export Compliance Lead")],
    "quantum": [("University of Oxford", "Postdoctoral Researcher (quantum computing)"),
                ("National Physical Laboratory", "Research Scientist"), ("Riverlane", "Software Engineer"),
                ("University of Bristol", "Research Fellow, Quantum Photonics")],
    "ai": [("Google DeepMind", "Research Engineer"), ("AI Security Institute", "Member of Technical Staff"),
           ("University of Edinburgh", "Lecturer in Machine Learning")],
    "thinktank": [("RUSI", "Research Fellow"), ("Chatham House", "Research Analyst"),
                  ("IISS", "Research Associate"), ("Policy Exchange", "Senior Fellow")],
    "aero": [("Rolls-Royce", "Propulsion Engineer"), ("Airbus", "Avionics Engineer"),
             ("Leonardo UK", "Radar Systems Engineer"), ("GKN Aerospace", "Composites Engineer")],
    "telecom": [("BT Group", "Network Security Architect"), ("Vodafone UK", "5G Core Engineer"),
                ("Ofcom", "Spectrum Engineer")],
    "bio": [("AstraZeneca", "Senior Scientist"), ("Francis Crick Institute", "Postdoc, Synthetic Biology"),
            ("UK Health Security Agency", "Microbiologist")],
    "finance": [("Bank of England", "Economist"), ("Lloyds Banking Group", "Data Scientist")],
    "health": [("NHS England", "Digital Programme Manager"), ("Guy's and St Thomas' NHS Foundation Trust", "Clinical Informatics Lead")],
    "software": [("Ocado Technology", "Software Engineer"), ("Monzo", "Backend Engineer"),
                 ("Sky", "Data Engineer")],
    "university": [("University of Manchester", "PhD Candidate, Materials"),
                   ("Imperial College London", "Research Associate"),
                   ("University of Cambridge", "Lecturer in Engineering")],
}


# ---------------------------------------------------------------------------------------------
# Builders

def persona(name, headline=None, company=None, title=None, location=None, slug=None, photo="own",
            emails=None, phones=None, websites=None, handles=None, connections=None, since=None,
            about=None):
    """A persona. ``photo`` is "own" (a hash drawn from the seed), "default" (LinkedIn's
    silhouette), None (no photo) or a 16-hex-digit pHash written by hand."""
    p = {"name": name}
    if headline:
        p["headline"] = headline
    if slug:
        p["url"] = f"https://www.linkedin.com/in/{slug}"
    if location:
        p["location"] = location
    if about:
        p["about"] = about
    if connections is not None:
        p["connections"] = connections
    if since:
        p["member_since"] = since
    p["_photo"] = photo
    if company or title:
        job = {}
        if title:
            job["title"] = title
        if company:
            job["company"] = company
        if location:
            job["location"] = location
        p["experience"] = [job]
    contacts = {}
    if emails:
        contacts["emails"] = emails
    if phones:
        contacts["phones"] = phones
    if websites:
        contacts["websites"] = websites
    if handles:
        contacts["handles"] = handles
    if contacts:
        p["contacts"] = contacts
    return p


RECORDS: list[dict] = []


def add(group, link_class, notes, channel, date, p, sector, messages, account=None, target_name=None):
    """One record. ``group`` is a campaign id, "decoy" or "lone"; ``messages`` is a string (one
    message from the persona) or a list of (sender, text)."""
    if isinstance(messages, str):
        messages = [("persona", messages)]
    RECORDS.append({
        "group": group, "link_class": link_class, "notes": notes, "channel": channel,
        "date": date, "persona": p, "sector": sector, "messages": messages, "account": account,
        "target_name": target_name,
    })


# =============================================================================================
# CAMPAIGNS
# =============================================================================================

# ho-c01 — phone_formats: one US WhatsApp number, +1 202 555 0147, written seven ways. Personas,
# firms and e-mail addresses all differ. Pattern of the Yeo and Mallory cases: a "consultancy"
# looking for cleared Americans to write for "clients in Asia".
C01 = "ho-c01"
add(C01, "phone_formats", "'+1 (202) 555-0147' in the message text", "linkedin", "2025-06-03",
    persona("Rachel Tan", "Senior Associate | Government & Public Sector Advisory", "Arden Pryce Consulting",
            "Senior Associate", "Washington DC-Baltimore Area", "rachel-tan-ap2291", connections=184, since="2024-11"),
    "us_defence",
    "Hi, I came across your profile while researching defence acquisition specialists. Our firm "
    "advises clients in Asia on US procurement trends and we are building a small network of "
    "part-time consultants. Short written reports, fully remote, USD 1,500–3,000 per report "
    "depending on depth. It is easier to discuss the details on WhatsApp: +1 (202) 555-0147. "
    "Best, Rachel")
add(C01, "phone_formats", "persona.contacts.phones '+12025550147' (E.164); channel whatsapp", "whatsapp", "2025-06-11",
    persona("Jason Lim", "Director, Strategic Research", "Lattice Meridian Group", "Director",
            "Singapore", None, phones=["+12025550147"]),
    "us_defence",
    [("persona", "Hello, this is Jason from Lattice Meridian. A colleague passed me your name — you "
                 "spent time on the F-35 sustainment programme? We have a client who would pay well "
                 "for a background paper on how the Pentagon is thinking about spare-parts supply."),
     ("target", "Who is the client?"),
     ("persona", "A research institute in the region, they prefer to remain discreet. Nothing "
                 "classified of course, only your personal views. USD 2,000 for 8–10 pages.")])
add(C01, "phone_formats", "'202.555.0147' in text, no country code", "email", "2025-06-19",
    persona("Michelle Koh", "Research Manager", "Bluewater Policy Partners", "Research Manager",
            "Arlington, Virginia", None, emails=["michelle.koh.bpp@gmail.com"]),
    "us_defence",
    "Dear Sir, Bluewater Policy Partners is commissioning analytical pieces on US–Pacific force "
    "posture for a private client. We pay promptly (wire or PayPal) and contributors stay "
    "anonymous. If you are open to a short call please text or WhatsApp me on 202.555.0147. "
    "Kind regards, Michelle Koh")
add(C01, "phone_formats", "'1-202-555-0147' in text", "linkedin", "2025-07-02",
    persona("Daniel Wu", "Talent Acquisition | Defense & Aerospace", "Corvane Search Associates",
            "Talent Acquisition Lead", "New York City Metropolitan Area", "daniel-wu-corvane", connections=311),
    "us_defence",
    "Hello! I recruit consultants for a think tank that studies US defense budgets. Given your "
    "clearance background you would be a great fit. Flexible hours, very competitive pay. I'm "
    "not always on LinkedIn — my WhatsApp is 1-202-555-0147, message me any time.")
add(C01, "phone_formats", "'wa.me/12025550147' link in text", "linkedin", "2025-07-15",
    persona("Serena Ho", "Partner at Kestwick Analytics", "Kestwick Analytics", "Partner",
            "Hong Kong SAR", "serena-ho-kestwick", connections=97, since="2025-03"),
    "gov",
    "Dear friend, your articles on sanctions policy are impressive. Kestwick Analytics serves "
    "institutional clients who need a deeper understanding of how decisions are made inside "
    "government. We would value your insights and pay a generous honorarium. Tap here to chat: "
    "wa.me/12025550147")
add(C01, "phone_formats", "persona.contacts.phones '(202) 555-0147'; text only says 'the number in my contact info'",
    "linkedin", "2025-08-04",
    persona("Kevin Toh", "Managing Consultant — Asia Pacific Markets", "Toh & Partners Advisory",
            "Managing Consultant", "Singapore", "kevin-toh-advisory", phones=["(202) 555-0147"], connections=58),
    "us_defence",
    "Hi, thanks for connecting. We have a consulting project on US export-control enforcement "
    "for a client in Asia and your experience fits very well. Paid per report, no need to leave "
    "your current job. Best to reach me on WhatsApp, the number is in my contact info.")
add(C01, "phone_formats", "'+1 202 555 0147 (WhatsApp/Signal)' in e-mail signature", "email", "2025-08-21",
    persona("Grace Chua", "Client Services", "Meritage Insight Partners", "Client Services Manager",
            "Washington, DC", None, emails=["grace.chua.mip@outlook.com"]),
    "thinktank",
    "Dear Dr., I am writing on behalf of Meritage Insight Partners. We are looking for experts "
    "on Indo-Pacific security who could write occasional private briefings for our clients. "
    "Each briefing of 2,000 words is paid USD 2,500. Strict confidentiality on both sides. "
    "Warm regards, Grace Chua | Meritage Insight Partners | +1 202 555 0147 (WhatsApp/Signal)")

# ho-c02 — firm_variants: one cover consultancy, Halcyon Crest Advisory, written with different
# punctuation, legal suffixes and a Chinese subsidiary name. Paid "market insight" reports on
# semiconductors and export controls. Personas and webmail addresses all differ.
C02 = "ho-c02"
add(C02, "firm_variants", "experience.company 'Halcyon Crest Advisory Pte. Ltd.'", "linkedin", "2025-05-12",
    persona("Vivian Ng", "Principal Consultant | Technology & Supply Chain", "Halcyon Crest Advisory Pte. Ltd.",
            "Principal Consultant", "Singapore", "vivian-ng-hca", connections=422, since="2023-08"),
    "semis",
    "Hi, I lead the technology practice at Halcyon Crest Advisory in Singapore. Our clients are "
    "investors trying to understand the compound-semiconductor supply chain in the UK. Would you "
    "be open to a paid one-hour call, GBP 400, and possibly a short written follow-up?")
add(C02, "firm_variants", "'HALCYON CREST ADVISORY' in upper case, headline only", "linkedin", "2025-05-20",
    persona("Marcus Leong", "Research Analyst at HALCYON CREST ADVISORY", None, None, "Kuala Lumpur, Malaysia",
            "marcus-leong-88a1", connections=131),
    "semis",
    "Good afternoon. We are preparing a confidential industry note for a client about export "
    "controls on lithography and etch tools. Your perspective from inside the industry would be "
    "extremely valuable and of course remunerated. Shall we move to email? "
    "marcus.leong.research@gmail.com")
add(C02, "firm_variants", "'Halcyon-Crest Advisory Ltd' (hyphen, Ltd)", "email", "2025-06-02",
    persona("Olivia Sim", "Engagement Manager", "Halcyon-Crest Advisory Ltd", "Engagement Manager", "London",
            None, emails=["oliviasim.consult@outlook.com"]),
    "semis",
    "Dear colleague, I am an engagement manager at Halcyon-Crest Advisory Ltd. We run a small "
    "panel of industry advisers on power electronics (GaN and SiC). Advisers write two or three "
    "short notes a quarter and receive GBP 1,200 per note. Your name came up in our research as "
    "someone with real hands-on knowledge. Could we speak this week?")
add(C02, "firm_variants", "'Halcyon Crest Advisory LLP' in the message text", "linkedin", "2025-06-14",
    persona("Bryan Teo", "Senior Consultant", "Independent consultant", "Senior Consultant", "Singapore",
            "bryan-teo-sg-77", connections=65, since="2025-04"),
    "telecom",
    "Hi there — I work with Halcyon Crest Advisory LLP on a project about Open RAN adoption in "
    "the UK. Our client is very keen to hear how operators are handling the high-risk vendor "
    "removal deadlines. It would be a paid consultation, flexible and confidential.")
add(C02, "firm_variants", "'Halcyoncrest Advisory' (run together)", "linkedin", "2025-07-01",
    persona("Hannah Goh", "Talent & Expert Network Lead – Halcyoncrest Advisory", "Halcyoncrest Advisory",
            "Expert Network Lead", "Singapore", "hannah-goh-experts", connections=276),
    "semis",
    "Hello, Halcyoncrest Advisory is building an expert network on advanced packaging and "
    "chiplets. We compensate experts generously (USD 300–500/hour). Most of our clients are in "
    "Asia and value practical insights that are not in public reports. Interested?")
add(C02, "firm_variants", "'Halcyon Crest Advisory GmbH' (German suffix)", "linkedin", "2025-07-18",
    persona("Lukas Feng", "Berater | Halcyon Crest Advisory GmbH", "Halcyon Crest Advisory GmbH", "Berater",
            "Frankfurt am Main", "lukas-feng-berater", connections=143),
    "semis",
    "Hallo, I am a consultant with Halcyon Crest Advisory GmbH in Frankfurt. We support a client "
    "evaluating European chip fabs and would love to hear your views on the UK's semiconductor "
    "strategy and which companies are struggling. Paid, of course, and strictly confidential.")
add(C02, "firm_variants", "'Halcyon Crest (Advisory) Pte Ltd' (brackets, no full stops)", "email", "2025-08-06",
    persona("Cheryl Tay", "Associate Director", "Halcyon Crest (Advisory) Pte Ltd", "Associate Director",
            "Singapore", None, emails=["cheryl.tay.hc@yahoo.com"]),
    "semis",
    "Dear Engineer, greetings from Singapore. I am Associate Director at Halcyon Crest (Advisory) "
    "Pte Ltd. We are looking for an adviser on epitaxial wafer manufacturing for a 3-month "
    "engagement, 4–6 hours per month, USD 6,000 in total. Please let me know a convenient time "
    "for a call.")
add(C02, "firm_variants", "'Halcyon Crest Advisory (Shenzhen) Co., Ltd. 海岚咨询（深圳）有限公司' (Chinese subsidiary)",
    "linkedin", "2025-08-27",
    persona("Zhao Min", "Project Manager at Halcyon Crest Advisory (Shenzhen) Co., Ltd.",
            "Halcyon Crest Advisory (Shenzhen) Co., Ltd. 海岚咨询（深圳）有限公司", "Project Manager", "Shenzhen, China",
            "zhao-min-sz-2024", connections=39, since="2025-07"),
    "semis",
    "Hello, I am project manager at our Shenzhen office. We have a research project on UK "
    "compound semiconductor fabs and would like to invite you as a paid consultant. We can also "
    "invite you to Shenzhen for a seminar, all expenses covered. Please add me on WeChat: zm_hca_sz")

# ho-c03 — handle_variants: one Signal username, kalina.48, written six ways. Energy-security
# "research" for a client, paid in USDT. Personas and firms differ.
C03 = "ho-c03"
add(C03, "handle_variants", "'Signal: kalina.48' in text", "linkedin", "2025-04-09",
    persona("Kalina Petrova", "Independent Energy Analyst", None, None, "Sofia, Bulgaria", "kalina-petrova-energy",
            connections=212),
    "energy",
    "Hello! I'm putting together a private study on European gas storage and grid resilience "
    "for a client. Your experience at the system operator would be very valuable. It is paid "
    "(EUR or USDT, as you prefer). LinkedIn is not secure for this — Signal: kalina.48")
add(C03, "handle_variants", "persona.contacts.handles.signal 'kalina.48'; text says 'my Signal is in my profile'",
    "linkedin", "2025-04-22",
    persona("Milan Horvat", "Senior Analyst at Adriatic Energy Insight", "Adriatic Energy Insight", "Senior Analyst",
            "Zagreb, Croatia", "milan-horvat-aei", handles={"signal": "kalina.48"}, connections=88),
    "energy",
    "Dear colleague, we are commissioning short expert notes on the UK interconnectors and how "
    "the operator would cope with a loss of supply. Fee EUR 1,000 per note. Please write to me "
    "on Signal, the username is in my profile.")
add(C03, "handle_variants", "'my Signal username is Kalina.48' (capital K)", "email", "2025-05-06",
    persona("Elena Sokol", "Research Coordinator", "Vistula Energy Research Centre", "Research Coordinator",
            "Warsaw, Poland", None, emails=["e.sokol.research@gmail.com"]),
    "energy",
    "Good day, I coordinate a research group that looks at the security of critical energy "
    "infrastructure in NATO countries. We would like to ask you for a paid interview about "
    "the resilience of offshore substations. For privacy, my Signal username is Kalina.48.")
add(C03, "handle_variants", "'(Signal) @kalina.48' with an at sign", "linkedin", "2025-05-28",
    persona("Anton Meyer", "Consultant – Energy & Infrastructure", "Meyer Strategic Consulting", "Consultant",
            "Vienna, Austria", "anton-meyer-msc", connections=150),
    "energy",
    "Hello, a short question: would you be open to giving a paid briefing on the condition of "
    "the UK's gas terminals? The client is an investment fund. Payment fast, crypto possible. "
    "Contact (Signal) @kalina.48")
add(C03, "handle_variants", "'add kalina.48 on Signal' inside a longer sentence, multi-turn", "linkedin", "2025-06-17",
    persona("Irina Valeva", "Energy Markets | Research", "Balkan Power Review", "Editor", "Belgrade, Serbia",
            "irina-valeva-bpr", connections=174),
    "defence",
    [("persona", "Hi, I read your piece on fuel logistics for the armed forces. We are preparing a "
                 "report for a private client and would pay EUR 1,500 for your expert comments."),
     ("target", "What kind of comments?"),
     ("persona", "Mainly which depots matter most and where the bottlenecks are. It is easier if "
                 "you add kalina.48 on Signal, my colleague handles the payments.")])
add(C03, "handle_variants", "'Signal — KALINA.48' in upper case, in the about text and message", "linkedin", "2025-07-09",
    persona("Petra Novak", "Director | Central European Security Forum", "Central European Security Forum",
            "Director", "Bratislava, Slovakia", "petra-novak-cesf", connections=301,
            about="Energy security, hybrid threats, critical infrastructure. Signal — KALINA.48"),
    "energy",
    "Dear expert, we invite you to contribute an analysis (3–5 pages) on protecting subsea cables "
    "and pipelines in the North Sea. Honorarium EUR 2,000. Please contact me on Signal — KALINA.48")

# ho-c04 — email_domain: one unusual e-mail domain, atlantichorizon-review.org, of a fake journal
# that pays for "analysis". The claimed publication name differs or is absent.
C04 = "ho-c04"
add(C04, "email_domain", "persona.contacts.emails 'editor@atlantichorizon-review.org'", "email", "2025-03-14",
    persona("James Harper", "Commissioning Editor", "Atlantic Horizon Review", "Commissioning Editor",
            "London", None, emails=["editor@atlantichorizon-review.org"]),
    "thinktank",
    "Dear Dr., I am commissioning a short series on the future of NATO's northern flank and would "
    "be delighted to include a piece by you. We pay GBP 800 per 1,500-word article. Because of "
    "the sensitivity of the topic, authors may publish under a pen name.")
add(C04, "email_domain", "'Submissions@AtlanticHorizon-Review.org' (mixed case) in text", "linkedin", "2025-04-01",
    persona("Clara Whitfield", "Editorial Assistant | Foreign Affairs Publishing", "Transatlantic Strategy Quarterly",
            "Editorial Assistant", "London", "clara-whitfield-tsq", connections=142),
    "parl",
    "Hello, our journal is looking for contributors with first-hand knowledge of how Parliament "
    "scrutinises defence spending. Articles are paid (GBP 600–900) and can be anonymous. Please "
    "send a short pitch to Submissions@AtlanticHorizon-Review.org")
add(C04, "email_domain", "'m.grant@atlantichorizon-review.org' in contacts; no publication named", "linkedin", "2025-04-19",
    persona("Michael Grant", "Writer and editor", None, None, "Edinburgh", "michael-grant-writes",
            emails=["m.grant@atlantichorizon-review.org"], connections=231),
    "gov",
    "Hi, I'm putting together a collection of insider perspectives on how Whitehall handles "
    "China policy. Contributors are paid and can stay anonymous. Drop me a line at the address on "
    "my profile if it sounds interesting.")
add(C04, "email_domain", "'office (at) atlantichorizon-review (dot) org' (obfuscated) in text", "linkedin", "2025-05-15",
    persona("Sophie Lindqvist", "Managing Editor", "Horizon Policy Journal", "Managing Editor", "Stockholm, Sweden",
            "sophie-lindqvist-hpj", connections=96),
    "thinktank",
    "Dear researcher, we are a new quarterly on European security and would like to invite you "
    "to write a commissioned analysis on the UK's Integrated Review. The fee is GBP 1,000. Please "
    "write to office (at) atlantichorizon-review (dot) org")
add(C04, "email_domain", "'mailto:desk@ATLANTICHORIZON-REVIEW.ORG' in upper case", "email", "2025-06-10",
    persona("Tom Ashby", "Senior Editor", "AHR", "Senior Editor", "London", None,
            emails=["desk@ATLANTICHORIZON-REVIEW.ORG"]),
    "defence",
    "Dear Mr., thank you for your interest. As discussed, we would like a 1,200-word piece on "
    "procurement delays in the Army's armoured vehicle programmes, including anything you have "
    "heard internally. Payment on acceptance. Reply to mailto:desk@ATLANTICHORIZON-REVIEW.ORG")
add(C04, "email_domain", "website 'https://www.atlantichorizon-review.org/contributors?src=li' plus "
    "a gmail address", "linkedin", "2025-07-03",
    persona("Laura Benning", "Contributing Editor", None, None, "Brussels, Belgium", "laura-benning-ed",
            emails=["laura.benning.ed@gmail.com"],
            websites=["https://www.atlantichorizon-review.org/contributors?src=li"], connections=77),
    "parl",
    "Hi, I edit a section on parliamentary affairs for an online review. We pay well for short "
    "explainers by people who work close to committees, anonymously if preferred. Details on "
    "our contributors page (link on my profile).")

# ho-c05 — photo: one stock photo re-used by six personas (pHash within 0–5 bits of
# 9b4e27d1c06af358). Names, firms and messages all differ.
C05 = "ho-c05"
PHOTO_C05 = "9b4e27d1c06af358"
add(C05, "photo", "photo hash 9b4e27d1c06af358 (0 bits)", "linkedin", "2025-02-11",
    persona("Emily Zhou", "Talent Partner | Deep Tech", "Northlake Talent", "Talent Partner", "London",
            "emily-zhou-deeptech", photo="9b4e27d1c06af358", connections=501),
    "ai",
    "Hi, hope you're well! I'm helping a well-funded AI lab in Asia hire senior research engineers "
    "for a new London office. Before anything formal, they'd like a paid technical consultation "
    "about the training infrastructure you have worked on. Shall we arrange a call?")
add(C05, "photo", "photo hash 9b4e27d1c06bf358 (1 bit)", "linkedin", "2025-03-05",
    persona("Sandra Lee", "Headhunter — Quantum & Photonics", "QuantaReach Partners", "Headhunter", "Cambridge",
            "sandra-lee-quanta", photo="9b4e27d1c06bf358", connections=260),
    "quantum",
    "Dear Dr., a research institute I represent is building a photonic quantum computing team and "
    "offers relocation, a senior title and a very attractive package. As a first step they invite "
    "you to give a paid seminar (all expenses covered) in Hefei.")
add(C05, "photo", "photo hash 9b4e27d1c16af35a (2 bits)", "linkedin", "2025-03-26",
    persona("Yvonne Lam", "Consultant, Government Affairs", "Pemberley Strategy", "Consultant", "Hong Kong",
            "yvonne-lam-gov", photo="9b4e27d1c16af35a", connections=118),
    "gov",
    "Hi, I'm with a consultancy advising clients on UK policy. We need someone with a feel for "
    "how the Treasury approaches investment screening. A relaxed chat first, paid of course.")
add(C05, "photo", "photo hash 9b4e27d1c06af3db (3 bits)", "email", "2025-04-16",
    persona("Anna Becker", "HR Business Partner", "Rhein Talent Solutions GmbH", "HR Business Partner", "Munich",
            None, photo="9b4e27d1c06af3db", emails=["anna.becker.rts@gmail.com"]),
    "aero",
    "Dear Sir or Madam, our client, a growing aerospace group, is hiring propulsion specialists at "
    "principal level. Before the interviews they pay candidates to prepare a short technical "
    "case study on turbine blade cooling. Please send your CV and a recent project summary.")
add(C05, "photo", "photo hash 1b4e27d1c06af359 (2 bits)", "linkedin", "2025-05-21",
    persona("Jessica Wang", "Recruitment Consultant at Apex Horizon HR", "Apex Horizon HR", "Recruitment Consultant",
            "Shanghai, China", "jessica-wang-apexhr", photo="1b4e27d1c06af359", connections=73, since="2025-01"),
    "semis",
    "Hello, I came across your profile and your work on GPU architecture. A leading chip design "
    "company is looking for an adviser, part-time, remote, USD 5,000 per month. We can also "
    "arrange a visit to Shanghai to meet the team. Could you share your WeChat or WhatsApp?")
add(C05, "photo", "photo hash 9b4e26d1c07ae75c (5 bits, re-cropped)", "linkedin", "2025-06-30",
    persona("Natalie Chen", "Event Manager | International Forums", "Silk Harbour Events", "Event Manager",
            "Singapore", "natalie-chen-forums", photo="9b4e26d1c07ae75c", connections=340),
    "thinktank",
    "Dear Dr., on behalf of the organisers I am pleased to invite you to speak at a closed-door "
    "roundtable on maritime security in the South China Sea. Business-class flights, five-star "
    "hotel and a speaker fee of USD 3,000 are provided.")

# ho-c06 — template: one long "dream job" message (the pattern of the fake-recruiter campaigns
# Mandiant/Google and ESET describe as "Operation Dream Job") re-sent by ten personas who claim to
# recruit for real aerospace and defence employers. The template is written once, as sentences;
# each member fills in its own name, employer, role, field, salary and weeks, may reorder or
# drop sentences, and makes the hand-written edits listed (old -> new).
C06 = "ho-c06"
_C06_SENTENCES = [
    "Hi {first}, I hope you are doing well.",                                                   # 0
    "I am a talent acquisition partner at {employer} and I am reaching out about a confidential "
    "opening for a {role} in our {division} team.",                                               # 1
    "Your background in {field} is exactly what the hiring manager is looking for.",              # 2
    "The role is hybrid, with a relocation package and a base salary of around {salary} plus "
    "bonus and share options.",                                                                    # 3
    "Because the position has not been advertised yet, I can only share the full job description "
    "as a password-protected PDF.",                                                                # 4
    "If you are interested, please send me your WhatsApp number or a personal email address and I "
    "will forward the file together with the password and the first-round skills assessment.",    # 5
    "The process is quick and we hope to fill the position within {weeks} weeks.",               # 6
    "Looking forward to hearing from you.",                                                       # 7
]
_C06_NORMAL = [0, 1, 2, 3, 4, 5, 6, 7]


def c06_text(fill, order=_C06_NORMAL, edits=(), sign=None):
    text = " ".join(_C06_SENTENCES[i] for i in order).format(**fill)
    for old, new in edits:
        assert old in text, (old, fill)
        text = text.replace(old, new, 1)
    if sign:
        text += " " + sign
    return " ".join(text.split())


_C06_MEMBERS = [
    # (channel, date, persona, sector, fill, order, edits, sign, note)
    ("linkedin", "2025-01-20",
     persona("Laura Mitchell", "Talent Acquisition Partner – Aerospace", "BAE Systems", "Talent Acquisition Partner",
             "Manchester", "laura-mitchell-ta-2291", connections=63, since="2024-12"),
     "defence", dict(first="Aidan", employer="BAE Systems", role="Principal Systems Engineer",
                     division="Air", field="mission systems integration", salary="£95,000", weeks="three"),
     _C06_NORMAL, [], "Laura", "the template as written; claims BAE Systems"),
    ("linkedin", "2025-02-03",
     persona("Chris Donnelly", "Recruiter | Airbus Defence and Space", "Airbus Defence and Space", "Senior Recruiter",
             "Bristol", "chris-donnelly-ads", connections=41),
     "aero", dict(first="there", employer="Airbus Defence and Space", role="Lead Avionics Engineer",
                  division="Future Combat Air", field="avionics and flight software", salary="€110,000", weeks="four"),
     [0, 1, 2, 4, 5, 3, 6, 7], [("Hi there, I hope you are doing well.", "Hi there, hope all is well.")],
     "Best regards, Chris",
     "sentence 4 (salary) moved after the PDF sentences; greeting shortened"),
    ("email", "2025-02-18",
     persona("Priya Raman", "Talent Sourcing Specialist", "Rolls-Royce", "Talent Sourcing Specialist", "Derby",
             None, emails=["priya.raman.talent@gmail.com"]),
     "aero", dict(first="Marcus", employer="Rolls-Royce", role="Senior Propulsion Engineer",
                  division="Defence Aerospace", field="gas turbine combustion", salary="£88,000", weeks="three"),
     _C06_NORMAL, [("exactly what the hiring manager is looking for", "a perfect match for what the hiring manager needs"),
                   ("password-protected PDF", "password protected PDF document")],
     "Kind regards, Priya Raman",
     "two rewordings ('a perfect match for what the hiring manager needs', 'PDF document')"),
    ("linkedin", "2025-03-04",
     persona("Ethan Brooks", "Technical Recruiter at Lockheed Martin", "Lockheed Martin", "Technical Recruiter",
             "Fort Worth, Texas", "ethan-brooks-lm-recruit", connections=129),
     "us_defence", dict(first="Sam", employer="Lockheed Martin", role="Embedded Software Engineer",
                        division="Skunk Works", field="real-time embedded systems", salary="$165,000", weeks="two"),
     _C06_NORMAL, [("relocation package", "generous relocation package"), ("Looking forward to hearing from you.", "")],
     "Thanks, Ethan",
     "'generous relocation package'; last sentence dropped"),
    ("whatsapp", "2025-03-19",
     persona("Sofia Marin", "HR Recruiter", "Leonardo UK", "HR Recruiter", "Edinburgh", None,
             phones=["+44 7700 900 268"]),
     "aero", dict(first="Jo", employer="Leonardo UK", role="Radar Signal Processing Engineer",
                  division="Electronics", field="radar signal processing", salary="£80,000", weeks="five"),
     [0, 2, 1, 3, 4, 5, 6, 7],
     [("please send me your WhatsApp number or a personal email address and I will forward",
       "just reply here and I will forward")],
     None, "sent on WhatsApp after a LinkedIn connection; sentences 2 and 3 swapped; asks to reply here"),
    ("linkedin", "2025-04-07",
     persona("Mark Ellison", "Talent Acquisition | Thales UK", "Thales UK", "Talent Acquisition Manager",
             "Crawley", "mark-ellison-thalesta", connections=88),
     "defence", dict(first="Fiona", employer="Thales", role="Cyber Security Architect",
                     division="Secure Communications", field="cryptographic key management", salary="£100,000", weeks="three"),
     _C06_NORMAL, [("I hope you are doing well", "I hope this message finds you well"),
                   ("first-round skills assessment", "first round technical test")],
     "Regards, Mark",
     "'I hope this message finds you well'; 'first round technical test'"),
    ("email", "2025-04-29",
     persona("Hana Kobayashi", "Global Talent Partner", "Boeing", "Global Talent Partner", "Seattle, Washington",
             None, emails=["hana.kobayashi.hr@outlook.com"]),
     "aero", dict(first="Dr. Kerr", employer="Boeing", role="Structures Analyst",
                  division="Defense, Space & Security", field="composite structures", salary="$150,000", weeks="four"),
     [0, 1, 2, 4, 5, 6, 3, 7],
     [("I am a talent acquisition partner at", "I work in global talent acquisition at"),
      ("The role is hybrid", "Just so you know, the role is hybrid")],
     "Best, Hana",
     "salary sentence moved near the end; 'I work in global talent acquisition at'"),
    ("linkedin", "2025-05-13",
     persona("Oliver Sutton", "Recruitment Partner — QinetiQ", "QinetiQ", "Recruitment Partner", "Farnborough",
             "oliver-sutton-recpartner", connections=212),
     "defence", dict(first="Rhiannon", employer="QinetiQ", role="Test and Evaluation Lead",
                     division="Weapons", field="trials and evaluation", salary="£78,000", weeks="six"),
     _C06_NORMAL,
     [("Because the position has not been advertised yet, I can only share the full job description as a "
       "password-protected PDF.",
       "As the vacancy is not public yet, the full JD can only be shared as a password-protected PDF."),
      ("The process is quick", "The process is very quick")],
     "Oliver",
     "the PDF sentence reworded ('the full JD'); 'very quick'"),
    ("linkedin", "2025-06-02",
     persona("Grace Holloway", "Senior Talent Acquisition Partner", "BAE Systems", "Senior Talent Acquisition Partner",
             "Barrow-in-Furness", "grace-holloway-talent", connections=35, since="2025-05"),
     "defence", dict(first="Tom", employer="BAE Systems", role="Nuclear Submarine Design Engineer",
                     division="Submarines", field="pressure hull design", salary="£92,000", weeks="three"),
     [0, 1, 2, 3, 4, 5, 7],
     [("share options", "a car allowance")],
     "Many thanks, Grace",
     "sentence 7 (weeks) dropped; 'a car allowance'; claims BAE Systems again under another name"),
    ("email", "2025-06-24",
     persona("Daniel Kraus", "Talent Acquisition", "Airbus", "Talent Acquisition Specialist", "Toulouse, France",
             None, emails=["daniel.kraus.jobs@gmail.com"]),
     "aero", dict(first="Elena", employer="Airbus", role="Flight Control Law Engineer",
                  division="Military Aircraft", field="flight control laws", salary="€105,000", weeks="four"),
     [1, 2, 3, 5, 4, 6, 7],
     [("I am a talent acquisition partner at", "Hi Elena, I'm a talent acquisition partner at"),
      ("If you are interested, please send", "If this sounds interesting, please send")],
     "Daniel Kraus | Talent Acquisition",
     "greeting folded into sentence 1; sentences 5 and 6 swapped; 'If this sounds interesting'"),
]
# The people greeted by name (surnames outside TARGET_LAST, so no drawn target has the same name).
_C06_TARGETS = {"Aidan": "Aidan Fairlie", "Marcus": "Marcus Okoye", "Sam": "Sam Delgado", "Jo": "Jo Marsden",
                "Fiona": "Fiona Strachan", "Dr. Kerr": "Morag Kerr", "Rhiannon": "Rhiannon Bevan",
                "Tom": "Tom Haldane", "Elena": "Elena Petrakis"}
for channel, date, p, sector, fill, order, edits, sign, note in _C06_MEMBERS:
    add(C06, "template", note, channel, date, p, sector, c06_text(fill, order, edits, sign),
        target_name=_C06_TARGETS.get(fill["first"]))

# ho-c07 — template_paraphrased (deliberately hard): the same pitch — paid "briefing notes" on
# UK grid and net-zero policy for "a client in Asia", three numbered questions, about GBP 1,500,
# a video call first — written five times in different words. Nothing else is shared.
C07 = "ho-c07"
add(C07, "template_paraphrased", "version A: the full pitch, plainly worded", "linkedin", "2025-03-10",
    persona("Andrew Lau", "Consultant | Energy Transition", "Crestview Energy Advisory", "Consultant", "Hong Kong",
            "andrew-lau-energy", connections=203),
    "energy",
    "Dear Sir, I represent a client in Asia who is studying the UK's path to net zero. They would "
    "like a briefing note of around 3 pages answering three questions: (1) how will the grid "
    "connection queue be reformed, (2) which projects is the government most worried about, and "
    "(3) what is the internal thinking on Chinese investment in offshore wind. The fee is GBP "
    "1,500. We could start with a short video call to agree the scope.")
add(C07, "template_paraphrased", "version B: questions reordered and re-worded, fee in words", "email", "2025-04-14",
    persona("Rebecca Yuen", "Research Director", "Orient Gate Partners", "Research Director", "Singapore",
            None, emails=["rebecca.yuen.ogp@gmail.com"]),
    "energy",
    "Hello, one of our Asian clients is trying to understand Britain's energy transition and has "
    "asked me to find an expert for a short written brief. They are mainly interested in three "
    "points: first, the view inside government on Chinese money in offshore wind farms; second, "
    "which grid projects officials see as at risk; third, how the reform of the connections "
    "queue will work in practice. We offer fifteen hundred pounds for a few pages. Could we have "
    "a quick Zoom to discuss?")
add(C07, "template_paraphrased", "version C: short and informal, fee as '1.5k'", "linkedin", "2025-05-08",
    persona("Leo Kwan", "Partner, Kwan & Associates", "Kwan & Associates", "Partner", "Taipei, Taiwan",
            "leo-kwan-assoc", connections=57),
    "gov",
    "Hi! Quick one — a client of ours (Asia-based) wants a 2–3 page note on UK net zero policy. "
    "Three things: grid connection reform, the projects government is nervous about, and how "
    "officials really see Chinese stakes in offshore wind. Budget ~£1.5k. Happy to jump on a "
    "video call first to scope it?")
add(C07, "template_paraphrased", "version D: formal, long, questions folded into prose", "email", "2025-06-05",
    persona("Henry Cheung", "Senior Adviser", "Pacific Rim Strategic Research", "Senior Adviser", "Hong Kong",
            None, emails=["h.cheung.prsr@outlook.com"]),
    "energy",
    "Dear Dr., please allow me to introduce myself. Our organisation prepares research for a "
    "private client in the Asia-Pacific region with a strong interest in British energy policy. "
    "We would be grateful for a concise briefing paper setting out how the connection queue for "
    "the electricity grid is likely to be reformed, which infrastructure projects ministers regard "
    "as problematic, and how investment from Chinese companies in offshore wind is viewed inside "
    "Whitehall. An honorarium of one thousand five hundred pounds sterling would be paid upon "
    "receipt. I would propose an initial online meeting to agree the terms of reference.")
add(C07, "template_paraphrased", "version E: two turns; the questions come only in the reply", "linkedin", "2025-07-21",
    persona("Isabel Fong", "Analyst at Lotus Ridge Consulting", "Lotus Ridge Consulting", "Analyst", "Macau",
            "isabel-fong-lrc", connections=119),
    "energy",
    [("persona", "Hi, we do research for a client in Asia on the UK energy transition and are looking "
                 "for someone to write a paid short briefing (about £1,500). Interested?"),
     ("target", "Possibly. What would it cover?"),
     ("persona", "Three questions really: how the grid connections queue gets fixed, which projects "
                 "the government thinks are in trouble, and the internal attitude to Chinese "
                 "investors in offshore wind. Can we do a video call this week to agree the scope?")])

# ho-c08 — firm_translation (deliberately hard): one cover think tank known only by its name in
# five languages or forms: English, German, Chinese, French, and an acronym with the words in
# another order. Members target European parliaments and ministries. Nothing else is shared.
C08 = "ho-c08"
add(C08, "firm_translation", "English: 'Institute for Eurasian Strategic Dialogue'", "linkedin", "2025-02-25",
    persona("Dr. Yang Lifeng", "Senior Research Fellow, Institute for Eurasian Strategic Dialogue",
            "Institute for Eurasian Strategic Dialogue", "Senior Research Fellow", "Beijing, China",
            "yang-lifeng-iesd", connections=164),
    "parl",
    "Dear colleague, our institute promotes academic exchange between China and Europe. We would "
    "like to invite you to a small dialogue in Beijing this autumn, with travel and accommodation "
    "covered, and to write a short paper (honorarium provided) on how British MPs view China.")
add(C08, "firm_translation", "German: 'Institut für Eurasischen Strategischen Dialog'", "linkedin", "2025-03-18",
    persona("Mei Hoffmann", "Programmleiterin | Institut für Eurasischen Strategischen Dialog",
            "Institut für Eurasischen Strategischen Dialog", "Programmleiterin", "Berlin",
            "mei-hoffmann-dialog", connections=92),
    "bundestag",
    "Sehr geehrte Frau Kollegin, unser Institut fördert den Austausch zwischen Europa und China. "
    "Wir suchen Expertinnen aus dem parlamentarischen Umfeld für vertrauliche Hintergrundgespräche "
    "gegen ein angemessenes Honorar. Eine Reise nach Shanghai ist ebenfalls möglich. Hätten Sie "
    "Interesse an einem ersten Gespräch?")
add(C08, "firm_translation", "Chinese: '欧亚战略对话研究院' only", "linkedin", "2025-04-23",
    persona("刘晓燕", "欧亚战略对话研究院 项目主管", "欧亚战略对话研究院", "项目主管", "北京",
            "liu-xiaoyan-8812", connections=45),
    "gov",
    "Hello, I am project director at 欧亚战略对话研究院 in Beijing. We organise exchanges for "
    "European government experts. We would be pleased to invite you for a fully funded visit and "
    "a paid lecture about UK trade policy. Please tell me your email so I can send the invitation.")
add(C08, "firm_translation", "French: 'Institut de dialogue stratégique eurasien'", "email", "2025-05-27",
    persona("Claire Dubois-Li", "Chargée de mission", "Institut de dialogue stratégique eurasien",
            "Chargée de mission", "Paris", None, emails=["claire.duboisli@outlook.fr"]),
    "thinktank",
    "Madame, Monsieur, l'Institut de dialogue stratégique eurasien organise un séminaire fermé sur "
    "la sécurité européenne. Nous serions honorés de votre participation en tant qu'intervenant "
    "(frais de voyage pris en charge, honoraires de 2 000 EUR). Nous vous demanderions également "
    "une courte note confidentielle sur la position britannique.")
add(C08, "firm_translation", "acronym and reordered English: 'IESD – Eurasian Strategic Dialogue Institute'",
    "linkedin", "2025-07-08",
    persona("Kevin Zhang", "Visiting Scholars Office, IESD – Eurasian Strategic Dialogue Institute",
            "IESD – Eurasian Strategic Dialogue Institute", "Visiting Scholars Coordinator", "Beijing, China",
            "kevin-zhang-iesd-vso", connections=133),
    "thinktank",
    "Hi, I coordinate our visiting scholars programme. We are offering a two-week paid fellowship in "
    "Beijing for European security researchers. Fellows give one seminar and write a short internal "
    "report. All costs are covered plus a stipend. Would you like the application details?")

# ho-c09 — booking_link: one Calendly booking page, calendly.com/harrowstone-talent, written six
# ways (paths, tracking parameters, http, www, upper case). calendly.com itself is generic:
# genuine recruiters among the decoys use their own Calendly pages.
C09 = "ho-c09"
add(C09, "booking_link", "'https://calendly.com/harrowstone-talent/30min' in text", "linkedin", "2025-02-07",
    persona("Sophie Carter", "Senior Headhunter | Quantum Technologies", "Harrowstone Talent", "Senior Headhunter",
            "London", "sophie-carter-hst", connections=388),
    "quantum",
    "Hi, I'm working on a confidential search for a quantum error-correction lead on behalf of a "
    "state-backed lab overseas. Senior title, huge budget, relocation optional. Grab a slot here "
    "so I can tell you more: https://calendly.com/harrowstone-talent/30min")
add(C09, "booking_link", "'calendly.com/harrowstone-talent/intro-call?utm_source=linkedin&utm_medium=inmail' (no scheme)",
    "linkedin", "2025-03-12",
    persona("Ryan Moss", "Executive Search – Deep Tech", "RM Search", "Executive Search Consultant", "London",
            "ryan-moss-search", connections=122),
    "quantum",
    "Hello Dr., I have an exclusive opportunity for trapped-ion specialists. The client prefers to "
    "stay anonymous at this stage, but compensation is 2–3x UK academic levels, with a paid visit "
    "to their campus. Please book a call: "
    "calendly.com/harrowstone-talent/intro-call?utm_source=linkedin&utm_medium=inmail")
add(C09, "booking_link", "persona.contacts.websites 'https://calendly.com/HarrowStone-Talent' (upper case, no event)",
    "linkedin", "2025-04-02",
    persona("Amelia Price", "Talent Partner", None, None, "Cambridge", "amelia-price-tp",
            websites=["https://calendly.com/HarrowStone-Talent"], connections=66, since="2025-02"),
    "ai",
    "Hi, I recruit for a fast-growing AI lab with major state funding. They are looking for people "
    "who have trained frontier-scale models and can advise on their own compute set-up. Paid "
    "advisory work to start. My booking page is on my profile.")
add(C09, "booking_link", "'http://www.calendly.com/harrowstone-talent/30min?month=2025-05' (http, www, month parameter)",
    "email", "2025-05-06",
    persona("Ben Whitaker", "Principal Consultant", "Whitaker Technical Search", "Principal Consultant", "Oxford",
            None, emails=["ben.whitaker.search@gmail.com"]),
    "quantum",
    "Dear Dr., I represent a research organisation building a national-scale quantum computing "
    "programme. They would like to consult you, paid, on cryogenic control electronics. You can "
    "pick a time here: http://www.calendly.com/harrowstone-talent/30min?month=2025-05")
add(C09, "booking_link", "'https://calendly.com/harrowstone-talent/15-min-chat#' (another event, trailing #)",
    "linkedin", "2025-06-11",
    persona("Isla Fraser", "Recruitment Consultant | Photonics", "Fraser & Grey Recruitment", "Recruitment Consultant",
            "Glasgow", "isla-fraser-photonics", connections=147),
    "quantum",
    "Hi, thanks for accepting! I've a role for a photonic integrated circuit designer with a lab "
    "that has strong government backing in Asia. Package is very generous and they fly candidates "
    "out for interviews. Book 15 minutes: https://calendly.com/harrowstone-talent/15-min-chat#")
add(C09, "booking_link", "'Calendly.com/harrowstone-talent' (capital C, inside a sentence) in a reply", "linkedin", "2025-07-16",
    persona("Noah Gallagher", "Technical Recruiter", "Quantum Careers Network", "Technical Recruiter", "Belfast",
            "noah-gallagher-qcn", connections=203),
    "semis",
    [("persona", "Hi, are you open to hearing about a senior cryo-CMOS role? Confidential client, "
                 "excellent package."),
     ("target", "Maybe, who is the client?"),
     ("persona", "I can only say it is a well-funded institute abroad. Easiest is to book a call via "
                 "Calendly.com/harrowstone-talent and I will walk you through it.")])

# ho-c10 — chain: A–B share a survey link (host qs.brightfield-panel.net, path /s/88K2Q);
# B–C a WeChat id (lu_mingxia_1988); C–D an e-mail domain (jinqiao-consult.com.cn); D–E a
# profile photo (3 bits apart). A and E share nothing; only the chain joins them.
C10 = "ho-c10"
add(C10, "chain", "A: survey link 'https://qs.brightfield-panel.net/s/88K2Q' only", "linkedin", "2025-03-03",
    persona("Amy Lu", "Research Associate | Market Intelligence", "Brightfield Panel Research", "Research Associate",
            "Shanghai, China", "amy-lu-brightfield", connections=84),
    "semis",
    "Hi, we are running a paid expert survey on the UK semiconductor industry (20 minutes, GBP 150 "
    "voucher). Experts who complete it may be invited to paid follow-up interviews. Survey: "
    "https://qs.brightfield-panel.net/s/88K2Q")
add(C10, "chain", "B: the same survey link with tracking ('qs.brightfield-panel.net/s/88K2Q?src=lnk&uid=4471') "
    "and WeChat id 'lu_mingxia_1988' in text", "linkedin", "2025-03-24",
    persona("Lu Mingxia", "Senior Researcher", "Eastbound Industrial Research", "Senior Researcher",
            "Shanghai, China", "lu-mingxia-jq", connections=140),
    "semis",
    "Hello, thank you for connecting. Could you help us by filling in this short expert survey? "
    "qs.brightfield-panel.net/s/88K2Q?src=lnk&uid=4471 — We pay for your time and would like to "
    "discuss further. My WeChat ID is lu_mingxia_1988.")
add(C10, "chain", "C: handles.wechat 'Lu_Mingxia_1988' and an e-mail at jinqiao-consult.com.cn", "email", "2025-04-15",
    persona("Chen Jiahui", "Project Manager", "Jinqiao Consulting", "Project Manager", "Shanghai, China", None,
            emails=["chenjh@jinqiao-consult.com.cn"], handles={"wechat": "Lu_Mingxia_1988"}),
    "semis",
    "Dear expert, my colleague Ms Lu told me you may be interested in a consulting project on "
    "wafer fabrication in the UK. We would like to invite you to Shanghai for a three-day "
    "workshop, all expenses paid plus a consulting fee of USD 4,000.")
add(C10, "chain", "D: e-mail 'HR@JinQiao-Consult.com.cn' (upper case) and photo 6d31c8a4f29e07b5", "email", "2025-05-19",
    persona("Wang Tingting", "HR Specialist", "Shanghai Jinqiao Talent Service Co., Ltd.", "HR Specialist",
            "Shanghai, China", None, photo="6d31c8a4f29e07b5", emails=["HR@JinQiao-Consult.com.cn"]),
    "semis",
    "Dear Sir, following your conversation with our project team, please find the consultancy "
    "agreement attached. Kindly return it with your CV, a list of projects you have worked on and "
    "the names of two colleagues who might also join.")
add(C10, "chain", "E: photo 6d31c8a4f29e17b6 only (3 bits from D); no contact shared", "linkedin", "2025-06-23",
    persona("Tina Wong", "Talent Scout – Technology", "Everbright Talent Link", "Talent Scout", "Hong Kong",
            "tina-wong-scout", photo="6d31c8a4f29e17b6", connections=59),
    "semis",
    "Hi, I'm looking for process engineers with III-V experience for paid advisory roles with an "
    "Asian foundry. Remote, flexible and very well paid. Could we talk?")

# ho-c11 — name_variants: one persona, Alina Vorontsova of the "Nordic-Baltic Energy Forum",
# written in Latin and Cyrillic script, surname first, with a German transliteration and an
# initial. Photos, slugs and contacts differ. Pattern of Russian-linked think-tank covers.
C11 = "ho-c11"
_NBEF = "Nordic-Baltic Energy Forum"
add(C11, "name_variants", "'Alina Vorontsova'", "linkedin", "2025-02-14",
    persona("Alina Vorontsova", "Programme Director at Nordic-Baltic Energy Forum", _NBEF, "Programme Director",
            "Tallinn, Estonia", "alina-vorontsova-nbef", connections=271),
    "energy",
    "Dear colleague, our forum brings together experts on Baltic energy security. We are preparing "
    "a closed report on LNG terminal vulnerabilities and would pay EUR 1,800 for your input. Can "
    "we speak by phone?")
add(C11, "name_variants", "Cyrillic 'Алина Воронцова'", "linkedin", "2025-03-27",
    persona("Алина Воронцова", "Nordic-Baltic Energy Forum", _NBEF, "Директор программ", "Riga, Latvia",
            "a-vorontsova-2025", connections=48),
    "defence",
    "Hello, I am writing from the Nordic-Baltic Energy Forum. We study how militaries protect "
    "fuel supply in the Baltic region and would welcome a paid conversation with you about UK "
    "planning assumptions. Everything will be anonymised.")
add(C11, "name_variants", "surname first in capitals: 'VORONTSOVA Alina'", "email", "2025-05-02",
    persona("VORONTSOVA Alina", "Programme Director", _NBEF, "Programme Director", "Tallinn, Estonia", None,
            emails=["a.vorontsova.forum@gmail.com"]),
    "energy",
    "Dear Sir, as promised I am sending you the list of questions for our report: the layout of "
    "the new interconnector, the security measures at the landing points and the response plans. "
    "The fee is EUR 2,000, paid to any account you wish.")
add(C11, "name_variants", "German transliteration 'Alina Worontsowa'", "linkedin", "2025-06-06",
    persona("Alina Worontsowa", "Programmdirektorin | Nordic-Baltic Energy Forum", _NBEF, "Programmdirektorin",
            "Hamburg", "alina-worontsowa", connections=133),
    "bundestag",
    "Guten Tag, das Nordic-Baltic Energy Forum erstellt eine vertrauliche Studie zur Versorgung "
    "mit Flüssiggas. Wir würden Ihre Einschätzung zu den Plänen der Bundesregierung gern honorieren. "
    "Wäre ein kurzes Telefonat möglich?")
add(C11, "name_variants", "initial: 'Dr. A. Vorontsova'", "linkedin", "2025-07-24",
    persona("Dr. A. Vorontsova", "Nordic-Baltic Energy Forum — research & dialogue", _NBEF, "Director",
            "Helsinki, Finland", "dr-a-vorontsova", connections=95),
    "energy",
    "Hi, I lead research at our forum. We are commissioning independent papers on the protection of "
    "undersea energy infrastructure in the North Sea, EUR 2,500 each. Would you consider writing one?")

# ho-c12 — website_host: one fellowship website, orrery-policylab.org, written with paths,
# tracking parameters, http/https, www and upper case. The claimed organisations differ.
C12 = "ho-c12"
add(C12, "website_host", "'https://www.orrery-policylab.org/fellowship/apply?utm_source=linkedin&utm_campaign=ukfellows25'",
    "linkedin", "2025-03-07",
    persona("Sarah Kim", "Programme Officer | Young Leaders Dialogue", "Young Leaders Dialogue", "Programme Officer",
            "Hong Kong", "sarah-kim-yld", connections=410),
    "parl",
    "Hello! We are selecting 12 young UK policy professionals for a fully funded study tour "
    "(Beijing and Shenzhen, 10 days) with a stipend. Alumni stay in touch and write short paid "
    "papers afterwards. Apply here: "
    "https://www.orrery-policylab.org/fellowship/apply?utm_source=linkedin&utm_campaign=ukfellows25")
add(C12, "website_host", "'http://orrery-policylab.org' (http, bare host) in text", "email", "2025-04-08",
    persona("Martin Cho", "Fellowship Office", "Global Governance Fellowship", "Coordinator", "Singapore", None,
            emails=["fellowships.martincho@gmail.com"]),
    "gov",
    "Dear Mr., congratulations, you have been shortlisted for our Global Governance Fellowship. "
    "Please complete your profile on http://orrery-policylab.org before Friday and include a brief "
    "description of your current responsibilities and security clearance level.")
add(C12, "website_host", "persona.contacts.websites 'ORRERY-POLICYLAB.ORG/en/' (upper case, no scheme)", "linkedin", "2025-05-14",
    persona("Jenny Park", "Alumni Relations", None, None, "Seoul, South Korea", "jenny-park-alumni",
            websites=["ORRERY-POLICYLAB.ORG/en/"], connections=102),
    "thinktank",
    "Hi, I manage our alumni network of young researchers from Europe and Asia. We fund research "
    "trips and pay for short commissioned papers. Have a look at our website on my profile and "
    "tell me if you'd like an invitation.")
add(C12, "website_host", "'www.orrery-policylab.org/about#team' in a reply", "linkedin", "2025-06-19",
    persona("David Leung", "Director, Asia-Europe Young Scholars", "Asia-Europe Young Scholars Network", "Director",
            "Hong Kong", "david-leung-aeysn", connections=188),
    "university",
    [("persona", "Dear Dr., our network would like to invite you on a funded visit to universities in "
                 "Beijing, with a paid talk on your materials research."),
     ("target", "Thank you. Who funds the network?"),
     ("persona", "A group of foundations. You can see our team at www.orrery-policylab.org/about#team")])
add(C12, "website_host", "'https://orrery-policylab.org/fellowship?ref=LI-8812&lang=en'", "linkedin", "2025-08-12",
    persona("Lisa Tran", "Outreach Lead", "OPL Fellows", "Outreach Lead", "London", "lisa-tran-outreach",
            connections=76, since="2025-06"),
    "parl",
    "Hi, I'm reaching out to staff working in Parliament about a paid 2-week fellowship in China "
    "(flights, hotel and GBP 2,000 stipend). It's a great chance to build your network. More "
    "here: https://orrery-policylab.org/fellowship?ref=LI-8812&lang=en")

# =============================================================================================
# LONE HOSTILE APPROACHES — each shares nothing specific with a campaign or another lone.
# =============================================================================================

def lone(note, channel, date, p, sector, messages):
    add("lone", "lone", note, channel, date, p, sector, messages)


lone("published persona: 'Rachel Li' of RiseHR (BfV, 2017), a single approach", "linkedin", "2025-02-19",
     persona("Rachel Li", "Headhunter at RiseHR", "RiseHR", "Headhunter", "Beijing, China", "rachel-li-risehr",
             connections=233),
     "bundestag",
     "Dear Madam, I am a headhunter with RiseHR. A client of mine, a think tank, is looking for "
     "experts on European politics who can write reports for them. Excellent pay and the chance "
     "of a trip to China to meet the client. May I send you more details?")
lone("own WeChat id 'aurora_kh2024'; paid reports on MoD procurement", "linkedin", "2025-03-21",
     persona("Kelsey Huang", "Consultant | Aurora Bridge Talent", "Aurora Bridge Talent", "Consultant",
             "Guangzhou, China", "kelsey-huang-abt", connections=52),
     "defence",
     "Hi, your experience in defence procurement is very impressive. My client pays USD 1,000 for "
     "each short report on UK equipment programmes. If you are interested please add my WeChat "
     "aurora_kh2024, LinkedIn messages are not reliable in China.")
lone("own LINE id 'yk_tnb_0419'; a 'Tokyo research office' asking about export controls", "linkedin", "2025-04-10",
     persona("Yuki Tanabe", "Research Officer", "Hoshizora Economic Research", "Research Officer", "Tokyo, Japan",
             "yuki-tanabe-her", connections=61),
     "semis",
     "Hello, I work for a small economic research office. We are writing a paid report on how UK "
     "companies comply with export controls on chip equipment and which ones have problems. "
     "LINE ID: yk_tnb_0419 — it is easier to talk there.")
lone("own domain quorvane-research.io; payment in USDT", "email", "2025-05-01",
     persona("Mark Feldman", "Managing Partner", "Quorvane Research", "Managing Partner", "Limassol, Cyprus", None,
             emails=["mark@quorvane-research.io"]),
     "finance",
     "Dear Sir, we run a private research service for institutional clients. We would pay USD 3,000 "
     "in USDT for a memo on the Bank's internal discussions about sanctions enforcement. "
     "Confidentiality is guaranteed; we never reveal sources.")
lone("own Telegram '@nordlys_intel'", "linkedin", "2025-05-22",
     persona("Erik Solberg", "Arctic Security Researcher", None, None, "Tromsø, Norway", "erik-solberg-arctic",
             connections=109),
     "defence",
     "Hi, I am researching submarine activity in the High North for a private report. Do you have "
     "any information on Royal Navy deployments you could share? I pay well for details. "
     "Telegram: @nordlys_intel")
lone("fake journalist; own number +44 7700 900913", "linkedin", "2025-06-12",
     persona("Sophie Marchetti", "Freelance defence journalist", "The Geopolitical Ledger", "Correspondent",
             "London", "sophie-marchetti-ledger", phones=["+44 7700 900913"], connections=187),
     "defence",
     "Hi, I'm writing a piece on the delays in the new frigate programme. Off the record, what are "
     "people inside saying? I can pay for background and I will never name you. Call me on "
     "07700 900913.")
lone("fake PhD student; escalates to a fee for unpublished test results", "linkedin", "2025-07-07",
     persona("Chen Yiran", "PhD candidate, Underwater Acoustics", "Harbin Engineering University", "PhD candidate",
             "Harbin, China", "chen-yiran-acoustics", connections=33),
     "defence",
     [("persona", "Dear Professor, I am a PhD student studying sonar signal processing. Could you "
                  "help me with some questions about your group's recent sea trials?"),
      ("target", "Our published papers are on the group website."),
      ("persona", "Thank you. My supervisor would really like the unpublished measurements too, we "
                  "can pay a consulting fee of USD 2,000. Please send to chenyiran_hrbeu@163.com")])
lone("own website stratton-vale.com; asks for clearance details up front", "linkedin", "2025-07-30",
     persona("Oliver Grant", "Partner, Stratton Vale Partners", "Stratton Vale Partners", "Partner", "London",
             "oliver-grant-svp", websites=["https://www.stratton-vale.com"], connections=144),
     "us_defence",
     "Hello, we place cleared professionals in advisory roles for overseas government clients. To "
     "match you, please send your CV with your clearance level, programmes you have worked on and "
     "the date of your last vetting review. More about us: www.stratton-vale.com")
lone("malware-style coding test on its own host skillcheck-portal.dev (Dream Job pattern, no template)",
     "linkedin", "2025-08-18",
     persona("Alex Morgan", "Hiring Manager — Blockchain Engineering", "NovaChain Labs", "Hiring Manager",
             "Dubai, UAE", "alex-morgan-novachain", photo="default", connections=27, since="2025-08"),
     "software",
     "Hi, we love your GitHub. We are hiring senior engineers at USD 250k remote. First step is a "
     "short take-home test — please clone and run the project from "
     "https://skillcheck-portal.dev/t/ng-2291 on your work laptop and send us the output today.")
lone("all-expenses trip from an invented 'Zhejiang' forum; own 126.com address, no other contact",
     "email", "2025-09-03",
     persona("Prof. Liang Hao", "Secretary-General", "Qiantang Forum for Science Diplomacy", "Secretary-General",
             "Hangzhou, China", None, emails=["lianghao_qtforum@126.com"]),
     "quantum",
     "Dear Dr., it is my honour to invite you to the Qiantang Forum as a keynote speaker. We cover "
     "business-class flights, hotel and an honorarium of USD 5,000. We hope you can also meet our "
     "partners privately to discuss your laboratory's unpublished results.")

# =============================================================================================
# DECOYS — genuine-looking outreach. They share only generic values with each other and with
# the campaigns: big real employers and their careers sites (written the same way each time),
# real agencies with different recruiters, free webmail, common names, the LinkedIn default
# avatar, the same real conferences, and the stock recruiter note.
# =============================================================================================

def decoy(note, channel, date, p, sector, messages):
    add("decoy", "decoy", note, channel, date, p, sector, messages)


GOOGLE_CAREERS = "https://careers.google.com/"
AMAZON_JOBS = "https://www.amazon.jobs/"
DELOITTE_CAREERS = "https://www.deloitte.com/uk/en/careers.html"
NHS_JOBS = "https://www.jobs.nhs.uk/"
BAE_CAREERS = "https://www.baesystems.com/en-uk/careers"
LTW = "https://londontechweek.com"
DSEI = "https://www.dseievent.com"

# --- The stock recruiter note, each from a different recruiter ------------------------------
_STOCK = [
    # (name, headline, company, location, slug, photo, sector, text)
    ("John Smith", "Senior Recruitment Consultant at Hays", "Hays", "Leeds", "john-smith-hays-leeds", "own", "software",
     "Hi, I came across your profile and was impressed by your experience. I'm recruiting for a "
     "Senior Backend Engineer role with a client in Leeds — would you be open to a quick chat?"),
    ("Wei Zhang", "Recruiter | Michael Page Technology", "Michael Page", "London", "wei-zhang-mp-tech", "own", "software",
     "Hi, I came across your profile and was impressed by your background in data engineering. "
     "I have a permanent role with a fintech client that could be a good fit. Are you open to new "
     "opportunities?"),
    ("Emily Clarke", "Principal Consultant – Engineering | Robert Walters", "Robert Walters", "Manchester",
     "emily-clarke-rw", "own", "aero",
     "Hello, I came across your profile and was really impressed by your experience in stress "
     "analysis. I'm working on a contract role with an aerospace client in the North West. Let me "
     "know if you'd like details."),
    ("Tom Baker", "Talent Acquisition at Arm", "Arm", "Cambridge", "tom-baker-arm-ta", "own", "semis",
     "Hi, I came across your profile and your experience with physical design stood out. We have "
     "several openings at Arm in Cambridge. Would you be interested in a conversation? "
     "https://careers.arm.com/"),
    ("Priya Nair", "Recruitment Consultant, Harvey Nash", "Harvey Nash", "London", "priya-nair-hn", "own", "software",
     "Hi, I came across your profile and was impressed by your cloud experience. I'm recruiting "
     "for a Platform Engineer with a retail client. Hybrid, London. Open to a chat?"),
    ("James Wilson", "Associate Director at Hays Engineering", "Hays", "Bristol", "james-wilson-hays-eng", "own",
     "defence",
     "Good morning, I came across your profile and was impressed by your systems engineering "
     "background. I'm recruiting for a permanent role in Bristol. SC clearance required. Any "
     "interest?"),
    ("Sarah Johnson", "Talent Partner | Ocado Technology", "Ocado Technology", "Hatfield", "sarah-johnson-ocado",
     "default", "software",
     "Hi, I came across your profile and was impressed by your experience. We're growing our robotics "
     "software team at Ocado Technology. Could we have a quick call next week?"),
    ("Wei Zhang", "Talent Acquisition Manager at Huawei", "Huawei", "Reading", "zhang-wei-huawei-uk", "own", "telecom",
     "Hello, I came across your profile and was impressed by your 5G experience. Huawei's R&D "
     "centre in Ipswich is hiring. Please see https://career.huawei.com/ or reply here."),
    ("Laura Evans", "Recruiter at Reed", "Reed", "Birmingham", "laura-evans-reed", "own", "health",
     "Hi, I came across your profile and thought you might be interested in an interim digital "
     "programme manager role with an NHS trust. Day rate inside IR35. Let me know!"),
    ("Michael Brown", "Technical Recruiter, Randstad", "Randstad", "Glasgow", "michael-brown-randstad", "own", "energy",
     "Hi, I came across your profile and was impressed by your work in power systems. I'm recruiting "
     "for a grid connections engineer for a renewables developer. Would you be open to a chat?"),
    ("Hannah Lewis", "Senior Consultant | Michael Page Engineering & Manufacturing", "Michael Page", "Derby",
     "hannah-lewis-mp", "own", "aero",
     "Hello, I came across your profile and was impressed by your experience with gas turbines. A "
     "client of mine in Derby is looking for a senior engineer. Could we arrange a call?"),
    ("Kwame Mensah", "Recruitment Consultant at Robert Walters", "Robert Walters", "London", "kwame-mensah-rw", "own",
     "finance",
     "Hi, I came across your profile and was impressed by your background in credit risk modelling. "
     "I'm recruiting for a VP role at a bank in Canary Wharf. Is now a good time to talk?"),
    ("Chloe Martin", "Talent Acquisition Specialist, Deloitte UK", "Deloitte", "London", "chloe-martin-deloitte",
     "own", "gov",
     "Hi, I came across your profile and was impressed by your public-sector experience. Deloitte's "
     "Government & Public Services practice is hiring managers. See " + DELOITTE_CAREERS),
    ("Daniel Hughes", "Recruiter – Google", "Google", "London", "daniel-hughes-google", "own", "ai",
     "Hi, I came across your profile and was impressed by your ML infrastructure experience. We have "
     "roles in London that might interest you. Have a look at " + GOOGLE_CAREERS + " and let me know."),
    ("Fatima Ali", "Recruiter at Amazon", "Amazon", "London", "fatima-ali-amazon-rec", "default", "software",
     "Hello, I came across your profile and was impressed by your experience with distributed "
     "systems. Amazon is hiring SDEs in London and Edinburgh. Roles at " + AMAZON_JOBS),
    ("Oliver King", "Senior Consultant, Hays Technology", "Hays", "Cambridge", "oliver-king-hays-tech", "own",
     "quantum",
     "Hi, I came across your profile and was impressed by your experience in quantum control. A "
     "Cambridge start-up client is hiring. Would you like to hear more?"),
    ("Rebecca Taylor", "Resourcing Partner at BAE Systems", "BAE Systems", "Barrow-in-Furness",
     "rebecca-taylor-bae", "own", "defence",
     "Hi, I came across your profile and was impressed by your naval engineering experience. We have "
     "vacancies in Barrow. Full details at " + BAE_CAREERS),
    ("Li Na", "HR Manager | Michael Page China", "Michael Page", "Shanghai, China", "li-na-mp-shanghai", "own", "semis",
     "Hi, I came across your profile and was impressed by your process engineering background. A "
     "European chip equipment maker in Shanghai is hiring. Would you consider relocating?"),
    ("George Patel", "Recruitment Consultant, Harvey Nash", "Harvey Nash", "Belfast", "george-patel-hn", "own",
     "software",
     "Hi, I came across your profile and was impressed by your background. I'm recruiting for a "
     "senior Java developer in Belfast. Interested?"),
    ("Megan Scott", "Talent Acquisition Partner at NHS England", "NHS England", "Leeds", "megan-scott-nhse", "own",
     "health",
     "Hello, I came across your profile and was impressed by your data experience. We're hiring in "
     "NHS England's transformation directorate. Vacancies are on " + NHS_JOBS),
    ("Ahmed Hassan", "Executive Recruiter, Robert Walters", "Robert Walters", "Dubai, UAE", "ahmed-hassan-rw", "own",
     "energy",
     "Hi, I came across your profile and was impressed by your energy markets experience. I have a "
     "role in Dubai with a utility. Happy to share details."),
    ("Jessica Reid", "Recruiter | Rolls-Royce", "Rolls-Royce", "Derby", "jessica-reid-rr", "own", "aero",
     "Hi, I came across your profile and was impressed by your experience in combustion. Rolls-Royce "
     "is hiring in Derby; see https://careers.rolls-royce.com/ for details."),
    ("John Smith", "Talent Acquisition Lead at QinetiQ", "QinetiQ", "Farnborough", "johnsmith-qinetiq", "default",
     "defence",
     "Hi, I came across your profile and was impressed by your trials experience. We have openings "
     "in Boscombe Down and Farnborough. Would you like to talk?"),
    ("Natasha Ivanova", "IT Recruiter at Randstad Germany", "Randstad", "Berlin", "natasha-ivanova-randstad", "own",
     "software",
     "Hallo, I came across your profile and was impressed by your Kubernetes experience. I'm hiring "
     "for a client in Berlin. Are you open to a move?"),
    ("Ben Carter", "Consultant, Hays Life Sciences", "Hays", "Oxford", "ben-carter-hays-ls", "own", "bio",
     "Hi, I came across your profile and was impressed by your experience in synthetic biology. A "
     "biotech client in Oxford is growing its team. Fancy a chat?"),
    ("Zara Ahmed", "Technical Sourcer at Google DeepMind", "Google DeepMind", "London", "zara-ahmed-gdm", "own", "ai",
     "Hi, I came across your profile and was impressed by your research. We have Research Engineer "
     "roles open at Google DeepMind: " + GOOGLE_CAREERS),
    ("David Chen", "Recruiter | Michael Page Finance", "Michael Page", "London", "david-chen-mp-finance", "own",
     "finance",
     "Hi, I came across your profile and was impressed by your experience. I'm recruiting for a "
     "quantitative analyst role with an asset manager. Let me know if you'd be interested."),
    ("Lucy Morgan", "Talent Acquisition, Deloitte", "Deloitte", "Manchester", "lucy-morgan-deloitte-ta", "default",
     "software",
     "Hello, I came across your profile and was impressed by your experience in cyber security. "
     "Deloitte's Cyber practice is hiring in Manchester: " + DELOITTE_CAREERS),
    ("Arjun Singh", "Recruiter at Amazon Web Services", "Amazon Web Services", "Dublin, Ireland",
     "arjun-singh-aws", "own", "software",
     "Hi, I came across your profile and was impressed by your networking background. AWS is hiring "
     "in Dublin. Please check " + AMAZON_JOBS + " and reply if interested."),
    ("Wei Zhang", "Senior Recruitment Consultant | Robert Walters Singapore", "Robert Walters", "Singapore",
     "wei-zhang-rw-sg", "own", "semis",
     "Hi, I came across your profile and was impressed by your experience in semiconductor "
     "packaging. I'm recruiting for a Singapore OSAT. Would you like details?"),
    ("Katie O'Neill", "Recruitment Partner, Airbus", "Airbus", "Filton", "katie-oneill-airbus", "own", "aero",
     "Hi, I came across your profile and your wing design background caught my eye. Airbus in Filton "
     "is hiring. Open to a conversation?"),
    ("Ryan Cooper", "Consultant, Michael Page Technology", "Michael Page", "Reading", "ryan-cooper-mp", "own",
     "telecom",
     "Hi, I came across your profile and was impressed by your experience. I have a network "
     "architect role with a telco in Reading. Interested?"),
]
for name, headline, company, location, slug, photo, sector, text in _STOCK:
    decoy("stock recruiter note; " + company + " (real); different recruiter", "linkedin", "2025-0{}-{:02d}".format(
        1 + len(name) % 9, 1 + len(text) % 28), persona(name, headline, company, None, location, slug, photo=photo,
        connections=500 if len(text) % 3 else 312), sector, text)

# --- Expert networks: paid calls, but with named clients' sectors and compliance terms --------
decoy("expert network AlphaSights (real); compliance terms, no confidential information", "email", "2025-02-10",
      persona("Charlotte Hayes", "Associate at AlphaSights", "AlphaSights", "Associate", "London", None,
              emails=["chayes.alphasights@gmail.com"]),
      "semis",
      "Hi, I work at AlphaSights, an expert network. A client (a long-only investor) would like a "
      "one-hour call about the UK compound semiconductor market. We pay GBP 250/hour. Before any "
      "call you'll complete our compliance training and confirm you won't share confidential "
      "information of your current employer.")
decoy("expert network GLG (real); compliance terms", "linkedin", "2025-03-03",
      persona("Wei Zhang", "Research Manager at GLG", "GLG", "Research Manager", "London", "wei-zhang-glg", connections=500),
      "energy",
      "Hello, GLG here. A consulting client is researching offshore wind supply chains and would "
      "value 45 minutes of your time (paid). Please note you must not disclose any material "
      "non-public or confidential information; our compliance team will brief you first.")
decoy("expert network Guidepoint (real); compliance terms", "linkedin", "2025-04-04",
      persona("Mark Jennings", "Associate, Guidepoint", "Guidepoint", "Associate", "New York", "mark-jennings-gp",
              connections=500),
      "us_defence",
      "Hi, Guidepoint connects investors with experts. A client is doing diligence on a defence "
      "electronics supplier and would like a paid call about the market (not about your employer). "
      "Standard Guidepoint terms apply, and you can decline any question.")
decoy("expert network Third Bridge (real); compliance terms", "email", "2025-05-05",
      persona("Isabella Rossi", "Senior Associate, Third Bridge", "Third Bridge", "Senior Associate", "London", None,
              emails=["isabella.rossi.3b@outlook.com"]),
      "bio",
      "Dear Dr., Third Bridge is hosting a recorded expert interview on the cell and gene therapy "
      "manufacturing market. The fee is GBP 300. Transcripts are reviewed by our compliance team and "
      "we never ask about confidential information.")
decoy("expert network AlphaSights again, another associate", "linkedin", "2025-06-09",
      persona("Sam Okafor", "Associate – AlphaSights", "AlphaSights", "Associate", "London", "sam-okafor-as",
              connections=500),
      "ai",
      "Hi, I'm at AlphaSights. A private equity client wants to understand demand for AI inference "
      "chips in Europe. 60-minute paid call; our standard compliance terms apply. Interested?")

# --- Big employers and their careers sites, written the same way each time ------------------
decoy("Google recruiter; careers.google.com", "email", "2025-02-12",
      persona("Rachel Green", "Technical Recruiter", "Google", "Technical Recruiter", "London", None,
              emails=["rgreen.recruiting@gmail.com"], websites=[GOOGLE_CAREERS]),
      "ai",
      "Hi, I'm a recruiter at Google London. Your TPU compiler work looks very relevant to our team. "
      "All our roles are listed on " + GOOGLE_CAREERS + " — would you like me to refer you?")
decoy("Amazon recruiter; amazon.jobs", "linkedin", "2025-03-14",
      persona("Paul Ferguson", "Senior Recruiter at Amazon", "Amazon", "Senior Recruiter", "Edinburgh",
              "paul-ferguson-amzn", websites=[AMAZON_JOBS], connections=500),
      "software",
      "Hi, Amazon Edinburgh is expanding its development centre. Please apply via " + AMAZON_JOBS +
      " and drop me a message with the job id so I can track it.")
decoy("NHS trust recruitment; jobs.nhs.uk", "email", "2025-04-15",
      persona("Joanne Pritchard", "Recruitment Officer", "Guy's and St Thomas' NHS Foundation Trust",
              "Recruitment Officer", "London", None, emails=["joanne.pritchard@outlook.com"]),
      "health",
      "Dear applicant, thank you for your interest. The Clinical Informatics Lead post is advertised "
      "on " + NHS_JOBS + " until 30 April. Please apply there; we cannot accept CVs by email.")
decoy("Deloitte alumni event; Deloitte careers page", "linkedin", "2025-05-16",
      persona("Hugo Bennett", "Manager, Deloitte", "Deloitte", "Manager", "London", "hugo-bennett-deloitte",
              connections=500),
      "gov",
      "Hi, we're hosting an evening for former public-sector colleagues interested in consulting. "
      "No pressure at all — details of current openings are on " + DELOITTE_CAREERS)
decoy("BAE Systems graduate recruitment; BAE careers page", "email", "2025-06-17",
      persona("Emma Collins", "Early Careers Team", "BAE Systems", "Early Careers Adviser", "Preston", None,
              emails=["emma.collins.earlycareers@gmail.com"]),
      "university",
      "Hello, thank you for visiting our stand at the careers fair. BAE Systems' graduate schemes "
      "open on 1 October at " + BAE_CAREERS + ". Good luck with your studies!")
decoy("Huawei sales contact who gives his WeChat id (hard negative)", "linkedin", "2025-02-20",
      persona("David Chen", "Account Manager, Huawei Enterprise UK", "Huawei", "Account Manager", "Reading",
              "david-chen-huawei-ent", connections=500),
      "telecom",
      "Hi, great to meet you at the Connected Britain event. As promised, I'll send our Wi-Fi 7 "
      "product brochure. If easier, my WeChat is davidchen_hw_uk — many of my customers use it.")
decoy("Microsoft partner sales; Calendly page of its own", "linkedin", "2025-03-20",
      persona("Tara Quinn", "Partner Development Manager at Microsoft", "Microsoft", "Partner Development Manager",
              "Reading", "tara-quinn-msft", connections=500),
      "software",
      "Hi, following your webinar question about Azure OpenAI quotas — happy to walk you through the "
      "options. Book any slot: https://calendly.com/tara-quinn-msft/30min")
decoy("AWS account manager; amazon.jobs mention is incidental", "email", "2025-04-21",
      persona("Nikhil Rao", "Account Manager, AWS Public Sector", "Amazon Web Services", "Account Manager", "London",
              None, emails=["nikhil.rao.aws@gmail.com"]),
      "gov",
      "Hello, I look after AWS's relationship with your department. We're running a free GovTech "
      "workshop in Westminster next month — would your team like places?")
decoy("AstraZeneca recruiter", "linkedin", "2025-05-22",
      persona("Helen Moore", "Talent Acquisition Partner, AstraZeneca", "AstraZeneca", "Talent Acquisition Partner",
              "Cambridge", "helen-moore-az", connections=500),
      "bio",
      "Hi, we're hiring an Associate Principal Scientist in Cambridge. Your antibody engineering "
      "work looks like a strong match. The role is on our careers site; happy to answer questions.")
decoy("Rolls-Royce SMR recruiter", "linkedin", "2025-06-23",
      persona("Andrew Clark", "Recruitment Lead, Rolls-Royce SMR", "Rolls-Royce SMR", "Recruitment Lead", "Derby",
              "andrew-clark-rrsmr", connections=500),
      "energy",
      "Hi, Rolls-Royce SMR is growing its safety case team. Would you be open to a conversation? "
      "Vacancies are on https://careers.rolls-royce.com/")
decoy("GCHQ careers — public advert, apply through the official site only", "linkedin", "2025-07-24",
      persona("Recruitment Team", "GCHQ Careers", "GCHQ", None, "Cheltenham", None, photo=None),
      "telecom",
      "Thanks for your interest in GCHQ. We never recruit through personal messages; please apply via "
      "the official GCHQ careers website. Do not discuss any application on social media.")

# --- Genuine agency recruiters with WhatsApp numbers or Calendly pages -------------------------
decoy("Hays recruiter with her own WhatsApp number 07700 900381", "linkedin", "2025-02-24",
      persona("Jade Whitmore", "Senior Consultant, Hays Construction", "Hays", "Senior Consultant", "Leeds",
              "jade-whitmore-hays", phones=["+44 7700 900381"], connections=500),
      "energy",
      "Hi, I'm recruiting site managers for a substation programme in Yorkshire. If easier, WhatsApp "
      "me on 07700 900381.")
decoy("Michael Page recruiter, WhatsApp +44 7700 900 655", "linkedin", "2025-03-25",
      persona("Sean Doyle", "Manager, Michael Page Engineering", "Michael Page", "Manager", "Bristol",
              "sean-doyle-mp-eng", connections=500),
      "aero",
      "Hi, I've a permanent avionics role in Bristol paying up to £70k. Feel free to WhatsApp me on "
      "+44 7700 900 655 if you'd rather not chat here.")
decoy("independent recruiter with her own Calendly page", "linkedin", "2025-04-25",
      persona("Sophie Turner", "Founder, Turner Tech Talent", "Turner Tech Talent", "Founder", "Manchester",
              "sophie-turner-ttt", websites=["https://calendly.com/sophie-turner-recruit"], connections=500),
      "software",
      "Hi, I specialise in placing engineers with Manchester scale-ups. If you're ever curious about "
      "the market, grab 20 minutes: https://calendly.com/sophie-turner-recruit/20min")
decoy("Robert Walters recruiter with a Calendly page", "email", "2025-05-26",
      persona("Marcus Hill", "Associate Director, Robert Walters", "Robert Walters", "Associate Director",
              "London", None, emails=["marcus.hill.rw@gmail.com"]),
      "finance",
      "Hi, thanks for your reply. Please pick a time that suits you for a call: "
      "https://calendly.com/marcus-hill-rw/15min — I'll bring the job spec.")
decoy("US recruiter with a 555 number +1 (415) 555-0198", "linkedin", "2025-06-26",
      persona("Jennifer Liu", "Technical Recruiter, Bay Area", "Insight Global", "Technical Recruiter",
              "San Francisco, California", "jennifer-liu-ig", phones=["+1 (415) 555-0198"], connections=500),
      "us_defence",
      "Hi, I'm filling a cleared DevSecOps role for a defense prime in San Diego. Active Secret "
      "required. Call or text 415-555-0198 if interested.")
decoy("agency recruiter giving her own WhatsApp +44 7700 900 724", "whatsapp", "2025-07-28",
      persona("Aisha Rahman", "Recruitment Consultant", "Harvey Nash", "Recruitment Consultant", "London", None,
              phones=["+44 7700 900 724"]),
      "software",
      "Hi, it's Aisha from Harvey Nash — we spoke on LinkedIn. Sending the job spec for the SRE role "
      "here as you asked. Let me know a good time to call.")

# --- Conferences and events: the same real events, different people -------------------------
decoy("London Tech Week (real) partner invitation", "email", "2025-03-28",
      persona("Olivia Barnes", "Partnerships, London Tech Week", "London Tech Week", "Partnerships Manager",
              "London", None, emails=["olivia.barnes.ltw@gmail.com"], websites=[LTW]),
      "ai",
      "Hi, London Tech Week returns to Olympia in June. We'd love to have you on an AI safety panel. "
      "Speakers get a free pass; we don't cover fees. Programme: " + LTW)
decoy("London Tech Week: a start-up founder asks to meet there", "linkedin", "2025-05-29",
      persona("Ravi Kapoor", "Founder & CEO, Lumenfold", "Lumenfold", "Founder", "London", "ravi-kapoor-lumen",
              connections=500),
      "ai",
      "Hi, I saw you're speaking at London Tech Week. We're building evaluation tooling for LLMs — "
      "would you have 15 minutes for a coffee at the event? " + LTW)
decoy("London Tech Week: a sales rep inviting to a stand", "linkedin", "2025-06-04",
      persona("Lily Walker", "Account Executive, Snowflake", "Snowflake", "Account Executive", "London",
              "lily-walker-snow", connections=500),
      "software",
      "Hi, we'll be at stand B12 at London Tech Week. Come by for a demo of our data clean rooms! " + LTW)
decoy("DSEI (real) exhibitor invitation", "linkedin", "2025-07-30",
      persona("Simon Price", "Business Development, Cohort plc", "Cohort plc", "Business Development Manager",
              "Theale", "simon-price-cohort", connections=500),
      "defence",
      "Hi, we'll be exhibiting at DSEI in September. If you're attending, would you like to meet our "
      "team about sonar processing? " + DSEI)
decoy("DSEI: a trade journalist requests an on-record interview", "email", "2025-08-01",
      persona("Nadia Hussain", "Reporter, Defence trade press", "Shephard Media", "Reporter", "London", None,
              emails=["nadia.hussain.press@outlook.com"]),
      "defence",
      "Hello, I'm covering DSEI for Shephard. Would you be willing to give an on-the-record comment "
      "about your company's public announcement? Your press office is copied. " + DSEI)
decoy("DSEI: an old colleague suggests meeting at the show", "linkedin", "2025-08-22",
      persona("Gareth Lloyd", "Programme Manager at MBDA", "MBDA UK", "Programme Manager", "Stevenage",
              "gareth-lloyd-mbda", connections=412),
      "defence",
      "Hey, long time! Are you going to DSEI this year? Would be great to grab a pint after the show.")
decoy("CYBERUK (real, NCSC) speaker call", "email", "2025-01-30",
      persona("Ruth Adeyemi", "Events Team", "CYBERUK", "Events Coordinator", "Manchester", None,
              emails=["cyberuk.speakers@outlook.com"]),
      "telecom",
      "Dear colleague, the CYBERUK call for speakers is open until 14 February. Sessions are "
      "unpaid; travel for public-sector speakers is not covered. Submit via the official site.")
decoy("IEEE Quantum Week invited talk; travel reimbursed by the conference (hard negative)", "email", "2025-02-27",
      persona("Prof. Daniel Okoro", "Programme Chair, IEEE Quantum Week", "IEEE", "Programme Chair",
              "Albuquerque, New Mexico", None, emails=["d.okoro.qce@gmail.com"]),
      "quantum",
      "Dear Dr., on behalf of the programme committee I'd like to invite you to give a tutorial at "
      "IEEE Quantum Week. Tutorial presenters receive free registration and economy travel "
      "reimbursement under IEEE rules. Slides will be published.")
decoy("WAIC Shanghai public speaker invitation (hard negative)", "email", "2025-04-30",
      persona("Wang Li", "Programme Office, World Artificial Intelligence Conference", "WAIC", "Programme Officer",
              "Shanghai, China", None, emails=["wangli_waic@163.com"]),
      "ai",
      "Dear Professor, we are pleased to invite you to speak on the AI governance forum at WAIC in "
      "Shanghai. The session is public and streamed. Economy flights and hotel are covered for "
      "speakers; please check with your institution's travel rules.")
decoy("university summer school announcement (Oxford, real university)", "email", "2025-03-31",
      persona("Eleanor Marsh", "Outreach Officer", "University of Oxford", "Outreach Officer", "Oxford", None,
              emails=["eleanor.marsh.outreach@gmail.com"], websites=["https://www.ox.ac.uk"]),
      "quantum",
      "Hello, applications are open for the Oxford quantum summer school for PhD students. "
      "Information at https://www.ox.ac.uk — please share with your group.")
decoy("the same Oxford event, a PhD student asking for a lift-share", "linkedin", "2025-06-30",
      persona("Li Na", "PhD student, University of Bristol", "University of Bristol", "PhD student", "Bristol",
              "li-na-bristol-phd", connections=212),
      "quantum",
      "Hi, I saw you're also going to the Oxford quantum summer school. Would you like to share a "
      "taxi from the station? I'm arriving Sunday evening.")

# --- Academics and students, openly ---------------------------------------------------------
decoy("Tsinghua professor proposing an open, published collaboration (hard negative)", "email", "2025-01-22",
      persona("Prof. Zhang Wei", "Professor of Materials Science, Tsinghua University", "Tsinghua University",
              "Professor", "Beijing, China", None),
      "university",
      "Dear Professor, I enjoyed your talk at the MRS meeting. Would you be interested in a joint "
      "paper on perovskite stability, using only published data? We would go through both "
      "universities' research offices for any agreement.")
decoy("PhD student survey via Qualtrics (generic survey host, own path)", "linkedin", "2025-02-26",
      persona("Maria Santos", "PhD researcher, King's College London", "King's College London", "PhD researcher",
              "London", "maria-santos-kcl", connections=256),
      "thinktank",
      "Hi, I'm researching how think tanks use open-source intelligence. Ethics-approved, anonymous "
      "survey (10 min): https://kcl.eu.qualtrics.com/jfe/form/SV_3xK9aZ — thank you!")
decoy("Fudan visiting scholar seeking a host lab openly, via the university", "email", "2025-03-27",
      persona("Liu Yang", "Associate Professor, Fudan University", "Fudan University", "Associate Professor",
              "Shanghai, China", None),
      "university",
      "Dear Dr., I am applying for a CSC visiting scholarship and would like to spend six months in "
      "your group working on published topics. I would follow all your university's rules.")
decoy("Chinese student asking about a master's programme; qq.com", "email", "2025-04-28",
      persona("Chen Xi", "Undergraduate, Zhejiang University", "Zhejiang University", "Student", "Hangzhou, China",
              None, emails=["chenxi_zju2003@qq.com"]),
      "university",
      "Dear Professor, I am applying for the MSc in Advanced Materials at Manchester. Could you tell "
      "me if your group accepts MSc project students? Thank you very much.")
decoy("Edinburgh lecturer inviting to a seminar", "linkedin", "2025-05-27",
      persona("Dr. Fiona Campbell", "Lecturer, University of Edinburgh", "University of Edinburgh", "Lecturer",
              "Edinburgh", "fiona-campbell-ed", connections=380),
      "ai",
      "Hi, would you like to give our reading-group seminar on interpretability? It's informal and "
      "unpaid, but we'll buy you lunch!")
decoy("Cambridge postdoc asking for a dataset that is public", "email", "2025-06-28",
      persona("James Smith", "Postdoctoral Researcher, University of Cambridge", "University of Cambridge",
              "Postdoctoral Researcher", "Cambridge", None, emails=["jsmith.cam.research@gmail.com"]),
      "university",
      "Hi, I'm trying to reproduce figure 3 of your 2023 paper. Is the dataset on Zenodo the final "
      "version? Thanks!")
decoy("Imperial PhD recruitment advert shared by a lecturer", "linkedin", "2025-07-29",
      persona("Dr. Kenji Watanabe", "Senior Lecturer, Imperial College London", "Imperial College London",
              "Senior Lecturer", "London", "kenji-watanabe-icl", connections=450),
      "university",
      "Hi, we have two funded PhD places in battery materials starting October. Could you share "
      "with strong Master's students? Details on the Imperial website.")

# --- Journalists on the record -------------------------------------------------------------
decoy("FT journalist asking for an on-record comment", "email", "2025-02-13",
      persona("Helen Ashworth", "Reporter, Financial Times", "Financial Times", "Reporter", "London", None,
              emails=["helen.ashworth.ft@gmail.com"]),
      "energy",
      "Hello, I'm writing about grid connection reform for the FT. Would you be willing to speak on "
      "the record, or point me to your press office? Deadline Thursday.")
decoy("BBC producer booking a studio guest", "linkedin", "2025-03-13",
      persona("Tom Fletcher", "Producer, BBC Radio 4", "BBC", "Producer", "London", "tom-fletcher-bbc",
              connections=500),
      "thinktank",
      "Hi, we're doing a segment on undersea cables on Thursday's programme. Would you be available "
      "for a 5-minute live interview? We pay a standard contributor fee.")
decoy("Economist data journalist asking about published statistics", "email", "2025-04-11",
      persona("Priya Desai", "Data Journalist, The Economist", "The Economist", "Data Journalist", "London", None,
              emails=["priya.desai.data@outlook.com"]),
      "finance",
      "Hi, I'm working on a chart about UK productivity. Do you know whether the ONS series you "
      "cited in your blog has been revised? Thanks a lot.")

# --- Former colleagues, alumni, friends ------------------------------------------------------
decoy("former colleague, congratulations note", "linkedin", "2025-01-15",
      persona("John Smith", "Engineering Manager at Sky", "Sky", "Engineering Manager", "London",
              "john-smith-sky-eng", connections=500),
      "software",
      "Congrats on the new job! Hope the team is treating you well. Let's catch up soon.")
decoy("alumni association reunion invitation", "email", "2025-02-16",
      persona("Emily Clarke", "Alumni Relations Officer", "University of Manchester", "Alumni Relations Officer",
              "Manchester", None, emails=["emily.clarke.alumni@gmail.com"]),
      "university",
      "Dear alumnus, we're holding a 10-year reunion for the 2015 engineering graduates on 14 June. "
      "Tickets are £25. We hope to see you there!")
decoy("ex-colleague asking for a reference", "linkedin", "2025-03-17",
      persona("Sarah Johnson", "Senior Analyst at Ofgem", "Ofgem", "Senior Analyst", "Glasgow",
              "sarah-johnson-ofgem", connections=287),
      "energy",
      "Hi! I'm applying for a role at DESNZ and they've asked for a referee. Would you be happy to "
      "be mine? I'll send the details.")
decoy("old school friend, default avatar", "linkedin", "2025-04-18",
      persona("Mohammed Khan", "Pharmacist", "Boots", "Pharmacist", "Leicester", "mohammed-khan-boots",
              photo="default", connections=98),
      "health",
      "Hey mate, saw your profile pop up. Hope you're well — are you still in touch with the old "
      "crowd from school?")
decoy("ex-colleague from the same department, moving to a think tank", "linkedin", "2025-05-19",
      persona("Anna Müller", "Research Fellow, Stiftung Wissenschaft und Politik", "SWP", "Research Fellow",
              "Berlin", "anna-mueller-swp", connections=410),
      "bundestag",
      "Hallo! Ich habe gerade bei der SWP angefangen. Lass uns bald mal einen Kaffee trinken.")
decoy("RUSI event invitation (real think tank), public", "email", "2025-06-20",
      persona("Charles Whitby", "Events Manager, RUSI", "RUSI", "Events Manager", "London", None,
              emails=["charles.whitby.events@gmail.com"]),
      "thinktank",
      "Dear colleague, you are invited to RUSI's public launch of its report on European air "
      "defence on 3 July. The event is on the record and will be livestreamed.")
decoy("Chatham House membership renewal", "email", "2025-07-21",
      persona("Membership Team", None, "Chatham House", None, "London", None, photo=None,
              emails=["chathamhouse.membership@outlook.com"]),
      "thinktank",
      "Your individual membership of Chatham House expires on 31 July. Renew online to keep "
      "access to members' events.")
decoy("a peer asking to connect after a conference, default avatar", "linkedin", "2025-08-20",
      persona("David Chen", "Power Electronics Engineer, Compound Semiconductor Applications Catapult",
              "CSA Catapult", "Power Electronics Engineer", "Newport", "david-chen-csac", photo="default",
              connections=143),
      "semis",
      "Hi, we chatted at the CS International conference about SiC reliability. Would be good to stay "
      "in touch.")

# --- Sales and services --------------------------------------------------------------------
decoy("SaaS sales rep with own Calendly slug", "linkedin", "2025-01-28",
      persona("Jake Turner", "SDR at Gong", "Gong", "Sales Development Representative", "London",
              "jake-turner-gong", connections=500),
      "software",
      "Hi, quick one — do your sales teams record their calls? Happy to show how Gong helps. "
      "https://calendly.com/jake-turner-gong/demo")
decoy("training provider selling a security clearance course (legitimate, pushy)", "email", "2025-02-28",
      persona("Karen White", "Course Adviser", "Learning People", "Course Adviser", "London", None,
              emails=["karen.white.courses@gmail.com"]),
      "defence",
      "Hi, our CISSP bootcamp starts on Monday — only 3 places left! Employers in defence value it "
      "highly. Call me to reserve your place.")
decoy("office furniture sales, default avatar", "linkedin", "2025-03-29",
      persona("Gary Hughes", "Sales Manager, Office Furniture Direct", "Office Furniture Direct", "Sales Manager",
              "Birmingham", "gary-hughes-ofd", photo="default", connections=500),
      "gov",
      "Hi, are you responsible for your department's office move? We supply ergonomic furniture to "
      "many public-sector buildings.")
decoy("Huawei sales with a different WeChat, another person (hard negative)", "wechat", "2025-04-29",
      persona("Wei Zhang", "Sales Director, Huawei Cloud", "Huawei", "Sales Director", "Shenzhen, China", None,
              handles={"wechat": "zhangwei_hwcloud"}),
      "telecom",
      "你好，感谢你参加我们的云服务研讨会。Please let me know if your team would like a trial account.")
decoy("consultancy partner inviting to a breakfast briefing (Big Four)", "linkedin", "2025-05-30",
      persona("Victoria Shaw", "Partner, PwC", "PwC", "Partner", "London", "victoria-shaw-pwc", connections=500),
      "finance",
      "Hi, we're hosting a breakfast briefing on the Bank of England's new stress test scenarios. "
      "Would you like to join? It's at our Embankment office.")
decoy("cloud vendor event with free webmail, different local part", "email", "2025-06-27",
      persona("Mei Ling Tan", "Field Marketing, Google Cloud", "Google", "Field Marketing Manager", "London", None,
              emails=["meiling.tan.events@gmail.com"], websites=[GOOGLE_CAREERS]),
      "ai",
      "Hi, Google Cloud Summit London is on 9 July. Here's your registration link. Lunch provided!")
decoy("public appointment headhunt by a real search firm (hard negative)", "email", "2025-07-02",
      persona("Rosalind Hart", "Consultant, Saxton Bampfylde", "Saxton Bampfylde", "Consultant", "London", None,
              emails=["rosalind.hart.sb@outlook.com"]),
      "gov",
      "Dear Ms., we have been retained by the Cabinet Office to find a non-executive director for a "
      "public body. The appointment is regulated by the Commissioner for Public Appointments and the "
      "advert is on the government's public appointments site.")
decoy("Thales recruiter, stock note, default avatar", "linkedin", "2025-08-05",
      persona("Mohammed Khan", "Talent Acquisition Partner at Thales", "Thales UK", "Talent Acquisition Partner",
              "Glasgow", "mohammed-khan-thales", photo="default", connections=500),
      "defence",
      "Hi, I came across your profile and was impressed by your optronics experience. Thales in "
      "Glasgow is hiring. Happy to tell you more.")
decoy("former colleague in China on 163.com, catching up", "email", "2025-08-13",
      persona("Zhou Lei", "Engineer", "SMIC", "Engineer", "Shanghai, China", None,
              emails=["zhoulei_1985@163.com"]),
      "semis",
      "Hi old friend! It has been years since our time at the Cambridge lab. I'm now in Shanghai "
      "with two kids. Hope you are well — send me a photo of your family!")
decoy("Munich recruiter, common name", "linkedin", "2025-08-25",
      persona("Anna Müller", "Recruiterin bei Hays", "Hays", "Recruiterin", "München", "anna-mueller-hays-muc",
              connections=500),
      "aero",
      "Hallo, I came across your profile and your experience in flight test caught my eye. A client in "
      "Munich is hiring. Would you like to talk?")
decoy("GovTech Singapore recruiter (genuine Singapore employer)", "linkedin", "2025-09-01",
      persona("Jasmine Lim", "Talent Acquisition, GovTech Singapore", "Government Technology Agency",
              "Talent Acquisition", "Singapore", "jasmine-lim-govtech", connections=500),
      "software",
      "Hi, GovTech is hiring product engineers for public digital services in Singapore. Would you "
      "consider relocating? Happy to share the official job listings.")
decoy("qq.com: a student asking for a recommendation letter they earned", "email", "2025-09-08",
      persona("Wang Jing", "MSc graduate", None, None, "Nanjing, China", None, emails=["wangjing_mscnj@qq.com"]),
      "university",
      "Dear Professor, thank you for supervising my MSc project last year. I am applying for PhD "
      "programmes — would you be willing to write me a reference letter?")
decoy("John Smith #4, genuine Lockheed Martin recruiter", "linkedin", "2025-09-12",
      persona("John Smith", "Sr. Recruiter, Lockheed Martin", "Lockheed Martin", "Senior Recruiter", "Bethesda, Maryland",
              "john-smith-lmco-rec", connections=500),
      "us_defence",
      "Hi, I came across your profile and was impressed by your experience. We have cleared systems "
      "engineering roles in Maryland; apply via the Lockheed Martin careers site and mention my name.")


# =============================================================================================
# Writing the file
# =============================================================================================

def _bits(a: str, b: str) -> int:
    return bin(int(a, 16) ^ int(b, 16)).count("1")


def build() -> list[dict]:
    rng = random.Random(SEED)
    records = list(RECORDS)
    rng.shuffle(records)

    # Hashes written by hand (campaign photos, the default avatar): drawn photos keep away from them.
    fixed = [r["persona"]["_photo"] for r in records
             if r["persona"]["_photo"] not in ("own", "default", None)] + [DEFAULT_AVATAR]
    drawn: list[str] = []

    names = [f"{f} {l}" for f in TARGET_FIRST for l in TARGET_LAST]
    rng.shuffle(names)

    out = []
    for number, r in enumerate(records, start=1):
        p = dict(r["persona"])
        photo = p.pop("_photo")
        if photo == "own":
            while True:
                photo = f"{rng.getrandbits(64):016x}"
                if all(_bits(photo, h) >= 16 for h in fixed + drawn):
                    break
            drawn.append(photo)
        elif photo == "default":
            photo = DEFAULT_AVATAR
        if photo is not None:
            p["photo"] = {"phash": photo}
        organisation, role = rng.choice(SECTORS[r["sector"]])
        target = {"name": r["target_name"] or names[number - 1], "organisation": organisation, "sector": r["sector"], "role": role}
        campaign = r["group"] if r["group"].startswith("ho-c") else None
        record = {
            "schema": "counterlink.approach/1",
            "id": f"ho-{number:04d}",
            "source": SOURCE,
            "channel": r["channel"],
            "received_at": r["date"],
            "persona": p,
            "target": target,
            "messages": [{"sender": s, "sent_at": r["date"], "text": t} for s, t in r["messages"]],
            "label": "benign" if r["group"] == "decoy" else "malicious",
            "annotations": {"campaign": campaign, "link_class": r["link_class"], "notes": r["notes"]},
        }
        if r["account"]:
            record["account"] = r["account"]
        out.append(record)
    return out


def main() -> None:
    records = build()
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    groups: dict[str, int] = {}
    for record in records:
        key = record["annotations"]["campaign"] or record["annotations"]["link_class"]
        groups[key] = groups.get(key, 0) + 1
    print(f"wrote {len(records)} approaches to {OUT}")
    for key in sorted(groups):
        print(f"  {key}: {groups[key]}")


if __name__ == "__main__":
    main()
