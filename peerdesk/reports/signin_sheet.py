"""The group sign-in sheet: the page people sign as they arrive, from which a facilitator
enters attendance afterwards when the laptop wasn't at hand.

It prints display names only, never legal names or contact details. The page (inside the
area A4 and US Letter share, so a sheet made for one prints right on the other), heading,
running header and footer are every report's (layout.py); the table is the sheet's own:
rows of a fixed height with a line to sign on, and blank rows for walk-ins after the
roster, the walk-in heading kept with the first few of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from peerdesk.i18n import QT_TRANSLATE_NOOP, translate
from peerdesk.reports.layout import (
    GREY,
    HEADER_FILL,
    INK,
    MARGIN_SIDE,
    Progress,
    ReportMeta,
    Styles,
    build_report,
)
from peerdesk.reports.pdf_common import (
    PAPER_SIZES,
    SHARED_HEIGHT,
    SHARED_WIDTH,
    Fonts,
    long_date,
)

__all__ = [  # the paper helpers stay importable from here, where they started
    "MARGIN_SIDE",
    "PAPER_SIZES",
    "SHARED_HEIGHT",
    "SHARED_WIDTH",
    "SigninSheet",
    "long_date",
    "signin_sheet_page_count",
    "signin_sheet_pdf",
    "signin_sheet_report",
]

# Columns, left to right, with their widths; the signature gets the rest of the line.
# The headings are translated as they are drawn (translate("Reports", …)).
COLUMNS = (
    ("#", 10 * mm),
    (QT_TRANSLATE_NOOP("Reports", "Name"), 66 * mm),
    (QT_TRANSLATE_NOOP("Reports", "Time in"), 20 * mm),
)
SIGNATURE = QT_TRANSLATE_NOOP("Reports", "Signature")
TABLE_HEADER_HEIGHT = 8 * mm
ROW_HEIGHT = 9 * mm  # room to sign
WALK_IN_HEADING_HEIGHT = 11 * mm
WALK_INS_AT_LEAST, WALK_INS_AT_MOST = 5, 10
CELL_PADDING = 2 * mm

TITLE = QT_TRANSLATE_NOOP("Reports", "Sign-in sheet")
DESCRIPTION = QT_TRANSLATE_NOOP(
    "Reports",
    "The sheet people sign as they arrive at a group's session: the roster's names and "
    "blank rows for walk-ins.",
)
WALK_IN_HEADING = QT_TRANSLATE_NOOP(
    "Reports", "Not on the list? Write your first name or the name you go by."
)
PRIVACY_LINE = QT_TRANSLATE_NOOP(
    "Reports", "Please keep this sheet private and hand it to a facilitator."
)
RULE = (0.55, 0.55, 0.55)  # the column lines: darker than other reports', to write between


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
    made_by: str = ""  # who printed it
    made_on: date | None = field(default=None)  # None: today
    logo: bytes | None = None  # printed on the first page, if the program set one


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


# --- the table --------------------------------------------------------------------------


class _SignRows(Flowable):
    """The sheet's table: the column headings, a row for each name on the roster from
    `first_number` on, then (when `walk_ins`) the walk-in heading with at least
    WALK_INS_AT_LEAST blank rows, and more, up to WALK_INS_AT_MOST, while they fit on the
    page. It splits between rows, with the column headings again on the next page."""

    def __init__(self, names: list[str], first_number: int, walk_ins: bool, fonts: Fonts):
        super().__init__()
        self.names = names
        self.first_number = first_number
        self.walk_ins = walk_ins
        self.fonts = fonts
        self.extra = 0  # blank rows beyond WALK_INS_AT_LEAST, as decided by wrap

    def _base_height(self) -> float:
        height = TABLE_HEADER_HEIGHT + ROW_HEIGHT * len(self.names)
        if self.walk_ins:
            height += WALK_IN_HEADING_HEIGHT + ROW_HEIGHT * WALK_INS_AT_LEAST
        return height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        base = self._base_height()
        self.extra = 0
        if self.walk_ins and base <= avail_height + 0.01:
            room = int((avail_height + 0.01 - base) // ROW_HEIGHT)
            self.extra = max(0, min(WALK_INS_AT_MOST - WALK_INS_AT_LEAST, room))
        self.width, self.height = avail_width, base + self.extra * ROW_HEIGHT
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        fits = int((avail_height + 0.01 - TABLE_HEADER_HEIGHT) // ROW_HEIGHT)
        if fits <= 0 or (fits >= len(self.names) and not self.names):
            return []  # nothing fits here: the whole table goes to the next page
        fits = min(fits, len(self.names))
        rest_names = self.names[fits:]
        return [
            _SignRows(self.names[:fits], self.first_number, False, self.fonts),
            _SignRows(rest_names, self.first_number + fits, self.walk_ins, self.fonts),
        ]

    def draw(self) -> None:
        canvas: Canvas = self.canv
        fonts = self.fonts
        edges = [0.0]
        for _, width in COLUMNS:
            edges.append(edges[-1] + width)
        edges.append(self.width)
        top = self.height
        # The column headings, on every page.
        bottom = top - TABLE_HEADER_HEIGHT
        canvas.setFillColor(HEADER_FILL)
        canvas.rect(0, bottom, self.width, TABLE_HEADER_HEIGHT, stroke=0, fill=1)
        canvas.setFillColor(INK)
        canvas.setFont(fonts.bold, 10)
        labels = [label for label, _ in COLUMNS] + [SIGNATURE]
        for label, left, right in zip(labels, edges, edges[1:], strict=False):
            if label == "#":
                canvas.drawCentredString((left + right) / 2, bottom + 2.8 * mm, label)
            else:
                words, size = _fit(
                    translate("Reports", label), fonts.bold, 10, right - left - CELL_PADDING, 7
                )
                canvas.setFont(fonts.bold, size)
                canvas.drawString(left + CELL_PADDING, bottom + 2.8 * mm, words)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.8)
        canvas.line(0, top, self.width, top)
        canvas.line(0, bottom, self.width, bottom)

        rows: list[tuple[int | None, str | None]] = [
            (self.first_number + i, _one_line(name)) for i, name in enumerate(self.names)
        ]
        if self.walk_ins:
            after = self.first_number + len(self.names)
            rows.append((None, None))  # the walk-in heading
            rows += [(after + i, "") for i in range(WALK_INS_AT_LEAST + self.extra)]
        name_width = COLUMNS[1][1] - 2 * CELL_PADDING
        for number, name in rows:
            height = WALK_IN_HEADING_HEIGHT if number is None else ROW_HEIGHT
            top, bottom = bottom, bottom - height
            if number is None:
                words = translate("Reports", WALK_IN_HEADING)
                text, size = _fit(words, fonts.bold, 10.5, self.width, 8)
                canvas.setFont(fonts.bold, size)
                canvas.drawString(0, bottom + 3 * mm, text)
            else:
                canvas.setFillColor(GREY)
                canvas.setFont(fonts.regular, 8)
                canvas.drawCentredString((edges[0] + edges[1]) / 2, bottom + 3 * mm, str(number))
                canvas.setFillColor(INK)
                if name:
                    text, size = _fit(name, fonts.regular, 11, name_width, 9)
                    canvas.setFont(fonts.regular, size)
                    canvas.drawString(edges[1] + CELL_PADDING, bottom + 3 * mm, text)
                canvas.setStrokeColorRGB(*RULE)
                canvas.setLineWidth(0.5)
                for edge in edges[1:-1]:
                    canvas.line(edge, top, edge, bottom)
            # The line to sign (and write a name) on.
            canvas.setStrokeColor(INK)
            canvas.setLineWidth(0.6)
            canvas.line(0, bottom, self.width, bottom)


# --- the sheet ----------------------------------------------------------------------------


def _meta(sheet: SigninSheet) -> ReportMeta:
    details = []
    if _one_line(sheet.location):
        details.append(translate("Reports", "Where: {0}").format(_one_line(sheet.location)))
    if _one_line(sheet.schedule):
        details.append(translate("Reports", "When: {0}").format(_one_line(sheet.schedule)))
    facilitators = ", ".join(_one_line(f) for f in sheet.facilitators if _one_line(f))
    details.append(translate("Reports", "Facilitators: {0}").format(facilitators or "—"))
    return ReportMeta(
        title=translate("Reports", "Sign-in sheet: {0}").format(_one_line(sheet.group)),
        organisation=sheet.organisation,
        logo=sheet.logo,
        period=long_date(sheet.held_on),
        made_on=sheet.made_on or date.today(),
        made_by=sheet.made_by,
        privacy_line=translate("Reports", PRIVACY_LINE),
        details=tuple(details),
    )


def signin_sheet_report(
    sheet: SigninSheet, paper: str = "a4", progress: Progress | None = None
) -> tuple[bytes, int]:
    """The sheet as a PDF on A4 or US Letter paper ("a4" or "letter"), and its number
    of pages. `progress` is build_report's."""
    if paper not in PAPER_SIZES:
        raise ValueError(f"paper must be one of {sorted(PAPER_SIZES)}, not {paper!r}")

    def story(s: Styles) -> list[Flowable]:
        return [_SignRows(list(sheet.names), 1, True, s.fonts)]

    return build_report(_meta(sheet), story, paper, progress)


def signin_sheet_pdf(sheet: SigninSheet, paper: str = "a4") -> bytes:
    """The sheet as a PDF on A4 or US Letter paper ("a4" or "letter")."""
    return signin_sheet_report(sheet, paper)[0]


def signin_sheet_page_count(sheet: SigninSheet, paper: str = "a4") -> int:
    """How many pages `signin_sheet_pdf` makes of this sheet."""
    return signin_sheet_report(sheet, paper)[1]
