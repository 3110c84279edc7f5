"""The participant summary, in two versions made from the same plain data.

- The staff version, for supervision and case reviews: profile basics (never contact
  details or notes), goals with their milestones, measures over time with charts, the
  BARC-10 totals, group attendance, contacts by type and the next follow-up.
- The plain-language version, written for the participant to keep: second person, short
  sentences, a large font, their own goals with the steps ticked, their hope ratings as
  a chart with a kind caption. No staff words, no labels about risk or engagement, no
  notes, and no one's name but theirs and their peer's first name.

Both use the shared layout (peerdesk/reports/layout.py); the line charts are
reportlab.graphics drawings with the dates along the bottom.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from peerdesk.db.models import ContactType, GoalStatus, ParticipantStatus
from peerdesk.i18n import QT_TRANSLATE_NOOP, short_month, translate
from peerdesk.reports.layout import (
    CONTENT_WIDTH,
    EN_DASH,
    GREY,
    INK,
    PARTICIPANT_PRIVACY,
    RULE,
    Progress,
    ReportMeta,
    Styles,
    build_report,
    data_table,
    period_words,
    section,
    text,
)
from peerdesk.reports.pdf_common import Fonts, long_date, short_date

STAFF_TITLE = QT_TRANSLATE_NOOP("Reports", "Participant summary")
PLAIN_TITLE = QT_TRANSLATE_NOOP("Reports", "Your recovery journey")
PLAIN_PRIVACY = QT_TRANSLATE_NOOP("Reports", "This is yours. Keep it somewhere safe.")
DESCRIPTION = QT_TRANSLATE_NOOP(
    "Reports",
    "One participant's goals and milestones, measures over time, group attendance and "
    "contacts (from intake unless a period is given); or, in plain language, a version for "
    "them to keep.",
)

LINE_COLOUR = colors.Color(0.13, 0.36, 0.62)
CUTOFF_COLOUR = colors.Color(0.45, 0.45, 0.45)
GRID_COLOUR = colors.Color(0.85, 0.85, 0.85)
BOX_SIZE = 3.4 * mm  # the tick box beside a milestone in the staff version
PLAIN_BOX_SIZE = 5 * mm

# Words for stored values (translate("Reports", …) when printed).
STATUS_WORDS = {
    ParticipantStatus.ACTIVE: QT_TRANSLATE_NOOP("Reports", "Active"),
    ParticipantStatus.PAUSED: QT_TRANSLATE_NOOP("Reports", "Paused"),
    ParticipantStatus.DISENGAGED: QT_TRANSLATE_NOOP("Reports", "Disengaged"),
    ParticipantStatus.DISCHARGED: QT_TRANSLATE_NOOP("Reports", "Discharged"),
}
CONTACT_WORDS = {
    ContactType.IN_PERSON: QT_TRANSLATE_NOOP("Reports", "In person"),
    ContactType.PHONE: QT_TRANSLATE_NOOP("Reports", "Phone"),
    ContactType.TEXT: QT_TRANSLATE_NOOP("Reports", "Text"),
    ContactType.OUTREACH: QT_TRANSLATE_NOOP("Reports", "Outreach"),
    ContactType.ACCOMPANIED: QT_TRANSLATE_NOOP("Reports", "Accompanied appointment"),
    ContactType.GROUP_FOLLOWUP: QT_TRANSLATE_NOOP("Reports", "Group follow-up"),
}


def _goal_words(status: GoalStatus) -> str:
    """A goal's status in words."""
    if status is GoalStatus.OPEN:
        return translate("Reports", "Open", "a goal")
    if status is GoalStatus.ACHIEVED:
        return translate("Reports", "Achieved", "a goal")
    return translate("Reports", "Set aside", "a goal")


def _plain_contacts(kind: ContactType, count: int) -> str:
    """The plain version's words for `count` contacts of a kind: '2 phone calls'."""
    if kind is ContactType.IN_PERSON:
        return translate("Reports", "%n time(s) in person", None, count)
    if kind is ContactType.PHONE:
        return translate("Reports", "%n phone call(s)", None, count)
    if kind is ContactType.TEXT:
        return translate("Reports", "%n text conversation(s)", None, count)
    if kind is ContactType.OUTREACH:
        return translate("Reports", "%n visit(s)", None, count)
    if kind is ContactType.ACCOMPANIED:
        return translate("Reports", "%n appointment(s) you went to together", None, count)
    return translate("Reports", "%n chat(s) after a group", None, count)


# --- what the report shows -----------------------------------------------------------------


