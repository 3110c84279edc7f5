"""Sign-in sheets: what a group's printed sheet for one day shows, gathered through the
group service (so a facilitator prints only their own groups), and the PDF written to a
file.

Only display names go on a sheet: never legal names or contact details.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from peerdesk.errors import InvalidInput
from peerdesk.reports.signin_sheet import (
    PAPER_SIZES,
    SigninSheet,
    signin_sheet_page_count,
    signin_sheet_pdf,
)
from peerdesk.services.groups import GroupService, GroupView
from peerdesk.services.settings import SettingsService
from peerdesk.vault.atomic import atomic_writer
from peerdesk.vault.vault import UnlockedVault


class SigninSheetService:
    def __init__(self, vault: UnlockedVault, today: Callable[[], date] = date.today) -> None:
        self.vault = vault
        self.today = today
        self.groups = GroupService(vault, today)

    def group_id_by_name(self, name: str) -> str:
        """The id of the group called `name` (any case) among those this user may see."""
        wanted = name.strip().casefold()
        for group in self.groups.groups():
            if group.name.casefold() == wanted:
                return group.id
        raise InvalidInput(f"There's no group called '{name.strip()}' that you can see.")

    def _group(self, group_id: str) -> GroupView:
        for group in self.groups.groups():
            if group.id == group_id:
                return group
        raise InvalidInput("That group no longer exists, or it isn't one of yours.")

    def sheet(self, group_id: str, held_on: date) -> SigninSheet:
        """The sheet for the group's session on `held_on`: everyone on the roster that day."""
        roster = self.groups.roster(group_id, on=held_on)  # refuses others' groups
        group = self._group(group_id)
        return SigninSheet(
            group=group.name,
            held_on=held_on,
            facilitators=list(group.facilitators),
            names=[entry.display_name for entry in roster],
            location=group.location,
            schedule=group.schedule,
            organisation=SettingsService(self.vault).load().organisation,
        )

    def write(self, group_id: str, held_on: date, path: Path, paper: str = "a4") -> int:
        """Write the sheet as a PDF to `path` (whole or not at all) and return its number of
        pages. The file is not encrypted: it is meant to be printed."""
        if paper not in PAPER_SIZES:
            raise InvalidInput(f"Choose {' or '.join(PAPER_SIZES)} paper.")
        sheet = self.sheet(group_id, held_on)
        pdf = signin_sheet_pdf(sheet, paper)
        if not path.parent.is_dir():
            raise InvalidInput(f"The folder {path.parent} doesn't exist.")
        if path.is_dir():
            raise InvalidInput(f"{path} is a folder. Choose a file name ending in .pdf.")
        with self.vault.writing() as s:
            try:
                with atomic_writer(path) as out:
                    out.write(pdf)
            except OSError:
                raise InvalidInput(
                    f"PeerDesk couldn't write {path}. Check that the folder is writable "
                    "and the disk isn't full."
                ) from None
            self.vault.audit(
                "report",
                record_id=group_id,
                detail=f"sign-in sheet for {held_on.isoformat()}: {len(sheet.names)} names",
                session=s,
            )
        return signin_sheet_page_count(sheet, paper)
