"""Taking attendance as a co-facilitator does at the start of a group: all from the
keyboard, every mark in the vault as its key is pressed, undo, walk-ins, and nothing
lost when the window closes or PeerDesk locks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from peerdesk.app import AppController
from peerdesk.db.models import Attendance, AttendanceMark, GroupSession, Participant, Role
from peerdesk.services.groups import GroupService
from peerdesk.services.participants import ParticipantService
from peerdesk.services.users import UserService
from peerdesk.tasks.runner import TaskRunner
from peerdesk.ui.attendance_table_model import AttendanceTableModel
from peerdesk.ui.attendance_window import AttendanceWindow
from peerdesk.vault.vault import UnlockedVault, Vault
from tests.conftest import PASSPHRASE, USER
from tests.gui.conftest import RecordingBoxes

TODAY = date(2026, 11, 26)
FACILITATOR, FACILITATOR_PASSPHRASE = "fran", "fran passphrase here"
NAMES = [
    "Amara", "Bongani", "Carmen", "Dmitri", "Farah", "Gideon", "Hana", "Ines", "Jamal",
    "Kofi", "Mariam", "Nadia", "Oren", "Quinn", "Rosa", "Sipho", "Tariq", "Uma", "Vera",
    "Wendell", "Xiomara", "Yusuf", "Zainab", "Beatriz", "Cyrus", "Delphine", "Femi",
    "Greta", "Hugo", "Ikram",
]  # fmt: skip
# name typed to jump to the person (two letters), and the key that marks them
EXCEPTIONS = {"Dmitri": ("dm", "L"), "Kofi": ("ko", "E"), "Rosa": ("ro", "A"), "Hugo": ("hu", "A")}
KEY_OF = {"P": Qt.Key.Key_P, "L": Qt.Key.Key_L, "E": Qt.Key.Key_E, "A": Qt.Key.Key_A}


def _today() -> date:
    return TODAY


@pytest.fixture
def circle(vault_dir: Path) -> tuple[Path, str, dict[str, str]]:
    """A group of 30 run by the facilitator "fran"; returns the vault, group and ids."""
    setup = Vault(vault_dir).unlock(USER, PASSPHRASE)
    UserService(setup).add_user(FACILITATOR, Role.FACILITATOR, FACILITATOR_PASSPHRASE)
    people = ParticipantService(setup, _today)
    groups = GroupService(setup, _today)
    group = groups.create_group("Thursday Circle", facilitators=[FACILITATOR])
    ids = {}
    for name in NAMES:
        ids[name] = people.create(name, first_name=f"Legal{name}", intake_date=date(2026, 1, 5))
        groups.enrol(group, ids[name], date(2026, 1, 5))
    setup.lock()
    return vault_dir, group, ids


@pytest.fixture
def fran(circle: tuple[Path, str, dict[str, str]]) -> Iterator[UnlockedVault]:
    unlocked = Vault(circle[0]).unlock(FACILITATOR, FACILITATOR_PASSPHRASE)
    yield unlocked
    if unlocked.user is not None:
        unlocked.lock()


class Keyboard:
    """Presses keys on whichever widget has the focus, as a person would, counting
    each press (a key with its modifiers is one press)."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.presses = 0

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        target = QApplication.focusWidget()
        assert isinstance(target, QWidget), "nothing has the keyboard focus"
        self.qtbot.keyClick(target, key, modifier)
        self.presses += 1

    def type(self, text: str) -> None:
        for letter in text:
            target = QApplication.focusWidget()
            assert isinstance(target, QWidget)
            self.qtbot.keyClicks(target, letter)
            self.presses += 1


def _saved_marks(vault: UnlockedVault, session_id: str) -> dict[str, AttendanceMark]:
    """What is in the vault right now, read on a connection of its own."""
    with vault.session() as s:
        return {
            pid: mark
            for pid, mark in s.execute(
                select(Attendance.participant_id, Attendance.mark).where(
                    Attendance.session_id == session_id, Attendance.deleted.is_(False)
                )
            )
        }


def _open(
    qtbot: QtBot, vault: UnlockedVault, boxes: RecordingBoxes, group: str
) -> AttendanceWindow:
    session_id = GroupService(vault, _today).session_on(group, TODAY)
    window = AttendanceWindow(vault, boxes, session_id, _today)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(lambda: window.table.hasFocus())
    return window


