"""Every screen and dialog, walked the way a screen-reader or keyboard user meets them:
each control has a name, each label's shortcut letter leads somewhere, and the screens
still fit when the words get longer (a pseudo language ~40% longer than English) or the
text gets larger."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import shutil
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from sqlalchemy import select

import peerdesk.ui
from peerdesk.app import AppController
from peerdesk.db.models import GroupSession
from peerdesk.display import Display
from peerdesk.i18n import ENGLISH, ENV_LANGUAGE, PSEUDO, use_language
from peerdesk.services.demo import COORDINATOR, DEMO_PASSPHRASE, build_demo_vault
from peerdesk.services.engagement import EngagementService
from peerdesk.services.settings import SettingsService
from peerdesk.services.training import TrainingService
from peerdesk.tasks.runner import TaskRunner
from peerdesk.ui.appearance import apply_display
from peerdesk.vault.vault import Vault
from tests.gui.accessibility import (
    clipped_text,
    labels_leading_nowhere,
    needs_scrolling,
    unnamed_controls,
)
from tests.gui.conftest import RecordingBoxes

TODAY = date(2026, 11, 24)
SCREEN = (1280, 800)


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo_vault(
        tmp_path_factory.mktemp("a11y") / "demo", participants=12, today=TODAY
    ).folder


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The whole app's look is changed by some tests here: put it back afterwards."""
    try:
        yield qapp
    finally:
        apply_display(qapp, Display())
        use_language(ENGLISH)


def _settle(tasks: TaskRunner, ms: int = 120) -> None:
    for _ in range(40):
        tasks.wait_for_done()
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        if not tasks.is_busy():
            break


Visit = Callable[[str, QWidget], None]


def walk_every_screen(
    demo: Path, boxes: RecordingBoxes, visit: Visit, display: Display | None = None
) -> None:
    """Sign in as the coordinator (who sees every area) and visit every screen: each area,
    each tab, a participant's window with each tab, and taking attendance. With `display`,
    the coordinator has chosen that look in Settings (on a copy of the demo vault)."""
    folder = demo
    if display is not None:
        folder = demo.parent / f"copy-{uuid.uuid4().hex}"
        shutil.copytree(demo, folder)
        chooser = Vault(folder).unlock(COORDINATOR, DEMO_PASSPHRASE)
        SettingsService(chooser).save_display(display)
        chooser.lock()
    tasks = TaskRunner()
    controller = AppController(
        Vault(folder), tasks, boxes, COORDINATOR, idle_ms=3_600_000, today=lambda: TODAY
    )
    controller.start()
    unlock = controller.unlock_window
    unlock.resize(*SCREEN)
    visit("sign-in", unlock)
    unlock.passphrase_field.setText(DEMO_PASSPHRASE)
    unlock.try_unlock()
    _settle(tasks)
    window = controller.main_window
    assert window is not None and controller.unlocked is not None
    window.resize(*SCREEN)
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        _settle(tasks)
        area = window.stack.currentWidget()
        tabs = getattr(area, "tabs", None)
        for index in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(index)
                _settle(tasks, 60)
            visit(f"{window.sidebar.item(row).text()} #{index}", window)
    signals = EngagementService(controller.unlocked, lambda: TODAY).signals()
    person = window.open_participant(next(iter(signals)))
    _settle(tasks)
    for index in range(person.tabs.count()):
        person.tabs.setCurrentIndex(index)
        _settle(tasks, 60)
        visit(f"participant #{index}", person)
    person.close_without_asking()
    with controller.unlocked.session() as s:
        session_id = s.scalars(
            select(GroupSession.id).order_by(GroupSession.held_on, GroupSession.id).limit(1)
        ).one()
    attendance = window.open_attendance(session_id)
    assert attendance is not None
    attendance.resize(900, 700)
    _settle(tasks)
    visit("attendance", attendance)
    attendance.close_without_asking()
    controller.lock()
    tasks.wait_for_done()
    unlock.close()


def test_every_screen_names_its_controls(
    demo_folder: Path, boxes: RecordingBoxes, app: QApplication
) -> None:
    problems: list[str] = []

    def visit(name: str, top: QWidget) -> None:
        problems.extend(f"{name}: {p}" for p in unnamed_controls(top))
        problems.extend(f"{name}: {p}" for p in labels_leading_nowhere(top))

    walk_every_screen(demo_folder, boxes, visit)
    assert sorted(set(problems)) == [], "\n".join(sorted(set(problems)))


