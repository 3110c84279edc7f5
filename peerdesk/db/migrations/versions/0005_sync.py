"""Sync (DESIGN.md section 5): users sync like other records, the "needs review" list,
and this device's sync state (keys, hub, cursors), pinned device keys and the bundles
already imported.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_EPOCH = "0000000000000-00000-"


def upgrade() -> None:
    device = (
        op.get_bind()
        .execute(sa.text("SELECT value FROM vault_meta WHERE key = 'device_id'"))
        .scalar_one()
    )
    stamp = _EPOCH + device
    # Plain ADD COLUMN (constant defaults): rebuilding `users` in batch mode would trip
    # the foreign keys that point at it.
    for column in (
        sa.Column("origin_device", sa.String(36), nullable=False, server_default=device),
        sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("field_clocks", sa.JSON(), nullable=False, server_default="{}"),
        sa.Column("created_hlc", sa.String(64), nullable=False, server_default=stamp),
        sa.Column("updated_hlc", sa.String(64), nullable=False, server_default=stamp),
    ):
        op.add_column("users", column)
    op.create_index("ix_users_updated_hlc", "users", ["updated_hlc"], unique=False)

    op.create_table(
        "review_items",
        sa.Column("record_table", sa.String(40), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("scope", sa.String(16), nullable=False),
        sa.Column("kept_value", sa.JSON(), nullable=True),
        sa.Column("kept_clock", sa.String(64), nullable=False),
        sa.Column("kept_by", sa.String(36), nullable=True),
        sa.Column("other_value", sa.JSON(), nullable=True),
        sa.Column("other_clock", sa.String(64), nullable=False),
        sa.Column("other_by", sa.String(36), nullable=True),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("origin_device", sa.String(36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("created_hlc", sa.String(64), nullable=False),
        sa.Column("updated_hlc", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("review_items", schema=None) as batch_op:
        batch_op.create_index("ix_review_items_updated_hlc", ["updated_hlc"], unique=False)
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "device_keys",
        sa.Column("device_id", sa.String(64), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("device_id"),
    )
    op.create_table(
        "bundle_imports",
        sa.Column("bundle_id", sa.String(64), nullable=False),
        sa.Column("device_id", sa.String(64), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id"),
    )


def downgrade() -> None:
    op.drop_table("bundle_imports")
    op.drop_table("device_keys")
    op.drop_table("sync_state")
    op.drop_table("review_items")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_index("ix_users_updated_hlc")
        for column in ("updated_hlc", "created_hlc", "field_clocks", "deleted", "origin_device"):
            batch_op.drop_column(column)
