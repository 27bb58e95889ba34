"""An assessment says what kind of traffic it is, and spam never gets the state-approach advice."""

from __future__ import annotations

from counterlink.advice import UNWANTED_ADVICE
from counterlink.assess import Assessor, kind_of
from counterlink.schema import Finding
from tests.conftest import make_approach

assessor = Assessor()
HALLMARKS = "hallmarks of a hostile state approach"


def _finding(code: str, category: str) -> Finding:
    return Finding(code=code, category=category, title=code)  # type: ignore[arg-type]


def test_spam_is_unwanted_traffic_with_plain_advice() -> None:
    spam = make_approach(
        "Tired of the 9-5? Be your own boss and earn passive income with our team. "
        "Message me on WhatsApp for details."
    )
    assessment = assessor.assess(spam)
    assert assessment.category == "unwanted"
    assert assessment.advice == UNWANTED_ADVICE
    assert not any(HALLMARKS in line for line in assessment.advice)


def test_elicitation_keeps_an_approach_hostile_even_beside_spam_words() -> None:
    findings = [
        _finding("unwanted.course_advert", "unwanted"),
        _finding("message.request_projects", "message"),
    ]
    assert kind_of(findings, "high") == "hostile_state"
    assert kind_of(findings[:1], "high") == "unwanted"
    assert kind_of([], "low") == "none"
    assert kind_of([_finding("message.flattery", "message")], "medium") == "hostile_state"


def test_a_state_style_approach_keeps_the_four_rs() -> None:
    assessment = assessor.assess(
        make_approach(
            "I represent a consultancy whose clients in Asia pay $2,000 for a short report on "
            "your ministry's plans. Please keep this between us and add me on WhatsApp."
        )
    )
    assert assessment.category == "hostile_state"
    assert any(line.startswith("Report") for line in assessment.advice)
