"""The reports PeerDesk can make, by the name `peerdesk report KIND` uses. Each entry
says what the report needs and which function builds it (in the report's own service
module); `ReportService` in reports.py is how they are made. Titles and descriptions are
the English ones marked for translation in each report's module (peerdesk/reports/):
translate("Reports", …) where they are shown."""

from __future__ import annotations

from peerdesk.reports import (
    attendance_report,
    caseload_report,
    participant_report,
    program_report,
    signin_sheet,
    training_report,
)
from peerdesk.services.attendance_report import build_attendance_report
from peerdesk.services.caseload_report import build_caseload_report
from peerdesk.services.participant_report import build_participant_report
from peerdesk.services.program_report import build_program_report
from peerdesk.services.reports import ReportKind
from peerdesk.services.signin_sheets import build_signin_sheet
from peerdesk.services.training_report import build_training_report

REPORTS: dict[str, ReportKind] = {
    "caseload": ReportKind(
        title=caseload_report.TITLE,
        needs=(),
        build=build_caseload_report,
        description=caseload_report.DESCRIPTION,
        scopes=("peer",),
    ),
    "attendance": ReportKind(
        title=attendance_report.CATALOGUE_TITLE,
        needs=("group", "period"),
        build=build_attendance_report,
        description=attendance_report.DESCRIPTION,
    ),
    "signin-sheet": ReportKind(
        title=signin_sheet.TITLE,
        needs=("group",),
        build=build_signin_sheet,
        description=signin_sheet.DESCRIPTION,
    ),
    "training": ReportKind(
        title=training_report.TITLE,
        needs=(),
        build=build_training_report,
        description=training_report.DESCRIPTION,
    ),
    "participant": ReportKind(
        title=participant_report.STAFF_TITLE,
        needs=("participant",),
        build=build_participant_report,
        description=participant_report.DESCRIPTION,
        scopes=("period", "plain"),
    ),
    "program": ReportKind(
        title=program_report.TITLE,
        needs=("period",),
        build=build_program_report,
        description=program_report.DESCRIPTION,
    ),
}
