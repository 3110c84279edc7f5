"""Taking attendance for one group session, live or from a signed paper sheet.

The quickest known pattern: everyone starts unmarked, "Mark all present", then change
the exceptions. P, L, E and A mark the selected person present, late, excused or absent
and move down; typing a name jumps to it; Ctrl+Z undoes the last change. Every mark is
written to the vault as the key is pressed, on the GUI thread on purpose: a mark is one
small transaction (milliseconds, see benchmarks/attendance.py), and this way it is saved
before anything else can happen, a lock or a closed lid included. Topic and notes are
saved as they are typed, after a pause, and when the window closes.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.db.models import AttendanceMark
from peerdesk.errors import KnownError
from peerdesk.i18n import long_date, short_date
from peerdesk.services.groups import GroupService, RosterEntry, SessionSheet
from peerdesk.ui.attendance_table_model import COL_MARK, COL_NAME, AttendanceTableModel
from peerdesk.ui.message_boxes import MessageBoxes
from peerdesk.vault.vault import UnlockedVault

MARK_KEYS = {
    Qt.Key.Key_P: AttendanceMark.PRESENT,
    Qt.Key.Key_L: AttendanceMark.LATE,
    Qt.Key.Key_E: AttendanceMark.EXCUSED,
    Qt.Key.Key_A: AttendanceMark.ABSENT,
}
_CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
_BACK_TO_TABLE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down, Qt.Key.Key_Escape)
NOTES_SAVE_DELAY_MS = 1500

# One change the user made, to undo: each affected person's mark before it.
Change = dict[str, AttendanceMark | None]


class AttendanceWindow(QWidget):
    """Emits `marks_saved` with the group's id whenever marks change in the vault."""

    marks_saved = Signal(str)

    def __init__(
        self,
        vault: UnlockedVault,
        boxes: MessageBoxes,
        session_id: str,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.groups = GroupService(vault, today)
        self.boxes = boxes
        self.today = today
        self.session_id = session_id
        self.undo_stack: list[Change] = []
        self.model = AttendanceTableModel(self)
        self._saved_text: tuple[str | None, str | None] = (None, None)
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_SAVE_DELAY_MS)
        self._notes_timer.timeout.connect(self.save_text)
        self._build()
        sheet = self.groups.sheet(session_id)
        self.group_id = sheet.group_id
        self._show_sheet(sheet)
        self.resize(820, 680)

    # --- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.facilitators = QLabel()
        self.facilitators.setWordWrap(True)
        self.past_notice = QLabel()
        self.past_notice.setWordWrap(True)
        self.past_notice.setAccessibleName(self.tr("Entering a past session"))

        # A shortcut of its own rather than an "&" mnemonic: mnemonics don't fire on
        # every platform plugin (offscreen, for one), and this key must always work.
        self.mark_all = QPushButton(self.tr("Mark all present (Alt+P)"))
        self.mark_all.setToolTip(self.tr("Everyone not yet marked becomes present (Alt+P)"))
        self.mark_all.clicked.connect(self.mark_all_present)
        self.undo_button = QPushButton(self.tr("Undo last mark (Ctrl+Z)"))
        self.undo_button.setToolTip(self.tr("Ctrl+Z"))
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.setEnabled(False)

        self.jump = QLineEdit()
        self.jump.setPlaceholderText(self.tr("Type a name to jump to it…"))
        self.jump.setAccessibleName(self.tr("Jump to a name"))
        self.jump.setClearButtonEnabled(True)
        self.jump.textEdited.connect(self._jump_to)
        self.jump.installEventFilter(self)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Roster and marks"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(COL_MARK, 130)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(
            lambda index: self._set(index.row(), _next(self, index.row()))
        )

        self.walk_in = QLineEdit()
        self.walk_in.setPlaceholderText(self.tr("Someone not on the list? Type their name"))
        self.walk_in.setAccessibleName(self.tr("Walk-in's name"))
        self.walk_in.returnPressed.connect(self.add_walk_in)
        add_walk_in = QPushButton(self.tr("Add &walk-in"))
        add_walk_in.clicked.connect(self.add_walk_in)

        self.keys_hint = QLabel(
            self.tr(
                "<b>P</b> present · <b>L</b> late · <b>E</b> excused · <b>A</b> absent · "
                "<b>Delete</b> clears · type a name to jump to it (press <b>/</b> first "
                "for names starting with P, L, E or A) · <b>Ctrl+N</b> adds a walk-in"
            )
        )
        self.keys_hint.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.counts.setAccessibleName(self.tr("How many are marked"))

        self.topic = QLineEdit()
        self.topic.setAccessibleName(self.tr("Topic"))
        self.topic.textEdited.connect(lambda _t: self._notes_timer.start())
        self.topic.editingFinished.connect(self.save_text)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Facilitator notes"))
        self.notes.setPlaceholderText(
            self.tr("How the group went, what to follow up. Please leave out names.")
        )
        self.notes.setTabChangesFocus(True)
        self.notes.textChanged.connect(self._notes_timer.start)
        self.notes.installEventFilter(self)
        self.text_state = QLabel()
        self.text_state.setAccessibleName(self.tr("Notes saved"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.mark_all)
        buttons.addWidget(self.undo_button)
        buttons.addStretch()
        walk_in_row = QHBoxLayout()
        walk_in_row.addWidget(self.walk_in, stretch=1)
        walk_in_row.addWidget(add_walk_in)

        left = QVBoxLayout()
        left.addLayout(buttons)
        left.addWidget(self.jump)
        left.addWidget(self.table, stretch=1)
        left.addLayout(walk_in_row)
        left.addWidget(self.counts)

        form = QFormLayout()
        topic_label = QLabel(self.tr("&Topic"))
        topic_label.setBuddy(self.topic)
        form.addRow(topic_label, self.topic)
        notes_label = QLabel(self.tr("N&otes"))
        notes_label.setBuddy(self.notes)
        form.addRow(notes_label, self.notes)
        right = QVBoxLayout()
        right.addLayout(form, stretch=1)
        right.addWidget(self.text_state)

        columns = QHBoxLayout()
        columns.addLayout(left, stretch=3)
        columns.addLayout(right, stretch=2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.facilitators)
        layout.addWidget(self.past_notice)
        layout.addLayout(columns, stretch=1)
        layout.addWidget(self.keys_hint)

        for keys, slot in (
            (QKeySequence.StandardKey.Undo, self.undo),
            (QKeySequence("Alt+P"), self.mark_all_present),
            (QKeySequence("Ctrl+N"), self._focus_walk_in),
            (QKeySequence("Ctrl+F"), self._focus_jump),
            (QKeySequence("Ctrl+W"), self.close),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.activated.connect(slot)

    def _show_sheet(self, sheet: SessionSheet) -> None:
        self.setWindowTitle(
            self.tr("Attendance — {0} — {1}").format(sheet.group_name, short_date(sheet.held_on))
        )
        self.heading.setText(
            f"<h2>{html.escape(sheet.group_name)}</h2>{html.escape(long_date(sheet.held_on))}"
        )
        self.facilitators.setText(
            self.tr("Facilitators: {0}").format(", ".join(sheet.facilitators_present))
        )
        past = sheet.held_on < self.today()
        self.past_notice.setVisible(past)
        self.past_notice.setText(
            self.tr("This session was on {0}. Enter the marks from the signed sheet.").format(
                long_date(sheet.held_on)
            )
        )
        self.held_on = sheet.held_on
        self.model.set_people(sheet.people, sheet.marks)
        self.topic.setText(sheet.topic or "")
        self.notes.setPlainText(sheet.notes or "")
        self._notes_timer.stop()
        self._saved_text = (sheet.topic, sheet.notes)
        self.text_state.setText("")
        self._update_counts()
        if self.model.rowCount():
            self._select(0)
        self.table.setFocus()

    # --- keys ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.table:
                return self._table_key(event)
            if watched is self.jump and event.key() in _BACK_TO_TABLE_KEYS:
                self.jump.clear()  # the next name typed starts afresh
                self.table.setFocus()
                return True
        if event.type() == QEvent.Type.FocusOut and watched is self.notes:
            self.save_text()
        return super().eventFilter(watched, event)

    def _table_key(self, event: QKeyEvent) -> bool:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        row = self.table.currentIndex().row()
        if plain and event.key() in MARK_KEYS and row >= 0:
            self._set(row, MARK_KEYS[Qt.Key(event.key())])
            if row + 1 < self.model.rowCount():
                self._select(row + 1)
            return True
        if plain and event.key() in _CLEAR_KEYS and row >= 0:
            self._set(row, None)
            return True
        if plain and event.key() == Qt.Key.Key_Slash:
            self._focus_jump()
            return True
        text = event.text()
        if plain and text and text.isprintable() and not text.isspace():
            self.jump.setFocus()
            self.jump.setText(text)
            self._jump_to(text)
            return True
        return False

    def _focus_jump(self) -> None:
        self.jump.clear()
        self.jump.setFocus()

    def _focus_walk_in(self) -> None:
        self.walk_in.setFocus()
        self.walk_in.selectAll()

    def _jump_to(self, typed: str) -> None:
        row = self.model.find(typed)
        if row is not None:
            self._select(row)

    def _select(self, row: int) -> None:
        index = self.model.index(row, COL_NAME)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    # --- marking -------------------------------------------------------------------------

    def _set(self, row: int, mark: AttendanceMark | None) -> None:
        pid = self.model.person(row).participant_id
        if self.model.mark(row) == mark:
            return
        self._save({pid: mark})

    def mark_all_present(self) -> None:
        unmarked = self.model.unmarked()
        if unmarked:
            self._save(dict.fromkeys(unmarked, AttendanceMark.PRESENT))
        self.table.setFocus()

    def _save(self, marks: dict[str, AttendanceMark | None], *, undoing: bool = False) -> bool:
        try:
            before = self.groups.set_marks(self.session_id, marks)
        except KnownError as error:
            self.boxes.error(self, self.tr("Attendance"), error.message)
            self.reload_marks()
            return False
        for pid, mark in marks.items():
            row = self.model.row_of(pid)
            if row is not None:
                self.model.set_mark(row, mark)
        if not undoing:
            self.undo_stack.append(before)
        self.undo_button.setEnabled(bool(self.undo_stack))
        self._update_counts()
        self.marks_saved.emit(self.group_id)
        return True

    def undo(self) -> None:
        if not self.undo_stack:
            return
        change = self.undo_stack.pop()
        if self._save(change, undoing=True):
            row = self.model.row_of(next(iter(change)))
            if row is not None and len(change) == 1:
                self._select(row)
        self.undo_button.setEnabled(bool(self.undo_stack))

    def add_walk_in(self) -> None:
        name = self.walk_in.text().strip()
        if not name:
            self.walk_in.setFocus()
            return
        try:
            pid = self.groups.add_walk_in(
                self.group_id,
                name,
                self.held_on,
                session_id=self.session_id,
                mark=AttendanceMark.PRESENT,
            )
        except KnownError as error:
            self.boxes.error(self, self.tr("Walk-in"), error.message)
            return
        row = self.model.add_person(
            RosterEntry(pid, name, self.held_on, None), AttendanceMark.PRESENT
        )
        self.undo_stack.append({pid: None})
        self.undo_button.setEnabled(True)
        self.walk_in.clear()
        self._select(row)
        self.table.setFocus()
        self._update_counts()
        self.marks_saved.emit(self.group_id)

    def reload_marks(self) -> None:
        """Show the marks as saved: another facilitator may have marked people too."""
        try:
            sheet = self.groups.sheet(self.session_id)
        except KnownError:
            return
        known = {self.model.person(r).participant_id for r in range(self.model.rowCount())}
        for person in sheet.people:
            if person.participant_id not in known:
                self.model.add_person(person, None)
        self.model.set_marks(sheet.marks)
        self.facilitators.setText(
            self.tr("Facilitators: {0}").format(", ".join(sheet.facilitators_present))
        )
        self._update_counts()

    def _update_counts(self) -> None:
        counts = self.model.counts()
        total = self.model.rowCount()
        marked = total - counts.get(None, 0)
        parts = [
            self.tr("%n present", "", counts.get(AttendanceMark.PRESENT, 0)),
            self.tr("%n late", "", counts.get(AttendanceMark.LATE, 0)),
            self.tr("%n excused", "", counts.get(AttendanceMark.EXCUSED, 0)),
            self.tr("%n absent", "", counts.get(AttendanceMark.ABSENT, 0)),
        ]
        self.counts.setText(
            self.tr("Marked {0} of {1}: {2}. Each mark is saved as you make it.").format(
                marked, total, ", ".join(parts)
            )
        )

    # --- topic and notes -----------------------------------------------------------------

    def save_text(self) -> None:
        """Save the topic and notes if they changed; safe to call any time."""
        self._notes_timer.stop()
        typed = (self.topic.text().strip() or None, self.notes.toPlainText().strip() or None)
        if typed == self._saved_text:
            return
        try:
            self.groups.describe_session(self.session_id, topic=typed[0], notes=typed[1])
        except KnownError as error:
            self.text_state.setText(error.message)
            return
        self._saved_text = typed
        self.text_state.setText(self.tr("Topic and notes saved."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.reload_marks()
        super().changeEvent(event)

    def close_without_asking(self) -> None:
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_text()
        event.accept()


def _next(window: AttendanceWindow, row: int) -> AttendanceMark:
    """A double-click steps a mark round: present, late, excused, absent, present…"""
    order = list(MARK_KEYS.values())
    current = window.model.mark(row)
    return order[0] if current is None else order[(order.index(current) + 1) % len(order)]
