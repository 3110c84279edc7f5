"""The Training area: who is current on their trainings and supervision, and each
person's record. A coordinator sees and changes everyone's, and sets what each role
must hold; everyone else sees and changes only their own.

Everything loads on the task runner in one job (staff are few); certificates are read
from the vault and shown in a CertificateWindow, never written to disk."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.db.models import Role
from peerdesk.errors import InvalidInput, KnownError
from peerdesk.i18n import month_year, role_words, short_date, translate
from peerdesk.services.compliance import (
    ComplianceService,
    HoursStatus,
    PersonCompliance,
    RequirementStatus,
    Status,
    SupervisionMonth,
)
from peerdesk.services.training import (
    MAX_CERTIFICATE_BYTES,
    SupervisionView,
    TrainingRecordView,
    TrainingService,
)
from peerdesk.tasks.runner import TaskRunner
from peerdesk.ui.area_view import AreaView
from peerdesk.ui.certificate_window import (
    CertificateWindow,
    UnreadableCertificate,
    certificate_pages,
)
from peerdesk.ui.group_dialogs import from_qdate
from peerdesk.ui.message_boxes import MessageBoxes
from peerdesk.ui.rows_table_model import Column, RowsTableModel, rows_table_view
from peerdesk.ui.training_dialogs import (
    RequirementsDialog,
    SupervisionDialog,
    TrainingDialog,
    topic_words,
)
from peerdesk.vault.vault import UnlockedVault

_COLOURS = {
    Status.CURRENT: QColor("#d7f0dc"),
    Status.EXPIRING_60: QColor("#fdf0c8"),
    Status.EXPIRING_30: QColor("#fbe0b5"),
    Status.OVERDUE: QColor("#f7d9d9"),
    Status.MISSING: QColor("#f7d9d9"),
}


def status_icon(status: Status) -> QIcon:
    icon = {
        Status.CURRENT: QStyle.StandardPixmap.SP_DialogApplyButton,
        Status.EXPIRING_60: QStyle.StandardPixmap.SP_MessageBoxInformation,
        Status.EXPIRING_30: QStyle.StandardPixmap.SP_MessageBoxWarning,
        Status.OVERDUE: QStyle.StandardPixmap.SP_MessageBoxCritical,
        Status.MISSING: QStyle.StandardPixmap.SP_MessageBoxCritical,
    }[status]
    return QApplication.style().standardIcon(icon)


def _day(day: date | None) -> str:
    return short_date(day) if day else ""


def _hours(value: float | None) -> str:
    return f"{value:g} h" if value else ""


@dataclass(frozen=True)
class Item:
    """One line of a person's requirements: a training, an hour rule or supervision."""

    what: str
    status: Status
    detail: str
    expires_on: date | None


def attention(person: PersonCompliance) -> str:
    """What needs doing, in a few words: "Crisis response overdue; Ethics hours short"."""
    parts = []
    for r in person.requirements:
        if r.status is not Status.CURRENT:
            parts.append(f"{r.training}: {r.status.words.lower()}")
    for h in person.hours:
        if h.status is Status.OVERDUE:
            parts.append(
                translate("TrainingView", "{label}: {done} of {required} h").format(
                    label=h.label, done=f"{h.hours_done:g}", required=f"{h.hours_required:g}"
                )
            )
        elif h.status is not Status.CURRENT:
            parts.append(
                translate("TrainingView", "{label} hours: {status}").format(
                    label=h.label, status=h.status.words.lower()
                )
            )
    if person.supervision_status is Status.OVERDUE:
        parts.append(translate("TrainingView", "supervision below target last month"))
    return "; ".join(parts)


def items_of(person: PersonCompliance) -> list[Item]:
    items = [_requirement_item(r) for r in person.requirements]
    items += [_hours_item(h) for h in person.hours]
    if person.supervision_status is not None and len(person.supervision) >= 2:
        last = person.supervision[-2]
        items.append(
            Item(
                translate("TrainingView", "Supervision"),
                person.supervision_status,
                translate("TrainingView", "{minutes} of {target} minutes in {month}").format(
                    minutes=last.minutes, target=last.target, month=month_year(last.month)
                ),
                None,
            )
        )
    return items


