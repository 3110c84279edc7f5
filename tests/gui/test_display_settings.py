"""How PeerDesk looks for each person (language, text size, high contrast), chosen in
Settings: it applies at once, is kept per person, and the sign-in window opens in the
last one used on this computer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.db.models import Role
from peerdesk.display import Display, last_display
from peerdesk.i18n import ENGLISH, current_language, use_language
from peerdesk.services.settings import SettingsService
from peerdesk.services.users import UserService
from peerdesk.tasks.runner import TaskRunner
from peerdesk.ui.appearance import apply_display
from peerdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE, USER
from tests.gui.conftest import RecordingBoxes


@pytest.fixture
def app_look() -> Iterator[QApplication]:
    """Every test here changes the whole app's look: put it back afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        yield app
    finally:
        apply_display(app, Display())
        use_language(ENGLISH)


def _sign_in(qtbot: QtBot, controller: AppController, passphrase: str = PASSPHRASE) -> None:
    window = controller.unlock_window
    window.passphrase_field.clear()
    qtbot.keyClicks(window.passphrase_field, passphrase)
    qtbot.keyClick(window.passphrase_field, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: controller.main_window is not None and controller.main_window.isVisible()
    )


def test_choosing_spanish_larger_text_and_high_contrast(
    qtbot: QtBot, vault_dir: Path, boxes: RecordingBoxes, app_look: QApplication
) -> None:
    setup = Vault(vault_dir).unlock(USER, PASSPHRASE)
    UserService(setup).add_user("pia", Role.PEER, "pia passphrase here")
    setup.lock()
    base_size = app_look.font().pointSizeF()
    controller = AppController(Vault(vault_dir), TaskRunner(), boxes, USER, idle_ms=60_000)
    controller.start()
    qtbot.addWidget(controller.unlock_window)
    _sign_in(qtbot, controller)
    first = controller.main_window
    assert first is not None
    first.show_settings()
    page = first.settings_page
    qtbot.waitUntil(lambda: page.users.rowCount() == 2)
    assert page.chosen_display() == Display()

    page.language.setCurrentIndex(page.language.findData("es"))
    page.text_size.setCurrentIndex(page.text_size.findData(150))
    page.high_contrast.setChecked(True)
    qtbot.mouseClick(page.save_display_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.main_window is not first)
    window = controller.main_window
    assert window is not None and window.isVisible()
    assert current_language() == "es"
    # The windows are rebuilt in Spanish and come back to Settings.
    assert window.sidebar.item(0).text() == "Hoy"
    assert window.stack.currentWidget() is window.settings_page
    assert app_look.font().pointSizeF() == pytest.approx(base_size * 1.5)
    assert app_look.palette().color(QPalette.ColorRole.Window) == QColor("#000000")
    assert app_look.palette().color(QPalette.ColorRole.WindowText) == QColor("#ffffff")
    qtbot.waitUntil(lambda: window.settings_page.chosen_display() == Display("es", 150, True))

    # Kept for this person, and beside the vault for the next sign-in window.
    assert last_display(vault_dir) == Display("es", 150, True)
    controller.lock()
    assert controller.unlock_window.windowTitle() != "PeerDesk — Sign in"
    assert controller.unlock_window.unlock_button.text() != "&Unlock"

    # Someone else signs in: their own look (the default) applies.
    controller.unlock_window.user_field.setText("pia")
    _sign_in(qtbot, controller, "pia passphrase here")
    assert current_language() == ENGLISH
    assert app_look.font().pointSizeF() == pytest.approx(base_size)
    assert app_look.palette().color(QPalette.ColorRole.Window) != QColor("#000000")
    pia_window = controller.main_window
    assert pia_window is not None and pia_window.sidebar.item(0).text() == "Today"
    controller.lock()

    reopened = Vault(vault_dir).unlock(USER, PASSPHRASE)
    try:
        assert SettingsService(reopened).display() == Display("es", 150, True)
    finally:
        reopened.lock()
    controller.unlock_window.close()


def test_odd_display_files_fall_back_to_the_default(tmp_path: Path) -> None:
    (tmp_path / "display.json").write_text('{"language": "xx", "text_size": 7, "high_contrast": 1}')
    assert last_display(tmp_path) == Display()
    (tmp_path / "display.json").write_text("not json")
    assert last_display(tmp_path) == Display()
    assert last_display(tmp_path / "missing") == Display()
