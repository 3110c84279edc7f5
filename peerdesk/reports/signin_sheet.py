"""The group sign-in sheet: the page people sign as they arrive, from which a facilitator
enters attendance afterwards when the laptop wasn't at hand.

It prints display names only, never legal names or contact details. Whatever the paper
size, everything sits inside the area A4 and US Letter share (210 x 279.4 mm), centred on
the page, so a sheet made for one prints right on the other.

Pages are planned first (every row has a fixed height), then drawn, so each footer can
say "Page N of M".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from io import BytesIO

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from peerdesk.reports.pdf_common import (
    PAPER_SIZES,
    SHARED_HEIGHT,
    SHARED_WIDTH,
    Fonts,
    long_date,
    report_fonts,
)

__all__ = [  # the paper helpers stay importable from here, where they started
    "PAPER_SIZES",
    "SHARED_HEIGHT",
    "SHARED_WIDTH",
    "SigninSheet",
    "long_date",
    "signin_sheet_page_count",
    "signin_sheet_pdf",
]

MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM = 15 * mm, 14 * mm, 12 * mm

# Columns, left to right, with their widths; the signature gets the rest of the line.
COLUMNS = (("#", 10 * mm), ("Name", 66 * mm), ("Time in", 20 * mm))
SIGNATURE = "Signature"
TABLE_HEADER_HEIGHT = 8 * mm
ROW_HEIGHT = 9 * mm  # room to sign
WALK_IN_HEADING_HEIGHT = 11 * mm
FOOTER_HEIGHT = 9 * mm  # the footer's text and the space above it
HEADING_GAP = 6 * mm  # between the first page's heading and the table
CONTINUED_HEIGHT = 10 * mm  # the one-line heading of later pages
WALK_INS_AT_LEAST, WALK_INS_AT_MOST = 5, 10
CELL_PADDING = 2 * mm

WALK_IN_HEADING = "Not on the list? Write your first name or the name you go by."
PRIVACY_LINE = "Please keep this sheet private and hand it to a facilitator."
INK, GREY, RULE, FILL = (0, 0, 0), (0.35, 0.35, 0.35), (0.55, 0.55, 0.55), (0.9, 0.9, 0.9)


@dataclass(frozen=True)
class SigninSheet:
    """What goes on a sheet: names as the roster shows them, nothing more."""

    group: str
    held_on: date
    facilitators: list[str]
    names: list[str]  # display names, in the order to print them
    location: str | None
    schedule: str | None
    organisation: str


def _fit(text: str, font: str, size: float, width: float, smallest: float) -> tuple[str, float]:
    """`text` at the largest size from `size` down to `smallest` that fits in `width`;
    cut short with an ellipsis if even the smallest is too wide."""
    while size > smallest and pdfmetrics.stringWidth(text, font, size) > width:
        size = max(smallest, size - 0.5)
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text, size
    while text and pdfmetrics.stringWidth(text.rstrip() + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…", size


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


# --- planning the pages -----------------------------------------------------------------


class _Kind(Enum):
    PERSON = "person"  # a name from the roster (blank if the roster had none)
    HEADING = "heading"  # the line asking walk-ins to write their name
    BLANK = "blank"  # a row for a walk-in


@dataclass(frozen=True)
class _Row:
    kind: _Kind
    number: int | None = None
    name: str = ""

    @property
    def height(self) -> float:
        return WALK_IN_HEADING_HEIGHT if self.kind is _Kind.HEADING else ROW_HEIGHT


def _plan(names: list[str], first_room: float, later_room: float) -> list[list[_Row]]:
    """The rows of each page: the roster, then the walk-in heading kept together with the
    first few blank rows, then more blank rows while they fit on that page."""
    pages: list[list[_Row]] = [[]]
    room = first_room

    def place(rows: list[_Row]) -> None:
        nonlocal room
        needed = sum(r.height for r in rows)
        if needed > room + 0.01 and pages[-1]:
            pages.append([])
            room = later_room
        pages[-1].extend(rows)
        room -= needed

    for number, name in enumerate(names, start=1):
        place([_Row(_Kind.PERSON, number, _one_line(name))])
    number = len(names)
    walk_ins = [_Row(_Kind.BLANK, number + i) for i in range(1, WALK_INS_AT_LEAST + 1)]
    place([_Row(_Kind.HEADING), *walk_ins])
    number += WALK_INS_AT_LEAST
    for _ in range(WALK_INS_AT_MOST - WALK_INS_AT_LEAST):
        if room + 0.01 < ROW_HEIGHT:
            break
        number += 1
        place([_Row(_Kind.BLANK, number)])
    return pages


# --- drawing ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Frame:
    """The writable area: the shared A4/Letter area centred on the page, less margins."""

    left: float
    right: float
    top: float
    bottom: float

    @classmethod
    def on(cls, page: tuple[float, float]) -> _Frame:
        width, height = page
        x0, y0 = (width - SHARED_WIDTH) / 2, (height - SHARED_HEIGHT) / 2
        return cls(
            x0 + MARGIN_SIDE,
            x0 + SHARED_WIDTH - MARGIN_SIDE,
            y0 + SHARED_HEIGHT - MARGIN_TOP,
            y0 + MARGIN_BOTTOM,
        )

    @property
    def width(self) -> float:
        return self.right - self.left


@dataclass(frozen=True)
class _Line:
    """One line of the first page's heading: font, size, text, and the drop before it."""

    font: str
    size: float
    text: str
    drop: float
    colour: tuple[float, float, float] = INK


