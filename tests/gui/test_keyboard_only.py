"""Keyboard only (issue 10): the main flows through the real app, every step a key press
on whichever widget has the focus, as for someone who can't use a mouse. No clicks, no
calling slots, no setting values or focus by hand. The one outside help is activation:
the sign-in window starts active, and when a window or dialog closes the window under
it is activated, as every desktop's window manager does (the offscreen platform of the
tests leaves no window active). Where the focus then lands is the app's doing, and each
step checks it is on the control a person would expect."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as WaitTimedOut
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.db.models import AttendanceMark, ContactType
from peerdesk.services.encounters import EncounterService
from peerdesk.services.groups import GroupService
from peerdesk.services.participants import ParticipantService
from peerdesk.services.training import TrainingService
from peerdesk.tasks.runner import TaskRunner
from peerdesk.ui.main_window import MainWindow
from peerdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE, USER
from tests.gui.conftest import RecordingBoxes

TODAY = date(2026, 11, 26)
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier
Kind = type[QWidget] | tuple[type[QWidget], ...]


def _today() -> date:
    return TODAY


class Keyboard:
    """Presses keys on whichever widget has the focus, as a person would."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot

    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert isinstance(widget, QWidget), "nothing has the keyboard focus"
        return widget

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
        self.qtbot.keyClick(self.focus(), key, modifier)

    def type(self, text: str) -> None:
        for letter in text:
            self.qtbot.keyClicks(self.focus(), letter)

    def focus_is(self, kind: Kind, name: str = "") -> QWidget:
        """The focus is on a control of this kind (with this accessible name, if given)."""
        return _is(self.focus(), kind, name)


def _is(widget: QWidget | None, kind: Kind, name: str = "") -> QWidget:
    assert widget is not None, "no focus"
    described = f"{type(widget).__name__} {widget.accessibleName()!r}"
    assert isinstance(widget, kind), f"the focus is on {described}"
    if name:
        assert widget.accessibleName() == name, f"the focus is on {described}"
    return widget


def window_manager_activates(qtbot: QtBot, window: QWidget) -> None:
    """What the window manager does when the window or dialog on top closes: the one
    underneath becomes active again, and Qt gives the focus back to its focus widget."""
    if QApplication.activeWindow() is None:
        window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def when_a_dialog_opens(act: Callable[[QDialog], None]) -> list[str]:
    """Run `act` (key presses) once a modal dialog is open and active: its exec() blocks
    the key press that opened it. The list returned says "done" once `act` ran through;
    if `act` fails, the dialog is rejected so that the test fails instead of hanging."""
    outcome: list[str] = []

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or QApplication.activeWindow() is not dialog:
            QTimer.singleShot(20, check)
            return
        try:
            act(dialog)
        except BaseException:
            if dialog.isVisible():
                dialog.reject()  # not a step of the flow: only so that exec() returns
            raise  # pytest-qt fails the test with it
        outcome.append("done")

    QTimer.singleShot(0, check)
    return outcome


@pytest.fixture
def program(vault_dir: Path) -> dict[str, str]:
    """Three participants in the coordinator's caseload, and two groups: an empty one
    listed first and "Thursday Circle" with the three on its roster."""
    setup = Vault(vault_dir).unlock(USER, PASSPHRASE)
    try:
        people = ParticipantService(setup, _today)
        ids = {
            name: people.create(name, intake_date=date(2026, 9, 1))
            for name in ("Robin", "Sasha", "Tomasz")
        }
        groups = GroupService(setup, _today)
        groups.create_group("Monday Walk", facilitators=[USER])
        ids["group"] = groups.create_group("Thursday Circle", facilitators=[USER])
        for name in ("Robin", "Sasha", "Tomasz"):
            groups.enrol(ids["group"], ids[name], date(2026, 9, 3))
    finally:
        setup.lock()
    return ids


SignIn = Callable[[], tuple[AppController, MainWindow, Keyboard]]


