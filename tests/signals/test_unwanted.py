"""Ordinary unwanted traffic is recognised, and state-style approaches are not mistaken for it."""

from __future__ import annotations

import pytest

from counterlink.signals.unwanted import UNWANTED_CODES, UnwantedDetector
from tests.signals.evidence_checks import approach

DETECTOR = UnwantedDetector()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "We offer fast business loans up to £250k, approved within 24 hours.",
            "unwanted.loan_offer",
        ),
        (
            "Tired of the 9-5? Be your own boss and build passive income with our team.",
            "unwanted.mlm",
        ),
        (
            "Would your company consider sponsoring our charity gala this spring?",
            "unwanted.sponsorship_request",
        ),
        (
            "Our certification course starts Monday: early-bird discount ends Friday.",
            "unwanted.course_advert",
        ),
        (
            "Hi, I am currently looking for a new job in data science. Could you refer me?",
            "unwanted.job_seeker",
        ),
        (
            "We can get your site on the first page of Google with our SEO services.",
            "unwanted.sales_pitch",
        ),
        (
            "Join my crypto trading platform: guaranteed returns of 5% daily.",
            "unwanted.crypto_investment",
        ),
    ],
)
def test_commercial_noise_is_named(text: str, code: str) -> None:
    findings = DETECTOR.detect(approach([("persona", text)]))
    assert code in {f.code for f in findings}
    assert all(f.category == "unwanted" for f in findings)


@pytest.mark.parametrize(
    "text",
    [
        "My client, a think tank in Asia, pays $1,500 for a short paper on your plans.",
        "We would fly you to Shanghai, all expenses paid, to meet our partners. Keep it quiet.",
        "Could you tell me who else works on the propulsion programme with you?",
    ],
)
def test_state_style_approaches_are_not_unwanted_traffic(text: str) -> None:
    codes = {f.code for f in DETECTOR.detect(approach([("persona", text)]))}
    assert not codes & UNWANTED_CODES