def _requirement_item(r: RequirementStatus) -> Item:
    if r.record is None:
        detail = translate("TrainingView", "Not done yet")
    elif not r.record.expires_on:
        detail = translate("TrainingView", "Completed {0}").format(_day(r.record.completed_on))
    else:
        detail = (
            translate("TrainingView", "Completed {0}, expired {1}")
            if r.status is Status.OVERDUE
            else translate("TrainingView", "Completed {0}, expires {1}")
        ).format(_day(r.record.completed_on), _day(r.record.expires_on))
    return Item(r.training, r.status, detail, r.expires_on)


def _hours_item(h: HoursStatus) -> Item:
    start, end = h.window
    detail = translate(
        "TrainingView", "{done} of {required} hours between {start} and {end}"
    ).format(
        done=f"{h.hours_done:g}", required=f"{h.hours_required:g}", start=_day(start), end=_day(end)
    )
    return Item(translate("TrainingView", "{0} (hours)").format(h.label), h.status, detail, None)


@dataclass(frozen=True)
class _Loaded:
    people: list[PersonCompliance]
    records: list[TrainingRecordView]
    supervision: list[SupervisionView]
    known_trainings: list[str]


class TrainingView(AreaView):
    loaded = Signal()

    def __init__(
        self,
        vault: UnlockedVault,
        tasks: TaskRunner,
        boxes: MessageBoxes,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Training"), vault, tasks, boxes, today, parent)
        assert vault.user is not None
        self.is_coordinator = vault.user.role is Role.COORDINATOR
        self.data: _Loaded | None = None
        self.certificate_windows: list[CertificateWindow] = []
        self._build()
        self.refresh()

    # --- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        heading = QLabel(
            self.tr("<h2>Staff training</h2>")
            if self.is_coordinator
            else self.tr("<h2>My training</h2>")
        )
        self.staff_model: RowsTableModel[PersonCompliance] = RowsTableModel(
            [
                Column(self.tr("Name"), lambda p: p.name),
                Column(self.tr("Role"), lambda p: role_words(p.role)),
                Column(
                    self.tr("Status"),
                    lambda p: p.status.words,
                    sort_key=lambda p: -p.status.severity,
                    background=lambda p: QBrush(_COLOURS[p.status]),
                    icon=lambda p: status_icon(p.status),
                ),
                Column(self.tr("Needs attention"), attention),
            ],
            lambda p: p.user_id,
            self,
        )
        self.staff_table = rows_table_view(self.staff_model, self.tr("Staff"))
        self.staff_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_person(current)
        )
        self.requirements_button = QPushButton(self.tr("&Requirements…"))
        self.requirements_button.setToolTip(
            self.tr("What each role must hold, hours per period and supervision targets")
        )
        self.requirements_button.clicked.connect(self.edit_requirements)
        self.requirements_button.setVisible(self.is_coordinator)
        top_buttons = QHBoxLayout()
        top_buttons.addWidget(self.requirements_button)
        top_buttons.addStretch()
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(heading)
        top_layout.addWidget(self.staff_table, stretch=1)
        top_layout.addLayout(top_buttons)

        self.person_heading = QLabel()
        self.person_heading.setTextFormat(Qt.TextFormat.RichText)

        # What is required, and where the person stands.
        self.item_model: RowsTableModel[Item] = RowsTableModel(
            [
                Column(self.tr("Requirement"), lambda i: i.what),
                Column(
                    self.tr("Status"),
                    lambda i: i.status.words,
                    sort_key=lambda i: -i.status.severity,
                    background=lambda i: QBrush(_COLOURS[i.status]),
                    icon=lambda i: status_icon(i.status),
                ),
                Column(self.tr("Details"), lambda i: i.detail),
            ],
            lambda i: i.what,
            self,
        )
        self.item_table = rows_table_view(self.item_model, self.tr("Requirements and status"))
        self.no_requirements = QLabel()
        self.no_requirements.setWordWrap(True)
        items_page = QWidget()
        items_layout = QVBoxLayout(items_page)
        items_layout.addWidget(self.item_table)
        items_layout.addWidget(self.no_requirements)

        # Every training the person has done.
        self.record_model: RowsTableModel[TrainingRecordView] = RowsTableModel(
            [
                Column(self.tr("Training"), lambda r: r.training),
                Column(self.tr("Category"), lambda r: r.category or ""),
                Column(
                    self.tr("Completed"),
                    lambda r: _day(r.completed_on),
                    sort_key=lambda r: r.completed_on,
                ),
                Column(
                    self.tr("Expires"),
                    lambda r: _day(r.expires_on),
                    sort_key=lambda r: r.expires_on,
                ),
                Column(
                    self.tr("Hours"),
                    lambda r: _hours(r.hours),
                    sort_key=lambda r: r.hours,
                    align_right=True,
                ),
                Column(
                    self.tr("Certificate"),
                    lambda r: self.tr("Yes — Enter opens it") if r.has_certificate else "",
                ),
            ],
            lambda r: r.id,
            self,
        )
        self.record_table = rows_table_view(self.record_model, self.tr("Trainings done"))
        self.record_table.activated.connect(lambda _index: self.open_certificate())
        self.add_button = QPushButton(self.tr("&Add a training…"))
        self.add_button.setToolTip(self.tr("Ctrl+N"))
        self.add_button.clicked.connect(self.add_training)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_training)
        self.remove_button = QPushButton(self.tr("Re&move…"))
        self.remove_button.clicked.connect(self.remove_training)
        self.open_button = QPushButton(self.tr("&Open certificate"))
        self.open_button.clicked.connect(self.open_certificate)
        record_buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button, self.open_button):
            record_buttons.addWidget(button)
        record_buttons.addStretch()
        records_page = QWidget()
        records_layout = QVBoxLayout(records_page)
        records_layout.addWidget(self.record_table)
        records_layout.addLayout(record_buttons)

        # Supervision: the log and each month against the target.
        self.month_model: RowsTableModel[SupervisionMonth] = RowsTableModel(
            [
                Column(self.tr("Month"), lambda m: month_year(m.month), sort_key=lambda m: m.month),
                Column(
                    self.tr("Minutes"),
                    lambda m: str(m.minutes),
                    sort_key=lambda m: m.minutes,
                    align_right=True,
                ),
                Column(self.tr("Target"), lambda m: str(m.target) if m.target else "—"),
                Column(self.tr("Met?"), self._month_verdict, background=self._month_colour),
            ],
            lambda m: m.month.isoformat(),
            self,
        )
        self.month_table = rows_table_view(self.month_model, self.tr("Supervision by month"))
        self.month_table.setSortingEnabled(False)
        self.supervision_model: RowsTableModel[SupervisionView] = RowsTableModel(
            [
                Column(self.tr("Date"), lambda v: _day(v.held_on), sort_key=lambda v: v.held_on),
                Column(
                    self.tr("Minutes"),
                    lambda v: str(v.minutes),
                    sort_key=lambda v: v.minutes,
                    align_right=True,
                ),
                Column(self.tr("Supervisor"), lambda v: v.supervisor or ""),
                Column(self.tr("Topics"), lambda v: ", ".join(map(topic_words, v.topics))),
            ],
            lambda v: v.id,
            self,
        )
        self.supervision_table = rows_table_view(self.supervision_model, self.tr("Supervision log"))
        log_button = QPushButton(self.tr("&Log supervision…"))
        log_button.clicked.connect(self.log_supervision)
        supervision_page = QWidget()
        supervision_layout = QHBoxLayout(supervision_page)
        months_column = QVBoxLayout()
        months_column.addWidget(QLabel(self.tr("Each month against the target")))
        months_column.addWidget(self.month_table)
        log_column = QVBoxLayout()
        log_column.addWidget(QLabel(self.tr("Sessions, newest first")))
        log_column.addWidget(self.supervision_table)
        log_column.addWidget(log_button, alignment=Qt.AlignmentFlag.AlignLeft)
        supervision_layout.addLayout(months_column, stretch=2)
        supervision_layout.addLayout(log_column, stretch=3)

        self.tabs = QTabWidget()
        self.tabs.addTab(items_page, self.tr("Requirements"))
        self.tabs.addTab(records_page, self.tr("Trainings done"))
        self.tabs.addTab(supervision_page, self.tr("Supervision"))

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.person_heading)
        detail_layout.addWidget(self.tabs, stretch=1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        shortcut = QShortcut(QKeySequence("Ctrl+N"), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)  # while Training is shown
        shortcut.activated.connect(self._ctrl_n)

    def _month_verdict(self, month: SupervisionMonth) -> str:
        if month.met is None:
            return ""
        if not month.complete:
            return self.tr("so far")
        return self.tr("Yes") if month.met else self.tr("No")

    @staticmethod
    def _month_colour(month: SupervisionMonth) -> QBrush | None:
        if month.met is None or not month.complete:
            return None
        return QBrush(_COLOURS[Status.CURRENT if month.met else Status.OVERDUE])

    # --- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        vault, today = self.vault, self.today

        def load() -> _Loaded:
            training = TrainingService(vault, today)
            names = sorted(
                {r.training for r in training.requirements()}
                | {r.training for r in training.records()},
                key=str.casefold,
            )
            return _Loaded(
                ComplianceService(vault, today).people(),
                training.records(),
                training.supervision(),
                names,
            )

        self.tasks.run(
            load, self._loaded, self._failed, label=self.tr("Loading training…"), parent=self
        )

    def _loaded(self, data: _Loaded) -> None:
        if not self._still_here():
            return
        current = self.current_person()
        self.data = data
        self.staff_model.set_rows(data.people)
        self.staff_table.resizeColumnsToContents()
        ids = [p.user_id for p in data.people]
        me = self.vault.user.id if self.vault.user else None
        wanted = current.user_id if current else me
        row = ids.index(wanted) if wanted in ids else 0
        if ids:
            self.staff_table.selectRow(row)
            self._show_person(self.staff_model.index(row, 0))
        self.loaded.emit()

    def current_person(self) -> PersonCompliance | None:
        index = self.staff_table.currentIndex()
        return self.staff_model.row(index.row()) if index.isValid() else None

    def show_me(self) -> None:
        """Choose the signed-in person (Today's "your trainings" item)."""
        me = self.vault.user.id if self.vault.user else None
        for row, person in enumerate(self.staff_model.rows()):
            if person.user_id == me:
                self.staff_table.selectRow(row)

    def _show_person(self, index: QModelIndex) -> None:
        if self.data is None or not index.isValid():
            return
        person = self.staff_model.row(index.row())
        self.person_heading.setText(
            f"<b style='font-size:large'>{html.escape(person.name)}</b> · "
            + html.escape(self.tr("{0} · {1}").format(role_words(person.role), person.status.words))
        )
        self.item_model.set_rows(items_of(person))
        self.item_table.resizeColumnsToContents()
        self.no_requirements.setVisible(not self.item_model.rowCount())
        self.no_requirements.setText(
            self.tr(
                "No trainings are required for the {0} role yet. A coordinator sets them "
                "with Requirements…"
            ).format(role_words(person.role))
        )
        self.record_model.set_rows([r for r in self.data.records if r.user_name == person.name])
        self.record_table.resizeColumnsToContents()
        self.month_model.set_rows(list(reversed(person.supervision)))
        self.month_table.resizeColumnsToContents()
        self.supervision_model.set_rows(
            [v for v in self.data.supervision if v.user_name == person.name]
        )
        self.supervision_table.resizeColumnsToContents()
        self.month_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )

    # --- actions -------------------------------------------------------------------------

    def _service(self) -> TrainingService:
        return TrainingService(self.vault, self.today)

    def _selected_record(self) -> TrainingRecordView | None:
        index = self.record_table.currentIndex()
        return self.record_model.row(index.row()) if index.isValid() else None

    def _read_certificate(self, dialog: TrainingDialog) -> tuple[str, bytes] | None:
        if dialog.certificate is None:
            return None
        try:
            if dialog.certificate.stat().st_size > MAX_CERTIFICATE_BYTES:
                raise InvalidInput(self.tr("A certificate can be at most 20 MB."))
            return dialog.certificate.name, dialog.certificate.read_bytes()
        except OSError:
            raise InvalidInput(
                self.tr("That file couldn't be read. Check it is still there and try again.")
            ) from None

    def _ctrl_n(self) -> None:
        if self.isVisible():
            self.add_training()

    def add_training(self) -> None:
        person = self.current_person()
        if person is None or self.data is None:
            return
        service = self._service()
        dialog = TrainingDialog(
            self.boxes,
            self.data.known_trainings,
            self.today(),
            lambda training, done_on: (
                service.default_expiry(person.name, training, done_on) if training.strip() else None
            ),
            parent=self,
        )
        dialog.setWindowTitle(self.tr("Add a training for {0}").format(person.name))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        try:
            certificate = self._read_certificate(dialog)
            record_id = service.add_record(
                person.name,
                str(values["training"]),
                values["completed_on"],  # type: ignore[arg-type]
                expires_on=values["expires_on"],  # type: ignore[arg-type]
                hours=values["hours"],  # type: ignore[arg-type]
                category=str(values["category"]) or None,
            )
            if certificate is not None:
                service.attach_certificate(record_id, *certificate)
        except KnownError as error:
            self.boxes.error(self, self.tr("Add a training"), error.message)
        self.refresh()

    def edit_training(self) -> None:
        record = self._selected_record()
        if record is None or self.data is None:
            self.boxes.info(self, self.tr("Training"), self.tr("Choose a training first."))
            return
        service = self._service()
        dialog = TrainingDialog(
            self.boxes,
            self.data.known_trainings,
            self.today(),
            lambda _training, _done: None,
            record,
            parent=self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        try:
            certificate = self._read_certificate(dialog)
            service.update_record(
                record.id,
                training=str(values["training"]),
                completed_on=values["completed_on"],  # type: ignore[arg-type]
                expires_on=values["expires_on"],  # type: ignore[arg-type]
                hours=values["hours"],  # type: ignore[arg-type]
                category=str(values["category"]) or None,
            )
            if certificate is not None:
                service.attach_certificate(record.id, *certificate)
        except KnownError as error:
            self.boxes.error(self, self.tr("Edit training"), error.message)
        self.refresh()

    def remove_training(self) -> None:
        record = self._selected_record()
        if record is None:
            self.boxes.info(self, self.tr("Training"), self.tr("Choose a training first."))
            return
        if not self.boxes.confirm(
            self,
            self.tr("Remove training"),
            self.tr("Remove {0} ({1}) and its certificate from the record?").format(
                record.training, _day(record.completed_on)
            ),
        ):
            return
        try:
            self._service().remove_record(record.id)
        except KnownError as error:
            self.boxes.error(self, self.tr("Remove training"), error.message)
        self.refresh()

    def open_certificate(self) -> None:
        record = self._selected_record()
        if record is None or not record.has_certificate:
            self.boxes.info(
                self, self.tr("Certificate"), self.tr("That training has no certificate yet.")
            )
            return
        try:
            found = self._service().certificate(record.id)
            if found is None:
                raise InvalidInput(self.tr("That training has no certificate yet."))
            _name, media_type, content = found
            pages = certificate_pages(media_type, content)
        except KnownError as error:
            self.boxes.error(self, self.tr("Certificate"), error.message)
            return
        except UnreadableCertificate:
            self.boxes.error(
                self,
                self.tr("Certificate"),
                self.tr("This certificate file can't be shown. Attach it again from the original."),
            )
            return
        window = CertificateWindow(
            self.tr("Certificate: {0}, {1}").format(record.training, record.user_name), pages
        )
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda _=None, w=window: self._forget(w))
        self.certificate_windows.append(window)
        window.show()

    def _forget(self, window: CertificateWindow) -> None:
        if window in self.certificate_windows:
            self.certificate_windows.remove(window)

    def close_certificates(self) -> None:
        for window in list(self.certificate_windows):
            window.close()
        self.certificate_windows.clear()

    def log_supervision(self) -> None:
        person = self.current_person()
        if person is None:
            return
        dialog = SupervisionDialog(self.today(), parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self._service().log_supervision(
                person.name,
                from_qdate(dialog.held_on.date()),
                dialog.minutes.value(),
                supervisor=dialog.supervisor.text(),
                topics=dialog.topics(),
                notes=dialog.notes.toPlainText(),
            )
        except KnownError as error:
            self.boxes.error(self, self.tr("Log supervision"), error.message)
        self.refresh()

    def edit_requirements(self) -> None:
        dialog = RequirementsDialog(self._service(), self.boxes, parent=self)
        dialog.exec()
        if dialog.changed:
            self.refresh()
