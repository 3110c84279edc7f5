"""What every PeerDesk report has in common, in one place: the page (inside the area A4
and US Letter share, so it prints right on either), the first page's heading
(organisation and logo, title, period, made on and by whom), a running header on later
pages, the footer ("Page x of y" and a line on keeping it private), the bundled Unicode
font, the PDF's title and author, and tables that break across pages with their heading
row repeated.

Every word a report prints is in the chosen language: marked with `translate("Reports",
…)` (peerdesk.i18n, which works without a QApplication, on a worker thread or the command
line) and translated as the report is made, never when a module is imported.

A report gives `build_report` its `ReportMeta` and a function that makes its story (a
list of flowables) from the shared `Styles`. The PDF is laid out once: each page's footer
waits until the last page is laid out, so it can say "Page x of y" (laying a long report
out twice to count its pages took twice as long). `progress(page, total)` is called as
each page is laid out (total 0: not known yet), then once more for every page with the
total as the file is finished; it may raise to stop the report.

`bar_chart` draws a small bar chart (reportlab.graphics) in the same fonts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from peerdesk.i18n import QT_TRANSLATE_NOOP, translate
from peerdesk.reports.pdf_common import (
    PAPER_SIZES,
    SHARED_HEIGHT,
    SHARED_WIDTH,
    Fonts,
    long_date,
    report_fonts,
    shared_area_origin,
    short_date,
)

MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM = 15 * mm, 14 * mm, 12 * mm
HEADER_ROOM = 8 * mm  # the running header of later pages and the space below it
FOOTER_ROOM = 9 * mm  # the footer and the space above it
CONTENT_WIDTH = SHARED_WIDTH - 2 * MARGIN_SIDE
LOGO_HEIGHT = 14 * mm

INK = colors.black
GREY = colors.Color(0.35, 0.35, 0.35)
RULE = colors.Color(0.6, 0.6, 0.6)
HEADER_FILL = colors.Color(0.88, 0.88, 0.88)
STRIPE = colors.Color(0.96, 0.96, 0.96)
EN_DASH = "\u2013"

# The footer's line on keeping a report private (translate("Reports", …) when printed).
PARTICIPANT_PRIVACY = QT_TRANSLATE_NOOP(
    "Reports", "Confidential: it names participants. Keep it locked away and shred it."
)
STAFF_PRIVACY = QT_TRANSLATE_NOOP("Reports", "Staff records: keep this report within the program.")
DEIDENTIFIED_PRIVACY = QT_TRANSLATE_NOOP(
    "Reports", "No names or contact details. Counts of 1 to 4 are shown as <5."
)
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ReportMeta:
    title: str  # every text here as printed: in the chosen language
    organisation: str
    period: str | None  # e.g. "1 October 2026 to 31 October 2026"; None: not about a period
    made_on: date
    made_by: str
    privacy_line: str
    logo: bytes | None = None  # PNG or JPEG, printed top right on the first page
    # More lines for the first page's heading, after the period: "Group: …", "Where: …"
    details: tuple[str, ...] = field(default=())
    # The period as it reads after the title and a comma in the PDF's metadata and the
    # later pages' header, when that differs from `period` ("as of …" for "As of …").
    running_period: str | None = None


@dataclass(frozen=True)
class Styles:
    fonts: Fonts
    title: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    header_cell: ParagraphStyle


def styles(fonts: Fonts | None = None) -> Styles:
    f = fonts or report_fonts()
    base = ParagraphStyle("body", fontName=f.regular, fontSize=10, leading=13, textColor=INK)
    return Styles(
        fonts=f,
        title=ParagraphStyle("title", parent=base, fontName=f.bold, fontSize=20, leading=24),
        heading=ParagraphStyle(
            "heading",
            parent=base,
            fontName=f.bold,
            fontSize=13.5,
            leading=17,
            spaceBefore=8,
            spaceAfter=3,
        ),
        subheading=ParagraphStyle(
            "subheading",
            parent=base,
            fontName=f.bold,
            fontSize=11,
            leading=14,
            spaceBefore=4,
            spaceAfter=2,
        ),
        body=base,
        small=ParagraphStyle("small", parent=base, fontSize=8.5, leading=11, textColor=GREY),
        cell=ParagraphStyle("cell", parent=base, fontSize=9, leading=11.5),
        cell_bold=ParagraphStyle(
            "cell_bold", parent=base, fontName=f.bold, fontSize=9, leading=11.5
        ),
        cell_right=ParagraphStyle("cell_right", parent=base, fontSize=9, leading=11.5, alignment=2),
        header_cell=ParagraphStyle(
            "header_cell", parent=base, fontName=f.bold, fontSize=8.5, leading=10.5
        ),
    )


def text(value: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (anything that looks like markup is printed as is)."""
    return Paragraph(escape(value), style)


