"""The Sync area: a computer that isn't set up, adding a computer and enrolling it, USB
bundles both ways, a conflict in "needs review", background sync while the hub can't be
reached, and (with a hub) joining, syncing now and stopping a computer."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from sqlalchemy import select

from peerdesk.db.models import Participant, Role
from peerdesk.services.participants import ParticipantService
from peerdesk.sync.client import HubRefused, HubUnreachable
from peerdesk.sync.keys import save_identity
from peerdesk.sync.service import ReviewRow, SyncReport, SyncService
from peerdesk.tasks.runner import PROGRESS_DELAY_MS, TaskRunner
from peerdesk.ui.sync_dialogs import (
    AddComputerDialog,
    CodeDialog,
    DevicesDialog,
    EnrolDialog,
    JoinHubDialog,
)
from peerdesk.ui.sync_view import (
    FIRST_SYNC_MS,
    OFFLINE,
    SYNC_EVERY_MS,
    SyncView,
    ago,
    readable,
    review_what,
)
from peerdesk.vault.vault import UnlockedVault, Vault
from tests.gui.conftest import RecordingBoxes, answer_dialog

PASS = "sync view passphrase"
D = TypeVar("D", bound=QDialog)
_RUNNERS: list[TaskRunner] = []  # every view's, finished before its vault locks


def _runner() -> TaskRunner:
    runner = TaskRunner()
    _RUNNERS.append(runner)
    return runner


@pytest.fixture
def make_vault(tmp_path: Path) -> Iterator[Callable[[str, str, Role], UnlockedVault]]:
    opened: list[UnlockedVault] = []

    def make(folder: str, user: str, role: Role = Role.COORDINATOR) -> UnlockedVault:
        unlocked, _recovery = Vault(tmp_path / folder).create(user, role, PASS)
        opened.append(unlocked)
        return unlocked

    yield make
    for runner in _RUNNERS:
        runner.wait_for_done()
    QApplication.processEvents()  # deliver what finished while the vaults are open
    _RUNNERS.clear()
    for unlocked in opened:
        unlocked.lock()


def _view(
    qtbot: QtBot,
    vault: UnlockedVault,
    boxes: RecordingBoxes,
    sync_service: Callable[[UnlockedVault], SyncService] = SyncService,
) -> SyncView:
    view = SyncView(vault, _runner(), boxes, sync_service=sync_service)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    qtbot.waitUntil(lambda: view.data is not None)
    return view


def _reloaded(qtbot: QtBot, view: SyncView) -> None:
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.refresh()


def answer(kind: type[D], fill: Callable[[D], None], accept: bool = True) -> None:
    answer_dialog(fill, kind, accept)


def _shoot(widget: QWidget, path: Path) -> None:
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(path))


def _boxes_said(qtbot: QtBot, boxes: RecordingBoxes, kind: str, words: str) -> str:
    def found() -> bool:
        return any(k == kind and words in text for k, _t, text in boxes.shown)

    qtbot.waitUntil(found, timeout=20_000)
    return next(text for k, _t, text in boxes.shown if k == kind and words in text)


def _add_computer(
    qtbot: QtBot, view: SyncView, name: str, out: Path, screenshot_dir: Path | None = None
) -> str:
    codes: list[str] = []

    def fill(dialog: AddComputerDialog) -> None:
        dialog.name.setText(name)
        dialog.choose_role(Role.COORDINATOR)
        assert dialog.path.text().endswith(".pdenrol")  # suggested as the name is typed
        dialog.path.setText(str(out))
        if screenshot_dir is not None:
            dialog.grab().save(str(screenshot_dir / "sync-add-computer.png"))

    def read_code(dialog: CodeDialog) -> None:
        codes.append(dialog.code.text())
        if screenshot_dir is not None:
            dialog.grab().save(str(screenshot_dir / "sync-code.png"))

    answer(AddComputerDialog, fill)
    view.add_computer()
    answer(CodeDialog, read_code)
    qtbot.waitUntil(lambda: bool(codes), timeout=20_000)
    return codes[0]


def _enrol(qtbot: QtBot, view: SyncView, path: Path, code: str, shot: Path | None = None) -> None:
    def fill(dialog: EnrolDialog) -> None:
        dialog.path.setText(str(path))
        dialog.code.setText(code.lower())  # capitals and dashes don't matter
        if shot is not None:
            dialog.grab().save(str(shot))

    answer(EnrolDialog, fill)
    view.enrol()
    _boxes_said(qtbot, view.boxes, "info", "is enrolled")  # type: ignore[arg-type]
    _reloaded(qtbot, view)


def _two_computers(
    qtbot: QtBot,
    make_vault: Callable[..., UnlockedVault],
    tmp_path: Path,
    screenshot_dir: Path | None = None,
) -> tuple[SyncView, SyncView]:
    """Cora's office computer adds her laptop; the laptop enrols (USB bundles only)."""
    office = _view(qtbot, make_vault("office", "cora"), RecordingBoxes())
    laptop = _view(qtbot, make_vault("laptop", "cora"), RecordingBoxes())
    code = _add_computer(qtbot, office, "Cora's laptop", tmp_path / "laptop.pdenrol")
    _enrol(qtbot, laptop, tmp_path / "laptop.pdenrol", code)
    return office, laptop


