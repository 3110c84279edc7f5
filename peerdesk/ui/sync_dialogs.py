"""Dialogs of the Sync area: joining a hub, adding a computer (and showing its one-time
code), the program's computers, and enrolling this computer.

The dialogs only collect what the person types; the Sync area does the work on the task
runner (talking to a hub can take a while)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.db.models import Role
from peerdesk.i18n import QT_TRANSLATE_NOOP, date_time, translate
from peerdesk.ui.group_dialogs import ok_cancel
from peerdesk.ui.message_boxes import MessageBoxes
from peerdesk.ui.rows_table_model import Column, RowsTableModel, rows_table_view

# Texts defined here are translated where they are shown (translate(context, …)).
ENROLMENT_KINDS = QT_TRANSLATE_NOOP(
    "AddComputerDialog", "PeerDesk enrolment files (*.pdenrol);;All files (*)"
)
ENROLMENT_SUFFIX = ".pdenrol"

# What a computer used by each role receives (sync.records.scopes_for_roles).
ROLE_CHOICES = (
    (
        Role.FACILITATOR,
        QT_TRANSLATE_NOOP(
            "AddComputerDialog",
            "Facilitator: groups, sessions, attendance and training; no caseload",
        ),
    ),
    (
        Role.PEER,
        QT_TRANSLATE_NOOP("AddComputerDialog", "Peer: also participants' records and notes"),
    ),
    (
        Role.COORDINATOR,
        QT_TRANSLATE_NOOP("AddComputerDialog", "Coordinator: everything, and can add computers"),
    ),
)


def _ok_enabled_when(buttons: QDialogButtonBox, *fields: QLineEdit) -> None:
    """OK only once every field has something in it."""
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)

    def check() -> None:
        ok.setEnabled(all(field.text().strip() for field in fields))

    for field in fields:
        field.textChanged.connect(lambda _text: check())
    check()


def _buddy(text: str, field: QWidget) -> QLabel:
    """A form label whose Alt+letter moves to `field` (QFormLayout only does this itself
    when the field is a widget, not a row of them)."""
    label = QLabel(text)
    label.setBuddy(field)
    return label


def _fit(dialog: QDialog, width: int) -> None:
    """As wide as asked and as tall as the wrapped text needs."""
    layout = dialog.layout()
    height = -1
    if layout is not None and layout.hasHeightForWidth():
        height = layout.totalHeightForWidth(width)
    dialog.resize(width, height if height > 0 else dialog.sizeHint().height())


def _file_row(field: QLineEdit, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(field, stretch=1)
    row.addWidget(button)
    return row


class JoinHubDialog(QDialog):
    """Coordinator: the hub's address and the one-time setup token it printed."""

    def __init__(self, computer_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Join a hub"))
        self.hub_url = QLineEdit()
        self.hub_url.setPlaceholderText(self.tr("e.g. https://hub.example.org"))
        self.hub_url.setAccessibleName(self.tr("Hub address"))
        self.token = QLineEdit()
        self.token.setAccessibleName(self.tr("Setup token"))
        self.token.setPlaceholderText(self.tr("printed by the hub when it was started"))
        self.computer_name = QLineEdit(computer_name)
        self.computer_name.setAccessibleName(self.tr("This computer's name"))
        self.computer_name.setMaxLength(80)
        form = QFormLayout()
        form.addRow(self.tr("Hub &address"), self.hub_url)
        form.addRow(self.tr("Setup &token"), self.token)
        form.addRow(self.tr("This computer's &name"), self.computer_name)
        note = QLabel(
            self.tr(
                "Whoever started the hub has its address and the setup token it printed. "
                "The hub only ever stores encrypted changes; it can't read them."
            )
        )
        note.setWordWrap(True)
        buttons = ok_cancel(self, self.tr("&Join"))
        _ok_enabled_when(buttons, self.hub_url, self.token)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        _fit(self, 520)

    def values(self) -> tuple[str, str, str]:
        return (
            self.hub_url.text().strip(),
            self.token.text().strip(),
            self.computer_name.text().strip(),
        )


class AddComputerDialog(QDialog):
    """Coordinator: a name and a role for a new computer, and where its enrolment file
    goes (a USB stick, say)."""

    def __init__(self, boxes: MessageBoxes, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes = boxes
        self.folder = folder
        self._path_typed = False
        self.setWindowTitle(self.tr("Add a computer"))
        self.name = QLineEdit()
        self.name.setMaxLength(80)
        self.name.setPlaceholderText(self.tr("e.g. Pia's laptop"))
        self.name.setAccessibleName(self.tr("Computer name"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Who uses it"))
        for role, words in ROLE_CHOICES:
            # Qt keeps the text, not the enum
            self.role.addItem(translate("AddComputerDialog", words), role.value)
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Enrolment file"))
        choose = QPushButton(self.tr("C&hoose…"))
        choose.setAccessibleName(self.tr("Choose where to save the enrolment file"))
        choose.clicked.connect(self._choose)
        self.name.textChanged.connect(self._suggest_path)
        self.path.textEdited.connect(lambda _text: setattr(self, "_path_typed", True))
        form = QFormLayout()
        form.addRow(self.tr("Computer &name"), self.name)
        form.addRow(self.tr("&Who uses it"), self.role)
        form.addRow(
            _buddy(self.tr("Save the &enrolment file to"), self.path), _file_row(self.path, choose)
        )
        note = QLabel(
            self.tr(
                "PeerDesk writes an enrolment file for the new computer and shows a one-time "
                "code. The file is useless without the code."
            )
        )
        note.setWordWrap(True)
        buttons = ok_cancel(self, self.tr("&Make the enrolment file"))
        _ok_enabled_when(buttons, self.name, self.path)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setTabOrder(self.name, self.role)
        self.setTabOrder(self.role, self.path)
        self.setTabOrder(self.path, choose)
        _fit(self, 560)

    def _default_path(self) -> Path:
        name = "".join(c if c.isalnum() or c in "-_ " else "-" for c in self.name.text().strip())
        return self.folder / f"{name.strip() or 'computer'}{ENROLMENT_SUFFIX}"

    def _suggest_path(self) -> None:
        if not self._path_typed:
            self.path.setText(str(self._default_path()) if self.name.text().strip() else "")

    def _choose(self) -> None:
        chosen = self.boxes.save_file(
            self,
            self.tr("Save the enrolment file"),
            self._default_path(),
            translate("AddComputerDialog", ENROLMENT_KINDS),
        )
        if chosen is not None:
            self._path_typed = True
            self.path.setText(str(chosen))

    def choose_role(self, role: Role) -> None:
        self.role.setCurrentIndex(self.role.findData(role.value))

    def values(self) -> tuple[str, Role, Path]:
        role = Role(self.role.currentData())
        return self.name.text().strip(), role, Path(self.path.text().strip())


class CodeDialog(QDialog):
    """The one-time code for a new computer, big and clear, shown once."""

    def __init__(self, name: str, code: str, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The code for {0}").format(name))
        heading = QLabel(
            self.tr("The enrolment file for <b>{0}</b> is saved as {1}.").format(
                _escape(name), _escape(str(path))
            )
        )
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.RichText)
        intro = QLabel(self.tr("Its one-time code:"))
        self.code = QLabel(code)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(max(font.pointSize(), 10) * 2 + 4)
        font.setWeight(QFont.Weight.Bold)
        self.code.setFont(font)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAccessibleName(self.tr("One-time code"))
        self.code.setAccessibleDescription(" ".join(code))  # read out letter by letter
        self.code.setStyleSheet("padding: 12px; border: 1px solid palette(mid);")
        advice = QLabel(
            self.tr(
                "Give the code separately from the file, by phone or in person, never in the "
                "same email or on the same USB stick. On the new computer, sign in to "
                "PeerDesk, go to Sync and choose “Enrol this computer…”, then type the code.\n\n"
                "Write it down now: it isn't shown again. If it's lost, add the computer "
                "again."
            )
        )
        advice.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        done = buttons.button(QDialogButtonBox.StandardButton.Close)
        done.setText(self.tr("I've &written it down"))
        done.setDefault(True)
        buttons.rejected.connect(self.accept)  # its only button; Escape closes it too
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.code)
        layout.addWidget(advice)
        layout.addStretch(1)
        layout.addWidget(buttons)
        _fit(self, 560)


class EnrolDialog(QDialog):
    """On a computer that isn't set up: the enrolment file and its one-time code."""

    def __init__(self, boxes: MessageBoxes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes = boxes
        self.setWindowTitle(self.tr("Enrol this computer"))
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Enrolment file"))
        choose = QPushButton(self.tr("C&hoose…"))
        choose.setAccessibleName(self.tr("Choose the enrolment file"))
        choose.clicked.connect(self._choose)
        self.code = QLineEdit()
        self.code.setPlaceholderText("ABCD-EFGH-JKMN-PQRS")
        self.code.setAccessibleName(self.tr("One-time code"))
        form = QFormLayout()
        form.addRow(_buddy(self.tr("Enrolment &file"), self.path), _file_row(self.path, choose))
        form.addRow(self.tr("One-time &code"), self.code)
        note = QLabel(
            self.tr(
                "Your coordinator gives you an enrolment file (on a USB stick, say) and, "
                "separately, its one-time code. Capitals and dashes don't matter."
            )
        )
        note.setWordWrap(True)
        buttons = ok_cancel(self, self.tr("&Enrol"))
        _ok_enabled_when(buttons, self.path, self.code)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setTabOrder(self.path, choose)
        self.setTabOrder(choose, self.code)
        _fit(self, 540)

    def _choose(self) -> None:
        chosen = self.boxes.open_file(
            self,
            self.tr("Choose the enrolment file"),
            translate("AddComputerDialog", ENROLMENT_KINDS),
        )
        if chosen is not None:
            self.path.setText(str(chosen))
            self.code.setFocus()

    def values(self) -> tuple[Path, str]:
        return Path(self.path.text().strip()), self.code.text().strip()


def _device_state(device: dict[str, Any]) -> str:
    if device.get("revoked"):
        return translate("DevicesDialog", "Stopped")
    if device.get("registered"):
        return translate("DevicesDialog", "Syncing")
    return translate("DevicesDialog", "Waiting to be enrolled")


def _seen(device: dict[str, Any]) -> str:
    seen = device.get("last_seen")
    if not seen:
        return translate("DevicesDialog", "Never")
    try:
        moment = datetime.fromisoformat(str(seen))
    except ValueError:
        return str(seen)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)  # the hub keeps UTC
    return date_time(moment)


def _receives(device: dict[str, Any]) -> str:
    scopes = list(device.get("scopes") or [])
    if "caseload" in scopes:
        return translate("DevicesDialog", "Everything")
    return translate("DevicesDialog", "No caseload")


def _admin(device: dict[str, Any]) -> str:
    return (
        translate("DevicesDialog", "Yes")
        if device.get("admin")
        else translate("DevicesDialog", "No")
    )


class DevicesDialog(QDialog):
    """Coordinator: the program's computers, and stopping one from syncing. The list is
    read from the hub by `load`; `revoke(name)` stops one. Both run on the caller's task
    runner through `run(work, on_success)`."""

    def __init__(
        self,
        boxes: MessageBoxes,
        run: Callable[[Callable[[], Any], Callable[[Any], None]], None],
        load: Callable[[], list[dict[str, Any]]],
        revoke: Callable[[str], object],
        this_device: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.boxes = boxes
        self._run = run
        self._load = load
        self._revoke = revoke
        self.this_device = this_device
        self.setWindowTitle(self.tr("Computers that sync"))
        self.model: RowsTableModel[dict[str, Any]] = RowsTableModel(
            [
                Column(self.tr("Name"), lambda d: str(d["name"])),
                Column(self.tr("Receives"), _receives),
                Column(self.tr("Can add computers"), _admin),
                Column(self.tr("State"), _device_state),
                Column(self.tr("Last synced"), _seen),
            ],
            lambda d: str(d["device_id"]),
            self,
        )
        self.table = rows_table_view(self.model, self.tr("Computers"))
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selected())
        self.note = QLabel(self.tr("Asking the hub…"))
        self.note.setWordWrap(True)
        self.revoke_button = QPushButton(self.tr("&Stop this computer syncing…"))
        self.revoke_button.clicked.connect(self.revoke_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.revoke_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, stretch=1)
        layout.addLayout(row)
        self.resize(720, 360)
        self._selected()
        self.reload()

    def reload(self) -> None:
        self._run(self._load, self._loaded)

    def _loaded(self, devices: list[dict[str, Any]]) -> None:
        self.model.set_rows(sorted(devices, key=lambda d: str(d["name"]).casefold()))
        self.table.resizeColumnsToContents()
        self._fit_table()
        self.note.setText(
            self.tr(
                "A stopped computer can no longer send or receive changes. What it already "
                "holds stays on it, so keep it locked away or wipe it."
            )
            if devices
            else self.tr("No computers yet.")
        )
        if devices:
            self.table.selectRow(0)
        self._selected()

    def _fit_table(self) -> None:
        """Wide enough for every column (a translation's headings can be longer than the
        English), up to the screen's width."""
        room = self.table.horizontalHeader().length() + 2 * self.table.frameWidth()
        room += self.table.verticalScrollBar().sizeHint().width()
        layout = self.layout()
        if layout is not None:
            room += layout.contentsMargins().left() + layout.contentsMargins().right()
        screen = self.screen().availableGeometry().width() if self.screen() else room
        if room > self.width():
            self.resize(min(room, screen), self.height())

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _selected(self) -> None:
        device = self.selected()
        self.revoke_button.setEnabled(
            device is not None
            and not device.get("revoked")
            and device.get("device_id") != self.this_device
        )

    def revoke_selected(self) -> None:
        device = self.selected()
        if device is None:
            return
        name = str(device["name"])
        if not self.boxes.confirm(
            self,
            self.tr("Stop a computer syncing"),
            self.tr(
                "Stop “{0}” syncing? It will no longer send or receive changes. This can't be "
                "undone: to use it again, add it again."
            ).format(name),
        ):
            return
        self.revoke_button.setEnabled(False)
        self._run(lambda: self._revoke(name), lambda _r: self.reload())


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
