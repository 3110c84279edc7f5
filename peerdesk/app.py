"""Composition root for the desktop app: builds the vault, task runner, dialogs and
windows and wires them together. Nothing else creates these objects."""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from peerdesk import crash_report
from peerdesk.config import IDLE_LOCK_SECONDS_DEFAULT
from peerdesk.tasks.runner import TaskRunner
from peerdesk.ui.idle_watcher import IdleWatcher
from peerdesk.ui.main_window import MainWindow
from peerdesk.ui.message_boxes import MessageBoxes
from peerdesk.ui.unlock_window import UnlockWindow
from peerdesk.vault.vault import UnlockedVault, Vault


class AppController(QObject):
    """Switches between the unlock window and the main window, and owns the lock."""

    def __init__(
        self,
        vault: Vault,
        tasks: TaskRunner,
        boxes: MessageBoxes,
        user_name: str | None = None,
        idle_ms: int = IDLE_LOCK_SECONDS_DEFAULT * 1000,
    ) -> None:
        super().__init__()
        self.vault = vault
        self.tasks = tasks
        self.boxes = boxes
        self.unlocked: UnlockedVault | None = None
        self.main_window: MainWindow | None = None
        self.unlock_window = UnlockWindow(vault, tasks, user_name)
        self.unlock_window.vault_unlocked.connect(self.open_main_window)
        self.idle = IdleWatcher(idle_ms, self)
        self.idle.idle.connect(
            lambda: self.lock(
                self.tr("PeerDesk locked itself after a while without use. Sign in to carry on.")
            )
        )
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)

    def start(self) -> None:
        self.unlock_window.show()

    def open_main_window(self, unlocked: UnlockedVault) -> None:
        self.unlocked = unlocked
        self.main_window = MainWindow(unlocked, self.tasks, self.boxes)
        self.main_window.lock_requested.connect(lambda: self.lock())
        self.unlock_window.hide()
        self.main_window.show()
        self.idle.start()

    def lock(self, message: str = "") -> None:
        """Hide everything, drop the connection and the key, show the unlock window."""
        self.idle.stop()
        self.tasks.wait_for_done()
        if self.main_window is not None:
            self.main_window.hide()
            self.main_window.deleteLater()
            self.main_window = None
        if self.unlocked is not None:
            self.unlocked.lock()
            self.unlocked = None
        self.unlock_window.reset(message)
        self.unlock_window.show()

    def shut_down(self) -> None:
        self.lock()


def _install_crash_handler(boxes: MessageBoxes) -> None:
    def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        report = crash_report.save(error.with_traceback(tb))
        where = f" A report without personal data was saved to {report}." if report else ""
        boxes.error(
            None,
            "PeerDesk",
            f"PeerDesk hit a problem it didn't expect. Your saved work is safe.{where}",
        )

    sys.excepthook = handle


def run_gui(vault_dir: Path, user_name: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("PeerDesk")
    boxes = MessageBoxes()
    _install_crash_handler(boxes)
    tasks = TaskRunner()
    controller = AppController(Vault(vault_dir), tasks, boxes, user_name)
    app.aboutToQuit.connect(controller.shut_down)
    controller.start()
    return app.exec()
