"""The tables, as SQLAlchemy 2 typed declarative models.

``migrations/versions`` must create exactly these; a test compares the two on every database.
Timestamps are timezone-aware UTC in Python whatever the database stores.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

ROLES = ("reporter", "analyst", "admin")
STATUSES = ("new", "triaging", "investigating", "closed")
VERDICTS = ("malicious", "benign", "inconclusive")
TLPS = ("clear", "green", "amber", "amber+strict", "red")
LEVELS = ("low", "medium", "high")


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in and out; SQLite keeps no zone, so it stores UTC wall time."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: pass a timezone-aware value")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def _one_of(column: str, values: tuple[str, ...], name: str) -> CheckConstraint:
    listed = ", ".join(f"'{v}'" for v in values)
    return CheckConstraint(f"{column} IN ({listed})", name=name)


class Base(DeclarativeBase):
    # Named constraints, so migrations can refer to them on every database.
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(table_name)s_%(column_0_N_name)s",
            "uq": "uq_%(table_name)s_%(column_0_N_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
    }


class User(Base):
    __tablename__ = "users"
    __table_args__ = (_one_of("role", ROLES, "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ApiToken(Base):
    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    # Only the SHA-256 of the token is kept: a leaked database grants no access.
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    user: Mapped[User] = relationship()


class WebSession(Base):
    __tablename__ = "web_sessions"

    # SHA-256 of the cookie value, for the same reason as tokens.
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(index=True)

    user: Mapped[User] = relationship()


class LoginAttempt(Base):
    __tablename__ = "login_attempts"
    __table_args__ = (Index(None, "name", "at"), Index(None, "ip", "at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    ip: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    ok: Mapped[bool] = mapped_column(Boolean)


class Report(Base):
    __tablename__ = "reports"
    __table_args__ = (
        _one_of("status", STATUSES, "status"),
        _one_of("verdict", VERDICTS, "verdict"),
        _one_of("tlp", TLPS, "tlp"),
        _one_of("level", LEVELS, "level"),
        # The triage queue: sorted by score, filtered by these columns.
        Index(None, "score", "id"),
        Index(None, "status", "score"),
        Index(None, "level", "score"),
        Index(None, "created_at"),
        Index(None, "target_sector"),
        Index(None, "target_department"),
        Index(None, "reporter_id"),
        Index(None, "assignee_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reporter_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    approach: Mapped[dict[str, Any]]
    persona_name: Mapped[str | None] = mapped_column(String(300))
    channel: Mapped[str | None] = mapped_column(String(32))
    message_count: Mapped[int] = mapped_column(Integer)
    score: Mapped[float] = mapped_column(Float)
    level: Mapped[str] = mapped_column(String(8))
    assessment: Mapped[dict[str, Any]]
    status: Mapped[str] = mapped_column(String(16), default="new")
    verdict: Mapped[str | None] = mapped_column(String(16))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    tlp: Mapped[str] = mapped_column(String(16), default="amber")
    target_sector: Mapped[str | None] = mapped_column(String(200))
    target_department: Mapped[str | None] = mapped_column(String(200))
    target_role: Mapped[str | None] = mapped_column(String(200))
    # Finding code -> TLP, for a finding the team marks stricter than its case (sharing).
    finding_tlp: Mapped[dict[str, Any]] = mapped_column(default=dict)
    first_triaged_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]

    reporter: Mapped[User] = relationship(foreign_keys=[reporter_id])
    assignee: Mapped[User | None] = relationship(foreign_keys=[assignee_id])
    tactics: Mapped[list[ReportTactic]] = relationship(
        cascade="all, delete-orphan", order_by="ReportTactic.code"
    )


class ReportTactic(Base):
    """The finding codes of a report's assessment, one row each, for the tactic filter."""

    __tablename__ = "report_tactics"

    report_id: Mapped[int] = mapped_column(
        ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(String(100), primary_key=True, index=True)


class SubmissionKey(Base):
    """A key a submitter gave a report (their Idempotency-Key, or the approach's own id): a
    retry with the same key gets the first report back instead of a second one. Keys are the
    submitter's own, so nobody reaches another user's report with a guessed key."""

    __tablename__ = "submission_keys"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(String(300), primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    # SHA-256 of the submitted approach, to refuse a header key reused for another body.
    fingerprint: Mapped[str] = mapped_column(String(64))


class EvidenceFile(Base):
    """An uploaded file, stored once by the SHA-256 of its bytes."""

    __tablename__ = "evidence_files"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(100))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ReportEvidence(Base):
    __tablename__ = "report_evidence"
    __table_args__ = (UniqueConstraint("report_id", "sha256"), _one_of("tlp", TLPS, "tlp"))

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"))
    sha256: Mapped[str] = mapped_column(ForeignKey("evidence_files.sha256"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    # The attachment's own TLP when stricter than its case's; None: the case's.
    tlp: Mapped[str | None] = mapped_column(String(16))
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    file: Mapped[EvidenceFile] = relationship()


class Comment(Base):
    __tablename__ = "comments"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    author: Mapped[User] = relationship()


class ReportEvent(Base):
    """The timeline of a report: created, status, verdict, assignment, TLP, comment, evidence."""

    __tablename__ = "report_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    kind: Mapped[str] = mapped_column(String(32))
    detail: Mapped[dict[str, Any]]

    actor: Mapped[User | None] = relationship()


class AuditEntry(Base):
    """One append-only, hash-chained audit entry (see store.audit)."""

    __tablename__ = "audit_log"

    # Assigned by store.audit as previous id + 1, so a missing row shows as a gap.
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(32))
    object_type: Mapped[str] = mapped_column(String(32))
    object_id: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[dict[str, Any]]
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


# ---- campaigns (store.campaigns) -------------------------------------------------------------

JUDGEMENT_ACTIONS = ("merge", "confirm", "split", "exclude", "revoke")


class CampaignJudgement(Base):
    """An analyst's decision about campaigns, append-only like the audit log: a decision is
    withdrawn by a later ``revoke`` row naming it (``revokes_id``), never by deleting it."""

    __tablename__ = "campaign_judgements"
    __table_args__ = (_one_of("action", JUDGEMENT_ACTIONS, "action"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(16))
    # The judgement as counterlink.campaigns reads it: {"action", "members"} or {"groups"}.
    judgement: Mapped[dict[str, Any]]
    note: Mapped[str | None] = mapped_column(Text)
    # Unique: a decision is revoked once, however many analysts click at the same moment.
    revokes_id: Mapped[int | None] = mapped_column(
        ForeignKey("campaign_judgements.id"), unique=True
    )


class CampaignSnapshot(Base):
    """The campaigns last computed, and what from: pages recompute only when a report or a
    judgement arrived since (or the linking code changed)."""

    __tablename__ = "campaign_snapshots"

    id: Mapped[int] = mapped_column(primary_key=True)
    computed_at: Mapped[datetime] = mapped_column(default=utcnow)
    reports: Mapped[int] = mapped_column(Integer)
    last_report_id: Mapped[int] = mapped_column(Integer)
    judgements: Mapped[int] = mapped_column(Integer)
    last_judgement_id: Mapped[int] = mapped_column(Integer)
    algorithm: Mapped[str] = mapped_column(String(64))
    result: Mapped[dict[str, Any]]


# ---- partner watchlist (store.watchlist) ----------------------------------------------------

WATCH_FORMATS = ("stix", "misp", "hashed")


class WatchlistSource(Base):
    """One imported partner file or feed. Importing the same origin again replaces its entries."""

    __tablename__ = "watchlist_sources"
    __table_args__ = (
        _one_of("format", WATCH_FORMATS, "format"),
        _one_of("tlp", TLPS, "tlp"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    origin: Mapped[str] = mapped_column(String(1000), unique=True)
    format: Mapped[str] = mapped_column(String(16))
    tlp: Mapped[str] = mapped_column(String(16))
    sha256: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(100))
    entry_count: Mapped[int] = mapped_column(Integer)

    # Read-only: entries are written and deleted in bulk by store.watchlist.
    entries: Mapped[list[WatchlistEntry]] = relationship(
        viewonly=True, order_by="WatchlistEntry.id"
    )


class WatchlistEntry(Base):
    """One indicator of a source: a normalised value, or a keyed digest of one."""

    __tablename__ = "watchlist_entries"
    __table_args__ = (
        _one_of("tlp", TLPS, "tlp"),
        CheckConstraint("value IS NOT NULL OR digest IS NOT NULL", name="value_or_digest"),
        Index(None, "kind", "value"),
        Index(None, "kind", "digest"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(
        ForeignKey("watchlist_sources.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    value: Mapped[str | None] = mapped_column(String(500))
    digest: Mapped[str | None] = mapped_column(String(64))
    key_id: Mapped[str | None] = mapped_column(String(16))
    persona: Mapped[str | None] = mapped_column(String(300))
    ref: Mapped[str | None] = mapped_column(String(200))
    tlp: Mapped[str] = mapped_column(String(16))
    confidence: Mapped[int | None] = mapped_column(Integer)
    first_seen: Mapped[str | None] = mapped_column(String(40))


class EmployerCheck(Base):
    """One employer check an analyst ran from a case (`counterlink employer`'s JSON, as
    docs/schema/employer.schema.json): kept with the case, shown on it and exported with it."""

    __tablename__ = "employer_checks"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    checked_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    name: Mapped[str | None] = mapped_column(String(300))
    number: Mapped[str | None] = mapped_column(String(20))
    as_of: Mapped[str] = mapped_column(String(10))
    result: Mapped[dict[str, Any]]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    checked_by: Mapped[User | None] = relationship()


class PhotoHash(Base):
    """One hash of a profile photo, of a report's persona or of a partner's watchlist entry
    (store.photos): ``kind`` is ``sha256``, ``phash``, ``dhash``, ``ahash``, ``whash`` or
    ``colorhash`` (docs/photos.md), or ``phash.0`` to ``phash.3`` for the four 16-bit chunks of
    the phash, the index that finds any two photos within 3 bits of each other."""

    __tablename__ = "photo_hashes"
    __table_args__ = (
        CheckConstraint(
            "report_id IS NOT NULL OR watch_entry_id IS NOT NULL", name="report_or_watch_entry"
        ),
        Index(None, "kind", "value"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int | None] = mapped_column(
        ForeignKey("reports.id", ondelete="CASCADE"), index=True
    )
    watch_entry_id: Mapped[int | None] = mapped_column(
        ForeignKey("watchlist_entries.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    value: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
