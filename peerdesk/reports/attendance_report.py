"""The attendance report for one group and period: the group's rate and a chart of it by
month, each person's marks, rate and absences in a row, and the participants x sessions
grid with each session's totals.

The grid is printed in blocks of at most SESSIONS_PER_TABLE sessions, each its own table
with the names again and its heading row repeated on every page, so a year of weekly
sessions stays readable on paper. Display names only; made from plain data
(`AttendanceReport`) gathered by the attendance report service.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from peerdesk.db.models import AttendanceMark
from peerdesk.reports.layout import (
    CONTENT_WIDTH,
    EN_DASH,
    INK,
    PARTICIPANT_PRIVACY,
    Progress,
    ReportMeta,
    Styles,
    bar_chart,
    build_report,
    compact_table,
    counted,
    percent,
    period_words,
    section,
    text,
)
from peerdesk.reports.pdf_common import MONTHS, PAPER_SIZES, short_date

SESSIONS_PER_TABLE = 14
NAME_COLUMN = 46 * mm
LETTERS = {
    AttendanceMark.PRESENT: "P",
    AttendanceMark.LATE: "L",
    AttendanceMark.EXCUSED: "E",
    AttendanceMark.ABSENT: "A",
}
KEY = (
    "P present, L late, E excused, A absent; a blank: no mark (not on the roster that day, "
    "or not recorded). Present and late count as attended; the rate is attended marks out "
    "of all marks."
)


@dataclass(frozen=True)
class AttendanceLine:
    """One person's row: a mark (or None) for each of the report's sessions."""

    name: str  # display name
    marks: list[AttendanceMark | None]
    missed_in_a_row: int  # absences since they last attended, as of the last session

    @property
    def attended(self) -> int:
        return sum(1 for m in self.marks if m is not None and m.attended)

    @property
    def marked(self) -> int:
        return sum(1 for m in self.marks if m is not None)

    @property
    def rate(self) -> float | None:
        return self.attended / self.marked if self.marked else None


@dataclass(frozen=True)
class AttendanceReport:
    organisation: str
    made_on: date
    made_by: str
    group: str
    facilitators: list[str]
    start: date
    end: date
    sessions: list[date]  # oldest first
    people: list[AttendanceLine]  # in the order to print them
    logo: bytes | None = None  # printed on the first page, if the program set one


def attendance_report_pdf(
    report: AttendanceReport, paper: str = "a4", progress: Progress | None = None
) -> tuple[bytes, int]:
    """The report as a PDF on A4 or US Letter paper, and its number of pages."""
    if paper not in PAPER_SIZES:
        raise ValueError(f"paper must be one of {sorted(PAPER_SIZES)}, not {paper!r}")
    facilitators = ", ".join(" ".join(f.split()) for f in report.facilitators) or EN_DASH
    meta = ReportMeta(
        title=f"Attendance: {' '.join(report.group.split())}",
        organisation=report.organisation,
        logo=report.logo,
        period=period_words(report.start, report.end),
        made_on=report.made_on,
        made_by=report.made_by,
        privacy_line=PARTICIPANT_PRIVACY,
        details=(f"Facilitators: {facilitators}",),
    )
    return build_report(meta, lambda s: _story(report, s), paper, progress)


# --- figures --------------------------------------------------------------------------------


def session_totals(report: AttendanceReport, index: int) -> tuple[int, int]:
    """(attended, marked) at the session at `index`."""
    marks = [p.marks[index] for p in report.people if p.marks[index] is not None]
    return sum(1 for m in marks if m is not None and m.attended), len(marks)


def months(start: date, end: date) -> list[date]:
    """The first day of every month from `start`'s to `end`'s."""
    found, day = [], start.replace(day=1)
    while day <= end:
        found.append(day)
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return found


def rate_by_month(report: AttendanceReport) -> list[tuple[date, float | None]]:
    """Each month of the period with its attendance rate (None: nothing marked)."""
    totals = {month: [0, 0] for month in months(report.start, report.end)}
    for index, held_on in enumerate(report.sessions):
        attended, marked = session_totals(report, index)
        month = totals[held_on.replace(day=1)]
        month[0] += attended
        month[1] += marked
    return [(m, a / n if n else None) for m, (a, n) in totals.items()]


# --- the story -----------------------------------------------------------------------------


def _summary(report: AttendanceReport, s: Styles) -> list[Flowable]:
    attended = sum(p.attended for p in report.people)
    marked = sum(p.marked for p in report.people)
    line = (
        f"{counted(len(report.sessions), 'session')} held in the period; "
        f"{counted(len(report.people), 'person', 'people')} on the roster or marked."
    )
    if marked:
        line += (
            f" {attended} of {marked} marks were present or late: an attendance rate "
            f"of {percent(attended / marked)}."
        )
    elif report.sessions:
        line += " No one was marked."
    return [text(line, s.body), Spacer(1, 1.5 * mm), text(KEY, s.small)]


def _chart(report: AttendanceReport, s: Styles) -> list[Flowable]:
    by_month = rate_by_month(report)
    same_year = report.start.year == report.end.year
    labels = [
        MONTHS[m.month - 1][:3] if same_year else f"{MONTHS[m.month - 1][:3]} {m.year}"
        for m, _ in by_month
    ]
    chart = bar_chart(
        labels,
        [rate for _, rate in by_month],
        s,
        value_max=1.0,
        value_words=percent,
        missing="no marks",
        height=52 * mm,
    )
    intro = (
        "Attended marks out of all marks at the sessions held each month; a month "
        "without marks has no bar."
    )
    if same_year:
        intro += f" Months of {report.start.year}."
    return [KeepTogether([*section("Attendance rate by month", intro, s), chart])]


def _people(report: AttendanceReport, s: Styles) -> list[Flowable]:
    story = section(
        "Each person",
        "Marks over the period, the attendance rate, and sessions missed in a row as of "
        "the last session (excused sessions neither count nor break the run).",
        s,
    )
    header = ("Name", "Present", "Late", "Excused", "Absent", "Rate", "Missed\nin a row")
    rows = []
    for person in report.people:
        counts = [sum(1 for m in person.marks if m is mark) for mark in LETTERS]
        rows.append(
            [
                person.name,
                *(str(c) for c in counts),
                percent(person.rate),
                str(person.missed_in_a_row),
            ]
        )
    if not rows:
        story.append(text("No one was on the roster or marked in this period.", s.body))
        return story
    widths = (NAME_COLUMN, *([(CONTENT_WIDTH - NAME_COLUMN) / 6] * 6))
    story.append(compact_table(header, rows, widths, s, right_align=range(1, 7)))
    return story


def _grid(report: AttendanceReport, s: Styles) -> list[Flowable]:
    intro = (
        f"Each person's mark at each session, in blocks of up to {SESSIONS_PER_TABLE} "
        "sessions; the last rows give each session's totals."
    )
    # room for the heading, the first block's heading and its first rows
    story: list[Flowable] = [CondPageBreak(70 * mm), *section("Session by session", intro, s)]
    if not report.sessions:
        story.append(text("No sessions were held in this period.", s.body))
        return story
    column = (CONTENT_WIDTH - NAME_COLUMN) / SESSIONS_PER_TABLE
    total = len(report.sessions)
    for first in range(0, total, SESSIONS_PER_TABLE):
        chunk = range(first, min(first + SESSIONS_PER_TABLE, total))
        days = [report.sessions[i] for i in chunk]
        title = (
            f"Sessions {first + 1} to {chunk[-1] + 1} of {total}: "
            f"{short_date(days[0])} to {short_date(days[-1])}"
            if len(days) > 1
            else f"Session {first + 1} of {total}: {short_date(days[0])}"
        )
        header = ["Name", *(f"{d.day}\n{MONTHS[d.month - 1][:3]}" for d in days)]
        rows = [
            [person.name, *(LETTERS[m] if (m := person.marks[i]) else "" for i in chunk)]
            for person in report.people
        ]
        totals = [session_totals(report, i) for i in chunk]
        rows.append(["Attended of marked", *(f"{a}/{n}" if n else EN_DASH for a, n in totals)])
        rows.append(["Rate", *(percent(a / n) if n else EN_DASH for a, n in totals)])
        table = compact_table(
            header,
            rows,
            (NAME_COLUMN, *([column] * len(days))),
            s,
            centre=range(1, len(days) + 1),
            font_size=8,
            more_style=[
                ("LINEABOVE", (0, -2), (-1, -2), 0.8, INK),
                ("FONT", (0, -2), (0, -1), s.fonts.bold, 8),
            ],
        )
        story += [CondPageBreak(30 * mm), text(title, s.subheading)]
        story.append(table)
        story.append(Spacer(1, 2 * mm))
    return story


def _story(report: AttendanceReport, s: Styles) -> list[Flowable]:
    return [*_summary(report, s), *_chart(report, s), *_people(report, s), *_grid(report, s)]
