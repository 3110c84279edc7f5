"""Every report PeerDesk prints, behind one interface, so the command line and the
Reports area offer the same reports with the same choices.

A report is asked for with a `ReportRequest`; `ReportService.build` gathers its data
through the services (never the database directly), lays it out with reportlab and
returns the PDF in memory; `write` saves it where the person chose, whole or not at
all. Building reports its progress (pages laid out); the progress callback may raise to
stop it between pages (the task runner's Cancel does).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from peerdesk.errors import InvalidInput
from peerdesk.reports import messages
from peerdesk.reports.messages import NEEDED_WORDS
from peerdesk.services.report_files import check_target, write_pdf
from peerdesk.vault.vault import UnlockedVault

# Called as pages are laid out: (pages so far, estimated total or 0 when unknown).
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ReportRequest:
    kind: str  # a key of REPORTS
    start: date | None = None  # the period, both days included
    end: date | None = None
    peer: str | None = None  # a user name: one peer's caseload
    group: str | None = None  # a group's name
    participant: str | None = None  # a participant's id as in the spreadsheets, or the id
    plain: bool = False  # participant summary: the version written for the participant
    paper: str = "a4"  # "a4" or "letter"


@dataclass(frozen=True)
class BuiltReport:
    title: str  # as on its first page and in the PDF's metadata
    content: bytes
    pages: int
    audit_detail: str  # what was made, for the audit log: never names or other data
    record_id: str | None = None


@dataclass(frozen=True)
class ReportKind:
    # The title and description are in English, as marked for translation in the
    # report's module (peerdesk/reports/): translate("Reports", …) where they are shown.
    title: str  # shown in the Reports area and --help
    needs: tuple[str, ...]  # request fields that must be given: "period", "group", ...
    build: Callable[[UnlockedVault, Callable[[], date], ReportRequest, Progress], BuiltReport]
    description: str = ""
    scopes: tuple[str, ...] = field(default=())  # optional fields it understands


__all__ = [
    "NEEDED_WORDS",  # field -> what to say when it is missing, in English (messages.needed)
    "BuiltReport",
    "Progress",
    "ReportKind",
    "ReportRequest",
    "ReportService",
    "catalogue",
]


class ReportService:
    def __init__(self, vault: UnlockedVault, today: Callable[[], date] = date.today) -> None:
        self.vault = vault
        self.today = today

    def check(self, request: ReportRequest) -> None:
        kind = catalogue().get(request.kind)
        if kind is None:
            raise InvalidInput(messages.no_such_report(request.kind))
        for need in kind.needs:
            if need == "period":
                if request.start is None or request.end is None:
                    raise InvalidInput(messages.needed("period"))
                if request.end < request.start:
                    raise InvalidInput(messages.period_backwards())
            elif not (getattr(request, need) or "").strip():
                raise InvalidInput(messages.needed(need))

    def build(self, request: ReportRequest, progress: Progress | None = None) -> BuiltReport:
        self.check(request)
        return catalogue()[request.kind].build(
            self.vault, self.today, request, progress or (lambda _done, _total: None)
        )

    def write(
        self, request: ReportRequest, path: Path, progress: Progress | None = None
    ) -> BuiltReport:
        check_target(path, request.paper)
        built = self.build(request, progress)
        write_pdf(self.vault, path, built.content, built.audit_detail, record_id=built.record_id)
        return built


def catalogue() -> dict[str, ReportKind]:
    """Every report, by the name the command line uses (see report_catalogue.py)."""
    from peerdesk.services.report_catalogue import REPORTS  # it imports every report

    return REPORTS