@dataclass(frozen=True)
class MilestoneLine:
    title: str
    due_on: date | None
    done_on: date | None  # None: not done by the end of the period


@dataclass(frozen=True)
class GoalLine:
    title: str
    set_on: date
    status: GoalStatus
    milestones: tuple[MilestoneLine, ...]

    @property
    def steps_done(self) -> int:
        return sum(1 for m in self.milestones if m.done_on is not None)


@dataclass(frozen=True)
class MeasureSeries:
    """One instrument's results in the period, oldest first."""

    instrument: str  # its id: "hope", "satisfaction", "barc10", ...
    name: str  # "Hope today"
    short_name: str  # "Hope"
    total_min: int
    total_max: int
    single_item: bool
    points: tuple[tuple[date, int], ...]
    cutoff: int | None = None  # a published cut-off, drawn on the staff chart


@dataclass(frozen=True)
class GroupAttendance:
    """One group's sessions in the period on which this person has a mark."""

    group: str
    marked: int
    attended: int  # present or late
    excused: int
    last_attended: date | None
    missed_in_a_row: int  # absences since the last attended session (excused don't count)

    @property
    def rate(self) -> float | None:
        return self.attended / self.marked if self.marked else None


@dataclass(frozen=True)
class ParticipantSummary:
    organisation: str
    made_on: date
    made_by: str  # the user name of who made it
    start: date
    end: date
    participant_id: str  # the record's id (never printed)
    display_name: str
    legal_name: str | None
    pronouns: str | None
    status: ParticipantStatus
    status_since: date | None
    program_id: str | None
    intake_date: date | None
    peer: str | None  # the assigned peer's user name
    peer_first_name: str | None  # how the plain version names them
    goals: tuple[GoalLine, ...]
    measures: tuple[MeasureSeries, ...]
    attendance: tuple[GroupAttendance, ...]
    contacts_by_type: dict[ContactType, int]  # contacts dated in the period
    contacts_all_with_peer: bool  # every one of them was with the assigned peer
    last_contact: date | None  # the latest in the period
    next_follow_up: date | None  # the soonest follow-up no contact has met yet (any status)

    @property
    def contacts_total(self) -> int:
        return sum(self.contacts_by_type.values())

    def series(self, instrument: str) -> MeasureSeries | None:
        for found in self.measures:
            if found.instrument == instrument and found.points:
                return found
        return None

    logo: bytes | None = None  # printed on the first page, if the program set one


def participant_report_pdf(
    summary: ParticipantSummary,
    *,
    plain: bool = False,
    paper: str = "a4",
    progress: Progress | None = None,
) -> tuple[bytes, int, str]:
    """The PDF, its number of pages and its title."""
    if plain:
        made_by = (
            summary.peer_first_name
            if summary.peer_first_name and summary.made_by == summary.peer
            else translate("Reports", "your peer support team")
        )
        meta = ReportMeta(
            title=translate("Reports", PLAIN_TITLE),
            organisation=summary.organisation,
            logo=summary.logo,
            period=period_words(summary.start, summary.end),
            made_on=summary.made_on,
            made_by=made_by,
            privacy_line=translate("Reports", PLAIN_PRIVACY),
        )
        content, pages = build_report(meta, lambda s: plain_story(summary, s), paper, progress)
    else:
        meta = ReportMeta(
            title=translate("Reports", STAFF_TITLE),
            organisation=summary.organisation,
            logo=summary.logo,
            period=period_words(summary.start, summary.end),
            made_on=summary.made_on,
            made_by=summary.made_by,
            privacy_line=translate("Reports", PARTICIPANT_PRIVACY),
        )
        content, pages = build_report(meta, lambda s: staff_story(summary, s), paper, progress)
    return content, pages, meta.title


# --- small pieces ------------------------------------------------------------------------


def _times(count: int) -> str:
    """'once', 'twice', '5 times'."""
    if count == 1:
        return translate("Reports", "once")
    if count == 2:
        return translate("Reports", "twice")
    return translate("Reports", "%n times", "more than twice", count)


def _percent(rate: float | None) -> str:
    return EN_DASH if rate is None else f"{round(rate * 100)}%"


