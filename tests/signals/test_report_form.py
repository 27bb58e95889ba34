"""An approach reported as an account alone is marked, and a conversation is not."""

from __future__ import annotations

from counterlink.signals.report_form import CODE, ReportFormDetector
from tests.signals.evidence_checks import approach, cited_text

DETECTOR = ReportFormDetector()
ACCOUNT = "A headhunter offered to fly me to Shanghai to meet his client, all expenses paid."


def test_an_account_alone_is_marked_with_evidence() -> None:
    item = approach([], account=ACCOUNT)
    (finding,) = DETECTOR.detect(item)
    assert finding.code == CODE
    ev = finding.evidence[0]
    assert cited_text(item, ev.field)[ev.start : ev.end] == ev.excerpt  # type: ignore[index]


def test_messages_with_an_account_are_a_conversation() -> None:
    item = approach([("persona", "Hello, are you open to paid work?")], account=ACCOUNT)
    assert DETECTOR.detect(item) == []
    assert DETECTOR.detect(approach([("target", "hi")])) == []
