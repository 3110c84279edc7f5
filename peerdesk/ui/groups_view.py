"""The Groups area: the groups this person runs (all of them for a coordinator), and for
the chosen one its roster, sessions and attendance history, with the actions a
co-facilitator needs: start today's session, enter a past one from paper, print a
sign-in sheet, and change the roster.

The lists load on the task runner; taking attendance happens in an AttendanceWindow,
which the main window opens when `session_opened` is emitted."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.db.models import AttendanceMark, Role
from peerdesk.errors import KnownError
from peerdesk.i18n import day_month, long_date, short_date
from peerdesk.services.groups import (
    GroupDetail,
    GroupService,
    GroupView,
    HistoryGrid,
    HistoryRow,
    RosterEntry,
    SessionSummary,
)
from peerdesk.services.signin_sheets import SigninSheetService
from peerdesk.services.users import UserService
from peerdesk.tasks.runner import TaskRunner
from peerdesk.ui.area_view import AreaView
from peerdesk.ui.attendance_table_model import MARK_COLOURS, mark_label
from peerdesk.ui.group_dialogs import DayDialog, EnrolDialog, GroupDialog, date_edit, from_qdate
from peerdesk.ui.message_boxes import MessageBoxes
from peerdesk.ui.rows_table_model import Column, IdRole, RowsTableModel, rows_table_view
from peerdesk.vault.vault import UnlockedVault

HISTORY_WEEKS = 12
_OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_AT_RISK = QBrush(QColor("#f7d9d9"))


def _day(day: date | None) -> str:
    return short_date(day) if day else ""


def _rate(rate: float | None) -> str:
    return f"{rate:.0%}" if rate is not None else "—"


def _session_column(
    number: int, held_on: date, letters: dict[AttendanceMark, str]
) -> Column[HistoryRow]:
    """The history grid's column for one session: a letter per person."""

    def letter(row: HistoryRow) -> str:
        mark = row.marks[number]
        return letters[mark] if mark else ""

    def key(row: HistoryRow) -> str | None:
        mark = row.marks[number]
        return mark.value if mark else None

    def tip(row: HistoryRow) -> str:
        return f"{long_date(held_on)}: {mark_label(row.marks[number])}"

    def colour(row: HistoryRow) -> QBrush | None:
        mark = row.marks[number]
        return QBrush(MARK_COLOURS[mark]) if mark else None

    return Column(day_month(held_on), letter, sort_key=key, tip=tip, background=colour)


@dataclass(frozen=True)
class _Loaded:
    groups: list[GroupView]
    staff: list[str]


