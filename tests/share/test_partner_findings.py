"""What a partner shared with us (a watchlist hit in an assessment) is never passed on, in any
format or to any audience, and the loss report says so."""

from __future__ import annotations

import json

import pytest

from counterlink.schema import Evidence, Finding
from counterlink.share import ShareCase, export_hashed, export_misp, export_stix
from tests.share.conftest import approach, assessment

PARTNER = "Secret Partner Agency"


def _case() -> ShareCase:
    graded = assessment()
    graded.findings.append(
        Finding(
            code="campaign.known_to_partner",
            category="campaign",
            weight=6.0,
            title=f"Known to partner {PARTNER} as 'V. Zhou' (TLP:AMBER): same messaging handle",
            evidence=[Evidence(field="messages[0].text", excerpt="vzhou88", start=0, end=7)],
            source=PARTNER,
        )
    )
    return ShareCase(approach(), graded, tlp="green")


@pytest.mark.parametrize("fmt", ["stix", "misp", "hashed"])
@pytest.mark.parametrize("audience", ["organisation", "community"])
def test_partner_findings_are_withheld(fmt: str, audience: str) -> None:
    if fmt == "stix":
        document, loss = export_stix(_case(), audience, "Us")
    elif fmt == "misp":
        document, loss = export_misp(_case(), audience, "Us")
    else:
        document, loss = export_hashed(_case(), audience, "Us", bytes(32))
    text = json.dumps(document)
    assert PARTNER not in text and "known_to_partner" not in text
    [item] = [i for i in loss if "known_to_partner" in i.path]
    assert item.kind == "withheld" and PARTNER in item.reason
    if fmt != "hashed":  # our own findings still go
        assert "message.paid_report" in text or "paid reports" in text.lower()
