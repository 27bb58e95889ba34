"""The requests detector: asks directed at the target, never mere mentions.

Positives follow SEConvo-style social engineering (date of birth, hometown, ID) and the
published state approaches (CVs, colleagues, clearance, research, corporate and government
information); negatives are mentions, warnings, job adverts and ordinary professional asks.
"""

from __future__ import annotations

import pytest

from counterlink.signals.requests import CAREER_CODES, RequestsDetector
from tests.signals.evidence_checks import (
    approach,
    assert_evidence_points_into_text,
    assert_stable_and_blind_to_labels,
    by_code,
    codes,
)

DETECTOR = RequestsDetector()
SERIOUS = set(DETECTOR.codes) - CAREER_CODES

POSITIVES: dict[str, list[str]] = {
    "message.request_cv": [
        "Could you send me your CV?",
        "Please share your current résumé and a short cover note.",
        "I'd need your full employment history for the client.",
        "Can you attach your curriculum vitae to your reply?",
    ],
    "message.request_projects": [
        "Could you tell me more about the projects you're currently working on?",
        "What exactly is your team working on at the moment?",
        "Please send a summary of your current research and your roadmap.",
        "It would be helpful if you could share details of your ongoing programmes.",
    ],
    "message.request_colleagues": [
        "Could you send me the names and emails of colleagues on the cryogenics team?",
        "Who else in your team works on the radar programme?",
        "Would you mind sharing an org chart of your department?",
        "Can you introduce me to your colleagues working on hypersonics?",
        "Who leads the photonics group in your lab?",
    ],
    "message.request_clearance": [
        "Do you hold security clearance?",
        "What level of clearance do you currently have?",
        "Are you DV cleared?",
        "Please confirm the date of your last vetting review.",
    ],
    "message.sensitive_personal": [
        "Could you let me know your date of birth? It's for the grant application.",
        "Where did you grow up? I'm curious about your hometown.",
        "Please send a scan of your passport and your home address.",
        "We would need your full legal name, date of birth and current address.",
        "Could you also provide your social security number for the background check?",
        "What is your mother's maiden name?",
        "Can you share your wife's name and where your children go to school?",
    ],
    "message.sensitive_credentials": [
        "Could you send me your VPN login details so I can look at the data?",
        "Please share the password for the shared drive.",
        "Can you read me the verification code you just received?",
        "I'd need remote access to your lab's database.",
    ],
    "message.sensitive_financial": [
        "Please send your bank details so we can pay you.",
        "Could you provide your credit card number and CVV to secure your place?",
        "What is your IBAN?",
        "Could you share your bitcoin wallet address?",
    ],
    "message.sensitive_research": [
        "Could you send the unpublished data and the source code before Friday?",
        "Would you be able to share the code and data from the trial?",
        "Please send us the unpublished patent application so our engineers can evaluate it.",
        "It would help if you could share the design files and technical specifications.",
        "Can you send the flight test logs and the swarm coordination code?",
    ],
    "message.sensitive_corporate": [
        "Could you share your internal strategy documents?",
        "Please send the client list and your pricing for next year.",
        "Which customers are ramping, and what are your fab plans?",
        "I'd love to see any non-public financial figures you can share.",
    ],
    "message.sensitive_government": [
        "Could you share the policy papers on the upcoming sanctions review?",
        "What is the government's negotiating position on the trade deal?",
        "Could you send me the draft amendments before the committee votes?",
        "Can you tell me what the ministry is planning on export controls?",
        "Please share any classified material you have on the programme.",
    ],
}

MENTIONS = [
    "We protect your personal data in line with GDPR.",
    "I'll send you the job description this afternoon.",
    "My address is 10 Example Street, Cambridge.",
    "We will never ask for your password or bank details.",
    "Please do not include sensitive data like your social security number.",
    "This role requires active SC clearance.",
    "Applicants must hold DV clearance; we sponsor the vetting.",
    "Feel free to share this with colleagues who might be interested.",
    "Do you have any experience with source code review?",
    "Here's the link to our published paper, the code is on GitHub.",
    "Is the code for your paper available anywhere?",
    "Our internal policies require a background check for every candidate.",
    "I send over the draft agenda next week.",
    "Thanks, I received your CV yesterday.",
]

