"""The in-app help (F1): a topic for each area, Up and Down to move between them, the table
of every shortcut, the Spanish text, and the user guides written from the same words."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.i18n import ENGLISH, SPANISH, use_language
from peerdesk.tasks.runner import TaskRunner
from peerdesk.ui.help import (
    HELP_TOPICS,
    LABELS_USED,
    SHORTCUTS,
    HelpDialog,
    ShortcutsDialog,
    getting_started,
    shortcut_meaning,
)
from peerdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE, USER
from tests.gui.conftest import RecordingBoxes, answer_dialog

ROOT = Path(__file__).resolve().parents[2]
TOPICS = ["signin", "today", "caseload", "participant", "groups"]
TOPICS += ["attendance", "training", "reports", "sync", "settings"]
SCREENSHOTS = {
    "sign-in",
    "today",
    "caseload",
    "participant-profile",
    "participant-contacts",
    "participant-goals",
    "participant-measures",
    "participant-consents",
    "groups",
    "groups-history",
    "attendance",
    "training",
    "training-supervision",
    "reports",
    "sync",
    "settings",
    "help",
}


def test_every_topic_opens_with_its_title_and_steps(qtbot: QtBot) -> None:
    assert list(HELP_TOPICS) == TOPICS
    for key, topic in HELP_TOPICS.items():
        dialog = HelpDialog(key)
        qtbot.addWidget(dialog)
        assert dialog.current_topic() == key
        assert dialog.topics.currentItem().text() == topic.title != ""
        text = dialog.text.toPlainText()
        assert text.startswith(topic.title)
        assert len(text) > 400, key
        page = topic.page()
        assert page.tasks, key
        for task in page.tasks:
            assert 3 <= len(task.steps) <= 6, (key, task.title)
    assert dialog.topics.accessibleName() == "Help topics"
    assert dialog.text.accessibleName() == "Help text"
    assert dialog.width() >= 720 and dialog.height() >= 520


def test_an_unknown_topic_opens_the_first(qtbot: QtBot) -> None:
    dialog = HelpDialog("no such area")
    qtbot.addWidget(dialog)
    assert dialog.current_topic() == "signin"


def test_up_and_down_change_the_topic_and_escape_closes(qtbot: QtBot) -> None:
    dialog = HelpDialog("today")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.topics  # Up and Down work at once
    qtbot.keyClick(dialog.topics, Qt.Key.Key_Down)
    assert dialog.current_topic() == "caseload"
    assert dialog.text.toPlainText().startswith(HELP_TOPICS["caseload"].title)
    assert "Ctrl+F" in dialog.text.toPlainText()
    qtbot.keyClick(dialog.topics, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.topics, Qt.Key.Key_Up)
    assert dialog.current_topic() == "signin"
    assert "recovery key" in dialog.text.toPlainText()
    qtbot.keyClick(dialog.topics, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_shortcut_table_lists_every_shortcut(qtbot: QtBot) -> None:
    dialog = HelpDialog("attendance")
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.show_all_shortcuts()
    assert isinstance(table, ShortcutsDialog)
    rows = {
        tuple(table.table.model().index(row, column).data() for column in (0, 1))
        for row in range(table.table.rowCount())
    }
    assert ("Ctrl+L", "Lock PeerDesk now") in rows
    assert ("Alt+P", "Mark everyone not yet marked as present") in rows
    assert table.table.rowCount() == len(SHORTCUTS)
    assert "Alt+P" in dialog.text.toPlainText()  # the topic's own shortcuts are on its page
    table.close()


def test_the_buttons_and_tabs_the_help_names_are_the_screens_own() -> None:
    """Each name quoted comes from the screen's translation, so it must be a real label."""
    for topic in HELP_TOPICS.values():
        topic.page()
    getting_started()
    sources = {path: path.read_text(encoding="utf-8") for path in (ROOT / "peerdesk").rglob("*.py")}
    for context, label in sorted(LABELS_USED):
        found = [
            path
            for path, text in sources.items()
            if f"class {context}(" in text and (f'"{label}"' in text or f"'{label}'" in text)
        ]
        assert found, f"{context}: {label!r} is no longer on any screen"


