"""One participant's whole record in its own window: profile, contacts, appointments and
referrals, goals, measures, consents and safety plan, and (for coordinators) its history.

Everything is read and saved through the services on the task runner, never on the GUI
thread. Nothing typed is lost without asking: closing with unsaved changes asks first,
and before a lock the app controller keeps `draft()` in the vault and gives it back with
`restore_draft()` after the person signs in again.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTime,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTimeEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peerdesk.db.models import ContactType, GoalStatus, ParticipantStatus, ReferralStatus
from peerdesk.errors import InvalidInput, KnownError
from peerdesk.i18n import QT_TRANSLATE_NOOP, translate
from peerdesk.services.access import Access
from peerdesk.services.encounters import ContactView, EncounterService
from peerdesk.services.goals import GoalService, GoalView
from peerdesk.services.instruments import Instrument, load_instruments
from peerdesk.services.measures import MeasureService, MeasureView
from peerdesk.services.participants import ContactMethodView, ParticipantService, ParticipantView
from peerdesk.services.record_history import (
    AppointmentEntry,
    HistoryEntry,
    ReferralEntry,
    participant_appointments,
    participant_referrals,
    record_history,
)
from peerdesk.tasks.runner import TaskRunner
from peerdesk.ui.appearance import alert_colour
from peerdesk.ui.area_view import scrolling_page
from peerdesk.ui.message_boxes import MessageBoxes
from peerdesk.vault.vault import UnlockedVault

DRAFT_KIND = "participant"
DRAFT_VERSION = 1
ISO = "%Y-%m-%d"
INSTRUMENT_ORDER = ("hope", "satisfaction", "barc10")


def _yes_no(flag: bool) -> str:
    return translate("ParticipantWindow", "yes") if flag else translate("ParticipantWindow", "no")


def _day(day: date | None) -> str:
    return day.strftime(ISO) if day else ""


def _when(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def contact_type_label(kind: ContactType) -> str:
    return {
        ContactType.IN_PERSON: translate("ParticipantWindow", "In person"),
        ContactType.PHONE: translate("ParticipantWindow", "Phone call"),
        ContactType.TEXT: translate("ParticipantWindow", "Text message"),
        ContactType.OUTREACH: translate("ParticipantWindow", "Outreach"),
        ContactType.ACCOMPANIED: translate("ParticipantWindow", "Accompanied appointment"),
        ContactType.GROUP_FOLLOWUP: translate("ParticipantWindow", "Group follow-up"),
    }[kind]


def referral_status_label(status: ReferralStatus) -> str:
    return {
        ReferralStatus.MADE: translate("ParticipantWindow", "Made"),
        ReferralStatus.CONNECTED: translate("ParticipantWindow", "Connected"),
        ReferralStatus.DECLINED: translate("ParticipantWindow", "Declined"),
        ReferralStatus.NO_LONGER_NEEDED: translate("ParticipantWindow", "No longer needed"),
    }[status]


def goal_status_label(status: GoalStatus) -> str:
    return {
        GoalStatus.OPEN: translate("ParticipantWindow", "Open"),
        GoalStatus.ACHIEVED: translate("ParticipantWindow", "Achieved"),
        GoalStatus.SET_ASIDE: translate("ParticipantWindow", "Set aside"),
    }[status]


def participant_status_label(status: ParticipantStatus) -> str:
    return {
        ParticipantStatus.ACTIVE: translate("ParticipantWindow", "Active"),
        ParticipantStatus.PAUSED: translate("ParticipantWindow", "Paused"),
        ParticipantStatus.DISENGAGED: translate("ParticipantWindow", "Disengaged"),
        ParticipantStatus.DISCHARGED: translate("ParticipantWindow", "Discharged"),
    }[status]


def audit_action_label(action: str) -> str:
    """Audit actions in plain words (unknown ones shown as they are)."""
    known = {
        "participant_created": translate("ParticipantWindow", "Added the participant"),
        "participant_viewed": translate("ParticipantWindow", "Opened the record"),
        "participant_updated": translate("ParticipantWindow", "Changed the record"),
        "participant_status_changed": translate("ParticipantWindow", "Changed the status"),
        "participant_reassigned": translate("ParticipantWindow", "Changed the assigned peer"),
        "participant_erased": translate("ParticipantWindow", "Erased the record"),
        "contact_logged": translate("ParticipantWindow", "Logged a contact"),
        "contact_deleted": translate("ParticipantWindow", "Deleted a contact"),
        "appointment_added": translate("ParticipantWindow", "Added an appointment"),
        "appointment_updated": translate("ParticipantWindow", "Changed an appointment"),
        "referral_added": translate("ParticipantWindow", "Added a referral"),
        "referral_updated": translate("ParticipantWindow", "Changed a referral"),
        "goal_added": translate("ParticipantWindow", "Added a goal"),
        "goal_updated": translate("ParticipantWindow", "Changed a goal"),
        "measure_recorded": translate("ParticipantWindow", "Recorded a measure"),
        "export": translate("ParticipantWindow", "Exported"),
        "report": translate("ParticipantWindow", "Printed a report"),
    }
    return known.get(action, action.replace("_", " "))


# --- small widgets -----------------------------------------------------------------------


class DateField(QLineEdit):
    """A date typed as YYYY-MM-DD: one tab stop (no sections to step through), readable
    by screen readers as plain text. Up and Down change it by a day."""

    def __init__(
        self,
        what: str,
        today: Callable[[], date],
        *,
        required: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.what = what
        self.today = today
        self.required = required
        self.setPlaceholderText(
            translate("ParticipantWindow", "YYYY-MM-DD")
            if required
            else translate("ParticipantWindow", "YYYY-MM-DD or empty")
        )
        self.setAccessibleName(what[:1].upper() + what[1:])
        self.setAccessibleDescription(
            translate("ParticipantWindow", "A date written as year-month-day; Up and Down step")
        )
        self.setMaxLength(10)

    def set_date(self, day: date | None) -> None:
        self.setText(_day(day))

    def date_value(self) -> date | None:
        """The typed date; InvalidInput in plain words when it can't be read."""
        typed = self.text().strip()
        if not typed:
            if self.required:
                raise InvalidInput(
                    translate("ParticipantWindow", "Please fill in the {0}.").format(self.what)
                )
            return None
        try:
            return datetime.strptime(typed, ISO).date()
        except ValueError:
            raise InvalidInput(
                translate(
                    "ParticipantWindow", "Type the {0} as year-month-day, for example {1}."
                ).format(self.what, self.today().strftime(ISO))
            ) from None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        step = 1 if event.key() == Qt.Key.Key_Up else -1 if event.key() == Qt.Key.Key_Down else 0
        if not step or not plain:
            super().keyPressEvent(event)
            return
        try:
            current = self.date_value() or self.today()
        except InvalidInput:
            current = self.today()
        self.set_date(current + timedelta(days=step))


class TextTableModel(QAbstractTableModel):
    """Read-only rows of text for a QTableView, with each row's record id under
    ID_ROLE. The columns are named by the tab that owns the table."""

    ID_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[tuple[str, list[str]]] = []

    def set_rows(self, rows: Sequence[tuple[str, Sequence[str]]]) -> None:
        self.beginResetModel()
        self._rows = [(row_id, list(cells)) for row_id, cells in rows]
        self.endResetModel()

    def row_id(self, row: int) -> str:
        return self._rows[row][0]

    def cell(self, row: int, column: int) -> str:
        return self._rows[row][1][column]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._headers)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row_id, cells = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cells[index.column()] if index.column() < len(cells) else None
        if role == self.ID_ROLE:
            return row_id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None