def breakable(value: str, font: str, size: float, room: float) -> str:
    """Paragraph markup for `value` (plain text) in a column `room` points wide: a word
    too wide for it that holds a hyphen breaks after the hyphen ("Bartholomew-" /
    "Featherstonehaugh"), where a reader expects it, rather than anywhere."""

    def width(part: str) -> float:
        return float(pdfmetrics.stringWidth(part, font, size))

    words = []
    for word in value.split():
        if "-" not in word or width(word) <= room:
            words.append(escape(word))
            continue
        lines = [""]
        for part in word.replace("-", "-\n").split("\n"):
            if lines[-1] and width(lines[-1] + part) > room:
                lines.append("")
            lines[-1] += part
        words.append("<br/>".join(escape(line) for line in lines))
    return " ".join(words)


def section(title: str, intro: str | None, s: Styles) -> list[Flowable]:
    """A section's heading (and a line saying what it shows), never alone at a page's
    foot."""
    parts: list[Flowable] = [CondPageBreak(40 * mm), text(title, s.heading)]
    if intro:
        parts.append(text(intro, s.small))
        parts.append(Spacer(1, 2 * mm))
    return parts


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    s: Styles,
    *,
    right_align: Sequence[int] = (),
    empty: str | None = None,
) -> Flowable:
    """A table with a heading row repeated on every page and light stripes. Cells may be
    strings (wrapped as paragraphs) or flowables. `widths` are fractions of the page's
    width or lengths in points (over 1)."""
    if not rows:
        return text(empty or translate("Reports", "Nothing to show."), s.body)
    points = [w * CONTENT_WIDTH if w <= 1 else w for w in widths]

    def cell(value: Any, column: int) -> Any:
        if isinstance(value, str):
            style = s.cell_right if column in right_align else s.cell
            room = points[column] - 8  # the padding
            return Paragraph(breakable(value, style.fontName, style.fontSize, room), style)
        return value

    right_header = ParagraphStyle("header_right", parent=s.header_cell, alignment=2)
    body = [
        [text(h, right_header if c in right_align else s.header_cell) for c, h in enumerate(header)]
    ]
    body += [[cell(v, c) for c, v in enumerate(row)] for row in rows]
    table = Table(body, colWidths=points, repeatRows=1, hAlign="LEFT")
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    style += [("BACKGROUND", (0, r), (-1, r), STRIPE) for r in range(2, len(body), 2)]
    table.setStyle(TableStyle(style))
    return table