class _TickBox(Flowable):
    """A square, with a tick in it when done: drawn, so it prints in any font."""

    def __init__(self, done: bool, size: float) -> None:
        super().__init__()
        self.done = done
        self.size = size
        self.width = self.height = size

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        canvas, size = self.canv, self.size
        canvas.saveState()
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(max(0.7, size / 12))
        canvas.rect(0, 0, size, size, stroke=1, fill=0)
        if self.done:
            canvas.setStrokeColor(LINE_COLOUR)
            canvas.setLineWidth(max(1.2, size / 7))
            canvas.setLineCap(1)
            canvas.setLineJoin(1)
            path = canvas.beginPath()
            path.moveTo(size * 0.2, size * 0.52)
            path.lineTo(size * 0.42, size * 0.25)
            path.lineTo(size * 0.82, size * 0.8)
            canvas.drawPath(path, stroke=1, fill=0)
        canvas.restoreState()


def _plain_table(
    rows: list[list[Any]], widths: Sequence[float], padding: float = 2, right: float = 6
) -> Table:
    """A table with no lines: for facts beside their labels, ticked steps, charts."""
    table = Table(rows, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), right),
                ("TOPPADDING", (0, 0), (-1, -1), padding),
                ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
            ]
        )
    )
    return table


# --- line charts --------------------------------------------------------------------------


def date_ticks(first: date, last: date, most: int = 8) -> list[tuple[date, str]]:
    """Where to mark the date axis from `first` to `last`, and what to write there: weeks
    ("3 Mar") over a short span, else the first days of months ("Mar 2026") every 1, 2,
    3, 6 or 12 months, as few steps as keep at most `most` marks."""
    span = (last - first).days
    if span <= 70:
        step = 7
        while span // step + 1 > most:
            step += 7
        days = [first + timedelta(days=n) for n in range(0, span + 1, step)]
        return [(d, f"{d.day} {short_month(d.month)}") for d in days]
    for months in (1, 2, 3, 6, 12, 24, 60):
        found = []
        index = first.year * 12 + first.month - 1 + (0 if first.day == 1 else 1)
        while True:
            year, month = divmod(index, 12)
            day = date(year, month + 1, 1)
            if day > last:
                break
            if month % months == 0 or months == 1:
                found.append(day)
            index += 1
        if len(found) <= most:
            if months >= 12:
                return [(d, str(d.year)) for d in found]
            return [(d, f"{short_month(d.month)} {d.year}") for d in found]
    return []


def line_chart(
    points: Sequence[tuple[date, int]],
    start: date,
    end: date,
    value_range: tuple[int, int],
    fonts: Fonts,
    *,
    width: float = CONTENT_WIDTH,
    height: float = 48 * mm,
    font_size: float = 7.5,
    cutoff: int | None = None,
    cutoff_label: str | None = None,
    show_values: bool = False,
) -> Drawing:
    """A line through `points` (dates along the bottom from `start` to `end`, values up
    the side over `value_range`), each point a dot."""
    low, high = value_range
    # a little room at each end, so the first and last dots clear the axes
    room = timedelta(days=max(3, round((end - start).days * 0.025)))
    first, last = start - room, end + room
    drawing = Drawing(width, height)
    plot = LinePlot()
    plot.x = font_size * 3.6
    plot.y = font_size * 2.6
    plot.width = width - plot.x - font_size * (6 if cutoff_label else 1.5)
    plot.height = height - plot.y - font_size * (2.2 if show_values else 1.2)
    plot.data = [[(d.toordinal(), value) for d, value in points]]
    line = plot.lines[0]
    line.strokeColor = LINE_COLOUR
    line.strokeWidth = 1.6 if show_values else 1.2
    line.symbol = makeMarker("FilledCircle")
    line.symbol.size = font_size * (0.8 if show_values else 0.6)
    line.symbol.fillColor = LINE_COLOUR
    line.symbol.strokeColor = LINE_COLOUR
    if show_values:
        plot.lineLabelFormat = "%d"
        plot.lineLabelNudge = font_size * 0.9
        plot.lineLabels.fontName = fonts.bold
        plot.lineLabels.fontSize = font_size
        plot.lineLabels.fillColor = INK

    x_axis = plot.xValueAxis
    ticks = date_ticks(start, end, most=max(3, int(plot.width / (font_size * 7.5))))
    labels = {d.toordinal(): words for d, words in ticks}
    x_axis.valueMin, x_axis.valueMax = first.toordinal(), last.toordinal()
    x_axis.valueSteps = list(labels)
    x_axis.labelTextFormat = lambda value: labels.get(round(value), "")
    x_axis.labels.fontName = fonts.regular
    x_axis.labels.fontSize = font_size
    x_axis.labels.fillColor = GREY
    x_axis.labels.dy = -font_size * 0.3
    x_axis.strokeColor = RULE
    x_axis.tickDown = font_size * 0.4

    y_axis = plot.yValueAxis
    step = next(s for s in (1, 2, 5, 10, 20, 50) if (high - low) / s <= 6)
    y_axis.valueMin, y_axis.valueMax = low, high
    y_axis.valueSteps = list(range(low, high + 1, step))
    y_axis.labels.fontName = fonts.regular
    y_axis.labels.fontSize = font_size
    y_axis.labels.fillColor = GREY
    y_axis.strokeColor = RULE
    y_axis.visibleGrid = 1
    y_axis.gridStrokeColor = GRID_COLOUR
    y_axis.gridStrokeWidth = 0.4
    y_axis.labelTextFormat = "%d"
    drawing.add(plot)

    if cutoff is not None and low < cutoff < high:
        at = plot.y + (cutoff - low) / (high - low) * plot.height
        drawing.add(
            Line(
                plot.x,
                at,
                plot.x + plot.width,
                at,
                strokeColor=CUTOFF_COLOUR,
                strokeWidth=0.8,
                strokeDashArray=[3, 2],
            )
        )
        if cutoff_label:
            drawing.add(
                String(
                    plot.x + plot.width + 3,
                    at - font_size / 3,
                    cutoff_label,
                    fontName=fonts.regular,
                    fontSize=font_size,
                    fillColor=CUTOFF_COLOUR,
                )
            )
    return drawing