def test_a_roster_of_30_marked_from_the_keyboard_in_at_most_40_presses(
    qtbot: QtBot,
    circle: tuple[Path, str, dict[str, str]],
    fran: UnlockedVault,
    boxes: RecordingBoxes,
    screenshot_dir: Path,
) -> None:
    _, group, ids = circle
    window = _open(qtbot, fran, boxes, group)
    session = window.session_id
    keys = Keyboard(qtbot)
    assert _saved_marks(fran, session) == {}

    keys.press(Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # "Mark all present"
    assert _saved_marks(fran, session) == dict.fromkeys(ids.values(), AttendanceMark.PRESENT)

    for name, (typed, mark) in EXCEPTIONS.items():
        keys.type(typed)  # jumps to the name
        keys.press(Qt.Key.Key_Return)  # back to the list, on that person
        keys.press(KEY_OF[mark])
        assert _saved_marks(fran, session)[ids[name]] is AttendanceMark(
            {"L": "late", "E": "excused", "A": "absent"}[mark]
        ), name

    keys.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    keys.type("Dee")
    keys.press(Qt.Key.Key_Return)
    saved = _saved_marks(fran, session)
    assert len(saved) == 31
    with fran.session() as s:
        walk_in = s.scalar(select(Participant).where(Participant.display_name == "Dee"))
        assert walk_in is not None and walk_in.first_name is None
        assert saved[walk_in.id] is AttendanceMark.PRESENT

    assert keys.presses <= 40, keys.presses
    counts = sorted(saved.values())
    assert counts.count(AttendanceMark.PRESENT) == 27  # 30 - 4 exceptions + the walk-in
    assert counts.count(AttendanceMark.ABSENT) == 2
    assert "Marked 31 of 31" in window.counts.text()
    window.grab().save(str(screenshot_dir / "attendance.png"))

    # Undo: the walk-in's mark, then Hugo's absence, one press each.
    keys.press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert walk_in.id not in _saved_marks(fran, session)
    keys.press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _saved_marks(fran, session)[ids["Hugo"]] is AttendanceMark.PRESENT
    assert window.model.mark(window.table.currentIndex().row()) is AttendanceMark.PRESENT


def test_typing_a_name_that_starts_with_a_mark_letter_needs_a_slash(
    qtbot: QtBot,
    circle: tuple[Path, str, dict[str, str]],
    fran: UnlockedVault,
    boxes: RecordingBoxes,
) -> None:
    _, group, ids = circle
    window = _open(qtbot, fran, boxes, group)
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_Slash)
    keys.type("am")
    keys.press(Qt.Key.Key_Return)
    assert window.model.person(window.table.currentIndex().row()).display_name == "Amara"
    keys.press(Qt.Key.Key_A)
    assert _saved_marks(fran, window.session_id) == {ids["Amara"]: AttendanceMark.ABSENT}
    keys.press(Qt.Key.Key_Up)  # the mark moved the selection down; come back
    keys.press(Qt.Key.Key_Delete)
    assert _saved_marks(fran, window.session_id) == {}


def test_closing_keeps_every_mark_and_the_notes(
    qtbot: QtBot,
    circle: tuple[Path, str, dict[str, str]],
    fran: UnlockedVault,
    boxes: RecordingBoxes,
) -> None:
    _, group, ids = circle
    window = _open(qtbot, fran, boxes, group)
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_L)
    window.topic.setFocus()
    keys.type("Sleep")
    window.notes.setFocus()
    keys.type("Calm")
    window.close()  # straight away: no pause for the timer to save them

    again = _open(qtbot, fran, boxes, group)
    assert again.topic.text() == "Sleep" and again.notes.toPlainText() == "Calm"
    assert again.model.mark(0) is AttendanceMark.LATE
    assert _saved_marks(fran, again.session_id) == {ids["Amara"]: AttendanceMark.LATE}


def test_a_second_facilitator_sees_the_first_ones_marks(
    qtbot: QtBot,
    circle: tuple[Path, str, dict[str, str]],
    fran: UnlockedVault,
    boxes: RecordingBoxes,
) -> None:
    vault_dir, group, ids = circle
    window = _open(qtbot, fran, boxes, group)
    Keyboard(qtbot).press(Qt.Key.Key_P)
    coordinator = Vault(vault_dir).unlock(USER, PASSPHRASE)
    try:
        other = GroupService(coordinator, _today)
        assert other.session_on(group, TODAY) == window.session_id
        other.mark(window.session_id, ids["Zainab"], "late")
    finally:
        coordinator.lock()
    window.reload_marks()
    marks = {
        window.model.person(r).display_name: window.model.mark(r)
        for r in range(window.model.rowCount())
    }
    assert marks["Amara"] is AttendanceMark.PRESENT and marks["Zainab"] is AttendanceMark.LATE
    assert "fran" in window.facilitators.text() and USER in window.facilitators.text()


def test_locking_mid_session_loses_nothing(
    qtbot: QtBot, circle: tuple[Path, str, dict[str, str]], boxes: RecordingBoxes
) -> None:
    vault_dir, _, ids = circle
    controller = AppController(
        Vault(vault_dir), TaskRunner(), boxes, FACILITATOR, idle_ms=60_000, today=_today
    )
    controller.start()
    qtbot.addWidget(controller.unlock_window)
    qtbot.keyClicks(controller.unlock_window.passphrase_field, FACILITATOR_PASSPHRASE)
    qtbot.keyClick(controller.unlock_window.passphrase_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.main_window is not None)
    main = controller.main_window
    assert main is not None
    main.show_area("Groups")
    qtbot.waitUntil(lambda: main.groups_view.detail is not None)
    main.groups_view.start_todays_session()
    window = next(iter(main.attendance_windows.values()))
    window.activateWindow()
    qtbot.waitUntil(lambda: window.table.hasFocus())
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_A)  # Amara absent
    window.notes.setFocus()
    keys.type("Ride")
    controller.lock()
    assert controller.main_window is None

    check = Vault(vault_dir).unlock(USER, PASSPHRASE)
    try:
        with check.session() as s:
            record = s.scalar(select(GroupSession).where(GroupSession.held_on == TODAY))
            assert record is not None and record.notes == "Ride"
        assert _saved_marks(check, record.id) == {ids["Amara"]: AttendanceMark.ABSENT}
    finally:
        check.lock()


def test_attendance_model_passes_qt_model_checks(qtmodeltester: ModelTester) -> None:
    from peerdesk.services.groups import RosterEntry

    model = AttendanceTableModel()
    people = [RosterEntry(f"id{i}", name, date(2026, 1, 1), None) for i, name in enumerate(NAMES)]
    model.set_people(people, {"id3": AttendanceMark.LATE})
    qtmodeltester.check(model)
    assert model.find("ca") == 2 and model.find("zz") is None
    assert model.add_person(RosterEntry("new", "Bea", date(2026, 1, 1), None), None) == 1
