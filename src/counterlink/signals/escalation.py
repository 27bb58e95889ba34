"""Escalating requests: an opening that asks for nothing, then asks that climb.

Hostile approaches build rapport first and ask later, moving from career questions to colleagues,
research, corporate or government information (ODNI-NCSC; NPSA *Think Before You Link*). What
counts as an ask is decided by :class:`~counterlink.signals.requests.RequestsDetector`, so both
detectors always agree (and its cached results make this one nearly free). A CV or project
question after a cold opener is what genuine recruiters do, so the finding needs a later ask
beyond those: colleagues, clearance or sensitive information.
"""

from __future__ import annotations

from typing import ClassVar

from counterlink.schema import Approach, Evidence, Finding
from counterlink.signals.base import Detector, evidence
from counterlink.signals.guidance import (
    NPSA_TBYL,
    ODNI_DECEPTION,
    ODNI_NEVERNIGHT,
    PHISHING_FOR_INFORMATION,
)
from counterlink.signals.requests import CAREER_CODES, RequestsDetector

CODE = "message.escalation"
TITLE = "Requests escalate after an opening message that asked for nothing"
_REQUESTS = RequestsDetector()


class EscalationDetector(Detector):
    """Flags a clean opener followed by asks that reach colleagues, clearance or sensitive data."""

    name = "escalation"
    codes: ClassVar[dict[str, str]] = {CODE: TITLE}

    def detect(self, approach: Approach) -> list[Finding]:
        persona = [
            (f"messages[{i}].text", m.text)
            for i, m in enumerate(approach.messages)
            if m.sender == "persona" and m.text.strip()
        ]
        if len(persona) < 2:
            return []  # one message cannot escalate
        if _REQUESTS.scan(persona[:1]):
            return []  # the opener already asked for something
        asks = _REQUESTS.scan(persona[1:])
        if all(finding.code in CAREER_CODES for finding in asks):
            return []  # nothing, or only what a genuine recruiter asks
        opener_path, opener_text = persona[0]
        first_char = len(opener_text) - len(opener_text.lstrip())
        opening = evidence(opener_path, opener_text, first_char, first_char, sentence=True)
        # Each asking sentence once, in conversation order, so the climb reads top to bottom.
        cited: dict[tuple[int, int], Evidence] = {}
        for finding in asks:
            for ev in finding.evidence:
                cited.setdefault((_message_index(ev.field), ev.start), ev)
        return [
            Finding(
                code=CODE,
                category="message",
                title=TITLE,
                evidence=[opening, *(cited[key] for key in sorted(cited))],
                guidance=[ODNI_DECEPTION, NPSA_TBYL, ODNI_NEVERNIGHT],
                attack=PHISHING_FOR_INFORMATION,
            )
        ]


def _message_index(path: str) -> int:
    """The message number in a ``messages[i].text`` path."""
    return int(path[len("messages[") : path.index("]")])