def test_every_topic_reads_in_spanish(qtbot: QtBot, screenshot_dir: Path) -> None:
    english = {key: topic.page() for key, topic in HELP_TOPICS.items()}
    shortcuts = [shortcut_meaning(s) for s in SHORTCUTS]
    dialog = HelpDialog("attendance")
    qtbot.addWidget(dialog)
    dialog.resize(880, 620)
    dialog.grab().save(str(screenshot_dir / "help-en.png"))
    use_language(SPANISH)
    try:
        for key, topic in HELP_TOPICS.items():
            spanish = topic.page()
            assert spanish.title != english[key].title, key
            assert topic.html != english[key].html, key
            for before, after in zip(english[key].intro, spanish.intro, strict=True):
                assert before != after
            for task_en, task_es in zip(english[key].tasks, spanish.tasks, strict=True):
                assert task_en.title != task_es.title
                for before, after in zip(task_en.steps, task_es.steps, strict=True):
                    assert before != after, after
        assert "Pulse <b>Alt+P</b>" in HELP_TOPICS["attendance"].html
        assert [shortcut_meaning(s) for s in SHORTCUTS] != shortcuts
        spanish_dialog = HelpDialog("attendance")
        qtbot.addWidget(spanish_dialog)
        assert spanish_dialog.windowTitle() == "Ayuda de PeerDesk"
        assert spanish_dialog.topics.currentItem().text() == "Tomar asistencia"
        spanish_dialog.resize(880, 620)
        spanish_dialog.grab().save(str(screenshot_dir / "help-es.png"))
    finally:
        use_language(ENGLISH)
    assert HELP_TOPICS["attendance"].title == "Taking attendance"


def test_the_user_guides_are_written_from_the_help() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    import user_guide

    for language, path in user_guide.GUIDES.items():
        written = path.read_text(encoding="utf-8")
        assert written == user_guide.guide_markdown(language), (
            f"{path.name} is out of date: run python tools/user_guide.py"
        )
        pictures = re.findall(rf"\]\(screenshots/{language}/([a-z-]+)\.png\)", written)
        assert sorted(pictures) == sorted(SCREENSHOTS)
    english = (ROOT / "docs" / "user-guide.md").read_text(encoding="utf-8")
    assert english.index("## Getting started") < english.index("## Signing in")
    assert "demo passphrase" in english and "**F1**" in english


def _activate(qtbot: QtBot, window: QWidget) -> None:
    """A desktop activates a window when it is shown; the test screen needs asking."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_f1_opens_the_help_for_the_screen_in_front(
    qtbot: QtBot, vault_dir: Path, boxes: RecordingBoxes
) -> None:
    controller = AppController(Vault(vault_dir), TaskRunner(), boxes, USER, idle_ms=60_000)
    controller.start()
    qtbot.addWidget(controller.unlock_window)
    seen: list[str] = []
    _activate(qtbot, controller.unlock_window)
    answer_dialog(lambda d: seen.append(d.current_topic()), HelpDialog, accept=False)
    qtbot.keyClick(controller.unlock_window.passphrase_field, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: seen == ["signin"])
    controller.unlock_window.passphrase_field.setText(PASSPHRASE)
    controller.unlock_window.try_unlock()
    qtbot.waitUntil(lambda: controller.main_window is not None)
    window = controller.main_window
    assert window is not None
    window.show_area("Caseload")
    _activate(qtbot, window)
    answer_dialog(lambda d: seen.append(d.current_topic()), HelpDialog, accept=False)
    qtbot.keyClick(window.caseload_view, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: seen == ["signin", "caseload"])
    controller.lock()
    controller.unlock_window.close()
