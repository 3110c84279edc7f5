"""The Settings page's logo for reports: a coordinator chooses a picture and removes it;
anyone else sees the setting but can't change it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from peerdesk.db.models import Role
from peerdesk.services.settings import SettingsService
from peerdesk.services.users import UserService
from peerdesk.tasks.runner import TaskRunner
from peerdesk.ui.settings_page import SettingsPage
from peerdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE, USER
from tests.gui.conftest import RecordingBoxes


def test_a_coordinator_chooses_and_removes_the_report_logo(
    qtbot: QtBot, vault_dir: Path, boxes: RecordingBoxes, tmp_path: Path
) -> None:
    picture = tmp_path / "logo.png"
    image = QImage(200, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a6f97"))
    assert image.save(str(picture))
    unlocked = Vault(vault_dir).unlock(USER, PASSPHRASE)
    try:
        page = SettingsPage(unlocked, TaskRunner(), boxes)
        qtbot.addWidget(page)
        page.refresh()
        qtbot.waitUntil(lambda: page.logo_state.text() == "None")
        assert not page.remove_logo.isEnabled()
        boxes.open_path = picture
        page.pick_logo()
        qtbot.waitUntil(lambda: "every report" in page.logo_state.text())
        assert SettingsService(unlocked).logo() == picture.read_bytes()
        page.remove_logo.click()
        qtbot.waitUntil(lambda: page.logo_state.text() == "None")
        assert SettingsService(unlocked).logo() is None

        boxes.open_path = tmp_path / "not-a-picture.png"
        boxes.open_path.write_text("hello")
        page.pick_logo()
        qtbot.waitUntil(lambda: any(kind == "error" for kind, *_ in boxes.shown))
        assert "PNG or JPEG" in boxes.shown[-1][2]
    finally:
        unlocked.lock()


def test_a_peer_cannot_change_it(qtbot: QtBot, vault_dir: Path, boxes: RecordingBoxes) -> None:
    setup = Vault(vault_dir).unlock(USER, PASSPHRASE)
    UserService(setup).add_user("pia", Role.PEER, "pia passphrase here")
    setup.lock()
    pia = Vault(vault_dir).unlock("pia", "pia passphrase here")
    try:
        page = SettingsPage(pia, TaskRunner(), boxes)
        qtbot.addWidget(page)
        assert not page.choose_logo.isEnabled() and not page.remove_logo.isEnabled()
    finally:
        pia.lock()
