"""Reassuring signs: found in genuine outreach, absent from hostile approaches, evidence exact."""

from __future__ import annotations

from counterlink.signals.reassurance import (
    COMPLIANCE,
    EMPLOYER_TERMS,
    EXPERT_NETWORK,
    WORK_EMAIL,
    ReassuranceDetector,
)
from tests.signals.evidence_checks import approach, cited_text

DETECTOR = ReassuranceDetector()

EXPERT_INVITATION = (
    "Hello Dr Patel, I work for AlphaSights. One of our clients, an investment firm, would like "
    "a one-hour phone consultation on solid-state battery manufacturing, paid at $350 per hour. "
    "Please do not share any confidential or proprietary information about your employer, and "
    "check your employer's policy on outside consulting before you accept. You will complete a "
    "short compliance tutorial first."
)
RECRUITER = (
    "Hi Sam, our client, Babcock International, is hiring a Senior Systems Engineer based in "
    "Bristol (hybrid), salary £68,000 - £80,000 plus bonus. SC clearance needed."
)
HOSTILE = (
    "I represent a consultancy serving clients in Asia who value your insight. They pay $2,000 "
    "for a short report on your ministry's plans. Please keep this between us and add me on "
    "WhatsApp."
)


def _codes(item: object) -> set[str]:
    return {f.code for f in DETECTOR.detect(item)}  # type: ignore[arg-type]


def test_an_expert_network_invitation_shows_its_compliance_terms() -> None:
    item = approach([("persona", EXPERT_INVITATION)])
    findings = DETECTOR.detect(item)
    assert {f.code for f in findings} == {COMPLIANCE, EXPERT_NETWORK}
    for finding in findings:
        assert finding.category == "reassurance"
        for ev in finding.evidence:
            assert cited_text(item, ev.field)[ev.start : ev.end] == ev.excerpt  # type: ignore[index]
    compliance = next(f for f in findings if f.code == COMPLIANCE)
    assert any("confidential" in ev.excerpt for ev in compliance.evidence)


def test_a_recruiter_naming_employer_place_and_band_is_reassuring() -> None:
    assert EMPLOYER_TERMS in _codes(approach([("persona", RECRUITER)]))
    # Without the salary band the detail is not checkable enough.
    vague = RECRUITER.replace(", salary £68,000 - £80,000 plus bonus", "")
    assert EMPLOYER_TERMS not in _codes(approach([("persona", vague)]))


def test_a_hostile_approach_has_no_reassuring_sign() -> None:
    assert _codes(approach([("persona", HOSTILE)])) == set()


def test_a_work_address_on_the_employers_domain() -> None:
    persona = {
        "name": "Jo Smith",
        "experience": [{"company": "Acme Robotics Ltd", "title": "Talent Partner"}],
        "contacts": {"emails": ["jo.smith@acmerobotics.com"]},
    }
    assert WORK_EMAIL in _codes(approach([("persona", "Hello")], persona=persona))
    webmail = {**persona, "contacts": {"emails": ["acmerobotics.jobs@gmail.com"]}}
    assert WORK_EMAIL not in _codes(approach([("persona", "Hello")], persona=webmail))
    elsewhere = {**persona, "contacts": {"emails": ["jo@consult-asia.net"]}}
    assert WORK_EMAIL not in _codes(approach([("persona", "Hello")], persona=elsewhere))