def _table(model: TextTableModel, name: str, stretch: int = -1) -> QTableView:
    """A read-only, row-selecting table; column `stretch` (default the last) takes the
    room left, the others fit their contents, so no column hides behind a scroll bar."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(
        stretch % max(1, model.columnCount()), QHeaderView.ResizeMode.Stretch
    )
    view.setWordWrap(False)
    return view


def _text_box(name: str, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)  # Tab moves on, as in every other field
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


def _line(name: str, placeholder: str = "") -> QLineEdit:
    line = QLineEdit()
    line.setAccessibleName(name)
    if placeholder:
        line.setPlaceholderText(placeholder)
    return line


def _check(text: str) -> QCheckBox:
    box = QCheckBox(text)
    box.setAccessibleName(text.replace("&", ""))
    return box


def _button(text: str, name: str | None = None) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name or text.replace("&", ""))
    return button


def _message_label(name: str) -> QLabel:
    """Where a form says what stopped a save, in words (and a warning sign)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setStyleSheet(f"color: {alert_colour()}; font-weight: bold;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


def _chain(*widgets: QWidget) -> None:
    """Tab order in reading order."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


# --- forms that know when they hold unsaved changes ---------------------------------------


FormField = QLineEdit | QPlainTextEdit | QCheckBox | QComboBox | QSpinBox | QTimeEdit


def _value_of(widget: FormField) -> Any:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return widget.currentText() if widget.isEditable() else widget.currentData()
    if isinstance(widget, QSpinBox):
        return widget.value()
    return widget.time().toString("HH:mm")


def _set_value(widget: FormField, value: Any) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText(str(value or ""))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(str(value or ""))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QComboBox):
        if widget.isEditable():
            widget.setEditText(str(value or ""))
        else:
            found = 0 if value is None else widget.findData(value)
            if found >= 0:
                widget.setCurrentIndex(found)
    elif isinstance(widget, QSpinBox):
        if isinstance(value, int):
            widget.setValue(value)
    elif isinstance(value, str):
        widget.setTime(QTime.fromString(value, "HH:mm"))


def _changed_signal(widget: FormField) -> SignalInstance:
    if isinstance(widget, QLineEdit):
        return widget.textChanged
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QCheckBox):
        return widget.toggled
    if isinstance(widget, QComboBox):
        return widget.currentTextChanged
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    return widget.timeChanged


class EntryForm(QObject):
    """A set of fields whose values can be compared with what was last loaded or saved
    (so editing back to the original isn't "unsaved"), kept as a draft, and restored."""

    edited = Signal()

    def __init__(self, fields: Mapping[str, FormField], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fields = dict(fields)
        self._baseline = self.values()
        self._restored = False
        for widget in self.fields.values():
            _changed_signal(widget).connect(self.edited)

    def values(self) -> dict[str, Any]:
        return {name: _value_of(widget) for name, widget in self.fields.items()}

    def set_values(self, values: Mapping[str, Any]) -> None:
        for name, widget in self.fields.items():
            if name in values:
                _set_value(widget, values[name])

    def mark_clean(self) -> None:
        """What the fields hold now is what is saved."""
        self._baseline = self.values()
        self._restored = False
        self.edited.emit()

    def restore(self, values: Mapping[str, Any]) -> None:
        """Put a draft back; it counts as unsaved until saved."""
        self.set_values(values)
        self._restored = True
        self.edited.emit()

    def is_dirty(self) -> bool:
        return self._restored or self.values() != self._baseline


# --- the chart -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ChartLine:
    """A labelled horizontal line (a published cut-off)."""

    value: int
    label: str


class MeasureChart(QWidget):
    """Totals over time as a line with labelled points, axis labels, and cut-off lines
    drawn dashed and named in words. Drawn with QPainter (QtCharts isn't shipped)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("ParticipantWindow", "Chart of results over time"))
        self.setMinimumHeight(230)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # so a screen reader can reach it
        self._title = ""
        self._points: list[tuple[date, int]] = []
        self._low = 0
        self._high = 10
        self._lines: list[ChartLine] = []

    def sizeHint(self) -> QSize:
        return QSize(560, 280)

    def set_series(
        self,
        title: str,
        points: Sequence[tuple[date, int]],
        low: int,
        high: int,
        lines: Sequence[ChartLine] = (),
    ) -> None:
        self._title = title
        self._points = sorted(points)
        self._low, self._high = low, high
        self._lines = list(lines)
        described = "; ".join(f"{_day(day)}: {value}" for day, value in self._points)
        self.setAccessibleDescription(
            translate("ParticipantWindow", "{0}, from {1} to {2}. {3}").format(
                title, low, high, described or translate("ParticipantWindow", "No results yet.")
            )
        )
        self.update()

    def points(self) -> list[tuple[date, int]]:
        return list(self._points)

    @staticmethod
    def _step(span: int) -> int:
        for step in (1, 2, 5, 10, 20, 50):
            if span / step <= 6:
                return step
        return 100

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        metrics = painter.fontMetrics()
        line_height = metrics.height()
        left, right = 12 + line_height + metrics.horizontalAdvance("000") + 8, 20
        legend = [line for line in self._lines if self._low <= line.value <= self._high]
        top, bottom = line_height * (2 + len(legend)) + 8, line_height * 2 + 16
        plot = QRectF(
            left, top, max(10, self.width() - left - right), max(10, self.height() - top - bottom)
        )

        painter.setPen(text_colour)
        title_font = QFont(painter.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.drawText(QPointF(left, line_height + 2), self._title)
        painter.setFont(self.font())
        # the legend: a dashed sample and the cut-off in words, above the plot
        for row, line in enumerate(legend, start=2):
            y = float(line_height * row + 2)
            painter.setPen(QPen(text_colour, 1.2, Qt.PenStyle.DashLine))
            painter.drawLine(
                QPointF(left, y - metrics.ascent() / 3),
                QPointF(left + 28, y - metrics.ascent() / 3),
            )
            painter.setPen(text_colour)
            painter.drawText(
                QPointF(left + 36, y),
                metrics.elidedText(
                    line.label, Qt.TextElideMode.ElideRight, int(self.width() - left - 56)
                ),
            )

        span = max(1, self._high - self._low)

        def y_of(value: float) -> float:
            return plot.bottom() - (value - self._low) / span * plot.height()

        # axes and ticks
        grid = QPen(palette.color(QPalette.ColorRole.Mid))
        grid.setWidthF(0.6)
        step = self._step(span)
        first_tick = math.ceil(self._low / step) * step
        for value in range(first_tick, self._high + 1, step):
            y = y_of(value)
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_colour)
            label = str(value)
            painter.drawText(
                QPointF(
                    plot.left() - 6 - metrics.horizontalAdvance(label), y + metrics.ascent() / 2 - 1
                ),
                label,
            )
        painter.setPen(QPen(text_colour, 1.2))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())

        # axis titles
        x_title = translate("ParticipantWindow", "Date taken")
        painter.drawText(
            QPointF(
                plot.center().x() - metrics.horizontalAdvance(x_title) / 2,
                self.height() - 6,
            ),
            x_title,
        )
        painter.save()
        painter.translate(12 + metrics.ascent(), plot.center().y())
        painter.rotate(-90)
        y_title = translate("ParticipantWindow", "Score")
        painter.drawText(QPointF(-metrics.horizontalAdvance(y_title) / 2, 0), y_title)
        painter.restore()

        # cut-off lines: dashed and named, so they never rely on colour
        for line in legend:
            line_y = y_of(line.value)
            painter.setPen(QPen(text_colour, 1.2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), line_y), QPointF(plot.right(), line_y))
            painter.setPen(text_colour)
            number = str(line.value)
            painter.drawText(
                QPointF(plot.right() - metrics.horizontalAdvance(number) - 2, line_y - 3), number
            )

        if not self._points:
            message = translate(
                "ParticipantWindow", "No results yet. Enter one to start the chart."
            )
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, message)
            painter.end()
            return

        first_day, last_day = self._points[0][0], self._points[-1][0]
        days = max(1, (last_day - first_day).days)
        inner = plot.adjusted(18, 0, -18, 0)

        def x_of(day: date) -> float:
            if first_day == last_day:
                return inner.center().x()
            return inner.left() + (day - first_day).days / days * inner.width()

        # date labels, as many as fit without overlapping
        label_width = metrics.horizontalAdvance("2026-11-20") + 12
        last_right = -1e9
        painter.setPen(text_colour)
        for index, (day, _value) in enumerate(self._points):
            x = x_of(day)
            is_last = index == len(self._points) - 1
            if x - label_width / 2 < last_right and not is_last:
                continue
            text = _day(day)
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            painter.drawText(
                QPointF(x - metrics.horizontalAdvance(text) / 2, plot.bottom() + 4 + line_height),
                text,
            )
            last_right = x + label_width / 2

        # the line, its points, and each point's value
        accent = palette.color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(accent, 2))
        coordinates = [QPointF(x_of(day), y_of(value)) for day, value in self._points]
        for start, end in itertools.pairwise(coordinates):
            painter.drawLine(start, end)
        painter.setBrush(accent)
        for point, (_day_taken, value) in zip(coordinates, self._points, strict=True):
            painter.setPen(QPen(accent, 1))
            painter.drawEllipse(point, 4, 4)
            painter.setPen(text_colour)
            text = str(value)
            painter.drawText(
                QPointF(point.x() - metrics.horizontalAdvance(text) / 2, point.y() - 8), text
            )
        painter.end()


# --- the window ----------------------------------------------------------------------------


@dataclass(frozen=True)
class LoadedRecord:
    """Everything the window shows, read in one background job."""

    record: ParticipantView
    contacts: list[ContactView]
    appointments: list[AppointmentEntry]
    referrals: list[ReferralEntry]
    goals: list[GoalView]
    measures: list[MeasureView]
    history: list[HistoryEntry] | None


class ParticipantWindow(QWidget):
    """One participant's record. See the module docstring."""

    participant_saved = Signal(str)  # a change to this record was saved (id)
    record_loaded = Signal()

    def __init__(
        self,
        vault: UnlockedVault,
        tasks: TaskRunner,
        boxes: MessageBoxes,
        participant_id: str,
        *,
        crisis_resources: str = "",
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.vault = vault
        self.tasks = tasks
        self.boxes = boxes
        self.participant_id = participant_id
        self.today = today
        self.crisis_resources = crisis_resources
        self.access = Access(vault)
        self.participants = ParticipantService(vault, today)
        self.encounters = EncounterService(vault, today)
        self.goal_service = GoalService(vault, today)
        self.instruments = load_instruments()
        self.measures = MeasureService(vault, self.instruments, today)
        self.record: ParticipantView | None = None
        self.loaded = False
        self._pending_draft: dict[str, Any] | None = None
        self._close_without_asking = False
        self.forms: dict[str, EntryForm] = {}

        self.setWindowTitle(self.tr("Participant — PeerDesk[*]"))
        self.resize(1140, 760)

        self.heading = QLabel()
        self.heading.setAccessibleName(self.tr("Participant"))
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel(self.tr("Opening the record…"))
        self.summary.setAccessibleName(self.tr("Status and assigned peer"))
        self.summary.setWordWrap(True)
        self.crisis_banner = QLabel()
        self.crisis_banner.setAccessibleName(self.tr("Crisis plan"))
        self.crisis_banner.setWordWrap(True)
        self.crisis_banner.setStyleSheet(
            "background: #fff1c2; color: #3d2f00; border: 2px solid #8a6d00;"
            " border-radius: 4px; padding: 6px; font-weight: bold;"
        )
        self.crisis_banner.setVisible(False)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Parts of the record"))
        self.profile = ProfileTab(self)
        self.contacts = ContactsTab(self)
        self.care = CareTab(self)
        self.goals = GoalsTab(self)
        self.measures_tab = MeasuresTab(self)
        self.safety = SafetyTab(self)
        self.history: HistoryTab | None = HistoryTab(self) if self.access.is_coordinator else None
        pages: list[tuple[QWidget, str]] = [
            (self.profile, self.tr("Profile")),
            (self.contacts, self.tr("Contacts")),
            (self.care, self.tr("Appointments && referrals")),
            (self.goals, self.tr("Goals")),
            (self.measures_tab, self.tr("Measures")),
            (self.safety, self.tr("Consents && safety")),
        ]
        if self.history is not None:
            pages.append((self.history, self.tr("History")))
        for number, (page, title) in enumerate(pages, start=1):
            self.tabs.addTab(page, title)
            self.tabs.setTabToolTip(number - 1, self.tr("Ctrl+{0}").format(number))
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda index=number - 1: self._show_tab(index))
        self.tabs.setEnabled(False)
        self.tabs.currentChanged.connect(self._tab_changed)

        hint = QLabel(
            self.tr(
                "Ctrl+1 to Ctrl+{0}: parts of the record · Ctrl+N: log a contact · "
                "Ctrl+Enter or Ctrl+S: save what you're typing · Ctrl+W: close"
            ).format(len(pages))
        )
        hint.setAccessibleName(self.tr("Keyboard shortcuts"))
        hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch()
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.crisis_banner)
        layout.addWidget(self.tabs, stretch=1)
        layout.addWidget(hint)

        for keys, slot in (
            ("Ctrl+N", self.start_contact),
            ("Ctrl+Return", self.save_current),
            ("Ctrl+Enter", self.save_current),
            ("Ctrl+S", self.save_current),
            ("Ctrl+W", self.close),
        ):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)

        self._first_fields: dict[QWidget, QWidget] = {
            self.profile: self.profile.display_name,
            self.contacts: self.contacts.contact_date,
            self.care: self.care.appointment_table,
            self.goals: self.goals.tree,
            self.measures_tab: self.measures_tab.instrument,
            self.safety: self.safety.consent_services,
        }
        if self.history is not None:
            self._first_fields[self.history] = self.history.table
        for form in self.forms.values():
            form.edited.connect(self._update_modified)
        self._load()

    # --- background work -------------------------------------------------------------

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_invalid: Callable[[str], None] | None = None,
        *,
        on_done: Callable[[], None] | None = None,
    ) -> None:
        """Run `work` on the task runner. A bad value (InvalidInput) goes to `on_invalid`
        to show beside the form; other expected failures to a message box; anything
        else is a bug and is raised for the crash reporter. `on_done` runs either way."""

        def succeeded(value: Any) -> None:
            if not shiboken6.isValid(self):
                return
            if on_done:
                on_done()
            on_success(value)

        def failed(error: BaseException) -> None:
            if not shiboken6.isValid(self):
                if isinstance(error, KnownError):
                    return
                raise error
            if on_done:
                on_done()
            if isinstance(error, InvalidInput) and on_invalid is not None:
                on_invalid(error.message)
            elif isinstance(error, KnownError):
                self.boxes.error(self, self.tr("PeerDesk"), error.message)
            else:
                raise error

        self.tasks.run(work, succeeded, failed, parent=self)

    def _load(self) -> None:
        vault, pid = self.vault, self.participant_id
        coordinator = self.access.is_coordinator
        participants, encounters = self.participants, self.encounters
        goals, measures = self.goal_service, self.measures

        def load() -> LoadedRecord:
            record = participants.open(pid)  # audits the view; refuses others' records
            return LoadedRecord(
                record,
                encounters.contacts(pid),
                participant_appointments(vault, pid),
                participant_referrals(vault, pid),
                goals.goals(pid),
                measures.history(pid),
                record_history(vault, pid) if coordinator else None,
            )

        self.tasks.run(load, self._loaded, self._load_failed, parent=self)

    def _loaded(self, loaded: LoadedRecord) -> None:
        if not shiboken6.isValid(self):
            return
        self.record = loaded.record
        self._show_record(loaded.record)
        self.profile.show_record(loaded.record)
        self.safety.show_record(loaded.record)
        self.contacts.show_contacts(loaded.contacts)
        self.care.show_appointments(loaded.appointments)
        self.care.show_referrals(loaded.referrals)
        self.goals.show_goals(loaded.goals)
        self.measures_tab.show_history(loaded.measures)
        if self.history is not None and loaded.history is not None:
            self.history.show_history(loaded.history)
        for form in self.forms.values():
            form.mark_clean()
        self.tabs.setEnabled(True)
        self.loaded = True
        if self._pending_draft is not None:
            draft, self._pending_draft = self._pending_draft, None
            self.restore_draft(draft)
        self._update_modified()
        if self.tabs.currentWidget() is self.profile and self.focusWidget() is None:
            self.profile.display_name.setFocus()
        self.record_loaded.emit()

    def _load_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            if isinstance(error, KnownError):
                return
            raise error
        self.summary.setText(self.tr("This record can't be shown."))
        if not isinstance(error, KnownError):
            raise error
        self.boxes.error(self, self.tr("Can't open this record"), error.message)
        self._close_without_asking = True
        self.close()

    def _show_record(self, record: ParticipantView) -> None:
        name = record.display_name or self.tr("(no display name)")
        self.heading.setText(f"<h2>{_escape(name)}</h2>")
        self.setWindowTitle(self.tr("{0} — PeerDesk[*]").format(name))
        parts = []
        if record.pronouns:
            parts.append(_escape(record.pronouns))
        status = participant_status_label(record.status)
        if record.status_since:
            status = self.tr("{0} since {1}").format(status, _day(record.status_since))
        parts.append(status)
        parts.append(self.tr("Peer: {0}").format(_escape(record.assigned_peer or self.tr("none"))))
        if record.external_id:
            parts.append(self.tr("Program id: {0}").format(_escape(record.external_id)))
        self.summary.setText(" · ".join(parts))
        self._show_crisis(record.crisis_flag)

    def _show_crisis(self, flag: bool) -> None:
        self.crisis_banner.setText(
            self.tr(
                "⚠ Crisis plan in place. The safety plan, key contacts and local crisis "
                "resources are under Consents & safety (Ctrl+6)."
            )
        )
        self.crisis_banner.setVisible(flag)

    def record_changed(self, **changes: Any) -> None:
        """Keep the shown record in step with a saved change, without reading (and so
        auditing a view of) the whole record again."""
        if self.record is None:
            return
        self.record = replace(self.record, **changes)
        self._show_record(self.record)
        self.participant_saved.emit(self.participant_id)
        if self.history is not None and self.tabs.currentWidget() is self.history:
            self.history.refresh()

    # --- tabs and shortcuts ------------------------------------------------------------

    def _show_tab(self, index: int) -> None:
        """Ctrl+number: show a part of the record and put the focus on its first field."""
        if not self.tabs.isEnabled():
            return
        self.tabs.setCurrentIndex(index)
        first = self._first_fields.get(self.tabs.currentWidget())
        if first is not None:
            first.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _tab_changed(self, _index: int) -> None:
        if self.history is not None and self.tabs.currentWidget() is self.history:
            self.history.refresh()

    def start_contact(self) -> None:
        """Ctrl+N: the quick-entry form, ready for a contact today."""
        if not self.tabs.isEnabled():
            return
        self.tabs.setCurrentWidget(self.contacts)
        self.contacts.start_entry()

    def save_current(self) -> None:
        """Ctrl+Enter / Ctrl+S: save the form of the part that is showing."""
        page = self.tabs.currentWidget()
        if not self.tabs.isEnabled():
            return
        if page is self.profile:
            self.profile.save()
        elif page is self.contacts:
            self.contacts.save()
        elif page is self.measures_tab:
            self.measures_tab.save()
        elif page is self.safety:
            self.safety.save()
        elif page is self.goals:
            self.goals.save_focused()
        elif page is self.care:
            self.care.save_focused()

    # --- unsaved changes and drafts ----------------------------------------------------

    def add_form(self, name: str, form: EntryForm) -> EntryForm:
        self.forms[name] = form
        return form

    def is_dirty(self) -> bool:
        return any(form.is_dirty() for form in self.forms.values())

    def _update_modified(self) -> None:
        self.setWindowModified(self.is_dirty())

    def draft(self) -> dict[str, Any] | None:
        """The unsaved values of every form with changes (JSON-able), or None."""
        if self._pending_draft is not None:
            return self._pending_draft
        dirty = {name: form.values() for name, form in self.forms.items() if form.is_dirty()}
        if not dirty:
            return None
        return {"version": DRAFT_VERSION, "tab": self.tabs.currentIndex(), "forms": dirty}

    def restore_draft(self, payload: Mapping[str, Any]) -> None:
        """Put a draft back into its forms (after the record has loaded) and mark them
        unsaved."""
        if not self.loaded:
            self._pending_draft = dict(payload)
            return
        forms = payload.get("forms")
        if not isinstance(forms, Mapping):
            return
        for name, values in forms.items():
            if name in self.forms and isinstance(values, Mapping):
                self.forms[name].restore(values)
        tab = payload.get("tab")
        if isinstance(tab, int) and 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)
        self._update_modified()

    def close_without_asking(self) -> None:
        """Close even with unsaved changes (the controller has kept them as a draft)."""
        self._close_without_asking = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        asked = not self._close_without_asking and self.is_dirty()
        if asked and not self.boxes.confirm(
            self,
            self.tr("Unsaved changes"),
            self.tr("You have changes that aren't saved. Close anyway?"),
        ):
            event.ignore()
            return
        event.accept()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _tags(text: str) -> list[str]:
    return [part.strip() for part in text.replace(",", ";").split(";") if part.strip()]


