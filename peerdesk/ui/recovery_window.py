"""Forgotten passphrase: the recovery key sets a new one for a named user."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from peerdesk.errors import InvalidInput, KnownError
from peerdesk.services.users import UserService
from peerdesk.tasks.runner import TaskRunner
from peerdesk.ui.passphrase_strength import strength_hint
from peerdesk.vault.vault import Vault


class RecoveryWindow(QWidget):
    passphrase_reset = Signal(str)  # the user name whose passphrase was set

    def __init__(
        self, vault: Vault, tasks: TaskRunner, user_name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.tasks = tasks
        self.setWindowTitle(self.tr("PeerDesk — Use the recovery key"))
        intro = QLabel(
            self.tr(
                "<h2>Set a new passphrase</h2>Type the recovery key from the printed sheet, the "
                "user name, and the new passphrase. Capitals, spaces and dashes don't matter."
            )
        )
        intro.setWordWrap(True)
        self.key_field = QLineEdit()
        self.key_field.setAccessibleName(self.tr("Recovery key"))
        self.key_field.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        # the whole pattern stays visible, whatever the language makes of the labels
        pattern_width = self.key_field.fontMetrics().horizontalAdvance(
            self.key_field.placeholderText()
        )
        self.key_field.setMinimumWidth(pattern_width + 24)
        self.user_field = QLineEdit(user_name)
        self.user_field.setAccessibleName(self.tr("User name"))
        self.new_field = QLineEdit()
        self.new_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_field.setAccessibleName(self.tr("New passphrase"))
        self.repeat_field = QLineEdit()
        self.repeat_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_field.setAccessibleName(self.tr("Repeat the new passphrase"))
        self.strength = QLabel(strength_hint(""))
        self.new_field.textChanged.connect(lambda t: self.strength.setText(strength_hint(t)))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Recovery message"))
        self.button = QPushButton(self.tr("&Set the new passphrase"))
        self.button.setDefault(True)
        self.button.clicked.connect(self.recover)
        self.repeat_field.returnPressed.connect(self.recover)
        form = QFormLayout()
        form.addRow(self.tr("&Recovery key"), self.key_field)
        form.addRow(self.tr("&User name"), self.user_field)
        form.addRow(self.tr("&New passphrase"), self.new_field)
        form.addRow("", self.strength)
        form.addRow(self.tr("Re&peat it"), self.repeat_field)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.button, alignment=Qt.AlignmentFlag.AlignRight)
        # At least 520 px wide, and never narrower than its words and buttons need (in
        # Spanish or large text they need more: a fixed minimum width would clip them).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        margins = layout.contentsMargins()
        layout.addSpacerItem(
            QSpacerItem(520 - margins.left() - margins.right(), 0, QSizePolicy.Policy.Minimum)
        )

    def recover(self) -> None:
        key, user = self.key_field.text(), self.user_field.text().strip()
        new = self.new_field.text()
        if new != self.repeat_field.text():
            self.message.setText(self.tr("The two passphrases don't match. Type them again."))
            return
        if not user:
            self.message.setText(self.tr("Type the user name that needs a new passphrase."))
            return

        def work() -> str:
            unlocked = self.vault.unlock_with_recovery_key(key)
            try:
                unlocked.find_user(user)
                UserService(unlocked).recover(user, new)
            finally:
                unlocked.lock()
            return user

        self.button.setEnabled(False)
        self.tasks.run(
            work, self._done, self._failed, label=self.tr("Checking the key…"), parent=self
        )

    def _done(self, user: str) -> None:
        self.button.setEnabled(True)
        self.key_field.clear()
        self.new_field.clear()
        self.repeat_field.clear()
        self.passphrase_reset.emit(user)

    def _failed(self, error: BaseException) -> None:
        self.button.setEnabled(True)
        if isinstance(error, (KnownError, InvalidInput)):
            self.message.setText(error.message)
            return
        raise error
