"""Every dialog that tells or asks the user something goes through here, so tests can
pass a recording fake instead (qutebrowser's error-window switch)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class MessageBoxes:
    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def save_file(
        self, parent: QWidget | None, title: str, suggested: Path, kinds: str
    ) -> Path | None:
        """Where to save a file, or None if the person cancelled."""
        chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), kinds)
        return Path(chosen) if chosen else None

    def open_file(self, parent: QWidget | None, title: str, kinds: str) -> Path | None:
        """A file to read, or None if the person cancelled."""
        chosen, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), kinds)
        return Path(chosen) if chosen else None
