"""Gathers the program report's figures through MetricsService (the same numbers
`peerdesk metrics` prints) and lays them out with reports/program_report.py."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from peerdesk.i18n import translate
from peerdesk.reports.program_report import ProgramReportData, program_report_pdf
from peerdesk.services.metrics import MetricsService
from peerdesk.services.reports import BuiltReport, Progress, ReportRequest
from peerdesk.services.settings import SettingsService
from peerdesk.vault.vault import UnlockedVault

BREAKDOWNS = ("group", "language", "referral_source")


def months_in(start: date, end: date) -> list[tuple[date, date]]:
    """The calendar months the period touches, each cut to the period."""
    months = []
    first = start.replace(day=1)
    while first <= end:
        following = (first + timedelta(days=32)).replace(day=1)
        months.append((max(first, start), min(following - timedelta(days=1), end)))
        first = following
    return months


def previous_period(start: date, end: date) -> tuple[date, date]:
    """The period of the same length just before."""
    length = end - start + timedelta(days=1)
    return start - length, start - timedelta(days=1)


def program_data(
    vault: UnlockedVault, today: Callable[[], date], start: date, end: date
) -> ProgramReportData:
    metrics = MetricsService(vault, today)
    before_start, before_end = previous_period(start, end)
    by_month = []
    for first, last in months_in(start, end):
        month = metrics.compute(first, last)
        by_month.append((first.replace(day=1), month["attendance_rate"], month["attendance_marks"]))
    hope_changes, barc10_totals = metrics.distributions(start, end)
    assert vault.user is not None
    return ProgramReportData(
        organisation=SettingsService(vault).load().organisation,
        logo=SettingsService(vault).logo(),
        start=start,
        end=end,
        previous_start=before_start,
        previous_end=before_end,
        made_on=today(),
        made_by=vault.user.name,
        figures=metrics.compute(start, end),
        previous=metrics.compute(before_start, before_end),
        by_month=by_month,
        hope_changes=hope_changes,
        barc10_totals=barc10_totals,
        breakdowns={by: metrics.breakdown(start, end, by) for by in BREAKDOWNS},
    )


def build_program_report(
    vault: UnlockedVault, today: Callable[[], date], request: ReportRequest, progress: Progress
) -> BuiltReport:
    assert request.start is not None and request.end is not None
    data = program_data(vault, today, request.start, request.end)
    content, pages = program_report_pdf(data, request.paper, progress)
    return BuiltReport(
        title=translate("Reports", "Program report"),
        content=content,
        pages=pages,
        audit_detail=f"program report {request.start.isoformat()} to {request.end.isoformat()}",
    )