GENUINE = [
    # An agency recruiter naming the client, the role and the salary band.
    "Hi Ravi, I'm recruiting for Arden Robotics in Cambridge for a Senior Embedded Engineer, "
    "salary £75-85k plus bonus. Would you be open to a call? Send me a CV if you like and "
    "I'll send the full spec over.",
    # A colleague sharing a paper.
    "Great to see you at the workshop. Here's our preprint on sparse attention; I'd love "
    "your thoughts on section 3.",
    # A conference organiser.
    "We would like to invite you to speak at our summit in Berlin. Could you send a short "
    "bio and a title for your talk?",
    # An investor.
    "We're keen to learn more about your company. Would you be open to a 30-minute call "
    "about your plans for next year?",
]


@pytest.mark.parametrize(
    ("code", "text"), [(code, text) for code, texts in POSITIVES.items() for text in texts]
)
def test_each_request_fires_on_its_phrasings_and_cites_the_asking_sentence(
    code: str, text: str
) -> None:
    item = approach([("persona", "Hello again. " + text + " Thanks a lot!")])
    findings = DETECTOR.detect(item)
    assert code in codes(findings), text
    assert_evidence_points_into_text(item, findings)
    # The cited sentence is the ask itself, not the greeting or the thanks around it.
    excerpts = " ".join(ev.excerpt for ev in by_code(findings, code).evidence)
    assert "Hello again" not in excerpts and "Thanks a lot" not in excerpts


@pytest.mark.parametrize("text", MENTIONS)
def test_mentions_and_job_adverts_are_not_requests(text: str) -> None:
    assert codes(DETECTOR.detect(approach([("persona", text)]))) == set(), text


@pytest.mark.parametrize("text", GENUINE)
def test_genuine_contacts_ask_nothing_serious(text: str) -> None:
    found = codes(DETECTOR.detect(approach([("persona", text)])))
    assert not found & SERIOUS, (text, found)


def test_a_genuine_recruiter_may_ask_for_a_cv() -> None:
    assert codes(DETECTOR.detect(approach([("persona", GENUINE[0])]))) == {"message.request_cv"}


def test_target_messages_are_never_cited() -> None:
    item = approach(
        [
            ("target", "Could you send me your CV and your date of birth?"),
            ("persona", "Sure. Could you share the names of colleagues on your team?"),
        ]
    )
    findings = DETECTOR.detect(item)
    assert codes(findings) == {"message.request_colleagues"}
    assert_evidence_points_into_text(item, findings)
    (ev,) = by_code(findings, "message.request_colleagues").evidence
    assert ev.field == "messages[1].text"


def test_several_asks_in_one_message_each_cite_their_sentence() -> None:
    text = (
        "Thanks for your reply. Could you send your CV? Also, do you hold security clearance? "
        "Finally, what is your date of birth?"
    )
    item = approach([("persona", text)])
    findings = DETECTOR.detect(item)
    cited = {f.code: [ev.excerpt for ev in f.evidence] for f in findings}
    assert cited == {
        "message.request_cv": ["Could you send your CV?"],
        "message.request_clearance": ["Also, do you hold security clearance?"],
        "message.sensitive_personal": ["Finally, what is your date of birth?"],
    }
    for finding in findings:
        assert finding.attack == "T1598" and finding.guidance and finding.weight == 0.0


def test_deterministic_and_blind_to_labels() -> None:
    item = approach(
        [("persona", "Could you share your passport and the unpublished results?")],
        label="malicious",
        annotations={"tactics": ["request_sensitive_info"]},
    )
    assert_stable_and_blind_to_labels(DETECTOR, item)


def test_every_code_has_positives() -> None:
    assert set(DETECTOR.codes) == set(POSITIVES)
    sensitive = SERIOUS - {"message.request_colleagues", "message.request_clearance"}
    assert len(sensitive) == 6 and all("sensitive" in code for code in sensitive)
