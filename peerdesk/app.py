"""Composition root for the desktop app: builds the vault, task runner, dialogs and
windows and wires them together. Nothing else creates these objects.

Start-up is kept short: only what the sign-in window needs is imported before it shows;
the main window, its views and the database layer are imported in a background thread
while the person types their passphrase (benchmarks/frozen.py measures it)."""

from __future__ import annotations

import importlib
import os
import sys
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from peerdesk import crash_report
from peerdesk.config import IDLE_LOCK_SECONDS_DEFAULT
from peerdesk.display import Display, last_display
from peerdesk.i18n import current_language, translate
from peerdesk.tasks.runner import TaskRunner
from peerdesk.ui.appearance import apply_display
from peerdesk.ui.help import HelpDialog
from peerdesk.ui.idle_watcher import IdleWatcher
from peerdesk.ui.message_boxes import MessageBoxes
from peerdesk.ui.unlock_window import UnlockWindow

if TYPE_CHECKING:
    from peerdesk.services.settings import Settings
    from peerdesk.ui.first_run_window import FirstRunWindow
    from peerdesk.ui.main_window import MainWindow
    from peerdesk.ui.recovery_window import RecoveryWindow
    from peerdesk.vault.vault import UnlockedVault, Vault

# Imported in the background once the first window shows (see the module's docstring).
_AFTER_START = (
    "peerdesk.db.models",
    "peerdesk.db.migrate",
    "peerdesk.vault.engine",
    "peerdesk.vault.backups",
    "peerdesk.services.settings",
    "peerdesk.services.drafts",
    "peerdesk.ui.main_window",
)


class AppController(QObject):
    """Switches between first run, sign-in and the main window, and owns the lock."""

    def __init__(
        self,
        vault: Vault,
        tasks: TaskRunner,
        boxes: MessageBoxes,
        user_name: str | None = None,
        idle_ms: int | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__()
        self.vault = vault
        self.tasks = tasks
        self.boxes = boxes
        self.today = today
        self.fixed_idle_ms = idle_ms  # tests fix it; otherwise it comes from the settings
        self.unlocked: UnlockedVault | None = None
        self.main_window: MainWindow | None = None
        self.first_run: FirstRunWindow | None = None
        self.recovery: RecoveryWindow | None = None
        self._apply_display(last_display(vault.directory))  # as last used on this computer
        self.unlock_window = self._make_unlock_window(user_name)
        self.idle = IdleWatcher(idle_ms or IDLE_LOCK_SECONDS_DEFAULT * 1000, self)
        self.idle.idle.connect(
            lambda: self.lock(
                self.tr("PeerDesk locked itself after a while without use. Sign in to carry on.")
            )
        )
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)

    def _make_unlock_window(self, user_name: str | None) -> UnlockWindow:
        window = UnlockWindow(self.vault, self.tasks, user_name)
        window.vault_unlocked.connect(self.open_main_window)
        window.recovery_requested.connect(self.open_recovery)
        # When the sign-in window is gone the app is closing: nothing may lock or show
        # anything after that (an idle timer firing later would touch deleted windows).
        window.destroyed.connect(self._stop_watching)
        help_key = QShortcut(QKeySequence("F1"), window)
        help_key.activated.connect(lambda: HelpDialog("signin", window).exec())
        self.unlock_language = current_language()
        return window

    def _apply_display(self, display: Display) -> bool:
        """True when the language changed."""
        app = QApplication.instance()
        return isinstance(app, QApplication) and apply_display(app, display)

    def _stop_watching(self) -> None:
        self.idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)

    def start(self) -> None:
        if self.vault.exists():
            self.unlock_window.show()
            return
        from peerdesk.ui.first_run_window import FirstRunWindow

        self.first_run = FirstRunWindow(self.vault, self.tasks, self.boxes)
        self.first_run.vault_created.connect(self._first_run_done)
        self.first_run.show()

    def _first_run_done(self, unlocked: UnlockedVault) -> None:
        if self.first_run is not None:
            self.first_run.hide()
            self.first_run.deleteLater()
            self.first_run = None
        if unlocked.user is not None:
            self.unlock_window.user_field.setText(unlocked.user.name)
        self.open_main_window(unlocked)

    def open_recovery(self) -> None:
        from peerdesk.ui.recovery_window import RecoveryWindow

        self.recovery = RecoveryWindow(
            self.vault, self.tasks, self.unlock_window.user_field.text().strip()
        )
        self.recovery.passphrase_reset.connect(self._recovered)
        self.recovery.show()

    def _recovered(self, user: str) -> None:
        if self.recovery is not None:
            self.recovery.hide()
            self.recovery.deleteLater()
            self.recovery = None
        self.unlock_window.user_field.setText(user)
        self.unlock_window.reset(
            self.tr("A new passphrase is set for {0}. Sign in with it.").format(user)
        )
        self.unlock_window.show()

    def open_main_window(self, unlocked: UnlockedVault) -> None:
        from peerdesk.services.drafts import DraftService
        from peerdesk.services.settings import SettingsService

        self.unlocked = unlocked

        def load() -> tuple[Settings, Display, list[tuple[str, str, dict[str, object]]]]:
            service = SettingsService(unlocked)
            drafts = DraftService(unlocked)
            pending = [(d.kind, d.record_id, d.payload) for d in drafts.pending()]
            return service.load(), service.display(), pending

        self.tasks.run(
            load,
            self._show_main_window,
            self._main_window_failed,
            label=self.tr("Opening PeerDesk…"),
            parent=self.unlock_window,
        )

    def _show_main_window(
        self, loaded: tuple[Settings, Display, list[tuple[str, str, dict[str, object]]]]
    ) -> None:
        settings, display, drafts = loaded
        if self.unlocked is None:
            return
        self._apply_display(display)  # this person's look, before their windows
        self._build_main_window(settings)
        self.unlock_window.hide()
        assert self.main_window is not None
        self.main_window.show()
        self._apply_settings(settings)
        self._reopen_drafts(drafts)

    def _build_main_window(self, settings: Settings) -> None:
        from peerdesk.ui.main_window import MainWindow

        assert self.unlocked is not None
        self.main_window = MainWindow(self.unlocked, self.tasks, self.boxes, settings, self.today)
        self.main_window.lock_requested.connect(lambda: self.lock())
        self.main_window.settings_changed.connect(self._apply_settings)
        self.main_window.display_changed.connect(self._display_changed)

    def _reopen_drafts(self, drafts: list[tuple[str, str, dict[str, object]]]) -> None:
        from peerdesk.services.drafts import DraftService
        from peerdesk.ui.participant_window import DRAFT_KIND

        assert self.unlocked is not None and self.main_window is not None
        service = DraftService(self.unlocked)
        for kind, record_id, payload in drafts:
            if kind == DRAFT_KIND:
                self.main_window.open_participant(record_id, draft=dict(payload))
            service.discard(kind, record_id)

    def _display_changed(self, display: Display) -> None:
        """A new look applies at once; a new language rebuilds the windows in it, keeping
        what was being typed in open participant windows, and comes back to Settings."""
        if not self._apply_display(display) or self.main_window is None:
            return
        old = self.main_window
        settings = old.settings
        from peerdesk.ui.participant_window import DRAFT_KIND

        drafts = [(kind, rid, dict(payload)) for kind, rid, payload in old.drafts()]
        old.close_everything()
        self._build_main_window(settings)
        assert self.main_window is not None
        self.main_window.show()
        self.main_window.show_settings()
        for kind, record_id, payload in drafts:
            if kind == DRAFT_KIND:
                self.main_window.open_participant(record_id, draft=payload)

    def _main_window_failed(self, error: BaseException) -> None:
        self.lock()
        raise error

    def _apply_settings(self, settings: Settings) -> None:
        self.idle.timer.setInterval(self.fixed_idle_ms or settings.idle_lock_minutes * 60_000)
        self.idle.start()

    def lock(self, message: str = "") -> None:
        """Keep unsaved edits as drafts in the vault, hide everything, drop the connection
        and the key, and show the sign-in window."""
        self.idle.stop()
        self.tasks.cancel_all()  # a long report stops at its next page
        self.tasks.wait_for_done()
        if self.main_window is not None:
            if self.unlocked is not None:
                from peerdesk.services.drafts import DraftService

                drafts = DraftService(self.unlocked)
                for kind, record_id, payload in self.main_window.drafts():
                    drafts.save(kind, record_id, payload)
            self.main_window.close_everything()
            self.main_window = None
        if self.unlocked is not None:
            self.unlocked.lock()
            self.unlocked = None
        if self.unlock_language != current_language():  # built in another language
            user = self.unlock_window.user_field.text()
            old = self.unlock_window
            old.destroyed.disconnect(self._stop_watching)
            self.unlock_window = self._make_unlock_window(user)
            old.hide()
            old.deleteLater()
        self.unlock_window.reset(message)
        self.unlock_window.show()

    def shut_down(self) -> None:
        self.lock()


