"""Dialogs of the Training area: a training record (with its certificate), a supervision
session, and (coordinators) the requirements each role must meet."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.db.models import Role
from peerdesk.errors import KnownError
from peerdesk.i18n import QT_TRANSLATE_NOOP, role_words, translate
from peerdesk.services.training import TrainingRecordView, TrainingService
from peerdesk.ui.group_dialogs import date_edit, from_qdate, ok_cancel, to_qdate
from peerdesk.ui.message_boxes import MessageBoxes

# Kept in the vault in English, shown in the language chosen (topic_words).
SUPERVISION_TOPICS = (
    QT_TRANSLATE_NOOP("SupervisionDialog", "self-care"),
    QT_TRANSLATE_NOOP("SupervisionDialog", "burnout check-in"),
    QT_TRANSLATE_NOOP("SupervisionDialog", "boundaries"),
    QT_TRANSLATE_NOOP("SupervisionDialog", "caseload review"),
)
CERTIFICATE_KINDS = QT_TRANSLATE_NOOP("TrainingDialog", "Certificates (*.pdf *.png *.jpg *.jpeg)")


def topic_words(topic: str) -> str:
    """A supervision topic as shown: the usual ones in the language chosen, typed ones as
    they were typed."""
    return translate("SupervisionDialog", topic) if topic in SUPERVISION_TOPICS else topic


class TrainingDialog(QDialog):
    """A training someone completed. `suggest_expiry(training, completed_on)` gives the
    expiry the requirements imply, filled in as the person types."""

    def __init__(
        self,
        boxes: MessageBoxes,
        known_trainings: list[str],
        today: date,
        suggest_expiry: Callable[[str, date], date | None],
        record: TrainingRecordView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.boxes = boxes
        self.suggest_expiry = suggest_expiry
        self.certificate: Path | None = None
        self.setWindowTitle(self.tr("Edit training") if record else self.tr("Add a training"))
        self.training = QComboBox()
        self.training.setEditable(True)
        self.training.addItems(known_trainings)
        self.training.setCurrentText(record.training if record else "")
        self.training.setAccessibleName(self.tr("Training"))
        self.category = QLineEdit(record.category or "" if record else "")
        self.category.setPlaceholderText(self.tr("e.g. core, ethics, ceu"))
        self.category.setAccessibleName(self.tr("Category"))
        self.completed = date_edit(
            record.completed_on if record else today, today, self.tr("Completed on")
        )
        self.expires_box = QCheckBox(self.tr("It &expires"))
        self.expires = date_edit(
            record.expires_on if record and record.expires_on else today,
            None,
            self.tr("Expires on"),
        )
        has_expiry = record is not None and record.expires_on is not None
        self.expires_box.setChecked(has_expiry)
        self.expires.setEnabled(has_expiry)
        self.expires_box.toggled.connect(self.expires.setEnabled)
        self._expiry_touched = record is not None
        self.expires.dateChanged.connect(self._expiry_edited)
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 1000)
        self.hours.setDecimals(1)
        self.hours.setSingleStep(0.5)
        self.hours.setSpecialValueText(self.tr("not counted"))
        self.hours.setValue(record.hours or 0 if record else 0)
        self.hours.setAccessibleName(self.tr("Hours"))
        self.certificate_label = QLabel(
            self.tr("Already attached (choose another to replace it)")
            if record and record.has_certificate
            else self.tr("None")
        )
        choose = QPushButton(self.tr("Choose a &file…"))
        choose.clicked.connect(self._choose_certificate)
        certificate_row = QHBoxLayout()
        certificate_row.addWidget(self.certificate_label, stretch=1)
        certificate_row.addWidget(choose)
        if record is None:
            self.training.currentTextChanged.connect(lambda _t: self._suggest())
            self.completed.dateChanged.connect(lambda _d: self._suggest())

        expiry_row = QHBoxLayout()
        expiry_row.addWidget(self.expires_box)
        expiry_row.addWidget(self.expires, stretch=1)
        form = QFormLayout()
        form.addRow(self.tr("&Training"), self.training)
        form.addRow(self.tr("&Category"), self.category)
        form.addRow(self.tr("C&ompleted on"), self.completed)
        form.addRow(self.tr("Expiry"), expiry_row)
        form.addRow(self.tr("&Hours"), self.hours)
        form.addRow(self.tr("Certificate (PDF or picture)"), certificate_row)
        note = QLabel(self.tr("The certificate is kept encrypted inside PeerDesk."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(ok_cancel(self, self.tr("&Save")))
        self.resize(460, 320)

    def _expiry_edited(self) -> None:
        self._expiry_touched = True

    def _suggest(self) -> None:
        """Fill in the expiry the requirements give, unless the person set one."""
        if self._expiry_touched and self.expires_box.isChecked():
            return
        try:
            expiry = self.suggest_expiry(
                self.training.currentText(), from_qdate(self.completed.date())
            )
        except KnownError:
            return
        if expiry is not None:
            self.expires.blockSignals(True)
            self.expires.setDate(to_qdate(expiry))
            self.expires.blockSignals(False)
            self.expires_box.setChecked(True)
            self._expiry_touched = False

    def _choose_certificate(self) -> None:
        path = self.boxes.open_file(
            self, self.tr("Choose the certificate"), translate("TrainingDialog", CERTIFICATE_KINDS)
        )
        if path is not None:
            self.certificate = path
            self.certificate_label.setText(path.name)

    def values(self) -> dict[str, object]:
        return {
            "training": self.training.currentText(),
            "category": self.category.text(),
            "completed_on": from_qdate(self.completed.date()),
            "expires_on": from_qdate(self.expires.date()) if self.expires_box.isChecked() else None,
            "hours": self.hours.value() or None,
        }


class SupervisionDialog(QDialog):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log supervision"))
        self.held_on = date_edit(today, today, self.tr("Date"))
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 600)
        self.minutes.setValue(60)
        self.minutes.setSuffix(self.tr(" minutes"))
        self.minutes.setAccessibleName(self.tr("Minutes"))
        self.supervisor = QLineEdit()
        self.supervisor.setAccessibleName(self.tr("Supervisor"))
        self.topic_boxes = [QCheckBox(topic_words(topic)) for topic in SUPERVISION_TOPICS]
        self.other_topics = QLineEdit()
        self.other_topics.setPlaceholderText(self.tr("Other topics, separated by commas"))
        self.other_topics.setAccessibleName(self.tr("Other topics"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("Anything to remember. Please leave out names."))
        topics = QVBoxLayout()
        for box in self.topic_boxes:
            topics.addWidget(box)
        topics.addWidget(self.other_topics)
        form = QFormLayout()
        form.addRow(self.tr("&Date"), self.held_on)
        form.addRow(self.tr("&How long"), self.minutes)
        form.addRow(self.tr("&Supervisor"), self.supervisor)
        form.addRow(self.tr("Topics"), topics)
        form.addRow(self.tr("&Notes"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self, self.tr("&Save")))

    def topics(self) -> list[str]:
        chosen = [
            topic
            for topic, box in zip(SUPERVISION_TOPICS, self.topic_boxes, strict=True)
            if box.isChecked()
        ]
        chosen += [t.strip() for t in self.other_topics.text().split(",") if t.strip()]
        return chosen


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _placeholder_fits(edit: QLineEdit) -> QLineEdit:
    """Wide enough to show its whole placeholder (an example, in any language)."""
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 16)
    return edit


def _role_choice() -> QComboBox:
    roles = QComboBox()
    roles.setAccessibleName(translate("RequirementsDialog", "Role"))
    for role in (Role.PEER, Role.FACILITATOR, Role.COORDINATOR):
        roles.addItem(role_words(role), role)
    return roles


class RequirementsDialog(QDialog):
    """What each role must hold: trainings and how often they renew, hours per period,
    and minutes of supervision a month. Changes are saved as they are made."""

    def __init__(
        self, service: TrainingService, boxes: MessageBoxes, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.boxes = boxes
        self.changed = False
        self.setWindowTitle(self.tr("Training requirements"))
        tabs = QTabWidget()
        tabs.addTab(self._trainings_page(), self.tr("Required trainings"))
        tabs.addTab(self._hours_page(), self.tr("Hours"))
        tabs.addTab(self._supervision_page(), self.tr("Supervision"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(close)
        self._fill()
        self.resize(820, 480)

    # --- pages ---------------------------------------------------------------------------

    def _trainings_page(self) -> QWidget:
        self.required = _table(
            [self.tr("Role"), self.tr("Training"), self.tr("Category"), self.tr("Renew every")],
            self.tr("Required trainings"),
        )
        self.new_role = _role_choice()
        self.new_training = QLineEdit()
        self.new_training.setPlaceholderText(self.tr("Training, e.g. Crisis response"))
        self.new_training.setAccessibleName(self.tr("New required training"))
        self.new_category = QLineEdit()
        self.new_category.setPlaceholderText(self.tr("Category"))
        self.new_category.setAccessibleName(self.tr("Category"))
        self.new_months = QSpinBox()
        self.new_months.setRange(0, 120)
        self.new_months.setValue(12)
        self.new_months.setSuffix(self.tr(" months"))
        self.new_months.setSpecialValueText(self.tr("never expires"))
        self.new_months.setAccessibleName(self.tr("Renew every"))
        add = QPushButton(self.tr("&Add"))
        add.clicked.connect(self.add_requirement)
        remove = QPushButton(self.tr("&Remove the chosen one"))
        remove.clicked.connect(self.remove_requirement)
        _placeholder_fits(self.new_training)
        row = QHBoxLayout()
        for widget in (self.new_role, self.new_training, self.new_category, self.new_months, add):
            row.addWidget(widget, stretch=1 if isinstance(widget, QLineEdit) else 0)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.required)
        layout.addLayout(row)
        layout.addWidget(remove, alignment=Qt.AlignmentFlag.AlignLeft)
        return page

    def _hours_page(self) -> QWidget:
        self.rules = _table(
            [
                self.tr("Role"),
                self.tr("Rule"),
                self.tr("Hours"),
                self.tr("In any"),
                self.tr("Category"),
            ],
            self.tr("Hour rules"),
        )
        self.rule_role = _role_choice()
        self.rule_label = QLineEdit()
        self.rule_label.setPlaceholderText(self.tr("Name, e.g. Continuing education"))
        self.rule_label.setAccessibleName(self.tr("Name of the rule"))
        self.rule_hours = QDoubleSpinBox()
        self.rule_hours.setRange(0.5, 1000)
        self.rule_hours.setValue(36)
        self.rule_hours.setSuffix(self.tr(" h"))
        self.rule_hours.setAccessibleName(self.tr("Hours"))
        self.rule_months = QSpinBox()
        self.rule_months.setRange(1, 120)
        self.rule_months.setValue(24)
        self.rule_months.setSuffix(self.tr(" months"))
        self.rule_months.setAccessibleName(self.tr("Period in months"))
        self.rule_category = QLineEdit()
        self.rule_category.setPlaceholderText(self.tr("Category (blank: any)"))
        self.rule_category.setAccessibleName(self.tr("Category of the rule"))
        add = QPushButton(self.tr("A&dd"))
        add.clicked.connect(self.add_rule)
        remove = QPushButton(self.tr("R&emove the chosen one"))
        remove.clicked.connect(self.remove_rule)
        _placeholder_fits(self.rule_label)
        _placeholder_fits(self.rule_category)
        row = QHBoxLayout()
        for widget, stretch in (
            (self.rule_role, 0),
            (self.rule_label, 1),
            (self.rule_hours, 0),
            (self.rule_months, 0),
            (self.rule_category, 1),
            (add, 0),
        ):
            row.addWidget(widget, stretch=stretch)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.rules)
        layout.addLayout(row)
        layout.addWidget(remove, alignment=Qt.AlignmentFlag.AlignLeft)
        return page

    def _supervision_page(self) -> QWidget:
        self.targets: dict[Role, QSpinBox] = {}
        form = QFormLayout()
        for role in (Role.PEER, Role.FACILITATOR, Role.COORDINATOR):
            spin = QSpinBox()
            spin.setRange(0, 6000)
            spin.setSingleStep(15)
            spin.setSuffix(self.tr(" minutes a month"))
            spin.setSpecialValueText(self.tr("no target"))
            spin.setAccessibleName(self.tr("Supervision target for {0}").format(role_words(role)))
            self.targets[role] = spin
            form.addRow(role_words(role), spin)
        save = QPushButton(self.tr("&Save the targets"))
        save.clicked.connect(self.save_targets)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(save, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        return page

    # --- data ----------------------------------------------------------------------------

    def _fill(self) -> None:
        requirements = self.service.requirements()
        self.required.setRowCount(len(requirements))
        for row, r in enumerate(requirements):
            renew = self.tr("%n month(s)", "", r.renewal_months) if r.renewal_months else "—"
            for column, text in enumerate(
                (role_words(r.role), r.training, r.category or "", renew)
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, r.id)
                self.required.setItem(row, column, item)
        rules = self.service.hour_rules()
        self.rules.setRowCount(len(rules))
        for row, h in enumerate(rules):
            cells = (
                role_words(h.role),
                h.label,
                f"{h.hours:g}",
                self.tr("%n month(s)", "", h.period_months),
                h.category or self.tr("any"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, h.id)
                self.rules.setItem(row, column, item)
        targets = self.service.supervision_targets()
        for role, spin in self.targets.items():
            spin.setValue(targets.get(role, 0))

    def _try(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except KnownError as error:
            self.boxes.error(self, self.tr("Training requirements"), error.message)
            return False
        self.changed = True
        self._fill()
        return True

    def add_requirement(self) -> None:
        months = self.new_months.value() or None
        if self._try(
            lambda: self.service.require(
                self.new_role.currentData(),
                self.new_training.text(),
                months,
                self.new_category.text() or None,
            )
        ):
            self.new_training.clear()
            self.new_category.clear()

    def remove_requirement(self) -> None:
        item = self.required.item(self.required.currentRow(), 0)
        if item is not None:
            self._try(lambda: self.service.remove_requirement(item.data(Qt.ItemDataRole.UserRole)))

    def add_rule(self) -> None:
        if self._try(
            lambda: self.service.set_hour_rule(
                self.rule_role.currentData(),
                self.rule_label.text(),
                self.rule_hours.value(),
                self.rule_months.value(),
                self.rule_category.text() or None,
            )
        ):
            self.rule_label.clear()
            self.rule_category.clear()

    def remove_rule(self) -> None:
        item = self.rules.item(self.rules.currentRow(), 0)
        if item is not None:
            self._try(lambda: self.service.remove_hour_rule(item.data(Qt.ItemDataRole.UserRole)))

    def save_targets(self) -> None:
        def save() -> None:
            for role, spin in self.targets.items():
                self.service.set_supervision_target(role, spin.value() or None)

        self._try(save)
