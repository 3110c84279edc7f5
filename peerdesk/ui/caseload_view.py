"""The caseload: who is in it, who needs a call, who is drifting away.

Rows load on the task runner (the query and the preparing for search and sort), then
searching, filtering and sorting happen in the table model in Python, as you type.
Coordinators see every caseload and can move participants between peers; facilitators
have no caseload and see a sentence saying so, never data.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.db.models import ParticipantStatus, Role
from peerdesk.errors import KnownError
from peerdesk.services.caseload import CaseloadService
from peerdesk.tasks.runner import TaskRunner
from peerdesk.ui.caseload_table_model import (
    COL_HOPE,
    COL_LAST_CONTACT,
    COL_NAME,
    COL_NEXT_FOLLOW_UP,
    COL_PEER,
    COL_STATUS,
    CaseloadTableModel,
    ParticipantIdRole,
    PreparedCaseload,
    prepare_caseload,
)
from peerdesk.ui.message_boxes import MessageBoxes
from peerdesk.vault.vault import UnlockedVault

COLUMN_WIDTHS = {
    COL_NAME: 190,
    COL_STATUS: 100,
    COL_PEER: 110,
    COL_LAST_CONTACT: 120,
    COL_NEXT_FOLLOW_UP: 150,
    COL_HOPE: 100,
}
_OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ReassignDialog(QDialog):
    """Choose the peer who takes over the selected participants."""

    def __init__(self, peers: list[str], count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reassign participants"))
        self.setAccessibleName(self.tr("Reassign participants"))
        question = QLabel(
            self.tr("Move the %n selected participant(s) to the caseload of:", "", count)
        )
        question.setWordWrap(True)
        self.peer_list = QListWidget()
        self.peer_list.setAccessibleName(self.tr("Peers who can take a caseload"))
        self.peer_list.addItems(peers)
        if peers:
            self.peer_list.setCurrentRow(0)
        question.setBuddy(self.peer_list)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Reassign"))
        ok.setEnabled(bool(peers))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.peer_list.itemActivated.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.peer_list)
        layout.addWidget(self.buttons)

    def chosen_peer(self) -> str | None:
        item = self.peer_list.currentItem()
        return item.text() if item is not None else None


class CaseloadView(QWidget):
    """The caseload table with live search, filters, sorting and (for coordinators)
    reassigning. Emits `participant_opened` with a participant's id on Enter or a
    double-click."""

    participant_opened = Signal(str)
    caseload_loaded = Signal()

    def __init__(
        self,
        vault: UnlockedVault,
        tasks: TaskRunner,
        boxes: MessageBoxes,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.tasks = tasks
        self.boxes = boxes
        self.today = today
        role = vault.user.role if vault.user is not None else None
        self.has_caseload = role in (Role.PEER, Role.COORDINATOR)
        self.is_coordinator = role is Role.COORDINATOR
        self._loads_running = 0
        self._all_peers: list[str] = []
        self.reassign_dialog: ReassignDialog | None = None
        self.setAccessibleName(self.tr("Caseload"))

        if self.is_coordinator:
            heading = QLabel(self.tr("<h2>All caseloads</h2>"))
        elif self.has_caseload:
            heading = QLabel(self.tr("<h2>My caseload</h2>"))
        else:
            heading = QLabel(self.tr("<h2>Caseload</h2>"))
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Caseload message"))
        self.notice.setVisible(False)

        self.model = CaseloadTableModel(self)
        self.body = QWidget()
        self._build_body()

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.notice)
        layout.addWidget(self.body, stretch=1)
        if not self.has_caseload:
            self.body.setVisible(False)
            layout.addStretch()
            self._say(
                self.tr(
                    "Facilitators work with groups, not caseloads, so there is no caseload "
                    "to show here. Your groups, rosters and attendance are under Groups."
                )
            )
            return
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WindowShortcut)  # right after Ctrl+2 too
        find.activated.connect(self.focus_search)
        self.refresh()

    def _build_body(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name…"))
        self.search.setAccessibleName(self.tr("Search by name"))
        self.search.setAccessibleDescription(self.tr("The table narrows as you type."))
        self.search.setClearButtonEnabled(True)
        for clear in self.search.findChildren(QToolButton):  # Qt's own clear button
            clear.setAccessibleName(self.tr("Clear the search"))
        self.search.setToolTip(self.tr("Search by name (Ctrl+F)"))
        self.search.textChanged.connect(self._apply_filters)
        self.search.returnPressed.connect(self._go_to_table)

        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        status_choices: list[tuple[str, frozenset[ParticipantStatus] | None]] = [
            (self.tr("All statuses"), None),
            (
                self.tr("Active or paused"),
                frozenset({ParticipantStatus.ACTIVE, ParticipantStatus.PAUSED}),
            ),
            (self.tr("Active"), frozenset({ParticipantStatus.ACTIVE})),
            (self.tr("Paused"), frozenset({ParticipantStatus.PAUSED})),
            (self.tr("Disengaged"), frozenset({ParticipantStatus.DISENGAGED})),
            (self.tr("Discharged"), frozenset({ParticipantStatus.DISCHARGED})),
        ]
        for text, statuses in status_choices:
            self.status_filter.addItem(text, statuses)
        self.status_filter.currentIndexChanged.connect(self._apply_filters)

        self.peer_filter = QComboBox()
        self.peer_filter.setAccessibleName(self.tr("Peer filter"))
        self.peer_filter.setMinimumContentsLength(10)
        self.peer_filter.currentIndexChanged.connect(self._apply_filters)
        self._fill_peer_filter([])

        self.at_risk_only = QCheckBox(self.tr("At &risk only"))
        self.at_risk_only.setAccessibleName(self.tr("At risk only"))
        self.at_risk_only.toggled.connect(self._apply_filters)

        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName(self.tr("Tag filter"))
        self.tag_filter.setMinimumContentsLength(12)
        self.tag_filter.currentIndexChanged.connect(self._apply_filters)
        self._fill_tag_filter([])

        status_label = QLabel(self.tr("&Status"))
        status_label.setBuddy(self.status_filter)
        self.peer_label = QLabel(self.tr("&Peer"))
        self.peer_label.setBuddy(self.peer_filter)
        tag_label = QLabel(self.tr("&Tag"))
        tag_label.setBuddy(self.tag_filter)
        filters = QHBoxLayout()
        filters.addWidget(self.search, stretch=1)
        filters.addSpacing(12)
        filters.addWidget(status_label)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.peer_label)
        filters.addWidget(self.peer_filter)
        filters.addWidget(tag_label)
        filters.addWidget(self.tag_filter)
        filters.addWidget(self.at_risk_only)
        self.peer_label.setVisible(self.is_coordinator)
        self.peer_filter.setVisible(self.is_coordinator)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setAccessibleDescription(
            self.tr("Enter opens the selected participant. Click a column title to sort.")
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        rows = self.table.verticalHeader()
        rows.setAccessibleName(self.tr("Row numbers"))
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setAccessibleName(self.tr("Column titles"))
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        # At least as wide as the title and a typical date or rating, in this language.
        metrics = self.table.fontMetrics()
        for column, width in COLUMN_WIDTHS.items():
            samples = self.model.sample_texts(column)
            needed = max((metrics.horizontalAdvance(text) for text in samples), default=0) + 16
            self.table.setColumnWidth(column, max(width, needed, header.sectionSizeHint(column)))
        self.table.setSortingEnabled(True)
        self.table.setColumnHidden(COL_PEER, not self.is_coordinator)
        self.table.doubleClicked.connect(self._open_index)
        self.table.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("How many participants are shown"))
        self.reassign_button = QPushButton(self.tr("Re&assign…"))
        self.reassign_button.setAccessibleName(self.tr("Reassign the selected participants"))
        self.reassign_button.setToolTip(
            self.tr("Move the selected participants to another peer's caseload")
        )
        self.reassign_button.setEnabled(False)
        self.reassign_button.setVisible(self.is_coordinator)
        self.reassign_button.clicked.connect(self.ask_reassign)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label, stretch=1)
        footer.addWidget(self.reassign_button)

        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, stretch=1)
        layout.addLayout(footer)

        order: list[QWidget] = [self.search, self.status_filter]
        if self.is_coordinator:
            order.append(self.peer_filter)
        order += [self.tag_filter, self.at_risk_only, self.table]
        if self.is_coordinator:
            order.append(self.reassign_button)
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # --- loading -------------------------------------------------------------------------

    def is_loading(self) -> bool:
        return self._loads_running > 0

    def refresh(self) -> None:
        """Load the caseload again, on the task runner."""
        if not self.has_caseload:
            return
        vault, today, coordinator = self.vault, self.today, self.is_coordinator

        def load() -> tuple[PreparedCaseload, list[str]]:
            service = CaseloadService(vault, today)
            prepared = prepare_caseload(service.rows())
            return prepared, service.peers() if coordinator else []

        self._loads_running += 1
        if self.model.total_count == 0:
            self.count_label.setText(self.tr("Loading the caseload…"))
        self.tasks.run(
            load, self._loaded, self._failed, label=self.tr("Loading the caseload…"), parent=self
        )

    def _loaded(self, result: tuple[PreparedCaseload, list[str]]) -> None:
        if not shiboken6.isValid(self):
            return  # closed (locked) while loading
        self._loads_running -= 1
        prepared, peers = result
        current = self._current_participant()
        self._all_peers = peers
        self.model.set_prepared(prepared)
        self._fill_peer_filter(sorted(set(peers) | set(prepared.peers), key=str.casefold))
        self._fill_tag_filter(prepared.tags)
        self._apply_filters()
        self._restore_current(current)
        self.caseload_loaded.emit()

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._loads_running -= 1
        if not isinstance(error, KnownError):
            raise error
        self._update_count()
        self.boxes.error(self, self.tr("Caseload"), error.message)

    # --- filtering -----------------------------------------------------------------------

    def _fill_peer_filter(self, names: list[str]) -> None:
        self._refill(
            self.peer_filter,
            [(self.tr("All peers"), None), (self.tr("Not assigned"), "")]
            + [(name, name) for name in names],
        )

    def _fill_tag_filter(self, tags: list[str]) -> None:
        self._refill(self.tag_filter, [(self.tr("All tags"), None)] + [(t, t) for t in tags])
        self.tag_filter.setEnabled(bool(tags))

    @staticmethod
    def _refill(combo: QComboBox, choices: list[tuple[str, Any]]) -> None:
        """New choices, keeping the chosen one if it is still there."""
        chosen = combo.currentData()
        combo.blockSignals(True)
        try:
            combo.clear()
            for text, value in choices:
                combo.addItem(text, value)
            found = combo.findData(chosen) if chosen is not None else -1
            combo.setCurrentIndex(max(found, 0))
        finally:
            combo.blockSignals(False)

    def _apply_filters(self) -> None:
        current = self._current_participant()
        self.model.apply(
            search=self.search.text(),
            status=self.status_filter.currentData(),
            peer=self.peer_filter.currentData() if self.is_coordinator else None,
            at_risk_only=self.at_risk_only.isChecked(),
            tag=self.tag_filter.currentData(),
        )
        self._restore_current(current)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count
        locale = self.locale()
        self.count_label.setText(
            self.tr("Showing {0} of {1}").format(locale.toString(shown), locale.toString(total))
        )

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _go_to_table(self) -> None:
        if self.model.rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, COL_NAME))

    # --- the current row -----------------------------------------------------------------

    def _current_participant(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ParticipantIdRole) if index.isValid() else None

    def _restore_current(self, participant_id: str | None) -> None:
        """After the rows change, keep the cursor on the same person if still shown."""
        if participant_id is None or self._current_participant() == participant_id:
            return
        row = self.model.row_of(participant_id)
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, COL_NAME),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def selected_participants(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows(COL_NAME)
        return [index.data(ParticipantIdRole) for index in rows]

    def _selection_changed(self) -> None:
        self.reassign_button.setEnabled(self.table.selectionModel().hasSelection())

    # --- opening -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in _OPEN_KEYS and self.table.currentIndex().isValid():
                self._open_index(self.table.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def _open_index(self, index: QModelIndex) -> None:
        participant_id = index.data(ParticipantIdRole)
        if participant_id:
            self.participant_opened.emit(participant_id)

    # --- reassigning ---------------------------------------------------------------------

    def ask_reassign(self) -> None:
        """Ask which peer takes over the selected participants (a coordinator's job)."""
        chosen = self.selected_participants()
        if not self.is_coordinator or not chosen:
            return
        dialog = ReassignDialog(self._all_peers, len(chosen), self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._reassign(chosen, dialog.chosen_peer()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(self._forget_dialog)
        self.reassign_dialog = dialog
        dialog.open()

    def _forget_dialog(self) -> None:
        self.reassign_dialog = None

    def _reassign(self, participant_ids: list[str], peer: str | None) -> None:
        if not peer:
            return
        vault, today = self.vault, self.today
        self.tasks.run(
            lambda: CaseloadService(vault, today).reassign(participant_ids, peer),
            lambda moved: self._reassigned(moved, peer),
            self._failed_change,
            label=self.tr("Reassigning…"),
            parent=self,
        )

    def _reassigned(self, moved: int, peer: str) -> None:
        if not shiboken6.isValid(self):
            return
        self._say(self.tr("Moved %n participant(s) to {0}'s caseload.", "", moved).format(peer))
        self.refresh()

    def _failed_change(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        if not isinstance(error, KnownError):
            raise error
        self.boxes.error(self, self.tr("Caseload"), error.message)

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
