"""The Reports area: choosing a report and its period, seeing its pages, saving, printing
and cancelling, as a coordinator and as a facilitator."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from peerdesk.services.demo import DEMO_PASSPHRASE, build_demo_vault
from peerdesk.services.reports import ReportService
from peerdesk.tasks.runner import TaskRunner
from peerdesk.ui.reports_view import ReportsView, last_month, last_quarter, print_pdf
from peerdesk.vault.vault import UnlockedVault, Vault
from tests.gui.conftest import RecordingBoxes

TODAY = date(2026, 11, 24)


def _today() -> date:
    return TODAY


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo_vault(
        tmp_path_factory.mktemp("reports") / "demo", participants=20, today=TODAY
    ).folder


@pytest.fixture
def as_user(demo: Path) -> Iterator[Callable[[str], UnlockedVault]]:
    opened: list[UnlockedVault] = []

    def sign_in(name: str) -> UnlockedVault:
        unlocked = Vault(demo).unlock(name, DEMO_PASSPHRASE)
        opened.append(unlocked)
        return unlocked

    yield sign_in
    for unlocked in opened:
        unlocked.lock()


def _view(qtbot: QtBot, vault: UnlockedVault, boxes: RecordingBoxes) -> ReportsView:
    view = ReportsView(vault, TaskRunner(), boxes, _today)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitUntil(lambda: view.group.count() > 0)
    return view


def test_quick_periods() -> None:
    assert last_month(date(2026, 11, 24)) == (date(2026, 10, 1), date(2026, 10, 31))
    assert last_month(date(2026, 1, 5)) == (date(2025, 12, 1), date(2025, 12, 31))
    assert last_quarter(date(2026, 11, 24)) == (date(2026, 7, 1), date(2026, 9, 30))
    assert last_quarter(date(2026, 2, 1)) == (date(2025, 10, 1), date(2025, 12, 31))


def test_a_coordinator_previews_and_saves_a_report(
    qtbot: QtBot,
    as_user: Callable[[str], UnlockedVault],
    boxes: RecordingBoxes,
    tmp_path: Path,
    screenshot_dir: Path,
) -> None:
    view = _view(qtbot, as_user("demo"), boxes)
    offered = [view.kinds.item(r).text() for r in range(view.kinds.count())]
    assert "Caseload summary" in offered and "Attendance" in offered
    view.choose("attendance")
    assert view.group.isVisibleTo(view) and not view.participant.isVisibleTo(view)
    view.period.setCurrentIndex(view.period.findData("Last quarter"))
    assert view.request().start == date(2026, 7, 1)
    with qtbot.waitSignal(view.report_made, timeout=20_000) as made:
        view.make_preview()
    report = made.args[0]
    assert report.pages >= 1
    shown = view.pages_layout.count() - 1
    assert shown == min(report.pages, 40)
    qtbot.wait(50)  # let the new pages be laid out
    view.grab().save(str(screenshot_dir / "reports.png"))

    boxes.save_to = tmp_path / "attendance.pdf"
    with qtbot.waitSignal(view.report_saved, timeout=20_000):
        view.save()
    text = "".join(p.extract_text() for p in PdfReader(boxes.save_to).pages)
    assert view.group.currentText() in text
    assert boxes.shown[-1][0] == "info" and "isn't encrypted" in boxes.shown[-1][2]


def test_a_facilitator_is_offered_only_what_they_may_print(
    qtbot: QtBot, as_user: Callable[[str], UnlockedVault], boxes: RecordingBoxes
) -> None:
    view = _view(qtbot, as_user("rae"), boxes)
    offered = {view.kinds.item(r).data(Qt.ItemDataRole.UserRole) for r in range(view.kinds.count())}
    assert offered == {"attendance", "signin-sheet", "training"}


def test_cancelling_a_report_saves_nothing(
    qtbot: QtBot, as_user: Callable[[str], UnlockedVault], boxes: RecordingBoxes, tmp_path: Path
) -> None:
    view = _view(qtbot, as_user("demo"), boxes)
    view.choose("caseload")
    release = threading.Event()
    view.tasks.run(release.wait, lambda _r: None, lambda _e: None)  # hold the worker
    boxes.save_to = tmp_path / "never.pdf"
    view.save()
    view.tasks.cancel_all()  # as if Cancel were pressed in the progress dialog
    release.set()
    qtbot.waitUntil(lambda: not view.tasks.is_busy(), timeout=20_000)
    assert not boxes.save_to.exists()
    assert [kind for kind, *_ in boxes.shown] == ["save_file"]  # no error box either


def test_printing_draws_every_page(as_user: Callable[[str], UnlockedVault], tmp_path: Path) -> None:
    from peerdesk.services.reports import ReportRequest

    built = ReportService(as_user("demo"), _today).build(ReportRequest("caseload"))
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_pdf(built.content, printer)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == built.pages


def test_a_group_made_meanwhile_appears_and_the_choice_stays(
    qtbot: QtBot, as_user: Callable[[str], UnlockedVault], boxes: RecordingBoxes
) -> None:
    from peerdesk.services.groups import GroupService

    coordinator = as_user("demo")
    view = _view(qtbot, coordinator, boxes)
    before = view.group.count()
    view.group.setCurrentIndex(before - 1)
    chosen = view.group.currentText()
    GroupService(coordinator, _today).create_group("Art and Recovery (made meanwhile)")
    view.refresh()
    qtbot.waitUntil(lambda: view.group.count() == before + 1)
    assert view.group.currentText() == chosen