@pytest.fixture
def sign_in(qtbot: QtBot, vault_dir: Path, boxes: RecordingBoxes) -> Iterator[SignIn]:
    """Start PeerDesk and sign in by keyboard: the passphrase, Enter. Locks afterwards,
    which also waits for any background work."""
    started: list[AppController] = []

    def start() -> tuple[AppController, MainWindow, Keyboard]:
        controller = AppController(
            Vault(vault_dir), TaskRunner(), boxes, USER, idle_ms=600_000, today=_today
        )
        started.append(controller)
        controller.start()
        unlock = controller.unlock_window
        qtbot.addWidget(unlock)
        unlock.activateWindow()  # the first window starts active
        qtbot.waitUntil(lambda: QApplication.activeWindow() is unlock)
        keys = Keyboard(qtbot)
        assert keys.focus_is(QLineEdit, "Passphrase") is unlock.passphrase_field
        keys.type(PASSPHRASE)
        keys.press(Qt.Key.Key_Return)
        try:
            qtbot.waitUntil(lambda: controller.main_window is not None, timeout=15_000)
            main = controller.main_window
            assert main is not None
            qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
        except WaitTimedOut as error:
            raise AssertionError(
                f"no active main window: {controller.main_window=}, "
                f"{QApplication.activeWindow()=}, {unlock.message.text()=}, {boxes.shown=}"
            ) from error
        # The sidebar, ready for the arrow keys or Tab into the area shown.
        assert keys.focus_is(QListWidget, "Areas") is main.sidebar
        return controller, main, keys

    yield start
    for controller in started:
        controller.lock()


def test_1_unlock_with_the_passphrase_and_lock_with_ctrl_l(
    sign_in: SignIn, qtbot: QtBot, boxes: RecordingBoxes
) -> None:
    controller, main, keys = sign_in()
    assert main.isVisible() and not controller.unlock_window.isVisible()
    keys.press(Qt.Key.Key_L, CTRL)
    assert controller.main_window is None and controller.unlocked is None
    assert not main.isVisible() and controller.unlock_window.isVisible()
    window_manager_activates(qtbot, controller.unlock_window)
    assert keys.focus_is(QLineEdit, "Passphrase") is controller.unlock_window.passphrase_field
    assert boxes.shown == []


def test_2_log_a_contact_from_the_caseload(
    sign_in: SignIn, qtbot: QtBot, program: dict[str, str], boxes: RecordingBoxes
) -> None:
    controller, main, keys = sign_in()
    caseload = main.caseload_view
    assert caseload is not None
    keys.press(Qt.Key.Key_2, CTRL)  # Caseload
    assert main.stack.currentWidget() is caseload
    assert keys.focus_is(QListWidget, "Areas") is main.sidebar  # the sidebar keeps it
    qtbot.waitUntil(lambda: caseload.model.total_count == 3)
    keys.press(Qt.Key.Key_F, CTRL)  # from the sidebar, as the status line says
    assert keys.focus_is(QLineEdit, "Search by name") is caseload.search
    keys.type("sas")
    assert caseload.model.rowCount() == 1
    keys.press(Qt.Key.Key_Return)  # to the table, on the one person found
    assert keys.focus_is(QTableView, "Participants") is caseload.table
    keys.press(Qt.Key.Key_Return)  # opens Sasha
    qtbot.waitUntil(lambda: program["Sasha"] in main.participant_windows)
    window = main.participant_windows[program["Sasha"]]
    qtbot.waitUntil(lambda: window.loaded and QApplication.activeWindow() is window)
    assert keys.focus_is(QLineEdit, "Display name") is window.profile.display_name

    keys.press(Qt.Key.Key_Tab, CTRL)  # Profile → Contacts
    assert window.tabs.currentWidget() is window.contacts
    assert window.contacts.isAncestorOf(keys.focus())  # not left on a hidden page
    keys.press(Qt.Key.Key_N, CTRL)
    date_field = keys.focus_is(QLineEdit, "Contact date")
    assert date_field is window.contacts.contact_date
    assert date_field.selectedText() == "2026-11-26"  # today, ready to type over
    keys.type("2026-11-25")
    keys.press(Qt.Key.Key_Tab)
    assert keys.focus_is(QComboBox, "Type of contact") is window.contacts.contact_type
    keys.type("p")
    assert window.contacts.contact_type.currentText() == "Phone call"
    keys.press(Qt.Key.Key_Tab)
    assert keys.focus_is(QAbstractSpinBox, "Duration in minutes") is window.contacts.duration
    keys.type("30")
    keys.press(Qt.Key.Key_Tab)
    assert keys.focus_is(QLineEdit, "Topics") is window.contacts.topics
    keys.type("housing; sleep")
    keys.press(Qt.Key.Key_Tab)
    assert keys.focus_is(QPlainTextEdit, "Contact notes") is window.contacts.notes
    keys.type("Talked through the bus pass.")
    keys.press(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "Saved the contact" in window.contacts.saved_note.text())
    assert window.contacts.isAncestorOf(keys.focus())  # still in the form, for the next
    assert not window.is_dirty()

    assert controller.unlocked is not None
    contacts = EncounterService(controller.unlocked, _today).contacts(program["Sasha"])
    assert len(contacts) == 1
    contact = contacts[0]
    assert contact.contact_date == date(2026, 11, 25)
    assert contact.type is ContactType.PHONE
    assert contact.duration_minutes == 30
    assert contact.topics == ["housing", "sleep"]
    assert contact.notes == "Talked through the bus pass."

    keys.press(Qt.Key.Key_W, CTRL)  # nothing unsaved: closes without asking
    assert not window.isVisible()
    window_manager_activates(qtbot, main)
    assert keys.focus_is(QTableView, "Participants") is caseload.table  # where Enter was
    assert boxes.shown == []


