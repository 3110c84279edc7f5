"""The attendance report for one group and period, its data gathered through the group
service: a facilitator prints it for the groups they run, a coordinator for any group.
Display names only."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from peerdesk.errors import InvalidInput
from peerdesk.i18n import translate
from peerdesk.reports import messages
from peerdesk.reports.attendance_report import (
    AttendanceLine,
    AttendanceReport,
    attendance_report_pdf,
)
from peerdesk.services.groups import GroupService
from peerdesk.services.reports import BuiltReport, Progress, ReportRequest
from peerdesk.services.settings import SettingsService
from peerdesk.vault.vault import UnlockedVault


def attendance_report(
    vault: UnlockedVault, today: Callable[[], date], group: str, start: date, end: date
) -> tuple[str, AttendanceReport]:
    """The group's id and what the report shows for the group called `group` (any case)
    over [start, end]."""
    groups = GroupService(vault, today)
    wanted = group.strip().casefold()
    view = next((g for g in groups.groups() if g.name.casefold() == wanted), None)
    if view is None:
        raise InvalidInput(
            translate("Reports", "There's no group called '{name}' that you can see.").format(
                name=group.strip()
            )
        )
    grid = groups.history(view.id, start, end)  # refuses groups this user doesn't run
    return view.id, AttendanceReport(
        organisation=SettingsService(vault).load().organisation,
        logo=SettingsService(vault).logo(),
        made_on=today(),
        made_by=groups.access.user.name,
        group=view.name,
        facilitators=list(view.facilitators),
        start=start,
        end=end,
        sessions=[held_on for _, held_on in grid.sessions],
        people=[
            AttendanceLine(row.display_name, list(row.marks), row.missed_in_a_row)
            for row in grid.rows
        ],
    )


def build_attendance_report(
    vault: UnlockedVault, today: Callable[[], date], request: ReportRequest, progress: Progress
) -> BuiltReport:
    """The catalogue's "attendance"."""
    if request.start is None or request.end is None:
        raise InvalidInput(messages.needed("period"))
    group_id, report = attendance_report(
        vault, today, request.group or "", request.start, request.end
    )
    content, pages = attendance_report_pdf(report, request.paper, progress)
    return BuiltReport(
        title=translate("Reports", "Attendance: {0}").format(report.group),
        content=content,
        pages=pages,
        audit_detail=(
            f"attendance report {request.start.isoformat()} to {request.end.isoformat()}: "
            f"{len(report.sessions)} sessions, {len(report.people)} people"
        ),
        record_id=group_id,
    )
