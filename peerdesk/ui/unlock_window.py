"""The first thing a person sees: who they are and their passphrase.

Unlocking runs the KDF (about half a second) on the task runner, never on the GUI
thread. Errors are shown in the window in the words of the KnownError; nothing else.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from peerdesk import crash_report
from peerdesk.errors import KnownError
from peerdesk.tasks.runner import TaskRunner
from peerdesk.ui.appearance import alert_colour
from peerdesk.vault.vault import UnlockedVault, Vault


def caps_lock_seems_on(event: QKeyEvent) -> bool | None:
    """Qt can't read Caps Lock directly; a letter whose case disagrees with Shift tells.
    None when the key says nothing either way (digits, arrows)."""
    text = event.text()
    if len(text) != 1 or not text.isalpha() or text.lower() == text.upper():
        return None
    shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
    return text.isupper() != shift


class UnlockWindow(QWidget):
    vault_unlocked = Signal(object)  # UnlockedVault
    recovery_requested = Signal()

    def __init__(
        self,
        vault: Vault,
        tasks: TaskRunner,
        user_name: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.tasks = tasks
        self.setWindowTitle(self.tr("PeerDesk — Sign in"))

        heading = QLabel(self.tr("<h2>Sign in to PeerDesk</h2>"))
        explain = QLabel(self.tr("Everything here is encrypted. Your passphrase opens it."))
        explain.setWordWrap(True)

        self.user_field = QLineEdit(user_name or "")
        self.user_field.setAccessibleName(self.tr("User name"))
        self.passphrase_field = QLineEdit()
        self.passphrase_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_field.setAccessibleName(self.tr("Passphrase"))
        self.passphrase_field.installEventFilter(self)
        self.caps_hint = QLabel(self.tr("Caps Lock seems to be on."))
        self.caps_hint.setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Sign-in message"))
        self._say("")
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.passphrase_field.returnPressed.connect(self.try_unlock)
        self.user_field.returnPressed.connect(self.passphrase_field.setFocus)

        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.user_field)
        form.addRow(self.tr("&Passphrase"), self.passphrase_field)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.caps_hint)
        layout.addWidget(self.message)
        self.recovery_button = QPushButton(self.tr("Forgot the passphrase? Use the &recovery key…"))
        self.recovery_button.setFlat(True)
        self.recovery_button.setAccessibleName(self.tr("Use the recovery key"))
        self.recovery_button.clicked.connect(self.recovery_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.recovery_button)
        buttons.addStretch()
        buttons.addWidget(self.unlock_button)
        layout.addLayout(buttons)
        layout.addStretch()
        # At least 420 px wide, and never narrower than its words and buttons need (in
        # Spanish or large text they need more: a fixed minimum width would clip them).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        margins = layout.contentsMargins()
        layout.addSpacerItem(
            QSpacerItem(420 - margins.left() - margins.right(), 0, QSizePolicy.Policy.Minimum)
        )
        self.setTabOrder(self.user_field, self.passphrase_field)
        self.setTabOrder(self.passphrase_field, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.recovery_button)
        (self.passphrase_field if user_name else self.user_field).setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.passphrase_field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            caps = caps_lock_seems_on(event)
            if caps is not None:
                self.caps_hint.setVisible(caps)
        return super().eventFilter(watched, event)

    def reset(self, message: str = "") -> None:
        """Back to a blank passphrase (after a lock), keeping the user name."""
        self.passphrase_field.clear()
        self._say(message)
        self._set_busy(False)
        self.passphrase_field.setFocus()

    def _say(self, text: str) -> None:
        """Show a message, in the alert colour of the current look (it may have changed
        since the window was built: the window is kept across locks)."""
        self.message.setStyleSheet(f"color: {alert_colour()};")
        self.message.setText(text)

    def _set_busy(self, busy: bool) -> None:
        self.unlock_button.setEnabled(not busy)
        self.user_field.setEnabled(not busy)
        self.passphrase_field.setEnabled(not busy)
        self.unlock_button.setText(self.tr("Unlocking…") if busy else self.tr("&Unlock"))

    def try_unlock(self) -> None:
        user = self.user_field.text().strip()
        passphrase = self.passphrase_field.text()
        if not user:
            self._say(self.tr("Type your user name first."))
            self.user_field.setFocus()
            return
        if not passphrase:
            self._say(self.tr("Type your passphrase."))
            self.passphrase_field.setFocus()
            return
        self._say("")
        self._set_busy(True)
        self.tasks.run(
            lambda: self.vault.unlock(user, passphrase),
            self._unlocked,
            self._failed,
            label=self.tr("Unlocking…"),
            parent=self,
        )

    def _unlocked(self, unlocked: UnlockedVault) -> None:
        self.passphrase_field.clear()
        self._set_busy(False)
        self.vault_unlocked.emit(unlocked)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.passphrase_field.selectAll()
        self.passphrase_field.setFocus()
        if isinstance(error, KnownError):
            self._say(error.message)
            return
        report = crash_report.save(error)
        where = self.tr(" A report without personal data was saved to {0}.").format(report)
        self._say(self.tr("PeerDesk hit a problem it didn't expect.") + (where if report else ""))
