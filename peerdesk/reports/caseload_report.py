"""The caseload summary: who is on a peer's caseload (or everyone's, for a coordinator),
their status, when they were last in contact, the follow-ups due, and who is at risk of
disengaging and why. Printed for supervision meetings and case reviews.

It is made from plain data (`CaseloadReport`), gathered by the caseload report service;
the page, heading and footer are every report's (layout.py). Participants are named by
their display names, as the caseload shows them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph, Spacer

from peerdesk.db.models import ParticipantStatus
from peerdesk.reports.layout import (
    EN_DASH,
    PARTICIPANT_PRIVACY,
    Progress,
    ReportMeta,
    Styles,
    build_report,
    counted,
    data_table,
    section,
    text,
)
from peerdesk.reports.pdf_common import PAPER_SIZES, short_date

TITLE = "Caseload summary"
STATUS_ORDER = (
    ParticipantStatus.ACTIVE,
    ParticipantStatus.PAUSED,
    ParticipantStatus.DISENGAGED,
    ParticipantStatus.DISCHARGED,
)
STATUS_WORDS = {
    ParticipantStatus.ACTIVE: "Active",
    ParticipantStatus.PAUSED: "Paused",
    ParticipantStatus.DISENGAGED: "Disengaged",
    ParticipantStatus.DISCHARGED: "Discharged",
}
NOT_ASSIGNED = "Not assigned to a peer"
# Name, status, last contact, follow-ups, at risk: fractions of the page's width.
WIDTHS = (0.22, 0.13, 0.17, 0.18, 0.30)
HEADINGS = ("Name", "Status", "Last contact", "Follow-ups", "At risk of disengaging")


@dataclass(frozen=True)
class CaseloadLine:
    """One participant, as the caseload shows them."""

    name: str  # display name
    status: ParticipantStatus
    peer: str | None  # the assigned peer's user name
    last_contact: date | None
    follow_ups_due: int  # follow-up dates reached and not yet met by a contact
    next_follow_up: date | None  # the soonest open follow-up (due or not)
    at_risk_reason: str | None  # None: not at risk


@dataclass(frozen=True)
class CaseloadReport:
    organisation: str
    made_on: date
    made_by: str
    peer: str | None  # whose caseload; None: everyone's
    people: list[CaseloadLine]
    logo: bytes | None = None  # printed on the first page, if the program set one


def caseload_report_pdf(
    report: CaseloadReport, paper: str = "a4", progress: Progress | None = None
) -> tuple[bytes, int]:
    """The report as a PDF on A4 or US Letter paper, and its number of pages."""
    if paper not in PAPER_SIZES:
        raise ValueError(f"paper must be one of {sorted(PAPER_SIZES)}, not {paper!r}")
    whose = f"Caseload of {report.peer}" if report.peer else "Every peer's caseload"
    meta = ReportMeta(
        title=TITLE,
        organisation=report.organisation,
        logo=report.logo,
        period=None,
        made_on=report.made_on,
        made_by=report.made_by,
        privacy_line=PARTICIPANT_PRIVACY,
        details=(whose,),
    )
    return build_report(meta, lambda s: _story(report, s), paper, progress)


# --- words --------------------------------------------------------------------------------


def summary_line(people: Sequence[CaseloadLine]) -> str:
    """'12 participants: 9 active, 1 paused, 2 discharged. 3 at risk of disengaging; 4
    with follow-ups due.'"""
    if not people:
        return "No participants."
    counts = [
        f"{sum(1 for p in people if p.status is status)} {STATUS_WORDS[status].lower()}"
        for status in STATUS_ORDER
        if any(p.status is status for p in people)
    ]
    at_risk = sum(1 for p in people if p.at_risk_reason)
    due = sum(1 for p in people if p.follow_ups_due)
    return (
        f"{counted(len(people), 'participant')}: {', '.join(counts)}. "
        f"{at_risk} at risk of disengaging; {due} with follow-ups due."
    )


