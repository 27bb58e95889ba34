"""The escalation detector: an opener asking nothing, then asks that climb past CV/projects."""

from __future__ import annotations

from counterlink.signals.escalation import CODE, EscalationDetector
from counterlink.signals.requests import RequestsDetector
from tests.signals.evidence_checks import (
    approach,
    assert_evidence_points_into_text,
    assert_stable_and_blind_to_labels,
    by_code,
    codes,
)

DETECTOR = EscalationDetector()

OPENER = (
    "Hi Frank, I've been following your research on renewable energy systems and I'm very "
    "impressed! Would you be open to discussing a collaboration?"
)

# SEConvo-style rapport building: nothing asked at first, personal details later.
SECONVO_STYLE = approach(
    [
        ("persona", OPENER),
        ("target", "Hi Debbie, happy to chat. What are you working on?"),
        ("persona", "Solar and wind integration in cities. Your paper was enlightening."),
        ("target", "Thanks! I grew up in Springfield, by the way."),
        ("persona", "Small world. Could you tell me more about your hometown?"),
        ("target", "Sure, it's a tight-knit place."),
        (
            "persona",
            "Lovely. Before I go, could you let me know your birth date? It's for a grant.",
        ),
    ],
    label="malicious",
)

# A fake recruiter climbing from career questions to colleagues, research and clearance.
CLIMB = approach(
    [
        ("persona", "Hello Aisha, I'm working on an exclusive search in quantum computing."),
        ("target", "Sounds interesting, tell me more."),
        ("persona", "Great! Could you send me your CV?"),
        ("persona", "Thanks. What exactly is your team working on at the moment?"),
        ("persona", "Who else in your team works on cryogenic control, and who leads it?"),
        ("persona", "Could you share the unpublished fidelity results? Do you hold clearance?"),
    ]
)


def test_rapport_then_personal_details_escalates_with_the_opener_and_the_asks_cited() -> None:
    findings = DETECTOR.detect(SECONVO_STYLE)
    finding = by_code(findings, CODE)
    assert_evidence_points_into_text(SECONVO_STYLE, findings)
    excerpts = [ev.excerpt for ev in finding.evidence]
    assert excerpts[0] == OPENER[: OPENER.index("!") + 1]  # the opening sentence
    assert excerpts[1:] == [
        "Could you tell me more about your hometown?",
        "Before I go, could you let me know your birth date?",
    ]
    assert finding.attack == "T1598" and finding.guidance and finding.category == "message"


def test_a_climb_cites_every_ask_in_conversation_order() -> None:
    finding = by_code(DETECTOR.detect(CLIMB), CODE)
    fields = [ev.field for ev in finding.evidence]
    assert fields[0] == "messages[0].text"
    assert fields[1:] == sorted(fields[1:], key=lambda f: int(f[9 : f.index("]")]))
    asked = " ".join(ev.excerpt for ev in finding.evidence[1:])
    for ask in ("your CV", "team working on", "Who else in your team", "unpublished", "clearance"):
        assert ask in asked, ask
    assert_evidence_points_into_text(CLIMB, [finding])


def test_the_asks_are_exactly_the_requests_detector_findings() -> None:
    later = [
        (f"messages[{i}].text", m.text)
        for i, m in enumerate(CLIMB.messages)
        if m.sender == "persona" and i > 0
    ]
    expected = {(ev.field, ev.start) for f in RequestsDetector().scan(later) for ev in f.evidence}
    finding = by_code(DETECTOR.detect(CLIMB), CODE)
    assert {(ev.field, ev.start) for ev in finding.evidence[1:]} == expected


def test_an_opener_that_already_asks_is_not_escalation() -> None:
    item = approach(
        [
            ("persona", "Hi, could you send me your CV for a role I'm working on?"),
            ("persona", "Thanks. What is your date of birth?"),
        ]
    )
    assert DETECTOR.detect(item) == []


def test_career_asks_alone_are_what_genuine_recruiters_do() -> None:
    item = approach(
        [
            ("persona", "Hi Ravi, I'm recruiting for Arden Robotics, salary £75-85k. Interested?"),
            ("target", "Yes, happy to hear more."),
            ("persona", "Great, could you send me your CV?"),
            ("persona", "Thanks. Could you tell me about the projects you've been leading?"),
        ]
    )
    assert DETECTOR.detect(item) == []


def test_partial_conversations_and_empty_messages() -> None:
    assert DETECTOR.detect(approach([("persona", OPENER)])) == []
    assert DETECTOR.detect(approach([])) == []
    one_persona = approach([("persona", OPENER), ("target", "What is your date of birth?")])
    assert DETECTOR.detect(one_persona) == []
    # Blank persona messages are skipped: the opener is the first one with text.
    blank = approach(
        [("persona", "  "), ("persona", OPENER), ("persona", "Where did you grow up?")]
    )
    finding = by_code(DETECTOR.detect(blank), CODE)
    assert finding.evidence[0].field == "messages[1].text"


def test_a_conversation_the_target_opened_starts_from_the_first_persona_message() -> None:
    item = approach(
        [
            ("target", "Could you send me your CV and your passport?"),  # never cited
            ("persona", OPENER),
            ("persona", "Could you share the names of colleagues on your team?"),
        ]
    )
    findings = DETECTOR.detect(item)
    assert codes(findings) == {CODE}
    assert_evidence_points_into_text(item, findings)
    assert all(ev.field != "messages[0].text" for ev in findings[0].evidence)


def test_deterministic_and_blind_to_labels() -> None:
    assert_stable_and_blind_to_labels(DETECTOR, SECONVO_STYLE)
    assert_stable_and_blind_to_labels(DETECTOR, CLIMB)
