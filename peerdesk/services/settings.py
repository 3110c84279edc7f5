"""Program settings kept in the vault: how soon PeerDesk locks itself, and the local
crisis resources shown on every safety plan."""

from __future__ import annotations

import base64
from dataclasses import dataclass

from sqlalchemy import select

from peerdesk.config import IDLE_LOCK_SECONDS_DEFAULT
from peerdesk.db.models import VaultMeta
from peerdesk.errors import InvalidInput
from peerdesk.services import validation as check
from peerdesk.services.access import Access
from peerdesk.vault.vault import UnlockedVault

IDLE_KEY = "idle_lock_minutes"
CRISIS_KEY = "crisis_resources"
ORGANISATION_KEY = "organisation"
LOGO_KEY = "report_logo"  # base64 of a PNG or JPEG
MAX_LOGO_BYTES = 1024 * 1024
_LOGO_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


@dataclass(frozen=True)
class Settings:
    organisation: str
    idle_lock_minutes: int
    crisis_resources: str


class SettingsService:
    def __init__(self, vault: UnlockedVault) -> None:
        self.vault = vault
        self.access = Access(vault)

    def load(self) -> Settings:
        with self.vault.session() as s:
            values = {
                m.key: m.value
                for m in s.scalars(
                    select(VaultMeta).where(
                        VaultMeta.key.in_([IDLE_KEY, CRISIS_KEY, ORGANISATION_KEY])
                    )
                )
            }
        return Settings(
            values.get(ORGANISATION_KEY, ""),
            int(values.get(IDLE_KEY, IDLE_LOCK_SECONDS_DEFAULT // 60)),
            values.get(CRISIS_KEY, ""),
        )

    def save(self, *, idle_lock_minutes: int, crisis_resources: str, organisation: str) -> None:
        """Coordinators only: these apply to everyone who uses this vault."""
        self.access.require_coordinator("change the program's settings")
        check.whole_number(idle_lock_minutes, "minutes before PeerDesk locks", 1, 60)
        values = {
            IDLE_KEY: str(idle_lock_minutes),
            CRISIS_KEY: check.text(crisis_resources, "crisis resources", limit=4000) or "",
            ORGANISATION_KEY: check.text(organisation, "program name", limit=120) or "",
        }
        with self.vault.writing() as s:
            for key, value in values.items():
                s.merge(VaultMeta(key=key, value=value))
            self.vault.audit("settings_changed", session=s)

    def logo(self) -> bytes | None:
        """The picture printed on the first page of every report, if one was chosen."""
        with self.vault.session() as s:
            stored = s.get(VaultMeta, LOGO_KEY)
            return base64.b64decode(stored.value) if stored and stored.value else None

    def set_logo(self, content: bytes | None) -> None:
        """Coordinators only: a PNG or JPEG of at most 1 MB, or None to print none."""
        self.access.require_coordinator("change the program's settings")
        if content is not None:
            if not content.startswith(_LOGO_SIGNATURES):
                raise InvalidInput("The logo must be a PNG or JPEG picture.")
            if len(content) > MAX_LOGO_BYTES:
                raise InvalidInput("The logo can be at most 1 MB. Try a smaller picture.")
        with self.vault.writing() as s:
            value = base64.b64encode(content).decode("ascii") if content else ""
            s.merge(VaultMeta(key=LOGO_KEY, value=value))
            self.vault.audit("settings_changed", detail="logo", session=s)