def _move_bundle(qtbot: QtBot, source: SyncView, target: SyncView, path: Path) -> str:
    source.boxes.save_to = path  # type: ignore[attr-defined]
    source.save_bundle()
    _boxes_said(qtbot, source.boxes, "info", str(path))  # type: ignore[arg-type]
    target.boxes.open_path = path  # type: ignore[attr-defined]
    target.import_bundle()
    said = _boxes_said(qtbot, target.boxes, "info", f"Brought in {path.name}")  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: not target.tasks.is_busy())
    return said


def _names(vault: UnlockedVault) -> list[str]:
    with vault.session() as s:
        return list(s.scalars(select(Participant.display_name)))


# --- words ------------------------------------------------------------------------------


def test_times_and_values_read_plainly() -> None:
    now = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
    assert ago(None, now) == "Never"
    assert ago(now - timedelta(seconds=20), now) == "Just now"
    assert ago(now - timedelta(minutes=5), now) == "5 minutes ago"
    assert ago(now - timedelta(hours=1, minutes=3), now) == "1 hour ago"
    assert ago(now - timedelta(days=3), now) == "3 days ago"
    assert readable(None) == "(empty)"
    assert readable(["art", "music"]) == "art, music"
    assert readable(True) == "Yes" and readable(False) == "No"
    deleted = ReviewRow(
        id="r",
        kind="deleted",
        record_table="participants",
        record_id="p",
        about="Participant Jo",
        field="phone_number",
        kept_value=True,
        kept_by="cora",
        kept_at=now,
        other_value="555 0101",
        other_by="pia",
        other_at=now,
    )
    assert review_what(deleted) == "Participant Jo: deleted by cora while pia changed phone number"


# --- not set up -------------------------------------------------------------------------


def test_a_computer_that_isnt_set_up_says_so(
    qtbot: QtBot, make_vault: Callable[..., UnlockedVault], boxes: RecordingBoxes
) -> None:
    view = _view(qtbot, make_vault("fresh", "cora"), boxes)
    assert view.how.text() == "Not set up yet"
    assert view.last_sync.text() == "Never"
    assert "isn't set up to sync" in view.status.text()
    assert "Join a hub" in view.status.text()
    assert not view.sync_button.isEnabled()
    assert not view.save_bundle_button.isEnabled()
    assert view.join_button.isVisibleTo(view) and view.join_button.isEnabled()
    assert view.add_button.isEnabled() and not view.devices_button.isEnabled()
    assert view.enrol_button.isVisibleTo(view)
    assert view.review_note.text() == "Nothing needs review."
    assert not view.review_table.isVisibleTo(view)
    assert boxes.shown == []


def test_a_facilitator_is_told_to_ask_for_an_enrolment_file(
    qtbot: QtBot, make_vault: Callable[..., UnlockedVault], boxes: RecordingBoxes, tmp_path: Path
) -> None:
    from peerdesk.services.users import UserService

    coordinator = make_vault("shared", "cora")
    UserService(coordinator).add_user("rae", Role.FACILITATOR, PASS)
    facilitator = Vault(tmp_path / "shared").unlock("rae", PASS)
    try:
        view = _view(qtbot, facilitator, boxes)
        assert "Ask your coordinator for an enrolment file" in view.status.text()
        assert not view.join_button.isVisibleTo(view)
        assert not view.add_button.isVisibleTo(view)
        assert view.enrol_button.isVisibleTo(view)
    finally:
        facilitator.lock()


