"""The Groups area as a facilitator and a coordinator meet it: only their own groups,
the roster and sessions, starting today's session, entering a past one, the history
grid, making a group and printing a sign-in sheet."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from peerdesk.db.models import AttendanceMark, Role
from peerdesk.services.groups import GroupService
from peerdesk.services.participants import ParticipantService
from peerdesk.services.settings import SettingsService
from peerdesk.services.users import UserService
from peerdesk.tasks.runner import TaskRunner
from peerdesk.ui.group_dialogs import DayDialog, EnrolDialog, GroupDialog, to_qdate
from peerdesk.ui.groups_view import GroupsView
from peerdesk.ui.main_window import MainWindow
from peerdesk.vault.vault import UnlockedVault, Vault
from tests.conftest import PASSPHRASE, USER
from tests.gui.conftest import RecordingBoxes, answer_dialog

TODAY = date(2026, 11, 26)  # a Thursday
P, A = AttendanceMark.PRESENT, AttendanceMark.ABSENT


def _today() -> date:
    return TODAY


@pytest.fixture
def world(vault_dir: Path) -> dict[str, str]:
    """Two groups: "Thursday Circle" run by fran (4 people, 3 past sessions) and
    "Art Group" run by the coordinator alone."""
    setup = Vault(vault_dir).unlock(USER, PASSPHRASE)
    UserService(setup).add_user("fran", Role.FACILITATOR, "fran passphrase here")
    people = ParticipantService(setup, _today)
    groups = GroupService(setup, _today)
    circle = groups.create_group(
        "Thursday Circle", kind="Recovery", schedule="Thursdays 6pm", facilitators=["fran"]
    )
    groups.create_group("Art Group", facilitators=[USER])
    ids = {"circle": circle}
    for name in ("Amara", "Bongani", "Carmen", "Dmitri"):
        ids[name] = people.create(
            name, first_name=f"Legal{name}", last_name="Surname", intake_date=date(2026, 9, 3)
        )
        people.add_contact_method(ids[name], "phone", "555-0142")
        groups.enrol(circle, ids[name], date(2026, 9, 3))
    for weeks_ago, carmen in ((3, P), (2, A), (1, A)):
        session = groups.session_on(circle, TODAY - timedelta(weeks=weeks_ago), topic="Hope")
        groups.set_marks(session, {ids["Amara"]: P, ids["Carmen"]: carmen})
    setup.lock()
    return ids


def _view(qtbot: QtBot, vault: UnlockedVault, boxes: RecordingBoxes) -> GroupsView:
    view = GroupsView(vault, TaskRunner(), boxes, _today)
    qtbot.addWidget(view)
    view.resize(1100, 780)
    view.show()
    qtbot.waitUntil(lambda: view.detail is not None)
    return view


def test_a_facilitator_sees_only_their_group_with_roster_sessions_and_history(
    qtbot: QtBot,
    world: dict[str, str],
    signed_in: Callable[[str, str], UnlockedVault],
    boxes: RecordingBoxes,
    screenshot_dir: Path,
) -> None:
    view = _view(qtbot, signed_in("fran", "fran passphrase here"), boxes)
    assert [g.name for g in view.group_model.rows()] == ["Thursday Circle"]
    assert not view.new_group.isVisible()
    assert "Recovery · Thursdays 6pm" in view.group_heading.text()
    assert "Facilitators: fran" in view.group_heading.text()
    roster = [view.roster_model.index(r, 0).data() for r in range(view.roster_model.rowCount())]
    assert roster == ["Amara", "Bongani", "Carmen", "Dmitri"]
    assert view.session_model.rowCount() == 3
    rate = view.group_model.index(0, 6).data()
    assert rate == "67%"  # 4 attended of 6 marks

    history = {
        view.history_model.index(r, 0).data(): [
            view.history_model.index(r, c).data() for c in range(1, 6)
        ]
        for r in range(view.history_model.rowCount())
    }
    assert history["Carmen"] == ["33%", "2", "A", "A", "P"]  # newest session first
    assert history["Amara"] == ["100%", "", "P", "P", "P"]
    assert history["Bongani"] == ["—", "", "", "", ""]
    carmen_row = next(
        r
        for r in range(view.history_model.rowCount())
        if view.history_model.index(r, 0).data() == "Carmen"
    )
    assert view.history_model.index(carmen_row, 2).data(Qt.ItemDataRole.BackgroundRole) is not None
    view.tabs.setCurrentIndex(2)
    view.grab().save(str(screenshot_dir / "groups-history.png"))
    view.tabs.setCurrentIndex(0)
    view.grab().save(str(screenshot_dir / "groups.png"))


def test_ctrl_t_starts_todays_session_and_enter_opens_a_past_one(
    qtbot: QtBot,
    world: dict[str, str],
    signed_in: Callable[[str, str], UnlockedVault],
    boxes: RecordingBoxes,
) -> None:
    fran = signed_in("fran", "fran passphrase here")
    view = _view(qtbot, fran, boxes)
    view.group_table.setFocus()
    with qtbot.waitSignal(view.session_opened) as opened:
        qtbot.keyClick(view.group_table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    sheet = GroupService(fran, _today).sheet(opened.args[0])
    assert sheet.held_on == TODAY and sheet.group_name == "Thursday Circle"
    qtbot.waitUntil(lambda: view.session_model.rowCount() == 4)
    assert "Continue" in view.start_today.text()

    view.tabs.setCurrentIndex(1)
    view.session_table.setFocus()
    view.session_table.selectRow(3)  # the oldest
    with qtbot.waitSignal(view.session_opened) as opened:
        qtbot.keyClick(view.session_table, Qt.Key.Key_Return)
    assert GroupService(fran, _today).sheet(opened.args[0]).held_on == TODAY - timedelta(weeks=3)


def test_paper_back_entry_opens_the_session_for_the_chosen_day(
    qtbot: QtBot,
    world: dict[str, str],
    signed_in: Callable[[str, str], UnlockedVault],
    boxes: RecordingBoxes,
) -> None:
    fran = signed_in("fran", "fran passphrase here")
    view = _view(qtbot, fran, boxes)
    chosen = TODAY - timedelta(weeks=4)

    def pick(dialog: QDialog) -> None:
        assert isinstance(dialog, DayDialog)
        assert dialog.day() == TODAY - timedelta(days=1)  # a week after the last, at most yesterday
        dialog.date.setDate(to_qdate(chosen))

    answer_dialog(pick)
    with qtbot.waitSignal(view.session_opened) as opened:
        view.enter_past_session()
    assert GroupService(fran, _today).sheet(opened.args[0]).held_on == chosen


def test_a_coordinator_makes_a_group_and_puts_people_on_its_roster(
    qtbot: QtBot,
    world: dict[str, str],
    signed_in: Callable[[str, str], UnlockedVault],
    boxes: RecordingBoxes,
) -> None:
    view = _view(qtbot, signed_in(USER, PASSPHRASE), boxes)
    assert view.new_group.isVisible()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, GroupDialog)
        dialog.name.setText("Walking Group")
        dialog.schedule.setText("Saturdays 10am")
        for row in range(dialog.facilitators.count()):
            item = dialog.facilitators.item(row)
            if item.text() == "fran":
                item.setCheckState(Qt.CheckState.Checked)

    answer_dialog(fill)
    view.create_group()
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.group.name == "Walking Group")
    assert view.detail.group.facilitators == ["fran"]
    assert view.detail.group.schedule == "Saturdays 10am"

    def enrol(dialog: QDialog) -> None:
        assert isinstance(dialog, EnrolDialog)
        names = [dialog.people.item(r).text() for r in range(dialog.people.count())]
        assert names == ["Amara", "Bongani", "Carmen", "Dmitri"]
        dialog.people.item(1).setSelected(True)
        dialog.new_name.setText("Sunny")

    answer_dialog(enrol)
    view.add_to_roster()
    qtbot.waitUntil(lambda: view.detail is not None and len(view.detail.roster) == 2)
    assert sorted(e.display_name for e in view.detail.roster) == ["Bongani", "Sunny"]


def test_the_sign_in_sheet_button_writes_a_pdf_with_display_names_only(
    qtbot: QtBot,
    world: dict[str, str],
    signed_in: Callable[[str, str], UnlockedVault],
    boxes: RecordingBoxes,
    tmp_path: Path,
) -> None:
    view = _view(qtbot, signed_in("fran", "fran passphrase here"), boxes)
    boxes.save_to = tmp_path / "sheet.pdf"
    answer_dialog(lambda dialog: None)
    with qtbot.waitSignal(view.sheet_written, timeout=10_000):
        view.print_sign_in_sheet()
    text = "".join(page.extract_text() for page in PdfReader(boxes.save_to).pages)
    for name in ("Amara", "Bongani", "Carmen", "Dmitri", "Thursday Circle", "fran"):
        assert name in text
    assert "Legal" not in text and "Surname" not in text and "555" not in text
    assert boxes.shown[-1][0] == "info" and "shred" in boxes.shown[-1][2]


def test_today_opens_the_group_in_the_groups_area(
    qtbot: QtBot,
    world: dict[str, str],
    signed_in: Callable[[str, str], UnlockedVault],
    boxes: RecordingBoxes,
) -> None:
    unlocked = signed_in(USER, PASSPHRASE)
    settings = SettingsService(unlocked).load()
    window = MainWindow(unlocked, TaskRunner(), boxes, settings, today=_today)
    qtbot.addWidget(window)
    window.show()
    window.today_view.group_opened.emit(world["circle"])
    assert window.stack.currentWidget() is window.groups_view
    qtbot.waitUntil(
        lambda: (
            window.groups_view.detail is not None
            and window.groups_view.detail.group.id == world["circle"]
        )
    )
    window.close_everything()


def test_group_table_passes_qt_model_checks(
    qtbot: QtBot,
    world: dict[str, str],
    signed_in: Callable[[str, str], UnlockedVault],
    boxes: RecordingBoxes,
    qtmodeltester: ModelTester,
) -> None:
    view = _view(qtbot, signed_in(USER, PASSPHRASE), boxes)
    for model in (view.group_model, view.roster_model, view.session_model, view.history_model):
        qtmodeltester.check(model)
    view.group_model.sort(6, Qt.SortOrder.DescendingOrder)
    assert [g.name for g in view.group_model.rows()] == ["Thursday Circle", "Art Group"]


def test_ctrl_t_works_right_after_choosing_groups_in_the_sidebar(
    qtbot: QtBot,
    world: dict[str, str],
    signed_in: Callable[[str, str], UnlockedVault],
    boxes: RecordingBoxes,
) -> None:
    fran = signed_in("fran", "fran passphrase here")
    window = MainWindow(fran, TaskRunner(), boxes, SettingsService(fran).load(), today=_today)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    window.show_area("Groups")
    qtbot.waitUntil(lambda: window.groups_view.detail is not None)
    window.sidebar.setFocus()
    qtbot.waitUntil(lambda: window.sidebar.hasFocus())
    qtbot.keyClick(window.sidebar, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert len(window.attendance_windows) == 1
    window.close_everything()