# --- the staff version ---------------------------------------------------------------------


def _facts(summary: ParticipantSummary, s: Styles) -> Flowable:
    status = translate("Reports", STATUS_WORDS[summary.status])
    if summary.status_since:
        status = translate("Reports", "{0} since {1}", "a status and the day it began").format(
            status, short_date(summary.status_since)
        )
    label, value = 30 * mm, CONTENT_WIDTH / 2 - 30 * mm
    # names on lines of their own, as long as they need; the rest in two columns
    rows: list[list[Any]] = [
        [
            text(translate("Reports", "Display name"), s.small),
            text(summary.display_name, s.body),
            "",
            "",
        ],
        [
            text(translate("Reports", "Legal name"), s.small),
            text(summary.legal_name or EN_DASH, s.body),
            "",
            "",
        ],
    ]
    intake = short_date(summary.intake_date) if summary.intake_date else EN_DASH
    pairs = [
        (translate("Reports", "Pronouns"), summary.pronouns or EN_DASH),
        (translate("Reports", "Status"), status),
        (translate("Reports", "Peer"), summary.peer or translate("Reports", "Not assigned")),
        (translate("Reports", "Intake date"), intake),
    ]
    if summary.program_id:
        pairs.append((translate("Reports", "Program id"), summary.program_id))
    for index in range(0, len(pairs), 2):
        row: list[Any] = []
        for words, fact in pairs[index : index + 2]:
            row += [text(words, s.small), text(fact, s.body)]
        rows.append(row + [""] * (4 - len(row)))
    table = _plain_table(rows, (label, value, label, value), padding=1.5)
    table.setStyle(TableStyle([("SPAN", (1, 0), (3, 0)), ("SPAN", (1, 1), (3, 1))]))
    return table


def _staff_goals(summary: ParticipantSummary, s: Styles) -> list[Flowable]:
    steps = sum(len(g.milestones) for g in summary.goals)
    done = sum(g.steps_done for g in summary.goals)
    intro = (
        translate("Reports", "{0}; {1}.", "goals set; milestones done").format(
            translate("Reports", "%n goal(s) set by {0}", None, len(summary.goals)).format(
                short_date(summary.end)
            ),
            translate("Reports", "{0} of %n milestone(s) done by then", None, steps).format(done),
        )
        if summary.goals
        else None
    )
    story = section(translate("Reports", "Goals and milestones"), intro, s)
    if not summary.goals:
        story.append(text(translate("Reports", "No goals are recorded."), s.body))
        return story
    for goal in summary.goals:
        set_on = translate("Reports", "Set on {0}. {1}.", "a goal: the day set, its status")
        block: list[Flowable] = [
            text(goal.title, s.subheading),
            text(set_on.format(short_date(goal.set_on), _goal_words(goal.status)), s.small),
            Spacer(1, 1.5 * mm),
        ]
        if goal.milestones:
            rows = [
                [
                    _TickBox(m.done_on is not None, BOX_SIZE),
                    m.title,
                    short_date(m.due_on) if m.due_on else EN_DASH,
                    translate("Reports", "Done on {0}").format(short_date(m.done_on))
                    if m.done_on
                    else translate("Reports", "Not done"),
                ]
                for m in goal.milestones
            ]
            widths = (8 * mm, CONTENT_WIDTH - 8 * mm - 28 * mm - 44 * mm, 28 * mm, 44 * mm)
            heads = (
                "",
                translate("Reports", "Milestone"),
                translate("Reports", "Due"),
                translate("Reports", "Done", "a milestone"),
            )
            block.append(data_table(heads, rows, widths, s))
        else:
            block.append(text(translate("Reports", "No milestones yet."), s.body))
        block.append(Spacer(1, 3 * mm))
        story.append(KeepTogether(block))
    return story


