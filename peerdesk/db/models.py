"""SQLAlchemy models. The schema itself is made by the Alembic migrations in
`migrations/versions`; these classes must match them (a test compares the two)."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import Enum, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from peerdesk.db.types import UTCDateTime, utc_now


class Base(DeclarativeBase):
    pass


class Role(enum.StrEnum):
    FACILITATOR = "facilitator"
    PEER = "peer"
    COORDINATOR = "coordinator"


def new_id() -> str:
    return str(uuid.uuid4())


class User(Base):
    """A staff member who can unlock the vault. Removed users stay as rows (their audit
    entries and, later, records point at them) with `removed_at` set."""

    __tablename__ = "users"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(64))
    role: Mapped[Role] = mapped_column(
        Enum(
            Role,
            native_enum=False,
            create_constraint=True,
            length=16,
            values_callable=lambda roles: [r.value for r in roles],
            name="role",
        )
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class AuditEvent(Base):
    """One line of the append-only audit log (triggers refuse UPDATE and DELETE).
    `detail` holds facts about the action, never participant content."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    action: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    detail: Mapped[str | None] = mapped_column(Text, nullable=True)


class VaultMeta(Base):
    """Facts about the vault itself (organisation name, which PeerDesk made it)."""

    __tablename__ = "vault_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