def test_3_take_attendance(
    sign_in: SignIn, qtbot: QtBot, program: dict[str, str], boxes: RecordingBoxes
) -> None:
    controller, main, keys = sign_in()
    groups = main.groups_view
    keys.press(Qt.Key.Key_3, CTRL)  # Groups
    assert main.stack.currentWidget() is groups
    qtbot.waitUntil(lambda: groups.detail is not None)
    keys.press(Qt.Key.Key_Tab)  # from the sidebar into the area
    assert keys.focus_is(QTableView, "Groups") is groups.group_table
    assert groups.current_group_id() != program["group"]  # Monday Walk comes first
    keys.press(Qt.Key.Key_Down)
    assert groups.current_group_id() == program["group"]
    qtbot.waitUntil(
        lambda: groups.detail is not None and groups.detail.group.id == program["group"]
    )
    keys.press(Qt.Key.Key_Return)  # on to the group's actions
    assert keys.focus_is(QPushButton) is groups.start_today
    keys.press(Qt.Key.Key_T, CTRL)
    qtbot.waitUntil(lambda: len(main.attendance_windows) == 1)
    window = next(iter(main.attendance_windows.values()))
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.held_on == TODAY
    assert keys.focus_is(QTableView, "Roster and marks") is window.table
    session = window.session_id

    keys.type("to")  # jumps to Tomasz
    assert keys.focus_is(QLineEdit, "Jump to a name") is window.jump
    keys.press(Qt.Key.Key_Return)  # back to the list, on Tomasz
    assert keys.focus_is(QTableView, "Roster and marks") is window.table
    assert window.model.person(window.table.currentIndex().row()).display_name == "Tomasz"
    keys.press(Qt.Key.Key_L)
    keys.type("sa")
    keys.press(Qt.Key.Key_Return)
    assert window.model.person(window.table.currentIndex().row()).display_name == "Sasha"
    keys.press(Qt.Key.Key_E)
    assert keys.focus_is(QTableView, "Roster and marks") is window.table
    keys.press(Qt.Key.Key_P, ALT)  # the rest (Robin) present
    assert keys.focus_is(QTableView, "Roster and marks") is window.table
    assert "Marked 3 of 3" in window.counts.text()
    keys.press(Qt.Key.Key_W, CTRL)
    assert not window.isVisible()
    qtbot.waitUntil(lambda: not main.attendance_windows)  # deleted once closed
    window_manager_activates(qtbot, main)
    assert keys.focus_is(QPushButton) is groups.start_today  # where Ctrl+T was pressed

    assert controller.unlocked is not None
    marks = GroupService(controller.unlocked, _today).sheet(session).marks
    assert marks == {
        program["Tomasz"]: AttendanceMark.LATE,
        program["Sasha"]: AttendanceMark.EXCUSED,
        program["Robin"]: AttendanceMark.PRESENT,
    }
    assert boxes.shown == []


