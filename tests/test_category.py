"""An assessment says what kind of traffic it is, and spam never gets the state-approach advice."""

from __future__ import annotations

import pytest

from counterlink.advice import ADVICE, UNWANTED_ADVICE, advice_for
from counterlink.assess import Assessor, kind_of
from counterlink.schema import Assessment, Finding
from tests.conftest import make_approach

assessor = Assessor()
HALLMARKS = "hallmarks of a hostile state approach"


def _finding(code: str, category: str, weight: float = 1.0) -> Finding:
    return Finding(code=code, category=category, title=code, weight=weight)  # type: ignore[arg-type]


COURSE = _finding("unwanted.course_advert", "unwanted", -0.2)
PROJECTS = _finding("message.request_projects", "message")
OFF_PLATFORM = _finding("message.off_platform", "message")
FLATTERY = _finding("message.flattery", "message")
COMPLIANCE = _finding("reassure.compliance_terms", "reassurance", -0.5)


def test_spam_is_unwanted_traffic_with_plain_advice() -> None:
    spam = make_approach(
        "Tired of the 9-5? Be your own boss and earn passive income with our team. "
        "Message me on WhatsApp for details."
    )
    assessment = assessor.assess(spam)
    assert assessment.category == "unwanted"
    assert assessment.advice == UNWANTED_ADVICE
    assert not any(HALLMARKS in line for line in assessment.advice)


@pytest.mark.parametrize(
    "text",
    [
        "Hi, we offer fast business loans up to $500,000 with approval in 24 hours. WhatsApp me "
        "on +1 555 0100 for details.",
        "Respected Sir, I am mechanical engineer with 3 years experience. Kindly provide me any "
        "job in your company. Please share your phone number so I can send my documents.",
        "Our online PMP certification course starts next week, 40% off for early registrations. "
        "Enrol now!",
        "Hi, we are organising a charity run and are looking for sponsors. Would your company "
        "consider sponsoring our event?",
    ],
)
def test_everyday_spam_is_never_told_it_has_the_hallmarks(text: str) -> None:
    assessment = assessor.assess(make_approach(text))
    assert assessment.category == "unwanted"
    assert not any(HALLMARKS in line for line in assessment.advice)
    assert any("spam" in line for line in assessment.advice)


def test_the_category_rule() -> None:
    # A state approach's own move keeps it hostile beside spam words, at medium or high.
    assert kind_of([COURSE, PROJECTS], "high") == "hostile_state"
    assert kind_of([COURSE, PROJECTS], "medium") == "hostile_state"
    # At low, unwanted findings say what it is.
    assert kind_of([COURSE, PROJECTS], "low") == "unwanted"
    # Spam that pushes to WhatsApp is still spam: scams do that as often as services do.
    assert kind_of([COURSE, OFF_PLATFORM], "high") == "unwanted"
    assert kind_of([COURSE], "high") == "unwanted"
    # A partner's indicator is a state move whatever its code.
    partner = _finding("contact.known", "campaign").model_copy(update={"source": "NCSC"})
    assert kind_of([COURSE, partner], "high") == "hostile_state"
    # No unwanted findings: hostile at medium or high with a red flag, else none.
    assert kind_of([FLATTERY], "medium") == "hostile_state"
    assert kind_of([FLATTERY], "low") == "none"
    assert kind_of([], "low") == "none"
    # Neither a reassuring sign nor a finding weighed 0 is a red flag.
    assert kind_of([COMPLIANCE], "medium") == "none"
    assert kind_of([_finding("message.flattery", "message", 0.0)], "high") == "none"


def test_the_hallmarks_are_said_only_of_a_hostile_state_approach_at_high() -> None:
    for level in ("low", "medium", "high"):
        for category in ("hostile_state", "unwanted", "none"):
            said = any(HALLMARKS in line for line in advice_for(level, category))  # type: ignore[arg-type]
            assert said == (level == "high" and category == "hostile_state"), (level, category)
    assert advice_for("high") == ADVICE["high"]  # the old call still means a state approach
    assert advice_for("high", "none") == ADVICE["medium"]


def test_a_state_style_approach_keeps_the_four_rs() -> None:
    assessment = assessor.assess(
        make_approach(
            "I represent a consultancy whose clients in Asia pay $2,000 for a short report on "
            "your ministry's plans. Please keep this between us and add me on WhatsApp."
        )
    )
    assert assessment.category == "hostile_state"
    assert assessment.level == "high"
    assert any(HALLMARKS in line for line in assessment.advice)
    assert any(line.startswith("Report") for line in assessment.advice)


def test_old_assessment_json_without_a_category_still_reads() -> None:
    old = {"score": 0.5, "level": "medium", "findings": [], "advice": [], "model": "m"}
    assert Assessment.model_validate(old).category == "none"
