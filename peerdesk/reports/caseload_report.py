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
from peerdesk.i18n import QT_TRANSLATE_NOOP, translate
from peerdesk.reports.layout import (
    EN_DASH,
    PARTICIPANT_PRIVACY,
    Progress,
    ReportMeta,
    Styles,
    build_report,
    data_table,
    section,
    text,
)
from peerdesk.reports.pdf_common import PAPER_SIZES, short_date

TITLE = QT_TRANSLATE_NOOP("Reports", "Caseload summary")
DESCRIPTION = QT_TRANSLATE_NOOP(
    "Reports",
    "Participants with their status, last contact, follow-ups due, and who is at risk of "
    "disengaging and why: one peer's caseload or everyone's.",
)
STATUS_ORDER = (
    ParticipantStatus.ACTIVE,
    ParticipantStatus.PAUSED,
    ParticipantStatus.DISENGAGED,
    ParticipantStatus.DISCHARGED,
)
# Each status in words (translate("Reports", …) when printed).
STATUS_WORDS = {
    ParticipantStatus.ACTIVE: QT_TRANSLATE_NOOP("Reports", "Active"),
    ParticipantStatus.PAUSED: QT_TRANSLATE_NOOP("Reports", "Paused"),
    ParticipantStatus.DISENGAGED: QT_TRANSLATE_NOOP("Reports", "Disengaged"),
    ParticipantStatus.DISCHARGED: QT_TRANSLATE_NOOP("Reports", "Discharged"),
}
NOT_ASSIGNED = QT_TRANSLATE_NOOP("Reports", "Not assigned to a peer")
# Name, status, last contact, follow-ups, at risk: fractions of the page's width.
WIDTHS = (0.2, 0.14, 0.15, 0.22, 0.29)  # room for longer words in translations
HEADINGS = (
    QT_TRANSLATE_NOOP("Reports", "Name"),
    QT_TRANSLATE_NOOP("Reports", "Status"),
    QT_TRANSLATE_NOOP("Reports", "Last contact"),
    QT_TRANSLATE_NOOP("Reports", "Follow-ups"),
    QT_TRANSLATE_NOOP("Reports", "At risk of disengaging"),
)


def _status(status: ParticipantStatus) -> str:
    return translate("Reports", STATUS_WORDS[status])


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
    quiet_days: int = 21  # the program's at-risk rule, explained on the first page
    missed_in_a_row: int = 2


def caseload_report_pdf(
    report: CaseloadReport, paper: str = "a4", progress: Progress | None = None
) -> tuple[bytes, int]:
    """The report as a PDF on A4 or US Letter paper, and its number of pages."""
    if paper not in PAPER_SIZES:
        raise ValueError(f"paper must be one of {sorted(PAPER_SIZES)}, not {paper!r}")
    whose = (
        translate("Reports", "Caseload of {0}").format(report.peer)
        if report.peer
        else translate("Reports", "Every peer's caseload")
    )
    meta = ReportMeta(
        title=translate("Reports", TITLE),
        organisation=report.organisation,
        logo=report.logo,
        period=None,
        made_on=report.made_on,
        made_by=report.made_by,
        privacy_line=translate("Reports", PARTICIPANT_PRIVACY),
        details=(whose,),
    )
    return build_report(meta, lambda s: _story(report, s), paper, progress)


# --- words --------------------------------------------------------------------------------


def summary_line(people: Sequence[CaseloadLine]) -> str:
    """'12 participants: 9 active, 1 paused, 2 discharged. 3 at risk of disengaging; 4
    with follow-ups due.'"""
    if not people:
        return translate("Reports", "No participants.")
    counts = [
        _status_count(status, count)
        for status in STATUS_ORDER
        if (count := sum(1 for p in people if p.status is status))
    ]
    at_risk = sum(1 for p in people if p.at_risk_reason)
    due = sum(1 for p in people if p.follow_ups_due)
    words = translate("Reports", "{0}: {1}. {2} at risk of disengaging; {3} with follow-ups due.")
    return words.format(
        translate("Reports", "%n participant(s)", None, len(people)),
        ", ".join(counts),
        at_risk,
        due,
    )


def _status_count(status: ParticipantStatus, count: int) -> str:
    """'9 active', as the summary line counts each status."""
    if status is ParticipantStatus.ACTIVE:
        return translate("Reports", "%n active", None, count)
    if status is ParticipantStatus.PAUSED:
        return translate("Reports", "%n paused", None, count)
    if status is ParticipantStatus.DISENGAGED:
        return translate("Reports", "%n disengaged", None, count)
    return translate("Reports", "%n discharged", None, count)


