"""Evidence files (screenshots, PDFs, .eml, text) attached to reports.

Files are stored once, addressed by the SHA-256 of their bytes. The type is sniffed from the
bytes, never taken from the upload, and must agree with the file name's extension: anything a
browser could run (HTML, SVG, scripts, executables) is refused.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import PurePosixPath, PureWindowsPath

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from counterlink.errors import InvalidInput
from counterlink.store.audit import record as audit_record
from counterlink.store.errors import NotFound
from counterlink.store.reports import add_event, can_triage, visible_report
from counterlink.store.tables import EvidenceFile, Report, ReportEvidence, User, utcnow

MAX_BYTES = 10 * 1024 * 1024
# Media type → the file name extensions that may carry it.
EXTENSIONS: dict[str, tuple[str, ...]] = {
    "image/png": (".png",),
    "image/jpeg": (".jpg", ".jpeg"),
    "image/gif": (".gif",),
    "image/webp": (".webp",),
    "application/pdf": (".pdf",),
    "message/rfc822": (".eml",),
    "text/plain": (".txt",),
}
ACCEPTED = "PNG, JPEG, GIF, WebP, PDF, .eml or plain text"
_HEADER = re.compile(rb"^[!-9;-~]+:[ \t]*\S", re.MULTILINE)
_MAIL_HEADERS = (
    b"from",
    b"to",
    b"subject",
    b"date",
    b"received",
    b"return-path",
    b"message-id",
    b"mime-version",
    b"delivered-to",
)
_MARKUP = (b"<!doctype", b"<html", b"<svg", b"<?xml", b"<script", b"<body", b"<iframe")


def sniff(data: bytes) -> str | None:
    """The media type of ``data`` by its content, or None when it is not accepted."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    if not _is_text(data):
        return None
    if _is_mail(data):
        # Mail often carries an HTML part; it is served as message/rfc822, never rendered.
        return "message/rfc822"
    head = data[:4096].lower()
    if any(tag in head for tag in _MARKUP):
        return None
    return "text/plain"


def _is_text(data: bytes) -> bool:
    if b"\x00" in data:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _is_mail(data: bytes) -> bool:
    """Headers first, and at least two of the usual ones, as any mail client writes."""
    header_block = data.lstrip(b"\r\n").split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    names = {match.group(0).split(b":", 1)[0].lower() for match in _HEADER.finditer(header_block)}
    first_line = header_block.split(b"\n", 1)[0]
    return _HEADER.match(first_line) is not None and len(names & set(_MAIL_HEADERS)) >= 2


def clean_filename(filename: str) -> str:
    """The base name only, without control characters, at most 255 characters."""
    base = PureWindowsPath(PurePosixPath(filename).name).name
    base = "".join(c for c in base if c.isprintable()).strip().strip(".")
    if not base:
        raise InvalidInput("file name is empty", field="filename")
    stem, dot, ext = base.rpartition(".")
    if dot and len(base) > 255:
        base = stem[: 255 - len(ext) - 1] + "." + ext
    return base[:255]


def check_file(filename: str, data: bytes) -> tuple[str, str]:
    """(clean file name, media type) of an acceptable upload, else InvalidInput saying why."""
    name = clean_filename(filename)
    if not data:
        raise InvalidInput(f"{name} is empty", field="file")
    if len(data) > MAX_BYTES:
        raise InvalidInput(
            f"{name} is {len(data) / 1024 / 1024:.1f} MB; at most {MAX_BYTES // 1024 // 1024} MB",
            field="file",
        )
    media_type = sniff(data)
    if media_type is None:
        raise InvalidInput(f"{name}: file type not accepted (only {ACCEPTED})", field="file")
    extension = PurePosixPath(name).suffix.lower()
    if extension not in EXTENSIONS[media_type]:
        expected = " or ".join(EXTENSIONS[media_type])
        raise InvalidInput(
            f"{name}: the content is {media_type}, so the name must end in {expected}",
            field="filename",
        )
    return name, media_type


def attach_evidence(
    s: Session, actor: User, report_id: int, filename: str, data: bytes
) -> ReportEvidence:
    """Attach a file to a report the actor may see (its reporter, or an analyst).

    The same bytes are stored once however often they are attached; attaching them to the same
    report again returns the existing attachment.
    """
    report = visible_report(s, actor, report_id)
    name, media_type = check_file(filename, data)
    digest = hashlib.sha256(data).hexdigest()
    _store_file(s, digest, media_type, data)
    link = s.scalar(
        select(ReportEvidence).where(
            ReportEvidence.report_id == report.id, ReportEvidence.sha256 == digest
        )
    )
    if link is not None:
        return link
    link = ReportEvidence(
        report_id=report.id,
        sha256=digest,
        filename=name,
        added_by_id=actor.id,
        created_at=utcnow(),
    )
    s.add(link)
    s.flush()
    add_event(s, report, actor, "evidence", sha256=digest, filename=name, media_type=media_type)
    audit_record(
        s, actor.name, "evidence.attach", "report", report.id, {"sha256": digest, "file": name}
    )
    return link


def _store_file(s: Session, digest: str, media_type: str, data: bytes) -> None:
    """Insert the file unless its bytes are already there (concurrent uploads included)."""
    dialect = s.get_bind().dialect.name
    values = {
        "sha256": digest,
        "size": len(data),
        "media_type": media_type,
        "data": data,
        "created_at": utcnow(),
    }
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        s.execute(pg_insert(EvidenceFile).values(**values).on_conflict_do_nothing())
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        s.execute(sqlite_insert(EvidenceFile).values(**values).on_conflict_do_nothing())


def list_evidence(s: Session, viewer: User, report: Report) -> list[ReportEvidence]:
    """The attachments of a report the viewer has already been allowed to see: all of them for
    an analyst or admin, only those they attached themselves for its reporter."""
    visible_report(s, viewer, report.id)
    query = select(ReportEvidence).where(ReportEvidence.report_id == report.id)
    if not can_triage(viewer):
        query = query.where(ReportEvidence.added_by_id == viewer.id)
    return list(s.scalars(query.order_by(ReportEvidence.created_at, ReportEvidence.id)))


def get_evidence(s: Session, viewer: User, sha256: str) -> tuple[EvidenceFile, str]:
    """(file, a file name it was uploaded under) if the viewer may see it: an analyst or admin
    any file attached to a report; a reporter only a file they attached to their own report
    themselves (what an analyst attached, whatever its TLP, is the analysts' working material).

    NotFound otherwise, whether or not the file exists. The download is audited.
    """
    link_query = select(ReportEvidence).where(ReportEvidence.sha256 == sha256)
    if not can_triage(viewer):
        link_query = link_query.where(
            ReportEvidence.added_by_id == viewer.id,
            exists().where(Report.id == ReportEvidence.report_id, Report.reporter_id == viewer.id),
        )
    link = s.scalar(link_query.order_by(ReportEvidence.id).limit(1))
    if link is None:
        raise NotFound(f"no evidence file {sha256}")
    audit_record(s, viewer.name, "evidence.view", "evidence", sha256, {"report": link.report_id})
    return link.file, link.filename
