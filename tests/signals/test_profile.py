"""Profile hallmarks of fake personas (RED-FLAGS #1, #8, #9)."""

from __future__ import annotations

from typing import Any

import pytest

from counterlink.schema import Approach
from counterlink.signals.profile import ProfileDetector, is_generic_firm, month_index
from tests.signals.evidence_checks import (
    approach,
    assert_evidence_points_into_text,
    assert_stable_and_blind_to_labels,
    by_code,
    codes,
)

RECEIVED = "2026-03-01T10:00:00+00:00"

# A genuine recruiter at a named agency with a full profile.
GENUINE_RECRUITER: dict[str, Any] = {
    "name": "Sam Reed",
    "headline": "Senior Recruiter at Hays | Technology & Engineering",
    "about": "I help engineers in the North West find their next role.",
    "connections": 500,
    "member_since": "2012-04",
    "experience": [
        {"title": "Senior Recruiter", "company": "Hays", "start": "2019-02"},
        {
            "title": "Recruitment Consultant",
            "company": "Michael Page",
            "start": "2015-09",
            "end": "2019-01",
        },
    ],
    "education": [{"school": "University of Leeds", "degree": "BA", "end": "2015"}],
}
# A front persona with every hallmark.
FRONT: dict[str, Any] = {
    "name": "Grace Liu",
    "headline": "Global Strategic Visionary | Elite High-End Talent | "
    "Partner at Asia Pacific Research Partners",
    "about": "Well connected with government ministries and state-owned enterprises in Asia.",
    "connections": 23,
    "member_since": "2025-10",
    "experience": [
        {
            "title": "Managing Partner",
            "company": "Asia Pacific Research Partners",
            "start": "2022-01",
        },
        {"title": "Analyst", "company": "Confidential", "start": "2019-01", "end": "2021-12"},
    ],
    "education": [{"school": "Unknown University", "end": "2018"}],
}


def detect(persona: dict[str, Any], **fields: Any) -> tuple[Approach, list[Any]]:
    fields.setdefault("received_at", RECEIVED)
    item = approach([("persona", "Hello")], persona=persona, **fields)
    findings = ProfileDetector().detect(item)
    assert_evidence_points_into_text(item, findings)
    return item, findings


def test_front_persona_shows_its_hallmarks() -> None:
    _, findings = detect(FRONT)
    assert codes(findings) == {
        "profile.thin",
        "profile.new_account",
        "profile.generic_firm",
        "profile.implausible_seniority",
        "profile.headline_buzzwords",
        "profile.government_links",
    }
    for finding in findings:
        assert finding.category == "profile" and finding.guidance and finding.weight == 0.0
        assert finding.attack == "T1585.001"


def test_genuine_recruiter_at_a_named_agency_is_only_a_recruiter() -> None:
    _, findings = detect(GENUINE_RECRUITER)
    assert codes(findings) == {"profile.recruiter_persona"}


def test_genuine_engineer_raises_nothing() -> None:
    persona = {
        "headline": "Quantum engineer at Oxford Quantum Circuits",
        "connections": 800,
        "member_since": "2016-01",
        "about": "Superconducting qubits, cryogenics and control electronics.",
        "experience": [
            {"title": "Quantum Engineer", "company": "Oxford Quantum Circuits", "start": "2021-01"}
        ],
        "education": [{"school": "University of Oxford", "degree": "DPhil", "end": "2020"}],
    }
    assert detect(persona)[1] == []


# --- thin and new ---------------------------------------------------------------------------


def test_few_connections_is_thin_and_cites_the_number() -> None:
    _, findings = detect({**GENUINE_RECRUITER, "connections": 14})
    thin = by_code(findings, "profile.thin")
    assert [(ev.field, ev.excerpt, ev.start, ev.end) for ev in thin.evidence] == [
        ("persona.connections", "14", 0, 2)
    ]


def test_an_empty_history_is_thin() -> None:
    _, findings = detect({"name": "A B", "headline": "Talent Partner", "experience": []})
    thin = by_code(findings, "profile.thin")
    assert [ev.field for ev in thin.evidence] == [
        "persona.experience",
        "persona.education",
        "persona.about",
    ]
    assert all(ev.excerpt == "" for ev in thin.evidence)


