"""The training and supervision report: who is current, what is overdue or missing, what
expires in the next 60 days, hours against the rules and supervision against the
target. Written for a coordinator, a supervisor or a funder, in plain words.

It is about staff only: it takes the compliance of each person and prints nothing about
participants. Statuses are always written out in words; the coloured marker beside them
(a circle, triangle or square) is a help, never the only sign. The page, heading, running
header and footer are every report's (layout.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from peerdesk.db.models import Role
from peerdesk.i18n import QT_TRANSLATE_NOOP, month_year, short_month, translate
from peerdesk.reports.layout import (
    CONTENT_WIDTH,
    EN_DASH,
    GREY,
    HEADER_FILL,
    INK,
    RULE,
    STAFF_PRIVACY,
    STRIPE,
    Progress,
    ReportMeta,
    Styles,
    breakable,
    build_report,
)
from peerdesk.reports.pdf_common import (
    PAPER_SIZES,
    SHARED_HEIGHT,
    Fonts,
    long_date,
    short_date,
)
from peerdesk.services.compliance import (
    LATER_DAYS,
    SOON_DAYS,
    PersonCompliance,
    Rules,
    Status,
)

NAME_COLUMN = 30  # mm, the same in every table
CELL_PADDING = 4  # points, left and right in every cell
SECTION_ROOM = 45 * mm  # a heading, its intro, a table's heading row and a few rows
SUPERVISION_COLUMNS = 4  # the last three complete months and the month in progress

TITLE = QT_TRANSLATE_NOOP("Reports", "Training and supervision")
OWN_TITLE = QT_TRANSLATE_NOOP("Reports", "Your training and supervision")
DESCRIPTION = QT_TRANSLATE_NOOP(
    "Reports",
    "Staff training compliance: what is overdue, missing or expiring, hours against the "
    "rules and supervision against the target (your own record unless you are a "
    "coordinator).",
)
PRIVACY_LINE = STAFF_PRIVACY

ROLE_ORDER = (Role.PEER, Role.FACILITATOR, Role.COORDINATOR)
# Each role in words, one and many (translate("Reports", …) when printed).
ROLE_WORDS = {
    Role.PEER: (
        QT_TRANSLATE_NOOP("Reports", "Peer specialist"),
        QT_TRANSLATE_NOOP("Reports", "Peer specialists"),
    ),
    Role.FACILITATOR: (
        QT_TRANSLATE_NOOP("Reports", "Facilitator"),
        QT_TRANSLATE_NOOP("Reports", "Facilitators"),
    ),
    Role.COORDINATOR: (
        QT_TRANSLATE_NOOP("Reports", "Coordinator"),
        QT_TRANSLATE_NOOP("Reports", "Coordinators"),
    ),
}
# Each status in words, as the report prints it beside its marker.
STATUS_WORDS = {
    Status.CURRENT: QT_TRANSLATE_NOOP("Reports", "Current"),
    Status.EXPIRING_60: QT_TRANSLATE_NOOP("Reports", "Expires within 60 days"),
    Status.EXPIRING_30: QT_TRANSLATE_NOOP("Reports", "Expires within 30 days"),
    Status.OVERDUE: QT_TRANSLATE_NOOP("Reports", "Overdue"),
    Status.MISSING: QT_TRANSLATE_NOOP("Reports", "Missing"),
}


def _status(status: Status) -> str:
    return translate("Reports", STATUS_WORDS[status])


def _role(role: Role, many: bool = False) -> str:
    return translate("Reports", ROLE_WORDS[role][1 if many else 0])


MARK_COLOURS = {
    Status.CURRENT: colors.Color(0.18, 0.49, 0.2),
    Status.EXPIRING_60: colors.Color(0.85, 0.62, 0.0),
    Status.EXPIRING_30: colors.Color(0.9, 0.38, 0.0),
    Status.OVERDUE: colors.Color(0.78, 0.16, 0.16),
    Status.MISSING: colors.Color(0.78, 0.16, 0.16),
}
MARK_SIZE = 2.4 * mm
MARK_GAP = 4 * mm  # from the cell's left edge to the words beside the marker


@dataclass(frozen=True)
class TrainingReport:
    """What the report shows. `own_only`: the reader sees only their own record (a peer
    or facilitator), so the report speaks to them. `hours_short_from` holds, for an hour
    rule that is met today but won't be within 60 days, the first day it falls short,
    keyed by (user id, rule label)."""

    organisation: str
    as_of: date
    people: list[PersonCompliance]
    rules: dict[Role, Rules]
    own_only: bool = False
    hours_short_from: dict[tuple[str, str], date] = field(default_factory=dict)
    made_by: str = ""  # who printed it
    made_on: date | None = None  # None: today

    @property
    def title(self) -> str:
        """In the chosen language."""
        return translate("Reports", OWN_TITLE if self.own_only else TITLE)

    logo: bytes | None = None  # printed on the first page, if the program set one


@dataclass(frozen=True)
class TrainingReportPdf:
    content: bytes
    pages: int


def training_report_pdf(
    report: TrainingReport, paper: str = "a4", progress: Progress | None = None
) -> TrainingReportPdf:
    """The report as a PDF on A4 or US Letter paper ("a4" or "letter")."""
    if paper not in PAPER_SIZES:
        raise ValueError(f"paper must be one of {sorted(PAPER_SIZES)}, not {paper!r}")
    meta = ReportMeta(
        title=report.title,
        organisation=report.organisation,
        logo=report.logo,
        period=translate("Reports", "As of {0}").format(long_date(report.as_of)),
        made_on=report.made_on or date.today(),
        made_by=report.made_by,
        privacy_line=translate("Reports", PRIVACY_LINE),
        running_period=translate("Reports", "as of {0}", "after the title and a comma").format(
            long_date(report.as_of)
        ),
    )
    content, pages = build_report(meta, lambda s: _story(report, _styles(s)), paper, progress)
    return TrainingReportPdf(content, pages)


# --- what needs attention ------------------------------------------------------------------


@dataclass(frozen=True)
class _Item:
    """One thing that isn't current, for one person."""

    person: PersonCompliance
    what: str
    status: Status
    detail: str
    until: date | None  # the last day it is (or was) met, when there is one

    @property
    def brief(self) -> str:
        """How the per-person table names it."""
        return f"{self.what}: {self.detail[0].lower()}{self.detail[1:]}"


