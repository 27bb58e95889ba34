"""The tactics detector: one code per published tactic, real-looking positives and negatives.

Positives follow the published cases (MI5/NPSA "Think Before You Link", the Dickson Yeo case,
ODNI-NCSC); negatives include ordinary recruiters, colleagues and conference organisers, who
must not trigger the serious codes.
"""

from __future__ import annotations

import dataclasses

import pytest

from counterlink.schema import Approach
from counterlink.signals.base import PatternRule
from counterlink.signals.requests import REQUEST_RULES
from counterlink.signals.tactics import TACTIC_RULES, TacticsDetector
from tests.signals.evidence_checks import (
    approach,
    assert_evidence_points_into_text,
    assert_stable_and_blind_to_labels,
    by_code,
    codes,
)

DETECTOR = TacticsDetector()

# Tactics a genuine recruiter, colleague or conference organiser must never trigger.
SERIOUS = {
    "message.paid_insight",
    "message.secrecy",
    "message.irregular_payment",
    "message.travel_invitation",
}

POSITIVES: dict[str, list[str]] = {
    "message.unsolicited_opportunity": [
        "Hi Sam, I came across your profile and have an exciting opportunity for you.",
        "Dear Dr Moreton, I'm a headhunter working on a senior role in quantum sensing.",
        "We would like to invite you to join our international advisory board.",
        "Would you be open to a short paid consultancy on the UK battery market?",
        "Our fund would like to invest in your start-up and lead your next round.",
        "I have job offer for you, very high salary",
    ],
    "message.too_good_to_be_true": [
        "We pay GBP 5,000 per short report of two or three pages.",
        "Our client offers $2,000 for a one-hour consultation call.",
        "Board members receive an honorarium of USD 3,000 per meeting.",
        "It is very lucrative and can be done alongside your current job.",
        "Only a few hours a month, and the pay is roughly double the market rate.",
        "Salary can be 3 times your current level, plus housing.",
        "Quick consulting gig for someone like you, easy money.",
    ],
    "message.paid_insight": [
        "Our clients are interested in non-public insights into the energy review.",
        "We are looking for insider insights on how the committee is leaning.",
        "The client values information that is not yet public, and pays per report.",
        "We commission short reports for our clients in Asia and pay USD 1,500 each.",
        "We'd value your insight on an occasional, paid basis.",
        "A consultancy fee for your views on the upcoming procurement round.",
        "What they really pay for is the thinking behind the scenes.",
    ],
    "message.off_platform": [
        "Let's continue this conversation on WhatsApp, it's easier.",
        "Please add me on WeChat, my ID is grace_liu88.",
        "Could we move this discussion to email? My address is grace.liu88@gmail.com.",
        "I'd prefer to talk on Signal, the app is more secure.",
        "Could you send me your personal email rather than your work one?",
        "Maybe we can talk on Telegram? It's easier for me.",
        "方便加个微信吗？我们私聊。",
        "Pouvez-vous m'écrire sur mon adresse e-mail personnelle ?",
        "Schreiben Sie mir bitte an meine private E-Mail.",
        "Давайте продолжим в телеграме.",
    ],
    "message.travel_invitation": [
        "We would cover an all-expenses-paid trip to Shanghai next month.",
        "Flights and hotel are fully covered by our host institute.",
        "Our partner university would like to invite you to visit Beijing in May.",
        "We'd love to fly you out to Singapore for a roundtable, business class.",
        "The programme pays all travel, accommodation and a generous allowance.",
        "Tous frais payés, bien entendu.",
        "Die Reise- und Hotelkosten übernehmen wir selbstverständlich.",
    ],
    "message.flattery": [
        "You are a renowned expert in trapped-ion qubits.",
        "I have long admired your impressive work on grid stability.",
        "We were deeply impressed by your high-impact research.",
        "Your background is really impressive.",
        "As one of the leading experts in the field, your view matters.",
        "Ihr Profil hat mich sehr beeindruckt.",
    ],
    "message.urgency": [
        "This is urgent, please reply today.",
        "It is a one-off opportunity and places are limited.",
        "I need your answer by Friday at the latest.",
        "The client moves fast, so could you send it within 48 hours?",
        "Only a few places left, first come, first served.",
        "We need it this week.",
    ],
    "message.secrecy": [
        "Please keep this between us.",
        "There's no need to tell your employer about our conversation.",
        "Your manager doesn't need to know, it's just a side project.",
        "Please be discreet about this arrangement.",
        "Maybe delete this thread after, just to be safe.",
        "No need to route it through the department, it's in a personal capacity.",
        "I'd rather your employer didn't see us chatting.",
        "Bien entendu, entre nous.",
        "Das bleibt unter uns.",
        "请务必保密。",
        "Это строго между нами.",
    ],
    "message.irregular_payment": [
        "Payment can be in USDT if you prefer.",
        "We pay in cash, no invoice needed.",
        "We can pay by PayPal or in bitcoin if that is easier for you.",
        "I pay straight to your personal account via Wise.",
        "The fee will be handed over in cash during the event.",
        "Wir zahlen in bar, ohne Rechnung.",
        "可以用现金或者比特币支付。",
        "Оплата наличными.",
    ],
    "message.unnamed_client": [
        "My client, a leading firm in Asia, is looking for experts like you.",
        "Our clients prefer to remain anonymous for now.",
        "I'm afraid I can't disclose the client's name at this stage.",
        "We write reports for clients in Asia.",
        "I act for an international buyer who wishes to acquire your company.",
        "Unsere Investoren möchten anonym bleiben.",
    ],
    "message.question_list": [
        "My client has a few questions. What is the ministry's position on the export rules? "
        "Which projects will the new budget fund? When will the policy be announced?",
        "I attach a short list of questions from my client on the government's plans.",
    ],
}