def _heading_lines(sheet: SigninSheet, fonts: Fonts) -> list[_Line]:
    lines = []
    if _one_line(sheet.organisation):
        lines.append(_Line(fonts.regular, 9, _one_line(sheet.organisation), 3.5 * mm, GREY))
    lines.append(_Line(fonts.bold, 20, "Sign-in sheet", 8 * mm))
    lines.append(_Line(fonts.bold, 14, _one_line(sheet.group), 8 * mm))
    lines.append(_Line(fonts.regular, 11, long_date(sheet.held_on), 6.5 * mm))
    if _one_line(sheet.location):
        lines.append(_Line(fonts.regular, 10, f"Where: {_one_line(sheet.location)}", 5.5 * mm))
    if _one_line(sheet.schedule):
        lines.append(_Line(fonts.regular, 10, f"When: {_one_line(sheet.schedule)}", 5.5 * mm))
    facilitators = ", ".join(_one_line(f) for f in sheet.facilitators if _one_line(f))
    lines.append(_Line(fonts.regular, 10, f"Facilitators: {facilitators or '—'}", 5.5 * mm))
    return lines


@dataclass(frozen=True)
class _Layout:
    page_size: tuple[float, float]
    fonts: Fonts
    frame: _Frame
    heading: list[_Line]
    first_top: float  # where the table starts on the first page, below the heading
    later_top: float  # and on later pages
    pages: list[list[_Row]]


def _lay_out(sheet: SigninSheet, paper: str) -> _Layout:
    if paper not in PAPER_SIZES:
        raise ValueError(f"paper must be one of {sorted(PAPER_SIZES)}, not {paper!r}")
    page_size = PAPER_SIZES[paper]
    fonts = report_fonts()
    frame = _Frame.on(page_size)
    heading = _heading_lines(sheet, fonts)
    first_top = frame.top - sum(line.drop for line in heading) - HEADING_GAP
    later_top = frame.top - CONTINUED_HEIGHT
    table_floor = frame.bottom + FOOTER_HEIGHT
    pages = _plan(
        sheet.names,
        first_top - TABLE_HEADER_HEIGHT - table_floor,
        later_top - TABLE_HEADER_HEIGHT - table_floor,
    )
    return _Layout(page_size, fonts, frame, heading, first_top, later_top, pages)


def signin_sheet_page_count(sheet: SigninSheet, paper: str = "a4") -> int:
    """How many pages `signin_sheet_pdf` makes of this sheet."""
    return len(_lay_out(sheet, paper).pages)


