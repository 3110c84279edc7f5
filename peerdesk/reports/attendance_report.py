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
from peerdesk.i18n import QT_TRANSLATE_NOOP, short_month, translate
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
    percent,
    period_words,
    section,
    text,
)
from peerdesk.reports.pdf_common import PAPER_SIZES, short_date

CATALOGUE_TITLE = QT_TRANSLATE_NOOP("Reports", "Attendance")
DESCRIPTION = QT_TRANSLATE_NOOP(
    "Reports",
    "A group's attendance over a period: the rate by month, each person's marks and rate, "
    "and every session's marks in a grid.",
)
SESSIONS_PER_TABLE = 14
NAME_COLUMN = 46 * mm
MARKS = (
    AttendanceMark.PRESENT,
    AttendanceMark.LATE,
    AttendanceMark.EXCUSED,
    AttendanceMark.ABSENT,
)
KEY = QT_TRANSLATE_NOOP(
    "Reports",
    "P present, L late, E excused, A absent; a blank: no mark (not on the roster that day, "
    "or not recorded). Present and late count as attended; the rate is attended marks out "
    "of all marks.",
)


def _letters() -> dict[AttendanceMark, str]:
    """Each mark's letter in the grid, in the chosen language (KEY says what each stands
    for)."""
    return {
        AttendanceMark.PRESENT: translate("Reports", "P", "present, as one letter"),
        AttendanceMark.LATE: translate("Reports", "L", "late, as one letter"),
        AttendanceMark.EXCUSED: translate("Reports", "E", "excused, as one letter"),
        AttendanceMark.ABSENT: translate("Reports", "A", "absent, as one letter"),
    }


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
        title=translate("Reports", "Attendance: {0}").format(" ".join(report.group.split())),
        organisation=report.organisation,
        logo=report.logo,
        period=period_words(report.start, report.end),
        made_on=report.made_on,
        made_by=report.made_by,
        privacy_line=translate("Reports", PARTICIPANT_PRIVACY),
        details=(translate("Reports", "Facilitators: {0}").format(facilitators),),
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
    line = translate("Reports", "{0}; {1}.", "sessions held; people on the roster").format(
        translate("Reports", "%n session(s) held in the period", None, len(report.sessions)),
        translate("Reports", "%n person(s) on the roster or marked", None, len(report.people)),
    )
    if marked:
        line += " " + translate(
            "Reports", "{0} of {1} marks were present or late: an attendance rate of {2}."
        ).format(attended, marked, percent(attended / marked))
    elif report.sessions:
        line += " " + translate("Reports", "No one was marked.")
    return [text(line, s.body), Spacer(1, 1.5 * mm), text(translate("Reports", KEY), s.small)]


def _chart(report: AttendanceReport, s: Styles) -> list[Flowable]:
    by_month = rate_by_month(report)
    same_year = report.start.year == report.end.year
    labels = [
        short_month(m.month) if same_year else f"{short_month(m.month)} {m.year}"
        for m, _ in by_month
    ]
    chart = bar_chart(
        labels,
        [rate for _, rate in by_month],
        s,
        value_max=1.0,
        value_words=percent,
        missing=translate("Reports", "no marks"),
        height=52 * mm,
    )
    intro = translate(
        "Reports",
        "Attended marks out of all marks at the sessions held each month; a month without "
        "marks has no bar.",
    )
    if same_year:
        intro += " " + translate("Reports", "Months of {0}.").format(report.start.year)
    title = translate("Reports", "Attendance rate by month")
    return [KeepTogether([*section(title, intro, s), chart])]


def _people(report: AttendanceReport, s: Styles) -> list[Flowable]:
    story = section(
        translate("Reports", "Each person"),
        translate(
            "Reports",
            "Marks over the period, the attendance rate, and sessions missed in a row as of "
            "the last session (excused sessions neither count nor break the run).",
        ),
        s,
    )
    header = (
        translate("Reports", "Name"),
        translate("Reports", "Present"),
        translate("Reports", "Late"),
        translate("Reports", "Excused"),
        translate("Reports", "Absent"),
        translate("Reports", "Rate"),
        translate("Reports", "Missed\nin a row", "a column heading on two lines"),
    )
    rows = []
    for person in report.people:
        counts = [sum(1 for m in person.marks if m is mark) for mark in MARKS]
        rows.append(
            [
                person.name,
                *(str(c) for c in counts),
                percent(person.rate),
                str(person.missed_in_a_row),
            ]
        )
    if not rows:
        story.append(
            text(translate("Reports", "No one was on the roster or marked in this period."), s.body)
        )
        return story
    widths = (NAME_COLUMN, *([(CONTENT_WIDTH - NAME_COLUMN) / 6] * 6))
    story.append(compact_table(header, rows, widths, s, right_align=range(1, 7)))
    return story


def _grid(report: AttendanceReport, s: Styles) -> list[Flowable]:
    intro = translate(
        "Reports",
        "Each person's mark at each session, in blocks of up to {0} sessions; the last rows "
        "give each session's totals.",
    ).format(SESSIONS_PER_TABLE)
    # room for the heading, the first block's heading and its first rows
    title = translate("Reports", "Session by session")
    story: list[Flowable] = [CondPageBreak(70 * mm), *section(title, intro, s)]
    if not report.sessions:
        story.append(text(translate("Reports", "No sessions were held in this period."), s.body))
        return story
    letters = _letters()
    column = (CONTENT_WIDTH - NAME_COLUMN) / SESSIONS_PER_TABLE
    total = len(report.sessions)
    for first in range(0, total, SESSIONS_PER_TABLE):
        chunk = range(first, min(first + SESSIONS_PER_TABLE, total))
        days = [report.sessions[i] for i in chunk]
        title = (
            translate("Reports", "Sessions {0} to {1} of {2}: {3} to {4}").format(
                first + 1, chunk[-1] + 1, total, short_date(days[0]), short_date(days[-1])
            )
            if len(days) > 1
            else translate("Reports", "Session {0} of {1}: {2}").format(
                first + 1, total, short_date(days[0])
            )
        )
        header = [
            translate("Reports", "Name"),
            *(f"{d.day}\n{short_month(d.month)}" for d in days),
        ]
        rows = [
            [person.name, *(letters[m] if (m := person.marks[i]) else "" for i in chunk)]
            for person in report.people
        ]
        totals = [session_totals(report, i) for i in chunk]
        rows.append(
            [
                translate("Reports", "Attended of marked"),
                *(f"{a}/{n}" if n else EN_DASH for a, n in totals),
            ]
        )
        rows.append(
            [translate("Reports", "Rate"), *(percent(a / n) if n else EN_DASH for a, n in totals)]
        )
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
