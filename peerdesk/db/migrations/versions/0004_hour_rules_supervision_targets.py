"""Training hour rules (e.g. 36 hours per 24 months, 3 of them ethics) and a monthly
supervision target, per role.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _role() -> sa.Column:
    return sa.Column(
        "role",
        sa.Enum(
            "facilitator",
            "peer",
            "coordinator",
            name="role",
            native_enum=False,
            create_constraint=False,
            length=16,
        ),
        nullable=False,
    )


def _synced_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "hour_rules",
        _role(),
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.Column("hours", sa.Float(), nullable=False),
        sa.Column("period_months", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=80), nullable=True),
        *_synced_columns(),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "supervision_targets",
        _role(),
        sa.Column("minutes_per_month", sa.Integer(), nullable=False),
        *_synced_columns(),
        sa.PrimaryKeyConstraint("id"),
    )
    for table in ("hour_rules", "supervision_targets"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(f"ix_{table}_updated_hlc", ["updated_hlc"], unique=False)


def downgrade() -> None:
    op.drop_table("supervision_targets")
    op.drop_table("hour_rules")