# --- adding and enrolling a computer ---------------------------------------------------


def test_a_coordinator_adds_a_computer_and_it_enrols_with_the_file_and_code(
    qtbot: QtBot,
    make_vault: Callable[..., UnlockedVault],
    tmp_path: Path,
    screenshot_dir: Path,
) -> None:
    office = _view(qtbot, make_vault("office", "cora"), RecordingBoxes())
    out = tmp_path / "usb" / "laptop.pdenrol"
    code = _add_computer(qtbot, office, "Cora's laptop", out, screenshot_dir)
    assert out.exists() and code not in out.read_text()
    assert len(code) == 19 and code.count("-") == 3
    _reloaded(qtbot, office)
    assert office.how.text() == "By USB bundles only (no hub)"  # the program exists now
    assert office.save_bundle_button.isEnabled() and not office.sync_button.isEnabled()
    assert not office.enrol_button.isVisibleTo(office)

    laptop = _view(qtbot, make_vault("laptop", "cora"), RecordingBoxes())
    wrong = code[:-1] + ("A" if code[-1] != "A" else "B")

    def fill_wrong(dialog: EnrolDialog) -> None:
        dialog.path.setText(str(out))
        dialog.code.setText(wrong)

    answer(EnrolDialog, fill_wrong)
    laptop.enrol()
    said = _boxes_said(qtbot, laptop.boxes, "error", "code doesn't match")  # type: ignore[arg-type]
    assert "Check it and try again" in said

    _enrol(qtbot, laptop, out, code, screenshot_dir / "sync-enrol.png")
    assert laptop.how.text() == "By USB bundles only (no hub)"
    assert laptop.device_name.text() == "Cora's laptop"
    assert "isn't set up" not in laptop.status.text()
    assert "Save a bundle to a USB stick" in laptop.status.text()
    assert not laptop.enrol_button.isVisibleTo(laptop)
    _shoot(office.join_hub_dialog(), screenshot_dir / "sync-join-hub.png")


# --- USB bundles and needs review ------------------------------------------------------


def test_bundles_carry_work_across_and_a_conflict_is_chosen_in_needs_review(
    qtbot: QtBot,
    make_vault: Callable[..., UnlockedVault],
    tmp_path: Path,
    screenshot_dir: Path,
) -> None:
    office, laptop = _two_computers(qtbot, make_vault, tmp_path)
    pid = ParticipantService(office.vault).create("Jordan Example")
    said = _move_bundle(qtbot, office, laptop, tmp_path / "one.pdbundle")
    assert "record(s) changed" in said
    assert "Jordan Example" in _names(laptop.vault)
    assert office.boxes.shown[0][0] == "save_file"  # type: ignore[attr-defined]
    assert office.boxes.shown[0][2].endswith(".pdbundle")  # type: ignore[attr-defined]

    ParticipantService(office.vault).update(pid, notes="Prefers mornings")
    ParticipantService(laptop.vault).update(pid, notes="Prefers evenings")
    said = _move_bundle(qtbot, office, laptop, tmp_path / "two.pdbundle")
    assert "1 change(s) need review" in said
    qtbot.waitUntil(lambda: laptop.reviews.rowCount() == 1)
    row = laptop.reviews.row(0)
    shown = [laptop.reviews.index(0, c).data() for c in range(laptop.reviews.columnCount())]
    assert shown[0] == "Participant Jordan Example: notes"
    assert shown[1] == "Prefers evenings"  # the later edit is kept
    assert shown[2].startswith("cora, ")
    assert shown[3] == "Prefers mornings"
    assert laptop.review_table.isVisibleTo(laptop)
    assert laptop.other_button.text() == "&Use the other value"
    assert "Prefers mornings" in laptop.review_detail.text()
    qtbot.wait(50)
    laptop.grab().save(str(screenshot_dir / "sync.png"))

    with qtbot.waitSignal(laptop.review_resolved, timeout=10_000):
        laptop.other_button.click()
    qtbot.waitUntil(lambda: laptop.reviews.rowCount() == 0)
    assert laptop.review_note.text() == "Nothing needs review."
    with laptop.vault.session() as s:
        record = s.get(Participant, pid)
        assert record is not None and record.notes == "Prefers mornings"
    assert row.id not in [r.id for r in SyncService(laptop.vault).reviews()]

    _move_bundle(qtbot, laptop, office, tmp_path / "three.pdbundle")  # the choice travels
    _reloaded(qtbot, office)
    with office.vault.session() as s:
        record = s.get(Participant, pid)
        assert record is not None and record.notes == "Prefers mornings"
    assert office.reviews.rowCount() == 0


