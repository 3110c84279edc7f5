"""The roster of one session with a mark per person, as the attendance window shows it."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from peerdesk.db.models import AttendanceMark
from peerdesk.i18n import QT_TRANSLATE_NOOP, translate
from peerdesk.services.groups import RosterEntry

COL_NAME = 0
COL_MARK = 1
COLUMN_COUNT = 2

ParticipantIdRole = Qt.ItemDataRole.UserRole + 1
MarkRole = Qt.ItemDataRole.UserRole + 2

# Colours a mark can be told by at a glance; the word is always there too.
MARK_COLOURS = {
    AttendanceMark.PRESENT: QColor("#d7f0dc"),
    AttendanceMark.LATE: QColor("#fdf0c8"),
    AttendanceMark.EXCUSED: QColor("#dde7f7"),
    AttendanceMark.ABSENT: QColor("#f7d9d9"),
}


# The words shown for a mark (the keys that set them stay P, L, E and A in every language).
_MARK_WORDS: dict[AttendanceMark | None, str] = {
    AttendanceMark.PRESENT: QT_TRANSLATE_NOOP("AttendanceTableModel", "Present"),
    AttendanceMark.LATE: QT_TRANSLATE_NOOP("AttendanceTableModel", "Late"),
    AttendanceMark.EXCUSED: QT_TRANSLATE_NOOP("AttendanceTableModel", "Excused"),
    AttendanceMark.ABSENT: QT_TRANSLATE_NOOP("AttendanceTableModel", "Absent"),
    None: QT_TRANSLATE_NOOP("AttendanceTableModel", "Not marked"),
}


def mark_label(mark: AttendanceMark | None) -> str:
    return translate("AttendanceTableModel", _MARK_WORDS[mark])


class AttendanceTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people: list[RosterEntry] = []
        self._marks: dict[str, AttendanceMark] = {}

    # --- data in -------------------------------------------------------------------------

    def set_people(self, people: list[RosterEntry], marks: dict[str, AttendanceMark]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self._marks = dict(marks)
        self.endResetModel()

    def set_marks(self, marks: dict[str, AttendanceMark]) -> None:
        """Take the marks as saved (after another facilitator's or an undo)."""
        self._marks = dict(marks)
        if self._people:
            self.dataChanged.emit(
                self.index(0, COL_MARK), self.index(len(self._people) - 1, COL_MARK)
            )

    def set_mark(self, row: int, mark: AttendanceMark | None) -> None:
        pid = self._people[row].participant_id
        if mark is None:
            self._marks.pop(pid, None)
        else:
            self._marks[pid] = mark
        self.dataChanged.emit(self.index(row, COL_NAME), self.index(row, COL_MARK))

    def add_person(self, entry: RosterEntry, mark: AttendanceMark | None) -> int:
        """Put a walk-in in name order; returns their row."""
        key = entry.display_name.casefold()
        row = next(
            (i for i, p in enumerate(self._people) if p.display_name.casefold() > key),
            len(self._people),
        )
        self.beginInsertRows(QModelIndex(), row, row)
        self._people.insert(row, entry)
        if mark is not None:
            self._marks[entry.participant_id] = mark
        self.endInsertRows()
        return row

    # --- data out ------------------------------------------------------------------------

    def person(self, row: int) -> RosterEntry:
        return self._people[row]

    def mark(self, row: int) -> AttendanceMark | None:
        return self._marks.get(self._people[row].participant_id)

    def row_of(self, participant_id: str) -> int | None:
        return next(
            (i for i, p in enumerate(self._people) if p.participant_id == participant_id), None
        )

    def unmarked(self) -> list[str]:
        return [p.participant_id for p in self._people if p.participant_id not in self._marks]

    def counts(self) -> dict[AttendanceMark | None, int]:
        found: dict[AttendanceMark | None, int] = {}
        for person in self._people:
            mark = self._marks.get(person.participant_id)
            found[mark] = found.get(mark, 0) + 1
        return found

    def find(self, typed: str, start: int = 0) -> int | None:
        """The first row from `start` (wrapping round) whose name starts with what was
        typed, else the first containing it."""
        wanted = typed.strip().casefold()
        if not wanted or not self._people:
            return None
        order = [(start + i) % len(self._people) for i in range(len(self._people))]
        names = [self._people[i].display_name.casefold() for i in order]
        for test in (str.startswith, str.__contains__):
            for row, name in zip(order, names, strict=True):
                words = name.split()
                if test(name, wanted) or any(test(word, wanted) for word in words):
                    return row
        return None

    # --- Qt model ------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Mark"))[section] if section < COLUMN_COUNT else None

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person = self._people[index.row()]
        mark = self._marks.get(person.participant_id)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NAME:
                return person.display_name or self.tr("(no name yet)")
            if column == COL_MARK:
                return mark_label(mark) if mark is not None else "—"
        elif role == Qt.ItemDataRole.AccessibleTextRole:
            name = person.display_name or self.tr("(no name yet)")
            return f"{name}: {mark_label(mark)}"
        elif role == Qt.ItemDataRole.BackgroundRole and mark is not None:
            return QBrush(MARK_COLOURS[mark])
        elif role == Qt.ItemDataRole.ForegroundRole and mark is not None:
            return QBrush(QColor("#1b1b1b"))  # readable on the light mark colours
        elif role == ParticipantIdRole:
            return person.participant_id
        elif role == MarkRole:
            return mark
        return None
