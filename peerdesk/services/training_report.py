"""The training and supervision report: everyone's compliance for a coordinator, your own
for anyone else (as the compliance service decides), and the PDF written to a file.

It holds staff records only, never anything about participants.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path

from peerdesk.errors import InvalidInput
from peerdesk.i18n import translate
from peerdesk.reports.pdf_common import long_date
from peerdesk.reports.training_report import TrainingReport, training_report_pdf
from peerdesk.services.access import Access
from peerdesk.services.compliance import (
    LATER_DAYS,
    ComplianceService,
    Done,
    PersonCompliance,
    Status,
    hours_in_window,
)
from peerdesk.services.report_files import check_target, write_pdf
from peerdesk.services.reports import BuiltReport, Progress, ReportRequest
from peerdesk.services.settings import SettingsService
from peerdesk.services.training import TrainingService
from peerdesk.vault.vault import UnlockedVault


def hours_short_from(
    people: Sequence[PersonCompliance], records: dict[str, list[Done]], day: date
) -> dict[tuple[str, str], date]:
    """For each hour rule met on `day` but not for the next 60 days: the first day it falls
    short, as older hours leave its window. Keyed by (user id, rule label); `records` by
    user id."""
    found = {}
    for person in people:
        theirs = records.get(person.user_id, [])
        for rule in person.hours:
            if rule.status not in (Status.EXPIRING_30, Status.EXPIRING_60):
                continue
            for ahead in range(1, LATER_DAYS + 1):
                later = day + timedelta(days=ahead)
                done = hours_in_window(theirs, rule.category, later, rule.period_months)
                if done < rule.hours_required:
                    found[(person.user_id, rule.label)] = later
                    break
    return found


class TrainingReportService:
    def __init__(self, vault: UnlockedVault, today: Callable[[], date] = date.today) -> None:
        self.vault = vault
        self.today = today
        self.access = Access(vault)

    def report(self, as_of: date | None = None) -> TrainingReport:
        """What the report shows on `as_of` (default: today), which can't be later than
        today: the report says what has been done, not what might be."""
        day = as_of or self.today()
        if day > self.today():
            raise InvalidInput(
                translate(
                    "Reports", "{date} is still to come. Choose today or an earlier date."
                ).format(date=long_date(day))
            )
        compliance = ComplianceService(self.vault, self.today)
        people = compliance.people(day)
        ids = {person.name: person.user_id for person in people}
        records: dict[str, list[Done]] = {}
        for r in TrainingService(self.vault, self.today).records():
            if r.user_name in ids:
                records.setdefault(ids[r.user_name], []).append(
                    Done(r.id, r.training, r.category, r.completed_on, r.expires_on, r.hours)
                )
        return TrainingReport(
            organisation=SettingsService(self.vault).load().organisation,
            logo=SettingsService(self.vault).logo(),
            as_of=day,
            people=people,
            rules=compliance.rules(),
            own_only=not self.access.is_coordinator,
            hours_short_from=hours_short_from(people, records, day),
            made_by=self.access.user.name,
            made_on=self.today(),
        )

    def build(
        self, as_of: date | None = None, paper: str = "a4", progress: Progress | None = None
    ) -> BuiltReport:
        """The report's PDF in memory, with what the audit log notes of it."""
        report = self.report(as_of)
        pdf = training_report_pdf(report, paper, progress)
        return BuiltReport(
            title=translate("Reports", "{title}, as of {date}").format(
                title=report.title, date=report.as_of.isoformat()
            ),
            content=pdf.content,
            pages=pdf.pages,
            audit_detail=(
                f"training report as of {report.as_of.isoformat()}: {len(report.people)} staff"
            ),
        )

    def write(self, path: Path, as_of: date | None = None, paper: str = "a4") -> int:
        """Write the report as a PDF to `path` (whole or not at all) and return its number
        of pages. The file is not encrypted: it is meant to be printed or sent on."""
        check_target(path, paper)
        built = self.build(as_of, paper)
        write_pdf(self.vault, path, built.content, built.audit_detail)
        return built.pages


def build_training_report(
    vault: UnlockedVault, today: Callable[[], date], request: ReportRequest, progress: Progress
) -> BuiltReport:
    """The catalogue's "training": everyone's record for a coordinator, one's own for
    anyone else, as of the request's end (or its start; today when neither is given)."""
    as_of = request.end or request.start
    return TrainingReportService(vault, today).build(as_of, request.paper, progress)