GENUINE = {
    "recruiter naming client and salary": (
        "Hi Ravi, I'm a recruiter at Hays working with Arm on a Senior Verification Engineer "
        "role in Cambridge, salary £85-95k plus bonus, hybrid. Would you be open to a call "
        "this week? You can reach me at my work email jane.doe@hays.example."
    ),
    "recruiter asking for a CV": (
        "Hi Kate, we've just opened a Systems Engineer role on our radar programme in Filton, "
        "£52-60k. The role needs you to be eligible for SC clearance; we sponsor it. If you "
        "fancy a chat, send me a CV and I'll send the job description over."
    ),
    "confidential executive search": (
        "Dear Andrew, I'm leading a confidential CFO search on behalf of the board of a "
        "FTSE 250 industrial group. All conversations are treated in strict confidence. "
        "Would you have 20 minutes next week?"
    ),
    "colleague sharing a paper": (
        "Hi Sam, great to meet you at NeurIPS. Here's our new paper on sparse attention, "
        "the code is on GitHub. Would love your thoughts when you have time, no rush."
    ),
    "conference organiser": (
        "Dear Professor Hale, we would like to invite you to give a keynote at the European "
        "ML Summit in Berlin on 3 June. Registration is free for speakers. Please let us "
        "know if you are interested."
    ),
    "colleague organising dinner": (
        "Team dinner on Friday at 7, the place is booked. Let me know about allergies."
    ),
    "interview travel reimbursed": (
        "We reimburse travel expenses for the on-site interview in Manchester."
    ),
    "travel not covered": "Flights aren't covered unless you're speaking.",
    "recruiter promising discretion": "Of course, I'll keep your details confidential.",
    "crypto employer": "We're a crypto exchange hiring backend engineers in London.",
    "cash flow role": "The role owns cash flow forecasting for the group.",
    "signal processing": "Our team works on radar signal processing and sensor fusion.",
}


def persona(*texts: str, **fields: object) -> Approach:
    return approach([("persona", t) for t in texts], **fields)


@pytest.mark.parametrize(
    ("code", "text"), [(code, text) for code, texts in POSITIVES.items() for text in texts]
)
def test_each_tactic_fires_on_its_phrasings(code: str, text: str) -> None:
    item = persona(text)
    findings = DETECTOR.detect(item)
    assert code in codes(findings), text
    assert_evidence_points_into_text(item, findings)
    # The evidence is the whole sentence that holds the tactic.
    assert by_code(findings, code).evidence[0].excerpt.strip()


@pytest.mark.parametrize("name", sorted(GENUINE))
def test_genuine_messages_do_not_trigger_serious_tactics(name: str) -> None:
    found = codes(DETECTOR.detect(persona(GENUINE[name])))
    assert not found & SERIOUS, (name, found)


def test_a_work_email_and_a_call_are_not_a_move_off_the_platform() -> None:
    for name in ("recruiter naming client and salary", "confidential executive search"):
        assert "message.off_platform" not in codes(DETECTOR.detect(persona(GENUINE[name])))


