"""How fast attendance is, as a co-facilitator meets it, on a group of 40 members with
two years of weekly sessions (104 sessions, about 4,000 marks):

- key press to committed mark: P or A pressed in the attendance window, until the
  mark is in the vault (the window writes it before the key press returns); checked
  by reading it back on another connection. Target: median ≤ 20 ms.
- open a group: choosing it in the Groups area until its roster, sessions and
  attendance history are shown. Target: ≤ 300 ms.
- open a session: the attendance window for today's session, built and filled.

Run: .venv/bin/python benchmarks/attendance.py [--marks N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from results import result

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PEERDESK_KDF_ITERATIONS", "1")  # building vaults fast

from PySide6.QtCore import (
    QItemSelectionModel,
    QMessageLogContext,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from peerdesk.db.models import Attendance, AttendanceMark, Role
from peerdesk.services.groups import GroupService
from peerdesk.services.participants import ParticipantService
from peerdesk.services.users import UserService
from peerdesk.tasks.runner import TaskRunner
from peerdesk.ui.attendance_window import AttendanceWindow
from peerdesk.ui.groups_view import GroupsView
from peerdesk.ui.message_boxes import MessageBoxes
from peerdesk.vault.vault import UnlockedVault, Vault

TODAY = date(2026, 11, 26)
MEMBERS = 40
WEEKS = 104
MARK_TARGET_MS = 20
OPEN_TARGET_MS = 300


def _today() -> date:
    return TODAY


def _quiet(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def build(folder: Path) -> tuple[UnlockedVault, str]:
    coordinator, _ = Vault(folder).create("cora", Role.COORDINATOR, "cora passphrase here")
    UserService(coordinator).add_user("fay", Role.FACILITATOR, "fay passphrase here")
    people = ParticipantService(coordinator, _today)
    groups = GroupService(coordinator, _today)
    group = groups.create_group("Thursday Circle", schedule="Thursdays 6pm", facilitators=["fay"])
    start = TODAY - timedelta(weeks=WEEKS)
    ids = []
    with coordinator.transaction() as s:
        for number in range(MEMBERS):
            pid = people.create(f"Member {number:02d}", intake_date=start, session=s)
            groups.enrol(group, pid, start, session=s)
            ids.append(pid)
    marks = list(AttendanceMark)
    with coordinator.transaction() as s, s.no_autoflush:
        for week in range(WEEKS):
            session_id = groups.session_on(group, start + timedelta(weeks=week), session=s)
            for number, pid in enumerate(ids):
                groups.mark(session_id, pid, marks[(week + number) % 7 % 4], session=s)
    coordinator.lock()
    return Vault(folder).unlock("fay", "fay passphrase here"), group


def time_marks(app: QApplication, fay: UnlockedVault, group: str, count: int) -> list[float]:
    session_id = GroupService(fay, _today).session_on(group, TODAY)
    window = AttendanceWindow(fay, MessageBoxes(), session_id, _today)
    window.show()
    app.processEvents()
    keys = [(Qt.Key.Key_P, AttendanceMark.PRESENT), (Qt.Key.Key_A, AttendanceMark.ABSENT)]
    timings = []
    for number in range(count):
        row = number % MEMBERS
        window.table.selectionModel().setCurrentIndex(
            window.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        key, mark = keys[(number // MEMBERS) % 2]
        started = time.perf_counter()
        QTest.keyClick(window.table, key)
        timings.append((time.perf_counter() - started) * 1000)
        pid = window.model.person(row).participant_id
        with fay.session() as s:
            saved = s.scalar(
                select(Attendance.mark).where(
                    Attendance.session_id == session_id,
                    Attendance.participant_id == pid,
                    Attendance.deleted.is_(False),
                )
            )
        assert saved is mark, "the mark wasn't in the vault after the key press"
    window.close()
    return timings


def time_open_group(app: QApplication, fay: UnlockedVault, group: str, rounds: int) -> list[float]:
    tasks = TaskRunner()
    view = GroupsView(fay, tasks, MessageBoxes(), _today)
    view.resize(1100, 800)
    view.show()
    wait_for(app, lambda: view.group_model.rowCount() == 1)
    timings = []
    loaded: list[bool] = []
    view.history_loaded.connect(lambda: loaded.append(True))
    for _ in range(rounds):
        view.group_table.clearSelection()
        view.group_table.setCurrentIndex(view.group_model.index(-1, -1))
        view.detail = None
        app.processEvents()
        loaded.clear()
        started = time.perf_counter()
        view.group_table.selectRow(0)
        wait_for(app, lambda: bool(loaded))
        app.processEvents()
        timings.append((time.perf_counter() - started) * 1000)
    assert view.detail is not None and len(view.detail.sessions) == WEEKS + 1
    assert view.history_model.rowCount() == MEMBERS
    view.close()
    return timings


def time_open_session(
    app: QApplication, fay: UnlockedVault, group: str, rounds: int
) -> list[float]:
    session_id = GroupService(fay, _today).session_on(group, TODAY - timedelta(weeks=3))
    timings = []
    for _ in range(rounds):
        started = time.perf_counter()
        window = AttendanceWindow(fay, MessageBoxes(), session_id, _today)
        window.show()
        app.processEvents()
        timings.append((time.perf_counter() - started) * 1000)
        assert window.model.rowCount() == MEMBERS
        window.close()
        window.deleteLater()
        app.processEvents()
    return timings


def wait_for(app: QApplication, done: object, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not done():  # type: ignore[operator]
        app.processEvents()
        if time.monotonic() > deadline:
            raise TimeoutError("waited too long")
        time.sleep(0.001)


def report(what: str, timings: list[float], target: float | None) -> None:
    median = statistics.median(timings)
    p95 = statistics.quantiles(timings, n=20)[18] if len(timings) >= 20 else max(timings)
    line = f"{what}: median {median:.1f} ms, 95th percentile {p95:.1f} ms, n={len(timings)}"
    if target is not None:
        line += f"; target ≤ {target} ms, ratio {median / target:.2f}"
        result(what + " (median)", median, "ms", target, "target")
    print(line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--marks", type=int, default=400, help="key presses to time")
    args = parser.parse_args()
    qInstallMessageHandler(_quiet)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        fay, group = build(Path(tmp) / "vault")
        print(
            f"Built a group of {MEMBERS} with {WEEKS} weekly sessions "
            f"({MEMBERS * WEEKS} marks) in {time.perf_counter() - started:.1f} s"
        )
        try:
            report("key press to committed mark", time_marks(app, fay, group, args.marks), 20)
            report(
                "open the group (roster, sessions, history)",
                time_open_group(app, fay, group, 15),
                300,
            )
            report(
                "open a session's attendance window", time_open_session(app, fay, group, 15), None
            )
        finally:
            fay.lock()
    return 0


if __name__ == "__main__":
    sys.exit(main())