@pytest.mark.parametrize(
    "persona",
    [
        {"name": "Grace Liu", "url": "https://www.linkedin.com/in/grace"},
        {"name": "Sam Reed", "headline": "Software engineer", "connections": 300},
    ],
)
def test_sections_that_were_not_captured_are_not_an_empty_profile(persona: dict[str, Any]) -> None:
    # Absent sections are unknown (a message export has none), not empty.
    assert detect(persona)[1] == []


@pytest.mark.parametrize(
    ("member_since", "received_at", "fires"),
    [
        ("2026-01", RECEIVED, True),
        ("Oct 2025", RECEIVED, True),
        ("2025-03", RECEIVED, False),
        ("2014-03", RECEIVED, False),
        ("2026-01", None, False),  # no approach date: skipped, never "today"
    ],
)
def test_new_account(member_since: str, received_at: str | None, fires: bool) -> None:
    persona = {**GENUINE_RECRUITER, "member_since": member_since}
    _, findings = detect(persona, received_at=received_at)
    assert ("profile.new_account" in codes(findings)) is fires


def test_month_index() -> None:
    assert month_index("2021") == month_index("2021-01") == month_index("Jan 2021")
    assert month_index("2021-03-04T10:00:00Z") == month_index("March 2021") == 2021 * 12 + 2
    assert month_index("soon") is None and month_index(None) is None


# --- the persona's firm and role ------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Global Talent Consulting",
        "International Strategic Advisory Group",
        "Asia Pacific Research Partners",
        "Global Executive Search Partners Ltd",
    ],
)
def test_generic_firm_names(name: str) -> None:
    assert is_generic_firm(name)
    persona = {**GENUINE_RECRUITER, "experience": [{"title": "Partner", "company": name}]}
    generic = by_code(detect(persona)[1], "profile.generic_firm")
    assert generic.evidence[0].excerpt == name


@pytest.mark.parametrize(
    "name",
    ["Hays", "Deloitte", "Oxford Quantum Circuits", "Boston Consulting Group", "Consulting", ""],
)
def test_firms_with_a_distinctive_name_are_not_generic(name: str) -> None:
    assert not is_generic_firm(name)


def test_generic_firm_in_the_headline() -> None:
    persona = {**GENUINE_RECRUITER, "headline": "Senior Director | Global Talent Consulting"}
    generic = by_code(detect(persona)[1], "profile.generic_firm")
    assert [(ev.field, ev.excerpt) for ev in generic.evidence] == [
        ("persona.headline", "Global Talent Consulting")
    ]


@pytest.mark.parametrize(
    "headline",
    [
        "Headhunter | Semiconductors",
        "Talent Acquisition Partner at Nova",
        "Executive Search for deep tech",
        "Recruitment Consultant",
    ],
)
def test_recruiter_persona(headline: str) -> None:
    assert "profile.recruiter_persona" in codes(detect({"headline": headline})[1])


@pytest.mark.parametrize(
    "headline",
    [
        "Senior Fellow, Institute for Strategic Studies",
        "Commissioning editor, Journal of Advanced Materials",
        "Director, Policy Research | Think tank",
        "Partner at a geopolitical advisory",
    ],
)
def test_consultancy_persona(headline: str) -> None:
    assert "profile.consultancy_persona" in codes(detect({"headline": headline})[1])


def test_a_past_recruiting_job_is_not_the_persona() -> None:
    persona = {
        "headline": "Software engineer at Arm",
        "experience": [
            {"title": "Software Engineer", "company": "Arm", "start": "2020-01"},
            {"title": "Recruiter", "company": "Hays", "start": "2016-01", "end": "2019-12"},
        ],
    }
    assert "profile.recruiter_persona" not in codes(detect(persona)[1])


def test_role_detectors_ignore_messages() -> None:
    item = approach(
        [("persona", "I am a headhunter with a think tank, close to the ministry.")],
        persona={"name": "X"},
    )
    assert ProfileDetector().detect(item) == []


# --- seniority ------------------------------------------------------------------------------


def _senior(title: str, start: str | None, **extra: Any) -> dict[str, Any]:
    return {
        "headline": title,
        "connections": 400,
        "experience": [{"title": title, "company": "Nova Quantum", "start": start}],
        **extra,
    }


def test_senior_title_soon_after_graduation() -> None:
    persona = _senior("Director", "2022-01", education=[{"school": "X", "end": "2019"}])
    finding = by_code(detect(persona)[1], "profile.implausible_seniority")
    assert "3 years" in finding.title
    assert [ev.field for ev in finding.evidence] == [
        "persona.experience[0].title",
        "persona.experience[0].start",
        "persona.education[0].end",
    ]


