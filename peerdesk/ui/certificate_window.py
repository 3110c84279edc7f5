"""A training certificate shown inside PeerDesk, straight from the vault's bytes: an
image is decoded in memory and a PDF is drawn page by page with PDFium from memory.
Nothing is written to a temp folder or handed to another program, so a certificate
never sits unencrypted on disk."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from peerdesk.ui.pdf_pages import UnreadablePdf, pdf_pages

MAX_PAGES = 30


class UnreadableCertificate(Exception):
    """The stored file isn't an image or PDF that can be shown."""


def certificate_pages(media_type: str, content: bytes) -> list[QImage]:
    """The certificate as images, one per page. Safe to call off the GUI thread."""
    if media_type == "application/pdf":
        try:
            return list(pdf_pages(content, limit=MAX_PAGES))
        except UnreadablePdf:
            raise UnreadableCertificate from None
    image = QImage.fromData(content)
    if image.isNull():
        raise UnreadableCertificate
    return [image]


class CertificateWindow(QWidget):
    def __init__(self, title: str, pages: list[QImage], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        column = QWidget()
        layout = QVBoxLayout(column)
        self.page_labels = []
        for number, image in enumerate(pages, start=1):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAccessibleName(self.tr("Page {0} of {1}").format(number, len(pages)))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(label)
            self.page_labels.append(label)
        scroll = QScrollArea()
        scroll.setWidget(column)
        scroll.setWidgetResizable(True)
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll)
        close = QShortcut(QKeySequence("Ctrl+W"), self)
        close.activated.connect(self.close)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.activated.connect(self.close)
        self.resize(900, 760)
