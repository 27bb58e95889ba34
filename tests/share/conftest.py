from __future__ import annotations

import pytest

from counterlink.schema import Approach, Assessment, Evidence, Finding

pytest.importorskip("stix2")
pytest.importorskip("stix2validator")
pytest.importorskip("pymisp")

TARGET_NAME = "Imogen Hartley"
TARGET_ORG = "Qubitworks Ltd"


def approach(ident: str = "a1", **over: object) -> Approach:
    data: dict[str, object] = {
        "schema": "counterlink.approach/1",
        "id": ident,
        "source": "Imogen Hartley's LinkedIn export",
        "channel": "linkedin",
        "received_at": "2026-08-20T10:00:00Z",
        "persona": {
            "name": "Vivian Zhou",
            "headline": "Talent partner",
            "url": "https://www.linkedin.com/in/vivian-zhou-8a1b2c",
            "photo": {"sha256": "a" * 64, "phash": "ffeeddccbbaa9988"},
            "experience": [{"title": "Consultant", "company": "Global Insight Partners Ltd"}],
            "contacts": {
                "emails": ["vz@gip-consult.example"],
                "handles": {"wechat": "vzhou88"},
                "phones": ["+44 7700 900123"],
                "websites": ["https://gip-consult.example/team"],
            },
        },
        "target": {
            "name": TARGET_NAME,
            "organisation": TARGET_ORG,
            "sector": "quantum",
            "role": "researcher",
        },
        "messages": [
            {
                "sender": "persona",
                "sent_at": "2026-08-20T10:00:00Z",
                "text": "Hi Imogen, your work at Qubitworks is impressive. "
                "Add me on WeChat: vzhou88 for a paid report.",
            },
            {"sender": "target", "sent_at": "2026-08-21T09:00:00Z", "text": "Imogen here."},
        ],
        "label": "malicious",
    }
    data.update(over)
    return Approach.model_validate(data)


def assessment() -> Assessment:
    return Assessment(
        score=0.97,
        level="high",
        model="test",
        advice=["Report"],
        findings=[
            Finding(
                code="message.off_platform",
                category="message",
                title="Moves the conversation off LinkedIn",
                evidence=[
                    Evidence(field="messages[0].text", excerpt="WeChat: vzhou88", start=0, end=1)
                ],
                attack="T1566.003",
            ),
            Finding(
                code="message.paid_report",
                category="message",
                title="Offers paid reports",
                attack="T1598",
            ),
        ],
    )


# The store-backed share tests (tests/share/test_disclose.py) run on SQLite and, when
# configured, PostgreSQL, with the users of tests.dbfixtures.
from tests.dbfixtures import *  # noqa: E402, F403