def _hours(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def _minutes(value: int | None) -> str:
    """'45 min'."""
    return translate("Reports", "{0} min", "minutes").format(value)


def _rule_name(label: str, category: str | None) -> str:
    """'Continuing education (CEU)'; just 'Ethics' when the category says no more."""
    if category and category.strip().casefold() != label.strip().casefold():
        return f"{label} ({category})"
    return label


def _attention(person: PersonCompliance, report: TrainingReport) -> list[_Item]:
    """Everything about `person` that is overdue, missing or expiring, in the order the
    rules list it: trainings, then hours, then supervision."""
    day = report.as_of
    items = []
    for req in person.requirements:
        if req.status is Status.MISSING:
            never = translate("Reports", "Never recorded")
            items.append(_Item(person, req.training, req.status, never, None))
        elif req.status is Status.OVERDUE and req.expires_on is not None:
            ago = (day - req.expires_on).days
            detail = translate("Reports", "Expired on {0}, %n day(s) ago", None, ago)
            detail = detail.format(short_date(req.expires_on))
            items.append(_Item(person, req.training, req.status, detail, req.expires_on))
        elif req.status is not Status.CURRENT and req.expires_on is not None:
            left = (req.expires_on - day).days
            detail = translate("Reports", "Expires on {0}, in %n day(s)", None, left)
            detail = detail.format(short_date(req.expires_on))
            items.append(_Item(person, req.training, req.status, detail, req.expires_on))
    for rule in person.hours:
        what = translate("Reports", "{0} hours", "an hour rule's name").format(rule.label)
        if rule.status is Status.OVERDUE:
            short = rule.hours_required - rule.hours_done
            detail = translate(
                "Reports",
                "{0} of {1} h in the last %n month(s), {2} h short",
                None,
                rule.period_months,
            ).format(_hours(rule.hours_done), _hours(rule.hours_required), _hours(short))
            items.append(_Item(person, what, rule.status, detail, None))
        elif rule.status is not Status.CURRENT:
            short_from = report.hours_short_from.get((person.user_id, rule.label))
            if short_from is None:
                within = LATER_DAYS if rule.status is Status.EXPIRING_60 else SOON_DAYS
                detail = translate(
                    "Reports", "Older hours leave the window within {0} days"
                ).format(within)
                items.append(_Item(person, what, rule.status, detail, None))
            else:
                last = date.fromordinal(short_from.toordinal() - 1)
                detail = translate(
                    "Reports",
                    "Enough until {0}, when older hours leave the %n-month window",
                    None,
                    rule.period_months,
                ).format(short_date(last))
                items.append(_Item(person, what, rule.status, detail, last))
    if person.supervision_status is Status.OVERDUE and len(person.supervision) >= 2:
        month = person.supervision[-2]
        detail = translate("Reports", "{0} of {1} minutes in {2}").format(
            month.minutes, month.target, month_year(month.month)
        )
        supervision = translate("Reports", "Supervision")
        items.append(_Item(person, supervision, Status.OVERDUE, detail, None))
    return items


# --- styles and cells -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Styles:
    fonts: Fonts
    summary: ParagraphStyle
    heading: ParagraphStyle
    intro: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    bullet: ParagraphStyle
    cell_right: ParagraphStyle
    head: ParagraphStyle
    head_right: ParagraphStyle
    group: ParagraphStyle
    note: ParagraphStyle


def _styles(shared: Styles) -> _Styles:
    """Every report's heading and intro styles; the tables' smaller type, to fit."""
    fonts = shared.fonts

    def style(name: str, font: str, size: float, **more: Any) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.25, **more)

    cell = style("cell", fonts.regular, 8.5)
    return _Styles(
        fonts=fonts,
        summary=style("summary", fonts.regular, 10, spaceAfter=1.5 * mm),
        heading=ParagraphStyle(
            "heading", parent=shared.heading, spaceBefore=6 * mm, keepWithNext=1
        ),
        intro=ParagraphStyle("intro", parent=shared.small, spaceAfter=2 * mm),
        cell=cell,
        cell_bold=style("cell_bold", fonts.bold, 8.5),
        bullet=style("bullet", fonts.regular, 8.5, leftIndent=2.6 * mm, spaceAfter=0.6 * mm),
        cell_right=style("cell_right", fonts.regular, 8.5, alignment=2),
        head=style("head", fonts.bold, 8),
        head_right=style("head_right", fonts.bold, 8, alignment=2),
        group=style("group", fonts.bold, 9),
        note=style("note", fonts.regular, 9.5, spaceAfter=1 * mm),
    )


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(" ".join(text.split())), style)