def _series_title(series: MeasureSeries) -> str:
    return f"{series.name} ({series.total_min}{EN_DASH}{series.total_max})"


def _staff_measures(summary: ParticipantSummary, s: Styles) -> list[Flowable]:
    singles = [m for m in summary.measures if m.single_item and m.points]
    charted = [m for m in singles if len(m.points) >= 2]  # one dot alone says nothing
    story = section(
        translate("Reports", "Measures over time"),
        translate(
            "Reports", "Ratings recorded in the period, oldest first. Higher is better on each."
        ),
        s,
    )
    if not singles:
        story.append(text(translate("Reports", "No ratings were recorded in the period."), s.body))
    # two charts side by side when there are two or more, else one across the page
    half = len(charted) > 1
    width = (CONTENT_WIDTH - 6 * mm) / 2 if half else CONTENT_WIDTH
    charts = [
        [
            text(_series_title(series), s.subheading),
            line_chart(
                series.points,
                summary.start,
                summary.end,
                (series.total_min, series.total_max),
                s.fonts,
                width=width,
                height=44 * mm,
            ),
        ]
        for series in charted
    ]
    for index in range(0, len(charts), 2):
        pair = charts[index : index + 2]
        if half:
            row = [pair[0], pair[1] if len(pair) > 1 else ""]
            story.append(_plain_table([row], (width + 6 * mm, width), right=0))
        else:
            story.append(KeepTogether(pair[0]))
        story.append(Spacer(1, 2 * mm))
    if singles:
        days = sorted({d for series in singles for d, _ in series.points})
        by_day = [
            {d: str(value) for d, value in series.points} for series in singles
        ]  # a later result on the same day replaces an earlier one
        rows = [[short_date(d), *(found.get(d, EN_DASH) for found in by_day)] for d in days]
        heads = (
            translate("Reports", "Date"),
            *(f"{m.short_name} ({m.total_min}{EN_DASH}{m.total_max})" for m in singles),
        )
        story.append(data_table(heads, rows, (32 * mm, *([36 * mm] * len(singles))), s))
    for series in summary.measures:
        if not series.single_item:
            story += _staff_totals(series, summary, s)
    return story


def _staff_totals(series: MeasureSeries, summary: ParticipantSummary, s: Styles) -> list[Flowable]:
    """An instrument scored as a total of its items (the BARC-10): a chart and a table."""
    intro = translate("Reports", "Totals from {0} to {1}; higher is better.").format(
        series.total_min, series.total_max
    )
    if series.cutoff is not None and len(series.points) >= 2:  # a chart will be drawn
        intro += " " + translate(
            "Reports",
            "The dashed line is the published cut-off of {0}, a guide for conversation, not a "
            "diagnosis.",
        ).format(series.cutoff)
    story = section(translate("Reports", "{0} totals").format(series.short_name), intro, s)
    if not series.points:
        nothing = translate("Reports", "No {0} was recorded in the period.")
        story.append(text(nothing.format(series.short_name), s.body))
        return story
    if len(series.points) >= 2:
        story.append(
            line_chart(
                series.points,
                summary.start,
                summary.end,
                (series.total_min, series.total_max),
                s.fonts,
                height=44 * mm,
                cutoff=series.cutoff,
                cutoff_label=f"{series.cutoff}" if series.cutoff is not None else None,
            )
        )
        story.append(Spacer(1, 2 * mm))
    rows = []
    before: int | None = None
    for day, total in series.points:
        change = EN_DASH if before is None else f"{total - before:+d}"
        row = [short_date(day), str(total), change]
        if series.cutoff is not None:
            row.append(
                translate("Reports", "Yes")
                if total >= series.cutoff
                else translate("Reports", "No")
            )
        rows.append(row)
        before = total
    heads = [
        translate("Reports", "Date"),
        translate("Reports", "Total"),
        translate("Reports", "Change"),
    ]
    widths = [32 * mm, 24 * mm, 24 * mm]
    if series.cutoff is not None:
        heads.append(translate("Reports", "{0} or more").format(series.cutoff))
        widths.append(30 * mm)
    story.append(data_table(heads, rows, widths, s))
    return story