def _lines(*parts: str) -> str:
    """Paragraph markup: each part on its own line."""
    return "<br/>".join(escape(part) for part in parts)


def _last_contact(line: CaseloadLine, today: date) -> str:
    if line.last_contact is None:
        return _lines(translate("Reports", "None yet"))
    days = (today - line.last_contact).days
    ago = (
        translate("Reports", "today")
        if days == 0
        else translate("Reports", "%n day(s) ago", None, days)
    )
    return _lines(short_date(line.last_contact), ago)


def _follow_ups(line: CaseloadLine, today: date) -> str:
    if line.follow_ups_due and line.next_follow_up is not None:
        return _lines(
            translate(
                "Reports", "%n due,", "follow-ups, and the since line follows", line.follow_ups_due
            ),
            translate("Reports", "since {0}").format(short_date(line.next_follow_up)),
        )
    if line.follow_ups_due:
        return _lines(translate("Reports", "%n due", "follow-ups", line.follow_ups_due))
    if line.next_follow_up is not None and line.next_follow_up > today:
        return _lines(translate("Reports", "Next on {0}").format(short_date(line.next_follow_up)))
    return EN_DASH


def _ordered(people: Sequence[CaseloadLine]) -> list[CaseloadLine]:
    """Those still served first (active, paused, disengaged, discharged), by name."""
    return sorted(people, key=lambda p: (STATUS_ORDER.index(p.status), p.name.casefold()))


# --- the story -----------------------------------------------------------------------------


def _table(people: Sequence[CaseloadLine], today: date, s: Styles) -> Flowable:
    rows = [
        [
            line.name,
            _status(line.status),
            Paragraph(_last_contact(line, today), s.cell),
            Paragraph(_follow_ups(line, today), s.cell),
            line.at_risk_reason or translate("Reports", "No"),
        ]
        for line in _ordered(people)
    ]
    headings = [translate("Reports", heading) for heading in HEADINGS]
    return data_table(headings, rows, WIDTHS, s, empty=translate("Reports", "No participants."))


def _by_peer(groups: dict[str | None, list[CaseloadLine]], s: Styles) -> list[Flowable]:
    story = section(
        translate("Reports", "By peer"),
        translate(
            "Reports",
            "How many participants each peer has, by status, and how many need attention.",
        ),
        s,
    )
    header = (
        translate("Reports", "Peer"),
        translate("Reports", "All"),
        *(_status(st) for st in STATUS_ORDER),
        translate("Reports", "At risk"),
        translate("Reports", "Follow-ups due"),
    )
    rows = []
    for peer, people in groups.items():
        counts = [str(sum(1 for p in people if p.status is st)) for st in STATUS_ORDER]
        rows.append(
            [
                peer or translate("Reports", NOT_ASSIGNED),
                str(len(people)),
                *counts,
                str(sum(1 for p in people if p.at_risk_reason)),
                str(sum(1 for p in people if p.follow_ups_due)),
            ]
        )
    widths = (0.17, 0.08, 0.1, 0.1, 0.15, 0.12, 0.1, 0.18)
    story.append(data_table(header, rows, widths, s, right_align=range(1, 8)))
    return story


def _story(report: CaseloadReport, s: Styles) -> list[Flowable]:
    today = report.made_on
    story: list[Flowable] = [text(summary_line(report.people), s.body), Spacer(1, 2)]
    explain = translate(
        "Reports",
        "At risk of disengaging: an active participant with no contact or group attendance "
        "for {days} days or more, or who missed the last {missed} group sessions in a row. "
        "Follow-ups due: planned follow-up dates reached with no contact since.",
    ).format(days=report.quiet_days, missed=report.missed_in_a_row)
    story.append(text(explain, s.small))
    if report.peer is not None:
        story += section(translate("Reports", "Participants"), None, s)
        story.append(_table(report.people, today, s))
        return story
    groups: dict[str | None, list[CaseloadLine]] = {}
    for line in sorted(report.people, key=lambda p: (p.peer is None, (p.peer or "").casefold())):
        groups.setdefault(line.peer, []).append(line)
    if len(groups) > 1:
        story += _by_peer(groups, s)
    for peer, people in groups.items():
        title = (
            translate("Reports", NOT_ASSIGNED)
            if peer is None
            else translate("Reports", "Caseload of {0}").format(peer)
        )
        story += section(title, summary_line(people), s)
        story.append(_table(people, today, s))
    if not groups:
        story += section(translate("Reports", "Participants"), None, s)
        story.append(text(translate("Reports", "No participants."), s.body))
    return story
