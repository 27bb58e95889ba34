"""Employer checks stored with a case (issue #15).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "employer_checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("checked_by_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=300), nullable=True),
        sa.Column("number", sa.String(length=20), nullable=True),
        sa.Column("as_of", sa.String(length=10), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["reports.id"],
            name=op.f("fk_employer_checks_report_id_reports"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["checked_by_id"], ["users.id"], name=op.f("fk_employer_checks_checked_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employer_checks")),
    )
    op.create_index(
        op.f("ix_employer_checks_report_id"), "employer_checks", ["report_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_employer_checks_report_id"), table_name="employer_checks")
    op.drop_table("employer_checks")
