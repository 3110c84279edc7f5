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
from peerdesk.i18n import translate
from peerdesk.reports.signin_sheet import SigninSheet, signin_sheet_report
from peerdesk.services.groups import GroupService, GroupView
from peerdesk.services.report_files import check_target, write_pdf
from peerdesk.services.reports import BuiltReport, Progress, ReportRequest
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
        raise InvalidInput(
            translate("Reports", "There's no group called '{name}' that you can see.").format(
                name=name.strip()
            )
        )

    def _group(self, group_id: str) -> GroupView:
        for group in self.groups.groups():
            if group.id == group_id:
                return group
        raise InvalidInput(
            translate("Reports", "That group no longer exists, or it isn't one of yours.")
        )

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
            logo=SettingsService(self.vault).logo(),
            made_by=self.groups.access.user.name,
            made_on=self.today(),
        )

    def build(
        self, group_id: str, held_on: date, paper: str = "a4", progress: Progress | None = None
    ) -> BuiltReport:
        """The sheet's PDF in memory, with what the audit log notes of it."""
        sheet = self.sheet(group_id, held_on)
        content, pages = signin_sheet_report(sheet, paper, progress)
        return BuiltReport(
            title=translate("Reports", "Sign-in sheet: {group}, {date}").format(
                group=sheet.group, date=held_on.isoformat()
            ),
            content=content,
            pages=pages,
            audit_detail=f"sign-in sheet for {held_on.isoformat()}: {len(sheet.names)} names",
            record_id=group_id,
        )

    def write(self, group_id: str, held_on: date, path: Path, paper: str = "a4") -> int:
        """Write the sheet as a PDF to `path` (whole or not at all) and return its number of
        pages. The file is not encrypted: it is meant to be printed."""
        check_target(path, paper)
        built = self.build(group_id, held_on, paper)
        write_pdf(self.vault, path, built.content, built.audit_detail, record_id=built.record_id)
        return built.pages


def build_signin_sheet(
    vault: UnlockedVault, today: Callable[[], date], request: ReportRequest, progress: Progress
) -> BuiltReport:
    """The catalogue's "signin-sheet": the group's sheet for the request's day (its
    start, or its end when only that is given; today when neither is)."""
    service = SigninSheetService(vault, today)
    group_id = service.group_id_by_name(request.group or "")
    held_on = request.start or request.end or today()
    return service.build(group_id, held_on, request.paper, progress)
