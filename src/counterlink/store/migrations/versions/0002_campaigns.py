"""Campaigns: analyst judgements (append-only) and the last computed campaigns.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "campaign_judgements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("judgement", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("revokes_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "action IN ('merge', 'confirm', 'split', 'exclude', 'revoke')",
            name=op.f("ck_campaign_judgements_action"),
        ),
        sa.ForeignKeyConstraint(
            ["revokes_id"],
            ["campaign_judgements.id"],
            name=op.f("fk_campaign_judgements_revokes_id_campaign_judgements"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_judgements")),
        sa.UniqueConstraint("revokes_id", name=op.f("uq_campaign_judgements_revokes_id")),
    )
    op.create_table(
        "campaign_snapshots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reports", sa.Integer(), nullable=False),
        sa.Column("last_report_id", sa.Integer(), nullable=False),
        sa.Column("judgements", sa.Integer(), nullable=False),
        sa.Column("last_judgement_id", sa.Integer(), nullable=False),
        sa.Column("algorithm", sa.String(length=64), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_snapshots")),
    )


def downgrade() -> None:
    op.drop_table("campaign_snapshots")
    op.drop_table("campaign_judgements")