def _name(name: str, s: _Styles) -> Paragraph:
    """A person's name for the name column. A hyphenated word too wide for the column
    breaks after a hyphen ("Bartholomew-" / "Featherstonehaugh") rather than anywhere."""
    room = NAME_COLUMN * mm - 2 * CELL_PADDING
    style = s.cell_bold
    return Paragraph(breakable(name, style.fontName, style.fontSize, room), style)


def _draw_mark(canvas: Canvas, status: Status, x: float, y: float, size: float) -> None:
    """The marker for `status`, centred on (x, y): a circle when current, a triangle when
    it expires soon, a square when overdue or missing."""
    canvas.saveState()
    canvas.setFillColor(MARK_COLOURS[status])
    half = size / 2
    if status is Status.CURRENT:
        canvas.circle(x, y, half, stroke=0, fill=1)
    elif status in (Status.EXPIRING_60, Status.EXPIRING_30):
        path = canvas.beginPath()
        path.moveTo(x - half * 1.1, y - half)
        path.lineTo(x + half * 1.1, y - half)
        path.lineTo(x, y + half * 1.05)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)
    else:
        canvas.rect(x - half, y - half, size, size, stroke=0, fill=1)
    canvas.restoreState()


class _Marked(Flowable):
    """Words with the status marker before their first line."""

    def __init__(self, status: Status, paragraph: Paragraph) -> None:
        super().__init__()
        self.status = status
        self.paragraph = paragraph
        self._text_height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _, self._text_height = self.paragraph.wrap(avail_width - MARK_GAP, avail_height)
        self.width, self.height = avail_width, max(self._text_height, MARK_SIZE)
        return self.width, self.height

    def draw(self) -> None:
        style = self.paragraph.style
        # the middle of the first line's lower-case letters
        middle = self.height - style.leading + (style.leading - style.fontSize) / 2
        middle += style.fontSize * 0.38
        _draw_mark(self.canv, self.status, MARK_SIZE / 2 + 0.3 * mm, middle, MARK_SIZE)
        self.paragraph.drawOn(self.canv, MARK_GAP, self.height - self._text_height)


