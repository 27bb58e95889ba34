"""Sharing: TLP of findings and attachments, and the partner watchlist.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TLPS = "'clear', 'green', 'amber', 'amber+strict', 'red'"


def upgrade() -> None:
    with op.batch_alter_table("reports") as batch:
        batch.add_column(
            sa.Column("finding_tlp", sa.JSON(), nullable=False, server_default=sa.text("'{}'"))
        )
    with op.batch_alter_table("reports") as batch:
        batch.alter_column("finding_tlp", server_default=None)
    with op.batch_alter_table("report_evidence") as batch:
        batch.add_column(sa.Column("tlp", sa.String(length=16), nullable=True))
        batch.create_check_constraint("tlp", f"tlp IN ({_TLPS})")
    op.create_table(
        "watchlist_sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("origin", sa.String(length=1000), nullable=False),
        sa.Column("format", sa.String(length=16), nullable=False),
        sa.Column("tlp", sa.String(length=16), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("imported_by", sa.String(length=100), nullable=False),
        sa.Column("entry_count", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "format IN ('stix', 'misp', 'hashed')", name=op.f("ck_watchlist_sources_format")
        ),
        sa.CheckConstraint(f"tlp IN ({_TLPS})", name=op.f("ck_watchlist_sources_tlp")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_watchlist_sources")),
        sa.UniqueConstraint("origin", name=op.f("uq_watchlist_sources_origin")),
    )
    op.create_table(
        "watchlist_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("value", sa.String(length=500), nullable=True),
        sa.Column("digest", sa.String(length=64), nullable=True),
        sa.Column("key_id", sa.String(length=16), nullable=True),
        sa.Column("persona", sa.String(length=300), nullable=True),
        sa.Column("ref", sa.String(length=200), nullable=True),
        sa.Column("tlp", sa.String(length=16), nullable=False),
        sa.Column("confidence", sa.Integer(), nullable=True),
        sa.Column("first_seen", sa.String(length=40), nullable=True),
        sa.CheckConstraint(f"tlp IN ({_TLPS})", name=op.f("ck_watchlist_entries_tlp")),
        sa.CheckConstraint(
            "value IS NOT NULL OR digest IS NOT NULL",
            name=op.f("ck_watchlist_entries_value_or_digest"),
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["watchlist_sources.id"],
            name=op.f("fk_watchlist_entries_source_id_watchlist_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_watchlist_entries")),
    )
    op.create_index(
        op.f("ix_watchlist_entries_source_id"), "watchlist_entries", ["source_id"], unique=False
    )
    op.create_index(op.f("ix_watchlist_entries_kind_value"), "watchlist_entries", ["kind", "value"])
    op.create_index(
        op.f("ix_watchlist_entries_kind_digest"), "watchlist_entries", ["kind", "digest"]
    )


def downgrade() -> None:
    op.drop_table("watchlist_entries")
    op.drop_table("watchlist_sources")
    with op.batch_alter_table("report_evidence") as batch:
        batch.drop_constraint("ck_report_evidence_tlp", type_="check")
        batch.drop_column("tlp")
    with op.batch_alter_table("reports") as batch:
        batch.drop_column("finding_tlp")