class GroupsView(AreaView):
    session_opened = Signal(str)  # a group session's id
    groups_loaded = Signal()
    detail_loaded = Signal()
    history_loaded = Signal()
    sheet_written = Signal(object)  # the PDF's path

    def __init__(
        self,
        vault: UnlockedVault,
        tasks: TaskRunner,
        boxes: MessageBoxes,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Groups"), vault, tasks, boxes, today, parent)
        assert vault.user is not None
        self.is_coordinator = vault.user.role is Role.COORDINATOR
        self.staff: list[str] = []
        self.detail: GroupDetail | None = None
        self._wanted_group: str | None = None
        self._build()
        self.refresh()

    # --- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        heading = QLabel(
            self.tr("<h2>All groups</h2>") if self.is_coordinator else self.tr("<h2>My groups</h2>")
        )
        self.empty_note = QLabel()
        self.empty_note.setWordWrap(True)
        self.empty_note.setVisible(False)

        self.group_model: RowsTableModel[GroupView] = RowsTableModel(
            [
                Column(self.tr("Group"), lambda g: g.name),
                Column(self.tr("Kind"), lambda g: g.kind or ""),
                Column(self.tr("Schedule"), lambda g: g.schedule or ""),
                Column(self.tr("Location"), lambda g: g.location or ""),
                Column(self.tr("Facilitators"), lambda g: ", ".join(g.facilitators)),
                Column(
                    self.tr("On roster"),
                    lambda g: str(g.roster_size),
                    sort_key=lambda g: g.roster_size,
                    align_right=True,
                ),
                Column(
                    self.tr("Attendance (last 8)"),
                    lambda g: _rate(g.attendance_rate),
                    sort_key=lambda g: g.attendance_rate,
                    align_right=True,
                    tip=lambda g: self.tr("Attended ÷ marked over the last {0} sessions").format(
                        g.recent_sessions
                    ),
                ),
            ],
            lambda g: g.id,
            self,
        )
        self.group_table = rows_table_view(self.group_model, self.tr("Groups"))
        self.group_table.selectionModel().currentRowChanged.connect(self._group_chosen)
        self.group_table.installEventFilter(self)

        top_buttons = QHBoxLayout()
        self.new_group = QPushButton(self.tr("&New group…"))
        self.new_group.clicked.connect(self.create_group)
        self.edit_group = QPushButton(self.tr("Edit &group…"))
        self.edit_group.clicked.connect(self.change_group)
        for button in (self.new_group, self.edit_group):
            button.setVisible(self.is_coordinator)
            top_buttons.addWidget(button)
        top_buttons.addStretch()

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(heading)
        top_layout.addWidget(self.empty_note)
        top_layout.addWidget(self.group_table, stretch=1)
        top_layout.addLayout(top_buttons)

        self.group_heading = QLabel()
        self.group_heading.setTextFormat(Qt.TextFormat.RichText)
        self.group_heading.setWordWrap(True)
        self.start_today = QPushButton(self.tr("&Start today's session"))
        self.start_today.setToolTip(self.tr("Take attendance for today (Ctrl+T)"))
        self.start_today.clicked.connect(self.start_todays_session)
        self.past_session = QPushButton(self.tr("Enter a p&ast session…"))
        self.past_session.setToolTip(self.tr("Type in attendance from a signed paper sheet"))
        self.past_session.clicked.connect(self.enter_past_session)
        self.sign_in_sheet = QPushButton(self.tr("Sign-in shee&t…"))
        self.sign_in_sheet.setToolTip(self.tr("A PDF to print, with the roster's names"))
        self.sign_in_sheet.clicked.connect(self.print_sign_in_sheet)
        actions = QHBoxLayout()
        for button in (self.start_today, self.past_session, self.sign_in_sheet):
            actions.addWidget(button)
        actions.addStretch()

        self.roster_model: RowsTableModel[RosterEntry] = RowsTableModel(
            [
                Column(self.tr("Name"), lambda r: r.display_name or self.tr("(no name yet)")),
                Column(
                    self.tr("On the roster since"),
                    lambda r: _day(r.enrolled_on),
                    sort_key=lambda r: r.enrolled_on,
                ),
                Column(
                    self.tr("Left on"), lambda r: _day(r.exited_on), sort_key=lambda r: r.exited_on
                ),
            ],
            lambda r: r.participant_id,
            self,
        )
        self.roster_table = rows_table_view(self.roster_model, self.tr("Roster"))
        add = QPushButton(self.tr("Add to the &roster…"))
        add.clicked.connect(self.add_to_roster)
        self.take_off = QPushButton(self.tr("Take &off the roster…"))
        self.take_off.clicked.connect(self.take_off_roster)
        roster_buttons = QHBoxLayout()
        roster_buttons.addWidget(add)
        roster_buttons.addWidget(self.take_off)
        roster_buttons.addStretch()
        roster_page = QWidget()
        roster_layout = QVBoxLayout(roster_page)
        roster_layout.addWidget(self.roster_table)
        roster_layout.addLayout(roster_buttons)

        self.session_model: RowsTableModel[SessionSummary] = RowsTableModel(
            [
                Column(self.tr("Date"), lambda s: _day(s.held_on), sort_key=lambda s: s.held_on),
                Column(self.tr("Topic"), lambda s: s.topic or ""),
                Column(
                    self.tr("Marked"),
                    lambda s: str(s.marked),
                    sort_key=lambda s: s.marked,
                    align_right=True,
                ),
                Column(
                    self.tr("Attended"),
                    lambda s: str(s.attended),
                    sort_key=lambda s: s.attended,
                    align_right=True,
                ),
            ],
            lambda s: s.id,
            self,
        )
        self.session_table = rows_table_view(self.session_model, self.tr("Sessions"))
        self.session_table.activated.connect(self._open_session_at)
        self.session_table.installEventFilter(self)
        sessions_page = QWidget()
        sessions_layout = QVBoxLayout(sessions_page)
        hint = QLabel(self.tr("Press Enter or double-click a session to see or change its marks."))
        sessions_layout.addWidget(hint)
        sessions_layout.addWidget(self.session_table)

        history_page = QWidget()
        end = self.today()
        self.history_from = date_edit(end - timedelta(weeks=HISTORY_WEEKS), None, self.tr("From"))
        self.history_to = date_edit(end, None, self.tr("To"))
        self.history_from.dateChanged.connect(lambda _d: self._load_history())
        self.history_to.dateChanged.connect(lambda _d: self._load_history())
        self.history_model: RowsTableModel[HistoryRow] = RowsTableModel(
            [], lambda r: r.participant_id, self
        )
        self.history_table = rows_table_view(self.history_model, self.tr("Attendance history"))
        self.history_table.horizontalHeader().setStretchLastSection(False)
        self.history_note = QLabel()
        self.history_note.setWordWrap(True)
        range_row = QHBoxLayout()
        from_label = QLabel(self.tr("Fro&m"))
        from_label.setBuddy(self.history_from)
        to_label = QLabel(self.tr("&To"))
        to_label.setBuddy(self.history_to)
        for label in (from_label, to_label):
            label.setMinimumWidth(label.sizeHint().width() + 6)  # never cut short
        for widget in (from_label, self.history_from, to_label, self.history_to):
            range_row.addWidget(widget)
        range_row.addStretch()
        history_layout = QVBoxLayout(history_page)
        history_layout.addLayout(range_row)
        history_layout.addWidget(self.history_table, stretch=1)
        history_layout.addWidget(self.history_note)

        self.tabs = QTabWidget()
        self.tabs.addTab(roster_page, self.tr("Roster"))
        self.tabs.addTab(sessions_page, self.tr("Sessions"))
        self.tabs.addTab(history_page, self.tr("Attendance history"))

        self.detail_box = QWidget()
        detail_layout = QVBoxLayout(self.detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.group_heading)
        detail_layout.addLayout(actions)
        detail_layout.addWidget(self.tabs, stretch=1)
        self.detail_box.setEnabled(False)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.detail_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        # Anywhere in the main window while Groups is shown (the sidebar has the focus
        # right after choosing the area).
        shortcut = QShortcut(QKeySequence("Ctrl+T"), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self._ctrl_t)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in _OPEN_KEYS
        ):
            if watched is self.group_table:
                self.start_today.setFocus()
                return True
            if watched is self.session_table:
                self._open_session_at(self.session_table.currentIndex())
                return True
        return super().eventFilter(watched, event)

    # --- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        vault, today, coordinator = self.vault, self.today, self.is_coordinator

        def load() -> _Loaded:
            groups = GroupService(vault, today).groups()
            staff = [u.name for u in UserService(vault).list_users()] if coordinator else []
            return _Loaded(groups, staff)

        self.tasks.run(
            load,
            self._groups_loaded,
            self._failed,
            label=self.tr("Loading groups…"),
            parent=self,
        )

    def _groups_loaded(self, loaded: _Loaded) -> None:
        if not self._still_here():
            return
        wanted = self._wanted_group or self.current_group_id()
        self.staff = loaded.staff
        self.group_model.set_rows(loaded.groups)
        self.group_table.resizeColumnsToContents()
        self.empty_note.setVisible(not loaded.groups)
        self.empty_note.setText(
            self.tr("There are no groups yet. Use “New group…” to add one.")
            if self.is_coordinator
            else self.tr(
                "You aren't down as a facilitator of any group yet. A coordinator can "
                "add you to a group."
            )
        )
        self.edit_group.setEnabled(bool(loaded.groups))
        ids = [g.id for g in loaded.groups]
        if ids:
            row = ids.index(wanted) if wanted in ids else 0
            self._wanted_group = None
            self.group_table.selectionModel().setCurrentIndex(
                self.group_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            if wanted in ids and row == self.group_table.currentIndex().row():
                self._load_detail(ids[row])
        else:
            self.detail = None
            self.detail_box.setEnabled(False)
        self.groups_loaded.emit()

    def current_group_id(self) -> str | None:
        index = self.group_table.currentIndex()
        return str(index.data(IdRole)) if index.isValid() else None

    def show_group(self, group_id: str) -> None:
        """Choose a group (from Today, say) once the list has loaded."""
        ids = [g.id for g in self.group_model.rows()]
        if group_id in ids:
            self.group_table.selectRow(ids.index(group_id))
        else:
            self._wanted_group = group_id
        self.group_table.setFocus()

    def _group_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._load_detail(str(current.data(IdRole)))

    def _load_detail(self, group_id: str) -> None:
        """The group's facts, roster and sessions, and its history for the dates shown,
        in one job (one trip to the worker)."""
        vault, today = self.vault, self.today
        start, end = self._history_range()

        def load() -> tuple[GroupDetail, HistoryGrid | None]:
            service = GroupService(vault, today)
            grid = service.history(group_id, start, end) if start <= end else None
            return service.detail(group_id), grid

        self.tasks.run(
            load,
            self._detail_loaded,
            self._failed,
            label=self.tr("Loading the group…"),
            parent=self,
        )

    def _history_range(self) -> tuple[date, date]:
        return from_qdate(self.history_from.date()), from_qdate(self.history_to.date())

    def _detail_loaded(self, loaded: tuple[GroupDetail, HistoryGrid | None]) -> None:
        detail, grid = loaded
        if not self._still_here() or detail.group.id != self.current_group_id():
            return
        self.detail = detail
        group = detail.group
        facts = [
            text
            for text in (group.kind, group.schedule, group.location)
            if text  # only what is known
        ]
        facilitators = ", ".join(group.facilitators) or self.tr("none yet")
        self.group_heading.setText(
            f"<h3>{html.escape(group.name)}</h3>"
            + html.escape(" · ".join(facts))
            + "<br>"
            + html.escape(self.tr("Facilitators: {0}").format(facilitators))
        )
        self.roster_model.set_rows(detail.roster)
        self.roster_table.resizeColumnsToContents()
        self.session_model.set_rows(detail.sessions)
        self.session_table.resizeColumnsToContents()
        todays = any(s.held_on == self.today() for s in detail.sessions)
        self.start_today.setText(
            self.tr("Continue today'&s session") if todays else self.tr("&Start today's session")
        )
        self.detail_box.setEnabled(True)
        if grid is None:
            self._load_history()  # says what is wrong with the dates
        else:
            self._show_history(grid)
        self.detail_loaded.emit()

    def _load_history(self) -> None:
        if self.detail is None:
            return
        start, end = self._history_range()
        vault, today, group_id = self.vault, self.today, self.detail.group.id

        def failed(error: BaseException) -> None:
            if not isinstance(error, KnownError):
                raise error
            if self._still_here():
                self.history_note.setText(error.message)

        self.tasks.run(
            lambda: GroupService(vault, today).history(group_id, start, end),
            self._show_history,
            failed,
            label=self.tr("Loading the attendance history…"),
            parent=self,
        )

    def _show_history(self, grid: HistoryGrid) -> None:
        if not self._still_here():
            return
        columns: list[Column[HistoryRow]] = [
            Column(self.tr("Name"), lambda r: r.display_name or self.tr("(no name yet)")),
            Column(self.tr("Rate"), lambda r: _rate(r.rate), sort_key=lambda r: r.rate),
            Column(
                self.tr("Missed in a row"),
                lambda r: str(r.missed_in_a_row) if r.missed_in_a_row else "",
                sort_key=lambda r: r.missed_in_a_row,
                align_right=True,
                background=lambda r: _AT_RISK if r.missing_sessions else None,
            ),
        ]
        # The letters shown in the grid (the keys in the attendance window stay P/L/E/A).
        letters = {
            AttendanceMark.PRESENT: self.tr("P", "present"),
            AttendanceMark.LATE: self.tr("L", "late"),
            AttendanceMark.EXCUSED: self.tr("E", "excused"),
            AttendanceMark.ABSENT: self.tr("A", "absent"),
        }
        columns += [
            _session_column(number, held_on, letters)
            for number, (_, held_on) in reversed(list(enumerate(grid.sessions)))
        ]  # newest first, next to the names, so the weeks that matter need no scrolling
        self.history_model.set_rows(grid.rows, columns)
        self.history_loaded.emit()
        header = self.history_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history_note.setText(
            self.tr(
                "%n session(s), newest first. P present, L late, E excused, A absent. "
                "Rate is attended ÷ "
                "marked. In red: missed as many in a row as the at-risk rule in Settings allows, "
                "so they count as at risk in Today and Caseload.",
                "",
                len(grid.sessions),
            )
        )

    # --- actions -------------------------------------------------------------------------

    def _ctrl_t(self) -> None:
        if self.isVisible():
            self.start_todays_session()

    def start_todays_session(self) -> None:
        self._open_session_on(self.today())

    def enter_past_session(self) -> None:
        if self.detail is None:
            return
        latest = max((s.held_on for s in self.detail.sessions), default=None)
        yesterday = self.today() - timedelta(days=1)
        suggested = min(latest + timedelta(weeks=1), yesterday) if latest else yesterday
        dialog = DayDialog(
            self.tr("Enter a past session"),
            self.tr("Which day was the session on the paper sheet?"),
            suggested,
            self.today(),
            parent=self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._open_session_on(dialog.day())

    def _open_session_on(self, day: date) -> None:
        if self.detail is None:
            return
        try:
            session_id = GroupService(self.vault, self.today).session_on(self.detail.group.id, day)
        except KnownError as error:
            self.boxes.error(self, self.tr("Attendance"), error.message)
            return
        self.session_opened.emit(session_id)
        self._load_detail(self.detail.group.id)

    def _open_session_at(self, index: QModelIndex) -> None:
        if index.isValid():
            self.session_opened.emit(str(index.data(IdRole)))

    def print_sign_in_sheet(self) -> None:
        if self.detail is None:
            return
        group = self.detail.group
        dialog = DayDialog(
            self.tr("Sign-in sheet"),
            self.tr("Print a sheet of the roster's names for people to sign, for the day:"),
            self.today(),
            None,
            ask_paper=True,
            parent=self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        day, paper = dialog.day(), dialog.paper_size()
        suggested = Path.home() / self.tr("Sign-in sheet {0} {1}.pdf").format(
            group.name, day.isoformat()
        )
        path = self.boxes.save_file(
            self, self.tr("Save the sign-in sheet"), suggested, self.tr("PDF files (*.pdf)")
        )
        if path is None:
            return
        vault, today, group_id = self.vault, self.today, group.id
        self.tasks.run(
            lambda: SigninSheetService(vault, today).write(group_id, day, path, paper),
            lambda _pages: self._sheet_written(path),
            self._failed,
            label=self.tr("Making the sign-in sheet…"),
            parent=self,
        )

    def _sheet_written(self, path: Path) -> None:
        if not self._still_here():
            return
        self.boxes.info(
            self,
            self.tr("Sign-in sheet"),
            self.tr(
                "Saved the sign-in sheet to {0}. It lists names: once the marks are "
                "entered, please shred it and delete the file."
            ).format(path),
        )
        self.sheet_written.emit(path)

    def create_group(self) -> None:
        dialog = GroupDialog(self.staff, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            group_id = GroupService(self.vault, self.today).create_group(
                dialog.name.text(),
                kind=dialog.kind.text(),
                schedule=dialog.schedule.text(),
                location=dialog.location.text(),
                facilitators=dialog.chosen_facilitators(),
            )
        except KnownError as error:
            self.boxes.error(self, self.tr("New group"), error.message)
            return
        self._wanted_group = group_id
        self.refresh()

    def change_group(self) -> None:
        if self.detail is None:
            return
        dialog = GroupDialog(self.staff, self.detail.group, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            GroupService(self.vault, self.today).update_group(
                self.detail.group.id,
                kind=dialog.kind.text(),
                schedule=dialog.schedule.text(),
                location=dialog.location.text(),
                facilitators=dialog.chosen_facilitators(),
            )
        except KnownError as error:
            self.boxes.error(self, self.tr("Edit group"), error.message)
            return
        self.refresh()

    def add_to_roster(self) -> None:
        if self.detail is None:
            return
        service = GroupService(self.vault, self.today)
        group_id = self.detail.group.id
        dialog = EnrolDialog(service.people_to_enrol(group_id), self.today(), parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        day = dialog.day()
        try:
            for participant_id in dialog.chosen():
                service.enrol(group_id, participant_id, day)
            if dialog.new_name.text().strip():
                service.add_walk_in(group_id, dialog.new_name.text(), min(day, self.today()))
        except KnownError as error:
            self.boxes.error(self, self.tr("Add to the roster"), error.message)
        self.refresh()

    def take_off_roster(self) -> None:
        if self.detail is None:
            return
        index = self.roster_table.currentIndex()
        if not index.isValid():
            self.boxes.info(
                self, self.tr("Roster"), self.tr("Choose the person in the roster first.")
            )
            return
        entry = self.roster_model.row(index.row())
        if not self.boxes.confirm(
            self,
            self.tr("Take off the roster"),
            self.tr(
                "Take {0} off this group's roster from today? Their past attendance stays."
            ).format(entry.display_name),
        ):
            return
        try:
            GroupService(self.vault, self.today).end_enrolment(
                self.detail.group.id, entry.participant_id, self.today()
            )
        except KnownError as error:
            self.boxes.error(self, self.tr("Roster"), error.message)
        self.refresh()
