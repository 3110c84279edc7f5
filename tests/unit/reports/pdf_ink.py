"""Where a PDF puts ink, read back from its content streams with pypdf: a box around each
string shown and each path drawn, in points on the page. Enough for the PDFs PeerDesk's
reports make (simple fonts, lines and rectangles, no images)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from pypdf import PageObject
from pypdf.generic import ByteStringObject, DictionaryObject, TextStringObject
from reportlab.pdfbase import pdfmetrics

Matrix = list[float]


@dataclass(frozen=True)
class Ink:
    what: str  # the text shown, or the path operator
    left: float
    bottom: float
    right: float
    top: float


def _apply(matrix: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = matrix
    return a * x + c * y + e, b * x + d * y + f


def _times(first: Matrix, then: Matrix) -> Matrix:
    a, b, c, d, e, f = first
    a2, b2, c2, d2, e2, f2 = then
    return [
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    ]


def _raw(operand: Any) -> bytes:
    if isinstance(operand, ByteStringObject):
        return bytes(operand)
    if isinstance(operand, TextStringObject):
        return operand.get_original_bytes()
    raise TypeError(f"not a string operand: {operand!r}")


def _advance(font: Any, raw: bytes, size: float) -> float:
    """The width of a string in a simple font: its /Widths, or a standard font's metrics."""
    if "/Widths" in font:
        first, widths = int(font["/FirstChar"]), font["/Widths"]
        return sum(float(widths[code - first]) for code in raw) / 1000 * size
    return pdfmetrics.stringWidth(raw.decode("cp1252"), str(font["/BaseFont"])[1:], size)


def ink(page: PageObject) -> list[Ink]:
    resources = cast(DictionaryObject, page["/Resources"].get_object())
    fonts = cast(DictionaryObject, resources.get("/Font", DictionaryObject()).get_object())
    found: list[Ink] = []
    state: dict[str, Any] = {"font": None, "size": 0.0}

    def box(what: str, points: list[tuple[float, float]]) -> None:
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        found.append(Ink(what, min(xs), min(ys), max(xs), max(ys)))

    def before(operator: bytes, operands: list[Any], cm: Matrix, tm: Matrix) -> None:
        op = operator.decode()
        if op == "Tf":
            state["font"], state["size"] = fonts[operands[0]].get_object(), float(operands[1])
        elif op in ("Tj", "TJ", "'", '"'):
            parts = operands[0] if op == "TJ" else operands[-1:]
            raw = b"".join(_raw(p) for p in parts if not isinstance(p, (int, float)))
            size, where = state["size"], _times(tm, cm)
            width = _advance(state["font"], raw, size)
            # from the descenders to the top of the tallest letters
            corners = [(0, -0.25 * size), (width, -0.25 * size), (0, size), (width, size)]
            box(raw.decode("latin-1"), [_apply(where, x, y) for x, y in corners])
        elif op == "re":
            x, y, w, h = map(float, operands)
            box(op, [_apply(cm, x, y), _apply(cm, x + w, y + h)])
        elif op in ("m", "l", "c", "v", "y"):
            values = list(map(float, operands))
            box(op, [_apply(cm, values[i], values[i + 1]) for i in range(0, len(values), 2)])

    page.extract_text(visitor_operand_before=before)
    return found


def outside(page: PageObject, width: float, height: float, inset: float) -> list[Ink]:
    """The ink outside a `width` x `height` area centred on the page, less `inset` all
    round (a printer can't print to the edge of the paper)."""
    page_width, page_height = float(page.mediabox.width), float(page.mediabox.height)
    left, bottom = (page_width - width) / 2 + inset, (page_height - height) / 2 + inset
    right, top = (page_width + width) / 2 - inset, (page_height + height) / 2 - inset
    slack = 1.0  # half the width of a stroke
    return [
        i
        for i in ink(page)
        if i.left < left - slack
        or i.right > right + slack
        or i.bottom < bottom - slack
        or i.top > top + slack
    ]
