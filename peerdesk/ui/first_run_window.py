"""First run: create the vault, then show the recovery key once.

The key is never stored; the person writes it down or saves the recovery sheet (a PDF
they are told to print and delete) before they can go on.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.db.models import Role
from peerdesk.errors import KnownError
from peerdesk.reports.recovery_sheet import recovery_sheet_pdf
from peerdesk.tasks.runner import TaskRunner
from peerdesk.ui.message_boxes import MessageBoxes
from peerdesk.ui.passphrase_strength import strength_hint
from peerdesk.vault.atomic import atomic_write_bytes
from peerdesk.vault.vault import UnlockedVault, Vault


class FirstRunWindow(QWidget):
    vault_created = Signal(object)  # UnlockedVault, signed in as the first coordinator

    def __init__(
        self, vault: Vault, tasks: TaskRunner, boxes: MessageBoxes, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.tasks = tasks
        self.boxes = boxes
        self.created: UnlockedVault | None = None
        self.recovery_key = ""
        self.setWindowTitle(self.tr("PeerDesk — Set up"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._setup_page())
        self.pages.addWidget(self._key_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        # At least 660 px wide, and never narrower than its words and buttons need (in
        # Spanish or large text they need more: a fixed minimum width would clip them).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        margins = layout.contentsMargins()
        layout.addSpacerItem(
            QSpacerItem(660 - margins.left() - margins.right(), 0, QSizePolicy.Policy.Minimum)
        )

    # --- page 1: the vault and its first coordinator ---------------------------------------

    def _setup_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "<h2>Welcome to PeerDesk</h2>Let's set up this computer. Everything you keep "
                "in PeerDesk is encrypted; your passphrase opens it. You'll be the first "
                "coordinator and can add your team afterwards."
            )
        )
        intro.setWordWrap(True)
        self.organisation = QLineEdit()
        self.organisation.setAccessibleName(self.tr("Program name"))
        self.organisation.setPlaceholderText(self.tr("e.g. Riverside Peer Support"))
        self.user_name = QLineEdit()
        self.user_name.setAccessibleName(self.tr("Your user name"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("New passphrase"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Repeat the passphrase"))
        self.strength = QLabel(strength_hint(""))
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self.passphrase.textChanged.connect(lambda text: self.strength.setText(strength_hint(text)))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Set-up message"))
        self.create_button = QPushButton(self.tr("&Create the vault"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_vault)
        self.repeat.returnPressed.connect(self.create_vault)

        form = QFormLayout()
        form.addRow(self.tr("&Program name"), self.organisation)
        form.addRow(self.tr("Your &user name"), self.user_name)
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        form.addRow("", self.strength)
        form.addRow(self.tr("&Repeat it"), self.repeat)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.create_button, alignment=Qt.AlignmentFlag.AlignRight)
        layout.addStretch()
        return page

    def create_vault(self) -> None:
        name, passphrase = self.user_name.text().strip(), self.passphrase.text()
        if not name:
            self.message.setText(self.tr("Type the user name you'll sign in with."))
            self.user_name.setFocus()
            return
        if passphrase != self.repeat.text():
            self.message.setText(self.tr("The two passphrases don't match. Type them again."))
            self.repeat.clear()
            self.repeat.setFocus()
            return
        organisation = self.organisation.text().strip()
        self.message.setText(self.tr("Creating the vault…"))
        self.create_button.setEnabled(False)
        self.tasks.run(
            lambda: self.vault.create(name, Role.COORDINATOR, passphrase, organisation),
            self._created,
            self._failed,
            label=self.tr("Creating the vault…"),
            parent=self,
        )

    def _failed(self, error: BaseException) -> None:
        self.create_button.setEnabled(True)
        if isinstance(error, KnownError):
            self.message.setText(error.message)
            return
        raise error

    def _created(self, result: tuple[UnlockedVault, str]) -> None:
        self.created, self.recovery_key = result
        self.passphrase.clear()
        self.repeat.clear()
        self.key_label.setText(self.recovery_key)
        self.pages.setCurrentIndex(1)
        self.written_down.setFocus()

    # --- page 2: the recovery key, shown once ---------------------------------------------

    def _key_page(self) -> QWidget:
        page = QWidget()
        explain = QLabel(
            self.tr(
                "<h2>Your recovery key</h2>If every passphrase is ever forgotten, this key is "
                "the only way back in. PeerDesk shows it <b>only now</b> and never stores it. "
                "Write it down or print the recovery sheet, and keep it locked away from this "
                "computer. Anyone who has it can open the vault."
            )
        )
        explain.setWordWrap(True)
        self.key_label = QLabel()
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        # larger than the words around it, whatever text size the person chose
        font.setPointSizeF(max(14.0, self.font().pointSizeF() * 1.4))
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.key_label.setFrameShape(QLabel.Shape.Box)
        self.key_label.setMinimumHeight(56)
        save_sheet = QPushButton(self.tr("&Save recovery sheet as PDF to print…"))
        save_sheet.clicked.connect(self.save_recovery_sheet)
        self.written_down = QCheckBox(
            self.tr("I have written down or printed the recovery key and will keep it safe")
        )
        self.written_down.setAccessibleName(self.tr("I have kept the recovery key"))
        self.continue_button = QPushButton(self.tr("&Continue to PeerDesk"))
        self.continue_button.setEnabled(False)
        self.written_down.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._finish)
        layout = QVBoxLayout(page)
        layout.addWidget(explain)
        layout.addWidget(self.key_label)
        layout.addWidget(save_sheet, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.written_down)
        layout.addWidget(self.continue_button, alignment=Qt.AlignmentFlag.AlignRight)
        layout.addStretch()
        return page

    def save_recovery_sheet(self, path: Path | None = None) -> Path | None:
        """Write the sheet where the person chooses, after saying what the file is."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the recovery sheet"),
                str(Path.home() / "peerdesk-recovery-sheet.pdf"),
                self.tr("PDF (*.pdf)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        pdf = recovery_sheet_pdf(
            self.recovery_key,
            self.organisation.text().strip(),
            str(self.vault.directory),
            date.today(),
        )
        atomic_write_bytes(path, pdf)
        self.boxes.info(
            self,
            self.tr("Recovery sheet saved"),
            self.tr(
                "The sheet is in {0}. Print it now, then delete the file and empty the "
                "wastebasket: anyone who finds it can open the vault."
            ).format(path),
        )
        return path

    def _finish(self) -> None:
        self.recovery_key = ""
        self.key_label.clear()
        if self.created is not None:
            self.vault_created.emit(self.created)
