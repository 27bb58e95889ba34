"""The cover persona and the information sought, read in a reporter's account only, in English
and per language. Every text here is written for the test, in the manner of the published
descriptions (MI5 2025, NPSA Think Before You Link), not copied from any of them."""

from __future__ import annotations

import pytest

from counterlink.schema import APPROACH_SCHEMA, Approach
from counterlink.signals.tactics.reported import (
    COVER_CODE,
    ELICIT_CODE,
    ReportedTacticsDetector,
)
from tests.signals.evidence_checks import assert_evidence_points_into_text, codes

DETECTOR = ReportedTacticsDetector()


def account(text: str, *messages: str) -> Approach:
    return Approach.model_validate(
        {
            "schema": APPROACH_SCHEMA,
            "messages": [{"sender": "persona", "text": m} for m in messages],
            "account": text,
        }
    )


def found(item: Approach) -> set[str]:
    findings = DETECTOR.detect(item)
    assert_evidence_points_into_text(item, findings)
    return codes(findings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man posing as a headhunter for a policy institute wrote to me twice.", {COVER_CODE}),
        ("She claimed to be a researcher at a think tank in Singapore.", {COVER_CODE}),
        ("The firm turned out to be a front company with a fake website.", {COVER_CODE}),
        ("Someone with a fake recruiter profile messaged our lab manager.", {COVER_CODE}),
        (
            "He kept asking for non-public information about the tender we are bidding on.",
            {ELICIT_CODE},
        ),
        ("They wanted to obtain sensitive details of the reactor design.", {ELICIT_CODE}),
        (
            "Il se présentait comme un chasseur de têtes et voulait des informations "
            "confidentielles sur notre programme.",
            {COVER_CODE, ELICIT_CODE},
        ),
        (
            "Sie gab sich als Beraterin einer Denkfabrik aus und fragte nach vertraulichen "
            "Informationen aus dem Ministerium.",
            {COVER_CODE, ELICIT_CODE},
        ),
        (
            "Se hacía pasar por una consultora y pedía información confidencial del proyecto.",
            {COVER_CODE, ELICIT_CODE},
        ),
        (
            "Si presentava come un cacciatore di teste e chiedeva informazioni riservate "
            "sul contratto.",
            {COVER_CODE, ELICIT_CODE},
        ),
        (
            "Hij deed zich voor als recruiter en vroeg om vertrouwelijke informatie over het "
            "project.",
            {COVER_CODE, ELICIT_CODE},
        ),
    ],
)
def test_an_account_that_tells_the_pattern_is_read(text: str, expected: set[str]) -> None:
    assert found(account(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A recruiter from a bank contacted me about a data engineering role in Leeds.",
        "The consultant told me not to share any confidential information during the call.",
        "I was invited to review a paper for a journal I had never heard of.",
        "A headhunter sent me a job description with the salary band and the client's name.",
    ],
)
def test_ordinary_outreach_told_as_an_account_is_not(text: str) -> None:
    assert found(account(text)) == set()


def test_the_persona_s_own_messages_are_not_read() -> None:
    # A persona may call itself a consultant; only a reporter says it was posing as one.
    item = account("", "I am posing as nobody: a consultant with a fake-free track record.")
    assert found(item) == set()


def test_a_foreign_rule_keeps_its_hit_only_on_text_in_its_language() -> None:
    # "informazioni riservate" inside an English sentence is not an Italian account.
    item = account("My colleague said the word informazioni riservate was on a poster in Rome.")
    assert ELICIT_CODE not in found(item)