def _install_crash_handler(boxes: MessageBoxes) -> None:
    def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        report = crash_report.save(error.with_traceback(tb))
        text = translate(
            "AppController", "PeerDesk hit a problem it didn't expect. Your saved work is safe."
        )
        if report:
            text += " " + translate(
                "AppController", "A report without personal data was saved to {0}."
            ).format(report)
        boxes.error(None, "PeerDesk", text)

    sys.excepthook = handle


def _import_the_rest() -> None:
    for name in _AFTER_START:
        importlib.import_module(name)
    models = importlib.import_module("peerdesk.db.models")
    models.Base.registry.configure()  # SQLAlchemy's mapper set-up, done once


def run_gui(vault_dir: Path, user_name: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("PeerDesk")
    boxes = MessageBoxes()
    _install_crash_handler(boxes)
    tasks = TaskRunner()
    from peerdesk.vault.vault import Vault  # light: the database layer loads on first use

    controller = AppController(Vault(vault_dir), tasks, boxes, user_name)
    app.aboutToQuit.connect(controller.shut_down)
    controller.start()
    # While the person types their passphrase: what signing in and the main window need.
    threading.Thread(target=_import_the_rest, name="import-the-rest", daemon=True).start()
    if os.environ.get("PEERDESK_STARTUP_PROBE") == "1":
        # For benchmarks/frozen.py, which times the process from spawn to exit: quit as
        # soon as the first window (sign-in or first run) has been painted.
        from PySide6.QtCore import QEvent, QTimer

        class PaintedProbe(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    watched.removeEventFilter(self)
                    if sys.stdout is not None:
                        print(f"startup-probe: {type(watched).__name__} painted", flush=True)
                    QTimer.singleShot(0, app.quit)
                return False

        shown = controller.first_run or controller.unlock_window
        shown.installEventFilter(PaintedProbe(shown))
    return app.exec()