def compact_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    s: Styles,
    *,
    right_align: Sequence[int] = (),
    centre: Sequence[int] = (),
    font_size: float = 8.5,
    more_style: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A table of short texts for long listings (thousands of rows): the look of
    `data_table` (heading row repeated on every page, light stripes), but each cell is
    drawn as one line of text, which is many times faster than a paragraph per cell. A
    text too wide for its column still wraps (as a paragraph), a heading too (it may hold
    line breaks of its own; a translation can be longer than the English it was made to
    fit). `widths` as in `data_table`. Narrow columns (small type) get
    less padding. `more_style`: more TableStyle commands (row 0 is the heading row)."""
    points = [w * CONTENT_WIDTH if w <= 1 else w for w in widths]
    padding = 1.5 if font_size <= 8 else 4
    fonts = s.fonts
    cell_style = ParagraphStyle(
        "compact", parent=s.cell, fontSize=font_size, leading=font_size * 1.25
    )

    def fitted(row: Sequence[str]) -> list[Any]:
        cells: list[Any] = []
        for column, value in enumerate(row):
            room = points[column] - 2 * padding
            if value and pdfmetrics.stringWidth(value, fonts.regular, font_size) > room:
                markup = breakable(value, fonts.regular, font_size, room)
                cells.append(Paragraph(markup, cell_style))
            else:
                cells.append(value)
        return cells

    head_size = font_size - 0.5
    head_style = ParagraphStyle(
        "compact_head", parent=cell_style, fontName=fonts.bold, fontSize=head_size
    )
    heads: list[Any] = []
    for column, label in enumerate(header):
        room = points[column] - 2 * padding
        lines = label.split("\n")
        if all(pdfmetrics.stringWidth(line, fonts.bold, head_size) <= room for line in lines):
            heads.append(label)
            continue
        alignment = 2 if column in right_align else 1 if column in centre else 0
        aligned = ParagraphStyle(
            f"compact_head_{alignment}", parent=head_style, alignment=alignment
        )
        markup = "<br/>".join(breakable(line, fonts.bold, head_size, room) for line in lines)
        heads.append(Paragraph(markup, aligned))
    body: list[list[Any]] = [heads]
    body += [fitted(row) for row in rows]
    table = Table(body, colWidths=points, repeatRows=1, hAlign="LEFT")
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), fonts.regular, font_size, font_size * 1.25),
        ("FONT", (0, 0), (-1, 0), fonts.bold, head_size, head_size * 1.2),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if len(body) > 2:
        style.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE]))
    for column in right_align:
        style.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    for column in centre:
        style.append(("ALIGN", (column, 0), (column, -1), "CENTRE"))
    style += more_style
    table.setStyle(TableStyle(style))
    return table


def kept(parts: list[Flowable]) -> Flowable:
    return KeepTogether(parts)


def _first_heading(meta: ReportMeta, s: Styles) -> list[Flowable]:
    parts: list[Flowable] = []
    if meta.organisation.strip():
        parts.append(text(" ".join(meta.organisation.split()), s.small))
    parts.append(text(meta.title, s.title))
    lines = []
    if meta.period:  # on a line of its own: a capital, though it may not begin with one
        lines.append(meta.period[:1].upper() + meta.period[1:])
    lines += [" ".join(line.split()) for line in meta.details if line.strip()]
    if meta.made_by.strip():
        made = translate("Reports", "Made on {0} by {1}").format(
            long_date(meta.made_on), meta.made_by
        )
    else:
        made = translate("Reports", "Made on {0}").format(long_date(meta.made_on))
    lines.append(made)
    parts += [text(line, s.body) for line in lines]
    parts.append(Spacer(1, 4 * mm))
    return parts


def titled(meta: ReportMeta) -> str:
    """The title with its period, as the PDF's metadata and later pages' header give it:
    "Caseload summary, 1 October 2026 to 31 October 2026". A period written as a
    sentence ("As of Sunday 29 November 2026") gives the words that read on after a comma
    as `running_period` ("as of …")."""
    period = meta.running_period or meta.period
    if not period:
        return meta.title
    return f"{meta.title}, {period}"


class _PageCanvas(Canvas):
    """A canvas that holds every page back until the last one is laid out, then draws
    each page's footer, with the number of pages, where `footer_here` was called (so its
    text comes before the page's content, as a reader reads it)."""

    def __init__(self, *args: Any, draw_footer: Callable[[Canvas, int], None], **kw: Any):
        super().__init__(*args, **kw)
        self._draw_footer = draw_footer
        self._held: list[dict[str, Any]] = []
        self._footer_at = 0

    def footer_here(self) -> None:
        self._footer_at = len(self._code)

    def showPage(self) -> None:  # reportlab calls it by this name
        self._held.append(dict(self.__dict__))
        self._startPage()
        self._footer_at = 0

    def save(self) -> None:
        total = len(self._held)
        for page in self._held:
            self.__dict__.update(page)
            drawn_from = len(self._code)
            self._draw_footer(self, total)
            footer = self._code[drawn_from:]
            del self._code[drawn_from:]
            self._code[self._footer_at : self._footer_at] = footer
            Canvas.showPage(self)
        self._held = []
        Canvas.save(self)


