"""Reassuring signs: found in genuine outreach, absent from hostile approaches, evidence exact."""

from __future__ import annotations

import pytest

from counterlink.signals.reassurance import (
    COMPLIANCE,
    EMPLOYER_TERMS,
    EXPERT_NETWORK,
    FIRM_AND_CLIENT,
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
HOSTILE_RECRUITER = (
    "Hi, I'm Lily at Global Talent Partners. Our client, a leading think tank, would pay well "
    "for papers on your department's priorities. Can we continue on WeChat?"
)


def _codes(item: object) -> set[str]:
    return {f.code for f in DETECTOR.detect(item)}  # type: ignore[arg-type]


def test_an_expert_network_invitation_shows_its_compliance_terms() -> None:
    item = approach([("persona", EXPERT_INVITATION)])
    findings = DETECTOR.detect(item)
    assert {f.code for f in findings} == {COMPLIANCE, EXPERT_NETWORK}
    network = next(f for f in findings if f.code == EXPERT_NETWORK)
    # The network named, its hourly rate and its compliance step, each cited.
    assert len(network.evidence) == 3
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


@pytest.mark.parametrize("text", [HOSTILE, HOSTILE_RECRUITER])
def test_a_hostile_approach_has_no_reassuring_sign(text: str) -> None:
    assert _codes(approach([("persona", text)])) == set()


def test_a_network_name_alone_is_not_its_process() -> None:
    assert EXPERT_NETWORK not in _codes(approach([("persona", "Hi, I work for GLG. Can we talk?")]))
    opt_out = "I'm with GLG: $300 per hour, and you can opt out of future projects at any time."
    assert EXPERT_NETWORK in _codes(approach([("persona", opt_out)]))
    # An hourly rate and "no obligation" are what an elicitation may say too.
    paid = "We pay $500 per hour for your views, no obligation."
    assert EXPERT_NETWORK not in _codes(approach([("persona", paid)]))


def test_a_named_firm_acting_for_a_named_client() -> None:
    item = approach(
        [("persona", RECRUITER.replace("Hi Sam, our", "Hi Sam, I'm Jane at Hays. Our"))]
    )
    findings = [f for f in DETECTOR.detect(item) if f.code == FIRM_AND_CLIENT]
    assert [[ev.excerpt for ev in f.evidence] for f in findings] == [
        ["Hays", "Babcock International"]
    ]
    for ev in findings[0].evidence:
        assert cited_text(item, ev.field)[ev.start : ev.end] == ev.excerpt  # type: ignore[index]
    # The firm may come from the profile; a client that is not named is no sign.
    persona = {"experience": [{"company": "Hays plc", "title": "Recruiter"}]}
    named = approach([("persona", "Our client, BAE Systems, is hiring.")], persona=persona)
    assert FIRM_AND_CLIENT in _codes(named)
    unnamed = approach([("persona", "Our client, a defence firm, is hiring.")], persona=persona)
    assert FIRM_AND_CLIENT not in _codes(unnamed)


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
    # A look-alike domain that only contains a word of the name is not the employer's.
    lookalike = {**persona, "contacts": {"emails": ["jo@robotics-careers.com"]}}
    assert WORK_EMAIL not in _codes(approach([("persona", "Hello")], persona=lookalike))


def test_a_work_address_on_the_employers_website_or_in_a_message() -> None:
    persona = {
        "experience": [{"company": "Ernst & Young", "title": "Manager"}],
        "contacts": {"websites": ["https://www.ey.com/en_uk"], "emails": ["sam.lee@uk.ey.com"]},
    }
    assert WORK_EMAIL in _codes(approach([("persona", "Hello")], persona=persona))
    text = "Write to me at priya.shah@babcockinternational.com if you are interested."
    persona = {"experience": [{"company": "Babcock International", "title": "Talent Partner"}]}
    item = approach([("persona", text)], persona=persona)
    [finding] = [f for f in DETECTOR.detect(item) if f.code == WORK_EMAIL]
    assert finding.evidence[0].excerpt == "priya.shah@babcockinternational.com"
    # A generic firm's own domain proves nothing about who is behind it.
    generic = {
        "experience": [{"company": "Asia Pacific Research Partners", "title": "Director"}],
        "contacts": {"emails": ["li@asiapacificresearchpartners.com"]},
    }
    assert WORK_EMAIL not in _codes(approach([("persona", "Hello")], persona=generic))