def _staff_attendance(summary: ParticipantSummary, s: Styles) -> list[Flowable]:
    story = section(
        translate("Reports", "Group attendance"),
        translate(
            "Reports",
            "Sessions in the period with a mark for this person. Attended means present or "
            "late; the rate is attended out of all marks. Missed in a row counts absences "
            "since the last session attended (excused ones neither count nor break the run).",
        ),
        s,
    )
    rows = [
        [
            g.group,
            str(g.marked),
            str(g.attended),
            str(g.excused),
            _percent(g.rate),
            short_date(g.last_attended) if g.last_attended else translate("Reports", "Never"),
            str(g.missed_in_a_row),
        ]
        for g in summary.attendance
    ]
    heads = (
        translate("Reports", "Group"),
        translate("Reports", "Marked"),
        translate("Reports", "Attended"),
        translate("Reports", "Excused"),
        translate("Reports", "Rate"),
        translate("Reports", "Last attended"),
        translate("Reports", "Missed in a row"),
    )
    widths = (0.25, 0.09, 0.1, 0.12, 0.08, 0.17, 0.19)
    story.append(
        data_table(
            heads,
            rows,
            widths,
            s,
            empty=translate("Reports", "No group attendance was marked in the period."),
        )
    )
    return story


def _staff_contacts(summary: ParticipantSummary, s: Styles) -> list[Flowable]:
    story = section(
        translate("Reports", "Contacts"),
        translate("Reports", "Contacts dated in the period, by type."),
        s,
    )
    rows: list[list[Any]] = [
        [translate("Reports", CONTACT_WORDS[kind]), str(summary.contacts_by_type[kind])]
        for kind in ContactType
        if summary.contacts_by_type.get(kind)
    ]
    if rows:
        rows.append(
            [
                text(translate("Reports", "Total"), s.cell_bold),
                text(str(summary.contacts_total), s.cell_bold),
            ]
        )
    table = data_table(
        (translate("Reports", "Type"), translate("Reports", "Contacts")),
        rows,
        (60 * mm, 24 * mm),
        s,
        empty=translate("Reports", "No contacts are recorded in the period."),
    )
    story.append(table)
    story.append(Spacer(1, 2 * mm))
    last = (
        short_date(summary.last_contact)
        if summary.last_contact
        else translate("Reports", "None in the period")
    )
    follow_up = summary.next_follow_up
    if follow_up is None:
        next_words = translate("Reports", "None planned")
    elif follow_up < summary.made_on:
        late = (summary.made_on - follow_up).days
        next_words = translate("Reports", "{0}, overdue by %n day(s)", None, late).format(
            short_date(follow_up)
        )
    else:
        next_words = short_date(follow_up)
    facts = [
        [text(translate("Reports", "Last contact"), s.small), text(last, s.body)],
        [text(translate("Reports", "Next follow-up"), s.small), text(next_words, s.body)],
    ]
    story.append(_plain_table(facts, (36 * mm, CONTENT_WIDTH - 36 * mm), padding=1.5))
    return story


def staff_story(summary: ParticipantSummary, s: Styles) -> list[Flowable]:
    name = ParagraphStyle("name", parent=s.title, fontSize=16, leading=20, spaceAfter=2 * mm)
    story: list[Flowable] = [text(summary.display_name, name), _facts(summary, s)]
    story += _staff_goals(summary, s)
    story += _staff_measures(summary, s)
    story += _staff_attendance(summary, s)
    story += _staff_contacts(summary, s)
    return story


# --- the plain-language version -----------------------------------------------------------


@dataclass(frozen=True)
class PlainStyles:
    """Larger type for the version a participant keeps."""

    fonts: Fonts
    name: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    goal: ParagraphStyle
    step: ParagraphStyle
    caption: ParagraphStyle
    closing: ParagraphStyle


