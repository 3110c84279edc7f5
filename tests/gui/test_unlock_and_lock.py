"""Signing in, signing out by shortcut, and the idle lock, as a peer at a shared computer
would meet them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from peerdesk.app import AppController
from peerdesk.tasks.runner import TaskRunner
from peerdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE, USER
from tests.gui.conftest import RecordingBoxes


def _controller(vault_dir: Path, boxes: RecordingBoxes, idle_ms: int = 60_000) -> AppController:
    controller = AppController(Vault(vault_dir), TaskRunner(), boxes, USER, idle_ms=idle_ms)
    controller.start()
    return controller


def _sign_in(qtbot: QtBot, controller: AppController, passphrase: str = PASSPHRASE) -> None:
    window = controller.unlock_window
    qtbot.keyClicks(window.passphrase_field, passphrase)
    qtbot.keyClick(window.passphrase_field, Qt.Key.Key_Return)


def test_right_passphrase_opens_the_main_window(
    qtbot: QtBot, vault_dir: Path, boxes: RecordingBoxes, screenshot_dir: Path
) -> None:
    controller = _controller(vault_dir, boxes)
    qtbot.addWidget(controller.unlock_window)
    controller.unlock_window.grab().save(str(screenshot_dir / "unlock.png"))
    _sign_in(qtbot, controller)
    qtbot.waitUntil(
        lambda: controller.main_window is not None and controller.main_window.isVisible()
    )
    window = controller.main_window
    assert window is not None
    assert f"Signed in as {USER} (coordinator)" in window.user_label.text()
    areas = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert areas == ["Today", "Caseload", "Groups", "Training", "Reports", "Sync", "Settings"]
    window.show_area("Settings")
    qtbot.waitUntil(lambda: window.settings_page.users.rowCount() == 1)
    assert window.settings_page.users.item(0, 0).text() == USER
    assert not controller.unlock_window.isVisible()
    window.grab().save(str(screenshot_dir / "main-window.png"))
    controller.lock()


def test_wrong_passphrase_says_so_and_stays(
    qtbot: QtBot, vault_dir: Path, boxes: RecordingBoxes
) -> None:
    controller = _controller(vault_dir, boxes)
    qtbot.addWidget(controller.unlock_window)
    _sign_in(qtbot, controller, "not my passphrase")
    window = controller.unlock_window
    qtbot.waitUntil(lambda: "didn't match" in window.message.text())
    assert "Caps Lock" in window.message.text()
    assert controller.main_window is None
    assert window.unlock_button.isEnabled()


def test_caps_lock_hint_appears_when_letters_come_out_in_capitals(
    qtbot: QtBot, vault_dir: Path, boxes: RecordingBoxes
) -> None:
    controller = _controller(vault_dir, boxes)
    window = controller.unlock_window
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.passphrase_field, "ABC")  # capitals without Shift
    assert window.caps_hint.isVisibleTo(window)
    qtbot.keyClicks(window.passphrase_field, "d")
    assert not window.caps_hint.isVisibleTo(window)


def test_ctrl_l_locks_hides_data_and_zeroes_the_key(
    qtbot: QtBot, vault_dir: Path, boxes: RecordingBoxes
) -> None:
    controller = _controller(vault_dir, boxes)
    qtbot.addWidget(controller.unlock_window)
    _sign_in(qtbot, controller)
    qtbot.waitUntil(lambda: controller.main_window is not None)
    window = controller.main_window
    assert window is not None and controller.unlocked is not None
    key = controller.unlocked._key
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.main_window is None and not window.isVisible()
    assert controller.unlocked is None
    assert key == bytearray(32)
    assert controller.unlock_window.isVisible()
    assert controller.unlock_window.passphrase_field.text() == ""


def test_idle_time_locks_by_itself(qtbot: QtBot, vault_dir: Path, boxes: RecordingBoxes) -> None:
    controller = _controller(vault_dir, boxes, idle_ms=300)
    qtbot.addWidget(controller.unlock_window)
    opened: list[object] = []
    controller.unlock_window.vault_unlocked.connect(opened.append)
    _sign_in(qtbot, controller)
    # On a busy machine the window may open and lock again between two looks, so the
    # test watches for the unlock and then for the lock, not for the window itself.
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    qtbot.waitUntil(
        lambda: "locked itself" in controller.unlock_window.message.text(), timeout=10_000
    )
    assert controller.main_window is None and controller.unlocked is None


def test_locking_mid_edit_keeps_the_text_and_brings_it_back(
    qtbot: QtBot, vault_dir: Path, boxes: RecordingBoxes
) -> None:
    from peerdesk.services.participants import ParticipantService

    setup = Vault(vault_dir).unlock(USER, PASSPHRASE)
    pid = ParticipantService(setup).create("Dana W.")
    setup.lock()
    controller = _controller(vault_dir, boxes, idle_ms=1500)
    qtbot.addWidget(controller.unlock_window)
    _sign_in(qtbot, controller)
    qtbot.waitUntil(lambda: controller.main_window is not None)
    assert controller.main_window is not None
    window = controller.main_window.open_participant(pid)
    qtbot.waitUntil(lambda: window.loaded)
    qtbot.keyClicks(window.profile.notes, "Call back about the bus pass")
    # nobody touches the computer: the idle lock fires and must keep the text
    qtbot.waitUntil(lambda: controller.main_window is None, timeout=5000)
    assert not isValid(window) or not window.isVisible()  # closed and being deleted
    _sign_in(qtbot, controller)
    qtbot.waitUntil(
        lambda: (
            controller.main_window is not None and pid in controller.main_window.participant_windows
        ),
        timeout=5000,
    )
    assert controller.main_window is not None
    back = controller.main_window.participant_windows[pid]
    qtbot.waitUntil(lambda: back.loaded)
    assert back.profile.notes.toPlainText() == "Call back about the bus pass"
    assert back.is_dirty()
    assert boxes.shown == []  # nothing asked or failed along the way
    controller.lock()
