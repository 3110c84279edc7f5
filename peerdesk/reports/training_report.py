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
    month_name,
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

TITLE = "Training and supervision"
OWN_TITLE = "Your training and supervision"
PRIVACY_LINE = STAFF_PRIVACY

ROLE_ORDER = (Role.PEER, Role.FACILITATOR, Role.COORDINATOR)
ROLE_WORDS = {
    Role.PEER: ("Peer specialist", "Peer specialists"),
    Role.FACILITATOR: ("Facilitator", "Facilitators"),
    Role.COORDINATOR: ("Coordinator", "Coordinators"),
}

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
        return OWN_TITLE if self.own_only else TITLE

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
        period=f"As of {long_date(report.as_of)}",
        made_on=report.made_on or date.today(),
        made_by=report.made_by,
        privacy_line=PRIVACY_LINE,
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


def _rule_name(label: str, category: str | None) -> str:
    """'Continuing education (CEU)'; just 'Ethics' when the category says no more."""
    if category and category.strip().casefold() != label.strip().casefold():
        return f"{label} ({category})"
    return label


def _days(count: int) -> str:
    return f"{count} day{'s' if count != 1 else ''}"


def _attention(person: PersonCompliance, report: TrainingReport) -> list[_Item]:
    """Everything about `person` that is overdue, missing or expiring, in the order the
    rules list it: trainings, then hours, then supervision."""
    day = report.as_of
    items = []
    for req in person.requirements:
        if req.status is Status.MISSING:
            items.append(_Item(person, req.training, req.status, "Never recorded", None))
        elif req.status is Status.OVERDUE and req.expires_on is not None:
            ago = (day - req.expires_on).days
            detail = f"Expired on {short_date(req.expires_on)}, {_days(ago)} ago"
            items.append(_Item(person, req.training, req.status, detail, req.expires_on))
        elif req.status is not Status.CURRENT and req.expires_on is not None:
            left = (req.expires_on - day).days
            detail = f"Expires on {short_date(req.expires_on)}, in {_days(left)}"
            items.append(_Item(person, req.training, req.status, detail, req.expires_on))
    for rule in person.hours:
        what = f"{rule.label} hours"
        if rule.status is Status.OVERDUE:
            short = rule.hours_required - rule.hours_done
            detail = (
                f"{_hours(rule.hours_done)} of {_hours(rule.hours_required)} h in the last "
                f"{rule.period_months} months, {_hours(short)} h short"
            )
            items.append(_Item(person, what, rule.status, detail, None))
        elif rule.status is not Status.CURRENT:
            short_from = report.hours_short_from.get((person.user_id, rule.label))
            if short_from is None:
                within = LATER_DAYS if rule.status is Status.EXPIRING_60 else SOON_DAYS
                detail = f"Older hours leave the window within {within} days"
                items.append(_Item(person, what, rule.status, detail, None))
            else:
                last = date.fromordinal(short_from.toordinal() - 1)
                detail = (
                    f"Enough until {short_date(last)}, when older hours leave the "
                    f"{rule.period_months}-month window"
                )
                items.append(_Item(person, what, rule.status, detail, last))
    if person.supervision_status is Status.OVERDUE and len(person.supervision) >= 2:
        month = person.supervision[-2]
        detail = f"{month.minutes} of {month.target} minutes in {month_name(month.month)}"
        items.append(_Item(person, "Supervision", Status.OVERDUE, detail, None))
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
        (Status.CURRENT, "Current"),
        (Status.EXPIRING_60, "Expires within 60 days"),
        (Status.EXPIRING_30, "within 30 days"),
        (Status.OVERDUE, "Overdue or missing"),
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
        canvas.drawString(x, 1.5 * mm, "Markers:")
        x += canvas.stringWidth("Markers:", self.fonts.regular, size) + 3 * mm
        for status, words in self.ENTRIES:
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
    counts = (
        f"{len(late)} item{'s' if len(late) != 1 else ''} overdue or missing; "
        f"{len(soon)} expiring within {LATER_DAYS} days."
    )
    attention = [p for p in people if p.status is not Status.CURRENT]
    if report.own_only and len(people) == 1:
        summary = f"Your status: {people[0].status.words}. "
        if attention:
            summary += counts
        else:
            summary += f"Everything is current for at least the next {LATER_DAYS} days."
    else:
        with_late = len({i.person.user_id for i in late})
        summary = (
            f"{len(people)} staff: {len(people) - len(attention)} current, "
            f"{len(attention)} need attention"
        )
        if attention:
            summary += (
                f" ({with_late} with something overdue or missing, "
                f"{len(attention) - with_late} with something expiring)"
            )
        summary += f". {counts}"
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
        "Compliance per person",
        "Each person's overall status is their worst item: a required training, an hour "
        "rule or last month's supervision.",
        s,
    )
    rows: list[list[Any]] = [[_p(h, s.head) for h in ("Name", "Role", "Status", "Needs attention")]]
    for person in report.people:
        theirs = [i for i in items if i.person.user_id == person.user_id]
        attention: list[Paragraph] = [
            Paragraph(escape(i.brief), s.bullet, bulletText="\u2022") for i in theirs
        ]
        rows.append(
            [
                _name(person.name, s),
                _p(ROLE_WORDS[person.role][0], s.cell),
                _Marked(person.status, _p(person.status.words, s.cell)),
                attention or _p("Nothing", s.cell),
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
        "Per requirement",
        "For each role, how many people hold each required training, meet each hour rule "
        "and met the supervision target last month.",
        s,
    )
    kinds = (Status.CURRENT, Status.EXPIRING_60, Status.EXPIRING_30, Status.OVERDUE, Status.MISSING)
    heads = ("Current", f"Expires in 31{EN_DASH}60 days", "Within 30 days", "Overdue", "Missing")
    for role in ROLE_ORDER:
        people = [p for p in report.people if p.role is role]
        if not people:
            continue
        rules = report.rules.get(role, Rules([], [], None))
        group = f"{ROLE_WORDS[role][1]} ({len(people)})"
        rows: list[list[Any]] = [[_p(group, s.group), *(_p(h, s.head_right) for h in heads)]]
        for training, _category, months in rules.required:
            statuses = [r.status for p in people for r in p.requirements if r.training == training]
            renews = f", renewed every {months} months" if months else ""
            rows.append([_p(f"{training}{renews}", s.cell), *_count_cells(statuses, s, kinds)])
        for label, category, hours, months in rules.hours:
            statuses = [
                h.status
                for p in people
                for h in p.hours
                if h.label == label and h.category == category
            ]
            what = f"{_rule_name(label, category)}: {_hours(hours)} h in any {months} months"
            rows.append([_p(what, s.cell), *_count_cells(statuses, s, kinds)])
        if rules.supervision_minutes is not None:
            statuses = [p.supervision_status for p in people if p.supervision_status]
            what = f"Supervision: {rules.supervision_minutes} minutes a month"
            rows.append([_p(what, s.cell), *_count_cells(statuses, s, kinds)])
        if len(rows) == 1:
            rows.append([_p("Nothing is required of this role.", s.cell), "", "", "", "", ""])
        story.append(KeepTogether([_table(rows, (80, 18, 22, 20, 20, 20)), Spacer(1, 3 * mm)]))
    return story


def _overdue(s: _Styles, items: list[_Item]) -> list[Flowable]:
    story = _section(
        "Overdue and missing",
        "Every required training that expired or was never recorded, every hour rule not "
        "met and every supervision target missed last month.",
        s,
    )
    listed = [i for i in items if i.status in (Status.OVERDUE, Status.MISSING)]
    if not listed:
        story.append(_p("Nothing is overdue or missing.", s.note))
        return story
    rows: list[list[Any]] = [[_p(h, s.head) for h in ("Name", "Item", "Status", "Since when")]]
    for item in listed:
        rows.append(
            [
                _name(item.person.name, s),
                _p(item.what, s.cell),
                _Marked(item.status, _p(item.status.words, s.cell)),
                _p(item.detail, s.cell),
            ]
        )
    story.append(_table(rows, (NAME_COLUMN, 50, 28, 72)))
    return story


def _expiring(report: TrainingReport, s: _Styles, items: list[_Item]) -> list[Flowable]:
    story = _section(
        f"Expiring in the next {LATER_DAYS} days",
        "Soonest first. An hour rule expires when older hours leave its "
        "window; the date is the last day it is still met.",
        s,
    )
    listed = [i for i in items if i.status in (Status.EXPIRING_30, Status.EXPIRING_60)]
    listed.sort(key=lambda i: (i.until or date.max, i.person.name.casefold(), i.what))
    if not listed:
        story.append(_p(f"Nothing expires in the next {LATER_DAYS} days.", s.note))
        return story
    heads = ("Name", "Training or rule", "Expires on", "Days left", "Status")
    rows: list[list[Any]] = [[_p(h, s.head_right if h == "Days left" else s.head) for h in heads]]
    for item in listed:
        left = str((item.until - report.as_of).days) if item.until else EN_DASH
        rows.append(
            [
                _name(item.person.name, s),
                _p(item.what, s.cell),
                _p(short_date(item.until) if item.until else "Within 60 days", s.cell),
                _p(left, s.cell_right),
                _Marked(item.status, _p(item.status.words, s.cell)),
            ]
        )
    story.append(_table(rows, (NAME_COLUMN, 52, 28, 18, 52)))
    return story


def _hours_section(report: TrainingReport, s: _Styles) -> list[Flowable]:
    story = _section(
        "Hours against the rules",
        "Hours of training completed from the date shown up to the report date (the "
        "rule's window). A rule with a category counts only training of that category.",
        s,
    )
    heads = ("Name", "Rule", "Counted from", "Done", "Required", "Status")
    rows: list[list[Any]] = [
        [_p(h, s.head_right if h in ("Done", "Required") else s.head) for h in heads]
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
                    _Marked(rule.status, _p(rule.status.words, s.cell)),
                ]
            )
    if len(rows) == 1:
        story.append(_p("No hour rules apply.", s.note))
        return story
    story.append(_table(rows, (NAME_COLUMN, 46, 26, 16, 20, 42)))
    return story


