#!/usr/bin/env python3
"""Build data/campaigns-heldout3/approaches.jsonl from the hand-written tables below.

Every persona, message, firm, domain, handle and number here was written by hand for this set.
The fixed seed only shuffles record order (ids), pairs records with invented targets, sets
dates and draws photo hashes for personas whose photo is their own. Same bytes every run.
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

SEED = 31603
SOURCE = "counterlink.handmade-heldout3/1"
HERE = Path(__file__).resolve().parent
# Our own placeholder value for LinkedIn's grey default silhouette (not the value earlier sets used).
DEFAULT_AVATAR = "e1c3a58181a5c3e1"

rng = random.Random(SEED)
RECORDS: list[dict] = []


def flip(h: str, bits: list[int]) -> str:
    v = int(h, 16)
    for b in bits:
        v ^= 1 << b
    return f"{v:016x}"


def rec(group, cls, notes, channel, name, *, msgs, headline=None, company=None, title=None,
        location=None, about=None, emails=None, phones=None, websites=None, handles=None,
        photo="own", sector="general", label=None, url="auto", connections=None):
    persona: dict = {"name": name}
    if headline:
        persona["headline"] = headline
    if location:
        persona["location"] = location
    if about:
        persona["about"] = about
    if company or title:
        persona["experience"] = [{k: v for k, v in (("title", title), ("company", company)) if v}]
    if photo is not None:
        persona["photo"] = {"phash": photo}
    contacts = {k: v for k, v in (("emails", emails), ("phones", phones), ("websites", websites),
                                  ("handles", handles)) if v}
    if contacts:
        persona["contacts"] = contacts
    if connections is not None:
        persona["connections"] = connections
    if url == "auto" and channel == "linkedin":
        persona["url"] = "auto"
    elif url and url != "auto":
        persona["url"] = url
    messages = []
    for m in msgs:
        if isinstance(m, tuple):
            messages.append({"sender": m[0], "text": m[1]})
        else:
            messages.append({"sender": "persona", "text": m})
    if label is None:
        label = "benign" if group is None and cls == "decoy" else "malicious"
    RECORDS.append({
        "channel": channel, "persona": persona, "messages": messages, "label": label,
        "_sector": sector,
        "annotations": {"campaign": group, "link_class": cls, "notes": notes},
    })


# ---------------------------------------------------------------------------------------------
# h3-c01  phone_formats: UK WhatsApp number 07700 900682, "Grid Resilience" conference organisers
# ---------------------------------------------------------------------------------------------
C01 = "h3-c01"
rec(C01, "phone_formats", "'+44 7700 900682' in text", "linkedin", "Harriet Lowe",
    headline="Delegate Relations | Northsea Grid Resilience Forum", company="Northsea Grid Resilience Forum",
    title="Delegate Relations Lead", location="London", sector="energy",
    msgs=["Hello, we are putting together the invited-speaker list for the Northsea Grid Resilience Forum "
          "in Rotterdam this autumn. Your name came up as someone who really understands interconnector "
          "outages. Travel and hotel are on us and there is a speaker fee. It's easier to sort out details "
          "on WhatsApp: +44 7700 900682."])
rec(C01, "phone_formats", "channel whatsapp, number only in contacts.phones as +447700900682", "whatsapp",
    "Oliver Brandt", phones=["+447700900682"], sector="energy", photo=None,
    msgs=["Hi, Oliver here from the organising office, Harriet passed me your details. We'd love you on "
          "the closed panel about substation hardening. Could you send me a one-page outline of what "
          "you'd cover, including anything from your current projects? Fee is EUR 2,500."])
rec(C01, "phone_formats", "e-mail signature 'M: 07700 900 682'", "email", "Fenna de Vries",
    emails=["fenna.devries.events@outlook.com"], sector="energy", photo=None,
    msgs=["Dear colleague,\n\nFollowing up on our LinkedIn note: the Offshore Interconnection Security "
          "Roundtable (invitation only) will take place in Bruges. We would cover flights and offer an "
          "honorarium of EUR 3,000. Ahead of the meeting we ask speakers for a short written input on "
          "vulnerabilities they see in current grid-balancing arrangements.\n\nKind regards,\nFenna de Vries\n"
          "Programme Office\nM: 07700 900 682 (WhatsApp preferred)"])
rec(C01, "phone_formats", "'(0)7700-900682' in text, 'Call or WhatsApp'", "linkedin", "Tom Okonjo",
    headline="Conference Producer – Energy Security", company="Baltic Cable & Grid Summit", sector="energy",
    msgs=["Great to connect. I produce the Baltic Cable & Grid Summit - we pay speakers properly and keep "
          "sessions off the record. Would you consider a 20-minute talk on cable monitoring? Call or "
          "WhatsApp me on +44 (0)7700-900682 and I'll explain the arrangements."])
rec(C01, "phone_formats", "'wa.me/447700900682' link in text", "linkedin", "Selin Aydın",
    headline="Partnerships | European Grid Security Week", company="European Grid Security Week", sector="energy",
    msgs=["Hi! Quick one - we have one speaker slot left at our Lisbon meeting on grid cyber-resilience. "
          "All costs covered + honorarium. Message me here so we can move fast: wa.me/447700900682"])
rec(C01, "phone_formats", "'0044 7700 900682' in an e-mail", "email", "Northsea Forum Secretariat",
    emails=["nsgrf.secretariat@gmail.com"], sector="energy", photo=None,
    msgs=["Dear Speaker,\n\nThank you for your interest. Before we confirm travel, the chair would like a short "
          "background note on outage response planning at your organisation (not for publication). "
          "For anything urgent, our coordinator can be reached on 0044 7700 900682.\n\nSecretariat"])
rec(C01, "phone_formats", "number in contacts.phones as '+44 7700 900 682', text points to the profile",
    "linkedin", "Maja Lindqvist", headline="Speaker Liaison, Grid & Cable Security Events", phones=["+44 7700 900 682"],
    company="Nordic Energy Events", sector="energy",
    msgs=["Hello, thanks for accepting. We're assembling a small expert circle on North Sea cable security "
          "for a paid, invitation-only workshop. My WhatsApp number is in my contact info - it's the "
          "quickest way to reach me."])

# ---------------------------------------------------------------------------------------------
# h3-c02  firm_variants: Kestrel Bridge Talent Partners, talent-programme headhunters
# ---------------------------------------------------------------------------------------------
C02 = "h3-c02"
_talent = ("an overseas high-level talent programme run with a provincial government")
rec(C02, "firm_variants", "company 'Kestrel Bridge Talent Partners'", "linkedin", "Grace Lin",
    headline="Senior Consultant – Scientific Talent", company="Kestrel Bridge Talent Partners", sector="batteries",
    msgs=[f"Dear Dr, I lead searches for {_talent}. Selected scientists receive a start-up grant of up to "
          "RMB 5 million, a second laboratory in Hefei and a salary you can draw while keeping your current "
          "post. Many of our candidates do not need to tell their current university. Could I send you the "
          "details? It would help to see a summary of your unpublished solid-state electrolyte results."])
rec(C02, "firm_variants", "company 'Kestrel Bridge Talent Partners Ltd.'", "linkedin", "Daniel Hu",
    headline="Talent Partner | Advanced Materials", company="Kestrel Bridge Talent Partners Ltd.", sector="materials",
    msgs=["Hi, I am recruiting for a part-time visiting professorship (three months a year) with generous "
          "research funding. The appointment is arranged discreetly. Please send your CV, your current "
          "grants, and a list of your collaborators so we can position you correctly."])
rec(C02, "firm_variants", "firm only in the headline, in capitals; no company field", "linkedin", "Iris Zheng",
    headline="KESTREL BRIDGE TALENT PARTNERS | Global Scientist Recruitment", sector="photonics",
    msgs=["Hello, your photonics work is exactly what our client programme is looking for. The package "
          "includes a personal award, housing and a lab. It is compatible with your current job. Shall we "
          "talk on WeChat? My id is zheng_iris_kbtp."], handles=None)
rec(C02, "firm_variants", "company 'Kestrel-Bridge Talent Partners GmbH'", "linkedin", "Felix Wang",
    headline="Recruitment Consultant DACH", company="Kestrel-Bridge Talent Partners GmbH", location="Munich",
    sector="hypersonics",
    msgs=["Guten Tag, I contact you regarding a confidential appointment for senior researchers in "
          "high-speed aerodynamics. Flexible residence, funding of up to EUR 600k per year. For the first "
          "step we only need your CV and an overview of current projects including sponsor names."])
rec(C02, "firm_variants", "company '鹰桥人才咨询有限公司', English name in brackets in the text", "linkedin", "陈静",
    company="鹰桥人才咨询有限公司", location="深圳", sector="ai_chips",
    msgs=["Dear Professor, I am Chen Jing from 鹰桥人才咨询 (Kestrel Bridge Talent Partners). We help "
          "overseas experts join national and provincial talent plans. For AI accelerator designers "
          "the support is very strong. You can keep your position abroad. May I add you on WeChat?"])
rec(C02, "firm_variants", "firm only in text as 'Kestrel Bridge Talent Partners Pte. Ltd.'; company 'Independent talent consultant'",
    "linkedin", "Marcus Teo", company="Independent talent consultant", location="Singapore", sector="quantum",
    msgs=["Hi, I work with Kestrel Bridge Talent Partners Pte. Ltd. in Singapore on quantum talent for a "
          "research institute in China. Part-time appointment, no need to relocate, grant and salary "
          "paid separately. Interested? I'd need a CV and a short note on your lab's current roadmap."])
rec(C02, "firm_variants", "company 'KestrelBridge Talent Partners LLP' (run together, LLP)", "linkedin", "Sophie Rao",
    headline="Partner", company="KestrelBridge Talent Partners LLP", location="London", sector="biotech",
    msgs=["Dear Dr, we represent a programme recruiting leading synthetic biology researchers. Award "
          "RMB 3m + lab. Your employer does not need to be involved at this stage. Could we have a call?"])
rec(C02, "firm_variants", "e-mail; signature 'Kestrel Bridge Talent Partners (Shenzhen) Co., Ltd.'", "email",
    "Kevin Luo", emails=["kevin.luo.talent@163.com"], sector="semiconductors", photo=None,
    msgs=["Dear Sir,\n\nFurther to my LinkedIn message, I attach nothing today but would like to ask for your "
          "updated CV, list of patents pending and names of your PhD students. The programme committee "
          "meets next month.\n\nBest regards\nKevin Luo\nKestrel Bridge Talent Partners (Shenzhen) Co., Ltd."])

# ---------------------------------------------------------------------------------------------
# h3-c03  email_domain: tidewater-scholarly.org, a fake maritime-strategy journal
# ---------------------------------------------------------------------------------------------
C03 = "h3-c03"
rec(C03, "email_domain", "editor@tidewater-scholarly.org in contacts; publication 'Tidewater Review of Maritime Strategy'",
    "linkedin", "Dr. Alan Prescott", headline="Editor-in-Chief, Tidewater Review of Maritime Strategy",
    company="Tidewater Review of Maritime Strategy", emails=["editor@tidewater-scholarly.org"], sector="naval",
    msgs=["Dear colleague, we are commissioning short papers (3,000 words) on submarine industrial capacity "
          "for a special issue. Authors receive a GBP 1,800 honorarium. Papers may draw on practitioner "
          "knowledge that is not yet published; we anonymise all authors on request."])
rec(C03, "email_domain", "'Managing.Editor@Tidewater-Scholarly.org' in text (mixed case); 'Indo-Pacific Naval Quarterly'",
    "linkedin", "Rebecca Vance", headline="Managing Editor | Indo-Pacific Naval Quarterly",
    company="Indo-Pacific Naval Quarterly", sector="naval",
    msgs=["Hi, we'd welcome a commissioned piece from you on AUKUS Pillar 1 timelines. Paid, quick turnaround, "
          "fully anonymous if you like. Please write to Managing.Editor@Tidewater-Scholarly.org with a "
          "150-word outline."])
rec(C03, "email_domain", "subdomain reviews@press.tidewater-scholarly.org in contacts; no publication named",
    "linkedin", "Jonas Whitfield", headline="Commissioning editor", emails=["reviews@press.tidewater-scholarly.org"],
    sector="defence_policy",
    msgs=["Hello, I commission practitioner briefs on naval procurement for a small readership of senior "
          "analysts. Fee USD 2,000 per brief. Happy to explain by e-mail - address on my profile."])
rec(C03, "email_domain", "website 'https://www.tidewater-scholarly.org/authors/commissioned?utm_source=linkedin&utm_medium=inmail&utm_campaign=q3'; 'TRMS'",
    "linkedin", "Helen Marsh", headline="Associate Editor, TRMS", company="TRMS", sector="naval",
    websites=["https://www.tidewater-scholarly.org/authors/commissioned?utm_source=linkedin&utm_medium=inmail&utm_campaign=q3"],
    msgs=["Dear author, TRMS invites you to contribute to our forthcoming issue on Indo-Pacific basing. "
          "We offer an honorarium and rapid review. Guidance is on our website (link on my profile)."])
rec(C03, "email_domain", "channel email, sender j.hartwell@TIDEWATER-SCHOLARLY.ORG (capitals); 'Tidewater Scholarly Press'",
    "email", "James Hartwell", emails=["j.hartwell@TIDEWATER-SCHOLARLY.ORG"], sector="naval", photo=None,
    msgs=["Dear Dr,\n\nTidewater Scholarly Press would be glad to receive your paper on dockyard capacity. "
          "As discussed, the more specific the figures on maintenance backlogs the better; reviewers value "
          "insider perspective. The honorarium (GBP 2,200) is paid on acceptance.\n\nJames Hartwell"])
rec(C03, "email_domain", "obfuscated 'submissions [at] tidewater-scholarly [dot] org' in text; no publication",
    "linkedin", "Claire Dunmore", headline="Editorial assistant", sector="defence_policy",
    msgs=["Hi, a quick invitation to write for our maritime strategy series - paid, anonymous option available. "
          "Send a short abstract to submissions [at] tidewater-scholarly [dot] org and mention my name."])

# ---------------------------------------------------------------------------------------------
# h3-c04  photo: one stock photo 5e2b9d7043c1a8f6, re-encoded (0-5 bits)
# ---------------------------------------------------------------------------------------------
C04 = "h3-c04"
P04 = "5e2b9d7043c1a8f6"
rec(C04, "photo", "phash 5e2b9d7043c1a8f6 (0 bits); venture scout", "linkedin", "Chloe Barrett",
    headline="Venture Scout | Deep Tech", company="Aurelian Frontier Fund", photo=P04, sector="drones",
    msgs=["Hi, I scout deep-tech start-ups for a Hong Kong fund. Your autonomy stack looks fascinating. "
          "Could you share your latest test results and who your government customers are?"])
rec(C04, "photo", "1 bit away; conference chair", "linkedin", "Natalie Sørensen",
    headline="Chair, Arctic Security Dialogue", company="Arctic Security Dialogue", photo=flip(P04, [7]), sector="arctic",
    msgs=["Dear colleague, we host a private dialogue on Arctic shipping routes in Tromsø. All expenses paid, "
          "honorarium EUR 2,000. We'd value your frank views on NATO planning there."])
rec(C04, "photo", "2 bits away; headhunter", "linkedin", "Amelia Hughes",
    headline="Executive Search – Aerospace", company="Pinnacle Orbit Search", photo=flip(P04, [3, 40]), sector="aerospace",
    msgs=["Hello, I have a confidential senior role with a space-launch client. Remote, very well paid. "
          "Please send your CV and a summary of programmes you have worked on, including classified ones "
          "in general terms."])
rec(C04, "photo", "3 bits away; NGO programme officer", "linkedin", "Laura Kessler",
    headline="Programme Officer, Civic Futures Exchange", company="Civic Futures Exchange", photo=flip(P04, [12, 33, 58]),
    sector="parliament",
    msgs=["Hi, our foundation funds short papers from parliamentary staff on the legislative agenda. "
          "USD 1,500 per paper, paid via PayPal. Interested?"])
rec(C04, "photo", "4 bits away; journal editor", "linkedin", "Dr. Mia Castell",
    headline="Editor, Review of Applied Cryptography", company="Review of Applied Cryptography",
    photo=flip(P04, [0, 21, 45, 62]), sector="cyber",
    msgs=["Dear Dr, we invite you to submit a paper on post-quantum migration in government networks. "
          "Publication fee waived and an author honorarium paid."])
rec(C04, "photo", "5 bits away; consultancy analyst", "linkedin", "Sarah Lindqvist-Moore",
    headline="Senior Analyst, Greyhaven Strategic Insights", company="Greyhaven Strategic Insights",
    photo=flip(P04, [5, 17, 29, 38, 51]), sector="treasury",
    msgs=["Hi, I'm building a panel of policy experts for paid calls with an Asian client. "
          "Topics: upcoming fiscal measures, sanctions policy. USD 800 per hour."])
rec(C04, "photo", "1 bit away; 'PhD student'", "linkedin", "Emily Tran",
    headline="PhD candidate, international relations", photo=flip(P04, [26]), sector="defence_policy",
    msgs=["Hi! I'm writing my thesis on UK defence procurement and would love to interview you. "
          "I can pay for your time (GBP 300). Could we move to WhatsApp or Telegram?"])

# ---------------------------------------------------------------------------------------------
# h3-c05  template: one ~160-word "closed-door roundtable" speaker invitation, re-sent with edits
# ---------------------------------------------------------------------------------------------
C05 = "h3-c05"
_C05 = [
    "Dear {to}, I am writing on behalf of the organising committee of the {event}, a closed-door meeting of "
    "around twenty senior practitioners to be held in {city} on {date}.",
    "Your work on {topic} was recommended to us by several colleagues, and we would be honoured to have you "
    "join us as an invited speaker.",
    "We cover business-class flights, five nights at a five-star hotel and an honorarium of {fee}, paid in "
    "advance if you prefer.",
    "There is no need for slides; instead we ask each speaker to send a short written brief of three to five "
    "pages beforehand, ideally covering perspectives that have not yet appeared in public.",
    "The meeting is held under strict non-attribution, so the briefs are seen only by the committee and our sponsors.",
    "Because the guest list is confidential, we would be grateful if you kept this invitation between us and "
    "did not route it through your institution.",
    "If you are interested, please reply with your personal e-mail address and a convenient time for a brief "
    "call with our chair.",
    "With warm regards, {sender}, Secretariat",
]


def c05(sender, channel, fill, order=None, edits=(), split=None, notes="", **kw):
    sents = [s.format(sender=sender, **fill) for s in _C05]
    order = order or list(range(8))
    parts = [sents[i] for i in order]
    text = " ".join(parts)
    for old, new in edits:
        assert old in text, (sender, old)
        text = text.replace(old, new)
    if split:
        a, b = text.split(split, 1)
        msgs = [a.strip(), ("target", "Thanks - what sort of brief do you mean?"), (split + b).strip()]
    else:
        msgs = [text]
    rec(C05, "template", notes, channel, sender, msgs=msgs, **kw)


c05("Lydia Fenwick", "linkedin", dict(to="Dr Ahmed", event="Geneva Forum on Strategic Stability", city="Geneva",
    date="14 October", topic="missile-defence sensors", fee="USD 5,000"), notes="verbatim but for the fill-ins",
    headline="Secretariat, Geneva Forum on Strategic Stability", company="Geneva Forum on Strategic Stability",
    sector="defence_policy")
c05("Victor Ma", "linkedin", dict(to="Ms Patel", event="Pacific Energy Transition Roundtable", city="Macau",
    date="3 November", topic="LNG supply contracts", fee="GBP 4,000"), notes="verbatim but for the fill-ins",
    headline="Programme Director", company="Pacific Energy Transition Roundtable", sector="energy")
c05("Anna Kowalczyk", "email", dict(to="Professor Reid", event="Vienna Dialogue on Emerging Technologies",
    city="Vienna", date="22 September", topic="quantum key distribution", fee="EUR 4,500"),
    order=[0, 2, 1, 3, 4, 5, 6, 7], notes="sentences 2 and 3 swapped; e-mail",
    emails=["vdet.secretariat@outlook.com"], sector="quantum", photo=None)
c05("Henry Osei", "linkedin", dict(to="Dr Clarke", event="Lisbon Maritime Futures Meeting", city="Lisbon",
    date="8 December", topic="undersea cable protection", fee="EUR 3,800"),
    edits=[("business-class flights", "premium economy flights"), ("Dear Dr Clarke, ", "")],
    notes="greeting dropped; 'premium economy' for 'business-class'", company="Lisbon Maritime Futures Meeting",
    sector="naval")
c05("Isabel Moreau", "linkedin", dict(to="Mr Evans", event="Doha Forum for Aviation Security", city="Doha",
    date="19 January", topic="airport biometric systems", fee="USD 6,000"),
    order=[0, 1, 2, 3, 4, 6, 7], edits=[("three to five pages", "a few pages")],
    notes="secrecy sentence dropped; 'a few pages'", company="Doha Forum for Aviation Security", sector="aerospace")
c05("Robert Klein", "linkedin", dict(to="Dr Nakamura", event="Zurich Roundtable on Semiconductor Supply",
    city="Zurich", date="5 March", topic="EUV lithography supply chains", fee="CHF 5,000"),
    order=[0, 1, 3, 2, 4, 5, 6, 7], edits=[("recommended to us by several colleagues", "brought to our attention by a number of colleagues")],
    notes="brief sentence moved before the fee sentence; one rewording", company="Zurich Roundtable on Semiconductor Supply",
    sector="semiconductors")
c05("Mei Sato", "linkedin", dict(to="Ms O'Brien", event="Singapore Cyber Resilience Circle", city="Singapore",
    date="27 February", topic="critical national infrastructure", fee="SGD 7,000"),
    edits=[("honoured", "honored"), ("strict non-attribution", "strict non attribution"), ("beforehand", "befrehand")],
    notes="two typos and US spelling", company="Singapore Cyber Resilience Circle", sector="cyber")
c05("Paul Adeyemi", "linkedin", dict(to="Dr Rossi", event="Istanbul Dialogue on Space Security", city="Istanbul",
    date="11 April", topic="satellite ground segment security", fee="USD 4,200"),
    split="There is no need for slides", notes="split over two turns, target's reply between",
    company="Istanbul Dialogue on Space Security", sector="space")
c05("Charlotte Wren", "email", dict(to="Dr Hussain", event="Berlin Circle on Biosecurity Policy", city="Berlin",
    date="30 May", topic="pathogen surveillance", fee="EUR 3,500"),
    edits=[("Because the guest list is confidential, we would be grateful if you kept this invitation between us and did not route it through your institution.",
            "We ask that you keep this invitation to yourself for now; there is no need to involve your employer."),
           ("ideally covering perspectives that have not yet appeared in public", "ideally with views that are not yet public")],
    notes="secrecy sentence reworded; brief sentence shortened; e-mail", emails=["bcbp.office@gmail.com"],
    sector="biotech", photo=None)
c05("Daniel Ferreira", "linkedin", dict(to="Mr Gallagher", event="Madrid Forum on Energy Networks", city="Madrid",
    date="16 June", topic="smart-meter security", fee="EUR 4,000"),
    order=[0, 1, 2, 3, 5, 4, 6, 7],
    edits=[("We cover business-class flights, five nights at a five-star hotel and an honorarium of EUR 4,000, paid in advance if you prefer.",
            "Flights in business class and a five-night stay are covered. There is also an honorarium of EUR 4,000, which we can pay in advance."),
           ("a brief call with our chair", "a short call with the chairman")],
    notes="fee sentence rewritten and split; non-attribution and secrecy sentences swapped; one rewording",
    company="Madrid Forum on Energy Networks", sector="energy")

# ---------------------------------------------------------------------------------------------
# h3-c06  template_paraphrased (hard): "investor" wanting a start-up's technical data pack
# ---------------------------------------------------------------------------------------------
C06 = "h3-c06"
rec(C06, "template_paraphrased", "version A: plain, numbered list", "linkedin", "Edward Chan",
    headline="Investment Director, Halvard Peak Capital", company="Halvard Peak Capital", sector="drones",
    msgs=["Hi, I represent a family office in Hong Kong that wants to invest USD 5-10m in companies like yours. "
          "To get to a term sheet within two weeks we would need:\n1. your full technical data pack (drawings, "
          "test data)\n2. a list of defence and government customers\n3. the export-control classification of "
          "your products.\nWe are happy to sign an NDA first, and to fly the founders to Shenzhen to meet the team."])
rec(C06, "template_paraphrased", "version B: e-mail, list reordered, amounts in words", "email", "Lorenzo Bianchi",
    emails=["l.bianchi.morrowfield@gmail.com"], sector="photonics", photo=None,
    msgs=["Dear founders,\n\nMorrowfield Ventures is considering an investment of between five and ten million "
          "dollars on behalf of an Asian limited partner. Could you tell us how your lidar modules are rated under "
          "export controls, which ministries or armed forces buy from you, and share the engineering drawings and "
          "qualification test reports? We can sign a non-disclosure agreement today. The partner will decide "
          "within a fortnight and would like to host you in Shenzhen.\n\nRegards, Lorenzo"])
rec(C06, "template_paraphrased", "version C: short and informal", "linkedin", "Jay Kwok",
    headline="Partner @ Saltmarsh Frontier Partners", company="Saltmarsh Frontier Partners", sector="batteries",
    msgs=["hey - HK family office, ~$5-10m ticket, we move fast (2 wks). send over the tech pack + who your "
          "MoD/gov clients are + ECCN/export rating and we'll sign an NDA. can fly you out to SZ too"])
rec(C06, "template_paraphrased", "version D: long and formal, requests in prose", "linkedin", "Dr. Victoria Leung",
    headline="Managing Partner, Greywing Growth", company="Greywing Growth", location="Hong Kong", sector="space",
    msgs=["Dear Mr Holloway, it is a pleasure to write. Greywing Growth advises a long-established Hong Kong family "
          "office that is building a position in European satellite technology and is prepared to commit a "
          "significant sum, in the region of five to ten million US dollars, to a single company. Our partners "
          "place great weight on technical depth, so as part of diligence they would review the complete design "
          "documentation and test campaigns, together with an understanding of your government and defence "
          "customer base and how your products are treated under export regulations. A mutual NDA can of course "
          "be put in place beforehand. We would hope to conclude within two weeks and would be delighted to "
          "receive your founding team in Shenzhen, at our expense."])
rec(C06, "template_paraphrased", "version E: two turns, the requests only in the reply", "linkedin", "Nathan Yiu",
    headline="Principal, Corvane Capital", company="Corvane Capital", sector="hypersonics",
    msgs=["Hi, we back deep-tech in aerospace for a Hong Kong family office. Ticket sizes USD 5-10m. Would you "
          "be open to a conversation?",
          ("target", "Possibly - what would you need from us?"),
          "Great. For speed (we aim to decide in 2 weeks) the partners want the full technical data room: CAD, "
          "wind-tunnel data, customer list with any MoD/DoD contracts, and your export licence status. NDA no "
          "problem. We'd also invite you to Shenzhen."])
rec(C06, "template_paraphrased", "version F: e-mail, questions as questions, different amount basis", "email",
    "Olivia Tsang", emails=["olivia.tsang.lwo@outlook.com"], sector="ai_chips", photo=None,
    msgs=["Hello,\n\nLinwood Orchard Capital is looking at a USD 8m round led by one of our LPs, a Hong Kong "
          "family. Three questions before we issue a term sheet: Can you share the chip's RTL and tape-out test "
          "results? Which government or defence bodies are customers or pilots? What is the export classification "
          "of the accelerator? Happy to sign an NDA; we'd hope to decide in about two weeks, and we would cover a "
          "visit to Shenzhen.\n\nBest, Olivia"])

# ---------------------------------------------------------------------------------------------
# h3-c07  booking_link: one Linktree page, linktr.ee/wenxi.talentdesk
# ---------------------------------------------------------------------------------------------
C07 = "h3-c07"
rec(C07, "booking_link", "'https://linktr.ee/wenxi.talentdesk' in text; firm 'Wenxi Talent Desk'", "linkedin",
    "Wendy Xie", headline="Founder, Wenxi Talent Desk", company="Wenxi Talent Desk", sector="ai",
    msgs=["Hi, I place senior AI researchers with well-funded labs in Asia. Remote-friendly, equity + cash. "
          "All my openings and my WeChat are here: https://linktr.ee/wenxi.talentdesk"])
rec(C07, "booking_link", "'linktr.ee/wenxi.talentdesk?utm_source=ig_profile' in text", "linkedin", "Ryan Ho",
    headline="Talent Acquisition (contract)", sector="quantum",
    msgs=["Hello - confidential quantum roles, package 2x your current. Details & booking: "
          "linktr.ee/wenxi.talentdesk?utm_source=ig_profile . Please bring your CV and a list of projects."])
rec(C07, "booking_link", "websites 'http://www.linktr.ee/wenxi.talentdesk', text points to the profile", "linkedin",
    "Jessica Ng", headline="Recruiter | Semiconductors", websites=["http://www.linktr.ee/wenxi.talentdesk"],
    sector="semiconductors",
    msgs=["Hi, I have a role you might like - design lead, very high salary, discreet process. The link on my "
          "profile has the job list and a form to book a call."])
rec(C07, "booking_link", "'https://LINKTR.EE/wenxi.talentdesk' (host in capitals)", "linkedin", "Kelly Fung",
    headline="Headhunter – Defence Electronics", company="Independent", sector="radar",
    msgs=["Good afternoon, I'm looking for radar engineers for a overseas client, relocation optional. "
          "Book via https://LINKTR.EE/wenxi.talentdesk and add me on WeChat from there."])
rec(C07, "booking_link", "e-mail, '<https://linktr.ee/wenxi.talentdesk>'", "email", "Talent Desk",
    emails=["wenxi.desk@qq.com"], sector="batteries", photo=None,
    msgs=["Dear candidate,\n\nThank you for your interest. Please choose a time and upload your CV, publication "
          "list and references here: <https://linktr.ee/wenxi.talentdesk>\n\nTalent Desk"])
rec(C07, "booking_link", "second turn, 'linktr.ee/wenxi.talentdesk/' with a trailing slash", "linkedin", "Alvin Seah",
    headline="Partner, talent advisory", sector="ai",
    msgs=["Hi, are you open to hearing about research-director roles abroad? Very competitive.",
          ("target", "Maybe. Where are they?"),
          "Mostly Shenzhen and Hangzhou, some remote. Everything is at linktr.ee/wenxi.talentdesk/ - pick a slot."])

# ---------------------------------------------------------------------------------------------
# h3-c08  chain: A-B WeChat, B-C host, C-D phone, D-E e-mail domain
# ---------------------------------------------------------------------------------------------
C08 = "h3-c08"
rec(C08, "chain", "A: 'WeChat: lanqiao_hr2019' in text (A-B)", "linkedin", "Lisa Qiao",
    headline="HR Consultant", company="Lanqiao HR Services", sector="rail",
    msgs=["Hello, I'm recruiting overseas experts in rail signalling for paid exchange visits. "
          "Please add me on WeChat: lanqiao_hr2019 and I'll send the programme."])
rec(C08, "chain", "B: handles.wechat 'LanQiao_HR2019' (A-B); websites 'sinoleap-exchange.org/programmes' (B-C)",
    "linkedin", "Sino-Leap Expert Exchange", headline="Connecting global experts", photo=None,
    handles={"wechat": "LanQiao_HR2019"}, websites=["sinoleap-exchange.org/programmes"], sector="rail",
    msgs=["Dear expert, our exchange centre invites foreign specialists for short paid lecture tours. "
          "See our programmes page or add our WeChat (on profile)."])
rec(C08, "chain", "C: 'https://www.SinoLeap-Exchange.org/apply?src=li' in text (B-C); phones '+1 312 555 0174' (C-D)",
    "linkedin", "Michael Dong", headline="Programme Manager, North America", phones=["+1 312 555 0174"],
    sector="nuclear",
    msgs=["Hi, we host fully funded two-week lecture visits for US experts in nuclear engineering. "
          "Apply at https://www.SinoLeap-Exchange.org/apply?src=li or call me."])
rec(C08, "chain", "D: '312-555-0174 (WhatsApp)' in text (C-D); emails admin@beiling-ridgeconsult.cn (D-E)", "linkedin",
    "Jenny Bai", headline="Consultant", company="Beiling Ridge Consulting", emails=["admin@beiling-ridgeconsult.cn"],
    sector="nuclear",
    msgs=["Hello, I help a research client commission short reports from US nuclear experts. USD 2,500 per report. "
          "Easiest to reach me on 312-555-0174 (WhatsApp)."])
rec(C08, "chain", "E: 'HR@Beiling-RidgeConsult.CN' in an e-mail (D-E)", "email", "R. Sun", photo=None,
    emails=["rsun.consult@126.com"], sector="grid",
    msgs=["Dear Sir/Madam,\n\nOur client would like a paper on US grid-operator emergency procedures. Please send "
          "your CV and invoice details to our office at HR@Beiling-RidgeConsult.CN.\n\nR. Sun"])

# ---------------------------------------------------------------------------------------------
# h3-c09  name_variants: persona 김수진 / Soo-jin Kim, employer Arcwell Aerospace Talent
# ---------------------------------------------------------------------------------------------
C09 = "h3-c09"
_arc = "Arcwell Aerospace Talent"
rec(C09, "name_variants", "'Soo-jin Kim', employer 'Arcwell Aerospace Talent'", "linkedin", "Soo-jin Kim",
    headline="Senior Recruiter at Arcwell Aerospace Talent", company=_arc, sector="aerospace",
    msgs=["Hi, I'm hiring a lead flight-control engineer for a major aerospace client. Salary well above market. "
          "The job description is password-protected; I'll send it with the password via WhatsApp or personal "
          "e-mail."])
rec(C09, "name_variants", "Hangul '김수진', employer verbatim", "linkedin", "김수진", company=_arc,
    location="Seoul", sector="aerospace",
    msgs=["Hello, sorry for my English. I have an exciting position in avionics for you. Please do the short "
          "skills test I will send (it runs on Windows) and reply with your personal e-mail."])
rec(C09, "name_variants", "'KIM Soojin' (surname first, capitals, no hyphen), e-mail, employer verbatim", "email",
    "KIM Soojin", emails=["soojin.k.recruit@gmail.com"], company=_arc, sector="radar", photo=None,
    msgs=["Dear candidate,\n\nAs discussed, attached you will find the JD as a protected archive. Please open it "
          "on your work laptop so the formatting is correct.\n\nKIM Soojin\nArcwell Aerospace Talent"])
rec(C09, "name_variants", "'Sujin Kim' (other romanisation), employer 'Arcwell Aerospace Talent Ltd'", "linkedin",
    "Sujin Kim", company="Arcwell Aerospace Talent Ltd", headline="Talent Partner", sector="space",
    msgs=["Hi! We have a confidential role in satellite propulsion. Can we continue on WhatsApp? I'll share a "
          "coding assessment there."])
rec(C09, "name_variants", "'Dr. S. J. Kim' on WhatsApp, firm only in the message", "whatsapp", "Dr. S. J. Kim",
    photo=None, sector="aerospace",
    msgs=["Hello, this is Dr Kim from Arcwell Aerospace Talent, we spoke on LinkedIn. Here is the technical "
          "test for the guidance role; please run it and send me the output."])

# ---------------------------------------------------------------------------------------------
# h3-c10  firm_translation (hard): an NGO known by its name in several languages
# ---------------------------------------------------------------------------------------------
C10 = "h3-c10"
rec(C10, "firm_translation", "English 'Foundation for Silk Road Civic Exchange'", "linkedin", "Helena Ward",
    headline="Programme Lead, Foundation for Silk Road Civic Exchange", company="Foundation for Silk Road Civic Exchange",
    sector="parliament",
    msgs=["Dear friend, our foundation supports dialogue between civil societies. We commission short "
          "'field reports' from people working around parliament on how policy on China is being shaped. "
          "GBP 1,200 per report; your name is never published."])
rec(C10, "firm_translation", "Chinese only '丝路民间交流基金会', persona 赵敏, location 北京", "linkedin", "赵敏",
    company="丝路民间交流基金会", location="北京", sector="ngo",
    msgs=["您好！我们基金会长期资助中外民间交流，希望邀请您撰写关于英国对华政策讨论的内部观察报告，每篇报酬优厚，严格保密。"])
rec(C10, "firm_translation", "Spanish 'Fundación para el Intercambio Cívico de la Ruta de la Seda' (message in Spanish)",
    "linkedin", "Lucía Ortega", company="Fundación para el Intercambio Cívico de la Ruta de la Seda", location="Madrid",
    sector="eu_policy",
    msgs=["Estimada colega: nuestra fundación encarga informes breves sobre los debates internos de la UE "
          "respecto a China. Pagamos 1.500 euros por informe y garantizamos total confidencialidad."])
rec(C10, "firm_translation", "German 'Stiftung für zivilgesellschaftlichen Austausch an der Seidenstraße' (message in German)",
    "linkedin", "Jan Hoffmeister", company="Stiftung für zivilgesellschaftlichen Austausch an der Seidenstraße",
    location="Berlin", sector="parliament",
    msgs=["Sehr geehrte Damen und Herren, unsere Stiftung beauftragt vertrauliche Lageberichte aus dem Umfeld "
          "des Bundestags zur China-Politik. Honorar 1.400 Euro pro Bericht, Ihr Name bleibt anonym."])
rec(C10, "firm_translation", "acronym with reordered words 'SRCEF – Silk Road Civic Exchange Foundation'", "linkedin",
    "Priyanka Menon", company="SRCEF – Silk Road Civic Exchange Foundation", headline="Fellowships officer",
    sector="think_tank",
    msgs=["Hi, SRCEF pays think-tank researchers for confidential notes on the UK debate about China. "
          "Would you like to be one of our correspondents?"])

# ---------------------------------------------------------------------------------------------
# h3-c11  handle_variants: Telegram mercator_desk7, crypto-paid "risk consultancy"
# ---------------------------------------------------------------------------------------------
C11 = "h3-c11"
rec(C11, "handle_variants", "'Telegram: @mercator_desk7' in text", "linkedin", "Anton Reyes",
    headline="Geopolitical Risk Associate", company="Mercator Risk Partners", sector="energy",
    msgs=["Hi, our clients pay well (USDT) for early insight into European gas procurement decisions. "
          "Telegram: @mercator_desk7"])
rec(C11, "handle_variants", "handles.telegram 'mercator_desk7'; text points to the profile", "linkedin", "Irina Gale",
    headline="Research Lead", handles={"telegram": "mercator_desk7"}, sector="defence_policy",
    msgs=["Hello, we're looking for defence-procurement insiders for paid, anonymous consultations. "
          "My Telegram is in my contact info."])
rec(C11, "handle_variants", "'t.me/Mercator_Desk7' in text (case)", "linkedin", "Marco Santini",
    headline="Analyst, Adriatic Risk Desk", company="Adriatic Risk Desk", sector="naval",
    msgs=["Hi, short paid questions on shipbuilding contracts, settled in crypto. Reach the desk at t.me/Mercator_Desk7"])
rec(C11, "handle_variants", "websites 'https://t.me/mercator_desk7'", "linkedin", "Nadia Petrova",
    headline="Independent consultant", websites=["https://t.me/mercator_desk7"], sector="treasury",
    msgs=["Good morning, would you take a few paid calls about sanctions enforcement priorities? "
          "Fees in BTC or USDT. Contact link on my profile."])
rec(C11, "handle_variants", "second turn 'ping me on tg: MERCATOR_DESK7'", "linkedin", "Leo Varga",
    headline="Partner, Danubia Insights", company="Danubia Insights", sector="energy",
    msgs=["Hi, do you advise on grid-connection policy? We have a client keen on non-public views.",
          ("target", "What kind of client?"),
          "A private fund, nothing unusual. Payment in stablecoin, very discreet. ping me on tg: MERCATOR_DESK7"])
rec(C11, "handle_variants", "channel telegram; handles {'Telegram': '@Mercator_desk7'}", "telegram", "Mercator Desk",
    handles={"Telegram": "@Mercator_desk7"}, photo=None, sector="defence_policy",
    msgs=["Thanks for reaching out. As mentioned, 0.05 BTC for a 2-page note on the next procurement round. "
          "Please don't mention us to colleagues."])

# ---------------------------------------------------------------------------------------------
# Lone hostile approaches (campaign null), each with its own values
# ---------------------------------------------------------------------------------------------
L = "lone"
rec(None, L, "paid reports for 'clients in Asia', own WeChat", "linkedin", "Chloe Xu",
    headline="Consultant, Pacific Crescent Consulting", company="Pacific Crescent Consulting", sector="treasury",
    msgs=["Hi, my clients in Asia want to understand UK budget thinking before it is announced. USD 1,500 per "
          "short report, paid by bank transfer or USDT. WeChat: chloexu_pcc"])
rec(None, L, "fake journal, gmail", "linkedin", "Prof. Martin Aldous",
    headline="Editor, Journal of Eurasian Security Futures", company="Journal of Eurasian Security Futures",
    emails=["jesf.editorial@gmail.com"], photo=DEFAULT_AVATAR, sector="defence_policy",
    msgs=["Dear colleague, we invite a paid contribution on NATO's eastern flank logistics. Insider detail welcome."])
rec(None, L, "talent-plan recruiter, 163.com", "linkedin", "Dr. Liang Hao",
    headline="Overseas Talent Officer", company="Yongjiang Innovation Talent Office", emails=["lianghao_talent@163.com"],
    sector="batteries",
    msgs=["Dear Professor, our city talent plan offers RMB 2 million and a lab to overseas experts. "
          "Part-time is fine and confidentiality is guaranteed. Please send your CV and unpublished work."])
rec(None, L, "fake VC asking for export-licence documents", "linkedin", "Stephen Lau",
    headline="Partner, Lumen Gate Ventures", company="Lumen Gate Ventures", sector="drones",
    msgs=["Hi, we'd like to lead your next round. Before our IC please send your export licences, "
          "end-user certificates and your defence customer contracts."])
rec(None, L, "'dream job' with a trojanised skills test", "linkedin", "Ethan Park",
    headline="Technical Recruiter, Northlake Defence Careers", company="Northlake Defence Careers", sector="aerospace",
    msgs=["Hello, I have a senior avionics role. Step one is a short skills assessment; please download "
          "the ZIP from my Dropbox and run it on your work machine."])
rec(None, L, "energy think tank, Signal", "linkedin", "Nikolai Petrenko",
    headline="Director, Baltic Energy Analytics Centre", company="Baltic Energy Analytics Centre",
    handles={"signal": "npetrenko.21"}, sector="energy",
    msgs=["Dear colleague, our centre pays for private briefings on LNG terminal security. Let's talk on Signal "
          "(npetrenko.21), not here."])
rec(None, L, "fake maritime summit with a webinar link on its own domain", "email", "Leila Karimi",
    emails=["l.karimi@gulfmaritime-summit.net"], sector="naval", photo=None,
    msgs=["Dear Admiral (retd.),\n\nYou are invited to speak at the International Summit on Gulf Maritime Security. "
          "Please log in to confirm at https://portal.gulfmaritime-summit.net/speaker with your work credentials."])
rec(None, L, "'PhD student' paying for unpublished research, Telegram", "linkedin", "Yuki Tanabe",
    headline="PhD student", photo=DEFAULT_AVATAR, handles={"telegram": "yuki_tnb_research"}, sector="hypersonics",
    msgs=["Hi! For my thesis I need data on scramjet test results. I can pay GBP 500 for any unpublished "
          "figures. Telegram me: @yuki_tnb_research"])
rec(None, L, "consultancy copying a real firm's name, WhatsApp in the drama range", "linkedin", "Grace Tan",
    headline="Associate, McKinley Strategic Partners", company="McKinley Strategic Partners", sector="semiconductors",
    msgs=["Hello, we are preparing a confidential report for a client on UK chip export licensing. "
          "GBP 2,000 for a 30-minute call. My WhatsApp: +44 7700 900731"])

# ---------------------------------------------------------------------------------------------
# Decoys (benign): real agencies and employers, events, platforms, common names, webmail
# ---------------------------------------------------------------------------------------------
D = "decoy"
STOCK = [
    "I came across your profile and was impressed by your experience in {area}. I'm currently working on a {role} role and thought it could be a great fit. Would you be open to a quick chat this week?",
    "Hi {first}, I came across your profile and was impressed by your experience in {area}. We have a {role} opening that I think would suit you. Are you open to new opportunities?",
    "Hello, I came across your profile and was really impressed by your background in {area}. I'm recruiting for a {role} position - happy to share details if you're interested.",
    "I came across your profile and was impressed by your experience. I'm hiring for a {role} role with a {area} focus. Let me know if you'd like to hear more.",
]
AGENCY = [
    ("Hays", "Emma Richardson", "cyber security", "Senior Security Architect (permanent, Manchester)"),
    ("Hays", "Wei Zhang", "data engineering", "Lead Data Engineer"),
    ("Hays", "Callum Fraser", "power systems", "Grid Connections Manager"),
    ("Hays", "Priya Sharma", "public sector IT", "Digital Delivery Manager"),
    ("Hays", "Tom Beckett", "rail signalling", "Signalling Design Engineer"),
    ("Hays", "Aisha Rahman", "project controls", "Project Controls Lead"),
    ("Michael Page", "John Smith", "treasury", "Group Treasury Manager"),
    ("Michael Page", "Sophie Clarke", "finance transformation", "Finance Systems Lead"),
    ("Michael Page", "Wei Zhang", "supply chain", "Procurement Manager"),
    ("Michael Page", "Daniel Hughes", "engineering", "Head of Engineering"),
    ("Michael Page", "Hannah Lee", "legal", "In-house Counsel"),
    ("Robert Walters", "Oliver Grant", "risk", "Operational Risk Manager"),
    ("Robert Walters", "Li Na", "compliance", "Compliance Officer"),
    ("Robert Walters", "Priya Sharma", "technology", "Cloud Platform Engineer"),
    ("Robert Walters", "James O'Connor", "quantitative research", "Quant Developer"),
    ("Harvey Nash", "Rachel Green", "IT leadership", "CTO (interim)"),
    ("Harvey Nash", "Michael Brown", "DevOps", "Platform Engineer"),
    ("Randstad", "Lucy Patterson", "manufacturing", "Production Engineer"),
    ("Randstad", "Samuel Adeyinka", "logistics", "Warehouse Operations Manager"),
    ("Reed", "Kirsty Morgan", "administration", "Research Administrator"),
    ("Reed", "John Smith", "accounting", "Management Accountant"),
    ("Matchtech", "Gareth Evans", "naval engineering", "Marine Systems Engineer"),
    ("Hudson", "Michael Brown", "HR", "HR Business Partner"),
    ("SThree", "Wei Zhang", "semiconductors", "Analogue IC Design Engineer"),
]
for i, (agency, name, area, role) in enumerate(AGENCY):
    avatar = DEFAULT_AVATAR if i % 6 == 2 else "own"
    rec(None, D, f"stock recruiter note, {agency}", "linkedin", name, headline=f"Recruitment Consultant at {agency}",
        company=agency, title="Recruitment Consultant", photo=avatar, sector="general",
        msgs=[STOCK[i % 4].format(area=area, role=role, first="there")])

EMPLOYERS = [
    ("Google", "Talent Acquisition Partner", "John Smith", "https://careers.google.com/jobs/", "ai",
     "I came across your profile and was impressed by your experience in ML infrastructure. We're hiring for Google DeepMind's research engineering team in London - details at careers.google.com."),
    ("Google", "Technical Recruiter", "Priya Sharma", "https://careers.google.com/jobs/", "cyber",
     "Hi, I recruit for Google's security engineering teams in Zurich and London. Your detection-engineering work stood out. Roles are listed on careers.google.com."),
    ("Amazon Web Services", "Senior Recruiter", "Wei Zhang", "https://www.amazon.jobs/", "ai_chips",
     "Hello, I'm hiring for the Annapurna Labs team (AWS silicon) in Cambridge. Would you consider an application? All roles are on amazon.jobs."),
    ("Amazon", "Recruiter, Operations", "Megan Doyle", "https://www.amazon.jobs/", "general",
     "I came across your profile and was impressed by your experience in operations. Amazon is hiring area managers across the UK; you can apply directly via amazon.jobs."),
    ("Deloitte", "Campus & Experienced Hire Recruiter", "Arjun Mehta", "https://www2.deloitte.com/uk/en/careers.html", "treasury",
     "Hi, Deloitte's Government & Public Services practice is growing and your Treasury background is relevant. The formal application is via our careers page."),
    ("Deloitte", "Talent Sourcer", "Li Na", "https://www2.deloitte.com/uk/en/careers.html", "cyber",
     "Hello, we have Cyber Risk Manager roles in Reading and London. Happy to chat; applications go through the Deloitte UK careers site."),
    ("BAE Systems", "Talent Acquisition Specialist", "Fiona Campbell", "https://www.baesystems.com/en/careers", "naval",
     "Hi, BAE Systems Submarines in Barrow has several combat-systems roles. These need SC clearance, applied for through our official careers page and vetting process."),
    ("BAE Systems", "Recruiter, Digital Intelligence", "Wei Zhang", "https://www.baesystems.com/en/careers", "cyber",
     "I came across your profile and was impressed by your experience in threat intelligence. BAE Systems Digital Intelligence is hiring in Guildford; please apply via our careers site."),
    ("NHS England", "Recruitment Lead", "Sarah O'Neill", "https://www.jobs.nhs.uk/", "health",
     "Hello, NHS England's Transformation Directorate is recruiting data architects. The advert is live on NHS Jobs."),
    ("Guy's and St Thomas' NHS Foundation Trust", "Medical Staffing", "Hannah Okafor", "https://www.jobs.nhs.uk/", "health",
     "Hi, we are advertising a clinical informatics post at Guy's and St Thomas'. Please see NHS Jobs for the full person specification."),
    ("Huawei Technologies", "Recruiter, UK R&D", "Wei Zhang", "https://career.huawei.com/", "telecoms",
     "Hello, Huawei's Ipswich R&D centre is hiring optical-networking engineers. The vacancies are published on career.huawei.com."),
    ("Rolls-Royce", "Resourcing Partner", "Craig Baxter", "https://careers.rolls-royce.com/", "aerospace",
     "Hi, Rolls-Royce Civil Aerospace in Derby is recruiting a combustion specialist. Apply through careers.rolls-royce.com."),
    ("Arm", "University Relations", "Lauren Mitchell", "https://careers.arm.com/", "semiconductors",
     "Hello, Arm runs a graduate CPU design programme in Cambridge. Details and deadlines on careers.arm.com."),
    ("Microsoft", "Senior Talent Sourcer", "Michael Brown", None, "ai",
     "I came across your profile and was impressed by your experience in distributed systems. Microsoft Research Cambridge is hiring; let me know if you'd like a referral."),
]
for co, title, name, site, sector, text in EMPLOYERS:
    rec(None, D, f"in-house recruiter at {co}, public careers site", "linkedin", name, headline=f"{title} at {co}",
        company=co, title=title, websites=[site] if site else None, sector=sector, msgs=[text])

EVENTS = [
    ("RSA Conference", "Speaker Relations", "Jennifer Alvarez", "https://www.rsaconference.com/", "cyber",
     "Hi, thanks for submitting to RSAC. Your session has been shortlisted; our speaker portal on rsaconference.com has the next steps."),
    ("RSA Conference", "Sponsorship Sales", "Brian Kowalski", "https://www.rsaconference.com/", "cyber",
     "Hello, would your company like to exhibit at RSAC in San Francisco? Booth packages on rsaconference.com."),
    ("RSA Conference", "Press Office", "Dana Whitaker", "https://www.rsaconference.com/", "cyber",
     "Hi, press registration for RSA Conference is now open for accredited journalists and analysts."),
    ("ICML", "Workshop Chair", "Dr. Kenji Watanabe", "https://icml.cc/", "ai",
     "Hello, we'd like to invite you to the programme committee of our ICML workshop on robust learning. Unpaid, reviews via OpenReview."),
    ("ICML", "Area Chair", "Prof. Laura Bianchi", "https://icml.cc/", "ai",
     "Hi, would you be willing to review 4 papers for ICML this year? Reviewer sign-up is on icml.cc."),
    ("MWC Barcelona", "Visitor Marketing", "Carla Puig", "https://www.mwcbarcelona.com/", "telecoms",
     "Hello, your complimentary MWC Barcelona visitor pass is ready - register on mwcbarcelona.com."),
    ("MWC Barcelona", "Content Programme", "Tom Elridge", "https://www.mwcbarcelona.com/", "telecoms",
     "Hi, we're curating a panel on Open RAN security at MWC. Speakers cover their own travel; we provide an all-access pass."),
    ("Web Summit", "Startup Programme", "Aoife Byrne", "https://websummit.com/", "drones",
     "Hi, your start-up has been selected for Web Summit's ALPHA programme in Lisbon. Details on websummit.com."),
    ("Web Summit", "Partnerships", "Conor Walsh", "https://websummit.com/", "ai",
     "Hello, would your company be interested in partnering with Web Summit this year?"),
]
for ev, title, name, site, sector, text in EVENTS:
    rec(None, D, f"organiser of a real event ({ev}), shared event site", "linkedin", name, headline=f"{title}, {ev}",
        company=ev, title=title, websites=[site], sector=sector, msgs=[text])

PLATFORM = [
    ("Laura Jenkins", "Career Coach", None, ["https://calendly.com/laurajenkinscoaching/discovery"], "general",
     "Hi, I offer career coaching for engineers moving into management. Book a free discovery call: calendly.com/laurajenkinscoaching/discovery"),
    ("Ben Carter", "Account Executive at Datadog", "Datadog", ["https://calendly.com/ben-carter-dd/30min"], "cyber",
     "Hi, could I show you how Datadog helps SOC teams cut alert noise? Grab 30 minutes here: https://calendly.com/ben-carter-dd/30min"),
    ("Amira Haddad", "PhD researcher, LSE", "London School of Economics", ["https://calendly.com/amira-haddad-lse"], "think_tank",
     "Hello, I'm an LSE PhD student researching think-tank funding. Would you do a 30-minute recorded interview (ethics approval attached)? Slots: calendly.com/amira-haddad-lse"),
    ("Rhys Morgan", "Head of Talent, Wayve", "Wayve", ["https://calendly.com/wayve-talent-rhys/interview"], "ai",
     "Thanks for applying to Wayve - please pick a first-interview slot on my calendly page."),
    ("Nikita Rao", "Founder, Brightpath Mentoring", None, ["https://linktr.ee/nikitaraomentors"], "general",
     "Hi! I run a free mentoring circle for women in engineering. Sign-up and events: linktr.ee/nikitaraomentors"),
    ("Sam Okoro", "Podcast host, Deep Tech Weekly", None, ["https://linktr.ee/deeptechweekly"], "ai",
     "Hey, would you come on our podcast to talk about your open-source project? Episodes: linktr.ee/deeptechweekly"),
    ("Chen Yu", "PhD student, University of Edinburgh", "University of Edinburgh", ["https://linktr.ee/chenyu.ed"], "ai",
     "Hi, I'm organising a student reading group on robotics. Links to join: linktr.ee/chenyu.ed"),
    ("Olivia Grant", "MSc student, King's College London", "King's College London", ["https://forms.gle/Xc7uN2pLq4Rs8Tb95"], "think_tank",
     "Hello, could you fill in a 10-minute anonymous survey for my dissertation on open-source intelligence? https://forms.gle/Xc7uN2pLq4Rs8Tb95"),
    ("Matt Ellison", "Alumni Officer, Imperial College London", "Imperial College London", ["https://forms.gle/Gh2mK9sVb6Wd3Ye41"], "general",
     "Hi, the Electrical Engineering alumni dinner is on 12 March - RSVP here: forms.gle/Gh2mK9sVb6Wd3Ye41"),
    ("Jade Thornton", "Organiser, BSides Bristol", "BSides Bristol", ["https://forms.gle/Tq5wP8xRz2Mn7Lc36"], "cyber",
     "Hey! Our call for papers for BSides Bristol is open until Friday: https://forms.gle/Tq5wP8xRz2Mn7Lc36"),
    ("Anita Desai", "Events, Women in Defence UK", "Women in Defence UK", ["https://www.eventbrite.co.uk/e/women-in-defence-networking-evening-tickets-912340567781"], "defence_policy",
     "Hi, you're warmly invited to our networking evening in London; tickets are free on Eventbrite."),
    ("Greg Hollis", "Meetup organiser, London Rust", None, ["https://www.eventbrite.com/e/london-rust-meetup-tickets-880123456019"], "ai",
     "Hey, we'd love a lightning talk at the next London Rust meetup. Eventbrite link for the night: eventbrite.com/e/london-rust-meetup-tickets-880123456019"),
    ("Pooja Nair", "Community Manager, Cambridge Wireless", "Cambridge Wireless", ["https://www.eventbrite.co.uk/e/cw-tech-evening-tickets-765432109876"], "telecoms",
     "Hello, CW's tech evening on satellite-to-phone is next week, register on Eventbrite."),
]
for name, headline, co, sites, sector, text in PLATFORM:
    rec(None, D, "multi-tenant platform link with its own slug", "linkedin", name, headline=headline, company=co,
        websites=sites, sector=sector, msgs=[text])

HARD = [
    # expert networks (against c06 / c11 / c04)
    ("Charlotte Hale", "Associate, AlphaSights", "AlphaSights", None, "energy",
     "Hi, an AlphaSights client is researching European gas storage. Would you do a paid 1-hour call? You'd confirm compliance with your employer's policies and share no confidential information."),
    ("Ravi Kapoor", "Research Manager, GLG", "GLG", None, "semiconductors",
     "Hello, a GLG client would value your perspective on the compound-semiconductor supply chain. Paid at your hourly rate; our compliance terms prohibit sharing material non-public information."),
    ("Ellie Turner", "Associate, Guidepoint", "Guidepoint", None, "defence_policy",
     "Hi, a Guidepoint client is studying defence-electronics procurement trends based on public tenders. Would you take a short paid call?"),
    ("Harry Lim", "Associate, Third Bridge", "Third Bridge", None, "batteries",
     "Hello, Third Bridge is arranging an expert interview on battery recycling economics. The call is recorded and anonymised for our forum library."),
    # real VCs (against c06)
    ("Zoe Fischer", "Investor at Octopus Ventures", "Octopus Ventures", ["https://octopusventures.com/"], "drones",
     "Hi, Octopus Ventures is looking at autonomy start-ups. Would you be up for an intro call? We only need your public deck at this stage."),
    ("Tom Reynolds", "Associate, Seedcamp", "Seedcamp", ["https://seedcamp.com/"], "ai",
     "Hey, Seedcamp invests at pre-seed. Happy to chat whenever - no data needed beyond what's on your site."),
    ("Kavita Iyer", "Principal, Amadeus Capital Partners", "Amadeus Capital Partners", None, "photonics",
     "Hello, Amadeus has followed your photonics work. Would you share your deck ahead of our partner meeting? Happy to sign our standard NDA."),
    ("Luke Harrington", "Partner, Balderton Capital", "Balderton Capital", None, "space",
     "Hi, congratulations on the launch. Balderton would love to meet when you start your Series A process."),
    # real journals and publishers (against c03)
    ("Dr. Sofia Marin", "Assistant Editor, MDPI", "MDPI", None, "batteries",
     "Dear Dr, we invite you to contribute to a Special Issue of 'Batteries'. The usual article processing charge applies; a discount is available for invited authors."),
    ("Prof. Andrew Knox", "Associate Editor, IEEE Transactions on Aerospace and Electronic Systems", "IEEE", None, "radar",
     "Hello, would you be willing to review a manuscript on MIMO radar for IEEE TAES? The review is unpaid and due in 30 days via ScholarOne."),
    ("Emma Brown", "Commissioning Editor, Routledge", "Taylor & Francis", None, "naval",
     "Hi, Routledge is developing a handbook on maritime security. Would you consider writing a chapter? Standard royalty-free contributor terms."),
    ("Dr. Rupert Gale", "Editor, Survival (IISS)", "International Institute for Strategic Studies", None, "defence_policy",
     "Dear colleague, Survival would welcome a submission from you on naval shipbuilding. All articles are peer reviewed and published openly."),
    # think tanks and NGOs (against c05 / c10)
    ("Isobel Grant", "Events Manager, Chatham House", "Chatham House", ["https://www.chathamhouse.org/"], "think_tank",
     "Hello, you're invited to a Chatham House Rule roundtable on China's energy diplomacy at our St James's Square office. No fee; refreshments provided."),
    ("Col. (retd.) Mark Fielding", "Senior Research Fellow, RUSI", "RUSI", ["https://www.rusi.org/"], "defence_policy",
     "Hi, RUSI is running a public conference on land warfare; we'd like you on a panel. The session will be recorded and published."),
    ("Hanna Lindgren", "Programme Manager, Wilton Park", "Wilton Park", None, "arctic",
     "Dear colleague, we are convening a three-day dialogue on Arctic security. Accommodation is covered; the report is published under the Chatham House Rule."),
    ("Joseph Mensah", "Partnerships, British Council", "British Council", None, "ngo",
     "Hello, the British Council is seeking UK universities for a published research-partnership scheme with Southeast Asia."),
    ("Rosa Lindholm", "Grants Officer, Wellcome Trust", "Wellcome Trust", None, "biotech",
     "Hi, thanks for your interest in Wellcome Discovery Awards. Applications go through our online grants portal."),
    # open academic collaboration, honest WeChat / Telegram / WhatsApp use
    ("Prof. Zhang Wei", "Professor, Tsinghua University", "Tsinghua University", None, "ai",
     "Dear colleague, I enjoyed your NeurIPS paper. Would you co-organise a public workshop with us next year? Our proposal will be published. My WeChat is zhangwei_thu_ee if easier."),
    ("Wei Zhang", "Postdoc, University of Cambridge", "University of Cambridge", None, "materials",
     "Hi, we met at the MRS meeting - could you send the slides you presented? They'd help our group's literature review."),
    ("Wei Zhang", "Sales Director, Huawei Enterprise", "Huawei Technologies", None, "telecoms",
     "Hello, I'd like to arrange a product demo for your network team. WeChat me at weizhang_hw_ent or e-mail."),
    ("Soojin Kim", "Research Fellow, Imperial College London", "Imperial College London", None, "aerospace",
     "Hi, I'm a research fellow working on flight control too. Would you like to present at our departmental seminar? It's public."),
    ("Dmitri Volkov", "Organiser, ETHLondon hackathon", "ETHLondon", None, "ai",
     "Hey, we'd love you as a judge at ETHLondon. Logistics chat happens on Telegram, our public group is @ethlondon_judges."),
    ("Ian McAllister", "Former colleague", None, None, "general",
     "Hi mate, long time! I've moved to a start-up in Leeds - are you still on WhatsApp? My number changed: +44 7700 900118."),
    ("Nadia Hussain", "Events coordinator, Cranfield University", "Cranfield University", None, "aerospace",
     "Hello, reminder that the Cranfield aerospace open day is on Saturday. Call me on 07700 900245 if you need parking."),
    ("Tyler Brooks", "Program Manager, DARPA contractor outreach", "Booz Allen Hamilton", None, "space",
     "Hi, Booz Allen is hosting an industry day in Arlington. Registration via our official site; questions to 703-555-0163."),
    # executive search for public roles, notices
    ("Catherine Ashby", "Partner, Odgers Berndtson", "Odgers Berndtson", None, "parliament",
     "Dear colleague, Odgers is supporting the Cabinet Office on a public appointment (Non-Executive Director). The role is advertised on the Public Appointments website."),
    ("Hugh Penrose", "Consultant, Russell Reynolds Associates", "Russell Reynolds Associates", None, "energy",
     "Hello, we are running a board search for a UK energy company. Would you be open to a confidential conversation about the role?"),
    ("GCHQ Careers", "Official account", "GCHQ", ["https://www.gchq-careers.co.uk/"], "cyber",
     "Reminder: GCHQ never recruits through private messages. All roles are on our official careers site."),
    # common names, sales, students, journalists, friends
    ("John Smith", "Sales Manager, Palo Alto Networks", "Palo Alto Networks", None, "cyber",
     "I came across your profile and was impressed by your experience in network security. Can I share our latest firewall benchmark?"),
    ("Priya Sharma", "MSc student, University of Warwick", "University of Warwick", None, "general",
     "Hi, I'm a student interested in your field - would you have 15 minutes to tell me about your career path?"),
    ("Li Na", "Journalist, Financial Times", "Financial Times", None, "treasury",
     "Hello, I'm writing an on-the-record piece on UK gilt markets. Would you be willing to be quoted by name?"),
    ("Michael Brown", "Reporter, BBC News", "BBC", None, "energy",
     "Hi, I'm a BBC reporter covering the grid-connection queue. Would you do a short on-record interview?"),
    ("Emma Brown", "Account Manager, Salesforce", "Salesforce", None, "general",
     "I came across your profile and was impressed by your team's growth. Would a quick Salesforce demo be useful?"),
    ("Ahmed Yusuf", "Former classmate", None, None, "general",
     "Hey! Saw you're in London now - coffee sometime? My gmail is ahmed.yusuf.84@gmail.com."),
    ("Grace O'Donnell", "PhD candidate, University of Oxford", "University of Oxford", ["https://www.ox.ac.uk/"], "quantum",
     "Hello, I'm organising the Oxford quantum student symposium. Would you give a public talk? Travel reimbursed from our departmental grant."),
    ("Jack Lawson", "Outreach, University of Oxford", "University of Oxford", ["https://www.ox.ac.uk/"], "general",
     "Hi, the Oxford alumni weekend programme is now online; bookings via the university site."),
]
for i, (name, headline, co, sites, sector, text) in enumerate(HARD):
    avatar = DEFAULT_AVATAR if i % 5 == 4 else "own"
    rec(None, D, "genuine outreach; hard negative", "linkedin", name, headline=headline, company=co,
        websites=sites, sector=sector, photo=avatar, msgs=[text])

MAILS = [
    ("Hays Recruitment", "wei.zhang.recruit@gmail.com", "general",
     "Dear candidate,\n\nThanks for your application for the Data Analyst role. Please confirm your availability for a first call.\n\nWei Zhang, Hays"),
    ("Liu Yang", "liuyang_research@qq.com", "materials",
     "Dear Dr,\n\nI am a master's student at Zhejiang University and would like to ask for a copy of your 2022 paper, which my library cannot access.\n\nLiu Yang"),
    ("Chen Hao", "chenhao1990@163.com", "ai",
     "Hello,\n\nWe met at WAIC in Shanghai. Thank you for your talk - here are the photos from the panel.\n\nChen Hao"),
    ("John Smith", "j.smith.consulting@outlook.com", "general",
     "Hi,\n\nFollowing up on our chat at the alumni event - here's the invoice template you asked about.\n\nJohn"),
    ("Rebecca Hollins", "rebecca.hollins@outlook.com", "general",
     "Dear all,\n\nOur local STEM ambassadors' evening is next Thursday at the library. Volunteers welcome!\n\nRebecca"),
    ("Wei Zhang", "zhangwei.bio@163.com", "biotech",
     "Dear Professor,\n\nI would like to apply for a PhD position in your group under the CSC scholarship scheme. My CV is attached.\n\nWei Zhang"),
    ("Mark Taylor", "mark.taylor.uk@gmail.com", "general",
     "Hi,\n\nSorry to message out of the blue - I'm a friend of Sam's and he suggested I ask you about working in consulting.\n\nMark"),
    ("Sabrina Costa", "sabrina.costa.events@gmail.com", "think_tank",
     "Hello,\n\nThe King's College war studies alumni drinks are on 5 May. Free, just reply to RSVP.\n\nSabrina"),
]
for name, mail, sector, text in MAILS:
    rec(None, D, "e-mail from free webmail; ordinary", "email", name, emails=[mail], photo=None, sector=sector,
        msgs=[text])

# ---------------------------------------------------------------------------------------------
# Targets, dates, photos, ids
# ---------------------------------------------------------------------------------------------
SECTORS = {
    "energy": ("National Grid ESO", "Senior Systems Analyst"), "grid": ("Midwest grid operator", "Operations Engineer"),
    "batteries": ("University of Birmingham", "Senior Lecturer, Energy Materials"),
    "materials": ("University of Sheffield", "Reader in Materials Science"),
    "photonics": ("University of Southampton", "Associate Professor, Optoelectronics"),
    "hypersonics": ("University of Oxford", "Research Fellow, Hypersonics"),
    "ai_chips": ("Graphcore", "Silicon Architect"), "semiconductors": ("Compound Semiconductor Applications Catapult", "Process Engineer"),
    "quantum": ("National Quantum Computing Centre", "Quantum Engineer"), "biotech": ("Francis Crick Institute", "Group Leader"),
    "naval": ("Ministry of Defence", "Naval Programmes Analyst"), "defence_policy": ("Ministry of Defence", "Policy Adviser"),
    "arctic": ("Norwegian Institute of International Affairs", "Researcher"), "aerospace": ("Airbus UK", "Flight Control Engineer"),
    "parliament": ("House of Commons", "Parliamentary Researcher"), "cyber": ("Cabinet Office", "Security Architect"),
    "treasury": ("HM Treasury", "Economic Adviser"), "space": ("UK Space Agency", "Programme Manager"),
    "drones": ("autonomy start-up", "Co-founder and CTO"), "ai": ("AI start-up", "Research Engineer"),
    "radar": ("Leonardo UK", "Radar Systems Engineer"), "rail": ("Network Rail", "Signalling Engineer"),
    "nuclear": ("Idaho National Laboratory", "Reactor Engineer"), "ngo": ("UK NGO", "Policy Officer"),
    "eu_policy": ("European Parliament", "Policy Assistant"), "think_tank": ("UK think tank", "Research Fellow"),
    "health": ("NHS trust", "Clinical Informatics Lead"), "telecoms": ("BT Group", "Network Architect"),
    "general": ("private sector", "Manager"),
}
FIRST = ["Alex", "Jordan", "Morgan", "Taylor", "Sam", "Chris", "Robin", "Jamie", "Casey", "Drew", "Eleanor",
         "Hamish", "Ingrid", "Tariq", "Yasmin", "Bethan", "Niall", "Leona", "Rohan", "Freya", "Magnus", "Ottilie",
         "Kwame", "Siobhan", "Anika", "Bruno", "Cerys", "Dev", "Esme", "Florin"]
LAST = ["Holloway", "Ashworth", "Pennington", "Carrick", "Delaney", "Fairbairn", "Gillespie", "Hargreaves",
        "Iqbal", "Jarvis", "Kennard", "Loveday", "Merriman", "Northcott", "Ormerod", "Pryce", "Quayle", "Rainford",
        "Sutcliffe", "Trelawney", "Underwood", "Vickery", "Wainwright", "Yardley"]


def slug(name: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return s if s and s.isascii() else "member"


def main() -> None:
    used_names: set[str] = set()
    hand = [r["persona"]["photo"]["phash"] for r in RECORDS if r["persona"].get("photo", {}).get("phash") not in (None, "own")]
    drawn: list[str] = []
    order = list(range(len(RECORDS)))
    rng.shuffle(order)
    out = []
    for n, i in enumerate(order, 1):
        r = RECORDS[i]
        rid = f"h3-{n:04d}"
        p = r["persona"]
        if p.get("photo", {}).get("phash") == "own":
            while True:
                h = f"{rng.getrandbits(64):016x}"
                if all(bin(int(h, 16) ^ int(x, 16)).count("1") >= 16 for x in hand + drawn):
                    break
            drawn.append(h)
            p["photo"]["phash"] = h
        if p.get("url") == "auto":
            p["url"] = f"https://www.linkedin.com/in/{slug(p['name'])}-{rng.getrandbits(24):06x}"
        while True:
            t = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            if t not in used_names:
                used_names.add(t)
                break
        org, role = SECTORS[r.pop("_sector")]
        day = rng.randrange(0, 300)
        month, dom = 1 + day // 28, 1 + day % 28
        out.append({
            "schema": "counterlink.approach/1", "id": rid, "source": SOURCE, "channel": r["channel"],
            "received_at": f"2025-{month:02d}-{dom:02d}T{rng.randrange(7, 20):02d}:{rng.randrange(60):02d}:00Z",
            "persona": p, "target": {"name": t, "organisation": org, "role": role},
            "messages": r["messages"], "label": r["label"], "annotations": r["annotations"],
        })
    out.sort(key=lambda x: x["id"])
    with open(HERE / "approaches.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False, sort_keys=False) + "\n")
    print(f"wrote {len(out)} records")


if __name__ == "__main__":
    main()