class _Legend(Flowable):
    """One line explaining the markers."""

    ENTRIES = (
        (Status.CURRENT, QT_TRANSLATE_NOOP("Reports", "Current")),
        (Status.EXPIRING_60, QT_TRANSLATE_NOOP("Reports", "Expires within 60 days")),
        (Status.EXPIRING_30, QT_TRANSLATE_NOOP("Reports", "within 30 days")),
        (Status.OVERDUE, QT_TRANSLATE_NOOP("Reports", "Overdue or missing")),
    )

    def __init__(self, fonts: Fonts) -> None:
        super().__init__()
        self.fonts = fonts

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, 5 * mm
        return self.width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        x, size = 0.0, 8.0
        canvas.setFont(self.fonts.regular, size)
        canvas.setFillColor(GREY)
        markers = translate("Reports", "Markers:")
        canvas.drawString(x, 1.5 * mm, markers)
        x += canvas.stringWidth(markers, self.fonts.regular, size) + 3 * mm
        for status, english in self.ENTRIES:
            words = translate("Reports", english)
            _draw_mark(canvas, status, x + MARK_SIZE / 2, 1.5 * mm + size * 0.36, MARK_SIZE)
            x += MARK_SIZE + 1.5 * mm
            canvas.setFillColor(GREY)
            canvas.drawString(x, 1.5 * mm, words)
            x += canvas.stringWidth(words, self.fonts.regular, size) + 5 * mm


def _table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    right: Sequence[int] = (),
) -> Table:
    """A table filling the width (`widths` in mm, scaled to fill it), with a grey heading row
    repeated on every page and light stripes."""
    scale = CONTENT_WIDTH / sum(widths)
    table = Table(
        [list(r) for r in rows],
        colWidths=[w * scale for w in widths],
        repeatRows=1,
        hAlign="LEFT",
    )
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE]),
    ]
    for column in right:
        commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    table.setStyle(TableStyle(commands))
    return table


# --- the sections ---------------------------------------------------------------------------


def _heading_block(report: TrainingReport, s: _Styles, items: list[_Item]) -> list[Flowable]:
    story: list[Flowable] = []
    people = report.people
    late = [i for i in items if i.status in (Status.OVERDUE, Status.MISSING)]
    soon = [i for i in items if i.status in (Status.EXPIRING_30, Status.EXPIRING_60)]
    counts = translate("Reports", "{0}; {1} expiring within {2} days.").format(
        translate("Reports", "%n item(s) overdue or missing", None, len(late)),
        len(soon),
        LATER_DAYS,
    )
    attention = [p for p in people if p.status is not Status.CURRENT]
    if report.own_only and len(people) == 1:
        summary = translate("Reports", "Your status: {0}.").format(_status(people[0].status))
        if attention:
            summary += " " + counts
        else:
            summary += " " + translate(
                "Reports", "Everything is current for at least the next {0} days."
            ).format(LATER_DAYS)
    else:
        with_late = len({i.person.user_id for i in late})
        summary = translate("Reports", "{0} staff: {1} current, {2} need attention").format(
            len(people), len(people) - len(attention), len(attention)
        )
        if attention:
            summary += " " + translate(
                "Reports", "({0} with something overdue or missing, {1} with something expiring)"
            ).format(with_late, len(attention) - with_late)
        summary += ". " + counts
    story.append(_p(summary, s.summary))
    story.append(_Legend(s.fonts))
    return story