def test_4_add_a_training(sign_in: SignIn, qtbot: QtBot, boxes: RecordingBoxes) -> None:
    controller, main, keys = sign_in()
    training = main.training_view
    keys.press(Qt.Key.Key_4, CTRL)  # Training
    assert main.stack.currentWidget() is training
    qtbot.waitUntil(lambda: training.current_person() is not None)

    def fill(dialog: QDialog) -> None:
        assert keys.focus_is(QComboBox, "Training").window() is dialog
        keys.type("Ethics refresher")
        keys.press(Qt.Key.Key_Tab)
        assert keys.focus_is(QLineEdit, "Category").window() is dialog
        keys.type("ethics")
        keys.press(Qt.Key.Key_Tab)
        completed = keys.focus_is(QDateEdit, "Completed on")
        keys.type("25")  # the day, which moves on to the month; November 2026 stays
        # A QDateEdit takes a Tab for each of its parts (day, month, year) before the
        # next field: slower than the participant window's one-stop DateField, but
        # reachable.
        keys.press(Qt.Key.Key_Tab)  # to the year
        assert keys.focus() is completed
        keys.press(Qt.Key.Key_Tab)
        assert keys.focus_is(QCheckBox).window() is dialog  # "It expires", left unticked
        keys.press(Qt.Key.Key_Tab)  # past the expiry date, greyed out while unticked
        assert keys.focus_is(QAbstractSpinBox, "Hours").window() is dialog
        keys.type("3")
        keys.press(Qt.Key.Key_Return)  # Save
        assert not dialog.isVisible()

    outcome = when_a_dialog_opens(fill)
    keys.press(Qt.Key.Key_N, CTRL)  # blocks while the dialog is open
    assert outcome == ["done"]
    window_manager_activates(qtbot, main)
    assert keys.focus_is(QListWidget, "Areas") is main.sidebar  # where Ctrl+N was pressed

    assert controller.unlocked is not None
    records = TrainingService(controller.unlocked, _today).records()
    assert [(r.user_name, r.training, r.category, r.completed_on, r.hours) for r in records] == [
        (USER, "Ethics refresher", "ethics", date(2026, 11, 25), 3.0)
    ]
    assert records[0].expires_on is None
    qtbot.waitUntil(lambda: training.record_model.rowCount() == 1)  # shown too
    assert boxes.shown == []


def test_5_save_a_report_as_pdf(
    sign_in: SignIn,
    qtbot: QtBot,
    program: dict[str, str],
    boxes: RecordingBoxes,
    tmp_path: Path,
) -> None:
    _controller, main, keys = sign_in()
    reports = main.reports_view
    boxes.save_to = tmp_path / "caseload.pdf"
    keys.press(Qt.Key.Key_5, CTRL)  # Reports
    assert main.stack.currentWidget() is reports
    qtbot.waitUntil(lambda: reports.group.count() == 2)  # the choices have loaded
    keys.press(Qt.Key.Key_Tab)
    assert keys.focus_is(QListWidget, "Reports") is reports.kinds
    assert reports.kind() == "program"
    keys.press(Qt.Key.Key_Down)
    assert reports.kind() == "caseload"
    keys.press(Qt.Key.Key_Tab)  # to the options
    assert keys.focus_is(QComboBox, "Peer") is reports.peer
    keys.press(Qt.Key.Key_Tab)
    assert keys.focus_is(QComboBox, "Paper size") is reports.paper
    keys.press(Qt.Key.Key_S, ALT)  # "&Save as PDF…"
    try:
        qtbot.waitUntil(lambda: any(kind == "save_file" for kind, *_ in boxes.shown), timeout=2000)
    except WaitTimedOut as error:
        focus = keys.focus()
        text = focus.text() if isinstance(focus, QPushButton) else focus.accessibleName()
        raise AssertionError(f"Alt+S saved nothing; it moved the focus to {text!r}") from error
    qtbot.waitUntil(lambda: any(kind == "info" for kind, *_ in boxes.shown), timeout=20_000)
    assert [kind for kind, _title, _text in boxes.shown] == ["save_file", "info"]
    assert boxes.save_to.read_bytes().startswith(b"%PDF")
    assert reports.isAncestorOf(keys.focus())  # still on the choices, for another
