"""The caseload summary report: its data gathered through the caseload service (so the
same people are in it as on the Caseload screen), one peer's or everyone's.

A coordinator may print any peer's caseload or everyone's; a peer prints their own;
facilitators have no caseload to print.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from peerdesk.errors import InvalidInput, PermissionDenied
from peerdesk.i18n import translate
from peerdesk.reports.caseload_report import (
    TITLE,
    CaseloadLine,
    CaseloadReport,
    caseload_report_pdf,
)
from peerdesk.services.caseload import CaseloadService
from peerdesk.services.reports import BuiltReport, Progress, ReportRequest
from peerdesk.services.settings import SettingsService
from peerdesk.vault.vault import UnlockedVault


def caseload_report(
    vault: UnlockedVault, today: Callable[[], date], peer: str | None = None
) -> CaseloadReport:
    """What the report shows: `peer`'s caseload (a user name, any case), or for None
    everyone's (a coordinator) or one's own (a peer)."""
    service = CaseloadService(vault, today)
    access = service.access
    access.require_caseload_role()
    wanted = (peer or "").strip() or None
    rows = service.rows()
    if not access.is_coordinator:
        mine = access.user.name
        if wanted is not None and wanted.casefold() != mine.casefold():
            raise PermissionDenied(
                translate("Reports", "You can print your own caseload only. Nothing was saved.")
            )
        wanted = mine
    elif wanted is not None:
        known = {name.casefold(): name for name in service.peers()}
        known |= {r.assigned_peer.casefold(): r.assigned_peer for r in rows if r.assigned_peer}
        if wanted.casefold() not in known:
            raise InvalidInput(
                translate("Reports", "There's no peer called '{name}'.").format(name=wanted)
            )
        wanted = known[wanted.casefold()]
        rows = [r for r in rows if (r.assigned_peer or "").casefold() == wanted.casefold()]
    people = [
        CaseloadLine(
            name=r.display_name,
            status=r.status,
            peer=r.assigned_peer,
            last_contact=r.last_contact,
            follow_ups_due=r.follow_ups_due,
            next_follow_up=r.next_follow_up,
            at_risk_reason=r.at_risk_reason if r.at_risk else None,
        )
        for r in rows
    ]
    settings = SettingsService(vault).load()
    return CaseloadReport(
        organisation=settings.organisation,
        logo=SettingsService(vault).logo(),
        made_on=today(),
        made_by=access.user.name,
        peer=wanted,
        people=people,
        quiet_days=settings.at_risk.quiet_days,
        missed_in_a_row=settings.at_risk.missed_in_a_row,
    )


def build_caseload_report(
    vault: UnlockedVault, today: Callable[[], date], request: ReportRequest, progress: Progress
) -> BuiltReport:
    """The catalogue's "caseload"."""
    report = caseload_report(vault, today, request.peer)
    content, pages = caseload_report_pdf(report, request.paper, progress)
    whose = "one peer" if report.peer is not None else "every peer"
    return BuiltReport(
        title=translate("Reports", TITLE),
        content=content,
        pages=pages,
        audit_detail=f"caseload report for {whose}: {len(report.people)} participants",
    )