def build_report(
    meta: ReportMeta,
    story: Callable[[Styles], list[Flowable]],
    paper: str = "a4",
    progress: Progress | None = None,
) -> tuple[bytes, int]:
    """The PDF and its number of pages."""
    s = styles()
    page_size = PAPER_SIZES[paper]
    x0, y0 = shared_area_origin(page_size)
    fonts = s.fonts
    left, right = x0 + MARGIN_SIDE, x0 + SHARED_WIDTH - MARGIN_SIDE
    top, bottom = y0 + SHARED_HEIGHT - MARGIN_TOP, y0 + MARGIN_BOTTOM
    running = titled(meta)
    organisation = " ".join(meta.organisation.split())
    if organisation:
        running += f" · {organisation}"

    def footer(canvas: Canvas, total: int) -> None:
        page = canvas.getPageNumber()
        canvas.saveState()
        canvas.setFillColor(GREY)
        canvas.setFont(fonts.italic, 8)
        canvas.drawString(left, bottom, meta.privacy_line)
        canvas.setFillColor(INK)
        canvas.setFont(fonts.regular, 9)
        canvas.drawRightString(
            right, bottom, translate("Reports", "Page {0} of {1}").format(page, total)
        )
        canvas.restoreState()
        if progress is not None:
            progress(page, total)

    def laid_out(canvas: Canvas) -> None:
        assert isinstance(canvas, _PageCanvas)
        canvas.footer_here()
        if progress is not None:
            progress(canvas.getPageNumber(), 0)

    def first_page(canvas: Canvas, _doc: Any) -> None:
        if meta.logo:
            logo = ImageReader(BytesIO(meta.logo))
            width, height = logo.getSize()
            shown = LOGO_HEIGHT * width / height if height else 0
            canvas.drawImage(
                logo, right - shown, top - LOGO_HEIGHT, shown, LOGO_HEIGHT, mask="auto"
            )
        laid_out(canvas)

    def later_page(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(fonts.regular, 8)
        canvas.setFillColor(GREY)
        line = running
        while line and canvas.stringWidth(line, fonts.regular, 8) > right - left:
            line = line[:-2] + "…"
        canvas.drawString(left, top - 3 * mm, line)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, top - 4.5 * mm, right, top - 4.5 * mm)
        canvas.restoreState()
        laid_out(canvas)

    def frame(name: str, frame_top: float) -> Frame:
        floor = bottom + FOOTER_ROOM
        return Frame(left, floor, right - left, frame_top - floor, 0, 0, 0, 0, id=name)

    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=page_size,
        title=titled(meta),
        author=organisation or meta.made_by,
        subject=translate("Reports", "Made with PeerDesk on {0}").format(short_date(meta.made_on)),
        creator="PeerDesk",
        invariant=True,
    )
    doc.addPageTemplates(
        [
            PageTemplate(
                "first", [frame("first", top)], onPage=first_page, autoNextPageTemplate="later"
            ),
            PageTemplate("later", [frame("later", top - HEADER_ROOM)], onPage=later_page),
        ]
    )

    def canvas_maker(*args: Any, **kw: Any) -> _PageCanvas:
        return _PageCanvas(*args, draw_footer=footer, **kw)

    doc.build(_first_heading(meta, s) + story(s), canvasmaker=canvas_maker)
    return buffer.getvalue(), doc.page


def period_words(start: date, end: date) -> str:
    """'Thursday 1 October 2026 to Saturday 31 October 2026'."""
    return translate("Reports", "{0} to {1}", "a period: its first and last days").format(
        long_date(start), long_date(end)
    )


def percent(share: float | None) -> str:
    """'83%' for 0.83; an en dash when there is nothing to divide."""
    return EN_DASH if share is None else f"{round(share * 100)}%"


BAR_FILL = colors.Color(0.27, 0.45, 0.65)


def bar_chart(
    labels: Sequence[str],
    values: Sequence[float | None],
    s: Styles,
    *,
    value_max: float | None = None,
    value_words: Callable[[float], str] = lambda v: f"{v:g}",
    missing: str = "",
    height: float = 55 * mm,
    width: float = CONTENT_WIDTH,
) -> Drawing:
    """A bar chart (one bar per label) as a flowable, in the report's fonts, each bar
    with its value written above it so the figures can be read without the axis. A
    value of None draws no bar and writes `missing` where it would be."""
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    slanted = len(labels) > 14  # the labels would overlap side by side
    chart.x, chart.y = 12 * mm, (15 if slanted else 9) * mm
    chart.width, chart.height = width - chart.x - 2 * mm, height - chart.y - 6 * mm
    chart.data = [[0.0 if v is None else float(v) for v in values]]
    chart.bars[0].fillColor = BAR_FILL
    chart.bars[0].strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = max(2.0, min(12.0, chart.width / max(len(values), 1) * 0.3))
    top = max([v for v in values if v is not None], default=0.0)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = value_max if value_max is not None else (top * 1.15 or 1)
    chart.valueAxis.labels.fontName = s.fonts.regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = value_words
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.Color(0.88, 0.88, 0.88)
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.valueAxis.forceZero = True
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontName = s.fonts.regular
    chart.categoryAxis.labels.fontSize = 6 if slanted else 7
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.strokeColor = RULE
    if slanted:
        chart.categoryAxis.labels.angle = 45
        chart.categoryAxis.labels.boxAnchor = "ne"
    drawing.add(chart)
    # the value over each bar, drawn here rather than by the chart so an empty month can
    # say so instead of "0%"
    step = chart.width / max(len(values), 1)
    scale = chart.height / chart.valueAxis.valueMax
    if pdfmetrics.stringWidth(missing, s.fonts.regular, 6.5) > step:
        missing = EN_DASH if missing else ""
    for index, value in enumerate(values):
        words = missing if value is None else value_words(value)
        if not words:
            continue
        x = chart.x + step * (index + 0.5)
        y = chart.y + (0 if value is None else value * scale) + 1.5
        drawing.add(
            String(x, y, words, fontName=s.fonts.regular, fontSize=6.5, textAnchor="middle")
        )
    return drawing