def _supervision(report: TrainingReport, s: _Styles) -> list[Flowable]:
    story = _section(
        "Supervision",
        "Minutes of supervision in each of the last three months and so far this month, "
        "against the role's monthly target. The month in progress is not judged.",
        s,
    )
    people = [p for p in report.people if p.supervision_status is not None]
    if not people:
        story.append(_p("No supervision targets are set.", s.note))
        return story
    months = people[0].supervision[-SUPERVISION_COLUMNS:]
    heads: list[Any] = [_p("Name", s.head), _p("Target", s.head_right)]
    for m in months:
        label = escape(f"{month_name(m.month)[:3]} {m.month.year}")
        heads.append(Paragraph(label if m.complete else f"{label}<br/>so far", s.head_right))
    heads.append(_p("Last month", s.head))
    rows: list[list[Any]] = [heads]
    below = ParagraphStyle("cell_below", parent=s.cell_bold, alignment=2)
    for person in people:
        cells: list[Any] = [
            _name(person.name, s),
            _p(f"{person.supervision[-1].target} min", s.cell_right),
        ]
        for month in person.supervision[-SUPERVISION_COLUMNS:]:
            if month.complete and month.met is False:
                cells.append(Paragraph(f"{month.minutes} min<br/>below target", below))
            else:
                cells.append(_p(f"{month.minutes} min", s.cell_right))
        status = person.supervision_status
        assert status is not None
        words = "Target met" if status is Status.CURRENT else "Below target"
        cells.append(_Marked(status, _p(words, s.cell)))
        rows.append(cells)
    story.append(_table(rows, (NAME_COLUMN, 20, 26, 26, 26, 26, 26)))
    for role in ROLE_ORDER:
        others = [p.name for p in report.people if p.role is role and p.supervision_status is None]
        if others:
            story.append(Spacer(1, 1.5 * mm))
            line = f"No supervision target is set for {ROLE_WORDS[role][1].lower()}"
            story.append(_p(f"{line} ({', '.join(others)}).", s.intro))
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