# --- Profile -------------------------------------------------------------------------------


class ProfileTab(QWidget):
    """Who the person is and how to reach them safely."""

    TEXT_FIELDS = (
        "display_name",
        "first_name",
        "last_name",
        "pronouns",
        "preferred_language",
        "external_id",
        "referral_source",
    )

    def __init__(self, window: ParticipantWindow) -> None:
        super().__init__()
        self.window_ = window
        today = window.today
        self.labels: dict[str, QLabel] = {}
        self.message = _message_label(self.tr("Profile message"))
        self.message.setVisible(False)

        fields: dict[str, FormField] = {}
        identity = QFormLayout()
        titles = {
            "display_name": self.tr("Display name"),
            "first_name": self.tr("First name"),
            "last_name": self.tr("Last name"),
            "pronouns": self.tr("Pronouns"),
            "preferred_language": self.tr("Preferred language"),
            "external_id": self.tr("Program id"),
            "referral_source": self.tr("Referred by"),
        }
        lines = {name: _line(titles[name]) for name in self.TEXT_FIELDS}
        for name, line in lines.items():
            fields[name] = line
            self._add_row(identity, name, titles[name], line)
        self.display_name = lines["display_name"]
        self.display_name.setPlaceholderText(self.tr("The name rosters show"))
        self.date_of_birth = DateField(self.tr("date of birth"), today)
        self.intake_date = DateField(self.tr("intake date"), today)
        fields["date_of_birth"] = self.date_of_birth
        fields["intake_date"] = self.intake_date
        self._add_row(identity, "date_of_birth", self.tr("Date of birth"), self.date_of_birth)
        self._add_row(identity, "intake_date", self.tr("Intake date"), self.intake_date)
        self.tags = _line(self.tr("Tags"), self.tr("Separate tags with ;"))
        fields["tags"] = self.tags
        self._add_row(identity, "tags", self.tr("Tags"), self.tags)

        self.needs_transport = _check(self.tr("Needs transport"))
        self.needs_interpreter = _check(self.tr("Needs an interpreter"))
        self.cultural_needs = _text_box(self.tr("Cultural or spiritual needs"), 2)
        self.access_needs = _text_box(self.tr("Access needs"), 2)
        self.notes = _text_box(self.tr("Notes"), 4)
        fields.update(
            needs_transport=self.needs_transport,
            needs_interpreter=self.needs_interpreter,
            cultural_needs=self.cultural_needs,
            access_needs=self.access_needs,
            notes=self.notes,
        )
        needs = QFormLayout()
        checks = QHBoxLayout()
        checks.addWidget(self.needs_transport)
        checks.addWidget(self.needs_interpreter)
        checks.addStretch()
        needs.addRow(checks)
        self._add_row(
            needs, "cultural_needs", self.tr("Cultural or spiritual"), self.cultural_needs
        )
        self._add_row(needs, "access_needs", self.tr("Access needs"), self.access_needs)
        self._add_row(needs, "notes", self.tr("Notes"), self.notes)

        self.save_button = _button(self.tr("&Save profile"))
        self.save_button.setToolTip(self.tr("Ctrl+S or Ctrl+Enter"))
        self.save_button.clicked.connect(self.save)
        self.saved_note = QLabel()
        self.saved_note.setAccessibleName(self.tr("Profile save status"))
        self.form = window.add_form("profile", EntryForm(fields, self))
        self.form.edited.connect(self._edited)

        # ways to reach them, each with its safe-to-contact flags in words beside it
        self.methods_box = QGroupBox(self.tr("Ways to reach them safely"))
        self.methods_layout = QVBoxLayout(self.methods_box)
        self.methods_empty = QLabel(self.tr("No phone, email or address yet."))
        self.methods_layout.addWidget(self.methods_empty)
        self.method_labels: list[QLabel] = []
        self.method_kind = QComboBox()
        self.method_kind.setAccessibleName(self.tr("Kind of contact method"))
        for kind, label in (
            ("phone", self.tr("Phone")),
            ("email", self.tr("Email")),
            ("address", self.tr("Address")),
        ):
            self.method_kind.addItem(label, kind)
        self.method_value = _line(
            self.tr("Phone, email or address"), self.tr("Number, email or address")
        )
        self.ok_text = _check(self.tr("OK to text"))
        self.ok_voicemail = _check(self.tr("OK to voicemail"))
        self.ok_mail = _check(self.tr("OK to mail"))
        self.add_method_button = _button(self.tr("Add"), self.tr("Add contact method"))
        self.add_method_button.clicked.connect(self.add_method)
        self.method_message = _message_label(self.tr("Contact method message"))
        self.method_form = window.add_form(
            "method",
            EntryForm(
                {
                    "kind": self.method_kind,
                    "value": self.method_value,
                    "ok_to_text": self.ok_text,
                    "ok_to_voicemail": self.ok_voicemail,
                    "ok_to_mail": self.ok_mail,
                },
                self,
            ),
        )
        add_title = QLabel(self.tr("Add a way to reach them:"))
        add_title.setBuddy(self.method_kind)
        self.methods_layout.addWidget(add_title)
        add_row = QGridLayout()
        add_row.addWidget(self.method_kind, 0, 0)
        add_row.addWidget(self.method_value, 0, 1, 1, 3)
        add_row.addWidget(self.ok_text, 1, 0)
        add_row.addWidget(self.ok_voicemail, 1, 1)
        add_row.addWidget(self.ok_mail, 1, 2)
        add_row.addWidget(self.add_method_button, 1, 3)
        self.methods_layout.addLayout(add_row)
        self.methods_layout.addWidget(self.method_message)

        left = QVBoxLayout()
        left.addWidget(self.message)
        left.addLayout(identity)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved_note, stretch=1)
        left.addLayout(buttons)
        left.addStretch()
        right = QVBoxLayout()
        right.addWidget(self.methods_box)
        right.addLayout(needs)
        right.addStretch()
        layout = QHBoxLayout(scrolling_page(self))
        layout.addLayout(left, stretch=1)
        layout.addSpacing(12)
        layout.addLayout(right, stretch=1)

        ordered: list[QWidget] = [fields[name] for name in self.TEXT_FIELDS]
        ordered += [self.date_of_birth, self.intake_date, self.tags, self.save_button]
        ordered += [self.method_kind, self.method_value, self.ok_text, self.ok_voicemail]
        ordered += [self.ok_mail, self.add_method_button, self.needs_transport]
        ordered += [self.needs_interpreter, self.cultural_needs, self.access_needs, self.notes]
        _chain(*ordered)

    def _add_row(self, form: QFormLayout, name: str, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        self.labels[name] = label
        form.addRow(label, field)

    def _edited(self) -> None:
        if self.form.is_dirty():
            self.saved_note.setText(self.tr("Not saved yet"))

    def show_record(self, record: ParticipantView) -> None:
        self.form.set_values(
            {
                "display_name": record.display_name,
                "first_name": record.first_name,
                "last_name": record.last_name,
                "pronouns": record.pronouns,
                "preferred_language": record.preferred_language,
                "external_id": record.external_id,
                "referral_source": record.referral_source,
                "date_of_birth": _day(record.date_of_birth),
                "intake_date": _day(record.intake_date),
                "tags": "; ".join(record.tags),
                "needs_transport": record.needs_transport,
                "needs_interpreter": record.needs_interpreter,
                "cultural_needs": record.cultural_needs,
                "access_needs": record.access_needs,
                "notes": record.notes,
            }
        )
        self.form.mark_clean()
        self.saved_note.setText("")
        self.show_methods(record.contact_methods)

    def show_methods(self, methods: Sequence[ContactMethodView]) -> None:
        for label in self.method_labels:
            self.methods_layout.removeWidget(label)
            label.deleteLater()
        self.method_labels = []
        self.methods_empty.setVisible(not methods)
        for position, method in enumerate(methods, start=1):
            kind = {"phone": self.tr("Phone"), "email": self.tr("Email")}.get(
                method.kind, self.tr("Address")
            )
            if method.kind == "address":
                flags = self.tr("OK to mail: {0}").format(_yes_no(method.ok_to_mail))
            else:
                flags = self.tr("OK to text: {0} · OK to voicemail: {1}").format(
                    _yes_no(method.ok_to_text), _yes_no(method.ok_to_voicemail)
                )
            label = QLabel(f"<b>{kind}</b> {_escape(method.value or '')} — {flags}")
            label.setAccessibleName(f"{kind} {method.value or ''}, {flags}")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            self.methods_layout.insertWidget(position, label)
            self.method_labels.append(label)

    def _show_problem(self, message: str) -> None:
        self.message.setText(self.tr("Not saved: {0}").format(message))
        self.message.setVisible(True)
        self.saved_note.setText(self.tr("Not saved"))
        lowered = message.lower()
        for name, label in self.labels.items():
            plain = label.text().removeprefix("⚠ ")
            named = plain.lower() in lowered or name.replace("_", " ") in lowered
            label.setText(("⚠ " if named else "") + plain)
            if named:
                buddy = label.buddy()
                if buddy is not None:
                    buddy.setFocus()

    def _clear_problem(self) -> None:
        self.message.setVisible(False)
        self.message.setText("")
        for label in self.labels.values():
            label.setText(label.text().removeprefix("⚠ "))

    def save(self) -> None:
        """Save the profile fields (the service validates; problems show here)."""
        values = self.form.values()
        try:
            changes: dict[str, Any] = {name: values[name] for name in self.TEXT_FIELDS} | {
                "date_of_birth": self.date_of_birth.date_value(),
                "intake_date": self.intake_date.date_value(),
                "tags": _tags(values["tags"]),
                "needs_transport": values["needs_transport"],
                "needs_interpreter": values["needs_interpreter"],
                "cultural_needs": values["cultural_needs"],
                "access_needs": values["access_needs"],
                "notes": values["notes"],
            }
        except InvalidInput as problem:
            self._show_problem(problem.message)
            return
        window, service = self.window_, self.window_.participants
        pid = window.participant_id
        self.save_button.setEnabled(False)
        self.saved_note.setText(self.tr("Saving…"))

        def saved(_changed: list[str]) -> None:
            self._clear_problem()
            self.form.mark_clean()
            self.saved_note.setText(self.tr("Saved"))
            kept = {k: (v.strip() or None) if isinstance(v, str) else v for k, v in changes.items()}
            kept["tags"] = [t.lower() for t in changes["tags"]]
            window.record_changed(**kept)

        window.run(
            lambda: service.update(pid, **changes),
            saved,
            self._show_problem,
            on_done=lambda: self.save_button.setEnabled(True),
        )

    def add_method(self) -> None:
        values = self.method_form.values()
        window, service = self.window_, self.window_.participants
        pid = window.participant_id

        def added(method_id: str) -> None:
            self.method_message.setText("")
            record = window.record
            if record is not None:
                method = ContactMethodView(
                    method_id,
                    values["kind"],
                    values["value"].strip(),
                    values["ok_to_text"],
                    values["ok_to_voicemail"],
                    values["ok_to_mail"],
                )
                window.record_changed(contact_methods=[*record.contact_methods, method])
                self.show_methods(window.record.contact_methods if window.record else [])
            self.method_value.clear()
            for box in (self.ok_text, self.ok_voicemail, self.ok_mail):
                box.setChecked(False)
            self.method_form.mark_clean()

        window.run(
            lambda: service.add_contact_method(
                pid,
                values["kind"],
                values["value"],
                ok_to_text=values["ok_to_text"],
                ok_to_voicemail=values["ok_to_voicemail"],
                ok_to_mail=values["ok_to_mail"],
            ),
            added,
            lambda message: self.method_message.setText(self.tr("Not added: {0}").format(message)),
        )


# --- Contacts ------------------------------------------------------------------------------


class ContactsTab(QWidget):
    """The contacts log, newest first, and a quick-entry form (Ctrl+N)."""

    DATE, TYPE, MINUTES, TOPICS, FOLLOW_UP, NOTES = range(6)

    def __init__(self, window: ParticipantWindow) -> None:
        super().__init__()
        self.window_ = window
        self.model = TextTableModel(
            [
                self.tr("Date"),
                self.tr("Type"),
                self.tr("Minutes"),
                self.tr("Topics"),
                self.tr("Follow-up"),
                self.tr("Notes"),
            ],
            self,
        )
        self.table = _table(self.model, self.tr("Contacts, newest first"))

        entry = QGroupBox(self.tr("Log a contact (Ctrl+N)"))
        self.contact_date = DateField(self.tr("contact date"), window.today, required=True)
        self.contact_type = QComboBox()
        self.contact_type.setAccessibleName(self.tr("Type of contact"))
        for kind in ContactType:
            self.contact_type.addItem(contact_type_label(kind), kind.value)
        self.duration = QSpinBox()
        self.duration.setRange(0, 24 * 60)
        self.duration.setSingleStep(5)
        self.duration.setSpecialValueText(self.tr("not noted"))
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Duration in minutes"))
        self.topics = _line(self.tr("Topics"), self.tr("housing; sleep; family"))
        self.notes = _text_box(self.tr("Contact notes"), 5)
        self.follow_up = DateField(self.tr("follow-up date"), window.today)
        self.save_button = _button(self.tr("Save contact"))
        self.save_button.setToolTip(self.tr("Ctrl+Enter"))
        self.save_button.clicked.connect(self.save)
        self.message = _message_label(self.tr("Contact message"))
        self.saved_note = QLabel()
        self.saved_note.setAccessibleName(self.tr("Contact save status"))
        self.saved_note.setWordWrap(True)

        form = QFormLayout(entry)
        for text, field in (
            (self.tr("&Date"), self.contact_date),
            (self.tr("T&ype"), self.contact_type),
            (self.tr("D&uration"), self.duration),
            (self.tr("To&pics"), self.topics),
            (self.tr("N&otes"), self.notes),
            (self.tr("&Follow-up on"), self.follow_up),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.message)
        form.addRow(self.save_button)
        form.addRow(self.saved_note)
        entry.setMinimumWidth(380)
        entry.setMaximumWidth(440)

        self.form = window.add_form(
            "contact",
            EntryForm(
                {
                    "contact_date": self.contact_date,
                    "type": self.contact_type,
                    "duration": self.duration,
                    "topics": self.topics,
                    "notes": self.notes,
                    "follow_up_date": self.follow_up,
                },
                self,
            ),
        )
        self._reset_entry()

        layout = QHBoxLayout(scrolling_page(self))
        layout.addWidget(self.table, stretch=1)
        side = QVBoxLayout()
        side.addWidget(entry)
        side.addStretch()
        layout.addLayout(side)
        _chain(
            self.contact_date,
            self.contact_type,
            self.duration,
            self.topics,
            self.notes,
            self.follow_up,
            self.save_button,
            self.table,
        )

    def _reset_entry(self) -> None:
        self.contact_date.set_date(self.window_.today())
        self.contact_type.setCurrentIndex(0)
        self.duration.setValue(0)
        self.topics.clear()
        self.notes.clear()
        self.follow_up.clear()
        self.message.setText("")
        self.form.mark_clean()

    def start_entry(self) -> None:
        """Focus the form, with today's date unless something is already typed."""
        if not self.form.is_dirty():
            self._reset_entry()
        self.saved_note.setText("")
        self.contact_date.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.contact_date.selectAll()

    def show_contacts(self, contacts: Sequence[ContactView]) -> None:
        self.model.set_rows(
            [
                (
                    c.id,
                    [
                        _day(c.contact_date),
                        contact_type_label(c.type),
                        str(c.duration_minutes) if c.duration_minutes else "",
                        "; ".join(c.topics),
                        _day(c.follow_up_date),
                        (c.notes or "").replace("\n", " "),
                    ],
                )
                for c in contacts
            ]
        )

    def save(self) -> None:
        try:
            contact_date = self.contact_date.date_value()
            follow_up = self.follow_up.date_value()
        except InvalidInput as problem:
            self.message.setText(self.tr("Not saved: {0}").format(problem.message))
            return
        assert contact_date is not None  # required field
        window, encounters = self.window_, self.window_.encounters
        pid = window.participant_id
        kind = str(self.contact_type.currentData())
        duration = self.duration.value() or None
        topics = _tags(self.topics.text())
        notes = self.notes.toPlainText()
        self.save_button.setEnabled(False)

        def log_and_reread() -> list[ContactView]:
            encounters.log_contact(
                pid,
                contact_date,
                kind,
                duration_minutes=duration,
                topics=topics,
                notes=notes,
                follow_up_date=follow_up,
            )
            return encounters.contacts(pid)

        def saved(contacts: list[ContactView]) -> None:
            self.show_contacts(contacts)
            self._reset_entry()
            self.saved_note.setText(
                self.tr("Saved the contact of {0}. Ctrl+N logs another.").format(_day(contact_date))
            )
            window.participant_saved.emit(pid)

        window.run(
            log_and_reread,
            saved,
            lambda message: self.message.setText(self.tr("Not saved: {0}").format(message)),
            on_done=lambda: self.save_button.setEnabled(True),
        )


# --- Appointments and referrals ------------------------------------------------------------


class CareTab(QWidget):
    """Appointments (with transport and reminder ticks) and referrals."""

    # Suggested kinds, kept in English in the vault (so every computer reads them alike)
    # and shown in the language in use; anything else typed is kept as typed.
    KINDS = (
        QT_TRANSLATE_NOOP("CareTab", "peer meeting"),
        QT_TRANSLATE_NOOP("CareTab", "clinical"),
        QT_TRANSLATE_NOOP("CareTab", "housing"),
        QT_TRANSLATE_NOOP("CareTab", "court"),
        QT_TRANSLATE_NOOP("CareTab", "benefits"),
        QT_TRANSLATE_NOOP("CareTab", "other"),
    )

    def __init__(self, window: ParticipantWindow) -> None:
        super().__init__()
        self.window_ = window
        today = window.today

        # appointments
        self.appointments = TextTableModel(
            [
                self.tr("When"),
                self.tr("Kind"),
                self.tr("Place"),
                self.tr("Peer goes along", "column heading"),
                self.tr("Transport arranged", "column heading"),
                self.tr("Reminder made", "column heading"),
            ],
            self,
        )
        self.appointment_table = _table(
            self.appointments, self.tr("Appointments, soonest first"), stretch=2
        )
        self.appointment_table.selectionModel().selectionChanged.connect(self._appointment_selected)
        self.selected_transport = _check(self.tr("Transport arranged"))
        self.selected_reminder = _check(self.tr("Reminder made"))
        self.selected_transport.setAccessibleName(
            self.tr("Transport arranged for the chosen appointment")
        )
        self.selected_reminder.setAccessibleName(
            self.tr("Reminder made for the chosen appointment")
        )
        for box in (self.selected_transport, self.selected_reminder):
            box.setEnabled(False)
            box.clicked.connect(self._toggle_appointment)
        self.appointment_date = DateField(self.tr("appointment date"), today, required=True)
        self.appointment_time = QTimeEdit(QTime(10, 0))
        self.appointment_time.setDisplayFormat("HH:mm")
        self.appointment_time.setAccessibleName(self.tr("Appointment time"))
        self.appointment_kind = QComboBox()
        self.appointment_kind.setEditable(True)
        self.appointment_kind.addItems([self.kind_label(kind) for kind in self.KINDS])
        self.appointment_kind.setAccessibleName(self.tr("Kind of appointment"))
        self.appointment_place = _line(self.tr("Place"))
        self.goes_along = _check(self.tr("Peer goes along"))
        self.transport = _check(self.tr("Transport arranged"))
        self.reminder = _check(self.tr("Reminder made"))
        self.add_appointment_button = _button(self.tr("Add appointment"))
        self.add_appointment_button.clicked.connect(self.add_appointment)
        self.appointment_message = _message_label(self.tr("Appointment message"))
        self.appointment_form = window.add_form(
            "appointment",
            EntryForm(
                {
                    "date": self.appointment_date,
                    "time": self.appointment_time,
                    "kind": self.appointment_kind,
                    "place": self.appointment_place,
                    "peer_goes_along": self.goes_along,
                    "transport_arranged": self.transport,
                    "reminder_made": self.reminder,
                },
                self,
            ),
        )
        self.appointment_date.set_date(today())

        appointments_box = QGroupBox(self.tr("Appointments"))
        a_layout = QVBoxLayout(appointments_box)
        a_layout.addWidget(self.appointment_table, stretch=1)
        chosen = QHBoxLayout()
        chosen.addWidget(QLabel(self.tr("For the chosen appointment:")))
        chosen.addWidget(self.selected_transport)
        chosen.addWidget(self.selected_reminder)
        chosen.addStretch()
        a_layout.addLayout(chosen)
        add = QGridLayout()
        add.addWidget(self._buddy(self.tr("Date"), self.appointment_date), 0, 0)
        add.addWidget(self.appointment_date, 0, 1)
        add.addWidget(self._buddy(self.tr("Time"), self.appointment_time), 0, 2)
        add.addWidget(self.appointment_time, 0, 3)
        add.addWidget(self._buddy(self.tr("Kind"), self.appointment_kind), 0, 4)
        add.addWidget(self.appointment_kind, 0, 5)
        add.addWidget(self._buddy(self.tr("Place"), self.appointment_place), 1, 0)
        add.addWidget(self.appointment_place, 1, 1, 1, 5)
        ticks = QHBoxLayout()
        for box in (self.goes_along, self.transport, self.reminder):
            ticks.addWidget(box)
        ticks.addStretch()
        ticks.addWidget(self.add_appointment_button)
        add.addLayout(ticks, 2, 0, 1, 6)
        a_layout.addLayout(add)
        a_layout.addWidget(self.appointment_message)

        # referrals
        self.referrals = TextTableModel(
            [self.tr("Service or resource"), self.tr("Made on"), self.tr("Status")], self
        )
        self.referral_table = _table(self.referrals, self.tr("Referrals, newest first"), 0)
        self.referral_table.selectionModel().selectionChanged.connect(self._referral_selected)
        self.selected_status = QComboBox()
        self.selected_status.setAccessibleName(self.tr("Status of the chosen referral"))
        self.new_status = QComboBox()
        self.new_status.setAccessibleName(self.tr("Status of the new referral"))
        for status in ReferralStatus:
            self.selected_status.addItem(referral_status_label(status), status.value)
            self.new_status.addItem(referral_status_label(status), status.value)
        self.selected_status.setEnabled(False)
        self.selected_status.activated.connect(self._change_referral_status)
        self.referral_service = _line(self.tr("Service or resource"))
        self.referral_date = DateField(self.tr("referral date"), today, required=True)
        self.referral_date.set_date(today())
        self.add_referral_button = _button(self.tr("Add referral"))
        self.add_referral_button.clicked.connect(self.add_referral)
        self.referral_message = _message_label(self.tr("Referral message"))
        self.referral_form = window.add_form(
            "referral",
            EntryForm(
                {
                    "service": self.referral_service,
                    "made_on": self.referral_date,
                    "status": self.new_status,
                },
                self,
            ),
        )

        referrals_box = QGroupBox(self.tr("Referrals"))
        r_layout = QVBoxLayout(referrals_box)
        r_layout.addWidget(self.referral_table, stretch=1)
        chosen_referral = QHBoxLayout()
        chosen_referral.addWidget(
            self._buddy(self.tr("Chosen referral's status"), self.selected_status)
        )
        chosen_referral.addWidget(self.selected_status)
        chosen_referral.addStretch()
        r_layout.addLayout(chosen_referral)
        r_form = QFormLayout()
        r_form.addRow(self._buddy(self.tr("Service"), self.referral_service), self.referral_service)
        r_form.addRow(self._buddy(self.tr("Made on"), self.referral_date), self.referral_date)
        r_form.addRow(self._buddy(self.tr("Status"), self.new_status), self.new_status)
        r_form.addRow(self.add_referral_button)
        r_layout.addLayout(r_form)
        r_layout.addWidget(self.referral_message)

        layout = QHBoxLayout(scrolling_page(self))
        layout.addWidget(appointments_box, stretch=2)
        layout.addWidget(referrals_box, stretch=1)
        _chain(
            self.appointment_table,
            self.selected_transport,
            self.selected_reminder,
            self.appointment_date,
            self.appointment_time,
            self.appointment_kind,
            self.appointment_place,
            self.goes_along,
            self.transport,
            self.reminder,
            self.add_appointment_button,
            self.referral_table,
            self.selected_status,
            self.referral_service,
            self.referral_date,
            self.new_status,
            self.add_referral_button,
        )

    @classmethod
    def kind_label(cls, kind: str) -> str:
        """A suggested kind in the language in use; a typed one as it is."""
        return translate("CareTab", kind) if kind in cls.KINDS else kind

    @classmethod
    def kind_value(cls, text: str) -> str:
        """What to keep for the kind shown: a suggestion's English name, else the text."""
        typed = text.strip()
        for kind in cls.KINDS:
            if typed.casefold() in (kind.casefold(), translate("CareTab", kind).casefold()):
                return kind
        return typed

    @staticmethod
    def _buddy(text: str, field: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(field)
        return label

    def save_focused(self) -> None:
        """Ctrl+Enter: add whichever of the two forms has the focus."""
        focus = self.focusWidget()
        if focus in (self.referral_service, self.referral_date, self.new_status):
            self.add_referral()
        elif focus in self.appointment_form.fields.values():
            self.add_appointment()

    def show_appointments(self, appointments: Sequence[AppointmentEntry]) -> None:
        self._appointment_rows = list(appointments)
        self.appointments.set_rows(
            [
                (
                    a.id,
                    [
                        _when(a.starts_at),
                        self.kind_label(a.kind),
                        a.place or "",
                        _yes_no(a.peer_goes_along),
                        _yes_no(a.transport_arranged),
                        _yes_no(a.reminder_made),
                    ],
                )
                for a in appointments
            ]
        )
        self._appointment_selected()

    def show_referrals(self, referrals: Sequence[ReferralEntry]) -> None:
        self._referral_rows = list(referrals)
        self.referrals.set_rows(
            [
                (r.id, [r.service or "", _day(r.made_on), referral_status_label(r.status)])
                for r in referrals
            ]
        )
        self._referral_selected()

    def _chosen(self, table: QTableView) -> int | None:
        rows = table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _appointment_selected(self) -> None:
        row = self._chosen(self.appointment_table)
        for box in (self.selected_transport, self.selected_reminder):
            box.setEnabled(row is not None)
        if row is not None:
            chosen = self._appointment_rows[row]
            self.selected_transport.setChecked(chosen.transport_arranged)
            self.selected_reminder.setChecked(chosen.reminder_made)

    def _referral_selected(self) -> None:
        row = self._chosen(self.referral_table)
        self.selected_status.setEnabled(row is not None)
        if row is not None:
            found = self.selected_status.findData(self._referral_rows[row].status.value)
            self.selected_status.setCurrentIndex(found)

    def _reload(self) -> None:
        window, vault, pid = self.window_, self.window_.vault, self.window_.participant_id

        def read() -> tuple[list[AppointmentEntry], list[ReferralEntry]]:
            return participant_appointments(vault, pid), participant_referrals(vault, pid)

        def show(lists: tuple[list[AppointmentEntry], list[ReferralEntry]]) -> None:
            a_row = self._chosen(self.appointment_table)
            self.show_appointments(lists[0])
            self.show_referrals(lists[1])
            if a_row is not None and a_row < len(lists[0]):
                self.appointment_table.selectRow(a_row)
            window.participant_saved.emit(pid)

        window.run(read, show)

    def _toggle_appointment(self) -> None:
        row = self._chosen(self.appointment_table)
        if row is None:
            return
        chosen = self._appointment_rows[row]
        transport = self.selected_transport.isChecked()
        reminder = self.selected_reminder.isChecked()
        encounters = self.window_.encounters
        self.window_.run(
            lambda: encounters.update_appointment(
                chosen.id, transport_arranged=transport, reminder_made=reminder
            ),
            lambda _none: self._reload(),
        )

    def _change_referral_status(self) -> None:
        row = self._chosen(self.referral_table)
        if row is None:
            return
        chosen = self._referral_rows[row]
        status = str(self.selected_status.currentData())
        encounters = self.window_.encounters
        self.window_.run(
            lambda: encounters.set_referral_status(chosen.id, status), lambda _none: self._reload()
        )

    def add_appointment(self) -> None:
        try:
            day = self.appointment_date.date_value()
        except InvalidInput as problem:
            self.appointment_message.setText(problem.message)
            return
        assert day is not None
        clock = self.appointment_time.time()
        starts_at = datetime.combine(day, time(clock.hour(), clock.minute()))
        values = self.appointment_form.values()
        encounters, pid = self.window_.encounters, self.window_.participant_id

        def added(_appointment_id: str) -> None:
            self.appointment_message.setText("")
            self.appointment_place.clear()
            for box in (self.goes_along, self.transport, self.reminder):
                box.setChecked(False)
            self.appointment_form.mark_clean()
            self._reload()

        self.window_.run(
            lambda: encounters.add_appointment(
                pid,
                starts_at,
                self.kind_value(str(values["kind"])),
                place=values["place"],
                peer_goes_along=values["peer_goes_along"],
                transport_arranged=values["transport_arranged"],
                reminder_made=values["reminder_made"],
            ),
            added,
            lambda message: self.appointment_message.setText(
                self.tr("Not added: {0}").format(message)
            ),
        )

    def add_referral(self) -> None:
        try:
            made_on = self.referral_date.date_value()
        except InvalidInput as problem:
            self.referral_message.setText(problem.message)
            return
        assert made_on is not None
        service_name = self.referral_service.text()
        status = str(self.new_status.currentData())
        encounters, pid = self.window_.encounters, self.window_.participant_id

        def added(_referral_id: str) -> None:
            self.referral_message.setText("")
            self.referral_service.clear()
            self.referral_form.mark_clean()
            self._reload()

        self.window_.run(
            lambda: encounters.add_referral(pid, service_name, made_on, status),
            added,
            lambda message: self.referral_message.setText(
                self.tr("Not added: {0}").format(message)
            ),
        )


# --- Goals ---------------------------------------------------------------------------------


class GoalsTab(QWidget):
    """Goals in the participant's words; milestones are ticked off as they are done."""

    KIND_ROLE = Qt.ItemDataRole.UserRole
    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    GOAL_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, window: ParticipantWindow) -> None:
        super().__init__()
        self.window_ = window
        self._filling = False
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Goals, milestones and notes"))
        self.tree.setHeaderLabels([self.tr("Goal, milestone or note"), self.tr("Dates")])
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.currentItemChanged.connect(self._current_changed)

        self.goal_title = _line(self.tr("New goal"), self.tr("In their own words"))
        self.add_goal_button = _button(self.tr("Add goal"))
        self.add_goal_button.clicked.connect(self.add_goal)
        self.chosen_goal = QLabel(self.tr("Choose a goal in the list to add to it."))
        self.chosen_goal.setAccessibleName(self.tr("Chosen goal"))
        self.chosen_goal.setWordWrap(True)
        self.milestone_title = _line(self.tr("New milestone"), self.tr("A small next step"))
        self.milestone_due = DateField(self.tr("milestone due date"), window.today)
        self.add_milestone_button = _button(self.tr("Add milestone"))
        self.add_milestone_button.clicked.connect(self.add_milestone)
        self.note_text = _line(self.tr("Progress note"))
        self.add_note_button = _button(self.tr("Add note"))
        self.add_note_button.clicked.connect(self.add_note)
        self.goal_status = QComboBox()
        self.goal_status.setAccessibleName(self.tr("Status of the chosen goal"))
        for status in GoalStatus:
            self.goal_status.addItem(goal_status_label(status), status.value)
        self.goal_status.activated.connect(self._set_status)
        self.message = _message_label(self.tr("Goals message"))
        self.form = window.add_form(
            "goals",
            EntryForm(
                {
                    "goal": self.goal_title,
                    "milestone": self.milestone_title,
                    "milestone_due": self.milestone_due,
                    "note": self.note_text,
                },
                self,
            ),
        )
        self._current_changed(None, None)

        side = QVBoxLayout()
        new_goal = QGroupBox(self.tr("New goal"))
        g = QFormLayout(new_goal)
        g.addRow(self.tr("Goal"), self.goal_title)
        g.addRow(self.add_goal_button)
        chosen = QGroupBox(self.tr("The chosen goal"))
        c = QFormLayout(chosen)
        c.addRow(self.chosen_goal)
        c.addRow(self.tr("Status"), self.goal_status)
        c.addRow(self.tr("Milestone"), self.milestone_title)
        c.addRow(self.tr("Due on"), self.milestone_due)
        c.addRow(self.add_milestone_button)
        c.addRow(self.tr("Note"), self.note_text)
        c.addRow(self.add_note_button)
        side.addWidget(new_goal)
        side.addWidget(chosen)
        side.addWidget(self.message)
        side.addStretch()
        help_text = QLabel(
            self.tr("Tick a milestone (Space) when it's done; it is saved straight away.")
        )
        help_text.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.tree, stretch=1)
        left.addWidget(help_text)
        layout = QHBoxLayout(scrolling_page(self))
        layout.addLayout(left, stretch=3)
        layout.addLayout(side, stretch=2)
        _chain(
            self.tree,
            self.goal_title,
            self.add_goal_button,
            self.goal_status,
            self.milestone_title,
            self.milestone_due,
            self.add_milestone_button,
            self.note_text,
            self.add_note_button,
        )

    def show_goals(self, goals: Sequence[GoalView], select_goal: str | None = None) -> None:
        self._filling = True
        try:
            self.tree.clear()
            for goal in goals:
                item = QTreeWidgetItem(
                    [
                        goal.title or "",
                        self.tr("set {0} · {1}").format(
                            _day(goal.set_on), goal_status_label(goal.status)
                        ),
                    ]
                )
                item.setData(0, self.KIND_ROLE, "goal")
                item.setData(0, self.ID_ROLE, goal.id)
                item.setData(0, self.GOAL_ROLE, goal.id)
                item.setData(1, self.KIND_ROLE, goal.status.value)
                bold = item.font(0)
                bold.setBold(True)
                item.setFont(0, bold)
                for milestone in goal.milestones:
                    child = QTreeWidgetItem(
                        [
                            milestone.title or "",
                            self._milestone_dates(milestone.due_on, milestone.done_on),
                        ]
                    )
                    child.setData(0, self.KIND_ROLE, "milestone")
                    child.setData(0, self.ID_ROLE, milestone.id)
                    child.setData(0, self.GOAL_ROLE, goal.id)
                    child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    child.setCheckState(
                        0,
                        Qt.CheckState.Checked if milestone.done_on else Qt.CheckState.Unchecked,
                    )
                    item.addChild(child)
                for written_on, note in goal.notes:
                    child = QTreeWidgetItem(
                        [self.tr("Note: {0}").format(note or ""), _day(written_on)]
                    )
                    child.setData(0, self.KIND_ROLE, "note")
                    child.setData(0, self.GOAL_ROLE, goal.id)
                    child.setFlags(child.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                    item.addChild(child)
                self.tree.addTopLevelItem(item)
                item.setExpanded(True)
                if goal.id == select_goal:
                    self.tree.setCurrentItem(item)
        finally:
            self._filling = False
        self._current_changed(self.tree.currentItem(), None)

    def _milestone_dates(self, due_on: date | None, done_on: date | None) -> str:
        done = self.tr("done {0}").format(_day(done_on)) if done_on else self.tr("not done yet")
        return self.tr("due {0} · {1}").format(_day(due_on), done) if due_on else done

    def _current_goal(self) -> str | None:
        item = self.tree.currentItem()
        return str(item.data(0, self.GOAL_ROLE)) if item is not None else None

    def _current_changed(
        self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        goal_item = current
        while goal_item is not None and goal_item.parent() is not None:
            goal_item = goal_item.parent()
        chosen = goal_item is not None
        for widget in (
            self.milestone_title,
            self.milestone_due,
            self.add_milestone_button,
            self.note_text,
            self.add_note_button,
            self.goal_status,
        ):
            widget.setEnabled(chosen)
        if goal_item is None:
            self.chosen_goal.setText(self.tr("Choose a goal in the list to add to it."))
            return
        self.chosen_goal.setText(self.tr("Chosen: {0}").format(goal_item.text(0)))
        found = self.goal_status.findData(goal_item.data(1, self.KIND_ROLE))
        if found >= 0:
            self.goal_status.setCurrentIndex(found)

    def _reload(self, select_goal: str | None = None) -> None:
        window, service, pid = self.window_, self.window_.goal_service, self.window_.participant_id
        keep = select_goal or self._current_goal()

        def show(goals: list[GoalView]) -> None:
            self.show_goals(goals, keep)
            window.participant_saved.emit(pid)

        window.run(lambda: service.goals(pid), show)

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0 or item.data(0, self.KIND_ROLE) != "milestone":
            return
        milestone_id = str(item.data(0, self.ID_ROLE))
        done = item.checkState(0) == Qt.CheckState.Checked
        done_on = self.window_.today() if done else None
        service = self.window_.goal_service
        self._filling = True
        item.setText(1, self.tr("saving…"))
        self._filling = False
        self.window_.run(
            lambda: service.tick_milestone(milestone_id, done_on),
            lambda _none: self._reload(),
            self._problem,
        )

    def _problem(self, message: str) -> None:
        self.message.setText(self.tr("Not saved: {0}").format(message))
        self._reload()

    def save_focused(self) -> None:
        """Ctrl+Enter: add whatever the focused field is for."""
        focus = self.focusWidget()
        if focus is self.goal_title:
            self.add_goal()
        elif focus in (self.milestone_title, self.milestone_due):
            self.add_milestone()
        elif focus is self.note_text:
            self.add_note()

    def _after_add(self, field: QLineEdit, goal_id: str | None = None) -> None:
        self.message.setText("")
        field.clear()
        if field is self.milestone_title:
            self.milestone_due.clear()
        self.form.mark_clean()
        self._reload(goal_id)

    def add_goal(self) -> None:
        title = self.goal_title.text()
        service, pid = self.window_.goal_service, self.window_.participant_id
        self.window_.run(
            lambda: service.add_goal(pid, title),
            lambda goal_id: self._after_add(self.goal_title, goal_id),
            self._not_added,
        )

    def add_milestone(self) -> None:
        goal_id = self._current_goal()
        if goal_id is None:
            return
        try:
            due_on = self.milestone_due.date_value()
        except InvalidInput as problem:
            self._not_added(problem.message)
            return
        title = self.milestone_title.text()
        service = self.window_.goal_service
        self.window_.run(
            lambda: service.add_milestone(goal_id, title, due_on),
            lambda _id: self._after_add(self.milestone_title),
            self._not_added,
        )

    def add_note(self) -> None:
        goal_id = self._current_goal()
        if goal_id is None:
            return
        note = self.note_text.text()
        service = self.window_.goal_service
        self.window_.run(
            lambda: service.add_note(goal_id, note),
            lambda _none: self._after_add(self.note_text),
            self._not_added,
        )

    def _set_status(self) -> None:
        goal_id = self._current_goal()
        if goal_id is None:
            return
        status = str(self.goal_status.currentData())
        service = self.window_.goal_service
        self.window_.run(
            lambda: service.set_status(goal_id, status),
            lambda _none: self._reload(),
            self._not_added,
        )

    def _not_added(self, message: str) -> None:
        self.message.setText(self.tr("Not saved: {0}").format(message))


# --- Measures ------------------------------------------------------------------------------


class MeasuresTab(QWidget):
    """Enter a rating or a BARC-10 and see the results over time."""

    DATE, INSTRUMENT, TOTAL, MEANING = range(4)

    def __init__(self, window: ParticipantWindow) -> None:
        super().__init__()
        self.window_ = window
        self.instruments: dict[str, Instrument] = {
            key: window.instruments[key] for key in INSTRUMENT_ORDER if key in window.instruments
        }
        for key, instrument in window.instruments.items():
            self.instruments.setdefault(key, instrument)
        self._history: list[MeasureView] = []

        self.instrument = QComboBox()
        self.instrument.setAccessibleName(self.tr("Instrument"))
        for key, instrument in self.instruments.items():
            self.instrument.addItem(instrument.name, key)
        self.taken_on = DateField(self.tr("date taken"), window.today, required=True)
        self.taken_on.set_date(window.today())
        self.pages = QStackedWidget()
        self.single_spins: dict[str, QSpinBox] = {}
        self.item_combos: dict[str, list[QComboBox]] = {}
        fields: dict[str, FormField] = {"instrument": self.instrument, "taken_on": self.taken_on}
        self._page_of: dict[str, int] = {}
        for key, instrument in self.instruments.items():
            page = self._single_page(key, instrument) if instrument.single_item else None
            if page is None:
                page = self._items_page(key, instrument)
                for number, combo in enumerate(self.item_combos[key], start=1):
                    fields[f"{key}_{number}"] = combo
            else:
                fields[key] = self.single_spins[key]
            self._page_of[key] = self.pages.addWidget(page)
        self.total = QLabel()
        self.total.setAccessibleName(self.tr("Total"))
        self.total.setWordWrap(True)
        total_font = self.total.font()
        total_font.setBold(True)
        self.total.setFont(total_font)
        self.save_button = _button(self.tr("Save result"))
        self.save_button.setToolTip(self.tr("Ctrl+Enter"))
        self.save_button.clicked.connect(self.save)
        self.message = _message_label(self.tr("Measure message"))
        self.form = window.add_form("measure", EntryForm(fields, self))
        self.form.edited.connect(self._update_total)
        self.instrument.currentIndexChanged.connect(self._instrument_changed)

        self.chart = MeasureChart()
        self.model = TextTableModel(
            [self.tr("Date"), self.tr("Instrument"), self.tr("Total"), self.tr("What it means")],
            self,
        )
        self.table = _table(self.model, self.tr("Results, newest first"))

        entry = QGroupBox(self.tr("Enter a result"))
        entry_layout = QVBoxLayout(entry)
        top = QFormLayout()
        instrument_label = QLabel(self.tr("&Instrument"))
        instrument_label.setBuddy(self.instrument)
        date_label = QLabel(self.tr("&Taken on"))
        date_label.setBuddy(self.taken_on)
        top.addRow(instrument_label, self.instrument)
        top.addRow(date_label, self.taken_on)
        entry_layout.addLayout(top)
        entry_layout.addWidget(self.pages, stretch=1)
        entry_layout.addWidget(self.total)
        entry_layout.addWidget(self.message)
        entry_layout.addWidget(self.save_button, alignment=Qt.AlignmentFlag.AlignLeft)
        entry.setMinimumWidth(470)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.table)
        splitter.setSizes([330, 200])
        layout = QHBoxLayout(scrolling_page(self))
        layout.addWidget(entry, stretch=0)
        layout.addWidget(splitter, stretch=1)
        self._instrument_changed()

    def _single_page(self, key: str, instrument: Instrument) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        question = QLabel(instrument.item_texts[0])
        question.setWordWrap(True)
        spin = QSpinBox()
        spin.setRange(instrument.scale_min - 1, instrument.scale_max)
        spin.setSpecialValueText(self.tr("not chosen"))
        spin.setValue(instrument.scale_min - 1)
        spin.setAccessibleName(instrument.item_texts[0])
        question.setBuddy(spin)
        anchors = "\n".join(
            f"{value} = {text}" for value, text in sorted(instrument.anchors.items())
        )
        spin.setAccessibleDescription(anchors)
        guide = QLabel(anchors)
        guide.setWordWrap(True)
        self.single_spins[key] = spin
        layout.addWidget(question)
        layout.addWidget(spin, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(guide)
        layout.addStretch()
        return page

    def _items_page(self, key: str, instrument: Instrument) -> QWidget:
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.setContentsMargins(0, 0, 4, 0)
        combos: list[QComboBox] = []
        for number, text in enumerate(instrument.item_texts, start=1):
            label = QLabel(f"{number}. {text}")
            label.setWordWrap(True)
            combo = QComboBox()
            combo.addItem(self.tr("Choose…"), None)
            for value, anchor in sorted(instrument.anchors.items()):
                combo.addItem(f"{value} — {anchor}", value)
            combo.setAccessibleName(self.tr("Statement {0}: {1}").format(number, text))
            label.setBuddy(combo)
            grid.addWidget(label, number - 1, 0)
            grid.addWidget(combo, number - 1, 1)
            combos.append(combo)
        grid.setColumnStretch(0, 1)
        self.item_combos[key] = combos
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("{0} statements").format(instrument.short_name))
        return scroll

    def current(self) -> Instrument:
        return self.instruments[str(self.instrument.currentData())]

    def _instrument_changed(self) -> None:
        key = str(self.instrument.currentData())
        self.pages.setCurrentIndex(self._page_of[key])
        self._update_total()
        self._show_chart()

    def answers(self) -> list[int | None]:
        key = str(self.instrument.currentData())
        instrument = self.instruments[key]
        if instrument.single_item:
            value = self.single_spins[key].value()
            return [None if value < instrument.scale_min else value]
        return [combo.currentData() for combo in self.item_combos[key]]

    def _update_total(self) -> None:
        instrument = self.current()
        answers = self.answers()
        answered = [a for a in answers if a is not None]
        if instrument.single_item:
            self.total.setText(
                self.tr("Rating: {0} of {1}").format(answered[0], instrument.total_max)
                if answered
                else self.tr("Choose a rating from {0} to {1}.").format(
                    instrument.scale_min, instrument.scale_max
                )
            )
            return
        if len(answered) < len(answers):
            self.total.setText(
                self.tr("{0} of {1} statements answered. The total shows when all are.").format(
                    len(answered), len(answers)
                )
            )
            return
        total = instrument.score([int(a) for a in answered])
        text = self.tr("Total: {0} of {1}").format(total, instrument.total_max)
        band = instrument.band(total)
        if instrument.cutoffs:
            first = min(c.at_or_above for c in instrument.cutoffs)
            text += (
                self.tr(" — at or above the cut-off of {0}").format(first)
                if band
                else self.tr(" — below the cut-off of {0}").format(first)
            )
        self.total.setText(text)

    def _show_chart(self) -> None:
        instrument = self.current()
        points = [(m.taken_on, m.total) for m in self._history if m.instrument == instrument.id]
        meaning = (
            self.tr(": the original study linked {0} or more with sustained recovery")
            if instrument.id == "barc10"
            else ""
        )
        lines = [
            ChartLine(
                c.at_or_above,
                self.tr("Cut-off {0}").format(c.at_or_above) + meaning.format(c.at_or_above),
            )
            for c in instrument.cutoffs
        ]
        self.chart.set_series(
            self.tr("{0} over time").format(instrument.short_name),
            points,
            instrument.total_min,
            instrument.total_max,
            lines,
        )

    def show_history(self, history: Sequence[MeasureView]) -> None:
        self._history = list(history)
        rows = []
        for m in reversed(self._history):
            instrument = self.instruments.get(m.instrument)
            name = instrument.short_name if instrument else m.instrument
            meaning = ""
            if instrument is not None and instrument.cutoffs:
                first = min(c.at_or_above for c in instrument.cutoffs)
                meaning = (
                    self.tr("at or above the cut-off of {0}").format(first)
                    if instrument.band(m.total)
                    else self.tr("below the cut-off of {0}").format(first)
                )
            top = instrument.total_max if instrument else ""
            rows.append((m.id, [_day(m.taken_on), name, f"{m.total} / {top}", meaning]))
        self.model.set_rows(rows)
        self._show_chart()

    def _clear_entry(self) -> None:
        for key, spin in self.single_spins.items():
            spin.setValue(self.instruments[key].scale_min - 1)
        for combos in self.item_combos.values():
            for combo in combos:
                combo.setCurrentIndex(0)
        self.taken_on.set_date(self.window_.today())
        self.form.mark_clean()

    def save(self) -> None:
        instrument = self.current()
        answers = self.answers()
        if any(a is None for a in answers):
            self.message.setText(
                self.tr("Not saved: {0} needs an answer to every statement.").format(
                    instrument.short_name
                )
                if not instrument.single_item
                else self.tr("Not saved: choose a rating first.")
            )
            return
        try:
            taken_on = self.taken_on.date_value()
        except InvalidInput as problem:
            self.message.setText(self.tr("Not saved: {0}").format(problem.message))
            return
        assert taken_on is not None
        items = [int(a) for a in answers if a is not None]
        window, service, pid = self.window_, self.window_.measures, self.window_.participant_id
        self.save_button.setEnabled(False)

        def record_and_reread() -> list[MeasureView]:
            service.record(pid, instrument.id, taken_on, items=items)
            return service.history(pid)

        def saved(history: list[MeasureView]) -> None:
            self.message.setText("")
            total = self.total.text()
            self._clear_entry()
            self.show_history(history)
            self.total.setText(self.tr("Saved. {0}").format(total))
            window.participant_saved.emit(pid)

        window.run(
            record_and_reread,
            saved,
            lambda message: self.message.setText(self.tr("Not saved: {0}").format(message)),
            on_done=lambda: self.save_button.setEnabled(True),
        )


# --- Consents and safety -------------------------------------------------------------------


class SafetyTab(QWidget):
    """Consents, the crisis flag and safety plan, key contacts and local resources."""

    def __init__(self, window: ParticipantWindow) -> None:
        super().__init__()
        self.window_ = window
        today = window.today
        self.consent_services = _check(self.tr("Consents to peer support services"))
        self.consent_sync = _check(self.tr("Consents to their record being synced"))
        self.crisis_flag = _check(self.tr("Crisis plan in place"))
        self.safety_plan = _text_box(self.tr("Safety plan"), 6)
        self.save_button = _button(self.tr("Save consents and safety plan"))
        self.save_button.setToolTip(self.tr("Ctrl+S or Ctrl+Enter"))
        self.save_button.clicked.connect(self.save)
        self.saved_note = QLabel()
        self.saved_note.setAccessibleName(self.tr("Safety plan save status"))
        self.message = _message_label(self.tr("Safety plan message"))
        self.form = window.add_form(
            "safety",
            EntryForm(
                {
                    "consent_to_services": self.consent_services,
                    "consent_to_sync": self.consent_sync,
                    "crisis_flag": self.crisis_flag,
                    "safety_plan": self.safety_plan,
                },
                self,
            ),
        )
        self.form.edited.connect(
            lambda: self.saved_note.setText(
                self.tr("Not saved yet") if self.form.is_dirty() else self.saved_note.text()
            )
        )

        self.sharing = TextTableModel(
            [self.tr("Shared with"), self.tr("Given"), self.tr("Expires"), self.tr("Withdrawn")],
            self,
        )
        self.sharing_table = _table(self.sharing, self.tr("Consents to share information"), 0)
        self.party = _line(self.tr("Shared with"), self.tr("A named person or service"))
        self.given_on = DateField(self.tr("date consent was given"), today, required=True)
        self.given_on.set_date(today())
        self.expires_on = DateField(self.tr("expiry date"), today)
        self.add_consent_button = _button(self.tr("Add consent to share"))
        self.add_consent_button.clicked.connect(self.add_consent)
        self.consent_message = _message_label(self.tr("Sharing consent message"))
        self.consent_form = window.add_form(
            "sharing",
            EntryForm(
                {"party": self.party, "given_on": self.given_on, "expires_on": self.expires_on},
                self,
            ),
        )

        self.key_contacts = TextTableModel(
            [self.tr("Name"), self.tr("Relationship"), self.tr("Phone")], self
        )
        self.key_table = _table(self.key_contacts, self.tr("Key contacts"))
        self.key_name = _line(self.tr("Key contact's name"))
        self.key_relationship = _line(self.tr("Relationship"))
        self.key_phone = _line(self.tr("Key contact's phone"))
        self.add_key_button = _button(self.tr("Add key contact"))
        self.add_key_button.clicked.connect(self.add_key_contact)
        self.key_message = _message_label(self.tr("Key contact message"))
        self.key_form = window.add_form(
            "key_contact",
            EntryForm(
                {
                    "name": self.key_name,
                    "relationship": self.key_relationship,
                    "phone": self.key_phone,
                },
                self,
            ),
        )

        self.resources = QPlainTextEdit(
            window.crisis_resources.strip()
            or self.tr(
                "No local crisis resources have been set up yet. A coordinator can add them "
                "in Settings."
            )
        )
        self.resources.setReadOnly(True)
        self.resources.setTabChangesFocus(True)
        self.resources.setAccessibleName(self.tr("Local crisis resources"))

        consents = QGroupBox(self.tr("Consents"))
        c_layout = QVBoxLayout(consents)
        c_layout.addWidget(self.consent_services)
        c_layout.addWidget(self.consent_sync)
        c_layout.addWidget(QLabel(self.tr("Consents to share information:")))
        c_layout.addWidget(self.sharing_table, stretch=1)
        c_form = QFormLayout()
        c_form.addRow(CareTab._buddy(self.tr("Shared with"), self.party), self.party)
        c_form.addRow(CareTab._buddy(self.tr("Given on"), self.given_on), self.given_on)
        c_form.addRow(CareTab._buddy(self.tr("Expires on"), self.expires_on), self.expires_on)
        c_form.addRow(self.add_consent_button)
        c_layout.addLayout(c_form)
        c_layout.addWidget(self.consent_message)

        plan = QGroupBox(self.tr("Safety plan"))
        p_layout = QVBoxLayout(plan)
        p_layout.addWidget(self.crisis_flag)
        plan_label = QLabel(self.tr("Safety plan, in their words:"))
        plan_label.setBuddy(self.safety_plan)
        p_layout.addWidget(plan_label)
        p_layout.addWidget(self.safety_plan)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved_note, stretch=1)
        p_layout.addLayout(buttons)
        p_layout.addWidget(self.message)

        keys = QGroupBox(self.tr("Key contacts"))
        k_layout = QVBoxLayout(keys)
        k_layout.addWidget(self.key_table, stretch=1)
        k_form = QGridLayout()
        k_form.addWidget(CareTab._buddy(self.tr("Name"), self.key_name), 0, 0)
        k_form.addWidget(self.key_name, 0, 1)
        k_form.addWidget(CareTab._buddy(self.tr("Relationship"), self.key_relationship), 0, 2)
        k_form.addWidget(self.key_relationship, 0, 3)
        k_form.addWidget(CareTab._buddy(self.tr("Phone"), self.key_phone), 1, 0)
        k_form.addWidget(self.key_phone, 1, 1)
        k_form.addWidget(self.add_key_button, 1, 3)
        k_layout.addLayout(k_form)
        k_layout.addWidget(self.key_message)

        local = QGroupBox(self.tr("Local crisis resources"))
        l_layout = QVBoxLayout(local)
        l_layout.addWidget(self.resources)

        right = QVBoxLayout()
        right.addWidget(plan)
        right.addWidget(keys, stretch=1)
        right.addWidget(local)
        layout = QHBoxLayout(scrolling_page(self))
        layout.addWidget(consents, stretch=2)
        layout.addLayout(right, stretch=3)
        _chain(
            self.consent_services,
            self.consent_sync,
            self.sharing_table,
            self.party,
            self.given_on,
            self.expires_on,
            self.add_consent_button,
            self.crisis_flag,
            self.safety_plan,
            self.save_button,
            self.key_table,
            self.key_name,
            self.key_relationship,
            self.key_phone,
            self.add_key_button,
            self.resources,
        )

    def show_record(self, record: ParticipantView) -> None:
        self.form.set_values(
            {
                "consent_to_services": record.consent_to_services,
                "consent_to_sync": record.consent_to_sync,
                "crisis_flag": record.crisis_flag,
                "safety_plan": record.safety_plan,
            }
        )
        self.form.mark_clean()
        self.saved_note.setText("")
        self._show_lists(record)

    def _show_lists(self, record: ParticipantView) -> None:
        self.sharing.set_rows(
            [
                (str(n), [party or "", _day(given), _day(expires), _day(withdrawn)])
                for n, (party, given, expires, withdrawn) in enumerate(record.sharing_consents)
            ]
        )
        self.key_contacts.set_rows(
            [
                (str(n), [name or "", relationship or "", phone or ""])
                for n, (name, relationship, phone) in enumerate(record.key_contacts)
            ]
        )

    def save(self) -> None:
        values = self.form.values()
        window, service, pid = self.window_, self.window_.participants, self.window_.participant_id
        self.save_button.setEnabled(False)
        self.saved_note.setText(self.tr("Saving…"))

        def saved(_changed: list[str]) -> None:
            self.message.setText("")
            self.form.mark_clean()
            self.saved_note.setText(self.tr("Saved"))
            window.record_changed(
                consent_to_services=values["consent_to_services"],
                consent_to_sync=values["consent_to_sync"],
                crisis_flag=values["crisis_flag"],
                safety_plan=values["safety_plan"].strip() or None,
            )

        def problem(message: str) -> None:
            self.saved_note.setText(self.tr("Not saved"))
            self.message.setText(self.tr("Not saved: {0}").format(message))

        window.run(
            lambda: service.update(pid, **values),
            saved,
            problem,
            on_done=lambda: self.save_button.setEnabled(True),
        )

    def add_consent(self) -> None:
        try:
            given = self.given_on.date_value()
            expires = self.expires_on.date_value()
        except InvalidInput as problem:
            self.consent_message.setText(self.tr("Not added: {0}").format(problem.message))
            return
        assert given is not None
        party = self.party.text()
        window, service, pid = self.window_, self.window_.participants, self.window_.participant_id

        def added(_none: None) -> None:
            self.consent_message.setText("")
            self.party.clear()
            self.expires_on.clear()
            self.consent_form.mark_clean()
            if window.record is not None:
                consents = [*window.record.sharing_consents, (party.strip(), given, expires, None)]
                window.record_changed(sharing_consents=consents)
                self._show_lists(window.record)

        window.run(
            lambda: service.add_sharing_consent(pid, party, given, expires),
            added,
            lambda message: self.consent_message.setText(self.tr("Not added: {0}").format(message)),
        )

    def add_key_contact(self) -> None:
        name, relationship, phone = (
            self.key_name.text(),
            self.key_relationship.text(),
            self.key_phone.text(),
        )
        window, service, pid = self.window_, self.window_.participants, self.window_.participant_id

        def added(_none: None) -> None:
            self.key_message.setText("")
            for field in (self.key_name, self.key_relationship, self.key_phone):
                field.clear()
            self.key_form.mark_clean()
            if window.record is not None:
                contact = (name.strip(), relationship.strip() or None, phone.strip() or None)
                window.record_changed(key_contacts=[*window.record.key_contacts, contact])
                self._show_lists(window.record)

        window.run(
            lambda: service.add_key_contact(pid, name, relationship, phone),
            added,
            lambda message: self.key_message.setText(self.tr("Not added: {0}").format(message)),
        )