@pytest.mark.parametrize(
    ("language", "size"), [(PSEUDO, 100), (ENGLISH, 150)], ids=["longer-words", "larger-text"]
)
def test_every_screen_fits_with_longer_words_or_larger_text(
    demo_folder: Path,
    boxes: RecordingBoxes,
    app: QApplication,
    language: str,
    size: int,
    screenshot_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if language == PSEUDO:
        monkeypatch.setenv(ENV_LANGUAGE, PSEUDO)
    problems: list[str] = []
    folder = screenshot_dir / f"fit-{language}-{size}"
    folder.mkdir(exist_ok=True)

    def visit(name: str, top: QWidget) -> None:
        needed = top.minimumSizeHint()
        if needed.width() > SCREEN[0] or needed.height() > SCREEN[1]:
            problems.append(f"{name}: needs {needed.width()}x{needed.height()}")
        problems.extend(f"{name}: {p}" for p in clipped_text(top))
        if size == 100:  # at the usual text size only the long Settings form may scroll
            problems.extend(f"{name}: {p}" for p in needs_scrolling(top) if "SettingsPage" not in p)
        top.grab().save(str(folder / f"{name.replace(' ', '-').replace('#', '')}.png"))

    walk_every_screen(demo_folder, boxes, visit, Display(ENGLISH, size, False))
    assert sorted(set(problems)) == [], "\n".join(sorted(set(problems)))


# --- dialogs ------------------------------------------------------------------------------


def _dialog_factories(folder: Path, boxes: RecordingBoxes) -> dict[str, Callable[[], QWidget]]:
    """One way to open each dialog and window class in peerdesk.ui, by qualified name.
    A new dialog must be added here, or the coverage test below fails."""
    from peerdesk.ui.caseload_view import ReassignDialog
    from peerdesk.ui.certificate_window import CertificateWindow
    from peerdesk.ui.first_run_window import FirstRunWindow
    from peerdesk.ui.group_dialogs import DayDialog, EnrolDialog, GroupDialog
    from peerdesk.ui.help import HelpDialog, ShortcutsDialog
    from peerdesk.ui.recovery_window import RecoveryWindow
    from peerdesk.ui.sync_dialogs import (
        AddComputerDialog,
        CodeDialog,
        DevicesDialog,
        JoinHubDialog,
    )
    from peerdesk.ui.sync_dialogs import EnrolDialog as EnrolComputerDialog
    from peerdesk.ui.training_dialogs import RequirementsDialog, SupervisionDialog, TrainingDialog

    tasks = TaskRunner()
    vault = Vault(folder)
    unlocked = vault.unlock(COORDINATOR, DEMO_PASSPHRASE)
    page = QImage(400, 300, QImage.Format.Format_RGB32)
    page.fill(0xFFFFFF)

    def devices() -> QWidget:
        return DevicesDialog(
            boxes,
            lambda work, done: done(work()),
            lambda: [{"name": "Front desk", "role": "peer", "revoked": False}],
            lambda name: None,
            "Front desk",
        )

    return {
        "caseload_view.ReassignDialog": lambda: ReassignDialog(["pia", "paz"], 3),
        "certificate_window.CertificateWindow": lambda: CertificateWindow("Certificate", [page]),
        "first_run_window.FirstRunWindow": lambda: FirstRunWindow(
            Vault(folder.parent / "new"), tasks, boxes
        ),
        "group_dialogs.DayDialog": lambda: DayDialog(
            "Enter a past session", "Which day?", TODAY, TODAY, ask_paper=True
        ),
        "group_dialogs.EnrolDialog": lambda: EnrolDialog([("p1", "Ana"), ("p2", "Ben")], TODAY),
        "group_dialogs.GroupDialog": lambda: GroupDialog(["pia", "paz"]),
        "help.HelpDialog": lambda: HelpDialog("today"),
        "help.ShortcutsDialog": lambda: ShortcutsDialog(),
        "recovery_window.RecoveryWindow": lambda: RecoveryWindow(vault, tasks, COORDINATOR),
        "sync_dialogs.AddComputerDialog": lambda: AddComputerDialog(boxes, folder),
        "sync_dialogs.CodeDialog": lambda: CodeDialog("Front desk", "ABCD-EFGH", folder / "f"),
        "sync_dialogs.DevicesDialog": devices,
        "sync_dialogs.EnrolDialog": lambda: EnrolComputerDialog(boxes),
        "sync_dialogs.JoinHubDialog": lambda: JoinHubDialog("Front desk"),
        "training_dialogs.RequirementsDialog": lambda: RequirementsDialog(
            TrainingService(unlocked, lambda: TODAY), boxes
        ),
        "training_dialogs.SupervisionDialog": lambda: SupervisionDialog(TODAY),
        "training_dialogs.TrainingDialog": lambda: TrainingDialog(
            boxes, ["Confidentiality"], TODAY, lambda name, day: None
        ),
    }


def _stand_alone_classes() -> set[str]:
    """Every dialog, and every window opened on its own, defined in peerdesk.ui."""
    found = set()
    for module_info in pkgutil.iter_modules(peerdesk.ui.__path__):
        module = importlib.import_module(f"peerdesk.ui.{module_info.name}")
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            if issubclass(cls, QDialog) or (
                issubclass(cls, QWidget) and name.endswith("Window") and name != "MainWindow"
            ):
                found.add(f"{module_info.name}.{name}")
    return found


def test_every_dialog_names_its_controls(
    demo_folder: Path, boxes: RecordingBoxes, app: QApplication
) -> None:
    factories: dict[str, Callable[[], Any]] = _dialog_factories(demo_folder, boxes)
    walked_elsewhere = {
        "unlock_window.UnlockWindow",
        "participant_window.ParticipantWindow",
        "attendance_window.AttendanceWindow",
    }
    assert _stand_alone_classes() - walked_elsewhere == set(factories)
    problems = []
    for name, make in sorted(factories.items()):
        widget = make()
        widget.show()
        problems.extend(f"{name}: {p}" for p in unnamed_controls(widget))
        problems.extend(f"{name}: {p}" for p in labels_leading_nowhere(widget))
        widget.close()
        widget.deleteLater()
    assert problems == []
