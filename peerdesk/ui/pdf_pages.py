"""PDF pages as images, drawn by PDFium straight from bytes in memory: for certificate
windows, report previews and printing. Nothing goes through a file."""

from __future__ import annotations

from collections.abc import Iterator

import pypdfium2
from PySide6.QtGui import QImage

SCREEN_SCALE = 1.5  # 108 dpi: readable on a laptop screen
PRINT_SCALE = 300 / 72  # 300 dpi


class UnreadablePdf(Exception):
    """The bytes aren't a PDF PDFium can read."""


def pdf_pages(
    content: bytes, scale: float = SCREEN_SCALE, limit: int | None = None
) -> Iterator[QImage]:
    """Each page (up to `limit`) as an image, one at a time. Safe off the GUI thread."""
    try:
        document = pypdfium2.PdfDocument(content)
    except pypdfium2.PdfiumError:
        raise UnreadablePdf from None
    try:
        count = len(document) if limit is None else min(len(document), limit)
        for index in range(count):
            try:
                bitmap = document[index].render(scale=scale)
            except pypdfium2.PdfiumError:  # a damaged page, found only when it is drawn
                raise UnreadablePdf from None
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_BGR888
                if bitmap.n_channels == 3
                else QImage.Format.Format_ARGB32,
            )
            yield image.copy()  # own the pixels before PDFium frees them
    finally:
        document.close()
