"""Facts about the open vault for the person using it: whose program it is, who can sign
in, and when it was last backed up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from peerdesk.db.models import VaultMeta
from peerdesk.services.users import UserService, UserSummary
from peerdesk.vault import backups
from peerdesk.vault.vault import UnlockedVault


@dataclass(frozen=True)
class VaultOverview:
    organisation: str
    folder: Path
    users: list[UserSummary]
    newest_backup: datetime | None
    backup_count: int


def load_overview(vault: UnlockedVault) -> VaultOverview:
    with vault.session() as session:
        organisation = (
            session.scalar(select(VaultMeta.value).where(VaultMeta.key == "organisation")) or ""
        )
    automatic = backups.auto_backups(vault.vault.backups_dir)
    newest = datetime.fromtimestamp(automatic[-1].stat().st_mtime, UTC) if automatic else None
    return VaultOverview(
        organisation, vault.vault.directory, UserService(vault).list_users(), newest, len(automatic)
    )