# --- History -------------------------------------------------------------------------------


class HistoryTab(QWidget):
    """Who opened or changed this record, and when (coordinators only; the service
    refuses anyone else)."""

    WHEN, WHO, WHAT, DETAIL = range(4)

    def __init__(self, window: ParticipantWindow) -> None:
        super().__init__()
        self.window_ = window
        self.model = TextTableModel(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Detail")], self
        )
        self.table = _table(self.model, self.tr("Record history, newest first"))
        self.refresh_button = _button(self.tr("Refresh"), self.tr("Refresh the history"))
        self.refresh_button.clicked.connect(self.refresh)
        explain = QLabel(
            self.tr(
                "Every time this record was opened or changed, newest first. The history "
                "can't be edited."
            )
        )
        explain.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.table, stretch=1)
        layout.addWidget(self.refresh_button, alignment=Qt.AlignmentFlag.AlignLeft)

    def show_history(self, entries: Sequence[HistoryEntry]) -> None:
        self.model.set_rows(
            [
                (
                    str(n),
                    [
                        _when(e.at),
                        e.who or self.tr("(recovery key)"),
                        audit_action_label(e.action),
                        e.detail or "",
                    ],
                )
                for n, e in enumerate(entries)
            ]
        )

    def refresh(self) -> None:
        vault, pid = self.window_.vault, self.window_.participant_id
        self.window_.run(lambda: record_history(vault, pid), self.show_history)
