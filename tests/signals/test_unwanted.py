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
        # As they arrive: no keyword a list of spam words would hold.
        (
            "Colm, pre-approved for up to $250K revenue-based funding. No collateral.",
            "unwanted.loan_offer",
        ),
        (
            "Hey hun! I'm growing my team and looking for ladies who want to earn from their "
            "phone around their shifts. Can I send you a little video?",
            "unwanted.mlm",
        ),
        (
            "I'd be a great fit for a paid partnership: 3 TikToks, 2 stories. Media kit attached.",
            "unwanted.sponsorship_request",
        ),
        (
            "Our 12-week Data Science & AI bootcamp has helped 3,000 people into tech. Our next "
            "intake is in September.",
            "unwanted.course_advert",
        ),
        (
            "hello sir good morning. i am electrician 6 years in Qatar, ready to come UK. please "
            "give whatsapp number i send documents.",
            "unwanted.job_seeker",
        ),
        (
            "Teams like Thames and Anglian use Flowdesk to cut manual job scheduling by 40%. "
            "Worth 15 minutes?",
            "unwanted.sales_pitch",
        ),
        (
            "My uncle taught me to trade gold contracts on a platform, I make around 8% a week. "
            "Start with $1,000 USDT.",
            "unwanted.crypto_investment",
        ),
        (
            "You share the same surname and I want to present you as next of kin. 40% will be "
            "yours.",
            "unwanted.advance_fee_scam",
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
        # The words of a pitch, in a sentence about what a state approach buys or offers.
        "We would like a paid partnership with you: short reports on your ministry's plans.",
        "Join our 2-week exchange programme in Beijing, all expenses paid, flights included.",
        "It is an extra income stream: we pay for your insights on the programme.",
        "We can pay you in USDT or bitcoin, whichever you prefer, for each paper.",
        "We run crisis simulations for private sponsors, with a £2,500 participation fee.",
        "Please move to WhatsApp, it is more private. My clients in Asia pay well.",
    ],
)
def test_state_style_approaches_are_not_unwanted_traffic(text: str) -> None:
    codes = {f.code for f in DETECTOR.detect(approach([("persona", text)]))}
    assert not codes & UNWANTED_CODES


def test_the_reporters_account_is_read_and_cited() -> None:
    account = "A book marketer approached me: I should pay $399 to have him market my book."
    item = approach([], account=account)
    [finding] = DETECTOR.detect(item)
    assert finding.code == "unwanted.sales_pitch"
    [ev] = finding.evidence
    assert ev.field == "account" and account[ev.start : ev.end] == ev.excerpt
