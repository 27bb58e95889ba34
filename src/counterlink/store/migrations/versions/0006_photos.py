"""Profile photo hashes of reports and watchlist entries, for photo.reused (issue #17).

Revision ID: 0006
Revises: 0005

Reports stored before this revision have no rows here: their photos are not compared.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "photo_hashes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=True),
        sa.Column("watch_entry_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("value", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "report_id IS NOT NULL OR watch_entry_id IS NOT NULL",
            name=op.f("ck_photo_hashes_report_or_watch_entry"),
        ),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["reports.id"],
            name=op.f("fk_photo_hashes_report_id_reports"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["watch_entry_id"],
            ["watchlist_entries.id"],
            name=op.f("fk_photo_hashes_watch_entry_id_watchlist_entries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photo_hashes")),
    )
    op.create_index(
        op.f("ix_photo_hashes_kind_value"), "photo_hashes", ["kind", "value"], unique=False
    )
    op.create_index(op.f("ix_photo_hashes_report_id"), "photo_hashes", ["report_id"], unique=False)
    op.create_index(
        op.f("ix_photo_hashes_watch_entry_id"), "photo_hashes", ["watch_entry_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_photo_hashes_watch_entry_id"), table_name="photo_hashes")
    op.drop_index(op.f("ix_photo_hashes_report_id"), table_name="photo_hashes")
    op.drop_index(op.f("ix_photo_hashes_kind_value"), table_name="photo_hashes")
    op.drop_table("photo_hashes")