def test_senior_title_as_the_only_history() -> None:
    assert "profile.implausible_seniority" in codes(detect(_senior("Vice President", "2025-03"))[1])


def test_an_undated_lone_job_is_a_partial_record_not_a_history() -> None:
    # What a LinkedIn export gives: the current position from Connections.csv, nothing else.
    assert "profile.implausible_seniority" not in codes(detect(_senior("Vice President", None))[1])


@pytest.mark.parametrize(
    "persona",
    [
        _senior("Partner", "2015-01", education=[{"school": "X", "end": "2001"}]),
        _senior("HR Business Partner", "2022-01", education=[{"school": "X", "end": "2021"}]),
        _senior("Associate Director", "2022-01", education=[{"school": "X", "end": "2020"}]),
        _senior("Engineer", "2022-01", education=[{"school": "X", "end": "2021"}]),
        GENUINE_RECRUITER,
    ],
)
def test_plausible_seniority(persona: dict[str, Any]) -> None:
    assert "profile.implausible_seniority" not in codes(detect(persona)[1])


# --- checkable employer ---------------------------------------------------------------------


@pytest.mark.parametrize("company", ["Confidential", "Self-employed", "Stealth Startup", None])
def test_no_checkable_employer(company: str | None) -> None:
    persona = {
        "headline": "Talent Partner",
        "experience": [{"title": "Talent Partner", "company": company, "start": "2020-01"}],
    }
    assert "profile.no_checkable_employer" in codes(detect(persona)[1])


def test_headline_employer_missing_from_the_history() -> None:
    persona = {
        "headline": "Recruiter at Acme Talent Ltd | for confidential clients",
        "experience": [{"title": "Recruiter", "company": "Nova Partners", "start": "2020-01"}],
    }
    finding = by_code(detect(persona)[1], "profile.no_checkable_employer")
    assert [ev.excerpt for ev in finding.evidence] == ["confidential clients", "Acme Talent Ltd"]


@pytest.mark.parametrize(
    "persona",
    [
        GENUINE_RECRUITER,
        {
            "headline": "Researcher at Confidential Computing Consortium",
            "experience": [{"title": "Researcher", "company": "Confidential Computing Consortium"}],
        },
        # A history that names a past employer is not a current placeholder.
        {
            "headline": "Engineer at Arm",
            "experience": [
                {"title": "Engineer", "company": "Arm"},
                {"title": "Intern", "company": "Confidential", "end": "2019-01"},
            ],
        },
    ],
)
def test_checkable_employers(persona: dict[str, Any]) -> None:
    assert "profile.no_checkable_employer" not in codes(detect(persona)[1])


# --- headline and about ---------------------------------------------------------------------


def test_headline_buzzwords() -> None:
    finding = by_code(detect(FRONT)[1], "profile.headline_buzzwords")
    assert {ev.excerpt.lower() for ev in finding.evidence} == {
        "global",
        "strategic",
        "visionary",
        "elite",
        "high-end",
    }
    two = {**GENUINE_RECRUITER, "headline": "Global Head of Strategic Partnerships at Arm"}
    assert "profile.headline_buzzwords" not in codes(detect(two)[1])


@pytest.mark.parametrize(
    "about",
    [
        "Close ties to the government and senior officials in Beijing.",
        "We advise state-owned enterprises on talent.",
        "Former adviser to the Ministry of Commerce.",
    ],
)
def test_government_links(about: str) -> None:
    finding = by_code(detect({**GENUINE_RECRUITER, "about": about})[1], "profile.government_links")
    assert finding.evidence[0].field == "persona.about"


def test_deterministic_and_blind_to_labels() -> None:
    assert_stable_and_blind_to_labels(ProfileDetector(), detect(FRONT)[0])


def test_parameters_are_stored_as_given_and_checked_when_run() -> None:
    detector = ProfileDetector(min_connections=-1)
    assert detector.min_connections == -1
    with pytest.raises(ValueError, match="min_connections"):
        detector.detect(detect(FRONT)[0])
    loose = ProfileDetector(min_connections=10, min_buzzwords=6)
    assert not {"profile.thin", "profile.headline_buzzwords"} & codes(
        loose.detect(detect(FRONT)[0])
    )