def signin_sheet_pdf(sheet: SigninSheet, paper: str = "a4") -> bytes:
    """The sheet as a PDF on A4 or US Letter paper ("a4" or "letter")."""
    layout = _lay_out(sheet, paper)
    frame, fonts = layout.frame, layout.fonts
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=layout.page_size, invariant=True)
    canvas.setTitle(f"Sign-in sheet: {_one_line(sheet.group)}, {long_date(sheet.held_on)}")
    canvas.setCreator("PeerDesk")
    for number, rows in enumerate(layout.pages, start=1):
        if number == 1:
            _draw_heading(canvas, frame, layout.heading)
            top = layout.first_top
        else:
            _draw_continued(canvas, frame, sheet, fonts)
            top = layout.later_top
        _draw_table(canvas, frame, fonts, top, rows)
        _draw_footer(canvas, frame, fonts, number, len(layout.pages))
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _draw_heading(canvas: Canvas, frame: _Frame, lines: list[_Line]) -> None:
    y = frame.top
    for line in lines:
        y -= line.drop
        text, size = _fit(line.text, line.font, line.size, frame.width, line.size - 3)
        canvas.setFillColorRGB(*line.colour)
        canvas.setFont(line.font, size)
        canvas.drawString(frame.left, y, text)
    canvas.setFillColorRGB(*INK)


def _draw_continued(canvas: Canvas, frame: _Frame, sheet: SigninSheet, fonts: Fonts) -> None:
    line = f"Sign-in sheet: {_one_line(sheet.group)}, {long_date(sheet.held_on)} (continued)"
    text, size = _fit(line, fonts.bold, 11, frame.width, 8)
    canvas.setFont(fonts.bold, size)
    canvas.drawString(frame.left, frame.top - 4 * mm, text)


def _column_edges(frame: _Frame) -> list[float]:
    """Where each column starts, then where the last one ends."""
    edges = [frame.left]
    for _, width in COLUMNS:
        edges.append(edges[-1] + width)
    return [*edges, frame.right]


def _draw_table(canvas: Canvas, frame: _Frame, fonts: Fonts, top: float, rows: list[_Row]) -> None:
    edges = _column_edges(frame)
    # The column headings, repeated on every page.
    bottom = top - TABLE_HEADER_HEIGHT
    canvas.setFillColorRGB(*FILL)
    canvas.rect(frame.left, bottom, frame.width, TABLE_HEADER_HEIGHT, stroke=0, fill=1)
    canvas.setFillColorRGB(*INK)
    canvas.setFont(fonts.bold, 10)
    labels = [label for label, _ in COLUMNS] + [SIGNATURE]
    for label, left, right in zip(labels, edges, edges[1:], strict=False):
        if label == "#":
            canvas.drawCentredString((left + right) / 2, bottom + 2.8 * mm, label)
        else:
            canvas.drawString(left + CELL_PADDING, bottom + 2.8 * mm, label)
    canvas.setStrokeColorRGB(*INK)
    canvas.setLineWidth(0.8)
    canvas.line(frame.left, top, frame.right, top)
    canvas.line(frame.left, bottom, frame.right, bottom)

    name_width = COLUMNS[1][1] - 2 * CELL_PADDING
    for row in rows:
        top, bottom = bottom, bottom - row.height
        if row.kind is _Kind.HEADING:
            text, size = _fit(WALK_IN_HEADING, fonts.bold, 10.5, frame.width, 8)
            canvas.setFont(fonts.bold, size)
            canvas.drawString(frame.left, bottom + 3 * mm, text)
        else:
            canvas.setFillColorRGB(*GREY)
            canvas.setFont(fonts.regular, 8)
            canvas.drawCentredString((edges[0] + edges[1]) / 2, bottom + 3 * mm, str(row.number))
            canvas.setFillColorRGB(*INK)
            if row.name:
                text, size = _fit(row.name, fonts.regular, 11, name_width, 9)
                canvas.setFont(fonts.regular, size)
                canvas.drawString(edges[1] + CELL_PADDING, bottom + 3 * mm, text)
            canvas.setStrokeColorRGB(*RULE)
            canvas.setLineWidth(0.5)
            for edge in edges[1:-1]:
                canvas.line(edge, top, edge, bottom)
        # The line to sign (and write a name) on.
        canvas.setStrokeColorRGB(*INK)
        canvas.setLineWidth(0.6)
        canvas.line(frame.left, bottom, frame.right, bottom)


def _draw_footer(canvas: Canvas, frame: _Frame, fonts: Fonts, page: int, pages: int) -> None:
    canvas.setFillColorRGB(*GREY)
    canvas.setFont(fonts.italic, 8)
    canvas.drawString(frame.left, frame.bottom, PRIVACY_LINE)
    canvas.setFillColorRGB(*INK)
    canvas.setFont(fonts.regular, 9)
    canvas.drawRightString(frame.right, frame.bottom, f"Page {page} of {pages}")