def _section(title: str, intro: str, s: _Styles) -> list[Flowable]:
    return [_p(title, s.heading), _p(intro, s.intro)]


def _kept_with_start(section: list[Flowable]) -> list[Flowable]:
    """`section`, starting on a new page when too little room is left for its heading,
    what it shows and the first rows of its table (or all of it, when it is short)."""
    probe = Canvas(BytesIO())  # measures; never saved
    height = 0.0
    for flowable in section:
        if isinstance(flowable, KeepTogether):  # measured only as the page lays it out
            height += SECTION_ROOM
            continue
        _, tall = flowable.wrapOn(probe, CONTENT_WIDTH, SHARED_HEIGHT)
        height += tall + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return [CondPageBreak(min(height, SECTION_ROOM)), *section]


def _per_person(report: TrainingReport, s: _Styles, items: list[_Item]) -> list[Flowable]:
    story = _section(
        translate("Reports", "Compliance per person"),
        translate(
            "Reports",
            "Each person's overall status is their worst item: a required training, an hour "
            "rule or last month's supervision.",
        ),
        s,
    )
    heads = (
        translate("Reports", "Name"),
        translate("Reports", "Role"),
        translate("Reports", "Status"),
        translate("Reports", "Needs attention"),
    )
    rows: list[list[Any]] = [[_p(h, s.head) for h in heads]]
    for person in report.people:
        theirs = [i for i in items if i.person.user_id == person.user_id]
        attention: list[Paragraph] = [
            Paragraph(escape(i.brief), s.bullet, bulletText="\u2022") for i in theirs
        ]
        rows.append(
            [
                _name(person.name, s),
                _p(_role(person.role), s.cell),
                _Marked(person.status, _p(_status(person.status), s.cell)),
                attention or _p(translate("Reports", "Nothing"), s.cell),
            ]
        )
    story.append(_table(rows, (NAME_COLUMN, 26, 38, 86)))
    return story


def _count_cells(statuses: list[Status], s: _Styles, kinds: Sequence[Status]) -> list[Paragraph]:
    cells = []
    for kind in kinds:
        count = sum(1 for status in statuses if status is kind)
        cells.append(_p(str(count) if count else EN_DASH, s.cell_right))
    return cells


def _per_requirement(report: TrainingReport, s: _Styles) -> list[Flowable]:
    story = _section(
        translate("Reports", "Per requirement"),
        translate(
            "Reports",
            "For each role, how many people hold each required training, meet each hour rule "
            "and met the supervision target last month.",
        ),
        s,
    )
    kinds = (Status.CURRENT, Status.EXPIRING_60, Status.EXPIRING_30, Status.OVERDUE, Status.MISSING)
    heads = (
        translate("Reports", "Current"),
        translate("Reports", "Expires in {0} days").format(f"31{EN_DASH}60"),
        translate("Reports", "Within 30 days"),
        translate("Reports", "Overdue"),
        translate("Reports", "Missing"),
    )
    for role in ROLE_ORDER:
        people = [p for p in report.people if p.role is role]
        if not people:
            continue
        rules = report.rules.get(role, Rules([], [], None))
        group = f"{_role(role, many=True)} ({len(people)})"
        rows: list[list[Any]] = [[_p(group, s.group), *(_p(h, s.head_right) for h in heads)]]
        for training, _category, months in rules.required:
            statuses = [r.status for p in people for r in p.requirements if r.training == training]
            what = (
                translate("Reports", "{0}, renewed every %n month(s)", None, months).format(
                    training
                )
                if months
                else training
            )
            rows.append([_p(what, s.cell), *_count_cells(statuses, s, kinds)])
        for label, category, hours, months in rules.hours:
            statuses = [
                h.status
                for p in people
                for h in p.hours
                if h.label == label and h.category == category
            ]
            what = translate("Reports", "{0}: {1} h in any %n month(s)", None, months).format(
                _rule_name(label, category), _hours(hours)
            )
            rows.append([_p(what, s.cell), *_count_cells(statuses, s, kinds)])
        if rules.supervision_minutes is not None:
            statuses = [p.supervision_status for p in people if p.supervision_status]
            what = translate("Reports", "Supervision: {0} minutes a month").format(
                rules.supervision_minutes
            )
            rows.append([_p(what, s.cell), *_count_cells(statuses, s, kinds)])
        if len(rows) == 1:
            nothing = translate("Reports", "Nothing is required of this role.")
            rows.append([_p(nothing, s.cell), "", "", "", "", ""])
        story.append(KeepTogether([_table(rows, (80, 18, 22, 20, 20, 20)), Spacer(1, 3 * mm)]))
    return story


