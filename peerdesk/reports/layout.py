"""What every PeerDesk report has in common, in one place: the page (inside the area A4
and US Letter share, so it prints right on either), the first page's heading
(organisation and logo, title, period, made on and by whom), a running header on later
pages, the footer ("Page x of y" and a line on keeping it private), the bundled Unicode
font, the PDF's title and author, and tables that break across pages with their heading
row repeated.

A report gives `build_report` its `ReportMeta` and a function that makes its story (a
list of flowables) from the shared `Styles`. The PDF is laid out twice: first to count
the pages, then with the count in every footer. `progress(page, total)` is called as
each page is finished (total 0 on the counting pass); it may raise to stop the report.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
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

PARTICIPANT_PRIVACY = "Confidential: it names participants. Keep it locked away and shred it."
STAFF_PRIVACY = "Staff records: keep this report within the program."
DEIDENTIFIED_PRIVACY = "No names or contact details. Counts of 1 to 4 are shown as <5."
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ReportMeta:
    title: str
    organisation: str
    period: str | None  # e.g. "1 October 2026 to 31 October 2026"; None: not about a period
    made_on: date
    made_by: str
    privacy_line: str
    logo: bytes | None = None  # PNG or JPEG, printed top right on the first page


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
    empty: str = "Nothing to show.",
) -> Flowable:
    """A table with a heading row repeated on every page and light stripes. Cells may be
    strings (wrapped as paragraphs) or flowables. `widths` are fractions of the page's
    width or lengths in points (over 1)."""
    if not rows:
        return text(empty, s.body)
    points = [w * CONTENT_WIDTH if w <= 1 else w for w in widths]

    def cell(value: Any, column: int) -> Any:
        if isinstance(value, str):
            return text(value, s.cell_right if column in right_align else s.cell)
        return value

    body = [[text(h, s.header_cell) for h in header]]
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


def kept(parts: list[Flowable]) -> Flowable:
    return KeepTogether(parts)


def _first_heading(meta: ReportMeta, s: Styles) -> list[Flowable]:
    parts: list[Flowable] = []
    if meta.organisation.strip():
        parts.append(text(" ".join(meta.organisation.split()), s.small))
    parts.append(text(meta.title, s.title))
    lines = []
    if meta.period:
        lines.append(meta.period)
    lines.append(f"Made on {long_date(meta.made_on)} by {meta.made_by}")
    parts += [text(line, s.body) for line in lines]
    parts.append(Spacer(1, 4 * mm))
    return parts


def build_report(
    meta: ReportMeta,
    story: Callable[[Styles], list[Flowable]],
    paper: str = "a4",
    progress: Progress | None = None,
) -> tuple[bytes, int]:
    """The PDF and its number of pages."""
    s = styles()
    first, pages = _build(meta, story, s, paper, None, progress)
    if pages == 1:
        return first, pages  # "Page 1 of 1" is already right
    content, again = _build(meta, story, s, paper, pages, progress)
    return content, again


def _build(
    meta: ReportMeta,
    story: Callable[[Styles], list[Flowable]],
    s: Styles,
    paper: str,
    total: int | None,
    progress: Progress | None,
) -> tuple[bytes, int]:
    page_size = PAPER_SIZES[paper]
    x0, y0 = shared_area_origin(page_size)
    fonts = s.fonts
    left, right = x0 + MARGIN_SIDE, x0 + SHARED_WIDTH - MARGIN_SIDE
    top, bottom = y0 + SHARED_HEIGHT - MARGIN_TOP, y0 + MARGIN_BOTTOM
    running = meta.title
    if meta.period:
        running += f", {meta.period}"
    organisation = " ".join(meta.organisation.split())
    if organisation:
        running += f" · {organisation}"

    def footer(canvas: Canvas) -> None:
        page = canvas.getPageNumber()
        canvas.saveState()
        canvas.setFillColor(GREY)
        canvas.setFont(fonts.italic, 8)
        canvas.drawString(left, bottom, meta.privacy_line)
        canvas.setFillColor(INK)
        canvas.setFont(fonts.regular, 9)
        canvas.drawRightString(right, bottom, f"Page {page} of {total or page}")
        canvas.restoreState()
        if progress is not None:
            progress(page, total or 0)

    def first_page(canvas: Canvas, _doc: Any) -> None:
        if meta.logo:
            logo = ImageReader(BytesIO(meta.logo))
            width, height = logo.getSize()
            shown = LOGO_HEIGHT * width / height if height else 0
            canvas.drawImage(
                logo, right - shown, top - LOGO_HEIGHT, shown, LOGO_HEIGHT, mask="auto"
            )
        footer(canvas)

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
        footer(canvas)

    def frame(name: str, frame_top: float) -> Frame:
        floor = bottom + FOOTER_ROOM
        return Frame(left, floor, right - left, frame_top - floor, 0, 0, 0, 0, id=name)

    buffer = BytesIO()
    title = f"{meta.title}, {meta.period}" if meta.period else meta.title
    doc = BaseDocTemplate(
        buffer,
        pagesize=page_size,
        title=title,
        author=organisation or meta.made_by,
        subject=f"Made with PeerDesk on {short_date(meta.made_on)}",
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
    doc.build(_first_heading(meta, s) + story(s))
    return buffer.getvalue(), doc.page


def period_words(start: date, end: date) -> str:
    return f"{long_date(start)} to {long_date(end)}"
