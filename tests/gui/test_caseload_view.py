"""The caseload as a peer and a coordinator meet it: live search, filters, sorting,
opening a participant from the keyboard, reassigning, and a facilitator who has no
caseload. The table model is checked with Qt's model tester."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from peerdesk.db.models import AuditEvent, ParticipantStatus
from peerdesk.errors import DamagedVault, PermissionDenied
from peerdesk.services.caseload import CaseloadRow, CaseloadService
from peerdesk.services.demo import DEMO_PASSPHRASE, build_demo_vault
from peerdesk.tasks.runner import TaskRunner
from peerdesk.ui.caseload_table_model import (
    COL_AT_RISK,
    COL_HOPE,
    COL_NAME,
    COL_PEER,
    COLUMN_COUNT,
    CaseloadTableModel,
    ParticipantIdRole,
    RowRole,
    SortKeyRole,
    fold,
)
from peerdesk.ui.caseload_view import CaseloadView
from peerdesk.vault.vault import UnlockedVault, Vault
from tests.gui.conftest import RecordingBoxes

TODAY = date(2026, 11, 20)
PEERS = ("sam", "alex", "jo")


# --- rows made up for the model alone ----------------------------------------------------


def make_rows(count: int) -> list[CaseloadRow]:
    """Varied rows, with every optional field missing somewhere."""
    names = ["Maya B.", "José Á.", "Keisha D.", "Omar H.", "Lena C.", "Quinn R.", "An N."]
    statuses = list(ParticipantStatus)
    tags = [(), ("parent",), ("veteran", "parent"), ("student",)]
    rows = []
    for i in range(count):
        at_risk = i % 4 == 0
        rows.append(
            CaseloadRow(
                participant_id=f"id-{i}",
                display_name=f"{names[i % len(names)]} {i}",
                status=statuses[i % len(statuses)],
                assigned_peer=[*PEERS, None][i % 4],
                last_contact=None if i % 5 == 0 else TODAY - timedelta(days=i % 40),
                next_follow_up=None if i % 3 == 0 else TODAY + timedelta(days=i % 9 - 4),
                follow_ups_due=i % 2,
                at_risk=at_risk,
                at_risk_reason="Missed the last 2 group sessions in a row" if at_risk else None,
                latest_hope=None if i % 6 == 0 else i % 11,
                hope_change=None if i % 7 == 0 else i % 5 - 2,
                tags=tags[i % len(tags)],
            )
        )
    return rows


def column_keys(model: CaseloadTableModel, column: int) -> list[Any]:
    return [model.index(r, column).data(SortKeyRole) for r in range(model.rowCount())]


def shown_rows(model: CaseloadTableModel) -> list[CaseloadRow]:
    return [model.index(r, 0).data(RowRole) for r in range(model.rowCount())]


def assert_sorted_with_blanks_last(keys: list[Any], descending: bool) -> None:
    present = [k for k in keys if k is not None]
    assert keys == present + [None] * (len(keys) - len(present))
    assert present == sorted(present, reverse=descending)


def test_model_passes_the_model_tester_loaded_filtered_and_sorted(
    qtmodeltester: ModelTester,
) -> None:
    model = CaseloadTableModel()
    qtmodeltester.check(model)
    model.set_rows(make_rows(40))
    qtmodeltester.check(model)
    model.apply(search="a", status={ParticipantStatus.ACTIVE})
    qtmodeltester.check(model)
    for column in range(COLUMN_COUNT):
        model.sort(column, Qt.SortOrder.DescendingOrder)
        qtmodeltester.check(model)
    model.apply(search="nobody has this name")
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)


@pytest.mark.parametrize("column", range(COLUMN_COUNT))
def test_every_column_sorts_both_ways_with_blanks_last(column: int) -> None:
    model = CaseloadTableModel()
    model.set_rows(make_rows(60))
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model.sort(column, order)
        assert model.rowCount() == 60
        assert_sorted_with_blanks_last(
            column_keys(model, column), order == Qt.SortOrder.DescendingOrder
        )


def test_sorting_keeps_the_current_and_selected_rows_on_the_same_people() -> None:
    model = CaseloadTableModel()
    model.set_rows(make_rows(30))
    selection = QItemSelectionModel(model)
    selection.setCurrentIndex(
        model.index(5, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    chosen = model.index(5, 0).data(ParticipantIdRole)
    model.sort(COL_HOPE, Qt.SortOrder.DescendingOrder)
    assert selection.currentIndex().data(ParticipantIdRole) == chosen
    assert [i.data(ParticipantIdRole) for i in selection.selectedRows()] == [chosen]


def test_filters_combine_and_search_ignores_case_and_accents() -> None:
    model = CaseloadTableModel()
    rows = make_rows(80)
    model.set_rows(rows)
    assert model.rowCount() == 80

    model.apply(search="JOSE")
    assert model.rowCount() > 0
    assert all(r.display_name.startswith("José") for r in shown_rows(model))
    model.apply(search="maya 1")  # every word must appear
    assert {r.display_name for r in shown_rows(model)} == {
        r.display_name for r in rows if r.display_name.startswith("Maya") and "1" in r.display_name
    }

    model.apply(status={ParticipantStatus.PAUSED})
    assert {r.status for r in shown_rows(model)} == {ParticipantStatus.PAUSED}
    model.apply(peer="jo")
    assert {r.assigned_peer for r in shown_rows(model)} == {"jo"}
    model.apply(peer="")  # nobody assigned
    assert {r.assigned_peer for r in shown_rows(model)} == {None}
    model.apply(at_risk_only=True)
    assert model.rowCount() == sum(r.at_risk for r in rows)
    model.apply(tag="parent")
    assert model.rowCount() == sum("parent" in r.tags for r in rows)
    model.apply(search="keisha", peer="sam", at_risk_only=True, tag="parent")
    expected = [
        r
        for r in rows
        if "keisha" in r.display_name.lower()
        and r.assigned_peer == "sam"
        and r.at_risk
        and "parent" in r.tags
    ]
    assert shown_rows(model) == sorted(expected, key=lambda r: r.display_name.casefold())
    model.apply()
    assert model.rowCount() == 80


def test_typing_deleting_and_pasting_always_find_the_same_as_a_fresh_search() -> None:
    model = CaseloadTableModel()
    rows = make_rows(120)
    model.set_rows(rows)
    for typed in ("m", "ma", "may", "ma", "m", "", "a", "an", "a", "josé 1", "maya 1", "maya 1x"):
        model.apply(search=typed)
        words = fold(typed).split()
        expected = sorted(
            (r for r in rows if all(w in fold(r.display_name) for w in words)),
            key=lambda r: r.display_name.casefold(),
        )
        assert shown_rows(model) == expected, typed


def test_cells_say_things_in_words_not_colour_alone(qapp: QApplication) -> None:
    model = CaseloadTableModel()
    row = make_rows(1)[0]
    rising = replace(
        row,
        latest_hope=7,
        hope_change=3,
        at_risk=True,
        at_risk_reason="Missed the last 2 group sessions in a row",
    )
    falling = replace(
        row, display_name="Zed", latest_hope=4, hope_change=-2, at_risk=False, at_risk_reason=None
    )
    model.set_rows([rising, falling])
    risk = model.index(0, COL_AT_RISK)
    assert risk.data() == "At risk: Missed the last 2 group sessions in a row"
    assert isinstance(risk.data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert "Missed the last 2" in risk.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, COL_AT_RISK).data(Qt.ItemDataRole.AccessibleTextRole) == "Not at risk"
    assert model.index(0, COL_HOPE).data() == "7 ▲ +3"
    assert model.index(1, COL_HOPE).data() == "4 ▼ \u22122"
    spoken = model.index(0, COL_HOPE).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "Hope 7 out of 10, up 3 since the rating before"
    assert model.headerData(COL_NAME, Qt.Orientation.Horizontal) == "Name"


# --- the view, on a demo vault -------------------------------------------------------------


@pytest.fixture(scope="module")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("caseload-demo") / "vault"
    build_demo_vault(folder, participants=60, today=TODAY)
    return folder


@pytest.fixture
def sign_in(_demo_template: Path, tmp_path: Path) -> Iterator[Callable[[str], UnlockedVault]]:
    """Sign in to a fresh copy of the demo vault as demo (coordinator), sam, alex or jo
    (peers) or rae (facilitator)."""
    folder = tmp_path / "vault"
    shutil.copytree(_demo_template, folder)
    opened: list[UnlockedVault] = []

    def as_(name: str) -> UnlockedVault:
        unlocked = Vault(folder).unlock(name, DEMO_PASSPHRASE)
        opened.append(unlocked)
        return unlocked

    yield as_
    for unlocked in opened:
        unlocked.lock()


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait_for_done()


def open_view(
    qtbot: QtBot, vault: UnlockedVault, tasks: TaskRunner, boxes: RecordingBoxes
) -> CaseloadView:
    view = CaseloadView(vault, tasks, boxes, lambda: TODAY)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=10_000)
    return view


def test_coordinator_sees_everyone_and_the_model_passes_the_tester(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    sign_in: Callable[[str], UnlockedVault],
    tasks: TaskRunner,
    boxes: RecordingBoxes,
) -> None:
    view = open_view(qtbot, sign_in("demo"), tasks, boxes)
    assert view.model.rowCount() == 60
    assert view.count_label.text() == "Showing 60 of 60"
    assert not boxes.shown
    qtmodeltester.check(view.model)
    qtbot.keyClicks(view.search, "a")
    qtmodeltester.check(view.model)
    view.table.sortByColumn(COL_AT_RISK, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(view.model)


def test_search_narrows_the_rows_as_each_letter_is_typed(
    qtbot: QtBot, sign_in: Callable[[str], UnlockedVault], tasks: TaskRunner, boxes: RecordingBoxes
) -> None:
    view = open_view(qtbot, sign_in("demo"), tasks, boxes)
    name = view.model.index(7, COL_NAME).data()
    first_name = name.split()[0]
    counts = [view.model.rowCount()]
    for typed in range(1, len(first_name) + 1):
        qtbot.keyClicks(view.search, first_name[typed - 1])
        counts.append(view.model.rowCount())
        shown = [view.model.index(r, COL_NAME).data() for r in range(view.model.rowCount())]
        assert all(first_name[:typed].lower() in s.lower() for s in shown)
    assert counts == sorted(counts, reverse=True)  # never grows while typing
    assert counts[-1] < 60
    assert name in [view.model.index(r, COL_NAME).data() for r in range(view.model.rowCount())]
    assert view.count_label.text() == f"Showing {counts[-1]} of 60"
    view.search.clear()
    assert view.model.rowCount() == 60


def test_ctrl_f_goes_to_the_search_and_enter_there_goes_to_the_results(
    qtbot: QtBot, sign_in: Callable[[str], UnlockedVault], tasks: TaskRunner, boxes: RecordingBoxes
) -> None:
    view = open_view(qtbot, sign_in("demo"), tasks, boxes)
    view.activateWindow()
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(view.search.hasFocus)
    name = view.model.index(0, COL_NAME).data()
    qtbot.keyClicks(view.search, name)
    with qtbot.waitSignal(view.participant_opened) as opened:
        qtbot.keyClick(view.search, Qt.Key.Key_Return)  # to the table
        qtbot.keyClick(view.table, Qt.Key.Key_Return)  # opens
    assert opened.args == [view.model.index(0, COL_NAME).data(ParticipantIdRole)]


def test_every_control_has_a_name_and_tab_goes_through_them_in_reading_order(
    qtbot: QtBot, sign_in: Callable[[str], UnlockedVault], tasks: TaskRunner, boxes: RecordingBoxes
) -> None:
    view = open_view(qtbot, sign_in("demo"), tasks, boxes)
    focusable = [
        w
        for w in view.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisibleTo(view)
    ]
    assert view.table in focusable
    assert all(w.accessibleName() for w in focusable), [type(w) for w in focusable]
    expected = [
        view.search,
        view.status_filter,
        view.peer_filter,
        view.tag_filter,
        view.at_risk_only,
        view.table,
        view.reassign_button,
    ]
    view.table.selectRow(0)  # so that the button can take focus
    view.activateWindow()
    view.search.setFocus()
    qtbot.waitUntil(view.search.hasFocus)
    reached = [QApplication.focusWidget()]
    for _ in expected[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == expected


def test_each_filter_shows_only_what_it_says(
    qtbot: QtBot, sign_in: Callable[[str], UnlockedVault], tasks: TaskRunner, boxes: RecordingBoxes
) -> None:
    view = open_view(qtbot, sign_in("demo"), tasks, boxes)
    everyone = shown_rows(view.model)

    view.status_filter.setCurrentIndex(view.status_filter.findText("Discharged"))
    shown = shown_rows(view.model)
    assert shown and len(shown) < 60
    assert {r.status for r in shown} == {ParticipantStatus.DISCHARGED}
    assert view.count_label.text() == f"Showing {len(shown)} of 60"
    view.status_filter.setCurrentIndex(0)

    view.peer_filter.setCurrentIndex(view.peer_filter.findText("sam"))
    shown = shown_rows(view.model)
    assert len(shown) == sum(r.assigned_peer == "sam" for r in everyone) > 0
    assert {r.assigned_peer for r in shown} == {"sam"}
    view.peer_filter.setCurrentIndex(0)

    qtbot.mouseClick(view.at_risk_only, Qt.MouseButton.LeftButton)
    shown = shown_rows(view.model)
    assert len(shown) == sum(r.at_risk for r in everyone) > 0
    assert all(r.at_risk for r in shown)
    view.at_risk_only.setChecked(False)

    tag = view.tag_filter.itemText(1)
    view.tag_filter.setCurrentIndex(1)
    shown = shown_rows(view.model)
    assert len(shown) == sum(tag in r.tags for r in everyone) > 0
    view.tag_filter.setCurrentIndex(0)
    assert view.model.rowCount() == 60


@pytest.mark.parametrize("column", range(COLUMN_COUNT))
def test_clicking_a_column_title_sorts_by_it_and_again_reverses(
    qtbot: QtBot,
    sign_in: Callable[[str], UnlockedVault],
    tasks: TaskRunner,
    boxes: RecordingBoxes,
    column: int,
) -> None:
    view = open_view(qtbot, sign_in("demo"), tasks, boxes)
    header = view.table.horizontalHeader()
    where = QPoint(header.sectionViewportPosition(column) + 10, header.height() // 2)
    orders = []
    for _ in range(2):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
        assert header.sortIndicatorSection() == column
        orders.append(header.sortIndicatorOrder())
        assert_sorted_with_blanks_last(
            column_keys(view.model, column), orders[-1] == Qt.SortOrder.DescendingOrder
        )
    assert set(orders) == {Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder}


def test_enter_and_double_click_open_the_participant_on_that_row(
    qtbot: QtBot, sign_in: Callable[[str], UnlockedVault], tasks: TaskRunner, boxes: RecordingBoxes
) -> None:
    view = open_view(qtbot, sign_in("demo"), tasks, boxes)
    view.table.sortByColumn(COL_HOPE, Qt.SortOrder.DescendingOrder)
    view.table.setFocus()
    view.table.selectRow(3)
    expected = view.model.index(3, COL_NAME).data(ParticipantIdRole)
    with qtbot.waitSignal(view.participant_opened) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [expected]
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    below = view.model.index(4, COL_NAME).data(ParticipantIdRole)
    with qtbot.waitSignal(view.participant_opened) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Enter)
    assert opened.args == [below]
    cell = view.table.visualRect(view.model.index(6, COL_NAME)).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    with qtbot.waitSignal(view.participant_opened) as opened:
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert opened.args == [view.model.index(6, COL_NAME).data(ParticipantIdRole)]


def test_a_peer_sees_only_their_own_caseload(
    qtbot: QtBot, sign_in: Callable[[str], UnlockedVault], tasks: TaskRunner, boxes: RecordingBoxes
) -> None:
    everyone = CaseloadService(sign_in("demo"), lambda: TODAY).rows()
    sams = {r.participant_id for r in everyone if r.assigned_peer == "sam"}
    view = open_view(qtbot, sign_in("sam"), tasks, boxes)
    assert {r.participant_id for r in shown_rows(view.model)} == sams
    assert 0 < len(sams) < 60
    assert view.count_label.text() == f"Showing {len(sams)} of {len(sams)}"
    assert view.table.isColumnHidden(COL_PEER)
    assert not view.peer_filter.isVisible()
    assert not view.reassign_button.isVisible()
    with pytest.raises(PermissionDenied):
        CaseloadService(sign_in("sam"), lambda: TODAY).reassign(list(sams)[:1], "jo")


def test_a_facilitator_cannot_open_the_caseload(
    qtbot: QtBot, sign_in: Callable[[str], UnlockedVault], tasks: TaskRunner, boxes: RecordingBoxes
) -> None:
    rae = sign_in("rae")
    with pytest.raises(PermissionDenied) as refused:
        CaseloadService(rae, lambda: TODAY).rows()
    assert "Facilitators see groups and attendance, not caseloads" in refused.value.message
    view = CaseloadView(rae, tasks, boxes, lambda: TODAY)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.show()
    assert not tasks.is_busy()  # nothing was even asked for
    assert view.notice.isVisible()
    assert view.notice.text().startswith("Facilitators work with groups, not caseloads")
    assert not view.body.isVisible()
    assert view.model.rowCount() == 0
    assert not boxes.shown


def test_a_coordinator_moves_a_participant_to_another_peer(
    qtbot: QtBot, sign_in: Callable[[str], UnlockedVault], tasks: TaskRunner, boxes: RecordingBoxes
) -> None:
    demo = sign_in("demo")
    view = open_view(qtbot, demo, tasks, boxes)
    view.peer_filter.setCurrentIndex(view.peer_filter.findText("sam"))
    sams_before = view.model.rowCount()
    view.table.selectRow(0)
    moving = view.model.index(0, COL_NAME).data(ParticipantIdRole)
    assert view.reassign_button.isEnabled()
    qtbot.mouseClick(view.reassign_button, Qt.MouseButton.LeftButton)
    dialog = view.reassign_dialog
    assert dialog is not None and dialog.isVisible()
    choices = [dialog.peer_list.item(i).text() for i in range(dialog.peer_list.count())]
    assert {"sam", "alex", "jo", "demo"} <= set(choices)
    assert "rae" not in choices  # facilitators have no caseload
    dialog.peer_list.setCurrentRow(choices.index("jo"))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Moved 1 participant" in view.notice.text(), timeout=10_000)
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=10_000)
    assert "jo" in view.notice.text()
    assert view.model.rowCount() == sams_before - 1  # still showing sam's, now one fewer
    after = {r.participant_id: r for r in CaseloadService(demo, lambda: TODAY).rows()}
    assert after[moving].assigned_peer == "jo"
    with demo.session() as s:
        logged = s.scalars(
            select(AuditEvent.record_id).where(AuditEvent.action == "participant_reassigned")
        ).all()
    assert logged == [moving]
    assert not boxes.shown


def test_a_failed_load_is_told_in_plain_words(
    qtbot: QtBot,
    sign_in: Callable[[str], UnlockedVault],
    tasks: TaskRunner,
    boxes: RecordingBoxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(self: CaseloadService) -> list[CaseloadRow]:
        raise DamagedVault("The vault's data is damaged. Restore a backup.")

    monkeypatch.setattr(CaseloadService, "rows", broken)
    view = open_view(qtbot, sign_in("demo"), tasks, boxes)
    assert boxes.shown == [("error", "Caseload", "The vault's data is damaged. Restore a backup.")]
    assert view.model.rowCount() == 0


def test_screenshot_of_the_caseload(
    qtbot: QtBot,
    sign_in: Callable[[str], UnlockedVault],
    tasks: TaskRunner,
    boxes: RecordingBoxes,
    screenshot_dir: Path,
) -> None:
    view = open_view(qtbot, sign_in("demo"), tasks, boxes)
    view.table.selectRow(2)
    view.grab().save(str(screenshot_dir / "caseload.png"))
    assert (screenshot_dir / "caseload.png").stat().st_size > 10_000
