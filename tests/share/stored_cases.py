"""Stored reports to export (store.share_source, store.sharing, the CLI and the web): the share
tests' approach (a persona with a LinkedIn profile and a WeChat handle, a named target) reported
and worked like a real case: two attachments and a comment naming the target."""

from __future__ import annotations

from sqlalchemy.orm import Session

from counterlink.store.evidence import attach_evidence
from counterlink.store.reports import add_comment, create_report, update_report
from counterlink.store.tables import Report, User
from tests.share.conftest import approach, assessment

# A real PNG header and a plain-text file: what store.evidence accepts.
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 17
NOTES = b"Call with Imogen Hartley, 21 August: she did not reply on WeChat.\n"
COMMENT = "Imogen Hartley confirmed she never answered. Persona seen at two other labs."
PAID = "message.paid_report"
OFF_PLATFORM = "message.off_platform"


def stored_case(
    s: Session,
    analyst: User,
    *,
    tlp: str = "amber",
    ident: str = "a1",
    reporter: User | None = None,
) -> Report:
    """A committed report of ``approach(ident)`` marked ``tlp``, with screenshot.png,
    call-notes.txt and one comment."""
    report = create_report(s, reporter or analyst, approach(ident), assessment())
    if tlp != "amber":
        update_report(s, analyst, report.id, tlp=tlp)
    attach_evidence(s, analyst, report.id, "screenshot.png", PNG)
    attach_evidence(s, analyst, report.id, "call-notes.txt", NOTES)
    add_comment(s, analyst, report.id, COMMENT)
    s.commit()
    return report
