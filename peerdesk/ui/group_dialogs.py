"""The small dialogs of the Groups area: a group's facts and facilitators, putting
people on a roster, choosing a past session's date, and a sign-in sheet's date and
paper size."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peerdesk.i18n import SPANISH, current_language
from peerdesk.services.groups import GroupView


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def date_edit(day: date, latest: date | None, name: str) -> QDateEdit:
    edit = QDateEdit(to_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    if current_language() == SPANISH:  # "24 nov 2026" and a calendar in Spanish
        edit.setLocale(QLocale("es_419"))
    edit.setAccessibleName(name)
    if latest is not None:
        edit.setMaximumDate(to_qdate(latest))
    return edit


def ok_cancel(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    """OK (named for what it does) and Cancel, wired to the dialog."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class GroupDialog(QDialog):
    """A new group, or a group's kind, schedule, location and facilitators."""

    def __init__(
        self, staff: list[str], group: GroupView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit group") if group else self.tr("New group"))
        self.name = QLineEdit(group.name if group else "")
        self.name.setAccessibleName(self.tr("Group name"))
        self.name.setReadOnly(group is not None)
        self.kind = QLineEdit(group.kind or "" if group else "")
        self.kind.setPlaceholderText(self.tr("e.g. Recovery group, Women's group"))
        self.kind.setAccessibleName(self.tr("Kind of group"))
        self.schedule = QLineEdit(group.schedule or "" if group else "")
        self.schedule.setPlaceholderText(self.tr("e.g. Thursdays 6pm"))
        self.schedule.setAccessibleName(self.tr("Schedule"))
        self.location = QLineEdit(group.location or "" if group else "")
        self.location.setAccessibleName(self.tr("Location"))
        self.facilitators = QListWidget()
        self.facilitators.setAccessibleName(self.tr("Co-facilitators"))
        chosen = set(group.facilitators) if group else set()
        for name in staff:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked)
            self.facilitators.addItem(item)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Schedule"), self.schedule)
        form.addRow(self.tr("&Location"), self.location)
        form.addRow(self.tr("&Facilitators (Space ticks)"), self.facilitators)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self, self.tr("&Save")))

    def chosen_facilitators(self) -> list[str]:
        return [
            self.facilitators.item(i).text()
            for i in range(self.facilitators.count())
            if self.facilitators.item(i).checkState() == Qt.CheckState.Checked
        ]


class EnrolDialog(QDialog):
    """Choose people to put on the roster from the given list, or type a new person's
    name (they become a participant with a display name only)."""

    def __init__(
        self, people: list[tuple[str, str]], today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add to the roster"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name…"))
        self.search.setAccessibleName(self.tr("Search people to add"))
        self.search.textChanged.connect(self._filter)
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("People who can be added"))
        self.people.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        for pid, name in people:
            item = QListWidgetItem(name or self.tr("(no name yet)"))
            item.setData(Qt.ItemDataRole.UserRole, pid)
            self.people.addItem(item)
        self.new_name = QLineEdit()
        self.new_name.setAccessibleName(self.tr("Someone new"))
        self.new_name.setPlaceholderText(self.tr("The name they go by"))
        self.enrolled_on = date_edit(today, None, self.tr("On the roster from"))
        form = QFormLayout()
        if people:
            form.addRow(self.tr("&Find"), self.search)
            form.addRow(self.tr("&People"), self.people)
        else:
            self.people.setVisible(False)
            self.search.setVisible(False)
            note = QLabel(
                self.tr(
                    "There is nobody you can add from a caseload. Type the name of someone "
                    "new; a peer can complete their record later."
                )
            )
            note.setWordWrap(True)
            form.addRow(note)
        form.addRow(self.tr("Someone &new"), self.new_name)
        form.addRow(self.tr("On the roster &from"), self.enrolled_on)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self, self.tr("&Add")))
        self.resize(420, 480)

    def _filter(self, typed: str) -> None:
        wanted = typed.strip().casefold()
        for row in range(self.people.count()):
            item = self.people.item(row)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def chosen(self) -> list[str]:
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in self.people.selectedItems()
            if not item.isHidden()
        ]

    def day(self) -> date:
        return from_qdate(self.enrolled_on.date())


class DayDialog(QDialog):
    """One date (not after `latest`), with a sentence saying what it is for, and for a
    sign-in sheet the paper size."""

    def __init__(
        self,
        title: str,
        question: str,
        day: date,
        latest: date | None,
        *,
        ask_paper: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        text = QLabel(question)
        text.setWordWrap(True)
        self.date = date_edit(day, latest, self.tr("Date"))
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
            self.paper.setCurrentIndex(1)
        form = QFormLayout()
        form.addRow(self.tr("&Date"), self.date)
        if ask_paper:
            form.addRow(self.tr("&Paper"), self.paper)
        else:
            self.paper.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self, self.tr("&OK")))

    def day(self) -> date:
        return from_qdate(self.date.date())

    def paper_size(self) -> str:
        return str(self.paper.currentData())
