"""Scoring: a probability from weighted findings, levels, advice; genuine recruiters stay low."""

from __future__ import annotations

import math

import pytest

from counterlink.assess import Assessor
from counterlink.model import MAX_SCORE, MIN_SCORE, load_model
from tests.conftest import make_approach

assessor = Assessor()

GENUINE_RECRUITERS = [
    "Hi Priya, I'm a consultant at Hays Technology. I'm working with Oxford Ionics on a Senior "
    "FPGA Engineer role (permanent, Oxford, £80-90k + equity). Would you be open to a call?",
    "Hello Tom, I lead talent acquisition at DeepMind. We're hiring research engineers for our "
    "London team; the job description is on our careers page. Happy to chat if you're curious.",
    "Hi Sarah, I came across your profile and thought you might be interested in a Quantum "
    "Software Engineer position at Riverlane in Cambridge. If so, feel free to send me your CV "
    "and we can set up a call.",
    "Good afternoon Dr Evans, Michael Page here. Our client, BAE Systems, is recruiting a "
    "Principal Systems Engineer in Warton. The role requires SC clearance eligibility as stated "
    "in the advert. Let me know if you'd like more details.",
]
STATE_STYLE = [
    (
        "Dear Dr Moreton, I represent a consultancy serving clients in Asia.",
        "They pay GBP 5,000 for a short report on developments in your field that are not yet "
        "public. We can continue on WhatsApp: +86 138 0013 8000. Please keep this between us.",
    ),
    (
        "Hello! Our think tank would like to invite you to speak in Beijing, all expenses paid.",
        "Before the trip could you tell me who else works on the programme and whether you "
        "hold a security clearance? We can pay in USDT if you prefer.",
    ),
]


@pytest.mark.parametrize("text", GENUINE_RECRUITERS)
def test_genuine_recruiters_stay_low(text: str) -> None:
    assessment = assessor.assess(make_approach(text))
    assert assessment.level == "low", [f.code for f in assessment.findings]


@pytest.mark.parametrize("texts", STATE_STYLE)
def test_state_style_approaches_are_high(texts: tuple[str, ...]) -> None:
    assert assessor.assess(make_approach(*texts)).level == "high"


def test_score_is_the_sigmoid_of_intercept_plus_weights() -> None:
    model = load_model()
    assessment = assessor.assess(make_approach(*STATE_STYLE[0]))
    logit = model.intercept + sum(f.weight for f in assessment.findings)
    expected = min(max(1 / (1 + math.exp(-logit)), MIN_SCORE), MAX_SCORE)
    assert assessment.score == pytest.approx(expected, abs=1e-3)
    weights = [f.weight for f in assessment.findings]
    assert weights == sorted(weights, reverse=True)
    assert assessment.model == model.label


def test_no_score_is_shown_as_certain() -> None:
    model = load_model()
    assert model.probability(set(model.coefficients)) == MAX_SCORE
    assert model.probability(set()) >= MIN_SCORE
    assert f"{MAX_SCORE:.0%}" != "100%"


def test_an_empty_conversation_is_low_with_advice() -> None:
    assessment = assessor.assess(make_approach())
    assert assessment.level == "low" and assessment.findings == []
    assert any(line.startswith("Recognise") for line in assessment.advice)


def test_levels_follow_the_model_thresholds() -> None:
    model = load_model()
    low, high = model.thresholds["medium"], model.thresholds["high"]
    assert model.level(high) == "high"
    assert model.level((low + high) / 2) in {"medium", "high"}
    assert model.level(max(0.0, low - 0.01)) == "low"
