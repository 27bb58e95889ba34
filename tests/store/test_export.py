"""Labelled export: analyst verdicts become approach/1 labels for retraining."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from counterlink.schema import Approach
from counterlink.store.errors import Forbidden
from counterlink.store.reports import create_report, export_labelled, update_report
from counterlink.store.tables import AuditEntry, User
from tests.dbfixtures import sample_approach, sample_assessment


def test_export_labels_reviewed_reports_only(people: dict[str, User], session: Session) -> None:
    ann = people["ann"]
    ids = {}
    for verdict in ("malicious", "benign", "inconclusive", None):
        approach = sample_approach(
            f"persona {verdict}", id="same-id", label="benign", annotations={"kept": 1}
        )
        report = create_report(session, people["rita"], approach, sample_assessment())
        if verdict:
            update_report(session, ann, report.id, status="closed", verdict=verdict)
        ids[verdict] = report.id
    session.commit()

    records = list(export_labelled(session, ann))
    session.commit()
    assert [r["label"] for r in records] == ["malicious", "benign"]
    first = records[0]
    assert first["id"] == f"report-{ids['malicious']}"
    assert first["schema"] == "counterlink.approach/1"
    assert first["persona"]["name"] == "persona malicious"
    # rita is a reporter: her own annotations ({"kept": 1}) are not training data (#14).
    assert first["annotations"] == {
        "counterlink_report": {"id": ids["malicious"], "approach_id": "same-id", "tlp": "amber"},
    }
    # Every record reads back as an approach.
    assert [Approach.model_validate(r).label for r in records] == ["malicious", "benign"]
    entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "export.labelled")).one()
    assert (entry.actor, entry.detail) == ("ann", {"count": 2})


def test_reporters_cannot_export(people: dict[str, User], session: Session) -> None:
    with pytest.raises(Forbidden):
        list(export_labelled(session, people["rita"]))