def _lines(*parts: str) -> str:
    """Paragraph markup: each part on its own line."""
    return "<br/>".join(escape(part) for part in parts)


def _last_contact(line: CaseloadLine, today: date) -> str:
    if line.last_contact is None:
        return _lines("None yet")
    days = (today - line.last_contact).days
    ago = "today" if days == 0 else f"{counted(days, 'day')} ago"
    return _lines(short_date(line.last_contact), ago)


def _follow_ups(line: CaseloadLine, today: date) -> str:
    if line.follow_ups_due and line.next_follow_up is not None:
        return _lines(f"{line.follow_ups_due} due,", f"since {short_date(line.next_follow_up)}")
    if line.follow_ups_due:
        return _lines(f"{line.follow_ups_due} due")
    if line.next_follow_up is not None and line.next_follow_up > today:
        return _lines(f"Next on {short_date(line.next_follow_up)}")
    return EN_DASH


def _ordered(people: Sequence[CaseloadLine]) -> list[CaseloadLine]:
    """Those still served first (active, paused, disengaged, discharged), by name."""
    return sorted(people, key=lambda p: (STATUS_ORDER.index(p.status), p.name.casefold()))


# --- the story -----------------------------------------------------------------------------


def _table(people: Sequence[CaseloadLine], today: date, s: Styles) -> Flowable:
    rows = [
        [
            line.name,
            STATUS_WORDS[line.status],
            Paragraph(_last_contact(line, today), s.cell),
            Paragraph(_follow_ups(line, today), s.cell),
            line.at_risk_reason or "No",
        ]
        for line in _ordered(people)
    ]
    return data_table(HEADINGS, rows, WIDTHS, s, empty="No participants.")


def _by_peer(groups: dict[str | None, list[CaseloadLine]], s: Styles) -> list[Flowable]:
    story = section(
        "By peer",
        "How many participants each peer has, by status, and how many need attention.",
        s,
    )
    header = (
        "Peer",
        "All",
        *(STATUS_WORDS[st] for st in STATUS_ORDER),
        "At risk",
        "Follow-ups due",
    )
    rows = []
    for peer, people in groups.items():
        counts = [str(sum(1 for p in people if p.status is st)) for st in STATUS_ORDER]
        rows.append(
            [
                peer or NOT_ASSIGNED,
                str(len(people)),
                *counts,
                str(sum(1 for p in people if p.at_risk_reason)),
                str(sum(1 for p in people if p.follow_ups_due)),
            ]
        )
    widths = (0.2, 0.08, 0.1, 0.1, 0.13, 0.13, 0.1, 0.16)
    story.append(data_table(header, rows, widths, s, right_align=range(1, 8)))
    return story


def _story(report: CaseloadReport, s: Styles) -> list[Flowable]:
    today = report.made_on
    story: list[Flowable] = [text(summary_line(report.people), s.body), Spacer(1, 2)]
    explain = (
        "At risk of disengaging: an active participant with no contact or group "
        "attendance for 21 days or more, or who missed the last 2 group sessions in a row. "
        "Follow-ups due: planned follow-up dates reached with no contact since."
    )
    story.append(text(explain, s.small))
    if report.peer is not None:
        story += section("Participants", None, s)
        story.append(_table(report.people, today, s))
        return story
    groups: dict[str | None, list[CaseloadLine]] = {}
    for line in sorted(report.people, key=lambda p: (p.peer is None, (p.peer or "").casefold())):
        groups.setdefault(line.peer, []).append(line)
    if len(groups) > 1:
        story += _by_peer(groups, s)
    for peer, people in groups.items():
        title = NOT_ASSIGNED if peer is None else f"Caseload of {peer}"
        story += section(title, summary_line(people), s)
        story.append(_table(people, today, s))
    if not groups:
        story += section("Participants", None, s)
        story.append(text("No participants.", s.body))
    return story