def _overdue(s: _Styles, items: list[_Item]) -> list[Flowable]:
    story = _section(
        translate("Reports", "Overdue and missing"),
        translate(
            "Reports",
            "Every required training that expired or was never recorded, every hour rule not "
            "met and every supervision target missed last month.",
        ),
        s,
    )
    listed = [i for i in items if i.status in (Status.OVERDUE, Status.MISSING)]
    if not listed:
        story.append(_p(translate("Reports", "Nothing is overdue or missing."), s.note))
        return story
    heads = (
        translate("Reports", "Name"),
        translate("Reports", "Item"),
        translate("Reports", "Status"),
        translate("Reports", "Since when"),
    )
    rows: list[list[Any]] = [[_p(h, s.head) for h in heads]]
    for item in listed:
        rows.append(
            [
                _name(item.person.name, s),
                _p(item.what, s.cell),
                _Marked(item.status, _p(_status(item.status), s.cell)),
                _p(item.detail, s.cell),
            ]
        )
    story.append(_table(rows, (NAME_COLUMN, 50, 28, 72)))
    return story


def _expiring(report: TrainingReport, s: _Styles, items: list[_Item]) -> list[Flowable]:
    story = _section(
        translate("Reports", "Expiring in the next {0} days").format(LATER_DAYS),
        translate(
            "Reports",
            "Soonest first. An hour rule expires when older hours leave its window; the date "
            "is the last day it is still met.",
        ),
        s,
    )
    listed = [i for i in items if i.status in (Status.EXPIRING_30, Status.EXPIRING_60)]
    listed.sort(key=lambda i: (i.until or date.max, i.person.name.casefold(), i.what))
    if not listed:
        nothing = translate("Reports", "Nothing expires in the next {0} days.").format(LATER_DAYS)
        story.append(_p(nothing, s.note))
        return story
    heads = (
        translate("Reports", "Name"),
        translate("Reports", "Training or rule"),
        translate("Reports", "Expires on"),
        translate("Reports", "Days left"),
        translate("Reports", "Status"),
    )
    rows: list[list[Any]] = [
        [_p(h, s.head_right if column == 3 else s.head) for column, h in enumerate(heads)]
    ]
    for item in listed:
        left = str((item.until - report.as_of).days) if item.until else EN_DASH
        rows.append(
            [
                _name(item.person.name, s),
                _p(item.what, s.cell),
                _p(
                    short_date(item.until)
                    if item.until
                    else translate("Reports", "Within {0} days").format(LATER_DAYS),
                    s.cell,
                ),
                _p(left, s.cell_right),
                _Marked(item.status, _p(_status(item.status), s.cell)),
            ]
        )
    story.append(_table(rows, (NAME_COLUMN, 52, 28, 18, 52)))
    return story


