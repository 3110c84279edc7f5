"""Screenshots of every screen at 1280x800 with the demo data, for the README, the user
guides and for looking at what we build: `make screenshots` writes them to
docs/screenshots/en/, docs/screenshots/es/ (Spanish) and docs/screenshots/high-contrast/.

Runs offscreen; the demo vault is made once in a temporary folder with a fixed date, and
each look is the demo user's own choice in Settings, as a person would make it.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PEERDESK_KDF_ITERATIONS", "1")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from peerdesk.app import AppController
from peerdesk.db.models import AttendanceMark
from peerdesk.display import Display
from peerdesk.services.demo import DEMO_PASSPHRASE, build_demo_vault
from peerdesk.services.engagement import EngagementService
from peerdesk.services.settings import SettingsService
from peerdesk.tasks.runner import TaskRunner
from peerdesk.ui.help import HelpDialog
from peerdesk.ui.message_boxes import MessageBoxes
from peerdesk.vault.vault import Vault

SCREENSHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
TODAY = date(2026, 11, 24)
LOOKS = {
    "en": Display("en", 100, False),
    "es": Display("es", 100, False),
    "high-contrast": Display("en", 100, True),
}
OUT = SCREENSHOTS / "en"  # where shoot() writes; set for each look


def settle(app: QApplication, tasks: TaskRunner, ms: int = 400) -> None:
    """Let background work finish and the windows paint."""
    for _ in range(50):
        tasks.wait_for_done()
        loop = QEventLoop()
        QTimer.singleShot(ms // 4, loop.quit)
        loop.exec()
        app.processEvents()
        if not tasks.is_busy():
            break


def shoot(widget: QWidget, name: str, width: int = 1280, height: int = 800) -> None:
    widget.resize(width, height)
    widget.grab().save(str(OUT / f"{name}.png"))
    print(f"wrote {OUT.relative_to(SCREENSHOTS.parent.parent)}/{name}.png")


def main() -> int:
    global OUT
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        made = build_demo_vault(Path(folder) / "demo", participants=60, today=TODAY)
        for look, display in LOOKS.items():
            OUT = SCREENSHOTS / look
            OUT.mkdir(parents=True, exist_ok=True)
            copy = Path(folder) / look
            shutil.copytree(made.folder, copy)
            unlocked = Vault(copy).unlock("sam", DEMO_PASSPHRASE)
            SettingsService(unlocked).save_display(display)
            unlocked.lock()
            shoot_every_screen(app, copy)
    return 0


def shoot_every_screen(app: QApplication, folder: Path) -> None:
    tasks = TaskRunner()
    controller = AppController(
        Vault(folder), tasks, MessageBoxes(), "sam", idle_ms=3_600_000, today=lambda: TODAY
    )
    controller.start()
    shoot(controller.unlock_window, "sign-in", 520, 260)
    controller.unlock_window.passphrase_field.setText(DEMO_PASSPHRASE)
    controller.unlock_window.try_unlock()
    settle(app, tasks)
    window = controller.main_window
    assert window is not None
    settle(app, tasks)
    shoot(window, "today")
    window.show_area(window.tr("Caseload"))
    settle(app, tasks)
    shoot(window, "caseload")
    assert controller.unlocked is not None
    signals = EngagementService(controller.unlocked, lambda: TODAY).signals()
    someone = next(iter(sorted(signals, key=lambda pid: not signals[pid].at_risk)))
    person = window.open_participant(someone)
    settle(app, tasks)
    # The same file names in every language (a peer has no History tab).
    parts = ["profile", "contacts", "appointments", "goals", "measures", "consents"]
    for index, part in enumerate(parts):
        person.tabs.setCurrentIndex(index)
        settle(app, tasks, 200)
        shoot(person, f"participant-{part}", 1140, 760)
    window.show_area(window.tr("Groups"))
    settle(app, tasks)
    groups = window.groups_view
    shoot(window, "groups")
    groups.tabs.setCurrentIndex(2)
    settle(app, tasks)
    shoot(window, "groups-history")
    groups.tabs.setCurrentIndex(0)
    groups.start_todays_session()
    settle(app, tasks)
    attendance = next(iter(window.attendance_windows.values()))
    attendance.mark_all_present()
    for row in (2, 5):
        attendance.table.selectRow(row)
        attendance._set(row, AttendanceMark.ABSENT)
    attendance.table.selectRow(3)
    attendance.topic.setText("Sleep and stress")
    settle(app, tasks, 200)
    shoot(attendance, "attendance", 900, 700)
    attendance.close()
    window.show_area(window.tr("Training"))
    settle(app, tasks)
    shoot(window, "training")
    window.training_view.tabs.setCurrentIndex(2)
    settle(app, tasks, 200)
    shoot(window, "training-supervision")
    window.training_view.tabs.setCurrentIndex(0)
    window.show_area(window.tr("Reports"))
    settle(app, tasks)
    window.reports_view.choose("caseload")
    window.reports_view.make_preview()
    settle(app, tasks)
    shoot(window, "reports")
    window.show_area(window.tr("Sync"))
    settle(app, tasks)
    shoot(window, "sync")
    window.show_area(window.tr("Settings"))
    settle(app, tasks)
    shoot(window, "settings")
    help_dialog = HelpDialog("today", window)
    help_dialog.show()
    settle(app, tasks, 200)
    shoot(help_dialog, "help", 900, 600)
    help_dialog.close()
    controller.lock()
    tasks.wait_for_done()
    controller.unlock_window.close()


if __name__ == "__main__":
    raise SystemExit(main())