def plain_styles(s: Styles) -> PlainStyles:
    f = s.fonts
    body = ParagraphStyle("plain_body", parent=s.body, fontSize=13, leading=18, spaceAfter=2.5 * mm)
    return PlainStyles(
        fonts=f,
        name=ParagraphStyle(
            "plain_name", parent=body, fontName=f.bold, fontSize=22, leading=27, spaceAfter=3 * mm
        ),
        heading=ParagraphStyle(
            "plain_heading",
            parent=body,
            fontName=f.bold,
            fontSize=17,
            leading=22,
            spaceBefore=5 * mm,
            spaceAfter=2.5 * mm,
            keepWithNext=1,
        ),
        body=body,
        goal=ParagraphStyle(
            "plain_goal", parent=body, fontName=f.bold, fontSize=14, leading=19, spaceAfter=1 * mm
        ),
        step=ParagraphStyle("plain_step", parent=body, spaceAfter=0),
        caption=ParagraphStyle(
            "plain_caption",
            parent=body,
            fontSize=12,
            leading=16.5,
            textColor=colors.Color(0.25, 0.25, 0.25),
        ),
        closing=ParagraphStyle("plain_closing", parent=body, fontName=f.italic, spaceBefore=6 * mm),
    )


def _day(day: date) -> str:
    """'Friday 20 November 2026'."""
    return long_date(day)


def _plain_goals(summary: ParticipantSummary, p: PlainStyles, peer: str) -> list[Flowable]:
    story: list[Flowable] = [text(translate("Reports", "Your goals"), p.heading)]
    if not summary.goals:
        story.append(
            text(
                translate(
                    "Reports",
                    "You haven't written down any goals yet. Whenever you're ready, {0} can "
                    "help you put one into words.",
                ).format(peer),
                p.body,
            )
        )
        return story
    story.append(
        text(translate("Reports", "These are the goals you set, in your own words."), p.body)
    )
    for goal in summary.goals:
        block: list[Flowable] = [text(goal.title, p.goal)]
        count, done = len(goal.milestones), goal.steps_done
        if goal.status is GoalStatus.ACHIEVED:
            line = translate("Reports", "You reached this goal. Well done!")
        elif goal.status is GoalStatus.SET_ASIDE:
            line = translate(
                "Reports", "You set this goal aside for now. You can come back to it any time."
            )
        elif count and done == count:
            line = translate(
                "Reports", "You have done every step you planned (%n of %n).", None, count
            )
        elif count:
            line = translate(
                "Reports",
                "You are working on this. You have done {0} of the %n step(s).",
                None,
                count,
            ).format(done)
        else:
            line = translate("Reports", "You are working on this.")
        block.append(text(line, p.body))
        rows = []
        for step in goal.milestones:
            words = step.title
            if step.done_on:
                words += f" {EN_DASH} " + translate("Reports", "done on {0}").format(
                    _day(step.done_on)
                )
            box = _TickBox(step.done_on is not None, PLAIN_BOX_SIZE)
            rows.append([box, text(words, p.step)])
        widths = (10 * mm, CONTENT_WIDTH - 10 * mm)
        # the goal stays with its first steps; the other steps may go on to the next page
        if rows:
            block.append(_plain_table(rows[:2], widths, padding=2.5))
        story.append(KeepTogether(block))
        if rows[2:]:
            story.append(_plain_table(rows[2:], widths, padding=2.5))
        story.append(Spacer(1, 4 * mm))
    return story


def _plain_hope(summary: ParticipantSummary, p: PlainStyles) -> list[Flowable]:
    hope = summary.series("hope")
    if hope is None:
        return []
    story: list[Flowable] = [text(translate("Reports", "How hopeful you have felt"), p.heading)]
    first_day, first = hope.points[0]
    last_day, last = hope.points[-1]
    if len(hope.points) == 1:
        story.append(
            text(
                translate("Reports", "On {0} you rated your hope {1} out of {2}.").format(
                    _day(first_day), first, hope.total_max
                ),
                p.body,
            )
        )
        return story
    intro = text(
        translate(
            "Reports",
            "You rated your hope {0}: {1} out of {2} on {3}, and {4} the most recent time, on {5}.",
        ).format(
            _times(len(hope.points)), first, hope.total_max, _day(first_day), last, _day(last_day)
        ),
        p.body,
    )
    chart = line_chart(
        hope.points,
        summary.start,
        summary.end,
        (hope.total_min, hope.total_max),
        p.fonts,
        height=54 * mm,
        font_size=10.5,
        show_values=len(hope.points) <= 24,
    )
    caption = text(
        translate(
            "Reports",
            "Each dot is a day you rated your hope, from {0} (not hopeful at all) to {1} "
            "(completely hopeful). Hope can go up and down, and that is okay. Every step you "
            "take counts.",
        ).format(hope.total_min, hope.total_max),
        p.caption,
    )
    # the heading, the words and the chart on one page
    return [KeepTogether([*story, intro, Spacer(1, 2 * mm), chart, Spacer(1, 2 * mm), caption])]


