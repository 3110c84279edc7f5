from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from peerdesk.vault.vault import UnlockedVault, Vault

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


class RecordingBoxes:
    """Stands in for ui.message_boxes.MessageBoxes: records instead of blocking."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answer = True
        self.save_to: Path | None = None  # what the save-file dialog "chooses"
        self.open_path: Path | None = None  # and the open-file dialog

    def error(self, parent, title: str, text: str) -> None:  # type: ignore[no-untyped-def]
        self.shown.append(("error", title, text))

    def info(self, parent, title: str, text: str) -> None:  # type: ignore[no-untyped-def]
        self.shown.append(("info", title, text))

    def confirm(self, parent, title: str, text: str) -> bool:  # type: ignore[no-untyped-def]
        self.shown.append(("confirm", title, text))
        return self.answer

    def save_file(self, parent, title: str, suggested: Path, kinds: str) -> Path | None:  # type: ignore[no-untyped-def]
        self.shown.append(("save_file", title, str(suggested)))
        return self.save_to

    def open_file(self, parent, title: str, kinds: str) -> Path | None:  # type: ignore[no-untyped-def]
        self.shown.append(("open_file", title, kinds))
        return self.open_path


@pytest.fixture
def boxes() -> RecordingBoxes:
    return RecordingBoxes()


@pytest.fixture
def screenshot_dir() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def answer_dialog(
    fill: Callable[[Any], None], kind: type[QDialog] = QDialog, accept: bool = True
) -> None:
    """Fill in and accept (or reject) the next modal dialog of `kind` once it is open
    (exec() blocks)."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, act)
            return
        try:
            fill(dialog)
        except BaseException:
            dialog.reject()  # a failed check must fail the test, not hang it
            raise
        if accept:
            dialog.accept()
        else:
            dialog.reject()

    QTimer.singleShot(0, act)


@pytest.fixture
def signed_in(vault_dir: Path) -> Iterator[Callable[[str, str], UnlockedVault]]:
    """Sign in to the test vault as anyone (name, passphrase); every vault opened is
    locked again after the test."""
    opened: list[UnlockedVault] = []

    def sign_in(name: str, passphrase: str) -> UnlockedVault:
        unlocked = Vault(vault_dir).unlock(name, passphrase)
        opened.append(unlocked)
        return unlocked

    yield sign_in
    for unlocked in opened:
        unlocked.lock()
