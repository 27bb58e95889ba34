"""How the approach reached us: as the reporter's own account rather than the messages.

An account ("he offered to fly me to Shanghai...") is written by someone who already judged the
contact worth reporting, and it holds fewer of the words a conversation would: one red flag in an
account is stronger evidence than the same flag in a long thread. The scorer cannot know that
unless it sees it, so this finding marks an approach that is an account alone; its weight is
fitted on the real accounts of the train split (:mod:`counterlink.learn.accounts`), and it is
shown, so that no one wonders why one flag moved the score.
"""

from __future__ import annotations

from typing import ClassVar

from counterlink.schema import Approach, Evidence, Finding
from counterlink.signals.base import Detector
from counterlink.signals.tactics.accounts import account_texts

CODE = "context.account_only"
TITLE = (
    "Reported as an account, without the messages: someone judged it worth reporting, and the "
    "text model cannot read an account"
)


class ReportFormDetector(Detector):
    """Marks an approach that holds an account and no message from the persona."""

    name = "report_form"
    codes: ClassVar[dict[str, str]] = {CODE: TITLE}

    def detect(self, approach: Approach) -> list[Finding]:
        if any(m.sender == "persona" and m.text.strip() for m in approach.messages):
            return []
        texts = account_texts(approach)
        if not texts:
            return []
        path, text = texts[0]
        end = min(len(text), 80)
        return [
            Finding(
                code=CODE,
                category="message",
                title=TITLE,
                evidence=[Evidence(field=path, excerpt=text[:end], start=0, end=end)],
            )
        ]