def _plain_strengths(summary: ParticipantSummary, p: PlainStyles) -> list[Flowable]:
    barc = summary.series("barc10")
    if barc is None:
        return []
    story: list[Flowable] = [text(translate("Reports", "Your recovery strengths"), p.heading)]
    first_day, first = barc.points[0]
    last_day, last = barc.points[-1]
    if len(barc.points) == 1:
        words = translate(
            "Reports",
            "You answered 10 questions about your life and your recovery on {0}. Your answers "
            "added up to {1} out of {2}.",
        ).format(_day(first_day), first, barc.total_max)
    else:
        words = translate(
            "Reports",
            "You answered 10 questions about your life and your recovery {0}. On {1} your "
            "answers added up to {2} out of {3}; on {4} they added up to {5}.",
        ).format(
            _times(len(barc.points)), _day(first_day), first, barc.total_max, _day(last_day), last
        )
    story.append(text(words, p.body))
    return story


def _plain_groups(summary: ParticipantSummary, p: PlainStyles) -> list[Flowable]:
    if not summary.attendance:
        return []
    story: list[Flowable] = [text(translate("Reports", "Your groups"), p.heading)]
    for group in summary.attendance:
        story.append(text(group.group, p.goal))
        if group.attended:
            if group.attended < group.marked:
                words = translate(
                    "Reports", "You came to {0} of %n group session(s).", None, group.marked
                ).format(group.attended)
            elif group.marked == 1:
                words = translate("Reports", "You came along to 1 group session.")
            elif group.marked == 2:
                words = translate("Reports", "You came to both group sessions.")
            else:
                words = translate("Reports", "You came to all {0} group sessions.").format(
                    group.marked
                )
            if group.last_attended:
                words += " " + translate("Reports", "The last time was {0}.").format(
                    _day(group.last_attended)
                )
        else:
            words = translate(
                "Reports", "You are welcome to come along whenever you would like to."
            )
        story.append(text(words, p.body))
    return story


def _plain_time_together(
    summary: ParticipantSummary, p: PlainStyles, peer: str, peer_known: bool
) -> list[Flowable]:
    total = summary.contacts_total
    follow_up = summary.next_follow_up
    upcoming = (
        follow_up is not None
        and follow_up >= summary.made_on
        and summary.status in (ParticipantStatus.ACTIVE, ParticipantStatus.PAUSED)
    )
    if not total and not upcoming:
        return []
    story: list[Flowable] = [text(translate("Reports", "Time together"), p.heading)]
    if total:
        parts = [
            _plain_contacts(kind, count)
            for kind in ContactType
            if (count := summary.contacts_by_type.get(kind, 0))
        ]
        listed = (
            parts[0]
            if len(parts) == 1
            else translate("Reports", "{0} and {1}", "the last of a list").format(
                ", ".join(parts[:-1]), parts[-1]
            )
        )
        if peer_known and summary.contacts_all_with_peer:
            met = translate("Reports", "You and {0} met or talked {1}: {2}.").format(
                peer, _times(total), listed
            )
        else:
            met = translate(
                "Reports", "You and the peer support team met or talked {0}: {1}."
            ).format(_times(total), listed)
        story.append(text(met, p.body))
    if upcoming and follow_up is not None:
        if peer_known:
            plans = translate("Reports", "{0} plans to check in with you around {1}.").format(
                peer[0].upper() + peer[1:], _day(follow_up)
            )
        else:
            plans = translate("Reports", "Your peer plans to check in with you around {0}.").format(
                _day(follow_up)
            )
        story.append(text(plans, p.body))
    return story


def plain_story(summary: ParticipantSummary, s: Styles) -> list[Flowable]:
    p = plain_styles(s)
    peer_known = summary.peer_first_name is not None
    peer = summary.peer_first_name or translate("Reports", "your peer")
    story: list[Flowable] = [
        text(summary.display_name, p.name),
        text(
            translate(
                "Reports",
                "This is a look back at your time with us: the goals you set, how you have "
                "been feeling and the time we spent together. It is yours to keep.",
            ),
            p.body,
        ),
    ]
    story += _plain_goals(summary, p, peer)
    story += _plain_hope(summary, p)
    story += _plain_strengths(summary, p)
    story += _plain_groups(summary, p)
    story += _plain_time_together(summary, p, peer, peer_known)
    story.append(
        text(translate("Reports", "Whatever comes next, you don't have to do it alone."), p.closing)
    )
    story.append(text(translate("Reports", PLAIN_PRIVACY), p.body))
    return story
