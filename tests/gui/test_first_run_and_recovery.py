"""A program's first day with PeerDesk, and the day someone forgets their passphrase."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.db.models import Role
from peerdesk.tasks.runner import TaskRunner
from peerdesk.vault.vault import Vault
from tests.gui.conftest import RecordingBoxes

KEY = re.compile(r"(?:[0-9A-Z]{4}-){8}[0-9A-Z]{4}")


def _first_run(
    qtbot: QtBot, folder: Path, boxes: RecordingBoxes, screenshot_dir: Path | None = None
) -> AppController:
    controller = AppController(Vault(folder), TaskRunner(), boxes, idle_ms=60_000)
    controller.start()
    window = controller.first_run
    assert window is not None and window.isVisible()  # the controller deletes it after
    qtbot.keyClicks(window.organisation, "Riverside Peer Support")
    qtbot.keyClicks(window.user_name, "ana")
    qtbot.keyClicks(window.passphrase, "kettle harbour violet")
    assert "Good" in window.strength.text() or "Strong" in window.strength.text()
    qtbot.keyClicks(window.repeat, "kettle harbour violet")
    if screenshot_dir:
        window.grab().save(str(screenshot_dir / "first-run.png"))
    qtbot.keyClick(window.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentIndex() == 1, timeout=10_000)
    return controller


def test_first_run_to_an_unlocked_empty_vault(
    qtbot: QtBot, tmp_path: Path, boxes: RecordingBoxes, screenshot_dir: Path
) -> None:
    folder = tmp_path / "vault"
    controller = _first_run(qtbot, folder, boxes, screenshot_dir)
    window = controller.first_run
    assert window is not None
    printed = window.key_label.text()
    assert KEY.fullmatch(printed)
    window.grab().save(str(screenshot_dir / "first-run-recovery-key.png"))

    sheet = window.save_recovery_sheet(tmp_path / "sheet.pdf")
    assert sheet is not None
    text = "".join(page.extract_text() for page in PdfReader(sheet).pages)
    assert printed in text and "Riverside Peer Support" in text

    assert not window.continue_button.isEnabled()  # not until the key is kept
    window.written_down.setChecked(True)
    qtbot.mouseClick(window.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    main = controller.main_window
    assert main is not None and "Signed in as ana (coordinator)" in main.user_label.text()
    assert "Riverside Peer Support" in main.windowTitle()
    assert controller.first_run is None  # the window showing the key is gone
    controller.lock()
    assert Vault(folder).unlock("ana", "kettle harbour violet").user is not None


def test_the_recovery_key_sets_a_new_passphrase(
    qtbot: QtBot, tmp_path: Path, boxes: RecordingBoxes
) -> None:
    folder = tmp_path / "vault"
    controller = _first_run(qtbot, folder, boxes)
    assert controller.first_run is not None
    printed = controller.first_run.key_label.text()
    controller.first_run.written_down.setChecked(True)
    controller.first_run.continue_button.click()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    controller.lock()

    qtbot.mouseClick(controller.unlock_window.recovery_button, Qt.MouseButton.LeftButton)
    recovery = controller.recovery
    assert recovery is not None  # the controller deletes it once the passphrase is set
    typo = "y" if printed[-1] == "X" else "x"  # a last character that differs from the key's
    qtbot.keyClicks(recovery.key_field, printed.lower().replace("-", " ")[:-1] + typo)
    qtbot.keyClicks(recovery.new_field, "a new kettle passphrase")
    qtbot.keyClicks(recovery.repeat_field, "a new kettle passphrase")
    qtbot.keyClick(recovery.repeat_field, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: "typo" in recovery.message.text() or "can't contain" in recovery.message.text(),
        timeout=10_000,
    )
    recovery.key_field.setText(printed)
    qtbot.keyClick(recovery.repeat_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.recovery is None, timeout=10_000)
    assert "new passphrase is set for ana" in controller.unlock_window.message.text()
    unlocked = Vault(folder).unlock("ana", "a new kettle passphrase")
    unlocked.lock()


def test_a_damaged_vault_gets_its_own_message(
    qtbot: QtBot, tmp_path: Path, boxes: RecordingBoxes
) -> None:
    from tests.conftest import PASSPHRASE, USER

    folder = tmp_path / "vault"
    unlocked, _ = Vault(folder).create(USER, Role.COORDINATOR, PASSPHRASE)
    unlocked.lock()
    controller = AppController(Vault(folder), TaskRunner(), boxes, USER, idle_ms=60_000)
    controller.start()
    window = controller.unlock_window
    qtbot.addWidget(window)
    db = folder / "vault.db"
    data = bytearray(db.read_bytes())
    data[-300] ^= 1
    db.write_bytes(bytes(data))
    qtbot.keyClicks(window.passphrase_field, PASSPHRASE)
    qtbot.keyClick(window.passphrase_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "damaged" in window.message.text(), timeout=10_000)
    assert "passphrase" not in window.message.text().lower()
