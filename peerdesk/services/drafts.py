"""Drafts: what someone was typing when PeerDesk locked (by Ctrl+L or when idle), kept
inside the encrypted vault and offered back after they sign in again."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select

from peerdesk.db.models import Draft
from peerdesk.errors import PermissionDenied
from peerdesk.i18n import translate
from peerdesk.vault.vault import UnlockedVault


@dataclass(frozen=True)
class DraftView:
    kind: str
    record_id: str
    payload: dict[str, Any]
    saved_at: datetime


class DraftService:
    def __init__(self, vault: UnlockedVault) -> None:
        if vault.user is None:
            raise PermissionDenied(translate("Drafts", "Sign in as a person to keep drafts."))
        self.vault = vault
        self.user_id = vault.user.id

    def save(self, kind: str, record_id: str, payload: dict[str, Any]) -> None:
        """Keep (or replace) this user's draft for one window and record."""
        with self.vault.writing() as s:
            current = s.scalar(
                select(Draft).where(
                    Draft.user_id == self.user_id, Draft.kind == kind, Draft.record_id == record_id
                )
            )
            if current is None:
                s.add(Draft(user_id=self.user_id, kind=kind, record_id=record_id, payload=payload))
            else:
                current.payload = payload
                current.saved_at = datetime.now(current.saved_at.tzinfo)

    def pending(self) -> list[DraftView]:
        """This user's drafts, oldest first."""
        with self.vault.session() as s:
            rows = s.scalars(
                select(Draft).where(Draft.user_id == self.user_id).order_by(Draft.saved_at)
            )
            return [DraftView(d.kind, d.record_id, dict(d.payload), d.saved_at) for d in rows]

    def discard(self, kind: str, record_id: str) -> None:
        with self.vault.writing() as s:
            s.execute(
                delete(Draft).where(
                    Draft.user_id == self.user_id, Draft.kind == kind, Draft.record_id == record_id
                )
            )