def test_a_refused_bundle_is_said_plainly(
    qtbot: QtBot, make_vault: Callable[..., UnlockedVault], tmp_path: Path
) -> None:
    office, laptop = _two_computers(qtbot, make_vault, tmp_path)
    path = tmp_path / "once.pdbundle"
    _move_bundle(qtbot, office, laptop, path)
    laptop.import_bundle()  # the same bundle again
    said = _boxes_said(qtbot, laptop.boxes, "error", "already imported")  # type: ignore[arg-type]
    assert said == "once.pdbundle was already imported; nothing changed."


# --- background sync --------------------------------------------------------------------


def _unreachable_hub(vault: UnlockedVault) -> None:
    service = SyncService(vault)
    identity = service.ensure_organisation()
    identity.hub_url = "http://127.0.0.1:9"  # nothing listens on the discard port
    with vault.writing() as s:
        save_identity(s, identity)


def test_background_sync_without_the_hub_says_not_connected_and_shows_no_box(
    qtbot: QtBot, make_vault: Callable[..., UnlockedVault], boxes: RecordingBoxes
) -> None:
    vault = make_vault("offline", "cora")
    _unreachable_hub(vault)
    view = _view(qtbot, vault, boxes)
    assert view.how.text() == "With the hub at http://127.0.0.1:9"
    assert view.sync_button.isEnabled()
    assert view.background.isActive() and view.background.interval() == FIRST_SYNC_MS
    finished: list[str] = []
    view.sync_finished.connect(finished.append)
    view.background_tick()
    view.background_tick()  # never two at once
    assert view.syncing and not view.sync_button.isEnabled()
    qtbot.waitUntil(lambda: bool(finished), timeout=20_000)
    qtbot.wait(100)
    assert finished == [OFFLINE]
    assert view.status.text() == OFFLINE
    assert boxes.shown == []
    assert not _progress_shown()
    assert view.sync_button.isEnabled() and view.background.isActive()
    assert view.background.interval() == SYNC_EVERY_MS


def _progress_shown() -> bool:
    return any(
        isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def test_a_slow_background_sync_shows_no_progress_dialog(
    qtbot: QtBot, make_vault: Callable[..., UnlockedVault], boxes: RecordingBoxes
) -> None:
    class Slow(SyncService):
        def sync_now(self, progress: Any = None) -> SyncReport:
            time.sleep(PROGRESS_DELAY_MS * 2 / 1000)
            raise HubUnreachable("Can't reach the sync hub right now.")

    vault = make_vault("slow", "cora")
    _unreachable_hub(vault)
    view = _view(qtbot, vault, boxes, Slow)
    with qtbot.waitSignal(view.sync_finished, timeout=10_000):
        view.background_tick()
        qtbot.wait(PROGRESS_DELAY_MS + 300)
        assert not _progress_shown()
    assert view.status.text() == OFFLINE and boxes.shown == []


def test_a_computer_the_hub_refused_is_told_clearly(
    qtbot: QtBot, make_vault: Callable[..., UnlockedVault], boxes: RecordingBoxes
) -> None:
    class Refused(SyncService):
        def sync_now(self, progress: Any = None) -> SyncReport:
            raise HubRefused("The hub refused this computer. Ask your coordinator.")

    vault = make_vault("refused", "cora")
    _unreachable_hub(vault)
    view = _view(qtbot, vault, boxes, Refused)
    view.sync_now()
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=10_000)
    assert "can't sync any more" in view.status.text()
    assert boxes.shown[0][0] == "error" and "refused this computer" in boxes.shown[0][2]
    assert not view.background.isActive()


