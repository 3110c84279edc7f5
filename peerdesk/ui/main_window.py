"""The main window after unlocking. Holds no data once locked: the controller deletes it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peerdesk.errors import KnownError
from peerdesk.services.vault_overview import VaultOverview, load_overview
from peerdesk.tasks.runner import TaskRunner
from peerdesk.ui.message_boxes import MessageBoxes
from peerdesk.vault.vault import UnlockedVault


def _local(when: datetime | None) -> str:
    return when.astimezone().strftime("%d %b %Y, %H:%M") if when else "—"


class VaultPage(QWidget):
    """Whose vault this is, who can sign in, and its backups."""

    backup_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.organisation = QLabel()
        self.folder = QLabel()
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.newest_backup = QLabel()
        self.users = QTableWidget(0, 2)
        self.users.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role")])
        self.users.horizontalHeader().setStretchLastSection(True)
        self.users.verticalHeader().setVisible(False)
        self.users.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.users.setAccessibleName(self.tr("People who can sign in"))
        self.users.setMaximumHeight(240)
        backup_button = QPushButton(self.tr("&Back up now…"))
        backup_button.clicked.connect(self.backup_requested)

        facts = QFormLayout()
        facts.addRow(self.tr("Program"), self.organisation)
        facts.addRow(self.tr("Vault folder"), self.folder)
        facts.addRow(self.tr("Newest automatic backup"), self.newest_backup)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>This vault</h2>")))
        layout.addLayout(facts)
        layout.addWidget(QLabel(self.tr("<b>People who can sign in</b>")))
        layout.addWidget(self.users)
        layout.addWidget(backup_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()

    def show_overview(self, overview: VaultOverview) -> None:
        self.organisation.setText(overview.organisation or self.tr("(not named)"))
        self.folder.setText(str(overview.folder))
        self.newest_backup.setText(
            self.tr("{0} ({1} kept)").format(_local(overview.newest_backup), overview.backup_count)
        )
        self.users.setRowCount(len(overview.users))
        for row, user in enumerate(overview.users):
            self.users.setItem(row, 0, QTableWidgetItem(user.name))
            self.users.setItem(row, 1, QTableWidgetItem(user.role.value))


class MainWindow(QMainWindow):
    lock_requested = Signal()

    def __init__(
        self,
        vault: UnlockedVault,
        tasks: TaskRunner,
        boxes: MessageBoxes,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.tasks = tasks
        self.boxes = boxes
        assert vault.user is not None
        self.setWindowTitle(self.tr("PeerDesk"))
        self.resize(1280, 800)

        self.vault_page = VaultPage()
        self.vault_page.backup_requested.connect(self.back_up)
        self.setCentralWidget(self.vault_page)

        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested)
        backup_action = QAction(self.tr("&Back up now…"), self)
        backup_action.triggered.connect(self.back_up)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(backup_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(quit_action)

        self.user_label = QLabel(
            self.tr("Signed in as {0} ({1})").format(vault.user.name, vault.user.role.value)
        )
        self.lock_state = QLabel(self.tr("Unlocked · Ctrl+L locks"))
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.lock_state)
        self.refresh()

    def refresh(self) -> None:
        self.tasks.run(
            lambda: load_overview(self.vault), self._show_overview, self._failed, parent=self
        )

    def _show_overview(self, overview: VaultOverview) -> None:
        self.vault_page.show_overview(overview)
        if overview.organisation:
            self.setWindowTitle(self.tr("PeerDesk — {0}").format(overview.organisation))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, KnownError):
            self.boxes.error(self, self.tr("PeerDesk"), error.message)
        else:
            raise error

    def back_up(self) -> None:
        stamp = datetime.now().strftime("%Y-%m-%d")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save an encrypted backup"),
            str(Path.home() / f"peerdesk-{stamp}.peerdesk-backup"),
            self.tr("PeerDesk backups (*.peerdesk-backup)"),
        )
        if not path:
            return
        target = Path(path)
        self.tasks.run(
            lambda: self.vault.backup_to(target),
            self._backed_up,
            self._failed,
            label=self.tr("Writing the backup…"),
            parent=self,
        )

    def _backed_up(self, target: Path) -> None:
        self.boxes.info(
            self,
            self.tr("Backup saved"),
            self.tr(
                "The encrypted backup is in {0}. It opens only with a passphrase or the recovery "
                "key of this vault."
            ).format(target),
        )
        self.refresh()