def test_a_genuine_recruiter_may_look_unsolicited_but_nothing_more_serious() -> None:
    found = codes(DETECTOR.detect(persona(GENUINE["recruiter naming client and salary"])))
    assert "message.unsolicited_opportunity" in found  # a weak signal the scorer weighs
    assert not found & (SERIOUS | {"message.unnamed_client", "message.too_good_to_be_true"})


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("message.urgency", "No rush at all, take your time and reply whenever suits."),
        ("message.flattery", "Thanks for the quick reply."),
        ("message.unnamed_client", "My client, Arm, is hiring in Cambridge."),
        ("message.too_good_to_be_true", "The salary is £70,000 a year plus a bonus."),
        ("message.paid_insight", "The report to the board is public on our website."),
        ("message.off_platform", "Happy to jump on a Teams call tomorrow."),
    ],
)
def test_look_alikes_do_not_fire(code: str, text: str) -> None:
    assert code not in codes(DETECTOR.detect(persona(text))), text


def test_unsolicited_is_read_only_in_an_opening_the_persona_sent() -> None:
    offer = "I have an exciting opportunity for you."
    asked = approach([("target", "Are you hiring for my field?"), ("persona", offer)])
    assert "message.unsolicited_opportunity" not in codes(DETECTOR.detect(asked))
    later = persona("Thanks for the reply.", offer)
    assert "message.unsolicited_opportunity" not in codes(DETECTOR.detect(later))
    assert "message.unsolicited_opportunity" in codes(DETECTOR.detect(persona(offer)))


YEO_STYLE = approach(
    [
        ("persona", "Hi Rebecca, I came across your profile. Your background is impressive."),
        ("target", "Thanks. Please keep this between us, I pay in cash."),
        (
            "persona",
            "Our clients are mostly in Asia. We commission short reports and pay USD 1,500 "
            "each. Payment can be in USDT if that is easier.",
        ),
        ("persona", "Let's move this to WhatsApp. Please don't tell your manager."),
        ("persona", "We would also cover an all-expenses-paid trip to Shanghai in May."),
    ],
    label="malicious",
)


def test_a_yeo_style_conversation_shows_its_tactics_with_exact_evidence() -> None:
    findings = DETECTOR.detect(YEO_STYLE)
    assert {
        "message.unsolicited_opportunity",
        "message.flattery",
        "message.paid_insight",
        "message.too_good_to_be_true",
        "message.irregular_payment",
        "message.unnamed_client",
        "message.off_platform",
        "message.secrecy",
        "message.travel_invitation",
    } <= codes(findings)
    assert_evidence_points_into_text(YEO_STYLE, findings)  # never the target's message
    secrecy = by_code(findings, "message.secrecy")
    assert [ev.excerpt for ev in secrecy.evidence] == ["Please don't tell your manager."]
    for finding in findings:
        assert finding.guidance and finding.category == "message" and finding.weight == 0.0
    assert by_code(findings, "message.off_platform").attack == "T1566.003"


def test_findings_follow_code_order_and_are_deterministic_and_blind_to_labels() -> None:
    findings = DETECTOR.detect(YEO_STYLE)
    order = list(DETECTOR.codes)
    assert [f.code for f in findings] == sorted((f.code for f in findings), key=order.index)
    assert_stable_and_blind_to_labels(DETECTOR, YEO_STYLE)


def test_every_code_is_documented_with_guidance() -> None:
    assert set(DETECTOR.codes) == set(POSITIVES)
    for rule in TACTIC_RULES:
        assert rule.guidance, rule.code
        assert rule.keywords, rule.code  # every rule is keyword-gated, for speed


ALL_TEXTS = [t for texts in POSITIVES.values() for t in texts] + list(GENUINE.values())


@pytest.mark.parametrize("rule", TACTIC_RULES + REQUEST_RULES, ids=lambda r: r.code)
def test_keyword_prefilters_never_hide_a_match(rule: PatternRule) -> None:
    """A rule's keywords must be in every match: the prefilter may skip work, never a hit."""
    ungated = dataclasses.replace(rule, keywords=(), also_keywords=())
    for text in ALL_TEXTS:
        assert rule.find([("t", text)]) == ungated.find([("t", text)]), text


@pytest.mark.parametrize("rule", TACTIC_RULES + REQUEST_RULES, ids=lambda r: r.code)
def test_fast_matching_agrees_with_the_case_insensitive_regex(rule: PatternRule) -> None:
    """base runs casefree patterns, rewritten to start at a word, on lower-cased text."""
    if rule._fast is None:
        return
    for text in ALL_TEXTS + [t.upper() for t in ALL_TEXTS]:
        plain = [m.span() for m in rule._regex.finditer(text)]
        assert [m.span() for m in rule._fast.regex.finditer(text.lower())] == plain, text