def _hours_section(report: TrainingReport, s: _Styles) -> list[Flowable]:
    story = _section(
        translate("Reports", "Hours against the rules"),
        translate(
            "Reports",
            "Hours of training completed from the date shown up to the report date (the "
            "rule's window). A rule with a category counts only training of that category.",
        ),
        s,
    )
    heads = (
        translate("Reports", "Name"),
        translate("Reports", "Rule"),
        translate("Reports", "Counted from"),
        translate("Reports", "Done", "hours done"),
        translate("Reports", "Required"),
        translate("Reports", "Status"),
    )
    rows: list[list[Any]] = [
        [_p(h, s.head_right if column in (3, 4) else s.head) for column, h in enumerate(heads)]
    ]
    for person in report.people:
        for rule in person.hours:
            what = _rule_name(rule.label, rule.category)
            start, _end = rule.window  # the end is the report date
            rows.append(
                [
                    _name(person.name, s),
                    _p(what, s.cell),
                    _p(short_date(start), s.cell),
                    _p(f"{_hours(rule.hours_done)} h", s.cell_right),
                    _p(f"{_hours(rule.hours_required)} h", s.cell_right),
                    _Marked(rule.status, _p(_status(rule.status), s.cell)),
                ]
            )
    if len(rows) == 1:
        story.append(_p(translate("Reports", "No hour rules apply."), s.note))
        return story
    story.append(_table(rows, (NAME_COLUMN, 44, 24, 16, 24, 42)))
    return story


def _supervision(report: TrainingReport, s: _Styles) -> list[Flowable]:
    story = _section(
        translate("Reports", "Supervision"),
        translate(
            "Reports",
            "Minutes of supervision in each of the last three months and so far this month, "
            "against the role's monthly target. The month in progress is not judged.",
        ),
        s,
    )
    people = [p for p in report.people if p.supervision_status is not None]
    if not people:
        story.append(_p(translate("Reports", "No supervision targets are set."), s.note))
        return story
    months = people[0].supervision[-SUPERVISION_COLUMNS:]
    heads: list[Any] = [
        _p(translate("Reports", "Name"), s.head),
        _p(translate("Reports", "Target"), s.head_right),
    ]
    so_far = escape(translate("Reports", "so far", "this month, in progress"))
    for m in months:
        label = escape(f"{short_month(m.month.month)} {m.month.year}")
        heads.append(Paragraph(label if m.complete else f"{label}<br/>{so_far}", s.head_right))
    heads.append(_p(translate("Reports", "Last month"), s.head))
    rows: list[list[Any]] = [heads]
    below = ParagraphStyle("cell_below", parent=s.cell_bold, alignment=2)
    for person in people:
        cells: list[Any] = [
            _name(person.name, s),
            _p(_minutes(person.supervision[-1].target), s.cell_right),
        ]
        for month in person.supervision[-SUPERVISION_COLUMNS:]:
            if month.complete and month.met is False:
                below_target = escape(translate("Reports", "below target"))
                cells.append(
                    Paragraph(f"{escape(_minutes(month.minutes))}<br/>{below_target}", below)
                )
            else:
                cells.append(_p(_minutes(month.minutes), s.cell_right))
        status = person.supervision_status
        assert status is not None
        words = (
            translate("Reports", "Target met")
            if status is Status.CURRENT
            else translate("Reports", "Below target")
        )
        cells.append(_Marked(status, _p(words, s.cell)))
        rows.append(cells)
    story.append(_table(rows, (NAME_COLUMN, 20, 26, 26, 26, 26, 26)))
    for role in ROLE_ORDER:
        others = [p.name for p in report.people if p.role is role and p.supervision_status is None]
        if others:
            story.append(Spacer(1, 1.5 * mm))
            line = translate("Reports", "No supervision target is set for {0} ({1}).").format(
                _role(role, many=True).lower(), ", ".join(others)
            )
            story.append(_p(line, s.intro))
    return story


def _story(report: TrainingReport, s: _Styles) -> list[Flowable]:
    items = [i for p in report.people for i in _attention(p, report)]
    sections = [_per_person(report, s, items)]
    if not report.own_only:
        sections.append(_per_requirement(report, s))
    sections += [
        _overdue(s, items),
        _expiring(report, s, items),
        _hours_section(report, s),
        _supervision(report, s),
    ]
    story = _heading_block(report, s, items)
    for section in sections:
        story += _kept_with_start(section)
    return story
