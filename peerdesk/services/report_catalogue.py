"""The reports PeerDesk can make, by the name `peerdesk report KIND` uses. Each entry
says what the report needs and which function builds it (in the report's own service
module); `ReportService` in reports.py is how they are made."""

from __future__ import annotations

from peerdesk.services.attendance_report import build_attendance_report
from peerdesk.services.caseload_report import build_caseload_report
from peerdesk.services.participant_report import build_participant_report
from peerdesk.services.program_report import build_program_report
from peerdesk.services.reports import ReportKind
from peerdesk.services.signin_sheets import build_signin_sheet
from peerdesk.services.training_report import build_training_report

REPORTS: dict[str, ReportKind] = {
    "caseload": ReportKind(
        title="Caseload summary",
        needs=(),
        build=build_caseload_report,
        description="Participants with their status, last contact, follow-ups due, and "
        "who is at risk of disengaging and why: one peer's caseload or everyone's.",
        scopes=("peer",),
    ),
    "attendance": ReportKind(
        title="Attendance",
        needs=("group", "period"),
        build=build_attendance_report,
        description="A group's attendance over a period: the rate by month, each "
        "person's marks and rate, and every session's marks in a grid.",
    ),
    "signin-sheet": ReportKind(
        title="Sign-in sheet",
        needs=("group",),
        build=build_signin_sheet,
        description="The sheet people sign as they arrive at a group's session: the "
        "roster's names and blank rows for walk-ins.",
    ),
    "training": ReportKind(
        title="Training and supervision",
        needs=(),
        build=build_training_report,
        description="Staff training compliance: what is overdue, missing or expiring, "
        "hours against the rules and supervision against the target (your own record "
        "unless you are a coordinator).",
    ),
    "participant": ReportKind(
        title="Participant summary",
        needs=("participant",),
        build=build_participant_report,
        description="One participant's goals and milestones, measures over time, group "
        "attendance and contacts (from intake unless a period is given); or, in plain "
        "language, a version for them to keep.",
        scopes=("period", "plain"),
    ),
    "program": ReportKind(
        title="Program report",
        needs=("period",),
        build=build_program_report,
        description="For funders and boards (coordinators): the program's figures for "
        "the period beside the previous one, charts of attendance, hope and recovery "
        "capital, and breakdowns with small counts hidden. No names anywhere.",
    ),
}
