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
    SigninSheet,
    signin_sheet_page_count,
    signin_sheet_pdf,
)
from peerdesk.services.groups import GroupService, GroupView
from peerdesk.services.report_files import check_target, write_pdf
from peerdesk.services.settings import SettingsService
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
        check_target(path, paper)
        sheet = self.sheet(group_id, held_on)
        write_pdf(
            self.vault,
            path,
            signin_sheet_pdf(sheet, paper),
            f"sign-in sheet for {held_on.isoformat()}: {len(sheet.names)} names",
            record_id=group_id,
        )
        return signin_sheet_page_count(sheet, paper)