def test_the_background_timer_stops_when_the_main_window_closes(
    qtbot: QtBot,
    make_vault: Callable[..., UnlockedVault],
    boxes: RecordingBoxes,
    screenshot_dir: Path,
) -> None:
    from peerdesk.services.settings import SettingsService
    from peerdesk.ui.main_window import MainWindow

    vault = make_vault("locking", "cora")
    _unreachable_hub(vault)
    tasks = _runner()
    window = MainWindow(vault, tasks, boxes, SettingsService(vault).load())
    window.show_area("Sync")
    view = window.sync_view
    qtbot.waitUntil(lambda: view.background.isActive() and not tasks.is_busy())
    assert "Sync" in [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    window.show()
    qtbot.wait(50)
    window.grab().save(str(screenshot_dir / "sync-main-window.png"))
    window.close_everything()
    assert not view.background.isActive()
    qtbot.waitUntil(lambda: not isValid(view))


# --- with a hub -------------------------------------------------------------------------


def test_joining_a_hub_syncing_now_and_stopping_a_computer(
    qtbot: QtBot,
    make_vault: Callable[..., UnlockedVault],
    tmp_path: Path,
    screenshot_dir: Path,
) -> None:
    from tests.sync.world import InProcessHub

    hub = InProcessHub(f"sqlite:///{tmp_path / 'hub.db'}")
    try:

        def on_hub(vault: UnlockedVault) -> SyncService:
            return SyncService(vault, hub.client)

        office = _view(qtbot, make_vault("office", "cora"), RecordingBoxes(), on_hub)
        token = hub.setup_token()

        def fill(dialog: JoinHubDialog) -> None:
            dialog.hub_url.setText(hub.url)
            dialog.token.setText(token)

        answer(JoinHubDialog, fill)
        office.join_hub()
        _boxes_said(qtbot, office.boxes, "info", "now syncs with the hub")  # type: ignore[arg-type]
        _reloaded(qtbot, office)
        assert office.how.text() == f"With the hub at {hub.url}"
        assert office.sync_button.isEnabled() and office.devices_button.isEnabled()
        assert not office.join_button.isEnabled()

        ParticipantService(office.vault).create("Sam Example")
        with qtbot.waitSignal(office.sync_finished, timeout=20_000) as done:
            office.sync_now()
        assert done.args[0].startswith("Sent ") and "received 0 changes" in done.args[0]
        _reloaded(qtbot, office)
        assert office.last_sync.text() == "Just now"
        assert office.waiting.text() == "Nothing"

        _add_computer(qtbot, office, "Front desk", tmp_path / "front.pdenrol")
        dialog = office.devices_dialog()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10_000)
        names = [dialog.model.row(r)["name"] for r in range(2)]
        assert names == ["cora's computer", "Front desk"]
        dialog.table.selectRow(0)
        assert not dialog.revoke_button.isEnabled()  # not this computer
        dialog.table.selectRow(1)
        assert dialog.revoke_button.isEnabled()
        dialog.grab().save(str(screenshot_dir / "sync-computers.png"))
        dialog.revoke_selected()
        assert office.boxes.shown[-1][0] == "confirm"  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: bool(dialog.model.row(1).get("revoked")), timeout=10_000)
        assert not dialog.revoke_button.isEnabled()
    finally:
        hub.close()


def test_the_computers_dialog_asks_before_stopping_one(qtbot: QtBot, boxes: RecordingBoxes) -> None:
    revoked: list[str] = []
    devices: list[dict[str, Any]] = [
        {"device_id": "a", "name": "Office", "scopes": ["roster", "caseload", "staff"]},
        {"device_id": "b", "name": "Hall laptop", "scopes": ["roster", "staff"], "registered": 1},
    ]
    dialog = DevicesDialog(
        boxes, lambda work, done: done(work()), lambda: devices, revoked.append, "a"
    )
    qtbot.addWidget(dialog)
    assert dialog.model.row(0)["name"] == "Hall laptop"
    boxes.answer = False
    dialog.revoke_selected()
    assert revoked == [] and "Hall laptop" in boxes.shown[-1][2]
    boxes.answer = True
    dialog.revoke_selected()
    assert revoked == ["Hall laptop"]
